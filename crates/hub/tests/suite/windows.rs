//! Fair-processing windows on the dashboard: each CCG's window with its first extract, a change confirmed before it
//! is made, practices with dates of their own (served in their config pull instead of their CCG's), and the history
//! of changes, each within the CCGs the user sees. The command line's side is in tests/cli.rs.

use std::sync::Arc;

use axum::http::StatusCode;
use pathfinder_hub::db::{Database, WindowDates};
use pathfinder_hub::{admin, windows};
use time::macros::date;

use super::auth_matrix::{NATIONAL, REGIONAL, staff_fixture};
use super::{Browser, Page, call, enrol, row_cells};

/// The windows page, signed in as `who`.
async fn signed_in(db: &Arc<dyn Database>, who: (&str, &str)) -> (Browser, Page) {
    let mut browser = Browser::new(db);
    assert_eq!(browser.sign_in(who.0, who.1).await.status, StatusCode::SEE_OTHER);
    let page = browser.request("GET", "/dashboard/windows", None).await;
    assert_eq!(page.status, StatusCode::OK);
    (browser, page)
}

fn ccg_window<'a>(csrf: &'a str, ccg: &'a str, extract: &'a str, confirm: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("ccg", ccg),
        ("start", "2026-03-02"),
        ("weeks", "6"),
        ("extract", extract),
        ("confirm", confirm),
    ]
}

