//! Email against a real SMTP server: aiosmtpd (Debian's python3-aiosmtpd), started by each test on a free port,
//! writes every message it takes to a folder as JSON (recipients, subject, the decoded text), which the test reads.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use pathfinder_hub::db::{Database, SqliteDatabase, UserRole};
use pathfinder_hub::email::{self, Mail, Smtp};
use pathfinder_hub::{Hub, admin, app, secrets};
use serde_json::{Value, json};
use time::OffsetDateTime;
use tower::ServiceExt;

const EXAMPLE: &str = include_str!("../../protocol/examples/submission-v2.json");

const SERVER: &str = r#"
import email, email.policy, json, os, sys
from aiosmtpd.controller import Controller

folder, port = sys.argv[1], int(sys.argv[2])

class Keep:
    count = 0
    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        Keep.count += 1
        path = os.path.join(folder, "%05d.json" % Keep.count)
        with open(path + ".part", "w") as out:
            json.dump({"to": envelope.rcpt_tos, "from": envelope.mail_from, "subject": str(message["subject"]),
                       "body": message.get_content().replace("\r\n", "\n")}, out)
        os.rename(path + ".part", path)
        return "250 OK"

controller = Controller(Keep(), hostname="127.0.0.1", port=port)
controller.start()
print("ready", flush=True)
sys.stdin.read()
controller.stop()
"#;

/// An SMTP server for one test; ended when dropped.
struct Relay {
    child: Child,
    folder: tempfile::TempDir,
    port: u16,
}

impl Relay {
    fn start() -> Self {
        use std::io::BufRead;
        let folder = tempfile::tempdir().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        // Debian's Python, which python3-aiosmtpd is installed into (a python3 earlier on PATH may be another).
        let python = if Path::new("/usr/bin/python3").exists() { "/usr/bin/python3" } else { "python3" };
        let mut child = Command::new(python)
            .args(["-c", SERVER, folder.path().to_str().unwrap(), &port.to_string()])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 runs (scripts/setup.sh installs python3-aiosmtpd)");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        assert_eq!(line.trim(), "ready", "aiosmtpd started (scripts/setup.sh installs python3-aiosmtpd)");
        Self { child, folder, port }
    }

    fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message taken so far, in the order it came.
    fn messages(&self) -> Vec<Value> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(self.folder.path())
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "json"))
            .collect();
        paths.sort();
        paths.iter().map(|path| serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()).collect()
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn to(message: &Value) -> &str {
    message["to"][0].as_str().unwrap()
}

const PUBLIC: &str = "https://hub.example.org";

/// A hub on `db` whose email goes to `relay_url`.
fn hub(db: Arc<dyn Database>, relay_url: &str) -> Hub {
    let hub = Hub::new(db);
    let smtp = Smtp::new(relay_url, "pathfinder-hub@example.org", Some(PUBLIC.into())).unwrap();
    let mail = Mail::start(smtp, hub.db.clone(), hub.l10n.clone());
    Hub { mail: Some(mail), ..hub }
}

async fn open(path: &Path) -> Arc<dyn Database> {
    Arc::new(SqliteDatabase::open(path).await.unwrap())
}

/// Practices in two CCGs (B82099 never enrolls), and staff: regional for 02V (one with alerts turned off) and for
/// 11X, a national user who opted in to alerts and one who did not.
async fn fixture(db: &Arc<dyn Database>) {
    let csv = "ods_code,name,ccg\nB82005,Riverside Surgery,02V\nB82010,\"Hill, Dale and Partners\",02V\n\
               B82099,Moor Lane Surgery,02V\nL85001,Quantock Practice,11X\n";
    admin::import_practices(db.as_ref(), "practices.csv", csv, "test").await.unwrap();
    for (email, role, ccgs) in [
        ("dorset@nhs.net", UserRole::Regional, vec!["02V".to_owned()]),
        ("quiet-dorset@nhs.net", UserRole::Regional, vec!["02V".to_owned()]),
        ("somerset@nhs.net", UserRole::Regional, vec!["11X".to_owned()]),
        ("lead@nhs.net", UserRole::National, vec![]),
        ("other-lead@nhs.net", UserRole::National, vec![]),
    ] {
        db.add_user(email, "not a hash: these users never sign in", role, &ccgs).await.unwrap();
    }
    assert!(email::set_choices(db.as_ref(), "lead@nhs.net", None, Some(true), "test").await.unwrap());
    assert!(email::set_choices(db.as_ref(), "quiet-dorset@nhs.net", Some(false), Some(false), "test").await.unwrap());
}

