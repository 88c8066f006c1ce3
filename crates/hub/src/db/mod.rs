//! Storage behind the hub: one trait, with an SQLite backend (the embedded default) and a PostgreSQL backend
//! (for several replicas). Every method is one transaction; a method that returns Ok has committed.

mod codes;
mod email;
mod level;
mod messages;
mod postgres;
mod queries;
mod sqlite;
mod user;
mod windows;

use async_trait::async_trait;
use pathfinder_readiness::ReadinessLevel;
use serde::Serialize;

/// The window and the receipt are on the wire as they are stored.
pub use pathfinder_protocol::{CentralWindow as Window, ObjectionTypes, Receipt};

pub use codes::{CodeStatus, IssuedCode, NewCode};
pub use email::Recipient;
pub use level::{UnknownLevel, parse_level};
pub use messages::{MessageReader, MessageRow, NewMessage};
pub use postgres::PostgresDatabase;
pub use sqlite::SqliteDatabase;
pub use user::{UnknownRole, User, UserRole};
pub use windows::{CcgWindowRow, PracticeWindowRow, WindowChange, WindowDates, WindowReach};

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
    #[error("a database reader: {0}")]
    Reader(String),
    #[error("the database was made by a newer hub (schema {found}; this one knows up to {supported})")]
    NewerSchema { found: i64, supported: i64 },
    #[error("a user in the database: {0}")]
    Role(#[from] UnknownRole),
    #[error("a report in the database: {0}")]
    Level(#[from] UnknownLevel),
    #[error("a day in the database is not YYYY-MM-DD: {0:?}")]
    Day(String),
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

/// A practice with its newest submission in brief: what an export writes of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeLatest {
    pub practice: Practice,
    pub latest: Option<Latest>,
}

/// A practice with its newest submission in brief, whether it is enrolled and when it was last heard from: what the
/// dashboard's pages show of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeRow {
    pub practice: Practice,
    pub enrolled: bool,
    pub latest: Option<Latest>,
    /// The app's last settings pull (RFC 3339), where there has been one.
    pub last_seen_at: Option<String>,
}

/// Batches of practices in flight between the reading and the writing (`Database::send_practices`): enough that
/// neither waits on the other for long, few enough that a slow writer holds back the reading rather than the
/// nation's list in memory.
pub const BATCHES_IN_FLIGHT: usize = 4;

/// Which practices the list shows and in what order, worked out by the database so that a page of the national
/// list (8,000 practices) reads a hundred rows, not every one.
#[derive(Debug, Clone, Copy)]
pub struct PracticeFilter<'a> {
    /// The CCGs the user sees; `None` for a national user, who sees every one.
    pub seen: Option<&'a [String]>,
    /// One CCG's code, or "" for every CCG seen.
    pub ccg: &'a str,
    /// A level's name as the wire has it, `"not-reported"`, or "" for any.
    pub level: &'a str,
    /// Only practices with a task past its due date and not done.
    pub overdue: bool,
    /// Only enrolled practices neither reporting nor pulling their settings since this moment (RFC 3339).
    pub silent_before: Option<&'a str>,
    /// The day levels stand on (YYYY-MM-DD): a task due before it and not done puts a practice at risk.
    pub today: &'a str,
    pub order: PracticeOrder,
}

/// The list's orders; each ends with the ODS code, so that a page boundary never splits equals unpredictably.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PracticeOrder {
    Ods,
    Name,
    /// By the level's name, which puts at-risk first.
    Level,
    /// Never reported first, then the oldest report.
    LastReport,
}

/// What the dashboard needs of a practice's newest submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Latest {
    pub received_at: String,
    pub level: ReadinessLevel,
    pub figures: Figures,
    pub submissions: i64,
}

impl Latest {
    /// The level as it stands on `day`: a task fallen due since the report puts a practice not yet ready at risk.
    pub fn level_on(&self, day: time::Date) -> ReadinessLevel {
        self.figures.level_on(self.level, day)
    }
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
    /// The earliest due date of a task not done: from the day after, the practice is overdue and, not yet ready, at
    /// risk (worked out on the day the page is drawn, not the day the report came).
    pub next_due: Option<time::Date>,
    /// Letters printed for the mail-out, set against the list size.
    pub letters_printed: i64,
}

impl Figures {
    /// The stored level as it stands on `day`: a task due before it and not done puts a practice at risk.
    pub fn level_on(&self, stored: ReadinessLevel, day: time::Date) -> ReadinessLevel {
        pathfinder_readiness::ReportedLevel { level: stored, next_due: self.next_due }.on(day)
    }

    /// Whether a task not done was due before `day`.
    pub fn overdue_on(&self, day: time::Date) -> bool {
        self.next_due.is_some_and(|due| due < day)
    }
}

