//! The mail merge: one letter per patient or per household, each in the language its row asks for and in large
//! print where needed, with the objection form on the following page. What is the same on every letter in a
//! language is set once and reused.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use time::Date;

use super::flow::Flow;
use super::{FontSource, MARGIN, NoticeError, PracticeDetails, Sizes, Texts, format_date, objection_form};
use crate::patients::Household;
use crate::pdf::{A4, MM, Pdf};
use crate::text::{FontBook, Line, Style, Weight, lay_out};

/// What a run made: letters and pages, by language and by variant.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    pub letters: usize,
    pub pages: usize,
    pub by_language: BTreeMap<String, usize>,
    pub standard: usize,
    pub large_print: usize,
}

/// The paragraphs every letter in a language carries, in order.
const BODY: [&str; 4] = ["notice-letter-opening", "notice-letter-dates", "notice-letter-what", "notice-letter-choice"];
const CLOSE: [&str; 3] = ["notice-letter-closing", "notice-letter-signature", "notice-letter-enclosure"];

/// One language's texts, fonts, and its paragraphs already set, in standard and large print.
struct Language {
    texts: Texts,
    book: FontBook,
    set: HashMap<(&'static str, bool), Vec<Line>>,
}

impl Language {
    fn lines(&mut self, id: &'static str, large_print: bool, width: f32) -> Result<&[Line], NoticeError> {
        if !self.set.contains_key(&(id, large_print)) {
            let size = Sizes::new(large_print).body;
            let lines = lay_out(
                &mut self.book,
                &self.texts.get(id),
                Style { size, weight: Weight::Regular },
                width,
                self.texts.rtl,
            )?;
            self.set.insert((id, large_print), lines);
        }
        Ok(&self.set[&(id, large_print)])
    }
}

/// Writes every letter into one PDF. `progress` hears (letters done, letters in all) after each letter and stops
/// the run by answering false; a stopped run returns `Cancelled` and no bytes.
pub fn render_letters(
    practice: &PracticeDetails,
    letters: &[Household<'_>],
    dated: Date,
    fonts: &FontSource,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<(Vec<u8>, Counts), NoticeError> {
    let english = Texts::new("en-GB", practice)?;
    let mut pdf = Pdf::new(&english.get("notice-title"));
    let mut languages: HashMap<&'static str, Language> = HashMap::new();
    let mut counts = Counts::default();
    for (done, letter) in letters.iter().enumerate() {
        if !languages.contains_key(letter.language) {
            let texts = Texts::new(letter.language, practice)?;
            let book = fonts.book(texts.language);
            languages.insert(letter.language, Language { texts, book, set: HashMap::new() });
        }
        let language = languages.get_mut(letter.language).expect("just added");
        let before = pdf.page_count();
        write_letter(&mut pdf, language, letter, dated)?;
        counts.letters += 1;
        counts.pages += pdf.page_count() - before;
        *counts.by_language.entry(language.texts.language.to_owned()).or_default() += 1;
        if letter.large_print {
            counts.large_print += 1;
        } else {
            counts.standard += 1;
        }
        if !progress(done + 1, letters.len()) {
            return Err(NoticeError::Cancelled);
        }
    }
    Ok((pdf.finish()?, counts))
}

fn write_letter(
    pdf: &mut Pdf,
    language: &mut Language,
    letter: &Household<'_>,
    dated: Date,
) -> Result<(), NoticeError> {
    let sizes = Sizes::new(letter.large_print);
    let names: Vec<String> = letter.patients.iter().map(|patient| patient.name()).collect();
    let greeting = language.texts.with("notice-letter-greeting", "names", names.join(", "));
    let rtl = language.texts.rtl;
    let width = A4.width_mm * MM - 2.0 * MARGIN;
    // Set (or fetch) the shared paragraphs before the flow borrows the fonts.
    for id in BODY.into_iter().chain(CLOSE) {
        language.lines(id, letter.large_print, width)?;
    }
    let Language { texts, book, set } = language;
    let mut flow = Flow::new(pdf, book, A4, MARGIN, rtl);

    // The letterhead, top right, as the practice writes it.
    let practice = texts.practice();
    let head_width = 75.0 * MM;
    flow.left = flow.left + flow.width - head_width;
    flow.width = head_width;
    flow.rtl = false;
    flow.paragraph(&practice.name, 12.0, Weight::Bold)?;
    for line in practice.address.iter().chain(std::iter::once(&practice.phone)) {
        flow.paragraph(line, 10.0, Weight::Regular)?;
    }

    // The address, where a DL envelope's window shows it (20 mm in, 50 mm down): in the size the post reads.
    flow.left = 20.0 * MM;
    flow.width = 85.0 * MM;
    flow.top = 50.0 * MM;
    for name in &names {
        flow.paragraph(name, 10.5, Weight::Regular)?;
    }
    for line in letter.address() {
        flow.paragraph(line, 10.5, Weight::Regular)?;
    }
    flow.paragraph(letter.postcode(), 10.5, Weight::Regular)?;

    flow.left = MARGIN;
    flow.width = width;
    flow.rtl = rtl;
    flow.top = flow.top.max(95.0 * MM);
    flow.paragraph(&format_date(dated, texts.language), sizes.body, Weight::Regular)?;
    flow.gap(sizes.body);
    flow.paragraph(&greeting, sizes.body, Weight::Regular)?;
    for id in BODY {
        flow.gap(sizes.body * 0.6);
        flow.lines(&set[&(id, letter.large_print)], sizes.body);
    }
    flow.gap(sizes.body);
    for id in CLOSE {
        flow.lines(&set[&(id, letter.large_print)], sizes.body);
        flow.gap(sizes.body * 0.4);
    }
    if texts.draft {
        flow.gap(sizes.body * 0.6);
        flow.paragraph(&texts.get("notice-draft-translation"), sizes.small, Weight::Regular)?;
    }
    flow.new_page();
    objection_form(&mut flow, texts, sizes, &names)?;
    flow.finish();
    Ok(())
}
