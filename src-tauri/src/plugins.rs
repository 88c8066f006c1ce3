//! What the installed app has that the tests' mock apps do not: one copy at a time (tauri-plugin-single-instance), a
//! log file for support (tauri-plugin-log's rotating file in the OS log folder), and the window's size and place
//! remembered (tauri-plugin-window-state). All three work from Rust: the UI is granted none of their commands, and
//! the log plugin's command for the webview is not even registered (the page writes nothing to the log).

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use pathfinder_app::log_lines;
use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Builder, Manager, Runtime, Window, WindowEvent};
use tauri_plugin_log::{RotationStrategy, Target, TargetKind};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

/// The log file's name in the OS log folder (`pathfinder.log`; rotated ones get the date).
pub const LOG_FILE: &str = "pathfinder";
/// A log file is rotated at this size, and two rotated ones are kept: at most about 6 MB in all.
const LOG_FILE_SIZE: u128 = 2 * 1024 * 1024;
const LOGS_KEPT: usize = 2;

/// What is remembered of the window. Not whether it is visible (the app shows its window from the start and never
/// hides it), nor its decorations or full screen (the app sets neither).
pub const WINDOW_STATE: StateFlags = StateFlags::SIZE.union(StateFlags::POSITION).union(StateFlags::MAXIMIZED);
/// The window's state is written this long after it was last moved or resized (the plugin itself writes it only
/// on a clean exit, which a power cut or a killed process never reaches).
const WINDOW_SETTLES: Duration = Duration::from_millis(500);

/// Adds the desktop's own plugins to the builder. The single-instance plugin comes first, as its documentation asks:
/// a second launch hands over to the first and exits before any other plugin, the store or the outbox starts.
pub fn with_desktop_plugins<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(tauri_plugin_single_instance::init(|app, _arguments, _folder| bring_forward(app)))
        .plugin(logging())
        .plugin(tauri_plugin_window_state::Builder::new().with_state_flags(WINDOW_STATE).build())
        .on_window_event(remember_window)
}

/// Set on a launch started again because the copy it handed over to was closing, so it is started again only once.
const STARTED_AGAIN_ENV: &str = "PATHFINDER_STARTED_AGAIN";

/// A launch that found a copy running and handed over to it, only for that copy to close before it answered (the
/// person closed the window and opened the app at once): the plugin gives up with an error. Rather than fail, the
/// launch starts again a moment later (the same process on Unix), when the closing copy has gone; once only.
pub fn start_again_if_the_other_copy_was_closing(error: &tauri::Error) {
    let handing_over = error.to_string().contains("failed to forward arguments to the running instance");
    if !handing_over || std::env::var_os(STARTED_AGAIN_ENV).is_some() {
        return;
    }
    std::thread::sleep(Duration::from_secs(1));
    let Ok(program) = std::env::current_exe() else { return };
    let mut command = std::process::Command::new(program);
    command.args(std::env::args_os().skip(1)).env(STARTED_AGAIN_ENV, "1");
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt as _;
        let failed = command.exec();
        eprintln!("pathfinder: could not start again: {failed}");
    }
    #[cfg(not(unix))]
    if command.spawn().is_ok() {
        std::process::exit(0);
    }
}

/// Another launch of the app: it has exited, and this window comes to the front.
fn bring_forward<R: Runtime>(app: &AppHandle<R>) {
    log::info!("{}", log_lines::second_launch());
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// The log: the app's own lines at Info and up, other crates' warnings and errors, into a rotating file in the OS log
/// folder (on Linux `~/.local/share/<identifier>/logs`, on Windows `%LOCALAPPDATA%\<identifier>\logs`, on macOS
/// `~/Library/Logs/<identifier>`); in a debug build on standard output too. A folder that cannot be written costs
/// the log, never the app: the error goes to standard error and the app starts without a log.
fn logging<R: Runtime>() -> TauriPlugin<R> {
    tauri::plugin::Builder::new("pathfinder-log")
        .setup(|app, _| {
            let mut targets = vec![Target::new(TargetKind::LogDir { file_name: Some(LOG_FILE.to_owned()) })];
            if cfg!(debug_assertions) {
                targets.push(Target::new(TargetKind::Stdout));
            }
            let builder = tauri_plugin_log::Builder::new()
                .clear_targets()
                .targets(targets)
                .level(log::LevelFilter::Warn)
                .level_for("pathfinder", log::LevelFilter::Info)
                .level_for("pathfinder_app", log::LevelFilter::Info)
                .max_file_size(LOG_FILE_SIZE)
                .rotation_strategy(RotationStrategy::KeepSome(LOGS_KEPT));
            // Only the logger is wanted: the plugin it comes with would give the page a command to write lines.
            match builder.split(app) {
                Ok((_, level, logger)) => {
                    if let Err(error) = tauri_plugin_log::attach_logger(level, logger) {
                        eprintln!("pathfinder: no log: {error}");
                    }
                }
                Err(error) => eprintln!("pathfinder: no log: {error}"),
            }
            log::info!("{}", log_lines::started(&app.package_info().version.to_string()));
            Ok(())
        })
        .build()
}

/// The last change to a window's size or place, so only the last of a drag's many events writes the state.
static WINDOW_CHANGES: AtomicU64 = AtomicU64::new(0);

/// Writes the window's state once it has settled after a move or a resize.
fn remember_window<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    if !matches!(event, WindowEvent::Moved(_) | WindowEvent::Resized(_)) {
        return;
    }
    let change = WINDOW_CHANGES.fetch_add(1, Ordering::SeqCst) + 1;
    let app = window.app_handle().clone();
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(WINDOW_SETTLES).await;
        if WINDOW_CHANGES.load(Ordering::SeqCst) != change {
            return;
        }
        // On the main thread, as the plugin's own save on exit is: the window's getters it calls answer there at
        // once, and its lock is never held while waiting for the main thread.
        let handle = app.clone();
        let _ = app.run_on_main_thread(move || {
            if let Err(error) = handle.save_window_state(WINDOW_STATE) {
                log::warn!("window: its size and place were not saved: {error}");
            }
        });
    });
}
