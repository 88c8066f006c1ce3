//! The TypeScript declarations say what serde writes: every key of a real value is a field of its type, and every
//! string the views write is one of the literals declared for it.

use ts_rs::{Config, TS};

use crate::checklist::Checklist;
use crate::testing::{state, today};
use crate::{Blocker, ChecklistView, OnboardingInput, Readiness, ReadinessLevel, Role, TaskStatus, TaskView, Workload};

fn config() -> Config {
    Config::new().with_large_int("number")
}

/// Every key of the JSON object is declared as a field of `T` (or, for a tagged enum, of one of its variants).
fn assert_declares_keys<T: TS>(value: &serde_json::Value) {
    // Fields with doc comments start a line.
    let decl = T::decl(&config()).replace('\n', " ");
    let object = value.as_object().expect("a struct serialises as an object");
    for key in object.keys() {
        let declared = [format!(" {key}: "), format!(" {key}?: "), format!("\"{key}\": ")];
        assert!(declared.iter().any(|field| decl.contains(field)), "{key} in {decl}");
    }
}

/// Every value is one of `T`'s string literals, as serde writes it.
fn assert_declares_literals<T: TS>(values: impl IntoIterator<Item = serde_json::Value>) {
    let decl = T::decl(&config());
    for value in values {
        assert!(decl.contains(&value.to_string()), "{value} in {decl}");
    }
}

#[test]
fn the_declarations_name_the_keys_serde_writes() {
    let mut practice = state();
    practice.profile.staff_hours.insert(Role::Reception, 0.0);
    let checklist = ChecklistView::new(Checklist::current(), &practice, today());
    assert_declares_keys::<ChecklistView>(&serde_json::to_value(&checklist).unwrap());
    let task = &checklist.sections[0].tasks[1];
    assert!(!task.waiting_for.is_empty());
    assert_declares_keys::<TaskView>(&serde_json::to_value(task).unwrap());

    let readiness = Readiness::assess(Checklist::current(), &practice, today() + time::Duration::weeks(5));
    assert_declares_keys::<Readiness>(&serde_json::to_value(&readiness).unwrap());
    let kinds: Vec<_> = readiness.blockers.iter().map(|b| serde_json::to_value(b).unwrap()).collect();
    assert!(kinds.iter().any(|b| b["kind"] == "overdue") && kinds.iter().any(|b| b["kind"] == "over-capacity"));
    for blocker in &kinds {
        assert_declares_keys::<Blocker>(blocker);
        assert_declares_literals::<Blocker>([blocker["kind"].clone()]);
    }
    let workload = Workload::new(Checklist::current(), &practice, today());
    assert_declares_keys::<Workload>(&serde_json::to_value(&workload).unwrap());

    // The form flattens the profile's fields into its own.
    let form = OnboardingInput::from_saved(&practice.profile, &practice.window, &practice.planning);
    assert_declares_keys::<OnboardingInput>(&serde_json::to_value(&form).unwrap());
    assert_eq!(OnboardingInput::name(&config()), "OnboardingForm");
}

#[test]
fn the_literal_types_hold_every_value_serde_and_the_views_write() {
    assert_declares_literals::<Role>(Role::ALL.map(|role| serde_json::to_value(role).unwrap()));
    let levels =
        [ReadinessLevel::NotStarted, ReadinessLevel::InProgress, ReadinessLevel::AtRisk, ReadinessLevel::Ready];
    assert_declares_literals::<ReadinessLevel>(levels.map(|level| serde_json::to_value(level).unwrap()));
    let statuses = [TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Completed, TaskStatus::NotApplicable];
    assert_declares_literals::<TaskStatus>(statuses.map(|status| serde_json::to_value(status).unwrap()));
    // Every status in the display status, and "cannot-start-yet"; every effort model the checklist uses.
    let mut values: Vec<serde_json::Value> = statuses.map(|status| serde_json::to_value(status).unwrap()).into();
    values.push("cannot-start-yet".into());
    let views = ChecklistView::new(Checklist::current(), &state(), today());
    for task in views.sections.iter().flat_map(|section| &section.tasks) {
        values.push(task.display_status.into());
        values.push(task.effort_model.into());
    }
    assert_declares_literals::<TaskView>(values);
}
