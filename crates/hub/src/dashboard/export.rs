//! The practice list as CSV, as filtered on the page; each download is in the audit log.
//!
//! A CSV leaves the hub: it is mailed on, put on shared drives, merged into other tables. So small numbers in it are
//! suppressed as NHS statistics suppress them, and the screen is not: the dashboard's pages show exact figures,
//! because only signed-in NHS staff with a need to know see them there, and a practice's own figures are what
//! they act on.

use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime};
use tokio::sync::mpsc;

use super::auth::SignedIn;
use super::components::{one_decimal, t};
use super::layout::{HtmlError, PageResult};
use super::practices::{ListMoment, ListQuery, query_string};
use super::summary::level_name;
use super::table::{Cell, CsvText, Rows};
use super::xlsx::Workbook;
use crate::db::{BATCHES_IN_FLIGHT, Figures, PracticeLatest, User};
use crate::{ApiError, Hub};

const COLUMNS: [&str; 15] = [
    "hub-col-ods",
    "hub-col-practice",
    "hub-col-ccg",
    "hub-col-level",
    "hub-col-last-report",
    "hub-col-type1",
    "hub-col-type2",
    "hub-col-type1-rate",
    "hub-col-type2-rate",
    "hub-col-type1-new",
    "hub-col-type2-new",
    "hub-col-forms-received",
    "hub-col-backlog",
    "hub-col-forms-expected",
    "hub-col-list-size",
];

/// What a suppressed figure is written as.
pub const SUPPRESSED: &str = "*";

/// The smallest count shown as it is in an export: counts of 1 to 7 are written `*` (0 stays 0: nothing to find),
/// as NHS statistics publish objection counts.
pub const SMALLEST_SHOWN: i64 = 8;

/// A count as an export writes it.
pub fn count(n: i64) -> Cell<'static> {
    if (1..SMALLEST_SHOWN).contains(&n) { Cell::from(SUPPRESSED) } else { Cell::Number(n) }
}

/// A rate per 1,000 patients as an export writes it: suppressed when the count it is made from is (a rate and a
/// list size would give the count back), or when the list it divides by is as small; blank for no list.
pub fn rate_per_thousand(n: i64, list: i64) -> Cell<'static> {
    let suppressed = |n| (1..SMALLEST_SHOWN).contains(&n);
    if suppressed(n) || suppressed(list) {
        return Cell::from(SUPPRESSED);
    }
    if list <= 0 { Cell::BLANK } else { Cell::from(one_decimal(n as f64 * 1000.0 / list as f64)) }
}

/// One practice's cells after its name and level: the figures, suppressed. Coded and queried forms are left out:
/// with the forms received and the backlog beside them, they would give back a backlog written `*` by subtraction.
/// The forms expected are a forecast made from the list size and an assumed rate, not a count of anyone's
/// objections, and the list size is public (NHS Digital publishes it): both are written whole.
fn figures(f: Option<&Figures>) -> [Cell<'static>; 10] {
    let Some(f) = f else { return std::array::from_fn(|_| Cell::BLANK) };
    // New since the baseline beside the standing total gives back their difference (the baseline less withdrawals):
    // where that is a small count, the new figure is suppressed too.
    let new = |new: Option<i64>, total: i64| match new {
        Some(n) if count(total - n) == Cell::from(SUPPRESSED) => Cell::from(SUPPRESSED),
        Some(n) => count(n),
        None => Cell::BLANK,
    };
    [
        count(f.type1_total),
        count(f.type2_total),
        rate_per_thousand(f.type1_total, f.list_size),
        rate_per_thousand(f.type2_total, f.list_size),
        new(f.type1_new, f.type1_total),
        new(f.type2_new, f.type2_total),
        count(f.forms_received),
        count(f.forms_backlog),
        f.expected_forms.map_or(Cell::BLANK, Cell::Number),
        Cell::Number(f.list_size),
    ]
}

/// The exports' heading row.
fn headings(hub: &Hub) -> Vec<Cell<'static>> {
    COLUMNS.iter().map(|id| Cell::from(t(&hub.l10n, id))).collect()
}

/// A practice's row as the exports write it, its level as it stands `today`, figures suppressed.
fn write_practice<R: Rows>(row: &PracticeLatest, today: Date, out: &mut R) -> Result<(), R::Error> {
    let PracticeLatest { practice, latest } = row;
    let [a, b, c, d, e, f, g, h, i, j] = figures(latest.as_ref().map(|latest| &latest.figures));
    let level = level_name(latest.as_ref().map(|latest| latest.level_on(today)));
    // The moment as the hub wrote it when the report arrived (RFC 3339, UTC).
    let last = latest.as_ref().map_or("", |latest| latest.received_at.as_str());
    out.row(&[
        practice.ods_code.as_str().into(),
        practice.name.as_str().into(),
        practice.ccg_code.as_str().into(),
        level.into(),
        last.into(),
        a,
        b,
        c,
        d,
        e,
        f,
        g,
        h,
        i,
        j,
    ])
}

/// Why an export could not be made, logged; the person downloading it is told no more than that it failed.
pub(super) fn export_failed(error: impl std::fmt::Display) -> ApiError {
    tracing::error!(%error, "an export failed");
    ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "export-failed", "the export could not be made")
}

