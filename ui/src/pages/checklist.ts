import { statusTag } from "../components";
import type { Context } from "../context";
import { h } from "../dom";
import { formatDate } from "../format";
import { windowNoticeCallout } from "./window-notice";

export async function checklistPage(ctx: Context): Promise<HTMLElement> {
  // The notice is held in memory by the app and costs no network call. Failing to read it must not hide the
  // checklist, so a failure here shows the checklist without the notice.
  const [checklist, hub] = await Promise.all([ctx.backend.checklistGet(), ctx.backend.hubGet().catch(() => null)]);
  return h("div", {}, [
    h("h1", { l10n: "checklist-heading" }),
    ...(hub?.windowNotice ? [windowNoticeCallout(hub.windowNotice, ctx.locale())] : []),
    h("p", {
      class: "nhsuk-body",
      l10n: "checklist-progress",
      l10nArgs: { completed: checklist.completed, total: checklist.total },
      attrs: { id: "pf-progress" },
    }),
    ...checklist.sections.map((section) =>
      h("section", { attrs: { "aria-labelledby": `pf-section-${section.id}` } }, [
        h("h2", { class: "nhsuk-heading-m", l10n: section.title, attrs: { id: `pf-section-${section.id}` } }),
        h(
          "ul",
          { class: "nhsuk-task-list" },
          section.tasks.map((task) => {
            const statusId = `pf-status-${task.id}`;
            const hintId = `pf-hint-${task.id}`;
            const due = formatDate(task.due, ctx.locale());
            return h(
              "li",
              { class: "nhsuk-task-list__item nhsuk-task-list__item--with-link", attrs: { "data-task": task.id } },
              [
                h("div", { class: "nhsuk-task-list__name-and-hint" }, [
                  h("a", {
                    class: "nhsuk-link nhsuk-task-list__link",
                    l10n: task.title,
                    attrs: { href: `#/task/${task.id}`, "aria-describedby": `${hintId} ${statusId}` },
                  }),
                  h("div", {
                    class: "nhsuk-task-list__hint",
                    l10n: task.overdue ? "checklist-task-overdue" : "checklist-task-due",
                    l10nArgs: { due },
                    attrs: { id: hintId },
                  }),
                ]),
                h("div", { class: "nhsuk-task-list__status" }, [statusTag(task.displayStatus, statusId)]),
              ],
            );
          }),
        ),
      ]),
    ),
  ]);
}
