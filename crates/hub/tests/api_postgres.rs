//! The same storage and API suite on PostgreSQL. `scripts/with-postgres.sh` starts a throwaway cluster and sets
//! PATHFINDER_TEST_POSTGRES; each test gets a database of its own in it.

mod suite;

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use pathfinder_hub::db::{Database, PostgresDatabase};
use sqlx::Connection;

static NEXT: AtomicU32 = AtomicU32::new(0);

async fn fresh() -> ((), Arc<dyn Database>) {
    let admin = std::env::var("PATHFINDER_TEST_POSTGRES")
        .expect("PATHFINDER_TEST_POSTGRES names a PostgreSQL server: run through scripts/with-postgres.sh");
    let name = format!("hub_test_{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::SeqCst));
    let mut conn = sqlx::PgConnection::connect(&admin).await.unwrap();
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
    let url = format!("{}/{name}", admin.rsplit_once('/').unwrap().0);
    ((), Arc::new(PostgresDatabase::open(&url).await.unwrap()))
}

suite_tests!(fresh);
