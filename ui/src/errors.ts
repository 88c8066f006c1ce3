import { isCommandError, type CommandError } from "./backend";
import { h } from "./dom";

/** Anything thrown or rejected, as an error a person can read; unknown failures get the generic message. */
export function toAppError(error: unknown): CommandError | { code: string; l10n: string } {
  if (isCommandError(error)) return error;
  return { code: "unexpected", l10n: "error-unexpected" };
}

/**
 * The error with some of its fields named as the page names them: two forms on one page may each have a field the
 * Rust side calls "date", which the page must tell apart (each control's id is made from its field's name).
 */
export function renameFields(error: unknown, names: Record<string, string>): unknown {
  if (!isCommandError(error) || !error.fields) return error;
  return { ...error, fields: error.fields.map((f) => ({ ...f, field: names[f.field] ?? f.field })) };
}

/** The id of the form control for a field, so error summary links and labels can point at it. */
export function fieldId(field: string): string {
  return `f-${field}`;
}

function summaryItems(error: unknown): HTMLElement[] {
  const shown = toAppError(error);
  if ("message" in shown && shown.fields?.length) {
    return shown.fields.map((field) => {
      const link = h("a", { attrs: { href: `#${fieldId(field.field)}` } }, [field.message]);
      link.addEventListener("click", (event) => {
        event.preventDefault();
        document.getElementById(fieldId(field.field))?.focus();
      });
      const item = h("li", {}, [link]);
      item.dataset.field = field.field;
      return item;
    });
  }
  const item = "message" in shown ? h("li", {}, [shown.message]) : h("li", { l10n: shown.l10n });
  item.dataset.code = shown.code;
  return [item];
}

/** Shows the design system's error summary at the top of the page, and moves focus to it. */
export function showErrors(container: HTMLElement, errors: unknown[]): void {
  container.replaceChildren();
  if (errors.length === 0) return;
  const summary = h(
    "div",
    { class: "nhsuk-error-summary", attrs: { "aria-labelledby": "pf-error-summary-title", tabindex: "-1" } },
    [
      h("h2", {
        class: "nhsuk-error-summary__title",
        l10n: "error-summary-title",
        attrs: { id: "pf-error-summary-title" },
      }),
      h("div", { class: "nhsuk-error-summary__body" }, [
        h("ul", { class: "nhsuk-list nhsuk-error-summary__list" }, errors.flatMap(summaryItems)),
      ]),
    ],
  );
  summary.setAttribute("role", "alert");
  container.append(summary);
  summary.focus();
}
