//! Pages as PDF through printpdf: glyphs placed by id in the faces the text was shaped with, each line (or each
//! cluster of right-to-left text) wrapped in a marked-content span whose ActualText is its text, so copying and
//! screen readers get the words back, not glyph ids. Glyph ids are renumbered as they are drawn and each font is
//! subset to the glyphs used (with `subsetter`) when the file is written.

use std::collections::{BTreeMap, HashMap};

use printpdf::{
    Color, DictItem, FontId, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem, TextMatrix,
};
use subsetter::GlyphRemapper;

use crate::text::{FontBook, Line};

pub const MM: f32 = 72.0 / 25.4;

/// A sheet size in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paper {
    pub width_mm: f32,
    pub height_mm: f32,
}

pub const A4: Paper = Paper { width_mm: 210.0, height_mm: 297.0 };
pub const A3: Paper = Paper { width_mm: 297.0, height_mm: 420.0 };

/// A font as used so far: its resource id, and the new number of each glyph drawn.
struct UsedFont {
    id: FontId,
    data: &'static [u8],
    index: u32,
    glyphs: GlyphRemapper,
}

#[derive(Debug, thiserror::Error)]
#[error("the font {file} could not be subset: {reason}")]
pub struct PdfError {
    file: &'static str,
    reason: String,
}

/// A document being written.
pub struct Pdf {
    doc: PdfDocument,
    fonts: HashMap<&'static str, UsedFont>,
    pages: Vec<PdfPage>,
}

impl Pdf {
    pub fn new(title: &str) -> Self {
        Self { doc: PdfDocument::new(title), fonts: HashMap::new(), pages: Vec::new() }
    }

    /// The resource id of a face, and its renumbering of glyphs.
    fn font(&mut self, book: &FontBook, face: usize) -> (&FontId, &mut GlyphRemapper) {
        let face = book.face(face);
        let used = self.fonts.entry(face.file).or_insert_with(|| UsedFont {
            id: FontId::new(),
            data: face.data,
            index: face.index,
            glyphs: GlyphRemapper::new(),
        });
        (&used.id, &mut used.glyphs)
    }

    pub fn push(&mut self, page: Canvas) {
        self.pages.push(PdfPage::new(Mm(page.paper.width_mm), Mm(page.paper.height_mm), page.ops));
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// The file's bytes, with every font subset to the glyphs used.
    pub fn finish(mut self) -> Result<Vec<u8>, PdfError> {
        for (file, used) in std::mem::take(&mut self.fonts) {
            let bytes = subsetter::subset(used.data, used.index, &used.glyphs)
                .map_err(|error| PdfError { file, reason: format!("{error:?}") })?;
            let mut parsed = ParsedFont::from_bytes(&bytes, 0, &mut Vec::new())
                .ok_or_else(|| PdfError { file, reason: "the subset does not parse".into() })?;
            parsed.font_name = Some(format!("{}+{}", subset_tag(&bytes), file.split('.').next().unwrap_or(file)));
            self.doc.resources.fonts.map.insert(used.id, PdfFont::new(parsed));
        }
        let pages = std::mem::take(&mut self.pages);
        // The fonts are subset already; printpdf embeds them as they are.
        let options = PdfSaveOptions { subset_fonts: false, ..PdfSaveOptions::default() };
        Ok(self.doc.with_pages(pages).save(&options, &mut Vec::new()))
    }
}

/// The six capital letters that mark a subset font's name (ISO 32000-1, 9.6.4), from the subset's bytes so that
/// the same subset gets the same tag.
fn subset_tag(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
    }
    (0..6).map(|i| char::from(b'A' + ((hash >> (i * 8)) % 26) as u8)).collect()
}

/// One page's drawing, in points with y measured down from the top edge, as a page is read.
pub struct Canvas {
    paper: Paper,
    ops: Vec<Op>,
}

fn actual_text(text: &str) -> DictItem {
    let mut data = vec![0xFE, 0xFF];
    data.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let mut map = BTreeMap::new();
    map.insert("ActualText".to_owned(), DictItem::String { data, literal: false });
    DictItem::Dict { map }
}

impl Canvas {
    pub fn new(paper: Paper) -> Self {
        Self { paper, ops: Vec::new() }
    }

