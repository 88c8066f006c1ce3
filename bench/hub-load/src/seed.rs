//! The database as a national hub would hold it after a year: N practices in about 200 CCGs, each enrolled, each
//! having reported once a day for D days, a window for every CCG, and a national user.
//!
//! The hub makes the database: its own binary migrates it and imports the practices (`practices import`), sets the
//! windows (`window set`) and adds the user (`users add`). The year of submissions goes in directly, in large
//! transactions (SQLite) or COPY (PostgreSQL), since 2.92 million requests would take hours; but every row is what
//! the hub itself would have stored: each body is made from the protocol's version 2 example (ids, dates, counts,
//! levels varied), read by the hub's own parser (`parse_submission`, which validates it) and stored as the hub's
//! canonical text (`report::canonical_text`); each practice's newest report in brief is worked out by the hub's
//! `Figures::of`. Before anything is written, the migrated schema is checked against what the seed fills: a table the
//! seed does not know, or a NOT NULL column without a default that it does not fill, fails the benchmark (the seed
//! must be brought up to date), and a column it leaves at its default is reported beside the results.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Instant;

use pathfinder_hub::db::Figures;
use pathfinder_hub::{report, secrets};
use serde_json::Value;
use time::format_description::well_known::Rfc3339;
use time::{Date, Duration, OffsetDateTime, Time};

use crate::common::{Rng, fail};
use crate::hub::admin;

pub const EXAMPLE: &str = include_str!("../../../crates/protocol/examples/submission-v2.json");
pub const EMAIL: &str = "national@bench.nhs.net";
pub const PASSWORD: &str = "a benchmark password";
/// The id the ingest bodies carry until each request puts a fresh one in its place.
pub const PLACEHOLDER_ID: &str = "00000000-0000-4000-8000-000000000000";

/// The tables the seed writes, with the columns it fills.
const WRITTEN: &[(&str, &[&str])] = &[
    ("submissions", &["submission_id", "ods_code", "receipt_id", "received_at", "body", "level"]),
    ("readiness_history", &["ods_code", "day", "level", "next_due"]),
    (
        "practice_latest",
        &[
            "ods_code",
            "received_at",
            "level",
            "list_size",
            "type1_total",
            "type2_total",
            "type1_new",
            "type2_new",
            "forms_received",
            "forms_coded",
            "forms_queried",
            "forms_backlog",
            "expected_forms",
            "next_due",
            "letters_printed",
            "submissions",
        ],
    ),
    ("tokens", &["token_hash", "ods_code", "created_at"]),
];
/// Columns of those tables the seed leaves at their default on purpose: no token is revoked.
const DEFAULT_ON_PURPOSE: &[&str] = &["tokens.revoked_at"];
/// The tables the hub's own commands fill (practices, windows, users, the audit log) or that stay empty in a hub
/// nobody has signed in to yet; and each backend's bookkeeping.
const LEFT_TO_HUB: &[&str] = &[
    "practices",
    "windows",
    "users",
    "audit_log",
    "enrolment_codes",
    "sessions",
    "schema_version",
    "sqlite_sequence",
    "sqlite_stat1",
    // Filled as apps collect their settings, CCGs are named, and people sign in: none has yet.
    "practice_contact",
    "ccgs",
    "attempt_failures",
    "known_sign_ins",
    // Windows of practices with dates of their own, and the history of window changes: set from the dashboard.
    "practice_windows",
    "window_history",
    // Messages to practices and who has read them, and the daily digests sent: from the dashboard and the clock.
    "messages",
    "message_acknowledgements",
    "digests_sent",
];

#[derive(Clone, Copy, Debug)]
pub struct Plan {
    pub practices: usize,
    pub days: usize,
    pub ccgs: usize,
    pub seed: u64,
}

impl Plan {
    pub fn new(practices: usize, days: usize) -> Self {
        // England had 211 CCGs for about 7,500 practices: one for every 40 practices, at least 2.
        Self { practices, days, ccgs: (practices / 40).clamp(2, 600), seed: 19 }
    }

    pub fn rows(&self) -> usize {
        self.practices * self.days
    }
}

pub fn ods(i: usize) -> String {
    format!("B{:05}", 10_000 + i)
}

pub fn ccg_code(n: usize) -> String {
    const LETTERS: &[u8] = b"ABCDEFGHJKLMNPQRSTVWXY";
    format!("{:02}{}", n % 100, LETTERS[(n / 100) % LETTERS.len()] as char)
}

