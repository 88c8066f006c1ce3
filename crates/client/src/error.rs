use std::time::Duration;

use pathfinder_protocol::ErrorBody;

/// Why a call to the hub did not succeed, sorted by what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// The hub refused the request and sending it again cannot change that (a 4xx other than 408 and 429).
    #[error("the hub refused it ({status}): {}", .body.message)]
    Refused { status: u16, body: ErrorBody },
    /// The hub could not be reached or asked to be tried later; `after` is its Retry-After, if it sent one.
    #[error("the hub could not take it now: {reason}")]
    Retry { after: Option<Duration>, reason: String },
}

impl SendError {
    pub fn is_permanent(&self) -> bool {
        matches!(self, Self::Refused { .. })
    }
}
