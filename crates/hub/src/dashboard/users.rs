//! Users, for national administrators only: add people who read the dashboard, change what they see, set new
//! passwords, disable and enable accounts. Each form carries the session's CSRF token; each change is in the audit
//! log (through `crate::admin`, which the command line shares).

use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, html};
use pathfinder_l10n::Localizer;
use serde::Deserialize;

use super::auth::SignedIn;
use super::components::{Table, cell, csrf_field, error_summary, row_header, t};
use super::layout::{HtmlError, PageResult, Section, check_csrf, staff_page};
use crate::admin::{self, AdminError, UserProblem};
use crate::db::{User, UserRole};
use crate::{ApiError, Hub};

/// A regional user is refused the page and its forms: managing users is national work.
fn national_only(l: &Localizer, session: &SignedIn) -> Result<(), HtmlError> {
    if session.user.role == UserRole::National {
        Ok(())
    } else {
        Err(ApiError::new(StatusCode::FORBIDDEN, "forbidden", t(l, "hub-error-national-only")).into())
    }
}

#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: String,
}

/// The notice each change's redirect asks for.
fn done_message(done: &str) -> Option<&'static str> {
    match done {
        "added" => Some("hub-users-done-added"),
        "scope" => Some("hub-users-done-scope"),
        "password" => Some("hub-users-done-password"),
        "disabled" => Some("hub-users-done-disabled"),
        "enabled" => Some("hub-users-done-enabled"),
        _ => None,
    }
}

pub async fn users_page(State(hub): State<Hub>, session: SignedIn, Query(done): Query<Done>) -> PageResult {
    national_only(&hub.l10n, &session)?;
    render(&hub, &session, done_message(&done.done), None).await
}

/// A refused form: the field to go to and what to do.
struct Refusal {
    field: &'static str,
    message: String,
}

async fn render(hub: &Hub, session: &SignedIn, done: Option<&str>, refusal: Option<Refusal>) -> PageResult {
    let l = &hub.l10n;
    let users = hub.db.users().await?;
    let title = t(l, "hub-users-heading");
    let options: Vec<(String, String)> = users.iter().map(|u| (u.email.clone(), u.email.clone())).collect();
    let table = Table {
        id: "pf-users",
        caption: "hub-users-caption",
        caption_hidden: false,
        columns: &["hub-col-email", "hub-col-role", "hub-col-ccgs", "hub-col-issue-codes", "hub-col-status"],
    };
    let rows = html! {
        @for user in &users {
            tr class="nhsuk-table__row" data-email=(user.email) {
                (row_header(&user.email))
                (cell(t(l, role_label(user.role))))
                (cell(if user.role == UserRole::National { t(l, "hub-users-all-ccgs") } else { user.ccg_codes.join(", ") }))
                (cell(t(l, if user.may_issue_codes() { "hub-users-issue-codes-yes" } else { "hub-users-issue-codes-no" })))
                (cell(status_tag(l, user)))
            }
        }
    };
    let status = if refusal.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let body = html! {
        @if let Some(refusal) = &refusal {
            (error_summary(l, html! { a href={ "#" (refusal.field) } { (refusal.message) } }))
        }
        h1 { (title) }
        p class="nhsuk-lede-text" { (t(l, "hub-users-lede")) }
        @if let Some(done) = done {
            div class="nhsuk-inset-text" id="pf-users-done" { p { (t(l, done)) } }
        }
        (table.scrolling(l, rows))

        h2 { (t(l, "hub-users-add-heading")) }
        form method="post" action="/dashboard/users" novalidate {
            (csrf_field(&session.csrf))
            (text_input(l, "add-email", "email", "hub-users-email-label", None, "email", "off"))
            (role_radios(l, "add-role"))
            (text_input(l, "add-ccg", "ccg", "hub-users-ccg-label", Some("hub-users-ccg-hint"), "text", "off"))
            (text_input(l, "add-password", "password", "hub-users-password-label", Some("hub-users-password-hint"), "password", "new-password"))
            button class="nhsuk-button" type="submit" { (t(l, "hub-users-add-submit")) }
        }

        h2 { (t(l, "hub-users-scope-heading")) }
        form method="post" action="/dashboard/users/scope" novalidate {
            (csrf_field(&session.csrf))
            (user_select(l, "scope-user", &options))
            (role_radios(l, "scope-role"))
            (text_input(l, "scope-ccg", "ccg", "hub-users-ccg-label", Some("hub-users-ccg-hint"), "text", "off"))
            button class="nhsuk-button" type="submit" { (t(l, "hub-users-scope-submit")) }
        }

        h2 { (t(l, "hub-users-password-heading")) }
        p { (t(l, "hub-users-password-body")) }
        form method="post" action="/dashboard/users/password" novalidate {
            (csrf_field(&session.csrf))
            (user_select(l, "password-user", &options))
            (text_input(l, "password-new", "password", "hub-users-password-label", Some("hub-users-password-hint"), "password", "new-password"))
            button class="nhsuk-button" type="submit" { (t(l, "hub-users-password-submit")) }
        }

        h2 { (t(l, "hub-users-access-heading")) }
        p { (t(l, "hub-users-access-body")) }
        form method="post" action="/dashboard/users/disable" novalidate {
            (csrf_field(&session.csrf))
            (user_select(l, "disable-user", &options))
            button class="nhsuk-button nhsuk-button--warning" type="submit" { (t(l, "hub-users-disable-submit")) }
        }
        form method="post" action="/dashboard/users/enable" novalidate {
            (csrf_field(&session.csrf))
            (user_select(l, "enable-user", &options))
            button class="nhsuk-button nhsuk-button--secondary" type="submit" { (t(l, "hub-users-enable-submit")) }
        }
    };
    let mut response = staff_page(l, &title, session, Section::Users, body);
    *response.status_mut() = status;
    Ok(response)
}

