import { isCommandError, type HubView, type SubmissionPreview } from "../backend";
import { liveRegion, say } from "../components";
import { attempt, type Context } from "../context";
import { h } from "../dom";
import { formValues, markFieldErrors } from "../forms";
import { MESSAGES_CHANGED } from "../messages";
import { autoSection, enrolment, type EnrolResult } from "./reporting/enrolment";
import { previewArea } from "./reporting/preview";
import { announcement, anyQueued, outcome, submissionsList } from "./reporting/submissions";
import { windowNoticeCallout } from "./window-notice";

/**
 * The Report to the hub page: enrolment, automatic reports, a preview of what will be sent, and the submissions.
 *
 * What the page knows is a `ReportingState`. Render functions (in reporting/) draw parts of it and return elements;
 * the event handlers here change the state and redraw only the parts that changed.
 */

/** How often the list is read again while a submission waits in the outbox, which sends in the background. */
export const POLL_MS = 2000;

/** What the reporting page knows. */
export interface ReportingState {
  /** The hub, the enrolment and the outbox, as the app last told them. */
  view: HubView;
  /** The submission the manager is reading, until it is sent. */
  previewed: SubmissionPreview | null;
  /** What the last enrolment or un-enrolment on this page did. */
  enrolResult: EnrolResult;
  /** An enrolment or a send is under way: a second press does nothing. */
  busy: boolean;
  /** The next reading of the outbox, while anything is queued. */
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** The page's areas that are redrawn, and its live regions, which stay in place so that what is put in them is read out. */
interface ReportingParts {
  root: HTMLElement;
  notice: HTMLElement;
  enrolment: HTMLElement;
  preview: HTMLElement;
  submissions: HTMLElement;
  status: HTMLElement;
  autoStatus: HTMLElement;
}

interface Reporting {
  ctx: Context;
  state: ReportingState;
  parts: ReportingParts;
}

// Redrawing: the state into the parts that show it.

function renderNotice({ ctx, state, parts }: Reporting): void {
  const notice = state.view.windowNotice;
  parts.notice.replaceChildren(...(notice ? [windowNoticeCallout(notice, ctx.locale())] : []));
}

function renderEnrolment(page: Reporting): void {
  page.parts.enrolment.replaceChildren(
    ...enrolment(page.state.view, page.state.enrolResult, {
      onEnrol: (form) => void onEnrol(page, form),
      onUnenrol: () => void onUnenrol(page),
      onPull: (status) => void onPull(page, status),
    }),
  );
}

function renderPreview(page: Reporting): void {
  const { ctx, state, parts } = page;
  parts.preview.replaceChildren(
    ...previewArea(state.view, state.previewed, ctx.locale(), {
      onPreview: () => void onPreview(page),
      onSend: (preview) => void onSend(page, preview),
    }),
  );
}

function renderSubmissions(page: Reporting): void {
  const { ctx, state, parts } = page;
  const hadFocus = parts.submissions.contains(document.activeElement);
  parts.submissions.replaceChildren(...submissionsList(state.view, ctx.locale(), () => void onRetry(page)));
  // Redrawing the list must not drop the keyboard's place on the page.
  if (hadFocus) document.getElementById(anyQueued(state.view) ? "pf-retry" : "pf-submissions-heading")?.focus();
}

function renderAll(page: Reporting): void {
  renderNotice(page);
  renderEnrolment(page);
  renderPreview(page);
  renderSubmissions(page);
}

/**
 * While anything is queued, read the list again every POLL_MS. The app swaps pages by replacing them
 * (main.ts), so a page that is no longer in the document has been left: its polling stops there.
 */
function poll(page: Reporting): void {
  const { ctx, state, parts } = page;
  if (state.timer !== undefined || !anyQueued(state.view)) return;
  state.timer = setTimeout(async () => {
    state.timer = undefined;
    if (!parts.root.isConnected) return;
    try {
      const next = await ctx.backend.hubGet();
      if (!parts.root.isConnected) return;
      const news = announcement(state.view, next, ctx.locale());
      if (news) say(parts.status, news.l10n, news.l10nArgs);
      state.view = next;
      renderSubmissions(page);
      poll(page);
    } catch (error) {
      // Shown once; "Try again now" starts the polling again.
      ctx.showErrors([error]);
    }
  }, POLL_MS);
}

// Event handlers: they change the state and redraw what changed.

async function onEnrol(page: Reporting, form: HTMLFormElement): Promise<void> {
  const { ctx, state } = page;
  if (state.busy) return;
  state.busy = true;
  const values = formValues(form);
  try {
    state.view = await ctx.backend.hubEnrol(values.hubUrl ?? "", values.enrolmentCode ?? "");
    ctx.showErrors([]);
    state.enrolResult = "enrolled";
    renderAll(page);
    document.getElementById("pf-enrol-result")?.focus();
    document.dispatchEvent(new Event(MESSAGES_CHANGED));
    poll(page);
  } catch (error) {
    markFieldErrors(form, isCommandError(error) ? error : null);
    ctx.showErrors([error]);
  } finally {
    state.busy = false;
  }
}

async function onUnenrol(page: Reporting): Promise<void> {
  await attempt(
    page.ctx,
    () => page.ctx.backend.hubUnenrol(),
    (view) => {
      page.state.view = view;
      page.state.enrolResult = "unenrolled";
      renderAll(page);
      document.getElementById("pf-enrol-result")?.focus();
    },
  );
}

async function onPull(page: Reporting, status: HTMLElement): Promise<void> {
  await attempt(
    page.ctx,
    () => page.ctx.backend.hubPullConfig(),
    (notice) => {
      document.dispatchEvent(new Event(MESSAGES_CHANGED));
      if (!notice) return say(status, "reporting-pull-config-none");
      page.state.view = { ...page.state.view, windowNotice: notice };
      renderNotice(page);
      say(status, "reporting-pull-config-changed");
    },
  );
}

async function onAutoSubmit({ ctx, state, parts }: Reporting, box: HTMLInputElement): Promise<void> {
  const wanted = box.checked;
  try {
    state.view = await ctx.backend.hubSetAutoSubmit(wanted);
    box.checked = state.view.autoSubmit;
    ctx.showErrors([]);
    say(parts.autoStatus, state.view.autoSubmit ? "reporting-auto-on" : "reporting-auto-off");
  } catch (error) {
    box.checked = !wanted;
    ctx.showErrors([error]);
  }
}

async function onPreview(page: Reporting): Promise<void> {
  await attempt(
    page.ctx,
    () => page.ctx.backend.submissionPreview(),
    (preview) => {
      page.state.previewed = preview;
      renderPreview(page);
      document.getElementById("pf-preview-result")?.focus();
    },
  );
}

async function onSend(page: Reporting, preview: SubmissionPreview): Promise<void> {
  const { ctx, state, parts } = page;
  if (state.busy) return;
  state.busy = true;
  try {
    state.view = await ctx.backend.submissionSend(preview.submissionId);
    state.previewed = null;
    ctx.showErrors([]);
    renderPreview(page);
    renderSubmissions(page);
    // The outbox may have sent it already, before the list was read.
    const sent = state.view.submissions.find((s) => s.submissionId === preview.submissionId);
    const news = sent && outcome(sent, ctx.locale());
    if (news) say(parts.status, news.l10n, news.l10nArgs);
    else say(parts.status, "reporting-send-queued");
    document.getElementById("pf-submissions-heading")?.focus();
    poll(page);
  } catch (error) {
    ctx.showErrors([error]);
  } finally {
    state.busy = false;
  }
}

async function onRetry(page: Reporting): Promise<void> {
  await attempt(
    page.ctx,
    () => page.ctx.backend.outboxRetryNow(),
    (view) => {
      page.state.view = view;
      say(page.parts.status, "reporting-retrying");
      renderSubmissions(page);
      document.getElementById("pf-submissions-heading")?.focus();
      poll(page);
    },
  );
}

export async function reportingPage(ctx: Context): Promise<HTMLElement> {
  const state: ReportingState = {
    view: await ctx.backend.hubGet(),
    previewed: null,
    enrolResult: null,
    busy: false,
    timer: undefined,
  };
  const area = () => h("div", {});
  const parts = {
    notice: area(),
    enrolment: area(),
    preview: area(),
    submissions: area(),
    status: liveRegion("pf-report-status"),
    autoStatus: liveRegion("pf-auto-status"),
  };
  const root = h("div", {}, [
    h("h1", { l10n: "reporting-heading" }),
    h("p", { class: "nhsuk-lede-text", l10n: "reporting-lede" }),
    parts.notice,
    h("section", { attrs: { "aria-labelledby": "pf-enrol-heading" } }, [
      h("h2", { l10n: "reporting-enrol-heading", attrs: { id: "pf-enrol-heading", tabindex: "-1" } }),
      parts.enrolment,
    ]),
    autoSection(state.view, parts.autoStatus, (box) => void onAutoSubmit(page, box)),
    h("section", { attrs: { "aria-labelledby": "pf-preview-heading" } }, [
      h("h2", { l10n: "reporting-preview-heading", attrs: { id: "pf-preview-heading" } }),
      h("p", { class: "nhsuk-body", l10n: "reporting-preview-intro" }),
      parts.preview,
    ]),
    h("section", { attrs: { "aria-labelledby": "pf-submissions-heading" } }, [
      h("h2", { l10n: "reporting-submissions-heading", attrs: { id: "pf-submissions-heading", tabindex: "-1" } }),
      parts.status,
      parts.submissions,
    ]),
  ]);
  const page: Reporting = { ctx, state, parts: { ...parts, root } };
  renderAll(page);
  poll(page);
  return root;
}
