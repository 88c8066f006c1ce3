//! Households (issue 14, item 6): an address where too many families live to be one household is not grouped;
//! a child under 16 is written to through a parent or guardian, and named on a form of their own, never under an
//! adult's signature (the adult may be a lodger); no one is dropped or named twice. Every person here is invented.

use std::collections::HashMap;

use std::collections::BTreeMap;

use pathfinder_notices::documents::letters::{form_names, render_letters};
use pathfinder_notices::documents::{FORM_BLOCKS, FontSource};
use pathfinder_notices::patients::{
    DEFAULT_MAX_SURNAMES, Grouping, MAX_SURNAMES, Patient, PatientList, letters, plan, read_patient_list,
};
use proptest::prelude::*;
use time::Date;
use time::macros::date;

mod support;
use support::{pdf_text, practice, preview_dir};

const DATED: Date = date!(2026 - 02 - 23);

fn read(rows: &str) -> PatientList {
    let csv = format!("Title,Forename,Surname,Address 1,Address 2,Postcode,Date of Birth\n{rows}");
    let list = read_patient_list("patients.csv", csv.as_bytes(), None).unwrap();
    assert!(list.problems.is_empty(), "{:?}", list.problems);
    list
}

/// The names on each letter, in the order the letter names them.
fn named(list: &PatientList, grouping: Grouping) -> Vec<Vec<String>> {
    letters(&list.patients, grouping).iter().map(|l| l.patients.iter().map(|p| p.name()).collect()).collect()
}

/// The letters as a PDF, read back with pdftotext: one string of words per letter (letters split where a page
/// starts with the practice's letterhead).
fn rendered(list: &PatientList, grouping: Grouping, name: &str) -> Vec<String> {
    let households = letters(&list.patients, grouping);
    let (bytes, counts) =
        render_letters(&practice(), &households, grouping.dated, &FontSource::default(), &mut |_, _| true).unwrap();
    assert_eq!(counts.letters, households.len());
    let path = preview_dir().join(name);
    std::fs::write(&path, &bytes).unwrap();
    let text = pdf_text(&path);
    let mut letters: Vec<String> = Vec::new();
    for page in text.split('\u{c}').filter(|page| !page.trim().is_empty()) {
        let words = page.split_whitespace().collect::<Vec<_>>().join(" ");
        if words.starts_with("Riverside Surgery 1 River Road") || letters.is_empty() {
            letters.push(words);
        } else {
            let last = letters.last_mut().unwrap();
            last.push(' ');
            last.push_str(&words);
        }
    }
    assert_eq!(letters.len(), households.len(), "one letterhead a letter");
    letters
}

/// Twelve residents of a care home, each with their own surname.
fn care_home() -> PatientList {
    let surnames = [
        "Abbott", "Barker", "Carter", "Dixon", "Ellis", "Fowler", "Gibson", "Holt", "Ingram", "Jarvis", "Kemp", "Lowe",
    ];
    let rows: String = surnames
        .iter()
        .enumerate()
        .map(|(i, surname)| {
            // The list spells the home's address in more than one way, as lists do.
            let home = if i % 2 == 0 { "Rosewood Care Home,12 Park Lane" } else { "ROSEWOOD CARE HOME,12 Park Lane." };
            format!("Mrs,Resident{i},{surname},{home},LS8 1AA,01/01/1930\n")
        })
        .collect();
    read(&rows)
}

#[test]
fn a_care_home_of_twelve_surnames_gets_a_letter_for_each_resident() {
    let list = care_home();
    let grouping = Grouping::households(DATED);
    let planned = plan(&list.patients, grouping);
    assert_eq!(planned.letters.len(), 12);
    assert_eq!(planned.split_addresses, 1);
    let each = named(&list, grouping);
    assert!(each.iter().all(|names| names.len() == 1), "{each:?}");
    let summary = list.summary(10, DEFAULT_MAX_SURNAMES, DATED);
    assert_eq!((summary.household_letters, summary.split_addresses), (12, 1));

    // The PDF: each letter names its resident and no other.
    let texts = rendered(&list, grouping, "letters-care-home.pdf");
    for (i, text) in texts.iter().enumerate() {
        let others = (0..12).filter(|&j| j != i && text.contains(&format!("Resident{j} "))).count();
        assert!(text.contains(&format!("Dear Mrs Resident{i} ")), "{text}");
        assert_eq!(others, 0, "letter {i} names another resident: {text}");
    }
}

