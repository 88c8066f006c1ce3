//! Measures the hub on its embedded SQLite, side by side in one run on one machine:
//! 1. durable submissions per second from simulated practices, with p50/p99 latency;
//! 2. the rate of GET /healthz on the same server with the same clients: the machine's ceiling;
//! 3. the overview page's latency for 8,000 practices with 50 submissions each.
//!
//! Usage: pathfinder-hub-load [--practices N] [--clients N] [--seconds S] [--history N]

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use pathfinder_hub::db::{Database, Practice, SqliteDatabase, UserRole};
use pathfinder_hub::serve::{self, serve};
use pathfinder_hub::{Hub, admin, app, secrets};
use serde_json::Value;

const EXAMPLE: &str = include_str!("../../../crates/protocol/examples/submission-v1.json");

/// Sends one request for client `.0`, its `.1`th; true when the answer was the expected one.
type Request = Arc<dyn Fn(usize, usize, &ureq::Agent) -> bool + Send + Sync>;

struct Options {
    practices: usize,
    clients: usize,
    seconds: u64,
    history: usize,
}

fn options() -> Options {
    let mut options = Options { practices: 8_000, clients: 64, seconds: 10, history: 50 };
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.chunks(2) {
        let value = pair.get(1).and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("{} needs a number", pair[0]));
        match pair[0].as_str() {
            "--practices" => options.practices = value,
            "--clients" => options.clients = value,
            "--seconds" => options.seconds = value as u64,
            "--history" => options.history = value,
            other => panic!("unknown option {other}"),
        }
    }
    options
}

