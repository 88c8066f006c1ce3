import { isAppError, type AppError } from "./backend";
import { h } from "./dom";

/** Anything thrown or rejected, as an error a person can read; unknown failures get the generic message. */
export function toAppError(error: unknown): AppError | { code: string; l10n: string } {
  if (isAppError(error)) return error;
  return { code: "unexpected", l10n: "error-unexpected" };
}

/** Shows the design system's error summary at the top of the page, and moves focus to it. */
export function showErrors(container: HTMLElement, errors: unknown[]): void {
  container.replaceChildren();
  if (errors.length === 0) return;
  const items = errors.map((error) => {
    const shown = toAppError(error);
    const item = "message" in shown ? h("li", {}, [shown.message]) : h("li", { l10n: shown.l10n });
    item.dataset.code = shown.code;
    return item;
  });
  const summary = h("div", { class: "nhsuk-error-summary", attrs: { "aria-labelledby": "pf-error-summary-title", tabindex: "-1" } }, [
    h("h2", { class: "nhsuk-error-summary__title", l10n: "error-summary-title", attrs: { id: "pf-error-summary-title" } }),
    h("div", { class: "nhsuk-error-summary__body" }, [h("ul", { class: "nhsuk-list nhsuk-error-summary__list" }, items)]),
  ]);
  summary.setAttribute("role", "alert");
  container.append(summary);
  summary.focus();
}
