//! The page shell every dashboard page is drawn in, its stylesheet, and errors shown as pages.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::{DOCTYPE, Markup, html};
use pathfinder_l10n::Localizer;

use super::auth::SignedIn;
use super::components::{csrf_field, t};
use crate::ApiError;

/// Checked in, so that cargo alone builds the hub: `make ui` compiles it from ui/src/styles/dashboard.scss.
const CSS: &str = include_str!("../../assets/dashboard.css");

pub async fn stylesheet() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css"), (header::CACHE_CONTROL, "max-age=3600")], CSS)
}

/// The part of the dashboard a signed-in page belongs to: the navigation marks it as the current one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Section {
    Overview,
    Trend,
    Practices,
    Admin,
    Windows,
    Messages,
    /// The signed-in user's own email choices: reached from their address in the header, not the navigation.
    Email,
    /// National administrators only: the navigation offers it to no one else.
    Users,
}

const NAVIGATION: [(Section, &str, &str); 7] = [
    (Section::Overview, "/dashboard", "hub-nav-overview"),
    (Section::Trend, "/dashboard/trend", "hub-nav-trend"),
    (Section::Practices, "/dashboard/practices", "hub-nav-practices"),
    (Section::Admin, "/dashboard/admin", "hub-nav-admin"),
    (Section::Windows, "/dashboard/windows", "hub-nav-windows"),
    (Section::Messages, "/dashboard/messages", "hub-nav-messages"),
    (Section::Users, "/dashboard/users", "hub-nav-users"),
];

/// A page for a member of staff: the header names them, offers sign-out and the navigation.
pub(super) fn staff_page(l: &Localizer, title: &str, session: &SignedIn, section: Section, body: Markup) -> Response {
    page(layout(l, title, Some((session, section)), body))
}

/// A page for anyone: sign-in, and errors, which must not depend on a session.
pub(super) fn public_page(l: &Localizer, title: &str, body: Markup) -> Response {
    page(layout(l, title, None, body))
}

/// Its security headers (no caching, a strict policy with a nonce, no sniffing, no referrer) are set for every
/// dashboard answer by `crate::headers`.
fn page(markup: Markup) -> Response {
    let mut response = markup.into_string().into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    response
}

fn layout(l: &Localizer, title: &str, signed_in: Option<(&SignedIn, Section)>, body: Markup) -> Markup {
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
                        @if let Some((session, _)) = signed_in {
                            form class="pf-signout" method="post" action="/dashboard/logout" {
                                (csrf_field(&session.csrf))
                                a class="pf-signout__user" href="/dashboard/email" title=(t(l, "hub-email-settings-link")) { (session.user.email) }
                                button class="pf-signout__button" type="submit" { (t(l, "hub-sign-out")) }
                            }
                        }
                    }
                    @if let Some((session, current)) = signed_in {
                        (navigation(l, current, session.user.role == crate::db::UserRole::National))
                    }
                }
                div class="nhsuk-width-container" {
                    main class="nhsuk-main-wrapper" id="maincontent" { (body) }
                }
            }
        }
    }
}

fn navigation(l: &Localizer, current: Section, national: bool) -> Markup {
    html! {
        nav class="nhsuk-header__navigation" aria-label=(t(l, "hub-nav-label")) {
            div class="nhsuk-header__navigation-container nhsuk-width-container" {
                ul class="nhsuk-header__navigation-list" {
                    @for (section, href, id) in NAVIGATION.into_iter().filter(|(section, ..)| national || *section != Section::Users) {
                        li class={ "nhsuk-header__navigation-item" @if section == current { " nhsuk-header__navigation-item--current" } } {
                            @if section == current {
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

/// An error on a dashboard page, shown as a page in the dashboard's style rather than as the API's JSON.
pub struct HtmlError(pub ApiError);

impl HtmlError {
    /// Also for another region's practice or CCG: its existence is not this user's business.
    pub(super) fn not_found(l: &Localizer) -> Self {
        Self(ApiError::new(StatusCode::NOT_FOUND, "not-found", t(l, "hub-error-not-found")))
    }

    /// A form without the token its page was given did not come from that page.
    pub(super) fn csrf(l: &Localizer) -> Self {
        Self(ApiError::new(StatusCode::FORBIDDEN, "csrf", t(l, "hub-error-csrf")))
    }
}

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
        // A failure of the hub's own (the database's, say) was logged where it happened; the page says only that it
        // failed, never its detail, which may be the database's text.
        let message = if error.status.is_server_error() { t(&l, "hub-error-unavailable") } else { error.body.message };
        let body = html! {
            h1 { (title) }
            p id="pf-error" { (message) }
            p { a href="/dashboard" { (t(&l, "hub-error-back")) } }
        };
        let mut response = public_page(&l, &title, body);
        *response.status_mut() = error.status;
        response
    }
}

/// Dashboard handlers answer errors as pages.
pub(super) type PageResult = Result<Response, HtmlError>;

pub(super) fn check_csrf(l: &Localizer, session: &SignedIn, csrf: &str) -> Result<(), HtmlError> {
    if crate::secrets::same(csrf, &session.csrf) { Ok(()) } else { Err(HtmlError::csrf(l)) }
}
