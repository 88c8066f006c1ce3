//! Returned objection forms, counted from the post to the code: how many came in each day, how many were coded,
//! scanned and acknowledged, and how many went back to the patient with a question. Counts only: a form's patient
//! is never named here.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::profile::{FieldError, whole_number};

/// One day's work on returned forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FormsDay {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub date: Date,
    pub received: u32,
    pub coded: u32,
    pub scanned: u32,
    pub acknowledged: u32,
    /// Sent back to the patient because the form could not be coded as it was (unsigned, unclear, no date of birth).
    pub queried: u32,
}

/// The forms so far: totals and the backlog, received but neither coded nor queried.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FormsTally {
    pub days: Vec<FormsDay>,
    pub received: u64,
    pub coded: u64,
    pub scanned: u64,
    pub acknowledged: u64,
    pub queried: u64,
    pub backlog: u64,
}

impl FormsTally {
    pub fn new(days: &[FormsDay]) -> Self {
        let mut days = days.to_vec();
        days.sort_by_key(|day| day.date);
        let sum = |pick: fn(&FormsDay) -> u32| days.iter().map(|day| u64::from(pick(day))).sum::<u64>();
        let (received, coded, scanned, acknowledged, queried) =
            (sum(|d| d.received), sum(|d| d.coded), sum(|d| d.scanned), sum(|d| d.acknowledged), sum(|d| d.queried));
        Self {
            backlog: received.saturating_sub(coded + queried),
            days,
            received,
            coded,
            scanned,
            acknowledged,
            queried,
        }
    }

    /// Received, coded or queried up to and including a day.
    pub fn received_by(&self, day: Date) -> u64 {
        self.days.iter().filter(|d| d.date <= day).map(|d| u64::from(d.received)).sum()
    }
}

/// Why a set of days does not add up: the first day at which more forms were dealt with than had arrived.
fn first_impossible_day(days: &[FormsDay]) -> Option<FieldError> {
    let mut days = days.to_vec();
    days.sort_by_key(|day| day.date);
    let (mut received, mut coded, mut queried, mut scanned, mut acknowledged) = (0u64, 0u64, 0u64, 0u64, 0u64);
    for day in days {
        received += u64::from(day.received);
        coded += u64::from(day.coded);
        queried += u64::from(day.queried);
        scanned += u64::from(day.scanned);
        acknowledged += u64::from(day.acknowledged);
        if coded + queried > received {
            return Some(FieldError::new("coded", "more-than-received"));
        }
        // Only a coded form is scanned into the record and acknowledged.
        if scanned > coded {
            return Some(FieldError::new("scanned", "more-than-coded"));
        }
        if acknowledged > coded {
            return Some(FieldError::new("acknowledged", "more-than-coded"));
        }
    }
    None
}

/// One day's counts as typed: blanks are none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FormsDayInput {
    pub date: String,
    pub received: String,
    pub coded: String,
    pub scanned: String,
    pub acknowledged: String,
    pub queried: String,
}

impl FormsDayInput {
    /// The day's counts, replacing whatever that day held, checked against every other day: at no date may more
    /// forms have been coded or queried than had arrived, nor more scanned or acknowledged than coded. A day in the
    /// future is refused: the tally is of work done.
    pub fn validate(&self, others: &[FormsDay], list_size: u32, today: Date) -> Result<FormsDay, Vec<FieldError>> {
        let mut errors = Vec::new();
        let date = crate::window::parse_date(&self.date, "date", &mut errors);
        if date.is_some_and(|date| date > today) {
            errors.push(FieldError::new("date", "in-the-future"));
        }
        let mut count = |text: &str, field| {
            if text.trim().is_empty() { Some(0) } else { whole_number(text, 0, list_size, field, &mut errors) }
        };
        let (received, coded, scanned, acknowledged, queried) = (
            count(&self.received, "received"),
            count(&self.coded, "coded"),
            count(&self.scanned, "scanned"),
            count(&self.acknowledged, "acknowledged"),
            count(&self.queried, "queried"),
        );
        let (Some(date), Some(received), Some(coded), Some(scanned), Some(acknowledged), Some(queried)) =
            (date, received, coded, scanned, acknowledged, queried)
        else {
            return Err(errors);
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let day = FormsDay { date, received, coded, scanned, acknowledged, queried };
        let mut all: Vec<FormsDay> = others.iter().filter(|other| other.date != date).copied().collect();
        all.push(day);
        match first_impossible_day(&all) {
            Some(error) => Err(vec![error]),
            None => Ok(day),
        }
    }
}

/// Whether the days would still add up without one of them (a day's entry deleted or undone).
pub fn can_remove(days: &[FormsDay], date: Date) -> Result<(), FieldError> {
    let rest: Vec<FormsDay> = days.iter().filter(|day| day.date != date).copied().collect();
    first_impossible_day(&rest).map_or(Ok(()), Err)
}

/// Whether a set of days adds up (an earlier value of a day put back).
pub fn check_days(days: &[FormsDay]) -> Result<(), FieldError> {
    first_impossible_day(days).map_or(Ok(()), Err)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::Duration;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 03 - 20);

