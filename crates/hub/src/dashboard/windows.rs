//! Fair-processing windows: each CCG's window with its first extract and who changed it last, the practices with
//! dates of their own, and the history of changes, all within the CCGs the user sees. A CCG's window changes in two
//! steps: the form's first POST shows how many practices it moves, carrying the values in hidden fields; only the
//! second, with `confirm=yes`, applies it. A practice's own dates are set and cleared at once (they move one
//! practice). Each change is in the audit log and the window history.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use maud::{Markup, html};
use pathfinder_l10n::Localizer;
use serde::Deserialize;
use time::Date;

use super::auth::SignedIn;
use super::components::{
    SummaryRow, Table, cell, csrf_field, error_summary, moment, ods_input, row_header, select, summary_list, t, t_args,
};
use super::layout::{HtmlError, PageResult, Section, check_csrf, staff_page};
use crate::Hub;
use crate::admin;
use crate::db::{ObjectionTypes, Window, WindowDates};
use crate::windows::{self as rules, Dates, WindowProblem};

/// The CCGs `user` sees, as a select's options.
pub(super) async fn seen_ccgs(hub: &Hub, user: &crate::db::User) -> Result<Vec<(String, String)>, crate::ApiError> {
    Ok(hub.db.ccg_codes().await?.into_iter().filter(|ccg| user.sees(ccg)).map(|ccg| (ccg.clone(), ccg)).collect())
}

/// The history shows this many changes, newest first.
pub const HISTORY_ROWS: usize = 50;

#[derive(Deserialize, Default)]
pub struct Saved {
    #[serde(default)]
    saved: String,
}

fn saved_message(saved: &str) -> Option<&'static str> {
    match saved {
        "window" => Some("hub-admin-window-saved"),
        "practice" => Some("hub-windows-practice-saved"),
        "cleared" => Some("hub-windows-practice-cleared"),
        _ => None,
    }
}

pub async fn windows_page(State(hub): State<Hub>, session: SignedIn, Query(saved): Query<Saved>) -> PageResult {
    render(&hub, &session, saved_message(&saved.saved), None).await
}

/// A refused form: the input to go to and what to do.
struct Refusal {
    field: &'static str,
    message: String,
}

fn date_input(l: &Localizer, id: &str, name: &str, label: &str, hint: &str) -> Markup {
    let hint_id = format!("{id}-hint");
    html! {
        div class="nhsuk-form-group" {
            label class="nhsuk-label" for=(id) { (t(l, label)) }
            div class="nhsuk-hint" id=(hint_id) { (t(l, hint)) }
            input class="nhsuk-input nhsuk-input--width-10" id=(id) name=(name) type="date" aria-describedby=(hint_id);
        }
    }
}

fn weeks_input(l: &Localizer, id: &str) -> Markup {
    html! {
        div class="nhsuk-form-group" {
            label class="nhsuk-label" for=(id) { (t(l, "onboarding-window-weeks-label")) }
            input class="nhsuk-input nhsuk-input--width-4" id=(id) name="weeks" inputmode="numeric" value="6";
        }
    }
}

/// The form that sets a CCG's window (its first POST asks for confirmation), on this page and the admin page.
pub(super) fn ccg_form(l: &Localizer, csrf: &str, ccg_options: &[(String, String)]) -> Markup {
    html! {
        form method="post" action="/dashboard/admin/windows" {
            (csrf_field(csrf))
            (select("nhsuk-form-group", "ccg", &t(l, "hub-col-ccg"), ccg_options, ""))
            (date_input(l, "start", "start", "onboarding-window-start-label", "onboarding-date-hint"))
            (weeks_input(l, "weeks"))
            (date_input(l, "extract", "extract", "hub-windows-extract-label", "hub-windows-extract-hint"))
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
    }
}

fn types_label(types: ObjectionTypes) -> &'static str {
    if types.offers_type2() { "hub-admin-objection-types-both" } else { "hub-admin-objection-types-type1-only" }
}

fn end_text(window: &Window) -> String {
    rules::end_of(window).map(|end| end.to_string()).unwrap_or_default()
}

