use std::sync::OnceLock;

use serde::Deserialize;

use crate::{L10nError, REFERENCE_LOCALE, embedded, review};

/// Where a locale stands: the reference (en-GB, complete by rule), a translation someone has reviewed, or a draft
/// nobody has checked, which a user is warned about and which the notices print with the English text beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "LanguageStatus"))]
pub enum Status {
    Complete,
    Draft,
    Reviewed,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Language {
    pub code: String,
    pub status: Status,
    /// Who reviewed the translation; only for a reviewed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_by: Option<String>,
    /// When, as an ISO date (2026-03-02); only for a reviewed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_on: Option<String>,
    /// Other tags that name the same locale (`pa-Guru` for `pa`, the Gurmukhi script).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Whether the app's own screens are offered in it; a language with `"app": false` is for patient notices
    /// only, and the app's language picker leaves it out.
    #[serde(default = "offered_in_the_app")]
    pub app: bool,
}

impl Language {
    /// A translation nobody has reviewed yet: anything not marked complete (the reference) or reviewed.
    pub fn is_draft(&self) -> bool {
        !matches!(self.status, Status::Complete | Status::Reviewed)
    }
}

/// Whether text in the language `code` (or one of its aliases) is a draft translation, the one answer every part of
/// Pathfinder asks: true unless `locales/languages.json` marks it complete (the reference) or reviewed, so a code it
/// does not list at all counts as a draft too. A draft reaches a patient only with the English beside it.
pub fn is_draft(code: &str) -> bool {
    find(code).ok().is_none_or(Language::is_draft)
}

fn offered_in_the_app() -> bool {
    true
}

/// `locales/languages.json` is refused: the message names the entry and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("locales/languages.json: {0}")]
pub struct LanguagesError(pub String);

/// Reads a list of languages as `locales/languages.json` holds it, checking each entry's review record (see
/// `review.rs`: a reviewed entry names its reviewer and date, a draft neither) and its code.
pub fn parse_languages(json: &str) -> Result<Vec<Language>, LanguagesError> {
    review::check(json, REFERENCE_LOCALE).map_err(LanguagesError)?;
    let list: Vec<Language> = serde_json::from_str(json).map_err(|e| LanguagesError(e.to_string()))?;
    for language in &list {
        for code in std::iter::once(&language.code).chain(&language.aliases) {
            if code.parse::<unic_langid::LanguageIdentifier>().map(|id| id.to_string()).as_ref() != Ok(code) {
                return Err(LanguagesError(format!("{code}: not a language tag in its usual form")));
            }
        }
    }
    Ok(list)
}

/// The languages the app offers, in the order of `locales/languages.json`.
pub fn languages() -> &'static [Language] {
    static LANGUAGES: OnceLock<Vec<Language>> = OnceLock::new();
    LANGUAGES.get_or_init(|| parse_languages(embedded::LANGUAGES_JSON).unwrap_or_else(|error| panic!("{error}")))
}

/// The offered language with this code, or with this code among its aliases.
pub fn find(code: &str) -> Result<&'static Language, L10nError> {
    languages()
        .iter()
        .find(|language| language.code == code || language.aliases.iter().any(|alias| alias == code))
        .ok_or_else(|| L10nError::UnknownLanguage(code.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(entry: &str) -> String {
        format!(r#"[{{ "code": "en-GB", "status": "complete" }}, {entry}]"#)
    }

    #[test]
    fn every_notice_language_is_a_draft_until_someone_reviews_it() {
        let list = languages();
        assert_eq!(list[0].code, REFERENCE_LOCALE);
        assert_eq!(list[0].status, Status::Complete);
        for language in &list[1..] {
            assert!(
                language.is_draft(),
                "{} is marked reviewed: only a person who checked it may do that",
                language.code
            );
            assert_eq!((&language.reviewed_by, &language.reviewed_on), (&None, &None), "{}", language.code);
        }
        assert_eq!(find("pa-Guru").unwrap().code, "pa", "Gurmukhi Punjabi is pa");
        assert!(!is_draft(REFERENCE_LOCALE));
        assert!(is_draft("pl") && is_draft("pa-Guru") && is_draft("pa-Arab"), "drafts, aliases too");
        assert!(is_draft("tlh") && is_draft(""), "a code nobody marked complete or reviewed is not final");
        assert!(!find("pa-Arab").unwrap().app, "Shahmukhi Punjabi is for the notices only");
        assert_eq!(crate::negotiate(&["pa-Arab-PK", "pa-IN"]), REFERENCE_LOCALE, "never the app's screens");
    }

    #[test]
    fn a_reviewed_translation_names_who_reviewed_it_and_when() {
        let reviewed = parse_languages(&with(
            r#"{ "code": "pl", "status": "reviewed", "reviewedBy": "A. Kowalska, NHS interpreting service", "reviewedOn": "2026-02-20" }"#,
        ))
        .unwrap();
        assert_eq!(reviewed[1].status, Status::Reviewed);
        assert!(!reviewed[1].is_draft());
        assert_eq!(reviewed[1].reviewed_on.as_deref(), Some("2026-02-20"));

        for (entry, says) in [
            (r#"{ "code": "pl", "status": "reviewed", "reviewedOn": "2026-02-20" }"#, "does not say who reviewed it"),
            (r#"{ "code": "pl", "status": "reviewed", "reviewedBy": " ", "reviewedOn": "2026-02-20" }"#, "who"),
            (r#"{ "code": "pl", "status": "reviewed", "reviewedBy": "A. Kowalska" }"#, "does not say when"),
            (
                r#"{ "code": "pl", "status": "reviewed", "reviewedBy": "A. K", "reviewedOn": "20/02/2026" }"#,
                "not a date",
            ),
            (
                r#"{ "code": "pl", "status": "reviewed", "reviewedBy": "A. K", "reviewedOn": "2026-02-30" }"#,
                "not a date",
            ),
            (r#"{ "code": "pl", "status": "draft", "reviewedBy": "A. Kowalska" }"#, "a draft has no reviewedBy"),
            (r#"{ "code": "pl", "status": "complete" }"#, "only the reference locale"),
            (r#"{ "code": "pl", "status": "checked" }"#, "not complete, draft or reviewed"),
            (r#"{ "code": "pl" }"#, "no status"),
            (r#"{ "code": "pl", "status": "draft", "reviewer": "A. K" }"#, "unknown field"),
            (r#"{ "code": "en-GB", "status": "draft" }"#, "listed twice"),
            (r#"{ "code": "pa", "status": "draft", "aliases": ["pa-Guru", "pa"] }"#, "listed twice"),
            (r#"{ "code": "pl_PL", "status": "draft" }"#, "not a language tag"),
        ] {
            let error = parse_languages(&with(entry)).expect_err(entry);
            assert!(error.to_string().contains(says), "{entry}: {error}");
            assert!(error.to_string().starts_with("locales/languages.json: "), "{error}");
        }
        let error = parse_languages(r#"[{ "code": "pl", "status": "draft" }]"#).unwrap_err();
        assert!(error.to_string().contains("en-GB, is not listed"), "{error}");
    }

    #[test]
    fn iso_dates() {
        for good in ["2026-03-02", "2028-02-29", "2000-12-31"] {
            assert!(review::is_iso_date(good), "{good}");
        }
        for bad in
            ["2026-3-2", "2026-02-29", "2026-13-01", "2026-00-10", "26-03-02", "2026/03/02", "", "２０２６-03-02"]
        {
            assert!(!review::is_iso_date(bad), "{bad}");
        }
    }
}
