//! The patient list for the mail merge: the CSV a practice exports from EMIS Web, SystmOne or Vision, read into
//! patients ready to be addressed, with the rows that cannot be used listed by line and reason.
//!
//! Pure: it reads only the bytes it is given, logs nothing and writes nothing. No message, problem or `Debug`
//! output of this module holds a value from the list (names, addresses, numbers): only file names, line numbers,
//! column names and counts. The list stays in memory for as long as the caller keeps it.

mod dates;
mod decode;
mod households;
mod mapping;
mod records;
mod summary;
mod values;

use std::fmt;

pub use dates::{CHILD_UNDER, under_16};
pub use decode::Encoding;
pub(crate) use households::address_key;
pub use households::{DEFAULT_MAX_SURNAMES, Grouping, Household, MAX_SURNAMES, Plan, letters, plan};
pub use mapping::{ColumnMapping, DuplicateField, Field, MappingEntry};
pub use summary::ListSummary;
pub use values::{LANGUAGES, PunjabiScript, language_for, language_in, large_print_needed};

use records::{Cell, Record, Records};

/// The largest file read: far above any practice's list (a 30,000-patient list is about 5 MB), small enough that a
/// wrong or hostile file is refused before any of it is decoded.
pub const MAX_FILE_BYTES: usize = 200 * MB as usize;

const MB: u64 = 1024 * 1024;

/// The most columns a list may have. Exports have tens; a line of many thousands of delimiters is not a header,
/// and only this many fields of any row are kept, so such a line costs no more memory than a row should.
pub const MAX_COLUMNS: usize = 10_000;

/// The most rows read: far more than any practice has patients. Each row read holds up to about half a kilobyte (a
/// patient, or its problems), so a 200 MB file of ten-byte rows would otherwise hold some 7 GB; with the cap, no
/// file holds more than about half a gigabyte of rows.
pub const MAX_ROWS: usize = 1_000_000;

/// The longest field read, in characters. Longer ones make their row a problem: no name or address line is this
/// long, and a field that is usually means a quote went astray.
pub const MAX_FIELD_CHARS: usize = 1_000;

/// A patient list, read.
#[derive(Clone, PartialEq, Eq)]
pub struct PatientList {
    pub encoding: Encoding,
    /// `b','`, `b'\t'` or `b';'`.
    pub delimiter: u8,
    /// The mapping used: the caller's (less any column the file lacks) or the one guessed from the header.
    pub mapping: ColumnMapping,
    /// The header row, trimmed.
    pub headers: Vec<String>,
    /// Those who can be written to, in the order of the list.
    pub patients: Vec<Patient>,
    /// The rows left out and why, in the order of the list; a row can have several.
    pub problems: Vec<RowProblem>,
}

/// Counts and the header only: never the people.
impl fmt::Debug for PatientList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PatientList")
            .field("encoding", &self.encoding)
            .field("delimiter", &char::from(self.delimiter))
            .field("mapping", &self.mapping)
            .field("headers", &self.headers)
            .field("patients", &self.patients.len())
            .field("problems", &self.problems)
            .finish()
    }
}

/// One person to write to.
#[derive(Clone, PartialEq, Eq)]
pub struct Patient {
    /// The 1-based line of the file where the row starts, as a text editor numbers it.
    pub line: usize,
    pub title: String,
    pub forename: String,
    pub surname: String,
    /// The address lines that are not empty, each tidied; a bare house number is joined to the line after it
    /// ("12" + "High Street" = "12 High Street"), and a line repeating the postcode is dropped. Never empty.
    pub address: Vec<String>,
    /// Printed form: upper case, one space before the last three characters ("LS1 4AP").
    pub postcode: String,
    /// Printed form "943 476 5919", check digit verified.
    pub nhs_number: Option<String>,
    /// Read from any of the shapes the clinical systems export (see `dates.rs`); `None` when the list leaves it
    /// empty, and such a patient is written to as an adult.
    pub date_of_birth: Option<time::Date>,
    /// One of [`LANGUAGES`].
    pub language: &'static str,
    pub large_print: bool,
}

impl Patient {
    /// Whether the patient is under 16 on `on` (the letter's date); one whose date of birth is not known is not.
    pub fn under_16_on(&self, on: time::Date) -> bool {
        self.date_of_birth.is_some_and(|born| under_16(born, on))
    }