fn dates_text(l: &Localizer, dates: &Option<WindowDates>) -> String {
    match dates {
        Some(d) => t_args(
            l,
            "hub-windows-history-dates",
            &[
                ("start", d.start.clone().into()),
                ("weeks", d.weeks.into()),
                ("extract", d.first_extract.clone().into()),
            ],
        ),
        None => t(l, "hub-windows-history-none"),
    }
}

fn changed_text(l: &Localizer, at: &str, by: &str) -> String {
    if at.is_empty() {
        t(l, "hub-windows-changed-unknown")
    } else {
        t_args(l, "hub-windows-changed", &[("at", moment(l, at).into()), ("by", by.to_owned().into())])
    }
}

async fn render(hub: &Hub, session: &SignedIn, saved: Option<&str>, refusal: Option<Refusal>) -> PageResult {
    let l = &hub.l10n;
    let user = &session.user;
    let ccg_options = seen_ccgs(hub, user).await?;
    let windows: Vec<_> = hub.db.windows().await?.into_iter().filter(|w| user.sees(&w.window.ccg_code)).collect();
    let own: Vec<_> =
        hub.db.practice_windows().await?.into_iter().filter(|o| user.sees(&o.practice.ccg_code)).collect();
    let history: Vec<_> = hub
        .db
        .window_history()
        .await?
        .into_iter()
        .filter(|change| user.sees(&change.ccg_code))
        .take(HISTORY_ROWS)
        .collect();

    let windows_table = Table {
        id: "pf-windows",
        caption: "hub-windows-caption",
        caption_hidden: false,
        columns: &[
            "hub-col-ccg",
            "hub-col-window-start",
            "hub-col-window-weeks",
            "hub-col-window-end",
            "hub-col-first-extract",
            "hub-col-objection-types",
            "hub-col-practices",
            "hub-col-last-changed",
        ],
    };
    let windows_rows = html! {
        @for row in &windows {
            tr class="nhsuk-table__row" data-ccg=(row.window.ccg_code) {
                (row_header(&row.window.ccg_code))
                (cell(&row.window.start))
                (cell(row.window.weeks))
                (cell(end_text(&row.window)))
                (cell(&row.window.first_extract))
                (cell(t(l, types_label(row.objection_types))))
                (cell(t_args(l, "hub-windows-practices", &[("count", row.practices.into()), ("own", row.exceptions.into())])))
                (cell(changed_text(l, &row.changed_at, &row.changed_by)))
            }
        }
    };
    let own_table = Table {
        id: "pf-practice-windows",
        caption: "hub-windows-own-caption",
        caption_hidden: false,
        columns: &[
            "hub-col-practice",
            "hub-col-ccg",
            "hub-col-window-start",
            "hub-col-window-weeks",
            "hub-col-window-end",
            "hub-col-first-extract",
            "hub-col-last-changed",
            "hub-col-action",
        ],
    };
    let own_rows = html! {
        @for row in &own {
            tr class="nhsuk-table__row" data-ods=(row.practice.ods_code) {
                (row_header(format!("{} ({})", row.practice.name, row.practice.ods_code)))
                (cell(&row.practice.ccg_code))
                (cell(&row.window.start))
                (cell(row.window.weeks))
                (cell(end_text(&row.window)))
                (cell(&row.window.first_extract))
                (cell(changed_text(l, &row.changed_at, &row.changed_by)))
                td class="nhsuk-table__cell" {
                    form method="post" action="/dashboard/windows/practice/clear" {
                        (csrf_field(&session.csrf))
                        input type="hidden" name="ods" value=(row.practice.ods_code);
                        button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="submit" {
                            (t_args(l, "hub-windows-clear-submit", &[("practice", row.practice.ods_code.clone().into())]))
                        }
                    }
                }
            }
        }
    };
    let history_table = Table {
        id: "pf-window-history",
        caption: "hub-windows-history-caption",
        caption_hidden: false,
        columns: &[
            "hub-col-changed-at",
            "hub-col-changed-by",
            "hub-col-ccg",
            "hub-col-practice",
            "hub-col-old-dates",
            "hub-col-new-dates",
        ],
    };
    let history_rows = html! {
        @for change in &history {
            tr class="nhsuk-table__row" {
                (row_header(moment(l, &change.at)))
                (cell(&change.actor))
                (cell(&change.ccg_code))
                (cell(change.ods_code.clone().unwrap_or_else(|| t(l, "hub-windows-history-whole-ccg"))))
                (cell(dates_text(l, &change.old)))
                (cell(dates_text(l, &change.new)))
            }
        }
    };

    let status = if refusal.is_some() { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    let title = t(l, "hub-windows-heading");
    let body = html! {
        @if let Some(refusal) = &refusal {
            (error_summary(l, html! { a href={ "#" (refusal.field) } { (refusal.message) } }))
        }
        h1 { (title) }
        p class="nhsuk-lede-text" { (t(l, "hub-windows-lede")) }
        @if let Some(saved) = saved {
            div class="nhsuk-inset-text" id="pf-window-saved" { p { (t(l, saved)) } }
        }
        @if windows.is_empty() {
            p id="pf-windows-none" { (t(l, "hub-windows-none")) }
        } @else {
            (windows_table.scrolling(l, windows_rows))
        }

        h2 { (t(l, "hub-admin-windows-heading")) }
        p { (t(l, "hub-windows-ccg-body")) }
        (ccg_form(l, &session.csrf, &ccg_options))

        h2 { (t(l, "hub-windows-own-heading")) }
        p { (t(l, "hub-windows-own-body")) }
        @if own.is_empty() {
            p id="pf-practice-windows-none" { (t(l, "hub-windows-own-none")) }
        } @else {
            (own_table.scrolling(l, own_rows))
        }
        form method="post" action="/dashboard/windows/practice" novalidate {
            (csrf_field(&session.csrf))
            (ods_input(l, "own-ods"))
            (date_input(l, "own-start", "start", "onboarding-window-start-label", "onboarding-date-hint"))
            (weeks_input(l, "own-weeks"))
            (date_input(l, "own-extract", "extract", "hub-windows-extract-label", "hub-windows-extract-hint"))
            button class="nhsuk-button" type="submit" { (t(l, "hub-windows-own-submit")) }
        }

        h2 { (t(l, "hub-windows-history-heading")) }
        @if history.is_empty() {
            p id="pf-window-history-none" { (t(l, "hub-windows-history-empty")) }
        } @else {
            (history_table.scrolling(l, history_rows))
        }
    };
    let mut response = staff_page(l, &title, session, Section::Windows, body);
    *response.status_mut() = status;
    Ok(response)
}

/// The fields every window form may send; missing ones are read as empty and refused as such with the page.
#[derive(Deserialize)]
pub struct WindowForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    ccg: String,
    /// The practice form's input is named `own-ods`, the clear button's field `ods`.
    #[serde(default, rename = "own-ods")]
    own_ods: String,
    #[serde(default)]
    ods: String,
    #[serde(default)]
    start: String,
    #[serde(default)]
    weeks: String,
    #[serde(default)]
    extract: String,
    /// `type1` or `type1,type2`; absent (neither radio chosen) keeps what the CCG has.
    #[serde(default)]
    objection_types: String,
    /// `yes` on the confirmation page's form only.
    #[serde(default)]
    confirm: String,
}

