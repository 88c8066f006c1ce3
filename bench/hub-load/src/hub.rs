//! The real `pathfinder-hub serve` (the release binary) as a child process on a loopback port.

use std::fs::OpenOptions;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::fail;

/// Far above a real practice's 120 an hour: a few hundred simulated practices send more in seconds than a real one
/// does in a day. The hub still counts every submission against it (the same code runs).
pub const SUBMISSIONS_PER_HOUR: &str = "1000000000";

pub struct Hub {
    child: Child,
    pub base: String,
    log: PathBuf,
    pub name: String,
}

/// A free loopback port: bound, read, released.
fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    listener.local_addr().expect("its address").port()
}

/// Runs one of the hub's admin commands to completion (`pathfinder-hub --database URL ARGS…`), `stdin` fed to it.
pub fn admin(hub_bin: &Path, database: &str, args: &[&str], stdin: Option<&str>) -> String {
    use std::io::Write;
    let mut child = Command::new(hub_bin)
        .arg("--database")
        .arg(database)
        .args(args)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| fail(format!("{}: {e}", hub_bin.display())));
    let mut input = child.stdin.take().expect("stdin");
    if let Some(text) = stdin {
        input.write_all(text.as_bytes()).expect("the hub reads its stdin");
    }
    drop(input);
    let out = child.wait_with_output().expect("the hub command ends");
    if !out.status.success() {
        fail(format!(
            "pathfinder-hub {} failed ({}): {}",
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    String::from_utf8_lossy(&out.stdout).into_owned()
}

impl Hub {
    /// Starts `pathfinder-hub serve` on a free loopback port and returns once `/healthz` answers 200.
    pub fn start(hub_bin: &Path, database: &str, log: PathBuf, name: &str) -> Self {
        let port = free_port();
        let stderr = OpenOptions::new().create(true).append(true).open(&log).expect("the hub's log file");
        let child = Command::new(hub_bin)
            .args(["--database", database, "serve", "--listen", &format!("127.0.0.1:{port}")])
            .args(["--submissions-per-hour", SUBMISSIONS_PER_HOUR])
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()
            .unwrap_or_else(|e| fail(format!("{}: {e}", hub_bin.display())));
        let mut hub = Self { child, base: format!("http://127.0.0.1:{port}"), log, name: name.to_owned() };
        hub.wait_until_healthy();
        hub
    }

    fn wait_until_healthy(&mut self) {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(2)))
            .build()
            .into();
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            if let Some(status) = self.child.try_wait().expect("the hub's status") {
                fail(format!("hub {} exited ({status}) instead of serving:\n{}", self.name, self.log_text()));
            }
            if agent.get(format!("{}/healthz", self.base)).call().is_ok_and(|r| r.status().as_u16() == 200) {
                return;
            }
            if Instant::now() > deadline {
                fail(format!("hub {} did not answer /healthz within 120 s:\n{}", self.name, self.log_text()));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// SIGKILL: whatever is in flight is cut off, nothing is flushed.
    pub fn kill(&mut self) {
        if let Some(status) = self.child.try_wait().expect("the hub's status") {
            fail(format!("hub {} had stopped ({status}) before it was killed:\n{}", self.name, self.log_text()));
        }
        self.child.kill().expect("SIGKILL");
        let status = self.child.wait().expect("the hub ends");
        if status.signal() != Some(libc::SIGKILL) {
            fail(format!("hub {} ended with {status}, not by SIGKILL", self.name));
        }
    }

    /// SIGTERM, as systemd stops it: the hub drains and exits 0. Anything else fails the benchmark.
    pub fn stop(mut self) {
        // SAFETY: kill(2) on our own child's pid, which has not been reaped (try_wait said it runs).
        if self.child.try_wait().expect("the hub's status").is_some() {
            fail(format!("hub {} stopped by itself during the run:\n{}", self.name, self.log_text()));
        }
        unsafe {
            libc::kill(self.child.id() as libc::pid_t, libc::SIGTERM);
        }
        let status = self.child.wait().expect("the hub ends");
        if !status.success() {
            fail(format!("hub {} exited with {status} on SIGTERM:\n{}", self.name, self.log_text()));
        }
    }

    /// Errors the hub logged (it runs at RUST_LOG=warn): any ERROR line fails the benchmark.
    pub fn logged_errors(&self) -> Vec<String> {
        self.log_text().lines().filter(|l| l.contains("ERROR")).map(str::to_owned).collect()
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Hub {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
