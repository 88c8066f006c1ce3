//! What only the desktop can do, for the app's commands: the system's Open and folder dialogs (tauri-plugin-dialog),
//! open a file with the system's viewer (tauri-plugin-opener)
//! and update the app itself from the hub the practice reports to (`GET /api/v1/app-updates/…`), checked against
//! the public key in tauri.conf.json, so a hub can offer only builds signed with the release key.
//!
//! The installer's signature covers its bytes, not the version the manifest claims for it: a hub (or whoever controls
//! `latest.json`) could offer an old, genuinely signed build as "99.0.0". So every platform's entry also carries
//! `versionSignature`, the release key's signature of the version and the installer's own signature
//! ([`pathfinder_app::update`]). The check offers nothing whose version is unsigned, signed for another installer or
//! not newer than the running one, and the install checks it again before anything is downloaded.
//!
//! tauri.conf.json lets the updater plugin use plain HTTP (`dangerousInsecureTransportProtocol`) only because this
//! module applies the outbox's own rule first, to the hub and to the installer's address alike: HTTPS, or plain HTTP
//! to this machine. The plugin's rule alone would forbid a hub on loopback, which the tests and a single-PC pilot use.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use pathfinder_app::{Desktop, FileChoice, UpdateError, UpdateView, log_lines, update};
use pathfinder_client::{HubClient, HubUrlError};
use tauri::{AppHandle, Manager, Runtime, Url};
use tauri_plugin_dialog::{DialogExt, FilePath};
use tauri_plugin_opener::OpenerExt;
use tauri_plugin_updater::{Update, UpdaterExt};

/// The path the updater asks, with the placeholders tauri-plugin-updater fills in.
const UPDATE_PATH: &str = "api/v1/app-updates/{{target}}/{{arch}}/{{bundle_type}}/{{current_version}}";

/// A hub that does not answer must not hold up the page: the check gives up and offers nothing.
const CHECK_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);

pub struct TauriDesktop<R: Runtime> {
    app: AppHandle<R>,
    /// The update found by the last check, kept until the manager asks for it to be installed.
    pending: Mutex<Option<Update>>,
}

impl<R: Runtime> TauriDesktop<R> {
    pub fn new(app: AppHandle<R>) -> Self {
        Self { app, pending: Mutex::new(None) }
    }
}

/// The release key the app was built with (tauri.conf.json's `plugins.updater.pubkey`).
fn release_key<R: Runtime>(app: &AppHandle<R>) -> Option<&str> {
    app.config().plugins.0.get("updater").and_then(|u| u.get("pubkey")).and_then(|k| k.as_str())
}

/// Whether the running app may offer and install `update`: the one check ([`update::vet_offer`]) the update check
/// and the install both make.
fn vet<R: Runtime>(app: &AppHandle<R>, update: &Update) -> Result<(), update::Refusal> {
    let offer = update::Offer {
        version: &update.version,
        installer_signature: &update.signature,
        version_signature: update.raw_json.get("versionSignature").and_then(|s| s.as_str()),
    };
    update::vet_offer(release_key(app), &app.package_info().version.to_string(), &offer)
}

/// The update address of a hub, under the same rule as its reports: HTTPS, or plain HTTP only on this machine.
pub fn update_endpoint(hub: &str) -> Result<Url, HubUrlError> {
    let client = HubClient::new(hub)?;
    let base = format!("{}/", client.address().trim_end_matches('/'));
    Url::parse(&base).and_then(|base| base.join(UPDATE_PATH)).map_err(|_| HubUrlError::NotAUrl(hub.to_owned()))
}

impl<R: Runtime> Desktop for TauriDesktop<R> {
    fn open(&self, path: &Path) -> Result<(), String> {
        self.app.opener().open_path(path.to_string_lossy(), None::<&str>).map_err(|error| error.to_string())
    }

