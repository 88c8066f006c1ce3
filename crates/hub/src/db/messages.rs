//! Messages to practices as the hub keeps them: each for one CCG, with who published it (and withdrew it) and
//! when, and each practice's acknowledgement.

use super::Practice;

/// A message to publish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMessage {
    pub ccg_code: String,
    pub title: String,
    pub body: String,
    /// RFC 3339, and the user's email.
    pub published_at: String,
    pub published_by: String,
}

/// A message as the dashboard lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRow {
    pub id: i64,
    pub ccg_code: String,
    pub title: String,
    pub body: String,
    pub published_at: String,
    pub published_by: String,
    /// Set once withdrawn: then it is sent to no practice.
    pub withdrawn_at: Option<String>,
    pub withdrawn_by: Option<String>,
    /// The CCG's practices (as they are now), and how many of them have acknowledged it.
    pub practices: i64,
    pub acknowledged: i64,
}

/// A practice of the message's CCG and when it acknowledged the message, if it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageReader {
    pub practice: Practice,
    pub acknowledged_at: Option<String>,
}