async fn request(hub: &Hub, method: &str, uri: &str, headers: &[(&str, String)], body: String) -> (StatusCode, String) {
    let mut builder = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        builder = builder.header(*name, value);
    }
    let response = app(hub.clone()).oneshot(builder.body(Body::from(body)).unwrap()).await.unwrap();
    let status = response.status();
    let location = response.headers().get("location").map(|l| l.to_str().unwrap().to_owned());
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, location.unwrap_or_else(|| String::from_utf8_lossy(&bytes).into_owned()))
}

async fn enrol(hub: &Hub, ods: &str) -> String {
    let code = admin::issue_enrolment_code(hub.db.as_ref(), ods, "test", OffsetDateTime::now_utc()).await.unwrap();
    let body = json!({ "odsCode": ods, "code": code }).to_string();
    let (status, answer) = request(hub, "POST", "/api/v1/enrol", &[], body).await;
    assert_eq!(status, StatusCode::CREATED, "{answer}");
    serde_json::from_str::<Value>(&answer).unwrap()["token"].as_str().unwrap().to_owned()
}

/// A report the hub reads as at risk (its tasks fell due yesterday, not done) or on track (due next month).
async fn report(hub: &Hub, token: &str, ods: &str, at_risk: bool) -> StatusCode {
    let mut report: Value = serde_json::from_str(EXAMPLE).unwrap();
    report["odsCode"] = json!(ods);
    report["submissionId"] = json!(secrets::new_uuid());
    let today = OffsetDateTime::now_utc().date();
    let (level, due) = if at_risk {
        ("at-risk", today - time::Duration::days(1))
    } else {
        ("on-track", today + time::Duration::days(30))
    };
    report["readiness"] = json!({ "level": level, "blockers": [] });
    for task in report["tasks"].as_array_mut().unwrap() {
        task["due"] = json!(due.to_string());
    }
    let headers = [("authorization", format!("Bearer {token}")), ("content-type", "application/json".into())];
    request(hub, "POST", "/api/v1/submissions", &headers, report.to_string()).await.0
}

