//! The practices as the dashboard lists them, and CSV cells that are safe to open in a spreadsheet.

use pathfinder_readiness::ReadinessLevel;
use time::{Date, OffsetDateTime};

use std::collections::BTreeMap;

use crate::db::{Latest, PracticeLevel, PracticeRow};

/// A practice as the dashboard lists it.
#[derive(Debug, Clone)]
pub struct PracticeStatus {
    pub ods_code: String,
    pub name: String,
    pub ccg_code: String,
    pub enrolled: bool,
    pub last_report: Option<OffsetDateTime>,
    /// Its newest report or its app's last settings pull, whichever came later.
    pub last_heard: Option<OffsetDateTime>,
    pub latest: Option<Latest>,
    /// The day the levels stand on: the page's today.
    pub today: Date,
}

impl PracticeStatus {
    pub fn from_row(row: PracticeRow, today: Date) -> Self {
        let parse = |at: &str| OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339).ok();
        let last_report = row.latest.as_ref().and_then(|latest| parse(&latest.received_at));
        let last_seen = row.last_seen_at.as_deref().and_then(parse);
        Self {
            ods_code: row.practice.ods_code,
            name: row.practice.name,
            ccg_code: row.practice.ccg_code,
            enrolled: row.enrolled,
            last_report,
            last_heard: last_report.max(last_seen),
            latest: row.latest,
            today,
        }
    }

    /// The readiness level of the newest submission as it stands today (a task fallen due since puts it at risk);
    /// `None` until the practice reports.
    pub fn level(&self) -> Option<ReadinessLevel> {
        self.latest.as_ref().map(|latest| latest.level_on(self.today))
    }

    /// Whether a task not done was due before today.
    pub fn overdue(&self) -> bool {
        self.latest
            .as_ref()
            .is_some_and(|latest| latest.level != ReadinessLevel::Ready && latest.figures.overdue_on(self.today))
    }

    /// Enrolled, and neither a report nor a settings pull since `before`.
    pub fn silent_since(&self, before: OffsetDateTime) -> bool {
        self.enrolled && self.last_heard.is_none_or(|at| at < before)
    }

    /// The figures of the newest submission; `None` until the practice reports.
    pub fn figures(&self) -> Option<&crate::db::Figures> {
        self.latest.as_ref().map(|latest| &latest.figures)
    }
}

/// A practice that has not reported, where the list's filter, its CSV and its sort name the level.
pub const NOT_REPORTED: &str = "not-reported";

/// A level's name on the wire, or `NOT_REPORTED`.
pub fn level_name(level: Option<ReadinessLevel>) -> &'static str {
    level.map_or(NOT_REPORTED, ReadinessLevel::as_str)
}

/// Every level, in the order the dashboard shows them (filters, tables, the trend's key).
pub const LEVELS: [ReadinessLevel; 5] = [
    ReadinessLevel::NotStarted,
    ReadinessLevel::InProgress,
    ReadinessLevel::OnTrack,
    ReadinessLevel::AtRisk,
    ReadinessLevel::Ready,
];

/// How many practices of each CCG stood at each of `LEVELS` on `day`, from their levels as their last reports left
/// them (a task fallen due by then puts a practice at risk).
pub fn levels_by_ccg(levels: &[PracticeLevel], day: Date) -> BTreeMap<String, [usize; 5]> {
    let mut counts: BTreeMap<String, [usize; 5]> = BTreeMap::new();
    for practice in levels {
        let level = practice.level_on(day);
        let at = LEVELS.iter().position(|l| *l == level).expect("LEVELS holds every level");
        counts.entry(practice.ccg_code.clone()).or_default()[at] += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn practice(ccg: &str, level: ReadinessLevel, next_due: Option<Date>) -> PracticeLevel {
        PracticeLevel { ccg_code: ccg.into(), level, next_due }
    }

    #[test]
    fn practices_are_counted_by_ccg_at_their_level_on_the_day() {
        use time::macros::date;
        let levels = [
            practice("02V", ReadinessLevel::OnTrack, Some(date!(2026 - 03 - 09))),
            practice("02V", ReadinessLevel::Ready, None),
            practice("02V", ReadinessLevel::Ready, Some(date!(2026 - 03 - 01))),
            practice("11X", ReadinessLevel::NotStarted, Some(date!(2026 - 03 - 20))),
        ];
        let on_the_day = levels_by_ccg(&levels, date!(2026 - 03 - 09));
        assert_eq!(on_the_day["02V"], [0, 0, 1, 0, 2], "due on the day is not overdue; ready stays ready");
        assert_eq!(on_the_day["11X"], [1, 0, 0, 0, 0]);
        let after = levels_by_ccg(&levels, date!(2026 - 03 - 10));
        assert_eq!(after["02V"], [0, 0, 0, 1, 2], "at risk the day after its task fell due");
    }
}
