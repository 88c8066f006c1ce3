//! The patient-list reader against hostile files: every encoding, delimiter and line ending, broken quotes, huge
//! fields, lines, row counts and column counts, binary data, formula injection and Unicode tricks. Each case ends in
//! the right patients and letters, or in a clear error naming the file and line (and field); none panics, none
//! hangs (the inputs are sized so that only linear work finishes), and nothing shown holds a patient's value.
//!
//! Memory bound, measured with a counting allocator (heap.rs), per thread and exact:
//!   reading a list of n bytes, r rows and c columns (its widest row), with a header row of h bytes, holds at most
//!   T + 1 KiB × r + 160 B × c + h + 64 KiB at its peak, the returned list included, where T is 0 for UTF-8 (the
//!   text is borrowed) and at most 3n for Windows-1252 (its decoded copy).
//! A row that gives no patient holds only its problems; a field or line of any length is measured, never copied; a
//! line of any number of fields keeps at most MAX_COLUMNS cells, and MAX_ROWS caps r. So no file, however it is
//! built, holds more than about 3 × 200 MB + 1 GB + 1.6 MB + its header row. Measured, a row holds about half the
//! kilobyte.
//! The counts are of bytes asked for: the system allocator adds its own few bytes to each allocation.
//!
//! Every person here is invented; NHS numbers are in the 999 test range.

#[path = "hostile_csv/heap.rs"]
mod heap;

use std::path::Path;
use std::process::Command;

use pathfinder_notices::documents::letters::{LeftOut, render_letters};
use pathfinder_notices::documents::{FontSource, PracticeDetails};
use pathfinder_notices::patients::{
    ColumnMapping, DEFAULT_MAX_SURNAMES, Encoding, Field, Grouping, ListError, MAX_COLUMNS, MAX_FIELD_CHARS, MAX_ROWS,
    PatientList, letters, read_patient_list,
};
use time::macros::date;

#[global_allocator]
static ALLOCATOR: heap::Counting = heap::Counting;

const KIB: usize = 1024;
const MIB: usize = 1024 * KIB;

/// The bound stated above: bytes held per row and per column of the widest row, and the constant.
const PER_ROW: usize = KIB;
const PER_COLUMN: usize = 160;
const CONSTANT: usize = 64 * KIB;

/// The figures, for `cargo test -- --nocapture` and bench/RESULTS.md.
fn figures(case: &str, bytes: usize, usage: heap::Usage) {
    eprintln!("memory: {case}: {bytes} bytes read, peak heap {} bytes, {} allocations", usage.peak, usage.allocations);
}

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/hostile/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn read(name: &str, bytes: &[u8]) -> Result<PatientList, ListError> {
    read_patient_list(name, bytes, None)
}

fn ok(name: &str, bytes: &[u8]) -> PatientList {
    read(name, bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn refused(name: &str, bytes: &[u8]) -> ListError {
    match read(name, bytes) {
        Ok(list) => panic!("{name} was read: {list:?}"),
        Err(err) => {
            assert!(err.to_string().starts_with(name), "the message names the file: {err}");
            err
        }
    }
}

fn problems(list: &PatientList) -> Vec<String> {
    list.problems.iter().map(ToString::to_string).collect()
}

fn names(list: &PatientList) -> Vec<String> {
    list.patients.iter().map(|p| p.name()).collect()
}

fn lines(list: &PatientList) -> Vec<usize> {
    list.patients.iter().map(|p| p.line).collect()
}

/// Everything the reader lets out of a result to logs, messages and the page: Display and Debug of the error or of
/// the list, its problems and letters, and the summary the page is sent.
fn shown(result: &Result<PatientList, ListError>) -> String {
    match result {
        Err(err) => format!("{err} {err:?}"),
        Ok(list) => format!(
            "{list:?} {:?} {} {:?} {:?} {}",
            list.problems,
            problems(list).join("\n"),
            list.patients,
            letters(&list.patients, Grouping::households(date!(2026 - 02 - 23))),
            serde_json::to_string(&list.summary(100, DEFAULT_MAX_SURNAMES, date!(2026 - 02 - 23))).unwrap()
        ),
    }
}

/// None of `values` (patients' names, addresses, numbers) is in anything the reader lets out.
fn assert_private(result: &Result<PatientList, ListError>, values: &[&str]) {
    let shown = shown(result);
    for value in values {
        assert!(!shown.contains(value), "{value:?} is shown: {shown}");
    }
}

/// Writes rows as Excel does: a field holding the delimiter, a quote or a line break is quoted, quotes doubled.
fn csv(rows: &[&[&str]], delimiter: char, eol: &str) -> String {
    let mut out = String::new();
    for row in rows {
        let fields: Vec<String> = row
            .iter()
            .map(|f| {
                if f.contains([delimiter, '"', '\r', '\n']) {
                    format!("\"{}\"", f.replace('"', "\"\""))
                } else {
                    f.to_string()
                }
            })
            .collect();
        out.push_str(&fields.join(&delimiter.to_string()));
        out.push_str(eol);
    }
    out
}

/// Windows-1252 bytes of text that has only its characters.
fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '\u{0}'..='\u{7F}' | '\u{A0}'..='\u{FF}' => c as u8,
            '€' => 0x80,
            '\u{2019}' => 0x92,
            _ => panic!("{c:?} is not in this test's Windows-1252"),
        })
        .collect()
}

