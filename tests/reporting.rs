//! Reporting end to end: the app's real state and outbox against the real hub on a loopback port, with a
//! recording proxy between them that can hold answers back or refuse requests, as a flaky line would.

#[path = "support/fixtures.rs"]
mod fixtures;
#[path = "support/hub.rs"]
mod hub;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fixtures::{opened, practice_form};
use hub::TestHub;
use pathfinder_app::{AppState, HubView, TokenPlace, run_outbox};
use serde_json::{Value, json};
use tokio::runtime::Runtime;

/// The app's side: its state on a data folder, and the outbox on a runtime of its own (dropping the runtime is
/// the app being killed).
struct App {
    state: AppState,
    runtime: Runtime,
}

impl App {
    fn open(dir: &Path) -> Self {
        let state = opened(dir);
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
        runtime.spawn(run_outbox(state.clone()));
        Self { state, runtime }
    }

    fn onboarded(dir: &Path) -> Self {
        let app = Self::open(dir);
        app.state.save_practice(&serde_json::from_value(practice_form()).unwrap()).unwrap();
        app
    }

    fn enrol(&self, url: &str, code: &str) -> HubView {
        self.runtime.block_on(self.state.enrol(url, code)).unwrap()
    }

    /// Previews and sends, as the manager's two clicks do; gives the submission id.
    fn submit(&self) -> String {
        let preview = self.state.preview().unwrap();
        self.state.send_previewed(&preview.submission_id).unwrap();
        preview.submission_id
    }

    fn submissions(&self) -> Vec<Value> {
        serde_json::to_value(self.state.hub().unwrap().submissions).unwrap().as_array().unwrap().clone()
    }

    /// Waits (up to 30 s) until every submission has settled; gives them.
    fn settled(&self, count: usize) -> Vec<Value> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let submissions = self.submissions();
            if submissions.len() == count && submissions.iter().all(|s| s["state"] != "queued") {
                return submissions;
            }
            assert!(Instant::now() < deadline, "the outbox did not drain: {submissions:#?}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn kill(self) {
        self.runtime.shutdown_background();
    }
}

/// What the proxy does with a request.
#[derive(Clone, Copy)]
enum Behaviour {
    Forward,
    /// Passes the request on at once but holds the answer back for this long.
    HoldAnswers(Duration),
    /// Answers this many requests with 503 and Retry-After: 1, then forwards.
    Unavailable(u32),
}

/// A loopback proxy in front of the hub that keeps every byte the app sent.
struct Proxy {
    address: SocketAddr,
    sent: Arc<Mutex<Vec<u8>>>,
}

impl Proxy {
    fn start(upstream: SocketAddr, behaviour: Behaviour) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        let sent = Arc::new(Mutex::new(Vec::new()));
        let refused = Arc::new(AtomicU32::new(0));
        let kept = sent.clone();
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let (sent, refused) = (kept.clone(), refused.clone());
                std::thread::spawn(move || relay(client, upstream, behaviour, &sent, &refused));
            }
        });
        Self { address, sent }
    }

    fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    fn sent(&self) -> String {
        String::from_utf8_lossy(&self.sent.lock().unwrap()).into_owned()
    }

    fn requests_to(&self, path: &str) -> usize {
        self.sent().matches(&format!("POST {path} HTTP/1.1")).count()
    }
}

/// Reads one HTTP request (headers and a Content-Length body) from a connection.
fn read_request(stream: &mut TcpStream) -> Option<Vec<u8>> {
    let mut request = Vec::new();
    let mut buffer = [0u8; 8192];
    loop {
        let read = stream.read(&mut buffer).ok().filter(|&n| n > 0)?;
        request.extend_from_slice(&buffer[..read]);
        if let Some(end) = request.windows(4).position(|w| w == b"\r\n\r\n") {
            let headers = String::from_utf8_lossy(&request[..end]).to_ascii_lowercase();
            let length = headers
                .lines()
                .find_map(|line| line.strip_prefix("content-length:"))
                .and_then(|n| n.trim().parse::<usize>().ok())
                .unwrap_or(0);
            while request.len() < end + 4 + length {
                let read = stream.read(&mut buffer).ok().filter(|&n| n > 0)?;
                request.extend_from_slice(&buffer[..read]);
            }
            return Some(request);
        }
    }
}

