import { describe, expect, it } from "vitest";
import type { HubView, SubmissionPreview, SubmissionRecord } from "../../backend";
import { h } from "../../dom";
import { l10nArgs as args, l10nId as l10n } from "../../testing";
import { autoSection, enrolment } from "./enrolment";
import { previewArea, previewSummary } from "./preview";
import { announcement, outcome, stateCell, submissionsList } from "./submissions";

const ids = (elements: HTMLElement[]) => elements.map((element) => element.id || element.tagName);

const HUB: HubView = {
  hubUrl: null,
  suggestedHubUrl: "https://hub.example.nhs.uk",
  enrolled: false,
  tokenPlace: null,
  autoSubmit: false,
  windowNotice: null,
  submissions: [],
};
const ENROLLED: HubView = { ...HUB, hubUrl: "https://hub.leeds.nhs.uk", enrolled: true, tokenPlace: "keychain" };

/** The preview the backend returns, its summary computed on the Rust side. */
const PREVIEW = {
  submissionId: "0b6f3c2e",
  json: '{"version": 1}',
  summary: {
    submissionId: "0b6f3c2e",
    odsCode: "B82005",
    listSize: 7400,
    level: "at-risk",
    done: 2,
    total: 4,
    blockers: 2,
    effortLeft: [
      { role: "practice-manager", seconds: 48600 },
      { role: "reception", seconds: 0 },
      { role: "admin-team", seconds: 99000 },
      { role: "gp-partner", seconds: 0 },
      { role: "it", seconds: 1800 },
    ],
    type1Total: 14,
    type2Total: 3,
    formsReceived: 60,
    formsWaiting: 4,
    formsExpected: 134,
    window: { start: "2026-03-02", weeks: 6, firstExtract: "2026-04-27" },
  },
} as SubmissionPreview;

const queued = (attempts: number): SubmissionRecord => ({
  submissionId: "s1",
  createdAt: "2026-03-09T09:30:00Z",
  origin: "manager",
  state: "queued",
  attempts,
  nextAttemptAt: 1773050400,
  lastError: attempts ? "connection refused" : null,
});
const sent: SubmissionRecord = {
  submissionId: "s1",
  createdAt: "2026-03-09T09:30:00Z",
  origin: "automatic",
  state: "sent",
  receiptId: "R-17",
  receivedAt: "2026-03-09T09:31:00Z",
};

describe("the preview's summary", () => {
  it("shows the figures the app summed up, the hours left in hours, and dates in the page's language", () => {
    const [list, effort, noNames] = previewSummary(PREVIEW.summary, "en-GB");
    expect(list.id).toBe("pf-preview-summary");
    const values = [...list.querySelectorAll("dd > *")];
    expect(values.map(l10n)).toEqual([
      "reporting-summary-practice-value",
      "readiness-level-at-risk",
      "reporting-summary-tasks-value",
      "reporting-summary-blockers-value",
      "reporting-summary-standing-value",
      "reporting-summary-standing-value",
      "reporting-summary-forms-value",
      "reporting-summary-forms-expected-value",
      "reporting-summary-window-value",
    ]);
    expect(args(values[0])).toEqual({ ods: "B82005", listSize: 7400 });
    expect(values[1].className).toBe("nhsuk-tag nhsuk-tag--red");
    expect(args(values[2])).toEqual({ done: 2, total: 4 });
    expect([args(values[4]).count, args(values[5]).count]).toEqual([14, 3]);
    expect(args(values[6])).toEqual({ received: 60, waiting: 4 });
    expect(args(values[7])).toEqual({ expected: 134 });
    expect(args(values[8])).toEqual({ start: "2 March 2026", weeks: 6, extract: "27 April 2026" });
    // Before the forecast can be made (a submission without one), no forms are said to be expected.
    const withoutForecast = previewSummary({ ...PREVIEW.summary, formsExpected: null }, "en-GB")[0];
    expect(withoutForecast.querySelector("#pf-preview-forms-expected")).toBeNull();
    // 48,600 seconds is 13.5 hours; 1,800 seconds is half an hour.
    const rows = [...effort.querySelectorAll("tbody tr")];
    expect(rows.map((row) => [row.getAttribute("data-role"), args(row.querySelector("td")).hours])).toEqual([
      ["practice-manager", 13.5],
      ["reception", 0],
      ["admin-team", 27.5],
      ["gp-partner", 0],
      ["it", 0.5],
    ]);
    expect(l10n(rows[0].querySelector("th"))).toBe("role-practice-manager");
    expect(effort.querySelector("thead th:last-child")!.className).toContain("nhsuk-table__header--numeric");
    expect(noNames.id).toBe("pf-no-names");
  });
});

