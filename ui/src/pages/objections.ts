import type { ObjectionsPage } from "../backend";
import type { Context } from "../context";
import { h } from "../dom";
import { extractSection } from "./objections/extract";
import { forecastSection } from "./objections/forecast";
import { returnsSection } from "./objections/returns";
import { searchesSection } from "./objections/searches";
import type { Section } from "./objections/section";

// The objections page: returned forms day by day, the totals from the practice's clinical-system search, the
// forecast against what has come in, and what stands in the way of the extract. Counts only: no patient is named.
// The forms stay as they are while the figures around them are drawn again from each answer, so focus and what
// screen readers were told stay put.

const CONTENTS: { href: string; l10n: string }[] = [
  { href: "#pf-returns", l10n: "objections-forms-heading" },
  { href: "#pf-search", l10n: "objections-search-heading" },
  { href: "#pf-forecast-section", l10n: "objections-forecast-heading" },
  { href: "#pf-extract", l10n: "objections-extract-heading" },
];

export async function objectionsPage(ctx: Context): Promise<HTMLElement> {
  const initial = await ctx.backend.objectionsGet();
  const sections: Section[] = [];
  const handle = {
    ctx,
    show: (page: ObjectionsPage) => {
      for (const section of sections) section.update(page);
    },
  };
  sections.push(
    returnsSection(handle, initial),
    searchesSection(handle, initial),
    forecastSection(() => ctx.locale()),
    extractSection(() => ctx.locale()),
  );
  handle.show(initial);
  return h("div", {}, [
    h("h1", { l10n: "objections-heading" }),
    h("p", { class: "nhsuk-lede-text", l10n: "objections-lede" }),
    h("nav", { class: "nhsuk-contents-list", attrs: { "aria-labelledby": "pf-objections-contents" } }, [
      h("h2", {
        class: "nhsuk-u-visually-hidden",
        l10n: "objections-contents",
        attrs: { id: "pf-objections-contents" },
      }),
      h(
        "ol",
        { class: "nhsuk-contents-list__list" },
        CONTENTS.map(({ href, l10n }) =>
          h("li", { class: "nhsuk-contents-list__item" }, [
            h("a", { class: "nhsuk-contents-list__link", l10n, attrs: { href } }),
          ]),
        ),
      ),
    ]),
    ...sections.map((section) => section.element),
  ]);
}
