//! Returned forms day by day and objection searches by date: each change one transaction with its change-log row,
//! which holds the whole new value (or null for a deletion), so that every earlier value can be shown and an entry
//! undone. Counts only.

use pathfinder_readiness::{FormsDay, ObjectionSearch};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::{Store, StoreError, log, timestamp};

/// The change-log entities.
pub const FORMS: &str = "forms";
pub const SEARCHES: &str = "searches";

/// What a change-log row of forms or searches records: the day's value after the change (none: deleted), and for an
/// undo, which change it took back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry<T> {
    pub value: Option<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undoes: Option<i64>,
}

/// The change an undo would take back, and what it would put back.
#[derive(Debug, Clone, PartialEq)]
pub struct Undo {
    pub change_id: i64,
    pub date: Date,
    /// The value before the change: none where the day had no entry.
    pub previous: Option<FormsDay>,
}

fn parse_date(text: &str) -> Result<Date, StoreError> {
    Ok(serde_json::from_value(serde_json::Value::String(text.to_owned()))?)
}

impl Store {
    pub(crate) fn load_forms(&self) -> Result<Vec<FormsDay>, StoreError> {
        let mut statement = self
            .conn
            .prepare("SELECT day, received, coded, scanned, acknowledged, queried FROM returned_forms ORDER BY day")?;
        let rows = statement.query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?))
        })?;
        let mut days = Vec::new();
        for row in rows {
            let (day, received, coded, scanned, acknowledged, queried) = row?;
            days.push(FormsDay { date: parse_date(&day)?, received, coded, scanned, acknowledged, queried });
        }
        Ok(days)
    }

    pub(crate) fn load_searches(&self) -> Result<Vec<ObjectionSearch>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT search_date, type1, type2, type1_withdrawn, type2_withdrawn FROM objection_searches
             ORDER BY search_date",
        )?;
        let rows = statement
            .query_map([], |row| Ok((row.get::<_, String>(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?)))?;
        let mut searches = Vec::new();
        for row in rows {
            let (date, type1, type2, type1_withdrawn, type2_withdrawn) = row?;
            searches.push(ObjectionSearch { date: parse_date(&date)?, type1, type2, type1_withdrawn, type2_withdrawn });
        }
        Ok(searches)
    }

    /// Records (or corrects) one day's returned forms.
    pub fn save_forms_day(&mut self, day: &FormsDay, actor: &str, at: OffsetDateTime) -> Result<(), StoreError> {
        self.write_forms_day(day.date, Some(day), None, actor, at)
    }

    /// Removes one day's entry.
    pub fn delete_forms_day(&mut self, date: Date, actor: &str, at: OffsetDateTime) -> Result<(), StoreError> {
        self.write_forms_day(date, None, None, actor, at)
    }

    /// Takes back the change `undo` names, putting back what the day held before it.
    pub fn apply_forms_undo(&mut self, undo: &Undo, actor: &str, at: OffsetDateTime) -> Result<(), StoreError> {
        self.write_forms_day(undo.date, undo.previous.as_ref(), Some(undo.change_id), actor, at)
    }

    fn write_forms_day(
        &mut self,
        date: Date,
        day: Option<&FormsDay>,
        undoes: Option<i64>,
        actor: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let at = timestamp(at);
        let key = date.to_string();
        let tx = self.conn.transaction()?;
        require_practice(&tx)?;
        match day {
            Some(day) => tx.execute(
                "INSERT INTO returned_forms (day, received, coded, scanned, acknowledged, queried, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (day) DO UPDATE SET received = ?2, coded = ?3, scanned = ?4, acknowledged = ?5,
                     queried = ?6, updated_at = ?7",
                params![key, day.received, day.coded, day.scanned, day.acknowledged, day.queried, at],
            )?,
            None => tx.execute("DELETE FROM returned_forms WHERE day = ?1", params![key])?,
        };
        let entry = Entry { value: day.copied(), undoes };
        log(&tx, &at, actor, FORMS, &key, &serde_json::to_value(entry)?)?;
        tx.commit()?;
        Ok(())
    }

    /// The latest change to the forms not yet undone (an undo itself is not undone: the entry can be typed again),
    /// and the value before it.
    pub fn forms_undo(&self) -> Result<Option<Undo>, StoreError> {
        let mut statement =
            self.conn.prepare("SELECT id, entity_id, change FROM change_log WHERE entity = ?1 ORDER BY id")?;
        let rows: Vec<(i64, String, String)> = statement
            .query_map(params![FORMS], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
            .collect::<Result<_, _>>()?;
        let entries: Vec<(i64, String, Entry<FormsDay>)> = rows
            .into_iter()
            .map(|(id, key, change)| Ok((id, key, serde_json::from_str(&change)?)))
            .collect::<Result<_, StoreError>>()?;
        let undone: Vec<i64> = entries.iter().filter_map(|(_, _, entry)| entry.undoes).collect();
        let Some(index) = entries.iter().rposition(|(id, _, entry)| entry.undoes.is_none() && !undone.contains(id))
        else {
            return Ok(None);
        };
        let (change_id, key, _) = &entries[index];
        let previous = entries[..index].iter().rev().find(|(_, k, _)| k == key).and_then(|(_, _, e)| e.value);
        Ok(Some(Undo { change_id: *change_id, date: parse_date(key)?, previous }))
    }

    /// Records (or corrects) a search's totals.
    pub fn save_search(&mut self, search: &ObjectionSearch, actor: &str, at: OffsetDateTime) -> Result<(), StoreError> {
        self.write_search(search.date, Some(search), actor, at)
    }

    pub fn delete_search(&mut self, date: Date, actor: &str, at: OffsetDateTime) -> Result<(), StoreError> {
        self.write_search(date, None, actor, at)
    }

    fn write_search(
        &mut self,
        date: Date,
        search: Option<&ObjectionSearch>,
        actor: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let at = timestamp(at);
        let key = date.to_string();
        let tx = self.conn.transaction()?;
        require_practice(&tx)?;
        match search {
            Some(s) => tx.execute(
                "INSERT INTO objection_searches (search_date, type1, type2, type1_withdrawn, type2_withdrawn, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (search_date) DO UPDATE SET type1 = ?2, type2 = ?3, type1_withdrawn = ?4,
                     type2_withdrawn = ?5, updated_at = ?6",
                params![key, s.type1, s.type2, s.type1_withdrawn, s.type2_withdrawn, at],
            )?,
            None => tx.execute("DELETE FROM objection_searches WHERE search_date = ?1", params![key])?,
        };
        let entry = Entry { value: search.copied(), undoes: None };
        log(&tx, &at, actor, SEARCHES, &key, &serde_json::to_value(entry)?)?;
        tx.commit()?;
        Ok(())
    }
}

fn require_practice(tx: &rusqlite::Transaction<'_>) -> Result<(), StoreError> {
    let practice: Option<i64> =
        tx.query_row("SELECT id FROM practice WHERE id = 1", [], |row| row.get(0)).optional()?;
    practice.map(|_| ()).ok_or(StoreError::NoPractice)
}
