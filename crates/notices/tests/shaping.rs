//! The shaping checked against HarfBuzz itself (`hb-shape`, Debian's libharfbuzz-bin). pdftotext reads each
//! line's ActualText, so no other test sees whether Arabic joins or Bengali reorders: here every notice message of
//! the languages not written in Latin is laid out with `lay_out` and the FontBook the documents use, and the glyph
//! ids and positions the PDF writer is given (`Line::glyphs`) must be those `hb-shape` gives for the same text,
//! font file and face.
//!
//! The reference is itemised as a shaper expects: each stretch of a line in one face, one direction and one script
//! is shaped whole, with its direction, script and the document's language given explicitly, and the stretches are
//! placed one after another in the line's visual order. The engine shapes word by word; that must not show. Text
//! is set at the size of the language's face's em, so positions compare in font units.
//!
//! This test found that the engine shaped without the language: Noto Sans CJK SC then gave the digits of Chinese
//! text other glyphs than HarfBuzz does for Chinese.

use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;
use std::process::Command;
use std::sync::{Mutex, OnceLock};

use pathfinder_notices::documents::{format_date, right_to_left};
use pathfinder_notices::text::{FontBook, Line, Style, Weight, fonts::search_folders, lay_out};

/// The languages written in a script other than Latin.
const LANGUAGES: [&str; 7] = ["ar", "ur", "pa-Arab", "bn", "pa", "gu", "zh-CN"];

/// One glyph as `hb-shape --output-format=json` prints it: id, cluster, offsets and advances in font units.
#[derive(Debug, Clone, Copy, PartialEq, serde::Deserialize)]
struct HbGlyph {
    g: u16,
    cl: u32,
    dx: i32,
    dy: i32,
    ax: i32,
    ay: i32,
}

/// A stretch of a line shaped as one unit by the reference: logically contiguous text in one face, one direction
/// and one script.
#[derive(Debug, Clone, PartialEq)]
struct Stretch {
    /// Its glyphs in `Line::glyphs`.
    glyphs: Range<usize>,
    /// Its text in `Line::text`.
    text: Range<usize>,
    face: usize,
    rtl: bool,
    /// ISO 15924; `None` when it holds only spaces, digits and punctuation.
    script: Option<&'static str>,
}

/// The script of the letters and digits the notices print, as Unicode's Scripts.txt has them; `None` for the
/// characters of every script (spaces, punctuation, ASCII digits, marks that inherit their base's).
fn script_of(c: char) -> Option<&'static str> {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F => Some("Latn"),
        0x0620..=0x063F | 0x0641..=0x064A | 0x0660..=0x0669 | 0x066E..=0x066F | 0x0671..=0x06D3 | 0x06D5 => {
            Some("Arab")
        }
        0x06EE..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08C9 => Some("Arab"),
        0x0980..=0x09FF => Some("Beng"),
        0x0A00..=0x0A7F => Some("Guru"),
        0x0A80..=0x0AFF => Some("Gujr"),
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Some("Hani"),
        _ => None,
    }
}

/// The script a shaper would take for `text`: that of its first character with one.
fn script_of_text(text: &str) -> Option<&'static str> {
    text.chars().find_map(script_of)
}

/// The engine's runs of a line joined into the stretches a shaper would be given: neighbours (in visual and in
/// logical order) in the same face and direction whose scripts agree, a run of spaces and punctuation taking the
/// script of the stretch it joins.
fn stretches(line: &Line) -> Vec<Stretch> {
    let mut stretches: Vec<Stretch> = Vec::new();
    for run in &line.runs {
        let script = script_of_text(&line.text[run.text.clone()]);
        if let Some(last) = stretches.last_mut() {
            let adjacent = if run.rtl { run.text.end == last.text.start } else { run.text.start == last.text.end };
            let scripts_agree = script.is_none() || last.script.is_none() || script == last.script;
            if adjacent && scripts_agree && run.face == last.face && run.rtl == last.rtl {
                last.glyphs.end = run.glyphs.end;
                last.text = last.text.start.min(run.text.start)..last.text.end.max(run.text.end);
                last.script = last.script.or(script);
                continue;
            }
        }
        stretches.push(Stretch {
            glyphs: run.glyphs.clone(),
            text: run.text.clone(),
            face: run.face,
            rtl: run.rtl,
            script,
        });
    }
    stretches
}