pub fn ccg_of(plan: &Plan, i: usize) -> String {
    ccg_code(i % plan.ccgs)
}

/// Practice `i`'s bearer token: derived, so that any process of the benchmark can send as any practice.
pub fn token(i: usize) -> String {
    secrets::fingerprint(&format!("pathfinder benchmark practice token {i}"))
}

/// The seeded days: the `days` before today, oldest first (today is left for the submissions under the clock).
pub fn day(plan: &Plan, today: Date, k: usize) -> Date {
    today - Duration::days((plan.days - k) as i64)
}

/// Makes valid version 2 bodies from the protocol's example.
pub struct BodyMaker {
    example: Value,
    example_day: Date,
}

fn shift_dates(value: &mut Value, by: Duration) {
    match value {
        Value::String(text) if text.len() == 10 => {
            if let Ok(date) = Date::parse(text, time::macros::format_description!("[year]-[month]-[day]")) {
                *text = (date + by).to_string();
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| shift_dates(v, by)),
        Value::Object(map) => map.values_mut().for_each(|v| shift_dates(v, by)),
        _ => {}
    }
}

fn scale_counts(value: &mut Value, k: u64) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(|v| scale_counts(v, k)),
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if key != "date" && v.is_u64() {
                    *v = Value::from(v.as_u64().unwrap_or(0) * k);
                } else {
                    scale_counts(v, k);
                }
            }
        }
        _ => {}
    }
}

const LEVELS: [&str; 5] = ["not-started", "in-progress", "on-track", "at-risk", "ready"];
const SYSTEMS: [&str; 3] = ["emis-web", "systm-one", "vision"];

impl BodyMaker {
    pub fn new() -> Self {
        let example: Value = serde_json::from_str(EXAMPLE).expect("the example is JSON");
        let created = example["createdAt"].as_str().expect("the example has createdAt");
        let example_day = OffsetDateTime::parse(created, &Rfc3339).expect("createdAt is RFC 3339").date();
        Self { example, example_day }
    }

