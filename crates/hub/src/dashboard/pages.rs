use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use maud::{DOCTYPE, Markup, html};
use pathfinder_l10n::{FluentArgs, Localizer};
use pathfinder_readiness::{Checklist, Role};
use serde::Deserialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::auth::{self, LOGIN_CSRF_COOKIE, SESSION_COOKIE, SESSION_HOURS, SignedIn};
use super::summary::{LEVELS, PracticeStatus, csv_cell, levels_by_day};
use crate::db::{CcgCounts, User};
use crate::{ApiError, Hub, secrets};

const CSS: &str = include_str!("../../../../ui/dist-dashboard/dashboard.css");

pub(super) fn t(l: &Localizer, id: &str) -> String {
    l.format(id, None)
}

pub(super) fn t_args(l: &Localizer, id: &str, args: &[(&str, String)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    l.format(id, Some(&fluent))
}

/// A page. Its security headers (no caching, a strict policy with a nonce, no sniffing, no referrer) are set for
/// every dashboard answer by `crate::headers`.
pub(super) fn page(markup: Markup) -> Response {
    let mut response = maud::PreEscaped(markup.into_string()).0.into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    response
}

pub(super) fn layout(l: &Localizer, title: &str, signed_in: Option<&SignedIn>, current: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en-GB" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " – " (t(l, "hub-service-name")) }
                link rel="stylesheet" href="/dashboard/assets/dashboard.css";
            }
            body {
                a class="nhsuk-skip-link" href="#maincontent" { (t(l, "app-skip-link")) }
                header class="nhsuk-header" role="banner" {
                    div class="nhsuk-header__container nhsuk-width-container" {
                        div class="nhsuk-header__service" {
                            a class="nhsuk-header__service-name" href="/dashboard" { (t(l, "hub-service-name")) }
                        }
                        @if let Some(session) = signed_in {
                            form class="pf-signout" method="post" action="/dashboard/logout" {
                                input type="hidden" name="csrf" value=(session.csrf);
                                span class="pf-signout__user" { (session.user.email) }
                                button class="pf-signout__button" type="submit" { (t(l, "hub-sign-out")) }
                            }
                        }
                    }
                    @if signed_in.is_some() {
                        nav class="nhsuk-header__navigation" aria-label=(t(l, "hub-nav-label")) {
                            div class="nhsuk-header__navigation-container nhsuk-width-container" {
                                ul class="nhsuk-header__navigation-list" {
                                    @for (href, id, key) in [("/dashboard", "hub-nav-overview", "overview"), ("/dashboard/trend", "hub-nav-trend", "trend"), ("/dashboard/practices", "hub-nav-practices", "practices"), ("/dashboard/admin", "hub-nav-admin", "admin")] {
                                        li class={ "nhsuk-header__navigation-item" @if current == key { " nhsuk-header__navigation-item--current" } } {
                                            @if current == key {
                                                a class="nhsuk-header__navigation-link" href=(href) aria-current="page" { strong class="nhsuk-header__navigation-item-current-fallback" { (t(l, id)) } }
                                            } @else {
                                                a class="nhsuk-header__navigation-link" href=(href) { (t(l, id)) }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                div class="nhsuk-width-container" {
                    main class="nhsuk-main-wrapper" id="maincontent" { (body) }
                }
            }
        }
    }
}

/// An error on a dashboard page, shown as a page in the dashboard's style rather than as the API's JSON.
pub struct HtmlError(pub ApiError);

impl From<ApiError> for HtmlError {
    fn from(error: ApiError) -> Self {
        Self(error)
    }
}

impl From<crate::db::DbError> for HtmlError {
    fn from(error: crate::db::DbError) -> Self {
        Self(error.into())
    }
}

impl IntoResponse for HtmlError {
    fn into_response(self) -> Response {
        let HtmlError(error) = self;
        let l = Localizer::new(pathfinder_l10n::REFERENCE_LOCALE, false).expect("en-GB is offered");
        let heading =
            if error.status == StatusCode::NOT_FOUND { "hub-error-not-found-heading" } else { "hub-error-heading" };
        let title = t(&l, heading);
        let body = html! {
            h1 { (title) }
            p id="pf-error" { (error.body.message) }
            p { a href="/dashboard" { (t(&l, "hub-error-back")) } }
        };
        let mut response = page(layout(&l, &title, None, "", body));
        *response.status_mut() = error.status;
        response
    }
}

/// Dashboard handlers answer errors as pages.
pub(super) type PageResult = Result<Response, HtmlError>;

pub async fn stylesheet() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css"), (header::CACHE_CONTROL, "max-age=3600")], CSS)
}

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    /// Missing is the same as wrong: a 403 with the dashboard's page, not a bare 422.
    #[serde(default)]
    csrf: String,
}

fn login_page(l: &Localizer, csrf: &str, error: Option<&str>) -> Response {
    let title = t(l, "hub-login-heading");
    let body = html! {
        @if let Some(error) = error {
            div class="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabindex="-1" {
                h2 class="nhsuk-error-summary__title" id="error-summary-title" { (t(l, "error-summary-title")) }
                div class="nhsuk-error-summary__body" { ul class="nhsuk-list nhsuk-error-summary__list" { li { a href="#email" { (error) } } } }
            }
        }
        h1 { (title) }
        form method="post" action="/dashboard/login" novalidate {
            input type="hidden" name="csrf" value=(csrf);
            div class="nhsuk-form-group" {
                label class="nhsuk-label" for="email" { (t(l, "hub-login-email")) }
                input class="nhsuk-input" id="email" name="email" type="email" autocomplete="username" spellcheck="false";
            }
            div class="nhsuk-form-group" {
                label class="nhsuk-label" for="password" { (t(l, "hub-login-password")) }
                input class="nhsuk-input" id="password" name="password" type="password" autocomplete="current-password";
            }
            button class="nhsuk-button" type="submit" { (t(l, "hub-login-submit")) }
        }
    };
    let mut response = page(layout(l, &title, None, "", body));
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&auth::set_cookie(LOGIN_CSRF_COOKIE, csrf, 3600)).expect("a cookie"),
    );
    response
}

pub async fn login_form(State(hub): State<Hub>) -> Response {
    login_page(&hub.l10n, &secrets::new_token(), None)
}

pub async fn login(State(hub): State<Hub>, headers: HeaderMap, Form(form): Form<LoginForm>) -> PageResult {
    let l = &hub.l10n;
    if auth::cookie(&headers, LOGIN_CSRF_COOKIE) != Some(form.csrf.as_str()) || form.csrf.is_empty() {
        return Err(ApiError::new(StatusCode::FORBIDDEN, "csrf", t(l, "hub-error-csrf")).into());
    }
    let email = form.email.trim().to_ascii_lowercase();
    let now = OffsetDateTime::now_utc();
    let stamp = now.format(&Rfc3339).unwrap_or_default();
    if hub.login_limiter.locked(&email) {
        hub.db.audit(&stamp, &email, "login-locked", "too many failed sign-ins").await?;
        let mut response = login_page(l, &form.csrf, Some(&t(l, "hub-login-locked")));
        *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
        return Ok(response);
    }
    let user = hub.db.user_by_email(&email).await?;
    let Some(user) = user.filter(|user| auth::verify_password(&form.password, &user.password_hash)) else {
        hub.login_limiter.failed(&email);
        hub.db.audit(&stamp, &email, "login-failed", "wrong email or password").await?;
        let mut response = login_page(l, &form.csrf, Some(&t(l, "hub-login-failed")));
        *response.status_mut() = StatusCode::UNAUTHORIZED;
        return Ok(response);
    };
    hub.login_limiter.succeeded(&email);
    let token = secrets::new_token();
    let csrf = secrets::new_token();
    let expires = now + time::Duration::hours(SESSION_HOURS);
    hub.db.create_session(&secrets::hash(&token), user.id, &csrf, expires.unix_timestamp()).await?;
    hub.db.audit(&stamp, &user.email, "login", "signed in").await?;
    let mut response = Redirect::to("/dashboard").into_response();
    let headers = response.headers_mut();
    headers.append(
        header::SET_COOKIE,
        HeaderValue::from_str(&auth::set_cookie(SESSION_COOKIE, &token, SESSION_HOURS * 3600)).expect("a cookie"),
    );
    headers.append(
        header::SET_COOKIE,
        HeaderValue::from_str(&auth::set_cookie(LOGIN_CSRF_COOKIE, "", 0)).expect("a cookie"),
    );
    Ok(response)
}

#[derive(Deserialize)]
pub struct CsrfForm {
    /// Missing is the same as wrong: a 403 with the dashboard's page, not a bare 422.
    #[serde(default)]
    csrf: String,
}

pub async fn logout(State(hub): State<Hub>, session: SignedIn, Form(form): Form<CsrfForm>) -> PageResult {
    if form.csrf != session.csrf {
        return Err(ApiError::new(StatusCode::FORBIDDEN, "csrf", t(&hub.l10n, "hub-error-csrf")).into());
    }
    hub.db.delete_session(&session.session_hash).await?;
    let mut response = Redirect::to("/dashboard/login").into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, HeaderValue::from_str(&auth::set_cookie(SESSION_COOKIE, "", 0)).expect("a cookie"));
    Ok(response)
}

