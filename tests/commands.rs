//! The app's commands through tauri's mock runtime, with the real config, capability file and invoke handler, so
//! the ACL that ships is the one under test and every command runs through the path the UI's calls take.

#[path = "support/fixtures.rs"]
mod fixtures;
#[path = "support/hub.rs"]
mod hub;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::{Arc, Mutex};

use fixtures::practice_form;
use hub::TestHub;

use pathfinder::with_app;
use pathfinder_app::clock::{Clock, TimeZone};
use pathfinder_app::{Config, Settings};
use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow};

fn start(data_dir: &Path) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    start_with(mock_builder(), Config::in_folder(data_dir))
}

fn start_with(builder: tauri::Builder<MockRuntime>, config: Config) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let mut app =
        with_app(builder, Some(config)).build(tauri::generate_context!()).expect("the app builds on the mock runtime");
    // The first iteration runs setup, which opens the windows of tauri.conf.json and manages the app state.
    #[allow(deprecated)] // called once, not in a loop, so the busy-loop warning does not apply
    app.run_iteration(|_, _| {});
    let window = app.get_webview_window("main").expect("the config opens the main window");
    (app, window)
}

fn invoke(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().unwrap(),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(window, request).map(|body| body.deserialize::<Value>().expect("a JSON answer"))
}

fn chain(sources: &Value) -> Vec<&str> {
    sources["chain"].as_array().unwrap().iter().map(|l| l["locale"].as_str().unwrap()).collect()
}

#[test]
fn the_language_switches_at_once_and_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    Settings { language: Some("en-GB".into()), ..Settings::default() }.save(dir.path()).unwrap();

    let (_app, window) = start(dir.path());
    let sources = invoke(&window, "l10n_sources", json!({})).unwrap();
    assert_eq!(sources["locale"], "en-GB");
    assert_eq!(chain(&sources), ["en-GB"]);
    let languages: Vec<_> =
        sources["languages"].as_array().unwrap().iter().map(|l| (l["code"].clone(), l["status"].clone())).collect();
    assert_eq!(languages, [(json!("en-GB"), json!("complete")), (json!("pl"), json!("draft"))]);

    let switched = invoke(&window, "set_language", json!({ "code": "pl" })).unwrap();
    assert_eq!(switched["locale"], "pl");
    assert_eq!(chain(&switched), ["pl", "en-GB"]);
    assert!(switched["chain"][0]["resources"].to_string().contains("O programie care.data"));
    drop(window);

    let (_app, window) = start(dir.path());
    assert_eq!(invoke(&window, "l10n_sources", json!({})).unwrap()["locale"], "pl", "the choice outlives a restart");
    assert_eq!(Settings::load(dir.path()).unwrap().language.as_deref(), Some("pl"));
}

#[test]
fn an_unknown_language_is_refused_with_a_code_and_a_translated_message_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    Settings { language: Some("en-GB".into()), ..Settings::default() }.save(dir.path()).unwrap();
    let (_app, window) = start(dir.path());

    let error = invoke(&window, "set_language", json!({ "code": "tlh" })).unwrap_err();
    assert_eq!(error["code"], "unknown-language");
    let message = error["message"].as_str().unwrap();
    assert!(message.contains("tlh") && message.starts_with("There is no translation"), "{message}");
    assert_eq!(invoke(&window, "l10n_sources", json!({})).unwrap()["locale"], "en-GB");
    assert_eq!(Settings::load(dir.path()).unwrap().language.as_deref(), Some("en-GB"));
}

#[test]
fn a_missing_argument_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, window) = start(dir.path());
    let error = invoke(&window, "set_language", json!({})).unwrap_err();
    assert_eq!(error["code"], "bad-arguments");
    assert!(error["message"].as_str().unwrap().contains("code"), "{error}");
}

