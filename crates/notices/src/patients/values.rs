//! The values of one row: names and address lines tidied, the postcode and NHS number checked, the preferred
//! language and the need for large print read from what the clinical system wrote.

use std::borrow::Cow;

/// Trims and collapses every run of whitespace (line breaks included) to one space, and drops control characters:
/// a stray unit separator, or a Windows-1252 byte that has no character, is nothing a reader could use, and no
/// font has a glyph for it, so one such byte would stop every letter from printing.
pub(crate) fn tidy(cell: &str) -> String {
    cell.split_whitespace()
        .map(|word| {
            if word.contains(char::is_control) {
                Cow::Owned(word.replace(char::is_control, ""))
            } else {
                Cow::Borrowed(word)
            }
        })
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A UK postcode in its printed form: upper case, one space before the inward code ("LS1 4AP"), or `None` when the
/// cell does not have the shape of one. The shape follows the Royal Mail rules: outward code A9, A99, AA9, AA99,
/// A9A or AA9A; inward code 9AA; no Q, V or X first, no I, J or Z second, and no C, I, K, M, O or V in the inward
/// letters. GIR 0AA is the one exception.
pub(crate) fn normalise_postcode(cell: &str) -> Option<String> {
    let compact: String = cell.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_uppercase).collect();
    if !compact.is_ascii() || !(5..=7).contains(&compact.len()) {
        return None;
    }
    let (outward, inward) = compact.split_at(compact.len() - 3);
    let printed = format!("{outward} {inward}");
    if compact == "GIR0AA" {
        return Some(printed);
    }
    let inward_ok = matches!(inward.as_bytes(), [d, a, b] if d.is_ascii_digit()
        && [a, b].iter().all(|l| l.is_ascii_uppercase() && !b"CIKMOV".contains(l)));
    let first = |b: &u8| b.is_ascii_uppercase() && !b"QVX".contains(b);
    let second = |b: &u8| b.is_ascii_uppercase() && !b"IJZ".contains(b);
    let digit = |b: &u8| b.is_ascii_digit();
    let outward_ok = match outward.as_bytes() {
        // A9
        [a, b] => first(a) && digit(b),
        // A99, AA9, A9A
        [a, b, c] => {
            first(a) && (digit(b) && digit(c) || second(b) && digit(c) || digit(b) && b"ABCDEFGHJKPSTUW".contains(c))
        }
        // AA99, AA9A
        [a, b, c, d] => first(a) && second(b) && digit(c) && (digit(d) || b"ABEHMNPRVWXY".contains(d)),
        _ => false,
    };
    (inward_ok && outward_ok).then_some(printed)
}

/// What is wrong with an NHS number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NhsNumberProblem {
    NotTenDigits,
    CheckDigit,
}

impl NhsNumberProblem {
    pub(crate) fn reason(self) -> &'static str {
        match self {
            NhsNumberProblem::NotTenDigits => "not 10 digits",
            NhsNumberProblem::CheckDigit => "the check digit is wrong (modulus 11)",
        }
    }
}

/// An NHS number in its printed form "943 476 5919", `None` when the cell is empty. Spaces and hyphens are
/// ignored; the tenth digit must be the modulus-11 check digit of the first nine (weights 10 down to 2).
pub(crate) fn normalise_nhs_number(cell: &str) -> Result<Option<String>, NhsNumberProblem> {
    let digits: Vec<u8> = cell.bytes().filter(|b| !matches!(b, b' ' | b'-' | b'\t')).collect();
    if digits.is_empty() {
        return Ok(None);
    }
    if digits.len() != 10 || !digits.iter().all(u8::is_ascii_digit) {
        return Err(NhsNumberProblem::NotTenDigits);
    }
    let value = |i: usize| u32::from(digits[i] - b'0');
    let sum: u32 = (0..9).map(|i| value(i) * (10 - i as u32)).sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return Err(NhsNumberProblem::CheckDigit),
        c => c,
    };
    if check != value(9) {
        return Err(NhsNumberProblem::CheckDigit);
    }
    let s = String::from_utf8(digits).expect("ASCII digits");
    Ok(Some(format!("{} {} {}", &s[..3], &s[3..6], &s[6..])))
}

