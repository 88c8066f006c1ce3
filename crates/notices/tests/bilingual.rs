//! Draft translations never reach a patient alone: a letter or notice in a draft language carries the English text,
//! and a translated form carries English labels for the staff who code it. Each test reads the PDF back with
//! pdftotext, as a person reading the page would; the letters' pages are left as PNGs in target/notices-preview/.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pathfinder_notices::documents::letters::render_letters;
use pathfinder_notices::documents::{FontSource, Kind, format_date, render};
use pathfinder_notices::patients::{Grouping, PunjabiScript, letters, read_patient_list, read_patient_list_in};
use time::macros::date;

mod support;
use support::{PRACTICE_JSON as PRACTICE, pdf_text, practice, preview_dir, smallest_word};

/// The text of a PDF without whitespace: readers recover right-to-left text with spaces moved about.
fn compact_text(path: &Path) -> String {
    compact(&pdf_text(path))
}

fn compact(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && !matches!(c, '\u{202a}' | '\u{202b}' | '\u{202c}')).collect()
}

fn message(language: &str, id: &str) -> String {
    let localizer = pathfinder_l10n::Localizer::new(language, false).unwrap();
    let mut args = pathfinder_l10n::FluentArgs::new();
    let practice = practice();
    args.set("practice", practice.name.clone());
    args.set("phone", practice.phone.clone());
    args.set("address", practice.address.join(", "));
    args.set("start", format_date(practice.window_start, localizer.locale()));
    args.set("end", format_date(practice.window_end, localizer.locale()));
    args.set("extract", format_date(practice.first_extract, localizer.locale()));
    localizer.format(id, Some(&args))
}

/// Whether the language's own files translate `id` (it does not fall back to English).
fn translated(language: &str, id: &str) -> bool {
    pathfinder_l10n::resources(language).any(|r| r.source.lines().any(|line| line.starts_with(&format!("{id} ="))))
}

/// The letters for a list, written to `name` under target/notices-preview/.
fn letters_pdf(
    csv: &str,
    punjabi: PunjabiScript,
    name: &str,
) -> (PathBuf, pathfinder_notices::documents::letters::Counts) {
    let list = read_patient_list_in("patients.csv", csv.as_bytes(), None, punjabi).unwrap();
    assert!(list.problems.is_empty(), "{:?}", list.problems);
    let dated = date!(2026 - 03 - 02);
    let planned = letters(&list.patients, Grouping::each(dated));
    let (bytes, counts) =
        render_letters(&practice(), &planned, dated, &FontSource::default(), &mut |_, _| true).unwrap();
    let path = preview_dir().join(name);
    std::fs::write(&path, bytes).unwrap();
    (path, counts)
}

fn one_patient(language: &str) -> String {
    format!("Title,Forename,Surname,Address 1,Postcode,Language\nMr,Adam,Reed,12 Mill Lane,LS6 2AB,{language}\n")
}

const LETTER: [&str; 4] =
    ["notice-letter-opening", "notice-letter-dates", "notice-letter-closing", "notice-letter-enclosure"];

/// The labels staff read on a returned form.
const FORM_LABELS: [&str; 9] = [
    "notice-form-heading",
    "notice-form-person",
    "notice-form-name",
    "notice-form-dob",
    "notice-form-nhs",
    "notice-form-address",
    "notice-form-signature",
    "notice-form-date",
    "notice-form-office",
];

#[test]
fn a_polish_letter_goes_with_the_english_letter_and_its_form_has_english_labels() {
    let (path, counts) = letters_pdf(&one_patient("Polish"), PunjabiScript::Gurmukhi, "bilingual-letter-pl.pdf");
    assert_eq!(counts.by_language.get("pl"), Some(&1));
    let text = compact_text(&path);
    for id in LETTER.iter().chain(&FORM_LABELS).chain(&["notice-form-type2"]) {
        assert!(translated("pl", id), "the Polish draft translates {id}");
        let (polish, english) = (message("pl", id), message("en-GB", id));
        assert_ne!(polish, english, "{id}");
        assert!(text.contains(&compact(&polish)), "{id}: the Polish {polish:?} is printed");
        assert!(text.contains(&compact(&english)), "{id}: the English {english:?} is printed with it");
    }
    assert!(text.contains(&compact(&message("en-GB", "notice-letter-english-heading"))));
    assert!(text.contains(&compact(&message("en-GB", "notice-draft-bilingual"))), "the draft is said to be one");
}

