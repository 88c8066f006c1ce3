//! The hub's accept loop on a real port: a client that never finishes its request's head is cut off at the header
//! deadline while others are served, the loop stops when asked, and it serves no more connections at once than its
//! cap.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

use pathfinder_hub::db::SqliteDatabase;
use pathfinder_hub::serve::{Options, serve};
use pathfinder_hub::{Hub, app, with_layers};

fn get_healthz(address: SocketAddr) -> String {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.write_all(b"GET /healthz HTTP/1.1\r\nhost: hub\r\nconnection: close\r\n\r\n").unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_head_sent_a_byte_at_a_time_is_cut_off_while_others_are_served() {
    let dir = tempfile::tempdir().unwrap();
    let db = Arc::new(SqliteDatabase::open(&dir.path().join("hub.sqlite3")).await.unwrap());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let deadline = Duration::from_secs(1);
    let options = Options { header_timeout: deadline, ..Options::default() };
    let server = tokio::spawn(serve(listener, app(Hub::new(db)), options, async {
        let _ = stopped.await;
    }));

    // A head that would take ten seconds to arrive: a byte of one header's value every 200 ms.
    let slow = std::thread::spawn(move || {
        let mut stream = TcpStream::connect(address).unwrap();
        stream.write_all(b"GET /healthz HTTP/1.1\r\nhost: hub\r\nx-slow: ").unwrap();
        let started = Instant::now();
        let mut writer = stream.try_clone().unwrap();
        std::thread::spawn(move || {
            for _ in 0..50 {
                std::thread::sleep(Duration::from_millis(200));
                if writer.write_all(b"a").is_err() {
                    return;
                }
            }
        });
        stream.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
        let mut answer = Vec::new();
        let ended = stream.read_to_end(&mut answer);
        (started.elapsed(), ended.is_ok() || answer.is_empty(), String::from_utf8_lossy(&answer).into_owned())
    });

    let served = tokio::task::spawn_blocking(move || get_healthz(address)).await.unwrap();
    assert!(served.starts_with("HTTP/1.1 200"), "others are served meanwhile: {served}");

    let (after, _, answer) = tokio::task::spawn_blocking(move || slow.join().unwrap()).await.unwrap();
    assert!(after >= deadline, "not before the deadline: {after:?}");
    assert!(after < Duration::from_secs(5), "cut off near the deadline, long before the head was whole: {after:?}");
    assert!(!answer.contains(" 200 "), "the slow request was never answered as if whole: {answer}");

    stop.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(15), server).await.expect("the loop stops when asked").unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_beyond_the_cap_wait_until_one_ends() {
    let dir = tempfile::tempdir().unwrap();
    let db = Arc::new(SqliteDatabase::open(&dir.path().join("hub.sqlite3")).await.unwrap());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let options = Options { max_connections: 2, ..Options::default() };
    tokio::spawn(serve(listener, app(Hub::new(db)), options, std::future::pending()));

    // Two clients hold a connection each, keeping it alive after one request.
    let keep_alive = |address| {
        let mut stream = TcpStream::connect(address).unwrap();
        stream.write_all(b"GET /healthz HTTP/1.1\r\nhost: hub\r\n\r\n").unwrap();
        let mut buffer = [0u8; 512];
        let read = stream.read(&mut buffer).unwrap();
        assert!(buffer[..read].starts_with(b"HTTP/1.1 200"));
        stream
    };
    let held = tokio::task::spawn_blocking(move || [keep_alive(address), keep_alive(address)]).await.unwrap();

    let third = tokio::task::spawn_blocking(move || {
        let started = Instant::now();
        (get_healthz(address), started.elapsed())
    });
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(!third.is_finished(), "a third connection is not served while two are held");
    drop(held);
    let (answer, waited) = tokio::time::timeout(Duration::from_secs(10), third).await.unwrap().unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "served once a connection ended: {answer}");
    assert!(waited >= Duration::from_millis(1500), "it waited for a slot: {waited:?}");
}

async fn bug() -> &'static str {
    panic!("a bug, with a secret in its message")
}

/// A handler that panics costs its own request a 500 in the hub's JSON, and nothing else: the connections and the
/// requests beside it are served on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panicking_handler_costs_one_request_a_500() {
    let dir = tempfile::tempdir().unwrap();
    let db = Arc::new(SqliteDatabase::open(&dir.path().join("hub.sqlite3")).await.unwrap());
    // As over HTTPS: the 500 carries HSTS like every other answer.
    let hub = Hub { https: true, ..Hub::new(db) };
    let routes = axum::Router::new()
        .route("/panic", axum::routing::get(bug))
        .route("/healthz", axum::routing::get(|| async { "ok" }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(serve(listener, with_layers(routes, hub), Options::default(), std::future::pending()));

    let answers = tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(address).unwrap();
        let mut ask = |path: &str| {
            stream.write_all(format!("GET {path} HTTP/1.1\r\nhost: hub\r\n\r\n").as_bytes()).unwrap();
            let mut buffer = vec![0u8; 4096];
            let read = stream.read(&mut buffer).unwrap();
            String::from_utf8_lossy(&buffer[..read]).into_owned()
        };
        (ask("/panic"), ask("/healthz"))
    })
    .await
    .unwrap();
    assert!(answers.0.starts_with("HTTP/1.1 500"), "{}", answers.0);
    assert!(answers.0.contains(r#""code":"internal""#), "the hub's JSON error: {}", answers.0);
    assert!(!answers.0.contains("secret"), "the panic's message stays out of the answer");
    assert!(answers.0.to_ascii_lowercase().contains("strict-transport-security: max-age="), "{}", answers.0);
    assert!(answers.1.starts_with("HTTP/1.1 200"), "the same connection is served on: {}", answers.1);
    assert!(get_healthz(address).starts_with("HTTP/1.1 200"), "and new ones");
}

/// A response written in pieces goes out as it is written: every connection the hub's listener hands the loop has
/// Nagle's algorithm off.
#[tokio::test]
async fn the_listener_hands_on_connections_with_nagles_algorithm_off() {
    use axum::serve::Listener as _;
    let mut listener = pathfinder_hub::serve::plain(tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap());
    let address = listener.local_addr().unwrap();
    let (accepted, client) = tokio::join!(listener.accept(), tokio::net::TcpStream::connect(address));
    let (io, peer) = accepted;
    assert_eq!(peer, client.unwrap().local_addr().unwrap());
    assert!(io.nodelay().unwrap());
}