    /// Practice `i`'s report made at `created`, `progress` (0 to 1) of the way through the seeded year.
    pub fn body(&self, plan: &Plan, i: usize, created: OffsetDateTime, id: &str, progress: f64) -> Vec<u8> {
        let mut v = self.example.clone();
        shift_dates(&mut v, created.date() - self.example_day);
        v["submissionId"] = id.into();
        v["odsCode"] = ods(i).into();
        v["createdAt"] = created.format(&Rfc3339).expect("a time").into();
        let mut practice_rng = Rng::new(plan.seed ^ (i as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
        v["practice"]["listSize"] = (2_000 + practice_rng.below(18_000)).into();
        v["practice"]["ccgCode"] = ccg_of(plan, i).into();
        v["practice"]["clinicalSystem"] = SYSTEMS[practice_rng.below(3) as usize].into();
        // The counts grow as the year goes on; each practice at its own pace.
        let k = 1 + ((progress * 3.0) as u64 + practice_rng.below(2)).min(4);
        for field in ["forms", "searches", "notices"] {
            scale_counts(&mut v[field], k);
        }
        if let Some(expected) = v["forecast"]["expectedForms"].as_u64() {
            v["forecast"]["expectedForms"] = (expected * k).into();
            v["forecast"]["objectionRate"] = (0.01 + practice_rng.below(100) as f64 / 10_000.0).into();
        }
        // From not started to ready over the year, each practice offset; some stay at risk for a while.
        let pace = practice_rng.below(1000) as f64 / 2500.0;
        let step = (((progress + pace) * 4.0) as usize).min(4);
        let level = if step == 3 && practice_rng.below(3) == 0 { "at-risk" } else { LEVELS[step] };
        v["readiness"]["level"] = level.into();
        if level != "at-risk" {
            v["readiness"]["blockers"] = Value::Array(Vec::new());
            // The hub works the level out from the tasks: none overdue, and every one done for ready.
            let later = (created.date() + Duration::days(30)).to_string();
            for task in v["tasks"].as_array_mut().expect("the example has tasks") {
                task["due"] = later.clone().into();
                if level == "ready" && task["status"] != "not-applicable" {
                    task["status"] = "completed".into();
                }
            }
        }
        serde_json::to_vec(&v).expect("JSON")
    }

    /// Today's body for practice `i`, with the placeholder id: what each submission under the clock sends, with a
    /// fresh random v4 id put in the placeholder's place. Checked by the hub's parser once here.
    pub fn ingest_template(&self, plan: &Plan, i: usize) -> String {
        let now = OffsetDateTime::now_utc();
        let body = self.body(plan, i, now - Duration::minutes(1), PLACEHOLDER_ID, 1.0);
        if let Err(error) = pathfinder_protocol::parse_submission(&body) {
            fail(format!("the hub's parser refuses the benchmark's body for practice {i}: {error}"));
        }
        String::from_utf8(body).expect("UTF-8")
    }
}

/// One seeded submission as the hub would have stored it.
pub struct Row {
    pub id: String,
    pub practice: usize,
    pub receipt_id: String,
    pub received_at: String,
    pub day: String,
    pub body: String,
    pub level: &'static str,
    pub next_due: Option<String>,
}

/// A practice's newest report in brief.
pub struct Latest {
    pub practice: usize,
    pub received_at: String,
    pub level: &'static str,
    pub figures: Figures,
    pub submissions: i64,
}

/// Where the rows go.
pub trait Sink {
    fn schema(&mut self) -> Vec<Column>;
    /// The practices' tokens, each made at `created_at` (Unix seconds).
    fn tokens(&mut self, tokens: &[(String, String)], created_at: i64);
    /// One day's submissions and their readiness rows, in one transaction.
    fn day(&mut self, rows: &[Row]);
    fn latest(&mut self, rows: &[Latest]);
    /// Makes the bulk load durable and the database ready to serve.
    fn finish(&mut self);
}

pub struct Column {
    pub table: String,
    pub name: String,
    pub not_null: bool,
    pub has_default: bool,
}

/// Checks the migrated schema against what the seed fills; gives the columns it leaves at their default.
fn check_schema(columns: &[Column]) -> Vec<String> {
    let mut left = Vec::new();
    let mut unknown: Vec<&str> = Vec::new();
    for c in columns {
        let written = WRITTEN.iter().find(|(t, _)| *t == c.table);
        match written {
            Some((_, cols)) if cols.contains(&c.name.as_str()) => {}
            Some(_) if c.not_null && !c.has_default => fail(format!(
                "the hub's schema has {}.{} (NOT NULL, no default), which the seed does not fill: \
                 bring bench/hub-load/src/seed.rs up to date with crates/hub/migrations",
                c.table, c.name
            )),
            Some(_) if DEFAULT_ON_PURPOSE.contains(&format!("{}.{}", c.table, c.name).as_str()) => {}
            Some(_) => left.push(format!("{}.{}", c.table, c.name)),
            None if LEFT_TO_HUB.contains(&c.table.as_str()) => {}
            None => {
                if !unknown.contains(&c.table.as_str()) {
                    unknown.push(&c.table);
                }
            }
        }
    }
    if !unknown.is_empty() {
        fail(format!(
            "the hub's schema has tables the seed does not know: {}. If the hub fills them from submissions, the seeded \
             history lacks them: bring bench/hub-load/src/seed.rs up to date with crates/hub/migrations",
            unknown.join(", ")
        ));
    }
    for (table, cols) in WRITTEN {
        for col in *cols {
            if !columns.iter().any(|c| c.table == *table && c.name == *col) {
                fail(format!("the seed fills {table}.{col}, which the hub's schema no longer has"));
            }
        }
    }
    left
}

/// What seeding did: shown under the table.
pub struct Seeded {
    pub rows: usize,
    pub seconds: f64,
    /// Columns of the tables the seed writes that it leaves at their default.
    pub defaulted: Vec<String>,
}

/// Makes the database: the hub migrates it and imports the practices, the history goes in through `sink`, then
/// the hub sets the windows and adds the national user.
pub fn seed(hub_bin: &Path, database: &str, work: &Path, plan: &Plan, open: &dyn Fn() -> Box<dyn Sink>) -> Seeded {
    seed_all(hub_bin, plan, &[Target { database, work, open }]).remove(0)
}

/// A database to seed: its URL for the hub's commands, a folder for the practices file, and how to open its sink.
pub struct Target<'a> {
    pub database: &'a str,
    pub work: &'a Path,
    pub open: &'a dyn Fn() -> Box<dyn Sink>,
}

/// Seeds every target with the same rows, made once.
pub fn seed_all(hub_bin: &Path, plan: &Plan, targets: &[Target<'_>]) -> Vec<Seeded> {
    let started = Instant::now();
    let mut csv = String::from("ods_code,name,ccg\n");
    for i in 0..plan.practices {
        csv.push_str(&format!("{},The Surgery {i},{}\n", ods(i), ccg_of(plan, i)));
    }
    let tokens: Vec<(String, String)> = (0..plan.practices).map(|i| (secrets::hash(&token(i)), ods(i))).collect();
    // One moment for every target: a practice's page shows when its token was made, and must read the same on both.
    let tokens_made = OffsetDateTime::now_utc().unix_timestamp();
    let mut sinks = Vec::new();
    let mut defaulted = Vec::new();
    for target in targets {
        let file = target.work.join("practices.csv");
        std::fs::write(&file, &csv).expect("the practices file");
        let out = admin(hub_bin, target.database, &["practices", "import", &file.to_string_lossy()], None);
        eprintln!("seed: {}", out.trim());
        // The hub command has exited: the seed's connection is the only one.
        let mut sink = (target.open)();
        defaulted.push(check_schema(&sink.schema()));
        sink.tokens(&tokens, tokens_made);
        sinks.push(sink);
    }

    let today = OffsetDateTime::now_utc().date();
    let maker = Arc::new(BodyMaker::new());
    let next_day = Arc::new(AtomicUsize::new(0));
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let (sender, days) = mpsc::sync_channel::<(Vec<Row>, Vec<Latest>)>(threads);
    let plan_copy = *plan;
    let makers: Vec<_> = (0..threads)
        .map(|_| {
            let (maker, next_day, sender) = (maker.clone(), next_day.clone(), sender.clone());
            std::thread::spawn(move || {
                loop {
                    let k = next_day.fetch_add(1, Ordering::Relaxed);
                    if k >= plan_copy.days {
                        break;
                    }
                    if sender.send(make_day(&maker, &plan_copy, today, k)).is_err() {
                        break;
                    }
                }
            })
        })
        .collect();
    drop(sender);
    let mut done = 0;
    let mut latest = Vec::new();
    let mut writing = std::time::Duration::ZERO;
    for (rows, last) in days {
        let began = Instant::now();
        for sink in &mut sinks {
            sink.day(&rows);
        }
        writing += began.elapsed();
        latest.extend(last);
        done += rows.len();
        if done % (plan.practices * 30) < plan.practices {
            eprintln!(
                "seed: {done} of {} submissions ({:.0} /s)",
                plan.rows(),
                done as f64 / started.elapsed().as_secs_f64()
            );
        }
    }
    for maker in makers {
        maker.join().expect("a body maker");
    }
    check_equal(done, plan.rows(), "seeded submissions");
    check_equal(latest.len(), plan.practices, "practices with a newest report");
    for mut sink in sinks {
        sink.latest(&latest);
        sink.finish();
    }

    let minute = || OffsetDateTime::now_utc().unix_timestamp() / 60;
    for n in 0..plan.ccgs {
        // Windows spread over the year, as CCGs joined the pilot at different times.
        let start = today - Duration::days(30 + (n as i64 * 7) % 300);
        let start = start.to_string();
        // The dashboard shows when a window was set, to the minute: each CCG's is set in every database within one
        // minute (set again in all where a minute turned), so that the backends' pages can be compared whole.
        loop {
            let began = minute();
            for target in targets {
                admin(hub_bin, target.database, &["window", "set", "--ccg", &ccg_code(n), "--start", &start], None);
            }
            if minute() == began {
                break;
            }
        }
    }
    for target in targets {
        let password = format!("{PASSWORD}\n");
        admin(hub_bin, target.database, &["users", "add", "--email", EMAIL, "--role", "national"], Some(&password));
    }
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "seed: {done} submissions from {} practices into {} database(s) in {seconds:.0} s, {:.0} s of it writing them",
        plan.practices,
        targets.len(),
        writing.as_secs_f64()
    );
    defaulted.into_iter().map(|defaulted| Seeded { rows: done, seconds, defaulted }).collect()
}

fn check_equal(a: usize, b: usize, what: &str) {
    if a != b {
        fail(format!("{what}: {a}, expected {b}"));
    }
}

/// Day `k`'s submissions from every practice; on the last day, each practice's newest report in brief too.
fn make_day(maker: &BodyMaker, plan: &Plan, today: Date, k: usize) -> (Vec<Row>, Vec<Latest>) {
    let date = day(plan, today, k);
    let mut rng = Rng::new(plan.seed.wrapping_mul(1_000_003).wrapping_add(k as u64));
    let progress = k as f64 / plan.days.max(1) as f64;
    let mut rows = Vec::with_capacity(plan.practices);
    let mut latest = Vec::new();
    for i in 0..plan.practices {
        // Made in the morning, received a few seconds later.
        let made = Time::from_hms(7 + rng.below(10) as u8, rng.below(60) as u8, rng.below(60) as u8).expect("a time");
        let created = date.with_time(made).assume_utc();
        let received = created + Duration::nanoseconds(1_000_000_000 + rng.below(4_000_000_000) as i64);
        let id = rng.uuid_v4();
        let wire = maker.body(plan, i, created, &id, progress);
        let submission = pathfinder_protocol::parse_submission(&wire)
            .unwrap_or_else(|e| fail(format!("the hub's parser refuses a seeded body (practice {i}, {date}): {e}")));
        // Stored as the hub stores it: the level it works out from the tasks on the day it receives them.
        let assessed = report::assessed(&submission, date);
        let level = assessed.level.as_str();
        let next_due = assessed.next_due.map(|due| due.to_string());
        let received_at = received.format(&Rfc3339).expect("a time");
        if k + 1 == plan.days {
            latest.push(Latest {
                practice: i,
                received_at: received_at.clone(),
                level,
                figures: Figures::of(&submission),
                submissions: plan.days as i64,
            });
        }
        rows.push(Row {
            id,
            practice: i,
            receipt_id: rng.uuid_v4(),
            received_at,
            day: date.to_string(),
            body: report::canonical_text(&submission),
            level,
            next_due,
        });
    }
    (rows, latest)
}

// ---------------------------------------------------------------------------------------------------------------
// SQLite

pub struct SqliteSink {
    conn: rusqlite::Connection,
}

impl SqliteSink {
    /// Opens the database the hub has just made (no other connection may be open: the hub command has exited).
    pub fn open(path: &Path) -> Self {
        let conn = rusqlite::Connection::open(path).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
        // The bulk load is not what is measured: no journal, no fsync until the end, a large cache.
        conn.pragma_update(None, "journal_mode", "OFF").expect("journal_mode");
        conn.pragma_update(None, "synchronous", "OFF").expect("synchronous");
        conn.pragma_update(None, "cache_size", -1_048_576).expect("cache_size");
        conn.pragma_update(None, "foreign_keys", true).expect("foreign_keys");
        Self { conn }
    }
}

fn sqlite_ok<T>(result: rusqlite::Result<T>, what: &str) -> T {
    result.unwrap_or_else(|e| fail(format!("seeding SQLite, {what}: {e}")))
}

impl Sink for SqliteSink {
    fn schema(&mut self) -> Vec<Column> {
        let tables: Vec<String> = {
            let mut s = sqlite_ok(self.conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table'"), "tables");
            sqlite_ok(s.query_map([], |r| r.get(0)), "tables").map(|r| r.expect("a name")).collect()
        };
        let mut columns = Vec::new();
        for table in tables {
            let mut s = sqlite_ok(self.conn.prepare(&format!("PRAGMA table_info(\"{table}\")")), "table_info");
            let rows = sqlite_ok(
                s.query_map([], |r| {
                    Ok(Column {
                        table: table.clone(),
                        name: r.get(1)?,
                        not_null: r.get::<_, i64>(3)? != 0 || r.get::<_, i64>(5)? != 0,
                        has_default: r.get::<_, Option<String>>(4)?.is_some(),
                    })
                }),
                "table_info",
            );
            columns.extend(rows.map(|r| r.expect("a column")));
        }
        columns
    }

    fn tokens(&mut self, tokens: &[(String, String)], created_at: i64) {
        let tx = sqlite_ok(self.conn.transaction(), "begin");
        {
            let mut s = sqlite_ok(
                tx.prepare("INSERT INTO tokens (token_hash, ods_code, created_at) VALUES (?1, ?2, ?3)"),
                "tokens",
            );
            for (hash, ods) in tokens {
                sqlite_ok(s.execute(rusqlite::params![hash, ods, created_at]), "a token");
            }
        }
        sqlite_ok(tx.commit(), "commit");
    }

    fn day(&mut self, rows: &[Row]) {
        let tx = sqlite_ok(self.conn.transaction(), "begin");
        {
            let mut insert = sqlite_ok(
                tx.prepare_cached(
                    "INSERT INTO submissions (submission_id, ods_code, receipt_id, received_at, body, level)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                ),
                "submissions",
            );
            let mut history = sqlite_ok(
                tx.prepare_cached(
                    "INSERT INTO readiness_history (ods_code, day, level, next_due) VALUES (?1, ?2, ?3, ?4)",
                ),
                "readiness_history",
            );
            for r in rows {
                let ods = ods(r.practice);
                sqlite_ok(
                    insert.execute(rusqlite::params![r.id, ods, r.receipt_id, r.received_at, r.body, r.level]),
                    "a submission",
                );
                sqlite_ok(history.execute(rusqlite::params![ods, r.day, r.level, r.next_due]), "a readiness row");
            }
        }
        sqlite_ok(tx.commit(), "commit");
    }

    fn latest(&mut self, rows: &[Latest]) {
        let tx = sqlite_ok(self.conn.transaction(), "begin");
        {
            let mut s = sqlite_ok(
                tx.prepare(
                    "INSERT INTO practice_latest (ods_code, received_at, level, list_size, type1_total, type2_total,
                         type1_new, type2_new, forms_received, forms_coded, forms_queried, forms_backlog,
                         expected_forms, next_due, letters_printed, submissions)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                ),
                "practice_latest",
            );
            for r in rows {
                let f = &r.figures;
                sqlite_ok(
                    s.execute(rusqlite::params![
                        ods(r.practice),
                        r.received_at,
                        r.level,
                        f.list_size,
                        f.type1_total,
                        f.type2_total,
                        f.type1_new,
                        f.type2_new,
                        f.forms_received,
                        f.forms_coded,
                        f.forms_queried,
                        f.forms_backlog,
                        f.expected_forms,
                        f.next_due.map(|due| due.to_string()),
                        f.letters_printed,
                        r.submissions
                    ]),
                    "a practice's newest report",
                );
            }
        }
        sqlite_ok(tx.commit(), "commit");
    }

    fn finish(&mut self) {
        // Back to the mode the hub keeps (it sets WAL itself too), everything on disk before the hub opens it.
        let mode: String =
            sqlite_ok(self.conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)), "journal_mode");
        if mode != "wal" {
            fail(format!("the seeded database is in journal mode {mode}, not WAL"));
        }
        sqlite_ok(self.conn.pragma_update(None, "synchronous", "FULL"), "synchronous");
        let check: String = sqlite_ok(self.conn.query_row("PRAGMA quick_check", [], |r| r.get(0)), "quick_check");
        if check != "ok" {
            fail(format!("the seeded database fails quick_check: {check}"));
        }
        let fd = std::fs::File::open(self.conn.path().expect("a file database")).expect("the database file");
        fd.sync_all().expect("fsync");
    }
}

