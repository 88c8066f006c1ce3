//! The documents: posters (A4, A3), the leaflet, the objection form, the staff briefing and the letter, each in
//! any notice language and in large print. Text comes from `locales/<lang>/notices.ftl` through Fluent, without
//! bidi isolation marks (the layout does bidi itself).

pub mod acknowledgements;
mod flow;
pub mod letters;
pub mod mailing;
pub mod translations;

use pathfinder_l10n::{FluentArgs, Localizer};
pub use pathfinder_readiness::{ObjectionType, ObjectionTypes};
use serde::{Deserialize, Serialize};
use time::Date;

use crate::pdf::{A3, A4, MM, Paper, Pdf, PdfError};
use crate::text::{FontBook, FontError, Weight, fonts::search_folders};
use flow::Flow;

/// The practice as the notices name it, and its awareness window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PracticeDetails {
    pub name: String,
    pub address: Vec<String>,
    pub phone: String,
    pub window_start: Date,
    pub window_end: Date,
    pub first_extract: Date,
    /// The objection types the pilot offers, as the programme decided: `["type1"]` or `["type1", "type2"]`, both
    /// when absent. Every notice follows it: without Type 2, no form has its box and no text speaks of it.
    #[serde(default)]
    pub objection_types: ObjectionTypes,
}

/// The documents that are the same for every patient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "NoticeKind"))]
pub enum Kind {
    PosterA4,
    PosterA3,
    Leaflet,
    ObjectionForm,
    /// For a patient taking back an objection made before.
    WithdrawalForm,
    StaffBriefing,
}

