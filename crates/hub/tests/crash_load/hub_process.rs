//! The real hub binary as a child process on a loopback port, which the test kills and starts again.

use std::fs::OpenOptions;
use std::net::{SocketAddr, TcpListener};
use std::os::unix::process::ExitStatusExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::rng::Rng;

pub struct HubProcess {
    child: Child,
    database: String,
    address: SocketAddr,
    /// The hub's standard error, appended to by every start: shown when it does not come up.
    log: PathBuf,
}

impl HubProcess {
    /// Starts the hub on a free loopback port and returns once it accepts connections.
    pub async fn start(database: &str, log: PathBuf, rng: &mut Rng) -> Self {
        let address = free_address(rng);
        let child = spawn(database, address, &log);
        let mut hub = Self { child, database: database.to_owned(), address, log };
        hub.wait_until_listening().await;
        hub
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// SIGKILL: no shutdown, no flushing, whatever was in flight is cut off.
    pub fn kill(&mut self) {
        if let Some(status) = self.child.try_wait().unwrap() {
            panic!("the hub had already stopped ({status}) before it was killed:\n{}", self.log_text());
        }
        self.child.kill().unwrap();
        let status = self.child.wait().unwrap();
        assert_eq!(status.signal(), Some(9), "the hub ended by SIGKILL");
    }

    /// Starts the hub again on the same port and database.
    pub async fn start_again(&mut self) {
        self.child = spawn(&self.database, self.address, &self.log);
        self.wait_until_listening().await;
    }

    async fn wait_until_listening(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("the hub exited ({status}) instead of listening:\n{}", self.log_text());
            }
            if tokio::net::TcpStream::connect(self.address).await.is_ok() {
                return;
            }
            assert!(Instant::now() < deadline, "the hub was not listening within 20 s:\n{}", self.log_text());
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for HubProcess {
    fn drop(&mut self) {
        // A failed test must not leave a hub running.
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A free loopback port below the kernel's range for outgoing connections: while the hub is down, no connection
/// (a practice's to the dead port, which would then be connected to itself) can be given its port and stop it
/// starting again.
fn free_address(rng: &mut Rng) -> SocketAddr {
    let range = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range").unwrap_or_default();
    let lowest_outgoing: u64 = range.split_whitespace().next().and_then(|n| n.parse().ok()).unwrap_or(32_768);
    assert!(lowest_outgoing > 11_000, "the outgoing port range starts at {lowest_outgoing}: no room below it");
    for _ in 0..100 {
        let port = 10_000 + rng.below(lowest_outgoing - 10_000);
        if let Ok(listener) = TcpListener::bind(("127.0.0.1", port as u16)) {
            return listener.local_addr().unwrap();
        }
    }
    panic!("no free loopback port between 10000 and {lowest_outgoing}");
}

fn spawn(database: &str, address: SocketAddr, log: &PathBuf) -> Child {
    let log = OpenOptions::new().create(true).append(true).open(log).unwrap();
    Command::new(env!("CARGO_BIN_EXE_pathfinder-hub"))
        .args(["--database", database, "serve", "--listen", &address.to_string()])
        // The load is thousands of submissions a practice: far over the hourly rate a real practice needs.
        .args(["--submissions-per-hour", "4000000000"])
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap()
}
