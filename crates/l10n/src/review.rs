//! The check of `locales/languages.json`: each language's review record. Shared, as source, by the build script (a
//! file that fails it fails the build) and the library (which refuses it when it loads the list), so this file uses
//! nothing of the crate and only `serde_json` from outside it.
//!
//! Each entry is `{"code", "status", "app"?, "aliases"?, "reviewedBy"?, "reviewedOn"?}`. The status is `"complete"`
//! for the reference locale only (it is the text the others translate), `"draft"` for a translation nobody has
//! checked, or `"reviewed"`, which needs who reviewed it (`"reviewedBy"`) and when (`"reviewedOn"`, an ISO date
//! such as `"2026-03-02"`). A draft names no reviewer and no date: a half-recorded review is not a review.

use serde_json::Value;

const FIELDS: [&str; 6] = ["code", "status", "app", "aliases", "reviewedBy", "reviewedOn"];

/// Checks the list; the error names the entry (by its code, or its place when it has none) and what is wrong.
pub fn check(json: &str, reference: &str) -> Result<(), String> {
    let value: Value = serde_json::from_str(json).map_err(|e| format!("not JSON: {e}"))?;
    let entries = value.as_array().ok_or("not a list of languages")?;
    let mut codes: Vec<&str> = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        let object = entry.as_object().ok_or_else(|| format!("entry {}: not an object", index + 1))?;
        let code = object.get("code").and_then(Value::as_str).unwrap_or_default();
        let at = |problem: String| {
            if code.is_empty() { format!("entry {}: {problem}", index + 1) } else { format!("{code}: {problem}") }
        };
        if code.trim().is_empty() {
            return Err(at("no code".into()));
        }
        if let Some(unknown) = object.keys().find(|key| !FIELDS.contains(&key.as_str())) {
            return Err(at(format!("unknown field {unknown:?}")));
        }
        let aliases: Vec<&str> = match object.get("aliases") {
            None => Vec::new(),
            Some(Value::Array(list)) => list
                .iter()
                .map(|alias| alias.as_str().filter(|a| !a.trim().is_empty()))
                .collect::<Option<_>>()
                .ok_or_else(|| at("aliases must be language codes".into()))?,
            Some(_) => return Err(at("aliases must be a list".into())),
        };
        for name in std::iter::once(code).chain(aliases.iter().copied()) {
            if codes.iter().any(|seen| seen.eq_ignore_ascii_case(name)) {
                return Err(at(format!("{name} is listed twice")));
            }
            codes.push(name);
        }
        if object.get("app").is_some_and(|app| !app.is_boolean()) {
            return Err(at("app must be true or false".into()));
        }
        let text = |field: &str| match object.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(text)) => Ok(Some(text.trim())),
            Some(_) => Err(at(format!("{field} must be text"))),
        };
        let (by, on) = (text("reviewedBy")?, text("reviewedOn")?);
        match object.get("status").and_then(Value::as_str) {
            Some("complete") if code == reference => {}
            Some("complete") => {
                return Err(at(format!(
                    "only the reference locale, {reference}, is complete; a translation is draft or reviewed"
                )));
            }
            Some(_) if code == reference => return Err(at("the reference locale is complete".into())),
            Some("draft") => {
                if by.is_some() || on.is_some() {
                    return Err(at(
                        "a draft has no reviewedBy or reviewedOn: mark it reviewed, or remove the review".into()
                    ));
                }
            }
            Some("reviewed") => {
                match by {
                    Some(by) if !by.is_empty() => {}
                    _ => return Err(at("reviewed, but reviewedBy does not say who reviewed it".into())),
                }
                match on {
                    Some(on) if is_iso_date(on) => {}
                    Some(on) => return Err(at(format!("reviewedOn {on:?} is not a date like 2026-03-02"))),
                    None => {
                        return Err(at("reviewed, but reviewedOn does not say when (a date like 2026-03-02)".into()));
                    }
                }
            }
            Some(other) => return Err(at(format!("status {other:?} is not complete, draft or reviewed"))),
            None => return Err(at("no status".into())),
        }
    }
    if !codes.contains(&reference) {
        return Err(format!("the reference locale, {reference}, is not listed"));
    }
    Ok(())
}

/// A calendar date written YYYY-MM-DD.
pub fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return false;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    year >= 2000 && (1..=days).contains(&day)
}
