//! The whole practice state as one JSON file: a backup a manager can keep, or carry to a new PC.

use pathfinder_readiness::PracticeState;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::{Change, Store, StoreError, log, timestamp};

pub const EXPORT_FORMAT: &str = "pathfinder-practice";
/// The newest export version this build reads and the one it writes. Version 2 holds returned forms and objection
/// searches; a version 1 backup's weekly counts are read as the totals reported for each week.
pub const EXPORT_VERSION: u32 = 2;

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
        let mut value = value;
        match value.get("version").and_then(|v| v.as_u64()) {
            Some(found) if found > u64::from(EXPORT_VERSION) => {
                return Err(ImportError::NewerVersion { found, supported: EXPORT_VERSION });
            }
            Some(_) => {}
            None => return Err(ImportError::NotABackup("it has no version number".into())),
        }
        // A version 1 backup is read through its upgrade; any other straight from the text, so that an error names
        // its line and column.
        let backup: Export = if value.get("version").and_then(|v| v.as_u64()) == Some(1) {
            upgrade_weekly_counts(&mut value);
            value["version"] = EXPORT_VERSION.into();
            serde_json::from_value(value).map_err(malformed)?
        } else {
            serde_json::from_str(json).map_err(malformed)?
        };

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
        tx.execute("DELETE FROM returned_forms", [])?;
        for day in &state.forms {
            tx.execute(
                "INSERT INTO returned_forms (day, received, coded, scanned, acknowledged, queried, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![day.date.to_string(), day.received, day.coded, day.scanned, day.acknowledged, day.queried, at],
            )?;
        }
        tx.execute("DELETE FROM objection_searches", [])?;
        for s in &state.searches {
            tx.execute(
                "INSERT INTO objection_searches (search_date, type1, type2, type1_withdrawn, type2_withdrawn, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![s.date.to_string(), s.type1, s.type2, s.type1_withdrawn, s.type2_withdrawn, at],
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

/// A version 1 backup kept weekly increments in `state.objections`: each week becomes a search on its first day with
/// the totals reported so far, as the database migration and the hub read them.
fn upgrade_weekly_counts(backup: &mut serde_json::Value) {
    let Some(state) = backup.get_mut("state").and_then(|s| s.as_object_mut()) else { return };
    let Some(serde_json::Value::Array(mut weeks)) = state.remove("objections") else { return };
    weeks.sort_by(|a, b| a["weekStart"].as_str().cmp(&b["weekStart"].as_str()));
    let (mut type1, mut type2) = (0u64, 0u64);
    let searches: Vec<serde_json::Value> = weeks
        .iter()
        .map(|week| {
            type1 += week["type1"].as_u64().unwrap_or(0);
            type2 += week["type2"].as_u64().unwrap_or(0);
            serde_json::json!({
                "date": week["weekStart"], "type1": type1, "type2": type2, "type1Withdrawn": 0, "type2Withdrawn": 0
            })
        })
        .collect();
    state.insert("searches".into(), serde_json::Value::Array(searches));
}
