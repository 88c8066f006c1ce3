//! The shell's build: tauri-build reads tauri.conf.json and the capability, and each of the app's commands gets an
//! `allow-…` permission.
//!
//! The commands are declared once, in crates/app/src/commands.rs; `make bindings` writes their names into
//! capabilities/main.json as `allow-…` permissions (a test fails while it differs), and this script reads them back
//! from there and writes the permission files into OUT_DIR, so no list is kept by hand and nothing generated lands
//! in the source tree but tauri-build's own `gen/` (which the Tauri CLI reads there).

use std::path::PathBuf;

fn main() {
    let capabilities = PathBuf::from("src-tauri/capabilities");
    println!("cargo:rerun-if-changed={}", capabilities.display());
    let text = std::fs::read_to_string(capabilities.join("main.json")).expect("src-tauri/capabilities/main.json");
    let capability: serde_json::Value = serde_json::from_str(&text).expect("the capability is JSON");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("app-permissions");
    std::fs::create_dir_all(&out).expect("OUT_DIR is writable");
    let permissions = capability["permissions"].as_array().expect("the capability lists its permissions");
    for permission in permissions.iter().filter_map(|p| p.as_str()).filter(|p| p.starts_with("allow-")) {
        let command = permission.trim_start_matches("allow-").replace('-', "_");
        let toml = format!(
            "[[permission]]\nidentifier = \"{permission}\"\ndescription = \"Lets the UI call {command}.\"\n\
             commands.allow = [\"{command}\"]\n"
        );
        std::fs::write(out.join(format!("{permission}.toml")), toml).expect("OUT_DIR is writable");
    }
    let pattern: &'static str = Box::leak(format!("{}/*.toml", out.display()).into_boxed_str());
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().permissions_path_pattern(pattern));
    tauri_build::try_build(attributes).expect("tauri build script");
}
