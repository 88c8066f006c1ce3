//! The app's notices operations on a real store: a list held in memory and forgotten, a mapping corrected, a
//! letters run that reports progress, one that is cancelled (no file, the list kept), and only the app's own
//! files opened or printed; the mail-out (a proof, the run split for the printer with its address file, files the
//! user's only and never written over, a batch counted once when confirmed printed, the letters deleted, a crash's
//! temporary files removed at start, a synced folder told), the acknowledgements, and a privacy scan of everything
//! the app keeps, logs and sends after a mail-out.
//!
//! The system's file dialogs cannot be driven headless: the operations behind them are called here with the path the
//! dialog would give (`read_list_file`, `make_acknowledgements`, `set_letters_folder`), and tests/commands.rs drives
//! the commands through the configuration's test hook (`Config::file_choices`).

#[path = "support/fixtures.rs"]
mod fixtures;
#[path = "support/hub.rs"]
mod hub;

use std::path::Path;

use fixtures::onboarded;
use pathfinder_app::{LetterGrouping, MailoutRequest, PrintError};
use pathfinder_notices::documents::mailing::Layout;
use pathfinder_notices::documents::{FontSource, Kind, NoticeError};
use pathfinder_notices::patients::{ListError, MappingEntry};
use serde_json::json;

const LIST: &str = "Title,First Name,Last Name,Address 1,Town,Post Code,Language\n\
    Mr,Adam,Ashworth,12 Mill Lane,Leeds,LS6 2AB,English\n\
    Mrs,Beth,Ashworth,12 Mill Lane,Leeds,LS6 2AB,English\n\
    Ms,Cara,Bielska,3 Oak Court,Leeds,LS7 3DE,pol\n\
    Mr,No,,5 Birch Road,Leeds,LS8 4EF,English\n";

/// A run dated the first day of the window, one file, printed on both sides.
fn request(grouping: LetterGrouping) -> MailoutRequest {
    MailoutRequest {
        grouping,
        dated: time::macros::date!(2026 - 03 - 02),
        layout: Layout::default(),
        double_sided: true,
    }
}

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
        .letters_with_progress(request(LetterGrouping::HOUSEHOLDS), &FontSource::default(), |progress| {
            heard.push((progress.done, progress.total))
        })
        .unwrap();
    assert_eq!(report.counts.letters, 2);
    assert_eq!(report.counts.by_language.keys().collect::<Vec<_>>(), ["en-GB"], "the mapping was kept for the letters");
    assert_eq!(heard.last(), Some(&(2, 2)), "the end is always reported");
    assert!(Path::new(&report.files[0].path).exists());
    assert!(state.wrote(&report.files[0].path));
    assert!(
        matches!(state.map_list(Vec::new()), Err(PrintError::NoList)),
        "the list is gone once the letters are made"
    );
}

#[test]
fn a_file_larger_than_any_list_is_refused_by_its_size_without_its_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let state = onboarded(dir.path());
    // A sparse file: its size says 1 GB, and reading it would take none of it.
    let huge = dir.path().join("export.csv");
    std::fs::File::create(&huge).unwrap().set_len(1 << 30).unwrap();
    let refused = state.read_list_file(&huge).unwrap_err();
    assert!(matches!(&refused, PrintError::List(ListError::TooLarge { size, .. }) if *size == 1 << 30), "{refused:?}");
    assert!(refused.to_string().starts_with("export.csv is 1024 MB"), "{refused}");
    assert!(matches!(state.map_list(Vec::new()), Err(PrintError::NoList)), "nothing is held");

    let list = dir.path().join("patients.csv");
    std::fs::write(&list, LIST).unwrap();
    let view = serde_json::to_value(state.read_list_file(&list).unwrap()).unwrap();
    assert_eq!((view["patients"].as_u64(), view["fileName"].as_str()), (Some(3), Some("patients.csv")));
    let missing = state.read_list_file(&dir.path().join("gone.csv")).unwrap_err();
    assert!(matches!(missing, PrintError::Read { .. }), "{missing:?}");
}

