use serde::Serialize;

use crate::{L10nError, Localizer, Status, fallback_chain, languages, resources};

/// What a web view needs to render in a language: the Fluent sources of each locale in the fallback chain, and
/// the offered languages, each named in its own language.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "L10nSources"))]
pub struct Sources {
    pub locale: &'static str,
    pub chain: Vec<LocaleSources>,
    pub languages: Vec<LanguageChoice>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LocaleSources {
    pub locale: &'static str,
    pub resources: Vec<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LanguageChoice {
    pub code: &'static str,
    pub autonym: String,
    pub status: Status,
}

impl Sources {
    /// The sources for a language the app's screens are offered in.
    pub fn for_locale(locale: &str) -> Result<Self, L10nError> {
        if !crate::languages::find(locale)?.app {
            return Err(L10nError::UnknownLanguage(locale.to_owned()));
        }
        let chosen = Localizer::new(locale, true)?;
        let chain = fallback_chain(chosen.locale())
            .into_iter()
            .map(|locale| LocaleSources { locale, resources: resources(locale).map(|r| r.source).collect() })
            .collect();
        let languages = languages()
            .iter()
            .filter(|language| language.app)
            .map(|language| {
                let own = Localizer::new(&language.code, false).expect("an offered language has a localizer");
                LanguageChoice {
                    code: language.code.as_str(),
                    autonym: own.format("language-autonym", None),
                    status: language.status,
                }
            })
            .collect();
        Ok(Self { locale: chosen.locale(), chain, languages })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polish_sources_fall_back_to_english_and_name_each_language_in_itself() {
        let sources = Sources::for_locale("pl").unwrap();
        assert_eq!(sources.locale, "pl");
        let chain: Vec<_> = sources.chain.iter().map(|l| l.locale).collect();
        assert_eq!(chain, ["pl", "en-GB"]);
        assert!(sources.chain[0].resources.iter().any(|ftl| ftl.contains("about-heading = O programie")));
        let polish = sources.languages.iter().find(|l| l.code == "pl").unwrap();
        assert_eq!((polish.autonym.as_str(), polish.status), ("Polski", Status::Draft));
        let english = sources.languages.iter().find(|l| l.code == "en-GB").unwrap();
        assert_eq!(english.status, Status::Complete);
        assert_ne!(english.autonym, polish.autonym);
    }

    #[test]
    fn a_language_for_notices_only_is_not_offered_for_the_apps_screens() {
        let urdu = crate::languages::find("ur").unwrap();
        assert!(!urdu.app, "Urdu is for patient notices");
        assert!(Localizer::new("ur", false).is_ok(), "notices can be written in it");
        assert!(matches!(Sources::for_locale("ur"), Err(L10nError::UnknownLanguage(_))));
        let offered: Vec<_> = Sources::for_locale("en-GB").unwrap().languages.iter().map(|l| l.code).collect();
        assert_eq!(offered, ["en-GB", "pl"]);
        assert_eq!(crate::negotiate(&["ur-PK", "en-GB"]), "en-GB", "the app's screens never switch to it");
    }

    #[test]
    fn an_unknown_language_is_refused() {
        assert!(matches!(Sources::for_locale("de"), Err(L10nError::UnknownLanguage(code)) if code == "de"));
    }
}
