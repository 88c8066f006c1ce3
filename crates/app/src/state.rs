use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use pathfinder_l10n::{L10nError, Localizer, Sources, negotiate};
use pathfinder_store::{Store, StoreError};

use crate::config::Config;
use crate::credentials::Credentials;
use crate::error::{Explained, UserError};
use crate::reporting::Reporting;
use crate::settings::{Settings, SettingsError};

/// The file of the local database inside the app's data folder.
pub const DATABASE_FILE: &str = "pathfinder.sqlite3";

/// What the commands share: where the app keeps its files, the language the UI is in, the local store, and
/// the reporting to the hub. Clones share all of it: the outbox task holds one.
#[derive(Clone)]
pub struct AppState {
    config: Arc<Config>,
    locale: Arc<Mutex<&'static str>>,
    store: Arc<Mutex<Store>>,
    pub(crate) reporting: Arc<Reporting>,
    /// The patient list chosen for letters: in memory only, never written anywhere.
    pub(crate) held_list: Arc<Mutex<Option<crate::notices::HeldList>>>,
    /// Set to stop a letters run.
    pub(crate) cancel: Arc<std::sync::atomic::AtomicBool>,
    /// The PDFs written in this session, the only files the UI may open or print.
    pub(crate) written: Arc<Mutex<std::collections::HashSet<String>>>,
}

impl AppState {
    /// The state for a data folder: the saved language if it is still offered, else the best match for the
    /// system's languages. An unreadable settings file is treated as no choice made, so the app still starts.
    pub fn open(config: Config, system_locales: &[String]) -> Result<Self, OpenError> {
        let credentials = Credentials::for_config(&config);
        let data_dir = &config.data_dir;
        let settings = Settings::load(data_dir).unwrap_or_default();
        let locale = match settings.language.as_deref().map(|code| Localizer::new(code, false)) {
            Some(Ok(localizer)) => localizer.locale(),
            _ => negotiate(system_locales),
        };
        std::fs::create_dir_all(data_dir).map_err(|source| OpenError::Folder { path: data_dir.clone(), source })?;
        let store = Store::open(&data_dir.join(DATABASE_FILE))?;
        let reporting = Reporting::new(credentials, &settings);
        Ok(Self {
            config: Arc::new(config),
            locale: Arc::new(Mutex::new(locale)),
            store: Arc::new(Mutex::new(store)),
            reporting: Arc::new(reporting),
            held_list: Arc::default(),
            cancel: Arc::default(),
            written: Arc::default(),
        })
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn data_dir(&self) -> &Path {
        &self.config.data_dir
    }

    pub fn locale(&self) -> &'static str {
        *self.locale.lock().expect("locale lock")
    }

    pub fn localizer(&self) -> Localizer {
        Localizer::new(self.locale(), false).expect("the current locale is an offered one")
    }

    pub fn sources(&self) -> Sources {
        Sources::for_locale(self.locale()).expect("the current locale is an offered one")
    }

    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().expect("store lock")
    }

    /// Switches the UI language and saves the choice; on any error nothing changes.
    pub fn set_language(&self, code: &str) -> Result<Sources, SetLanguageError> {
        let sources = Sources::for_locale(code)?;
        let mut locale = self.locale.lock().expect("locale lock");
        let mut settings = Settings::load(self.data_dir()).unwrap_or_default();
        settings.language = Some(sources.locale.to_owned());
        settings.save(self.data_dir())?;
        *locale = sources.locale;
        Ok(sources)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("cannot create the app's data folder {path}: {source}")]
    Folder { path: PathBuf, source: std::io::Error },
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[derive(Debug, thiserror::Error)]
pub enum SetLanguageError {
    #[error(transparent)]
    Unknown(#[from] L10nError),
    #[error(transparent)]
    Unsaved(#[from] SettingsError),
}

impl UserError for SetLanguageError {
    fn explain(&self) -> Explained {
        match self {
            SetLanguageError::Unknown(L10nError::UnknownLanguage(code)) => {
                Explained::new("unknown-language", "error-unknown-language").with("language", code.as_str())
            }
            SetLanguageError::Unsaved(_) => Explained::new("settings-unsaved", "error-settings-unsaved"),
        }
    }
}
