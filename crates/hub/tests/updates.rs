//! The app-updates routes through the real router: the offer for a platform, and installers served from the release
//! folder by bare name only, streamed and never compressed again.

use std::path::Path;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use pathfinder_hub::db::{Database, SqliteDatabase};
use pathfinder_hub::{Hub, app};
use serde_json::Value;
use tower::ServiceExt;

const INSTALLER: &[u8] = b"!<arch>\ndebian-binary   the newer installer's bytes";

async fn hub(dir: &Path, updates: Option<&Path>) -> Hub {
    let db: Arc<dyn Database> = Arc::new(SqliteDatabase::open(&dir.join("hub.sqlite3")).await.unwrap());
    Hub { updates: updates.map(Path::to_path_buf), ..Hub::new(db) }
}

async fn get(hub: &Hub, uri: &str) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    fetch(hub, Request::get(uri)).await
}

async fn fetch(hub: &Hub, request: axum::http::request::Builder) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let request = request.body(Body::empty()).unwrap();
    let response = app(hub.clone()).oneshot(request).await.unwrap();
    let (status, headers) = (response.status(), response.headers().clone());
    (status, headers, response.into_body().collect().await.unwrap().to_bytes().to_vec())
}

fn release_folder(dir: &Path) -> std::path::PathBuf {
    let folder = dir.join("releases");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("pathfinder_0.2.0_amd64.deb"), INSTALLER).unwrap();
    std::fs::write(dir.join("secret.txt"), "outside the release folder").unwrap();
    let manifest = r#"{"version":"0.2.0","notes":"Letters in Somali","platforms":{
        "linux-x86_64-deb":{"signature":"c2lnbmF0dXJl","url":"https://hub.example/api/v1/app-updates/files/pathfinder_0.2.0_amd64.deb"}}}"#;
    std::fs::write(folder.join("latest.json"), manifest).unwrap();
    folder
}

#[tokio::test]
async fn an_older_app_is_offered_the_release_for_its_platform_and_a_current_one_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let hub = hub(dir.path(), Some(&release_folder(dir.path()))).await;

    let (status, _, body) = get(&hub, "/api/v1/app-updates/linux/x86_64/deb/0.1.0").await;
    assert_eq!(status, StatusCode::OK);
    let offer: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(offer["version"], "0.2.0");
    assert_eq!(offer["signature"], "c2lnbmF0dXJl");
    assert_eq!(offer["notes"], "Letters in Somali");

    for uri in ["/api/v1/app-updates/linux/x86_64/deb/0.2.0", "/api/v1/app-updates/windows/x86_64/nsis/0.1.0"] {
        assert_eq!(get(&hub, uri).await.0, StatusCode::NO_CONTENT, "{uri}");
    }
    let (status, _, body) = get(&hub, "/api/v1/app-updates/linux/x86_64/deb/latest").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(serde_json::from_slice::<Value>(&body).unwrap()["code"], "invalid-value");
}

#[tokio::test]
async fn a_hub_without_releases_offers_none_and_a_broken_manifest_is_a_503_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let without = hub(dir.path(), None).await;
    assert_eq!(get(&without, "/api/v1/app-updates/linux/x86_64/deb/0.1.0").await.0, StatusCode::NO_CONTENT);
    assert_eq!(get(&without, "/api/v1/app-updates/files/pathfinder_0.2.0_amd64.deb").await.0, StatusCode::NOT_FOUND);

    let folder = release_folder(dir.path());
    std::fs::write(folder.join("latest.json"), "{\"version\": ").unwrap();
    let broken = hub(dir.path(), Some(&folder)).await;
    let (status, headers, body) = get(&broken, "/api/v1/app-updates/linux/x86_64/deb/0.1.0").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(headers.contains_key("retry-after"));
    assert_eq!(serde_json::from_slice::<Value>(&body).unwrap()["code"], "updates-unavailable");
}

#[tokio::test]
async fn installers_are_served_by_bare_name_only_and_not_compressed_again() {
    let dir = tempfile::tempdir().unwrap();
    let hub = hub(dir.path(), Some(&release_folder(dir.path()))).await;

    // The updater accepts gzip, which the hub uses for everything but installers.
    let installer =
        Request::get("/api/v1/app-updates/files/pathfinder_0.2.0_amd64.deb").header("accept-encoding", "gzip");
    let (status, headers, body) = fetch(&hub, installer).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, INSTALLER);
    assert_eq!(headers["content-length"], INSTALLER.len().to_string().as_str());
    assert_eq!(headers["content-type"], "application/octet-stream");
    assert!(!headers.contains_key("content-encoding"), "an installer is sent as it is");

    for name in
        ["latest.json", ".hidden", "..%2Fsecret.txt", "%2E%2E%2Fsecret.txt", "%2Fetc%2Fpasswd", "..", "missing.deb"]
    {
        let (status, _, body) = get(&hub, &format!("/api/v1/app-updates/files/{name}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{name}");
        assert!(!String::from_utf8_lossy(&body).contains("outside the release folder"), "{name}");
    }
}
