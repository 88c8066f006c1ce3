import type { Backend, LettersProgress } from "./types";

/** The Backend over any transport that calls a Rust command by name with named arguments. */
export type Invoke = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;

/**
 * Makes the argument that carries a command's progress back to the UI (a Tauri `Channel`). A transport without one
 * (the browser test backend) passes none, and the command runs without reporting progress.
 */
export type ProgressChannel = (onProgress: (progress: LettersProgress) => void) => unknown;

export function commandsOver(invoke: Invoke, channel?: ProgressChannel): Backend {
  return {
    l10nSources: () => invoke("l10n_sources"),
    setLanguage: (code) => invoke("set_language", { code }),
    practice: () => invoke("practice_get"),
    savePractice: (form) => invoke("practice_save", { form }),
    checklist: () => invoke("checklist_get"),
    task: (id) => invoke("task_get", { id }),
    saveTask: (id, change) => invoke("task_save", { id, change }),
    workload: () => invoke("workload_get"),
    readiness: () => invoke("readiness_get"),
    objections: () => invoke("objections_get"),
    saveObjections: (input) => invoke("objections_save", { input }),
    exportBackup: () => invoke("backup_export"),
    importBackup: (json) => invoke("backup_import", { json }),
    hub: () => invoke("hub_get"),
    enrol: (hubUrl, code) => invoke("hub_enrol", { hubUrl, code }),
    unenrol: () => invoke("hub_unenrol"),
    setAutoSubmit: (enabled) => invoke("hub_set_auto_submit", { enabled }),
    pullHubConfig: () => invoke("hub_pull_config"),
    previewSubmission: () => invoke("submission_preview"),
    sendSubmission: (submissionId) => invoke("submission_send", { submissionId }),
    retryOutboxNow: () => invoke("outbox_retry_now"),
    noticesOptions: () => invoke("notices_options"),
    makeNotice: (kind, language, largePrint) => invoke("notices_make", { kind, language, largePrint }),
    readList: (fileName, data, size) => invoke("notices_list_read", { fileName, data, size }),
    mapList: (mapping) => invoke("notices_list_map", { mapping }),
    makeLetters: (households, onProgress) =>
      // The desktop command takes a channel always; one nobody listens to is harmless.
      invoke("notices_letters", channel ? { households, onProgress: channel(onProgress ?? (() => {})) } : { households }),
    cancelLetters: () => invoke("notices_cancel"),
    forgetList: () => invoke("notices_list_forget"),
    openPdf: (path) => invoke("notices_open", { path }),
    printPdf: (path) => invoke("notices_print", { path }),
    checkUpdate: () => invoke("update_check"),
    installUpdate: () => invoke("update_install"),
    painted: () => invoke("app_painted"),
  };
}
