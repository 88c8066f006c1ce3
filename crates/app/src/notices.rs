//! Printing notices from the app: the practice's own details go into each document, the patient list is read
//! from the bytes the user chose and held only while the letters are made, and only the counts of what was
//! printed are kept (and later reported).

use std::path::Path;

use pathfinder_notices::documents::letters::{Counts, render_letters};
use pathfinder_notices::documents::{FontSource, Kind, NoticeError, PracticeDetails, render, translations};
use pathfinder_notices::patients::{
    ColumnMapping, DEFAULT_MAX_SURNAMES, Grouping, ListError, MAX_SURNAMES, PunjabiScript, plan, read_patient_list_in,
};
use pathfinder_readiness::PracticeState;
use pathfinder_store::Printed;
use serde::Serialize;
use time::OffsetDateTime;

use crate::AppState;
use crate::error::{Explained, Message, UserError};
use crate::practice::PracticeError;
use crate::settings::{Settings, SettingsError};

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
    /// The limit of surnames for a household, as the page sent it: not a whole number in range.
    #[error("the most surnames at one address must be a whole number from {} to {}", MAX_SURNAMES.start(), MAX_SURNAMES.end())]
    MaxSurnames,
    #[error(transparent)]
    Settings(#[from] SettingsError),
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
            PrintError::MaxSurnames => Explained {
                code: "bad-max-surnames",
                message: Message::new("error-invalid-input"),
                fields: vec![(
                    "maxSurnames",
                    Message::new("printing-error-max-surnames")
                        .with("min", MAX_SURNAMES.start().to_string())
                        .with("max", MAX_SURNAMES.end().to_string()),
                )],
            },
            PrintError::Settings(_) => Explained::new("settings-unsaved", "error-settings-unsaved"),
        }
    }
}

/// How the manager chose to group the letters, and their languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LetterGrouping {
    /// One letter for everyone at an address.
    pub by_household: bool,
    /// An address with more surnames than this is not grouped: each person there gets a letter.
    pub max_surnames: usize,
    /// Every letter in English, whatever the list's language column says (no draft translation is printed).
    pub english_only: bool,
}

impl LetterGrouping {
    /// A letter for each patient.
    pub const EACH: LetterGrouping =
        LetterGrouping { by_household: false, max_surnames: DEFAULT_MAX_SURNAMES, english_only: false };
    /// A letter for each household, with the usual limit of surnames.
    pub const HOUSEHOLDS: LetterGrouping =
        LetterGrouping { by_household: true, max_surnames: DEFAULT_MAX_SURNAMES, english_only: false };

    /// The grouping of letters dated `dated`.
    fn dated(self, dated: time::Date) -> Grouping {
        Grouping { by_household: self.by_household, max_surnames: self.max_surnames, dated }
    }
}

/// The limit of surnames as the page's field gives it: a whole number from 1 to 50.
pub fn parse_max_surnames(text: &str) -> Result<usize, PrintError> {
    let text = text.trim();
    let number: usize = if text.bytes().all(|b| b.is_ascii_digit()) { text.parse().ok() } else { None }
        .ok_or(PrintError::MaxSurnames)?;
    if MAX_SURNAMES.contains(&number) { Ok(number) } else { Err(PrintError::MaxSurnames) }
}

