import { commands } from "./generated";

/**
 * The in-browser backend, for tests of the UI in Chromium: the same commands, sent over HTTP to the
 * `pathfinder-web-backend` test server, which runs them through the app's own command table (crates/app). It has
 * no channel: a long command reports only its end.
 */
export const webBackend = commands(async (command, args) => {
  // The test server answers only its own page: the token it wrote into index.html goes with every call.
  const token = document.querySelector<HTMLMetaElement>('meta[name="pathfinder-test-token"]')?.content ?? "";
  const response = await fetch(`/invoke/${command}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Pathfinder-Test-Token": token },
    body: JSON.stringify(args),
  });
  const body = await response.json();
  if (!response.ok) throw body;
  return body;
});
