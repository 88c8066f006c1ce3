//! The desktop shell: the Tauri builder, its plugins, the one invoke handler that runs the app's commands
//! (`pathfinder_app::commands`), the configuration read at start, and the desktop's own abilities (opening files,
//! updates). The app's logic lives in crates/app.

mod config;
mod desktop;
mod plugins;

use std::sync::Arc;

use pathfinder_app::{
    App, AppState, CommandError, Config, Explained, ProgressSink, commands, run_config_pulls, run_outbox,
};
use pathfinder_l10n::Localizer;
use serde_json::Value;
use tauri::ipc::{Channel, Invoke, InvokeBody, InvokeError, InvokeMessage, JavaScriptChannelId};
use tauri::{Manager, Runtime};

pub use config::{DATA_DIR_ENV, FILE_CHOICES_ENV, HUB_URL_ENV, KEYCHAIN_ENV};
use desktop::TauriDesktop;
pub use plugins::{LOG_FILE, WINDOW_STATE};

type Shell<R> = Arc<App<TauriDesktop<R>>>;

/// Adds the app's commands, plugins and state to a builder on any runtime (the tests pass tauri's mock builder).
/// `config` is the installation's configuration; `None` reads it from the operating system and the environment.
pub fn with_app<R: Runtime>(builder: tauri::Builder<R>, config: Option<Config>) -> tauri::Builder<R> {
    builder
        .invoke_handler(invoke)
        // Only the app's own commands use it (on files the app wrote); the UI is granted none of its permissions.
        .plugin(tauri_plugin_opener::init())
        // The system's Open and folder dialogs, shown by the app's own commands; the UI is granted none of its
        // permissions.
        .plugin(tauri_plugin_dialog::init())
        // The app's own commands drive it; the UI is granted none of its permissions either.
        .plugin(tauri_plugin_updater::Builder::new().build())
        .setup(move |app| {
            let config = match config {
                Some(config) => config,
                None => config::from_environment(app.handle())?,
            };
            let state = AppState::open(config, &pathfinder_l10n::system_locales())?;
            // What a crash left of a mail-out's files is removed; the letters still on disk are listed on the
            // notices page, with the offer to delete them.
            let on_disk = state.tidy_letters();
            log::info!("{}", pathfinder_app::log_lines::letters_on_disk(on_disk.len()));
            if let Some(window) = app.get_webview_window("main") {
                window.set_title(&state.localizer().format("app-window-title", None))?;
            }
            tauri::async_runtime::spawn(run_outbox(state.clone()));
            tauri::async_runtime::spawn(run_config_pulls(state.clone()));
            let shell: Shell<R> = Arc::new(App { state, desktop: TauriDesktop::new(app.handle().clone()) });
            app.manage(shell);
            Ok(())
        })
}

/// Every command the capability lets through comes here: its JSON arguments, and a channel for its progress when
/// the page sent one as `onProgress`.
fn invoke<R: Runtime>(invoke: Invoke<R>) -> bool {
    let webview = invoke.message.webview();
    let Some(shell) = webview.try_state::<Shell<R>>().map(|shell| Arc::clone(&shell)) else {
        invoke.resolver.reject(starting());
        return true;
    };
    // The message moves into the answer's task, so its arguments (a patient list's bytes among them) are read in
    // place, never copied whole.
    let message = invoke.message;
    let progress = arguments(&message)
        .get("onProgress")
        .and_then(|id| serde_json::from_value::<JavaScriptChannelId>(id.clone()).ok())
        .map(|id| {
            let channel: Channel<Value> = id.channel_on(webview);
            Arc::new(move |report| {
                let _ = channel.send(report);
            }) as ProgressSink
        });
    invoke.resolver.respond_async(async move {
        commands::call(&shell, message.command(), arguments(&message), progress).await.map_err(InvokeError::from)
    });
    true
}

fn arguments<R: Runtime>(message: &InvokeMessage<R>) -> &Value {
    match message.payload() {
        InvokeBody::Json(args) => args,
        InvokeBody::Raw(_) => &Value::Null,
    }
}

/// The answer to a command that comes before the app's state is open: in the system's language, as the state has
/// not yet read the one the manager chose.
fn starting() -> CommandError {
    let locale = pathfinder_l10n::negotiate(&pathfinder_l10n::system_locales());
    let localizer = Localizer::new(locale, false).expect("a negotiated language is an offered one");
    CommandError::new(&Explained::new("starting", "error-starting"), &localizer)
}

/// The installed app: the desktop's own plugins (one copy at a time, the log file, the window remembered), then the
/// app's.
pub fn run() {
    with_app(plugins::with_desktop_plugins(tauri::Builder::default()), None)
        .run(tauri::generate_context!())
        .unwrap_or_else(|error| {
            plugins::start_again_if_the_other_copy_was_closing(&error);
            log::error!("start: Pathfinder failed to start: {error}");
            panic!("Pathfinder failed to start: {error}")
        });
}
