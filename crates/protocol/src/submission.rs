use std::collections::BTreeMap;

use pathfinder_readiness::{ClinicalSystem, NotApplicableCode, OdsCode, ReadinessLevel, Role, TaskStatus};
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

/// The version the app sends. The hub reads version 1 too (`crate::v1`), upgrading it on arrival.
pub const SUBMISSION_VERSION: u32 = 2;

/// A practice's readiness as reported to the hub, version 2: the returned-forms tally, the objection searches with
/// their withdrawals (the baseline is the last before the window), and the forecast.
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
    /// Returned forms, day by day.
    pub forms: Vec<FormsDayCounts>,
    /// The objection searches, by date.
    pub searches: Vec<SearchCounts>,
    /// Absent only in a submission upgraded from version 1, which had none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forecast: Option<ForecastSummary>,
    pub notices: Vec<NoticeCount>,
}

impl Submission {
    /// The Type 1 and Type 2 objections standing at the latest search (none before a first search).
    pub fn objection_totals(&self) -> (u64, u64) {
        self.searches
            .iter()
            .max_by_key(|search| search.date)
            .map_or((0, 0), |search| (search.type1.into(), search.type2.into()))
    }
}

/// One day's returned forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FormsDayCounts {
    pub date: Date,
    pub received: u32,
    pub coded: u32,
    pub scanned: u32,
    pub acknowledged: u32,
    pub queried: u32,
}

/// One search's totals, as the clinical system gives them on its date; withdrawals since the baseline search.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SearchCounts {
    pub date: Date,
    pub type1: u32,
    pub type2: u32,
    pub type1_withdrawn: u32,
    pub type2_withdrawn: u32,
}

/// The practice's forecast of returned forms.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ForecastSummary {
    /// The share of patients expected to return a form, 0.005 to 0.025.
    pub objection_rate: f64,
    pub expected_forms: u32,
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
    /// Why a task marked not applicable does not apply, where the manager said (always, for a core task).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_applicable_reason: Option<NotApplicableCode>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WindowSummary {
    pub start: Date,
    pub weeks: u8,
    pub first_extract: Date,
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
