//! Prepares the letters benchmark (bench/notices/run.sh): a patient list of N people with a fixed, seeded mix of
//! the eleven notice languages, the practice's details, and the same letters for the two peers: a Typst document
//! (letters.typ reading letters.json) and an HTML document for WeasyPrint (letters.html). Both carry what
//! `pathfinder-notices letters` prints on each letter and form (crates/notices/src/documents/letters.rs and
//! mod.rs), in the same order (postcode order), in the very texts pathfinder's own `Texts` gives (a message a
//! translation lacks is the English one), in the same Noto fonts:
//!
//! - the letterhead (the practice's name, address lines and phone), left to right;
//! - the address in the envelope window (20 mm in, 50 mm down): the names, the address lines and the postcode;
//! - the date (as the language writes it), the greeting, the body paragraphs and the closing;
//! - for a draft translation (every language but English): the draft note and "the same letter in English is on the
//!   next page", then that English letter (its heading in the language and in English, why it is there, the body and
//!   closing in English);
//! - the objection form, one per adult, the adult's name written in its first block: its heading (and English), the
//!   introduction (and, in a draft, its English), five blocks (the person, four others) of labelled lines for name,
//!   date of birth, NHS number (and the address in the first block) and the Type 1 and Type 2 boxes, every label with
//!   its English in another language; the signature and date lines, who may sign on behalf of whom, a rule, where to
//!   return the form, the practice-use line, and in a draft the draft note with its English;
//! - right to left for Arabic and Urdu (and Punjabi in Shahmukhi), 16 pt large print where the list asks for it;
//! - double-sided: a letter of an odd number of pages is followed by a blank page, as pathfinder's default.
//!
//! The seeded list has no dates of birth, so every letter is to one adult (no guardian letters, no children's
//! paragraph); the program stops if that ever changes, rather than print a letter pathfinder would not.
//!
//! Usage: pathfinder-notices-bench DIR LETTERS

use std::fmt::Write as _;
use std::path::PathBuf;

use pathfinder_notices::documents::letters::{BODY, CLOSE};
use pathfinder_notices::documents::mailing::postcode_order;
use pathfinder_notices::documents::{FORM_BLOCKS, PracticeDetails, Texts, format_date};
use pathfinder_notices::patients::{Grouping, LANGUAGES, letters, read_patient_list};
use serde_json::{Value, json};

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

/// A paragraph: its text and direction.
fn paragraph(texts: &Texts, id: &str) -> Value {
    json!({ "t": texts.get(id), "rtl": texts.rtl_for(id) })
}

/// A paragraph a patient reads, with its English under it in a draft.
fn prose(texts: &Texts, id: &str) -> Value {
    json!({ "t": texts.get(id), "rtl": texts.rtl_for(id), "en": texts.english_prose(id) })
}

/// A form's label (always left to right when the translation lacks it), with its English in any translation.
fn form_label(texts: &Texts, id: &str) -> Value {
    json!({ "t": texts.get(id), "rtl": texts.rtl_for(id), "en": texts.english(id) })
}

/// "Child or other person N", and its English.
fn other_person(texts: &Texts, number: usize) -> Value {
    let (own, english) = texts.numbered("notice-form-other-person", "number", number);
    json!({ "t": own, "rtl": texts.rtl, "en": english })
}

/// The fonts pathfinder tries for a language, in its order (crates/notices/src/text/fonts.rs): its own script's,
/// then Latin, then every other script's.
fn fonts(language: &str) -> Vec<&'static str> {
    const ALL: [&str; 7] = [
        "Noto Sans",
        "Noto Naskh Arabic",
        "Noto Nastaliq Urdu",
        "Noto Sans Bengali",
        "Noto Sans Gurmukhi",
        "Noto Sans Gujarati",
        "Noto Sans CJK SC",
    ];
    let own: &[&str] = match language {
        "ar" => &["Noto Naskh Arabic"],
        "ur" | "pa-Arab" => &["Noto Naskh Arabic", "Noto Nastaliq Urdu"],
        "bn" => &["Noto Sans Bengali"],
        "pa" => &["Noto Sans Gurmukhi"],
        "gu" => &["Noto Sans Gujarati"],
        "zh-CN" => &["Noto Sans CJK SC"],
        _ => &[],
    };
    let mut chain = own.to_vec();
    chain.extend(ALL.iter().filter(|font| !own.contains(font)));
    chain
}

