//! What the notices' test files share: the practice they print for, where previews go, and a PDF's text.
#![allow(dead_code)] // each test file uses some of these

use std::path::{Path, PathBuf};
use std::process::Command;

use pathfinder_notices::documents::PracticeDetails;

/// The practice every test prints for, as the command line's practice.json gives it.
pub const PRACTICE_JSON: &str = r#"{"name": "Riverside Surgery", "address": ["1 River Road", "Leeds", "LS1 4AP"],
  "phone": "0113 496 0000", "windowStart": "2026-03-02", "windowEnd": "2026-04-13", "firstExtract": "2026-04-27"}"#;

pub fn practice() -> PracticeDetails {
    serde_json::from_str(PRACTICE_JSON).unwrap()
}

/// `target/notices-preview/`, where the tests leave the documents they made for a person to look at.
pub fn preview_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/notices-preview");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A PDF's text as pdftotext reads it (pages split by form feeds).
pub fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(path).arg("-").output().expect("pdftotext");
    assert!(out.status.success(), "pdftotext read {}", path.display());
    String::from_utf8(out.stdout).unwrap()
}

/// The height of the smallest word on any page, from pdftotext's bounding boxes.
pub fn smallest_word(path: &Path) -> f32 {
    let out = Command::new("pdftotext").args(["-bbox", "-enc", "UTF-8"]).arg(path).arg("-").output().unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    let heights: Vec<f32> = html
        .lines()
        .filter(|line| line.contains("<word"))
        .filter_map(|line| {
            let attr = |name: &str| {
                let start = line.find(&format!("{name}=\""))? + name.len() + 2;
                line[start..].split('"').next()?.parse::<f32>().ok()
            };
            Some(attr("yMax")? - attr("yMin")?)
        })
        .collect();
    assert!(!heights.is_empty());
    heights.iter().copied().fold(f32::MAX, f32::min)
}
