//! The practices a user may see: the list, filtered and sorted, and one practice's page.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use maud::html;
use pathfinder_readiness::{Checklist, ReadinessLevel, Role, TaskStatus};
use serde::Deserialize;

use super::auth::SignedIn;
use super::components::{
    SummaryRow, Table, cell, csrf_field, decimal, level_label, level_tag, not_applicable_label, one_decimal,
    per_thousand, row_header, select, summary_list, t, t_args,
};
use super::layout::{HtmlError, PageResult, Section, check_csrf, staff_page};
use super::summary::{LEVELS, NOT_REPORTED, PracticeStatus, ccg_codes, level_name};
use crate::db::{Figures, User, parse_level};
use crate::{ApiError, Hub, admin, report};

/// The practices this user may see.
pub(super) async fn visible(hub: &Hub, user: &User) -> Result<Vec<PracticeStatus>, ApiError> {
    let rows = hub.db.practice_rows().await?;
    Ok(rows.iter().filter(|row| user.sees(&row.practice.ccg_code)).map(PracticeStatus::from_row).collect())
}

/// The list's filters and order as the form sends them, and as its CSV link repeats them.
#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    ccg: String,
    #[serde(default)]
    level: String,
    #[serde(default)]
    sort: String,
}

/// The filter's choices, in the order it offers them: every level, then a practice that has not reported.
fn level_choices() -> impl Iterator<Item = Option<ReadinessLevel>> {
    LEVELS.into_iter().map(Some).chain([None])
}

/// The practices `query` asks for, in its order. An unknown level is refused rather than matching nothing.
pub(super) fn filtered(practices: Vec<PracticeStatus>, query: &ListQuery) -> Result<Vec<PracticeStatus>, HtmlError> {
    let level = match query.level.as_str() {
        "" => None,
        NOT_REPORTED => Some(None),
        name => Some(Some(
            parse_level(name)
                .map_err(|error| ApiError::new(StatusCode::BAD_REQUEST, "invalid-value", error.to_string()))?,
        )),
    };
    let mut list: Vec<PracticeStatus> = practices
        .into_iter()
        .filter(|p| query.ccg.is_empty() || p.ccg_code == query.ccg)
        .filter(|p| level.is_none_or(|level| p.level() == level))
        .collect();
    match query.sort.as_str() {
        "name" => list.sort_by(|a, b| a.name.cmp(&b.name)),
        // By the level's name, which puts at-risk first.
        "level" => {
            list.sort_by(|a, b| level_name(a.level()).cmp(level_name(b.level())).then(a.ods_code.cmp(&b.ods_code)))
        }
        "last-report" => list.sort_by(|a, b| a.last_report.cmp(&b.last_report).then(a.ods_code.cmp(&b.ods_code))),
        _ => list.sort_by(|a, b| a.ods_code.cmp(&b.ods_code)),
    }
    Ok(list)
}

/// The list's filters as a query string, each value percent-encoded: a value holding `&`, `#`, `=` or a space
/// stays one value.
pub(super) fn query_string(query: &ListQuery) -> String {
    form_urlencoded::Serializer::new(String::new())
        .append_pair("ccg", &query.ccg)
        .append_pair("level", &query.level)
        .append_pair("sort", &query.sort)
        .finish()
}

