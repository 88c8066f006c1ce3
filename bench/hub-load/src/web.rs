//! Signing in to the dashboard as a browser does: the form's CSRF token (doubled in a cookie), the form posted, the
//! session cookie kept.

use crate::common::fail;

pub const SESSION: &str = "pathfinder_session";
pub const LOGIN_CSRF: &str = "pathfinder_login_csrf";

/// The value of cookie `name` among a response's Set-Cookie headers, as "name=value".
pub fn set_cookie(response: &ureq::http::Response<ureq::Body>, name: &str) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .find(|pair| pair.starts_with(&format!("{name}=")))
        .map(str::to_owned)
}

/// The sign-in form: its CSRF cookie ("name=value") and the token the form carries.
pub fn login_form(agent: &ureq::Agent, base: &str) -> (String, String) {
    let mut response =
        agent.get(format!("{base}/dashboard/login")).call().unwrap_or_else(|e| fail(format!("{base}: {e}")));
    let cookie = set_cookie(&response, LOGIN_CSRF).unwrap_or_else(|| fail("the sign-in form sets no CSRF cookie"));
    let page = response.body_mut().read_to_string().unwrap_or_else(|e| fail(e));
    let marker = "name=\"csrf\" value=\"";
    let at = page.find(marker).unwrap_or_else(|| fail("the sign-in form has no CSRF field")) + marker.len();
    let end = page[at..].find('"').unwrap_or_else(|| fail("the CSRF field is not closed")) + at;
    (cookie, page[at..end].to_owned())
}

fn form_escape(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Posts the sign-in form to `base`: the status, and the session cookie when one was set.
pub fn sign_in(
    agent: &ureq::Agent,
    base: &str,
    form: &(String, String),
    email: &str,
    password: &str,
) -> (u16, Option<String>) {
    let (cookie, csrf) = form;
    let body = format!("email={}&password={}&csrf={}", form_escape(email), form_escape(password), form_escape(csrf));
    let mut response = agent
        .post(format!("{base}/dashboard/login"))
        .header("cookie", cookie)
        .header("content-type", "application/x-www-form-urlencoded")
        .send(body)
        .unwrap_or_else(|e| fail(format!("{base}/dashboard/login: {e}")));
    let _ = response.body_mut().read_to_vec();
    (response.status().as_u16(), set_cookie(&response, SESSION))
}

/// Signs in and gives the session cookie; fails the benchmark if that does not work.
pub fn session(agent: &ureq::Agent, base: &str, email: &str, password: &str) -> String {
    let form = login_form(agent, base);
    match sign_in(agent, base, &form, email, password) {
        (303, Some(cookie)) => cookie,
        (status, _) => fail(format!("signing in to {base} as {email}: {status}, no session")),
    }
}

/// GET with a cookie: the status and the body.
pub fn get(agent: &ureq::Agent, url: &str, cookie: &str, gzip: bool) -> (u16, Vec<u8>) {
    let mut request = agent.get(url).header("cookie", cookie);
    if gzip {
        request = request.header("accept-encoding", "gzip");
    }
    let mut response = request.call().unwrap_or_else(|e| fail(format!("GET {url}: {e}")));
    let body = response
        .body_mut()
        .with_config()
        .limit(512 * 1024 * 1024)
        .read_to_vec()
        .unwrap_or_else(|e| fail(format!("GET {url}: reading the body: {e}")));
    (response.status().as_u16(), body)
}
