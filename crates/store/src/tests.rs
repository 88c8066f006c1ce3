use pathfinder_readiness::{FormsDay, ObjectionSearch, TaskStatus};
use time::macros::{date, datetime};

use super::*;

/// The practice every crate's tests share; the store keeps it whole.
fn profile() -> PracticeProfile {
    pathfinder_readiness::testing::state().profile
}

fn window() -> FairProcessingWindow {
    pathfinder_readiness::testing::state().window
}

const AT: OffsetDateTime = datetime!(2026-02-02 09:30 UTC);

fn onboarded() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.save_practice(&profile(), &window(), &Planning::default(), AT).unwrap();
    store
}

fn completed() -> TaskState {
    TaskState { status: TaskStatus::Completed, assignee: Some("Jo Reed".into()), ..Default::default() }
}

#[test]
fn migrations_run_from_empty_and_again_do_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pathfinder.sqlite3");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), migrations::LATEST);
    assert!(store.load().unwrap().is_none());
    drop(store);
    let again = Store::open(&path).unwrap();
    assert_eq!(again.schema_version().unwrap(), migrations::LATEST);
    let mode: String = again.conn.query_row("PRAGMA journal_mode", [], |row| row.get(0)).unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn a_database_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    Store::open(&path).unwrap().conn.pragma_update(None, "user_version", 99).unwrap();
    assert!(matches!(Store::open(&path), Err(StoreError::NewerSchema { found: 99, .. })));
}

#[test]
fn the_state_survives_a_reopen_and_every_change_is_logged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let mut store = Store::open(&path).unwrap();
    store.save_practice(&profile(), &window(), &Planning::default(), AT).unwrap();
    store.save_task("join-pathfinder", &completed(), "Sam Patel", AT).unwrap();
    let search =
        ObjectionSearch { date: date!(2026 - 03 - 02), type1: 14, type2: 3, type1_withdrawn: 1, type2_withdrawn: 0 };
    store.save_search(&search, "Sam Patel", AT).unwrap();
    let day = FormsDay { date: date!(2026 - 03 - 03), received: 9, coded: 4, scanned: 4, acknowledged: 2, queried: 1 };
    store.save_forms_day(&day, "Sam Patel", AT).unwrap();
    drop(store);

    let store = Store::open(&path).unwrap();
    let state = store.load().unwrap().unwrap();
    assert_eq!(state.profile, profile());
    assert_eq!(state.task("join-pathfinder"), completed());
    assert_eq!((state.searches.as_slice(), state.forms.as_slice()), (&[search][..], &[day][..]));
    let history = store.history("task", "join-pathfinder").unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!((history[0].actor.as_str(), history[0].at.as_str()), ("Sam Patel", "2026-02-02T09:30:00Z"));
    assert_eq!(history[0].change["status"], "completed");
}

#[test]
fn the_change_log_cannot_be_altered_or_deleted() {
    let store = onboarded();
    assert!(store.conn.execute("DELETE FROM change_log", []).is_err());
    assert!(store.conn.execute("UPDATE change_log SET actor = 'someone else'", []).is_err());
    assert_eq!(store.changes(None).unwrap().len(), 1);
}

#[test]
fn a_task_needs_a_practice_first() {
    let mut store = Store::open_in_memory().unwrap();
    assert!(matches!(store.save_task("join-pathfinder", &completed(), "x", AT), Err(StoreError::NoPractice)));
    assert!(store.changes(None).unwrap().is_empty());
}

#[test]
fn a_failed_write_rolls_back_and_leaves_no_trace() {
    let mut store = onboarded();
    // The change-log insert fails after the task row is written: the whole change must go.
    store
        .conn
        .execute_batch(
            "CREATE TRIGGER fail_log BEFORE INSERT ON change_log WHEN NEW.entity = 'task'
             BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
        )
        .unwrap();
    assert!(store.save_task("join-pathfinder", &completed(), "Sam Patel", AT).is_err());
    let state = store.load().unwrap().unwrap();
    assert!(state.tasks.is_empty(), "no task row without its log row");
    assert!(store.history("task", "join-pathfinder").unwrap().is_empty());
}

