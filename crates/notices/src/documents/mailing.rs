//! A mail-out as a printer and a mailing house take it: the letters in postcode order, the proof (one letter of each
//! sort the list holds), the run split into one file per language and print size or into batches of N letters, and
//! the address file, one row per letter in the order the letters are printed.
//!
//! - **Order.** Letters are sorted by postcode (its outward code, then its inward code, without case or spaces; a
//!   letter with no postcode last), then by their place in the list. Every file of a run and the address file follow
//!   that order, and the letters are numbered 1, 2, 3... across the whole run, file after file.
//! - **Split.** By language and print size: one file for each language (in the order `LANGUAGES` lists them) and each
//!   print size (standard before large print) the run has. In batches: every N letters a new file. Both together: the
//!   batches are counted within each language and print size.
//! - **Proof.** The first letter, in postcode order, of each language, print size and sort of letter (to one person,
//!   to a household, to a parent or guardian) in the run.
//! - **Address file.** CSV (UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting) with the letter's number, the file
//!   it is printed in, its language, print size and sort, the addressee as the envelope's window shows them and the
//!   address. A cell a spreadsheet would take for a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage
//!   return) starts with an apostrophe instead, so opening the file runs nothing.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::HashMap;

use super::{NoticeError, PracticeDetails, Texts};
use crate::patients::{Household, LANGUAGES};

/// The sorts of letter a proof shows one of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LetterSort {
    /// To one person.
    Person,
    /// To the adults at an address, naming everyone there.
    Household,
    /// To the parent or guardian of the children it names.
    Guardian,
}

impl LetterSort {
    pub fn of(letter: &Household<'_>) -> Self {
        if letter.to_guardian() {
            LetterSort::Guardian
        } else if letter.patients.len() > 1 {
            LetterSort::Household
        } else {
            LetterSort::Person
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            LetterSort::Person => "person",
            LetterSort::Household => "household",
            LetterSort::Guardian => "parent-or-guardian",
        }
    }
}

/// A print size as files and the address file name it.
pub fn print_size(large_print: bool) -> &'static str {
    if large_print { "large-print" } else { "standard" }
}

/// A postcode as it sorts: outward code, then inward code (the last three characters), uppercase, no spaces.
fn postcode_key(postcode: &str) -> (bool, String, String) {
    let compact: String = postcode.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_uppercase).collect();
    let split = compact.len().saturating_sub(3);
    let (outward, inward) = if compact.is_char_boundary(split) { compact.split_at(split) } else { (&compact[..], "") };
    (compact.is_empty(), outward.to_owned(), inward.to_owned())
}

/// Sorts letters by postcode, keeping the list's order among letters to the same postcode.
pub fn postcode_order(letters: &mut [Household<'_>]) {
    letters.sort_by_cached_key(|letter| postcode_key(letter.postcode()));
}

/// The first letter of each language, print size and sort, in the order given.
pub fn proof_letters<'a>(letters: &[Household<'a>]) -> Vec<Household<'a>> {
    let mut seen = Vec::new();
    let mut proof = Vec::new();
    for letter in letters {
        let sort = (letter.language, letter.large_print, LetterSort::of(letter));
        if !seen.contains(&sort) {
            seen.push(sort);
            proof.push(letter.clone());
        }
    }
    proof
}

/// How a run is divided into files.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Layout {
    /// One file for each language and print size.
    pub by_language: bool,
    /// At most this many letters in a file.
    pub batch: Option<usize>,
}

/// One file of a run: which letters, and what names it.
#[derive(Debug, Clone)]
pub struct Part<'a> {
    /// The language and print size of every letter in it, when the run is split by them.
    pub language: Option<&'static str>,
    pub large_print: Option<bool>,
    /// Its batch and the number of batches (of its language and print size, when split by them), from 1.
    pub batch: Option<(usize, usize)>,
    /// The number of its first letter in the run, from 1.
    pub first_number: usize,
    pub letters: Vec<Household<'a>>,
}

