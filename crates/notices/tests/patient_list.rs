//! The patient-list reader against exports shaped like EMIS Web, SystmOne and Vision ones, and against broken and
//! hostile files. Every person in the fixtures is invented; NHS numbers are in the 999 test range.

use pathfinder_notices::patients::{
    ColumnMapping, Encoding, Field, Grouping, LANGUAGES, ListError, MappingEntry, PatientList, letters,
    read_patient_list,
};
use proptest::prelude::*;
use time::macros::date;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/csv/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn read(name: &str) -> PatientList {
    read_patient_list(name, &fixture(name), None).unwrap_or_else(|e| panic!("{e}"))
}

fn problems(list: &PatientList) -> Vec<String> {
    list.problems.iter().map(ToString::to_string).collect()
}

fn names(list: &PatientList) -> Vec<String> {
    list.patients.iter().map(|p| p.name()).collect()
}

#[test]
fn emis_export_with_bom_and_crlf() {
    let list = read("emis_utf8_bom.csv");
    assert_eq!(list.encoding, Encoding::Utf8Bom);
    assert_eq!(list.delimiter, b',');
    assert_eq!(list.headers[0], "NHS Number", "the BOM is not part of the first header");
    assert_eq!(problems(&list), Vec::<String>::new());
    assert_eq!(
        names(&list),
        ["Mrs Zoë Marchbank", "Mr Tomasz Wiśniewski-Hale", "Miss Farah Quereshi", "Dr Ifeoma Nwachukwu-Brent"]
    );
    let lines: Vec<usize> = list.patients.iter().map(|p| p.line).collect();
    assert_eq!(lines, [2, 3, 4, 5]);
    let [zoe, tomasz, farah, ifeoma] = &list.patients[..] else { panic!("four patients") };
    assert_eq!(zoe.address, ["4 Wensleydale Rise", "Moortown", "Leeds", "West Yorkshire"]);
    assert_eq!(zoe.postcode, "LS17 6BX");
    assert_eq!(zoe.nhs_number.as_deref(), Some("999 000 1006"));
    assert_eq!(zoe.date_of_birth, Some(date!(1961 - 04 - 03)), "read from 03-Apr-1961");
    assert_eq!((zoe.language, zoe.large_print), ("pl", false));
    assert_eq!(tomasz.address, ["Flat 2", "19 Harehills Lane", "Leeds"]);
    assert_eq!(tomasz.postcode, "LS8 4HA");
    assert_eq!((tomasz.language, tomasz.large_print), ("pl", true));
    assert_eq!((farah.nhs_number.as_deref(), farah.language, farah.large_print), (None, "ur", false));
    assert_eq!(ifeoma.nhs_number.as_deref(), Some("999 000 1146"));
    assert_eq!((ifeoma.language, ifeoma.large_print), ("en-GB", true));
    // "Usual GP" is no field of the letter.
    assert_eq!(list.mapping.field_of(11), None);
}

#[test]
fn systmone_export_tab_separated() {
    let list = read("systmone_tab.txt");
    assert_eq!((list.encoding, list.delimiter), (Encoding::Utf8, b'\t'));
    assert_eq!(problems(&list), Vec::<String>::new());
    assert_eq!(names(&list), ["Mr Harjit Dosanjhbury", "Mrs Rokeya Begumfield", "Ms Ana Carvalhosa"]);
    let [harjit, rokeya, ana] = &list.patients[..] else { panic!("three patients") };
    // House number and road are separate columns: the letter has them on one line.
    assert_eq!(harjit.address, ["14 Chapel Allerton Road", "Chapel Allerton", "Leeds", "West Yorkshire"]);
    assert_eq!((harjit.language, harjit.large_print), ("pa", false));
    assert_eq!(rokeya.address, ["Flat 9, Kestrel House", "Ripon Street", "Little London", "Leeds"]);
    assert_eq!((rokeya.language, rokeya.large_print), ("bn", true));
    assert_eq!(ana.address, ["7 Town Street", "Beeston", "Leeds"]);
    assert_eq!((ana.postcode.as_str(), ana.language, ana.large_print), ("LS11 8QN", "pt", false));
    assert_eq!(list.mapping.get(Field::Address5), Some(7), "County is the fifth address part");
}

