//! One letter per patient, or per household: everyone at the same address, named on one letter. An address where
//! too many families live to be one household (a care home, halls of residence, a hostel) is not grouped: a letter
//! naming a dozen unrelated people would tell each of them who the others are. A child under 16 on the letter's
//! date is written to through a parent or guardian.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::ops::RangeInclusive;

use time::Date;

use super::Patient;

/// How many different surnames one address may have and still be written to as one household: a family with a
/// step-parent, grandparents and a lodger stays together; a care home does not.
pub const DEFAULT_MAX_SURNAMES: usize = 6;

/// The values the setting may take.
pub const MAX_SURNAMES: RangeInclusive<usize> = 1..=50;

/// How a list's letters are made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grouping {
    /// One letter for everyone at an address, rather than one each.
    pub by_household: bool,
    /// An address whose patients have more than this many different surnames (compared without case or spaces)
    /// is not grouped: each person there has a letter of their own.
    pub max_surnames: usize,
    /// The letter's date: who is under 16 is reckoned on it.
    pub dated: Date,
}

impl Grouping {
    /// A letter for each patient.
    pub fn each(dated: Date) -> Self {
        Self { by_household: false, max_surnames: DEFAULT_MAX_SURNAMES, dated }
    }

    /// A letter for each household, with the usual limit of surnames.
    pub fn households(dated: Date) -> Self {
        Self { by_household: true, max_surnames: DEFAULT_MAX_SURNAMES, dated }
    }
}

/// The people one letter goes to, and how it is printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Household<'a> {
    /// Everyone the letter names: the adults (16 or over on the letter's date, or of unknown age) first, then the
    /// children, each in the order of the list; never empty.
    pub patients: Vec<&'a Patient>,
    /// Where the children start in `patients`.
    pub first_child: usize,
    /// The first adult's language (or the first child's, when there is no adult): the letter goes to one address
    /// in one language, and is read by the adult.
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

    /// Those 16 or over on the letter's date, and those whose age is not known.
    pub fn adults(&self) -> &[&'a Patient] {
        &self.patients[..self.first_child]
    }

    /// Those under 16 on the letter's date.
    pub fn children(&self) -> &[&'a Patient] {
        &self.patients[self.first_child..]
    }

    /// Whether the letter is addressed to the parent or guardian of those it names: it names only children.
    pub fn to_guardian(&self) -> bool {
        self.first_child == 0
    }
}

/// Counts only: never the people.
impl fmt::Debug for Household<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Household")
            .field("patients", &self.patients.len())
            .field("children", &self.children().len())
            .field("language", &self.language)
            .field("large_print", &self.large_print)
            .finish_non_exhaustive()
    }
}

/// The letters of a list, and how many addresses were not grouped for having too many surnames.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan<'a> {
    /// In the order of the list (a letter's place is its first patient's).
    pub letters: Vec<Household<'a>>,
    /// Addresses with more patients' surnames than the limit, whose people have a letter each. Always 0 when
    /// not grouping by household.
    pub split_addresses: usize,
}

impl Plan<'_> {
    /// The letters addressed to a parent or guardian.
    pub fn to_guardians(&self) -> usize {
        self.letters.iter().filter(|letter| letter.to_guardian()).count()
    }
}

/// The letters to print, in the order of the list: see [`plan`].
pub fn letters(patients: &[Patient], grouping: Grouping) -> Vec<Household<'_>> {
    plan(patients, grouping).letters
}

/// The letters to print, in the order of the list. With `by_household`, patients with the same address (compared
/// without case, punctuation or spacing, and however it is split into lines) and the same postcode share one letter
/// that names them all, unless more than `max_surnames` surnames live there; otherwise each patient has a letter.
/// Every patient is named on exactly one letter.
pub fn plan(patients: &[Patient], grouping: Grouping) -> Plan<'_> {
    let dated = grouping.dated;
    if !grouping.by_household {
        let letters = patients.iter().map(|p| household(vec![p], dated)).collect();
        return Plan { letters, split_addresses: 0 };
    }
    // The people at each address, in the order of the list.
    let mut groups: Vec<Vec<&Patient>> = Vec::new();
    let mut index: HashMap<(String, &str), usize> = HashMap::new();
    for patient in patients {
        let key = (address_key(&patient.address), patient.postcode.as_str());
        match index.get(&key) {
            Some(&i) => groups[i].push(patient),
            None => {
                index.insert(key, groups.len());
                groups.push(vec![patient]);
            }
        }
    }
    let mut letters = Vec::with_capacity(groups.len());
    let mut split_addresses = 0;
    for group in groups {
        if surnames(&group) > grouping.max_surnames {
            split_addresses += 1;
            letters.extend(group.into_iter().map(|p| household(vec![p], dated)));
        } else {
            letters.push(household(group, dated));
        }
    }
    // A split address's letters go where each person is in the list, as they would without grouping.
    letters.sort_by_key(|letter| letter.patients.iter().map(|p| p.line).min());
    Plan { letters, split_addresses }
}

/// How many different surnames a group has, without case or spaces ("McDonald" = "Mc Donald" = "MCDONALD").
fn surnames(group: &[&Patient]) -> usize {
    let names: HashSet<String> = group
        .iter()
        .map(|p| p.surname.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).collect())
        .collect();
    names.len()
}

/// One letter for `people` (in the order of the list): the adults first, then the children.
fn household(people: Vec<&Patient>, dated: Date) -> Household<'_> {
    let (mut patients, children): (Vec<&Patient>, Vec<&Patient>) =
        people.into_iter().partition(|p| !p.under_16_on(dated));
    let first_child = patients.len();
    patients.extend(children);
    // One letter reaches everyone at the address: if anyone there needs large print, a large-print letter still
    // serves the others, while a standard one would fail the person who needs it.
    let large_print = patients.iter().any(|p| p.large_print);
    Household { language: patients[0].language, large_print, first_child, patients }
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
