//! Which languages of a run are draft translations, told before anything is made, and the practice's choice to
//! print every letter in English. Whether one language is a draft is `pathfinder_l10n::is_draft`'s answer.

use crate::patients::Household;

/// The draft translations among `languages`, each once, in the order `locales/languages.json` lists them.
pub fn drafts<'a>(languages: impl IntoIterator<Item = &'a str>) -> Vec<&'static str> {
    let present: Vec<&str> = languages.into_iter().collect();
    pathfinder_l10n::languages()
        .iter()
        .filter(|language| pathfinder_l10n::is_draft(&language.code))
        .filter(|language| {
            present.iter().any(|code| pathfinder_l10n::find_language(code).is_ok_and(|l| l == *language))
        })
        .map(|language| language.code.as_str())
        .collect()
}

/// English only, the practice's choice: every letter in English, whatever the list's language column says.
pub fn english_only(letters: &mut [Household<'_>]) {
    for letter in letters {
        letter.language = pathfinder_l10n::REFERENCE_LOCALE;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_drafts_of_a_run_are_named_once_in_the_catalogues_order() {
        assert_eq!(drafts(["ur", "en-GB", "pl", "ur", "pa-Guru", "tlh"]), ["pl", "pa", "ur"]);
        assert!(drafts(["en-GB"]).is_empty());
        assert_eq!(drafts(["tlh"]), Vec::<&str>::new(), "an unknown code is no language of the catalogue to name");
    }
}
