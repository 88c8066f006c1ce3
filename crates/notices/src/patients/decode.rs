//! From the bytes of an export to text: UTF-8 (with or without a byte-order mark), else Windows-1252, which is what
//! Excel and the older clinical-system exports write on an English Windows PC. Binary files are refused here.

use std::borrow::Cow;

/// How the file was encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Encoding {
    /// UTF-8 without a byte-order mark (plain ASCII is reported as this too).
    Utf8,
    /// UTF-8 starting with the byte-order mark EF BB BF ("CSV UTF-8" in Excel).
    Utf8Bom,
    /// Not valid UTF-8, so read as Windows-1252 (Latin-1 plus 32 characters such as € and curly quotes).
    Windows1252,
}

/// Why the bytes are not taken as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NotText {
    /// Starts with a UTF-16 byte-order mark: "Unicode Text" from Excel.
    Utf16,
    /// Has NUL bytes, which no CSV export contains (spreadsheets, PDFs, images and zip files do).
    Nul,
    /// Mostly control characters.
    Control,
}

impl NotText {
    pub(crate) fn detail(self) -> &'static str {
        match self {
            NotText::Utf16 => "it is saved as UTF-16 \"Unicode Text\"; save it as \"CSV UTF-8\" instead",
            NotText::Nul => "it contains binary data, like a spreadsheet, PDF or zip file does",
            NotText::Control => "it is mostly control characters, so it is binary data rather than text",
        }
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes `bytes`: valid UTF-8 (after an optional BOM) is borrowed as it is; anything else is Windows-1252.
/// A BOM followed by bytes that are not UTF-8 is dropped, and the rest read as Windows-1252.
pub(crate) fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), NotText> {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(NotText::Utf16);
    }
    if bytes.contains(&0) {
        return Err(NotText::Nul);
    }
    // Tab, line feed and carriage return are text; every other C0 control and DEL counts against the file.
    let controls = bytes.iter().filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7F).count();
    if controls * 10 > bytes.len() {
        return Err(NotText::Control);
    }
    let (body, bom) = match bytes.strip_prefix(BOM) {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    match std::str::from_utf8(body) {
        Ok(text) => Ok((Cow::Borrowed(text), if bom { Encoding::Utf8Bom } else { Encoding::Utf8 })),
        Err(_) => Ok((Cow::Owned(windows_1252(body)), Encoding::Windows1252)),
    }
}

/// What Windows-1252 puts at 0x80–0x9F. The five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to
/// the C1 controls of the same value, as the WHATWG Encoding Standard does; 0xA0–0xFF are Latin-1 (U+00A0–U+00FF).
const HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', // 0x80
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}', // 0x88
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', // 0x90
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}', // 0x98
];

fn windows_1252(bytes: &[u8]) -> String {
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    // Every byte of 0x80 and above becomes two UTF-8 bytes, or three for the table's characters above U+07FF.
    let mut out = String::with_capacity(bytes.len() + high * 2);
    for &b in bytes {
        out.push(match b {
            0x00..=0x7F => char::from(b),
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_ascii_and_utf8_are_borrowed() {
        let (text, enc) = decode(b"Surname\nSmith\n").unwrap();
        assert!(matches!(text, Cow::Borrowed(_)));
        assert_eq!(enc, Encoding::Utf8);
        let (text, enc) = decode("Surname\nZoë\n".as_bytes()).unwrap();
        assert_eq!((text.as_ref(), enc), ("Surname\nZoë\n", Encoding::Utf8));
    }

    #[test]
    fn bom_is_stripped_and_reported() {
        let (text, enc) = decode(b"\xEF\xBB\xBFSurname\n").unwrap();
        assert_eq!((text.as_ref(), enc), ("Surname\n", Encoding::Utf8Bom));
    }

    #[test]
    fn invalid_utf8_is_windows_1252() {
        // £ is A3, é is E9, € is 80, the curly apostrophe is 92 in Windows-1252.
        let (text, enc) = decode(b"\xA35 Caf\xE9 \x80 O\x92Brien").unwrap();
        assert_eq!((text.as_ref(), enc), ("£5 Café € O\u{2019}Brien", Encoding::Windows1252));
    }

    #[test]
    fn every_byte_of_windows_1252_decodes_to_one_char() {
        let all: Vec<u8> = (1..=255u8).filter(|b| *b >= 0x20 || *b == b'\n').collect();
        let text = windows_1252(&all);
        assert_eq!(text.chars().count(), all.len());
        assert_eq!(text.chars().nth(all.iter().position(|&b| b == 0x9F).unwrap()), Some('Ÿ'));
        assert_eq!(text.chars().nth(all.iter().position(|&b| b == 0x8A).unwrap()), Some('Š'));
        assert_eq!(text.chars().last(), Some('ÿ'));
    }

    #[test]
    fn binary_is_refused() {
        assert_eq!(decode(b"PK\x03\x04\x14\x00\x06\x00").unwrap_err(), NotText::Nul);
        assert_eq!(decode(b"\xFF\xFES\x00u\x00").unwrap_err(), NotText::Utf16);
        assert_eq!(decode(b"\x01\x02\x03\x04abc\x05\x06").unwrap_err(), NotText::Control);
        // One stray control character in a line of text is tolerated.
        assert!(decode(b"Surname,Postcode\nSmith\x0B,LS1 4AP\n").is_ok());
    }
}
