//! The checklist template: what the pilot asks of a practice, as data in `checklist/v<N>.json`, its text as
//! Fluent ids.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use time::{Date, Duration};

use crate::profile::{PracticeProfile, Role};
use crate::window::{FairProcessingWindow, Planning};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub version: u32,
    pub sections: Vec<Section>,
    pub tasks: Vec<TaskTemplate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskTemplate {
    pub id: String,
    pub section: String,
    /// The role that leads the task and answers for it.
    pub role: Role,
    /// Other roles whose time the task takes too (partners briefing clinical staff, IT on the extract): its effort is
    /// shared equally between them and the lead.
    #[serde(rename = "sharedWith", default, skip_serializing_if = "Vec::is_empty")]
    pub shared_with: Vec<Role>,
    /// A task at the heart of the pilot (writing to patients, processing forms, agreeing the extract): marking it not
    /// applicable needs a reason the regional team is told.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub core: bool,
    pub effort: EffortModel,
    pub prerequisites: Vec<String>,
    pub due: DueOffset,
    pub title: String,
    pub guidance: String,
    /// The guidance where the pilot offers the Type 1 objection only, for a task whose guidance speaks of Type 2.
    #[serde(rename = "guidanceType1Only", default, skip_serializing_if = "Option::is_none")]
    pub guidance_type1_only: Option<String>,
}

/// How a task's effort grows with the practice. Minutes may be fractional (a few seconds per household).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "model", rename_all = "kebab-case", deny_unknown_fields)]
pub enum EffortModel {
    Fixed { minutes: f64 },
    PerStaffMember { minutes: f64 },
    PerHousehold { minutes: f64 },
    PerObjectionForm { minutes: f64 },
}

impl EffortModel {
    /// The effort in whole seconds, so that sums and plans add up exactly.
    pub fn seconds(&self, profile: &PracticeProfile, planning: &Planning) -> u64 {
        let list = f64::from(profile.list_size);
        let (minutes, units) = match *self {
            Self::Fixed { minutes } => (minutes, 1.0),
            Self::PerStaffMember { minutes } => (minutes, f64::from(profile.staff_count)),
            Self::PerHousehold { minutes } => (minutes, (list / planning.household_size).ceil()),
            Self::PerObjectionForm { minutes } => (minutes, (list * planning.objection_rate).ceil()),
        };
        (minutes * 60.0 * units).round().max(0.0) as u64
    }

