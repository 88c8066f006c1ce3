import { describe, expect, it } from "vitest";
import type { ObjectionInput, ObjectionSummary, ObjectionType } from "../backend";
import { fakeContext, l10nId } from "../testing";
import { objectionsPage } from "./objections";

function summary(objectionTypes: ObjectionType[]): ObjectionSummary {
  return {
    weeks: [{ weekStart: "2026-03-02", type1: 12, type2: 3 }],
    type1Total: 12,
    type2Total: 3,
    type1Rate: 1.6,
    type2Rate: 0.4,
    objectionTypes,
  };
}

/** The page on a backend whose pilot offers `types`; what it saves is collected. */
async function open(types: ObjectionType[]) {
  const saved: ObjectionInput[] = [];
  const { ctx, errors } = fakeContext({
    objectionsGet: async () => summary(types),
    objectionsSave: async (input: ObjectionInput) => {
      saved.push(input);
      return summary(types);
    },
  });
  const page = await objectionsPage(ctx);
  document.body.replaceChildren(page);
  return { page, saved, errors };
}

const ids = (page: HTMLElement) => [...page.querySelectorAll("[data-l10n-id]")].map((e) => l10nId(e) ?? "");

describe("the objections page", () => {
  it("asks for and shows Type 1 and Type 2 counts where the pilot offers both", async () => {
    const { page } = await open(["type1", "type2"]);
    expect(page.querySelector("input[name=type2]")).not.toBeNull();
    expect(ids(page)).toContain("objections-type2-total");
    expect(ids(page)).toContain("objections-col-type2");
    expect(page.querySelectorAll("#pf-objections tbody td")).toHaveLength(4);
  });

  it("hides everything of Type 2 where the pilot offers Type 1 only, and saves Type 1 alone", async () => {
    const { page, saved, errors } = await open(["type1"]);
    expect(page.querySelector("input[name=type2]")).toBeNull();
    expect(ids(page).filter((id) => id.includes("type2"))).toEqual([]);
    expect(page.querySelector("input[name=type1]")).not.toBeNull();
    expect(ids(page)).toContain("objections-type1-total");
    const cells = [...page.querySelectorAll("#pf-objections tbody td")].map((td) => td.textContent);
    expect(cells).toEqual(["12", "12"]);

    (page.querySelector("input[name=weekStart]") as HTMLInputElement).value = "2026-03-09";
    (page.querySelector("input[name=type1]") as HTMLInputElement).value = "4";
    page.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(saved).toEqual([{ weekStart: "2026-03-09", type1: "4", type2: "" }]);
    expect(errors.at(-1)).toEqual([]);
    expect(document.querySelector("input[name=type2]")).toBeNull();
  });
});
