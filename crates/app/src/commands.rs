//! Every command the UI may call, each declared once (see `macros.rs` for what the declaration gives).
//! A command parses its input, calls one operation of the app's state and answers; long ones run off the async
//! workers.

use std::marker::PhantomData;
use std::path::Path;
use std::sync::Arc;

use pathfinder_l10n::Sources;
use pathfinder_notices::documents::Kind;
use pathfinder_notices::documents::mailing::Layout;
use pathfinder_notices::patients::{MappingEntry, PunjabiScript};
use pathfinder_readiness::{
    ChecklistView, FormsDayInput, OnboardingInput, Readiness, SearchInput, TaskChange, Workload,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::desktop::UpdateView;
use crate::error::{BadArguments, Failure};
use crate::log_lines;
use crate::mailout::{FileChoice, LettersFolder, MadeFile};
use crate::notices::{
    AcknowledgementsReport, LetterGrouping, LettersProgress, LettersReport, ListView, MadeNotice, MailoutRequest,
    NoticeOptions, PrintError, parse_batch_size, parse_letter_date,
};
use crate::objections::ObjectionsPage;
use crate::practice::{PracticeView, TaskPage};
use crate::reporting::{HubView, Preview, WindowNotice};
use crate::state::AppState;
use pathfinder_store::HubMessage;

/// What every command works on: the app's state and what only the shell it runs in can do.
pub struct App<D> {
    pub state: AppState,
    pub desktop: D,
}

/// Where a command's progress goes: the shell's channel to the page.
pub type ProgressSink = Arc<dyn Fn(Value) + Send + Sync>;

/// A command's progress reports of type `T`; with no sink (a transport without one) they go nowhere.
pub struct Progress<T> {
    sink: Option<ProgressSink>,
    of: PhantomData<fn(T)>,
}

impl<T: Serialize> Progress<T> {
    pub fn new(sink: Option<ProgressSink>) -> Self {
        Self { sink, of: PhantomData }
    }

    pub fn send(&self, value: T) {
        if let Some(sink) = &self.sink {
            sink(serde_json::to_value(value).expect("progress serialises"));
        }
    }
}

/// A command's argument `name` (as the Rust side spells it), read from the JSON by its camelCase name; an argument
/// left out reads as `null`, which an `Option` takes as `None`.
pub fn argument<T: DeserializeOwned>(args: &Value, name: &str) -> Result<T, Failure> {
    let key = camel_case(name);
    T::deserialize(args.get(&key).unwrap_or(&Value::Null))
        .map_err(|error| BadArguments { name: key, reason: error.to_string() }.into())
}

/// `hub_url` as the page spells it: `hubUrl`.
pub fn camel_case(name: &str) -> String {
    let mut parts = name.split('_');
    let first = parts.next().unwrap_or_default().to_owned();
    parts.fold(first, |mut out, part| {
        let mut chars = part.chars();
        if let Some(initial) = chars.next() {
            out.extend(initial.to_uppercase());
            out.push_str(chars.as_str());
        }
        out
    })
}

/// The file or folder the manager chooses: the test hook's answer where the configuration has one, else the system's
/// own dialog.
async fn choose<D: crate::Desktop>(app: &App<D>, choice: FileChoice) -> Option<std::path::PathBuf> {
    match &app.state.config().file_choices {
        Some(choices) => choices.next(),
        None => app.desktop.choose(choice).await,
    }
}

/// A letters run as the page asks for it, each field checked (the limit of surnames remembered).
#[allow(clippy::too_many_arguments)]
fn mailout_request<D>(
    app: &App<D>,
    households: bool,
    max_surnames: &str,
    english_only: bool,
    letter_date: &str,
    split: bool,
    batch_size: &str,
    double_sided: bool,
) -> Result<MailoutRequest, Failure> {
    let dated = parse_letter_date(letter_date)?;
    let batch = parse_batch_size(batch_size)?;
    let max_surnames = app.state.set_max_surnames(max_surnames)?;
    Ok(MailoutRequest {
        grouping: LetterGrouping { by_household: households, max_surnames, english_only },
        dated,
        layout: Layout { by_language: split, batch },
        double_sided,
    })
}

/// Runs blocking work (PDFs, thousands of letters) on a thread of its own, so the async workers stay free.
async fn blocking<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    tokio::task::spawn_blocking(work).await.expect("blocking work does not panic")
}

