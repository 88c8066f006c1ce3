import type { HubView, SubmissionPreview, SubmissionSummary } from "../../backend";
import { caption, details, headerCell, insetText, levelTag, summaryRow, table, tableRow } from "../../components";
import { h } from "../../dom";
import { button } from "../../forms";
import { formatDate, hours, roleLabel } from "../../format";

// The preview of a submission: what it says in plain words, and the exact data that would be sent.

/** The submission's figures in plain words, as the app summed them up. */
export function previewSummary(summary: SubmissionSummary, locale: string): HTMLElement[] {
  const date = (iso: string) => formatDate(iso, locale);
  const message = (l10n: string, l10nArgs: Record<string, string | number>) => h("span", { l10n, l10nArgs });
  const dates = {
    start: date(summary.window.start),
    weeks: summary.window.weeks,
    extract: date(summary.window.firstExtract),
  };
  return [
    h("dl", { class: "nhsuk-summary-list", attrs: { id: "pf-preview-summary" } }, [
      summaryRow(
        "reporting-summary-practice",
        message("reporting-summary-practice-value", { ods: summary.odsCode, listSize: summary.listSize }),
      ),
      summaryRow("reporting-summary-level", levelTag(summary.level)),
      summaryRow(
        "reporting-summary-tasks",
        message("reporting-summary-tasks-value", { done: summary.done, total: summary.total }),
      ),
      summaryRow(
        "reporting-summary-blockers",
        message("reporting-summary-blockers-value", { count: summary.blockers }),
      ),
      summaryRow(
        "reporting-summary-type1-standing",
        message("reporting-summary-standing-value", { count: summary.type1Total }),
      ),
      summaryRow(
        "reporting-summary-type2-standing",
        message("reporting-summary-standing-value", { count: summary.type2Total }),
      ),
      summaryRow(
        "reporting-summary-forms",
        message("reporting-summary-forms-value", { received: summary.formsReceived, waiting: summary.formsWaiting }),
        { id: "pf-preview-forms" },
      ),
      ...(summary.formsExpected === null
        ? []
        : [
            summaryRow(
              "reporting-summary-forms-expected",
              message("reporting-summary-forms-expected-value", { expected: summary.formsExpected }),
              { id: "pf-preview-forms-expected" },
            ),
          ]),
      summaryRow("reporting-summary-window", message("reporting-summary-window-value", dates)),
    ]),
    table({
      id: "pf-preview-effort",
      caption: caption("reporting-summary-effort-caption", "small"),
      columns: [{ l10n: "reporting-summary-col-team" }, { l10n: "reporting-summary-col-hours", numeric: true }],
      rows: summary.effortLeft.map(({ role, seconds }) =>
        tableRow(
          [
            headerCell("row", { l10n: roleLabel(role) }),
            h("td", {
              class: "nhsuk-table__cell nhsuk-table__cell--numeric",
              l10n: "reporting-summary-hours",
              l10nArgs: { hours: hours(seconds) },
            }),
          ],
          { "data-role": role },
        ),
      ),
    }),
    h("p", { class: "nhsuk-body", l10n: "reporting-summary-no-names", attrs: { id: "pf-no-names" } }),
  ];
}

/** The exact JSON that would be sent, behind a details element. */
function exactData(json: string): HTMLElement {
  return details(
    { l10n: "reporting-json-summary" },
    [
      h("div", { class: "pf-json", l10n: "reporting-json-region", attrs: { role: "region", tabindex: "0" } }, [
        h("pre", {}, [json]),
      ]),
    ],
    { id: "pf-preview-json" },
  );
}

/**
 * The preview section's content: the button that builds a preview; once there is one, its summary, its data and the
 * button that sends it. Sending needs the practice to be enrolled: until then the section says so instead.
 */
export function previewArea(
  view: HubView,
  previewed: SubmissionPreview | null,
  locale: string,
  handlers: { onPreview: () => void; onSend: (preview: SubmissionPreview) => void },
): HTMLElement[] {
  const previewButton = button("reporting-preview-button", "button", previewed !== null || !view.enrolled, {
    id: "pf-preview-button",
  });
  previewButton.addEventListener("click", handlers.onPreview);
  const needsEnrolment = view.enrolled
    ? []
    : [insetText("reporting-preview-needs-enrolment", { id: "pf-needs-enrolment" })];
  if (!previewed) return [...needsEnrolment, previewButton];
  const send = button("reporting-send", "button", false, { id: "pf-send-button" });
  send.addEventListener("click", () => handlers.onSend(previewed));
  return [
    previewButton,
    h("h3", { l10n: "reporting-summary-heading", attrs: { id: "pf-preview-result", tabindex: "-1" } }),
    ...previewSummary(previewed.summary, locale),
    exactData(previewed.json),
    ...(view.enrolled ? [send] : needsEnrolment),
  ];
}
