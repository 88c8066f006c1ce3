import { isAppError, type ObjectionSummary } from "../backend";
import type { Context } from "../context";
import { h } from "../dom";
import { button, formValues, markFieldErrors, textField } from "../forms";
import { formatDate } from "../format";

function summaryTable(summary: ObjectionSummary, locale: string): HTMLElement {
  let type1 = 0;
  let type2 = 0;
  const cell = (text: string | number) => h("td", { class: "nhsuk-table__cell" }, [String(text)]);
  return h("table", { class: "nhsuk-table", attrs: { id: "pf-objections" } }, [
    h("caption", { class: "nhsuk-table__caption", l10n: "objections-table-caption" }),
    h("thead", { class: "nhsuk-table__head" }, [
      h(
        "tr",
        { class: "nhsuk-table__row" },
        ["objections-col-week", "objections-col-type1", "objections-col-type2", "objections-col-type1-total", "objections-col-type2-total"].map((id) =>
          h("th", { class: "nhsuk-table__header", l10n: id, attrs: { scope: "col" } }),
        ),
      ),
    ]),
    h(
      "tbody",
      { class: "nhsuk-table__body" },
      summary.weeks.map((week) => {
        type1 += week.type1;
        type2 += week.type2;
        return h("tr", { class: "nhsuk-table__row" }, [
          h("th", { class: "nhsuk-table__header", attrs: { scope: "row" } }, [formatDate(week.weekStart, locale)]),
          cell(week.type1),
          cell(week.type2),
          cell(type1),
          cell(type2),
        ]);
      }),
    ),
  ]);
}

function render(ctx: Context, summary: ObjectionSummary, container: HTMLElement): void {
  const form = h("form", { attrs: { novalidate: "" } }, [
    textField({ name: "weekStart", label: "objections-week-label", hint: "onboarding-date-hint", type: "date", inputClass: "nhsuk-input--width-10" }),
    textField({ name: "type1", label: "objections-type1-label", hint: "objections-type1-hint", inputClass: "nhsuk-input--width-5", attrs: { inputmode: "numeric" } }),
    textField({ name: "type2", label: "objections-type2-label", hint: "objections-type2-hint", inputClass: "nhsuk-input--width-5", attrs: { inputmode: "numeric" } }),
    button("objections-save"),
  ]) as HTMLFormElement;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values = formValues(form);
    try {
      const next = await ctx.backend.saveObjections({ weekStart: values.weekStart ?? "", type1: values.type1 ?? "", type2: values.type2 ?? "" });
      ctx.showErrors([]);
      render(ctx, next, container);
    } catch (error) {
      markFieldErrors(form, isAppError(error) ? error : null);
      ctx.showErrors([error]);
    }
  });
  const rate = (value: number) => Math.round(value * 10) / 10;
  container.replaceChildren(
    h("h1", { l10n: "objections-heading" }),
    h("p", { class: "nhsuk-lede-text", l10n: "objections-lede" }),
    h("dl", { class: "nhsuk-summary-list", attrs: { id: "pf-objection-totals" } }, [
      h("div", { class: "nhsuk-summary-list__row" }, [
        h("dt", { class: "nhsuk-summary-list__key", l10n: "objections-type1-total" }),
        h("dd", { class: "nhsuk-summary-list__value", l10n: "objections-total-rate", l10nArgs: { total: summary.type1Total, rate: rate(summary.type1Rate) } }),
      ]),
      h("div", { class: "nhsuk-summary-list__row" }, [
        h("dt", { class: "nhsuk-summary-list__key", l10n: "objections-type2-total" }),
        h("dd", { class: "nhsuk-summary-list__value", l10n: "objections-total-rate", l10nArgs: { total: summary.type2Total, rate: rate(summary.type2Rate) } }),
      ]),
    ]),
    h("h2", { l10n: "objections-record-heading" }),
    form,
    ...(summary.weeks.length ? [summaryTable(summary, ctx.locale())] : [h("p", { class: "nhsuk-body", l10n: "objections-none" })]),
  );
}

export async function objectionsPage(ctx: Context): Promise<HTMLElement> {
  const summary = await ctx.backend.objections();
  const container = h("div", {});
  render(ctx, summary, container);
  return container;
}
