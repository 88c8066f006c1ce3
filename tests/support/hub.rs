//! A real hub for the end-to-end suites: the hub's own router and its SQLite backend (or PostgreSQL, where a
//! server is given) on a loopback port, in a runtime of its own so that a test can stop it (as a crash or a
//! switched-off server would) and start it again on the same port and database.
// Each suite includes the support it needs and uses part of it.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use pathfinder_hub::db::{Database, PostgresDatabase, SqliteDatabase};
use pathfinder_hub::serve::{Options, serve};
use pathfinder_hub::{Hub, admin, app};
use tokio::runtime::Runtime;

/// Where the hub keeps its data.
#[derive(Clone)]
pub enum Backend {
    Sqlite(PathBuf),
    /// A PostgreSQL database's URL.
    Postgres(String),
}

pub struct TestHub {
    database: Backend,
    address: SocketAddr,
    runtime: Option<Runtime>,
    db: Option<Arc<dyn Database>>,
    updates: Option<PathBuf>,
}

/// Practices the suites use: one in Leeds West (02V), one in Somerset (11X).
pub const PRACTICES_CSV: &str = "ods_code,name,ccg\nB82005,Riverside Surgery,02V\nL85001,Quantock Practice,11X\n";

impl TestHub {
    /// A hub on a free loopback port with a fresh database, holding `PRACTICES_CSV`: SQLite in `dir`, or with the
    /// `postgres-tests` feature a database of its own on the server `scripts/with-postgres.sh` gives
    /// (PATHFINDER_TEST_POSTGRES), so that the same suite runs on both backends.
    pub fn start(dir: &Path) -> Self {
        Self::start_offering_updates(dir, None)
    }

    /// As `start`, offering the app releases in `updates` (as `pathfinder-hub serve --updates` does).
    pub fn start_offering_updates(dir: &Path, updates: Option<PathBuf>) -> Self {
        std::fs::create_dir_all(dir).expect("the hub's folder");
        let backend = if cfg!(feature = "postgres-tests") {
            Backend::Postgres(fresh_postgres_database())
        } else {
            Backend::Sqlite(dir.join("hub.sqlite3"))
        };
        Self::start_on(backend, updates)
    }

    /// A hub on a free loopback port over `database`, holding `PRACTICES_CSV`.
    pub fn start_on(database: Backend, updates: Option<PathBuf>) -> Self {
        let mut hub = Self::serve(database, "127.0.0.1:0".parse().expect("an address"), updates);
        hub.block_on(|db| async move {
            admin::import_practices(db.as_ref(), "practices.csv", PRACTICES_CSV, "test").await.expect("imported");
        });
        hub
    }

    fn serve(database: Backend, address: SocketAddr, updates: Option<PathBuf>) -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a runtime for the hub");
        let (db, address) = runtime.block_on(async {
            let db: Arc<dyn Database> = match &database {
                Backend::Sqlite(path) => Arc::new(SqliteDatabase::open(path).await.expect("the hub's database")),
                Backend::Postgres(url) => Arc::new(PostgresDatabase::open(url).await.expect("the hub's database")),
            };
            let listener = tokio::net::TcpListener::bind(address).await.expect("the hub's port");
            let address = listener.local_addr().expect("a bound address");
            let hub = Hub { updates: updates.clone(), ..Hub::new(db.clone()) };
            // The binary's own accept loop; it runs until the runtime is dropped (stop).
            tokio::spawn(serve(listener, app(hub), Options::default(), std::future::pending()));
            (db, address)
        });
        Self { database, address, runtime: Some(runtime), db: Some(db), updates }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Runs an async step against the hub's database on the hub's runtime.
    pub fn block_on<F, T>(&mut self, step: impl FnOnce(Arc<dyn Database>) -> F) -> T
    where
        F: Future<Output = T>,
    {
        let db = self.db.clone().expect("the hub is running");
        self.runtime.as_ref().expect("the hub is running").block_on(step(db))
    }

    /// A one-time enrolment code for a practice, as `pathfinder-hub enrol-code` prints it.
    pub fn enrolment_code(&mut self, ods: &str) -> String {
        self.block_on(|db| async move {
            admin::issue_enrolment_code(db.as_ref(), ods, "test", time::OffsetDateTime::now_utc())
                .await
                .expect("a code")
        })
    }

    pub fn submission_count(&mut self) -> i64 {
        self.block_on(|db| async move { db.submission_count().await.expect("a count") })
    }

    /// Stops the hub at once, mid-request or not: its tasks are dropped with its runtime.
    pub fn stop(&mut self) {
        self.db = None;
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }

    /// Starts the hub again on the same port and database.
    pub fn restart(&mut self) {
        self.stop();
        let address = self.address;
        // The old listener's port can take a moment to be free again.
        for _ in 0..50 {
            if std::net::TcpListener::bind(address).is_ok() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        *self = Self::serve(self.database.clone(), address, self.updates.clone());
    }
}

/// A new, empty database on the test PostgreSQL server; its URL.
fn fresh_postgres_database() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let server = std::env::var("PATHFINDER_TEST_POSTGRES")
        .expect("PATHFINDER_TEST_POSTGRES names a PostgreSQL server: run through scripts/with-postgres.sh");
    let name = format!("app_test_{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::SeqCst));
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    runtime.block_on(async {
        use sqlx::Connection;
        let mut conn = sqlx::PgConnection::connect(&server).await.expect("the test server");
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut conn)
            .await
            .expect("created");
        conn.close().await.expect("closed");
    });
    format!("{}/{name}", server.rsplit_once('/').expect("a URL with a database").0)
}

impl Drop for TestHub {
    fn drop(&mut self) {
        self.stop();
    }
}