    /// The system's own dialog (tauri-plugin-dialog, from Rust: the UI is granted none of its permissions), over the
    /// main window; its answer is a path the app then reads or writes itself.
    async fn choose(&self, choice: FileChoice) -> Option<PathBuf> {
        let (answer, answered) = tokio::sync::oneshot::channel();
        let mut dialog = self.app.dialog().file();
        if let Some(window) = self.app.get_webview_window("main") {
            dialog = dialog.set_parent(&window);
        }
        let send = move |path: Option<FilePath>| {
            let _ = answer.send(path.and_then(|path| path.into_path().ok()));
        };
        match choice {
            FileChoice::OpenList { folder } => {
                dialog = dialog.add_filter("CSV", &["csv", "txt"]);
                if let Some(folder) = folder {
                    dialog = dialog.set_directory(folder);
                }
                dialog.pick_file(send);
            }
            FileChoice::SaveFolder { folder } => dialog.set_directory(folder).pick_folder(send),
        }
        answered.await.ok().flatten()
    }

    async fn check_update(&self, hub: Option<String>) -> UpdateView {
        let current = self.app.package_info().version.to_string();
        let Some(endpoint) = hub.and_then(|hub| update_endpoint(&hub).ok()) else {
            return UpdateView::none(current);
        };
        let checked = match self.app.updater_builder().endpoints(vec![endpoint]) {
            Ok(builder) => match builder.timeout(CHECK_TIMEOUT).build() {
                Ok(updater) => updater.check().await,
                Err(error) => Err(error),
            },
            Err(error) => Err(error),
        };
        match checked {
            Ok(Some(update)) if HubClient::new(update.download_url.as_str()).is_err() => {
                log::warn!("{}", log_lines::update_refused_plain_http());
                UpdateView::none(current)
            }
            Ok(Some(update)) => match vet(&self.app, &update) {
                Ok(()) => {
                    log::info!("{}", log_lines::update_checked(&current, Some(&update.version)));
                    let view =
                        UpdateView { current, available: Some(update.version.clone()), notes: update.body.clone() };
                    *self.pending.lock().expect("update lock") = Some(update);
                    view
                }
                // Never shown as available: the install would refuse it.
                Err(refusal) => {
                    log::warn!("{}", log_lines::update_refused(&refusal));
                    self.pending.lock().expect("update lock").take();
                    UpdateView::none(current)
                }
            },
            Ok(None) => {
                log::info!("{}", log_lines::update_checked(&current, None));
                UpdateView::none(current)
            }
            Err(error) => {
                log::warn!("{}", log_lines::update_check_failed(&error.to_string()));
                UpdateView::none(current)
            }
        }
    }

    /// A failure keeps the update waiting, so the manager can try again.
    async fn install_update(&self) -> Result<(), UpdateError> {
        let update = self.pending.lock().expect("update lock").clone().ok_or(UpdateError::NoneWaiting)?;
        // Checked again, though the check offered it: what is installed is what this function vetted.
        vet(&self.app, &update).map_err(|refusal| {
            log::warn!("{}", log_lines::update_refused(&refusal));
            UpdateError::Install(match refusal {
                update::Refusal::NotNewer { .. } | update::Refusal::VersionUnreadable { .. } => refusal.to_string(),
                _ => format!("signature verification failed: {refusal}"),
            })
        })?;
        log::info!("{}", log_lines::update_installing(&update.version));
        update.download_and_install(|_, _| {}, || {}).await.map_err(|error| {
            log::warn!("{}", log_lines::update_install_failed(&error.to_string()));
            UpdateError::Install(error.to_string())
        })?;
        self.pending.lock().expect("update lock").take();
        self.app.restart()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_update_address_follows_the_hubs_transport_rule() {
        let https = update_endpoint("https://hub.example.nhs.uk/").unwrap();
        assert_eq!(
            https.as_str(),
            "https://hub.example.nhs.uk/api/v1/app-updates/%7B%7Btarget%7D%7D/%7B%7Barch%7D%7D/%7B%7Bbundle_type%7D%7D/%7B%7Bcurrent_version%7D%7D"
        );
        assert!(
            update_endpoint("http://127.0.0.1:8080").unwrap().as_str().starts_with("http://127.0.0.1:8080/api/v1/")
        );
        assert!(matches!(update_endpoint("http://hub.example.nhs.uk"), Err(HubUrlError::NotHttps(_))));
        assert!(update_endpoint("not a url").is_err());
    }
}
