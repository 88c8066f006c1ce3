// Generated from the Rust commands (crates/app/src/commands.rs) and the types they use: do not edit.
// `make bindings` writes it again; a test fails while it differs from what the Rust side gives.

/**
 * What a run made: letters and pages, by language, print size and what they say was recorded, and the rows left
 * out. Counts only.
 */
export type AcknowledgementCounts = { letters: number, pages: number, 
/**
 * By the language each letter is printed in.
 */
byLanguage: { [key in string]: number }, 
/**
 * Letters printed in English because their patient's language has no translation of the acknowledgement yet,
 * by the language asked for.
 */
untranslated: { [key in string]: number }, standard: number, largePrint: number, 
/**
 * Letters to the parent or guardian of a patient under 16.
 */
toGuardian: number, 
/**
 * Letters naming the Type 1 objection, the Type 2 objection, and naming no type.
 */
type1: number, type2: number, typeNotNamed: number, 
/**
 * Rows merged into another row's letter, being the same person.
 */
mergedRows: number, 
/**
 * The rows that got no letter for a problem in the row, by line and reason.
 */
problems: Array<RowProblem>, 
/**
 * Letters not made because no font can print a character of the name or address.
 */
leftOut: Array<LeftOut>, };

/**
 * What an acknowledgements run made, and the rows it left out (by line and reason).
 */
export type AcknowledgementsReport = { counts: AcknowledgementCounts, problems: Array<string>, file: MadeFile, };

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
 * What a search counts, and the code it looks for.
 */
export type Counted = "type1" | "type2" | "type1-withdrawn" | "type2-withdrawn";

/**
 * How the file was encoded.
 */
export type Encoding = "utf8" | "utf8Bom" | "windows1252";

export type ExtractBlocker = { "kind": "forms-waiting", forms: number, } | { "kind": "no-search" } | { "kind": "search-stale", searched: string, days: number, } | { "kind": "coded-since-search", searched: string, coded: string, };

/**
 * The awareness period before the first extract, when every patient is told and can object.
 */
export type FairProcessingWindow = { start: string, weeks: number, firstExtract: string, };

export type FieldMessage = { field: string, message: string, };

/**
 * Letters of one language and print size in a file, as the store counts what was printed.
 */
export type FileCount = { language: string, variant: string, count: number, };

export type Forecast = { 
/**
 * The share of patients expected to return a form, 0.005 to 0.025.
 */
rate: number, expected: number, weeks: Array<ForecastWeek>, };

export type ForecastWeek = { start: string, expected: number, 
/**
 * Forms received in the week (the first week takes any received earlier, the last any received later).
 */
received: number, expectedToDate: number, receivedToDate: number, };

/**
 * One day's work on returned forms.
 */
export type FormsDay = { date: string, received: number, coded: number, scanned: number, acknowledged: number, 
/**
 * Sent back to the patient because the form could not be coded as it was (unsigned, unclear, no date of birth).
 */
queried: number, };

/**
 * One day's counts as typed: blanks are none.
 */
export type FormsDayInput = { date: string, received: string, coded: string, scanned: string, acknowledged: string, queried: string, };

/**
 * The forms so far: totals and the backlog, received but neither coded nor queried.
 */
export type FormsTally = { days: Array<FormsDay>, received: number, coded: number, scanned: number, acknowledged: number, queried: number, backlog: number, };

/**
 * A message from the regional team, as the app shows it.
 */
export type HubMessage = { 
/**
 * The hub's id.
 */
id: number, title: string, 
/**
 * Plain text; line breaks as `\n`.
 */
body: string, 
/**
 * RFC 3339, the hub's clock.
 */
publishedAt: string, 
/**
 * When the manager said they had read it (RFC 3339), if they have.
 */
acknowledgedAt: string | null, };

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
leftOut: Array<LeftOut>, 
/**
 * Blank pages added (counted in `pages`) so that, printed on both sides, every letter starts on a new sheet.
 */
blankPages: number, };

