//! The mail merge: one letter per patient or per household, each in the language its row asks for and in large
//! print where needed, with the objection form on the following page. What is the same on every letter in a
//! language (the letterhead, the body, the blank form) is set once and written once, as forms every letter's
//! pages place; only the address, the date, the greeting and the names are drawn for each letter.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::Serialize;
use time::Date;

use super::flow::Flow;
use super::{
    FontSource, MARGIN, NameSlot, NoticeError, PracticeDetails, Sizes, Texts, format_date, objection_form, write_in,
};
use crate::patients::{Household, Patient};
use crate::pdf::{A4, Form, MM, Pdf};
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

/// The paragraphs every letter in a language carries, in order (the letters benchmark prints the same).
pub const BODY: [&str; 6] = [
    "notice-letter-opening",
    "notice-letter-dates",
    "notice-letter-what-identifiable",
    "notice-letter-choice-for-whom",
    "notice-letter-care",
    "notice-letter-formats",
];
pub const CLOSE: [&str; 3] = ["notice-letter-closing", "notice-letter-signature", "notice-letter-enclosure"];

/// One language's texts, fonts, its paragraphs already set and its shared drawing, in standard and large print.
struct Language {
    texts: Texts,
    book: FontBook,
    set: HashMap<(&'static str, bool), Vec<Line>>,
    shared: HashMap<bool, Shared>,
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
    set: &HashMap<(&'static str, bool), Vec<Line>>,
    texts: &Texts,
    large_print: bool,
) -> Result<(), NoticeError> {
    let sizes = Sizes::new(large_print);
    for id in BODY {
        flow.gap(sizes.body * 0.6);
        flow.lines(&set[&(id, large_print)], sizes.body);
    }
    flow.gap(sizes.body);
    for id in CLOSE {
        flow.lines(&set[&(id, large_print)], sizes.body);
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
fn english_letter(flow: &mut Flow, texts: &Texts, english: &Texts, large_print: bool) -> Result<(), NoticeError> {
    let sizes = Sizes::new(large_print);
    let heading = "notice-letter-english-heading";
    flow.paragraph_in(&texts.get(heading), sizes.body * 1.3, Weight::Bold, texts.rtl_for(heading))?;
    if let Some(heading) = texts.english(heading) {
        flow.english(&heading, sizes.body * 1.15, Weight::Bold)?;
    }
    flow.gap(sizes.body * 0.6);
    flow.english(&english.get("notice-letter-english-intro"), sizes.small, Weight::Regular)?;
    flow.rtl = false;
    for id in BODY {
        flow.gap(sizes.body * 0.6);
        flow.paragraph(&english.get(id), sizes.body, Weight::Regular)?;
    }
    flow.gap(sizes.body);
    for id in CLOSE {
        flow.paragraph(&english.get(id), sizes.body, Weight::Regular)?;
        flow.gap(sizes.body * 0.4);
    }
    Ok(())
}

impl Language {
    fn shared(&mut self, pdf: &mut Pdf, large_print: bool) -> Result<Shared, NoticeError> {
        if let Some(shared) = self.shared.get(&large_print) {
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
        body(&mut flow, &self.set, &self.texts, large_print)?;
        let height = flow.top;
        let mut pages = flow.finish_template();
        let body = (pages.len() == 1).then(|| (pdf.form(pages.remove(0)), height));

        // A draft's letter is followed by the same letter in English: its pages are shared too.
        let english = match self.texts.english_texts().filter(|_| self.texts.draft) {
            Some(english) => {
                let mut flow = Flow::template(pdf, &mut self.book, A4, MARGIN, rtl);
                english_letter(&mut flow, &self.texts, english, large_print)?;
                flow.finish_template().into_iter().map(|page| pdf.form(page)).collect()
            }
            None => Vec::new(),
        };

        let mut flow = Flow::template(pdf, &mut self.book, A4, MARGIN, rtl);
        let slots = objection_form(&mut flow, &self.texts, sizes, &[])?;
        let form_pages = flow.finish_template().into_iter().map(|page| pdf.form(page)).collect();

        let shared = Shared { head, body, english, form_pages, slots };
        self.shared.insert(large_print, shared.clone());
        Ok(shared)
    }
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
                self.texts.rtl_for(id),
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
/// has a form of their own, named in its first block: an adult decides for themselves, and signs for themselves.
/// Children are named in the other blocks ("Child or other person"), under the signature of a parent or guardian,
/// filling the adults' forms in turn; children beyond those, or with no adult, are on forms whose first block is
/// left for the parent or guardian. Every person is named once.
pub(crate) fn form_names(letter: &Household<'_>, slots: usize) -> Vec<Vec<Option<String>>> {
    let (adults, children) = (letter.adults(), letter.children());
    let per_form = slots.saturating_sub(1).max(1);
    let forms = adults.len().max(children.len().div_ceil(per_form)).max(1);
    (0..forms)
        .map(|form| {
            let mut names = vec![None; slots.max(2)];
            names[0] = adults.get(form).map(|adult| adult.name());
            for (block, child) in children.iter().skip(form * per_form).take(per_form).enumerate() {
                names[block + 1] = Some(child.name());
            }
            names
        })
        .collect()
}

fn write_letter(
    pdf: &mut Pdf,
    language: &mut Language,
    letter: &Household<'_>,
    dated: Date,
) -> Result<(), NoticeError> {
    let sizes = Sizes::new(letter.large_print);
    // A letter naming only children under 16 is addressed to their parent or guardian; in a household with adults
    // it is addressed to the adults, and the children are named on the form, under an adult's signature.
    let (window, greeting) = if letter.to_guardian() {
        let children = names(letter.children());
        let texts = &language.texts;
        (
            vec![texts.with("notice-letter-to-guardian", "names", children.clone())],
            texts.with("notice-letter-greeting-guardian", "names", children),
        )
    } else {
        let adults: Vec<String> = letter.adults().iter().map(|patient| patient.name()).collect();
        let greeting = language.texts.with("notice-letter-greeting", "names", adults.join(", "));
        (adults, greeting)
    };
    let rtl = language.texts.rtl;
    let width = A4.width_mm * MM - 2.0 * MARGIN;
    // Set (or fetch) the shared paragraphs and drawing before the flow borrows the fonts.
    for id in BODY.into_iter().chain(CLOSE) {
        language.lines(id, letter.large_print, width)?;
    }
    let shared = language.shared(pdf, letter.large_print)?;
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
    flow.paragraph(&greeting, sizes.body, Weight::Regular)?;
    match shared.body {
        Some((form, height)) if flow.room() >= height => {
            let top = flow.top;
            flow.canvas().0.place(form, top);
        }
        _ => body(&mut flow, set, texts, letter.large_print)?,
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
    fn each_adult_has_a_form_and_children_fill_the_child_blocks_never_the_first() {
        let child = Some(date!(2015 - 05 - 14));
        let adult = Some(date!(1980 - 01 - 01));
        let kids: Vec<Patient> =
            ["C1", "C2", "C3", "C4", "C5", "C6"].iter().enumerate().map(|(i, n)| person(i + 2, n, child)).collect();
        assert_eq!(forms(&kids), ["- C1 Reed C2 Reed C3 Reed C4 Reed", "- C5 Reed C6 Reed - -"]);

        let mut family = vec![person(10, "Ann", adult), person(11, "Bob", None)];
        family.extend(kids.iter().take(5).cloned());
        assert_eq!(
            forms(&family),
            ["Ann Reed C1 Reed C2 Reed C3 Reed C4 Reed", "Bob Reed C5 Reed - - -"],
            "one form an adult, the children on the adults' forms in turn"
        );

        let adults: Vec<Patient> = (0..3).map(|i| person(i + 2, &format!("A{i}"), None)).collect();
        assert_eq!(forms(&adults), ["A0 Reed - - - -", "A1 Reed - - - -", "A2 Reed - - - -"]);
    }
}
