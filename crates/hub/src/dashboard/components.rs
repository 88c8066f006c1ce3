//! Markup the dashboard's pages share, in the NHS design system's classes, and the text helpers they all use.

use maud::{Markup, Render, html};
use pathfinder_l10n::{FluentArgs, FluentValue, Localizer};
use pathfinder_readiness::{NotApplicableCode, ReadinessLevel};

pub(super) fn t(l: &Localizer, id: &str) -> String {
    l.format(id, None)
}

/// A message with its variables. Counts go in as numbers (`n.into()`), so that the message's plural forms choose by
/// them; names and codes as text.
pub(super) fn t_args(l: &Localizer, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    l.format(id, Some(&fluent))
}

/// A number for Fluent with one decimal place, kept when it is zero ("2.0", not "2").
pub(super) fn decimal(value: f64) -> FluentValue<'static> {
    match FluentValue::try_number(&one_decimal(value)) {
        FluentValue::Number(number) => FluentValue::Number(number),
        _ => FluentValue::from(value),
    }
}

/// The message of a practice's level, `None` for one that has not reported. The hub's own messages, so that its
/// wording is the regional team's and not tied to the app's.
pub(super) fn level_label(level: Option<ReadinessLevel>) -> &'static str {
    match level {
        Some(ReadinessLevel::Ready) => "hub-level-ready",
        Some(ReadinessLevel::AtRisk) => "hub-level-at-risk",
        Some(ReadinessLevel::OnTrack) => "hub-level-on-track",
        Some(ReadinessLevel::InProgress) => "hub-level-in-progress",
        Some(ReadinessLevel::NotStarted) => "hub-level-not-started",
        None => "hub-level-not-reported",
    }
}

pub(super) fn level_tag(l: &Localizer, level: Option<ReadinessLevel>) -> Markup {
    let colour = match level {
        Some(ReadinessLevel::Ready) => "green",
        Some(ReadinessLevel::OnTrack) => "aqua-green",
        Some(ReadinessLevel::AtRisk) => "red",
        Some(ReadinessLevel::InProgress) => "blue",
        Some(ReadinessLevel::NotStarted) | None => "grey",
    };
    html! { strong class={ "nhsuk-tag nhsuk-tag--" (colour) } { (t(l, level_label(level))) } }
}

/// Why a task does not apply, as the regional team is told it: the kind of reason only (the words a manager typed
/// stay at the practice).
pub(super) fn not_applicable_label(code: NotApplicableCode) -> &'static str {
    match code {
        NotApplicableCode::DoneElsewhere => "hub-na-reason-done-elsewhere",
        NotApplicableCode::NotInPilot => "hub-na-reason-not-in-pilot",
        NotApplicableCode::Other => "hub-na-reason-other",
    }
}

/// `value` to one decimal place, half away from zero: "7.4", "0.0".
pub(super) fn one_decimal(value: f64) -> String {
    let tenths = (value * 10.0).round();
    // Whole tenths written as digits: what `{:.1}` writes of tenths / 10, without the float formatter's slow path
    // (the nation's export writes 16,000 rates).
    if tenths.is_finite() && tenths.abs() < 1e15 {
        let whole = tenths.abs() as u64;
        let sign = if tenths.is_sign_negative() { "-" } else { "" };
        format!("{sign}{}.{}", whole / 10, whole % 10)
    } else {
        format!("{:.1}", tenths / 10.0)
    }
}

/// Per 1,000 patients of `list`, one decimal place; none for no patients.
pub(super) fn per_thousand(count: i64, list: i64) -> Option<f64> {
    (list > 0).then(|| count as f64 * 1000.0 / list as f64)
}

/// Every form that changes something carries the session's token, so another site cannot post it.
pub(super) fn csrf_field(token: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(token); }
}

/// The summary that opens a page whose form was refused; `item` says what is wrong.
pub(super) fn error_summary(l: &Localizer, item: Markup) -> Markup {
    html! {
        div class="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabindex="-1" {
            h2 class="nhsuk-error-summary__title" id="error-summary-title" { (t(l, "error-summary-title")) }
            div class="nhsuk-error-summary__body" { ul class="nhsuk-list nhsuk-error-summary__list" { li { (item) } } }
        }
    }
}

/// A practice named by its ODS code: typed, not chosen from a list (a national user sees 8,000 practices).
pub(super) fn ods_input(l: &Localizer, id: &str) -> Markup {
    let hint_id = format!("{id}-hint");
    html! {
        div class="nhsuk-form-group" {
            label class="nhsuk-label" for=(id) { (t(l, "hub-ods-input-label")) }
            div class="nhsuk-hint" id=(hint_id) { (t(l, "hub-ods-input-hint")) }
            input class="nhsuk-input nhsuk-input--width-10" id=(id) name=(id) type="text" autocomplete="off"
                spellcheck="false" aria-describedby=(hint_id);
        }
    }
}

/// A labelled select; `group_class` is the form group's, as a filter bar or a form lays it out.
pub(super) fn select(
    group_class: &str,
    name: &str,
    label: &str,
    options: &[(String, String)],
    current: &str,
) -> Markup {
    html! {
        div class=(group_class) {
            label class="nhsuk-label" for=(name) { (label) }
            select class="nhsuk-select" id=(name) name=(name) {
                @for (value, text) in options {
                    option value=(value) selected[value == current] { (text) }
                }
            }
        }
    }
}