/// The languages a letter can be printed in: English and the nine most spoken after it in England (2011 census),
/// with Somali, as BCP 47 tags. Punjabi has two: `pa` in the Gurmukhi script (read mostly by families from Indian
/// Punjab) and `pa-Arab` in the Shahmukhi script (Perso-Arabic, right to left; families from Pakistan).
pub const LANGUAGES: [&str; 12] = ["en-GB", "pl", "pa", "pa-Arab", "ur", "bn", "gu", "ar", "fr", "zh-CN", "pt", "so"];

const ENGLISH: &str = "en-GB";
const GURMUKHI: &str = "pa";
const SHAHMUKHI: &str = "pa-Arab";

/// The script a letter for "Punjabi" is printed in when the list does not say which: the practice's choice, Gurmukhi
/// unless it chooses otherwise. A cell that names the script ("Punjabi (Shahmukhi)", "pa-Arab", "Western Punjabi")
/// keeps it whatever the choice.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum PunjabiScript {
    #[default]
    Gurmukhi,
    Shahmukhi,
}

impl PunjabiScript {
    /// The letter's language in this script.
    pub fn locale(self) -> &'static str {
        match self {
            PunjabiScript::Gurmukhi => GURMUKHI,
            PunjabiScript::Shahmukhi => SHAHMUKHI,
        }
    }
}

/// A language code (ISO 639-1, 639-2/B and /T, 639-3), lower case, to the letter's language; `subtags` are the
/// tag's others (script, region), lower case, which choose Punjabi's script.
fn by_code(code: &str, subtags: &[&str]) -> Option<&'static str> {
    Some(match code {
        "en" | "eng" => ENGLISH,
        "pl" | "pol" => "pl",
        // pan is Eastern Punjabi, written in Gurmukhi; a tag may name the script (pa-Guru, pa-Arab), or Pakistan,
        // where Punjabi is written in Shahmukhi (pa-PK).
        "pa" | "pan" if subtags.iter().any(|s| matches!(*s, "arab" | "pk")) => SHAHMUKHI,
        "pa" | "pan" => GURMUKHI,
        // Western Punjabi (pnb) and the Lahnda group (lah) are written in Shahmukhi.
        "pnb" | "lah" => SHAHMUKHI,
        "ur" | "urd" => "ur",
        // Sylheti (syl) is spoken by most of England's Bangladeshi families, who read Bengali.
        "bn" | "ben" | "syl" => "bn",
        "gu" | "guj" => "gu",
        "ar" | "ara" | "arb" => "ar",
        "fr" | "fra" | "fre" => "fr",
        // Mandarin (cmn) and Cantonese (yue) are spoken; both are written in Chinese characters, and the letter is
        // in Simplified Chinese (zh-CN). Readers from Hong Kong may prefer Traditional: there is no letter for it yet.
        "zh" | "zho" | "chi" | "cmn" | "yue" => "zh-CN",
        "pt" | "por" => "pt",
        "so" | "som" => "so",
        _ => return None,
    })
}

/// What a word naming a language names: a letter's language, or Punjabi without its script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Named {
    Language(&'static str),
    Punjabi,
}

/// A word naming a language, lower case: English names with their usual variant spellings, and the names in the
/// languages themselves.
fn by_name(word: &str) -> Option<Named> {
    Some(Named::Language(match word {
        "english" => ENGLISH,
        "polish" | "polski" => "pl",
        "punjabi" | "panjabi" => return Some(Named::Punjabi),
        // The name written in a script says the script.
        "ਪੰਜਾਬੀ" => GURMUKHI,
        "پنجابی" | "lahnda" | "lahndi" => SHAHMUKHI,
        "urdu" | "اردو" => "ur",
        "bengali" | "bangla" | "sylheti" | "বাংলা" => "bn",
        "gujarati" | "gujerati" | "ગુજરાતી" => "gu",
        "arabic" | "العربية" => "ar",
        "french" | "français" | "francais" => "fr",
        // Cantonese goes to the Simplified Chinese letter too: see `by_code`.
        "chinese" | "mandarin" | "cantonese" | "putonghua" | "中文" | "汉语" | "漢語" | "普通话" | "粤语" | "粵語" => {
            "zh-CN"
        }
        "portuguese" | "portugese" | "português" | "portugues" => "pt",
        "somali" | "soomaali" => "so",
        _ => return None,
    }))
}

