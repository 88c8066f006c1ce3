//! The practice list as the database filters, sorts and pages it (issue 17: a page of the national list reads a
//! hundred rows, not 8,000). Every filter and order must agree with what the dashboard works out for each practice
//! from its row: its level today (`Figures::level_on`), overdue (`Figures::overdue_on`), not heard from, and a
//! regional user's list holds their CCGs' practices alone.

use std::sync::Arc;

use pathfinder_hub::admin;
use pathfinder_hub::db::{
    Database, Figures, NewSubmission, PracticeFilter, PracticeLatest, PracticeOrder, PracticeRow, Receipt,
};
use pathfinder_readiness::ReadinessLevel;
use time::format_description::well_known::Rfc3339;
use time::{Date, Duration, OffsetDateTime};

use super::enrol;

/// Every practice `filter` lets through, as an export reads them: sent in batches while they are received.
async fn every(db: &Arc<dyn Database>, filter: &PracticeFilter<'_>) -> Vec<PracticeLatest> {
    let (batches, mut received) = tokio::sync::mpsc::channel(pathfinder_hub::db::BATCHES_IN_FLIGHT);
    let gather = async {
        let mut all = Vec::new();
        while let Some(batch) = received.recv().await {
            all.extend(batch);
        }
        all
    };
    let (sent, all) = tokio::join!(db.send_practices(filter, batches), gather);
    assert_eq!(sent.unwrap(), all.len(), "{filter:?}");
    all
}

/// Practices in three CCGs, each standing differently today.
async fn practices(db: &Arc<dyn Database>, today: Date) {
    let csv = "ods_code,name,ccg\n\
               A00001,Zeal Surgery,02V\nA00002,Abbey Practice,02V\nA00003,Moor Health,02V\n\
               A00004,Brook Lane,11X\nA00005,Castle View,11X\nA00006,Dale House,03R\nA00007,Elm Tree,03R\n";
    admin::import_practices(db.as_ref(), "practices.csv", csv, "test").await.unwrap();
    let day = |days: i64| Some(today + Duration::days(days));
    // (practice, stored level, earliest due date not done, received this many days ago)
    let reports = [
        ("A00001", ReadinessLevel::OnTrack, day(-1), 1), // at risk today: a task fell due yesterday
        ("A00002", ReadinessLevel::Ready, day(-30), 2),  // ready stays ready
        ("A00003", ReadinessLevel::OnTrack, day(0), 9),  // due today is not overdue; not heard from for 9 days
        ("A00004", ReadinessLevel::InProgress, None, 3), // nothing left with a date
        ("A00005", ReadinessLevel::NotStarted, day(-2), 20), // overdue, not started: at risk
        ("A00007", ReadinessLevel::AtRisk, day(5), 0),   // at risk as stored (over capacity)
    ];
    for (n, (ods, level, next_due, ago)) in reports.into_iter().enumerate() {
        let received_at = (OffsetDateTime::now_utc() - Duration::days(ago)).format(&Rfc3339).unwrap();
        let figures = Figures { list_size: 1_000 * (n as i64 + 1), next_due, ..Figures::default() };
        db.insert_submission(NewSubmission {
            submission_id: &format!("0b6f3c2e-6a51-4f6e-9d7a-3f1c2b9e80{n:02}"),
            ods_code: ods,
            body: "{}",
            level,
            figures,
            receipt: Receipt { receipt_id: format!("r{n}"), received_at },
        })
        .await
        .unwrap();
    }
}

/// What the dashboard shows a practice at today, by the product's own rule.
fn level_today(row: &PracticeRow, today: Date) -> &'static str {
    row.latest.as_ref().map_or("not-reported", |latest| latest.figures.level_on(latest.level, today).as_str())
}

fn heard(row: &PracticeRow) -> Option<OffsetDateTime> {
    let parse = |at: &str| OffsetDateTime::parse(at, &Rfc3339).ok();
    let report = row.latest.as_ref().and_then(|latest| parse(&latest.received_at));
    report.max(row.last_seen_at.as_deref().and_then(parse))
}

/// The list `filter` asks for, worked out from every row as the dashboard reads each one.
fn expected(rows: &[PracticeRow], filter: &PracticeFilter<'_>, today: Date, silent: OffsetDateTime) -> Vec<String> {
    let mut list: Vec<&PracticeRow> = rows
        .iter()
        .filter(|r| filter.seen.is_none_or(|seen| seen.contains(&r.practice.ccg_code)))
        .filter(|r| filter.ccg.is_empty() || r.practice.ccg_code == filter.ccg)
        .filter(|r| filter.level.is_empty() || level_today(r, today) == filter.level)
        .filter(|r| {
            !filter.overdue
                || r.latest.as_ref().is_some_and(|l| l.level != ReadinessLevel::Ready && l.figures.overdue_on(today))
        })
        .filter(|r| filter.silent_before.is_none() || (r.enrolled && heard(r).is_none_or(|at| at < silent)))
        .collect();
    list.sort_by(|a, b| match filter.order {
        PracticeOrder::Ods => a.practice.ods_code.cmp(&b.practice.ods_code),
        PracticeOrder::Name => a.practice.name.cmp(&b.practice.name),
        PracticeOrder::Level => level_today(a, today).cmp(level_today(b, today)),
        PracticeOrder::LastReport => {
            let at = |r: &PracticeRow| r.latest.as_ref().map(|l| l.received_at.clone());
            at(a).cmp(&at(b))
        }
        .then(a.practice.ods_code.cmp(&b.practice.ods_code)),
    });
    list.iter().map(|r| r.practice.ods_code.clone()).collect()
}

