fn main() {
    let attributes =
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(&["painted"]));
    tauri_build::try_build(attributes).expect("tauri build script");
}
