//! The hub: `app(hub)` is the whole HTTP service; the binary adds the command line around it.

pub mod admin;
mod api;
pub mod dashboard;
pub mod db;
mod error;
pub mod headers;
pub mod secrets;
pub mod serve;
pub mod tls;
pub mod updates;

use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use db::{Database, DbError, connect};
pub use error::ApiError;

#[derive(Default)]
pub struct Metrics {
    pub submissions_created: AtomicU64,
}

/// What every handler shares.
#[derive(Clone)]
pub struct Hub {
    pub db: Arc<dyn Database>,
    pub metrics: Arc<Metrics>,
    /// The dashboard's language. en-GB: the people who read it work in English.
    pub l10n: Arc<pathfinder_l10n::Localizer>,
    pub login_limiter: Arc<dashboard::auth::FailureLimiter>,
    pub enrol_limiter: Arc<dashboard::auth::FailureLimiter>,
    /// How long a request may take, its body included: a client that sends too slowly is answered 408 and cut off.
    pub request_timeout: Duration,
    /// The folder of the app's releases (`latest.json` and the installers), when the hub offers updates.
    pub updates: Option<std::path::PathBuf>,
}

pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);

impl Hub {
    pub fn new(db: Arc<dyn Database>) -> Self {
        let l10n = pathfinder_l10n::Localizer::new(pathfinder_l10n::REFERENCE_LOCALE, false).expect("en-GB is offered");
        Self {
            db,
            metrics: Arc::default(),
            l10n: Arc::new(l10n),
            login_limiter: Arc::default(),
            enrol_limiter: Arc::default(),
            request_timeout: REQUEST_TIMEOUT,
            updates: None,
        }
    }
}

/// tower-http's timeout answers with an empty body; every refusal of the hub's says why, in JSON.
async fn timeout_body(response: axum::response::Response) -> axum::response::Response {
    if response.status() != axum::http::StatusCode::REQUEST_TIMEOUT {
        return response;
    }
    let message = "the request did not arrive in time; send it again";
    axum::response::IntoResponse::into_response(ApiError::new(
        axum::http::StatusCode::REQUEST_TIMEOUT,
        "timeout",
        message,
    ))
}

pub fn app(hub: Hub) -> Router {
    let timeout = hub.request_timeout;
    Router::new()
        .route("/api/v1/enrol", post(api::enrol))
        .route("/api/v1/submissions", post(api::submit))
        .route("/api/v1/practice/config", get(api::config))
        .route("/api/v1/openapi.json", get(api::openapi))
        .route("/api/v1/app-updates/{target}/{arch}/{bundle}/{current}", get(updates::check))
        .route("/api/v1/app-updates/files/{name}", get(updates::file))
        .route("/healthz", get(api::healthz))
        .route("/metrics", get(api::metrics))
        .merge(dashboard::routes())
        // Installers are compressed already: gzipping them again would only cost the hub CPU.
        .layer(CompressionLayer::new().compress_when(DefaultPredicate::new().and(NotForContentType::new(updates::INSTALLER_TYPE))))
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::REQUEST_TIMEOUT, timeout))
        .layer(axum::middleware::map_response(timeout_body))
        .layer(axum::middleware::from_fn(headers::security_headers))
        // The path without the query: a secret someone puts in a query string stays out of the log.
        .layer(TraceLayer::new_for_http().make_span_with(|request: &axum::extract::Request| {
            tracing::debug_span!("request", method = %request.method(), path = %request.uri().path())
        }))
        .with_state(hub)
}
