//! The queries, written once for both backends: `$1`-style parameters are positional in PostgreSQL and, bound
//! in order, in SQLite too. Each backend supplies its pool and its migrations.

use crate::db::{DbError, Figures, Latest, Practice, PracticeLatest, PracticeRow, parse_day, parse_level};

// Storing a submission: the row, the practice's newest in brief, and its readiness for the day. SQLite's writer
// runs these on its own connection; PostgreSQL through the macro below.
pub(crate) const INSERT_SUBMISSION: &str =
    "INSERT INTO submissions (submission_id, ods_code, receipt_id, received_at, body, level)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (submission_id) DO NOTHING";
pub(crate) const UPSERT_LATEST: &str = "INSERT INTO practice_latest (ods_code, received_at, level, list_size,
         type1_total, type2_total, type1_new, type2_new, forms_received, forms_coded, forms_queried, forms_backlog,
         expected_forms, next_due, letters_printed, submissions)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 1)
     ON CONFLICT (ods_code) DO UPDATE SET
         received_at = excluded.received_at, level = excluded.level, list_size = excluded.list_size,
         type1_total = excluded.type1_total, type2_total = excluded.type2_total,
         type1_new = excluded.type1_new, type2_new = excluded.type2_new,
         forms_received = excluded.forms_received, forms_coded = excluded.forms_coded,
         forms_queried = excluded.forms_queried, forms_backlog = excluded.forms_backlog,
         expected_forms = excluded.expected_forms, next_due = excluded.next_due,
         letters_printed = excluded.letters_printed,
         submissions = practice_latest.submissions + 1";
pub(crate) const UPSERT_HISTORY: &str = "INSERT INTO readiness_history (ods_code, day, level, next_due)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (ods_code, day) DO UPDATE SET level = excluded.level, next_due = excluded.next_due";
/// Every practice request asks this first.
pub(crate) const TOKEN_PRACTICE: &str = "SELECT ods_code FROM tokens WHERE token_hash = $1 AND revoked_at IS NULL";
/// A window's change, as `window_history` keeps it: when, who, the CCG, the practice (none for the CCG's window),
/// the old dates and the new (none where there were none).
pub(crate) const INSERT_WINDOW_HISTORY: &str = "INSERT INTO window_history (at, actor, ccg_code, ods_code, old_start,
         old_weeks, old_first_extract, new_start, new_weeks, new_first_extract)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
pub(crate) const FIRST_RECEIPT: &str =
    "SELECT receipt_id, received_at, body, ods_code FROM submissions WHERE submission_id = $1";

/// A message with its reach, for the dashboard (a WHERE or ORDER BY follows).
/// A practice's level as it stands on the day bound at `{today}`: a task due before it and not done puts a practice
/// not yet ready at risk (`ReportedLevel::on`); one that has never reported is "not-reported".
pub(crate) const LEVEL_TODAY: &str = "(CASE WHEN l.level IS NULL THEN 'not-reported'
     WHEN l.level <> 'ready' AND l.next_due < {today} THEN 'at-risk' ELSE l.level END)";

/// The columns of a practice and its newest submission in brief (`PracticeLatest`): what an export writes of it.
macro_rules! practice_latest_columns {
    () => {
        "SELECT p.ods_code, p.name, p.ccg_code,
        l.received_at, l.level, l.submissions, l.list_size, l.type1_total, l.type2_total,
        l.type1_new, l.type2_new, l.forms_received, l.forms_coded, l.forms_queried,
        l.forms_backlog, l.expected_forms, l.next_due, l.letters_printed"
    };
}
pub(crate) const PRACTICE_LATEST_COLUMNS: &str = practice_latest_columns!();
/// Those, then whether it is enrolled and when its app last pulled its settings (`PracticeRow`): what a page shows.
pub(crate) const PRACTICE_COLUMNS: &str = concat!(
    practice_latest_columns!(),
    ", EXISTS (SELECT 1 FROM tokens t WHERE t.ods_code = p.ods_code AND t.revoked_at IS NULL), c.last_seen_at"
);

/// A row of `PRACTICE_COLUMNS` or `PRACTICE_LATEST_COLUMNS` read by position, whichever driver reads it: each backend
/// reads a list its own way (`send_practice_rows`), and `FromColumns` makes every row alike.
pub(crate) trait PracticeColumns {
    fn text(&self, at: usize) -> Result<String, DbError>;
    fn optional_text(&self, at: usize) -> Result<Option<String>, DbError>;
    fn int(&self, at: usize) -> Result<i64, DbError>;
    fn optional_int(&self, at: usize) -> Result<Option<i64>, DbError>;
    fn flag(&self, at: usize) -> Result<bool, DbError>;
}

/// What a row of a practice list is read into.
pub(crate) trait FromColumns: Sized + Send + 'static {
    fn from_columns(row: &impl PracticeColumns) -> Result<Self, DbError>;
}

impl FromColumns for PracticeLatest {
    fn from_columns(row: &impl PracticeColumns) -> Result<Self, DbError> {
        let latest = match row.optional_text(3)? {
            Some(received_at) => Some(Latest {
                received_at,
                level: parse_level(&row.text(4)?)?,
                submissions: row.int(5)?,
                figures: Figures {
                    list_size: row.int(6)?,
                    type1_total: row.int(7)?,
                    type2_total: row.int(8)?,
                    type1_new: row.optional_int(9)?,
                    type2_new: row.optional_int(10)?,
                    forms_received: row.int(11)?,
                    forms_coded: row.int(12)?,
                    forms_queried: row.int(13)?,
                    forms_backlog: row.int(14)?,
                    expected_forms: row.optional_int(15)?,
                    next_due: parse_day(row.optional_text(16)?)?,
                    letters_printed: row.int(17)?,
                },
            }),
            None => None,
        };
        Ok(PracticeLatest {
            practice: Practice { ods_code: row.text(0)?, name: row.text(1)?, ccg_code: row.text(2)? },
            latest,
        })
    }
}

impl FromColumns for PracticeRow {
    fn from_columns(row: &impl PracticeColumns) -> Result<Self, DbError> {
        let PracticeLatest { practice, latest } = PracticeLatest::from_columns(row)?;
        Ok(PracticeRow { practice, enrolled: row.flag(18)?, latest, last_seen_at: row.optional_text(19)? })
    }
}

/// Practices read before they are handed on: an export writes one batch while the next is read.
pub(crate) const PRACTICE_BATCH: usize = 128;

/// Rows as a backend reads them, gathered into batches of `PRACTICE_BATCH` to send on.
pub(crate) struct Batches<T> {
    batch: Vec<T>,
    sent: usize,
}

impl<T> Batches<T> {
    pub(crate) fn new() -> Self {
        Self { batch: Vec::with_capacity(PRACTICE_BATCH), sent: 0 }
    }

    /// Adds `row`: a batch to send when it fills one.
    pub(crate) fn push(&mut self, row: T) -> Option<Vec<T>> {
        self.batch.push(row);
        (self.batch.len() == PRACTICE_BATCH).then(|| self.take())
    }

    /// What is left to send, if anything, and how many rows in all.
    pub(crate) fn finish(mut self) -> (Option<Vec<T>>, usize) {
        let last = (!self.batch.is_empty()).then(|| self.take());
        (last, self.sent)
    }

    /// How many rows were handed on so far.
    pub(crate) fn sent(&self) -> usize {
        self.sent
    }

    fn take(&mut self) -> Vec<T> {
        self.sent += self.batch.len();
        std::mem::replace(&mut self.batch, Vec::with_capacity(PRACTICE_BATCH))
    }
}

/// Every practice `send` sends to `batches`, gathered into one list: a page, or a CCG's practices.
pub(crate) async fn gathered<T>(
    send: impl std::future::Future<Output = Result<usize, DbError>>,
    mut batches: tokio::sync::mpsc::Receiver<Vec<T>>,
) -> Result<Vec<T>, DbError> {
    let gather = async {
        let mut all = Vec::new();
        while let Some(batch) = batches.recv().await {
            all.extend(batch);
        }
        all
    };
    let (sent, all) = tokio::join!(send, gather);
    sent?;
    Ok(all)
}

