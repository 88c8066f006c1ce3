//! The acknowledgement letters, made from CSVs shaped like EMIS Web, SystmOne and Vision exports of the patients
//! whose objection forms were coded, and read back with pdftotext as a person reading the page would. Every person
//! in the fixtures (tests/fixtures/acknowledgements) is invented; NHS numbers are in the 999 test range. The PDFs are
//! left in target/notices-preview/ for a person to look at.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pathfinder_notices::documents::acknowledgements::{
    AcknowledgementCounts, AcknowledgementError, AcknowledgementOptions, read_acknowledgements, render_acknowledgements,
};
use pathfinder_notices::documents::{FontSource, ObjectionTypes, PracticeDetails, translations};
use pathfinder_notices::patients::ListError;
use time::Date;
use time::macros::date;

mod support;
use support::{PRACTICE_JSON, pdf_text, practice, preview_dir, smallest_word};

const DATED: Date = date!(2026 - 03 - 02);

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/acknowledgements/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn type1_only() -> PracticeDetails {
    PracticeDetails { objection_types: ObjectionTypes::TYPE1_ONLY, ..practice() }
}

/// The letters for a fixture, written under target/notices-preview/ as `ack-{preview}.pdf`.
fn letters(
    name: &str,
    practice: &PracticeDetails,
    options: &AcknowledgementOptions,
    preview: &str,
) -> Result<(PathBuf, AcknowledgementCounts), AcknowledgementError> {
    let (bytes, counts) = render_acknowledgements(
        name,
        &fixture(name),
        practice,
        DATED,
        options,
        &FontSource::default(),
        &mut |_, _| true,
    )?;
    let path = preview_dir().join(format!("ack-{preview}.pdf"));
    std::fs::write(&path, bytes).unwrap();
    Ok((path, counts))
}

