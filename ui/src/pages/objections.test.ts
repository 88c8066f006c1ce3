import { describe, expect, it } from "vitest";
import type {
  CommandError,
  FormsDay,
  FormsDayInput,
  ObjectionSearch,
  ObjectionsPage,
  ObjectionType,
  SearchInput,
} from "../backend";
import { fakeContext, l10nArgs, l10nId } from "../testing";
import { objectionsPage } from "./objections";
import { expectedBy } from "./objections/forecast";

const TODAY = "2026-03-20";

function day(date: string, received: number, coded: number): FormsDay {
  return { date, received, coded, scanned: coded, acknowledged: coded, queried: 0 };
}

function search(date: string, type1: number, type2 = 0): ObjectionSearch {
  return { date, type1, type2, type1Withdrawn: 0, type2Withdrawn: 0 };
}

/** The page's state: two days of forms with five waiting, a baseline and a later search. */
function state(types: ObjectionType[], changes: Partial<ObjectionsPage> = {}): ObjectionsPage {
  const days = [day("2026-03-09", 40, 30), day("2026-03-10", 10, 15)];
  const baseline = search("2026-02-20", 40, 10);
  const latest = search("2026-03-16", 130, 22);
  const codes: ObjectionsPage["totals"]["codes"] = [
    { counted: "type1", scheme: "read-v2", code: "9Nu0", unconfirmed: false },
    { counted: "type1-withdrawn", scheme: "read-v2", code: "9Nu1", unconfirmed: true },
    ...(types.includes("type2")
      ? [
          { counted: "type2" as const, scheme: "read-v2" as const, code: "9Nu4", unconfirmed: false },
          { counted: "type2-withdrawn" as const, scheme: "read-v2" as const, code: null, unconfirmed: true },
        ]
      : []),
  ];
  return {
    today: TODAY,
    listSize: 7400,
    forms: { days, received: 50, coded: 45, scanned: 45, acknowledged: 45, queried: 0, backlog: 5 },
    formsHistory: [
      {
        at: "2026-03-10T17:00:00Z",
        actor: "Sam Patel",
        entity: "forms",
        entityId: "2026-03-10",
        change: { value: days[1] },
      },
      {
        at: "2026-03-10T16:00:00Z",
        actor: "Sam Patel",
        entity: "forms",
        entityId: "2026-03-08",
        change: { value: null },
      },
      { at: "2026-03-10T15:00:00Z", actor: "Sam Patel", entity: "forms", entityId: "2026-03-09", change: "garbled" },
    ],
    undoDay: "2026-03-10",
    totals: {
      searches: [latest, baseline],
      baseline,
      latest,
      type1Rate: 17.567,
      type2Rate: 2.97,
      type1New: 90,
      type2New: 12,
      daysSinceSearch: 4,
      objectionTypes: types,
      codes,
    },
    searchesHistory: [
      {
        at: "2026-03-16T09:00:00Z",
        actor: "Sam Patel",
        entity: "searches",
        entityId: "2026-03-16",
        change: { value: latest },
      },
    ],
    forecast: {
      rate: 0.018,
      expected: 134,
      weeks: [
        { start: "2026-03-02", expected: 10, received: 0, expectedToDate: 10, receivedToDate: 0 },
        { start: "2026-03-09", expected: 21, received: 50, expectedToDate: 31, receivedToDate: 50 },
        { start: "2026-03-16", expected: 21, received: 0, expectedToDate: 52, receivedToDate: 50 },
      ],
    },
    extract: [
      { kind: "forms-waiting", forms: 5 },
      { kind: "search-stale", searched: "2026-03-09", days: 11 },
    ],
    ...changes,
  };
}

interface Calls {
  formsSave: FormsDayInput[];
  formsDelete: string[];
  formsUndo: number;
  searchSave: SearchInput[];
  searchDelete: string[];
}

/** The page on a backend whose pilot offers `types`; `answer` gives each call's result (or throws its error). */
async function open(types: ObjectionType[], answer: (call: keyof Calls) => ObjectionsPage = () => state(types)) {
  const calls: Calls = { formsSave: [], formsDelete: [], formsUndo: 0, searchSave: [], searchDelete: [] };
  const { ctx, errors } = fakeContext({
    objectionsGet: async () => state(types),
    formsSave: async (input: FormsDayInput) => (calls.formsSave.push(input), answer("formsSave")),
    formsDelete: async (date: string) => (calls.formsDelete.push(date), answer("formsDelete")),
    formsUndo: async () => (calls.formsUndo++, answer("formsUndo")),
    searchSave: async (input: SearchInput) => (calls.searchSave.push(input), answer("searchSave")),
    searchDelete: async (date: string) => (calls.searchDelete.push(date), answer("searchDelete")),
  });
  const page = await objectionsPage(ctx);
  document.body.replaceChildren(page);
  return { page, calls, errors };
}

