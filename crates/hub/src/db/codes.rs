//! Enrolment codes as the dashboard lists them: only each code's hash is kept, with its practice, who issued it and
//! when, its expiry, and whether it was used or revoked.

/// A code to store: its hash, never the code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCode {
    pub code_hash: String,
    pub ods_code: String,
    /// Unix seconds.
    pub issued_at: i64,
    pub issued_by: String,
    pub expires_at: i64,
}

/// A code issued, with its practice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedCode {
    /// Names the code in a revoke form; a hash gives no code back.
    pub code_hash: String,
    pub ods_code: String,
    pub practice_name: String,
    pub ccg_code: String,
    /// None for codes issued before the hub kept it.
    pub issued_at: Option<i64>,
    pub issued_by: Option<String>,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// Where a code stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeStatus {
    Unused,
    Used,
    Expired,
    Revoked,
}

impl IssuedCode {
    /// Used or revoked stays so; otherwise it is unused until it expires (`now` in Unix seconds).
    pub fn status(&self, now: i64) -> CodeStatus {
        if self.used_at.is_some() {
            CodeStatus::Used
        } else if self.revoked_at.is_some() {
            CodeStatus::Revoked
        } else if self.expires_at <= now {
            CodeStatus::Expired
        } else {
            CodeStatus::Unused
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_unused_until_used_revoked_or_expired() {
        let code = IssuedCode {
            code_hash: "h".into(),
            ods_code: "B82005".into(),
            practice_name: "Riverside Surgery".into(),
            ccg_code: "02V".into(),
            issued_at: Some(0),
            issued_by: Some("lead@nhs.net".into()),
            expires_at: 100,
            used_at: None,
            revoked_at: None,
        };
        assert_eq!(code.status(99), CodeStatus::Unused);
        assert_eq!(code.status(100), CodeStatus::Expired);
        assert_eq!(IssuedCode { used_at: Some(5), ..code.clone() }.status(200), CodeStatus::Used);
        assert_eq!(IssuedCode { revoked_at: Some(5), ..code.clone() }.status(50), CodeStatus::Revoked);
    }
}
