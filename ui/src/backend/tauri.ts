import { Channel, invoke } from "@tauri-apps/api/core";
import { commandsOver } from "./commands";
import type { LettersProgress } from "./types";

/** The desktop app's backend: the Rust commands in src-tauri/src/commands.rs; progress comes over a Channel. */
export const tauriBackend = commandsOver(
  (command, args) => invoke(command, args),
  (onProgress) => {
    const channel = new Channel<LettersProgress>();
    channel.onmessage = onProgress;
    return channel;
  },
);
