//! The Linux package as a practice's IT would meet it: the .deb the Tauri bundler made, installed with apt-get,
//! started from where it was installed in a real window, and updated to a newer build that a real hub on loopback
//! offers. scripts/test-package.sh builds the two packages (signed with a throwaway updater key whose public half
//! is in both builds) and passes their folder in PATHFINDER_PACKAGES. Needs root (apt-get, dpkg, sudo), Xvfb and
//! tauri-driver.

#[path = "support/hub.rs"]
mod hub;
#[path = "support/webdriver.rs"]
mod webdriver;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use hub::TestHub;
use webdriver::{Display, Driver, Session, wait_until};

const INSTALLED: &str = "/usr/bin/pathfinder";

fn run(program: &str, args: &[&str]) -> String {
    let output = Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn installed_version() -> Option<String> {
    let output = Command::new("dpkg-query").args(["-W", "-f=${Status} ${Version}", "pathfinder"]).output().ok()?;
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.strip_prefix("install ok installed ").map(str::to_owned)
}

/// The two packages, older first, each with its updater signature.
fn packages() -> [(String, PathBuf); 2] {
    let dir = PathBuf::from(std::env::var("PATHFINDER_PACKAGES").expect("run through scripts/test-package.sh"));
    let mut debs: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "deb"))
        .map(|path| (run("dpkg-deb", &["-f", path.to_str().unwrap(), "Version"]).trim().to_owned(), path))
        .collect();
    debs.sort_by_key(|(version, _)| version.split('.').map(|n| n.parse::<u32>().unwrap()).collect::<Vec<_>>());
    let [older, newer]: [(String, PathBuf); 2] = debs.try_into().expect("exactly two packages");
    for (_, deb) in [&older, &newer] {
        assert!(deb.with_extension("deb.sig").exists(), "{} has no updater signature", deb.display());
    }
    [older, newer]
}

/// The installed package, removed again however the test ends, with any copy of the app still running.
struct Installed;

impl Drop for Installed {
    fn drop(&mut self) {
        let _ = Command::new("pkill").args(["-KILL", "-f", &format!("^{INSTALLED}")]).status();
        let _ = Command::new("apt-get").args(["purge", "-y", "-qq", "pathfinder"]).output();
    }
}

/// The app processes running from the installed binary, and whether each runs the binary now on disk (not one
/// that dpkg has replaced under it).
fn running_apps() -> Vec<(u32, bool)> {
    let pids = Command::new("pgrep").args(["-f", &format!("^{INSTALLED}")]).output().unwrap();
    String::from_utf8_lossy(&pids.stdout)
        .lines()
        .filter_map(|pid| pid.trim().parse().ok())
        .map(|pid: u32| {
            let exe = std::fs::read_link(format!("/proc/{pid}/exe")).unwrap_or_default();
            (pid, !exe.to_string_lossy().ends_with("(deleted)"))
        })
        .collect()
}

/// The hub's release folder: an installer, and a manifest offering it as `version` with `signature` and, when given,
/// `versionSignature`.
fn offer(updates: &Path, hub_url: &str, deb: &Path, version: &str, signature: &str, version_signature: Option<&str>) {
    let name = deb.file_name().unwrap().to_str().unwrap();
    std::fs::copy(deb, updates.join(name)).unwrap();
    let mut platform = serde_json::json!({
        "signature": signature,
        "url": format!("{hub_url}/api/v1/app-updates/files/{name}"),
    });
    if let Some(version_signature) = version_signature {
        platform["versionSignature"] = version_signature.into();
    }
    let manifest = serde_json::json!({
        "version": version,
        "notes": "Letters in Somali",
        "pub_date": "2026-11-26T12:00:00Z",
        "platforms": { "linux-x86_64-deb": platform },
    });
    std::fs::write(updates.join("latest.json"), manifest.to_string()).unwrap();
}

fn screenshot_shows_something(session: &Session, path: &Path) {
    session.screenshot(path).unwrap();
    let spread = run("convert", &[path.to_str().unwrap(), "-format", "%[fx:standard_deviation]", "info:"]);
    let spread: f64 = spread.trim().parse().unwrap();
    assert!(spread > 0.05, "{} is blank (standard deviation {spread})", path.display());
}

