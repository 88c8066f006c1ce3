//! Dates of birth as the clinical systems export them, and who is a child on the letter's date.
//!
//! EMIS Web, SystmOne and Vision write dates day first: "01/01/2010", "1-1-2010", "01.01.2010", "01-Jan-2010",
//! "1 January 2010", or ISO "2010-01-01"; a spreadsheet that saved the file may add a time ("01/01/2010 00:00").
//! A two-digit year is refused, since its century is a guess. A month-first date cannot be told apart from a
//! day-first one by itself (02/03/2010 is read as 2 March), so the reader judges the column as a whole: a list whose
//! dates of birth are only valid month first (11/23/1950: US format, as a spreadsheet may re-save them), or that mixes
//! the two orders, is refused (see [`only_order`]).

use time::{Date, Month};

/// The age below which a parent or guardian decides for a child, and the letter is addressed to them.
pub const CHILD_UNDER: i32 = 16;

/// Why a date of birth cannot be read. Names the shape expected, never the value.
pub(crate) const NOT_A_DATE: &str = "not a date of birth (day, month and year, such as 31/01/1970 or 1970-01-31)";

/// The earliest year taken as a date of birth: an earlier one is a typing slip or a placeholder.
const EARLIEST_YEAR: i32 = 1850;

/// The date of birth in a cell: `Ok(None)` when the cell is empty, `Err(())` when it is not a date.
pub(crate) fn parse_date_of_birth(cell: &str) -> Result<Option<Date>, ()> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(None);
    }
    let date = without_time(cell).and_then(parse_date).ok_or(())?;
    if date.year() < EARLIEST_YEAR {
        return Err(());
    }
    Ok(Some(date))
}

/// The date part of "2010-01-01T00:00:00", "01/01/2010 00:00" or "01/01/2010 12:00:00 AM"; the cell itself when it
/// has no time; `None` when what follows the date is not a time.
fn without_time(cell: &str) -> Option<&str> {
    if let Some((date, time)) = cell.split_once('T')
        && date.len() == 10
        && date.bytes().all(|b| b.is_ascii_digit() || b == b'-')
    {
        return is_time(time).then_some(date);
    }
    // The time is the last words, from the one with the first colon: "1 January 2010 00:00".
    let Some(colon) = cell.find(':') else {
        return Some(cell);
    };
    let (date, time) = cell.split_at(cell[..colon].rfind(' ')?);
    is_time(time).then_some(date.trim_end())
}

/// "00:00", "12:00:00", "00:00:00.000", "12:00:00 AM".
fn is_time(time: &str) -> bool {
    let time = time.trim();
    let lower = time.to_ascii_lowercase();
    let time = match lower.strip_suffix("am").or_else(|| lower.strip_suffix("pm")) {
        Some(rest) => rest.trim_end(),
        None => lower.as_str(),
    };
    time.contains(':')
        && time.chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | '.'))
        && time.split(':').all(|part| !part.is_empty())
}

fn parse_date(text: &str) -> Option<Date> {
    let parts: Vec<&str> = text.split(['/', '-', '.', ' ']).filter(|p| !p.is_empty()).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str, most: usize| -> Option<u16> {
        (s.len() <= most && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
    };
    let (year, month, day) = if a.len() == 4 {
        // ISO: year first, then month and day as numbers.
        (number(a, 4)?, number(b, 2)?, number(c, 2)?)
    } else {
        let month = match number(b, 2) {
            Some(month) => month,
            None => month_named(b)?,
        };
        if c.len() != 4 {
            return None;
        }
        (number(c, 4)?, month, number(a, 2)?)
    };
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    Date::from_calendar_date(i32::from(year), month, u8::try_from(day).ok()?).ok()
}

/// The order of a date whose first two numbers can be read one way only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Order {
    /// The first number is over 12 and the second is a month: 23/11/1950.
    DayFirst,
    /// The second number is over 12 and the first is a month: 11/23/1950.
    MonthFirst,
}

/// Which order a date of birth's cell must be read in, when its first two numbers (day and month, in either order,
/// then a four-digit year) make a date one way only; `None` for any other cell (empty, ISO, a named month, not a
/// date, or a date valid both ways such as 02/03/2010).
pub(crate) fn only_order(cell: &str) -> Option<Order> {
    let date = without_time(cell.trim())?;
    let parts: Vec<&str> = date.split(['/', '-', '.', ' ']).filter(|p| !p.is_empty()).collect();
    let [a, b, year] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str| -> Option<u8> {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
    };
    let (a, b) = (number(a)?, number(b)?);
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = year.parse().ok()?;
    let valid = |day: u8, month: u8| {
        Month::try_from(month).is_ok_and(|month| Date::from_calendar_date(year, month, day).is_ok())
    };
    match (valid(a, b), valid(b, a)) {
        (true, false) => Some(Order::DayFirst),
        (false, true) => Some(Order::MonthFirst),
        _ => None,
    }
}

/// "Jan", "jan", "January", "Sept": the month's number.
fn month_named(word: &str) -> Option<u16> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = word.to_ascii_lowercase();
    let word = if word == "sept" { "sep".to_owned() } else { word };
    if word.len() < 3 {
        return None;
    }
    MONTHS.iter().position(|m| m.starts_with(word.as_str())).map(|i| i as u16 + 1)
}