/// A deterministic byte stream (xorshift), for binary files.
fn noise(len: usize, mut state: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

// ------------------------------------------------------------------------------------------------------------------
// Every encoding, delimiter and line ending.

const HEADER: [&str; 9] = [
    "Title",
    "Forename",
    "Surname",
    "Address Line 1",
    "Address Line 2",
    "Postcode",
    "NHS Number",
    "Preferred Language",
    "Communication Needs",
];

/// Six rows in every character Windows-1252 and a CSV can make hard: a delimiter of each kind, a quote and a line
/// break inside fields; the fifth row has no surname.
fn table(eol: &str) -> Vec<Vec<String>> {
    let flat = format!("Flat 2{eol}19 High St");
    let rows: [[&str; 9]; 6] = [
        ["Mme", "Renée", "Delacroix-Penn", "Unit 4, £1 Arcade", "Fore Street", "TA1 1HZ", "9990001006", "French", ""],
        ["Mr", "Seán", "O\u{2019}Hara", "Unit 4, £1 Arcade", "Fore Street", "ta11hz", "", "English", "Large print"],
        ["Ms", "Zoë", "Müller; née Groß", "12 \"The Rise\"", "Taunton", "TA2 7QA", "999 000 1146", "Polish", ""],
        ["Mr", "José", "Núñez", &flat, "Taunton", "TA1 1AA", "", "Portuguese", ""],
        ["Mr", "Bad", "", "1 Lane", "", "TA1 1AA", "", "", ""],
        ["Dr", "Ana", "€uro-Smith", "7 Tab\tStreet", "Taunton", "TA1 1HZ", "9990001421", "", "large print"],
    ];
    std::iter::once(HEADER.map(String::from))
        .chain(rows.iter().map(|r| r.map(String::from)))
        .map(|r| r.to_vec())
        .collect()
}

fn table_csv(delimiter: char, eol: &str) -> String {
    let table = table(eol);
    let rows: Vec<Vec<&str>> = table.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    csv(&rows, delimiter, eol)
}

/// The table read back, whatever its bytes.
fn assert_table(list: &PatientList, delimiter: char, label: &str) {
    assert_eq!(list.delimiter, delimiter as u8, "{label}");
    assert_eq!(list.headers, HEADER, "{label}");
    assert_eq!(
        names(list),
        [
            "Mme Renée Delacroix-Penn",
            "Mr Seán O\u{2019}Hara",
            "Ms Zoë Müller; née Groß",
            "Mr José Núñez",
            "Dr Ana €uro-Smith"
        ],
        "{label}"
    );
    // The fourth row's address spans two lines, so the rows after it start a line later.
    assert_eq!(lines(list), [2, 3, 4, 5, 8], "{label}");
    assert_eq!(problems(list), ["list.csv, line 7: surname: missing"], "{label}");
    let [renee, sean, zoe, jose, ana] = &list.patients[..] else { unreachable!() };
    assert_eq!((renee.address.join("|"), renee.postcode.as_str()), ("Unit 4, £1 Arcade|Fore Street".into(), "TA1 1HZ"));
    assert_eq!((renee.nhs_number.as_deref(), renee.language, renee.large_print), (Some("999 000 1006"), "fr", false));
    assert_eq!((sean.postcode.as_str(), sean.nhs_number.as_deref(), sean.large_print), ("TA1 1HZ", None, true));
    assert_eq!(zoe.address, ["12 \"The Rise\"", "Taunton"], "{label}");
    assert_eq!((zoe.nhs_number.as_deref(), zoe.language), (Some("999 000 1146"), "pl"));
    assert_eq!(jose.address, ["Flat 2", "19 High St", "Taunton"], "{label}");
    assert_eq!((jose.language, ana.large_print), ("pt", true));
    assert_eq!(ana.address, ["7 Tab Street", "Taunton"], "{label}");
    // Renée and Seán share an address: one letter, in the first one's language, large print for Seán.
    let households = letters(&list.patients, Grouping::households(date!(2026 - 02 - 23)));
    let sizes: Vec<usize> = households.iter().map(|h| h.patients.len()).collect();
    assert_eq!(sizes, [2, 1, 1, 1], "{label}");
    assert_eq!((households[0].language, households[0].large_print), ("fr", true));
}

const DELIMITERS: [char; 3] = [',', '\t', ';'];
const LINE_ENDS: [&str; 3] = ["\r\n", "\n", "\r"];

#[test]
fn utf8_with_every_delimiter_and_line_ending() {
    for delimiter in DELIMITERS {
        for eol in LINE_ENDS {
            let label = format!("{delimiter:?} {eol:?}");
            let list = ok("list.csv", table_csv(delimiter, eol).as_bytes());
            assert_eq!(list.encoding, Encoding::Utf8, "{label}");
            assert_table(&list, delimiter, &label);
        }
    }
}

#[test]
fn utf8_with_bom_with_every_delimiter_and_line_ending() {
    for delimiter in DELIMITERS {
        for eol in LINE_ENDS {
            let label = format!("{delimiter:?} {eol:?}");
            let bytes = [&b"\xEF\xBB\xBF"[..], table_csv(delimiter, eol).as_bytes()].concat();
            let list = ok("list.csv", &bytes);
            assert_eq!(list.encoding, Encoding::Utf8Bom, "{label}");
            assert_table(&list, delimiter, &label);
        }
    }
}

#[test]
fn windows_1252_with_every_delimiter_and_line_ending() {
    for delimiter in DELIMITERS {
        for eol in LINE_ENDS {
            let label = format!("{delimiter:?} {eol:?}");
            let list = ok("list.csv", &windows_1252(&table_csv(delimiter, eol)));
            assert_eq!(list.encoding, Encoding::Windows1252, "{label}");
            assert_table(&list, delimiter, &label);
        }
    }
}

#[test]
fn utf16_little_endian_with_bom_is_refused_with_advice() {
    // Excel's "Unicode Text". Refused rather than read: no clinical system exports it, and the advice fixes it.
    let err = refused("utf16le_bom.txt", &fixture("utf16le_bom.txt"));
    assert_eq!(err.code(), "patient-list-not-text");
    assert_eq!(
        err.to_string(),
        "utf16le_bom.txt is not a CSV file: it is saved as UTF-16 \"Unicode Text\"; save it as \"CSV UTF-8\" instead"
    );
    assert_private(&Err(err), &["Okafor", "Elm"]);
}

#[test]
fn utf16_big_endian_with_bom_is_refused_with_advice() {
    let err = refused("utf16be_bom.csv", &fixture("utf16be_bom.csv"));
    assert!(err.to_string().contains("UTF-16"), "{err}");
}

#[test]
fn utf16_without_bom_is_binary() {
    let err = refused("utf16le_no_bom.csv", &fixture("utf16le_no_bom.csv"));
    assert_eq!(
        err.to_string(),
        "utf16le_no_bom.csv is not a CSV file: it contains binary data, like a spreadsheet, PDF or zip file does"
    );
}

#[test]
fn a_utf8_bom_before_windows_1252_bytes_reads_as_windows_1252() {
    let list = ok("bom.csv", &fixture("bom_then_windows1252.csv"));
    assert_eq!(list.encoding, Encoding::Windows1252);
    assert_eq!(list.headers[0], "Surname", "the BOM is not read as Windows-1252 characters");
    assert_eq!(names(&list), ["Seán O\u{2019}Hara"]);
    assert_eq!(list.patients[0].address, ["£1 Arcade"]);
}

#[test]
fn a_doubled_bom_still_finds_the_columns() {
    let bytes = [&b"\xEF\xBB\xBF\xEF\xBB\xBF"[..], b"Surname,Address 1,Postcode\nAsh,1 Lane,BA5 2PU\n"].concat();
    let list = ok("p.csv", &bytes);
    assert_eq!(list.headers[0], "\u{feff}Surname", "the second BOM is a character of the first header");
    assert_eq!(list.mapping.get(Field::Surname), Some(0));
    assert_eq!(names(&list), ["Ash"]);
}

#[test]
fn one_byte_that_is_not_utf8_makes_the_whole_file_windows_1252() {
    // The decision is per file: a UTF-8 file with one stray Windows-1252 byte reads as Windows-1252, so its UTF-8
    // letters come out as two characters each. The manager sees the encoding in the summary before printing.
    let bytes = ["Surname,Address 1,Postcode\nZoë,1 Lane,BA5 2PU\n".as_bytes(), b"Caf\xE9,2 Lane,BA5 2PU\n"].concat();
    let list = ok("p.csv", &bytes);
    assert_eq!(list.encoding, Encoding::Windows1252);
    assert_eq!(names(&list), ["ZoÃ«", "Café"]);
    assert_eq!(list.summary(0, DEFAULT_MAX_SURNAMES, date!(2026 - 02 - 23)).encoding, Encoding::Windows1252);
}

#[test]
fn crlf_lf_and_cr_in_one_file_count_lines_as_an_editor_does() {
    let list = ok("mixed.csv", &fixture("mixed_line_endings.csv"));
    assert_eq!(problems(&list), Vec::<String>::new());
    assert_eq!(names(&list), ["Ash", "Birch", "Cedar", "Damson"]);
    // Birch's address holds a CRLF (lines 3 and 4); line 6 is blank and line 7 bare delimiters; no newline at the end.
    assert_eq!(lines(&list), [2, 3, 5, 8]);
    assert_eq!(list.patients[1].address, ["Flat 2", "2 Lane"]);
}

// ------------------------------------------------------------------------------------------------------------------
// Quotes.

#[test]
fn a_quote_never_closed_in_the_last_row_refuses_the_file_at_its_line() {
    let result = read("unclosed.csv", &fixture("unclosed_quote_last_row.csv"));
    let err = result.as_ref().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unclosed.csv, line 4: a quoted field starts here and is never closed, so the rest of the file would be one field"
    );
    assert_eq!(err.code(), "patient-list-malformed");
    assert_private(&result, &["Cedar", "3 Lane", "Ash"]);
}

