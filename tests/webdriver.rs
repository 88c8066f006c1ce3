//! The real app window: WebKitGTK under Xvfb, driven through tauri-driver and WebKitWebDriver.
//! Needs the app built first (`cargo build -p pathfinder`, or `cargo test --workspace`); the test command does that.

#[path = "support/fixtures.rs"]
mod fixtures;
#[path = "support/hub.rs"]
mod hub;
#[path = "support/webdriver.rs"]
mod webdriver;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fixtures::{onboarded, opened};
use hub::TestHub;
use webdriver::{Display, Driver, Session, wait_until};

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

/// The home folder the test's app runs with, beside its data folder: HOME and the XDG folders, where the OS keeps
/// the app's log (`~/.local/share/<identifier>/logs`) and its window's state (`~/.config/<identifier>`).
fn home_of(data: &Path) -> PathBuf {
    data.with_extension("home")
}

fn remove(data: &Path) {
    let _ = std::fs::remove_dir_all(data);
    let _ = std::fs::remove_dir_all(home_of(data));
}

const IDENTIFIER: &str = "app.pathfinder.desktop";

/// The app's log file, where the OS log folder is on Linux for the test's home.
fn log_file(data: &Path) -> PathBuf {
    home_of(data).join(".local/share").join(IDENTIFIER).join("logs").join(format!("{}.log", pathfinder::LOG_FILE))
}

fn start(data: &Path) -> (Display, Driver) {
    start_with(data, &[])
}

