//! The storage and API suite, run on each backend by tests/api_sqlite.rs and tests/api_postgres.rs: the router
//! through `oneshot`, and once over a real port.

pub mod auth_matrix;
pub mod codes;
pub mod email;
pub mod faults;
pub mod grid;
pub mod hostile;
pub mod messages;
pub mod practice_list;
pub mod practice_page;
pub mod rate_limits;
pub mod tokens;
pub mod users;
pub mod windows;

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use pathfinder_client::{HubClient, SendError};
use pathfinder_hub::db::{Database, UserRole};
use pathfinder_hub::{Hub, admin, app};
use serde_json::{Value, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use tower::ServiceExt;

/// What the app sends now.
const EXAMPLE: &str = include_str!("../../../protocol/examples/submission-v2.json");
/// What an app not yet updated sends: still read, and stored upgraded.
const EXAMPLE_V1: &str = include_str!("../../../protocol/examples/submission-v1.json");

pub struct Fixture {
    pub db: Arc<dyn Database>,
}

async fn fixture(db: Arc<dyn Database>) -> Fixture {
    let csv = "ods_code,name,ccg\nB82005,Riverside Surgery,02V\nB82010,\"Hill, Dale and Partners\",02V\nL85001,Quantock Practice,11X\n";
    assert_eq!(admin::import_practices(db.as_ref(), "practices.csv", csv, "test").await.unwrap(), 3);
    Fixture { db }
}

async fn call(
    db: &Arc<dyn Database>,
    method: &str,
    uri: &str,
    token: Option<&str>,
    body: Option<String>,
) -> (StatusCode, Value) {
    let mut request = Request::builder().method(method).uri(uri).header("content-type", "application/json");
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    let response =
        app(Hub::new(db.clone())).oneshot(request.body(Body::from(body.unwrap_or_default())).unwrap()).await.unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&bytes).unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into())))
}

async fn enrol(db: &Arc<dyn Database>, ods: &str) -> String {
    let code = admin::issue_enrolment_code(db.as_ref(), ods, "test", OffsetDateTime::now_utc()).await.unwrap();
    let (status, body) =
        call(db, "POST", "/api/v1/enrol", None, Some(json!({ "odsCode": ods, "code": code }).to_string())).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    body["token"].as_str().unwrap().to_owned()
}

pub async fn enrolment_codes_are_one_time_expiring_and_for_one_practice(db: Arc<dyn Database>) {
    let f = fixture(db).await;
    let code = admin::issue_enrolment_code(f.db.as_ref(), "B82005", "test", OffsetDateTime::now_utc()).await.unwrap();
    let body = |ods: &str, code: &str| Some(json!({ "odsCode": ods, "code": code }).to_string());

    let (status, error) = call(&f.db, "POST", "/api/v1/enrol", None, body("B82010", &code)).await;
    assert_eq!((status, error["code"].as_str()), (StatusCode::FORBIDDEN, Some("enrolment-code-unknown")));
    let (status, enrolled) = call(&f.db, "POST", "/api/v1/enrol", None, body("b82005", &code.to_lowercase())).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(enrolled["odsCode"], "B82005");
    assert_eq!(enrolled["token"].as_str().unwrap().len(), 64);
    let (status, error) = call(&f.db, "POST", "/api/v1/enrol", None, body("B82005", &code)).await;
    assert_eq!((status, error["code"].as_str()), (StatusCode::FORBIDDEN, Some("enrolment-code-used")));

    let old = OffsetDateTime::now_utc() - time::Duration::days(admin::ENROLMENT_CODE_DAYS + 1);
    let stale = admin::issue_enrolment_code(f.db.as_ref(), "B82010", "test", old).await.unwrap();
    let (status, error) = call(&f.db, "POST", "/api/v1/enrol", None, body("B82010", &stale)).await;
    assert_eq!((status, error["code"].as_str()), (StatusCode::FORBIDDEN, Some("enrolment-code-expired")));
    let (status, error) = call(&f.db, "POST", "/api/v1/enrol", None, Some("{\"odsCode\": 1}".into())).await;
    assert_eq!((status, error["code"].as_str()), (StatusCode::BAD_REQUEST, Some("invalid-value")));
}

pub async fn guessing_enrolment_codes_is_stopped(db: Arc<dyn Database>) {
    let f = fixture(db).await;
    let code = admin::issue_enrolment_code(f.db.as_ref(), "L85001", "test", OffsetDateTime::now_utc()).await.unwrap();
    let hub = Hub::new(f.db.clone());
    let attempt = |code: String| {
        let hub = hub.clone();
        async move {
            let body = json!({ "odsCode": "L85001", "code": code }).to_string();
            let request = Request::builder().method("POST").uri("/api/v1/enrol").body(Body::from(body)).unwrap();
            app(hub).oneshot(request).await.unwrap().status()
        }
    };
    for guess in ["AAAA-AAAA", "BBBB-BBBB", "CCCC-CCCC", "DDDD-DDDD", "EEEE-EEEE"] {
        assert_eq!(attempt(guess.into()).await, StatusCode::FORBIDDEN);
    }
    assert_eq!(attempt(code).await, StatusCode::TOO_MANY_REQUESTS, "even the right code waits once locked");
}

pub async fn a_submission_is_stored_once_and_a_repeat_gets_the_first_receipt(db: Arc<dyn Database>) {
    let f = fixture(db).await;
    let token = enrol(&f.db, "B82005").await;
    let (status, first) = call(&f.db, "POST", "/api/v1/submissions", Some(&token), Some(EXAMPLE.into())).await;
    assert_eq!(status, StatusCode::CREATED, "{first}");
    assert_eq!(first["receiptId"].as_str().unwrap().len(), 36);
    let (status, again) = call(&f.db, "POST", "/api/v1/submissions", Some(&token), Some(EXAMPLE.into())).await;
    assert_eq!((status, &again), (StatusCode::OK, &first));
    assert_eq!(f.db.submission_count().await.unwrap(), 1);

    let mut changed: Value = serde_json::from_str(EXAMPLE).unwrap();
    changed["readiness"]["level"] = json!("ready");
    let (status, error) = call(&f.db, "POST", "/api/v1/submissions", Some(&token), Some(changed.to_string())).await;
    assert_eq!((status, error["code"].as_str()), (StatusCode::CONFLICT, Some("submission-id-reused")));
    assert_eq!(f.db.submission_count().await.unwrap(), 1, "a changed replay stores nothing");

    let (status, metrics) = call(&f.db, "GET", "/metrics", None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(metrics.as_str().unwrap().contains("pathfinder_hub_submissions_stored 1"));
}

pub async fn refusals_say_why_and_store_nothing(db: Arc<dyn Database>) {
    let f = fixture(db).await;
    let token = enrol(&f.db, "B82005").await;
    let other = enrol(&f.db, "B82010").await;
    let example: Value = serde_json::from_str(EXAMPLE).unwrap();
    let mut bad = example.clone();
    bad["searches"][0]["type1"] = json!(-4);
    let mut unknown = example.clone();
    unknown["patientNames"] = json!(["A Patient"]);
    let mut impossible = example.clone();
    impossible["window"]["start"] = json!("2026-02-30");
    let cases = [
        (Some(token.clone()), unknown.to_string(), StatusCode::BAD_REQUEST, "unknown-field", "patientNames"),
        (Some(token.clone()), impossible.to_string(), StatusCode::BAD_REQUEST, "invalid-value", "window.start"),
        (None, EXAMPLE.to_owned(), StatusCode::UNAUTHORIZED, "no-credential", ""),
        (Some("0".repeat(64)), EXAMPLE.to_owned(), StatusCode::UNAUTHORIZED, "bad-credential", ""),
        (Some(other.clone()), EXAMPLE.to_owned(), StatusCode::FORBIDDEN, "wrong-practice", ""),
        (Some(token.clone()), bad.to_string(), StatusCode::BAD_REQUEST, "invalid-value", "searches[0].type1"),
        (Some(token.clone()), "{".to_owned(), StatusCode::BAD_REQUEST, "malformed", ""),
        (Some(token.clone()), " ".repeat(70_000), StatusCode::PAYLOAD_TOO_LARGE, "too-large", ""),
    ];
    for (credential, body, status, code, field) in cases {
        let (got, error) = call(&f.db, "POST", "/api/v1/submissions", credential.as_deref(), Some(body)).await;
        assert_eq!((got, error["code"].as_str(), error["field"].as_str().unwrap_or("")), (status, Some(code), field));
    }
    assert_eq!(f.db.submission_count().await.unwrap(), 0);

    assert_eq!(admin::revoke(f.db.as_ref(), "B82005", "test").await.unwrap(), 1);
    let (status, _) = call(&f.db, "POST", "/api/v1/submissions", Some(&token), Some(EXAMPLE.into())).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "a revoked token is refused");
    assert_eq!(f.db.submission_count().await.unwrap(), 0);
}

