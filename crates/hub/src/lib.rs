//! The hub: `app(hub)` is the whole HTTP service; the binary adds the command line around it.

pub mod admin;
mod api;
pub mod dashboard;
pub mod db;
pub mod email;
mod error;
pub mod headers;
pub mod limits;
pub mod messages;
pub mod report;
pub mod secrets;
pub mod serve;
pub mod tls;
pub mod updates;
pub mod windows;

use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

use axum::Router;
use axum::routing::{MethodRouter, get, post};
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use db::{Database, DbError, connect};
pub use error::ApiError;

#[derive(Default)]
pub struct Metrics {
    pub submissions_created: AtomicU64,
    /// Passwords checked against a hash (argon2 runs): what the limits on guessing bound.
    pub password_checks: AtomicU64,
}

/// The address of the client, when the accept loop gave one (requests built in tests have none). Behind the proxy
/// named by `--trusted-proxy`, it is the address that proxy appended to `X-Forwarded-For` (the last entry: the
/// ones before it are whatever the client sent, and prove nothing).
#[derive(Debug, Clone, Copy)]
pub struct ClientAddress(pub Option<std::net::IpAddr>);

impl axum::extract::FromRequestParts<Hub> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, hub: &Hub) -> Result<Self, Self::Rejection> {
        let peer = parts.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|info| info.0.ip());
        let forwarded = || {
            let last = parts.headers.get_all("x-forwarded-for").iter().next_back()?.to_str().ok()?;
            last.rsplit(',').next()?.trim().parse().ok()
        };
        match peer {
            Some(peer) if hub.trusted_proxy == Some(peer) => Ok(Self(forwarded().or(Some(peer)))),
            peer => Ok(Self(peer)),
        }
    }
}

/// Practices by CCG at each readiness level (in the dashboard's order of levels).
pub type LevelsByCcg = std::collections::BTreeMap<String, [usize; 5]>;

/// What every handler shares.
#[derive(Clone)]
pub struct Hub {
    pub db: Arc<dyn Database>,
    pub metrics: Arc<Metrics>,
    /// The dashboard's language. en-GB: the people who read it work in English.
    pub l10n: Arc<pathfinder_l10n::Localizer>,
    pub attempts: Arc<limits::Attempts>,
    /// The readiness over time of days past, by day: worked out once (see `dashboard::trend`).
    pub trend_days: Arc<std::sync::Mutex<std::collections::HashMap<time::Date, Arc<LevelsByCcg>>>>,
    pub submission_rate: Arc<limits::SubmissionRate>,
    /// Submissions a practice's token may make in a rolling hour (then 429 with Retry-After).
    pub submissions_per_hour: usize,
    /// argon2 takes tens of milliseconds of a core: it runs on blocking threads, this many at once, so a burst of
    /// sign-ins neither starves the async workers nor queues unbounded work.
    pub password_slots: Arc<tokio::sync::Semaphore>,
    /// The practice list's downloads are written on blocking threads as the database reads them, this many at once:
    /// a crowd of national downloads waits its turn rather than taking a thread and megabytes each.
    pub export_slots: Arc<tokio::sync::Semaphore>,
    /// How long a request may take, its body included: a client that sends too slowly is answered 408 and cut off.
    pub request_timeout: Duration,
    /// Whether browsers reach the hub over HTTPS: it serves TLS itself, or a proxy in front of it does (its public
    /// URL is https). Then its cookies are `__Host-` cookies, Secure, and every answer carries HSTS.
    pub https: bool,
    /// The reverse proxy in front of the hub, whose `X-Forwarded-For` names the client (`serve --trusted-proxy`).
    pub trusted_proxy: Option<std::net::IpAddr>,
    /// The folder of the app's releases (`latest.json` and the installers), when the hub offers updates.
    pub updates: Option<std::path::PathBuf>,
    /// Email through an SMTP relay (`serve --smtp-url`): the at-risk alerts' queue and the digest's relay. None
    /// sends nothing.
    pub mail: Option<email::Mail>,
}

pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);

