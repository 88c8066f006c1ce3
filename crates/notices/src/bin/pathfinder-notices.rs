//! `pathfinder-notices`: the notices from the command line, for practices that script their mailings.
//!
//! pathfinder-notices letters --csv FILE (--out FILE.pdf | --split DIR) --practice FILE.json
//!     [--households [--max-surnames N]] [--date YYYY-MM-DD] [--punjabi-script gurmukhi|shahmukhi]
//!     [--proof] [--batch N] [--single-sided]
//! pathfinder-notices addresses --csv FILE --practice FILE.json --out FILE.csv [--households [--max-surnames N]]
//!     [--date YYYY-MM-DD] [--punjabi-script ...] [--split] [--batch N]
//! pathfinder-notices acknowledgements --csv FILE --out FILE.pdf --practice FILE.json [--date YYYY-MM-DD]
//!     [--punjabi-script gurmukhi|shahmukhi]
//! pathfinder-notices <poster-a4|poster-a3|leaflet|objection-form|withdrawal-form|staff-briefing> --out FILE.pdf --practice FILE.json
//!     [--lang CODE] [--large-print]
//! Either takes [--font-dir DIR]..., folders of fonts to look in before the system's, and [--english-only].
//!
//! A draft translation (one nobody has reviewed, in locales/languages.json) is printed with the English text beside
//! it; before anything is made, the languages of the run that are drafts are named on standard error.
//! `--english-only` prints everything in English instead.
//!
//! practice.json is `{"name", "address": [...], "phone", "windowStart", "windowEnd", "firstExtract"}`, with
//! `"objectionTypes": ["type1"]` where the pilot offers the Type 1 objection only (both, `["type1", "type2"]`, when
//! absent). Every notice follows it.
//!
//! Bad input (a file that cannot be read, a practice file that is not right, an unknown language) ends with a
//! message naming the file, line and field, and exit code 2. Rows of the list with problems are listed on
//! standard error by line and reason, and the other letters are made. Nothing from the list is printed.
//!
//! A patient under 16 on the letter's date (from the date-of-birth column; one with none is taken as an adult) is
//! written to through a parent or guardian. With `--households`, an address with more than `--max-surnames`
//! different surnames (6 unless given; a care home, halls, a hostel) is not grouped: each person there gets a letter.
//!
//! The letters are in postcode order. `--proof` makes one letter of each language, print size and sort (to a person,
//! a household, a parent or guardian) in the list, every page marked as a proof. `--split DIR` writes one PDF per
//! language and print size into DIR (`letters-pl-standard.pdf`...), `--batch N` at most N letters a file (with
//! `--out letters.pdf`: `letters-batch-01-of-12.pdf`... beside it); both together batch each language and print size.
//! Each file written is named on standard output with its letters and pages. Unless `--single-sided`, a letter of an
//! odd number of pages is followed by a blank page, so that printed on both sides every letter starts on a new sheet.
//!
//! `addresses` writes the mailing house's CSV: one row per letter, in the order the letters command prints them with
//! the same options (`--split` and `--batch` name the same files), with the letter's number, file, language, print
//! size and sort, the addressee and the address. Cells a spreadsheet would run as formulas start with an apostrophe.
//!
//! `acknowledgements` writes to each patient in the CSV of coded objection forms (one letter per person, rows of the
//! same person merged) that their form came and the objection is recorded, naming the type where a code column
//! says which (9Nu0/XaZ89, 9Nu4/XaaVL). A code it cannot acknowledge (an unknown one, or a Type 2 code where the
//! pilot offers Type 1 only) is bad input: every such line and column is named, exit code 2, and no file is written.
//! See `pathfinder_notices::documents::acknowledgements` for the rules.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use pathfinder_notices::documents::acknowledgements::{
    AcknowledgementError, AcknowledgementOptions, read_acknowledgements,
};
use pathfinder_notices::documents::letters::{Counts, LetterOptions, render_letters_with};
use pathfinder_notices::documents::mailing::{Layout, address_csv, parts, postcode_order, proof_letters};
use pathfinder_notices::documents::{FontSource, Kind, NoticeError, PracticeDetails, render, translations};
use pathfinder_notices::patients::{
    DEFAULT_MAX_SURNAMES, Grouping, MAX_FILE_BYTES, MAX_SURNAMES, PatientList, Plan, PunjabiScript, check_born_by,
    plan, read_patient_list_in,
};

