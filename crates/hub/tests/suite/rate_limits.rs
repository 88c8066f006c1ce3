//! The limits on guessing: a key (an email address signing in, an ODS code enrolling) is locked by its fifth
//! failure in a quarter of an hour, not by its fourth, and one key's failures do not lock another.

use std::sync::Arc;

use axum::http::StatusCode;
use pathfinder_hub::db::Database;
use pathfinder_hub::{Hub, admin};
use serde_json::json;
use time::OffsetDateTime;

use super::auth_matrix::{NATIONAL, REGIONAL, send, sign_in, staff_fixture};

pub async fn rate_limits_lock_at_the_fifth_failure_and_not_before(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    let hub = Hub::new(db.clone());
    let (lead, password) = NATIONAL;
    let sign_in_status = |email: &'static str, password: &'static str| {
        let hub = hub.clone();
        async move { sign_in(&hub, email, password).await.status }
    };

    for attempt in 1..=4 {
        assert_eq!(sign_in_status(lead, "a guess").await, StatusCode::UNAUTHORIZED, "wrong password {attempt}");
    }
    assert_eq!(sign_in_status(lead, password).await, StatusCode::SEE_OTHER, "four failures do not lock");
    for attempt in 1..=5 {
        let status = sign_in_status(lead, "a guess").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "a signed-in success cleared the count: wrong password {attempt}");
    }
    assert_eq!(sign_in_status(lead, password).await, StatusCode::TOO_MANY_REQUESTS, "the fifth failure locks");
    assert_eq!(sign_in_status("LEAD@NHS.net", password).await, StatusCode::TOO_MANY_REQUESTS, "in any case");
    assert_eq!(sign_in_status(lead, "a guess").await, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(sign_in_status(REGIONAL.0, REGIONAL.1).await, StatusCode::SEE_OTHER, "another address is unaffected");

    let enrol = |ods: &'static str, code: String| {
        let hub = hub.clone();
        async move {
            let body = json!({ "odsCode": ods, "code": code }).to_string();
            send(&hub, "POST", "/api/v1/enrol", &[], body).await.status
        }
    };
    let code = |ods: &'static str| {
        let db = db.clone();
        async move { admin::issue_enrolment_code(db.as_ref(), ods, "test", OffsetDateTime::now_utc()).await.unwrap() }
    };
    for attempt in 1..=4 {
        assert_eq!(enrol("B82010", format!("WRNG-000{attempt}")).await, StatusCode::FORBIDDEN);
    }
    assert_eq!(enrol("B82010", code("B82010").await).await, StatusCode::CREATED, "four wrong codes do not lock");
    // Enrolling does not clear the count, unlike signing in: the fifth wrong code in the quarter hour locks.
    assert_eq!(enrol("B82010", "WRNG-0005".into()).await, StatusCode::FORBIDDEN);
    assert_eq!(enrol("B82010", code("B82010").await).await, StatusCode::TOO_MANY_REQUESTS, "the fifth failure locks");
    assert_eq!(enrol("b82010", code("B82010").await).await, StatusCode::TOO_MANY_REQUESTS, "in any case");
    assert_eq!(enrol("L85001", code("L85001").await).await, StatusCode::CREATED, "another practice is unaffected");
}
