//! The hub's hardening: HTTPS served by the real binary, the security headers of every dashboard route and API
//! answer, and a log at TRACE level that holds no token, code, password or cookie.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use pathfinder_client::HubClient;
use pathfinder_hub::db::{Database, SqliteDatabase, UserRole};
use pathfinder_hub::{Hub, admin, app};
use time::OffsetDateTime;
use tower::ServiceExt;

const EXAMPLE: &str = include_str!("../../protocol/examples/submission-v2.json");
const PRACTICES: &str = "ods_code,name,ccg\nB82005,Riverside Surgery,02V\nL85001,Quantock Practice,11X\n";
const EMAIL: &str = "lead@nhs.net";
// Characters that change when form-encoded, so that both spellings can be looked for in the log.
const PASSWORD: &str = "Tr0ub4dor&3 staple-horse";

async fn database(dir: &Path) -> Arc<dyn Database> {
    let db: Arc<dyn Database> = Arc::new(SqliteDatabase::open(&dir.join("hub.sqlite3")).await.unwrap());
    admin::import_practices(db.as_ref(), "practices.csv", PRACTICES, "test").await.unwrap();
    admin::add_user(db.as_ref(), EMAIL, PASSWORD, UserRole::National, &[], "test").await.unwrap();
    db
}

fn form_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// One answer, whichever way it came.
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Answer {
    fn header(&self, name: header::HeaderName) -> &str {
        self.headers.get(&name).map(|v| v.to_str().unwrap()).unwrap_or("")
    }

    /// The value of the page's first hidden CSRF field.
    fn csrf(&self) -> String {
        let at = self.body.find("name=\"csrf\" value=\"").expect("the page has a CSRF field") + 19;
        self.body[at..at + 64].to_owned()
    }
}

enum Target {
    Router(Hub),
    Http { client: reqwest::Client, base: String },
}

/// A browser's worth of the hub: cookies kept between requests, either through `oneshot` or over a real port.
struct Browser {
    target: Target,
    cookies: Vec<(String, String)>,
}

impl Browser {
    fn new(target: Target) -> Self {
        Self { target, cookies: Vec::new() }
    }

