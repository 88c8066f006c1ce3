//! What the Rust side declares and the rest of the app is made from: the UI's TypeScript
//! (`ui/src/backend/generated.ts`) and the capability granting the UI the app's commands
//! (`src-tauri/capabilities/main.json`, which the build script reads back). Each is checked in, and this test
//! fails while either differs from what the commands in crates/app give; `make bindings` writes them again.

use std::path::{Path, PathBuf};

use pathfinder_app::commands::{NAMES, typescript};

/// Set by `make bindings`: write the files instead of comparing.
const WRITE: &str = "PATHFINDER_WRITE_BINDINGS";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn capability() -> String {
    let permissions: Vec<String> =
        NAMES.iter().map(|name| format!("    \"allow-{}\"", name.replace('_', "-"))).collect();
    format!(
        r#"{{
  "$schema": "../../gen/schemas/desktop-schema.json",
  "identifier": "main",
  "description": "What the main window's UI may call: the app's own commands and nothing else. Made by `make bindings` from crates/app/src/commands.rs.",
  "windows": [
    "main"
  ],
  "permissions": [
{}
  ]
}}
"#,
        permissions.join(",\n")
    )
}

fn check(path: &Path, expected: &str) {
    if std::env::var_os(WRITE).is_some() {
        std::fs::write(path, expected).unwrap();
        return;
    }
    let current = std::fs::read_to_string(path).unwrap_or_default();
    if current != expected {
        let line = current.lines().zip(expected.lines()).position(|(a, b)| a != b).unwrap_or(0) + 1;
        panic!("{} is out of date from line {line}: run `make bindings` and commit the result", path.display());
    }
}

#[test]
fn the_ui_types_are_those_of_the_rust_commands() {
    let generated = typescript();
    for name in NAMES {
        assert!(generated.contains(&format!("invoke(\"{name}\"")), "{name} has a typed function");
    }
    check(&root().join("ui/src/backend/generated.ts"), &generated);
}

#[test]
fn the_capability_grants_exactly_the_commands() {
    check(&root().join("src-tauri/capabilities/main.json"), &capability());
}
