import type { Change } from "../../backend";
import { caption, details, table, tableRow } from "../../components";
import { h } from "../../dom";

// The history of the entries on the objections page: who changed what and when, newest first, behind a details
// element. The change log keeps each entry's whole new value (none for a deletion), and for an undo which change
// it took back.

/** One change of the log, read as the store writes it; a row the page cannot read is left out, never guessed. */
export interface Entry<T> {
  change: Change;
  value: T | null;
  undoes: boolean;
}

/** The log's entries whose value `read` accepts (a deletion has none). */
export function entries<T>(changes: Change[], read: (value: unknown) => T | null): Entry<T>[] {
  return changes.flatMap((change) => {
    const body = change.change;
    if (typeof body !== "object" || body === null || !("value" in body)) return [];
    const { value, undoes } = body as { value: unknown; undoes?: unknown };
    const parsed = value === null ? null : read(value);
    if (value !== null && parsed === null) return [];
    return [{ change, value: parsed, undoes: typeof undoes === "number" }];
  });
}

/** Whether every named field of `value` is a number: what a day's or a search's counts are. */
export function countsOf<K extends string>(value: unknown, names: readonly K[]): Record<K, number> | null {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  return names.every((name) => typeof record[name] === "number") ? (record as Record<K, number>) : null;
}

/** The history in a details element: when, who and what, newest first as the page gets it. */
export function historyDetails<T>(options: {
  id: string;
  summary: string;
  caption: string;
  entries: Entry<T>[];
  locale: string;
  describe: (entry: Entry<T>) => HTMLElement;
}): HTMLElement {
  const time = new Intl.DateTimeFormat(options.locale, { dateStyle: "medium", timeStyle: "short" });
  const cell = (content: Node | string) => h("td", { class: "nhsuk-table__cell" }, [content]);
  return details(
    { l10n: options.summary, l10nArgs: { count: options.entries.length } },
    [
      table({
        caption: caption(options.caption, "hidden"),
        columns: [
          { l10n: "objections-history-when" },
          { l10n: "objections-history-who" },
          { l10n: "objections-history-what" },
        ],
        rows: options.entries.map((entry) =>
          tableRow([
            cell(time.format(new Date(entry.change.at))),
            cell(entry.change.actor),
            cell(options.describe(entry)),
          ]),
        ),
      }),
    ],
    { id: options.id },
  );
}
