import type { HubView, SubmissionRecord } from "../../backend";
import { caption, table, tableRow, tag, type Message } from "../../components";
import { h } from "../../dom";
import { button } from "../../forms";

/** The submissions sent from this computer, and what the page says when one of them changes. */

function timeFormat(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
}

/** Whether anything waits in the outbox. */
export function anyQueued(view: HubView): boolean {
  return view.submissions.some((s) => s.state === "queued");
}

/** A submission's state: a tag, and what happened to it. */
export function stateCell(record: SubmissionRecord, locale: string): HTMLElement {
  const time = timeFormat(locale);
  const detail = (l10n: string, l10nArgs?: Record<string, string | number>) =>
    h("span", { class: "nhsuk-body-s pf-submission-detail", l10n, l10nArgs });
  switch (record.state) {
    case "sent":
      return h("td", { class: "nhsuk-table__cell" }, [
        tag("green", "reporting-state-sent"),
        detail("reporting-sent-detail", {
          receipt: record.receiptId,
          received: time.format(new Date(record.receivedAt)),
        }),
      ]);
    case "refused":
      return h("td", { class: "nhsuk-table__cell" }, [
        tag("red", "reporting-state-refused"),
        detail("reporting-refused-detail", { reason: record.message }),
      ]);
    default:
      return h("td", { class: "nhsuk-table__cell" }, [
        tag("yellow", "reporting-state-queued"),
        record.attempts === 0
          ? detail("reporting-queued-waiting")
          : detail("reporting-queued-retry", {
              attempts: record.attempts,
              next: time.format(new Date(record.nextAttemptAt * 1000)),
            }),
        ...(record.lastError ? [detail("reporting-queued-last-error", { error: record.lastError })] : []),
      ]);
  }
}

export function submissionsTable(view: HubView, locale: string): HTMLElement {
  const time = timeFormat(locale);
  return table({
    id: "pf-submissions",
    caption: caption("reporting-submissions-caption", "hidden"),
    columns: [{ l10n: "reporting-col-created" }, { l10n: "reporting-col-who" }, { l10n: "reporting-col-state" }],
    rows: view.submissions.map((record) =>
      tableRow(
        [
          h("td", { class: "nhsuk-table__cell" }, [time.format(new Date(record.createdAt))]),
          h("td", {
            class: "nhsuk-table__cell",
            l10n: record.origin === "automatic" ? "reporting-origin-automatic" : "reporting-origin-manager",
          }),
          stateCell(record, locale),
        ],
        { "data-submission": record.submissionId, "data-state": record.state },
      ),
    ),
  });
}

/** The list of submissions, with a button to try the queued ones again now; a sentence when there are none. */
export function submissionsList(view: HubView, locale: string, onRetry: () => void): HTMLElement[] {
  if (!view.submissions.length) return [h("p", { class: "nhsuk-body", l10n: "reporting-submissions-none" })];
  if (!anyQueued(view)) return [submissionsTable(view, locale)];
  const retry = button("reporting-retry-now", "button", true, { id: "pf-retry" });
  retry.addEventListener("click", onRetry);
  return [submissionsTable(view, locale), retry];
}

/** A submission's outcome, for the live region; a queued one that has not been tried yet has none. */
export function outcome(record: SubmissionRecord, locale: string): Message | null {
  switch (record.state) {
    case "sent":
      return { l10n: "reporting-announce-sent", l10nArgs: { receipt: record.receiptId } };
    case "refused":
      return { l10n: "reporting-announce-refused", l10nArgs: { reason: record.message } };
    default:
      return record.attempts === 0
        ? null
        : {
            l10n: "reporting-announce-retry",
            l10nArgs: { next: timeFormat(locale).format(new Date(record.nextAttemptAt * 1000)) },
          };
  }
}

/** What changed between two readings of the outbox, as one message for the live region, or null. */
export function announcement(before: HubView, after: HubView, locale: string): Message | null {
  const earlier = new Map(before.submissions.map((s) => [s.submissionId, s]));
  for (const record of after.submissions) {
    const was = earlier.get(record.submissionId);
    if (was?.state !== "queued") continue;
    if (record.state !== "queued" || record.attempts > was.attempts) return outcome(record, locale);
  }
  return null;
}
