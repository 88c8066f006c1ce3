//! A test server for the UI in a browser: serves the UI built with `--mode web` and answers its backend calls
//! (`POST /invoke/<command>`) through the app's own commands (`pathfinder_app::commands::call`, the same the
//! desktop shell's invoke handler runs) on a throwaway data folder.
//! `POST /test/reset` starts again from an empty folder. The outbox runs as in the app. Loopback only.
//! `POST /test/choose` with `{"path": "/tmp/patients.csv"}` (or `{"path": null}`, the dialog closed) gives the answer
//! the next file dialog would: a browser cannot drive the system's dialogs, so the commands behind them are given the
//! path, as the app's own test hook (`Config::file_choices`) allows.
//!
//! It runs the app's commands for whoever asks, so it answers only its own page: every POST must carry the random
//! token it writes into the index.html it serves (a page from another origin cannot read it), and every request
//! must name this server in its Host header (a rebound DNS name does not) and, when it has one, its Origin.
//!
//! Usage: pathfinder-web-backend --port PORT --ui DIR

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use pathfinder_app::clock::{Clock, TimeZone};
use pathfinder_app::{App, AppState, Config, Desktop, FileChoices, UpdateError, UpdateView, commands, run_outbox};
use tiny_http::{Header, Method, Request, Response, Server};

static RUNS: AtomicU32 = AtomicU32::new(0);

/// A browser is no desktop: there is no viewer to open a file with, and the test server is no installed app with
/// an update to find. Everything before these calls (which files may be opened, which hub is asked) is the app's.
struct Browser;

impl Desktop for Browser {
    fn open(&self, _path: &Path) -> Result<(), String> {
        Ok(())
    }

    async fn check_update(&self, _hub: Option<String>) -> UpdateView {
        UpdateView::none(env!("CARGO_PKG_VERSION"))
    }

    async fn install_update(&self) -> Result<(), UpdateError> {
        Err(UpdateError::NoneWaiting)
    }
}

/// A fresh data folder; a test server never writes into the keychain of the machine it runs on.
fn fresh_app(choices: &FileChoices) -> App<Browser> {
    let run = RUNS.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("pathfinder-web-{}-{run}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    // Today in the machine's time zone, as the desktop has it and as the browser under test reads its own clock.
    let config = Config {
        clock: Clock::system(TimeZone::system),
        file_choices: Some(choices.clone()),
        ..Config::in_folder(dir)
    };
    let state = AppState::open(config, &["en-GB".to_owned()]).expect("a fresh data folder opens");
    state.tidy_letters();
    App { state, desktop: Browser }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("a valid header")
}

/// The header a POST carries the token in, and the meta element the page finds it in.
const TOKEN_HEADER: &str = "x-pathfinder-test-token";
const TOKEN_META: &str = "pathfinder-test-token";

fn new_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the OS has a random source");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn header_value<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request.headers().iter().find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name)).map(|h| h.value.as_str())
}

/// Whether the request comes from this server's own page: Host (and Origin, when sent) name it, and a POST carries
/// the token.
fn from_own_page(request: &Request, port: u16, token: &str) -> bool {
    let own = [format!("127.0.0.1:{port}"), format!("localhost:{port}")];
    let host = header_value(request, "host").is_some_and(|host| own.iter().any(|o| o == host));
    let origin = header_value(request, "origin")
        .is_none_or(|origin| own.iter().any(|o| origin.strip_prefix("http://") == Some(o.as_str())));
    let token_ok = *request.method() != Method::Post || header_value(request, TOKEN_HEADER) == Some(token);
    host && origin && token_ok
}

fn serve_file(ui: &Path, request: Request, token: &str) {
    let path = request.url().split(['?', '#']).next().unwrap_or("/").trim_start_matches('/').to_owned();
    let file = if path.is_empty() || path.contains("..") { ui.join("index.html") } else { ui.join(path) };
    let _ = match std::fs::read(&file) {
        Ok(mut bytes) => {
            if file.file_name().is_some_and(|name| name == "index.html") {
                let page = String::from_utf8_lossy(&bytes).replacen(
                    "<head>",
                    &format!(r#"<head><meta name="{TOKEN_META}" content="{token}">"#),
                    1,
                );
                bytes = page.into_bytes();
            }
            request.respond(Response::from_data(bytes).with_header(header("Content-Type", content_type(&file))))
        }
        Err(_) => request.respond(Response::from_string("not found").with_status_code(404)),
    };
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut port, mut ui) = (4173u16, PathBuf::from("dist-web"));
    while let Some(flag) = args.next() {
        let value = args.next().unwrap_or_else(|| panic!("{flag} needs a value"));
        match flag.as_str() {
            "--port" => port = value.parse().expect("--port takes a number"),
            "--ui" => ui = PathBuf::from(value),
            other => panic!("unknown option {other}"),
        }
    }
    let server = Server::http(("127.0.0.1", port)).expect("the port is free");
    let token = new_token();
    let runtime =
        tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().expect("a runtime");
    let choices = FileChoices::default();
    let mut app = fresh_app(&choices);
    let mut outbox = runtime.spawn(run_outbox(app.state.clone()));
    for mut request in server.incoming_requests() {
        let url = request.url().to_owned();
        if !from_own_page(&request, port, &token) {
            let _ = request.respond(Response::from_string("not from this server's page").with_status_code(403));
            continue;
        }
        if *request.method() != Method::Post {
            serve_file(&ui, request, &token);
            continue;
        }
        if url == "/test/reset" {
            outbox.abort();
            app = fresh_app(&choices);
            outbox = runtime.spawn(run_outbox(app.state.clone()));
            let _ = request.respond(Response::from_string("{}"));
            continue;
        }
        if url == "/test/choose" {
            let mut body = String::new();
            let _ = request.as_reader().read_to_string(&mut body);
            let answer: serde_json::Value = serde_json::from_str(&body).unwrap_or(serde_json::Value::Null);
            choices.push(answer["path"].as_str().map(PathBuf::from));
            let _ = request.respond(Response::from_string("{}"));
            continue;
        }
        let Some(command) = url.strip_prefix("/invoke/") else {
            let _ = request.respond(Response::from_string("not found").with_status_code(404));
            continue;
        };
        let mut body = String::new();
        let _ = request.as_reader().read_to_string(&mut body);
        let args = serde_json::from_str(&body).unwrap_or(serde_json::Value::Null);
        // The browser tests' transport has no channel: a long command reports only its end.
        let (status, value) = match runtime.block_on(commands::call(&app, command, &args, None)) {
            Ok(value) => (200, value),
            Err(error) => (400, serde_json::to_value(error).expect("errors serialise")),
        };
        let response = Response::from_string(value.to_string())
            .with_status_code(status)
            .with_header(header("Content-Type", "application/json"));
        let _ = request.respond(response);
    }
}
