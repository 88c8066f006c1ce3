import { invoke } from "@tauri-apps/api/core";
import { commandsOver } from "./commands";

/** The desktop app's backend: the Rust commands in src-tauri/src/commands.rs. */
export const tauriBackend = commandsOver((command, args) => invoke(command, args));
