//! Just enough of the W3C WebDriver protocol to drive the real app window through tauri-driver, and the
//! processes that needs: a private Xvfb display and tauri-driver on free ports.
// Each suite includes the support it needs and uses part of it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use std::thread::sleep;
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{Value, json};

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

pub type Result<T> = std::result::Result<T, String>;

/// A child process, in a process group of its own, whose whole group is killed when dropped: tauri-driver's
/// WebKitWebDriver and the app it started go with it, so a failed test leaves nothing running.
struct Guard(Child);

impl Guard {
    fn spawn(command: &mut Command) -> std::io::Result<Self> {
        use std::os::unix::process::CommandExt as _;
        command.process_group(0).spawn().map(Self)
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-KILL", "--", &format!("-{}", self.0.id())]).status();
        let _ = self.0.wait();
    }
}

/// A virtual X display of its own, numbered by Xvfb itself so parallel runs do not collide.
pub struct Display {
    _xvfb: Guard,
    pub name: String,
}

impl Display {
    pub fn start() -> Result<Self> {
        let mut xvfb = Guard::spawn(
            Command::new("Xvfb")
                .args(["-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp"])
                .stdout(Stdio::piped())
                .stderr(Stdio::null()),
        )
        .map_err(|e| format!("cannot start Xvfb (is the xvfb package installed?): {e}"))?;
        let mut line = String::new();
        BufReader::new(xvfb.0.stdout.take().expect("piped stdout"))
            .read_line(&mut line)
            .map_err(|e| format!("Xvfb did not report its display: {e}"))?;
        let number = line.trim();
        if number.is_empty() {
            return Err("Xvfb exited without a display".into());
        }
        Ok(Self { name: format!(":{number}"), _xvfb: xvfb })
    }
}

/// A D-Bus session bus of its own, as a desktop session has one: the app finds a copy of itself already running
/// on it (tauri-plugin-single-instance), and no test's app sees another's or the developer's.
pub struct SessionBus {
    _daemon: Guard,
    pub address: String,
}

impl SessionBus {
    pub fn start() -> Result<Self> {
        let mut daemon = Guard::spawn(
            Command::new("dbus-daemon")
                .args(["--session", "--nofork", "--nosyslog", "--print-address=1"])
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::null()),
        )
        .map_err(|e| format!("cannot start dbus-daemon (is the dbus-daemon package installed?): {e}"))?;
        let mut line = String::new();
        BufReader::new(daemon.0.stdout.take().expect("piped stdout"))
            .read_line(&mut line)
            .map_err(|e| format!("dbus-daemon did not report its address: {e}"))?;
        let address = line.trim().to_owned();
        if address.is_empty() {
            return Err("dbus-daemon exited without an address".into());
        }
        Ok(Self { _daemon: daemon, address })
    }
}

/// tauri-driver, which starts WebKitWebDriver, which starts the app.
pub struct Driver {
    _process: Guard,
    _bus: SessionBus,
    url: String,
    env: Vec<(String, String)>,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

fn tauri_driver() -> PathBuf {
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .map(|dir| dir.join("bin/tauri-driver"));
    cargo_bin.filter(|path| path.exists()).unwrap_or_else(|| PathBuf::from("tauri-driver"))
}

impl Driver {
    /// Starts tauri-driver on `display`, with a session bus of its own; `env` is passed down to the app.
    pub fn start(display: &Display, env: &[(&str, &str)]) -> Result<Self> {
        let bus = SessionBus::start()?;
        let mut app_env = vec![
            ("DISPLAY".to_owned(), display.name.clone()),
            ("DBUS_SESSION_BUS_ADDRESS".to_owned(), bus.address.clone()),
            // No accessibility bus: on a bus of its own, GTK would start one per test, all at one fixed path.
            ("NO_AT_BRIDGE".to_owned(), "1".to_owned()),
        ];
        app_env.extend(env.iter().map(|(name, value)| ((*name).to_owned(), (*value).to_owned())));
        let (port, native_port) = (free_port(), free_port());
        let process = Guard::spawn(
            Command::new(tauri_driver())
                .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
                .envs(app_env.iter().map(|(name, value)| (name, value)))
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        )
        .map_err(|e| format!("cannot start tauri-driver (cargo install tauri-driver): {e}"))?;
        let driver = Self { _process: process, _bus: bus, url: format!("http://127.0.0.1:{port}"), env: app_env };
        wait_until(Duration::from_secs(20), "tauri-driver to listen", || {
            Ok(agent().get(format!("{}/status", driver.url)).call().is_ok().then_some(()))
        })?;
        Ok(driver)
    }