fn relay(
    mut client: TcpStream,
    upstream: SocketAddr,
    behaviour: Behaviour,
    sent: &Mutex<Vec<u8>>,
    refused: &AtomicU32,
) {
    let mut hub = TcpStream::connect(upstream).ok();
    while let Some(request) = read_request(&mut client) {
        sent.lock().unwrap().extend_from_slice(&request);
        if let Behaviour::Unavailable(times) = behaviour
            && refused.fetch_add(1, Ordering::SeqCst) < times
        {
            let body = r#"{"code":"unavailable","message":"the hub is busy"}"#;
            let answer = format!(
                "HTTP/1.1 503 Service Unavailable\r\nretry-after: 1\r\ncontent-type: application/json\r\n\
                 content-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = client.write_all(answer.as_bytes());
            return;
        }
        let Some(hub) = hub.as_mut() else { return };
        if hub.write_all(&request).is_err() {
            return;
        }
        let Some(answer) = read_answer(hub) else { return };
        if let Behaviour::HoldAnswers(delay) = behaviour {
            std::thread::sleep(delay);
        }
        if client.write_all(&answer).is_err() {
            return;
        }
    }
}

/// Reads one HTTP answer with a Content-Length body (the hub always sends one).
fn read_answer(stream: &mut TcpStream) -> Option<Vec<u8>> {
    read_request(stream)
}

#[test]
fn a_practice_enrols_submits_and_the_hub_stores_it_once_with_a_receipt() {
    let dir = tempfile::tempdir().unwrap();
    let mut hub = TestHub::start(&dir.path().join("hub"));
    let app = App::onboarded(&dir.path().join("app"));
    let code = hub.enrolment_code("B82005");

    let refused = app.runtime.block_on(app.state.enrol(&hub.url(), "wrong-code")).unwrap_err();
    assert!(refused.to_string().contains("no such enrolment code"), "{refused}");
    let enrolled = app.enrol(&hub.url(), &code);
    assert!(enrolled.enrolled);
    assert_eq!(enrolled.token_place, Some(TokenPlace::File));

    let preview = app.state.preview().unwrap();
    assert!(preview.json.contains("\"odsCode\": \"B82005\""), "{}", preview.json);
    app.state.send_previewed(&preview.submission_id).unwrap();
    assert!(app.state.send_previewed(&preview.submission_id).is_err(), "a preview is sent once");
    let settled = app.settled(1);
    assert_eq!(settled[0]["state"], "sent", "{settled:#?}");
    assert_eq!(settled[0]["submissionId"], preview.submission_id.as_str());
    assert!(settled[0]["receiptId"].as_str().is_some_and(|r| r.len() == 36));

    assert_eq!(hub.submission_count(), 1);
    let stored = hub.block_on(|db| async move { db.submissions_of("B82005").await.unwrap() });
    let sent: Value = serde_json::from_str(&preview.json).unwrap();
    assert_eq!(serde_json::from_str::<Value>(&stored[0].body).unwrap(), sent, "the hub holds what was previewed");
    assert_eq!(stored[0].received_at, settled[0]["receivedAt"].as_str().unwrap());

    let unenrolled = app.state.unenrol().unwrap();
    assert!(!unenrolled.enrolled && unenrolled.hub_url.is_none());
    assert!(!dir.path().join("app").join("practice-token").exists(), "un-enrolling removes the token");
    assert!(app.state.send_previewed(&app.state.preview().unwrap().submission_id).is_err(), "enrol first");
}

#[test]
fn submissions_made_while_the_hub_is_down_arrive_once_each_when_it_is_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut hub = TestHub::start(&dir.path().join("hub"));
    let app = App::onboarded(&dir.path().join("app"));
    let code = hub.enrolment_code("B82005");
    app.enrol(&hub.url(), &code);

    hub.stop();
    let ids = [app.submit(), app.submit()];
    let deadline = Instant::now() + Duration::from_secs(20);
    while !app.submissions().iter().all(|s| s["attempts"].as_u64() >= Some(1)) {
        assert!(Instant::now() < deadline, "the outbox did not try: {:#?}", app.submissions());
        std::thread::sleep(Duration::from_millis(50));
    }
    let waiting = app.submissions();
    assert!(waiting.iter().all(|s| s["state"] == "queued" && s["lastError"].as_str().is_some()), "{waiting:#?}");

    hub.restart();
    let settled = app.settled(2);
    assert!(settled.iter().all(|s| s["state"] == "sent"), "{settled:#?}");
    assert_eq!(hub.submission_count(), 2);
    let stored = hub.block_on(|db| async move { db.submissions_of("B82005").await.unwrap() });
    let mut stored_ids: Vec<String> = stored
        .iter()
        .map(|s| serde_json::from_str::<Value>(&s.body).unwrap()["submissionId"].as_str().unwrap().to_owned())
        .collect();
    stored_ids.sort();
    let mut sent_ids = ids.to_vec();
    sent_ids.sort();
    assert_eq!(stored_ids, sent_ids, "exactly one stored row per submission id");
}