/// The practices this user may see.
pub(super) async fn visible(hub: &Hub, user: &User) -> Result<Vec<PracticeStatus>, ApiError> {
    let rows = hub.db.practice_rows().await?;
    Ok(rows.iter().filter(|row| user.sees(&row.practice.ccg_code)).map(PracticeStatus::from_row).collect())
}

fn level_label(level: &str) -> &'static str {
    match level {
        "ready" => "readiness-level-ready",
        "at-risk" => "readiness-level-at-risk",
        "in-progress" => "readiness-level-in-progress",
        "not-started" => "readiness-level-not-started",
        _ => "hub-level-not-reported",
    }
}

fn level_tag(l: &Localizer, level: &str) -> Markup {
    let colour = match level {
        "ready" => "green",
        "at-risk" => "red",
        "in-progress" => "blue",
        _ => "grey",
    };
    html! { strong class={ "nhsuk-tag nhsuk-tag--" (colour) } { (t(l, level_label(level))) } }
}

fn one_decimal(value: f64) -> String {
    format!("{:.1}", (value * 10.0).round() / 10.0)
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
            defs {
                pattern id="pf-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)" {
                    rect width="8" height="8" fill="#ffffff" {}
                    line x1="0" y1="0" x2="0" y2="8" stroke="#d5281b" stroke-width="4" {}
                }
            }
        }
    }
}

