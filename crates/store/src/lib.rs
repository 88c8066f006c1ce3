//! The desktop app's local store: one SQLite file in WAL mode holding the practice's profile, window, task
//! states, returned-forms tally and objection searches. Every change is one transaction that also appends a change-log row; the log is
//! append-only, enforced by triggers. No patient data is ever stored here.

mod export;
mod messages;
mod migrations;
mod objections;
mod outbox;

use std::collections::BTreeMap;
use std::path::Path;

use pathfinder_readiness::{FairProcessingWindow, ObjectionTypes, Planning, PracticeProfile, PracticeState, TaskState};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

pub use export::{EXPORT_FORMAT, EXPORT_VERSION, Export, ImportError};
pub use messages::HubMessage;
pub use objections::{Entry, FORMS, SEARCHES, Undo};
pub use outbox::{Origin, Outgoing, SubmissionRecord, SubmissionState};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the local database failed: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("the local database holds data this version cannot read: {0}")]
    Corrupt(#[from] serde_json::Error),
    #[error("the local database was written by a newer Pathfinder (schema {found}; this one knows up to {supported})")]
    NewerSchema { found: i64, supported: i64 },
    #[error("set up the practice first")]
    NoPractice,
    #[error("no submission {0} in the outbox")]
    NoSubmission(String),
}

impl StoreError {
    /// A stable code for the edges: `{ "code": ..., "message": ... }`. A fault of the database is one code: the
    /// person can do the same about each.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::NoPractice => "no-practice",
            StoreError::NewerSchema { .. } => "newer-database",
            StoreError::Sqlite(_) | StoreError::Corrupt(_) | StoreError::NoSubmission(_) => "store-failed",
        }
    }
}

/// Copies of one notice printed: kind and variant as the wire names them ("letter", "large-print").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Printed {
    pub kind: String,
    pub language: String,
    pub variant: String,
    pub count: u32,
}

/// One row of the change log: who changed what when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Change {
    pub at: String,
    pub actor: String,
    pub entity: String,
    pub entity_id: String,
    /// Any JSON, shaped by the entity: for a task, its whole new state.
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub change: serde_json::Value,
}

pub struct Store {
    conn: Connection,
}

fn timestamp(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).expect("a timestamp formats as RFC 3339")
}

