import { describe, expect, it } from "vitest";
import { isRouteHash, navItems, placeFor } from "./routes";

describe("routing", () => {
  it("finds a section and its parameter by the hash", () => {
    expect(placeFor("#/workload", true).route.path).toBe("workload");
    const task = placeFor("#/task/brief-staff", true);
    expect([task.route.path, task.param]).toEqual(["task", "brief-staff"]);
  });

  it("sends a practice that is not set up to onboarding, except for the guide", () => {
    expect(placeFor("#/checklist", false).route.path).toBe("practice");
    expect(placeFor("", false).route.path).toBe("practice");
    expect(placeFor("#/about", false).route.path).toBe("about");
    expect(placeFor("", true).route.path).toBe("checklist");
    expect(placeFor("#/no-such-section", true).route.path).toBe("checklist");
  });

  it("tells routes from in-page anchors", () => {
    expect(isRouteHash("#/about")).toBe(true);
    expect(isRouteHash("")).toBe(true);
    expect(isRouteHash("#section-objections")).toBe(false);
    expect(isRouteHash("#f-odsCode")).toBe(false);
  });

  it("shows only what works before onboarding, and marks the current section", () => {
    const before = navItems(placeFor("#/about", false).route, false);
    expect(before.map((item) => item.querySelector("a")?.getAttribute("href"))).toEqual(["#/practice", "#/about"]);
    const after = navItems(placeFor("#/task/brief-staff", true).route, true);
    expect(after.map((item) => item.querySelector("a")?.getAttribute("href"))).toEqual([
      "#/checklist",
      "#/workload",
      "#/readiness",
      "#/objections",
      "#/notices",
      "#/report",
      "#/practice",
      "#/about",
    ]);
    const current = after.filter((item) => item.querySelector("[aria-current=page]"));
    expect(current.map((item) => item.querySelector("a")?.getAttribute("href"))).toEqual(["#/checklist"]);
  });
});