/// One CCG's line on the overview, as counted by the database.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CcgCounts {
    pub ccg_code: String,
    /// Where the practice import named it.
    pub ccg_name: Option<String>,
    pub practices: i64,
    pub enrolled: i64,
    pub reported: i64,
    pub ready: i64,
    pub on_track: i64,
    pub at_risk: i64,
    /// Practices not ready with a task due before today and not done (each of them is at risk).
    pub overdue: i64,
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
    /// Letters printed by the practices that reported.
    pub letters_printed: i64,
    /// The objection types the CCG's pilot offers (both where nothing is set).
    pub objection_types: ObjectionTypes,
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

/// A practice's token as the dashboard lists it (never the token or its hash).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenRow {
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

/// A practice of a CCG with its newest report, for the task grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CcgReport {
    pub practice: Practice,
    pub level: Option<ReadinessLevel>,
    pub body: Option<String>,
}

/// A practice's level as a report left it, with the earliest due date of its tasks not done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeLevel {
    pub ccg_code: String,
    pub level: ReadinessLevel,
    pub next_due: Option<time::Date>,
}

impl PracticeLevel {
    /// The level on `day` (the report's day or later, until the practice reports again).
    pub fn level_on(&self, day: time::Date) -> ReadinessLevel {
        pathfinder_readiness::ReportedLevel { level: self.level, next_due: self.next_due }.on(day)
    }
}

