//! The limits on guessing. A pair of client address and account (an email signing in, an ODS code enrolling) is
//! locked by its fifth failure in a quarter of an hour, not by its fourth; a right answer starts the count again; an
//! attacker at another address cannot lock anyone out; guesses spread over many addresses meet the account's
//! ceiling, which its owner at a known address is not held by; two hub processes on one database count the same
//! failures; a burst sent in parallel gets no more guesses than one sent in turn; and a script typing endless new
//! emails neither grows the counts held nor gets argon2 run for it.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use pathfinder_hub::db::Database;
use pathfinder_hub::limits::{
    Attempts, Guess, Locked, MAX_FAILURES, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, WINDOW,
};
use pathfinder_hub::serve::{Options, serve};
use pathfinder_hub::{Hub, admin, app};
use serde_json::json;
use time::OffsetDateTime;
use tower::ServiceExt;

use super::auth_matrix::{NATIONAL, REGIONAL, form, login_csrf, send, sign_in, staff_fixture};

const FORM: &str = "application/x-www-form-urlencoded";

fn checks(hub: &Hub) -> u64 {
    hub.metrics.password_checks.load(Ordering::Relaxed)
}

/// A request from `address`, as the accept loop marks it.
async fn from(
    hub: &Hub,
    address: impl Into<IpAddr>,
    uri: &str,
    content_type: &str,
    cookie: &str,
    body: String,
) -> StatusCode {
    let peer = SocketAddr::new(address.into(), 40_000);
    let mut request = Request::post(uri).header("content-type", content_type).header("cookie", cookie);
    request.extensions_mut().unwrap().insert(ConnectInfo(peer));
    let response = app(hub.clone()).oneshot(request.body(Body::from(body)).unwrap()).await.unwrap();
    let status = response.status();
    response.into_body().collect().await.unwrap();
    status
}

async fn sign_in_from(hub: &Hub, address: impl Into<IpAddr>, email: &str, password: &str) -> StatusCode {
    let csrf = login_csrf(hub).await;
    let body = form(&[("email", email), ("password", password), ("csrf", &csrf)]);
    from(hub, address, "/dashboard/login", FORM, &format!("pathfinder_login_csrf={csrf}"), body).await
}

async fn enrol_from(hub: &Hub, address: [u8; 4], ods: &str, code: &str) -> StatusCode {
    let body = json!({ "odsCode": ods, "code": code }).to_string();
    from(hub, address, "/api/v1/enrol", "application/json", "", body).await
}

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
    assert_eq!(sign_in_status(REGIONAL.0, REGIONAL.1).await, StatusCode::SEE_OTHER, "another account is unaffected");
    assert_eq!(sign_in_from(&hub, [192, 0, 2, 9], lead, password).await, StatusCode::SEE_OTHER, "and elsewhere");

    let code = |ods: &'static str| {
        let db = db.clone();
        async move { admin::issue_enrolment_code(db.as_ref(), ods, "test", OffsetDateTime::now_utc()).await.unwrap() }
    };
    let (attacker, practice) = ([203, 0, 113, 5], [192, 0, 2, 20]);
    for attempt in 1..=4 {
        let status = enrol_from(&hub, attacker, "B82010", &format!("WRNG-000{attempt}")).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    let right = code("B82010").await;
    assert_eq!(enrol_from(&hub, attacker, "B82010", &right).await, StatusCode::CREATED, "four wrong codes do not lock");
    for attempt in 1..=MAX_FAILURES {
        let status = enrol_from(&hub, attacker, "B82010", &format!("WRNG-001{attempt}")).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "enrolling started the count again: wrong code {attempt}");
    }
    let right = code("B82010").await;
    let status = enrol_from(&hub, attacker, "b82010", &right).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "the fifth failure locks that address, in any case");
    assert_eq!(
        enrol_from(&hub, practice, "B82010", &right).await,
        StatusCode::CREATED,
        "wrong codes sent from elsewhere do not stop the practice enrolling"
    );
    assert_eq!(enrol_from(&hub, attacker, "L85001", &code("L85001").await).await, StatusCode::CREATED);
}

