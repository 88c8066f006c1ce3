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
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).expect("tauri build script");
}
