//! The TypeScript declarations say what serde writes: every key of a real value is a field of its type.

use time::macros::datetime;
use ts_rs::{Config, TS};

use crate::{Change, Origin, Store, SubmissionRecord, SubmissionState};

fn config() -> Config {
    Config::new().with_large_int("number")
}

/// Every key of the JSON object is declared as a field of `T` or of a type it flattens.
fn assert_declares_keys(decl: &str, value: &serde_json::Value) {
    // Fields with doc comments start a line.
    let decl = decl.replace('\n', " ");
    let object = value.as_object().expect("a struct serialises as an object");
    for key in object.keys() {
        let declared = [format!(" {key}: "), format!(" {key}?: "), format!("\"{key}\": ")];
        assert!(declared.iter().any(|field| decl.contains(field)), "{key} in {decl}");
    }
}

#[test]
fn the_declarations_name_the_keys_serde_writes() {
    let cfg = config();
    let at = datetime!(2026-02-02 09:30 UTC);
    let mut store = Store::open_in_memory().unwrap();
    for (id, origin) in [("s-1", Origin::Manager), ("s-2", Origin::Automatic), ("s-3", Origin::Manager)] {
        store.enqueue_submission(id, "{}", origin, at).unwrap();
    }
    store.mark_sent("s-2", "r-1", "2026-02-02T09:31:00Z", at).unwrap();
    store.mark_refused("s-3", "stale-checklist", "Update the app", at).unwrap();
    store.mark_retry("s-1", at, "offline").unwrap();

    // The record flattens its state: the keys of either may appear, and every state is one of the union's.
    let declared = format!("{} {}", SubmissionRecord::decl(&cfg), SubmissionState::decl(&cfg));
    let records = store.submissions().unwrap();
    assert_eq!(records.len(), 3);
    for record in &records {
        let value = serde_json::to_value(record).unwrap();
        assert_declares_keys(&declared, &value);
        assert!(declared.contains(&value["state"].to_string()), "{} in {declared}", value["state"]);
        assert!(Origin::decl(&cfg).contains(&value["origin"].to_string()));
    }
    assert_eq!(Origin::name(&cfg), "SubmissionOrigin");

    let history: Vec<Change> = store.history("submission", "s-2").unwrap();
    assert_declares_keys(&Change::decl(&cfg), &serde_json::to_value(&history[0]).unwrap());
}
