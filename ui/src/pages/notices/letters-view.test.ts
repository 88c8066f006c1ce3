import { describe, expect, it } from "vitest";
import type { NoticeLanguage } from "../../backend";
import { h } from "../../dom";
import { l10nArgs as args, l10nId as l10n, lettersReport, patientList } from "../../testing";
import {
  languageTable,
  letterCountMessage,
  lettersResult,
  listSummary,
  mappingTable,
  problemsDetails,
  progressView,
  runButtons,
  showProgress,
} from "./letters-view";

const LANGUAGES: NoticeLanguage[] = [
  { code: "en-GB", autonym: "English (UK)", draft: false },
  { code: "pl", autonym: "Polski", draft: true },
  { code: "ur", autonym: "اردو", draft: false },
];

const LIST = patientList({
  delimiter: "\t",
  headers: ["NHS Number", "Surname", "", "Postcode"],
  mapping: [
    { field: "title", column: null },
    { field: "surname", column: 1 },
    { field: "postcode", column: 3 },
  ],
  byLanguage: { ur: 1, "en-GB": 6, so: 2, pl: 0 },
  largePrint: 1,
  problems: ["patients.csv, line 5: surname: missing"],
  problemCount: 1,
  splitAddresses: 1,
  children: 2,
  noDateOfBirth: 3,
  householdGuardianLetters: 1,
});

describe("the list's summary", () => {
  it("gives each figure its own row, named for the tests and the page", () => {
    const summary = listSummary(LIST);
    expect(summary.id).toBe("pf-list-summary");
    expect(summary.querySelector(".pf-break")!.textContent).toBe("patients.csv");
    expect(args(summary.querySelector('[data-l10n-id="printing-summary-format-value"]'))).toEqual({
      delimiter: "tab",
      encoding: "utf8",
    });
    expect(args(summary.querySelector("#pf-summary-patients dd span"))).toEqual({ count: 7 });
    const letters = [...summary.querySelectorAll("#pf-summary-letters .pf-block")];
    expect(letters.map((span) => [l10n(span), args(span).count])).toEqual([
      ["printing-summary-letters-each", 7],
      ["printing-summary-letters-households", 3],
      ["printing-summary-letters-split", 1],
    ]);
    expect(args(summary.querySelector("#pf-summary-split"))).toEqual({ count: 1, max: 6 });
    expect(args(summary.querySelector("#pf-summary-children dd span"))).toEqual({ count: 2 });
    expect(l10n(summary.querySelector("#pf-summary-children dd span"))).toBe("printing-summary-children-value");
    expect(args(summary.querySelector("#pf-summary-no-birth dd span"))).toEqual({ count: 3 });
    expect(args(summary.querySelector("#pf-summary-large-print dd span"))).toEqual({ count: 1 });
    expect(l10n(summary.querySelector("#pf-summary-left-out dd span"))).toBe("printing-summary-left-out-value");
  });
});

describe("the language table", () => {
  it("lists languages in the order offered, then unknown codes by their code, and leaves out those with none", () => {
    const table = languageTable(
      "pf-list-languages",
      "printing-languages-caption",
      LIST.byLanguage,
      LANGUAGES,
      "printing-count-patients",
    );
    expect(table.id).toBe("pf-list-languages");
    const rows = [...table.querySelectorAll("tbody tr")];
    expect(rows.map((row) => row.getAttribute("data-language"))).toEqual(["en-GB", "ur", "so"]);
    expect(rows[1].querySelector("th span")!.getAttribute("lang")).toBe("ur");
    expect(rows[2].querySelector("th")!.textContent).toBe("so");
    expect(rows.map((row) => args(row.querySelector("td")).count)).toEqual([6, 1, 2]);
    expect(l10n(rows[0].querySelector("td"))).toBe("printing-count-patients");
  });
});

