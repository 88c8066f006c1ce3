use std::net::IpAddr;
use std::time::Duration;

use pathfinder_protocol::{EnrolRequest, EnrolResponse, ErrorBody, MessageAcknowledgement, PracticeConfig, Receipt};
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER};
use reqwest::{Response, StatusCode, Url};
use serde::de::DeserializeOwned;

use crate::SendError;

/// A hub address the app will not use, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HubUrlError {
    #[error("{0:?} is not a web address")]
    NotAUrl(String),
    #[error("{0:?} is not HTTPS: only a hub on this computer may be reached over plain HTTP")]
    NotHttps(String),
}

impl HubUrlError {
    /// A stable code for the edges: `{ "code": ..., "message": ... }`.
    pub fn code(&self) -> &'static str {
        match self {
            HubUrlError::NotAUrl(_) => "address-invalid",
            HubUrlError::NotHttps(_) => "address-not-https",
        }
    }
}

/// One hub, reached over HTTPS (or plain HTTP on loopback, for a hub on the same machine).
#[derive(Debug, Clone)]
pub struct HubClient {
    base: Url,
    http: reqwest::Client,
}

impl HubClient {
    pub fn new(address: &str) -> Result<Self, HubUrlError> {
        let trimmed = address.trim();
        let mut base = Url::parse(trimmed).map_err(|_| HubUrlError::NotAUrl(trimmed.to_owned()))?;
        let loopback = match base.host() {
            Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
            Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
            Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
            None => return Err(HubUrlError::NotAUrl(trimmed.to_owned())),
        };
        match base.scheme() {
            "https" => {}
            "http" if loopback => {}
            "http" => return Err(HubUrlError::NotHttps(trimmed.to_owned())),
            _ => return Err(HubUrlError::NotAUrl(trimmed.to_owned())),
        }
        if !base.path().ends_with('/') {
            base.set_path(&format!("{}/", base.path()));
        }
        // The process may have installed it already; either way one provider is in place afterwards.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30))
            .user_agent(concat!("pathfinder/", env!("CARGO_PKG_VERSION")))
            // A redirect would send the enrolment code or the token wherever the answer says, plain HTTP included:
            // the app talks to the address the manager entered and nowhere else.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|_| HubUrlError::NotAUrl(trimmed.to_owned()))?;
        Ok(Self { base, http })
    }

    /// The address as the app saves and shows it.
    pub fn address(&self) -> &str {
        self.base.as_str()
    }

    fn url(&self, path: &str) -> Url {
        self.base.join(path).expect("API paths are relative")
    }

    /// Exchanges the one-time enrolment code for the practice's token.
    pub async fn enrol(&self, ods_code: &str, code: &str) -> Result<EnrolResponse, SendError> {
        let request = EnrolRequest { ods_code: ods_code.to_owned(), code: code.trim().to_owned() };
        let body = serde_json::to_vec(&request).expect("an enrolment request serialises");
        let response =
            self.http.post(self.url("api/v1/enrol")).header(CONTENT_TYPE, "application/json").body(body).send();
        answer(response.await).await
    }

    /// Sends a submission's bytes exactly as given; a repeat of an id the hub has stored gets its first receipt.
    pub async fn submit(&self, token: &str, body: Vec<u8>) -> Result<Receipt, SendError> {
        let response = self
            .http
            .post(self.url("api/v1/submissions"))
            .header(AUTHORIZATION, format!("Bearer {token}"))
            .header(CONTENT_TYPE, "application/json")
            .body(body)
            .send();
        answer(response.await).await
    }

    /// The window and checklist version the regional team set for this practice.
    pub async fn config(&self, token: &str) -> Result<PracticeConfig, SendError> {
        let response =
            self.http.get(self.url("api/v1/practice/config")).header(AUTHORIZATION, format!("Bearer {token}")).send();
        answer(response.await).await
    }

    /// Tells the hub the manager has read a message; a repeat gets the first acknowledgement.
    pub async fn acknowledge_message(&self, token: &str, id: i64) -> Result<MessageAcknowledgement, SendError> {
        let response = self
            .http
            .post(self.url(&format!("api/v1/practice/messages/{id}/acknowledge")))
            .header(AUTHORIZATION, format!("Bearer {token}"))
            .send();
        answer(response.await).await
    }
}

async fn answer<T: DeserializeOwned>(response: reqwest::Result<Response>) -> Result<T, SendError> {
    let response = response.map_err(|error| SendError::Retry { after: None, reason: describe(&error) })?;
    let status = response.status();
    let retry_after = response
        .headers()
        .get(RETRY_AFTER)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok())
        .map(Duration::from_secs);
    let bytes = response.bytes().await.map_err(|error| SendError::Retry { after: None, reason: describe(&error) })?;
    if status.is_success() {
        return serde_json::from_slice(&bytes).map_err(|error| SendError::Retry {
            after: None,
            reason: format!("the hub's answer was not understood: {error}"),
        });
    }
    if status.is_redirection() {
        let body = ErrorBody {
            code: "address-redirected".to_owned(),
            message: "the hub's address answered with a redirect, which the app does not follow: check the address"
                .to_owned(),
            field: String::new(),
        };
        return Err(SendError::Refused { status: status.as_u16(), body });
    }
    let body = serde_json::from_slice::<ErrorBody>(&bytes).unwrap_or_else(|_| ErrorBody {
        code: format!("http-{}", status.as_u16()),
        message: status.canonical_reason().unwrap_or("no reason given").to_owned(),
        field: String::new(),
    });
    let retryable = status.is_server_error()
        || status == StatusCode::REQUEST_TIMEOUT
        || status == StatusCode::TOO_MANY_REQUESTS
        || !status.is_client_error();
    if retryable {
        Err(SendError::Retry { after: retry_after, reason: format!("{} ({})", body.message, status.as_u16()) })
    } else {
        Err(SendError::Refused { status: status.as_u16(), body })
    }
}

/// A transport failure in words a practice manager can act on, without the request's details.
fn describe(error: &reqwest::Error) -> String {
    if error.is_timeout() {
        "the hub did not answer in time".to_owned()
    } else if error.is_connect() {
        "the hub could not be reached".to_owned()
    } else {
        format!("the connection to the hub failed: {error}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_a_hub_on_this_computer_is_accepted() {
        for good in ["https://hub.example.nhs.uk", "http://127.0.0.1:8080", "http://localhost:1/", "http://[::1]:9/"] {
            assert!(HubClient::new(good).is_ok(), "{good}");
        }
        assert_eq!(
            HubClient::new("http://hub.example.nhs.uk").unwrap_err(),
            HubUrlError::NotHttps("http://hub.example.nhs.uk".into())
        );
        assert!(matches!(HubClient::new("hub.example.nhs.uk"), Err(HubUrlError::NotAUrl(_))));
        assert!(matches!(HubClient::new("ftp://127.0.0.1"), Err(HubUrlError::NotAUrl(_))));
    }

    #[test]
    fn a_hub_under_a_path_keeps_it() {
        let client = HubClient::new("https://example.nhs.uk/pathfinder").unwrap();
        assert_eq!(client.url("api/v1/enrol").as_str(), "https://example.nhs.uk/pathfinder/api/v1/enrol");
    }
}