// ---------------------------------------------------------------------------------------------------------------
// PostgreSQL

pub struct PostgresSink {
    runtime: tokio::runtime::Runtime,
    conn: sqlx::PgConnection,
}

/// COPY's text format: backslash, tab, newline and carriage return escaped.
fn copy_field(out: &mut Vec<u8>, text: &str) {
    for b in text.bytes() {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => out.push(b),
        }
    }
}

fn copy_row(out: &mut Vec<u8>, fields: &[Option<&str>]) {
    for (n, field) in fields.iter().enumerate() {
        if n > 0 {
            out.push(b'\t');
        }
        match field {
            Some(text) => copy_field(out, text),
            None => out.extend_from_slice(b"\\N"),
        }
    }
    out.push(b'\n');
}

impl PostgresSink {
    pub fn open(url: &str) -> Self {
        use sqlx::Connection;
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
        let conn = runtime
            .block_on(async {
                let mut conn = sqlx::PgConnection::connect(url).await?;
                // The bulk load is not what is measured: its commits need not wait for the disk (the CHECKPOINT at
                // the end writes everything before the hub serves).
                sqlx::query("SET synchronous_commit = off").execute(&mut conn).await?;
                Ok::<_, sqlx::Error>(conn)
            })
            .unwrap_or_else(|e| fail(format!("PostgreSQL {url}: {e}")));
        Self { runtime, conn }
    }