    /// How many units the effort is counted in (staff members, households, forms), for showing the estimate.
    pub fn units(&self, profile: &PracticeProfile, planning: &Planning) -> u64 {
        let list = f64::from(profile.list_size);
        match *self {
            Self::Fixed { .. } => 1,
            Self::PerStaffMember { .. } => profile.staff_count.into(),
            Self::PerHousehold { .. } => (list / planning.household_size).ceil() as u64,
            Self::PerObjectionForm { .. } => (list * planning.objection_rate).ceil() as u64,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DueOffset {
    pub anchor: Anchor,
    pub days: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Anchor {
    WindowStart,
    WindowEnd,
    FirstExtract,
}

impl TaskTemplate {
    /// The roles the task's effort is shared between, the lead first.
    pub fn roles(&self) -> impl Iterator<Item = Role> + '_ {
        std::iter::once(self.role).chain(self.shared_with.iter().copied().filter(move |r| *r != self.role))
    }

    /// The guidance's Fluent id for a practice offering `types`.
    pub fn guidance_for(&self, types: crate::ObjectionTypes) -> &str {
        match &self.guidance_type1_only {
            Some(id) if !types.offers_type2() => id,
            _ => &self.guidance,
        }
    }
}

impl DueOffset {
    pub fn date(&self, window: &FairProcessingWindow) -> Date {
        let anchor = match self.anchor {
            Anchor::WindowStart => window.start,
            Anchor::WindowEnd => window.end(),
            Anchor::FirstExtract => window.first_extract,
        };
        anchor + Duration::days(self.days)
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ChecklistError {
    #[error("the checklist is not valid JSON of the expected shape: {0}")]
    Malformed(String),
    #[error("task {task} needs {missing}, which is not in the checklist")]
    UnknownPrerequisite { task: String, missing: String },
    #[error("task {task} is in section {section}, which is not in the checklist")]
    UnknownSection { task: String, section: String },
    #[error("task {0} appears twice")]
    Duplicate(String),
    #[error("the prerequisites of {0} go round in a circle")]
    Cycle(String),
}

impl Checklist {
    /// The checklist that ships with the app.
    pub fn current() -> &'static Checklist {
        static CURRENT: OnceLock<Checklist> = OnceLock::new();
        CURRENT.get_or_init(|| Self::parse(include_str!("../checklist/v1.json")).expect("checklist/v1.json is valid"))
    }

    pub fn parse(json: &str) -> Result<Self, ChecklistError> {
        let checklist: Checklist = serde_json::from_str(json).map_err(|e| ChecklistError::Malformed(e.to_string()))?;
        checklist.check()?;
        Ok(checklist)
    }

    fn check(&self) -> Result<(), ChecklistError> {
        for (index, task) in self.tasks.iter().enumerate() {
            if self.tasks[..index].iter().any(|other| other.id == task.id) {
                return Err(ChecklistError::Duplicate(task.id.clone()));
            }
            if !self.sections.iter().any(|section| section.id == task.section) {
                return Err(ChecklistError::UnknownSection { task: task.id.clone(), section: task.section.clone() });
            }
            if let Some(missing) = task.prerequisites.iter().find(|p| self.task(p).is_none()) {
                return Err(ChecklistError::UnknownPrerequisite { task: task.id.clone(), missing: missing.clone() });
            }
        }
        for task in &self.tasks {
            let mut seen = vec![task.id.as_str()];
            let mut frontier: Vec<&str> = task.prerequisites.iter().map(String::as_str).collect();
            while let Some(next) = frontier.pop() {
                if next == task.id {
                    return Err(ChecklistError::Cycle(task.id.clone()));
                }
                if !seen.contains(&next) {
                    seen.push(next);
                    frontier
                        .extend(self.task(next).into_iter().flat_map(|t| t.prerequisites.iter().map(String::as_str)));
                }
            }
        }
        Ok(())
    }

    pub fn task(&self, id: &str) -> Option<&TaskTemplate> {
        self.tasks.iter().find(|task| task.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_checklist_holds_the_ten_tasks_of_the_pilot() {
        let checklist = Checklist::current();
        assert_eq!(checklist.version, 1);
        assert_eq!(checklist.tasks.len(), 10);
        assert_eq!(checklist.sections.len(), 5);
    }

    #[test]
    fn effort_follows_the_practice() {
        let planning = Planning { household_size: 2.0, objection_rate: 0.02 };
        let mut practice = crate::testing::state().profile;
        practice.list_size = 10_000;
        practice.staff_count = 20;
        let effort = |id: &str| Checklist::current().task(id).unwrap().effort.seconds(&practice, &planning);
        assert_eq!(effort("join-pathfinder"), 180 * 60);
        assert_eq!(effort("brief-staff"), 20 * 45 * 60);
        assert_eq!(effort("write-to-patients"), 5_000 * 18); // 0.3 minutes a household
        assert_eq!(effort("process-objection-forms"), 200 * 210); // 3.5 minutes a form
    }

    #[test]
    fn briefing_and_the_extract_are_shared_and_the_core_tasks_are_marked() {
        let checklist = Checklist::current();
        let roles = |id: &str| checklist.task(id).unwrap().roles().collect::<Vec<_>>();
        assert_eq!(roles("brief-staff"), [Role::PracticeManager, Role::GpPartner]);
        assert_eq!(roles("agree-extract"), [Role::PracticeManager, Role::It]);
        assert_eq!(roles("display-posters"), [Role::Reception]);
        let core: Vec<&str> = checklist.tasks.iter().filter(|t| t.core).map(|t| t.id.as_str()).collect();
        assert_eq!(core, ["write-to-patients", "process-objection-forms", "agree-extract"]);
    }

    #[test]
    fn a_broken_template_is_refused_with_the_reason() {
        let cyclic = r#"{"version":1,"sections":[{"id":"s","title":"t"}],"tasks":[
            {"id":"a","section":"s","role":"it","effort":{"model":"fixed","minutes":1},"prerequisites":["b"],"due":{"anchor":"window-start","days":0},"title":"x","guidance":"y"},
            {"id":"b","section":"s","role":"it","effort":{"model":"fixed","minutes":1},"prerequisites":["a"],"due":{"anchor":"window-start","days":0},"title":"x","guidance":"y"}]}"#;
        assert_eq!(Checklist::parse(cyclic), Err(ChecklistError::Cycle("a".into())));
        let unknown = cyclic.replace(r#""prerequisites":["a"]"#, r#""prerequisites":["zz"]"#);
        assert!(matches!(Checklist::parse(&unknown), Err(ChecklistError::UnknownPrerequisite { .. })));
        assert!(matches!(Checklist::parse("{}"), Err(ChecklistError::Malformed(_))));
    }
}
