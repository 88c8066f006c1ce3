import { FluentBundle, FluentResource } from "@fluent/bundle";
import languageList from "../../../locales/languages.json";
import type { AppError, Backend, L10nSources, LanguageStatus } from "./types";

/**
 * The in-browser backend, for tests of the UI in Chromium: the same Fluent files as the app embeds, the language
 * choice kept in localStorage instead of the app's settings file.
 */

const REFERENCE = "en-GB";
const STORAGE_KEY = "pathfinder.language";

const files = import.meta.glob<string>("../../../locales/*/*.ftl", { query: "?raw", import: "default", eager: true });

function resourcesOf(locale: string): string[] {
  return Object.entries(files)
    .filter(([path]) => path.split("/").at(-2) === locale)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, source]) => source);
}

function format(locale: string, id: string, args?: Record<string, string>): string {
  for (const code of locale === REFERENCE ? [REFERENCE] : [locale, REFERENCE]) {
    const bundle = new FluentBundle(code, { useIsolating: false });
    for (const source of resourcesOf(code)) bundle.addResource(new FluentResource(source));
    const message = bundle.getMessage(id);
    if (message?.value) return bundle.formatPattern(message.value, args);
  }
  return id;
}

function sourcesFor(locale: string): L10nSources {
  const chain = locale === REFERENCE ? [REFERENCE] : [locale, REFERENCE];
  return {
    locale,
    chain: chain.map((code) => ({ locale: code, resources: resourcesOf(code) })),
    languages: languageList.map(({ code, status }) => ({
      code,
      autonym: format(code, "language-autonym"),
      status: status as LanguageStatus,
    })),
  };
}

function offered(code: string | null): code is string {
  return code !== null && languageList.some((language) => language.code === code);
}

export const webBackend: Backend = {
  async l10nSources() {
    const saved = localStorage.getItem(STORAGE_KEY);
    return sourcesFor(offered(saved) ? saved : REFERENCE);
  },
  async setLanguage(code) {
    if (!offered(code)) {
      const current = localStorage.getItem(STORAGE_KEY);
      const error: AppError = {
        code: "unknown-language",
        message: format(offered(current) ? current : REFERENCE, "error-unknown-language", { language: code }),
      };
      throw error;
    }
    localStorage.setItem(STORAGE_KEY, code);
    return sourcesFor(code);
  },
};
