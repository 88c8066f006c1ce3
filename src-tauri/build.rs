fn main() {
    let attributes = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .app_manifest(tauri_build::AppManifest::new().commands(&["l10n_sources", "set_language"]));
    tauri_build::try_build(attributes).expect("tauri build script");
}
