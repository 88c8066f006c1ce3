//! The whole practice state as one JSON file: a backup a manager can keep, or carry to a new PC.

use pathfinder_readiness::PracticeState;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::{Change, Store, StoreError, log, timestamp};

pub const EXPORT_FORMAT: &str = "pathfinder-practice";
/// The newest export version this build reads and the one it writes.
pub const EXPORT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Export {
    pub format: String,
    pub version: u32,
    pub exported_at: String,
    pub state: PracticeState,
    pub change_log: Vec<Change>,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file is not a Pathfinder backup: {0}")]
    NotABackup(String),
    #[error("the file is not valid: line {line}, column {column}: {reason}")]
    Malformed { line: usize, column: usize, reason: String },
    #[error("the file was made by a newer Pathfinder (backup version {found}; this one reads up to {supported})")]
    NewerVersion { found: u64, supported: u32 },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ImportError {
    /// A stable code for the edges: `{ "code": ..., "message": ... }`.
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::NotABackup(_) | ImportError::Malformed { .. } => "backup-invalid",
            ImportError::NewerVersion { .. } => "backup-newer",
            ImportError::Store(error) => error.code(),
        }
    }
}

impl From<rusqlite::Error> for ImportError {
    fn from(error: rusqlite::Error) -> Self {
        Self::Store(error.into())
    }
}

impl Store {
    pub fn export(&self, at: OffsetDateTime) -> Result<Export, StoreError> {
        let state = self.load()?.ok_or(StoreError::NoPractice)?;
        Ok(Export {
            format: EXPORT_FORMAT.to_owned(),
            version: EXPORT_VERSION,
            exported_at: timestamp(at),
            state,
            change_log: self.changes(None)?,
        })
    }

    /// Replaces the practice's state with a backup's, in one transaction: a bad file changes nothing. The
    /// change log keeps its history and gains the backup's rows it lacks, and a row for the import itself.
    pub fn import(&mut self, json: &str, actor: &str, at: OffsetDateTime) -> Result<(), ImportError> {
        let malformed =
            |e: serde_json::Error| ImportError::Malformed { line: e.line(), column: e.column(), reason: e.to_string() };
        let value: serde_json::Value = serde_json::from_str(json).map_err(malformed)?;
        if value.get("format").and_then(|f| f.as_str()) != Some(EXPORT_FORMAT) {
            return Err(ImportError::NotABackup("it has no \"format\": \"pathfinder-practice\"".into()));
        }
        match value.get("version").and_then(|v| v.as_u64()) {
            Some(found) if found > u64::from(EXPORT_VERSION) => {
                return Err(ImportError::NewerVersion { found, supported: EXPORT_VERSION });
            }
            Some(_) => {}
            None => return Err(ImportError::NotABackup("it has no version number".into())),
        }
        let backup: Export = serde_json::from_str(json).map_err(malformed)?;

        let at = timestamp(at);
        let existing = self.changes(None)?;
        let tx = self.conn.transaction()?;
        let state = &backup.state;
        tx.execute(
            "INSERT INTO practice (id, profile, window, planning, updated_at, objection_types)
             VALUES (1, ?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (id) DO UPDATE SET profile = ?1, window = ?2, planning = ?3, updated_at = ?4,
                 objection_types = ?5",
            params![
                serde_json::to_string(&state.profile).map_err(StoreError::from)?,
                serde_json::to_string(&state.window).map_err(StoreError::from)?,
                serde_json::to_string(&state.planning).map_err(StoreError::from)?,
                at,
                serde_json::to_string(&state.objection_types).map_err(StoreError::from)?
            ],
        )?;
        tx.execute("DELETE FROM task_state", [])?;
        for (id, task) in &state.tasks {
            tx.execute(
                "INSERT INTO task_state (task_id, state, updated_at) VALUES (?1, ?2, ?3)",
                params![id, serde_json::to_string(task).map_err(StoreError::from)?, at],
            )?;
        }
        tx.execute("DELETE FROM objection_counts", [])?;
        for week in &state.objections {
            tx.execute(
                "INSERT INTO objection_counts (week_start, type1, type2, updated_at) VALUES (?1, ?2, ?3, ?4)",
                params![week.week_start.to_string(), week.type1, week.type2, at],
            )?;
        }
        for change in backup.change_log.iter().filter(|change| !existing.contains(change)) {
            log(&tx, &change.at, &change.actor, &change.entity, &change.entity_id, &change.change)?;
        }
        let note = serde_json::json!({ "importedBackupOf": backup.exported_at });
        log(&tx, &at, actor, "practice", state.profile.ods_code.as_str(), &note)?;
        tx.commit()?;
        Ok(())
    }
}
