import {
  isCommandError,
  type ObjectionSearch,
  type ObjectionsPage,
  type ObjectionTotals,
  type SearchCode,
  type SearchInput,
} from "../../backend";
import { caption, headerCell, insetText, liveRegion, say, summaryRow, table, tableRow, tag } from "../../components";
import { h } from "../../dom";
import { renameFields } from "../../errors";
import { button, dateField, formValues, markFieldErrors, numberField, rowButton } from "../../forms";
import { formatDate } from "../../format";
import { countsOf, entries, historyDetails, type Entry } from "./history";
import { focusById, type PageHandle, type Section } from "./section";

// Objection totals as the practice's clinical-system search gives them: the codes to search for, the search's
// totals and withdrawals entered (a baseline before the window, later ones after it), corrected or deleted, the
// latest totals with their rate and what the window brought, and the history of entries.

const COUNTS = ["type1", "type2", "type1Withdrawn", "type2Withdrawn"] as const;
type Count = (typeof COUNTS)[number];

/** The page names the search's date field apart from the day's: both are "date" to the Rust side. */
const FIELD_NAMES = { date: "searchDate" };

const COUNTED: Record<SearchCode["counted"], string> = {
  type1: "objections-counted-type1",
  type2: "objections-counted-type2",
  "type1-withdrawn": "objections-counted-type1-withdrawn",
  "type2-withdrawn": "objections-counted-type2-withdrawn",
};

const SCHEMES: Record<SearchCode["scheme"], string> = {
  "read-v2": "objections-scheme-read-v2",
  ctv3: "objections-scheme-ctv3",
};

/** Whether the pilot offers the Type 2 objection: a programme decision the app pulls from the hub. */
function offersType2(totals: ObjectionTotals): boolean {
  return totals.objectionTypes.includes("type2");
}

/** The counts this pilot's searches hold: without Type 2, none of Type 2 is asked for or shown. */
function countsShown(totals: ObjectionTotals): Count[] {
  return offersType2(totals) ? [...COUNTS] : ["type1", "type1Withdrawn"];
}

const COLUMNS: Record<Count, string> = {
  type1: "objections-search-type1",
  type2: "objections-search-type2",
  type1Withdrawn: "objections-search-type1-withdrawn",
  type2Withdrawn: "objections-search-type2-withdrawn",
};

/** The codes to search for in the practice's clinical system, with what the record leaves unconfirmed. */
function codesTable(codes: SearchCode[]): HTMLElement {
  const schemes = new Set(codes.map((code) => code.scheme));
  const cell = (children: (Node | string)[]) => h("td", { class: "nhsuk-table__cell" }, children);
  return table({
    id: "pf-search-codes",
    caption: caption("objections-codes-caption", "small"),
    columns: [
      { l10n: "objections-codes-col-counted" },
      ...(schemes.size > 1 ? [{ l10n: "objections-codes-col-scheme" }] : []),
      { l10n: "objections-codes-col-code" },
      { l10n: "objections-codes-col-note" },
    ],
    rows: codes.map((code) =>
      tableRow(
        [
          headerCell("row", { l10n: COUNTED[code.counted] }),
          ...(schemes.size > 1 ? [cell([h("span", { l10n: SCHEMES[code.scheme] })])] : []),
          cell([code.code ? h("code", {}, [code.code]) : h("span", { l10n: "objections-code-ask" })]),
          cell(code.code && code.unconfirmed ? [tag("yellow", "objections-code-confirm")] : []),
        ],
        { "data-counted": code.counted, "data-scheme": code.scheme },
      ),
    ),
  });
}

