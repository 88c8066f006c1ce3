//! Which objection types a pilot offers its patients. It is a programme decision, made centrally (late in 2014 the
//! programme board offered pathfinder patients Type 1 only): the hub's settings say it, the app pulls it, and
//! every form, letter, poster and guide follows it.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// One type of objection a patient can make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ObjectionType {
    /// No identifiable information leaves the practice for anything but direct care (9Nu0).
    Type1,
    /// The HSCIC may not release identifiable information it holds (9Nu4).
    Type2,
}

impl ObjectionType {
    pub fn as_str(self) -> &'static str {
        match self {
            ObjectionType::Type1 => "type1",
            ObjectionType::Type2 => "type2",
        }
    }
}

impl fmt::Display for ObjectionType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The objection types a pilot offers: Type 1 always, Type 2 where the programme offers it too. Written as a
/// list, `["type1"]` or `["type1", "type2"]`; anything else (empty, Type 2 alone, a repeat) is refused, naming
/// the field. Both when nothing says otherwise, as before the choice existed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "Vec<ObjectionType>", into = "Vec<ObjectionType>")]
pub struct ObjectionTypes {
    type2: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ObjectionTypesError {
    #[error("objectionTypes must include \"type1\": every pilot offers the Type 1 objection")]
    NoType1,
    #[error("objectionTypes names {0:?} twice")]
    Repeated(ObjectionType),
    #[error("objectionTypes has {0:?}, which is neither \"type1\" nor \"type2\"")]
    Unknown(String),
}

impl ObjectionTypes {
    pub const TYPE1_ONLY: Self = Self { type2: false };
    pub const BOTH: Self = Self { type2: true };

    pub fn offers(self, kind: ObjectionType) -> bool {
        match kind {
            ObjectionType::Type1 => true,
            ObjectionType::Type2 => self.type2,
        }
    }

    pub fn offers_type2(self) -> bool {
        self.type2
    }

    pub fn to_vec(self) -> Vec<ObjectionType> {
        self.into()
    }

    /// The list checked: Type 1 in it, nothing twice.
    pub fn from_list(list: &[ObjectionType]) -> Result<Self, ObjectionTypesError> {
        let mut seen = Vec::new();
        for kind in list {
            if seen.contains(kind) {
                return Err(ObjectionTypesError::Repeated(*kind));
            }
            seen.push(*kind);
        }
        if !seen.contains(&ObjectionType::Type1) {
            return Err(ObjectionTypesError::NoType1);
        }
        Ok(Self { type2: seen.contains(&ObjectionType::Type2) })
    }
}

impl Default for ObjectionTypes {
    fn default() -> Self {
        Self::BOTH
    }
}

impl TryFrom<Vec<ObjectionType>> for ObjectionTypes {
    type Error = ObjectionTypesError;

    fn try_from(list: Vec<ObjectionType>) -> Result<Self, Self::Error> {
        Self::from_list(&list)
    }
}

impl From<ObjectionTypes> for Vec<ObjectionType> {
    fn from(types: ObjectionTypes) -> Self {
        if types.type2 { vec![ObjectionType::Type1, ObjectionType::Type2] } else { vec![ObjectionType::Type1] }
    }
}

/// Comma-separated, as a command line or a database column gives them: `type1` or `type1,type2`.
impl FromStr for ObjectionTypes {
    type Err = ObjectionTypesError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let list = text
            .split(',')
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .map(|part| match part.to_ascii_lowercase().as_str() {
                "type1" => Ok(ObjectionType::Type1),
                "type2" => Ok(ObjectionType::Type2),
                _ => Err(ObjectionTypesError::Unknown(part.to_owned())),
            })
            .collect::<Result<Vec<_>, _>>()?;
        Self::from_list(&list)
    }
}

impl fmt::Display for ObjectionTypes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.type2 { "type1,type2" } else { "type1" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type1_is_always_offered_and_type2_only_with_it() {
        let parse = |json: &str| serde_json::from_str::<ObjectionTypes>(json);
        assert_eq!(parse(r#"["type1"]"#).unwrap(), ObjectionTypes::TYPE1_ONLY);
        assert_eq!(parse(r#"["type2", "type1"]"#).unwrap(), ObjectionTypes::BOTH);
        for bad in [r#"[]"#, r#"["type2"]"#, r#"["type1", "type1"]"#, r#"["type3"]"#, r#""type1""#] {
            assert!(parse(bad).is_err(), "{bad} is refused");
        }
        assert!(parse("[]").unwrap_err().to_string().contains("objectionTypes must include \"type1\""));
        assert_eq!(serde_json::to_string(&ObjectionTypes::TYPE1_ONLY).unwrap(), r#"["type1"]"#);
        assert_eq!(serde_json::to_string(&ObjectionTypes::default()).unwrap(), r#"["type1","type2"]"#);
    }

    #[test]
    fn the_comma_form_reads_back_what_it_writes() {
        for types in [ObjectionTypes::TYPE1_ONLY, ObjectionTypes::BOTH] {
            assert_eq!(types.to_string().parse::<ObjectionTypes>().unwrap(), types);
        }
        assert_eq!("Type1, TYPE2".parse::<ObjectionTypes>().unwrap(), ObjectionTypes::BOTH);
        assert_eq!("type2".parse::<ObjectionTypes>().unwrap_err(), ObjectionTypesError::NoType1);
        assert_eq!("".parse::<ObjectionTypes>().unwrap_err(), ObjectionTypesError::NoType1);
        assert!(matches!("type1,both".parse::<ObjectionTypes>(), Err(ObjectionTypesError::Unknown(_))));
    }
}
