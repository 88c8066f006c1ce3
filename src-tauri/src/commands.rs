//! The commands the UI may invoke. Each parses its input, calls one function and maps the error.

use pathfinder_l10n::Sources;
use pathfinder_notices::documents::{FontSource, Kind};
use pathfinder_notices::patients::MappingEntry;
use pathfinder_readiness::{
    ChecklistView, ObjectionInput, ObjectionSummary, OnboardingInput, Readiness, TaskChange, Workload,
};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, State};

use crate::notices::{LettersProgress, LettersReport, ListView, MadeNotice, NoticeOptions, PrintError};

use crate::practice::{PracticeError, PracticeView, TaskPage, today};
use crate::reporting::{HubView, Preview, ReportingError, WindowNotice};
use crate::updates::{UpdateView, Updates};
use crate::{AppState, CommandError};

/// Set by the start-up benchmark to have the first painted page marked on standard output.
pub const PAINT_MARK_ENV: &str = "PATHFINDER_PAINT_MARK";

type Answer<T> = Result<T, CommandError>;

fn map<T>(state: &AppState, result: Result<T, PracticeError>) -> Answer<T> {
    result.map_err(|error| CommandError::from_practice(&error, &state.localizer()))
}

fn reported<T>(state: &AppState, result: Result<T, ReportingError>) -> Answer<T> {
    result.map_err(|error| CommandError::from_reporting(&error, &state.localizer()))
}

/// The Fluent sources for the current language, its fallbacks, and the languages on offer.
#[tauri::command]
pub fn l10n_sources(state: State<'_, AppState>) -> Sources {
    state.sources()
}

/// Switches the UI language at once and remembers it across restarts.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, code: String) -> Answer<Sources> {
    state.set_language(&code).map_err(|error| CommandError::from_set_language(&error, &state.localizer()))
}

#[tauri::command]
pub fn practice_get(state: State<'_, AppState>) -> Answer<Option<PracticeView>> {
    map(&state, state.practice())
}

#[tauri::command]
pub fn practice_save(state: State<'_, AppState>, form: OnboardingInput) -> Answer<PracticeView> {
    map(&state, state.save_practice(&form))
}

#[tauri::command]
pub fn checklist_get(state: State<'_, AppState>) -> Answer<ChecklistView> {
    map(&state, state.checklist(today()))
}

#[tauri::command]
pub fn task_get(state: State<'_, AppState>, id: String) -> Answer<TaskPage> {
    map(&state, state.task(&id, today()))
}

#[tauri::command]
pub fn task_save(state: State<'_, AppState>, id: String, change: TaskChange) -> Answer<TaskPage> {
    map(&state, state.save_task(&id, &change, today()))
}

#[tauri::command]
pub fn workload_get(state: State<'_, AppState>) -> Answer<Workload> {
    map(&state, state.workload(today()))
}

#[tauri::command]
pub fn readiness_get(state: State<'_, AppState>) -> Answer<Readiness> {
    map(&state, state.readiness(today()))
}

#[tauri::command]
pub fn objections_get(state: State<'_, AppState>) -> Answer<ObjectionSummary> {
    map(&state, state.objections())
}

#[tauri::command]
pub fn objections_save(state: State<'_, AppState>, input: ObjectionInput) -> Answer<ObjectionSummary> {
    map(&state, state.save_objections(&input))
}

/// Saves a backup in the user's Documents folder (the data folder where there is none) and gives its path.
#[tauri::command]
pub fn backup_export<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>) -> Answer<String> {
    let folder = app.path().document_dir().unwrap_or_else(|_| state.data_dir().to_owned());
    map(&state, state.export_backup(&folder))
}

/// Replaces the practice's state with a backup's text, chosen by the user in the UI.
#[tauri::command]
pub fn backup_import(state: State<'_, AppState>, json: String) -> Answer<PracticeView> {
    map(&state, state.import_backup(&json))
}

/// The hub the practice reports to, whether it is enrolled, and every submission with its state.
#[tauri::command]
pub fn hub_get(state: State<'_, AppState>) -> Answer<HubView> {
    reported(&state, state.hub())
}

#[tauri::command]
pub async fn hub_enrol(state: State<'_, AppState>, hub_url: String, code: String) -> Answer<HubView> {
    reported(&state, state.enrol(&hub_url, &code).await)
}

#[tauri::command]
pub fn hub_unenrol(state: State<'_, AppState>) -> Answer<HubView> {
    reported(&state, state.unenrol())
}

#[tauri::command]
pub fn hub_set_auto_submit(state: State<'_, AppState>, enabled: bool) -> Answer<HubView> {
    reported(&state, state.set_auto_submit(enabled))
}

