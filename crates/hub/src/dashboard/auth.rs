//! Staff sign-in: argon2id passwords (checked off the async workers), sessions in httpOnly SameSite=Strict cookies,
//! and a CSRF token on every form. The limits on guessing are in `crate::limits`.

use std::sync::LazyLock;

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

/// A cookie's name as this hub sets it. Over HTTPS it is a `__Host-` cookie: sent over HTTPS only, for this host
/// only, and one that neither a sibling subdomain nor a plain-HTTP page can set or overwrite.
pub fn cookie_name(hub: &Hub, name: &str) -> String {
    if hub.https { format!("__Host-{name}") } else { name.to_owned() }
}

pub fn set_cookie(hub: &Hub, name: &str, value: &str, max_age_seconds: i64) -> String {
    let name = cookie_name(hub, name);
    // `__Host-` asks for Path=/ and Secure; over plain HTTP (loopback only) Secure would lose the cookie.
    let scope = if hub.https { "Path=/; Secure" } else { "Path=/dashboard" };
    format!("{name}={value}; {scope}; HttpOnly; SameSite=Strict; Max-Age={max_age_seconds}")
}

/// Checks a password on a blocking thread, at most as many at once as the hub has slots. With no account (`None`),
/// a throwaway hash is checked instead, so the time taken does not tell which email addresses have accounts.
pub async fn check_password(hub: &Hub, password: String, hash: Option<String>) -> bool {
    static NO_ACCOUNT: LazyLock<String> = LazyLock::new(|| hash_password(&secrets::new_token()));
    // The slot goes with the work: a request cancelled mid-check does not free it while argon2 still runs.
    let slot = hub.password_slots.clone().acquire_owned().await.expect("the semaphore is never closed");
    hub.metrics.password_checks.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let known = hash.is_some();
    let checked = tokio::task::spawn_blocking(move || {
        let _slot = slot;
        let hash = hash.unwrap_or_else(|| NO_ACCOUNT.clone());
        verify_password(&password, &hash)
    });
    checked.await.unwrap_or(false) && known
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
        let token = cookie(&parts.headers, &cookie_name(hub, SESSION_COOKIE)).ok_or_else(to_login)?;
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
}
