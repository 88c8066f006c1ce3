//! Updates of the app itself, served by the hub the practice reports to (`GET /api/v1/app-updates/…`) and checked
//! against the public key in tauri.conf.json, so a hub can offer only builds signed with the release key.
//!
//! tauri.conf.json lets the updater plugin use plain HTTP (`dangerousInsecureTransportProtocol`) only because this
//! module applies the outbox's own rule first, to the hub and to the installer's address alike: HTTPS, or plain HTTP
//! to this machine. The plugin's rule alone would forbid a hub on loopback, which the tests and a single-PC pilot use.

use std::sync::Mutex;

use pathfinder_client::{HubClient, HubUrlError};
use serde::Serialize;
use tauri::{AppHandle, Runtime, Url};
use tauri_plugin_updater::{Update, UpdaterExt};

use crate::AppState;
use crate::reporting::HUB_URL_ENV;
use crate::settings::Settings;

/// The path the updater asks, with the placeholders tauri-plugin-updater fills in.
const UPDATE_PATH: &str = "api/v1/app-updates/{{target}}/{{arch}}/{{bundle_type}}/{{current_version}}";

/// A hub that does not answer must not hold up the page: the check gives up and offers nothing.
const CHECK_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);

/// What the UI shows: the running version, and a newer one when the hub offers it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct UpdateView {
    pub current: String,
    pub available: Option<String>,
    pub notes: Option<String>,
}

/// The update found by the last check, kept until the manager asks for it to be installed.
#[derive(Default)]
pub struct Updates {
    pending: Mutex<Option<Update>>,
}

#[derive(Debug, thiserror::Error)]
pub enum UpdateError {
    #[error("no update is waiting to be installed")]
    NoneWaiting,
    #[error("the update could not be installed: {0}")]
    Install(#[from] tauri_plugin_updater::Error),
}

/// The update address of a hub, under the same rule as its reports: HTTPS, or plain HTTP only on this machine.
pub fn update_endpoint(hub: &str) -> Result<Url, HubUrlError> {
    let client = HubClient::new(hub)?;
    let base = format!("{}/", client.address().trim_end_matches('/'));
    Url::parse(&base).and_then(|base| base.join(UPDATE_PATH)).map_err(|_| HubUrlError::NotAUrl(hub.to_owned()))
}

/// The hub to ask: the one the practice enrolled with, else the one its IT department set for the app.
fn hub_address(state: &AppState) -> Option<String> {
    let enrolled = Settings::load(state.data_dir()).ok().and_then(|settings| settings.hub_url);
    enrolled.or_else(|| std::env::var(HUB_URL_ENV).ok().filter(|url| !url.trim().is_empty()))
}

impl Updates {
    /// Asks the hub whether a newer signed build exists. Being offline or having no hub is not an error the
    /// manager can act on: the answer is then simply "none".
    pub async fn check<R: Runtime>(&self, app: &AppHandle<R>, state: &AppState) -> UpdateView {
        let current = app.package_info().version.to_string();
        let none = UpdateView { current: current.clone(), available: None, notes: None };
        let Some(endpoint) = hub_address(state).and_then(|hub| update_endpoint(&hub).ok()) else {
            return none;
        };
        let checked = match app.updater_builder().endpoints(vec![endpoint]) {
            Ok(builder) => match builder.timeout(CHECK_TIMEOUT).build() {
                Ok(updater) => updater.check().await,
                Err(error) => Err(error),
            },
            Err(error) => Err(error),
        };
        match checked {
            Ok(Some(update)) if HubClient::new(update.download_url.as_str()).is_err() => {
                eprintln!("pathfinder: an update was refused: its installer is not offered over HTTPS");
                none
            }
            Ok(Some(update)) => {
                let view = UpdateView { current, available: Some(update.version.clone()), notes: update.body.clone() };
                *self.pending.lock().expect("update lock") = Some(update);
                view
            }
            Ok(None) => none,
            Err(error) => {
                eprintln!("pathfinder: the update check failed: {error}");
                none
            }
        }
    }

    /// Downloads the waiting update, checks its signature, installs it and starts the new version. A failure keeps
    /// the update waiting, so the manager can try again.
    pub async fn install<R: Runtime>(&self, app: &AppHandle<R>) -> Result<(), UpdateError> {
        let update = self.pending.lock().expect("update lock").clone().ok_or(UpdateError::NoneWaiting)?;
        update.download_and_install(|_, _| {}, || {}).await?;
        self.pending.lock().expect("update lock").take();
        app.restart()
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
