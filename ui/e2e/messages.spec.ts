import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, fillPractice, resetApp } from "./support";

// A real hub on a throwaway SQLite database: the regional lead publishes on its dashboard, the app (in
// pathfinder-web-backend) pulls the message with its settings and tells the hub when the manager has read it.
const hubBin = resolve(
  process.env.PATHFINDER_HUB_BIN ?? join(import.meta.dirname, "../../target/debug/pathfinder-hub"),
);
const dir = mkdtempSync(join(tmpdir(), "pathfinder-messages-"));
const hubEnv = { ...process.env, PATHFINDER_HUB_DATABASE: `sqlite://${join(dir, "hub.sqlite3")}`, RUST_LOG: "warn" };
let hubPort = 0;
let hub: ChildProcess | null = null;

function hubCommand(args: string[], input?: string): string {
  return execFileSync(hubBin, args, { env: hubEnv, encoding: "utf8", input });
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

test.beforeAll(async () => {
  writeFileSync(
    join(dir, "practices.csv"),
    'ods_code,name,ccg\nB82005,Riverside Surgery,02V\nB82010,"Hill, Dale and Partners",02V\n',
  );
  hubCommand(["practices", "import", join(dir, "practices.csv")]);
  hubCommand(
    ["users", "add", "--email", "leeds@nhs.net", "--role", "regional", "--ccg", "02V"],
    "leeds lead password\n",
  );
  hubPort = await freePort();
  hub = spawn(hubBin, ["serve", "--listen", `127.0.0.1:${hubPort}`], { env: hubEnv, stdio: "ignore" });
  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${hubPort}/healthz`).catch(() => null))?.status ?? 0, {
      timeout: 10_000,
    })
    .toBe(200);
});

test.afterAll(async () => {
  const running = hub;
  hub = null;
  if (running && running.exitCode === null) {
    const exited = new Promise((done) => running.once("exit", done));
    running.kill("SIGTERM");
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

test.beforeEach(async ({ request }) => {
  await resetApp(request);
});

/** The regional lead publishes a message to 02V's practices on the hub's dashboard. */
async function publish(page: Page, title: string, body: string): Promise<void> {
  await page.goto(`http://127.0.0.1:${hubPort}/dashboard/login`);
  await page.getByLabel("Email address").fill("leeds@nhs.net");
  await page.getByLabel("Password").fill("leeds lead password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.goto(`http://127.0.0.1:${hubPort}/dashboard/messages`);
  await page.getByLabel("CCG").selectOption("02V");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Message", { exact: true }).fill(body);
  await page.getByRole("button", { name: "Publish to the CCG's practices" }).click();
  await expect(page.locator("#pf-message-saved")).toContainText("The message is published");
}

test("a message from the regional team shows above every page until the manager says they have read it", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await fillPractice(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checklist");
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Report to the hub" }).click();
  await page.getByLabel("Hub address").fill(`http://127.0.0.1:${hubPort}`);
  const code = hubCommand(["enrol-code", "--ods", "B82005"]).trim().split("\n").at(-1)!;
  await page.getByLabel("Enrolment code").fill(code);
  await page.getByLabel("Enrolment code").press("Enter");
  await expect(page.locator("#pf-enrol-result")).toHaveText("The practice is enrolled with the hub.");

  const dashboard = await context.newPage();
  await publish(dashboard, "The window moved", "Reprint your posters <b>today</b>.\nThank you.");

  // The next settings pull brings it; it is shown as text, never as markup.
  await page.getByRole("button", { name: "Check for new dates from the regional team" }).click();
  const message = page.getByRole("region", { name: "The window moved" });
  await expect(message).toBeVisible();
  await expect(message).toContainText("Message from the regional team");
  await expect(message).toContainText("Reprint your posters <b>today</b>.");
  await expect(message.locator("b")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // On every page, and after the app starts again.
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Checklist" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checklist");
  await expect(message).toBeVisible();
  await page.reload();
  await expect(message).toBeVisible();

  // By keyboard: the button, then Enter. Focus goes on to the page and the message is gone, after a restart too.
  const read = message.getByRole("button", { name: "I have read this" });
  await read.focus();
  await page.keyboard.press("Enter");
  await expect(message).toHaveCount(0);
  await expect(page.locator("#maincontent")).toBeFocused();
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checklist");
  await expect(page.getByRole("region", { name: "The window moved" })).toHaveCount(0);

  // The hub recorded it: the message's page names Riverside as having read it, and Hill, Dale as not yet.
  await dashboard.goto(`http://127.0.0.1:${hubPort}/dashboard/messages`);
  await expect(dashboard.locator("#pf-messages tbody tr td").nth(2)).toHaveText("1 of 2 practices");
  await dashboard.getByRole("link", { name: "The window moved" }).click();
  await expect(dashboard.locator("#pf-message-readers tr[data-ods='B82005'] td")).toContainText("Read ");
  await expect(dashboard.locator("#pf-message-readers tr[data-ods='B82010'] td")).toHaveText("Not yet");
});
