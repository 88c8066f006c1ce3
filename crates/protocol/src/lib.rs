//! The wire between the app and the hub, version 1. Every type refuses unknown fields, and `validate` checks
//! what types cannot: ranges, dates that make sense, sizes. A submission carries counts and statuses only: no
//! type here can hold anything about a patient, nor a staff member's name.

mod api;
mod build;
mod error;
mod submission;
mod validate;

pub use api::*;
pub use build::build_submission;
pub use error::ProtocolError;
pub use submission::*;

/// The largest request body the hub reads, in bytes.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// Parses and validates a submission from a request body.
pub fn parse_submission(body: &[u8]) -> Result<Submission, ProtocolError> {
    if body.len() > MAX_BODY_BYTES {
        return Err(ProtocolError::new("too-large", "", format!("the body is over {MAX_BODY_BYTES} bytes")));
    }
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let submission: Submission =
        serde_path_to_error::deserialize(&mut deserializer).map_err(ProtocolError::from_json)?;
    deserializer.end().map_err(|e| ProtocolError::new("malformed", "", e.to_string()))?;
    submission.validate()?;
    Ok(submission)
}
