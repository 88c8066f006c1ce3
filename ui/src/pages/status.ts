import type { DisplayStatus, ReadinessLevel } from "../backend";
import { h } from "../dom";

/** A task's status as the design system's task list shows it. */
export function statusTag(status: DisplayStatus, id?: string): HTMLElement {
  const attrs = id ? { id } : undefined;
  switch (status) {
    case "completed":
      return h("span", { class: "pf-status", l10n: "status-completed", attrs });
    case "cannot-start-yet":
      return h("span", { class: "pf-status nhsuk-task-list__status--cannot-start-yet", l10n: "status-cannot-start-yet", attrs });
    case "not-applicable":
      return h("strong", { class: "nhsuk-tag nhsuk-tag--grey", l10n: "status-not-applicable", attrs });
    case "in-progress":
      return h("strong", { class: "nhsuk-tag nhsuk-tag--blue", l10n: "status-in-progress", attrs });
    default:
      return h("strong", { class: "nhsuk-tag nhsuk-tag--white", l10n: "status-not-started", attrs });
  }
}

export function levelTag(level: ReadinessLevel): HTMLElement {
  switch (level) {
    case "ready":
      return h("strong", { class: "nhsuk-tag nhsuk-tag--green", l10n: "readiness-level-ready" });
    case "at-risk":
      return h("strong", { class: "nhsuk-tag nhsuk-tag--red", l10n: "readiness-level-at-risk" });
    case "in-progress":
      return h("strong", { class: "nhsuk-tag nhsuk-tag--blue", l10n: "readiness-level-in-progress" });
    default:
      return h("strong", { class: "nhsuk-tag nhsuk-tag--grey", l10n: "readiness-level-not-started" });
  }
}
