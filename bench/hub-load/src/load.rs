//! The clients: threads with a keep-alive connection each (ureq), sending until told to stop. Every answer is
//! counted by status and its latency kept, whatever the status; a request that gets no answer is counted by what
//! went wrong. Nothing is left out of the latencies.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::common::{Rng, percentile};
use crate::seed::PLACEHOLDER_ID;

pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into()
}

/// What one run saw, all clients together.
#[derive(Default)]
pub struct Outcome {
    pub seconds: f64,
    pub statuses: BTreeMap<u16, u64>,
    /// Requests that got no answer: the error's text, with how often.
    pub failures: BTreeMap<String, u64>,
    /// Every answer's latency, sorted.
    pub latencies: Vec<Duration>,
    /// Submissions acknowledged: id, practice, the status (201 first time, 200 a repeat), the receipt's JSON.
    pub acknowledged: Vec<Acknowledged>,
    /// Submissions sent again to the other hub after the first gave no answer.
    pub retried: u64,
}

pub struct Acknowledged {
    pub id: String,
    pub practice: usize,
    pub status: u16,
    pub receipt: String,
    /// Which hub gave the receipt.
    pub hub: usize,
}

impl Outcome {
    pub fn answers(&self) -> u64 {
        self.statuses.values().sum()
    }

    pub fn count(&self, status: u16) -> u64 {
        self.statuses.get(&status).copied().unwrap_or(0)
    }

    /// Answers other than `expected`, as "429 × 3, 503 × 1"; "none" when there were none.
    pub fn others(&self, expected: &[u16]) -> String {
        let list: Vec<String> = self
            .statuses
            .iter()
            .filter(|(s, _)| !expected.contains(s))
            .map(|(s, n)| format!("{s} × {n}"))
            .chain(self.failures.iter().map(|(e, n)| format!("no answer ({e}) × {n}")))
            .collect();
        if list.is_empty() { "none".into() } else { list.join(", ") }
    }

    pub fn server_errors(&self) -> u64 {
        self.statuses.iter().filter(|(s, _)| **s >= 500).map(|(_, n)| n).sum()
    }

    pub fn p(&self, q: f64) -> Duration {
        percentile(&self.latencies, q)
    }

    fn merge(&mut self, other: Outcome) {
        for (s, n) in other.statuses {
            *self.statuses.entry(s).or_default() += n;
        }
        for (e, n) in other.failures {
            *self.failures.entry(e).or_default() += n;
        }
        self.latencies.extend(other.latencies);
        self.acknowledged.extend(other.acknowledged);
        self.retried += other.retried;
    }
}

/// Runs `clients` threads for `seconds`, each calling `work(client, agent, rng, outcome)` in a loop until told to
/// stop; the run lasts until the last request under way has its answer. Each client's random numbers are seeded
/// from the OS.
fn run<W>(clients: usize, seconds: f64, work: W) -> Outcome
where
    W: Fn(usize, &ureq::Agent, &mut Rng, &mut Outcome) + Send + Sync + 'static,
{
    let stop = Arc::new(AtomicBool::new(false));
    let work = Arc::new(work);
    let started = Instant::now();
    let threads: Vec<_> = (0..clients)
        .map(|client| {
            let (stop, work) = (stop.clone(), work.clone());
            std::thread::spawn(move || {
                let agent = agent();
                let mut rng = Rng::from_os();
                let mut outcome = Outcome::default();
                while !stop.load(Ordering::Relaxed) {
                    work(client, &agent, &mut rng, &mut outcome);
                }
                outcome
            })
        })
        .collect();
    std::thread::sleep(Duration::from_secs_f64(seconds));
    stop.store(true, Ordering::Relaxed);
    let mut total = Outcome::default();
    for t in threads {
        total.merge(t.join().expect("a client thread"));
    }
    total.seconds = started.elapsed().as_secs_f64();
    total.latencies.sort();
    total
}

