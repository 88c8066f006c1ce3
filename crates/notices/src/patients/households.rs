//! One letter per patient, or per household: everyone at the same address, named on one letter.

use std::collections::HashMap;
use std::fmt;

use super::Patient;

/// The people one letter goes to, and how it is printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Household<'a> {
    /// Everyone the letter names, in the order of the list; never empty.
    pub patients: Vec<&'a Patient>,
    /// The first patient's language: the letter goes to one address in one language.
    pub language: &'static str,
    /// Whether anyone at the address needs large print.
    pub large_print: bool,
}

impl<'a> Household<'a> {
    /// The address the letter goes to: the first patient's, as the list spells it.
    pub fn address(&self) -> &'a [String] {
        &self.patients[0].address
    }

    pub fn postcode(&self) -> &'a str {
        &self.patients[0].postcode
    }
}

/// Counts only: never the people.
impl fmt::Debug for Household<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Household")
            .field("patients", &self.patients.len())
            .field("language", &self.language)
            .field("large_print", &self.large_print)
            .finish_non_exhaustive()
    }
}

/// The letters to print, in the order of the list. With `by_household`, patients with the same address (compared
/// without case, punctuation or spacing, and however it is split into lines) and the same postcode share one letter
/// that names them all; otherwise each patient has a letter.
pub fn letters(patients: &[Patient], by_household: bool) -> Vec<Household<'_>> {
    if !by_household {
        return patients.iter().map(|p| start(p)).collect();
    }
    let mut letters: Vec<Household<'_>> = Vec::new();
    let mut index: HashMap<(String, &str), usize> = HashMap::new();
    for patient in patients {
        let key = (address_key(&patient.address), patient.postcode.as_str());
        match index.get(&key) {
            Some(&i) => {
                let letter = &mut letters[i];
                letter.patients.push(patient);
                // One letter reaches everyone at the address: if anyone there needs large print, a large-print
                // letter still serves the others, while a standard one would fail the person who needs it.
                letter.large_print |= patient.large_print;
            }
            None => {
                index.insert(key, letters.len());
                letters.push(start(patient));
            }
        }
    }
    letters
}

fn start(patient: &Patient) -> Household<'_> {
    Household { patients: vec![patient], language: patient.language, large_print: patient.large_print }
}

/// The address lines as one comparable string: lower case, apostrophes dropped ("St John's" = "St Johns"), other
/// punctuation a space ("12, High St." = "12 High St"), runs of spaces one, lines joined by a space. Words stay
/// apart, so "Flat 1, 23 High St" and "Flat 12, 3 High St" never meet.
pub(crate) fn address_key(lines: &[String]) -> String {
    let mut key = String::new();
    for line in lines {
        for word in line
            .chars()
            .filter(|c| !matches!(c, '\'' | '\u{2019}'))
            .flat_map(char::to_lowercase)
            .map(|c| if c.is_alphanumeric() { c } else { ' ' })
            .collect::<String>()
            .split_whitespace()
        {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(word);
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn address_keys_ignore_case_punctuation_spacing_and_line_splits() {
        let key = address_key(&lines(&["12 High Street", "Headingley", "Leeds"]));
        assert_eq!(key, "12 high street headingley leeds");
        assert_eq!(address_key(&lines(&["12,  HIGH STREET.", "Headingley,", "Leeds"])), key);
        assert_eq!(address_key(&lines(&["12 High Street Headingley", "Leeds"])), key);
        assert_eq!(address_key(&lines(&["St John's Road"])), address_key(&lines(&["St. Johns Road"])));
        assert_ne!(address_key(&lines(&["Flat 1, 23 High St"])), address_key(&lines(&["Flat 12, 3 High St"])));
        assert_ne!(address_key(&lines(&["12 High Street"])), address_key(&lines(&["12A High Street"])));
    }
}