impl Kind {
    pub const ALL: [Kind; 6] =
        [Kind::PosterA4, Kind::PosterA3, Kind::Leaflet, Kind::ObjectionForm, Kind::WithdrawalForm, Kind::StaffBriefing];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::PosterA4 => "poster-a4",
            Kind::PosterA3 => "poster-a3",
            Kind::Leaflet => "leaflet",
            Kind::ObjectionForm => "objection-form",
            Kind::WithdrawalForm => "withdrawal-form",
            Kind::StaffBriefing => "staff-briefing",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum NoticeError {
    #[error("notices are not offered in {0:?}")]
    Language(String),
    #[error(transparent)]
    Font(#[from] FontError),
    #[error(transparent)]
    Pdf(#[from] PdfError),
    #[error("cancelled")]
    Cancelled,
    /// Every notice gives the practice's address (the objection form's return address) and phone number.
    #[error("the practice's {} must be given: every notice prints them", .0.join(" and "))]
    PracticeDetails(Vec<&'static str>),
}

impl NoticeError {
    /// A stable code for the edges: `{ "code": ..., "message": ... }`.
    pub fn code(&self) -> &'static str {
        match self {
            NoticeError::Language(_) => "unknown-language",
            NoticeError::Font(_) => "fonts-missing",
            NoticeError::Pdf(_) => "pdf-failed",
            NoticeError::Cancelled => "cancelled",
            NoticeError::PracticeDetails(_) => "practice-details-missing",
        }
    }
}

/// The font folders a program adds to the system's; the default looks in the system's folders only.
#[derive(Debug, Clone, Default)]
pub struct FontSource {
    /// Looked in before the system's: the app's bundled fonts, a folder named at start.
    pub first: Vec<std::path::PathBuf>,
    /// Looked in after the system's: the user's own fonts.
    pub last: Vec<std::path::PathBuf>,
}

impl FontSource {
    fn book(&self, language: &str) -> FontBook {
        FontBook::new(language, search_folders(&self.first, &self.last))
    }
}

/// Sizes in points for body text and headings: the Accessible Information Standard asks 16 pt or more for large
/// print.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sizes {
    pub body: f32,
    pub heading: f32,
    pub small: f32,
}

impl Sizes {
    pub fn new(large_print: bool) -> Self {
        if large_print {
            Self { body: 16.0, heading: 24.0, small: 16.0 }
        } else {
            // RNIB's Clear Print: nothing below 12 pt.
            Self { body: 12.0, heading: 18.0, small: 12.0 }
        }
    }
}

pub(crate) const MARGIN: f32 = 20.0 * MM;

/// The messages of one language, with the practice's details at hand (public so that the letters benchmark gives
/// its peers the very texts pathfinder prints).
pub struct Texts {
    localizer: Localizer,
    pub language: &'static str,
    pub rtl: bool,
    /// A translation nobody has reviewed (`locales/languages.json`): what it says is printed with the English text
    /// beside it, so a draft never reaches a patient alone.
    pub draft: bool,
    /// The English texts, for a document in any other language. A draft's every paragraph carries its English; a
    /// form's labels carry theirs in any language, because the staff who code a returned form read English.
    english: Option<Box<Texts>>,
    practice: PracticeDetails,
}

impl Texts {
    pub fn new(language: &str, practice: &PracticeDetails) -> Result<Self, NoticeError> {
        let missing: Vec<&'static str> = [
            ("address", practice.address.iter().all(|line| line.trim().is_empty())),
            ("phone number", practice.phone.trim().is_empty()),
        ]
        .into_iter()
        .filter_map(|(detail, absent)| absent.then_some(detail))
        .collect();
        if !missing.is_empty() {
            return Err(NoticeError::PracticeDetails(missing));
        }
        let localizer = Localizer::new(language, false).map_err(|_| NoticeError::Language(language.to_owned()))?;
        let locale = localizer.locale();
        // Any language but the reference one counts as a draft unless languages.json records its review.
        let draft = pathfinder_l10n::is_draft(locale);
        let english = match locale {
            pathfinder_l10n::REFERENCE_LOCALE => None,
            _ => Some(Box::new(Texts::new(pathfinder_l10n::REFERENCE_LOCALE, practice)?)),
        };
        Ok(Self { language: locale, rtl: right_to_left(locale), draft, english, localizer, practice: practice.clone() })
    }

    /// The English of a message, where this document is in another language and the message is translated (a
    /// message the draft lacks is already in English: it is not printed twice).
    pub fn english(&self, id: &str) -> Option<String> {
        let english = self.english.as_ref().filter(|_| self.localizer.translates(id))?.get(id);
        (english != self.get(id)).then_some(english)
    }

    /// The direction of a message: the document's, unless the translation lacks it and it is in English.
    pub fn rtl_for(&self, id: &str) -> bool {
        self.rtl && self.localizer.translates(id)
    }

    /// The English of a paragraph a patient reads: given for a draft translation only.
    pub fn english_prose(&self, id: &str) -> Option<String> {
        self.english(id).filter(|_| self.draft)
    }

    /// The English texts, where this document is in another language.
    pub fn english_texts(&self) -> Option<&Texts> {
        self.english.as_deref()
    }

    /// A message with a number, and its English where there is one.
    pub fn numbered(&self, id: &str, name: &str, number: usize) -> (String, Option<String>) {
        let format = |texts: &Texts| {
            let mut args = texts.args();
            args.set(name.to_owned(), number);
            texts.localizer.format(id, Some(&args))
        };
        let own = format(self);
        let english = self.english.as_deref().map(format).filter(|english| *english != own);
        (own, english)
    }

    /// A message; one the translation lacks is the English one, dates and all, as an English reader writes them.
    pub fn get(&self, id: &str) -> String {
        match &self.english {
            Some(english) if !self.localizer.translates(id) => english.get(id),
            _ => self.localizer.format(id, Some(&self.args())),
        }
    }

    pub fn with(&self, id: &str, name: &str, value: String) -> String {
        self.formatted(id, &|args| args.set(name.to_owned(), value.clone()))
    }

    /// A message with arguments of its own (`add` sets them) beside the practice's; one the translation lacks is the
    /// English one, as [`Texts::get`] gives it.
    pub fn formatted(&self, id: &str, add: &dyn Fn(&mut FluentArgs<'static>)) -> String {
        if let Some(english) = self.english.as_ref().filter(|_| !self.localizer.translates(id)) {
            return english.formatted(id, add);
        }
        let mut args = self.args();
        add(&mut args);
        self.localizer.format(id, Some(&args))
    }

    fn args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("practice", self.practice.name.clone());
        args.set("phone", self.practice.phone.clone());
        args.set("address", self.practice.address.join(", "));
        args.set("start", format_date(self.practice.window_start, self.language));
        args.set("end", format_date(self.practice.window_end, self.language));
        args.set("extract", format_date(self.practice.first_extract, self.language));
        args
    }

    pub fn practice(&self) -> &PracticeDetails {
        &self.practice
    }

    /// Whether the pilot offers the Type 2 objection: the practice's setting, from the centre.
    pub fn offers_type2(&self) -> bool {
        self.practice.objection_types.offers_type2()
    }
}

/// Whether a locale is written right to left: Arabic, Urdu, and Punjabi in the Shahmukhi script.
pub fn right_to_left(locale: &str) -> bool {
    matches!(locale, "ar" | "ur" | "pa-Arab")
}

/// A date as patients in that language write it.
pub fn format_date(date: Date, language: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let (y, m, d) = (date.year(), u8::from(date.month()), date.day());
    match language {
        "en-GB" => format!("{d} {} {y}", MONTHS[usize::from(m) - 1]),
        "zh-CN" => format!("{y}年{m}月{d}日"),
        "pl" => format!("{d:02}.{m:02}.{y}"),
        _ => format!("{d:02}/{m:02}/{y}"),
    }
}

/// Renders one document in one language.
pub fn render(
    kind: Kind,
    practice: &PracticeDetails,
    language: &str,
    large_print: bool,
    fonts: &FontSource,
) -> Result<Vec<u8>, NoticeError> {
    let texts = Texts::new(language, practice)?;
    let mut book = fonts.book(texts.language);
    let mut pdf = Pdf::new(&texts.get("notice-title"));
    let sizes = Sizes::new(large_print);
    match kind {
        Kind::PosterA4 => poster(&mut pdf, &mut book, &texts, A4, large_print)?,
        Kind::PosterA3 => poster(&mut pdf, &mut book, &texts, A3, large_print)?,
        Kind::Leaflet => {
            let mut flow = Flow::new(&mut pdf, &mut book, A4, MARGIN, texts.rtl);
            leaflet(&mut flow, &texts, sizes)?;
            flow.finish();
        }
        Kind::ObjectionForm => {
            let mut flow = Flow::new(&mut pdf, &mut book, A4, MARGIN, texts.rtl);
            objection_form(&mut flow, &texts, sizes, &[])?;
            flow.finish();
        }
        Kind::WithdrawalForm => {
            let mut flow = Flow::new(&mut pdf, &mut book, A4, MARGIN, texts.rtl);
            withdrawal_form(&mut flow, &texts, sizes)?;
            flow.finish();
        }
        Kind::StaffBriefing => {
            let mut flow = Flow::new(&mut pdf, &mut book, A4, MARGIN, texts.rtl);
            briefing(&mut flow, &texts, sizes)?;
            flow.finish();
        }
    }
    Ok(pdf.finish()?)
}

/// The draft note, in the language and (bilingual) its English: the translation has not been checked, and where the
/// two differ the English is the one to follow.
fn draft_note(flow: &mut Flow, texts: &Texts, sizes: Sizes) -> Result<(), FontError> {
    if texts.draft {
        flow.gap(sizes.body);
        flow.paragraph(&texts.get("notice-draft-translation"), sizes.small, Weight::Regular)?;
        if let Some(english) = texts.english_texts() {
            flow.gap(sizes.small * 0.2);
            flow.english(&english.get("notice-draft-bilingual"), sizes.small, Weight::Regular)?;
        }
    }
    Ok(())
}

/// The size English is set in beside a translation: a little smaller than the translation, never below `least`
/// (RNIB Clear Print: 12 pt in standard print, 16 pt in large print).
fn english_size(size: f32, least: f32) -> f32 {
    (size * 0.85).max(least)
}

/// A paragraph a patient reads, and under it its English when the language is a draft.
fn say(flow: &mut Flow, texts: &Texts, id: &str, size: f32, weight: Weight, least: f32) -> Result<(), FontError> {
    flow.paragraph_in(&texts.get(id), size, weight, texts.rtl_for(id))?;
    if let Some(english) = texts.english_prose(id) {
        flow.gap(size * 0.2);
        flow.english(&english, english_size(size, least), weight)?;
    }
    Ok(())
}

/// A form's label, with its English (in any translation): at the other end of the same line when both fit on one,
/// else under it. In a right-to-left language the English is then at the left edge, where English is read.
fn label(flow: &mut Flow, own: &str, english: Option<&str>, size: f32, weight: Weight) -> Result<(), FontError> {
    let Some(english) = english else {
        // In English, or a label the translation lacks (so in English): it reads left to right.
        return flow.paragraph_in(own, size, weight, false);
    };
    let lines = flow.set(own, size, weight)?;
    let english_lines = flow.set_english(english, size, weight)?;
    let leading = size * 1.35;
    match (lines.as_slice(), english_lines.as_slice()) {
        ([line], [english_line]) if line.width + english_line.width + 2.0 * size <= flow.width => {
            flow.keep(leading);
            let (left, right, top) = (flow.left, flow.left + flow.width, flow.top);
            let (own_x, english_x) =
                if line.rtl { (right - line.width, left) } else { (left, right - english_line.width) };
            let (canvas, pdf, book) = flow.canvas();
            canvas.text(pdf, book, line, own_x, top + size, size);
            canvas.text(pdf, book, english_line, english_x, top + size, size);
            flow.top += leading;
        }
        _ => {
            flow.keep(leading * (lines.len() + english_lines.len()) as f32);
            flow.lines(&lines, size);
            flow.english_lines(&english_lines, size);
        }
    }
    Ok(())
}

/// What a poster says after its title and introduction.
const POSTER: [&str; 4] =
    ["notice-poster-what-identifiable", "notice-poster-why-purposes", "notice-poster-choice", "notice-poster-ask"];

fn poster(pdf: &mut Pdf, book: &mut FontBook, texts: &Texts, paper: Paper, large_print: bool) -> Result<(), FontError> {
    // An A3 poster is an A4 one enlarged: the same words, read from further away.
    let scale = paper.width_mm / A4.width_mm * if large_print { 1.25 } else { 1.0 };
    // A draft's poster carries the English too, a little smaller, so that both fit the sheet.
    // Nothing under 12 pt, or 16 pt in large print (enlarged with the paper).
    let least = if large_print { 16.0 } else { 12.0 } * paper.width_mm / A4.width_mm;
    let text = if texts.draft { 0.88 * scale } else { scale };
    let size = |points: f32| (points * text).max(least);
    let mut flow = Flow::new(pdf, book, paper, MARGIN * scale, texts.rtl);
    say(&mut flow, texts, "notice-poster-title", size(30.0), Weight::Bold, least)?;
    flow.gap(10.0 * text);
    say(&mut flow, texts, "notice-poster-intro", size(17.0), Weight::Bold, least)?;
    for id in POSTER {
        flow.gap(10.0 * text);
        say(&mut flow, texts, id, size(14.0), Weight::Regular, least)?;
    }
    flow.gap(18.0 * text);
    flow.paragraph(&texts.get("notice-contact"), 14.0 * scale, Weight::Bold)?;
    draft_note(&mut flow, texts, Sizes { body: 12.0 * scale, heading: 0.0, small: least })?;
    flow.finish();
    Ok(())
}

fn leaflet(flow: &mut Flow, texts: &Texts, sizes: Sizes) -> Result<(), FontError> {
    let least = sizes.small;
    say(flow, texts, "notice-leaflet-heading", sizes.heading, Weight::Bold, least)?;
    flow.gap(sizes.body * 0.5);
    say(flow, texts, "notice-leaflet-intro", sizes.body, Weight::Regular, least)?;
    let sections: [(&str, &[&str]); 4] = [
        ("notice-leaflet-what-heading", &["notice-leaflet-what-identifiable"]),
        ("notice-leaflet-who-heading", &["notice-leaflet-who-purposes"]),
        ("notice-leaflet-not-heading", &["notice-leaflet-not"]),
        (
            "notice-leaflet-object-heading",
            if texts.offers_type2() {
                &[
                    "notice-leaflet-object-for-whom",
                    "notice-leaflet-type1-identifiable",
                    "notice-leaflet-type2",
                    "notice-leaflet-change",
                ]
            } else {
                &["notice-leaflet-object-for-whom", "notice-leaflet-object-type1-only", "notice-leaflet-change"]
            },
        ),
    ];
    for (index, (heading, paragraphs)) in sections.iter().enumerate() {
        // The leaflet is printed on both sides of one sheet: how to object starts the second side. (A draft's,
        // with its English, takes two sheets, and its pages break where they fill.)
        if index == 3 && !texts.draft {
            flow.new_page();
        } else {
            flow.gap(sizes.body);
        }
        say(flow, texts, heading, sizes.body * 1.3, Weight::Bold, least)?;
        for paragraph in *paragraphs {
            flow.gap(sizes.body * 0.4);
            say(flow, texts, paragraph, sizes.body, Weight::Regular, least)?;
        }
    }
    flow.gap(sizes.body);
    say(flow, texts, "notice-leaflet-dates-heading", sizes.body * 1.3, Weight::Bold, least)?;
    say(flow, texts, "notice-leaflet-dates", sizes.body, Weight::Regular, least)?;
    flow.gap(sizes.body);
    say(flow, texts, "notice-leaflet-formats", sizes.body, Weight::Regular, least)?;
    flow.gap(sizes.body);
    flow.paragraph(&texts.get("notice-contact"), sizes.body, Weight::Bold)?;
    draft_note(flow, texts, sizes)
}

fn briefing(flow: &mut Flow, texts: &Texts, sizes: Sizes) -> Result<(), FontError> {
    say(flow, texts, "notice-briefing-heading", sizes.heading, Weight::Bold, sizes.small)?;
    for id in [
        "notice-briefing-dates",
        if texts.offers_type2() { "notice-briefing-types" } else { "notice-briefing-types-type1-only" },
        "notice-briefing-scr",
        "notice-briefing-script",
        "notice-briefing-forms",
        "notice-briefing-questions",
    ] {
        flow.gap(sizes.body * 0.8);
        say(flow, texts, id, sizes.body, Weight::Regular, sizes.small)?;
    }
    flow.gap(sizes.body);
    flow.paragraph(&texts.get("notice-contact"), sizes.body, Weight::Bold)?;
    draft_note(flow, texts, sizes)
}

/// The objection form: the patient and up to four other people (children, or adults the signer may act for),
/// each with a Type 1 box and, where the pilot offers it, a Type 2 box.
/// `names` fills in the names of the people a letter is for; dates of birth and NHS numbers are left for the
/// patient to write, so a letter that goes astray says no more than the envelope did.
/// In another language every label carries its English, for the staff who code the returned form; a draft's
/// paragraphs carry theirs too.
/// Where a person's name goes on the form: the form's page (from its first) and the top of the writing space.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NameSlot {
    pub page: usize,
    pub top: f32,
}

