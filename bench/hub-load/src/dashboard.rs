//! The dashboard at national scale, on SQLite and PostgreSQL side by side: every page the router serves by GET under
//! /dashboard (read from `pathfinder_hub::route_paths()`, so a new page is timed without changing this file), signed
//! in as a national user, each request timed to its last byte (gzip asked for, as a browser does). Requests go
//! round the pages and the two backends in turn, in RUNS rounds; p50 and p95 are over every request, with the spread
//! of each round's p95. Both backends hold the same seeded rows, so each page must come out the same on both.

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::Options;
use crate::common::{check, fail, filesystem, min_max, ms, percentile, thousands};
use crate::hub::Hub;
use crate::load;
use crate::seed::{self, EMAIL, PASSWORD, Plan, PostgresSink, SqliteSink, ccg_of, ods};
use crate::store::Store;
use crate::web;

const GOAL_P95_MS: f64 = 50.0;

/// Pages about one CCG, named in their query.
const CCG_PAGES: [&str; 4] = ["/dashboard/tasks", "/dashboard/tasks.csv", "/dashboard/tasks.xlsx", "/dashboard/codes"];

struct Page {
    path: String,
    /// What is filled in, for the table.
    note: String,
}

/// The GET pages under /dashboard, each `{parameter}` filled in; with the practice list and its downloads again for
/// one CCG, and the pages that are about one CCG (its task grid and downloads, its enrolment codes) asked for it.
/// Routes only posted to are found by their 405 and left out (listed under the table).
fn pages(plan: &Plan) -> Vec<Page> {
    let practice = plan.practices / 2;
    let ccg = ccg_of(plan, practice);
    let mut list = Vec::new();
    for pattern in pathfinder_hub::route_paths() {
        // A message's own page is left out: the seeded hub has sent no message (the list of messages is timed).
        if !pattern.starts_with("/dashboard") || pattern.contains("{id}") {
            continue;
        }
        let mut path = pattern.to_owned();
        let mut note = String::new();
        while let Some(open) = path.find('{') {
            let close = path[open..].find('}').map(|c| c + open).unwrap_or_else(|| fail(format!("route {pattern}")));
            let value = match &path[open + 1..close] {
                "ods" => ods(practice),
                "ccg" => ccg.clone(),
                other => fail(format!(
                    "the route {pattern} has a parameter {{{other}}} the benchmark cannot fill: add it to bench/hub-load/src/dashboard.rs"
                )),
            };
            note = format!("a practice of {} submissions", plan.days);
            path.replace_range(open..=close, &value);
        }
        if CCG_PAGES.contains(&pattern) {
            path = format!("{pattern}?ccg={ccg}");
            note = "one CCG".into();
        }
        list.push(Page { path, note });
    }
    for base in ["/dashboard/practices", "/dashboard/practices.csv", "/dashboard/practices.xlsx"] {
        if list.iter().any(|p| p.path == base) {
            list.push(Page { path: format!("{base}?ccg={ccg}"), note: "one CCG".into() });
        }
    }
    // The national list deep in, and filtered: the database sorts, filters and pages it.
    if list.iter().any(|p| p.path == "/dashboard/practices") {
        let middle = (plan.practices / 100 / 2).max(1);
        list.push(Page {
            path: format!("/dashboard/practices?sort=level&page={middle}"),
            note: format!("page {middle}, by level"),
        });
        list.push(Page {
            path: "/dashboard/practices?level=at-risk&overdue=yes&stale=yes&sort=last-report".into(),
            note: "three filters".into(),
        });
    }
    list
}

/// The page with the CSRF tokens taken out (a fresh one per request), for comparing the two backends. A workbook
/// (a zip) is compared byte for byte: the same table makes the same bytes.
fn normalised(body: &[u8]) -> Vec<u8> {
    if body.starts_with(b"PK") {
        return body.to_vec();
    }
    let text = String::from_utf8_lossy(body);
    let mut out = String::with_capacity(text.len());
    let mut rest: &str = &text;
    let marker = "name=\"csrf\" value=\"";
    while let Some(at) = rest.find(marker) {
        let start = at + marker.len();
        out.push_str(&rest[..start]);
        let end = rest[start..].find('"').map_or(rest.len(), |e| e + start);
        out.push_str("CSRF");
        rest = &rest[end..];
    }
    out.push_str(rest);
    out.into_bytes()
}

/// Where two pages first differ, with some text around it on each side (a page is often one long line).
fn first_difference(a: &[u8], b: &[u8]) -> String {
    let at = a.iter().zip(b).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()));
    let around = |s: &[u8]| {
        let text = String::from_utf8_lossy(&s[at.saturating_sub(60)..(at + 60).min(s.len())]).into_owned();
        text.replace('\n', " ")
    };
    format!("byte {at}: SQLite {:?} / PostgreSQL {:?}", around(a), around(b))
}