#[test]
fn the_limit_of_surnames_is_a_setting() {
    let list = care_home();
    let fifteen = Grouping { max_surnames: 15, ..Grouping::households(DATED) };
    let planned = plan(&list.patients, fifteen);
    assert_eq!((planned.letters.len(), planned.split_addresses), (1, 0));
    assert_eq!(planned.letters[0].patients.len(), 12);
    let summary = list.summary(10, 15, DATED);
    assert_eq!((summary.household_letters, summary.split_addresses, summary.max_surnames), (1, 0, 15));
    // Twelve surnames is more than eleven, not more than twelve.
    assert_eq!(plan(&list.patients, Grouping { max_surnames: 11, ..fifteen }).split_addresses, 1);
    assert_eq!(plan(&list.patients, Grouping { max_surnames: 12, ..fifteen }).split_addresses, 0);
    // Not grouping, nothing is split.
    assert_eq!(plan(&list.patients, Grouping::each(DATED)).split_addresses, 0);
    assert_eq!((*MAX_SURNAMES.start(), *MAX_SURNAMES.end(), DEFAULT_MAX_SURNAMES), (1, 50, 6));
}

#[test]
fn a_family_with_two_surnames_is_still_one_household_and_surnames_compare_without_case_or_spaces() {
    let list = read(
        "Mr,Adam,Reed,4 Mill Lane,Leeds,LS6 2AB,01/01/1980\n\
         Ms,Beth,Okafor,4 Mill Lane,Leeds,LS6 2AB,01/01/1982\n\
         Miss,Cara,Reed,4 Mill Lane,Leeds,LS6 2AB,01/01/2004\n\
         Mr,Dan,Okafor-Reed,4 Mill Lane,Leeds,LS6 2AB,01/01/2005\n\
         Mr,Ed,Mc Donald,9 Elm Road,Leeds,LS9 1AA,\n\
         Mrs,Fay,MCDONALD,9 Elm Road,Leeds,LS9 1AA,\n\
         Ms,Gil,mcdonald,9 Elm Road,Leeds,LS9 1AA,\n",
    );
    let one = Grouping { max_surnames: 1, ..Grouping::households(DATED) };
    let planned = plan(&list.patients, one);
    // Reed, Okafor and Okafor-Reed: three surnames, more than one; McDonald three ways: one.
    assert_eq!(planned.split_addresses, 1);
    assert_eq!(planned.letters.iter().map(|l| l.patients.len()).collect::<Vec<_>>(), [1, 1, 1, 1, 3]);
    let planned = plan(&list.patients, Grouping::households(DATED));
    assert_eq!(planned.split_addresses, 0);
    assert_eq!(planned.letters.iter().map(|l| l.patients.len()).collect::<Vec<_>>(), [4, 3]);
}

#[test]
fn a_child_alone_gets_a_letter_addressed_to_their_parent_or_guardian() {
    // Ten years old on the letter's date.
    let list = read("Master,Tom,Reed,4 Mill Lane,Leeds,LS6 2AB,14/05/2015\n");
    for grouping in [Grouping::each(DATED), Grouping::households(DATED)] {
        let households = letters(&list.patients, grouping);
        assert!(households[0].to_guardian());
        let text = &rendered(&list, grouping, "letters-child-alone.pdf")[0];
        // The window's address starts with whom the letter is for.
        assert!(text.contains("To the parent or guardian of Master Tom Reed 4 Mill Lane Leeds LS6 2AB"), "{text}");
        assert!(text.contains("Dear parent or guardian of Master Tom Reed,"), "{text}");
        assert!(!text.contains("Dear Master Tom Reed"), "{text}");
        // On the form, the child is in a child's block: the first ("Patient") is left for the parent or guardian.
        let form = &text[text.find("Objection form").unwrap()..];
        let patient = form.find("Patient").unwrap();
        let child = form.find("Child or other person 1").unwrap();
        let named = form.find("Master Tom Reed").unwrap();
        assert!(patient < child && child < named, "{form}");
    }
    let summary = list.summary(10, DEFAULT_MAX_SURNAMES, DATED);
    assert_eq!((summary.children, summary.household_guardian_letters), (1, 1));
}

