//! HTTPS: rustls with the ring provider (the one the client uses), served by `serve.rs` through a listener that
//! hands it connections only once their handshake is done.

use std::io;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rustls::ServerConfig;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::server::TlsStream;

/// A certificate or key the hub cannot serve with, naming the file.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("{}: {source}", file.display())]
    Read { file: PathBuf, source: io::Error },
    #[error("{}: not a PEM certificate chain: {reason}", file.display())]
    Certificate { file: PathBuf, reason: String },
    #[error("{}: not a PEM private key (PKCS#8, PKCS#1 or SEC1): {reason}", file.display())]
    Key { file: PathBuf, reason: String },
    #[error("{} and {} do not make a usable pair: {reason}", cert.display(), key.display())]
    Pair { cert: PathBuf, key: PathBuf, reason: String },
}

fn read(file: &Path) -> Result<Vec<u8>, TlsError> {
    std::fs::read(file).map_err(|source| TlsError::Read { file: file.to_owned(), source })
}

/// The server's TLS settings from a PEM certificate chain (the hub's certificate first) and its PEM private key.
pub fn server_config(cert: &Path, key: &Path) -> Result<Arc<ServerConfig>, TlsError> {
    let cert_error = |reason: String| TlsError::Certificate { file: cert.to_owned(), reason };
    let chain = CertificateDer::pem_slice_iter(&read(cert)?)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|error| cert_error(error.to_string()))?;
    if chain.is_empty() {
        return Err(cert_error("no CERTIFICATE section".into()));
    }
    let private_key = PrivateKeyDer::from_pem_slice(&read(key)?)
        .map_err(|error| TlsError::Key { file: key.to_owned(), reason: error.to_string() })?;
    let pair_error =
        |error: rustls::Error| TlsError::Pair { cert: cert.to_owned(), key: key.to_owned(), reason: error.to_string() };
    let mut config = ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .map_err(pair_error)?
        .with_no_client_auth()
        .with_single_cert(chain, private_key)
        .map_err(pair_error)?;
    // The router speaks HTTP/1.1 only; saying so spares clients an HTTP/2 attempt.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// A client that connects and then says nothing must not hold a task for ever.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// TLS handshakes under way at once: each costs a task and a few kilobytes until it ends or times out, so a flood of
/// clients that connect and never say hello is bounded here; beyond it, connections wait in the listen queue.
pub const MAX_HANDSHAKES: usize = 256;

type Handshake = (io::Result<TlsStream<TcpStream>>, SocketAddr);

/// A TCP listener whose connections come out encrypted. Each handshake runs in its own task, so a slow or
/// failing client delays nobody else, and a failed handshake only drops that connection.
pub struct TlsListener {
    tcp: TcpListener,
    acceptor: TlsAcceptor,
    handshakes: JoinSet<Handshake>,
    max_handshakes: usize,
    handshake_timeout: Duration,
}

impl TlsListener {
    pub fn new(tcp: TcpListener, config: Arc<ServerConfig>) -> Self {
        Self::with_limits(tcp, config, MAX_HANDSHAKES, HANDSHAKE_TIMEOUT)
    }

    /// With other limits than the hub's own (the tests make them small).
    pub fn with_limits(
        tcp: TcpListener,
        config: Arc<ServerConfig>,
        max_handshakes: usize,
        handshake_timeout: Duration,
    ) -> Self {
        let acceptor = TlsAcceptor::from(config);
        Self { tcp, acceptor, handshakes: JoinSet::new(), max_handshakes: max_handshakes.max(1), handshake_timeout }
    }
}

impl axum::serve::Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        loop {
            // Both branches are cancel-safe: a connection accepted or a handshake finished is never lost.
            tokio::select! {
                (mut stream, peer) = axum::serve::Listener::accept(&mut self.tcp), if self.handshakes.len() < self.max_handshakes => {
                    crate::serve::no_delay(&mut stream);
                    let (acceptor, timeout) = (self.acceptor.clone(), self.handshake_timeout);
                    self.handshakes.spawn(async move {
                        let handshake = tokio::time::timeout(timeout, acceptor.accept(stream)).await;
                        (handshake.unwrap_or_else(|_| Err(io::ErrorKind::TimedOut.into())), peer)
                    });
                }
                Some(finished) = self.handshakes.join_next() => match finished {
                    Ok((Ok(stream), peer)) => return (stream, peer),
                    Ok((Err(error), peer)) => tracing::debug!(%peer, %error, "TLS handshake failed"),
                    Err(error) => tracing::warn!(%error, "TLS handshake task ended abnormally"),
                },
            }
        }
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.tcp.local_addr()
    }
}