describe("the preview section", () => {
  const handlers = (log: string[]) => ({
    onPreview: () => log.push("preview"),
    onSend: (preview: SubmissionPreview) => log.push(`send ${preview.submissionId}`),
  });

  it("before enrolling, says sending needs it, and offers a secondary preview button", () => {
    const content = previewArea(HUB, null, "en-GB", handlers([]));
    expect(ids(content)).toEqual(["pf-needs-enrolment", "pf-preview-button"]);
    expect(content[1].className).toContain("nhsuk-button--secondary");
  });

  it("once enrolled, offers the preview as the main button", () => {
    const log: string[] = [];
    const content = previewArea(ENROLLED, null, "en-GB", handlers(log));
    expect(ids(content)).toEqual(["pf-preview-button"]);
    expect(content[0].className).toBe("nhsuk-button");
    (content[0] as HTMLButtonElement).click();
    expect(log).toEqual(["preview"]);
  });

  it("shows a preview with its exact data, and sends that submission", () => {
    const log: string[] = [];
    const content = previewArea(ENROLLED, PREVIEW, "en-GB", handlers(log));
    expect(ids(content)).toEqual([
      "pf-preview-button",
      "pf-preview-result",
      "pf-preview-summary",
      "pf-preview-effort",
      "pf-no-names",
      "pf-preview-json",
      "pf-send-button",
    ]);
    expect(content[0].className).toContain("nhsuk-button--secondary");
    expect(content[1].getAttribute("tabindex")).toBe("-1");
    expect(content[5].querySelector("pre")!.textContent).toBe('{"version": 1}');
    expect(content[5].querySelector(".pf-json")!.getAttribute("role")).toBe("region");
    (content[6] as HTMLButtonElement).click();
    expect(log).toEqual(["send 0b6f3c2e"]);
  });

  it("shows a preview but no send button to a practice that is not enrolled", () => {
    const content = previewArea(HUB, PREVIEW, "en-GB", handlers([]));
    expect(ids(content).at(-1)).toBe("pf-needs-enrolment");
    expect(content.some((element) => element.id === "pf-send-button")).toBe(false);
  });
});

describe("enrolment", () => {
  const log: string[] = [];
  const handlers = {
    onEnrol: (form: HTMLFormElement) => log.push(`enrol ${form.tagName}`),
    onUnenrol: () => log.push("unenrol"),
    onPull: (status: HTMLElement) => log.push(`pull ${status.id}`),
  };

  it("offers the address the IT team set, and hands the form over when it is sent", () => {
    log.length = 0;
    const [form] = enrolment(HUB, null, handlers);
    expect(form.querySelector<HTMLInputElement>("#f-hubUrl")!.value).toBe("https://hub.example.nhs.uk");
    expect(form.querySelector("#f-hubUrl")!.getAttribute("inputmode")).toBe("url");
    const submit = new Event("submit", { cancelable: true });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(log).toEqual(["enrol FORM"]);
  });

  it("shows what the last step did above the details, where focus can go", () => {
    log.length = 0;
    const content = enrolment(ENROLLED, "enrolled", handlers);
    expect(content[0].id).toBe("pf-enrol-result");
    expect(content[0].getAttribute("tabindex")).toBe("-1");
    expect(l10n(content[0].querySelector("p"))).toBe("reporting-enrolled");
    const details = content.find((element) => element.id === "pf-enrolment")!;
    expect(details.querySelector(".pf-break")!.textContent).toBe("https://hub.leeds.nhs.uk");
    expect(details.querySelector('[data-l10n-id="reporting-token-keychain"]')).not.toBeNull();
    const buttons = content.filter((element): element is HTMLButtonElement => element.tagName === "BUTTON");
    expect(buttons.map(l10n)).toEqual(["reporting-pull-config", "reporting-unenrol"]);
    expect(buttons[1].getAttribute("aria-describedby")).toBe("pf-unenrol-warning");
    buttons.forEach((button) => button.click());
    expect(log).toEqual(["pull pf-pull-status", "unenrol"]);
    expect(l10n(enrolment(HUB, "unenrolled", handlers)[0].querySelector("p"))).toBe("reporting-unenrolled");
  });

  it("shows automatic reporting as saved, and hands over the box when it changes", () => {
    const status = h("p", { attrs: { id: "pf-auto-status" } });
    const changed: boolean[] = [];
    const section = autoSection({ ...HUB, autoSubmit: true }, status, (box) => changed.push(box.checked));
    const box = section.querySelector<HTMLInputElement>("#f-autoSubmit")!;
    expect(box.checked).toBe(true);
    expect(box.getAttribute("aria-describedby")).toBe("f-autoSubmit-hint");
    expect(section.lastElementChild).toBe(status);
    box.checked = false;
    box.dispatchEvent(new Event("change"));
    expect(changed).toEqual([false]);
  });
});

