//! A CCG's practices by task: which practice has done which task, what is overdue, as a page and as CSV and XLSX.

use axum::extract::{Query, State};
use maud::html;
use pathfinder_readiness::{Checklist, ReadinessLevel, TaskStatus};
use serde::Deserialize;
use time::{Date, OffsetDateTime};

use super::auth::SignedIn;
use super::components::{cell, level_tag, row_header, select, t, t_args};
use super::layout::{HtmlError, PageResult, Section, staff_page};
use super::practices::status_label;
use super::summary::level_name;
use super::table::{Cell, CsvText, Rows};
use crate::db::CcgReport;
use crate::{ApiError, Hub, report};

#[derive(Deserialize, Default)]
pub struct GridQuery {
    #[serde(default)]
    ccg: String,
    #[serde(default)]
    sort: String,
}

/// One practice's row: its level today and, for each checklist task, its status and due date as last reported.
pub(super) struct GridRow {
    pub ods_code: String,
    pub name: String,
    pub level: Option<ReadinessLevel>,
    pub tasks: Vec<Option<(TaskStatus, Date)>>,
    pub today: Date,
}

impl GridRow {
    fn of(report: &CcgReport, checklist: &Checklist, today: Date) -> Self {
        let submission = report.body.as_deref().and_then(report::read_stored);
        let tasks = checklist
            .tasks
            .iter()
            .map(|task| {
                let sent = submission.as_ref()?.tasks.iter().find(|sent| sent.id == task.id)?;
                Some((sent.status, sent.due))
            })
            .collect();
        let level = report.level.zip(submission.as_ref()).map(|(level, s)| report::level_on(level, s, today));
        Self { ods_code: report.practice.ods_code.clone(), name: report.practice.name.clone(), level, tasks, today }
    }

    fn done(&self) -> usize {
        self.tasks.iter().flatten().filter(|(status, _)| status.is_done()).count()
    }

    fn overdue(&self, task: Option<(TaskStatus, Date)>) -> bool {
        task.is_some_and(|(status, due)| !status.is_done() && due < self.today)
    }

    fn overdue_count(&self) -> usize {
        self.tasks.iter().filter(|task| self.overdue(**task)).count()
    }
}

/// The CCG's rows in the order asked: by ODS code, by name, fewest tasks done first, or most overdue first.
async fn grid_rows(hub: &Hub, session: &SignedIn, query: &GridQuery) -> Result<Vec<GridRow>, HtmlError> {
    if !session.user.sees(&query.ccg) {
        return Err(HtmlError::not_found(&hub.l10n));
    }
    let today = OffsetDateTime::now_utc().date();
    let checklist = Checklist::current();
    let reports = hub.db.ccg_reports(&query.ccg).await.map_err(ApiError::from)?;
    let mut rows: Vec<GridRow> = reports.iter().map(|r| GridRow::of(r, checklist, today)).collect();
    match query.sort.as_str() {
        "name" => rows.sort_by(|a, b| a.name.cmp(&b.name)),
        "done" => rows.sort_by(|a, b| a.done().cmp(&b.done()).then(a.ods_code.cmp(&b.ods_code))),
        "overdue" => rows.sort_by(|a, b| b.overdue_count().cmp(&a.overdue_count()).then(a.ods_code.cmp(&b.ods_code))),
        _ => rows.sort_by(|a, b| a.ods_code.cmp(&b.ods_code)),
    }
    Ok(rows)
}

fn status_name(status: TaskStatus) -> &'static str {
    match status {
        TaskStatus::NotStarted => "not-started",
        TaskStatus::InProgress => "in-progress",
        TaskStatus::Completed => "completed",
        TaskStatus::NotApplicable => "not-applicable",
    }
}

fn links(ccg: &str, sort: &str) -> String {
    form_urlencoded::Serializer::new(String::new()).append_pair("ccg", ccg).append_pair("sort", sort).finish()
}

