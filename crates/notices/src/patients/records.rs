//! The CSV records of the decoded text (RFC 4180 as Excel and the clinical systems write it): fields split by one
//! delimiter, quoted fields holding delimiters, doubled quotes and line breaks, records ended by CRLF, LF or CR.
//!
//! Written here rather than with the `csv` crate for three things the list needs: line numbers as a text editor
//! shows them (CR alone counts as a line break too), an unclosed quote reported where it opens rather than silently
//! swallowing the rest of the file, and an over-long field measured without being copied.

use std::borrow::Cow;

use super::MAX_COLUMNS;

/// One field of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Cell<'a> {
    Text(Cow<'a, str>),
    /// Longer than the limit; holds the length in characters, never the text.
    TooLong(usize),
}

impl Cell<'_> {
    pub(crate) fn is_blank(&self) -> bool {
        matches!(self, Cell::Text(t) if t.trim().is_empty())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Record<'a> {
    /// The 1-based line the record starts on.
    pub line: usize,
    /// The first [`MAX_COLUMNS`] fields: a line of a million delimiters must not become a million cells.
    pub cells: Vec<Cell<'a>>,
    /// How many fields the record has, those past the cells included.
    pub fields: usize,
    /// Whether every field, kept or not, is empty or spaces.
    pub blank: bool,
}

/// A quoted field is never closed: the rest of the file would be one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unclosed {
    /// The line where the quote opens.
    pub line: usize,
}

/// The records of `text`, blank lines skipped. After an [`Unclosed`] the iterator ends.
pub(crate) struct Records<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    delimiter: u8,
    max_chars: usize,
}

impl<'a> Records<'a> {
    pub(crate) fn new(text: &'a str, delimiter: u8, max_chars: usize) -> Self {
        Records { text, pos: 0, line: 1, delimiter, max_chars }
    }

    fn at(&self, i: usize) -> Option<u8> {
        self.text.as_bytes().get(i).copied()
    }

    /// Steps over the line break at `pos` (CRLF, LF or CR), counting one line.
    fn line_break(&mut self) {
        if self.at(self.pos) == Some(b'\r') && self.at(self.pos + 1) == Some(b'\n') {
            self.pos += 2;
        } else {
            self.pos += 1;
        }
        self.line += 1;
    }

    fn cell(&self, text: Cow<'a, str>, chars: usize) -> Cell<'a> {
        if chars > self.max_chars { Cell::TooLong(chars) } else { Cell::Text(text) }
    }

    /// The field at `pos`, leaving `pos` on the delimiter, line break or end after it. Delimiters, quotes and line
    /// breaks are ASCII, so byte positions found here are always char boundaries.
    fn field(&mut self) -> Result<Cell<'a>, Unclosed> {
        let bytes = self.text.as_bytes();
        let delimiter = self.delimiter;
        let ends_field = |b: u8| b == delimiter || b == b'\n' || b == b'\r';
        if self.at(self.pos) != Some(b'"') {
            let start = self.pos;
            let len = bytes[start..].iter().position(|&b| ends_field(b)).unwrap_or(bytes.len() - start);
            self.pos = start + len;
            let text = &self.text[start..self.pos];
            return Ok(self.cell(Cow::Borrowed(text), text.chars().count()));
        }
        let open_line = self.line;
        let start = self.pos + 1;
        let mut i = start;
        let mut doubled = 0;
        loop {
            match bytes.get(i) {
                None => return Err(Unclosed { line: open_line }),
                Some(b'"') if bytes.get(i + 1) == Some(&b'"') => {
                    doubled += 1;
                    i += 2;
                }
                Some(b'"') => break,
                Some(b'\n') => {
                    self.line += 1;
                    i += 1;
                }
                Some(b'\r') => {
                    if bytes.get(i + 1) != Some(&b'\n') {
                        self.line += 1;
                    }
                    i += 1;
                }
                Some(_) => i += 1,
            }
        }
        let inner = &self.text[start..i];
        // Text after the closing quote ("abc"def) is kept, as Excel does, rather than refusing the file.
        let tail_start = i + 1;
        let tail_len = bytes[tail_start..].iter().position(|&b| ends_field(b)).unwrap_or(bytes.len() - tail_start);
        self.pos = tail_start + tail_len;
        let tail = &self.text[tail_start..self.pos];
        let chars = inner.chars().count() - doubled + tail.chars().count();
        if chars > self.max_chars {
            return Ok(Cell::TooLong(chars));
        }
        let text = if doubled == 0 && tail.is_empty() {
            Cow::Borrowed(inner)
        } else {
            let mut owned = inner.replace("\"\"", "\"");
            owned.push_str(tail);
            Cow::Owned(owned)
        };
        Ok(self.cell(text, chars))
    }
}

