//! The practice's work through the local store: each operation loads the state, asks the domain, saves in one
//! transaction and gives back what the UI shows.

use pathfinder_readiness::{
    Checklist, ChecklistView, FieldError, OnboardingInput, PracticeState, Readiness, TaskChange, TaskView, Workload,
};
use pathfinder_store::{Change, Export, ImportError, StoreError};
use serde::Serialize;
use time::{Date, OffsetDateTime};

use crate::AppState;
use crate::error::{Explained, Message, UserError};

#[derive(Debug, thiserror::Error)]
pub enum PracticeError {
    #[error("some answers need correcting")]
    Invalid(Vec<FieldError>),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error("cannot write the backup to {path}: {source}")]
    Backup { path: String, source: std::io::Error },
}

impl UserError for PracticeError {
    fn explain(&self) -> Explained {
        match self {
            PracticeError::Invalid(fields) => Explained {
                code: "invalid-input",
                message: Message::new("error-invalid-input"),
                fields: fields.iter().map(|f| (f.field, Message::new(field_message_id(f)))).collect(),
            },
            PracticeError::Store(error) => error.explain(),
            PracticeError::Import(error) => error.explain(),
            PracticeError::Backup { path, .. } => {
                Explained::new("backup-unwritten", "error-backup-unwritten").with("path", path.as_str())
            }
        }
    }
}

/// The store's errors carry their codes; what the person reads is the app's.
impl UserError for StoreError {
    fn explain(&self) -> Explained {
        let id = match self {
            StoreError::NoPractice => "error-no-practice",
            StoreError::NewerSchema { .. } => "error-newer-database",
            StoreError::Sqlite(_) | StoreError::Corrupt(_) | StoreError::NoSubmission(_) => "error-store-failed",
        };
        Explained::new(self.code(), id)
    }
}

impl UserError for ImportError {
    fn explain(&self) -> Explained {
        match self {
            ImportError::Store(error) => error.explain(),
            ImportError::NewerVersion { .. } => Explained::new(self.code(), "error-backup-newer"),
            ImportError::NotABackup(_) | ImportError::Malformed { .. } => {
                Explained::new(self.code(), "error-backup-invalid").with("reason", self.to_string())
            }
        }
    }
}

/// The Fluent message that tells a person how to correct a field. Ids are written whole, so the catalogue check
/// can see them.
fn field_message_id(error: &FieldError) -> &'static str {
    match (error.field, error.code) {
        ("odsCode", "required") => "onboarding-error-ods-code-required",
        ("odsCode", _) => "onboarding-error-ods-code-format",
        ("name", _) => "onboarding-error-name-required",
        ("ccgCode", "required") => "onboarding-error-ccg-required",
        ("ccgCode", _) => "onboarding-error-ccg-format",
        ("ccgName", _) => "onboarding-error-ccg-name-required",
        ("listSize", "required") => "onboarding-error-list-size-required",
        ("listSize", _) => "onboarding-error-list-size-number",
        ("clinicalSystem", _) => "onboarding-error-clinical-system-required",
        ("practiceLead", _) => "onboarding-error-practice-lead-required",
        ("staffCount", _) => "onboarding-error-staff-count",
        (field, _) if field.starts_with("hours") => "onboarding-error-hours",
        ("windowStart", "required") => "onboarding-error-window-start-required",
        ("windowStart", _) => "onboarding-error-window-start-date",
        ("windowWeeks", _) => "onboarding-error-window-weeks",
        ("firstExtract", "required") => "onboarding-error-first-extract-required",
        ("firstExtract", "extract-before-window-end") => "onboarding-error-first-extract-early",
        ("firstExtract", _) => "onboarding-error-first-extract-date",
        ("householdSize", _) => "onboarding-error-household-size",
        ("objectionRate", _) => "onboarding-error-objection-rate-range",
        ("notApplicableReason", _) => "task-error-reason-required",
        ("notApplicableCode", _) => "task-error-reason-kind",
        ("status", "extract-blocked") => "task-error-extract-blocked",
        ("status", _) => "task-error-cannot-start",
        ("task", _) => "task-error-unknown",
        ("date", "required") => "objections-error-date-required",
        ("date", "in-the-future") => "objections-error-date-future",
        ("date", _) => "objections-error-date",
        ("coded", "more-than-received") => "objections-error-more-than-received",
        ("scanned" | "acknowledged", "more-than-coded") => "objections-error-more-than-coded",
        ("received" | "coded" | "scanned" | "acknowledged" | "queried", _) => "objections-error-count",
        ("type1" | "type2", "below-baseline") => "objections-error-below-baseline",
        ("type1", _) => "objections-error-type1",
        ("type2", _) => "objections-error-type2",
        ("type1Withdrawn" | "type2Withdrawn", "on-baseline") => "objections-error-withdrawn-baseline",
        ("type1Withdrawn" | "type2Withdrawn", _) => "objections-error-withdrawn",
        ("undo", _) => "objections-error-nothing-to-undo",
        _ => "error-field-invalid",
    }
}

