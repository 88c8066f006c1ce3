use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, query};

use tokio::sync::{mpsc, oneshot};

use super::queries::{Batches, FromColumns, PracticeColumns, database_impl};
use super::{DbError, NewSubmission, OwnedSubmission, Receipt, Stored};

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/sqlite/0001_init.sql"),
    include_str!("../../migrations/sqlite/0002_dashboard.sql"),
    include_str!("../../migrations/sqlite/0003_latest.sql"),
    include_str!("../../migrations/sqlite/0004_history.sql"),
    include_str!("../../migrations/sqlite/0005_objection_types.sql"),
    include_str!("../../migrations/sqlite/0006_returns.sql"),
    include_str!("../../migrations/sqlite/0007_attempt_limits.sql"),
    include_str!("../../migrations/sqlite/0008_users.sql"),
    include_str!("../../migrations/sqlite/0009_enrolment_codes.sql"),
    include_str!("../../migrations/sqlite/0010_windows.sql"),
    include_str!("../../migrations/sqlite/0011_hub_readiness.sql"),
    include_str!("../../migrations/sqlite/0012_messages.sql"),
    include_str!("../../migrations/sqlite/0013_email.sql"),
    include_str!("../../migrations/sqlite/0014_live_tokens.sql"),
];

/// The embedded default: one file in WAL mode. Synchronous FULL makes every commit reach the disk before the
/// hub answers 2xx. Submissions go through one writer thread that commits whatever has queued up in a single
/// transaction (group commit): one fsync serves many requests, and writers never wait on SQLite's lock. The
/// writer holds its own connection with its statements prepared once: measured, that doubled what one commit
/// could carry over sending each statement through the pool (bench/RESULTS.md).
pub struct SqliteDatabase {
    pool: SqlitePool,
    writer: mpsc::Sender<WriteJob>,
    path: std::path::PathBuf,
    /// Read-only connections of its own, for reads the pool's worker thread would slow: the token look-up every
    /// practice request makes (a point query on the primary key that WAL never makes wait, run in place), and the
    /// practice list, up to the nation's 8,000 rows: the pool hands each row and each of its values across threads,
    /// which for the nation's list cost three times what the query itself does.
    readers: std::sync::Mutex<Vec<rusqlite::Connection>>,
    /// Turns at reading a practice list, as many as readers are kept.
    list_reads: tokio::sync::Semaphore,
}

/// The most read-only connections kept open, and practice lists read at once.
const MAX_READERS: usize = 8;

struct WriteJob {
    submission: OwnedSubmission,
    reply: oneshot::Sender<Result<Stored, DbError>>,
}

/// The most submissions one commit carries.
const MAX_BATCH: usize = 512;

impl SqliteDatabase {
    /// `p.ccg_code` is one of the JSON array of codes bound at `{}`.
    const CCG_IN: &str = "p.ccg_code IN (SELECT value FROM json_each({}))";
    /// Orders a text sort key by its bytes (SQLite's own order).
    const BYTE_ORDER: &str = "";

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
        let connection = writer_connection(path)?;
        let (writer, jobs) = mpsc::channel(4 * MAX_BATCH);
        std::thread::Builder::new()
            .name("sqlite-writer".into())
            .spawn(move || write_batches(connection, jobs))
            .map_err(|error| DbError::Writer(error.to_string()))?;
        Ok(Self {
            pool,
            writer,
            path: path.to_owned(),
            readers: std::sync::Mutex::new(Vec::new()),
            list_reads: tokio::sync::Semaphore::new(MAX_READERS),
        })
    }

    /// A reader from those kept, or a new one.
    fn reader(&self) -> Result<rusqlite::Connection, DbError> {
        if let Some(reader) = self.readers.lock().expect("readers").pop() {
            return Ok(reader);
        }
        let reader = rusqlite::Connection::open_with_flags(
            &self.path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        reader.busy_timeout(Duration::from_secs(10))?;
        Ok(reader)
    }

    /// Keeps `reader` for the next read, unless as many are kept as are ever needed at once.
    fn keep_reader(&self, reader: rusqlite::Connection) {
        let mut readers = self.readers.lock().expect("readers");
        if readers.len() < MAX_READERS {
            readers.push(reader);
        }
    }

    async fn lookup_token(&self, token_hash: &str) -> Result<Option<String>, DbError> {
        let reader = self.reader()?;
        let found = {
            use rusqlite::OptionalExtension;
            let mut statement = reader.prepare_cached(super::queries::TOKEN_PRACTICE)?;
            statement.query_row([token_hash], |row| row.get(0)).optional()?
        };
        self.keep_reader(reader);
        Ok(found)
    }

    /// The practices `sql` (of `PRACTICE_COLUMNS` or `PRACTICE_LATEST_COLUMNS`) selects, `params` bound to `$1`,
    /// `$2`, ..., sent to `batches` as they are read; how many. On a thread of its own: the nation's list takes
    /// milliseconds, too long to hold an async worker.
    async fn send_practice_rows<T: FromColumns>(
        &self,
        sql: String,
        params: Vec<String>,
        batches: mpsc::Sender<Vec<T>>,
    ) -> Result<usize, DbError> {
        // As many lists read at once as readers are kept: a crowd of exports waits its turn rather than each
        // opening a connection and taking a thread.
        let _turn = self.list_reads.acquire().await.map_err(|error| DbError::Reader(error.to_string()))?;
        let reader = self.reader()?;
        let (reader, sent) = tokio::task::spawn_blocking(move || {
            let sent = practices_on(&reader, &sql, &params, &batches);
            (reader, sent)
        })
        .await
        .map_err(|error| DbError::Reader(error.to_string()))?;
        self.keep_reader(reader);
        sent
    }

    async fn store_submission(&self, submission: NewSubmission<'_>) -> Result<Stored, DbError> {
        let (reply, answer) = oneshot::channel();
        let job = WriteJob { submission: OwnedSubmission::from_new(submission), reply };
        self.writer.send(job).await.map_err(|_| DbError::WriterGone)?;
        answer.await.map_err(|_| DbError::WriterGone)?
    }
}

