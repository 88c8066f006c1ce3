//! The overview: each CCG's practices by readiness, as a table and as a chart.

use axum::extract::State;
use maud::{Markup, html};
use pathfinder_l10n::Localizer;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::auth::SignedIn;
use super::components::{Table, cell, hatch_pattern, one_decimal, row_header, t, t_args};
use super::layout::{PageResult, Section, staff_page};
use crate::Hub;
use crate::db::CcgCounts;

const COLUMNS: [&str; 9] = [
    "hub-col-ccg",
    "hub-col-practices",
    "hub-col-enrolled",
    "hub-col-reported",
    "hub-col-ready",
    "hub-col-at-risk",
    "hub-col-stale",
    "hub-col-type1-rate",
    "hub-col-type2-rate",
];

pub async fn overview(State(hub): State<Hub>, session: SignedIn) -> PageResult {
    let l = &hub.l10n;
    let stale_before = (OffsetDateTime::now_utc() - time::Duration::days(7)).format(&Rfc3339).unwrap_or_default();
    let summaries: Vec<CcgCounts> =
        hub.db.ccg_summaries(&stale_before).await?.into_iter().filter(|c| session.user.sees(&c.ccg_code)).collect();
    let title = t(l, "hub-overview-heading");
    let table = Table { id: "pf-overview", caption: "hub-overview-caption", caption_hidden: false, columns: &COLUMNS };
    let rows = html! {
        @for s in &summaries {
            @let (type1_rate, type2_rate) = s.rates();
            tr class="nhsuk-table__row" data-ccg=(s.ccg_code) {
                (row_header(html! { a href={ "/dashboard/practices?ccg=" (s.ccg_code) } { (s.ccg_code) } }))
                @for count in [s.practices, s.enrolled, s.reported, s.ready, s.at_risk, s.stale] { (cell(count)) }
                (cell(one_decimal(type1_rate)))
                (cell(one_decimal(type2_rate)))
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
            h2 { (t(l, "hub-chart-readiness-heading")) }
            (readiness_chart(l, &summaries))
            p class="nhsuk-body-s" { (t(l, "hub-chart-readiness-key")) }
        }
    };
    Ok(staff_page(l, &title, &session, Section::Overview, body))
}

/// Readiness by CCG as bars of practices: ready, at risk, and the rest, each labelled with its count so the
/// chart reads without colour.
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
                @let ready_w = 420.0 * s.ready as f64 / total;
                @let risk_w = 420.0 * s.at_risk as f64 / total;
                text x="0" y=(y + 19) class="pf-chart-label" { (s.ccg_code) }
                rect x="60" y=(y) width="420" height=(bar_height) fill="#ffffff" stroke="#212b32" {}
                rect x="60" y=(y) width=(ready_w) height=(bar_height) fill="#007f3b" {}
                rect x=(60.0 + ready_w) y=(y) width=(risk_w) height=(bar_height) fill="url(#pf-hatch)" {}
                text x="492" y=(y + 19) class="pf-chart-label" {
                    (t_args(l, "hub-chart-readiness-bar", &[("ready", s.ready.to_string()), ("risk", s.at_risk.to_string()), ("total", s.practices.to_string())]))
                }
            }
            (hatch_pattern())
        }
    }
}
