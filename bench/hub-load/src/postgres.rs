//! Two hubs on one PostgreSQL: one hub alone and two together, alternating; then two with one SIGKILLed mid-run, its
//! clients resending the same bytes to the other; then whether sessions and the sign-in limits hold across both.

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::Options;
use crate::common::{check, fail, filesystem, med_spread, median, ms, thousands};
use crate::hub::{Hub, SUBMISSIONS_PER_HOUR, admin};
use crate::load::{self, OnNoAnswer, Outcome};
use crate::seed::{self, EMAIL, PASSWORD, Plan, PostgresSink};
use crate::sqlite::{check_answers, practices};
use crate::store::{Store, Verified, verify};
use crate::web;

const GOAL_ONE_HUB: f64 = 3_000.0;
const SECOND_EMAIL: &str = "second@bench.nhs.net";

/// The folder holding the cluster's data, which the hub's commits wait on.
pub fn data_directory(url: &str) -> String {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
        .block_on(async {
            use sqlx::{Connection, Row};
            let mut conn = sqlx::PgConnection::connect(url).await?;
            let row = sqlx::query(
                "SELECT current_setting('data_directory'), current_setting('fsync'), \
                                   current_setting('synchronous_commit'), current_setting('shared_buffers'), version()",
            )
            .fetch_one(&mut conn)
            .await?;
            let (dir, fsync, sync, buffers, version): (String, String, String, String, String) =
                (row.get(0), row.get(1), row.get(2), row.get(3), row.get(4));
            if fsync != "on" || sync != "on" {
                fail(format!(
                    "PostgreSQL runs with fsync={fsync}, synchronous_commit={sync}: commits would not be durable"
                ));
            }
            let version = version.split(" on ").next().unwrap_or(&version).to_owned();
            Ok::<_, sqlx::Error>(format!("{dir}\t{version}, shared_buffers {buffers}, fsync on, synchronous_commit on"))
        })
        .unwrap_or_else(|e| fail(format!("PostgreSQL: {e}")))
}

struct Measured {
    outcome: Outcome,
    verified: Verified,
}

impl Measured {
    fn rate(&self) -> f64 {
        self.verified.acknowledged as f64 / self.outcome.seconds
    }
}