describe("the rows left out", () => {
  it("are not mentioned when there are none", () => {
    expect(problemsDetails("pf-list-problems", [], 0)).toEqual([]);
  });

  it("are listed, with a note when only the first of them are", () => {
    const [all] = problemsDetails("pf-list-problems", ["line 5"], 1);
    expect(all.id).toBe("pf-list-problems");
    expect([...all.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["line 5"]);
    expect(all.querySelector('[data-l10n-id="printing-problems-more"]')).toBeNull();
    const [some] = problemsDetails("pf-list-problems", ["line 5", "line 9"], 250);
    expect(args(some.querySelector("summary span"))).toEqual({ count: 250 });
    expect(args(some.querySelector('[data-l10n-id="printing-problems-more"]'))).toEqual({ shown: 2, count: 250 });
  });
});

describe("the mapping table", () => {
  it("has a select a field, labelled by its row, offering the file's columns, with required fields marked", () => {
    const table = mappingTable(LIST, () => {});
    const selects = [...table.querySelectorAll("select")];
    expect(selects.map((select) => select.name)).toEqual(["map-title", "map-surname", "map-postcode"]);
    const surname = table.querySelector<HTMLSelectElement>("#f-map-surname")!;
    expect(surname.getAttribute("aria-labelledby")).toBe("pf-map-surname-label");
    expect(table.querySelector("#pf-map-surname-label .pf-required")).not.toBeNull();
    expect(table.querySelector("#pf-map-title-label .pf-required")).toBeNull();
    // Which option starts selected is columnChoices' (notices.test.ts): happy-dom mis-selects options on insertion.
    // "Not in this file", then each header; a header with no name is numbered.
    const options = [...surname.options];
    expect(options.map((option) => option.value)).toEqual(["", "0", "1", "2", "3"]);
    expect(l10n(options[0])).toBe("printing-column-none");
    expect(options[1].textContent).toBe("NHS Number");
    expect(args(options[3])).toEqual({ number: 3 });
    expect(surname.closest("[data-field]")!.getAttribute("data-field")).toBe("map-surname");
  });

  it("tells which field moved to which column, or to none", () => {
    const moves: [string, number | null][] = [];
    const table = mappingTable(LIST, (field, column) => moves.push([field, column]));
    const postcode = table.querySelector<HTMLSelectElement>("#f-map-postcode")!;
    postcode.value = "0";
    postcode.dispatchEvent(new Event("change"));
    postcode.value = "";
    postcode.dispatchEvent(new Event("change"));
    expect(moves).toEqual([
      ["postcode", 0],
      ["postcode", null],
    ]);
  });
});

describe("the letters to make", () => {
  it("counts one a patient or one a household, and those to a parent or guardian", () => {
    const said = (households: boolean) =>
      letterCountMessage(LIST, households)
        .filter((part): part is HTMLElement => typeof part !== "string")
        .map((part) => [l10n(part), args(part)]);
    expect(said(false)).toEqual([
      ["printing-letters-to-make-each", { count: 7 }],
      ["printing-letters-to-guardians", { count: 2 }],
    ]);
    expect(said(true)).toEqual([
      ["printing-letters-to-make-households", { count: 3 }],
      ["printing-letters-to-guardians", { count: 1 }],
    ]);
    const adults = patientList();
    expect(letterCountMessage(adults, true)).toHaveLength(1);
  });

  it("are made or the list forgotten by buttons, the forget button described by its hint", () => {
    let made = 0;
    let forgotten = 0;
    const area = h(
      "div",
      {},
      runButtons(
        () => made++,
        () => forgotten++,
      ),
    );
    const forget = area.querySelector<HTMLButtonElement>("#pf-forget")!;
    expect(forget.getAttribute("aria-describedby")).toBe("pf-forget-hint");
    expect(area.querySelector("#pf-forget-hint")).not.toBeNull();
    expect(forget.className).toContain("nhsuk-button--secondary");
    area.querySelector<HTMLButtonElement>("#pf-make-letters")!.click();
    forget.click();
    forget.click();
    expect([made, forgotten]).toEqual([1, 2]);
  });
});

describe("a run's progress", () => {
  it("is a labelled bar with its figures, and a button to cancel", () => {
    let cancels = 0;
    const view = progressView(() => cancels++);
    const group = view.elements[0];
    expect(group.id).toBe("pf-letters-run");
    expect(group.querySelector("label")!.getAttribute("for")).toBe(view.bar.id);
    view.cancel.click();
    expect(cancels).toBe(1);
  });

  it("is shown in place, and an empty run does not divide by nothing", () => {
    const view = progressView(() => {});
    showProgress(view, { done: 0, total: 0 });
    expect([view.bar.max, view.bar.value]).toEqual([1, 0]);
    showProgress(view, { done: 40, total: 120 });
    expect([view.bar.max, view.bar.value]).toEqual([120, 40]);
    expect(view.figures.children).toHaveLength(1);
    expect(args(view.figures.firstElementChild)).toEqual({ done: 40, total: 120 });
    expect(view.elements[0].contains(view.bar)).toBe(true);
  });
});

describe("the letters made", () => {
  it("are counted, by language, with the rows left out and the saved file", () => {
    const report = {
      ...lettersReport({ pages: 4, byLanguage: { "en-GB": 2, ur: 1 }, standard: 2, largePrint: 1, toGuardian: 1 }),
      splitAddresses: 2,
    };
    const saved = [h("p", { attrs: { id: "saved" } })];
    const result = h("div", {}, lettersResult(report, LANGUAGES, saved));
    const heading = result.querySelector("#pf-letters-result")!;
    expect([heading.tagName, heading.getAttribute("tabindex")]).toEqual(["H3", "-1"]);
    expect(args(result.querySelector("#pf-result-letters dd span"))).toEqual({ count: 3 });
    expect(args(result.querySelector("#pf-result-standard dd span"))).toEqual({ count: 2 });
    expect(args(result.querySelector("#pf-result-large-print dd span"))).toEqual({ count: 1 });
    expect(args(result.querySelector("#pf-result-to-guardian dd span"))).toEqual({ count: 1 });
    expect(args(result.querySelector("#pf-result-split dd span"))).toEqual({ count: 2 });
    expect(
      [...result.querySelectorAll("#pf-letters-languages tbody tr")].map((row) => row.getAttribute("data-language")),
    ).toEqual(["en-GB", "ur"]);
    expect(l10n(result.querySelector("#pf-letters-languages td"))).toBe("printing-count-letters");
    expect(result.querySelector("#pf-letters-problems")).toBeNull();
    expect(result.querySelector("#saved")).toBe(saved[0]);
    expect(result.lastElementChild!.id).toBe("pf-letters-list-gone");
  });
});
