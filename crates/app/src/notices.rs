//! Printing notices from the app: the practice's own details go into each document, the patient list is read
//! from the bytes the user chose and held only while the letters are made, and only the counts of what was
//! printed are kept (and later reported).

use std::path::Path;

use pathfinder_notices::documents::letters::{Counts, render_letters};
use pathfinder_notices::documents::{FontSource, Kind, NoticeError, PracticeDetails, render};
use pathfinder_notices::patients::{ListError, letters, read_patient_list};
use pathfinder_readiness::PracticeState;
use pathfinder_store::Printed;
use serde::Serialize;
use time::OffsetDateTime;

use crate::AppState;
use crate::error::{Explained, UserError};
use crate::practice::PracticeError;

#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error(transparent)]
    List(#[from] ListError),
    #[error(transparent)]
    Notice(#[from] NoticeError),
    #[error("cannot write {path}: {source}")]
    Write { path: String, source: std::io::Error },
    #[error(transparent)]
    Practice(#[from] PracticeError),
    #[error("{0}")]
    Mapping(String),
    #[error("choose the patient list first")]
    NoList,
    #[error("{0} was not made by Pathfinder")]
    NotOurs(String),
    #[error("the printer did not take it: {0}")]
    Printer(String),
}

impl UserError for PrintError {
    fn explain(&self) -> Explained {
        match self {
            PrintError::List(list) => {
                Explained::new(list.code(), "printing-error-list").with("reason", list.to_string())
            }
            PrintError::Notice(notice) => {
                let code = notice.code();
                match notice {
                    NoticeError::Cancelled => Explained::new(code, "printing-error-cancelled"),
                    NoticeError::Language(language) => {
                        Explained::new(code, "printing-error-language").with("language", language.as_str())
                    }
                    NoticeError::Font(font) => {
                        Explained::new(code, "printing-error-fonts").with("reason", font.to_string())
                    }
                    NoticeError::Pdf(pdf) => Explained::new(code, "printing-error-pdf").with("reason", pdf.to_string()),
                    NoticeError::PracticeDetails(_) => Explained::new(code, "printing-error-practice-details"),
                }
            }
            PrintError::Write { path, .. } => {
                Explained::new("unwritten", "printing-error-write").with("path", path.as_str())
            }
            PrintError::Practice(practice) => practice.explain(),
            PrintError::Mapping(reason) => {
                Explained::new("bad-mapping", "printing-error-mapping").with("reason", reason.as_str())
            }
            PrintError::NoList => Explained::new("no-list", "printing-error-no-list"),
            PrintError::NotOurs(_) => Explained::new("not-ours", "printing-error-not-ours"),
            PrintError::Printer(reason) => {
                Explained::new("printer-failed", "printing-error-printer").with("reason", reason.as_str())
            }
        }
    }
}

/// What a letter run made, and the rows of the list it left out (by line and reason, never their contents).
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LettersReport {
    pub counts: Counts,
    pub problems: Vec<String>,
    pub path: String,
}

fn details(state: &PracticeState) -> PracticeDetails {
    let profile = &state.profile;
    PracticeDetails {
        name: profile.name.clone(),
        address: profile
            .address
            .split([',', '\n'])
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        phone: profile.phone.clone(),
        window_start: state.window.start,
        window_end: state.window.end(),
        first_extract: state.window.first_extract,
    }
}

fn variant(large_print: bool) -> &'static str {
    if large_print { "large-print" } else { "standard" }
}

impl AppState {
    /// Makes the letters for a patient list into `out`, atomically; a cancelled or failed run leaves no file.
    pub fn print_letters(
        &self,
        file_name: &str,
        csv: &[u8],
        out: &Path,
        by_household: bool,
        fonts: &FontSource,
        progress: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Result<LettersReport, PrintError> {
        let list = read_patient_list(file_name, csv, None)?;
        self.print_list(&list, out, by_household, fonts, progress)
    }

    /// Makes the letters for a list already read (with the columns as the manager mapped them).
    fn print_list(
        &self,
        list: &pathfinder_notices::patients::PatientList,
        out: &Path,
        by_household: bool,
        fonts: &FontSource,
        progress: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Result<LettersReport, PrintError> {
        let state = self.practice_state()?;
        let households = letters(&list.patients, by_household);
        let (pdf, counts) =
            render_letters(&details(&state), &households, OffsetDateTime::now_utc().date(), fonts, progress)?;
        pathfinder_files::write_atomically(out, &pdf)
            .map_err(|source| PrintError::Write { path: out.display().to_string(), source })?;
        let mut printed: Vec<Printed> = Vec::new();
        let left_out: std::collections::HashSet<usize> =
            counts.left_out.iter().flat_map(|left| left.lines.iter().copied()).collect();
        for letter in households.iter().filter(|letter| !left_out.contains(&letter.patients[0].line)) {
            let (language, variant) = (letter.language.to_owned(), variant(letter.large_print).to_owned());
            match printed.iter_mut().find(|p| p.language == language && p.variant == variant) {
                Some(row) => row.count += 1,
                None => printed.push(Printed { kind: "letter".into(), language, variant, count: 1 }),
            }
        }
        self.store()
            .record_printed(&printed, &state.profile.practice_lead, OffsetDateTime::now_utc())
            .map_err(PracticeError::from)?;
        let problems =
            list.problems.iter().map(ToString::to_string).chain(counts.left_out.iter().map(ToString::to_string));
        Ok(LettersReport { problems: problems.collect(), counts, path: out.display().to_string() })
    }

    /// Makes one of the documents that are the same for every patient into `out`, and counts it.
    pub fn print_notice(
        &self,
        kind: Kind,
        language: &str,
        large_print: bool,
        out: &Path,
        fonts: &FontSource,
    ) -> Result<String, PrintError> {
        let state = self.practice_state()?;
        let pdf = render(kind, &details(&state), language, large_print, fonts)?;
        pathfinder_files::write_atomically(out, &pdf)
            .map_err(|source| PrintError::Write { path: out.display().to_string(), source })?;
        let row = Printed {
            kind: kind.as_str().into(),
            language: language.into(),
            variant: variant(large_print).into(),
            count: 1,
        };
        self.store()
            .record_printed(&[row], &state.profile.practice_lead, OffsetDateTime::now_utc())
            .map_err(PracticeError::from)?;
        Ok(out.display().to_string())
    }
}

/// Where a made notice was saved.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MadeNotice {
    pub path: String,
}

/// How far a letters run has got.
#[derive(Debug, Clone, Copy, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LettersProgress {
    pub done: usize,
    pub total: usize,
}

/// The patient list's bytes, as the page sends them (base64).
fn decode_list(data: &str) -> Result<Vec<u8>, PrintError> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD
        .decode(data.trim())
        .map_err(|_| PrintError::Mapping("the file did not arrive whole; choose it again".into()))
}

