import { expect, test } from "@playwright/test";
import { daysFromToday, expectNoAxeViolations, expectPlainText, fillPractice, plainText, resetApp } from "./support";

test.beforeEach(async ({ request }) => {
  await resetApp(request);
});

test("onboarding names every mistake, saves nothing until the form is valid, then opens the checklist", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up your practice");
  await page.getByLabel("ODS code").fill("B8200");
  await page.getByLabel("Registered list size").fill("lots");
  await page.getByLabel("Window starts on").fill(daysFromToday(28));
  await page.getByLabel("First extract on").fill(daysFromToday(30));
  await page.getByRole("button", { name: "Save and continue" }).click();

  const summary = page.getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("There is a problem");
  for (const message of [
    "Enter an ODS code of a letter and five digits",
    "Enter the practice’s name",
    "Choose the practice’s CCG",
    "Enter the list size as a whole number",
    "Choose the practice’s clinical system",
    "The first extract must be on or after the day the window ends",
  ]) {
    await expect(summary.getByRole("link", { name: new RegExp(message) })).toBeVisible();
  }
  const ods = page.getByLabel("ODS code");
  await expect(ods).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#f-odsCode-error")).toContainText("Error: Enter an ODS code");
  await summary.getByRole("link", { name: /Enter the practice’s name/ }).click();
  await expect(page.getByLabel("Practice name")).toBeFocused();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up your practice");
  await expect(page.getByLabel("ODS code")).toHaveValue("");

  await fillPractice(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checklist");
  await expectPlainText(page.locator("#pf-progress"), "0 of 10 tasks completed");
  await expect(page.getByRole("navigation", { name: "Sections" }).getByRole("link")).toHaveText([
    "Checklist",
    "Workload",
    "Readiness",
    "Objections",
    "Patient notices",
    "Report to the hub",
    "Your practice",
    "About care.data",
  ]);
  await expectNoAxeViolations(page);
});