/// What every letter in one language prints, as data for the peers.
fn language_texts(texts: &Texts, practice: &PracticeDetails, dated: time::Date) -> Value {
    let english = texts.english_texts().filter(|_| texts.draft);
    let english_letter = english.map(|english| {
        let heading = "notice-letter-english-heading";
        json!({
            "heading": paragraph(texts, heading),
            "heading_en": texts.english(heading),
            "intro": english.get("notice-letter-english-intro"),
            "body": BODY.iter().map(|id| english.get(id)).collect::<Vec<_>>(),
            "close": CLOSE.iter().map(|id| english.get(id)).collect::<Vec<_>>(),
        })
    });
    let type2 = practice.objection_types.offers_type2();
    let intro = if type2 { "notice-form-intro-each-type" } else { "notice-form-intro-type1-only" };
    let mut boxes = vec![form_label(texts, "notice-form-type1-identifiable")];
    if type2 {
        boxes.push(form_label(texts, "notice-form-type2"));
    }
    let mut blocks = vec![form_label(texts, "notice-form-person")];
    blocks.extend((1..FORM_BLOCKS).map(|number| other_person(texts, number)));
    let office = "notice-form-office";
    json!({
        "lang": texts.language,
        "rtl": texts.rtl,
        "draft": texts.draft,
        "fonts": fonts(texts.language),
        "date": format_date(dated, texts.language),
        "greeting_rtl": texts.rtl_for("notice-letter-greeting"),
        "body": BODY.iter().map(|id| paragraph(texts, id)).collect::<Vec<_>>(),
        "close": CLOSE.iter().map(|id| paragraph(texts, id)).collect::<Vec<_>>(),
        "draft_note": texts.draft.then(|| texts.get("notice-draft-translation")),
        "english_follows": english.map(|english| english.get("notice-letter-english-follows")),
        "english_letter": english_letter,
        "form": {
            "heading": texts.get("notice-form-heading"),
            "heading_en": texts.english("notice-form-heading"),
            "intro": prose(texts, intro),
            "blocks": blocks,
            "name": form_label(texts, "notice-form-name"),
            "dob": form_label(texts, "notice-form-dob"),
            "nhs": form_label(texts, "notice-form-nhs"),
            "address": form_label(texts, "notice-form-address"),
            "boxes": boxes,
            "signature": form_label(texts, "notice-form-signature"),
            "date": form_label(texts, "notice-form-date"),
            "on_behalf": prose(texts, "notice-form-on-behalf-authority"),
            "return": prose(texts, "notice-form-return"),
            "office": { "t": texts.get(office), "rtl": texts.rtl_for(office), "en": texts.english(office) },
            "draft_note": texts.draft.then(|| texts.get("notice-draft-translation")),
            "draft_bilingual": texts
                .english_texts()
                .filter(|_| texts.draft)
                .map(|english| english.get("notice-draft-bilingual")),
        },
    })
}

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

    // The same letters for the peers, in the order pathfinder-notices prints them (by postcode).
    let list = read_patient_list("patients.csv", csv.as_bytes(), None).unwrap();
    let dated = time::macros::date!(2026 - 02 - 23);
    // Each language's texts made once, for what all its letters share and for each letter's greeting.
    let by_language: std::collections::BTreeMap<&str, Texts> = LANGUAGES
        .iter()
        .map(|language| (*language, Texts::new(language, &practice).expect("the practice's details are complete")))
        .collect();
    let mut texts = serde_json::Map::new();
    for (language, language_texts_of) in &by_language {
        texts.insert((*language).into(), language_texts(language_texts_of, &practice, dated));
    }
    let mut planned = letters(&list.patients, Grouping::each(dated));
    postcode_order(&mut planned);
    let letters: Vec<Value> = planned
        .iter()
        .map(|letter| {
            assert!(
                !letter.to_guardian() && letter.children().is_empty() && letter.adults().len() == 1,
                "the benchmark's list makes letters to one adult each"
            );
            let names: Vec<String> = letter.adults().iter().map(|p| p.name()).collect();
            let texts = &by_language[&letter.language];
            json!({
                "lang": texts.language,
                "large": letter.large_print,
                "names": names,
                "address": letter.address(),
                "postcode": letter.postcode(),
                "greeting": texts.with("notice-letter-greeting", "names", names.join(", ")),
            })
        })
        .collect();
    let data = json!({ "practice": practice, "texts": texts, "letters": letters });
    std::fs::write(dir.join("letters.json"), data.to_string()).unwrap();
    std::fs::write(dir.join("letters.typ"), include_str!("letters.typ")).unwrap();
    std::fs::write(dir.join("letters.html"), html(&data)).unwrap();
    println!("prepared {count} letters in {}", dir.display());
}

