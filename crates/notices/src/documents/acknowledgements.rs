//! Acknowledgements: the letter a practice sends each patient whose returned objection form it has checked and
//! coded (task 7 of the pathfinder checklist), saying that the form came and the objection is in their GP record.
//!
//! The input is a small CSV the practice exports from its clinical system of the patients whose forms were coded.
//! It is read by the patient list's reader (the same encodings, separators, EMIS Web, SystmOne and Vision header
//! names, and row problems by line), in memory only: nothing of it is written anywhere but the PDF, nor logged.
//!
//! The rules:
//! - **The code column.** A column headed "Code", "Read code", "CTV3 code", "Objection", "Objection code" or
//!   "Coded" (see [`is_code_header`]; any number of them, read together) says which objection was coded. Its cells
//!   hold codes separated by `;`, `,`, `/`, `|`, `+` or spaces: 9Nu0 or XaZ89 is Type 1, 9Nu4 or XaaVL is Type 2
//!   (Read v2's padding dots, "9Nu0.", are allowed). Codes are compared as written: Read and CTV3 codes are
//!   case-sensitive. A blank cell says nothing, and a letter that no row's cell names a type for says that the
//!   objection was recorded without naming a type, as does every letter from a file with no code column.
//! - **Codes the letter cannot acknowledge refuse the run.** An acknowledgement tells a patient what is now in their
//!   record, so a code that is not one of those four (a withdrawal, 9Nu1 or XaaVM; the Summary Care Record's 9Ndo;
//!   a typing slip), or a Type 2 code where the pilot offers the Type 1 objection only (the practice's objection types,
//!   from the centre), is a row problem naming the line and the column, and any such problem stops the whole run
//!   before a page is made ([`AcknowledgementError::Codes`], every such row listed): the practice corrects the record
//!   or the export first. The code's value is never repeated in a message.
//! - **Other row problems** (no surname, no postcode, a bad NHS number...) are the patient list's, listed by line in
//!   [`AcknowledgementList::problems`]; those rows get no letter and the others are made, as for the letters.
//! - **One letter per person**, never per household: each patient's objection is their own. Rows of the same person
//!   (one row per code, as a search of coded events exports them) are merged: rows with the same NHS number, or,
//!   where either row has none, the same forename and surname (without case or spacing), the same date of birth and
//!   the same address and postcode. Rows with no NHS number and no date of birth are never merged. A merged letter
//!   names every type any of its rows names; it is addressed as the first row gives the person, is in large print if
//!   any row asks for it, and is in the first language other than English that a row names.
//! - **Children.** A patient under 16 on the letter's date (from the date of birth; one with none is an adult) is
//!   written to through a parent or guardian, who signed the form, as the letters do.
//! - **Language.** A letter is in the patient's language when that language translates the acknowledgement (any of
//!   its `notice-ack-` messages), and then exactly as the letters are: a draft translation is followed by the same
//!   letter in English. A language with no translation of it gets the letter in English, once, with nothing marked as
//!   a translation, counted under English (and under [`AcknowledgementCounts::untranslated`] by the language asked).
//! - **Print.** RNIB Clear Print: every word 12 pt or more, 16 pt or more where the row asks for large print.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::Serialize;
use time::Date;

use super::flow::Flow;
use super::letters::LeftOut;
use super::{
    FontSource, MARGIN, NoticeError, ObjectionType, ObjectionTypes, PracticeDetails, Sizes, Texts, format_date,
};
use crate::patients::{
    ColumnMapping, ListError, Patient, PunjabiScript, RowProblem, address_key, read_patient_list_beside,
};
use crate::pdf::{A4, MM, Pdf};
use crate::text::{FontBook, FontError, Weight};

/// The objection codes a letter acknowledges: Read v2 (EMIS Web, Vision) and CTV3 (SystmOne).
pub const OBJECTION_CODES: [(&str, ObjectionType); 4] = [
    ("9Nu0", ObjectionType::Type1),
    ("XaZ89", ObjectionType::Type1),
    ("9Nu4", ObjectionType::Type2),
    ("XaaVL", ObjectionType::Type2),
];