#[test]
fn a_letter_no_font_can_print_is_left_out_reported_by_line_and_not_counted_as_printed() {
    let dir = tempfile::tempdir().unwrap();
    let state = onboarded(dir.path());
    let list = LIST.replace("Bielska", "Bielska \u{1F600}");
    state.read_list("patients.csv", list.into_bytes()).unwrap();
    let report = state.letters_with_progress(request(LetterGrouping::EACH), &FontSource::default(), |_| {}).unwrap();
    assert_eq!(report.counts.letters, 2);
    assert_eq!(report.problems.len(), 2, "{:?}", report.problems);
    assert!(report.problems[1].starts_with("line 4: no font can print the character U+1F600"), "{:?}", report.problems);
    state.confirm_printed(&report.files[0].id).unwrap();
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
    let out = state.letters_folder();
    let result =
        state.letters_with_progress(request(LetterGrouping::EACH), &FontSource::default(), |_| state.cancel_letters());
    assert!(matches!(result, Err(PrintError::Notice(NoticeError::Cancelled))));
    assert_eq!(std::fs::read_dir(&out).map_or(0, |files| files.count()), 0, "no partial file");
    let again = state.letters_with_progress(request(LetterGrouping::EACH), &FontSource::default(), |_| {}).unwrap();
    assert_eq!(again.counts.letters, 3, "the list was kept, and a new run is not stopped by the old cancel");
    state.forget_list();
    assert!(matches!(
        state.letters_with_progress(request(LetterGrouping::EACH), &FontSource::default(), |_| {}),
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
    let report = state.letters_with_progress(request(grouping), &FontSource::default(), |_| {}).unwrap();
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
    let report = state.letters_with_progress(request(grouping), &FontSource::default(), |_| {}).unwrap();
    assert_eq!(report.counts.by_language.into_iter().collect::<Vec<_>>(), [("en-GB".to_owned(), 3)]);
    state.confirm_printed(&report.files[0].id).unwrap();
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
    let report = state.letters_with_progress(request(LetterGrouping::EACH), &FontSource::default(), |_| {}).unwrap();
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
    let report = state.letters_with_progress(request(LetterGrouping::EACH), &FontSource::default(), |_| {}).unwrap();
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

/// Text of a PDF, as pdftotext reads it.
fn pdf_text(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(path).arg("-").output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn pdf_pages(path: &Path) -> u32 {
    let info = std::process::Command::new("pdfinfo").arg(path).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    info.lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap()
}

fn printed_letters(dir: &Path) -> u32 {
    let store = pathfinder_store::Store::open(&dir.join("pathfinder.sqlite3")).unwrap();
    store.printed().unwrap().iter().filter(|row| row.kind == "letter").map(|row| row.count).sum()
}

/// The mail-out through the app's operations: a proof of one letter of each sort, then the run split by language and
/// print size in batches, with page counts, whole sheets per letter and an address file in the same order; files the
/// user's only, never written over; a batch counted once when the manager confirms it, and the letters deleted.
#[test]
fn a_mail_out_is_proofed_split_for_the_printer_counted_by_batch_and_deleted() {
    const MAILOUT: &str = "Title,First Name,Last Name,Address 1,Post Code,Language,Communication Needs,Date of Birth\n\
        Mr,Adam,Ashworth,12 Mill Lane,LS6 2AB,English,,01/01/1970\n\
        Mrs,Beth,Ashworth,12 Mill Lane,LS6 2AB,English,,01/01/1972\n\
        Ms,Cara,Bielska,3 Oak Court,LS7 3DE,pol,,01/01/1980\n\
        Mr,Dan,Cole,=1+1 Elm Row,LS1 1AA,English,Large print,01/01/1950\n\
        Ms,Eve,Dale,5 Ash Road,LS2 2BB,English,,01/01/1990\n\
        ,Finn,Ewart,7 Yew Walk,LS3 3AB,English,,01/01/2020\n";
    let dir = tempfile::tempdir().unwrap();
    let state = onboarded(dir.path());
    let list = dir.path().join("export.csv");
    std::fs::write(&list, MAILOUT).unwrap();
    state.read_list_file(&list).unwrap();
    let fonts = FontSource::default();
    let run =
        MailoutRequest { layout: Layout { by_language: true, batch: Some(2) }, ..request(LetterGrouping::HOUSEHOLDS) };

    let proof = state.make_proof(run, &fonts).unwrap();
    let text = pdf_text(Path::new(&proof.path));
    assert_eq!(proof.letters, 5, "household, person, large print, Polish, parent or guardian: {text}");
    assert_eq!(text.matches("PROOF: for checking at the practice, not for posting").count() as u32, 2 * proof.pages);
    assert!(Path::new(&proof.path).starts_with(dir.path().join("letters")), "the app's own folder: {}", proof.path);
    assert_eq!(printed_letters(dir.path()), 0, "a proof is never counted");

    let report = state.letters_with_progress(run, &fonts, |_| {}).unwrap();
    let names: Vec<String> =
        report.files.iter().map(|f| Path::new(&f.path).file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert_eq!(
        names,
        [
            "pathfinder-letters-2026-03-02-en-GB-standard-batch-01-of-02.pdf",
            "pathfinder-letters-2026-03-02-en-GB-standard-batch-02-of-02.pdf",
            "pathfinder-letters-2026-03-02-en-GB-large-print-batch-01-of-01.pdf",
            "pathfinder-letters-2026-03-02-pl-standard-batch-01-of-01.pdf",
        ]
    );
    for file in &report.files {
        assert_eq!(file.pages, pdf_pages(Path::new(&file.path)), "{}: the page count given is the file's", file.path);
        assert_eq!(file.pages % 2, 0, "{}: whole sheets", file.path);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&file.path).unwrap().permissions().mode() & 0o777, 0o600, "{}", file.path);
        }
    }
    assert_eq!(report.counts.letters, 5);
    // Postcode order: LS1 (Cole, large print), LS2 (Dale), LS3 (Ewart), LS6 (the Ashworths), LS7 (Bielska).
    let first = pdf_text(Path::new(&report.files[0].path));
    assert!(first.find("Eve Dale").unwrap() < first.find("Finn Ewart").unwrap(), "{first}");
    let csv = std::fs::read_to_string(&report.addresses.path).unwrap();
    let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().skip(1).collect();
    let order: Vec<(&str, &str)> =
        rows.iter().map(|r| (r.split(',').next().unwrap(), r.split(',').nth(1).unwrap())).collect();
    assert_eq!(
        order,
        [
            ("1", names[0].as_str()),
            ("2", names[0].as_str()),
            ("3", names[1].as_str()),
            ("4", names[2].as_str()),
            ("5", names[3].as_str())
        ]
    );
    assert!(rows[3].contains(",'=1+1 Elm Row,"), "a formula is neutralised: {}", rows[3]);
    assert!(rows[1].contains("parent-or-guardian"), "{}", rows[1]);

    // Nothing is counted until the manager says a batch was printed; then once, however often they say it.
    assert_eq!(printed_letters(dir.path()), 0);
    state.confirm_printed(&report.files[0].id).unwrap();
    let files = state.confirm_printed(&report.files[0].id).unwrap();
    assert_eq!(printed_letters(dir.path()), 2, "the first batch's two letters, once");
    assert!(
        files.iter().any(|f| f.id == report.files[0].id && f.printed.as_deref() == Some(&*state.today().to_string()))
    );
    assert!(matches!(state.confirm_printed(&report.addresses.id), Err(PrintError::UnknownFile(_))));
    assert!(matches!(state.confirm_printed("nope"), Err(PrintError::UnknownFile(_))));

    // A second run the same day writes new files beside the first, never over them.
    state.read_list_file(&list).unwrap();
    let again = state.letters_with_progress(request(LetterGrouping::EACH), &fonts, |_| {}).unwrap();
    assert!(again.files[0].path.ends_with("pathfinder-letters-2026-03-02.pdf"), "{}", again.files[0].path);
    state.read_list_file(&list).unwrap();
    let third = state.letters_with_progress(request(LetterGrouping::EACH), &fonts, |_| {}).unwrap();
    assert!(third.files[0].path.ends_with("pathfinder-letters-2026-03-02 (2).pdf"), "{}", third.files[0].path);
    assert!(third.addresses.path.ends_with("pathfinder-addresses-2026-03-02 (3).csv"), "{}", third.addresses.path);

    // At the next start the app reminds the manager of every file still on disk; deleting removes them all.
    let on_disk = fixtures::opened(dir.path()).tidy_letters();
    assert_eq!(on_disk.len(), 1 + 5 + 2 + 2, "the proof, four PDFs and an address file, then two runs of two");
    assert!(state.wrote(&report.files[1].path), "a file the app made may be opened after a restart");
    assert_eq!(state.delete_letters(), Vec::new());
    assert_eq!(std::fs::read_dir(state.letters_folder()).unwrap().count(), 0, "every file deleted");
    assert!(state.made_files().is_empty());
    assert!(!state.wrote(&report.files[1].path));
}

#[test]
fn a_crashs_temporary_files_are_removed_at_start_and_a_synced_folder_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let state = onboarded(dir.path());
    let own = state.letters_folder();
    assert_eq!(own, dir.path().join("letters"));
    assert_eq!(state.letters_folder_view().synced_by, None);
    std::fs::create_dir_all(&own).unwrap();
    std::fs::write(own.join(".pathfinder-letters-2026-03-02.pdf.tmp"), b"half a file").unwrap();
    let synced = dir.path().join("OneDrive - NHS").join("Letters");
    std::fs::create_dir_all(&synced).unwrap();
    let view = state.set_letters_folder(Some(&synced)).unwrap();
    assert_eq!((view.synced_by.as_deref(), view.own), (Some("OneDrive"), false));
    std::fs::write(synced.join(".pathfinder-proof-2026-03-02.pdf.tmp"), b"half").unwrap();
    std::fs::write(synced.join("minutes.docx"), b"the practice's own").unwrap();

    let restarted = fixtures::opened(dir.path());
    assert!(restarted.tidy_letters().is_empty());
    assert_eq!(std::fs::read_dir(&own).unwrap().count(), 0, "the crash's file is gone");
    let left: Vec<_> = std::fs::read_dir(&synced).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left, ["minutes.docx"], "only the app's temporary file is removed");
    assert_eq!(restarted.letters_folder(), synced, "the choice is remembered");
    assert_eq!(restarted.set_letters_folder(None).unwrap().path, own.display().to_string());
}

