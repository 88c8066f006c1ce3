import { isCommandError, type TaskPage, type TaskStatus } from "../backend";
import { caption, insetText, statusTag, summaryRow, table, tableRow } from "../components";
import type { Context } from "../context";
import { h } from "../dom";
import { button, formValues, markFieldErrors, radios, textArea, textField } from "../forms";
import { formatDate, hours, roleLabel } from "../format";

const STATUSES: TaskStatus[] = ["not-started", "in-progress", "completed", "not-applicable"];

/** The status a row of the change log set: the log keeps a task's whole new state, as any JSON. */
function statusSet(change: unknown): TaskStatus {
  const status = typeof change === "object" && change !== null ? (change as { status?: unknown }).status : undefined;
  return STATUSES.find((known) => known === status) ?? "not-started";
}

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

function historyTable(page: TaskPage, locale: string): HTMLElement {
  if (page.history.length === 0) return h("p", { class: "nhsuk-body", l10n: "task-history-empty" });
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const cell = (content: Node | string) => h("td", { class: "nhsuk-table__cell" }, [content]);
  return table({
    caption: caption("task-history-heading", "hidden"),
    columns: [{ l10n: "task-history-when" }, { l10n: "task-history-who" }, { l10n: "task-history-status" }],
    rows: [...page.history]
      .reverse()
      .map((change) =>
        tableRow([
          cell(time.format(new Date(change.at))),
          cell(change.actor),
          cell(statusTag(statusSet(change.change))),
        ]),
      ),
  });
}

function taskForm(ctx: Context, page: TaskPage, rerender: (page: TaskPage) => void): HTMLFormElement {
  const state = page.task.state;
  const reason = textArea({
    name: "notApplicableReason",
    label: "task-reason-label",
    value: state.notApplicableReason ?? "",
  });
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
    textField({
      name: "assignee",
      label: "task-assignee-label",
      hint: "task-assignee-hint",
      value: state.assignee ?? "",
    }),
    textArea({ name: "notes", label: "task-notes-label", value: state.notes }),
    textArea({
      name: "evidence",
      label: "task-evidence-label",
      hint: "task-evidence-hint",
      value: state.evidence.join("\n"),
    }),
    button("task-save"),
  ]) as HTMLFormElement;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values = formValues(form);
    try {
      const saved = await ctx.backend.taskSave(page.task.id, {
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
      markFieldErrors(form, isCommandError(error) ? error : null);
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
    ...(saved ? [insetText("task-saved", { id: "pf-saved", tabindex: "-1" })] : []),
    h("h1", { l10n: task.title }),
    h("p", { class: "nhsuk-body", l10n: task.guidance }),
    ...(task.waitingFor.length
      ? [
          h("div", { class: "nhsuk-warning-callout" }, [
            h("h2", { class: "nhsuk-warning-callout__label", l10n: "task-waiting-heading" }),
            h("p", { l10n: "task-waiting-body" }),
            h(
              "ul",
              {},
              task.waitingFor.map((other) =>
                h("li", {}, [h("a", { l10n: other.title, attrs: { href: `#/task/${other.id}` } })]),
              ),
            ),
          ]),
        ]
      : []),
    h("dl", { class: "nhsuk-summary-list" }, [
      summaryRow("task-status-key", statusTag(task.displayStatus)),
      summaryRow("task-role-key", h("span", { l10n: roleLabel(task.role) })),
      summaryRow(
        "task-due-key",
        h("span", {
          l10n: task.overdue ? "task-due-overdue" : "task-due-on",
          l10nArgs: { due: formatDate(task.due, ctx.locale()) },
        }),
      ),
      summaryRow("task-effort-key", effortMessage(page)),
    ]),
    taskForm(ctx, page, rerender),
    h("h2", { l10n: "task-history-heading" }),
    historyTable(page, ctx.locale()),
  );
}

export async function taskPage(ctx: Context, id: string): Promise<HTMLElement> {
  const page = await ctx.backend.taskGet(id);
  const container = h("div", {});
  render(ctx, page, false, container);
  return container;
}
