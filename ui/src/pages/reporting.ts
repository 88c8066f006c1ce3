import { isAppError, type HubView, type SubmissionRecord } from "../backend";
import type { Context } from "../context";
import { h } from "../dom";
import { button, formValues, markFieldErrors, textField } from "../forms";
import { formatDate, roleLabel } from "../format";
import { summariseSubmission, type SubmissionSummary } from "../submission-summary";
import { levelTag } from "./status";
import { windowNoticeCallout } from "./window-notice";

/** How often the list is read again while a submission waits in the outbox, which sends in the background. */
export const POLL_MS = 2000;

interface Previewed {
  submissionId: string;
  json: string;
  summary: SubmissionSummary;
}

function summaryRow(key: string, value: HTMLElement): HTMLElement {
  return h("div", { class: "nhsuk-summary-list__row" }, [
    h("dt", { class: "nhsuk-summary-list__key", l10n: key }),
    h("dd", { class: "nhsuk-summary-list__value" }, [value]),
  ]);
}

function timeFormat(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
}

function anyQueued(view: HubView): boolean {
  return view.submissions.some((s) => s.state === "queued");
}

function stateCell(record: SubmissionRecord, locale: string): HTMLElement {
  const time = timeFormat(locale);
  const detail = (l10n: string, l10nArgs?: Record<string, string | number>) => h("span", { class: "nhsuk-body-s pf-submission-detail", l10n, l10nArgs });
  switch (record.state) {
    case "sent":
      return h("td", { class: "nhsuk-table__cell" }, [
        h("strong", { class: "nhsuk-tag nhsuk-tag--green", l10n: "reporting-state-sent" }),
        detail("reporting-sent-detail", { receipt: record.receiptId, received: time.format(new Date(record.receivedAt)) }),
      ]);
    case "refused":
      return h("td", { class: "nhsuk-table__cell" }, [
        h("strong", { class: "nhsuk-tag nhsuk-tag--red", l10n: "reporting-state-refused" }),
        detail("reporting-refused-detail", { reason: record.message }),
      ]);
    default:
      return h("td", { class: "nhsuk-table__cell" }, [
        h("strong", { class: "nhsuk-tag nhsuk-tag--yellow", l10n: "reporting-state-queued" }),
        record.attempts === 0
          ? detail("reporting-queued-waiting")
          : detail("reporting-queued-retry", { attempts: record.attempts, next: time.format(new Date(record.nextAttemptAt * 1000)) }),
        ...(record.lastError ? [detail("reporting-queued-last-error", { error: record.lastError })] : []),
      ]);
  }
}

function submissionsTable(view: HubView, locale: string): HTMLElement {
  const time = timeFormat(locale);
  return h("table", { class: "nhsuk-table", attrs: { id: "pf-submissions" } }, [
    h("caption", { class: "nhsuk-table__caption nhsuk-u-visually-hidden", l10n: "reporting-submissions-caption" }),
    h("thead", { class: "nhsuk-table__head" }, [
      h("tr", { class: "nhsuk-table__row" }, [
        h("th", { class: "nhsuk-table__header", l10n: "reporting-col-created", attrs: { scope: "col" } }),
        h("th", { class: "nhsuk-table__header", l10n: "reporting-col-who", attrs: { scope: "col" } }),
        h("th", { class: "nhsuk-table__header", l10n: "reporting-col-state", attrs: { scope: "col" } }),
      ]),
    ]),
    h(
      "tbody",
      { class: "nhsuk-table__body" },
      view.submissions.map((record) =>
        h("tr", { class: "nhsuk-table__row", attrs: { "data-submission": record.submissionId, "data-state": record.state } }, [
          h("td", { class: "nhsuk-table__cell" }, [time.format(new Date(record.createdAt))]),
          h("td", { class: "nhsuk-table__cell", l10n: record.origin === "automatic" ? "reporting-origin-automatic" : "reporting-origin-manager" }),
          stateCell(record, locale),
        ]),
      ),
    ),
  ]);
}