#[test]
fn a_command_the_capability_does_not_grant_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, window) = start(dir.path());
    let error = invoke(&window, "plugin:window|close", json!({})).unwrap_err();
    assert!(error.to_string().to_lowercase().contains("not allowed"), "{error}");
}

/// The least that works: the UI may call the app's own commands and nothing of Tauri's or of the plugins the app
/// drives from Rust (the updater, the opener), so a script injected into the page could not reach them either.
#[test]
fn the_ui_may_use_no_plugin_and_no_core_permission() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, window) = start(dir.path());
    for command in [
        "plugin:updater|check",
        "plugin:updater|download_and_install",
        "plugin:opener|open_path",
        "plugin:opener|open_url",
        "plugin:dialog|open",
        "plugin:dialog|save",
        "plugin:event|listen",
        "plugin:webview|create_webview_window",
        "plugin:path|resolve_directory",
    ] {
        let error = invoke(&window, command, json!({})).unwrap_err();
        assert!(error.to_string().to_lowercase().contains("not allowed"), "{command}: {error}");
    }
    let capability: Value = serde_json::from_str(include_str!("../src-tauri/capabilities/main.json")).unwrap();
    for permission in capability["permissions"].as_array().unwrap() {
        let permission = permission.as_str().unwrap();
        assert!(permission.starts_with("allow-") && !permission.contains(':'), "{permission} is not one of the app's");
    }
}

#[test]
fn onboarding_refuses_a_bad_form_field_by_field_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, window) = start(dir.path());
    assert_eq!(invoke(&window, "practice_get", json!({})).unwrap(), Value::Null);

    let mut bad = practice_form();
    bad["odsCode"] = json!("B8200");
    bad["listSize"] = json!("many");
    let error = invoke(&window, "practice_save", json!({ "form": bad })).unwrap_err();
    assert_eq!(error["code"], "invalid-input");
    let fields: Vec<(&str, &str)> = error["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["field"].as_str().unwrap(), f["message"].as_str().unwrap()))
        .collect();
    assert_eq!(fields.len(), 2, "{fields:?}");
    assert_eq!(fields[0].0, "odsCode");
    assert!(fields[0].1.starts_with("Enter an ODS code"), "{}", fields[0].1);
    assert_eq!(fields[1].0, "listSize");
    assert_eq!(invoke(&window, "practice_get", json!({})).unwrap(), Value::Null, "nothing saved");
    let checklist = invoke(&window, "checklist_get", json!({})).unwrap_err();
    assert_eq!(checklist["code"], "no-practice");
}

#[test]
fn tasks_change_through_the_commands_and_the_figures_follow() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, window) = start(dir.path());
    let saved = invoke(&window, "practice_save", json!({ "form": practice_form() })).unwrap();
    assert_eq!(saved["odsCode"], "B82005");

    let change = |status: &str| json!({ "status": status, "assignee": "Jo Reed" });
    let refused =
        invoke(&window, "task_save", json!({ "id": "brief-staff", "change": change("completed") })).unwrap_err();
    assert_eq!(refused["fields"][0]["field"], "status");

    let page = invoke(&window, "task_save", json!({ "id": "join-pathfinder", "change": change("completed") })).unwrap();
    assert_eq!(page["task"]["state"]["status"], "completed");
    assert_eq!(page["history"][0]["actor"], "Sam Patel");

    let checklist = invoke(&window, "checklist_get", json!({})).unwrap();
    assert_eq!((checklist["completed"].as_u64(), checklist["total"].as_u64()), (Some(1), Some(10)));
    let readiness = invoke(&window, "readiness_get", json!({})).unwrap();
    assert_eq!(readiness["completed"], 1);
    let workload = invoke(&window, "workload_get", json!({})).unwrap();
    assert!(workload["remaining"]["admin-team"].as_u64().unwrap() > 0);

    let page =
        invoke(&window, "search_save", json!({ "input": { "date": "2026-03-02", "type1": "37", "type2": "0" } }))
            .unwrap();
    assert_eq!(page["totals"]["type1Rate"], 5.0);
    let refused =
        invoke(&window, "forms_save", json!({ "input": { "date": "2026-03-03", "received": "2", "coded": "3" } }))
            .unwrap_err();
    assert_eq!(
        (refused["fields"][0]["field"].as_str(), refused["code"].as_str()),
        (Some("coded"), Some("invalid-input"))
    );
}

