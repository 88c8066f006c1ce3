//! An export's table, written a row at a time as it is made, to a CSV file here or to a workbook (xlsx.rs): the
//! nation's 8,000 practices go straight from the database's rows into the file, never held as 120,000 strings.

use std::borrow::Cow;
use std::convert::Infallible;
use std::fmt::Write as _;

/// A cell of an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell<'a> {
    /// Text, kept as text however it reads: a code such as "02V" or "007", a rate "7.4", a suppressed "*".
    /// Empty text is a blank cell.
    Text(Cow<'a, str>),
    /// A whole number, which a spreadsheet can add up.
    Number(i64),
}

impl Cell<'_> {
    pub const BLANK: Cell<'static> = Cell::Text(Cow::Borrowed(""));
}

impl<'a> From<&'a str> for Cell<'a> {
    fn from(text: &'a str) -> Self {
        Cell::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Cell<'static> {
    fn from(text: String) -> Self {
        Cell::Text(Cow::Owned(text))
    }
}

impl std::fmt::Display for Cell<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Cell::Text(text) => f.write_str(text),
            Cell::Number(n) => write!(f, "{n}"),
        }
    }
}

/// Where an export's rows go, the headings first.
pub trait Rows {
    type Error;
    fn row(&mut self, cells: &[Cell<'_>]) -> Result<(), Self::Error>;
}

/// A table as CSV: every cell made safe to open in a spreadsheet, lines ended CRLF.
#[derive(Default)]
pub struct CsvText {
    text: String,
    number: String,
}

impl CsvText {
    pub fn finish(self) -> String {
        self.text
    }
}

impl Rows for CsvText {
    type Error = Infallible;

    fn row(&mut self, cells: &[Cell<'_>]) -> Result<(), Infallible> {
        for (n, cell) in cells.iter().enumerate() {
            if n > 0 {
                self.text.push(',');
            }
            match cell {
                Cell::Text(text) => push_csv_cell(&mut self.text, text),
                // As its digits would be as text: a negative number keeps the `'` that stops `-3` being a formula.
                Cell::Number(number) => {
                    self.number.clear();
                    let _ = write!(self.number, "{number}");
                    push_csv_cell(&mut self.text, &self.number);
                }
            }
        }
        self.text.push_str("\r\n");
        Ok(())
    }
}

/// A cell of a CSV file, written onto `csv`, that a spreadsheet will not run as a formula: a leading `'` keeps it
/// text, and quotes keep a comma, a quote or a line break inside it.
pub fn push_csv_cell(csv: &mut String, text: &str) {
    let quoted = text.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'));
    if quoted {
        csv.push('"');
    }
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        csv.push('\'');
    }
    if quoted {
        let mut pieces = text.split('"');
        csv.push_str(pieces.next().unwrap_or_default());
        for piece in pieces {
            csv.push_str("\"\"");
            csv.push_str(piece);
        }
        csv.push('"');
    } else {
        csv.push_str(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv_cell(text: &str) -> String {
        let mut csv = String::new();
        push_csv_cell(&mut csv, text);
        csv
    }

    #[test]
    fn csv_cells_cannot_become_formulas() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("+44"), "'+44");
        assert_eq!(csv_cell("-1"), "'-1");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("Hill, Dale"), "\"Hill, Dale\"");
        assert_eq!(csv_cell("B82005"), "B82005");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("\r\n"), "\"'\r\n\"");
    }

    #[test]
    fn a_csv_row_holds_text_and_numbers_as_written_each_line_ended_crlf() {
        let mut csv = CsvText::default();
        let Ok(()) = csv.row(&["ODS code".into(), "List size".into(), "Note".into()]);
        let Ok(()) = csv.row(&["007".into(), Cell::Number(7_400), Cell::BLANK]);
        let Ok(()) = csv.row(&[Cell::Number(-3), "Hill, Dale".into(), Cell::from("*".to_owned())]);
        assert_eq!(csv.finish(), "ODS code,List size,Note\r\n007,7400,\r\n'-3,\"Hill, Dale\",*\r\n");
    }
}
