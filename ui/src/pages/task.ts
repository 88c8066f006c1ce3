import { isAppError, type TaskPage, type TaskStatus } from "../backend";
import type { Context } from "../context";
import { h } from "../dom";
import { button, formValues, markFieldErrors, radios, textArea, textField } from "../forms";
import { formatDate, hours, roleLabel } from "../format";
import { statusTag } from "./status";

function effortMessage(page: TaskPage): HTMLElement {
  const task = page.task;
  const args = { hours: hours(task.effortSeconds), units: task.effortUnits };
  switch (task.effortModel) {
    case "per-staff-member":
      return h("span", { l10n: "task-effort-per-staff-member", l10nArgs: args });
    case "per-household":
      return h("span", { l10n: "task-effort-per-household", l10nArgs: args });
    case "per-objection-form":
      return h("span", { l10n: "task-effort-per-objection-form", l10nArgs: args });
    default:
      return h("span", { l10n: "task-effort-fixed", l10nArgs: args });
  }
}

function summaryRow(key: string, value: HTMLElement): HTMLElement {
  return h("div", { class: "nhsuk-summary-list__row" }, [
    h("dt", { class: "nhsuk-summary-list__key", l10n: key }),
    h("dd", { class: "nhsuk-summary-list__value" }, [value]),
  ]);
}

function historyTable(page: TaskPage, locale: string): HTMLElement {
  if (page.history.length === 0) return h("p", { class: "nhsuk-body", l10n: "task-history-empty" });
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return h("table", { class: "nhsuk-table" }, [
    h("caption", { class: "nhsuk-table__caption nhsuk-u-visually-hidden", l10n: "task-history-heading" }),
    h("thead", { class: "nhsuk-table__head" }, [
      h("tr", { class: "nhsuk-table__row" }, [
        h("th", { class: "nhsuk-table__header", l10n: "task-history-when", attrs: { scope: "col" } }),
        h("th", { class: "nhsuk-table__header", l10n: "task-history-who", attrs: { scope: "col" } }),
        h("th", { class: "nhsuk-table__header", l10n: "task-history-status", attrs: { scope: "col" } }),
      ]),
    ]),
    h(
      "tbody",
      { class: "nhsuk-table__body" },
      [...page.history].reverse().map((change) =>
        h("tr", { class: "nhsuk-table__row" }, [
          h("td", { class: "nhsuk-table__cell" }, [time.format(new Date(change.at))]),
          h("td", { class: "nhsuk-table__cell" }, [change.actor]),
          h("td", { class: "nhsuk-table__cell" }, [statusTag(change.change.status ?? "not-started")]),
        ]),
      ),
    ),
  ]);
}

function taskForm(ctx: Context, page: TaskPage, rerender: (page: TaskPage) => void): HTMLFormElement {
  const state = page.task.state;
  const reason = textArea({ name: "notApplicableReason", label: "task-reason-label", value: state.notApplicableReason ?? "" });
  const form = h("form", { attrs: { novalidate: "" } }, [
    radios({
      name: "status",
      legend: "task-status-legend",
      value: state.status,
      choices: [
        { value: "not-started", l10n: "status-not-started" },
        { value: "in-progress", l10n: "status-in-progress" },
        { value: "completed", l10n: "status-completed" },
        { value: "not-applicable", l10n: "status-not-applicable", reveals: reason },
      ],
    }),
    textField({ name: "assignee", label: "task-assignee-label", hint: "task-assignee-hint", value: state.assignee ?? "" }),
    textArea({ name: "notes", label: "task-notes-label", value: state.notes }),
    textArea({ name: "evidence", label: "task-evidence-label", hint: "task-evidence-hint", value: state.evidence.join("\n") }),
    button("task-save"),
  ]) as HTMLFormElement;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values = formValues(form);
    try {
      const saved = await ctx.backend.saveTask(page.task.id, {
        status: (values.status ?? "not-started") as TaskStatus,
        notApplicableReason: values.notApplicableReason ?? "",
        assignee: values.assignee ?? "",
        notes: values.notes ?? "",
        evidence: values.evidence ?? "",
      });
      ctx.showErrors([]);
      rerender(saved);
      document.getElementById("pf-saved")?.focus();
    } catch (error) {
      markFieldErrors(form, isAppError(error) ? error : null);
      ctx.showErrors([error]);
    }
  });
  return form;
}

function render(ctx: Context, page: TaskPage, saved: boolean, container: HTMLElement): void {
  const task = page.task;
  const rerender = (next: TaskPage) => render(ctx, next, true, container);
  container.replaceChildren(
    h("a", { class: "nhsuk-back-link", l10n: "task-back", attrs: { href: "#/checklist" } }),
    ...(saved ? [h("div", { class: "nhsuk-inset-text", attrs: { id: "pf-saved", tabindex: "-1" } }, [h("p", { l10n: "task-saved" })])] : []),
    h("h1", { l10n: task.title }),
    h("p", { class: "nhsuk-body", l10n: task.guidance }),
    ...(task.waitingFor.length
      ? [
          h("div", { class: "nhsuk-warning-callout" }, [
            h("h2", { class: "nhsuk-warning-callout__label", l10n: "task-waiting-heading" }),
            h("p", { l10n: "task-waiting-body" }),
            h("ul", {}, task.waitingFor.map((other) => h("li", {}, [h("a", { l10n: other.title, attrs: { href: `#/task/${other.id}` } })]))),
          ]),
        ]
      : []),
    h("dl", { class: "nhsuk-summary-list" }, [
      summaryRow("task-status-key", statusTag(task.displayStatus)),
      summaryRow("task-role-key", h("span", { l10n: roleLabel(task.role) })),
      summaryRow("task-due-key", h("span", { l10n: task.overdue ? "task-due-overdue" : "task-due-on", l10nArgs: { due: formatDate(task.due, ctx.locale()) } })),
      summaryRow("task-effort-key", effortMessage(page)),
    ]),
    taskForm(ctx, page, rerender),
    h("h2", { l10n: "task-history-heading" }),
    historyTable(page, ctx.locale()),
  );
}

export async function taskPage(ctx: Context, id: string): Promise<HTMLElement> {
  const page = await ctx.backend.task(id);
  const container = h("div", {});
  render(ctx, page, false, container);
  return container;
}