#[test]
fn a_quote_never_closed_in_the_header_refuses_the_file_at_line_1() {
    let err = refused("p.csv", b"Surname,\"Address 1,Postcode\nAsh,1 Lane,BA5 2PU\n");
    assert!(matches!(err, ListError::Malformed { line: 1, .. }), "{err:?}");
    let err = refused("p.csv", b"\"");
    assert!(matches!(err, ListError::Malformed { line: 1, .. }), "{err:?}");
    let err = refused("p.csv", b"\n\n\n\"Surname");
    assert!(matches!(err, ListError::Malformed { line: 4, .. }), "{err:?}");
}

#[test]
fn stray_quotes_inside_fields_are_kept_as_written() {
    let list = ok("stray.csv", &fixture("stray_quotes.csv"));
    assert_eq!(problems(&list), Vec::<String>::new());
    let [oneil, ash] = &list.patients[..] else { panic!("two patients: {list:?}") };
    assert_eq!(oneil.surname, "O\"Neil");
    assert_eq!(oneil.address, ["5'10\" Lane", "Rose Cottage"]);
    assert_eq!(ash.surname, "Ashgrove", "text after a closing quote is kept, as Excel does");
    assert_eq!(ash.address, ["1 \"Quoted\" Row"]);
}

#[test]
fn a_quoted_field_over_many_lines_keeps_the_line_count() {
    let field = "x\r\n".repeat(300);
    let text = format!("Surname,Address 1,Postcode\nAsh,\"{field}\",BA5 2PU\nBirch,2 Lane,BA5 2PU\n");
    let list = ok("p.csv", text.as_bytes());
    // The field's 300 line breaks put Birch on line 303.
    assert_eq!(lines(&list), [2, 303]);
    assert_eq!(list.patients[0].address.len(), 300);
}

#[test]
fn a_million_quote_characters_are_one_field_measured_not_copied() {
    let mut text = String::from("Surname,Address 1,Postcode\nAsh,\"");
    text.push_str(&"\"\"".repeat(1_000_000));
    text.push_str("\",BA5 2PU\nBirch,2 Lane,BA5 2PU\n");
    let (list, usage) = heap::measure(|| ok("p.csv", text.as_bytes()));
    assert_eq!(problems(&list), ["p.csv, line 2: address line 1: longer than 1,000 characters (1,000,000)"]);
    assert_eq!(names(&list), ["Birch"]);
    assert!(usage.peak < CONSTANT, "{usage:?}");
    figures("a field of a million quotes", text.len(), usage);
}

// ------------------------------------------------------------------------------------------------------------------
// Size: fields, files, rows.

/// A list with a field of `len` bytes in row 3 (Birch), between two good rows.
fn with_big_field(len: usize, quoted: bool, filler: &str) -> String {
    let mut text = String::from("Surname,Address 1,Postcode,Notes\nAsh,1 Lane,BA5 2PU,fine\nBirch,2 Lane,BA5 2PU,");
    let field = filler.repeat(len / filler.len());
    if quoted {
        text.push('"');
        text.push_str(&field.replace('"', "\"\""));
        text.push('"');
    } else {
        text.push_str(&field);
    }
    text.push_str("\nCedar,3 Lane,BA5 2PU,\n");
    text
}

#[test]
fn a_ten_megabyte_unquoted_field_is_a_problem_of_its_row_and_is_not_copied() {
    let text = with_big_field(10 * MIB, false, "a");
    let (result, usage) = heap::measure(|| read("p.csv", text.as_bytes()));
    let list = result.as_ref().unwrap();
    assert_eq!(problems(list), ["p.csv, line 3: column 4 (Notes): longer than 1,000 characters (10,485,760)"]);
    assert_eq!(names(list), ["Ash", "Cedar"]);
    // UTF-8 is read in place: the 10 MB costs nothing held.
    assert!(usage.peak <= CONSTANT + 3 * PER_ROW, "{usage:?}");
    figures("a 10 MB unquoted UTF-8 field", text.len(), usage);
    assert_private(&result, &["aaaa", "2 Lane"]);
}