/// A word naming Punjabi's script: Gurmukhi or Shahmukhi, in English or in itself.
fn script(word: &str) -> Option<&'static str> {
    match word {
        "gurmukhi" | "ਗੁਰਮੁਖੀ" => Some(GURMUKHI),
        "shahmukhi" | "شاہمکھی" => Some(SHAHMUKHI),
        _ => None,
    }
}

/// The letter's language for what the list says the patient speaks, with a plain "Punjabi" in Gurmukhi (see
/// [`language_in`]).
pub fn language_for(cell: &str) -> &'static str {
    language_in(cell, PunjabiScript::default())
}

/// The letter's language for what the list says the patient speaks. Understands language names ("Polish",
/// "Polish (Polski)", "Main spoken language: Punjabi") and codes ("pl", "POL", "pl-PL", "zh_Hans"), in any case.
/// Punjabi goes to the script the cell names ("Punjabi (Shahmukhi)", "Gurmukhi", "pa-Arab", "pnb", "Western
/// Punjabi", "Lahnda"), else to `punjabi`, the practice's choice. Anything else, or nothing, is English ("en-GB").
pub fn language_in(cell: &str, punjabi: PunjabiScript) -> &'static str {
    let lower = cell.trim().to_lowercase();
    // A code alone, perhaps with region or script subtags. Codes are not looked for inside longer text, where "so"
    // or "pa" would be words rather than Somali or Punjabi.
    if lower.chars().all(|c| c.is_ascii_alphabetic() || c == '-' || c == '_') {
        let mut parts = lower.split(['-', '_']);
        let primary = parts.next().unwrap_or_default();
        let subtags: Vec<&str> = parts.collect();
        if let Some(language) = by_code(primary, &subtags) {
            return language;
        }
    }
    // Otherwise the first word naming a language. Words are split at spaces and ASCII punctuation only, so the
    // vowel signs of Bengali, Gurmukhi and Gujarati stay inside their words.
    let words: Vec<&str> = lower.split(|c: char| c.is_whitespace() || c.is_ascii_punctuation()).collect();
    let named_script = words.iter().find_map(|word| script(word));
    let western = words.windows(2).any(|pair| pair[0] == "western" && matches!(pair[1], "punjabi" | "panjabi"));
    // "Shah Mukhi" and "شاہ مکھی" are written as two words too.
    let shah_mukhi = words.windows(2).any(|pair| matches!(pair, ["shah", "mukhi"] | ["شاہ", "مکھی"]));
    let named_script = named_script.or((western || shah_mukhi).then_some(SHAHMUKHI));
    match words.iter().find_map(|word| by_name(word)) {
        Some(Named::Language(language)) => language,
        Some(Named::Punjabi) => named_script.unwrap_or(punjabi.locale()),
        None => named_script.unwrap_or(ENGLISH),
    }
}

