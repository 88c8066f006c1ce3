//! The security headers of every answer, set in one place so that no handler can forget them: nothing with data
//! is cached, nothing is sniffed, and the dashboard runs no script nor style that the hub did not send.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

/// The only answers a browser or proxy may keep: the dashboard's stylesheet, which holds no data.
const CACHEABLE: &str = "/dashboard/assets/";

/// This response's Content-Security-Policy nonce, in the request's extensions on dashboard routes: a page that needs
/// an inline `<script>` or `<style>` puts it in the tag's `nonce` attribute, and nothing else inline runs.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

fn is_dashboard(path: &str) -> bool {
    path == "/dashboard" || path.starts_with("/dashboard/")
}

fn new_nonce() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the OS has a random source");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The dashboard's policy: only this origin's stylesheet, only scripts and styles that carry the nonce, no
/// framing, no `<base>` and forms that post back here only.
pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'none'; script-src 'nonce-{nonce}'; style-src 'self' 'nonce-{nonce}'; img-src 'self' data:; \
         form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    )
}

/// The middleware every route of `app` runs through (see `axum::middleware::from_fn`).
pub async fn security_headers(mut request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let cacheable = path.starts_with(CACHEABLE);
    let nonce = (is_dashboard(path) && !cacheable).then(new_nonce);
    if let Some(nonce) = &nonce {
        request.extensions_mut().insert(CspNonce(nonce.clone()));
    }
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    if !cacheable {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if let Some(nonce) = nonce {
        let policy = HeaderValue::from_str(&content_security_policy(&nonce)).expect("a hex nonce fits a header");
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
        headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    }
    response
}

/// What only a hub reached over HTTPS says (see `axum::middleware::map_response`): stay on HTTPS for a year. Over
/// plain HTTP a browser would ignore it, so a hub on loopback leaves it out.
pub async fn hsts(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    response
}
