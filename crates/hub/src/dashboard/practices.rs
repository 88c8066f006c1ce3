//! The practices a user may see: the list, filtered and sorted, and one practice's page.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use maud::html;
use pathfinder_readiness::{Checklist, ReadinessLevel, Role, TaskStatus};
use serde::Deserialize;
use time::Date;
use time::format_description::well_known::Rfc3339;

use super::auth::SignedIn;
use super::components::{
    SummaryRow, Table, cell, csrf_field, day, decimal, hatch_pattern, level_label, level_tag, moment,
    not_applicable_label, one_decimal, per_thousand, row_header, select, summary_list, t, t_args,
};
use super::layout::{HtmlError, PageResult, Section, check_csrf, staff_page};
use super::overview::STALE_DAYS;
use super::summary::{LEVELS, NOT_REPORTED, PracticeStatus, level_name};
use crate::db::{Figures, PracticeFilter, PracticeOrder, User, UserRole, parse_level};
use crate::{ApiError, Hub, admin, report};

/// The list's filters and order as the form sends them, and as its CSV link repeats them.
#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    pub(super) ccg: String,
    #[serde(default)]
    level: String,
    #[serde(default)]
    sort: String,
    /// "yes": only practices with a task past its due date and not done.
    #[serde(default)]
    overdue: String,
    /// "yes": only enrolled practices not heard from for [`STALE_DAYS`].
    #[serde(default)]
    stale: String,
    /// The page of the list, from 1 (the downloads hold every page).
    #[serde(default)]
    page: Option<usize>,
}

/// Practices a page of the list shows: a region's practices fit on one; the nation's 8,000 are filtered by CCG or
/// paged, not sent as one page of megabytes.
pub const PAGE_SIZE: usize = 100;

/// The filter's choices, in the order it offers them: every level, then a practice that has not reported.
fn level_choices() -> impl Iterator<Item = Option<ReadinessLevel>> {
    LEVELS.into_iter().map(Some).chain([None])
}

/// The moment a list is made at: the day its levels stand on, and since when a practice not heard from is stale.
pub(super) struct ListMoment {
    pub(super) today: Date,
    today_text: String,
    silent_before: String,
}

impl ListMoment {
    pub(super) fn now() -> Self {
        let now = time::OffsetDateTime::now_utc();
        let silent_before = (now - time::Duration::days(STALE_DAYS)).format(&Rfc3339).unwrap_or_default();
        Self { today: now.date(), today_text: now.date().to_string(), silent_before }
    }

    /// The practices `query` asks for, of those `user` sees, in its order. An unknown level is refused rather than
    /// matching nothing.
    pub(super) fn filter<'a>(&'a self, user: &'a User, query: &'a ListQuery) -> Result<PracticeFilter<'a>, HtmlError> {
        if !matches!(query.level.as_str(), "" | NOT_REPORTED) {
            parse_level(&query.level)
                .map_err(|error| ApiError::new(StatusCode::BAD_REQUEST, "invalid-value", error.to_string()))?;
        }
        Ok(PracticeFilter {
            seen: (user.role != UserRole::National).then_some(user.ccg_codes.as_slice()),
            ccg: &query.ccg,
            level: &query.level,
            overdue: query.overdue == "yes",
            silent_before: (query.stale == "yes").then_some(self.silent_before.as_str()),
            today: &self.today_text,
            order: match query.sort.as_str() {
                "name" => PracticeOrder::Name,
                "level" => PracticeOrder::Level,
                "last-report" => PracticeOrder::LastReport,
                _ => PracticeOrder::Ods,
            },
        })
    }
}

/// A page of the practices `query` asks for, of those `user` sees, in its order: the page's practices, how many
/// there are in all, and the first's place. The database filters, sorts and pages.
async fn listed(
    hub: &Hub,
    user: &User,
    query: &ListQuery,
    page: usize,
) -> Result<(Vec<PracticeStatus>, usize, usize), HtmlError> {
    let moment = ListMoment::now();
    let filter = moment.filter(user, query)?;
    let total = usize::try_from(hub.db.count_practices(&filter).await?).unwrap_or(0);
    // A page past the last shows the last (a list that shrank since the link was made).
    let page = page.clamp(1, total.div_ceil(PAGE_SIZE).max(1));
    let first = (page - 1) * PAGE_SIZE;
    let rows = hub.db.practice_page(&filter, first as i64, PAGE_SIZE as i64).await?;
    Ok((rows.into_iter().map(|row| PracticeStatus::from_row(row, moment.today)).collect(), total, first))
}

/// The list's filters as a query string, each value percent-encoded: a value holding `&`, `#`, `=` or a space
/// stays one value.
pub(super) fn query_string(query: &ListQuery) -> String {
    form_urlencoded::Serializer::new(String::new())
        .append_pair("ccg", &query.ccg)
        .append_pair("level", &query.level)
        .append_pair("sort", &query.sort)
        .append_pair("overdue", &query.overdue)
        .append_pair("stale", &query.stale)
        .finish()
}