#[test]
fn an_app_killed_mid_send_resends_after_a_restart_and_nothing_is_doubled() {
    let dir = tempfile::tempdir().unwrap();
    let mut hub = TestHub::start(&dir.path().join("hub"));
    let proxy = Proxy::start(hub.address(), Behaviour::HoldAnswers(Duration::from_secs(2)));
    let app_dir = dir.path().join("app");
    let app = App::onboarded(&app_dir);
    let code = hub.enrolment_code("B82005");
    app.enrol(&proxy.url(), &code);

    let id = app.submit();
    let deadline = Instant::now() + Duration::from_secs(20);
    while hub.submission_count() == 0 {
        assert!(Instant::now() < deadline, "the submission never reached the hub");
        std::thread::sleep(Duration::from_millis(20));
    }
    // The hub has stored it and its answer is on the way: the app dies before it arrives.
    app.kill();

    let restarted = App::open(&app_dir);
    let before = restarted.submissions();
    assert_eq!((before.len(), before[0]["state"].as_str()), (1, Some("queued")), "nothing is lost");
    let settled = restarted.settled(1);
    assert_eq!((settled[0]["submissionId"].as_str(), settled[0]["state"].as_str()), (Some(id.as_str()), Some("sent")));
    assert_eq!(hub.submission_count(), 1, "the resend got the first receipt, and nothing new was stored");
    let stored = hub.block_on(|db| async move { db.submissions_of("B82005").await.unwrap() });
    assert_eq!(stored[0].received_at, settled[0]["receivedAt"].as_str().unwrap(), "the first receipt");
    assert_eq!(proxy.requests_to("/api/v1/submissions"), 2, "sent, and sent again after the restart");
}

#[test]
fn a_refusal_is_not_retried_and_shows_the_hubs_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut hub = TestHub::start(&dir.path().join("hub"));
    let proxy = Proxy::start(hub.address(), Behaviour::Forward);
    let app = App::onboarded(&dir.path().join("app"));
    let code = hub.enrolment_code("B82005");
    app.enrol(&proxy.url(), &code);
    hub.block_on(|db| async move { pathfinder_hub::admin::revoke(db.as_ref(), "B82005", "test").await.unwrap() });

    app.submit();
    let settled = app.settled(1);
    assert_eq!(settled[0]["state"], "refused");
    assert_eq!(settled[0]["code"], "bad-credential");
    assert_eq!(settled[0]["message"], "the token is unknown or revoked");
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(proxy.requests_to("/api/v1/submissions"), 1, "a 4xx is not sent again");
    assert_eq!(app.submissions()[0]["state"], "refused");
    assert_eq!(hub.submission_count(), 0);
}