    /// The environment the app is started with: the display, the session bus, and what the test passed.
    pub fn app_env(&self) -> &[(String, String)] {
        &self.env
    }

    /// Opens a session: launches `application` in a real window.
    pub fn session(&self, application: &Path) -> Result<Session> {
        let capabilities = json!({
            "capabilities": { "alwaysMatch": {
                "browserName": "wry",
                "tauri:options": { "application": application },
            }}
        });
        let answer = request("POST", &format!("{}/session", self.url), Some(capabilities))?;
        let id = answer["sessionId"].as_str().ok_or_else(|| format!("no session id in {answer}"))?;
        let app = Launched::find(self._process.0.id(), application);
        if app.pids.is_empty() {
            return Err(format!("no process of {} in tauri-driver's group", application.display()));
        }
        Ok(Session { url: format!("{}/session/{id}", self.url), app })
    }
}

/// The app a session launched: its processes (in tauri-driver's process group, running `application`).
struct Launched {
    pids: Vec<u32>,
}

/// A process's state letter and process group, from /proc (none once it has gone).
fn process_state(pid: &str) -> Option<(char, String)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // pid (comm) state ppid pgrp ...: the fields after the command's closing parenthesis.
    let mut fields = stat.rsplit_once(')')?.1.split_whitespace();
    let state = fields.next()?.chars().next()?;
    Some((state, fields.nth(1)?.to_owned()))
}

impl Launched {
    fn find(group: u32, application: &Path) -> Self {
        let application = application.canonicalize().ok();
        let processes = std::fs::read_dir("/proc").into_iter().flatten().flatten();
        let pids = processes
            .filter_map(|process| {
                let pid = process.file_name().to_str()?.parse::<u32>().ok()?;
                let (_, pgrp) = process_state(&pid.to_string())?;
                let exe = std::fs::read_link(process.path().join("exe")).ok();
                (pgrp == group.to_string() && exe.is_some() && exe == application).then_some(pid)
            })
            .collect();
        Self { pids }
    }

    /// Whether a process of the app is still there. A process has closed its files (its D-Bus connection among
    /// them) only once it is a zombie: before then, one that is exiting still holds its single-instance name.
    fn running(&self) -> bool {
        self.pids.iter().any(|pid| process_state(&pid.to_string()).is_some_and(|(state, _)| state != 'Z'))
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into()
}

fn request(method: &str, url: &str, body: Option<Value>) -> Result<Value> {
    let agent = agent();
    let response = match (method, body) {
        ("GET", _) => agent.get(url).call(),
        ("DELETE", _) => agent.delete(url).call(),
        (_, body) => agent.post(url).send_json(body.unwrap_or_else(|| json!({}))),
    };
    let mut response = response.map_err(|e| format!("{method} {url}: {e}"))?;
    let status = response.status();
    let answer: Value = response.body_mut().read_json().map_err(|e| format!("{method} {url}: {e}"))?;
    if !status.is_success() {
        return Err(format!("{method} {url}: {status} {}", answer["value"]));
    }
    Ok(answer.get("value").cloned().unwrap_or(answer))
}

/// Polls `check` until it gives a value or `limit` passes.
pub fn wait_until<T>(limit: Duration, what: &str, mut check: impl FnMut() -> Result<Option<T>>) -> Result<T> {
    let start = Instant::now();
    let mut last_error = String::new();
    while start.elapsed() < limit {
        match check() {
            Ok(Some(value)) => return Ok(value),
            Ok(None) => {}
            Err(error) => last_error = error,
        }
        sleep(Duration::from_millis(100));
    }
    Err(format!("timed out after {limit:?} waiting for {what} {last_error}"))
}

/// One WebDriver session: one run of the app.
pub struct Session {
    url: String,
    app: Launched,
}

#[derive(Debug, Clone)]
pub struct Element(String);

impl Session {
    pub fn find(&self, css: &str) -> Result<Element> {
        let found =
            request("POST", &format!("{}/element", self.url), Some(json!({"using": "css selector", "value": css})))?;
        found[ELEMENT_KEY].as_str().map(|id| Element(id.to_owned())).ok_or_else(|| format!("no element {css}"))
    }

