//! A practice's page as a regional lead reads it (issue 17): dates written out in the UK's clock, its window and
//! first extract, what stands in its way today, its objections at each search (Type 2 only where its pilot offers
//! it), what it printed, and each time it enrolled with whether that access is still in use.

use std::sync::Arc;

use axum::http::StatusCode;
use pathfinder_hub::admin;
use pathfinder_hub::db::{Database, ObjectionTypes};

use super::{Browser, dashboard_fixture, row_cells};

pub async fn a_practice_page_says_what_a_regional_lead_acts_on(db: Arc<dyn Database>) {
    let f = dashboard_fixture(db).await; // B82005 has reported the version 2 example
    let mut browser = Browser::new(&f.db);
    browser.sign_in("lead@nhs.net", "correct horse battery").await;
    let page = browser.request("GET", "/dashboard/practices/B82005", None).await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    for shown in [
        "id=\"pf-window\">2 March 2026 to 13 April 2026<",
        "id=\"pf-extract\">27 April 2026<",
        "due 27 February 2026, not done",
        "in the week of 9 March 2026, with 10.0 hours to do it",
        "Letter to patients",
    ] {
        assert!(body.contains(shown), "the page shows {shown:?}");
    }
    assert!(!body.contains("T09:") && !body.contains("+00:00"), "no RFC 3339 text on the page");
    assert_eq!(row_cells(body, "pf-searches", "23 February 2026"), ["31", "4"], "the baseline search, both types");
    let polish = "<td class=\"nhsuk-table__cell\">pl<";
    assert_eq!(row_cells(body, "pf-notices", polish), ["pl", "Large print", "12"], "letters in Polish, large print");
    let token = row_cells(body, "pf-tokens", "<tbody");
    assert_eq!(token[1], "In use");
    assert!(token[0].ends_with(" 2026") || token[0].contains(", "), "enrolled at a written-out moment: {token:?}");

    // Enrolling again ends the first access: the page lists both, the first revoked.
    super::enrol(&f.db, "B82005").await;
    let page = browser.request("GET", "/dashboard/practices/B82005", None).await;
    assert_eq!(page.body.matches("Revoked ").count(), 1, "the first access, revoked");
    assert_eq!(page.body.matches(">In use<").count(), 1, "the second, in use");

    // Where the pilot offers Type 1 only, the page never speaks of Type 2.
    let start = time::macros::date!(2026 - 03 - 02);
    admin::set_window(f.db.as_ref(), "02V", start, 6, None, Some(ObjectionTypes::TYPE1_ONLY), "test").await.unwrap();
    let page = browser.request("GET", "/dashboard/practices/B82005", None).await;
    assert_eq!(row_cells(&page.body, "pf-searches", "23 February 2026"), ["31"], "Type 1 only");
    let overview = browser.request("GET", "/dashboard", None).await;
    let leeds = row_cells(&overview.body, "pf-overview-returns", "data-ccg=\"02V\"");
    assert_eq!(&leeds[2..4], ["7.4", "Not offered in this pilot"], "nor does the overview's row for the CCG");
}

/// The nation's list comes a page of 100 at a time, with links on; the CSV holds every practice.
pub async fn the_practice_list_comes_a_page_at_a_time(db: Arc<dyn Database>) {
    let mut file = String::from("ods_code,name,ccg\n");
    for n in 0..250 {
        file.push_str(&format!("Y{:05},Practice {n},{}\n", 10_000 + n, if n < 200 { "02V" } else { "11X" }));
    }
    admin::import_practices(db.as_ref(), "list.csv", &file, "test").await.unwrap();
    admin::add_user(
        db.as_ref(),
        "lead@nhs.net",
        "correct horse battery",
        pathfinder_hub::db::UserRole::National,
        &[],
        "t",
    )
    .await
    .unwrap();
    let mut browser = Browser::new(&db);
    browser.sign_in("lead@nhs.net", "correct horse battery").await;
    let rows = |body: &str| body.matches("<tr class=\"nhsuk-table__row\" data-ods=").count();
    let first = browser.request("GET", "/dashboard/practices", None).await;
    assert_eq!(rows(&first.body), 100);
    assert!(first.body.contains("Showing practices 1 to 100 of 250"), "where the page is");
    assert!(first.body.contains("page=2\"") && !first.body.contains("page=0"), "a link on, none back");
    let last = browser.request("GET", "/dashboard/practices?page=3", None).await;
    assert_eq!(rows(&last.body), 50);
    assert!(last.body.contains("Showing practices 201 to 250 of 250") && last.body.contains("page=2\""));
    let past = browser.request("GET", "/dashboard/practices?page=99", None).await;
    assert_eq!(rows(&past.body), 50, "a page past the last shows the last");
    let one_ccg = browser.request("GET", "/dashboard/practices?ccg=11X", None).await;
    assert_eq!(rows(&one_ccg.body), 50);
    assert!(!one_ccg.body.contains("Showing practices"), "one page: no pages to go through");
    let csv = browser.request("GET", "/dashboard/practices.csv?page=2", None).await;
    assert_eq!(csv.body.lines().count(), 251, "the download holds every practice");
    // Read in more than one batch, and written in the list's order all the same.
    let codes: Vec<&str> = csv.body.lines().skip(1).map(|line| line.split(',').next().unwrap()).collect();
    let expected: Vec<String> = (0..250).map(|n| format!("Y{:05}", 10_000 + n)).collect();
    assert_eq!(codes, expected);
}