/// Headers of a column holding the objection code, compared without case, spaces or punctuation.
const CODE_HEADERS: [&str; 17] = [
    "code",
    "codes",
    "readcode",
    "readcodes",
    "readv2code",
    "readv2",
    "ctv3code",
    "ctv3codes",
    "ctv3",
    "clinicalcode",
    "objection",
    "objections",
    "objectioncode",
    "objectioncodes",
    "objectiontype",
    "coded",
    "codedas",
];

/// Whether a header names a column of objection codes: "Code", "Read Code", "Read v2 code", "CTV3 Code",
/// "Objection", "Objection code", "Objection type", "Coded" and the like ("Postcode" is not one).
pub fn is_code_header(header: &str) -> bool {
    let key: String = header.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    CODE_HEADERS.contains(&key.as_str())
}

/// Every message of the acknowledgement's own: a language that has any of them translates the letter.
const MESSAGES: [&str; 13] = [
    "notice-ack-received",
    "notice-ack-recorded",
    "notice-ack-recorded-type1",
    "notice-ack-recorded-type2",
    "notice-ack-care",
    "notice-ack-change",
    "notice-ack-formats",
    "notice-ack-received-guardian",
    "notice-ack-recorded-guardian",
    "notice-ack-recorded-type1-guardian",
    "notice-ack-recorded-type2-guardian",
    "notice-ack-care-guardian",
    "notice-ack-change-guardian",
];

/// How the letter closes: the letters' own closing and signature.
const CLOSE: [&str; 2] = ["notice-letter-closing", "notice-letter-signature"];

/// Which objections a letter says were recorded. Neither: the list did not say, and the letter names no type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Recorded {
    pub type1: bool,
    pub type2: bool,
}

impl Recorded {
    /// Whether the letter names a type.
    pub fn named(self) -> bool {
        self.type1 || self.type2
    }

    fn and(self, other: Recorded) -> Recorded {
        Recorded { type1: self.type1 || other.type1, type2: self.type2 || other.type2 }
    }
}

/// Why a code cell cannot be acknowledged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CodeProblem {
    /// Not one of [`OBJECTION_CODES`] (or not one the pilot offers and not a Type 2 code).
    Unknown,
    /// A Type 2 code where the pilot offers Type 1 only.
    Type2NotOffered,
}

impl CodeProblem {
    /// The reason, naming the codes expected, never the value found.
    fn reason(self, types: ObjectionTypes) -> &'static str {
        match (self, types.offers_type2()) {
            (CodeProblem::Unknown, true) => {
                "not an objection code this letter acknowledges (Type 1: 9Nu0 or XaZ89; Type 2: 9Nu4 or XaaVL); \
                 correct the export, or leave this patient out"
            }
            (CodeProblem::Unknown, false) => {
                "not an objection code this letter acknowledges (9Nu0 or XaZ89); correct the export, or leave this \
                 patient out"
            }
            (CodeProblem::Type2NotOffered, _) => {
                "a Type 2 objection code, but the pilot offers the Type 1 objection only (the practice's objection \
                 types): check what was coded before acknowledging it"
            }
        }
    }
}

/// The objections a cell names: codes split at `;`, `,`, `/`, `|`, `+` and spaces, a Read v2 code's padding dots
/// dropped, compared as written. A blank cell names none.
fn codes_in(cell: &str, types: ObjectionTypes) -> Result<Recorded, CodeProblem> {
    let mut recorded = Recorded::default();
    let tokens = cell.split(|c: char| matches!(c, ';' | ',' | '/' | '|' | '+') || c.is_whitespace());
    for token in tokens.map(|token| token.trim_end_matches('.')).filter(|token| !token.is_empty()) {
        match OBJECTION_CODES.iter().find(|(code, _)| *code == token).map(|(_, kind)| *kind) {
            Some(ObjectionType::Type1) => recorded.type1 = true,
            Some(ObjectionType::Type2) if types.offers_type2() => recorded.type2 = true,
            Some(ObjectionType::Type2) => return Err(CodeProblem::Type2NotOffered),
            None => return Err(CodeProblem::Unknown),
        }
    }
    Ok(recorded)
}

