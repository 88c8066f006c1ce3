//! The documents: posters (A4, A3), the leaflet, the objection form, the staff briefing and the letter, each in
//! any notice language and in large print. Text comes from `locales/<lang>/notices.ftl` through Fluent, without
//! bidi isolation marks (the layout does bidi itself).

mod flow;
pub mod letters;

use pathfinder_l10n::{FluentArgs, Localizer};
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

/// The messages of one language, with the practice's details at hand.
pub(crate) struct Texts {
    localizer: Localizer,
    pub language: &'static str,
    pub rtl: bool,
    pub draft: bool,
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
        let status = pathfinder_l10n::languages().iter().find(|l| l.code == localizer.locale()).map(|l| l.status);
        Ok(Self {
            language: localizer.locale(),
            rtl: matches!(localizer.locale(), "ar" | "ur"),
            draft: status != Some(pathfinder_l10n::Status::Complete),
            localizer,
            practice: practice.clone(),
        })
    }

    pub fn get(&self, id: &str) -> String {
        self.localizer.format(id, Some(&self.args()))
    }

    pub fn with(&self, id: &str, name: &str, value: String) -> String {
        let mut args = self.args();
        args.set(name.to_owned(), value);
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

fn draft_note(flow: &mut Flow, texts: &Texts, sizes: Sizes) -> Result<(), FontError> {
    if texts.draft {
        flow.gap(sizes.body);
        flow.paragraph(&texts.get("notice-draft-translation"), sizes.small, Weight::Regular)?;
    }
    Ok(())
}

/// What a poster says after its title and introduction.
const POSTER: [&str; 4] =
    ["notice-poster-what-identifiable", "notice-poster-why-purposes", "notice-poster-choice", "notice-poster-ask"];

fn poster(pdf: &mut Pdf, book: &mut FontBook, texts: &Texts, paper: Paper, large_print: bool) -> Result<(), FontError> {
    // An A3 poster is an A4 one enlarged: the same words, read from further away.
    let scale = paper.width_mm / A4.width_mm * if large_print { 1.25 } else { 1.0 };
    let mut flow = Flow::new(pdf, book, paper, MARGIN * scale, texts.rtl);
    flow.paragraph(&texts.get("notice-poster-title"), 30.0 * scale, Weight::Bold)?;
    flow.gap(10.0 * scale);
    flow.paragraph(&texts.get("notice-poster-intro"), 17.0 * scale, Weight::Bold)?;
    for id in POSTER {
        flow.gap(10.0 * scale);
        flow.paragraph(&texts.get(id), 14.0 * scale, Weight::Regular)?;
    }
    flow.gap(18.0 * scale);
    flow.paragraph(&texts.get("notice-contact"), 14.0 * scale, Weight::Bold)?;
    draft_note(&mut flow, texts, Sizes { body: 12.0 * scale, heading: 0.0, small: 11.0 * scale })?;
    flow.finish();
    Ok(())
}

fn leaflet(flow: &mut Flow, texts: &Texts, sizes: Sizes) -> Result<(), FontError> {
    flow.paragraph(&texts.get("notice-leaflet-heading"), sizes.heading, Weight::Bold)?;
    flow.gap(sizes.body * 0.5);
    flow.paragraph(&texts.get("notice-leaflet-intro"), sizes.body, Weight::Regular)?;
    let sections: [(&str, &[&str]); 4] = [
        ("notice-leaflet-what-heading", &["notice-leaflet-what-identifiable"]),
        ("notice-leaflet-who-heading", &["notice-leaflet-who-purposes"]),
        ("notice-leaflet-not-heading", &["notice-leaflet-not"]),
        (
            "notice-leaflet-object-heading",
            &[
                "notice-leaflet-object-for-whom",
                "notice-leaflet-type1-identifiable",
                "notice-leaflet-type2",
                "notice-leaflet-change",
            ],
        ),
    ];
    for (index, (heading, paragraphs)) in sections.iter().enumerate() {
        // The leaflet is printed on both sides of one sheet: how to object starts the second side.
        if index == 3 {
            flow.new_page();
        } else {
            flow.gap(sizes.body);
        }
        flow.paragraph(&texts.get(heading), sizes.body * 1.3, Weight::Bold)?;
        for paragraph in *paragraphs {
            flow.gap(sizes.body * 0.4);
            flow.paragraph(&texts.get(paragraph), sizes.body, Weight::Regular)?;
        }
    }
    flow.gap(sizes.body);
    flow.paragraph(&texts.get("notice-leaflet-dates-heading"), sizes.body * 1.3, Weight::Bold)?;
    flow.paragraph(&texts.get("notice-leaflet-dates"), sizes.body, Weight::Regular)?;
    flow.gap(sizes.body);
    flow.paragraph(&texts.get("notice-leaflet-formats"), sizes.body, Weight::Regular)?;
    flow.gap(sizes.body);
    flow.paragraph(&texts.get("notice-contact"), sizes.body, Weight::Bold)?;
    draft_note(flow, texts, sizes)
}

fn briefing(flow: &mut Flow, texts: &Texts, sizes: Sizes) -> Result<(), FontError> {
    flow.paragraph(&texts.get("notice-briefing-heading"), sizes.heading, Weight::Bold)?;
    for id in [
        "notice-briefing-dates",
        "notice-briefing-types",
        "notice-briefing-scr",
        "notice-briefing-script",
        "notice-briefing-forms",
        "notice-briefing-questions",
    ] {
        flow.gap(sizes.body * 0.8);
        flow.paragraph(&texts.get(id), sizes.body, Weight::Regular)?;
    }
    flow.gap(sizes.body);
    flow.paragraph(&texts.get("notice-contact"), sizes.body, Weight::Bold)?;
    draft_note(flow, texts, sizes)
}

/// The objection form: the patient and up to four other people (children, or adults the signer may act for),
/// each with a Type 1 and a Type 2 box.
/// `names` fills in the names of the people a letter is for; dates of birth and NHS numbers are left for the
/// patient to write, so a letter that goes astray says no more than the envelope did.
/// Where a person's name goes on the form: the form's page (from its first) and the top of the writing space.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NameSlot {
    pub page: usize,
    pub top: f32,
}

