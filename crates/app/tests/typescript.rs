//! The TypeScript the UI is generated from says what serde writes: every key of a real value of each type the
//! commands exchange is a field of its declaration, every enum value one of its literals, and the types keep the
//! names the UI knows them by.
#![cfg(feature = "ts")]

use pathfinder_l10n::{LanguageChoice, Sources, Status};
use pathfinder_notices::documents::Kind;
use pathfinder_notices::documents::letters::{Counts, LeftOut};
use pathfinder_notices::patients::{Encoding, Field, ListSummary, MappingEntry, RowProblem, read_patient_list};
use pathfinder_readiness::testing::{state, today};
use pathfinder_readiness::{
    Blocker, Checklist, ChecklistView, OnboardingInput, Readiness, ReadinessLevel, Role, TaskStatus, TaskView, Workload,
};
use pathfinder_store::{Change, Origin, Store, SubmissionRecord, SubmissionState};
use serde::Serialize;
use time::macros::datetime;
use ts_rs::{Config, TS};

fn config() -> Config {
    Config::new().with_large_int("number")
}

/// Every key of `value` (a JSON object) is declared in `declaration`; fields with doc comments start a line.
fn assert_declares_keys_in(declaration: &str, value: &impl Serialize) {
    let declaration = declaration.replace('\n', " ");
    let value = serde_json::to_value(value).unwrap();
    for key in value.as_object().expect("a struct serialises as an object").keys() {
        let declared = [format!(" {key}: "), format!(" {key}?: "), format!("\"{key}\": ")];
        assert!(declared.iter().any(|field| declaration.contains(field)), "{key} in {declaration}");
    }
}

fn assert_declares_keys<T: TS>(value: &impl Serialize) {
    assert_declares_keys_in(&T::decl(&config()), value);
}

/// Every value is one of `T`'s string literals, as serde writes it.
fn assert_declares_literals<T: TS, V: Serialize>(values: impl IntoIterator<Item = V>) {
    let declaration = T::decl(&config());
    for value in values {
        let value = serde_json::to_string(&value).unwrap();
        assert!(declaration.contains(&value), "{value} in {declaration}");
    }
}

#[test]
fn the_languages_and_their_sources() {
    let sources = Sources::for_locale("pl").unwrap();
    assert_declares_keys::<Sources>(&sources);
    assert_declares_keys::<LanguageChoice>(&sources.languages[0]);
    assert_declares_literals::<Status, _>([Status::Complete, Status::Draft]);
    assert_eq!(Sources::name(&config()), "L10nSources");
}

#[test]
fn the_checklist_readiness_workload_and_onboarding_form() {
    let mut practice = state();
    practice.profile.staff_hours.insert(Role::Reception, 0.0);
    let checklist = ChecklistView::new(Checklist::current(), &practice, today());
    assert_declares_keys::<ChecklistView>(&checklist);
    let task = &checklist.sections[0].tasks[1];
    assert!(!task.waiting_for.is_empty());
    assert_declares_keys::<TaskView>(task);

    let readiness = Readiness::assess(Checklist::current(), &practice, today() + time::Duration::weeks(5));
    assert_declares_keys::<Readiness>(&readiness);
    let kinds: Vec<_> = readiness.blockers.iter().map(|b| serde_json::to_value(b).unwrap()).collect();
    assert!(kinds.iter().any(|b| b["kind"] == "overdue") && kinds.iter().any(|b| b["kind"] == "over-capacity"));
    for blocker in &kinds {
        assert_declares_keys::<Blocker>(blocker);
        assert_declares_literals::<Blocker, _>([&blocker["kind"]]);
    }
    assert_declares_keys::<Workload>(&Workload::new(Checklist::current(), &practice, today()));

    // The form flattens the profile's fields into its own.
    let form = OnboardingInput::from_saved(&practice.profile, &practice.window, &practice.planning);
    assert_declares_keys::<OnboardingInput>(&form);
    assert_eq!(OnboardingInput::name(&config()), "OnboardingForm");
}