/// The tables the practice list reads, under the names `PRACTICE_COLUMNS` uses.
pub(crate) const PRACTICE_TABLES: &str = " FROM practices p LEFT JOIN practice_latest l ON l.ods_code = p.ods_code
         LEFT JOIN practice_contact c ON c.ods_code = p.ods_code";

/// The list's FROM and WHERE for `filter`, with its parameters in order (`$1`, `$2`, ...), and its ORDER BY.
/// `ccg_in` is the backend's test of `p.ccg_code` against a JSON array of codes bound at `{}`; `byte_order` what
/// follows a text sort key to order it by its bytes.
pub(crate) fn practice_filter_sql(
    filter: &crate::db::PracticeFilter<'_>,
    ccg_in: &str,
    byte_order: &str,
) -> (String, Vec<String>, String) {
    use crate::db::PracticeOrder;
    let mut params = vec![filter.today.to_owned()];
    let level_today = LEVEL_TODAY.replace("{today}", "$1");
    // The day is always bound, and PostgreSQL wants every parameter bound to be used.
    let mut sql = format!("{PRACTICE_TABLES} WHERE $1 = $1");
    let mut bind = |sql: &mut String, clause: String, value: String| {
        params.push(value);
        sql.push_str(" AND ");
        sql.push_str(&clause.replace("{}", &format!("${}", params.len())));
    };
    if let Some(seen) = filter.seen {
        let codes = serde_json::to_string(seen).unwrap_or_else(|_| "[]".into());
        bind(&mut sql, ccg_in.to_owned(), codes);
    }
    if !filter.ccg.is_empty() {
        bind(&mut sql, "p.ccg_code = {}".into(), filter.ccg.to_owned());
    }
    if !filter.level.is_empty() {
        bind(&mut sql, format!("{level_today} = {{}}"), filter.level.to_owned());
    }
    if filter.overdue {
        sql.push_str(" AND l.level <> 'ready' AND l.next_due < $1");
    }
    if let Some(before) = filter.silent_before {
        // Last heard from: the newer of its newest report and its app's last settings pull.
        bind(
            &mut sql,
            "EXISTS (SELECT 1 FROM tokens t WHERE t.ods_code = p.ods_code AND t.revoked_at IS NULL)
             AND coalesce(CASE WHEN c.last_seen_at > l.received_at OR l.received_at IS NULL THEN c.last_seen_at
                               ELSE l.received_at END, '') < {}"
                .into(),
            before.to_owned(),
        );
    }
    // By bytes on both backends, whatever the PostgreSQL cluster's locale: the two order alike, and a sort of the
    // nation's 8,000 practices does not compare every pair by the locale's rules. PostgreSQL's ODS codes are kept
    // in that order (migration 0015), so the order by code needs no sort at all: it is the primary keys' own.
    let ods = format!("p.ods_code{byte_order}");
    let order = match filter.order {
        PracticeOrder::Ods => ods,
        PracticeOrder::Name => format!("p.name{byte_order}, {ods}"),
        PracticeOrder::Level => format!("{level_today}{byte_order}, {ods}"),
        PracticeOrder::LastReport => format!("l.received_at IS NOT NULL, l.received_at{byte_order}, {ods}"),
    };
    (sql, params, order)
}

macro_rules! message_rows {
    () => {
        "SELECT m.id, m.ccg_code, m.title, m.body, m.published_at, m.published_by,
         m.withdrawn_at, m.withdrawn_by,
         (SELECT CAST(count(*) AS BIGINT) FROM practices p WHERE p.ccg_code = m.ccg_code),
         (SELECT CAST(count(*) AS BIGINT) FROM message_acknowledgements a JOIN practices p ON p.ods_code = a.ods_code
              WHERE a.message_id = m.id AND p.ccg_code = m.ccg_code)
     FROM messages m"
    };
}
pub(crate) const MESSAGES_NEWEST_FIRST: &str = concat!(message_rows!(), " ORDER BY m.id DESC");
pub(crate) const MESSAGE_BY_ID: &str = concat!(message_rows!(), " WHERE m.id = $1");

/// Text from outside as the audit log keeps it: PostgreSQL's text cannot hold NUL (SQLite's can; the two must
/// answer alike), and no control character belongs in a log line. Each becomes U+FFFD.
pub(crate) fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(char::is_control) {
        text.chars().map(|c| if c.is_control() { '\u{FFFD}' } else { c }).collect::<String>().into()
    } else {
        text.into()
    }
}