fn parse_date(text: &str) -> Option<Date> {
    Date::parse(text.trim(), time::macros::format_description!("[year]-[month]-[day]")).ok()
}

/// The form's dates checked, or the refusal naming the input at fault; `prefix` is the form's ids' ("" or "own-").
fn checked_dates(l: &Localizer, form: &WindowForm, prefix: &'static str) -> Result<Dates, Refusal> {
    let field = |name: &'static str| -> &'static str {
        match (prefix, name) {
            ("own-", "start") => "own-start",
            ("own-", "weeks") => "own-weeks",
            ("own-", _) => "own-extract",
            (_, name) => name,
        }
    };
    let Some(start) = parse_date(&form.start) else {
        return Err(Refusal { field: field("start"), message: t(l, "hub-admin-window-invalid") });
    };
    let Some(weeks) = form.weeks.trim().parse::<u8>().ok().filter(|w| (1..=26).contains(w)) else {
        return Err(Refusal { field: field("weeks"), message: t(l, "hub-admin-window-invalid") });
    };
    let extract = match form.extract.trim() {
        "" => None,
        text => match parse_date(text) {
            Some(date) => Some(date),
            None => return Err(Refusal { field: field("extract"), message: t(l, "hub-windows-error-extract") }),
        },
    };
    Dates::new(start, weeks, extract).map_err(|problem| {
        let message = match &problem {
            WindowProblem::ExtractBeforeEnd { end, .. } => {
                t_args(l, problem.message_id(), &[("end", end.to_string().into())])
            }
            _ => t(l, problem.message_id()),
        };
        let field = if matches!(problem, WindowProblem::Weeks) { field("weeks") } else { field("extract") };
        Refusal { field, message }
    })
}