impl Part<'_> {
    /// What a file's name adds to the run's: `-pl-standard`, `-batch-03-of-12`, both, or nothing.
    pub fn suffix(&self) -> String {
        let mut suffix = String::new();
        if let (Some(language), Some(large_print)) = (self.language, self.large_print) {
            suffix.push_str(&format!("-{language}-{}", print_size(large_print)));
        }
        if let Some((batch, of)) = self.batch {
            let width = of.to_string().len().max(2);
            suffix.push_str(&format!("-batch-{batch:0width$}-of-{of:0width$}"));
        }
        suffix
    }
}

fn language_rank(language: &str) -> usize {
    LANGUAGES.iter().position(|code| *code == language).unwrap_or(LANGUAGES.len())
}

/// The run's files, in the order they are printed, with the letters in postcode order in each. `letters` should be
/// in postcode order already ([`postcode_order`]): the order within each file is theirs.
pub fn parts<'a>(letters: Vec<Household<'a>>, layout: Layout) -> Vec<Part<'a>> {
    let groups: Vec<(Option<&'static str>, Option<bool>, Vec<Household<'a>>)> = if layout.by_language {
        let mut keys: Vec<(&'static str, bool)> = Vec::new();
        let mut grouped: HashMap<(&'static str, bool), Vec<Household<'a>>> = HashMap::new();
        for letter in letters {
            let key = (letter.language, letter.large_print);
            if !keys.contains(&key) {
                keys.push(key);
            }
            grouped.entry(key).or_default().push(letter);
        }
        keys.sort_by(|a, b| match language_rank(a.0).cmp(&language_rank(b.0)) {
            Ordering::Equal => a.0.cmp(b.0).then(a.1.cmp(&b.1)),
            other => other,
        });
        keys.into_iter().map(|key| (Some(key.0), Some(key.1), grouped.remove(&key).unwrap_or_default())).collect()
    } else {
        vec![(None, None, letters)]
    };
    let mut parts = Vec::new();
    let mut number = 1;
    for (language, large_print, letters) in groups {
        let chunks: Vec<Vec<Household<'a>>> = match layout.batch {
            Some(size) if size > 0 && !letters.is_empty() => letters.chunks(size).map(<[_]>::to_vec).collect(),
            _ => vec![letters],
        };
        let of = chunks.len();
        for (index, letters) in chunks.into_iter().enumerate() {
            let batch = layout.batch.map(|_| (index + 1, of));
            parts.push(Part { language, large_print, batch, first_number: number, letters });
            number += parts.last().map_or(0, |part: &Part<'_>| part.letters.len());
        }
    }
    parts
}

/// A cell as a spreadsheet may open it: one that would run as a formula gets a leading apostrophe.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A cell as CSV writes it: neutralised, and quoted where it holds a comma, a quote or a line break.
fn csv_cell(cell: &str) -> String {
    let cell = neutralise(cell);
    if cell.contains([',', '"', '\n', '\r']) { format!("\"{}\"", cell.replace('"', "\"\"")) } else { cell.into_owned() }
}

/// The address file's columns.
pub const ADDRESS_COLUMNS: [&str; 12] = [
    "letter",
    "file",
    "language",
    "print_size",
    "sort",
    "addressee",
    "address_1",
    "address_2",
    "address_3",
    "address_4",
    "address_5",
    "postcode",
];

/// The address file of a run: one row per letter of `parts`, in their order; `files` names each part's file (the
/// same length as `parts`). The addressee is as the letter's window prints it, in the letter's language: the adults
/// it is to, or "To the parent or guardian of" the children.
pub fn address_csv(practice: &PracticeDetails, parts: &[Part<'_>], files: &[String]) -> Result<Vec<u8>, NoticeError> {
    let mut out = String::from("\u{feff}");
    out.push_str(&ADDRESS_COLUMNS.join(","));
    out.push_str("\r\n");
    let mut texts: HashMap<&'static str, Texts> = HashMap::new();
    for (part, file) in parts.iter().zip(files) {
        for (offset, letter) in part.letters.iter().enumerate() {
            let addressee = if letter.to_guardian() {
                if !texts.contains_key(letter.language) {
                    texts.insert(letter.language, Texts::new(letter.language, practice)?);
                }
                let names: Vec<String> = letter.children().iter().map(|child| child.name()).collect();
                texts[letter.language].with("notice-letter-to-guardian", "names", names.join(", "))
            } else {
                letter.adults().iter().map(|adult| adult.name()).collect::<Vec<_>>().join(", ")
            };
            let address = letter.address();
            let mut row = vec![
                (part.first_number + offset).to_string(),
                file.clone(),
                letter.language.to_owned(),
                print_size(letter.large_print).to_owned(),
                LetterSort::of(letter).as_str().to_owned(),
                addressee,
            ];
            row.extend((0..5).map(|line| address.get(line).cloned().unwrap_or_default()));
            row.push(letter.postcode().to_owned());
            out.push_str(&row.iter().map(|cell| csv_cell(cell)).collect::<Vec<_>>().join(","));
            out.push_str("\r\n");
        }
    }
    Ok(out.into_bytes())
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;
    use crate::patients::{Grouping, Patient, letters};

    fn person(line: usize, surname: &str, postcode: &str, language: &'static str, large_print: bool) -> Patient {
        Patient {
            line,
            title: String::new(),
            forename: "Al".into(),
            surname: surname.into(),
            address: vec![format!("{line} Mill Lane")],
            postcode: postcode.into(),
            nhs_number: None,
            date_of_birth: None,
            language,
            large_print,
        }
    }

    #[test]
    fn formulas_are_neutralised_and_other_cells_kept() {
        for cell in ["=1+1", "+44 113", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralise(cell), format!("'{cell}"), "{cell:?}");
        }
        for cell in ["Smith", "1 Mill Lane", "", "'quoted", "a=b"] {
            assert_eq!(neutralise(cell), cell);
        }
        assert_eq!(csv_cell("=HYPERLINK(\"x\",\"y\")"), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assert_eq!(csv_cell("Flat 2, 40 Hill St"), "\"Flat 2, 40 Hill St\"");
    }

    #[test]
    fn postcodes_sort_by_outward_then_inward_code_and_blank_last() {
        let mut keys = ["LS6 1AN", "ls11 5ps", "", "LS1 4AP", "LS2 9JT", "LS1 2AB"].map(postcode_key).to_vec();
        keys.sort();
        let outward: Vec<String> = keys.iter().map(|(_, o, i)| format!("{o} {i}")).collect();
        assert_eq!(outward, ["LS1 2AB", "LS1 4AP", "LS11 5PS", "LS2 9JT", "LS6 1AN", " "]);
    }

    #[test]
    fn parts_follow_language_size_and_batches_and_number_letters_across_files() {
        let people = vec![
            person(2, "A", "LS6 1AN", "pl", false),
            person(3, "B", "LS1 4AP", "en-GB", false),
            person(4, "C", "LS2 9JT", "en-GB", true),
            person(5, "D", "LS1 2AB", "en-GB", false),
            person(6, "E", "LS3 1AA", "en-GB", false),
        ];
        let mut run = letters(&people, Grouping::each(date!(2026 - 03 - 02)));
        postcode_order(&mut run);
        let lines: Vec<usize> = run.iter().map(|l| l.patients[0].line).collect();
        assert_eq!(lines, [5, 3, 4, 6, 2]);

        let whole = parts(run.clone(), Layout::default());
        assert_eq!((whole.len(), whole[0].suffix()), (1, String::new()));

        let split = parts(run.clone(), Layout { by_language: true, batch: Some(2) });
        let names: Vec<(String, usize, usize)> =
            split.iter().map(|p| (p.suffix(), p.first_number, p.letters.len())).collect();
        assert_eq!(
            names,
            [
                ("-en-GB-standard-batch-01-of-02".to_owned(), 1, 2),
                ("-en-GB-standard-batch-02-of-02".to_owned(), 3, 1),
                ("-en-GB-large-print-batch-01-of-01".to_owned(), 4, 1),
                ("-pl-standard-batch-01-of-01".to_owned(), 5, 1),
            ]
        );
        let proof = proof_letters(&run);
        assert_eq!(proof.len(), 3, "English standard, English large print, Polish");
    }
}