struct Timed {
    /// Per backend: every request's latency, and each round's.
    all: [Vec<Duration>; 2],
    rounds: [Vec<Vec<Duration>>; 2],
    bytes: [usize; 2],
}

pub fn run(o: &Options) -> String {
    let url = crate::postgres_url();
    let plan = Plan::new(o.practices, o.days);
    let dir = o.dir.join("dashboard");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the work folder");
    let sqlite_fs = filesystem(&dir, o.allow_tmpfs).unwrap_or_else(|e| fail(e));
    let (pg_dir, server) =
        crate::postgres::data_directory(&url).split_once('\t').map(|(a, b)| (a.to_owned(), b.to_owned())).unwrap();
    let pg_fs = filesystem(Path::new(&pg_dir), o.allow_tmpfs).unwrap_or_else(|e| fail(e));

    let path = dir.join("hub.sqlite3");
    let sqlite_url = format!("sqlite://{}", path.display());
    std::fs::create_dir_all(dir.join("sqlite")).expect("a folder");
    std::fs::create_dir_all(dir.join("postgres")).expect("a folder");
    let open_path = path.clone();
    let open_url = url.clone();
    let open_sqlite = move || -> Box<dyn seed::Sink> { Box::new(SqliteSink::open(&open_path)) };
    let open_pg = move || -> Box<dyn seed::Sink> { Box::new(PostgresSink::open(&open_url)) };
    // The same rows, made once, into both.
    let seeded = seed::seed_all(
        &o.hub,
        &plan,
        &[
            seed::Target { database: &sqlite_url, work: &dir.join("sqlite"), open: &open_sqlite },
            seed::Target { database: &url, work: &dir.join("postgres"), open: &open_pg },
        ],
    );
    let seeded_sqlite = &seeded[0];
    let sizes = [Store::Sqlite(path.clone()).size_bytes(), Store::Postgres(url.clone()).size_bytes()];

    let hubs = [
        Hub::start(&o.hub, &sqlite_url, dir.join("hub-sqlite.log"), "SQLite"),
        Hub::start(&o.hub, &url, dir.join("hub-postgres.log"), "PostgreSQL"),
    ];
    let agent = load::agent();
    let sessions: Vec<String> = hubs.iter().map(|h| web::session(&agent, &h.base, EMAIL, PASSWORD)).collect();

    // Which pages answer GET, and the checks on what they hold.
    let candidates = pages(&plan);
    let mut pages = Vec::new();
    let mut post_only = Vec::new();
    for page in candidates {
        let answers: Vec<(u16, Vec<u8>)> =
            (0..2).map(|k| web::get(&agent, &format!("{}{}", hubs[k].base, page.path), &sessions[k], false)).collect();
        if answers.iter().all(|(s, _)| *s == 405) {
            post_only.push(page.path);
            continue;
        }
        for (k, (status, body)) in answers.iter().enumerate() {
            check(*status == 200, || format!("GET {} on {} answered {status}", page.path, hubs[k].name));
            check(!body.is_empty(), || format!("GET {} on {} is empty", page.path, hubs[k].name));
        }
        let text = String::from_utf8_lossy(&answers[0].1).into_owned();
        if page.path == "/dashboard/practices.csv" {
            let lines = text.lines().count();
            check(lines == plan.practices + 1, || {
                format!("the CSV has {lines} lines for {} practices", plan.practices)
            });
        }
        if page.path.starts_with("/dashboard/practices/") {
            check(text.contains(&ods(plan.practices / 2)), || format!("{} does not name its practice", page.path));
        }
        // The same rows on both backends make the same page: anything else is a fault, and fails the run.
        let (a, b) = (normalised(&answers[0].1), normalised(&answers[1].1));
        check(a == b, || format!("GET {} differs between the backends at {}", page.path, first_difference(&a, &b)));
        pages.push(page);
    }
    check(!pages.is_empty(), || "no dashboard page answers GET".into());

    let per_round = (o.requests / o.runs).max(1);
    let mut timed: Vec<Timed> = pages
        .iter()
        .map(|_| Timed {
            all: [Vec::new(), Vec::new()],
            rounds: [vec![Vec::new(); o.runs], vec![Vec::new(); o.runs]],
            bytes: [0, 0],
        })
        .collect();
    let mut spent = vec![[Duration::ZERO; 2]; pages.len()];
    let budget = Duration::from_secs_f64(o.budget);
    for round in 0..o.runs {
        eprintln!("dashboard: round {} of {}, {per_round} requests a page on each backend", round + 1, o.runs);
        for _ in 0..per_round {
            for (n, page) in pages.iter().enumerate() {
                for k in 0..2 {
                    // A page far over its goal is not given the whole budget of requests: it would take hours.
                    if spent[n][k] > budget * (round as u32 + 1) / o.runs as u32 {
                        continue;
                    }
                    let began = Instant::now();
                    let (status, body) =
                        web::get(&agent, &format!("{}{}", hubs[k].base, page.path), &sessions[k], true);
                    let took = began.elapsed();
                    check(status == 200, || format!("GET {} on {} answered {status}", page.path, hubs[k].name));
                    spent[n][k] += took;
                    timed[n].all[k].push(took);
                    timed[n].rounds[k][round].push(took);
                    timed[n].bytes[k] = body.len();
                }
            }
        }
    }
    for hub in &hubs {
        let errors = hub.logged_errors();
        check(errors.is_empty(), || format!("hub {} logged errors:\n{}", hub.name, errors.join("\n")));
    }
    for hub in hubs {
        hub.stop();
    }

    let mut t = String::new();
    for fs in [&sqlite_fs, &pg_fs] {
        if fs.starts_with("**") {
            let _ = writeln!(t, "{fs}\n");
        }
    }
    let _ = writeln!(
        t,
        "`pathfinder-hub serve` (release), one on SQLite (data on {sqlite_fs}) and one on PostgreSQL ({server}, data on \
         {pg_fs}), each holding the same {} submissions ({} practices in {} CCGs × {} days; {} and {}; seeded in {:.0} s), signed in as a \
         national user. One client, one request at a time, gzip asked for, timed to the last byte; the pages and the \
         two backends in turn, {} rounds of {per_round} requests a page a backend (a page is given at most {:.0} s a \
         backend, so a slow one has fewer). p50 / p95 over every request; in brackets, the lowest and highest of the \
         rounds' p95. Before the clock, each page was read from both backends and compared, byte for byte but for \
         their CSRF tokens: every one was the same (a difference fails the run).",
        thousands(seeded_sqlite.rows as f64),
        thousands(plan.practices as f64),
        plan.ccgs,
        plan.days,
        crate::common::size(sizes[0]),
        crate::common::size(sizes[1]),
        seeded_sqlite.seconds,
        o.runs,
        o.budget,
    );
    let _ = writeln!(t);
    let _ = writeln!(
        t,
        "| page | SQLite p50 / p95 (rounds' p95) | PostgreSQL p50 / p95 (rounds' p95) | n | KB (gzip) | p95 ≤ {GOAL_P95_MS:.0} ms |"
    );
    let _ = writeln!(t, "|---|---|---|---|---|---|");
    let mut misses = Vec::new();
    for (page, timed) in pages.iter().zip(&mut timed) {
        let mut cells = Vec::new();
        let mut p95s = [0.0; 2];
        for (k, p95) in p95s.iter_mut().enumerate() {
            timed.all[k].sort();
            let rounds: Vec<f64> = timed.rounds[k]
                .iter_mut()
                .filter(|r| !r.is_empty())
                .map(|r| {
                    r.sort();
                    ms(percentile(r, 0.95))
                })
                .collect();
            let (lo, hi) = min_max(&rounds);
            *p95 = ms(percentile(&timed.all[k], 0.95));
            cells.push(format!("{:.1} / {p95:.1} ms ({lo:.1}–{hi:.1})", ms(percentile(&timed.all[k], 0.5))));
        }
        let met = p95s.iter().all(|p| *p <= GOAL_P95_MS);
        let verdict = if met {
            "yes".to_owned()
        } else {
            let worst = p95s.iter().copied().fold(0.0, f64::max);
            misses.push(page.path.clone());
            format!("**no**: {:.1} ms over ({:.1}×)", worst - GOAL_P95_MS, worst / GOAL_P95_MS)
        };
        let n = if timed.all[0].len() == timed.all[1].len() {
            timed.all[0].len().to_string()
        } else {
            format!("{} / {}", timed.all[0].len(), timed.all[1].len())
        };
        let label =
            if page.note.is_empty() { format!("`{}`", page.path) } else { format!("`{}` ({})", page.path, page.note) };
        let _ = writeln!(
            t,
            "| {label} | {} | {} | {n} | {:.0} / {:.0} | {verdict} |",
            cells[0],
            cells[1],
            timed.bytes[0] as f64 / 1024.0,
            timed.bytes[1] as f64 / 1024.0,
        );
    }
    let _ = writeln!(t);
    let all_met = misses.is_empty();
    let _ = writeln!(
        t,
        "Goal, every page at p95 ≤ {GOAL_P95_MS:.0} ms on both backends: {}.",
        if all_met { "met".to_owned() } else { format!("**not met** by {} of {} pages", misses.len(), pages.len()) }
    );
    if !seeded_sqlite.defaulted.is_empty() {
        let _ = writeln!(t, "The seed leaves these columns at their defaults: {}.", seeded_sqlite.defaulted.join(", "));
    }
    if !post_only.is_empty() {
        let list: Vec<String> = post_only.iter().map(|p| format!("`{p}`")).collect();
        let _ = writeln!(t, "Not timed (they answer GET with 405: forms post to them): {}.", list.join(", "));
    }
    t
}