    /// Title, forename and surname, those present, separated by spaces: "Mrs Ada Lovelace".
    pub fn name(&self) -> String {
        [&self.title, &self.forename, &self.surname]
            .iter()
            .filter(|s| !s.is_empty())
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The line only: never the person.
impl fmt::Debug for Patient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Patient").field("line", &self.line).finish_non_exhaustive()
    }
}

/// A row left out of the letters. Names the place and the reason, never the value.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RowProblem {
    /// The name of the file, as given.
    pub file: String,
    /// The 1-based line where the row starts.
    pub line: usize,
    /// The field at fault, where there is one.
    pub field: Option<Field>,
    pub reason: String,
}

impl fmt::Display for RowProblem {
    /// "patients.csv, line 7: surname: missing"
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, line {}: ", self.file, self.line)?;
        if let Some(field) = self.field {
            write!(f, "{field}: ")?;
        }
        f.write_str(&self.reason)
    }
}

/// Why a list cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ListError {
    #[error("{file} is empty: export the patient list again, with its header row")]
    Empty { file: String },
    #[error("{file} is not a CSV file: {detail}")]
    NotText { file: String, detail: &'static str },
    #[error(
        "{file}, line {line}: the first line is not a header row (no column is called Surname, Address or \
         Postcode, or anything like them); export the list with its header row, or choose the columns"
    )]
    NoHeader { file: String, line: usize },
    #[error("{file}: no column for {}; choose which column holds it", list(missing))]
    MissingColumns { file: String, missing: Vec<Field> },
    #[error("{file}, line {line}: {reason}")]
    Malformed { file: String, line: usize, reason: String },
    #[error("{file} is {} MB, larger than any patient list ({} MB at most)", size.div_ceil(MB), limit / MB)]
    TooLarge { file: String, size: u64, limit: u64 },
    /// Dates of birth that are valid only month first (and none only day first): the column as a whole is read
    /// month first, as a spreadsheet re-saving the list in US format writes it.
    #[error(
        "{file}, column {column} ({header}): the dates of birth look month-first (US format, mm/dd/yyyy); export \
         the list again with dates day first (dd/mm/yyyy)"
    )]
    DatesMonthFirst { file: String, column: usize, header: String },
    /// Dates of birth of both orders in one column: which one a date such as 02/03/2010 is cannot be known.
    #[error(
        "{file}, column {column} ({header}): the dates of birth are in two orders: line {month_first_line} is \
         month-first (US format, mm/dd/yyyy) and line {day_first_line} is day-first (dd/mm/yyyy); export the list \
         again with every date day first"
    )]
    DatesMixedOrder { file: String, column: usize, header: String, month_first_line: usize, day_first_line: usize },
    /// A date of birth after the letters' date: a typing slip, or a date read in the wrong order.
    #[error(
        "{file}, line {line}, column {column} ({header}): a date of birth after the letters' date ({dated}); \
         correct it in the clinical system and export the list again"
    )]
    BornAfterLetterDate { file: String, line: usize, column: usize, header: String, dated: time::Date },
}

impl ListError {
    /// A stable code for the edges: `{ "code": ..., "message": ... }`.
    pub fn code(&self) -> &'static str {
        match self {
            ListError::Empty { .. } => "patient-list-empty",
            ListError::NotText { .. } => "patient-list-not-text",
            ListError::NoHeader { .. } => "patient-list-no-header",
            ListError::MissingColumns { .. } => "patient-list-missing-columns",
            ListError::Malformed { .. } => "patient-list-malformed",
            ListError::TooLarge { .. } => "patient-list-too-large",
            ListError::DatesMonthFirst { .. } => "patient-list-dates-month-first",
            ListError::DatesMixedOrder { .. } => "patient-list-dates-mixed-order",
            ListError::BornAfterLetterDate { .. } => "patient-list-born-after-letter-date",
        }
    }
}