/// How the letters are made.
#[derive(Debug, Clone, Default)]
pub struct AcknowledgementOptions {
    /// Every letter in English, whatever the list's language column says (no draft translation is printed).
    pub english_only: bool,
    /// The script of a plain "Punjabi" in the language column.
    pub punjabi: PunjabiScript,
    /// The columns, where the manager chose them; guessed from the header row when `None`.
    pub mapping: Option<ColumnMapping>,
}

/// One letter: a person whose objection form was coded.
#[derive(Clone, PartialEq, Eq)]
pub struct Acknowledgement {
    /// The person as their first row gives them; `language` is the language the letter is printed in, and
    /// `large_print` is set when any of their rows asks for it.
    pub patient: Patient,
    /// The language the list asked for, before English only or the fallback to English.
    pub asked: &'static str,
    /// Printed in English because the language asked for has no translation of the acknowledgement yet.
    pub untranslated: bool,
    /// The lines of the rows merged into this letter, in the order of the file.
    pub lines: Vec<usize>,
    pub recorded: Recorded,
}

/// The lines, languages and what is recorded: never the person.
impl fmt::Debug for Acknowledgement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Acknowledgement")
            .field("lines", &self.lines)
            .field("language", &self.patient.language)
            .field("asked", &self.asked)
            .field("untranslated", &self.untranslated)
            .field("large_print", &self.patient.large_print)
            .field("recorded", &self.recorded)
            .finish_non_exhaustive()
    }
}

/// The file of coded forms, read: a letter for each person, and the rows that get none.
#[derive(Clone, PartialEq, Eq)]
pub struct AcknowledgementList {
    /// The file's name, as given.
    pub file: String,
    /// The headers of the columns read as objection codes; empty when there is none (no letter names a type).
    pub code_columns: Vec<String>,
    /// In the order of the file (a letter's place is its first row's).
    pub letters: Vec<Acknowledgement>,
    /// Rows that get no letter, and why, in the order of the file.
    pub problems: Vec<RowProblem>,
    /// Rows merged into an earlier row's letter, being the same person.
    pub merged_rows: usize,
}

/// Counts and columns only: never the people.
impl fmt::Debug for AcknowledgementList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AcknowledgementList")
            .field("file", &self.file)
            .field("code_columns", &self.code_columns)
            .field("letters", &self.letters)
            .field("problems", &self.problems)
            .field("merged_rows", &self.merged_rows)
            .finish()
    }
}

/// Why no letter was made.
#[derive(Debug, thiserror::Error)]
pub enum AcknowledgementError {
    /// The file cannot be read as a list at all: empty, not text, no header, a required column missing...
    #[error(transparent)]
    List(#[from] ListError),
    /// The file has no row that names a patient to write to.
    #[error("{file}: no row names a patient to acknowledge{}", every_row(problems))]
    NoPatients { file: String, problems: Vec<RowProblem> },
    /// Codes the letters cannot acknowledge (see the module's rules); every such row, by line and column.
    #[error("no letter was made: {}", joined(.0))]
    Codes(Vec<RowProblem>),
    #[error(transparent)]
    Notice(#[from] NoticeError),
}

impl AcknowledgementError {
    /// A stable code for the edges: `{ "code": ..., "message": ... }`.
    pub fn code(&self) -> &'static str {
        match self {
            AcknowledgementError::List(list) => list.code(),
            AcknowledgementError::NoPatients { .. } => "acknowledgement-no-patients",
            AcknowledgementError::Codes(_) => "acknowledgement-codes",
            AcknowledgementError::Notice(notice) => notice.code(),
        }
    }
}

fn joined(problems: &[RowProblem]) -> String {
    problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}

fn every_row(problems: &[RowProblem]) -> String {
    if problems.is_empty() {
        " (it has a header row and no rows)".to_owned()
    } else {
        format!(": every row has a problem: {}", joined(problems))
    }
}

/// What a run made: letters and pages, by language, print size and what they say was recorded, and the rows left
/// out. Counts only.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AcknowledgementCounts {
    pub letters: usize,
    pub pages: usize,
    /// By the language each letter is printed in.
    pub by_language: BTreeMap<String, usize>,
    /// Letters printed in English because their patient's language has no translation of the acknowledgement yet,
    /// by the language asked for.
    pub untranslated: BTreeMap<String, usize>,
    pub standard: usize,
    pub large_print: usize,
    /// Letters to the parent or guardian of a patient under 16.
    pub to_guardian: usize,
    /// Letters naming the Type 1 objection, the Type 2 objection, and naming no type.
    pub type1: usize,
    pub type2: usize,
    pub type_not_named: usize,
    /// Rows merged into another row's letter, being the same person.
    pub merged_rows: usize,
    /// The rows that got no letter for a problem in the row, by line and reason.
    pub problems: Vec<RowProblem>,
    /// Letters not made because no font can print a character of the name or address.
    pub left_out: Vec<LeftOut>,
}