impl Hub {
    pub fn new(db: Arc<dyn Database>) -> Self {
        let l10n = pathfinder_l10n::Localizer::new(pathfinder_l10n::REFERENCE_LOCALE, false).expect("en-GB is offered");
        Self {
            db,
            metrics: Arc::default(),
            l10n: Arc::new(l10n),
            attempts: Arc::default(),
            trend_days: Arc::default(),
            submission_rate: Arc::default(),
            submissions_per_hour: limits::SUBMISSIONS_PER_HOUR,
            password_slots: Arc::new(tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get),
            )),
            export_slots: Arc::new(tokio::sync::Semaphore::new(4)),
            request_timeout: REQUEST_TIMEOUT,
            updates: None,
            mail: None,
            https: false,
            trusted_proxy: None,
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

/// The answer to a request whose handler panicked: the panic's message stays out of it and out of the log, which
/// could otherwise carry what the request held.
fn panicked(_: Box<dyn std::any::Any + Send + 'static>) -> axum::response::Response {
    tracing::error!("a request's handler panicked; it was answered 500 and the hub goes on");
    axum::response::IntoResponse::into_response(ApiError::new(
        axum::http::StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "the hub could not answer this request; it has been logged",
    ))
}

pub fn app(hub: Hub) -> Router {
    with_layers(routes(), hub)
}

/// Every route of the hub, each path with its handlers. `app` is built from this list alone, and the auth matrix test
/// reads it through [`route_paths`], so no route can be added without the test asking for its cell.
fn route_table() -> Vec<(&'static str, MethodRouter<Hub>)> {
    let api = vec![
        ("/api/v1/enrol", post(api::enrol)),
        ("/api/v1/submissions", post(api::submit)),
        ("/api/v1/practice/config", get(api::config)),
        ("/api/v1/practice/messages/{id}/acknowledge", post(api::acknowledge_message)),
        ("/api/v1/openapi.json", get(api::openapi)),
        ("/api/v1/app-updates/{target}/{arch}/{bundle}/{current}", get(updates::check)),
        ("/api/v1/app-updates/files/{name}", get(updates::file)),
        ("/healthz", get(api::healthz)),
        ("/metrics", get(api::metrics)),
    ];
    api.into_iter().chain(dashboard::routes()).collect()
}

/// The path of every route, as the router matches it (`{name}` for a parameter).
pub fn route_paths() -> Vec<&'static str> {
    route_table().into_iter().map(|(path, _)| path).collect()
}

fn routes() -> Router<Hub> {
    route_table().into_iter().fold(Router::new(), |router, (path, handlers)| router.route(path, handlers))
}

/// What every request passes through, around `routes` (the tests wrap routes of their own, a panicking one).
pub fn with_layers(routes: Router<Hub>, hub: Hub) -> Router {
    let (timeout, https) = (hub.request_timeout, hub.https);
    let router = routes
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(panicked))
        // Installers and workbooks (zip files) are compressed already: gzipping them again would only cost the hub CPU.
        // The fastest level: a national CSV (8,000 rows) takes a fraction of the time, for a slightly larger file.
        .layer(CompressionLayer::new().quality(tower_http::CompressionLevel::Fastest).compress_when(
            DefaultPredicate::new()
                .and(NotForContentType::new(updates::INSTALLER_TYPE))
                .and(NotForContentType::new(dashboard::XLSX_TYPE)),
        ))
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::REQUEST_TIMEOUT, timeout))
        .layer(axum::middleware::map_response(timeout_body))
        .layer(axum::middleware::from_fn(headers::security_headers))
        // The path without the query: a secret someone puts in a query string stays out of the log.
        .layer(TraceLayer::new_for_http().make_span_with(|request: &axum::extract::Request| {
            tracing::debug_span!("request", method = %request.method(), path = %request.uri().path())
        }));
    // Outermost, so that every answer carries it: a 408, a panic's 500 and a 404 as much as a page.
    let router = if https { router.layer(axum::middleware::map_response(headers::hsts)) } else { router };
    router.with_state(hub)
}
