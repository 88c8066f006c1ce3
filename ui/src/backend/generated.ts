// Generated from the Rust commands (crates/app/src/commands.rs) and the types they use: do not edit.
// `make bindings` writes it again; a test fails while it differs from what the Rust side gives.

/**
 * Why a practice is at risk.
 */
export type Blocker = { "kind": "overdue", task: string, title: string, due: string, } | { "kind": "over-capacity", role: Role, weekStart: string, plannedSeconds: number, availableSeconds: number, };

/**
 * One row of the change log: who changed what when.
 */
export type Change = { at: string, actor: string, entity: string, entityId: string, 
/**
 * Any JSON, shaped by the entity: for a task, its whole new state.
 */
change: unknown, };

export type ChecklistView = { version: number, completed: number, total: number, sections: Array<SectionView>, };

/**
 * An error as the UI receives it: a stable code for the program and a translated message for the person, and
 * for a form, a message for each field that needs correcting.
 */
export type CommandError = { code: string, message: string, fields?: Array<FieldMessage>, };

/**
 * How the file was encoded.
 */
export type Encoding = "utf8" | "utf8Bom" | "windows1252";

/**
 * The awareness period before the first extract, when every patient is told and can object.
 */
export type FairProcessingWindow = { start: string, weeks: number, firstExtract: string, };

export type FieldMessage = { field: string, message: string, };

/**
 * Everything the reporting page shows.
 */
export type HubView = { hubUrl: string | null, 
/**
 * The address to offer in the enrolment form, set where the IT team deploys the app.
 */
suggestedHubUrl: string | null, enrolled: boolean, tokenPlace: TokenPlace | null, autoSubmit: boolean, windowNotice: WindowNotice | null, submissions: Array<SubmissionRecord>, };

/**
 * What a web view needs to render in a language: the Fluent sources of each locale in the fallback chain, and
 * the offered languages, each named in its own language.
 */
export type L10nSources = { locale: string, chain: Array<LocaleSources>, languages: Array<LanguageChoice>, };

export type LanguageChoice = { code: string, autonym: string, status: LanguageStatus, };

/**
 * Where a locale stands: the reference (en-GB, complete by rule), a translation someone has reviewed, or a draft
 * nobody has checked, which a user is warned about and which the notices print with the English text beside it.
 */
export type LanguageStatus = "complete" | "draft" | "reviewed";

/**
 * A letter left out: the list's lines it would have named, and the character no font can print (its code point
 * only, never the text around it). The rest of the run goes on; one odd symbol does not stop every letter.
 */
export type LeftOut = { lines: Array<number>, code: number, };

/**
 * What a run made: letters and pages, by language and by variant.
 */
export type LettersCounts = { letters: number, pages: number, byLanguage: { [key in string]: number }, standard: number, largePrint: number, 
/**
 * Letters addressed to the parent or guardian of the children under 16 they name.
 */
toGuardian: number, 
/**
 * Letters not made because no font can print a character of their names or address.
 */
leftOut: Array<LeftOut>, };

/**
 * How far a letters run has got.
 */
export type LettersProgress = { done: number, total: number, };

/**
 * What a letter run made, and the rows of the list it left out (by line and reason, never their contents).
 */
export type LettersReport = { counts: LettersCounts, 
/**
 * Addresses with more surnames than the limit, whose people got a letter each (a count, never the addresses).
 */
splitAddresses: number, problems: Array<string>, path: string, };

/**
 * A field of the letter that a column of the list can fill.
 */
export type ListField = "title" | "forename" | "surname" | "address1" | "address2" | "address3" | "address4" | "address5" | "postcode" | "nhsNumber" | "dateOfBirth" | "language" | "communicationNeeds";

/**
 * The patient list as the page shows it: its file, how it was read, and counts, never people.
 */
export type ListView = { fileName: string, encoding: Encoding, delimiter: string, headers: Array<string>, mapping: Array<MappingEntry>, patients: number, 
/**
 * One letter per patient.
 */
letters: number, 
/**
 * One letter per address, but a letter each at an address with more than `max_surnames` surnames.
 */
householdLetters: number, 
/**
 * The limit of surnames the household count was made with.
 */
maxSurnames: number, 
/**
 * Addresses with more than `max_surnames` surnames (care homes, halls, hostels): not grouped, each person
 * there has a letter of their own. A count, never the addresses.
 */
splitAddresses: number, 
/**
 * Patients under 16 on the letter's date: each one's letter (one per patient) is addressed to their parent or
 * guardian, and in a household they are named on an adult's form.
 */
children: number, 
/**
 * Patients with no date of birth in the list: written to as adults.
 */
noDateOfBirth: number, 
/**
 * Letters, one per household, that name only children and so go to a parent or guardian.
 */
householdGuardianLetters: number, byLanguage: { [key in string]: number }, largePrint: number, 
/**
 * The first `shown` problems, as "patients.csv, line 7: surname: missing".
 */
problems: Array<string>, problemCount: number, };

