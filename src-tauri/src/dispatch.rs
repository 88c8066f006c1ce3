//! The same operations as the Tauri commands, by name with JSON arguments, for the UI's browser tests: the
//! `pathfinder-web-backend` test server answers `ui/src/backend/web.ts` through this, so the UI in Chromium runs
//! against the real domain and store, not a copy of them in TypeScript.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::practice::today;
use crate::{AppState, CommandError};

fn arg<T: DeserializeOwned>(args: &Value, name: &str) -> Result<T, Value> {
    serde_json::from_value(args.get(name).cloned().unwrap_or(Value::Null))
        .map_err(|e| serde_json::json!({ "code": "bad-arguments", "message": format!("{name}: {e}") }))
}

fn answer<T: Serialize>(result: Result<T, CommandError>) -> Result<Value, Value> {
    match result {
        Ok(value) => Ok(serde_json::to_value(value).expect("answers serialise")),
        Err(error) => Err(serde_json::to_value(error).expect("errors serialise")),
    }
}

pub async fn dispatch(state: &AppState, command: &str, args: &Value) -> Result<Value, Value> {
    let localizer = state.localizer();
    let practice = |error| CommandError::from_practice(&error, &localizer);
    let reported = |error| CommandError::from_reporting(&error, &localizer);
    let printed = |error| CommandError::from_print(&error, &localizer);
    let fonts = pathfinder_notices::documents::FontSource::default();
    let folder = state.data_dir().to_owned();
    match command {
        "l10n_sources" => answer(Ok(state.sources())),
        "set_language" => answer(
            state
                .set_language(&arg::<String>(args, "code")?)
                .map_err(|e| CommandError::from_set_language(&e, &localizer)),
        ),
        "practice_get" => answer(state.practice().map_err(practice)),
        "practice_save" => answer(state.save_practice(&arg(args, "form")?).map_err(practice)),
        "checklist_get" => answer(state.checklist(today()).map_err(practice)),
        "task_get" => answer(state.task(&arg::<String>(args, "id")?, today()).map_err(practice)),
        "task_save" => {
            answer(state.save_task(&arg::<String>(args, "id")?, &arg(args, "change")?, today()).map_err(practice))
        }
        "workload_get" => answer(state.workload(today()).map_err(practice)),
        "readiness_get" => answer(state.readiness(today()).map_err(practice)),
        "objections_get" => answer(state.objections().map_err(practice)),
        "objections_save" => answer(state.save_objections(&arg(args, "input")?).map_err(practice)),
        "backup_export" => answer(state.export_backup(state.data_dir()).map_err(practice)),
        "backup_import" => answer(state.import_backup(&arg::<String>(args, "json")?).map_err(practice)),
        "hub_get" => answer(state.hub().map_err(reported)),
        "hub_enrol" => {
            answer(state.enrol(&arg::<String>(args, "hubUrl")?, &arg::<String>(args, "code")?).await.map_err(reported))
        }
        "hub_unenrol" => answer(state.unenrol().map_err(reported)),
        "hub_set_auto_submit" => answer(state.set_auto_submit(arg(args, "enabled")?).map_err(reported)),
        "hub_pull_config" => answer(state.pull_config().await.map_err(reported)),
        "submission_preview" => answer(state.preview().map_err(reported)),
        "submission_send" => answer(state.send_previewed(&arg::<String>(args, "submissionId")?).map_err(reported)),
        "outbox_retry_now" => answer(state.retry_now().map_err(reported)),
        "notices_options" => answer(Ok(state.notice_options())),
        "notices_make" => answer(
            state
                .make_notice(
                    arg(args, "kind")?,
                    &arg::<String>(args, "language")?,
                    arg(args, "largePrint")?,
                    &folder,
                    &fonts,
                )
                .map(|path| crate::notices::MadeNotice { path })
                .map_err(printed),
        ),
        "notices_list_read" => {
            let (name, data) = (arg::<String>(args, "fileName")?, arg::<String>(args, "data")?);
            answer(state.read_sent_list(&name, &data, arg(args, "size")?).map_err(printed))
        }
        "notices_list_map" => answer(state.map_list(arg(args, "mapping")?).map_err(printed)),
        "notices_list_forget" => {
            state.forget_list();
            Ok(Value::Null)
        }
        // The browser tests' backend has no channel: the run reports only its end.
        "notices_letters" => {
            answer(state.letters_with_progress(&folder, arg(args, "households")?, &fonts, |_| {}).map_err(printed))
        }
        "notices_cancel" => {
            state.cancel_letters();
            Ok(Value::Null)
        }
        "notices_open" => {
            let path: String = arg(args, "path")?;
            let opened = if state.wrote(&path) { Ok(()) } else { Err(crate::notices::PrintError::NotOurs(path)) };
            answer(opened.map_err(printed))
        }
        "notices_print" => answer(state.print_file(&arg::<String>(args, "path")?).map_err(printed)),
        // The test server is not an installed app: it has no update to offer and none to install.
        "update_check" => answer(Ok(crate::UpdateView {
            current: env!("CARGO_PKG_VERSION").to_owned(),
            available: None,
            notes: None,
        })),
        "update_install" => {
            answer::<()>(Err(CommandError::from_update(&crate::updates::UpdateError::NoneWaiting, &localizer)))
        }
        "app_painted" => answer(Ok(())),
        other => Err(serde_json::json!({ "code": "unknown-command", "message": other })),
    }
}