/// An NHS table: its caption and column headings are message ids, its rows come whole.
pub(super) struct Table<'a> {
    pub id: &'a str,
    pub caption: &'a str,
    /// Where a heading above already names the table, its caption is there for screen readers alone.
    pub caption_hidden: bool,
    pub columns: &'a [&'a str],
}

impl Table<'_> {
    pub fn render(&self, l: &Localizer, rows: Markup) -> Markup {
        self.markup(l, None, rows)
    }

    /// A table wider than a phone scrolls inside a region that keyboard users can reach, named by the caption.
    pub fn scrolling(&self, l: &Localizer, rows: Markup) -> Markup {
        let caption_id = format!("{}-caption", self.id);
        html! {
            div class="pf-table-scroll" tabindex="0" role="region" aria-labelledby=(caption_id) {
                (self.markup(l, Some(&caption_id), rows))
            }
        }
    }

    fn markup(&self, l: &Localizer, caption_id: Option<&str>, rows: Markup) -> Markup {
        html! {
            table class="nhsuk-table" id=(self.id) {
                caption class={ "nhsuk-table__caption" @if self.caption_hidden { " nhsuk-u-visually-hidden" } } id=[caption_id] {
                    (t(l, self.caption))
                }
                thead class="nhsuk-table__head" { tr class="nhsuk-table__row" {
                    @for column in self.columns { th class="nhsuk-table__header" scope="col" { (t(l, column)) } }
                } }
                tbody class="nhsuk-table__body" { (rows) }
            }
        }
    }
}

pub(super) fn cell(content: impl Render) -> Markup {
    html! { td class="nhsuk-table__cell" { (content) } }
}

pub(super) fn row_header(content: impl Render) -> Markup {
    html! { th class="nhsuk-table__header" scope="row" { (content) } }
}

/// A row of an NHS summary list: a key (a message id) and its value, which `id` lets tests and links find.
pub(super) struct SummaryRow<'a> {
    pub key: &'a str,
    pub value: Markup,
    pub id: Option<&'a str>,
}

pub(super) fn summary_list(l: &Localizer, rows: &[SummaryRow]) -> Markup {
    html! {
        dl class="nhsuk-summary-list" {
            @for row in rows {
                div class="nhsuk-summary-list__row" {
                    dt class="nhsuk-summary-list__key" { (t(l, row.key)) }
                    dd class="nhsuk-summary-list__value" id=[row.id] { (row.value) }
                }
            }
        }
    }
}

/// A day as people write it ("9 March 2026"), the month's name from Fluent.
pub(super) fn day(l: &Localizer, date: time::Date) -> String {
    t_args(
        l,
        "hub-date",
        &[
            ("day", date.day().to_string().into()),
            ("month", u8::from(date.month()).into()),
            ("year", date.year().to_string().into()),
        ],
    )
}

/// A moment the hub recorded (RFC 3339, UTC) as the regional staff's clock showed it: the day and the time in the
/// UK ("9 March 2026, 09:30"), summer time included. Text that is not a moment is shown as it is.
pub(super) fn moment(l: &Localizer, at: &str) -> String {
    let Ok(stamp) = at.parse::<jiff::Timestamp>() else { return at.to_owned() };
    // The UK's rules written out stand in where the system has no time zone database.
    let zone = jiff::tz::TimeZone::get("Europe/London")
        .or_else(|_| jiff::tz::TimeZone::posix("GMT0BST,M3.5.0/1,M10.5.0"))
        .unwrap_or(jiff::tz::TimeZone::UTC);
    let local = zone.to_datetime(stamp);
    let Ok(date) = time::Date::from_calendar_date(
        i32::from(local.year()),
        time::Month::try_from(local.month() as u8).unwrap_or(time::Month::January),
        local.day() as u8,
    ) else {
        return at.to_owned();
    };
    let clock = format!("{:02}:{:02}", local.hour(), local.minute());
    t_args(l, "hub-date-time", &[("date", day(l, date).into()), ("time", clock.into())])
}

/// Charts hatch "at risk" and dot "on track", so that they read without colour.
pub(super) fn hatch_pattern() -> Markup {
    html! {
        defs {
            pattern id="pf-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)" {
                rect width="8" height="8" fill="#ffffff" {}
                line x1="0" y1="0" x2="0" y2="8" stroke="#d5281b" stroke-width="4" {}
            }
            pattern id="pf-dots" width="8" height="8" patternUnits="userSpaceOnUse" {
                rect width="8" height="8" fill="#ffffff" {}
                circle cx="4" cy="4" r="2.5" fill="#00a499" {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_decimal_writes_what_the_float_formatter_writes_of_the_rounded_value() {
        let mut values = vec![0.0, -0.0, 0.04, 0.05, 0.15, 0.25, 7.44, 7.45, 7.449_999, -3.25, 1e14, 1e16, 123.456];
        values.extend((0..20_000).map(|n| n as f64 * 1000.0 / 7_391.0));
        values.extend((1..5_000).map(|n| 3_600.5 / n as f64));
        for value in values {
            assert_eq!(one_decimal(value), format!("{:.1}", (value * 10.0).round() / 10.0), "{value}");
        }
        assert_eq!([one_decimal(7.44), one_decimal(0.0), one_decimal(f64::NAN)], ["7.4", "0.0", "NaN"]);
    }
}