pub async fn a_practice_pulls_its_regions_window(db: Arc<dyn Database>) {
    let f = fixture(db).await;
    let token = enrol(&f.db, "B82005").await;
    let (status, config) = call(&f.db, "GET", "/api/v1/practice/config", Some(&token), None).await;
    assert_eq!((status, &config["window"]), (StatusCode::OK, &Value::Null));
    let start = time::macros::date!(2026 - 03 - 02);
    admin::set_window(f.db.as_ref(), "02v", start, 6, None, None, "test").await.unwrap();
    admin::set_window(f.db.as_ref(), "11X", start, 8, None, None, "test").await.unwrap();
    let (_, config) = call(&f.db, "GET", "/api/v1/practice/config", Some(&token), None).await;
    assert_eq!(config["window"]["start"], "2026-03-02");
    assert_eq!(config["window"]["weeks"], 6);
    assert_eq!(config["window"]["firstExtract"], "2026-04-27");
    assert!(admin::set_window(f.db.as_ref(), "02V", start, 6, Some(start), None, "test").await.is_err());
}

/// Which objection types a pilot offers is the programme's decision: set for a CCG with its window, served to its
/// practices with the window, both until set, and kept when the window is set again without them.
pub async fn a_practice_pulls_the_objection_types_its_region_offers(db: Arc<dyn Database>) {
    use pathfinder_hub::db::ObjectionTypes;
    let f = fixture(db).await;
    let token = enrol(&f.db, "B82005").await;
    let other = enrol(&f.db, "L85001").await;
    let types = |config: &Value| config["objectionTypes"].clone();
    let (status, config) = call(&f.db, "GET", "/api/v1/practice/config", Some(&token), None).await;
    assert_eq!((status, types(&config)), (StatusCode::OK, json!(["type1", "type2"])), "both until a CCG sets them");

    let start = time::macros::date!(2026 - 03 - 02);
    let (_, set) = admin::set_window(f.db.as_ref(), "02V", start, 6, None, Some(ObjectionTypes::TYPE1_ONLY), "test")
        .await
        .unwrap();
    assert_eq!(set, ObjectionTypes::TYPE1_ONLY);
    admin::set_window(f.db.as_ref(), "11X", start, 6, None, None, "test").await.unwrap();
    let (_, config) = call(&f.db, "GET", "/api/v1/practice/config", Some(&token), None).await;
    assert_eq!((types(&config), &config["window"]["weeks"]), (json!(["type1"]), &json!(6)));
    let (_, config) = call(&f.db, "GET", "/api/v1/practice/config", Some(&other), None).await;
    assert_eq!(types(&config), json!(["type1", "type2"]), "another CCG's pilot keeps both");

    let (_, kept) = admin::set_window(f.db.as_ref(), "02V", start, 7, None, None, "test").await.unwrap();
    assert_eq!(kept, ObjectionTypes::TYPE1_ONLY, "a window set again without types keeps them");
    let (_, config) = call(&f.db, "GET", "/api/v1/practice/config", Some(&token), None).await;
    assert_eq!((types(&config), &config["window"]["weeks"]), (json!(["type1"]), &json!(7)));
    let parsed: pathfinder_protocol::PracticeConfig = serde_json::from_value(config).unwrap();
    assert_eq!(parsed.objection_types, ObjectionTypes::TYPE1_ONLY);

    admin::set_window(f.db.as_ref(), "02V", start, 7, None, Some(ObjectionTypes::BOTH), "test").await.unwrap();
    assert_eq!(f.db.objection_types("02V").await.unwrap(), ObjectionTypes::BOTH);
    assert_eq!(f.db.objection_types("99Z").await.unwrap(), ObjectionTypes::BOTH, "a CCG with nothing set");
}

pub async fn a_bad_practice_list_is_refused_whole_with_the_line_at_fault(db: Arc<dyn Database>) {
    let f = fixture(db).await;
    let csv = "ods_code,name,ccg\nC81001,Good Practice,03C\nNOT-ODS,Bad Practice,03C\n";
    let error = admin::import_practices(f.db.as_ref(), "list.csv", csv, "test").await.unwrap_err();
    assert_eq!(error.to_string(), "list.csv, line 3, field ods_code: the ODS code is not a letter and five digits");
    assert!(f.db.practice("C81001").await.unwrap().is_none(), "nothing of a bad file is stored");
    assert_eq!(f.db.practice("B82010").await.unwrap().unwrap().name, "Hill, Dale and Partners");
}

