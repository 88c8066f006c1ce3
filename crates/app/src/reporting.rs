//! Reporting readiness to the hub: enrolment, a preview of exactly what will be sent, the outbox that sends it
//! (retrying until the hub answers), and the central settings pulled down from the hub.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use pathfinder_client::{HubClient, HubUrlError, SendError, backoff};
use pathfinder_protocol::build_submission;
use pathfinder_readiness::{Checklist, FairProcessingWindow};
use pathfinder_store::{Origin, StoreError, SubmissionRecord};
use serde::Serialize;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use tokio::sync::Notify;

use crate::AppState;
use crate::credentials::{CredentialError, Credentials, TokenPlace};
use crate::error::{Explained, UserError};
use crate::log_lines;
use crate::practice::PracticeError;
use crate::settings::{Settings, SettingsError};
use crate::summary::SubmissionSummary;

/// The shortest spacing of automatic submissions.
pub const AUTOMATIC_SPACING: time::Duration = time::Duration::minutes(15);
/// How often the central settings are pulled while the app runs.
pub const CONFIG_INTERVAL: Duration = Duration::from_secs(4 * 60 * 60);
/// The longest the outbox sleeps without looking again.
const IDLE: Duration = Duration::from_secs(60 * 60);
/// Who the change log names for a change made by the regional team.
pub const REGIONAL_TEAM: &str = "regional team (hub)";

