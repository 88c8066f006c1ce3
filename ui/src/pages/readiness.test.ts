import { describe, expect, it } from "vitest";
import type { Readiness } from "../backend";
import { fakeContext, l10nArgs, l10nId } from "../testing";
import { readinessPage } from "./readiness";

function readiness(changes: Partial<Readiness> = {}): Readiness {
  return {
    level: "on-track",
    blockers: [],
    completed: 2,
    total: 10,
    unplanned: [],
    extract: [],
    daysToWindowStart: 5,
    daysToWindowEnd: 0,
    daysToExtract: -3,
    ...changes,
  };
}

async function open(value: Readiness) {
  const { ctx } = fakeContext({ readinessGet: async () => value });
  return readinessPage(ctx);
}

const message = (element: Element | null) => [l10nId(element), l10nArgs(element)];

describe("the readiness page", () => {
  it("counts days to go, says today, and days since for dates passed: never a negative number", async () => {
    const page = await open(readiness());
    expect(message(page.querySelector("#pf-countdown-start dd"))).toEqual(["readiness-window-start-in", { days: 5 }]);
    expect(message(page.querySelector("#pf-countdown-end dd"))).toEqual(["readiness-today", { days: 0 }]);
    expect(message(page.querySelector("#pf-countdown-extract dd"))).toEqual(["readiness-extract-passed", { days: 3 }]);
    const started = await open(readiness({ daysToWindowStart: -12, daysToWindowEnd: -1 }));
    expect(message(started.querySelector("#pf-countdown-start dd"))).toEqual([
      "readiness-window-started",
      { days: 12 },
    ]);
    expect(message(started.querySelector("#pf-countdown-end dd"))).toEqual(["readiness-window-ended", { days: 1 }]);
  });

  it("explains the level, and names the teams whose hours are not planned with a way to plan them", async () => {
    const page = await open(readiness({ level: "in-progress", unplanned: ["it", "reception"] }));
    expect(l10nId(page.querySelector("#pf-level-explained"))).toBe("readiness-level-in-progress-explained");
    const teams = [...page.querySelectorAll("#pf-unplanned li")].map((li) => l10nId(li));
    expect(teams).toEqual(["role-it", "role-reception"]);
    expect(page.querySelector("#pf-unplanned a")!.getAttribute("href")).toBe("#/practice");
    const onTrack = await open(readiness());
    expect(onTrack.querySelector("#pf-unplanned")).toBeNull();
    expect(l10nId(onTrack.querySelector("#pf-level .nhsuk-tag"))).toBe("readiness-level-on-track");
  });

  it("says what stands in the way of the extract", async () => {
    const page = await open(readiness({ extract: [{ kind: "no-search" }] }));
    expect([...page.querySelectorAll("#pf-extract-blockers li")].map((li) => l10nId(li))).toEqual([
      "objections-extract-no-search",
    ]);
    const clear = await open(readiness());
    expect(l10nId(clear.querySelector("#pf-extract-blockers"))).toBe("objections-extract-none");
  });
});