/// Reads the file of coded forms and makes every letter into one PDF, dated `dated`: [`read_acknowledgements`]
/// then [`AcknowledgementList::render`]. Gives the PDF's bytes, for the caller to write whole (atomically), and
/// what was made; on any error, no bytes.
pub fn render_acknowledgements(
    file_name: &str,
    csv: &[u8],
    practice: &PracticeDetails,
    dated: Date,
    options: &AcknowledgementOptions,
    fonts: &FontSource,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<(Vec<u8>, AcknowledgementCounts), AcknowledgementError> {
    let list = read_acknowledgements(file_name, csv, practice.objection_types, options)?;
    list.render(practice, dated, fonts, progress)
}

/// Reads the file of coded forms (`csv`, exported as `file_name`) for a pilot offering `types`: one letter per
/// person, under the module's rules.
pub fn read_acknowledgements(
    file_name: &str,
    csv: &[u8],
    types: ObjectionTypes,
    options: &AcknowledgementOptions,
) -> Result<AcknowledgementList, AcknowledgementError> {
    let (list, beside) =
        read_patient_list_beside(file_name, csv, options.mapping.as_ref(), options.punjabi, &is_code_header)?;
    if list.patients.is_empty() {
        return Err(AcknowledgementError::NoPatients { file: file_name.to_owned(), problems: list.problems });
    }
    let mut refused = Vec::new();
    let mut recorded = Vec::with_capacity(list.patients.len());
    for (index, patient) in list.patients.iter().enumerate() {
        let mut row = Recorded::default();
        let cells = beside.cells.get(index).map(Vec::as_slice).unwrap_or_default();
        for ((column, header), cell) in beside.columns.iter().zip(cells) {
            match codes_in(cell, types) {
                Ok(codes) => row = row.and(codes),
                Err(problem) => refused.push(RowProblem {
                    file: file_name.to_owned(),
                    line: patient.line,
                    field: None,
                    reason: format!("column {} ({header}): {}", column + 1, problem.reason(types)),
                }),
            }
        }
        recorded.push(row);
    }
    if !refused.is_empty() {
        return Err(AcknowledgementError::Codes(refused));
    }

    let (letters, merged_rows) = merge(&list.patients, &recorded);
    let mut translates: HashMap<&'static str, bool> = HashMap::new();
    let letters = letters
        .into_iter()
        .map(|mut letter| {
            let asked = letter.patient.language;
            if !options.english_only {
                letter.untranslated = !*translates.entry(asked).or_insert_with(|| translates_acknowledgement(asked));
            }
            if options.english_only || letter.untranslated {
                letter.patient.language = pathfinder_l10n::REFERENCE_LOCALE;
            }
            letter
        })
        .collect();
    Ok(AcknowledgementList {
        file: file_name.to_owned(),
        code_columns: beside.columns.into_iter().map(|(_, header)| header).collect(),
        letters,
        problems: list.problems,
        merged_rows,
    })
}

/// Whether `language` has a translation of the acknowledgement: any of its own messages.
fn translates_acknowledgement(language: &str) -> bool {
    pathfinder_l10n::Localizer::new(language, false)
        .is_ok_and(|localizer| MESSAGES.iter().any(|id| localizer.translates(id)))
}

/// Forename and surname without case or spacing: the title may differ between rows of one person.
fn name_key(patient: &Patient) -> String {
    let key = |name: &str| name.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).collect::<String>();
    format!("{}/{}", key(&patient.forename), key(&patient.surname))
}