/// Thirty wrong passwords at once from one address, through the accept loop the hub ships: argon2 runs for five.
pub async fn a_burst_of_guesses_gets_no_more_tries_than_guesses_in_turn(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    let hub = Hub::new(db.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(serve(listener, app(hub.clone()), Options::default(), std::future::pending()));
    let csrf = login_csrf(&hub).await;
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::new();
    let before = checks(&hub);
    let mut guesses = tokio::task::JoinSet::new();
    for n in 0..30 {
        let request = client
            .post(format!("{base}/dashboard/login"))
            .header("content-type", FORM)
            .header("cookie", format!("pathfinder_login_csrf={csrf}"))
            .body(form(&[("email", NATIONAL.0), ("password", &format!("guess {n}")), ("csrf", &csrf)]));
        guesses.spawn(async move { request.send().await.unwrap().status() });
    }
    let statuses = guesses.join_all().await;
    let wrong = statuses.iter().filter(|s| **s == StatusCode::UNAUTHORIZED).count();
    let locked = statuses.iter().filter(|s| **s == StatusCode::TOO_MANY_REQUESTS).count();
    assert_eq!((wrong, locked), (MAX_FAILURES as usize, 30 - MAX_FAILURES as usize), "{statuses:?}");
    assert_eq!(checks(&hub) - before, MAX_FAILURES as u64, "argon2 ran for the reserved attempts only");
    server.abort();
}

/// A script typing ten thousand new emails from one address: the limiter holds a key per email only up to the
/// address's limit, argon2 runs no more than that, and an email of more than 254 characters is refused unchecked.
pub async fn endless_new_emails_leave_the_limiter_bounded(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    let hub = Hub::new(db.clone());
    let before = checks(&hub);
    let mut locked = 0i64;
    for n in 0..10_000 {
        let status = sign_in_from(&hub, [203, 0, 113, 7], &format!("stranger{n}@example.org"), "guess").await;
        match status {
            StatusCode::UNAUTHORIZED => {}
            StatusCode::TOO_MANY_REQUESTS => locked += 1,
            other => panic!("email {n}: {other}"),
        }
    }
    assert_eq!(locked, 10_000 - MAX_FAILURES_PER_ADDRESS);
    assert_eq!(
        db.attempt_keys().await.unwrap(),
        2 * MAX_FAILURES_PER_ADDRESS + 1,
        "an email's two counts (with this address, and its own) for each let through, and the address's"
    );
    assert_eq!(
        checks(&hub) - before,
        MAX_FAILURES_PER_ADDRESS as u64,
        "unknown emails are checked against a throwaway hash (the time does not tell), until the address is locked"
    );

    let long = format!("{}@nhs.net", "a".repeat(250));
    let before = checks(&hub);
    assert_eq!(sign_in_from(&hub, [192, 0, 2, 30], &long, "guess").await, StatusCode::BAD_REQUEST);
    assert_eq!(checks(&hub), before, "not checked");

    let csrf = login_csrf(&hub).await;
    let padded = form(&[("email", NATIONAL.0), ("password", &"p".repeat(5000)), ("csrf", &csrf)]);
    let cookie = format!("pathfinder_login_csrf={csrf}");
    let status = from(&hub, [192, 0, 2, 31], "/dashboard/login", FORM, &cookie, padded).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "a dashboard form is a few KiB at most");
    let answer = send(&hub, "GET", "/healthz", &[], String::new()).await;
    assert_eq!(answer.status, StatusCode::OK);
}

