use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Row, query};

use super::DbError;
use super::queries::database_impl;

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/sqlite/0001_init.sql"),
    include_str!("../../migrations/sqlite/0002_dashboard.sql"),
    include_str!("../../migrations/sqlite/0003_latest.sql"),
];

/// The embedded default: one file in WAL mode. Synchronous FULL makes every commit reach the disk before the
/// hub answers 2xx.
pub struct SqliteDatabase {
    pool: SqlitePool,
}

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
        Ok(Self { pool })
    }
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

database_impl!(SqliteDatabase);