#[test]
fn a_household_of_two_adults_and_a_child_gives_each_adult_a_form_alone_and_the_child_a_form_for_a_guardian() {
    let list = read(
        "Master,Tom,Reed,4 Mill Lane,Leeds,LS6 2AB,14/05/2015\n\
         Mr,Adam,Reed,4 Mill Lane,Leeds,LS6 2AB,02/03/1980\n\
         Mrs,Beth,Reed,4 Mill Lane,Leeds,LS6 2AB,\n",
    );
    let households = letters(&list.patients, Grouping::households(DATED));
    assert_eq!(households.len(), 1);
    let names: Vec<String> = households[0].patients.iter().map(|p| p.name()).collect();
    assert_eq!(names, ["Mr Adam Reed", "Mrs Beth Reed", "Master Tom Reed"], "adults first, then children");
    assert_eq!((households[0].adults().len(), households[0].children().len()), (2, 1));
    assert!(!households[0].to_guardian());
    assert_eq!(households[0].language, "en-GB");

    let text = &rendered(&list, Grouping::households(DATED), "letters-family-with-child.pdf")[0];
    // The envelope and the greeting are for the adults; the letter says, before the form, which child it is also
    // about and who objects for them.
    assert!(text.contains("Mr Adam Reed Mrs Beth Reed 4 Mill Lane Leeds LS6 2AB"), "{text}");
    assert!(text.contains("Dear Mr Adam Reed, Mrs Beth Reed,"), "{text}");
    assert!(!text.contains("parent or guardian of"), "{text}");
    let letter = &text[..text.find("Objection form").unwrap()];
    let children = "This letter is also about Master Tom Reed, who is under 16. A parent or guardian can object for \
                    them on the enclosed form.";
    assert!(letter.contains(children), "{letter}");
    assert!(letter.find("Dear Mr Adam Reed").unwrap() < letter.find(children).unwrap());
    assert!(letter.contains("fill in the enclosed form") && !letter.contains("next page"), "{letter}");
    assert_eq!(text.matches("Master Tom Reed").count(), 2, "in the letter and on one form: {text}");
    // Each adult has a form of their own, naming them alone; the child is on a third form, in a child's block,
    // with the first ("Patient") block left for the parent or guardian to fill in and sign.
    let forms: Vec<&str> = text.split("Objection form").skip(1).collect();
    assert_eq!(forms.len(), 3, "{text}");
    for (form, adult) in forms.iter().zip(["Mr Adam Reed", "Mrs Beth Reed"]) {
        let (patient, named) = (form.find("Patient").unwrap(), form.find(adult).unwrap());
        assert!(patient < named && named < form.find("Child or other person 1").unwrap(), "{form}");
        assert!(!form.contains("Tom Reed"), "no child under an adult's signature: {form}");
        assert_eq!(form.matches(" Reed").count(), 1, "{form}");
    }
    let child = forms[2];
    let (patient, child_block) = (child.find("Patient").unwrap(), child.find("Child or other person 1").unwrap());
    let (tom, signature) = (child.find("Master Tom Reed").unwrap(), child.find("Signature").unwrap());
    assert!(patient < child_block && child_block < tom && tom < signature, "{child}");
    assert!(!child[..child_block].contains("Reed"), "the Patient block is left blank: {child}");
    assert!(child.contains("If you sign for a child under 16"), "the signing section says who signs for a child");
}