export type LocaleSources = { locale: string, resources: Array<string>, };

/**
 * Where a made notice was saved.
 */
export type MadeNotice = { path: string, };

/**
 * One row of the mapping as the UI shows it.
 */
export type MappingEntry = { field: ListField, column: number | null, };

/**
 * The documents that are the same for every patient.
 */
export type NoticeKind = "poster-a4" | "poster-a3" | "leaflet" | "objection-form" | "withdrawal-form" | "staff-briefing";

/**
 * A notice language as the page offers it.
 */
export type NoticeLanguage = { code: string, autonym: string, draft: boolean, };

export type NoticesOptions = { languages: Array<NoticeLanguage>, kinds: Array<NoticeKind>, 
/**
 * The largest patient list read: the page does not read a larger file, and sends only its size.
 */
maxListBytes: number, 
/**
 * Letters by household: the most surnames at one address before it is not grouped, as last chosen, and the
 * least and most it may be.
 */
maxSurnames: number, maxSurnamesMin: number, maxSurnamesMax: number, 
/**
 * The script of the letters for a plain "Punjabi" in the list's language column, as last chosen.
 */
punjabiScript: PunjabiScript, };

/**
 * One week's counts as typed in the form.
 */
export type ObjectionInput = { weekStart: string, type1: string, type2: string, };

export type ObjectionSummary = { weeks: Array<WeeklyObjections>, type1Total: number, type2Total: number, 
/**
 * Per 1,000 registered patients.
 */
type1Rate: number, type2Rate: number, 
/**
 * The types the pilot offers: without Type 2, the page neither asks for nor shows Type 2 counts.
 */
objectionTypes: Array<ObjectionType>, };

/**
 * One type of objection a patient can make.
 */
export type ObjectionType = "type1" | "type2";

/**
 * The whole onboarding form as typed.
 */
export type OnboardingForm = { windowStart: string, windowWeeks: string, firstExtract: string, householdSize: string, objectionPercent: string, odsCode: string, name: string, address: string, phone: string, website: string, ccgCode: string, ccgName: string, listSize: string, clinicalSystem: string, practiceLead: string, staffCount: string, staffHours: { [key in Role]?: string }, };

/**
 * The practice as the onboarding form shows it, or nothing before onboarding.
 */
export type PracticeView = { form: OnboardingForm, odsCode: string, name: string, listSize: number, 
/**
 * The objection types the pilot offers, as last pulled from the hub: the About guide follows them.
 */
objectionTypes: Array<ObjectionType>, };

/**
 * The script a letter for "Punjabi" is printed in when the list does not say which: the practice's choice, Gurmukhi
 * unless it chooses otherwise. A cell that names the script ("Punjabi (Shahmukhi)", "pa-Arab", "Western Punjabi")
 * keeps it whatever the choice.
 */
export type PunjabiScript = "gurmukhi" | "shahmukhi";

export type Readiness = { level: ReadinessLevel, blockers: Array<Blocker>, completed: number, total: number, daysToWindowStart: number, daysToWindowEnd: number, daysToExtract: number, };

export type ReadinessLevel = "not-started" | "in-progress" | "at-risk" | "ready";

/**
 * Who does a task.
 */
export type Role = "practice-manager" | "reception" | "admin-team" | "gp-partner" | "it";

export type RoleEffort = { role: Role, seconds: number, };

export type SectionView = { id: string, title: string, tasks: Array<TaskView>, };

/**
 * Who asked for a submission: the manager after a preview, or the automatic setting after a change.
 */
export type SubmissionOrigin = "manager" | "automatic";

/**
 * A submission built for the manager to read: the JSON is the exact text that will be sent, the summary its
 * figures in plain terms.
 */
export type SubmissionPreview = { submissionId: string, json: string, summary: SubmissionSummary, };

/**
 * One submission as the app lists it.
 */
export type SubmissionRecord = { submissionId: string, createdAt: string, origin: SubmissionOrigin, } & ({ "state": "queued", attempts: number, nextAttemptAt: number, lastError: string | null, } | { "state": "sent", receiptId: string, receivedAt: string, } | { "state": "refused", code: string, message: string, });

