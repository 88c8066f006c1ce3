import type { Backend } from "./types";

export type * from "./types";
export { ROLES } from "./generated";
export { isCommandError } from "./types";

/**
 * The one seam between the UI and the Rust side. A `--mode web` build sends the same commands over HTTP to the
 * browser tests' server instead of through Tauri; the branch not taken is dropped from the bundle.
 */
export async function loadBackend(): Promise<Backend> {
  if (import.meta.env.MODE === "web") {
    return (await import("./web")).webBackend;
  }
  return (await import("./tauri")).tauriBackend;
}