/// Text for HTML.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn dir(rtl: bool) -> &'static str {
    if rtl { "rtl" } else { "ltr" }
}

/// A paragraph {t, rtl, en?}: in its direction, its English (if any) under it, left to right, marked by a bar.
fn para(out: &mut String, class: &str, p: &Value) {
    let _ = write!(
        out,
        "<p class=\"{class}\" dir=\"{}\">{}</p>",
        dir(p["rtl"].as_bool().unwrap()),
        esc(p["t"].as_str().unwrap())
    );
    if let Some(en) = p.get("en").and_then(Value::as_str) {
        let _ = write!(out, "<p class=\"en {class}\" dir=\"ltr\">{}</p>", esc(en));
    }
}

fn english(out: &mut String, class: &str, text: Option<&str>) {
    if let Some(text) = text {
        let _ = write!(out, "<p class=\"en {class}\" dir=\"ltr\">{}</p>", esc(text));
    }
}

/// A form's label: its English (in any translation) at the other end of the same line, as pathfinder sets it when
/// both fit (a float, so that either wraps under the other when they do not).
fn label(out: &mut String, class: &str, label: &Value) {
    let _ = write!(out, "<div class=\"{class}\">");
    if let Some(en) = label.get("en").and_then(Value::as_str) {
        let _ = write!(out, "<span class=\"other-end\" dir=\"ltr\">{}</span>", esc(en));
    }
    let _ = write!(
        out,
        "<span dir=\"{}\">{}</span></div>",
        dir(label["rtl"].as_bool().unwrap()),
        esc(label["t"].as_str().unwrap())
    );
}

/// A form's labelled line to write on, with the name written in where given (left to right, at the left, as
/// pathfinder writes a name in Latin script).
fn field(out: &mut String, label_text: &Value, value: &str) {
    out.push_str("<div class=\"field\">");
    label(out, "label", label_text);
    let _ = write!(out, "<div class=\"line\" dir=\"ltr\">{}</div></div>", esc(value));
}