/// The link to another page of the same list.
fn page_link(query: &ListQuery, page: usize) -> String {
    let filters = query_string(query);
    format!("/dashboard/practices?{filters}&page={page}")
}

pub async fn practices(State(hub): State<Hub>, session: SignedIn, Query(query): Query<ListQuery>) -> PageResult {
    let l = &hub.l10n;
    let (shown, total, first) = listed(&hub, &session.user, &query, query.page.unwrap_or(1)).await?;
    let ccgs: Vec<String> = hub.db.ccg_codes().await?.into_iter().filter(|ccg| session.user.sees(ccg)).collect();
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = first / PAGE_SIZE + 1;
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
    let yes_options = |only: &str| [(String::new(), t(l, "hub-filter-all")), ("yes".to_owned(), t(l, only))];
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
            (select(filter, "overdue", &t(l, "hub-filter-overdue"), &yes_options("hub-filter-overdue-only"), &query.overdue))
            (select(filter, "stale", &t(l, "hub-filter-heard"), &yes_options("hub-filter-not-heard-from"), &query.stale))
            (select(filter, "sort", &t(l, "hub-sort"), &sort_options, &query.sort))
            button class="nhsuk-button nhsuk-button--secondary" type="submit" { (t(l, "hub-filter-apply")) }
        }
        p {
            a href={ "/dashboard/practices.csv?" (query_string(&query)) } { (t(l, "hub-export-csv")) }
            " · "
            a href={ "/dashboard/practices.xlsx?" (query_string(&query)) } { (t(l, "hub-export-xlsx")) }
        }
        p { (t_args(l, "hub-practices-count", &[("count", total.into())])) }
        @if pages > 1 {
            p id="pf-page-of" { (t_args(l, "hub-practices-page", &[
                ("first", (first + 1).into()),
                ("last", (first + shown.len()).into()),
                ("count", total.into()),
            ])) }
        }
        // Exact figures: the people who see this page are signed-in NHS staff with a need to know; the CSV, which
        // leaves the hub, suppresses small numbers (export.rs).
        (table.scrolling(l, html! {
            @for p in &shown {
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
        @if pages > 1 {
            nav class="nhsuk-pagination" role="navigation" aria-label=(t(l, "hub-pages-label")) {
                ul class="nhsuk-list nhsuk-pagination__list" {
                    @if page > 1 {
                        li class="nhsuk-pagination-item--previous" {
                            a class="nhsuk-pagination__link nhsuk-pagination__link--prev" href=(page_link(&query, page - 1)) {
                                span class="nhsuk-pagination__title" { (t(l, "hub-page-previous")) }
                                span class="nhsuk-u-visually-hidden" { ":" }
                                span class="nhsuk-pagination__page" { (t_args(l, "hub-page-number", &[("page", (page - 1).into()), ("pages", pages.into())])) }
                            }
                        }
                    }
                    @if page < pages {
                        li class="nhsuk-pagination-item--next" {
                            a class="nhsuk-pagination__link nhsuk-pagination__link--next" href=(page_link(&query, page + 1)) {
                                span class="nhsuk-pagination__title" { (t(l, "hub-page-next")) }
                                span class="nhsuk-u-visually-hidden" { ":" }
                                span class="nhsuk-pagination__page" { (t_args(l, "hub-page-number", &[("page", (page + 1).into()), ("pages", pages.into())])) }
                            }
                        }
                    }
                }
            }
        }
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

pub(super) fn status_label(status: TaskStatus) -> &'static str {
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
    let today = time::OffsetDateTime::now_utc().date();
    // The level as it stands today: the hub's, from the stored report's tasks.
    let level = history.first().zip(latest.as_ref()).map(|(stored, s)| report::level_on(stored.level, s, today));
    let checklist = Checklist::current();
    let type2_offered = hub.db.objection_types(&practice.ccg_code).await?.offers_type2();
    let tokens = hub.db.tokens_of(&practice.ods_code).await?;
    let mut summary = vec![
        SummaryRow { key: "hub-col-ods", value: html! { (practice.ods_code) }, id: None },
        SummaryRow { key: "hub-col-ccg", value: html! { (practice.ccg_code) }, id: None },
        SummaryRow { key: "hub-col-level", value: level_tag(l, level), id: Some("pf-level") },
    ];
    if let (Some(stored), Some(s)) = (history.first(), &latest) {
        let window = report::window(s);
        let done = s.tasks.iter().filter(|task| task.status.is_done()).count();
        let window_dates = t_args(
            l,
            "hub-practice-window-dates",
            &[("start", day(l, window.start).into()), ("end", day(l, window.end()).into())],
        );
        let tasks_done = t_args(l, "hub-grid-done", &[("done", done.into()), ("total", s.tasks.len().into())]);
        let letters = t_args(
            l,
            "hub-practice-letters-value",
            &[("letters", report::letters(s).into()), ("patients", s.practice.list_size.into())],
        );
        summary.extend([
            SummaryRow { key: "hub-col-last-report", value: html! { (moment(l, &stored.received_at)) }, id: None },
            SummaryRow { key: "hub-practice-window", value: html! { (window_dates) }, id: Some("pf-window") },
            SummaryRow {
                key: "hub-practice-extract",
                value: html! { (day(l, window.first_extract)) },
                id: Some("pf-extract"),
            },
            SummaryRow { key: "hub-col-tasks-done", value: html! { (tasks_done) }, id: None },
            SummaryRow { key: "hub-col-letters-printed", value: html! { (letters) }, id: Some("pf-letters") },
        ]);
    }
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
    let token_table = Table {
        id: "pf-tokens",
        caption: "hub-practice-tokens",
        caption_hidden: false,
        columns: &["hub-col-enrolled-at", "hub-col-token-state"],
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
            (blockers(l, s, today))
            // Exact figures for signed-in staff, as on every page: only what leaves the hub (the CSV) is suppressed.
            (returns(l, s))
            (objection_history(l, s, type2_offered))
            (notices_printed(l, s))
            h2 { (t(l, "hub-practice-tasks")) }
            (tasks.render(l, html! {
                @for task in &s.tasks {
                    tr class="nhsuk-table__row" {
                        (cell(checklist.task(&task.id).map_or_else(|| task.id.clone(), |known| t(l, &known.title))))
                        (cell(t(l, status_label(task.status))))
                        (cell(html! {
                            (task.due.to_string())
                            @if !task.status.is_done() && task.due < today {
                                " " strong class="nhsuk-tag nhsuk-tag--red" { (t(l, "hub-task-overdue")) }
                            }
                        }))
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
                        (cell(moment(l, &s.received_at)))
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
        @if tokens.is_empty() {
            p id="pf-tokens-none" { (t(l, "hub-practice-tokens-none")) }
        } @else {
            (token_table.render(l, html! {
                @for token in &tokens {
                    tr class="nhsuk-table__row" {
                        (cell(unix_moment(l, token.created_at)))
                        (cell(match token.revoked_at {
                            Some(at) => t_args(l, "hub-token-revoked-at", &[("at", unix_moment(l, at).into())]),
                            None => t(l, "hub-token-live"),
                        }))
                    }
                }
            }))
        }
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

/// A moment kept as Unix seconds, written as the dashboard writes moments.
fn unix_moment(l: &pathfinder_l10n::Localizer, at: i64) -> String {
    let text = time::OffsetDateTime::from_unix_timestamp(at)
        .ok()
        .and_then(|at| at.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_default();
    moment(l, &text)
}

/// What stands in the way, as the hub sees it today: tasks past their due date and not done, and the teams the
/// practice's own plan found over their hours.
fn blockers(l: &pathfinder_l10n::Localizer, s: &pathfinder_protocol::Submission, today: time::Date) -> maud::Markup {
    let checklist = Checklist::current();
    let overdue: Vec<_> = s.tasks.iter().filter(|task| !task.status.is_done() && task.due < today).collect();
    let over_capacity: Vec<_> = s
        .readiness
        .blockers
        .iter()
        .filter_map(|blocker| match blocker {
            pathfinder_protocol::BlockerSummary::OverCapacity {
                role,
                week_start,
                planned_seconds,
                available_seconds,
            } => Some((*role, *week_start, *planned_seconds, *available_seconds)),
            pathfinder_protocol::BlockerSummary::Overdue { .. } => None,
        })
        .collect();
    let hours = |seconds: u64| one_decimal(seconds as f64 / 3600.0);
    let title = |id: &str| checklist.task(id).map_or_else(|| id.to_owned(), |known| t(l, &known.title));
    html! {
        h2 { (t(l, "hub-practice-blockers")) }
        @if overdue.is_empty() && over_capacity.is_empty() {
            p id="pf-blockers-none" { (t(l, "hub-practice-blockers-none")) }
        } @else {
            ul class="nhsuk-list nhsuk-list--bullet" id="pf-blockers" {
                @for task in &overdue {
                    li { (t_args(l, "hub-blocker-overdue", &[("task", title(&task.id).into()), ("due", day(l, task.due).into())])) }
                }
                @for (role, week, planned, available) in &over_capacity {
                    li { (t_args(l, "hub-blocker-over-capacity", &[
                        ("role", t(l, role_label(*role)).into()),
                        ("week", day(l, *week).into()),
                        ("planned", hours(*planned).into()),
                        ("available", hours(*available).into()),
                    ])) }
                }
            }
        }
    }
}

/// The practice's searches over time, Type 1 and (where its pilot offered it) Type 2, as bars with their counts
/// written in, and the same figures as a table.
fn objection_history(l: &pathfinder_l10n::Localizer, s: &pathfinder_protocol::Submission, type2: bool) -> maud::Markup {
    let searches = &s.searches;
    let shown = |n: u32| if type2 { n } else { 0 };
    let most = searches.iter().map(|search| search.type1.max(shown(search.type2))).max().unwrap_or(0).max(1);
    let (bar, gap, height) = (24.0, 16.0, 160.0);
    let width = searches.len() as f64 * (2.0 * bar + gap) + gap;
    let table = Table {
        id: "pf-searches",
        caption: "hub-searches-caption",
        caption_hidden: false,
        columns: if type2 {
            &["hub-col-search-date", "hub-objections-type1", "hub-objections-type2"]
        } else {
            &["hub-col-search-date", "hub-objections-type1"]
        },
    };
    html! {
        h2 { (t(l, "hub-practice-searches")) }
        @if searches.is_empty() {
            p { (t(l, "hub-objections-no-search")) }
        } @else {
            // SVG elements are closed explicitly: the HTML parser does not treat `<rect>` as empty.
            svg class="pf-chart" role="img" aria-labelledby="pf-searches-title" viewBox={ "0 0 " (width) " " (height + 50.0) } width=(width) {
                title id="pf-searches-title" { (t(l, "hub-searches-chart-title")) }
                (hatch_pattern())
                @for (i, search) in searches.iter().enumerate() {
                    @let x = gap + i as f64 * (2.0 * bar + gap);
                    @let h1 = height * f64::from(search.type1) / f64::from(most);
                    rect x=(x) y=(20.0 + height - h1) width=(bar) height=(h1) fill="#005eb8" stroke="#212b32" {}
                    text x=(x + bar / 2.0) y=(16.0 + height - h1) text-anchor="middle" class="pf-chart-label" { (search.type1) }
                    @if type2 {
                        @let h2 = height * f64::from(search.type2) / f64::from(most);
                        rect x=(x + bar) y=(20.0 + height - h2) width=(bar) height=(h2) fill="url(#pf-hatch)" stroke="#212b32" {}
                        text x=(x + 1.5 * bar) y=(16.0 + height - h2) text-anchor="middle" class="pf-chart-label" { (search.type2) }
                    }
                    text x=(x + bar) y=(height + 40.0) text-anchor="middle" class="pf-chart-label" { (search.date.to_string().get(5..).unwrap_or_default()) }
                }
            }
            p class="nhsuk-body-s" { (t(l, "hub-searches-key")) }
            (table.scrolling(l, html! {
                @for search in searches {
                    tr class="nhsuk-table__row" {
                        (row_header(day(l, search.date)))
                        (cell(search.type1))
                        @if type2 { (cell(search.type2)) }
                    }
                }
            }))
        }
    }
}

/// What the practice has printed, by document, language and size.
fn notices_printed(l: &pathfinder_l10n::Localizer, s: &pathfinder_protocol::Submission) -> maud::Markup {
    use pathfinder_protocol::{NoticeKind, NoticeVariant};
    let kind = |kind: NoticeKind| match kind {
        NoticeKind::PosterA4 => "hub-notice-poster-a4",
        NoticeKind::PosterA3 => "hub-notice-poster-a3",
        NoticeKind::Leaflet => "hub-notice-leaflet",
        NoticeKind::ObjectionForm => "hub-notice-objection-form",
        NoticeKind::WithdrawalForm => "hub-notice-withdrawal-form",
        NoticeKind::StaffBriefing => "hub-notice-staff-briefing",
        NoticeKind::Letter => "hub-notice-letter",
    };
    let size = |variant: NoticeVariant| match variant {
        NoticeVariant::Standard => "hub-notice-standard",
        NoticeVariant::LargePrint => "hub-notice-large-print",
    };
    let table = Table {
        id: "pf-notices",
        caption: "hub-notices-caption",
        caption_hidden: false,
        columns: &["hub-col-document", "hub-col-language", "hub-col-print-size", "hub-col-copies"],
    };
    html! {
        h2 { (t(l, "hub-practice-notices")) }
        @if s.notices.is_empty() {
            p { (t(l, "hub-notices-none")) }
        } @else {
            (table.render(l, html! {
                @for notice in &s.notices {
                    tr class="nhsuk-table__row" {
                        (row_header(t(l, kind(notice.kind))))
                        (cell(&notice.language))
                        (cell(t(l, size(notice.variant))))
                        (cell(notice.count))
                    }
                }
            }))
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