fn role_label(role: UserRole) -> &'static str {
    match role {
        UserRole::National => "hub-users-role-national",
        UserRole::Regional => "hub-users-role-regional",
    }
}

fn status_tag(l: &Localizer, user: &User) -> Markup {
    if user.disabled {
        html! { strong class="nhsuk-tag nhsuk-tag--grey" { (t(l, "hub-users-status-disabled")) } }
    } else {
        html! { strong class="nhsuk-tag nhsuk-tag--green" { (t(l, "hub-users-status-active")) } }
    }
}

/// A labelled input, with its hint when it has one.
fn text_input(
    l: &Localizer,
    id: &str,
    name: &str,
    label: &str,
    hint: Option<&str>,
    kind: &str,
    autocomplete: &str,
) -> Markup {
    let hint_id = format!("{id}-hint");
    html! {
        div class="nhsuk-form-group" {
            label class="nhsuk-label" for=(id) { (t(l, label)) }
            @if let Some(hint) = hint {
                div class="nhsuk-hint" id=(hint_id) { (t(l, hint)) }
            }
            input class="nhsuk-input" id=(id) name=(name) type=(kind) autocomplete=(autocomplete) spellcheck="false"
                aria-describedby=[hint.map(|_| &hint_id)];
        }
    }
}

/// National or regional, as radios in a fieldset; the first radio's id is `{prefix}-national`.
fn role_radios(l: &Localizer, prefix: &str) -> Markup {
    html! {
        div class="nhsuk-form-group" {
            fieldset class="nhsuk-fieldset" {
                legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s" { (t(l, "hub-users-role-legend")) }
                div class="nhsuk-radios" {
                    @for role in UserRole::ALL {
                        @let id = format!("{prefix}-{role}");
                        div class="nhsuk-radios__item" {
                            input class="nhsuk-radios__input" id=(id) name="role" type="radio" value=(role.as_str());
                            label class="nhsuk-label nhsuk-radios__label" for=(id) { (t(l, role_label(role))) }
                        }
                    }
                }
            }
        }
    }
}

fn user_select(l: &Localizer, id: &str, options: &[(String, String)]) -> Markup {
    html! {
        div class="nhsuk-form-group" {
            label class="nhsuk-label" for=(id) { (t(l, "hub-users-user-label")) }
            select class="nhsuk-select" id=(id) name="email" {
                @for (value, text) in options {
                    option value=(value) { (text) }
                }
            }
        }
    }
}

/// Every users form: missing fields are read as empty, and refused as such with the page, not a bare 422.
#[derive(Deserialize)]
pub struct UserForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    ccg: String,
    #[serde(default)]
    password: String,
}

