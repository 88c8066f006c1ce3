//! The hub: `app(hub)` is the whole HTTP service; the binary adds the command line around it.

pub mod admin;
mod api;
pub mod dashboard;
pub mod db;
mod error;
pub mod secrets;

use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};
use tower_http::compression::CompressionLayer;
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
}

impl Hub {
    pub fn new(db: Arc<dyn Database>) -> Self {
        let l10n = pathfinder_l10n::Localizer::new(pathfinder_l10n::REFERENCE_LOCALE, false).expect("en-GB is offered");
        Self {
            db,
            metrics: Arc::default(),
            l10n: Arc::new(l10n),
            login_limiter: Arc::default(),
            enrol_limiter: Arc::default(),
        }
    }
}

pub fn app(hub: Hub) -> Router {
    Router::new()
        .route("/api/v1/enrol", post(api::enrol))
        .route("/api/v1/submissions", post(api::submit))
        .route("/api/v1/practice/config", get(api::config))
        .route("/api/v1/openapi.json", get(api::openapi))
        .route("/healthz", get(api::healthz))
        .route("/metrics", get(api::metrics))
        .merge(dashboard::routes())
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::REQUEST_TIMEOUT, Duration::from_secs(15)))
        .layer(TraceLayer::new_for_http())
        .with_state(hub)
}