/// How many people one objection form names: the patient's block, then the blocks for children or other people.
pub const FORM_BLOCKS: usize = 5;

pub(crate) fn objection_form(
    flow: &mut Flow,
    texts: &Texts,
    sizes: Sizes,
    names: &[String],
) -> Result<Vec<NameSlot>, FontError> {
    let first_page = flow.page_index;
    let mut slots = Vec::new();
    heading(flow, texts, "notice-form-heading", sizes)?;
    flow.gap(sizes.body * 0.4);
    let intro = if texts.offers_type2() { "notice-form-intro-each-type" } else { "notice-form-intro-type1-only" };
    say(flow, texts, intro, sizes.body, Weight::Regular, sizes.small)?;
    for person in 0..FORM_BLOCKS {
        let (label_text, english) = if person == 0 {
            (texts.get("notice-form-person"), texts.english("notice-form-person"))
        } else {
            texts.numbered("notice-form-other-person", "number", person)
        };
        // Keep a person's block on one page (a translated one is longer: each label has its English).
        let lines = if texts.english_texts().is_some() { 22.0 } else { 14.0 };
        flow.keep(sizes.body * lines);
        flow.gap(sizes.body * 0.8);
        label(flow, &label_text, english.as_deref(), sizes.body * 1.15, Weight::Bold)?;
        let name = names.get(person).cloned().unwrap_or_default();
        let top = field(flow, texts, "notice-form-name", &name, sizes)?;
        slots.push(NameSlot { page: flow.page_index - first_page, top });
        field(flow, texts, "notice-form-dob", "", sizes)?;
        field(flow, texts, "notice-form-nhs", "", sizes)?;
        if person == 0 {
            field(flow, texts, "notice-form-address", "", sizes)?;
        }
        checkbox(flow, texts, "notice-form-type1-identifiable", sizes)?;
        if texts.offers_type2() {
            checkbox(flow, texts, "notice-form-type2", sizes)?;
        }
    }
    signing(flow, texts, sizes, "notice-form-office")?;
    Ok(slots)
}

