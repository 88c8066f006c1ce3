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

use axum::http::StatusCode;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

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

/// One sheet named `sheet` holding `table`, its first row the headings.
pub fn workbook(sheet: &str, table: &[Vec<String>]) -> Result<Vec<u8>, ApiError> {
    write(sheet, table).map_err(|error| {
        tracing::error!(%error, "an XLSX export failed");
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "export-failed", "the export could not be made")
    })
}

fn write(sheet: &str, table: &[Vec<String>]) -> Result<Vec<u8>, XlsxError> {
    check_sheet_name(sheet)?;
    let columns = table.iter().map(Vec::len).max().unwrap_or(0);
    if table.len() > MAX_ROWS || columns > MAX_COLUMNS {
        return Err(XlsxError::TooLarge { rows: table.len(), columns });
    }
    // The same table makes the same bytes: no moment of making is written anywhere in the file.
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(1))
        .last_modified_time(DateTime::default());
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let part = |zip: &mut ZipWriter<Cursor<Vec<u8>>>, name: &str, xml: &str| -> Result<(), XlsxError> {
        zip.start_file(name, options).map_err(zip_error)?;
        zip.write_all(xml.as_bytes()).map_err(zip_error)
    };
    part(&mut zip, "[Content_Types].xml", CONTENT_TYPES)?;
    part(&mut zip, "_rels/.rels", PACKAGE_RELATIONSHIPS)?;
    part(&mut zip, "xl/workbook.xml", &workbook_xml(sheet))?;
    part(&mut zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELATIONSHIPS)?;
    part(&mut zip, "xl/styles.xml", STYLES)?;
    zip.start_file("xl/worksheets/sheet1.xml", options).map_err(zip_error)?;
    write_sheet(&mut zip, table)?;
    Ok(zip.finish().map_err(zip_error)?.into_inner())
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

fn write_sheet(zip: &mut impl std::io::Write, table: &[Vec<String>]) -> Result<(), XlsxError> {
    let mut xml = String::with_capacity(CHUNK + 4096);
    xml.push_str(SHEET_START);
    let mut column_names = Vec::new();
    for (r, row) in table.iter().enumerate() {
        let number_row = r + 1;
        let _ = write!(xml, "<row r=\"{number_row}\">");
        for (c, text) in row.iter().enumerate() {
            // An empty cell is left out, as a spreadsheet leaves it: blank, not a text of nothing.
            if text.is_empty() {
                continue;
            }
            while column_names.len() <= c {
                column_names.push(column_name(column_names.len()));
            }
            let reference = &column_names[c];
            match number(text) {
                Some(n) if r > 0 => {
                    let _ = write!(xml, "<c r=\"{reference}{number_row}\"><v>{n}</v></c>");
                }
                _ => {
                    let chars = text.chars().count();
                    if chars > MAX_CELL_CHARS {
                        return Err(XlsxError::CellTooLong { row: number_row, column: c + 1, chars });
                    }
                    // The headings are bold (style 1 of styles.xml).
                    let style = if r == 0 { " s=\"1\"" } else { "" };
                    let space = if text.trim() != text { " xml:space=\"preserve\"" } else { "" };
                    let _ = write!(xml, "<c r=\"{reference}{number_row}\"{style} t=\"inlineStr\"><is><t{space}>");
                    escape_into(&mut xml, text);
                    xml.push_str("</t></is></c>");
                }
            }
        }
        xml.push_str("</row>");
        if xml.len() >= CHUNK {
            zip.write_all(xml.as_bytes()).map_err(zip_error)?;
            xml.clear();
        }
    }
    xml.push_str(SHEET_END);
    zip.write_all(xml.as_bytes()).map_err(zip_error)
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

/// A whole number as a spreadsheet would hold it; codes such as "02V" or "007" stay text.
fn number(text: &str) -> Option<i64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let plain =
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && (digits == "0" || !digits.starts_with('0'));
    // Beyond 15 digits a spreadsheet's number would round it: such a figure stays text.
    plain.then(|| text.parse::<i64>().ok()).flatten().filter(|n| n.unsigned_abs() < 1_000_000_000_000_000)
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
    use super::*;

    #[test]
    fn whole_numbers_are_numbers_and_codes_stay_text() {
        assert_eq!([number("0"), number("140"), number("-3")], [Some(0), Some(140), Some(-3)]);
        for text in ["02V", "007", "*", "", "7.4", "B82005", "=1+1", "-", "12345678901234567890", "1000000000000000"] {
            assert_eq!(number(text), None, "{text}");
        }
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
        assert_eq!(
            check_sheet_name("Practices and tasks: 02V"),
            Err(XlsxError::SheetName("Practices and tasks: 02V".into()))
        );
    }

    #[test]
    fn a_sheet_holds_headings_in_bold_numbers_as_numbers_the_rest_as_text_and_leaves_empty_cells_blank() {
        let table = vec![
            vec!["ODS code".to_owned(), "List size".to_owned(), "Note".to_owned()],
            vec!["B82005".to_owned(), "7400".to_owned(), " =1+1 ".to_owned()],
            vec!["007".to_owned(), String::new(), "*".to_owned()],
        ];
        let mut xml = Vec::new();
        write_sheet(&mut xml, &table).unwrap();
        let xml = String::from_utf8(xml).unwrap();
        let rows = xml.split_once("<sheetData>").unwrap().1;
        assert_eq!(
            rows,
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
        assert!(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
    }

    #[test]
    fn a_blank_cell_before_any_other_in_its_column_keeps_the_columns_in_place() {
        let table = vec![vec!["a".to_owned(), String::new(), "c".to_owned()], vec!["x".to_owned(), "y".to_owned()]];
        let mut xml = Vec::new();
        write_sheet(&mut xml, &table).unwrap();
        let xml = String::from_utf8(xml).unwrap();
        assert!(xml.contains("<c r=\"C1\" s=\"1\" t=\"inlineStr\"><is><t>c</t></is></c>"), "{xml}");
        assert!(xml.contains("<c r=\"B2\" t=\"inlineStr\"><is><t>y</t></is></c>"), "{xml}");
    }

    #[test]
    fn the_same_table_makes_the_same_bytes() {
        let table = vec![vec!["Practice".to_owned()], vec!["Riverside Surgery".to_owned()]];
        let first = write("Practices", &table).unwrap();
        assert_eq!(write("Practices", &table).unwrap(), first);
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
        std::io::Read::read_to_string(&mut archive.by_name("xl/workbook.xml").unwrap(), &mut workbook).unwrap();
        assert!(workbook.contains("<sheet name=\"Practices\" sheetId=\"1\" r:id=\"rId1\"/>"), "{workbook}");
    }

    #[test]
    fn an_over_long_cell_is_refused_naming_its_row_and_column() {
        let table = vec![vec!["Name".to_owned()], vec!["x".repeat(MAX_CELL_CHARS + 1)]];
        assert_eq!(
            write("Sheet", &table),
            Err(XlsxError::CellTooLong { row: 2, column: 1, chars: MAX_CELL_CHARS + 1 })
        );
    }
}
