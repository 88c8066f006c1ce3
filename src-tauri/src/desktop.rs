//! What only the desktop can do, for the app's commands: the system's Open and folder dialogs (tauri-plugin-dialog),
//! open a file with the system's viewer (tauri-plugin-opener)
//! and update the app itself from the hub the practice reports to (`GET /api/v1/app-updates/…`), checked against
//! the public key in tauri.conf.json, so a hub can offer only builds signed with the release key.
//!
//! The installer's signature covers its bytes, not the version the manifest claims for it: a hub (or whoever controls
//! `latest.json`) could offer an old, genuinely signed build as "99.0.0". So every platform's entry also carries
//! `versionSignature`, the release key's signature of [`version_statement`] (the version and the installer's own
//! signature), and nothing is installed without it.
//!
//! tauri.conf.json lets the updater plugin use plain HTTP (`dangerousInsecureTransportProtocol`) only because this
//! module applies the outbox's own rule first, to the hub and to the installer's address alike: HTTPS, or plain HTTP
//! to this machine. The plugin's rule alone would forbid a hub on loopback, which the tests and a single-PC pilot use.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use pathfinder_app::{Desktop, FileChoice, UpdateError, UpdateView, log_lines};
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

/// What the release key signs for each installer besides the installer itself: the version it is, bound to that
/// installer by the installer's own signature.
pub fn version_statement(version: &str, installer_signature: &str) -> String {
    format!("pathfinder {version}\n{installer_signature}\n")
}

/// Whether `version_signature` is the release key's (`public_key`, as tauri.conf.json holds it: base64 of minisign's
/// public key file) signature of the statement for this version and installer.
pub fn verify_version(
    public_key: &str,
    version: &str,
    installer_signature: &str,
    version_signature: &str,
) -> Result<(), String> {
    use base64::Engine;
    let text = |base64: &str| {
        let bytes = base64::engine::general_purpose::STANDARD.decode(base64.trim()).map_err(|e| e.to_string())?;
        String::from_utf8(bytes).map_err(|e| e.to_string())
    };
    let key = minisign_verify::PublicKey::decode(&text(public_key)?).map_err(|e| format!("the public key: {e}"))?;
    let signature = minisign_verify::Signature::decode(&text(version_signature)?)
        .map_err(|e| format!("the version signature: {e}"))?;
    key.verify(version_statement(version, installer_signature).as_bytes(), &signature, false)
        .map_err(|_| format!("version {version} is not what the release key signed for this installer"))
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
            Ok(Some(update)) => {
                log::info!("{}", log_lines::update_checked(&current, Some(&update.version)));
                let view = UpdateView { current, available: Some(update.version.clone()), notes: update.body.clone() };
                *self.pending.lock().expect("update lock") = Some(update);
                view
            }
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
        let public_key =
            self.app.config().plugins.0.get("updater").and_then(|u| u.get("pubkey")).and_then(|k| k.as_str());
        let version_signature = update.raw_json.get("versionSignature").and_then(|s| s.as_str());
        let checked = match (public_key, version_signature) {
            (Some(key), Some(signature)) => verify_version(key, &update.version, &update.signature, signature),
            (None, _) => Err("the app has no release key to check it with".to_owned()),
            (_, None) => Err("its version is not signed".to_owned()),
        };
        checked.map_err(|why| {
            log::warn!("{}", log_lines::update_install_failed(&format!("signature verification failed: {why}")));
            UpdateError::Install(format!("signature verification failed: {why}"))
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

    /// A throwaway key's public half and its signature of `version_statement("0.2.0", "installer-signature")`, made
    /// with `tauri signer sign` (the release workflow's tool).
    const TEST_KEY: &str = "dW50cnVzdGVkIGNvbW1lbnQ6IG1pbmlzaWduIHB1YmxpYyBrZXk6IDAxRjZBMDVDOUI1QUZCRDIKUldUUysxcWJYS0QyQVhGc1BOQWxjemFtQUlBL3pnTzcyOTdkQlIvMkZMb1dtWVo0Qks2MW1YYkcK";
    const SIGNED_0_2_0: &str = "dW50cnVzdGVkIGNvbW1lbnQ6IHNpZ25hdHVyZSBmcm9tIHRhdXJpIHNlY3JldCBrZXkKUlVUUysxcWJYS0QyQVllWU91L3JldXp0dVE5Y1RuUjFMemo5bkxEUlNyWTVPd1Rub3JiRnZMb3F3d1FjeDBLMUhCVDJkMmFkdnFnVEprU05vSzROR3Z0a0JQMmloRWVSY3dzPQp0cnVzdGVkIGNvbW1lbnQ6IHRpbWVzdGFtcDoxNzk2NTkxNDkwCWZpbGU6c3RhdGVtZW50CkZtMWZlV2VEK2pzYVJGNTZxNXo4NzJ4dHB3d0pBZ0tHdDQ2TFR0cHBaaUFEQlBVYzVqS3NCNGNLTHdob3U4ZlozcVlMM3FlbVZBeHpKbDJlK0EzeUNnPT0K";

    #[test]
    fn the_version_an_update_claims_must_be_the_one_signed_for_its_installer() {
        assert_eq!(verify_version(TEST_KEY, "0.2.0", "installer-signature", SIGNED_0_2_0), Ok(()));
        let relabelled = verify_version(TEST_KEY, "99.0.0", "installer-signature", SIGNED_0_2_0).unwrap_err();
        assert!(relabelled.contains("99.0.0"), "{relabelled}");
        assert!(verify_version(TEST_KEY, "0.2.0", "another-installer", SIGNED_0_2_0).is_err(), "another installer");
        assert!(verify_version(TEST_KEY, "0.2.0", "installer-signature", "not base64!").is_err());
    }

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
