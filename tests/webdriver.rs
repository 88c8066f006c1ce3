//! The real app window: WebKitGTK under Xvfb, driven through tauri-driver and WebKitWebDriver.
//! Needs the app built first (`cargo build -p pathfinder`, or `cargo test --workspace`); the test command does that.

#[path = "support/fixtures.rs"]
mod fixtures;
#[path = "support/hub.rs"]
mod hub;
#[path = "support/webdriver.rs"]
mod webdriver;

use std::path::{Path, PathBuf};

use fixtures::{onboarded, opened};
use hub::TestHub;
use webdriver::{Display, Driver, Session};

fn app_binary() -> PathBuf {
    // The test runs from target/<profile>/deps; the app is target/<profile>/pathfinder.
    let deps = std::env::current_exe().unwrap().parent().unwrap().to_owned();
    let binary = deps.parent().unwrap().join("pathfinder");
    assert!(binary.exists(), "build the app first: cargo build -p pathfinder ({} is missing)", binary.display());
    binary
}

fn screenshots() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e")
}

/// A data folder of the test's own, so runs never see each other's state.
fn data_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pathfinder-webdriver-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn start(data: &Path) -> (Display, Driver) {
    let display = Display::start().unwrap();
    let env = [
        (pathfinder::DATA_DIR_ENV, data.to_str().unwrap()),
        ("LANG", "en_GB.UTF-8"),
        ("LC_ALL", ""),
        ("LC_MESSAGES", ""),
    ];
    let driver = Driver::start(&display, &env).unwrap();
    (display, driver)
}

