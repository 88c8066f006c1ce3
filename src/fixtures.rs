//! The practice the end-to-end suites set up: one onboarding form, so every suite means the same practice.

use std::path::Path;

use pathfinder_app::{AppState, Credentials};
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

/// The app's state on a data folder with the practice set up; the token is kept in a file there, never in the
/// machine's keychain.
pub fn onboarded(dir: &Path) -> AppState {
    let state = AppState::open_with(dir.to_owned(), &["en-GB".into()], Credentials::file_only(dir)).unwrap();
    state.save_practice(&serde_json::from_value(practice_form()).unwrap()).unwrap();
    state
}
