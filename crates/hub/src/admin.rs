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
    #[error("{file}, line {line}: {reason}")]
    BadRow { file: String, line: usize, reason: String },
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Db(#[from] DbError),
}

fn stamp(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

/// Splits one CSV line, honouring double quotes around fields that hold commas.
fn fields(line: &str) -> Vec<String> {
    let (mut fields, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(std::mem::take(&mut field)),
            (c, _) => field.push(c),
        }
    }
    fields.push(field);
    fields.into_iter().map(|f| f.trim().to_owned()).collect()
}

/// Reads `ods_code,name,ccg` rows (a header first). Every row is checked first, then all are stored together.
pub async fn import_practices(db: &dyn Database, file: &str, text: &str, actor: &str) -> Result<usize, AdminError> {
    let mut practices = Vec::new();
    for (index, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let bad =
            |reason: &str| AdminError::BadRow { file: file.to_owned(), line: index + 1, reason: reason.to_owned() };
        let row = fields(line);
        let [ods, name, ccg] = row.as_slice() else { return Err(bad("expected three fields: ods_code,name,ccg")) };
        let ods = pathfinder_readiness::OdsCode::parse(ods)
            .map_err(|_| bad("the ODS code is not a letter and five digits"))?;
        let ccg = ccg.to_ascii_uppercase();
        if ccg.len() != 3 || !ccg.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(bad("the CCG code is not three letters or digits"));
        }
        if name.is_empty() {
            return Err(bad("the practice has no name"));
        }
        practices.push(Practice { ods_code: ods.to_string(), name: name.clone(), ccg_code: ccg });
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

/// Adds a dashboard user (or changes one). Regional users need at least one CCG; passwords at least 12 characters.
pub async fn add_user(
    db: &dyn Database,
    email: &str,
    password: &str,
    role: UserRole,
    ccgs: &[String],
    actor: &str,
) -> Result<(), AdminError> {
    let email = email.trim().to_ascii_lowercase();
    if !email.contains('@') {
        return Err(AdminError::Invalid(format!("{email} is not an email address")));
    }
    if password.chars().count() < 12 {
        return Err(AdminError::Invalid("a password needs at least 12 characters".into()));
    }
    let ccgs: Vec<String> = ccgs.iter().map(|c| c.trim().to_ascii_uppercase()).filter(|c| !c.is_empty()).collect();
    if role == UserRole::Regional && ccgs.is_empty() {
        return Err(AdminError::Invalid("a regional user needs --ccg".into()));
    }
    db.add_user(&email, &crate::dashboard::auth::hash_password(password), role, &ccgs).await?;
    db.audit(&stamp(OffsetDateTime::now_utc()), actor, "user-add", &format!("{email} as {role} {}", ccgs.join(",")))
        .await?;
    Ok(())
}
