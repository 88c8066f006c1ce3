//! The app's notices operations on a real store: a list held in memory and forgotten, a mapping corrected, a
//! letters run that reports progress, one that is cancelled (no file, the list kept), and only the app's own
//! files opened or printed.

#[path = "support/fixtures.rs"]
mod fixtures;

use std::path::Path;

use fixtures::onboarded;
use pathfinder_app::PrintError;
use pathfinder_notices::documents::{FontSource, Kind, NoticeError};
use pathfinder_notices::patients::{ListError, MappingEntry};
use serde_json::json;

const LIST: &str = "Title,First Name,Last Name,Address 1,Town,Post Code,Language\n\
    Mr,Adam,Ashworth,12 Mill Lane,Leeds,LS6 2AB,English\n\
    Mrs,Beth,Ashworth,12 Mill Lane,Leeds,LS6 2AB,English\n\
    Ms,Cara,Bielska,3 Oak Court,Leeds,LS7 3DE,pol\n\
    Mr,No,,5 Birch Road,Leeds,LS8 4EF,English\n";

#[test]
fn a_list_is_read_corrected_and_made_into_letters_with_progress() {
    let dir = tempfile::tempdir().unwrap();
    let state = onboarded(dir.path());
    let view = serde_json::to_value(state.read_list("patients.csv", LIST.as_bytes().to_vec()).unwrap()).unwrap();
    assert_eq!((view["patients"].as_u64(), view["householdLetters"].as_u64()), (Some(3), Some(2)));
    assert_eq!(view["problemCount"], 1);
    assert_eq!(view["problems"][0], "patients.csv, line 5: surname: missing");
    assert_eq!(view["byLanguage"], json!({ "en-GB": 2, "pl": 1 }));

    // The manager says the town is not an address line, and that the language column is not one: the letters
    // follow the corrected mapping (all in English now).
    let mut mapping: Vec<MappingEntry> = serde_json::from_value(view["mapping"].clone()).unwrap();
    for entry in &mut mapping {
        if entry.column == Some(4) || entry.column == Some(6) {
            entry.column = None;
        }
    }
    let remapped = serde_json::to_value(state.map_list(mapping).unwrap()).unwrap();
    assert!(remapped["mapping"].as_array().unwrap().iter().all(|e| e["column"] != 4));

    let mut heard = Vec::new();
    let report = state
        .letters_with_progress(dir.path(), true, &FontSource::default(), |progress| {
            heard.push((progress.done, progress.total))
        })
        .unwrap();
    assert_eq!(report.counts.letters, 2);
    assert_eq!(report.counts.by_language.keys().collect::<Vec<_>>(), ["en-GB"], "the mapping was kept for the letters");
    assert_eq!(heard.last(), Some(&(2, 2)), "the end is always reported");
    assert!(Path::new(&report.path).exists());
    assert!(state.wrote(&report.path));
    assert!(
        matches!(state.map_list(Vec::new()), Err(PrintError::NoList)),
        "the list is gone once the letters are made"
    );
}

#[test]
fn a_file_larger_than_any_list_is_refused_by_its_size_without_its_bytes() {
    use base64::Engine as _;
    let dir = tempfile::tempdir().unwrap();
    let state = onboarded(dir.path());
    let refused = state.read_sent_list("export.csv", "", Some(1 << 30)).unwrap_err();
    assert!(matches!(&refused, PrintError::List(ListError::TooLarge { size, .. }) if *size == 1 << 30), "{refused:?}");
    assert!(refused.to_string().starts_with("export.csv is 1024 MB"), "{refused}");
    assert!(matches!(state.map_list(Vec::new()), Err(PrintError::NoList)), "nothing is held");

    let sent = base64::engine::general_purpose::STANDARD.encode(LIST);
    let view =
        serde_json::to_value(state.read_sent_list("patients.csv", &sent, Some(LIST.len() as u64)).unwrap()).unwrap();
    assert_eq!(view["patients"], 3, "a list within the limit is read from its bytes");
}

#[test]
fn a_letter_no_font_can_print_is_left_out_reported_by_line_and_not_counted_as_printed() {
    let dir = tempfile::tempdir().unwrap();
    let state = onboarded(dir.path());
    let list = LIST.replace("Bielska", "Bielska \u{1F600}");
    state.read_list("patients.csv", list.into_bytes()).unwrap();
    let report = state.letters_with_progress(dir.path(), false, &FontSource::default(), |_| {}).unwrap();
    assert_eq!(report.counts.letters, 2);
    assert_eq!(report.problems.len(), 2, "{:?}", report.problems);
    assert!(report.problems[1].starts_with("line 4: no font can print the character U+1F600"), "{:?}", report.problems);
    let store = pathfinder_store::Store::open(&dir.path().join("pathfinder.sqlite3")).unwrap();
    let printed = store.printed().unwrap();
    assert_eq!(printed.iter().map(|row| row.count).sum::<u32>(), 2, "only letters made are counted: {printed:?}");
    assert!(printed.iter().all(|row| row.language == "en-GB"), "the Polish letter was the one left out");
}

#[test]
fn a_cancelled_run_leaves_no_file_and_keeps_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let state = onboarded(dir.path());
    state.read_list("patients.csv", LIST.as_bytes().to_vec()).unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let result = state.letters_with_progress(&out, false, &FontSource::default(), |_| state.cancel_letters());
    assert!(matches!(result, Err(PrintError::Notice(NoticeError::Cancelled))));
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 0, "no partial file");
    let again = state.letters_with_progress(&out, false, &FontSource::default(), |_| {}).unwrap();
    assert_eq!(again.counts.letters, 3, "the list was kept, and a new run is not stopped by the old cancel");
    state.forget_list();
    assert!(matches!(
        state.letters_with_progress(&out, false, &FontSource::default(), |_| {}),
        Err(PrintError::NoList)
    ));
}

#[test]
fn only_files_the_app_made_may_be_printed_and_printing_goes_to_lp() {
    let dir = tempfile::tempdir().unwrap();
    let state = onboarded(dir.path());
    let stranger = dir.path().join("elsewhere.pdf");
    std::fs::write(&stranger, b"%PDF-1.7").unwrap();
    assert!(matches!(state.print_file(stranger.to_str().unwrap()), Err(PrintError::NotOurs(_))));
    let made = state.make_notice(Kind::Leaflet, "so", true, dir.path(), &FontSource::default()).unwrap();
    assert!(made.ends_with("pathfinder-leaflet-so-large-print.pdf"), "{made}");
    assert!(state.wrote(&made));
}