pub async fn overview(State(hub): State<Hub>, session: SignedIn) -> PageResult {
    let l = &hub.l10n;
    let stale_before = (OffsetDateTime::now_utc() - time::Duration::days(7)).format(&Rfc3339).unwrap_or_default();
    let summaries: Vec<CcgCounts> =
        hub.db.ccg_summaries(&stale_before).await?.into_iter().filter(|c| session.user.sees(&c.ccg_code)).collect();
    let title = t(l, "hub-overview-heading");
    let body = html! {
        h1 { (title) }
        p class="nhsuk-lede-text" { (t(l, "hub-overview-lede")) }
        @if summaries.is_empty() {
            p { (t(l, "hub-overview-empty")) }
        } @else {
            div class="pf-table-scroll" tabindex="0" role="region" aria-labelledby="pf-overview-caption" {
                table class="nhsuk-table" id="pf-overview" {
                    caption class="nhsuk-table__caption" id="pf-overview-caption" { (t(l, "hub-overview-caption")) }
                    thead class="nhsuk-table__head" { tr class="nhsuk-table__row" {
                        @for id in ["hub-col-ccg", "hub-col-practices", "hub-col-enrolled", "hub-col-reported", "hub-col-ready", "hub-col-at-risk", "hub-col-stale", "hub-col-type1-rate", "hub-col-type2-rate"] {
                            th class="nhsuk-table__header" scope="col" { (t(l, id)) }
                        }
                    } }
                    tbody class="nhsuk-table__body" {
                        @for s in &summaries {
                            @let (type1_rate, type2_rate) = s.rates();
                            tr class="nhsuk-table__row" data-ccg=(s.ccg_code) {
                                th class="nhsuk-table__header" scope="row" { a href={ "/dashboard/practices?ccg=" (s.ccg_code) } { (s.ccg_code) } }
                                td class="nhsuk-table__cell" { (s.practices) }
                                td class="nhsuk-table__cell" { (s.enrolled) }
                                td class="nhsuk-table__cell" { (s.reported) }
                                td class="nhsuk-table__cell" { (s.ready) }
                                td class="nhsuk-table__cell" { (s.at_risk) }
                                td class="nhsuk-table__cell" { (s.stale) }
                                td class="nhsuk-table__cell" { (one_decimal(type1_rate)) }
                                td class="nhsuk-table__cell" { (one_decimal(type2_rate)) }
                            }
                        }
                    }
                }
            }
            h2 { (t(l, "hub-chart-readiness-heading")) }
            (readiness_chart(l, &summaries))
            p class="nhsuk-body-s" { (t(l, "hub-chart-readiness-key")) }
        }
    };
    Ok(page(layout(l, &title, Some(&session), "overview", body)))
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    ccg: String,
    #[serde(default)]
    level: String,
    #[serde(default)]
    sort: String,
}

