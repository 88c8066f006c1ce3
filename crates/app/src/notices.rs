//! Printing notices from the app: the practice's own details go into each document, the patient list is read
//! from the bytes the user chose and held only while the letters are made, and only the counts of what was
//! printed are kept (and later reported).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use pathfinder_notices::documents::acknowledgements::{
    AcknowledgementCounts, AcknowledgementError, AcknowledgementOptions, render_acknowledgements,
};
use pathfinder_notices::documents::letters::{Counts, LetterOptions, render_letters_with};
use pathfinder_notices::documents::mailing::{Layout, address_csv, parts, postcode_order, proof_letters};
use pathfinder_notices::documents::{FontSource, Kind, NoticeError, PracticeDetails, render, translations};
use pathfinder_notices::patients::{
    ColumnMapping, DEFAULT_MAX_SURNAMES, Grouping, Household, ListError, MAX_SURNAMES, PatientList, Plan,
    PunjabiScript, check_born_by, plan, read_patient_list_in,
};
use pathfinder_readiness::PracticeState;
use pathfinder_store::Printed;
use serde::Serialize;
use time::OffsetDateTime;

use crate::AppState;
use crate::error::{Explained, Message, UserError};
use crate::mailout::{self, FileCount, LettersFolder, Made, MadeFile, MadeKind};
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
    /// The letters' date as the page sent it: not a date.
    #[error("the letters' date must be a date")]
    LetterDate,
    /// The letters in a batch as the page sent it: not a whole number from 1.
    #[error("the letters in a batch must be a whole number from 1")]
    BatchSize,
    #[error(transparent)]
    Acknowledgements(#[from] AcknowledgementError),
    /// A file the app has no record of making.
    #[error("no file of the mail-out has the id {0}")]
    UnknownFile(String),
    #[error("cannot read {file}: {source}")]
    Read { file: String, source: std::io::Error },
}

impl UserError for PrintError {
    fn explain(&self) -> Explained {
        match self {
            PrintError::List(list) => {
                Explained::new(list.code(), "printing-error-list").with("reason", list.to_string())
            }
            PrintError::Notice(notice) => explain_notice(notice),
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
            PrintError::LetterDate => Explained {
                code: "bad-letter-date",
                message: Message::new("error-invalid-input"),
                fields: vec![("letterDate", Message::new("printing-error-letter-date"))],
            },
            PrintError::BatchSize => Explained {
                code: "bad-batch-size",
                message: Message::new("error-invalid-input"),
                fields: vec![("batchSize", Message::new("printing-error-batch-size"))],
            },
            PrintError::Acknowledgements(error) => match error {
                AcknowledgementError::Notice(notice) => explain_notice(notice),
                other => {
                    Explained::new(other.code(), "printing-error-acknowledgements").with("reason", other.to_string())
                }
            },
            PrintError::UnknownFile(_) => Explained::new("unknown-file", "printing-error-unknown-file"),
            PrintError::Read { file, .. } => {
                Explained::new("unreadable", "printing-error-read").with("file", file.as_str())
            }
        }
    }
}

fn explain_notice(notice: &NoticeError) -> Explained {
    let code = notice.code();
    match notice {
        NoticeError::Cancelled => Explained::new(code, "printing-error-cancelled"),
        NoticeError::Language(language) => {
            Explained::new(code, "printing-error-language").with("language", language.as_str())
        }
        NoticeError::Font(font) => Explained::new(code, "printing-error-fonts").with("reason", font.to_string()),
        NoticeError::Pdf(pdf) => Explained::new(code, "printing-error-pdf").with("reason", pdf.to_string()),
        NoticeError::PracticeDetails(_) => Explained::new(code, "printing-error-practice-details"),
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
    /// The PDFs, in the order they are printed, with their letters and pages; then the mailing house's address file.
    pub files: Vec<MadeFile>,
    pub addresses: MadeFile,
    pub folder: LettersFolder,
}

/// How a run's letters are made: grouped, dated, split into files and printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MailoutRequest {
    pub grouping: LetterGrouping,
    pub dated: time::Date,
    pub layout: Layout,
    /// Printed on both sides of the paper: each letter padded to whole sheets.
    pub double_sided: bool,
}