/**
 * The folder letters are saved in, and the cloud drive that syncs it, where its path shows one.
 */
export type LettersFolder = { path: string, syncedBy: string | null, 
/**
 * Whether it is the app's own folder (not one the manager chose).
 */
own: boolean, };

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
splitAddresses: number, problems: Array<string>, 
/**
 * The PDFs, in the order they are printed, with their letters and pages; then the mailing house's address file.
 */
files: Array<MadeFile>, addresses: MadeFile, folder: LettersFolder, };

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
 * A file the app made for a mail-out: where it is and what it holds, in counts.
 */
export type MadeFile = { 
/**
 * The app's own id for it.
 */
id: string, path: string, kind: MadeFileKind, 
/**
 * The day it was made.
 */
made: string, letters: number, pages: number, 
/**
 * The language and print size of every letter in it, when the run was split by them.
 */
language: string | null, largePrint: boolean | null, 
/**
 * Its batch, and how many batches (of its language and print size, when split), from 1.
 */
batch: number | null, batches: number | null, 
/**
 * Its letters by language and print size: counted as printed when the manager confirms it.
 */
counts: Array<FileCount>, 
/**
 * When the manager said it was printed or handed to the mailing house (its letters are then counted, once).
 */
printed: string | null, };

/**
 * What a file of a mail-out holds.
 */
export type MadeFileKind = "proof" | "letters" | "addresses" | "acknowledgements";

/**
 * Where a made notice was saved.
 */
export type MadeNotice = { path: string, };

/**
 * One row of the mapping as the UI shows it.
 */
export type MappingEntry = { field: ListField, column: number | null, };

/**
 * Why a core task does not apply, as the regional team is told it (the words typed stay at the practice).
 */
export type NotApplicableCode = "done-elsewhere" | "not-in-pilot" | "other";

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
 * The largest patient list read: a larger file is refused by its size, unread.
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
punjabiScript: PunjabiScript, 
/**
 * Where letters are saved.
 */
lettersFolder: LettersFolder, 
/**
 * The date the page offers for the letters: the first day of the practice's window (`2026-03-02`).
 */
letterDate: string | null, 
/**
 * The files of mail-outs still on disk, which the page reminds the manager to delete once printed.
 */
onDisk: Array<MadeFile>, };

/**
 * One search's totals. Withdrawals are those coded since the baseline search.
 */
export type ObjectionSearch = { date: string, type1: number, type2: number, type1Withdrawn: number, type2Withdrawn: number, };

/**
 * The totals the objections page and the report show.
 */
export type ObjectionTotals = { 
/**
 * Newest first.
 */
searches: Array<ObjectionSearch>, baseline: ObjectionSearch | null, latest: ObjectionSearch | null, 
/**
 * The latest totals per 1,000 registered patients.
 */
type1Rate: number, type2Rate: number, 
/**
 * Objections made since the baseline: the latest totals less the baseline, with the withdrawals added back.
 * None until there is a baseline and a search after it.
 */
type1New: number | null, type2New: number | null, 
/**
 * Days since the latest search; none without a search.
 */
daysSinceSearch: number | null, objectionTypes: Array<ObjectionType>, 
/**
 * The search to run: the codes of the practice's clinical system.
 */
codes: Array<SearchCode>, };

/**
 * One type of objection a patient can make.
 */
export type ObjectionType = "type1" | "type2";

export type ObjectionsPage = { today: string, listSize: number, forms: FormsTally, 
/**
 * The forms entries made, newest first: each change with who made it and when.
 */
formsHistory: Array<Change>, 
/**
 * The day the next undo would change, if there is anything to undo.
 */
undoDay: string | null, totals: ObjectionTotals, 
/**
 * The searches entered and corrected, newest first.
 */
searchesHistory: Array<Change>, forecast: Forecast, 
/**
 * What stands in the way of agreeing the extract (empty once agreed, or when nothing does).
 */
extract: Array<ExtractBlocker>, };

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