#[test]
fn a_ten_megabyte_quoted_field_with_line_breaks_in_windows_1252_holds_at_most_its_decoded_copy() {
    let repeats = 10 * MIB / "£\r\n".len();
    let text = with_big_field(10 * MIB, true, "£\r\n");
    let bytes = windows_1252(&text);
    let (result, usage) = heap::measure(|| read("p.csv", &bytes));
    let list = result.as_ref().unwrap();
    assert_eq!(list.encoding, Encoding::Windows1252);
    assert_eq!(problems(list), ["p.csv, line 3: column 4 (Notes): longer than 1,000 characters (7,864,320)"]);
    assert_eq!(3 * repeats, 7_864_320);
    // Each "£\r\n" in the field is a line break: Cedar starts that many lines after Birch's, and one more.
    assert_eq!(lines(list), [2, 3 + repeats + 1]);
    assert!(usage.peak <= 3 * bytes.len() + CONSTANT, "{usage:?} for {} bytes", bytes.len());
    figures("a 10 MB quoted Windows-1252 field", bytes.len(), usage);
}

#[test]
fn a_field_one_character_over_the_limit_is_named_by_field() {
    let long = "é".repeat(MAX_FIELD_CHARS + 1);
    let just = "é".repeat(MAX_FIELD_CHARS);
    let text = format!("Surname,Address 1,Postcode\n{long},1 Lane,BA5 2PU\n{just},2 Lane,BA5 2PU\n");
    let result = read("p.csv", text.as_bytes());
    let list = result.as_ref().unwrap();
    assert_eq!(problems(list), ["p.csv, line 2: surname: longer than 1,000 characters (1,001)"]);
    assert_eq!(list.problems[0].field, Some(Field::Surname));
    assert_eq!(lines(list), [3]);
}

#[test]
fn a_sparse_gigabyte_file_is_refused_by_its_size_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("practice.json"), PRACTICE).unwrap();
    let huge = std::fs::File::create(dir.path().join("huge.csv")).unwrap();
    huge.set_len(1 << 30).unwrap();
    drop(huge);
    // Under an address-space limit of 512 MiB, reading the gigabyte would fail to allocate and abort: refusing
    // it is the only way to exit 2 with the message. A small list still prints under the same limit.
    let output = cli_limited(dir.path(), "huge.csv", 512);
    assert_eq!(output.status.code(), Some(2), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr).trim(),
        "pathfinder-notices: huge.csv is 1024 MB, larger than any patient list (200 MB at most)"
    );
    assert!(!dir.path().join("letters.pdf").exists());
    std::fs::write(dir.path().join("small.csv"), "Surname,Address 1,Postcode\nAsh,1 Lane,BA5 2PU\n").unwrap();
    let output = cli_limited(dir.path(), "small.csv", 512);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn a_gigabyte_in_memory_is_refused_before_a_byte_is_decoded() {
    // Zeroed pages are not touched until read: decoding would find the NULs, and would have to touch every page.
    let huge = vec![0u8; 1 << 30];
    let (err, usage) = heap::measure(|| read("huge.csv", &huge).unwrap_err());
    assert_eq!(err, ListError::TooLarge { file: "huge.csv".into(), size: 1 << 30, limit: 200 * 1024 * 1024 });
    assert_eq!(err.code(), "patient-list-too-large");
    assert!(usage.peak < KIB, "{usage:?}");
}

/// A realistic EMIS-shaped list of `rows` patients, three to an address.
fn big_list(rows: usize) -> String {
    let mut text = String::from(
        "NHS Number,Title,Forename,Surname,Date of Birth,Address Line 1,Address Line 2,Postcode,Main Spoken Language,\
         Accessible Information\r\n",
    );
    for i in 0..rows {
        let house = i / 3;
        let language = ["English", "Polish", "Urdu", "Bengali"][i % 4];
        let needs = if i % 10 == 0 { "Large print" } else { "" };
        text.push_str(&format!(
            "9990001006,Ms,Given{i},Family{i},01/02/1970,{house} Long Road,Yeovil,BA20 1AA,{language},{needs}\r\n"
        ));
    }
    text
}

#[test]
fn a_hundred_thousand_rows_hold_under_a_kilobyte_each() {
    let text = big_list(100_000);
    let (result, usage) = heap::measure(|| read("big.csv", text.as_bytes()));
    let list = result.as_ref().unwrap();
    assert!(list.problems.is_empty());
    assert_eq!(list.patients.len(), 100_000);
    assert_eq!((list.patients[99_999].line, list.patients[99_999].surname.as_str()), (100_001, "Family99999"));
    let households = letters(&list.patients, Grouping::households(date!(2026 - 02 - 23)));
    assert_eq!(households.len(), 33_334);
    assert_eq!(households.iter().filter(|h| h.large_print).count(), 10_000);
    let summary = list.summary(100, DEFAULT_MAX_SURNAMES, date!(2026 - 02 - 23));
    assert_eq!((summary.by_language["pl"], summary.by_language["bn"], summary.large_print), (25_000, 25_000, 10_000));
    assert!(usage.peak <= 100_000 * PER_ROW + CONSTANT, "{usage:?}");
    // The work is bounded too: a fixed number of allocations per row, not one that grows with the list.
    assert!(usage.allocations <= 100_000 * 40, "{usage:?}");
    figures("100,000 rows", text.len(), usage);
}

#[test]
fn more_rows_than_any_practice_has_refuse_the_file_at_the_row_past_the_limit() {
    // The smallest rows that are patients: ten bytes each.
    let mut text = String::from("Surname,Address 1,Postcode\n");
    for _ in 0..=MAX_ROWS {
        text.push_str("A,B,M11AE\n");
    }
    let (result, usage) = heap::measure(|| read("p.csv", text.as_bytes()));
    assert_eq!(
        result.as_ref().unwrap_err().to_string(),
        "p.csv, line 1000002: more than 1,000,000 rows, more than any practice's patient list; check that this is the list"
    );
    assert!(usage.peak <= MAX_ROWS * PER_ROW + CONSTANT, "{usage:?}");
    figures("1,000,001 ten-byte rows, refused", text.len(), usage);
}

#[test]
fn a_million_rows_of_problems_hold_under_a_kilobyte_each() {
    // Four problems from five bytes: the worst a row can do to the heap.
    let mut text = String::from("Surname,Address 1,Postcode,NHS Number\n");
    for _ in 0..MAX_ROWS {
        text.push_str(",,,1\n");
    }
    let (result, usage) = heap::measure(|| read("p.csv", text.as_bytes()));
    let list = result.as_ref().unwrap();
    assert!(list.patients.is_empty());
    assert_eq!(list.problems.len(), 4 * MAX_ROWS);
    assert_eq!(list.problems.last().unwrap().to_string(), "p.csv, line 1000001: NHS number: not 10 digits");
    assert!(usage.peak <= MAX_ROWS * PER_ROW + CONSTANT, "{usage:?}");
    figures("1,000,000 rows of four problems", text.len(), usage);
}

// ------------------------------------------------------------------------------------------------------------------
// Lines and columns.

