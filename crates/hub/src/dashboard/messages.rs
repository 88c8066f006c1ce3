//! Messages to practices: a regional user publishes a message (plain text, never read as HTML) to the practices of
//! a CCG they see; each practice's app shows it until the manager acknowledges it. The list shows how many of the
//! CCG's practices have acknowledged each message, a message's page which have and which have not (and when), and a
//! live message may be withdrawn. Each publication and withdrawal is in the audit log.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use maud::{Markup, html};
use pathfinder_l10n::Localizer;
use pathfinder_protocol::{MESSAGE_BODY_CHARS, MESSAGE_TITLE_CHARS};
use serde::Deserialize;

use super::auth::SignedIn;
use super::components::{
    SummaryRow, Table, cell, csrf_field, error_summary, moment, row_header, select, summary_list, t, t_args,
};
use super::layout::{HtmlError, PageResult, Section, check_csrf, staff_page};
use crate::Hub;
use crate::db::MessageRow;
use crate::messages::{self as rules, MessageProblem};

/// The largest form the messages page reads: a body of 1,000 characters, each up to four bytes of UTF-8 and each
/// byte percent-encoded, with its title.
pub const FORM_BYTES: usize = 16 * 1024;

#[derive(Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    done: String,
}

pub async fn messages_page(State(hub): State<Hub>, session: SignedIn, Query(done): Query<Done>) -> PageResult {
    let saved = match done.done.as_str() {
        "published" => Some("hub-messages-published"),
        _ => None,
    };
    render(&hub, &session, saved, None, &MessageForm::default()).await
}

#[derive(Deserialize, Default)]
pub struct MessageForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    ccg: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
}

fn status_text(l: &Localizer, row: &MessageRow) -> String {
    match &row.withdrawn_at {
        Some(at) => t_args(l, "hub-messages-status-withdrawn", &[("at", moment(l, at).into())]),
        None => t(l, "hub-messages-status-live"),
    }
}

fn acknowledged_text(l: &Localizer, row: &MessageRow) -> String {
    t_args(
        l,
        "hub-messages-acknowledged-count",
        &[("acknowledged", row.acknowledged.into()), ("practices", row.practices.into())],
    )
}

/// A body's lines as written: plain text, escaped by maud, each line break kept.
fn lines(text: &str) -> Markup {
    html! {
        @for (index, line) in text.split('\n').enumerate() {
            @if index > 0 { br; }
            (line)
        }
    }
}

async fn render(
    hub: &Hub,
    session: &SignedIn,
    saved: Option<&str>,
    refusal: Option<MessageProblem>,
    form: &MessageForm,
) -> PageResult {
    let l = &hub.l10n;
    let user = &session.user;
    let ccg_options = super::windows::seen_ccgs(hub, user).await?;
    let messages: Vec<_> = hub.db.messages().await?.into_iter().filter(|m| user.sees(&m.ccg_code)).collect();
    let table = Table {
        id: "pf-messages",
        caption: "hub-messages-caption",
        caption_hidden: false,
        columns: &[
            "hub-col-message-title",
            "hub-col-ccg",
            "hub-col-published",
            "hub-col-acknowledged",
            "hub-col-message-status",
        ],
    };
    let rows = html! {
        @for row in &messages {
            tr class="nhsuk-table__row" data-message=(row.id) {
                (row_header(html! { a href={ "/dashboard/messages/" (row.id) } { (row.title) } }))
                (cell(&row.ccg_code))
                (cell(t_args(l, "hub-messages-published-by", &[("at", moment(l, &row.published_at).into()), ("by", row.published_by.clone().into())])))
                (cell(acknowledged_text(l, row)))
                (cell(status_text(l, row)))
            }
        }
    };
    let status = if refusal.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let title = t(l, "hub-messages-heading");
    let error_class = |field: &str| refusal.is_some_and(|r| r.field() == field);
    let body = html! {
        @if let Some(problem) = refusal {
            (error_summary(l, html! { a href={ "#" (problem.field()) } { (t(l, problem.message_id())) } }))
        }
        h1 { (title) }
        p class="nhsuk-lede-text" { (t(l, "hub-messages-lede")) }
        @if let Some(saved) = saved {
            div class="nhsuk-inset-text" id="pf-message-saved" { p { (t(l, saved)) } }
        }
        @if messages.is_empty() {
            p id="pf-messages-none" { (t(l, "hub-messages-none")) }
        } @else {
            (table.scrolling(l, rows))
        }
        h2 { (t(l, "hub-messages-new-heading")) }
        form method="post" action="/dashboard/messages" novalidate {
            (csrf_field(&session.csrf))
            (select("nhsuk-form-group", "ccg", &t(l, "hub-col-ccg"), &ccg_options, &form.ccg))
            div class={ "nhsuk-form-group" @if error_class("title") { " nhsuk-form-group--error" } } {
                label class="nhsuk-label" for="title" { (t(l, "hub-messages-title-label")) }
                div class="nhsuk-hint" id="title-hint" {
                    (t_args(l, "hub-messages-title-hint", &[("max", MESSAGE_TITLE_CHARS.into())]))
                }
                @if let Some(problem) = refusal.filter(|_| error_class("title")) {
                    span class="nhsuk-error-message" id="title-error" { (t(l, problem.message_id())) }
                }
                input class="nhsuk-input" id="title" name="title" type="text" maxlength=(MESSAGE_TITLE_CHARS)
                    aria-describedby="title-hint" value=(form.title);
            }
            div class={ "nhsuk-form-group" @if error_class("body") { " nhsuk-form-group--error" } } {
                label class="nhsuk-label" for="body" { (t(l, "hub-messages-body-label")) }
                div class="nhsuk-hint" id="body-hint" {
                    (t_args(l, "hub-messages-body-hint", &[("max", MESSAGE_BODY_CHARS.into())]))
                }
                @if let Some(problem) = refusal.filter(|_| error_class("body")) {
                    span class="nhsuk-error-message" id="body-error" { (t(l, problem.message_id())) }
                }
                textarea class="nhsuk-textarea" id="body" name="body" rows="6" maxlength=(MESSAGE_BODY_CHARS)
                    aria-describedby="body-hint" { (form.body) }
            }
            button class="nhsuk-button" type="submit" { (t(l, "hub-messages-submit")) }
        }
    };
    let mut response = staff_page(l, &title, session, Section::Messages, body);
    *response.status_mut() = status;
    Ok(response)
}