/// A form's heading, with its English under it in any other language: staff sort returned forms by it.
fn heading(flow: &mut Flow, texts: &Texts, id: &str, sizes: Sizes) -> Result<(), FontError> {
    flow.paragraph(&texts.get(id), sizes.heading, Weight::Bold)?;
    if let Some(english) = texts.english(id) {
        flow.gap(sizes.body * 0.2);
        flow.english(&english, english_size(sizes.heading, sizes.small), Weight::Bold)?;
    }
    Ok(())
}

/// The withdrawal form: one person taking back a Type 1 or Type 2 objection (or both) made before; where the pilot
/// offers Type 1 only, a Type 1 objection.
fn withdrawal_form(flow: &mut Flow, texts: &Texts, sizes: Sizes) -> Result<(), FontError> {
    heading(flow, texts, "notice-withdrawal-heading", sizes)?;
    flow.gap(sizes.body * 0.4);
    let intro = if texts.offers_type2() { "notice-withdrawal-intro" } else { "notice-withdrawal-intro-type1-only" };
    say(flow, texts, intro, sizes.body, Weight::Regular, sizes.small)?;
    flow.gap(sizes.body * 0.8);
    for id in ["notice-form-name", "notice-form-dob", "notice-form-nhs", "notice-form-address"] {
        field(flow, texts, id, "", sizes)?;
    }
    checkbox(flow, texts, "notice-withdrawal-type1", sizes)?;
    if texts.offers_type2() {
        checkbox(flow, texts, "notice-withdrawal-type2", sizes)?;
    }
    signing(flow, texts, sizes, "notice-withdrawal-office")
}