#[test]
fn a_row_of_a_million_fields_is_one_problem_and_keeps_few_cells() {
    let text =
        format!("Surname,Address 1,Postcode\nAsh,1 Lane,BA5 2PU\n{}\nBirch,2 Lane,BA5 2PU\n", "x,".repeat(1_000_000));
    let (list, usage) = heap::measure(|| ok("p.csv", text.as_bytes()));
    assert_eq!(problems(&list), ["p.csv, line 3: has 1000001 fields but the header has 3"]);
    assert_eq!(names(&list), ["Ash", "Birch"]);
    // The cells kept are capped at MAX_COLUMNS: about 32 bytes each, three times over while the vector grows.
    assert!(usage.peak <= 3 * PER_ROW + MAX_COLUMNS * PER_COLUMN + CONSTANT, "{usage:?}");
    figures("a row of a million fields", text.len(), usage);
}

#[test]
fn a_header_of_a_million_columns_is_refused_at_line_1() {
    let text = format!("Surname,Address 1,Postcode{}\nAsh,1 Lane,BA5 2PU\n", ",Extra".repeat(1_000_000));
    let (result, usage) = heap::measure(|| read("p.csv", text.as_bytes()));
    assert_eq!(
        result.unwrap_err().to_string(),
        "p.csv, line 1: the header row has 1,000,003 columns, more than any patient list (10,000 at most)"
    );
    assert!(usage.peak <= MAX_COLUMNS * PER_COLUMN + CONSTANT, "{usage:?}");
    figures("a header of a million columns", text.len(), usage);
}

#[test]
fn thousands_of_columns_are_read() {
    // 5,000 columns, the ones the letters need among them, as a report with every field ticked would have.
    let columns = 5_000;
    let mut header: Vec<String> = (0..columns).map(|i| format!("Extra {i}")).collect();
    let mut row: Vec<String> = (0..columns).map(|i| format!("v{i}")).collect();
    for (at, name, value) in [(1_234, "Surname", "Ash"), (2_345, "Address 1", "1 Lane"), (4_999, "Postcode", "BA5 2PU")]
    {
        header[at] = name.into();
        row[at] = value.into();
    }
    let text = format!("{}\n{}\n{}\n", header.join(";"), row.join(";"), row[..4_000].join(";"));
    let (list, usage) = heap::measure(|| ok("wide.csv", text.as_bytes()));
    assert_eq!(list.delimiter, b';');
    assert_eq!(list.headers.len(), columns);
    assert_eq!(
        (list.mapping.get(Field::Surname), list.mapping.get(Field::Address1), list.mapping.get(Field::Postcode)),
        (Some(1_234), Some(2_345), Some(4_999))
    );
    assert_eq!(names(&list), ["Ash"]);
    assert_eq!(list.patients[0].address, ["1 Lane"]);
    assert_eq!(problems(&list), ["wide.csv, line 3: has 4000 fields but the header has 5000"]);
    let header_bytes = text.find('\n').unwrap();
    assert!(usage.peak <= 2 * PER_ROW + columns * PER_COLUMN + header_bytes + CONSTANT, "{usage:?}");
    figures("5,000 columns", text.len(), usage);
}

#[test]
fn exactly_max_columns_is_a_header_and_one_more_is_not() {
    let header = |n: usize| {
        let mut names: Vec<String> = (3..n).map(|i| format!("c{i}")).collect();
        names.splice(0..0, ["Surname".to_string(), "Address 1".into(), "Postcode".into()]);
        names.join(",")
    };
    let row = format!("Ash,1 Lane,BA5 2PU{}", ",".repeat(MAX_COLUMNS - 3));
    let list = ok("p.csv", format!("{}\n{row}\n", header(MAX_COLUMNS)).as_bytes());
    assert_eq!((list.headers.len(), names(&list)), (MAX_COLUMNS, vec!["Ash".to_string()]));
    let err = refused("p.csv", format!("{}\n{row}\n", header(MAX_COLUMNS + 1)).as_bytes());
    assert!(matches!(err, ListError::Malformed { line: 1, .. }), "{err:?}");
}

#[test]
fn a_megabyte_line_with_no_delimiter_is_no_header() {
    let text = format!("{}\nAsh,1 Lane,BA5 2PU\n", "Surname".repeat(150_000));
    let (err, usage) = heap::measure(|| refused("p.csv", text.as_bytes()));
    assert_eq!(err, ListError::NoHeader { file: "p.csv".into(), line: 1 });
    assert!(usage.peak < CONSTANT, "{usage:?}");
}

#[test]
fn rows_wider_or_narrower_than_the_header_are_named_by_line() {
    let text =
        "Surname,Address 1,Postcode\nAsh,1 Lane\nBirch,2 Lane,BA5 2PU,extra,more\nCedar,3 Lane,BA5 2PU\nDamson\n";
    let result = read("p.csv", text.as_bytes());
    let list = result.as_ref().unwrap();
    assert_eq!(
        problems(list),
        [
            "p.csv, line 2: has 2 fields but the header has 3",
            "p.csv, line 3: has 5 fields but the header has 3",
            "p.csv, line 5: has 1 fields but the header has 3",
        ]
    );
    assert_eq!(names(list), ["Cedar"]);
    assert_private(&result, &["Ash", "Birch", "Damson", "extra", "1 Lane"]);
}

#[test]
fn a_million_blank_lines_before_the_header_are_counted() {
    let text = format!("{}Surname,Address 1,Postcode\nAsh,,BA5 2PU\nBirch,2 Lane,BA5 2PU\n", "\r\n".repeat(1_000_000));
    let (list, usage) = heap::measure(|| ok("p.csv", text.as_bytes()));
    assert_eq!(problems(&list), ["p.csv, line 1000002: address line 1: missing (every address line is empty)"]);
    assert_eq!(lines(&list), [1_000_003]);
    assert!(usage.peak < CONSTANT, "{usage:?}");
}

#[test]
fn a_million_rows_of_bare_delimiters_are_ignored() {
    let text = format!("Surname,Address 1,Postcode\nAsh,1 Lane,BA5 2PU\n{}", ", ,\t\n".repeat(1_000_000));
    let (list, usage) = heap::measure(|| ok("p.csv", text.as_bytes()));
    assert_eq!((names(&list), list.problems.len()), (vec!["Ash".to_string()], 0));
    assert!(usage.peak < CONSTANT, "{usage:?}");
}

// ------------------------------------------------------------------------------------------------------------------
// Binary data, NULs and empty files.

const NOT_TEXT: &str = "is not a CSV file: it contains binary data, like a spreadsheet, PDF or zip file does";

