use pathfinder_readiness::{Blocker, Checklist, Forecast, PracticeState, Readiness, TaskStatus, Workload};
use time::{Date, OffsetDateTime};

use crate::{
    BlockerSummary, ForecastSummary, FormsDayCounts, NoticeCount, PracticeSummary, ReadinessSummary,
    SUBMISSION_VERSION, SearchCounts, Submission, TaskSummary, WindowSummary,
};

/// The submission for a practice's state on a day: a pure function, so what the manager previews is exactly what
/// is sent. Assignees, notes, evidence and the words of a "not applicable" stay behind: only statuses, dates,
/// counts and the chosen kind of reason leave the practice.
pub fn build_submission(
    state: &PracticeState,
    checklist: &Checklist,
    today: Date,
    submission_id: String,
    created_at: OffsetDateTime,
    app_version: &str,
    notices: Vec<NoticeCount>,
) -> Submission {
    let readiness = Readiness::assess(checklist, state, today);
    let workload = Workload::new(checklist, state, today);
    Submission {
        version: SUBMISSION_VERSION,
        submission_id,
        ods_code: state.profile.ods_code.clone(),
        created_at,
        app_version: app_version.to_owned(),
        checklist_version: checklist.version,
        practice: PracticeSummary {
            list_size: state.profile.list_size,
            ccg_code: state.profile.ccg.code.clone(),
            clinical_system: state.profile.clinical_system,
        },
        readiness: ReadinessSummary {
            level: readiness.level,
            blockers: readiness
                .blockers
                .into_iter()
                .map(|blocker| match blocker {
                    Blocker::Overdue { task, due, .. } => BlockerSummary::Overdue { task, due },
                    Blocker::OverCapacity { role, week_start, planned_seconds, available_seconds } => {
                        BlockerSummary::OverCapacity { role, week_start, planned_seconds, available_seconds }
                    }
                })
                .collect(),
        },
        tasks: checklist
            .tasks
            .iter()
            .map(|task| {
                let task_state = state.task(&task.id);
                TaskSummary {
                    id: task.id.clone(),
                    role: task.role,
                    status: task_state.status,
                    due: task.due.date(&state.window),
                    not_applicable_reason: task_state
                        .not_applicable_code
                        .filter(|_| task_state.status == TaskStatus::NotApplicable),
                }
            })
            .collect(),
        effort_left: workload.remaining,
        window: WindowSummary {
            start: state.window.start,
            weeks: state.window.weeks,
            first_extract: state.window.first_extract,
        },
        forms: state
            .forms
            .iter()
            .map(|d| FormsDayCounts {
                date: d.date,
                received: d.received,
                coded: d.coded,
                scanned: d.scanned,
                acknowledged: d.acknowledged,
                queried: d.queried,
            })
            .collect(),
        searches: state
            .searches
            .iter()
            .map(|s| SearchCounts {
                date: s.date,
                type1: s.type1,
                type2: s.type2,
                type1_withdrawn: s.type1_withdrawn,
                type2_withdrawn: s.type2_withdrawn,
            })
            .collect(),
        forecast: Some({
            let forecast = Forecast::new(state);
            ForecastSummary {
                objection_rate: forecast.rate,
                expected_forms: u32::try_from(forecast.expected).unwrap_or(u32::MAX).min(state.profile.list_size),
            }
        }),
        notices,
    }
}
