import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { localIsoDateAfter } from "../src/format";

/** The test server's token, from the page it serves (it answers a POST only with it). */
export async function testToken(request: APIRequestContext): Promise<string> {
  const page = await (await request.get("/")).text();
  const token = /<meta name="pathfinder-test-token" content="([0-9a-f]{64})">/.exec(page)?.[1];
  if (!token) throw new Error("the test server's page carries no token");
  return token;
}

/** Starts the test server again from an empty data folder. */
export async function resetApp(request: APIRequestContext) {
  const answer = await request.post("/test/reset", {
    headers: { "X-Pathfinder-Test-Token": await testToken(request) },
  });
  expect(answer.status()).toBe(200);
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

/** A date `days` from today where the computer is (as the app counts), as the date inputs take it. */
export function daysFromToday(days: number): string {
  return localIsoDateAfter(new Date(), days);
}

/** Fills the onboarding form with a valid practice whose window opens in four weeks. */
export async function fillPractice(page: Page) {
  await page.getByLabel("ODS code").fill("b82005");
  await page.getByLabel("Practice name").fill("Riverside Surgery");
  await page.getByLabel("Address (optional)").fill("1 River Road, Leeds, LS1 4AP");
  await page.getByLabel("Phone number (optional)").fill("0113 496 0000");
  await page.getByLabel("Clinical commissioning group (CCG)").selectOption("02V");
  await page.getByLabel("Registered list size").fill("7,400");
  await page.getByLabel("Clinical system").selectOption("emis-web");
  await page.getByLabel("Practice lead for care.data").fill("Sam Patel");
  await page.getByLabel("Staff to brief").fill("18");
  for (const team of ["Practice manager", "Reception", "Admin team", "GP partners", "IT"]) {
    await page.getByLabel(`${team}, hours a week`).fill("10");
  }
  await page.getByLabel("Window starts on").fill(daysFromToday(28));
  await page.getByLabel("First extract on").fill(daysFromToday(28 + 42 + 14));
}

/** The text of a locator without Fluent's bidi isolation marks around placeables. */
export async function plainText(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? "").replace(/[\u2068\u2069]/g, "");
}

/** Waits until the locator's text, without isolation marks, contains `expected`. */
export async function expectPlainText(locator: Locator, expected: string) {
  await expect.poll(() => plainText(locator)).toContain(expected);
}
