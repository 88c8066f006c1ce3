//! Objection totals as the practice's clinical-system search gives them: point-in-time totals on the date of the
//! search (objections coded before the window included), and the withdrawals that reduce them. The baseline is the
//! last search before the window opens; what the window brought is measured from it.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::profile::{ClinicalSystem, FieldError, whole_number};
use crate::{FairProcessingWindow, ObjectionTypes};

/// One search's totals. Withdrawals are those coded since the baseline search.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ObjectionSearch {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub date: Date,
    pub type1: u32,
    pub type2: u32,
    pub type1_withdrawn: u32,
    pub type2_withdrawn: u32,
}

impl ObjectionSearch {
    /// A search before the window opens measures where the practice started.
    pub fn is_baseline_for(&self, window: &FairProcessingWindow) -> bool {
        self.date < window.start
    }
}

/// The baseline: the last search before the window.
pub fn baseline(searches: &[ObjectionSearch], window: &FairProcessingWindow) -> Option<ObjectionSearch> {
    searches.iter().filter(|s| s.is_baseline_for(window)).max_by_key(|s| s.date).copied()
}

/// Objections stand until withdrawn, so no search after the baseline can find fewer than the baseline less what
/// was withdrawn since. A search that does is mistyped, or ran with other codes. Only the pairs that involve
/// `changed` are held to it (every pair when it is the baseline): searches entered before the window moved, and so
/// before their baseline changed, are not to block what the manager types now. Type 2 only where it is offered.
fn below_baseline(
    searches: &[ObjectionSearch],
    window: &FairProcessingWindow,
    types: ObjectionTypes,
    changed: Date,
) -> Option<FieldError> {
    let base = baseline(searches, window)?;
    searches
        .iter()
        .filter(|s| !s.is_baseline_for(window))
        .filter(|s| changed == base.date || s.date == changed)
        .find_map(|s| {
            if u64::from(s.type1) + u64::from(s.type1_withdrawn) < u64::from(base.type1) {
                Some(FieldError::new("type1", "below-baseline"))
            } else if types.offers_type2() && u64::from(s.type2) + u64::from(s.type2_withdrawn) < u64::from(base.type2)
            {
                Some(FieldError::new("type2", "below-baseline"))
            } else {
                None
            }
        })
}

/// A search as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SearchInput {
    pub date: String,
    pub type1: String,
    pub type2: String,
    pub type1_withdrawn: String,
    pub type2_withdrawn: String,
}

