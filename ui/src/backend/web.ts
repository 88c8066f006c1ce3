import { commandsOver } from "./commands";

/**
 * The in-browser backend, for tests of the UI in Chromium: the same commands, sent over HTTP to the
 * `pathfinder-web-backend` test server, which runs the app's real operations (src-tauri/src/dispatch.rs).
 */
export const webBackend = commandsOver(async (command, args) => {
  const response = await fetch(`/invoke/${command}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(args ?? {}),
  });
  const body = await response.json();
  if (!response.ok) throw body;
  return body;
});
