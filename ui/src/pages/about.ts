import { caption, details, headerCell, insetText, table, tableRow } from "../components";
import type { Context } from "../context";
import { h } from "../dom";

/**
 * The About care.data guide for practice staff. Every string is a Fluent message in about.ftl. It follows the
 * objection types the pilot offers (a programme decision the app pulls from the hub): where Type 2 is not offered,
 * the guide neither offers nor explains it.
 */

interface Section {
  anchor: string;
  heading: string;
  body: HTMLElement[];
}

const p = (id: string) => h("p", { l10n: id });
const list = (ids: string[], kind = "nhsuk-list nhsuk-list--bullet") =>
  h(
    "ul",
    { class: kind },
    ids.map((id) => h("li", { l10n: id })),
  );

/** A table of messages: each row's first message heads the row. */
function guideTable(captionL10n: string, head: string[], rows: string[][]): HTMLElement {
  return table({
    caption: caption(captionL10n),
    columns: head.map((l10n) => ({ l10n })),
    rows: rows.map(([first, ...rest]) =>
      tableRow([
        headerCell("row", { l10n: first }),
        ...rest.map((id) => h("td", { class: "nhsuk-table__cell", l10n: id })),
      ]),
    ),
  });
}

function question(q: string, a: string): HTMLElement {
  return details({ l10n: q }, [p(a)]);
}

const script = (both: boolean): [string, string][] => [
  ["about-script-q-what", "about-script-a-what-planning"],
  ["about-script-q-sold", "about-script-a-sold"],
  ["about-script-q-anonymous", "about-script-a-anonymous"],
  ["about-script-q-taken", "about-script-a-taken"],
  ["about-script-q-do-anything", "about-script-a-do-anything"],
  ["about-script-q-object", both ? "about-script-a-object-for-whom" : "about-script-a-object-for-whom-type1-only"],
  ...(both ? [["about-script-q-types", "about-script-a-types"] as [string, string]] : []),
  ["about-script-q-care", "about-script-a-care"],
  ["about-script-q-scr", "about-script-a-scr"],
  ["about-script-q-when", "about-script-a-when"],
  ["about-script-q-change", "about-script-a-change-withdraw"],
];

const sections = (both: boolean): Section[] => [
  {
    anchor: "section-what",
    heading: "about-what-heading",
    body: [
      p("about-what-body"),
      p("about-what-hscic"),
      p("about-what-identifiable"),
      p("about-what-release"),
      p("about-what-controller"),
    ],
  },
  {
    anchor: "section-not",
    heading: "about-not-heading",
    body: [list(["about-not-direct-care", "about-not-scr", "about-not-change"])],
  },
  {
    anchor: "section-areas",
    heading: "about-areas-heading",
    body: [
      p("about-areas-body"),
      list([
        "about-area-leeds-north",
        "about-area-leeds-south-east",
        "about-area-leeds-west",
        "about-area-somerset",
        "about-area-west-hampshire",
        "about-area-blackburn-darwen",
      ]),
      p("about-areas-learning"),
    ],
  },
  {
    anchor: "section-window",
    heading: "about-window-heading",
    body: [
      p("about-window-body"),
      p("about-window-contact"),
      p("about-window-materials"),
      insetText("about-window-no-extract"),
    ],
  },
  {
    anchor: "section-objections",
    heading: "about-objections-heading",
    body: [
      p(both ? "about-objections-body" : "about-objections-body-type1-only"),
      guideTable(
        both ? "about-objections-caption" : "about-objections-caption-type1-only",
        [
          "about-objections-col-type",
          "about-objections-col-effect",
          "about-objections-col-read",
          "about-objections-col-ctv3",
        ],
        [
          ["about-type1-name", "about-type1-effect", "about-type1-code", "about-type1-ctv3"],
          ...(both ? [["about-type2-name", "about-type2-effect", "about-type2-code", "about-type2-ctv3"]] : []),
        ],
      ),
      insetText(both ? "about-objections-codes-confirm" : "about-objections-codes-confirm-type1-only"),
      ...(both ? [insetText("about-objections-difference")] : []),
      list([
        "about-objections-for-whom",
        both ? "about-objections-process" : "about-objections-process-type1-only",
        both ? "about-objections-withdraw" : "about-objections-withdraw-type1-only",
        "about-objections-counts",
      ]),
    ],
  },
  {
    anchor: "section-scr",
    heading: "about-scr-heading",
    body: [
      p("about-scr-body"),
      guideTable(
        "about-scr-caption",
        ["about-scr-col-topic", "about-scr-col-caredata", "about-scr-col-scr"],
        [
          ["about-scr-row-purpose", "about-scr-caredata-purpose", "about-scr-scr-purpose"],
          ["about-scr-row-who", "about-scr-caredata-who-released", "about-scr-scr-who"],
          [
            "about-scr-row-opt-out",
            both ? "about-scr-caredata-opt-out" : "about-scr-caredata-opt-out-type1-only",
            "about-scr-scr-opt-out",
          ],
        ],
      ),
      p("about-scr-separate"),
    ],
  },
  {
    anchor: "section-script",
    heading: "about-script-heading",
    body: [
      p("about-script-intro"),
      ...script(both).map(([q, a]) => question(q, a)),
      insetText("about-script-escalate"),
    ],
  },
];

/** The guide for a pilot that offers Type 2 (`both`) or Type 1 only. */
export function aboutGuide(both: boolean): HTMLElement {
  const SECTIONS = sections(both);
  const contents = h("nav", { class: "nhsuk-contents-list", l10n: "about-contents" }, [
    h(
      "ol",
      { class: "nhsuk-contents-list__list" },
      SECTIONS.map((section) =>
        h("li", { class: "nhsuk-contents-list__item" }, [
          h("a", { class: "nhsuk-contents-list__link", l10n: section.heading, attrs: { href: `#${section.anchor}` } }),
        ]),
      ),
    ),
  ]);
  return h("article", {}, [
    h("h1", { l10n: "about-heading" }),
    h("p", { class: "nhsuk-lede-text", l10n: "about-lede" }),
    contents,
    ...SECTIONS.map((section) =>
      h("section", { attrs: { id: section.anchor, "aria-labelledby": `${section.anchor}-heading` } }, [
        h("h2", { l10n: section.heading, attrs: { id: `${section.anchor}-heading` } }),
        ...section.body,
      ]),
    ),
  ]);
}

/** The guide as the practice's pilot has it: both types until the hub says otherwise (and before onboarding). */
export async function aboutPage(ctx: Context): Promise<HTMLElement> {
  const practice = await ctx.backend.practiceGet();
  return aboutGuide(practice?.objectionTypes.includes("type2") ?? true);
}
