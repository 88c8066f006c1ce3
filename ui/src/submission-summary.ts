import { ROLES, type ReadinessLevel, type Role } from "./backend";
import { hours } from "./format";

/**
 * A submission to the hub as it travels (crates/protocol/src/submission.rs, version 1): only the parts the
 * preview's plain-language summary reads.
 */
export interface SubmissionJson {
  version: number;
  submissionId: string;
  odsCode: string;
  createdAt: string;
  practice: { listSize: number; ccgCode: string; clinicalSystem: string };
  readiness: { level: ReadinessLevel; blockers: { kind: string }[] };
  tasks: { id: string; role: Role; status: string; due: string }[];
  effortLeft: Partial<Record<Role, number>>;
  window: { start: string; weeks: number; firstExtract: string };
  objections: { weekStart: string; type1: number; type2: number }[];
  notices: { kind: string; language: string; variant: string; count: number }[];
}

/** What a manager reads before sending: the figures the submission carries, in plain terms. */
export interface SubmissionSummary {
  submissionId: string;
  odsCode: string;
  listSize: number;
  level: ReadinessLevel;
  /** Tasks completed or not applicable, as the checklist counts them. */
  done: number;
  total: number;
  blockers: number;
  /** Hours of work left, one entry per role in the app's usual order. */
  effortLeft: { role: Role; hours: number }[];
  type1Total: number;
  type2Total: number;
  window: { start: string; weeks: number; firstExtract: string };
}

/** The preview's JSON text as a summary; throws if the text is not a version 1 submission. */
export function summariseSubmission(json: string): SubmissionSummary {
  const submission = JSON.parse(json) as SubmissionJson;
  if (submission?.version !== 1 || !Array.isArray(submission.tasks) || !submission.readiness || !submission.window) {
    throw new Error("not a version 1 submission");
  }
  const done = submission.tasks.filter((task) => task.status === "completed" || task.status === "not-applicable").length;
  const type1Total = submission.objections.reduce((sum, week) => sum + week.type1, 0);
  const type2Total = submission.objections.reduce((sum, week) => sum + week.type2, 0);
  return {
    submissionId: submission.submissionId,
    odsCode: submission.odsCode,
    listSize: submission.practice.listSize,
    level: submission.readiness.level,
    done,
    total: submission.tasks.length,
    blockers: submission.readiness.blockers.length,
    effortLeft: ROLES.map((role) => ({ role, hours: hours(submission.effortLeft[role] ?? 0) })),
    type1Total,
    type2Total,
    window: { start: submission.window.start, weeks: submission.window.weeks, firstExtract: submission.window.firstExtract },
  };
}
