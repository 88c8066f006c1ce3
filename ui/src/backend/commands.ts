import type { Backend } from "./types";

/** The Backend over any transport that calls a Rust command by name with named arguments. */
export type Invoke = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;

export function commandsOver(invoke: Invoke): Backend {
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
  };
}