#[test]
fn the_literal_types_hold_every_value_serde_and_the_views_write() {
    assert_declares_literals::<Role, _>(Role::ALL);
    let levels =
        [ReadinessLevel::NotStarted, ReadinessLevel::InProgress, ReadinessLevel::AtRisk, ReadinessLevel::Ready];
    assert_declares_literals::<ReadinessLevel, _>(levels);
    let statuses = [TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Completed, TaskStatus::NotApplicable];
    assert_declares_literals::<TaskStatus, _>(statuses);
    // Every status in the display status, and "cannot-start-yet"; every effort model the checklist uses.
    let mut values: Vec<serde_json::Value> = statuses.map(|status| serde_json::to_value(status).unwrap()).into();
    values.push("cannot-start-yet".into());
    let views = ChecklistView::new(Checklist::current(), &state(), today());
    for task in views.sections.iter().flat_map(|section| &section.tasks) {
        values.push(task.display_status.into());
        values.push(task.effort_model.into());
    }
    assert_declares_literals::<TaskView, _>(values);
    assert_declares_literals::<Kind, _>(Kind::ALL);
    assert_declares_literals::<Field, _>(Field::ALL);
    assert_declares_literals::<Encoding, _>([Encoding::Utf8, Encoding::Utf8Bom, Encoding::Windows1252]);
    let names = [Kind::name(&config()), Field::name(&config()), Counts::name(&config())];
    assert_eq!(names, ["NoticeKind", "ListField", "LettersCounts"]);
}

#[test]
fn the_submissions_in_every_state_and_the_change_log() {
    let at = datetime!(2026-02-02 09:30 UTC);
    let mut store = Store::open_in_memory().unwrap();
    for (id, origin) in [("s-1", Origin::Manager), ("s-2", Origin::Automatic), ("s-3", Origin::Manager)] {
        store.enqueue_submission(id, "{}", origin, at).unwrap();
    }
    store.mark_sent("s-2", "r-1", "2026-02-02T09:31:00Z", at).unwrap();
    store.mark_refused("s-3", "stale-checklist", "Update the app", at).unwrap();
    store.mark_retry("s-1", at, "offline").unwrap();

    // The record flattens its state: the keys of either may appear, and every state is one of the union's.
    let declared = format!("{} {}", SubmissionRecord::decl(&config()), SubmissionState::decl(&config()));
    let records = store.submissions().unwrap();
    assert_eq!(records.len(), 3);
    for record in &records {
        let value = serde_json::to_value(record).unwrap();
        assert_declares_keys_in(&declared, &value);
        assert!(declared.contains(&value["state"].to_string()), "{} in {declared}", value["state"]);
        assert!(Origin::decl(&config()).contains(&value["origin"].to_string()));
    }
    assert_eq!(Origin::name(&config()), "SubmissionOrigin");
    let history: Vec<Change> = store.history("submission", "s-2").unwrap();
    assert_declares_keys::<Change>(&history[0]);
}

#[test]
fn the_patient_list_and_the_letters_made() {
    let csv = "Surname,Address 1,Postcode,Language\nLovelace,12 High Street,LS1 4AP,Polish\n,1 Low Road,LS2 7AB,\n";
    let list = read_patient_list("patients.csv", csv.as_bytes(), None).unwrap();
    let problem = list.problems.first().expect("the row with no surname");
    assert_eq!(problem.field, Some(Field::Surname));
    assert_declares_keys::<RowProblem>(problem);
    let summary: ListSummary = list.summary(10, 6, time::macros::date!(2026 - 02 - 23));
    assert_declares_keys::<ListSummary>(&summary);
    assert_declares_keys::<MappingEntry>(&summary.mapping[0]);

    let counts = Counts { letters: 1, left_out: vec![LeftOut { lines: vec![3], code: 0x1F600 }], ..Counts::default() };
    assert_declares_keys::<Counts>(&counts);
    assert_declares_keys::<LeftOut>(&counts.left_out[0]);
}