/// Implements `Database` for a backend type with a `pool` field holding an sqlx pool, whose connections are
/// `$conn`. The backend supplies `store_submission`, which may batch, `lookup_token` and `send_practice_rows`.
macro_rules! database_impl {
    ($backend:ty, $conn:ty) => {
        const _: () = {
            use async_trait::async_trait;
            use sqlx::{query, Row};

            use $crate::db::{
                parse_level, CcgCounts, Database, DbError, NewSubmission, Practice, PracticeLevel, PracticeRow, Redeemed, Stored, StoredSubmission, User,
                UserRole, Window,
            };

            #[async_trait]
            impl Database for $backend {
                async fn upsert_practices(&self, practices: &[Practice], ccg_names: &[(String, String)]) -> Result<(), DbError> {
                    let mut tx = self.pool.begin().await?;
                    for (code, name) in ccg_names {
                        query("INSERT INTO ccgs (code, name) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET name = excluded.name")
                            .bind(code)
                            .bind(name)
                            .execute(&mut *tx)
                            .await?;
                    }
                    for practice in practices {
                        query(
                            "INSERT INTO practices (ods_code, name, ccg_code) VALUES ($1, $2, $3)
                             ON CONFLICT (ods_code) DO UPDATE SET name = $2, ccg_code = $3",
                        )
                        .bind(&practice.ods_code)
                        .bind(&practice.name)
                        .bind(&practice.ccg_code)
                        .execute(&mut *tx)
                        .await?;
                    }
                    tx.commit().await?;
                    Ok(())
                }

                async fn practice(&self, ods_code: &str) -> Result<Option<Practice>, DbError> {
                    // No key holds a NUL, and PostgreSQL refuses one in a parameter: such a key finds nothing.
                    if ods_code.contains('\0') {
                        return Ok(None);
                    }
                    let row = query("SELECT ods_code, name, ccg_code FROM practices WHERE ods_code = $1")
                        .bind(ods_code)
                        .fetch_optional(&self.pool)
                        .await?;
                    Ok(row.map(|row| Practice { ods_code: row.get(0), name: row.get(1), ccg_code: row.get(2) }))
                }

                async fn redeem_enrolment_code(
                    &self,
                    code_hash: &str,
                    ods_code: &str,
                    token_hash: &str,
                    now: i64,
                ) -> Result<Redeemed, DbError> {
                    let mut tx = self.pool.begin().await?;
                    let row = query("SELECT expires_at, used_at, revoked_at FROM enrolment_codes WHERE code_hash = $1 AND ods_code = $2")
                        .bind(code_hash)
                        .bind(ods_code)
                        .fetch_optional(&mut *tx)
                        .await?;
                    let outcome = match row {
                        None => Redeemed::Unknown,
                        Some(row) if row.get::<Option<i64>, _>(1).is_some() => Redeemed::Used,
                        // A revoked code is no code: the practice asks for a new one.
                        Some(row) if row.get::<Option<i64>, _>(2).is_some() => Redeemed::Unknown,
                        Some(row) if row.get::<i64, _>(0) <= now => Redeemed::Expired,
                        Some(_) => {
                            // Only one of two racing redemptions can flip used_at from NULL.
                            let used = query("UPDATE enrolment_codes SET used_at = $1 WHERE code_hash = $2 AND used_at IS NULL AND revoked_at IS NULL")
                                .bind(now)
                                .bind(code_hash)
                                .execute(&mut *tx)
                                .await?;
                            if used.rows_affected() == 1 {
                                // Enrolling again (a new PC, a lost token) ends the tokens issued before.
                                query("UPDATE tokens SET revoked_at = $1 WHERE ods_code = $2 AND revoked_at IS NULL")
                                    .bind(now)
                                    .bind(ods_code)
                                    .execute(&mut *tx)
                                    .await?;
                                query("INSERT INTO tokens (token_hash, ods_code, created_at) VALUES ($1, $2, $3)")
                                    .bind(token_hash)
                                    .bind(ods_code)
                                    .bind(now)
                                    .execute(&mut *tx)
                                    .await?;
                                Redeemed::Token
                            } else {
                                Redeemed::Used
                            }
                        }
                    };
                    tx.commit().await?;
                    Ok(outcome)
                }

                async fn add_enrolment_codes(&self, codes: &[$crate::db::NewCode]) -> Result<(), DbError> {
                    let mut tx = self.pool.begin().await?;
                    for code in codes {
                        query("INSERT INTO enrolment_codes (code_hash, ods_code, expires_at, issued_at, issued_by) VALUES ($1, $2, $3, $4, $5)")
                            .bind(&code.code_hash)
                            .bind(&code.ods_code)
                            .bind(code.expires_at)
                            .bind(code.issued_at)
                            .bind($crate::db::queries::printable(&code.issued_by))
                            .execute(&mut *tx)
                            .await?;
                    }
                    tx.commit().await?;
                    Ok(())
                }

                async fn enrolment_codes_of(&self, ccg_code: &str) -> Result<Vec<$crate::db::IssuedCode>, DbError> {
                    if ccg_code.contains('\0') {
                        return Ok(Vec::new());
                    }
                    let rows = query(
                        "SELECT c.code_hash, c.ods_code, p.name, p.ccg_code, c.issued_at, c.issued_by, c.expires_at, c.used_at, c.revoked_at
                         FROM enrolment_codes c JOIN practices p ON p.ods_code = c.ods_code
                         WHERE p.ccg_code = $1 ORDER BY p.ods_code, c.expires_at DESC, c.code_hash",
                    )
                        .bind(ccg_code)
                        .fetch_all(&self.pool)
                        .await?;
                    Ok(rows.iter().map(issued_code).collect())
                }

                async fn enrolment_code(&self, code_hash: &str) -> Result<Option<$crate::db::IssuedCode>, DbError> {
                    if code_hash.contains('\0') {
                        return Ok(None);
                    }
                    let row = query(
                        "SELECT c.code_hash, c.ods_code, p.name, p.ccg_code, c.issued_at, c.issued_by, c.expires_at, c.used_at, c.revoked_at
                         FROM enrolment_codes c JOIN practices p ON p.ods_code = c.ods_code
                         WHERE c.code_hash = $1",
                    )
                        .bind(code_hash)
                        .fetch_optional(&self.pool)
                        .await?;
                    Ok(row.as_ref().map(issued_code))
                }

                async fn revoke_enrolment_code(&self, code_hash: &str, now: i64) -> Result<bool, DbError> {
                    if code_hash.contains('\0') {
                        return Ok(false);
                    }
                    let done = query(
                        "UPDATE enrolment_codes SET revoked_at = $1
                         WHERE code_hash = $2 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $1",
                    )
                    .bind(now)
                    .bind(code_hash)
                    .execute(&self.pool)
                    .await?;
                    Ok(done.rows_affected() == 1)
                }

                async fn set_user_issue_codes(&self, email: &str, allowed: bool) -> Result<bool, DbError> {
                    if email.contains('\0') {
                        return Ok(false);
                    }
                    let changed = query("UPDATE users SET can_issue_codes = $1 WHERE email = $2")
                        .bind(allowed)
                        .bind(email)
                        .execute(&self.pool)
                        .await?
                        .rows_affected();
                    Ok(changed == 1)
                }

                async fn token_practice(&self, token_hash: &str) -> Result<Option<String>, DbError> {
                    self.lookup_token(token_hash).await
                }

                async fn revoke_tokens(&self, ods_code: &str, now: i64) -> Result<u64, DbError> {
                    let done = query("UPDATE tokens SET revoked_at = $1 WHERE ods_code = $2 AND revoked_at IS NULL")
                        .bind(now)
                        .bind(ods_code)
                        .execute(&self.pool)
                        .await?;
                    Ok(done.rows_affected())
                }

                async fn insert_submission(&self, submission: NewSubmission<'_>) -> Result<Stored, DbError> {
                    self.store_submission(submission).await
                }

                async fn submission_count(&self) -> Result<i64, DbError> {
                    Ok(query("SELECT count(*) FROM submissions").fetch_one(&self.pool).await?.get(0))
                }

                async fn set_window(&self, window: &Window, objection_types: Option<$crate::db::ObjectionTypes>, at: &str, actor: &str) -> Result<$crate::db::ObjectionTypes, DbError> {
                    let mut tx = self.pool.begin().await?;
                    let old = query("SELECT start, weeks, first_extract FROM windows WHERE ccg_code = $1")
                        .bind(&window.ccg_code)
                        .fetch_optional(&mut *tx)
                        .await?;
                    let old = old.map(|row| $crate::db::WindowDates { start: row.get(0), weeks: row.get(1), first_extract: row.get(2) });
                    query(
                        "INSERT INTO windows (ccg_code, start, weeks, first_extract, checklist_version, changed_at, changed_by)
                         VALUES ($1, $2, $3, $4, $5, $6, $7)
                         ON CONFLICT (ccg_code) DO UPDATE SET start = $2, weeks = $3, first_extract = $4, checklist_version = $5,
                             changed_at = $6, changed_by = $7",
                    )
                    .bind(&window.ccg_code)
                    .bind(&window.start)
                    .bind(window.weeks)
                    .bind(&window.first_extract)
                    .bind(window.checklist_version)
                    .bind(at)
                    .bind($crate::db::queries::printable(actor))
                    .execute(&mut *tx)
                    .await?;
                    let new = $crate::db::WindowDates::from(window);
                    query($crate::db::queries::INSERT_WINDOW_HISTORY)
                        .bind(at)
                        .bind($crate::db::queries::printable(actor))
                        .bind(&window.ccg_code)
                        .bind(None::<String>)
                        .bind(old.as_ref().map(|o| o.start.clone()))
                        .bind(old.as_ref().map(|o| o.weeks))
                        .bind(old.as_ref().map(|o| o.first_extract.clone()))
                        .bind(Some(new.start))
                        .bind(Some(new.weeks))
                        .bind(Some(new.first_extract))
                        .execute(&mut *tx)
                        .await?;
                    if let Some(types) = objection_types {
                        query("UPDATE windows SET objection_types = $1 WHERE ccg_code = $2")
                            .bind(types.to_string())
                            .bind(&window.ccg_code)
                            .execute(&mut *tx)
                            .await?;
                    }
                    let stored: String = query("SELECT objection_types FROM windows WHERE ccg_code = $1")
                        .bind(&window.ccg_code)
                        .fetch_one(&mut *tx)
                        .await?
                        .get(0);
                    tx.commit().await?;
                    Ok(stored.parse()?)
                }

                async fn window(&self, ccg_code: &str) -> Result<Option<Window>, DbError> {
                    let row =
                        query("SELECT ccg_code, start, weeks, first_extract, checklist_version FROM windows WHERE ccg_code = $1")
                            .bind(ccg_code)
                            .fetch_optional(&self.pool)
                            .await?;
                    Ok(row.map(|row| Window {
                        ccg_code: row.get(0),
                        start: row.get(1),
                        weeks: row.get(2),
                        first_extract: row.get(3),
                        checklist_version: row.get(4),
                    }))
                }

                async fn objection_types(&self, ccg_code: &str) -> Result<$crate::db::ObjectionTypes, DbError> {
                    if ccg_code.contains('\0') {
                        return Ok(Default::default());
                    }
                    let row = query("SELECT objection_types FROM windows WHERE ccg_code = $1")
                        .bind(ccg_code)
                        .fetch_optional(&self.pool)
                        .await?;
                    match row {
                        Some(row) => Ok(row.get::<String, _>(0).parse()?),
                        None => Ok(Default::default()),
                    }
                }

                async fn audit(&self, at: &str, actor: &str, action: &str, detail: &str) -> Result<(), DbError> {
                    query("INSERT INTO audit_log (at, actor, action, detail) VALUES ($1, $2, $3, $4)")
                        .bind(at)
                        .bind($crate::db::queries::printable(actor))
                        .bind(action)
                        .bind($crate::db::queries::printable(detail))
                        .execute(&self.pool)
                        .await?;
                    Ok(())
                }
                async fn add_user(&self, email: &str, password_hash: &str, role: UserRole, ccg_codes: &[String]) -> Result<(), DbError> {
                    query(
                        "INSERT INTO users (email, password_hash, role, ccg_codes) VALUES ($1, $2, $3, $4)
                         ON CONFLICT (email) DO UPDATE SET password_hash = $2, role = $3, ccg_codes = $4",
                    )
                    .bind(email)
                    .bind(password_hash)
                    .bind(role.as_str())
                    .bind(ccg_codes.join(","))
                    .execute(&self.pool)
                    .await?;
                    Ok(())
                }

                async fn user_by_email(&self, email: &str) -> Result<Option<User>, DbError> {
                    if email.contains('\0') {
                        return Ok(None);
                    }
                    let row = query("SELECT id, email, password_hash, role, ccg_codes, disabled_at IS NOT NULL, can_issue_codes FROM users WHERE email = $1")
                        .bind(email)
                        .fetch_optional(&self.pool)
                        .await?;
                    row.map(|row| user(&row, 0)).transpose()
                }

                async fn create_session(&self, token_hash: &str, user_id: i64, csrf_token: &str, expires_at: i64) -> Result<(), DbError> {
                    query("INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)")
                        .bind(token_hash)
                        .bind(user_id)
                        .bind(csrf_token)
                        .bind(expires_at)
                        .execute(&self.pool)
                        .await?;
                    Ok(())
                }

                async fn session(&self, token_hash: &str, now: i64) -> Result<Option<(User, String)>, DbError> {
                    let row = query(
                        "SELECT u.id, u.email, u.password_hash, u.role, u.ccg_codes, u.disabled_at IS NOT NULL, u.can_issue_codes, s.csrf_token
                         FROM sessions s JOIN users u ON u.id = s.user_id
                         WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL",
                    )
                    .bind(token_hash)
                    .bind(now)
                    .fetch_optional(&self.pool)
                    .await?;
                    row.map(|row| Ok((user(&row, 0)?, row.get(7)))).transpose()
                }

                async fn delete_session(&self, token_hash: &str) -> Result<(), DbError> {
                    query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(&self.pool).await?;
                    Ok(())
                }

                async fn reserve_attempt(&self, keys: &[$crate::db::AttemptKey], now: i64, window: i64) -> Result<bool, DbError> {
                    let mut tx = self.pool.begin().await?;
                    // The keys are always taken in the caller's order (address first), so racing transactions lock
                    // rows in one order and never deadlock.
                    for key in keys {
                        let counted = query(
                            "INSERT INTO attempt_failures (key, since, failures) VALUES ($1, $2, 1)
                             ON CONFLICT (key) DO UPDATE SET
                                 failures = CASE WHEN attempt_failures.since <= $3 THEN 1 ELSE attempt_failures.failures + 1 END,
                                 since = CASE WHEN attempt_failures.since <= $3 THEN $2 ELSE attempt_failures.since END
                             WHERE attempt_failures.since <= $3 OR attempt_failures.failures < $4",
                        )
                        .bind(&key.key)
                        .bind(now)
                        .bind(now - window)
                        .bind(key.limit)
                        .execute(&mut *tx)
                        .await?;
                        if counted.rows_affected() == 0 {
                            tx.rollback().await?;
                            return Ok(false);
                        }
                    }
                    tx.commit().await?;
                    Ok(true)
                }

                async fn attempt_succeeded(&self, cleared: &[String], taken_back: &[String], known: Option<&str>, now: i64) -> Result<(), DbError> {
                    let mut tx = self.pool.begin().await?;
                    for key in taken_back {
                        query("UPDATE attempt_failures SET failures = failures - 1 WHERE key = $1 AND failures > 0")
                            .bind(key)
                            .execute(&mut *tx)
                            .await?;
                    }
                    for key in cleared {
                        query("DELETE FROM attempt_failures WHERE key = $1").bind(key).execute(&mut *tx).await?;
                    }
                    if let Some(known) = known {
                        query("INSERT INTO known_sign_ins (key, at) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET at = excluded.at")
                            .bind(known)
                            .bind(now)
                            .execute(&mut *tx)
                            .await?;
                    }
                    tx.commit().await?;
                    Ok(())
                }

                async fn known_sign_in(&self, key: &str) -> Result<bool, DbError> {
                    let row = query("SELECT 1 FROM known_sign_ins WHERE key = $1").bind(key).fetch_optional(&self.pool).await?;
                    Ok(row.is_some())
                }

                async fn sweep_attempts(&self, failures_before: i64, known_before: i64) -> Result<(), DbError> {
                    let mut tx = self.pool.begin().await?;
                    query("DELETE FROM attempt_failures WHERE since <= $1").bind(failures_before).execute(&mut *tx).await?;
                    query("DELETE FROM known_sign_ins WHERE at <= $1").bind(known_before).execute(&mut *tx).await?;
                    tx.commit().await?;
                    Ok(())
                }

                async fn attempt_keys(&self) -> Result<i64, DbError> {
                    Ok(query("SELECT count(*) FROM attempt_failures").fetch_one(&self.pool).await?.get(0))
                }


                async fn ccg_codes(&self) -> Result<Vec<String>, DbError> {
                    let rows = query("SELECT DISTINCT ccg_code FROM practices ORDER BY ccg_code").fetch_all(&self.pool).await?;
                    Ok(rows.iter().map(|row| row.get(0)).collect())
                }

                async fn practice_rows(&self, ccg_code: Option<&str>) -> Result<Vec<PracticeRow>, DbError> {
                    // No CCG code holds a NUL, and PostgreSQL refuses one in a parameter: such a code has no practices.
                    if ccg_code.is_some_and(|ccg| ccg.contains('\0')) {
                        return Ok(Vec::new());
                    }
                    let sql = format!(
                        "{} FROM practices p LEFT JOIN practice_latest l ON l.ods_code = p.ods_code
                         LEFT JOIN practice_contact c ON c.ods_code = p.ods_code
                         WHERE $1 = '' OR p.ccg_code = $1
                         ORDER BY p.ods_code",
                        $crate::db::queries::PRACTICE_COLUMNS
                    );
                    // No CCG code is empty: the empty text asks for every practice.
                    let (batches, received) = tokio::sync::mpsc::channel($crate::db::BATCHES_IN_FLIGHT);
                    let params = vec![ccg_code.unwrap_or("").to_owned()];
                    $crate::db::queries::gathered(self.send_practice_rows(sql, params, batches), received).await
                }

                async fn count_practices(&self, filter: &$crate::db::PracticeFilter<'_>) -> Result<i64, DbError> {
                    if filter_holds_nul(filter) {
                        return Ok(0);
                    }
                    let (from, params, _) =
                        $crate::db::queries::practice_filter_sql(filter, Self::CCG_IN, Self::BYTE_ORDER);
                    let sql = format!("SELECT CAST(count(*) AS BIGINT) {from}");
                    // Built from the fragments above alone: every value is bound, none written in.
                    let mut counted = query(sqlx::AssertSqlSafe(sql));
                    for param in params {
                        counted = counted.bind(param);
                    }
                    Ok(counted.fetch_one(&self.pool).await?.get(0))
                }

                async fn practice_page(
                    &self,
                    filter: &$crate::db::PracticeFilter<'_>,
                    offset: i64,
                    limit: i64,
                ) -> Result<Vec<PracticeRow>, DbError> {
                    if filter_holds_nul(filter) {
                        return Ok(Vec::new());
                    }
                    let (from, params, order) =
                        $crate::db::queries::practice_filter_sql(filter, Self::CCG_IN, Self::BYTE_ORDER);
                    // The page is chosen by sorting codes alone; only its rows are read whole. Built from the
                    // fragments above and whole numbers alone: every text is bound.
                    let sql = format!(
                        "{} {} WHERE p.ods_code IN (SELECT p.ods_code {from} ORDER BY {order}
                             LIMIT {limit} OFFSET {offset}) ORDER BY {order}",
                        $crate::db::queries::PRACTICE_COLUMNS,
                        $crate::db::queries::PRACTICE_TABLES
                    );
                    let (batches, received) = tokio::sync::mpsc::channel($crate::db::BATCHES_IN_FLIGHT);
                    $crate::db::queries::gathered(self.send_practice_rows(sql, params, batches), received).await
                }

                async fn send_practices(
                    &self,
                    filter: &$crate::db::PracticeFilter<'_>,
                    batches: tokio::sync::mpsc::Sender<Vec<$crate::db::PracticeLatest>>,
                ) -> Result<usize, DbError> {
                    if filter_holds_nul(filter) {
                        return Ok(0);
                    }
                    let (from, params, order) =
                        $crate::db::queries::practice_filter_sql(filter, Self::CCG_IN, Self::BYTE_ORDER);
                    let sql = format!("{} {from} ORDER BY {order}", $crate::db::queries::PRACTICE_LATEST_COLUMNS);
                    self.send_practice_rows(sql, params, batches).await
                }

                async fn ccg_summaries(&self, stale_before: &str, today: &str) -> Result<Vec<CcgCounts>, DbError> {
                    // A practice's level as it stands today: a task due before today and not done puts a practice
                    // not yet ready at risk. It was last heard from at its newest report or settings pull.
                    let rows = query(
                        // Counted by CCG first, then named: each CCG's name and window are looked up once, not
                        // once a practice.
                        "SELECT s.ccg_code, g.name, s.practices, s.enrolled, s.reported, s.ready, s.on_track,
                                s.at_risk, s.overdue, s.stale, s.type1, s.type2, s.patients, s.forms_received,
                                s.forms_backlog, s.forecast_practices, s.expected_forms, s.forecast_received,
                                s.letters_printed, w.objection_types
                         FROM (SELECT p.ccg_code,
                                CAST(count(*) AS BIGINT) AS practices,
                                CAST(count(e.live) AS BIGINT) AS enrolled,
                                CAST(count(l.ods_code) AS BIGINT) AS reported,
                                CAST(sum(CASE WHEN l.level = 'ready' THEN 1 ELSE 0 END) AS BIGINT) AS ready,
                                CAST(sum(CASE WHEN l.level = 'on-track' AND NOT coalesce(l.next_due < $2, FALSE) THEN 1 ELSE 0 END) AS BIGINT) AS on_track,
                                CAST(sum(CASE WHEN l.level = 'at-risk' OR (l.level <> 'ready' AND l.next_due < $2) THEN 1 ELSE 0 END) AS BIGINT) AS at_risk,
                                CAST(sum(CASE WHEN l.level <> 'ready' AND l.next_due < $2 THEN 1 ELSE 0 END) AS BIGINT) AS overdue,
                                CAST(sum(CASE WHEN e.live IS NOT NULL AND coalesce(CASE WHEN c.last_seen_at > l.received_at OR l.received_at IS NULL THEN c.last_seen_at ELSE l.received_at END, '') < $1 THEN 1 ELSE 0 END) AS BIGINT) AS stale,
                                CAST(coalesce(sum(l.type1_total), 0) AS BIGINT) AS type1,
                                CAST(coalesce(sum(l.type2_total), 0) AS BIGINT) AS type2,
                                CAST(coalesce(sum(l.list_size), 0) AS BIGINT) AS patients,
                                CAST(coalesce(sum(l.forms_received), 0) AS BIGINT) AS forms_received,
                                CAST(coalesce(sum(l.forms_backlog), 0) AS BIGINT) AS forms_backlog,
                                CAST(count(l.expected_forms) AS BIGINT) AS forecast_practices,
                                CAST(coalesce(sum(l.expected_forms), 0) AS BIGINT) AS expected_forms,
                                CAST(coalesce(sum(CASE WHEN l.expected_forms IS NOT NULL THEN l.forms_received ELSE 0 END), 0) AS BIGINT) AS forecast_received,
                                CAST(coalesce(sum(l.letters_printed), 0) AS BIGINT) AS letters_printed
                               FROM practices p
                               LEFT JOIN (SELECT ods_code, 1 AS live FROM tokens WHERE revoked_at IS NULL GROUP BY ods_code) e
                                   ON e.ods_code = p.ods_code
                               LEFT JOIN practice_latest l ON l.ods_code = p.ods_code
                               LEFT JOIN practice_contact c ON c.ods_code = p.ods_code
                               GROUP BY p.ccg_code) s
                         LEFT JOIN windows w ON w.ccg_code = s.ccg_code
                         LEFT JOIN ccgs g ON g.code = s.ccg_code
                         ORDER BY s.ccg_code",
                    )
                    .bind(stale_before)
                    .bind(today)
                    .fetch_all(&self.pool)
                    .await?;
                    rows
                        .iter()
                        .map(|row| Ok(CcgCounts {
                            ccg_code: row.get(0),
                            ccg_name: row.get(1),
                            practices: row.get(2),
                            enrolled: row.get(3),
                            reported: row.get(4),
                            ready: row.get(5),
                            on_track: row.get(6),
                            at_risk: row.get(7),
                            overdue: row.get(8),
                            stale: row.get(9),
                            type1_total: row.get(10),
                            type2_total: row.get(11),
                            patients: row.get(12),
                            forms_received: row.get(13),
                            forms_backlog: row.get(14),
                            forecast_practices: row.get(15),
                            expected_forms: row.get(16),
                            forecast_received: row.get(17),
                            letters_printed: row.get(18),
                            objection_types: row.get::<Option<String>, _>(19).map(|types| types.parse()).transpose()?.unwrap_or_default(),
                        }))
                        .collect()
                }

                async fn latest_level_counts(&self, today: &str) -> Result<Vec<(String, pathfinder_readiness::ReadinessLevel, i64)>, DbError> {
                    if today.contains('\0') {
                        return Ok(Vec::new());
                    }
                    let sql = format!(
                        "SELECT p.ccg_code, {}, CAST(count(*) AS BIGINT) FROM practices p
                         JOIN practice_latest l ON l.ods_code = p.ods_code GROUP BY 1, 2",
                        $crate::db::queries::LEVEL_TODAY.replace("{today}", "$1")
                    );
                    // Built from the constant above alone: the day is bound.
                    let rows = query(sqlx::AssertSqlSafe(sql)).bind(today).fetch_all(&self.pool).await?;
                    rows.iter().map(|row| Ok((row.get(0), parse_level(&row.get::<String, _>(1))?, row.get(2)))).collect()
                }

                async fn tokens_of(&self, ods_code: &str) -> Result<Vec<$crate::db::TokenRow>, DbError> {
                    let rows = query("SELECT created_at, revoked_at FROM tokens WHERE ods_code = $1 ORDER BY created_at")
                        .bind(ods_code)
                        .fetch_all(&self.pool)
                        .await?;
                    Ok(rows.iter().map(|row| $crate::db::TokenRow { created_at: row.get(0), revoked_at: row.get(1) }).collect())
                }

                async fn ccg_reports(&self, ccg_code: &str) -> Result<Vec<$crate::db::CcgReport>, DbError> {
                    if ccg_code.contains('\0') {
                        return Ok(Vec::new());
                    }
                    let rows = query(
                        "SELECT p.ods_code, p.name, p.ccg_code, s.level, s.body FROM practices p
                         LEFT JOIN practice_latest l ON l.ods_code = p.ods_code
                         LEFT JOIN submissions s ON s.ods_code = l.ods_code AND s.received_at = l.received_at
                         WHERE p.ccg_code = $1 ORDER BY p.ods_code",
                    )
                    .bind(ccg_code)
                    .fetch_all(&self.pool)
                    .await?;
                    rows.iter()
                        .map(|row| {
                            Ok($crate::db::CcgReport {
                                practice: Practice { ods_code: row.get(0), name: row.get(1), ccg_code: row.get(2) },
                                level: row.get::<Option<String>, _>(3).map(|level| parse_level(&level)).transpose()?,
                                body: row.get(4),
                            })
                        })
                        .collect()
                }

                async fn record_contact(&self, ods_code: &str, at: &str, not_since: &str) -> Result<(), DbError> {
                    query(
                        "INSERT INTO practice_contact (ods_code, last_seen_at) VALUES ($1, $2)
                         ON CONFLICT (ods_code) DO UPDATE SET last_seen_at = excluded.last_seen_at
                         WHERE practice_contact.last_seen_at < $3",
                    )
                    .bind(ods_code)
                    .bind(at)
                    .bind(not_since)
                    .execute(&self.pool)
                    .await?;
                    Ok(())
                }

                async fn submissions_of(&self, ods_code: &str) -> Result<Vec<StoredSubmission>, DbError> {
                    let rows = query(
                        "SELECT received_at, level, body FROM submissions WHERE ods_code = $1
                         ORDER BY received_at DESC, submission_id DESC",
                    )
                    .bind(ods_code)
                    .fetch_all(&self.pool)
                    .await?;
                    rows.iter()
                        .map(|row| Ok(StoredSubmission { received_at: row.get(0), level: parse_level(row.get(1))?, body: row.get(2) }))
                        .collect()
                }

                async fn users(&self) -> Result<Vec<User>, DbError> {
                    let rows = query(
                        "SELECT id, email, password_hash, role, ccg_codes, disabled_at IS NOT NULL, can_issue_codes FROM users ORDER BY email",
                    )
                    .fetch_all(&self.pool)
                    .await?;
                    rows.iter().map(|row| user(row, 0)).collect()
                }

                async fn insert_user(&self, email: &str, password_hash: &str, role: UserRole, ccg_codes: &[String]) -> Result<(), DbError> {
                    query("INSERT INTO users (email, password_hash, role, ccg_codes) VALUES ($1, $2, $3, $4)")
                        .bind(email)
                        .bind(password_hash)
                        .bind(role.as_str())
                        .bind(ccg_codes.join(","))
                        .execute(&self.pool)
                        .await?;
                    Ok(())
                }

                async fn set_user_disabled(&self, email: &str, disabled_at: Option<i64>) -> Result<bool, DbError> {
                    if email.contains('\0') {
                        return Ok(false);
                    }
                    let mut tx = self.pool.begin().await?;
                    let changed = query("UPDATE users SET disabled_at = $1 WHERE email = $2")
                        .bind(disabled_at)
                        .bind(email)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                    if changed == 1 && disabled_at.is_some() {
                        query("DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = $1)")
                            .bind(email)
                            .execute(&mut *tx)
                            .await?;
                    }
                    tx.commit().await?;
                    Ok(changed == 1)
                }

                async fn set_user_scope(&self, email: &str, role: UserRole, ccg_codes: &[String]) -> Result<bool, DbError> {
                    if email.contains('\0') {
                        return Ok(false);
                    }
                    let changed = query("UPDATE users SET role = $1, ccg_codes = $2 WHERE email = $3")
                        .bind(role.as_str())
                        .bind(ccg_codes.join(","))
                        .bind(email)
                        .execute(&self.pool)
                        .await?
                        .rows_affected();
                    Ok(changed == 1)
                }

                async fn set_user_password(&self, email: &str, password_hash: &str) -> Result<bool, DbError> {
                    if email.contains('\0') {
                        return Ok(false);
                    }
                    let mut tx = self.pool.begin().await?;
                    let changed = query("UPDATE users SET password_hash = $1 WHERE email = $2")
                        .bind(password_hash)
                        .bind(email)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                    if changed == 1 {
                        query("DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = $1)")
                            .bind(email)
                            .execute(&mut *tx)
                            .await?;
                    }
                    tx.commit().await?;
                    Ok(changed == 1)
                }

                async fn sweep_sessions(&self, now: i64) -> Result<u64, DbError> {
                    let swept = query("DELETE FROM sessions WHERE expires_at <= $1").bind(now).execute(&self.pool).await?;
                    Ok(swept.rows_affected())
                }

                async fn windows(&self) -> Result<Vec<$crate::db::CcgWindowRow>, DbError> {
                    let rows = query(
                        "SELECT w.ccg_code, w.start, w.weeks, w.first_extract, w.checklist_version, w.objection_types,
                                w.changed_at, w.changed_by,
                                (SELECT CAST(count(*) AS BIGINT) FROM practices p WHERE p.ccg_code = w.ccg_code),
                                (SELECT CAST(count(*) AS BIGINT) FROM practice_windows o
                                     JOIN practices p ON p.ods_code = o.ods_code WHERE p.ccg_code = w.ccg_code)
                         FROM windows w ORDER BY w.ccg_code",
                    )
                    .fetch_all(&self.pool)
                    .await?;
                    rows.iter()
                        .map(|row| {
                            Ok($crate::db::CcgWindowRow {
                                window: Window {
                                    ccg_code: row.get(0),
                                    start: row.get(1),
                                    weeks: row.get(2),
                                    first_extract: row.get(3),
                                    checklist_version: row.get(4),
                                },
                                objection_types: row.get::<String, _>(5).parse()?,
                                changed_at: row.get(6),
                                changed_by: row.get(7),
                                practices: row.get(8),
                                exceptions: row.get(9),
                            })
                        })
                        .collect()
                }

                async fn practice_windows(&self) -> Result<Vec<$crate::db::PracticeWindowRow>, DbError> {
                    let rows = query(
                        "SELECT p.ods_code, p.name, p.ccg_code, o.start, o.weeks, o.first_extract, o.checklist_version,
                                o.changed_at, o.changed_by
                         FROM practice_windows o JOIN practices p ON p.ods_code = o.ods_code ORDER BY p.ods_code",
                    )
                    .fetch_all(&self.pool)
                    .await?;
                    Ok(rows
                        .iter()
                        .map(|row| $crate::db::PracticeWindowRow {
                            practice: Practice { ods_code: row.get(0), name: row.get(1), ccg_code: row.get(2) },
                            window: Window {
                                ccg_code: row.get(2),
                                start: row.get(3),
                                weeks: row.get(4),
                                first_extract: row.get(5),
                                checklist_version: row.get(6),
                            },
                            changed_at: row.get(7),
                            changed_by: row.get(8),
                        })
                        .collect())
                }

                async fn practice_window(&self, ods_code: &str) -> Result<Option<Window>, DbError> {
                    if ods_code.contains('\0') {
                        return Ok(None);
                    }
                    let row = query(
                        "SELECT p.ccg_code, o.start, o.weeks, o.first_extract, o.checklist_version
                         FROM practice_windows o JOIN practices p ON p.ods_code = o.ods_code WHERE o.ods_code = $1",
                    )
                    .bind(ods_code)
                    .fetch_optional(&self.pool)
                    .await?;
                    Ok(row.map(|row| Window {
                        ccg_code: row.get(0),
                        start: row.get(1),
                        weeks: row.get(2),
                        first_extract: row.get(3),
                        checklist_version: row.get(4),
                    }))
                }

                async fn set_practice_window(&self, ods_code: &str, window: &Window, at: &str, actor: &str) -> Result<(), DbError> {
                    let mut tx = self.pool.begin().await?;
                    let old = query("SELECT start, weeks, first_extract FROM practice_windows WHERE ods_code = $1")
                        .bind(ods_code)
                        .fetch_optional(&mut *tx)
                        .await?;
                    let old = old.map(|row| $crate::db::WindowDates { start: row.get(0), weeks: row.get(1), first_extract: row.get(2) });
                    query(
                        "INSERT INTO practice_windows (ods_code, start, weeks, first_extract, checklist_version, changed_at, changed_by)
                         VALUES ($1, $2, $3, $4, $5, $6, $7)
                         ON CONFLICT (ods_code) DO UPDATE SET start = $2, weeks = $3, first_extract = $4,
                             checklist_version = $5, changed_at = $6, changed_by = $7",
                    )
                    .bind(ods_code)
                    .bind(&window.start)
                    .bind(window.weeks)
                    .bind(&window.first_extract)
                    .bind(window.checklist_version)
                    .bind(at)
                    .bind($crate::db::queries::printable(actor))
                    .execute(&mut *tx)
                    .await?;
                    query($crate::db::queries::INSERT_WINDOW_HISTORY)
                        .bind(at)
                        .bind($crate::db::queries::printable(actor))
                        .bind(&window.ccg_code)
                        .bind(Some(ods_code))
                        .bind(old.as_ref().map(|o| o.start.clone()))
                        .bind(old.as_ref().map(|o| o.weeks))
                        .bind(old.as_ref().map(|o| o.first_extract.clone()))
                        .bind(Some(window.start.clone()))
                        .bind(Some(window.weeks))
                        .bind(Some(window.first_extract.clone()))
                        .execute(&mut *tx)
                        .await?;
                    tx.commit().await?;
                    Ok(())
                }

                async fn clear_practice_window(&self, ods_code: &str, at: &str, actor: &str) -> Result<bool, DbError> {
                    if ods_code.contains('\0') {
                        return Ok(false);
                    }
                    let mut tx = self.pool.begin().await?;
                    let old = query(
                        "SELECT o.start, o.weeks, o.first_extract, p.ccg_code
                         FROM practice_windows o JOIN practices p ON p.ods_code = o.ods_code WHERE o.ods_code = $1",
                    )
                    .bind(ods_code)
                    .fetch_optional(&mut *tx)
                    .await?;
                    let Some(old) = old else {
                        tx.rollback().await?;
                        return Ok(false);
                    };
                    query("DELETE FROM practice_windows WHERE ods_code = $1").bind(ods_code).execute(&mut *tx).await?;
                    query($crate::db::queries::INSERT_WINDOW_HISTORY)
                        .bind(at)
                        .bind($crate::db::queries::printable(actor))
                        .bind(old.get::<String, _>(3))
                        .bind(Some(ods_code))
                        .bind(Some(old.get::<String, _>(0)))
                        .bind(Some(old.get::<i64, _>(1)))
                        .bind(Some(old.get::<String, _>(2)))
                        .bind(None::<String>)
                        .bind(None::<i64>)
                        .bind(None::<String>)
                        .execute(&mut *tx)
                        .await?;
                    tx.commit().await?;
                    Ok(true)
                }

                async fn window_history(&self) -> Result<Vec<$crate::db::WindowChange>, DbError> {
                    let rows = query(
                        "SELECT at, actor, ccg_code, ods_code, old_start, old_weeks, old_first_extract, new_start, new_weeks,
                                new_first_extract
                         FROM window_history ORDER BY id DESC",
                    )
                    .fetch_all(&self.pool)
                    .await?;
                    let dates = |start: Option<String>, weeks: Option<i64>, first_extract: Option<String>| {
                        Some($crate::db::WindowDates { start: start?, weeks: weeks?, first_extract: first_extract? })
                    };
                    Ok(rows
                        .iter()
                        .map(|row| $crate::db::WindowChange {
                            at: row.get(0),
                            actor: row.get(1),
                            ccg_code: row.get(2),
                            ods_code: row.get(3),
                            old: dates(row.get(4), row.get(5), row.get(6)),
                            new: dates(row.get(7), row.get(8), row.get(9)),
                        })
                        .collect())
                }

                async fn window_reach(&self, ccg_code: &str) -> Result<$crate::db::WindowReach, DbError> {
                    let row = query(
                        "SELECT CAST(count(*) AS BIGINT), CAST(count(o.ods_code) AS BIGINT)
                         FROM practices p LEFT JOIN practice_windows o ON o.ods_code = p.ods_code WHERE p.ccg_code = $1",
                    )
                    .bind(ccg_code)
                    .fetch_one(&self.pool)
                    .await?;
                    Ok($crate::db::WindowReach { practices: row.get(0), exceptions: row.get(1) })
                }

                async fn publish_message(&self, message: &$crate::db::NewMessage) -> Result<i64, DbError> {
                    let row = query(
                        "INSERT INTO messages (ccg_code, title, body, published_at, published_by)
                         VALUES ($1, $2, $3, $4, $5) RETURNING id",
                    )
                    .bind(&message.ccg_code)
                    .bind(&message.title)
                    .bind(&message.body)
                    .bind(&message.published_at)
                    .bind($crate::db::queries::printable(&message.published_by))
                    .fetch_one(&self.pool)
                    .await?;
                    Ok(row.get(0))
                }

                async fn messages(&self) -> Result<Vec<$crate::db::MessageRow>, DbError> {
                    let rows = query($crate::db::queries::MESSAGES_NEWEST_FIRST).fetch_all(&self.pool).await?;
                    Ok(rows.iter().map(message_row).collect())
                }

                async fn message(&self, id: i64) -> Result<Option<$crate::db::MessageRow>, DbError> {
                    let row = query($crate::db::queries::MESSAGE_BY_ID).bind(id).fetch_optional(&self.pool).await?;
                    Ok(row.as_ref().map(message_row))
                }

                async fn message_readers(&self, id: i64) -> Result<Vec<$crate::db::MessageReader>, DbError> {
                    let rows = query(
                        "SELECT p.ods_code, p.name, p.ccg_code, a.acknowledged_at
                         FROM messages m JOIN practices p ON p.ccg_code = m.ccg_code
                         LEFT JOIN message_acknowledgements a ON a.message_id = m.id AND a.ods_code = p.ods_code
                         WHERE m.id = $1 ORDER BY p.ods_code",
                    )
                    .bind(id)
                    .fetch_all(&self.pool)
                    .await?;
                    Ok(rows
                        .iter()
                        .map(|row| $crate::db::MessageReader {
                            practice: Practice { ods_code: row.get(0), name: row.get(1), ccg_code: row.get(2) },
                            acknowledged_at: row.get(3),
                        })
                        .collect())
                }

                async fn withdraw_message(&self, id: i64, at: &str, actor: &str) -> Result<bool, DbError> {
                    let done = query("UPDATE messages SET withdrawn_at = $1, withdrawn_by = $2 WHERE id = $3 AND withdrawn_at IS NULL")
                        .bind(at)
                        .bind($crate::db::queries::printable(actor))
                        .bind(id)
                        .execute(&self.pool)
                        .await?;
                    Ok(done.rows_affected() == 1)
                }

                async fn messages_for(&self, ods_code: &str) -> Result<Vec<pathfinder_protocol::PracticeMessage>, DbError> {
                    let rows = query(
                        "SELECT m.id, m.title, m.body, m.published_at
                         FROM messages m JOIN practices p ON p.ccg_code = m.ccg_code
                         WHERE p.ods_code = $1 AND m.withdrawn_at IS NULL
                             AND NOT EXISTS (SELECT 1 FROM message_acknowledgements a
                                             WHERE a.message_id = m.id AND a.ods_code = p.ods_code)
                         ORDER BY m.id",
                    )
                    .bind(ods_code)
                    .fetch_all(&self.pool)
                    .await?;
                    Ok(rows
                        .iter()
                        .map(|row| pathfinder_protocol::PracticeMessage {
                            id: row.get(0),
                            title: row.get(1),
                            body: row.get(2),
                            published_at: row.get(3),
                        })
                        .collect())
                }

                async fn acknowledge_message(&self, id: i64, ods_code: &str, at: &str) -> Result<Option<String>, DbError> {
                    let mut tx = self.pool.begin().await?;
                    let mine = query(
                        "SELECT m.id FROM messages m JOIN practices p ON p.ccg_code = m.ccg_code
                         WHERE m.id = $1 AND p.ods_code = $2",
                    )
                    .bind(id)
                    .bind(ods_code)
                    .fetch_optional(&mut *tx)
                    .await?;
                    if mine.is_none() {
                        tx.rollback().await?;
                        return Ok(None);
                    }
                    query(
                        "INSERT INTO message_acknowledgements (message_id, ods_code, acknowledged_at) VALUES ($1, $2, $3)
                         ON CONFLICT (message_id, ods_code) DO NOTHING",
                    )
                    .bind(id)
                    .bind(ods_code)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?;
                    let first = query("SELECT acknowledged_at FROM message_acknowledgements WHERE message_id = $1 AND ods_code = $2")
                        .bind(id)
                        .bind(ods_code)
                        .fetch_one(&mut *tx)
                        .await?;
                    tx.commit().await?;
                    Ok(Some(first.get(0)))
                }

                async fn set_email_choices(&self, email: &str, digest: Option<bool>, alerts: Option<bool>) -> Result<bool, DbError> {
                    if email.contains('\0') {
                        return Ok(false);
                    }
                    let changed = query(
                        "UPDATE users SET email_digest = coalesce($1, email_digest), email_alerts = coalesce($2, email_alerts)
                         WHERE email = $3",
                    )
                    .bind(digest)
                    .bind(alerts)
                    .bind(email)
                    .execute(&self.pool)
                    .await?
                    .rows_affected();
                    Ok(changed == 1)
                }

                async fn mail_recipients(&self) -> Result<Vec<$crate::db::Recipient>, DbError> {
                    let rows = query(
                        "SELECT id, email, role, ccg_codes, email_digest, email_alerts FROM users
                         WHERE disabled_at IS NULL ORDER BY email",
                    )
                    .fetch_all(&self.pool)
                    .await?;
                    rows.iter()
                        .map(|row| {
                            let codes: String = row.get(3);
                            Ok($crate::db::Recipient::new(
                                row.get(0),
                                row.get(1),
                                row.get::<String, _>(2).parse()?,
                                codes.split(',').filter(|c| !c.is_empty()).map(str::to_owned).collect(),
                                row.get(4),
                                row.get(5),
                            ))
                        })
                        .collect()
                }

                async fn claim_digest(&self, day: &str, user_id: i64, at: &str) -> Result<Option<Option<String>>, DbError> {
                    let mut tx = self.pool.begin().await?;
                    // The insert first: it takes the write lock (SQLite) or the key (PostgreSQL), so of two hubs
                    // claiming at once one inserts and the other, waiting, inserts nothing.
                    let claimed = query(
                        "INSERT INTO digests_sent (day, user_id, sent_at) VALUES ($1, $2, $3) ON CONFLICT (day, user_id) DO NOTHING",
                    )
                    .bind(day)
                    .bind(user_id)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if claimed == 0 {
                        tx.rollback().await?;
                        return Ok(None);
                    }
                    let before: Option<String> = query("SELECT max(day) FROM digests_sent WHERE user_id = $1 AND day < $2")
                        .bind(user_id)
                        .bind(day)
                        .fetch_one(&mut *tx)
                        .await?
                        .get(0);
                    tx.commit().await?;
                    Ok(Some(before))
                }

                async fn release_digest(&self, day: &str, user_id: i64) -> Result<(), DbError> {
                    query("DELETE FROM digests_sent WHERE day = $1 AND user_id = $2")
                        .bind(day)
                        .bind(user_id)
                        .execute(&self.pool)
                        .await?;
                    Ok(())
                }

                async fn practice_levels_on(&self, day: &str) -> Result<Vec<(String, PracticeLevel)>, DbError> {
                    let rows = query(
                        // Each practice's last row on or before the day: one step back along the primary key each
                        // (a join on the newest day would have SQLite read every practice's whole year).
                        "SELECT ccg_code, level, next_due, ods_code FROM (
                             SELECT p.ccg_code, p.ods_code,
                                    (SELECT h.level FROM readiness_history h WHERE h.ods_code = p.ods_code AND h.day <= $1
                                     ORDER BY h.day DESC LIMIT 1) AS level,
                                    (SELECT h.next_due FROM readiness_history h WHERE h.ods_code = p.ods_code AND h.day <= $1
                                     ORDER BY h.day DESC LIMIT 1) AS next_due
                             FROM practices p) d
                         WHERE level IS NOT NULL",
                    )
                    .bind(day)
                    .fetch_all(&self.pool)
                    .await?;
                    rows.iter().map(|row| Ok((row.get(3), practice_level(row)?))).collect()
                }

                async fn practice_latest_level(&self, ods_code: &str) -> Result<Option<PracticeLevel>, DbError> {
                    if ods_code.contains('\0') {
                        return Ok(None);
                    }
                    let row = query(
                        "SELECT p.ccg_code, l.level, l.next_due FROM practices p
                         JOIN practice_latest l ON l.ods_code = p.ods_code WHERE p.ods_code = $1",
                    )
                    .bind(ods_code)
                    .fetch_optional(&self.pool)
                    .await?;
                    row.as_ref().map(practice_level).transpose()
                }
            }

            /// PostgreSQL refuses a NUL in a parameter, and no code or level holds one: such a filter matches nothing.
            fn filter_holds_nul(filter: &$crate::db::PracticeFilter<'_>) -> bool {
                [filter.ccg, filter.level, filter.today].iter().any(|text| text.contains('\0'))
            }

            fn practice_level<R: Row>(row: &R) -> Result<$crate::db::PracticeLevel, DbError>
            where
                String: sqlx::Type<R::Database> + for<'r> sqlx::Decode<'r, R::Database>,
                Option<String>: sqlx::Type<R::Database> + for<'r> sqlx::Decode<'r, R::Database>,
                usize: sqlx::ColumnIndex<R>,
            {
                Ok($crate::db::PracticeLevel {
                    ccg_code: row.get(0),
                    level: parse_level(&row.get::<String, _>(1))?,
                    next_due: $crate::db::parse_day(row.get(2))?,
                })
            }

            fn user<R: Row>(row: &R, at: usize) -> Result<User, DbError>
            where
                i64: sqlx::Type<R::Database> + for<'r> sqlx::Decode<'r, R::Database>,
                String: sqlx::Type<R::Database> + for<'r> sqlx::Decode<'r, R::Database>,
                bool: sqlx::Type<R::Database> + for<'r> sqlx::Decode<'r, R::Database>,
                usize: sqlx::ColumnIndex<R>,
            {
                let codes: String = row.get(at + 4);
                Ok(User {
                    id: row.get(at),
                    email: row.get(at + 1),
                    password_hash: row.get(at + 2),
                    role: row.get::<String, _>(at + 3).parse()?,
                    ccg_codes: codes.split(',').filter(|c| !c.is_empty()).map(str::to_owned).collect(),
                    disabled: row.get(at + 5),
                    can_issue_codes: row.get(at + 6),
                })
            }

            fn message_row<R: Row>(row: &R) -> $crate::db::MessageRow
            where
                i64: sqlx::Type<R::Database> + for<'r> sqlx::Decode<'r, R::Database>,
                String: sqlx::Type<R::Database> + for<'r> sqlx::Decode<'r, R::Database>,
                Option<String>: sqlx::Type<R::Database> + for<'r> sqlx::Decode<'r, R::Database>,
                usize: sqlx::ColumnIndex<R>,
            {
                $crate::db::MessageRow {
                    id: row.get(0),
                    ccg_code: row.get(1),
                    title: row.get(2),
                    body: row.get(3),
                    published_at: row.get(4),
                    published_by: row.get(5),
                    withdrawn_at: row.get(6),
                    withdrawn_by: row.get(7),
                    practices: row.get(8),
                    acknowledged: row.get(9),
                }
            }

            fn issued_code<R: Row>(row: &R) -> $crate::db::IssuedCode
            where
                i64: sqlx::Type<R::Database> + for<'r> sqlx::Decode<'r, R::Database>,
                String: sqlx::Type<R::Database> + for<'r> sqlx::Decode<'r, R::Database>,
                usize: sqlx::ColumnIndex<R>,
            {
                $crate::db::IssuedCode {
                    code_hash: row.get(0),
                    ods_code: row.get(1),
                    practice_name: row.get(2),
                    ccg_code: row.get(3),
                    issued_at: row.get(4),
                    issued_by: row.get(5),
                    expires_at: row.get(6),
                    used_at: row.get(7),
                    revoked_at: row.get(8),
                }
            }
        };
    };
}

pub(crate) use database_impl;
