import { describe, expect, it } from "vitest";
import type { ListView, MadeFile, MappingEntry } from "./backend";
import {
  ANNOUNCE_EVERY_MS,
  FIELD_LABELS,
  KIND_LABELS,
  FILE_KIND_LABELS,
  columnChoices,
  columnOf,
  delimiterName,
  draftLanguagesIn,
  fileName,
  languageCounts,
  lettersFor,
  madeFileLabel,
  shouldAnnounce,
  tenths,
  withColumn,
} from "./notices";

describe("the files of a mail-out", () => {
  const file = (over: Partial<MadeFile>): MadeFile => ({
    id: "f1",
    path: "/home/sam/.local/share/app.pathfinder.desktop/letters/pathfinder-letters-2026-03-02-pl-standard.pdf",
    kind: "letters",
    made: "2026-03-02",
    letters: 12,
    pages: 48,
    language: "pl",
    largePrint: false,
    batch: 2,
    batches: 3,
    counts: [],
    printed: null,
    ...over,
  });

  it("names a file by the last part of its path, whichever the separator", () => {
    expect(fileName(file({}).path)).toBe("pathfinder-letters-2026-03-02-pl-standard.pdf");
    expect(fileName("C:\\Users\\sam\\AppData\\Local\\letters\\pathfinder-proof-2026-03-02.pdf")).toBe(
      "pathfinder-proof-2026-03-02.pdf",
    );
  });

  it("says what a file holds with whole message ids and numbers as numbers", () => {
    expect(madeFileLabel(file({}))).toEqual({
      l10n: "printing-file-letters",
      l10nArgs: { language: "pl", size: "standard", batch: 2, batches: 3 },
    });
    expect(madeFileLabel(file({ language: null, largePrint: null, batch: null, batches: null })).l10nArgs).toEqual({
      language: "all",
      size: "all",
      batch: 0,
      batches: 0,
    });
    for (const kind of ["proof", "addresses", "acknowledgements"] as const) {
      expect(madeFileLabel(file({ kind }))).toEqual({ l10n: FILE_KIND_LABELS[kind] });
    }
  });
});

describe("labels", () => {
  it("names every document and every field with a whole message id", () => {
    expect(Object.keys(KIND_LABELS)).toEqual([
      "poster-a4",
      "poster-a3",
      "leaflet",
      "objection-form",
      "withdrawal-form",
      "staff-briefing",
    ]);
    expect(KIND_LABELS["objection-form"]).toBe("printing-kind-objection-form");
    expect(Object.keys(FIELD_LABELS)).toHaveLength(13);
    expect(FIELD_LABELS.nhsNumber).toBe("printing-field-nhs-number");
    for (const id of [...Object.values(KIND_LABELS), ...Object.values(FIELD_LABELS)])
      expect(id).toMatch(/^printing-[a-z0-9-]+$/);
  });

  it("names the delimiter for the format's message", () => {
    expect([",", "\t", ";"].map(delimiterName)).toEqual(["comma", "tab", "semicolon"]);
  });
});

describe("the column mapping's choices", () => {
  const headers = ["NHS Number", "Surname", "", "Postcode"];

  it("offers 'not in this file' and then every header, the current column selected", () => {
    const choices = columnChoices(headers, 1);
    expect(choices.map((c) => c.value)).toEqual(["", "0", "1", "2", "3"]);
    expect(choices[0]).toEqual({ value: "", l10n: "printing-column-none", selected: false });
    expect(choices[1]).toEqual({ value: "0", text: "NHS Number", selected: false });
    expect(choices[2]).toEqual({ value: "1", text: "Surname", selected: true });
    expect(choices.filter((c) => c.selected)).toHaveLength(1);
  });

  it("names a column without a heading by its position", () => {
    expect(columnChoices(headers, null)[3]).toEqual({
      value: "2",
      l10n: "printing-column-unnamed",
      l10nArgs: { number: 3 },
      selected: false,
    });
    expect(columnChoices(headers, null)[0].selected).toBe(true);
  });

  it("reads a choice back as a column", () => {
    expect(columnOf("")).toBeNull();
    expect(columnOf("0")).toBe(0);
    expect(columnOf("12")).toBe(12);
    expect(columnOf("x")).toBeNull();
    expect(columnOf("-1")).toBeNull();
  });

  it("moves one field and leaves the others", () => {
    const mapping: MappingEntry[] = [
      { field: "surname", column: 1 },
      { field: "language", column: null },
      { field: "postcode", column: 3 },
    ];
    expect(withColumn(mapping, "language", 2)).toEqual([
      { field: "surname", column: 1 },
      { field: "language", column: 2 },
      { field: "postcode", column: 3 },
    ]);
    expect(withColumn(mapping, "surname", null)[0]).toEqual({ field: "surname", column: null });
    expect(mapping[1].column).toBeNull();
  });
});