/// A notice language as the page offers it.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct NoticeLanguage {
    pub code: &'static str,
    pub autonym: String,
    pub draft: bool,
}

#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "NoticesOptions"))]
#[serde(rename_all = "camelCase")]
pub struct NoticeOptions {
    pub languages: Vec<NoticeLanguage>,
    pub kinds: Vec<Kind>,
    /// The largest patient list read: the page does not read a larger file, and sends only its size.
    pub max_list_bytes: usize,
}

/// The patient list as the page shows it: its file, how it was read, and counts, never people.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ListView {
    pub file_name: String,
    #[serde(flatten)]
    pub summary: pathfinder_notices::patients::ListSummary,
}

/// A list chosen for letters, held in memory only until the letters are made or the manager forgets it.
pub struct HeldList {
    file_name: String,
    bytes: Vec<u8>,
    list: pathfinder_notices::patients::PatientList,
}

/// How many problem lines the page is sent; the count says how many there are in all.
const SHOWN_PROBLEMS: usize = 100;

fn view(held: &HeldList) -> ListView {
    ListView { file_name: held.file_name.clone(), summary: held.list.summary(SHOWN_PROBLEMS) }
}

impl AppState {
    pub fn notice_options(&self) -> NoticeOptions {
        let languages = pathfinder_l10n::languages()
            .iter()
            .map(|language| NoticeLanguage {
                code: language.code.as_str(),
                autonym: pathfinder_l10n::Localizer::new(&language.code, false)
                    .map(|l| l.format("language-autonym", None))
                    .unwrap_or_else(|_| language.code.clone()),
                draft: language.status != pathfinder_l10n::Status::Complete,
            })
            .collect();
        NoticeOptions {
            languages,
            kinds: Kind::ALL.to_vec(),
            max_list_bytes: pathfinder_notices::patients::MAX_FILE_BYTES,
        }
    }

    /// Reads a patient list and holds it (in memory only) for the letters.
    /// A list as the page sends it: its size, and its bytes in base64 (none when the size alone refuses it).
    pub fn read_sent_list(&self, file_name: &str, data: &str, size: Option<u64>) -> Result<ListView, PrintError> {
        if let Some(size) = size {
            pathfinder_notices::patients::check_size(file_name, size)?;
        }
        self.read_list(file_name, decode_list(data)?)
    }