pub fn run(o: &Options) -> String {
    let url = crate::postgres_url();
    let plan = Plan::new(o.practices, o.days);
    let dir = o.dir.join("hub-postgres");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the work folder");
    let (data_dir, server) = data_directory(&url).split_once('\t').map(|(a, b)| (a.to_owned(), b.to_owned())).unwrap();
    let fs = filesystem(Path::new(&data_dir), o.allow_tmpfs).unwrap_or_else(|e| fail(e));

    let seed_url = url.clone();
    let seeded = seed::seed(&o.hub, &url, &dir, &plan, &move || Box::new(PostgresSink::open(&seed_url)));
    admin(
        &o.hub,
        &url,
        &["users", "add", "--email", SECOND_EMAIL, "--role", "national"],
        Some(&format!("{PASSWORD}\n")),
    );
    let store = Store::Postgres(url.clone());
    let size = store.size_bytes();
    let practices = practices(&plan);

    let a = Hub::start(&o.hub, &url, dir.join("hub-a.log"), "A");
    let b = Hub::start(&o.hub, &url, dir.join("hub-b.log"), "B");
    let one = vec![a.base.clone()];
    let two = vec![a.base.clone(), b.base.clone()];
    let warm = load::ingest(&two, o.clients, (o.seconds / 5.0).max(1.0), practices.clone(), OnNoAnswer::Count);
    check_answers(&warm, "warm-up");

    let measure = |bases: &[String], what: &str| {
        let before = store.count();
        let outcome = load::ingest(bases, o.clients, o.seconds, practices.clone(), OnNoAnswer::Count);
        check_answers(&outcome, what);
        let verified = verify(&store, before, &outcome, what);
        check(verified.repeats == 0, || format!("{what}: {} repeats answered 200 for fresh ids", verified.repeats));
        Measured { outcome, verified }
    };
    let mut singles = Vec::new();
    let mut pairs = Vec::new();
    for n in 1..=o.runs {
        eprintln!("hub-postgres: run {n} of {}: one hub, {} s", o.runs, o.seconds);
        singles.push(measure(&one, "one hub"));
        eprintln!("hub-postgres: run {n} of {}: two hubs, {} s", o.runs, o.seconds);
        pairs.push(measure(&two, "two hubs"));
    }

    eprintln!("hub-postgres: sessions and sign-in limits across the two hubs");
    let shared = sessions_and_limits(&a.base, &b.base);

    eprintln!("hub-postgres: two hubs, A killed with SIGKILL after {:.1} s", o.seconds * 0.4);
    let before = store.count();
    let kill_after = Duration::from_secs_f64(o.seconds * 0.4);
    let errors_before_kill = a.logged_errors();
    let killer = std::thread::spawn(move || {
        let mut a = a;
        std::thread::sleep(kill_after);
        let at = Instant::now();
        a.kill();
        (a, at)
    });
    let started = Instant::now();
    let killed = load::ingest(&two, o.clients, o.seconds, practices.clone(), OnNoAnswer::RetryOnOtherHub);
    let (a, killed_at) = killer.join().expect("the killer thread");
    drop(a);
    check(killed.server_errors() == 0, || format!("kill run: the hub answered 5xx: {}", killed.others(&[200, 201])));
    let kill_verified = verify(&store, before, &killed, "kill run");
    let by_a = killed.acknowledged.iter().filter(|k| k.hub == 0).count();
    let by_b = killed.acknowledged.iter().filter(|k| k.hub == 1).count();
    check(by_a > 0 && by_b > 0, || format!("kill run: A acknowledged {by_a}, B {by_b}: the kill was not under load"));
    let killed_at_s = killed_at.duration_since(started).as_secs_f64();

    let mut errors = errors_before_kill;
    errors.extend(b.logged_errors());
    check(errors.is_empty(), || format!("the hubs logged errors:\n{}", errors.join("\n")));
    b.stop();

    let mut t = String::new();
    if fs.starts_with("**") {
        let _ = writeln!(t, "{fs}\n");
    }
    let _ = writeln!(
        t,
        "Two `pathfinder-hub serve` processes (release) on one PostgreSQL ({server}; scripts/with-postgres.sh, data \
         on {fs}), the load generator in its own process with {} client threads: all on hub A (one hub), or split \
         evenly over A and B (two hubs), alternating. Before the clock: {} submissions ({} practices × {} days, \
         {}), seeded by COPY in {:.0} s then VACUUM ANALYZE and CHECKPOINT. Each run {} s of submissions with \
         random v4 ids; stored = rows added, read back after the run, each acknowledged id found once with the \
         receipt its client got (asserted).",
        o.clients,
        thousands(seeded.rows as f64),
        thousands(plan.practices as f64),
        plan.days,
        crate::common::size(size),
        seeded.seconds,
        o.seconds,
    );
    let _ = writeln!(t);
    let _ = writeln!(
        t,
        "| run | hubs | durable submissions | p50 / p99, all answers | acknowledged = stored | answers other than 201 |"
    );
    let _ = writeln!(t, "|---|---|---|---|---|---|");
    for n in 0..o.runs {
        for (hubs, m) in [("one", &singles[n]), ("two", &pairs[n])] {
            let _ = writeln!(
                t,
                "| {} | {hubs} | {} /s | {:.2} / {:.2} ms | {} = {} | {} |",
                n + 1,
                thousands(m.rate()),
                ms(m.outcome.p(0.5)),
                ms(m.outcome.p(0.99)),
                thousands(m.verified.acknowledged as f64),
                thousands(m.verified.new_rows as f64),
                m.outcome.others(&[201]),
            );
        }
    }
    let summary = |ms_: &[Measured]| {
        let rates: Vec<f64> = ms_.iter().map(Measured::rate).collect();
        let p50: Vec<f64> = ms_.iter().map(|m| ms(m.outcome.p(0.5))).collect();
        let p99: Vec<f64> = ms_.iter().map(|m| ms(m.outcome.p(0.99))).collect();
        (
            median(&rates),
            format!(
                "{} | {} / {}",
                med_spread(&rates, thousands, " /s"),
                med_spread(&p50, |v| format!("{v:.2}"), ""),
                med_spread(&p99, |v| format!("{v:.2}"), " ms")
            ),
        )
    };
    let (one_rate, one_line) = summary(&singles);
    let (_, two_line) = summary(&pairs);
    let _ = writeln!(t, "| median (min–max) | one | {one_line} | | |");
    let _ = writeln!(t, "| median (min–max) | two | {two_line} | | |");
    let _ = writeln!(t);
    let _ = writeln!(
        t,
        "One hub SIGKILLed: {} s of load over A and B, A killed {killed_at_s:.1} s in; each client whose request got \
         no answer sent the same bytes to B (as the outbox resends), and kept to B. {} submissions acknowledged \
         ({} by A, {} by B; {} /s overall, p99 {:.2} ms over all answers), {} of them by a 200 for a repeat (stored by A, its answer \
         lost to the kill); {} new rows: every acknowledged submission stored exactly once with its receipt \
         (asserted). Requests with no answer, each resent: {}.",
        o.seconds,
        thousands(kill_verified.acknowledged as f64),
        thousands(by_a as f64),
        thousands(by_b as f64),
        thousands(kill_verified.acknowledged as f64 / killed.seconds),
        ms(killed.p(0.99)),
        kill_verified.repeats,
        thousands(kill_verified.new_rows as f64),
        if killed.failures.is_empty() {
            "none".to_owned()
        } else {
            killed.failures.iter().map(|(e, n)| format!("{e} × {n}")).collect::<Vec<_>>().join(", ")
        },
    );
    let _ = writeln!(t);
    let _ = writeln!(t, "| goal | result | met |");
    let _ = writeln!(t, "|---|---|---|");
    let _ = writeln!(
        t,
        "| ≥ {} durable submissions/s with one hub | {} /s (median) | {} |",
        thousands(GOAL_ONE_HUB),
        thousands(one_rate),
        if one_rate >= GOAL_ONE_HUB {
            "yes".to_owned()
        } else {
            format!(
                "**no**: {} /s short ({:.0} %)",
                thousands(GOAL_ONE_HUB - one_rate),
                100.0 * one_rate / GOAL_ONE_HUB
            )
        }
    );
    let _ = writeln!(t, "| one hub killed: nothing acknowledged lost, nothing stored twice | asserted | yes |");
    for (what, result, met) in shared {
        let _ = writeln!(t, "| {what} | {result} | {met} |");
    }
    let _ = writeln!(t);
    let _ = writeln!(
        t,
        "The hubs ran with `--submissions-per-hour {SUBMISSIONS_PER_HOUR}` (a real practice may send 120 an hour)."
    );
    if !seeded.defaulted.is_empty() {
        let _ = writeln!(t, "The seed leaves these columns at their defaults: {}.", seeded.defaulted.join(", "));
    }
    t
}