interface Announcement {
  l10n: string;
  l10nArgs?: Record<string, string>;
}

/** A submission's outcome, for the live region; a queued one that has not been tried yet has none. */
function outcome(record: SubmissionRecord, locale: string): Announcement | null {
  switch (record.state) {
    case "sent":
      return { l10n: "reporting-announce-sent", l10nArgs: { receipt: record.receiptId } };
    case "refused":
      return { l10n: "reporting-announce-refused", l10nArgs: { reason: record.message } };
    default:
      return record.attempts === 0
        ? null
        : { l10n: "reporting-announce-retry", l10nArgs: { next: timeFormat(locale).format(new Date(record.nextAttemptAt * 1000)) } };
  }
}

/** What changed between two readings of the outbox, as one message for the live region, or null. */
function announcement(before: HubView, after: HubView, locale: string): Announcement | null {
  const earlier = new Map(before.submissions.map((s) => [s.submissionId, s]));
  for (const record of after.submissions) {
    const was = earlier.get(record.submissionId);
    if (was?.state !== "queued") continue;
    if (record.state !== "queued" || record.attempts > was.attempts) return outcome(record, locale);
  }
  return null;
}

function previewSummary(summary: SubmissionSummary, locale: string): HTMLElement[] {
  const date = (iso: string) => formatDate(iso, locale);
  return [
    h("dl", { class: "nhsuk-summary-list", attrs: { id: "pf-preview-summary" } }, [
      summaryRow("reporting-summary-practice", h("span", { l10n: "reporting-summary-practice-value", l10nArgs: { ods: summary.odsCode, listSize: summary.listSize } })),
      summaryRow("reporting-summary-level", levelTag(summary.level)),
      summaryRow("reporting-summary-tasks", h("span", { l10n: "reporting-summary-tasks-value", l10nArgs: { done: summary.done, total: summary.total } })),
      summaryRow("reporting-summary-blockers", h("span", { l10n: "reporting-summary-blockers-value", l10nArgs: { count: summary.blockers } })),
      summaryRow("reporting-summary-type1", h("span", { l10n: "reporting-summary-objections-value", l10nArgs: { count: summary.type1Total } })),
      summaryRow("reporting-summary-type2", h("span", { l10n: "reporting-summary-objections-value", l10nArgs: { count: summary.type2Total } })),
      summaryRow(
        "reporting-summary-window",
        h("span", {
          l10n: "reporting-summary-window-value",
          l10nArgs: { start: date(summary.window.start), weeks: summary.window.weeks, extract: date(summary.window.firstExtract) },
        }),
      ),
    ]),
    h("table", { class: "nhsuk-table", attrs: { id: "pf-preview-effort" } }, [
      h("caption", { class: "nhsuk-table__caption nhsuk-table__caption--s", l10n: "reporting-summary-effort-caption" }),
      h("thead", { class: "nhsuk-table__head" }, [
        h("tr", { class: "nhsuk-table__row" }, [
          h("th", { class: "nhsuk-table__header", l10n: "reporting-summary-col-team", attrs: { scope: "col" } }),
          h("th", { class: "nhsuk-table__header nhsuk-table__header--numeric", l10n: "reporting-summary-col-hours", attrs: { scope: "col" } }),
        ]),
      ]),
      h(
        "tbody",
        { class: "nhsuk-table__body" },
        summary.effortLeft.map(({ role, hours }) =>
          h("tr", { class: "nhsuk-table__row", attrs: { "data-role": role } }, [
            h("th", { class: "nhsuk-table__header", l10n: roleLabel(role), attrs: { scope: "row" } }),
            h("td", { class: "nhsuk-table__cell nhsuk-table__cell--numeric", l10n: "reporting-summary-hours", l10nArgs: { hours } }),
          ]),
        ),
      ),
    ]),
    h("p", { class: "nhsuk-body", l10n: "reporting-summary-no-names", attrs: { id: "pf-no-names" } }),
  ];
}

