//! Members of staff who read the dashboard, and what their role lets them see.

use std::fmt;
use std::str::FromStr;

/// What a member of staff may see. Stored, and typed on the command line, as its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserRole {
    /// Every CCG.
    National,
    /// Only the CCGs granted.
    Regional,
}

impl UserRole {
    pub const ALL: [Self; 2] = [Self::National, Self::Regional];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::National => "national",
            Self::Regional => "regional",
        }
    }
}

impl fmt::Display for UserRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("{0} is not a role: national or regional")]
pub struct UnknownRole(pub String);

impl FromStr for UserRole {
    type Err = UnknownRole;

    fn from_str(text: &str) -> Result<Self, UnknownRole> {
        Self::ALL.into_iter().find(|role| role.as_str() == text).ok_or_else(|| UnknownRole(text.to_owned()))
    }
}

/// A member of regional or national NHS staff who reads the dashboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub password_hash: String,
    pub role: UserRole,
    /// The CCGs a regional user sees.
    pub ccg_codes: Vec<String>,
    /// A disabled user cannot sign in and has no sessions, until enabled again.
    pub disabled: bool,
    /// Whether a regional user may issue enrolment codes (for their CCGs); national users always may.
    pub can_issue_codes: bool,
}

impl User {
    pub fn may_issue_codes(&self) -> bool {
        self.role == UserRole::National || self.can_issue_codes
    }

    pub fn sees(&self, ccg_code: &str) -> bool {
        self.role == UserRole::National || self.ccg_codes.iter().any(|code| code == ccg_code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_read_back_as_they_are_stored_and_nothing_else_is_one() {
        for role in UserRole::ALL {
            assert_eq!(role.as_str().parse::<UserRole>().unwrap(), role);
        }
        assert_eq!("admin".parse::<UserRole>().unwrap_err().to_string(), "admin is not a role: national or regional");
    }
}