    pub fn width(&self) -> f32 {
        self.paper.width_mm * MM
    }

    pub fn height(&self) -> f32 {
        self.paper.height_mm * MM
    }

    /// Draws a line of text with its left edge at `x` and its baseline `baseline` below the top edge.
    pub fn text(&mut self, pdf: &mut Pdf, book: &FontBook, line: &Line, x: f32, baseline: f32, size: f32) {
        if line.glyphs.is_empty() {
            return;
        }
        let y = self.height() - baseline;
        for (range, text) in &line.spans {
            self.ops.push(Op::BeginMarkedContentWithProperties { tag: "Span".into(), properties: actual_text(text) });
            self.ops.push(Op::StartTextSection);
            let glyphs = &line.glyphs[range.clone()];
            let mut start = 0;
            // One positioned show per stretch on one baseline in one face: the viewer advances by each glyph's
            // own width, and a kern after a glyph moves the pen to where shaping put the next one.
            while start < glyphs.len() {
                let first = glyphs[start];
                let face = book.face(first.face);
                let scale = size / face.units_per_em;
                let (font, renumber) = pdf.font(book, first.face);
                self.ops.push(Op::SetFont { font: PdfFontHandle::External(font.clone()), size: Pt(size) });
                self.ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(x + first.x), Pt(y + first.y)) });
                let mut shown: Vec<printpdf::Codepoint> = Vec::new();
                let mut pen = first.x;
                let mut end = start;
                while end < glyphs.len() && glyphs[end].face == first.face && glyphs[end].y == first.y {
                    let glyph = glyphs[end];
                    if let Some(previous) = shown.last_mut() {
                        previous.offset = (pen - glyph.x) * 1000.0 / size;
                    }
                    shown.push(printpdf::Codepoint::new(renumber.remap(glyph.id), 0.0));
                    let advance = face.shaper.glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(glyph.id)).unwrap_or(0);
                    pen = glyph.x + f32::from(advance) * scale;
                    end += 1;
                }
                self.ops.push(Op::ShowText { items: vec![TextItem::GlyphIds(shown)] });
                start = end;
            }
            self.ops.push(Op::EndTextSection);
            self.ops.push(Op::EndMarkedContentWithProperties);
        }
    }

    /// A rectangle whose top-left corner is `top` below the top edge: outlined, or filled in a grey (0 black, 1
    /// white).
    pub fn rect(&mut self, x: f32, top: f32, width: f32, height: f32, fill: Option<f32>) {
        let y = self.height() - top - height;
        let mut rect = Rect::from_xywh(Pt(x), Pt(y), Pt(width), Pt(height));
        match fill {
            Some(grey) => {
                self.ops.push(Op::SetFillColor { col: Color::Rgb(Rgb::new(grey, grey, grey, None)) });
                rect.mode = Some(PaintMode::Fill);
            }
            None => {
                self.ops.push(Op::SetOutlineColor { col: Color::Rgb(Rgb::new(0.0, 0.0, 0.0, None)) });
                self.ops.push(Op::SetOutlineThickness { pt: Pt(0.8) });
                rect.mode = Some(PaintMode::Stroke);
            }
        }
        self.ops.push(Op::DrawRectangle { rectangle: rect });
        if fill.is_some() {
            self.ops.push(Op::SetFillColor { col: Color::Rgb(Rgb::new(0.0, 0.0, 0.0, None)) });
        }
    }

    /// A horizontal rule, `top` below the top edge.
    pub fn rule(&mut self, x: f32, top: f32, width: f32) {
        let y = self.height() - top;
        self.ops.push(Op::SetOutlineColor { col: Color::Rgb(Rgb::new(0.0, 0.0, 0.0, None)) });
        self.ops.push(Op::SetOutlineThickness { pt: Pt(0.6) });
        self.ops.push(Op::DrawLine {
            line: printpdf::Line {
                points: vec![
                    printpdf::LinePoint { p: Point { x: Pt(x), y: Pt(y) }, bezier: false },
                    printpdf::LinePoint { p: Point { x: Pt(x + width), y: Pt(y) }, bezier: false },
                ],
                is_closed: false,
            },
        });
    }
}