export async function reportingPage(ctx: Context): Promise<HTMLElement> {
  let view = await ctx.backend.hub();
  let previewed: Previewed | null = null;
  let busy = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const noticeArea = h("div", {});
  const enrolArea = h("div", {});
  const previewArea = h("div", {});
  const submissionsArea = h("div", {});
  // Live regions stay in place for the page's life, so that what is put in them is read out.
  const status = h("p", { class: "nhsuk-body", attrs: { id: "pf-report-status", "aria-live": "polite" } });
  const autoStatus = h("p", { class: "nhsuk-body", attrs: { id: "pf-auto-status", "aria-live": "polite" } });
  const say = (region: HTMLElement, l10n: string, l10nArgs?: Record<string, string | number>) =>
    region.replaceChildren(h("span", { l10n, l10nArgs }));

  const root = h("div", {}, [
    h("h1", { l10n: "reporting-heading" }),
    h("p", { class: "nhsuk-lede-text", l10n: "reporting-lede" }),
    noticeArea,
    h("section", { attrs: { "aria-labelledby": "pf-enrol-heading" } }, [
      h("h2", { l10n: "reporting-enrol-heading", attrs: { id: "pf-enrol-heading", tabindex: "-1" } }),
      enrolArea,
    ]),
    autoSection(),
    h("section", { attrs: { "aria-labelledby": "pf-preview-heading" } }, [
      h("h2", { l10n: "reporting-preview-heading", attrs: { id: "pf-preview-heading" } }),
      h("p", { class: "nhsuk-body", l10n: "reporting-preview-intro" }),
      previewArea,
    ]),
    h("section", { attrs: { "aria-labelledby": "pf-submissions-heading" } }, [
      h("h2", { l10n: "reporting-submissions-heading", attrs: { id: "pf-submissions-heading", tabindex: "-1" } }),
      status,
      submissionsArea,
    ]),
  ]);

  /**
   * While anything is queued, read the list again every POLL_MS. The app swaps pages by replacing them
   * (main.ts), so a page that is no longer in the document has been left: its polling stops there.
   */
  function poll(): void {
    if (timer !== undefined || !anyQueued(view)) return;
    timer = setTimeout(async () => {
      timer = undefined;
      if (!root.isConnected) return;
      try {
        const next = await ctx.backend.hub();
        if (!root.isConnected) return;
        const news = announcement(view, next, ctx.locale());
        if (news) say(status, news.l10n, news.l10nArgs);
        view = next;
        renderSubmissions();
        poll();
      } catch (error) {
        // Shown once; "Try again now" starts the polling again.
        ctx.showErrors([error]);
      }
    }, POLL_MS);
  }

  function renderNotice(): void {
    noticeArea.replaceChildren(...(view.windowNotice ? [windowNoticeCallout(view.windowNotice, ctx.locale())] : []));
  }

  function enrolForm(): HTMLFormElement {
    const form = h("form", { attrs: { novalidate: "", "aria-labelledby": "pf-enrol-heading" } }, [
      h("p", { class: "nhsuk-body", l10n: "reporting-enrol-intro" }),
      textField({
        name: "hubUrl",
        label: "reporting-hub-url-label",
        hint: "reporting-hub-url-hint",
        value: view.hubUrl ?? view.suggestedHubUrl ?? "",
        attrs: { autocomplete: "off", spellcheck: "false", inputmode: "url" },
      }),
      textField({
        name: "enrolmentCode",
        label: "reporting-code-label",
        hint: "reporting-code-hint",
        inputClass: "nhsuk-input--width-20",
        attrs: { autocomplete: "off", spellcheck: "false" },
      }),
      button("reporting-enrol-submit"),
    ]) as HTMLFormElement;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (busy) return;
      busy = true;
      const values = formValues(form);
      try {
        view = await ctx.backend.enrol(values.hubUrl ?? "", values.enrolmentCode ?? "");
        ctx.showErrors([]);
        renderAll("enrolled");
        document.getElementById("pf-enrol-result")?.focus();
        poll();
      } catch (error) {
        markFieldErrors(form, isAppError(error) ? error : null);
        ctx.showErrors([error]);
      } finally {
        busy = false;
      }
    });
    return form;
  }

  function enrolledDetails(): HTMLElement[] {
    const unenrol = button("reporting-unenrol", "button", true);
    unenrol.setAttribute("aria-describedby", "pf-unenrol-warning");
    unenrol.addEventListener("click", async () => {
      try {
        view = await ctx.backend.unenrol();
        ctx.showErrors([]);
        renderAll("unenrolled");
        document.getElementById("pf-enrol-result")?.focus();
      } catch (error) {
        ctx.showErrors([error]);
      }
    });
    const pullStatus = h("p", { class: "nhsuk-body", attrs: { id: "pf-pull-status", "aria-live": "polite" } });
    const pull = button("reporting-pull-config", "button", true);
    pull.addEventListener("click", async () => {
      try {
        const notice = await ctx.backend.pullHubConfig();
        ctx.showErrors([]);
        if (notice) {
          view = { ...view, windowNotice: notice };
          renderNotice();
          say(pullStatus, "reporting-pull-config-changed");
        } else {
          say(pullStatus, "reporting-pull-config-none");
        }
      } catch (error) {
        ctx.showErrors([error]);
      }
    });
    return [
      h("dl", { class: "nhsuk-summary-list", attrs: { id: "pf-enrolment" } }, [
        summaryRow("reporting-hub-url-key", h("span", { class: "pf-break" }, [view.hubUrl ?? ""])),
        summaryRow("reporting-token-key", h("span", { l10n: view.tokenPlace === "keychain" ? "reporting-token-keychain" : "reporting-token-file" })),
      ]),
      pull,
      pullStatus,
      h("p", { class: "nhsuk-body", l10n: "reporting-unenrol-warning", attrs: { id: "pf-unenrol-warning" } }),
      unenrol,
    ];
  }

  function renderEnrolment(result?: "enrolled" | "unenrolled"): void {
    const message = result
      ? [
          h("div", { class: "nhsuk-inset-text", attrs: { id: "pf-enrol-result", tabindex: "-1" } }, [
            h("p", { l10n: result === "enrolled" ? "reporting-enrolled" : "reporting-unenrolled" }),
          ]),
        ]
      : [];
    enrolArea.replaceChildren(...message, ...(view.enrolled ? enrolledDetails() : [enrolForm()]));
  }

  function autoSection(): HTMLElement {
    const box = h("input", {
      class: "nhsuk-checkboxes__input",
      attrs: { id: "f-autoSubmit", name: "autoSubmit", type: "checkbox", "aria-describedby": "f-autoSubmit-hint" },
    }) as HTMLInputElement;
    box.checked = view.autoSubmit;
    box.addEventListener("change", async () => {
      const wanted = box.checked;
      try {
        view = await ctx.backend.setAutoSubmit(wanted);
        box.checked = view.autoSubmit;
        ctx.showErrors([]);
        say(autoStatus, view.autoSubmit ? "reporting-auto-on" : "reporting-auto-off");
      } catch (error) {
        box.checked = !wanted;
        ctx.showErrors([error]);
      }
    });
    return h("section", { attrs: { "aria-labelledby": "pf-auto-heading" } }, [
      h("h2", { l10n: "reporting-auto-heading", attrs: { id: "pf-auto-heading" } }),
      h("div", { class: "nhsuk-form-group" }, [
        h("div", { class: "nhsuk-checkboxes" }, [
          h("div", { class: "nhsuk-checkboxes__item" }, [
            box,
            h("label", { class: "nhsuk-label nhsuk-checkboxes__label", l10n: "reporting-auto-label", attrs: { for: "f-autoSubmit" } }),
            h("div", { class: "nhsuk-hint nhsuk-checkboxes__hint", l10n: "reporting-auto-hint", attrs: { id: "f-autoSubmit-hint" } }),
          ]),
        ]),
      ]),
      autoStatus,
    ]);
  }

  function renderPreview(): void {
    const previewButton = button("reporting-preview-button", "button", previewed !== null || !view.enrolled);
    previewButton.id = "pf-preview-button";
    previewButton.addEventListener("click", async () => {
      try {
        const preview = await ctx.backend.previewSubmission();
        previewed = { ...preview, summary: summariseSubmission(preview.json) };
        ctx.showErrors([]);
        renderPreview();
        document.getElementById("pf-preview-result")?.focus();
      } catch (error) {
        ctx.showErrors([error]);
      }
    });
    const needsEnrolment = h("div", { class: "nhsuk-inset-text", attrs: { id: "pf-needs-enrolment" } }, [h("p", { l10n: "reporting-preview-needs-enrolment" })]);
    const children: HTMLElement[] = view.enrolled ? [] : [needsEnrolment];
    if (!previewed) {
      previewArea.replaceChildren(...children, previewButton);
      return;
    }
    const current = previewed;
    const send = button("reporting-send", "button");
    send.id = "pf-send-button";
    send.addEventListener("click", async () => {
      if (busy) return;
      busy = true;
      try {
        view = await ctx.backend.sendSubmission(current.submissionId);
        previewed = null;
        ctx.showErrors([]);
        renderPreview();
        renderSubmissions();
        // The outbox may have sent it already, before the list was read.
        const sent = view.submissions.find((s) => s.submissionId === current.submissionId);
        const news = sent && outcome(sent, ctx.locale());
        if (news) say(status, news.l10n, news.l10nArgs);
        else say(status, "reporting-send-queued");
        document.getElementById("pf-submissions-heading")?.focus();
        poll();
      } catch (error) {
        ctx.showErrors([error]);
      } finally {
        busy = false;
      }
    });
    previewArea.replaceChildren(
      previewButton,
      h("h3", { l10n: "reporting-summary-heading", attrs: { id: "pf-preview-result", tabindex: "-1" } }),
      ...previewSummary(current.summary, ctx.locale()),
      h("details", { class: "nhsuk-details", attrs: { id: "pf-preview-json" } }, [
        h("summary", { class: "nhsuk-details__summary" }, [h("span", { class: "nhsuk-details__summary-text", l10n: "reporting-json-summary" })]),
        h("div", { class: "nhsuk-details__text" }, [
          h("div", { class: "pf-json", l10n: "reporting-json-region", attrs: { role: "region", tabindex: "0" } }, [h("pre", {}, [current.json])]),
        ]),
      ]),
      ...(view.enrolled ? [send] : children),
    );
  }

  function renderSubmissions(): void {
    const retry = button("reporting-retry-now", "button", true);
    retry.id = "pf-retry";
    retry.addEventListener("click", async () => {
      try {
        view = await ctx.backend.retryOutboxNow();
        ctx.showErrors([]);
        say(status, "reporting-retrying");
        renderSubmissions();
        document.getElementById("pf-submissions-heading")?.focus();
        poll();
      } catch (error) {
        ctx.showErrors([error]);
      }
    });
    const hadFocus = submissionsArea.contains(document.activeElement);
    submissionsArea.replaceChildren(
      ...(view.submissions.length
        ? [submissionsTable(view, ctx.locale()), ...(anyQueued(view) ? [retry] : [])]
        : [h("p", { class: "nhsuk-body", l10n: "reporting-submissions-none" })]),
    );
    // Redrawing the list must not drop the keyboard's place on the page.
    if (hadFocus) document.getElementById(anyQueued(view) ? "pf-retry" : "pf-submissions-heading")?.focus();
  }

  function renderAll(result?: "enrolled" | "unenrolled"): void {
    renderNotice();
    renderEnrolment(result);
    renderPreview();
    renderSubmissions();
  }

  renderAll();
  poll();
  return root;
}
