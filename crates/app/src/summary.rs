//! What a manager reads before sending a submission: the figures it carries, in plain terms, computed from the
//! very submission whose text the preview shows.

use pathfinder_protocol::Submission;
use pathfinder_readiness::{ReadinessLevel, Role, TaskStatus};
use serde::Serialize;
use time::Date;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SubmissionSummary {
    pub submission_id: String,
    pub ods_code: String,
    pub list_size: u32,
    pub level: ReadinessLevel,
    /// Tasks completed or not applicable, as the checklist counts them.
    pub done: usize,
    pub total: usize,
    pub blockers: usize,
    /// Work left, one entry per role in the app's usual order.
    pub effort_left: Vec<RoleEffort>,
    pub type1_total: u64,
    pub type2_total: u64,
    /// Returned forms received so far, and those waiting (neither coded nor sent back).
    pub forms_received: u64,
    pub forms_waiting: u64,
    /// Forms the forecast expects in all.
    pub forms_expected: Option<u32>,
    pub window: WindowDates,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RoleEffort {
    pub role: Role,
    pub seconds: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct WindowDates {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub start: Date,
    pub weeks: u8,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub first_extract: Date,
}

impl SubmissionSummary {
    pub fn of(submission: &Submission) -> Self {
        let done = submission
            .tasks
            .iter()
            .filter(|task| matches!(task.status, TaskStatus::Completed | TaskStatus::NotApplicable))
            .count();
        let (type1_total, type2_total) = submission.objection_totals();
        Self {
            submission_id: submission.submission_id.clone(),
            ods_code: submission.ods_code.to_string(),
            list_size: submission.practice.list_size,
            level: submission.readiness.level,
            done,
            total: submission.tasks.len(),
            blockers: submission.readiness.blockers.len(),
            effort_left: Role::ALL
                .into_iter()
                .map(|role| RoleEffort { role, seconds: submission.effort_left.get(&role).copied().unwrap_or(0) })
                .collect(),
            type1_total,
            type2_total,
            forms_received: submission.forms.iter().map(|d| u64::from(d.received)).sum(),
            forms_waiting: submission
                .forms
                .iter()
                .map(|d| i64::from(d.received) - i64::from(d.coded) - i64::from(d.queried))
                .sum::<i64>()
                .max(0) as u64,
            forms_expected: submission.forecast.map(|f| f.expected_forms),
            window: WindowDates {
                start: submission.window.start,
                weeks: submission.window.weeks,
                first_extract: submission.window.first_extract,
            },
        }
    }
}
