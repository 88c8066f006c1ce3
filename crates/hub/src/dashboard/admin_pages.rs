//! Admin pages: enrolment codes for practices and fair-processing windows for CCGs, each within the CCGs the
//! user may see, each form with the session's CSRF token, each action in the audit log.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use maud::html;
use serde::Deserialize;
use time::OffsetDateTime;

use super::auth::SignedIn;
use super::components::{csrf_field, error_summary, ods_input, t, t_args};
use super::layout::{HtmlError, PageResult, Section, check_csrf, staff_page};
use crate::admin::{self, AdminError};
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
    let ccg_options = super::windows::seen_ccgs(hub, &session.user).await?;
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
        @if session.user.may_issue_codes() {
            p { (t(l, "hub-admin-codes-body")) }
            form method="post" action="/dashboard/admin/enrolment-codes" {
                (csrf_field(&session.csrf))
                (ods_input(l, "ods"))
                button class="nhsuk-button" type="submit" { (t(l, "hub-admin-code-submit")) }
            }
            p { a id="pf-codes-link" href="/dashboard/codes" { (t(l, "hub-admin-codes-bulk-link")) } }
        } @else {
            p { (t(l, "hub-error-codes-permission")) }
        }
        h2 { (t(l, "hub-admin-windows-heading")) }
        p { a id="pf-windows-link" href="/dashboard/windows" { (t(l, "hub-admin-windows-link")) } }
        (super::windows::ccg_form(l, &session.csrf, &ccg_options))
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
    if !session.user.may_issue_codes() {
        return Err(
            ApiError::new(StatusCode::FORBIDDEN, "forbidden", t(&hub.l10n, "hub-error-codes-permission")).into()
        );
    }
    let practice =
        hub.db.practice(&form.ods.trim().to_ascii_uppercase()).await?.filter(|p| session.user.sees(&p.ccg_code));
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
