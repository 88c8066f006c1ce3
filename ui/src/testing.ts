/** Helpers for the unit tests (*.test.ts). Nothing in the app imports this file. */

import type { Backend, LettersCounts, LettersReport, ListView, MadeFile } from "./backend";
import type { Context } from "./context";

/** The Fluent id an element shows, or null. */
export function l10nId(element: Element | null | undefined): string | null {
  return element?.getAttribute("data-l10n-id") ?? null;
}

/** The arguments of the Fluent message an element shows; none when it has none. */
export function l10nArgs(element: Element | null | undefined): Record<string, unknown> {
  return JSON.parse(element?.getAttribute("data-l10n-args") ?? "{}");
}

/** A page's context on a backend that has only the calls a test gives it; the errors shown are collected. */
export function fakeContext(backend: object): { ctx: Context; errors: unknown[][] } {
  const errors: unknown[][] = [];
  const ctx: Context = {
    backend: backend as Backend,
    locale: () => "en-GB",
    navigate: () => {},
    showErrors: (shown) => errors.push(shown),
    refreshNav: async () => {},
  };
  return { ctx, errors };
}

/** A patient list as the app reads it: seven patients at three addresses, all in English. */
export function patientList(changes: Partial<ListView> = {}): ListView {
  return {
    fileName: "patients.csv",
    encoding: "utf8",
    delimiter: ",",
    headers: ["Surname", "Address", "Postcode", "Needs"],
    mapping: [
      { field: "surname", column: 0 },
      { field: "communicationNeeds", column: null },
    ],
    patients: 7,
    letters: 7,
    householdLetters: 3,
    maxSurnames: 6,
    splitAddresses: 0,
    children: 0,
    noDateOfBirth: 0,
    householdGuardianLetters: 0,
    byLanguage: { "en-GB": 7 },
    largePrint: 0,
    problems: [],
    problemCount: 0,
    ...changes,
  };
}

/** A file a mail-out made. */
export function madeFile(kind: MadeFile["kind"], path: string, letters: number, pages: number): MadeFile {
  return {
    id: `${kind}-1`,
    path,
    kind,
    made: "2026-03-02",
    letters,
    pages,
    language: null,
    largePrint: null,
    batch: null,
    batches: null,
    counts: [],
    printed: null,
  };
}

/** What a letters run made: three letters in English in one file, with its address file, in the app's folder. */
export function lettersReport(counts: Partial<LettersCounts> = {}): LettersReport {
  return {
    counts: {
      letters: 3,
      pages: 3,
      byLanguage: { "en-GB": 3 },
      standard: 3,
      largePrint: 0,
      toGuardian: 0,
      leftOut: [],
      blankPages: 0,
      ...counts,
    },
    splitAddresses: 0,
    problems: [],
    files: [madeFile("letters", "/letters/pathfinder-letters-2026-03-02.pdf", 3, 4)],
    addresses: madeFile("addresses", "/letters/pathfinder-addresses-2026-03-02.csv", 3, 0),
    folder: { path: "/letters", syncedBy: null, own: true },
  };
}
