//! Smaller faults of the dashboard (issue 17): counts chosen in the singular by Fluent, the CSV link's query string
//! percent-encoded.

use std::sync::Arc;

use axum::http::StatusCode;
use pathfinder_hub::db::Database;

use super::Browser;
use super::auth_matrix::{REGIONAL, staff_fixture};

pub async fn a_count_of_one_reads_in_the_singular(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    let mut browser = Browser::new(&db);
    browser.sign_in(REGIONAL.0, REGIONAL.1).await;
    let list = browser.request("GET", "/dashboard/practices", None).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("<p>1 practice</p>"), "one practice, in the singular: {}", list.body);
    assert!(!list.body.contains("1 practices"));
}

pub async fn the_csv_links_filters_are_percent_encoded(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    let mut browser = Browser::new(&db);
    browser.sign_in(REGIONAL.0, REGIONAL.1).await;
    // The CCG "A&B #1" and sort "name=x": each must stay one value of its own field.
    let list = browser.request("GET", "/dashboard/practices?ccg=A%26B+%231&sort=name%3Dx", None).await;
    assert_eq!(list.status, StatusCode::OK);
    let href = "href=\"/dashboard/practices.csv?ccg=A%26B+%231&amp;level=&amp;sort=name%3Dx&amp;overdue=&amp;stale=\"";
    assert!(list.body.contains(href), "{}", list.body);
    // Followed, the link asks for what the page showed: no practice has that CCG, so the CSV is its header alone.
    let csv = browser.request("GET", "/dashboard/practices.csv?ccg=A%26B+%231&level=&sort=name%3Dx", None).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.body.lines().count(), 1, "{}", csv.body);
}
