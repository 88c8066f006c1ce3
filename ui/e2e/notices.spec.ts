import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import {
  expectNoAxeViolations as expectNoAxe,
  expectPlainText,
  fillPractice,
  plainText,
  resetApp,
  testToken,
} from "./support";

// The Patient notices page against the app's real operations (pathfinder-web-backend): real PDFs are made and the
// patient list is read by the app's own reader.
//
// The system's file dialogs cannot be driven from a browser: the test server's /test/choose gives the commands behind
// them (the app's test hook) the path a dialog would, and the page's button is pressed as a manager would.
//
// Progress and cancelling are not tested here: the browser backend sends commands over plain HTTP, which has no
// Tauri Channel, so a letters run reports no progress until it ends and there is nothing to cancel while it runs.
// The page's announcing rule is unit-tested (src/notices.test.ts); the run itself in the real window.

/** Seven patients at three addresses; one reads Urdu, one needs large print (in a column the app cannot guess);
 * the row on line 5 has no surname and gets no letter. */
const PATIENTS = [
  "NHS Number,Title,Forename,Surname,Address Line 1,Address Line 2,Postcode,Main Spoken Language,Reading needs",
  "943 476 5919,Mr,Amir,Khan,12 Park Lane,Leeds,LS1 4AP,Urdu,",
  ",Mrs,Sara,Khan,12 Park Lane,Leeds,LS1 4AP,English,",
  ",Mr,Yusuf,Khan,12 Park Lane,Leeds,LS1 4AP,English,",
  ",Ms,Nadia,,4 Canal Wharf,Leeds,LS11 5PS,English,",
  ",Mrs,Jane,Smith,3 Mill Road,Leeds,LS2 9JT,English,",
  ",Mr,John,Smith,3 Mill Road,Leeds,LS2 9JT,English,",
  ',Mrs,Olive,Brown,"Flat 2, 40 Hill Street",Leeds,LS6 1AN,English,Large print',
  ',Mr,Tom,Brown,"Flat 2, 40 Hill Street",Leeds,LS6 1AN,English,',
].join("\r\n");

/** axe-core finds nothing, and no two elements share an id (which axe 4 no longer checks, but labels and the error
 * summary's links rely on). */
async function expectNoAxeViolations(page: Page): Promise<void> {
  await expectNoAxe(page);
  const ids = await page.locator("[id]").evaluateAll((elements) => elements.map((element) => element.id));
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
}

/** Writes `text` to a file called `name` and has the next file dialog answer with it; then presses `button`. */
async function chooseFile(
  page: Page,
  request: APIRequestContext,
  name: string,
  text: string,
  button = "Choose the patient list",
) {
  const path = join(mkdtempSync(join(tmpdir(), "pathfinder-e2e-")), name);
  writeFileSync(path, text, "utf8");
  const answer = await request.post("/test/choose", {
    headers: { "X-Pathfinder-Test-Token": await testToken(request) },
    data: { path },
  });
  expect(answer.status()).toBe(200);
  await page.getByRole("button", { name: button }).click();
}

test.beforeEach(async ({ request }) => {
  await resetApp(request);
});

async function onboardAndOpenNotices(page: Page): Promise<void> {
  await page.goto("/");
  await fillPractice(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checklist");
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Patient notices" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Patient notices");
}