/// What a letter run made, and the rows of the list it left out (by line and reason, never their contents).
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LettersReport {
    pub counts: Counts,
    /// Addresses with more surnames than the limit, whose people got a letter each (a count, never the addresses).
    pub split_addresses: usize,
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
        objection_types: state.objection_types,
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
        grouping: LetterGrouping,
        fonts: &FontSource,
        progress: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Result<LettersReport, PrintError> {
        let list = read_patient_list_in(file_name, csv, None, self.punjabi_script())?;
        self.print_list(&list, out, grouping, self.today(), fonts, progress)
    }

    /// Makes the letters for a list already read (with the columns as the manager mapped them), dated `dated`.
    fn print_list(
        &self,
        list: &pathfinder_notices::patients::PatientList,
        out: &Path,
        grouping: LetterGrouping,
        dated: time::Date,
        fonts: &FontSource,
        progress: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Result<LettersReport, PrintError> {
        let state = self.practice_state()?;
        let planned = plan(&list.patients, grouping.dated(dated));
        let mut households = planned.letters;
        if grouping.english_only {
            translations::english_only(&mut households);
        }
        let (pdf, counts) = render_letters(&details(&state), &households, dated, fonts, progress)?;
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
        Ok(LettersReport {
            problems: problems.collect(),
            counts,
            split_addresses: planned.split_addresses,
            path: out.display().to_string(),
        })
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
    /// Letters by household: the most surnames at one address before it is not grouped, as last chosen, and the
    /// least and most it may be.
    pub max_surnames: usize,
    pub max_surnames_min: usize,
    pub max_surnames_max: usize,
    /// The script of the letters for a plain "Punjabi" in the list's language column, as last chosen.
    pub punjabi_script: PunjabiScript,
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
    /// The columns as the manager corrected them; `None` while they are as read from the header row.
    mapping: Option<ColumnMapping>,
    list: pathfinder_notices::patients::PatientList,
}

/// How many problem lines the page is sent; the count says how many there are in all.
const SHOWN_PROBLEMS: usize = 100;

/// The list's summary for letters dated `today`, with households of at most `max_surnames` surnames.
fn view(held: &HeldList, max_surnames: usize, today: time::Date) -> ListView {
    let summary = held.list.summary(SHOWN_PROBLEMS, max_surnames, today);
    ListView { file_name: held.file_name.clone(), summary }
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
                draft: pathfinder_l10n::is_draft(&language.code),
            })
            .collect();
        NoticeOptions {
            languages,
            kinds: Kind::ALL.to_vec(),
            max_list_bytes: pathfinder_notices::patients::MAX_FILE_BYTES,
            max_surnames: self.max_surnames(),
            max_surnames_min: *MAX_SURNAMES.start(),
            max_surnames_max: *MAX_SURNAMES.end(),
            punjabi_script: self.punjabi_script(),
        }
    }

    /// The script of the letters for a plain "Punjabi" the manager last chose, or Gurmukhi (also when the settings
    /// cannot be read).
    pub fn punjabi_script(&self) -> PunjabiScript {
        Settings::load(self.data_dir()).ok().and_then(|settings| settings.punjabi_script).unwrap_or_default()
    }

    /// Remembers the script of the letters for a plain "Punjabi", and reads the held list again (from the bytes it
    /// holds, with the manager's mapping) so its counts by language follow; `None` when no list is held.
    pub fn set_punjabi_script(&self, script: PunjabiScript) -> Result<Option<ListView>, PrintError> {
        let mut settings = Settings::load(self.data_dir())?;
        if settings.punjabi_script != Some(script) {
            settings.punjabi_script = Some(script);
            settings.save(self.data_dir())?;
        }
        let mut held = self.held_list.lock().expect("list lock");
        let Some(current) = held.as_mut() else { return Ok(None) };
        current.list = read_patient_list_in(&current.file_name, &current.bytes, current.mapping.as_ref(), script)?;
        Ok(Some(view(current, self.max_surnames(), self.today())))
    }

    /// The limit of surnames the manager last chose, or the usual 6 (also when the settings cannot be read, or
    /// hold a number out of range).
    pub fn max_surnames(&self) -> usize {
        Settings::load(self.data_dir())
            .ok()
            .and_then(|settings| settings.max_surnames)
            .filter(|n| MAX_SURNAMES.contains(n))
            .unwrap_or(DEFAULT_MAX_SURNAMES)
    }

    /// Checks the limit of surnames as the page's field gives it, and remembers it for next time.
    pub fn set_max_surnames(&self, text: &str) -> Result<usize, PrintError> {
        let max_surnames = parse_max_surnames(text)?;
        if max_surnames != self.max_surnames() {
            let mut settings = Settings::load(self.data_dir())?;
            settings.max_surnames = Some(max_surnames);
            settings.save(self.data_dir())?;
        }
        Ok(max_surnames)
    }

    /// The held list's summary again, with the limit of surnames the manager just chose (and remembered).
    pub fn group_list(&self, max_surnames: &str) -> Result<ListView, PrintError> {
        let max_surnames = self.set_max_surnames(max_surnames)?;
        let held = self.held_list.lock().expect("list lock");
        Ok(view(held.as_ref().ok_or(PrintError::NoList)?, max_surnames, self.today()))
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
        let list = read_patient_list_in(file_name, &bytes, None, self.punjabi_script())?;
        let held = HeldList { file_name: file_name.to_owned(), bytes, mapping: None, list };
        let shown = view(&held, self.max_surnames(), self.today());
        *self.held_list.lock().expect("list lock") = Some(held);
        Ok(shown)
    }

    /// Reads the held list again with the manager's corrected column mapping.
    pub fn map_list(&self, entries: Vec<pathfinder_notices::patients::MappingEntry>) -> Result<ListView, PrintError> {
        let mapping = pathfinder_notices::patients::ColumnMapping::try_from(entries)
            .map_err(|e| PrintError::Mapping(e.to_string()))?;
        let mut held = self.held_list.lock().expect("list lock");
        let current = held.as_mut().ok_or(PrintError::NoList)?;
        current.list = read_patient_list_in(&current.file_name, &current.bytes, Some(&mapping), self.punjabi_script())?;
        current.mapping = Some(mapping);
        Ok(view(current, self.max_surnames(), self.today()))
    }

    /// Makes the held list's letters, reporting progress about every 1 % and stopping when cancelled.
    pub fn letters_with_progress(
        &self,
        folder: &Path,
        grouping: LetterGrouping,
        fonts: &FontSource,
        mut report: impl FnMut(LettersProgress),
    ) -> Result<LettersReport, PrintError> {
        use std::sync::atomic::Ordering;
        self.cancel.store(false, Ordering::SeqCst);
        let cancel = self.cancel.clone();
        self.print_held_letters(folder, grouping, fonts, &mut |done, total| {
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

    /// Makes the letters for the held list into `folder`, as `pathfinder-letters-<date>.pdf`, dated today (local).
    pub fn print_held_letters(
        &self,
        folder: &Path,
        grouping: LetterGrouping,
        fonts: &FontSource,
        progress: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Result<LettersReport, PrintError> {
        let held = self.held_list.lock().expect("list lock").take().ok_or(PrintError::NoList)?;
        let dated = self.today();
        let out = folder.join(format!("pathfinder-letters-{dated}.pdf"));
        let result = self.print_list(&held.list, &out, grouping, dated, fonts, progress);
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
