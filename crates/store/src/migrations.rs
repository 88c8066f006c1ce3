//! Numbered migrations; `PRAGMA user_version` holds the number of the last one applied.

use rusqlite::Connection;

use crate::StoreError;

const MIGRATIONS: &[&str] = &[
    // 1: the practice, its tasks and objection counts, and the change log that nothing may alter or delete.
    "CREATE TABLE practice (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        profile TEXT NOT NULL,
        window TEXT NOT NULL,
        planning TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE task_state (
        task_id TEXT PRIMARY KEY,
        practice_id INTEGER NOT NULL DEFAULT 1 REFERENCES practice(id),
        state TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE objection_counts (
        week_start TEXT PRIMARY KEY,
        practice_id INTEGER NOT NULL DEFAULT 1 REFERENCES practice(id),
        type1 INTEGER NOT NULL CHECK (type1 >= 0),
        type2 INTEGER NOT NULL CHECK (type2 >= 0),
        updated_at TEXT NOT NULL
    );
    CREATE TABLE change_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        change TEXT NOT NULL
    );
    CREATE INDEX change_log_entity ON change_log (entity, entity_id);
    CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
        BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
    CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
        BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;",
    // 2: the outbox of readiness submissions, kept with their receipts or refusals once the hub has answered.
    "CREATE TABLE outbox (
        submission_id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('manager', 'automatic')),
        body TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'refused')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at INTEGER NOT NULL,
        last_error TEXT,
        receipt_id TEXT,
        received_at TEXT,
        refused_code TEXT,
        refused_message TEXT,
        CHECK ((state = 'sent') = (receipt_id IS NOT NULL)),
        CHECK ((state = 'refused') = (refused_code IS NOT NULL))
    );
    CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
    CREATE TRIGGER outbox_body_fixed BEFORE UPDATE OF body, submission_id ON outbox
        BEGIN SELECT RAISE(ABORT, 'a queued submission is sent as it was previewed'); END;",
    // 3: how many notices the practice has printed, by kind, language and variant: counts only, never who for.
    "CREATE TABLE notices_printed (
        kind TEXT NOT NULL,
        language TEXT NOT NULL,
        variant TEXT NOT NULL CHECK (variant IN ('standard', 'large-print')),
        count INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (kind, language, variant)
    );",
    // 4: the objection types the pilot offers, as pulled from the hub with the window (both until pulled).
    "ALTER TABLE practice ADD COLUMN objection_types TEXT NOT NULL DEFAULT '[\"type1\",\"type2\"]';",
];

/// The schema version this build writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

pub fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if current > LATEST {
        return Err(StoreError::NewerSchema { found: current, supported: LATEST });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
