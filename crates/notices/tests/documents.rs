//! Every document in every notice language renders, reads back with pdftotext, and leaves a PNG preview of its
//! first page under target/notices-preview/ for a person to look at.

use std::path::Path;
use std::process::Command;

use pathfinder_notices::documents::{
    FontSource, Kind, ObjectionTypes, PracticeDetails, letters::render_letters, render,
};
use pathfinder_notices::patients::{Grouping, letters, read_patient_list};
use time::macros::date;

mod support;
use support::{pdf_text, practice, preview_dir, smallest_word};

fn text_of(path: &Path) -> String {
    // pdftotext marks right-to-left lines with embedding controls and breaks lines where the layout did.
    pdf_text(path).replace(['\u{202b}', '\u{202c}', '\u{202a}'], "")
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Without whitespace: readers recover right-to-left text with spaces moved around neutral punctuation.
fn letters_only(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn preview(path: &Path, name: &str) {
    let status = Command::new("pdftoppm")
        .args(["-r", "60", "-png", "-singlefile", "-f", "1", "-l", "1"])
        .arg(path)
        .arg(preview_dir().join(name))
        .status()
        .expect("pdftoppm");
    assert!(status.success());
}

/// The languages the notices are offered in (locales/languages.json).
fn languages() -> Vec<&'static str> {
    pathfinder_l10n::languages().iter().map(|l| l.code.as_str()).collect()
}

#[test]
fn every_document_in_every_language_renders_and_reads_back() {
    let fonts = FontSource::default();
    for language in languages() {
        let localizer = pathfinder_l10n::Localizer::new(language, false).unwrap();
        for kind in Kind::ALL {
            for large_print in [false, true] {
                let bytes = render(kind, &practice(), language, large_print, &fonts)
                    .unwrap_or_else(|e| panic!("{language} {kind:?}: {e}"));
                let variant = if large_print { "large" } else { "standard" };
                let name = format!("{}-{language}-{variant}", kind.as_str());
                let path = preview_dir().join(format!("{name}.pdf"));
                std::fs::write(&path, &bytes).unwrap();
                let text = letters_only(&text_of(&path));
                let heading = match kind {
                    Kind::PosterA4 | Kind::PosterA3 => "notice-poster-title",
                    Kind::Leaflet => "notice-leaflet-heading",
                    Kind::ObjectionForm => "notice-form-heading",
                    Kind::WithdrawalForm => "notice-withdrawal-heading",
                    Kind::StaffBriefing => "notice-briefing-heading",
                };
                let expected = localizer.format(heading, None);
                // Every word of the heading comes back; readers may move neutral punctuation (a colon between
                // right-to-left and left-to-right words) when they restore the logical order.
                for word in expected.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() > 1) {
                    assert!(text.contains(word), "{name}: {word:?} of {expected:?} not in {text:?}");
                }
                let form = matches!(kind, Kind::ObjectionForm | Kind::WithdrawalForm);
                assert!(text.contains("RiversideSurgery") || form && !text.is_empty(), "{name}");
                if !large_print {
                    preview(&path, &name);
                }
            }
        }
    }
}