/// The practice as the onboarding form shows it, or nothing before onboarding.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PracticeView {
    pub form: OnboardingInput,
    pub ods_code: String,
    pub name: String,
    pub list_size: u32,
    /// The objection types the pilot offers, as last pulled from the hub: the About guide follows them.
    #[cfg_attr(feature = "ts", ts(as = "Vec<pathfinder_readiness::ObjectionType>"))]
    pub objection_types: pathfinder_readiness::ObjectionTypes,
}

#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TaskPage {
    pub task: TaskView,
    pub history: Vec<Change>,
}

impl AppState {
    /// Today where the computer is, for due dates, countdowns, letters and file names. The domain takes it as an
    /// argument; here it is the configured clock, in the local time zone.
    pub fn today(&self) -> Date {
        self.config().clock.today()
    }

    pub(crate) fn practice_state(&self) -> Result<PracticeState, PracticeError> {
        self.store().load()?.ok_or(PracticeError::Store(StoreError::NoPractice))
    }

    pub fn practice(&self) -> Result<Option<PracticeView>, PracticeError> {
        Ok(self.store().load()?.map(|state| PracticeView {
            form: OnboardingInput::from_saved(&state.profile, &state.window, &state.planning),
            ods_code: state.profile.ods_code.to_string(),
            name: state.profile.name.clone(),
            list_size: state.profile.list_size,
            objection_types: state.objection_types,
        }))
    }

    /// Nothing is saved until the whole form is valid.
    pub fn save_practice(&self, form: &OnboardingInput) -> Result<PracticeView, PracticeError> {
        let (profile, window, planning) = form.validate().map_err(PracticeError::Invalid)?;
        self.store().save_practice(&profile, &window, &planning, OffsetDateTime::now_utc())?;
        Ok(self.practice()?.expect("just saved"))
    }

    pub fn checklist(&self, today: Date) -> Result<ChecklistView, PracticeError> {
        Ok(ChecklistView::new(Checklist::current(), &self.practice_state()?, today))
    }

    pub fn task(&self, id: &str, today: Date) -> Result<TaskPage, PracticeError> {
        let state = self.practice_state()?;
        let task = TaskView::new(Checklist::current(), &state, id, today)
            .ok_or_else(|| PracticeError::Invalid(vec![FieldError::new("task", "unknown-task")]))?;
        Ok(TaskPage { task, history: self.store().history("task", id)? })
    }

    pub fn save_task(&self, id: &str, change: &TaskChange, today: Date) -> Result<TaskPage, PracticeError> {
        let state = self.practice_state()?;
        let new = change.apply(Checklist::current(), &state, id, today).map_err(PracticeError::Invalid)?;
        self.store().save_task(id, &new, &state.profile.practice_lead, OffsetDateTime::now_utc())?;
        self.work_changed();
        self.task(id, today)
    }

    pub fn workload(&self, today: Date) -> Result<Workload, PracticeError> {
        Ok(Workload::new(Checklist::current(), &self.practice_state()?, today))
    }

    pub fn readiness(&self, today: Date) -> Result<Readiness, PracticeError> {
        Ok(Readiness::assess(Checklist::current(), &self.practice_state()?, today))
    }

    /// Writes a backup of the whole practice state into `folder`, atomically, and gives its path.
    pub fn export_backup(&self, folder: &std::path::Path) -> Result<String, PracticeError> {
        let now = OffsetDateTime::now_utc();
        let export: Export = self.store().export(now)?;
        let name = format!("pathfinder-{}-{}.json", export.state.profile.ods_code, self.today());
        let path = folder.join(name);
        let json = serde_json::to_vec_pretty(&export).expect("an export serialises");
        pathfinder_files::write_atomically(&path, &json)
            .map_err(|source| PracticeError::Backup { path: path.display().to_string(), source })?;
        Ok(path.display().to_string())
    }

    pub fn import_backup(&self, json: &str) -> Result<PracticeView, PracticeError> {
        let actor = self.store().load()?.map(|s| s.profile.practice_lead).unwrap_or_default();
        self.store().import(json, &actor, OffsetDateTime::now_utc())?;
        Ok(self.practice()?.expect("just imported"))
    }
}