export type Readiness = { level: ReadinessLevel, blockers: Array<Blocker>, completed: number, total: number, 
/**
 * Teams with work left and no hours planned.
 */
unplanned: Array<Role>, 
/**
 * What stands in the way of agreeing the extract, until it is agreed.
 */
extract: Array<ExtractBlocker>, daysToWindowStart: number, daysToWindowEnd: number, daysToExtract: number, };

export type ReadinessLevel = "not-started" | "in-progress" | "on-track" | "at-risk" | "ready";

/**
 * Who does a task.
 */
export type Role = "practice-manager" | "reception" | "admin-team" | "gp-partner" | "it";

export type RoleEffort = { role: Role, seconds: number, };

/**
 * A row left out of the letters. Names the place and the reason, never the value.
 */
export type RowProblem = { 
/**
 * The name of the file, as given.
 */
file: string, 
/**
 * The 1-based line where the row starts.
 */
line: number, 
/**
 * The field at fault, where there is one.
 */
field: ListField | null, reason: string, };

export type SearchCode = { counted: Counted, scheme: "read-v2" | "ctv3", 
/**
 * None where DOMAIN's record gives no code for this scheme: the supplier must say.
 */
code: string | null, 
/**
 * The record marks this code as unconfirmed: "confirm with your supplier".
 */
unconfirmed: boolean, };

/**
 * A search as typed.
 */
export type SearchInput = { date: string, type1: string, type2: string, type1Withdrawn: string, type2Withdrawn: string, };

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
effortLeft: Array<RoleEffort>, type1Total: number, type2Total: number, 
/**
 * Returned forms received so far, and those waiting (neither coded nor sent back).
 */
formsReceived: number, formsWaiting: number, 
/**
 * Forms the forecast expects in all.
 */
formsExpected: number | null, window: WindowDates, };

/**
 * A change to a task as the form sends it.
 */
