//! The outbox: a submission is queued in one transaction with its exact bytes, then marked sent (with the hub's
//! receipt), put back for a later attempt, or marked refused. Rows are never deleted: they are the practice's
//! record of what it reported.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use time::OffsetDateTime;

use crate::{Store, StoreError, log, timestamp};

/// Who asked for a submission: the manager after a preview, or the automatic setting after a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "SubmissionOrigin"))]
pub enum Origin {
    Manager,
    Automatic,
}

impl Origin {
    fn as_str(self) -> &'static str {
        match self {
            Self::Manager => "manager",
            Self::Automatic => "automatic",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", rename_all_fields = "camelCase", tag = "state")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum SubmissionState {
    Queued { attempts: u32, next_attempt_at: i64, last_error: Option<String> },
    Sent { receipt_id: String, received_at: String },
    Refused { code: String, message: String },
}

/// One submission as the app lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SubmissionRecord {
    pub submission_id: String,
    pub created_at: String,
    pub origin: Origin,
    #[serde(flatten)]
    pub state: SubmissionState,
}

/// A queued submission due to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub submission_id: String,
    pub body: String,
    pub attempts: u32,
}

const ACTOR: &str = "outbox";

/// A moment in whole Unix seconds, rounded up: a retry is never due before the wait the hub asked for is over.
fn whole_seconds_after(at: OffsetDateTime) -> i64 {
    at.unix_timestamp() + i64::from(at.nanosecond() > 0)
}

impl Store {
    /// Queues a submission's exact bytes, due at once. The same id twice is refused by the primary key.
    pub fn enqueue_submission(
        &mut self,
        submission_id: &str,
        body: &str,
        origin: Origin,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let created = timestamp(at);
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO outbox (submission_id, created_at, origin, body, state, next_attempt_at)
             VALUES (?1, ?2, ?3, ?4, 'queued', ?5)",
            params![submission_id, created, origin.as_str(), body, at.unix_timestamp()],
        )?;
        log(&tx, &created, origin.as_str(), "submission", submission_id, &serde_json::json!({ "state": "queued" }))?;
        tx.commit()?;
        Ok(())
    }

    /// The queued submissions whose next attempt is due at `now`, oldest first.
    pub fn due_submissions(&self, now: OffsetDateTime, limit: u32) -> Result<Vec<Outgoing>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT submission_id, body, attempts FROM outbox
             WHERE state = 'queued' AND next_attempt_at <= ?1 ORDER BY created_at, submission_id LIMIT ?2",
        )?;
        let rows = statement.query_map(params![now.unix_timestamp(), limit], |row| {
            Ok(Outgoing { submission_id: row.get(0)?, body: row.get(1)?, attempts: row.get(2)? })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// When the next queued submission falls due (Unix seconds), if any is queued.
    pub fn next_due(&self) -> Result<Option<i64>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT min(next_attempt_at) FROM outbox WHERE state = 'queued'", [], |row| row.get(0))?)
    }

    /// The hub stored it: keeps the receipt.
    pub fn mark_sent(
        &mut self,
        submission_id: &str,
        receipt_id: &str,
        received_at: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let change = serde_json::json!({ "state": "sent", "receiptId": receipt_id, "receivedAt": received_at });
        self.settle(
            submission_id,
            "UPDATE outbox SET state = 'sent', receipt_id = ?2, received_at = ?3, last_error = NULL
             WHERE submission_id = ?1 AND state = 'queued'",
            params![submission_id, receipt_id, received_at],
            &change,
            at,
        )
    }

    /// The hub refused it for a reason sending again cannot mend.
    pub fn mark_refused(
        &mut self,
        submission_id: &str,
        code: &str,
        message: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let change = serde_json::json!({ "state": "refused", "code": code, "message": message });
        self.settle(
            submission_id,
            "UPDATE outbox SET state = 'refused', refused_code = ?2, refused_message = ?3
             WHERE submission_id = ?1 AND state = 'queued'",
            params![submission_id, code, message],
            &change,
            at,
        )
    }

    /// Not this time: counts the attempt and sets the next one. Not logged, as a flaky line would flood the log.
    pub fn mark_retry(
        &mut self,
        submission_id: &str,
        next_attempt_at: OffsetDateTime,
        error: &str,
    ) -> Result<(), StoreError> {
        let changed = self.conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?2, last_error = ?3
             WHERE submission_id = ?1 AND state = 'queued'",
            params![submission_id, whole_seconds_after(next_attempt_at), error],
        )?;
        if changed == 0 {
            return Err(StoreError::NoSubmission(submission_id.to_owned()));
        }
        Ok(())
    }

    /// Makes every queued submission due now: the manager asked to try again, or the hub's address changed.
    pub fn retry_all_now(&mut self, now: OffsetDateTime) -> Result<(), StoreError> {
        self.conn
            .execute("UPDATE outbox SET next_attempt_at = ?1 WHERE state = 'queued'", params![now.unix_timestamp()])?;
        Ok(())
    }

    fn settle(
        &mut self,
        submission_id: &str,
        sql: &str,
        params: impl rusqlite::Params,
        change: &serde_json::Value,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        if tx.execute(sql, params)? == 0 {
            return Err(StoreError::NoSubmission(submission_id.to_owned()));
        }
        log(&tx, &timestamp(at), ACTOR, "submission", submission_id, change)?;
        tx.commit()?;
        Ok(())
    }

    /// Every submission, newest first.
    pub fn submissions(&self) -> Result<Vec<SubmissionRecord>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT submission_id, created_at, origin, state, attempts, next_attempt_at, last_error,
                    receipt_id, received_at, refused_code, refused_message
             FROM outbox ORDER BY created_at DESC, submission_id DESC",
        )?;
        let rows = statement.query_map([], |row| {
            let state = match row.get::<_, String>(3)?.as_str() {
                "sent" => SubmissionState::Sent { receipt_id: row.get(7)?, received_at: row.get(8)? },
                "refused" => SubmissionState::Refused { code: row.get(9)?, message: row.get(10)? },
                _ => SubmissionState::Queued {
                    attempts: row.get(4)?,
                    next_attempt_at: row.get(5)?,
                    last_error: row.get(6)?,
                },
            };
            let origin = if row.get::<_, String>(2)? == "automatic" { Origin::Automatic } else { Origin::Manager };
            Ok(SubmissionRecord { submission_id: row.get(0)?, created_at: row.get(1)?, origin, state })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The exact bytes queued for a submission.
    pub fn submission_body(&self, submission_id: &str) -> Result<String, StoreError> {
        self.conn
            .query_row("SELECT body FROM outbox WHERE submission_id = ?1", [submission_id], |row| row.get(0))
            .optional()?
            .ok_or_else(|| StoreError::NoSubmission(submission_id.to_owned()))
    }

    /// When the last submission of this origin was queued, for the automatic setting's 15-minute spacing.
    pub fn last_queued_at(&self, origin: Origin) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT max(created_at) FROM outbox WHERE origin = ?1", [origin.as_str()], |row| row.get(0))?)
    }
}