impl Store {
    /// Opens (creating if need be) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        Self::setup(Connection::open(path)?)
    }

    pub fn open_in_memory() -> Result<Self, StoreError> {
        Self::setup(Connection::open_in_memory()?)
    }

    fn setup(mut conn: Connection) -> Result<Self, StoreError> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // A change the app has confirmed must survive a power cut.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrations::migrate(&mut conn)?;
        Ok(Self { conn })
    }

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }

    /// The practice's whole state, or `None` before onboarding.
    pub fn load(&self) -> Result<Option<PracticeState>, StoreError> {
        let row = self
            .conn
            .query_row("SELECT profile, window, planning, objection_types FROM practice WHERE id = 1", [], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                ))
            })
            .optional()?;
        let Some((profile, window, planning, objection_types)) = row else {
            return Ok(None);
        };
        let mut tasks = BTreeMap::new();
        let mut statement = self.conn.prepare("SELECT task_id, state FROM task_state ORDER BY task_id")?;
        for row in statement.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))? {
            let (id, state) = row?;
            tasks.insert(id, serde_json::from_str(&state)?);
        }
        Ok(Some(PracticeState {
            profile: serde_json::from_str(&profile)?,
            window: serde_json::from_str(&window)?,
            planning: serde_json::from_str(&planning)?,
            tasks,
            forms: self.load_forms()?,
            searches: self.load_searches()?,
            objection_types: serde_json::from_str(&objection_types)?,
        }))
    }

    /// Saves the onboarding answers (first time or changed later).
    pub fn save_practice(
        &mut self,
        profile: &PracticeProfile,
        window: &FairProcessingWindow,
        planning: &Planning,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let at = timestamp(at);
        let (profile_json, window_json, planning_json) =
            (serde_json::to_string(profile)?, serde_json::to_string(window)?, serde_json::to_string(planning)?);
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO practice (id, profile, window, planning, updated_at) VALUES (1, ?1, ?2, ?3, ?4)
             ON CONFLICT (id) DO UPDATE SET profile = ?1, window = ?2, planning = ?3, updated_at = ?4",
            params![profile_json, window_json, planning_json, at],
        )?;
        let change = serde_json::json!({ "profile": profile, "window": window, "planning": planning });
        log(&tx, &at, &profile.practice_lead, "practice", profile.ods_code.as_str(), &change)?;
        tx.commit()?;
        Ok(())
    }

    /// Moves the fair-processing window, as the regional team does from the hub; the rest of the practice stays.
    pub fn save_window(
        &mut self,
        window: &FairProcessingWindow,
        actor: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        self.save_central("window", "window", serde_json::to_value(window)?, actor, at)
    }

    /// Records the objection types the pilot offers, as the regional team sets them on the hub.
    pub fn save_objection_types(
        &mut self,
        objection_types: ObjectionTypes,
        actor: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        self.save_central("objection_types", "objectionTypes", serde_json::to_value(objection_types)?, actor, at)
    }

    /// Saves one setting the centre decides (`column` of the practice row, `name` in the change log), in one
    /// transaction with its change-log row.
    fn save_central(
        &mut self,
        column: &'static str,
        name: &str,
        value: serde_json::Value,
        actor: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let at = timestamp(at);
        let tx = self.conn.transaction()?;
        let ods: Option<String> = tx
            .query_row("SELECT json_extract(profile, '$.odsCode') FROM practice WHERE id = 1", [], |row| row.get(0))
            .optional()?;
        let ods = ods.ok_or(StoreError::NoPractice)?;
        tx.execute(
            &format!("UPDATE practice SET {column} = ?1, updated_at = ?2 WHERE id = 1"),
            params![value.to_string(), at],
        )?;
        log(&tx, &at, actor, "practice", &ods, &serde_json::json!({ name: value }))?;
        tx.commit()?;
        Ok(())
    }

    /// Adds printed notices to the running counts, all in one transaction with one change-log row.
    pub fn record_printed(&mut self, printed: &[Printed], actor: &str, at: OffsetDateTime) -> Result<(), StoreError> {
        let at = timestamp(at);
        let tx = self.conn.transaction()?;
        for row in printed {
            tx.execute(
                "INSERT INTO notices_printed (kind, language, variant, count) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (kind, language, variant) DO UPDATE SET count = count + ?4",
                params![row.kind, row.language, row.variant, row.count],
            )?;
        }
        log(&tx, &at, actor, "notices", "printed", &serde_json::to_value(printed)?)?;
        tx.commit()?;
        Ok(())
    }

    /// The running counts of printed notices.
    pub fn printed(&self) -> Result<Vec<Printed>, StoreError> {
        let mut statement = self
            .conn
            .prepare("SELECT kind, language, variant, count FROM notices_printed ORDER BY kind, language, variant")?;
        let rows = statement.query_map([], |row| {
            Ok(Printed { kind: row.get(0)?, language: row.get(1)?, variant: row.get(2)?, count: row.get(3)? })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Saves a task's new state; `actor` is who made the change.
    pub fn save_task(
        &mut self,
        task_id: &str,
        state: &TaskState,
        actor: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let at = timestamp(at);
        let json = serde_json::to_string(state)?;
        let tx = self.conn.transaction()?;
        let practices: i64 = tx.query_row("SELECT count(*) FROM practice", [], |row| row.get(0))?;
        if practices == 0 {
            return Err(StoreError::NoPractice);
        }
        tx.execute(
            "INSERT INTO task_state (task_id, state, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (task_id) DO UPDATE SET state = ?2, updated_at = ?3",
            params![task_id, json, at],
        )?;
        log(&tx, &at, actor, "task", task_id, &serde_json::to_value(state)?)?;
        tx.commit()?;
        Ok(())
    }

    /// The change log of one entity, oldest first.
    pub fn history(&self, entity: &str, entity_id: &str) -> Result<Vec<Change>, StoreError> {
        self.changes_where(Some(entity), Some(entity_id))
    }

    /// The change log of every entity of a kind ("forms", "searches"), oldest first.
    pub fn history_of(&self, entity: &str) -> Result<Vec<Change>, StoreError> {
        self.changes_where(Some(entity), None)
    }

    fn changes(&self, only: Option<(&str, &str)>) -> Result<Vec<Change>, StoreError> {
        let (entity, entity_id) = only.unzip();
        self.changes_where(entity, entity_id)
    }

    fn changes_where(&self, entity: Option<&str>, entity_id: Option<&str>) -> Result<Vec<Change>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT at, actor, entity, entity_id, change FROM change_log
             WHERE (?1 IS NULL OR entity = ?1) AND (?2 IS NULL OR entity_id = ?2) ORDER BY id",
        )?;
        let rows = statement.query_map(params![entity, entity_id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get::<_, String>(4)?))
        })?;
        let mut changes = Vec::new();
        for row in rows {
            let (at, actor, entity, entity_id, change) = row?;
            changes.push(Change { at, actor, entity, entity_id, change: serde_json::from_str(&change)? });
        }
        Ok(changes)
    }
}

fn log(
    tx: &rusqlite::Transaction<'_>,
    at: &str,
    actor: &str,
    entity: &str,
    entity_id: &str,
    change: &serde_json::Value,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO change_log (at, actor, entity, entity_id, change) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![at, actor, entity, entity_id, change.to_string()],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests;
