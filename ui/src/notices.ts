/** Pure helpers for the Patient notices page: labels, counts, the files of a mail-out and progress. */

import type { ListField, ListView, MadeFile, MappingEntry, NoticeKind, NoticeLanguage } from "./backend";

/** A path's last part: the file's name, whichever separator the system uses. */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** The Fluent id naming each kind of file a mail-out makes. Written out whole, so the catalogue check finds them. */
export const FILE_KIND_LABELS: Record<MadeFile["kind"], string> = {
  proof: "printing-file-kind-proof",
  letters: "printing-file-kind-letters",
  addresses: "printing-file-kind-addresses",
  acknowledgements: "printing-file-kind-acknowledgements",
};

/** What a file of a mail-out holds, as a Fluent message: its kind, and for letters their language, size and batch. */
export function madeFileLabel(file: MadeFile): { l10n: string; l10nArgs?: Record<string, string | number> } {
  if (file.kind !== "letters") return { l10n: FILE_KIND_LABELS[file.kind] };
  return {
    l10n: "printing-file-letters",
    l10nArgs: {
      language: file.language ?? "all",
      size: file.largePrint === null ? "all" : file.largePrint ? "large" : "standard",
      batch: file.batch ?? 0,
      batches: file.batches ?? 0,
    },
  };
}

/** The Fluent id naming each document. Written out whole, so the catalogue check finds them. */
export const KIND_LABELS: Record<NoticeKind, string> = {
  "poster-a4": "printing-kind-poster-a4",
  "poster-a3": "printing-kind-poster-a3",
  leaflet: "printing-kind-leaflet",
  "objection-form": "printing-kind-objection-form",
  "withdrawal-form": "printing-kind-withdrawal-form",
  "staff-briefing": "printing-kind-staff-briefing",
};

/** The Fluent id naming each field of the letter. */
export const FIELD_LABELS: Record<ListField, string> = {
  title: "printing-field-title",
  forename: "printing-field-forename",
  surname: "printing-field-surname",
  address1: "printing-field-address1",
  address2: "printing-field-address2",
  address3: "printing-field-address3",
  address4: "printing-field-address4",
  address5: "printing-field-address5",
  postcode: "printing-field-postcode",
  nhsNumber: "printing-field-nhs-number",
  dateOfBirth: "printing-field-date-of-birth",
  language: "printing-field-language",
  communicationNeeds: "printing-field-communication-needs",
};

/** Without these no letter can be addressed. */
export const REQUIRED_FIELDS: ListField[] = ["surname", "address1", "postcode"];

/** How the file separates its columns, as a Fluent selector. */
export function delimiterName(delimiter: string): "comma" | "tab" | "semicolon" {
  if (delimiter === "\t") return "tab";
  if (delimiter === ";") return "semicolon";
  return "comma";
}

export interface ColumnChoice {
  /** The select's value: the 0-based column, or "" for none. */
  value: string;
  /** The header as the file spells it; absent for the "not in this file" choice. */
  text?: string;
  /** A Fluent id, for the choices that are not the file's own words. */
  l10n?: string;
  l10nArgs?: Record<string, number>;
  selected: boolean;
}

/** The choices for a field's column: "Not in this file", then each of the file's headers, with the current one selected. */
export function columnChoices(headers: string[], column: number | null): ColumnChoice[] {
  return [
    { value: "", l10n: "printing-column-none", selected: column === null },
    ...headers.map((header, index): ColumnChoice => {
      const name = header.trim();
      const selected = column === index;
      return name
        ? { value: String(index), text: name, selected }
        : { value: String(index), l10n: "printing-column-unnamed", l10nArgs: { number: index + 1 }, selected };
    }),
  ];
}

/** The select's value as a column. */
export function columnOf(value: string): number | null {
  if (value === "") return null;
  const column = Number(value);
  return Number.isInteger(column) && column >= 0 ? column : null;
}

/** The mapping with one field moved to another column (or none); the others stay as they were. */
export function withColumn(mapping: MappingEntry[], field: ListField, column: number | null): MappingEntry[] {
  return mapping.map((entry) => (entry.field === field ? { field, column } : entry));
}

export interface LanguageCount {
  code: string;
  /** The language's own name, or its code when the app has no notice in it. */
  autonym: string;
  count: number;
}

/** Counts by language, in the order the languages are offered (English first); languages with none are left out. */
export function languageCounts(byLanguage: Record<string, number>, languages: NoticeLanguage[]): LanguageCount[] {
  const known = languages.map(({ code, autonym }) => ({ code, autonym, count: byLanguage[code] ?? 0 }));
  const unknown = Object.keys(byLanguage)
    .filter((code) => !languages.some((language) => language.code === code))
    .sort()
    .map((code) => ({ code, autonym: code, count: byLanguage[code] }));
  return [...known, ...unknown].filter((row) => row.count > 0);
}

/**
 * The draft translations a list's letters would be printed in (each printed with the English letter after it), in
 * the order the languages are offered; none when every letter is to be in English.
 */
export function draftLanguagesIn(
  byLanguage: Record<string, number>,
  languages: NoticeLanguage[],
  englishOnly: boolean,
): NoticeLanguage[] {
  if (englishOnly) return [];
  return languages.filter((language) => language.draft && (byLanguage[language.code] ?? 0) > 0);
}

/** The letters a list makes, one per patient or one per household. */
export function lettersFor(view: ListView, households: boolean): number {
  return households ? view.householdLetters : view.letters;
}

/** How many of those letters are addressed to a parent or guardian: one a child, or one a household of children only. */
export function guardianLettersFor(view: ListView, households: boolean): number {
  return households ? view.householdGuardianLetters : view.children;
}

/** How often screen readers hear how far a letters run has got: each tenth of the way, at most every 5 seconds. */
export const ANNOUNCE_EVERY_MS = 5000;

/** The tenth of the way a run has reached, 0 to 10. */
export function tenths(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(10, Math.floor((done * 10) / total));
}

/**
 * Whether a progress report is worth announcing: it reaches a further tenth of the way than the last announcement,
 * at least ANNOUNCE_EVERY_MS after it, and the run is not finished (the result says that).
 */
export function shouldAnnounce(
  progress: { done: number; total: number },
  last: { tenths: number; at: number },
  now: number,
): boolean {
  const reached = tenths(progress.done, progress.total);
  return progress.done < progress.total && reached > last.tenths && now - last.at >= ANNOUNCE_EVERY_MS;
}
