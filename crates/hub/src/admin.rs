//! What the admin commands do, apart from the command line: import practices, issue enrolment codes, set
//! windows, revoke tokens. Each records itself in the audit log.

use time::format_description::well_known::Rfc3339;
use time::{Date, Duration, OffsetDateTime};

use crate::db::{Database, DbError, ObjectionTypes, Practice, UserRole, Window};
use crate::secrets;

/// How long an enrolment code can be used.
pub const ENROLMENT_CODE_DAYS: i64 = 14;

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    /// A row of an imported file; `field` names the field at fault, as `, field name` (empty for the row as a whole).
    #[error("{file}, line {line}{field}: {reason}")]
    BadRow { file: String, line: usize, field: String, reason: String },
    #[error("{0}")]
    Invalid(String),
    /// What is wrong with a user's details: said in English here, in the dashboard's words by `UserProblem::message_id`.
    #[error("{0}")]
    User(#[from] UserProblem),
    #[error(transparent)]
    Db(#[from] DbError),
}

fn stamp(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

/// Reads `ods_code,name,ccg` rows (a header first) with a CSV reader, so that a quoted field may hold commas, quotes
/// and line breaks. Every row is checked first, then all are stored together; an error names the line a row starts
/// on and the field at fault.
pub async fn import_practices(db: &dyn Database, file: &str, text: &str, actor: &str) -> Result<usize, AdminError> {
    let mut reader =
        csv::ReaderBuilder::new().has_headers(true).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let mut practices = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| {
            let line = error.position().map_or(0, |p| p.line() as usize);
            let reason = match error.kind() {
                csv::ErrorKind::Utf8 { .. } => "the file is not UTF-8 text".to_owned(),
                _ => format!("not readable as CSV: {error}"),
            };
            AdminError::BadRow { file: file.to_owned(), line, field: String::new(), reason }
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let bad = |field: &str, reason: &str| AdminError::BadRow {
            file: file.to_owned(),
            line,
            field: if field.is_empty() { String::new() } else { format!(", field {field}") },
            reason: reason.to_owned(),
        };
        if record.iter().all(str::is_empty) {
            continue;
        }
        let [ods, name, ccg] = [0, 1, 2].map(|i| record.get(i));
        let (Some(ods), Some(name), Some(ccg), 3) = (ods, name, ccg, record.len()) else {
            return Err(bad("", "expected three fields: ods_code,name,ccg"));
        };
        let ods = pathfinder_readiness::OdsCode::parse(ods)
            .map_err(|_| bad("ods_code", "the ODS code is not a letter and five digits"))?;
        let ccg = ccg.to_ascii_uppercase();
        if ccg.len() != 3 || !ccg.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(bad("ccg", "the CCG code is not three letters or digits"));
        }
        if name.is_empty() {
            return Err(bad("name", "the practice has no name"));
        }
        practices.push(Practice { ods_code: ods.to_string(), name: name.to_owned(), ccg_code: ccg });
    }
    db.upsert_practices(&practices).await?;
    db.audit(
        &stamp(OffsetDateTime::now_utc()),
        actor,
        "practices-import",
        &format!("{} practices from {file}", practices.len()),
    )
    .await?;
    Ok(practices.len())
}

/// A new one-time code for a practice to enrol with; only its hash is kept.
pub async fn issue_enrolment_code(
    db: &dyn Database,
    ods_code: &str,
    actor: &str,
    now: OffsetDateTime,
) -> Result<String, AdminError> {
    let ods = pathfinder_readiness::OdsCode::parse(ods_code)
        .map_err(|_| AdminError::Invalid(format!("{ods_code} is not an ODS code")))?;
    if db.practice(ods.as_str()).await?.is_none() {
        return Err(AdminError::Invalid(format!("{ods} is not a known practice: import it first")));
    }
    let code = secrets::new_enrolment_code();
    let expires = now + Duration::days(ENROLMENT_CODE_DAYS);
    db.add_enrolment_code(&secrets::hash(&code), ods.as_str(), expires.unix_timestamp()).await?;
    db.audit(&stamp(now), actor, "enrolment-code", &format!("issued for {ods}, expires {}", stamp(expires))).await?;
    Ok(code)
}

/// Sets a CCG's window; the first extract defaults to two weeks after the window ends. The objection types its
/// pilot offers are set with it when given, and otherwise stay as they were (both, until set). Gives the window
/// and the types now in force.
pub async fn set_window(
    db: &dyn Database,
    ccg: &str,
    start: Date,
    weeks: u8,
    first_extract: Option<Date>,
    objection_types: Option<ObjectionTypes>,
    actor: &str,
) -> Result<(Window, ObjectionTypes), AdminError> {
    let ccg = ccg.to_ascii_uppercase();
    if ccg.len() != 3 || !ccg.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(AdminError::Invalid(format!("{ccg:?} is not a CCG code: three letters or digits")));
    }
    if !(1..=26).contains(&weeks) {
        return Err(AdminError::Invalid("a window is 1 to 26 weeks".into()));
    }
    let end = start + Duration::weeks(weeks.into());
    let first_extract = first_extract.unwrap_or(end + Duration::weeks(2));
    if first_extract < end {
        return Err(AdminError::Invalid("the first extract must be on or after the day the window ends".into()));
    }
    let window = Window {
        ccg_code: ccg,
        start: start.to_string(),
        weeks: weeks.into(),
        first_extract: first_extract.to_string(),
        checklist_version: pathfinder_readiness::Checklist::current().version.into(),
    };
    let before = db.objection_types(&window.ccg_code).await?;
    let types = db.set_window(&window, objection_types).await?;
    db.audit(
        &stamp(OffsetDateTime::now_utc()),
        actor,
        "window-set",
        &format!("{} from {start} for {weeks} weeks, objection types {types}", window.ccg_code),
    )
    .await?;
    if types != before {
        db.audit(
            &stamp(OffsetDateTime::now_utc()),
            actor,
            "objection-types-set",
            &format!("{}: {types} (was {before})", window.ccg_code),
        )
        .await?;
    }
    Ok((window, types))
}

