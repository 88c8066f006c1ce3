//! The accept loop: the router on hyper's HTTP/1.1 with a deadline for each request's head. `axum::serve` runs hyper
//! without a timer, which leaves hyper's header timeout inert: a client sending its headers a byte at a time could
//! hold a connection, and a task, for ever. The body has its own deadline (the router's TimeoutLayer).

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use axum::serve::Listener;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::sync::Semaphore;
use tower::ServiceExt;

/// How long a client may take to send a request's line and headers.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// How many connections are served at once: far above what 8,000 practices reporting daily and the regional staff
/// need, low enough that a flood of idle connections cannot exhaust the hub's file descriptors or memory. Beyond it,
/// connections wait in the operating system's queue until one ends.
pub const MAX_CONNECTIONS: usize = 4096;
/// How long requests under way may take to finish once the hub is asked to stop.
const DRAIN: Duration = Duration::from_secs(10);

/// The hub's plain-HTTP listener: every connection with Nagle's algorithm off (`no_delay`).
pub fn plain(tcp: tokio::net::TcpListener) -> impl Listener<Io = tokio::net::TcpStream, Addr = SocketAddr> {
    axum::serve::ListenerExt::tap_io(tcp, no_delay)
}

/// Nagle's algorithm off for a connection: a response written in pieces (a gzipped download is) would otherwise
/// hold each small piece until the client acknowledged the last, and a client may wait 40 ms to do that. A socket
/// that refuses is served all the same.
pub fn no_delay(tcp: &mut tokio::net::TcpStream) {
    if let Err(error) = tcp.set_nodelay(true) {
        tracing::debug!(%error, "TCP_NODELAY could not be set");
    }
}

/// How the accept loop treats its clients.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub header_timeout: Duration,
    pub max_connections: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self { header_timeout: HEADER_TIMEOUT, max_connections: MAX_CONNECTIONS }
    }
}

/// Serves `router` on `listener` until `shutdown` completes, then lets the requests under way finish. Each request
/// carries its peer's address as `ConnectInfo<SocketAddr>` (the limits on guessing count by address).
pub async fn serve<L: Listener<Addr = SocketAddr>>(
    mut listener: L,
    router: Router,
    options: Options,
    shutdown: impl Future<Output = ()>,
) {
    let mut builder = http1::Builder::new();
    builder.timer(TokioTimer::new()).header_read_timeout(options.header_timeout).keep_alive(true);
    let graceful = GracefulShutdown::new();
    let slots = Arc::new(Semaphore::new(options.max_connections));
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        // A slot first, then a connection: at the cap, new clients wait in the listen queue, not in the hub.
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        tokio::select! {
            (io, peer) = listener.accept() => {
                let service = router.clone().map_request(move |mut request: axum::extract::Request<_>| {
                    request.extensions_mut().insert(ConnectInfo(peer));
                    request
                });
                let connection = builder.serve_connection(TokioIo::new(io), TowerToHyperService::new(service));
                let connection = graceful.watch(connection);
                tokio::spawn(async move {
                    // A connection that breaks or times out concerns that client only.
                    let _ = connection.await;
                    drop(slot);
                });
            }
            () = &mut shutdown => break,
        }
    }
    drop(listener);
    let _ = tokio::time::timeout(DRAIN, graceful.shutdown()).await;
}
