//! What the hub's email needs of the database: each user's choices, and the digests claimed day by day.

use super::UserRole;

/// A user who may be sent email (not disabled), with their choices as they stand (a default where they made none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub user_id: i64,
    pub email: String,
    pub role: UserRole,
    /// The CCGs a regional user sees.
    pub ccg_codes: Vec<String>,
    /// The daily digest: regional users get it unless they turn it off (national users see every CCG: none is sent).
    pub digest: bool,
    /// An email when a practice turns at risk: on for regional users until they turn it off; national users opt in.
    pub alerts: bool,
}

impl Recipient {
    /// The defaults for a user who made no choice.
    pub(crate) fn new(
        user_id: i64,
        email: String,
        role: UserRole,
        ccg_codes: Vec<String>,
        digest: Option<bool>,
        alerts: Option<bool>,
    ) -> Self {
        let regional = role == UserRole::Regional;
        Self { user_id, email, role, ccg_codes, digest: digest.unwrap_or(regional), alerts: alerts.unwrap_or(regional) }
    }

    pub fn sees(&self, ccg_code: &str) -> bool {
        self.role == UserRole::National || self.ccg_codes.iter().any(|code| code == ccg_code)
    }
}
