//! The queries, written once for both backends: `$1`-style parameters are positional in PostgreSQL and, bound
//! in order, in SQLite too. Each backend supplies its pool and its migrations.

// Storing a submission: the row, the practice's newest in brief, and its readiness for the day. SQLite's writer
// runs these on its own connection; PostgreSQL through the macro below.
pub(crate) const INSERT_SUBMISSION: &str =
    "INSERT INTO submissions (submission_id, ods_code, receipt_id, received_at, body, level)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (submission_id) DO NOTHING";
pub(crate) const UPSERT_LATEST: &str = "INSERT INTO practice_latest (ods_code, received_at, level, list_size,
         type1_total, type2_total, type1_new, type2_new, forms_received, forms_coded, forms_queried, forms_backlog,
         expected_forms, submissions)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 1)
     ON CONFLICT (ods_code) DO UPDATE SET
         received_at = excluded.received_at, level = excluded.level, list_size = excluded.list_size,
         type1_total = excluded.type1_total, type2_total = excluded.type2_total,
         type1_new = excluded.type1_new, type2_new = excluded.type2_new,
         forms_received = excluded.forms_received, forms_coded = excluded.forms_coded,
         forms_queried = excluded.forms_queried, forms_backlog = excluded.forms_backlog,
         expected_forms = excluded.expected_forms,
         submissions = practice_latest.submissions + 1";
pub(crate) const UPSERT_HISTORY: &str = "INSERT INTO readiness_history (ods_code, day, level) VALUES ($1, $2, $3)
     ON CONFLICT (ods_code, day) DO UPDATE SET level = excluded.level";