export type SubmissionSummary = { submissionId: string, odsCode: string, listSize: number, level: ReadinessLevel, 
/**
 * Tasks completed or not applicable, as the checklist counts them.
 */
done: number, total: number, blockers: number, 
/**
 * Work left, one entry per role in the app's usual order.
 */
effortLeft: Array<RoleEffort>, type1Total: number, type2Total: number, window: WindowDates, };

/**
 * A change to a task as the form sends it.
 */
export type TaskChange = { status: TaskStatus, notApplicableReason: string, assignee: string, notes: string, 
/**
 * One reference a line: where the evidence is kept (a file name, a shelf, a link).
 */
evidence: string, };

export type TaskPage = { task: TaskView, history: Array<Change>, };

/**
 * Another task, named: its id and its title's Fluent id.
 */
export type TaskRef = { id: string, title: string, };

/**
 * Where one task stands. The assignee is a staff member's name: kept on this machine, never sent anywhere.
 */
export type TaskState = { status: TaskStatus, notApplicableReason: string | null, assignee: string | null, notes: string, evidence: Array<string>, };

export type TaskStatus = "not-started" | "in-progress" | "completed" | "not-applicable";

export type TaskView = { id: string, title: string, guidance: string, role: Role, state: TaskState, 
/**
 * The status to show: "cannot-start-yet" while prerequisites are not done.
 */
displayStatus: "not-started" | "in-progress" | "completed" | "not-applicable" | "cannot-start-yet", waitingFor: Array<TaskRef>, due: string, overdue: boolean, effortSeconds: number, effortUnits: number, effortModel: "fixed" | "per-staff-member" | "per-household" | "per-objection-form", };

export type TokenPlace = "keychain" | "file";

/**
 * What the UI shows: the running version, and a newer one when the hub offers it.
 */
export type UpdateView = { current: string, available: string | null, notes: string | null, };

/**
 * One week's objection counts, as the practice's clinical-system search gives them. Counts only: nothing about
 * who objected.
 */
export type WeeklyObjections = { weekStart: string, type1: number, type2: number, };

export type WindowDates = { start: string, weeks: number, firstExtract: string, };

/**
 * The regional team moved the window: what it was and what it is, for the manager to see.
 */
export type WindowNotice = { previous: FairProcessingWindow, current: FairProcessingWindow, at: string, };

export type Workload = { 
/**
 * Seconds of work left per role; every role is present.
 */
remaining: Record<Role, number>, 
/**
 * Seconds each role has a week; every role is present.
 */
capacity: Record<Role, number>, weeks: Array<WorkloadWeek>, };

export type WorkloadWeek = { start: string, 
/**
 * Planned seconds per role in this week; every role is present.
 */
planned: Record<Role, number>, 
/**
 * Roles whose planned hours exceed the hours they have this week.
 */
overCapacity: Array<Role>, };

/** The roles in the order the app lists them. */
export const ROLES: Role[] = ["practice-manager","reception","admin-team","gp-partner","it"];

