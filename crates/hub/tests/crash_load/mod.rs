//! The hub binary killed with SIGKILL at random moments while many practices send to it, and started again on the
//! same port each time; run on SQLite by tests/crash.rs and on PostgreSQL by tests/crash_postgres.rs. Each
//! practice sends as the app's outbox does: the same bytes again until a 2xx, waiting as
//! `pathfinder_client::backoff` says. Afterwards the database, read directly, must hold every submission exactly
//! once, with the receipt its practice was given.

mod hub_process;
mod rng;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use pathfinder_client::{HubClient, SendError, backoff};
use pathfinder_hub::admin;
use pathfinder_hub::db::Receipt;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use hub_process::HubProcess;
use rng::Rng;

/// What apps send: version 2, and version 1 from apps not yet updated (half the submissions each).
const EXAMPLES: [&str; 2] = [
    include_str!("../../../protocol/examples/submission-v2.json"),
    include_str!("../../../protocol/examples/submission-v1.json"),
];

const PRACTICES: usize = 48;
const KILLS: usize = 5;
/// The app waits 2 s, 4 s, 8 s… between attempts; here the same waits run twenty times faster, and none is
/// longer than this, so the test fits in seconds. A Retry-After from the hub is waited in full.
const TIME_SCALE: u32 = 20;
const LONGEST_WAIT: Duration = Duration::from_millis(400);
/// A practice that has not got a 2xx after this many attempts means the hub did not come back.
const MOST_ATTEMPTS: u32 = 200;

/// Where the hub keeps its data.
#[allow(dead_code, reason = "tests/crash.rs uses one variant, tests/crash_postgres.rs the other")]
pub enum Backend {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Backend {
    fn url(&self) -> String {
        match self {
            Self::Sqlite(path) => format!("sqlite://{}", path.display()),
            Self::Postgres(url) => url.clone(),
        }
    }

