//! The mail merge: one letter per patient or per household, each in the language its row asks for and in large
//! print where needed, with the objection form on the following page. What is the same on every letter in a
//! language and to the same reader (the letterhead, the body, the blank form) is set once and written once, as
//! forms every letter's pages place; only the address, the date, the greeting, the children a household letter is
//! also about, and the names on the forms are drawn for each letter.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::Serialize;
use time::Date;

use super::flow::Flow;
use super::{
    FontSource, MARGIN, NameSlot, NoticeError, PracticeDetails, Sizes, Texts, format_date, objection_form, write_in,
};
use crate::patients::{Household, Patient};
use crate::pdf::{A4, Canvas, Form, MM, Pdf};
use crate::text::{FontBook, Line, Style, Weight, lay_out};

/// What a run made: letters and pages, by language and by variant.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "LettersCounts"))]
pub struct Counts {
    pub letters: usize,
    pub pages: usize,
    pub by_language: BTreeMap<String, usize>,
    pub standard: usize,
    pub large_print: usize,
    /// Letters addressed to the parent or guardian of the children under 16 they name.
    pub to_guardian: usize,
    /// Letters not made because no font can print a character of their names or address.
    pub left_out: Vec<LeftOut>,
    /// Blank pages added (counted in `pages`) so that, printed on both sides, every letter starts on a new sheet.
    pub blank_pages: usize,
}

impl Counts {
    /// Adds one file's counts to a run's, when a run is written as several files (split, batches).
    pub fn add(&mut self, counts: Counts) {
        self.letters += counts.letters;
        self.pages += counts.pages;
        self.standard += counts.standard;
        self.large_print += counts.large_print;
        self.to_guardian += counts.to_guardian;
        self.blank_pages += counts.blank_pages;
        for (language, n) in counts.by_language {
            *self.by_language.entry(language).or_default() += n;
        }
        self.left_out.extend(counts.left_out);
    }
}

/// A letter left out: the list's lines it would have named, and the character no font can print (its code point
/// only, never the text around it). The rest of the run goes on; one odd symbol does not stop every letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LeftOut {
    pub lines: Vec<usize>,
    pub code: u32,
}

impl fmt::Display for LeftOut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.lines.iter().map(ToString::to_string).collect();
        let noun = if self.lines.len() == 1 { "line" } else { "lines" };
        write!(
            f,
            "{noun} {}: no font can print the character U+{:04X} in the name or address, so this letter was left out",
            lines.join(", "),
            self.code
        )
    }
}

/// The first character of a letter's names and address that no font can print.
fn unprintable(book: &mut FontBook, letter: &Household<'_>) -> Result<Option<char>, NoticeError> {
    let names = letter.patients.iter().map(|patient| patient.name());
    let address = letter.address().iter().cloned().chain(std::iter::once(letter.postcode().to_owned()));
    for text in names.chain(address) {
        if let Some(c) = book.unprintable(&text, Weight::Regular)? {
            return Ok(Some(c));
        }
    }
    Ok(None)
}

/// The paragraphs every letter to a patient carries, in order (the letters benchmark prints the same): the reader
/// is the patient, writing for themselves and any children under 16 the letter is also about.
pub const BODY: [&str; 6] = [
    "notice-letter-opening",
    "notice-letter-dates",
    "notice-letter-what-identifiable",
    "notice-letter-choice-for-whom",
    "notice-letter-care",
    "notice-letter-formats",
];
/// The paragraphs of a letter to the parent or guardian of children under 16 (and no adult): the same letter,
/// speaking of the children's record, choice and care rather than the reader's.
pub const BODY_GUARDIAN: [&str; 6] = [
    "notice-letter-opening",
    "notice-letter-dates",
    "notice-letter-what-identifiable-guardian",
    "notice-letter-choice-guardian",
    "notice-letter-care-guardian",
    "notice-letter-formats",
];
pub const CLOSE: [&str; 3] = ["notice-letter-closing", "notice-letter-signature", "notice-letter-enclosure"];

/// Whom a letter speaks to: the patient, or the parent or guardian of the children it names (how many: the guardian
/// paragraphs say "your child" or "your children").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Reader {
    Patient,
    Guardian(usize),
}

impl Reader {
    fn of(letter: &Household<'_>) -> Self {
        if letter.to_guardian() { Reader::Guardian(letter.children().len()) } else { Reader::Patient }
    }

    fn body(self) -> [&'static str; 6] {
        match self {
            Reader::Patient => BODY,
            Reader::Guardian(_) => BODY_GUARDIAN,
        }
    }

