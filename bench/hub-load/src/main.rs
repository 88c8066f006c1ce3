//! The hub's benchmarks, each against the real `pathfinder-hub` binary (release build) on a database that already
//! holds a year of daily submissions from every practice (bench/hub-load/src/seed.rs):
//!
//! - `sqlite`: ingest on SQLite, alternating the `/healthz` ceiling and submissions with random v4 ids, RUNS times;
//! - `postgres`: one hub, then two hubs on one PostgreSQL, alternating, RUNS times; then two hubs with one SIGKILLed
//!   mid-run while its clients resend to the other; and whether sessions and sign-in limits hold across the two;
//! - `dashboard`: every dashboard page the router serves by GET, timed on SQLite and PostgreSQL side by side;
//! - `xlsx`: the national practice list as a workbook, the hub's writer against rust_xlsxwriter (no database).
//!
//! Each writes a Markdown table to --out (bench/run.sh puts it into bench/RESULTS.md with the commit, the date and
//! the machine) and fails, exiting non-zero, on any check that does not hold: a 5xx, a request with no answer,
//! stored rows that differ from the acknowledged ones, a page that is not 200.
//!
//! Usage: pathfinder-hub-load sqlite|postgres|dashboard|xlsx --hub PATH --dir DIR [--out FILE] [--practices N]
//!        [--days N] [--runs N] [--seconds S] [--clients N] [--requests N] [--budget S] [--allow-tmpfs]
//! PostgreSQL comes from PATHFINDER_TEST_POSTGRES (scripts/with-postgres.sh sets it).

mod common;
mod dashboard;
mod hub;
mod load;
mod postgres;
mod seed;
mod sqlite;
mod store;
mod web;
mod xlsx;

use std::path::PathBuf;

use common::fail;

pub struct Options {
    pub hub: PathBuf,
    pub dir: PathBuf,
    pub out: Option<PathBuf>,
    pub practices: usize,
    pub days: usize,
    pub runs: usize,
    pub seconds: f64,
    pub clients: usize,
    /// Dashboard: requests a page on each backend, over all runs.
    pub requests: usize,
    /// Dashboard: the most seconds spent timing one page on one backend (a very slow page gets fewer requests).
    pub budget: f64,
    pub allow_tmpfs: bool,
}

fn options(args: &[String]) -> Options {
    let mut o = Options {
        hub: PathBuf::new(),
        dir: PathBuf::new(),
        out: None,
        practices: 8_000,
        days: 365,
        runs: 3,
        seconds: 10.0,
        clients: 32,
        requests: 60,
        budget: 60.0,
        allow_tmpfs: false,
    };
    let mut i = 0;
    while i < args.len() {
        let flag = args[i].as_str();
        if flag == "--postgres" {
            i += 1;
            continue;
        }
        if flag == "--allow-tmpfs" {
            o.allow_tmpfs = true;
            i += 1;
            continue;
        }
        let value = args.get(i + 1).unwrap_or_else(|| fail(format!("{flag} needs a value")));
        let number = || value.parse::<f64>().unwrap_or_else(|_| fail(format!("{flag} needs a number")));
        match flag {
            "--hub" => o.hub = PathBuf::from(value),
            "--dir" => o.dir = PathBuf::from(value),
            "--out" => o.out = Some(PathBuf::from(value)),
            "--practices" => o.practices = number() as usize,
            "--days" => o.days = number() as usize,
            "--runs" => o.runs = number() as usize,
            "--seconds" => o.seconds = number(),
            "--clients" => o.clients = number() as usize,
            "--requests" => o.requests = number() as usize,
            "--budget" => o.budget = number(),
            other => fail(format!("unknown option {other}")),
        }
        i += 2;
    }
    if o.hub.as_os_str().is_empty() || o.dir.as_os_str().is_empty() {
        fail("--hub (the pathfinder-hub binary) and --dir (a work folder) are required");
    }
    if o.runs < 1 || o.practices < 2 || o.days < 1 {
        fail("--runs, --practices and --days must be at least 1, 2 and 1");
    }
    std::fs::create_dir_all(&o.dir).unwrap_or_else(|e| fail(format!("{}: {e}", o.dir.display())));
    o.dir = o.dir.canonicalize().expect("the work folder");
    o
}

fn seed_only(o: &Options, postgres: bool) -> String {
    let plan = seed::Plan::new(o.practices, o.days);
    let dir = o.dir.join("seed");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the work folder");
    let seeded = if postgres {
        let url = postgres_url();
        let open_url = url.clone();
        seed::seed(&o.hub, &url, &dir, &plan, &move || Box::new(seed::PostgresSink::open(&open_url)))
    } else {
        let path = dir.join("hub.sqlite3");
        let url = format!("sqlite://{}", path.display());
        seed::seed(&o.hub, &url, &dir, &plan, &move || Box::new(seed::SqliteSink::open(&path)))
    };
    format!("seeded {} submissions in {:.1} s\n", seeded.rows, seeded.seconds)
}

pub fn postgres_url() -> String {
    std::env::var("PATHFINDER_TEST_POSTGRES")
        .unwrap_or_else(|_| fail("PATHFINDER_TEST_POSTGRES is not set: run under scripts/with-postgres.sh"))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(command) = args.first() else {
        fail("usage: pathfinder-hub-load sqlite|postgres|dashboard|xlsx --hub PATH --dir DIR [options]")
    };
    let options = options(&args[1..]);
    let table = match command.as_str() {
        "sqlite" => sqlite::run(&options),
        "postgres" => postgres::run(&options),
        "dashboard" => dashboard::run(&options),
        "xlsx" => xlsx::run(&options),
        // Only the seed, into DIR/seed/hub.sqlite3 (or PostgreSQL with --postgres): to time it, or to look at it.
        "seed" => seed_only(&options, args.iter().any(|a| a == "--postgres")),
        other => fail(format!("unknown benchmark {other}")),
    };
    match &options.out {
        Some(path) => std::fs::write(path, &table).unwrap_or_else(|e| fail(format!("{}: {e}", path.display()))),
        None => print!("{table}"),
    }
}