#[test]
fn a_busy_hub_is_tried_again_after_its_retry_after() {
    let dir = tempfile::tempdir().unwrap();
    let mut hub = TestHub::start(&dir.path().join("hub"));
    let app = App::onboarded(&dir.path().join("app"));
    let code = hub.enrolment_code("B82005");
    app.enrol(&hub.url(), &code);
    let proxy = Proxy::start(hub.address(), Behaviour::Unavailable(1));
    // Re-enrolling through the busy proxy would spend its one refusal; point the saved address at it instead.
    let settings_path = dir.path().join("app").join("settings.json");
    let mut settings: Value = serde_json::from_slice(&std::fs::read(&settings_path).unwrap()).unwrap();
    settings["hubUrl"] = json!(proxy.url());
    std::fs::write(&settings_path, settings.to_string()).unwrap();

    let started = Instant::now();
    app.submit();
    let settled = app.settled(1);
    assert_eq!(settled[0]["state"], "sent", "{settled:#?}");
    assert!(started.elapsed() >= Duration::from_secs(1), "it waited as the hub asked");
    assert_eq!(proxy.requests_to("/api/v1/submissions"), 2, "refused once with 503, then stored");
    assert_eq!(hub.submission_count(), 1);
}

#[test]
fn the_regional_teams_window_moves_the_due_dates_and_the_manager_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let mut hub = TestHub::start(&dir.path().join("hub"));
    let app = App::onboarded(&dir.path().join("app"));
    let due_before = serde_json::to_value(app.state.checklist(time::macros::date!(2026 - 02 - 01)).unwrap()).unwrap();
    hub.block_on(|db| async move {
        let start = time::macros::date!(2026 - 03 - 16);
        pathfinder_hub::admin::set_window(db.as_ref(), "02V", start, 8, None, None, "test").await.unwrap()
    });
    let code = hub.enrolment_code("B82005");
    let enrolled = app.enrol(&hub.url(), &code);

    let notice = serde_json::to_value(enrolled.window_notice.expect("the manager is told")).unwrap();
    assert_eq!(notice["previous"]["start"], "2026-03-02");
    assert_eq!(
        (notice["current"]["start"].as_str(), notice["current"]["weeks"].as_u64()),
        (Some("2026-03-16"), Some(8))
    );
    let window = serde_json::to_value(app.state.practice().unwrap().unwrap().form).unwrap();
    assert_eq!(window["windowStart"], "2026-03-16");
    let due_after = serde_json::to_value(app.state.checklist(time::macros::date!(2026 - 02 - 01)).unwrap()).unwrap();
    assert_ne!(due_before, due_after, "the due dates follow the window");
    assert_eq!(app.runtime.block_on(app.state.pull_config()).unwrap(), None, "nothing moves twice");
}

/// A message the regional team publishes reaches the app with its settings and stays until the manager says they
/// have read it; the hub records the acknowledgement. One acknowledged while the hub is down stays read across a
/// restart of the app, and the hub hears of it at the next settings pull.
#[test]
fn a_regional_message_is_shown_until_acknowledged_and_the_hub_hears_of_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut hub = TestHub::start(&dir.path().join("hub"));
    let app = App::onboarded(&dir.path().join("app"));
    let code = hub.enrolment_code("B82005");
    app.enrol(&hub.url(), &code);
    let (first, second) = hub.block_on(|db| async move {
        use pathfinder_hub::messages::publish;
        let first = publish(db.as_ref(), "02V", "The window moved", "Reprint your posters", "lead@nhs.net").await;
        let second = publish(db.as_ref(), "02V", "Leaflets", "Check the leaflet stock", "lead@nhs.net").await;
        publish(db.as_ref(), "11X", "Not for Leeds", "Somerset only", "lead@nhs.net").await.unwrap();
        (first.unwrap(), second.unwrap())
    });
    let titles = |app: &App| -> Vec<String> {
        let messages = serde_json::to_value(app.state.messages().unwrap()).unwrap();
        messages.as_array().unwrap().iter().map(|m| m["title"].as_str().unwrap().to_owned()).collect()
    };
    assert!(titles(&app).is_empty(), "nothing before the pull");
    app.runtime.block_on(app.state.pull_config()).unwrap();
    assert_eq!(titles(&app), ["The window moved", "Leaflets"], "its CCG's messages, not another's");

    let read_at = |hub: &mut TestHub, id: i64| {
        hub.block_on(|db| async move {
            let readers = db.message_readers(id).await.unwrap();
            readers.into_iter().find(|r| r.practice.ods_code == "B82005").unwrap().acknowledged_at
        })
    };
    let left = app.runtime.block_on(app.state.acknowledge_message(first)).unwrap();
    assert_eq!(left.len(), 1);
    assert!(read_at(&mut hub, first).is_some(), "the hub recorded the acknowledgement");
    assert!(read_at(&mut hub, second).is_none());

    hub.stop();
    let left = app.runtime.block_on(app.state.acknowledge_message(second)).unwrap();
    assert!(left.is_empty(), "read while the hub is down");
    app.kill();
    let app = App::open(&dir.path().join("app"));
    assert!(titles(&app).is_empty(), "read stays read after a restart");
    hub.restart();
    assert!(read_at(&mut hub, second).is_none(), "the hub has not heard yet");
    app.runtime.block_on(app.state.pull_config()).unwrap();
    assert!(read_at(&mut hub, second).is_some(), "the next pull told the hub");
    assert!(titles(&app).is_empty(), "and it does not come back");
}

