//! The overview: each CCG's practices by readiness, as a table and as a chart.

use axum::extract::State;
use maud::{Markup, html};
use pathfinder_l10n::Localizer;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::auth::SignedIn;
use super::components::{Table, cell, hatch_pattern, one_decimal, per_thousand, row_header, t, t_args};
use super::layout::{PageResult, Section, staff_page};
use crate::Hub;
use crate::db::CcgCounts;

const COLUMNS: [&str; 9] = [
    "hub-col-ccg",
    "hub-col-practices",
    "hub-col-enrolled",
    "hub-col-reported",
    "hub-col-ready",
    "hub-col-on-track",
    "hub-col-at-risk",
    "hub-col-overdue",
    "hub-col-not-heard-from",
];

/// Days without a report or a settings pull after which an enrolled practice is listed as not heard from.
pub const STALE_DAYS: i64 = 7;

/// Objections and returned forms by CCG: figures for staff signed in, shown exactly (the CSV export, which leaves
/// the hub, is where small numbers are suppressed).
const RETURNS_COLUMNS: [&str; 9] = [
    "hub-col-ccg",
    "hub-col-letters-printed",
    "hub-col-letters-coverage",
    "hub-col-type1-rate",
    "hub-col-type2-rate",
    "hub-col-forms-received",
    "hub-col-backlog",
    "hub-col-forms-expected",
    "hub-col-forecast-received",
];

pub async fn overview(State(hub): State<Hub>, session: SignedIn) -> PageResult {
    let l = &hub.l10n;
    let now = OffsetDateTime::now_utc();
    let stale_before = (now - time::Duration::days(STALE_DAYS)).format(&Rfc3339).unwrap_or_default();
    let today = now.date().to_string();
    let summaries: Vec<CcgCounts> = hub
        .db
        .ccg_summaries(&stale_before, &today)
        .await?
        .into_iter()
        .filter(|c| session.user.sees(&c.ccg_code))
        .collect();
    let title = t(l, "hub-overview-heading");
    let table = Table { id: "pf-overview", caption: "hub-overview-caption", caption_hidden: false, columns: &COLUMNS };
    let rows = html! {
        @for s in &summaries {
            tr class="nhsuk-table__row" data-ccg=(s.ccg_code) {
                (row_header(html! { a href={ "/dashboard/practices?ccg=" (s.ccg_code) } { (ccg_label(s)) } }))
                @for count in [s.practices, s.enrolled, s.reported, s.ready, s.on_track, s.at_risk] { (cell(count)) }
                (cell(listed(s.overdue, &s.ccg_code, "overdue=yes")))
                (cell(listed(s.stale, &s.ccg_code, "stale=yes")))
            }
        }
    };
    let returns = Table {
        id: "pf-overview-returns",
        caption: "hub-overview-returns-caption",
        caption_hidden: false,
        columns: &RETURNS_COLUMNS,
    };
    let returns_rows = html! {
        @for s in &summaries {
            tr class="nhsuk-table__row" data-ccg=(s.ccg_code) {
                (row_header(ccg_label(s)))
                (cell(s.letters_printed))
                (cell(per_cent(s.letters_printed, s.patients).map_or_else(|| t(l, "hub-none"), |p| format!("{p}%"))))
                (cell(per_thousand(s.type1_total, s.patients).map_or_else(|| t(l, "hub-none"), one_decimal)))
                @if s.objection_types.offers_type2() {
                    (cell(per_thousand(s.type2_total, s.patients).map_or_else(|| t(l, "hub-none"), one_decimal)))
                } @else {
                    (cell(t(l, "hub-type2-not-offered")))
                }
                (cell(s.forms_received))
                (cell(s.forms_backlog))
                @if s.forecast_practices == 0 {
                    (cell(t(l, "hub-none")))
                    (cell(t(l, "hub-none")))
                } @else {
                    (cell(s.expected_forms))
                    (cell(s.forecast_received))
                }
            }
        }
    };
    let body = html! {
        h1 { (title) }
        p class="nhsuk-lede-text" { (t(l, "hub-overview-lede")) }
        @if summaries.is_empty() {
            p { (t(l, "hub-overview-empty")) }
        } @else {
            (table.scrolling(l, rows))
            h2 { (t(l, "hub-overview-tasks-link")) }
            ul class="nhsuk-list" id="pf-grid-links" {
                @for s in &summaries {
                    li { a href={ "/dashboard/tasks?ccg=" (s.ccg_code) } { (ccg_label(s)) } }
                }
            }
            h2 { (t(l, "hub-chart-readiness-heading")) }
            (readiness_chart(l, &summaries))
            p class="nhsuk-body-s" { (t(l, "hub-chart-readiness-key")) }
            h2 { (t(l, "hub-overview-returns-heading")) }
            p { (t(l, "hub-overview-returns-lede")) }
            (returns.scrolling(l, returns_rows))
        }
    };
    Ok(staff_page(l, &title, &session, Section::Overview, body))
}

