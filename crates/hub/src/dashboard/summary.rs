//! The figures the dashboard shows, from the practices' newest submissions: pure, so they are tested apart from
//! the pages.

use std::collections::BTreeMap;

use time::{Duration, OffsetDateTime};

use crate::db::{Latest, PracticeRow};

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

    /// "not-reported", or the readiness level of the newest submission.
    pub fn level(&self) -> &'static str {
        match self.latest.as_ref().map(|latest| latest.level.as_str()) {
            Some("not-started") => "not-started",
            Some("in-progress") => "in-progress",
            Some("at-risk") => "at-risk",
            Some("ready") => "ready",
            _ => "not-reported",
        }
    }

    /// Enrolled, but silent for seven days or more.
    pub fn stale(&self, now: OffsetDateTime) -> bool {
        self.enrolled && self.last_report.is_none_or(|at| now - at >= Duration::days(7))
    }

    /// Type 1 and Type 2 objections reported so far.
    pub fn objections(&self) -> (u64, u64) {
        self.latest.as_ref().map_or((0, 0), |l| (l.type1_total.max(0) as u64, l.type2_total.max(0) as u64))
    }

    pub fn list_size(&self) -> u64 {
        self.latest.as_ref().map_or(0, |l| l.list_size.max(0) as u64)
    }
}

/// One CCG's line on the overview.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CcgSummary {
    pub practices: usize,
    pub enrolled: usize,
    pub reported: usize,
    pub ready: usize,
    pub at_risk: usize,
    pub stale: usize,
    /// Per 1,000 patients of the practices that reported.
    pub type1_rate: f64,
    pub type2_rate: f64,
}

pub fn by_ccg(practices: &[PracticeStatus], now: OffsetDateTime) -> BTreeMap<String, CcgSummary> {
    let mut summaries: BTreeMap<String, (CcgSummary, u64, u64, u64)> = BTreeMap::new();
    for practice in practices {
        let (summary, t1, t2, patients) = summaries.entry(practice.ccg_code.clone()).or_default();
        summary.practices += 1;
        summary.enrolled += usize::from(practice.enrolled);
        summary.reported += usize::from(practice.latest.is_some());
        summary.ready += usize::from(practice.level() == "ready");
        summary.at_risk += usize::from(practice.level() == "at-risk");
        summary.stale += usize::from(practice.stale(now));
        let (a, b) = practice.objections();
        *t1 += a;
        *t2 += b;
        *patients += practice.list_size();
    }
    summaries
        .into_iter()
        .map(|(ccg, (mut summary, t1, t2, patients))| {
            if patients > 0 {
                summary.type1_rate = t1 as f64 * 1000.0 / patients as f64;
                summary.type2_rate = t2 as f64 * 1000.0 / patients as f64;
            }
            (ccg, summary)
        })
        .collect()
}

/// A cell for a CSV file that a spreadsheet will not run as a formula.
pub fn csv_cell(text: &str) -> String {
    let neutral = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    if neutral.contains([',', '"', '\n', '\r']) { format!("\"{}\"", neutral.replace('"', "\"\"")) } else { neutral }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Practice;

    fn row(ods: &str, ccg: &str, enrolled: bool, latest: Option<(&str, &str)>) -> PracticeRow {
        PracticeRow {
            practice: Practice { ods_code: ods.into(), name: format!("Practice {ods}"), ccg_code: ccg.into() },
            enrolled,
            latest: latest.map(|(at, level)| Latest {
                received_at: at.to_owned(),
                level: level.to_owned(),
                list_size: 7_400,
                type1_total: 14,
                type2_total: 3,
                submissions: 1,
            }),
        }
    }

    #[test]
    fn the_overview_counts_each_ccg_and_rates_objections_per_thousand_patients() {
        let now =
            OffsetDateTime::parse("2026-03-20T12:00:00Z", &time::format_description::well_known::Rfc3339).unwrap();
        let rows = [
            row("B82005", "02V", true, Some(("2026-03-19T09:00:00Z", "at-risk"))),
            row("B82010", "02V", true, Some(("2026-03-09T09:00:00Z", "ready"))),
            row("B82020", "02V", true, None),
            row("B82030", "02V", false, None),
            row("L85001", "11X", false, None),
        ];
        let practices: Vec<PracticeStatus> = rows.iter().map(PracticeStatus::from_row).collect();
        let summary = by_ccg(&practices, now);
        let leeds = &summary["02V"];
        assert_eq!(
            (leeds.practices, leeds.enrolled, leeds.reported, leeds.ready, leeds.at_risk, leeds.stale),
            (4, 3, 2, 1, 1, 2),
            "B82010 last reported 11 days ago and B82020 never"
        );
        // Each reports 14 Type 1 and 3 Type 2 for 7,400 patients; two such practices.
        assert!((leeds.type1_rate - 28.0 * 1000.0 / 14_800.0).abs() < 1e-9);
        assert_eq!(summary["11X"].practices, 1);
        assert_eq!(summary["11X"].type1_rate, 0.0);
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
