//! What only the desktop shell can do: open a file with the system's viewer, and find and install updates of the
//! app itself. The commands reach them through this trait, so the commands are the same in the app and in the test
//! server the browser tests use (which has no viewer and nothing to update).

use std::future::Future;
use std::path::Path;

use serde::Serialize;

use crate::error::{Explained, UserError};

pub trait Desktop: Send + Sync + 'static {
    /// Opens a file the app wrote with the system's viewer.
    fn open(&self, path: &Path) -> Result<(), String>;
    /// Asks `hub` for a newer signed build. Offline or no hub is no error the manager can act on: the answer is
    /// then simply "none".
    fn check_update(&self, hub: Option<String>) -> impl Future<Output = UpdateView> + Send;
    /// Installs the update the last check found and restarts into it.
    fn install_update(&self) -> impl Future<Output = Result<(), UpdateError>> + Send;
    /// Asks the manager for a file or a folder with the system's own dialog; `None` when they close it. A desktop
    /// without dialogs (a test server) answers `None`.
    fn choose(&self, choice: crate::mailout::FileChoice) -> impl Future<Output = Option<std::path::PathBuf>> + Send {
        let _ = choice;
        async { None }
    }
}

/// What the UI shows: the running version, and a newer one when the hub offers it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct UpdateView {
    pub current: String,
    pub available: Option<String>,
    pub notes: Option<String>,
}

impl UpdateView {
    pub fn none(current: impl Into<String>) -> Self {
        Self { current: current.into(), available: None, notes: None }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum UpdateError {
    #[error("no update is waiting to be installed")]
    NoneWaiting,
    #[error("the update could not be installed: {0}")]
    Install(String),
}

impl UserError for UpdateError {
    fn explain(&self) -> Explained {
        match self {
            UpdateError::NoneWaiting => Explained::new("no-update-waiting", "app-update-error-none"),
            UpdateError::Install(reason) => {
                Explained::new("install-failed", "app-update-error-install").with("reason", reason.as_str())
            }
        }
    }
}
