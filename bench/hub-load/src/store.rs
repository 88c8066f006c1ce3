//! Reading back what the hub stored, straight from its database: the row count, and each acknowledged submission
//! with its receipt. "Stored equals acknowledged" is asserted here, not printed.

use std::collections::HashMap;
use std::path::PathBuf;

use pathfinder_protocol::Receipt;

use crate::common::fail;
use crate::load::Outcome;
use crate::seed::ods;

pub enum Store {
    Sqlite(PathBuf),
    Postgres(String),
}

/// A stored submission: its receipt and practice.
struct Stored {
    receipt: Receipt,
    ods_code: String,
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime")
}

impl Store {
    pub fn count(&self) -> i64 {
        match self {
            Self::Sqlite(path) => {
                let conn = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                    .unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
                conn.query_row("SELECT count(*) FROM submissions", [], |r| r.get(0))
                    .unwrap_or_else(|e| fail(format!("counting submissions: {e}")))
            }
            Self::Postgres(url) => runtime().block_on(async {
                use sqlx::{Connection, Row};
                let mut conn = sqlx::PgConnection::connect(url).await.unwrap_or_else(|e| fail(e));
                let n: i64 = sqlx::query("SELECT count(*) FROM submissions")
                    .fetch_one(&mut conn)
                    .await
                    .unwrap_or_else(|e| fail(format!("counting submissions: {e}")))
                    .get(0);
                n
            }),
        }
    }

    pub fn size_bytes(&self) -> u64 {
        match self {
            Self::Sqlite(path) => ["", "-wal", "-shm"]
                .iter()
                .filter_map(|s| std::fs::metadata(format!("{}{s}", path.display())).ok())
                .map(|m| m.len())
                .sum(),
            Self::Postgres(url) => runtime().block_on(async {
                use sqlx::{Connection, Row};
                let mut conn = sqlx::PgConnection::connect(url).await.unwrap_or_else(|e| fail(e));
                let n: i64 = sqlx::query("SELECT pg_database_size(current_database())")
                    .fetch_one(&mut conn)
                    .await
                    .unwrap_or_else(|e| fail(e))
                    .get(0);
                n as u64
            }),
        }
    }

    fn lookup(&self, ids: &[&str]) -> HashMap<String, Stored> {
        let mut found = HashMap::new();
        match self {
            Self::Sqlite(path) => {
                let conn = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                    .unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
                let mut s = conn
                    .prepare("SELECT receipt_id, received_at, ods_code FROM submissions WHERE submission_id = ?1")
                    .expect("a query");
                for id in ids {
                    let mut rows = s.query([id]).expect("a query");
                    while let Some(row) = rows.next().expect("a row") {
                        let stored = Stored {
                            receipt: Receipt {
                                receipt_id: row.get(0).expect("text"),
                                received_at: row.get(1).expect("text"),
                            },
                            ods_code: row.get(2).expect("text"),
                        };
                        if found.insert((*id).to_owned(), stored).is_some() {
                            fail(format!("submission {id} is stored twice"));
                        }
                    }
                }
            }
            Self::Postgres(url) => runtime().block_on(async {
                use sqlx::{Connection, Row};
                let mut conn = sqlx::PgConnection::connect(url).await.unwrap_or_else(|e| fail(e));
                for chunk in ids.chunks(5000) {
                    let list: Vec<String> = chunk.iter().map(|s| (*s).to_owned()).collect();
                    let rows = sqlx::query(
                        "SELECT submission_id, receipt_id, received_at, ods_code FROM submissions
                         WHERE submission_id = ANY($1)",
                    )
                    .bind(list)
                    .fetch_all(&mut conn)
                    .await
                    .unwrap_or_else(|e| fail(format!("reading submissions back: {e}")));
                    for row in rows {
                        let id: String = row.get(0);
                        let stored = Stored {
                            receipt: Receipt { receipt_id: row.get(1), received_at: row.get(2) },
                            ods_code: row.get(3),
                        };
                        if found.insert(id.clone(), stored).is_some() {
                            fail(format!("submission {id} is stored twice"));
                        }
                    }
                }
            }),
        }
        found
    }
}

/// What the check found.
pub struct Verified {
    /// Rows added to the database during the run.
    pub new_rows: i64,
    /// Distinct submissions the clients got a 2xx for.
    pub acknowledged: usize,
    /// Of those, answered 200 (a repeat: the first attempt was stored, its answer lost).
    pub repeats: usize,
}

/// Every acknowledged submission is stored, once, with the receipt its client was given and for its practice; and the
/// database holds no new row that was not acknowledged. Anything else fails the benchmark.
pub fn verify(store: &Store, before: i64, outcome: &Outcome, what: &str) -> Verified {
    let mut receipts: HashMap<&str, (Receipt, usize)> = HashMap::new();
    let mut repeats = 0;
    for ack in &outcome.acknowledged {
        let receipt: Receipt = serde_json::from_str(&ack.receipt).unwrap_or_else(|e| {
            fail(format!("{what}: the receipt for {} is not a receipt ({e}): {}", ack.id, ack.receipt))
        });
        if ack.status == 200 {
            repeats += 1;
        }
        match receipts.get(ack.id.as_str()) {
            Some((first, _)) if *first != receipt => {
                fail(format!("{what}: submission {} got two different receipts: {first:?} and {receipt:?}", ack.id))
            }
            Some(_) => {}
            None => {
                receipts.insert(&ack.id, (receipt, ack.practice));
            }
        }
    }
    let ids: Vec<&str> = receipts.keys().copied().collect();
    let stored = store.lookup(&ids);
    for (id, (receipt, practice)) in &receipts {
        let Some(row) = stored.get(*id) else { fail(format!("{what}: acknowledged submission {id} is not stored")) };
        if row.receipt != *receipt {
            fail(format!(
                "{what}: submission {id} is stored with receipt {:?}, its client got {receipt:?}",
                row.receipt
            ));
        }
        if row.ods_code != ods(*practice) {
            fail(format!("{what}: submission {id} is stored for {}, sent by {}", row.ods_code, ods(*practice)));
        }
    }
    let new_rows = store.count() - before;
    if new_rows != receipts.len() as i64 {
        fail(format!(
            "{what}: {new_rows} new rows in the database, {} submissions acknowledged: they must be equal",
            receipts.len()
        ));
    }
    Verified { new_rows, acknowledged: receipts.len(), repeats }
}