/// A day as stored (YYYY-MM-DD), or none.
pub(crate) fn parse_day(text: Option<String>) -> Result<Option<time::Date>, DbError> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    text.map(|text| time::Date::parse(&text, format).map_err(|_| DbError::Day(text))).transpose()
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
    /// Adds or updates practices and names CCGs by code, all or none.
    async fn upsert_practices(&self, practices: &[Practice], ccg_names: &[(String, String)]) -> Result<(), DbError>;
    async fn practice(&self, ods_code: &str) -> Result<Option<Practice>, DbError>;
    /// Uses up a one-time code and stores the practice's new token, together or not at all.
    async fn redeem_enrolment_code(
        &self,
        code_hash: &str,
        ods_code: &str,
        token_hash: &str,
        now: i64,
    ) -> Result<Redeemed, DbError>;
    /// Stores codes issued together (a CCG's in bulk), all or none.
    async fn add_enrolment_codes(&self, codes: &[NewCode]) -> Result<(), DbError>;
    /// The codes issued to a CCG's practices, by practice, newest first.
    async fn enrolment_codes_of(&self, ccg_code: &str) -> Result<Vec<IssuedCode>, DbError>;
    async fn enrolment_code(&self, code_hash: &str) -> Result<Option<IssuedCode>, DbError>;
    /// Revokes a code neither used nor expired at `now`: it enrols nothing after. False when there was none such.
    async fn revoke_enrolment_code(&self, code_hash: &str, now: i64) -> Result<bool, DbError>;
    /// Grants or withdraws a user's permission to issue enrolment codes. False when no user has the email.
    async fn set_user_issue_codes(&self, email: &str, allowed: bool) -> Result<bool, DbError>;
    /// The practice a token belongs to, unless it is unknown or revoked.
    async fn token_practice(&self, token_hash: &str) -> Result<Option<String>, DbError>;
    async fn revoke_tokens(&self, ods_code: &str, now: i64) -> Result<u64, DbError>;
    async fn insert_submission(&self, submission: NewSubmission<'_>) -> Result<Stored, DbError>;
    async fn submission_count(&self) -> Result<i64, DbError>;
    /// Sets a CCG's window and, when given, the objection types its pilot offers (else they stay as they were:
    /// both, for a CCG set for the first time). Gives the types now set. The change goes into the window history
    /// (at `at`, by `actor`) in the same transaction.
    async fn set_window(
        &self,
        window: &Window,
        objection_types: Option<ObjectionTypes>,
        at: &str,
        actor: &str,
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
    /// Every practice (of one CCG, when given) with its newest submission, in ODS code order.
    async fn practice_rows(&self, ccg_code: Option<&str>) -> Result<Vec<PracticeRow>, DbError>;
    /// How many practices `filter` lets through.
    async fn count_practices(&self, filter: &PracticeFilter<'_>) -> Result<i64, DbError>;
    /// The practices `filter` lets through, in its order: `limit` of them from `offset`.
    async fn practice_page(
        &self,
        filter: &PracticeFilter<'_>,
        offset: i64,
        limit: i64,
    ) -> Result<Vec<PracticeRow>, DbError>;
    /// Every practice `filter` lets through, in its order, with its newest submission in brief (what an export
    /// writes), sent to `batches` a hundred or so at a time as they are read, so that an export writes one batch
    /// while the next is read; how many were sent. Sends no more, without an error, once `batches` is no longer
    /// received.
    async fn send_practices(
        &self,
        filter: &PracticeFilter<'_>,
        batches: tokio::sync::mpsc::Sender<Vec<PracticeLatest>>,
    ) -> Result<usize, DbError>;
    /// The CCGs that have practices, in code order.
    async fn ccg_codes(&self) -> Result<Vec<String>, DbError>;
    /// Counts for the overview, one row a CCG in code order, levels as they stand on `today` (YYYY-MM-DD);
    /// "stale" means enrolled but not heard from (no report, no settings pull) since `stale_before` (RFC 3339).
    async fn ccg_summaries(&self, stale_before: &str, today: &str) -> Result<Vec<CcgCounts>, DbError>;
    /// How many of each CCG's practices stand at each level on `today` (YYYY-MM-DD) from their newest reports, counted
    /// by the database; practices that have not reported are left out.
    async fn latest_level_counts(&self, today: &str) -> Result<Vec<(String, ReadinessLevel, i64)>, DbError>;
    /// A practice's tokens, oldest first: when each was issued and, if it was, revoked (Unix seconds).
    async fn tokens_of(&self, ods_code: &str) -> Result<Vec<TokenRow>, DbError>;
    /// A CCG's practices, each with its newest report (its stored level and body) where it has reported.
    async fn ccg_reports(&self, ccg_code: &str) -> Result<Vec<CcgReport>, DbError>;
    /// The practice's app was heard from at `at`: kept unless it was heard from since `not_since` (so a busy app
    /// costs a write an hour, not one a request).
    async fn record_contact(&self, ods_code: &str, at: &str, not_since: &str) -> Result<(), DbError>;
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
    /// Every CCG's window, in code order, with its practices and who changed it last.
    async fn windows(&self) -> Result<Vec<CcgWindowRow>, DbError>;
    /// The practices with dates of their own, in ODS code order.
    async fn practice_windows(&self) -> Result<Vec<PracticeWindowRow>, DbError>;
    /// A practice's own window (its `ccg_code` the practice's CCG), if it has one.
    async fn practice_window(&self, ods_code: &str) -> Result<Option<Window>, DbError>;
    /// Gives a practice dates of its own (`window.ccg_code` is its CCG), kept in the window history in the same
    /// transaction.
    async fn set_practice_window(&self, ods_code: &str, window: &Window, at: &str, actor: &str) -> Result<(), DbError>;
    /// Clears a practice's own dates, so its CCG's apply again; the history is written in the same transaction.
    /// False when it had none.
    async fn clear_practice_window(&self, ods_code: &str, at: &str, actor: &str) -> Result<bool, DbError>;
    /// Every change of a window, newest first.
    async fn window_history(&self) -> Result<Vec<WindowChange>, DbError>;
    /// How many practices a CCG has, and how many of them have dates of their own.
    async fn window_reach(&self, ccg_code: &str) -> Result<WindowReach, DbError>;
    /// Stores a message to a CCG's practices; gives its id.
    async fn publish_message(&self, message: &NewMessage) -> Result<i64, DbError>;
    /// Every message, newest first, with how many of its CCG's practices have acknowledged it.
    async fn messages(&self) -> Result<Vec<MessageRow>, DbError>;
    async fn message(&self, id: i64) -> Result<Option<MessageRow>, DbError>;
    /// The practices of the message's CCG, in ODS code order, each with when it acknowledged the message.
    async fn message_readers(&self, id: i64) -> Result<Vec<MessageReader>, DbError>;
    /// Withdraws a live message: it is sent to no practice after. False when there was no live message with the id.
    async fn withdraw_message(&self, id: i64, at: &str, actor: &str) -> Result<bool, DbError>;
    /// The live messages of the practice's CCG it has not acknowledged, oldest first.
    async fn messages_for(&self, ods_code: &str) -> Result<Vec<pathfinder_protocol::PracticeMessage>, DbError>;
    /// Records the practice's acknowledgement of a message of its CCG (withdrawn or not) unless it was recorded
    /// before; gives the first acknowledgement's time, or none when the message is not one of its CCG's.
    async fn acknowledge_message(&self, id: i64, ods_code: &str, at: &str) -> Result<Option<String>, DbError>;
    /// Sets a user's email choices, those given (`None` leaves one as it is). False when no user has the email.
    async fn set_email_choices(&self, email: &str, digest: Option<bool>, alerts: Option<bool>)
    -> Result<bool, DbError>;
    /// Every user not disabled, with their email choices, in email order.
    async fn mail_recipients(&self) -> Result<Vec<Recipient>, DbError>;
    /// Claims `day`'s digest (YYYY-MM-DD) to a user, recording it (`at`, RFC 3339) in the same transaction: `None`
    /// when it was claimed already (by this hub or another replica on the database), else the day of the user's
    /// digest before, if any.
    async fn claim_digest(&self, day: &str, user_id: i64, at: &str) -> Result<Option<Option<String>>, DbError>;
    /// Gives a claim back (the digest could not be sent), so that a later run may send it.
    async fn release_digest(&self, day: &str, user_id: i64) -> Result<(), DbError>;
    /// Each practice's level at the end of `day` (YYYY-MM-DD), with its ODS code: that of its last report on or
    /// before the day, for the practices that had reported by then. Days past never change (a report is dated when
    /// the hub receives it).
    async fn practice_levels_on(&self, day: &str) -> Result<Vec<(String, PracticeLevel)>, DbError>;
    /// A practice's level from its newest report, none before its first.
    async fn practice_latest_level(&self, ods_code: &str) -> Result<Option<PracticeLevel>, DbError>;
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
