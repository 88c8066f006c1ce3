import { expect, test } from "@playwright/test";
import { testToken } from "./support";

// The test server runs the app's commands: it must answer its own page only, not a page from elsewhere in the
// developer's browser, nor a rebound DNS name.
test("the test server refuses calls without its token, from another origin or under another host name", async ({
  request,
}) => {
  const call = { data: {} };
  expect((await request.post("/invoke/practice_get", call)).status()).toBe(403);
  const wrong = { ...call, headers: { "X-Pathfinder-Test-Token": "0".repeat(64) } };
  expect((await request.post("/invoke/practice_get", wrong)).status()).toBe(403);
  expect((await request.post("/test/reset")).status()).toBe(403);

  const token = await testToken(request);
  const own = { ...call, headers: { "X-Pathfinder-Test-Token": token } };
  expect((await request.post("/invoke/practice_get", own)).status()).toBe(200);
  const elsewhere = { ...call, headers: { "X-Pathfinder-Test-Token": token, Origin: "https://example.org" } };
  expect((await request.post("/invoke/practice_get", elsewhere)).status()).toBe(403);
  const rebound = { headers: { Host: "attacker.example:4173" } };
  expect((await request.get("/", rebound)).status()).toBe(403);
});