#[test]
fn large_print_is_sixteen_points_or_more() {
    let bytes = render(Kind::Leaflet, &practice(), "en-GB", true, &FontSource::default()).unwrap();
    let path = preview_dir().join("leaflet-en-GB-large-check.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let smallest = smallest_word(&path);
    assert!(smallest >= 16.0, "the smallest word is {smallest} pt high");
}

#[test]
fn seven_people_in_three_households_get_three_letters_naming_the_right_people() {
    let csv = "Title,Forename,Surname,Address Line 1,Address Line 2,Postcode,Preferred Language,Communication Needs\n\
        Mr,Adam,Ashworth,12 Mill Lane,Leeds,LS6 2AB,English,\n\
        Mrs,Beth,Ashworth,12 Mill Lane,Leeds,LS6 2AB,English,\n\
        Ms,Cara,Bielska,3 Oak Court,Leeds,LS7 3DE,Polish,\n\
        Master,Dan,Ashworth,12 Mill Lane,Leeds,ls62ab,English,\n\
        Mr,Emil,Bielski,\"3 Oak Court\",\"Leeds\",LS7 3DE,Polish,\n\
        Mrs,Fatima,Hussain,7 Park View,Leeds,LS8 4EF,Urdu,Large print\n\
        Mr,Imran,Hussain,7 Park View,Leeds,LS8 4EF,Urdu,\n";
    let list = read_patient_list("patients.csv", csv.as_bytes(), None).unwrap();
    assert!(list.problems.is_empty(), "{:?}", list.problems);
    let households = letters(&list.patients, Grouping::households(date!(2026 - 02 - 23)));
    assert_eq!(households.len(), 3);
    let (bytes, counts) =
        render_letters(&practice(), &households, date!(2026 - 02 - 23), &FontSource::default(), &mut |_, _| true)
            .unwrap();
    assert_eq!(counts.letters, 3);
    assert_eq!(counts.by_language.get("en-GB"), Some(&1));
    assert_eq!((counts.standard, counts.large_print), (2, 1), "one at the address needs large print");
    let path = preview_dir().join("letters-households.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let raw = text_of(&path);
    let pages = raw.matches('\u{c}').count();
    let text = words(&raw);
    for name in ["Mr Adam Ashworth", "Mrs Beth Ashworth", "Master Dan Ashworth", "Ms Cara Bielska", "Mr Emil Bielski"] {
        assert!(text.contains(name), "{name} is named: {text}");
    }
    assert_eq!(pages, counts.pages);
    let first_letter = &text[..text.find("Bielska").unwrap()];
    assert!(first_letter.contains("Dear Mr Adam Ashworth, Mrs Beth Ashworth, Master Dan Ashworth,"), "{first_letter}");
}

#[test]
fn a_cancelled_run_stops_and_gives_nothing() {
    let csv =
        "Forename,Surname,Address 1,Postcode\nAda,Lovelace,1 Loom Street,LS1 1AA\nBob,Babbage,2 Engine Row,LS1 1AB\n";
    let list = read_patient_list("patients.csv", csv.as_bytes(), None).unwrap();
    let households = letters(&list.patients, Grouping::each(date!(2026 - 02 - 23)));
    let mut seen = 0;
    let result =
        render_letters(&practice(), &households, date!(2026 - 02 - 23), &FontSource::default(), &mut |done, total| {
            seen = done;
            assert_eq!(total, 2);
            false
        });
    assert!(matches!(result, Err(pathfinder_notices::documents::NoticeError::Cancelled)));
    assert_eq!(seen, 1, "it stopped after the first letter");
}

/// What a patient reads is a statement the practice signs: each English notice carries the statements the public
/// record supports (by message id: identifiable, not anonymous; health and care purposes only; who may object for
/// whom; care unaffected; a change of mind; other formats) and none of what the 2014 leaflet got wrong.
#[test]
fn the_english_notices_say_what_is_true_and_nothing_that_is_not() {
    // Both settings of the pilot: Type 1 and Type 2 on offer, or (as the programme board decided late in 2014)
    // Type 1 only, when no notice may offer or speak of Type 2.
    for types in [ObjectionTypes::BOTH, ObjectionTypes::TYPE1_ONLY] {
        say_what_is_true(types);
    }
}

fn say_what_is_true(types: ObjectionTypes) {
    let practice = PracticeDetails { objection_types: types, ..practice() };
    let both = types.offers_type2();
    let localizer = pathfinder_l10n::Localizer::new("en-GB", false).unwrap();
    let mut args = pathfinder_l10n::FluentArgs::new();
    args.set("phone", practice.phone.clone());
    let required: [(&str, &[&str]); 6] = [
        ("poster", &["notice-poster-what-identifiable", "notice-poster-why-purposes", "notice-poster-ask"]),
        (
            "leaflet",
            if both {
                &[
                    "notice-leaflet-what-identifiable",
                    "notice-leaflet-who-purposes",
                    "notice-leaflet-object-for-whom",
                    "notice-leaflet-type1-identifiable",
                    "notice-leaflet-type2",
                    "notice-leaflet-change",
                    "notice-leaflet-formats",
                ]
            } else {
                &[
                    "notice-leaflet-what-identifiable",
                    "notice-leaflet-who-purposes",
                    "notice-leaflet-object-for-whom",
                    "notice-leaflet-object-type1-only",
                    "notice-leaflet-change",
                    "notice-leaflet-formats",
                ]
            },
        ),
        (
            "form",
            if both {
                &[
                    "notice-form-intro-each-type",
                    "notice-form-type1-identifiable",
                    "notice-form-type2",
                    "notice-form-on-behalf-authority",
                ]
            } else {
                &["notice-form-intro-type1-only", "notice-form-type1-identifiable", "notice-form-on-behalf-authority"]
            },
        ),
        (
            "withdrawal",
            if both {
                &["notice-withdrawal-intro", "notice-withdrawal-type1", "notice-withdrawal-type2"]
            } else {
                &["notice-withdrawal-intro-type1-only", "notice-withdrawal-type1"]
            },
        ),
        ("briefing", if both { &["notice-briefing-types"] } else { &["notice-briefing-types-type1-only"] }),
        (
            "letter",
            &[
                "notice-letter-what-identifiable",
                "notice-letter-choice-for-whom",
                "notice-letter-care",
                "notice-letter-formats",
                "notice-form-type1-identifiable",
            ],
        ),
    ];
    // The form is enclosed, not always on the next page (a draft's English letter comes first; large print runs on).
    let mut forbidden = vec![
        "Better information means better care",
        "name and address",
        "children and adults",
        "usually in a form",
        "form on the next page",
    ];
    if !both {
        // Nothing offers, names or codes the objection the pilot does not offer, or says there is no other.
        forbidden.extend(["Type 2", "9Nu4", "two kinds", "two types", "each type", "there is one kind"]);
    }
    let csv = b"Surname,Address 1,Postcode\nReed,1 Mill Lane,LS6 2AB\n";
    let list = read_patient_list("patients.csv", csv, None).unwrap();
    let households = letters(&list.patients, Grouping::households(date!(2026 - 02 - 23)));
    let fonts = FontSource::default();
    let documents = [
        ("poster", render(Kind::PosterA4, &practice, "en-GB", false, &fonts).unwrap()),
        ("leaflet", render(Kind::Leaflet, &practice, "en-GB", false, &fonts).unwrap()),
        ("form", render(Kind::ObjectionForm, &practice, "en-GB", false, &fonts).unwrap()),
        ("withdrawal", render(Kind::WithdrawalForm, &practice, "en-GB", false, &fonts).unwrap()),
        ("briefing", render(Kind::StaffBriefing, &practice, "en-GB", false, &fonts).unwrap()),
        ("letter", render_letters(&practice, &households, date!(2026 - 02 - 23), &fonts, &mut |_, _| true).unwrap().0),
    ];
    let setting = if both { "both" } else { "type1-only" };
    for (name, bytes) in documents {
        let path = preview_dir().join(format!("content-{name}-{setting}.pdf"));
        std::fs::write(&path, &bytes).unwrap();
        let text = text_of(&path);
        let (compact, flowing) = (letters_only(&text), words(&text));
        let ids = required.iter().find(|(document, _)| *document == name).unwrap().1;
        for id in ids {
            let statement = localizer.format(id, Some(&args));
            assert!(
                compact.contains(&letters_only(&statement)),
                "the {name} ({setting}) says {id}: {statement:?}\n{flowing}"
            );
        }
        for phrase in &forbidden {
            assert!(!flowing.contains(phrase), "the {name} ({setting}) must not say {phrase:?}:\n{flowing}");
        }
        let boxes = flowing.matches("Type 2:").count();
        match (name, both) {
            ("form", true) => assert_eq!(boxes, 5, "a Type 2 box for each of the form's five people"),
            ("withdrawal", true) => assert!(flowing.contains("Take back my Type 2 objection")),
            _ => {}
        }
    }
}

/// Every language follows the pilot's setting: where Type 2 is not offered, no notice in any language (poster,
/// leaflet, objection and withdrawal forms, staff briefing, a letter) has the Type 2 code (9Nu4, which every
/// translation's Type 2 wording carries) or prints any message that speaks of Type 2, in the language or in English;
/// the forms keep their Type 1 box.
#[test]
fn no_notice_in_any_language_offers_type2_where_the_pilot_does_not() {
    let practice = PracticeDetails { objection_types: ObjectionTypes::TYPE1_ONLY, ..practice() };
    let fonts = FontSource::default();
    // The messages used only where the pilot offers Type 2.
    let type2 = [
        "notice-leaflet-type1-identifiable",
        "notice-leaflet-type2",
        "notice-form-intro-each-type",
        "notice-form-type2",
        "notice-withdrawal-intro",
        "notice-withdrawal-type2",
        "notice-briefing-types",
    ];
    let dated = date!(2026 - 02 - 23);
    for language in languages() {
        let csv = format!("Forename,Surname,Address 1,Postcode,Language\nAdam,Reed,1 Mill Lane,LS6 2AB,{language}\n");
        let list = read_patient_list("patients.csv", csv.as_bytes(), None).unwrap();
        let households = letters(&list.patients, Grouping::each(dated));
        assert_eq!(households[0].language, pathfinder_l10n::find_language(language).unwrap().code);
        let letter = render_letters(&practice, &households, dated, &fonts, &mut |_, _| true).unwrap().0;
        let mut documents: Vec<(&str, Vec<u8>)> = [Kind::PosterA4, Kind::Leaflet, Kind::ObjectionForm]
            .into_iter()
            .chain([Kind::WithdrawalForm, Kind::StaffBriefing])
            .map(|kind| (kind.as_str(), render(kind, &practice, language, false, &fonts).unwrap()))
            .collect();
        documents.push(("letter", letter));
        let speaking_of_type2: Vec<String> = [language, "en-GB"]
            .iter()
            .flat_map(|code| {
                let localizer = pathfinder_l10n::Localizer::new(code, false).unwrap();
                let mut args = pathfinder_l10n::FluentArgs::new();
                args.set("phone", practice.phone.clone());
                type2.map(|id| letters_only(&localizer.format(id, Some(&args))))
            })
            .collect();
        for (name, bytes) in documents {
            let path = preview_dir().join(format!("type1-only-{name}-{language}.pdf"));
            std::fs::write(&path, &bytes).unwrap();
            let text = words(&text_of(&path));
            assert!(!text.contains("9Nu4") && !text.contains("Type 2"), "{language} {name} speaks of Type 2: {text}");
            let compact = letters_only(&text);
            for message in &speaking_of_type2 {
                assert!(!compact.contains(message.as_str()), "{language} {name} prints {message:?}");
            }
            if matches!(name, "objection-form" | "letter") {
                assert!(text.contains("9Nu0"), "{language} {name}: the Type 1 box is there");
            }
        }
    }
}

/// Plain English: the patient-facing notices (not the staff briefing) score 60 or more for reading ease (Flesch),
/// counted over every English sentence they print.
#[test]
fn the_english_notices_are_plain_english() {
    let (_, _, source) = pathfinder_l10n::all_files()
        .iter()
        .find(|(locale, file, _)| *locale == "en-GB" && *file == "notices.ftl")
        .expect("the English notices");
    let patient_facing = ["notice-poster-", "notice-leaflet-", "notice-form-", "notice-letter-", "notice-ack-"];
    let text: Vec<String> = source
        .lines()
        .filter(|line| patient_facing.iter().any(|prefix| line.starts_with(prefix)))
        .filter_map(|line| line.split_once(" = ").map(|(_, text)| text.to_owned()))
        // A variable reads as one short word, as a date or a name does.
        .map(|text| {
            text.split('{')
                .map(|part| part.split_once('}').map_or(part, |(_, rest)| rest))
                .collect::<Vec<_>>()
                .join("March")
        })
        .collect();
    let score = flesch_reading_ease(&text.join(" "));
    assert!(score >= 60.0, "reading ease {score:.1} is below 60");
}

fn flesch_reading_ease(text: &str) -> f64 {
    let sentences = text.split(['.', '!', '?', ':', ';']).filter(|s| s.chars().any(char::is_alphabetic)).count();
    let words: Vec<&str> = text.split(|c: char| !c.is_alphabetic() && c != '\'').filter(|w| !w.is_empty()).collect();
    let syllables: usize = words.iter().map(|word| syllables(word)).sum();
    let (words, sentences) = (words.len() as f64, sentences.max(1) as f64);
    206.835 - 1.015 * words / sentences - 84.6 * syllables as f64 / words
}

/// Vowel groups, less a silent final "e": the usual estimate, close enough to rank texts.
fn syllables(word: &str) -> usize {
    let word = word.to_ascii_lowercase();
    let vowel = |c: char| "aeiouy".contains(c);
    let mut groups = 0;
    let mut previous = false;
    for c in word.chars() {
        let is_vowel = vowel(c);
        if is_vowel && !previous {
            groups += 1;
        }
        previous = is_vowel;
    }
    if word.len() > 3 && word.ends_with('e') && !word.ends_with("le") && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

#[test]
fn the_syllable_count_follows_the_usual_rules() {
    let counted: Vec<usize> = ["care", "practice", "information", "objection", "table", "you"].map(syllables).into();
    assert_eq!(counted, [1, 2, 4, 3, 2, 1]);
    assert!(flesch_reading_ease("The cat sat on the mat.") > 100.0);
    assert!(flesch_reading_ease("Identifiable information is disseminated institutionally.") < 0.0);
}

/// RNIB Clear Print: standard print is 12 pt or more, large print 16 pt or more, every word of the page.
#[test]
fn standard_print_is_twelve_points_or_more() {
    for kind in Kind::ALL {
        let bytes = render(kind, &practice(), "en-GB", false, &FontSource::default()).unwrap();
        let path = preview_dir().join(format!("{}-en-GB-size-check.pdf", kind.as_str()));
        std::fs::write(&path, &bytes).unwrap();
        let smallest = smallest_word(&path);
        assert!(smallest >= 12.0, "{kind:?}: the smallest word is {smallest} pt high");
    }
}

/// The objection form's return address and the number for questions and other formats come from the practice:
/// without them no notice is made, and the error names what is missing.
#[test]
fn a_notice_needs_the_practices_address_and_phone_number() {
    let no_phone = PracticeDetails { phone: " ".into(), ..practice() };
    let error = render(Kind::ObjectionForm, &no_phone, "en-GB", false, &FontSource::default()).unwrap_err();
    assert_eq!(error.code(), "practice-details-missing");
    assert!(error.to_string().contains("phone number") && !error.to_string().contains("address"), "{error}");
    let neither = PracticeDetails { address: vec![String::new()], ..no_phone };
    let csv = b"Surname,Address 1,Postcode\nReed,1 Mill Lane,LS6 2AB\n";
    let list = read_patient_list("patients.csv", csv, None).unwrap();
    let households = letters(&list.patients, Grouping::each(date!(2026 - 02 - 23)));
    let refused =
        render_letters(&neither, &households, date!(2026 - 02 - 23), &FontSource::default(), &mut |_, _| true);
    let error = refused.expect_err("no letters without the practice's details");
    assert_eq!(error.to_string(), "the practice's address and phone number must be given: every notice prints them");
}

/// A form has room for five people; a household of seven gets two forms, and each person is named on one.
#[test]
fn a_household_larger_than_a_form_gets_more_forms_and_loses_no_name() {
    let mut csv = String::from("Forename,Surname,Address 1,Postcode\n");
    let forenames = ["Ann", "Ben", "Cal", "Dee", "Eve", "Fay", "Gus"];
    for forename in forenames {
        csv.push_str(&format!("{forename},Okafor,9 Elm Road,LS9 1AA\n"));
    }
    let list = read_patient_list("patients.csv", csv.as_bytes(), None).unwrap();
    let households = letters(&list.patients, Grouping::households(date!(2026 - 02 - 23)));
    assert_eq!(households.len(), 1);
    let (bytes, counts) =
        render_letters(&practice(), &households, date!(2026 - 02 - 23), &FontSource::default(), &mut |_, _| true)
            .unwrap();
    let path = preview_dir().join("letters-household-of-seven.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let text = words(&text_of(&path));
    // Each name is in the envelope's window, the greeting, and on a form.
    for forename in forenames {
        let name = format!("{forename} Okafor");
        assert_eq!(text.matches(&name).count(), 3, "{name} on a form: {text}");
    }
    let five = letters(&list.patients[..5], Grouping::households(date!(2026 - 02 - 23)));
    let (_, five) =
        render_letters(&practice(), &five, date!(2026 - 02 - 23), &FontSource::default(), &mut |_, _| true).unwrap();
    assert!(counts.pages > five.pages, "the second form adds pages: {} against {}", counts.pages, five.pages);
}
