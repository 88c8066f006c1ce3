import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { daysFromToday, expectNoAxeViolations, expectPlainText, fillPractice, plainText, resetApp } from "./support";

// A real hub on a throwaway SQLite database, started here: the app's real outbox (in pathfinder-web-backend)
// sends to it over HTTP on loopback.
const hubBin = resolve(
  process.env.PATHFINDER_HUB_BIN ?? join(import.meta.dirname, "../../target/debug/pathfinder-hub"),
);
const dir = mkdtempSync(join(tmpdir(), "pathfinder-report-"));
const hubEnv = { ...process.env, PATHFINDER_HUB_DATABASE: `sqlite://${join(dir, "hub.sqlite3")}`, RUST_LOG: "warn" };
// The regional team moves Riverside Surgery's window a week later than the practice set it (fillPractice: 28 days).
const centralStart = daysFromToday(35);
let hubPort = 0;
let hub: ChildProcess | null = null;

function hubCommand(...args: string[]): string {
  return execFileSync(hubBin, args, { env: hubEnv, encoding: "utf8" });
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

async function startHub(): Promise<void> {
  hub = spawn(hubBin, ["serve", "--listen", `127.0.0.1:${hubPort}`], { env: hubEnv, stdio: "ignore" });
  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${hubPort}/healthz`).catch(() => null))?.status ?? 0, {
      timeout: 10_000,
    })
    .toBe(200);
}

async function stopHub(): Promise<void> {
  const running = hub;
  hub = null;
  if (!running || running.exitCode !== null) return;
  const exited = new Promise((done) => running.once("exit", done));
  running.kill("SIGTERM");
  await exited;
}

async function hubMetrics(): Promise<string> {
  return (await fetch(`http://127.0.0.1:${hubPort}/metrics`)).text();
}

/** The date as the app writes it in en-GB. */
function longDate(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(iso),
  );
}