fn plain(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn the_deb_installs_starts_and_updates_itself_from_the_hub() {
    let [(old_version, old_deb), (new_version, new_deb)] = packages();
    let scratch = tempfile::tempdir().unwrap();
    let folder = |name: &str| {
        let dir = scratch.path().join(name);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    };
    let _installed = Installed;
    if installed_version().is_some() {
        run("apt-get", &["purge", "-y", "-qq", "pathfinder"]);
    }
    run("apt-get", &["install", "-y", "-qq", old_deb.to_str().unwrap()]);
    assert_eq!(installed_version().as_deref(), Some(old_version.as_str()));

    let files = run("dpkg", &["-L", "pathfinder"]);
    for expected in [
        INSTALLED,
        "/usr/share/applications/Pathfinder.desktop",
        "/usr/share/icons/hicolor/128x128/apps/pathfinder.png",
        "/usr/lib/Pathfinder/fonts/NotoSans-Regular.ttf",
        "/usr/lib/Pathfinder/fonts/NotoNaskhArabic-Bold.ttf",
        "/usr/lib/Pathfinder/fonts/NotoSansCJK-Regular.ttc",
    ] {
        assert!(files.lines().any(|line| line == expected), "the package lacks {expected}:\n{files}");
    }
    let control = run("dpkg-query", &["-W", "-f=${Maintainer}|${Description}|${Depends}", "pathfinder"]);
    assert!(control.contains("Pathfinder|Get a GP practice ready"), "package metadata: {control}");
    assert!(control.contains("libwebkit2gtk-4.1-0"), "it depends on the WebKit it needs: {control}");

    let updates = folder("updates");
    let mut hub = TestHub::start_offering_updates(&folder("hub"), Some(updates.clone()));
    let read = |path: PathBuf| std::fs::read_to_string(path).unwrap();
    let old_signature = read(old_deb.with_extension("deb.sig"));
    let old_version_signature = read(old_deb.with_extension("deb.version.sig"));
    let new_signature = read(new_deb.with_extension("deb.sig"));
    let new_version_signature = read(new_deb.with_extension("deb.version.sig"));
    let mismatch = read(old_deb.with_file_name("mismatch.version.sig"));
    // First a manifest whose signature is of another file (its version signed for that signature): the app must
    // refuse what it downloads.
    offer(&updates, &hub.url(), &new_deb, &new_version, &old_signature, Some(&mismatch));

    // The installed (release) app keeps its data where the OS says (XDG_DATA_HOME here), whatever the tests' hook
    // says: a release build does not honour it.
    let data = folder("data");
    let ignored = folder("hook").join("data");
    let display = Display::start().unwrap();
    let env = [
        ("XDG_DATA_HOME", data.to_str().unwrap()),
        (pathfinder::DATA_DIR_ENV, ignored.to_str().unwrap()),
        (pathfinder::HUB_URL_ENV, &hub.url()),
        (pathfinder::KEYCHAIN_ENV, "off"),
        ("LANG", "en_GB.UTF-8"),
    ];
    let driver = Driver::start(&display, &env).unwrap();
    let shots = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e");

    let session = driver.session(Path::new(INSTALLED)).unwrap();
    session.wait_for_text("body[data-page=practice] h1", |text| text == "Set up your practice").unwrap();
    let footer = plain(session.wait_for_text("#pf-version", |text| !text.is_empty()).unwrap());
    assert_eq!(footer, format!("Pathfinder version {old_version}"));
    let offered = plain(session.wait_for_text("#pf-update-callout p", |text| !text.is_empty()).unwrap());
    assert!(offered.starts_with(&format!("Version {new_version} of Pathfinder is ready")), "{offered}");
    screenshot_shows_something(&session, &shots.join("installed-deb.png"));
    assert!(data.join("app.pathfinder.desktop/pathfinder.sqlite3").exists(), "the data is in the OS folder");
    assert!(!ignored.exists(), "the release build ignored {}", pathfinder::DATA_DIR_ENV);

    session.click(&session.find("#pf-update-install").unwrap()).unwrap();
    let refused = session.wait_for_text("#pf-errors", |text| !text.is_empty()).unwrap();
    assert!(refused.contains("The update could not be installed"), "{refused}");
    assert!(refused.contains("signature verification failed"), "refused for its signature: {refused}");
    assert_eq!(installed_version().as_deref(), Some(old_version.as_str()), "a badly signed update is not installed");
    session.close().unwrap();

    // An old, genuinely signed build offered as the newer version (its installer signature and its own version's
    // signature both real): the version claimed is not the one signed for it. Then the newer build with its version
    // unsigned. Neither is offered: the check, done once the footer shows the running version, shows no callout, so
    // there is nothing to install.
    let attempts = [
        (&old_deb, old_signature.as_str(), Some(old_version_signature.as_str()), "relabelled"),
        (&new_deb, new_signature.as_str(), None, "unsigned version"),
    ];
    for (deb, signature, version_signature, what) in attempts {
        offer(&updates, &hub.url(), deb, &new_version, signature, version_signature);
        let session = driver.session(Path::new(INSTALLED)).unwrap();
        session.wait_for_text("#pf-version", |text| !text.is_empty()).unwrap();
        let callout = session.execute("return document.querySelector('#pf-update-callout') !== null").unwrap();
        assert_eq!(callout, serde_json::Value::Bool(false), "{what}: not offered");
        assert_eq!(installed_version().as_deref(), Some(old_version.as_str()), "{what}: not installed");
        session.close().unwrap();
    }

    // Now the real signature: the manager installs, the package is upgraded and the app restarts into it.
    offer(&updates, &hub.url(), &new_deb, &new_version, &new_signature, Some(&new_version_signature));
    let session = driver.session(Path::new(INSTALLED)).unwrap();
    session.wait_for_text("#pf-update-callout p", |text| !text.is_empty()).unwrap();
    let before: Vec<u32> = running_apps().into_iter().map(|(pid, _)| pid).collect();
    assert!(!before.is_empty(), "the app is running");
    session.click(&session.find("#pf-update-install").unwrap()).unwrap();
    wait_until(Duration::from_secs(120), "the newer package to be installed", || {
        Ok((installed_version().as_deref() == Some(new_version.as_str())).then_some(()))
    })
    .unwrap();
    wait_until(Duration::from_secs(30), "the app to restart into the new version", || {
        let restarted = running_apps().into_iter().any(|(pid, current)| current && !before.contains(&pid));
        Ok(restarted.then_some(()))
    })
    .unwrap();
    assert_eq!(hub.submission_count(), 0, "checking for updates sends nothing about the practice");
    drop(session);
}