    /// Every stored submission by id: how many rows hold that id, and the first row's practice and receipt.
    async fn stored(&self) -> HashMap<String, Row> {
        const QUERY: &str = "SELECT submission_id, count(*), min(ods_code), min(receipt_id), min(received_at)
                             FROM submissions GROUP BY submission_id";
        let mut rows = HashMap::new();
        match self {
            Self::Sqlite(path) => {
                let conn = rusqlite::Connection::open(path).unwrap();
                let mut statement = conn.prepare(QUERY).unwrap();
                let found = statement
                    .query_map([], |row| {
                        Ok((
                            row.get::<_, String>(0)?,
                            Row {
                                copies: row.get(1)?,
                                ods_code: row.get(2)?,
                                receipt: Receipt { receipt_id: row.get(3)?, received_at: row.get(4)? },
                            },
                        ))
                    })
                    .unwrap();
                for row in found {
                    let (id, row) = row.unwrap();
                    rows.insert(id, row);
                }
            }
            Self::Postgres(url) => {
                use sqlx::{Connection, Row as _};
                let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
                for row in sqlx::query(QUERY).fetch_all(&mut conn).await.unwrap() {
                    let receipt = Receipt { receipt_id: row.get(3), received_at: row.get(4) };
                    rows.insert(row.get(0), Row { copies: row.get(1), ods_code: row.get(2), receipt });
                }
                conn.close().await.unwrap();
            }
        }
        rows
    }
}

struct Row {
    copies: i64,
    ods_code: String,
    receipt: Receipt,
}

/// One submission a practice got a 2xx for.
struct Sent {
    submission_id: String,
    ods_code: String,
    receipt: Receipt,
    /// The receipt was made before the attempt that got it began: the hub stored it, was killed before it
    /// answered, and answered the retry with the first receipt.
    answered_by_a_retry: bool,
}

/// What the practices saw, counted across all of them.
#[derive(Default)]
struct Tally {
    attempts: AtomicU64,
    /// The hub was down: the connection was refused.
    unreachable: AtomicU64,
    /// The hub died with the request in flight: the connection broke before the answer.
    broken: AtomicU64,
    /// The hub answered, asking to be tried later (5xx, 408, 429).
    asked_to_wait: AtomicU64,
    /// Submissions sent once more after their 2xx, as an app that crashed before noting the receipt does.
    resent: AtomicU64,
    completed: AtomicU64,
}

impl Tally {
    fn failures(&self) -> u64 {
        self.unreachable.load(Ordering::SeqCst) + self.broken.load(Ordering::SeqCst)
    }
}

/// Sends the same bytes until the hub answers 2xx, as the outbox does.
async fn send_until_stored(client: &HubClient, token: &str, body: &[u8], rng: &mut Rng, tally: &Tally) -> Sent {
    let mut attempt = 0;
    loop {
        let began = OffsetDateTime::now_utc();
        tally.attempts.fetch_add(1, Ordering::Relaxed);
        match client.submit(token, body.to_vec()).await {
            Ok(receipt) => {
                let made = OffsetDateTime::parse(&receipt.received_at, &Rfc3339).expect("an RFC 3339 receipt time");
                return Sent {
                    submission_id: String::new(),
                    ods_code: String::new(),
                    answered_by_a_retry: made < began,
                    receipt,
                };
            }
            Err(SendError::Retry { after, reason }) => {
                let counter = if reason.contains("could not be reached") {
                    &tally.unreachable
                } else if reason.contains("connection to the hub failed") {
                    &tally.broken
                } else {
                    &tally.asked_to_wait
                };
                counter.fetch_add(1, Ordering::SeqCst);
                let wait = match after {
                    Some(_) => backoff(attempt, after, rng.unit()),
                    None => (backoff(attempt, None, rng.unit()) / TIME_SCALE).min(LONGEST_WAIT),
                };
                tokio::time::sleep(wait).await;
            }
            Err(refused @ SendError::Refused { .. }) => panic!("the hub refused a valid submission: {refused}"),
        }
        attempt += 1;
        assert!(attempt < MOST_ATTEMPTS, "no 2xx after {MOST_ATTEMPTS} attempts: the hub did not come back");
    }
}

fn submission(ods_code: &str, submission_id: &str, version_1: bool) -> Vec<u8> {
    let mut body: serde_json::Value = serde_json::from_str(EXAMPLES[usize::from(version_1)]).unwrap();
    body["submissionId"] = submission_id.into();
    body["odsCode"] = ods_code.into();
    serde_json::to_vec(&body).unwrap()
}

/// One practice: distinct submissions one after another until told to stop; now and then one is sent again
/// after its 2xx, which must get the same receipt.
async fn practice(
    client: HubClient,
    ods_code: String,
    token: String,
    mut rng: Rng,
    stop: Arc<AtomicBool>,
    tally: Arc<Tally>,
) -> Vec<Sent> {
    let mut sent = Vec::new();
    while !stop.load(Ordering::SeqCst) {
        let submission_id = rng.uuid();
        let body = submission(&ods_code, &submission_id, rng.below(2) == 1);
        let mut first = send_until_stored(&client, &token, &body, &mut rng, &tally).await;
        if rng.below(4) == 0 {
            let again = send_until_stored(&client, &token, &body, &mut rng, &tally).await;
            assert_eq!(again.receipt, first.receipt, "a repeat of {submission_id} got another receipt");
            tally.resent.fetch_add(1, Ordering::Relaxed);
        }
        first.submission_id = submission_id;
        first.ods_code = ods_code.clone();
        sent.push(first);
        tally.completed.fetch_add(1, Ordering::SeqCst);
        tokio::time::sleep(Duration::from_millis(10 + rng.below(30))).await;
    }
    sent
}

/// Imports the practices and issues their codes straight into the database, before any hub serves it.
async fn prepare(backend: &Backend) -> Vec<(String, String)> {
    let db = pathfinder_hub::connect(&backend.url()).await.unwrap();
    let ccgs = ["02V", "11X", "03A", "15N"];
    let mut csv = String::from("ods_code,name,ccg\n");
    let odses: Vec<String> = (0..PRACTICES).map(|n| format!("C{:05}", 81_000 + n)).collect();
    for (n, ods) in odses.iter().enumerate() {
        csv.push_str(&format!("{ods},Crash Test Surgery {n},{}\n", ccgs[n % ccgs.len()]));
    }
    assert_eq!(admin::import_practices(db.as_ref(), "crash.csv", &csv, "crash test").await.unwrap(), PRACTICES);
    let mut codes = Vec::new();
    for ods in odses {
        let code =
            admin::issue_enrolment_code(db.as_ref(), &ods, "crash test", OffsetDateTime::now_utc()).await.unwrap();
        codes.push((ods, code));
    }
    codes
}

/// The whole run: prepare, serve, enrol, load with five kills, stop, then check the database.
pub async fn survives_sigkills_under_load(backend: Backend, log_dir: &std::path::Path) {
    let seed = rng::seed();
    println!("crash test seed {seed}: PATHFINDER_CRASH_SEED={seed} replays the same delays");
    let mut rng = Rng::new(seed);
    let started = Instant::now();

    let codes = prepare(&backend).await;
    let mut hub = HubProcess::start(&backend.url(), log_dir.join("hub.log"), &mut rng).await;
    let client = HubClient::new(&format!("http://{}", hub.address())).unwrap();
    let mut practices = Vec::new();
    for (ods, code) in codes {
        let enrolled = client.enrol(&ods, &code).await.unwrap();
        practices.push((ods, enrolled.token));
    }

    let stop = Arc::new(AtomicBool::new(false));
    let tally = Arc::new(Tally::default());
    let tasks: Vec<_> = practices
        .into_iter()
        .map(|(ods, token)| {
            let practice_rng = Rng::new(rng.next());
            tokio::spawn(practice(client.clone(), ods, token, practice_rng, stop.clone(), tally.clone()))
        })
        .collect();

    // Each kill comes at a random moment while the practices are sending: the hub gets between 0.3 and 1.5 s of
    // load since it last started, and stays down up to 0.2 s before it is started again.
    let mut failures_at_kills = Vec::new();
    let mut completed_at_kills = Vec::new();
    let mut completed_at_start = tally.completed.load(Ordering::SeqCst);
    for kill in 1..=KILLS {
        let up = Duration::from_millis(300 + rng.below(1200));
        let down = Duration::from_millis(rng.below(200));
        tokio::time::sleep(up).await;
        // On a slow machine the restarted hub may not have served anyone yet: a kill lands only once it has.
        let serving = Instant::now();
        while tally.completed.load(Ordering::SeqCst) == completed_at_start
            && serving.elapsed() < Duration::from_secs(30)
        {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        completed_at_kills.push(tally.completed.load(Ordering::SeqCst));
        failures_at_kills.push(tally.failures());
        hub.kill();
        println!("kill {kill}: after {up:?} up, {down:?} down");
        tokio::time::sleep(down).await;
        hub.start_again().await;
        completed_at_start = tally.completed.load(Ordering::SeqCst);
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let serving = Instant::now();
    while tally.completed.load(Ordering::SeqCst) == completed_at_start && serving.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    stop.store(true, Ordering::SeqCst);
    let mut sent = Vec::new();
    for task in tasks {
        sent.extend(task.await.unwrap());
    }
    failures_at_kills.push(tally.failures());
    completed_at_kills.push(tally.completed.load(Ordering::SeqCst));
    hub.kill();

    let stored = backend.stored().await;
    let retried = sent.iter().filter(|s| s.answered_by_a_retry).count();
    println!(
        "{} submissions from {PRACTICES} practices in {:.1} s; {} attempts: {} refused connections, {} broken \
         mid-request, {} asked to wait; {} answered with the first receipt after a kill lost the answer; {} sent \
         again after a 2xx; {KILLS} kills",
        sent.len(),
        started.elapsed().as_secs_f64(),
        tally.attempts.load(Ordering::SeqCst),
        tally.unreachable.load(Ordering::SeqCst),
        tally.broken.load(Ordering::SeqCst),
        tally.asked_to_wait.load(Ordering::SeqCst),
        retried,
        tally.resent.load(Ordering::SeqCst),
    );

    for kill in 0..KILLS {
        assert!(
            failures_at_kills[kill + 1] > failures_at_kills[kill],
            "kill {} made no request fail: it did not land mid-load",
            kill + 1
        );
        assert!(
            completed_at_kills[kill + 1] > completed_at_kills[kill],
            "no submission completed after restart {}",
            kill + 1
        );
    }
    assert!(tally.broken.load(Ordering::SeqCst) > 0, "no kill broke a request in flight");
    for s in &sent {
        let row = stored
            .get(&s.submission_id)
            .unwrap_or_else(|| panic!("{} got {:?} but is not in the database", s.submission_id, s.receipt));
        assert_eq!(row.copies, 1, "{} is stored {} times", s.submission_id, row.copies);
        assert_eq!(row.ods_code, s.ods_code);
        assert_eq!(row.receipt, s.receipt, "{}: the receipt given is not the one stored", s.submission_id);
    }
    assert_eq!(stored.len(), sent.len(), "the database holds submissions nobody got a 2xx for");
}
