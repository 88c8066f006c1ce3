import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../e2e/support";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a national user signs in, reads the overview, filters, opens a practice and downloads the list", async ({
  page,
}) => {
  await page.goto("/dashboard/login");
  await expectNoAxeViolations(page);
  await page.getByLabel("Email address").fill("national@nhs.net");
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("The email address or password is not right");
  await expectNoAxeViolations(page);

  await signIn(page, "national@nhs.net", "correct horse battery");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pilot readiness by CCG");
  const leeds = page.locator("#pf-overview tr[data-ccg='02V']");
  // Practices, enrolled, reported, ready, on track, at risk, overdue, not heard from: Riverside's briefing was due
  // in February 2026 and is not done.
  await expect(leeds.locator("td")).toHaveText(["3", "2", "2", "1", "0", "1", "1", "0"]);
  await expect(page.locator("#pf-overview tr[data-ccg='11X'] td")).toHaveText(["2", "2", "2", "0", "1", "0", "0", "0"]);
  await expect(page.getByRole("img", { name: "Practices ready, on track and at risk in each CCG" })).toBeVisible();
  // Letters printed and their share of the patients, objections per 1,000 patients, forms received and still to do,
  // and the forecast against the same practices' forms; Somerset's version 1 practice sent no forms and no forecast.
  const returns = page.getByRole("table", { name: "Objections and returned forms by clinical commissioning group" });
  await expect(returns.locator("tr[data-ccg='02V'] td")).toHaveText([
    "6264",
    "42%",
    "7.4",
    "1.2",
    "54",
    "0",
    "268",
    "54",
  ]);
  await expect(returns.locator("tr[data-ccg='11X'] td")).toHaveText([
    "6264",
    "42%",
    "4.7",
    "0.8",
    "27",
    "0",
    "134",
    "27",
  ]);
  await leeds.getByRole("link", { name: "1" }).click();
  await expect(page.locator("#pf-practices tbody tr")).toHaveCount(1);
  await expect(page.locator("#pf-practices")).toContainText("Riverside Surgery");
  await expectNoAxeViolations(page);
  await page.goBack();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Over time" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Readiness over time");
  // Not started, in progress, on track, at risk, ready.
  await expect(page.locator("#pf-trend tbody tr").last().locator("td")).toHaveText(["0", "1", "1", "1", "1"]);
  await expect(page.getByRole("img", { name: /Practices by readiness/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Practices" }).click();
  await expect(page.locator("#pf-practices tbody tr")).toHaveCount(5);
  await page.getByLabel("CCG").selectOption("02V");
  await page.getByLabel("Readiness").selectOption("at-risk");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.locator("#pf-practices tbody tr")).toHaveCount(1);
  await expect(page.locator("#pf-practices")).toContainText("Riverside Surgery");
  await expectNoAxeViolations(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download this list as CSV" }).click();
  const csv = await readFile(await (await download).path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe(
    "ODS code,Practice,CCG,Readiness,Last report,Type 1 objections,Type 2 objections," +
      '"Type 1 objections per 1,000 patients","Type 2 objections per 1,000 patients",' +
      "Type 1 objections since the baseline search,Type 2 objections since the baseline search,Forms received," +
      "Forms still to code or query,Forms expected (forecast),Registered patients",
  );
  // Small counts are suppressed in the file: 5 Type 2 objections since the baseline.
  expect(csv).toMatch(/^B82005,Riverside Surgery,02V,at-risk,[^,]+,55,9,7\.4,1\.2,26,\*,27,0,134,7400$/m);
  expect(csv).not.toContain("B82010");

  await page.getByRole("link", { name: "Riverside Surgery" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Riverside Surgery");
  await expect(page.locator("#pf-level")).toHaveText("At risk");
  await expect(page.locator("#pf-tasks")).toContainText("Brief every member of staff");
  await expect(page.locator("#pf-tasks")).toContainText("Done by another organisation");
  await expect(page.locator("#pf-type1")).toHaveText("55 (7.4 per 1,000 patients)");
  await expect(page.locator("#pf-type1-new")).toHaveText("26");
  await expect(page.locator("#pf-backlog")).toHaveText("0");
  await expect(page.locator("#pf-forecast-lede")).toContainText("expects 134 returned forms");
  const weeks = page.getByRole("table", { name: "Forms expected and received, week by week" });
  await expect(weeks.locator("tbody tr")).toHaveCount(8);
  await expect(weeks.locator("tbody tr").first().locator("th, td")).toHaveText(["2026-03-02", "10", "27", "10", "27"]);
  await expect(page.locator("#pf-history tbody tr")).toHaveCount(1);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Enrolment and windows" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enrolment and windows");
  await expectNoAxeViolations(page);
  await page.getByLabel("Practice ODS code").fill("b82020");
  await page.getByRole("button", { name: "Issue a code" }).click();
  await expect(page.locator("#pf-code")).toContainText("Enrolment code for B82020");
  await expect(page.locator(".pf-code")).toHaveText(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  await page.getByLabel("Window starts on").fill("2026-03-09");
  await page.getByLabel("Length of the window in weeks").fill("7");
  // The objection types the CCG's pilot offers are the programme's decision, set with the window.
  const offered = page.getByRole("group", { name: "Objections the pilot offers patients" });
  await expect(offered.getByRole("radio")).toHaveCount(2);
  await offered.getByLabel("Type 1 only").check();
  await page.getByRole("button", { name: "Set the window" }).click();
  // Nothing changes until the count of practices it moves is confirmed.
  await expect(page.locator("#pf-confirm-moves")).toContainText("This moves the dates of 3 practices in 02V");
  await page.getByRole("button", { name: "Confirm the change" }).click();
  await expect(page.locator("#pf-window-saved")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
});

test("a regional user sees only the CCGs granted, and works by keyboard alone", async ({ page }) => {
  await page.goto("/dashboard/login");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.getByLabel("Email address").focus();
  await page.keyboard.type("somerset@nhs.net");
  await page.keyboard.press("Tab");
  await page.keyboard.type("quantock hills 2015");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pilot readiness by CCG");
  await expect(page.locator("#pf-overview tbody tr")).toHaveCount(1);
  await expect(page.locator("#pf-overview")).not.toContainText("02V");

  await page.goto("/dashboard/practices");
  await expect(page.locator("#pf-practices tbody tr")).toHaveCount(2);
  await page.getByLabel("Readiness").selectOption("on-track");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.locator("#pf-practices tbody tr")).toHaveCount(1);
  await expect(page.locator("#pf-practices")).toContainText("Levels Health Centre");
  await page.goto("/dashboard/practices/L85001");
  // An app not yet updated sent version 1: no forecast, and a task not applicable without a reason.
  await expect(page.getByText("This report has no forecast")).toBeVisible();
  await expect(page.locator("#pf-tasks")).toContainText("No reason sent");
  await expectNoAxeViolations(page);
  const other = await page.goto("/dashboard/practices/B82005");
  expect(other?.status()).toBe(404);
});

test("a national user adds a user, is told what is wrong, and disables them", async ({ page }) => {
  await signIn(page, "national@nhs.net", "correct horse battery");
  await page.getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
  await expect(page.locator("#pf-users tr[data-email='somerset@nhs.net']")).toContainText("Active");
  await expectNoAxeViolations(page);

  await page.locator("#add-email").fill("new.lead@nhs.net");
  await page.locator("#add-role-regional").check();
  await page.locator("#add-password").fill("short");
  await page.getByRole("button", { name: "Add the user" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter a password of at least 12 characters");
  await expectNoAxeViolations(page);

  await page.locator("#add-email").fill("new.lead@nhs.net");
  await page.locator("#add-role-regional").check();
  await page.locator("#add-ccg").fill("02V");
  await page.locator("#add-password").fill("a long new password");
  await page.getByRole("button", { name: "Add the user" }).click();
  await expect(page.locator("#pf-users-done")).toContainText("The user is added");
  await page.locator("#disable-user").selectOption("new.lead@nhs.net");
  await page.getByRole("button", { name: "Disable the user" }).click();
  await expect(page.locator("#pf-users tr[data-email='new.lead@nhs.net']")).toContainText("Disabled");
  await expectNoAxeViolations(page);
});

test("a national user reads the windows, changes a CCG's window and confirms it", async ({ page }) => {
  await signIn(page, "national@nhs.net", "correct horse battery");
  await page.getByRole("link", { name: "Windows", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fair-processing windows");
  // Start, weeks, end, first extract, objections, practices (02V's window was set on the admin page above).
  await expect(page.locator("#pf-windows tr[data-ccg='02V'] td").nth(3)).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator("#pf-windows tr[data-ccg='02V'] td").nth(5)).toHaveText("3 practices");
  await expectNoAxeViolations(page);

  await page.locator("#ccg").selectOption("11X");
  await page.locator("#start").fill("2026-03-09");
  await page.locator("#weeks").fill("6");
  await page.locator("#extract").fill("2026-05-04");
  await page.getByRole("button", { name: "Set the window" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check the change to 11X's window");
  await expect(page.locator("#pf-confirm-moves")).toHaveText(
    "This moves the dates of 2 practices in 11X; no practice has dates of its own.",
  );
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Confirm the change" }).click();
  await expect(page.locator("#pf-window-saved")).toContainText("The window is saved");
  await expect(page.locator("#pf-windows tr[data-ccg='11X'] td").nth(3)).toHaveText("2026-05-04");
  await expect(page.locator("#pf-window-history tbody tr").first()).toContainText("national@nhs.net");
  await expectNoAxeViolations(page);
});

test("a national user issues codes for a CCG's practices not yet enrolled, as letters, and revokes one", async ({
  page,
}) => {
  await signIn(page, "national@nhs.net", "correct horse battery");
  await page.goto("/dashboard/codes?ccg=02V");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enrolment codes");
  // Moortown Medical Centre is the one practice of 02V that has not enrolled.
  await expect(page.locator("#pf-codes-waiting")).toHaveText(
    "1 of 3 practices in 02V is not enrolled and would get a code.",
  );
  await expectNoAxeViolations(page);

  await page.getByLabel("As letters to print, one page for each practice").check();
  await page.getByRole("button", { name: "Issue the codes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enrolment letters for 02V");
  const letter = page.locator(".pf-letter");
  await expect(letter).toHaveCount(1);
  await expect(letter).toContainText("Moortown Medical Centre");
  await expect(letter).toContainText("ODS code B82020");
  await expect(letter).toContainText("Report to the hub");
  await expectNoAxeViolations(page);
  // On paper: the letter alone, without the dashboard's header or the page's own heading.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".nhsuk-header")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
  await expect(letter).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download these codes as a CSV file" }).click();
  const csv = await readFile(await (await download).path(), "utf8");
  expect(csv).toMatch(/^ods_code,code,name\nB82020,[A-Z2-9]{4}(-[A-Z2-9]{4}){3},Moortown Medical Centre\n$/);

  await page.getByRole("link", { name: "Go to the codes issued" }).click();
  // Moortown's codes: this one, and any issued before on the enrolment page (the first test issues one).
  const rows = page.locator("#pf-codes tr[data-ods='B82020']");
  const tags = rows.locator(".nhsuk-tag");
  await expect(tags.first()).toHaveText("Unused");
  const issued = await tags.count();
  await expect(tags.filter({ hasText: "Unused" })).toHaveCount(issued);
  await expectNoAxeViolations(page);
  await rows.first().getByRole("button", { name: "Revoke the code of Moortown Medical Centre" }).click();
  await expect(page.locator("#pf-codes-done")).toContainText("The code is revoked");
  await expect(tags.filter({ hasText: "Revoked" })).toHaveCount(1);
  await expect(tags.filter({ hasText: "Unused" })).toHaveCount(issued - 1);
  await expectNoAxeViolations(page);
});

test("a national user reads a CCG's tasks by practice, sorts them, and downloads them as CSV and XLSX", async ({
  page,
}) => {
  await signIn(page, "national@nhs.net", "correct horse battery");
  await page.locator("#pf-grid-links").getByRole("link", { name: "02V" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tasks by practice in 02V");
  const riverside = page.locator("#pf-grid tr[data-ods='B82005']");
  await expect(riverside).toContainText("Overdue since 2026-02-27");
  await expect(page.locator("#pf-grid tr[data-ods='B82020']")).toContainText("Not reported");
  await expectNoAxeViolations(page);
  // By keyboard: the sort, then Apply.
  await page.getByLabel("Sort by").focus();
  await page.getByLabel("Sort by").selectOption("overdue");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Apply" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#pf-grid tbody tr").first()).toHaveAttribute("data-ods", "B82005");

  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download this list as CSV" }).click();
  const csv = await readFile(await (await csvDownload).path(), "utf8");
  expect(csv.split("\r\n")[0]).toMatch(/^ods_code,name,level,tasks_done,tasks_overdue,join-pathfinder_status,/);
  expect(csv).toMatch(/^B82005,Riverside Surgery,at-risk,/m);
  const xlsxDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as an Excel workbook (XLSX)" }).click();
  const xlsx = await readFile(await (await xlsxDownload).path());
  expect(xlsx.subarray(0, 2).toString()).toBe("PK");
  expect((await xlsxDownload).suggestedFilename()).toBe("pathfinder-tasks-02V.xlsx");
});

test("a national user publishes a message to a CCG's practices, reads who has read it, and withdraws it", async ({
  page,
}) => {
  await signIn(page, "national@nhs.net", "correct horse battery");
  await page.getByRole("link", { name: "Messages" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Messages to practices");
  await expectNoAxeViolations(page);
  // Told what is missing, with the summary linking to the field.
  await page.getByLabel("CCG").selectOption("11X");
  await page.getByRole("button", { name: "Publish to the CCG's practices" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter a title");
  await expectNoAxeViolations(page);
  await page.getByLabel("Title").fill("Posters for the new dates");
  await page.getByLabel("Message", { exact: true }).fill("The window moved.\nReprint your posters <b>now</b>.");
  await page.getByRole("button", { name: "Publish to the CCG's practices" }).click();
  await expect(page.locator("#pf-message-saved")).toContainText("The message is published");
  const row = page.locator("#pf-messages tbody tr").filter({ hasText: "Posters for the new dates" });
  await expect(row.locator("td")).toContainText([
    "11X",
    /by national@nhs\.net/,
    "0 of 2 practices",
    "Shown to practices",
  ]);
  await expectNoAxeViolations(page);

  await row.getByRole("link", { name: "Posters for the new dates" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Posters for the new dates");
  await expect(page.locator("#pf-message-body")).toContainText("Reprint your posters <b>now</b>.");
  await expect(page.locator("#pf-message-readers tbody tr")).toHaveCount(2);
  await expect(page.locator("#pf-message-readers tbody td").first()).toHaveText("Not yet");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Withdraw this message" }).click();
  await expect(page.locator("#pf-message-saved")).toContainText("The message is withdrawn");
  await expect(page.locator("#pf-message-status")).toContainText("Withdrawn");
  await expect(page.getByRole("button", { name: "Withdraw this message" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
