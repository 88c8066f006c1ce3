//! The national practice list as an Excel workbook: the hub's own writer (`pathfinder_hub::dashboard::xlsx`) against
//! rust_xlsxwriter, which the hub used before, side by side in one process on the same table (a row a practice, the
//! 15 columns of the export, text and whole numbers as the export writes them), alternating. Before the clock, each
//! workbook is read back and every cell compared, its kind (number or text) and its value: a difference fails the run.

use std::fmt::Write as _;
use std::io::Read;
use std::time::Instant;

use crate::Options;
use crate::common::{Rng, check, fail, med_spread, median, thousands};

/// Headings like the export's.
const HEADINGS: [&str; 15] = [
    "ODS code",
    "Practice",
    "CCG",
    "Readiness",
    "Last report",
    "Type 1 objections",
    "Type 2 objections",
    "Type 1 per 1,000",
    "Type 2 per 1,000",
    "Type 1 since baseline",
    "Type 2 since baseline",
    "Forms received",
    "Forms not yet coded",
    "Forms expected",
    "List size",
];

/// A table like the nation's practice list: small counts suppressed (`*`), rates with one decimal, a practice that
/// has never reported with empty figures.
fn national_table(practices: usize) -> Vec<Vec<String>> {
    let mut rng = Rng::new(17);
    let mut table = vec![HEADINGS.map(str::to_owned).to_vec()];
    let levels = ["ready", "on-track", "at-risk", "not-reported"];
    for n in 0..practices {
        let mut row = vec![
            format!("B{:05}", n),
            format!("Practice {n} Surgery, Mill Lane"),
            format!("{:02}{}", n / 40 % 100, (b'A' + (n / 4000) as u8) as char),
        ];
        let level = levels[rng.below(4) as usize];
        row.push(level.to_owned());
        if level == "not-reported" {
            row.push(String::new());
            row.extend(std::iter::repeat_n(String::new(), 10));
        } else {
            let list = 2_000 + rng.below(15_000) as i64;
            let count = |rng: &mut Rng, most: u64| {
                let n = rng.below(most) as i64;
                if (1..8).contains(&n) { "*".to_owned() } else { n.to_string() }
            };
            row.push(format!("2026-12-0{}T09:{:02}:00Z", 1 + rng.below(6), rng.below(60)));
            let type1 = count(&mut rng, 300);
            let type2 = count(&mut rng, 60);
            let rate = |c: &str| match c.parse::<f64>() {
                Ok(c) => format!("{:.1}", c * 1000.0 / list as f64),
                Err(_) => "*".to_owned(),
            };
            let (rate1, rate2) = (rate(&type1), rate(&type2));
            row.extend([type1, type2, rate1, rate2]);
            row.push(count(&mut rng, 200));
            row.push(count(&mut rng, 40));
            row.push(count(&mut rng, 300));
            row.push(count(&mut rng, 30));
            row.push((list / 200).to_string());
            row.push(list.to_string());
        }
        table.push(row);
    }
    table
}

/// The same workbook as the hub wrote it with rust_xlsxwriter (the code it had): bold headings, whole numbers as
/// numbers, the first row frozen.
fn rust_xlsxwriter_workbook(sheet: &str, table: &[Vec<String>]) -> Vec<u8> {
    use rust_xlsxwriter::{Format, Workbook};
    let write = || -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
        let mut workbook = Workbook::new();
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(sheet)?;
        let bold = Format::new().set_bold();
        for (r, row) in table.iter().enumerate() {
            for (c, text) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match whole_number(text) {
                    Some(n) if r > 0 => worksheet.write_number(r, c, n as f64)?,
                    _ if r == 0 => worksheet.write_string_with_format(r, c, text, &bold)?,
                    _ => worksheet.write_string(r, c, text)?,
                };
            }
        }
        worksheet.set_freeze_panes(1, 0)?;
        workbook.save_to_buffer()
    };
    write().unwrap_or_else(|e| fail(format!("rust_xlsxwriter: {e}")))
}

