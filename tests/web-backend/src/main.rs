//! A test server for the UI in a browser: serves the UI built with `--mode web` and answers its backend calls
//! (`POST /invoke/<command>`) through the app's own commands (`pathfinder_app::commands::call`, the same the
//! desktop shell's invoke handler runs) on a throwaway data folder.
//! `POST /test/reset` starts again from an empty folder. The outbox runs as in the app. Loopback only.
//!
//! Usage: pathfinder-web-backend --port PORT --ui DIR

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use pathfinder_app::{App, AppState, Config, Desktop, UpdateError, UpdateView, commands, run_outbox};
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
fn fresh_app() -> App<Browser> {
    let run = RUNS.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("pathfinder-web-{}-{run}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let state = AppState::open(Config::in_folder(dir), &["en-GB".to_owned()]).expect("a fresh data folder opens");
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

fn serve_file(ui: &Path, request: Request) {
    let path = request.url().split(['?', '#']).next().unwrap_or("/").trim_start_matches('/').to_owned();
    let file = if path.is_empty() || path.contains("..") { ui.join("index.html") } else { ui.join(path) };
    let _ = match std::fs::read(&file) {
        Ok(bytes) => {
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
    let runtime =
        tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().expect("a runtime");
    let mut app = fresh_app();
    let mut outbox = runtime.spawn(run_outbox(app.state.clone()));
    for mut request in server.incoming_requests() {
        let url = request.url().to_owned();
        if *request.method() != Method::Post {
            serve_file(&ui, request);
            continue;
        }
        if url == "/test/reset" {
            outbox.abort();
            app = fresh_app();
            outbox = runtime.spawn(run_outbox(app.state.clone()));
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