#[test]
fn a_returned_urdu_form_can_be_read_and_coded_by_staff_who_read_english() {
    for kind in [Kind::ObjectionForm, Kind::WithdrawalForm] {
        let bytes = render(kind, &practice(), "ur", false, &FontSource::default()).unwrap();
        let path = preview_dir().join(format!("bilingual-{}-ur.pdf", kind.as_str()));
        std::fs::write(&path, bytes).unwrap();
        let text = compact_text(&path);
        let labels: &[&str] = match kind {
            Kind::ObjectionForm => &FORM_LABELS,
            _ => &[
                "notice-form-name",
                "notice-form-dob",
                "notice-form-nhs",
                "notice-form-address",
                "notice-form-signature",
                "notice-form-date",
            ],
        };
        let boxes: &[&str] = match kind {
            Kind::ObjectionForm => &["notice-form-type1-identifiable", "notice-form-type2"],
            _ => &["notice-withdrawal-type1", "notice-withdrawal-type2", "notice-withdrawal-office"],
        };
        for id in labels.iter().chain(boxes) {
            let english = message("en-GB", id);
            assert!(text.contains(&compact(&english)), "{kind:?} {id}: the English label {english:?} is on the form");
            if translated("ur", id) {
                let urdu = message("ur", id);
                // Every Arabic-script word of the label comes back (readers move neutral characters about, and may
                // drop or move the short-vowel marks, so those are left out of the comparison).
                let bare = |s: &str| s.chars().filter(|c| !('\u{64b}'..='\u{65f}').contains(c)).collect::<String>();
                let text = bare(&text);
                for word in urdu.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().any(|c| c > '\u{5ff}')) {
                    let word = bare(word);
                    assert!(text.contains(&word), "{kind:?} {id}: the Urdu {word:?} of {urdu:?} is on the form");
                }
            }
        }
    }
}

#[test]
fn an_english_letter_has_no_english_copy_and_no_draft_note() {
    let (path, counts) = letters_pdf(&one_patient("English"), PunjabiScript::Gurmukhi, "bilingual-letter-en-GB.pdf");
    assert_eq!(counts.by_language.get("en-GB"), Some(&1));
    let text = compact_text(&path);
    for id in LETTER {
        assert_eq!(text.matches(&compact(&message("en-GB", id))).count(), 1, "{id} is printed once");
    }
    assert_eq!(text.matches(&compact(&message("en-GB", "notice-form-name"))).count(), 5, "one label a person");
    for id in ["notice-letter-english-heading", "notice-draft-bilingual", "notice-letter-english-follows"] {
        assert!(!text.contains(&compact(&message("en-GB", id))), "{id} is not on an English letter");
    }
}

#[test]
fn shahmukhi_rows_get_letters_in_the_arabic_script_and_plain_punjabi_follows_the_practice() {
    let csv = "Title,Forename,Surname,Address 1,Postcode,Language\n\
               Mr,Imran,Akhtar,5 Oak Road,LS9 2AB,Punjabi (Shahmukhi)\n\
               Mrs,Nasreen,Akhtar,6 Oak Road,LS9 2AD,pnb\n\
               Mrs,Harjit,Kaur,7 Oak Road,LS9 2AE,Punjabi\n";
    let (path, counts) = letters_pdf(csv, PunjabiScript::Gurmukhi, "bilingual-letters-punjabi.pdf");
    assert_eq!(counts.by_language.get("pa-Arab"), Some(&2), "{counts:?}");
    assert_eq!(counts.by_language.get("pa"), Some(&1), "a plain Punjabi is Gurmukhi unless the practice chooses");
    let text = compact_text(&path);
    let shahmukhi = message("pa-Arab", "notice-letter-opening");
    assert!(shahmukhi.chars().filter(|c| ('\u{600}'..='\u{6ff}').contains(c)).count() > 50, "{shahmukhi}");
    for word in shahmukhi.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().any(|c| c > '\u{5ff}')) {
        assert!(text.contains(word), "the Shahmukhi {word:?} is printed");
    }
    assert!(text.contains(&compact(&message("en-GB", "notice-letter-opening"))), "with the English");

    let (_, counts) = letters_pdf(csv, PunjabiScript::Shahmukhi, "bilingual-letters-punjabi-shahmukhi.pdf");
    assert_eq!(counts.by_language.get("pa-Arab"), Some(&3), "the practice prints plain Punjabi in Shahmukhi");
}

