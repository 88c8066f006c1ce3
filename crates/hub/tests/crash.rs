//! The hub on SQLite, killed with SIGKILL five times under load from 48 practices: nothing acknowledged is lost,
//! nothing is stored twice (tests/crash_load).

mod crash_load;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_hub_on_sqlite_loses_nothing_acknowledged_when_killed_under_load() {
    let dir = tempfile::tempdir().unwrap();
    let backend = crash_load::Backend::Sqlite(dir.path().join("hub.sqlite3"));
    crash_load::survives_sigkills_under_load(backend, dir.path()).await;
}