#[derive(Parser)]
#[command(name = "pathfinder-notices", about = "Patient notices for the care.data pilot, as PDF")]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// A folder of fonts to look in before the system's (the user's own fonts folder, say); may be given again.
    #[arg(long, global = true, value_name = "DIR")]
    font_dir: Vec<PathBuf>,
    /// Everything in English, whatever the list's language column or --lang says (no draft translation is
    /// printed).
    #[arg(long, global = true)]
    english_only: bool,
}

#[derive(Subcommand)]
enum Command {
    /// A personalised letter (with the objection form) for every patient, or every household, in a patient list.
    Letters {
        #[command(flatten)]
        run: Run,
        /// The PDF to write (or, with --batch, the name its batches are numbered after).
        #[arg(long, required_unless_present = "split", conflicts_with = "split")]
        out: Option<PathBuf>,
        /// One PDF per language and print size, written into this folder (which must exist).
        #[arg(long, value_name = "DIR")]
        split: Option<PathBuf>,
        /// At most N letters in a file.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        batch: Option<u32>,
        /// One letter of each language, print size and sort in the list, every page marked as a proof.
        #[arg(long, conflicts_with_all = ["split", "batch"])]
        proof: bool,
        /// No blank page after a letter of an odd number of pages (for printing on one side of the paper).
        #[arg(long)]
        single_sided: bool,
    },
    /// The mailing house's address file: one row per letter, in the order the letters command prints them.
    Addresses {
        #[command(flatten)]
        run: Run,
        /// The CSV to write.
        #[arg(long)]
        out: PathBuf,
        /// Name the files as `letters --split` writes them (one per language and print size), in their order.
        #[arg(long)]
        split: bool,
        /// As `letters --batch N`.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        batch: Option<u32>,
    },
    /// A letter acknowledging each coded objection form, for every patient in the CSV the clinical system exported
    /// of them (one letter per person).
    Acknowledgements {
        /// The patients whose forms were coded, exported from the clinical system: the patient list's columns and,
        /// where it has one, a code column ("Read code", "CTV3 code", "Code"...) saying which objection was coded.
        #[arg(long)]
        csv: PathBuf,
        #[arg(long)]
        out: PathBuf,
        /// The practice's details: {"name", "address": [...], "phone", "windowStart", "windowEnd", "firstExtract"},
        /// and "objectionTypes" where the pilot offers Type 1 only.
        #[arg(long)]
        practice: PathBuf,
        /// The date printed on the letters (default: today, in the computer's time zone).
        #[arg(long)]
        date: Option<String>,
        /// The script of the letters for patients whose language is just "Punjabi": gurmukhi (the default) or
        /// shahmukhi.
        #[arg(long, value_enum, default_value = "gurmukhi")]
        punjabi_script: Script,
    },
    #[command(name = "poster-a4")]
    PosterA4(Single),
    #[command(name = "poster-a3")]
    PosterA3(Single),
    Leaflet(Single),
    #[command(name = "objection-form")]
    ObjectionForm(Single),
    #[command(name = "withdrawal-form")]
    WithdrawalForm(Single),
    #[command(name = "staff-briefing")]
    StaffBriefing(Single),
}

/// What the letters and their address file are made from.
#[derive(clap::Args)]
struct Run {
    #[arg(long)]
    csv: PathBuf,
    /// The practice's details and window: {"name", "address": [...], "phone", "windowStart", "windowEnd",
    /// "firstExtract"}.
    #[arg(long)]
    practice: PathBuf,
    /// One letter for everyone at the same address.
    #[arg(long)]
    households: bool,
    /// With --households: an address with more than this many different surnames (a care home, halls, a
    /// hostel) is not grouped, and each person there gets their own letter. From 1 to 50.
    #[arg(
        long,
        value_name = "N",
        requires = "households",
        default_value_t = DEFAULT_MAX_SURNAMES as u16,
        value_parser = clap::value_parser!(u16).range(SURNAMES_ALLOWED)
    )]
    max_surnames: u16,
    /// The date printed on the letters (default: today, in the computer's time zone).
    #[arg(long)]
    date: Option<String>,
    /// The script of the letters for patients whose language is just "Punjabi": gurmukhi (the default) or
    /// shahmukhi. A list that names the script ("Punjabi (Shahmukhi)", "pa-Arab", "pnb") keeps it.
    #[arg(long, value_enum, default_value = "gurmukhi")]
    punjabi_script: Script,
}

/// The values `--max-surnames` takes: the crate's own range, as clap reads it.
const SURNAMES_ALLOWED: std::ops::RangeInclusive<i64> = (*MAX_SURNAMES.start() as i64)..=(*MAX_SURNAMES.end() as i64);

