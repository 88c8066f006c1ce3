import type { Backend } from "./types";

export type * from "./types";
export { ROLES } from "./types";
export { isAppError } from "./types";

/**
 * The one seam between the UI and the Rust side. A `--mode web` build swaps the Tauri commands for an in-browser
 * stand-in; the branch not taken is dropped from the bundle.
 */
export async function loadBackend(): Promise<Backend> {
  if (import.meta.env.MODE === "web") {
    return (await import("./web")).webBackend;
  }
  return (await import("./tauri")).tauriBackend;
}
