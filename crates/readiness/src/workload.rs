//! How much work is left, for whom, and when: each task's remaining effort spread evenly over the weeks from
//! today until it is due.

use std::collections::BTreeMap;

use serde::Serialize;
use time::{Date, Duration};

use crate::PracticeState;
use crate::checklist::Checklist;
use crate::profile::Role;

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
    /// Seconds each role has a week; every role is present.
    #[cfg_attr(feature = "ts", ts(type = "Record<Role, number>"))]
    pub capacity: BTreeMap<Role, u64>,
    pub weeks: Vec<WorkloadWeek>,
}

impl Workload {
    pub fn total_remaining(&self) -> u64 {
        self.remaining.values().sum()
    }

    pub fn total_planned(&self) -> u64 {
        self.weeks.iter().flat_map(|week| week.planned.values()).sum()
    }

    pub fn new(checklist: &Checklist, state: &PracticeState, today: Date) -> Self {
        let capacity: BTreeMap<Role, u64> = Role::ALL
            .into_iter()
            .map(|role| {
                let hours = state.profile.staff_hours.get(&role).copied().unwrap_or(0.0);
                (role, (hours * 3600.0).round() as u64)
            })
            .collect();
        let mut remaining: BTreeMap<Role, u64> = Role::ALL.into_iter().map(|role| (role, 0)).collect();
        let open: Vec<(Role, u64, Date)> = checklist
            .tasks
            .iter()
            .filter(|task| !state.task(&task.id).status.is_done())
            .map(|task| (task.role, task.effort.seconds(&state.profile, &state.planning), task.due.date(&state.window)))
            .filter(|(_, seconds, _)| *seconds > 0)
            .collect();

        let horizon = open.iter().map(|(_, _, due)| *due).chain([state.window.end()]).max().expect("never empty");
        let week_count = usize::try_from(((horizon - today).whole_days() / 7) + 1).unwrap_or(1).max(1);
        let mut weeks: Vec<WorkloadWeek> = (0..week_count)
            .map(|i| WorkloadWeek {
                start: today + Duration::weeks(i as i64),
                planned: Role::ALL.into_iter().map(|role| (role, 0)).collect(),
                over_capacity: Vec::new(),
            })
            .collect();

        for (role, seconds, due) in open {
            *remaining.entry(role).or_default() += seconds;
            // An overdue task is all due now; otherwise it spreads over this week up to the week it is due.
            let last = usize::try_from((due - today).whole_days().max(0) / 7).unwrap_or(0).min(week_count - 1);
            let spread = last as u64 + 1;
            let (share, extra) = (seconds / spread, seconds % spread);
            for (index, week) in weeks.iter_mut().take(last + 1).enumerate() {
                *week.planned.entry(role).or_default() += share + u64::from((index as u64) < extra);
            }
        }
        for week in &mut weeks {
            week.over_capacity = week
                .planned
                .iter()
                .filter(|(role, planned)| **planned > capacity[*role])
                .map(|(role, _)| *role)
                .collect();
        }
        Self { remaining, capacity, weeks }
    }
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