#[test]
fn vision_export_in_windows_1252() {
    let list = read("vision_windows1252.csv");
    assert_eq!((list.encoding, list.delimiter), (Encoding::Windows1252, b','));
    assert_eq!(problems(&list), Vec::<String>::new());
    assert_eq!(names(&list), ["Mme Renée Delacroix-Penn", "Mr Seán O\u{2019}Hara"]);
    let [renee, sean] = &list.patients[..] else { panic!("two patients") };
    assert_eq!(renee.address, ["Unit 4, £1 Arcade", "Fore Street", "Taunton", "Somerset"]);
    assert_eq!((renee.postcode.as_str(), renee.language), ("TA1 1HZ", "fr"));
    assert_eq!(renee.date_of_birth, Some(date!(1958 - 02 - 02)), "read from 02/02/1958");
    assert_eq!((sean.nhs_number.as_deref(), sean.language, sean.large_print), (Some("999 000 1421"), "en-GB", true));
}

#[test]
fn semicolon_separated_with_commas_in_cells() {
    let list = read("semicolon.csv");
    assert_eq!(list.delimiter, b';');
    assert_eq!(problems(&list), Vec::<String>::new());
    let addresses: Vec<(&[String], &str, &str)> =
        list.patients.iter().map(|p| (&p.address[..], p.postcode.as_str(), p.language)).collect();
    assert_eq!(
        addresses,
        [
            (&["3, Elm Grove".to_string(), "Blackburn".to_string()][..], "BB2 6QR", "pl"),
            (&["10 Bank Top, off Redlam".to_string(), "Blackburn".to_string()][..], "BB2 1TT", "gu"),
        ]
    );
    // No title column: the name is forename and surname.
    assert_eq!(names(&list), ["Agnieszka Kowalczyk-Byrne", "Hemal Patelworth"]);
}

#[test]
fn quoted_commas_doubled_quotes_and_line_breaks() {
    let list = read("quoted.csv");
    assert_eq!(problems(&list), Vec::<String>::new());
    let [okonkwo, nell, kit] = &list.patients[..] else { panic!("three patients") };
    assert_eq!((okonkwo.line, okonkwo.forename.as_str()), (2, "Okonkwo, Jr"));
    assert_eq!(okonkwo.address, ["1 Mill Lane", "Hebden", "Leeds"]);
    assert_eq!((okonkwo.language, okonkwo.large_print), ("ar", true));
    // The record before spans lines 2 to 4, so this one starts on line 5, as an editor shows it.
    assert_eq!((nell.line, nell.surname.as_str()), (5, "Barraclough \"Nan\""));
    assert_eq!(nell.address, ["Rose Cottage, Mill Lane"]);
    // A blank line 6 is skipped and counted.
    assert_eq!(kit.line, 7);
    assert_eq!(kit.address, ["Apt 5", "\"The Maltings\""]);
    assert_eq!((kit.postcode.as_str(), kit.language), ("SO23 8AN", "so"));
}

#[test]
fn bad_rows_are_listed_and_the_rest_go_ahead() {
    let list = read("bad_rows.csv");
    assert_eq!(
        problems(&list),
        [
            "bad_rows.csv, line 3: surname: missing",
            "bad_rows.csv, line 4: address line 1: missing (every address line is empty)",
            "bad_rows.csv, line 5: postcode: not a UK postcode",
            "bad_rows.csv, line 6: postcode: missing",
            "bad_rows.csv, line 7: NHS number: the check digit is wrong (modulus 11)",
            "bad_rows.csv, line 8: has 5 fields but the header has 7",
            "bad_rows.csv, line 9: address line 1: longer than 1,000 characters (1,200)",
            "bad_rows.csv, line 10: has 8 fields but the header has 7",
            "bad_rows.csv, line 11: NHS number: not 10 digits",
        ]
    );
    assert_eq!(list.problems[0].field, Some(Field::Surname));
    assert_eq!(list.problems[5].field, None);
    assert_eq!(names(&list), ["Mr Good Ainsworth", "Mr Alsogood Jessop"]);
    assert_eq!(list.patients.iter().map(|p| p.line).collect::<Vec<_>>(), [2, 12]);
    // The problems name places, never values.
    let shown = format!("{:?} {}", list.problems, problems(&list).join(" "));
    for value in ["Nosurname", "Badpost", "BA5 2P,", "9990001490", "Fairclough", "aaaa", "surplus", "999000149"] {
        assert!(!shown.contains(value), "{value} shown");
    }
}

#[test]
fn formula_cells_are_plain_text() {
    let list = read("formulas.csv");
    assert_eq!(problems(&list), Vec::<String>::new());
    let [first, second] = &list.patients[..] else { panic!("two patients") };
    assert_eq!(first.forename, "=HYPERLINK(\"http://example.invalid\",\"x\")");
    assert_eq!(first.surname, "-Lambert");
    assert_eq!(first.address, ["+44 Fake Street", "@SUM(A1:A9)"]);
    assert_eq!((second.forename.as_str(), second.surname.as_str()), ("=1+1", "=CMD|' /C calc'!A0"));
    assert_eq!(second.address, ["=2,3 Lane", "Romsey"]);
}

