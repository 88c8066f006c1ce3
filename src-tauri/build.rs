/// The app's commands: each gets an `allow-…` permission, which capabilities/main.json grants to the UI.
const COMMANDS: &[&str] = &[
    "l10n_sources",
    "set_language",
    "practice_get",
    "practice_save",
    "checklist_get",
    "task_get",
    "task_save",
    "workload_get",
    "readiness_get",
    "objections_get",
    "objections_save",
    "backup_export",
    "backup_import",
    "hub_get",
    "hub_enrol",
    "hub_unenrol",
    "hub_set_auto_submit",
    "hub_pull_config",
    "submission_preview",
    "submission_send",
    "outbox_retry_now",
    "notices_options",
    "notices_make",
    "notices_list_read",
    "notices_list_map",
    "notices_list_forget",
    "notices_letters",
    "notices_cancel",
    "notices_open",
    "notices_print",
    "update_check",
    "update_install",
    "app_painted",
];

fn main() {
    let attributes = tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).expect("tauri build script");
}
