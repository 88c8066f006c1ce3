//! The desktop shell: thin Tauri commands over the crates in `crates/`, the app's state and its settings file.

mod commands;
mod credentials;
mod dispatch;
mod error;
mod files;
mod notices;
mod practice;
mod reporting;
mod settings;
mod state;
mod updates;

use std::path::PathBuf;

use tauri::{Manager, Runtime};

pub use credentials::{Credentials, TokenPlace};
pub use dispatch::dispatch;
pub use error::{CommandError, FieldMessage};
pub use notices::{LettersReport, PrintError};
pub use practice::{PracticeError, PracticeView, TaskPage};
pub use reporting::{HubView, Preview, ReportingError, WindowNotice, run_config_pulls, run_outbox};
pub use settings::Settings;
pub use state::AppState;
pub use updates::{UpdateView, Updates, update_endpoint};

/// Overrides the folder where the app keeps its data; the tests give each run a folder of its own.
pub const DATA_DIR_ENV: &str = "PATHFINDER_DATA_DIR";

/// Adds the app's commands and state to a builder on any runtime (the tests pass tauri's mock builder).
/// `data_dir` is where settings live; `None` means the OS app-data folder.
pub fn with_app<R: Runtime>(builder: tauri::Builder<R>, data_dir: Option<PathBuf>) -> tauri::Builder<R> {
    builder
        .invoke_handler(tauri::generate_handler![
            commands::l10n_sources,
            commands::set_language,
            commands::practice_get,
            commands::practice_save,
            commands::checklist_get,
            commands::task_get,
            commands::task_save,
            commands::workload_get,
            commands::readiness_get,
            commands::objections_get,
            commands::objections_save,
            commands::backup_export,
            commands::backup_import,
            commands::hub_get,
            commands::hub_enrol,
            commands::hub_unenrol,
            commands::hub_set_auto_submit,
            commands::hub_pull_config,
            commands::submission_preview,
            commands::submission_send,
            commands::outbox_retry_now,
            commands::notices_options,
            commands::notices_make,
            commands::notices_list_read,
            commands::notices_list_map,
            commands::notices_list_forget,
            commands::notices_letters,
            commands::notices_cancel,
            commands::notices_open,
            commands::notices_print,
            commands::update_check,
            commands::update_install,
            commands::app_painted,
        ])
        // Only the app's own commands use it (on files the app wrote); the UI is granted none of its permissions.
        .plugin(tauri_plugin_opener::init())
        // The app's own commands drive it; the UI is granted none of its permissions either.
        .plugin(tauri_plugin_updater::Builder::new().build())
        .manage(Updates::default())
        .setup(move |app| {
            let data_dir = match data_dir.clone() {
                Some(dir) => dir,
                None => app.path().app_data_dir()?,
            };
            let state = AppState::open(data_dir, &pathfinder_l10n::system_locales())?;
            if let Some(window) = app.get_webview_window("main") {
                window.set_title(&state.localizer().format("app-window-title", None))?;
            }
            tauri::async_runtime::spawn(run_outbox(state.clone()));
            tauri::async_runtime::spawn(run_config_pulls(state.clone()));
            app.manage(state);
            Ok(())
        })
}

pub fn run() {
    let data_dir = std::env::var_os(DATA_DIR_ENV).map(PathBuf::from);
    with_app(tauri::Builder::default(), data_dir).run(tauri::generate_context!()).expect("Pathfinder failed to start");
}