fn plain(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn wait_for_page(session: &Session, page: &str) -> String {
    session.wait_for_text(&format!("body[data-page={page}] h1"), |text| !text.is_empty()).expect("the page renders")
}

fn go(session: &Session, hash: &str, page: &str) -> String {
    session.execute(&format!("location.hash = '{hash}'")).unwrap();
    wait_for_page(session, page)
}

#[test]
fn switching_language_in_the_real_window_changes_the_page_and_survives_a_restart() {
    let data = data_dir("language");
    let (_display, driver) = start(&data);

    let session = driver.session(&app_binary()).unwrap();
    wait_for_page(&session, "practice");
    assert_eq!(go(&session, "#/about", "about"), "About care.data");
    assert_eq!(session.execute("return document.documentElement.lang").unwrap(), "en-GB");
    session.screenshot(&screenshots().join("webdriver-en-GB.png")).unwrap();

    let polish = session.find("#pf-language-select option[value='pl']").unwrap();
    assert_eq!(plain(session.text(&polish).unwrap()), "Polski (draft translation)");
    session.click(&polish).unwrap();
    let heading = session.wait_for_text("h1", |text| text != "About care.data").unwrap();
    assert_eq!(heading, "O programie care.data");
    assert_eq!(session.execute("return document.documentElement.lang").unwrap(), "pl");
    let nav = session.text(&session.find("#pf-nav-list a[href='#/about']").unwrap()).unwrap();
    assert_eq!(nav, "About care.data", "a message the Polish draft lacks falls back to en-GB");
    let notice = session.find("#draft-notice p").unwrap();
    assert!(session.text(&notice).unwrap().contains("draft translation"));
    session.screenshot(&screenshots().join("webdriver-pl.png")).unwrap();
    session.close().unwrap();

    let session = driver.session(&app_binary()).unwrap();
    wait_for_page(&session, "practice");
    assert_eq!(go(&session, "#/about", "about"), "O programie care.data", "the choice of Polish survives a restart");
    session.close().unwrap();
    let _ = std::fs::remove_dir_all(&data);
}

fn type_into(session: &Session, field: &str, text: &str) {
    let input = session.find(&format!("#f-{field}")).unwrap();
    session.send_keys(&input, text).unwrap();
}

fn complete_task(session: &Session, id: &str) {
    go(session, &format!("#/task/{id}"), "task");
    session.click(&session.find("#f-status-completed").unwrap()).unwrap();
    session.click(&session.find("main form button[type=submit]").unwrap()).unwrap();
    session.wait_for_text("#pf-saved", |text| !text.is_empty()).unwrap();
}

fn progress(session: &Session) -> String {
    plain(session.wait_for_text("#pf-progress", |text| !text.is_empty()).unwrap())
}

#[test]
fn onboarding_and_two_completed_tasks_are_there_after_a_restart() {
    let data = data_dir("checklist");
    let (_display, driver) = start(&data);

    let session = driver.session(&app_binary()).unwrap();
    assert_eq!(wait_for_page(&session, "practice"), "Set up your practice");
    type_into(&session, "odsCode", "b82005");
    type_into(&session, "name", "Riverside Surgery");
    session.click(&session.find("#f-ccgChoice option[value='02V']").unwrap()).unwrap();
    type_into(&session, "listSize", "7400");
    session.click(&session.find("#f-clinicalSystem option[value='systm-one']").unwrap()).unwrap();
    type_into(&session, "practiceLead", "Sam Patel");
    type_into(&session, "staffCount", "18");
    for field in ["hoursPracticeManager", "hoursReception", "hoursAdminTeam", "hoursGpPartner", "hoursIt"] {
        type_into(&session, field, "10");
    }
    // Date fields take their value from script: WebKitGTK's date input has no typing model WebDriver can use.
    session
        .execute(
            "const day = (n) => new Date(Date.now() + n * 864e5).toISOString().slice(0, 10);
             document.getElementById('f-windowStart').value = day(28);
             document.getElementById('f-firstExtract').value = day(84);",
        )
        .unwrap();
    session.click(&session.find("main form button[type=submit]").unwrap()).unwrap();
    assert_eq!(wait_for_page(&session, "checklist"), "Checklist");
    assert_eq!(progress(&session), "0 of 10 tasks completed");

    complete_task(&session, "join-pathfinder");
    complete_task(&session, "display-posters");
    go(&session, "#/checklist", "checklist");
    assert_eq!(progress(&session), "2 of 10 tasks completed");
    session.screenshot(&screenshots().join("webdriver-checklist.png")).unwrap();
    session.close().unwrap();

    let session = driver.session(&app_binary()).unwrap();
    assert_eq!(wait_for_page(&session, "checklist"), "Checklist", "a set-up practice opens on its checklist");
    assert_eq!(progress(&session), "2 of 10 tasks completed");
    for task in ["join-pathfinder", "display-posters"] {
        let status = session.find(&format!("[data-task={task}] .nhsuk-task-list__status")).unwrap();
        assert_eq!(session.text(&status).unwrap(), "Completed", "{task} is as it was left");
    }
    let next = session.find("[data-task=update-privacy-notice] .nhsuk-task-list__status").unwrap();
    assert_eq!(session.text(&next).unwrap(), "Not started", "its prerequisite is done, so it can start");
    session.close().unwrap();
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn a_practice_enrols_with_a_real_hub_previews_submits_and_sees_the_receipt() {
    let data = data_dir("reporting");
    let hub_dir = tempfile::tempdir().unwrap();
    let mut hub = TestHub::start(hub_dir.path());
    let code = hub.enrolment_code("B82005");
    // Onboarding through the window is the test above; here the practice is set up before the app starts.
    drop(onboarded(&data));
    let display = Display::start().unwrap();
    let url = hub.url();
    let env = [
        (pathfinder::DATA_DIR_ENV, data.to_str().unwrap()),
        (pathfinder::HUB_URL_ENV, url.as_str()),
        (pathfinder::KEYCHAIN_ENV, "off"),
        ("LANG", "en_GB.UTF-8"),
        ("LC_ALL", ""),
        ("LC_MESSAGES", ""),
    ];
    let driver = Driver::start(&display, &env).unwrap();
    let session = driver.session(&app_binary()).unwrap();
    wait_for_page(&session, "checklist");
    assert_eq!(go(&session, "#/report", "report"), "Report to the hub");

    let offered = session.execute("return document.getElementById('f-hubUrl').value").unwrap();
    assert_eq!(offered, url.as_str(), "the installation's hub is offered");
    type_into(&session, "enrolmentCode", &code);
    session.click(&session.find("main form button[type=submit]").unwrap()).unwrap();
    session.wait_for_text("#pf-enrolment", |text| text.contains(&url)).unwrap();

    session.click(&session.find("#pf-preview-button").unwrap()).unwrap();
    session.wait_for_text("#pf-preview-result", |text| !text.is_empty()).unwrap();
    // The exact JSON sits in a closed details element: its text is read from the page, not as rendered.
    let json = session.execute("return document.querySelector('#pf-preview-json pre').textContent").unwrap();
    let json = json.as_str().expect("the preview's JSON").to_owned();
    assert!(json.contains("\"odsCode\": \"B82005\""), "{json}");
    session.click(&session.find("#pf-send-button").unwrap()).unwrap();
    let table = session.wait_for_text("#pf-submissions", |text| text.contains("Sent")).unwrap();
    session.screenshot(&screenshots().join("webdriver-reporting.png")).unwrap();
    session.close().unwrap();

    assert_eq!(hub.submission_count(), 1);
    let stored = hub.block_on(|db| async move { db.submissions_of("B82005").await.unwrap() });
    let sent: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(serde_json::from_str::<serde_json::Value>(&stored[0].body).unwrap(), sent, "what was previewed arrived");
    let state = opened(&data);
    let record = serde_json::to_value(&state.hub().unwrap().submissions[0]).unwrap();
    assert_eq!(record["state"], "sent");
    assert!(table.contains(record["receiptId"].as_str().unwrap()), "the receipt is shown: {table}");
    let _ = std::fs::remove_dir_all(&data);
}
