use std::time::Duration;

use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::{Row, query};

use std::sync::Arc;

use tokio::sync::{Mutex, mpsc, oneshot};

use super::queries::{Batches, FromColumns, PracticeColumns, database_impl};
use super::{DbError, NewSubmission, OwnedSubmission, Receipt, Stored};

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/postgres/0001_init.sql"),
    include_str!("../../migrations/postgres/0002_dashboard.sql"),
    include_str!("../../migrations/postgres/0003_latest.sql"),
    include_str!("../../migrations/postgres/0004_history.sql"),
    include_str!("../../migrations/postgres/0005_objection_types.sql"),
    include_str!("../../migrations/postgres/0006_returns.sql"),
    include_str!("../../migrations/postgres/0007_attempt_limits.sql"),
    include_str!("../../migrations/postgres/0008_users.sql"),
    include_str!("../../migrations/postgres/0009_enrolment_codes.sql"),
    include_str!("../../migrations/postgres/0010_windows.sql"),
    include_str!("../../migrations/postgres/0011_hub_readiness.sql"),
    include_str!("../../migrations/postgres/0012_messages.sql"),
    include_str!("../../migrations/postgres/0013_email.sql"),
    include_str!("../../migrations/postgres/0014_live_tokens.sql"),
    include_str!("../../migrations/postgres/0015_ods_code_bytes.sql"),
];

/// For several hub replicas behind a load balancer: a commit is durable when PostgreSQL says so. Submissions go
/// through writer tasks that each commit whatever has queued up in one transaction (group commit, as the SQLite
/// backend does): one WAL flush and one round of BEGIN and COMMIT serve many requests.
pub struct PostgresDatabase {
    pool: PgPool,
    writer: mpsc::Sender<WriteJob>,
}

struct WriteJob {
    submission: OwnedSubmission,
    reply: oneshot::Sender<Result<Stored, DbError>>,
}

/// The most submissions one commit carries.
const MAX_BATCH: usize = 256;
/// Transactions committing at once: while one waits for its flush the next batch is gathering and sending.
const WRITERS: usize = 4;

impl PostgresDatabase {
    /// `p.ccg_code` is one of the JSON array of codes bound at `{}`.
    const CCG_IN: &str = "p.ccg_code IN (SELECT json_array_elements_text({}::json))";
    /// Orders a text sort key by its bytes, as SQLite does.
    const BYTE_ORDER: &str = " COLLATE \"C\"";

    pub async fn open(url: &str) -> Result<Self, DbError> {
        let pool =
            PgPoolOptions::new().max_connections(16).acquire_timeout(Duration::from_secs(10)).connect(url).await?;
        migrate(&pool).await?;
        let (writer, jobs) = mpsc::channel(4 * MAX_BATCH);
        let jobs = Arc::new(Mutex::new(jobs));
        for _ in 0..WRITERS {
            tokio::spawn(write_batches(pool.clone(), jobs.clone()));
        }
        Ok(Self { pool, writer })
    }
}