pub async fn practices(State(hub): State<Hub>, session: SignedIn, Query(query): Query<ListQuery>) -> PageResult {
    let l = &hub.l10n;
    let all = visible(&hub, &session.user).await?;
    let ccgs = ccg_codes(&all);
    let list = filtered(all, &query)?;
    let title = t(l, "hub-practices-heading");
    let all_option = || (String::new(), t(l, "hub-filter-all"));
    let ccg_options: Vec<_> =
        std::iter::once(all_option()).chain(ccgs.iter().map(|c| (c.clone(), c.clone()))).collect();
    let level_options: Vec<_> = std::iter::once(all_option())
        .chain(level_choices().map(|level| (level_name(level).to_owned(), t(l, level_label(level)))))
        .collect();
    let sort_options = [
        (String::new(), t(l, "hub-sort-ods")),
        ("name".into(), t(l, "hub-sort-name")),
        ("level".into(), t(l, "hub-sort-level")),
        ("last-report".into(), t(l, "hub-sort-last-report")),
    ];
    let filter = "nhsuk-form-group pf-filter";
    let table = Table {
        id: "pf-practices",
        caption: "hub-practices-heading",
        caption_hidden: true,
        columns: &[
            "hub-col-practice",
            "hub-col-ods",
            "hub-col-ccg",
            "hub-col-level",
            "hub-col-last-report",
            "hub-col-type1-rate",
            "hub-col-type2-rate",
            "hub-col-backlog",
            "hub-col-forms-received",
            "hub-col-forms-expected",
        ],
    };
    let body = html! {
        h1 { (title) }
        form method="get" action="/dashboard/practices" class="pf-filters" {
            (select(filter, "ccg", &t(l, "hub-filter-ccg"), &ccg_options, &query.ccg))
            (select(filter, "level", &t(l, "hub-filter-level"), &level_options, &query.level))
            (select(filter, "sort", &t(l, "hub-sort"), &sort_options, &query.sort))
            button class="nhsuk-button nhsuk-button--secondary" type="submit" { (t(l, "hub-filter-apply")) }
        }
        p { a href={ "/dashboard/practices.csv?" (query_string(&query)) } { (t(l, "hub-export-csv")) } }
        p { (t_args(l, "hub-practices-count", &[("count", list.len().into())])) }
        // Exact figures: the people who see this page are signed-in NHS staff with a need to know; the CSV, which
        // leaves the hub, suppresses small numbers (export.rs).
        (table.scrolling(l, html! {
            @for p in &list {
                @let none = || t(l, "hub-none");
                tr class="nhsuk-table__row" data-ods=(p.ods_code) {
                    (cell(html! { a href={ "/dashboard/practices/" (p.ods_code) } { (p.name) } }))
                    (cell(&p.ods_code))
                    (cell(&p.ccg_code))
                    (cell(level_tag(l, p.level())))
                    (cell(p.last_report.map_or_else(|| t(l, "hub-never"), |at| at.date().to_string())))
                    @match p.figures() {
                        Some(f) => {
                            (cell(per_thousand(f.type1_total, f.list_size).map_or_else(none, one_decimal)))
                            (cell(per_thousand(f.type2_total, f.list_size).map_or_else(none, one_decimal)))
                            (cell(f.forms_backlog))
                            (cell(f.forms_received))
                            (cell(f.expected_forms.map_or_else(none, |n| n.to_string())))
                        }
                        None => { @for _ in 0..5 { (cell(none())) } }
                    }
                }
            }
        }))
    };
    Ok(staff_page(l, &title, &session, Section::Practices, body))
}

fn role_label(role: Role) -> &'static str {
    match role {
        Role::PracticeManager => "role-practice-manager",
        Role::Reception => "role-reception",
        Role::AdminTeam => "role-admin-team",
        Role::GpPartner => "role-gp-partner",
        Role::It => "role-it",
    }
}

fn status_label(status: TaskStatus) -> &'static str {
    match status {
        TaskStatus::NotStarted => "status-not-started",
        TaskStatus::InProgress => "status-in-progress",
        TaskStatus::Completed => "status-completed",
        TaskStatus::NotApplicable => "status-not-applicable",
    }
}

#[derive(Deserialize, Default)]
pub struct Revoked {
    /// Set after a revocation: how many tokens it ended.
    revoked: Option<u64>,
}