/// The letters' date as the page's date field sends it (`2026-03-02`).
pub fn parse_letter_date(text: &str) -> Result<time::Date, PrintError> {
    time::Date::parse(text.trim(), time::macros::format_description!("[year]-[month]-[day]"))
        .map_err(|_| PrintError::LetterDate)
}

/// The letters in a batch as the page's field sends it: empty for no batches, else a whole number from 1.
pub fn parse_batch_size(text: &str) -> Result<Option<usize>, PrintError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let number: usize =
        if text.bytes().all(|b| b.is_ascii_digit()) { text.parse().ok() } else { None }.ok_or(PrintError::BatchSize)?;
    if number >= 1 { Ok(Some(number)) } else { Err(PrintError::BatchSize) }
}

/// A letters file's counts, by language and print size, as the store counts them when it is confirmed printed.
fn file_counts(letters: &[Household<'_>], left_out: &HashSet<usize>) -> Vec<FileCount> {
    let mut counts: Vec<FileCount> = Vec::new();
    for letter in letters.iter().filter(|letter| !left_out.contains(&letter.patients[0].line)) {
        let (language, variant) = (letter.language.to_owned(), variant(letter.large_print).to_owned());
        match counts.iter_mut().find(|c| c.language == language && c.variant == variant) {
            Some(row) => row.count += 1,
            None => counts.push(FileCount { language, variant, count: 1 }),
        }
    }
    counts
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
    /// Makes the letters for a patient list into one file, `out` (in postcode order, each letter on whole sheets),
    /// and counts them as printed at once: the shortcut for a run handed over as soon as it is made (the page's runs
    /// are counted when the manager confirms each batch). A cancelled or failed run leaves no file.
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
        let state = self.practice_state()?;
        let dated = self.today();
        check_born_by(file_name, &list, dated)?;
        let planned = planned(&list, grouping, dated);
        let options = LetterOptions { proof: false, double_sided: true };
        let (pdf, counts) = render_letters_with(&details(&state), &planned.letters, dated, fonts, options, progress)?;
        pathfinder_files::write_private_atomically(out, &pdf)
            .map_err(|source| PrintError::Write { path: out.display().to_string(), source })?;
        let left_out: HashSet<usize> = counts.left_out.iter().flat_map(|left| left.lines.iter().copied()).collect();
        let printed = file_counts(&planned.letters, &left_out);
        self.record_letters_printed(&printed, &state.profile.practice_lead)?;
        let file = made_file(out, MadeKind::Letters, dated, &counts, &printed);
        let problems =
            list.problems.iter().map(ToString::to_string).chain(counts.left_out.iter().map(ToString::to_string));
        let folder = LettersFolder::of(out.parent().unwrap_or(out), false);
        Ok(LettersReport {
            problems: problems.collect(),
            counts,
            split_addresses: planned.split_addresses,
            addresses: file.clone(),
            files: vec![file],
            folder,
        })
    }

    fn record_letters_printed(&self, counts: &[FileCount], actor: &str) -> Result<(), PrintError> {
        let rows: Vec<Printed> = counts
            .iter()
            .map(|c| Printed {
                kind: "letter".into(),
                language: c.language.clone(),
                variant: c.variant.clone(),
                count: c.count,
            })
            .collect();
        self.store().record_printed(&rows, actor, OffsetDateTime::now_utc()).map_err(PracticeError::from)?;
        Ok(())
    }

    /// Makes a run's letters (a list already read, with the columns as the manager mapped them) into the letters
    /// folder: its files, in postcode order, each under a new name readable by the user only, then the address file.
    /// Every file is made before any is written, so a cancelled or failed run leaves none. Nothing is counted as
    /// printed until the manager confirms a file ([`AppState::confirm_printed`]).
    fn make_mailout(
        &self,
        list: &PatientList,
        request: MailoutRequest,
        fonts: &FontSource,
        progress: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Result<LettersReport, PrintError> {
        let state = self.practice_state()?;
        let practice = details(&state);
        let planned = planned(list, request.grouping, request.dated);
        let total = planned.letters.len();
        let parts = parts(planned.letters.clone(), request.layout);
        let options = LetterOptions { proof: false, double_sided: request.double_sided };
        let mut made = Vec::with_capacity(parts.len());
        let mut done_before = 0;
        for part in &parts {
            let mut part_progress = |done: usize, _: usize| progress(done_before + done, total);
            made.push(render_letters_with(
                &practice,
                &part.letters,
                request.dated,
                fonts,
                options,
                &mut part_progress,
            )?);
            done_before += part.letters.len();
        }
        let folder = self.letters_folder();
        let mut record = Made::load(self.data_dir());
        let mut files = Vec::new();
        let mut totals = Counts::default();
        for (part, (pdf, counts)) in parts.iter().zip(made) {
            let stem = format!("pathfinder-letters-{}{}", request.dated, part.suffix());
            let path = mailout::write_new(&folder, &stem, "pdf", &pdf)
                .map_err(|source| PrintError::Write { path: folder.join(&stem).display().to_string(), source })?;
            let left_out: HashSet<usize> = counts.left_out.iter().flat_map(|left| left.lines.iter().copied()).collect();
            let mut file =
                made_file(&path, MadeKind::Letters, request.dated, &counts, &file_counts(&part.letters, &left_out));
            file.language = part.language.map(str::to_owned);
            file.large_print = part.large_print;
            file.batch = part.batch.map(|(batch, _)| batch as u32);
            file.batches = part.batch.map(|(_, of)| of as u32);
            record.files.push(file.clone());
            files.push(file);
            totals.add(counts);
        }
        let names: Vec<String> = files
            .iter()
            .map(|file| Path::new(&file.path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default())
            .collect();
        let csv = address_csv(&practice, &parts, &names)?;
        let stem = format!("pathfinder-addresses-{}", request.dated);
        let path = mailout::write_new(&folder, &stem, "csv", &csv)
            .map_err(|source| PrintError::Write { path: folder.join(&stem).display().to_string(), source })?;
        let rows: usize = parts.iter().map(|part| part.letters.len()).sum();
        let mut addresses = made_file(&path, MadeKind::Addresses, request.dated, &Counts::default(), &[]);
        addresses.letters = rows as u32;
        record.files.push(addresses.clone());
        record
            .save(self.data_dir())
            .map_err(|source| PrintError::Write { path: self.data_dir().display().to_string(), source })?;
        {
            let mut written = self.written.lock().expect("written lock");
            written.extend(files.iter().map(|file| file.path.clone()));
            written.insert(addresses.path.clone());
        }
        let problems =
            list.problems.iter().map(ToString::to_string).chain(totals.left_out.iter().map(ToString::to_string));
        Ok(LettersReport {
            problems: problems.collect(),
            counts: totals,
            split_addresses: planned.split_addresses,
            files,
            addresses,
            folder: LettersFolder::of(&folder, folder == self.config().letters_dir),
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
    /// The largest patient list read: a larger file is refused by its size, unread.
    pub max_list_bytes: usize,
    /// Letters by household: the most surnames at one address before it is not grouped, as last chosen, and the
    /// least and most it may be.
    pub max_surnames: usize,
    pub max_surnames_min: usize,
    pub max_surnames_max: usize,
    /// The script of the letters for a plain "Punjabi" in the list's language column, as last chosen.
    pub punjabi_script: PunjabiScript,
    /// Where letters are saved.
    pub letters_folder: LettersFolder,
    /// The date the page offers for the letters: the first day of the practice's window (`2026-03-02`).
    pub letter_date: Option<String>,
    /// The files of mail-outs still on disk, which the page reminds the manager to delete once printed.
    pub on_disk: Vec<MadeFile>,
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
            letters_folder: self.letters_folder_view(),
            letter_date: self.default_letter_date().map(|date| date.to_string()),
            on_disk: self.made_files(),
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

    /// Reads the patient list at `path` (the file the manager chose in the system's dialog) and holds it, in memory
    /// only, for the letters; a file larger than any list is refused by its size, unread.
    pub fn read_list_file(&self, path: &Path) -> Result<ListView, PrintError> {
        let (name, bytes) = read_chosen(path)?;
        self.read_list(&name, bytes)
    }

    /// Reads a patient list's bytes and holds them (in memory only) for the letters.
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
        request: MailoutRequest,
        fonts: &FontSource,
        mut report: impl FnMut(LettersProgress),
    ) -> Result<LettersReport, PrintError> {
        use std::sync::atomic::Ordering;
        self.cancel.store(false, Ordering::SeqCst);
        let cancel = self.cancel.clone();
        self.print_held_letters(request, fonts, &mut |done, total| {
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

    /// Makes the letters for the held list into the letters folder ([`AppState::make_mailout`]); once they are
    /// made the list is let go.
    pub fn print_held_letters(
        &self,
        request: MailoutRequest,
        fonts: &FontSource,
        progress: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Result<LettersReport, PrintError> {
        let held = self.held_list.lock().expect("list lock").take().ok_or(PrintError::NoList)?;
        let result = check_born_by(&held.file_name, &held.list, request.dated)
            .map_err(PrintError::from)
            .and_then(|()| self.make_mailout(&held.list, request, fonts, progress));
        // A failed or cancelled run keeps the list, so the manager can try again without choosing it again.
        if result.is_err() {
            *self.held_list.lock().expect("list lock") = Some(held);
        }
        result
    }

    /// The proof of the held list's letters: one letter of each language, print size and sort (to a person, a
    /// household, a parent or guardian) it holds, every page marked as a proof, into the letters folder. The list is
    /// kept for the run.
    pub fn make_proof(&self, request: MailoutRequest, fonts: &FontSource) -> Result<MadeFile, PrintError> {
        let state = self.practice_state()?;
        let held = self.held_list.lock().expect("list lock");
        let held_list = held.as_ref().ok_or(PrintError::NoList)?;
        let list = &held_list.list;
        check_born_by(&held_list.file_name, list, request.dated)?;
        let planned = planned(list, request.grouping, request.dated);
        let proof = proof_letters(&planned.letters);
        let options = LetterOptions { proof: true, double_sided: request.double_sided };
        let (pdf, counts) =
            render_letters_with(&details(&state), &proof, request.dated, fonts, options, &mut |_, _| true)?;
        drop(held);
        let folder = self.letters_folder();
        let stem = format!("pathfinder-proof-{}", request.dated);
        let path = mailout::write_new(&folder, &stem, "pdf", &pdf)
            .map_err(|source| PrintError::Write { path: folder.join(&stem).display().to_string(), source })?;
        let file = made_file(&path, MadeKind::Proof, request.dated, &counts, &[]);
        self.remember(file.clone())?;
        Ok(file)
    }

    /// The acknowledgement letters for the coded-patients export at `path` (the file the manager chose), dated
    /// `dated`, into the letters folder like the letters. The export is read in memory only and never stored.
    pub fn make_acknowledgements(
        &self,
        path: &Path,
        dated: time::Date,
        fonts: &FontSource,
    ) -> Result<AcknowledgementsReport, PrintError> {
        let state = self.practice_state()?;
        let (name, bytes) = read_chosen(path)?;
        let options = AcknowledgementOptions { english_only: false, punjabi: self.punjabi_script(), mapping: None };
        let (pdf, counts) =
            render_acknowledgements(&name, &bytes, &details(&state), dated, &options, fonts, &mut |_, _| true)?;
        drop(bytes);
        let folder = self.letters_folder();
        let stem = format!("pathfinder-acknowledgements-{dated}");
        let path = mailout::write_new(&folder, &stem, "pdf", &pdf)
            .map_err(|source| PrintError::Write { path: folder.join(&stem).display().to_string(), source })?;
        let mut file = made_file(&path, MadeKind::Acknowledgements, dated, &Counts::default(), &[]);
        (file.letters, file.pages) = (counts.letters as u32, counts.pages as u32);
        self.remember(file.clone())?;
        let problems =
            counts.problems.iter().map(ToString::to_string).chain(counts.left_out.iter().map(ToString::to_string));
        Ok(AcknowledgementsReport { problems: problems.collect(), counts, file })
    }

    /// Adds a made file to the record and to the files the UI may open or print.
    fn remember(&self, file: MadeFile) -> Result<(), PrintError> {
        let mut record = Made::load(self.data_dir());
        self.written.lock().expect("written lock").insert(file.path.clone());
        record.files.push(file);
        record
            .save(self.data_dir())
            .map_err(|source| PrintError::Write { path: self.data_dir().display().to_string(), source })
    }

    /// The folder letters are saved in: the one the manager chose, while it exists, else the app's own.
    pub fn letters_folder(&self) -> PathBuf {
        Made::load(self.data_dir())
            .folder
            .map(PathBuf::from)
            .filter(|folder| folder.is_dir())
            .unwrap_or_else(|| self.config().letters_dir.clone())
    }

    /// The letters folder as the page shows it, with the cloud drive that syncs it where its path shows one.
    pub fn letters_folder_view(&self) -> LettersFolder {
        let folder = self.letters_folder();
        LettersFolder::of(&folder, folder == self.config().letters_dir)
    }

    /// Saves letters in `folder` (the manager's choice in the system's dialog) from now on; `None` goes back to the
    /// app's own folder.
    pub fn set_letters_folder(&self, folder: Option<&Path>) -> Result<LettersFolder, PrintError> {
        let mut record = Made::load(self.data_dir());
        record.folder = folder.map(|folder| folder.display().to_string());
        record
            .save(self.data_dir())
            .map_err(|source| PrintError::Write { path: self.data_dir().display().to_string(), source })?;
        Ok(self.letters_folder_view())
    }

    /// The files of mail-outs still on disk: what the page reminds the manager of at start.
    pub fn made_files(&self) -> Vec<MadeFile> {
        Made::load(self.data_dir()).on_disk()
    }

    /// The manager says a letters file was printed or handed to the mailing house: its letters are counted as printed
    /// (and later reported), once; saying it again changes nothing.
    pub fn confirm_printed(&self, id: &str) -> Result<Vec<MadeFile>, PrintError> {
        let mut record = Made::load(self.data_dir());
        let file = (record.files.iter_mut())
            .find(|file| file.id == id && file.kind == MadeKind::Letters)
            .ok_or_else(|| PrintError::UnknownFile(id.to_owned()))?;
        if file.printed.is_none() {
            let state = self.practice_state()?;
            self.record_letters_printed(&file.counts, &state.profile.practice_lead)?;
            file.printed = Some(self.today().to_string());
            record
                .save(self.data_dir())
                .map_err(|source| PrintError::Write { path: self.data_dir().display().to_string(), source })?;
        }
        Ok(record.on_disk())
    }

    /// Deletes every file of the mail-outs the app made (letters, proofs, address files, acknowledgements) and
    /// forgets those that are gone; gives those it could not delete.
    pub fn delete_letters(&self) -> Vec<MadeFile> {
        let mut record = Made::load(self.data_dir());
        for file in &record.files {
            let _ = std::fs::remove_file(&file.path);
        }
        let mut written = self.written.lock().expect("written lock");
        for file in &record.files {
            written.remove(&file.path);
        }
        record.files.retain(|file| Path::new(&file.path).exists());
        let _ = record.save(self.data_dir());
        record.files
    }

    /// At start: removes the temporary files a crash left in the letters folders, and forgets the files that are no
    /// longer on disk; gives the files still there (the page reminds the manager of them).
    pub fn tidy_letters(&self) -> Vec<MadeFile> {
        let mut record = Made::load(self.data_dir());
        let mut folders: Vec<PathBuf> = vec![self.config().letters_dir.clone(), self.letters_folder()];
        folders.extend(record.files.iter().filter_map(|file| Path::new(&file.path).parent().map(Path::to_path_buf)));
        folders.sort();
        folders.dedup();
        for folder in &folders {
            mailout::remove_temporary_files(folder);
        }
        let before = record.files.len();
        record.files.retain(|file| Path::new(&file.path).exists());
        if record.files.len() != before {
            let _ = record.save(self.data_dir());
        }
        record.files
    }

    /// The date the page offers for the letters: the first day of the practice's window.
    pub fn default_letter_date(&self) -> Option<time::Date> {
        self.practice_state().ok().map(|state| state.window.start)
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
            || Made::load(self.data_dir()).files.iter().any(|file| file.path == path)
    }

    /// Quick print: sends a PDF the app wrote to the default printer, CUPS `lp -- FILE` on Linux and macOS, the
    /// shell's print verb on Windows (ShellExecuteW called directly: no command line is built from the path).
    pub fn print_file(&self, path: &str) -> Result<(), PrintError> {
        if !self.wrote(path) {
            return Err(PrintError::NotOurs(path.to_owned()));
        }
        #[cfg(windows)]
        return shell_print(path).map_err(PrintError::Printer);
        #[cfg(not(windows))]
        let output = std::process::Command::new(&self.config().print_command).arg("--").arg(path).output();
        match output {
            Ok(output) if output.status.success() => Ok(()),
            Ok(output) => Err(PrintError::Printer(String::from_utf8_lossy(&output.stderr).trim().to_owned())),
            Err(error) => Err(PrintError::Printer(error.to_string())),
        }
    }
}

/// The shell's print verb on a file: what "Print" in Explorer's menu does.
#[cfg(windows)]
fn shell_print(path: &str) -> Result<(), String> {
    use std::os::windows::ffi::OsStrExt;
    #[link(name = "shell32")]
    unsafe extern "system" {
        fn ShellExecuteW(
            hwnd: *mut std::ffi::c_void,
            operation: *const u16,
            file: *const u16,
            parameters: *const u16,
            directory: *const u16,
            show: i32,
        ) -> *mut std::ffi::c_void;
    }
    let wide = |text: &std::ffi::OsStr| text.encode_wide().chain(std::iter::once(0)).collect::<Vec<u16>>();
    let (verb, file) = (wide(std::ffi::OsStr::new("print")), wide(std::ffi::OsStr::new(path)));
    // SAFETY: both strings are NUL-terminated UTF-16 that live across the call; the other pointers may be null.
    let answer = unsafe {
        ShellExecuteW(std::ptr::null_mut(), verb.as_ptr(), file.as_ptr(), std::ptr::null(), std::ptr::null(), 0)
    };
    // ShellExecuteW answers a value above 32 when it succeeds.
    let code = answer as isize;
    if code > 32 { Ok(()) } else { Err(format!("the shell's print verb failed (code {code})")) }
}

/// A chosen file's name and bytes, refused by its size before it is read.
fn read_chosen(path: &Path) -> Result<(String, Vec<u8>), PrintError> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let read_error = |source| PrintError::Read { file: name.clone(), source };
    let size = std::fs::metadata(path).map_err(read_error)?.len();
    pathfinder_notices::patients::check_size(&name, size)?;
    let bytes = std::fs::read(path).map_err(read_error)?;
    Ok((name, bytes))
}

/// A list's letters, grouped as asked, in English where asked, in postcode order.
fn planned(list: &PatientList, grouping: LetterGrouping, dated: time::Date) -> Plan<'_> {
    let mut planned = plan(&list.patients, grouping.dated(dated));
    if grouping.english_only {
        translations::english_only(&mut planned.letters);
    }
    postcode_order(&mut planned.letters);
    planned
}

/// A file made on `dated` at `path`, with its letters and pages.
fn made_file(path: &Path, kind: MadeKind, dated: time::Date, counts: &Counts, printed: &[FileCount]) -> MadeFile {
    MadeFile {
        id: mailout::new_id(),
        path: path.display().to_string(),
        kind,
        made: dated.to_string(),
        letters: counts.letters as u32,
        pages: counts.pages as u32,
        language: None,
        large_print: None,
        batch: None,
        batches: None,
        counts: printed.to_vec(),
        printed: None,
    }
}

/// What an acknowledgements run made, and the rows it left out (by line and reason).
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AcknowledgementsReport {
    pub counts: AcknowledgementCounts,
    pub problems: Vec<String>,
    pub file: MadeFile,
}