fn failure_kind(error: &ureq::Error) -> String {
    match error {
        ureq::Error::Io(e) => format!("{:?}", e.kind()),
        ureq::Error::ConnectionFailed => "connection failed".into(),
        ureq::Error::Timeout(t) => format!("timeout {t:?}"),
        other => other.to_string(),
    }
}

/// GET /healthz on the hubs in turn: the ceiling for a request through the same stack from the same clients.
pub fn ceiling(bases: &[String], clients: usize, seconds: f64) -> Outcome {
    let urls: Vec<String> = bases.iter().map(|b| format!("{b}/healthz")).collect();
    run(clients, seconds, move |client, agent, _, out| {
        let url = &urls[client % urls.len()];
        let began = Instant::now();
        match agent.get(url).call() {
            Ok(mut response) => {
                let _ = response.body_mut().read_to_vec();
                out.latencies.push(began.elapsed());
                *out.statuses.entry(response.status().as_u16()).or_default() += 1;
            }
            Err(e) => *out.failures.entry(failure_kind(&e)).or_default() += 1,
        }
    })
}

/// Today's body of every practice, with its placeholder id, and its token.
pub struct Practices {
    pub bodies: Vec<String>,
    pub tokens: Vec<String>,
}

/// How a client behaves when a hub gives no answer.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OnNoAnswer {
    /// Counted; the run fails afterwards (nothing should go unanswered).
    Count,
    /// The app's outbox: the same bytes again, to the other hub, until a 2xx.
    RetryOnOtherHub,
}

/// Submissions with random v4 ids from random practices, as the app's outbox sends them: client `c` sends to hub
/// `c % hubs` (the load split evenly), or to the other once that one has stopped answering.
pub fn ingest(bases: &[String], clients: usize, seconds: f64, practices: Arc<Practices>, mode: OnNoAnswer) -> Outcome {
    let urls: Vec<String> = bases.iter().map(|b| format!("{b}/api/v1/submissions")).collect();
    let n = practices.bodies.len();
    let down: Arc<Vec<AtomicBool>> = Arc::new(urls.iter().map(|_| AtomicBool::new(false)).collect());
    let hubs = urls.len();
    run(clients, seconds, move |client, agent, rng, out| {
        // One submission a call: the loop in `run` calls again until stopped. A stop does not abandon a submission
        // under way: like the outbox, the client keeps it until it is acknowledged.
        let practice = (rng.below(n as u64)) as usize;
        let id = rng.uuid_v4();
        let body = practices.bodies[practice].replacen(PLACEHOLDER_ID, &id, 1);
        let auth = format!("Bearer {}", practices.tokens[practice]);
        let mut hub = client % hubs;
        let mut attempts = 0;
        loop {
            if down[hub].load(Ordering::Relaxed) {
                hub = (hub + 1) % hubs;
            }
            let began = Instant::now();
            let result = agent
                .post(&urls[hub])
                .header("authorization", &auth)
                .header("content-type", "application/json")
                .send(body.as_bytes());
            match result {
                Ok(mut response) => {
                    let status = response.status().as_u16();
                    let text = response.body_mut().read_to_string().unwrap_or_default();
                    out.latencies.push(began.elapsed());
                    *out.statuses.entry(status).or_default() += 1;
                    if status == 201 || status == 200 {
                        out.acknowledged.push(Acknowledged { id, practice, status, receipt: text, hub });
                    }
                    return;
                }
                Err(e) => {
                    *out.failures.entry(failure_kind(&e)).or_default() += 1;
                    if mode == OnNoAnswer::Count {
                        return;
                    }
                    // The hub is gone: this client, and the others, send to the one left from now on.
                    down[hub].store(true, Ordering::Relaxed);
                    attempts += 1;
                    out.retried += 1;
                    if attempts > 50 {
                        crate::common::fail(format!("submission {id} got no answer from any hub after 50 attempts"));
                    }
                    if down.iter().all(|d| d.load(Ordering::Relaxed)) {
                        crate::common::fail("every hub is down");
                    }
                    std::thread::sleep(Duration::from_millis(5));
                }
            }
        }
    })
}