#[test]
fn seven_people_in_three_households_get_three_letters() {
    let list = read("households.csv");
    assert_eq!(problems(&list), Vec::<String>::new());
    assert_eq!(list.patients.len(), 7);

    let households = letters(&list.patients, Grouping::households(date!(2026 - 02 - 23)));
    let named: Vec<Vec<&str>> =
        households.iter().map(|h| h.patients.iter().map(|p| p.forename.as_str()).collect()).collect();
    assert_eq!(named, [vec!["Ada", "Byron"], vec!["Cara", "Dami", "Eko"], vec!["Fen", "Gil"]]);
    let lines: Vec<Vec<usize>> = households.iter().map(|h| h.patients.iter().map(|p| p.line).collect()).collect();
    assert_eq!(lines, [vec![2, 4], vec![3, 5, 8], vec![6, 7]]);
    // The first patient's language; large print if anyone at the address needs it (Gil, listed second).
    let print: Vec<(&str, bool)> = households.iter().map(|h| (h.language, h.large_print)).collect();
    assert_eq!(print, [("en-GB", false), ("pl", false), ("en-GB", true)]);
    assert_eq!(households[1].address(), ["Flat 1, 23 Otley Road", "Headingley", "Leeds"]);
    assert_eq!(households[1].postcode(), "LS6 1AB");

    let each = letters(&list.patients, Grouping::each(date!(2026 - 02 - 23)));
    assert_eq!(each.len(), 7);
    assert!(each.iter().zip(&list.patients).all(|(h, p)| h.patients.len() == 1 && h.patients[0].line == p.line));
    assert!(!each[4].large_print && each[5].large_print, "Fen's own letter is standard print, Gil's large");
}

#[test]
fn same_street_different_flat_or_postcode_is_another_household() {
    let csv = "Surname,Address 1,Address 2,Postcode\n\
               Amberley,\"Flat 1, 23 High St\",Wells,BA5 2PU\n\
               Brackley,\"Flat 12, 3 High St\",Wells,BA5 2PU\n\
               Amberley,\"Flat 1, 23 High St\",Wells,BA5 2PX\n\
               Amberley,\"Flat 1, 23 High St\",Wells,BA5 2PU\n";
    let list = read_patient_list("p.csv", csv.as_bytes(), None).unwrap();
    let sizes: Vec<usize> =
        letters(&list.patients, Grouping::households(date!(2026 - 02 - 23))).iter().map(|h| h.patients.len()).collect();
    assert_eq!(sizes, [2, 1, 1]);
}

#[test]
fn headers_only_is_a_list_of_nobody() {
    let list = read("headers_only.csv");
    assert!(list.patients.is_empty() && list.problems.is_empty());
    assert_eq!(list.headers.len(), 14);
    assert!(letters(&list.patients, Grouping::households(date!(2026 - 02 - 23))).is_empty());
}

#[test]
fn empty_files_are_refused() {
    let err = read_patient_list("empty.csv", &fixture("empty.csv"), None).unwrap_err();
    assert_eq!(err, ListError::Empty { file: "empty.csv".into() });
    assert!(err.to_string().starts_with("empty.csv is empty"), "{err}");
    for bytes in [&b"\xEF\xBB\xBF"[..], b"\r\n\r\n  \n", b"\t"] {
        assert!(matches!(read_patient_list("e.csv", bytes, None), Err(ListError::Empty { .. })), "{bytes:?}");
    }
}

