//! The real catalogue against the real code: see support/catalogue.rs for what is checked.

#[path = "support/catalogue.rs"]
mod catalogue;

use std::path::{Path, PathBuf};
use std::{fs, io};

use catalogue::{Locale, check, parse_locale};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files_under(dir: &Path, keep: &dyn Fn(&Path) -> bool, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if path.is_dir() {
            if !matches!(name.as_ref(), "node_modules" | "target" | "dist" | "dist-web" | "gen") {
                files_under(&path, keep, out)?;
            }
        } else if keep(&path) {
            out.push(path);
        }
    }
    Ok(())
}

/// The UI and Rust sources that show text to people; Rust test modules and UI test files are left out, so a test
/// cannot make an otherwise unused message look used.
fn code_sources() -> Vec<(String, String)> {
    let mut paths = vec![root().join("ui/index.html")];
    let is_ui = |p: &Path| p.extension().is_some_and(|e| e == "ts") && !p.to_string_lossy().ends_with(".test.ts");
    files_under(&root().join("ui/src"), &is_ui, &mut paths).unwrap();
    let is_rust = |p: &Path| p.extension().is_some_and(|e| e == "rs") && p.components().any(|c| c.as_os_str() == "src");
    files_under(&root().join("crates"), &is_rust, &mut paths).unwrap();
    files_under(&root().join("src-tauri/src"), &is_rust, &mut paths).unwrap();
    // The checklist template names its sections' and tasks' messages.
    let is_template = |p: &Path| p.extension().is_some_and(|e| e == "json");
    files_under(&root().join("crates/readiness/checklist"), &is_template, &mut paths).unwrap();
    paths
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).unwrap();
            let text = match text.find("#[cfg(test)]") {
                Some(cut) if path.extension().is_some_and(|e| e == "rs") => text[..cut].to_owned(),
                _ => text,
            };
            (path.strip_prefix(root()).unwrap().display().to_string(), text)
        })
        .collect()
}

#[test]
fn the_catalogue_and_the_code_agree() {
    let mut problems = Vec::new();
    let mut locales: Vec<(&str, Locale)> = Vec::new();
    let mut codes: Vec<&str> = pathfinder_l10n::all_files().iter().map(|(code, _, _)| *code).collect();
    codes.dedup();
    for code in codes {
        let files: Vec<(&str, &str)> =
            pathfinder_l10n::all_files().iter().filter(|(c, _, _)| *c == code).map(|&(_, f, s)| (f, s)).collect();
        locales.push((code, parse_locale(code, &files, &mut problems)));
    }
    let offered: Vec<&str> = pathfinder_l10n::languages().iter().map(|l| l.code.as_str()).collect();
    let present: Vec<&str> = locales.iter().map(|(code, _)| *code).collect();
    assert_eq!(sorted(offered), sorted(present.clone()), "languages.json lists exactly the locale folders");

    let at = present.iter().position(|code| *code == pathfinder_l10n::REFERENCE_LOCALE).expect("en-GB exists");
    let (_, reference) = locales.remove(at);
    let sources = code_sources();
    assert!(sources.iter().any(|(path, _)| path == "ui/src/pages/about.ts"), "the UI sources were found");
    problems.extend(check(&reference, &locales, &sources));
    assert!(problems.is_empty(), "the catalogue has problems:\n{}", problems.join("\n"));
}

#[test]
fn every_offered_language_names_itself() {
    for language in pathfinder_l10n::languages() {
        let localizer = pathfinder_l10n::Localizer::new(&language.code, false).unwrap();
        let autonym = localizer.format("language-autonym", None);
        let own = pathfinder_l10n::resources(&language.code).any(|r| r.source.contains("\nlanguage-autonym ="));
        assert!(own, "{} names itself in its own files, not through the English fallback: {autonym}", language.code);
    }
}

fn sorted(mut list: Vec<&str>) -> Vec<&str> {
    list.sort_unstable();
    list
}
