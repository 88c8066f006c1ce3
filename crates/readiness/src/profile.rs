use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// A field that failed validation and why, as codes: the shell turns them into translated messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: &'static str,
    pub code: &'static str,
}

impl FieldError {
    pub const fn new(field: &'static str, code: &'static str) -> Self {
        Self { field, code }
    }
}

/// An ODS code of a GP practice: a letter and five digits (A81001, Y02345), or a branch code of nine
/// characters, the practice's six and three more digits (K81003001). Stored upper-case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OdsCode(String);

impl OdsCode {
    pub fn parse(text: &str) -> Result<Self, &'static str> {
        let code = text.trim().to_ascii_uppercase();
        if code.is_empty() {
            return Err("required");
        }
        let mut chars = code.chars();
        let letter = chars.next().is_some_and(|c| c.is_ascii_uppercase());
        let digits = chars.all(|c| c.is_ascii_digit());
        if letter && digits && matches!(code.len(), 6 | 9) { Ok(Self(code)) } else { Err("ods-format") }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for OdsCode {
    type Error = &'static str;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<OdsCode> for String {
    fn from(code: OdsCode) -> Self {
        code.0
    }
}

impl fmt::Display for OdsCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A clinical commissioning group: one of the pathfinder CCGs, or another with its code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Ccg {
    pub code: String,
    /// The CCG's name, for a CCG outside the pathfinder list; the pathfinder CCGs are named by Fluent.
    pub name: Option<String>,
}

/// The pathfinder CCGs and their codes.
pub const PATHFINDER_CCGS: [&str; 6] = ["02V", "03G", "03C", "11X", "11A", "00Q"];

impl Ccg {
    pub fn is_pathfinder(&self) -> bool {
        PATHFINDER_CCGS.contains(&self.code.as_str())
    }

