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

/** Where the hub's token is kept: the OS keychain, or a file only the user's account can read. */
export type TokenPlace = "keychain" | "file";

/** The practice's fair-processing window, as the hub and the app exchange it. */
export interface FairProcessingWindow {
  start: string;
  weeks: number;
  firstExtract: string;
}

/** The regional team moved the window: what it was and what it is now. */
export interface WindowNotice {
  previous: FairProcessingWindow;
  current: FairProcessingWindow;
  /** When the app took the change, RFC 3339. */
  at: string;
}

export type SubmissionOrigin = "manager" | "automatic";

interface SubmissionBase {
  submissionId: string;
  /** RFC 3339. */
  createdAt: string;
  origin: SubmissionOrigin;
}

/** One submission in the outbox, in one of its three states. */
export type SubmissionRecord =
  | (SubmissionBase & { state: "queued"; attempts: number; /** Unix seconds. */ nextAttemptAt: number; lastError: string | null })
  | (SubmissionBase & { state: "sent"; receiptId: string; receivedAt: string })
  | (SubmissionBase & { state: "refused"; code: string; message: string });

/** Everything the reporting page shows. */
export interface HubView {
  hubUrl: string | null;
  /** The address to offer in the enrolment form, where the IT team set one when deploying the app. */
  suggestedHubUrl: string | null;
  enrolled: boolean;
  tokenPlace: TokenPlace | null;
  autoSubmit: boolean;
  windowNotice: WindowNotice | null;
  /** Newest first. */
  submissions: SubmissionRecord[];
}

/** A submission built for the manager to read; `json` is the exact text that will be sent. */
export interface SubmissionPreview {
  submissionId: string;
  json: string;
}

/** The documents that are the same for every patient. */
export type NoticeKind = "poster-a4" | "poster-a3" | "leaflet" | "objection-form" | "staff-briefing";

export interface NoticeLanguage {
  code: string;
  /** The language's name in that language. */
  autonym: string;
  /** A draft translation, not yet checked by a speaker. */
  draft: boolean;
}

export interface NoticesOptions {
  languages: NoticeLanguage[];
  kinds: NoticeKind[];
  /** The largest patient list the app reads. */
  maxListBytes: number;
}

/** A field of the letter that a column of the patient list can fill. */
export type ListField =
  | "title"
  | "forename"
  | "surname"
  | "address1"
  | "address2"
  | "address3"
  | "address4"
  | "address5"
  | "postcode"
  | "nhsNumber"
  | "dateOfBirth"
  | "language"
  | "communicationNeeds";

/** Which 0-based column fills a field; null when the file has none for it. */
export interface MappingEntry {
  field: ListField;
  column: number | null;
}

/** A patient list as read on this computer: counts and row problems only, never a patient's details. */
export interface ListView {
  fileName: string;
  encoding: "utf8" | "utf8Bom" | "windows1252";
  /** ",", "\t" or ";". */
  delimiter: string;
  headers: string[];
  /** Every field in order. */
  mapping: MappingEntry[];
  patients: number;
  /** One per patient. */
  letters: number;
  /** One per address. */
  householdLetters: number;
  /** Patients by the language of their letter. */
  byLanguage: Record<string, number>;
  largePrint: number;
  /** "patients.csv, line 7: surname: missing", at most 100 of them. */
  problems: string[];
  problemCount: number;
}

export interface LettersProgress {
  done: number;
  total: number;
}

export interface LettersCounts {
  letters: number;
  pages: number;
  byLanguage: Record<string, number>;
  standard: number;
  largePrint: number;
}

export interface LettersReport {
  counts: LettersCounts;
  problems: string[];
  path: string;
}

/** The running version, and a newer signed build when the practice's hub offers one. */
export interface UpdateView {
  current: string;
  available: string | null;
  notes: string | null;
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
  hub(): Promise<HubView>;
  enrol(hubUrl: string, code: string): Promise<HubView>;
  unenrol(): Promise<HubView>;
  setAutoSubmit(enabled: boolean): Promise<HubView>;
  pullHubConfig(): Promise<WindowNotice | null>;
  previewSubmission(): Promise<SubmissionPreview>;
  sendSubmission(submissionId: string): Promise<HubView>;
  retryOutboxNow(): Promise<HubView>;
  noticesOptions(): Promise<NoticesOptions>;
  /** Writes the PDF into the user's Documents folder; resolves to its path. */
  makeNotice(kind: NoticeKind, language: string, largePrint: boolean): Promise<{ path: string }>;
  /** Reads a patient list from its bytes, in base64, and holds it in memory only. */
  readList(fileName: string, data: string, size: number): Promise<ListView>;
  /** Reads the held list again with the manager's mapping. */
  mapList(mapping: MappingEntry[]): Promise<ListView>;
  /**
   * Makes the letters for the held list. `onProgress` hears how far the run has got where the transport can say
   * (the desktop app); the browser test backend cannot, and never calls it.
   */
  makeLetters(households: boolean, onProgress?: (progress: LettersProgress) => void): Promise<LettersReport>;
  /** Stops a letters run: it fails with the code "cancelled" and leaves no file. */
  cancelLetters(): Promise<null>;
  forgetList(): Promise<null>;
  /** Opens a PDF the app wrote in the system's viewer. */
  openPdf(path: string): Promise<null>;
  /** Sends a PDF the app wrote to the default printer. */
  printPdf(path: string): Promise<null>;
  /** Asks the hub for a newer version of the app. */
  checkUpdate(): Promise<UpdateView>;
  /** Installs the update the check found; the app restarts into it. */
  installUpdate(): Promise<null>;
  /** Tells the Rust side the first page has been painted (the start-up benchmark's mark). */
  painted(): Promise<null>;
}

export function isAppError(value: unknown): value is AppError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AppError).code === "string" &&
    typeof (value as AppError).message === "string"
  );
}