const ids = (page: Element) => [...page.querySelectorAll("[data-l10n-id]")].map((e) => l10nId(e) ?? "");
const input = (name: string) => document.querySelector<HTMLInputElement>(`[name=${name}]`)!;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const submit = (form: Element) => form.dispatchEvent(new Event("submit", { cancelable: true }));

describe("returned forms", () => {
  it("are entered by the day, dated today at first, and the next entry is ready with the cursor on Received", async () => {
    const { page, calls, errors } = await open(["type1"]);
    expect(input("formsDate").value).toBe(TODAY);
    input("formsDate").value = "2026-03-11";
    input("received").value = "12";
    input("coded").value = "9";
    submit(page.querySelector("#pf-returns form")!);
    await settle();
    expect(calls.formsSave).toEqual([
      { date: "2026-03-11", received: "12", coded: "9", scanned: "", acknowledged: "", queried: "" },
    ]);
    expect(errors.at(-1)).toEqual([]);
    expect(document.activeElement).toBe(input("received"));
    expect(input("received").value).toBe("");
    // A past day is followed by the next: catching up, one day after another.
    expect(input("formsDate").value).toBe("2026-03-12");
    expect(l10nId(document.querySelector("#pf-forms-status > span"))).toBe("objections-forms-saved");
  });

  it("shows the tally with the backlog, the days newest first, the undo and the history", async () => {
    const { page } = await open(["type1"]);
    const waiting = page.querySelector("#pf-forms-tally [data-count=backlog] dd");
    expect([l10nId(waiting), l10nArgs(waiting)]).toEqual(["objections-forms-waiting-value", { count: 5 }]);
    const rows = [...page.querySelectorAll("#pf-forms-days tbody tr")].map((tr) => tr.getAttribute("data-date"));
    expect(rows).toEqual(["2026-03-10", "2026-03-09"]);
    const undo = page.querySelector("#f-undo");
    expect([l10nId(undo), l10nArgs(undo)]).toEqual(["objections-forms-undo", { date: "10 March 2026" }]);
    const history = [...page.querySelectorAll("#pf-forms-history tbody tr td:last-child span")].map(l10nId);
    expect(history).toEqual(["objections-history-forms-saved", "objections-history-forms-deleted"]);
  });

  it("names the day's fields apart from the search's when the Rust side refuses a date", async () => {
    const refused: CommandError = {
      code: "invalid-input",
      message: "Some answers need correcting",
      fields: [{ field: "date", message: "The date cannot be in the future" }],
    };
    const { page, errors } = await open(["type1"], () => {
      throw refused;
    });
    submit(page.querySelector("#pf-returns form")!);
    await settle();
    expect(input("formsDate").getAttribute("aria-invalid")).toBe("true");
    expect(input("searchDate").hasAttribute("aria-invalid")).toBe(false);
    const shown = errors.at(-1)![0] as CommandError;
    expect(shown.fields).toEqual([{ field: "formsDate", message: "The date cannot be in the future" }]);
  });

  it("fills the form to correct a day, and deletes and undoes through the backend", async () => {
    const { page, calls } = await open(["type1"]);
    const row = page.querySelector("#pf-forms-days tr[data-date='2026-03-09']")!;
    (row.querySelectorAll("button")[0] as HTMLButtonElement).click();
    expect([input("formsDate").value, input("received").value, input("coded").value]).toEqual([
      "2026-03-09",
      "40",
      "30",
    ]);
    expect(document.activeElement).toBe(input("received"));
    (row.querySelectorAll("button")[1] as HTMLButtonElement).click();
    await settle();
    expect(calls.formsDelete).toEqual(["2026-03-09"]);
    (document.querySelector("#f-undo") as HTMLButtonElement).click();
    await settle();
    expect(calls.formsUndo).toBe(1);
  });
});

