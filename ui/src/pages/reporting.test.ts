import { afterEach, describe, expect, it, vi } from "vitest";
import type { Backend, HubView, SubmissionRecord } from "../backend";
import { fakeContext, l10nId as l10n } from "../testing";
import { POLL_MS, reportingPage } from "./reporting";

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const HUB: HubView = {
  hubUrl: "https://hub.leeds.nhs.uk",
  suggestedHubUrl: null,
  enrolled: true,
  tokenPlace: "file",
  autoSubmit: false,
  windowNotice: null,
  submissions: [],
};
const QUEUED: SubmissionRecord = {
  submissionId: "s1",
  createdAt: "2026-03-09T09:30:00Z",
  origin: "manager",
  state: "queued",
  attempts: 0,
  nextAttemptAt: 0,
  lastError: null,
};
const SENT: SubmissionRecord = {
  submissionId: "s1",
  createdAt: "2026-03-09T09:30:00Z",
  origin: "manager",
  state: "sent",
  receiptId: "R-9",
  receivedAt: "2026-03-09T09:31:00Z",
};

/** The page, opened on `first`, on a backend whose later outbox reads come from `reads`; the last one repeats. */
async function open(first: HubView, reads: HubView[] = [], overrides: Partial<Backend> = {}) {
  const calls: string[] = [];
  let opened = false;
  const backend = {
    hubGet: async () => {
      calls.push("hub");
      const view = !opened ? first : reads.length > 1 ? reads.shift()! : (reads[0] ?? first);
      opened = true;
      return view;
    },
    submissionPreview: async () => ({ submissionId: "s1", json: "{}", summary: undefined }),
    submissionSend: async (id: string) => {
      calls.push(`send ${id}`);
      return { ...first, submissions: [QUEUED] };
    },
    hubSetAutoSubmit: async () => {
      throw { code: "io", message: "Could not save" };
    },
    hubPullConfig: async () => null,
    ...overrides,
  };
  const { ctx, errors } = fakeContext(backend);
  const page = await reportingPage(ctx);
  calls.length = 0;
  document.body.replaceChildren(page);
  return { page, calls, errors };
}

afterEach(() => vi.useRealTimers());

describe("the reporting page", () => {
  it("reads the outbox again while a submission is queued, says when it is sent, and stops", async () => {
    vi.useFakeTimers();
    const { calls } = await open({ ...HUB, submissions: [QUEUED] }, [{ ...HUB, submissions: [SENT] }]);
    expect(byId("pf-submissions").querySelector("tr[data-state=queued]")).not.toBeNull();
    expect(byId("pf-retry")).not.toBeNull();
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(calls).toEqual(["hub"]);
    expect(byId("pf-submissions").querySelector("tr[data-state=sent]")).not.toBeNull();
    expect(l10n(byId("pf-report-status").firstElementChild)).toBe("reporting-announce-sent");
    expect(byId("pf-retry")).toBeNull();
    await vi.advanceTimersByTimeAsync(POLL_MS * 3);
    expect(calls).toEqual(["hub"]);
  });

  it("stops reading the outbox once the page is left", async () => {
    vi.useFakeTimers();
    const { page, calls } = await open({ ...HUB, submissions: [QUEUED] });
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(calls).toEqual(["hub"]);
    page.remove();
    await vi.advanceTimersByTimeAsync(POLL_MS * 3);
    expect(calls).toEqual(["hub"]);
  });

  it("keeps the keyboard's place when the list is redrawn", async () => {
    vi.useFakeTimers();
    await open({ ...HUB, submissions: [QUEUED] }, [{ ...HUB, submissions: [{ ...QUEUED, attempts: 1 }] }]);
    const retry = byId("pf-retry");
    retry.focus();
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(byId("pf-retry")).not.toBe(retry);
    expect(document.activeElement).toBe(byId("pf-retry"));
  });

  it("sends the previewed submission, drops the preview and moves focus to the list", async () => {
    const { calls } = await open(HUB, [], {
      submissionPreview: async () => ({ submissionId: "s1", json: "{}", summary: PREVIEW_SUMMARY }),
    } as Partial<Backend>);
    byId("pf-preview-button").click();
    await vi.waitFor(() => expect(document.activeElement).toBe(byId("pf-preview-result")));
    byId("pf-send-button").click();
    await vi.waitFor(() => expect(document.activeElement).toBe(byId("pf-submissions-heading")));
    expect(calls).toContain("send s1");
    expect(byId("pf-preview-result")).toBeNull();
    expect(l10n(byId("pf-report-status").firstElementChild)).toBe("reporting-send-queued");
    document.body.replaceChildren();
  });

  it("puts the automatic reporting box back when saving it fails", async () => {
    const { errors } = await open(HUB);
    const box = byId<HTMLInputElement>("f-autoSubmit");
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(box.checked).toBe(false);
    expect(errors[0]).toEqual([{ code: "io", message: "Could not save" }]);
    expect(byId("pf-auto-status").children).toHaveLength(0);
  });
});

const PREVIEW_SUMMARY = {
  submissionId: "s1",
  odsCode: "B82005",
  listSize: 7400,
  level: "ready",
  done: 10,
  total: 10,
  blockers: 0,
  effortLeft: [{ role: "it", seconds: 0 }],
  type1Total: 0,
  type2Total: 0,
  window: { start: "2026-03-02", weeks: 6, firstExtract: "2026-04-27" },
};
