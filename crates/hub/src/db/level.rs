//! Readiness levels are stored by the names they have on the wire, and read back into the enum.

use pathfinder_readiness::ReadinessLevel;
use serde::Deserialize;
use serde::de::value::{Error, StrDeserializer};

#[derive(Debug, thiserror::Error)]
#[error("{0} is not a readiness level: not-started, in-progress, on-track, at-risk or ready")]
pub struct UnknownLevel(pub String);

/// Parsed by serde, so the names are the wire's by construction.
pub fn parse_level(text: &str) -> Result<ReadinessLevel, UnknownLevel> {
    ReadinessLevel::deserialize(StrDeserializer::<Error>::new(text)).map_err(|_| UnknownLevel(text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_read_back_by_their_wire_names_only() {
        for level in crate::dashboard::summary::LEVELS {
            assert_eq!(parse_level(level.as_str()).unwrap(), level);
        }
        assert_eq!(parse_level("on-track").unwrap(), ReadinessLevel::OnTrack);
        assert!(parse_level("not-reported").is_err());
        assert!(parse_level("Ready").is_err());
    }
}
