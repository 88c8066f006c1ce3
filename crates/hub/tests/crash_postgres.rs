//! The hub on PostgreSQL, killed with SIGKILL five times under load from 48 practices (tests/crash_load).
//! `scripts/with-postgres.sh` starts a throwaway cluster and sets PATHFINDER_TEST_POSTGRES.

mod crash_load;

use sqlx::Connection;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_hub_on_postgres_loses_nothing_acknowledged_when_killed_under_load() {
    let admin = std::env::var("PATHFINDER_TEST_POSTGRES")
        .expect("PATHFINDER_TEST_POSTGRES names a PostgreSQL server: run through scripts/with-postgres.sh");
    let name = format!("hub_crash_{}", std::process::id());
    let mut conn = sqlx::PgConnection::connect(&admin).await.unwrap();
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
    let url = format!("{}/{name}", admin.rsplit_once('/').unwrap().0);
    let logs = tempfile::tempdir().unwrap();
    crash_load::survives_sigkills_under_load(crash_load::Backend::Postgres(url), logs.path()).await;
}