#[test]
fn acknowledgements_are_made_from_the_chosen_export_into_the_letters_folder() {
    let dir = tempfile::tempdir().unwrap();
    let state = onboarded(dir.path());
    let export = dir.path().join("coded.csv");
    std::fs::write(
        &export,
        "NHS Number,Forename,Surname,Address 1,Postcode,Read Code\n\
         9434765919,Ada,Okafor,4 Elm Street,LS2 7AB,9Nu0\n\
         ,Ben,Nowak,9 Ash Grove,LS3 1DF,\n\
         ,No,,5 Birch Road,LS4 2GH,9Nu0\n",
    )
    .unwrap();
    let report =
        state.make_acknowledgements(&export, time::macros::date!(2026 - 03 - 20), &FontSource::default()).unwrap();
    assert_eq!((report.counts.letters, report.counts.type1, report.problems.len()), (2, 1, 1));
    assert!(Path::new(&report.file.path).starts_with(state.letters_folder()));
    assert!(report.file.path.ends_with("pathfinder-acknowledgements-2026-03-20.pdf"));
    assert!(pdf_text(Path::new(&report.file.path)).contains("20 March 2026"));
    assert_eq!(state.made_files().len(), 1, "listed with the letters, to be deleted with them");
    std::fs::write(&export, "NHS Number,Forename,Surname,Address 1,Postcode,Read Code\n,Cy,Reed,1 Lane,LS1 1AA,9Nu1\n")
        .unwrap();
    let refused = state.make_acknowledgements(&export, time::macros::date!(2026 - 03 - 20), &FontSource::default());
    let refused = refused.unwrap_err();
    assert_eq!(pathfinder_app::UserError::explain(&refused).code, "acknowledgement-codes", "{refused:?}");
}

