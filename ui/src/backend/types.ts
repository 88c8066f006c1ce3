/** What the UI and the Rust side exchange. Mirrors the serde types in crates/ and src-tauri. */

export type LanguageStatus = "complete" | "draft";

export interface LanguageChoice {
  code: string;
  /** The language's name in that language, from its own Fluent files. */
  autonym: string;
  status: LanguageStatus;
}

export interface LocaleSources {
  locale: string;
  /** The Fluent sources of this locale, one string per .ftl file. */
  resources: string[];
}

export interface L10nSources {
  locale: string;
  /** The chosen locale first, then each locale it falls back to, message by message. */
  chain: LocaleSources[];
  languages: LanguageChoice[];
}

export interface FieldMessage {
  field: string;
  message: string;
}

/** An error as the Rust side reports it: a stable code and a message already in the user's language. */
export interface AppError {
  code: string;
  message: string;
  fields?: FieldMessage[];
}

export type Role = "practice-manager" | "reception" | "admin-team" | "gp-partner" | "it";
export const ROLES: Role[] = ["practice-manager", "reception", "admin-team", "gp-partner", "it"];

/** The onboarding form as typed; every value is text so the Rust side can name each mistake. */
export interface OnboardingForm {
  odsCode: string;
  name: string;
  address: string;
  phone: string;
  website: string;
  ccgCode: string;
  ccgName: string;
  listSize: string;
  clinicalSystem: string;
  practiceLead: string;
  staffCount: string;
  staffHours: Partial<Record<Role, string>>;
  windowStart: string;
  windowWeeks: string;
  firstExtract: string;
  householdSize: string;
  objectionPercent: string;
}

export interface PracticeView {
  form: OnboardingForm;
  odsCode: string;
  name: string;
  listSize: number;
}

export type TaskStatus = "not-started" | "in-progress" | "completed" | "not-applicable";
export type DisplayStatus = TaskStatus | "cannot-start-yet";

export interface TaskState {
  status: TaskStatus;
  notApplicableReason: string | null;
  assignee: string | null;
  notes: string;
  evidence: string[];
}

export interface TaskView {
  id: string;
  title: string;
  guidance: string;
  role: Role;
  state: TaskState;
  displayStatus: DisplayStatus;
  waitingFor: { id: string; title: string }[];
  due: string;
  overdue: boolean;
  effortSeconds: number;
  effortUnits: number;
  effortModel: "fixed" | "per-staff-member" | "per-household" | "per-objection-form";
}

export interface ChecklistView {
  version: number;
  completed: number;
  total: number;
  sections: { id: string; title: string; tasks: TaskView[] }[];
}

export interface Change {
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  change: Partial<TaskState>;
}

export interface TaskPage {
  task: TaskView;
  history: Change[];
}

export interface TaskChange {
  status: TaskStatus;
  notApplicableReason: string;
  assignee: string;
  notes: string;
  evidence: string;
}

export interface WorkloadWeek {
  start: string;
  planned: Record<Role, number>;
  overCapacity: Role[];
}

export interface Workload {
  remaining: Record<Role, number>;
  capacity: Record<Role, number>;
  weeks: WorkloadWeek[];
}

export type ReadinessLevel = "not-started" | "in-progress" | "at-risk" | "ready";

export type Blocker =
  | { kind: "overdue"; task: string; title: string; due: string }
  | { kind: "over-capacity"; role: Role; weekStart: string; plannedSeconds: number; availableSeconds: number };

export interface Readiness {
  level: ReadinessLevel;
  blockers: Blocker[];
  completed: number;
  total: number;
  daysToWindowStart: number;
  daysToWindowEnd: number;
  daysToExtract: number;
}

export interface WeeklyObjections {
  weekStart: string;
  type1: number;
  type2: number;
}

export interface ObjectionSummary {
  weeks: WeeklyObjections[];
  type1Total: number;
  type2Total: number;
  type1Rate: number;
  type2Rate: number;
}

export interface ObjectionInput {
  weekStart: string;
  type1: string;
  type2: string;
}

/** Every call the UI makes to the Rust side. */
export interface Backend {
  l10nSources(): Promise<L10nSources>;
  setLanguage(code: string): Promise<L10nSources>;
  practice(): Promise<PracticeView | null>;
  savePractice(form: OnboardingForm): Promise<PracticeView>;
  checklist(): Promise<ChecklistView>;
  task(id: string): Promise<TaskPage>;
  saveTask(id: string, change: TaskChange): Promise<TaskPage>;
  workload(): Promise<Workload>;
  readiness(): Promise<Readiness>;
  objections(): Promise<ObjectionSummary>;
  saveObjections(input: ObjectionInput): Promise<ObjectionSummary>;
  exportBackup(): Promise<string>;
  importBackup(json: string): Promise<PracticeView>;
}

export function isAppError(value: unknown): value is AppError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AppError).code === "string" &&
    typeof (value as AppError).message === "string"
  );
}
