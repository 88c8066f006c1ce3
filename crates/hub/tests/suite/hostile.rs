//! Hostile submissions. The corpus in tests/corpus/submissions (what each case must get is in submissions.tsv;
//! corpus/generate.py wrote both) is sent with a valid token; then bodies that dribble in, or never end, over a real
//! socket.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use pathfinder_client::HubClient;
use pathfinder_hub::db::Database;
use pathfinder_hub::{Hub, app};
use serde_json::{Value, json};
use tower::ServiceExt;

use super::{EXAMPLE, enrol, fixture};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");

/// One line of submissions.tsv.
struct Case {
    file: String,
    status: u16,
    /// "*": any code.
    code: String,
    /// "-": no field; "*": any field or none.
    field: String,
}

/// The cases the manifest lists, having checked that it lists exactly the files there are.
fn corpus() -> Vec<Case> {
    let manifest = std::fs::read_to_string(format!("{CORPUS}/submissions.tsv")).expect("the corpus manifest");
    let cases: Vec<Case> = manifest
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(|line| {
            let [file, status, code, field] = line.split('\t').collect::<Vec<_>>()[..] else {
                panic!("a manifest line has four fields: {line:?}")
            };
            Case { file: file.into(), status: status.parse().unwrap(), code: code.into(), field: field.into() }
        })
        .collect();
    let mut listed: Vec<&str> = cases.iter().map(|case| case.file.as_str()).collect();
    listed.sort_unstable();
    let mut present: Vec<String> = std::fs::read_dir(format!("{CORPUS}/submissions"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    present.sort_unstable();
    assert_eq!(listed, present, "submissions.tsv lists exactly the files in submissions/");
    cases
}

async fn post(router: &Router, token: &str, body: Vec<u8>) -> (StatusCode, String, Vec<u8>) {
    let request = Request::post("/api/v1/submissions")
        .header("authorization", format!("Bearer {token}"))
        .header("content-type", "application/json")
        .body(Body::from(body))
        .unwrap();
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let content_type =
        response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    (status, content_type, response.into_body().collect().await.unwrap().to_bytes().to_vec())
}

/// What is wrong with an answer to a case, if anything.
fn judge(case: &Case, status: StatusCode, content_type: &str, body: &[u8]) -> Option<String> {
    if !status.is_client_error() || status.as_u16() != case.status {
        return Some(format!("status {status}, expected {}", case.status));
    }
    if content_type != "application/json" {
        return Some(format!("content type {content_type:?}"));
    }
    let Ok(Value::Object(error)) = serde_json::from_slice::<Value>(body) else {
        return Some(format!("not a JSON object: {:?}", String::from_utf8_lossy(&body[..body.len().min(200)])));
    };
    if let Some(key) = error.keys().find(|key| !["code", "message", "field"].contains(&key.as_str())) {
        return Some(format!("an error body has {{code, message, field}} only, not {key:?}"));
    }
    let code = error.get("code").and_then(Value::as_str).unwrap_or_default();
    if code.is_empty() || (case.code != "*" && code != case.code) {
        return Some(format!("code {code:?}, expected {:?}", case.code));
    }
    if error.get("message").and_then(Value::as_str).is_none_or(str::is_empty) {
        return Some("no message".into());
    }
    let field = error.get("field");
    let right_field = match case.field.as_str() {
        "-" => field.is_none(),
        "*" => field.is_none_or(|f| f.as_str().is_some_and(|f| !f.is_empty())),
        expected => field.and_then(Value::as_str) == Some(expected),
    };
    (!right_field).then(|| format!("field {field:?}, expected {:?}", case.field))
}

fn example_with_id(id: &str) -> String {
    let mut body: Value = serde_json::from_str(EXAMPLE).unwrap();
    body["submissionId"] = json!(id);
    body.to_string()
}

pub async fn every_hostile_submission_is_refused_with_a_json_error_and_nothing_is_stored(db: Arc<dyn Database>) {
    let f = fixture(db).await;
    let token = enrol(&f.db, "B82005").await;
    // Hundreds of cases from one token: the hourly rate, a limit of its own (suite::tokens), is lifted here.
    let router = app(Hub { submissions_per_hour: usize::MAX, ..Hub::new(f.db.clone()) });
    // The original the replay cases reuse the id of.
    let (status, _, original) = post(&router, &token, EXAMPLE.as_bytes().to_vec()).await;
    assert_eq!(status, StatusCode::CREATED);

    let cases = corpus();
    assert!(cases.len() >= 200, "{} cases", cases.len());
    let mut wrong = Vec::new();
    for case in &cases {
        let body = std::fs::read(format!("{CORPUS}/submissions/{}", case.file)).unwrap();
        let (status, content_type, answer) = post(&router, &token, body).await;
        if let Some(why) = judge(case, status, &content_type, &answer) {
            wrong.push(format!("{}: {why}", case.file));
        }
    }
    assert!(wrong.is_empty(), "{} of {} cases were answered wrongly:\n{}", wrong.len(), cases.len(), wrong.join("\n"));
    assert_eq!(f.db.submission_count().await.unwrap(), 1, "nothing from the corpus is stored, only the original");

    let shouted = EXAMPLE.replace("0b6f3c2e-6a51-4f6e-9d7a-3f1c2b9e8d40", "0B6F3C2E-6A51-4F6E-9D7A-3F1C2B9E8D40");
    let (status, _, again) = post(&router, &token, shouted.into_bytes()).await;
    assert_eq!((status, again), (StatusCode::OK, original), "the id in capitals is the same submission");

    let (status, _, receipt) =
        post(&router, &token, example_with_id("5e1f0c3a-7b9d-4e2f-8a6b-1c2d3e4f5a6b").into()).await;
    assert_eq!(status, StatusCode::CREATED, "the hub still takes a valid submission: {receipt:?}");
    assert_eq!(f.db.submission_count().await.unwrap(), 2);
}

/// How a request whose body is sent by `feed` was answered.
struct Answered {
    /// The status line.
    status_line: String,
    /// Everything after the head.
    body: String,
    /// Body bytes written before the answer came.
    sent: usize,
    /// From the end of the head to the answer.
    after: Duration,
    /// The hub closed the connection after answering.
    closed: bool,
}

/// Sends `head`, then body chunks every `pause` until the hub answers or the chunks run out; reads the answer on
/// its own thread meanwhile. Blocking sockets on threads: the client side must not share the hub's runtime.
fn request_fed_slowly(
    address: SocketAddr,
    head: String,
    chunks: impl Iterator<Item = Vec<u8>> + Send + 'static,
    pause: Duration,
) -> std::thread::JoinHandle<Answered> {
    std::thread::spawn(move || {
        let mut stream = TcpStream::connect(address).unwrap();
        stream.write_all(head.as_bytes()).unwrap();
        let started = Instant::now();
        let sent = Arc::new(AtomicUsize::new(0));
        let answered = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let mut writer = stream.try_clone().unwrap();
        let (writer_sent, writer_stop) = (sent.clone(), answered.clone());
        let feeder = std::thread::spawn(move || {
            for chunk in chunks {
                if writer_stop.load(Ordering::SeqCst) || writer.write_all(&chunk).is_err() {
                    return;
                }
                writer_sent.fetch_add(chunk.len(), Ordering::SeqCst);
                std::thread::sleep(pause);
            }
        });
        stream.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        let mut answer = Vec::new();
        let mut buffer = [0u8; 4096];
        let mut after = None;
        let closed = loop {
            match stream.read(&mut buffer) {
                Ok(0) => break true,
                Ok(n) => {
                    answer.extend_from_slice(&buffer[..n]);
                    if after.is_none() && answer.windows(4).any(|w| w == b"\r\n\r\n") {
                        after = Some(started.elapsed());
                        answered.store(true, Ordering::SeqCst);
                        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
                    }
                }
                // A reset after the answer also ends the connection; a timeout is left as "not closed".
                Err(error) => {
                    break after.is_some()
                        && !matches!(error.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut);
                }
            }
        };
        answered.store(true, Ordering::SeqCst);
        feeder.join().unwrap();
        let text = String::from_utf8_lossy(&answer);
        Answered {
            status_line: text.lines().next().unwrap_or_default().to_owned(),
            body: text.split_once("\r\n\r\n").map(|(_, body)| body.to_owned()).unwrap_or_default(),
            sent: sent.load(Ordering::SeqCst),
            after: after.unwrap_or_else(|| started.elapsed()),
            closed,
        }
    })
}

fn head(token: &str, length_header: &str) -> String {
    format!(
        "POST /api/v1/submissions HTTP/1.1\r\nhost: hub\r\nauthorization: Bearer {token}\r\n\
         content-type: application/json\r\n{length_header}\r\n\r\n"
    )
}

pub async fn a_slow_body_is_cut_off_with_408_while_others_are_served(db: Arc<dyn Database>) {
    const SLOW_ID: &str = "51040000-0000-4000-8000-000000000001";
    let f = fixture(db).await;
    let token = enrol(&f.db, "B82005").await;
    let neighbour = enrol(&f.db, "B82010").await;
    let mut hub = Hub::new(f.db.clone());
    hub.request_timeout = Duration::from_secs(6);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(pathfinder_hub::serve::serve(
        listener,
        app(hub),
        pathfinder_hub::serve::Options::default(),
        std::future::pending(),
    ));

    // A valid submission, 16 bytes every tenth of a second: it would take over ten seconds to arrive whole.
    let body = example_with_id(SLOW_ID).into_bytes();
    let chunks: Vec<Vec<u8>> = body.chunks(16).map(<[u8]>::to_vec).collect();
    let slow = request_fed_slowly(
        address,
        head(&token, &format!("content-length: {}", body.len())),
        chunks.into_iter(),
        Duration::from_millis(100),
    );

    let client = HubClient::new(&format!("http://{address}")).unwrap();
    let theirs = EXAMPLE.replace("B82005", "B82010").replace("0b6f3c2e", "b82010aa");
    client.submit(&neighbour, theirs.into_bytes()).await.expect("another practice is served meanwhile");
    let config = client.config(&neighbour).await.expect("and its settings");
    assert_eq!(config.ods_code, "B82010");
    assert!(!slow.is_finished(), "the slow request was still going while the others were served");

    let answered = tokio::task::spawn_blocking(move || slow.join().unwrap()).await.unwrap();
    assert!(answered.status_line.starts_with("HTTP/1.1 408"), "{}", answered.status_line);
    let error: serde_json::Value = serde_json::from_str(&answered.body).expect("the 408 says why, in JSON");
    assert_eq!(error["code"], "timeout");
    assert!(answered.after >= Duration::from_secs(6), "cut off at the timeout, not before: {:?}", answered.after);
    assert!(answered.sent < body.len(), "cut off before the body was whole: {} of {}", answered.sent, body.len());
    assert!(answered.closed, "the hub closes the connection it cut off");

    assert_eq!(f.db.submission_count().await.unwrap(), 1, "only the other practice's submission is stored");
    let receipt = client.submit(&token, body).await.expect("the id of the cut-off body was never taken");
    assert_eq!(receipt.receipt_id.len(), 36);
    server.abort();
}

pub async fn an_endless_body_is_refused_at_the_size_limit(db: Arc<dyn Database>) {
    let f = fixture(db).await;
    let token = enrol(&f.db, "B82005").await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(pathfinder_hub::serve::serve(
        listener,
        app(Hub::new(f.db.clone())),
        pathfinder_hub::serve::Options::default(),
        std::future::pending(),
    ));

    // 100 MB promised, or chunks without end: the hub answers after its 64 KiB, long before either is sent.
    const PROMISED: usize = 100_000_000;
    let spaces = || std::iter::repeat_n(vec![b' '; 16 * 1024], PROMISED / (16 * 1024));
    let declared =
        request_fed_slowly(address, head(&token, &format!("content-length: {PROMISED}")), spaces(), Duration::ZERO);
    let chunked = request_fed_slowly(
        address,
        head(&token, "transfer-encoding: chunked"),
        spaces().map(|chunk| [format!("{:x}\r\n", chunk.len()).into_bytes(), chunk, b"\r\n".to_vec()].concat()),
        Duration::ZERO,
    );
    for (how, request) in [("content-length", declared), ("chunked", chunked)] {
        let answered = tokio::task::spawn_blocking(move || request.join().unwrap()).await.unwrap();
        assert!(answered.status_line.starts_with("HTTP/1.1 413"), "{how}: {}", answered.status_line);
        assert!(answered.sent < PROMISED / 2, "{how}: refused before it was read whole ({} bytes)", answered.sent);
    }
    assert_eq!(f.db.submission_count().await.unwrap(), 0);
    server.abort();
}