/// How a form ends: the signature and date, who may sign for whom, where to return it, and the box the practice
/// fills in (`office`, with its English in any other language), kept together on one page.
fn signing(flow: &mut Flow, texts: &Texts, sizes: Sizes, office: &str) -> Result<(), FontError> {
    flow.keep(sizes.body * if texts.draft { 20.0 } else { 12.0 });
    flow.gap(sizes.body);
    field(flow, texts, "notice-form-signature", "", sizes)?;
    field(flow, texts, "notice-form-date", "", sizes)?;
    say(flow, texts, "notice-form-on-behalf-authority", sizes.body, Weight::Regular, sizes.small)?;
    flow.gap(sizes.body * 1.6);
    let (left, width, top) = (flow.left, flow.width, flow.top);
    flow.canvas().0.rule(left, top, width);
    flow.gap(sizes.body);
    say(flow, texts, "notice-form-return", sizes.body, Weight::Regular, sizes.small)?;
    flow.gap(sizes.body * 0.5);
    flow.paragraph_in(&texts.get(office), sizes.small, Weight::Regular, texts.rtl_for(office))?;
    if let Some(english) = texts.english(office) {
        flow.english(&english, sizes.small, Weight::Regular)?;
    }
    draft_note(flow, texts, sizes)
}

/// A labelled line to write on, with `value` written in when it is known; gives the top of the writing space.
fn field(flow: &mut Flow, texts: &Texts, id: &str, value: &str, sizes: Sizes) -> Result<f32, FontError> {
    let size = sizes.small.max(sizes.body * 0.85);
    label(flow, &texts.get(id), texts.english(id).as_deref(), size, Weight::Regular)?;
    let top = flow.top;
    if !value.is_empty() {
        write_in(flow, value, top, sizes)?;
    }
    flow.gap(sizes.body * 1.4);
    let (left, width, top) = (flow.left, flow.width, flow.top);
    flow.canvas().0.rule(left, top, width);
    flow.gap(sizes.body * 0.5);
    Ok(top - sizes.body * 1.4)
}

