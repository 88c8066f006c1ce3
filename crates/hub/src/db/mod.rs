//! Storage behind the hub: one trait, with an SQLite backend (the embedded default) and a PostgreSQL backend
//! (for several replicas). Every method is one transaction; a method that returns Ok has committed.

mod level;
mod postgres;
mod queries;
mod sqlite;
mod user;

use async_trait::async_trait;
use pathfinder_readiness::ReadinessLevel;
use serde::Serialize;

/// The window and the receipt are on the wire as they are stored.
pub use pathfinder_protocol::{CentralWindow as Window, ObjectionTypes, Receipt};

pub use level::{UnknownLevel, parse_level};
pub use postgres::PostgresDatabase;
pub use sqlite::SqliteDatabase;
pub use user::{UnknownRole, User, UserRole};

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database: {0}")]
    Sqlx(#[from] sqlx::Error),
    #[error("the database URL {0:?} is neither sqlite://PATH nor postgres://…")]
    UnknownUrl(String),
    #[error("the database writer has stopped")]
    WriterGone,
    #[error("the database writer: {0}")]
    Writer(String),
    #[error("the database was made by a newer hub (schema {found}; this one knows up to {supported})")]
    NewerSchema { found: i64, supported: i64 },
    #[error("a user in the database: {0}")]
    Role(#[from] UnknownRole),
    #[error("a report in the database: {0}")]
    Level(#[from] UnknownLevel),
    #[error("a CCG's objection types in the database: {0}")]
    ObjectionTypes(#[from] pathfinder_readiness::ObjectionTypesError),
}

impl DbError {
    /// Whether the database refused a row because a unique key already holds its value (an email taken, say).
    pub fn is_unique_violation(&self) -> bool {
        match self {
            Self::Sqlx(sqlx::Error::Database(error)) => error.is_unique_violation(),
            Self::Sqlite(rusqlite::Error::SqliteFailure(error, _)) => {
                error.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                    || error.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
            }
            _ => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Practice {
    pub ods_code: String,
    pub name: String,
    pub ccg_code: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// The first time this submission id was seen: the row is committed.
    Created(Receipt),
    /// The same submission again: nothing new was stored; here is the first receipt.
    Repeat(Receipt),
    /// The same submission id with a different body: refused.
    Conflict,
}

/// A practice with its newest submission in brief, for the dashboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeRow {
    pub practice: Practice,
    pub enrolled: bool,
    pub latest: Option<Latest>,
}

/// What the dashboard needs of a practice's newest submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Latest {
    pub received_at: String,
    pub level: ReadinessLevel,
    pub figures: Figures,
    pub submissions: i64,
}

/// The figures the dashboard shows of a report, worked out once as it is stored (`Figures::of`, in `report`) and
/// kept beside it, so that the lists and the overview read columns rather than parse every body.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Figures {
    pub list_size: i64,
    /// The objections standing at the latest search (none before a first search).
    pub type1_total: i64,
    pub type2_total: i64,
    /// Objections made since the baseline (the last search before the window), withdrawals added back; none until
    /// there is a baseline and a search after it.
    pub type1_new: Option<i64>,
    pub type2_new: Option<i64>,
    /// Returned forms so far, and the backlog: received, neither coded nor queried.
    pub forms_received: i64,
    pub forms_coded: i64,
    pub forms_queried: i64,
    pub forms_backlog: i64,
    /// The forms the practice's forecast expects over its whole window; none without a forecast (version 1).
    pub expected_forms: Option<i64>,
}

/// One CCG's line on the overview, as counted by the database.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CcgCounts {
    pub ccg_code: String,
    pub practices: i64,
    pub enrolled: i64,
    pub reported: i64,
    pub ready: i64,
    pub on_track: i64,
    pub at_risk: i64,
    pub stale: i64,
    pub type1_total: i64,
    pub type2_total: i64,
    /// Registered patients of the practices that reported.
    pub patients: i64,
    /// Returned forms of the practices that reported, and their backlog.
    pub forms_received: i64,
    pub forms_backlog: i64,
    /// The practices that reported a forecast, the forms they expect, and the forms they have received: the
    /// forecast is set against what the same practices received.
    pub forecast_practices: i64,
    pub expected_forms: i64,
    pub forecast_received: i64,
}

impl CcgCounts {
    /// Objections per 1,000 patients of the practices that reported.
    pub fn rates(&self) -> (f64, f64) {
        if self.patients == 0 {
            return (0.0, 0.0);
        }
        let per_thousand = |n: i64| n as f64 * 1000.0 / self.patients as f64;
        (per_thousand(self.type1_total), per_thousand(self.type2_total))
    }
}

/// A practice's readiness at the end of a day it reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryRow {
    pub ods_code: String,
    pub ccg_code: String,
    pub day: String,
    pub level: ReadinessLevel,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSubmission {
    pub received_at: String,
    pub level: ReadinessLevel,
    pub body: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Redeemed {
    Token,
    Unknown,
    Expired,
    Used,
}

/// A failure count and the most failures it may hold in its window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptKey {
    /// A fingerprint: nothing typed is stored.
    pub key: String,
    pub limit: i64,
}

/// A submission to store: borrowed from the request.
pub struct NewSubmission<'a> {
    pub submission_id: &'a str,
    pub ods_code: &'a str,
    /// The canonical text of the submission as this version reads it (a version 1 body upgraded).
    pub body: &'a str,
    pub level: ReadinessLevel,
    pub figures: Figures,
    pub receipt: Receipt,
}

#[async_trait]
pub trait Database: Send + Sync + 'static {
    /// Adds or updates practices, all or none.
    async fn upsert_practices(&self, practices: &[Practice]) -> Result<(), DbError>;
    async fn practice(&self, ods_code: &str) -> Result<Option<Practice>, DbError>;
    async fn add_enrolment_code(&self, code_hash: &str, ods_code: &str, expires_at: i64) -> Result<(), DbError>;
    /// Uses up a one-time code and stores the practice's new token, together or not at all.
    async fn redeem_enrolment_code(
        &self,
        code_hash: &str,
        ods_code: &str,
        token_hash: &str,
        now: i64,
    ) -> Result<Redeemed, DbError>;
    /// The practice a token belongs to, unless it is unknown or revoked.
    async fn token_practice(&self, token_hash: &str) -> Result<Option<String>, DbError>;
    async fn revoke_tokens(&self, ods_code: &str, now: i64) -> Result<u64, DbError>;
    async fn insert_submission(&self, submission: NewSubmission<'_>) -> Result<Stored, DbError>;
    async fn submission_count(&self) -> Result<i64, DbError>;
    /// Sets a CCG's window and, when given, the objection types its pilot offers (else they stay as they were:
    /// both, for a CCG set for the first time). Gives the types now set.
    async fn set_window(
        &self,
        window: &Window,
        objection_types: Option<ObjectionTypes>,
    ) -> Result<ObjectionTypes, DbError>;
    async fn window(&self, ccg_code: &str) -> Result<Option<Window>, DbError>;
    /// The objection types a CCG's pilot offers: both where nothing is set.
    async fn objection_types(&self, ccg_code: &str) -> Result<ObjectionTypes, DbError>;
    async fn audit(&self, at: &str, actor: &str, action: &str, detail: &str) -> Result<(), DbError>;
    async fn add_user(
        &self,
        email: &str,
        password_hash: &str,
        role: UserRole,
        ccg_codes: &[String],
    ) -> Result<(), DbError>;
    async fn user_by_email(&self, email: &str) -> Result<Option<User>, DbError>;
    async fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        csrf_token: &str,
        expires_at: i64,
    ) -> Result<(), DbError>;
    /// The signed-in user and the session's CSRF token, unless the session is unknown or has expired.
    async fn session(&self, token_hash: &str, now: i64) -> Result<Option<(User, String)>, DbError>;
    async fn delete_session(&self, token_hash: &str) -> Result<(), DbError>;
    /// Counts one failure against each key unless one of them has reached its limit: then nothing is counted and the
    /// answer is false. All keys or none, in one transaction, so that attempts racing each other (in this process or
    /// another on the same database) get no more than their limit between them. A key's count starts again once the
    /// window its first failure opened is `window` seconds old.
    async fn reserve_attempt(&self, keys: &[AttemptKey], now: i64, window: i64) -> Result<bool, DbError>;
    /// A right answer: the `cleared` keys are forgotten, the `taken_back` keys lose the failure reserved for it, and
    /// `known` (when given) is remembered as a place the account signs in from.
    async fn attempt_succeeded(
        &self,
        cleared: &[String],
        taken_back: &[String],
        known: Option<&str>,
        now: i64,
    ) -> Result<(), DbError>;
    async fn known_sign_in(&self, key: &str) -> Result<bool, DbError>;
    /// Forgets failure counts whose window opened at or before `failures_before`, and sign-in places last used at or
    /// before `known_before`.
    async fn sweep_attempts(&self, failures_before: i64, known_before: i64) -> Result<(), DbError>;
    /// How many failure counts are held: bounded however many accounts a script types (`/metrics` shows it).
    async fn attempt_keys(&self) -> Result<i64, DbError>;
    /// Every practice with its newest submission, in ODS code order.
    async fn practice_rows(&self) -> Result<Vec<PracticeRow>, DbError>;
    /// Counts for the overview, one row a CCG in code order; "stale" means enrolled but silent since `stale_before`.
    async fn ccg_summaries(&self, stale_before: &str) -> Result<Vec<CcgCounts>, DbError>;
    /// Readiness by practice and day from `from_day` (YYYY-MM-DD), with each practice's last day before it.
    async fn readiness_history(&self, from_day: &str) -> Result<Vec<HistoryRow>, DbError>;
    /// A practice's submissions, newest first.
    async fn submissions_of(&self, ods_code: &str) -> Result<Vec<StoredSubmission>, DbError>;
    /// Every dashboard user, disabled ones too, in email order.
    async fn users(&self) -> Result<Vec<User>, DbError>;
    /// Adds a user. An email that already has an account is refused by the database's unique key
    /// (`DbError::is_unique_violation`), so two admins adding the same person at once cannot both succeed.
    async fn insert_user(
        &self,
        email: &str,
        password_hash: &str,
        role: UserRole,
        ccg_codes: &[String],
    ) -> Result<(), DbError>;
    /// Disables a user (`Some(when)`, Unix seconds) and ends their sessions in the same transaction, or enables one
    /// (`None`). False when no user has the email.
    async fn set_user_disabled(&self, email: &str, disabled_at: Option<i64>) -> Result<bool, DbError>;
    /// Changes what a user may see. Their sessions read the user afresh on every request, so it applies at once.
    async fn set_user_scope(&self, email: &str, role: UserRole, ccg_codes: &[String]) -> Result<bool, DbError>;
    /// Sets a user's password and ends their sessions in the same transaction. False when no user has the email.
    async fn set_user_password(&self, email: &str, password_hash: &str) -> Result<bool, DbError>;
    /// Deletes the sessions that expired at or before `now`; gives how many.
    async fn sweep_sessions(&self, now: i64) -> Result<u64, DbError>;
}

