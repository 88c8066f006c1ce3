use serde::{Deserialize, Serialize};
use time::{Date, Duration};

use crate::profile::{FieldError, whole_number};

/// The awareness period before the first extract, when every patient is told and can object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FairProcessingWindow {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub start: Date,
    pub weeks: u8,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub first_extract: Date,
}

pub const DEFAULT_WINDOW_WEEKS: u8 = 6;

impl FairProcessingWindow {
    pub fn end(&self) -> Date {
        self.start + Duration::weeks(self.weeks.into())
    }

    /// The window from the form's text: dates as YYYY-MM-DD, length in whole weeks (empty means 6).
    pub fn from_input(start: &str, weeks: &str, first_extract: &str) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let start = parse_date(start, "windowStart", &mut errors);
        let weeks = if weeks.trim().is_empty() {
            Some(u32::from(DEFAULT_WINDOW_WEEKS))
        } else {
            whole_number(weeks, 1, 26, "windowWeeks", &mut errors)
        };
        let first_extract = parse_date(first_extract, "firstExtract", &mut errors);
        match (start, weeks, first_extract) {
            (Some(start), Some(weeks), Some(first_extract)) => {
                let window = Self { start, weeks: weeks as u8, first_extract };
                if first_extract < window.end() {
                    return Err(vec![FieldError::new("firstExtract", "extract-before-window-end")]);
                }
                Ok(window)
            }
            _ => Err(errors),
        }
    }
}

pub fn parse_date(text: &str, field: &'static str, errors: &mut Vec<FieldError>) -> Option<Date> {
    let text = text.trim();
    if text.is_empty() {
        errors.push(FieldError::new(field, "required"));
        return None;
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(text, &format).map_err(|_| errors.push(FieldError::new(field, "date"))).ok()
}

/// The practice's own estimates behind the effort of letters and returned forms.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Planning {
    /// Patients per household: households = list size / this.
    pub household_size: f64,
    /// The share of patients expected to return an objection form: about 1.8% in the pathfinders, most practices
    /// between 0.5% and 2.5%.
    pub objection_rate: f64,
}

impl Default for Planning {
    fn default() -> Self {
        Self { household_size: 2.3, objection_rate: 0.018 }
    }
}

impl Planning {
    pub fn from_input(household_size: &str, objection_percent: &str) -> Result<Self, Vec<FieldError>> {
        let defaults = Self::default();
        let mut errors = Vec::new();
        let household_size = match household_size.trim() {
            "" => defaults.household_size,
            text => match text.parse::<f64>() {
                Ok(size) if (1.0..=10.0).contains(&size) => size,
                _ => {
                    errors.push(FieldError::new("householdSize", "household-size-range"));
                    defaults.household_size
                }
            },
        };
        let objection_rate = match objection_percent.trim().trim_end_matches('%') {
            "" => defaults.objection_rate,
            text => match text.parse::<f64>() {
                // Rounded to a millionth, so that 1.8 is kept as 0.018 and reads back as 1.8.
                Ok(percent) if (0.5..=2.5).contains(&percent) => (percent * 10_000.0).round() / 1_000_000.0,
                _ => {
                    errors.push(FieldError::new("objectionRate", "objection-rate-range"));
                    defaults.objection_rate
                }
            },
        };
        if errors.is_empty() { Ok(Self { household_size, objection_rate }) } else { Err(errors) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn the_window_defaults_to_six_weeks_and_ends_before_the_extract() {
        let window = FairProcessingWindow::from_input("2026-03-02", "", "2026-04-20").unwrap();
        assert_eq!(window.weeks, 6);
        assert_eq!(window.end(), date!(2026 - 04 - 13));
        let early = FairProcessingWindow::from_input("2026-03-02", "6", "2026-04-01").unwrap_err();
        assert_eq!(early, [FieldError::new("firstExtract", "extract-before-window-end")]);
    }

    #[test]
    fn bad_dates_and_lengths_are_named() {
        let errors = FairProcessingWindow::from_input("2026-02-30", "27", "").unwrap_err();
        assert_eq!(
            errors,
            [
                FieldError::new("windowStart", "date"),
                FieldError::new("windowWeeks", "out-of-range"),
                FieldError::new("firstExtract", "required"),
            ]
        );
    }

    #[test]
    fn planning_takes_a_percentage_and_refuses_nonsense() {
        let planning = Planning::from_input("2.5", "2.5%").unwrap();
        assert_eq!((planning.household_size, planning.objection_rate), (2.5, 0.025));
        assert_eq!(Planning::default().objection_rate, 0.018, "the pathfinders' 1.8%");
        assert_eq!(
            Planning::from_input("", "0.4").unwrap_err(),
            [FieldError::new("objectionRate", "objection-rate-range")]
        );
        assert_eq!(Planning::from_input("", "").unwrap(), Planning::default());
        assert_eq!(Planning::from_input("0", "120").unwrap_err().len(), 2);
    }
}
