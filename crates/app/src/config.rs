//! How this installation runs. The program (the desktop shell, a test server) reads it once at start, from the
//! operating system and the environment, and passes it down: nothing in the crates reads the environment.

use std::path::PathBuf;

use pathfinder_notices::documents::FontSource;

use crate::Clock;

#[derive(Debug, Clone)]
pub struct Config {
    /// Where the app keeps its database, its settings and, without a keychain, the hub token.
    pub data_dir: PathBuf,
    /// Where notices and backups are saved for the manager to find.
    pub documents_dir: PathBuf,
    /// Where patients' letters are saved unless the manager chooses another folder: the app's own folder on this
    /// computer (the OS's local app-data folder, which no cloud drive syncs), never Documents.
    pub letters_dir: PathBuf,
    /// Test hook: the answers the file dialogs give, in turn, instead of showing them (the tests and the browser
    /// tests' server, which cannot drive a native dialog); `None` in the app.
    pub file_choices: Option<crate::mailout::FileChoices>,
    /// The hub the IT team set for this installation: offered at enrolment, asked for updates before enrolment.
    pub suggested_hub_url: Option<String>,
    /// Keep the hub token in the OS keychain when one answers; off on machines whose keychain asks a person to
    /// unlock it, and in every test.
    pub keychain: bool,
    /// The print command on Linux and macOS (CUPS `lp`), given the file after `--`.
    pub print_command: String,
    /// Font folders looked in before the system's.
    pub fonts: FontSource,
    /// Print a mark on standard output when the first page is painted (the start-up benchmark times it).
    pub paint_mark: bool,
    /// Where "today" comes from: the computer's clock in the OS's time zone, which the program looks up.
    pub clock: Clock,
}

impl Config {
    /// Everything in one folder, no keychain, the system's fonts and printer, today's date in UTC: what tests and
    /// test servers use (a server that a browser talks to sets `clock` to the OS's zone, as the desktop does).
    pub fn in_folder(data_dir: impl Into<PathBuf>) -> Self {
        let data_dir = data_dir.into();
        Self {
            documents_dir: data_dir.clone(),
            letters_dir: data_dir.join("letters"),
            file_choices: None,
            data_dir,
            suggested_hub_url: None,
            keychain: false,
            print_command: "lp".to_owned(),
            fonts: FontSource::default(),
            paint_mark: false,
            clock: Clock::utc(),
        }
    }
}