/// Opens the database a URL names: `sqlite://PATH` or `postgres://…`, bringing its schema up to date.
pub async fn connect(url: &str) -> Result<std::sync::Arc<dyn Database>, DbError> {
    if let Some(path) = url.strip_prefix("sqlite://") {
        return Ok(std::sync::Arc::new(SqliteDatabase::open(std::path::Path::new(path)).await?));
    }
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Ok(std::sync::Arc::new(PostgresDatabase::open(url).await?));
    }
    Err(DbError::UnknownUrl(url.to_owned()))
}

/// Whether a stored body is the same submission as `canonical`, the text of one just read. Bodies stored since
/// version 2 are the canonical text of the upgraded submission and compare as text. A body stored by an earlier hub
/// is version 1's canonical text: read and upgraded, it compares as this hub would have stored it, so an app still
/// resending a version 1 submission stored before the upgrade gets its first receipt, not a conflict.
pub(crate) fn same_submission(stored: &str, canonical: &str) -> bool {
    stored == canonical || crate::report::canonical(stored).is_some_and(|upgraded| upgraded == canonical)
}

/// A submission owned, to hand to the SQLite writer task.
pub(crate) struct OwnedSubmission {
    pub(crate) submission_id: String,
    pub(crate) ods_code: String,
    pub(crate) body: String,
    pub(crate) level: ReadinessLevel,
    pub(crate) figures: Figures,
    pub(crate) receipt: Receipt,
}

impl OwnedSubmission {
    pub(crate) fn from_new(new: NewSubmission<'_>) -> Self {
        Self {
            submission_id: new.submission_id.to_owned(),
            ods_code: new.ods_code.to_owned(),
            body: new.body.to_owned(),
            level: new.level,
            figures: new.figures,
            receipt: new.receipt,
        }
    }
}
