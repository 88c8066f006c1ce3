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

/// Why a core task does not apply, as the regional team is told it (the words typed stay at the practice).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum NotApplicableCode {
    /// Another organisation does it for the practice (the CCG, a mailing house, the supplier).
    DoneElsewhere,
    /// The regional team has taken it out of this pilot.
    NotInPilot,
    Other,
}

impl NotApplicableCode {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "done-elsewhere" => Some(Self::DoneElsewhere),
            "not-in-pilot" => Some(Self::NotInPilot),
            "other" => Some(Self::Other),
            _ => None,
        }
    }
}

/// Where one task stands. The assignee is a staff member's name: kept on this machine, never sent anywhere.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TaskState {
    pub status: TaskStatus,
    pub not_applicable_reason: Option<String>,
    pub not_applicable_code: Option<NotApplicableCode>,
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
    /// One of `NotApplicableCode`'s names, or empty; required for a core task marked not applicable.
    pub not_applicable_code: String,
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
    /// The new state of the task, or why the change cannot be made. The extract cannot be agreed while
    /// `extract_blockers` names anything in the way.
    pub fn apply(
        &self,
        checklist: &Checklist,
        state: &PracticeState,
        task_id: &str,
        today: time::Date,
    ) -> Result<TaskState, Vec<FieldError>> {
        let Some(task) = checklist.task(task_id) else {
            return Err(vec![FieldError::new("task", "unknown-task")]);
        };
        let reason = self.not_applicable_reason.trim();
        let not_applicable = self.status == TaskStatus::NotApplicable;
        let mut errors = Vec::new();
        if not_applicable && reason.is_empty() {
            errors.push(FieldError::new("notApplicableReason", "required"));
        }
        let code = match self.not_applicable_code.trim() {
            "" => None,
            text => match NotApplicableCode::parse(text) {
                Some(code) => Some(code),
                None => {
                    errors.push(FieldError::new("notApplicableCode", "unknown-choice"));
                    None
                }
            },
        };
        if not_applicable && task.core && code.is_none() && self.not_applicable_code.trim().is_empty() {
            errors.push(FieldError::new("notApplicableCode", "required"));
        }
        if self.status == TaskStatus::Completed
            && task_id == crate::extract::AGREE_EXTRACT
            && !crate::extract::extract_blockers(state, today).is_empty()
        {
            errors.push(FieldError::new("status", "extract-blocked"));
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
            not_applicable_reason: if not_applicable { trimmed(reason) } else { None },
            not_applicable_code: if not_applicable { code } else { None },
            assignee: trimmed(&self.assignee),
            notes: self.notes.trim().to_owned(),
            evidence: self.evidence.lines().filter_map(trimmed).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{state, today};

    #[test]
    fn not_applicable_needs_a_reason() {
        let state = state();
        let change = TaskChange { status: TaskStatus::NotApplicable, ..Default::default() };
        let errors = change.apply(Checklist::current(), &state, "communication-needs", today()).unwrap_err();
        assert_eq!(errors, [FieldError::new("notApplicableReason", "required")]);
        let change = TaskChange { not_applicable_reason: " No patients need it ".into(), ..change };
        let done = change.apply(Checklist::current(), &state, "communication-needs", today()).unwrap();
        assert_eq!(done.not_applicable_reason.as_deref(), Some("No patients need it"));
    }

    #[test]
    fn a_task_cannot_start_before_its_prerequisites_are_done() {
        let mut state = state();
        let start = TaskChange { status: TaskStatus::InProgress, ..Default::default() };
        let errors = start.apply(Checklist::current(), &state, "display-posters", today()).unwrap_err();
        assert_eq!(errors, [FieldError::new("status", "cannot-start-yet")]);
        assert_eq!(waiting_for(Checklist::current(), &state, "display-posters"), ["join-pathfinder"]);
        state.tasks.insert("join-pathfinder".into(), TaskState { status: TaskStatus::Completed, ..Default::default() });
        assert!(start.apply(Checklist::current(), &state, "display-posters", today()).is_ok());
    }

    #[test]
    fn evidence_is_one_reference_a_line_and_blanks_are_dropped() {
        let change = TaskChange {
            status: TaskStatus::InProgress,
            assignee: "  ".into(),
            evidence: "Poster photo.jpg\n\n  Minutes 3 March \n".into(),
            ..Default::default()
        };
        let task = change.apply(Checklist::current(), &state(), "join-pathfinder", today()).unwrap();
        assert_eq!(task.evidence, ["Poster photo.jpg", "Minutes 3 March"]);
        assert_eq!(task.assignee, None);
        assert_eq!(
            TaskChange::default().apply(Checklist::current(), &state(), "no-such-task", today()).unwrap_err(),
            [FieldError::new("task", "unknown-task")]
        );
    }

    #[test]
    fn a_core_task_not_applicable_needs_a_reason_the_region_is_told() {
        let state = state();
        let change = TaskChange {
            status: TaskStatus::NotApplicable,
            not_applicable_reason: "The CCG's mailing house writes to our patients".into(),
            ..Default::default()
        };
        let errors = change.apply(Checklist::current(), &state, "write-to-patients", today()).unwrap_err();
        assert_eq!(errors, [FieldError::new("notApplicableCode", "required")]);
        let coded = TaskChange { not_applicable_code: "done-elsewhere".into(), ..change.clone() };
        let done = coded.apply(Checklist::current(), &state, "write-to-patients", today()).unwrap();
        assert_eq!(done.not_applicable_code, Some(NotApplicableCode::DoneElsewhere));
        let unknown = TaskChange { not_applicable_code: "bored".into(), ..change };
        let errors = unknown.apply(Checklist::current(), &state, "display-posters", today()).unwrap_err();
        assert_eq!(errors, [FieldError::new("notApplicableCode", "unknown-choice")]);
    }

    #[test]
    fn the_extract_cannot_be_agreed_while_forms_wait_or_the_search_is_old() {
        use crate::returns::FormsDay;
        use crate::searches::ObjectionSearch;
        use time::macros::date;
        let mut state = state();
        let today = date!(2026 - 04 - 20);
        let agree = TaskChange { status: TaskStatus::Completed, ..Default::default() };
        let blocked = [FieldError::new("status", "extract-blocked")];
        state.tasks.insert("join-pathfinder".into(), TaskState { status: TaskStatus::Completed, ..Default::default() });
        assert_eq!(
            agree.apply(Checklist::current(), &state, "agree-extract", today).unwrap_err(),
            blocked,
            "no search"
        );
        state.searches.push(ObjectionSearch {
            date: today,
            type1: 100,
            type2: 10,
            type1_withdrawn: 0,
            type2_withdrawn: 0,
        });
        state.forms.push(FormsDay { date: today, received: 5, coded: 4, scanned: 4, acknowledged: 4, queried: 0 });
        assert_eq!(
            agree.apply(Checklist::current(), &state, "agree-extract", today).unwrap_err(),
            blocked,
            "a form waits"
        );
        state.forms[0].coded = 5;
        assert!(agree.apply(Checklist::current(), &state, "agree-extract", today).is_ok());
        let later = today + time::Duration::days(8);
        assert_eq!(
            agree.apply(Checklist::current(), &state, "agree-extract", later).unwrap_err(),
            blocked,
            "old search"
        );
    }
}
