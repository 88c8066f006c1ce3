import { invoke } from "@tauri-apps/api/core";
import type { Backend, L10nSources } from "./types";

/** The desktop app's backend: the Rust commands in src-tauri/src/commands.rs. */
export const tauriBackend: Backend = {
  l10nSources: () => invoke<L10nSources>("l10n_sources"),
  setLanguage: (code) => invoke<L10nSources>("set_language", { code }),
};
