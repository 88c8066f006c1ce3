//! A CCG's task grid (issue 17): each practice's tasks as last reported, overdue marked by the hub's date, sorted
//! as asked, and the same grid and the practice list downloaded as CSV and as an Excel workbook.

use std::io::Read;
use std::sync::Arc;

use axum::http::StatusCode;
use pathfinder_hub::db::Database;

use super::{Browser, dashboard_fixture, enrol, row_cells};

/// The XML of a workbook's first sheet.
fn sheet_text(bytes: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("an XLSX is a zip");
    let mut text = String::new();
    archive.by_name("xl/worksheets/sheet1.xml").expect("the sheet").read_to_string(&mut text).unwrap();
    text
}

/// A sheet's cells row by row as a spreadsheet reads them: a number's digits, a text's characters (XML's escapes
/// undone), "" for a blank cell (one not written); each row as long as the first.
fn sheet_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let xml = sheet_text(bytes);
    let rows = xml.split_once("<sheetData>").expect("sheet data").1.split_once("</sheetData>").unwrap().0;
    let mut table: Vec<Vec<String>> = Vec::new();
    for (r, row) in rows.split("</row>").filter(|row| !row.is_empty()).enumerate() {
        assert!(row.starts_with(&format!("<row r=\"{}\">", r + 1)), "row {}: {row}", r + 1);
        let mut cells = vec![String::new(); table.first().map_or(0, Vec::len)];
        for cell in row.split("<c r=\"").skip(1) {
            // The columns here are A to O: one letter.
            let column = usize::from(cell.as_bytes()[0] - b'A');
            assert!(cell[1..].starts_with(&format!("{}\"", r + 1)), "a cell of row {}: {cell}", r + 1);
            let value = match cell.find("<v>") {
                Some(at) => &cell[at + 3..cell.find("</v>").unwrap()],
                None => {
                    let text = &cell[cell.find("<t").expect("a number or a text")..];
                    &text[text.find('>').unwrap() + 1..text.find("</t>").unwrap()]
                }
            };
            if cells.len() <= column {
                cells.resize(column + 1, String::new());
            }
            cells[column] = value
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
        }
        table.push(cells);
    }
    table
}

pub async fn a_ccgs_task_grid_shows_each_practices_tasks_and_exports_them(db: Arc<dyn Database>) {
    let f = dashboard_fixture(db).await; // B82005 reported the example: its briefing was due 2026-02-27, not done
    enrol(&f.db, "B82010").await;
    let mut browser = Browser::new(&f.db);
    browser.sign_in("lead@nhs.net", "correct horse battery").await;

    let overview = browser.request("GET", "/dashboard", None).await;
    assert!(overview.body.contains("href=\"/dashboard/tasks?ccg=02V\""), "the overview links each CCG's grid");
    let grid = browser.request("GET", "/dashboard/tasks?ccg=02V", None).await;
    assert_eq!(grid.status, StatusCode::OK);
    let riverside = row_cells(&grid.body, "pf-grid", "data-ods=\"B82005\"");
    let total = pathfinder_readiness::Checklist::current().tasks.len();
    assert_eq!(riverside[1], format!("2 of {total}"), "completed and not applicable are done: {riverside:?}");
    assert!(riverside.iter().any(|c| c.contains("Overdue since 2026-02-27")), "{riverside:?}");
    let hill = row_cells(&grid.body, "pf-grid", "data-ods=\"B82010\"");
    assert!(hill.iter().skip(2).all(|c| c == "Not reported"), "{hill:?}");
    let by_overdue = browser.request("GET", "/dashboard/tasks?ccg=02V&sort=overdue", None).await;
    let first = by_overdue.body.find("data-ods=\"B82005\"").unwrap();
    assert!(first < by_overdue.body.find("data-ods=\"B82010\"").unwrap(), "most overdue first");
    let by_ods = browser.request("GET", "/dashboard/tasks?ccg=02V&sort=done", None).await;
    let hill_at = by_ods.body.find("data-ods=\"B82010\"").unwrap();
    assert!(hill_at < by_ods.body.find("data-ods=\"B82005\"").unwrap(), "fewest done first");

    let csv = browser.request("GET", "/dashboard/tasks.csv?ccg=02V", None).await;
    assert_eq!(csv.content_type, "text/csv; charset=utf-8");
    let lines: Vec<&str> = csv.body.lines().collect();
    assert!(
        lines[0].starts_with("ods_code,name,level,tasks_done,tasks_overdue,join-pathfinder_status,"),
        "{}",
        lines[0]
    );
    let row = lines.iter().find(|l| l.starts_with("B82005,")).unwrap();
    assert!(row.contains(",at-risk,2,") && row.contains("in-progress,2026-02-27,yes"), "{row}");
    let xlsx = browser.request("GET", "/dashboard/tasks.xlsx?ccg=02V", None).await;
    assert_eq!(xlsx.content_type, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    let sheet = sheet_text(&xlsx.bytes);
    for shown in ["brief-staff_status", "Riverside Surgery", "in-progress", "2026-02-27"] {
        assert!(sheet.contains(shown), "the workbook holds {shown:?}");
    }
    assert!(sheet.contains("<v>2</v>"), "tasks done written as a number");

    let list = browser.request("GET", "/dashboard/practices.xlsx?ccg=02V", None).await;
    assert_eq!(list.status, StatusCode::OK);
    let sheet = sheet_text(&list.bytes);
    assert!(sheet.contains("Riverside Surgery") && sheet.contains("<v>7400</v>"), "the list size, a number");
    // The workbook and the CSV of the whole list hold the same table, cell for cell.
    let workbook = sheet_rows(&browser.request("GET", "/dashboard/practices.xlsx", None).await.bytes);
    let csv = browser.request("GET", "/dashboard/practices.csv", None).await;
    let csv: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.body.as_bytes())
        .records()
        .map(|record| record.unwrap().iter().map(str::to_owned).collect())
        .collect();
    assert!(csv.len() > 2 && csv[0].len() == 15, "{csv:?}");
    assert_eq!(workbook, csv);

    // A regional user sees only the CCGs granted: another's grid is not found, nor its downloads.
    let mut somerset = Browser::new(&f.db);
    somerset.sign_in("somerset@nhs.net", "quantock hills 2015").await;
    for uri in ["/dashboard/tasks?ccg=02V", "/dashboard/tasks.csv?ccg=02V", "/dashboard/tasks.xlsx?ccg=02V"] {
        assert_eq!(somerset.request("GET", uri, None).await.status, StatusCode::NOT_FOUND, "{uri}");
    }
    assert_eq!(somerset.request("GET", "/dashboard/tasks?ccg=11X", None).await.status, StatusCode::OK);
}
