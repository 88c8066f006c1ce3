//! Numbered migrations; `PRAGMA user_version` holds the number of the last one applied.

use rusqlite::Connection;

use crate::StoreError;

pub(crate) const MIGRATIONS: &[&str] = &[
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
    // 5: returned forms counted day by day, and objection searches (point-in-time totals with withdrawals) in place
    // of weekly increments. Each week's increments become the totals reported for that week, as on the wire.
    "CREATE TABLE returned_forms (
        day TEXT PRIMARY KEY,
        practice_id INTEGER NOT NULL DEFAULT 1 REFERENCES practice(id),
        received INTEGER NOT NULL CHECK (received >= 0),
        coded INTEGER NOT NULL CHECK (coded >= 0),
        scanned INTEGER NOT NULL CHECK (scanned >= 0),
        acknowledged INTEGER NOT NULL CHECK (acknowledged >= 0),
        queried INTEGER NOT NULL CHECK (queried >= 0),
        updated_at TEXT NOT NULL
    );
    CREATE TABLE objection_searches (
        search_date TEXT PRIMARY KEY,
        practice_id INTEGER NOT NULL DEFAULT 1 REFERENCES practice(id),
        type1 INTEGER NOT NULL CHECK (type1 >= 0),
        type2 INTEGER NOT NULL CHECK (type2 >= 0),
        type1_withdrawn INTEGER NOT NULL CHECK (type1_withdrawn >= 0),
        type2_withdrawn INTEGER NOT NULL CHECK (type2_withdrawn >= 0),
        updated_at TEXT NOT NULL
    );
    INSERT INTO objection_searches (search_date, type1, type2, type1_withdrawn, type2_withdrawn, updated_at)
        SELECT week_start,
               sum(type1) OVER (ORDER BY week_start),
               sum(type2) OVER (ORDER BY week_start),
               0, 0, updated_at
        FROM objection_counts;
    DROP TABLE objection_counts;",
    // 6: an hours box left blank was saved as 0 before blank came to mean "not planned yet": a team saved with 0 hours
    // is read as not planned, so that an upgraded practice is not at risk for hours it never typed.
    "UPDATE practice SET profile = json_remove(profile, '$.staffHours.\"practice-manager\"')
         WHERE json_extract(profile, '$.staffHours.\"practice-manager\"') = 0;
     UPDATE practice SET profile = json_remove(profile, '$.staffHours.reception')
         WHERE json_extract(profile, '$.staffHours.reception') = 0;
     UPDATE practice SET profile = json_remove(profile, '$.staffHours.\"admin-team\"')
         WHERE json_extract(profile, '$.staffHours.\"admin-team\"') = 0;
     UPDATE practice SET profile = json_remove(profile, '$.staffHours.\"gp-partner\"')
         WHERE json_extract(profile, '$.staffHours.\"gp-partner\"') = 0;
     UPDATE practice SET profile = json_remove(profile, '$.staffHours.it')
         WHERE json_extract(profile, '$.staffHours.it') = 0;",
    // 7: the regional team's messages, as pulled from the hub, with when the manager acknowledged each and when the
    // hub was told: an acknowledgement is kept here first, so it holds across restarts before the hub has heard.
    "CREATE TABLE hub_messages (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        published_at TEXT NOT NULL,
        acknowledged_at TEXT,
        hub_told_at TEXT,
        CHECK (hub_told_at IS NULL OR acknowledged_at IS NOT NULL)
    );",
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