pub async fn practice(
    State(hub): State<Hub>,
    session: SignedIn,
    Path(ods): Path<String>,
    Query(notice): Query<Revoked>,
) -> PageResult {
    let l = &hub.l10n;
    let practice = hub.db.practice(&ods).await?.filter(|p| session.user.sees(&p.ccg_code));
    let Some(practice) = practice else { return Err(HtmlError::not_found(l)) };
    let history = hub.db.submissions_of(&practice.ods_code).await?;
    let latest = history.first().and_then(|s| report::read_stored(&s.body));
    let checklist = Checklist::current();
    let summary = [
        SummaryRow { key: "hub-col-ods", value: html! { (practice.ods_code) }, id: None },
        SummaryRow { key: "hub-col-ccg", value: html! { (practice.ccg_code) }, id: None },
        SummaryRow {
            key: "hub-col-level",
            value: level_tag(l, latest.as_ref().map(|s| s.readiness.level)),
            id: Some("pf-level"),
        },
    ];
    let tasks = Table {
        id: "pf-tasks",
        caption: "hub-practice-tasks",
        caption_hidden: true,
        columns: &["hub-col-task", "hub-col-status", "hub-col-due", "hub-col-na-reason"],
    };
    let effort = Table {
        id: "pf-effort",
        caption: "hub-practice-effort",
        caption_hidden: true,
        columns: &["workload-col-role", "workload-col-left"],
    };
    let reports = Table {
        id: "pf-history",
        caption: "hub-practice-history",
        caption_hidden: true,
        columns: &["hub-col-received", "hub-col-level"],
    };
    let body = html! {
        a class="nhsuk-back-link" href="/dashboard/practices" { (t(l, "hub-back-to-practices")) }
        h1 { (practice.name) }
        (summary_list(l, &summary))
        @if let Some(s) = &latest {
            // Exact figures for signed-in staff, as on every page: only what leaves the hub (the CSV) is suppressed.
            (returns(l, s))
            h2 { (t(l, "hub-practice-tasks")) }
            (tasks.render(l, html! {
                @for task in &s.tasks {
                    tr class="nhsuk-table__row" {
                        (cell(checklist.task(&task.id).map_or_else(|| task.id.clone(), |known| t(l, &known.title))))
                        (cell(t(l, status_label(task.status))))
                        (cell(task.due.to_string()))
                        @match (task.status, task.not_applicable_reason) {
                            (_, Some(code)) => (cell(t(l, not_applicable_label(code)))),
                            (TaskStatus::NotApplicable, None) => (cell(t(l, "hub-na-reason-not-given"))),
                            _ => (cell("")),
                        }
                    }
                }
            }))
            h2 { (t(l, "hub-practice-effort")) }
            (effort.render(l, html! {
                @for (role, seconds) in &s.effort_left {
                    tr class="nhsuk-table__row" {
                        (row_header(t(l, role_label(*role))))
                        (cell(one_decimal(*seconds as f64 / 3600.0)))
                    }
                }
            }))
        } @else {
            p { (t(l, "hub-practice-no-reports")) }
        }
        h2 { (t(l, "hub-practice-history")) }
        @if history.is_empty() {
            p { (t(l, "hub-practice-no-reports")) }
        } @else {
            (reports.render(l, html! {
                @for s in &history {
                    tr class="nhsuk-table__row" {
                        (cell(&s.received_at))
                        (cell(level_tag(l, Some(s.level))))
                    }
                }
            }))
        }
        h2 { (t(l, "hub-practice-access-heading")) }
        @if let Some(revoked) = notice.revoked {
            div class="nhsuk-inset-text" id="pf-revoked" {
                p { (t_args(l, "hub-practice-revoked", &[("count", revoked.into())])) }
            }
        }
        p { (t(l, "hub-practice-access-body")) }
        form method="post" action={ "/dashboard/practices/" (practice.ods_code) "/revoke" } {
            (csrf_field(&session.csrf))
            button class="nhsuk-button nhsuk-button--warning" type="submit" { (t(l, "hub-practice-revoke")) }
        }
    };
    Ok(staff_page(l, &practice.name, &session, Section::Practices, body))
}

