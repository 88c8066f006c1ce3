//! The desktop app's operations, with no Tauri in them: the app's state and settings, the practice's work through
//! the local store, reporting to the hub and the outbox, notices and letter runs, where the hub token is kept, and
//! every command the UI may call, declared once. The desktop shell (`src-tauri`) and the browser tests' server
//! (`tests/web-backend`) each supply a [`Desktop`] and a [`Config`] and answer the UI through [`commands::call`].

#[macro_use]
mod macros;

#[cfg(feature = "ts")]
pub mod bindings;
pub mod clock;
pub mod commands;
mod config;
mod credentials;
mod desktop;
pub mod error;
pub mod log_lines;
pub mod mailout;
mod messages;
mod notices;
mod objections;
mod practice;
mod reporting;
mod settings;
mod state;
mod summary;
pub mod update;

pub use clock::Clock;
pub use commands::{App, Progress, ProgressSink};
pub use config::Config;
pub use credentials::{CredentialError, TokenPlace};
pub use desktop::{Desktop, UpdateError, UpdateView};
pub use error::{CommandError, Explained, Failure, FieldMessage, Message, UserError};
pub use mailout::{FileChoice, FileChoices, LettersFolder, MadeFile, MadeKind};
pub use notices::{
    AcknowledgementsReport, LetterGrouping, LettersProgress, LettersReport, ListView, MadeNotice, MailoutRequest,
    NoticeOptions, PrintError, parse_batch_size, parse_letter_date, parse_max_surnames,
};
pub use objections::ObjectionsPage;
pub use practice::{PracticeError, PracticeView, TaskPage};
pub use reporting::{HubView, Preview, ReportingError, WindowNotice, run_config_pulls, run_outbox};
pub use settings::Settings;
pub use state::{AppState, DATABASE_FILE, OpenError, SetLanguageError};
pub use summary::SubmissionSummary;