#[test]
fn export_and_import_round_trip_into_a_new_database() {
    let mut store = onboarded();
    store.save_task("join-pathfinder", &completed(), "Sam Patel", AT).unwrap();
    let search =
        ObjectionSearch { date: date!(2026 - 03 - 09), type1: 2, type2: 1, type1_withdrawn: 0, type2_withdrawn: 0 };
    store.save_search(&search, "Sam", AT).unwrap();
    let day = FormsDay { date: date!(2026 - 03 - 10), received: 3, coded: 3, scanned: 3, acknowledged: 3, queried: 0 };
    store.save_forms_day(&day, "Sam", AT).unwrap();
    let backup = serde_json::to_string_pretty(&store.export(AT).unwrap()).unwrap();

    let mut fresh = Store::open_in_memory().unwrap();
    fresh.import(&backup, "Sam Patel", AT).unwrap();
    assert_eq!(fresh.load().unwrap(), store.load().unwrap());
    let log = fresh.changes(None).unwrap();
    assert_eq!(log.len(), store.changes(None).unwrap().len() + 1, "the history, and the import itself");

    fresh.import(&backup, "Sam Patel", AT).unwrap();
    assert_eq!(fresh.changes(None).unwrap().len(), log.len() + 1, "importing again does not double the history");
}

#[test]
fn a_bad_or_newer_backup_is_refused_and_changes_nothing() {
    let mut store = onboarded();
    store.save_task("join-pathfinder", &completed(), "Sam Patel", AT).unwrap();
    let before = (store.load().unwrap(), store.changes(None).unwrap());
    let good = serde_json::to_value(store.export(AT).unwrap()).unwrap();

    let mut newer = good.clone();
    newer["version"] = (EXPORT_VERSION + 1).into();
    let mut bad_ods = good.clone();
    bad_ods["state"]["profile"]["odsCode"] = "NOPE".into();
    let cases = [
        ("{ not json", "line 1"),
        ("{\"format\": \"something-else\", \"version\": 1}", "not a Pathfinder backup"),
        (&newer.to_string(), "newer Pathfinder"),
        (&bad_ods.to_string(), "not valid"),
    ];
    for (text, expected) in cases {
        let error = store.import(text, "Sam Patel", AT).unwrap_err();
        assert!(error.to_string().contains(expected), "{expected:?} in {error}");
        assert_eq!((store.load().unwrap(), store.changes(None).unwrap()), before, "{expected}");
    }
}

#[test]
fn the_window_moves_alone_and_the_move_is_logged() {
    let mut store = onboarded();
    let moved = FairProcessingWindow { start: date!(2026 - 03 - 16), weeks: 8, first_extract: date!(2026 - 05 - 18) };
    store.save_window(&moved, "regional team", AT).unwrap();
    let state = store.load().unwrap().unwrap();
    assert_eq!((state.window, state.profile), (moved, profile()));
    let last = store.history("practice", "B82005").unwrap().pop().unwrap();
    assert_eq!((last.actor.as_str(), &last.change["window"]["weeks"]), ("regional team", &serde_json::json!(8)));
    assert!(matches!(Store::open_in_memory().unwrap().save_window(&moved, "x", AT), Err(StoreError::NoPractice)));
}

