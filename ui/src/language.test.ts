import { describe, expect, it } from "vitest";
import type { L10nSources } from "./backend";
import { isDraft, languageOptions } from "./language";

const sources = (locale: string): L10nSources => ({
  locale,
  chain: [],
  languages: [
    { code: "en-GB", autonym: "English (UK)", status: "complete" },
    { code: "pl", autonym: "Polski", status: "draft" },
  ],
});

describe("the language picker", () => {
  it("names each language in itself and marks drafts for translation", () => {
    const [english, polish] = languageOptions(sources("en-GB"));
    expect(english.textContent).toBe("English (UK)");
    expect(english.getAttribute("data-l10n-id")).toBeNull();
    expect(polish.getAttribute("data-l10n-id")).toBe("language-option-draft");
    expect(JSON.parse(polish.getAttribute("data-l10n-args") ?? "{}")).toEqual({ language: "Polski" });
    expect([english.lang, polish.lang]).toEqual(["en-GB", "pl"]);
  });

  it("selects the current language", () => {
    const options = languageOptions(sources("pl"));
    expect(options.map((option) => option.selected)).toEqual([false, true]);
  });

  it("knows when the current language is a draft", () => {
    expect(isDraft(sources("pl"))).toBe(true);
    expect(isDraft(sources("en-GB"))).toBe(false);
  });
});