    /// A paragraph of the letter: the guardian's are told how many children the letter is about (`$count`).
    fn text(self, texts: &Texts, id: &str) -> String {
        match self {
            Reader::Patient => texts.get(id),
            Reader::Guardian(count) => texts.formatted(id, &|args| args.set("count", count)),
        }
    }
}

/// One language's texts, fonts, its paragraphs already set and its shared drawing, in standard and large print
/// and for each reader.
struct Language {
    texts: Texts,
    book: FontBook,
    set: HashMap<(&'static str, bool, Reader), Vec<Line>>,
    shared: HashMap<(bool, Reader), Shared>,
}

/// The drawing every letter in one language and print size shares.
#[derive(Clone)]
struct Shared {
    head: Form,
    /// The body and closing, drawn from the top of the form, and their height; `None` when they need more than
    /// what is left of a page (large print), and are drawn with each letter instead.
    body: Option<(Form, f32)>,
    /// For a draft translation, the same letter in English, on the pages after it; none for a reviewed language.
    english: Vec<Form>,
    form_pages: Vec<Form>,
    slots: Vec<NameSlot>,
}

fn letterhead(flow: &mut Flow, practice: &PracticeDetails) -> Result<(), NoticeError> {
    let head_width = 75.0 * MM;
    let (left, width, rtl) = (flow.left, flow.width, flow.rtl);
    flow.left = flow.left + flow.width - head_width;
    flow.width = head_width;
    flow.rtl = false;
    flow.paragraph(&practice.name, 12.0, Weight::Bold)?;
    for line in practice.address.iter().chain(std::iter::once(&practice.phone)) {
        flow.paragraph(line, 10.0, Weight::Regular)?;
    }
    (flow.left, flow.width, flow.rtl) = (left, width, rtl);
    Ok(())
}

/// The body paragraphs and the closing, from the flow's top.
fn body(
    flow: &mut Flow,
    set: &HashMap<(&'static str, bool, Reader), Vec<Line>>,
    texts: &Texts,
    large_print: bool,
    reader: Reader,
) -> Result<(), NoticeError> {
    let sizes = Sizes::new(large_print);
    for id in reader.body() {
        flow.gap(sizes.body * 0.6);
        flow.lines(&set[&(id, large_print, reader)], sizes.body);
    }
    flow.gap(sizes.body);
    for id in CLOSE {
        flow.lines(&set[&(id, large_print, reader)], sizes.body);
        flow.gap(sizes.body * 0.4);
    }
    if texts.draft {
        flow.gap(sizes.body * 0.6);
        flow.paragraph(&texts.get("notice-draft-translation"), sizes.small, Weight::Regular)?;
        if let Some(english) = texts.english_texts() {
            flow.gap(sizes.small * 0.2);
            flow.english(&english.get("notice-letter-english-follows"), sizes.small, Weight::Regular)?;
        }
    }
    Ok(())
}

/// The same letter in English, after a draft translation's: a heading (in the language, with its English), why it
/// is there, and the body and closing in English. The greeting and address are on the letter itself, so these pages
/// are the same for every letter in the language and are drawn once.
fn english_letter(
    flow: &mut Flow,
    texts: &Texts,
    english: &Texts,
    large_print: bool,
    reader: Reader,
) -> Result<(), NoticeError> {
    let sizes = Sizes::new(large_print);
    let heading = "notice-letter-english-heading";
    flow.paragraph_in(&texts.get(heading), sizes.body * 1.3, Weight::Bold, texts.rtl_for(heading))?;
    if let Some(heading) = texts.english(heading) {
        flow.english(&heading, sizes.body * 1.15, Weight::Bold)?;
    }
    flow.gap(sizes.body * 0.6);
    flow.english(&english.get("notice-letter-english-intro"), sizes.small, Weight::Regular)?;
    flow.rtl = false;
    for id in reader.body() {
        flow.gap(sizes.body * 0.6);
        flow.paragraph(&reader.text(english, id), sizes.body, Weight::Regular)?;
    }
    flow.gap(sizes.body);
    for id in CLOSE {
        flow.paragraph(&english.get(id), sizes.body, Weight::Regular)?;
        flow.gap(sizes.body * 0.4);
    }
    Ok(())
}

impl Language {
    fn shared(&mut self, pdf: &mut Pdf, large_print: bool, reader: Reader) -> Result<Shared, NoticeError> {
        if let Some(shared) = self.shared.get(&(large_print, reader)) {
            return Ok(shared.clone());
        }
        let sizes = Sizes::new(large_print);
        let rtl = self.texts.rtl;

        let mut flow = Flow::template(pdf, &mut self.book, A4, MARGIN, rtl);
        letterhead(&mut flow, self.texts.practice())?;
        let mut pages = flow.finish_template();
        let head = pdf.form(pages.remove(0));

        let mut flow = Flow::template(pdf, &mut self.book, A4, MARGIN, rtl);
        flow.top = 0.0;
        body(&mut flow, &self.set, &self.texts, large_print, reader)?;
        let height = flow.top;
        let mut pages = flow.finish_template();
        let body = (pages.len() == 1).then(|| (pdf.form(pages.remove(0)), height));

        // A draft's letter is followed by the same letter in English: its pages are shared too.
        let english = match self.texts.english_texts().filter(|_| self.texts.draft) {
            Some(english) => {
                let mut flow = Flow::template(pdf, &mut self.book, A4, MARGIN, rtl);
                english_letter(&mut flow, &self.texts, english, large_print, reader)?;
                flow.finish_template().into_iter().map(|page| pdf.form(page)).collect()
            }
            None => Vec::new(),
        };

        let mut flow = Flow::template(pdf, &mut self.book, A4, MARGIN, rtl);
        let slots = objection_form(&mut flow, &self.texts, sizes, &[])?;
        let form_pages = flow.finish_template().into_iter().map(|page| pdf.form(page)).collect();

        let shared = Shared { head, body, english, form_pages, slots };
        self.shared.insert((large_print, reader), shared.clone());
        Ok(shared)
    }
}

impl Language {
    fn lines(&mut self, id: &'static str, large_print: bool, reader: Reader, width: f32) -> Result<(), NoticeError> {
        if !self.set.contains_key(&(id, large_print, reader)) {
            let size = Sizes::new(large_print).body;
            let lines = lay_out(
                &mut self.book,
                &reader.text(&self.texts, id),
                Style { size, weight: Weight::Regular },
                width,
                self.texts.rtl_for(id),
            )?;
            self.set.insert((id, large_print, reader), lines);
        }
        Ok(())
    }
}

/// How a run's letters are printed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LetterOptions {
    /// Every page marked as a proof, not for posting (the proof the manager checks before the run).
    pub proof: bool,
    /// Printed on both sides of the paper: a letter of an odd number of pages is followed by a blank one, so that
    /// every letter starts on a new sheet and no letter's last page is printed on the back of the next one's first.
    pub double_sided: bool,
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
    render_letters_with(practice, letters, dated, fonts, LetterOptions::default(), progress)
}

/// The mark on every page of a proof, at the top and the bottom of the page, in the margins: in English, for the
/// practice's staff.
fn proof_mark(pdf: &mut Pdf, fonts: &FontSource, english: &Texts) -> Result<Form, NoticeError> {
    let mut book = fonts.book(english.language);
    let mark = english.get("notice-proof-mark");
    let mut flow = Flow::template(pdf, &mut book, A4, MARGIN, false);
    let lines = flow.set(&mark, 12.0, Weight::Bold)?;
    // Drawn straight on the page, in the top and bottom margins, where no letter writes.
    for baseline in [11.0 * MM, A4.height_mm * MM - 8.0 * MM] {
        let mut top = baseline;
        for line in &lines {
            let (canvas, pdf, book) = flow.canvas();
            canvas.text(pdf, book, line, MARGIN, top, 12.0);
            top += 12.0 * 1.3;
        }
    }
    let mut pages = flow.finish_template();
    Ok(pdf.form(pages.remove(0)))
}

/// As [`render_letters`], printed as `options` say.
pub fn render_letters_with(
    practice: &PracticeDetails,
    letters: &[Household<'_>],
    dated: Date,
    fonts: &FontSource,
    options: LetterOptions,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<(Vec<u8>, Counts), NoticeError> {
    let english = Texts::new("en-GB", practice)?;
    let mut pdf = Pdf::new(&english.get("notice-title"));
    if options.proof {
        let mark = proof_mark(&mut pdf, fonts, &english)?;
        pdf.stamp(mark);
    }
    let mut languages: HashMap<&'static str, Language> = HashMap::new();
    let mut counts = Counts::default();
    for (done, letter) in letters.iter().enumerate() {
        if !languages.contains_key(letter.language) {
            let texts = Texts::new(letter.language, practice)?;
            let book = fonts.book(texts.language);
            languages.insert(letter.language, Language { texts, book, set: HashMap::new(), shared: HashMap::new() });
        }
        let language = languages.get_mut(letter.language).expect("just added");
        // Checked before a page is begun, so a letter left out leaves nothing of itself in the file.
        if let Some(c) = unprintable(&mut language.book, letter)? {
            let lines = letter.patients.iter().map(|patient| patient.line).collect();
            counts.left_out.push(LeftOut { lines, code: c as u32 });
        } else {
            let before = pdf.page_count();
            write_letter(&mut pdf, language, letter, dated)?;
            if options.double_sided && (pdf.page_count() - before) % 2 == 1 {
                pdf.push(Canvas::new(A4));
                counts.blank_pages += 1;
            }
            counts.letters += 1;
            counts.pages += pdf.page_count() - before;
            *counts.by_language.entry(language.texts.language.to_owned()).or_default() += 1;
            if letter.large_print {
                counts.large_print += 1;
            } else {
                counts.standard += 1;
            }
            if letter.to_guardian() {
                counts.to_guardian += 1;
            }
        }
        if !progress(done + 1, letters.len()) {
            return Err(NoticeError::Cancelled);
        }
    }
    Ok((pdf.finish()?, counts))
}

/// Names as a letter joins them: "Tom Reed, Amy Reed".
fn names(patients: &[&Patient]) -> String {
    patients.iter().map(|patient| patient.name()).collect::<Vec<_>>().join(", ")
}

/// Who is named on each copy of the form, block by block (`slots` blocks, the first the "Patient" block). Each adult
/// has a form of their own, named in its first block and nowhere else: an adult decides and signs for themselves, and
/// the adults at one address need not be a child's parents (a household may include a lodger or a grown-up
/// sibling). Children are named on forms of their own, up to the form's other blocks ("Child or other person") on
/// each, with the first block left blank for the parent or guardian who signs. Every person is named once; a letter
/// naming no one would still carry one blank form.
pub fn form_names(letter: &Household<'_>, slots: usize) -> Vec<Vec<Option<String>>> {
    let blocks = slots.max(2);
    let mut forms: Vec<Vec<Option<String>>> = letter
        .adults()
        .iter()
        .map(|adult| {
            let mut names = vec![None; blocks];
            names[0] = Some(adult.name());
            names
        })
        .collect();
    for children in letter.children().chunks(blocks - 1) {
        let mut names = vec![None; blocks];
        for (block, child) in children.iter().enumerate() {
            names[block + 1] = Some(child.name());
        }
        forms.push(names);
    }
    if forms.is_empty() {
        forms.push(vec![None; blocks]);
    }
    forms
}

/// A household letter to adults that names children under 16 too: who they are, and that a parent or guardian
/// objects for them on the enclosed form (in a draft translation, with its English under it).
fn children_paragraph(flow: &mut Flow, texts: &Texts, children: &[&Patient], sizes: Sizes) -> Result<(), NoticeError> {
    let id = "notice-letter-children";
    let (names, count) = (names(children), children.len());
    let add = |args: &mut pathfinder_l10n::FluentArgs<'static>| {
        args.set("names", names.clone());
        args.set("count", count);
    };
    let own = texts.formatted(id, &add);
    flow.paragraph_in(&own, sizes.body, Weight::Regular, texts.rtl_for(id))?;
    let english = texts.english_texts().filter(|_| texts.draft).map(|english| english.formatted(id, &add));
    if let Some(english) = english.filter(|english| *english != own) {
        flow.gap(sizes.body * 0.2);
        flow.english(&english, sizes.small, Weight::Regular)?;
    }
    Ok(())
}

fn write_letter(
    pdf: &mut Pdf,
    language: &mut Language,
    letter: &Household<'_>,
    dated: Date,
) -> Result<(), NoticeError> {
    let sizes = Sizes::new(letter.large_print);
    let reader = Reader::of(letter);
    // A letter naming only children under 16 is addressed to their parent or guardian, and speaks of the children;
    // in a household with adults it is addressed to the adults, and says which children under 16 it is also about.
    let (window, greeting_id, greeting) = if letter.to_guardian() {
        let children = names(letter.children());
        let texts = &language.texts;
        let greeting_id = "notice-letter-greeting-guardian";
        (
            vec![texts.with("notice-letter-to-guardian", "names", children.clone())],
            greeting_id,
            texts.with(greeting_id, "names", children),
        )
    } else {
        let adults: Vec<String> = letter.adults().iter().map(|patient| patient.name()).collect();
        let greeting_id = "notice-letter-greeting";
        let greeting = language.texts.with(greeting_id, "names", adults.join(", "));
        (adults, greeting_id, greeting)
    };
    let rtl = language.texts.rtl;
    let width = A4.width_mm * MM - 2.0 * MARGIN;
    // Set (or fetch) the shared paragraphs and drawing before the flow borrows the fonts.
    for id in reader.body().into_iter().chain(CLOSE) {
        language.lines(id, letter.large_print, reader, width)?;
    }
    let shared = language.shared(pdf, letter.large_print, reader)?;
    let Language { texts, book, set, .. } = language;
    let mut flow = Flow::new(pdf, book, A4, MARGIN, rtl);
    flow.canvas().0.place(shared.head, 0.0);

    // The address, where a DL envelope's window shows it (20 mm in, 50 mm down): in the size the post reads.
    flow.left = 20.0 * MM;
    flow.width = 85.0 * MM;
    flow.top = 50.0 * MM;
    flow.rtl = false;
    for line in &window {
        flow.paragraph(line, 10.5, Weight::Regular)?;
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
    // A greeting the translation lacks is in English, and reads left to right whatever the letter's direction.
    flow.paragraph_in(&greeting, sizes.body, Weight::Regular, texts.rtl_for(greeting_id))?;
    if !letter.adults().is_empty() && !letter.children().is_empty() {
        flow.gap(sizes.body * 0.6);
        children_paragraph(&mut flow, texts, letter.children(), sizes)?;
    }
    match shared.body {
        Some((form, height)) if flow.room() >= height => {
            let top = flow.top;
            flow.canvas().0.place(form, top);
        }
        _ => body(&mut flow, set, texts, letter.large_print, reader)?,
    }

    // A draft translation never goes alone: the same letter in English follows it, before the forms.
    for page in &shared.english {
        flow.new_page();
        flow.canvas().0.place(*page, 0.0);
    }

    // As many forms as the household needs: no one is left off.
    for people in form_names(letter, shared.slots.len()) {
        for (page, form) in shared.form_pages.iter().enumerate() {
            flow.new_page();
            flow.canvas().0.place(*form, 0.0);
            for (slot, name) in shared.slots.iter().zip(&people).filter(|(slot, _)| slot.page == page) {
                if let Some(name) = name {
                    write_in(&mut flow, name, slot.top, sizes)?;
                }
            }
        }
    }
    flow.finish();
    Ok(())
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::form_names;
    use crate::patients::{Grouping, Patient, letters};

    fn person(line: usize, forename: &str, born: Option<time::Date>) -> Patient {
        Patient {
            line,
            title: String::new(),
            forename: forename.to_owned(),
            surname: "Reed".into(),
            address: vec!["4 Mill Lane".into()],
            postcode: "LS6 2AB".into(),
            nhs_number: None,
            date_of_birth: born,
            language: "en-GB",
            large_print: false,
        }
    }

    /// The names on each form, block by block ("-" for a block left empty).
    fn forms(people: &[Patient]) -> Vec<String> {
        let households = letters(people, Grouping::households(date!(2026 - 02 - 23)));
        assert_eq!(households.len(), 1);
        form_names(&households[0], 5)
            .iter()
            .map(|form| form.iter().map(|name| name.as_deref().unwrap_or("-")).collect::<Vec<_>>().join(" "))
            .collect()
    }

    #[test]
    fn each_adult_has_a_form_alone_and_children_have_forms_of_their_own_for_a_parent_or_guardian() {
        let child = Some(date!(2015 - 05 - 14));
        let adult = Some(date!(1980 - 01 - 01));
        let kids: Vec<Patient> =
            ["C1", "C2", "C3", "C4", "C5", "C6"].iter().enumerate().map(|(i, n)| person(i + 2, n, child)).collect();
        assert_eq!(forms(&kids), ["- C1 Reed C2 Reed C3 Reed C4 Reed", "- C5 Reed C6 Reed - -"]);

        // An adult at the address may be a lodger: no child is named under an adult's signature.
        let mut family = vec![person(10, "Ann", adult), person(11, "Bob", None)];
        family.extend(kids.iter().take(5).cloned());
        assert_eq!(
            forms(&family),
            ["Ann Reed - - - -", "Bob Reed - - - -", "- C1 Reed C2 Reed C3 Reed C4 Reed", "- C5 Reed - - -"],
            "one form an adult, alone on it; the children on forms whose first block is left for a parent or guardian"
        );

        let adults: Vec<Patient> = (0..3).map(|i| person(i + 2, &format!("A{i}"), None)).collect();
        assert_eq!(forms(&adults), ["A0 Reed - - - -", "A1 Reed - - - -", "A2 Reed - - - -"]);
    }
}
