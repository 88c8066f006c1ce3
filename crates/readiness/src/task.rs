use serde::{Deserialize, Serialize};

use crate::PracticeState;
use crate::checklist::Checklist;
use crate::profile::FieldError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum TaskStatus {
    #[default]
    NotStarted,
    InProgress,
    Completed,
    NotApplicable,
}

impl TaskStatus {
    /// Completed and not applicable both leave nothing to do.
    pub fn is_done(self) -> bool {
        matches!(self, Self::Completed | Self::NotApplicable)
    }
}

/// Where one task stands. The assignee is a staff member's name: kept on this machine, never sent anywhere.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TaskState {
    pub status: TaskStatus,
    pub not_applicable_reason: Option<String>,
    pub assignee: Option<String>,
    pub notes: String,
    pub evidence: Vec<String>,
}

/// A change to a task as the form sends it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TaskChange {
    pub status: TaskStatus,
    pub not_applicable_reason: String,
    pub assignee: String,
    pub notes: String,
    /// One reference a line: where the evidence is kept (a file name, a shelf, a link).
    pub evidence: String,
}

/// The prerequisites of a task that are not done yet: while any remain, the task cannot start.
pub fn waiting_for<'a>(checklist: &'a Checklist, state: &PracticeState, task_id: &str) -> Vec<&'a str> {
    checklist
        .task(task_id)
        .map(|task| task.prerequisites.iter().map(String::as_str).filter(|p| !state.task(p).status.is_done()).collect())
        .unwrap_or_default()
}

impl TaskChange {
    /// The new state of the task, or why the change cannot be made.
    pub fn apply(
        &self,
        checklist: &Checklist,
        state: &PracticeState,
        task_id: &str,
    ) -> Result<TaskState, Vec<FieldError>> {
        if checklist.task(task_id).is_none() {
            return Err(vec![FieldError::new("task", "unknown-task")]);
        }
        let reason = self.not_applicable_reason.trim();
        let mut errors = Vec::new();
        if self.status == TaskStatus::NotApplicable && reason.is_empty() {
            errors.push(FieldError::new("notApplicableReason", "required"));
        }
        let starts = matches!(self.status, TaskStatus::InProgress | TaskStatus::Completed);
        if starts && !waiting_for(checklist, state, task_id).is_empty() {
            errors.push(FieldError::new("status", "cannot-start-yet"));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let trimmed = |text: &str| Some(text.trim().to_owned()).filter(|t| !t.is_empty());
        Ok(TaskState {
            status: self.status,
            not_applicable_reason: if self.status == TaskStatus::NotApplicable { trimmed(reason) } else { None },
            assignee: trimmed(&self.assignee),
            notes: self.notes.trim().to_owned(),
            evidence: self.evidence.lines().filter_map(trimmed).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::state;

    #[test]
    fn not_applicable_needs_a_reason() {
        let state = state();
        let change = TaskChange { status: TaskStatus::NotApplicable, ..Default::default() };
        let errors = change.apply(Checklist::current(), &state, "communication-needs").unwrap_err();
        assert_eq!(errors, [FieldError::new("notApplicableReason", "required")]);
        let change = TaskChange { not_applicable_reason: " No patients need it ".into(), ..change };
        let done = change.apply(Checklist::current(), &state, "communication-needs").unwrap();
        assert_eq!(done.not_applicable_reason.as_deref(), Some("No patients need it"));
    }

    #[test]
    fn a_task_cannot_start_before_its_prerequisites_are_done() {
        let mut state = state();
        let start = TaskChange { status: TaskStatus::InProgress, ..Default::default() };
        let errors = start.apply(Checklist::current(), &state, "display-posters").unwrap_err();
        assert_eq!(errors, [FieldError::new("status", "cannot-start-yet")]);
        assert_eq!(waiting_for(Checklist::current(), &state, "display-posters"), ["join-pathfinder"]);
        state.tasks.insert("join-pathfinder".into(), TaskState { status: TaskStatus::Completed, ..Default::default() });
        assert!(start.apply(Checklist::current(), &state, "display-posters").is_ok());
    }

    #[test]
    fn evidence_is_one_reference_a_line_and_blanks_are_dropped() {
        let change = TaskChange {
            status: TaskStatus::InProgress,
            assignee: "  ".into(),
            evidence: "Poster photo.jpg\n\n  Minutes 3 March \n".into(),
            ..Default::default()
        };
        let task = change.apply(Checklist::current(), &state(), "join-pathfinder").unwrap();
        assert_eq!(task.evidence, ["Poster photo.jpg", "Minutes 3 March"]);
        assert_eq!(task.assignee, None);
        assert_eq!(
            TaskChange::default().apply(Checklist::current(), &state(), "no-such-task").unwrap_err(),
            [FieldError::new("task", "unknown-task")]
        );
    }
}