/// Whether the communication-needs cell asks for large print ("Large print", "LARGE PRINT 16pt", "large-print",
/// "Requires written information in large print", "Large font"). A mention in a clause that also says no, not, none,
/// never or without ("Does not need large print", "Large print: no") does not count; another clause may still ask
/// for it ("Not braille; large print").
pub fn large_print_needed(cell: &str) -> bool {
    let lower = cell.to_lowercase().replace(['\'', '\u{2019}'], "");
    lower.split([',', ';', '.', '/', '|', '(', ')', '\n', '\r']).any(|clause| {
        let words: Vec<&str> = clause.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let mentions = words.contains(&"largeprint")
            || words.windows(2).any(|pair| {
                matches!(pair[0], "large" | "larger" | "big" | "giant") && matches!(pair[1], "print" | "font" | "type")
            });
        let negated =
            words.iter().any(|w| matches!(*w, "no" | "not" | "none" | "never" | "without" | "dont" | "doesnt"));
        mentions && !negated
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_collapses_whitespace() {
        assert_eq!(tidy("  Mary \t Ann\r\n "), "Mary Ann");
        assert_eq!(tidy(" \n "), "");
        assert_eq!(tidy("As\u{1f}h \u{81} Lane\u{7f}"), "Ash Lane");
    }

    #[test]
    fn postcodes_of_every_shape() {
        for (cell, printed) in [
            ("ls1 4ap", "LS1 4AP"),
            ("LS14AP", "LS1 4AP"),
            (" BA1  1AA ", "BA1 1AA"),
            ("M1 1AE", "M1 1AE"),
            ("B33 8TH", "B33 8TH"),
            ("CR2 6XH", "CR2 6XH"),
            ("DN55 1PT", "DN55 1PT"),
            ("W1A 0AX", "W1A 0AX"),
            ("EC1A 1BB", "EC1A 1BB"),
            ("so16 0as", "SO16 0AS"),
            ("GIR 0AA", "GIR 0AA"),
        ] {
            assert_eq!(normalise_postcode(cell).as_deref(), Some(printed), "{cell}");
        }
    }

    #[test]
    fn things_that_are_not_postcodes() {
        for cell in [
            "",
            "LS1",
            "LS1 4A",
            "LS1 4AP1",
            "1LS 4AP",
            "LS1 AAP",
            "LS1 4CP",
            "QS1 4AP",
            "LZ1 4AP",
            "W1I 0AX",
            "EC1C 1BB",
            "LS123 4AP",
            "L$1 4AP",
            "ＬＳ1 4AP",
            "unknown",
        ] {
            assert_eq!(normalise_postcode(cell), None, "{cell}");
        }
    }

    #[test]
    fn nhs_numbers_are_checked_by_modulus_11() {
        assert_eq!(normalise_nhs_number("9434765919"), Ok(Some("943 476 5919".to_string())));
        assert_eq!(normalise_nhs_number("943 476 5919"), Ok(Some("943 476 5919".to_string())));
        assert_eq!(normalise_nhs_number("943-476-5919"), Ok(Some("943 476 5919".to_string())));
        assert_eq!(normalise_nhs_number("9990000018"), Ok(Some("999 000 0018".to_string())));
        // Remainder 0 gives check digit 0.
        assert_eq!(normalise_nhs_number("9990000050"), Ok(Some("999 000 0050".to_string())));
        assert_eq!(normalise_nhs_number(" "), Ok(None));
        assert_eq!(normalise_nhs_number("9434765918"), Err(NhsNumberProblem::CheckDigit));
        // 999 000 000 leaves remainder 1, so its check digit would be 10: no number starts with it.
        for last in 0..=9 {
            assert_eq!(normalise_nhs_number(&format!("999000000{last}")), Err(NhsNumberProblem::CheckDigit));
        }
        assert_eq!(normalise_nhs_number("943476591"), Err(NhsNumberProblem::NotTenDigits));
        assert_eq!(normalise_nhs_number("94347659190"), Err(NhsNumberProblem::NotTenDigits));
        assert_eq!(normalise_nhs_number("943476591X"), Err(NhsNumberProblem::NotTenDigits));
    }

    #[test]
    fn languages_by_name() {
        for (cell, tag) in [
            ("Polish", "pl"),
            ("Polish (Polski)", "pl"),
            ("PANJABI", "pa"),
            ("Punjabi", "pa"),
            ("Urdu", "ur"),
            ("Bengali", "bn"),
            ("Sylheti", "bn"),
            ("Gujarati", "gu"),
            ("Arabic", "ar"),
            ("French", "fr"),
            ("Chinese", "zh-CN"),
            ("Mandarin", "zh-CN"),
            ("Cantonese", "zh-CN"),
            ("Portuguese", "pt"),
            ("Somali", "so"),
            ("English", "en-GB"),
            ("Main spoken language Polish (finding)", "pl"),
            ("Interpreter needed - Urdu", "ur"),
            ("বাংলা", "bn"),
            ("ગુજરાતી", "gu"),
            ("中文", "zh-CN"),
        ] {
            assert_eq!(language_for(cell), tag, "{cell}");
        }
    }

    #[test]
    fn languages_by_code() {
        for (cell, tag) in [
            ("pl", "pl"),
            ("POL", "pl"),
            ("pl-PL", "pl"),
            ("pa", "pa"),
            ("pan", "pa"),
            ("ur", "ur"),
            ("urd", "ur"),
            ("bn", "bn"),
            ("ben", "bn"),
            ("gu", "gu"),
            ("guj", "gu"),
            ("ar", "ar"),
            ("ara", "ar"),
            ("fr", "fr"),
            ("fra", "fr"),
            ("fre", "fr"),
            ("zh", "zh-CN"),
            ("zho", "zh-CN"),
            ("chi", "zh-CN"),
            ("cmn", "zh-CN"),
            ("yue", "zh-CN"),
            ("zh_Hans_CN", "zh-CN"),
            ("pt", "pt"),
            ("pt-BR", "pt"),
            ("por", "pt"),
            ("so", "so"),
            ("som", "so"),
            ("en", "en-GB"),
            ("eng", "en-GB"),
            ("en-US", "en-GB"),
        ] {
            assert_eq!(language_for(cell), tag, "{cell}");
        }
    }

    #[test]
    fn punjabi_goes_to_the_script_the_list_names_else_the_practices_choice() {
        for (cell, tag) in [
            ("Punjabi (Gurmukhi)", "pa"),
            ("Gurmukhi", "pa"),
            ("pa", "pa"),
            ("pa-Guru", "pa"),
            ("PA_Guru_IN", "pa"),
            ("pan", "pa"),
            ("ਪੰਜਾਬੀ", "pa"),
            ("Punjabi (Shahmukhi)", "pa-Arab"),
            ("Shahmukhi", "pa-Arab"),
            ("Punjabi - Shah Mukhi", "pa-Arab"),
            ("pa-Arab", "pa-Arab"),
            ("pa-Arab-PK", "pa-Arab"),
            ("pa-PK", "pa-Arab"),
            ("pnb", "pa-Arab"),
            ("Western Punjabi", "pa-Arab"),
            ("Lahnda", "pa-Arab"),
            ("پنجابی", "pa-Arab"),
        ] {
            for choice in [PunjabiScript::Gurmukhi, PunjabiScript::Shahmukhi] {
                assert_eq!(language_in(cell, choice), tag, "{cell} with {choice:?}");
            }
        }
        for cell in ["Punjabi", "PANJABI", "Main spoken language: Punjabi"] {
            assert_eq!(language_for(cell), "pa", "{cell}: Gurmukhi unless the practice chooses otherwise");
            assert_eq!(language_in(cell, PunjabiScript::Shahmukhi), "pa-Arab", "{cell}");
        }
        assert_eq!(language_in("Urdu", PunjabiScript::Shahmukhi), "ur", "the choice is Punjabi's only");
        assert_eq!(language_in("Urdu (Shahmukhi script)", PunjabiScript::Gurmukhi), "ur", "the first language wins");
    }

    #[test]
    fn unknown_or_missing_language_is_english() {
        for cell in ["", "  ", "Welsh", "British Sign Language", "Not known so no letter", "de", "xx-YY", "?"] {
            assert_eq!(language_for(cell), "en-GB", "{cell}");
        }
        for cell in ["Polish", "pl", "zh-CN", "so"] {
            assert!(LANGUAGES.contains(&language_for(cell)));
        }
    }

    #[test]
    fn large_print_is_recognised() {
        for cell in [
            "Large print",
            "LARGE PRINT 16pt",
            "Requires large print",
            "large-print",
            "Requires written information in large print",
            "Largeprint",
            "Large font please",
            "Not braille; large print",
            "Large print (not braille)",
            "Large print: yes",
        ] {
            assert!(large_print_needed(cell), "{cell}");
        }
        for cell in [
            "",
            "Braille",
            "Easy read",
            "Requires interpreter",
            "Does not need large print",
            "No large print",
            "Large print: no",
            "Doesn't want large print",
            "Print is fine; large envelope",
        ] {
            assert!(!large_print_needed(cell), "{cell}");
        }
    }
}
