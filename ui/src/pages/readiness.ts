import type { Blocker } from "../backend";
import { levelTag, summaryRow } from "../components";
import type { Context } from "../context";
import { h } from "../dom";
import { formatDate, hours, roleLabel } from "../format";

function blockerItem(blocker: Blocker, locale: string): HTMLElement {
  if (blocker.kind === "overdue") {
    return h("li", {}, [
      h("a", { l10n: blocker.title, attrs: { href: `#/task/${blocker.task}` } }),
      " ",
      h("span", { l10n: "readiness-blocker-overdue", l10nArgs: { due: formatDate(blocker.due, locale) } }),
    ]);
  }
  return h("li", {}, [
    h("span", { l10n: roleLabel(blocker.role) }),
    " ",
    h("span", {
      l10n: "readiness-blocker-over-capacity",
      l10nArgs: {
        week: formatDate(blocker.weekStart, locale),
        planned: hours(blocker.plannedSeconds),
        available: hours(blocker.availableSeconds),
      },
    }),
  ]);
}

function countdown(key: string, days: number): HTMLElement {
  return summaryRow(key, { l10n: "readiness-days", l10nArgs: { days } });
}

export async function readinessPage(ctx: Context): Promise<HTMLElement> {
  const readiness = await ctx.backend.readinessGet();
  return h("div", {}, [
    h("h1", { l10n: "readiness-heading" }),
    h("p", { class: "nhsuk-body-l", attrs: { id: "pf-level" } }, [
      h("span", { l10n: "readiness-level-label" }),
      " ",
      levelTag(readiness.level),
    ]),
    h("p", {
      class: "nhsuk-body",
      l10n: "checklist-progress",
      l10nArgs: { completed: readiness.completed, total: readiness.total },
    }),
    h("dl", { class: "nhsuk-summary-list" }, [
      countdown("readiness-to-window-start", readiness.daysToWindowStart),
      countdown("readiness-to-window-end", readiness.daysToWindowEnd),
      countdown("readiness-to-extract", readiness.daysToExtract),
    ]),
    h("h2", { l10n: "readiness-blockers-heading" }),
    readiness.blockers.length
      ? h(
          "ul",
          { class: "nhsuk-list nhsuk-list--bullet", attrs: { id: "pf-blockers" } },
          readiness.blockers.map((b) => blockerItem(b, ctx.locale())),
        )
      : h("p", { class: "nhsuk-body", l10n: "readiness-no-blockers" }),
  ]);
}
