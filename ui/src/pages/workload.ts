import { ROLES, type Role, type Workload } from "../backend";
import { caption, headerCell, table, tableRow } from "../components";
import type { Context } from "../context";
import { h } from "../dom";
import { formatDate, hours, roleLabel } from "../format";

const SVG = "http://www.w3.org/2000/svg";

function svg(tag: string, attrs: Record<string, string | number>, children: Node[] = []): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/**
 * Planned hours a week as bars, one per week. A week where any role is over its hours is hatched and marked
 * with "!" above its figure, so the chart reads without colour. The table after it holds the same figures.
 */
export function workloadChart(workload: Workload, locale: string): SVGElement {
  const totals = workload.weeks.map((week) => hours(ROLES.reduce((sum, role) => sum + week.planned[role], 0)));
  const max = Math.max(1, ...totals);
  const [barWidth, gap, height, top, bottom] = [44, 12, 180, 28, 40];
  const width = workload.weeks.length * (barWidth + gap) + gap;
  const short = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
  const bars = workload.weeks.flatMap((week, index) => {
    const x = gap + index * (barWidth + gap);
    const barHeight = (totals[index] / max) * height;
    const y = top + height - barHeight;
    const over = week.overCapacity.length > 0;
    const [year, month, day] = week.start.split("-").map(Number);
    return [
      svg("rect", {
        x,
        y,
        width: barWidth,
        height: barHeight,
        class: over ? "pf-bar pf-bar--over" : "pf-bar",
        fill: over ? "url(#pf-hatch)" : "#005eb8",
        stroke: "#212b32",
      }),
      svg("text", { x: x + barWidth / 2, y: y - 6, "text-anchor": "middle", class: "pf-chart-value" }, [
        document.createTextNode(`${totals[index]}${over ? " !" : ""}`),
      ]),
      svg("text", { x: x + barWidth / 2, y: top + height + 18, "text-anchor": "middle", class: "pf-chart-label" }, [
        document.createTextNode(short.format(new Date(Date.UTC(year, month - 1, day)))),
      ]),
    ];
  });
  const hatch = svg(
    "pattern",
    { id: "pf-hatch", width: 8, height: 8, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
    [
      svg("rect", { width: 8, height: 8, fill: "#ffffff" }),
      svg("line", { x1: 0, y1: 0, x2: 0, y2: 8, stroke: "#d5281b", "stroke-width": 4 }),
    ],
  );
  return svg(
    "svg",
    {
      viewBox: `0 0 ${width} ${top + height + bottom}`,
      width,
      role: "img",
      "aria-labelledby": "pf-chart-title",
      class: "pf-chart",
    },
    [
      svg("title", { id: "pf-chart-title", "data-l10n-id": "workload-chart-title" }),
      svg("defs", {}, [hatch]),
      svg("line", { x1: 0, y1: top + height, x2: width, y2: top + height, stroke: "#212b32" }),
      ...bars,
    ],
  );
}

function roleCells(week: Workload["weeks"][number]): HTMLElement[] {
  return ROLES.map((role: Role) => {
    const over = week.overCapacity.includes(role);
    return h("td", { class: `nhsuk-table__cell${over ? " pf-over" : ""}` }, [
      h("span", {
        l10n: over ? "workload-cell-over" : "workload-cell",
        l10nArgs: { hours: hours(week.planned[role]) },
      }),
    ]);
  });
}

/** A team's hours a week, or "not planned" where the practice has left them blank (not the same as none). */
function capacityCell(workload: Workload, role: Role): HTMLElement {
  const available = workload.capacity[role];
  return available === undefined
    ? h("td", { class: "nhsuk-table__cell", l10n: "workload-not-planned" })
    : h("td", { class: "nhsuk-table__cell", l10n: "workload-hours", l10nArgs: { hours: hours(available) } });
}

/** The teams with work and no hours planned, and where to plan them. */
function unplannedNote(workload: Workload): HTMLElement[] {
  if (workload.unplanned.length === 0) return [];
  return [
    h("div", { class: "nhsuk-inset-text", attrs: { id: "pf-workload-unplanned" } }, [
      h("p", { l10n: "workload-unplanned" }),
      h(
        "ul",
        { class: "nhsuk-list nhsuk-list--bullet" },
        workload.unplanned.map((role) => h("li", { l10n: roleLabel(role), attrs: { "data-role": role } })),
      ),
      h("p", {}, [h("a", { l10n: "readiness-unplanned-link", attrs: { href: "#/practice" } })]),
    ]),
  ];
}

export async function workloadPage(ctx: Context): Promise<HTMLElement> {
  const workload = await ctx.backend.workloadGet();
  const overWeeks = workload.weeks.filter((week) => week.overCapacity.length > 0).length;
  const fits = workload.unplanned.length ? "workload-fits-planned" : "workload-fits";
  return h("div", {}, [
    h("h1", { l10n: "workload-heading" }),
    h("p", { class: "nhsuk-lede-text", l10n: "workload-lede" }),
    h("h2", { l10n: "workload-left-heading" }),
    ...unplannedNote(workload),
    table({
      id: "pf-workload-left",
      caption: caption("workload-left-heading", "hidden"),
      columns: [{ l10n: "workload-col-role" }, { l10n: "workload-col-left" }, { l10n: "workload-col-capacity" }],
      rows: ROLES.map((role) =>
        tableRow(
          [
            headerCell("row", { l10n: roleLabel(role) }),
            h("td", {
              class: "nhsuk-table__cell",
              l10n: "workload-hours",
              l10nArgs: { hours: hours(workload.remaining[role]) },
            }),
            capacityCell(workload, role),
          ],
          { "data-role": role },
        ),
      ),
    }),
    h("h2", { l10n: "workload-plan-heading" }),
    h("p", {
      class: "nhsuk-body",
      l10n: overWeeks ? "workload-over-summary" : fits,
      l10nArgs: { weeks: overWeeks },
    }),
    h("div", { class: "pf-chart-frame", attrs: { "aria-hidden": "false" } }, [workloadChart(workload, ctx.locale())]),
    h("p", { class: "nhsuk-body-s", l10n: "workload-chart-key" }),
    h(
      "div",
      { class: "pf-table-scroll", attrs: { tabindex: "0", role: "region", "aria-labelledby": "pf-plan-caption" } },
      [
        table({
          id: "pf-workload-plan",
          caption: caption("workload-plan-caption", undefined, { id: "pf-plan-caption" }),
          columns: [{ l10n: "workload-col-week" }, ...ROLES.map((role) => ({ l10n: roleLabel(role) }))],
          rows: workload.weeks.map((week) =>
            tableRow([headerCell("row", [formatDate(week.start, ctx.locale())]), ...roleCells(week)]),
          ),
        }),
      ],
    ),
  ]);
}