#[test]
fn the_objection_types_pulled_are_kept_logged_and_carried_by_a_backup() {
    let mut store = onboarded();
    assert_eq!(store.load().unwrap().unwrap().objection_types, ObjectionTypes::BOTH, "both until pulled");
    store.save_objection_types(ObjectionTypes::TYPE1_ONLY, "regional team", AT).unwrap();
    let state = store.load().unwrap().unwrap();
    assert_eq!((state.objection_types, state.window), (ObjectionTypes::TYPE1_ONLY, window()));
    let last = store.history("practice", "B82005").unwrap().pop().unwrap();
    assert_eq!((last.actor.as_str(), &last.change["objectionTypes"]), ("regional team", &serde_json::json!(["type1"])));
    store.save_practice(&profile(), &window(), &Planning::default(), AT).unwrap();
    assert_eq!(store.load().unwrap().unwrap().objection_types, ObjectionTypes::TYPE1_ONLY, "onboarding keeps them");

    let backup = serde_json::to_string(&store.export(AT).unwrap()).unwrap();
    let mut fresh = Store::open_in_memory().unwrap();
    fresh.import(&backup, "Sam Patel", AT).unwrap();
    assert_eq!(fresh.load().unwrap().unwrap().objection_types, ObjectionTypes::TYPE1_ONLY);
    // A backup from before the choice existed has none, and means both.
    let mut older = serde_json::to_value(store.export(AT).unwrap()).unwrap();
    older["state"].as_object_mut().unwrap().remove("objectionTypes");
    fresh.import(&older.to_string(), "Sam Patel", AT).unwrap();
    assert_eq!(fresh.load().unwrap().unwrap().objection_types, ObjectionTypes::BOTH);
    assert!(matches!(
        Store::open_in_memory().unwrap().save_objection_types(ObjectionTypes::BOTH, "x", AT),
        Err(StoreError::NoPractice)
    ));
}

#[test]
fn printed_notices_add_up_by_kind_language_and_variant() {
    let mut store = onboarded();
    let row = |kind: &str, language: &str, variant: &str, count| Printed {
        kind: kind.into(),
        language: language.into(),
        variant: variant.into(),
        count,
    };
    store
        .record_printed(&[row("letter", "en-GB", "standard", 40), row("letter", "ur", "large-print", 2)], "Sam", AT)
        .unwrap();
    store.record_printed(&[row("letter", "en-GB", "standard", 5)], "Sam", AT).unwrap();
    assert_eq!(
        store.printed().unwrap(),
        [row("letter", "en-GB", "standard", 45), row("letter", "ur", "large-print", 2)]
    );
    assert!(store.record_printed(&[row("letter", "pl", "huge", 1)], "Sam", AT).is_err(), "variants are checked");
    assert_eq!(store.printed().unwrap().len(), 2, "a refused record changes nothing");
}

mod outbox {
    use super::*;

    #[test]
    fn a_submission_goes_from_queued_to_sent_keeping_its_exact_bytes() {
        let mut store = onboarded();
        let body = r#"{"submissionId":"a","spacing": "kept as sent"}"#;
        store.enqueue_submission("a", body, Origin::Manager, AT).unwrap();
        assert!(store.due_submissions(AT - time::Duration::SECOND, 10).unwrap().is_empty());
        let due = store.due_submissions(AT, 10).unwrap();
        assert_eq!(due, [Outgoing { submission_id: "a".into(), body: body.into(), attempts: 0 }]);

        store.mark_retry("a", AT + time::Duration::milliseconds(200), "the hub is busy").unwrap();
        assert!(store.due_submissions(AT + time::Duration::milliseconds(999), 10).unwrap().is_empty(), "never early");
        let later = AT + time::Duration::minutes(1);
        store.mark_retry("a", later, "the hub could not be reached").unwrap();
        assert!(store.due_submissions(AT, 10).unwrap().is_empty());
        assert_eq!(store.next_due().unwrap(), Some(later.unix_timestamp()));
        assert_eq!(store.due_submissions(later, 10).unwrap()[0].attempts, 2);

        store.mark_sent("a", "r-1", "2026-02-02T09:31:00Z", later).unwrap();
        assert_eq!(store.next_due().unwrap(), None);
        let listed = store.submissions().unwrap();
        assert_eq!(
            listed[0].state,
            SubmissionState::Sent { receipt_id: "r-1".into(), received_at: "2026-02-02T09:31:00Z".into() }
        );
        assert_eq!(store.submission_body("a").unwrap(), body);
        let states: Vec<_> =
            store.history("submission", "a").unwrap().into_iter().map(|c| c.change["state"].clone()).collect();
        assert_eq!(states, ["queued", "sent"]);
        assert!(store.mark_refused("a", "x", "y", later).is_err(), "a settled submission stays settled");
    }

