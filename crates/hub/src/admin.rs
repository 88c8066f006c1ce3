//! What the admin commands do, apart from the command line: import practices, issue enrolment codes, set
//! windows, revoke tokens. Each records itself in the audit log.

use time::format_description::well_known::Rfc3339;
use time::{Date, Duration, OffsetDateTime};

use crate::db::{Database, DbError, IssuedCode, NewCode, ObjectionTypes, Practice, UserRole, Window};
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

/// Reads `ods_code,name,ccg` rows, with the CCG's name as an optional fourth field (a header first), with a CSV reader, so that a quoted field may hold commas, quotes
/// and line breaks. Every row is checked first, then all are stored together; an error names the line a row starts
/// on and the field at fault.
pub async fn import_practices(db: &dyn Database, file: &str, text: &str, actor: &str) -> Result<usize, AdminError> {
    let mut reader =
        csv::ReaderBuilder::new().has_headers(true).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let mut practices = Vec::new();
    let mut ccg_names: Vec<(String, String)> = Vec::new();
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
        let (Some(ods), Some(name), Some(ccg), 3 | 4) = (ods, name, ccg, record.len()) else {
            return Err(bad("", "expected three fields, or four: ods_code,name,ccg[,ccg_name]"));
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
        if let Some(ccg_name) = record.get(3).filter(|n| !n.is_empty()) {
            match ccg_names.iter().find(|(code, _)| *code == ccg) {
                Some((_, named)) if named != ccg_name => {
                    return Err(bad("ccg_name", "the CCG was given another name on an earlier line"));
                }
                Some(_) => {}
                None => ccg_names.push((ccg.clone(), ccg_name.to_owned())),
            }
        }
        practices.push(Practice { ods_code: ods.to_string(), name: name.to_owned(), ccg_code: ccg });
    }
    db.upsert_practices(&practices, &ccg_names).await?;
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
    db.add_enrolment_codes(&[new_code(&code, ods.as_str(), actor, now, expires)]).await?;
    db.audit(&stamp(now), actor, "enrolment-code", &format!("issued for {ods}, expires {}", stamp(expires))).await?;
    Ok(code)
}

fn new_code(code: &str, ods_code: &str, actor: &str, now: OffsetDateTime, expires: OffsetDateTime) -> NewCode {
    NewCode {
        code_hash: secrets::hash(code),
        ods_code: ods_code.to_owned(),
        issued_at: now.unix_timestamp(),
        issued_by: actor.to_owned(),
        expires_at: expires.unix_timestamp(),
    }
}

/// Codes issued to a CCG's practices together: each practice with its code, and when they all expire.
#[derive(Debug, Clone)]
pub struct IssuedCodes {
    pub ccg_code: String,
    pub codes: Vec<(Practice, String)>,
    pub expires: OffsetDateTime,
}

impl IssuedCodes {
    /// `ods_code,code` (and `name`, the practice's, when asked), a header line first, each cell made safe for a
    /// spreadsheet.
    pub fn csv(&self, with_names: bool) -> String {
        use crate::dashboard::table::push_csv_cell;
        let mut csv = String::from(if with_names { "ods_code,code,name\n" } else { "ods_code,code\n" });
        for (practice, code) in &self.codes {
            push_csv_cell(&mut csv, &practice.ods_code);
            csv.push(',');
            push_csv_cell(&mut csv, code);
            if with_names {
                csv.push(',');
                push_csv_cell(&mut csv, &practice.name);
            }
            csv.push('\n');
        }
        csv
    }
}

/// A one-time code for every practice of a CCG not yet enrolled (none with a live token), stored together: only
/// their hashes are kept, so the codes are in the answer and nowhere else. Each is in the audit log.
pub async fn issue_ccg_codes(
    db: &dyn Database,
    ccg: &str,
    actor: &str,
    now: OffsetDateTime,
) -> Result<IssuedCodes, AdminError> {
    let ccg = ccg.trim().to_ascii_uppercase();
    let rows = db.practice_rows(Some(&ccg)).await?;
    if rows.is_empty() {
        return Err(AdminError::Invalid(format!("{ccg:?} is not the CCG of any practice: import its practices first")));
    }
    let expires = now + Duration::days(ENROLMENT_CODE_DAYS);
    let codes: Vec<(Practice, String)> =
        rows.into_iter().filter(|row| !row.enrolled).map(|row| (row.practice, secrets::new_enrolment_code())).collect();
    let new: Vec<NewCode> =
        codes.iter().map(|(practice, code)| new_code(code, &practice.ods_code, actor, now, expires)).collect();
    db.add_enrolment_codes(&new).await?;
    for (practice, _) in &codes {
        let detail = format!("issued for {} with {ccg}'s practices, expires {}", practice.ods_code, stamp(expires));
        db.audit(&stamp(now), actor, "enrolment-code", &detail).await?;
    }
    Ok(IssuedCodes { ccg_code: ccg, codes, expires })
}

/// Revokes a code not yet used: it enrols nothing after. False when it was used, had expired or was revoked.
pub async fn revoke_enrolment_code(db: &dyn Database, code: &IssuedCode, actor: &str) -> Result<bool, AdminError> {
    let now = OffsetDateTime::now_utc();
    if !db.revoke_enrolment_code(&code.code_hash, now.unix_timestamp()).await? {
        return Ok(false);
    }
    let issued = code
        .issued_at
        .and_then(|at| OffsetDateTime::from_unix_timestamp(at).ok())
        .map_or_else(|| "before the hub kept it".to_owned(), stamp);
    let detail = format!("a code of {} issued {issued} by {}", code.ods_code, code.issued_by.as_deref().unwrap_or("?"));
    audit_now(db, actor, "enrolment-code-revoke", &detail).await?;
    Ok(true)
}

/// Sets a CCG's window; the first extract, left out, is two weeks after the window ends (the callers say so: the
/// command line prints it, the dashboard shows it before it is confirmed), and is never before the end. The
/// objection types its pilot offers are set with it when given, and otherwise stay as they were (both, until set).
/// The change goes into the window history with it. Gives the window and the types now in force.
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
    let dates = crate::windows::Dates::new(start, weeks, first_extract)
        .map_err(|problem| AdminError::Invalid(problem.to_string()))?;
    let window = dates.window(&ccg);
    let before = db.objection_types(&window.ccg_code).await?;
    let at = stamp(OffsetDateTime::now_utc());
    let types = db.set_window(&window, objection_types, &at, actor).await?;
    db.audit(
        &at,
        actor,
        "window-set",
        &format!(
            "{} from {start} for {weeks} weeks, first extract {}, objection types {types}",
            window.ccg_code, window.first_extract
        ),
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

/// Grants a user the permission to issue enrolment codes (for the CCGs they see), or withdraws it. National users
/// have it whatever is set.
pub async fn set_user_issue_codes(
    db: &dyn Database,
    email: &str,
    allowed: bool,
    actor: &str,
) -> Result<(), AdminError> {
    let email = user_email(email)?;
    if !db.set_user_issue_codes(&email, allowed).await? {
        return Err(UserProblem::Unknown(email).into());
    }
    audit_now(db, actor, "user-issue-codes", &format!("{email}: {}", if allowed { "granted" } else { "withdrawn" }))
        .await
}
