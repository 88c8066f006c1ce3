//! Admin pages: enrolment codes for practices and fair-processing windows for CCGs, each within the CCGs the
//! user may see, each form with the session's CSRF token, each action in the audit log.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use maud::html;
use serde::Deserialize;
use time::{Date, OffsetDateTime};

use super::auth::SignedIn;
use super::components::{csrf_field, error_summary, select, t, t_args};
use super::layout::{HtmlError, PageResult, Section, check_csrf, staff_page};
use super::practices::visible;
use super::summary::ccg_codes;
use crate::admin::{self, AdminError};
use crate::db::ObjectionTypes;
use crate::{ApiError, Hub};

#[derive(Deserialize, Default)]
pub struct Notice {
    #[serde(default)]
    saved: String,
}

pub async fn admin_page(State(hub): State<Hub>, session: SignedIn, Query(notice): Query<Notice>) -> PageResult {
    render(&hub, &session, notice.saved == "window", None, None).await
}

async fn render(
    hub: &Hub,
    session: &SignedIn,
    window_saved: bool,
    code: Option<(String, String)>,
    error: Option<String>,
) -> PageResult {
    let l = &hub.l10n;
    let practices = visible(hub, &session.user).await?;
    let practice_options: Vec<_> =
        practices.iter().map(|p| (p.ods_code.clone(), format!("{} ({})", p.name, p.ods_code))).collect();
    let ccg_options: Vec<_> = ccg_codes(&practices).into_iter().map(|c| (c.clone(), c)).collect();
    let group = "nhsuk-form-group";
    let title = t(l, "hub-admin-heading");
    let body = html! {
        @if let Some(error) = &error {
            (error_summary(l, html! { (error) }))
        }
        h1 { (title) }
        @if let Some((ods, code)) = &code {
            div class="nhsuk-inset-text" id="pf-code" {
                p { (t_args(l, "hub-admin-code-issued", &[("practice", ods.clone().into())])) }
                p class="nhsuk-heading-l pf-code" { (code) }
                p { (t(l, "hub-admin-code-once")) }
            }
        }
        @if window_saved {
            div class="nhsuk-inset-text" id="pf-window-saved" { p { (t(l, "hub-admin-window-saved")) } }
        }
        h2 { (t(l, "hub-admin-codes-heading")) }
        p { (t(l, "hub-admin-codes-body")) }
        form method="post" action="/dashboard/admin/enrolment-codes" {
            (csrf_field(&session.csrf))
            (select(group, "ods", &t(l, "hub-col-practice"), &practice_options, ""))
            button class="nhsuk-button" type="submit" { (t(l, "hub-admin-code-submit")) }
        }
        h2 { (t(l, "hub-admin-windows-heading")) }
        form method="post" action="/dashboard/admin/windows" {
            (csrf_field(&session.csrf))
            (select(group, "ccg", &t(l, "hub-col-ccg"), &ccg_options, ""))
            div class="nhsuk-form-group" {
                label class="nhsuk-label" for="start" { (t(l, "onboarding-window-start-label")) }
                div class="nhsuk-hint" id="start-hint" { (t(l, "onboarding-date-hint")) }
                input class="nhsuk-input nhsuk-input--width-10" id="start" name="start" type="date" aria-describedby="start-hint";
            }
            div class="nhsuk-form-group" {
                label class="nhsuk-label" for="weeks" { (t(l, "onboarding-window-weeks-label")) }
                input class="nhsuk-input nhsuk-input--width-4" id="weeks" name="weeks" inputmode="numeric" value="6";
            }
            // Which objection types the pilot offers is the programme's decision, set here for the whole CCG.
            div class="nhsuk-form-group" {
                fieldset class="nhsuk-fieldset" aria-describedby="objection-types-hint" {
                    legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s" {
                        (t(l, "hub-admin-objection-types-legend"))
                    }
                    div class="nhsuk-hint" id="objection-types-hint" { (t(l, "hub-admin-objection-types-hint")) }
                    div class="nhsuk-radios" {
                        @for (value, id, label) in [
                            ("type1", "objection-types-type1", "hub-admin-objection-types-type1-only"),
                            ("type1,type2", "objection-types-both", "hub-admin-objection-types-both"),
                        ] {
                            div class="nhsuk-radios__item" {
                                input class="nhsuk-radios__input" id=(id) name="objection_types" type="radio" value=(value);
                                label class="nhsuk-label nhsuk-radios__label" for=(id) { (t(l, label)) }
                            }
                        }
                    }
                }
            }
            button class="nhsuk-button" type="submit" { (t(l, "hub-admin-window-submit")) }
        }
    };
    Ok(staff_page(l, &title, session, Section::Admin, body))
}

/// What the admin commands refuse is the form's fault; a database failure is the hub's, logged (by `ApiError`'s
/// conversion) and shown as a plain message, never as the database's text.
pub(super) fn refused(error: AdminError) -> HtmlError {
    match error {
        AdminError::Db(error) => error.into(),
        other => ApiError::new(StatusCode::BAD_REQUEST, "invalid-value", other.to_string()).into(),
    }
}

#[derive(Deserialize)]
pub struct CodeForm {
    /// Missing is the same as wrong: a 403 with the dashboard's page, not a bare 422.
    #[serde(default)]
    csrf: String,
    ods: String,
}

pub async fn issue_code(State(hub): State<Hub>, session: SignedIn, Form(form): Form<CodeForm>) -> PageResult {
    check_csrf(&hub.l10n, &session, &form.csrf)?;
    let practice = hub.db.practice(&form.ods).await?.filter(|p| session.user.sees(&p.ccg_code));
    let Some(practice) = practice else { return Err(HtmlError::not_found(&hub.l10n)) };
    let code = admin::issue_enrolment_code(
        hub.db.as_ref(),
        &practice.ods_code,
        &session.user.email,
        OffsetDateTime::now_utc(),
    )
    .await
    .map_err(refused)?;
    render(&hub, &session, false, Some((practice.ods_code, code)), None).await
}

#[derive(Deserialize)]
pub struct WindowForm {
    /// Missing is the same as wrong: a 403 with the dashboard's page, not a bare 422.
    #[serde(default)]
    csrf: String,
    ccg: String,
    start: String,
    weeks: String,
    /// `type1` or `type1,type2`; absent (neither radio chosen) keeps what the CCG has.
    #[serde(default)]
    objection_types: String,
}

pub async fn set_window(State(hub): State<Hub>, session: SignedIn, Form(form): Form<WindowForm>) -> PageResult {
    let l = &hub.l10n;
    check_csrf(l, &session, &form.csrf)?;
    if !session.user.sees(&form.ccg) {
        return Err(HtmlError::not_found(l));
    }
    let start = Date::parse(form.start.trim(), time::macros::format_description!("[year]-[month]-[day]"));
    let weeks = form.weeks.trim().parse::<u8>().ok().filter(|w| (1..=26).contains(w));
    let objection_types = match form.objection_types.trim() {
        "" => Ok(None),
        chosen => chosen.parse::<ObjectionTypes>().map(Some),
    };
    let (Ok(start), Some(weeks), Ok(objection_types)) = (start, weeks, objection_types) else {
        let mut response = render(&hub, &session, false, None, Some(t(l, "hub-admin-window-invalid"))).await?;
        *response.status_mut() = StatusCode::BAD_REQUEST;
        return Ok(response);
    };
    admin::set_window(hub.db.as_ref(), &form.ccg, start, weeks, None, objection_types, &session.user.email)
        .await
        .map_err(refused)?;
    Ok(Redirect::to("/dashboard/admin?saved=window").into_response())
}