/// A guesser with many addresses, each kept under its own limit, meets the account's ceiling; the owner signs in
/// from the address they signed in from before, and counts kept by one hub process hold at another on the database.
pub async fn guesses_spread_over_addresses_meet_the_accounts_ceiling(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    let (one, other) = (Hub::new(db.clone()), Hub::new(db.clone()));
    let (lead, password) = NATIONAL;
    let office = [192, 0, 2, 40];
    assert_eq!(sign_in_from(&one, office, lead, password).await, StatusCode::SEE_OTHER);

    let before = checks(&one) + checks(&other);
    let mut wrong = 0;
    for n in 0..(MAX_FAILURES_PER_ACCOUNT as u8) {
        // Four guesses an address, below its own lock, sent to the two processes in turn.
        let hub = if n % 2 == 0 { &one } else { &other };
        let status = sign_in_from(hub, [203, 0, 113, n / 4], lead, "a guess").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "guess {n}");
        wrong += 1;
    }
    assert_eq!(wrong, MAX_FAILURES_PER_ACCOUNT);
    for hub in [&one, &other] {
        let status = sign_in_from(hub, [198, 51, 100, 1], lead, password).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "a new address, even with the right password");
    }
    assert_eq!(
        checks(&one) + checks(&other) - before,
        MAX_FAILURES_PER_ACCOUNT as u64,
        "no password checked once the ceiling is met"
    );
    assert_eq!(sign_in_from(&other, office, lead, password).await, StatusCode::SEE_OTHER, "the owner from the office");
    assert_eq!(
        sign_in_from(&one, [198, 51, 100, 2], REGIONAL.0, REGIONAL.1).await,
        StatusCode::SEE_OTHER,
        "another account is unaffected"
    );

    // The pair's lock too is one count for every process.
    let home = [192, 0, 2, 41];
    for n in 0..MAX_FAILURES {
        let hub = if n % 2 == 0 { &one } else { &other };
        assert_eq!(sign_in_from(hub, home, REGIONAL.0, "a guess").await, StatusCode::UNAUTHORIZED, "guess {n}");
    }
    for hub in [&one, &other] {
        assert_eq!(sign_in_from(hub, home, REGIONAL.0, REGIONAL.1).await, StatusCode::TOO_MANY_REQUESTS);
    }
}

/// An IPv6 host stepping through the addresses of its /64 is one caller; the next /64 is someone else.
pub async fn an_ipv6_host_counts_as_its_slash_64(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    let hub = Hub::new(db.clone());
    let host = |n: u16| [0x2001, 0xdb8, 1, 2, n, n, n, n];
    for n in 0..MAX_FAILURES as u16 {
        assert_eq!(sign_in_from(&hub, host(n), REGIONAL.0, "a guess").await, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(sign_in_from(&hub, host(999), REGIONAL.0, REGIONAL.1).await, StatusCode::TOO_MANY_REQUESTS);
    let next = [0x2001, 0xdb8, 1, 3, 0, 0, 0, 1];
    assert_eq!(sign_in_from(&hub, next, REGIONAL.0, REGIONAL.1).await, StatusCode::SEE_OTHER);
}

/// A lock lasts its window and no longer, and what has aged out is swept from the database.
pub async fn locks_age_out_and_their_counts_are_swept(db: Arc<dyn Database>) {
    let attempts = Attempts::default();
    let address = Some(IpAddr::V4(Ipv4Addr::new(203, 0, 113, 9)));
    let start = 1_800_000_000;
    for n in 0..MAX_FAILURES {
        let attempt = attempts.attempt(db.as_ref(), Guess::Enrol, address, "B82005", start + n).await.unwrap();
        drop(attempt.unwrap());
    }
    let locked = attempts.attempt(db.as_ref(), Guess::Enrol, address, "B82005", start + WINDOW - 1).await.unwrap();
    assert_eq!(locked.err(), Some(Locked), "locked to the end of the window");
    assert_eq!(db.attempt_keys().await.unwrap(), 2, "the address's count and the pair's");
    let later = start + WINDOW + 120;
    let again = attempts.attempt(db.as_ref(), Guess::Enrol, address, "B82005", later).await.unwrap();
    assert!(again.is_ok(), "the window has passed");
    let elsewhere = Some(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 77)));
    let much_later = later + WINDOW + 120;
    drop(attempts.attempt(db.as_ref(), Guess::Enrol, elsewhere, "L85001", much_later).await.unwrap().unwrap());
    assert_eq!(db.attempt_keys().await.unwrap(), 2, "the counts of the first address were swept");
}
