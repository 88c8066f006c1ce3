//! Enrolment codes in bulk: a code for every practice of a CCG not yet enrolled, in one step; the codes issued, by
//! practice, with their status and a revoke button for each unused one. Issuing is a permission of its own
//! (`User::may_issue_codes`), within the CCGs the user sees; every code issued or revoked is in the audit log.
//!
//! Only a code's hash is stored, so the codes exist in the answer that issues them and nowhere else. The issue form
//! says what that answer is to be: the codes on screen (with the same codes as a CSV in a `data:` link, which a
//! second request could not fetch), the CSV itself as a download, or the letters to the practices as a page to
//! print (one practice a printed page, the same CSV link beside them on screen).

use axum::Form;
use axum::extract::{Extension, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, PreEscaped, html};
use pathfinder_l10n::Localizer;
use serde::Deserialize;
use time::OffsetDateTime;

use super::auth::SignedIn;
use super::components::{Table, cell, csrf_field, error_summary, row_header, select, t, t_args};
use super::layout::{HtmlError, PageResult, Section, check_csrf, staff_page};
use crate::admin::{self, AdminError, IssuedCodes};
use crate::db::{CodeStatus, IssuedCode};
use crate::headers::CspNonce;
use crate::{ApiError, Hub};

/// A user without the permission is refused the page and its forms.
fn may_issue(l: &Localizer, session: &SignedIn) -> Result<(), HtmlError> {
    if session.user.may_issue_codes() {
        Ok(())
    } else {
        Err(ApiError::new(StatusCode::FORBIDDEN, "forbidden", t(l, "hub-error-codes-permission")).into())
    }
}

fn day(at: OffsetDateTime) -> String {
    at.format(time::macros::format_description!("[day padding:none] [month repr:long] [year]")).unwrap_or_default()
}

fn moment(at: Option<i64>) -> String {
    let format = time::macros::format_description!("[day padding:none] [month repr:short] [year], [hour]:[minute]");
    at.and_then(|at| OffsetDateTime::from_unix_timestamp(at).ok())
        .and_then(|at| at.format(format).ok())
        .unwrap_or_default()
}

#[derive(Deserialize, Default)]
pub struct CodesQuery {
    #[serde(default)]
    ccg: String,
    #[serde(default)]
    done: String,
}

pub async fn codes_page(State(hub): State<Hub>, session: SignedIn, Query(query): Query<CodesQuery>) -> PageResult {
    may_issue(&hub.l10n, &session)?;
    render(&hub, &session, &query.ccg, query.done == "revoked", None).await
}

/// The CCGs the user sees, and of the chosen one (the first, unless `wanted` names another they see) how many
/// practices it has and how many are not enrolled.
struct Chosen {
    ccgs: Vec<String>,
    ccg: Option<String>,
    practices: usize,
    waiting: usize,
}

async fn choose(hub: &Hub, session: &SignedIn, wanted: &str) -> Result<Chosen, HtmlError> {
    let ccgs: Vec<String> = hub.db.ccg_codes().await?.into_iter().filter(|ccg| session.user.sees(ccg)).collect();
    let ccg = match wanted.trim() {
        "" => ccgs.first().cloned(),
        wanted if ccgs.iter().any(|c| c == wanted) => Some(wanted.to_owned()),
        _ => return Err(HtmlError::not_found(&hub.l10n)),
    };
    let of_ccg = match &ccg {
        Some(ccg) => hub.db.practice_rows(Some(ccg)).await?,
        None => Vec::new(),
    };
    let waiting = of_ccg.iter().filter(|row| !row.enrolled).count();
    Ok(Chosen { practices: of_ccg.len(), waiting, ccgs, ccg })
}