/// Who a row is, where it can be told without the NHS number: name, date of birth and address.
type Identity = (String, Date, String, String);

fn identity(patient: &Patient) -> Option<Identity> {
    let born = patient.date_of_birth?;
    Some((name_key(patient), born, address_key(&patient.address), patient.postcode.clone()))
}

/// One letter per person, in the order of their first row, and how many rows were merged into an earlier one.
fn merge(patients: &[Patient], recorded: &[Recorded]) -> (Vec<Acknowledgement>, usize) {
    let mut letters: Vec<Acknowledgement> = Vec::new();
    let mut by_number: HashMap<String, usize> = HashMap::new();
    let mut by_identity: HashMap<Identity, usize> = HashMap::new();
    let mut merged = 0;
    for (patient, recorded) in patients.iter().zip(recorded) {
        let number = patient.nhs_number.as_deref();
        let key = identity(patient);
        let same = number.and_then(|number| by_number.get(number)).copied().or_else(|| {
            let found = key.as_ref().and_then(|key| by_identity.get(key)).copied()?;
            // Two different NHS numbers are two people, whatever else they share.
            match (number, letters[found].patient.nhs_number.as_deref()) {
                (Some(one), Some(other)) if one != other => None,
                _ => Some(found),
            }
        });
        let index = match same {
            Some(index) => {
                merged += 1;
                let letter = &mut letters[index];
                letter.lines.push(patient.line);
                letter.recorded = letter.recorded.and(*recorded);
                letter.patient.large_print |= patient.large_print;
                if letter.patient.language == pathfinder_l10n::REFERENCE_LOCALE {
                    letter.patient.language = patient.language;
                }
                if letter.patient.nhs_number.is_none() {
                    letter.patient.nhs_number = patient.nhs_number.clone();
                }
                index
            }
            None => {
                letters.push(Acknowledgement {
                    patient: patient.clone(),
                    asked: patient.language,
                    untranslated: false,
                    lines: vec![patient.line],
                    recorded: *recorded,
                });
                letters.len() - 1
            }
        };
        letters[index].asked = letters[index].patient.language;
        if let Some(number) = number {
            by_number.entry(number.to_owned()).or_insert(index);
        }
        if let Some(key) = key {
            by_identity.entry(key).or_insert(index);
        }
    }
    (letters, merged)
}

/// The paragraphs of a letter, in order: to the patient, or to the parent or guardian of a child under 16.
fn paragraphs(guardian: bool, recorded: Recorded) -> Vec<&'static str> {
    let pick = |patient: &'static str, parent: &'static str| if guardian { parent } else { patient };
    let mut ids = vec![pick("notice-ack-received", "notice-ack-received-guardian")];
    if !recorded.named() {
        ids.push(pick("notice-ack-recorded", "notice-ack-recorded-guardian"));
    }
    if recorded.type1 {
        ids.push(pick("notice-ack-recorded-type1", "notice-ack-recorded-type1-guardian"));
    }
    if recorded.type2 {
        ids.push(pick("notice-ack-recorded-type2", "notice-ack-recorded-type2-guardian"));
    }
    ids.push(pick("notice-ack-care", "notice-ack-care-guardian"));
    ids.push(pick("notice-ack-change", "notice-ack-change-guardian"));
    ids.push("notice-ack-formats");
    ids
}

/// One language's texts and fonts.
struct Language {
    texts: Texts,
    book: FontBook,
}