/// The file a face was read from, found as the FontBook finds it (the same folders, in order), and checked (once)
/// to be the very bytes it shaped with.
fn font_path(book: &FontBook, face: usize) -> PathBuf {
    static FOUND: OnceLock<Mutex<HashMap<&'static str, PathBuf>>> = OnceLock::new();
    let face = book.face(face);
    let mut found = FOUND.get_or_init(Default::default).lock().unwrap();
    found
        .entry(face.file)
        .or_insert_with(|| {
            let path = search_folders(&[], &[])
                .into_iter()
                .map(|folder| folder.join(face.file))
                .find(|path| path.is_file())
                .unwrap_or_else(|| panic!("{} is not installed", face.file));
            assert!(std::fs::read(&path).unwrap() == face.data, "{} is the file the FontBook read", path.display());
            path
        })
        .clone()
}

/// How a stretch is given to `hb-shape`: direction, script and language.
#[derive(Debug, Clone, Copy)]
struct Properties<'a> {
    rtl: bool,
    script: Option<&'a str>,
    language: &'a str,
}

/// The arguments of `hb-shape` for `text` in a face of the book.
fn hb_arguments(book: &FontBook, face: usize, text: &str, properties: Properties) -> Vec<String> {
    let mut arguments = vec![
        "--output-format=json".to_owned(),
        "--no-glyph-names".to_owned(),
        "--font-size=upem".to_owned(),
        format!("--face-index={}", book.face(face).index),
        format!("--direction={}", if properties.rtl { "rtl" } else { "ltr" }),
        format!("--language={}", properties.language),
    ];
    if let Some(script) = properties.script {
        arguments.push(format!("--script={script}"));
    }
    arguments.push(format!("--font-file={}", font_path(book, face).display()));
    arguments.push(format!("--text={text}"));
    arguments
}

/// HarfBuzz's glyphs for `text`, in visual order.
fn hb_shape(book: &FontBook, face: usize, text: &str, properties: Properties) -> Vec<HbGlyph> {
    let arguments = hb_arguments(book, face, text, properties);
    let output = Command::new("hb-shape").args(&arguments).output().unwrap_or_else(|error| {
        panic!("hb-shape could not be run ({error}); install it with: apt-get install libharfbuzz-bin")
    });
    assert!(output.status.success(), "hb-shape {arguments:?}: {}", String::from_utf8_lossy(&output.stderr));
    let json = String::from_utf8(output.stdout).unwrap();
    serde_json::from_str(json.trim()).unwrap_or_else(|error| panic!("hb-shape's output {json:?}: {error}"))
}

/// What a comparison of one line found: how many glyphs matched, and the largest difference in position.
#[derive(Debug, Default)]
struct Tally {
    glyphs: usize,
    exact: usize,
    worst: f32,
}

