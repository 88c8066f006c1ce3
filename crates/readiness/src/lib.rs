//! The domain of a pathfinder practice getting ready for care.data: its profile and fair-processing window, the
//! checklist of what the pilot asks of it, the state of each task, the workload left and the readiness level.
//!
//! Pure: no I/O and no clock. "Today" is always an argument.

pub mod checklist;
pub mod extract;
pub mod forecast;
pub mod objection_types;
pub mod onboarding;
pub mod profile;
pub mod readiness;
pub mod returns;
pub mod searches;
pub mod task;
pub mod view;
pub mod window;
pub mod workload;

#[cfg(any(test, feature = "testing"))]
pub mod testing;

pub use checklist::{Checklist, EffortModel, Section, TaskTemplate};
pub use extract::ExtractBlocker;
pub use forecast::{Forecast, ForecastWeek};
pub use objection_types::{ObjectionType, ObjectionTypes, ObjectionTypesError};
pub use onboarding::OnboardingInput;
pub use profile::{Ccg, ClinicalSystem, FieldError, OdsCode, PracticeProfile, ProfileInput, Role, StaffHours};
pub use readiness::{Blocker, Readiness, ReadinessLevel, ReportedLevel};
pub use returns::{FormsDay, FormsDayInput, FormsTally};
pub use searches::{Counted, ObjectionSearch, ObjectionTotals, SearchCode, SearchInput};
pub use task::{NotApplicableCode, TaskChange, TaskState, TaskStatus, waiting_for};
pub use view::{ChecklistView, SectionView, TaskView};
pub use window::{FairProcessingWindow, Planning};
pub use workload::{Workload, WorkloadWeek};

/// The whole state the domain works on: what the practice entered, and where each task stands.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PracticeState {
    pub profile: PracticeProfile,
    pub window: FairProcessingWindow,
    pub planning: Planning,
    pub tasks: std::collections::BTreeMap<String, TaskState>,
    /// Returned forms, day by day.
    #[serde(default)]
    pub forms: Vec<FormsDay>,
    /// The objection searches entered, by date.
    #[serde(default)]
    pub searches: Vec<ObjectionSearch>,
    /// The objection types the pilot offers, as last pulled from the hub (both until a hub says otherwise).
    #[serde(default)]
    pub objection_types: ObjectionTypes,
}

impl PracticeState {
    pub fn task(&self, id: &str) -> TaskState {
        self.tasks.get(id).cloned().unwrap_or_default()
    }
}