/// A letter to the parent or guardian of children under 16 speaks of the children, not of the reader as if they
/// were the patient; the letters to adults in the same run keep their own words.
#[test]
fn a_letter_to_a_parent_or_guardian_speaks_of_the_child_not_of_the_reader() {
    let list = read(
        "Mr,Adam,Reed,4 Mill Lane,Leeds,LS6 2AB,02/03/1980\n\
         Master,Tom,Shah,2 Oak Court,Leeds,LS7 3DE,14/05/2015\n\
         Miss,Ida,Lee,7 Park View,Leeds,LS8 4EF,09/01/2014\n\
         Master,Raj,Lee,7 Park View,Leeds,LS8 4EF,09/01/2013\n\
         Mrs,Beth,Okafor,9 Elm Road,Leeds,LS9 1AA,\n",
    );
    let grouping = Grouping::households(DATED);
    let texts = rendered(&list, grouping, "letters-to-guardians.pdf");
    let letter = |text: &str| text[..text.find("Objection form").unwrap()].to_owned();
    let to_adult = ["Coded information from your record", "You can object for yourself", "your care will not change"];
    for adult in [&texts[0], &texts[3]] {
        let adult = letter(adult);
        for words in to_adult {
            assert!(adult.contains(words), "{words}: {adult}");
        }
        assert!(!adult.contains("your child's") && !adult.contains("your children's"), "{adult}");
    }
    for (text, child, children) in
        [(&texts[1], "your child's", "Master Tom Shah"), (&texts[2], "your children's", "Miss Ida Lee, Master Raj Lee")]
    {
        let guardian = letter(text);
        assert!(guardian.contains("Dear parent or guardian of"), "{guardian}");
        assert!(guardian.contains(children), "{guardian}");
        for words in to_adult.iter().chain(&["another adult named above", "Your written notes"]) {
            assert!(!guardian.contains(words), "a parent or guardian is not the patient: {words}: {guardian}");
        }
        for words in [
            format!("Coded information from {child} GP record"),
            format!("If you are happy for {child} information to be used"),
            "you can object for them on the enclosed form".to_owned(),
            format!("Whatever you decide, {child} care will not change"),
            "It can identify them: it is not anonymous.".to_owned(),
        ] {
            assert!(guardian.contains(&words), "{words}: {guardian}");
        }
    }
}

#[test]
fn sixteen_on_the_letters_date_is_not_under_16() {
    let list = read(
        "Miss,Amy,Reed,4 Mill Lane,Leeds,LS6 2AB,23/02/2010\n\
         Master,Ben,Reed,4 Mill Lane,Leeds,LS6 2AB,24/02/2010\n\
         Miss,Cat,Lee,7 Park View,Leeds,LS8 4EF,29/02/2008\n",
    );
    let [amy, ben, cat] = &list.patients[..] else { panic!("three patients") };
    assert!(!amy.under_16_on(DATED), "16 today");
    assert!(ben.under_16_on(DATED), "16 tomorrow");
    assert!(cat.under_16_on(date!(2024 - 02 - 28)) && !cat.under_16_on(date!(2024 - 02 - 29)));
    let households = letters(&list.patients, Grouping::households(DATED));
    let names: Vec<Vec<String>> = households.iter().map(|l| l.patients.iter().map(|p| p.name()).collect()).collect();
    assert_eq!(names, [vec!["Miss Amy Reed", "Master Ben Reed"], vec!["Miss Cat Lee"]]);
    assert_eq!(households[0].first_child, 1);
    // Letters dated a day earlier: Amy is still 15, and the household is only children.
    let day_before = letters(&list.patients, Grouping::households(date!(2026 - 02 - 22)));
    assert!(day_before[0].to_guardian());
}

#[test]
fn the_summary_counts_children_and_those_of_unknown_age_never_naming_them() {
    let list = read(
        "Mr,Adam,Reed,4 Mill Lane,Leeds,LS6 2AB,\n\
         Master,Tom,Reed,4 Mill Lane,Leeds,LS6 2AB,14/05/2015\n\
         Miss,Ida,Shah,2 Oak Court,Leeds,LS7 3DE,2015-01-09\n\
         Master,Raj,Shah,2 Oak Court,Leeds,LS7 3DE,09-Jan-2013\n",
    );
    let summary = list.summary(10, DEFAULT_MAX_SURNAMES, DATED);
    assert_eq!((summary.patients, summary.letters, summary.household_letters), (4, 4, 2));
    assert_eq!((summary.children, summary.no_date_of_birth, summary.household_guardian_letters), (3, 1, 1));
    let shown = format!("{summary:?} {}", serde_json::to_string(&summary).unwrap());
    for secret in ["Reed", "Shah", "Mill Lane", "LS6", "2015"] {
        assert!(!shown.contains(secret), "{secret} in {shown}");
    }
    let households = letters(&list.patients, Grouping::households(DATED));
    let debug = format!("{households:?}");
    assert!(!debug.contains("Reed") && debug.contains("children: 1"), "{debug}");
}

