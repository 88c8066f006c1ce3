use pathfinder_client::SendError;
use pathfinder_l10n::{FluentArgs, L10nError, Localizer};
use pathfinder_readiness::FieldError;
use pathfinder_store::{ImportError, StoreError};
use serde::Serialize;

use crate::notices::PrintError;
use crate::practice::PracticeError;
use crate::reporting::ReportingError;
use crate::state::SetLanguageError;
use crate::updates::UpdateError;
use pathfinder_notices::documents::NoticeError;

/// An error as the UI receives it: a stable code for the program and a translated message for the person, and
/// for a form, a message for each field that needs correcting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommandError {
    pub code: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldMessage>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldMessage {
    pub field: &'static str,
    pub message: String,
}

impl CommandError {
    fn new(code: &'static str, message: String) -> Self {
        Self { code, message, fields: Vec::new() }
    }

    pub fn from_set_language(error: &SetLanguageError, localizer: &Localizer) -> Self {
        match error {
            SetLanguageError::Unknown(L10nError::UnknownLanguage(code)) => {
                let mut args = FluentArgs::new();
                args.set("language", code.as_str());
                Self::new("unknown-language", localizer.format("error-unknown-language", Some(&args)))
            }
            SetLanguageError::Unsaved(_) => {
                Self::new("settings-unsaved", localizer.format("error-settings-unsaved", None))
            }
        }
    }

    pub fn from_practice(error: &PracticeError, localizer: &Localizer) -> Self {
        let store = |error: &StoreError| match error {
            StoreError::NoPractice => Self::new("no-practice", localizer.format("error-no-practice", None)),
            StoreError::NewerSchema { .. } => {
                Self::new("newer-database", localizer.format("error-newer-database", None))
            }
            StoreError::Sqlite(_) | StoreError::Corrupt(_) | StoreError::NoSubmission(_) => {
                Self::new("store-failed", localizer.format("error-store-failed", None))
            }
        };
        match error {
            PracticeError::Invalid(fields) => Self {
                code: "invalid-input",
                message: localizer.format("error-invalid-input", None),
                fields: fields
                    .iter()
                    .map(|f| FieldMessage { field: f.field, message: localizer.format(field_message_id(f), None) })
                    .collect(),
            },
            PracticeError::Store(error) => store(error),
            PracticeError::Import(ImportError::Store(error)) => store(error),
            PracticeError::Import(ImportError::NewerVersion { .. }) => {
                Self::new("backup-newer", localizer.format("error-backup-newer", None))
            }
            PracticeError::Import(error @ (ImportError::NotABackup(_) | ImportError::Malformed { .. })) => {
                let mut args = FluentArgs::new();
                args.set("reason", error.to_string());
                Self::new("backup-invalid", localizer.format("error-backup-invalid", Some(&args)))
            }
            PracticeError::Backup { path, .. } => {
                let mut args = FluentArgs::new();
                args.set("path", path.as_str());
                Self::new("backup-unwritten", localizer.format("error-backup-unwritten", Some(&args)))
            }
        }
    }
}

impl CommandError {
    fn field(code: &'static str, field: &'static str, message: String, localizer: &Localizer) -> Self {
        Self {
            code,
            message: localizer.format("error-invalid-input", None),
            fields: vec![FieldMessage { field, message }],
        }
    }

    pub fn from_update(error: &UpdateError, localizer: &Localizer) -> Self {
        match error {
            UpdateError::NoneWaiting => Self::new("no-update-waiting", localizer.format("app-update-error-none", None)),
            UpdateError::Install(reason) => {
                let mut args = FluentArgs::new();
                args.set("reason", reason.to_string());
                Self::new("install-failed", localizer.format("app-update-error-install", Some(&args)))
            }
        }
    }

