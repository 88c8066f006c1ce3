//! A practice's tokens: enrolling again ends the tokens issued before, and one token may not store submissions
//! without end.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use pathfinder_hub::db::Database;
use pathfinder_hub::{Hub, admin, app};
use serde_json::{Value, json};
use time::OffsetDateTime;
use tower::ServiceExt;

use super::EXAMPLE;
use super::auth_matrix::{REGIONAL, send, staff_fixture};

fn example_with_id(id: &str) -> String {
    let mut body: Value = serde_json::from_str(EXAMPLE).unwrap();
    body["submissionId"] = json!(id);
    body.to_string()
}

async fn enrol(hub: &Hub, db: &Arc<dyn Database>, ods: &str) -> String {
    let code = admin::issue_enrolment_code(db.as_ref(), ods, "test", OffsetDateTime::now_utc()).await.unwrap();
    let answer = send(hub, "POST", "/api/v1/enrol", &[], json!({ "odsCode": ods, "code": code }).to_string()).await;
    assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
    serde_json::from_str::<serde_json::Value>(&answer.body).unwrap()["token"].as_str().unwrap().to_owned()
}

/// The status, body and Retry-After of a submission.
async fn submit(hub: &Hub, token: &str, body: String) -> (StatusCode, String, String) {
    let request = Request::post("/api/v1/submissions")
        .header("authorization", format!("Bearer {token}"))
        .header("content-type", "application/json")
        .body(Body::from(body))
        .unwrap();
    let response = app(hub.clone()).oneshot(request).await.unwrap();
    let status = response.status();
    let retry = response.headers().get("retry-after").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned(), retry)
}

pub async fn enrolling_again_revokes_the_earlier_token(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    let hub = Hub::new(db.clone());
    let first = enrol(&hub, &db, "B82005").await;
    assert_eq!(submit(&hub, &first, EXAMPLE.into()).await.0, StatusCode::CREATED);
    let second = enrol(&hub, &db, "B82005").await;
    let (status, body, _) = submit(&hub, &first, example_with_id("6f1c2f9e-1d9b-4c0e-9a57-2b3c4d5e6f70")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "the earlier token ended: {body}");
    let again = submit(&hub, &second, example_with_id("6f1c2f9e-1d9b-4c0e-9a57-2b3c4d5e6f71")).await;
    assert_eq!(again.0, StatusCode::CREATED, "{}", again.1);
}

pub async fn a_token_over_its_hourly_rate_waits(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    let hub = Hub { submissions_per_hour: 3, ..Hub::new(db.clone()) };
    let token = enrol(&hub, &db, "B82005").await;
    for n in 0..3 {
        let id = format!("6f1c2f9e-1d9b-4c0e-9a57-2b3c4d5e6f8{n}");
        assert_eq!(submit(&hub, &token, example_with_id(&id)).await.0, StatusCode::CREATED, "submission {n}");
    }
    let (status, body, retry) = submit(&hub, &token, example_with_id("6f1c2f9e-1d9b-4c0e-9a57-2b3c4d5e6f89")).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert!(body.contains("too-many-submissions"), "{body}");
    let seconds: u64 = retry.parse().unwrap();
    assert!((3500..=3600).contains(&seconds), "Retry-After is when the hour's first ages out: {seconds}");
    let other = enrol(&hub, &db, "L85001").await;
    let mut other_example: Value = serde_json::from_str(EXAMPLE).unwrap();
    other_example["odsCode"] = json!("L85001");
    other_example["practice"]["ccgCode"] = json!("11X");
    let (status, body, _) = submit(&hub, &other, other_example.to_string()).await;
    assert_eq!(status, StatusCode::CREATED, "another practice has its own count: {body}");
}

/// A regional lead revokes a practice's access from its dashboard page (a lost laptop): the token stops working at
/// once, the page says so, and a lead of another region cannot.
pub async fn a_lead_revokes_a_practices_access_from_the_dashboard(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    let hub = Hub::new(db.clone());
    let token = enrol(&hub, &db, "L85001").await;
    assert_eq!(
        submit(&hub, &token, l85001_example("6f1c2f9e-1d9b-4c0e-9a57-2b3c4d5e6f90")).await.0,
        StatusCode::CREATED
    );

    let mut lead = super::Browser::new(&db);
    lead.sign_in(REGIONAL.0, REGIONAL.1).await;
    let page = lead.request("GET", "/dashboard/practices/L85001", None).await;
    assert!(page.body.contains("Revoke the practice"), "{}", page.body);
    let csrf = super::Browser::csrf(&page);
    let revoked = lead.request("POST", "/dashboard/practices/L85001/revoke", Some(&[("csrf", &csrf)])).await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    let shown = lead.request("GET", "/dashboard/practices/L85001?revoked=1", None).await;
    assert!(shown.body.contains("Access revoked"), "{}", shown.body);
    let (status, body, _) = submit(&hub, &token, l85001_example("6f1c2f9e-1d9b-4c0e-9a57-2b3c4d5e6f91")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "the token ended: {body}");

    let other = enrol(&hub, &db, "B82005").await;
    let outsider = lead.request("POST", "/dashboard/practices/B82005/revoke", Some(&[("csrf", &csrf)])).await;
    assert_eq!(outsider.status, StatusCode::NOT_FOUND, "another region's practice");
    assert_eq!(submit(&hub, &other, EXAMPLE.into()).await.0, StatusCode::CREATED, "its token still works");
}

fn l85001_example(id: &str) -> String {
    let mut body: Value = serde_json::from_str(EXAMPLE).unwrap();
    body["submissionId"] = json!(id);
    body["odsCode"] = json!("L85001");
    body["practice"]["ccgCode"] = json!("11X");
    body.to_string()
}
