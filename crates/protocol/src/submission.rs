use std::collections::BTreeMap;

use pathfinder_readiness::{ClinicalSystem, OdsCode, ReadinessLevel, Role, TaskStatus};
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

pub const SUBMISSION_VERSION: u32 = 1;

/// A practice's readiness as reported to the hub.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Submission {
    pub version: u32,
    /// Chosen by the app, so that a resend is recognised as the same submission.
    pub submission_id: String,
    pub ods_code: OdsCode,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    pub app_version: String,
    pub checklist_version: u32,
    pub practice: PracticeSummary,
    pub readiness: ReadinessSummary,
    pub tasks: Vec<TaskSummary>,
    /// Seconds of work left per role.
    pub effort_left: BTreeMap<Role, u64>,
    pub window: WindowSummary,
    pub objections: Vec<WeekCounts>,
    pub notices: Vec<NoticeCount>,
}

impl Submission {
    /// Type 1 and Type 2 objections over every week reported.
    pub fn objection_totals(&self) -> (u64, u64) {
        self.objections.iter().fold((0, 0), |(t1, t2), w| (t1 + u64::from(w.type1), t2 + u64::from(w.type2)))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PracticeSummary {
    pub list_size: u32,
    pub ccg_code: String,
    pub clinical_system: ClinicalSystem,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReadinessSummary {
    pub level: ReadinessLevel,
    pub blockers: Vec<BlockerSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum BlockerSummary {
    #[serde(rename_all = "camelCase")]
    Overdue { task: String, due: Date },
    #[serde(rename_all = "camelCase")]
    OverCapacity { role: Role, week_start: Date, planned_seconds: u64, available_seconds: u64 },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TaskSummary {
    pub id: String,
    pub role: Role,
    pub status: TaskStatus,
    pub due: Date,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WindowSummary {
    pub start: Date,
    pub weeks: u8,
    pub first_extract: Date,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WeekCounts {
    pub week_start: Date,
    pub type1: u32,
    pub type2: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoticeKind {
    PosterA4,
    PosterA3,
    Leaflet,
    ObjectionForm,
    WithdrawalForm,
    StaffBriefing,
    Letter,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoticeVariant {
    Standard,
    LargePrint,
}

/// How many copies of a notice were printed, by kind, language and variant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NoticeCount {
    pub kind: NoticeKind,
    pub language: String,
    pub variant: NoticeVariant,
    pub count: u32,
}
