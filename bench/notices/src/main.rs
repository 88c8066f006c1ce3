//! Prepares the letters benchmark (bench/notices/run.sh): a patient list of N people with a fixed, seeded mix of
//! the eleven notice languages, the practice's details, and the same letters written as a Typst document (the
//! same texts from locales/, the same fonts, one letter and one objection form per patient).
//!
//! Usage: pathfinder-notices-bench DIR LETTERS

use std::fmt::Write as _;
use std::path::PathBuf;

use pathfinder_l10n::{FluentArgs, Localizer};
use pathfinder_notices::documents::letters::{BODY, CLOSE};
use pathfinder_notices::documents::{PracticeDetails, format_date};
use pathfinder_notices::patients::{Grouping, LANGUAGES, letters, read_patient_list};
use serde_json::json;

/// A small fixed-seed generator: the same list on every machine.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % below as u64) as usize
    }
}

const FIRST: [&str; 12] =
    ["Adam", "Beth", "Cara", "Dan", "Fatima", "Imran", "Kasia", "Li", "Nasreen", "Tomasz", "Wei", "Zofia"];
const LAST: [&str; 12] = [
    "Ashworth", "Bielska", "Chaudhry", "Evans", "Gill", "Hussain", "Khan", "Liu", "Nowak", "Okafor", "Patel", "Warsame",
];
const STREETS: [&str; 6] = ["Mill Lane", "Oak Court", "Park View", "High Street", "Church Road", "Station Road"];
const SPOKEN: [&str; 11] = [
    "English",
    "Polish",
    "Punjabi",
    "Urdu",
    "Bengali",
    "Gujarati",
    "Arabic",
    "French",
    "Chinese",
    "Portuguese",
    "Somali",
];

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("usage: pathfinder-notices-bench DIR LETTERS"));
    let count: usize = args.next().and_then(|n| n.parse().ok()).expect("LETTERS is a number");
    std::fs::create_dir_all(&dir).unwrap();

    let mut random = Seeded(7);
    let mut csv = String::from(
        "Title,Forename,Surname,Address Line 1,Address Line 2,Postcode,Main Language,Communication Needs\n",
    );
    for _ in 0..count {
        // Half speak English; the rest are spread over the other ten languages.
        let language = if random.next(2) == 0 { 0 } else { 1 + random.next(10) };
        let postcode = format!(
            "LS{} {}{}{}",
            1 + random.next(29),
            1 + random.next(9),
            "ABDEFGHJLN".as_bytes()[random.next(10)] as char,
            "PQRSTUWXYZ".as_bytes()[random.next(10)] as char
        );
        let needs = if random.next(20) == 0 { "Large print" } else { "" };
        writeln!(
            csv,
            "Mx,{},{},{} {},Leeds,{postcode},{},{needs}",
            FIRST[random.next(12)],
            LAST[random.next(12)],
            1 + random.next(200),
            STREETS[random.next(6)],
            SPOKEN[language]
        )
        .unwrap();
    }
    std::fs::write(dir.join("patients.csv"), &csv).unwrap();

    let practice = PracticeDetails {
        name: "Riverside Surgery".into(),
        address: vec!["1 River Road".into(), "Leeds".into(), "LS1 4AP".into()],
        phone: "0113 496 0000".into(),
        window_start: time::macros::date!(2026 - 03 - 02),
        window_end: time::macros::date!(2026 - 04 - 13),
        first_extract: time::macros::date!(2026 - 04 - 27),
        objection_types: Default::default(),
    };
    std::fs::write(dir.join("practice.json"), serde_json::to_string_pretty(&practice).unwrap()).unwrap();

    // The same letters for Typst: every language's texts, and each letter's language, size, names and address.
    let list = read_patient_list("patients.csv", csv.as_bytes(), None).unwrap();
    let dated = time::macros::date!(2026 - 02 - 23);
    let mut texts = serde_json::Map::new();
    for language in LANGUAGES {
        let localizer = Localizer::new(language, false).unwrap();
        let mut args = FluentArgs::new();
        args.set("practice", practice.name.clone());
        args.set("address", practice.address.join(", "));
        args.set("phone", practice.phone.clone());
        args.set("start", format_date(practice.window_start, language));
        args.set("end", format_date(practice.window_end, language));
        args.set("extract", format_date(practice.first_extract, language));
        let mut messages = serde_json::Map::new();
        let letter = BODY.into_iter().chain(CLOSE);
        for id in letter.chain([
            "notice-form-heading",
            "notice-form-intro-each-type",
            "notice-form-type1-identifiable",
            "notice-form-type2",
            "notice-form-person",
            "notice-form-name",
            "notice-form-dob",
            "notice-form-nhs",
            "notice-form-signature",
            "notice-form-date",
            "notice-form-return",
        ]) {
            messages.insert(id.into(), localizer.format(id, Some(&args)).into());
        }
        let mut family = Vec::new();
        for number in 1..=4 {
            let mut args = FluentArgs::new();
            args.set("number", number);
            family.push(localizer.format("notice-form-other-person", Some(&args)));
        }
        messages.insert("family".into(), family.into());
        // The letter's paragraphs in pathfinder's order, so the Typst document prints the same ones.
        messages.insert("body".into(), BODY.to_vec().into());
        messages.insert("close".into(), CLOSE.to_vec().into());
        messages.insert("date".into(), format_date(dated, language).into());
        texts.insert(language.into(), messages.into());
    }
    let letters: Vec<_> = letters(&list.patients, Grouping::each(dated))
        .iter()
        .map(|letter| {
            let names: Vec<String> = letter.patients.iter().map(|p| p.name()).collect();
            let localizer = Localizer::new(letter.language, false).unwrap();
            let mut args = FluentArgs::new();
            args.set("names", names.join(", "));
            json!({
                "lang": letter.language,
                "large": letter.large_print,
                "names": names,
                "address": letter.address(),
                "postcode": letter.postcode(),
                "greeting": localizer.format("notice-letter-greeting", Some(&args)),
            })
        })
        .collect();
    let data = json!({ "practice": practice, "texts": texts, "letters": letters });
    std::fs::write(dir.join("letters.json"), data.to_string()).unwrap();
    std::fs::write(dir.join("letters.typ"), include_str!("letters.typ")).unwrap();
    println!("prepared {count} letters in {}", dir.display());
}