/// Pulls the central settings now; the answer says whether the window moved.
#[tauri::command]
pub async fn hub_pull_config(state: State<'_, AppState>) -> Answer<Option<WindowNotice>> {
    reported(&state, state.pull_config().await)
}

#[tauri::command]
pub fn submission_preview(state: State<'_, AppState>) -> Answer<Preview> {
    reported(&state, state.preview())
}

#[tauri::command]
pub fn submission_send(state: State<'_, AppState>, submission_id: String) -> Answer<HubView> {
    reported(&state, state.send_previewed(&submission_id))
}

#[tauri::command]
pub fn outbox_retry_now(state: State<'_, AppState>) -> Answer<HubView> {
    reported(&state, state.retry_now())
}

fn printed<T>(state: &AppState, result: Result<T, PrintError>) -> Answer<T> {
    result.map_err(|error| CommandError::from_print(&error, &state.localizer()))
}

/// Where made notices go: the Documents folder, or the app's data folder where there is none.
fn notices_folder<R: Runtime>(app: &AppHandle<R>, state: &AppState) -> std::path::PathBuf {
    app.path().document_dir().unwrap_or_else(|_| state.data_dir().to_owned())
}

/// The fonts bundled with the app, looked at before the system's.
fn fonts<R: Runtime>(app: &AppHandle<R>) -> FontSource {
    FontSource { bundled: app.path().resource_dir().ok().map(|dir| dir.join("fonts")) }
}

#[tauri::command]
pub fn notices_options(state: State<'_, AppState>) -> NoticeOptions {
    state.notice_options()
}

#[tauri::command]
pub async fn notices_make<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    kind: Kind,
    language: String,
    large_print: bool,
) -> Answer<MadeNotice> {
    let (folder, fonts, worker) = (notices_folder(&app, &state), fonts(&app), state.inner().clone());
    let made =
        tauri::async_runtime::spawn_blocking(move || worker.make_notice(kind, &language, large_print, &folder, &fonts))
            .await
            .expect("the notice task finishes");
    printed(&state, made.map(|path| MadeNotice { path }))
}

#[tauri::command]
pub fn notices_list_read(
    state: State<'_, AppState>,
    file_name: String,
    data: String,
    size: Option<u64>,
) -> Answer<ListView> {
    printed(&state, state.read_sent_list(&file_name, &data, size))
}

#[tauri::command]
pub fn notices_list_map(state: State<'_, AppState>, mapping: Vec<MappingEntry>) -> Answer<ListView> {
    printed(&state, state.map_list(mapping))
}

#[tauri::command]
pub fn notices_list_forget(state: State<'_, AppState>) {
    state.forget_list();
}

/// Makes the letters for the held list, telling the page how far it has got; `notices_cancel` stops it.
#[tauri::command]
pub async fn notices_letters<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    households: bool,
    on_progress: Channel<LettersProgress>,
) -> Answer<LettersReport> {
    let (folder, fonts, worker) = (notices_folder(&app, &state), fonts(&app), state.inner().clone());
    let made = tauri::async_runtime::spawn_blocking(move || {
        worker.letters_with_progress(&folder, households, &fonts, |progress| {
            let _ = on_progress.send(progress);
        })
    })
    .await
    .expect("the letters task finishes");
    printed(&state, made)
}

#[tauri::command]
pub fn notices_cancel(state: State<'_, AppState>) {
    state.cancel_letters();
}

#[tauri::command]
pub fn notices_open<R: Runtime>(app: AppHandle<R>, state: State<'_, AppState>, path: String) -> Answer<()> {
    use tauri_plugin_opener::OpenerExt;
    if !state.wrote(&path) {
        return printed(&state, Err(PrintError::NotOurs(path)));
    }
    printed(&state, app.opener().open_path(&path, None::<&str>).map_err(|e| PrintError::Printer(e.to_string())))
}

#[tauri::command]
pub fn notices_print(state: State<'_, AppState>, path: String) -> Answer<()> {
    printed(&state, state.print_file(&path))
}

/// Asks the hub for a newer signed build; the UI calls it once the first page is up.
#[tauri::command]
pub async fn update_check<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    updates: State<'_, Updates>,
) -> Answer<UpdateView> {
    Ok(updates.check(&app, &state).await)
}

/// Installs the update the last check found and restarts into it.
#[tauri::command]
pub async fn update_install<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    updates: State<'_, Updates>,
) -> Answer<()> {
    updates.install(&app).await.map_err(|error| CommandError::from_update(&error, &state.localizer()))
}

/// The UI's first page has been painted. The start-up benchmark (bench/startup) times launches by this mark, which
/// is printed only when it asks for it.
#[tauri::command]
pub fn app_painted() {
    if std::env::var_os(PAINT_MARK_ENV).is_some() {
        println!("pathfinder-painted");
    }
}
