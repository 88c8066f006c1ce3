//! Staff sign-in: argon2id passwords, sessions in httpOnly SameSite=Strict cookies, a CSRF token on every form,
//! and a limit on failed sign-ins.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};

use crate::db::User;
use crate::{Hub, secrets};

pub const SESSION_COOKIE: &str = "pathfinder_session";
/// Before sign-in there is no session: the login form's CSRF token is doubled in this cookie instead.
pub const LOGIN_CSRF_COOKIE: &str = "pathfinder_login_csrf";
pub const SESSION_HOURS: i64 = 8;

pub fn hash_password(password: &str) -> String {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).expect("the OS has a random source");
    let salt = SaltString::encode_b64(&salt).expect("16 bytes make a salt");
    Argon2::default().hash_password(password.as_bytes(), &salt).expect("argon2id hashes").to_string()
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
}

/// A value from the request's Cookie header.
pub fn cookie<'a>(headers: &'a axum::http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all("cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

pub fn set_cookie(name: &str, value: &str, max_age_seconds: i64) -> String {
    format!("{name}={value}; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age={max_age_seconds}")
}

/// Failed attempts per key (an email address signing in, an ODS code enrolling) in the last quarter of an hour:
/// the fifth locks the key out until then.
#[derive(Default)]
pub struct FailureLimiter {
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

pub const MAX_FAILURES: usize = 5;
const WINDOW: Duration = Duration::from_secs(15 * 60);

impl FailureLimiter {
    pub fn locked(&self, email: &str) -> bool {
        let mut failures = self.failures.lock().expect("limiter lock");
        let list = failures.entry(email.to_owned()).or_default();
        list.retain(|at| at.elapsed() < WINDOW);
        list.len() >= MAX_FAILURES
    }

    pub fn failed(&self, email: &str) {
        self.failures.lock().expect("limiter lock").entry(email.to_owned()).or_default().push(Instant::now());
    }

    pub fn succeeded(&self, email: &str) {
        self.failures.lock().expect("limiter lock").remove(email);
    }
}

/// The signed-in member of staff; pages that need one redirect to the sign-in page without it.
pub struct SignedIn {
    pub user: User,
    pub csrf: String,
    pub session_hash: String,
}

impl FromRequestParts<Hub> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, hub: &Hub) -> Result<Self, Self::Rejection> {
        let to_login = || Redirect::to("/dashboard/login").into_response();
        let token = cookie(&parts.headers, SESSION_COOKIE).ok_or_else(to_login)?;
        let session_hash = secrets::hash(token);
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        match hub.db.session(&session_hash, now).await {
            Ok(Some((user, csrf))) => Ok(Self { user, csrf, session_hash }),
            Ok(None) => Err(to_login()),
            Err(error) => Err(crate::ApiError::from(error).into_response()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_against_their_argon2id_hash_only() {
        let hash = hash_password("correct horse battery staple");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery staple", &hash));
        assert!(!verify_password("Correct horse battery staple", &hash));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn the_fifth_failure_locks_the_address_and_success_clears_it() {
        let limiter = FailureLimiter::default();
        for _ in 0..MAX_FAILURES - 1 {
            limiter.failed("a@nhs.net");
        }
        assert!(!limiter.locked("a@nhs.net"));
        limiter.failed("a@nhs.net");
        assert!(limiter.locked("a@nhs.net"));
        assert!(!limiter.locked("b@nhs.net"));
        limiter.succeeded("a@nhs.net");
        assert!(!limiter.locked("a@nhs.net"));
    }
}
