use fluent_langneg::{NegotiationStrategy, convert_vec_str_to_langids_lossy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use crate::{REFERENCE_LOCALE, languages};

/// The offered language that best matches the requested ones (most preferred first), or en-GB.
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> &'static str {
    let requested = convert_vec_str_to_langids_lossy(requested.iter().map(AsRef::as_ref));
    let available: Vec<LanguageIdentifier> = languages()
        .iter()
        .filter(|language| language.app)
        .map(|language| language.code.parse().expect("languages.json holds valid language tags"))
        .collect();
    let default: LanguageIdentifier = REFERENCE_LOCALE.parse().expect("en-GB is a valid tag");
    let chosen = negotiate_languages(&requested, &available, Some(&default), NegotiationStrategy::Filtering);
    let chosen = chosen.first().map(|id| id.to_string()).unwrap_or_else(|| REFERENCE_LOCALE.to_owned());
    languages()
        .iter()
        .find(|language| language.code == chosen)
        .map(|language| language.code.as_str())
        .unwrap_or(REFERENCE_LOCALE)
}

/// The locales the operating system prefers, most preferred first.
pub fn system_locales() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// The locales whose messages are tried in turn: the chosen one, then en-GB.
pub fn fallback_chain(locale: &str) -> Vec<&'static str> {
    let mut chain: Vec<&'static str> =
        languages().iter().filter(|language| language.code == locale).map(|language| language.code.as_str()).collect();
    if !chain.contains(&REFERENCE_LOCALE) {
        chain.push(REFERENCE_LOCALE);
    }
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offered_language_is_chosen_from_a_regional_tag() {
        assert_eq!(negotiate(&["pl-PL"]), "pl");
        assert_eq!(negotiate(&["pl"]), "pl");
    }

    #[test]
    fn english_of_any_region_and_unknown_languages_get_british_english() {
        assert_eq!(negotiate(&["en-US"]), "en-GB");
        assert_eq!(negotiate(&["xx-YY", "zz"]), "en-GB");
        assert_eq!(negotiate::<&str>(&[]), "en-GB");
    }

    #[test]
    fn the_first_offered_preference_wins() {
        assert_eq!(negotiate(&["de-DE", "pl-PL", "en-GB"]), "pl");
        assert_eq!(negotiate(&["en-GB", "pl"]), "en-GB");
    }

    #[test]
    fn the_chain_ends_in_the_reference_locale_once() {
        assert_eq!(fallback_chain("pl"), vec!["pl", "en-GB"]);
        assert_eq!(fallback_chain("en-GB"), vec!["en-GB"]);
        assert_eq!(fallback_chain("xx"), vec!["en-GB"]);
    }
}