/// Every practice request asks this first.
pub(crate) const TOKEN_PRACTICE: &str = "SELECT ods_code FROM tokens WHERE token_hash = $1 AND revoked_at IS NULL";
pub(crate) const FIRST_RECEIPT: &str =
    "SELECT receipt_id, received_at, body, ods_code FROM submissions WHERE submission_id = $1";

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
/// `$conn`. The backend supplies `store_submission`, which may batch, and `lookup_token`.
macro_rules! database_impl {
    ($backend:ty, $conn:ty) => {
        const _: () = {
            use async_trait::async_trait;
            use sqlx::{query, Row};

            use $crate::db::{
                parse_level, CcgCounts, Database, DbError, Figures, HistoryRow, Latest, NewSubmission, Practice, PracticeRow, Redeemed, Stored, StoredSubmission, User,
                UserRole, Window,
            };

            #[async_trait]
            impl Database for $backend {
                async fn upsert_practices(&self, practices: &[Practice]) -> Result<(), DbError> {
                    let mut tx = self.pool.begin().await?;
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

                async fn add_enrolment_code(&self, code_hash: &str, ods_code: &str, expires_at: i64) -> Result<(), DbError> {
                    query("INSERT INTO enrolment_codes (code_hash, ods_code, expires_at) VALUES ($1, $2, $3)")
                        .bind(code_hash)
                        .bind(ods_code)
                        .bind(expires_at)
                        .execute(&self.pool)
                        .await?;
                    Ok(())
                }

                async fn redeem_enrolment_code(
                    &self,
                    code_hash: &str,
                    ods_code: &str,
                    token_hash: &str,
                    now: i64,
                ) -> Result<Redeemed, DbError> {
                    let mut tx = self.pool.begin().await?;
                    let row = query("SELECT expires_at, used_at FROM enrolment_codes WHERE code_hash = $1 AND ods_code = $2")
                        .bind(code_hash)
                        .bind(ods_code)
                        .fetch_optional(&mut *tx)
                        .await?;
                    let outcome = match row {
                        None => Redeemed::Unknown,
                        Some(row) if row.get::<Option<i64>, _>(1).is_some() => Redeemed::Used,
                        Some(row) if row.get::<i64, _>(0) <= now => Redeemed::Expired,
                        Some(_) => {
                            // Only one of two racing redemptions can flip used_at from NULL.
                            let used = query("UPDATE enrolment_codes SET used_at = $1 WHERE code_hash = $2 AND used_at IS NULL")
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

                async fn set_window(&self, window: &Window, objection_types: Option<$crate::db::ObjectionTypes>) -> Result<$crate::db::ObjectionTypes, DbError> {
                    let mut tx = self.pool.begin().await?;
                    query(
                        "INSERT INTO windows (ccg_code, start, weeks, first_extract, checklist_version) VALUES ($1, $2, $3, $4, $5)
                         ON CONFLICT (ccg_code) DO UPDATE SET start = $2, weeks = $3, first_extract = $4, checklist_version = $5",
                    )
                    .bind(&window.ccg_code)
                    .bind(&window.start)
                    .bind(window.weeks)
                    .bind(&window.first_extract)
                    .bind(window.checklist_version)
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
                    let row = query("SELECT id, email, password_hash, role, ccg_codes, disabled_at IS NOT NULL FROM users WHERE email = $1")
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
                        "SELECT u.id, u.email, u.password_hash, u.role, u.ccg_codes, u.disabled_at IS NOT NULL, s.csrf_token
                         FROM sessions s JOIN users u ON u.id = s.user_id
                         WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL",
                    )
                    .bind(token_hash)
                    .bind(now)
                    .fetch_optional(&self.pool)
                    .await?;
                    row.map(|row| Ok((user(&row, 0)?, row.get(6)))).transpose()
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


                async fn practice_rows(&self) -> Result<Vec<PracticeRow>, DbError> {
                    let rows = query(
                        "SELECT p.ods_code, p.name, p.ccg_code,
                                EXISTS (SELECT 1 FROM tokens t WHERE t.ods_code = p.ods_code AND t.revoked_at IS NULL),
                                l.received_at, l.level, l.submissions, l.list_size, l.type1_total, l.type2_total,
                                l.type1_new, l.type2_new, l.forms_received, l.forms_coded, l.forms_queried,
                                l.forms_backlog, l.expected_forms
                         FROM practices p LEFT JOIN practice_latest l ON l.ods_code = p.ods_code
                         ORDER BY p.ods_code",
                    )
                    .fetch_all(&self.pool)
                    .await?;
                    rows.iter()
                        .map(|row| {
                            let latest = match row.get::<Option<String>, _>(4) {
                                Some(received_at) => Some(Latest {
                                    received_at,
                                    level: parse_level(row.get(5))?,
                                    submissions: row.get(6),
                                    figures: Figures {
                                        list_size: row.get(7),
                                        type1_total: row.get(8),
                                        type2_total: row.get(9),
                                        type1_new: row.get(10),
                                        type2_new: row.get(11),
                                        forms_received: row.get(12),
                                        forms_coded: row.get(13),
                                        forms_queried: row.get(14),
                                        forms_backlog: row.get(15),
                                        expected_forms: row.get(16),
                                    },
                                }),
                                None => None,
                            };
                            Ok(PracticeRow {
                                practice: Practice { ods_code: row.get(0), name: row.get(1), ccg_code: row.get(2) },
                                enrolled: row.get(3),
                                latest,
                            })
                        })
                        .collect()
                }

                async fn ccg_summaries(&self, stale_before: &str) -> Result<Vec<CcgCounts>, DbError> {
                    let rows = query(
                        "SELECT p.ccg_code,
                                CAST(count(*) AS BIGINT),
                                CAST(sum(CASE WHEN e.live THEN 1 ELSE 0 END) AS BIGINT),
                                CAST(count(l.ods_code) AS BIGINT),
                                CAST(sum(CASE WHEN l.level = 'ready' THEN 1 ELSE 0 END) AS BIGINT),
                                CAST(sum(CASE WHEN l.level = 'on-track' THEN 1 ELSE 0 END) AS BIGINT),
                                CAST(sum(CASE WHEN l.level = 'at-risk' THEN 1 ELSE 0 END) AS BIGINT),
                                CAST(sum(CASE WHEN e.live AND (l.received_at IS NULL OR l.received_at < $1) THEN 1 ELSE 0 END) AS BIGINT),
                                CAST(coalesce(sum(l.type1_total), 0) AS BIGINT),
                                CAST(coalesce(sum(l.type2_total), 0) AS BIGINT),
                                CAST(coalesce(sum(l.list_size), 0) AS BIGINT),
                                CAST(coalesce(sum(l.forms_received), 0) AS BIGINT),
                                CAST(coalesce(sum(l.forms_backlog), 0) AS BIGINT),
                                CAST(count(l.expected_forms) AS BIGINT),
                                CAST(coalesce(sum(l.expected_forms), 0) AS BIGINT),
                                CAST(coalesce(sum(CASE WHEN l.expected_forms IS NOT NULL THEN l.forms_received ELSE 0 END), 0) AS BIGINT)
                         FROM practices p
                         LEFT JOIN practice_latest l ON l.ods_code = p.ods_code
                         LEFT JOIN (SELECT DISTINCT ods_code, TRUE AS live FROM tokens WHERE revoked_at IS NULL) e
                             ON e.ods_code = p.ods_code
                         GROUP BY p.ccg_code ORDER BY p.ccg_code",
                    )
                    .bind(stale_before)
                    .fetch_all(&self.pool)
                    .await?;
                    Ok(rows
                        .iter()
                        .map(|row| CcgCounts {
                            ccg_code: row.get(0),
                            practices: row.get(1),
                            enrolled: row.get(2),
                            reported: row.get(3),
                            ready: row.get(4),
                            on_track: row.get(5),
                            at_risk: row.get(6),
                            stale: row.get(7),
                            type1_total: row.get(8),
                            type2_total: row.get(9),
                            patients: row.get(10),
                            forms_received: row.get(11),
                            forms_backlog: row.get(12),
                            forecast_practices: row.get(13),
                            expected_forms: row.get(14),
                            forecast_received: row.get(15),
                        })
                        .collect())
                }

                async fn readiness_history(&self, from_day: &str) -> Result<Vec<HistoryRow>, DbError> {
                    // Rows from `from_day` on, and each practice's last row before it, which holds until it changes.
                    let rows = query(
                        "SELECT h.ods_code, p.ccg_code, h.day, h.level FROM readiness_history h
                         JOIN practices p ON p.ods_code = h.ods_code
                         WHERE h.day >= $1 OR h.day = (SELECT max(b.day) FROM readiness_history b WHERE b.ods_code = h.ods_code AND b.day < $1)
                         ORDER BY h.ods_code, h.day",
                    )
                    .bind(from_day)
                    .fetch_all(&self.pool)
                    .await?;
                    rows.iter()
                        .map(|row| Ok(HistoryRow { ods_code: row.get(0), ccg_code: row.get(1), day: row.get(2), level: parse_level(row.get(3))? }))
                        .collect()
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
                        "SELECT id, email, password_hash, role, ccg_codes, disabled_at IS NOT NULL FROM users ORDER BY email",
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
                })
            }
        };
    };
}

pub(crate) use database_impl;
