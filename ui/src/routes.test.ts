import { describe, expect, it } from "vitest";
import { ROUTES, navItems, routeFor } from "./routes";

describe("routing", () => {
  it("finds a section by its hash and treats in-page anchors as the current page", () => {
    expect(routeFor("#/about").path).toBe("about");
    expect(routeFor("#section-objections").path).toBe(ROUTES[0].path);
    expect(routeFor("").path).toBe(ROUTES[0].path);
    expect(routeFor("#/no-such-section").path).toBe(ROUTES[0].path);
  });

  it("marks only the current section in the navigation", () => {
    const items = navItems(routeFor("#/about"));
    expect(items).toHaveLength(ROUTES.length);
    const current = items.filter((item) => item.querySelector("[aria-current=page]"));
    expect(current).toHaveLength(1);
    expect(current[0].querySelector("a")?.getAttribute("href")).toBe("#/about");
    expect(current[0].querySelector("strong")?.getAttribute("data-l10n-id")).toBe("nav-about");
  });
});
