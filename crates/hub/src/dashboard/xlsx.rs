//! Tables as Excel workbooks (Office Open XML), for the exports people open in a spreadsheet: one sheet, its first
//! row bold and frozen, a cell that is a whole number written as a number so the spreadsheet can add it up, every
//! other cell as text, never a formula, so a practice name that looks like one stays text.
//!
//! Written here rather than by rust_xlsxwriter, which the first version used: for the nation's practice list (8,000
//! rows, 120,000 cells) it alone took more than the dashboard's 50 ms for a whole page, building every cell in a map
//! and deflating at zip's default level. Both are timed side by side on the same table, and their cells compared, by
//! `make bench-xlsx` (bench/RESULTS.md). A table of text and whole numbers needs five small parts and no shared
//! strings; the sheet is written row by row and deflated at the fastest level.

use std::fmt::Write as _;
use std::io::{Cursor, Write as _};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::table::{Cell, Rows};
use crate::ApiError;

/// Excel's limits: rows and columns a sheet holds, characters a cell holds, characters a sheet's name holds.
const MAX_ROWS: usize = 1_048_576;
const MAX_COLUMNS: usize = 16_384;
const MAX_CELL_CHARS: usize = 32_767;
const MAX_SHEET_NAME_CHARS: usize = 31;

/// The sheet's XML goes to the zip in pieces of about this size, not held whole.
const CHUNK: usize = 64 * 1024;

/// Why a table cannot be a workbook.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum XlsxError {
    #[error("a sheet's name is 1 to 31 characters without [ ] : * ? / \\ and not quoted: {0:?}")]
    SheetName(String),
    #[error("the table has {rows} rows and {columns} columns; a sheet holds 1,048,576 by 16,384")]
    TooLarge { rows: usize, columns: usize },
    #[error("row {row}, column {column}: {chars} characters, more than a cell holds (32,767)")]
    CellTooLong { row: usize, column: usize, chars: usize },
    #[error("the workbook could not be written: {0}")]
    Zip(String),
}

/// One sheet named `sheet` holding the rows `write` gives it, the first the headings.
pub fn workbook(sheet: &str, write: impl FnOnce(&mut Workbook) -> Result<(), XlsxError>) -> Result<Vec<u8>, ApiError> {
    let made = Workbook::new(sheet).and_then(|mut book| {
        write(&mut book)?;
        book.finish()
    });
    made.map_err(super::export::export_failed)
}

/// A workbook being written: its parts before the sheet's rows are in the zip, and the rows go in as they come.
pub struct Workbook {
    zip: ZipWriter<Cursor<Vec<u8>>>,
    /// The sheet's XML not yet handed to the zip.
    xml: String,
    rows: usize,
    /// The number of the row being written, as text.
    row_number: String,
    /// The letters of each column used so far.
    column_names: Vec<String>,
}

impl Workbook {
    pub fn new(sheet: &str) -> Result<Self, XlsxError> {
        check_sheet_name(sheet)?;
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let mut part = |name: &str, xml: &str| -> Result<(), XlsxError> {
            zip.start_file(name, part_options()).map_err(zip_error)?;
            zip.write_all(xml.as_bytes()).map_err(zip_error)
        };
        part("[Content_Types].xml", CONTENT_TYPES)?;
        part("_rels/.rels", PACKAGE_RELATIONSHIPS)?;
        part("xl/workbook.xml", &workbook_xml(sheet))?;
        part("xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONSHIPS)?;
        part("xl/styles.xml", STYLES)?;
        zip.start_file("xl/worksheets/sheet1.xml", part_options()).map_err(zip_error)?;
        let mut xml = String::with_capacity(CHUNK + 4096);
        xml.push_str(SHEET_START);
        Ok(Self { zip, xml, rows: 0, row_number: String::new(), column_names: Vec::new() })
    }

    /// The zip's bytes, the sheet closed.
    pub fn finish(mut self) -> Result<Vec<u8>, XlsxError> {
        self.xml.push_str(SHEET_END);
        self.zip.write_all(self.xml.as_bytes()).map_err(zip_error)?;
        Ok(self.zip.finish().map_err(zip_error)?.into_inner())
    }
}

impl Rows for Workbook {
    type Error = XlsxError;

