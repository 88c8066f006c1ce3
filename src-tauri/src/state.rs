use std::path::PathBuf;
use std::sync::Mutex;

use pathfinder_l10n::{L10nError, Localizer, Sources, negotiate};

use crate::settings::{Settings, SettingsError};

/// What the commands share: where the app keeps its files and the language the UI is in.
pub struct AppState {
    data_dir: PathBuf,
    locale: Mutex<&'static str>,
}

impl AppState {
    /// The state for a data folder: the saved language if it is still offered, else the best match for the
    /// system's languages. An unreadable settings file is treated as no choice made, so the app still starts.
    pub fn open(data_dir: PathBuf, system_locales: &[String]) -> Self {
        let saved = Settings::load(&data_dir)
            .ok()
            .and_then(|settings| settings.language);
        let locale = match saved.as_deref().map(|code| Localizer::new(code, false)) {
            Some(Ok(localizer)) => localizer.locale(),
            _ => negotiate(system_locales),
        };
        Self {
            data_dir,
            locale: Mutex::new(locale),
        }
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

    /// Switches the UI language and saves the choice; on any error nothing changes.
    pub fn set_language(&self, code: &str) -> Result<Sources, SetLanguageError> {
        let sources = Sources::for_locale(code)?;
        let mut locale = self.locale.lock().expect("locale lock");
        let mut settings = Settings::load(&self.data_dir).unwrap_or_default();
        settings.language = Some(sources.locale.to_owned());
        settings.save(&self.data_dir)?;
        *locale = sources.locale;
        Ok(sources)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SetLanguageError {
    #[error(transparent)]
    Unknown(#[from] L10nError),
    #[error(transparent)]
    Unsaved(#[from] SettingsError),
}