function plusDays(iso: string, days: number): string {
  const date = new Date(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Counts the page's reads of the hub view, to see the list being refreshed (or not). */
function countHubReads(page: Page): { count: number } {
  const counter = { count: 0 };
  page.on("request", (request) => {
    if (request.url().endsWith("/invoke/hub_get")) counter.count += 1;
  });
  return counter;
}

async function onboardAndOpenReport(page: Page): Promise<void> {
  await page.goto("/");
  await fillPractice(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checklist");
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Report to the hub" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report to the hub");
}

async function enrolByKeyboard(page: Page, code: string): Promise<void> {
  await page.getByLabel("Hub address").fill(`http://127.0.0.1:${hubPort}`);
  await page.getByLabel("Enrolment code").focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(code);
  await page.keyboard.press("Enter");
  const result = page.locator("#pf-enrol-result");
  await expect(result).toBeFocused();
  await expect(result).toHaveText("The practice is enrolled with the hub.");
}

test.beforeAll(async () => {
  writeFileSync(
    join(dir, "practices.csv"),
    'ods_code,name,ccg\nB82005,Riverside Surgery,02V\nB82010,"Hill, Dale and Partners",02V\n',
  );
  hubCommand("practices", "import", join(dir, "practices.csv"));
  hubCommand("window", "set", "--ccg", "02V", "--start", centralStart, "--weeks", "6");
  hubPort = await freePort();
  await startHub();
});

test.afterAll(async () => {
  await stopHub();
  rmSync(dir, { recursive: true, force: true });
});

test.beforeEach(async ({ request }) => {
  await resetApp(request);
});

test("a manager enrols with the regional team's code, reads exactly what will be sent, and sends it", async ({
  page,
}) => {
  const code = hubCommand("enrol-code", "--ods", "B82005").trim().split("\n").at(-1)!;
  await onboardAndOpenReport(page);
  await expect(page.getByText("Nothing has been sent yet.")).toBeVisible();
  await expect(page.getByText("the practice must be enrolled with the hub before you can send it")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send to the hub" })).toHaveCount(0);
  const address = page.getByLabel("Hub address");
  await expect(address).toHaveAttribute("autocomplete", "off");
  await expect(address).toHaveAttribute("spellcheck", "false");
  await expectNoAxeViolations(page);

  // Plain HTTP is for loopback only: anything else must be HTTPS.
  await address.fill("http://hub.example.nhs.uk");
  await page.getByLabel("Enrolment code").fill(code);
  await page.getByRole("button", { name: "Enrol the practice" }).click();
  const summary = page.getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: /must start with https:\/\// })).toBeVisible();
  await expect(address).toHaveAttribute("aria-invalid", "true");

  // A wrong code: the hub refuses it, and the field says so.
  await address.fill(`http://127.0.0.1:${hubPort}`);
  await page.getByLabel("Enrolment code").fill("WRONG-CODE-1234");
  await page.getByRole("button", { name: "Enrol the practice" }).click();
  await expect(summary.getByRole("link", { name: /The enrolment code is not right for this practice/ })).toBeVisible();
  await expect(page.locator("#f-enrolmentCode-error")).toContainText(
    "Error: The enrolment code is not right for this practice",
  );
  await expect(page.getByLabel("Enrolment code")).toHaveAttribute("aria-invalid", "true");
  await expect(address).not.toHaveAttribute("aria-invalid", "true");
  await summary.getByRole("link", { name: /The enrolment code is not right/ }).click();
  await expect(page.getByLabel("Enrolment code")).toBeFocused();
  await expectNoAxeViolations(page);

  // The right code, by keyboard alone.
  await enrolByKeyboard(page, code);
  await expect(page.getByRole("alert")).toHaveCount(0);
  const enrolment = page.locator("#pf-enrolment");
  await expect(enrolment).toContainText(`http://127.0.0.1:${hubPort}`);
  // The test server keeps the token in a file, never in the keychain of the machine it runs on.
  await expect(enrolment).toContainText("In a file on this computer that only your Windows or Mac account can read");
  await expect(page.getByRole("button", { name: "Un-enrol" })).toBeVisible();

  // Enrolling pulled the regional team's window down: the practice is told its dates moved.
  const notice = page.locator("#pf-window-notice");
  await expectPlainText(
    notice,
    `has moved from ${longDate(daysFromToday(28))} (6 weeks, first extract ${longDate(daysFromToday(84))})`,
  );
  await expectPlainText(
    notice,
    `to ${longDate(centralStart)} (6 weeks, first extract ${longDate(plusDays(centralStart, 56))})`,
  );

  // The window was pulled down as the practice enrolled, so asking again finds nothing new.
  await page.getByRole("button", { name: "Check for new dates from the regional team" }).click();
  await expect(page.locator("#pf-pull-status")).toHaveText("The regional team has not changed the practice’s dates.");

  // Preview, by keyboard.
  await page.getByRole("button", { name: "Preview what will be sent" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "What will be sent" })).toBeFocused();
  const details = page.locator("#pf-preview-json");
  await expect(details.locator("pre")).toBeHidden();
  await details.locator("summary").focus();
  await expect(details.locator("summary")).toHaveText("Show the exact data");
  await page.keyboard.press("Enter");
  const pre = details.locator("pre");
  await expect(pre).toBeVisible();
  const sent = JSON.parse((await pre.textContent()) ?? "");
  expect(sent.odsCode).toBe("B82005");
  expect(sent.window).toEqual({ start: centralStart, weeks: 6, firstExtract: plusDays(centralStart, 56) });
  await expect(pre).toContainText('"odsCode": "B82005"');

  // The summary says in plain words what the JSON holds.
  const preview = page.locator("#pf-preview-summary");
  const levels: Record<string, string> = {
    "not-started": "Not started",
    "in-progress": "In progress",
    "at-risk": "At risk",
    ready: "Ready",
  };
  await expectPlainText(preview, "B82005, 7,400 registered patients");
  await expect(preview).toContainText(levels[sent.readiness.level]);
  await expectPlainText(preview, `0 of ${sent.tasks.length} tasks completed or not applicable`);
  expect(sent.tasks).toHaveLength(10);
  const blockers = sent.readiness.blockers.length;
  await expectPlainText(preview, blockers === 0 ? "None" : `${blockers} (`);
  await expectPlainText(
    preview,
    `From ${longDate(centralStart)} for 6 weeks; first extract ${longDate(plusDays(centralStart, 56))}`,
  );
  for (const type of ["Type 1", "Type 2"]) {
    const row = preview.locator(".nhsuk-summary-list__row", { hasText: `${type} objections at the latest search` });
    await expectPlainText(row, "0");
  }
  const effort = page.locator("#pf-preview-effort");
  const hours = Math.round(sent.effortLeft["practice-manager"] / 360) / 10;
  expect(hours).toBeGreaterThan(0);
  expect(await plainText(effort.locator("[data-role=practice-manager] td"))).toBe(hours.toLocaleString("en-GB"));
  await expect(page.locator("#pf-no-names")).toHaveText(/no patient or staff names/);
  await expectNoAxeViolations(page);

  // Send: it is queued at once and the outbox sends it in the background; the list follows it to Sent.
  await page.getByRole("button", { name: "Send to the hub" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Reports sent from this computer" })).toBeFocused();
  await expect(page.getByRole("button", { name: "Send to the hub" })).toHaveCount(0);
  const row = page.locator(`#pf-submissions tbody tr[data-submission="${sent.submissionId}"]`);
  await expect(page.locator("#pf-submissions tbody tr")).toHaveCount(1);
  await expect(row).toHaveAttribute("data-state", "sent", { timeout: 15_000 });
  await expect(row.locator(".nhsuk-tag")).toHaveText("Sent");
  await expect(row.locator("td").nth(1)).toHaveText("You");
  const receipt = (await plainText(row.locator(".pf-submission-detail"))).match(/^Receipt (\S+), received /)?.[1];
  expect(receipt).toBeTruthy();
  const status = page.locator("#pf-report-status");
  await expect(status).toHaveAttribute("aria-live", "polite");
  await expectPlainText(status, `A report was sent to the hub. Receipt ${receipt}.`);
  await expect(page.getByRole("button", { name: "Try again now" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The hub holds exactly the one submission.
  const metrics = await hubMetrics();
  expect(metrics).toContain("pathfinder_hub_submissions_stored 1\n");
  expect(metrics).toContain("pathfinder_hub_submissions_created_total 1\n");

  // With nothing queued the list is not read again.
  const reads = countHubReads(page);
  await page.waitForTimeout(2_500);
  expect(reads.count).toBe(0);

  // The checklist carries the regional team's notice too.
  await page.getByRole("link", { name: "Checklist" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checklist");
  await expect(page.locator("#pf-window-notice")).toContainText("The regional team changed the practice’s dates");
  await expectNoAxeViolations(page);
});

test("while the hub is down a report waits in the outbox, the list follows it, and it goes when tried again", async ({
  page,
}) => {
  const code = hubCommand("enrol-code", "--ods", "B82005").trim().split("\n").at(-1)!;
  const storedBefore = Number((await hubMetrics()).match(/pathfinder_hub_submissions_stored (\d+)/)?.[1]);
  await onboardAndOpenReport(page);
  await enrolByKeyboard(page, code);

  // Automatic reporting is saved as soon as it is ticked, and read back from the app.
  const automatic = page.getByLabel("Report automatically after each change to a task, at most once every 15 minutes");
  await expect(automatic).not.toBeChecked();
  await automatic.focus();
  await page.keyboard.press("Space");
  await expect(page.locator("#pf-auto-status")).toHaveText("Automatic reporting is on.");
  await page.reload();
  await expect(automatic).toBeChecked();
  await automatic.uncheck();
  await expect(page.locator("#pf-auto-status")).toHaveText("Automatic reporting is off.");

  await stopHub();
  await page.getByRole("button", { name: "Preview what will be sent" }).click();
  await page.getByRole("button", { name: "Send to the hub" }).click();
  const row = page.locator("#pf-submissions tbody tr").first();
  await expect(row.locator(".nhsuk-tag")).toHaveText("Queued");
  // The outbox tries, fails, and puts it back for later; the page shows why and when, without a reload.
  await expect.poll(() => plainText(row), { timeout: 15_000 }).toMatch(/Tried (once|\d+ times)\. Next try at .+\./);
  await expect(row).toContainText("Last problem:");
  await expect(page.locator("#pf-report-status")).toContainText(
    "A report could not be sent yet. Pathfinder will try again at",
  );
  await expect(page.getByRole("button", { name: "Try again now" })).toBeVisible();
  await expectNoAxeViolations(page);

  // While it is queued the list is read every 2 seconds; once the page is left, no more.
  const reads = countHubReads(page);
  await page.waitForTimeout(4_500);
  expect(reads.count).toBeGreaterThanOrEqual(2);
  await page.getByRole("link", { name: "Checklist" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checklist");
  const afterLeaving = reads.count;
  await page.waitForTimeout(4_500);
  expect(reads.count).toBe(afterLeaving);

  // The hub comes back; "Try again now" sends it without waiting for the back-off.
  await startHub();
  await page.getByRole("link", { name: "Report to the hub" }).click();
  await page.getByRole("button", { name: "Try again now" }).focus();
  await page.keyboard.press("Enter");
  await expect(row).toHaveAttribute("data-state", "sent", { timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Try again now" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Reports sent from this computer" })).toBeFocused();
  expect(await hubMetrics()).toContain(`pathfinder_hub_submissions_stored ${storedBefore + 1}\n`);

  // Un-enrolling forgets the hub: the form comes back, sending is not offered, and the record of what was sent stays.
  await expect(page.getByRole("button", { name: "Un-enrol" })).toHaveAccessibleDescription(
    /Nothing more is sent until you enrol again/,
  );
  await page.getByRole("button", { name: "Un-enrol" }).click();
  await expect(page.locator("#pf-enrol-result")).toBeFocused();
  await expect(page.locator("#pf-enrol-result")).toHaveText("The practice is no longer enrolled with the hub.");
  await expect(page.getByLabel("Enrolment code")).toHaveValue("");
  await page.getByRole("button", { name: "Preview what will be sent" }).click();
  await expect(page.getByRole("heading", { name: "What will be sent" })).toBeFocused();
  await expect(page.getByRole("button", { name: "Send to the hub" })).toHaveCount(0);
  await expect(page.locator("#pf-needs-enrolment")).toBeVisible();
  await expect(row).toHaveAttribute("data-state", "sent");
  await expectNoAxeViolations(page);
});
