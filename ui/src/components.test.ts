import { describe, expect, it } from "vitest";
import {
  caption,
  details,
  headerCell,
  insetText,
  levelTag,
  liveRegion,
  say,
  statusTag,
  summaryRow,
  table,
  tableRow,
  tag,
} from "./components";
import { h } from "./dom";
import { l10nArgs as args, l10nId as l10n } from "./testing";

describe("a summary row", () => {
  it("puts an element value inside the dd, and names the row with its attributes", () => {
    const value = h("span", { class: "pf-break" }, ["patients.csv"]);
    const row = summaryRow("printing-summary-file", value, { id: "pf-summary-file" });
    expect(row.className).toBe("nhsuk-summary-list__row");
    expect(row.id).toBe("pf-summary-file");
    expect(l10n(row.querySelector("dt.nhsuk-summary-list__key"))).toBe("printing-summary-file");
    const dd = row.querySelector("dd.nhsuk-summary-list__value")!;
    expect(dd.firstElementChild).toBe(value);
    expect(l10n(dd)).toBeNull();
  });

  it("lets the dd show a message itself, with its arguments", () => {
    const row = summaryRow("readiness-to-extract", { l10n: "readiness-days", l10nArgs: { days: 12 } });
    const dd = row.querySelector("dd")!;
    expect(dd.children).toHaveLength(0);
    expect(l10n(dd)).toBe("readiness-days");
    expect(args(dd)).toEqual({ days: 12 });
    expect(row.hasAttribute("id")).toBe(false);
  });
});

describe("tags", () => {
  it("are strong elements in the design system's colours", () => {
    const sent = tag("green", "reporting-state-sent");
    expect(sent.tagName).toBe("STRONG");
    expect(sent.className).toBe("nhsuk-tag nhsuk-tag--green");
    expect(l10n(sent)).toBe("reporting-state-sent");
  });

  it("show a task's status as the task list does: plain text when done or blocked, a tag otherwise", () => {
    expect(statusTag("completed").outerHTML).toBe('<span class="pf-status" data-l10n-id="status-completed"></span>');
    expect(statusTag("cannot-start-yet").className).toBe("pf-status nhsuk-task-list__status--cannot-start-yet");
    expect(statusTag("not-applicable").className).toBe("nhsuk-tag nhsuk-tag--grey");
    expect(statusTag("in-progress").className).toBe("nhsuk-tag nhsuk-tag--blue");
    expect(statusTag("not-started").className).toBe("nhsuk-tag nhsuk-tag--white");
    expect(statusTag("in-progress", "pf-status-brief-staff").id).toBe("pf-status-brief-staff");
    expect(statusTag("in-progress").hasAttribute("id")).toBe(false);
  });

  it("show the readiness level, red when at risk", () => {
    expect(
      [
        levelTag("ready"),
        levelTag("at-risk"),
        levelTag("on-track"),
        levelTag("in-progress"),
        levelTag("not-started"),
      ].map((t) => t.className),
    ).toEqual([
      "nhsuk-tag nhsuk-tag--green",
      "nhsuk-tag nhsuk-tag--red",
      "nhsuk-tag nhsuk-tag--aqua-green",
      "nhsuk-tag nhsuk-tag--blue",
      "nhsuk-tag nhsuk-tag--grey",
    ]);
    expect(l10n(levelTag("at-risk"))).toBe("readiness-level-at-risk");
  });
});

describe("a live region", () => {
  it("is polite, and says one message at a time", () => {
    const region = liveRegion("pf-list-status");
    expect(region.getAttribute("aria-live")).toBe("polite");
    expect(region.id).toBe("pf-list-status");
    say(region, "printing-list-reading", { file: "a.csv" });
    say(region, "printing-list-read", { file: "a.csv", patients: 7, left: 1 });
    expect(region.children).toHaveLength(1);
    expect(l10n(region.firstElementChild)).toBe("printing-list-read");
    expect(args(region.firstElementChild)).toEqual({ file: "a.csv", patients: 7, left: 1 });
  });
});

describe("inset text and details", () => {
  it("inset text holds one paragraph, with the attributes on the inset", () => {
    const inset = insetText("task-saved", { id: "pf-saved", tabindex: "-1" });
    expect(inset.className).toBe("nhsuk-inset-text");
    expect(inset.getAttribute("tabindex")).toBe("-1");
    expect(inset.children).toHaveLength(1);
    expect(l10n(inset.querySelector("p"))).toBe("task-saved");
  });

  it("details have a summary message and a body", () => {
    const body = h("p", {}, ["line 5"]);
    const element = details({ l10n: "printing-problems-summary", l10nArgs: { count: 3 } }, [body], { id: "pf-x" });
    expect(element.tagName).toBe("DETAILS");
    expect(element.id).toBe("pf-x");
    const text = element.querySelector("summary.nhsuk-details__summary > .nhsuk-details__summary-text");
    expect(args(text)).toEqual({ count: 3 });
    expect(element.querySelector(".nhsuk-details__text")!.firstElementChild).toBe(body);
  });
});

describe("a table", () => {
  it("has its caption, a header cell a column (figures aligned right), and its rows", () => {
    const row = tableRow([headerCell("row", { l10n: "role-it" }), h("td", {}, ["4"])], { "data-role": "it" });
    const element = table({
      id: "pf-effort",
      caption: caption("reporting-summary-effort-caption", "small"),
      columns: [{ l10n: "reporting-summary-col-team" }, { l10n: "reporting-summary-col-hours", numeric: true }],
      rows: [row],
    });
    expect(element.id).toBe("pf-effort");
    expect(element.querySelector("caption")!.className).toBe("nhsuk-table__caption nhsuk-table__caption--s");
    const headers = [...element.querySelectorAll("thead th")];
    expect(headers.map((th) => [l10n(th), th.getAttribute("scope"), th.className])).toEqual([
      ["reporting-summary-col-team", "col", "nhsuk-table__header"],
      ["reporting-summary-col-hours", "col", "nhsuk-table__header nhsuk-table__header--numeric"],
    ]);
    expect(element.querySelector("tbody.nhsuk-table__body > tr.nhsuk-table__row")).toBe(row);
    expect(row.querySelector("th")!.getAttribute("scope")).toBe("row");
  });

  it("may have no id, and a caption that is plain, hidden, or named", () => {
    expect(table({ caption: caption("x-y"), columns: [], rows: [] }).hasAttribute("id")).toBe(false);
    expect(caption("x-y").className).toBe("nhsuk-table__caption");
    expect(caption("x-y", "hidden").className).toBe("nhsuk-table__caption nhsuk-u-visually-hidden");
    expect(caption("x-y", undefined, { id: "pf-plan-caption" }).id).toBe("pf-plan-caption");
  });

  it("row header cells may hold elements and text rather than a message", () => {
    const cell = headerCell("row", [h("span", { attrs: { lang: "pl" } }, ["Polski"]), " draft"]);
    expect(cell.textContent).toBe("Polski draft");
    expect(l10n(cell)).toBeNull();
  });
});