/// Writes a value into a form's writing space (its first line: the space holds one).
pub(crate) fn write_in(flow: &mut Flow, value: &str, top: f32, sizes: Sizes) -> Result<(), FontError> {
    let lines = flow.set(value, sizes.body, Weight::Bold)?;
    if let Some(line) = lines.first() {
        let x = if line.rtl { flow.left + flow.width - line.width } else { flow.left };
        let (canvas, pdf, book) = flow.canvas();
        canvas.text(pdf, book, line, x, top + sizes.body, sizes.body);
    }
    Ok(())
}

/// A box to tick, with its label beside it (on the right of it, or on its left in a right-to-left language), and
/// the label's English under it in any other language.
fn checkbox(flow: &mut Flow, texts: &Texts, id: &str, sizes: Sizes) -> Result<(), FontError> {
    let side = sizes.body * 1.1;
    let gap = sizes.body * 0.6;
    let (left, width, rtl) = (flow.left, flow.width, flow.rtl);
    flow.width = width - side - gap;
    if !rtl {
        flow.left = left + side + gap;
    }
    let english_size = sizes.small.max(sizes.body * 0.85);
    let own = flow.rtl;
    flow.rtl = texts.rtl_for(id);
    let lines = flow.set(&texts.get(id), sizes.body, Weight::Regular);
    flow.rtl = own;
    let lines = lines.and_then(|lines| {
        let english = match texts.english(id) {
            Some(english) => flow.set_english(&english, english_size, Weight::Regular)?,
            None => Vec::new(),
        };
        Ok((lines, english))
    });
    let result = lines.map(|(lines, english)| {
        // The box goes with its label: both on this page or both on the next.
        flow.keep(lines.len() as f32 * sizes.body * 1.35 + english.len() as f32 * english_size * 1.35);
        let box_x = if rtl { left + width - side } else { left };
        let top = flow.top;
        flow.canvas().0.rect(box_x, top + sizes.body * 0.2, side, side, None);
        flow.lines(&lines, sizes.body);
        if !english.is_empty() {
            flow.gap(sizes.body * 0.15);
            flow.english_lines(&english, english_size);
        }
    });
    flow.left = left;
    flow.width = width;
    flow.gap(sizes.body * 0.3);
    result
}
