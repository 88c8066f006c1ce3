use pathfinder_l10n::{FluentArgs, L10nError, Localizer};
use serde::Serialize;

use crate::state::SetLanguageError;

/// An error as the UI receives it: a stable code for the program and a translated message for the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommandError {
    pub code: &'static str,
    pub message: String,
}

impl CommandError {
    pub fn from_set_language(error: &SetLanguageError, localizer: &Localizer) -> Self {
        match error {
            SetLanguageError::Unknown(L10nError::UnknownLanguage(code)) => {
                let mut args = FluentArgs::new();
                args.set("language", code.as_str());
                Self {
                    code: "unknown-language",
                    message: localizer.format("error-unknown-language", Some(&args)),
                }
            }
            SetLanguageError::Unsaved(_) => Self {
                code: "settings-unsaved",
                message: localizer.format("error-settings-unsaved", None),
            },
        }
    }
}