/// Tauri-driver for the app on `data`, with a home of the test's own, a display and a session bus of its own, and
/// `more` in its environment.
fn start_with(data: &Path, more: &[(&str, &str)]) -> (Display, Driver) {
    let display = Display::start().unwrap();
    let home = home_of(data);
    let folder = |path: &str| home.join(path).to_str().unwrap().to_owned();
    let (config, share, cache) = (folder(".config"), folder(".local/share"), folder(".cache"));
    let mut env = vec![
        (pathfinder::DATA_DIR_ENV, data.to_str().unwrap()),
        ("HOME", home.to_str().unwrap()),
        ("XDG_CONFIG_HOME", &config),
        ("XDG_DATA_HOME", &share),
        ("XDG_CACHE_HOME", &cache),
        ("LANG", "en_GB.UTF-8"),
        ("LC_ALL", ""),
        ("LC_MESSAGES", ""),
    ];
    env.extend_from_slice(more);
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
    remove(&data);
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
            // Days from today where the computer is, as the app counts them (toISOString would give UTC's date).
            "const day = (n) => { const d = new Date(); d.setDate(d.getDate() + n);
               const pad = (v) => String(v).padStart(2, '0');
               return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`; };
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
    remove(&data);
}

/// Today as the app counts it: the computer's clock in its own time zone.
fn today() -> time::Date {
    pathfinder_app::clock::Clock::system(pathfinder_app::clock::TimeZone::system).today()
}

/// The shared practice set up in `data` before the app starts, its window opened two weeks ago (six weeks long,
/// the first extract six weeks from today), so that a search can be entered before the window and after it.
fn onboarded_with_window_open(data: &Path) {
    let mut form = fixtures::practice_form();
    form["windowStart"] = (today() - time::Duration::days(14)).to_string().into();
    form["firstExtract"] = (today() + time::Duration::days(42)).to_string().into();
    let state = fixtures::opened(data);
    state.save_practice(&serde_json::from_value(form).unwrap()).unwrap();
}

/// Empties a field (WebDriver's typing adds to what is there), then types `text` into it.
fn retype(session: &Session, field: &str, text: &str) {
    session.execute(&format!("document.getElementById('f-{field}').value = ''")).unwrap();
    type_into(session, field, text);
}

/// The Enter key, as WebDriver names it.
const ENTER: &str = "\u{E007}";

fn wait_plain(session: &Session, css: &str, expected: &str) -> String {
    session
        .wait_for_text(css, |text| plain(text.to_owned()).contains(expected))
        .unwrap_or_else(|error| panic!("{css} never said {expected:?}: {error}"))
}

#[test]
fn returned_forms_a_search_and_the_extract_in_the_real_window() {
    let data = data_dir("objections");
    onboarded_with_window_open(&data);
    let (_display, driver) = start(&data);
    let session = driver.session(&app_binary()).unwrap();
    wait_for_page(&session, "checklist");
    complete_task(&session, "join-pathfinder");

    // A day's forms, typed and saved with Enter: the tally and the backlog follow, the cursor is back on Received.
    assert_eq!(go(&session, "#/objections", "objections"), "Objections");
    let date = session.execute("return document.getElementById('f-formsDate').value").unwrap();
    assert_eq!(date, today().to_string().as_str(), "the day's date is today's at first");
    type_into(&session, "received", "10");
    type_into(&session, "coded", "7");
    type_into(&session, "queried", &format!("0{ENTER}"));
    wait_plain(&session, "#pf-forms-tally [data-count=backlog] dd", "3 forms");
    wait_plain(&session, "#pf-forms-tally [data-count=received] dd", "10");
    assert_eq!(session.execute("return document.activeElement.id").unwrap(), "f-received");
    session.screenshot(&screenshots().join("webdriver-objections-forms.png")).unwrap();

    // A baseline before the window, and a search today after it; then today's corrected.
    let baseline = (today() - time::Duration::days(20)).to_string();
    session.execute(&format!("document.getElementById('f-searchDate').value = '{baseline}'")).unwrap();
    type_into(&session, "type1", "40");
    type_into(&session, "type2", "10");
    session.click(&session.find("#pf-search form button[type=submit]").unwrap()).unwrap();
    wait_plain(&session, &format!("#pf-searches tr[data-date='{baseline}'] th"), "Baseline");
    type_into(&session, "type1", "130");
    type_into(&session, "type2", "22");
    type_into(&session, "type1Withdrawn", &format!("4{ENTER}"));
    wait_plain(&session, "#pf-search-totals [data-new=type1] dd", "94");
    let row = format!("#pf-searches tr[data-date='{}']", today());
    session.click(&session.find(&format!("{row} button")).unwrap()).unwrap();
    let filled = session.execute("return document.getElementById('f-type1').value").unwrap();
    assert_eq!(filled, "130", "Change fills the form with the search");
    retype(&session, "type1", "140");
    session.click(&session.find("#pf-search form button[type=submit]").unwrap()).unwrap();
    wait_plain(&session, "#pf-search-totals [data-new=type1] dd", "104");
    let rows = session.execute("return document.querySelectorAll('#pf-searches tbody tr').length").unwrap();
    assert_eq!(rows, 2, "the correction replaced the search of that date");

    // The extract is refused while three forms wait to be coded, naming them, then agreed once they are.
    go(&session, "#/task/agree-extract", "task");
    wait_plain(&session, "#pf-task-extract", "3 returned forms are waiting to be coded");
    session.click(&session.find("#f-status-completed").unwrap()).unwrap();
    session.click(&session.find("main form button[type=submit]").unwrap()).unwrap();
    wait_plain(&session, ".nhsuk-error-summary", "The extract cannot be agreed yet");
    session.screenshot(&screenshots().join("webdriver-extract-refused.png")).unwrap();

    go(&session, "#/objections", "objections");
    let day = format!("#pf-forms-days tr[data-date='{}'] button", today());
    session.click(&session.find(&day).unwrap()).unwrap();
    retype(&session, "coded", &format!("10{ENTER}"));
    wait_plain(&session, "#pf-forms-tally [data-count=backlog] dd", "None");
    wait_plain(&session, "#pf-extract-blockers", "Nothing stands in the way");

    complete_task(&session, "agree-extract");
    let status = session.find("main dl .nhsuk-summary-list__row").unwrap();
    assert!(session.text(&status).unwrap().contains("Completed"));
    session.close().unwrap();

    let state = fixtures::opened(&data);
    let page = state.objections_page(today()).unwrap();
    assert_eq!((page.forms.received, page.forms.coded, page.forms.backlog), (10, 10, 0));
    assert_eq!(page.totals.latest.map(|s| s.type1), Some(140));
    assert_eq!(page.searches_history.len(), 3, "two searches and a correction");
    remove(&data);
}

#[test]
fn a_practice_enrols_with_a_real_hub_previews_submits_and_sees_the_receipt() {
    let data = data_dir("reporting");
    let hub_dir = tempfile::tempdir().unwrap();
    let mut hub = TestHub::start(hub_dir.path());
    let code = hub.enrolment_code("B82005");
    // Onboarding through the window is the test above; here the practice is set up before the app starts.
    drop(onboarded(&data));
    let url = hub.url();
    let (_display, driver) = start_with(&data, &[(pathfinder::HUB_URL_ENV, &url), (pathfinder::KEYCHAIN_ENV, "off")]);
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
    remove(&data);
}

/// Calls a command from the page, as the UI does (`invoke` of Tauri's internals), and gives `{ok}` or `{error}`.
fn invoke(session: &Session, command: &str, args: serde_json::Value) -> serde_json::Value {
    let script = format!(
        "const done = arguments[arguments.length - 1];
         window.__TAURI_INTERNALS__.invoke({command:?}, {args})
           .then((ok) => done({{ ok: ok === undefined ? null : ok }}), (error) => done({{ error: String(error?.message ?? JSON.stringify(error)) }}));"
    );
    session.execute_async(&script).unwrap_or_else(|error| panic!("{command}: {error}"))
}

#[test]
fn a_second_launch_brings_the_first_window_forward_and_exits() {
    let data = data_dir("single-instance");
    let (_display, driver) = start(&data);
    let session = driver.session(&app_binary()).unwrap();
    assert_eq!(wait_for_page(&session, "practice"), "Set up your practice");

    // A second copy on the same data and the same desktop session, as a double click on the icon would start.
    let started = Instant::now();
    let mut second = Command::new(app_binary())
        .envs(driver.app_env().iter().map(|(name, value)| (name, value)))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let status =
        wait_until(Duration::from_secs(10), "the second copy to exit", || second.try_wait().map_err(|e| e.to_string()));
    let status = status.unwrap_or_else(|error| {
        let _ = second.kill();
        panic!("{error}")
    });
    assert!(status.success(), "the second copy exits cleanly: {status}");
    assert!(started.elapsed() < Duration::from_secs(5), "it exits at once: {:?}", started.elapsed());

    // The first is still there, answering, and was asked to come forward (its log says so).
    assert_eq!(go(&session, "#/about", "about"), "About care.data");
    let log = wait_until(Duration::from_secs(10), "the hand-over in the log", || {
        let log = std::fs::read_to_string(log_file(&data)).unwrap_or_default();
        Ok(log.contains("another copy was started").then_some(log))
    })
    .unwrap();
    assert_eq!(log.matches("start: Pathfinder").count(), 1, "only the first copy started: {log}");
    assert_eq!(session.execute("return document.visibilityState").unwrap(), "visible");
    session.close().unwrap();
    remove(&data);
}

#[test]
fn the_log_holds_enrolment_the_outbox_and_printing_and_no_patient_value_or_secret() {
    let data = data_dir("log");
    let hub_dir = tempfile::tempdir().unwrap();
    let mut hub = TestHub::start(hub_dir.path());
    let code = hub.enrolment_code("B82005");
    drop(onboarded(&data));
    let url = hub.url();
    // The list the Open dialog is answered with (the window test cannot click in a native dialog).
    let patients = "NHS Number,Title,Forename,Surname,Date of Birth,Address Line 1,Address Line 2,Postcode,Main Language\n\
        943 476 5919,Mrs,Marjorie,Whitfield,12/04/1941,27 Larkspur Avenue,Leeds,LS16 5QB,English\n\
        ,Mr,Wojciech,Kaczmarczyk,03/11/1979,Flat 4 Quarry Mount,Leeds,LS6 2JU,Polish\n\
        ,Ms,Nasreen,,21/07/1985,88 Tempest Road,Leeds,LS11 6RD,Urdu\n";
    let list_dir = tempfile::tempdir().unwrap();
    let list = list_dir.path().join("Whitfield-family.csv");
    std::fs::write(&list, patients).unwrap();
    let list_path = list.to_str().unwrap().to_owned();
    let env = [
        (pathfinder::HUB_URL_ENV, url.as_str()),
        (pathfinder::KEYCHAIN_ENV, "off"),
        (pathfinder::FILE_CHOICES_ENV, &list_path),
    ];
    let (_display, driver) = start_with(&data, &env);
    let session = driver.session(&app_binary()).unwrap();
    wait_for_page(&session, "checklist");

    // Enrolment refused (a code the hub never gave), then accepted; a submission previewed and sent.
    let wrong_code = "WRONGCODE7731";
    let refused = invoke(&session, "hub_enrol", serde_json::json!({ "hubUrl": url, "code": wrong_code }));
    assert!(refused["error"].is_string(), "{refused}");
    let enrolled = invoke(&session, "hub_enrol", serde_json::json!({ "hubUrl": url, "code": code }));
    assert_eq!(enrolled["ok"]["enrolled"], true, "{enrolled}");
    let preview = invoke(&session, "submission_preview", serde_json::json!({}));
    let submission_id = preview["ok"]["submissionId"].as_str().unwrap().to_owned();
    invoke(&session, "submission_send", serde_json::json!({ "submissionId": submission_id }));
    wait_until(Duration::from_secs(30), "the submission to arrive", || Ok((hub.submission_count() == 1).then_some(())))
        .unwrap();

    // Letters from a patient list, through the page's own commands: the log may count them, never name anyone.
    let read = invoke(&session, "notices_list_choose", serde_json::json!({}));
    assert!(read["ok"].is_object(), "{read}");
    let letters = invoke(
        &session,
        "notices_letters",
        serde_json::json!({
            "households": false,
            "maxSurnames": "6",
            "englishOnly": false,
            "letterDate": "2026-03-02",
            "split": false,
            "batchSize": "",
            "doubleSided": true
        }),
    );
    assert_eq!(letters["ok"]["counts"]["letters"], 2, "{letters}");
    // A failed command is logged by its code only, whatever it was given.
    let refused_print = invoke(&session, "notices_print", serde_json::json!({ "path": "/tmp/Marjorie Whitfield.pdf" }));
    assert!(refused_print["error"].is_string(), "{refused_print}");

    // Nothing of the log plugin or the window-state plugin is the page's to call.
    for (command, args) in [
        ("plugin:log|log", serde_json::json!({ "level": 3, "message": "from the page" })),
        ("plugin:window-state|save_window_state", serde_json::json!({ "flags": 1 })),
        ("plugin:window-state|restore_state", serde_json::json!({ "label": "main", "flags": 1 })),
        ("plugin:single-instance|anything", serde_json::json!({})),
    ] {
        let answer = invoke(&session, command, args);
        assert!(answer["error"].is_string(), "{command} is refused to the page: {answer}");
    }
    session.close().unwrap();

    let log = std::fs::read_to_string(log_file(&data)).expect("the log file is in the OS log folder");
    let host = url.trim_start_matches("http://").trim_end_matches('/');
    for expected in [
        format!("enrolment with {host}: refused by the hub: enrolment-code-unknown"),
        format!("enrolment: enrolled with {host}; the token is kept in a file only the user can read"),
        format!("outbox: submission {submission_id} queued by the manager"),
        format!("outbox: sending submission {submission_id} to {host} (attempt 1)"),
        format!("outbox: submission {submission_id} accepted, receipt "),
        "config pull: central settings read".to_owned(),
        "printing: made 2 letters on ".to_owned(),
        "1 rows with problems".to_owned(),
        "command notices_print: answered error not-ours".to_owned(),
    ] {
        assert!(log.contains(&expected), "the log has {expected:?}:\n{log}");
    }
    assert!(!log.contains("from the page"), "the page writes nothing to the log");
    let token = std::fs::read_to_string(data.join("practice-token")).unwrap();
    let secrets = [token.trim(), code.as_str(), wrong_code];
    let patient_values = ["943 476 5919", "Marjorie", "Whitfield", "Kaczmarczyk", "Nasreen", "Larkspur", "LS16 5QB"];
    for value in secrets.iter().chain(patient_values.iter()) {
        assert!(!value.is_empty() && !log.contains(value), "{value:?} is in the log:\n{log}");
    }
    remove(&data);
}

#[test]
fn the_window_keeps_its_size_and_place_across_a_restart() {
    let data = data_dir("window-state");
    let (_display, driver) = start(&data);
    let session = driver.session(&app_binary()).unwrap();
    wait_for_page(&session, "practice");
    let first = session.window_rect().unwrap();
    assert_eq!((first.2, first.3), (1100, 800), "a first start has tauri.conf.json's size");

    session.set_window_rect(60, 40, 900, 640).unwrap();
    let moved = wait_until(Duration::from_secs(10), "the window to take its new size", || {
        let rect = session.window_rect()?;
        Ok(((rect.2, rect.3) == (900, 640)).then_some(rect))
    })
    .unwrap();
    // The state is written once the window has settled, not only on a clean exit.
    let state = home_of(&data).join(".config").join(IDENTIFIER).join(".window-state.json");
    wait_until(Duration::from_secs(10), "the window's state to be written", || {
        let text = std::fs::read_to_string(&state).unwrap_or_default();
        Ok((text.contains("\"width\": 900") && text.contains("\"height\": 640")).then_some(()))
    })
    .unwrap();
    session.close().unwrap();

    let session = driver.session(&app_binary()).unwrap();
    wait_for_page(&session, "practice");
    let restored = session.window_rect().unwrap();
    assert_eq!((restored.2, restored.3), (900, 640), "the size is remembered");
    assert_eq!((restored.0, restored.1), (moved.0, moved.1), "and the place");
    session.close().unwrap();
    remove(&data);
}