fn filtered(practices: Vec<PracticeStatus>, query: &ListQuery) -> Vec<PracticeStatus> {
    let mut list: Vec<PracticeStatus> = practices
        .into_iter()
        .filter(|p| query.ccg.is_empty() || p.ccg_code == query.ccg)
        .filter(|p| query.level.is_empty() || p.level() == query.level)
        .collect();
    match query.sort.as_str() {
        "name" => list.sort_by(|a, b| a.name.cmp(&b.name)),
        "level" => list.sort_by(|a, b| a.level().cmp(b.level()).then(a.ods_code.cmp(&b.ods_code))),
        "last-report" => list.sort_by(|a, b| a.last_report.cmp(&b.last_report).then(a.ods_code.cmp(&b.ods_code))),
        _ => list.sort_by(|a, b| a.ods_code.cmp(&b.ods_code)),
    }
    list
}

fn query_string(query: &ListQuery) -> String {
    format!("ccg={}&level={}&sort={}", query.ccg, query.level, query.sort)
}

pub async fn practices(State(hub): State<Hub>, session: SignedIn, Query(query): Query<ListQuery>) -> PageResult {
    let l = &hub.l10n;
    let all = visible(&hub, &session.user).await?;
    let mut ccgs: Vec<String> = all.iter().map(|p| p.ccg_code.clone()).collect();
    ccgs.sort();
    ccgs.dedup();
    let list = filtered(all, &query);
    let title = t(l, "hub-practices-heading");
    let select = |name: &str, label: &str, current: &str, options: Vec<(String, String)>| {
        html! {
            div class="nhsuk-form-group pf-filter" {
                label class="nhsuk-label" for=(name) { (t(l, label)) }
                select class="nhsuk-select" id=(name) name=(name) {
                    @for (value, text) in &options {
                        option value=(value) selected[value == current] { (text) }
                    }
                }
            }
        }
    };
    let levels = ["ready", "at-risk", "in-progress", "not-started", "not-reported"];
    let body = html! {
        h1 { (title) }
        form method="get" action="/dashboard/practices" class="pf-filters" {
            (select("ccg", "hub-filter-ccg", &query.ccg, std::iter::once((String::new(), t(l, "hub-filter-all"))).chain(ccgs.iter().map(|c| (c.clone(), c.clone()))).collect()))
            (select("level", "hub-filter-level", &query.level, std::iter::once((String::new(), t(l, "hub-filter-all"))).chain(levels.iter().map(|v| (v.to_string(), t(l, level_label(v))))).collect()))
            (select("sort", "hub-sort", &query.sort, vec![
                (String::new(), t(l, "hub-sort-ods")),
                ("name".into(), t(l, "hub-sort-name")),
                ("level".into(), t(l, "hub-sort-level")),
                ("last-report".into(), t(l, "hub-sort-last-report")),
            ]))
            button class="nhsuk-button nhsuk-button--secondary" type="submit" { (t(l, "hub-filter-apply")) }
        }
        p { a href={ "/dashboard/practices.csv?" (query_string(&query)) } { (t(l, "hub-export-csv")) } }
        p { (t_args(l, "hub-practices-count", &[("count", list.len().to_string())])) }
        div class="pf-table-scroll" tabindex="0" role="region" aria-labelledby="pf-practices-caption" {
            table class="nhsuk-table" id="pf-practices" {
                caption class="nhsuk-table__caption nhsuk-u-visually-hidden" id="pf-practices-caption" { (title) }
                thead class="nhsuk-table__head" { tr class="nhsuk-table__row" {
                    @for id in ["hub-col-practice", "hub-col-ods", "hub-col-ccg", "hub-col-level", "hub-col-last-report"] {
                        th class="nhsuk-table__header" scope="col" { (t(l, id)) }
                    }
                } }
                tbody class="nhsuk-table__body" {
                    @for p in &list {
                        tr class="nhsuk-table__row" data-ods=(p.ods_code) {
                            td class="nhsuk-table__cell" { a href={ "/dashboard/practices/" (p.ods_code) } { (p.name) } }
                            td class="nhsuk-table__cell" { (p.ods_code) }
                            td class="nhsuk-table__cell" { (p.ccg_code) }
                            td class="nhsuk-table__cell" { (level_tag(l, p.level())) }
                            td class="nhsuk-table__cell" {
                                @match p.last_report { Some(at) => (at.date()), None => (t(l, "hub-never")) }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(page(layout(l, &title, Some(&session), "practices", body)))
}

/// One level's part of a week's bar.
struct Segment {
    y: f64,
    height: f64,
    fill: &'static str,
}

/// Practices by readiness at the end of each of the last twelve weeks, as stacked bars with their counts written
/// in, and the same figures as a table.
pub async fn trend(State(hub): State<Hub>, session: SignedIn) -> PageResult {
    let l = &hub.l10n;
    let today = OffsetDateTime::now_utc().date();
    let days: Vec<String> = (0..12).rev().map(|weeks| (today - time::Duration::weeks(weeks)).to_string()).collect();
    let rows: Vec<_> =
        hub.db.readiness_history(&days[0]).await?.into_iter().filter(|row| session.user.sees(&row.ccg_code)).collect();
    let counts = levels_by_day(&rows, &days);
    let most = counts.iter().map(|c| c.iter().sum::<usize>()).max().unwrap_or(0).max(1) as f64;
    let fills = ["#007f3b", "#005eb8", "url(#pf-hatch)", "#aeb7bd"];
    let (bar, gap, height) = (52.0, 12.0, 200.0);
    // Each week's bar from the bottom up: the top of the bar, and its segments.
    let bars: Vec<(f64, Vec<Segment>)> = counts
        .iter()
        .map(|count| {
            let mut top = 20.0 + height;
            let segments = count
                .iter()
                .zip(fills)
                .map(|(n, fill)| {
                    let h = height * *n as f64 / most;
                    top -= h;
                    Segment { y: top, height: h, fill }
                })
                .collect();
            (top, segments)
        })
        .collect();
    let title = t(l, "hub-trend-heading");
    let body = html! {
        h1 { (title) }
        p class="nhsuk-lede-text" { (t(l, "hub-trend-lede")) }
        // SVG elements are closed explicitly: the HTML parser does not treat `<rect>` as empty.
        svg class="pf-chart" role="img" aria-labelledby="pf-trend-title" viewBox={ "0 0 " (12.0 * (bar + gap) + gap) " " (height + 60.0) } width=(12.0 * (bar + gap) + gap) {
            title id="pf-trend-title" { (t(l, "hub-trend-chart-title")) }
            defs {
                pattern id="pf-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)" {
                    rect width="8" height="8" fill="#ffffff" {}
                    line x1="0" y1="0" x2="0" y2="8" stroke="#d5281b" stroke-width="4" {}
                }
            }
            @for (i, ((count, day), (top, segments))) in counts.iter().zip(&days).zip(&bars).enumerate() {
                @let x = gap + i as f64 * (bar + gap);
                @for segment in segments {
                    rect x=(x) y=(segment.y) width=(bar) height=(segment.height) fill=(segment.fill) stroke="#212b32" {}
                }
                text x=(x + bar / 2.0) y=(top - 4.0) text-anchor="middle" class="pf-chart-label" { (count.iter().sum::<usize>()) }
                text x=(x + bar / 2.0) y=(height + 40.0) text-anchor="middle" class="pf-chart-label" { (day.get(5..).unwrap_or(day)) }
            }
        }
        p class="nhsuk-body-s" { (t(l, "hub-trend-key")) }
        div class="pf-table-scroll" tabindex="0" role="region" aria-labelledby="pf-trend-caption" {
            table class="nhsuk-table" id="pf-trend" {
                caption class="nhsuk-table__caption" id="pf-trend-caption" { (t(l, "hub-trend-caption")) }
                thead class="nhsuk-table__head" { tr class="nhsuk-table__row" {
                    th class="nhsuk-table__header" scope="col" { (t(l, "hub-col-week-ending")) }
                    @for level in LEVELS { th class="nhsuk-table__header" scope="col" { (t(l, level_label(level))) } }
                } }
                tbody class="nhsuk-table__body" {
                    @for (count, day) in counts.iter().zip(&days) {
                        tr class="nhsuk-table__row" {
                            th class="nhsuk-table__header" scope="row" { (day) }
                            @for n in count { td class="nhsuk-table__cell" { (n) } }
                        }
                    }
                }
            }
        }
    };
    Ok(page(layout(l, &title, Some(&session), "trend", body)))
}

pub async fn practices_csv(State(hub): State<Hub>, session: SignedIn, Query(query): Query<ListQuery>) -> PageResult {
    let l = &hub.l10n;
    let list = filtered(visible(&hub, &session.user).await?, &query);
    let mut csv = [
        "hub-col-ods",
        "hub-col-practice",
        "hub-col-ccg",
        "hub-col-level",
        "hub-col-last-report",
        "hub-col-type1",
        "hub-col-type2",
    ]
    .map(|id| csv_cell(&t(l, id)))
    .join(",");
    csv.push_str("\r\n");
    for p in &list {
        let (type1, type2) = p.objections();
        let last = p.last_report.and_then(|at| at.format(&Rfc3339).ok()).unwrap_or_default();
        let cells = [
            p.ods_code.clone(),
            p.name.clone(),
            p.ccg_code.clone(),
            p.level().to_owned(),
            last,
            type1.to_string(),
            type2.to_string(),
        ];
        csv.push_str(&cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(","));
        csv.push_str("\r\n");
    }
    let stamp = OffsetDateTime::now_utc().format(&Rfc3339).unwrap_or_default();
    hub.db
        .audit(
            &stamp,
            &session.user.email,
            "export-csv",
            &format!("{} practices ({})", list.len(), query_string(&query)),
        )
        .await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"pathfinder-practices.csv\""),
        ],
        csv,
    )
        .into_response())
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

fn status_label(status: pathfinder_readiness::TaskStatus) -> &'static str {
    match status {
        pathfinder_readiness::TaskStatus::NotStarted => "status-not-started",
        pathfinder_readiness::TaskStatus::InProgress => "status-in-progress",
        pathfinder_readiness::TaskStatus::Completed => "status-completed",
        pathfinder_readiness::TaskStatus::NotApplicable => "status-not-applicable",
    }
}

pub async fn practice(State(hub): State<Hub>, session: SignedIn, Path(ods): Path<String>) -> PageResult {
    let l = &hub.l10n;
    let not_found = || ApiError::new(StatusCode::NOT_FOUND, "not-found", t(l, "hub-error-not-found"));
    let practice = hub.db.practice(&ods).await?.ok_or_else(not_found)?;
    // Another region's practice is not found, rather than forbidden: its existence is not this user's business.
    if !session.user.sees(&practice.ccg_code) {
        return Err(not_found().into());
    }
    let history = hub.db.submissions_of(&practice.ods_code).await?;
    let latest = history.first().and_then(|s| serde_json::from_str::<pathfinder_protocol::Submission>(&s.body).ok());
    let checklist = Checklist::current();
    let body = html! {
        a class="nhsuk-back-link" href="/dashboard/practices" { (t(l, "hub-back-to-practices")) }
        h1 { (practice.name) }
        dl class="nhsuk-summary-list" {
            div class="nhsuk-summary-list__row" { dt class="nhsuk-summary-list__key" { (t(l, "hub-col-ods")) } dd class="nhsuk-summary-list__value" { (practice.ods_code) } }
            div class="nhsuk-summary-list__row" { dt class="nhsuk-summary-list__key" { (t(l, "hub-col-ccg")) } dd class="nhsuk-summary-list__value" { (practice.ccg_code) } }
            div class="nhsuk-summary-list__row" { dt class="nhsuk-summary-list__key" { (t(l, "hub-col-level")) } dd class="nhsuk-summary-list__value" id="pf-level" {
                @match &latest { Some(s) => (level_tag(l, s.readiness.level.as_str())), None => (level_tag(l, "not-reported")) }
            } }
        }
        @if let Some(s) = &latest {
            h2 { (t(l, "hub-practice-tasks")) }
            table class="nhsuk-table" id="pf-tasks" {
                caption class="nhsuk-table__caption nhsuk-u-visually-hidden" { (t(l, "hub-practice-tasks")) }
                thead class="nhsuk-table__head" { tr class="nhsuk-table__row" {
                    th class="nhsuk-table__header" scope="col" { (t(l, "hub-col-task")) }
                    th class="nhsuk-table__header" scope="col" { (t(l, "hub-col-status")) }
                    th class="nhsuk-table__header" scope="col" { (t(l, "hub-col-due")) }
                } }
                tbody class="nhsuk-table__body" {
                    @for task in &s.tasks {
                        tr class="nhsuk-table__row" {
                            td class="nhsuk-table__cell" { @match checklist.task(&task.id) { Some(known) => (t(l, &known.title)), None => (task.id) } }
                            td class="nhsuk-table__cell" { (t(l, status_label(task.status))) }
                            td class="nhsuk-table__cell" { (task.due) }
                        }
                    }
                }
            }
            h2 { (t(l, "hub-practice-effort")) }
            table class="nhsuk-table" id="pf-effort" {
                caption class="nhsuk-table__caption nhsuk-u-visually-hidden" { (t(l, "hub-practice-effort")) }
                thead class="nhsuk-table__head" { tr class="nhsuk-table__row" {
                    th class="nhsuk-table__header" scope="col" { (t(l, "workload-col-role")) }
                    th class="nhsuk-table__header" scope="col" { (t(l, "workload-col-left")) }
                } }
                tbody class="nhsuk-table__body" {
                    @for (role, seconds) in &s.effort_left {
                        tr class="nhsuk-table__row" {
                            th class="nhsuk-table__header" scope="row" { (t(l, role_label(*role))) }
                            td class="nhsuk-table__cell" { (one_decimal(*seconds as f64 / 3600.0)) }
                        }
                    }
                }
            }
        } @else {
            p { (t(l, "hub-practice-no-reports")) }
        }
        h2 { (t(l, "hub-practice-history")) }
        @if history.is_empty() {
            p { (t(l, "hub-practice-no-reports")) }
        } @else {
            table class="nhsuk-table" id="pf-history" {
                caption class="nhsuk-table__caption nhsuk-u-visually-hidden" { (t(l, "hub-practice-history")) }
                thead class="nhsuk-table__head" { tr class="nhsuk-table__row" {
                    th class="nhsuk-table__header" scope="col" { (t(l, "hub-col-received")) }
                    th class="nhsuk-table__header" scope="col" { (t(l, "hub-col-level")) }
                } }
                tbody class="nhsuk-table__body" {
                    @for s in &history {
                        tr class="nhsuk-table__row" {
                            td class="nhsuk-table__cell" { (s.received_at) }
                            td class="nhsuk-table__cell" { (level_tag(l, &s.level)) }
                        }
                    }
                }
            }
        }
    };
    Ok(page(layout(l, &practice.name, Some(&session), "practices", body)))
}
