//! Signing in and out of the dashboard.

use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use maud::html;
use pathfinder_l10n::Localizer;
use serde::Deserialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::auth::{self, LOGIN_CSRF_COOKIE, SESSION_COOKIE, SESSION_HOURS, SignedIn};
use super::components::{csrf_field, error_summary, t};
use super::layout::{HtmlError, PageResult, check_csrf, public_page};
use crate::{Hub, secrets};

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
        return Err(HtmlError::csrf(l));
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
    check_csrf(&hub.l10n, &session, &form.csrf)?;
    hub.db.delete_session(&session.session_hash).await?;
    let mut response = Redirect::to("/dashboard/login").into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, HeaderValue::from_str(&auth::set_cookie(SESSION_COOKIE, "", 0)).expect("a cookie"));
    Ok(response)
}