fn ods(i: usize) -> String {
    format!("B{:05}", 10_000 + i)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

/// Runs `clients` threads, each sending requests made by `make` until time is up; gives completed requests
/// (those that got the expected status) and their latencies.
fn hammer(clients: usize, seconds: u64, make: Request) -> (usize, f64, Vec<Duration>) {
    let stop = Arc::new(AtomicBool::new(false));
    let start = Instant::now();
    let threads: Vec<_> = (0..clients)
        .map(|client| {
            let (stop, make) = (stop.clone(), make.clone());
            std::thread::spawn(move || {
                let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
                let mut latencies = Vec::new();
                let mut n = 0;
                while !stop.load(Ordering::Relaxed) {
                    let began = Instant::now();
                    if make(client, n, &agent) {
                        latencies.push(began.elapsed());
                    }
                    n += 1;
                }
                latencies
            })
        })
        .collect();
    std::thread::sleep(Duration::from_secs(seconds));
    stop.store(true, Ordering::Relaxed);
    let mut latencies: Vec<Duration> = threads.into_iter().flat_map(|t| t.join().unwrap()).collect();
    let elapsed = start.elapsed().as_secs_f64();
    latencies.sort();
    (latencies.len(), elapsed, latencies)
}

fn main() {
    let options = options();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hub.sqlite3");

    // Set-up: the practices, a token each, a national dashboard user.
    let (base, tokens) = runtime.block_on(async {
        let db: Arc<dyn Database> = Arc::new(SqliteDatabase::open(&path).await.unwrap());
        let mut tokens = Vec::with_capacity(options.practices);
        let practices: Vec<Practice> = (0..options.practices)
            .map(|i| Practice {
                ods_code: ods(i),
                name: format!("Practice {i}"),
                ccg_code: ["02V", "03G", "03C", "11X", "11A", "00Q"][i % 6].into(),
            })
            .collect();
        db.upsert_practices(&practices).await.unwrap();
        // Tokens go straight into the table in one transaction: enrolling 8,000 practices one by one measures nothing.
        let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", path.display())).await.unwrap();
        let mut tx = pool.begin().await.unwrap();
        for i in 0..options.practices {
            let token = secrets::new_token();
            sqlx::query("INSERT INTO tokens (token_hash, ods_code, created_at) VALUES ($1, $2, 0)")
                .bind(secrets::hash(&token))
                .bind(ods(i))
                .execute(&mut *tx)
                .await
                .unwrap();
            tokens.push(token);
        }
        tx.commit().await.unwrap();
        admin::add_user(db.as_ref(), "bench@nhs.net", "benchmark password", UserRole::National, &[], "bench")
            .await
            .unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(serve(listener, app(Hub::new(db)), serve::Options::default(), std::future::pending()));
        (base, Arc::new(tokens))
    });

    let template: Value = serde_json::from_str(EXAMPLE).unwrap();
    let practices = options.practices;
    let submit_url = format!("{base}/api/v1/submissions");
    let tokens_for_submit = tokens.clone();
    // The body is prepared once with markers, so the clients spend as little of the shared cores as they can.
    let mut marked = template.clone();
    marked["odsCode"] = Value::String("__ODS__".into());
    marked["submissionId"] = Value::String("__ID__".into());
    let submission_template = marked.to_string();
    let submit = Arc::new(move |client: usize, n: usize, agent: &ureq::Agent| {
        let practice = (client * 7919 + n * 104_729) % practices;
        let id = format!("{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}", client, n % 0xffff, practice % 0xfff, 0, n);
        let body = submission_template.replacen("__ODS__", &ods(practice), 1).replacen("__ID__", &id, 1);
        let response = agent
            .post(&submit_url)
            .header("authorization", &format!("Bearer {}", tokens_for_submit[practice]))
            .header("content-type", "application/json")
            .send(body);
        response.is_ok_and(|r| r.status().as_u16() == 201)
    });
    let health_url = format!("{base}/healthz");
    let health = Arc::new(move |_: usize, _: usize, agent: &ureq::Agent| {
        agent.get(&health_url).call().is_ok_and(|r| r.status().as_u16() == 200)
    });

    let (ceiling, ceiling_elapsed, _) = hammer(options.clients, options.seconds, health);
    let (stored, stored_elapsed, latencies) = hammer(options.clients, options.seconds, submit);
    let ceiling_rate = ceiling as f64 / ceiling_elapsed;
    let rate = stored as f64 / stored_elapsed;
    let counted = runtime.block_on(async {
        let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", path.display())).await.unwrap();
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM submissions").fetch_one(&pool).await.unwrap()
    });
    println!(
        "hub on SQLite, {} practices, {} clients, {} s each:",
        options.practices, options.clients, options.seconds
    );
    println!("  GET /healthz (ceiling):       {ceiling_rate:>9.0} requests/s");
    println!(
        "  POST /api/v1/submissions:     {rate:>9.0} durable submissions/s ({stored} acknowledged, {counted} stored)"
    );
    println!("  submissions / ceiling:        {:>9.1} %", 100.0 * rate / ceiling_rate);
    if !latencies.is_empty() {
        println!(
            "  submission latency p50 / p99: {:>6.2} ms / {:.2} ms",
            percentile(&latencies, 0.50).as_secs_f64() * 1e3,
            percentile(&latencies, 0.99).as_secs_f64() * 1e3
        );
    }

    // The overview with a history of `history` submissions a practice.
    runtime.block_on(async {
        let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", path.display())).await.unwrap();
        let body = serde_json::to_string(&template).unwrap();
        let mut tx = pool.begin().await.unwrap();
        for i in 0..practices {
            for k in 0..options.history {
                let at = format!("2026-03-{:02}T{:02}:{:02}:00Z", 1 + k % 28, k % 24, i % 60);
                sqlx::query("INSERT OR IGNORE INTO submissions (submission_id, ods_code, receipt_id, received_at, body, level) VALUES ($1, $2, $3, $4, $5, 'at-risk')")
                    .bind(format!("history-{i}-{k}"))
                    .bind(ods(i))
                    .bind(format!("receipt-{i}-{k}"))
                    .bind(at)
                    .bind(&body)
                    .execute(&mut *tx)
                    .await
                    .unwrap();
            }
        }
        // The seeded history bypasses the API, so its brief per practice is written here as the hub would.
        sqlx::query(
            "INSERT OR REPLACE INTO practice_latest (ods_code, received_at, level, list_size, type1_total, type2_total, submissions)
             SELECT ods_code, max(received_at), 'at-risk', 7400, 14, 3, count(*) FROM submissions GROUP BY ods_code",
        )
        .execute(&mut *tx)
        .await
        .unwrap();
        tx.commit().await.unwrap();
    });
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).max_redirects(0).build().into();
    let mut login = agent.get(format!("{base}/dashboard/login")).call().unwrap();
    let cookie = login.headers().get("set-cookie").unwrap().to_str().unwrap().split(';').next().unwrap().to_owned();
    let page = login.body_mut().read_to_string().unwrap();
    let at = page.find("name=\"csrf\" value=\"").unwrap() + 19;
    let csrf = &page[at..at + 64];
    let signed_in = agent
        .post(format!("{base}/dashboard/login"))
        .header("cookie", &cookie)
        .header("content-type", "application/x-www-form-urlencoded")
        .send(format!("email=bench%40nhs.net&password=benchmark+password&csrf={csrf}"))
        .unwrap();
    let session = signed_in
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .find(|v| v.starts_with("pathfinder_session="))
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let mut overview = Vec::new();
    for _ in 0..40 {
        let began = Instant::now();
        let mut response = agent.get(format!("{base}/dashboard")).header("cookie", &session).call().unwrap();
        assert_eq!(response.status().as_u16(), 200);
        let _ = response.body_mut().read_to_string().unwrap();
        overview.push(began.elapsed());
    }
    overview.sort();
    println!(
        "  overview, {} practices x {} submissions: p50 {:.1} ms, p95 {:.1} ms",
        practices,
        options.history,
        percentile(&overview, 0.50).as_secs_f64() * 1e3,
        percentile(&overview, 0.95).as_secs_f64() * 1e3
    );
}