describe("the search", () => {
  it("asks for and shows Type 1 and Type 2 where the pilot offers both, with the codes to search for", async () => {
    const { page } = await open(["type1", "type2"]);
    for (const name of ["type1", "type2", "type1Withdrawn", "type2Withdrawn"]) {
      expect(page.querySelector(`input[name=${name}]`), name).not.toBeNull();
    }
    expect(page.querySelector("#pf-search-totals [data-total=type2]")).not.toBeNull();
    const missing = page.querySelector("#pf-search-codes tr[data-counted=type2-withdrawn]")!;
    expect(ids(missing)).toContain("objections-code-ask");
    const unconfirmed = page.querySelector("#pf-search-codes tr[data-counted=type1-withdrawn]")!;
    expect(ids(unconfirmed)).toContain("objections-code-confirm");
    expect(page.querySelectorAll("#pf-searches thead th")).toHaveLength(6);
  });

  it("hides everything of Type 2 where the pilot offers Type 1 only", async () => {
    const { page, calls } = await open(["type1"]);
    expect(page.querySelector("input[name=type2]")).toBeNull();
    expect(page.querySelector("input[name=type2Withdrawn]")).toBeNull();
    expect(ids(page).filter((id) => id.includes("type2"))).toEqual([]);
    expect(page.querySelectorAll("#pf-searches thead th")).toHaveLength(4);

    input("type1").value = "140";
    submit(page.querySelector("#pf-search form")!);
    await settle();
    expect(calls.searchSave).toEqual([
      { date: TODAY, type1: "140", type2: "", type1Withdrawn: "", type2Withdrawn: "" },
    ]);
  });

  it("marks the baseline, gives the latest totals with their rate and what the window brought", async () => {
    const { page } = await open(["type1"]);
    const baseline = page.querySelector("#pf-searches tr[data-date='2026-02-20'] th")!;
    expect(ids(baseline)).toEqual(["objections-baseline-tag"]);
    expect(ids(page.querySelector("#pf-searches tr[data-date='2026-03-16'] th")!)).toEqual([]);
    const total = page.querySelector("#pf-search-totals [data-total=type1] dd");
    expect(l10nArgs(total)).toEqual({ total: 130, rate: 17.567 });
    expect(l10nArgs(page.querySelector("#pf-search-totals [data-new=type1] dd"))).toEqual({ count: 90 });
    expect(l10nArgs(page.querySelector("#pf-baseline p"))).toEqual({ start: "2 March 2026" });
  });

  it("fills the form with a search to correct it, and deletes it", async () => {
    const { page, calls } = await open(["type1", "type2"]);
    const row = page.querySelector("#pf-searches tr[data-date='2026-03-16']")!;
    (row.querySelectorAll("button")[0] as HTMLButtonElement).click();
    expect([input("searchDate").value, input("type1").value, input("type2").value]).toEqual([
      "2026-03-16",
      "130",
      "22",
    ]);
    (row.querySelectorAll("button")[1] as HTMLButtonElement).click();
    await settle();
    expect(calls.searchDelete).toEqual(["2026-03-16"]);
  });

  it("says a new count needs a baseline until there is one", async () => {
    const without = state(["type1"]);
    without.totals = { ...without.totals, baseline: null, type1New: null };
    const { ctx } = fakeContext({ objectionsGet: async () => without });
    const page = await objectionsPage(ctx);
    expect(l10nId(page.querySelector("#pf-search-totals [data-new=type1] dd"))).toBe("objections-new-needs-baseline");
  });
});

describe("the forecast and the extract", () => {
  it("tabulates the weeks, draws them as an image with a title, and counts what is expected by now", async () => {
    const { page } = await open(["type1"]);
    expect(page.querySelectorAll("#pf-forecast tbody tr")).toHaveLength(3);
    const chart = page.querySelector("#pf-forecast-chart")!;
    expect(chart.getAttribute("role")).toBe("img");
    expect(chart.querySelector("title")!.getAttribute("data-l10n-id")).toBe("objections-forecast-chart-title");
    expect(l10nArgs(page.querySelector("#pf-forecast-so-far"))).toEqual({ received: 50, expected: 52 });
    expect(expectedBy(state(["type1"]).forecast, "2026-03-01")).toBe(0);
  });

  it("lists what stands in the way of the extract in plain words, or says nothing does", async () => {
    const { page } = await open(["type1"]);
    const items = [...page.querySelectorAll("#pf-extract-blockers li")];
    expect(items.map((li) => [l10nId(li), l10nArgs(li)])).toEqual([
      ["objections-extract-forms-waiting", { forms: 5 }],
      ["objections-extract-search-stale", { days: 11, searched: "9 March 2026" }],
    ]);
    const { ctx } = fakeContext({ objectionsGet: async () => state(["type1"], { extract: [] }) });
    const clear = await objectionsPage(ctx);
    expect(l10nId(clear.querySelector("#pf-extract-blockers"))).toBe("objections-extract-none");
  });
});