/// RNIB Clear Print holds for the English beside a translation too: 12 pt and up, 16 pt and up in large print.
#[test]
fn the_english_beside_a_translation_is_no_smaller_than_clear_print_allows() {
    for (kind, large_print) in [
        (Kind::Leaflet, false),
        (Kind::ObjectionForm, false),
        (Kind::PosterA4, false),
        (Kind::Leaflet, true),
        (Kind::ObjectionForm, true),
        (Kind::PosterA4, true),
    ] {
        let bytes = render(kind, &practice(), "pl", large_print, &FontSource::default()).unwrap();
        let path = preview_dir().join(format!("bilingual-size-{}-{large_print}.pdf", kind.as_str()));
        std::fs::write(&path, bytes).unwrap();
        let least = if large_print { 16.0 } else { 12.0 };
        let smallest = smallest_word(&path);
        assert!(smallest >= least - 0.05, "{kind:?} large print {large_print}: a word is {smallest} pt high");
    }
}

/// A PNG of each page of a bilingual letter (the letter, the English letter, the form's first page) in every
/// script, for a person to look at.
#[test]
fn bilingual_letters_in_every_script_leave_previews() {
    for language in pathfinder_l10n::languages().iter().filter(|l| pathfinder_l10n::is_draft(&l.code)) {
        let code = language.code.as_str();
        let (path, counts) = letters_pdf(&one_patient(code), PunjabiScript::Gurmukhi, &format!("letter-{code}.pdf"));
        assert_eq!(counts.by_language.get(code), Some(&1), "{code}");
        // The letter (one page), the English letter (one page), then the form.
        let text = compact_text(&path);
        assert!(text.contains(&compact(&message("en-GB", "notice-letter-english-intro"))), "{code}");
        let status = Command::new("pdftoppm")
            .args(["-r", "60", "-png", "-f", "1", "-l", "3"])
            .arg(&path)
            .arg(preview_dir().join(format!("letter-bilingual-{code}")))
            .status()
            .expect("pdftoppm");
        assert!(status.success());
    }
    assert!(pathfinder_l10n::is_draft("pa-Arab"), "the Shahmukhi translation is a draft until someone reviews it");
}

fn cli(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pathfinder-notices")).current_dir(dir).args(args).output().unwrap()
}

#[test]
fn the_command_line_names_the_drafts_first_and_english_only_prints_english() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("practice.json"), PRACTICE).unwrap();
    std::fs::write(
        dir.path().join("patients.csv"),
        "Title,Forename,Surname,Address 1,Postcode,Language\n\
         Mr,Tomasz,Nowak,9 Ash Grove,LS3 1DF,Polish\n\
         Mrs,Fatima,Hussain,7 Park View,LS8 4EF,Urdu\n\
         Ms,Grace,Okafor,4 Elm Street,LS2 7AB,English\n",
    )
    .unwrap();
    let args = ["letters", "--csv", "patients.csv", "--practice", "practice.json"];
    let output = cli(dir.path(), &[&args[..], &["--out", "letters.pdf"]].concat());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("draft translations, not yet reviewed: pl, ur; printed with the English text beside them"),
        "{stderr}"
    );
    let text = compact_text(&dir.path().join("letters.pdf"));
    assert!(text.contains(&compact(&message("pl", "notice-letter-opening"))));

    let output = cli(dir.path(), &[&args[..], &["--english-only", "--out", "english.pdf"]].concat());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("draft"), "no draft is printed: {stderr}");
    let summary = String::from_utf8_lossy(&output.stdout);
    assert!(summary.contains(": en-GB 3;"), "{summary}");
    let text = compact_text(&dir.path().join("english.pdf"));
    assert!(!text.contains(&compact(&message("pl", "notice-letter-opening"))), "no Polish");
    assert_eq!(text.matches(&compact(&message("en-GB", "notice-letter-opening"))).count(), 3);

    // A single notice in a draft language says so too, and --english-only makes it in English.
    let output =
        cli(dir.path(), &["leaflet", "--out", "leaflet.pdf", "--practice", "practice.json", "--lang", "pa-Arab"]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("not yet reviewed: pa-Arab"));
    let output = cli(
        dir.path(),
        &["leaflet", "--out", "l.pdf", "--practice", "practice.json", "--lang", "ur", "--english-only"],
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "wrote leaflet (en-GB) to l.pdf");

    // The practice's choice of script for a plain "Punjabi".
    std::fs::write(dir.path().join("punjabi.csv"), one_patient("Punjabi")).unwrap();
    let punjabi = ["letters", "--csv", "punjabi.csv", "--out", "p.pdf", "--practice", "practice.json"];
    let output = cli(dir.path(), &punjabi);
    assert!(String::from_utf8_lossy(&output.stdout).contains(": pa 1;"));
    let output = cli(dir.path(), &[&punjabi[..], &["--punjabi-script", "shahmukhi"]].concat());
    assert!(String::from_utf8_lossy(&output.stdout).contains(": pa-Arab 1;"), "{output:?}");
    assert!(String::from_utf8_lossy(&output.stderr).contains("not yet reviewed: pa-Arab"));
}