pub async fn revoke(db: &dyn Database, ods_code: &str, actor: &str) -> Result<u64, AdminError> {
    let now = OffsetDateTime::now_utc();
    let revoked = db.revoke_tokens(&ods_code.to_ascii_uppercase(), now.unix_timestamp()).await?;
    db.audit(&stamp(now), actor, "tokens-revoke", &format!("{revoked} tokens of {ods_code}")).await?;
    Ok(revoked)
}

/// What can be wrong with a user's details, or with the user a change names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UserProblem {
    #[error("{0} is not an email address")]
    NotAnEmail(String),
    #[error("a password needs at least {MIN_PASSWORD_CHARS} characters")]
    ShortPassword,
    #[error("a regional user needs at least one CCG (--ccg)")]
    NoCcg,
    #[error("{0:?} is not a CCG code: three letters or digits")]
    BadCcg(String),
    #[error("{0} already has an account: change it with users scope or users password")]
    Exists(String),
    #[error("no user has the email address {0}")]
    Unknown(String),
}

impl UserProblem {
    /// The dashboard's message for it (hub.ftl).
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::NotAnEmail(_) => "hub-users-error-email",
            Self::ShortPassword => "hub-users-error-password",
            Self::NoCcg => "hub-users-error-no-ccg",
            Self::BadCcg(_) => "hub-users-error-ccg",
            Self::Exists(_) => "hub-users-error-exists",
            Self::Unknown(_) => "hub-users-error-unknown",
        }
    }
}

/// The fewest characters a dashboard password may have.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// An email address as accounts are kept: trimmed and in lower case.
fn user_email(email: &str) -> Result<String, UserProblem> {
    let email = email.trim().to_ascii_lowercase();
    let at = email.find('@');
    let shaped = at.is_some_and(|at| at > 0 && at + 1 < email.len())
        && email.chars().count() <= crate::dashboard::MAX_EMAIL_CHARS
        && !email.chars().any(|c| c.is_whitespace() || c.is_control() || c == ',');
    if shaped { Ok(email) } else { Err(UserProblem::NotAnEmail(email)) }
}

