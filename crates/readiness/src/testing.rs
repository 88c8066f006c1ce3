//! A practice for the tests: 7,400 patients, 18 staff, ten hours a week for every role, its window four weeks
//! from "today", and the address and phone number every notice prints.

use time::Date;
use time::macros::date;

use crate::PracticeState;
use crate::profile::{Ccg, ClinicalSystem, OdsCode, PracticeProfile, Role};
use crate::window::{FairProcessingWindow, Planning};

pub fn today() -> Date {
    date!(2026 - 02 - 02)
}

pub fn state() -> PracticeState {
    PracticeState {
        profile: PracticeProfile {
            ods_code: OdsCode::parse("B82005").unwrap(),
            name: "Riverside Surgery".into(),
            address: "1 River Road, Leeds, LS1 4AP".into(),
            phone: "0113 496 0000".into(),
            website: String::new(),
            ccg: Ccg { code: "02V".into(), name: None },
            list_size: 7_400,
            clinical_system: ClinicalSystem::EmisWeb,
            practice_lead: "Sam Patel".into(),
            staff_count: 18,
            staff_hours: Role::ALL.into_iter().map(|role| (role, 10.0)).collect(),
        },
        window: FairProcessingWindow { start: date!(2026 - 03 - 02), weeks: 6, first_extract: date!(2026 - 04 - 27) },
        planning: Planning::default(),
        tasks: Default::default(),
        forms: Vec::new(),
        searches: Vec::new(),
        objection_types: Default::default(),
    }
}