#[derive(Clone, Copy, clap::ValueEnum)]
enum Script {
    Gurmukhi,
    Shahmukhi,
}

impl Script {
    fn punjabi(self) -> PunjabiScript {
        match self {
            Script::Gurmukhi => PunjabiScript::Gurmukhi,
            Script::Shahmukhi => PunjabiScript::Shahmukhi,
        }
    }
}

/// Says on standard error, before anything is made, which languages of the run are draft translations.
fn tell_drafts(drafts: &[&str], english_only: bool) {
    if !drafts.is_empty() {
        eprintln!(
            "draft translations, not yet reviewed: {}; printed with the English text beside them{}",
            drafts.join(", "),
            if english_only { "" } else { " (--english-only prints everything in English)" }
        );
    }
}

#[derive(clap::Args)]
struct Single {
    #[arg(long)]
    out: PathBuf,
    #[arg(long)]
    practice: PathBuf,
    /// en-GB, pl, pa (Punjabi in Gurmukhi; also pa-Guru), pa-Arab (Punjabi in Shahmukhi), ur, bn, gu, ar, fr, zh-CN, pt
    /// or so.
    #[arg(long, default_value = "en-GB")]
    lang: String,
    #[arg(long)]
    large_print: bool,
}

/// A failure and its exit code: 2 for input the user can correct, 1 for the rest.
struct Failure(u8, String);

fn bad_input(message: impl Into<String>) -> Failure {
    Failure(2, message.into())
}

fn read_practice(path: &Path) -> Result<PracticeDetails, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| bad_input(format!("{}: {e}", path.display())))?;
    serde_json::from_str(&text)
        .map_err(|e| bad_input(format!("{}, line {}, column {}: {e}", path.display(), e.line(), e.column())))
}

/// A failed or cancelled run leaves no partial file: the PDF is written beside the target and renamed over it.
/// `--out` names a file in a folder that exists: the command makes no folders.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if path.file_name().is_none() {
        return Err(bad_input(format!("{}: not a file name", path.display())));
    }
    if !folder.is_dir() {
        return Err(Failure(1, format!("{}: no such folder", folder.display())));
    }
    pathfinder_files::write_atomically(path, bytes).map_err(|e| Failure(1, format!("{}: {e}", path.display())))
}

fn notice_error(error: NoticeError) -> Failure {
    match error {
        NoticeError::Language(_) | NoticeError::PracticeDetails(_) => bad_input(error.to_string()),
        other => Failure(1, other.to_string()),
    }
}

fn acknowledgement_error(error: AcknowledgementError) -> Failure {
    match error {
        AcknowledgementError::Notice(notice) => notice_error(notice),
        other => bad_input(other.to_string()),
    }
}

/// The date printed on letters: `--date`, else today.
fn letter_date(date: Option<String>) -> Result<time::Date, Failure> {
    match date {
        Some(text) => time::Date::parse(&text, time::macros::format_description!("[year]-[month]-[day]"))
            .map_err(|_| bad_input(format!("--date {text}: not a date like 2026-03-02"))),
        None => Ok(local_today()),
    }
}

/// A list's bytes and its file name, refused by its size before it is read.
fn read_list(csv: &Path) -> Result<(String, Vec<u8>), Failure> {
    let size = std::fs::metadata(csv).map_err(|e| bad_input(format!("{}: {e}", csv.display())))?.len();
    if size > MAX_FILE_BYTES as u64 {
        return Err(bad_input(format!(
            "{} is {} MB, larger than any patient list ({} MB at most)",
            csv.display(),
            size.div_ceil(1 << 20),
            MAX_FILE_BYTES >> 20
        )));
    }
    let bytes = std::fs::read(csv).map_err(|e| bad_input(format!("{}: {e}", csv.display())))?;
    let name = csv.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Ok((name, bytes))
}

/// What a run is made from: the practice, the letters' date and the list, read (its rows with problems told on
/// standard error).
struct Made {
    practice: PracticeDetails,
    dated: time::Date,
    list: PatientList,
}

impl Made {
    fn read(run: &Run) -> Result<Self, Failure> {
        let practice = read_practice(&run.practice)?;
        let dated = letter_date(run.date.clone())?;
        let (name, bytes) = read_list(&run.csv)?;
        let list = read_patient_list_in(&name, &bytes, None, run.punjabi_script.punjabi())
            .map_err(|e| bad_input(e.to_string()))?;
        check_born_by(&name, &list, dated).map_err(|e| bad_input(e.to_string()))?;
        for problem in &list.problems {
            eprintln!("{problem}");
        }
        Ok(Self { practice, dated, list })
    }

