//! How many objection forms to expect, and when: the list size times an objection rate (the pathfinders saw about
//! 1.8%, most practices between 0.5% and 2.5%), spread over the weeks from the window's opening to the first
//! extract. Letters go out in the window's first week, so forms come mostly in the weeks after it while the window
//! is open, and fewer in the weeks between its end and the extract. It plans the work; actual returns are drawn
//! against it.

use serde::Serialize;
use time::{Date, Duration};

use crate::returns::FormsDay;
use crate::{FairProcessingWindow, PracticeState};

/// Relative weights of a week's expected returns: the window's first week (letters landing), its other weeks, and
/// the weeks after it until the extract. A planning assumption, not a measurement: the pilots published totals only.
const FIRST_WEEK: u64 = 1;
const WINDOW_WEEK: u64 = 2;
const LATE_WEEK: u64 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ForecastWeek {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub start: Date,
    pub expected: u64,
    /// Forms received in the week (the first week takes any received earlier, the last any received later).
    pub received: u64,
    pub expected_to_date: u64,
    pub received_to_date: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Forecast {
    /// The share of patients expected to return a form, 0.005 to 0.025.
    pub rate: f64,
    pub expected: u64,
    pub weeks: Vec<ForecastWeek>,
}

impl Forecast {
    /// The practice's forecast. A rate saved before the range was narrowed to the pathfinders' is held to it.
    pub fn new(state: &PracticeState) -> Self {
        let rate = state.planning.objection_rate.clamp(MIN_RATE, MAX_RATE);
        Self::for_window(state.profile.list_size, rate, &state.window, &state.forms)
    }

    pub fn for_window(list_size: u32, rate: f64, window: &FairProcessingWindow, forms: &[FormsDay]) -> Self {
        let expected = expected_forms(list_size, rate);
        let starts: Vec<Date> = (0..)
            .map(|i| window.start + Duration::weeks(i))
            .take_while(|start| *start < window.first_extract)
            .collect();
        let weights: Vec<u64> = starts
            .iter()
            .enumerate()
            .map(|(i, start)| match i {
                0 => FIRST_WEEK,
                _ if *start < window.end() => WINDOW_WEEK,
                _ => LATE_WEEK,
            })
            .collect();
        let shares = largest_remainder(expected, &weights);
        let last = starts.len().saturating_sub(1);
        let mut received = vec![0u64; starts.len()];
        for day in forms {
            let index = usize::try_from((day.date - window.start).whole_days().max(0) / 7).unwrap_or(0).min(last);
            if let Some(week) = received.get_mut(index) {
                *week += u64::from(day.received);
            }
        }
        let (mut expected_to_date, mut received_to_date) = (0, 0);
        let weeks = starts
            .into_iter()
            .zip(shares)
            .zip(received)
            .map(|((start, expected), received)| {
                expected_to_date += expected;
                received_to_date += received;
                ForecastWeek { start, expected, received, expected_to_date, received_to_date }
            })
            .collect();
        Self { rate, expected, weeks }
    }
}

/// The range of objection rates the pathfinders saw.
pub const MIN_RATE: f64 = 0.005;
pub const MAX_RATE: f64 = 0.025;

/// Forms expected from a list: a part-form still means a form to handle. Worked in millionths of the rate, in whole
/// numbers, so that 3,000 at 1.7% is 51 and not 52 by a floating-point hair.
pub fn expected_forms(list_size: u32, rate: f64) -> u64 {
    let millionths = (rate * 1_000_000.0).round().max(0.0) as u64;
    (u64::from(list_size) * millionths).div_ceil(1_000_000)
}

/// `total` shared in proportion to `weights`, in whole units that add up to it exactly: each gets its floor, and the
/// units left go to the largest remainders (earlier weeks first on a tie).
pub fn largest_remainder(total: u64, weights: &[u64]) -> Vec<u64> {
    let sum: u64 = weights.iter().sum();
    if sum == 0 {
        return vec![0; weights.len()];
    }
    let wide = |n: u64| u128::from(n);
    let mut shares: Vec<u64> = weights.iter().map(|w| (wide(total) * wide(*w) / wide(sum)) as u64).collect();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(wide(total) * wide(weights[i]) % wide(sum)), i));
    let left = total - shares.iter().sum::<u64>();
    for &i in order.iter().take(left as usize) {
        shares[i] += 1;
    }
    shares
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::state;
    use proptest::prelude::*;
    use time::macros::date;

    #[test]
    fn forms_are_expected_mostly_while_the_window_is_open() {
        let practice = state(); // 7,400 patients, window of 6 weeks from 2026-03-02, extract 2026-04-27
        let forecast = Forecast::for_window(7_400, 0.018, &practice.window, &[]);
        assert_eq!(forecast.expected, 134);
        let expected: Vec<u64> = forecast.weeks.iter().map(|w| w.expected).collect();
        // weights 1, 2, 2, 2, 2, 2, then 1, 1 for the two weeks before the extract: 13 parts of 134
        assert_eq!(expected, [10, 21, 21, 21, 21, 20, 10, 10]);
        assert_eq!(forecast.weeks[0].start, date!(2026 - 03 - 02));
        assert_eq!(forecast.weeks.last().unwrap().expected_to_date, 134);
    }

    #[test]
    fn expected_forms_are_counted_in_whole_numbers() {
        assert_eq!(expected_forms(3_000, 0.017), 51);
        assert_eq!(expected_forms(7_400, 0.018), 134);
        assert_eq!(expected_forms(100, 0.005), 1);
        let mut practice = state();
        practice.planning.objection_rate = 0.05; // saved before the range narrowed
        assert_eq!(Forecast::new(&practice).rate, 0.025);
    }

    #[test]
    fn actual_returns_are_counted_in_their_week() {
        let practice = state();
        let day = |date, received| FormsDay { date, received, coded: 0, scanned: 0, acknowledged: 0, queried: 0 };
        let forms = [day(date!(2026 - 02 - 27), 2), day(date!(2026 - 03 - 10), 30), day(date!(2026 - 03 - 12), 5)];
        let forecast = Forecast::for_window(7_400, 0.018, &practice.window, &forms);
        let received: Vec<u64> = forecast.weeks.iter().map(|w| w.received).collect();
        assert_eq!(&received[..3], &[2, 35, 0], "a form before the window counts in its first week");
        assert_eq!(forecast.weeks[2].received_to_date, 37);
    }

    proptest! {
        #[test]
        fn the_weeks_add_up_to_the_forms_expected(
            list in 1u32..200_000, rate in 0.005f64..0.025, weeks in 1u8..26, after in 0i64..60
        ) {
            let start = date!(2026 - 03 - 02);
            let window = FairProcessingWindow {
                start,
                weeks,
                first_extract: start + Duration::weeks(weeks.into()) + Duration::days(after),
            };
            let forecast = Forecast::for_window(list, rate, &window, &[]);
            prop_assert_eq!(forecast.weeks.iter().map(|w| w.expected).sum::<u64>(), forecast.expected);
            // Whole forms, from the rate to a millionth: never more than a form over, nor a tenth of one under.
            let exact = f64::from(list) * rate;
            prop_assert!(forecast.expected as f64 >= exact - 0.1 && (forecast.expected as f64) < exact + 1.1);
            prop_assert!(forecast.weeks.iter().all(|w| w.start >= window.start && w.start < window.first_extract));
            prop_assert!(forecast.weeks.windows(2).all(|p| p[0].expected_to_date <= p[1].expected_to_date));
        }

        #[test]
        fn largest_remainder_shares_exactly(total in 0u64..1_000_000, weights in prop::collection::vec(0u64..10, 1..30)) {
            let shares = largest_remainder(total, &weights);
            let sum: u64 = weights.iter().sum();
            prop_assert_eq!(shares.iter().sum::<u64>(), if sum == 0 { 0 } else { total });
            for (share, weight) in shares.iter().zip(&weights) {
                if sum > 0 {
                    let exact = total as f64 * *weight as f64 / sum as f64;
                    prop_assert!((*share as f64 - exact).abs() < 1.0 + 1e-9);
                }
            }
        }
    }
}