#[tokio::test]
async fn the_digest_lists_each_regional_users_ccgs_and_two_replicas_send_it_once() {
    let relay = Relay::start();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hub.sqlite3");
    let db = open(&path).await;
    fixture(&db).await;
    let first = hub(db.clone(), &relay.url());
    for (ods, at_risk) in [("B82005", true), ("B82010", false), ("L85001", true)] {
        let token = enrol(&first, ods).await;
        assert_eq!(report(&first, &token, ods, at_risk).await, StatusCode::CREATED);
    }
    first.mail.as_ref().unwrap().flush().await;
    let alerts = relay.messages().len();

    // Two replicas on one database, at the same moment: each user's digest goes once.
    let second = hub(open(&path).await, &relay.url());
    let now = OffsetDateTime::now_utc();
    let (a, b) = tokio::join!(email::send_digests(&first, now), email::send_digests(&second, now));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!((a.sent + b.sent, a.failed + b.failed), (2, 0), "{a:?} {b:?}");
    assert_eq!(a.claimed_before + b.claimed_before, 2, "{a:?} {b:?}");

    let digests: Vec<Value> = relay.messages().into_iter().skip(alerts).collect();
    let mut recipients: Vec<&str> = digests.iter().map(to).collect();
    recipients.sort();
    assert_eq!(recipients, ["dorset@nhs.net", "somerset@nhs.net"], "regional users with the digest on, once each");
    let dorset = &digests.iter().find(|m| to(m) == "dorset@nhs.net").unwrap();
    let subject = dorset["subject"].as_str().unwrap();
    assert!(subject.starts_with("Pathfinder: your daily digest for "), "{subject}");
    let body = dorset["body"].as_str().unwrap();
    for line in [
        "02V: 3 practices, 2 enrolled, 0 ready, 1 at risk",
        "1 practice newly at risk since the last digest:\n  - Riverside Surgery (B82005)",
        "1 practice with a task overdue:\n  - Riverside Surgery (B82005)",
        "No enrolled practice has gone quiet for 7 days.",
        "1 practice not enrolled:\n  - Moor Lane Surgery (B82099)",
        "Objections standing:",
        "https://hub.example.org/dashboard/practices?ccg=02V",
        "https://hub.example.org/dashboard/email",
    ] {
        assert!(body.contains(line), "{line:?} is not in:\n{body}");
    }
    for other in ["L85001", "Quantock", "11X"] {
        assert!(!body.contains(other), "another CCG's {other} is in:\n{body}");
    }
    let somerset = digests.iter().find(|m| to(m) == "somerset@nhs.net").unwrap()["body"].as_str().unwrap();
    assert!(somerset.contains("Quantock Practice (L85001)") && !somerset.contains("B82005"), "{somerset}");

    // Again the same day, from either replica: nothing more.
    for hub in [&first, &second] {
        let again = email::send_digests(hub, now).await.unwrap();
        assert_eq!((again.sent, again.claimed_before), (0, 2));
    }
    assert_eq!(relay.messages().len(), alerts + 2);

    // A user who turns the digest off is not sent the next day's.
    email::set_choices(db.as_ref(), "somerset@nhs.net", Some(false), None, "test").await.unwrap();
    let tomorrow = email::send_digests(&first, now + time::Duration::days(1)).await.unwrap();
    assert_eq!(tomorrow.sent, 1);
    assert_eq!(to(relay.messages().last().unwrap()), "dorset@nhs.net");
}

#[tokio::test]
async fn a_report_that_turns_a_practice_at_risk_alerts_those_who_asked_and_staying_at_risk_does_not() {
    let relay = Relay::start();
    let dir = tempfile::tempdir().unwrap();
    let db = open(&dir.path().join("hub.sqlite3")).await;
    fixture(&db).await;
    let hub = hub(db, &relay.url());
    let mail = hub.mail.clone().unwrap();
    let token = enrol(&hub, "B82005").await;

    assert_eq!(report(&hub, &token, "B82005", false).await, StatusCode::CREATED);
    mail.flush().await;
    assert!(relay.messages().is_empty(), "on track: no alert");

    assert_eq!(report(&hub, &token, "B82005", true).await, StatusCode::CREATED);
    mail.flush().await;
    let alerts = relay.messages();
    let mut recipients: Vec<&str> = alerts.iter().map(to).collect();
    recipients.sort();
    // Not the 02V user who turned alerts off, not 11X's, not the national user who never opted in.
    assert_eq!(recipients, ["dorset@nhs.net", "lead@nhs.net"]);
    let alert = &alerts[0];
    assert_eq!(alert["subject"], "Pathfinder: Riverside Surgery (B82005) is now at risk");
    let body = alert["body"].as_str().unwrap();
    assert!(body.contains("https://hub.example.org/dashboard/practices/B82005"), "{body}");
    assert!(body.contains("in CCG 02V"), "{body}");

    assert_eq!(report(&hub, &token, "B82005", true).await, StatusCode::CREATED);
    mail.flush().await;
    assert_eq!(relay.messages().len(), 2, "still at risk: no new alert");
}