/**
 * Sends one command to the Rust side and resolves to its answer, or rejects with a `CommandError`. A transport
 * that can carry progress (Tauri's channel) passes each report of a long command to `onProgress`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Invoke = <T>(command: string, args: Record<string, unknown>, onProgress?: (progress: any) => void) => Promise<T>;

/** Every command, typed, over a transport. */
export function commands(invoke: Invoke) {
  return {
    /**
     * The Fluent sources for the current language, its fallbacks, and the languages on offer.
     */
    l10nSources: (): Promise<L10nSources> => invoke("l10n_sources", {}),
    /**
     * Switches the UI language at once and remembers it across restarts.
     */
    setLanguage: (code: string): Promise<L10nSources> => invoke("set_language", { code }),
    /**
     * The practice as onboarding saved it, or nothing before onboarding.
     */
    practiceGet: (): Promise<PracticeView | null> => invoke("practice_get", {}),
    /**
     * Saves the onboarding form once every field is valid; else names each field to correct.
     */
    practiceSave: (form: OnboardingForm): Promise<PracticeView> => invoke("practice_save", { form }),
    checklistGet: (): Promise<ChecklistView> => invoke("checklist_get", {}),
    taskGet: (id: string): Promise<TaskPage> => invoke("task_get", { id }),
    taskSave: (id: string, change: TaskChange): Promise<TaskPage> => invoke("task_save", { id, change }),
    workloadGet: (): Promise<Workload> => invoke("workload_get", {}),
    readinessGet: (): Promise<Readiness> => invoke("readiness_get", {}),
    objectionsGet: (): Promise<ObjectionSummary> => invoke("objections_get", {}),
    objectionsSave: (input: ObjectionInput): Promise<ObjectionSummary> => invoke("objections_save", { input }),
    /**
     * Saves a backup of the practice's state in the documents folder and gives its path.
     */
    backupExport: (): Promise<string> => invoke("backup_export", {}),
    /**
     * Replaces the practice's state with a backup's text, chosen by the manager.
     */
    backupImport: (json: string): Promise<PracticeView> => invoke("backup_import", { json }),
    /**
     * The hub the practice reports to, whether it is enrolled, and every submission with its state.
     */
    hubGet: (): Promise<HubView> => invoke("hub_get", {}),
    /**
     * Exchanges the regional team's one-time code for the practice's token.
     */
    hubEnrol: (hubUrl: string, code: string): Promise<HubView> => invoke("hub_enrol", { hubUrl, code }),
    hubUnenrol: (): Promise<HubView> => invoke("hub_unenrol", {}),
    hubSetAutoSubmit: (enabled: boolean): Promise<HubView> => invoke("hub_set_auto_submit", { enabled }),
    /**
     * Pulls the central settings now; the answer says whether the window moved.
     */
    hubPullConfig: (): Promise<WindowNotice | null> => invoke("hub_pull_config", {}),
    /**
     * Builds a submission for the manager to read: its exact text and its figures in plain terms.
     */
    submissionPreview: (): Promise<SubmissionPreview> => invoke("submission_preview", {}),
    /**
     * Queues the previewed submission, byte for byte; the outbox sends it.
     */
    submissionSend: (submissionId: string): Promise<HubView> => invoke("submission_send", { submissionId }),
    outboxRetryNow: (): Promise<HubView> => invoke("outbox_retry_now", {}),
    /**
     * The notices' languages and kinds, and the largest patient list the page may send.
     */
    noticesOptions: (): Promise<NoticesOptions> => invoke("notices_options", {}),
    /**
     * Makes one notice into the documents folder and gives its path.
     */
    noticesMake: (kind: NoticeKind, language: string, largePrint: boolean): Promise<MadeNotice> => invoke("notices_make", { kind, language, largePrint }),
    /**
     * Reads a patient list (its bytes in base64; none when its size alone refuses it) and holds it in memory only.
     */
    noticesListRead: (fileName: string, data: string, size: number | null): Promise<ListView> => invoke("notices_list_read", { fileName, data, size }),
    /**
     * Reads the held list again with the manager's corrected columns.
     */
    noticesListMap: (mapping: Array<MappingEntry>): Promise<ListView> => invoke("notices_list_map", { mapping }),
    noticesListForget: (): Promise<null> => invoke("notices_list_forget", {}),
    /**
     * The held list's counts again with another limit of surnames for a household (the field's text, checked and
     * remembered).
     */
    noticesListGroup: (maxSurnames: string): Promise<ListView> => invoke("notices_list_group", { maxSurnames }),
    /**
     * Remembers the script of the letters for a plain "Punjabi" in the list's language column, and gives the held
     * list's counts again, read in that script (null when no list is held).
     */
    noticesPunjabiScript: (script: PunjabiScript): Promise<ListView | null> => invoke("notices_punjabi_script", { script }),
    /**
     * Makes the letters for the held list, reporting how far it has got; `notices_cancel` stops it. With
     * `households`, an address with more than `max_surnames` surnames (the field's text) is not grouped. With
     * `english_only`, every letter is in English whatever the list's language column says.
     */
    noticesLetters: (households: boolean, maxSurnames: string, englishOnly: boolean, onProgress?: (progress: LettersProgress) => void): Promise<LettersReport> => invoke("notices_letters", { households, maxSurnames, englishOnly }, onProgress),
    noticesCancel: (): Promise<null> => invoke("notices_cancel", {}),
    /**
     * Opens a PDF the app wrote in this session with the system's viewer; any other file is refused.
     */
    noticesOpen: (path: string): Promise<null> => invoke("notices_open", { path }),
    /**
     * Sends a PDF the app wrote in this session to the default printer.
     */
    noticesPrint: (path: string): Promise<null> => invoke("notices_print", { path }),
    /**
     * Asks the hub for a newer signed build; the UI calls it once the first page is up.
     */
    updateCheck: (): Promise<UpdateView> => invoke("update_check", {}),
    /**
     * Installs the update the last check found and restarts into it.
     */
    updateInstall: (): Promise<null> => invoke("update_install", {}),
    /**
     * The UI's first page has been painted: the start-up benchmark times launches by the mark this prints when
     * the configuration asks for it.
     */
    appPainted: (): Promise<null> => invoke("app_painted", {}),
  };
}

/** What the UI calls on the Rust side. */
export type Backend = ReturnType<typeof commands>;
