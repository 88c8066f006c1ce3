//! Updates of the desktop app for tauri-plugin-updater. The hub is given a folder holding `latest.json` in the
//! updater's static format (what the release workflow attaches to a release) and, optionally, the installers
//! themselves. The app asks `GET /api/v1/app-updates/{target}/{arch}/{bundle}/{current}` and gets the release for
//! its platform when it is newer, or 204. Installers are signed with the release key and checked by the app, so
//! this endpoint needs no credential: it offers nothing an attacker could use.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use axum::Json;
use axum::body::Body;
use axum::extract::{Path as UrlPath, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use semver::Version;
use serde::{Deserialize, Serialize};
use tokio_util::io::ReaderStream;

use crate::Hub;
use crate::error::ApiError;

pub const MANIFEST: &str = "latest.json";
pub const INSTALLER_TYPE: &str = "application/octet-stream";

/// `latest.json`: one version, and per platform (`linux-x86_64-deb`, `windows-x86_64-nsis`, `darwin-aarch64`, …)
/// where its installer is and its signature.
#[derive(Debug, Deserialize)]
pub struct Manifest {
    pub version: String,
    #[serde(default)]
    pub notes: Option<String>,
    #[serde(default)]
    pub pub_date: Option<String>,
    pub platforms: HashMap<String, Platform>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Platform {
    pub signature: String,
    pub url: String,
    /// The release key's signature of the version and the installer's signature (the app installs nothing
    /// without it); passed on as it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_signature: Option<String>,
}

/// The answer the updater reads when there is an update.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Offer {
    version: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    notes: Option<String>,
    #[serde(rename = "pub_date", skip_serializing_if = "Option::is_none")]
    pub_date: Option<String>,
    url: String,
    signature: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    version_signature: Option<String>,
}

fn unavailable(message: &str) -> ApiError {
    ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "updates-unavailable", message)
}

async fn read_manifest(folder: &Path) -> Result<Manifest, ApiError> {
    let path = folder.join(MANIFEST);
    let bytes = tokio::fs::read(&path).await.map_err(|error| {
        tracing::error!(path = %path.display(), %error, "cannot read the update manifest");
        unavailable("the hub's update manifest cannot be read")
    })?;
    serde_json::from_slice(&bytes).map_err(|error| {
        tracing::error!(path = %path.display(), %error, "the update manifest is malformed");
        unavailable("the hub's update manifest is malformed")
    })
}

/// The release for a platform when it is newer than `current`.
fn offer(
    manifest: &Manifest,
    target: &str,
    arch: &str,
    bundle: &str,
    current: &str,
) -> Result<Option<Offer>, ApiError> {
    let current = Version::parse(current)
        .map_err(|_| ApiError::new(StatusCode::BAD_REQUEST, "invalid-value", "the current version is not a version"))?;
    let latest =
        Version::parse(&manifest.version).map_err(|_| unavailable("the manifest's version is not a version"))?;
    if latest <= current {
        return Ok(None);
    }
    let platforms = &manifest.platforms;
    let platform =
        platforms.get(&format!("{target}-{arch}-{bundle}")).or_else(|| platforms.get(&format!("{target}-{arch}")));
    Ok(platform.map(|platform| Offer {
        version: manifest.version.clone(),
        notes: manifest.notes.clone(),
        pub_date: manifest.pub_date.clone(),
        url: platform.url.clone(),
        signature: platform.signature.clone(),
        version_signature: platform.version_signature.clone(),
    }))
}

pub async fn check(
    State(hub): State<Hub>,
    UrlPath((target, arch, bundle, current)): UrlPath<(String, String, String, String)>,
) -> Result<Response, ApiError> {
    let Some(folder) = hub.updates.as_deref() else {
        return Ok(StatusCode::NO_CONTENT.into_response());
    };
    let manifest = read_manifest(folder).await?;
    Ok(match offer(&manifest, &target, &arch, &bundle, &current)? {
        Some(offer) => Json(offer).into_response(),
        None => StatusCode::NO_CONTENT.into_response(),
    })
}

/// An installer from the folder, by its bare file name only.
pub async fn file(State(hub): State<Hub>, UrlPath(name): UrlPath<String>) -> Result<Response, ApiError> {
    let not_found = || ApiError::new(StatusCode::NOT_FOUND, "not-found", "no such installer");
    let folder: &PathBuf = hub.updates.as_ref().ok_or_else(not_found)?;
    let safe = !name.starts_with('.')
        && name != MANIFEST
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if !safe {
        return Err(not_found());
    }
    let file = tokio::fs::File::open(folder.join(&name)).await.map_err(|_| not_found())?;
    let length = file.metadata().await.map_err(|_| not_found())?.len();
    let headers = [
        (header::CONTENT_TYPE, INSTALLER_TYPE.to_owned()),
        (header::CONTENT_LENGTH, length.to_string()),
        (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
    ];
    Ok((headers, Body::from_stream(ReaderStream::new(file))).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> Manifest {
        serde_json::from_str(
            r#"{"version":"0.2.0","notes":"Letters in Somali","pub_date":"2026-11-26T12:00:00Z","platforms":{
                "linux-x86_64-deb":{"signature":"sig-deb","url":"https://hub.example/pathfinder_0.2.0_amd64.deb",
                    "versionSignature":"version-sig-deb"},
                "windows-x86_64":{"signature":"sig-nsis","url":"https://hub.example/Pathfinder_0.2.0_x64-setup.exe"}}}"#,
        )
        .unwrap()
    }

    #[test]
    fn a_newer_release_is_offered_for_the_platform_asked() {
        let deb = offer(&manifest(), "linux", "x86_64", "deb", "0.1.0").unwrap().unwrap();
        assert_eq!((deb.version.as_str(), deb.signature.as_str()), ("0.2.0", "sig-deb"));
        assert_eq!(deb.notes.as_deref(), Some("Letters in Somali"));
        let answer = serde_json::to_value(&deb).unwrap();
        assert_eq!(answer["versionSignature"], "version-sig-deb", "passed on for the app to check");
        assert_eq!(answer["pub_date"], "2026-11-26T12:00:00Z", "spelled as the updater reads it");
        assert!(answer.get("pubDate").is_none());
        let windows = offer(&manifest(), "windows", "x86_64", "nsis", "0.1.9").unwrap().unwrap();
        assert_eq!(windows.signature, "sig-nsis", "the platform without a bundle type is the fallback");
    }

    #[test]
    fn the_same_or_a_newer_version_and_unknown_platforms_get_nothing() {
        assert!(offer(&manifest(), "linux", "x86_64", "deb", "0.2.0").unwrap().is_none());
        assert!(offer(&manifest(), "linux", "x86_64", "deb", "0.10.0").unwrap().is_none(), "compared as versions");
        assert!(offer(&manifest(), "darwin", "aarch64", "app", "0.1.0").unwrap().is_none());
        let error = offer(&manifest(), "linux", "x86_64", "deb", "latest").err().unwrap();
        assert_eq!(error.status, StatusCode::BAD_REQUEST);
    }
}
