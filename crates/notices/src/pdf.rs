//! Pages as PDF, written with pdf-writer as they are made: each page's content is compressed and added to the
//! file the moment the page is done, so a run of thousands of letters holds the finished file's bytes and one
//! page at a time, not every page's drawing. Glyphs are placed by id in the faces the text was shaped with;
//! each line (or each cluster of right-to-left text) is a marked-content span whose ActualText is its text, so
//! copying and screen readers get the words back. Glyph ids are renumbered as they are drawn and each font is
//! subset to the glyphs used (with `subsetter`) when the file is finished.
//!
//! printpdf was tried first: it keeps every page's operations, then a second copy as PDF objects, until it
//! saves. 2,000 letters took 2.6 GB; see bench/RESULTS.md.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo};
use pdf_writer::{Content, Filter, Finish, Name, Rect, Ref, Str, TextStr};
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

#[derive(Debug, thiserror::Error)]
#[error("the font {file} could not be subset: {reason}")]
pub struct PdfError {
    file: &'static str,
    reason: String,
}

/// A font as used so far: the new number of each glyph drawn, and its width.
struct UsedFont {
    file: &'static str,
    data: &'static [u8],
    index: u32,
    type0: Ref,
    glyphs: GlyphRemapper,
    /// Width in thousandths of an em, by new glyph id.
    widths: BTreeMap<u16, f32>,
    ascent: f32,
    descent: f32,
    bbox: Rect,
}

/// A document being written.
pub struct Pdf {
    out: pdf_writer::Pdf,
    next: i32,
    tree: Ref,
    pages: Vec<Ref>,
    fonts: Vec<UsedFont>,
    by_file: HashMap<&'static str, usize>,
    forms: Vec<Ref>,
    title: String,
    /// Drawing placed on every page pushed from now on (a proof's mark).
    stamp: Option<Form>,
}

/// Drawing kept once in the file and placed on any number of pages: what every letter in a language shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Form(usize);

impl Pdf {
    pub fn new(title: &str) -> Self {
        let mut pdf = Self {
            out: pdf_writer::Pdf::new(),
            next: 1,
            tree: Ref::new(1),
            pages: Vec::new(),
            fonts: Vec::new(),
            by_file: HashMap::new(),
            forms: Vec::new(),
            title: title.to_owned(),
            stamp: None,
        };
        pdf.tree = pdf.reference();
        pdf
    }

    fn reference(&mut self) -> Ref {
        let reference = Ref::new(self.next);
        self.next += 1;
        reference
    }