describe("the submissions", () => {
  it("say so when there are none", () => {
    const [none] = submissionsList(HUB, "en-GB", () => {});
    expect(l10n(none)).toBe("reporting-submissions-none");
  });

  it("list each with who made it and its state, and offer to try again while any is queued", () => {
    let retries = 0;
    const content = submissionsList({ ...HUB, submissions: [queued(2), sent] }, "en-GB", () => retries++);
    expect(ids(content)).toEqual(["pf-submissions", "pf-retry"]);
    const rows = [...content[0].querySelectorAll("tbody tr")];
    expect(rows.map((row) => row.getAttribute("data-state"))).toEqual(["queued", "sent"]);
    expect(rows.map((row) => l10n(row.querySelectorAll("td")[1]))).toEqual([
      "reporting-origin-manager",
      "reporting-origin-automatic",
    ]);
    (content[1] as HTMLButtonElement).click();
    expect(retries).toBe(1);
    expect(ids(submissionsList({ ...HUB, submissions: [sent] }, "en-GB", () => {}))).toEqual(["pf-submissions"]);
  });

  it("show each state's tag and what happened", () => {
    const cell = (record: SubmissionRecord) => {
      const td = stateCell(record, "en-GB");
      return [
        td.querySelector(".nhsuk-tag")!.className,
        ...[...td.querySelectorAll(".pf-submission-detail")].map(l10n),
      ];
    };
    expect(cell(queued(0))).toEqual(["nhsuk-tag nhsuk-tag--yellow", "reporting-queued-waiting"]);
    expect(cell(queued(2))).toEqual([
      "nhsuk-tag nhsuk-tag--yellow",
      "reporting-queued-retry",
      "reporting-queued-last-error",
    ]);
    expect(cell(sent)).toEqual(["nhsuk-tag nhsuk-tag--green", "reporting-sent-detail"]);
    const refused: SubmissionRecord = {
      ...sent,
      state: "refused",
      code: "unknown-practice",
      message: "No such practice",
    };
    expect(cell(refused)).toEqual(["nhsuk-tag nhsuk-tag--red", "reporting-refused-detail"]);
    expect(args(stateCell(refused, "en-GB").querySelector(".pf-submission-detail"))).toEqual({
      reason: "No such practice",
    });
  });
});

describe("what is announced", () => {
  const view = (...submissions: SubmissionRecord[]): HubView => ({ ...HUB, submissions });

  it("is a queued submission's outcome once it is sent, refused, or tried again", () => {
    expect(announcement(view(queued(0)), view(sent), "en-GB")).toEqual({
      l10n: "reporting-announce-sent",
      l10nArgs: { receipt: "R-17" },
    });
    expect(announcement(view(queued(0)), view(queued(1)), "en-GB")?.l10n).toBe("reporting-announce-retry");
    expect(outcome({ ...sent, state: "refused", code: "x", message: "Bad" }, "en-GB")).toEqual({
      l10n: "reporting-announce-refused",
      l10nArgs: { reason: "Bad" },
    });
  });

  it("is nothing when nothing changed, for a submission not tried yet, or one that was not queued", () => {
    expect(announcement(view(queued(1)), view(queued(1)), "en-GB")).toBeNull();
    expect(announcement(view(sent), view(sent), "en-GB")).toBeNull();
    expect(announcement(view(), view(sent), "en-GB")).toBeNull();
    expect(outcome(queued(0), "en-GB")).toBeNull();
  });
});
