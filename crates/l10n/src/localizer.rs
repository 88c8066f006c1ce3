use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::{FluentArgs, FluentValue};

use crate::{L10nError, fallback_chain, languages, resources};

/// Formats messages in one language, falling back to en-GB for each message the language lacks.
pub struct Localizer {
    locale: &'static str,
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl Localizer {
    /// A localizer for an offered language. `isolating` keeps Fluent's bidi isolation marks around
    /// placeables: right for a web view, wrong for text laid out by hand (PDF).
    pub fn new(locale: &str, isolating: bool) -> Result<Self, L10nError> {
        let language = languages::find(locale)?;
        let bundles = fallback_chain(&language.code)
            .into_iter()
            .map(|code| {
                let id = code.parse().expect("languages.json holds valid language tags");
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                bundle.set_use_isolating(isolating);
                for resource in resources(code) {
                    let parsed = FluentResource::try_new(resource.source.to_owned())
                        .unwrap_or_else(|_| panic!("{code}/{} parses (checked by the tests)", resource.file));
                    bundle.add_resource(parsed).unwrap_or_else(|_| {
                        panic!("{code}/{} has no duplicate ids (checked by the tests)", resource.file)
                    });
                }
                bundle
            })
            .collect();
        Ok(Self { locale: language.code.as_str(), bundles })
    }

    pub fn locale(&self) -> &'static str {
        self.locale
    }

    /// Whether the chosen language has the message itself, rather than through the fallback to en-GB.
    pub fn translates(&self, id: &str) -> bool {
        self.bundles.first().is_some_and(|bundle| bundle.has_message(id))
    }

    /// The message `id` formatted with `args`; the id itself when no locale in the chain has it, so a gap shows
    /// up on screen instead of as blank space.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
            }
        }
        id.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_in_the_chosen_language() {
        let english = Localizer::new("en-GB", false).unwrap();
        let polish = Localizer::new("pl", false).unwrap();
        assert_eq!(english.format("app-window-title", None), "Pathfinder");
        let en = english.format("about-heading", None);
        let pl = polish.format("about-heading", None);
        assert_ne!(en, pl, "the Polish heading is translated");
        assert!(!pl.is_empty());
    }

    #[test]
    fn variables_are_substituted_without_isolation_marks_when_asked() {
        let english = Localizer::new("en-GB", false).unwrap();
        let mut args = FluentArgs::new();
        args.set("language", "Klingon");
        let text = english.format("error-unknown-language", Some(&args));
        assert!(text.contains("Klingon"), "{text}");
        assert!(!text.contains('\u{2068}'), "no isolation marks: {text:?}");
        let isolating = Localizer::new("en-GB", true).unwrap();
        assert!(isolating.format("error-unknown-language", Some(&args)).contains("\u{2068}Klingon\u{2069}"));
    }

    #[test]
    fn a_message_missing_from_a_draft_falls_back_to_english() {
        // Polish is a draft covering the About guide; the error messages come from en-GB.
        let polish = Localizer::new("pl", false).unwrap();
        let english = Localizer::new("en-GB", false).unwrap();
        let id = crate::all_files()
            .iter()
            .filter(|(locale, _, _)| *locale == "en-GB")
            .flat_map(|(_, _, source)| source.lines())
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id))
            .find(|id| !id.starts_with(['-', ' ', '#']) && !pl_has(id))
            .expect("the Polish draft lacks at least one en-GB message");
        assert_eq!(polish.format(id, None), english.format(id, None));
        assert!(!polish.translates(id) && english.translates(id));
        assert!(polish.translates("about-heading"));
    }

    fn pl_has(id: &str) -> bool {
        resources("pl").any(|resource| resource.source.lines().any(|line| line.starts_with(&format!("{id} ="))))
    }

    #[test]
    fn an_unknown_id_shows_itself_and_an_unknown_language_is_refused() {
        let english = Localizer::new("en-GB", false).unwrap();
        assert_eq!(english.format("no-such-message", None), "no-such-message");
        assert_eq!(Localizer::new("tlh", false).err(), Some(L10nError::UnknownLanguage("tlh".into())));
    }
}