/** The latest search's totals, their rate per 1,000 patients, and what the window brought since the baseline. */
function latestTotals(totals: ObjectionTotals, locale: string): HTMLElement {
  const latest = totals.latest;
  if (!latest)
    return h("p", { class: "nhsuk-body", l10n: "objections-search-none", attrs: { id: "pf-search-totals" } });
  const both = offersType2(totals);
  const isNew = (count: number | null) =>
    count === null ? { l10n: "objections-new-needs-baseline" } : { l10n: "objections-count", l10nArgs: { count } };
  return h("dl", { class: "nhsuk-summary-list", attrs: { id: "pf-search-totals" } }, [
    summaryRow("objections-latest-search", {
      l10n: "objections-latest-search-value",
      l10nArgs: { date: formatDate(latest.date, locale), days: totals.daysSinceSearch ?? 0 },
    }),
    summaryRow(
      "objections-type1-total",
      { l10n: "objections-total-rate", l10nArgs: { total: latest.type1, rate: totals.type1Rate } },
      { "data-total": "type1" },
    ),
    ...(both
      ? [
          summaryRow(
            "objections-type2-total",
            { l10n: "objections-total-rate", l10nArgs: { total: latest.type2, rate: totals.type2Rate } },
            { "data-total": "type2" },
          ),
        ]
      : []),
    summaryRow("objections-type1-new", isNew(totals.type1New), { "data-new": "type1" }),
    ...(both ? [summaryRow("objections-type2-new", isNew(totals.type2New), { "data-new": "type2" })] : []),
  ]);
}

function readSearch(value: unknown): ObjectionSearch | null {
  const counts = countsOf(value, COUNTS);
  const date = (value as { date?: unknown } | null)?.date;
  return counts && typeof date === "string" ? { ...counts, date } : null;
}

function describeEntry(entry: Entry<ObjectionSearch>, both: boolean, locale: string): HTMLElement {
  const iso = entry.change.entityId;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso, locale) : iso;
  const search = entry.value;
  if (!search) return h("span", { l10n: "objections-history-search-deleted", l10nArgs: { date } });
  return both
    ? h("span", {
        l10n: "objections-history-search-saved",
        l10nArgs: {
          date,
          type1: search.type1,
          type2: search.type2,
          type1Withdrawn: search.type1Withdrawn,
          type2Withdrawn: search.type2Withdrawn,
        },
      })
    : h("span", {
        l10n: "objections-history-search-saved-type1",
        l10nArgs: { date, type1: search.type1, type1Withdrawn: search.type1Withdrawn },
      });
}

/** The search form's fields for this pilot: the Type 2 ones only where it offers Type 2. */
function searchForm(totals: ObjectionTotals, today: string): HTMLFormElement {
  const both = offersType2(totals);
  const total = (name: Count) =>
    numberField({ name, label: COLUMNS[name], hint: "objections-search-total-hint", width: 5 });
  const withdrawn = (name: Count) =>
    numberField({ name, label: COLUMNS[name], hint: "objections-search-withdrawn-hint", width: 5 });
  return h("form", { attrs: { novalidate: "", "aria-labelledby": "pf-search-form-heading" } }, [
    h("h3", { l10n: "objections-search-form-heading", attrs: { id: "pf-search-form-heading" } }),
    dateField("searchDate", "objections-search-date", today),
    h("div", { class: "pf-count-row" }, [total("type1"), ...(both ? [total("type2")] : [])]),
    h("div", { class: "pf-count-row" }, [withdrawn("type1Withdrawn"), ...(both ? [withdrawn("type2Withdrawn")] : [])]),
    button("objections-search-save"),
  ]) as HTMLFormElement;
}