#[derive(Debug, thiserror::Error)]
pub enum ReportingError {
    #[error(transparent)]
    Url(#[from] HubUrlError),
    #[error("no enrolment code given")]
    CodeRequired,
    #[error("the practice is not enrolled with a hub")]
    NotEnrolled,
    #[error("nothing previewed with that id; preview again")]
    NoPreview,
    #[error(transparent)]
    Hub(#[from] SendError),
    #[error("the hub sent a window that is not valid")]
    BadCentralWindow,
    #[error(transparent)]
    Credential(#[from] CredentialError),
    #[error(transparent)]
    Settings(#[from] SettingsError),
    #[error(transparent)]
    Practice(#[from] PracticeError),
}

impl UserError for ReportingError {
    fn explain(&self) -> Explained {
        match self {
            ReportingError::Url(error @ HubUrlError::NotHttps(_)) => {
                Explained::field(error.code(), "hubUrl", "reporting-error-url-https")
            }
            ReportingError::Url(error) => Explained::field(error.code(), "hubUrl", "reporting-error-url-format"),
            ReportingError::CodeRequired => {
                Explained::field("enrolment-code-required", "enrolmentCode", "reporting-error-code-required")
            }
            ReportingError::Hub(SendError::Refused { body, .. }) => match body.code.as_str() {
                "enrolment-code-unknown" => {
                    Explained::field("enrolment-code-unknown", "enrolmentCode", "reporting-error-code-unknown")
                }
                "enrolment-code-expired" => {
                    Explained::field("enrolment-code-expired", "enrolmentCode", "reporting-error-code-expired")
                }
                "enrolment-code-used" => {
                    Explained::field("enrolment-code-used", "enrolmentCode", "reporting-error-code-used")
                }
                "too-many-attempts" => {
                    Explained::field("too-many-attempts", "enrolmentCode", "reporting-error-too-many-attempts")
                }
                "address-redirected" => Explained::field("address-redirected", "hubUrl", "reporting-error-redirected"),
                _ => Explained::new("refused-by-hub", "reporting-error-refused").with("reason", body.message.as_str()),
            },
            ReportingError::Hub(SendError::Retry { reason, .. }) => {
                Explained::new("unreachable", "reporting-error-unreachable").with("reason", reason.as_str())
            }
            ReportingError::NotEnrolled => Explained::new("not-enrolled", "reporting-error-not-enrolled"),
            ReportingError::NoPreview => Explained::new("no-preview", "reporting-error-no-preview"),
            ReportingError::BadCentralWindow => Explained::new("bad-central-window", "reporting-error-bad-window"),
            ReportingError::Credential(error) => {
                Explained::new("token-unsaved", "reporting-error-token-unsaved").with("reason", error.0.as_str())
            }
            ReportingError::Settings(_) => Explained::new("settings-unsaved", "error-settings-unsaved"),
            ReportingError::Practice(error) => error.explain(),
        }
    }
}

impl From<StoreError> for ReportingError {
    fn from(error: StoreError) -> Self {
        Self::Practice(PracticeError::Store(error))
    }
}

/// The regional team moved the window: what it was and what it is, for the manager to see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct WindowNotice {
    pub previous: FairProcessingWindow,
    pub current: FairProcessingWindow,
    pub at: String,
}

/// Everything the reporting page shows.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct HubView {
    pub hub_url: Option<String>,
    /// The address to offer in the enrolment form, set where the IT team deploys the app.
    pub suggested_hub_url: Option<String>,
    pub enrolled: bool,
    pub token_place: Option<TokenPlace>,
    pub auto_submit: bool,
    pub window_notice: Option<WindowNotice>,
    pub submissions: Vec<SubmissionRecord>,
}

/// A submission built for the manager to read: the JSON is the exact text that will be sent, the summary its
/// figures in plain terms.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "SubmissionPreview"))]
#[serde(rename_all = "camelCase")]
pub struct Preview {
    pub submission_id: String,
    pub json: String,
    pub summary: SubmissionSummary,
}

/// The reporting side of the app's state, shared with the outbox task.
pub struct Reporting {
    credentials: Credentials,
    token: Mutex<Option<(String, TokenPlace)>>,
    auto_submit: AtomicBool,
    automatic_pending: AtomicBool,
    wake: Notify,
    preview: Mutex<Option<Preview>>,
    window_notice: Mutex<Option<WindowNotice>>,
}

impl Reporting {
    pub fn new(credentials: Credentials, settings: &Settings) -> Self {
        let token = if settings.hub_url.is_some() { credentials.load() } else { None };
        Self {
            credentials,
            token: Mutex::new(token),
            auto_submit: AtomicBool::new(settings.auto_submit),
            automatic_pending: AtomicBool::new(false),
            wake: Notify::new(),
            preview: Mutex::new(None),
            window_notice: Mutex::new(None),
        }
    }
}

fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// A count of printed notices as the wire carries it; a kind or variant the wire does not know is left out.
fn notice_count(printed: pathfinder_store::Printed) -> Option<pathfinder_protocol::NoticeCount> {
    let text = |value: &str| serde_json::Value::String(value.to_owned());
    Some(pathfinder_protocol::NoticeCount {
        kind: serde_json::from_value(text(&printed.kind)).ok()?,
        language: printed.language,
        variant: serde_json::from_value(text(&printed.variant)).ok()?,
        count: printed.count,
    })
}

/// A random (version 4) UUID for a new submission.
fn new_submission_id() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the OS gives random bytes");
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}

/// A number between 0 and 1 that differs between calls and between machines, to spread retries.
fn jitter() -> f64 {
    use std::hash::BuildHasher;
    let hash = std::collections::hash_map::RandomState::new().hash_one(std::time::Instant::now());
    (hash >> 11) as f64 / (1u64 << 53) as f64
}

impl AppState {
    fn reporting(&self) -> &Reporting {
        &self.reporting
    }

    /// The hub client and token, when the practice is enrolled.
    pub(crate) fn connection(&self) -> Option<(HubClient, String)> {
        let token = self.reporting().token.lock().expect("token lock").as_ref().map(|(token, _)| token.clone())?;
        let address = Settings::load(self.data_dir()).ok()?.hub_url?;
        Some((HubClient::new(&address).ok()?, token))
    }

    pub fn hub(&self) -> Result<HubView, ReportingError> {
        let settings = Settings::load(self.data_dir())?;
        let place = self.reporting().token.lock().expect("token lock").as_ref().map(|(_, place)| *place);
        Ok(HubView {
            hub_url: settings.hub_url,
            suggested_hub_url: self.config().suggested_hub_url.clone(),
            enrolled: place.is_some(),
            token_place: place,
            auto_submit: self.reporting().auto_submit.load(Ordering::SeqCst),
            window_notice: self.reporting().window_notice.lock().expect("notice lock").clone(),
            submissions: self.store().submissions()?,
        })
    }

    /// The hub to ask for updates: the one the practice enrolled with, else the one the IT team set.
    pub fn update_hub(&self) -> Option<String> {
        let enrolled = Settings::load(self.data_dir()).ok().and_then(|settings| settings.hub_url);
        enrolled.or_else(|| self.config().suggested_hub_url.clone())
    }

    /// Exchanges the regional team's one-time code for the practice's token and keeps it. The log says how it went
    /// (the hub's host and its answer's code; never the code given or the token).
    pub async fn enrol(&self, hub_url: &str, code: &str) -> Result<HubView, ReportingError> {
        let enrolled = self.exchange_code(hub_url, code).await;
        match &enrolled {
            Ok(view) => log::info!("{}", log_lines::enrolled(hub_url, view.token_place)),
            Err(error) => log::warn!("{}", log_lines::enrolment_failed(hub_url, error)),
        }
        enrolled
    }

    async fn exchange_code(&self, hub_url: &str, code: &str) -> Result<HubView, ReportingError> {
        let client = HubClient::new(hub_url)?;
        if code.trim().is_empty() {
            return Err(ReportingError::CodeRequired);
        }
        let ods = self.practice_state()?.profile.ods_code;
        let enrolled = client.enrol(ods.as_str(), code).await?;
        let place = self.reporting().credentials.save(&enrolled.token)?;
        let mut settings = Settings::load(self.data_dir())?;
        settings.hub_url = Some(client.address().to_owned());
        settings.save(self.data_dir())?;
        *self.reporting().token.lock().expect("token lock") = Some((enrolled.token, place));
        self.store().retry_all_now(now())?;
        self.reporting().wake.notify_one();
        // The window may already be set centrally; offline now is no reason to fail the enrolment.
        let _ = self.pull_config().await;
        self.hub()
    }

    /// Forgets the token and the hub. Submissions already queued stay, and go when the practice enrols again.
    pub fn unenrol(&self) -> Result<HubView, ReportingError> {
        self.reporting().credentials.remove()?;
        *self.reporting().token.lock().expect("token lock") = None;
        let mut settings = Settings::load(self.data_dir())?;
        settings.hub_url = None;
        settings.save(self.data_dir())?;
        log::info!("{}", log_lines::unenrolled());
        self.hub()
    }

    pub fn set_auto_submit(&self, enabled: bool) -> Result<HubView, ReportingError> {
        let mut settings = Settings::load(self.data_dir())?;
        settings.auto_submit = enabled;
        settings.save(self.data_dir())?;
        self.reporting().auto_submit.store(enabled, Ordering::SeqCst);
        self.hub()
    }

    /// Builds a submission from the local state, keeps its exact text, and gives it to the manager to read.
    pub fn preview(&self) -> Result<Preview, ReportingError> {
        let submission_id = new_submission_id();
        let submission = self.build(now(), &submission_id)?;
        let json = serde_json::to_string_pretty(&submission).expect("a submission serialises");
        let preview = Preview { submission_id, json, summary: SubmissionSummary::of(&submission) };
        *self.reporting().preview.lock().expect("preview lock") = Some(preview.clone());
        Ok(preview)
    }

    fn build(&self, at: OffsetDateTime, id: &str) -> Result<pathfinder_protocol::Submission, ReportingError> {
        let state = self.practice_state()?;
        let notices = self.store().printed()?.into_iter().filter_map(notice_count).collect();
        Ok(build_submission(
            &state,
            Checklist::current(),
            self.today(),
            id.to_owned(),
            at,
            env!("CARGO_PKG_VERSION"),
            notices,
        ))
    }

    /// Queues the previewed submission, byte for byte, and returns at once; the outbox sends it.
    pub fn send_previewed(&self, submission_id: &str) -> Result<HubView, ReportingError> {
        if self.reporting().token.lock().expect("token lock").is_none() {
            return Err(ReportingError::NotEnrolled);
        }
        let mut held = self.reporting().preview.lock().expect("preview lock");
        let preview = held.take_if(|p| p.submission_id == submission_id).ok_or(ReportingError::NoPreview)?;
        drop(held);
        self.store().enqueue_submission(&preview.submission_id, &preview.json, Origin::Manager, now())?;
        log::info!("{}", log_lines::submission_queued(&preview.submission_id, false));
        self.reporting().wake.notify_one();
        self.hub()
    }

    /// Asks the outbox to try every queued submission now rather than at its next turn.
    pub fn retry_now(&self) -> Result<HubView, ReportingError> {
        self.store().retry_all_now(now())?;
        self.reporting().wake.notify_one();
        self.hub()
    }

    /// After a change to a task, the forms tally or a search: with the automatic setting on, a submission follows,
    /// at most one every 15 minutes (a change within them is sent when they are up).
    pub(crate) fn work_changed(&self) {
        let reporting = self.reporting();
        if reporting.auto_submit.load(Ordering::SeqCst) && reporting.token.lock().expect("token lock").is_some() {
            reporting.automatic_pending.store(true, Ordering::SeqCst);
            reporting.wake.notify_one();
        }
    }

    /// Queues the automatic submission if one is pending and due; otherwise says when it will be.
    fn queue_automatic(&self, at: OffsetDateTime) -> Result<Option<OffsetDateTime>, ReportingError> {
        if !self.reporting().automatic_pending.load(Ordering::SeqCst) {
            return Ok(None);
        }
        let last = self.store().last_queued_at(Origin::Automatic)?;
        let due =
            last.and_then(|last| OffsetDateTime::parse(&last, &Rfc3339).ok()).map(|last| last + AUTOMATIC_SPACING);
        match due {
            Some(due) if due > at => Ok(Some(due)),
            _ => {
                self.reporting().automatic_pending.store(false, Ordering::SeqCst);
                let id = new_submission_id();
                let json = serde_json::to_string_pretty(&self.build(at, &id)?).expect("a submission serialises");
                self.store().enqueue_submission(&id, &json, Origin::Automatic, at)?;
                log::info!("{}", log_lines::submission_queued(&id, true));
                Ok(None)
            }
        }
    }

    /// One turn of the outbox: sends what is due and says how long to sleep before the next turn.
    pub async fn send_due(&self) -> Result<Duration, ReportingError> {
        let started = now();
        let automatic_due = self.queue_automatic(started)?;
        let due = self.store().due_submissions(started, 32)?;
        if !due.is_empty() {
            let Some((client, token)) = self.connection() else {
                return Ok(IDLE);
            };
            for outgoing in due {
                let id = &outgoing.submission_id;
                log::info!("{}", log_lines::submission_attempt(id, client.address(), outgoing.attempts + 1));
                let answer = client.submit(&token, outgoing.body.into_bytes()).await;
                let at = now();
                let mut store = self.store();
                match answer {
                    Ok(receipt) => {
                        log::info!("{}", log_lines::submission_sent(id, &receipt.receipt_id));
                        store.mark_sent(id, &receipt.receipt_id, &receipt.received_at, at)?
                    }
                    Err(SendError::Refused { status, body }) => {
                        log::warn!("{}", log_lines::submission_refused(id, status, &body.code));
                        store.mark_refused(id, &body.code, &body.message, at)?
                    }
                    Err(SendError::Retry { after, reason }) => {
                        let wait = backoff(outgoing.attempts, after, jitter()).max(Duration::from_secs(1));
                        log::info!("{}", log_lines::submission_retry(id, wait, &reason));
                        store.mark_retry(id, at + wait, &reason)?
                    }
                }
            }
            return Ok(Duration::ZERO);
        }
        let mut wake_at = self.store().next_due()?.and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok());
        if let Some(automatic) = automatic_due {
            wake_at = Some(wake_at.map_or(automatic, |w| w.min(automatic)));
        }
        Ok(wake_at.map_or(IDLE, |at| Duration::try_from(at - now()).unwrap_or(Duration::ZERO).min(IDLE)))
    }

    /// Pulls the central settings. The regional team's messages are kept until the manager has read them (and the
    /// hub is first told of those read since the last pull). The objection types the pilot offers are kept as the hub says, and every notice,
    /// form and guide follows them; when the regional team moved the window, the practice's window moves (and with
    /// it every due date) and the manager is told. The log says how it went (not enrolled is no pull, and no line).
    pub async fn pull_config(&self) -> Result<Option<WindowNotice>, ReportingError> {
        let pulled = self.read_central_settings().await;
        match &pulled {
            Ok(notice) => log::info!("{}", log_lines::config_pulled(notice.is_some())),
            Err(ReportingError::NotEnrolled) => {}
            Err(error) => log::warn!("{}", log_lines::config_pull_failed(error)),
        }
        pulled
    }

    async fn read_central_settings(&self) -> Result<Option<WindowNotice>, ReportingError> {
        let (client, token) = self.connection().ok_or(ReportingError::NotEnrolled)?;
        // Acknowledgements the hub has yet to hear of go first, so that the pull does not bring those messages back.
        let _ = self.tell_acknowledgements().await;
        let config = client.config(&token).await?;
        self.keep_messages(&config.messages)?;
        let window = match &config.window {
            Some(central) => Some(
                FairProcessingWindow::from_input(&central.start, &central.weeks.to_string(), &central.first_extract)
                    .map_err(|_| ReportingError::BadCentralWindow)?,
            ),
            None => None,
        };
        let at = now();
        let mut store = self.store();
        let Some(state) = store.load()? else {
            return Ok(None);
        };
        if state.objection_types != config.objection_types {
            store.save_objection_types(config.objection_types, REGIONAL_TEAM, at)?;
        }
        let Some(window) = window.filter(|window| *window != state.window) else {
            return Ok(None);
        };
        store.save_window(&window, REGIONAL_TEAM, at)?;
        let notice = WindowNotice {
            previous: state.window,
            current: window,
            at: at.format(&Rfc3339).expect("a timestamp formats"),
        };
        *self.reporting().window_notice.lock().expect("notice lock") = Some(notice.clone());
        Ok(Some(notice))
    }
}

/// The outbox: runs for the life of the app, sending what is queued and sleeping until the next is due or
/// something new is queued. A failed turn (the local database busy, say) is tried again a minute later.
pub async fn run_outbox(state: AppState) {
    loop {
        let wait = state.send_due().await.unwrap_or_else(|error| {
            log::warn!("{}", log_lines::outbox_failed(&error));
            Duration::from_secs(60)
        });
        if wait.is_zero() {
            continue;
        }
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            () = state.reporting().wake.notified() => {}
        }
    }
}

/// Pulls the central settings at start and every few hours; offline turns wait for the next.
pub async fn run_config_pulls(state: AppState) {
    loop {
        let _ = state.pull_config().await;
        tokio::time::sleep(CONFIG_INTERVAL).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn submission_ids_are_version_4_uuids_and_differ() {
        let (a, b) = (new_submission_id(), new_submission_id());
        assert_ne!(a, b);
        for id in [&a, &b] {
            assert_eq!(id.len(), 36);
            assert_eq!(&id[14..15], "4");
            assert!(matches!(&id[19..20], "8" | "9" | "a" | "b"), "{id}");
        }
    }

    #[test]
    fn jitter_stays_between_zero_and_one() {
        let draws: Vec<f64> = (0..200).map(|_| jitter()).collect();
        assert!(draws.iter().all(|j| (0.0..1.0).contains(j)));
        assert!(draws.windows(2).any(|w| w[0] != w[1]));
    }
}
