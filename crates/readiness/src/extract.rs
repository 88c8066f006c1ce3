//! What must be true before the practice agrees the extract with its supplier: every returned form coded (an
//! uncoded objection would be extracted), and a recent search, so that the counts agreed are the counts coded.

use serde::Serialize;
use time::Date;

use crate::PracticeState;
use crate::returns::FormsTally;

/// The task the extract is agreed in.
pub const AGREE_EXTRACT: &str = "agree-extract";

/// A search older than this no longer says what is coded.
pub const SEARCH_FRESH_DAYS: i64 = 7;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ExtractBlocker {
    /// Forms received and neither coded nor sent back to the patient.
    #[serde(rename_all = "camelCase")]
    FormsWaiting { forms: u64 },
    /// No objection search has been entered.
    NoSearch,
    /// The latest search is older than seven days.
    #[serde(rename_all = "camelCase")]
    SearchStale {
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        searched: Date,
        days: i64,
    },
    /// Forms were coded after the latest search: its totals do not hold them.
    #[serde(rename_all = "camelCase")]
    CodedSinceSearch {
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        searched: Date,
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        coded: Date,
    },
}

/// Everything that stands in the way of agreeing the extract today, in the order to deal with it.
pub fn extract_blockers(state: &PracticeState, today: Date) -> Vec<ExtractBlocker> {
    let mut blockers = Vec::new();
    let backlog = FormsTally::new(&state.forms).backlog;
    if backlog > 0 {
        blockers.push(ExtractBlocker::FormsWaiting { forms: backlog });
    }
    match state.searches.iter().map(|s| s.date).max() {
        None => blockers.push(ExtractBlocker::NoSearch),
        Some(searched) => {
            let days = (today - searched).whole_days();
            let last_coded = state.forms.iter().filter(|d| d.coded > 0).map(|d| d.date).max();
            if days > SEARCH_FRESH_DAYS {
                blockers.push(ExtractBlocker::SearchStale { searched, days });
            } else if let Some(coded) = last_coded.filter(|coded| *coded > searched) {
                blockers.push(ExtractBlocker::CodedSinceSearch { searched, coded });
            }
        }
    }
    blockers
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::returns::FormsDay;
    use crate::searches::ObjectionSearch;
    use crate::testing::state;
    use time::macros::date;

    #[test]
    fn waiting_forms_and_an_old_or_missing_search_stand_in_the_way() {
        let mut practice = state();
        let today = date!(2026 - 04 - 17);
        assert_eq!(extract_blockers(&practice, today), [ExtractBlocker::NoSearch]);
        practice.forms.push(FormsDay {
            date: date!(2026 - 04 - 14),
            received: 9,
            coded: 6,
            scanned: 0,
            acknowledged: 0,
            queried: 1,
        });
        practice.searches.push(ObjectionSearch {
            date: date!(2026 - 04 - 09),
            type1: 20,
            type2: 2,
            type1_withdrawn: 0,
            type2_withdrawn: 0,
        });
        assert_eq!(
            extract_blockers(&practice, today),
            [
                ExtractBlocker::FormsWaiting { forms: 2 },
                ExtractBlocker::SearchStale { searched: date!(2026 - 04 - 09), days: 8 }
            ]
        );
        practice.forms[0].coded = 8;
        practice.searches[0].date = date!(2026 - 04 - 10);
        assert_eq!(
            extract_blockers(&practice, today),
            [ExtractBlocker::CodedSinceSearch { searched: date!(2026 - 04 - 10), coded: date!(2026 - 04 - 14) }],
            "forms coded after the search are not in its totals"
        );
        practice.searches[0].date = date!(2026 - 04 - 14);
        assert_eq!(extract_blockers(&practice, today), [], "a search on the day of the last coding holds it");
    }
}
