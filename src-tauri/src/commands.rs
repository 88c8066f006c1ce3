//! The commands the UI may invoke. Each parses its input, calls one function and maps the error.

use pathfinder_l10n::Sources;
use tauri::State;

use crate::{AppState, CommandError};

/// The Fluent sources for the current language, its fallbacks, and the languages on offer.
#[tauri::command]
pub fn l10n_sources(state: State<'_, AppState>) -> Sources {
    state.sources()
}

/// Switches the UI language at once and remembers it across restarts.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, code: String) -> Result<Sources, CommandError> {
    state
        .set_language(&code)
        .map_err(|error| CommandError::from_set_language(&error, &state.localizer()))
}