fn list(fields: &[Field]) -> String {
    let labels: Vec<&str> = fields.iter().map(|f| f.label()).collect();
    match labels.as_slice() {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Refuses a file larger than any patient list by its size alone, before a byte of it is read.
pub fn check_size(file_name: &str, size: u64) -> Result<(), ListError> {
    if size > MAX_FILE_BYTES as u64 {
        return Err(ListError::TooLarge { file: file_name.to_owned(), size, limit: MAX_FILE_BYTES as u64 });
    }
    Ok(())
}

/// Reads the patient list in `bytes`, exported as `file_name`. With no `mapping`, the columns are guessed from the
/// header row (see [`ColumnMapping::auto`]); a caller's mapping is used as given, less columns the file lacks.
///
/// The whole file is refused only when it cannot be a patient list (too large, empty, binary, no header, a
/// required column missing, a quote never closed) or its dates of birth are month first (US format) or in both
/// orders; a row that cannot be used is listed in
/// [`PatientList::problems`] and the rest go ahead. A file with a header and no rows is a list of no patients.
pub fn read_patient_list(
    file_name: &str,
    bytes: &[u8],
    mapping: Option<&ColumnMapping>,
) -> Result<PatientList, ListError> {
    read_patient_list_in(file_name, bytes, mapping, PunjabiScript::default())
}

/// Refuses `list` (read from `file_name`) when a patient's date of birth is after `dated`, the letters' date: names
/// the first such line and the column, never the date.
pub fn check_born_by(file_name: &str, list: &PatientList, dated: time::Date) -> Result<(), ListError> {
    let Some(born_late) = list.patients.iter().find(|p| p.date_of_birth.is_some_and(|born| born > dated)) else {
        return Ok(());
    };
    let column = list.mapping.get(Field::DateOfBirth).unwrap_or_default();
    Err(ListError::BornAfterLetterDate {
        file: file_name.to_owned(),
        line: born_late.line,
        column: column + 1,
        header: list.headers.get(column).cloned().unwrap_or_default(),
        dated,
    })
}

/// [`read_patient_list`], with a plain "Punjabi" in the language column read as Punjabi in the practice's choice of
/// script, `punjabi` (a cell naming the script keeps it: see [`language_in`]).
pub fn read_patient_list_in(
    file_name: &str,
    bytes: &[u8],
    mapping: Option<&ColumnMapping>,
    punjabi: PunjabiScript,
) -> Result<PatientList, ListError> {
    read_patient_list_beside(file_name, bytes, mapping, punjabi, &|_| false).map(|(list, _)| list)
}

/// Columns a caller reads beside the patient's own (the acknowledgements' objection code): their 0-based indexes
/// and headers, and each patient's cells of them, tidied, in the order of [`PatientList::patients`].
#[derive(Clone, Default, PartialEq, Eq)]
pub(crate) struct Beside {
    pub columns: Vec<(usize, String)>,
    pub cells: Vec<Vec<String>>,
}

/// The columns and counts only: never the cells.
impl fmt::Debug for Beside {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Beside").field("columns", &self.columns).field("rows", &self.cells.len()).finish()
    }
}

/// [`read_patient_list_in`], reading too the columns whose header `beside` accepts and the mapping does not use,
/// in the same pass and under the same rules (a row that is a problem has no cells there).
pub(crate) fn read_patient_list_beside(
    file_name: &str,
    bytes: &[u8],
    mapping: Option<&ColumnMapping>,
    punjabi: PunjabiScript,
    beside: &dyn Fn(&str) -> bool,
) -> Result<(PatientList, Beside), ListError> {
    let file = || file_name.to_string();
    check_size(file_name, bytes.len() as u64)?;
    let (text, encoding) =
        decode::decode(bytes).map_err(|not| ListError::NotText { file: file(), detail: not.detail() })?;
    if text.trim().is_empty() {
        return Err(ListError::Empty { file: file() });
    }
    let delimiter = records::detect_delimiter(&text);
    let mut rows = Records::new(&text, delimiter, MAX_FIELD_CHARS);
    let unclosed = |u: records::Unclosed| ListError::Malformed {
        file: file(),
        line: u.line,
        reason: "a quoted field starts here and is never closed, so the rest of the file would be one field".into(),
    };
    let header = match rows.next() {
        None => return Err(ListError::Empty { file: file() }),
        Some(header) => header.map_err(unclosed)?,
    };
    if header.fields > MAX_COLUMNS {
        return Err(ListError::Malformed {
            file: file(),
            line: header.line,
            reason: format!(
                "the header row has {} columns, more than any patient list ({} at most)",
                thousands(header.fields),
                thousands(MAX_COLUMNS)
            ),
        });
    }
    let headers = header
        .cells
        .iter()
        .map(|cell| match cell {
            Cell::Text(name) => Ok(name.trim().to_string()),
            Cell::TooLong(_) => Err(ListError::NoHeader { file: file(), line: header.line }),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mapping = match mapping {
        Some(mapping) => mapping.within(headers.len()),
        None => {
            let guessed = ColumnMapping::auto(&headers);
            if guessed.is_empty() {
                return Err(ListError::NoHeader { file: file(), line: header.line });
            }
            guessed
        }
    };
    let missing = mapping.missing_required();
    if !missing.is_empty() {
        return Err(ListError::MissingColumns { file: file(), missing });
    }
    let mut extra = Beside {
        columns: (headers.iter().enumerate())
            .filter(|(column, header)| mapping.field_of(*column).is_none() && beside(header))
            .map(|(column, header)| (column, header.clone()))
            .collect(),
        cells: Vec::new(),
    };

    let mut patients = Vec::new();
    let mut problems = Vec::new();
    let mut found: Vec<(Option<Field>, String)> = Vec::new();
    let mut read = 0;
    // The first line whose date of birth can be read day first only, and month first only.
    let date_column = mapping.get(Field::DateOfBirth);
    let (mut day_first, mut month_first) = (None, None);
    for row in rows {
        let row = row.map_err(unclosed)?;
        if row.blank {
            // Spreadsheets leave rows of bare delimiters at the end: not a patient, not a problem.
            continue;
        }
        read += 1;
        if read > MAX_ROWS {
            return Err(ListError::Malformed {
                file: file(),
                line: row.line,
                reason: format!(
                    "more than {} rows, more than any practice's patient list; check that this is the list",
                    thousands(MAX_ROWS)
                ),
            });
        }
        if let Some(Cell::Text(cell)) = date_column.and_then(|column| row.cells.get(column)) {
            match dates::only_order(cell) {
                Some(dates::Order::DayFirst) => {
                    day_first.get_or_insert(row.line);
                }
                Some(dates::Order::MonthFirst) => {
                    month_first.get_or_insert(row.line);
                }
                None => {}
            }
        }
        if row.fields != headers.len() {
            found.push((None, format!("has {} fields but the header has {}", row.fields, headers.len())));
        } else {
            for (column, cell) in row.cells.iter().enumerate() {
                if let Cell::TooLong(chars) = cell {
                    let reason =
                        format!("longer than {} characters ({})", thousands(MAX_FIELD_CHARS), thousands(*chars));
                    found.push(match mapping.field_of(column) {
                        Some(field) => (Some(field), reason),
                        None => (None, format!("column {} ({}): {reason}", column + 1, headers[column])),
                    });
                }
            }
            if found.is_empty()
                && let Some(patient) = patient(&row, &mapping, punjabi, &mut found)
            {
                patients.push(patient);
                if !extra.columns.is_empty() {
                    let cell = |column: usize| match row.cells.get(column) {
                        Some(Cell::Text(text)) => values::tidy(text),
                        _ => String::new(),
                    };
                    extra.cells.push(extra.columns.iter().map(|(column, _)| cell(*column)).collect());
                }
            }
        }
        problems.extend(found.drain(..).map(|(field, reason)| RowProblem {
            file: file(),
            line: row.line,
            field,
            reason,
        }));
    }
    if let (Some(column), Some(month_first_line)) = (date_column, month_first) {
        let header = headers[column].clone();
        return Err(match day_first {
            None => ListError::DatesMonthFirst { file: file(), column: column + 1, header },
            Some(day_first_line) => ListError::DatesMixedOrder {
                file: file(),
                column: column + 1,
                header,
                month_first_line,
                day_first_line,
            },
        });
    }
    Ok((PatientList { encoding, delimiter, mapping, headers, patients, problems }, extra))
}

/// The patient in a row of the right width with no over-long field, or `None` after reporting what is wrong.
fn patient(
    row: &Record<'_>,
    mapping: &ColumnMapping,
    punjabi: PunjabiScript,
    found: &mut Vec<(Option<Field>, String)>,
) -> Option<Patient> {
    let cell = |field: Field| -> &str {
        match mapping.get(field).and_then(|c| row.cells.get(c)) {
            Some(Cell::Text(text)) => text,
            _ => "",
        }
    };
    let before = found.len();
    let mut fail = |field: Field, reason: &str| found.push((Some(field), reason.to_string()));

    let surname = values::tidy(cell(Field::Surname));
    if surname.is_empty() {
        fail(Field::Surname, "missing");
    }
    let postcode_cell = cell(Field::Postcode);
    let postcode = values::normalise_postcode(postcode_cell);
    if postcode.is_none() {
        fail(Field::Postcode, if postcode_cell.trim().is_empty() { "missing" } else { "not a UK postcode" });
    }
    let address = address(Field::ADDRESS.iter().map(|f| cell(*f)), postcode.as_deref());
    if address.is_empty() {
        fail(Field::Address1, "missing (every address line is empty)");
    }
    let nhs_number = match values::normalise_nhs_number(cell(Field::NhsNumber)) {
        Ok(number) => number,
        Err(why) => {
            fail(Field::NhsNumber, why.reason());
            None
        }
    };
    let date_of_birth = match dates::parse_date_of_birth(cell(Field::DateOfBirth)) {
        Ok(date) => date,
        Err(()) => {
            fail(Field::DateOfBirth, dates::NOT_A_DATE);
            None
        }
    };
    if found.len() > before {
        return None;
    }
    Some(Patient {
        line: row.line,
        title: values::tidy(cell(Field::Title)),
        forename: values::tidy(cell(Field::Forename)),
        surname,
        address,
        postcode: postcode?,
        nhs_number,
        date_of_birth,
        language: language_in(cell(Field::Language), punjabi),
        large_print: large_print_needed(cell(Field::CommunicationNeeds)),
    })
}

/// The address lines of the address cells: a cell holding line breaks gives several lines; empty lines go; a bare
/// house number ("12", "12A", "12-14") joins the line after it; a line that is just the postcode goes.
fn address<'c>(cells: impl Iterator<Item = &'c str>, postcode: Option<&str>) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut pending_number: Option<String> = None;
    for line in cells.flat_map(|c| c.split(['\n', '\r'])).map(values::tidy).filter(|l| !l.is_empty()) {
        if postcode.is_some() && values::normalise_postcode(&line).as_deref() == postcode {
            continue;
        }
        let line = match pending_number.take() {
            Some(number) => format!("{number} {line}"),
            None => line,
        };
        if is_house_number(&line) {
            pending_number = Some(line);
        } else {
            lines.push(line);
        }
    }
    lines.extend(pending_number);
    lines
}

fn is_house_number(line: &str) -> bool {
    let mut parts = line.splitn(2, '-');
    let number = |s: &str| {
        let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        !digits.is_empty() && digits.len() + 1 >= s.len() && digits.bytes().all(|b| b.is_ascii_digit())
    };
    parts.next().is_some_and(number) && parts.next().is_none_or(number)
}

/// 12345 → "12,345".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "Title,Forename,Surname,Address 1,Address 2,Address 3,Postcode,NHS Number,DOB,Language,Communication Needs\n";

    fn read(rows: &str) -> PatientList {
        read_patient_list("patients.csv", format!("{HEADER}{rows}").as_bytes(), None).unwrap()
    }

    fn problems(list: &PatientList) -> Vec<String> {
        list.problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_good_row_becomes_a_patient() {
        let list = read("Mrs, Ada ,Lovelace,12,High  Street,Leeds,ls14ap,9434765919,10/12/1970,Polish,Large print\n");
        assert_eq!(problems(&list), Vec::<String>::new());
        let p = &list.patients[0];
        assert_eq!((p.line, p.name().as_str()), (2, "Mrs Ada Lovelace"));
        assert_eq!(p.address, ["12 High Street", "Leeds"]);
        assert_eq!(p.postcode, "LS1 4AP");
        assert_eq!(p.nhs_number.as_deref(), Some("943 476 5919"));
        assert_eq!(p.date_of_birth, Some(time::macros::date!(1970 - 12 - 10)));
        assert_eq!((p.language, p.large_print), ("pl", true));
    }

    #[test]
    fn every_problem_of_a_row_is_reported_and_the_row_skipped() {
        let list = read(",Ada,,,,,LS1 Q4P,9434765918,,,\nMr,Bo,Good,1 Lane,,,BA1 1AA,,,,\n");
        assert_eq!(
            problems(&list),
            [
                "patients.csv, line 2: surname: missing",
                "patients.csv, line 2: postcode: not a UK postcode",
                "patients.csv, line 2: address line 1: missing (every address line is empty)",
                "patients.csv, line 2: NHS number: the check digit is wrong (modulus 11)",
            ]
        );
        assert_eq!(list.patients.len(), 1);
        assert_eq!(list.patients[0].line, 3);
    }

    #[test]
    fn a_date_of_birth_that_is_not_a_date_is_a_problem_named_by_line_and_column_never_by_value() {
        let list = read(
            "Mr,A,Good,1 Lane,,,BA1 1AA,,01-Jan-2010,,\n\
             Mr,B,Bad,1 Lane,,,BA1 1AA,,31/02/2010,,\n\
             Mr,C,Short,1 Lane,,,BA1 1AA,,1/1/10,,\n\
             Mr,D,Empty,1 Lane,,,BA1 1AA,,,,\n",
        );
        assert_eq!(
            problems(&list),
            [
                "patients.csv, line 3: date of birth: not a date of birth (day, month and year, such as 31/01/1970 \
                 or 1970-01-31)",
                "patients.csv, line 4: date of birth: not a date of birth (day, month and year, such as 31/01/1970 \
                 or 1970-01-31)",
            ]
        );
        let lines: Vec<usize> = list.patients.iter().map(|p| p.line).collect();
        assert_eq!(lines, [2, 5], "a row whose date of birth cannot be read is left out until it is corrected");
        assert_eq!(list.patients[0].date_of_birth, Some(time::macros::date!(2010 - 01 - 01)));
        assert_eq!(list.patients[1].date_of_birth, None, "no date of birth: written to as an adult");
        let shown = format!("{list:?} {}", problems(&list).join(""));
        for secret in ["31/02/2010", "1/1/10", "Bad", "Short"] {
            assert!(!shown.contains(secret), "{secret} in {shown}");
        }
    }

    #[test]
    fn wrong_width_and_over_long_fields() {
        let long = "x".repeat(1_001);
        let list = read(&format!("Mr,A,B,1 Lane,,,BA1 1AA\nMr,A,{long},1 Lane,,,BA1 1AA,,,,{long}\n"));
        assert_eq!(
            problems(&list),
            [
                "patients.csv, line 2: has 7 fields but the header has 11",
                "patients.csv, line 3: surname: longer than 1,000 characters (1,001)",
                "patients.csv, line 3: communication needs: longer than 1,000 characters (1,001)",
            ]
        );
        let list = read_patient_list(
            "p.csv",
            format!("Surname,Address,Postcode,Notes\nA,B,LS1 4AP,{long}\n").as_bytes(),
            None,
        )
        .unwrap();
        assert_eq!(problems(&list), ["p.csv, line 2: column 4 (Notes): longer than 1,000 characters (1,001)"]);
    }

    #[test]
    fn blank_rows_are_ignored() {
        let list = read(",,,,,,,,,,\n \n\nMr,A,B,1 Lane,,,BA1 1AA,,,,\n");
        assert!(list.problems.is_empty());
        assert_eq!(list.patients[0].line, 5);
    }

    #[test]
    fn address_lines_are_tidied() {
        let lines = |cells: &[&str], postcode| address(cells.iter().copied(), postcode);
        assert_eq!(lines(&["Flat 2", "", "12A", "High St"], None), ["Flat 2", "12A High St"]);
        assert_eq!(lines(&["1 Mill Lane\nHebden\r\nLeeds"], None), ["1 Mill Lane", "Hebden", "Leeds"]);
        assert_eq!(
            lines(&["12-14", "Station Road", "Leeds", "ls1 4ap"], Some("LS1 4AP")),
            ["12-14 Station Road", "Leeds"]
        );
        assert_eq!(lines(&["Rose Cottage", "7"], None), ["Rose Cottage", "7"]);
        assert!(lines(&["", " "], None).is_empty());
        assert!(!is_house_number("Flat 3"));
        assert!(!is_house_number("A12"));
        assert!(!is_house_number("12AB"));
    }

    #[test]
    fn errors_name_the_file_and_do_not_leak_values() {
        let err = read_patient_list("list.csv", b"Forename,Surname\nAda,Lovelace\n", None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "list.csv: no column for address line 1 and postcode; choose which column holds it"
        );
        assert_eq!(err.code(), "patient-list-missing-columns");
        let err = read_patient_list("list.csv", b"Ada,Lovelace,LS1 4AP\n", None).unwrap_err();
        assert_eq!(err, ListError::NoHeader { file: "list.csv".into(), line: 1 });
        assert!(!err.to_string().contains("Lovelace"));
        let list = read("Mrs,Ada,Lovelace,1 Lane,,,NOT A CODE,12345,,,\n");
        let shown = format!("{list:?} {:?} {}", list.problems, problems(&list).join(""));
        for secret in ["Lovelace", "Ada", "NOT A CODE", "12345", "1 Lane"] {
            assert!(!shown.contains(secret), "{secret} in {shown}");
        }
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(7), "7");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(10_485_760), "10,485,760");
    }
}