/// Compares a line laid out at `size` with HarfBuzz's glyphs for each of its stretches (in visual order): the
/// glyph ids must be the same, in the same order, and each glyph's position (the pen after the stretches and
/// glyphs before it, plus its offsets) within one unit of its face. An `Err` says where they part.
fn compare(book: &FontBook, line: &Line, size: f32, shaped: &[(Stretch, Vec<HbGlyph>)]) -> Result<Tally, String> {
    let mut tally = Tally::default();
    let mut pen = 0.0_f32;
    let mut next = 0;
    for (stretch, hb) in shaped {
        let units = book.face(stretch.face).units_per_em;
        let scale = size / units;
        let text = &line.text[stretch.text.clone()];
        if stretch.glyphs.start != next {
            return Err(format!("the stretches do not cover the line's glyphs at {next}"));
        }
        next = stretch.glyphs.end;
        if stretch.script.is_some_and(|script| (script == "Arab") != stretch.rtl) {
            return Err(format!("{text:?} ({stretch:?}) is shaped in the wrong direction for its script"));
        }
        let ours = &line.glyphs[stretch.glyphs.clone()];
        let ids: Vec<u16> = ours.iter().map(|g| g.id).collect();
        let theirs: Vec<u16> = hb.iter().map(|g| g.g).collect();
        if ids != theirs {
            return Err(format!("{text:?} ({stretch:?}): glyph ids {ids:?}, hb-shape {theirs:?}"));
        }
        for (index, (glyph, hb)) in ours.iter().zip(hb).enumerate() {
            if glyph.face != stretch.face {
                return Err(format!("{text:?}: glyph {index} is in face {}, not {}", glyph.face, stretch.face));
            }
            let x = pen + hb.dx as f32 * scale;
            let y = (hb.dy as f32) * scale;
            let off = ((glyph.x - x).abs().max((glyph.y - y).abs())) / scale;
            if off > 1.0 {
                return Err(format!(
                    "{text:?}: glyph {index} (id {}) is at ({}, {}) font units, hb-shape puts it at ({}, {})",
                    glyph.id,
                    glyph.x / scale,
                    glyph.y / scale,
                    x / scale,
                    y / scale
                ));
            }
            if hb.ay != 0 {
                return Err(format!("{text:?}: glyph {index} advances vertically ({}), which lines cannot", hb.ay));
            }
            tally.glyphs += 1;
            tally.exact += usize::from(off == 0.0);
            tally.worst = tally.worst.max(off);
            pen += hb.ax as f32 * scale;
        }
    }
    if next != line.glyphs.len() {
        return Err(format!("{} glyphs of the line are in no stretch", line.glyphs.len() - next));
    }
    // The size is the language's face's units per em: one of its units is one point.
    if (line.width - pen).abs() > 1.0 {
        return Err(format!("the line is {} wide, hb-shape's advances add up to {pen}", line.width));
    }
    Ok(tally)
}

/// Every message of a language's notices.ftl, as the documents print it: the practice's details and dates filled
/// in, and the names of a household written in four scripts, so that lines fall back from font to font.
fn messages(language: &str) -> Vec<(String, String)> {
    let localizer = pathfinder_l10n::Localizer::new(language, false).unwrap();
    let mut args = pathfinder_l10n::FluentArgs::new();
    args.set("practice", "Riverside Surgery");
    args.set("phone", "0113 496 0000");
    args.set("address", "1 River Road, Leeds, LS1 4AP");
    args.set("names", "Amina Begum, আমিনা বেগম, محمد علی (B82005), 王伟");
    args.set("number", 3);
    for (name, day) in [("start", 2), ("end", 13), ("extract", 27)] {
        let date = time::Date::from_calendar_date(2026, time::Month::April, day).unwrap();
        args.set(name, format_date(date, language));
    }
    let ids: Vec<String> = pathfinder_l10n::resources(language)
        .filter(|resource| resource.file.starts_with("notices"))
        .flat_map(|resource| resource.source.lines())
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
        .filter(|id| id.starts_with("notice-") && !id.contains(' '))
        .map(str::to_owned)
        .collect();
    assert!(ids.len() > 30, "{language}: {} messages", ids.len());
    ids.into_iter().map(|id| (localizer.format(&id, Some(&args)), id)).map(|(text, id)| (id, text)).collect()
}

/// A message laid out as the documents lay it out: the language's own FontBook, its direction, lines about 30 em
/// wide (a standard-print column holds about 40), at the size of the language's face's em, so that positions are
/// in its font units.
fn lay_out_message(language: &str, text: &str, weight: Weight) -> (FontBook, Vec<Line>, f32) {
    let mut book = FontBook::new(language, search_folders(&[], &[]));
    let primary = book.primary(weight).unwrap();
    let size = book.face(primary).units_per_em;
    let lines = lay_out(&mut book, text, Style { size, weight }, 30.0 * size, right_to_left(language)).unwrap();
    let unspaced = |text: &str| text.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    assert_eq!(unspaced(&lines.iter().map(|l| l.text.as_str()).collect::<String>()), unspaced(text), "{language}");
    (book, lines, size)
}

