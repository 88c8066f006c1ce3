use serde::Serialize;
use time::Date;

use crate::PracticeState;
use crate::checklist::Checklist;
use crate::profile::Role;
use crate::workload::Workload;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ReadinessLevel {
    NotStarted,
    /// Under way, but some team with work left has no hours planned: whether it fits cannot be said yet.
    InProgress,
    /// Under way, nothing overdue, and every team's planned hours hold the work week by week.
    OnTrack,
    AtRisk,
    Ready,
}

impl ReadinessLevel {
    /// The level's name on the wire and in storage, as serde writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotStarted => "not-started",
            Self::InProgress => "in-progress",
            Self::OnTrack => "on-track",
            Self::AtRisk => "at-risk",
            Self::Ready => "ready",
        }
    }
}

/// Why a practice is at risk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Blocker {
    #[serde(rename_all = "camelCase")]
    Overdue {
        task: String,
        title: String,
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        due: Date,
    },
    #[serde(rename_all = "camelCase")]
    OverCapacity {
        role: Role,
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        week_start: Date,
        planned_seconds: u64,
        available_seconds: u64,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Readiness {
    pub level: ReadinessLevel,
    pub blockers: Vec<Blocker>,
    pub completed: usize,
    pub total: usize,
    /// Teams with work left and no hours planned.
    pub unplanned: Vec<Role>,
    /// What stands in the way of agreeing the extract, until it is agreed.
    pub extract: Vec<crate::ExtractBlocker>,
    pub days_to_window_start: i64,
    pub days_to_window_end: i64,
    pub days_to_extract: i64,
}

impl Readiness {
    pub fn assess(checklist: &Checklist, state: &PracticeState, today: Date) -> Self {
        let statuses: Vec<_> = checklist.tasks.iter().map(|task| state.task(&task.id).status).collect();
        let total = statuses.len();
        let completed = statuses.iter().filter(|status| status.is_done()).count();

        let mut blockers: Vec<Blocker> = checklist
            .tasks
            .iter()
            .filter(|task| !state.task(&task.id).status.is_done())
            .map(|task| (task, task.due.date(&state.window)))
            .filter(|(_, due)| *due < today)
            .map(|(task, due)| Blocker::Overdue { task: task.id.clone(), title: task.title.clone(), due })
            .collect();
        let workload = Workload::new(checklist, state, today);
        for week in &workload.weeks {
            for role in &week.over_capacity {
                blockers.push(Blocker::OverCapacity {
                    role: *role,
                    week_start: week.start,
                    planned_seconds: week.planned[role],
                    available_seconds: workload.capacity[role],
                });
            }
        }

        let started = statuses.iter().any(|status| *status != crate::TaskStatus::NotStarted);
        let level = decide(completed == total, !blockers.is_empty(), started, workload.unplanned.is_empty());
        // Forms keep coming until the extract: what stands in its way is said until the day itself, agreed or not
        // (not where the practice has no extract to agree).
        let extract = if state.task(crate::extract::AGREE_EXTRACT).status == crate::TaskStatus::NotApplicable
            || today > state.window.first_extract
        {
            Vec::new()
        } else {
            crate::extract::extract_blockers(state, today)
        };
        if level == ReadinessLevel::Ready {
            blockers.clear();
        }
        Self {
            level,
            blockers,
            completed,
            total,
            unplanned: workload.unplanned.clone(),
            extract,
            days_to_window_start: (state.window.start - today).whole_days(),
            days_to_window_end: (state.window.end() - today).whole_days(),
            days_to_extract: (state.window.first_extract - today).whole_days(),
        }
    }
}

/// The one rule from what a practice's work stands at to its level, for the app and the hub alike.
fn decide(all_done: bool, blocked: bool, started: bool, planned: bool) -> ReadinessLevel {
    if all_done {
        ReadinessLevel::Ready
    } else if blocked {
        ReadinessLevel::AtRisk
    } else if !started {
        ReadinessLevel::NotStarted
    } else if planned {
        ReadinessLevel::OnTrack
    } else {
        ReadinessLevel::InProgress
    }
}

/// A report's level as the hub works it out again from the tasks it was sent, on the hub's own date, rather than
/// taking the level the app computed: tasks overdue by `today` put it at risk, and the level follows every task
/// done, whatever the app said. The hub has no staff hours: a team over capacity is the app's finding, taken as
/// reported, and "on track" (every team with hours planned) only where the app said so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportedLevel {
    pub level: ReadinessLevel,
    /// The earliest due date of a task not done: from the day after it, the practice is overdue.
    pub next_due: Option<Date>,
}