    fn copy(&mut self, statement: &'static str, data: Vec<u8>) {
        let conn = &mut self.conn;
        self.runtime
            .block_on(async {
                let mut copy = conn.copy_in_raw(statement).await?;
                copy.send(data).await?;
                copy.finish().await
            })
            .unwrap_or_else(|e| fail(format!("seeding PostgreSQL, {statement}: {e}")));
    }

    fn execute(&mut self, statement: &'static str) {
        let conn = &mut self.conn;
        self.runtime
            .block_on(sqlx::query(statement).execute(conn))
            .unwrap_or_else(|e| fail(format!("PostgreSQL, {statement}: {e}")));
    }
}

impl Sink for PostgresSink {
    fn schema(&mut self) -> Vec<Column> {
        use sqlx::Row as _;
        let conn = &mut self.conn;
        let rows = self
            .runtime
            .block_on(
                sqlx::query(
                    "SELECT table_name::text, column_name::text, is_nullable = 'NO', column_default IS NOT NULL
                     FROM information_schema.columns WHERE table_schema = current_schema()",
                )
                .fetch_all(conn),
            )
            .unwrap_or_else(|e| fail(format!("PostgreSQL, the schema: {e}")));
        rows.iter()
            .map(|r| Column { table: r.get(0), name: r.get(1), not_null: r.get(2), has_default: r.get(3) })
            .collect()
    }

