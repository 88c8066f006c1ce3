import type { Blocker, ReadinessLevel } from "../backend";
import { levelTag, summaryRow } from "../components";
import type { Context } from "../context";
import { h } from "../dom";
import { formatDate, hours, roleLabel } from "../format";
import { extractBlockers } from "./objections/extract";

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

/** What each level means, in a sentence. */
const EXPLAINED: Record<ReadinessLevel, string> = {
  "not-started": "readiness-level-not-started-explained",
  "in-progress": "readiness-level-in-progress-explained",
  "on-track": "readiness-level-on-track-explained",
  "at-risk": "readiness-level-at-risk-explained",
  ready: "readiness-level-ready-explained",
};

/** The messages for a date ahead, today, and behind: a countdown never shows a negative number. */
interface Countdown {
  ahead: string;
  today: string;
  behind: string;
}

const WINDOW_START: Countdown = {
  ahead: "readiness-window-start-in",
  today: "readiness-today",
  behind: "readiness-window-started",
};
const WINDOW_END: Countdown = {
  ahead: "readiness-window-end-in",
  today: "readiness-today",
  behind: "readiness-window-ended",
};
const EXTRACT: Countdown = {
  ahead: "readiness-extract-in",
  today: "readiness-today",
  behind: "readiness-extract-passed",
};

/** A countdown's message: days to go, "today", or days since; the number is always whole and not negative. */
export function countdownMessage(messages: Countdown, days: number): { l10n: string; l10nArgs: { days: number } } {
  const l10n = days > 0 ? messages.ahead : days === 0 ? messages.today : messages.behind;
  return { l10n, l10nArgs: { days: Math.abs(days) } };
}

function countdown(key: string, messages: Countdown, days: number, id: string): HTMLElement {
  return summaryRow(key, countdownMessage(messages, days), { id });
}

/** The teams with work and no hours planned: nothing can be said of whether their work fits. */
function unplannedSection(roles: string[]): HTMLElement[] {
  if (roles.length === 0) return [];
  return [
    h("div", { class: "nhsuk-inset-text", attrs: { id: "pf-unplanned" } }, [
      h("p", { l10n: "readiness-unplanned" }),
      h(
        "ul",
        { class: "nhsuk-list nhsuk-list--bullet" },
        roles.map((role) => h("li", { l10n: roleLabel(role), attrs: { "data-role": role } })),
      ),
      h("p", {}, [h("a", { l10n: "readiness-unplanned-link", attrs: { href: "#/practice" } })]),
    ]),
  ];
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
    h("p", { class: "nhsuk-body", l10n: EXPLAINED[readiness.level], attrs: { id: "pf-level-explained" } }),
    h("p", {
      class: "nhsuk-body",
      l10n: "checklist-progress",
      l10nArgs: { completed: readiness.completed, total: readiness.total },
    }),
    ...unplannedSection(readiness.unplanned),
    h("dl", { class: "nhsuk-summary-list", attrs: { id: "pf-countdowns" } }, [
      countdown("readiness-window-start", WINDOW_START, readiness.daysToWindowStart, "pf-countdown-start"),
      countdown("readiness-window-end", WINDOW_END, readiness.daysToWindowEnd, "pf-countdown-end"),
      countdown("readiness-extract", EXTRACT, readiness.daysToExtract, "pf-countdown-extract"),
    ]),
    h("h2", { l10n: "readiness-blockers-heading" }),
    readiness.blockers.length
      ? h(
          "ul",
          { class: "nhsuk-list nhsuk-list--bullet", attrs: { id: "pf-blockers" } },
          readiness.blockers.map((b) => blockerItem(b, ctx.locale())),
        )
      : h("p", { class: "nhsuk-body", l10n: "readiness-no-blockers" }),
    h("h2", { l10n: "objections-extract-heading" }),
    extractBlockers(readiness.extract, ctx.locale()),
    ...(readiness.extract.length
      ? [h("p", { class: "nhsuk-body" }, [h("a", { l10n: "task-extract-link", attrs: { href: "#/objections" } })])]
      : []),
  ]);
}
