/** Helpers for the unit tests (*.test.ts). Nothing in the app imports this file. */

import type { Backend, LettersCounts, LettersReport, ListView } from "./backend";
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

/** What a letters run made: three letters in English, one a page, saved in the Documents folder. */
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
      ...counts,
    },
    splitAddresses: 0,
    problems: [],
    path: "/docs/letters.pdf",
  };
}
