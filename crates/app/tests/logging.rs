//! What the app logs while it reads a patient list and makes letters, through the commands the UI calls: counts
//! and codes, never a patient's name, address, NHS number or date of birth, nor the file's name. A logger of the
//! test's own collects every line (this test file is a process of its own, so it may set the global logger).

use std::path::Path;
use std::sync::Mutex;

use pathfinder_app::{App, AppState, Config, Desktop, UpdateError, UpdateView, commands};
use pathfinder_readiness::OnboardingInput;
use serde_json::{Value, json};

static LINES: Mutex<Vec<String>> = Mutex::new(Vec::new());

struct Collect;

impl log::Log for Collect {
    fn enabled(&self, _: &log::Metadata) -> bool {
        true
    }
    fn log(&self, record: &log::Record) {
        LINES.lock().unwrap().push(format!("{} {}", record.target(), record.args()));
    }
    fn flush(&self) {}
}

struct NoDesktop;

impl Desktop for NoDesktop {
    fn open(&self, _: &Path) -> Result<(), String> {
        Ok(())
    }
    async fn check_update(&self, _: Option<String>) -> UpdateView {
        UpdateView::none("0.1.0")
    }
    async fn install_update(&self) -> Result<(), UpdateError> {
        Err(UpdateError::NoneWaiting)
    }
}

const LIST: &str = "NHS Number,Title,Forename,Surname,Date of Birth,Address Line 1,Address Line 2,Postcode,Main Language\n\
    943 476 5919,Mrs,Marjorie,Whitfield,12/04/1941,27 Larkspur Avenue,Leeds,LS16 5QB,English\n\
    ,Mr,Wojciech,Kaczmarczyk,03/11/1979,Flat 4 Quarry Mount,Leeds,LS6 2JU,Polish\n\
    ,Ms,Nasreen,,21/07/1985,88 Tempest Road,Leeds,LS11 6RD,Urdu\n";

const PRIVATE: [&str; 10] = [
    "943 476 5919",
    "Marjorie",
    "Whitfield",
    "Kaczmarczyk",
    "Nasreen",
    "Larkspur",
    "Quarry Mount",
    "LS16 5QB",
    "12/04/1941",
    "Harrow-family",
];

#[tokio::test]
async fn a_letters_run_logs_counts_and_codes_and_no_patient_value() {
    log::set_logger(&Collect).unwrap();
    log::set_max_level(log::LevelFilter::Trace);
    let dir = tempfile::tempdir().unwrap();
    let choices = pathfinder_app::FileChoices::default();
    let config = Config { file_choices: Some(choices.clone()), ..Config::in_folder(dir.path()) };
    let state = AppState::open(config, &["en-GB".into()]).unwrap();
    let practice = pathfinder_readiness::testing::state();
    state.save_practice(&OnboardingInput::from_saved(&practice.profile, &practice.window, &practice.planning)).unwrap();
    let app = App { state, desktop: NoDesktop };
    let call = |command: &'static str, args: Value| {
        let app = &app;
        async move { commands::call(app, command, &args, None).await }
    };

    let exports = tempfile::tempdir().unwrap();
    std::fs::write(exports.path().join("Harrow-family.csv"), LIST).unwrap();
    choices.push(Some(exports.path().join("Harrow-family.csv")));
    call("notices_list_choose", json!({})).await.unwrap();
    let run = json!({ "households": false, "maxSurnames": "6", "englishOnly": false, "letterDate": "2026-03-02",
        "split": false, "batchSize": "", "doubleSided": true });
    let made = call("notices_letters", run).await.unwrap();
    assert_eq!(made["counts"]["letters"], 2, "{made}");
    // Failures carry what was given in their messages; the log gets their codes only.
    call("notices_print", json!({ "path": "/tmp/Marjorie Whitfield.pdf" })).await.unwrap_err();
    call("notices_list_map", json!({ "mapping": [{ "column": "Whitfield", "field": "Larkspur" }] })).await.unwrap_err();
    call("notices_list_group", json!({ "maxSurnames": "Kaczmarczyk" })).await.unwrap_err();

    let lines = LINES.lock().unwrap().clone();
    let log = lines.join("\n");
    assert!(log.contains("printing: made 2 letters on "), "{log}");
    assert!(log.contains("1 rows with problems"), "{log}");
    assert!(log.contains("command notices_print: answered error not-ours"), "{log}");
    assert!(log.contains("command notices_list_group: answered error "), "{log}");
    for value in PRIVATE {
        assert!(!log.contains(value), "{value:?} is in the log:\n{log}");
    }
}