fn practices_on<T: FromColumns>(
    reader: &rusqlite::Connection,
    sql: &str,
    params: &[String],
    batches: &mpsc::Sender<Vec<T>>,
) -> Result<usize, DbError> {
    // Not cached: a page's LIMIT and OFFSET are written into its SQL, and a cache of pages would push out the
    // token look-up's statement.
    let mut statement = reader.prepare(sql)?;
    // SQLite numbers parameters as they first appear; `$n` is bound by its name, wherever it first appears.
    for index in 1..=statement.parameter_count() {
        let name = statement.parameter_name(index).unwrap_or_default();
        let value = name
            .strip_prefix('$')
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| n.checked_sub(1))
            .and_then(|n| params.get(n));
        let value = value.ok_or_else(|| DbError::Reader(format!("no value for the parameter {name:?}")))?;
        statement.raw_bind_parameter(index, value)?;
    }
    let mut rows = statement.raw_query();
    let mut gathered = Batches::new();
    while let Some(row) = rows.next()? {
        if let Some(full) = gathered.push(T::from_columns(row)?) {
            // No one is reading (the request has gone): nothing more to read for.
            if batches.blocking_send(full).is_err() {
                return Ok(gathered.sent());
            }
        }
    }
    let (last, sent) = gathered.finish();
    if let Some(last) = last {
        let _ = batches.blocking_send(last);
    }
    Ok(sent)
}

impl PracticeColumns for rusqlite::Row<'_> {
    fn text(&self, at: usize) -> Result<String, DbError> {
        Ok(self.get(at)?)
    }
    fn optional_text(&self, at: usize) -> Result<Option<String>, DbError> {
        Ok(self.get(at)?)
    }
    fn int(&self, at: usize) -> Result<i64, DbError> {
        Ok(self.get(at)?)
    }
    fn optional_int(&self, at: usize) -> Result<Option<i64>, DbError> {
        Ok(self.get(at)?)
    }
    fn flag(&self, at: usize) -> Result<bool, DbError> {
        Ok(self.get(at)?)
    }
}

fn writer_connection(path: &Path) -> Result<rusqlite::Connection, DbError> {
    let connection = rusqlite::Connection::open(path)?;
    connection.pragma_update(None, "journal_mode", "WAL")?;
    connection.pragma_update(None, "synchronous", "FULL")?;
    connection.pragma_update(None, "foreign_keys", true)?;
    connection.busy_timeout(Duration::from_secs(10))?;
    Ok(connection)
}

fn write_batches(mut connection: rusqlite::Connection, mut jobs: mpsc::Receiver<WriteJob>) {
    while let Some(first) = jobs.blocking_recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        match commit_batch(&mut connection, &batch) {
            Ok(outcomes) => {
                for (job, stored) in batch.into_iter().zip(outcomes) {
                    let _ = job.reply.send(Ok(stored));
                }
            }
            // One bad submission must not fail the others: each goes again on its own.
            Err(_) => {
                for job in batch {
                    let alone = commit_batch(&mut connection, std::slice::from_ref(&job));
                    let _ = job.reply.send(alone.map(|mut outcomes| outcomes.remove(0)));
                }
            }
        }
    }
}

fn commit_batch(connection: &mut rusqlite::Connection, batch: &[WriteJob]) -> Result<Vec<Stored>, DbError> {
    use super::queries::{FIRST_RECEIPT, INSERT_SUBMISSION, UPSERT_HISTORY, UPSERT_LATEST};
    use rusqlite::params;

    let tx = connection.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let mut outcomes = Vec::with_capacity(batch.len());
    {
        let mut insert = tx.prepare_cached(INSERT_SUBMISSION)?;
        let mut latest = tx.prepare_cached(UPSERT_LATEST)?;
        let mut history = tx.prepare_cached(UPSERT_HISTORY)?;
        let mut first = tx.prepare_cached(FIRST_RECEIPT)?;
        for job in batch {
            let s = &job.submission;
            let receipt = &s.receipt;
            let inserted = insert.execute(params![
                s.submission_id,
                s.ods_code,
                receipt.receipt_id,
                receipt.received_at,
                s.body,
                s.level.as_str()
            ])?;
            let stored = if inserted == 1 {
                let f = &s.figures;
                latest.execute(params![
                    s.ods_code,
                    receipt.received_at,
                    s.level.as_str(),
                    f.list_size,
                    f.type1_total,
                    f.type2_total,
                    f.type1_new,
                    f.type2_new,
                    f.forms_received,
                    f.forms_coded,
                    f.forms_queried,
                    f.forms_backlog,
                    f.expected_forms,
                    f.next_due.map(|due| due.to_string()),
                    f.letters_printed
                ])?;
                history.execute(params![
                    s.ods_code,
                    receipt.received_at.get(..10).unwrap_or_default(),
                    s.level.as_str(),
                    f.next_due.map(|due| due.to_string())
                ])?;
                Stored::Created(receipt.clone())
            } else {
                let (receipt_id, received_at, body, ods_code): (String, String, String, String) = first
                    .query_row(params![s.submission_id], |row| {
                        Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
                    })?;
                if ods_code == s.ods_code && super::same_submission(&body, &s.body) {
                    Stored::Repeat(Receipt { receipt_id, received_at })
                } else {
                    Stored::Conflict
                }
            };
            outcomes.push(stored);
        }
    }
    tx.commit()?;
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