    /// The letters, grouped as asked, in English where asked, in postcode order; the draft languages told.
    fn plan(&self, run: &Run, english_only: bool) -> Plan<'_> {
        let grouping =
            Grouping { by_household: run.households, max_surnames: usize::from(run.max_surnames), dated: self.dated };
        let mut planned = plan(&self.list.patients, grouping);
        if english_only {
            translations::english_only(&mut planned.letters);
        }
        postcode_order(&mut planned.letters);
        tell_drafts(&translations::drafts(planned.letters.iter().map(|letter| letter.language)), english_only);
        planned
    }

    fn no_birth(&self) -> usize {
        self.list.patients.iter().filter(|p| p.date_of_birth.is_none()).count()
    }

    fn problem_lines(&self) -> impl Iterator<Item = usize> + '_ {
        self.list.problems.iter().map(|p| p.line)
    }
}

/// The folder a file is written in: its parent, or the current folder.
fn parent(path: &Path) -> PathBuf {
    path.parent().filter(|p| !p.as_os_str().is_empty()).map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// `letters.pdf` with a part's suffix: `letters-pl-standard.pdf`.
fn file_name(base: &Path, suffix: &str) -> String {
    let stem = base.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "letters".into());
    let extension = base.extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_else(|| "pdf".into());
    format!("{stem}{suffix}.{extension}")
}