fn codes(rows: &[PracticeRow]) -> Vec<String> {
    rows.iter().map(|r| r.practice.ods_code.clone()).collect()
}

pub async fn the_database_filters_sorts_and_pages_practices_as_the_dashboard_reads_them(db: Arc<dyn Database>) {
    let today = OffsetDateTime::now_utc().date();
    practices(&db, today).await;
    for ods in ["A00001", "A00003", "A00005", "A00006"] {
        enrol(&db, ods).await;
    }
    let rows = db.practice_rows(None).await.unwrap();
    assert_eq!(rows.len(), 7);
    let silent = OffsetDateTime::now_utc() - Duration::days(7);
    let silent_text = silent.format(&Rfc3339).unwrap();
    let today_text = today.to_string();
    let regional = ["02V".to_owned(), "03R".to_owned()];

    let levels = ["", "not-started", "in-progress", "on-track", "at-risk", "ready", "not-reported"];
    let orders = [PracticeOrder::Ods, PracticeOrder::Name, PracticeOrder::Level, PracticeOrder::LastReport];
    let mut checked = 0;
    let mut nonempty = 0;
    for seen in [None, Some(&regional[..])] {
        for ccg in ["", "02V", "11X"] {
            for level in levels {
                for overdue in [false, true] {
                    for silent_before in [None, Some(silent_text.as_str())] {
                        for order in orders {
                            let filter =
                                PracticeFilter { seen, ccg, level, overdue, silent_before, today: &today_text, order };
                            let want = expected(&rows, &filter, today, silent);
                            let every = every(&db, &filter).await;
                            let got: Vec<String> = every.iter().map(|r| r.practice.ods_code.clone()).collect();
                            assert_eq!(got, want, "{filter:?}");
                            for read in &every {
                                let row = rows.iter().find(|row| row.practice == read.practice).unwrap();
                                assert_eq!(read.latest, row.latest, "an export reads what a page does");
                            }
                            let count = db.count_practices(&filter).await.unwrap();
                            assert_eq!(count, want.len() as i64, "{filter:?}");
                            let page = codes(&db.practice_page(&filter, 1, 2).await.unwrap());
                            assert_eq!(page, want.iter().skip(1).take(2).cloned().collect::<Vec<_>>(), "{filter:?}");
                            checked += 1;
                            nonempty += usize::from(!want.is_empty());
                        }
                    }
                }
            }
        }
    }
    assert_eq!(checked, 2 * 3 * 7 * 2 * 2 * 4);
    assert!(nonempty > checked / 4, "most filters match something: {nonempty} of {checked}");

    // The fixture covers each case the rules tell apart.
    let by_level = |level: &str| {
        let filter = PracticeFilter {
            seen: None,
            ccg: "",
            level,
            overdue: false,
            silent_before: None,
            today: &today_text,
            order: PracticeOrder::Ods,
        };
        expected(&rows, &filter, today, silent)
    };
    assert_eq!(by_level("at-risk"), ["A00001", "A00005", "A00007"], "fallen due, and at risk as stored");
    assert_eq!(by_level("ready"), ["A00002"], "ready stays ready with an old date");
    assert_eq!(by_level("on-track"), ["A00003"], "due today is not yet overdue");
    assert_eq!(by_level("not-reported"), ["A00006"]);
    let quiet = PracticeFilter {
        seen: None,
        ccg: "",
        level: "",
        overdue: false,
        silent_before: Some(&silent_text),
        today: &today_text,
        order: PracticeOrder::Ods,
    };
    assert_eq!(expected(&rows, &quiet, today, silent), ["A00003", "A00005", "A00006"], "enrolled and quiet for a week");

    // The trend's bar for today counts the same levels, by CCG, of the practices that have reported.
    let mut counted = db.latest_level_counts(&today_text).await.unwrap();
    counted.sort_by(|a, b| (&a.0, a.1.as_str()).cmp(&(&b.0, b.1.as_str())));
    let mut want: Vec<(String, ReadinessLevel, i64)> = Vec::new();
    for row in rows.iter().filter(|r| r.latest.is_some()) {
        let latest = row.latest.as_ref().unwrap();
        let level = latest.figures.level_on(latest.level, today);
        match want.iter_mut().find(|(ccg, l, _)| *ccg == row.practice.ccg_code && *l == level) {
            Some(entry) => entry.2 += 1,
            None => want.push((row.practice.ccg_code.clone(), level, 1)),
        }
    }
    want.sort_by(|a, b| (&a.0, a.1.as_str()).cmp(&(&b.0, b.1.as_str())));
    assert_eq!(counted, want);
    assert!(counted.iter().any(|(ccg, level, n)| ccg == "02V" && *level == ReadinessLevel::AtRisk && *n == 1));

    // A regional user never gets another region's practice, whichever CCG they ask for.
    let other = PracticeFilter { seen: Some(&regional), ccg: "11X", ..quiet };
    assert!(every(&db, &PracticeFilter { silent_before: None, ..other }).await.is_empty());
    // A code holding a NUL matches nothing (PostgreSQL refuses one in a parameter).
    let nul = PracticeFilter { ccg: "02V\0", ..quiet };
    assert_eq!(db.count_practices(&nul).await.unwrap(), 0);
}