impl AcknowledgementList {
    /// The languages the letters are printed in, each once, in the order of the file.
    pub fn languages(&self) -> Vec<&'static str> {
        let mut languages: Vec<&'static str> = Vec::new();
        for letter in &self.letters {
            if !languages.contains(&letter.patient.language) {
                languages.push(letter.patient.language);
            }
        }
        languages
    }

    /// Writes every letter into one PDF, dated `dated`. `progress` hears (letters done, letters in all) after each
    /// letter and stops the run by answering false; a stopped run returns `Cancelled` and no bytes. A list read for a
    /// pilot offering Type 2 that names it is refused for a practice offering Type 1 only, as reading it would be.
    pub fn render(
        &self,
        practice: &PracticeDetails,
        dated: Date,
        fonts: &FontSource,
        progress: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Result<(Vec<u8>, AcknowledgementCounts), AcknowledgementError> {
        let types = practice.objection_types;
        let refused: Vec<RowProblem> = (self.letters.iter())
            .filter(|letter| letter.recorded.type2 && !types.offers_type2())
            .flat_map(|letter| &letter.lines)
            .map(|&line| RowProblem {
                file: self.file.clone(),
                line,
                field: None,
                reason: CodeProblem::Type2NotOffered.reason(types).to_owned(),
            })
            .collect();
        if !refused.is_empty() {
            return Err(AcknowledgementError::Codes(refused));
        }
        let english = Texts::new(pathfinder_l10n::REFERENCE_LOCALE, practice)?;
        let mut pdf = Pdf::new(&english.get("notice-title"));
        let mut languages: HashMap<&'static str, Language> = HashMap::new();
        let mut translates: HashMap<&'static str, bool> = HashMap::new();
        let mut counts = AcknowledgementCounts {
            merged_rows: self.merged_rows,
            problems: self.problems.clone(),
            ..AcknowledgementCounts::default()
        };
        for (done, letter) in self.letters.iter().enumerate() {
            // Checked again here, whoever made the list: a language without the acknowledgement's messages would print
            // the English twice, as the letter and as its English copy.
            let asked = letter.patient.language;
            let translated = *translates.entry(asked).or_insert_with(|| translates_acknowledgement(asked));
            let code = if translated { asked } else { pathfinder_l10n::REFERENCE_LOCALE };
            if !languages.contains_key(code) {
                let texts = Texts::new(code, practice)?;
                let book = fonts.book(texts.language);
                languages.insert(code, Language { texts, book });
            }
            let language = languages.get_mut(code).expect("just added");
            // Checked before a page is begun, so a letter left out leaves nothing of itself in the file.
            if let Some(c) = unprintable(&mut language.book, &letter.patient).map_err(NoticeError::from)? {
                counts.left_out.push(LeftOut { lines: letter.lines.clone(), code: c as u32 });
            } else {
                let before = pdf.page_count();
                write_letter(&mut pdf, language, letter, dated)?;
                counts.letters += 1;
                counts.pages += pdf.page_count() - before;
                *counts.by_language.entry(language.texts.language.to_owned()).or_default() += 1;
                if letter.untranslated {
                    *counts.untranslated.entry(letter.asked.to_owned()).or_default() += 1;
                }
                if letter.patient.large_print {
                    counts.large_print += 1;
                } else {
                    counts.standard += 1;
                }
                if letter.patient.under_16_on(dated) {
                    counts.to_guardian += 1;
                }
                counts.type1 += usize::from(letter.recorded.type1);
                counts.type2 += usize::from(letter.recorded.type2);
                counts.type_not_named += usize::from(!letter.recorded.named());
            }
            if !progress(done + 1, self.letters.len()) {
                return Err(NoticeError::Cancelled.into());
            }
        }
        Ok((pdf.finish().map_err(NoticeError::from)?, counts))
    }
}

/// The first character of a letter's name and address that no font can print.
fn unprintable(book: &mut FontBook, patient: &Patient) -> Result<Option<char>, FontError> {
    let address = patient.address.iter().cloned().chain(std::iter::once(patient.postcode.clone()));
    for text in std::iter::once(patient.name()).chain(address) {
        if let Some(c) = book.unprintable(&text, Weight::Regular)? {
            return Ok(Some(c));
        }
    }
    Ok(None)
}

