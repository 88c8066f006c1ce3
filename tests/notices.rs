//! The app's notices operations on a real store: a list held in memory and forgotten, a mapping corrected, a
//! letters run that reports progress, one that is cancelled (no file, the list kept), and only the app's own
//! files opened or printed.

#[path = "support/fixtures.rs"]
mod fixtures;

use std::path::Path;

use fixtures::onboarded;
use pathfinder_app::{LetterGrouping, PrintError};
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
        .letters_with_progress(dir.path(), LetterGrouping::HOUSEHOLDS, &FontSource::default(), |progress| {
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
    let report = state.letters_with_progress(dir.path(), LetterGrouping::EACH, &FontSource::default(), |_| {}).unwrap();
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
    let result =
        state.letters_with_progress(&out, LetterGrouping::EACH, &FontSource::default(), |_| state.cancel_letters());
    assert!(matches!(result, Err(PrintError::Notice(NoticeError::Cancelled))));
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 0, "no partial file");
    let again = state.letters_with_progress(&out, LetterGrouping::EACH, &FontSource::default(), |_| {}).unwrap();
    assert_eq!(again.counts.letters, 3, "the list was kept, and a new run is not stopped by the old cancel");
    state.forget_list();
    assert!(matches!(
        state.letters_with_progress(&out, LetterGrouping::EACH, &FontSource::default(), |_| {}),
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

/// Households: the limit of surnames is checked, remembered across restarts, and changes the counts the page shows
/// before a run (how many addresses were split, never which); the report says the same after it.
#[test]
fn the_limit_of_surnames_is_checked_remembered_and_counted() {
    use pathfinder_app::{Settings, UserError};
    let dir = tempfile::tempdir().unwrap();
    let state = onboarded(dir.path());
    assert_eq!(state.notice_options().max_surnames, 6);
    let mut list = String::from("Forename,Surname,Address 1,Postcode,Date of Birth\n");
    for (i, surname) in ["Abbott", "Barker", "Carter", "Dixon", "Ellis", "Fowler", "Gibson"].iter().enumerate() {
        list.push_str(&format!("Resident{i},{surname},Rosewood Care Home,LS8 1AA,01/01/1930\n"));
    }
    list.push_str("Tom,Reed,4 Mill Lane,LS6 2AB,14/05/2015\n");
    let view = serde_json::to_value(state.read_list("patients.csv", list.into_bytes()).unwrap()).unwrap();
    assert_eq!((view["householdLetters"].as_u64(), view["splitAddresses"].as_u64()), (Some(8), Some(1)));
    assert_eq!((view["children"].as_u64(), view["householdGuardianLetters"].as_u64()), (Some(1), Some(1)));
    assert_eq!(view["maxSurnames"], 6);
    assert!(!view.to_string().contains("Rosewood"), "counts, never the address");

    for refused in ["0", "51", "six", "-1", "6.5", ""] {
        let error = state.group_list(refused).unwrap_err();
        let explained = error.explain();
        assert_eq!((explained.code, explained.fields[0].0), ("bad-max-surnames", "maxSurnames"), "{refused}");
        assert_eq!(explained.fields[0].1.id, "printing-error-max-surnames");
    }
    let view = serde_json::to_value(state.group_list(" 7 ").unwrap()).unwrap();
    assert_eq!((view["householdLetters"].as_u64(), view["splitAddresses"].as_u64()), (Some(2), Some(0)));
    assert_eq!(state.notice_options().max_surnames, 7);
    let saved = Settings::load(dir.path()).unwrap();
    assert_eq!(saved.max_surnames, Some(7), "the choice is saved with the settings, so it outlives a restart");

    let grouping = LetterGrouping { by_household: true, max_surnames: 6, english_only: false };
    let report = state.letters_with_progress(dir.path(), grouping, &FontSource::default(), |_| {}).unwrap();
    assert_eq!((report.counts.letters, report.split_addresses, report.counts.to_guardian), (8, 1, 1));
}

#[test]
fn english_only_makes_every_letter_in_english_and_the_drafts_are_offered_as_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let state = onboarded(dir.path());
    let options = state.notice_options();
    let draft = |code: &str| options.languages.iter().find(|l| l.code == code).map(|l| l.draft);
    assert_eq!((draft("en-GB"), draft("pl"), draft("pa-Arab")), (Some(false), Some(true), Some(true)));
    state.read_list("patients.csv", LIST.as_bytes().to_vec()).unwrap();
    let grouping = LetterGrouping { english_only: true, ..LetterGrouping::EACH };
    let report = state.letters_with_progress(dir.path(), grouping, &FontSource::default(), |_| {}).unwrap();
    assert_eq!(report.counts.by_language.into_iter().collect::<Vec<_>>(), [("en-GB".to_owned(), 3)]);
    let store = pathfinder_store::Store::open(&dir.path().join("pathfinder.sqlite3")).unwrap();
    assert!(
        store.printed().unwrap().iter().all(|row| row.language == "en-GB"),
        "the Polish row's letter is in English"
    );
}

/// Punjabi's script: a plain "Punjabi" follows the practice's choice (Gurmukhi until it chooses), which re-reads the
/// held list with the manager's mapping, is used for the letters, and outlives a restart; a value naming the script
/// keeps it.
#[test]
fn a_plain_punjabi_follows_the_practices_choice_of_script_which_is_remembered() {
    use pathfinder_app::Settings;
    use pathfinder_notices::patients::PunjabiScript;
    const PUNJABI: &str = "Title,First Name,Last Name,Address 1,Town,Post Code,Language\n\
        Mr,Harjit,Sandhu,1 Elm Street,Leeds,LS6 1AA,Punjabi\n\
        Mrs,Amrit,Gill,2 Elm Street,Leeds,LS6 1AB,Punjabi (Gurmukhi)\n\
        Mr,Imran,Butt,3 Elm Street,Leeds,LS6 1AD,Punjabi (Shahmukhi)\n";
    let dir = tempfile::tempdir().unwrap();
    let state = onboarded(dir.path());
    assert_eq!(state.notice_options().punjabi_script, PunjabiScript::Gurmukhi);
    let view = serde_json::to_value(state.read_list("patients.csv", PUNJABI.as_bytes().to_vec()).unwrap()).unwrap();
    assert_eq!(view["byLanguage"], json!({ "pa": 2, "pa-Arab": 1 }), "a plain Punjabi is Gurmukhi at first: {view}");
    let report = state.letters_with_progress(dir.path(), LetterGrouping::EACH, &FontSource::default(), |_| {}).unwrap();
    assert_eq!(
        report.counts.by_language.into_iter().collect::<Vec<_>>(),
        [("pa".to_owned(), 2), ("pa-Arab".to_owned(), 1)]
    );

    // The manager corrects a column, then chooses Shahmukhi: the held list is read again, keeping the correction.
    state.read_list("patients.csv", PUNJABI.as_bytes().to_vec()).unwrap();
    let mut mapping: Vec<MappingEntry> = serde_json::from_value(view["mapping"].clone()).unwrap();
    for entry in &mut mapping {
        if entry.column == Some(4) {
            entry.column = None;
        }
    }
    state.map_list(mapping).unwrap();
    let view = serde_json::to_value(state.set_punjabi_script(PunjabiScript::Shahmukhi).unwrap()).unwrap();
    assert_eq!(view["byLanguage"], json!({ "pa": 1, "pa-Arab": 2 }), "only the plain Punjabi moves: {view}");
    assert!(view["mapping"].as_array().unwrap().iter().all(|e| e["column"] != 4), "the correction is kept");
    let report = state.letters_with_progress(dir.path(), LetterGrouping::EACH, &FontSource::default(), |_| {}).unwrap();
    assert_eq!(
        report.counts.by_language.into_iter().collect::<Vec<_>>(),
        [("pa".to_owned(), 1), ("pa-Arab".to_owned(), 2)]
    );

    // With no list held the choice is only remembered; it is in the settings file, and a restart reads it.
    assert!(state.set_punjabi_script(PunjabiScript::Shahmukhi).unwrap().is_none(), "no list is held");
    assert_eq!(Settings::load(dir.path()).unwrap().punjabi_script, Some(PunjabiScript::Shahmukhi));
    drop(state);
    let restarted = fixtures::opened(dir.path());
    assert_eq!(restarted.notice_options().punjabi_script, PunjabiScript::Shahmukhi);
    let view = serde_json::to_value(restarted.read_list("patients.csv", PUNJABI.as_bytes().to_vec()).unwrap()).unwrap();
    assert_eq!(view["byLanguage"], json!({ "pa": 1, "pa-Arab": 2 }), "a new list is read in the remembered script");
    let view = serde_json::to_value(restarted.set_punjabi_script(PunjabiScript::Gurmukhi).unwrap()).unwrap();
    assert_eq!(view["byLanguage"], json!({ "pa": 2, "pa-Arab": 1 }), "and back");
}
