import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, resetApp } from "./support";

async function open(page: Page) {
  await page.goto("/#/about");
  await expect(page.locator("body[data-page=about]")).toBeAttached();
}

test.beforeEach(async ({ request }) => {
  await resetApp(request);
});

test("the About guide in en-GB covers what staff need and passes axe", async ({ page }) => {
  await open(page);
  await expect(page).toHaveTitle("Pathfinder");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About care.data");
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  expect(headings).toEqual([
    "What care.data is",
    "What care.data is not",
    "The pathfinder areas",
    "The fair-processing window",
    "Patients’ right to object",
    "care.data and the Summary Care Record",
    "What to say at reception",
  ]);
  const objections = page.getByRole("table", { name: "The two types of objection" });
  await expect(objections.getByRole("row", { name: /Type 1/ })).toContainText("9Nu0");
  await expect(objections.getByRole("row", { name: /Type 2/ })).toContainText("9Nu4");
  await expect(page.getByRole("listitem").filter({ hasText: "Blackburn with Darwen" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Sections" }).getByRole("link")).toHaveText([
    "Your practice",
    "About care.data",
  ]);
  await expect(page.locator("#draft-notice")).toBeHidden();
  await expectNoAxeViolations(page);
});

test("switching to Polish by keyboard alone changes the page at once and is remembered", async ({ page }) => {
  await open(page);
  await page.keyboard.press("Tab");
  await expect(page.locator(".nhsuk-skip-link")).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const picker = page.getByLabel("Language");
  await expect(picker).toBeFocused();
  await page.keyboard.press("ArrowDown");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("O programie care.data");
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.locator("#draft-notice")).toBeVisible();
  await expect(page.locator("#draft-notice")).toContainText("draft translation");
  // Polish is a draft of the guide only: the frame falls back to en-GB message by message.
  await expect(page.getByRole("navigation", { name: "Sections" }).getByRole("link")).toHaveText([
    "Your practice",
    "About care.data",
  ]);
  await expect(page.getByRole("table", { name: "Dwa rodzaje sprzeciwu" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.locator("body[data-ready=pl]")).toBeAttached();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("O programie care.data");
  await expect(picker).toHaveValue("pl");
});

test("the reception script opens by keyboard, and the skip link reaches the guide", async ({ page }) => {
  await open(page);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("#maincontent")).toBeFocused();

  const question = page.locator("summary", { hasText: "Will objecting affect my care?" });
  await question.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Your care will not change in any way.")).toBeVisible();

  await page.getByRole("link", { name: "What to say at reception" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#section-script$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About care.data");
});

test("the reception script answers what patients ask most, as the facts stand", async ({ page }) => {
  await open(page);
  // Each question patients ask most, and what its answer must say: identifiable, not anonymous; health and care
  // purposes only; care unaffected; a change of mind at any time, after the first extract too; not the SCR.
  const answers: [string, RegExp][] = [
    ["Will my information be sold?", /only for health and care purposes.*never for insurance or marketing/],
    ["Is it anonymous?", /^“No\..*NHS number, date of birth, postcode and gender.*identify you/],
    ["What exactly is taken?", /Coded information.*written notes are not taken/],
    ["Will objecting affect my care?", /^“No\./],
    ["Can I change my mind later?", /any time, before or after the first extract.*withdrawal form/],
    ["Is this the Summary Care Record?", /^“No\./],
    ["How do I object?", /children under 16.*legal right to act for them/],
  ];
  for (const [question, answer] of answers) {
    const details = page.locator("details", { has: page.locator("summary", { hasText: question }) });
    await details.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(details.locator("p")).toHaveText(answer);
  }
  const guide = await page.locator("article").innerText();
  expect(guide).not.toMatch(/\banonymised\b|\bis anonymous\b|approved analysts/);
  const codes = page.getByRole("table", { name: "The two types of objection" });
  await expect(codes.getByRole("row", { name: /Type 1/ })).toContainText("XaZ89");
  await expect(codes.getByRole("row", { name: /Type 2/ })).toContainText("XaaVL");
  await expect(page.getByText("Confirm these codes with your clinical system supplier")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a refused language shows the error summary with the reason, and changes nothing", async ({ page }) => {
  await open(page);
  await page.evaluate(() => {
    const option = document.createElement("option");
    option.value = "xx";
    option.textContent = "xx";
    document.querySelector("#pf-language-select")!.append(option);
  });
  await page.getByLabel("Language").selectOption("xx");
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("There is a problem");
  await expect(summary).toContainText("There is no translation for the language “xx”.");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Language")).toHaveValue("en-GB");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About care.data");
  await expectNoAxeViolations(page);
});
