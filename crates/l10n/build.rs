//! Embeds every `locales/<lang>/*.ftl` file and `locales/languages.json` in the binary, so the app and the hub
//! need no locale files beside them at run time.
//!
//! The files are written into the generated code as text, and watched by paths relative to this package: cargo
//! keeps such paths relative in its fingerprints. An absolute path (or `include_str!` of one) would tie the build
//! to the checkout that made it, and a target folder shared with a clone elsewhere (as CI reuses one) could keep
//! that checkout's translations.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

/// The review records' check, the one the library runs when it loads the list.
#[path = "src/review.rs"]
mod review;

fn main() {
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let locales = manifest_dir.join("../../locales");
    let watch = |path: &Path| {
        let relative = path.strip_prefix(&manifest_dir).expect("the locales are found from this package");
        println!("cargo:rerun-if-changed={}", relative.display());
    };
    watch(&locales);

    let mut dirs: Vec<PathBuf> = fs::read_dir(&locales)
        .expect("locales/ is readable")
        .map(|entry| entry.expect("locales/ entry").path())
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();

    let mut out = String::from("pub static FILES: &[(&str, &str, &str)] = &[\n");
    for dir in &dirs {
        watch(dir);
        let locale = file_name(dir);
        let mut files: Vec<PathBuf> = fs::read_dir(dir)
            .expect("locale folder is readable")
            .map(|entry| entry.expect("locale folder entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        for file in files {
            watch(&file);
            let text = fs::read_to_string(&file).expect("a locale file is UTF-8 text");
            writeln!(out, "    ({locale:?}, {:?}, {text:?}),", file_name(&file)).unwrap();
        }
    }
    out.push_str("];\n");
    let languages = locales.join("languages.json");
    watch(&languages);
    let text = fs::read_to_string(&languages).expect("locales/languages.json is UTF-8 text");
    if let Err(problem) = review::check(&text, "en-GB") {
        panic!("locales/languages.json: {problem}");
    }
    writeln!(out, "pub static LANGUAGES_JSON: &str = {text:?};").unwrap();

    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out_dir.join("embedded.rs"), out).expect("OUT_DIR is writable");
}

fn file_name(path: &Path) -> String {
    path.file_name().expect("a named entry").to_string_lossy().into_owned()
}