pub async fn the_service_answers_the_apps_client_on_a_real_port(db: Arc<dyn Database>) {
    let f = fixture(db).await;
    let (status, openapi) = call(&f.db, "GET", "/api/v1/openapi.json", None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(openapi["paths"]["/api/v1/submissions"]["post"].is_object());
    assert_eq!(call(&f.db, "GET", "/healthz", None, None).await, (StatusCode::OK, Value::String("ok".into())));
    let code = admin::issue_enrolment_code(f.db.as_ref(), "B82005", "test", OffsetDateTime::now_utc()).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(pathfinder_hub::serve::serve(
        listener,
        app(Hub::new(f.db.clone())),
        pathfinder_hub::serve::Options::default(),
        std::future::pending(),
    ));
    let client = HubClient::new(&base).unwrap();

    let refused = client.enrol("B82005", "not-the-code").await.unwrap_err();
    assert!(matches!(&refused, SendError::Refused { status: 403, body } if body.code == "enrolment-code-unknown"));
    let enrolled = client.enrol("b82005", &code).await.unwrap();
    assert_eq!(enrolled.ods_code, "B82005");

    let receipt = client.submit(&enrolled.token, EXAMPLE.as_bytes().to_vec()).await.unwrap();
    let again = client.submit(&enrolled.token, EXAMPLE.as_bytes().to_vec()).await.unwrap();
    assert_eq!(again, receipt, "a repeat gets the first receipt");
    let config = client.config(&enrolled.token).await.unwrap();
    assert_eq!((config.ods_code.as_str(), config.ccg_code.as_str()), ("B82005", "02V"));

    let unknown = client.submit("no-such-token", EXAMPLE.as_bytes().to_vec()).await.unwrap_err();
    assert!(matches!(&unknown, SendError::Refused { status: 401, body } if body.code == "bad-credential"));
    let other = EXAMPLE.replace("B82005", "B82010");
    let wrong = client.submit(&enrolled.token, other.into_bytes()).await.unwrap_err();
    assert!(matches!(&wrong, SendError::Refused { status: 403, body } if body.code == "wrong-practice"), "{wrong:?}");
    assert_eq!(f.db.submission_count().await.unwrap(), 1);

    server.abort();
    let _ = server.await;
    let gone = client.submit(&enrolled.token, EXAMPLE.as_bytes().to_vec()).await.unwrap_err();
    assert!(matches!(gone, SendError::Retry { after: None, .. }), "a hub that is down is tried again: {gone:?}");
}

/// A browser's worth of the dashboard: cookies kept between requests.
struct Browser {
    hub: Hub,
    cookies: Vec<(String, String)>,
}

struct Page {
    status: StatusCode,
    location: String,
    body: String,
    content_type: String,
    /// The body as sent, for downloads that are not text.
    bytes: Vec<u8>,
}

impl Browser {
    fn new(db: &Arc<dyn Database>) -> Self {
        Self { hub: Hub::new(db.clone()), cookies: Vec::new() }
    }

    async fn request(&mut self, method: &str, uri: &str, form: Option<&[(&str, &str)]>) -> Page {
        let mut request = Request::builder().method(method).uri(uri);
        let cookie: Vec<String> = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
        if !cookie.is_empty() {
            request = request.header("cookie", cookie.join("; "));
        }
        let body = match form {
            Some(fields) => {
                request = request.header("content-type", "application/x-www-form-urlencoded");
                fields
                    .iter()
                    .map(|(k, v)| format!("{k}={}", v.replace('@', "%40").replace(' ', "+")))
                    .collect::<Vec<_>>()
                    .join("&")
            }
            None => String::new(),
        };
        let response = app(self.hub.clone()).oneshot(request.body(Body::from(body)).unwrap()).await.unwrap();
        for value in response.headers().get_all("set-cookie") {
            let pair = value.to_str().unwrap().split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            self.cookies.retain(|(k, _)| k != name);
            if !value.is_empty() {
                self.cookies.push((name.to_owned(), value.to_owned()));
            }
        }
        let status = response.status();
        let header =
            |name: &str| response.headers().get(name).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
        let (location, content_type) = (header("location"), header("content-type"));
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Page {
            status,
            location,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            content_type,
            bytes: bytes.to_vec(),
        }
    }

    fn csrf(page: &Page) -> String {
        let at = page.body.find("name=\"csrf\" value=\"").expect("the page has a CSRF field") + 19;
        page.body[at..at + 64].to_owned()
    }

    async fn sign_in(&mut self, email: &str, password: &str) -> Page {
        let form = self.request("GET", "/dashboard/login", None).await;
        let csrf = Self::csrf(&form);
        self.request("POST", "/dashboard/login", Some(&[("email", email), ("password", password), ("csrf", &csrf)]))
            .await
    }
}

async fn dashboard_fixture(db: Arc<dyn Database>) -> Fixture {
    let f = fixture(db).await;
    admin::add_user(f.db.as_ref(), "Lead@NHS.net", "correct horse battery", UserRole::National, &[], "test")
        .await
        .unwrap();
    admin::add_user(
        f.db.as_ref(),
        "somerset@nhs.net",
        "quantock hills 2015",
        UserRole::Regional,
        &["11X".into()],
        "test",
    )
    .await
    .unwrap();
    admin::set_user_issue_codes(f.db.as_ref(), "somerset@nhs.net", true, "test").await.unwrap();
    let token = enrol(&f.db, "B82005").await;
    let (status, _) = call(&f.db, "POST", "/api/v1/submissions", Some(&token), Some(EXAMPLE.into())).await;
    assert_eq!(status, StatusCode::CREATED);
    f
}

pub async fn staff_sign_in_with_a_csrf_token_and_see_the_overview(db: Arc<dyn Database>) {
    let f = dashboard_fixture(db).await;
    let mut browser = Browser::new(&f.db);
    let away = browser.request("GET", "/dashboard", None).await;
    assert_eq!((away.status, away.location.as_str()), (StatusCode::SEE_OTHER, "/dashboard/login"));

    let form = browser.request("GET", "/dashboard/login", None).await;
    let forged = browser
        .request(
            "POST",
            "/dashboard/login",
            Some(&[("email", "lead@nhs.net"), ("password", "correct horse battery"), ("csrf", &"0".repeat(64))]),
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN, "a sign-in without the form's CSRF token is refused");
    let csrf = Browser::csrf(&form);
    let wrong = browser
        .request("POST", "/dashboard/login", Some(&[("email", "lead@nhs.net"), ("password", "wrong"), ("csrf", &csrf)]))
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.body.contains("The email address or password is not right"));

    let signed_in = browser.sign_in("lead@nhs.net", "correct horse battery").await;
    assert_eq!((signed_in.status, signed_in.location.as_str()), (StatusCode::SEE_OTHER, "/dashboard"));
    let overview = browser.request("GET", "/dashboard", None).await;
    assert_eq!(overview.status, StatusCode::OK);
    assert!(overview.content_type.starts_with("text/html"));
    for ccg in ["data-ccg=\"02V\"", "data-ccg=\"11X\""] {
        assert!(overview.body.contains(ccg), "a national user sees {ccg}");
    }

    let trend = browser.request("GET", "/dashboard/trend", None).await;
    assert_eq!(trend.status, StatusCode::OK);
    let last_week = trend.body.rsplit("<tr class=\"nhsuk-table__row\">").next().unwrap();
    let cells: Vec<&str> =
        last_week.split("<td class=\"nhsuk-table__cell\">").skip(1).map(|c| &c[..c.find('<').unwrap()]).collect();
    assert_eq!(cells, ["0", "0", "0", "1", "0"], "this week: one practice at risk");

    let page = browser.request("GET", "/dashboard/practices/B82005", None).await;
    assert!(page.body.contains("Riverside Surgery") && page.body.contains("At risk"), "{}", page.body);
    let logout = browser.request("POST", "/dashboard/logout", Some(&[("csrf", "forged")])).await;
    assert_eq!(logout.status, StatusCode::FORBIDDEN, "signing out needs the session's CSRF token");
    let csrf = Browser::csrf(&page);
    let logout = browser.request("POST", "/dashboard/logout", Some(&[("csrf", &csrf)])).await;
    assert_eq!(logout.status, StatusCode::SEE_OTHER);
    assert_eq!(browser.request("GET", "/dashboard", None).await.status, StatusCode::SEE_OTHER, "the session is gone");
}

pub async fn a_regional_user_sees_only_the_ccgs_granted(db: Arc<dyn Database>) {
    let f = dashboard_fixture(db).await;
    let mut browser = Browser::new(&f.db);
    browser.sign_in("somerset@nhs.net", "quantock hills 2015").await;
    let overview = browser.request("GET", "/dashboard", None).await;
    assert!(overview.body.contains("data-ccg=\"11X\""));
    assert!(!overview.body.contains("02V"), "another region's CCG is not shown");
    let list = browser.request("GET", "/dashboard/practices", None).await;
    assert!(list.body.contains("L85001") && !list.body.contains("B82005"));
    let other = browser.request("GET", "/dashboard/practices/B82005", None).await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
    assert!(other.content_type.starts_with("text/html"), "a person gets a page, not JSON");
    assert!(other.body.contains("Page not found") && other.body.contains("not in your region"));
    let csv = browser.request("GET", "/dashboard/practices.csv", None).await;
    assert!(csv.body.contains("L85001") && !csv.body.contains("B82005"));
}

