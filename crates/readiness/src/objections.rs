use serde::{Deserialize, Serialize};
use time::Date;

/// One week's objection counts, as the practice's clinical-system search gives them. Counts only: nothing about
/// who objected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WeeklyObjections {
    pub week_start: Date,
    pub type1: u32,
    pub type2: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ObjectionSummary {
    pub weeks: Vec<WeeklyObjections>,
    pub type1_total: u64,
    pub type2_total: u64,
    /// Per 1,000 registered patients.
    pub type1_rate: f64,
    pub type2_rate: f64,
}

impl ObjectionSummary {
    pub fn new(weeks: &[WeeklyObjections], list_size: u32) -> Self {
        let mut weeks = weeks.to_vec();
        weeks.sort_by_key(|week| week.week_start);
        let type1_total: u64 = weeks.iter().map(|w| u64::from(w.type1)).sum();
        let type2_total: u64 = weeks.iter().map(|w| u64::from(w.type2)).sum();
        let rate = |total: u64| {
            if list_size == 0 {
                0.0
            } else {
                total as f64 * 1000.0 / f64::from(list_size)
            }
        };
        Self {
            type1_rate: rate(type1_total),
            type2_rate: rate(type2_total),
            weeks,
            type1_total,
            type2_total,
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
            WeeklyObjections {
                week_start: date!(2026 - 03 - 09),
                type1: 12,
                type2: 3,
            },
            WeeklyObjections {
                week_start: date!(2026 - 03 - 02),
                type1: 20,
                type2: 5,
            },
        ];
        let summary = ObjectionSummary::new(&weeks, 8_000);
        assert_eq!((summary.type1_total, summary.type2_total), (32, 8));
        assert_eq!((summary.type1_rate, summary.type2_rate), (4.0, 1.0));
        assert_eq!(
            summary.weeks[0].week_start,
            date!(2026 - 03 - 02),
            "weeks in date order"
        );
    }
}