pub async fn grid(State(hub): State<Hub>, session: SignedIn, Query(query): Query<GridQuery>) -> PageResult {
    let l = &hub.l10n;
    let rows = grid_rows(&hub, &session, &query).await?;
    let checklist = Checklist::current();
    let title = t_args(l, "hub-grid-heading", &[("ccg", query.ccg.clone().into())]);
    let sort_options = [
        (String::new(), t(l, "hub-sort-ods")),
        ("name".into(), t(l, "hub-sort-name")),
        ("done".into(), t(l, "hub-sort-done")),
        ("overdue".into(), t(l, "hub-sort-overdue")),
    ];
    let body = html! {
        h1 { (title) }
        p class="nhsuk-lede-text" { (t(l, "hub-grid-lede")) }
        form method="get" action="/dashboard/tasks" class="pf-filters" {
            input type="hidden" name="ccg" value=(query.ccg);
            (select("nhsuk-form-group pf-filter", "sort", &t(l, "hub-sort"), &sort_options, &query.sort))
            button class="nhsuk-button nhsuk-button--secondary" type="submit" { (t(l, "hub-filter-apply")) }
        }
        p {
            a href={ "/dashboard/tasks.csv?" (links(&query.ccg, &query.sort)) } { (t(l, "hub-export-csv")) }
            " · "
            a href={ "/dashboard/tasks.xlsx?" (links(&query.ccg, &query.sort)) } { (t(l, "hub-export-xlsx")) }
        }
        p { (t_args(l, "hub-practices-count", &[("count", rows.len().into())])) }
        div class="pf-table-scroll" tabindex="0" role="region" aria-labelledby="pf-grid-caption" {
            table class="nhsuk-table" id="pf-grid" {
                caption class="nhsuk-table__caption" id="pf-grid-caption" { (t(l, "hub-grid-caption")) }
                thead class="nhsuk-table__head" {
                    tr class="nhsuk-table__row" {
                        th class="nhsuk-table__header" scope="col" { (t(l, "hub-col-practice")) }
                        th class="nhsuk-table__header" scope="col" { (t(l, "hub-col-level")) }
                        th class="nhsuk-table__header" scope="col" { (t(l, "hub-col-tasks-done")) }
                        @for task in &checklist.tasks {
                            th class="nhsuk-table__header" scope="col" { (t(l, &task.title)) }
                        }
                    }
                }
                tbody class="nhsuk-table__body" {
                    @for row in &rows {
                        tr class="nhsuk-table__row" data-ods=(row.ods_code) {
                            (row_header(html! { a href={ "/dashboard/practices/" (row.ods_code) } { (row.name) } }))
                            (cell(level_tag(l, row.level)))
                            (cell(t_args(l, "hub-grid-done", &[("done", row.done().into()), ("total", checklist.tasks.len().into())])))
                            @for task in &row.tasks {
                                @match task {
                                    Some((status, due)) => {
                                        (cell(html! {
                                            (t(l, status_label(*status)))
                                            @if row.overdue(*task) {
                                                " " strong class="nhsuk-tag nhsuk-tag--red" {
                                                    (t_args(l, "hub-grid-overdue-since", &[("due", due.to_string().into())]))
                                                }
                                            }
                                        }))
                                    }
                                    None => (cell(t(l, "hub-grid-not-reported"))),
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    Ok(staff_page(l, &title, &session, Section::Overview, body))
}

/// The grid as an export writes it: a heading row, then a practice a row; every figure the hub holds of each task
/// (its status and due date as last reported, and whether it is overdue today).
fn write_grid<R: Rows>(rows: &[GridRow], out: &mut R) -> Result<(), R::Error> {
    let checklist = Checklist::current();
    let mut heading: Vec<Cell<'_>> =
        ["ods_code", "name", "level", "tasks_done", "tasks_overdue"].map(Cell::from).to_vec();
    for task in &checklist.tasks {
        heading.extend(
            [format!("{}_status", task.id), format!("{}_due", task.id), format!("{}_overdue", task.id)].map(Cell::from),
        );
    }
    out.row(&heading)?;
    let mut cells = Vec::with_capacity(heading.len());
    for row in rows {
        cells.clear();
        cells.extend([
            Cell::from(row.ods_code.as_str()),
            row.name.as_str().into(),
            level_name(row.level).into(),
            Cell::Number(row.done() as i64),
            Cell::Number(row.overdue_count() as i64),
        ]);
        for task in &row.tasks {
            match task {
                Some((status, due)) => cells.extend([
                    status_name(*status).into(),
                    due.to_string().into(),
                    if row.overdue(*task) { "yes" } else { "no" }.into(),
                ]),
                None => cells.extend([Cell::BLANK, Cell::BLANK, Cell::BLANK]),
            }
        }
        out.row(&cells)?;
    }
    Ok(())
}

/// The file name for a CCG's grid: its code is three letters or digits, anything else is left out.
fn file_name(ccg: &str, extension: &str) -> String {
    let safe: String = ccg.chars().filter(char::is_ascii_alphanumeric).collect();
    format!("pathfinder-tasks-{safe}.{extension}")
}

pub async fn grid_csv(State(hub): State<Hub>, session: SignedIn, Query(query): Query<GridQuery>) -> PageResult {
    let rows = grid_rows(&hub, &session, &query).await?;
    let mut csv = CsvText::default();
    let Ok(()) = write_grid(&rows, &mut csv);
    let detail = format!("the task grid of {} ({} practices)", query.ccg, rows.len());
    let name = file_name(&query.ccg, "csv");
    super::export::download(
        &hub,
        &session,
        "export-csv",
        detail,
        "text/csv; charset=utf-8",
        name,
        csv.finish().into_bytes(),
    )
    .await
}

pub async fn grid_xlsx(State(hub): State<Hub>, session: SignedIn, Query(query): Query<GridQuery>) -> PageResult {
    let rows = grid_rows(&hub, &session, &query).await?;
    let bytes = super::xlsx::workbook(&t(&hub.l10n, "hub-grid-sheet"), |book| write_grid(&rows, book))?;
    let detail = format!("the task grid of {} ({} practices)", query.ccg, rows.len());
    let name = file_name(&query.ccg, "xlsx");
    super::export::download(&hub, &session, "export-xlsx", detail, super::export::XLSX, name, bytes).await
}