/// Replicas may start together: an advisory lock lets one migrate while the others wait.
async fn migrate(pool: &PgPool) -> Result<(), DbError> {
    let mut tx = pool.begin().await?;
    query("SELECT pg_advisory_xact_lock(7461283)").execute(&mut *tx).await?;
    query("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)").execute(&mut *tx).await?;
    let current: i64 = query("SELECT coalesce(max(version), 0) FROM schema_version").fetch_one(&mut *tx).await?.get(0);
    let latest = MIGRATIONS.len() as i64;
    if current > latest {
        return Err(DbError::NewerSchema { found: current, supported: latest });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        sqlx::raw_sql(*sql).execute(&mut *tx).await?;
        query("INSERT INTO schema_version (version) VALUES ($1)").bind(index as i64 + 1).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(())
}

impl PostgresDatabase {
    async fn store_submission(&self, submission: NewSubmission<'_>) -> Result<Stored, DbError> {
        let (reply, answer) = oneshot::channel();
        let job = WriteJob { submission: OwnedSubmission::from_new(submission), reply };
        self.writer.send(job).await.map_err(|_| DbError::WriterGone)?;
        answer.await.map_err(|_| DbError::WriterGone)?
    }

    async fn lookup_token(&self, token_hash: &str) -> Result<Option<String>, DbError> {
        let row = query(super::queries::TOKEN_PRACTICE).bind(token_hash).fetch_optional(&self.pool).await?;
        Ok(row.map(|row| row.get(0)))
    }

    /// The practices `sql` (of `PRACTICE_COLUMNS` or `PRACTICE_LATEST_COLUMNS`) selects, `params` bound to `$1`,
    /// `$2`, ..., sent to `batches` as they are read; how many.
    async fn send_practice_rows<T: FromColumns>(
        &self,
        sql: String,
        params: Vec<String>,
        batches: mpsc::Sender<Vec<T>>,
    ) -> Result<usize, DbError> {
        let mut selected = query(sqlx::AssertSqlSafe(sql));
        for param in params {
            selected = selected.bind(param);
        }
        let mut rows = selected.fetch(&self.pool);
        let mut gathered = Batches::new();
        while let Some(row) = std::future::poll_fn(|cx| rows.as_mut().poll_next(cx)).await {
            if let Some(full) = gathered.push(T::from_columns(&row?)?) {
                // No one is reading (the request has gone): nothing more to read for.
                if batches.send(full).await.is_err() {
                    return Ok(gathered.sent());
                }
            }
        }
        let (last, sent) = gathered.finish();
        if let Some(last) = last {
            let _ = batches.send(last).await;
        }
        Ok(sent)
    }
}

impl PracticeColumns for sqlx::postgres::PgRow {
    fn text(&self, at: usize) -> Result<String, DbError> {
        Ok(self.try_get(at)?)
    }
    fn optional_text(&self, at: usize) -> Result<Option<String>, DbError> {
        Ok(self.try_get(at)?)
    }
    fn int(&self, at: usize) -> Result<i64, DbError> {
        Ok(self.try_get(at)?)
    }
    fn optional_int(&self, at: usize) -> Result<Option<i64>, DbError> {
        Ok(self.try_get(at)?)
    }
    fn flag(&self, at: usize) -> Result<bool, DbError> {
        Ok(self.try_get(at)?)
    }
}

/// Takes what has queued (the queue is held only while a batch is gathered), commits it, answers each request.
async fn write_batches(pool: PgPool, jobs: Arc<Mutex<mpsc::Receiver<WriteJob>>>) {
    loop {
        let mut batch = Vec::new();
        {
            let mut jobs = jobs.lock().await;
            if jobs.recv_many(&mut batch, MAX_BATCH).await == 0 {
                return;
            }
        }
        match commit_batch(&pool, &batch).await {
            Ok(outcomes) => {
                for (job, stored) in batch.into_iter().zip(outcomes) {
                    let _ = job.reply.send(Ok(stored));
                }
            }
            // One bad submission must not fail the others (nor a deadlock with another writer): each goes again on
            // its own.
            Err(_) => {
                for job in batch {
                    let alone = commit_batch(&pool, std::slice::from_ref(&job)).await;
                    let _ = job.reply.send(alone.map(|mut outcomes| outcomes.remove(0)));
                }
            }
        }
    }
}

/// Stores a batch in one transaction. Rows are written in key order (submissions by id, then each practice's rows
/// by practice), so that writers committing at once lock rows in one order and do not deadlock.
async fn commit_batch(pool: &PgPool, batch: &[WriteJob]) -> Result<Vec<Stored>, DbError> {
    use super::queries::{FIRST_RECEIPT, INSERT_SUBMISSION, UPSERT_HISTORY, UPSERT_LATEST};

    let mut order: Vec<usize> = (0..batch.len()).collect();
    order.sort_by(|&a, &b| batch[a].submission.submission_id.cmp(&batch[b].submission.submission_id));
    let mut tx = pool.begin().await?;
    let mut outcomes: Vec<Option<Stored>> = vec![None; batch.len()];
    let mut created = Vec::new();
    for &at in &order {
        let s = &batch[at].submission;
        let inserted = query(INSERT_SUBMISSION)
            .bind(&s.submission_id)
            .bind(&s.ods_code)
            .bind(&s.receipt.receipt_id)
            .bind(&s.receipt.received_at)
            .bind(&s.body)
            .bind(s.level.as_str())
            .execute(&mut *tx)
            .await?;
        outcomes[at] = Some(if inserted.rows_affected() == 1 {
            created.push(at);
            Stored::Created(s.receipt.clone())
        } else {
            let row = query(FIRST_RECEIPT).bind(&s.submission_id).fetch_one(&mut *tx).await?;
            let same =
                row.get::<String, _>(3) == s.ods_code && super::same_submission(&row.get::<String, _>(2), &s.body);
            if same {
                Stored::Repeat(Receipt { receipt_id: row.get(0), received_at: row.get(1) })
            } else {
                Stored::Conflict
            }
        });
    }
    // A practice's rows in the order they arrived: its newest report is the last written.
    created.sort_by(|&a, &b| batch[a].submission.ods_code.cmp(&batch[b].submission.ods_code).then(a.cmp(&b)));
    for at in created {
        let s = &batch[at].submission;
        let f = &s.figures;
        query(UPSERT_LATEST)
            .bind(&s.ods_code)
            .bind(&s.receipt.received_at)
            .bind(s.level.as_str())
            .bind(f.list_size)
            .bind(f.type1_total)
            .bind(f.type2_total)
            .bind(f.type1_new)
            .bind(f.type2_new)
            .bind(f.forms_received)
            .bind(f.forms_coded)
            .bind(f.forms_queried)
            .bind(f.forms_backlog)
            .bind(f.expected_forms)
            .bind(f.next_due.map(|due| due.to_string()))
            .bind(f.letters_printed)
            .execute(&mut *tx)
            .await?;
        query(UPSERT_HISTORY)
            .bind(&s.ods_code)
            .bind(s.receipt.received_at.get(..10).unwrap_or_default())
            .bind(s.level.as_str())
            .bind(f.next_due.map(|due| due.to_string()))
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(outcomes.into_iter().map(|stored| stored.expect("every submission has its outcome")).collect())
}

database_impl!(PostgresDatabase, sqlx::PgConnection);
