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

/// A database failure on an admin action: the dashboard's page says plainly that the hub could not do it, and shows
/// none of the database's text, which goes to the log instead.
#[tokio::test]
async fn a_database_failure_on_an_admin_action_shows_a_plain_page() {
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use http_body_util::BodyExt;
    use pathfinder_hub::db::UserRole;
    use pathfinder_hub::{Hub, app, secrets};
    use tower::ServiceExt;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hub.sqlite3");
    let db: Arc<dyn Database> = Arc::new(SqliteDatabase::open(&path).await.unwrap());
    db.add_user("lead@nhs.net", "not a hash: this test never signs in", UserRole::National, &[]).await.unwrap();
    let user = db.user_by_email("lead@nhs.net").await.unwrap().unwrap();
    let (token, csrf) = (secrets::new_token(), secrets::new_token());
    let expires = time::OffsetDateTime::now_utc().unix_timestamp() + 3600;
    db.create_session(&secrets::hash(&token), user.id, &csrf, expires).await.unwrap();
    // The windows table goes: setting a window fails in the database.
    rusqlite::Connection::open(&path).unwrap().execute_batch("DROP TABLE windows").unwrap();

    let request = Request::builder()
        .method("POST")
        .uri("/dashboard/admin/windows")
        .header("cookie", format!("pathfinder_session={token}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(format!("csrf={csrf}&ccg=02V&start=2026-03-02&weeks=6")))
        .unwrap();
    let response = app(Hub::new(db)).oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    let body = String::from_utf8(response.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
    assert!(body.contains("The hub could not do this just now"), "{body}");
    for leak in ["no such table", "windows", "database", "SQL", "sqlite"] {
        assert!(!body.to_lowercase().contains(&leak.to_lowercase()), "the page shows {leak:?}: {body}");
    }
}
