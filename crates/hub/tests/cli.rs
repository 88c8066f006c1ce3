//! The admin command line, as a regional team runs it: `window set` with the objection types the pilot offers.

use std::path::Path;
use std::process::{Command, Output};

use pathfinder_hub::db::ObjectionTypes;

fn hub(database: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pathfinder-hub"))
        .arg("--database")
        .arg(format!("sqlite://{}", database.display()))
        .args(args)
        .env("RUST_LOG", "warn")
        .env("NO_COLOR", "1")
        .output()
        .expect("the hub runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[tokio::test]
async fn window_set_takes_the_objection_types_and_the_audit_log_records_them() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("hub.sqlite3");
    let practices = dir.path().join("practices.csv");
    std::fs::write(&practices, "ods_code,name,ccg\nB82005,Riverside Surgery,02V\n").unwrap();
    assert!(hub(&database, &["practices", "import", practices.to_str().unwrap()]).status.success());

    let set = hub(&database, &["window", "set", "--ccg", "02V", "--start", "2026-03-02", "--objection-types", "type1"]);
    assert!(set.status.success(), "{}", text(&set.stderr));
    assert!(text(&set.stdout).contains("objections offered: Type 1 only"), "{}", text(&set.stdout));

    let again = hub(&database, &["window", "set", "--ccg", "02V", "--start", "2026-03-09"]);
    assert!(text(&again.stdout).contains("objections offered: Type 1 only"), "kept: {}", text(&again.stdout));

    for refused in ["type2", ""] {
        let out =
            hub(&database, &["window", "set", "--ccg", "02V", "--start", "2026-03-02", "--objection-types", refused]);
        assert_eq!(out.status.code(), Some(2), "{refused:?} is refused");
        assert!(text(&out.stderr).contains("must include \"type1\""), "{refused:?}: {}", text(&out.stderr));
    }

    let both =
        hub(&database, &["window", "set", "--ccg", "02V", "--start", "2026-03-09", "--objection-types", "type1,type2"]);
    assert!(text(&both.stdout).contains("objections offered: Type 1 and Type 2"), "{}", text(&both.stdout));

    let log = rusqlite::Connection::open(&database).unwrap();
    let changes: Vec<String> = log
        .prepare("SELECT detail FROM audit_log WHERE action = 'objection-types-set' ORDER BY id")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(changes, ["02V: type1 (was type1,type2)", "02V: type1,type2 (was type1)"]);
    let windows: i64 = log
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'window-set' AND detail LIKE '%objection types%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(windows, 3, "each window set names the types in force");
    drop(log);

    let db = pathfinder_hub::connect(&format!("sqlite://{}", database.display())).await.unwrap();
    assert_eq!(db.objection_types("02V").await.unwrap(), ObjectionTypes::BOTH);
}

/// `hub` with standard input.
fn hub_with_input(database: &Path, args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_pathfinder-hub"))
        .arg("--database")
        .arg(format!("sqlite://{}", database.display()))
        .args(args)
        .env("RUST_LOG", "warn")
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the hub runs");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// A practice list as a spreadsheet saves it: a quoted name with a comma and a line break in it is one field, and a
/// bad row after it is named by the line it starts on, and by its field.
#[test]
fn practices_import_reads_quoted_fields_with_commas_and_line_breaks() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("hub.sqlite3");
    let practices = dir.path().join("practices.csv");
    std::fs::write(
        &practices,
        "ods_code,name,ccg\r\nB82005,\"Hill, Dale\r\nand Partners\",02V\r\nB82010,\"The \"\"Old\"\" Surgery\",02v\r\n",
    )
    .unwrap();
    let out = hub(&database, &["practices", "import", practices.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "imported 2 practices");
    let db = rusqlite::Connection::open(&database).unwrap();
    let names: Vec<(String, String)> = db
        .prepare("SELECT name, ccg_code FROM practices ORDER BY ods_code")
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        names,
        [("Hill, Dale\r\nand Partners".into(), "02V".into()), ("The \"Old\" Surgery".into(), "02V".into())]
    );
    drop(db);

    std::fs::write(&practices, "ods_code,name,ccg\nC81001,\"Two\nlines\",03C\nC81002,Fine,3C\n").unwrap();
    let bad = hub(&database, &["practices", "import", practices.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text(&bad.stderr).contains("line 4, field ccg: the CCG code is not three letters or digits"),
        "{}",
        text(&bad.stderr)
    );
}

/// `users add|disable|enable|scope|password`: each change is audited; disabling and a new password end the user's
/// sessions.
#[tokio::test]
async fn users_are_added_disabled_enabled_rescoped_and_given_new_passwords() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("hub.sqlite3");
    let url = format!("sqlite://{}", database.display());
    let email = "lead@nhs.net";
    let add = ["users", "add", "--email", email, "--role", "regional", "--ccg", "02V,03G"];
    let added = hub_with_input(&database, &add, "a long first password\n");
    assert!(added.status.success(), "{}", text(&added.stderr));
    let twice = hub_with_input(&database, &add, "a long first password\n");
    assert_eq!(twice.status.code(), Some(2));
    assert!(text(&twice.stderr).contains("already has an account"), "{}", text(&twice.stderr));
    assert!(!text(&twice.stderr).to_lowercase().contains("unique"), "{}", text(&twice.stderr));

    let session = |db: std::sync::Arc<dyn pathfinder_hub::Database>, name: &'static str| async move {
        let user = db.user_by_email(email).await.unwrap().unwrap();
        let expires = time::OffsetDateTime::now_utc().unix_timestamp() + 3600;
        db.create_session(name, user.id, "csrf", expires).await.unwrap();
    };
    let now = || time::OffsetDateTime::now_utc().unix_timestamp();

    let db = pathfinder_hub::connect(&url).await.unwrap();
    session(db.clone(), "first").await;
    let disabled = hub(&database, &["users", "disable", "--email", "Lead@NHS.net"]);
    assert!(disabled.status.success(), "{}", text(&disabled.stderr));
    assert!(db.session("first", now()).await.unwrap().is_none(), "disabling ends the sessions");
    assert!(db.user_by_email(email).await.unwrap().unwrap().disabled);
    assert!(hub(&database, &["users", "enable", "--email", email]).status.success());
    assert!(!db.user_by_email(email).await.unwrap().unwrap().disabled);

    let scoped = hub(&database, &["users", "scope", "--email", email, "--role", "regional", "--ccg", "11x"]);
    assert!(scoped.status.success(), "{}", text(&scoped.stderr));
    assert_eq!(db.user_by_email(email).await.unwrap().unwrap().ccg_codes, ["11X"]);
    let no_ccg = hub(&database, &["users", "scope", "--email", email, "--role", "regional"]);
    assert_eq!(no_ccg.status.code(), Some(2), "a regional user needs a CCG");

    session(db.clone(), "second").await;
    let reset = hub_with_input(&database, &["users", "password", "--email", email], "a long second password\n");
    assert!(reset.status.success(), "{}", text(&reset.stderr));
    assert!(db.session("second", now()).await.unwrap().is_none(), "a new password ends the sessions");
    let hash = db.user_by_email(email).await.unwrap().unwrap().password_hash;
    assert!(pathfinder_hub::dashboard::auth::verify_password("a long second password", &hash));
    let unknown = hub(&database, &["users", "disable", "--email", "nobody@nhs.net"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("no user has the email address nobody@nhs.net"));
    drop(db);

    let log = rusqlite::Connection::open(&database).unwrap();
    let actions: Vec<String> = log
        .prepare("SELECT action FROM audit_log WHERE action LIKE 'user-%' ORDER BY id")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(actions, ["user-add", "user-disable", "user-enable", "user-scope", "user-password"]);
}

/// `window set --extract` stores the first extract given; left out, the default is said in the output; an extract
/// before the window's end is refused naming the option. `--ods` gives a practice its own dates, `window clear`
/// takes them away, and each change is in the window history.
#[tokio::test]
async fn window_set_takes_the_extract_and_a_practices_own_dates() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("hub.sqlite3");
    let practices = dir.path().join("practices.csv");
    std::fs::write(&practices, "ods_code,name,ccg\nB82005,Riverside Surgery,02V\nB82010,Hill Surgery,02V\n").unwrap();
    assert!(hub(&database, &["practices", "import", practices.to_str().unwrap()]).status.success());
    let window = ["window", "set", "--ccg", "02V", "--start", "2026-03-02", "--weeks", "6"];

    let early = hub(&database, &[&window[..], &["--extract", "2026-04-12"]].concat());
    assert_eq!(early.status.code(), Some(2));
    let refusal = text(&early.stderr);
    assert!(refusal.contains("--extract") && refusal.contains("2026-04-13"), "{refusal}");

    let defaulted = hub(&database, &window);
    assert!(defaulted.status.success(), "{}", text(&defaulted.stderr));
    let said = text(&defaulted.stdout);
    assert!(said.contains("first extract 2026-04-27 (not given: two weeks after the window ends"), "{said}");
    assert!(said.contains("2 of its 2 practices move (0 keep their own dates)"), "{said}");

    let set = hub(&database, &[&window[..], &["--extract", "2026-05-11"]].concat());
    assert!(set.status.success(), "{}", text(&set.stderr));
    assert!(text(&set.stdout).contains("first extract 2026-05-11,"), "{}", text(&set.stdout));
    let db = pathfinder_hub::connect(&format!("sqlite://{}", database.display())).await.unwrap();
    assert_eq!(db.window("02V").await.unwrap().unwrap().first_extract, "2026-05-11");

    let own = ["window", "set", "--ods", "b82005", "--start", "2026-03-16", "--weeks", "4", "--extract", "2026-04-20"];
    let out = hub(&database, &own);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("B82005 (02V): its own window"), "{}", text(&out.stdout));
    assert_eq!(db.practice_window("B82005").await.unwrap().unwrap().start, "2026-03-16");
    let moved = hub(&database, &[&window[..], &["--extract", "2026-05-11"]].concat());
    assert!(
        text(&moved.stdout).contains("1 of its 2 practices move (1 keep their own dates)"),
        "{}",
        text(&moved.stdout)
    );
    let both = hub(&database, &["window", "set", "--ccg", "02V", "--ods", "B82005", "--start", "2026-03-02"]);
    assert_eq!(both.status.code(), Some(2), "a CCG or a practice, not both");
    let unknown = hub(&database, &["window", "set", "--ods", "C99999", "--start", "2026-03-02"]);
    assert!(text(&unknown.stderr).contains("C99999 is not a known practice (--ods)"), "{}", text(&unknown.stderr));

    let cleared = hub(&database, &["window", "clear", "--ods", "B82005"]);
    assert!(cleared.status.success(), "{}", text(&cleared.stderr));
    assert!(db.practice_window("B82005").await.unwrap().is_none());
    let history = db.window_history().await.unwrap();
    assert_eq!(history.len(), 5, "three CCG windows, one practice's dates set and cleared");
    assert_eq!((history[0].ods_code.as_deref(), history[0].new.is_none()), (Some("B82005"), true));
    assert_eq!(history[4].old, None, "the first window replaced none");
    assert!(history.iter().all(|change| change.actor == "command line"));
}

