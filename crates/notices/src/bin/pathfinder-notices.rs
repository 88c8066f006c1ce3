//! `pathfinder-notices`: the notices from the command line, for practices that script their mailings.
//!
//! pathfinder-notices letters --csv FILE --out FILE.pdf --practice FILE.json [--households [--max-surnames N]]
//!     [--date YYYY-MM-DD] [--punjabi-script gurmukhi|shahmukhi]
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

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use pathfinder_notices::documents::letters::render_letters;
use pathfinder_notices::documents::{FontSource, Kind, NoticeError, PracticeDetails, render, translations};
use pathfinder_notices::patients::{
    DEFAULT_MAX_SURNAMES, Grouping, MAX_FILE_BYTES, MAX_SURNAMES, PunjabiScript, plan, read_patient_list_in,
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
        #[arg(long)]
        csv: PathBuf,
        #[arg(long)]
        out: PathBuf,
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

/// The values `--max-surnames` takes: the crate's own range, as clap reads it.
const SURNAMES_ALLOWED: std::ops::RangeInclusive<i64> = (*MAX_SURNAMES.start() as i64)..=(*MAX_SURNAMES.end() as i64);

#[derive(Clone, Copy, clap::ValueEnum)]
enum Script {
    Gurmukhi,
    Shahmukhi,
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

fn run(cli: Cli) -> Result<String, Failure> {
    let fonts = FontSource { first: cli.font_dir, last: Vec::new() };
    let (kind, single) = match cli.command {
        Command::Letters { csv, out, practice, households, max_surnames, date, punjabi_script } => {
            let practice = read_practice(&practice)?;
            let dated = match date {
                Some(text) => time::Date::parse(&text, time::macros::format_description!("[year]-[month]-[day]"))
                    .map_err(|_| bad_input(format!("--date {text}: not a date like 2026-03-02")))?,
                None => local_today(),
            };
            let size = std::fs::metadata(&csv).map_err(|e| bad_input(format!("{}: {e}", csv.display())))?.len();
            if size > MAX_FILE_BYTES as u64 {
                return Err(bad_input(format!(
                    "{} is {} MB, larger than any patient list ({} MB at most)",
                    csv.display(),
                    size.div_ceil(1 << 20),
                    MAX_FILE_BYTES >> 20
                )));
            }
            let bytes = std::fs::read(&csv).map_err(|e| bad_input(format!("{}: {e}", csv.display())))?;
            let name = csv.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let punjabi = match punjabi_script {
                Script::Gurmukhi => PunjabiScript::Gurmukhi,
                Script::Shahmukhi => PunjabiScript::Shahmukhi,
            };
            let list = read_patient_list_in(&name, &bytes, None, punjabi).map_err(|e| bad_input(e.to_string()))?;
            for problem in &list.problems {
                eprintln!("{problem}");
            }
            let grouping = Grouping { by_household: households, max_surnames: usize::from(max_surnames), dated };
            let mut planned = plan(&list.patients, grouping);
            if cli.english_only {
                translations::english_only(&mut planned.letters);
            }
            tell_drafts(&translations::drafts(planned.letters.iter().map(|letter| letter.language)), cli.english_only);
            let (pdf, counts) =
                render_letters(&practice, &planned.letters, dated, &fonts, &mut |_, _| true).map_err(notice_error)?;
            write_atomically(&out, &pdf)?;
            for left_out in &counts.left_out {
                eprintln!("{left_out}");
            }
            let left_out_lines = counts.left_out.iter().flat_map(|left| left.lines.iter().copied());
            let languages: Vec<String> = counts.by_language.iter().map(|(l, n)| format!("{l} {n}")).collect();
            let split = if households {
                format!(
                    "; {} addresses with more than {max_surnames} surnames not grouped, a letter each",
                    planned.split_addresses
                )
            } else {
                String::new()
            };
            let no_birth = list.patients.iter().filter(|p| p.date_of_birth.is_none()).count();
            return Ok(format!(
                "wrote {} letters ({} pages) to {}: {}; standard {}, large print {}; {} to a parent or guardian{split}; \
                 {no_birth} patients with no date of birth, written to as adults; {} rows left out",
                counts.letters,
                counts.pages,
                out.display(),
                languages.join(", "),
                counts.standard,
                counts.large_print,
                counts.to_guardian,
                list.problems
                    .iter()
                    .map(|p| p.line)
                    .chain(left_out_lines)
                    .collect::<std::collections::BTreeSet<_>>()
                    .len()
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
