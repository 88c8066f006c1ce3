import type { L10nSources } from "./backend";
import { h } from "./dom";

/** The options of the language picker: each language in its own name, drafts marked as such. */
export function languageOptions(sources: L10nSources): HTMLOptionElement[] {
  return sources.languages.map((language) => {
    const option =
      language.status === "draft"
        ? h("option", { l10n: "language-option-draft", l10nArgs: { language: language.autonym } })
        : h("option", {}, [language.autonym]);
    const element = option as HTMLOptionElement;
    element.value = language.code;
    element.lang = language.code;
    element.selected = language.code === sources.locale;
    return element;
  });
}

/** Whether the chosen language is a draft translation, to warn the reader. */
export function isDraft(sources: L10nSources): boolean {
  return sources.languages.some((language) => language.code === sources.locale && language.status === "draft");
}
