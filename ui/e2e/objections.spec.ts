import { expect, test, type Page } from "@playwright/test";
import { formatDate } from "../src/format";
import { daysFromToday, expectNoAxeViolations, expectPlainText, fillPractice, plainText, resetApp } from "./support";

test.beforeEach(async ({ request }) => {
  await resetApp(request);
});

/** Sets up the shared practice with its window opened two weeks ago (six weeks long, the extract in six weeks). */
async function onboardWithWindowOpen(page: Page) {
  await page.goto("/");
  await fillPractice(page);
  await page.getByLabel("Window starts on").fill(daysFromToday(-14));
  await page.getByLabel("First extract on").fill(daysFromToday(42));
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checklist");
}

/** A section's link in the navigation (pages link to the objections page too). */
function nav(page: Page, name: string) {
  return page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name });
}

async function openObjections(page: Page) {
  await nav(page, "Objections").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Objections");
}

const tally = (page: Page, count: string) => page.locator(`#pf-forms-tally [data-count=${count}] dd`);

test("a day's returned forms by keyboard: the tally and backlog, a correction, undo, and an impossible entry", async ({
  page,
}) => {
  await onboardWithWindowOpen(page);
  await openObjections(page);
  const date = page.getByLabel("Date", { exact: true });
  const received = page.getByLabel("Received", { exact: true });
  await expect(date).toHaveValue(daysFromToday(0));
  await expectPlainText(page.locator("#pf-extract-blockers"), "No objection search has been entered.");
  await expectNoAxeViolations(page);

  // Yesterday's forms, typed and saved without the mouse: Tab between the counts, Enter to save.
  await date.fill(daysFromToday(-1));
  await received.focus();
  for (const [count, last] of [
    ["12", false],
    ["8", false],
    ["8", false],
    ["6", false],
    ["1", true],
  ] as const) {
    await page.keyboard.type(count);
    await page.keyboard.press(last ? "Enter" : "Tab");
  }
  await expectPlainText(tally(page, "received"), "12");
  await expectPlainText(tally(page, "backlog"), "3 forms");
  // Ready for the next day: the counts empty, the cursor on Received, the date moved on to today.
  await expect(received).toBeFocused();
  await expect(received).toHaveValue("");
  await expect(date).toHaveValue(daysFromToday(0));
  await expectPlainText(page.locator("#pf-forms-status"), "12 received");

  await page.keyboard.type("5");
  await page.keyboard.press("Enter");
  await expectPlainText(tally(page, "received"), "17");
  await expectPlainText(tally(page, "backlog"), "8 forms");
  await expect(page.locator("#pf-forms-days tbody tr")).toHaveCount(2);
  await expectPlainText(page.locator("#pf-extract-blockers"), "8 returned forms are waiting to be coded.");

  // A correction: yesterday's row fills the form, two more coded.
  const yesterday = page.locator(`#pf-forms-days tr[data-date='${daysFromToday(-1)}']`);
  await yesterday.getByRole("button", { name: /^Change/ }).click();
  await expect(received).toBeFocused();
  await expect(received).toHaveValue("12");
  await page.getByLabel("Coded", { exact: true }).fill("10");
  await page.keyboard.press("Enter");
  await expectPlainText(tally(page, "coded"), "10");
  await expectPlainText(tally(page, "backlog"), "6 forms");
  await expect(page.locator("#pf-forms-days tbody tr")).toHaveCount(2);
  await expectNoAxeViolations(page);

  // Undo takes back the correction, and only it.
  const undo = page.getByRole("button", { name: /^Undo the last entry/ });
  await expectPlainText(undo, `(${formatDate(daysFromToday(-1), "en-GB")})`);
  await undo.click();
  await expectPlainText(tally(page, "coded"), "8");
  await expectPlainText(tally(page, "backlog"), "8 forms");
  await expectPlainText(page.locator("#pf-forms-status"), "Undone");

  // More coded than ever arrived is refused, naming the field; nothing changes.
  await received.fill("0");
  await page.getByLabel("Coded", { exact: true }).fill("50");
  await page.keyboard.press("Enter");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("More forms would be coded or queried than had been received");
  await expect(page.getByLabel("Coded", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectPlainText(tally(page, "received"), "17");
  await expectNoAxeViolations(page);

  // The history says who entered what, the undo included.
  const history = page.locator("#pf-forms-history");
  await history.locator("summary").click();
  await expect(history.locator("tbody tr")).toHaveCount(4);
  await expect(history).toContainText("Sam Patel");
  await expect(history.locator("tbody tr").first()).toContainText("last entry undone");
  await expectNoAxeViolations(page);

  // A day deleted: its forms leave the tally.
  await page
    .locator(`#pf-forms-days tr[data-date='${daysFromToday(0)}']`)
    .getByRole("button", { name: /^Delete/ })
    .click();
  await expectPlainText(tally(page, "received"), "12");
  await expect(page.locator("#pf-forms-days tbody tr")).toHaveCount(1);
});

test("searches: a baseline before the window and one after it, corrected, then deleted", async ({ page }) => {
  await onboardWithWindowOpen(page);
  await openObjections(page);
  // EMIS Web codes in Read v2; the record leaves Type 1's withdrawal code unconfirmed.
  const codes = page.locator("#pf-search-codes");
  await expect(codes.locator("[data-counted=type1]")).toContainText("9Nu0");
  await expect(codes.locator("[data-counted=type1-withdrawn]")).toContainText("Confirm with your supplier");
  await expect(codes.locator("[data-counted=type2-withdrawn]")).toContainText("Ask your supplier for the code");
  await expectPlainText(page.locator("#pf-baseline"), "it is your baseline");

  const searchDate = page.getByLabel("Date of the search");
  await searchDate.fill(daysFromToday(-20));
  await page.getByLabel("Type 1 total").fill("40");
  await page.getByLabel("Type 2 total").fill("10");
  await page.getByRole("button", { name: "Save the search" }).click();
  const baselineRow = page.locator(`#pf-searches tr[data-date='${daysFromToday(-20)}']`);
  await expect(baselineRow).toContainText("Baseline");
  await expectPlainText(page.locator("#pf-search-totals [data-new=type1] dd"), "Needs a baseline search");

  await expect(searchDate).toHaveValue(daysFromToday(0));
  await page.getByLabel("Type 1 total").fill("130");
  await page.getByLabel("Type 2 total").fill("22");
  await page.getByLabel("Type 1 withdrawn").fill("4");
  await page.keyboard.press("Enter");
  await expectPlainText(page.locator("#pf-search-totals [data-total=type1] dd"), "130 (17.6 per 1,000 patients)");
  await expectPlainText(page.locator("#pf-search-totals [data-new=type1] dd"), "94");
  await expectPlainText(page.locator("#pf-search-totals [data-new=type2] dd"), "12");
  await expect(page.locator("#pf-searches tbody tr")).toHaveCount(2);
  await expectNoAxeViolations(page);

  // Fewer than the baseline less the withdrawals is refused.
  await page.getByLabel("Type 1 total").fill("30");
  await page.getByLabel("Type 2 total").fill("22");
  await page.getByRole("button", { name: "Save the search" }).click();
  await expect(page.getByRole("alert")).toContainText("lower than the baseline search less the withdrawals");
  await expect(page.getByLabel("Type 1 total")).toHaveAttribute("aria-invalid", "true");

  // Corrected: the row fills the form, and saving replaces that search.
  const latestRow = page.locator(`#pf-searches tr[data-date='${daysFromToday(0)}']`);
  await latestRow.getByRole("button", { name: /^Change/ }).click();
  await expect(page.getByLabel("Type 1 total")).toHaveValue("130");
  await expect(page.getByLabel("Type 1 total")).toBeFocused();
  await page.getByLabel("Type 1 total").fill("140");
  await page.getByRole("button", { name: "Save the search" }).click();
  await expectPlainText(page.locator("#pf-search-totals [data-new=type1] dd"), "104");
  await expect(page.locator("#pf-searches tbody tr")).toHaveCount(2);
  await expect(page.getByLabel("Type 1 total")).not.toHaveAttribute("aria-invalid", "true");

  // Deleted: without the baseline, what the window brought cannot be said.
  await baselineRow.getByRole("button", { name: /^Delete/ }).click();
  await expect(page.locator("#pf-searches tbody tr")).toHaveCount(1);
  await expectPlainText(page.locator("#pf-search-totals [data-new=type1] dd"), "Needs a baseline search");
  const history = page.locator("#pf-searches-history");
  await history.locator("summary").click();
  await expect(history.locator("tbody tr")).toHaveCount(4);
  await expect(history.locator("tbody tr").first()).toContainText("deleted");
  await expectNoAxeViolations(page);

  // The forecast: the window's weeks to the extract, with today's week holding nothing yet.
  await expect(page.locator("#pf-forecast tbody tr")).toHaveCount(8);
  await expect(page.locator("svg#pf-forecast-chart")).toBeVisible();
  await expectPlainText(
    page.locator("#pf-forecast-expected"),
    "About 134 forms expected in all: 1.8% of 7,400 patients",
  );
});

test("the extract is refused while forms wait and no recent search is entered, then agreed", async ({ page }) => {
  await onboardWithWindowOpen(page);
  await page.locator("[data-task=join-pathfinder]").getByRole("link").click();
  await page.getByLabel("Completed").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Your changes have been saved.")).toBeVisible();

  await openObjections(page);
  await page.getByLabel("Received", { exact: true }).fill("10");
  await page.getByLabel("Coded", { exact: true }).fill("7");
  await page.keyboard.press("Enter");
  await expectPlainText(tally(page, "backlog"), "3 forms");

  await page.getByRole("link", { name: "Go to the task: instruct the supplier and agree the extract" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instruct the supplier and agree the extract");
  await expectPlainText(page.locator("#pf-effort"), "shared with IT");
  const callout = page.locator("#pf-task-extract");
  await expectPlainText(callout, "3 returned forms are waiting to be coded.");
  await expectPlainText(callout, "No objection search has been entered.");
  await page.getByLabel("Completed").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert")).toContainText("The extract cannot be agreed yet");
  await expect(callout).toContainText("waiting to be coded");
  await expectNoAxeViolations(page);

  // Readiness says the same.
  await nav(page, "Readiness").click();
  await expectPlainText(page.locator("#pf-extract-blockers"), "3 returned forms are waiting to be coded.");
  await expectPlainText(page.locator("#pf-countdown-start"), "Started 14 days ago");
  await expectPlainText(page.locator("#pf-countdown-extract"), "In 42 days");
  await expectNoAxeViolations(page);

  // The forms coded, a search entered today: nothing stands in the way.
  await openObjections(page);
  await page
    .locator(`#pf-forms-days tr[data-date='${daysFromToday(0)}']`)
    .getByRole("button", { name: /^Change/ })
    .click();
  await page.getByLabel("Coded", { exact: true }).fill("10");
  await page.keyboard.press("Enter");
  await expectPlainText(tally(page, "backlog"), "None");
  await page.getByLabel("Type 1 total").fill("10");
  await page.getByLabel("Type 2 total").fill("0");
  await page.getByRole("button", { name: "Save the search" }).click();
  await expectPlainText(page.locator("#pf-extract-blockers"), "Nothing stands in the way of agreeing the extract.");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Go to the task: instruct the supplier and agree the extract" }).click();
  await expect(page.locator("#pf-task-extract")).toHaveCount(0);
  await page.getByLabel("Completed").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Your changes have been saved.")).toBeVisible();
  const status = page.locator("dl .nhsuk-summary-list__row").first();
  expect(await plainText(status)).toContain("Completed");
});