pub async fn the_practice_list_filters_sorts_and_exports_safe_csv(db: Arc<dyn Database>) {
    let f = dashboard_fixture(db).await;
    f.db.upsert_practices(
        &[pathfinder_hub::db::Practice {
            ods_code: "B82099".into(),
            name: "=cmd|' /C calc'!A0".into(),
            ccg_code: "02V".into(),
        }],
        &[],
    )
    .await
    .unwrap();
    let mut browser = Browser::new(&f.db);
    browser.sign_in("lead@nhs.net", "correct horse battery").await;
    let at_risk = browser.request("GET", "/dashboard/practices?ccg=02V&level=at-risk&sort=name", None).await;
    assert!(at_risk.body.contains("B82005") && !at_risk.body.contains("B82010"), "only the practice at risk");
    let silent = browser.request("GET", "/dashboard/practices?level=not-reported", None).await;
    assert!(silent.body.contains("B82010") && !silent.body.contains("B82005"), "only the practices not reported");
    let unknown = browser.request("GET", "/dashboard/practices.csv?level=bogus", None).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
    assert!(unknown.body.contains("bogus is not a readiness level"), "{}", unknown.body);
    let by_name = browser.request("GET", "/dashboard/practices?ccg=02V&sort=name", None).await;
    let (hill, river) = (by_name.body.find("Hill, Dale").unwrap(), by_name.body.find("Riverside").unwrap());
    assert!(hill < river, "sorted by name");
    let csv = browser.request("GET", "/dashboard/practices.csv?ccg=02V", None).await;
    assert!(csv.content_type.starts_with("text/csv"));
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(lines[0], CSV_HEADER);
    assert!(lines.iter().any(|l| l.starts_with("B82010,\"Hill, Dale and Partners\",02V,not-reported,,,,")));
    assert!(lines.iter().any(|l| l.starts_with("B82099,'=cmd|' /C calc'!A0,")), "a formula is neutralised: {lines:?}");
    // 55 and 9 objections stand, 7.4 and 1.2 per 1,000; 26 and 5 made since the baseline, the 5 suppressed; 27
    // forms received, none left to do, 134 expected, of 7,400 patients.
    let riverside = lines.iter().find(|l| l.starts_with("B82005,Riverside Surgery,02V,at-risk,")).unwrap();
    assert!(riverside.ends_with(",55,9,7.4,1.2,26,*,27,0,134,7400"), "{riverside}");
}

/// The first line of the practice list's CSV.
const CSV_HEADER: &str = "ODS code,Practice,CCG,Readiness,Last report,Type 1 objections,Type 2 objections,\
    \"Type 1 objections per 1,000 patients\",\"Type 2 objections per 1,000 patients\",\
    Type 1 objections since the baseline search,Type 2 objections since the baseline search,Forms received,\
    Forms still to code or query,Forms expected (forecast),Registered patients";

/// The text of each cell of the row of table `table` (its id) whose `tr` carries `row`.
fn row_cells(page: &str, table: &str, row: &str) -> Vec<String> {
    let at = page.find(&format!("id=\"{table}\"")).unwrap_or_else(|| panic!("no table {table}"));
    let table = &page[at..at + page[at..].find("</table>").unwrap()];
    let at = table.find(row).unwrap_or_else(|| panic!("no row {row}"));
    let row = &table[at..at + table[at..].find("</tr>").unwrap()];
    row.split("<td class=\"nhsuk-table__cell\">")
        .skip(1)
        .map(|cell| cell[..cell.find("</td>").unwrap()].to_owned())
        .collect()
}