impl ReportedLevel {
    pub fn assess(
        tasks: impl IntoIterator<Item = (crate::TaskStatus, Date)>,
        over_capacity: bool,
        reported: ReadinessLevel,
        today: Date,
    ) -> Self {
        let (mut all_done, mut started, mut next_due) = (true, false, None::<Date>);
        for (status, due) in tasks {
            started |= status != crate::TaskStatus::NotStarted;
            if !status.is_done() {
                all_done = false;
                next_due = Some(next_due.map_or(due, |next| next.min(due)));
            }
        }
        let overdue = next_due.is_some_and(|due| due < today);
        let planned = reported == ReadinessLevel::OnTrack;
        Self { level: decide(all_done, overdue || over_capacity, started, planned), next_due }
    }

    /// The level on a later day: a task due by then and not done puts a practice not yet ready at risk.
    pub fn on(self, day: Date) -> ReadinessLevel {
        match self.next_due {
            Some(due) if due < day && self.level != ReadinessLevel::Ready => ReadinessLevel::AtRisk,
            _ => self.level,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::task::{TaskState, TaskStatus};
    use crate::testing::{state, today};
    use time::Duration;

    fn set(practice: &mut PracticeState, id: &str, status: TaskStatus) {
        practice.tasks.insert(id.into(), TaskState { status, ..Default::default() });
    }

    #[test]
    fn each_level_is_named_as_serde_writes_it() {
        for level in [
            ReadinessLevel::NotStarted,
            ReadinessLevel::InProgress,
            ReadinessLevel::OnTrack,
            ReadinessLevel::AtRisk,
            ReadinessLevel::Ready,
        ] {
            assert_eq!(serde_json::to_value(level).unwrap(), level.as_str());
        }
    }

    #[test]
    fn a_new_practice_with_time_and_hours_has_not_started() {
        let readiness = Readiness::assess(Checklist::current(), &state(), today());
        assert_eq!(readiness.level, ReadinessLevel::NotStarted);
        assert_eq!((readiness.completed, readiness.total), (0, 10));
        assert_eq!(readiness.days_to_window_start, 28);
        assert_eq!(readiness.days_to_window_end, 70);
        assert_eq!(readiness.days_to_extract, 84);
    }

    #[test]
    fn started_work_with_hours_planned_is_on_track_and_everything_done_is_ready() {
        let mut practice = state();
        set(&mut practice, "join-pathfinder", TaskStatus::Completed);
        assert_eq!(Readiness::assess(Checklist::current(), &practice, today()).level, ReadinessLevel::OnTrack);
        practice.profile.staff_hours.remove(&Role::Reception);
        let unplanned = Readiness::assess(Checklist::current(), &practice, today());
        assert_eq!(
            (unplanned.level, unplanned.unplanned.as_slice()),
            (ReadinessLevel::InProgress, &[Role::Reception][..])
        );
        assert!(unplanned.blockers.is_empty(), "blank hours are not a risk on day one");
        for task in &Checklist::current().tasks {
            set(&mut practice, &task.id, TaskStatus::Completed);
        }
        set(&mut practice, "communication-needs", TaskStatus::NotApplicable);
        let ready = Readiness::assess(Checklist::current(), &practice, today() + Duration::weeks(20));
        assert_eq!(ready.level, ReadinessLevel::Ready);
        assert!(ready.blockers.is_empty());
    }

    #[test]
    fn an_overdue_task_puts_the_practice_at_risk_and_says_which() {
        let late = today() + Duration::days(1);
        let mut practice = state();
        practice.window.start = today() + Duration::days(20); // join-pathfinder was due 8 days ago
        practice.window.first_extract = practice.window.end() + Duration::weeks(2);
        let readiness = Readiness::assess(Checklist::current(), &practice, late);
        assert_eq!(readiness.level, ReadinessLevel::AtRisk);
        assert!(readiness.blockers.contains(&Blocker::Overdue {
            task: "join-pathfinder".into(),
            title: "task-join-pathfinder-title".into(),
            due: today() - Duration::days(8)
        }));
    }

    #[test]
    fn readiness_names_what_stands_in_the_way_of_the_extract_until_it_is_agreed() {
        let mut practice = state();
        practice.forms.push(crate::FormsDay {
            date: practice.window.start,
            received: 12,
            coded: 9,
            scanned: 9,
            acknowledged: 0,
            queried: 1,
        });
        let day = practice.window.start + Duration::days(3);
        let readiness = Readiness::assess(Checklist::current(), &practice, day);
        assert_eq!(
            readiness.extract,
            [crate::ExtractBlocker::FormsWaiting { forms: 2 }, crate::ExtractBlocker::NoSearch]
        );
        set(&mut practice, "agree-extract", TaskStatus::Completed);
        let agreed = Readiness::assess(Checklist::current(), &practice, day);
        assert_eq!(agreed.extract.len(), 2, "forms that came after the extract was agreed are still said");
        let after = practice.window.first_extract + Duration::days(1);
        assert!(Readiness::assess(Checklist::current(), &practice, after).extract.is_empty(), "the extract has run");
    }

    #[test]
    fn too_few_hours_put_the_practice_at_risk() {
        let mut practice = state();
        practice.profile.staff_hours.insert(Role::AdminTeam, 0.0);
        let readiness = Readiness::assess(Checklist::current(), &practice, today());
        assert_eq!(readiness.level, ReadinessLevel::AtRisk);
        assert!(readiness.blockers.iter().any(|b| matches!(b, Blocker::OverCapacity { role: Role::AdminTeam, .. })));
    }

    #[test]
    fn the_hub_works_a_reports_level_out_again_from_its_tasks_on_its_own_date() {
        use time::macros::date;
        let (monday, later) = (date!(2026 - 03 - 02), date!(2026 - 03 - 20));
        let tasks = [(TaskStatus::Completed, date!(2026 - 02 - 20)), (TaskStatus::InProgress, date!(2026 - 03 - 10))];
        let on_track = ReportedLevel::assess(tasks, false, ReadinessLevel::OnTrack, monday);
        assert_eq!(on_track, ReportedLevel { level: ReadinessLevel::OnTrack, next_due: Some(date!(2026 - 03 - 10)) });
        assert_eq!(on_track.on(date!(2026 - 03 - 10)), ReadinessLevel::OnTrack, "due today is not overdue");
        assert_eq!(on_track.on(date!(2026 - 03 - 11)), ReadinessLevel::AtRisk, "the day after it is");
        assert_eq!(ReportedLevel::assess(tasks, false, ReadinessLevel::OnTrack, later).level, ReadinessLevel::AtRisk);
        assert_eq!(
            ReportedLevel::assess(tasks, false, ReadinessLevel::Ready, monday).level,
            ReadinessLevel::InProgress,
            "a report claiming ready with work left is not taken at its word; no hours known: in progress"
        );
        assert_eq!(ReportedLevel::assess(tasks, true, ReadinessLevel::OnTrack, monday).level, ReadinessLevel::AtRisk);
        let done = [(TaskStatus::Completed, date!(2026 - 02 - 20)), (TaskStatus::NotApplicable, date!(2026 - 03 - 01))];
        let ready = ReportedLevel::assess(done, true, ReadinessLevel::AtRisk, later);
        assert_eq!(
            (ready.level, ready.next_due, ready.on(later)),
            (ReadinessLevel::Ready, None, ReadinessLevel::Ready)
        );
        let untouched = [(TaskStatus::NotStarted, date!(2026 - 03 - 10))];
        assert_eq!(
            ReportedLevel::assess(untouched, false, ReadinessLevel::NotStarted, monday).level,
            ReadinessLevel::NotStarted
        );
    }
}
