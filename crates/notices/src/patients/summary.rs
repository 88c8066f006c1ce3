//! A list as the manager checks it before the letters are made: how it was read and counts, never people.

use std::collections::BTreeMap;

use serde::Serialize;
use time::Date;

use super::{Encoding, Grouping, MappingEntry, PatientList, plan};

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
    /// One letter per address, but a letter each at an address with more than `max_surnames` surnames.
    pub household_letters: usize,
    /// The limit of surnames the household count was made with.
    pub max_surnames: usize,
    /// Addresses with more than `max_surnames` surnames (care homes, halls, hostels): not grouped, each person
    /// there has a letter of their own. A count, never the addresses.
    pub split_addresses: usize,
    /// Patients under 16 on the letter's date: each one's letter (one per patient) is addressed to their parent or
    /// guardian, and in a household they are named on an adult's form.
    pub children: usize,
    /// Patients with no date of birth in the list: written to as adults.
    pub no_date_of_birth: usize,
    /// Letters, one per household, that name only children and so go to a parent or guardian.
    pub household_guardian_letters: usize,
    pub by_language: BTreeMap<&'static str, usize>,
    pub large_print: usize,
    /// The first `shown` problems, as "patients.csv, line 7: surname: missing".
    pub problems: Vec<String>,
    pub problem_count: usize,
}

impl PatientList {
    /// The summary, with at most `shown` problem lines (the count says how many there are in all), for letters
    /// dated `dated` with households of at most `max_surnames` surnames.
    pub fn summary(&self, shown: usize, max_surnames: usize, dated: Date) -> ListSummary {
        let mut by_language = BTreeMap::new();
        for patient in &self.patients {
            *by_language.entry(patient.language).or_default() += 1;
        }
        let households = plan(&self.patients, Grouping { by_household: true, max_surnames, dated });
        ListSummary {
            encoding: self.encoding,
            delimiter: char::from(self.delimiter).to_string(),
            headers: self.headers.clone(),
            mapping: self.mapping.entries(),
            patients: self.patients.len(),
            letters: self.patients.len(),
            household_letters: households.letters.len(),
            max_surnames,
            split_addresses: households.split_addresses,
            children: self.patients.iter().filter(|p| p.under_16_on(dated)).count(),
            no_date_of_birth: self.patients.iter().filter(|p| p.date_of_birth.is_none()).count(),
            household_guardian_letters: households.to_guardians(),
            by_language,
            large_print: self.patients.iter().filter(|p| p.large_print).count(),
            problems: self.problems.iter().take(shown).map(ToString::to_string).collect(),
            problem_count: self.problems.len(),
        }
    }
}
