//! How much work is left, for whom, and when: each task's remaining effort spread evenly over the weeks from
//! today until it is due, shared between the roles it takes; returned forms planned for the weeks they are expected
//! to arrive (the forecast), the backlog now.

use std::collections::BTreeMap;

use serde::Serialize;
use time::{Date, Duration};

use crate::PracticeState;
use crate::checklist::{Checklist, EffortModel, TaskTemplate};
use crate::forecast::{Forecast, largest_remainder};
use crate::profile::Role;
use crate::returns::FormsTally;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct WorkloadWeek {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub start: Date,
    /// Planned seconds per role in this week; every role is present.
    #[cfg_attr(feature = "ts", ts(type = "Record<Role, number>"))]
    pub planned: BTreeMap<Role, u64>,
    /// Roles whose planned hours exceed the hours they have this week.
    pub over_capacity: Vec<Role>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Workload {
    /// Seconds of work left per role; every role is present.
    #[cfg_attr(feature = "ts", ts(type = "Record<Role, number>"))]
    pub remaining: BTreeMap<Role, u64>,
    /// Seconds each role has a week, for the roles whose hours the practice has planned.
    #[cfg_attr(feature = "ts", ts(type = "Partial<Record<Role, number>>"))]
    pub capacity: BTreeMap<Role, u64>,
    /// Roles with work left whose hours are not planned yet: nothing can be said of their capacity.
    pub unplanned: Vec<Role>,
    pub weeks: Vec<WorkloadWeek>,
}

/// One task's remaining work for one role, as seconds per plan week from this one.
struct Share {
    role: Role,
    seconds_by_week: Vec<u64>,
}

impl Workload {
    pub fn total_remaining(&self) -> u64 {
        self.remaining.values().sum()
    }

    pub fn total_planned(&self) -> u64 {
        self.weeks.iter().flat_map(|week| week.planned.values()).sum()
    }

    pub fn new(checklist: &Checklist, state: &PracticeState, today: Date) -> Self {
        let capacity: BTreeMap<Role, u64> =
            state.profile.staff_hours.iter().map(|(role, hours)| (*role, (hours * 3600.0).round() as u64)).collect();
        let forecast = Forecast::new(state);
        let week_of = |date: Date| usize::try_from((date - today).whole_days().max(0) / 7).unwrap_or(0);
        let open: Vec<&TaskTemplate> =
            checklist.tasks.iter().filter(|task| !state.task(&task.id).status.is_done()).collect();
        let horizon = open
            .iter()
            .map(|task| task.due.date(&state.window))
            .chain([state.window.end()])
            // The forecast's last week, as `forms_by_week` places it (in the plan week nearest it).
            .chain(forecast.weeks.last().map(|week| week.start + Duration::days(3)))
            .max()
            .expect("never empty");
        let week_count = week_of(horizon) + 1;

        let mut shares: Vec<Share> = Vec::new();
        for task in open {
            let by_week = match task.effort {
                EffortModel::PerObjectionForm { minutes } => {
                    forms_by_week(state, &forecast, minutes, week_count, today)
                }
                _ => {
                    let seconds = task.effort.seconds(&state.profile, &state.planning);
                    // An overdue task is all due now; otherwise it spreads over this week up to the week it is due.
                    let last = week_of(task.due.date(&state.window)).min(week_count - 1);
                    let mut weights = vec![0; week_count];
                    weights[..=last].fill(1);
                    largest_remainder(seconds, &weights)
                }
            };
            let roles: Vec<Role> = task.roles().collect();
            let mut per_role: Vec<Vec<u64>> = vec![vec![0; week_count]; roles.len()];
            for (week, seconds) in by_week.iter().enumerate() {
                for (role, part) in largest_remainder(*seconds, &vec![1; roles.len()]).into_iter().enumerate() {
                    per_role[role][week] = part;
                }
            }
            shares
                .extend(roles.into_iter().zip(per_role).map(|(role, seconds_by_week)| Share { role, seconds_by_week }));
        }

        let mut remaining: BTreeMap<Role, u64> = Role::ALL.into_iter().map(|role| (role, 0)).collect();
        let mut weeks: Vec<WorkloadWeek> = (0..week_count)
            .map(|i| WorkloadWeek {
                start: today + Duration::weeks(i as i64),
                planned: Role::ALL.into_iter().map(|role| (role, 0)).collect(),
                over_capacity: Vec::new(),
            })
            .collect();
        for share in shares {
            for (week, seconds) in weeks.iter_mut().zip(&share.seconds_by_week) {
                *week.planned.entry(share.role).or_default() += seconds;
            }
            *remaining.entry(share.role).or_default() += share.seconds_by_week.iter().sum::<u64>();
        }
        for week in &mut weeks {
            week.over_capacity = week
                .planned
                .iter()
                .filter(|(role, planned)| capacity.get(*role).is_some_and(|available| **planned > *available))
                .map(|(role, _)| *role)
                .collect();
        }
        let unplanned = remaining
            .iter()
            .filter(|(role, seconds)| **seconds > 0 && !capacity.contains_key(*role))
            .map(|(r, _)| *r)
            .collect();
        Self { remaining, capacity, unplanned, weeks }
    }
}

/// The seconds of form processing in each plan week: the backlog now, and the forms the forecast still expects, each
/// week's in the plan week nearest it (the current week's less what has come in it). Weeks past are past: forms that
/// never came are not work.
fn forms_by_week(state: &PracticeState, forecast: &Forecast, minutes: f64, week_count: usize, today: Date) -> Vec<u64> {
    let backlog = FormsTally::new(&state.forms).backlog;
    let mut forms = vec![0u64; week_count];
    forms[0] = backlog;
    for week in forecast.weeks.iter().filter(|week| week.start + Duration::weeks(1) > today) {
        let days = (week.start - today).whole_days().max(0);
        let index = usize::try_from((days + 3) / 7).unwrap_or(0).min(week_count - 1);
        forms[index] += week.expected.saturating_sub(if week.start <= today { week.received } else { 0 });
    }
    let total: u64 = forms.iter().sum();
    let seconds = (minutes * 60.0 * total as f64).round().max(0.0) as u64;
    largest_remainder(seconds, &forms)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::task::{TaskState, TaskStatus};
    use crate::testing::{state, today};
    use proptest::prelude::*;

    #[test]
    fn effort_is_spread_up_to_each_due_week_and_over_capacity_is_flagged() {
        let mut practice = state();
        practice.profile.staff_hours.insert(Role::Reception, 0.5);
        let workload = Workload::new(Checklist::current(), &practice, today());
        assert_eq!(workload.total_planned(), workload.total_remaining());
        // display-posters: 60 minutes of reception, due at the window's start, 28 days (4 weeks) from today.
        let reception: Vec<u64> = workload.weeks.iter().map(|week| week.planned[&Role::Reception]).collect();
        assert_eq!(&reception[..6], &[720, 720, 720, 720, 720, 0]);
        assert!(workload.weeks[0].over_capacity.is_empty(), "12 minutes fit in half an hour");
        practice.profile.staff_hours.insert(Role::Reception, 0.1);
        let tight = Workload::new(Checklist::current(), &practice, today());
        assert_eq!(tight.weeks[0].over_capacity, [Role::Reception]);
    }

    #[test]
    fn overdue_work_is_all_due_this_week() {
        let late = today() + Duration::weeks(10);
        let workload = Workload::new(Checklist::current(), &state(), late);
        // join-pathfinder was due 28 days before the window start, weeks ago.
        assert!(workload.weeks[0].planned[&Role::PracticeManager] >= 180 * 60);
    }

    #[test]
    fn forms_are_planned_when_the_forecast_expects_them_and_the_backlog_now() {
        let practice = state(); // window opens 2026-03-02, four weeks after today
        let minutes = |seconds: u64| seconds / 60;
        let admin =
            |w: &Workload| w.weeks.iter().map(|week| minutes(week.planned[&Role::AdminTeam])).collect::<Vec<_>>();
        let before = Workload::new(Checklist::current(), &practice, today());
        // No form processing before the window opens: the admin team's early weeks hold other tasks only.
        let mut done = practice.clone();
        for id in ["write-to-patients", "communication-needs"] {
            done.tasks.insert(id.into(), TaskState { status: TaskStatus::Completed, ..Default::default() });
        }
        let forms_only = Workload::new(Checklist::current(), &done, today());
        assert_eq!(&admin(&forms_only)[..4], &[0, 0, 0, 0], "no forms before the window: {:?}", admin(&forms_only));
        assert!(admin(&forms_only)[5] > 0);
        assert_eq!(forms_only.remaining[&Role::AdminTeam], 134 * 210, "134 forecast forms at 3.5 minutes");
        // Thirty forms in, ten coded, on the window's first day: twenty wait now.
        let mut returned = done.clone();
        returned.forms.push(crate::FormsDay {
            date: practice.window.start,
            received: 30,
            coded: 10,
            scanned: 10,
            acknowledged: 10,
            queried: 0,
        });
        let day = practice.window.start + Duration::days(1);
        let now = Workload::new(Checklist::current(), &returned, day);
        assert!(now.weeks[0].planned[&Role::AdminTeam] >= 20 * 210, "the backlog is this week's work");
        // After the forecast's weeks, forms that never came are no work; the backlog still is.
        let after = practice.window.first_extract + Duration::days(3);
        let late = Workload::new(Checklist::current(), &returned, after);
        let forms_task = |w: &Workload| w.remaining[&Role::AdminTeam];
        assert_eq!(forms_task(&late), 20 * 210, "only the twenty waiting");
        assert_eq!(before.total_planned(), before.total_remaining());
        assert_eq!(now.total_planned(), now.total_remaining());
    }

    #[test]
    fn blank_hours_are_not_planned_rather_than_over_capacity() {
        let mut practice = state();
        practice.profile.staff_hours.remove(&Role::It);
        let workload = Workload::new(Checklist::current(), &practice, today());
        assert_eq!(workload.unplanned, [Role::It], "IT has the extract to agree and no hours planned");
        assert!(workload.weeks.iter().all(|week| !week.over_capacity.contains(&Role::It)));
        assert!(!workload.capacity.contains_key(&Role::It));
    }

    #[test]
    fn the_briefing_is_shared_between_the_practice_manager_and_the_partners() {
        let mut practice = state();
        for task in &Checklist::current().tasks {
            if task.id != "brief-staff" {
                practice
                    .tasks
                    .insert(task.id.clone(), TaskState { status: TaskStatus::Completed, ..Default::default() });
            }
        }
        let workload = Workload::new(Checklist::current(), &practice, today());
        // 18 staff at 45 minutes: 810 minutes, half each.
        assert_eq!(workload.remaining[&Role::PracticeManager], 405 * 60);
        assert_eq!(workload.remaining[&Role::GpPartner], 405 * 60);
        assert_eq!(workload.remaining[&Role::AdminTeam], 0);
    }

    fn any_status() -> impl Strategy<Value = TaskStatus> {
        prop_oneof![
            Just(TaskStatus::NotStarted),
            Just(TaskStatus::InProgress),
            Just(TaskStatus::Completed),
            Just(TaskStatus::NotApplicable),
        ]
    }

    fn any_state() -> impl Strategy<Value = (PracticeState, i64)> {
        let ids: Vec<String> = Checklist::current().tasks.iter().map(|t| t.id.clone()).collect();
        (
            prop::collection::vec(any_status(), ids.len()),
            1u32..60_000,
            1u32..200,
            -70i64..140,
            prop::collection::vec(0.0f64..40.0, Role::ALL.len()),
        )
            .prop_map(move |(statuses, list_size, staff, offset, hours)| {
                let mut practice = state();
                practice.profile.list_size = list_size;
                practice.profile.staff_count = staff;
                practice.profile.staff_hours = Role::ALL.into_iter().zip(hours).collect();
                for (id, status) in ids.iter().zip(statuses) {
                    practice.tasks.insert(id.clone(), TaskState { status, ..Default::default() });
                }
                (practice, offset)
            })
    }

    proptest! {
        #[test]
        fn the_plan_adds_up_to_the_remaining_effort((practice, offset) in any_state()) {
            let workload = Workload::new(Checklist::current(), &practice, today() + Duration::days(offset));
            prop_assert_eq!(workload.total_planned(), workload.total_remaining());
            let all: u64 = Checklist::current().tasks.iter().map(|t| t.effort.seconds(&practice.profile, &practice.planning)).sum();
            prop_assert!(workload.total_remaining() <= all);
        }

        #[test]
        fn finishing_a_task_never_raises_any_figure((practice, offset) in any_state(), pick in 0usize..10, na in any::<bool>()) {
            let day = today() + Duration::days(offset);
            let before = Workload::new(Checklist::current(), &practice, day);
            let mut after_state = practice.clone();
            let id = Checklist::current().tasks[pick].id.clone();
            let status = if na { TaskStatus::NotApplicable } else { TaskStatus::Completed };
            after_state.tasks.insert(id, TaskState { status, ..Default::default() });
            let after = Workload::new(Checklist::current(), &after_state, day);
            for role in Role::ALL {
                prop_assert!(after.remaining[&role] <= before.remaining[&role]);
            }
            prop_assert!(after.weeks.len() <= before.weeks.len());
            for (late, early) in after.weeks.iter().zip(&before.weeks) {
                for role in Role::ALL {
                    prop_assert!(late.planned[&role] <= early.planned[&role]);
                }
                prop_assert!(late.over_capacity.iter().all(|role| early.over_capacity.contains(role)));
            }
        }
    }
}
