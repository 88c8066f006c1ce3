//! The practices as the dashboard lists them, and CSV cells that are safe to open in a spreadsheet.

use pathfinder_readiness::ReadinessLevel;
use time::OffsetDateTime;

use crate::db::{HistoryRow, Latest, PracticeRow};

/// A practice as the dashboard lists it.
#[derive(Debug, Clone)]
pub struct PracticeStatus {
    pub ods_code: String,
    pub name: String,
    pub ccg_code: String,
    pub enrolled: bool,
    pub last_report: Option<OffsetDateTime>,
    pub latest: Option<Latest>,
}

impl PracticeStatus {
    pub fn from_row(row: &PracticeRow) -> Self {
        let last_report = row.latest.as_ref().and_then(|latest| {
            OffsetDateTime::parse(&latest.received_at, &time::format_description::well_known::Rfc3339).ok()
        });
        Self {
            ods_code: row.practice.ods_code.clone(),
            name: row.practice.name.clone(),
            ccg_code: row.practice.ccg_code.clone(),
            enrolled: row.enrolled,
            last_report,
            latest: row.latest.clone(),
        }
    }

    /// The readiness level of the newest submission; `None` until the practice reports.
    pub fn level(&self) -> Option<ReadinessLevel> {
        self.latest.as_ref().map(|latest| latest.level)
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

/// The CCGs of `practices`, each once, in code order.
pub fn ccg_codes(practices: &[PracticeStatus]) -> Vec<String> {
    let mut ccgs: Vec<String> = practices.iter().map(|p| p.ccg_code.clone()).collect();
    ccgs.sort();
    ccgs.dedup();
    ccgs
}

/// Every level, in the order the dashboard shows them (filters, tables, the trend's key).
pub const LEVELS: [ReadinessLevel; 5] = [
    ReadinessLevel::NotStarted,
    ReadinessLevel::InProgress,
    ReadinessLevel::OnTrack,
    ReadinessLevel::AtRisk,
    ReadinessLevel::Ready,
];

/// How many practices stood at each of `LEVELS` at the end of each of `days` (YYYY-MM-DD, ascending): a practice
/// keeps the level of its last report on or before the day. `rows` are sorted by practice, then day.
pub fn levels_by_day(rows: &[HistoryRow], days: &[String]) -> Vec<[usize; 5]> {
    let mut counts = vec![[0usize; 5]; days.len()];
    for practice in rows.chunk_by(|a, b| a.ods_code == b.ods_code) {
        for (count, day) in counts.iter_mut().zip(days) {
            let level = practice.iter().take_while(|row| row.day.as_str() <= day.as_str()).last().map(|row| row.level);
            if let Some(level) = level {
                count[LEVELS.iter().position(|l| *l == level).expect("LEVELS holds every level")] += 1;
            }
        }
    }
    counts
}

/// A cell for a CSV file that a spreadsheet will not run as a formula.
pub fn csv_cell(text: &str) -> String {
    let neutral = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    if neutral.contains([',', '"', '\n', '\r']) { format!("\"{}\"", neutral.replace('"', "\"\"")) } else { neutral }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn history(ods: &str, day: &str, level: ReadinessLevel) -> HistoryRow {
        HistoryRow { ods_code: ods.into(), ccg_code: "02V".into(), day: day.into(), level }
    }

    #[test]
    fn a_practice_keeps_its_last_reported_level_until_it_reports_again() {
        let rows = [
            history("B82005", "2026-03-01", ReadinessLevel::NotStarted),
            history("B82005", "2026-03-10", ReadinessLevel::AtRisk),
            history("B82005", "2026-03-20", ReadinessLevel::Ready),
            history("B82010", "2026-03-12", ReadinessLevel::InProgress),
            history("B82010", "2026-03-18", ReadinessLevel::OnTrack),
        ];
        let days: Vec<String> = ["2026-02-28", "2026-03-07", "2026-03-14", "2026-03-21"].map(String::from).to_vec();
        assert_eq!(
            levels_by_day(&rows, &days),
            [[0, 0, 0, 0, 0], [1, 0, 0, 0, 0], [0, 1, 0, 1, 0], [0, 0, 1, 0, 1]],
            "not started, in progress, on track, at risk, ready at each day's end"
        );
    }

    #[test]
    fn csv_cells_cannot_become_formulas() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("+44"), "'+44");
        assert_eq!(csv_cell("-1"), "'-1");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("Hill, Dale"), "\"Hill, Dale\"");
        assert_eq!(csv_cell("B82005"), "B82005");
    }
}
