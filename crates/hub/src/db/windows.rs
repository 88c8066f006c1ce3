//! Windows as the windows page reads them: each CCG's with who changed it last, the practices with dates of their
//! own, and the history of changes.

use super::{ObjectionTypes, Practice, Window};

/// A CCG's window with what the windows page shows beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CcgWindowRow {
    pub window: Window,
    pub objection_types: ObjectionTypes,
    /// The CCG's practices, and those of them with dates of their own (which the CCG's window does not move).
    pub practices: i64,
    pub exceptions: i64,
    /// RFC 3339 and the user (or "command line"); empty for a window last set before the history was kept.
    pub changed_at: String,
    pub changed_by: String,
}

/// A practice's own window, which its config pull sends instead of its CCG's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeWindowRow {
    pub practice: Practice,
    /// Its `ccg_code` is the practice's CCG.
    pub window: Window,
    pub changed_at: String,
    pub changed_by: String,
}

/// A window's dates, as one side of a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowDates {
    pub start: String,
    pub weeks: i64,
    pub first_extract: String,
}

impl From<&Window> for WindowDates {
    fn from(window: &Window) -> Self {
        Self { start: window.start.clone(), weeks: window.weeks, first_extract: window.first_extract.clone() }
    }
}

/// One change of a window, kept in the transaction that made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowChange {
    pub at: String,
    pub actor: String,
    pub ccg_code: String,
    /// The practice whose own dates changed; none for the CCG's window.
    pub ods_code: Option<String>,
    /// None for a window set for the first time.
    pub old: Option<WindowDates>,
    /// None for a practice's own dates cleared.
    pub new: Option<WindowDates>,
}

/// How many practices a CCG's window reaches: all of the CCG's, less those with dates of their own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WindowReach {
    pub practices: i64,
    pub exceptions: i64,
}

impl WindowReach {
    pub fn moved(&self) -> i64 {
        self.practices - self.exceptions
    }
}