/// The practice's name, address and phone number at the top right, no smaller than the letter's least size.
fn letterhead(flow: &mut Flow, practice: &PracticeDetails, sizes: Sizes) -> Result<(), FontError> {
    let head_width = 80.0 * MM;
    let (left, width, rtl) = (flow.left, flow.width, flow.rtl);
    flow.left = flow.left + flow.width - head_width;
    flow.width = head_width;
    flow.rtl = false;
    flow.paragraph(&practice.name, sizes.small, Weight::Bold)?;
    for line in practice.address.iter().chain(std::iter::once(&practice.phone)) {
        flow.paragraph(line, sizes.small, Weight::Regular)?;
    }
    (flow.left, flow.width, flow.rtl) = (left, width, rtl);
    Ok(())
}

fn write_letter(
    pdf: &mut Pdf,
    language: &mut Language,
    letter: &Acknowledgement,
    dated: Date,
) -> Result<(), NoticeError> {
    let patient = &letter.patient;
    let sizes = Sizes::new(patient.large_print);
    let guardian = patient.under_16_on(dated);
    let Language { texts, book } = language;
    // A child's letter goes to the parent or guardian who signed the form, as the letters do.
    let (addressee, greeting_id) = if guardian {
        (texts.with("notice-letter-to-guardian", "names", patient.name()), "notice-letter-greeting-guardian")
    } else {
        (patient.name(), "notice-letter-greeting")
    };
    let greeting = texts.with(greeting_id, "names", patient.name());
    let rtl = texts.rtl;
    let width = A4.width_mm * MM - 2.0 * MARGIN;
    let mut flow = Flow::new(pdf, book, A4, MARGIN, rtl);
    letterhead(&mut flow, texts.practice(), sizes)?;

    // The address, where a DL envelope's window shows it (20 mm in, 50 mm down), no smaller than Clear Print asks.
    flow.left = 20.0 * MM;
    flow.width = 85.0 * MM;
    flow.top = 50.0 * MM;
    flow.rtl = false;
    flow.paragraph(&addressee, sizes.small, Weight::Regular)?;
    for line in &patient.address {
        flow.paragraph(line, sizes.small, Weight::Regular)?;
    }
    flow.paragraph(&patient.postcode, sizes.small, Weight::Regular)?;

    flow.left = MARGIN;
    flow.width = width;
    flow.rtl = rtl;
    flow.top = flow.top.max(95.0 * MM);
    flow.paragraph(&format_date(dated, texts.language), sizes.body, Weight::Regular)?;
    flow.gap(sizes.body);
    // A greeting the translation lacks is in English, and reads left to right whatever the letter's direction.
    flow.paragraph_in(&greeting, sizes.body, Weight::Regular, texts.rtl_for(greeting_id))?;
    let body = paragraphs(guardian, letter.recorded);
    for id in &body {
        flow.gap(sizes.body * 0.6);
        flow.paragraph_in(&texts.get(id), sizes.body, Weight::Regular, texts.rtl_for(id))?;
    }
    flow.gap(sizes.body);
    for id in CLOSE {
        flow.paragraph_in(&texts.get(id), sizes.body, Weight::Regular, texts.rtl_for(id))?;
        flow.gap(sizes.body * 0.4);
    }

    // A draft translation never goes alone: as with the letters, a note in the language and in English, then the
    // same letter in English on the pages after it.
    if texts.draft
        && let Some(english) = texts.english_texts()
    {
        flow.gap(sizes.body * 0.6);
        flow.paragraph(&texts.get("notice-draft-translation"), sizes.small, Weight::Regular)?;
        flow.gap(sizes.small * 0.2);
        flow.english(&english.get("notice-letter-english-follows"), sizes.small, Weight::Regular)?;
        flow.new_page();
        let heading = "notice-letter-english-heading";
        flow.paragraph_in(&texts.get(heading), sizes.body * 1.3, Weight::Bold, texts.rtl_for(heading))?;
        if let Some(heading) = texts.english(heading) {
            flow.english(&heading, sizes.body * 1.15, Weight::Bold)?;
        }
        flow.gap(sizes.body * 0.6);
        flow.english(&english.get("notice-letter-english-intro"), sizes.small, Weight::Regular)?;
        flow.rtl = false;
        for id in &body {
            flow.gap(sizes.body * 0.6);
            flow.paragraph(&english.get(id), sizes.body, Weight::Regular)?;
        }
        flow.gap(sizes.body);
        for id in CLOSE {
            flow.paragraph(&english.get(id), sizes.body, Weight::Regular)?;
            flow.gap(sizes.body * 0.4);
        }
    }
    flow.finish();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_columns_are_told_by_their_headers() {
        for header in ["Code", "Read Code", "Read v2 code", "CTV3 Code", "Objection", "Objection code", "Coded", "CODE"]
        {
            assert!(is_code_header(header), "{header}");
        }
        for header in ["Postcode", "Post Code", "Code of practice", "Usual GP", "Objection date", "Term", ""] {
            assert!(!is_code_header(header), "{header}");
        }
    }

    #[test]
    fn codes_are_read_as_written_and_split_at_separators() {
        let both = ObjectionTypes::BOTH;
        let t1 = Recorded { type1: true, type2: false };
        let t2 = Recorded { type1: false, type2: true };
        let t12 = Recorded { type1: true, type2: true };
        assert_eq!(codes_in("9Nu0", both), Ok(t1));
        assert_eq!(codes_in(" 9Nu0. ", both), Ok(t1), "Read v2's padding dot");
        assert_eq!(codes_in("XaZ89", both), Ok(t1));
        assert_eq!(codes_in("XaaVL", both), Ok(t2));
        assert_eq!(codes_in("9Nu0;9Nu4", both), Ok(t12));
        assert_eq!(codes_in("9Nu0, XaaVL", both), Ok(t12));
        assert_eq!(codes_in("9Nu0 / 9Nu4 | XaZ89 + 9Nu4", both), Ok(t12));
        assert_eq!(codes_in("", both), Ok(Recorded::default()));
        assert_eq!(codes_in(" ; ", both), Ok(Recorded::default()));
        for unknown in ["9NU0", "9nu0", "9Nu1", "XaaVM", "9Ndo", "Type 1", "9Nu0;9Nu1", "yes"] {
            assert_eq!(codes_in(unknown, both), Err(CodeProblem::Unknown), "{unknown}");
        }
        let type1_only = ObjectionTypes::TYPE1_ONLY;
        assert_eq!(codes_in("9Nu0", type1_only), Ok(t1));
        assert_eq!(codes_in("9Nu0;9Nu4", type1_only), Err(CodeProblem::Type2NotOffered));
        assert_eq!(codes_in("XaaVL", type1_only), Err(CodeProblem::Type2NotOffered));
        // The reason for a Type 1 only pilot names no Type 2 code.
        let reason = CodeProblem::Unknown.reason(type1_only);
        assert!(!reason.contains("9Nu4") && !reason.contains("Type 2"), "{reason}");
    }

    #[test]
    fn the_paragraphs_follow_what_was_recorded_and_the_reader() {
        let none = paragraphs(false, Recorded::default());
        assert!(none.contains(&"notice-ack-recorded"));
        assert!(!none.iter().any(|id| id.contains("type")), "{none:?}");
        let both = paragraphs(false, Recorded { type1: true, type2: true });
        assert!(both.contains(&"notice-ack-recorded-type1") && both.contains(&"notice-ack-recorded-type2"));
        assert!(!both.contains(&"notice-ack-recorded"));
        let child = paragraphs(true, Recorded { type1: true, type2: false });
        assert!(
            child.iter().filter(|id| **id != "notice-ack-formats").all(|id| id.ends_with("-guardian")),
            "{child:?}"
        );
        for ids in [none, both, child] {
            assert!(ids.iter().all(|id| MESSAGES.contains(id)), "{ids:?}");
        }
    }
}