#[test]
fn a_backup_exported_through_the_commands_restores_into_a_new_install() {
    let (first_dir, second_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (_app, window) = start(first_dir.path());
    invoke(&window, "practice_save", json!({ "form": practice_form() })).unwrap();
    invoke(&window, "task_save", json!({ "id": "join-pathfinder", "change": { "status": "completed" } })).unwrap();
    let path = invoke(&window, "backup_export", json!({})).unwrap();
    let backup = std::fs::read_to_string(path.as_str().unwrap()).unwrap();
    let _ = std::fs::remove_file(path.as_str().unwrap());

    let (_app, fresh) = start(second_dir.path());
    let refused =
        invoke(&fresh, "backup_import", json!({ "json": "{\"format\": \"pathfinder-practice\", \"version\": 9}" }))
            .unwrap_err();
    assert_eq!(refused["code"], "backup-newer");
    assert_eq!(invoke(&fresh, "practice_get", json!({})).unwrap(), Value::Null);
    invoke(&fresh, "backup_import", json!({ "json": backup })).unwrap();
    assert_eq!(invoke(&fresh, "checklist_get", json!({})).unwrap()["completed"], 1);
}

/// What a page's progress channel received: the channel's id and each message, as the webview would be sent them.
type Heard = Arc<Mutex<Vec<(u32, Value)>>>;

/// Every command once or more, as the UI calls them, in the order a practice manager would meet them; the test
/// fails if a command the app declares was not called, so a new command cannot go untested here.
#[test]
fn every_command_answers_through_the_invoke_handler() {
    let dir = tempfile::tempdir().unwrap();
    let heard: Heard = Arc::default();
    let listener = heard.clone();
    let builder = mock_builder().channel_interceptor(move |_, callback, _, body| {
        let message = body.clone().deserialize::<Value>().expect("progress is JSON");
        listener.lock().unwrap().push((callback.0, message));
        true
    });
    // `true` stands in for CUPS' `lp` here: the print suite (tests/printing.rs) prints through a real CUPS server.
    // The system's file dialogs cannot be driven headless: the test hook gives the commands behind them the path.
    let choices = pathfinder_app::FileChoices::default();
    let config = Config {
        print_command: "true".into(),
        file_choices: Some(choices.clone()),
        ..Config::in_folder(dir.path().join("app"))
    };
    let (_app, window) = start_with(builder, config);
    let called = std::cell::RefCell::new(BTreeSet::new());
    let call = |command: &str, args: Value| {
        called.borrow_mut().insert(command.to_owned());
        invoke(&window, command, args)
    };

    assert_eq!(call("l10n_sources", json!({})).unwrap()["locale"], "en-GB");
    assert_eq!(call("set_language", json!({ "code": "en-GB" })).unwrap()["locale"], "en-GB");
    assert_eq!(call("practice_get", json!({})).unwrap(), Value::Null);
    call("practice_save", json!({ "form": practice_form() })).unwrap();
    assert_eq!(call("checklist_get", json!({})).unwrap()["completed"], 0);
    assert_eq!(call("task_get", json!({ "id": "join-pathfinder" })).unwrap()["task"]["id"], "join-pathfinder");
    call("task_save", json!({ "id": "join-pathfinder", "change": { "status": "completed" } })).unwrap();
    assert!(call("workload_get", json!({})).unwrap()["weeks"].is_array());
    assert_eq!(call("readiness_get", json!({})).unwrap()["completed"], 1);
    call("search_save", json!({ "input": { "date": "2026-02-20", "type1": "30", "type2": "2" } })).unwrap();
    call("search_save", json!({ "input": { "date": "2026-03-09", "type1": "37", "type2": "2" } })).unwrap();
    assert_eq!(call("search_delete", json!({ "date": "2026-03-09" })).unwrap()["totals"]["latest"]["type1"], 30);
    let day = json!({ "date": "2026-03-03", "received": "9", "coded": "4" });
    assert_eq!(call("forms_save", json!({ "input": day })).unwrap()["forms"]["backlog"], 5);
    assert_eq!(call("forms_undo", json!({})).unwrap()["forms"]["received"], 0, "the day's entry undone");
    call("forms_save", json!({ "input": day })).unwrap();
    assert_eq!(call("forms_delete", json!({ "date": "2026-03-03" })).unwrap()["forms"]["days"], json!([]));
    let page = call("objections_get", json!({})).unwrap();
    assert_eq!(
        (page["totals"]["latest"]["type1"].as_u64(), page["formsHistory"].as_array().map(Vec::len)),
        (Some(30), Some(4))
    );
    let backup = call("backup_export", json!({})).unwrap();
    let backup = std::fs::read_to_string(backup.as_str().unwrap()).unwrap();
    assert_eq!(call("backup_import", json!({ "json": backup })).unwrap()["odsCode"], "B82005");

    // Notices: one document, then the letters for a patient list, with progress over a channel as the page sends it.
    let options = call("notices_options", json!({})).unwrap();
    assert!(options["kinds"].as_array().unwrap().contains(&json!("leaflet")));
    let made = call("notices_make", json!({ "kind": "leaflet", "language": "en-GB", "largePrint": false })).unwrap();
    let leaflet = made["path"].as_str().unwrap().to_owned();
    assert!(std::fs::read(&leaflet).unwrap().starts_with(b"%PDF"));
    call("notices_print", json!({ "path": leaflet })).unwrap();
    let elsewhere = dir.path().join("not-made-here.pdf").display().to_string();
    assert_eq!(call("notices_open", json!({ "path": elsewhere })).unwrap_err()["code"], "not-ours");
    assert_eq!(call("notices_print", json!({ "path": elsewhere })).unwrap_err()["code"], "not-ours");
    let csv = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/patients.csv");
    choices.push(None);
    assert_eq!(call("notices_list_choose", json!({})).unwrap(), Value::Null, "the dialog closed: nothing read");
    choices.push(Some(csv.clone()));
    let list = call("notices_list_choose", json!({})).unwrap();
    assert_eq!(list["fileName"], "patients.csv");
    let mapped = call("notices_list_map", json!({ "mapping": list["mapping"] })).unwrap();
    assert_eq!(mapped["patients"], list["patients"]);
    call("notices_list_forget", json!({})).unwrap();
    let run = |extra: Value| {
        let mut args = json!({ "households": true, "maxSurnames": "6", "englishOnly": false, "letterDate": "2026-03-02",
            "split": true, "batchSize": "", "doubleSided": true });
        args.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        args
    };
    assert_eq!(call("notices_letters", run(json!({}))).unwrap_err()["code"], "no-list");
    assert_eq!(call("notices_list_group", json!({ "maxSurnames": "6" })).unwrap_err()["code"], "no-list");
    choices.push(Some(csv.clone()));
    call("notices_list_choose", json!({})).unwrap();
    let refused = call("notices_list_group", json!({ "maxSurnames": "0" })).unwrap_err();
    assert_eq!((&refused["code"], &refused["fields"][0]["field"]), (&json!("bad-max-surnames"), &json!("maxSurnames")));
    let grouped = call("notices_list_group", json!({ "maxSurnames": "1" })).unwrap();
    let read_again = call("notices_punjabi_script", json!({ "script": "shahmukhi" })).unwrap();
    assert_eq!(read_again["patients"], list["patients"], "the held list is read again in the chosen script");
    assert_eq!(call("notices_options", json!({})).unwrap()["punjabiScript"], "shahmukhi");
    let refused = call("notices_punjabi_script", json!({ "script": "latin" })).unwrap_err();
    assert_eq!(refused["code"], "bad-arguments", "{refused}");
    assert_eq!((&grouped["householdLetters"], &grouped["splitAddresses"]), (&json!(3), &json!(0)));
    call("notices_cancel", json!({})).unwrap();
    let refused = call("notices_letters", run(json!({ "maxSurnames": "51" }))).unwrap_err();
    assert_eq!(refused["code"], "bad-max-surnames", "{refused}");
    let refused = call("notices_letters", run(json!({ "letterDate": "2 March" }))).unwrap_err();
    assert_eq!((&refused["code"], &refused["fields"][0]["field"]), (&json!("bad-letter-date"), &json!("letterDate")));
    let refused = call("notices_letters", run(json!({ "batchSize": "0" }))).unwrap_err();
    assert_eq!((&refused["code"], &refused["fields"][0]["field"]), (&json!("bad-batch-size"), &json!("batchSize")));
    // The folder: the app's own, then one the manager chooses (the dialog closed keeps it), then the own again.
    let own = call("notices_options", json!({})).unwrap()["lettersFolder"].clone();
    assert_eq!((&own["own"], &own["syncedBy"]), (&json!(true), &Value::Null));
    let chosen = dir.path().join("Dropbox").join("letters");
    std::fs::create_dir_all(&chosen).unwrap();
    choices.push(Some(chosen.clone()));
    let folder = call("notices_folder_choose", json!({ "own": false })).unwrap();
    assert_eq!((&folder["syncedBy"], &folder["own"]), (&json!("Dropbox"), &json!(false)), "{folder}");
    choices.push(None);
    assert_eq!(call("notices_folder_choose", json!({ "own": false })).unwrap(), folder, "closed: kept");
    assert_eq!(call("notices_folder_choose", json!({ "own": true })).unwrap(), own);
    let proof = call("notices_proof", run(json!({}))).unwrap();
    assert_eq!((&proof["kind"], &proof["letters"]), (&json!("proof"), &json!(3)), "{proof}");
    let letters = run(json!({ "onProgress": "__CHANNEL__:4242" }));
    let report = call("notices_letters", letters).unwrap();
    assert_eq!(report["counts"]["letters"], 3, "two at the same address share a letter");
    assert_eq!((&report["splitAddresses"], &report["counts"]["toGuardian"]), (&json!(0), &json!(0)));
    assert_eq!(report["files"].as_array().unwrap().len(), 3, "one file per language and print size: {report}");
    assert!(report["addresses"]["path"].as_str().unwrap().ends_with("pathfinder-addresses-2026-03-02.csv"));
    let progress = heard.lock().unwrap().clone();
    assert!(!progress.is_empty(), "the run reported its progress");
    assert!(progress.iter().all(|(channel, _)| *channel == 4242), "{progress:?}");
    assert_eq!(progress.last().unwrap().1, json!({ "done": 3, "total": 3 }));
    let first = &report["files"][0];
    call("notices_print", json!({ "path": first["path"] })).unwrap();
    let made = call("notices_printed", json!({ "id": first["id"] })).unwrap();
    let confirmed = made.as_array().unwrap().iter().find(|f| f["id"] == first["id"]).unwrap();
    assert!(confirmed["printed"].is_string(), "{confirmed}");
    assert_eq!(call("notices_printed", json!({ "id": "nope" })).unwrap_err()["code"], "unknown-file");
    assert_eq!(call("notices_made", json!({})).unwrap().as_array().unwrap().len(), 1 + 3 + 1);
    let coded = dir.path().join("coded.csv");
    std::fs::write(&coded, "Forename,Surname,Address 1,Postcode,Read code\nAda,Okafor,4 Elm Street,LS2 7AB,9Nu0\n")
        .unwrap();
    choices.push(Some(coded));
    let acknowledged = call("notices_acknowledgements", json!({ "letterDate": "2026-03-20" })).unwrap();
    assert_eq!(
        (&acknowledged["counts"]["letters"], &acknowledged["file"]["kind"]),
        (&json!(1), &json!("acknowledgements"))
    );
    choices.push(None);
    assert_eq!(call("notices_acknowledgements", json!({ "letterDate": "2026-03-20" })).unwrap(), Value::Null);
    assert_eq!(call("notices_delete_letters", json!({})).unwrap(), json!([]));
    assert_eq!(call("notices_made", json!({})).unwrap(), json!([]));

    // Reporting, against a real hub on loopback.
    let mut hub = TestHub::start(&dir.path().join("hub"));
    assert_eq!(call("hub_get", json!({})).unwrap()["enrolled"], false);
    let code = hub.enrolment_code("B82005");
    assert_eq!(call("hub_enrol", json!({ "hubUrl": hub.url(), "code": code })).unwrap()["enrolled"], true);
    assert_eq!(call("hub_pull_config", json!({})).unwrap(), Value::Null, "no central window is set");
    assert_eq!(call("messages_get", json!({})).unwrap(), json!([]));
    let id = hub.block_on(|db| async move {
        pathfinder_hub::messages::publish(db.as_ref(), "02V", "The window moved", "Reprint", "lead@nhs.net").await
    });
    let id = id.unwrap();
    assert_eq!(call("hub_pull_config", json!({})).unwrap(), Value::Null);
    let messages = call("messages_get", json!({})).unwrap();
    assert_eq!((&messages[0]["id"], &messages[0]["title"]), (&json!(id), &json!("The window moved")));
    assert_eq!(call("message_acknowledge", json!({ "id": id })).unwrap(), json!([]));
    assert_eq!(call("message_acknowledge", json!({ "id": "x" })).unwrap_err()["code"], "bad-arguments");
    assert_eq!(call("hub_set_auto_submit", json!({ "enabled": false })).unwrap()["autoSubmit"], false);
    let preview = call("submission_preview", json!({})).unwrap();
    let summary = &preview["summary"];
    assert_eq!((summary["odsCode"].as_str(), summary["done"].as_u64()), (Some("B82005"), Some(1)));
    assert_eq!(
        (summary["type1Total"].as_u64(), summary["type2Total"].as_u64()),
        (Some(30), Some(2)),
        "the search left after the deletion"
    );
    let sent: Value = serde_json::from_str(preview["json"].as_str().unwrap()).unwrap();
    assert_eq!(summary["submissionId"], sent["submissionId"], "the summary is of the very submission shown");
    let queued = call("submission_send", json!({ "submissionId": preview["submissionId"] })).unwrap();
    assert_eq!(queued["submissions"].as_array().unwrap().len(), 1);
    call("outbox_retry_now", json!({})).unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while hub.submission_count() == 0 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(hub.submission_count(), 1, "the outbox sent it");
    assert_eq!(call("hub_unenrol", json!({})).unwrap()["enrolled"], false);

    // The app itself: no hub to ask for updates now, so none is offered and none can be installed.
    let update = call("update_check", json!({})).unwrap();
    assert_eq!((update["current"].as_str(), update["available"].as_str()), (Some(env!("CARGO_PKG_VERSION")), None));
    assert_eq!(call("update_install", json!({})).unwrap_err()["code"], "no-update-waiting");
    assert_eq!(call("app_painted", json!({})).unwrap(), Value::Null);

    let missing: Vec<&str> =
        pathfinder_app::commands::NAMES.iter().copied().filter(|name| !called.borrow().contains(*name)).collect();
    assert!(missing.is_empty(), "commands no test here calls: {missing:?}");
}

#[test]
fn no_notice_is_made_before_the_practice_gives_its_address_and_phone_number() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, window) = start(dir.path());
    let mut form = practice_form();
    form["phone"] = json!("");
    invoke(&window, "practice_save", json!({ "form": form })).unwrap();
    let refused =
        invoke(&window, "notices_make", json!({ "kind": "poster-a4", "language": "en-GB", "largePrint": false }))
            .unwrap_err();
    assert_eq!(refused["code"], "practice-details-missing");
    assert!(refused["message"].as_str().unwrap().contains("Your practice page"), "{refused}");
    let made: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(!made.iter().any(|name| name.to_string_lossy().ends_with(".pdf")), "nothing written: {made:?}");
}