impl SearchInput {
    /// The search, replacing any of the same date, checked against the others. Where the pilot does not offer Type 2
    /// the form has no Type 2 fields: blank, they are none. Withdrawals left blank are none.
    pub fn validate(
        &self,
        others: &[ObjectionSearch],
        window: &FairProcessingWindow,
        list_size: u32,
        types: ObjectionTypes,
        today: Date,
    ) -> Result<ObjectionSearch, Vec<FieldError>> {
        let mut errors = Vec::new();
        let date = crate::window::parse_date(&self.date, "date", &mut errors);
        if date.is_some_and(|date| date > today) {
            errors.push(FieldError::new("date", "in-the-future"));
        }
        let type1 = whole_number(&self.type1, 0, list_size, "type1", &mut errors);
        let mut optional = |text: &str, field, required: bool| {
            if text.trim().is_empty() && !required {
                Some(0)
            } else {
                whole_number(text, 0, list_size, field, &mut errors)
            }
        };
        let type2 = optional(&self.type2, "type2", types.offers_type2());
        let type1_withdrawn = optional(&self.type1_withdrawn, "type1Withdrawn", false);
        let type2_withdrawn = optional(&self.type2_withdrawn, "type2Withdrawn", false);
        // Withdrawals count from the baseline: a search before the window has none to give.
        let before_window = date.is_some_and(|date| date < window.start);
        if before_window && type1_withdrawn.is_some_and(|n| n > 0) {
            errors.push(FieldError::new("type1Withdrawn", "on-baseline"));
        }
        if before_window && type2_withdrawn.is_some_and(|n| n > 0) {
            errors.push(FieldError::new("type2Withdrawn", "on-baseline"));
        }
        let (Some(date), Some(type1), Some(type2), Some(type1_withdrawn), Some(type2_withdrawn)) =
            (date, type1, type2, type1_withdrawn, type2_withdrawn)
        else {
            return Err(errors);
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut search = ObjectionSearch { date, type1, type2, type1_withdrawn, type2_withdrawn };
        // Where Type 2 is no longer offered its fields are not on the form: a corrected search keeps what it held.
        let type2_left_blank = self.type2.trim().is_empty() && self.type2_withdrawn.trim().is_empty();
        if let Some(earlier) =
            others.iter().find(|s| s.date == date).filter(|_| !types.offers_type2() && type2_left_blank)
        {
            (search.type2, search.type2_withdrawn) = (earlier.type2, earlier.type2_withdrawn);
        }
        let mut all: Vec<ObjectionSearch> = others.iter().filter(|s| s.date != date).copied().collect();
        all.push(search);
        match below_baseline(&all, window, types, date) {
            Some(error) => Err(vec![error]),
            None => Ok(search),
        }
    }
}

/// Whether the searches still agree without one (a search deleted): removing the baseline makes an older one the
/// baseline, which the searches after it are held to.
pub fn can_remove(
    searches: &[ObjectionSearch],
    window: &FairProcessingWindow,
    types: ObjectionTypes,
    date: Date,
) -> Result<(), FieldError> {
    if baseline(searches, window).is_none_or(|base| base.date != date) {
        return Ok(());
    }
    let rest: Vec<ObjectionSearch> = searches.iter().filter(|s| s.date != date).copied().collect();
    match baseline(&rest, window) {
        Some(older) => below_baseline(&rest, window, types, older.date).map_or(Ok(()), Err),
        None => Ok(()),
    }
}

/// The totals the objections page and the report show.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ObjectionTotals {
    /// Newest first.
    pub searches: Vec<ObjectionSearch>,
    pub baseline: Option<ObjectionSearch>,
    pub latest: Option<ObjectionSearch>,
    /// The latest totals per 1,000 registered patients.
    pub type1_rate: f64,
    pub type2_rate: f64,
    /// Objections made since the baseline: the latest totals less the baseline, with the withdrawals added back.
    /// None until there is a baseline and a search after it.
    pub type1_new: Option<u64>,
    pub type2_new: Option<u64>,
    /// Days since the latest search; none without a search.
    pub days_since_search: Option<i64>,
    #[cfg_attr(feature = "ts", ts(as = "Vec<crate::ObjectionType>"))]
    pub objection_types: ObjectionTypes,
    /// The search to run: the codes of the practice's clinical system.
    pub codes: Vec<SearchCode>,
}

impl ObjectionTotals {
    pub fn new(
        searches: &[ObjectionSearch],
        window: &FairProcessingWindow,
        list_size: u32,
        types: ObjectionTypes,
        system: ClinicalSystem,
        today: Date,
    ) -> Self {
        let mut searches = searches.to_vec();
        searches.sort_by_key(|s| std::cmp::Reverse(s.date));
        let latest = searches.first().copied();
        let base = baseline(&searches, window);
        let rate = |n: u32| if list_size == 0 { 0.0 } else { f64::from(n) * 1000.0 / f64::from(list_size) };
        let after_base = latest.filter(|s| !s.is_baseline_for(window));
        let new = |total: u32, withdrawn: u32, base: u32| {
            (u64::from(total) + u64::from(withdrawn)).saturating_sub(u64::from(base))
        };
        Self {
            type1_rate: latest.map_or(0.0, |s| rate(s.type1)),
            type2_rate: latest.map_or(0.0, |s| rate(s.type2)),
            type1_new: base.zip(after_base).map(|(b, s)| new(s.type1, s.type1_withdrawn, b.type1)),
            type2_new: base.zip(after_base).map(|(b, s)| new(s.type2, s.type2_withdrawn, b.type2)),
            days_since_search: latest.map(|s| (today - s.date).whole_days()),
            baseline: base,
            latest,
            searches,
            objection_types: types,
            codes: SearchCode::for_system(system, types),
        }
    }
}