    /// The resource number of a face, and the new id of one of its glyphs (numbered on first use).
    fn glyph(&mut self, book: &FontBook, face: usize, id: u16) -> (usize, u16) {
        let face = book.face(face);
        let font = match self.by_file.get(face.file) {
            Some(&font) => font,
            None => {
                let type0 = self.reference();
                let scale = 1000.0 / face.units_per_em;
                let shaper = &face.shaper;
                let rect = shaper.global_bounding_box();
                self.fonts.push(UsedFont {
                    file: face.file,
                    data: face.data,
                    index: face.index,
                    type0,
                    glyphs: GlyphRemapper::new(),
                    widths: BTreeMap::new(),
                    ascent: f32::from(shaper.ascender()) * scale,
                    descent: f32::from(shaper.descender()) * scale,
                    bbox: Rect::new(
                        f32::from(rect.x_min) * scale,
                        f32::from(rect.y_min) * scale,
                        f32::from(rect.x_max) * scale,
                        f32::from(rect.y_max) * scale,
                    ),
                });
                self.by_file.insert(face.file, self.fonts.len() - 1);
                self.fonts.len() - 1
            }
        };
        let used = &mut self.fonts[font];
        let new = used.glyphs.remap(id);
        used.widths.entry(new).or_insert_with(|| {
            let advance = face.shaper.glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(id)).unwrap_or(0);
            f32::from(advance) * 1000.0 / face.units_per_em
        });
        (font, new)
    }

    /// Places `form` on every page pushed from now on: a proof's mark on each of its pages.
    pub fn stamp(&mut self, form: Form) {
        self.stamp = Some(form);
    }

    /// Writes a finished page into the file.
    pub fn push(&mut self, mut page: Canvas) {
        if let Some(stamp) = self.stamp {
            page.place(stamp, 0.0);
        }
        let (page_ref, content_ref) = (self.reference(), self.reference());
        let raw = page.content.finish();
        let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&raw, 6);
        self.out.stream(content_ref, &compressed).filter(Filter::FlateDecode);
        let mut writer = self.out.page(page_ref);
        writer.parent(self.tree).media_box(Rect::new(0.0, 0.0, page.paper.width_mm * MM, page.paper.height_mm * MM));
        writer.contents(content_ref);
        let mut resources = writer.resources();
        let mut fonts = resources.fonts();
        for font in &page.fonts {
            fonts.pair(Name(format!("F{font}").as_bytes()), self.fonts[*font].type0);
        }
        fonts.finish();
        let mut forms = resources.x_objects();
        for form in &page.forms {
            forms.pair(Name(format!("X{form}").as_bytes()), self.forms[*form]);
        }
        forms.finish();
        resources.finish();
        writer.finish();
        self.pages.push(page_ref);
    }

    /// Writes a canvas into the file as a form to place on pages (with `Canvas::place`).
    pub fn form(&mut self, drawing: Canvas) -> Form {
        let reference = self.reference();
        let raw = drawing.content.finish();
        let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&raw, 6);
        let mut form = self.out.form_xobject(reference, &compressed);
        form.filter(Filter::FlateDecode);
        form.bbox(Rect::new(0.0, 0.0, drawing.paper.width_mm * MM, drawing.paper.height_mm * MM));
        let mut resources = form.resources();
        let mut fonts = resources.fonts();
        for font in &drawing.fonts {
            fonts.pair(Name(format!("F{font}").as_bytes()), self.fonts[*font].type0);
        }
        fonts.finish();
        resources.finish();
        form.finish();
        self.forms.push(reference);
        Form(self.forms.len() - 1)
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// The file's bytes, with every font subset to the glyphs used.
    pub fn finish(mut self) -> Result<Vec<u8>, PdfError> {
        for font in std::mem::take(&mut self.fonts) {
            self.write_font(&font)?;
        }
        let catalog = self.reference();
        let info = self.reference();
        self.out.catalog(catalog).pages(self.tree);
        let count = self.pages.len() as i32;
        self.out.pages(self.tree).kids(self.pages.iter().copied()).count(count);
        self.out.document_info(info).title(TextStr(&self.title)).producer(TextStr("Pathfinder"));
        Ok(self.out.finish())
    }

    fn write_font(&mut self, font: &UsedFont) -> Result<(), PdfError> {
        let file = font.file;
        let bytes = subsetter::subset(font.data, font.index, &font.glyphs)
            .map_err(|error| PdfError { file, reason: format!("{error:?}") })?;
        let cff = bytes.starts_with(b"OTTO");
        let name = format!("{}+{}", subset_tag(&bytes), file.split('.').next().unwrap_or(file));
        let (cid, descriptor, program, to_unicode) =
            (self.reference(), self.reference(), self.reference(), self.reference());

        let mut type0 = self.out.type0_font(font.type0);
        type0.base_font(Name(name.as_bytes())).encoding_predefined(Name(b"Identity-H")).descendant_font(cid);
        type0.to_unicode(to_unicode);
        type0.finish();
        let cmap = unicode_cmap(font);
        self.out.cmap(to_unicode, &cmap);

        let mut cid_font = self.out.cid_font(cid);
        cid_font
            .subtype(if cff { CidFontType::Type0 } else { CidFontType::Type2 })
            .base_font(Name(name.as_bytes()))
            .system_info(SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"Identity"), supplement: 0 })
            .font_descriptor(descriptor)
            .default_width(0.0);
        if !cff {
            cid_font.cid_to_gid_map_predefined(Name(b"Identity"));
        }
        let mut widths = cid_font.widths();
        for (&glyph, &width) in &font.widths {
            widths.consecutive(glyph, [width]);
        }
        widths.finish();
        cid_font.finish();

        let mut descriptor_writer = self.out.font_descriptor(descriptor);
        descriptor_writer
            .name(Name(name.as_bytes()))
            .flags(FontFlags::SYMBOLIC)
            .bbox(font.bbox)
            .italic_angle(0.0)
            .ascent(font.ascent)
            .descent(font.descent)
            .cap_height(font.ascent)
            .stem_v(80.0);
        if cff {
            descriptor_writer.font_file3(program);
        } else {
            descriptor_writer.font_file2(program);
        }
        descriptor_writer.finish();

        let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&bytes, 6);
        let mut stream = self.out.stream(program, &compressed);
        stream.filter(Filter::FlateDecode);
        if cff {
            stream.pair(Name(b"Subtype"), Name(b"OpenType"));
        } else {
            stream.pair(Name(b"Length1"), bytes.len() as i32);
        }
        stream.finish();
        Ok(())
    }
}

