use serde::{Deserialize, Serialize};
use time::Date;

/// One week's objection counts, as the practice's clinical-system search gives them. Counts only: nothing about
/// who objected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WeeklyObjections {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub week_start: Date,
    pub type1: u32,
    pub type2: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ObjectionSummary {
    pub weeks: Vec<WeeklyObjections>,
    pub type1_total: u64,
    pub type2_total: u64,
    /// Per 1,000 registered patients.
    pub type1_rate: f64,
    pub type2_rate: f64,
    /// The types the pilot offers: without Type 2, the page neither asks for nor shows Type 2 counts.
    #[cfg_attr(feature = "ts", ts(as = "Vec<crate::ObjectionType>"))]
    pub objection_types: crate::ObjectionTypes,
}

impl ObjectionSummary {
    pub fn new(weeks: &[WeeklyObjections], list_size: u32, objection_types: crate::ObjectionTypes) -> Self {
        let mut weeks = weeks.to_vec();
        weeks.sort_by_key(|week| week.week_start);
        let type1_total: u64 = weeks.iter().map(|w| u64::from(w.type1)).sum();
        let type2_total: u64 = weeks.iter().map(|w| u64::from(w.type2)).sum();
        let rate = |total: u64| {
            if list_size == 0 { 0.0 } else { total as f64 * 1000.0 / f64::from(list_size) }
        };
        Self {
            type1_rate: rate(type1_total),
            type2_rate: rate(type2_total),
            weeks,
            type1_total,
            type2_total,
            objection_types,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn totals_and_rates_per_thousand_patients() {
        let weeks = [
            WeeklyObjections { week_start: date!(2026 - 03 - 09), type1: 12, type2: 3 },
            WeeklyObjections { week_start: date!(2026 - 03 - 02), type1: 20, type2: 5 },
        ];
        let summary = ObjectionSummary::new(&weeks, 8_000, crate::ObjectionTypes::BOTH);
        assert_eq!((summary.type1_total, summary.type2_total), (32, 8));
        assert_eq!((summary.type1_rate, summary.type2_rate), (4.0, 1.0));
        assert_eq!(summary.weeks[0].week_start, date!(2026 - 03 - 02), "weeks in date order");
    }
}

/// One week's counts as typed in the form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ObjectionInput {
    pub week_start: String,
    pub type1: String,
    pub type2: String,
}

impl ObjectionInput {
    /// Counts cannot be negative, nor more than the practice has patients. Where the pilot does not offer Type 2,
    /// the form has no Type 2 field: left blank, it is none.
    pub fn validate(
        &self,
        list_size: u32,
        objection_types: crate::ObjectionTypes,
    ) -> Result<WeeklyObjections, Vec<crate::FieldError>> {
        let mut errors = Vec::new();
        let week_start = crate::window::parse_date(&self.week_start, "weekStart", &mut errors);
        let type1 = crate::profile::whole_number(&self.type1, 0, list_size, "type1", &mut errors);
        let type2 = if !objection_types.offers_type2() && self.type2.trim().is_empty() {
            Some(0)
        } else {
            crate::profile::whole_number(&self.type2, 0, list_size, "type2", &mut errors)
        };
        match (week_start, type1, type2) {
            (Some(week_start), Some(type1), Some(type2)) => Ok(WeeklyObjections { week_start, type1, type2 }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod input_tests {
    use super::*;
    use crate::FieldError;

    #[test]
    fn counts_are_whole_numbers_no_larger_than_the_list() {
        let input = ObjectionInput { week_start: "2026-03-02".into(), type1: "14".into(), type2: "0".into() };
        assert_eq!(input.validate(100, crate::ObjectionTypes::BOTH).unwrap().type1, 14);
        let bad = ObjectionInput { week_start: "".into(), type1: "-3".into(), type2: "101".into() };
        assert_eq!(
            bad.validate(100, crate::ObjectionTypes::BOTH).unwrap_err(),
            [
                FieldError::new("weekStart", "required"),
                FieldError::new("type1", "whole-number"),
                FieldError::new("type2", "out-of-range")
            ]
        );
    }

    #[test]
    fn without_type2_on_offer_a_blank_type2_count_is_none() {
        let input = ObjectionInput { week_start: "2026-03-02".into(), type1: "14".into(), type2: "".into() };
        let week = input.validate(100, crate::ObjectionTypes::TYPE1_ONLY).unwrap();
        assert_eq!((week.type1, week.type2), (14, 0));
        let refused = input.validate(100, crate::ObjectionTypes::BOTH).unwrap_err();
        assert_eq!(refused, [FieldError::new("type2", "required")]);
    }
}