    #[test]
    fn a_refusal_is_kept_with_its_reason_and_the_body_cannot_change() {
        let mut store = onboarded();
        store.enqueue_submission("b", "{}", Origin::Automatic, AT).unwrap();
        assert!(store.enqueue_submission("b", "{\"other\":1}", Origin::Manager, AT).is_err(), "ids are unique");
        store.mark_refused("b", "wrong-practice", "another practice", AT).unwrap();
        let record = &store.submissions().unwrap()[0];
        assert_eq!(record.origin, Origin::Automatic);
        assert_eq!(
            record.state,
            SubmissionState::Refused { code: "wrong-practice".into(), message: "another practice".into() }
        );
        assert!(store.conn.execute("UPDATE outbox SET body = 'x'", []).is_err());
        assert_eq!(store.last_queued_at(Origin::Automatic).unwrap().as_deref(), Some("2026-02-02T09:30:00Z"));
        assert_eq!(store.last_queued_at(Origin::Manager).unwrap(), None);
        assert!(matches!(store.mark_retry("nope", AT, "e"), Err(StoreError::NoSubmission(_))));
    }
}

#[test]
fn every_forms_entry_is_kept_in_the_history_and_the_latest_can_be_undone() {
    let mut store = onboarded();
    let monday =
        FormsDay { date: date!(2026 - 03 - 09), received: 20, coded: 5, scanned: 5, acknowledged: 0, queried: 0 };
    let corrected = FormsDay { received: 22, ..monday };
    let tuesday =
        FormsDay { date: date!(2026 - 03 - 10), received: 4, coded: 10, scanned: 0, acknowledged: 0, queried: 1 };
    assert_eq!(store.forms_undo().unwrap(), None, "nothing to undo");
    store.save_forms_day(&monday, "Jo", AT).unwrap();
    store.save_forms_day(&corrected, "Jo", AT).unwrap();
    store.save_forms_day(&tuesday, "Jo", AT).unwrap();
    // Undo Tuesday (it had no entry before): the day goes.
    let undo = store.forms_undo().unwrap().unwrap();
    assert_eq!((undo.date, undo.previous), (tuesday.date, None));
    store.apply_forms_undo(&undo, "Jo", AT).unwrap();
    assert_eq!(store.load().unwrap().unwrap().forms, [corrected]);
    // Undo again: Monday's correction goes, its first value comes back.
    let undo = store.forms_undo().unwrap().unwrap();
    assert_eq!((undo.date, undo.previous), (monday.date, Some(monday)));
    store.apply_forms_undo(&undo, "Jo", AT).unwrap();
    assert_eq!(store.load().unwrap().unwrap().forms, [monday]);
    store.delete_forms_day(monday.date, "Jo", AT).unwrap();
    assert!(store.load().unwrap().unwrap().forms.is_empty());
    let history = store.history_of(crate::FORMS).unwrap();
    assert_eq!(history.len(), 6, "three entries, two undos and a deletion, all kept");
    assert!(history[3].change["undoes"].as_i64().is_some(), "an undo names the change it took back");
    assert_eq!(history[5].change["value"], serde_json::Value::Null);
}

