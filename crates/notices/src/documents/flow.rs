//! Text flowing down pages: paragraphs set in the column, a new page when the column is full, right-to-left
//! paragraphs set against the right edge.

use crate::pdf::{Canvas, Paper, Pdf};
use crate::text::{FontBook, FontError, Line, Style, Weight, lay_out};

/// How far English beside a translation is set in from the column's edge, and the width of the bar that marks it.
const ENGLISH_INDENT: f32 = 8.0;
const ENGLISH_BAR: f32 = 2.0;

pub struct Flow<'a> {
    pub pdf: &'a mut Pdf,
    pub book: &'a mut FontBook,
    paper: Paper,
    page: Canvas,
    pub left: f32,
    pub width: f32,
    /// Where the next line's top is, from the page's top edge.
    pub top: f32,
    margin: f32,
    pub rtl: bool,
    /// Pages begun before the current one.
    pub page_index: usize,
    /// For a template: the finished pages, kept instead of added to the document.
    kept: Option<Vec<Canvas>>,
}

impl<'a> Flow<'a> {
    pub fn new(pdf: &'a mut Pdf, book: &'a mut FontBook, paper: Paper, margin: f32, rtl: bool) -> Self {
        let page = Canvas::new(paper);
        let width = page.width() - 2.0 * margin;
        Self { pdf, book, paper, page, left: margin, width, top: margin, margin, rtl, page_index: 0, kept: None }
    }

    /// A flow whose pages are kept to be made into forms (drawing shared by many pages) instead of added.
    pub fn template(pdf: &'a mut Pdf, book: &'a mut FontBook, paper: Paper, margin: f32, rtl: bool) -> Self {
        Self { kept: Some(Vec::new()), ..Self::new(pdf, book, paper, margin, rtl) }
    }

    /// Ends a template flow, giving its pages.
    pub fn finish_template(mut self) -> Vec<Canvas> {
        let mut kept = self.kept.take().expect("a template flow");
        kept.push(self.page);
        kept
    }

    pub fn canvas(&mut self) -> (&mut Canvas, &mut Pdf, &FontBook) {
        (&mut self.page, self.pdf, self.book)
    }

    /// Starts a new page, keeping the one so far.
    pub fn new_page(&mut self) {
        let full = std::mem::replace(&mut self.page, Canvas::new(self.paper));
        match self.kept.as_mut() {
            Some(kept) => kept.push(full),
            None => self.pdf.push(full),
        }
        self.top = self.margin;
        self.page_index += 1;
    }

    /// Ends the flow, keeping its last page.
    pub fn finish(self) {
        self.pdf.push(self.page);
    }

    pub fn gap(&mut self, points: f32) {
        self.top += points;
    }

    /// Sets `text` in the column and draws it.
    pub fn paragraph(&mut self, text: &str, size: f32, weight: Weight) -> Result<(), FontError> {
        self.paragraph_in(text, size, weight, self.rtl)
    }

    /// Sets `text` in the column in a direction of its own (a message a translation lacks is English, and reads left
    /// to right in a right-to-left document), and draws it.
    pub fn paragraph_in(&mut self, text: &str, size: f32, weight: Weight, rtl: bool) -> Result<(), FontError> {
        let lines = lay_out(self.book, text, Style { size, weight }, self.width, rtl)?;
        self.lines(&lines, size);
        Ok(())
    }

    /// Sets `text` in the column without drawing it.
    pub fn set(&mut self, text: &str, size: f32, weight: Weight) -> Result<Vec<Line>, FontError> {
        lay_out(self.book, text, Style { size, weight }, self.width, self.rtl)
    }

    /// Sets and draws the English beside a translation: left to right whatever the document's direction, indented
    /// behind a thin grey bar, so a reader sees at a glance which text is the English.
    pub fn english(&mut self, text: &str, size: f32, weight: Weight) -> Result<(), FontError> {
        let lines = self.set_english(text, size, weight)?;
        self.english_lines(&lines, size);
        Ok(())
    }

    /// Sets English for [`Flow::english_lines`]: left to right, in the column less the indent.
    pub fn set_english(&mut self, text: &str, size: f32, weight: Weight) -> Result<Vec<Line>, FontError> {
        lay_out(self.book, text, Style { size, weight }, self.width - ENGLISH_INDENT, false)
    }

    /// Draws English lines set by [`Flow::set_english`], as [`Flow::english`] does.
    pub fn english_lines(&mut self, lines: &[Line], size: f32) {
        let leading = size * 1.35;
        for line in lines {
            if self.top + leading > self.page.height() - self.margin {
                self.new_page();
            }
            self.page.rect(self.left, self.top + size * 0.1, ENGLISH_BAR, leading, Some(0.45));
            self.page.text(self.pdf, self.book, line, self.left + ENGLISH_INDENT, self.top + size, size);
            self.top += leading;
        }
    }

    /// Starts a new page unless `height` points fit on this one.
    pub fn keep(&mut self, height: f32) {
        if self.room() < height {
            self.new_page();
        }
    }

    /// Draws lines already set (the same paragraph on every letter is set once).
    pub fn lines(&mut self, lines: &[Line], size: f32) {
        let leading = size * 1.35;
        for line in lines {
            if self.top + leading > self.page.height() - self.margin {
                self.new_page();
            }
            let x = if line.rtl { self.left + self.width - line.width } else { self.left };
            self.page.text(self.pdf, self.book, line, x, self.top + size, size);
            self.top += leading;
        }
    }

    /// The room left on this page, in points.
    pub fn room(&self) -> f32 {
        self.page.height() - self.margin - self.top
    }
}