/// The same letters as HTML for WeasyPrint: the CSS uses only what WeasyPrint supports (no warnings).
fn html(data: &Value) -> String {
    let practice = &data["practice"];
    let mut head = format!(
        "<div class=\"head\" dir=\"ltr\"><p class=\"practice\">{}</p>",
        esc(practice["name"].as_str().unwrap())
    );
    for line in practice["address"].as_array().unwrap().iter().chain([&practice["phone"]]) {
        let _ = write!(head, "<p>{}</p>", esc(line.as_str().unwrap()));
    }
    head.push_str("</div>");
    let mut out = String::from(concat!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Letters</title><style>\n",
        include_str!("letters.css"),
        "</style></head><body>\n"
    ));
    for letter in data["letters"].as_array().unwrap() {
        let lang = letter["lang"].as_str().unwrap();
        let t = &data["texts"][lang];
        let rtl = t["rtl"].as_bool().unwrap();
        let fonts: Vec<String> =
            t["fonts"].as_array().unwrap().iter().map(|f| format!("'{}'", f.as_str().unwrap())).collect();
        let size = if letter["large"].as_bool().unwrap() { "large" } else { "standard" };
        let _ = write!(
            out,
            "<section class=\"letter {size}\" lang=\"{lang}\" dir=\"{}\" style=\"font-family: {}\">\n<div class=\"first\">{head}<div class=\"window\" dir=\"ltr\">",
            dir(rtl),
            fonts.join(", ")
        );
        let lines = letter["names"]
            .as_array()
            .unwrap()
            .iter()
            .chain(letter["address"].as_array().unwrap())
            .chain([&letter["postcode"]]);
        for line in lines {
            let _ = write!(out, "<p>{}</p>", esc(line.as_str().unwrap()));
        }
        let _ = write!(
            out,
            "</div><p class=\"date\">{}</p><p class=\"greeting\" dir=\"{}\">{}</p>",
            esc(t["date"].as_str().unwrap()),
            dir(t["greeting_rtl"].as_bool().unwrap()),
            esc(letter["greeting"].as_str().unwrap())
        );
        for p in t["body"].as_array().unwrap() {
            para(&mut out, "body", p);
        }
        for (i, p) in t["close"].as_array().unwrap().iter().enumerate() {
            para(&mut out, if i == 0 { "close first-close" } else { "close" }, p);
        }
        if let Some(note) = t["draft_note"].as_str() {
            let _ = write!(out, "<p class=\"small draft\">{}</p>", esc(note));
            english(&mut out, "small", t["english_follows"].as_str());
        }
        out.push_str("</div>\n");
        if let Some(e) = t["english_letter"].as_object() {
            out.push_str("<div class=\"page\">");
            para(&mut out, "eheading", &e["heading"]);
            english(&mut out, "eheading-en", e["heading_en"].as_str());
            english(&mut out, "small", e["intro"].as_str());
            for p in e["body"].as_array().unwrap() {
                let _ = write!(out, "<p class=\"body\" dir=\"ltr\">{}</p>", esc(p.as_str().unwrap()));
            }
            for (i, p) in e["close"].as_array().unwrap().iter().enumerate() {
                let class = if i == 0 { "close first-close" } else { "close" };
                let _ = write!(out, "<p class=\"{class}\" dir=\"ltr\">{}</p>", esc(p.as_str().unwrap()));
            }
            out.push_str("</div>\n");
        }
        let f = &t["form"];
        let _ =
            write!(out, "<div class=\"page form\"><p class=\"heading\">{}</p>", esc(f["heading"].as_str().unwrap()));
        english(&mut out, "heading-en", f["heading_en"].as_str());
        para(&mut out, "body", &f["intro"]);
        for (n, block) in f["blocks"].as_array().unwrap().iter().enumerate() {
            out.push_str("<div class=\"block\">");
            label(&mut out, "blabel", block);
            let name = if n == 0 { letter["names"][0].as_str().unwrap() } else { "" };
            field(&mut out, &f["name"], name);
            field(&mut out, &f["dob"], "");
            field(&mut out, &f["nhs"], "");
            if n == 0 {
                field(&mut out, &f["address"], "");
            }
            for b in f["boxes"].as_array().unwrap() {
                out.push_str("<div class=\"box\"><span class=\"tick\"></span>");
                para(&mut out, "boxl", b);
                out.push_str("</div>");
            }
            out.push_str("</div>");
        }
        out.push_str("<div class=\"signing\">");
        field(&mut out, &f["signature"], "");
        field(&mut out, &f["date"], "");
        para(&mut out, "body", &f["on_behalf"]);
        out.push_str("<div class=\"rule\"></div>");
        para(&mut out, "body", &f["return"]);
        para(&mut out, "small", &f["office"]);
        if let Some(note) = f["draft_note"].as_str() {
            let _ = write!(out, "<p class=\"small draft\">{}</p>", esc(note));
            english(&mut out, "small", f["draft_bilingual"].as_str());
        }
        out.push_str("</div></div>\n</section>\n");
    }
    out.push_str("</body></html>\n");
    out
}
