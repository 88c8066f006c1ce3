import { describe, expect, it } from "vitest";
import type { ObjectionType, PracticeView } from "../backend";
import { fakeContext, l10nId } from "../testing";
import { aboutPage } from "./about";

/** The guide on a backend whose practice's pilot offers `types`, or before onboarding (`null`). */
async function guide(types: ObjectionType[] | null): Promise<string[]> {
  const practice = types && ({ objectionTypes: types } as Partial<PracticeView>);
  const { ctx } = fakeContext({ practiceGet: async () => practice });
  const page = await aboutPage(ctx);
  return [...page.querySelectorAll("[data-l10n-id]")].map((e) => l10nId(e) ?? "");
}

describe("the About guide", () => {
  it("explains both types where the pilot offers both, and before onboarding", async () => {
    for (const types of [["type1", "type2"] as ObjectionType[], null]) {
      const ids = await guide(types);
      expect(ids).toContain("about-type2-name");
      expect(ids).toContain("about-script-a-types");
      expect(ids.filter((id) => id.endsWith("-type1-only"))).toEqual([]);
    }
  });

  it("neither offers nor explains Type 2 where the pilot offers Type 1 only", async () => {
    const ids = await guide(["type1"]);
    expect(ids).toContain("about-type1-name");
    expect(ids).toContain("about-objections-body-type1-only");
    expect(ids).toContain("about-script-a-object-for-whom-type1-only");
    const both = await guide(["type1", "type2"]);
    // Every message of the Type-1-only guide that speaks of objection types is its Type-1-only one.
    for (const id of [
      "about-type2-name",
      "about-objections-difference",
      "about-objections-process",
      "about-objections-withdraw",
      "about-scr-caredata-opt-out",
      "about-script-q-types",
      "about-script-a-object-for-whom",
    ]) {
      expect(both).toContain(id);
      expect(ids).not.toContain(id);
    }
  });
});