static LOG: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Every line the app logs in this test process (no other test here sets a logger).
struct Collect;

impl log::Log for Collect {
    fn enabled(&self, _: &log::Metadata) -> bool {
        true
    }
    fn log(&self, record: &log::Record) {
        LOG.lock().unwrap().push(format!("{} {}", record.target(), record.args()));
    }
    fn flush(&self) {}
}

struct NoDesktop;

impl pathfinder_app::Desktop for NoDesktop {
    fn open(&self, _: &Path) -> Result<(), String> {
        Ok(())
    }
    async fn check_update(&self, _: Option<String>) -> pathfinder_app::UpdateView {
        pathfinder_app::UpdateView::none("0.1.0")
    }
    async fn install_update(&self) -> Result<(), pathfinder_app::UpdateError> {
        Err(pathfinder_app::UpdateError::NoneWaiting)
    }
}

/// Every file under `dir`, read whole (the database, its WAL, the settings, the record of files made...).
fn every_file(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
        let path = entry.path();
        if path.is_dir() {
            files.extend(every_file(&path));
        } else {
            files.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
    files
}

/// A whole mail-out through the commands the UI calls (the list and the coded forms chosen through the dialogs' test
/// hook, a proof, the run split and batched, a batch confirmed, the letters deleted), then a report sent to a real hub:
/// no value of the patient list or of the coded-forms export is in the data folder, the log, the submission the app
/// sent, or what the hub stored.
#[test]
fn after_a_mail_out_no_patient_value_is_kept_logged_or_sent() {
    use pathfinder_app::{App, AppState, Config, FileChoices, commands, run_outbox};
    use serde_json::Value;
    log::set_logger(&Collect).unwrap();
    log::set_max_level(log::LevelFilter::Trace);
    const LIST: &str = "NHS Number,Title,Forename,Surname,Date of Birth,Address Line 1,Address Line 2,Postcode,Main Language,Needs\n\
        943 476 5919,Mrs,Marjorie,Whitfield,12/04/1941,27 Larkspur Avenue,Headingley,LS16 5QB,English,Large print\n\
        ,Mr,Wojciech,Kaczmarczyk,03/11/1979,Flat 4 Quarry Mount,Hyde Park,LS6 2JU,Polish,\n\
        ,Ms,Nasreen,Chaudhry,21/07/1985,88 Tempest Road,Beeston,LS11 6RD,Urdu,\n\
        ,Mr,Rahim,Chaudhry,02/02/2015,88 Tempest Road,Beeston,LS11 6RD,Urdu,\n";
    const CODED: &str = "NHS Number,Forename,Surname,Address 1,Postcode,Read code\n\
        4010232137,Ottoline,Pemberton-Fyfe,3 Wisteria Close,LS17 8QQ,9Nu0\n";
    const PRIVATE: [&str; 19] = [
        "943 476 5919",
        "9434765919",
        "Marjorie",
        "Whitfield",
        "Kaczmarczyk",
        "Wojciech",
        "Nasreen",
        "Chaudhry",
        "Larkspur",
        "Quarry Mount",
        "Tempest",
        "LS16 5QB",
        "LS6 2JU",
        "12/04/1941",
        "1941-04-12",
        "Ottoline",
        "Pemberton",
        "Wisteria",
        "4010232137",
    ];

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("app");
    let outside = dir.path().join("exports");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("Whitfield-family.csv"), LIST).unwrap();
    std::fs::write(outside.join("coded.csv"), CODED).unwrap();
    let choices = FileChoices::default();
    let config = Config { file_choices: Some(choices.clone()), ..Config::in_folder(&data) };
    let state = AppState::open(config, &["en-GB".into()]).unwrap();
    state.save_practice(&serde_json::from_value(fixtures::practice_form()).unwrap()).unwrap();
    let app = App { state: state.clone(), desktop: NoDesktop };
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let call = |command: &str, args: Value| runtime.block_on(commands::call(&app, command, &args, None));

    choices.push(Some(outside.join("Whitfield-family.csv")));
    let list = call("notices_list_choose", json!({})).unwrap();
    assert_eq!(list["patients"], 4, "{list}");
    let run = json!({ "households": true, "maxSurnames": "6", "englishOnly": false, "letterDate": "2026-03-02" });
    let proof = call("notices_proof", run.clone()).unwrap();
    assert_eq!(proof["kind"], "proof");
    let mut letters = run.clone();
    letters["split"] = json!(true);
    letters["batchSize"] = json!("1");
    letters["doubleSided"] = json!(true);
    let report = call("notices_letters", letters).unwrap();
    assert_eq!(report["counts"]["letters"], 3, "{report}");
    for file in report["files"].as_array().unwrap() {
        call("notices_printed", json!({ "id": file["id"] })).unwrap();
    }
    choices.push(Some(outside.join("coded.csv")));
    let acknowledged = call("notices_acknowledgements", json!({ "letterDate": "2026-03-20" })).unwrap();
    assert_eq!(acknowledged["counts"]["letters"], 1, "{acknowledged}");
    // Failures carry what was given in their messages; the log gets their codes only.
    call("notices_print", json!({ "path": "/tmp/Marjorie Whitfield.pdf" })).unwrap_err();
    call("notices_printed", json!({ "id": "Whitfield" })).unwrap_err();
    assert_eq!(call("notices_delete_letters", json!({})).unwrap(), json!([]));

    // The report of what was printed, to a real hub on loopback.
    let mut hub = hub::TestHub::start(&dir.path().join("hub"));
    let code = hub.enrolment_code("B82005");
    call("hub_enrol", json!({ "hubUrl": hub.url(), "code": code })).unwrap();
    let preview = call("submission_preview", json!({})).unwrap();
    let sent = preview["json"].as_str().unwrap().to_owned();
    let letters_sent: u64 = serde_json::from_str::<Value>(&sent).unwrap()["notices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "letter")
        .map(|n| n["count"].as_u64().unwrap())
        .sum();
    assert_eq!(letters_sent, 3, "the confirmed batches are reported, and not the proof: {sent}");
    call("submission_send", json!({ "submissionId": preview["submissionId"] })).unwrap();
    let outbox = runtime.spawn(run_outbox(state.clone()));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while hub.submission_count() == 0 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(hub.submission_count(), 1, "the outbox sent it");
    outbox.abort();

    let log = LOG.lock().unwrap().join("\n");
    assert!(log.contains("printing: made a proof of 3 letters"), "{log}");
    assert!(log.contains("command notices_printed: answered error unknown-file"), "{log}");
    let mut kept = every_file(&data);
    assert!(kept.iter().any(|(path, _)| path.ends_with("letters-made.json")), "the record of files made is scanned");
    kept.extend(every_file(&dir.path().join("hub")));
    for value in PRIVATE {
        assert!(!log.contains(value), "{value:?} is in the log:\n{log}");
        assert!(!sent.contains(value), "{value:?} was sent: {sent}");
        for (path, bytes) in &kept {
            let found = bytes.windows(value.len()).any(|window| window == value.as_bytes());
            assert!(!found, "{value:?} is kept in {}", path.display());
        }
    }
}
