import { describe, expect, it } from "vitest";
import example from "../../crates/protocol/examples/submission-v1.json?raw";
import { summariseSubmission } from "./submission-summary";

describe("the preview's summary", () => {
  it("reads the protocol's example submission into plain figures", () => {
    expect(summariseSubmission(example)).toEqual({
      submissionId: "0b6f3c2e-6a51-4f6e-9d7a-3f1c2b9e8d40",
      odsCode: "B82005",
      listSize: 7400,
      level: "at-risk",
      // join-pathfinder is completed and communication-needs does not apply: 2 of the 4 tasks are done.
      done: 2,
      total: 4,
      blockers: 2,
      // 48,600 seconds is 13.5 hours; 99,000 seconds is 27.5 hours.
      effortLeft: [
        { role: "practice-manager", hours: 13.5 },
        { role: "reception", hours: 0 },
        { role: "admin-team", hours: 27.5 },
        { role: "gp-partner", hours: 0 },
        { role: "it", hours: 0 },
      ],
      type1Total: 14,
      type2Total: 3,
      window: { start: "2026-03-02", weeks: 6, firstExtract: "2026-04-27" },
    });
  });

  it("adds objections over every week and counts a role missing from the effort as no hours", () => {
    const submission = JSON.parse(example);
    submission.objections = [
      { weekStart: "2026-03-02", type1: 14, type2: 3 },
      { weekStart: "2026-03-09", type1: 6, type2: 0 },
      { weekStart: "2026-03-16", type1: 1, type2: 9 },
    ];
    delete submission.effortLeft.it;
    submission.tasks = submission.tasks.map((task: { status: string }) => ({ ...task, status: "completed" }));
    const summary = summariseSubmission(JSON.stringify(submission));
    expect([summary.type1Total, summary.type2Total]).toEqual([21, 12]);
    expect(summary.effortLeft.find((entry) => entry.role === "it")).toEqual({ role: "it", hours: 0 });
    expect([summary.done, summary.total]).toEqual([4, 4]);
  });

  it("handles a practice with no objections recorded and no tasks done", () => {
    const submission = JSON.parse(example);
    submission.objections = [];
    submission.readiness = { level: "not-started", blockers: [] };
    submission.tasks = submission.tasks.map((task: { status: string }) => ({ ...task, status: "not-started" }));
    const summary = summariseSubmission(JSON.stringify(submission));
    expect(summary).toMatchObject({ level: "not-started", done: 0, total: 4, blockers: 0, type1Total: 0, type2Total: 0 });
  });

  it("refuses text that is not a version 1 submission", () => {
    expect(() => summariseSubmission("{}")).toThrow("not a version 1 submission");
    expect(() => summariseSubmission(JSON.stringify({ ...JSON.parse(example), version: 2 }))).toThrow();
    expect(() => summariseSubmission("not json")).toThrow();
  });
});