describe("the list's summary", () => {
  const languages = [
    { code: "en-GB", autonym: "English (UK)", draft: false },
    { code: "pl", autonym: "Polski", draft: true },
    { code: "ur", autonym: "اردو", draft: true },
  ];

  it("lists languages in the order they are offered, by their own names, leaving out those with nobody", () => {
    expect(languageCounts({ ur: 1, "en-GB": 6 }, languages)).toEqual([
      { code: "en-GB", autonym: "English (UK)", count: 6 },
      { code: "ur", autonym: "اردو", count: 1 },
    ]);
    expect(languageCounts({}, languages)).toEqual([]);
  });

  it("names the draft translations the letters would be in, none with English only", () => {
    expect(draftLanguagesIn({ ur: 1, "en-GB": 6, pl: 2 }, languages, false).map((l) => l.code)).toEqual(["pl", "ur"]);
    expect(draftLanguagesIn({ ur: 0, "en-GB": 6 }, languages, false)).toEqual([]);
    expect(draftLanguagesIn({ ur: 1, pl: 2 }, languages, true)).toEqual([]);
  });

  it("shows a language the page does not know by its code, after the others", () => {
    expect(languageCounts({ so: 2, "en-GB": 1, pl: 0 }, languages)).toEqual([
      { code: "en-GB", autonym: "English (UK)", count: 1 },
      { code: "so", autonym: "so", count: 2 },
    ]);
  });

  it("counts letters per patient or per household", () => {
    const view = { letters: 7, householdLetters: 3 } as ListView;
    expect(lettersFor(view, false)).toBe(7);
    expect(lettersFor(view, true)).toBe(3);
  });
});

describe("announcing a letters run's progress", () => {
  it("counts tenths of the way", () => {
    expect([tenths(0, 100), tenths(9, 100), tenths(10, 100), tenths(99, 100), tenths(100, 100)]).toEqual([
      0, 0, 1, 9, 10,
    ]);
    expect(tenths(3, 0)).toBe(0);
  });

  it("announces a further tenth, no sooner than the interval, and never the end (the result says that)", () => {
    const start = { tenths: 0, at: 0 };
    expect(shouldAnnounce({ done: 5, total: 100 }, start, ANNOUNCE_EVERY_MS)).toBe(false);
    expect(shouldAnnounce({ done: 10, total: 100 }, start, ANNOUNCE_EVERY_MS - 1)).toBe(false);
    expect(shouldAnnounce({ done: 10, total: 100 }, start, ANNOUNCE_EVERY_MS)).toBe(true);
    expect(shouldAnnounce({ done: 19, total: 100 }, { tenths: 1, at: 0 }, 60_000)).toBe(false);
    expect(shouldAnnounce({ done: 100, total: 100 }, { tenths: 9, at: 0 }, 60_000)).toBe(false);
  });

  it("says a run of thousands of letters at most ten times", () => {
    let last = { tenths: 0, at: 0 };
    let said = 0;
    for (let done = 1; done <= 5000; done += 1) {
      const now = done * 100;
      if (shouldAnnounce({ done, total: 5000 }, last, now)) {
        said += 1;
        last = { tenths: tenths(done, 5000), at: now };
      }
    }
    expect(said).toBe(9);
  });
});
