//! The regional team's messages: kept as the hub last sent them until the manager acknowledges each. The
//! acknowledgement is stored (with a change-log row) before the hub is told, and kept until it has been, so that a
//! message read stays read across restarts and the hub hears of it at the next try.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use time::OffsetDateTime;

use crate::{Store, StoreError, log, timestamp};

/// A message from the regional team, as the app shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HubMessage {
    /// The hub's id.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    pub title: String,
    /// Plain text; line breaks as `\n`.
    pub body: String,
    /// RFC 3339, the hub's clock.
    pub published_at: String,
    /// When the manager said they had read it (RFC 3339), if they have.
    pub acknowledged_at: Option<String>,
}

impl Store {
    /// Keeps the messages the hub sent in its latest pull (live, and not yet acknowledged there). A message it no
    /// longer sends (withdrawn, or acknowledged from another computer) is forgotten, unless the manager has
    /// acknowledged it here and the hub has yet to be told.
    pub fn keep_messages(&mut self, live: &[HubMessage]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for message in live {
            tx.execute(
                "INSERT INTO hub_messages (id, title, body, published_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (id) DO UPDATE SET title = excluded.title, body = excluded.body,
                     published_at = excluded.published_at",
                params![message.id, message.title, message.body, message.published_at],
            )?;
        }
        let ids: Vec<i64> = {
            let mut statement =
                tx.prepare("SELECT id FROM hub_messages WHERE acknowledged_at IS NULL OR hub_told_at IS NOT NULL")?;
            statement.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?
        };
        for id in ids.into_iter().filter(|id| !live.iter().any(|m| m.id == *id)) {
            tx.execute("DELETE FROM hub_messages WHERE id = ?1", [id])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The messages the manager has not yet acknowledged, oldest first.
    pub fn unread_messages(&self) -> Result<Vec<HubMessage>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT id, title, body, published_at, acknowledged_at FROM hub_messages
             WHERE acknowledged_at IS NULL ORDER BY id",
        )?;
        let rows = statement.query_map([], |row| {
            Ok(HubMessage {
                id: row.get(0)?,
                title: row.get(1)?,
                body: row.get(2)?,
                published_at: row.get(3)?,
                acknowledged_at: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The manager has read the message: kept with a change-log row. False when there is no such message unread.
    pub fn acknowledge_message(&mut self, id: i64, actor: &str, at: OffsetDateTime) -> Result<bool, StoreError> {
        let tx = self.conn.transaction()?;
        let at = timestamp(at);
        let title: Option<String> = tx
            .query_row("SELECT title FROM hub_messages WHERE id = ?1 AND acknowledged_at IS NULL", [id], |row| {
                row.get(0)
            })
            .optional()?;
        let Some(title) = title else {
            return Ok(false);
        };
        tx.execute("UPDATE hub_messages SET acknowledged_at = ?1 WHERE id = ?2", params![at, id])?;
        log(&tx, &at, actor, "regional_message", &id.to_string(), &serde_json::json!({ "acknowledged": title }))?;
        tx.commit()?;
        Ok(true)
    }

    /// The acknowledgements the hub has not yet been told of.
    pub fn acknowledgements_to_tell(&self) -> Result<Vec<i64>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT id FROM hub_messages WHERE acknowledged_at IS NOT NULL AND hub_told_at IS NULL ORDER BY id",
        )?;
        Ok(statement.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?)
    }

    /// The hub has recorded the acknowledgement (or has no such message to record it for).
    pub fn hub_told(&mut self, id: i64, at: OffsetDateTime) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE hub_messages SET hub_told_at = ?1 WHERE id = ?2 AND acknowledged_at IS NOT NULL",
            params![timestamp(at), id],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(id: i64) -> HubMessage {
        HubMessage {
            id,
            title: format!("Message {id}"),
            body: "Reprint your posters".into(),
            published_at: "2026-03-01T09:00:00Z".into(),
            acknowledged_at: None,
        }
    }

    #[test]
    fn an_acknowledgement_is_kept_until_the_hub_is_told_and_a_withdrawn_message_goes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store.sqlite3");
        let at = OffsetDateTime::now_utc();
        let mut store = Store::open(&path).unwrap();
        store.keep_messages(&[message(1), message(2)]).unwrap();
        assert!(store.acknowledge_message(1, "manager", at).unwrap());
        assert!(!store.acknowledge_message(1, "manager", at).unwrap(), "once");
        assert!(!store.acknowledge_message(9, "manager", at).unwrap());
        drop(store);

        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.unread_messages().unwrap(), [message(2)], "read stays read after a restart");
        assert_eq!(store.acknowledgements_to_tell().unwrap(), [1]);
        assert_eq!(store.history("regional_message", "1").unwrap().len(), 1);
        // The hub, not yet told, still sends message 1; it stays read. Message 2 is withdrawn: it goes.
        store.keep_messages(&[message(1)]).unwrap();
        assert!(store.unread_messages().unwrap().is_empty());
        store.hub_told(1, at).unwrap();
        assert!(store.acknowledgements_to_tell().unwrap().is_empty());
        store.keep_messages(&[]).unwrap();
        store.keep_messages(&[message(3)]).unwrap();
        assert_eq!(store.unread_messages().unwrap(), [message(3)]);
    }
}