/// `enrol-code --ccg` prints `ods_code,code` for every practice of the CCG not yet enrolled, a header line first;
/// each code enrols its practice; `--ods` still prints one code. `users scope --issue-codes` grants the permission to
/// issue codes. All audited.
#[tokio::test]
async fn enrol_code_for_a_ccg_prints_a_csv_of_the_practices_not_yet_enrolled() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("hub.sqlite3");
    let url = format!("sqlite://{}", database.display());
    let practices = dir.path().join("practices.csv");
    std::fs::write(
        &practices,
        "ods_code,name,ccg\nB82005,Riverside Surgery,02V\nB82010,\"Hill, Dale and Partners\",02V\nL85001,Quantock Practice,11X\n",
    )
    .unwrap();
    assert!(hub(&database, &["practices", "import", practices.to_str().unwrap()]).status.success());

    // B82005 enrols with a code of its own first, so the CCG's codes are for B82010 alone... and then for none.
    let single = hub(&database, &["enrol-code", "--ods", "B82005"]);
    assert!(single.status.success(), "{}", text(&single.stderr));
    let code = text(&single.stdout).trim().to_owned();
    assert_eq!(code.len(), 19, "{code}");
    let db = pathfinder_hub::connect(&url).await.unwrap();
    let hash = |code: &str| pathfinder_hub::secrets::hash(code);
    let enrol = |ods: &'static str, code: String| {
        let db = db.clone();
        async move {
            let token = pathfinder_hub::secrets::hash(&format!("token of {ods}"));
            db.redeem_enrolment_code(&hash(&code), ods, &token, time::OffsetDateTime::now_utc().unix_timestamp())
                .await
                .unwrap()
        }
    };
    assert_eq!(enrol("B82005", code).await, pathfinder_hub::db::Redeemed::Token);

    let bulk = hub(&database, &["enrol-code", "--ccg", "02v"]);
    assert!(bulk.status.success(), "{}", text(&bulk.stderr));
    let out = text(&bulk.stdout);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert_eq!(lines[0], "ods_code,code");
    let (ods, code) = lines[1].split_once(',').unwrap();
    assert_eq!((ods, code.len()), ("B82010", 19), "{out}");
    assert!(text(&bulk.stderr).contains("02V: 1 of its practices had no live token"), "{}", text(&bulk.stderr));
    assert_eq!(enrol("B82010", code.to_owned()).await, pathfinder_hub::db::Redeemed::Token, "the code enrols B82010");
    let none = hub(&database, &["enrol-code", "--ccg", "02V"]);
    assert_eq!(text(&none.stdout), "ods_code,code\n", "every practice of 02V is enrolled");

    let unknown = hub(&database, &["enrol-code", "--ccg", "99Z"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("not the CCG of any practice"), "{}", text(&unknown.stderr));
    let both = hub(&database, &["enrol-code", "--ods", "B82005", "--ccg", "02V"]);
    assert_eq!(both.status.code(), Some(2), "one or the other");
    let neither = hub(&database, &["enrol-code"]);
    assert_eq!(neither.status.code(), Some(2), "one is needed");

    let add = ["users", "add", "--email", "somerset@nhs.net", "--role", "regional", "--ccg", "11X"];
    assert!(hub_with_input(&database, &add, "quantock hills 2015\n").status.success());
    let user = db.user_by_email("somerset@nhs.net").await.unwrap().unwrap();
    assert!(!user.can_issue_codes && !user.may_issue_codes(), "not until granted");
    let scope = ["users", "scope", "--email", "somerset@nhs.net", "--role", "regional", "--ccg", "11X"];
    let granted = hub(&database, &[&scope[..], &["--issue-codes", "true"]].concat());
    assert!(granted.status.success(), "{}", text(&granted.stderr));
    assert!(db.user_by_email("somerset@nhs.net").await.unwrap().unwrap().may_issue_codes());
    assert!(hub(&database, &scope).status.success());
    assert!(db.user_by_email("somerset@nhs.net").await.unwrap().unwrap().can_issue_codes, "kept when left out");
    assert!(hub(&database, &[&scope[..], &["--issue-codes", "false"]].concat()).status.success());
    assert!(!db.user_by_email("somerset@nhs.net").await.unwrap().unwrap().can_issue_codes);
    drop(db);

    let log = rusqlite::Connection::open(&database).unwrap();
    let count = |action: &str| -> i64 {
        log.query_row("SELECT count(*) FROM audit_log WHERE action = ?1", [action], |r| r.get(0)).unwrap()
    };
    assert_eq!(count("enrolment-code"), 2, "B82005's code and B82010's");
    assert_eq!(count("user-issue-codes"), 2);
}