    pub fn read_list(&self, file_name: &str, bytes: Vec<u8>) -> Result<ListView, PrintError> {
        let list = read_patient_list(file_name, &bytes, None)?;
        let held = HeldList { file_name: file_name.to_owned(), bytes, list };
        let shown = view(&held);
        *self.held_list.lock().expect("list lock") = Some(held);
        Ok(shown)
    }

    /// Reads the held list again with the manager's corrected column mapping.
    pub fn map_list(&self, entries: Vec<pathfinder_notices::patients::MappingEntry>) -> Result<ListView, PrintError> {
        let mapping = pathfinder_notices::patients::ColumnMapping::try_from(entries)
            .map_err(|e| PrintError::Mapping(e.to_string()))?;
        let mut held = self.held_list.lock().expect("list lock");
        let current = held.as_mut().ok_or(PrintError::NoList)?;
        current.list = read_patient_list(&current.file_name, &current.bytes, Some(&mapping))?;
        Ok(view(current))
    }

    /// Makes the held list's letters, reporting progress about every 1 % and stopping when cancelled.
    pub fn letters_with_progress(
        &self,
        folder: &Path,
        by_household: bool,
        fonts: &FontSource,
        mut report: impl FnMut(LettersProgress),
    ) -> Result<LettersReport, PrintError> {
        use std::sync::atomic::Ordering;
        self.cancel.store(false, Ordering::SeqCst);
        let cancel = self.cancel.clone();
        self.print_held_letters(folder, by_household, fonts, &mut |done, total| {
            if done == total || done % (total / 100).max(1) == 0 {
                report(LettersProgress { done, total });
            }
            !cancel.load(Ordering::SeqCst)
        })
    }

    pub fn cancel_letters(&self) {
        self.cancel.store(true, std::sync::atomic::Ordering::SeqCst);
    }

    pub fn forget_list(&self) {
        *self.held_list.lock().expect("list lock") = None;
    }

    /// Makes the letters for the held list into `folder`, as `pathfinder-letters-<date>.pdf`.
    pub fn print_held_letters(
        &self,
        folder: &Path,
        by_household: bool,
        fonts: &FontSource,
        progress: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Result<LettersReport, PrintError> {
        let held = self.held_list.lock().expect("list lock").take().ok_or(PrintError::NoList)?;
        let out = folder.join(format!("pathfinder-letters-{}.pdf", OffsetDateTime::now_utc().date()));
        let result = self.print_list(&held.list, &out, by_household, fonts, progress);
        // A failed or cancelled run keeps the list, so the manager can try again without choosing it again.
        if result.is_err() {
            *self.held_list.lock().expect("list lock") = Some(held);
        }
        if let Ok(report) = &result {
            self.written.lock().expect("written lock").insert(report.path.clone());
        }
        result
    }

    /// Makes one notice into `folder` and gives its path.
    pub fn make_notice(
        &self,
        kind: Kind,
        language: &str,
        large_print: bool,
        folder: &Path,
        fonts: &FontSource,
    ) -> Result<String, PrintError> {
        let variant = if large_print { "-large-print" } else { "" };
        let out = folder.join(format!("pathfinder-{}-{language}{variant}.pdf", kind.as_str()));
        let path = self.print_notice(kind, language, large_print, &out, fonts)?;
        self.written.lock().expect("written lock").insert(path.clone());
        Ok(path)
    }

    /// Whether the app wrote this file in this session: only those may be opened or printed from the UI.
    pub fn wrote(&self, path: &str) -> bool {
        self.written.lock().expect("written lock").contains(path)
    }

    /// Sends a PDF the app wrote to the default printer: CUPS `lp` on Linux and macOS, the shell's print verb on
    /// Windows.
    pub fn print_file(&self, path: &str) -> Result<(), PrintError> {
        if !self.wrote(path) {
            return Err(PrintError::NotOurs(path.to_owned()));
        }
        #[cfg(windows)]
        let output = std::process::Command::new("powershell")
            .args(["-NoProfile", "-Command"])
            .arg(format!("Start-Process -FilePath '{}' -Verb Print", path.replace('\'', "''")))
            .output();
        #[cfg(not(windows))]
        let output = std::process::Command::new(&self.config().print_command).arg("--").arg(path).output();
        match output {
            Ok(output) if output.status.success() => Ok(()),
            Ok(output) => Err(PrintError::Printer(String::from_utf8_lossy(&output.stderr).trim().to_owned())),
            Err(error) => Err(PrintError::Printer(error.to_string())),
        }
    }
}
