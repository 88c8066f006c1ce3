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