async fn render(hub: &Hub, session: &SignedIn, wanted: &str, revoked: bool, error: Option<String>) -> PageResult {
    let l = &hub.l10n;
    let chosen = choose(hub, session, wanted).await?;
    let codes = match &chosen.ccg {
        Some(ccg) => hub.db.enrolment_codes_of(ccg).await?,
        None => Vec::new(),
    };
    let now = OffsetDateTime::now_utc().unix_timestamp();
    let title = t(l, "hub-codes-heading");
    let options: Vec<(String, String)> = chosen.ccgs.iter().map(|c| (c.clone(), c.clone())).collect();
    let current = chosen.ccg.clone().unwrap_or_default();
    let table = Table {
        id: "pf-codes",
        caption: "hub-codes-caption",
        caption_hidden: false,
        columns: &["hub-col-practice", "hub-col-issued", "hub-col-expires", "hub-col-status", "hub-col-action"],
    };
    let rows = html! {
        @for code in &codes {
            @let status = code.status(now);
            tr class="nhsuk-table__row" data-ods=(code.ods_code) data-status=(status_name(status)) {
                (row_header(format!("{} ({})", code.practice_name, code.ods_code)))
                (cell(html! {
                    (moment(code.issued_at))
                    @if let Some(by) = &code.issued_by { br; (t_args(l, "hub-codes-issued-by", &[("who", by.clone().into())])) }
                }))
                (cell(moment(Some(code.expires_at))))
                (cell(status_tag(l, status)))
                (cell(html! {
                    @if status == CodeStatus::Unused {
                        form method="post" action="/dashboard/codes/revoke" class="pf-inline-form" {
                            (csrf_field(&session.csrf))
                            input type="hidden" name="code" value=(code.code_hash);
                            button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="submit" {
                                (t(l, "hub-codes-revoke"))
                                span class="nhsuk-u-visually-hidden" {
                                    " " (t_args(l, "hub-codes-revoke-hidden", &[("practice", code.practice_name.clone().into())]))
                                }
                            }
                        }
                    }
                }))
            }
        }
    };
    let body = html! {
        @if let Some(error) = &error {
            (error_summary(l, html! { (error) }))
        }
        h1 { (title) }
        p class="nhsuk-lede-text" { (t(l, "hub-codes-lede")) }
        @if revoked {
            div class="nhsuk-inset-text" id="pf-codes-done" { p { (t(l, "hub-codes-done-revoked")) } }
        }
        @if let Some(ccg) = &chosen.ccg {
            form method="get" action="/dashboard/codes" {
                (select("nhsuk-form-group", "ccg", &t(l, "hub-col-ccg"), &options, &current))
                button class="nhsuk-button nhsuk-button--secondary" type="submit" { (t(l, "hub-codes-show")) }
            }
            h2 { (t_args(l, "hub-codes-issue-heading", &[("ccg", ccg.clone().into())])) }
            p id="pf-codes-waiting" {
                (t_args(l, "hub-codes-waiting", &[
                    ("waiting", chosen.waiting.into()),
                    ("practices", chosen.practices.into()),
                    ("ccg", ccg.clone().into()),
                ]))
            }
            form method="post" action="/dashboard/codes" novalidate {
                (csrf_field(&session.csrf))
                input type="hidden" name="ccg" value=(ccg);
                div class="nhsuk-form-group" {
                    fieldset class="nhsuk-fieldset" aria-describedby="format-hint" {
                        legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s" { (t(l, "hub-codes-format-legend")) }
                        div class="nhsuk-hint" id="format-hint" { (t(l, "hub-codes-format-hint")) }
                        div class="nhsuk-radios" {
                            @for (value, label) in [
                                ("screen", "hub-codes-format-screen"),
                                ("csv", "hub-codes-format-csv"),
                                ("letters", "hub-codes-format-letters"),
                            ] {
                                @let id = format!("format-{value}");
                                div class="nhsuk-radios__item" {
                                    input class="nhsuk-radios__input" id=(id) name="format" type="radio" value=(value) checked[value == "screen"];
                                    label class="nhsuk-label nhsuk-radios__label" for=(id) { (t(l, label)) }
                                }
                            }
                        }
                    }
                }
                button class="nhsuk-button" type="submit" { (t(l, "hub-codes-issue-submit")) }
            }
            h2 { (t_args(l, "hub-codes-list-heading", &[("ccg", ccg.clone().into())])) }
            @if codes.is_empty() {
                p id="pf-codes-none" { (t(l, "hub-codes-none")) }
            } @else {
                (table.scrolling(l, rows))
            }
        } @else {
            p { (t(l, "hub-codes-no-practices")) }
        }
    };
    let mut response = staff_page(l, &title, session, Section::Admin, body);
    if error.is_some() {
        *response.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(response)
}

fn status_name(status: CodeStatus) -> &'static str {
    match status {
        CodeStatus::Unused => "unused",
        CodeStatus::Used => "used",
        CodeStatus::Expired => "expired",
        CodeStatus::Revoked => "revoked",
    }
}