commands! {
    /// The Fluent sources for the current language, its fallbacks, and the languages on offer.
    fn l10n_sources(app) -> Sources {
        Ok(app.state.sources())
    }

    /// Switches the UI language at once and remembers it across restarts.
    fn set_language(app, code: String) -> Sources {
        Ok(app.state.set_language(&code)?)
    }

    /// The practice as onboarding saved it, or nothing before onboarding.
    fn practice_get(app) -> Option<PracticeView> {
        Ok(app.state.practice()?)
    }

    /// Saves the onboarding form once every field is valid; else names each field to correct.
    fn practice_save(app, form: OnboardingInput) -> PracticeView {
        Ok(app.state.save_practice(&form)?)
    }

    fn checklist_get(app) -> ChecklistView {
        Ok(app.state.checklist(app.state.today())?)
    }

    fn task_get(app, id: String) -> TaskPage {
        Ok(app.state.task(&id, app.state.today())?)
    }

    fn task_save(app, id: String, change: TaskChange) -> TaskPage {
        Ok(app.state.save_task(&id, &change, app.state.today())?)
    }

    fn workload_get(app) -> Workload {
        Ok(app.state.workload(app.state.today())?)
    }

    fn readiness_get(app) -> Readiness {
        Ok(app.state.readiness(app.state.today())?)
    }

    /// The returned forms, the searches, the forecast and what stands in the way of the extract.
    fn objections_get(app) -> ObjectionsPage {
        Ok(app.state.objections_page(app.state.today())?)
    }

    /// One day's returned forms, replacing that day's entry.
    fn forms_save(app, input: FormsDayInput) -> ObjectionsPage {
        Ok(app.state.save_forms_day(&input, app.state.today())?)
    }

    fn forms_delete(app, date: String) -> ObjectionsPage {
        Ok(app.state.delete_forms_day(&date, app.state.today())?)
    }

    /// Takes back the latest forms entry.
    fn forms_undo(app) -> ObjectionsPage {
        Ok(app.state.undo_forms(app.state.today())?)
    }

    /// A search's totals, replacing a search of the same date.
    fn search_save(app, input: SearchInput) -> ObjectionsPage {
        Ok(app.state.save_search(&input, app.state.today())?)
    }

    fn search_delete(app, date: String) -> ObjectionsPage {
        Ok(app.state.delete_search(&date, app.state.today())?)
    }

    /// Saves a backup of the practice's state in the documents folder and gives its path.
    fn backup_export(app) -> String {
        Ok(app.state.export_backup(&app.state.config().documents_dir)?)
    }

    /// Replaces the practice's state with a backup's text, chosen by the manager.
    fn backup_import(app, json: String) -> PracticeView {
        Ok(app.state.import_backup(&json)?)
    }

    /// The hub the practice reports to, whether it is enrolled, and every submission with its state.
    fn hub_get(app) -> HubView {
        Ok(app.state.hub()?)
    }

    /// Exchanges the regional team's one-time code for the practice's token.
    fn hub_enrol(app, hub_url: String, code: String) -> HubView {
        Ok(app.state.enrol(&hub_url, &code).await?)
    }

    fn hub_unenrol(app) -> HubView {
        Ok(app.state.unenrol()?)
    }

    fn hub_set_auto_submit(app, enabled: bool) -> HubView {
        Ok(app.state.set_auto_submit(enabled)?)
    }

    /// Pulls the central settings now; the answer says whether the window moved.
    fn hub_pull_config(app) -> Option<WindowNotice> {
        Ok(app.state.pull_config().await?)
    }

    /// The regional team's messages the manager has not yet said they have read, oldest first.
    fn messages_get(app) -> Vec<HubMessage> {
        Ok(app.state.messages()?)
    }

    /// The manager has read the message: kept at once, and the hub told (now, or at the next settings pull).
    fn message_acknowledge(app, id: u32) -> Vec<HubMessage> {
        Ok(app.state.acknowledge_message(id.into()).await?)
    }

    /// Builds a submission for the manager to read: its exact text and its figures in plain terms.
    fn submission_preview(app) -> Preview {
        Ok(app.state.preview()?)
    }

    /// Queues the previewed submission, byte for byte; the outbox sends it.
    fn submission_send(app, submission_id: String) -> HubView {
        Ok(app.state.send_previewed(&submission_id)?)
    }

    fn outbox_retry_now(app) -> HubView {
        Ok(app.state.retry_now()?)
    }

    /// The notices' languages and kinds, and the largest patient list the page may send.
    fn notices_options(app) -> NoticeOptions {
        Ok(app.state.notice_options())
    }

    /// Makes one notice into the documents folder and gives its path.
    fn notices_make(app, kind: Kind, language: String, large_print: bool) -> MadeNotice {
        let state = app.state.clone();
        let made = log_lines::notice_made(kind.as_str(), &language, large_print);
        let path = blocking(move || {
            let config = state.config();
            state.make_notice(kind, &language, large_print, &config.documents_dir, &config.fonts)
        })
        .await?;
        log::info!("{made}");
        Ok(MadeNotice { path })
    }

    /// Asks the manager for the patient list with the system's file dialog, reads it (here, in Rust) and holds it in
    /// memory only; null when the dialog was closed.
    fn notices_list_choose(app) -> Option<ListView> {
        let Some(path) = choose(app, FileChoice::OpenList { folder: None }).await else { return Ok(None) };
        let state = app.state.clone();
        Ok(Some(blocking(move || state.read_list_file(&path)).await?))
    }

    /// Reads the held list again with the manager's corrected columns.
    fn notices_list_map(app, mapping: Vec<MappingEntry>) -> ListView {
        Ok(app.state.map_list(mapping)?)
    }

    fn notices_list_forget(app) -> () {
        app.state.forget_list();
        Ok(())
    }

    /// The held list's counts again with another limit of surnames for a household (the field's text, checked and
    /// remembered).
    fn notices_list_group(app, max_surnames: String) -> ListView {
        Ok(app.state.group_list(&max_surnames)?)
    }

    /// Remembers the script of the letters for a plain "Punjabi" in the list's language column, and gives the held
    /// list's counts again, read in that script (null when no list is held).
    fn notices_punjabi_script(app, script: PunjabiScript) -> Option<ListView> {
        Ok(app.state.set_punjabi_script(script)?)
    }

    /// The proof of the held list's letters: one of each language, print size and sort, marked as a proof, dated
    /// `letter_date` (`2026-03-02`), saved in the letters folder.
    fn notices_proof(app, households: bool, max_surnames: String, english_only: bool, letter_date: String) -> MadeFile {
        let request = mailout_request(app, households, &max_surnames, english_only, &letter_date, false, "", true)?;
        let state = app.state.clone();
        let file = blocking(move || state.make_proof(request, &state.config().fonts)).await?;
        log::info!("{}", log_lines::proof_made(file.letters as usize, file.pages as usize));
        Ok(file)
    }

    /// Makes the letters for the held list, reporting how far it has got; `notices_cancel` stops it. With
    /// `households`, an address with more than `max_surnames` surnames (the field's text) is not grouped. With
    /// `english_only`, every letter is in English whatever the list's language column says. Dated `letter_date`, in
    /// postcode order, one file per language and print size with `split`, at most `batch_size` letters a file (the
    /// field's text; empty for no batches), padded to whole sheets when `double_sided`; with the address file.
    fn notices_letters(
        app,
        households: bool,
        max_surnames: String,
        english_only: bool,
        letter_date: String,
        split: bool,
        batch_size: String,
        double_sided: bool;
        progress: LettersProgress
    ) -> LettersReport {
        let request =
            mailout_request(app, households, &max_surnames, english_only, &letter_date, split, &batch_size, double_sided)?;
        let state = app.state.clone();
        let report = blocking(move || {
            let config = state.config();
            state.letters_with_progress(request, &config.fonts, |done| progress.send(done))
        })
        .await?;
        log::info!("{}", log_lines::letters_made(&report.counts, report.split_addresses, report.problems.len()));
        log::info!("{}", log_lines::mailout_files(report.files.len()));
        Ok(report)
    }

    /// Asks the manager for the folder to save letters in with the system's dialog (starting at the current one);
    /// an empty answer (the dialog closed) keeps it. `own` goes back to the app's own folder.
    fn notices_folder_choose(app, own: bool) -> LettersFolder {
        if own {
            return Ok(app.state.set_letters_folder(None)?);
        }
        match choose(app, FileChoice::SaveFolder { folder: app.state.letters_folder() }).await {
            Some(folder) => Ok(app.state.set_letters_folder(Some(&folder))?),
            None => Ok(app.state.letters_folder_view()),
        }
    }

    /// The manager says a letters file was printed or handed to the mailing house: its letters are counted, once.
    fn notices_printed(app, id: String) -> Vec<MadeFile> {
        let files = app.state.confirm_printed(&id)?;
        log::info!("{}", log_lines::batch_confirmed());
        Ok(files)
    }

    /// The files of mail-outs still on disk.
    fn notices_made(app) -> Vec<MadeFile> {
        Ok(app.state.made_files())
    }

    /// Deletes every file of the mail-outs the app made; gives those it could not delete.
    fn notices_delete_letters(app) -> Vec<MadeFile> {
        let left = app.state.delete_letters();
        log::info!("{}", log_lines::letters_deleted(left.len()));
        Ok(left)
    }

    /// Asks the manager for the export of patients whose objection forms were coded (the system's file dialog), and
    /// makes an acknowledgement letter for each, dated `letter_date`, into the letters folder; null when the dialog
    /// was closed. The export is read in memory only.
    fn notices_acknowledgements(app, letter_date: String) -> Option<AcknowledgementsReport> {
        let dated = parse_letter_date(&letter_date)?;
        let Some(path) = choose(app, FileChoice::OpenList { folder: None }).await else { return Ok(None) };
        let state = app.state.clone();
        let report = blocking(move || state.make_acknowledgements(&path, dated, &state.config().fonts)).await?;
        log::info!("{}", log_lines::acknowledgements_made(report.counts.letters, report.counts.pages));
        Ok(Some(report))
    }

    fn notices_cancel(app) -> () {
        app.state.cancel_letters();
        Ok(())
    }

    /// "Open to print": opens a file the app made with the system's viewer (whose print dialog chooses the printer,
    /// both sides and copies); any other file is refused.
    fn notices_open(app, path: String) -> () {
        if !app.state.wrote(&path) {
            return Err(PrintError::NotOurs(path).into());
        }
        app.desktop.open(Path::new(&path)).map_err(PrintError::Printer)?;
        Ok(())
    }

    /// Quick print: sends a PDF the app made to the default printer as it is.
    fn notices_print(app, path: String) -> () {
        app.state.print_file(&path)?;
        log::info!("{}", log_lines::printed());
        Ok(())
    }

    /// Asks the hub for a newer signed build; the UI calls it once the first page is up.
    fn update_check(app) -> UpdateView {
        Ok(app.desktop.check_update(app.state.update_hub()).await)
    }

    /// Installs the update the last check found and restarts into it.
    fn update_install(app) -> () {
        Ok(app.desktop.install_update().await?)
    }

    /// The UI's first page has been painted: the start-up benchmark times launches by the mark this prints when
    /// the configuration asks for it.
    fn app_painted(app) -> () {
        if app.state.config().paint_mark {
            println!("pathfinder-painted");
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argument_names_are_read_as_the_page_spells_them() {
        assert_eq!(camel_case("hub_url"), "hubUrl");
        assert_eq!(camel_case("l10n_sources"), "l10nSources");
        assert_eq!(camel_case("code"), "code");
        let args = serde_json::json!({ "hubUrl": "https://hub.example", "size": 7 });
        assert_eq!(argument::<String>(&args, "hub_url").unwrap(), "https://hub.example");
        assert_eq!(argument::<Option<u64>>(&args, "size").unwrap(), Some(7));
        assert_eq!(argument::<Option<u64>>(&args, "missing").unwrap(), None);
        let refused = argument::<bool>(&args, "hub_url").unwrap_err().explain();
        assert_eq!(refused.code, "bad-arguments");
        assert!(refused.message.args[0].1.starts_with("hubUrl: "), "{refused:?}");
    }

    #[test]
    fn every_command_is_named_once() {
        let mut names = NAMES.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), NAMES.len());
    }
}