    pub fn from_reporting(error: &ReportingError, localizer: &Localizer) -> Self {
        let with = |name: &str, value: &str| {
            let mut args = FluentArgs::new();
            args.set(name.to_owned(), value.to_owned());
            args
        };
        match error {
            ReportingError::Url(pathfinder_client::HubUrlError::NotHttps(_)) => Self::field(
                "address-not-https",
                "hubUrl",
                localizer.format("reporting-error-url-https", None),
                localizer,
            ),
            ReportingError::Url(_) => Self::field(
                "address-invalid",
                "hubUrl",
                localizer.format("reporting-error-url-format", None),
                localizer,
            ),
            ReportingError::CodeRequired => Self::field(
                "enrolment-code-required",
                "enrolmentCode",
                localizer.format("reporting-error-code-required", None),
                localizer,
            ),
            ReportingError::Hub(SendError::Refused { body, .. }) => {
                let (code, id) = match body.code.as_str() {
                    "enrolment-code-unknown" => ("enrolment-code-unknown", "reporting-error-code-unknown"),
                    "enrolment-code-expired" => ("enrolment-code-expired", "reporting-error-code-expired"),
                    "enrolment-code-used" => ("enrolment-code-used", "reporting-error-code-used"),
                    "too-many-attempts" => ("too-many-attempts", "reporting-error-too-many-attempts"),
                    _ => {
                        let message = localizer.format("reporting-error-refused", Some(&with("reason", &body.message)));
                        return Self::new("refused-by-hub", message);
                    }
                };
                Self::field(code, "enrolmentCode", localizer.format(id, None), localizer)
            }
            ReportingError::Hub(SendError::Retry { reason, .. }) => {
                Self::new("unreachable", localizer.format("reporting-error-unreachable", Some(&with("reason", reason))))
            }
            ReportingError::NotEnrolled => {
                Self::new("not-enrolled", localizer.format("reporting-error-not-enrolled", None))
            }
            ReportingError::NoPreview => Self::new("no-preview", localizer.format("reporting-error-no-preview", None)),
            ReportingError::BadCentralWindow => {
                Self::new("bad-central-window", localizer.format("reporting-error-bad-window", None))
            }
            ReportingError::Credential(error) => Self::new(
                "token-unsaved",
                localizer.format("reporting-error-token-unsaved", Some(&with("reason", &error.0))),
            ),
            ReportingError::Settings(_) => {
                Self::new("settings-unsaved", localizer.format("error-settings-unsaved", None))
            }
            ReportingError::Practice(error) => Self::from_practice(error, localizer),
        }
    }
}

impl CommandError {
    pub fn from_print(error: &PrintError, localizer: &Localizer) -> Self {
        let with = |name: &str, value: String| {
            let mut args = FluentArgs::new();
            args.set(name.to_owned(), value);
            args
        };
        match error {
            PrintError::List(list) => {
                Self::new(list.code(), localizer.format("printing-error-list", Some(&with("reason", list.to_string()))))
            }
            PrintError::Notice(NoticeError::Cancelled) => {
                Self::new("cancelled", localizer.format("printing-error-cancelled", None))
            }
            PrintError::Notice(NoticeError::Language(code)) => Self::new(
                "unknown-language",
                localizer.format("printing-error-language", Some(&with("language", code.clone()))),
            ),
            PrintError::Notice(NoticeError::Font(font)) => Self::new(
                "fonts-missing",
                localizer.format("printing-error-fonts", Some(&with("reason", font.to_string()))),
            ),
            PrintError::Notice(NoticeError::Pdf(pdf)) => {
                Self::new("pdf-failed", localizer.format("printing-error-pdf", Some(&with("reason", pdf.to_string()))))
            }
            PrintError::Write { path, .. } => {
                Self::new("unwritten", localizer.format("printing-error-write", Some(&with("path", path.clone()))))
            }
            PrintError::Practice(practice) => Self::from_practice(practice, localizer),
            PrintError::Mapping(reason) => Self::new(
                "bad-mapping",
                localizer.format("printing-error-mapping", Some(&with("reason", reason.clone()))),
            ),
            PrintError::NoList => Self::new("no-list", localizer.format("printing-error-no-list", None)),
            PrintError::NotOurs(_) => Self::new("not-ours", localizer.format("printing-error-not-ours", None)),
            PrintError::Printer(reason) => Self::new(
                "printer-failed",
                localizer.format("printing-error-printer", Some(&with("reason", reason.clone()))),
            ),
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
        ("objectionRate", _) => "onboarding-error-objection-rate",
        ("notApplicableReason", _) => "task-error-reason-required",
        ("status", _) => "task-error-cannot-start",
        ("task", _) => "task-error-unknown",
        ("weekStart", _) => "objections-error-week",
        ("type1", _) => "objections-error-type1",
        ("type2", _) => "objections-error-type2",
        _ => "error-field-invalid",
    }
}