impl<'a> Iterator for Records<'a> {
    type Item = Result<Record<'a>, Unclosed>;

    fn next(&mut self) -> Option<Self::Item> {
        while matches!(self.at(self.pos), Some(b'\r' | b'\n')) {
            self.line_break();
        }
        self.at(self.pos)?;
        let line = self.line;
        let mut cells = Vec::new();
        let (mut fields, mut blank) = (0, true);
        loop {
            match self.field() {
                Ok(cell) => {
                    fields += 1;
                    blank &= cell.is_blank();
                    if cells.len() < MAX_COLUMNS {
                        cells.push(cell);
                    }
                }
                Err(unclosed) => {
                    self.pos = self.text.len();
                    return Some(Err(unclosed));
                }
            }
            match self.at(self.pos) {
                Some(b) if b == self.delimiter => self.pos += 1,
                Some(_) => {
                    self.line_break();
                    break;
                }
                None => break,
            }
        }
        Some(Ok(Record { line, cells, fields, blank }))
    }
}

/// The delimiters a list may use, in order of preference when they tie.
pub(crate) const DELIMITERS: [u8; 3] = [b',', b'\t', b';'];

/// Picks the delimiter from the header line (quotes respected) and the rows after it: the one that gives the header
/// two or more columns and the most of the first rows with the same number of fields, then the most columns.
pub(crate) fn detect_delimiter(text: &str) -> u8 {
    const SAMPLE: usize = 20;
    let mut best = (b',', (0, 0));
    for delimiter in DELIMITERS {
        let mut records = Records::new(text, delimiter, 1_000).map_while(Result::ok);
        let Some(header) = records.next() else { continue };
        let columns = header.fields;
        // Only a delimiter that splits the header can win: otherwise a header whose quote is never closed under
        // the comma reads as one tab-separated column, and the quote is reported as a missing header.
        if columns < 2 {
            continue;
        }
        let consistent = records.take(SAMPLE).filter(|r| r.fields == columns).count();
        let score = (consistent, columns);
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn parse(text: &str, delimiter: u8) -> Vec<(usize, Vec<String>)> {
        Records::new(text, delimiter, 1_000)
            .map(|r| {
                let r = r.unwrap();
                let cells = r
                    .cells
                    .into_iter()
                    .map(|c| match c {
                        Cell::Text(t) => t.into_owned(),
                        Cell::TooLong(n) => format!("<{n}>"),
                    })
                    .collect();
                (r.line, cells)
            })
            .collect()
    }

    fn row(line: usize, cells: &[&str]) -> (usize, Vec<String>) {
        (line, cells.iter().map(|c| c.to_string()).collect())
    }

    #[test]
    fn simple_rows_lf_and_crlf() {
        let expected = vec![row(1, &["a", "b"]), row(2, &["c", ""]), row(3, &["", "d"])];
        assert_eq!(parse("a,b\nc,\n,d\n", b','), expected);
        assert_eq!(parse("a,b\r\nc,\r\n,d", b','), expected);
        assert_eq!(parse("a,b\rc,\r,d\r", b','), expected);
    }

    #[test]
    fn quotes_hold_delimiters_doubled_quotes_and_line_breaks() {
        let text = "name,address\n\"Smith, Jo\",\"1 \"\"The Rise\"\"\r\nLeeds\"\nNext,x\n";
        assert_eq!(
            parse(text, b','),
            vec![
                row(1, &["name", "address"]),
                row(2, &["Smith, Jo", "1 \"The Rise\"\r\nLeeds"]),
                row(4, &["Next", "x"])
            ]
        );
    }

    #[test]
    fn blank_lines_are_skipped_but_counted() {
        assert_eq!(parse("a\n\n\r\nb\n\n", b','), vec![row(1, &["a"]), row(4, &["b"])]);
    }

    #[test]
    fn text_after_a_closing_quote_is_kept_and_stray_quotes_are_literal() {
        assert_eq!(parse("\"abc\"def,5'10\"\n", b','), vec![row(1, &["abcdef", "5'10\""])]);
    }

    #[test]
    fn unclosed_quote_is_reported_where_it_opens() {
        let mut records = Records::new("a,b\nc,\"open\nmore\nand more\n", b',', 1_000);
        assert!(records.next().unwrap().is_ok());
        assert_eq!(records.next().unwrap().unwrap_err(), Unclosed { line: 2 });
        assert!(records.next().is_none());
    }

    #[test]
    fn over_long_fields_are_measured_not_kept() {
        let long = "x".repeat(1_001);
        let quoted = format!("\"{}\"\"\"", "é".repeat(999));
        assert_eq!(
            parse(&format!("{long},ok,{quoted}\n"), b','),
            vec![row(1, &["<1001>", "ok", &format!("{}\"", "é".repeat(999))])]
        );
        let text = format!("\"{}\"\"\",ok\n", "é".repeat(1_000));
        assert_eq!(parse(&text, b','), vec![row(1, &["<1001>", "ok"])]);
    }

    #[test]
    fn delimiter_is_detected() {
        assert_eq!(detect_delimiter("Surname,Forename,Postcode\nA,B,C\n"), b',');
        assert_eq!(detect_delimiter("Surname\tForename\tPostcode\nA, B\tC\tD\n"), b'\t');
        assert_eq!(detect_delimiter("Surname;Address;Postcode\nA;1, High St;LS1 4AP\n"), b';');
        // Commas inside quotes do not count.
        assert_eq!(detect_delimiter("\"Surname, family\";\"Post, code\";x\n"), b';');
        // The header decides between delimiters that all split it: the rows agree with the tab.
        assert_eq!(detect_delimiter("a,b\tc,d\te\n1\t2,3\t4\n5\t6\t7\n"), b'\t');
        assert_eq!(detect_delimiter("Surname\n"), b',');
        assert_eq!(detect_delimiter(""), b',');
        // A header quote never closed under the comma: no one-column reading under another delimiter hides it.
        assert_eq!(detect_delimiter("Surname,\"Address,Postcode\nA\tB\n"), b',');
    }

    #[test]
    fn a_record_keeps_at_most_max_columns_cells_but_counts_every_field() {
        let wide = format!("{}x\n{}\n", ",".repeat(MAX_COLUMNS + 5), ", ".repeat(MAX_COLUMNS * 2));
        let records: Vec<Record<'_>> = Records::new(&wide, b',', 1_000).map(Result::unwrap).collect();
        assert_eq!(
            (records[0].cells.len(), records[0].fields, records[0].blank),
            (MAX_COLUMNS, MAX_COLUMNS + 6, false)
        );
        assert_eq!(
            (records[1].cells.len(), records[1].fields, records[1].blank),
            (MAX_COLUMNS, MAX_COLUMNS * 2 + 1, true)
        );
    }

    proptest! {
        /// Any fields written the way Excel writes them (quoted, quotes doubled) read back the same.
        #[test]
        fn written_records_read_back(
            rows in prop::collection::vec(prop::collection::vec("[a-z ,;\t\"\r\né£]{0,8}", 1..5), 1..6),
            delimiter in prop::sample::select(DELIMITERS.to_vec()),
            crlf in any::<bool>(),
        ) {
            let sep = if crlf { "\r\n" } else { "\n" };
            let text: String = rows
                .iter()
                .map(|r| {
                    let quoted: Vec<String> = r.iter().map(|f| format!("\"{}\"", f.replace('"', "\"\""))).collect();
                    quoted.join(&char::from(delimiter).to_string())
                })
                .collect::<Vec<_>>()
                .join(sep);
            let read: Vec<Vec<String>> = parse(&text, delimiter).into_iter().map(|(_, cells)| cells).collect();
            prop_assert_eq!(read, rows);
        }
    }
}