/// A patient at one of a few addresses, with one of a few surnames (in any case and spacing), of any age.
fn patient(line: usize, address: usize, surname: usize, born: Option<Date>) -> Patient {
    let spellings = ["Reed", "REED", "Re ed", "Okafor", "Shah", "Nowak", "Lee", "Kemp", "Holt", "Ng"];
    Patient {
        line,
        title: String::new(),
        forename: format!("P{line}"),
        surname: spellings[surname % spellings.len()].to_owned(),
        address: vec![format!("{} Mill Lane", address + 1)],
        postcode: "LS6 2AB".into(),
        nhs_number: None,
        date_of_birth: born,
        language: "en-GB",
        large_print: false,
    }
}

fn surname_key(p: &Patient) -> String {
    p.surname.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever the limit, everyone is named on exactly one letter; a letter names only people at one address, with
    /// no more surnames than the limit, adults before children; and the addresses split are those over the limit.
    #[test]
    fn no_one_is_dropped_or_named_twice(
        people in prop::collection::vec((0..4usize, 0..10usize, prop::option::of(0..40_000i32)), 0..40),
        max_surnames in 1..=50usize,
        by_household in any::<bool>(),
    ) {
        let patients: Vec<Patient> = people
            .iter()
            .enumerate()
            .map(|(i, &(address, surname, days))| {
                let born = days.map(|d| DATED - time::Duration::days(i64::from(d)));
                patient(i + 2, address, surname, born)
            })
            .collect();
        let planned = plan(&patients, Grouping { by_household, max_surnames, dated: DATED });
        let mut seen: Vec<usize> = planned.letters.iter().flat_map(|l| l.patients.iter().map(|p| p.line)).collect();
        seen.sort_unstable();
        let all: Vec<usize> = patients.iter().map(|p| p.line).collect();
        prop_assert_eq!(seen, all);
        let mut by_address: HashMap<&[String], Vec<&Patient>> = HashMap::new();
        for p in &patients {
            by_address.entry(&p.address).or_default().push(p);
        }
        let over = by_address
            .values()
            .filter(|people| {
                let mut names: Vec<String> = people.iter().map(|p| surname_key(p)).collect();
                names.sort();
                names.dedup();
                names.len() > max_surnames
            })
            .count();
        prop_assert_eq!(planned.split_addresses, if by_household { over } else { 0 });
        for letter in &planned.letters {
            prop_assert!(!letter.patients.is_empty());
            prop_assert!(letter.patients.iter().all(|p| p.address == letter.patients[0].address));
            prop_assert!(by_household || letter.patients.len() == 1);
            let mut names: Vec<String> = letter.patients.iter().map(|p| surname_key(p)).collect();
            names.sort();
            names.dedup();
            prop_assert!(letter.patients.len() == 1 || names.len() <= max_surnames);
            prop_assert!(letter.adults().iter().all(|p| !p.under_16_on(DATED)));
            prop_assert!(letter.children().iter().all(|p| p.under_16_on(DATED)));
            prop_assert_eq!(letter.to_guardian(), letter.adults().is_empty());

            // The forms: everyone on the letter named exactly once across them; the first ("Patient") block names
            // an adult, alone on their form, or is left blank for a parent or guardian: never a child.
            let forms = form_names(letter, FORM_BLOCKS);
            prop_assert!(!forms.is_empty() && forms.iter().all(|form| form.len() == FORM_BLOCKS));
            let mut on_forms: BTreeMap<String, usize> = BTreeMap::new();
            for name in forms.iter().flatten().flatten() {
                *on_forms.entry(name.clone()).or_default() += 1;
            }
            let on_letter: BTreeMap<String, usize> = letter.patients.iter().map(|p| (p.name(), 1)).collect();
            prop_assert_eq!(&on_forms, &on_letter);
            let adults: Vec<String> = letter.adults().iter().map(|p| p.name()).collect();
            for form in &forms {
                match &form[0] {
                    Some(first) => {
                        prop_assert!(adults.contains(first), "a child in a first block: {:?}", form);
                        prop_assert!(form[1..].iter().all(Option::is_none), "under an adult's signature: {:?}", form);
                    }
                    None => prop_assert!(form[1..].iter().any(Option::is_some), "an empty form: {:?}", form),
                }
            }
            prop_assert_eq!(forms.len(), adults.len() + letter.children().len().div_ceil(FORM_BLOCKS - 1));
        }
        // The letters keep the order of the list.
        let firsts: Vec<usize> =
            planned.letters.iter().map(|l| l.patients.iter().map(|p| p.line).min().unwrap()).collect();
        prop_assert!(firsts.windows(2).all(|w| w[0] < w[1]));
    }
}