/// The characters of the glyphs that stand for one character in the font's own cmap: enough for a reader
/// without ActualText to copy most text. Shaped forms with no character of their own are left to ActualText.
fn unicode_cmap(font: &UsedFont) -> Vec<u8> {
    let info = SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"UCS"), supplement: 0 };
    let mut cmap = pdf_writer::types::UnicodeCmap::new(Name(b"Pathfinder-UCS"), info);
    let old: Vec<u16> = font.glyphs.remapped_gids().collect();
    let wanted: HashMap<u16, u16> = old.iter().enumerate().map(|(new, &old)| (old, new as u16)).collect();
    let mut found: BTreeMap<u16, char> = BTreeMap::new();
    if let Ok(face) = rustybuzz::ttf_parser::Face::parse(font.data, font.index)
        && let Some(table) = face.tables().cmap
    {
        for subtable in table.subtables.into_iter().filter(|s| s.is_unicode()) {
            subtable.codepoints(|code| {
                if let (Some(glyph), Some(c)) = (subtable.glyph_index(code), char::from_u32(code))
                    && let Some(&new) = wanted.get(&glyph.0)
                {
                    found.entry(new).or_insert(c);
                }
            });
        }
    }
    for (glyph, c) in found {
        cmap.pair(glyph, c);
    }
    cmap.finish().to_vec()
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
    content: Content,
    fonts: BTreeSet<usize>,
    forms: BTreeSet<usize>,
}

impl Canvas {
    pub fn new(paper: Paper) -> Self {
        Self { paper, content: Content::new(), fonts: BTreeSet::new(), forms: BTreeSet::new() }
    }

    /// Places a form, moved `down` points down the page from where it was drawn.
    pub fn place(&mut self, form: Form, down: f32) {
        self.forms.insert(form.0);
        self.content.save_state();
        self.content.transform([1.0, 0.0, 0.0, 1.0, 0.0, -down]);
        self.content.x_object(Name(format!("X{}", form.0).as_bytes()));
        self.content.restore_state();
    }

    pub fn width(&self) -> f32 {
        self.paper.width_mm * MM
    }

    pub fn height(&self) -> f32 {
        self.paper.height_mm * MM
    }

    /// Draws a line of text with its left edge at `x` and its baseline `baseline` below the top edge.
    pub fn text(&mut self, pdf: &mut Pdf, book: &FontBook, line: &Line, x: f32, baseline: f32, size: f32) {
        let y = self.height() - baseline;
        for (range, text) in &line.spans {
            self.content.begin_marked_content_with_properties(Name(b"Span")).properties().actual_text(TextStr(text));
            self.content.begin_text();
            let glyphs = &line.glyphs[range.clone()];
            let mut start = 0;
            // One positioned show per stretch on one baseline in one face: the viewer advances by each glyph's
            // width, and a kern after a glyph moves the pen to where shaping put the next one.
            while start < glyphs.len() {
                let first = glyphs[start];
                let scale = size / book.face(first.face).units_per_em;
                let mut shown: Vec<(u16, f32)> = Vec::new();
                let mut font = 0;
                let mut pen = first.x;
                let mut end = start;
                while end < glyphs.len() && glyphs[end].face == first.face && glyphs[end].y == first.y {
                    let glyph = glyphs[end];
                    if let Some(previous) = shown.last_mut() {
                        previous.1 = (pen - glyph.x) * 1000.0 / size;
                    }
                    let (used, id) = pdf.glyph(book, glyph.face, glyph.id);
                    font = used;
                    shown.push((id, 0.0));
                    let advance =
                        book.face(glyph.face).shaper.glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(glyph.id));
                    pen = glyph.x + f32::from(advance.unwrap_or(0)) * scale;
                    end += 1;
                }
                self.fonts.insert(font);
                self.content.set_font(Name(format!("F{font}").as_bytes()), size);
                self.content.set_text_matrix([1.0, 0.0, 0.0, 1.0, x + first.x, y + first.y]);
                let mut positioned = self.content.show_positioned();
                let mut items = positioned.items();
                for (id, kern) in shown {
                    items.show(Str(&id.to_be_bytes()));
                    if kern != 0.0 {
                        items.adjust(kern);
                    }
                }
                items.finish();
                positioned.finish();
                start = end;
            }
            self.content.end_text();
            self.content.end_marked_content();
        }
    }

    /// A rectangle whose top-left corner is `top` below the top edge: outlined, or filled in a grey (0 black, 1
    /// white).
    pub fn rect(&mut self, x: f32, top: f32, width: f32, height: f32, fill: Option<f32>) {
        let y = self.height() - top - height;
        match fill {
            Some(grey) => {
                self.content.set_fill_gray(grey).rect(x, y, width, height).fill_nonzero().set_fill_gray(0.0);
            }
            None => {
                self.content.set_stroke_gray(0.0).set_line_width(0.8).rect(x, y, width, height).stroke();
            }
        }
    }

    /// A horizontal rule, `top` below the top edge.
    pub fn rule(&mut self, x: f32, top: f32, width: f32) {
        let y = self.height() - top;
        self.content.set_stroke_gray(0.0).set_line_width(0.6).move_to(x, y).line_to(x + width, y).stroke();
    }
}
