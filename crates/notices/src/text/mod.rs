//! Text set for print: each paragraph itemised by font (with fallback), by bidi level, shaped with rustybuzz,
//! broken into lines at the opportunities Unicode allows, and put in visual order. The result is glyph ids at
//! positions, plus the logical text of each line for the PDF's ActualText.

pub mod fonts;

use rustybuzz::{Direction, UnicodeBuffer};
use unicode_bidi::{BidiInfo, Level};
use unicode_linebreak::{BreakOpportunity, linebreaks};

pub use fonts::{FontBook, FontError, Weight};

/// How a paragraph is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// Points.
    pub size: f32,
    pub weight: Weight,
}

/// One glyph of a line: `x` from the line's left edge and `y` up from its baseline, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Glyph {
    pub face: usize,
    pub id: u16,
    pub x: f32,
    pub y: f32,
}

/// A line ready to place: glyphs in visual order, its width, and its text in logical order.
///
/// `spans` say which text each stretch of glyphs stands for, in visual order: one span for the whole line when it
/// runs left to right; one per cluster when it holds right-to-left text, because PDF readers take text in visual
/// order and restore the logical order themselves.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub glyphs: Vec<Glyph>,
    pub spans: Vec<(std::ops::Range<usize>, String)>,
    pub width: f32,
    pub text: String,
    pub rtl: bool,
    /// The shaped runs the glyphs came from, in visual order.
    pub runs: Vec<LineRun>,
}

/// One shaped run of a line: text in one face and one direction, shaped as a unit. Documents need only the
/// glyphs; this says how they were made, so that a test can shape the same text with HarfBuzz and compare.
#[derive(Debug, Clone, PartialEq)]
pub struct LineRun {
    /// The run's glyphs in `Line::glyphs`.
    pub glyphs: std::ops::Range<usize>,
    /// The text shaped, as a byte range of `Line::text`.
    pub text: std::ops::Range<usize>,
    /// The face shaped with, in the line's `FontBook`.
    pub face: usize,
    /// Shaped right to left (its bidi level is odd).
    pub rtl: bool,
}

/// A shaped stretch of text in one face and one direction.
#[derive(Debug, Clone)]
struct Run {
    /// Byte range of the paragraph.
    range: std::ops::Range<usize>,
    level: Level,
    face: usize,
    /// (glyph id, advance, x offset, y offset) in points, in the run's visual order.
    glyphs: Vec<(u16, f32, f32, f32)>,
    /// For each glyph, the text of its cluster, shared by the cluster's glyphs.
    clusters: Vec<std::sync::Arc<str>>,
    width: f32,
    blank: bool,
}

/// What may end a line, with its runs.
struct Segment {
    start: usize,
    end: usize,
    runs: Vec<Run>,
    mandatory_after: bool,
}

impl Segment {
    fn width(&self) -> f32 {
        self.runs.iter().map(|r| r.width).sum()
    }

    /// The width without trailing spaces, which hang in the margin at a line's end.
    fn ink_width(&self) -> f32 {
        let trailing: f32 = self.runs.iter().rev().take_while(|r| r.blank).map(|r| r.width).sum();
        self.width() - trailing
    }
}

fn shape_run(
    book: &FontBook,
    paragraph: &str,
    range: std::ops::Range<usize>,
    face: usize,
    level: Level,
    size: f32,
) -> Run {
    let text = &paragraph[range.clone()];
    let font = book.face(face);
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(if level.is_rtl() { Direction::RightToLeft } else { Direction::LeftToRight });
    // The language picks a font's forms for it (its `locl` lookups): without it, Noto Sans CJK SC sets the digits
    // of Chinese text (9 and 4 in the form's codes, say) with other glyphs than HarfBuzz gives Chinese.
    if let Some(language) = book.language() {
        buffer.set_language(language.clone());
    }
    buffer.guess_segment_properties();
    let shaped = rustybuzz::shape(&font.shaper, &[], buffer);
    let scale = size / font.units_per_em;
    let glyphs: Vec<(u16, f32, f32, f32)> = shaped
        .glyph_infos()
        .iter()
        .zip(shaped.glyph_positions())
        .map(|(info, pos)| {
            (
                info.glyph_id as u16,
                pos.x_advance as f32 * scale,
                pos.x_offset as f32 * scale,
                pos.y_offset as f32 * scale,
            )
        })
        .collect();
    let width = glyphs.iter().map(|g| g.1).sum();
    let mut starts: Vec<usize> = shaped.glyph_infos().iter().map(|info| info.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let mut texts = std::collections::HashMap::new();
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        texts.insert(start, std::sync::Arc::<str>::from(&text[start..end]));
    }
    let clusters = shaped.glyph_infos().iter().map(|info| texts[&(info.cluster as usize)].clone()).collect();
    Run { range, level, face, glyphs, clusters, width, blank: text.chars().all(char::is_whitespace) }
}

/// Sets a paragraph in lines no wider than `max_width` points. A right-to-left language starts its paragraphs
/// right to left; a paragraph's own first strong character does not override that.
pub fn lay_out(
    book: &mut FontBook,
    text: &str,
    style: Style,
    max_width: f32,
    rtl: bool,
) -> Result<Vec<Line>, FontError> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        lay_out_paragraph(book, paragraph, style, max_width, rtl, &mut lines)?;
    }
    Ok(lines)
}

