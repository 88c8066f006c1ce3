//! The installation's configuration, read once at start from the operating system's folders and the environment
//! the IT team set, and passed down to the app's operations. The settings for IT are in the README; the tests'
//! hooks (another data folder, another print command) are honoured by debug builds only, so that nothing in a user's
//! environment can point an installed app's data or its printing elsewhere.

use std::path::PathBuf;

use pathfinder_app::Config;
use pathfinder_app::clock::{Clock, TimeZone};
use pathfinder_notices::documents::FontSource;
use pathfinder_notices::text::fonts::user_font_folders;
use tauri::{AppHandle, Manager, Runtime};

/// Test hook (debug builds only): overrides the folder where the app keeps its data; the tests give each run a
/// folder of its own.
pub const DATA_DIR_ENV: &str = "PATHFINDER_DATA_DIR";
/// The hub address an installation suggests for enrolment and asks for updates before enrolment.
pub const HUB_URL_ENV: &str = "PATHFINDER_HUB_URL";
/// `off` keeps the hub token out of the OS keychain, for machines whose keychain asks a person to unlock it.
pub const KEYCHAIN_ENV: &str = "PATHFINDER_KEYCHAIN";
/// Test hook (debug builds only): the print command in place of CUPS `lp`; the print test names its own.
pub const PRINT_COMMAND_ENV: &str = "PATHFINDER_LP";
/// Test hook (debug builds only): the paths the app's Open and Save dialogs answer with, in turn (separated as PATH
/// is), for the window tests, which cannot click in a native dialog.
pub const FILE_CHOICES_ENV: &str = "PATHFINDER_FILE_CHOICES";
/// A font folder looked in before the system's.
pub const FONT_DIR_ENV: &str = "PATHFINDER_FONT_DIR";
/// Set by the start-up benchmark to have the first painted page marked on standard output.
pub const PAINT_MARK_ENV: &str = "PATHFINDER_PAINT_MARK";

fn variable(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|value| !value.trim().is_empty())
}

fn folder(name: &str) -> Option<PathBuf> {
    std::env::var_os(name).filter(|value| !value.is_empty()).map(PathBuf::from)
}

/// A test hook's value: none in a release build, whatever the environment says.
fn test_hook<T>(read: impl FnOnce() -> Option<T>) -> Option<T> {
    if cfg!(debug_assertions) { read() } else { None }
}

pub fn from_environment<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Config> {
    let data_dir = match test_hook(|| folder(DATA_DIR_ENV)) {
        Some(dir) => dir,
        None => app.path().app_data_dir()?,
    };
    let bundled = app.path().resource_dir().ok().map(|dir| dir.join("fonts"));
    let user_fonts = user_font_folders(folder("HOME").as_deref(), folder("LOCALAPPDATA").as_deref());
    // Letters go to the app's own folder on this computer: the local app-data folder (on Windows %LOCALAPPDATA%, not
    // the roaming profile or Documents, which OneDrive may sync), unless the manager chooses another.
    let letters_dir = match test_hook(|| folder(DATA_DIR_ENV)) {
        Some(dir) => dir.join("letters"),
        None => app.path().app_local_data_dir()?.join("letters"),
    };
    Ok(Config {
        letters_dir,
        file_choices: test_hook(|| std::env::var_os(FILE_CHOICES_ENV)).map(|paths| {
            let choices = pathfinder_app::FileChoices::default();
            for path in std::env::split_paths(&paths) {
                choices.push(Some(path));
            }
            choices
        }),
        documents_dir: app.path().document_dir().unwrap_or_else(|_| data_dir.clone()),
        data_dir,
        suggested_hub_url: variable(HUB_URL_ENV),
        keychain: variable(KEYCHAIN_ENV).as_deref() != Some("off"),
        print_command: test_hook(|| variable(PRINT_COMMAND_ENV)).unwrap_or_else(|| "lp".to_owned()),
        fonts: FontSource { first: bundled.into_iter().chain(folder(FONT_DIR_ENV)).collect(), last: user_fonts },
        paint_mark: std::env::var_os(PAINT_MARK_ENV).is_some(),
        // Today in the OS's time zone (`TZ`, `/etc/localtime`, or Windows' setting; jiff rereads it every 5 min).
        clock: Clock::system(TimeZone::system),
    })
}