test("working through tasks: prerequisites, statuses, history, and the figures that follow", async ({ page }) => {
  await page.goto("/");
  await fillPractice(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expectPlainText(page.locator("#pf-progress"), "0 of 10 tasks completed");

  const privacy = page.locator("[data-task=update-privacy-notice]");
  await expect(privacy.locator(".nhsuk-task-list__status")).toHaveText("Cannot start yet");
  await privacy.getByRole("link").click();
  await expect(page.getByText("Finish these tasks first:")).toBeVisible();
  await page.getByLabel("In progress").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert")).toContainText("This task cannot start until the tasks it needs are finished");

  await page.getByRole("link", { name: "Join the pathfinder and assess the work" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Join the pathfinder and assess the work");
  // By keyboard alone: the status radios, then the assignee, then Save.
  await page.getByLabel("Completed").focus();
  await page.keyboard.press("Space");
  await page.getByLabel("Who is doing it (optional)").focus();
  await page.keyboard.type("Jo Reed");
  await page.getByRole("button", { name: "Save" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Your changes have been saved.")).toBeVisible();
  const history = page.locator("table").last();
  await expect(history.locator("tbody tr")).toHaveCount(1);
  await expect(history).toContainText("Sam Patel");
  await expect(history).toContainText("Completed");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Back to the checklist" }).click();
  await expectPlainText(page.locator("#pf-progress"), "1 of 10 tasks completed");
  await expect(privacy.locator(".nhsuk-task-list__status")).toHaveText("Not started");

  await page.locator("[data-task=communication-needs]").getByRole("link").click();
  await page.getByLabel("Not applicable").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert")).toContainText("Say why this task does not apply");
  await page.getByLabel("Why does this task not apply?").fill("No patients with such needs");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Your changes have been saved.")).toBeVisible();

  await page.getByRole("link", { name: "Workload" }).click();
  const left = page.locator("#pf-workload-left");
  await expect(left.locator("[data-role=practice-manager] td").first()).not.toHaveText("0");
  await expect(page.locator("svg.pf-chart")).toBeVisible();
  await expect(page.locator("#pf-workload-plan tbody tr").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Readiness" }).click();
  // Started, nothing overdue, and every team's hours planned and holding its work.
  await expect(page.locator("#pf-level")).toContainText("On track");
  await expect(page.locator("#pf-level-explained")).toContainText("nothing is overdue");
  await expectPlainText(page.locator("main"), "2 of 10 tasks completed");
  await expectNoAxeViolations(page);
});

test("a core task marked not applicable needs the kind of reason the regional team is told", async ({ page }) => {
  await page.goto("/");
  await fillPractice(page);
  // Blank hours are "not planned", not none: the readiness page names the team.
  await page.getByLabel("IT, hours a week").fill("");
  await expect(page.getByLabel("Patients expected to object, as a percentage")).toHaveValue("1.8");
  await page.getByLabel("Patients expected to object, as a percentage").fill("4");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter the expected objections as a percentage from 0.5 to 2.5");
  await page.getByLabel("Patients expected to object, as a percentage").fill("1.8");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checklist");

  await page.locator("[data-task=join-pathfinder]").getByRole("link").click();
  await expectPlainText(page.locator("#pf-effort"), "shared with the GP partners");
  await page.getByLabel("Completed").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Your changes have been saved.")).toBeVisible();

  await page.getByRole("link", { name: "Back to the checklist" }).click();
  await page.locator("[data-task=write-to-patients]").getByRole("link").click();
  await page.getByLabel("Not applicable").check();
  const kind = page.getByRole("group", { name: "Why does this not apply?" });
  await expect(kind).toContainText("sent to the regional team");
  await expect(kind).toContainText("stay on this computer");
  await page.getByLabel("In your own words").fill("The CCG writes to every household for us");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert")).toContainText("Choose why this task does not apply");
  await expectNoAxeViolations(page);
  await kind.getByLabel("Someone else does it for the practice").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Your changes have been saved.")).toBeVisible();
  await expect(page.getByRole("group", { name: "Why does this not apply?" }).getByLabel(/Someone else/)).toBeChecked();

  await page.getByRole("link", { name: "Readiness" }).click();
  await expect(page.locator("#pf-level")).toContainText("In progress");
  await expect(page.locator("#pf-unplanned")).toContainText("IT");
  await expect(page.locator("#pf-unplanned").getByRole("link")).toHaveAttribute("href", "#/practice");
  await expectPlainText(page.locator("#pf-countdown-start"), "In 28 days");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Workload" }).click();
  await expect(page.locator("#pf-workload-left [data-role=it] td").last()).toHaveText("Not planned");
  await expect(page.locator("#pf-workload-unplanned")).toContainText("IT");
  await expectNoAxeViolations(page);
});

test("the practice's details can be changed and backed up", async ({ page, request }) => {
  await page.goto("/");
  await fillPractice(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checklist");
  await page.getByRole("link", { name: "Your practice" }).click();
  await expect(page.getByLabel("ODS code")).toHaveValue("B82005");
  await page.getByLabel("Practice name").fill("Riverside Medical Centre");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checklist");
  await page.getByRole("link", { name: "Your practice" }).click();
  await expect(page.getByLabel("Practice name")).toHaveValue("Riverside Medical Centre");
  await page.getByRole("button", { name: "Save a backup" }).click();
  const saved = page.getByText(/Backup saved to .*pathfinder-B82005-.*\.json/);
  await expect(saved).toBeVisible();
  await expectNoAxeViolations(page);
  const path = (await plainText(saved)).replace("Backup saved to ", "").trim();

  // The backup restores into a new install: the test server starts again from an empty folder.
  await resetApp(request);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up your practice");
  await page.getByLabel("Backup file to import").setInputFiles(path);
  await page.getByRole("button", { name: "Import backup" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checklist");
  await page.getByRole("link", { name: "Your practice" }).click();
  await expect(page.getByLabel("Practice name")).toHaveValue("Riverside Medical Centre");
});
