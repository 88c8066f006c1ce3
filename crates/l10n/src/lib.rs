//! Fluent for every part of Pathfinder: the locales embedded in the binary, the choice of language and the
//! formatting of messages with a message-by-message fallback to the reference locale, en-GB.

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}
mod languages;
mod localizer;
mod negotiate;
mod review;
mod sources;

pub use languages::{Language, LanguagesError, Status, find as find_language, is_draft, languages, parse_languages};
pub use localizer::{FluentArgs, FluentValue, Localizer};
pub use negotiate::{fallback_chain, negotiate, system_locales};
pub use sources::{LanguageChoice, LocaleSources, Sources};

/// The locale every other one falls back to, message by message. It is complete by rule.
pub const REFERENCE_LOCALE: &str = "en-GB";

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum L10nError {
    #[error("no translation is available for the language {0:?}")]
    UnknownLanguage(String),
}

/// The Fluent sources of one locale, file by file in name order, as embedded at build time.
pub fn resources(locale: &str) -> impl Iterator<Item = Resource> {
    embedded::FILES
        .iter()
        .filter(move |(code, _, _)| *code == locale)
        .map(|&(_, file, source)| Resource { file, source })
}

/// One embedded `.ftl` file.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Resource {
    pub file: &'static str,
    pub source: &'static str,
}

/// Every embedded `(locale, file, source)`, for tools that check the translations.
pub fn all_files() -> &'static [(&'static str, &'static str, &'static str)] {
    embedded::FILES
}