fn made(name: &str, practice: &PracticeDetails, preview: &str) -> (PathBuf, AcknowledgementCounts) {
    letters(name, practice, &AcknowledgementOptions::default(), preview).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The words of a PDF, each run of whitespace (line and page breaks included) one space.
fn words(path: &Path) -> String {
    pdf_text(path).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An English message as the letters print it, its words joined by single spaces.
fn message(id: &str) -> String {
    let localizer = pathfinder_l10n::Localizer::new("en-GB", false).unwrap();
    let mut args = pathfinder_l10n::FluentArgs::new();
    args.set("practice", practice().name);
    args.set("phone", practice().phone);
    localizer.format(id, Some(&args)).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One letter's text: from its greeting to the next letter's greeting (or the end), so an English copy on pages of
/// its own would be inside it.
fn letter<'t>(text: &'t str, greeting: &str) -> &'t str {
    let start = text.find(greeting).unwrap_or_else(|| panic!("{greeting:?} is not printed: {text}"));
    assert_eq!(text.matches(greeting).count(), 1, "{greeting:?} is printed once: one letter per person");
    let rest = &text[start + greeting.len()..];
    let end = rest.find("Dear ").map_or(text.len(), |end| start + greeting.len() + end);
    &text[start..end]
}

const RECEIVED: &str = "notice-ack-received";
const RECORDED: &str = "notice-ack-recorded";
const TYPE1: &str = "notice-ack-recorded-type1";
const TYPE2: &str = "notice-ack-recorded-type2";

/// Which of the recorded-objection paragraphs a letter has: (no type named, Type 1, Type 2).
fn wording(letter: &str) -> (bool, bool, bool) {
    (letter.contains(&message(RECORDED)), letter.contains(&message(TYPE1)), letter.contains(&message(TYPE2)))
}

#[test]
fn each_person_gets_one_letter_with_their_name_and_address() {
    let (path, counts) = made("emis_read_codes.csv", &practice(), "emis");
    // Seven rows; Mr Oyelaran's two (one per code, the same NHS number written two ways) are one letter.
    assert_eq!((counts.letters, counts.merged_rows), (6, 1), "{counts:?}");
    assert!(counts.problems.is_empty(), "{:?}", counts.problems);
    assert_eq!((counts.standard, counts.large_print, counts.to_guardian), (5, 1, 1), "{counts:?}");
    assert_eq!((counts.type1, counts.type2, counts.type_not_named), (5, 2, 1), "{counts:?}");
    let text = words(&path);
    let people = [
        ("Ms Harriet Quillfeather", "7 Larkspur Close Moortown Leeds LS17 6QT"),
        ("Mr Tomasz Wierzbicki-Lane", "Flat 3 22 Chapel Road Leeds LS6 3JB"),
        ("Mr Desmond Oyelaran", "41 Beckett Street Leeds LS9 7LD"),
        ("Dr Ifeoluwa Brantwood", "The Old Forge Wike Lane Leeds LS17 9JQ"),
        ("Mrs Agnieszka Sobolewska", "9 Elm Terrace Leeds LS11 5AZ"),
    ];
    for (name, address) in people {
        letter(&text, &format!("Dear {name},"));
        assert!(text.contains(&format!("{name} {address}")), "{name} at {address}, in the envelope's window: {text}");
        assert_eq!(text.matches(name).count(), 2, "{name}: in the window and the greeting, on one letter");
    }
    // A child's objection was made by a parent or guardian: the letter goes to them.
    let child = letter(&text, "Dear parent or guardian of Poppy Ashdown-Reeve,");
    assert!(text.contains("To the parent or guardian of Poppy Ashdown-Reeve 3 Wren Court Leeds LS8 2PN"), "{text}");
    assert!(child.contains(&message("notice-ack-received-guardian")), "{child}");
    assert!(child.contains(&message("notice-ack-recorded-type1-guardian")), "{child}");
    assert!(!child.contains(&message(RECEIVED)) && !text.contains("Dear Poppy"), "{child}");
    // Dated, and from the practice.
    assert_eq!(text.matches("2 March 2026").count(), 6);
    assert_eq!(text.matches("Riverside Surgery 1 River Road Leeds LS1 4AP 0113 496 0000").count(), 6, "{text}");
    assert_eq!(text.matches(&message("notice-ack-change")).count(), 5, "how to change one's mind, in each");
}

#[test]
fn the_type_wording_follows_the_code_column() {
    let (path, _) = made("emis_read_codes.csv", &practice(), "emis-types");
    let text = words(&path);
    let expected = [
        ("Ms Harriet Quillfeather", (false, true, false)),
        // "9Nu0." with Read v2's padding dot is Type 1.
        ("Mr Tomasz Wierzbicki-Lane", (false, true, false)),
        // Two rows, 9Nu0 and 9Nu4: one letter naming both.
        ("Mr Desmond Oyelaran", (false, true, true)),
        // One cell, "9Nu0;9Nu4".
        ("Dr Ifeoluwa Brantwood", (false, true, true)),
        // The code cell is blank: the letter names no type.
        ("Mrs Agnieszka Sobolewska", (true, false, false)),
    ];
    for (name, types) in expected {
        let letter = letter(&text, &format!("Dear {name},"));
        assert_eq!(wording(letter), types, "{name}: {letter}");
        assert!(letter.contains(&message(RECEIVED)) && letter.contains(&message("notice-ack-care")), "{letter}");
    }
    let blank = letter(&text, "Dear Mrs Agnieszka Sobolewska,");
    assert!(!blank.contains("Type"), "{blank}");

    // SystmOne's CTV3 codes, in a tab-separated Windows-1252 export.
    let (path, counts) = made("systmone_ctv3.txt", &practice(), "systmone");
    assert_eq!((counts.letters, counts.type1, counts.type2), (2, 1, 1), "{counts:?}");
    let text = words(&path);
    assert_eq!(wording(letter(&text, "Dear Mrs Renée Fairbrother,")), (false, true, false), "XaZ89 is Type 1");
    assert_eq!(wording(letter(&text, "Dear Mr Callum Ashgrove,")), (false, false, true), "XaaVL is Type 2");
}

#[test]
fn without_a_code_column_no_letter_names_a_type() {
    let list = read_acknowledgements(
        "vision_no_code.csv",
        &fixture("vision_no_code.csv"),
        ObjectionTypes::BOTH,
        &AcknowledgementOptions::default(),
    )
    .unwrap();
    assert!(list.code_columns.is_empty(), "{list:?}");
    let (path, counts) = made("vision_no_code.csv", &practice(), "vision");
    assert_eq!((counts.letters, counts.type_not_named, counts.type1, counts.type2), (2, 2, 0, 0));
    let text = words(&path);
    for name in ["Morwenna Penhaligon", "Jerome Okonkwo-Hale"] {
        assert_eq!(wording(letter(&text, &format!("Dear {name},"))), (true, false, false), "{name}");
    }
    for named in ["Type 1", "Type 2", "9Nu", "XaZ", "Xaa"] {
        assert!(!text.contains(named), "{named}: {text}");
    }
}

#[test]
fn a_type1_only_pilot_never_prints_type2() {
    for (name, preview) in [("type1_codes.csv", "type1-only-codes"), ("vision_no_code.csv", "type1-only-no-code")] {
        let (path, _) = made(name, &type1_only(), preview);
        let text = words(&path);
        for forbidden in ["Type 2", "9Nu4", "XaaVL", &message(TYPE2), &message("notice-ack-recorded-type2-guardian")] {
            assert!(!text.contains(forbidden), "{name}: {forbidden:?} is printed: {text}");
        }
    }
    let (path, counts) = made("type1_codes.csv", &type1_only(), "type1-only-codes");
    // Ms Marrowby's two rows (no NHS number; the same name, date of birth and address) are one letter.
    assert_eq!((counts.letters, counts.merged_rows, counts.type1), (2, 1, 2), "{counts:?}");
    assert_eq!(wording(letter(&words(&path), "Dear Elspeth Marrowby,")), (false, true, false));

    // A Type 2 code where the pilot offers Type 1 only: the run is refused, every such line named, nothing made.
    let refused = letters("emis_read_codes.csv", &type1_only(), &AcknowledgementOptions::default(), "refused");
    let error = refused.expect_err("Type 2 codes in a Type 1 only pilot");
    assert_eq!(error.code(), "acknowledgement-codes");
    let said = error.to_string();
    for line in [5, 6] {
        let place = format!("emis_read_codes.csv, line {line}: column 12 (Read Code): a Type 2 objection code");
        assert!(said.contains(&place), "{said}");
    }
    assert!(said.contains("the Type 1 objection only") && !said.contains("line 2:"), "{said}");

    // A list read for a pilot offering both types is refused by a practice offering Type 1 only, too.
    let list = read_acknowledgements(
        "emis_read_codes.csv",
        &fixture("emis_read_codes.csv"),
        ObjectionTypes::BOTH,
        &AcknowledgementOptions::default(),
    )
    .unwrap();
    let error = list.render(&type1_only(), DATED, &FontSource::default(), &mut |_, _| true).unwrap_err();
    assert!(error.to_string().contains("emis_read_codes.csv, line 5: a Type 2 objection code"), "{error}");
}

/// Whether the language's own files have the message (it does not fall back to English).
fn translated(language: &str, id: &str) -> bool {
    pathfinder_l10n::resources(language).any(|r| r.source.lines().any(|line| line.starts_with(&format!("{id} ="))))
}

#[test]
fn a_language_without_a_translation_prints_the_english_once_and_is_not_marked_bilingual() {
    // The acknowledgement has no Polish yet (a draft translation would change what this test is about).
    for id in [RECEIVED, RECORDED, TYPE1, TYPE2, "notice-ack-care", "notice-ack-change", "notice-ack-formats"] {
        assert!(!translated("pl", id), "pl translates {id}: see the bilingual letters' tests instead");
    }
    assert!(pathfinder_l10n::is_draft("pl") && translated("pl", "notice-letter-closing"));
    let list = read_acknowledgements(
        "emis_read_codes.csv",
        &fixture("emis_read_codes.csv"),
        ObjectionTypes::BOTH,
        &AcknowledgementOptions::default(),
    )
    .unwrap();
    assert_eq!(list.languages(), ["en-GB"], "the Polish row's letter is in English");
    assert!(translations::drafts(list.languages()).is_empty(), "so no draft is announced");
    let (path, counts) = made("emis_read_codes.csv", &practice(), "untranslated-pl");
    assert_eq!(counts.by_language.get("en-GB"), Some(&6), "{counts:?}");
    assert_eq!(counts.by_language.get("pl"), None, "{counts:?}");
    assert_eq!(counts.untranslated.get("pl"), Some(&1), "counted as asked for in Polish: {counts:?}");

    let text = words(&path);
    let polish = letter(&text, "Dear Mr Tomasz Wierzbicki-Lane,");
    for id in [RECEIVED, TYPE1, "notice-ack-care", "notice-ack-change", "notice-letter-closing"] {
        assert_eq!(polish.matches(&message(id)).count(), 1, "{id} is printed once: {polish}");
    }
    assert!(polish.contains("2 March 2026"), "an English letter has the English date: {polish}");
    // Nothing marks it as a translation: no draft note, no English copy, no Polish closing.
    for id in ["notice-letter-english-heading", "notice-letter-english-follows", "notice-draft-bilingual"] {
        assert!(!text.contains(&message(id)), "{id}: {polish}");
    }
    let localizer = pathfinder_l10n::Localizer::new("pl", false).unwrap();
    for id in ["notice-draft-translation", "notice-letter-closing"] {
        let polish_text = localizer.format(id, None);
        assert!(!text.contains(&polish_text), "the Polish {polish_text:?} is printed: {polish}");
    }
    // The whole file has the English paragraphs once a letter (the child's letter has its own).
    assert_eq!(text.matches(&message(RECEIVED)).count(), 5);

    // English only, the practice's choice, is not a missing translation.
    let english_only = AcknowledgementOptions { english_only: true, ..AcknowledgementOptions::default() };
    let (_, counts) = letters("emis_read_codes.csv", &practice(), &english_only, "english-only").unwrap();
    assert!(counts.untranslated.is_empty(), "{counts:?}");
    assert_eq!(counts.by_language.get("en-GB"), Some(&6));
}

#[test]
fn large_print_is_sixteen_points_or_more_and_standard_print_twelve() {
    let (path, counts) = made("large_print.csv", &practice(), "large-print");
    assert_eq!((counts.letters, counts.large_print, counts.standard), (1, 1, 0));
    let smallest = smallest_word(&path);
    assert!(smallest >= 16.0, "the smallest word of a large-print letter is {smallest} pt high");
    let text = words(&path);
    assert_eq!(wording(letter(&text, "Dear Mr Augustin Fairweather-Lowe,")), (false, true, true));
    for line in ["Flat 14 Kingfisher House", "117 Northumberland Avenue", "Blackburn with Darwen", "BB2 4NW"] {
        assert!(text.contains(line), "{line}: {text}");
    }

    let (path, counts) = made("vision_no_code.csv", &practice(), "standard-print");
    assert_eq!((counts.standard, counts.large_print), (2, 0));
    let smallest = smallest_word(&path);
    assert!(smallest >= 12.0, "the smallest word of a standard letter is {smallest} pt high");
}

#[test]
fn an_unknown_code_is_refused_naming_the_line_and_the_column() {
    let refused = letters("unknown_code.csv", &practice(), &AcknowledgementOptions::default(), "unknown");
    let error = refused.expect_err("9Nu1 (a withdrawal) and XaaVM are not objections this letter acknowledges");
    assert_eq!(error.code(), "acknowledgement-codes");
    let AcknowledgementError::Codes(problems) = &error else { panic!("{error:?}") };
    let lines: Vec<usize> = problems.iter().map(|problem| problem.line).collect();
    assert_eq!(lines, [3, 4], "every line with a code it cannot acknowledge, and no other: {problems:?}");
    let said = error.to_string();
    assert!(
        said.contains("unknown_code.csv, line 3: column 5 (Code): not an objection code this letter acknowledges"),
        "{said}"
    );
    assert!(said.contains("unknown_code.csv, line 4: column 5 (Code)"), "{said}");
    for value in ["9Nu1", "XaaVM", "Quince", "Haddleton", "Tanner"] {
        assert!(!said.contains(value), "{value} is repeated: {said}");
    }
}

#[test]
fn a_file_that_cannot_be_used_is_refused_naming_it() {
    let read = |name: &str, bytes: &[u8]| {
        read_acknowledgements(name, bytes, ObjectionTypes::BOTH, &AcknowledgementOptions::default()).unwrap_err()
    };
    let error = read("headers_only.csv", &fixture("headers_only.csv"));
    assert_eq!(error.code(), "acknowledgement-no-patients");
    assert_eq!(
        error.to_string(),
        "headers_only.csv: no row names a patient to acknowledge (it has a header row and no rows)"
    );

    let error = read("coded.csv", b"Forename,Surname,Address 1,Postcode,Code\nAda,,1 Loom Street,LS1 1AA,9Nu0\n");
    assert_eq!(
        error.to_string(),
        "coded.csv: no row names a patient to acknowledge: every row has a problem: coded.csv, line 2: surname: missing"
    );

    // Not text at all (a spreadsheet's own file), empty, or without the columns a letter needs.
    let xlsx = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xfe\xff\x00\x00\x00\x00\x00\x00";
    let error = read("coded.xlsx", xlsx);
    assert!(matches!(error, AcknowledgementError::List(ListError::NotText { .. })), "{error:?}");
    assert!(error.to_string().starts_with("coded.xlsx is not a CSV file"), "{error}");
    assert!(matches!(read("empty.csv", b""), AcknowledgementError::List(ListError::Empty { .. })));
    let error = read("coded.csv", b"Forename,Surname,Code\nAda,Lovelace,9Nu0\n");
    assert_eq!(error.code(), "patient-list-missing-columns");
    assert!(error.to_string().starts_with("coded.csv: no column for address line 1 and postcode"), "{error}");
}

#[test]
fn rows_of_the_same_person_are_merged_and_no_one_else() {
    let csv = "NHS Number,Forename,Surname,Address 1,Postcode,DOB,Language,Communication Needs,Code\n\
        9990010102,Ann,Reed,4 Mill Lane,LS6 2AB,1970-01-01,,,9Nu0\n\
        999 001 0102,Ann,Reed,\"4, Mill Lane\",ls62ab,01/01/1970,,Large print,9Nu4\n\
        ,ann,REED,4 Mill Lane.,LS6 2AB,1 January 1970,Polish,,9Nu0\n\
        ,Bob,Reed,4 Mill Lane,LS6 2AB,1972-02-02,,,9Nu0\n\
        ,Bob, Reed ,4 MILL LANE,LS6 2AB,02/02/1972,,,9Nu4\n\
        9990010110,Cal,Reed,4 Mill Lane,LS6 2AB,1999-03-03,,,9Nu0\n\
        9990010129,Cal,Reed,4 Mill Lane,LS6 2AB,1999-03-03,,,9Nu4\n\
        ,Dee,Reed,4 Mill Lane,LS6 2AB,,,,9Nu0\n\
        ,Dee,Reed,4 Mill Lane,LS6 2AB,,,,9Nu4\n\
        ,Eve,Reed,5 Mill Lane,LS6 2AB,1980-04-04,,,9Nu0\n\
        ,Eve,Reed,4 Mill Lane,LS6 2AB,1980-04-04,,,9Nu4\n";
    let list =
        read_acknowledgements("coded.csv", csv.as_bytes(), ObjectionTypes::BOTH, &AcknowledgementOptions::default())
            .unwrap();
    let merged: Vec<Vec<usize>> = list.letters.iter().map(|letter| letter.lines.clone()).collect();
    assert_eq!(
        merged,
        [vec![2, 3, 4], vec![5, 6], vec![7], vec![8], vec![9], vec![10], vec![11], vec![12]],
        "Ann by NHS number, then by name, date of birth and address; Bob by name, date of birth and address; \
         Cal's two NHS numbers are two people; Dee has neither number nor date of birth; Eve's addresses differ"
    );
    assert_eq!(list.merged_rows, 3);
    let ann = &list.letters[0];
    assert!(ann.recorded.type1 && ann.recorded.type2 && ann.patient.large_print, "{ann:?}");
    assert_eq!(ann.asked, "pl", "the first language other than English any of the rows names");
    assert!(ann.untranslated && ann.patient.language == "en-GB", "{ann:?}");
    let bob = &list.letters[1];
    assert!(bob.recorded.type1 && bob.recorded.type2, "{bob:?}");
}

#[test]
fn nothing_shown_of_a_list_holds_a_value_from_its_rows() {
    let list = read_acknowledgements(
        "emis_read_codes.csv",
        &fixture("emis_read_codes.csv"),
        ObjectionTypes::BOTH,
        &AcknowledgementOptions::default(),
    )
    .unwrap();
    let (_, counts) = made("emis_read_codes.csv", &practice(), "shown");
    let shown = format!("{list:?} {counts:?} {}", serde_json::to_string(&counts).unwrap());
    for value in ["Quillfeather", "Harriet", "Larkspur", "LS17", "999 001", "9990010", "1958", "9Nu0", "9Nu4", "Leeds"]
    {
        assert!(!shown.contains(value), "{value} is shown: {shown}");
    }
}

fn cli(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pathfinder-notices")).current_dir(dir).args(args).output().unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn the_command_line_makes_the_letters_and_refuses_what_it_cannot_acknowledge() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("practice.json"), PRACTICE_JSON).unwrap();
    let type1 = PRACTICE_JSON.replacen('}', r#", "objectionTypes": ["type1"]}"#, 1);
    std::fs::write(dir.path().join("type1.json"), type1).unwrap();
    for name in ["emis_read_codes.csv", "unknown_code.csv"] {
        std::fs::write(dir.path().join(name), fixture(name)).unwrap();
    }
    let run = |csv: &str, practice: &str, out: &str, extra: &[&str]| {
        let mut args = vec!["acknowledgements", "--csv", csv, "--practice", practice, "--out", out];
        args.extend_from_slice(extra);
        cli(dir.path(), &args)
    };

    let output = run("emis_read_codes.csv", "practice.json", "acks.pdf", &["--date", "2026-03-02"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let summary = String::from_utf8_lossy(&output.stdout);
    assert!(summary.starts_with("wrote 6 acknowledgements"), "{summary}");
    assert!(
        summary.contains(": en-GB 6; in English, not yet translated: pl 1; standard 5, large print 1;"),
        "{summary}"
    );
    assert!(summary.contains("1 to a parent or guardian; naming Type 1 5, Type 2 2, no type 1;"), "{summary}");
    assert!(summary.contains("1 rows of the same person merged; 0 rows left out"), "{summary}");
    assert!(stderr(&output).is_empty(), "no draft is announced, no row has a problem: {}", stderr(&output));
    let text = words(&dir.path().join("acks.pdf"));
    assert_eq!(text.matches(&message(RECEIVED)).count(), 5, "{text}");
    assert!(text.contains("2 March 2026"));
    let told = format!("{summary}{}", stderr(&output));
    assert!(!told.contains("Quillfeather") && !told.contains("9Nu0"), "nothing of the list is printed: {told}");

    let output = run("emis_read_codes.csv", "practice.json", "english.pdf", &["--english-only"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!String::from_utf8_lossy(&output.stdout).contains("not yet translated"));

    // Bad input: exit code 2, the file, line and column named, and no file left.
    let output = run("unknown_code.csv", "practice.json", "unknown.pdf", &[]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("unknown_code.csv, line 3: column 5 (Code)"), "{}", stderr(&output));
    assert!(!dir.path().join("unknown.pdf").exists(), "no file after a refused run");
    let output = run("emis_read_codes.csv", "type1.json", "type1.pdf", &[]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("emis_read_codes.csv, line 5: column 12 (Read Code): a Type 2"));
    assert!(!dir.path().join("type1.pdf").exists());
    let output = run("missing.csv", "practice.json", "missing.pdf", &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("missing.csv"), "{}", stderr(&output));
    let output = run("emis_read_codes.csv", "practice.json", "dated.pdf", &["--date", "2 March"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--date 2 March"), "{}", stderr(&output));
    let leftovers: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(
        !leftovers.iter().any(|n| n.starts_with('.') || n.ends_with(".pdf") && n != "acks.pdf" && n != "english.pdf"),
        "no temporary or partial file is left: {leftovers:?}"
    );
}