/// The form's page again, with what is wrong; `fields` names the form's inputs, so the summary links to the one at
/// fault: its email (or user), role, CCG and password inputs.
async fn refuse(hub: &Hub, session: &SignedIn, fields: [&'static str; 4], error: AdminError) -> PageResult {
    let AdminError::User(problem) = error else { return Err(super::admin_pages::refused(error)) };
    let field = match problem {
        UserProblem::NotAnEmail(_) | UserProblem::Exists(_) | UserProblem::Unknown(_) => fields[0],
        UserProblem::NoCcg | UserProblem::BadCcg(_) => fields[2],
        UserProblem::ShortPassword => fields[3],
    };
    let message = t(&hub.l10n, problem.message_id());
    render(hub, session, None, Some(Refusal { field, message })).await
}

/// The role a form chose, or the page again asking for one.
async fn chosen_role(
    hub: &Hub,
    session: &SignedIn,
    form: &UserForm,
    radio: &'static str,
) -> Result<UserRole, Response> {
    match form.role.parse::<UserRole>() {
        Ok(role) => Ok(role),
        Err(_) => {
            let message = t(&hub.l10n, "hub-users-error-role");
            Err(match render(hub, session, None, Some(Refusal { field: radio, message })).await {
                Ok(page) => page,
                Err(error) => error.into_response(),
            })
        }
    }
}

fn done(what: &str) -> Response {
    Redirect::to(&format!("/dashboard/users?done={what}")).into_response()
}

pub async fn add(State(hub): State<Hub>, session: SignedIn, Form(form): Form<UserForm>) -> PageResult {
    check_csrf(&hub.l10n, &session, &form.csrf)?;
    national_only(&hub.l10n, &session)?;
    let role = match chosen_role(&hub, &session, &form, "add-role-national").await {
        Ok(role) => role,
        Err(page) => return Ok(page),
    };
    let ccgs = [form.ccg.clone()];
    match admin::add_user(hub.db.as_ref(), &form.email, &form.password, role, &ccgs, &session.user.email).await {
        Ok(()) => Ok(done("added")),
        Err(error) => {
            refuse(&hub, &session, ["add-email", "add-role-national", "add-ccg", "add-password"], error).await
        }
    }
}

pub async fn scope(State(hub): State<Hub>, session: SignedIn, Form(form): Form<UserForm>) -> PageResult {
    check_csrf(&hub.l10n, &session, &form.csrf)?;
    national_only(&hub.l10n, &session)?;
    let role = match chosen_role(&hub, &session, &form, "scope-role-national").await {
        Ok(role) => role,
        Err(page) => return Ok(page),
    };
    let ccgs = [form.ccg.clone()];
    match admin::set_user_scope(hub.db.as_ref(), &form.email, role, &ccgs, &session.user.email).await {
        Ok(()) => Ok(done("scope")),
        Err(error) => {
            refuse(&hub, &session, ["scope-user", "scope-role-national", "scope-ccg", "scope-ccg"], error).await
        }
    }
}

pub async fn password(State(hub): State<Hub>, session: SignedIn, Form(form): Form<UserForm>) -> PageResult {
    check_csrf(&hub.l10n, &session, &form.csrf)?;
    national_only(&hub.l10n, &session)?;
    match admin::set_user_password(hub.db.as_ref(), &form.email, &form.password, &session.user.email).await {
        // Setting their own password ends this session too: they sign in again with it.
        Ok(()) => Ok(done("password")),
        Err(error) => {
            refuse(&hub, &session, ["password-user", "password-user", "password-user", "password-new"], error).await
        }
    }
}

pub async fn disable(State(hub): State<Hub>, session: SignedIn, Form(form): Form<UserForm>) -> PageResult {
    check_csrf(&hub.l10n, &session, &form.csrf)?;
    national_only(&hub.l10n, &session)?;
    // An administrator cannot lock themselves out: another national user disables them if need be.
    if form.email.trim().eq_ignore_ascii_case(&session.user.email) {
        let message = t(&hub.l10n, "hub-users-error-self");
        return render(&hub, &session, None, Some(Refusal { field: "disable-user", message })).await;
    }
    match admin::disable_user(hub.db.as_ref(), &form.email, &session.user.email).await {
        Ok(()) => Ok(done("disabled")),
        Err(error) => refuse(&hub, &session, ["disable-user"; 4], error).await,
    }
}

pub async fn enable(State(hub): State<Hub>, session: SignedIn, Form(form): Form<UserForm>) -> PageResult {
    check_csrf(&hub.l10n, &session, &form.csrf)?;
    national_only(&hub.l10n, &session)?;
    match admin::enable_user(hub.db.as_ref(), &form.email, &session.user.email).await {
        Ok(()) => Ok(done("enabled")),
        Err(error) => refuse(&hub, &session, ["enable-user"; 4], error).await,
    }
}
