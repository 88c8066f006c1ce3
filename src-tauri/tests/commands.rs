//! The app's commands through tauri's mock runtime, with the real config and capability file, so the ACL that
//! ships is the one under test.

use std::path::Path;

use pathfinder_app::{Settings, with_app};
use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow};

fn start(data_dir: &Path) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let mut app = with_app(mock_builder(), Some(data_dir.to_owned()))
        .build(tauri::generate_context!())
        .expect("the app builds on the mock runtime");
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
    assert!(error.to_string().contains("code"), "{error}");
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
        "plugin:event|listen",
        "plugin:webview|create_webview_window",
        "plugin:path|resolve_directory",
    ] {
        let error = invoke(&window, command, json!({})).unwrap_err();
        assert!(error.to_string().to_lowercase().contains("not allowed"), "{command}: {error}");
    }
    let capability: Value = serde_json::from_str(include_str!("../capabilities/main.json")).unwrap();
    for permission in capability["permissions"].as_array().unwrap() {
        let permission = permission.as_str().unwrap();
        assert!(permission.starts_with("allow-") && !permission.contains(':'), "{permission} is not one of the app's");
    }
}

fn form() -> Value {
    json!({
        "odsCode": "b82005", "name": "Riverside Surgery", "ccgCode": "02V", "listSize": "7400",
        "clinicalSystem": "vision", "practiceLead": "Sam Patel", "staffCount": "18",
        "staffHours": { "practice-manager": "10", "admin-team": "20" },
        "windowStart": "2026-03-02", "windowWeeks": "6", "firstExtract": "2026-04-27",
    })
}

#[test]
fn onboarding_refuses_a_bad_form_field_by_field_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, window) = start(dir.path());
    assert_eq!(invoke(&window, "practice_get", json!({})).unwrap(), Value::Null);

    let mut bad = form();
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
    let saved = invoke(&window, "practice_save", json!({ "form": form() })).unwrap();
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

    let summary = invoke(
        &window,
        "objections_save",
        json!({ "input": { "weekStart": "2026-03-02", "type1": "37", "type2": "0" } }),
    )
    .unwrap();
    assert_eq!(summary["type1Rate"], 5.0);
}

#[test]
fn a_backup_exported_through_the_commands_restores_into_a_new_install() {
    let (first_dir, second_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (_app, window) = start(first_dir.path());
    invoke(&window, "practice_save", json!({ "form": form() })).unwrap();
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
