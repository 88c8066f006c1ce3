import type { ExtractBlocker, ObjectionsPage } from "../../backend";
import { h } from "../../dom";
import { formatDate } from "../../format";
import type { Section } from "./section";

// What stands in the way of agreeing the extract, in plain words: the objections page, the readiness page and the
// task where the extract is agreed all say it the same way.

function blockerItem(blocker: ExtractBlocker, locale: string): HTMLElement {
  switch (blocker.kind) {
    case "forms-waiting":
      return h("li", { l10n: "objections-extract-forms-waiting", l10nArgs: { forms: blocker.forms } });
    case "no-search":
      return h("li", { l10n: "objections-extract-no-search" });
    case "coded-since-search":
      return h("li", {
        l10n: "objections-extract-coded-since-search",
        l10nArgs: { searched: formatDate(blocker.searched, locale), coded: formatDate(blocker.coded, locale) },
      });
    case "search-stale":
      return h("li", {
        l10n: "objections-extract-search-stale",
        l10nArgs: { days: blocker.days, searched: formatDate(blocker.searched, locale) },
      });
  }
}

/** The list of what stands in the way, or the sentence saying nothing does. */
export function extractBlockers(blockers: ExtractBlocker[], locale: string, id = "pf-extract-blockers"): HTMLElement {
  if (blockers.length === 0) {
    return h("p", { class: "nhsuk-body", l10n: "objections-extract-none", attrs: { id } });
  }
  return h(
    "ul",
    { class: "nhsuk-list nhsuk-list--bullet", attrs: { id } },
    blockers.map((blocker) => blockerItem(blocker, locale)),
  );
}

/** The objections page's part: what stands in the way of the extract, and the task where it is agreed. */
export function extractSection(locale: () => string): Section {
  const body = h("div", {});
  const update = (page: ObjectionsPage) => {
    body.replaceChildren(extractBlockers(page.extract, locale()));
  };
  const element = h("section", { attrs: { id: "pf-extract", "aria-labelledby": "pf-extract-heading" } }, [
    h("h2", { l10n: "objections-extract-heading", attrs: { id: "pf-extract-heading" } }),
    h("p", { class: "nhsuk-body", l10n: "objections-extract-intro" }),
    body,
    h("p", { class: "nhsuk-body" }, [
      h("a", { l10n: "objections-extract-task-link", attrs: { href: "#/task/agree-extract" } }),
    ]),
  ]);
  return { element, update };
}
