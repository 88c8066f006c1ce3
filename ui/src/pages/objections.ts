import { isCommandError, type ObjectionSummary } from "../backend";
import { caption, headerCell, summaryRow, table, tableRow } from "../components";
import type { Context } from "../context";
import { h } from "../dom";
import { button, dateField, formValues, markFieldErrors, numberField } from "../forms";
import { formatDate } from "../format";

/** Whether the pilot offers the Type 2 objection: a programme decision the app pulls from the hub. */
function offersType2(summary: ObjectionSummary): boolean {
  return summary.objectionTypes.includes("type2");
}

function summaryTable(summary: ObjectionSummary, locale: string): HTMLElement {
  let type1 = 0;
  let type2 = 0;
  const both = offersType2(summary);
  const cell = (text: string | number) => h("td", { class: "nhsuk-table__cell" }, [String(text)]);
  const columns = both
    ? [
        "objections-col-week",
        "objections-col-type1",
        "objections-col-type2",
        "objections-col-type1-total",
        "objections-col-type2-total",
      ]
    : ["objections-col-week", "objections-col-type1", "objections-col-type1-total"];
  return table({
    id: "pf-objections",
    caption: caption("objections-table-caption"),
    columns: columns.map((l10n) => ({ l10n })),
    rows: summary.weeks.map((week) => {
      type1 += week.type1;
      type2 += week.type2;
      return tableRow(
        both
          ? [
              headerCell("row", [formatDate(week.weekStart, locale)]),
              cell(week.type1),
              cell(week.type2),
              cell(type1),
              cell(type2),
            ]
          : [headerCell("row", [formatDate(week.weekStart, locale)]), cell(week.type1), cell(type1)],
      );
    }),
  });
}

function render(ctx: Context, summary: ObjectionSummary, container: HTMLElement): void {
  // Where the pilot offers Type 1 only, there is no Type 2 count to ask for or show.
  const both = offersType2(summary);
  const form = h("form", { attrs: { novalidate: "" } }, [
    dateField("weekStart", "objections-week-label"),
    numberField({ name: "type1", label: "objections-type1-label", hint: "objections-type1-hint", width: 5 }),
    ...(both
      ? [numberField({ name: "type2", label: "objections-type2-label", hint: "objections-type2-hint", width: 5 })]
      : []),
    button("objections-save"),
  ]) as HTMLFormElement;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values = formValues(form);
    try {
      const next = await ctx.backend.objectionsSave({
        weekStart: values.weekStart ?? "",
        type1: values.type1 ?? "",
        type2: values.type2 ?? "",
      });
      ctx.showErrors([]);
      render(ctx, next, container);
    } catch (error) {
      markFieldErrors(form, isCommandError(error) ? error : null);
      ctx.showErrors([error]);
    }
  });
  const rate = (value: number) => Math.round(value * 10) / 10;
  container.replaceChildren(
    h("h1", { l10n: "objections-heading" }),
    h("p", { class: "nhsuk-lede-text", l10n: "objections-lede" }),
    h("dl", { class: "nhsuk-summary-list", attrs: { id: "pf-objection-totals" } }, [
      summaryRow("objections-type1-total", {
        l10n: "objections-total-rate",
        l10nArgs: { total: summary.type1Total, rate: rate(summary.type1Rate) },
      }),
      ...(both
        ? [
            summaryRow("objections-type2-total", {
              l10n: "objections-total-rate",
              l10nArgs: { total: summary.type2Total, rate: rate(summary.type2Rate) },
            }),
          ]
        : []),
    ]),
    h("h2", { l10n: "objections-record-heading" }),
    form,
    ...(summary.weeks.length
      ? [summaryTable(summary, ctx.locale())]
      : [h("p", { class: "nhsuk-body", l10n: "objections-none" })]),
  );
}

export async function objectionsPage(ctx: Context): Promise<HTMLElement> {
  const summary = await ctx.backend.objectionsGet();
  const container = h("div", {});
  render(ctx, summary, container);
  return container;
}
