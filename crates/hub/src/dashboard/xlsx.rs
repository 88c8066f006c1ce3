//! Tables as Excel workbooks, for the exports people open in a spreadsheet. Every cell is written as text or as a
//! number, never as a formula, so a practice name that looks like one stays text.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use crate::ApiError;

/// One sheet named `sheet`, the first row bold as headings; a cell that is a whole number (and not a code with a
/// leading zero) is written as a number, so the spreadsheet can add it up.
pub fn workbook(sheet: &str, table: &[Vec<String>]) -> Result<Vec<u8>, ApiError> {
    write(sheet, table).map_err(|error| {
        tracing::error!(%error, "an XLSX export failed");
        ApiError::new(axum::http::StatusCode::INTERNAL_SERVER_ERROR, "export-failed", "the export could not be made")
    })
}

fn write(sheet: &str, table: &[Vec<String>]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let worksheet = workbook.add_worksheet();
    worksheet.set_name(sheet)?;
    let bold = Format::new().set_bold();
    for (r, row) in table.iter().enumerate() {
        let r = u32::try_from(r).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (c, text) in row.iter().enumerate() {
            let c = u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)?;
            match number(text) {
                Some(n) if r > 0 => worksheet.write_number(r, c, n)?,
                _ if r == 0 => worksheet.write_string_with_format(r, c, text, &bold)?,
                _ => worksheet.write_string(r, c, text)?,
            };
        }
    }
    worksheet.set_freeze_panes(1, 0)?;
    workbook.save_to_buffer()
}

/// A whole number as a spreadsheet would hold it; codes such as "02V" or "007" stay text.
fn number(text: &str) -> Option<f64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let plain =
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && (digits == "0" || !digits.starts_with('0'));
    plain.then(|| text.parse::<i64>().ok()).flatten().map(|n| n as f64)
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn whole_numbers_are_numbers_and_codes_stay_text() {
        assert_eq!([number("0"), number("140"), number("-3")], [Some(0.0), Some(140.0), Some(-3.0)]);
        for text in ["02V", "007", "*", "", "7.4", "B82005", "=1+1", "-"] {
            assert_eq!(number(text), None, "{text}");
        }
    }
}