/// Whether someone born on `born` is under 16 on `on`. A person is 16 from the start of their sixteenth birthday;
/// someone born on 29 February is 16 from 1 March in a year that has no 29 February, as English law reckons it.
pub fn under_16(born: Date, on: Date) -> bool {
    let mut age = on.year() - born.year();
    if (u8::from(on.month()), on.day()) < (u8::from(born.month()), born.day()) {
        age -= 1;
    }
    age < CHILD_UNDER
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn the_shapes_the_clinical_systems_export() {
        for (cell, expected) in [
            ("01/01/2010", date!(2010 - 01 - 01)),
            ("1/2/2010", date!(2010 - 02 - 01)),
            ("31-12-1970", date!(1970 - 12 - 31)),
            ("31.12.1970", date!(1970 - 12 - 31)),
            ("1970-12-31", date!(1970 - 12 - 31)),
            ("1970/12/31", date!(1970 - 12 - 31)),
            ("01-Jan-2010", date!(2010 - 01 - 01)),
            ("03-APR-1961", date!(1961 - 04 - 03)),
            ("3 April 1961", date!(1961 - 04 - 03)),
            ("14 Sept 1999", date!(1999 - 09 - 14)),
            ("29/02/2012", date!(2012 - 02 - 29)),
            (" 02/03/2010 ", date!(2010 - 03 - 02)),
            ("01/01/2010 00:00", date!(2010 - 01 - 01)),
            ("01/01/2010 00:00:00", date!(2010 - 01 - 01)),
            ("01/01/2010 12:00:00 AM", date!(2010 - 01 - 01)),
            ("2010-01-01T00:00:00", date!(2010 - 01 - 01)),
            ("2010-01-01T00:00:00.000", date!(2010 - 01 - 01)),
            ("01-OCT-2010", date!(2010 - 10 - 01)),
            ("1 August 2010 00:00", date!(2010 - 08 - 01)),
        ] {
            assert_eq!(parse_date_of_birth(cell), Ok(Some(expected)), "{cell}");
        }
        assert_eq!(parse_date_of_birth(""), Ok(None));
        assert_eq!(parse_date_of_birth("  "), Ok(None));
    }

    #[test]
    fn what_is_not_a_date_of_birth() {
        for cell in [
            "31/02/2010",
            "29/02/2013",
            "13/13/2010",
            "00/01/2010",
            "01/01/10",
            "01/01/12010",
            "2010-13-01",
            "Jan 2010",
            "01-Foo-2010",
            "01-Ja-2010",
            "01/01/1849",
            "unknown",
            "01/01/2010 lunchtime",
            "01/01/2010/01",
            "+1/01/2010",
            "١٢/٠١/٢٠١٠",
        ] {
            assert_eq!(parse_date_of_birth(cell), Err(()), "{cell}");
        }
    }

    #[test]
    fn the_order_a_date_can_only_be_read_in() {
        for cell in ["23/11/1950", "31-01-1970", "13.12.2001", "23/11/1950 00:00", " 13/1/2010 "] {
            assert_eq!(only_order(cell), Some(Order::DayFirst), "{cell}");
        }
        for cell in ["11/23/1950", "01-31-1970", "12.13.2001", "11/23/1950 12:00:00 AM", "1/13/2010"] {
            assert_eq!(only_order(cell), Some(Order::MonthFirst), "{cell}");
        }
        for cell in
            ["02/03/2010", "12/12/2012", "1950-11-23", "23-Nov-1950", "31/02/2010", "13/13/2010", "11/23/50", "", "x"]
        {
            assert_eq!(only_order(cell), None, "{cell}");
        }
    }

    #[test]
    fn a_person_is_16_from_their_sixteenth_birthday() {
        let born = date!(2010 - 03 - 02);
        assert!(under_16(born, date!(2026 - 03 - 01)));
        assert!(!under_16(born, date!(2026 - 03 - 02)), "16 on the day");
        assert!(!under_16(born, date!(2026 - 03 - 03)));
        assert!(under_16(born, date!(2010 - 03 - 02)), "a newborn");
        assert!(!under_16(date!(1970 - 12 - 31), date!(2026 - 01 - 01)));
    }

    #[test]
    fn a_leap_day_birthday_turns_16_on_29_february_or_else_1_march() {
        let born = date!(2008 - 02 - 29);
        // 2024 is a leap year: 16 on 29 February.
        assert!(under_16(born, date!(2024 - 02 - 28)));
        assert!(!under_16(born, date!(2024 - 02 - 29)));
        // 2100 is not: 16 on 1 March, not on 28 February.
        let born = date!(2084 - 02 - 29);
        assert!(under_16(born, date!(2100 - 02 - 28)));
        assert!(!under_16(born, date!(2100 - 03 - 01)));
        // A letter dated 29 February to someone born on 28 February 16 years before.
        assert!(!under_16(date!(2012 - 02 - 28), date!(2028 - 02 - 29)));
        assert!(under_16(date!(2012 - 03 - 01), date!(2028 - 02 - 29)));
    }
}