/// The text of a PDF as pdftotext reads it, its words joined by single spaces.
fn pdf_words(path: &str) -> String {
    let out = std::process::Command::new("pdftotext").args(["-enc", "UTF-8", path, "-"]).output().expect("pdftotext");
    assert!(out.status.success(), "pdftotext read {path}");
    String::from_utf8_lossy(&out.stdout).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Which objection types a pilot offers is the programme's decision: the regional team sets Type 1 only on the hub,
/// the app pulls it with the window, and the form, the leaflet, the objections page and the checklist follow.
#[test]
fn a_type1_only_pilot_set_on_the_hub_reaches_every_form_and_leaflet_the_app_makes() {
    use pathfinder_notices::documents::{FontSource, Kind};
    use pathfinder_readiness::ObjectionTypes;

    let dir = tempfile::tempdir().unwrap();
    let mut hub = TestHub::start(&dir.path().join("hub"));
    let app = App::onboarded(&dir.path().join("app"));
    let (documents, fonts) = (dir.path().join("documents"), FontSource::default());
    std::fs::create_dir_all(&documents).unwrap();
    let form_before = app.state.make_notice(Kind::ObjectionForm, "en-GB", false, &documents, &fonts).unwrap();
    assert!(pdf_words(&form_before).contains("Type 2:"), "both until the hub says otherwise");

    hub.block_on(|db| async move {
        let start = time::macros::date!(2026 - 03 - 02);
        let types = Some(ObjectionTypes::TYPE1_ONLY);
        pathfinder_hub::admin::set_window(db.as_ref(), "02V", start, 6, None, types, "test").await.unwrap()
    });
    let code = hub.enrolment_code("B82005");
    app.enrol(&hub.url(), &code);
    let pulled = app.state.practice().unwrap().unwrap();
    assert_eq!(pulled.objection_types, ObjectionTypes::TYPE1_ONLY, "the app keeps what it pulled");

    let form = pdf_words(&app.state.make_notice(Kind::ObjectionForm, "en-GB", false, &documents, &fonts).unwrap());
    assert!(form.contains("Type 1:") && form.contains("9Nu0"), "{form}");
    assert!(!form.contains("Type 2") && !form.contains("9Nu4") && !form.contains("each type"), "{form}");
    let leaflet = pdf_words(&app.state.make_notice(Kind::Leaflet, "en-GB", false, &documents, &fonts).unwrap());
    assert!(leaflet.contains("one kind of objection, called Type 1"), "{leaflet}");
    assert!(!leaflet.contains("Type 2"), "{leaflet}");
    let withdrawal =
        pdf_words(&app.state.make_notice(Kind::WithdrawalForm, "en-GB", false, &documents, &fonts).unwrap());
    assert!(withdrawal.contains("Take back my Type 1 objection") && !withdrawal.contains("Type 2"), "{withdrawal}");

    let today = time::macros::date!(2026 - 03 - 20);
    let objections = app.state.objections_page(today).unwrap();
    assert_eq!(objections.totals.objection_types, ObjectionTypes::TYPE1_ONLY);
    assert!(objections.totals.codes.iter().all(|c| c.code != Some("9Nu4")), "no Type 2 code");
    let blank_type2 = serde_json::from_value(json!({ "date": "2026-03-09", "type1": "3", "type2": "" })).unwrap();
    let saved = app.state.save_search(&blank_type2, today).unwrap();
    let latest = saved.totals.latest.unwrap();
    assert_eq!((latest.type1, latest.type2), (3, 0), "no Type 2 count is asked for");
    let checklist = serde_json::to_string(&app.state.checklist(time::macros::date!(2026 - 02 - 01)).unwrap()).unwrap();
    assert!(checklist.contains("task-adopt-objection-form-guidance-type1-only"), "{checklist}");

    // The region offers both again: the next pull brings Type 2 back.
    hub.block_on(|db| async move {
        let start = time::macros::date!(2026 - 03 - 02);
        let types = Some(ObjectionTypes::BOTH);
        pathfinder_hub::admin::set_window(db.as_ref(), "02V", start, 6, None, types, "test").await.unwrap()
    });
    app.runtime.block_on(app.state.pull_config()).unwrap();
    let form = pdf_words(&app.state.make_notice(Kind::ObjectionForm, "en-GB", false, &documents, &fonts).unwrap());
    assert!(form.contains("Type 2:"), "{form}");
}

/// The objection lifecycle as version 2 carries it: a day of returned forms and two searches (a baseline before the
/// window and one in it) reach the hub, which stores them with the figures its dashboard shows. Under the
/// `postgres-tests` feature the same runs against a hub on PostgreSQL.
#[test]
fn the_forms_tally_and_the_searches_reach_the_hub_as_version_2() {
    let dir = tempfile::tempdir().unwrap();
    let mut hub = TestHub::start(&dir.path().join("hub"));
    let app = App::onboarded(&dir.path().join("app"));
    let code = hub.enrolment_code("B82005");
    app.enrol(&hub.url(), &code);
    let today = time::macros::date!(2026 - 03 - 20);
    let input = |value: Value| serde_json::from_value(value).unwrap();
    app.state.save_search(&input(json!({ "date": "2026-02-23", "type1": "31", "type2": "4" })), today).unwrap();
    app.state
        .save_search(&input(json!({ "date": "2026-03-16", "type1": "55", "type2": "9", "type1Withdrawn": "2" })), today)
        .unwrap();
    let day = json!({ "date": "2026-03-05", "received": "18", "coded": "12", "scanned": "12", "acknowledged": "10", "queried": "1" });
    let page = app.state.save_forms_day(&serde_json::from_value(day).unwrap(), today).unwrap();
    assert_eq!((page.forms.received, page.forms.backlog), (18, 5));
    assert_eq!(page.totals.type1_new, Some(26), "55 standing, 2 withdrawn, 31 before the window");

    let id = app.submit();
    let settled = app.settled(1);
    assert_eq!(settled[0]["state"], "sent", "{settled:#?}");
    let stored = hub.block_on(|db| async move { db.submissions_of("B82005").await.unwrap() });
    let body: Value = serde_json::from_str(&stored[0].body).unwrap();
    assert_eq!((body["version"].as_u64(), body["submissionId"].as_str()), (Some(2), Some(id.as_str())));
    assert_eq!(body["forms"][0]["received"], 18);
    assert_eq!(body["searches"].as_array().unwrap().len(), 2);
    assert_eq!(body["forecast"]["expectedForms"], 134);
    let practices = hub.block_on(|db| async move { db.practice_rows(None).await.unwrap() });
    let row = practices.iter().find(|p| p.practice.ods_code == "B82005").unwrap();
    let figures = &row.latest.as_ref().expect("a submission").figures;
    assert_eq!((figures.type1_total, figures.type2_total), (55, 9), "the latest search's totals");
}

#[test]
fn automatic_reporting_sends_after_a_change_at_most_once_in_fifteen_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let mut hub = TestHub::start(&dir.path().join("hub"));
    let app = App::onboarded(&dir.path().join("app"));
    let code = hub.enrolment_code("B82005");
    app.enrol(&hub.url(), &code);
    let today = time::macros::date!(2026 - 02 - 01);
    let change = |status: &str| serde_json::from_value(json!({ "status": status, "assignee": "Jo Reed" })).unwrap();

    app.state.save_task("join-pathfinder", &change("in-progress"), today).unwrap();
    assert!(app.submissions().is_empty() || app.submissions()[0]["origin"] == "automatic");
    assert!(app.state.hub().unwrap().submissions.is_empty(), "off unless the manager turns it on");
    app.state.set_auto_submit(true).unwrap();
    app.state.save_task("join-pathfinder", &change("completed"), today).unwrap();
    let settled = app.settled(1);
    assert_eq!((settled[0]["origin"].as_str(), settled[0]["state"].as_str()), (Some("automatic"), Some("sent")));
    app.state.save_task("update-privacy-notice", &change("in-progress"), today).unwrap();
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(app.submissions().len(), 1, "the next waits for the 15 minutes to pass");
    assert_eq!(hub.submission_count(), 1);
}