fn user_password(password: &str) -> Result<&str, UserProblem> {
    if password.chars().count() < MIN_PASSWORD_CHARS { Err(UserProblem::ShortPassword) } else { Ok(password) }
}

/// The CCGs a user sees, as kept: upper case, each checked; none for a national user, who sees every CCG.
fn user_scope(role: UserRole, ccgs: &[String]) -> Result<Vec<String>, UserProblem> {
    let mut codes = Vec::new();
    for code in ccgs.iter().flat_map(|c| c.split(',')).map(|c| c.trim().to_ascii_uppercase()) {
        if code.is_empty() {
            continue;
        }
        if code.len() != 3 || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(UserProblem::BadCcg(code));
        }
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    match role {
        UserRole::National => Ok(Vec::new()),
        UserRole::Regional if codes.is_empty() => Err(UserProblem::NoCcg),
        UserRole::Regional => Ok(codes),
    }
}

async fn audit_now(db: &dyn Database, actor: &str, action: &str, detail: &str) -> Result<(), AdminError> {
    Ok(db.audit(&stamp(OffsetDateTime::now_utc()), actor, action, detail).await?)
}

/// Adds a dashboard user. Regional users need at least one CCG; passwords at least 12 characters. An email that
/// already has an account is refused (by the database's unique key): change that user with `set_user_scope` or
/// `set_user_password`.
pub async fn add_user(
    db: &dyn Database,
    email: &str,
    password: &str,
    role: UserRole,
    ccgs: &[String],
    actor: &str,
) -> Result<(), AdminError> {
    let email = user_email(email)?;
    let password = user_password(password)?;
    let ccgs = user_scope(role, ccgs)?;
    let hash = crate::dashboard::auth::hash_password(password);
    match db.insert_user(&email, &hash, role, &ccgs).await {
        Err(error) if error.is_unique_violation() => return Err(UserProblem::Exists(email).into()),
        done => done?,
    }
    audit_now(db, actor, "user-add", &format!("{email} as {role} {}", ccgs.join(","))).await
}

/// Disables a user: they can no longer sign in, and their sessions end with it.
pub async fn disable_user(db: &dyn Database, email: &str, actor: &str) -> Result<(), AdminError> {
    let email = user_email(email)?;
    let now = OffsetDateTime::now_utc().unix_timestamp();
    if !db.set_user_disabled(&email, Some(now)).await? {
        return Err(UserProblem::Unknown(email).into());
    }
    audit_now(db, actor, "user-disable", &format!("{email}, sessions ended")).await
}

/// Enables a disabled user again: they sign in with the password they had (or a new one set meanwhile).
pub async fn enable_user(db: &dyn Database, email: &str, actor: &str) -> Result<(), AdminError> {
    let email = user_email(email)?;
    if !db.set_user_disabled(&email, None).await? {
        return Err(UserProblem::Unknown(email).into());
    }
    audit_now(db, actor, "user-enable", &email).await
}

/// Changes a user's role and CCGs; it applies to their next request.
pub async fn set_user_scope(
    db: &dyn Database,
    email: &str,
    role: UserRole,
    ccgs: &[String],
    actor: &str,
) -> Result<(), AdminError> {
    let email = user_email(email)?;
    let ccgs = user_scope(role, ccgs)?;
    if !db.set_user_scope(&email, role, &ccgs).await? {
        return Err(UserProblem::Unknown(email).into());
    }
    audit_now(db, actor, "user-scope", &format!("{email} as {role} {}", ccgs.join(","))).await
}

/// Sets a new password for a user; their sessions end with it, so whoever held the old one is signed out.
pub async fn set_user_password(db: &dyn Database, email: &str, password: &str, actor: &str) -> Result<(), AdminError> {
    let email = user_email(email)?;
    let hash = crate::dashboard::auth::hash_password(user_password(password)?);
    if !db.set_user_password(&email, &hash).await? {
        return Err(UserProblem::Unknown(email).into());
    }
    audit_now(db, actor, "user-password", &format!("{email}, sessions ended")).await
}