pub async fn the_windows_page_lists_each_ccgs_window_with_its_extract(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    let start = date!(2026 - 03 - 02);
    admin::set_window(db.as_ref(), "02V", start, 6, Some(date!(2026 - 05 - 04)), None, "lead@nhs.net").await.unwrap();
    admin::set_window(db.as_ref(), "11X", start, 8, None, Some(pathfinder_hub::db::ObjectionTypes::TYPE1_ONLY), "x")
        .await
        .unwrap();
    let (_, page) = signed_in(&db, NATIONAL).await;
    assert!(page.body.contains(r#"href="/dashboard/windows" aria-current="page""#), "in the navigation");
    let cells = row_cells(&page.body, "pf-windows", r#"data-ccg="02V""#);
    assert_eq!(cells[..6], ["2026-03-02", "6", "2026-04-13", "2026-05-04", "Type 1 and Type 2", "2 practices"]);
    assert!(cells[6].contains("by lead@nhs.net"), "{cells:?}");
    let cells = row_cells(&page.body, "pf-windows", r#"data-ccg="11X""#);
    assert_eq!(cells[..6], ["2026-03-02", "8", "2026-04-27", "2026-05-11", "Type 1 only", "1 practice"]);
    for id in ["start", "weeks", "extract", "own-ods", "own-start", "own-extract"] {
        assert!(page.body.contains(&format!(r#"for="{id}""#)), "the input {id} has a label");
    }
}

pub async fn a_ccgs_window_changes_only_once_confirmed(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    windows::set_practice_window(
        db.as_ref(),
        "B82010",
        windows::Dates::new(date!(2026 - 03 - 16), 6, None).unwrap(),
        "test",
    )
    .await
    .unwrap();
    let (mut browser, page) = signed_in(&db, NATIONAL).await;
    let csrf = Browser::csrf(&page);

    let early =
        browser.request("POST", "/dashboard/admin/windows", Some(&ccg_window(&csrf, "02V", "2026-04-12", ""))).await;
    assert_eq!(early.status, StatusCode::BAD_REQUEST);
    assert!(early.body.contains("on or after 2026-04-13, the day the window ends"), "{}", early.body);
    assert!(early.body.contains(r##"href="#extract""##), "the summary links to the field");

    let asked = browser.request("POST", "/dashboard/admin/windows", Some(&ccg_window(&csrf, "02V", "", ""))).await;
    assert_eq!(asked.status, StatusCode::OK);
    assert!(
        asked.body.contains("This moves the dates of 1 practice in 02V; 1 practice with its own dates keeps them."),
        "{}",
        asked.body
    );
    assert!(
        asked.body.contains("2026-04-27 (none was given: two weeks after the window ends)"),
        "the default is shown"
    );
    assert!(
        asked.body.contains(r#"name="confirm" value="yes""#) && asked.body.contains(r#"href="/dashboard/windows""#)
    );
    assert!(db.window("02V").await.unwrap().is_none(), "nothing changes until confirmed");
    assert!(
        db.window_history().await.unwrap().iter().all(|change| change.ccg_code != "02V" || change.ods_code.is_some())
    );

    let confirmed =
        browser.request("POST", "/dashboard/admin/windows", Some(&ccg_window(&csrf, "02V", "2026-04-27", "yes"))).await;
    assert_eq!(
        (confirmed.status, confirmed.location.as_str()),
        (StatusCode::SEE_OTHER, "/dashboard/windows?saved=window")
    );
    let window = db.window("02V").await.unwrap().unwrap();
    assert_eq!((window.start.as_str(), window.first_extract.as_str()), ("2026-03-02", "2026-04-27"));

    let asked =
        browser.request("POST", "/dashboard/admin/windows", Some(&ccg_window(&csrf, "11X", "2026-05-01", ""))).await;
    assert!(asked.body.contains("This moves the dates of 1 practice in 11X; no practice has dates of its own."));
    assert!(asked.body.contains(">2026-05-01<"), "the extract given is shown as given");
}

pub async fn a_practices_own_dates_override_its_ccgs_in_its_config_pull(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    admin::set_window(db.as_ref(), "02V", date!(2026 - 03 - 02), 6, None, None, "test").await.unwrap();
    let token = enrol(&db, "B82005").await;
    let neighbour = enrol(&db, "B82010").await;
    let (mut browser, page) = signed_in(&db, NATIONAL).await;
    assert!(page.body.contains("No practice in your area has dates of its own."));
    let csrf = Browser::csrf(&page);
    let own = [
        ("csrf", csrf.as_str()),
        ("own-ods", "B82005"),
        ("start", "2026-03-16"),
        ("weeks", "4"),
        ("extract", "2026-04-20"),
    ];
    let set = browser.request("POST", "/dashboard/windows/practice", Some(&own)).await;
    assert_eq!((set.status, set.location.as_str()), (StatusCode::SEE_OTHER, "/dashboard/windows?saved=practice"));

    let (_, config) = call(&db, "GET", "/api/v1/practice/config", Some(&token), None).await;
    let window = &config["window"];
    assert_eq!(
        (&window["start"], &window["weeks"], &window["firstExtract"]),
        (&"2026-03-16".into(), &4.into(), &"2026-04-20".into())
    );
    assert_eq!(window["ccgCode"], "02V");
    let (_, config) = call(&db, "GET", "/api/v1/practice/config", Some(&neighbour), None).await;
    assert_eq!(config["window"]["start"], "2026-03-02", "the CCG's other practices keep the CCG's");

    let page = browser.request("GET", "/dashboard/windows?saved=practice", None).await;
    let cells = row_cells(&page.body, "pf-practice-windows", r#"data-ods="B82005""#);
    assert!(page.body.contains("Riverside Surgery (B82005)"));
    assert_eq!(cells[..5], ["02V", "2026-03-16", "4", "2026-04-13", "2026-04-20"]);
    assert!(row_cells(&page.body, "pf-windows", r#"data-ccg="02V""#)[5].contains("1 with its own dates"));

    let early: Vec<_> = own.iter().map(|&(k, v)| if k == "extract" { (k, "2026-04-01") } else { (k, v) }).collect();
    let refused = browser.request("POST", "/dashboard/windows/practice", Some(&early)).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(refused.body.contains(r##"href="#own-extract""##), "{}", refused.body);

    let clear = [("csrf", csrf.as_str()), ("ods", "B82005")];
    let cleared = browser.request("POST", "/dashboard/windows/practice/clear", Some(&clear)).await;
    assert_eq!(
        (cleared.status, cleared.location.as_str()),
        (StatusCode::SEE_OTHER, "/dashboard/windows?saved=cleared")
    );
    let (_, config) = call(&db, "GET", "/api/v1/practice/config", Some(&token), None).await;
    assert_eq!((&config["window"]["start"], &config["window"]["weeks"]), (&"2026-03-02".into(), &6.into()));
}

pub async fn the_history_records_old_and_new_dates(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    let start = date!(2026 - 03 - 02);
    admin::set_window(db.as_ref(), "11X", start, 6, None, None, "first@nhs.net").await.unwrap();
    admin::set_window(db.as_ref(), "11X", start, 8, Some(date!(2026 - 05 - 11)), None, "second@nhs.net").await.unwrap();
    let dates = windows::Dates::new(date!(2026 - 03 - 09), 6, None).unwrap();
    windows::set_practice_window(db.as_ref(), "L85001", dates, "third@nhs.net").await.unwrap();
    assert!(windows::clear_practice_window(db.as_ref(), "L85001", "fourth@nhs.net").await.unwrap());
    assert!(!windows::clear_practice_window(db.as_ref(), "L85001", "fourth@nhs.net").await.unwrap());

    let history = db.window_history().await.unwrap();
    let dates = |start: &str, weeks: i64, extract: &str| {
        Some(WindowDates { start: start.into(), weeks, first_extract: extract.into() })
    };
    let seen: Vec<_> =
        history.iter().map(|c| (c.actor.as_str(), c.ods_code.as_deref(), c.old.clone(), c.new.clone())).collect();
    assert_eq!(
        seen,
        [
            ("fourth@nhs.net", Some("L85001"), dates("2026-03-09", 6, "2026-05-04"), None),
            ("third@nhs.net", Some("L85001"), None, dates("2026-03-09", 6, "2026-05-04")),
            ("second@nhs.net", None, dates("2026-03-02", 6, "2026-04-27"), dates("2026-03-02", 8, "2026-05-11")),
            ("first@nhs.net", None, None, dates("2026-03-02", 6, "2026-04-27")),
        ],
        "newest first; clearing nothing writes nothing"
    );
    assert!(history.iter().all(|c| c.ccg_code == "11X" && c.at.ends_with('Z')));

    let (_, page) = signed_in(&db, REGIONAL).await;
    let table = &page.body[page.body.find(r#"id="pf-window-history""#).expect("the history is shown")..];
    let second = &table[table.find("second@nhs.net").unwrap()..];
    let second = &second[..second.find("</tr>").unwrap()];
    assert!(second.contains("The whole CCG"), "{second}");
    assert!(second.contains("2026-03-02 for 6 weeks, first extract 2026-04-27"), "{second}");
    assert!(second.contains("2026-03-02 for 8 weeks, first extract 2026-05-11"), "{second}");
    assert!(table.find("fourth@nhs.net") < table.find("first@nhs.net"), "newest first");
    // Changes are dated as people read dates (UK time), never as the stored RFC 3339 stamp.
    let stamp = &history[0].at[..10];
    assert!(!page.body.contains(&format!("{stamp}T")), "no raw stamp on the windows page");
}

pub async fn a_regional_user_cannot_see_or_change_another_ccgs_window(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    let start = date!(2026 - 03 - 02);
    admin::set_window(db.as_ref(), "02V", start, 6, None, None, "leeds@nhs.net").await.unwrap();
    admin::set_window(db.as_ref(), "11X", start, 6, None, None, "somerset@nhs.net").await.unwrap();
    let dates = windows::Dates::new(date!(2026 - 03 - 16), 6, None).unwrap();
    windows::set_practice_window(db.as_ref(), "B82005", dates, "leeds@nhs.net").await.unwrap();

    let (mut browser, page) = signed_in(&db, REGIONAL).await;
    assert!(page.body.contains(r#"data-ccg="11X""#));
    for hidden in [r#"data-ccg="02V""#, "B82005", "leeds@nhs.net", r#"value="02V""#] {
        assert!(!page.body.contains(hidden), "{hidden} is another region's");
    }
    let csrf = Browser::csrf(&page);
    for confirm in ["", "yes"] {
        let other = browser
            .request("POST", "/dashboard/admin/windows", Some(&ccg_window(&csrf, "02V", "2026-05-04", confirm)))
            .await;
        assert_eq!(other.status, StatusCode::NOT_FOUND);
        assert!(!other.body.contains("This moves"), "not even the count is shown");
    }
    assert_eq!(db.window("02V").await.unwrap().unwrap().first_extract, "2026-04-27", "unchanged");
    let own = [("csrf", csrf.as_str()), ("own-ods", "B82010"), ("start", "2026-03-16"), ("weeks", "4")];
    assert_eq!(browser.request("POST", "/dashboard/windows/practice", Some(&own)).await.status, StatusCode::NOT_FOUND);
    let clear = [("csrf", csrf.as_str()), ("ods", "B82005")];
    let refused = browser.request("POST", "/dashboard/windows/practice/clear", Some(&clear)).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert!(db.practice_window("B82010").await.unwrap().is_none());
    assert!(db.practice_window("B82005").await.unwrap().is_some(), "another region's practice keeps its dates");

    let mine =
        browser.request("POST", "/dashboard/admin/windows", Some(&ccg_window(&csrf, "11x", "2026-05-04", "yes"))).await;
    assert_eq!(mine.status, StatusCode::SEE_OTHER, "its own CCG, in any case");
    assert_eq!(db.window("11X").await.unwrap().unwrap().first_extract, "2026-05-04");
}
