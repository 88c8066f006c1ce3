//! A report as the hub keeps it: the submission read back from its stored text, and the figures the dashboard
//! shows of it, worked out by the domain's own rules (`pathfinder_readiness`: the forms tally, the baseline search,
//! the forecast), never again by hand here.

use pathfinder_protocol::{BlockerSummary, NoticeKind};
use pathfinder_protocol::{Submission, parse_submission, v1};
use pathfinder_readiness::{
    FairProcessingWindow, Forecast, FormsDay, FormsTally, ObjectionSearch, ObjectionTotals, ObjectionTypes,
    ReportedLevel,
};

use crate::db::Figures;

/// A stored body read back. Since version 2 it is the canonical text of the submission as received (a version 1
/// body upgraded); an earlier hub stored version 1's canonical text, which is upgraded here as on arrival. A body
/// that the checks of today refuse (a rule added since it was stored, or an upgraded body past the wire's size
/// limit) is still read, without them: it was checked when it came.
pub fn read_stored(body: &str) -> Option<Submission> {
    if let Ok(submission) = parse_submission(body.as_bytes()) {
        return Some(submission);
    }
    serde_json::from_str::<Submission>(body)
        .ok()
        .or_else(|| serde_json::from_str::<v1::SubmissionV1>(body).ok().and_then(|old| old.upgrade().ok()))
}

/// The text the hub stores for a submission: its canonical JSON, the same for the same submission whatever the
/// spacing, key order or version it came in.
pub fn canonical_text(submission: &Submission) -> String {
    serde_json::to_string(submission).expect("a submission serialises")
}

/// A stored body's canonical text as this hub would store it now.
pub fn canonical(stored: &str) -> Option<String> {
    read_stored(stored).map(|submission| canonical_text(&submission))
}

pub fn window(submission: &Submission) -> FairProcessingWindow {
    FairProcessingWindow {
        start: submission.window.start,
        weeks: submission.window.weeks,
        first_extract: submission.window.first_extract,
    }
}

pub fn forms(submission: &Submission) -> Vec<FormsDay> {
    submission
        .forms
        .iter()
        .map(|d| FormsDay {
            date: d.date,
            received: d.received,
            coded: d.coded,
            scanned: d.scanned,
            acknowledged: d.acknowledged,
            queried: d.queried,
        })
        .collect()
}

pub fn searches(submission: &Submission) -> Vec<ObjectionSearch> {
    submission
        .searches
        .iter()
        .map(|s| ObjectionSearch {
            date: s.date,
            type1: s.type1,
            type2: s.type2,
            type1_withdrawn: s.type1_withdrawn,
            type2_withdrawn: s.type2_withdrawn,
        })
        .collect()
}

/// The objection totals as the practice's own objections page works them out (the search codes and the days since
/// the search, which the dashboard does not show, as of the day the report was made).
pub fn objection_totals(submission: &Submission) -> ObjectionTotals {
    ObjectionTotals::new(
        &searches(submission),
        &window(submission),
        submission.practice.list_size,
        ObjectionTypes::BOTH,
        submission.practice.clinical_system,
        submission.created_at.date(),
    )
}

/// The practice's forecast of returned forms week by week, with the forms it reported received in each week; none
/// for a report without a forecast (version 1).
pub fn forecast(submission: &Submission) -> Option<Forecast> {
    submission.forecast.map(|forecast| {
        Forecast::for_window(
            submission.practice.list_size,
            forecast.objection_rate,
            &window(submission),
            &forms(submission),
        )
    })
}

/// The report's level worked out by the hub from the tasks it carries, on the hub's date (`today`), not the level
/// the app computed.
pub fn assessed(submission: &Submission, today: time::Date) -> ReportedLevel {
    let over_capacity =
        submission.readiness.blockers.iter().any(|blocker| matches!(blocker, BlockerSummary::OverCapacity { .. }));
    let tasks = submission.tasks.iter().map(|task| (task.status, task.due));
    ReportedLevel::assess(tasks, over_capacity, submission.readiness.level, today)
}