/// A CCG as people know it: its name where the practice import gave one, with its code.
fn ccg_label(s: &CcgCounts) -> String {
    match &s.ccg_name {
        Some(name) => format!("{} {name}", s.ccg_code),
        None => s.ccg_code.clone(),
    }
}

/// A count with the list behind it: a link to the CCG's practices that it counts, when there are any.
fn listed(count: i64, ccg: &str, filter: &str) -> Markup {
    html! {
        @if count > 0 {
            a href={ "/dashboard/practices?ccg=" (ccg) "&" (filter) } { (count) }
        } @else {
            (count)
        }
    }
}

/// A whole per cent of `of`, rounded down (so 99.6% of letters printed never reads as all of them).
fn per_cent(part: i64, of: i64) -> Option<i64> {
    (of > 0).then(|| part * 100 / of)
}

/// Readiness by CCG as bars of practices: ready, on track, at risk, and the rest, each labelled with its counts so
/// the chart reads without colour.
fn readiness_chart(l: &Localizer, rows: &[CcgCounts]) -> Markup {
    let bar_height = 28;
    let height = rows.len() * (bar_height + 16) + 8;
    html! {
        // SVG elements are closed explicitly: the HTML parser does not treat `<rect>` as empty.
        svg class="pf-chart" role="img" aria-labelledby="pf-chart-title" viewBox={ "0 0 900 " (height) } width="900" height=(height) {
            title id="pf-chart-title" { (t(l, "hub-chart-readiness-title")) }
            @for (i, s) in rows.iter().enumerate() {
                @let y = 8 + i * (bar_height + 16);
                @let total = s.practices.max(1) as f64;
                @let ready_w = 360.0 * s.ready as f64 / total;
                @let track_w = 360.0 * s.on_track as f64 / total;
                @let risk_w = 360.0 * s.at_risk as f64 / total;
                text x="0" y=(y + 19) class="pf-chart-label" { (s.ccg_code) }
                rect x="60" y=(y) width="360" height=(bar_height) fill="#ffffff" stroke="#212b32" {}
                rect x="60" y=(y) width=(ready_w) height=(bar_height) fill="#007f3b" {}
                rect x=(60.0 + ready_w) y=(y) width=(track_w) height=(bar_height) fill="url(#pf-dots)" {}
                rect x=(60.0 + ready_w + track_w) y=(y) width=(risk_w) height=(bar_height) fill="url(#pf-hatch)" {}
                text x="432" y=(y + 19) class="pf-chart-label" {
                    (t_args(l, "hub-chart-readiness-bar", &[
                        ("ready", s.ready.into()),
                        ("track", s.on_track.into()),
                        ("risk", s.at_risk.into()),
                        ("total", s.practices.into()),
                    ]))
                }
            }
            (hatch_pattern())
        }
    }
}