pub(crate) fn objection_form(
    flow: &mut Flow,
    texts: &Texts,
    sizes: Sizes,
    names: &[String],
) -> Result<Vec<NameSlot>, FontError> {
    let first_page = flow.page_index;
    let mut slots = Vec::new();
    flow.paragraph(&texts.get("notice-form-heading"), sizes.heading, Weight::Bold)?;
    flow.gap(sizes.body * 0.4);
    flow.paragraph(&texts.get("notice-form-intro-each-type"), sizes.body, Weight::Regular)?;
    let type1 = texts.get("notice-form-type1-identifiable");
    let type2 = texts.get("notice-form-type2");
    for person in 0..5 {
        let label = if person == 0 {
            texts.get("notice-form-person")
        } else {
            let mut args = FluentArgs::new();
            args.set("number", person);
            texts.localizer.format("notice-form-other-person", Some(&args))
        };
        // Keep a person's block on one page.
        flow.keep(sizes.body * 14.0);
        flow.gap(sizes.body * 0.8);
        flow.paragraph(&label, sizes.body * 1.15, Weight::Bold)?;
        let name = names.get(person).cloned().unwrap_or_default();
        let top = field(flow, &texts.get("notice-form-name"), &name, sizes)?;
        slots.push(NameSlot { page: flow.page_index - first_page, top });
        field(flow, &texts.get("notice-form-dob"), "", sizes)?;
        field(flow, &texts.get("notice-form-nhs"), "", sizes)?;
        if person == 0 {
            field(flow, &texts.get("notice-form-address"), "", sizes)?;
        }
        checkbox(flow, &type1, sizes)?;
        checkbox(flow, &type2, sizes)?;
    }
    signing(flow, texts, sizes, "notice-form-office")?;
    Ok(slots)
}

/// The withdrawal form: one person taking back a Type 1 or Type 2 objection (or both) made before.
fn withdrawal_form(flow: &mut Flow, texts: &Texts, sizes: Sizes) -> Result<(), FontError> {
    flow.paragraph(&texts.get("notice-withdrawal-heading"), sizes.heading, Weight::Bold)?;
    flow.gap(sizes.body * 0.4);
    flow.paragraph(&texts.get("notice-withdrawal-intro"), sizes.body, Weight::Regular)?;
    flow.gap(sizes.body * 0.8);
    for id in ["notice-form-name", "notice-form-dob", "notice-form-nhs", "notice-form-address"] {
        field(flow, &texts.get(id), "", sizes)?;
    }
    checkbox(flow, &texts.get("notice-withdrawal-type1"), sizes)?;
    checkbox(flow, &texts.get("notice-withdrawal-type2"), sizes)?;
    signing(flow, texts, sizes, "notice-withdrawal-office")
}

/// How a form ends: the signature and date, who may sign for whom, where to return it, and the box the practice
/// fills in (`office`), kept together on one page.
fn signing(flow: &mut Flow, texts: &Texts, sizes: Sizes, office: &str) -> Result<(), FontError> {
    flow.keep(sizes.body * 12.0);
    flow.gap(sizes.body);
    field(flow, &texts.get("notice-form-signature"), "", sizes)?;
    field(flow, &texts.get("notice-form-date"), "", sizes)?;
    flow.paragraph(&texts.get("notice-form-on-behalf-authority"), sizes.body, Weight::Regular)?;
    flow.gap(sizes.body * 1.6);
    let (left, width, top) = (flow.left, flow.width, flow.top);
    flow.canvas().0.rule(left, top, width);
    flow.gap(sizes.body);
    flow.paragraph(&texts.get("notice-form-return"), sizes.body, Weight::Regular)?;
    flow.gap(sizes.body * 0.5);
    flow.paragraph(&texts.get(office), sizes.small, Weight::Regular)?;
    draft_note(flow, texts, sizes)
}

/// A labelled line to write on, with `value` written in when it is known; gives the top of the writing space.
fn field(flow: &mut Flow, label: &str, value: &str, sizes: Sizes) -> Result<f32, FontError> {
    flow.paragraph(label, sizes.small.max(sizes.body * 0.85), Weight::Regular)?;
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

/// A box to tick, with its label beside it (on the right of it, or on its left in a right-to-left language).
fn checkbox(flow: &mut Flow, label: &str, sizes: Sizes) -> Result<(), FontError> {
    let side = sizes.body * 1.1;
    let gap = sizes.body * 0.6;
    let (left, width, rtl) = (flow.left, flow.width, flow.rtl);
    flow.width = width - side - gap;
    if !rtl {
        flow.left = left + side + gap;
    }
    let lines = flow.set(label, sizes.body, Weight::Regular);
    let result = lines.map(|lines| {
        // The box goes with its label: both on this page or both on the next.
        flow.keep(lines.len() as f32 * sizes.body * 1.35);
        let box_x = if rtl { left + width - side } else { left };
        let top = flow.top;
        flow.canvas().0.rect(box_x, top + sizes.body * 0.2, side, side, None);
        flow.lines(&lines, sizes.body);
    });
    flow.left = left;
    flow.width = width;
    flow.gap(sizes.body * 0.3);
    result
}
