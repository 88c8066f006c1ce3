//! The practice the end-to-end suites set up: one onboarding form, so every suite means the same practice.
// Each suite includes the support it needs and uses part of it.
#![allow(dead_code)]

use std::path::Path;

use pathfinder_app::{AppState, Config};
use serde_json::{Value, json};

/// The onboarding form of Riverside Surgery (B82005, CCG 02V), as the UI sends it.
pub fn practice_form() -> Value {
    json!({
        "odsCode": "B82005", "name": "Riverside Surgery", "ccgCode": "02V", "listSize": "7400",
        "clinicalSystem": "emis-web", "practiceLead": "Sam Patel", "staffCount": "18",
        "staffHours": { "practice-manager": "10", "admin-team": "20" },
        "windowStart": "2026-03-02", "windowWeeks": "6", "firstExtract": "2026-04-27",
    })
}

/// The app's state on a data folder, everything kept there: the token in a file, never in the machine's keychain.
pub fn opened(dir: &Path) -> AppState {
    AppState::open(Config::in_folder(dir), &["en-GB".into()]).unwrap()
}

/// As `opened`, with the practice set up.
pub fn onboarded(dir: &Path) -> AppState {
    let state = opened(dir);
    state.save_practice(&serde_json::from_value(practice_form()).unwrap()).unwrap();
    state
}