/// The page again with the refusal, answered 400.
async fn refuse(hub: &Hub, session: &SignedIn, refusal: Refusal) -> PageResult {
    render(hub, session, None, Some(refusal)).await
}

/// `POST /dashboard/admin/windows`: the first POST shows what the change does; the second, confirmed, makes it.
pub async fn set_ccg(State(hub): State<Hub>, session: SignedIn, Form(form): Form<WindowForm>) -> PageResult {
    let l = &hub.l10n;
    check_csrf(l, &session, &form.csrf)?;
    let ccg = form.ccg.trim().to_ascii_uppercase();
    if !session.user.sees(&ccg) {
        return Err(HtmlError::not_found(l));
    }
    if ccg.len() != 3 || !ccg.chars().all(|c| c.is_ascii_alphanumeric()) {
        return refuse(&hub, &session, Refusal { field: "ccg", message: t(l, "hub-windows-error-ccg") }).await;
    }
    let dates = match checked_dates(l, &form, "") {
        Ok(dates) => dates,
        Err(refusal) => return refuse(&hub, &session, refusal).await,
    };
    let objection_types = match form.objection_types.trim() {
        "" => None,
        chosen => match chosen.parse::<ObjectionTypes>() {
            Ok(types) => Some(types),
            Err(_) => {
                let message = t(l, "hub-windows-error-types");
                return refuse(&hub, &session, Refusal { field: "objection-types-type1", message }).await;
            }
        },
    };
    if form.confirm != "yes" {
        return confirmation(&hub, &session, &ccg, dates, objection_types).await;
    }
    admin::set_window(
        hub.db.as_ref(),
        &ccg,
        dates.start,
        dates.weeks,
        Some(dates.first_extract),
        objection_types,
        &session.user.email,
    )
    .await
    .map_err(super::admin_pages::refused)?;
    Ok(Redirect::to("/dashboard/windows?saved=window").into_response())
}