/** A PDF the app says it saved: it is on disk and is a PDF. */
async function expectSavedPdf(page: Page, selector: string, name: RegExp): Promise<string> {
  const path = (await page.locator(selector).textContent()) ?? "";
  expect(path).toMatch(name);
  expect(existsSync(path)).toBe(true);
  expect(readFileSync(path).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  return path;
}

test("a manager makes a poster in Polish, sees that the translation is a draft, and gets the saved file", async ({
  page,
}) => {
  await onboardAndOpenNotices(page);
  await expect(page.getByRole("group", { name: "Which document" }).getByRole("radio")).toHaveCount(6);
  await expect(page.getByLabel("A4 poster")).toBeChecked();
  const language = page.getByLabel("Language of the document");
  await expect(language).toHaveValue("en-GB");
  await expect(language.locator("option")).toHaveCount(12);
  await expect(page.locator("#pf-draft-inset")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // By keyboard: the A3 poster and back to A4 with the arrow keys, then Polish, then Make PDF.
  await page.getByLabel("A4 poster").focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("A3 poster")).toBeChecked();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByLabel("A4 poster")).toBeChecked();
  await language.focus();
  await language.selectOption("pl");
  await expectPlainText(language.locator("option[value=pl]"), "Polski (draft translation)");
  const draft = page.locator("#pf-draft-inset");
  await expect(draft).toBeVisible();
  await expectPlainText(draft, "The Polski translation is a draft");
  await expectPlainText(draft, "ask someone who reads Polski well to check it");
  await expect(page.getByLabel("Large print")).not.toBeChecked();
  await expect(page.getByLabel("Large print")).toHaveAccessibleDescription(/16 point.*Accessible Information Standard/);
  await page.getByRole("button", { name: "Make PDF" }).focus();
  await page.keyboard.press("Enter");

  const status = page.locator("#pf-notice-status");
  await expect(status).toHaveAttribute("aria-live", "polite");
  await expectPlainText(status, "The PDF is saved: ");
  const path = await expectSavedPdf(page, "#pf-notice-path", /pathfinder-poster-a4-pl\.pdf$/);
  expect(await plainText(status)).toContain(path);
  await expect(page.locator("#pf-notice-print")).toHaveText("Print");
  // The test server accepts opening a file the app wrote (it has no viewer to start); printing is left alone here,
  // as it would send the file to this machine's printer.
  await page.locator("#pf-notice-open").focus();
  await expect(page.locator("#pf-notice-open")).toHaveText("Open");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // English is complete: no draft inset.
  await language.selectOption("en-GB");
  await expect(page.locator("#pf-draft-inset")).toHaveCount(0);
});

