//! What only the desktop can do, for the app's commands: open a file with the system's viewer (tauri-plugin-opener)
//! and update the app itself from the hub the practice reports to (`GET /api/v1/app-updates/…`), checked against
//! the public key in tauri.conf.json, so a hub can offer only builds signed with the release key.
//!
//! tauri.conf.json lets the updater plugin use plain HTTP (`dangerousInsecureTransportProtocol`) only because this
//! module applies the outbox's own rule first, to the hub and to the installer's address alike: HTTPS, or plain HTTP
//! to this machine. The plugin's rule alone would forbid a hub on loopback, which the tests and a single-PC pilot use.

use std::path::Path;
use std::sync::Mutex;

use pathfinder_app::{Desktop, UpdateError, UpdateView};
use pathfinder_client::{HubClient, HubUrlError};
use tauri::{AppHandle, Runtime, Url};
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
                eprintln!("pathfinder: an update was refused: its installer is not offered over HTTPS");
                UpdateView::none(current)
            }
            Ok(Some(update)) => {
                let view = UpdateView { current, available: Some(update.version.clone()), notes: update.body.clone() };
                *self.pending.lock().expect("update lock") = Some(update);
                view
            }
            Ok(None) => UpdateView::none(current),
            Err(error) => {
                eprintln!("pathfinder: the update check failed: {error}");
                UpdateView::none(current)
            }
        }
    }

    /// A failure keeps the update waiting, so the manager can try again.
    async fn install_update(&self) -> Result<(), UpdateError> {
        let update = self.pending.lock().expect("update lock").clone().ok_or(UpdateError::NoneWaiting)?;
        update.download_and_install(|_, _| {}, || {}).await.map_err(|error| UpdateError::Install(error.to_string()))?;
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
