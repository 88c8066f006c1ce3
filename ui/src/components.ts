import type { DisplayStatus, ReadinessLevel } from "./backend";
import { h } from "./dom";

/** The design system's markup that more than one page uses. Labels are Fluent ids, written out whole by callers. */

type Args = Record<string, string | number>;

/** Text from the catalogue, for a place that holds a message rather than an element. */
export interface Message {
  l10n: string;
  l10nArgs?: Args;
}

/**
 * A row of a summary list. The value is an element put inside the `dd`, or a message the `dd` shows itself; `attrs`
 * go on the row, to name it for tests and links.
 */
export function summaryRow(key: string, value: HTMLElement | Message, attrs: Record<string, string> = {}): HTMLElement {
  const dd =
    value instanceof HTMLElement
      ? h("dd", { class: "nhsuk-summary-list__value" }, [value])
      : h("dd", { class: "nhsuk-summary-list__value", l10n: value.l10n, l10nArgs: value.l10nArgs });
  return h("div", { class: "nhsuk-summary-list__row", attrs }, [
    h("dt", { class: "nhsuk-summary-list__key", l10n: key }),
    dd,
  ]);
}

export type TagColour = "white" | "grey" | "green" | "aqua-green" | "blue" | "yellow" | "red";

/** The design system's tag: a short status in a coloured box. */
export function tag(colour: TagColour, l10n: string, attrs?: Record<string, string>): HTMLElement {
  return h("strong", { class: `nhsuk-tag nhsuk-tag--${colour}`, l10n, attrs });
}

/** A task's status as the design system's task list shows it. */
export function statusTag(status: DisplayStatus, id?: string): HTMLElement {
  const attrs = id ? { id } : undefined;
  switch (status) {
    case "completed":
      return h("span", { class: "pf-status", l10n: "status-completed", attrs });
    case "cannot-start-yet":
      return h("span", {
        class: "pf-status nhsuk-task-list__status--cannot-start-yet",
        l10n: "status-cannot-start-yet",
        attrs,
      });
    case "not-applicable":
      return tag("grey", "status-not-applicable", attrs);
    case "in-progress":
      return tag("blue", "status-in-progress", attrs);
    default:
      return tag("white", "status-not-started", attrs);
  }
}

/** How ready the practice is, as a tag. */
export function levelTag(level: ReadinessLevel): HTMLElement {
  switch (level) {
    case "ready":
      return tag("green", "readiness-level-ready");
    case "at-risk":
      return tag("red", "readiness-level-at-risk");
    case "on-track":
      return tag("aqua-green", "readiness-level-on-track");
    case "in-progress":
      return tag("blue", "readiness-level-in-progress");
    default:
      return tag("grey", "readiness-level-not-started");
  }
}

/** A paragraph whose changes screen readers read out. It must stay in the page for that: put text in it with `say`. */
export function liveRegion(id: string): HTMLElement {
  return h("p", { class: "nhsuk-body", attrs: { id, "aria-live": "polite" } });
}

/** Puts a message in a live region, in place of what it said before. */
export function say(region: HTMLElement, l10n: string, l10nArgs?: Args): void {
  region.replaceChildren(h("span", { l10n, l10nArgs }));
}

/** The design system's inset text holding one paragraph. */
export function insetText(l10n: string, attrs?: Record<string, string>, l10nArgs?: Args): HTMLElement {
  return h("div", { class: "nhsuk-inset-text", attrs }, [h("p", { l10n, l10nArgs })]);
}

/** A details element: its summary is a message, its body is shown when opened. */
export function details(summary: Message, body: HTMLElement[], attrs?: Record<string, string>): HTMLElement {
  return h("details", { class: "nhsuk-details", attrs }, [
    h("summary", { class: "nhsuk-details__summary" }, [
      h("span", { class: "nhsuk-details__summary-text", l10n: summary.l10n, l10nArgs: summary.l10nArgs }),
    ]),
    h("div", { class: "nhsuk-details__text" }, body),
  ]);
}

/** A table's caption: "small" is the design system's small heading, "hidden" is read by screen readers only. */
export function caption(l10n: string, style?: "small" | "hidden", attrs?: Record<string, string>): HTMLElement {
  const classes = {
    small: "nhsuk-table__caption nhsuk-table__caption--s",
    hidden: "nhsuk-table__caption nhsuk-u-visually-hidden",
  };
  return h("caption", { class: style ? classes[style] : "nhsuk-table__caption", l10n, attrs });
}

/** A column of a table: its header's message, and whether it holds figures (aligned right). */
export interface Column {
  l10n: string;
  numeric?: boolean;
}

/** A column header cell, or a row header cell where `scope` is "row". */
export function headerCell(scope: "col" | "row", content: Message | (Node | string)[], numeric = false): HTMLElement {
  const props = {
    class: numeric ? "nhsuk-table__header nhsuk-table__header--numeric" : "nhsuk-table__header",
    attrs: { scope },
  };
  return Array.isArray(content) ? h("th", props, content) : h("th", { ...props, ...content });
}

/** The design system's table: a caption, a header row naming the columns, and the rows. */
export function table(options: {
  id?: string;
  caption: HTMLElement;
  columns: Column[];
  rows: HTMLElement[];
}): HTMLElement {
  return h("table", { class: "nhsuk-table", attrs: options.id ? { id: options.id } : {} }, [
    options.caption,
    h("thead", { class: "nhsuk-table__head" }, [
      h(
        "tr",
        { class: "nhsuk-table__row" },
        options.columns.map(({ l10n, numeric }) => headerCell("col", { l10n }, numeric)),
      ),
    ]),
    h("tbody", { class: "nhsuk-table__body" }, options.rows),
  ]);
}

/** A table row; `attrs` name it, for tests and for the page's own look-ups. */
export function tableRow(cells: HTMLElement[], attrs?: Record<string, string>): HTMLElement {
  return h("tr", { class: "nhsuk-table__row", attrs }, cells);
}