#[test]
fn zip_pdf_and_png_signatures_are_refused_as_binary() {
    let files: [(&str, &[u8]); 3] = [
        ("list.xlsx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml"),
        (
            "list.pdf",
            b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Length 3 0 R /Filter /FlateDecode >>\nstream\nx\x9c\x00\x00",
        ),
        ("list.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"),
    ];
    for (name, bytes) in files {
        let err = refused(name, bytes);
        assert_eq!(err.to_string(), format!("{name} {NOT_TEXT}"));
    }
}

#[test]
fn an_executable_is_refused_as_binary() {
    let exe = std::fs::read(std::env::current_exe().unwrap()).unwrap();
    let exe = &exe[..exe.len().min(100 * MIB)];
    let (err, usage) = heap::measure(|| refused("setup.exe", exe));
    assert_eq!(err.to_string(), format!("setup.exe {NOT_TEXT}"));
    assert!(usage.peak < KIB, "{usage:?}");
}

#[test]
fn random_bytes_are_refused() {
    for seed in 1..=20u64 {
        let bytes = noise(64 * KIB, seed);
        let err = refused("noise.csv", &bytes);
        assert!(matches!(err, ListError::NotText { .. }), "seed {seed}: {err:?}");
    }
}

#[test]
fn random_bytes_without_nul_or_controls_are_no_header() {
    // Windows-1252 reads any bytes; what comes out has no column a list has.
    for seed in 1..=20u64 {
        let bytes: Vec<u8> = noise(64 * KIB, seed).into_iter().filter(|b| *b >= 0x20 || *b == b'\n').collect();
        let err = refused("noise.csv", &bytes);
        assert!(matches!(err, ListError::NoHeader { .. } | ListError::Malformed { .. }), "{seed}: {err:?}");
    }
}

#[test]
fn mostly_control_characters_are_refused() {
    let err = refused("controls.csv", &fixture("control_characters.csv"));
    assert_eq!(
        err.to_string(),
        "controls.csv is not a CSV file: it is mostly control characters, so it is binary data rather than text"
    );
}

#[test]
fn a_nul_anywhere_refuses_the_file_as_binary() {
    let err = refused("nul.csv", &fixture("nul_byte.csv"));
    assert_eq!(err.to_string(), format!("nul.csv {NOT_TEXT}"));
    // Padding left by a tool that writes fixed-size blocks.
    let padded = [&b"Surname,Address 1,Postcode\nAsh,1 Lane,BA5 2PU\n"[..], &[0; 512]].concat();
    assert_eq!(refused("padded.csv", &padded).to_string(), format!("padded.csv {NOT_TEXT}"));
    assert_private(&read("nul.csv", &fixture("nul_byte.csv")), &["Ash", "1 La"]);
}

#[test]
fn stray_control_characters_do_not_reach_the_letters() {
    // A unit separator, a vertical tab, DEL, and 0x81, which Windows-1252 leaves undefined (read as U+0081): text,
    // not binary, but no font has a glyph for them, so one would stop every letter printing. Whitespace controls
    // are spaces; the others go.
    let list = ok("p.csv", b"Surname,Address 1,Postcode\nAs\x1Fh,1\x0BLane\x7F,BA5 2PU\nO\x92Ha\x81ra,\x81,BA5 2PU\n");
    assert_eq!(list.encoding, Encoding::Windows1252);
    assert_eq!(names(&list), ["Ash"]);
    assert_eq!(list.patients[0].address, ["1 Lane"]);
    assert_eq!(problems(&list), ["p.csv, line 3: address line 1: missing (every address line is empty)"]);
    let list =
        ok("p.csv", b"Surname,Address 1,Postcode\nAs\x1Fh,1\x0BLane\x7F,BA5 2PU\nO\x92Ha\x81ra,2 Lane,BA5 2PU\n");
    assert_eq!(names(&list), ["Ash", "O\u{2019}Hara"]);
    let (_, counts) = render_letters(
        &practice(),
        &letters(&list.patients, Grouping::each(date!(2026 - 02 - 23))),
        date!(2026 - 02 - 23),
        &FontSource::default(),
        &mut |_, _| true,
    )
    .unwrap();
    assert_eq!(counts.letters, 2);
}

#[test]
fn empty_files_of_every_kind_are_refused_as_empty() {
    for bytes in [&b""[..], b"\xEF\xBB\xBF", b"\r\n\r\n\n\r", b" \t ", b"\xEF\xBB\xBF\r\n  "] {
        let err = refused("empty.csv", bytes);
        assert_eq!(err, ListError::Empty { file: "empty.csv".into() }, "{bytes:?}");
        assert_eq!(err.code(), "patient-list-empty");
    }
}

#[test]
fn a_header_of_bare_delimiters_is_no_header() {
    for bytes in [&b",,,\n,,,\n"[..], b";;;;", b"\t\t\nx\ty\n"] {
        assert_eq!(refused("p.csv", bytes), ListError::NoHeader { file: "p.csv".into(), line: 1 }, "{bytes:?}");
    }
}

#[test]
fn headers_only_in_every_form_is_a_list_of_nobody() {
    for bytes in [
        &b"Surname,Address 1,Postcode"[..],
        b"Surname,Address 1,Postcode\r\n",
        b"\xEF\xBB\xBFSurname;Address 1;Postcode\r",
        b"Surname\tAddress 1\tPostcode\n\t\t\n\n\t \t\n",
    ] {
        let list = ok("p.csv", bytes);
        assert!(list.patients.is_empty() && list.problems.is_empty(), "{bytes:?}");
        assert_eq!(list.headers, ["Surname", "Address 1", "Postcode"]);
        assert!(letters(&list.patients, Grouping::households(date!(2026 - 02 - 23))).is_empty());
    }
}

#[test]
fn a_web_page_saved_as_csv_is_no_header() {
    assert_eq!(
        refused("report.csv", &fixture("html_as_csv.csv")),
        ListError::NoHeader { file: "report.csv".into(), line: 1 }
    );
}

#[test]
fn an_excel_sep_hint_line_is_taken_for_the_header_and_refused() {
    // Excel writes "sep=;" above the header when asked; the reader does not know the hint, and says where it looked.
    let err = refused("sep.csv", &fixture("excel_sep_hint.csv"));
    assert_eq!(err, ListError::NoHeader { file: "sep.csv".into(), line: 1 });
}

// ------------------------------------------------------------------------------------------------------------------
// Headers.

