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
        .build(tauri::generate_context!("../tauri.conf.json"))
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
    Settings { language: Some("en-GB".into()) }.save(dir.path()).unwrap();

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
    Settings { language: Some("en-GB".into()) }.save(dir.path()).unwrap();
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