/// An app updated to version 2 and one not yet updated report side by side: both are stored in version 2's shape,
/// a resend of either is recognised (so is one of a version 1 report stored before the hub read version 2), and
/// the dashboard shows both practices' objections, forms and forecast, with small numbers suppressed in the CSV.
pub async fn a_version_2_and_a_version_1_report_are_both_stored_and_shown(db: Arc<dyn Database>) {
    let f = dashboard_fixture(db).await; // B82005 has sent EXAMPLE, version 2
    let somerset = enrol(&f.db, "L85001").await;
    let v1 = EXAMPLE_V1.replace("B82005", "L85001").replace("9e8d40", "9e8d41");
    let (status, first) = call(&f.db, "POST", "/api/v1/submissions", Some(&somerset), Some(v1.clone())).await;
    assert_eq!(status, StatusCode::CREATED, "{first}");
    let (status, again) = call(&f.db, "POST", "/api/v1/submissions", Some(&somerset), Some(v1.clone())).await;
    assert_eq!((status, &again), (StatusCode::OK, &first), "the same version 1 bytes again");
    let spaced = serde_json::to_string_pretty(&serde_json::from_str::<Value>(&v1).unwrap()).unwrap();
    let (status, again) = call(&f.db, "POST", "/api/v1/submissions", Some(&somerset), Some(spaced)).await;
    assert_eq!((status, &again), (StatusCode::OK, &first), "the same submission spaced otherwise");
    let mut changed: Value = serde_json::from_str(&v1).unwrap();
    changed["objections"][0]["type1"] = json!(15);
    let (status, _) = call(&f.db, "POST", "/api/v1/submissions", Some(&somerset), Some(changed.to_string())).await;
    assert_eq!(status, StatusCode::CONFLICT);

    let stored = f.db.submissions_of("L85001").await.unwrap();
    let body: Value = serde_json::from_str(&stored[0].body).unwrap();
    assert_eq!((stored.len(), &body["version"], body.get("objections")), (1, &json!(2), None), "stored upgraded");
    assert_eq!((&body["searches"][0]["type1"], &body["forms"]), (&json!(14), &json!([])));
    let stored = f.db.submissions_of("B82005").await.unwrap();
    let body: Value = serde_json::from_str(&stored[0].body).unwrap();
    assert_eq!((&body["version"], &body["forecast"]["expectedForms"]), (&json!(2), &json!(134)));
    assert_eq!(body["tasks"][2]["notApplicableReason"], "done-elsewhere");

    // A third practice, on track: its tasks not done fall due next month (the hub works the level out from them on
    // its own date, so the example's tasks, due in early 2026, would make it at risk whatever it said).
    let hill = enrol(&f.db, "B82010").await;
    let mut on_track: Value = serde_json::from_str(EXAMPLE).unwrap();
    on_track["odsCode"] = json!("B82010");
    on_track["submissionId"] = json!("0b6f3c2e-6a51-4f6e-9d7a-3f1c2b9e8d42");
    on_track["readiness"] = json!({ "level": "on-track", "blockers": [] });
    let next_month = (OffsetDateTime::now_utc() + time::Duration::days(30)).date().to_string();
    for task in on_track["tasks"].as_array_mut().unwrap() {
        task["due"] = json!(next_month);
    }
    let (status, _) = call(&f.db, "POST", "/api/v1/submissions", Some(&hill), Some(on_track.to_string())).await;
    assert_eq!(status, StatusCode::CREATED);

    let mut browser = Browser::new(&f.db);
    browser.sign_in("lead@nhs.net", "correct horse battery").await;
    let overview = browser.request("GET", "/dashboard", None).await;
    let readiness = row_cells(&overview.body, "pf-overview", "data-ccg=\"02V\"");
    assert_eq!(
        readiness,
        ["2", "2", "2", "0", "1", "1", "<a href=\"/dashboard/practices?ccg=02V&amp;overdue=yes\">1</a>", "0"],
        "practices, enrolled, reported, ready, on track, at risk, overdue, not heard from"
    );
    let overdue = browser.request("GET", "/dashboard/practices?ccg=02V&overdue=yes", None).await;
    assert!(overdue.body.contains("B82005") && !overdue.body.contains("B82010"), "the overdue count's list");
    // 3,132 letters each for 7,400 patients; 110 and 18 objections of 14,800 patients; 54 forms received, none
    // left; 268 expected by the same practices.
    let leeds = row_cells(&overview.body, "pf-overview-returns", "data-ccg=\"02V\"");
    assert_eq!(leeds, ["6264", "42%", "7.4", "1.2", "54", "0", "268", "54"]);
    let somerset_row = row_cells(&overview.body, "pf-overview-returns", "data-ccg=\"11X\"");
    assert_eq!(
        somerset_row,
        ["3132", "42%", "1.9", "0.4", "0", "0", "None", "None"],
        "version 1 had no forms and no forecast"
    );
    assert!(overview.body.contains("0 ready, 1 on track, 1 at risk, of 2"), "the chart's label");

    let list = browser.request("GET", "/dashboard/practices?level=on-track", None).await;
    assert!(list.body.contains("B82010") && !list.body.contains("B82005"), "filtered to the practice on track");
    assert!(list.body.contains("nhsuk-tag--aqua-green\">On track"));
    let trend = browser.request("GET", "/dashboard/trend", None).await;
    let last_week = trend.body.rsplit("<tr class=\"nhsuk-table__row\">").next().unwrap();
    let cells: Vec<&str> =
        last_week.split("<td class=\"nhsuk-table__cell\">").skip(1).map(|c| &c[..c.find('<').unwrap()]).collect();
    assert_eq!(cells, ["0", "0", "1", "2", "0"], "not started, in progress, on track, at risk, ready");

    let riverside = browser.request("GET", "/dashboard/practices/B82005", None).await.body;
    for shown in [
        "55 (7.4 per 1,000 patients)",
        "9 (1.2 per 1,000 patients)",
        "<dd class=\"nhsuk-summary-list__value\" id=\"pf-type1-new\">26</dd>",
        "<dd class=\"nhsuk-summary-list__value\" id=\"pf-received\">27</dd>",
        "<dd class=\"nhsuk-summary-list__value\" id=\"pf-backlog\">0</dd>",
        "expects 134 returned forms over its window (an objection rate of 1.8%). It has received 27 so far.",
        "Done by another organisation",
    ] {
        assert!(riverside.contains(shown), "the practice page shows {shown:?}");
    }
    assert_eq!(row_cells(&riverside, "pf-forecast", "2026-03-02"), ["10", "27", "10", "27"], "the first week");
    assert_eq!(riverside.matches("<th class=\"nhsuk-table__header\" scope=\"row\">2026-").count(), 8, "eight weeks");
    let quantock = browser.request("GET", "/dashboard/practices/L85001", None).await.body;
    for shown in [
        "14 (1.9 per 1,000 patients)",
        "Not known: it needs a search before the window and one after",
        "This report has no forecast",
        "No reason sent",
    ] {
        assert!(quantock.contains(shown), "the version 1 practice's page shows {shown:?}");
    }

    let csv = browser.request("GET", "/dashboard/practices.csv", None).await;
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(lines[0], CSV_HEADER);
    let quantock = lines.iter().find(|l| l.starts_with("L85001,")).unwrap();
    assert!(quantock.ends_with(",14,*,1.9,*,,,0,0,,7400"), "3 Type 2 objections and their rate suppressed: {quantock}");

    // A version 1 report that a hub before version 2 stored as version 1's text, sent again by its app.
    let earlier = EXAMPLE_V1.replace("B82005", "L85001").replace("9e8d40", "9e8d44");
    let receipt = pathfinder_hub::db::Receipt {
        receipt_id: "0c0ffee0-0000-4000-8000-000000000001".into(),
        received_at: "2026-03-09T10:00:00Z".into(),
    };
    let stored =
        f.db.insert_submission(pathfinder_hub::db::NewSubmission {
            submission_id: "0b6f3c2e-6a51-4f6e-9d7a-3f1c2b9e8d44",
            ods_code: "L85001",
            body: &earlier,
            level: pathfinder_readiness::ReadinessLevel::AtRisk,
            figures: Default::default(),
            receipt: receipt.clone(),
        })
        .await
        .unwrap();
    assert_eq!(stored, pathfinder_hub::db::Stored::Created(receipt.clone()));
    let (status, again) = call(&f.db, "POST", "/api/v1/submissions", Some(&somerset), Some(earlier.clone())).await;
    assert_eq!(status, StatusCode::OK, "recognised, not a conflict: {again}");
    assert_eq!(again["receiptId"], receipt.receipt_id.as_str());
    let (status, _) =
        call(&f.db, "POST", "/api/v1/submissions", Some(&somerset), Some(earlier.replace("at-risk", "ready"))).await;
    assert_eq!(status, StatusCode::CONFLICT, "and a changed one is still refused");
}

/// After the migration to version 2's columns, what an earlier hub stored (see `earlier_hubs_rows` beside each
/// backend's suite): the objection totals kept, no forms or forecast, the version 1 body read, and its resend
/// recognised.
pub async fn an_earlier_hubs_rows_read_after_the_migration(db: Arc<dyn Database>) {
    use pathfinder_hub::db::Figures;
    let rows = db.practice_rows(None).await.unwrap();
    let latest = rows[0].latest.as_ref().unwrap();
    let kept = Figures { list_size: 7_400, type1_total: 14, type2_total: 3, ..Default::default() };
    assert_eq!((latest.level, latest.figures), (pathfinder_readiness::ReadinessLevel::AtRisk, kept));
    let stored = db.submissions_of("B82005").await.unwrap();
    let read = pathfinder_hub::report::read_stored(&stored[0].body).expect("the version 1 body reads");
    assert_eq!((read.version, read.objection_totals()), (2, (14, 3)));
    let token = enrol(&db, "B82005").await;
    let (status, receipt) = call(&db, "POST", "/api/v1/submissions", Some(&token), Some(EXAMPLE_V1.into())).await;
    assert_eq!((status, &receipt["receiptId"]), (StatusCode::OK, &json!("0c0ffee0-0000-4000-8000-000000000001")));
}

pub async fn repeated_failed_sign_ins_lock_the_address(db: Arc<dyn Database>) {
    let f = dashboard_fixture(db).await;
    let mut browser = Browser::new(&f.db);
    for _ in 0..5 {
        assert_eq!(browser.sign_in("lead@nhs.net", "guess").await.status, StatusCode::UNAUTHORIZED);
    }
    let locked = browser.sign_in("lead@nhs.net", "correct horse battery").await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS, "even the right password waits once locked");
    assert!(locked.body.contains("Too many attempts"));
}