/// `POST /dashboard/messages`: publishes the message to the CCG's practices.
pub async fn publish(State(hub): State<Hub>, session: SignedIn, Form(form): Form<MessageForm>) -> PageResult {
    let l = &hub.l10n;
    check_csrf(l, &session, &form.csrf)?;
    let ccg = form.ccg.trim().to_ascii_uppercase();
    if !session.user.sees(&ccg) || ccg.contains('\0') {
        return Err(HtmlError::not_found(l));
    }
    let (title, body) = match rules::checked(&form.title, &form.body) {
        Ok(checked) => checked,
        Err(problem) => return render(&hub, &session, None, Some(problem), &form).await,
    };
    rules::publish(hub.db.as_ref(), &ccg, &title, &body, &session.user.email).await?;
    Ok(Redirect::to("/dashboard/messages?done=published").into_response())
}

/// The message, if it is of a CCG the user sees; otherwise not found.
async fn seen_message(hub: &Hub, session: &SignedIn, id: &str) -> Result<MessageRow, HtmlError> {
    let Ok(id) = id.parse::<i64>() else { return Err(HtmlError::not_found(&hub.l10n)) };
    let message = hub.db.message(id).await?.filter(|m| session.user.sees(&m.ccg_code));
    message.ok_or_else(|| HtmlError::not_found(&hub.l10n))
}

/// `GET /dashboard/messages/{id}`: the message and which of its CCG's practices have acknowledged it.
pub async fn message_page(
    State(hub): State<Hub>,
    session: SignedIn,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> PageResult {
    let l = &hub.l10n;
    let message = seen_message(&hub, &session, &id).await?;
    let readers = hub.db.message_readers(message.id).await?;
    let rows = [
        SummaryRow { key: "hub-col-ccg", value: html! { (message.ccg_code) }, id: None },
        SummaryRow {
            key: "hub-col-published",
            value: html! { (t_args(l, "hub-messages-published-by", &[("at", moment(l, &message.published_at).into()), ("by", message.published_by.clone().into())])) },
            id: None,
        },
        SummaryRow {
            key: "hub-col-message-status",
            value: html! { (status_text(l, &message)) },
            id: Some("pf-message-status"),
        },
        SummaryRow {
            key: "hub-col-acknowledged",
            value: html! { (acknowledged_text(l, &message)) },
            id: Some("pf-message-count"),
        },
    ];
    let table = Table {
        id: "pf-message-readers",
        caption: "hub-messages-readers-caption",
        caption_hidden: false,
        columns: &["hub-col-practice", "hub-col-acknowledged"],
    };
    let reader_rows = html! {
        @for reader in &readers {
            tr class="nhsuk-table__row" data-ods=(reader.practice.ods_code) {
                (row_header(format!("{} ({})", reader.practice.name, reader.practice.ods_code)))
                @match &reader.acknowledged_at {
                    Some(at) => (cell(t_args(l, "hub-messages-acknowledged-at", &[("at", moment(l, at).into())]))),
                    None => (cell(html! { strong class="nhsuk-tag nhsuk-tag--grey" { (t(l, "hub-messages-not-acknowledged")) } })),
                }
            }
        }
    };
    let title = message.title.clone();
    let body = html! {
        p { a class="nhsuk-back-link__link" href="/dashboard/messages" { (t(l, "hub-messages-back")) } }
        h1 { (title) }
        @if done.done == "withdrawn" {
            div class="nhsuk-inset-text" id="pf-message-saved" { p { (t(l, "hub-messages-withdrawn")) } }
        }
        div class="nhsuk-inset-text" id="pf-message-body" { p { (lines(&message.body)) } }
        (summary_list(l, &rows))
        @if message.withdrawn_at.is_none() {
            form method="post" action={ "/dashboard/messages/" (message.id) "/withdraw" } {
                (csrf_field(&session.csrf))
                button class="nhsuk-button nhsuk-button--secondary" type="submit" id="pf-withdraw" {
                    (t(l, "hub-messages-withdraw-submit"))
                }
            }
        }
        (table.scrolling(l, reader_rows))
    };
    Ok(staff_page(l, &title, &session, Section::Messages, body))
}

#[derive(Deserialize)]
pub struct WithdrawForm {
    #[serde(default)]
    csrf: String,
}

/// `POST /dashboard/messages/{id}/withdraw`: the message is sent to no practice after.
pub async fn withdraw(
    State(hub): State<Hub>,
    session: SignedIn,
    Path(id): Path<String>,
    Form(form): Form<WithdrawForm>,
) -> PageResult {
    check_csrf(&hub.l10n, &session, &form.csrf)?;
    let message = seen_message(&hub, &session, &id).await?;
    rules::withdraw(hub.db.as_ref(), message.id, &session.user.email).await?;
    Ok(Redirect::to(&format!("/dashboard/messages/{}?done=withdrawn", message.id)).into_response())
}
