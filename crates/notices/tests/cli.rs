//! The command-line tool, run as a practice would run it.

use std::path::Path;
use std::process::{Command, Output};

const PRACTICE: &str = r#"{"name": "Riverside Surgery", "address": ["1 River Road", "Leeds"], "phone": "0113 496 0000",
  "windowStart": "2026-03-02", "windowEnd": "2026-04-13", "firstExtract": "2026-04-27"}"#;

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pathfinder-notices")).current_dir(dir).args(args).output().unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn letters_are_made_and_bad_rows_are_listed_by_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("practice.json"), PRACTICE).unwrap();
    std::fs::write(
        dir.path().join("patients.csv"),
        "NHS Number\tTitle\tForename\tSurname\tAddress 1\tPostcode\tMain Language\n\
         \tMrs\tGrace\tOkafor\t4 Elm Street\tLS2 7AB\tEnglish\n\
         \tMr\tTomasz\tNowak\t9 Ash Grove\tLS3 1DF\tPolish\n\
         \tMs\tNo\t\t5 Birch Road\tLS4 2GH\tEnglish\n",
    )
    .unwrap();
    let output =
        run(dir.path(), &["letters", "--csv", "patients.csv", "--out", "letters.pdf", "--practice", "practice.json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let summary = String::from_utf8_lossy(&output.stdout);
    assert!(summary.starts_with("wrote 2 letters"), "{summary}");
    assert!(summary.contains("en-GB 1, pl 1") && summary.contains("1 rows left out"), "{summary}");
    assert_eq!(stderr(&output).trim(), "patients.csv, line 4: surname: missing");
    assert!(std::fs::read(dir.path().join("letters.pdf")).unwrap().starts_with(b"%PDF"));
    assert!(!summary.contains("Okafor") && !stderr(&output).contains("Birch"), "nothing of the list is printed");
}

#[test]
fn bad_input_names_the_file_and_line_and_exits_with_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("practice.json"), "{\n  \"name\": \"Riverside\",\n  \"phone\": 7\n}").unwrap();
    std::fs::write(dir.path().join("good.json"), PRACTICE).unwrap();
    std::fs::write(dir.path().join("list.csv"), "Forename,Town\nAda,Leeds\n").unwrap();

    let output = run(dir.path(), &["leaflet", "--out", "leaflet.pdf", "--practice", "practice.json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("practice.json, line 3"), "{}", stderr(&output));

    let output = run(dir.path(), &["letters", "--csv", "list.csv", "--out", "l.pdf", "--practice", "good.json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("list.csv"), "{}", stderr(&output));
    assert!(!dir.path().join("l.pdf").exists(), "no file is left after a failed run");

    let no_phone = PRACTICE.replace("0113 496 0000", "");
    std::fs::write(dir.path().join("no-phone.json"), no_phone).unwrap();
    let output = run(dir.path(), &["objection-form", "--out", "f.pdf", "--practice", "no-phone.json"]);
    assert_eq!(output.status.code(), Some(2), "a notice without the practice's phone number is bad input");
    assert!(stderr(&output).contains("phone number"), "{}", stderr(&output));

    let output = run(dir.path(), &["poster-a4", "--out", "p.pdf", "--practice", "good.json", "--lang", "tlh"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("tlh"));

    let output = run(dir.path(), &["poster-a3", "--out", "p.pdf", "--practice", "good.json", "--large-print"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(
        !leftovers.iter().any(|n| n.to_string_lossy().starts_with('.')),
        "no temporary file is left: {leftovers:?}"
    );
}