#[test]
fn a_command_with_unreadable_arguments_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, window) = start(dir.path());
    let error = invoke(&window, "hub_set_auto_submit", json!({ "enabled": "yes" })).unwrap_err();
    assert_eq!(error["code"], "bad-arguments");
    assert!(error["message"].as_str().unwrap().contains("enabled"), "{error}");
}

/// At 00:30 in British Summer Time on 15 June it is still the 14th in UTC. Through the commands the UI calls, the
/// countdowns, who is a child on the letters' date, the date on the letters and the names of the files saved are all
/// of the 15th, the date in the practice.
#[test]
fn half_past_midnight_in_summer_time_is_already_the_next_day_wherever_a_date_is_shown() {
    use time::macros::{date, datetime};
    let dir = tempfile::tempdir().unwrap();
    let london = TimeZone::get("Europe/London").expect("the system's time zone database has Europe/London");
    let at = datetime!(2026-06-14 23:30 UTC);
    let choices = pathfinder_app::FileChoices::default();
    let config = Config {
        clock: Clock::fixed(at, london),
        file_choices: Some(choices.clone()),
        ..Config::in_folder(dir.path())
    };
    let (_app, window) = start_with(mock_builder(), config);
    invoke(&window, "practice_save", json!({ "form": practice_form() })).unwrap();

    let readiness = invoke(&window, "readiness_get", json!({})).unwrap();
    let window_start = date!(2026 - 03 - 02);
    assert_eq!(readiness["daysToWindowStart"], (window_start - date!(2026 - 06 - 15)).whole_days());

    let backup = invoke(&window, "backup_export", json!({})).unwrap();
    assert!(backup.as_str().unwrap().ends_with("pathfinder-B82005-2026-06-15.json"), "{backup}");

    // Sixteen on the 15th, so written to in their own name; and a day younger, still a child.
    let csv = "Forename,Surname,Address 1,Postcode,Date of Birth\n\
               Ada,Okafor,4 Elm Street,LS2 7AB,15/06/2010\n\
               Ben,Nowak,9 Ash Grove,LS3 1DF,16/06/2010\n";
    let path = dir.path().join("p.csv");
    std::fs::write(&path, csv).unwrap();
    choices.push(Some(path));
    let list = invoke(&window, "notices_list_choose", json!({})).unwrap();
    assert_eq!(list["children"], 1, "{list}");
    // The page offers the first day of the window; here the manager dates the letters today, the 15th.
    let letters = json!({ "households": false, "maxSurnames": "6", "englishOnly": true, "letterDate": "2026-06-15",
        "split": false, "batchSize": "", "doubleSided": true });
    let report = invoke(&window, "notices_letters", letters).unwrap();
    assert_eq!(report["counts"]["toGuardian"], 1, "{report}");
    let path = report["files"][0]["path"].as_str().unwrap();
    assert!(path.ends_with("pathfinder-letters-2026-06-15.pdf"), "{path}");
    let text = std::process::Command::new("pdftotext").args(["-enc", "UTF-8", path, "-"]).output().expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("15 June 2026") && !text.contains("14 June 2026"), "{text}");
}
