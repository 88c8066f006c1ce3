//! Version 1 of the wire, still read from apps not yet updated: weekly objection increments in place of searches,
//! no forms tally and no forecast. It is validated as it was, then upgraded to the current version, so the hub
//! stores and shows one shape.

use std::collections::BTreeMap;

use pathfinder_readiness::Role;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::{
    NoticeCount, PracticeSummary, ProtocolError, ReadinessSummary, SearchCounts, Submission, TaskSummary, WindowSummary,
};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SubmissionV1 {
    pub version: u32,
    pub submission_id: String,
    pub ods_code: pathfinder_readiness::OdsCode,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    pub app_version: String,
    pub checklist_version: u32,
    pub practice: PracticeSummary,
    pub readiness: ReadinessSummary,
    pub tasks: Vec<TaskSummary>,
    pub effort_left: BTreeMap<Role, u64>,
    pub window: WindowSummary,
    pub objections: Vec<WeekCounts>,
    pub notices: Vec<NoticeCount>,
}

/// One week's new objections, as version 1 counted them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WeekCounts {
    pub week_start: time::Date,
    pub type1: u32,
    pub type2: u32,
}

const MAX_WEEKS: usize = 260;

impl SubmissionV1 {
    /// Checked in version 1's order: everything but the objections as the current version checks it, then the
    /// weekly counts, which then become searches.
    pub fn upgrade(self) -> Result<Submission, ProtocolError> {
        if self.version != 1 {
            return Err(ProtocolError::new("unsupported-version", "version", "not a version 1 submission"));
        }
        let mut submission = Submission {
            version: crate::SUBMISSION_VERSION,
            submission_id: self.submission_id,
            ods_code: self.ods_code,
            created_at: self.created_at,
            app_version: self.app_version,
            checklist_version: self.checklist_version,
            practice: self.practice,
            readiness: self.readiness,
            tasks: self.tasks,
            effort_left: self.effort_left,
            window: self.window,
            forms: Vec::new(),
            searches: Vec::new(),
            forecast: None,
            notices: self.notices,
        };
        submission.validate()?;
        if self.objections.len() > MAX_WEEKS {
            return Err(ProtocolError::new("out-of-range", "objections", format!("at most {MAX_WEEKS} weeks")));
        }
        let list_size = submission.practice.list_size;
        for (i, week) in self.objections.iter().enumerate() {
            crate::validate::plausible(week.week_start, &format!("objections[{i}].weekStart"))?;
            if week.type1 > list_size || week.type2 > list_size {
                return Err(ProtocolError::new(
                    "out-of-range",
                    format!("objections[{i}]"),
                    "more objections than patients",
                ));
            }
            if self.objections[..i].iter().any(|other| other.week_start == week.week_start) {
                return Err(ProtocolError::new("duplicate", format!("objections[{i}].weekStart"), "each week once"));
            }
        }
        // A week's increments become the totals reported for that week: the objections reported so far. Nothing was withdrawn, as version 1 could not say so.
        let mut weeks = self.objections;
        weeks.sort_by_key(|week| week.week_start);
        let (mut type1, mut type2) = (0u32, 0u32);
        submission.searches = weeks
            .iter()
            .map(|week| {
                type1 = type1.saturating_add(week.type1).min(list_size);
                type2 = type2.saturating_add(week.type2).min(list_size);
                SearchCounts { date: week.week_start, type1, type2, type1_withdrawn: 0, type2_withdrawn: 0 }
            })
            .collect();
        submission.validate()?;
        Ok(submission)
    }
}
