import { Channel, invoke } from "@tauri-apps/api/core";
import { commands } from "./generated";

/** The desktop app's backend: Tauri's invoke, and a Channel for the progress of a long command. */
export const tauriBackend = commands((command, args, onProgress) => {
  if (!onProgress) return invoke(command, args);
  const channel = new Channel<unknown>();
  channel.onmessage = onProgress;
  return invoke(command, { ...args, onProgress: channel });
});
