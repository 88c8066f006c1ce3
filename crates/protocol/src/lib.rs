//! The wire between the app and the hub, version 2 (version 1 still read, and upgraded on arrival). Every type refuses unknown fields, and `validate` checks
//! what types cannot: ranges, dates that make sense, sizes. A submission carries counts and statuses only: no
//! type here can hold anything about a patient, nor a staff member's name.

mod api;
mod build;
mod error;
mod submission;
pub mod v1;
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
    match version_of(body) {
        Some(1) => {
            let submission: v1::SubmissionV1 = deserialize(body)?;
            return submission.upgrade();
        }
        Some(version) if version != SUBMISSION_VERSION => {
            return Err(ProtocolError::new(
                "unsupported-version",
                "version",
                format!("this hub reads versions 1 and {SUBMISSION_VERSION}, not {version}"),
            ));
        }
        _ => {}
    }
    let submission: Submission = deserialize(body)?;
    submission.validate()?;
    Ok(submission)
}

fn deserialize<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, ProtocolError> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value: T = serde_path_to_error::deserialize(&mut deserializer).map_err(ProtocolError::from_json)?;
    deserializer.end().map_err(|e| ProtocolError::new("malformed", "", e.to_string()))?;
    Ok(value)
}

/// The version a body says it is: the whole number under the top-level `version` key, read up to that key only, so
/// that a body broken after it (cut short, trailing garbage) still goes to its own version's parser and is refused
/// there as malformed. Without one, the current version's parser reads the body and names what is wrong.
fn version_of(body: &[u8]) -> Option<u32> {
    use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
    use std::cell::Cell;

    struct Peek<'a>(&'a Cell<Option<u32>>);
    impl<'de> Visitor<'de> for Peek<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                if key == "version" {
                    self.0.set(map.next_value::<u32>().ok());
                    return Ok(());
                }
                map.next_value::<IgnoredAny>()?;
            }
            Ok(())
        }
    }
    let found = Cell::new(None);
    // The error after the key (the rest of the body not read, or broken) is the real parser's to report.
    let _ = serde_json::Deserializer::from_slice(body).deserialize_map(Peek(&found));
    found.get()
}