fn run(cli: Cli) -> Result<String, Failure> {
    let fonts = FontSource { first: cli.font_dir, last: Vec::new() };
    let (kind, single) = match cli.command {
        Command::Letters { run, out, split, batch, proof, single_sided } => {
            let layout = Layout { by_language: split.is_some(), batch: batch.map(|n| n as usize) };
            let (base, folder) = match (&split, &out) {
                (Some(dir), _) => (PathBuf::from("letters.pdf"), dir.clone()),
                (None, Some(out)) => (PathBuf::from(out.file_name().unwrap_or_default()), parent(out)),
                (None, None) => unreachable!("clap requires --out or --split"),
            };
            if !folder.is_dir() {
                return Err(Failure(1, format!("{}: no such folder", folder.display())));
            }
            let made = Made::read(&run)?;
            let planned = made.plan(&run, cli.english_only);
            let mut letters = planned.letters.clone();
            if proof {
                letters = proof_letters(&letters);
            }
            let options = LetterOptions { proof, double_sided: !single_sided };
            let parts = parts(letters, layout);
            let mut written = Vec::new();
            let mut total = Counts::default();
            for part in &parts {
                let path = if split.is_none() && batch.is_none() {
                    out.clone().expect("--out without --split")
                } else {
                    folder.join(file_name(&base, &part.suffix()))
                };
                let (pdf, counts) =
                    render_letters_with(&made.practice, &part.letters, made.dated, &fonts, options, &mut |_, _| true)
                        .map_err(notice_error)?;
                write_atomically(&path, &pdf)?;
                written.push(format!("{}: {} letters, {} pages", path.display(), counts.letters, counts.pages));
                total.add(counts);
            }
            for left_out in &total.left_out {
                eprintln!("{left_out}");
            }
            let left_out_lines = total.left_out.iter().flat_map(|left| left.lines.iter().copied());
            let languages: Vec<String> = total.by_language.iter().map(|(l, n)| format!("{l} {n}")).collect();
            let split_note = if run.households {
                format!(
                    "; {} addresses with more than {} surnames not grouped, a letter each",
                    planned.split_addresses, run.max_surnames
                )
            } else {
                String::new()
            };
            let target = match (&split, &out) {
                (None, Some(out)) if parts.len() == 1 => out.display().to_string(),
                _ => format!("{} files in {}", parts.len(), folder.display()),
            };
            let what = if proof { "proof letters" } else { "letters" };
            let mut summary = format!(
                "wrote {} {what} ({} pages, {} of them blank so that each letter starts a new sheet) to {target}: {}; \
                 standard {}, large print {}; {} to a parent or guardian{split_note}; {} patients with no date of \
                 birth, written to as adults; {} rows left out",
                total.letters,
                total.pages,
                total.blank_pages,
                languages.join(", "),
                total.standard,
                total.large_print,
                total.to_guardian,
                made.no_birth(),
                made.problem_lines().chain(left_out_lines).collect::<std::collections::BTreeSet<_>>().len()
            );
            if split.is_some() || batch.is_some() {
                for line in written {
                    summary.push('\n');
                    summary.push_str(&line);
                }
            }
            return Ok(summary);
        }
        Command::Addresses { run, out, split, batch } => {
            let made = Made::read(&run)?;
            let layout = Layout { by_language: split, batch: batch.map(|n| n as usize) };
            let parts = parts(made.plan(&run, cli.english_only).letters, layout);
            let base = PathBuf::from("letters.pdf");
            let files: Vec<String> = parts.iter().map(|part| file_name(&base, &part.suffix())).collect();
            let csv = address_csv(&made.practice, &parts, &files).map_err(notice_error)?;
            write_atomically(&out, &csv)?;
            let rows: usize = parts.iter().map(|part| part.letters.len()).sum();
            return Ok(format!(
                "wrote {rows} addresses, one per letter in postcode order, in {} files' order, to {}; {} rows left out",
                files.len(),
                out.display(),
                made.problem_lines().collect::<std::collections::BTreeSet<_>>().len()
            ));
        }
        Command::Acknowledgements { csv, out, practice, date, punjabi_script } => {
            let practice = read_practice(&practice)?;
            let dated = letter_date(date)?;
            let (name, bytes) = read_list(&csv)?;
            let options = AcknowledgementOptions {
                english_only: cli.english_only,
                punjabi: punjabi_script.punjabi(),
                mapping: None,
            };
            let list = read_acknowledgements(&name, &bytes, practice.objection_types, &options)
                .map_err(acknowledgement_error)?;
            for problem in &list.problems {
                eprintln!("{problem}");
            }
            tell_drafts(&translations::drafts(list.languages()), cli.english_only);
            let (pdf, counts) =
                list.render(&practice, dated, &fonts, &mut |_, _| true).map_err(acknowledgement_error)?;
            write_atomically(&out, &pdf)?;
            for left_out in &counts.left_out {
                eprintln!("{left_out}");
            }
            let languages: Vec<String> = counts.by_language.iter().map(|(l, n)| format!("{l} {n}")).collect();
            let untranslated = if counts.untranslated.is_empty() {
                String::new()
            } else {
                let asked: Vec<String> = counts.untranslated.iter().map(|(l, n)| format!("{l} {n}")).collect();
                format!("; in English, not yet translated: {}", asked.join(", "))
            };
            let left_out_lines = counts.left_out.iter().flat_map(|left| left.lines.iter().copied());
            let rows_left_out = (counts.problems.iter().map(|p| p.line))
                .chain(left_out_lines)
                .collect::<std::collections::BTreeSet<_>>()
                .len();
            return Ok(format!(
                "wrote {} acknowledgements ({} pages) to {}: {}{untranslated}; standard {}, large print {}; {} to a \
                 parent or guardian; naming Type 1 {}, Type 2 {}, no type {}; {} rows of the same person merged; {} \
                 rows left out",
                counts.letters,
                counts.pages,
                out.display(),
                languages.join(", "),
                counts.standard,
                counts.large_print,
                counts.to_guardian,
                counts.type1,
                counts.type2,
                counts.type_not_named,
                counts.merged_rows,
                rows_left_out
            ));
        }
        Command::PosterA4(single) => (Kind::PosterA4, single),
        Command::PosterA3(single) => (Kind::PosterA3, single),
        Command::Leaflet(single) => (Kind::Leaflet, single),
        Command::ObjectionForm(single) => (Kind::ObjectionForm, single),
        Command::WithdrawalForm(single) => (Kind::WithdrawalForm, single),
        Command::StaffBriefing(single) => (Kind::StaffBriefing, single),
    };
    let practice = read_practice(&single.practice)?;
    let lang = if cli.english_only { pathfinder_l10n::REFERENCE_LOCALE } else { single.lang.as_str() };
    tell_drafts(&translations::drafts([lang]), cli.english_only);
    let pdf = render(kind, &practice, lang, single.large_print, &fonts).map_err(notice_error)?;
    write_atomically(&single.out, &pdf)?;
    Ok(format!("wrote {} ({lang}) to {}", kind.as_str(), single.out.display()))
}

/// Today in the computer's time zone (`TZ`, else `/etc/localtime`, or Windows' setting), not in UTC: from midnight
/// to 01:00 in British Summer Time the UTC date is still yesterday's.
fn local_today() -> time::Date {
    let today = jiff::ZonedDateTime::now().date();
    let month = time::Month::try_from(today.month() as u8).expect("a month is 1 to 12");
    time::Date::from_calendar_date(i32::from(today.year()), month, today.day() as u8).expect("a calendar date is valid")
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { 2 } else { 0 });
        }
    };
    match run(cli) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(Failure(code, message)) => {
            eprintln!("pathfinder-notices: {message}");
            ExitCode::from(code)
        }
    }
}
