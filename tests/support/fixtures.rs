//! The practice the end-to-end suites set up: one onboarding form, so every suite means the same practice.
// Each suite includes the support it needs and uses part of it.
#![allow(dead_code)]

use std::path::Path;

use pathfinder_app::{AppState, Config};
use pathfinder_readiness::OnboardingInput;
use serde_json::Value;

/// The onboarding form of the practice every crate's tests share (Riverside Surgery, B82005, CCG 02V:
/// `pathfinder_readiness::testing::state()`), as the UI sends it.
pub fn practice_form() -> Value {
    let practice = pathfinder_readiness::testing::state();
    serde_json::to_value(OnboardingInput::from_saved(&practice.profile, &practice.window, &practice.planning)).unwrap()
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