    /// A CCG code looks like 12A: two digits and a letter, or three digits.
    fn code_is_valid(code: &str) -> bool {
        let bytes = code.as_bytes();
        bytes.len() == 3
            && bytes[0].is_ascii_digit()
            && bytes[1].is_ascii_digit()
            && (bytes[2].is_ascii_uppercase() || bytes[2].is_ascii_digit())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClinicalSystem {
    EmisWeb,
    SystmOne,
    Vision,
    Other,
}

/// Who does a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Role {
    PracticeManager,
    Reception,
    AdminTeam,
    GpPartner,
    It,
}

impl Role {
    pub const ALL: [Role; 5] = [Role::PracticeManager, Role::Reception, Role::AdminTeam, Role::GpPartner, Role::It];
}

/// Hours a week each role can give to the pilot.
pub type StaffHours = BTreeMap<Role, f64>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PracticeProfile {
    pub ods_code: OdsCode,
    pub name: String,
    pub address: String,
    pub phone: String,
    pub website: String,
    pub ccg: Ccg,
    pub list_size: u32,
    pub clinical_system: ClinicalSystem,
    pub practice_lead: String,
    /// How many staff members need the awareness briefing.
    pub staff_count: u32,
    pub staff_hours: StaffHours,
}

/// The onboarding form as typed: everything text, so that every mistake can be named.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProfileInput {
    pub ods_code: String,
    pub name: String,
    pub address: String,
    pub phone: String,
    pub website: String,
    pub ccg_code: String,
    pub ccg_name: String,
    pub list_size: String,
    pub clinical_system: String,
    pub practice_lead: String,
    pub staff_count: String,
    pub staff_hours: BTreeMap<Role, String>,
}

/// The largest list a practice could have; a bigger number is a typing mistake.
const MAX_LIST_SIZE: u32 = 200_000;

impl ProfileInput {
    /// A valid profile, or every field that is wrong.
    pub fn validate(&self) -> Result<PracticeProfile, Vec<FieldError>> {
        let mut errors = Vec::new();
        let ods_code =
            OdsCode::parse(&self.ods_code).map_err(|code| errors.push(FieldError::new("odsCode", code))).ok();
        let name = self.name.trim().to_owned();
        if name.is_empty() {
            errors.push(FieldError::new("name", "required"));
        }
        let ccg_code = self.ccg_code.trim().to_ascii_uppercase();
        let ccg = if ccg_code.is_empty() {
            errors.push(FieldError::new("ccgCode", "required"));
            None
        } else if !Ccg::code_is_valid(&ccg_code) {
            errors.push(FieldError::new("ccgCode", "ccg-format"));
            None
        } else {
            let name = Some(self.ccg_name.trim().to_owned()).filter(|n| !n.is_empty());
            let ccg = Ccg { code: ccg_code, name };
            if !ccg.is_pathfinder() && ccg.name.is_none() {
                errors.push(FieldError::new("ccgName", "required"));
            }
            Some(ccg)
        };
        let list_size = whole_number(&self.list_size, 1, MAX_LIST_SIZE, "listSize", &mut errors);
        let clinical_system = match self.clinical_system.as_str() {
            "emis-web" => Some(ClinicalSystem::EmisWeb),
            "systm-one" => Some(ClinicalSystem::SystmOne),
            "vision" => Some(ClinicalSystem::Vision),
            "other" => Some(ClinicalSystem::Other),
            "" => {
                errors.push(FieldError::new("clinicalSystem", "required"));
                None
            }
            _ => {
                errors.push(FieldError::new("clinicalSystem", "choice"));
                None
            }
        };
        let practice_lead = self.practice_lead.trim().to_owned();
        if practice_lead.is_empty() {
            errors.push(FieldError::new("practiceLead", "required"));
        }
        let staff_count = whole_number(&self.staff_count, 1, 1_000, "staffCount", &mut errors);
        let mut staff_hours = StaffHours::new();
        for role in Role::ALL {
            let text = self.staff_hours.get(&role).map(|t| t.trim()).unwrap_or("");
            let field = hours_field(role);
            match text.parse::<f64>() {
                // Blank is "not planned yet", which is not the same as no hours at all.
                _ if text.is_empty() => {}
                Ok(hours) if (0.0..=168.0).contains(&hours) => {
                    staff_hours.insert(role, hours);
                }
                Ok(_) => errors.push(FieldError::new(field, "hours-range")),
                Err(_) => errors.push(FieldError::new(field, "number")),
            }
        }
        match (ods_code, ccg, list_size, clinical_system, staff_count) {
            (Some(ods_code), Some(ccg), Some(list_size), Some(clinical_system), Some(staff_count))
                if errors.is_empty() =>
            {
                Ok(PracticeProfile {
                    ods_code,
                    name,
                    address: self.address.trim().to_owned(),
                    phone: self.phone.trim().to_owned(),
                    website: self.website.trim().to_owned(),
                    ccg,
                    list_size,
                    clinical_system,
                    practice_lead,
                    staff_count,
                    staff_hours,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The form field that holds a role's weekly hours.
pub fn hours_field(role: Role) -> &'static str {
    match role {
        Role::PracticeManager => "hoursPracticeManager",
        Role::Reception => "hoursReception",
        Role::AdminTeam => "hoursAdminTeam",
        Role::GpPartner => "hoursGpPartner",
        Role::It => "hoursIt",
    }
}

pub(crate) fn whole_number(
    text: &str,
    min: u32,
    max: u32,
    field: &'static str,
    errors: &mut Vec<FieldError>,
) -> Option<u32> {
    let text = text.trim().replace(',', "");
    if text.is_empty() {
        errors.push(FieldError::new(field, "required"));
        return None;
    }
    match text.parse::<u32>() {
        Ok(n) if (min..=max).contains(&n) => Some(n),
        Ok(_) => {
            errors.push(FieldError::new(field, "out-of-range"));
            None
        }
        Err(_) => {
            errors.push(FieldError::new(field, "whole-number"));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn input() -> ProfileInput {
        ProfileInput {
            ods_code: " b82005 ".into(),
            name: "Riverside Surgery".into(),
            ccg_code: "02V".into(),
            list_size: "7,400".into(),
            clinical_system: "emis-web".into(),
            practice_lead: "Sam Patel".into(),
            staff_count: "18".into(),
            staff_hours: [(Role::PracticeManager, "6".to_owned()), (Role::AdminTeam, "12.5".to_owned())].into(),
            ..Default::default()
        }
    }

    #[test]
    fn ods_codes_of_practices_and_branches_are_accepted_upper_cased() {
        assert_eq!(OdsCode::parse("a81001").unwrap().as_str(), "A81001");
        assert_eq!(OdsCode::parse("Y02345").unwrap().as_str(), "Y02345");
        assert_eq!(OdsCode::parse("K81003001").unwrap().as_str(), "K81003001");
        for bad in ["81001", "AA1001", "A8100", "A810011", "A81001X", "A8100100", "A 81001"] {
            assert_eq!(OdsCode::parse(bad), Err("ods-format"), "{bad}");
        }
        assert_eq!(OdsCode::parse("  "), Err("required"));
    }

    #[test]
    fn a_good_form_gives_a_profile() {
        let profile = input().validate().unwrap();
        assert_eq!(profile.ods_code.as_str(), "B82005");
        assert_eq!(profile.list_size, 7400);
        assert_eq!(profile.staff_hours[&Role::AdminTeam], 12.5);
        assert_eq!(profile.staff_hours.get(&Role::It), None, "blank is not planned, not zero");
        assert!(profile.ccg.is_pathfinder());
    }

    #[test]
    fn every_wrong_field_is_named_at_once() {
        let mut bad = input();
        bad.ods_code = "B8200".into();
        bad.name = " ".into();
        bad.list_size = "lots".into();
        bad.staff_hours.insert(Role::Reception, "200".into());
        bad.ccg_code = "99Z".into();
        let errors = bad.validate().unwrap_err();
        assert_eq!(
            errors,
            [
                FieldError::new("odsCode", "ods-format"),
                FieldError::new("name", "required"),
                FieldError::new("ccgName", "required"),
                FieldError::new("listSize", "whole-number"),
                FieldError::new("hoursReception", "hours-range"),
            ]
        );
    }

    #[test]
    fn a_ccg_outside_the_pathfinder_list_needs_its_name() {
        let mut other = input();
        other.ccg_code = "14y".into();
        other.ccg_name = "Elsewhere CCG".into();
        let profile = other.validate().unwrap();
        assert_eq!(profile.ccg, Ccg { code: "14Y".into(), name: Some("Elsewhere CCG".into()) });
        assert!(!profile.ccg.is_pathfinder());
    }
}
