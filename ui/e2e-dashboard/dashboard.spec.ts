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
  await expect(leeds.locator("td")).toHaveText(["3", "2", "2", "1", "1", "0", "1.9", "0.4"]);
  await expect(page.locator("#pf-overview tr[data-ccg='11X']")).toBeVisible();
  await expect(page.getByRole("img", { name: "Practices ready and at risk in each CCG" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Over time" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Readiness over time");
  await expect(page.locator("#pf-trend tbody tr").last().locator("td")).toHaveText(["1", "1", "1", "0"]);
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
  expect(csv.split("\r\n")[0]).toBe("ODS code,Practice,CCG,Readiness,Last report,Type 1 objections,Type 2 objections");
  expect(csv).toContain("B82005,Riverside Surgery,02V,at-risk,");
  expect(csv).not.toContain("B82010");

  await page.getByRole("link", { name: "Riverside Surgery" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Riverside Surgery");
  await expect(page.locator("#pf-level")).toHaveText("At risk");
  await expect(page.locator("#pf-tasks")).toContainText("Brief every member of staff");
  await expect(page.locator("#pf-history tbody tr")).toHaveCount(1);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Enrolment and windows" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enrolment and windows");
  await expectNoAxeViolations(page);
  await page.getByLabel("Practice").selectOption("B82020");
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
  const other = await page.goto("/dashboard/practices/B82005");
  expect(other?.status()).toBe(404);
});
