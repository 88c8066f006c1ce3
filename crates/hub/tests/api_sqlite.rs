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