fn lay_out_paragraph(
    book: &mut FontBook,
    text: &str,
    style: Style,
    max_width: f32,
    rtl: bool,
    lines: &mut Vec<Line>,
) -> Result<(), FontError> {
    if text.trim().is_empty() {
        let empty =
            Line { glyphs: Vec::new(), spans: Vec::new(), width: 0.0, text: String::new(), rtl, runs: Vec::new() };
        lines.push(empty);
        return Ok(());
    }
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let bidi = BidiInfo::new(text, Some(base));
    let faces = assign_faces(book, text, style.weight)?;
    let mut segments = Vec::new();
    let mut start = 0;
    for (end, opportunity) in linebreaks(text) {
        if end == start {
            continue;
        }
        let runs = split_runs(text, start, end, &bidi.levels, &faces)
            .into_iter()
            .map(|(a, b, level, face)| shape_run(book, text, a..b, face, level, style.size))
            .collect();
        segments.push(Segment { start, end, runs, mandatory_after: opportunity == BreakOpportunity::Mandatory });
        start = end;
    }

    let mut line: Vec<&Segment> = Vec::new();
    let mut width = 0.0;
    for segment in &segments {
        if !line.is_empty() && width + segment.ink_width() > max_width {
            lines.push(finish_line(text, &line, base));
            line.clear();
            width = 0.0;
        }
        width += segment.width();
        line.push(segment);
        if segment.mandatory_after && segment.end < text.len() {
            lines.push(finish_line(text, &line, base));
            line.clear();
            width = 0.0;
        }
    }
    if !line.is_empty() {
        lines.push(finish_line(text, &line, base));
    }
    Ok(())
}

/// The face for each character: the first in the chain with its glyph. A space or punctuation mark keeps the
/// face of the text before it when that face has it, so a run is not cut at every space.
fn assign_faces(book: &mut FontBook, text: &str, weight: Weight) -> Result<Vec<usize>, FontError> {
    let mut faces = vec![0; text.len()];
    let mut previous: Option<usize> = None;
    for (index, c) in text.char_indices() {
        let neutral = c.is_whitespace() || c.is_ascii_punctuation() || c.is_ascii_digit();
        let face = match previous {
            Some(face) if neutral && book.face(face).shaper.glyph_index(c).is_some() => face,
            _ if c.is_whitespace() => match previous {
                Some(face) => face,
                None => book.primary(weight)?,
            },
            _ => book.face_for(c, weight)?,
        };
        faces[index..index + c.len_utf8()].fill(face);
        previous = Some(face);
    }
    Ok(faces)
}

/// Cuts `start..end` where the bidi level or the face changes, and before trailing spaces.
fn split_runs(
    text: &str,
    start: usize,
    end: usize,
    levels: &[Level],
    faces: &[usize],
) -> Vec<(usize, usize, Level, usize)> {
    let content_end = start + text[start..end].trim_end().len();
    let mut runs = Vec::new();
    let mut run_start = start;
    for (offset, c) in text[start..end].char_indices() {
        let index = start + offset;
        if index == run_start {
            continue;
        }
        if levels[index] != levels[run_start] || faces[index] != faces[run_start] || index == content_end {
            runs.push((run_start, index, levels[run_start], faces[run_start]));
            run_start = index;
        }
        let _ = c;
    }
    runs.push((run_start, end, levels[run_start], faces[run_start]));
    runs
}

/// Puts a line's runs in visual order (rule L2 of the bidi algorithm) and places their glyphs.
fn finish_line(text: &str, segments: &[&Segment], base: Level) -> Line {
    let mut runs: Vec<&Run> = segments.iter().flat_map(|s| s.runs.iter()).collect();
    while runs.last().is_some_and(|r| r.blank) {
        runs.pop();
    }
    let highest = runs.iter().map(|r| r.level.number()).max().unwrap_or(0);
    let lowest_odd = runs.iter().map(|r| r.level.number()).filter(|n| n % 2 == 1).min().unwrap_or(highest + 1);
    for level in (lowest_odd..=highest).rev() {
        let mut i = 0;
        while i < runs.len() {
            if runs[i].level.number() >= level {
                let from = i;
                while i < runs.len() && runs[i].level.number() >= level {
                    i += 1;
                }
                runs[from..i].reverse();
            } else {
                i += 1;
            }
        }
    }
    let mixed = runs.iter().any(|r| r.level.is_rtl());
    let mut glyphs = Vec::new();
    let mut spans: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut x = 0.0;
    let mut line_runs = Vec::with_capacity(runs.len());
    let first = segments[0].start;
    for (run_index, run) in runs.iter().enumerate() {
        line_runs.push(LineRun {
            glyphs: glyphs.len()..glyphs.len() + run.glyphs.len(),
            text: run.range.start - first..run.range.end - first,
            face: run.face,
            rtl: run.level.is_rtl(),
        });
        for (i, &(id, advance, x_offset, y_offset)) in run.glyphs.iter().enumerate() {
            if mixed {
                let same = i > 0 && std::sync::Arc::ptr_eq(&run.clusters[i], &run.clusters[i - 1]);
                match spans.last_mut() {
                    Some(span) if same => span.0.end += 1,
                    _ => spans.push((glyphs.len()..glyphs.len() + 1, run.clusters[i].to_string())),
                }
            }
            glyphs.push(Glyph { face: run.face, id, x: x + x_offset, y: y_offset });
            x += advance;
        }
        let _ = run_index;
    }
    let last = segments[segments.len() - 1].end;
    let text = text[first..last].trim_end().to_owned();
    if !mixed {
        spans.push((0..glyphs.len(), text.clone()));
    }
    Line { glyphs, spans, width: x, text, rtl: base.is_rtl(), runs: line_runs }
}
