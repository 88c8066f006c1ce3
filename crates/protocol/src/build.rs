use pathfinder_readiness::{Blocker, Checklist, PracticeState, Readiness, Workload};
use time::{Date, OffsetDateTime};

use crate::{
    BlockerSummary, NoticeCount, PracticeSummary, ReadinessSummary, SUBMISSION_VERSION, Submission, TaskSummary,
    WeekCounts, WindowSummary,
};

/// The submission for a practice's state on a day: a pure function, so what the manager previews is exactly what
/// is sent. Assignees, notes and evidence stay behind: only statuses, dates and counts leave the practice.
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
            .map(|task| TaskSummary {
                id: task.id.clone(),
                role: task.role,
                status: state.task(&task.id).status,
                due: task.due.date(&state.window),
            })
            .collect(),
        effort_left: workload.remaining,
        window: WindowSummary {
            start: state.window.start,
            weeks: state.window.weeks,
            first_extract: state.window.first_extract,
        },
        objections: state
            .objections
            .iter()
            .map(|week| WeekCounts { week_start: week.week_start, type1: week.type1, type2: week.type2 })
            .collect(),
        notices,
    }
}
