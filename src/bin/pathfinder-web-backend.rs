//! A test server for the UI in a browser: serves the UI built with `--mode web` and answers its backend calls
//! (`POST /invoke/<command>`) with the app's real operations on a throwaway data folder.
//! `POST /test/reset` starts again from an empty folder. The outbox runs as in the app. Loopback only.
//!
//! Usage: pathfinder-web-backend --port PORT --ui DIR

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use pathfinder_app::{AppState, Credentials, dispatch, run_outbox};
use tiny_http::{Header, Method, Request, Response, Server};

static RUNS: AtomicU32 = AtomicU32::new(0);

fn fresh_state() -> AppState {
    let run = RUNS.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("pathfinder-web-{}-{run}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    // A test server never writes into the keychain of the machine it runs on.
    let credentials = Credentials::file_only(&dir);
    AppState::open_with(dir, &["en-GB".to_owned()], credentials).expect("a fresh data folder opens")
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
    let mut state = fresh_state();
    let mut outbox = runtime.spawn(run_outbox(state.clone()));
    for mut request in server.incoming_requests() {
        let url = request.url().to_owned();
        if *request.method() != Method::Post {
            serve_file(&ui, request);
            continue;
        }
        if url == "/test/reset" {
            outbox.abort();
            state = fresh_state();
            outbox = runtime.spawn(run_outbox(state.clone()));
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
        let (status, value) = match runtime.block_on(dispatch(&state, command, &args)) {
            Ok(value) => (200, value),
            Err(error) => (400, error),
        };
        let response = Response::from_string(value.to_string())
            .with_status_code(status)
            .with_header(header("Content-Type", "application/json"));
        let _ = request.respond(response);
    }
}