#[test]
fn binary_files_are_refused() {
    let err = read_patient_list("binary.xlsx", &fixture("binary.xlsx"), None).unwrap_err();
    assert!(matches!(err, ListError::NotText { .. }), "{err:?}");
    assert_eq!(err.code(), "patient-list-not-text");
    assert!(err.to_string().starts_with("binary.xlsx is not a CSV file"), "{err}");
    let utf16: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain("Surname\r\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let err = read_patient_list("unicode.txt", &utf16, None).unwrap_err();
    assert!(err.to_string().contains("UTF-16"), "{err}");
}

#[test]
fn a_hostile_gigabyte_is_refused_before_decoding() {
    // Zeroed pages are not touched until read, so this costs no real memory unless the reader looks at them.
    let huge = vec![0u8; 1 << 30];
    let err = read_patient_list("huge.csv", &huge, None).unwrap_err();
    assert_eq!(err, ListError::TooLarge { file: "huge.csv".into(), size: 1 << 30, limit: 200 * 1024 * 1024 });
    assert_eq!(err.to_string(), "huge.csv is 1024 MB, larger than any patient list (200 MB at most)");
    drop(huge);
    let just_over = vec![b'a'; 200 * 1024 * 1024 + 1];
    let err = read_patient_list("big.csv", &just_over, None).unwrap_err();
    assert_eq!(err.to_string(), "big.csv is 201 MB, larger than any patient list (200 MB at most)");
}

#[test]
fn a_ten_megabyte_field_is_a_row_problem() {
    let mut csv = String::from("Surname,Address 1,Postcode,Notes\nAsh,1 Lane,BA5 2PU,fine\nBirch,2 Lane,BA5 2PU,\"");
    csv.push_str(&"é\"\"".repeat(10 * 1024 * 1024 / 4));
    csv.push_str("\"\nCedar,3 Lane,BA5 2PU,\n");
    let list = read_patient_list("p.csv", csv.as_bytes(), None).unwrap();
    assert_eq!(problems(&list), ["p.csv, line 3: column 4 (Notes): longer than 1,000 characters (5,242,880)"]);
    assert_eq!(list.patients.iter().map(|p| p.surname.as_str()).collect::<Vec<_>>(), ["Ash", "Cedar"]);
}

#[test]
fn an_unclosed_quote_refuses_the_file_where_it_opens() {
    let csv = "Surname,Address 1,Postcode\nAsh,1 Lane,BA5 2PU\nBirch,\"2 Lane,BA5 2PU\nCedar,3 Lane,BA5 2PU\n";
    let err = read_patient_list("p.csv", csv.as_bytes(), None).unwrap_err();
    assert!(matches!(err, ListError::Malformed { line: 3, .. }), "{err:?}");
    assert!(err.to_string().starts_with("p.csv, line 3: a quoted field starts here and is never closed"), "{err}");
}

#[test]
fn no_header_and_missing_columns() {
    let err = read_patient_list("p.csv", b"Ash,1 Lane,BA5 2PU\nBirch,2 Lane,BA5 2PU\n", None).unwrap_err();
    assert_eq!(err, ListError::NoHeader { file: "p.csv".into(), line: 1 });
    let err = read_patient_list("p.csv", b"\n\nForename,Surname,Town\nAsh,Ember,Wells\n", None).unwrap_err();
    assert_eq!(err, ListError::MissingColumns { file: "p.csv".into(), missing: vec![Field::Postcode] });
    assert_eq!(err.to_string(), "p.csv: no column for postcode; choose which column holds it");
}

#[test]
fn the_caller_can_correct_the_mapping() {
    // Odd names nothing guesses: the manager picks the columns in the UI.
    let csv = b"Family,Lines,PC,Spoken\nAsh,1 Lane,BA5 2PU,Somali\n";
    assert!(matches!(read_patient_list("p.csv", csv, None), Err(ListError::NoHeader { .. })));
    let from_ui = r#"[{"field":"surname","column":0},{"field":"address1","column":1},{"field":"postcode","column":2},
                     {"field":"language","column":3},{"field":"nhsNumber","column":null},{"field":"title","column":9}]"#;
    let mapping: ColumnMapping = serde_json::from_str(from_ui).unwrap();
    let list = read_patient_list("p.csv", csv, Some(&mapping)).unwrap();
    assert_eq!(names(&list), ["Ash"]);
    assert_eq!((list.patients[0].postcode.as_str(), list.patients[0].language), ("BA5 2PU", "so"));
    // Column 9 does not exist in this file: the mapping used says so.
    assert_eq!(list.mapping.get(Field::Title), None);

    // Overriding a guessed mapping: swap forename and surname.
    let csv = b"Forename,Surname,Address 1,Postcode\nAsh,Ember,1 Lane,BA5 2PU\n";
    let mut mapping = read_patient_list("p.csv", csv, None).unwrap().mapping;
    mapping.set(Field::Forename, Some(1));
    mapping.set(Field::Surname, Some(0));
    let list = read_patient_list("p.csv", csv, Some(&mapping)).unwrap();
    assert_eq!(names(&list), ["Ember Ash"]);
}