    async fn request(&mut self, method: &str, uri: &str, form: &[(&str, &str)]) -> Answer {
        let cookie = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
        let body = form.iter().map(|(k, v)| format!("{k}={}", form_encode(v))).collect::<Vec<_>>().join("&");
        let (status, headers, bytes) = match &self.target {
            Target::Router(hub) => {
                let mut request = Request::builder().method(method).uri(uri);
                if !cookie.is_empty() {
                    request = request.header("cookie", &cookie);
                }
                if !form.is_empty() {
                    request = request.header("content-type", "application/x-www-form-urlencoded");
                }
                let response = app(hub.clone()).oneshot(request.body(Body::from(body)).unwrap()).await.unwrap();
                let (parts, body) = response.into_parts();
                (parts.status, parts.headers, body.collect().await.unwrap().to_bytes().to_vec())
            }
            Target::Http { client, base } => {
                let mut request = client.request(method.parse().unwrap(), format!("{base}{uri}"));
                if !cookie.is_empty() {
                    request = request.header("cookie", &cookie);
                }
                if !form.is_empty() {
                    request = request.header("content-type", "application/x-www-form-urlencoded").body(body);
                }
                let response = request.send().await.unwrap();
                let (status, headers) = (response.status(), response.headers().clone());
                (status, headers, response.bytes().await.unwrap().to_vec())
            }
        };
        for value in headers.get_all(header::SET_COOKIE) {
            let pair = value.to_str().unwrap().split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            self.cookies.retain(|(k, _)| k != name);
            if !value.is_empty() {
                self.cookies.push((name.to_owned(), value.to_owned()));
            }
        }
        Answer { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    fn cookie(&self, name: &str) -> String {
        self.cookies.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    async fn sign_in(&mut self, password: &str) -> Answer {
        let csrf = self.request("GET", "/dashboard/login", &[]).await.csrf();
        self.request("POST", "/dashboard/login", &[("email", EMAIL), ("password", password), ("csrf", &csrf)]).await
    }
}

fn install_ring() {
    // Either this call or an earlier one (HubClient makes the same) leaves ring in place.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// A client for plain HTTP that follows no redirect, so that each answer's own headers are seen.
fn plain_client() -> reqwest::Client {
    install_ring();
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

/// A client that trusts only the given certificate.
fn client_trusting(cert_pem: &str, server: SocketAddr) -> reqwest::Client {
    install_ring();
    reqwest::Client::builder()
        .tls_certs_only([reqwest::Certificate::from_pem(cert_pem.as_bytes()).unwrap()])
        .resolve("localhost", server)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// A self-signed certificate for this machine, written as PEM files: (certificate, key, certificate's PEM).
fn self_signed(dir: &Path, name: &str) -> (PathBuf, PathBuf, String) {
    let made = rcgen::generate_simple_self_signed(vec!["localhost".into(), "127.0.0.1".into()]).unwrap();
    let (cert, key) = (dir.join(format!("{name}.crt")), dir.join(format!("{name}.key")));
    std::fs::write(&cert, made.cert.pem()).unwrap();
    std::fs::write(&key, made.signing_key.serialize_pem()).unwrap();
    (cert, key, made.cert.pem())
}

/// A TLS configuration with a self-signed certificate written to `dir`, a listener on a loopback port for it, that
/// port's address, and the certificate's PEM for a client to trust.
async fn tls_on_loopback(
    dir: &Path,
) -> (std::sync::Arc<rustls::ServerConfig>, tokio::net::TcpListener, SocketAddr, String) {
    let (cert, key, cert_pem) = self_signed(dir, "hub");
    install_ring();
    let config = pathfinder_hub::tls::server_config(&cert, &key).unwrap();
    let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = tcp.local_addr().unwrap();
    (config, tcp, address, cert_pem)
}

fn hub_command(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pathfinder-hub"));
    command
        .arg("--database")
        .arg(format!("sqlite://{}", dir.join("served.sqlite3").display()))
        .env("RUST_LOG", "info")
        .env("NO_COLOR", "1");
    command
}

/// The real binary serving on a loopback port it chose; stopped when dropped.
struct Served {
    child: Child,
    address: SocketAddr,
}

impl Served {
    fn start(dir: &Path, tls: Option<(&Path, &Path)>) -> Self {
        Self::start_with(dir, tls, &[])
    }

    fn start_with(dir: &Path, tls: Option<(&Path, &Path)>, options: &[&str]) -> Self {
        let mut command = hub_command(dir);
        command.args(["serve", "--listen", "127.0.0.1:0"]).args(options);
        if let Some((cert, key)) = tls {
            command.arg("--tls-cert").arg(cert).arg("--tls-key").arg(key);
        }
        let mut child = command.stdout(Stdio::piped()).stderr(Stdio::inherit()).spawn().unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let line = lines
            .by_ref()
            .map(Result::unwrap)
            .find(|line| line.contains("pathfinder-hub listening"))
            .expect("the hub says where it listens");
        let address = line.split("address=").nth(1).unwrap().split_whitespace().next().unwrap().parse().unwrap();
        let scheme = if tls.is_some() { "HTTPS" } else { "plain HTTP" };
        assert!(line.contains(&format!("listening on {scheme}")), "{line}");
        // Keep reading so that a full pipe never blocks the hub.
        std::thread::spawn(move || lines.for_each(drop));
        Self { child, address }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// SIGTERM (what systemd and container runtimes send to stop a service) drains like Ctrl-C: a request under way is
/// answered, no new connection is taken, and the process exits cleanly.
#[test]
fn sigterm_lets_the_requests_under_way_finish_and_stops() {
    let dir = tempfile::tempdir().unwrap();
    let mut served = Served::start(dir.path(), None);
    let address = served.address;
    let body = br#"{"odsCode":"B82005","code":"ABCD-EFGH"}"#;
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    let head = format!(
        "POST /api/v1/enrol HTTP/1.1\r\nhost: hub\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(&body[..10]).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));

    let pid = served.child.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert!(served.child.try_wait().unwrap().is_none(), "still finishing the request under way");
    assert!(std::net::TcpStream::connect(address).is_err(), "no new connection is taken while draining");

    stream.write_all(&body[10..]).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 403"), "the request under way was answered: {answer}");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    let status = loop {
        if let Some(status) = served.child.try_wait().unwrap() {
            break status;
        }
        assert!(std::time::Instant::now() < deadline, "the hub stops once drained");
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert!(status.success(), "a clean exit, not death by signal: {status:?}");
}

/// Clients that connect and never say hello hold a handshake each, up to the cap; beyond it the hub takes no more
/// connections until one ends, so a flood of them is bounded (here: a cap of one, a two-second handshake deadline).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_handshakes_under_way_are_capped() {
    let dir = tempfile::tempdir().unwrap();
    let (config, tcp, address, cert_pem) = tls_on_loopback(dir.path()).await;
    let listener = pathfinder_hub::tls::TlsListener::with_limits(tcp, config, 1, std::time::Duration::from_secs(2));
    let db = database(dir.path()).await;
    let options = pathfinder_hub::serve::Options::default();
    tokio::spawn(pathfinder_hub::serve::serve(listener, app(Hub::new(db)), options, std::future::pending()));

    let client = client_trusting(&cert_pem, address);
    let url = format!("https://127.0.0.1:{}/healthz", address.port());
    let started = std::time::Instant::now();
    assert_eq!(client.get(&url).send().await.unwrap().status(), StatusCode::OK, "served at once with the slot free");
    let alone = started.elapsed();

    let _silent = std::net::TcpStream::connect(address).unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    // A new client: the first one's connection, kept alive, would need no new handshake.
    let client = client_trusting(&cert_pem, address);
    let started = std::time::Instant::now();
    let answer = client.get(&url).send().await.unwrap();
    let waited = started.elapsed();
    assert_eq!(answer.status(), StatusCode::OK);
    assert!(waited >= std::time::Duration::from_millis(1500), "waited for the silent handshake's deadline: {waited:?}");
    assert!(alone < std::time::Duration::from_millis(1500), "{alone:?}");
}

/// Over TLS as over plain HTTP, a connection is served with Nagle's algorithm off (see serve::no_delay).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tls_connection_is_served_with_nagles_algorithm_off() {
    use axum::serve::Listener as _;
    let dir = tempfile::tempdir().unwrap();
    let (config, tcp, address, cert_pem) = tls_on_loopback(dir.path()).await;
    let mut listener = pathfinder_hub::tls::TlsListener::new(tcp, config);
    let client = client_trusting(&cert_pem, address);
    // The client's request waits for an answer no one serves: only its handshake is wanted here.
    let request =
        tokio::spawn(async move { client.get(format!("https://127.0.0.1:{}/", address.port())).send().await });
    let (io, _) = listener.accept().await;
    assert!(io.get_ref().0.nodelay().unwrap());
    request.abort();
}

/// Behind the proxy named by --trusted-proxy, the limits count the client X-Forwarded-For gives (its last entry, the
/// one the proxy appended): one client's failures do not lock another out through the shared proxy address, and a
/// client cannot escape its count by sending an X-Forwarded-For of its own.
#[tokio::test]
async fn behind_a_trusted_proxy_each_client_is_counted_by_its_own_address() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path()).await;
    let proxy: std::net::IpAddr = "10.0.0.2".parse().unwrap();
    let sign_in = |hub: Hub, forwarded: &'static str, password: &'static str| async move {
        let get = Request::get("/dashboard/login").body(Body::empty()).unwrap();
        let page = app(hub.clone()).oneshot(get).await.unwrap();
        let body = String::from_utf8(page.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
        let at = body.find("name=\"csrf\" value=\"").unwrap() + 19;
        let csrf = body[at..at + 64].to_owned();
        let form = format!("email={}&password={}&csrf={csrf}", form_encode(EMAIL), form_encode(password));
        let mut request = Request::post("/dashboard/login")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", format!("pathfinder_login_csrf={csrf}"))
            .header("x-forwarded-for", forwarded)
            .body(Body::from(form))
            .unwrap();
        request.extensions_mut().insert(axum::extract::ConnectInfo(SocketAddr::new(proxy, 51_000)));
        app(hub).oneshot(request).await.unwrap().status()
    };

    let hub = Hub { trusted_proxy: Some(proxy), ..Hub::new(db.clone()) };
    for _ in 0..5 {
        assert_eq!(sign_in(hub.clone(), "203.0.113.9", "a guess").await, StatusCode::UNAUTHORIZED);
    }
    let spoofed = sign_in(hub.clone(), "198.51.100.1, 203.0.113.9", "a guess").await;
    assert_eq!(spoofed, StatusCode::TOO_MANY_REQUESTS, "a forged first entry does not make a new client");
    let colleague = sign_in(hub.clone(), "203.0.113.50", PASSWORD).await;
    assert_eq!(colleague, StatusCode::SEE_OTHER, "another client behind the same proxy signs in");

    // Without --trusted-proxy, everyone behind the proxy is the proxy: which is why the option is there.
    let hub = Hub::new(db);
    for _ in 0..5 {
        assert_eq!(sign_in(hub.clone(), "203.0.113.9", "a guess").await, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(sign_in(hub.clone(), "203.0.113.50", PASSWORD).await, StatusCode::TOO_MANY_REQUESTS);
}

const HSTS: &str = "max-age=31536000; includeSubDomains";

#[tokio::test]
async fn https_serves_the_api_and_dashboard_and_a_plain_http_client_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (cert, key, cert_pem) = self_signed(dir.path(), "hub");
    let served = Served::start(dir.path(), Some((&cert, &key)));
    let client = client_trusting(&cert_pem, served.address);
    let port = served.address.port();
    let https = format!("https://127.0.0.1:{port}");

    for base in [https.clone(), format!("https://localhost:{port}")] {
        let health = client.get(format!("{base}/healthz")).send().await.unwrap();
        assert_eq!(health.status(), StatusCode::OK);
        assert_eq!(health.headers()[header::STRICT_TRANSPORT_SECURITY], HSTS);
        assert_eq!(health.text().await.unwrap(), "ok");
    }

    let refused = client.post(format!("{https}/api/v1/submissions")).body(EXAMPLE).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(refused.headers()[header::CONTENT_TYPE], "application/json");
    assert_eq!(refused.headers()[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(refused.headers()[header::CACHE_CONTROL], "no-store");
    assert_eq!(refused.headers()[header::STRICT_TRANSPORT_SECURITY], HSTS);
    let error: serde_json::Value = serde_json::from_str(&refused.text().await.unwrap()).unwrap();
    assert_eq!(error["code"], "no-credential");

    // Over HTTPS the cookies the dashboard sets go back over HTTPS only.
    let mut browser = Browser::new(Target::Http { client: client.clone(), base: https.clone() });
    let login = browser.request("GET", "/dashboard/login", &[]).await;
    assert_eq!(login.status, StatusCode::OK);
    assert_eq!(login.header(header::STRICT_TRANSPORT_SECURITY), HSTS);
    assert!(login.header(header::CONTENT_SECURITY_POLICY).contains("default-src 'none'"));
    assert_host_cookie(login.header(header::SET_COOKIE));

    // A client that does not trust the certificate is turned away by its own TLS, which shows the check is real.
    let (_, _, stranger_pem) = self_signed(dir.path(), "stranger");
    let wary = client_trusting(&stranger_pem, served.address);
    assert!(wary.get(format!("{https}/healthz")).send().await.is_err());

    // Plain HTTP to the TLS port gets no HTTP answer, and the hub keeps serving.
    let plain = plain_client().get(format!("http://127.0.0.1:{port}/healthz")).send().await;
    assert!(plain.is_err(), "{plain:?}");
    let mut raw = std::net::TcpStream::connect(served.address).unwrap();
    raw.write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    let mut answer = Vec::new();
    let _ = raw.read_to_end(&mut answer);
    assert!(!answer.starts_with(b"HTTP/"), "{:?}", String::from_utf8_lossy(&answer));
    let health = client.get(format!("{https}/healthz")).send().await.unwrap();
    assert_eq!(health.status(), StatusCode::OK);
}

/// A `__Host-` cookie: Secure, for the whole of this host only.
fn assert_host_cookie(cookie: &str) {
    assert!(cookie.starts_with("__Host-pathfinder_login_csrf="), "{cookie}");
    assert!(cookie.contains("; Path=/; Secure;") && !cookie.contains("Domain"), "{cookie}");
}

/// Behind a proxy that terminates TLS (the deployment the README gives), `--public-url https://...` makes the plain
/// HTTP hub behind it set the cookies and HSTS it would set serving TLS itself, and signing in works with them.
#[tokio::test]
async fn behind_a_tls_proxy_the_public_url_gives_host_cookies_and_hsts() {
    let dir = tempfile::tempdir().unwrap();
    let db = SqliteDatabase::open(&dir.path().join("served.sqlite3")).await.unwrap();
    admin::add_user(&db, EMAIL, PASSWORD, UserRole::National, &[], "test").await.unwrap();
    drop(db);
    let served = Served::start_with(dir.path(), None, &["--public-url", "https://pathfinder.example.nhs.uk"]);
    let base = format!("http://{}", served.address);
    let mut browser = Browser::new(Target::Http { client: plain_client(), base });
    let health = browser.request("GET", "/healthz", &[]).await;
    assert_eq!(health.header(header::STRICT_TRANSPORT_SECURITY), HSTS);
    let login = browser.request("GET", "/dashboard/login", &[]).await;
    assert_eq!(login.header(header::STRICT_TRANSPORT_SECURITY), HSTS);
    assert_host_cookie(login.header(header::SET_COOKIE));
    let csrf = browser.cookie("__Host-pathfinder_login_csrf");
    let signed_in =
        browser.request("POST", "/dashboard/login", &[("email", EMAIL), ("password", PASSWORD), ("csrf", &csrf)]).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    let session = signed_in.header(header::SET_COOKIE);
    assert!(session.starts_with("__Host-pathfinder_session=") && session.contains("; Path=/; Secure;"), "{session}");
    let overview = browser.request("GET", "/dashboard", &[]).await;
    assert_eq!(overview.status, StatusCode::OK, "the __Host- session cookie is the one read");

    let refused = hub_command(dir.path()).args(["serve", "--public-url", "http://pathfinder.example.nhs.uk"]).output();
    let refused = refused.unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("is not an https:// address"));
}

#[tokio::test]
async fn plain_http_sends_no_hsts_and_no_secure_cookies() {
    let dir = tempfile::tempdir().unwrap();
    let served = Served::start(dir.path(), None);
    let base = format!("http://{}", served.address);
    let mut browser = Browser::new(Target::Http { client: plain_client(), base });
    let health = browser.request("GET", "/healthz", &[]).await;
    assert_eq!((health.status, health.body.as_str()), (StatusCode::OK, "ok"));
    assert_eq!(health.header(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
    assert!(!health.headers.contains_key(header::STRICT_TRANSPORT_SECURITY));
    let login = browser.request("GET", "/dashboard/login", &[]).await;
    assert_eq!(login.status, StatusCode::OK);
    assert!(!login.headers.contains_key(header::STRICT_TRANSPORT_SECURITY));
    assert!(!login.header(header::SET_COOKIE).contains("Secure"), "{}", login.header(header::SET_COOKIE));
}

#[test]
fn a_certificate_or_key_that_cannot_be_served_is_refused_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (cert, key, _) = self_signed(dir.path(), "hub");
    let (_, other_key, _) = self_signed(dir.path(), "other");
    let junk = dir.path().join("junk.pem");
    std::fs::write(&junk, "not a certificate\n").unwrap();
    let missing = dir.path().join("missing.pem");
    let refusal = |cert: &Path, key: &Path| {
        let output = hub_command(dir.path())
            .args(["serve", "--listen", "127.0.0.1:0", "--tls-cert"])
            .arg(cert)
            .arg("--tls-key")
            .arg(key)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2));
        String::from_utf8(output.stderr).unwrap()
    };
    let said = refusal(&missing, &key);
    assert!(said.contains(&format!("{}: No such file", missing.display())), "{said}");
    let said = refusal(&junk, &key);
    assert!(said.contains(&format!("{}: not a PEM certificate chain", junk.display())), "{said}");
    let said = refusal(&cert, &junk);
    assert!(said.contains(&format!("{}: not a PEM private key", junk.display())), "{said}");
    let said = refusal(&key, &cert);
    assert!(said.contains(&format!("{}: not a PEM certificate chain", key.display())), "{said}");
    let said = refusal(&cert, &other_key);
    assert!(said.contains("do not make a usable pair") && said.contains(&other_key.display().to_string()), "{said}");
    assert!(!dir.path().join("served.sqlite3").exists(), "nothing is touched before the certificate is read");

    let output = hub_command(dir.path()).args(["serve", "--tls-cert"]).arg(&cert).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8(output.stderr).unwrap().contains("--tls-key"));
}

/// The dashboard's policy, checked directive by directive; returns the nonce.
fn assert_dashboard_headers(what: &str, answer: &Answer) -> String {
    assert_eq!(answer.header(header::X_CONTENT_TYPE_OPTIONS), "nosniff", "{what}");
    assert_eq!(answer.header(header::CACHE_CONTROL), "no-store", "{what}");
    assert_eq!(answer.header(header::REFERRER_POLICY), "no-referrer", "{what}");
    assert!(!answer.headers.contains_key(header::STRICT_TRANSPORT_SECURITY), "{what}: HSTS on plain HTTP");
    let policy = answer.header(header::CONTENT_SECURITY_POLICY);
    let directives: Vec<&str> = policy.split(';').map(str::trim).collect();
    let nonce = directives
        .iter()
        .find_map(|d| d.strip_prefix("script-src 'nonce-"))
        .and_then(|rest| rest.strip_suffix('\''))
        .unwrap_or_else(|| panic!("{what}: no script nonce in {policy}"));
    assert!(nonce.len() >= 22 && nonce.chars().all(|c| c.is_ascii_hexdigit()), "{what}: {nonce}");
    for expected in [
        "default-src 'none'".to_owned(),
        format!("style-src 'self' 'nonce-{nonce}'"),
        "frame-ancestors 'none'".to_owned(),
        "base-uri 'none'".to_owned(),
        "form-action 'self'".to_owned(),
    ] {
        assert!(directives.contains(&expected.as_str()), "{what}: {expected} missing from {policy}");
    }
    assert!(!policy.contains("unsafe"), "{what}: {policy}");
    // Inline style attributes are blocked whatever the nonce, and a tag without the nonce would be too.
    assert!(!answer.body.contains(" style=\""), "{what} has an inline style attribute");
    for tag in ["<script", "<style"] {
        for (at, _) in answer.body.match_indices(tag) {
            let end = answer.body[at..].find('>').unwrap() + at;
            assert!(answer.body[at..end].contains(&format!("nonce=\"{nonce}\"")), "{what}: {tag} without the nonce");
        }
    }
    nonce.to_owned()
}

fn assert_api_headers(what: &str, answer: &Answer) {
    assert_eq!(answer.header(header::X_CONTENT_TYPE_OPTIONS), "nosniff", "{what}");
    assert_eq!(answer.header(header::CACHE_CONTROL), "no-store", "{what}");
}

#[tokio::test]
async fn every_dashboard_route_and_api_answer_carries_the_security_headers() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path()).await;
    let hub = Hub::new(db.clone());
    let mut browser = Browser::new(Target::Router(hub.clone()));
    let mut nonces = Vec::new();
    let mut check = |what: &str, answer: &Answer, status: StatusCode| {
        assert_eq!(answer.status, status, "{what}: {}", answer.body);
        nonces.push(assert_dashboard_headers(what, answer));
    };

    check("signed out", &browser.request("GET", "/dashboard", &[]).await, StatusCode::SEE_OTHER);
    let login = browser.request("GET", "/dashboard/login", &[]).await;
    check("sign-in form", &login, StatusCode::OK);
    let csrf = login.csrf();
    let wrong = [("email", EMAIL), ("password", "not the password"), ("csrf", csrf.as_str())];
    check("failed sign-in", &browser.request("POST", "/dashboard/login", &wrong).await, StatusCode::UNAUTHORIZED);
    check("sign-in", &browser.sign_in(PASSWORD).await, StatusCode::SEE_OTHER);
    assert!(!browser.cookie("pathfinder_session").is_empty());

    for (uri, marker) in [
        ("/dashboard", "href=\"/dashboard\" aria-current=\"page\""),
        ("/dashboard/trend", "id=\"pf-trend\""),
        ("/dashboard/practices", "id=\"pf-practices\""),
        ("/dashboard/practices/B82005", "Riverside Surgery"),
        ("/dashboard/admin", "action=\"/dashboard/admin/enrolment-codes\""),
        ("/dashboard/users", "action=\"/dashboard/users/disable\""),
        ("/dashboard/windows", "action=\"/dashboard/windows/practice\""),
    ] {
        let answer = browser.request("GET", uri, &[]).await;
        check(uri, &answer, StatusCode::OK);
        assert!(answer.body.contains(EMAIL), "{uri} is shown signed in");
        assert!(answer.body.contains(marker), "{uri}: {marker} missing");
    }
    let csv = browser.request("GET", "/dashboard/practices.csv?ccg=02V", &[]).await;
    check("CSV export", &csv, StatusCode::OK);
    assert!(csv.header(header::CONTENT_TYPE).starts_with("text/csv") && csv.body.contains("B82005"));
    let unknown = browser.request("GET", "/dashboard/practices/Z99999", &[]).await;
    check("unknown practice", &unknown, StatusCode::NOT_FOUND);

    let csrf = browser.request("GET", "/dashboard/admin", &[]).await.csrf();
    let issued =
        browser.request("POST", "/dashboard/admin/enrolment-codes", &[("csrf", &csrf), ("ods", "B82005")]).await;
    check("enrolment code issued", &issued, StatusCode::OK);
    assert!(issued.body.contains("pf-code"));
    let mut window = vec![("csrf", csrf.as_str()), ("ccg", "02V"), ("start", "2026-03-02"), ("weeks", "6")];
    let asked = browser.request("POST", "/dashboard/admin/windows", &window).await;
    check("window change to confirm", &asked, StatusCode::OK);
    window.push(("confirm", "yes"));
    check("window set", &browser.request("POST", "/dashboard/admin/windows", &window).await, StatusCode::SEE_OTHER);
    check(
        "forged form",
        &browser.request("POST", "/dashboard/logout", &[("csrf", "forged")]).await,
        StatusCode::FORBIDDEN,
    );
    check("sign-out", &browser.request("POST", "/dashboard/logout", &[("csrf", &csrf)]).await, StatusCode::SEE_OTHER);

    let distinct: std::collections::HashSet<_> = nonces.iter().collect();
    assert_eq!(distinct.len(), nonces.len(), "each response has its own nonce");

    // The stylesheet holds no data and may be cached; it is still never sniffed as anything but CSS.
    let css = browser.request("GET", "/dashboard/assets/dashboard.css", &[]).await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(css.header(header::CONTENT_TYPE), "text/css");
    assert_eq!(css.header(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
    assert_eq!(css.header(header::CACHE_CONTROL), "max-age=3600");

    for (method, uri, status) in [
        ("GET", "/healthz", StatusCode::OK),
        ("GET", "/metrics", StatusCode::OK),
        ("GET", "/api/v1/openapi.json", StatusCode::OK),
        ("GET", "/api/v1/practice/config", StatusCode::UNAUTHORIZED),
        ("POST", "/api/v1/submissions", StatusCode::UNAUTHORIZED),
        ("POST", "/api/v1/enrol", StatusCode::BAD_REQUEST),
        ("GET", "/nowhere", StatusCode::NOT_FOUND),
    ] {
        let answer = browser.request(method, uri, &[]).await;
        assert_eq!(answer.status, status, "{uri}");
        assert_api_headers(uri, &answer);
    }
}

/// Whatever the subscriber writes, kept for reading back.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[tokio::test]
async fn no_token_code_password_or_cookie_reaches_the_log() {
    let log = Captured::default();
    // Global rather than per thread, so the database's worker threads are heard too.
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(log.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber).unwrap();

    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path()).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(pathfinder_hub::serve::serve(
        listener,
        app(Hub::new(db.clone())),
        pathfinder_hub::serve::Options::default(),
        std::future::pending(),
    ));
    let mut secrets: Vec<(&str, String)> = Vec::new();

    let code = admin::issue_enrolment_code(db.as_ref(), "B82005", "test", OffsetDateTime::now_utc()).await.unwrap();
    let client = HubClient::new(&base).unwrap();
    let wrong_code = "ABCD-EFGH";
    assert!(client.enrol("B82005", wrong_code).await.is_err());
    let token = client.enrol("B82005", &code).await.unwrap().token;
    client.submit(&token, EXAMPLE.as_bytes().to_vec()).await.unwrap();
    let wrong_token = pathfinder_hub::secrets::new_token();
    assert!(client.submit(&wrong_token, EXAMPLE.as_bytes().to_vec()).await.is_err());
    assert!(client.config(&token).await.is_ok());
    secrets.extend([
        ("enrolment code", code.clone()),
        ("enrolment code without its dash", code.replace('-', "")),
        ("wrong enrolment code", wrong_code.into()),
        ("token", token),
        ("wrong token", wrong_token),
    ]);

    let mut browser = Browser::new(Target::Http { client: plain_client(), base: base.clone() });
    let wrong_password = "Wr0ng&password here";
    assert_eq!(browser.sign_in(wrong_password).await.status, StatusCode::UNAUTHORIZED);
    secrets.push(("login CSRF cookie", browser.cookie("pathfinder_login_csrf")));
    assert_eq!(browser.sign_in(PASSWORD).await.status, StatusCode::SEE_OTHER);
    let session = browser.cookie("pathfinder_session");
    assert_eq!(session.len(), 64);
    let admin = browser.request("GET", "/dashboard/admin", &[]).await;
    let csrf = admin.csrf();
    let issued =
        browser.request("POST", "/dashboard/admin/enrolment-codes", &[("csrf", &csrf), ("ods", "L85001")]).await;
    let at = issued.body.find("nhsuk-heading-l pf-code\">").expect("the code is shown") + 25;
    let dashboard_code = issued.body[at..at + 9].to_owned();
    assert_eq!(browser.request("POST", "/dashboard/logout", &[("csrf", &csrf)]).await.status, StatusCode::SEE_OTHER);
    // A secret put where it should never be, in a query string, stays out too.
    let query_secret = pathfinder_hub::secrets::new_token();
    assert_eq!(browser.request("GET", &format!("/healthz?token={query_secret}"), &[]).await.status, StatusCode::OK);
    secrets.extend([
        ("password", PASSWORD.into()),
        ("password as posted", form_encode(PASSWORD)),
        ("wrong password", wrong_password.into()),
        ("wrong password as posted", form_encode(wrong_password)),
        ("session cookie", session),
        ("session CSRF token", csrf),
        ("enrolment code from the dashboard", dashboard_code),
        ("query-string secret", query_secret),
    ]);

    server.abort();
    let text = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    for path in ["/api/v1/enrol", "/api/v1/submissions", "/dashboard/login", "/dashboard/admin/enrolment-codes"] {
        assert!(text.contains(&format!("path={path}")), "the log has no request to {path}:\n{text}");
    }
    assert!(text.contains("status=401") && text.contains("status=201"), "responses are logged:\n{text}");
    for (what, secret) in &secrets {
        assert!(secret.len() >= 8, "{what} is a real value: {secret:?}");
        assert!(!text.contains(secret.as_str()), "the {what} is in the log:\n{text}");
    }
}