#[test]
fn duplicate_headers_take_the_first_column_and_fill_address_lines_in_order() {
    let list = ok("dup.csv", &fixture("duplicate_headers.csv"));
    assert_eq!(list.mapping.get(Field::Surname), Some(0));
    assert_eq!(list.mapping.get(Field::Postcode), Some(4));
    assert_eq!((list.mapping.get(Field::Address1), list.mapping.get(Field::Address2)), (Some(2), Some(3)));
    assert_eq!(names(&list), ["First"]);
    assert_eq!(list.patients[0].address, ["1 Lane", "Wells"]);
    assert_eq!(list.patients[0].postcode, "BA5 2PU");
}

#[test]
fn each_missing_required_column_is_named() {
    for (header, missing) in [
        ("Forename,Address 1,Postcode", vec![Field::Surname]),
        ("Surname,Forename,Postcode", vec![Field::Address1]),
        ("Surname,Address 1,NHS Number", vec![Field::Postcode]),
        ("Forename,NHS Number,Date of Birth", vec![Field::Surname, Field::Address1, Field::Postcode]),
    ] {
        let text = format!("{header}\nAda,Lovelace,9990001006\n");
        let result = read("p.csv", text.as_bytes());
        assert_eq!(
            result.as_ref().unwrap_err(),
            &ListError::MissingColumns { file: "p.csv".into(), missing: missing.clone() },
            "{header}"
        );
        assert_private(&result, &["Ada", "Lovelace", "9990001006"]);
    }
    let err = refused("p.csv", b"Forename,NHS Number\nAda,9990001006\n");
    assert_eq!(
        err.to_string(),
        "p.csv: no column for surname, address line 1 and postcode; choose which column holds it"
    );
}

#[test]
fn headers_in_odd_case_spacing_quotes_and_punctuation_are_recognised() {
    let text = "\"  SURNAME \",\" address - line 1\",\"Post_Code\",\"NHS No.\",\"main-spoken-language\"\nAsh,1 Lane,ba52pu,999-000-1006,POL\n";
    let list = ok("p.csv", text.as_bytes());
    assert_eq!(list.headers, ["SURNAME", "address - line 1", "Post_Code", "NHS No.", "main-spoken-language"]);
    assert_eq!(names(&list), ["Ash"]);
    let p = &list.patients[0];
    assert_eq!((p.postcode.as_str(), p.nhs_number.as_deref(), p.language), ("BA5 2PU", Some("999 000 1006"), "pl"));
}

#[test]
fn a_header_longer_than_any_field_is_no_header() {
    let text = format!("Surname,Address 1,Postcode,{}\nAsh,1 Lane,BA5 2PU,x\n", "N".repeat(MAX_FIELD_CHARS + 1));
    assert_eq!(refused("p.csv", text.as_bytes()), ListError::NoHeader { file: "p.csv".into(), line: 1 });
}

#[test]
fn a_hostile_mapping_cannot_make_a_patient_from_nothing() {
    // Every field from column 0, and columns the file does not have.
    let mut mapping = ColumnMapping::default();
    for field in Field::ALL {
        mapping.set(field, Some(0));
    }
    mapping.set(Field::Title, Some(usize::MAX));
    let list = read_patient_list("p.csv", b"Anything,Else\nM1 1AE,x\nAsh,y\n", Some(&mapping)).unwrap();
    assert!(list.patients.is_empty());
    assert_eq!(list.mapping.get(Field::Title), None);
    assert_eq!(
        problems(&list),
        [
            "p.csv, line 2: address line 1: missing (every address line is empty)",
            "p.csv, line 2: NHS number: not 10 digits",
            "p.csv, line 2: date of birth: not a date of birth (day, month and year, such as 31/01/1970 or 1970-01-31)",
            "p.csv, line 3: postcode: not a UK postcode",
            "p.csv, line 3: NHS number: not 10 digits",
            "p.csv, line 3: date of birth: not a date of birth (day, month and year, such as 31/01/1970 or 1970-01-31)",
        ]
    );
}

// ------------------------------------------------------------------------------------------------------------------
// Formula injection: cells a spreadsheet would run. The reader keeps them as text; the only place they go is the
// PDF, where they are text; nothing the app makes from the list is a CSV.

const PRACTICE: &str = r#"{"name": "Riverside Surgery", "address": ["1 River Road", "Leeds"], "phone": "0113 496 0000",
  "windowStart": "2026-03-02", "windowEnd": "2026-04-13", "firstExtract": "2026-04-27"}"#;

fn practice() -> PracticeDetails {
    PracticeDetails {
        name: "Riverside Surgery".into(),
        address: vec!["1 River Road".into(), "Leeds".into()],
        phone: "0113 496 0000".into(),
        window_start: date!(2026 - 03 - 02),
        window_end: date!(2026 - 04 - 13),
        first_extract: date!(2026 - 04 - 27),
        objection_types: Default::default(),
    }
}

const FORMULAS: [&str; 8] = [
    "=1+1",
    "+44 7700 900123",
    "-Lambert",
    "@SUM(A1:A9)",
    "=HYPERLINK(\"http://example.invalid\",\"x\")",
    "=2+2",
    "=CMD|' /C notepad'!A0",
    "=3+3 Lane",
];

#[test]
fn formula_cells_are_read_as_plain_text() {
    let result = read("formulas.csv", &fixture("formula_injection.csv"));
    let list = result.as_ref().unwrap();
    assert_eq!(problems(list), Vec::<String>::new());
    let [first, second] = &list.patients[..] else { panic!("two patients") };
    assert_eq!(
        (first.title.as_str(), first.forename.as_str(), first.surname.as_str()),
        (FORMULAS[0], FORMULAS[1], FORMULAS[2])
    );
    assert_eq!(first.address, [FORMULAS[3], FORMULAS[4]]);
    assert_eq!(first.language, "en-GB", "a formula names no language");
    // A tab or carriage return before the formula is whitespace, tidied away like any other.
    assert_eq!((second.forename.as_str(), second.surname.as_str()), (FORMULAS[5], FORMULAS[6]));
    assert_eq!(second.address, [FORMULAS[7], "+Romsey"]);
    assert_private(&result, &FORMULAS);
}

#[test]
fn formula_cells_print_as_plain_text_in_the_letters() {
    let list = ok("formulas.csv", &fixture("formula_injection.csv"));
    let households = letters(&list.patients, Grouping::each(date!(2026 - 02 - 23)));
    let (pdf, counts) =
        render_letters(&practice(), &households, date!(2026 - 02 - 23), &FontSource::default(), &mut |_, _| true)
            .unwrap();
    assert_eq!(counts.letters, 2);
    let text = pdf_text(&pdf);
    for value in FORMULAS {
        assert!(text.contains(value), "{value} is printed as written: {text}");
    }
}