/// A stored report's level as it stands on `day`: the level stored when it came, at risk once a task it reported
/// falls due undone.
pub fn level_on(
    stored: pathfinder_readiness::ReadinessLevel,
    submission: &Submission,
    day: time::Date,
) -> pathfinder_readiness::ReadinessLevel {
    ReportedLevel { level: stored, next_due: assessed(submission, day).next_due }.on(day)
}

/// The letters the practice has printed for its mail-out, every language and size.
pub fn letters(submission: &Submission) -> i64 {
    submission
        .notices
        .iter()
        .filter(|notice| notice.kind == NoticeKind::Letter)
        .map(|notice| i64::from(notice.count))
        .sum()
}

fn wide(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl Figures {
    pub fn of(submission: &Submission) -> Self {
        let tally = FormsTally::new(&forms(submission));
        let totals = objection_totals(submission);
        let (type1_total, type2_total) = submission.objection_totals();
        Self {
            list_size: submission.practice.list_size.into(),
            type1_total: wide(type1_total),
            type2_total: wide(type2_total),
            type1_new: totals.type1_new.map(wide),
            type2_new: totals.type2_new.map(wide),
            forms_received: wide(tally.received),
            forms_coded: wide(tally.coded),
            forms_queried: wide(tally.queried),
            forms_backlog: wide(tally.backlog),
            expected_forms: submission.forecast.map(|f| f.expected_forms.into()),
            next_due: assessed(submission, submission.created_at.date()).next_due,
            letters_printed: letters(submission),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const V1: &str = include_str!("../../protocol/examples/submission-v1.json");
    const V2: &str = include_str!("../../protocol/examples/submission-v2.json");

    #[test]
    fn the_figures_of_a_version_2_report_follow_the_domains_rules() {
        let submission = parse_submission(V2.as_bytes()).unwrap();
        let figures = Figures::of(&submission);
        // Forms 18 + 9 received, 12 + 14 coded, 1 queried: one left to do.
        assert_eq!(
            (figures.forms_received, figures.forms_coded, figures.forms_queried, figures.forms_backlog),
            (27, 26, 1, 0)
        );
        // The baseline (23 February, before the window) stood at 31 and 4; the latest search at 55 and 9, with 2
        // Type 1 objections withdrawn since: 26 and 5 made in the window.
        assert_eq!((figures.type1_total, figures.type2_total), (55, 9));
        assert_eq!((figures.type1_new, figures.type2_new), (Some(26), Some(5)));
        assert_eq!((figures.list_size, figures.expected_forms), (7_400, Some(134)));
        let forecast = forecast(&submission).unwrap();
        assert_eq!(forecast.expected, 134);
        assert_eq!(forecast.weeks[0].received, 27, "both days fall in the window's first week");
    }

    #[test]
    fn a_version_1_report_is_upgraded_and_has_no_forms_forecast_or_baseline() {
        let submission = parse_submission(V1.as_bytes()).unwrap();
        let figures = Figures::of(&submission);
        assert_eq!((figures.type1_total, figures.type2_total), (14, 3));
        assert_eq!((figures.type1_new, figures.expected_forms, figures.forms_received), (None, None, 0));
        assert!(forecast(&submission).is_none());
    }

    #[test]
    fn a_body_stored_by_an_earlier_hub_reads_as_this_hub_would_store_it() {
        // What the hub stored before version 2: the canonical text of version 1's shape.
        let earlier: serde_json::Value = serde_json::from_str(V1).unwrap();
        let stored = serde_json::to_string(&earlier).unwrap();
        let now = canonical_text(&parse_submission(V1.as_bytes()).unwrap());
        assert_ne!(stored, now);
        assert_eq!(canonical(&stored).as_deref(), Some(now.as_str()));
        assert!(crate::db::same_submission(&stored, &now));
        assert!(crate::db::same_submission(&now, &now));
        let other = canonical_text(&parse_submission(V2.as_bytes()).unwrap());
        assert!(!crate::db::same_submission(&stored, &other));
        assert!(read_stored("not json").is_none());
    }
}