/// A practice's objections, returned forms and forecast, from its newest report.
fn returns(l: &pathfinder_l10n::Localizer, submission: &pathfinder_protocol::Submission) -> maud::Markup {
    let figures = Figures::of(submission);
    let totals = report::objection_totals(submission);
    let forecast = report::forecast(submission);
    let standing = |count: i64| {
        let rate = per_thousand(count, figures.list_size).unwrap_or(0.0);
        html! { (t_args(l, "hub-objections-standing", &[("count", count.into()), ("rate", decimal(rate))])) }
    };
    let since = |count: Option<i64>| match count {
        Some(count) => html! { (count) },
        None => html! { (t(l, "hub-objections-no-baseline")) },
    };
    let dated = |search: Option<pathfinder_readiness::ObjectionSearch>, none: &str| match search {
        Some(search) => html! { (search.date.to_string()) },
        None => html! { (t(l, none)) },
    };
    let objections = [
        SummaryRow { key: "hub-objections-type1", value: standing(figures.type1_total), id: Some("pf-type1") },
        SummaryRow { key: "hub-objections-type2", value: standing(figures.type2_total), id: Some("pf-type2") },
        SummaryRow {
            key: "hub-objections-latest-search",
            value: dated(totals.latest, "hub-objections-no-search"),
            id: None,
        },
        SummaryRow {
            key: "hub-objections-baseline",
            value: dated(totals.baseline, "hub-objections-no-baseline-search"),
            id: None,
        },
        SummaryRow { key: "hub-objections-type1-new", value: since(figures.type1_new), id: Some("pf-type1-new") },
        SummaryRow { key: "hub-objections-type2-new", value: since(figures.type2_new), id: Some("pf-type2-new") },
    ];
    let forms = [
        SummaryRow { key: "hub-forms-received", value: html! { (figures.forms_received) }, id: Some("pf-received") },
        SummaryRow { key: "hub-forms-coded", value: html! { (figures.forms_coded) }, id: None },
        SummaryRow { key: "hub-forms-queried", value: html! { (figures.forms_queried) }, id: None },
        SummaryRow { key: "hub-forms-backlog", value: html! { (figures.forms_backlog) }, id: Some("pf-backlog") },
    ];
    let weeks = Table {
        id: "pf-forecast",
        caption: "hub-forecast-caption",
        caption_hidden: false,
        columns: &[
            "hub-col-week-starting",
            "hub-col-forms-expected",
            "hub-col-forms-received",
            "hub-col-expected-to-date",
            "hub-col-received-to-date",
        ],
    };
    html! {
        h2 { (t(l, "hub-practice-objections")) }
        (summary_list(l, &objections))
        h2 { (t(l, "hub-practice-forms")) }
        (summary_list(l, &forms))
        h2 { (t(l, "hub-practice-forecast")) }
        @match &forecast {
            Some(forecast) => {
                p id="pf-forecast-lede" {
                    (t_args(l, "hub-forecast-lede", &[
                        ("expected", forecast.expected.into()),
                        ("percent", decimal(forecast.rate * 100.0)),
                        ("received", figures.forms_received.into()),
                    ]))
                }
                (weeks.scrolling(l, html! {
                    @for week in &forecast.weeks {
                        tr class="nhsuk-table__row" {
                            (row_header(week.start.to_string()))
                            (cell(week.expected))
                            (cell(week.received))
                            (cell(week.expected_to_date))
                            (cell(week.received_to_date))
                        }
                    }
                }))
            }
            None => { p { (t(l, "hub-forecast-none")) } }
        }
    }
}

#[derive(Deserialize)]
pub struct RevokeForm {
    /// Missing is the same as wrong: a 403 with the dashboard's page, not a bare 422.
    #[serde(default)]
    csrf: String,
}

/// Ends every token of a practice (a lost or stolen PC): its app must enrol again with a new code.
pub async fn revoke(
    State(hub): State<Hub>,
    session: SignedIn,
    Path(ods): Path<String>,
    Form(form): Form<RevokeForm>,
) -> PageResult {
    check_csrf(&hub.l10n, &session, &form.csrf)?;
    let practice = hub.db.practice(&ods).await?.filter(|p| session.user.sees(&p.ccg_code));
    let Some(practice) = practice else { return Err(HtmlError::not_found(&hub.l10n)) };
    let revoked = admin::revoke(hub.db.as_ref(), &practice.ods_code, &session.user.email)
        .await
        .map_err(super::admin_pages::refused)?;
    Ok(Redirect::to(&format!("/dashboard/practices/{}?revoked={revoked}", practice.ods_code)).into_response())
}