pub async fn admins_issue_enrolment_codes_and_set_windows_within_their_region(db: Arc<dyn Database>) {
    let f = dashboard_fixture(db).await;
    let mut browser = Browser::new(&f.db);
    browser.sign_in("somerset@nhs.net", "quantock hills 2015").await;
    let form = browser.request("GET", "/dashboard/admin", None).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains(r#"value="11X""#) && !form.body.contains(r#"value="02V""#), "only the region's CCGs");
    let csrf = Browser::csrf(&form);

    let forged =
        browser.request("POST", "/dashboard/admin/enrolment-codes", Some(&[("csrf", "x"), ("ods", "L85001")])).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let other =
        browser.request("POST", "/dashboard/admin/enrolment-codes", Some(&[("csrf", &csrf), ("ods", "B82005")])).await;
    assert_eq!(other.status, StatusCode::NOT_FOUND, "no codes for another region's practice");

    let issued =
        browser.request("POST", "/dashboard/admin/enrolment-codes", Some(&[("csrf", &csrf), ("ods", "L85001")])).await;
    let shown = issued.body.split("nhsuk-heading-l pf-code\">").nth(1).expect("the code is shown");
    let code = &shown[..shown.find('<').unwrap()];
    assert_eq!(code.len(), 19, "{code}");
    let (status, _) =
        call(&f.db, "POST", "/api/v1/enrol", None, Some(json!({ "odsCode": "L85001", "code": code }).to_string()))
            .await;
    assert_eq!(status, StatusCode::CREATED, "the code from the page enrols the practice");

    let bad = browser
        .request(
            "POST",
            "/dashboard/admin/windows",
            Some(&[("csrf", &csrf), ("ccg", "11X"), ("start", "2026-02-30"), ("weeks", "6")]),
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("Enter a real start date"));
    let elsewhere = browser
        .request(
            "POST",
            "/dashboard/admin/windows",
            Some(&[("csrf", &csrf), ("ccg", "02V"), ("start", "2026-03-02"), ("weeks", "6")]),
        )
        .await;
    assert_eq!(elsewhere.status, StatusCode::NOT_FOUND);
    assert!(f.db.window("02V").await.unwrap().is_none());
    let saved = browser
        .request(
            "POST",
            "/dashboard/admin/windows",
            Some(&[("csrf", &csrf), ("ccg", "11X"), ("start", "2026-03-02"), ("weeks", "8"), ("confirm", "yes")]),
        )
        .await;
    assert_eq!((saved.status, saved.location.as_str()), (StatusCode::SEE_OTHER, "/dashboard/windows?saved=window"));
    assert_eq!(f.db.window("11X").await.unwrap().unwrap().weeks, 8);

    // The objection types the pilot offers, chosen with the window.
    use pathfinder_hub::db::ObjectionTypes;
    let page = browser.request("GET", "/dashboard/admin", None).await;
    assert!(page.body.contains("Type 1 only") && page.body.contains("Type 1 and Type 2"), "the radios are offered");
    assert_eq!(f.db.objection_types("11X").await.unwrap(), ObjectionTypes::BOTH, "both until chosen");
    let type1_only = browser
        .request(
            "POST",
            "/dashboard/admin/windows",
            Some(&[
                ("csrf", &csrf),
                ("ccg", "11X"),
                ("start", "2026-03-02"),
                ("weeks", "8"),
                ("objection_types", "type1"),
                ("confirm", "yes"),
            ]),
        )
        .await;
    assert_eq!(type1_only.status, StatusCode::SEE_OTHER);
    assert_eq!(f.db.objection_types("11X").await.unwrap(), ObjectionTypes::TYPE1_ONLY);
    let type2_alone = browser
        .request(
            "POST",
            "/dashboard/admin/windows",
            Some(&[
                ("csrf", &csrf),
                ("ccg", "11X"),
                ("start", "2026-03-02"),
                ("weeks", "8"),
                ("objection_types", "type2"),
            ]),
        )
        .await;
    assert_eq!(type2_alone.status, StatusCode::BAD_REQUEST, "Type 2 is never offered alone");
    assert_eq!(f.db.objection_types("11X").await.unwrap(), ObjectionTypes::TYPE1_ONLY, "nothing changed");
}

pub async fn the_overview_counts_each_ccg_and_who_has_gone_quiet(db: Arc<dyn Database>) {
    let f = dashboard_fixture(db).await;
    enrol(&f.db, "B82010").await;
    let today = OffsetDateTime::now_utc().date().to_string();
    let counts = f.db.ccg_summaries("2000-01-01T00:00:00Z", &today).await.unwrap();
    let codes: Vec<&str> = counts.iter().map(|c| c.ccg_code.as_str()).collect();
    assert_eq!(codes, ["02V", "11X"]);
    let leeds = &counts[0];
    assert_eq!(
        (leeds.practices, leeds.enrolled, leeds.reported, leeds.ready, leeds.at_risk, leeds.overdue, leeds.stale),
        (2, 2, 1, 0, 1, 1, 1),
        "B82010 is enrolled and has never been heard from; B82005's briefing was due in February"
    );
    assert_eq!(leeds.letters_printed, 3_132);
    assert_eq!((leeds.type1_total, leeds.type2_total, leeds.patients), (55, 9, 7_400));
    let (type1, type2) = leeds.rates();
    assert!((type1 - 55_000.0 / 7_400.0).abs() < 1e-9 && (type2 - 9_000.0 / 7_400.0).abs() < 1e-9);
    assert_eq!((leeds.on_track, leeds.forms_received, leeds.forms_backlog), (0, 27, 0));
    assert_eq!((leeds.forecast_practices, leeds.expected_forms, leeds.forecast_received), (1, 134, 27));
    assert_eq!((counts[1].practices, counts[1].enrolled, counts[1].rates()), (1, 0, (0.0, 0.0)));
    let later = f.db.ccg_summaries("2100-01-01T00:00:00Z", &today).await.unwrap();
    assert_eq!(later[0].stale, 2, "a report older than the cut-off counts as gone quiet");

    // B82010's app collects its settings: it is heard from, though it has reported nothing.
    let token = enrol(&f.db, "B82010").await;
    let (status, _) = call(&f.db, "GET", "/api/v1/practice/config", Some(&token), None).await;
    assert_eq!(status, StatusCode::OK);
    let week_ago = (OffsetDateTime::now_utc() - time::Duration::days(7)).format(&Rfc3339).unwrap();
    let counts = f.db.ccg_summaries(&week_ago, &today).await.unwrap();
    assert_eq!(counts[0].stale, 0, "both heard from this week: one reported, one collected its settings");
    let rows = f.db.practice_rows(None).await.unwrap();
    let hill = rows.iter().find(|r| r.practice.ods_code == "B82010").unwrap();
    assert!(hill.last_seen_at.is_some() && hill.latest.is_none());
}

/// The level a practice stands at is the hub's, worked out from the tasks it sent on the hub's own date: not the
/// level the app claims, and it moves to at risk the day after a task falls due with no new report.
pub async fn the_hub_works_each_level_out_from_the_tasks_on_its_own_date(db: Arc<dyn Database>) {
    let f = fixture(db).await;
    let token = enrol(&f.db, "B82005").await;
    let today = OffsetDateTime::now_utc().date();
    let send = |id: &str, claimed: &str, due: time::Date, done: bool| {
        let mut report: Value = serde_json::from_str(EXAMPLE).unwrap();
        report["submissionId"] = json!(format!("0b6f3c2e-6a51-4f6e-9d7a-3f1c2b9e8{id}"));
        report["readiness"] = json!({ "level": claimed, "blockers": [] });
        for task in report["tasks"].as_array_mut().unwrap() {
            task["due"] = json!(due.to_string());
            // Not applicable (with its reason) is done too.
            if done && task["status"] != "not-applicable" {
                task["status"] = json!("completed");
            }
        }
        report.to_string()
    };
    let level = || async {
        let rows = f.db.practice_rows(None).await.unwrap();
        let latest = rows.into_iter().find(|r| r.practice.ods_code == "B82005").unwrap().latest.unwrap();
        (latest.level, latest.figures.next_due)
    };
    use pathfinder_readiness::ReadinessLevel::{AtRisk, OnTrack, Ready};

    let yesterday = today - time::Duration::days(1);
    let (status, _) =
        call(&f.db, "POST", "/api/v1/submissions", Some(&token), Some(send("d01", "ready", yesterday, false))).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(level().await, (AtRisk, Some(yesterday)), "claimed ready, with work left that fell due yesterday");

    let (status, _) =
        call(&f.db, "POST", "/api/v1/submissions", Some(&token), Some(send("d02", "at-risk", yesterday, true))).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(level().await, (Ready, None), "every task done: ready, whatever the app said");

    let (status, _) =
        call(&f.db, "POST", "/api/v1/submissions", Some(&token), Some(send("d03", "on-track", today, false))).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(level().await, (OnTrack, Some(today)), "due today is not overdue");
    let stale_before = "2000-01-01T00:00:00Z";
    let now = f.db.ccg_summaries(stale_before, &today.to_string()).await.unwrap();
    assert_eq!((now[0].on_track, now[0].at_risk, now[0].overdue), (1, 0, 0));
    let tomorrow = (today + time::Duration::days(1)).to_string();
    let then = f.db.ccg_summaries(stale_before, &tomorrow).await.unwrap();
    assert_eq!((then[0].on_track, then[0].at_risk, then[0].overdue), (0, 1, 1), "tomorrow, with no new report");
}

/// The practice import may name each CCG; the overview then shows the name with the code. A CCG named two ways in
/// one file is refused, naming the line, and nothing is stored.
pub async fn the_practice_import_names_ccgs_for_the_overview(db: Arc<dyn Database>) {
    let file = "ods_code,name,ccg,ccg_name\nB82005,Riverside Surgery,02V,NHS Leeds North CCG\n\
                B82010,Hill Top Surgery,02V,NHS Leeds North CCG\nL85001,Quantock Practice,11X,\n";
    assert_eq!(admin::import_practices(db.as_ref(), "list.csv", file, "test").await.unwrap(), 3);
    let today = OffsetDateTime::now_utc().date().to_string();
    let counts = db.ccg_summaries("2000-01-01T00:00:00Z", &today).await.unwrap();
    let names: Vec<_> = counts.iter().map(|c| (c.ccg_code.as_str(), c.ccg_name.as_deref())).collect();
    assert_eq!(names, [("02V", Some("NHS Leeds North CCG")), ("11X", None)]);
    let twice = "ods_code,name,ccg,ccg_name\nB82005,Riverside Surgery,02V,NHS Leeds North CCG\n\
                 C84001,Elm Surgery,11X,NHS Somerset CCG\nB82010,Hill Top Surgery,02V,Leeds West\n";
    let refused = admin::import_practices(db.as_ref(), "list.csv", twice, "test").await.unwrap_err().to_string();
    assert!(refused.contains("line 4") && refused.contains("ccg_name"), "{refused}");
    assert!(db.practice("C84001").await.unwrap().is_none(), "nothing stored");
}

pub async fn responses_are_compressed_for_clients_that_ask(db: Arc<dyn Database>) {
    let request = |encoding: Option<&str>| {
        let mut builder = Request::builder().uri("/dashboard/assets/dashboard.css");
        if let Some(encoding) = encoding {
            builder = builder.header("accept-encoding", encoding);
        }
        builder.body(Body::empty()).unwrap()
    };
    let plain = app(Hub::new(db.clone())).oneshot(request(None)).await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    let plain_size = plain.into_body().collect().await.unwrap().to_bytes().len();
    let gzipped = app(Hub::new(db)).oneshot(request(Some("gzip"))).await.unwrap();
    assert_eq!(gzipped.headers()["content-encoding"], "gzip");
    let gzipped_size = gzipped.into_body().collect().await.unwrap().to_bytes().len();
    assert!(gzipped_size * 4 < plain_size, "{gzipped_size} bytes gzipped of {plain_size}");
}

/// Declares one `#[tokio::test]` per suite test, each on a fresh database from `$fresh`.
#[macro_export]
macro_rules! suite_tests {
    ($fresh:path) => {
        #[tokio::test]
        async fn digests_are_claimed_once_a_day_and_email_choices_are_kept() {
            let (_keep, db) = $fresh().await;
            suite::email::digests_are_claimed_once_a_day_and_email_choices_are_kept(db).await;
        }
        #[tokio::test]
        async fn the_database_filters_sorts_and_pages_practices_as_the_dashboard_reads_them() {
            let (_keep, db) = $fresh().await;
            suite::practice_list::the_database_filters_sorts_and_pages_practices_as_the_dashboard_reads_them(db).await;
        }
        #[tokio::test]
        async fn enrolment_codes_are_one_time_expiring_and_for_one_practice() {
            let (_keep, db) = $fresh().await;
            suite::enrolment_codes_are_one_time_expiring_and_for_one_practice(db).await;
        }
        #[tokio::test]
        async fn a_submission_is_stored_once_and_a_repeat_gets_the_first_receipt() {
            let (_keep, db) = $fresh().await;
            suite::a_submission_is_stored_once_and_a_repeat_gets_the_first_receipt(db).await;
        }
        #[tokio::test]
        async fn refusals_say_why_and_store_nothing() {
            let (_keep, db) = $fresh().await;
            suite::refusals_say_why_and_store_nothing(db).await;
        }
        #[tokio::test]
        async fn a_practice_pulls_its_regions_window() {
            let (_keep, db) = $fresh().await;
            suite::a_practice_pulls_its_regions_window(db).await;
        }
        #[tokio::test]
        async fn a_practice_pulls_the_objection_types_its_region_offers() {
            let (_keep, db) = $fresh().await;
            suite::a_practice_pulls_the_objection_types_its_region_offers(db).await;
        }
        #[tokio::test]
        async fn a_bad_practice_list_is_refused_whole_with_the_line_at_fault() {
            let (_keep, db) = $fresh().await;
            suite::a_bad_practice_list_is_refused_whole_with_the_line_at_fault(db).await;
        }
        #[tokio::test]
        async fn the_service_answers_the_apps_client_on_a_real_port() {
            let (_keep, db) = $fresh().await;
            suite::the_service_answers_the_apps_client_on_a_real_port(db).await;
        }
        #[tokio::test]
        async fn admins_issue_enrolment_codes_and_set_windows_within_their_region() {
            let (_keep, db) = $fresh().await;
            suite::admins_issue_enrolment_codes_and_set_windows_within_their_region(db).await;
        }
        #[tokio::test]
        async fn the_overview_counts_each_ccg_and_who_has_gone_quiet() {
            let (_keep, db) = $fresh().await;
            suite::the_overview_counts_each_ccg_and_who_has_gone_quiet(db).await;
        }
        #[tokio::test]
        async fn guessing_enrolment_codes_is_stopped() {
            let (_keep, db) = $fresh().await;
            suite::guessing_enrolment_codes_is_stopped(db).await;
        }
        #[tokio::test]
        async fn responses_are_compressed_for_clients_that_ask() {
            let (_keep, db) = $fresh().await;
            suite::responses_are_compressed_for_clients_that_ask(db).await;
        }
        #[tokio::test]
        async fn staff_sign_in_with_a_csrf_token_and_see_the_overview() {
            let (_keep, db) = $fresh().await;
            suite::staff_sign_in_with_a_csrf_token_and_see_the_overview(db).await;
        }
        #[tokio::test]
        async fn a_regional_user_sees_only_the_ccgs_granted() {
            let (_keep, db) = $fresh().await;
            suite::a_regional_user_sees_only_the_ccgs_granted(db).await;
        }
        #[tokio::test]
        async fn the_practice_list_filters_sorts_and_exports_safe_csv() {
            let (_keep, db) = $fresh().await;
            suite::the_practice_list_filters_sorts_and_exports_safe_csv(db).await;
        }
        #[tokio::test]
        async fn every_hostile_submission_is_refused_with_a_json_error_and_nothing_is_stored() {
            let (_keep, db) = $fresh().await;
            suite::hostile::every_hostile_submission_is_refused_with_a_json_error_and_nothing_is_stored(db).await;
        }
        #[tokio::test]
        async fn a_slow_body_is_cut_off_with_408_while_others_are_served() {
            let (_keep, db) = $fresh().await;
            suite::hostile::a_slow_body_is_cut_off_with_408_while_others_are_served(db).await;
        }
        #[tokio::test]
        async fn an_endless_body_is_refused_at_the_size_limit() {
            let (_keep, db) = $fresh().await;
            suite::hostile::an_endless_body_is_refused_at_the_size_limit(db).await;
        }
        #[tokio::test]
        async fn every_route_answers_each_credential_as_the_matrix_says() {
            let (_keep, db) = $fresh().await;
            suite::auth_matrix::every_route_answers_each_credential_as_the_matrix_says(db).await;
        }
        #[tokio::test]
        async fn rate_limits_lock_at_the_fifth_failure_and_not_before() {
            let (_keep, db) = $fresh().await;
            suite::rate_limits::rate_limits_lock_at_the_fifth_failure_and_not_before(db).await;
        }
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn a_burst_of_guesses_gets_no_more_tries_than_guesses_in_turn() {
            let (_keep, db) = $fresh().await;
            suite::rate_limits::a_burst_of_guesses_gets_no_more_tries_than_guesses_in_turn(db).await;
        }
        #[tokio::test]
        async fn enrolling_again_revokes_the_earlier_token() {
            let (_keep, db) = $fresh().await;
            suite::tokens::enrolling_again_revokes_the_earlier_token(db).await;
        }
        #[tokio::test]
        async fn a_lead_revokes_a_practices_access_from_the_dashboard() {
            let (_keep, db) = $fresh().await;
            suite::tokens::a_lead_revokes_a_practices_access_from_the_dashboard(db).await;
        }
        #[tokio::test]
        async fn a_token_over_its_hourly_rate_waits() {
            let (_keep, db) = $fresh().await;
            suite::tokens::a_token_over_its_hourly_rate_waits(db).await;
        }
        #[tokio::test]
        async fn the_hub_works_each_level_out_from_the_tasks_on_its_own_date() {
            let (_keep, db) = $fresh().await;
            suite::the_hub_works_each_level_out_from_the_tasks_on_its_own_date(db).await;
        }
        #[tokio::test]
        async fn a_ccgs_task_grid_shows_each_practices_tasks_and_exports_them() {
            let (_keep, db) = $fresh().await;
            suite::grid::a_ccgs_task_grid_shows_each_practices_tasks_and_exports_them(db).await;
        }
        #[tokio::test]
        async fn a_practice_page_says_what_a_regional_lead_acts_on() {
            let (_keep, db) = $fresh().await;
            suite::practice_page::a_practice_page_says_what_a_regional_lead_acts_on(db).await;
        }
        #[tokio::test]
        async fn the_practice_list_comes_a_page_at_a_time() {
            let (_keep, db) = $fresh().await;
            suite::practice_page::the_practice_list_comes_a_page_at_a_time(db).await;
        }
        #[tokio::test]
        async fn the_practice_import_names_ccgs_for_the_overview() {
            let (_keep, db) = $fresh().await;
            suite::the_practice_import_names_ccgs_for_the_overview(db).await;
        }
        #[tokio::test]
        async fn guesses_spread_over_addresses_meet_the_accounts_ceiling() {
            let (_keep, db) = $fresh().await;
            suite::rate_limits::guesses_spread_over_addresses_meet_the_accounts_ceiling(db).await;
        }
        #[tokio::test]
        async fn an_ipv6_host_counts_as_its_slash_64() {
            let (_keep, db) = $fresh().await;
            suite::rate_limits::an_ipv6_host_counts_as_its_slash_64(db).await;
        }
        #[tokio::test]
        async fn locks_age_out_and_their_counts_are_swept() {
            let (_keep, db) = $fresh().await;
            suite::rate_limits::locks_age_out_and_their_counts_are_swept(db).await;
        }
        #[tokio::test]
        async fn endless_new_emails_leave_the_limiter_bounded() {
            let (_keep, db) = $fresh().await;
            suite::rate_limits::endless_new_emails_leave_the_limiter_bounded(db).await;
        }
        #[tokio::test]
        async fn a_version_2_and_a_version_1_report_are_both_stored_and_shown() {
            let (_keep, db) = $fresh().await;
            suite::a_version_2_and_a_version_1_report_are_both_stored_and_shown(db).await;
        }
        #[tokio::test]
        async fn repeated_failed_sign_ins_lock_the_address() {
            let (_keep, db) = $fresh().await;
            suite::repeated_failed_sign_ins_lock_the_address(db).await;
        }
        #[tokio::test]
        async fn national_admins_manage_users_from_the_dashboard() {
            let (_keep, db) = $fresh().await;
            suite::users::national_admins_manage_users_from_the_dashboard(db).await;
        }
        #[tokio::test]
        async fn expired_sessions_are_swept_when_someone_signs_in() {
            let (_keep, db) = $fresh().await;
            suite::users::expired_sessions_are_swept_when_someone_signs_in(db).await;
        }
        #[tokio::test]
        async fn a_count_of_one_reads_in_the_singular() {
            let (_keep, db) = $fresh().await;
            suite::faults::a_count_of_one_reads_in_the_singular(db).await;
        }
        #[tokio::test]
        async fn the_csv_links_filters_are_percent_encoded() {
            let (_keep, db) = $fresh().await;
            suite::faults::the_csv_links_filters_are_percent_encoded(db).await;
        }
        #[tokio::test]
        async fn the_windows_page_lists_each_ccgs_window_with_its_extract() {
            let (_keep, db) = $fresh().await;
            suite::windows::the_windows_page_lists_each_ccgs_window_with_its_extract(db).await;
        }
        #[tokio::test]
        async fn a_ccgs_window_changes_only_once_confirmed() {
            let (_keep, db) = $fresh().await;
            suite::windows::a_ccgs_window_changes_only_once_confirmed(db).await;
        }
        #[tokio::test]
        async fn a_practices_own_dates_override_its_ccgs_in_its_config_pull() {
            let (_keep, db) = $fresh().await;
            suite::windows::a_practices_own_dates_override_its_ccgs_in_its_config_pull(db).await;
        }
        #[tokio::test]
        async fn the_history_records_old_and_new_dates() {
            let (_keep, db) = $fresh().await;
            suite::windows::the_history_records_old_and_new_dates(db).await;
        }
        #[tokio::test]
        async fn a_regional_user_cannot_see_or_change_another_ccgs_window() {
            let (_keep, db) = $fresh().await;
            suite::windows::a_regional_user_cannot_see_or_change_another_ccgs_window(db).await;
        }
        #[tokio::test]
        async fn a_message_reaches_its_ccgs_practices_until_each_acknowledges_it() {
            let (_keep, db) = $fresh().await;
            suite::messages::a_message_reaches_its_ccgs_practices_until_each_acknowledges_it(db).await;
        }
        #[tokio::test]
        async fn a_message_is_plain_text_within_its_lengths() {
            let (_keep, db) = $fresh().await;
            suite::messages::a_message_is_plain_text_within_its_lengths(db).await;
        }
        #[tokio::test]
        async fn bulk_codes_go_to_every_practice_not_yet_enrolled_and_each_enrols_it() {
            let (_keep, db) = $fresh().await;
            suite::codes::bulk_codes_go_to_every_practice_not_yet_enrolled_and_each_enrols_it(db).await;
        }
        #[tokio::test]
        async fn issuing_codes_is_a_permission_within_the_users_ccgs() {
            let (_keep, db) = $fresh().await;
            suite::codes::issuing_codes_is_a_permission_within_the_users_ccgs(db).await;
        }
    };
}
