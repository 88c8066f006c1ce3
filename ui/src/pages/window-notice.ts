import type { WindowNotice } from "../backend";
import { h } from "../dom";
import { formatDate } from "../format";

/** The regional team moved the practice's window: a warning callout, on the reporting page and the checklist. */
export function windowNoticeCallout(notice: WindowNotice, locale: string): HTMLElement {
  const date = (iso: string) => formatDate(iso, locale);
  return h("div", { class: "nhsuk-warning-callout", attrs: { id: "pf-window-notice" } }, [
    h("h2", { class: "nhsuk-warning-callout__label", l10n: "reporting-window-notice-label" }),
    h("p", {
      l10n: "reporting-window-notice-body",
      l10nArgs: {
        previousStart: date(notice.previous.start),
        previousWeeks: notice.previous.weeks,
        previousExtract: date(notice.previous.firstExtract),
        start: date(notice.current.start),
        weeks: notice.current.weeks,
        extract: date(notice.current.firstExtract),
      },
    }),
    h("p", { l10n: "reporting-window-notice-due" }),
  ]);
}
