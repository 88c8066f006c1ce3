//! A list as the manager checks it before the letters are made: how it was read and counts, never people.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Encoding, MappingEntry, PatientList, letters};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ListSummary {
    pub encoding: Encoding,
    pub delimiter: String,
    pub headers: Vec<String>,
    pub mapping: Vec<MappingEntry>,
    pub patients: usize,
    /// One letter per patient.
    pub letters: usize,
    /// One letter per address.
    pub household_letters: usize,
    pub by_language: BTreeMap<&'static str, usize>,
    pub large_print: usize,
    /// The first `shown` problems, as "patients.csv, line 7: surname: missing".
    pub problems: Vec<String>,
    pub problem_count: usize,
}

impl PatientList {
    /// The summary, with at most `shown` problem lines (the count says how many there are in all).
    pub fn summary(&self, shown: usize) -> ListSummary {
        let mut by_language = BTreeMap::new();
        for patient in &self.patients {
            *by_language.entry(patient.language).or_default() += 1;
        }
        ListSummary {
            encoding: self.encoding,
            delimiter: char::from(self.delimiter).to_string(),
            headers: self.headers.clone(),
            mapping: self.mapping.entries(),
            patients: self.patients.len(),
            letters: self.patients.len(),
            household_letters: letters(&self.patients, true).len(),
            by_language,
            large_print: self.patients.iter().filter(|p| p.large_print).count(),
            problems: self.problems.iter().take(shown).map(ToString::to_string).collect(),
            problem_count: self.problems.len(),
        }
    }
}
