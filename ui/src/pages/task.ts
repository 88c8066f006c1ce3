import { isCommandError, type ExtractBlocker, type Role, type TaskPage, type TaskStatus } from "../backend";
import { caption, insetText, statusTag, summaryRow, table, tableRow } from "../components";
import type { Context } from "../context";
import { h } from "../dom";
import { button, formValues, markFieldErrors, radios, textArea, textField } from "../forms";
import { formatDate, hours, roleLabel } from "../format";
import { extractBlockers } from "./objections/extract";

const STATUSES: TaskStatus[] = ["not-started", "in-progress", "completed", "not-applicable"];

/** The task the extract is agreed in: it cannot be completed while anything stands in its way. */
const AGREE_EXTRACT = "agree-extract";

/** The status a row of the change log set: the log keeps a task's whole new state, as any JSON. */
function statusSet(change: unknown): TaskStatus {
  const status = typeof change === "object" && change !== null ? (change as { status?: unknown }).status : undefined;
  return STATUSES.find((known) => known === status) ?? "not-started";
}

function effortEstimate(page: TaskPage): HTMLElement {
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

/** The estimate, and the other teams whose time it takes ("shared with the GP partners"). */
function effortMessage(page: TaskPage): HTMLElement {
  const shared = page.task.sharedWith.map((role: Role) =>
    h("span", { class: "pf-block", l10n: "task-effort-shared-with", l10nArgs: { role } }),
  );
  return h("span", { attrs: { id: "pf-effort" } }, [effortEstimate(page), ...shared]);
}

/** What stands in the way of agreeing the extract, beside the task where it is agreed. */
function extractCallout(blockers: ExtractBlocker[], locale: string): HTMLElement[] {
  if (blockers.length === 0) return [];
  return [
    h("div", { class: "nhsuk-warning-callout", attrs: { id: "pf-task-extract" } }, [
      h("h2", { class: "nhsuk-warning-callout__label", l10n: "objections-extract-heading" }),
      h("p", { l10n: "task-extract-body" }),
      extractBlockers(blockers, locale),
      h("p", {}, [h("a", { l10n: "task-extract-link", attrs: { href: "#/objections" } })]),
    ]),
  ];
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

/**
 * Why the task does not apply. For a core task, the kind of reason is asked too: that goes to the regional team with
 * the report, while the words typed stay on this computer.
 */
function reasonFields(page: TaskPage): HTMLElement {
  const state = page.task.state;
  if (!page.task.core) {
    return textArea({
      name: "notApplicableReason",
      label: "task-reason-label",
      value: state.notApplicableReason ?? "",
    });
  }
  return h("div", {}, [
    radios({
      name: "notApplicableCode",
      legend: "task-reason-kind-legend",
      hint: "task-reason-kind-hint",
      value: state.notApplicableCode ?? "",
      choices: [
        { value: "done-elsewhere", l10n: "task-reason-kind-done-elsewhere" },
        { value: "not-in-pilot", l10n: "task-reason-kind-not-in-pilot" },
        { value: "other", l10n: "task-reason-kind-other" },
      ],
    }),
    textArea({
      name: "notApplicableReason",
      label: "task-reason-words-label",
      hint: "task-reason-words-hint",
      value: state.notApplicableReason ?? "",
    }),
  ]);
}

function taskForm(
  ctx: Context,
  page: TaskPage,
  rerender: (page: TaskPage) => void,
  refused: () => void,
): HTMLFormElement {
  const state = page.task.state;
  const reason = reasonFields(page);
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
        notApplicableCode: page.task.core ? (values.notApplicableCode ?? "") : "",
        assignee: values.assignee ?? "",
        notes: values.notes ?? "",
        evidence: values.evidence ?? "",
      });
      ctx.showErrors([]);
      rerender(saved);
    } catch (error) {
      markFieldErrors(form, isCommandError(error) ? error : null);
      ctx.showErrors([error]);
      if (isCommandError(error) && error.fields?.some((field) => field.field === "status")) refused();
    }
  });
  return form;
}

/** What stands in the way of the extract, for its task while it is not done (none for any other task). */
async function extractFor(ctx: Context, page: TaskPage): Promise<ExtractBlocker[]> {
  if (page.task.id !== AGREE_EXTRACT || page.task.state.status === "completed") return [];
  return (await ctx.backend.readinessGet()).extract;
}

function render(
  ctx: Context,
  page: TaskPage,
  saved: boolean,
  container: HTMLElement,
  blockers: ExtractBlocker[],
): void {
  const task = page.task;
  const rerender = (next: TaskPage) => {
    void extractFor(ctx, next)
      .catch(() => [])
      .then((now) => {
        render(ctx, next, true, container, now);
        document.getElementById("pf-saved")?.focus();
      });
  };
  const extract = h("div", {}, extractCallout(blockers, ctx.locale()));
  // A refused completion of the extract: say again what stands in its way, as it is now.
  const refused = () => {
    void extractFor(ctx, page)
      .then((now) => extract.replaceChildren(...extractCallout(now, ctx.locale())))
      .catch(() => {});
  };
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
    extract,
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
    taskForm(ctx, page, rerender, refused),
    h("h2", { l10n: "task-history-heading" }),
    historyTable(page, ctx.locale()),
  );
}

export async function taskPage(ctx: Context, id: string): Promise<HTMLElement> {
  const page = await ctx.backend.taskGet(id);
  const container = h("div", {});
  render(ctx, page, false, container, await extractFor(ctx, page).catch(() => []));
  return container;
}