    pub fn text(&self, element: &Element) -> Result<String> {
        let text = request("GET", &format!("{}/element/{}/text", self.url, element.0), None)?;
        Ok(text.as_str().unwrap_or_default().to_owned())
    }

    pub fn click(&self, element: &Element) -> Result<()> {
        request("POST", &format!("{}/element/{}/click", self.url, element.0), Some(json!({}))).map(drop)
    }

    /// Types `text` into the element, as a person at the keyboard would.
    pub fn send_keys(&self, element: &Element, text: &str) -> Result<()> {
        request("POST", &format!("{}/element/{}/value", self.url, element.0), Some(json!({ "text": text }))).map(drop)
    }

    /// Runs `script` in the page and gives back what it returns.
    pub fn execute(&self, script: &str) -> Result<Value> {
        request("POST", &format!("{}/execute/sync", self.url), Some(json!({"script": script, "args": []})))
    }

    /// Runs `script` in the page and gives back what it passes to its callback, the last of its `arguments`.
    pub fn execute_async(&self, script: &str) -> Result<Value> {
        request("POST", &format!("{}/execute/async", self.url), Some(json!({"script": script, "args": []})))
    }

    /// The window's place and size, as WebDriver gives them: `(x, y, width, height)`.
    pub fn window_rect(&self) -> Result<(i64, i64, i64, i64)> {
        let rect = request("GET", &format!("{}/window/rect", self.url), None)?;
        let field = |name: &str| rect[name].as_f64().map(|v| v.round() as i64).ok_or(format!("no {name} in {rect}"));
        Ok((field("x")?, field("y")?, field("width")?, field("height")?))
    }

    /// Moves and resizes the window, as a person dragging it would.
    pub fn set_window_rect(&self, x: i64, y: i64, width: i64, height: i64) -> Result<()> {
        let rect = json!({ "x": x, "y": y, "width": width, "height": height });
        request("POST", &format!("{}/window/rect", self.url), Some(rect)).map(drop)
    }

    /// Waits until the element matching `css` has text satisfying `accept`, and gives that text.
    pub fn wait_for_text(&self, css: &str, accept: impl Fn(&str) -> bool) -> Result<String> {
        wait_until(Duration::from_secs(30), css, || {
            let text = self.text(&self.find(css)?)?;
            Ok(accept(&text).then_some(text))
        })
    }

    pub fn screenshot(&self, path: &Path) -> Result<()> {
        let encoded = request("GET", &format!("{}/screenshot", self.url), None)?;
        let png = base64::engine::general_purpose::STANDARD
            .decode(encoded.as_str().unwrap_or_default())
            .map_err(|e| format!("screenshot is not base64: {e}"))?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        std::fs::write(path, png).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Ends the session and waits until the app has gone: WebKitWebDriver answers before the process is over, and
    /// an app started while it lingers would find it still running and hand over to it (one copy at a time).
    pub fn close(self) -> Result<()> {
        request("DELETE", &self.url, None)?;
        wait_until(Duration::from_secs(20), "the app to exit after its session", || {
            Ok((!self.app.running()).then_some(()))
        })
    }
}
