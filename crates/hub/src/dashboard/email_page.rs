//! "Your email": the signed-in user turns the daily digest and the at-risk alerts on and off (`crate::email` sends
//! them). The form carries the session's CSRF token; each change is in the audit log.

use axum::Form;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect};
use maud::html;
use serde::Deserialize;

use super::auth::SignedIn;
use super::components::{csrf_field, t};
use super::layout::{PageResult, Section, check_csrf, staff_page};
use crate::Hub;
use crate::db::UserRole;

#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: String,
}

pub async fn email_page(State(hub): State<Hub>, session: SignedIn, Query(done): Query<Done>) -> PageResult {
    let l = &hub.l10n;
    let me = hub.db.mail_recipients().await?.into_iter().find(|r| r.user_id == session.user.id);
    let (digest, alerts) = me.map_or((false, false), |r| (r.digest, r.alerts));
    let regional = session.user.role == UserRole::Regional;
    let title = t(l, "hub-email-settings-heading");
    let checkbox = |id: &str, name: &str, checked: bool, label: &str, hint: &str| {
        let hint_id = format!("{id}-hint");
        html! {
            div class="nhsuk-checkboxes__item" {
                input class="nhsuk-checkboxes__input" id=(id) name=(name) type="checkbox" value="on" checked[checked]
                    aria-describedby=(hint_id);
                label class="nhsuk-label nhsuk-checkboxes__label" for=(id) { (t(l, label)) }
                div class="nhsuk-hint nhsuk-checkboxes__hint" id=(hint_id) { (t(l, hint)) }
            }
        }
    };
    let body = html! {
        h1 { (title) }
        p class="nhsuk-lede-text" { (t(l, "hub-email-settings-lede")) }
        @if done.done == "saved" {
            div class="nhsuk-inset-text" id="pf-email-done" { p { (t(l, "hub-email-settings-saved")) } }
        }
        form method="post" action="/dashboard/email" novalidate {
            (csrf_field(&session.csrf))
            div class="nhsuk-form-group" {
                fieldset class="nhsuk-fieldset" {
                    legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s" { (t(l, "hub-email-settings-legend")) }
                    div class="nhsuk-checkboxes" {
                        @if regional {
                            (checkbox("email-digest", "digest", digest, "hub-email-settings-digest", "hub-email-settings-digest-hint"))
                        }
                        (checkbox("email-alerts", "alerts", alerts, "hub-email-settings-alerts", "hub-email-settings-alerts-hint"))
                    }
                }
            }
            @if !regional {
                p { (t(l, "hub-email-settings-national")) }
            }
            button class="nhsuk-button" type="submit" { (t(l, "hub-email-settings-submit")) }
        }
    };
    Ok(staff_page(l, &title, &session, Section::Email, body))
}

/// A checkbox left unticked is not sent: absent means off.
#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    csrf: String,
    digest: Option<String>,
    alerts: Option<String>,
}

pub async fn save(State(hub): State<Hub>, session: SignedIn, Form(form): Form<EmailForm>) -> PageResult {
    check_csrf(&hub.l10n, &session, &form.csrf)?;
    // National users are offered no digest: the form has no box for it, so its absence changes nothing.
    let digest = (session.user.role == UserRole::Regional).then_some(form.digest.is_some());
    let alerts = Some(form.alerts.is_some());
    let email = &session.user.email;
    crate::email::set_choices(hub.db.as_ref(), email, digest, alerts, email).await?;
    Ok(Redirect::to("/dashboard/email?done=saved").into_response())
}
