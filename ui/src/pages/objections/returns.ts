import { isCommandError, type FormsDay, type FormsDayInput, type ObjectionsPage } from "../../backend";
import { caption, headerCell, liveRegion, say, summaryRow, table, tableRow } from "../../components";
import { h } from "../../dom";
import { renameFields } from "../../errors";
import { button, dateField, formValues, markFieldErrors, numberField, rowButton } from "../../forms";
import { formatDate, isoDateAfter } from "../../format";
import { countsOf, entries, historyDetails, type Entry } from "./history";
import { focusById, type PageHandle, type Section } from "./section";

// Returned objection forms, day by day: a quick entry for each day's work (by keyboard alone: Enter saves, and the
// cursor goes back to the first count for the next day), an undo, the tally and backlog, the days entered and the
// history of entries.

const COUNTS = ["received", "coded", "scanned", "acknowledged", "queried"] as const;
type Count = (typeof COUNTS)[number];

const LABELS: Record<Count, string> = {
  received: "objections-forms-received",
  coded: "objections-forms-coded",
  scanned: "objections-forms-scanned",
  acknowledged: "objections-forms-acknowledged",
  queried: "objections-forms-queried",
};

/** The page names the day's date field apart from the search's: both are "date" to the Rust side. */
const FIELD_NAMES = { date: "formsDate" };

function countCell(value: number): HTMLElement {
  return h("td", { class: "nhsuk-table__cell nhsuk-table__cell--numeric" }, [
    h("span", { l10n: "objections-count", l10nArgs: { count: value } }),
  ]);
}

/** What an entry of the history did, in words. */
function describeEntry(entry: Entry<FormsDay>, locale: string): HTMLElement {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(entry.change.entityId)
    ? formatDate(entry.change.entityId, locale)
    : entry.change.entityId;
  const counts: Record<string, number> = entry.value
    ? {
        received: entry.value.received,
        coded: entry.value.coded,
        scanned: entry.value.scanned,
        acknowledged: entry.value.acknowledged,
        queried: entry.value.queried,
      }
    : {};
  if (entry.undoes) {
    return entry.value
      ? h("span", { l10n: "objections-history-forms-undone", l10nArgs: { date, ...counts } })
      : h("span", { l10n: "objections-history-forms-undone-removed", l10nArgs: { date } });
  }
  return entry.value
    ? h("span", { l10n: "objections-history-forms-saved", l10nArgs: { date, ...counts } })
    : h("span", { l10n: "objections-history-forms-deleted", l10nArgs: { date } });
}

function readDay(value: unknown): FormsDay | null {
  const counts = countsOf(value, COUNTS);
  const date = (value as { date?: unknown } | null)?.date;
  return counts && typeof date === "string" ? { ...counts, date } : null;
}

