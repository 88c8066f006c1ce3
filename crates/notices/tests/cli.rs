//! The command-line tool, run as a practice would run it.

use std::path::Path;
use std::process::{Command, Output};

use pathfinder_notices::patients::MAX_SURNAMES;

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
    let told: Vec<String> = stderr(&output).lines().map(str::to_owned).collect();
    assert_eq!(told[0], "patients.csv, line 4: surname: missing");
    assert!(told[1].starts_with("draft translations, not yet reviewed: pl;"), "{told:?}");
    assert_eq!(told.len(), 2, "{told:?}");
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

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(path).arg("-").output().expect("pdftotext");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Which objection types the pilot offers comes from the centre: practice.json's `objectionTypes`, both when absent.
#[test]
fn the_objection_types_in_practice_json_decide_the_forms_boxes() {
    let dir = tempfile::tempdir().unwrap();
    let with_types = |types: &str| PRACTICE.replace('}', &format!(r#", "objectionTypes": {types}}}"#));
    std::fs::write(dir.path().join("both.json"), PRACTICE).unwrap();
    std::fs::write(dir.path().join("type1.json"), with_types(r#"["type1"]"#)).unwrap();

    let output = run(dir.path(), &["objection-form", "--out", "both.pdf", "--practice", "both.json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let both = pdf_text(&dir.path().join("both.pdf"));
    assert!(both.contains("Type 1:") && both.contains("Type 2:"), "both when absent: {both}");

    let output = run(dir.path(), &["objection-form", "--out", "type1.pdf", "--practice", "type1.json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let type1 = pdf_text(&dir.path().join("type1.pdf"));
    assert!(type1.contains("Type 1:") && !type1.contains("Type 2") && !type1.contains("9Nu4"), "{type1}");

    for refused in [r#"["type2"]"#, "[]"] {
        std::fs::write(dir.path().join("bad.json"), with_types(refused)).unwrap();
        let output = run(dir.path(), &["leaflet", "--out", "bad.pdf", "--practice", "bad.json"]);
        assert_eq!(output.status.code(), Some(2), "{refused} is refused");
        let message = stderr(&output);
        assert!(message.contains("bad.json") && message.contains("objectionTypes must include \"type1\""), "{message}");
        assert!(!dir.path().join("bad.pdf").exists());
    }
}

/// Households: `--max-surnames` decides when an address is too many families to group, is checked, and the summary
/// says how many addresses were split and how many letters go to a parent or guardian, never who.
#[test]
fn the_limit_of_surnames_is_an_option_and_the_summary_counts_what_it_split() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("practice.json"), PRACTICE).unwrap();
    let mut csv = String::from("Forename,Surname,Address 1,Postcode,DOB\n");
    for (i, surname) in ["Abbott", "Barker", "Carter", "Dixon", "Ellis", "Fowler", "Gibson"].iter().enumerate() {
        csv.push_str(&format!("Resident{i},{surname},Rosewood Care Home,LS8 1AA,01/01/1930\n"));
    }
    csv.push_str("Tom,Reed,4 Mill Lane,LS6 2AB,14/05/2015\nAdam,Reed,4 Mill Lane,LS6 2AB,\n");
    std::fs::write(dir.path().join("patients.csv"), csv).unwrap();
    let letters = |extra: &[&str]| {
        let mut args = vec!["letters", "--csv", "patients.csv", "--out", "letters.pdf", "--practice", "practice.json"];
        args.extend_from_slice(extra);
        args.extend_from_slice(&["--date", "2026-02-23"]);
        run(dir.path(), &args)
    };

    let output = letters(&["--households"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let summary = String::from_utf8_lossy(&output.stdout);
    assert!(summary.starts_with("wrote 8 letters"), "seven residents, one family: {summary}");
    assert!(summary.contains("1 addresses with more than 6 surnames not grouped"), "{summary}");
    assert!(summary.contains("0 to a parent or guardian"), "{summary}");
    assert!(summary.contains("1 patients with no date of birth, written to as adults"), "{summary}");
    assert!(!summary.contains("Rosewood") && !summary.contains("Reed"), "{summary}");

    let output = letters(&["--households", "--max-surnames", "7"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let summary = String::from_utf8_lossy(&output.stdout);
    assert!(summary.starts_with("wrote 2 letters") && summary.contains("0 addresses with more than 7"), "{summary}");

    let output = letters(&[]);
    let summary = String::from_utf8_lossy(&output.stdout);
    assert!(summary.starts_with("wrote 9 letters") && summary.contains("1 to a parent or guardian"), "{summary}");
    let text = pdf_text(&dir.path().join("letters.pdf"));
    assert!(text.contains("To the parent or guardian of Tom Reed 4 Mill Lane"), "{text}");

    for refused in ["0", "51", "six"] {
        let output = letters(&["--households", "--max-surnames", refused]);
        assert_eq!(output.status.code(), Some(2), "{refused}");
        assert!(stderr(&output).contains("--max-surnames"), "{}", stderr(&output));
    }
    // The limits are the crate's own.
    let (least, most) = (MAX_SURNAMES.start().to_string(), MAX_SURNAMES.end().to_string());
    for allowed in [&least, &most] {
        assert!(letters(&["--households", "--max-surnames", allowed]).status.success(), "{allowed}");
    }
    // Without --households nothing is grouped, so a limit on grouping is a mistake, said as one.
    let output = letters(&["--max-surnames", "7"]);
    assert_eq!(output.status.code(), Some(2), "{}", String::from_utf8_lossy(&output.stdout));
    assert!(stderr(&output).contains("--households"), "{}", stderr(&output));
}

/// Without `--date`, letters bear today's date where the computer is, not in UTC. Run in a zone 14 hours ahead
/// of UTC and in one 12 hours behind, at least one of the two dates differs from UTC's at any hour of the day.
#[test]
fn letters_are_dated_today_in_the_computers_time_zone() {
    use time::{Duration, OffsetDateTime};
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("practice.json"), PRACTICE).unwrap();
    std::fs::write(
        dir.path().join("patients.csv"),
        "Forename,Surname,Address 1,Postcode\nGrace,Okafor,4 Elm Street,LS2 7AB\n",
    )
    .unwrap();
    let mut differs_from_utc = false;
    for (tz, offset) in [("<+14>-14", Duration::hours(14)), ("<-12>+12", Duration::hours(-12))] {
        let (text, local, utc) = loop {
            let (before, utc) = ((OffsetDateTime::now_utc() + offset).date(), OffsetDateTime::now_utc().date());
            let output = Command::new(env!("CARGO_BIN_EXE_pathfinder-notices"))
                .current_dir(dir.path())
                .env("TZ", tz)
                .args(["letters", "--csv", "patients.csv", "--out", "letters.pdf", "--practice", "practice.json"])
                .output()
                .unwrap();
            assert!(output.status.success(), "{}", stderr(&output));
            // A run that crossed a midnight is run again.
            if (OffsetDateTime::now_utc() + offset).date() == before && OffsetDateTime::now_utc().date() == utc {
                break (pdf_text(&dir.path().join("letters.pdf")), before, utc);
            }
        };
        let dated = pathfinder_notices::documents::format_date(local, "en-GB");
        assert!(text.contains(&dated), "TZ={tz}: the letter is dated {dated}: {text}");
        if local != utc {
            differs_from_utc = true;
            let utc_date = pathfinder_notices::documents::format_date(utc, "en-GB");
            assert!(!text.contains(&utc_date), "TZ={tz}: not dated {utc_date} as in UTC: {text}");
        }
    }
    assert!(differs_from_utc);
}

/// A mail-out from the command line: a proof, the run split by language and print size and in batches (each file
/// named with its letters and pages, every letter starting on a new sheet), and the mailing house's address file in
/// the same order, with formulas neutralised.
#[test]
fn a_mail_out_proof_split_batches_and_addresses() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("practice.json"), PRACTICE).unwrap();
    std::fs::write(
        dir.path().join("patients.csv"),
        "Title,Forename,Surname,Address 1,Postcode,Main Language,Communication Needs\n\
         Mrs,Grace,Okafor,4 Elm Street,LS2 7AB,English,\n\
         Mr,Tomasz,Nowak,9 Ash Grove,LS1 1DF,Polish,\n\
         \u{20},=HYPERLINK(\"x\"),Reed,+44 Mill Lane,LS1 1AA,English,\n\
         Mr,Ade,Bello,@Oak Court,LS3 5GH,English,Large print\n\
         Ms,Ann,Carr,-2 Birch Road,LS2 6XY,English,\n",
    )
    .unwrap();
    let pages = |path: &Path| {
        let info = Command::new("pdfinfo").arg(path).output().expect("pdfinfo");
        let info = String::from_utf8_lossy(&info.stdout).into_owned();
        info.lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse::<usize>().unwrap()
    };
    let list = ["--csv", "patients.csv", "--practice", "practice.json", "--date", "2026-03-02"];

    let output = run(dir.path(), &[&["letters", "--out", "proof.pdf", "--proof"], &list[..]].concat());
    assert!(output.status.success(), "{}", stderr(&output));
    let summary = String::from_utf8_lossy(&output.stdout);
    assert!(summary.starts_with("wrote 3 proof letters"), "English standard and large print, Polish: {summary}");
    let text = Command::new("pdftotext").args(["proof.pdf", "-"]).current_dir(dir.path()).output().unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    let marks = text.matches("PROOF: for checking at the practice, not for posting").count();
    assert_eq!(marks, 2 * pages(&dir.path().join("proof.pdf")), "every page is marked, top and bottom");

    std::fs::create_dir(dir.path().join("out")).unwrap();
    let output = run(dir.path(), &[&["letters", "--split", "out", "--batch", "2"], &list[..]].concat());
    assert!(output.status.success(), "{}", stderr(&output));
    let summary = String::from_utf8_lossy(&output.stdout).into_owned();
    let files: Vec<&str> = summary.lines().skip(1).collect();
    assert_eq!(files.len(), 4, "{summary}");
    let expected = [
        ("letters-en-GB-standard-batch-01-of-02.pdf", 2),
        ("letters-en-GB-standard-batch-02-of-02.pdf", 1),
        ("letters-en-GB-large-print-batch-01-of-01.pdf", 1),
        ("letters-pl-standard-batch-01-of-01.pdf", 1),
    ];
    for ((name, letters), line) in expected.iter().zip(&files) {
        let path = dir.path().join("out").join(name);
        let count = pages(&path);
        assert_eq!(*line, format!("out/{name}: {letters} letters, {count} pages"));
        assert_eq!(count % 2, 0, "{name}: each letter is padded to whole sheets");
    }
    let first = Command::new("pdftotext")
        .args(["out/letters-en-GB-standard-batch-01-of-02.pdf", "-"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let first = String::from_utf8_lossy(&first.stdout);
    let (reed, carr) = (first.find("Reed").unwrap(), first.find("Carr").unwrap());
    assert!(reed < carr, "postcode order: LS1 1AA before LS2 6XY");

    let output =
        run(dir.path(), &[&["addresses", "--out", "addresses.csv", "--split", "--batch", "2"], &list[..]].concat());
    assert!(output.status.success(), "{}", stderr(&output));
    let csv = std::fs::read_to_string(dir.path().join("addresses.csv")).unwrap();
    let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(
        rows[0],
        "letter,file,language,print_size,sort,addressee,address_1,address_2,address_3,address_4,address_5,postcode"
    );
    assert_eq!(
        rows[1],
        "1,letters-en-GB-standard-batch-01-of-02.pdf,en-GB,standard,person,\"'=HYPERLINK(\"\"x\"\") Reed\",'+44 Mill Lane,,,,,LS1 1AA"
    );
    assert!(
        rows[2].starts_with("2,letters-en-GB-standard-batch-01-of-02.pdf,") && rows[2].contains(",'-2 Birch Road,")
    );
    assert!(rows[3].starts_with("3,letters-en-GB-standard-batch-02-of-02.pdf,") && rows[3].ends_with("LS2 7AB"));
    assert!(
        rows[4].starts_with("4,letters-en-GB-large-print-batch-01-of-01.pdf,en-GB,large-print,")
            && rows[4].contains(",'@Oak Court,")
    );
    assert!(rows[5].starts_with("5,letters-pl-standard-batch-01-of-01.pdf,pl,standard,person,Mr Tomasz Nowak,"));
    assert_eq!(rows.len(), 6);
}