#[test]
fn nothing_the_app_sends_names_a_person_or_holds_anything_from_the_patient_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut hub = TestHub::start(&dir.path().join("hub"));
    let proxy = Proxy::start(hub.address(), Behaviour::Forward);
    let app = App::onboarded(&dir.path().join("app"));
    let code = hub.enrolment_code("B82005");
    let today = time::macros::date!(2026 - 02 - 01);
    let change =
        json!({ "status": "completed", "assignee": "Jo Reed", "notes": "Asked Dr Okafor about Mrs Whitfield" });
    app.state.save_task("join-pathfinder", &serde_json::from_value(change).unwrap(), today).unwrap();

    // The mail merge, through the app's own path: the list is read, the letters written, the counts kept.
    let csv = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/patients.csv")).unwrap();
    let letters = dir.path().join("letters.pdf");
    let fonts = pathfinder_notices::documents::FontSource::default();
    let report = app
        .state
        .print_letters(
            "patients.csv",
            &csv,
            &letters,
            pathfinder_app::LetterGrouping::HOUSEHOLDS,
            &fonts,
            &mut |_, _| true,
        )
        .unwrap();
    assert_eq!(report.counts.letters, 3, "two at the same address share a letter");
    assert!(letters.exists());

    app.enrol(&proxy.url(), &code);
    app.state.set_auto_submit(true).unwrap();
    let preview = app.state.preview().unwrap();
    let sent: Value = serde_json::from_str(&preview.json).unwrap();
    let notices = sent["notices"].as_array().unwrap();
    let letters_by = |language: &str, variant: &str| {
        notices
            .iter()
            .find(|n| n["kind"] == "letter" && n["language"] == language && n["variant"] == variant)
            .map(|n| n["count"].clone())
    };
    assert_eq!(letters_by("en-GB", "large-print"), Some(json!(1)), "{notices:?}");
    assert_eq!(letters_by("pl", "standard"), Some(json!(1)));
    assert_eq!(letters_by("ur", "standard"), Some(json!(1)));
    app.state.send_previewed(&preview.submission_id).unwrap();
    app.settled(1);

    let wire = proxy.sent();
    assert!(wire.contains("POST /api/v1/enrol") && wire.contains("GET /api/v1/practice/config"), "{wire}");
    assert!(wire.contains("\"odsCode\": \"B82005\""), "the submission went through the proxy");
    let text = String::from_utf8(csv).unwrap();
    let mut values: Vec<&str> = text.lines().skip(1).flat_map(|row| row.split(',')).collect();
    values.retain(|v| v.len() > 3 && !["Leeds", "English", "Polish", "Urdu", "Large print"].contains(v));
    assert!(values.len() >= 20, "the check looks at names, dates, addresses, postcodes and NHS numbers");
    for value in values.iter().copied().chain(["Sam Patel", "Jo Reed", "Okafor", "Riverside Surgery"]) {
        assert!(!wire.contains(value), "{value} left the practice: {wire}");
    }
}
