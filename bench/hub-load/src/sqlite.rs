//! Ingest on SQLite: the `/healthz` ceiling and durable submissions, alternating, on a database holding a year.

use std::fmt::Write as _;
use std::sync::Arc;

use crate::Options;
use crate::common::{check, filesystem, med_spread, median, ms, thousands, yes_no};
use crate::hub::{Hub, SUBMISSIONS_PER_HOUR};
use crate::load::{self, OnNoAnswer, Outcome, Practices};
use crate::seed::{self, BodyMaker, Plan, SqliteSink};
use crate::store::{Store, verify};

/// Goals (issue 19).
const CEILING_SHARE: f64 = 50.0;
const P99_MS: f64 = 15.0;

struct Run {
    ceiling: Outcome,
    ingest: Outcome,
    stored: i64,
}

pub fn practices(plan: &Plan) -> Arc<Practices> {
    let maker = BodyMaker::new();
    Arc::new(Practices {
        bodies: (0..plan.practices).map(|i| maker.ingest_template(plan, i)).collect(),
        tokens: (0..plan.practices).map(seed::token).collect(),
    })
}

/// A run's answers: no 5xx and none missing, or the benchmark fails.
pub fn check_answers(outcome: &Outcome, what: &str) {
    check(outcome.server_errors() == 0, || format!("{what}: the hub answered 5xx: {}", outcome.others(&[200, 201])));
    check(outcome.failures.is_empty(), || format!("{what}: requests got no answer: {}", outcome.others(&[200, 201])));
    check(outcome.answers() > 0, || format!("{what}: no answers at all"));
}

pub fn run(o: &Options) -> String {
    let plan = Plan::new(o.practices, o.days);
    let dir = o.dir.join("hub-sqlite");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the work folder");
    let fs = filesystem(&dir, o.allow_tmpfs).unwrap_or_else(|e| crate::common::fail(e));
    let path = dir.join("hub.sqlite3");
    let url = format!("sqlite://{}", path.display());

    let open_path = path.clone();
    let seeded = seed::seed(&o.hub, &url, &dir, &plan, &move || Box::new(SqliteSink::open(&open_path)));
    let store = Store::Sqlite(path.clone());
    let size = store.size_bytes();
    let practices = practices(&plan);

    let hub = Hub::start(&o.hub, &url, dir.join("hub.log"), "SQLite");
    let bases = vec![hub.base.clone()];
    // Warm-up, not counted: connections opened, the hub's caches and the page cache filled as in service.
    let warm = load::ingest(&bases, o.clients, (o.seconds / 5.0).max(1.0), practices.clone(), OnNoAnswer::Count);
    check_answers(&warm, "warm-up");
    let _ = load::ceiling(&bases, o.clients, (o.seconds / 5.0).max(1.0));

    let mut runs = Vec::new();
    for n in 1..=o.runs {
        eprintln!("hub-sqlite: run {n} of {}: /healthz for {} s", o.runs, o.seconds);
        let ceiling = load::ceiling(&bases, o.clients, o.seconds);
        check_answers(&ceiling, "the ceiling");
        check(ceiling.statuses.keys().all(|s| *s == 200), || format!("/healthz answered {}", ceiling.others(&[200])));
        eprintln!("hub-sqlite: run {n} of {}: submissions for {} s", o.runs, o.seconds);
        let before = store.count();
        let ingest = load::ingest(&bases, o.clients, o.seconds, practices.clone(), OnNoAnswer::Count);
        check_answers(&ingest, "ingest");
        let verified = verify(&store, before, &ingest, "ingest");
        check(verified.acknowledged as u64 == ingest.count(201), || {
            format!("{} distinct acknowledged, {} answered 201", verified.acknowledged, ingest.count(201))
        });
        runs.push(Run { ceiling, ingest, stored: verified.new_rows });
    }
    let errors = hub.logged_errors();
    check(errors.is_empty(), || format!("the hub logged errors:\n{}", errors.join("\n")));
    hub.stop();

    table(o, &plan, &fs, &seeded, size, &runs)
}