export function returnsSection(handle: PageHandle, initial: ObjectionsPage): Section {
  const { ctx } = handle;
  const locale = () => ctx.locale();
  const status = liveRegion("pf-forms-status");
  const countFields = COUNTS.map((name) => numberField({ name, label: LABELS[name], width: 5 }));
  const form = h("form", { attrs: { novalidate: "", "aria-labelledby": "pf-forms-form-heading" } }, [
    h("h3", { l10n: "objections-forms-form-heading", attrs: { id: "pf-forms-form-heading" } }),
    dateField("formsDate", "objections-forms-date", initial.today),
    h("div", { class: "nhsuk-form-group" }, [
      h("fieldset", { class: "nhsuk-fieldset", attrs: { "aria-describedby": "pf-forms-counts-hint" } }, [
        h("legend", { class: "nhsuk-fieldset__legend nhsuk-fieldset__legend--s", l10n: "objections-forms-counts" }),
        h("div", { class: "nhsuk-hint", l10n: "objections-forms-counts-hint", attrs: { id: "pf-forms-counts-hint" } }),
        h("div", { class: "pf-count-row" }, countFields),
      ]),
    ]),
    button("objections-forms-save"),
  ]) as HTMLFormElement;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  field("formsDate").addEventListener("change", () => fill(field("formsDate").value, true));

  // The days entered, as last shown: a save replaces a day's counts, so a day already entered comes back filled in,
  // for the later batch to be added to it rather than typed over it.
  let entered: FormsDay[] = initial.forms.days;
  const fill = (date: string, announce: boolean) => {
    const day = entered.find((d) => d.date === date);
    for (const name of COUNTS) field(name).value = day ? String(day[name]) : "";
    if (day && announce) say(status, "objections-forms-day-entered", { date: formatDate(date, locale()) });
  };

  /** Puts the cursor on the first count for the next entry: blank, or the day's counts if it has an entry. */
  const ready = (date: string) => {
    field("formsDate").value = date;
    fill(date, false);
    field("received").focus();
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values = formValues(form);
    const input: FormsDayInput = {
      date: values.formsDate ?? "",
      received: values.received ?? "",
      coded: values.coded ?? "",
      scanned: values.scanned ?? "",
      acknowledged: values.acknowledged ?? "",
      queried: values.queried ?? "",
    };
    try {
      const next = await ctx.backend.formsSave(input);
      markFieldErrors(form, null);
      ctx.showErrors([]);
      handle.show(next);
      const saved = next.forms.days.find((day) => day.date === input.date);
      say(status, "objections-forms-saved", {
        date: formatDate(input.date, locale()),
        received: saved?.received ?? 0,
      });
      // A day in the past is most likely one of several being caught up with: the next entry is for the day after.
      ready(input.date < next.today ? isoDateAfter(input.date, 1) : next.today);
    } catch (error) {
      const shown = renameFields(error, FIELD_NAMES);
      markFieldErrors(form, isCommandError(shown) ? shown : null);
      ctx.showErrors([shown]);
    }
  });

  const undoArea = h("div", { attrs: { id: "pf-forms-undo" } });
  const tally = h("div", {});
  const days = h("div", {});
  const history = h("div", {});

  const correct = (day: FormsDay) => {
    markFieldErrors(form, null);
    for (const name of COUNTS) field(name).value = String(day[name]);
    field("formsDate").value = day.date;
    field("received").focus();
    say(status, "objections-forms-correcting", { date: formatDate(day.date, locale()) });
  };

  const remove = async (day: FormsDay) => {
    try {
      const next = await ctx.backend.formsDelete(day.date);
      ctx.showErrors([]);
      handle.show(next);
      say(status, "objections-forms-deleted", { date: formatDate(day.date, locale()) });
      focusById("pf-forms-days-heading");
    } catch (error) {
      ctx.showErrors([renameFields(error, FIELD_NAMES)]);
    }
  };

  const undo = async (date: string) => {
    try {
      const next = await ctx.backend.formsUndo();
      ctx.showErrors([]);
      handle.show(next);
      say(status, "objections-forms-undone", { date: formatDate(date, locale()) });
      if (next.undoDay) focusById("f-undo");
      else field("received").focus();
    } catch (error) {
      ctx.showErrors([error]);
    }
  };

  const update = (page: ObjectionsPage) => {
    entered = page.forms.days;
    const date = (iso: string) => formatDate(iso, locale());
    if (page.undoDay) {
      const undoDay = page.undoDay;
      const undoButton = h("button", {
        class: "nhsuk-button nhsuk-button--secondary",
        l10n: "objections-forms-undo",
        l10nArgs: { date: date(undoDay) },
        attrs: { type: "button", id: "f-undo" },
      });
      undoButton.addEventListener("click", () => void undo(undoDay));
      undoArea.replaceChildren(undoButton);
    } else {
      undoArea.replaceChildren();
    }

    const forms = page.forms;
    const value = (count: number) => ({ l10n: "objections-count", l10nArgs: { count } });
    tally.replaceChildren(
      h("h3", { l10n: "objections-forms-tally-heading" }),
      h("dl", { class: "nhsuk-summary-list", attrs: { id: "pf-forms-tally" } }, [
        summaryRow("objections-forms-received", value(forms.received), { "data-count": "received" }),
        summaryRow("objections-forms-coded", value(forms.coded), { "data-count": "coded" }),
        summaryRow("objections-forms-scanned", value(forms.scanned), { "data-count": "scanned" }),
        summaryRow("objections-forms-acknowledged", value(forms.acknowledged), { "data-count": "acknowledged" }),
        summaryRow("objections-forms-queried", value(forms.queried), { "data-count": "queried" }),
        summaryRow(
          "objections-forms-waiting",
          { l10n: "objections-forms-waiting-value", l10nArgs: { count: forms.backlog } },
          { "data-count": "backlog" },
        ),
      ]),
    );

    const heading = h("h3", {
      l10n: "objections-forms-days-heading",
      attrs: { id: "pf-forms-days-heading", tabindex: "-1" },
    });
    if (forms.days.length === 0) {
      days.replaceChildren(heading, h("p", { class: "nhsuk-body", l10n: "objections-forms-none" }));
    } else {
      const rows = [...forms.days].reverse().map((day) => {
        const which = { l10n: "objections-forms-which", l10nArgs: { date: date(day.date) } };
        const change = rowButton("objections-change", which);
        change.addEventListener("click", () => correct(day));
        const del = rowButton("objections-delete", which);
        del.addEventListener("click", () => void remove(day));
        return tableRow(
          [
            headerCell("row", [date(day.date)]),
            ...COUNTS.map((name) => countCell(day[name])),
            h("td", { class: "nhsuk-table__cell" }, [h("div", { class: "pf-row-actions" }, [change, del])]),
          ],
          { "data-date": day.date },
        );
      });
      days.replaceChildren(
        heading,
        h(
          "div",
          {
            class: "pf-table-scroll",
            attrs: { tabindex: "0", role: "region", "aria-labelledby": "pf-forms-days-caption" },
          },
          [
            table({
              id: "pf-forms-days",
              caption: caption("objections-forms-days-caption", "hidden", { id: "pf-forms-days-caption" }),
              columns: [
                { l10n: "objections-col-date" },
                ...COUNTS.map((name) => ({ l10n: LABELS[name], numeric: true })),
                { l10n: "objections-col-actions" },
              ],
              rows,
            }),
          ],
        ),
      );
    }

    const changes = entries(page.formsHistory, readDay);
    history.replaceChildren(
      ...(changes.length
        ? [
            historyDetails({
              id: "pf-forms-history",
              summary: "objections-forms-history",
              caption: "objections-forms-history-caption",
              entries: changes,
              locale: locale(),
              describe: (entry) => describeEntry(entry, locale()),
            }),
          ]
        : []),
    );
  };
  update(initial);

  const element = h("section", { attrs: { id: "pf-returns", "aria-labelledby": "pf-returns-heading" } }, [
    h("h2", { l10n: "objections-forms-heading", attrs: { id: "pf-returns-heading" } }),
    h("p", { class: "nhsuk-body", l10n: "objections-forms-intro" }),
    form,
    status,
    undoArea,
    tally,
    days,
    history,
  ]);
  return { element, update };
}