/// What a CCG's change would do, with Confirm (the same values, `confirm=yes`) and Cancel. Nothing is stored.
async fn confirmation(
    hub: &Hub,
    session: &SignedIn,
    ccg: &str,
    dates: Dates,
    objection_types: Option<ObjectionTypes>,
) -> PageResult {
    let l = &hub.l10n;
    let reach = hub.db.window_reach(ccg).await?;
    let current = hub.db.window(ccg).await?;
    let types_now = hub.db.objection_types(ccg).await?;
    let extract_text = if dates.extract_defaulted {
        t_args(l, "hub-windows-confirm-extract-default", &[("date", dates.first_extract.to_string().into())])
    } else {
        dates.first_extract.to_string()
    };
    let types_text = match objection_types {
        Some(types) => t(l, types_label(types)),
        None => t_args(l, "hub-windows-confirm-types-kept", &[("types", t(l, types_label(types_now)).into())]),
    };
    let now_text = match &current {
        Some(window) => t_args(
            l,
            "hub-windows-history-dates",
            &[
                ("start", window.start.clone().into()),
                ("weeks", window.weeks.into()),
                ("extract", window.first_extract.clone().into()),
            ],
        ),
        None => t(l, "hub-windows-history-none"),
    };
    let rows = [
        SummaryRow { key: "hub-col-ccg", value: html! { (ccg) }, id: None },
        SummaryRow { key: "hub-windows-confirm-now", value: html! { (now_text) }, id: Some("pf-confirm-now") },
        SummaryRow { key: "hub-col-window-start", value: html! { (dates.start) }, id: None },
        SummaryRow { key: "hub-col-window-weeks", value: html! { (dates.weeks) }, id: None },
        SummaryRow { key: "hub-col-window-end", value: html! { (dates.end) }, id: None },
        SummaryRow { key: "hub-col-first-extract", value: html! { (extract_text) }, id: Some("pf-confirm-extract") },
        SummaryRow { key: "hub-col-objection-types", value: html! { (types_text) }, id: None },
    ];
    let moves = t_args(
        l,
        "hub-windows-confirm-moves",
        &[("count", reach.moved().into()), ("ccg", ccg.to_owned().into()), ("own", reach.exceptions.into())],
    );
    let title = t_args(l, "hub-windows-confirm-heading", &[("ccg", ccg.to_owned().into())]);
    let types_value = objection_types.map(|types| types.to_string()).unwrap_or_default();
    let body = html! {
        h1 { (title) }
        div class="nhsuk-warning-callout" {
            h2 class="nhsuk-warning-callout__label" { (t(l, "hub-windows-confirm-label")) }
            p id="pf-confirm-moves" { (moves) }
        }
        (summary_list(l, &rows))
        form method="post" action="/dashboard/admin/windows" {
            (csrf_field(&session.csrf))
            input type="hidden" name="ccg" value=(ccg);
            input type="hidden" name="start" value=(dates.start.to_string());
            input type="hidden" name="weeks" value=(dates.weeks);
            input type="hidden" name="extract" value=(dates.first_extract.to_string());
            input type="hidden" name="objection_types" value=(types_value);
            input type="hidden" name="confirm" value="yes";
            div class="nhsuk-button-group" {
                button class="nhsuk-button" type="submit" id="pf-confirm" { (t(l, "hub-windows-confirm-submit")) }
                a class="nhsuk-button nhsuk-button--secondary" href="/dashboard/windows" id="pf-cancel" {
                    (t(l, "hub-windows-confirm-cancel"))
                }
            }
        }
    };
    Ok(staff_page(l, &title, session, Section::Windows, body))
}

/// The practice a form names, if the user sees its CCG; otherwise not found.
async fn seen_practice(hub: &Hub, session: &SignedIn, ods: &str) -> Result<crate::db::Practice, HtmlError> {
    let practice = hub.db.practice(&ods.trim().to_ascii_uppercase()).await?.filter(|p| session.user.sees(&p.ccg_code));
    practice.ok_or_else(|| HtmlError::not_found(&hub.l10n))
}

/// `POST /dashboard/windows/practice`: a practice's own dates, which its app gets instead of its CCG's.
pub async fn set_practice(State(hub): State<Hub>, session: SignedIn, Form(form): Form<WindowForm>) -> PageResult {
    let l = &hub.l10n;
    check_csrf(l, &session, &form.csrf)?;
    let ods = if form.own_ods.is_empty() { &form.ods } else { &form.own_ods };
    let practice = seen_practice(&hub, &session, ods).await?;
    let dates = match checked_dates(l, &form, "own-") {
        Ok(dates) => dates,
        Err(refusal) => return refuse(&hub, &session, refusal).await,
    };
    rules::set_practice_window(hub.db.as_ref(), &practice.ods_code, dates, &session.user.email)
        .await
        .map_err(super::admin_pages::refused)?;
    Ok(Redirect::to("/dashboard/windows?saved=practice").into_response())
}

/// `POST /dashboard/windows/practice/clear`: the practice's CCG's window applies to it again.
pub async fn clear_practice(State(hub): State<Hub>, session: SignedIn, Form(form): Form<WindowForm>) -> PageResult {
    check_csrf(&hub.l10n, &session, &form.csrf)?;
    let practice = seen_practice(&hub, &session, &form.ods).await?;
    rules::clear_practice_window(hub.db.as_ref(), &practice.ods_code, &session.user.email)
        .await
        .map_err(super::admin_pages::refused)?;
    Ok(Redirect::to("/dashboard/windows?saved=cleared").into_response())
}