/// Every practice `query` asks for, of those `user` sees, written to `out` (its headings first) as the database
/// reads them: the writing goes on a thread of its own, alongside the reading, since the nation's list takes
/// milliseconds to write, too long to hold an async worker. What was written, and how many practices.
async fn written<R>(hub: &Hub, user: &User, query: &ListQuery, mut out: R) -> Result<(R, usize), HtmlError>
where
    R: Rows + Send + 'static,
    R::Error: std::fmt::Display + Send + 'static,
{
    let moment = ListMoment::now();
    let filter = moment.filter(user, query)?;
    let today = moment.today;
    let headings = headings(hub);
    let _slot = hub.export_slots.acquire().await.map_err(export_failed)?;
    let (batches, mut received) = mpsc::channel(BATCHES_IN_FLIGHT);
    let writer = tokio::task::spawn_blocking(move || -> Result<R, R::Error> {
        out.row(&headings)?;
        while let Some(batch) = received.blocking_recv() {
            for row in &batch {
                write_practice(row, today, &mut out)?;
            }
        }
        Ok(out)
    });
    let sent = hub.db.send_practices(&filter, batches).await;
    // A writer that failed stopped the reading: its error is the cause. A reading that failed leaves a part written,
    // which is thrown away.
    let out = writer.await.map_err(export_failed)?.map_err(export_failed)?;
    Ok((out, sent?))
}

/// A file to download, its taking written in the audit log first (what, by whom, how much).
pub(super) async fn download(
    hub: &Hub,
    session: &SignedIn,
    action: &str,
    detail: String,
    content_type: &'static str,
    file_name: String,
    body: Vec<u8>,
) -> PageResult {
    let stamp = OffsetDateTime::now_utc().format(&Rfc3339).unwrap_or_default();
    hub.db.audit(&stamp, &session.user.email, action, &detail).await?;
    let disposition = format!("attachment; filename=\"{file_name}\"");
    Ok(([(header::CONTENT_TYPE, content_type.to_owned()), (header::CONTENT_DISPOSITION, disposition)], body)
        .into_response())
}

pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

pub async fn practices_csv(State(hub): State<Hub>, session: SignedIn, Query(query): Query<ListQuery>) -> PageResult {
    let (csv, count) = written(&hub, &session.user, &query, CsvText::default()).await?;
    let detail = format!("{count} practices ({})", query_string(&query));
    let name = "pathfinder-practices.csv".to_owned();
    download(&hub, &session, "export-csv", detail, "text/csv; charset=utf-8", name, csv.finish().into_bytes()).await
}

pub async fn practices_xlsx(State(hub): State<Hub>, session: SignedIn, Query(query): Query<ListQuery>) -> PageResult {
    let book = Workbook::new(&t(&hub.l10n, "hub-practices-heading")).map_err(export_failed)?;
    let (book, count) = written(&hub, &session.user, &query, book).await?;
    let bytes = book.finish().map_err(export_failed)?;
    let detail = format!("{count} practices ({})", query_string(&query));
    download(&hub, &session, "export-xlsx", detail, XLSX, "pathfinder-practices.xlsx".to_owned(), bytes).await
}

#[cfg(test)]
mod tests {
    use pathfinder_readiness::ReadinessLevel;

    use super::*;
    use crate::db::{Latest, Practice};

    #[test]
    fn counts_of_one_to_seven_are_suppressed_and_zero_and_eight_are_not() {
        let shown: Vec<String> = [0, 1, 2, 7, 8, 9, 140].map(|n| count(n).to_string()).to_vec();
        assert_eq!(shown, ["0", "*", "*", "*", "8", "9", "140"]);
    }

    #[test]
    fn a_rate_from_a_suppressed_count_is_suppressed_too() {
        let rate = |n, list| rate_per_thousand(n, list).to_string();
        assert_eq!(rate(0, 7_400), "0.0");
        assert_eq!(rate(3, 7_400), "*", "0.4 per 1,000 of 7,400 would give 3 back");
        assert_eq!(rate(7, 7_400), "*");
        assert_eq!(rate(8, 7_400), "1.1");
        assert_eq!(rate(14, 7_400), "1.9");
        assert_eq!(rate(0, 5), "*", "a list as small as a suppressed count");
        assert_eq!(rate(0, 0), "");
    }

    #[test]
    fn a_practices_row_suppresses_every_small_count_and_nothing_else() {
        let figures = Figures {
            list_size: 7_400,
            type1_total: 55,
            type2_total: 3,
            type1_new: Some(26),
            type2_new: Some(5),
            forms_received: 27,
            forms_coded: 26,
            forms_queried: 1,
            forms_backlog: 0,
            expected_forms: Some(6),
            next_due: Some(time::macros::date!(2026 - 03 - 09)),
            letters_printed: 3_100,
        };
        let practice = PracticeLatest {
            practice: Practice { ods_code: "B82005".into(), name: "Riverside Surgery".into(), ccg_code: "02V".into() },
            latest: Some(Latest {
                received_at: "2026-03-09T09:30:00Z".into(),
                level: ReadinessLevel::OnTrack,
                figures,
                submissions: 1,
            }),
        };
        assert_eq!(
            row_of(&practice),
            "B82005,Riverside Surgery,02V,at-risk,2026-03-09T09:30:00Z,55,*,7.4,*,26,*,27,0,6,7400\r\n",
            "on track as sent, at risk today: a task fell due yesterday"
        );
        // 30 standing and 26 new would give back a baseline (less withdrawals) of 4 by subtraction.
        let mut close = practice.clone();
        if let Some(latest) = close.latest.as_mut() {
            latest.figures.type1_total = 30;
        }
        assert!(
            row_of(&close).contains(",30,*,4.1,*,*,*,"),
            "new since the baseline is suppressed with the small difference"
        );
        let silent = PracticeLatest { latest: None, ..practice };
        assert_eq!(row_of(&silent), "B82005,Riverside Surgery,02V,not-reported,,,,,,,,,,,\r\n");
    }

    fn row_of(practice: &PracticeLatest) -> String {
        let mut csv = CsvText::default();
        let Ok(()) = write_practice(practice, time::macros::date!(2026 - 03 - 10), &mut csv);
        csv.finish()
    }
}