fn status_tag(l: &Localizer, status: CodeStatus) -> Markup {
    let (colour, id) = match status {
        CodeStatus::Unused => ("blue", "hub-codes-status-unused"),
        CodeStatus::Used => ("green", "hub-codes-status-used"),
        CodeStatus::Expired => ("grey", "hub-codes-status-expired"),
        CodeStatus::Revoked => ("red", "hub-codes-status-revoked"),
    };
    html! { strong class={ "nhsuk-tag nhsuk-tag--" (colour) } { (t(l, id)) } }
}

#[derive(Deserialize)]
pub struct IssueForm {
    /// Missing is the same as wrong: a 403 with the dashboard's page, not a bare 422.
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    ccg: String,
    /// `screen` (the default), `csv` or `letters`.
    #[serde(default)]
    format: String,
}

pub async fn issue(
    State(hub): State<Hub>,
    session: SignedIn,
    Extension(nonce): Extension<CspNonce>,
    headers: HeaderMap,
    Form(form): Form<IssueForm>,
) -> PageResult {
    let l = &hub.l10n;
    check_csrf(l, &session, &form.csrf)?;
    may_issue(l, &session)?;
    let ccg = form.ccg.trim().to_ascii_uppercase();
    if !session.user.sees(&ccg) {
        return Err(HtmlError::not_found(l));
    }
    let issued =
        match admin::issue_ccg_codes(hub.db.as_ref(), &ccg, &session.user.email, OffsetDateTime::now_utc()).await {
            Ok(issued) => issued,
            // A CCG with no practices is none of this hub's.
            Err(AdminError::Invalid(_)) => return Err(HtmlError::not_found(l)),
            Err(error) => return Err(super::admin_pages::refused(error)),
        };
    match form.format.as_str() {
        "csv" => Ok(csv_download(&issued)),
        "letters" => Ok(letters(l, &session, &nonce, &hub_address(&hub, &headers), &issued)),
        _ => Ok(issued_page(l, &session, &issued)),
    }
}

fn csv_name(issued: &IssuedCodes) -> String {
    format!("enrolment-codes-{}-{}.csv", issued.ccg_code, issued.expires.date())
}

fn csv_download(issued: &IssuedCodes) -> Response {
    let disposition = format!("attachment; filename=\"{}\"", csv_name(issued));
    (
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, disposition)],
        issued.csv(true),
    )
        .into_response()
}

/// The CSV as a `data:` URL: the codes are in this answer alone, so the link carries them rather than asking the
/// hub again.
fn csv_link(l: &Localizer, issued: &IssuedCodes) -> Markup {
    let encoded: String = issued
        .csv(true)
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let href = format!("data:text/csv;charset=utf-8,{encoded}");
    html! {
        p class="pf-no-print" {
            a id="pf-codes-csv" href=(href) download=(csv_name(issued)) { (t(l, "hub-codes-download-csv")) }
        }
    }
}

fn issued_page(l: &Localizer, session: &SignedIn, issued: &IssuedCodes) -> Response {
    let title = t_args(l, "hub-codes-issued-heading", &[("ccg", issued.ccg_code.clone().into())]);
    let table = Table {
        id: "pf-issued-codes",
        caption: "hub-codes-issued-caption",
        caption_hidden: false,
        columns: &["hub-col-ods", "hub-col-practice", "hub-col-code"],
    };
    let rows = html! {
        @for (practice, code) in &issued.codes {
            tr class="nhsuk-table__row" data-ods=(practice.ods_code) {
                (row_header(&practice.ods_code))
                (cell(&practice.name))
                (cell(html! { span class="pf-code" { (code) } }))
            }
        }
    };
    let body = html! {
        h1 { (title) }
        div class="nhsuk-inset-text" id="pf-codes-issued" {
            p {
                (t_args(l, "hub-codes-issued-count", &[
                    ("count", issued.codes.len().into()),
                    ("ccg", issued.ccg_code.clone().into()),
                    ("expires", day(issued.expires).into()),
                ]))
            }
            p { (t(l, "hub-codes-issued-once")) }
        }
        @if !issued.codes.is_empty() {
            (table.scrolling(l, rows))
            (csv_link(l, issued))
        }
        p { a href={ "/dashboard/codes?ccg=" (issued.ccg_code) } { (t(l, "hub-codes-back")) } }
    };
    staff_page(l, &title, session, Section::Admin, body)
}