    fn row(&mut self, cells: &[Cell<'_>]) -> Result<(), XlsxError> {
        if self.rows == MAX_ROWS || cells.len() > MAX_COLUMNS {
            return Err(XlsxError::TooLarge { rows: self.rows + 1, columns: cells.len() });
        }
        self.rows += 1;
        let r = self.rows;
        let Self { xml, row_number, column_names, .. } = self;
        // Pieces pushed one by one rather than formatted: the nation's list has 120,000 cells.
        row_number.clear();
        push_whole(row_number, r as u64);
        xml.push_str("<row r=\"");
        xml.push_str(row_number);
        xml.push_str("\">");
        for (c, cell) in cells.iter().enumerate() {
            // An empty cell is left out, as a spreadsheet leaves it: blank, not a text of nothing.
            if matches!(cell, Cell::Text(text) if text.is_empty()) {
                continue;
            }
            while column_names.len() <= c {
                column_names.push(column_name(column_names.len()));
            }
            xml.push_str("<c r=\"");
            xml.push_str(&column_names[c]);
            xml.push_str(row_number);
            xml.push('"');
            // The headings are bold (style 1 of styles.xml).
            if r == 1 {
                xml.push_str(" s=\"1\"");
            }
            match cell {
                // Beyond 15 digits a spreadsheet's number would round it: such a figure is written as text.
                Cell::Number(n) if n.unsigned_abs() < 1_000_000_000_000_000 => {
                    xml.push_str("><v>");
                    if *n < 0 {
                        xml.push('-');
                    }
                    push_whole(xml, n.unsigned_abs());
                    xml.push_str("</v></c>");
                }
                Cell::Number(n) => inline_text(xml, &n.to_string(), r, c)?,
                Cell::Text(text) => inline_text(xml, text, r, c)?,
            }
        }
        xml.push_str("</row>");
        if xml.len() >= CHUNK {
            self.zip.write_all(xml.as_bytes()).map_err(zip_error)?;
            xml.clear();
        }
        Ok(())
    }
}

/// `n` in decimal digits, pushed without the formatter's machinery: the nation's list has 100,000 numbers.
fn push_whole(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// The rest of a cell of text at row `r` (from 1), column `c` (from 0), its `<c r=".."` written.
fn inline_text(xml: &mut String, text: &str, r: usize, c: usize) -> Result<(), XlsxError> {
    // A character is at least a byte: only a long text needs counting.
    if text.len() > MAX_CELL_CHARS {
        let chars = text.chars().count();
        if chars > MAX_CELL_CHARS {
            return Err(XlsxError::CellTooLong { row: r, column: c + 1, chars });
        }
    }
    xml.push_str(" t=\"inlineStr\"><is><t");
    if text.starts_with(char::is_whitespace) || text.ends_with(char::is_whitespace) {
        xml.push_str(" xml:space=\"preserve\"");
    }
    xml.push('>');
    escape_into(xml, text);
    xml.push_str("</t></is></c>");
    Ok(())
}

/// Every part deflated at the fastest level, and the same rows make the same bytes: no moment of making is written
/// anywhere in the file.
fn part_options() -> SimpleFileOptions {
    SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(1))
        .last_modified_time(DateTime::default())
}

fn zip_error(error: impl std::fmt::Display) -> XlsxError {
    XlsxError::Zip(error.to_string())
}

/// Excel refuses a sheet named with any of `[]:*?/\`, quoted, empty or longer than 31 characters.
fn check_sheet_name(name: &str) -> Result<(), XlsxError> {
    let chars = name.chars().count();
    let bad = chars == 0
        || chars > MAX_SHEET_NAME_CHARS
        || name.contains(['[', ']', ':', '*', '?', '/', '\\'])
        || name.starts_with('\'')
        || name.ends_with('\'');
    if bad { Err(XlsxError::SheetName(name.to_owned())) } else { Ok(()) }
}

/// A column's letters: 0 is A, 25 Z, 26 AA.
fn column_name(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.iter().rev().map(|&b| b as char).collect()
}

/// Text as a cell holds it: XML's five characters escaped, and what XML cannot carry (control characters) written
/// as Excel writes it, `_xHHHH_`; a literal `_xHHHH_` in the text has its underscore so written, to read back as
/// itself.
fn escape_into(xml: &mut String, text: &str) {
    // Most cells hold nothing to escape. (0xEF begins U+FFFE and U+FFFF, among others.)
    if !text.bytes().any(|b| b < 0x20 || matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'' | b'_' | 0xEF)) {
        xml.push_str(text);
        return;
    }
    for (at, ch) in text.char_indices() {
        match ch {
            '&' => xml.push_str("&amp;"),
            '<' => xml.push_str("&lt;"),
            '>' => xml.push_str("&gt;"),
            '"' => xml.push_str("&quot;"),
            '\'' => xml.push_str("&apos;"),
            // A carriage return is escaped too: XML readers turn one into a line feed.
            '\t' | '\n' => xml.push(ch),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => {
                let _ = write!(xml, "_x{:04X}_", ch as u32);
            }
            '_' if looks_escaped(&text[at..]) => xml.push_str("_x005F_"),
            _ => xml.push(ch),
        }
    }
}

/// Whether `text` starts as Excel's escape of a character does: `_x`, four hexadecimal digits, `_`.
fn looks_escaped(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 7 && bytes[1] == b'x' && bytes[2..6].iter().all(u8::is_ascii_hexdigit) && bytes[6] == b'_'
}

fn workbook_xml(sheet: &str) -> String {
    let mut name = String::new();
    escape_into(&mut name, sheet);
    format!(
        "{XML_DECLARATION}<workbook xmlns=\"{MAIN_NS}\" xmlns:r=\"{RELATIONSHIPS_NS}\"><sheets>\
         <sheet name=\"{name}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
    )
}

const XML_DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const MAIN_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const CONTENT_TYPES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>",
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    "<Override PartName=\"/xl/workbook.xml\" ",
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>",
    "<Override PartName=\"/xl/worksheets/sheet1.xml\" ",
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>",
    "<Override PartName=\"/xl/styles.xml\" ",
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>",
    "</Types>"
);