/// What a search counts, and the code it looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Counted {
    Type1,
    Type2,
    Type1Withdrawn,
    Type2Withdrawn,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SearchCode {
    pub counted: Counted,
    #[cfg_attr(feature = "ts", ts(type = r#""read-v2" | "ctv3""#))]
    pub scheme: &'static str,
    /// None where DOMAIN's record gives no code for this scheme: the supplier must say.
    pub code: Option<&'static str>,
    /// The record marks this code as unconfirmed: "confirm with your supplier".
    pub unconfirmed: bool,
}

impl SearchCode {
    /// The codes as the public record gives them: Read v2 for EMIS Web and Vision, CTV3 for SystmOne, both where the
    /// system is another. Every code is to be confirmed against the system; these are the ones the record itself
    /// marks as unconfirmed or leaves out.
    pub fn for_system(system: ClinicalSystem, types: ObjectionTypes) -> Vec<Self> {
        // What is counted, its code in the scheme (none where the record gives none), and whether the record marks
        // it unconfirmed.
        type Codes = [(Counted, Option<&'static str>, bool); 4];
        let read_v2: Codes = [
            (Counted::Type1, Some("9Nu0"), false),
            (Counted::Type2, Some("9Nu4"), false),
            (Counted::Type1Withdrawn, Some("9Nu1"), true),
            (Counted::Type2Withdrawn, None, true),
        ];
        let ctv3: Codes = [
            (Counted::Type1, Some("XaZ89"), false),
            (Counted::Type2, Some("XaaVL"), true),
            (Counted::Type1Withdrawn, None, true),
            (Counted::Type2Withdrawn, Some("XaaVM"), false),
        ];
        let schemes: &[(&'static str, Codes)] = match system {
            ClinicalSystem::EmisWeb | ClinicalSystem::Vision => &[("read-v2", read_v2)],
            ClinicalSystem::SystmOne => &[("ctv3", ctv3)],
            ClinicalSystem::Other => &[("read-v2", read_v2), ("ctv3", ctv3)],
        };
        schemes
            .iter()
            .flat_map(|(scheme, codes)| codes.iter().map(move |c| (*scheme, *c)))
            .filter(|(_, (counted, _, _))| {
                types.offers_type2() || matches!(counted, Counted::Type1 | Counted::Type1Withdrawn)
            })
            .map(|(scheme, (counted, code, unconfirmed))| Self { counted, scheme, code, unconfirmed })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::state;
    use proptest::prelude::*;
    use time::Duration;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 03 - 20);

    fn window() -> FairProcessingWindow {
        state().window // opens 2026-03-02
    }

    fn search(date: &str, type1: &str, type2: &str, withdrawn1: &str) -> SearchInput {
        SearchInput {
            date: date.into(),
            type1: type1.into(),
            type2: type2.into(),
            type1_withdrawn: withdrawn1.into(),
            type2_withdrawn: String::new(),
        }
    }

    #[test]
    fn totals_are_measured_from_the_baseline_with_withdrawals_added_back() {
        let w = window();
        let base = search("2026-02-20", "40", "10", "").validate(&[], &w, 7_400, ObjectionTypes::BOTH, TODAY).unwrap();
        let later =
            search("2026-03-16", "130", "22", "4").validate(&[base], &w, 7_400, ObjectionTypes::BOTH, TODAY).unwrap();
        let totals =
            ObjectionTotals::new(&[base, later], &w, 7_400, ObjectionTypes::BOTH, ClinicalSystem::EmisWeb, TODAY);
        assert_eq!(totals.baseline, Some(base));
        assert_eq!(totals.latest, Some(later));
        assert_eq!((totals.type1_new, totals.type2_new), (Some(94), Some(12)));
        assert_eq!(totals.type1_rate, 130.0 * 1000.0 / 7_400.0);
        assert_eq!(totals.days_since_search, Some(4));
        assert_eq!(totals.searches[0].date, date!(2026 - 03 - 16), "newest first");
    }

    #[test]
    fn a_search_below_the_baseline_less_withdrawals_is_refused() {
        let w = window();
        let base = search("2026-02-20", "40", "10", "").validate(&[], &w, 7_400, ObjectionTypes::BOTH, TODAY).unwrap();
        let low = search("2026-03-16", "35", "10", "2").validate(&[base], &w, 7_400, ObjectionTypes::BOTH, TODAY);
        assert_eq!(low.unwrap_err(), [FieldError::new("type1", "below-baseline")]);
        let withdrawn = search("2026-03-16", "35", "10", "5").validate(&[base], &w, 7_400, ObjectionTypes::BOTH, TODAY);
        assert!(withdrawn.is_ok(), "five withdrawn explain five fewer");
        // A baseline typed after the searches that follow it is held to them too.
        let later = withdrawn.unwrap();
        let high_base =
            search("2026-02-25", "60", "10", "").validate(&[base, later], &w, 7_400, ObjectionTypes::BOTH, TODAY);
        assert_eq!(high_base.unwrap_err(), [FieldError::new("type1", "below-baseline")]);
        assert_eq!(can_remove(&[base, later], &w, ObjectionTypes::BOTH, base.date), Ok(()));
    }

    #[test]
    fn a_baseline_has_no_withdrawals_and_a_type1_only_pilot_keeps_the_type2_figures_it_had() {
        let w = window();
        let withdrawn = search("2026-02-20", "40", "10", "3").validate(&[], &w, 7_400, ObjectionTypes::BOTH, TODAY);
        assert_eq!(withdrawn.unwrap_err(), [FieldError::new("type1Withdrawn", "on-baseline")]);
        let base = search("2026-02-20", "40", "10", "").validate(&[], &w, 7_400, ObjectionTypes::BOTH, TODAY).unwrap();
        // The pilot becomes Type 1 only: later searches are not held to a Type 2 baseline the form no longer asks
        // for, and correcting the baseline keeps its Type 2 figures.
        let later = search("2026-03-16", "45", "", "").validate(&[base], &w, 7_400, ObjectionTypes::TYPE1_ONLY, TODAY);
        assert_eq!(later.unwrap().type2, 0);
        let corrected =
            search("2026-02-20", "41", "", "").validate(&[base], &w, 7_400, ObjectionTypes::TYPE1_ONLY, TODAY);
        assert_eq!((corrected.as_ref().unwrap().type1, corrected.unwrap().type2), (41, 10));
    }

    #[test]
    fn searches_entered_before_the_window_moved_do_not_block_new_ones() {
        let mut w = window();
        let base = search("2026-02-20", "40", "0", "").validate(&[], &w, 7_400, ObjectionTypes::BOTH, TODAY).unwrap();
        let early =
            search("2026-02-27", "35", "0", "").validate(&[base], &w, 7_400, ObjectionTypes::BOTH, TODAY).unwrap();
        // The region moves the window's start to 23 February: 27 February is now after the baseline, and below it.
        w.start = date!(2026 - 02 - 23);
        let next = search("2026-03-16", "44", "0", "").validate(&[base, early], &w, 7_400, ObjectionTypes::BOTH, TODAY);
        assert!(next.is_ok(), "{next:?}");
        let low = search("2026-03-16", "39", "0", "").validate(&[base, early], &w, 7_400, ObjectionTypes::BOTH, TODAY);
        assert_eq!(
            low.unwrap_err(),
            [FieldError::new("type1", "below-baseline")],
            "the new search is still held to it"
        );
    }

    #[test]
    fn type2_is_asked_only_where_the_pilot_offers_it_and_dates_are_checked() {
        let w = window();
        let type1_only = search("2026-03-16", "12", "", "").validate(&[], &w, 7_400, ObjectionTypes::TYPE1_ONLY, TODAY);
        assert_eq!(type1_only.unwrap().type2, 0);
        let both = search("2026-03-16", "12", "", "").validate(&[], &w, 7_400, ObjectionTypes::BOTH, TODAY);
        assert_eq!(both.unwrap_err(), [FieldError::new("type2", "required")]);
        let future = search("2026-03-21", "12", "0", "").validate(&[], &w, 7_400, ObjectionTypes::BOTH, TODAY);
        assert_eq!(future.unwrap_err(), [FieldError::new("date", "in-the-future")]);
        let too_many = search("2026-03-16", "7401", "0", "").validate(&[], &w, 7_400, ObjectionTypes::BOTH, TODAY);
        assert_eq!(too_many.unwrap_err(), [FieldError::new("type1", "out-of-range")]);
    }

    #[test]
    fn the_codes_follow_the_clinical_system_and_mark_what_is_unconfirmed() {
        let emis = SearchCode::for_system(ClinicalSystem::EmisWeb, ObjectionTypes::BOTH);
        assert!(emis.iter().all(|c| c.scheme == "read-v2"));
        let type1_withdrawn = emis.iter().find(|c| c.counted == Counted::Type1Withdrawn).unwrap();
        assert_eq!((type1_withdrawn.code, type1_withdrawn.unconfirmed), (Some("9Nu1"), true));
        let systm_one = SearchCode::for_system(ClinicalSystem::SystmOne, ObjectionTypes::BOTH);
        let type2 = systm_one.iter().find(|c| c.counted == Counted::Type2).unwrap();
        assert_eq!((type2.scheme, type2.code, type2.unconfirmed), ("ctv3", Some("XaaVL"), true));
        let type1_only = SearchCode::for_system(ClinicalSystem::Vision, ObjectionTypes::TYPE1_ONLY);
        assert_eq!(type1_only.iter().map(|c| c.code).collect::<Vec<_>>(), [Some("9Nu0"), Some("9Nu1")]);
        assert_eq!(SearchCode::for_system(ClinicalSystem::Other, ObjectionTypes::BOTH).len(), 8);
    }

    proptest! {
        /// Whatever searches are typed, in whatever order, those kept never fall below the baseline less the
        /// withdrawals since, and what the window brought is never negative.
        #[test]
        fn totals_never_fall_below_the_baseline_less_withdrawals(
            entries in prop::collection::vec((-30i64..30, 0u32..200, 0u32..50, 0u32..40, 0u32..20), 1..30)
        ) {
            let w = window();
            let mut kept: Vec<ObjectionSearch> = Vec::new();
            for (offset, type1, type2, withdrawn1, withdrawn2) in entries {
                let input = SearchInput {
                    date: (w.start + Duration::days(offset)).to_string(),
                    type1: type1.to_string(),
                    type2: type2.to_string(),
                    type1_withdrawn: withdrawn1.to_string(),
                    type2_withdrawn: withdrawn2.to_string(),
                };
                if let Ok(search) = input.validate(&kept, &w, 7_400, ObjectionTypes::BOTH, TODAY) {
                    kept.retain(|s| s.date != search.date);
                    kept.push(search);
                }
                if let Some(base) = baseline(&kept, &w) {
                    for s in kept.iter().filter(|s| !s.is_baseline_for(&w)) {
                        prop_assert!(u64::from(s.type1) + u64::from(s.type1_withdrawn) >= u64::from(base.type1));
                        prop_assert!(u64::from(s.type2) + u64::from(s.type2_withdrawn) >= u64::from(base.type2));
                    }
                }
                let totals = ObjectionTotals::new(&kept, &w, 7_400, ObjectionTypes::BOTH, ClinicalSystem::Vision, TODAY);
                if let (Some(base), Some(latest), Some(new)) = (totals.baseline, totals.latest, totals.type1_new) {
                    prop_assert_eq!(new + u64::from(base.type1), u64::from(latest.type1) + u64::from(latest.type1_withdrawn));
                }
            }
        }
    }
}
