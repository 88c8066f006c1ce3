//! The real app window: WebKitGTK under Xvfb, driven through tauri-driver and WebKitWebDriver.
//! Needs the app built first (`cargo build -p pathfinder`); the test command does that.

use std::path::PathBuf;

use pathfinder_e2e::webdriver::{Display, Driver, Session};

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

fn wait_for_ready(session: &Session) -> String {
    session.wait_for_text("body[data-ready] h1", |text| !text.is_empty()).expect("the About guide renders")
}

#[test]
fn switching_language_in_the_real_window_changes_the_page_and_survives_a_restart() {
    let data_dir = tempfile_dir();
    let display = Display::start().unwrap();
    let env = [
        ("PATHFINDER_DATA_DIR", data_dir.to_str().unwrap()),
        ("LANG", "en_GB.UTF-8"),
        ("LC_ALL", ""),
        ("LC_MESSAGES", ""),
    ];
    let driver = Driver::start(&display, &env).unwrap();

    let session = driver.session(&app_binary()).unwrap();
    assert_eq!(wait_for_ready(&session), "About care.data");
    assert_eq!(session.execute("return document.documentElement.lang").unwrap(), "en-GB");
    session.screenshot(&screenshots().join("webdriver-en-GB.png")).unwrap();

    let polish = session.find("#pf-language-select option[value='pl']").unwrap();
    let label = session.text(&polish).unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(label, "Polski (draft translation)");
    session.click(&polish).unwrap();
    let heading = session.wait_for_text("h1", |text| text != "About care.data").unwrap();
    assert_eq!(heading, "O programie care.data");
    assert_eq!(session.execute("return document.documentElement.lang").unwrap(), "pl");
    let nav = session.text(&session.find("#pf-nav-list a").unwrap()).unwrap();
    assert_eq!(nav, "About care.data", "a message the Polish draft lacks falls back to en-GB");
    let notice = session.find("#draft-notice p").unwrap();
    assert!(session.text(&notice).unwrap().contains("draft translation"));
    session.screenshot(&screenshots().join("webdriver-pl.png")).unwrap();
    session.close().unwrap();

    let session = driver.session(&app_binary()).unwrap();
    assert_eq!(wait_for_ready(&session), "O programie care.data", "the choice of Polish survives a restart");
    session.close().unwrap();
    let _ = std::fs::remove_dir_all(&data_dir);
}

fn tempfile_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pathfinder-webdriver-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
