use std::sync::OnceLock;

use serde::Deserialize;

use crate::{L10nError, embedded};

/// Whether a locale has been reviewed, or is a draft a user should be warned about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "LanguageStatus"))]
pub enum Status {
    Complete,
    Draft,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
pub struct Language {
    pub code: String,
    pub status: Status,
    /// Whether the app's own screens are offered in it; a language with `"app": false` is for patient notices
    /// only, and the app's language picker leaves it out.
    #[serde(default = "offered_in_the_app")]
    pub app: bool,
}

fn offered_in_the_app() -> bool {
    true
}

/// The languages the app offers, in the order of `locales/languages.json`.
pub fn languages() -> &'static [Language] {
    static LANGUAGES: OnceLock<Vec<Language>> = OnceLock::new();
    LANGUAGES.get_or_init(|| {
        let list: Vec<Language> =
            serde_json::from_str(embedded::LANGUAGES_JSON).expect("locales/languages.json is checked by the tests");
        list
    })
}

/// The offered language with exactly this code.
pub fn find(code: &str) -> Result<&'static Language, L10nError> {
    languages().iter().find(|language| language.code == code).ok_or_else(|| L10nError::UnknownLanguage(code.to_owned()))
}
