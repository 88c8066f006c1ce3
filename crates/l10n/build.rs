//! Embeds every `locales/<lang>/*.ftl` file and `locales/languages.json` in the binary, so the app and the hub
//! need no locale files beside them at run time.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let locales = manifest_dir.join("../../locales").canonicalize().expect("the locales/ folder exists");
    println!("cargo:rerun-if-changed={}", locales.display());

    let mut dirs: Vec<PathBuf> = fs::read_dir(&locales)
        .expect("locales/ is readable")
        .map(|entry| entry.expect("locales/ entry").path())
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();

    let mut out = String::from("pub static FILES: &[(&str, &str, &str)] = &[\n");
    for dir in &dirs {
        println!("cargo:rerun-if-changed={}", dir.display());
        let locale = file_name(dir);
        let mut files: Vec<PathBuf> = fs::read_dir(dir)
            .expect("locale folder is readable")
            .map(|entry| entry.expect("locale folder entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            writeln!(out, "    ({locale:?}, {:?}, include_str!({:?})),", file_name(&file), file.display()).unwrap();
        }
    }
    out.push_str("];\n");
    let languages = locales.join("languages.json");
    println!("cargo:rerun-if-changed={}", languages.display());
    writeln!(out, "pub static LANGUAGES_JSON: &str = include_str!({:?});", languages.display()).unwrap();

    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out_dir.join("embedded.rs"), out).expect("OUT_DIR is writable");
}

fn file_name(path: &Path) -> String {
    path.file_name().expect("a named entry").to_string_lossy().into_owned()
}
