use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, query};

use tokio::sync::{mpsc, oneshot};

use super::queries::database_impl;
use super::{DbError, NewSubmission, OwnedSubmission, Stored};

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/sqlite/0001_init.sql"),
    include_str!("../../migrations/sqlite/0002_dashboard.sql"),
    include_str!("../../migrations/sqlite/0003_latest.sql"),
    include_str!("../../migrations/sqlite/0004_history.sql"),
];

/// The embedded default: one file in WAL mode. Synchronous FULL makes every commit reach the disk before the
/// hub answers 2xx. Submissions go through one writer task that commits whatever has queued up in a single
/// transaction (group commit): one fsync serves many requests, and writers never wait on SQLite's lock.
pub struct SqliteDatabase {
    pool: SqlitePool,
    writer: mpsc::Sender<WriteJob>,
}

struct WriteJob {
    submission: OwnedSubmission,
    reply: oneshot::Sender<Result<Stored, DbError>>,
}

/// The most submissions one commit carries.
const MAX_BATCH: usize = 512;

impl SqliteDatabase {
    pub async fn open(path: &Path) -> Result<Self, DbError> {
        let options = SqliteConnectOptions::from_str("sqlite://")?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new().max_connections(8).connect_with(options).await?;
        migrate(&pool).await?;
        let (writer, jobs) = mpsc::channel(4 * MAX_BATCH);
        tokio::spawn(write_batches(pool.clone(), jobs));
        Ok(Self { pool, writer })
    }

    async fn store_submission(&self, submission: NewSubmission<'_>) -> Result<Stored, DbError> {
        let (reply, answer) = oneshot::channel();
        let job = WriteJob { submission: OwnedSubmission::from_new(submission), reply };
        self.writer.send(job).await.map_err(|_| DbError::WriterGone)?;
        answer.await.map_err(|_| DbError::WriterGone)?
    }
}

async fn write_batches(pool: SqlitePool, mut jobs: mpsc::Receiver<WriteJob>) {
    while let Some(first) = jobs.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        match commit_batch(&pool, &batch).await {
            Ok(outcomes) => {
                for (job, stored) in batch.into_iter().zip(outcomes) {
                    let _ = job.reply.send(Ok(stored));
                }
            }
            // One bad submission must not fail the others: each goes again on its own.
            Err(_) => {
                for job in batch {
                    let alone = commit_batch(&pool, std::slice::from_ref(&job)).await;
                    let _ = job.reply.send(alone.map(|mut outcomes| outcomes.remove(0)));
                }
            }
        }
    }
}

async fn commit_batch(pool: &SqlitePool, batch: &[WriteJob]) -> Result<Vec<Stored>, DbError> {
    let mut tx = pool.begin().await?;
    let mut outcomes = Vec::with_capacity(batch.len());
    for job in batch {
        outcomes.push(SqliteDatabase::insert_in(&mut tx, &job.submission.as_new()).await?);
    }
    tx.commit().await?;
    Ok(outcomes)
}

async fn migrate(pool: &SqlitePool) -> Result<(), DbError> {
    let mut conn = pool.acquire().await?;
    let current: i64 = query("PRAGMA user_version").fetch_one(&mut *conn).await?.get(0);
    let latest = MIGRATIONS.len() as i64;
    if current > latest {
        return Err(DbError::NewerSchema { found: current, supported: latest });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        sqlx::raw_sql(*sql).execute(&mut *tx).await?;
        // PRAGMA takes no bind parameters; the number is ours.
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("PRAGMA user_version = {}", index + 1))).execute(&mut *tx).await?;
        tx.commit().await?;
    }
    Ok(())
}

database_impl!(SqliteDatabase, sqlx::SqliteConnection);
