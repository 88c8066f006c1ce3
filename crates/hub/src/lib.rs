//! The hub: `app(hub)` is the whole HTTP service; the binary adds the command line around it.

pub mod admin;
mod api;
pub mod db;
mod error;
pub mod secrets;

use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use api::{EnrolResponse, PracticeConfig};
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
}

impl Hub {
    pub fn new(db: Arc<dyn Database>) -> Self {
        Self { db, metrics: Arc::default() }
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
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::REQUEST_TIMEOUT, Duration::from_secs(15)))
        .layer(TraceLayer::new_for_http())
        .with_state(hub)
}