#[tokio::test]
async fn a_relay_that_is_down_fails_no_report_and_a_digest_not_sent_is_sent_later() {
    let relay = Relay::start();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hub.sqlite3");
    let db = open(&path).await;
    fixture(&db).await;
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let down = hub(db.clone(), &format!("smtp://127.0.0.1:{closed}"));
    let token = enrol(&down, "B82005").await;
    assert_eq!(report(&down, &token, "B82005", true).await, StatusCode::CREATED, "the alert fails off the request");
    down.mail.as_ref().unwrap().flush().await;

    let now = OffsetDateTime::now_utc();
    let failed = email::send_digests(&down, now).await.unwrap();
    assert_eq!((failed.sent, failed.failed), (0, 2));
    let up = hub(db, &relay.url());
    let later = email::send_digests(&up, now).await.unwrap();
    assert_eq!((later.sent, later.claimed_before), (2, 0), "the claims were given back");
}

#[tokio::test]
async fn each_user_sets_their_email_on_the_dashboard_and_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hub.sqlite3");
    let db = open(&path).await;
    fixture(&db).await;
    let hub = Hub::new(db.clone());
    let user = db.user_by_email("dorset@nhs.net").await.unwrap().unwrap();
    let (token, csrf) = (secrets::new_token(), secrets::new_token());
    let expires = OffsetDateTime::now_utc().unix_timestamp() + 3600;
    db.create_session(&secrets::hash(&token), user.id, &csrf, expires).await.unwrap();
    let cookie = ("cookie", format!("pathfinder_session={token}"));
    let choices = || async {
        let me = db.mail_recipients().await.unwrap().into_iter().find(|r| r.email == "dorset@nhs.net").unwrap();
        (me.digest, me.alerts)
    };
    assert_eq!(choices().await, (true, true), "a regional user's defaults");

    let (status, page) = request(&hub, "GET", "/dashboard/email", std::slice::from_ref(&cookie), String::new()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(r#"name="digest" type="checkbox" value="on" checked"#), "{page}");
    assert!(page.contains(r#"href="/dashboard/email""#), "the header links to the page");

    let form = ("content-type", "application/x-www-form-urlencoded".to_owned());
    let headers = [cookie.clone(), form];
    let (status, _) = request(&hub, "POST", "/dashboard/email", &headers, "csrf=wrong&alerts=on".into()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(choices().await, (true, true), "a wrong CSRF token changes nothing");
    let (status, location) =
        request(&hub, "POST", "/dashboard/email", &headers, format!("csrf={csrf}&alerts=on")).await;
    assert_eq!((status, location.as_str()), (StatusCode::SEE_OTHER, "/dashboard/email?done=saved"));
    assert_eq!(choices().await, (false, true), "the digest unticked is off");
    let (_, page) =
        request(&hub, "GET", "/dashboard/email?done=saved", std::slice::from_ref(&cookie), String::new()).await;
    assert!(page.contains("Your choices are saved."));
    assert!(!page.contains(r#"name="digest" type="checkbox" value="on" checked"#), "{page}");

    let cli = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_pathfinder-hub"))
            .arg("--database")
            .arg(format!("sqlite://{}", path.display()))
            .args(["users", "email"])
            .args(args)
            .env("RUST_LOG", "warn")
            .output()
            .unwrap()
    };
    let out = cli(&["--email", "dorset@nhs.net", "--digest", "on", "--alerts", "off"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "dorset@nhs.net: digest on, alerts off");
    assert_eq!(choices().await, (true, false));
    let out = cli(&["--email", "dorset@nhs.net", "--alerts", "on"]);
    assert!(out.status.success());
    assert_eq!(choices().await, (true, true), "what is left out stays as it was");
    let out = cli(&["--email", "nobody@nhs.net", "--alerts", "on"]);
    assert_eq!(out.status.code(), Some(2));
    let out = cli(&["--email", "dorset@nhs.net", "--alerts", "maybe"]);
    assert_eq!(out.status.code(), Some(2), "neither on nor off");
    let audit: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("SELECT count(*) FROM audit_log WHERE action = 'email-choices-set'", [], |row| row.get(0))
        .unwrap();
    assert_eq!(audit, 5, "two in the fixture, one from the page, two from the command line");
}