/// Each stretch of a line shaped by `hb-shape` with the properties a shaper should be given.
fn reference(book: &FontBook, line: &Line, language: &str) -> Vec<(Stretch, Vec<HbGlyph>)> {
    stretches(line)
        .into_iter()
        .map(|stretch| {
            let text = &line.text[stretch.text.clone()];
            let properties = Properties { rtl: stretch.rtl, script: stretch.script, language };
            let hb = hb_shape(book, stretch.face, text, properties);
            (stretch, hb)
        })
        .collect()
}

/// Every message of a language, regular and bold, compared line by line; a summary of what was compared.
fn check_language(language: &str) -> String {
    let mut tally = Tally::default();
    let mut faces = std::collections::BTreeSet::new();
    let (mut lines_compared, mut messages_compared) = (0, 0);
    for (id, text) in messages(language) {
        for weight in [Weight::Regular, Weight::Bold] {
            let (book, lines, size) = lay_out_message(language, &text, weight);
            for line in &lines {
                let shaped = reference(&book, line, language);
                faces.extend(shaped.iter().map(|(s, _)| book.face(s.face).file));
                match compare(&book, line, size, &shaped) {
                    Ok(line_tally) => {
                        tally.glyphs += line_tally.glyphs;
                        tally.exact += line_tally.exact;
                        tally.worst = tally.worst.max(line_tally.worst);
                    }
                    Err(difference) => panic!("{language} {id} ({weight:?}), line {:?}: {difference}", line.text),
                }
                lines_compared += 1;
            }
        }
        messages_compared += 1;
    }
    format!(
        "{language}: {messages_compared} messages, regular and bold, {lines_compared} lines, {} glyphs equal to \
         hb-shape's ({} at exactly its position, at most {} units off), faces {faces:?}",
        tally.glyphs, tally.exact, tally.worst
    )
}

#[test]
fn glyph_ids_and_positions_are_harfbuzzs() {
    let report: Vec<String> = std::thread::scope(|scope| {
        let checks: Vec<_> = LANGUAGES.map(|language| scope.spawn(move || check_language(language))).into();
        checks.into_iter().map(|check| check.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    });
    eprintln!("{}", report.join("\n"));
}

/// The check can fail: the Arabic line shaped by HarfBuzz as if it were Latin script (so no joining) must be
/// told apart from what the engine wrote, and so must glyphs moved by two units.
#[test]
fn the_comparison_sees_unjoined_arabic_and_moved_glyphs() {
    let text = pathfinder_l10n::Localizer::new("ar", false).unwrap().format("notice-leaflet-intro", None);
    let (book, lines, size) = lay_out_message("ar", &text, Weight::Regular);
    let line = &lines[0];

    let unjoined: Vec<(Stretch, Vec<HbGlyph>)> = stretches(line)
        .into_iter()
        .map(|stretch| {
            let text = &line.text[stretch.text.clone()];
            let script = if stretch.script == Some("Arab") { Some("Latn") } else { stretch.script };
            let properties = Properties { rtl: stretch.rtl, script, language: "ar" };
            let hb = hb_shape(&book, stretch.face, text, properties);
            (stretch, hb)
        })
        .collect();
    let difference = compare(&book, line, size, &unjoined).expect_err("unjoined Arabic passed as joined");
    assert!(difference.contains("glyph ids"), "{difference}");

    let mut moved = reference(&book, line, "ar");
    let arabic = moved.iter_mut().find(|(s, _)| s.script == Some("Arab")).unwrap();
    arabic.1[1].dx += 2;
    let difference = compare(&book, line, size, &moved).expect_err("a glyph moved by 2 units passed");
    assert!(difference.contains("hb-shape puts it at"), "{difference}");

    compare(&book, line, size, &reference(&book, line, "ar")).unwrap();
}
