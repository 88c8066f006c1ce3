//! The objections page's work: returned forms day by day (with undo and history), the practice's searches
//! (corrected, deleted, their history kept), the forecast against actual returns, and what stands in the way of the
//! extract. Counts only: no patient is named anywhere here.

use pathfinder_readiness::{
    ExtractBlocker, Forecast, FormsDayInput, FormsTally, ObjectionTotals, PracticeState, SearchInput, returns, searches,
};
use pathfinder_store::{Change, FORMS, SEARCHES};
use serde::Serialize;
use time::{Date, OffsetDateTime};

use crate::AppState;
use crate::practice::PracticeError;

#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ObjectionsPage {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub today: Date,
    pub list_size: u32,
    pub forms: FormsTally,
    /// The forms entries made, newest first: each change with who made it and when.
    pub forms_history: Vec<Change>,
    /// The day the next undo would change, if there is anything to undo.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub undo_day: Option<Date>,
    pub totals: ObjectionTotals,
    /// The searches entered and corrected, newest first.
    pub searches_history: Vec<Change>,
    pub forecast: Forecast,
    /// What stands in the way of agreeing the extract (empty once agreed, or when nothing does).
    pub extract: Vec<ExtractBlocker>,
}

/// A history, newest first.
fn newest_first(mut changes: Vec<Change>) -> Vec<Change> {
    changes.reverse();
    changes
}

fn parse_day(text: &str) -> Result<Date, PracticeError> {
    let mut errors = Vec::new();
    pathfinder_readiness::window::parse_date(text, "date", &mut errors).ok_or(PracticeError::Invalid(errors))
}

impl AppState {
    pub fn objections_page(&self, today: Date) -> Result<ObjectionsPage, PracticeError> {
        let state = self.practice_state()?;
        let store = self.store();
        let readiness =
            pathfinder_readiness::Readiness::assess(pathfinder_readiness::Checklist::current(), &state, today);
        Ok(ObjectionsPage {
            today,
            list_size: state.profile.list_size,
            forms: FormsTally::new(&state.forms),
            forms_history: newest_first(store.history_of(FORMS)?),
            undo_day: store.forms_undo()?.map(|undo| undo.date),
            totals: totals(&state, today),
            searches_history: newest_first(store.history_of(SEARCHES)?),
            forecast: Forecast::new(&state),
            extract: readiness.extract,
        })
    }

    /// Saves one day's forms (replacing that day's entry) once it adds up with every other day.
    pub fn save_forms_day(&self, input: &FormsDayInput, today: Date) -> Result<ObjectionsPage, PracticeError> {
        let state = self.practice_state()?;
        let day = input.validate(&state.forms, state.profile.list_size, today).map_err(PracticeError::Invalid)?;
        self.store().save_forms_day(&day, &state.profile.practice_lead, OffsetDateTime::now_utc())?;
        self.work_changed();
        self.objections_page(today)
    }

    /// Removes a day's entry, unless later days coded forms it alone accounts for.
    pub fn delete_forms_day(&self, date: &str, today: Date) -> Result<ObjectionsPage, PracticeError> {
        let state = self.practice_state()?;
        let date = parse_day(date)?;
        returns::can_remove(&state.forms, date).map_err(|error| PracticeError::Invalid(vec![error]))?;
        self.store().delete_forms_day(date, &state.profile.practice_lead, OffsetDateTime::now_utc())?;
        self.work_changed();
        self.objections_page(today)
    }

    /// Takes back the latest forms entry not yet undone, if what is left still adds up.
    pub fn undo_forms(&self, today: Date) -> Result<ObjectionsPage, PracticeError> {
        let state = self.practice_state()?;
        let Some(undo) = self.store().forms_undo()? else {
            return Err(PracticeError::Invalid(vec![pathfinder_readiness::FieldError::new("undo", "nothing-to-undo")]));
        };
        let mut days: Vec<_> = state.forms.iter().filter(|d| d.date != undo.date).copied().collect();
        days.extend(undo.previous);
        returns::check_days(&days).map_err(|error| PracticeError::Invalid(vec![error]))?;
        self.store().apply_forms_undo(&undo, &state.profile.practice_lead, OffsetDateTime::now_utc())?;
        self.work_changed();
        self.objections_page(today)
    }

    /// Saves a search's totals (replacing a search of the same date) once they agree with the baseline.
    pub fn save_search(&self, input: &SearchInput, today: Date) -> Result<ObjectionsPage, PracticeError> {
        let state = self.practice_state()?;
        let search = input
            .validate(&state.searches, &state.window, state.profile.list_size, state.objection_types, today)
            .map_err(PracticeError::Invalid)?;
        self.store().save_search(&search, &state.profile.practice_lead, OffsetDateTime::now_utc())?;
        self.work_changed();
        self.objections_page(today)
    }

    pub fn delete_search(&self, date: &str, today: Date) -> Result<ObjectionsPage, PracticeError> {
        let state = self.practice_state()?;
        let date = parse_day(date)?;
        searches::can_remove(&state.searches, &state.window, state.objection_types, date)
            .map_err(|e| PracticeError::Invalid(vec![e]))?;
        self.store().delete_search(date, &state.profile.practice_lead, OffsetDateTime::now_utc())?;
        self.work_changed();
        self.objections_page(today)
    }
}

fn totals(state: &PracticeState, today: Date) -> ObjectionTotals {
    ObjectionTotals::new(
        &state.searches,
        &state.window,
        state.profile.list_size,
        state.objection_types,
        state.profile.clinical_system,
        today,
    )
}