    fn input(date: &str, received: &str, coded: &str) -> FormsDayInput {
        FormsDayInput { date: date.into(), received: received.into(), coded: coded.into(), ..Default::default() }
    }

    #[test]
    fn a_day_replaces_that_day_and_the_backlog_is_received_less_coded_and_queried() {
        let monday = input("2026-03-09", "40", "25").validate(&[], 7_400, TODAY).unwrap();
        let tuesday = FormsDayInput { queried: "2".into(), ..input("2026-03-10", "10", "20") }
            .validate(&[monday], 7_400, TODAY)
            .unwrap();
        let tally = FormsTally::new(&[tuesday, monday]);
        assert_eq!((tally.received, tally.coded, tally.queried, tally.backlog), (50, 45, 2, 3));
        assert_eq!(tally.days[0].date, date!(2026 - 03 - 09), "days in date order");
        assert_eq!(tally.received_by(date!(2026 - 03 - 09)), 40);
        let corrected = input("2026-03-09", "38", "25").validate(&[monday, tuesday], 7_400, TODAY).unwrap();
        assert_eq!(FormsTally::new(&[corrected, tuesday]).received, 48, "the day was replaced, not added to");
    }

    #[test]
    fn impossible_days_are_refused_naming_the_field() {
        let coded_first = input("2026-03-09", "0", "5").validate(&[], 7_400, TODAY).unwrap_err();
        assert_eq!(coded_first, [FieldError::new("coded", "more-than-received")]);
        let scanned = FormsDayInput { scanned: "6".into(), ..input("2026-03-09", "9", "5") };
        assert_eq!(scanned.validate(&[], 7_400, TODAY).unwrap_err(), [FieldError::new("scanned", "more-than-coded")]);
        let future = input("2026-03-21", "1", "");
        assert_eq!(future.validate(&[], 7_400, TODAY).unwrap_err(), [FieldError::new("date", "in-the-future")]);
        let bad = FormsDayInput { date: "".into(), received: "x".into(), queried: "-1".into(), ..Default::default() };
        assert_eq!(
            bad.validate(&[], 7_400, TODAY).unwrap_err(),
            [
                FieldError::new("date", "required"),
                FieldError::new("received", "whole-number"),
                FieldError::new("queried", "whole-number")
            ]
        );
        // Lowering an earlier day's received below what later days coded is refused too.
        let monday = input("2026-03-09", "10", "0").validate(&[], 7_400, TODAY).unwrap();
        let tuesday = input("2026-03-10", "0", "10").validate(&[monday], 7_400, TODAY).unwrap();
        let lower = input("2026-03-09", "4", "0").validate(&[monday, tuesday], 7_400, TODAY);
        assert_eq!(lower.unwrap_err(), [FieldError::new("coded", "more-than-received")]);
        assert_eq!(can_remove(&[monday, tuesday], monday.date), Err(FieldError::new("coded", "more-than-received")));
        assert_eq!(can_remove(&[monday, tuesday], tuesday.date), Ok(()));
    }

    fn any_entry() -> impl Strategy<Value = (i64, u32, u32, u32, u32, u32)> {
        (0i64..30, 0u32..60, 0u32..60, 0u32..60, 0u32..60, 0u32..10)
    }

    proptest! {
        /// Whatever is typed, in whatever order, the days kept always add up: the backlog is never negative at any
        /// date, and it is exactly what arrived less what was coded or queried.
        #[test]
        fn the_backlog_is_never_negative(entries in prop::collection::vec(any_entry(), 1..40)) {
            let mut days: Vec<FormsDay> = Vec::new();
            for (offset, received, coded, scanned, acknowledged, queried) in entries {
                let form = FormsDayInput {
                    date: (TODAY - Duration::days(offset)).to_string(),
                    received: received.to_string(),
                    coded: coded.to_string(),
                    scanned: scanned.to_string(),
                    acknowledged: acknowledged.to_string(),
                    queried: queried.to_string(),
                };
                if let Ok(day) = form.validate(&days, 7_400, TODAY) {
                    days.retain(|d| d.date != day.date);
                    days.push(day);
                }
                let tally = FormsTally::new(&days);
                prop_assert!(tally.coded + tally.queried <= tally.received);
                prop_assert_eq!(tally.backlog, tally.received - tally.coded - tally.queried);
                prop_assert!(tally.scanned <= tally.coded && tally.acknowledged <= tally.coded);
                let mut received = 0u64;
                let mut settled = 0u64;
                for day in &tally.days {
                    received += u64::from(day.received);
                    settled += u64::from(day.coded + day.queried);
                    prop_assert!(settled <= received, "backlog negative on {}", day.date);
                }
            }
        }
    }
}
