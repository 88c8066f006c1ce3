//! Signing in and out of the dashboard.

use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;
use serde::Deserialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::auth::{self, LOGIN_CSRF_COOKIE, SESSION_COOKIE, SESSION_HOURS, SignedIn};
use super::components::{csrf_field, error_summary, t};
use super::layout::{HtmlError, PageResult, check_csrf, public_page};
use crate::limits::Guess;
use crate::{ClientAddress, Hub, secrets};

/// The longest email address there can be (RFC 5321's path limit less its brackets).
pub const MAX_EMAIL_CHARS: usize = 254;

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    /// Missing is the same as wrong: a 403 with the dashboard's page, not a bare 422.
    #[serde(default)]
    csrf: String,
}

fn login_page(hub: &Hub, csrf: &str, error: Option<&str>) -> Response {
    let l = &hub.l10n;
    let title = t(l, "hub-login-heading");
    let body = html! {
        @if let Some(error) = error {
            (error_summary(l, html! { a href="#email" { (error) } }))
        }
        h1 { (title) }
        form method="post" action="/dashboard/login" novalidate {
            (csrf_field(csrf))
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
    let mut response = public_page(l, &title, body);
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&auth::set_cookie(hub, LOGIN_CSRF_COOKIE, csrf, 3600)).expect("a cookie"),
    );
    response
}

pub async fn login_form(State(hub): State<Hub>) -> Response {
    login_page(&hub, &secrets::new_token(), None)
}

pub async fn login(
    State(hub): State<Hub>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> PageResult {
    let l = &hub.l10n;
    let cookie = auth::cookie(&headers, &auth::cookie_name(&hub, LOGIN_CSRF_COOKIE)).unwrap_or_default();
    if form.csrf.is_empty() || !secrets::same(cookie, &form.csrf) {
        return Err(HtmlError::csrf(l));
    }
    let email = form.email.trim().to_ascii_lowercase();
    if email.chars().count() > MAX_EMAIL_CHARS {
        let mut response = login_page(&hub, &form.csrf, Some(&t(l, "hub-login-email-too-long")));
        *response.status_mut() = StatusCode::BAD_REQUEST;
        return Ok(response);
    }
    let now = OffsetDateTime::now_utc();
    let stamp = now.format(&Rfc3339).unwrap_or_default();
    // Checked before the account is looked up: a locked caller costs no argon2 and no audit row (the failures that
    // locked it were audited), only a warning in the log.
    let attempt = hub.attempts.attempt(hub.db.as_ref(), Guess::SignIn, address, &email, now.unix_timestamp()).await?;
    let Ok(attempt) = attempt else {
        tracing::warn!("a sign-in refused: too many failures from this address");
        let mut response = login_page(&hub, &form.csrf, Some(&t(l, "hub-login-locked")));
        *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
        return Ok(response);
    };
    let user = hub.db.user_by_email(&email).await?;
    // The audit log names accounts, never what a stranger typed (it could be a password typed in the wrong box).
    let who = user.as_ref().map_or_else(|| "unknown email".to_owned(), |u| u.email.clone());
    let right = auth::check_password(&hub, form.password, user.as_ref().map(|u| u.password_hash.clone())).await;
    // A disabled account's password is checked all the same (the time taken tells nothing), and it is refused with
    // the words a wrong password gets: the page does not say that the account exists, nor that it is disabled.
    let disabled = user.as_ref().is_some_and(|u| u.disabled);
    let Some(user) = user.filter(|_| right && !disabled) else {
        let why = if disabled { "account disabled" } else { "wrong email or password" };
        hub.db.audit(&stamp, &who, "login-failed", why).await?;
        let mut response = login_page(&hub, &form.csrf, Some(&t(l, "hub-login-failed")));
        *response.status_mut() = StatusCode::UNAUTHORIZED;
        return Ok(response);
    };
    hub.attempts.succeeded(hub.db.as_ref(), attempt, now.unix_timestamp()).await?;
    let token = secrets::new_token();
    let csrf = secrets::new_token();
    let expires = now + time::Duration::hours(SESSION_HOURS);
    hub.db.create_session(&secrets::hash(&token), user.id, &csrf, expires.unix_timestamp()).await?;
    // Each sign-in sweeps away the sessions that have expired, so that they do not pile up.
    hub.db.sweep_sessions(now.unix_timestamp()).await?;
    hub.db.audit(&stamp, &user.email, "login", "signed in").await?;
    let mut response = Redirect::to("/dashboard").into_response();
    let headers = response.headers_mut();
    headers.append(
        header::SET_COOKIE,
        HeaderValue::from_str(&auth::set_cookie(&hub, SESSION_COOKIE, &token, SESSION_HOURS * 3600)).expect("a cookie"),
    );
    headers.append(
        header::SET_COOKIE,
        HeaderValue::from_str(&auth::set_cookie(&hub, LOGIN_CSRF_COOKIE, "", 0)).expect("a cookie"),
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
    check_csrf(&hub.l10n, &session, &form.csrf)?;
    hub.db.delete_session(&session.session_hash).await?;
    let mut response = Redirect::to("/dashboard/login").into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&auth::set_cookie(&hub, SESSION_COOKIE, "", 0)).expect("a cookie"),
    );
    Ok(response)
}
