//! Dates of birth read from a patient list as a whole column: a column re-saved month first (US format) or mixing
//! the two orders stops the run, and a date of birth after the letters' date is refused; each error names the file,
//! the line and the column, never the date. Every person here is invented.

use std::path::Path;
use std::process::{Command, Output};

use pathfinder_notices::patients::{ListError, PatientList, check_born_by, read_patient_list};
use time::macros::date;

const HEADER: &str = "NHS Number,Title,Forename,Surname,Date of Birth,Address Line 1,Postcode\n";

/// The list written to a file as the practice's export would be, then read from it as the app reads it.
fn read_file(dir: &Path, name: &str, rows: &[&str]) -> Result<PatientList, ListError> {
    let path = dir.join(name);
    std::fs::write(&path, format!("{HEADER}{}\n", rows.join("\n"))).unwrap();
    read_patient_list(name, &std::fs::read(&path).unwrap(), None)
}

fn row(surname: &str, born: &str) -> String {
    format!(",Mrs,Ann,{surname},{born},1 Mill Lane,LS1 4AP")
}

fn assert_no_value(message: &str, values: &[&str]) {
    for value in values {
        assert!(!message.contains(value), "{value:?} in {message:?}");
    }
}

#[test]
fn a_column_of_month_first_dates_stops_the_run_naming_the_file_and_column() {
    let dir = tempfile::tempdir().unwrap();
    // 03/11/1950 re-saved by a spreadsheet in mm/dd/yyyy is 11/03/1950, which reads either way; 11/23/1950 and
    // 12/31/1970 read only month first.
    let rows = [row("Ashworth", "11/03/1950"), row("Brennan", "11/23/1950"), row("Cole", "12/31/1970 00:00")];
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let err = read_file(dir.path(), "export-us.csv", &rows).unwrap_err();
    assert_eq!(
        err,
        ListError::DatesMonthFirst { file: "export-us.csv".into(), column: 5, header: "Date of Birth".into() }
    );
    assert_eq!(err.code(), "patient-list-dates-month-first");
    let message = err.to_string();
    assert!(message.starts_with("export-us.csv, column 5 (Date of Birth): "), "{message}");
    assert!(message.contains("month-first (US format"), "{message}");
    assert!(message.contains("export the list again with dates day first (dd/mm/yyyy)"), "{message}");
    assert_no_value(&message, &["11/03/1950", "11/23/1950", "12/31/1970", "Ashworth", "Brennan", "Cole"]);
}

#[test]
fn a_column_of_both_orders_names_the_first_line_of_each_never_a_date() {
    let dir = tempfile::tempdir().unwrap();
    let rows = [
        row("Ashworth", "02/03/1950"), // line 2: either order
        row("Brennan", "23/11/1950"),  // line 3: day first only
        row("Cole", "1950-11-23"),     // line 4: ISO, no order to guess
        row("Dunne", "11/23/1951"),    // line 5: month first only
        row("Evans", "31/12/1970"),    // line 6: day first only
        row("Fox", "12/31/1970"),      // line 7: month first only
    ];
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let err = read_file(dir.path(), "mixed.csv", &rows).unwrap_err();
    assert_eq!(
        err,
        ListError::DatesMixedOrder {
            file: "mixed.csv".into(),
            column: 5,
            header: "Date of Birth".into(),
            month_first_line: 5,
            day_first_line: 3,
        }
    );
    assert_eq!(err.code(), "patient-list-dates-mixed-order");
    let message = err.to_string();
    assert!(message.starts_with("mixed.csv, column 5 (Date of Birth): "), "{message}");
    assert!(
        message.contains("line 5 is month-first (US format") && message.contains("line 3 is day-first"),
        "{message}"
    );
    assert_no_value(&message, &["02/03/1950", "23/11/1950", "11/23/1951", "31/12/1970", "12/31/1970", "Dunne"]);
}

#[test]
fn day_first_and_ambiguous_columns_are_read_day_first_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let rows = [row("Ashworth", "03/11/1950"), row("Brennan", "23/11/1950"), row("Cole", "01-Jan-2010")];
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let list = read_file(dir.path(), "uk.csv", &rows).unwrap();
    let born: Vec<_> = list.patients.iter().map(|p| p.date_of_birth).collect();
    assert_eq!(born, [Some(date!(1950 - 11 - 03)), Some(date!(1950 - 11 - 23)), Some(date!(2010 - 01 - 01))]);
    // A column of dates that read either way is read day first: nothing shows it is month first.
    let rows = [row("Ashworth", "11/03/1950"), row("Brennan", "01/02/1960")];
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let list = read_file(dir.path(), "either.csv", &rows).unwrap();
    assert_eq!(list.patients[0].date_of_birth, Some(date!(1950 - 03 - 11)));
    assert!(list.problems.is_empty(), "{:?}", list.problems);
}

#[test]
fn a_date_of_birth_after_the_letters_date_is_refused_naming_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let dated = date!(2026 - 03 - 02);
    let rows = [
        row("Ashworth", "02/03/2026"), // born on the letters' date: a newborn, not refused
        row("Brennan", "03/03/2026"),  // line 3: the day after
        row("Cole", "2031-01-01"),     // line 4: later still
    ];
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let list = read_file(dir.path(), "births.csv", &rows).unwrap();
    let err = check_born_by("births.csv", &list, dated).unwrap_err();
    assert_eq!(
        err,
        ListError::BornAfterLetterDate {
            file: "births.csv".into(),
            line: 3,
            column: 5,
            header: "Date of Birth".into(),
            dated,
        }
    );
    assert_eq!(err.code(), "patient-list-born-after-letter-date");
    let message = err.to_string();
    assert!(message.starts_with("births.csv, line 3, column 5 (Date of Birth): a date of birth after"), "{message}");
    assert_no_value(&message, &["03/03/2026", "2026-03-03", "2031", "Brennan"]);

    let born_by = read_file(dir.path(), "ok.csv", &[&row("Ashworth", "02/03/2026"), &row("Brennan", "")]).unwrap();
    assert_eq!(check_born_by("ok.csv", &born_by, dated), Ok(()));
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pathfinder-notices")).current_dir(dir).args(args).output().unwrap()
}

const PRACTICE: &str = r#"{"name": "Riverside Surgery", "address": ["1 River Road", "Leeds"], "phone": "0113 496 0000",
  "windowStart": "2026-03-02", "windowEnd": "2026-04-13", "firstExtract": "2026-04-27"}"#;

#[test]
fn the_letters_command_stops_on_either_and_never_prints_the_date() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("practice.json"), PRACTICE).unwrap();
    let letters = ["letters", "--csv", "patients.csv", "--out", "letters.pdf", "--practice", "practice.json"];
    let cases = [
        (row("Brennan", "04/03/2026"), "patients.csv, line 2, column 5 (Date of Birth): a date of birth after"),
        (row("Brennan", "11/23/1950"), "patients.csv, column 5 (Date of Birth): the dates of birth look month-first"),
    ];
    for (patient, told) in cases {
        std::fs::write(dir.path().join("patients.csv"), format!("{HEADER}{patient}\n")).unwrap();
        let output = run(dir.path(), &[&letters[..], &["--date", "2026-03-02"]].concat());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(told), "{stderr}");
        assert_no_value(&stderr, &["04/03/2026", "11/23/1950", "Brennan"]);
        assert!(!dir.path().join("letters.pdf").exists(), "no letters made");
    }
}