const PACKAGE_RELATIONSHIPS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" ",
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" ",
    "Target=\"xl/workbook.xml\"/></Relationships>"
);

const WORKBOOK_RELATIONSHIPS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" ",
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" ",
    "Target=\"worksheets/sheet1.xml\"/>",
    "<Relationship Id=\"rId2\" ",
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>",
    "</Relationships>"
);

/// Two cell formats: 0 the default, 1 bold (the headings).
const STYLES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
    "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>",
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>",
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>",
    "<fill><patternFill patternType=\"gray125\"/></fill></fills>",
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>",
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>",
    "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>",
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>",
    "</styleSheet>"
);

/// The sheet before its rows: the first row frozen, so the headings stay in sight.
const SHEET_START: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
    "<sheetViews><sheetView workbookViewId=\"0\">",
    "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>",
    "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>",
    "<sheetData>"
);
const SHEET_END: &str = "</sheetData></worksheet>";

#[cfg(test)]
mod tests {
    use std::io::Read as _;

    use super::*;

    /// A workbook of `rows`, written a row at a time.
    fn book(sheet: &str, rows: &[Vec<Cell<'_>>]) -> Result<Vec<u8>, XlsxError> {
        let mut book = Workbook::new(sheet)?;
        for row in rows {
            book.row(row)?;
        }
        book.finish()
    }

    /// The rows of the sheet's XML, as written.
    fn sheet_rows(rows: &[Vec<Cell<'_>>]) -> String {
        let mut archive = zip::ZipArchive::new(Cursor::new(book("Sheet", rows).unwrap())).unwrap();
        let mut xml = String::new();
        archive.by_name("xl/worksheets/sheet1.xml").unwrap().read_to_string(&mut xml).unwrap();
        assert!(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
        xml.split_once("<sheetData>").unwrap().1.to_owned()
    }

    #[test]
    fn numbers_are_numbers_text_stays_text_and_a_number_a_spreadsheet_would_round_is_text() {
        let rows = vec![
            vec![Cell::Number(0), Cell::Number(-3), "140".into(), Cell::Number(1_000_000_000_000_000)],
            vec![Cell::Number(999_999_999_999_999), Cell::Number(i64::MIN)],
        ];
        assert_eq!(
            sheet_rows(&rows),
            concat!(
                "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>-3</v></c>",
                "<c r=\"C1\" s=\"1\" t=\"inlineStr\"><is><t>140</t></is></c>",
                "<c r=\"D1\" s=\"1\" t=\"inlineStr\"><is><t>1000000000000000</t></is></c></row>",
                "<row r=\"2\"><c r=\"A2\"><v>999999999999999</v></c>",
                "<c r=\"B2\" t=\"inlineStr\"><is><t>-9223372036854775808</t></is></c></row>",
                "</sheetData></worksheet>"
            )
        );
    }

    #[test]
    fn columns_are_lettered_as_a_spreadsheet_letters_them() {
        let names: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702, 16_383].map(column_name).to_vec();
        assert_eq!(names, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"]);
    }

    #[test]
    fn text_is_escaped_for_xml_and_what_xml_cannot_carry_as_excel_writes_it() {
        let mut xml = String::new();
        escape_into(&mut xml, "A&B <\"x\"> 'y'\u{1}\t_x0041_ _x12_\r\n");
        assert_eq!(xml, "A&amp;B &lt;&quot;x&quot;&gt; &apos;y&apos;_x0001_\t_x005F_x0041_ _x12__x000D_\n");
    }

    #[test]
    fn a_sheet_name_excel_would_refuse_is_refused() {
        for name in ["", "a/b", "[x]", "'quoted'", "thirty-two characters long name!"] {
            assert!(matches!(check_sheet_name(name), Err(XlsxError::SheetName(_))), "{name}");
        }
        assert_eq!(check_sheet_name("Practices"), Ok(()));
        assert_eq!(book("Practices and tasks: 02V", &[]), Err(XlsxError::SheetName("Practices and tasks: 02V".into())));
    }

    #[test]
    fn a_sheet_holds_headings_in_bold_and_leaves_empty_cells_blank() {
        let rows = vec![
            vec!["ODS code".into(), "List size".into(), "Note".into()],
            vec!["B82005".into(), Cell::Number(7_400), " =1+1 ".into()],
            vec!["007".into(), Cell::BLANK, "*".into()],
        ];
        assert_eq!(
            sheet_rows(&rows),
            concat!(
                "<row r=\"1\"><c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>ODS code</t></is></c>",
                "<c r=\"B1\" s=\"1\" t=\"inlineStr\"><is><t>List size</t></is></c>",
                "<c r=\"C1\" s=\"1\" t=\"inlineStr\"><is><t>Note</t></is></c></row>",
                "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>B82005</t></is></c><c r=\"B2\"><v>7400</v></c>",
                "<c r=\"C2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> =1+1 </t></is></c></row>",
                "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>007</t></is></c>",
                "<c r=\"C3\" t=\"inlineStr\"><is><t>*</t></is></c></row>",
                "</sheetData></worksheet>"
            )
        );
    }

    #[test]
    fn a_blank_cell_before_any_other_in_its_column_keeps_the_columns_in_place() {
        let xml = sheet_rows(&[vec!["a".into(), Cell::BLANK, "c".into()], vec!["x".into(), "y".into()]]);
        assert!(xml.contains("<c r=\"C1\" s=\"1\" t=\"inlineStr\"><is><t>c</t></is></c>"), "{xml}");
        assert!(xml.contains("<c r=\"B2\" t=\"inlineStr\"><is><t>y</t></is></c>"), "{xml}");
    }

    #[test]
    fn rows_written_in_pieces_come_out_whole_and_in_order() {
        // Far more than one piece of the sheet's XML (CHUNK), so several go to the zip as the rows come.
        let rows: Vec<Vec<Cell<'_>>> =
            (0..5_000).map(|n| vec![Cell::from(format!("row {n}")), Cell::Number(n)]).collect();
        let xml = sheet_rows(&rows);
        assert!(xml.len() > 3 * CHUNK, "{} bytes", xml.len());
        assert_eq!(xml.matches("<row ").count(), 5_000);
        assert!(xml.contains("<row r=\"2500\"><c r=\"A2500\" t=\"inlineStr\"><is><t>row 2499</t></is></c>"));
        assert!(xml.ends_with("<c r=\"B5000\"><v>4999</v></c></row></sheetData></worksheet>"), "{xml}");
    }

    #[test]
    fn the_same_rows_make_the_same_bytes() {
        let rows = vec![vec!["Practice".into()], vec!["Riverside Surgery".into()]];
        let first = book("Practices", &rows).unwrap();
        assert_eq!(book("Practices", &rows).unwrap(), first);
        let mut archive = zip::ZipArchive::new(Cursor::new(first)).unwrap();
        for n in 0..archive.len() {
            let part = archive.by_index(n).unwrap();
            assert_eq!(part.last_modified(), Some(DateTime::default()), "no moment of making in {}", part.name());
        }
        let names: Vec<String> = archive.file_names().map(str::to_owned).collect();
        assert_eq!(
            names,
            [
                "[Content_Types].xml",
                "_rels/.rels",
                "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels",
                "xl/styles.xml",
                "xl/worksheets/sheet1.xml"
            ]
        );
        let mut workbook = String::new();
        archive.by_name("xl/workbook.xml").unwrap().read_to_string(&mut workbook).unwrap();
        assert!(workbook.contains("<sheet name=\"Practices\" sheetId=\"1\" r:id=\"rId1\"/>"), "{workbook}");
    }

    #[test]
    fn an_over_long_cell_is_refused_naming_its_row_and_column() {
        let long = "x".repeat(MAX_CELL_CHARS + 1);
        assert_eq!(
            book("Sheet", &[vec!["Name".into(), "Note".into()], vec![Cell::BLANK, long.as_str().into()]]),
            Err(XlsxError::CellTooLong { row: 2, column: 2, chars: MAX_CELL_CHARS + 1 })
        );
    }

    #[test]
    fn a_row_wider_than_a_sheet_is_refused() {
        let wide = vec![Cell::Number(1); MAX_COLUMNS + 1];
        assert_eq!(book("Sheet", &[wide]), Err(XlsxError::TooLarge { rows: 1, columns: MAX_COLUMNS + 1 }));
    }
}
