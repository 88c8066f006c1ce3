//! The hub's accept loop on a real port: a client that never finishes its request's head is cut off at the header
//! deadline while others are served, and the loop stops when asked.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

use pathfinder_hub::db::SqliteDatabase;
use pathfinder_hub::serve::serve;
use pathfinder_hub::{Hub, app};

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
    let server = tokio::spawn(serve(listener, app(Hub::new(db)), deadline, async {
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
