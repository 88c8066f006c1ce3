use serde::{Deserialize, Serialize};

use crate::profile::{FieldError, PracticeProfile, ProfileInput};
use crate::window::{FairProcessingWindow, Planning};

/// The whole onboarding form as typed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "OnboardingForm"))]
pub struct OnboardingInput {
    #[serde(flatten)]
    pub profile: ProfileInput,
    pub window_start: String,
    pub window_weeks: String,
    pub first_extract: String,
    pub household_size: String,
    pub objection_percent: String,
}

impl OnboardingInput {
    /// The profile, window and planning figures, or every field that is wrong, in form order.
    pub fn validate(&self) -> Result<(PracticeProfile, FairProcessingWindow, Planning), Vec<FieldError>> {
        let profile = self.profile.validate();
        let window = FairProcessingWindow::from_input(&self.window_start, &self.window_weeks, &self.first_extract);
        let planning = Planning::from_input(&self.household_size, &self.objection_percent);
        match (profile, window, planning) {
            (Ok(profile), Ok(window), Ok(planning)) => Ok((profile, window, planning)),
            (profile, window, planning) => {
                Err([profile.err(), window.err(), planning.err()].into_iter().flatten().flatten().collect())
            }
        }
    }

    /// The form filled in from a saved practice, for editing.
    pub fn from_saved(profile: &PracticeProfile, window: &FairProcessingWindow, planning: &Planning) -> Self {
        // Four places at most: a rate kept as 0.018 reads back as 1.8, not 1.7999999999999998.
        let number = |n: f64| {
            let text = format!("{n:.4}");
            text.trim_end_matches('0').trim_end_matches('.').to_owned()
        };
        Self {
            profile: ProfileInput {
                ods_code: profile.ods_code.to_string(),
                name: profile.name.clone(),
                address: profile.address.clone(),
                phone: profile.phone.clone(),
                website: profile.website.clone(),
                ccg_code: profile.ccg.code.clone(),
                ccg_name: profile.ccg.name.clone().unwrap_or_default(),
                list_size: profile.list_size.to_string(),
                clinical_system: serde_json::to_value(profile.clinical_system)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default(),
                practice_lead: profile.practice_lead.clone(),
                staff_count: profile.staff_count.to_string(),
                staff_hours: profile.staff_hours.iter().map(|(role, hours)| (*role, number(*hours))).collect(),
            },
            window_start: window.start.to_string(),
            window_weeks: window.weeks.to_string(),
            first_extract: window.first_extract.to_string(),
            household_size: number(planning.household_size),
            objection_percent: number(planning.objection_rate * 100.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_from_every_part_of_the_form_come_together_and_a_saved_form_round_trips() {
        let bad = OnboardingInput { window_start: "soon".into(), household_size: "0".into(), ..Default::default() };
        let fields: Vec<&str> = bad.validate().unwrap_err().iter().map(|e| e.field).collect();
        assert!(fields.starts_with(&["odsCode", "name"]), "{fields:?}");
        assert!(fields.contains(&"windowStart") && fields.contains(&"householdSize"), "{fields:?}");

        let state = crate::testing::state();
        let form = OnboardingInput::from_saved(&state.profile, &state.window, &state.planning);
        assert_eq!(form.objection_percent, "1.8");
        let (profile, window, planning) = form.validate().unwrap();
        assert_eq!((profile, window, planning), (state.profile, state.window, state.planning));
    }
}
