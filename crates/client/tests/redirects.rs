//! The client follows no redirect: a hub address answering 307 to a plain-HTTP address (or anywhere) would have the
//! enrolment code or the token sent on there. A real server on loopback answers the redirect; a second one, where it
//! points, must see no connection at all.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use pathfinder_client::{HubClient, SendError};

/// Answers every connection with `status` and a Location header, once per connection; counts the connections.
fn redirecting(status: u16, location: String) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(AtomicUsize::new(0));
    let counter = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let mut stream = stream.unwrap();
            counter.fetch_add(1, Ordering::SeqCst);
            stream.set_read_timeout(Some(Duration::from_millis(500))).unwrap();
            let mut buffer = [0u8; 8192];
            let _ = stream.read(&mut buffer);
            let answer = format!(
                "HTTP/1.1 {status} Redirect\r\nlocation: {location}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
            );
            let _ = stream.write_all(answer.as_bytes());
        }
    });
    (address, seen)
}

#[test]
fn a_redirect_is_refused_and_never_followed() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let (elsewhere, reached) = redirecting(200, String::new());
    for status in [301, 302, 303, 307, 308] {
        let (hub, asked) = redirecting(status, format!("{elsewhere}/api/v1/enrol"));
        let client = HubClient::new(&hub).unwrap();
        let error = runtime.block_on(client.enrol("B82005", "ABCD-EFGH")).unwrap_err();
        match &error {
            SendError::Refused { status: got, body } => {
                assert_eq!(*got, status);
                assert_eq!(body.code, "address-redirected");
            }
            other => panic!("{status}: {other:?}"),
        }
        assert!(error.is_permanent(), "{status}: sending again cannot help; the address must change");
        assert_eq!(asked.load(Ordering::SeqCst), 1, "{status}: asked once");
        let config = runtime.block_on(client.config("a-token")).unwrap_err();
        assert!(matches!(config, SendError::Refused { .. }), "{status}: {config:?}");
    }
    assert_eq!(reached.load(Ordering::SeqCst), 0, "nothing reached the address the redirects named");
}