#[test]
fn a_list_read_without_a_choice_keeps_punjabi_in_gurmukhi() {
    let list = read_patient_list("patients.csv", one_patient("Punjabi").as_bytes(), None).unwrap();
    assert_eq!(list.patients[0].language, "pa");
}

/// A paragraph the draft lacks is printed once, in English (with English dates), not twice.
#[test]
fn a_paragraph_the_draft_lacks_is_printed_once_in_english() {
    let id = "notice-poster-intro";
    assert!(!translated("pa-Arab", id), "the Shahmukhi draft lacks {id}");
    let bytes = render(Kind::PosterA4, &practice(), "pa-Arab", false, &FontSource::default()).unwrap();
    let path = preview_dir().join("bilingual-poster-pa-Arab.pdf");
    std::fs::write(&path, bytes).unwrap();
    let text = compact_text(&path);
    assert_eq!(text.matches(&compact(&message("en-GB", id))).count(), 1, "{text}");
    assert!(!text.contains("02/03/2026"), "the English sentence has the English date");
}

/// Where the words of the first page of a PDF start: each word (or line, where the page gives its ActualText) and
/// its left edge, in points, from pdftotext.
fn first_page_words(path: &Path) -> Vec<(String, f32)> {
    let out = Command::new("pdftotext")
        .args(["-bbox", "-f", "1", "-l", "1", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    html.lines()
        .filter(|line| line.contains("<word"))
        .filter_map(|line| {
            let start = line.find("xMin=\"")? + 6;
            let x = line[start..].split('"').next()?.parse::<f32>().ok()?;
            let word = line.split('>').nth(1)?.split('<').next()?.to_owned();
            Some((word, x))
        })
        .collect()
}

/// A letter's paragraph the translation lacks is printed in English, and English reads left to right: in a
/// right-to-left letter it starts at the left margin, as the other untranslated paragraphs do, not against the right.
#[test]
fn an_english_fallback_on_a_right_to_left_letter_reads_left_to_right() {
    let margin = 20.0 * 72.0 / 25.4;
    let mut checked = 0;
    for language in ["ar", "ur", "pa-Arab"] {
        // The greeting of a letter to a parent or guardian, and the paragraph naming the children of a household.
        let cases = [
            (
                "notice-letter-greeting-guardian",
                "Dear",
                "Forename,Surname,Address 1,Postcode,DOB,Language\n\
              Tom,Reed,4 Mill Lane,LS6 2AB,14/05/2015,{language}\n",
            ),
            (
                "notice-letter-children",
                "This",
                "Forename,Surname,Address 1,Postcode,DOB,Language\n\
              Adam,Reed,4 Mill Lane,LS6 2AB,02/03/1980,{language}\nTom,Reed,4 Mill Lane,LS6 2AB,14/05/2015,{language}\n",
            ),
        ];
        for (id, first_word, csv) in cases {
            if translated(language, id) {
                continue;
            }
            let csv = csv.replace("{language}", language);
            let list = read_patient_list("patients.csv", csv.as_bytes(), None).unwrap();
            assert!(list.problems.is_empty(), "{:?}", list.problems);
            let dated = date!(2026 - 03 - 02);
            let planned = letters(&list.patients, Grouping::households(dated));
            let (bytes, counts) =
                render_letters(&practice(), &planned, dated, &FontSource::default(), &mut |_, _| true).unwrap();
            assert_eq!(counts.by_language.get(language), Some(&1), "{language}");
            let path = preview_dir().join(format!("rtl-fallback-{id}-{language}.pdf"));
            std::fs::write(&path, bytes).unwrap();
            let words = first_page_words(&path);
            let x = words.iter().find(|(word, _)| word.starts_with(first_word)).map(|&(_, x)| x);
            let x = x.unwrap_or_else(|| panic!("{language} {id}: {first_word:?} is not on the letter: {words:?}"));
            assert!((x - margin).abs() < 1.0, "{language} {id}: the English starts {x} pt in, not at the margin");
            checked += 1;
        }
    }
    assert!(checked > 0, "some right-to-left language lacks one of these messages (else this test checks nothing)");
}
