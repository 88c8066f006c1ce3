//! `pathfinder-notices`: the notices from the command line, for practices that script their mailings.
//!
//! pathfinder-notices letters --csv FILE --out FILE.pdf --practice FILE.json [--households] [--date YYYY-MM-DD]
//! pathfinder-notices <poster-a4|poster-a3|leaflet|objection-form|withdrawal-form|staff-briefing> --out FILE.pdf --practice FILE.json
//!     [--lang CODE] [--large-print]
//! Either takes [--font-dir DIR]..., folders of fonts to look in before the system's.
//!
//! Bad input (a file that cannot be read, a practice file that is not right, an unknown language) ends with a
//! message naming the file, line and field, and exit code 2. Rows of the list with problems are listed on
//! standard error by line and reason, and the other letters are made. Nothing from the list is printed.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use pathfinder_notices::documents::letters::render_letters;
use pathfinder_notices::documents::{FontSource, Kind, NoticeError, PracticeDetails, render};
use pathfinder_notices::patients::{MAX_FILE_BYTES, letters, read_patient_list};

#[derive(Parser)]
#[command(name = "pathfinder-notices", about = "Patient notices for the care.data pilot, as PDF")]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// A folder of fonts to look in before the system's (the user's own fonts folder, say); may be given again.
    #[arg(long, global = true, value_name = "DIR")]
    font_dir: Vec<PathBuf>,
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
        /// The date printed on the letters (default: today).
        #[arg(long)]
        date: Option<String>,
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

#[derive(clap::Args)]
struct Single {
    #[arg(long)]
    out: PathBuf,
    #[arg(long)]
    practice: PathBuf,
    /// en-GB, pl, pa, ur, bn, gu, ar, fr, zh-CN, pt or so.
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
        Command::Letters { csv, out, practice, households, date } => {
            let practice = read_practice(&practice)?;
            let dated = match date {
                Some(text) => time::Date::parse(&text, time::macros::format_description!("[year]-[month]-[day]"))
                    .map_err(|_| bad_input(format!("--date {text}: not a date like 2026-03-02")))?,
                None => time::OffsetDateTime::now_utc().date(),
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
            let list = read_patient_list(&name, &bytes, None).map_err(|e| bad_input(e.to_string()))?;
            for problem in &list.problems {
                eprintln!("{problem}");
            }
            let grouped = letters(&list.patients, households);
            let (pdf, counts) =
                render_letters(&practice, &grouped, dated, &fonts, &mut |_, _| true).map_err(notice_error)?;
            write_atomically(&out, &pdf)?;
            for left_out in &counts.left_out {
                eprintln!("{left_out}");
            }
            let left_out_lines = counts.left_out.iter().flat_map(|left| left.lines.iter().copied());
            let languages: Vec<String> = counts.by_language.iter().map(|(l, n)| format!("{l} {n}")).collect();
            return Ok(format!(
                "wrote {} letters ({} pages) to {}: {}; standard {}, large print {}; {} rows left out",
                counts.letters,
                counts.pages,
                out.display(),
                languages.join(", "),
                counts.standard,
                counts.large_print,
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
    let pdf = render(kind, &practice, &single.lang, single.large_print, &fonts).map_err(notice_error)?;
    write_atomically(&single.out, &pdf)?;
    Ok(format!("wrote {} ({}) to {}", kind.as_str(), single.lang, single.out.display()))
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