#[test]
fn the_command_line_writes_the_pdf_and_nothing_of_the_list_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("practice.json"), PRACTICE).unwrap();
    let mut list = fixture("formula_injection.csv");
    list.extend_from_slice(b"Ms,Bad,=BADROW(),1 Lane,,NOT A POSTCODE,\n");
    std::fs::write(dir.path().join("formulas.csv"), &list).unwrap();
    let output = cli_limited(dir.path(), "formulas.csv", 4096);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let (stdout, stderr) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    // The second row's quoted "\r=3+3 Lane" holds a line break, so the added row is on line 5.
    assert_eq!(stderr.trim(), "formulas.csv, line 5: postcode: not a UK postcode");
    for value in FORMULAS.iter().chain(&["=BADROW()", "NOT A POSTCODE"]) {
        assert!(!stdout.contains(value) && !stderr.contains(value), "{value}: {stdout} {stderr}");
    }
    let mut made: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    made.sort();
    assert_eq!(made, ["formulas.csv", "letters.pdf", "practice.json"]);
}

// ------------------------------------------------------------------------------------------------------------------
// Unicode tricks.

#[test]
fn bidi_overrides_zero_width_characters_and_combining_marks_are_kept() {
    let list = ok("u.csv", &fixture("unicode_tricks.csv"));
    assert_eq!(problems(&list), Vec::<String>::new());
    let [ana, zoe] = &list.patients[..] else { panic!("two patients") };
    assert_eq!((ana.forename.as_str(), ana.surname.as_str()), ("\u{202e}anA", "Kh\u{101}n\u{200d}"));
    assert_eq!(ana.address, ["\u{200b}12 Mill Lane\u{2066}"]);
    assert_eq!((zoe.forename.as_str(), zoe.surname.as_str()), ("Zoe\u{308}", "\u{1F600} Smith"));
}

#[test]
fn bidi_zero_width_and_combining_characters_print() {
    let text = "Forename,Surname,Address 1,Postcode\n\u{202e}anA,Kh\u{101}n\u{200d},\u{200b}12 Mill Lane\u{2066},LS6 2AB\n\
                Zoe\u{308},Sm\u{feff}ith\u{ad},7\u{a0}Park View,LS8 4EF\n";
    let list = ok("u.csv", text.as_bytes());
    let (pdf, counts) = render_letters(
        &practice(),
        &letters(&list.patients, Grouping::each(date!(2026 - 02 - 23))),
        date!(2026 - 02 - 23),
        &FontSource::default(),
        &mut |_, _| true,
    )
    .unwrap();
    assert_eq!(counts.letters, 2);
    assert!(pdf_text(&pdf).contains("Mill Lane"));
}

#[test]
fn a_symbol_no_font_can_print_leaves_out_that_letter_only_and_names_its_line() {
    let text = "Forename,Surname,Address 1,Postcode\nAna,Khan,12 Mill Lane,LS6 2AB\n\
                Zoe,\u{1F600} Smith,7 Park View,LS8 4EF\nSam,Patel,9 Elm Road,LS8 4EG\n";
    let list = ok("u.csv", text.as_bytes());
    let (pdf, counts) = render_letters(
        &practice(),
        &letters(&list.patients, Grouping::each(date!(2026 - 02 - 23))),
        date!(2026 - 02 - 23),
        &FontSource::default(),
        &mut |_, _| true,
    )
    .unwrap();
    assert_eq!(counts.letters, 2, "the others are made");
    assert_eq!(counts.left_out, [LeftOut { lines: vec![3], code: 0x1F600 }]);
    let said = counts.left_out[0].to_string();
    assert!(said.starts_with("line 3: ") && said.contains("U+1F600"), "{said}");
    assert!(!said.contains("Smith") && !said.contains("Park View"), "no patient value in the message: {said}");
    let printed = pdf_text(&pdf);
    assert!(printed.contains("Mill Lane") && printed.contains("Elm Road"), "{printed}");
    assert!(!printed.contains("Park View"), "nothing of the left-out letter is in the file");
}

#[test]
fn a_name_of_two_thousand_combining_marks_is_too_long() {
    let zalgo = format!("A{}", "\u{301}".repeat(2_000));
    let text = format!("Surname,Address 1,Postcode\n{zalgo},1 Lane,BA5 2PU\n");
    let list = ok("p.csv", text.as_bytes());
    assert_eq!(problems(&list), ["p.csv, line 2: surname: longer than 1,000 characters (2,001)"]);
}

// ------------------------------------------------------------------------------------------------------------------
// Privacy, over every fixture.

/// The cells of a fixture's rows after the first, as text: what must never be shown. Short cells are left out, as
/// are cells that are also header names (the header is shown, to choose columns) or words of the messages.
fn values_of(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let mut lines = text.split(['\n', '\r']);
    let header = lines.next().unwrap_or_default().to_string();
    let messages = format!(
        "{} {}",
        ListError::NoHeader { file: String::new(), line: 0 },
        ListError::MissingColumns { file: String::new(), missing: Field::ALL.to_vec() }
    );
    lines
        .flat_map(|line| line.split([',', ';', '\t', '"']).map(|cell| cell.trim().to_string()).collect::<Vec<_>>())
        .filter(|cell| cell.chars().count() >= 4 && cell.chars().any(char::is_alphanumeric))
        .filter(|cell| !header.contains(cell.as_str()) && !messages.contains(cell.as_str()))
        .collect()
}

#[test]
fn nothing_shown_of_any_fixture_holds_a_value_from_its_rows() {
    let mut checked = 0;
    for folder in ["hostile", "csv"] {
        let dir = format!("{}/tests/fixtures/{folder}", env!("CARGO_MANIFEST_DIR"));
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            let result = read("fixture.csv", &bytes);
            let shown = shown(&result);
            for value in values_of(&bytes) {
                assert!(!shown.contains(&value), "{}: {value:?} is shown: {shown}", path.display());
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} values checked");
}

// ------------------------------------------------------------------------------------------------------------------
// Helpers that run things.

/// The command-line tool making letters from `csv` in `dir`, its address space limited to `mib` MiB.
fn cli_limited(dir: &Path, csv: &str, mib: usize) -> std::process::Output {
    Command::new("sh")
        .current_dir(dir)
        .arg("-c")
        .arg(format!("ulimit -v {} && exec \"$0\" \"$@\"", mib * 1024))
        .arg(env!("CARGO_BIN_EXE_pathfinder-notices"))
        .args(["letters", "--csv", csv, "--out", "letters.pdf", "--practice", "practice.json", "--date", "2026-02-23"])
        .output()
        .unwrap()
}

fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letters.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(&path).arg("-").output().expect("pdftotext");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}