    fn tokens(&mut self, tokens: &[(String, String)], created_at: i64) {
        let mut data = Vec::new();
        let created_at = created_at.to_string();
        for (hash, ods) in tokens {
            copy_row(&mut data, &[Some(hash), Some(ods), Some(&created_at)]);
        }
        self.copy("COPY tokens (token_hash, ods_code, created_at) FROM STDIN", data);
    }

    fn day(&mut self, rows: &[Row]) {
        let mut submissions = Vec::with_capacity(rows.len() * 2048);
        let mut history = Vec::with_capacity(rows.len() * 32);
        for r in rows {
            let ods = ods(r.practice);
            copy_row(
                &mut submissions,
                &[Some(&r.id), Some(&ods), Some(&r.receipt_id), Some(&r.received_at), Some(&r.body), Some(r.level)],
            );
            copy_row(&mut history, &[Some(&ods), Some(&r.day), Some(r.level), r.next_due.as_deref()]);
        }
        self.execute("BEGIN");
        self.copy(
            "COPY submissions (submission_id, ods_code, receipt_id, received_at, body, level) FROM STDIN",
            submissions,
        );
        self.copy("COPY readiness_history (ods_code, day, level, next_due) FROM STDIN", history);
        self.execute("COMMIT");
    }

    fn latest(&mut self, rows: &[Latest]) {
        let mut data = Vec::new();
        for r in rows {
            let f = &r.figures;
            let n = |v: i64| v.to_string();
            let o = |v: Option<i64>| v.map(|v| v.to_string());
            let fields: Vec<Option<String>> = vec![
                Some(ods(r.practice)),
                Some(r.received_at.clone()),
                Some(r.level.to_owned()),
                Some(n(f.list_size)),
                Some(n(f.type1_total)),
                Some(n(f.type2_total)),
                o(f.type1_new),
                o(f.type2_new),
                Some(n(f.forms_received)),
                Some(n(f.forms_coded)),
                Some(n(f.forms_queried)),
                Some(n(f.forms_backlog)),
                o(f.expected_forms),
                f.next_due.map(|due| due.to_string()),
                Some(n(f.letters_printed)),
                Some(n(r.submissions)),
            ];
            let borrowed: Vec<Option<&str>> = fields.iter().map(|f| f.as_deref()).collect();
            copy_row(&mut data, &borrowed);
        }
        self.copy(
            "COPY practice_latest (ods_code, received_at, level, list_size, type1_total, type2_total, type1_new,
                 type2_new, forms_received, forms_coded, forms_queried, forms_backlog, expected_forms, next_due,
                 letters_printed, submissions)
             FROM STDIN",
            data,
        );
    }

    fn finish(&mut self) {
        // As a database that has run for a year would be: its statistics gathered, its visibility map set, and
        // nothing of the load left for the checkpointer to write under the clock.
        self.execute("VACUUM ANALYZE");
        self.execute("CHECKPOINT");
    }
}
