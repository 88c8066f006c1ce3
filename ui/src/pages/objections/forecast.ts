import type { Forecast, ObjectionsPage } from "../../backend";
import { caption, headerCell, table, tableRow } from "../../components";
import { h } from "../../dom";
import { formatDate } from "../../format";
import type { Section } from "./section";

// How many objection forms to expect, and when: the list size times the planning rate, spread over the weeks from
// the window's opening to the first extract, with the forms actually received beside it. The table is the
// figures; the chart draws the same figures for those who read a picture faster.

const SVG = "http://www.w3.org/2000/svg";

function svg(tag: string, attrs: Record<string, string | number>, children: Node[] = []): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

function text(value: string): Text {
  return document.createTextNode(value);
}

/**
 * Expected and received forms a week as pairs of bars: expected drawn in outline, received filled, each labelled
 * with its figure, so the chart reads without colour. The table after it holds the same figures.
 */
export function forecastChart(forecast: Forecast, locale: string): SVGElement {
  const max = Math.max(1, ...forecast.weeks.flatMap((week) => [week.expected, week.received]));
  const [barWidth, pairGap, gap, height, top, bottom] = [22, 4, 16, 160, 24, 40];
  const pairWidth = barWidth * 2 + pairGap;
  const width = forecast.weeks.length * (pairWidth + gap) + gap;
  const short = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
  const number = new Intl.NumberFormat(locale);
  const bars = forecast.weeks.flatMap((week, index) => {
    const x = gap + index * (pairWidth + gap);
    const bar = (value: number, offset: number, className: string, fill: string) => {
      const barHeight = (value / max) * height;
      const y = top + height - barHeight;
      return [
        svg("rect", {
          x: x + offset,
          y,
          width: barWidth,
          height: barHeight,
          class: className,
          fill,
          stroke: "#212b32",
        }),
        svg(
          "text",
          {
            x: x + offset + barWidth / 2,
            y: y - 5,
            "text-anchor": "middle",
            class: "pf-chart-value pf-chart-value--s",
          },
          [text(number.format(value))],
        ),
      ];
    };
    const [year, month, day] = week.start.split("-").map(Number);
    return [
      ...bar(week.expected, 0, "pf-bar pf-bar--expected", "#ffffff"),
      ...bar(week.received, barWidth + pairGap, "pf-bar pf-bar--received", "#005eb8"),
      svg("text", { x: x + pairWidth / 2, y: top + height + 18, "text-anchor": "middle", class: "pf-chart-label" }, [
        text(short.format(new Date(Date.UTC(year, month - 1, day)))),
      ]),
    ];
  });
  return svg(
    "svg",
    {
      viewBox: `0 0 ${width} ${top + height + bottom}`,
      width,
      role: "img",
      "aria-labelledby": "pf-forecast-chart-title",
      class: "pf-chart",
      id: "pf-forecast-chart",
    },
    [
      svg("title", { id: "pf-forecast-chart-title", "data-l10n-id": "objections-forecast-chart-title" }),
      svg("line", { x1: 0, y1: top + height, x2: width, y2: top + height, stroke: "#212b32" }),
      ...bars,
    ],
  );
}

/** The forms expected by the end of the week holding `today` (none before the first week). */
export function expectedBy(forecast: Forecast, today: string): number {
  const started = forecast.weeks.filter((week) => week.start <= today);
  return started.at(-1)?.expectedToDate ?? 0;
}

export function forecastSection(locale: () => string): Section {
  const body = h("div", {});
  const update = (page: ObjectionsPage) => {
    const forecast = page.forecast;
    const numeric = (count: number) =>
      h("td", { class: "nhsuk-table__cell nhsuk-table__cell--numeric" }, [
        h("span", { l10n: "objections-count", l10nArgs: { count } }),
      ]);
    body.replaceChildren(
      h("p", {
        class: "nhsuk-body",
        l10n: "objections-forecast-expected",
        l10nArgs: { expected: forecast.expected, percent: forecast.rate * 100, listSize: page.listSize },
        attrs: { id: "pf-forecast-expected" },
      }),
      h("p", {
        class: "nhsuk-body",
        l10n: "objections-forecast-so-far",
        l10nArgs: { received: page.forms.received, expected: expectedBy(forecast, page.today) },
        attrs: { id: "pf-forecast-so-far" },
      }),
      h("p", { class: "nhsuk-body" }, [
        h("a", { l10n: "objections-forecast-rate-link", attrs: { href: "#/practice" } }),
      ]),
      ...(forecast.weeks.length
        ? [
            h("div", { class: "pf-chart-frame" }, [forecastChart(forecast, locale())]),
            h("p", { class: "nhsuk-body-s", l10n: "objections-forecast-chart-key" }),
            h(
              "div",
              {
                class: "pf-table-scroll",
                attrs: { tabindex: "0", role: "region", "aria-labelledby": "pf-forecast-caption" },
              },
              [
                table({
                  id: "pf-forecast",
                  caption: caption("objections-forecast-caption", undefined, { id: "pf-forecast-caption" }),
                  columns: [
                    { l10n: "objections-forecast-col-week" },
                    { l10n: "objections-forecast-col-expected", numeric: true },
                    { l10n: "objections-forecast-col-received", numeric: true },
                    { l10n: "objections-forecast-col-expected-to-date", numeric: true },
                    { l10n: "objections-forecast-col-received-to-date", numeric: true },
                  ],
                  rows: forecast.weeks.map((week) =>
                    tableRow(
                      [
                        headerCell("row", [formatDate(week.start, locale())]),
                        numeric(week.expected),
                        numeric(week.received),
                        numeric(week.expectedToDate),
                        numeric(week.receivedToDate),
                      ],
                      { "data-week": week.start },
                    ),
                  ),
                }),
              ],
            ),
          ]
        : []),
    );
  };
  const element = h("section", { attrs: { id: "pf-forecast-section", "aria-labelledby": "pf-forecast-heading" } }, [
    h("h2", { l10n: "objections-forecast-heading", attrs: { id: "pf-forecast-heading" } }),
    body,
  ]);
  return { element, update };
}