export type TaskChange = { status: TaskStatus, notApplicableReason: string, 
/**
 * One of `NotApplicableCode`'s names, or empty; required for a core task marked not applicable.
 */
notApplicableCode: string, assignee: string, notes: string, 
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
export type TaskState = { status: TaskStatus, notApplicableReason: string | null, notApplicableCode: NotApplicableCode | null, assignee: string | null, notes: string, evidence: Array<string>, };

export type TaskStatus = "not-started" | "in-progress" | "completed" | "not-applicable";

export type TaskView = { id: string, title: string, guidance: string, role: Role, 
/**
 * The other roles whose time the task takes.
 */
sharedWith: Array<Role>, 
/**
 * Marking it not applicable needs a reason the regional team is told.
 */
core: boolean, state: TaskState, 
/**
 * The status to show: "cannot-start-yet" while prerequisites are not done.
 */
displayStatus: "not-started" | "in-progress" | "completed" | "not-applicable" | "cannot-start-yet", waitingFor: Array<TaskRef>, due: string, overdue: boolean, effortSeconds: number, effortUnits: number, effortModel: "fixed" | "per-staff-member" | "per-household" | "per-objection-form", };

export type TokenPlace = "keychain" | "file";

/**
 * What the UI shows: the running version, and a newer one when the hub offers it.
 */
export type UpdateView = { current: string, available: string | null, notes: string | null, };

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
 * Seconds each role has a week, for the roles whose hours the practice has planned.
 */
capacity: Partial<Record<Role, number>>, 
/**
 * Roles with work left whose hours are not planned yet: nothing can be said of their capacity.
 */
unplanned: Array<Role>, weeks: Array<WorkloadWeek>, };

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
    /**
     * The returned forms, the searches, the forecast and what stands in the way of the extract.
     */
    objectionsGet: (): Promise<ObjectionsPage> => invoke("objections_get", {}),
    /**
     * One day's returned forms, replacing that day's entry.
     */
    formsSave: (input: FormsDayInput): Promise<ObjectionsPage> => invoke("forms_save", { input }),
    formsDelete: (date: string): Promise<ObjectionsPage> => invoke("forms_delete", { date }),
    /**
     * Takes back the latest forms entry.
     */
    formsUndo: (): Promise<ObjectionsPage> => invoke("forms_undo", {}),
    /**
     * A search's totals, replacing a search of the same date.
     */
    searchSave: (input: SearchInput): Promise<ObjectionsPage> => invoke("search_save", { input }),
    searchDelete: (date: string): Promise<ObjectionsPage> => invoke("search_delete", { date }),
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
     * The regional team's messages the manager has not yet said they have read, oldest first.
     */
    messagesGet: (): Promise<Array<HubMessage>> => invoke("messages_get", {}),
    /**
     * The manager has read the message: kept at once, and the hub told (now, or at the next settings pull).
     */
    messageAcknowledge: (id: number): Promise<Array<HubMessage>> => invoke("message_acknowledge", { id }),
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
     * Asks the manager for the patient list with the system's file dialog, reads it (here, in Rust) and holds it in
     * memory only; null when the dialog was closed.
     */
    noticesListChoose: (): Promise<ListView | null> => invoke("notices_list_choose", {}),
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
     * The proof of the held list's letters: one of each language, print size and sort, marked as a proof, dated
     * `letter_date` (`2026-03-02`), saved in the letters folder.
     */
    noticesProof: (households: boolean, maxSurnames: string, englishOnly: boolean, letterDate: string): Promise<MadeFile> => invoke("notices_proof", { households, maxSurnames, englishOnly, letterDate }),
    /**
     * Makes the letters for the held list, reporting how far it has got; `notices_cancel` stops it. With
     * `households`, an address with more than `max_surnames` surnames (the field's text) is not grouped. With
     * `english_only`, every letter is in English whatever the list's language column says. Dated `letter_date`, in
     * postcode order, one file per language and print size with `split`, at most `batch_size` letters a file (the
     * field's text; empty for no batches), padded to whole sheets when `double_sided`; with the address file.
     */
    noticesLetters: (households: boolean, maxSurnames: string, englishOnly: boolean, letterDate: string, split: boolean, batchSize: string, doubleSided: boolean, onProgress?: (progress: LettersProgress) => void): Promise<LettersReport> => invoke("notices_letters", { households, maxSurnames, englishOnly, letterDate, split, batchSize, doubleSided }, onProgress),
    /**
     * Asks the manager for the folder to save letters in with the system's dialog (starting at the current one);
     * an empty answer (the dialog closed) keeps it. `own` goes back to the app's own folder.
     */
    noticesFolderChoose: (own: boolean): Promise<LettersFolder> => invoke("notices_folder_choose", { own }),
    /**
     * The manager says a letters file was printed or handed to the mailing house: its letters are counted, once.
     */
    noticesPrinted: (id: string): Promise<Array<MadeFile>> => invoke("notices_printed", { id }),
    /**
     * The files of mail-outs still on disk.
     */
    noticesMade: (): Promise<Array<MadeFile>> => invoke("notices_made", {}),
    /**
     * Deletes every file of the mail-outs the app made; gives those it could not delete.
     */
    noticesDeleteLetters: (): Promise<Array<MadeFile>> => invoke("notices_delete_letters", {}),
    /**
     * Asks the manager for the export of patients whose objection forms were coded (the system's file dialog), and
     * makes an acknowledgement letter for each, dated `letter_date`, into the letters folder; null when the dialog
     * was closed. The export is read in memory only.
     */
    noticesAcknowledgements: (letterDate: string): Promise<AcknowledgementsReport | null> => invoke("notices_acknowledgements", { letterDate }),
    noticesCancel: (): Promise<null> => invoke("notices_cancel", {}),
    /**
     * "Open to print": opens a file the app made with the system's viewer (whose print dialog chooses the printer,
     * both sides and copies); any other file is refused.
     */
    noticesOpen: (path: string): Promise<null> => invoke("notices_open", { path }),
    /**
     * Quick print: sends a PDF the app made to the default printer as it is.
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
