//! The checklist as the practice sees it on a given day: each task with its state, due date, effort and whether
//! it can start yet.

use serde::Serialize;
use time::Date;

use crate::PracticeState;
use crate::checklist::Checklist;
use crate::profile::Role;
use crate::task::{TaskState, TaskStatus, waiting_for};

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ChecklistView {
    pub version: u32,
    pub completed: usize,
    pub total: usize,
    pub sections: Vec<SectionView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SectionView {
    pub id: String,
    pub title: String,
    pub tasks: Vec<TaskView>,
}

/// Another task, named: its id and its title's Fluent id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TaskRef {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TaskView {
    pub id: String,
    pub title: String,
    pub guidance: String,
    pub role: Role,
    /// The other roles whose time the task takes.
    pub shared_with: Vec<Role>,
    /// Marking it not applicable needs a reason the regional team is told.
    pub core: bool,
    pub state: TaskState,
    /// The status to show: "cannot-start-yet" while prerequisites are not done.
    #[cfg_attr(
        feature = "ts",
        ts(type = r#""not-started" | "in-progress" | "completed" | "not-applicable" | "cannot-start-yet""#)
    )]
    pub display_status: &'static str,
    pub waiting_for: Vec<TaskRef>,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub due: Date,
    pub overdue: bool,
    pub effort_seconds: u64,
    pub effort_units: u64,
    #[cfg_attr(feature = "ts", ts(type = r#""fixed" | "per-staff-member" | "per-household" | "per-objection-form""#))]
    pub effort_model: &'static str,
}

impl ChecklistView {
    pub fn new(checklist: &Checklist, state: &PracticeState, today: Date) -> Self {
        let sections: Vec<SectionView> = checklist
            .sections
            .iter()
            .map(|section| SectionView {
                id: section.id.clone(),
                title: section.title.clone(),
                tasks: checklist
                    .tasks
                    .iter()
                    .filter(|task| task.section == section.id)
                    .filter_map(|task| TaskView::new(checklist, state, &task.id, today))
                    .collect(),
            })
            .collect();
        let tasks = sections.iter().flat_map(|s| &s.tasks);
        Self {
            version: checklist.version,
            completed: tasks.clone().filter(|t| t.state.status.is_done()).count(),
            total: tasks.count(),
            sections,
        }
    }
}

impl TaskView {
    pub fn new(checklist: &Checklist, state: &PracticeState, task_id: &str, today: Date) -> Option<Self> {
        let task = checklist.task(task_id)?;
        let task_state = state.task(task_id);
        let waiting: Vec<TaskRef> = waiting_for(checklist, state, task_id)
            .into_iter()
            .filter_map(|id| checklist.task(id))
            .map(|t| TaskRef { id: t.id.clone(), title: t.title.clone() })
            .collect();
        let display_status = match task_state.status {
            TaskStatus::Completed => "completed",
            TaskStatus::NotApplicable => "not-applicable",
            _ if !waiting.is_empty() => "cannot-start-yet",
            TaskStatus::InProgress => "in-progress",
            TaskStatus::NotStarted => "not-started",
        };
        let due = task.due.date(&state.window);
        let effort_model = match task.effort {
            crate::EffortModel::Fixed { .. } => "fixed",
            crate::EffortModel::PerStaffMember { .. } => "per-staff-member",
            crate::EffortModel::PerHousehold { .. } => "per-household",
            crate::EffortModel::PerObjectionForm { .. } => "per-objection-form",
        };
        Some(Self {
            id: task.id.clone(),
            title: task.title.clone(),
            guidance: task.guidance_for(state.objection_types).to_owned(),
            role: task.role,
            shared_with: task.roles().skip(1).collect(),
            core: task.core,
            overdue: due < today && !task_state.status.is_done(),
            state: task_state,
            display_status,
            waiting_for: waiting,
            due,
            effort_seconds: task.effort.seconds(&state.profile, &state.planning),
            effort_units: task.effort.units(&state.profile, &state.planning),
            effort_model,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{state, today};

    #[test]
    fn tasks_waiting_on_others_cannot_start_and_counts_follow_progress() {
        let mut practice = state();
        let view = ChecklistView::new(Checklist::current(), &practice, today());
        assert_eq!((view.completed, view.total), (0, 10));
        let prepare = &view.sections[0];
        assert_eq!(prepare.tasks[0].display_status, "not-started");
        assert_eq!(prepare.tasks[1].display_status, "cannot-start-yet");
        let waiting: Vec<&str> = prepare.tasks[1].waiting_for.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(waiting, ["join-pathfinder"]);
        assert_eq!(prepare.tasks[1].waiting_for[0].title, "task-join-pathfinder-title");

        practice
            .tasks
            .insert("join-pathfinder".into(), TaskState { status: TaskStatus::Completed, ..Default::default() });
        let view = ChecklistView::new(Checklist::current(), &practice, today());
        assert_eq!(view.completed, 1);
        assert_eq!(view.sections[0].tasks[1].display_status, "not-started");
    }

    #[test]
    fn where_type2_is_not_offered_no_task_speaks_of_it() {
        let mut practice = state();
        let guidance = |practice: &PracticeState| -> Vec<String> {
            let view = ChecklistView::new(Checklist::current(), practice, today());
            view.sections.iter().flat_map(|s| &s.tasks).map(|t| t.guidance.clone()).collect()
        };
        let both = guidance(&practice);
        assert!(both.contains(&"task-adopt-objection-form-guidance".to_owned()));
        practice.objection_types = crate::ObjectionTypes::TYPE1_ONLY;
        let type1_only = guidance(&practice);
        for id in ["task-brief-staff", "task-adopt-objection-form", "task-process-objection-forms-coding"] {
            assert!(type1_only.contains(&format!("{id}-guidance-type1-only")), "{id}: {type1_only:?}");
        }
        assert_eq!(both.len(), type1_only.len());
    }
}