#[test]
fn the_mapping_serialises_as_the_list_the_ui_shows() {
    let list = read("semicolon.csv");
    let json = serde_json::to_value(&list.mapping).unwrap();
    let entries = json.as_array().unwrap();
    assert_eq!(entries.len(), Field::ALL.len());
    assert_eq!(entries[0], serde_json::json!({"field": "title", "column": null}));
    assert_eq!(entries[2], serde_json::json!({"field": "surname", "column": 0}));
    assert_eq!(entries[9], serde_json::json!({"field": "nhsNumber", "column": null}));
    let back: ColumnMapping = serde_json::from_value(json).unwrap();
    assert_eq!(back, list.mapping);
    let entries: Vec<MappingEntry> = list.mapping.entries();
    assert_eq!(entries[3], MappingEntry { field: Field::Address1, column: Some(2) });
    let twice = r#"[{"field":"surname","column":0},{"field":"surname","column":1}]"#;
    let err = serde_json::from_str::<ColumnMapping>(twice).unwrap_err();
    assert!(err.to_string().contains("names surname twice"), "{err}");
}

#[test]
fn a_hundred_thousand_rows() {
    let mut csv = String::from("NHS Number,Title,Forename,Surname,Address Line 1,Address Line 2,Postcode,Language\n");
    for i in 0..100_000u32 {
        let house = i / 3;
        csv.push_str(&format!("9990001006,Ms,Given{i},Family{i},{house} Long Road,Yeovil,BA20 1AA,Polish\n"));
    }
    let list = read_patient_list("big.csv", csv.as_bytes(), None).unwrap();
    assert!(list.problems.is_empty());
    assert_eq!(list.patients.len(), 100_000);
    assert_eq!(list.patients[99_999].line, 100_001);
    assert_eq!(list.patients[99_999].surname, "Family99999");
    assert_eq!(letters(&list.patients, Grouping::households(date!(2026 - 02 - 23))).len(), 33_334);
}

#[test]
fn debug_output_never_shows_people() {
    let list = read("households.csv");
    let shown = format!(
        "{list:?} {:?} {:?}",
        list.patients,
        letters(&list.patients, Grouping::households(date!(2026 - 02 - 23)))
    );
    for value in ["Lovelace", "Okafor", "Otley", "LS6", "High Street", "Cara"] {
        assert!(!shown.contains(value), "{value} in {shown}");
    }
}

#[test]
fn every_language_is_one_of_the_letters() {
    for name in ["emis_utf8_bom.csv", "systmone_tab.txt", "vision_windows1252.csv", "quoted.csv", "households.csv"] {
        assert!(read(name).patients.iter().all(|p| LANGUAGES.contains(&p.language)), "{name}");
    }
}

fn csvish() -> impl Strategy<Value = Vec<u8>> {
    let pieces = prop::sample::select(vec![
        &b","[..],
        b";",
        b"\t",
        b"\"",
        b"\"\"",
        b"\n",
        b"\r\n",
        b"\r",
        b" ",
        b"Surname",
        b"Address 1",
        b"Postcode",
        b"NHS No",
        b"Language",
        b"LS1 4AP",
        b"9434765919",
        b"Smith",
        b"\xEF\xBB\xBF",
        b"\xE9",
        b"\xC3\xA9",
        b"=1+1",
        b"\x00",
        b"\x0B",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|pieces| pieces.concat())
}

fn any_mapping() -> impl Strategy<Value = Option<ColumnMapping>> {
    prop::option::of(prop::collection::vec(prop::option::of(0usize..12), 13).prop_map(|columns| {
        let mut mapping = ColumnMapping::default();
        for (field, column) in Field::ALL.into_iter().zip(columns) {
            mapping.set(field, column);
        }
        mapping
    }))
}

proptest! {
    #[test]
    fn any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512), mapping in any_mapping()) {
        if let Ok(list) = read_patient_list("any.csv", &bytes, mapping.as_ref()) {
            let _ = letters(&list.patients, Grouping::households(date!(2026 - 02 - 23)));
        }
    }

    #[test]
    fn csv_like_bytes_never_panic_and_keep_their_promises(bytes in csvish(), mapping in any_mapping()) {
        match read_patient_list("any.csv", &bytes, mapping.as_ref()) {
            Ok(list) => {
                for p in &list.patients {
                    prop_assert!(!p.surname.is_empty() && !p.address.is_empty());
                    prop_assert!(p.line >= 2);
                    prop_assert!(LANGUAGES.contains(&p.language));
                }
                for problem in &list.problems {
                    prop_assert!(problem.to_string().starts_with("any.csv, line "));
                }
                let households = letters(&list.patients, Grouping::households(date!(2026 - 02 - 23)));
                prop_assert_eq!(households.iter().map(|h| h.patients.len()).sum::<usize>(), list.patients.len());
            }
            Err(err) => prop_assert!(err.to_string().starts_with("any.csv")),
        }
    }
}
