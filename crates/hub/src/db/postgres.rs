use std::time::Duration;

use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::{Row, query};

use super::queries::database_impl;
use super::{DbError, NewSubmission, Receipt, Stored};

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/postgres/0001_init.sql"),
    include_str!("../../migrations/postgres/0002_dashboard.sql"),
    include_str!("../../migrations/postgres/0003_latest.sql"),
    include_str!("../../migrations/postgres/0004_history.sql"),
    include_str!("../../migrations/postgres/0005_objection_types.sql"),
    include_str!("../../migrations/postgres/0006_returns.sql"),
];

/// For several hub replicas behind a load balancer: a commit is durable when PostgreSQL says so.
pub struct PostgresDatabase {
    pool: PgPool,
}

impl PostgresDatabase {
    pub async fn open(url: &str) -> Result<Self, DbError> {
        let pool =
            PgPoolOptions::new().max_connections(16).acquire_timeout(Duration::from_secs(10)).connect(url).await?;
        migrate(&pool).await?;
        Ok(Self { pool })
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
    /// PostgreSQL commits concurrent transactions in groups itself: one transaction a submission.
    async fn store_submission(&self, submission: NewSubmission<'_>) -> Result<Stored, DbError> {
        let mut tx = self.pool.begin().await?;
        let stored = Self::insert_in(&mut tx, &submission).await?;
        tx.commit().await?;
        Ok(stored)
    }

    async fn lookup_token(&self, token_hash: &str) -> Result<Option<String>, DbError> {
        let row = query(super::queries::TOKEN_PRACTICE).bind(token_hash).fetch_optional(&self.pool).await?;
        Ok(row.map(|row| row.get(0)))
    }

    /// Stores one submission within the caller's transaction.
    async fn insert_in(tx: &mut sqlx::PgConnection, submission: &NewSubmission<'_>) -> Result<Stored, DbError> {
        let inserted = query(super::queries::INSERT_SUBMISSION)
            .bind(submission.submission_id)
            .bind(submission.ods_code)
            .bind(&submission.receipt.receipt_id)
            .bind(&submission.receipt.received_at)
            .bind(submission.body)
            .bind(submission.level.as_str())
            .execute(&mut *tx)
            .await?;
        let stored = if inserted.rows_affected() == 1 {
            let f = &submission.figures;
            query(super::queries::UPSERT_LATEST)
                .bind(submission.ods_code)
                .bind(&submission.receipt.received_at)
                .bind(submission.level.as_str())
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
                .execute(&mut *tx)
                .await?;
            query(super::queries::UPSERT_HISTORY)
                .bind(submission.ods_code)
                .bind(submission.receipt.received_at.get(..10).unwrap_or_default())
                .bind(submission.level.as_str())
                .execute(&mut *tx)
                .await?;
            Stored::Created(submission.receipt.clone())
        } else {
            let row = query(super::queries::FIRST_RECEIPT).bind(submission.submission_id).fetch_one(&mut *tx).await?;
            let same = row.get::<String, _>(3) == submission.ods_code
                && super::same_submission(&row.get::<String, _>(2), submission.body);
            if same {
                Stored::Repeat(Receipt { receipt_id: row.get(0), received_at: row.get(1) })
            } else {
                Stored::Conflict
            }
        };
        Ok(stored)
    }
}

database_impl!(PostgresDatabase, sqlx::PgConnection);