/// The address practices enter: the one this request came to.
fn hub_address(hub: &Hub, headers: &HeaderMap) -> String {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost");
    format!("{}://{host}", if hub.https { "https" } else { "http" })
}

/// On paper, each letter is a page of its own and nothing of the dashboard's frame is printed.
const PRINT_CSS: &str = "@media print {
  .nhsuk-header, .nhsuk-skip-link, .pf-no-print { display: none !important; }
  .nhsuk-width-container, .nhsuk-main-wrapper { margin: 0; padding: 0; max-width: none; }
  .pf-letter { break-after: page; page-break-after: always; border: 0; margin: 0; padding: 0; }
  .pf-letter:last-of-type { break-after: auto; page-break-after: auto; }
}
.pf-letter { border-top: 4px solid #005eb8; margin-top: 32px; padding-top: 24px; }
.pf-letter__code { font-family: monospace; letter-spacing: 0.1em; }";

fn letters(l: &Localizer, session: &SignedIn, nonce: &CspNonce, address: &str, issued: &IssuedCodes) -> Response {
    let title = t_args(l, "hub-letters-heading", &[("ccg", issued.ccg_code.clone().into())]);
    let expires = day(issued.expires);
    let contact = session.user.email.clone();
    let body = html! {
        style nonce=(nonce.0) { (PreEscaped(PRINT_CSS)) }
        div class="pf-no-print" {
            h1 { (title) }
            p class="nhsuk-lede-text" {
                (t_args(l, "hub-letters-lede", &[("count", issued.codes.len().into())]))
            }
            p { (t(l, "hub-codes-issued-once")) }
            @if !issued.codes.is_empty() { (csv_link(l, issued)) }
            p { a href={ "/dashboard/codes?ccg=" (issued.ccg_code) } { (t(l, "hub-codes-back")) } }
        }
        @for (practice, code) in &issued.codes {
            @let heading = format!("letter-{}", practice.ods_code);
            section class="pf-letter" aria-labelledby=(heading) data-ods=(practice.ods_code) {
                p { strong { (practice.name) } br; (t_args(l, "hub-letter-ods", &[("ods", practice.ods_code.clone().into())])) }
                h2 id=(heading) { (t(l, "hub-letter-title")) }
                p { (t_args(l, "hub-letter-intro", &[("practice", practice.name.clone().into())])) }
                p { (t(l, "hub-letter-code-label")) }
                p class="nhsuk-heading-l pf-letter__code" { (code) }
                p {
                    (t_args(l, "hub-letter-expiry", &[
                        ("ods", practice.ods_code.clone().into()),
                        ("expires", expires.clone().into()),
                    ]))
                }
                h3 { (t(l, "hub-letter-how-heading")) }
                ol class="nhsuk-list nhsuk-list--number" {
                    li { (t(l, "hub-letter-step-open")) }
                    li { (t_args(l, "hub-letter-step-enter", &[("address", address.to_owned().into())])) }
                    li { (t(l, "hub-letter-step-enrol")) }
                }
                p { (t_args(l, "hub-letter-contact", &[("contact", contact.clone().into())])) }
            }
        }
    };
    staff_page(l, &title, session, Section::Admin, body)
}

#[derive(Deserialize)]
pub struct RevokeForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    code: String,
}

pub async fn revoke(State(hub): State<Hub>, session: SignedIn, Form(form): Form<RevokeForm>) -> PageResult {
    let l = &hub.l10n;
    check_csrf(l, &session, &form.csrf)?;
    may_issue(l, &session)?;
    let code: Option<IssuedCode> =
        hub.db.enrolment_code(&form.code).await?.filter(|code| session.user.sees(&code.ccg_code));
    let Some(code) = code else { return Err(HtmlError::not_found(l)) };
    if admin::revoke_enrolment_code(hub.db.as_ref(), &code, &session.user.email)
        .await
        .map_err(super::admin_pages::refused)?
    {
        Ok(Redirect::to(&format!("/dashboard/codes?ccg={}&done=revoked", code.ccg_code)).into_response())
    } else {
        render(&hub, &session, &code.ccg_code, false, Some(t(l, "hub-codes-error-not-revocable"))).await
    }
}
