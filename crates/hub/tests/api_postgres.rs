//! The same storage and API suite on PostgreSQL. `scripts/with-postgres.sh` starts a throwaway cluster and sets
//! PATHFINDER_TEST_POSTGRES; each test gets a database of its own in it.

mod suite;

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use pathfinder_hub::db::{Database, PostgresDatabase};
use sqlx::Connection;

static NEXT: AtomicU32 = AtomicU32::new(0);

/// The URL of a new, empty database of the test server's, named for this process and `name`.
async fn empty_database(name: &str) -> String {
    let admin = std::env::var("PATHFINDER_TEST_POSTGRES")
        .expect("PATHFINDER_TEST_POSTGRES names a PostgreSQL server: run through scripts/with-postgres.sh");
    let name = format!("hub_test_{}_{name}", std::process::id());
    let mut conn = sqlx::PgConnection::connect(&admin).await.unwrap();
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
    format!("{}/{name}", admin.rsplit_once('/').unwrap().0)
}

async fn fresh() -> ((), Arc<dyn Database>) {
    let url = empty_database(&NEXT.fetch_add(1, Ordering::SeqCst).to_string()).await;
    ((), Arc::new(PostgresDatabase::open(&url).await.unwrap()))
}

suite_tests!(fresh);

/// A database that a hub before protocol version 2 made (schema 5, a version 1 body stored) opens and is brought up
/// to date (tests/api_sqlite.rs has the same on SQLite).
#[tokio::test]
async fn a_database_from_before_version_2_is_brought_up_to_date() {
    let url = empty_database("earlier").await;
    let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
    for sql in [
        include_str!("../migrations/postgres/0001_init.sql"),
        include_str!("../migrations/postgres/0002_dashboard.sql"),
        include_str!("../migrations/postgres/0003_latest.sql"),
        include_str!("../migrations/postgres/0004_history.sql"),
        include_str!("../migrations/postgres/0005_objection_types.sql"),
        "CREATE TABLE schema_version (version BIGINT NOT NULL);
         INSERT INTO schema_version (version) VALUES (1), (2), (3), (4), (5);",
    ] {
        sqlx::raw_sql(sql).execute(&mut conn).await.unwrap();
    }
    let body = include_str!("../../protocol/examples/submission-v1.json").replace('\'', "''");
    let rows = format!(
        "INSERT INTO practices (ods_code, name, ccg_code) VALUES ('B82005', 'Riverside Surgery', '02V');
         INSERT INTO submissions (submission_id, ods_code, receipt_id, received_at, body, level)
             VALUES ('0b6f3c2e-6a51-4f6e-9d7a-3f1c2b9e8d40', 'B82005', '0c0ffee0-0000-4000-8000-000000000001',
                     '2026-03-09T10:00:00Z', '{body}', 'at-risk');
         INSERT INTO practice_latest (ods_code, received_at, level, list_size, type1_total, type2_total, submissions)
             VALUES ('B82005', '2026-03-09T10:00:00Z', 'at-risk', 7400, 14, 3, 1);"
    );
    sqlx::raw_sql(sqlx::AssertSqlSafe(rows)).execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
    let db = PostgresDatabase::open(&url).await.unwrap();
    suite::an_earlier_hubs_rows_read_after_the_migration(Arc::new(db)).await;
}

/// Every table's ODS code compares by its bytes (SQLite's order), whatever the cluster's locale: the practice list
/// is read in that order straight off the primary keys, and codes of any two tables can be joined and compared. A
/// table added later with a code of the cluster's collation fails here.
#[tokio::test]
async fn every_ods_code_column_compares_by_its_bytes() {
    let url = empty_database("collation").await;
    drop(PostgresDatabase::open(&url).await.unwrap());
    let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
    let columns: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT table_name::text, collation_name::text FROM information_schema.columns
         WHERE table_schema = 'public' AND column_name = 'ods_code' ORDER BY table_name",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert!(columns.len() >= 10, "{columns:?}");
    let other: Vec<_> = columns.iter().filter(|(_, collation)| collation.as_deref() != Some("C")).collect();
    assert!(other.is_empty(), "ODS codes not compared by their bytes: {other:?}");
}