#[test]
fn searches_are_corrected_and_deleted_with_their_history_kept() {
    let mut store = onboarded();
    let search =
        ObjectionSearch { date: date!(2026 - 02 - 20), type1: 40, type2: 9, type1_withdrawn: 0, type2_withdrawn: 0 };
    store.save_search(&search, "Sam", AT).unwrap();
    store.save_search(&ObjectionSearch { type1: 41, ..search }, "Sam", AT).unwrap();
    assert_eq!(store.load().unwrap().unwrap().searches[0].type1, 41);
    store.delete_search(search.date, "Sam", AT).unwrap();
    assert!(store.load().unwrap().unwrap().searches.is_empty());
    let history = store.history(crate::SEARCHES, "2026-02-20").unwrap();
    let values: Vec<&serde_json::Value> = history.iter().map(|c| &c.change["value"]["type1"]).collect();
    assert_eq!(values, [&serde_json::json!(40), &serde_json::json!(41), &serde_json::Value::Null]);
}

#[test]
fn weekly_counts_of_an_older_database_become_searches_with_running_totals() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 0).unwrap();
        // Schema 4 as an older Pathfinder left it, with two weeks of counts.
        let tx = conn.transaction().unwrap();
        for sql in &crate::migrations::MIGRATIONS[..4] {
            tx.execute_batch(sql).unwrap();
        }
        tx.pragma_update(None, "user_version", 4).unwrap();
        tx.execute_batch(
            "INSERT INTO practice (id, profile, window, planning, updated_at) VALUES (1, '{}', '{}', '{}', 'x');
             INSERT INTO objection_counts (week_start, type1, type2, updated_at) VALUES
                 ('2026-03-09', 6, 1, 'x'), ('2026-03-02', 14, 3, 'x');",
        )
        .unwrap();
        tx.commit().unwrap();
    }
    let store = Store::open(&path).unwrap();
    let searches = store.load_searches().unwrap();
    let totals: Vec<(String, u32, u32)> = searches.iter().map(|s| (s.date.to_string(), s.type1, s.type2)).collect();
    assert_eq!(totals, [("2026-03-02".into(), 14, 3), ("2026-03-09".into(), 20, 4)]);
}

#[test]
fn a_version_1_backup_is_read_with_its_weekly_counts_as_searches() {
    let store = onboarded();
    let mut backup = serde_json::to_value(store.export(AT).unwrap()).unwrap();
    backup["version"] = 1.into();
    let state = backup["state"].as_object_mut().unwrap();
    state.remove("forms");
    state.remove("searches");
    state.insert(
        "objections".into(),
        serde_json::json!([{ "weekStart": "2026-03-09", "type1": 6, "type2": 1 }, { "weekStart": "2026-03-02", "type1": 14, "type2": 3 }]),
    );
    let mut fresh = Store::open_in_memory().unwrap();
    fresh.import(&backup.to_string(), "Sam", AT).unwrap();
    let searches = fresh.load().unwrap().unwrap().searches;
    assert_eq!(searches.iter().map(|s| (s.type1, s.type2)).collect::<Vec<_>>(), [(14, 3), (20, 4)]);
}

#[test]
fn hours_an_older_version_saved_as_0_for_a_blank_box_are_read_as_not_planned() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let mut profile = serde_json::to_value(profile()).unwrap();
    profile["staffHours"] = serde_json::json!({ "practice-manager": 6.0, "admin-team": 0.0, "it": 0 });
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        let tx = conn.transaction().unwrap();
        for sql in &crate::migrations::MIGRATIONS[..5] {
            tx.execute_batch(sql).unwrap();
        }
        tx.pragma_update(None, "user_version", 5).unwrap();
        tx.execute(
            "INSERT INTO practice (id, profile, window, planning, updated_at) VALUES (1, ?1, ?2, ?3, 'x')",
            rusqlite::params![
                profile.to_string(),
                serde_json::to_string(&window()).unwrap(),
                serde_json::to_string(&Planning::default()).unwrap()
            ],
        )
        .unwrap();
        tx.commit().unwrap();
    }
    let hours = Store::open(&path).unwrap().load().unwrap().unwrap().profile.staff_hours;
    assert_eq!(hours.into_iter().collect::<Vec<_>>(), [(pathfinder_readiness::Role::PracticeManager, 6.0)]);
}
