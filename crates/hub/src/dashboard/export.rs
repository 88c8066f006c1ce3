//! The practice list as CSV, as filtered on the page; each download is in the audit log.

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::IntoResponse;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::auth::SignedIn;
use super::components::t;
use super::layout::PageResult;
use super::practices::{ListQuery, filtered, query_string, visible};
use super::summary::{csv_cell, level_name};
use crate::Hub;

const COLUMNS: [&str; 7] = [
    "hub-col-ods",
    "hub-col-practice",
    "hub-col-ccg",
    "hub-col-level",
    "hub-col-last-report",
    "hub-col-type1",
    "hub-col-type2",
];

pub async fn practices_csv(State(hub): State<Hub>, session: SignedIn, Query(query): Query<ListQuery>) -> PageResult {
    let l = &hub.l10n;
    let list = filtered(visible(&hub, &session.user).await?, &query)?;
    let mut csv = COLUMNS.map(|id| csv_cell(&t(l, id))).join(",");
    csv.push_str("\r\n");
    for p in &list {
        let (type1, type2) = p.objections();
        let last = p.last_report.and_then(|at| at.format(&Rfc3339).ok()).unwrap_or_default();
        let cells = [
            p.ods_code.clone(),
            p.name.clone(),
            p.ccg_code.clone(),
            level_name(p.level()).to_owned(),
            last,
            type1.to_string(),
            type2.to_string(),
        ];
        csv.push_str(&cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(","));
        csv.push_str("\r\n");
    }
    let stamp = OffsetDateTime::now_utc().format(&Rfc3339).unwrap_or_default();
    hub.db
        .audit(
            &stamp,
            &session.user.email,
            "export-csv",
            &format!("{} practices ({})", list.len(), query_string(&query)),
        )
        .await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"pathfinder-practices.csv\""),
        ],
        csv,
    )
        .into_response())
}