test("a manager reads the patient list, corrects a column, proofs and makes one letter per household", async ({
  page,
  request,
}) => {
  // A proof, then three PDFs and the address file, made by a debug build.
  test.setTimeout(120_000);
  await onboardAndOpenNotices(page);
  await expect(page.getByText("The patient list is read on this computer only. It is never stored")).toBeVisible();
  await expectPlainText(page.locator("#pf-folder"), "its own folder on this computer");
  await expect(page.locator("#pf-folder-synced")).toHaveCount(0);
  await chooseFile(page, request, "patients.csv", PATIENTS);
  const listStatus = page.locator("#pf-list-status");
  await expectPlainText(listStatus, "Read patients.csv: 7 patients, 1 row left out.");
  const summary = page.locator("#pf-list-summary");
  await expectPlainText(summary, "patients.csv");
  await expectPlainText(summary, "Columns separated by commas; Unicode (UTF-8) text");
  await expectPlainText(page.locator("#pf-summary-patients"), "7 patients");
  await expectPlainText(page.locator("#pf-summary-letters"), "7 letters with one per patient");
  await expectPlainText(page.locator("#pf-summary-letters"), "3 letters with one per household");
  await expectPlainText(page.locator("#pf-summary-large-print"), "0 patients");
  await expectPlainText(page.locator("#pf-summary-left-out"), "1 row");
  const languages = page.locator("#pf-list-languages tbody tr");
  await expect(languages).toHaveCount(2);
  await expect(languages.nth(0).locator("th")).toHaveText("English (UK)");
  await expect(languages.nth(0).locator("td")).toHaveText("6");
  await expect(page.locator("#pf-list-languages tr[data-language=ur] td")).toHaveText("1");

  // The row left out, by line and reason, behind a details element opened by keyboard.
  const problems = page.locator("#pf-list-problems");
  await expect(problems.locator("summary")).toHaveText("Which row is left out, and why");
  await expect(problems.locator("li")).toBeHidden();
  await problems.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(problems.locator("li")).toHaveText(["patients.csv, line 5: surname: missing"]);
  await expectNoAxeViolations(page);

  // The mapping: what the app guessed, and one column corrected by keyboard.
  await expect(page.locator("#pf-mapping tbody tr")).toHaveCount(13);
  const surname = page.getByRole("combobox", { name: "Surname (required)" });
  await expect(surname.locator("option:checked")).toHaveText("Surname");
  await expect(page.getByRole("combobox", { name: "Preferred language" }).locator("option:checked")).toHaveText(
    "Main Spoken Language",
  );
  const needs = page.getByRole("combobox", { name: "Communication needs" });
  await expect(needs).toHaveValue("");
  await expect(needs.locator("option:checked")).toHaveText("Not in this file");
  await needs.focus();
  // Type-ahead on the closed select: "Reading needs" is the one header starting with R.
  await page.keyboard.type("R");
  await expect(needs.locator("option:checked")).toHaveText("Reading needs");
  await expectPlainText(page.locator("#pf-summary-large-print"), "1 patient");
  await expectPlainText(listStatus, "The list was read again with the new column: 7 patients, 1 row left out.");
  await expect(needs).toBeFocused();
  // The document's language, further up, is a different control from the list's "Preferred language" column.
  await expect(page.getByLabel("Language of the document")).toHaveValue("en-GB");
  await expectNoAxeViolations(page);

  // A required field taken away: the app refuses the mapping, the page says which field, and the list stays as it was.
  await surname.focus();
  await page.keyboard.press("Home");
  await expect(surname).toHaveValue("");
  const alert = page.getByRole("alert");
  await expect(alert).toBeFocused();
  const link = alert.getByRole("link", { name: /no column for surname/ });
  await expect(link).toBeVisible();
  await expect(surname).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await link.click();
  await expect(surname).toBeFocused();
  await page.keyboard.type("S");
  await expect(surname.locator("option:checked")).toHaveText("Surname");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(surname).not.toHaveAttribute("aria-invalid", "true");
  await expectPlainText(page.locator("#pf-summary-patients"), "7 patients");
  await expectPlainText(page.locator("#pf-summary-large-print"), "1 patient");

  // One letter per household, by keyboard; then the letters.
  const households = page.getByLabel("One letter per household (everyone at the same address)");
  await expectPlainText(page.locator("#pf-letter-count"), "7 letters will be made, one per patient.");
  await households.focus();
  await page.keyboard.press("Space");
  await expect(households).toBeChecked();
  await expectPlainText(page.locator("#pf-letter-count"), "3 letters will be made, one per household.");
  // The letters' date: the window's first day unless changed; one PDF for each language and print size.
  await expect(page.getByLabel("Date on the letters")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByLabel("One PDF for each language and print size").check();
  await expect(page.getByLabel("Printed on both sides of the paper")).toBeChecked();
  await expect(page.getByRole("button", { name: "Make the letters", exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Make a proof" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Open the proof" })).toBeFocused({ timeout: 30_000 });
  await expectPlainText(page.locator("#pf-proof-made"), "The proof is ready: 3 letters");
  const proof = await expectSavedPdf(page, "#pf-proof-path", /pathfinder-proof-\d{4}-\d{2}-\d{2}\.pdf$/);
  await expectNoAxeViolations(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Make the letters", exact: true })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Enter");

  const result = page.getByRole("heading", { name: "The letters are ready" });
  await expect(result).toBeFocused({ timeout: 30_000 });
  await expectPlainText(page.locator("#pf-result-letters"), "3 letters");
  // The Khans' letter goes in Urdu, the language of the first of them on the list; the Browns' in large print.
  await expectPlainText(page.locator("#pf-result-standard"), "2 letters");
  await expectPlainText(page.locator("#pf-result-large-print"), "1 letter");
  await expect(page.locator("#pf-letters-languages tr[data-language=en-GB] td")).toHaveText("2");
  await expect(page.locator("#pf-letters-languages tr[data-language=ur] td")).toHaveText("1");
  await expectPlainText(page.locator("#pf-letters-status"), "The letters are ready: 3 letters, ");
  // One file for each language and print size, in order, with its letters and pages; then the address file.
  const rows = page.locator("#pf-files tbody tr");
  await expect(rows).toHaveCount(4);
  const names = await rows.locator("th .pf-block:first-child").allTextContents();
  expect(names.slice(0, 3).map((n) => n.replace(/pathfinder-letters-\d{4}-\d{2}-\d{2}-/, ""))).toEqual([
    "en-GB-standard.pdf",
    "en-GB-large-print.pdf",
    "ur-standard.pdf",
  ]);
  expect(names[3]).toMatch(/^pathfinder-addresses-\d{4}-\d{2}-\d{2}\.csv$/);
  const folder = (await page.locator("#pf-folder-path").textContent()) ?? "";
  for (const name of names) expect(existsSync(join(folder, name))).toBe(true);
  const csv = readFileSync(join(folder, names[3]), "utf8")
    .replace(/^\uFEFF/, "")
    .split("\r\n");
  expect(csv[0]).toBe(
    "letter,file,language,print_size,sort,addressee,address_1,address_2,address_3,address_4,address_5,postcode",
  );
  expect(csv.slice(1, 4).map((row) => row.split(",").slice(0, 3).join(","))).toEqual([
    `1,${names[0]},en-GB`,
    `2,${names[1]},en-GB`,
    `3,${names[2]},ur`,
  ]);
  await expectNoAxeViolations(page);

  // The first batch confirmed printed by keyboard: counted once; the others wait.
  const first = rows.nth(0);
  await expect(first.getByText("Not yet counted")).toBeVisible();
  await first.getByRole("button", { name: /Printed or handed over/ }).focus();
  await page.keyboard.press("Enter");
  await expect(rows.nth(0).getByText("Counted", { exact: true })).toBeVisible();
  await expect(rows.nth(0).getByRole("button", { name: /Printed or handed over/ })).toHaveCount(0);
  await expect(rows.nth(1).getByText("Not yet counted")).toBeVisible();
  await expectPlainText(page.locator("#pf-letters-status"), "1 letter counted as printed.");
  await expectNoAxeViolations(page);

  // The app lets the list go once its letters are made; the letters on disk are listed, and deleted by keyboard.
  await expect(page.locator("#pf-list-summary")).toHaveCount(0);
  await expectPlainText(page.locator("#pf-on-disk"), "5 files of letters are still on this computer.");
  await page.getByRole("button", { name: "Delete the letters" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#pf-on-disk")).toHaveCount(0);
  await expectPlainText(page.locator("#pf-letters-status"), "The letters were deleted from this computer.");
  for (const name of names) expect(existsSync(join(folder, name))).toBe(false);
  expect(existsSync(proof)).toBe(false);
  await expectNoAxeViolations(page);
});

test("a list can be forgotten, and a file that is not a patient list is refused with a reason", async ({
  page,
  request,
}) => {
  await onboardAndOpenNotices(page);
  const file = page.getByRole("button", { name: "Choose the patient list" });
  await chooseFile(page, request, "patients.csv", PATIENTS);
  await expectPlainText(page.locator("#pf-summary-patients"), "7 patients");

  await page.getByRole("button", { name: "Forget the list" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#pf-list-summary")).toHaveCount(0);
  await expect(page.locator("#pf-list-status")).toHaveText("The patient list is forgotten.");
  await expect(file).toBeFocused();
  await expect(page.getByRole("button", { name: "Make the letters", exact: true })).toHaveCount(0);

  // A file with no header row the app recognises.
  await chooseFile(page, request, "notes.txt", "hello,world\n1,2\n");
  const alert = page.getByRole("alert");
  await expect(alert).toBeFocused();
  const link = alert.getByRole("link", { name: /notes\.txt/ });
  await expect(link).toBeVisible();
  await expect(file).toHaveAttribute("aria-invalid", "true");
  await link.click();
  await expect(file).toBeFocused();
  await expect(page.locator("#pf-list-summary")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a care home is not grouped, the limit of surnames is checked, and a child's letter goes to a parent or guardian", async ({
  page,
  request,
}) => {
  await onboardAndOpenNotices(page);
  // A child of ten at their own address, two adults at another, and seven residents of a care home.
  const tenYearsOld = `01/01/${new Date().getFullYear() - 10}`;
  const residents = ["Abbott", "Barker", "Carter", "Dixon", "Ellis", "Fowler", "Gibson"].map(
    (surname, i) => `Mrs,Resident${i},${surname},Rosewood Care Home,Leeds,LS8 1AA,01/01/1930`,
  );
  const list = [
    "Title,Forename,Surname,Address Line 1,Address Line 2,Postcode,Date of Birth",
    `Master,Tom,Reed,4 Mill Lane,Leeds,LS6 2AB,${tenYearsOld}`,
    "Mr,Adam,Okafor,9 Elm Road,Leeds,LS9 1AA,",
    "Mrs,Beth,Okafor,9 Elm Road,Leeds,LS9 1AA,02/03/1980",
    ...residents,
  ].join("\r\n");
  await chooseFile(page, request, "patients.csv", list);
  await expectPlainText(page.locator("#pf-summary-patients"), "10 patients");
  await expectPlainText(page.locator("#pf-summary-letters"), "9 letters with one per household");
  await expectPlainText(page.locator("#pf-summary-split"), "1 address has more than 6 surnames.");
  await expectPlainText(page.locator("#pf-summary-children"), "1 patient, written to through a parent or guardian");
  await expectPlainText(page.locator("#pf-summary-no-birth"), "1 patient, written to as an adult");
  expect(await plainText(page.locator("#pf-list-summary"))).not.toContain("Rosewood");

  await page.getByLabel("One letter per household (everyone at the same address)").check();
  await expectPlainText(page.locator("#pf-letter-count"), "9 letters will be made, one per household.");
  await expectPlainText(page.locator("#pf-letter-count"), "1 of them is addressed to a parent or guardian");

  const limit = page.getByLabel("Most surnames at one address");
  await expect(limit).toHaveValue("6");
  await limit.fill("0");
  await limit.press("Tab");
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(limit).toHaveAttribute("aria-invalid", "true");
  await expectPlainText(page.locator(".nhsuk-error-summary"), "Enter a whole number from 1 to 50");
  await expectNoAxeViolations(page);

  await limit.fill("7");
  await limit.press("Tab");
  await expect(limit).not.toHaveAttribute("aria-invalid", "true");
  await expectPlainText(page.locator("#pf-letter-count"), "3 letters will be made, one per household.");
  await expectPlainText(page.locator("#pf-summary-split"), "No address has more than 7 surnames.");

  await page.getByRole("button", { name: "Make a proof" }).click();
  await page.getByRole("button", { name: "Open the proof" }).click({ timeout: 30_000 });
  await page.getByRole("button", { name: "Make the letters", exact: true }).click();
  await expect(page.getByRole("heading", { name: "The letters are ready" })).toBeFocused({ timeout: 30_000 });
  await expectPlainText(page.locator("#pf-result-letters"), "3 letters");
  await expectPlainText(page.locator("#pf-result-to-guardian"), "1 letter");
  await expectPlainText(page.locator("#pf-result-split"), "None");

  // The limit is remembered with the app's settings: the page opened again starts from 7.
  const sections = page.getByRole("navigation", { name: "Sections" });
  await sections.getByRole("link", { name: "Checklist" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checklist");
  await sections.getByRole("link", { name: "Patient notices" }).click();
  await chooseFile(page, request, "patients.csv", list);
  await expect(page.getByLabel("Most surnames at one address")).toHaveValue("7");
  await expectPlainText(page.locator("#pf-summary-letters"), "3 letters with one per household");
});

test("acknowledgement letters are made from the chosen export, dated on the page", async ({ page, request }) => {
  await onboardAndOpenNotices(page);
  await expect(page.getByRole("heading", { name: "Acknowledgement letters for processed forms" })).toBeVisible();
  await page.getByLabel("Date on the acknowledgement letters").fill("2026-03-20");
  const coded = "Forename,Surname,Address 1,Postcode,Read code\r\nAda,Okafor,4 Elm Street,LS2 7AB,9Nu0\r\n";
  await chooseFile(page, request, "coded.csv", coded, "Choose the export and make the letters");
  await expectPlainText(page.locator("#pf-ack-summary"), "1 acknowledgement letter on ");
  const name = (await page.locator("#pf-ack-result #pf-files tbody th .pf-block:first-child").textContent()) ?? "";
  expect(name).toBe("pathfinder-acknowledgements-2026-03-20.pdf");
  await expect(page.locator("#pf-ack-result").getByRole("button", { name: /Open to print/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