/// Signs in on A and uses the session on B; then five wrong passwords spread over A and B, and the right one: is
/// the account locked on both? (A control: five wrong on A alone lock it on A.) Rows for the goals table.
fn sessions_and_limits(a: &str, b: &str) -> Vec<(String, String, String)> {
    let agent = load::agent();
    let mut rows = Vec::new();

    let session = web::session(&agent, a, EMAIL, PASSWORD);
    let (status, _) = web::get(&agent, &format!("{b}/dashboard"), &session, false);
    let works = status == 200;
    check(works || status == 303, || format!("the dashboard on B answered {status} to A's session"));
    rows.push((
        "a session made on hub A works on hub B".to_owned(),
        format!("GET /dashboard on B with A's cookie: {status}"),
        if works { "yes".to_owned() } else { "**no**: sessions are per process".to_owned() },
    ));

    // Five failures over both, three on A and two on B, then the right password on B and on A.
    let form = web::login_form(&agent, a);
    let mut statuses = Vec::new();
    for (n, base) in [a, b, a, b, a].iter().enumerate() {
        let (status, _) = web::sign_in(&agent, base, &form, SECOND_EMAIL, "a wrong password, surely");
        check(status == 401 || status == 429, || format!("wrong password {}: answered {status}", n + 1));
        statuses.push(status.to_string());
    }
    let (on_b, _) = web::sign_in(&agent, b, &form, SECOND_EMAIL, PASSWORD);
    let (on_a, _) = web::sign_in(&agent, a, &form, SECOND_EMAIL, PASSWORD);
    let locked = on_b == 429 && on_a == 429;
    rows.push((
        "5 failed sign-ins spread over A and B (A, B, A, B, A) lock the account on both".to_owned(),
        format!("failures answered {}; then the right password: {on_b} on B, {on_a} on A", statuses.join(", ")),
        if locked { "yes".to_owned() } else { "**not met: limits are per process**".to_owned() },
    ));

    // The control: the limiter itself works within one process (a third account, on A only).
    let third = "third@bench.nhs.net";
    let form = web::login_form(&agent, a);
    for _ in 0..5 {
        let _ = web::sign_in(&agent, a, &form, third, "a wrong password, surely");
    }
    let (sixth, _) = web::sign_in(&agent, a, &form, third, "a wrong password, surely");
    rows.push((
        "control: 5 failed sign-ins on A alone, then a 6th on A".to_owned(),
        format!("answered {sixth}"),
        if sixth == 429 { "yes (locked)".to_owned() } else { format!("**no**: {sixth}") },
    ));
    rows
}
