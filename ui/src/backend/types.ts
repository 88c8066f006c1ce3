/** What the UI and the Rust side exchange. Mirrors the serde types in crates/l10n and src-tauri. */

export type LanguageStatus = "complete" | "draft";

export interface LanguageChoice {
  code: string;
  /** The language's name in that language, from its own Fluent files. */
  autonym: string;
  status: LanguageStatus;
}

export interface LocaleSources {
  locale: string;
  /** The Fluent sources of this locale, one string per .ftl file. */
  resources: string[];
}

export interface L10nSources {
  locale: string;
  /** The chosen locale first, then each locale it falls back to, message by message. */
  chain: LocaleSources[];
  languages: LanguageChoice[];
}

/** An error as the Rust side reports it: a stable code and a message already in the user's language. */
export interface AppError {
  code: string;
  message: string;
}

export interface Backend {
  l10nSources(): Promise<L10nSources>;
  setLanguage(code: string): Promise<L10nSources>;
}

export function isAppError(value: unknown): value is AppError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AppError).code === "string" &&
    typeof (value as AppError).message === "string"
  );
}