/// Which cells of the table are numbers: a whole number without a leading zero (the rule the hub's exports had when
/// they handed both writers text).
fn whole_number(text: &str) -> Option<i64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let plain =
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && (digits == "0" || !digits.starts_with('0'));
    plain.then(|| text.parse().ok()).flatten()
}

fn part(archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>, name: &str) -> Option<String> {
    let mut text = String::new();
    archive.by_name(name).ok()?.read_to_string(&mut text).unwrap_or_else(|e| fail(format!("{name}: {e}")));
    Some(text)
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// The text of every `<t>` in `xml`, joined (a string plain or in runs).
fn texts(xml: &str) -> String {
    let mut out = String::new();
    let mut rest = xml;
    while let Some(at) = rest.find("<t") {
        let after = &rest[at + 2..];
        if !(after.starts_with('>') || after.starts_with(' ')) {
            rest = after;
            continue;
        }
        let open = after.find('>').unwrap_or_else(|| fail("an unclosed <t>")) + 1;
        let close = after.find("</t>").unwrap_or_else(|| fail("a <t> without </t>"));
        out.push_str(&unescape(&after[open..close]));
        rest = &after[close + 4..];
    }
    out
}

/// Every cell of a workbook's first sheet as "n:VALUE" (a number), "s:TEXT" (text) or "" (blank: not written), row
/// by row, whether the text is shared or written in the cell; each cell's row checked against its place.
fn cells(workbook: &[u8], width: usize) -> Vec<Vec<String>> {
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(workbook)).unwrap_or_else(|e| fail(format!("a workbook: {e}")));
    let shared: Vec<String> = part(&mut archive, "xl/sharedStrings.xml")
        .map(|xml| xml.split("<si>").skip(1).map(texts).collect())
        .unwrap_or_default();
    let sheet = part(&mut archive, "xl/worksheets/sheet1.xml").unwrap_or_else(|| fail("a workbook with no sheet"));
    let data = sheet.split_once("<sheetData>").map_or("", |(_, d)| d.split_once("</sheetData>").map_or(d, |(d, _)| d));
    let mut rows = Vec::new();
    for (r, row) in data.split("</row>").filter(|row| row.contains("<row")).enumerate() {
        let mut out = vec![String::new(); width];
        for cell in row.split("<c ").skip(1) {
            // The columns here are A to O: one letter.
            let reference =
                cell.strip_prefix("r=\"").unwrap_or_else(|| fail(format!("a cell with no reference: {cell}")));
            let column = usize::from(reference.as_bytes()[0].wrapping_sub(b'A'));
            check(column < width && reference[1..].starts_with(&format!("{}\"", r + 1)), || {
                format!("a cell out of place in row {}: {cell}", r + 1)
            });
            let head = &cell[..cell.find('>').unwrap_or(cell.len())];
            let value = || cell.split_once("<v>").and_then(|(_, v)| v.split_once("</v>")).map(|(v, _)| v);
            out[column] = if head.contains("t=\"s\"") {
                let index: usize = value().and_then(|v| v.parse().ok()).unwrap_or_else(|| fail("a shared string"));
                format!("s:{}", shared.get(index).unwrap_or_else(|| fail("a shared string out of range")))
            } else if head.contains("t=\"inlineStr\"") {
                format!("s:{}", texts(cell))
            } else {
                format!("n:{}", value().unwrap_or_else(|| fail(format!("a cell with no value: {cell}"))))
            };
        }
        rows.push(out);
    }
    rows
}