fn table(o: &Options, plan: &Plan, fs: &str, seeded: &seed::Seeded, size: u64, runs: &[Run]) -> String {
    let mut t = String::new();
    if fs.starts_with("**") {
        let _ = writeln!(t, "{fs}\n");
    }
    let _ = writeln!(
        t,
        "`pathfinder-hub serve` (release) on SQLite; the load generator in its own process, {} client threads with a \
         keep-alive connection each, sharing the cores with the hub. Before the clock: {} submissions ({} practices × \
         {} days, {} on disk, seeded in {:.0} s). Each run: {} s of `GET /healthz` (the ceiling: the same \
         stack, the same clients), then {} s of submissions from random practices with random v4 ids. Latency is over \
         every answer, whatever its status. Stored = rows added to the database during the run, read back after it; \
         each acknowledged id was found with the receipt its client got (asserted). Database filesystem: {fs}.",
        o.clients,
        thousands(seeded.rows as f64),
        thousands(plan.practices as f64),
        plan.days,
        crate::common::size(size),
        seeded.seconds,
        o.seconds,
        o.seconds,
    );
    let _ = writeln!(t);
    let _ = writeln!(
        t,
        "| run | `GET /healthz` | durable submissions | / ceiling | p50 / p99, all answers | acknowledged = stored | answers other than 201 |"
    );
    let _ = writeln!(t, "|---|---|---|---|---|---|---|");
    let mut ceilings = Vec::new();
    let mut rates = Vec::new();
    let mut shares = Vec::new();
    let mut p50s = Vec::new();
    let mut p99s = Vec::new();
    for (n, r) in runs.iter().enumerate() {
        let ceiling = r.ceiling.count(200) as f64 / r.ceiling.seconds;
        let rate = r.ingest.count(201) as f64 / r.ingest.seconds;
        let share = 100.0 * rate / ceiling;
        let (p50, p99) = (ms(r.ingest.p(0.50)), ms(r.ingest.p(0.99)));
        ceilings.push(ceiling);
        rates.push(rate);
        shares.push(share);
        p50s.push(p50);
        p99s.push(p99);
        let _ = writeln!(
            t,
            "| {} | {} /s | {} /s | {share:.1} % | {p50:.2} / {p99:.2} ms | {} = {} | {} |",
            n + 1,
            thousands(ceiling),
            thousands(rate),
            thousands(r.ingest.count(201) as f64),
            thousands(r.stored as f64),
            r.ingest.others(&[201]),
        );
    }
    let _ = writeln!(
        t,
        "| median (min–max) | {} | {} | {} | {} / {} | | |",
        med_spread(&ceilings, thousands, " /s"),
        med_spread(&rates, thousands, " /s"),
        med_spread(&shares, |v| format!("{v:.1}"), " %"),
        med_spread(&p50s, |v| format!("{v:.2}"), ""),
        med_spread(&p99s, |v| format!("{v:.2}"), " ms"),
    );
    let _ = writeln!(t);
    let share = median(&shares);
    let p99 = median(&p99s);
    let _ = writeln!(t, "| goal | median | met |");
    let _ = writeln!(t, "|---|---|---|");
    let _ = writeln!(
        t,
        "| submissions ≥ {CEILING_SHARE:.0} % of the ceiling | {share:.1} % | {} |",
        if share >= CEILING_SHARE {
            "yes".to_owned()
        } else {
            format!("**no**: {:.1} points short", CEILING_SHARE - share)
        }
    );
    let _ = writeln!(
        t,
        "| p99 ≤ {P99_MS:.0} ms | {p99:.2} ms | {} |",
        if p99 <= P99_MS { "yes".to_owned() } else { format!("**no**: {:.2} ms over", p99 - P99_MS) }
    );
    let _ = writeln!(t, "| no 5xx, every request answered, stored = acknowledged | every run | {} |", yes_no(true));
    let _ = writeln!(t);
    let _ = writeln!(
        t,
        "The hub ran with `--submissions-per-hour {SUBMISSIONS_PER_HOUR}` (a real practice may send 120 an hour; \
         these practices send more in seconds, and the limit is still counted on every request)."
    );
    if !seeded.defaulted.is_empty() {
        let _ = writeln!(
            t,
            "The seed leaves these columns at their defaults (the hub may fill them on ingest): {}.",
            seeded.defaulted.join(", ")
        );
    }
    t
}