export function searchesSection(handle: PageHandle, initial: ObjectionsPage): Section {
  const { ctx } = handle;
  const locale = () => ctx.locale();
  const status = liveRegion("pf-search-status");
  const form = searchForm(initial.totals, initial.today);
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
  let today = initial.today;

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values = formValues(form);
    const input: SearchInput = {
      date: values.searchDate ?? "",
      type1: values.type1 ?? "",
      type2: values.type2 ?? "",
      type1Withdrawn: values.type1Withdrawn ?? "",
      type2Withdrawn: values.type2Withdrawn ?? "",
    };
    try {
      const next = await ctx.backend.searchSave(input);
      markFieldErrors(form, null);
      ctx.showErrors([]);
      handle.show(next);
      form.reset();
      field("searchDate")!.value = today;
      say(status, "objections-search-saved", { date: formatDate(input.date, locale()) });
      focusById("pf-searches-heading");
    } catch (error) {
      const shown = renameFields(error, FIELD_NAMES);
      markFieldErrors(form, isCommandError(shown) ? shown : null);
      ctx.showErrors([shown]);
    }
  });

  const edit = (search: ObjectionSearch) => {
    markFieldErrors(form, null);
    field("searchDate")!.value = search.date;
    for (const name of COUNTS) {
      const input = field(name);
      if (input) input.value = String(search[name]);
    }
    field("type1")!.focus();
    say(status, "objections-search-editing", { date: formatDate(search.date, locale()) });
  };

  const remove = async (search: ObjectionSearch) => {
    try {
      const next = await ctx.backend.searchDelete(search.date);
      ctx.showErrors([]);
      handle.show(next);
      say(status, "objections-search-deleted", { date: formatDate(search.date, locale()) });
      focusById("pf-searches-heading");
    } catch (error) {
      ctx.showErrors([renameFields(error, FIELD_NAMES)]);
    }
  };

  const baseline = h("div", {});
  const totals = h("div", {});
  const searches = h("div", {});
  const history = h("div", {});

  const update = (page: ObjectionsPage) => {
    today = page.today;
    const date = (iso: string) => formatDate(iso, locale());
    const shown = countsShown(page.totals);
    const windowStart = page.forecast.weeks[0]?.start;
    baseline.replaceChildren(
      ...(windowStart ? [insetText("objections-baseline", { id: "pf-baseline" }, { start: date(windowStart) })] : []),
    );
    totals.replaceChildren(h("h3", { l10n: "objections-latest-heading" }), latestTotals(page.totals, locale()));

    const heading = h("h3", {
      l10n: "objections-searches-heading",
      attrs: { id: "pf-searches-heading", tabindex: "-1" },
    });
    if (page.totals.searches.length === 0) {
      searches.replaceChildren(heading, h("p", { class: "nhsuk-body", l10n: "objections-searches-none" }));
    } else {
      const baselineDate = page.totals.baseline?.date;
      const rows = page.totals.searches.map((search) => {
        const which = { l10n: "objections-search-which", l10nArgs: { date: date(search.date) } };
        const change = rowButton("objections-change", which);
        change.addEventListener("click", () => edit(search));
        const del = rowButton("objections-delete", which);
        del.addEventListener("click", () => void remove(search));
        return tableRow(
          [
            headerCell("row", [
              date(search.date),
              ...(search.date === baselineDate ? [" ", tag("blue", "objections-baseline-tag")] : []),
            ]),
            ...shown.map((name) =>
              h("td", { class: "nhsuk-table__cell nhsuk-table__cell--numeric" }, [
                h("span", { l10n: "objections-count", l10nArgs: { count: search[name] } }),
              ]),
            ),
            h("td", { class: "nhsuk-table__cell" }, [h("div", { class: "pf-row-actions" }, [change, del])]),
          ],
          { "data-date": search.date },
        );
      });
      searches.replaceChildren(
        heading,
        h(
          "div",
          {
            class: "pf-table-scroll",
            attrs: { tabindex: "0", role: "region", "aria-labelledby": "pf-searches-caption" },
          },
          [
            table({
              id: "pf-searches",
              caption: caption("objections-searches-caption", "hidden", { id: "pf-searches-caption" }),
              columns: [
                { l10n: "objections-col-date" },
                ...shown.map((name) => ({ l10n: COLUMNS[name], numeric: true })),
                { l10n: "objections-col-actions" },
              ],
              rows,
            }),
          ],
        ),
      );
    }

    const both = offersType2(page.totals);
    const changes = entries(page.searchesHistory, readSearch);
    history.replaceChildren(
      ...(changes.length
        ? [
            historyDetails({
              id: "pf-searches-history",
              summary: "objections-searches-history",
              caption: "objections-searches-history-caption",
              entries: changes,
              locale: locale(),
              describe: (entry) => describeEntry(entry, both, locale()),
            }),
          ]
        : []),
    );
  };
  update(initial);

  const element = h("section", { attrs: { id: "pf-search", "aria-labelledby": "pf-search-heading" } }, [
    h("h2", { l10n: "objections-search-heading", attrs: { id: "pf-search-heading" } }),
    h("p", { class: "nhsuk-body", l10n: "objections-search-intro" }),
    codesTable(initial.totals.codes),
    h("p", { class: "nhsuk-body", l10n: "objections-codes-note" }),
    baseline,
    form,
    status,
    totals,
    searches,
    history,
  ]);
  return { element, update };
}
