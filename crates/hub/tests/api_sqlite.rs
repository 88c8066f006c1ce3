//! The storage and API suite on SQLite, the embedded default, in a temporary folder.

mod suite;

use std::sync::Arc;

use pathfinder_hub::db::{Database, SqliteDatabase};

async fn fresh() -> (tempfile::TempDir, Arc<dyn Database>) {
    let dir = tempfile::tempdir().unwrap();
    let db = SqliteDatabase::open(&dir.path().join("hub.sqlite3")).await.unwrap();
    (dir, Arc::new(db))
}

suite_tests!(fresh);

/// A database that a hub before protocol version 2 made (schema 5, a version 1 body stored) opens and is brought up
/// to date: the practice keeps its objection totals; forms and forecast are none, as version 1 said, until it
/// reports again; its stored body still reads.
#[tokio::test]
async fn a_database_from_before_version_2_is_brought_up_to_date() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hub.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for sql in [
            include_str!("../migrations/sqlite/0001_init.sql"),
            include_str!("../migrations/sqlite/0002_dashboard.sql"),
            include_str!("../migrations/sqlite/0003_latest.sql"),
            include_str!("../migrations/sqlite/0004_history.sql"),
            include_str!("../migrations/sqlite/0005_objection_types.sql"),
        ] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 5).unwrap();
        conn.execute_batch(&earlier_hubs_rows()).unwrap();
    }
    let db = SqliteDatabase::open(&path).await.unwrap();
    suite::an_earlier_hubs_rows_read_after_the_migration(Arc::new(db)).await;
}

/// One practice, its version 1 report and its row in brief, as a hub before version 2 stored them.
fn earlier_hubs_rows() -> String {
    let body = include_str!("../../protocol/examples/submission-v1.json").replace('\'', "''");
    format!(
        "INSERT INTO practices (ods_code, name, ccg_code) VALUES ('B82005', 'Riverside Surgery', '02V');
         INSERT INTO submissions (submission_id, ods_code, receipt_id, received_at, body, level)
             VALUES ('0b6f3c2e-6a51-4f6e-9d7a-3f1c2b9e8d40', 'B82005', '0c0ffee0-0000-4000-8000-000000000001',
                     '2026-03-09T10:00:00Z', '{body}', 'at-risk');
         INSERT INTO practice_latest (ods_code, received_at, level, list_size, type1_total, type2_total, submissions)
             VALUES ('B82005', '2026-03-09T10:00:00Z', 'at-risk', 7400, 14, 3, 1);"
    )
}