pub fn run(o: &Options) -> String {
    let table = national_table(o.practices);
    let cells_written: usize = table.iter().map(Vec::len).sum();
    let sheet = "Practices";
    let ours = || {
        use pathfinder_hub::dashboard::table::{Cell, Rows};
        let made = pathfinder_hub::dashboard::xlsx::workbook(sheet, |book| {
            // Each side is given text and tells the numbers by the same rule, as rust_xlsxwriter's below does.
            for (r, row) in table.iter().enumerate() {
                let cells: Vec<Cell<'_>> = row
                    .iter()
                    .map(|text| match whole_number(text) {
                        Some(n) if r > 0 => Cell::Number(n),
                        _ => Cell::from(text.as_str()),
                    })
                    .collect();
                book.row(&cells)?;
            }
            Ok(())
        });
        made.unwrap_or_else(|e| fail(format!("{e:?}")))
    };
    let theirs = || rust_xlsxwriter_workbook(sheet, &table);

    // The same cells, of the same kinds, in both; and what the table holds.
    let (a, b) = (cells(&ours(), HEADINGS.len()), cells(&theirs(), HEADINGS.len()));
    check(a.len() == table.len(), || format!("the hub's workbook has {} rows of {}", a.len(), table.len()));
    if let Some(r) = (0..a.len().max(b.len())).find(|&r| a.get(r) != b.get(r)) {
        fail(format!("row {} differs:\n  hub:             {:?}\n  rust_xlsxwriter: {:?}", r + 1, a.get(r), b.get(r)));
    }
    let expected: Vec<Vec<String>> = table
        .iter()
        .enumerate()
        .map(|(r, row)| {
            row.iter()
                .map(|t| match whole_number(t) {
                    Some(n) if r > 0 => format!("n:{n}"),
                    _ if t.is_empty() => String::new(),
                    _ => format!("s:{t}"),
                })
                .collect()
        })
        .collect();
    check(a == expected, || "the workbooks do not hold the table as written".into());

    let rounds = o.runs.max(1) * 3;
    let (mut ours_ms, mut theirs_ms, mut ours_bytes, mut theirs_bytes) = (Vec::new(), Vec::new(), 0, 0);
    for round in 0..rounds {
        eprintln!("xlsx: round {} of {rounds}", round + 1);
        let time = |f: &dyn Fn() -> Vec<u8>, into: &mut Vec<f64>| {
            let began = Instant::now();
            let bytes = f();
            into.push(began.elapsed().as_secs_f64() * 1e3);
            bytes.len()
        };
        // Alternating which goes first: neither always has the warmer caches.
        if round % 2 == 0 {
            ours_bytes = time(&ours, &mut ours_ms);
            theirs_bytes = time(&theirs, &mut theirs_ms);
        } else {
            theirs_bytes = time(&theirs, &mut theirs_ms);
            ours_bytes = time(&ours, &mut ours_ms);
        }
    }

    let ms = |v: f64| format!("{v:.1}");
    let mut t = String::new();
    let _ = writeln!(
        t,
        "`pathfinder-hub-load xlsx` (release): one workbook of {} rows (a heading and a practice a row, 15 columns, \
         {} cells: codes, names, levels and times as text; counts, list sizes and forecasts as numbers; \
         `*` for a suppressed count; rates with one decimal as text, as the export writes them), made in memory by \
         each writer in turn, {rounds} rounds, alternating which goes first. Before the clock both workbooks were read \
         back: every cell the same in both, number, text or blank (a difference fails the run).\n",
        thousands(table.len() as f64),
        thousands(cells_written as f64)
    );
    let _ = writeln!(t, "| the national list, {} practices | runs | time | workbook |", thousands(o.practices as f64));
    let _ = writeln!(t, "|---|---|---|---|");
    let kb = |b: usize| format!("{:.0} KB", b as f64 / 1e3);
    let _ = writeln!(
        t,
        "| the hub's writer (dashboard/xlsx.rs: inline text, deflate level 1) | {rounds} | {} | {} |",
        med_spread(&ours_ms, ms, " ms"),
        kb(ours_bytes)
    );
    let _ = writeln!(
        t,
        "| rust_xlsxwriter 0.90 (shared strings, deflate level 6) | {rounds} | {} | {} |",
        med_spread(&theirs_ms, ms, " ms"),
        kb(theirs_bytes)
    );
    let _ = writeln!(
        t,
        "| ratio, the hub's / rust_xlsxwriter's | | {:.2} | {:.2} |",
        median(&ours_ms) / median(&theirs_ms),
        ours_bytes as f64 / theirs_bytes as f64
    );
    t
}
