//! Whether an update the hub offers may be offered to the manager and installed: the one check both the update check
//! and the install make (the desktop shell's updater glue calls [`vet_offer`] at each), with no Tauri in it.
//!
//! The installer's signature covers its bytes, not the version the manifest claims for it: a hub (or whoever controls
//! `latest.json`) could offer an old, genuinely signed build as "99.0.0". So every platform's entry also carries
//! `versionSignature`, the release key's signature of [`version_statement`] (the version and the installer's own
//! signature, as `scripts/sign-version.sh` signs it with the updater's key). An offer whose version signature is
//! missing or wrong, or whose version is not newer than the running one, is never shown as available, and never
//! installed.

use base64::Engine;

/// What the release key signs for each installer besides the installer itself: the version it is, bound to that
/// installer by the installer's own signature.
pub fn version_statement(version: &str, installer_signature: &str) -> String {
    format!("pathfinder {version}\n{installer_signature}\n")
}

/// What a hub's manifest says of an update: its version, its installer's signature and the version's signature.
#[derive(Debug, Clone, Copy)]
pub struct Offer<'a> {
    pub version: &'a str,
    /// The installer's own signature (the manifest's `signature`), checked by the updater on download.
    pub installer_signature: &'a str,
    /// The manifest's `versionSignature`, when it has one.
    pub version_signature: Option<&'a str>,
}

/// Why an offered update is refused. The message may be shown to the manager (as the reason an install failed); the
/// [`code`](Refusal::code) is what the log records.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("the app has no release key to check it with")]
    NoReleaseKey,
    #[error("the app's release key cannot be read")]
    ReleaseKeyUnreadable,
    #[error("its version is not signed")]
    VersionUnsigned,
    #[error("its version signature cannot be read")]
    VersionSignatureUnreadable,
    #[error("version {version} is not what the release key signed for this installer")]
    NotSignedForInstaller { version: String },
    #[error("its version {offered} is not a version number")]
    VersionUnreadable { offered: String },
    #[error("version {offered} is not newer than the running {running}")]
    NotNewer { offered: String, running: String },
}

impl Refusal {
    /// A stable code for the log: no version, key or signature.
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::NoReleaseKey => "update-no-release-key",
            Refusal::ReleaseKeyUnreadable => "update-release-key-unreadable",
            Refusal::VersionUnsigned => "update-version-unsigned",
            Refusal::VersionSignatureUnreadable => "update-version-signature-unreadable",
            Refusal::NotSignedForInstaller { .. } => "update-version-not-signed-for-installer",
            Refusal::VersionUnreadable { .. } => "update-version-unreadable",
            Refusal::NotNewer { .. } => "update-not-newer",
        }
    }
}

/// Whether `version_signature` is the release key's (`public_key`, as tauri.conf.json holds it: base64 of minisign's
/// public key file) signature of the statement for this version and installer.
pub fn verify_version(
    public_key: &str,
    version: &str,
    installer_signature: &str,
    version_signature: &str,
) -> Result<(), Refusal> {
    let text = |base64: &str| {
        let bytes = base64::engine::general_purpose::STANDARD.decode(base64.trim()).ok()?;
        String::from_utf8(bytes).ok()
    };
    let key = text(public_key)
        .and_then(|key| minisign_verify::PublicKey::decode(&key).ok())
        .ok_or(Refusal::ReleaseKeyUnreadable)?;
    let signature = text(version_signature)
        .and_then(|signature| minisign_verify::Signature::decode(&signature).ok())
        .ok_or(Refusal::VersionSignatureUnreadable)?;
    key.verify(version_statement(version, installer_signature).as_bytes(), &signature, false)
        .map_err(|_| Refusal::NotSignedForInstaller { version: version.to_owned() })
}

/// Whether the app running `running`, holding the release key `public_key`, may offer and install `offer`: its
/// version is newer than the running one, and the release key signed that version for that installer.
pub fn vet_offer(public_key: Option<&str>, running: &str, offer: &Offer) -> Result<(), Refusal> {
    let offered = semver::Version::parse(offer.version.trim())
        .map_err(|_| Refusal::VersionUnreadable { offered: offer.version.to_owned() })?;
    // The running version is the app's own (its Cargo.toml); one that cannot be read offers nothing.
    let current = semver::Version::parse(running.trim())
        .map_err(|_| Refusal::VersionUnreadable { offered: running.to_owned() })?;
    if offered <= current {
        return Err(Refusal::NotNewer { offered: offer.version.to_owned(), running: running.to_owned() });
    }
    let public_key = public_key.ok_or(Refusal::NoReleaseKey)?;
    let version_signature = offer.version_signature.ok_or(Refusal::VersionUnsigned)?;
    verify_version(public_key, offer.version, offer.installer_signature, version_signature)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A throwaway key's public half and its signature of `version_statement("0.2.0", "installer-signature")`, made
    /// with `tauri signer sign` (the release workflow's tool).
    const TEST_KEY: &str = "dW50cnVzdGVkIGNvbW1lbnQ6IG1pbmlzaWduIHB1YmxpYyBrZXk6IDAxRjZBMDVDOUI1QUZCRDIKUldUUysxcWJYS0QyQVhGc1BOQWxjemFtQUlBL3pnTzcyOTdkQlIvMkZMb1dtWVo0Qks2MW1YYkcK";
    const SIGNED_0_2_0: &str = "dW50cnVzdGVkIGNvbW1lbnQ6IHNpZ25hdHVyZSBmcm9tIHRhdXJpIHNlY3JldCBrZXkKUlVUUysxcWJYS0QyQVllWU91L3JldXp0dVE5Y1RuUjFMemo5bkxEUlNyWTVPd1Rub3JiRnZMb3F3d1FjeDBLMUhCVDJkMmFkdnFnVEprU05vSzROR3Z0a0JQMmloRWVSY3dzPQp0cnVzdGVkIGNvbW1lbnQ6IHRpbWVzdGFtcDoxNzk2NTkxNDkwCWZpbGU6c3RhdGVtZW50CkZtMWZlV2VEK2pzYVJGNTZxNXo4NzJ4dHB3d0pBZ0tHdDQ2TFR0cHBaaUFEQlBVYzVqS3NCNGNLTHdob3U4ZlozcVlMM3FlbVZBeHpKbDJlK0EzeUNnPT0K";

    /// Another throwaway release key (`tauri signer generate`), and its signatures (`tauri signer sign`, as
    /// scripts/sign-version.sh runs it) of the statements for two builds: 0.1.0, whose installer's signature is
    /// `installer-0.1.0`, and 0.3.0, whose installer's signature is `installer-0.3.0`.
    const RELEASE_KEY: &str = "dW50cnVzdGVkIGNvbW1lbnQ6IG1pbmlzaWduIHB1YmxpYyBrZXk6IDUwMTZENjEyQzFEREVCNkYKUldSdjY5M0JFdFlXVUJvY3VCTjlKWCtsYjNkZmZTaUp0RjF5THlPaE9odUVkNFlPNW1LbXVPWGgK";
    const SIGNED_0_1_0: &str = "dW50cnVzdGVkIGNvbW1lbnQ6IHNpZ25hdHVyZSBmcm9tIHRhdXJpIHNlY3JldCBrZXkKUlVSdjY5M0JFdFlXVUJWS0hUQXY1T3VVNmlwb0JaeVpDS3FZMWZBVEpRdWpuL3hGTjVtUFRNQTZVZDZsU1BsOU4zYWRZN00zRVg0TUZWMytTN0IweUVvQ1RiSmJKVjAvcEFzPQp0cnVzdGVkIGNvbW1lbnQ6IHRpbWVzdGFtcDoxNzk2NjExMDIxCWZpbGU6c3RtdAorYlpFUDVuMUVNL0lyVzFhazNQeU11SE43Y3BYSzZjL1NKbEhwTTd0M3pJS3JqSlU4TFp5QXdIM3hkbksrVyt1L0ZzK295Q1lOMEhURVM2cUZhRHhBUT09Cg==";
    const SIGNED_0_3_0: &str = "dW50cnVzdGVkIGNvbW1lbnQ6IHNpZ25hdHVyZSBmcm9tIHRhdXJpIHNlY3JldCBrZXkKUlVSdjY5M0JFdFlXVU4vYzlOOUw3ellZRGNUSzEybFN4MEFMbFdLRmlkcW1IMEE3YllhbU5FanlyVVZndDlZRXZmRzRCKzRFR25RaGk1clVpbUo5NHZJb01GTFE2S3ZhQ0FFPQp0cnVzdGVkIGNvbW1lbnQ6IHRpbWVzdGFtcDoxNzk2NjExMDIwCWZpbGU6c3RtdApTMmJrVjdoeVhCRkNOQk1WZ1pub2IyUTMweEJVei9rd29JYkpLcTA4OTk2RDJRYTN2VjdnRHJHVkZPT0x2SXQ3L2EvMm9GK0dZNGN1RlhiWmJuQUpCdz09Cg==";

    fn offer<'a>(version: &'a str, installer_signature: &'a str, version_signature: Option<&'a str>) -> Offer<'a> {
        Offer { version, installer_signature, version_signature }
    }

    #[test]
    fn the_version_an_update_claims_must_be_the_one_signed_for_its_installer() {
        assert_eq!(verify_version(TEST_KEY, "0.2.0", "installer-signature", SIGNED_0_2_0), Ok(()));
        let relabelled = verify_version(TEST_KEY, "99.0.0", "installer-signature", SIGNED_0_2_0).unwrap_err();
        assert!(relabelled.to_string().contains("99.0.0"), "{relabelled}");
        assert!(verify_version(TEST_KEY, "0.2.0", "another-installer", SIGNED_0_2_0).is_err(), "another installer");
        assert_eq!(
            verify_version(TEST_KEY, "0.2.0", "installer-signature", "not base64!"),
            Err(Refusal::VersionSignatureUnreadable)
        );
    }

    #[test]
    fn a_correctly_signed_newer_version_is_offered() {
        let newer = offer("0.3.0", "installer-0.3.0", Some(SIGNED_0_3_0));
        assert_eq!(vet_offer(Some(RELEASE_KEY), "0.1.0", &newer), Ok(()));
        assert_eq!(vet_offer(Some(RELEASE_KEY), "0.2.9", &newer), Ok(()));
        assert_eq!(
            vet_offer(Some(TEST_KEY), "0.1.0", &offer("0.2.0", "installer-signature", Some(SIGNED_0_2_0))),
            Ok(())
        );
    }

    #[test]
    fn an_old_genuinely_signed_installer_labelled_as_a_newer_version_is_not_offered() {
        // The 0.1.0 installer and its real version signature, claimed to be 0.3.0 while 0.2.0 runs.
        let relabelled = offer("0.3.0", "installer-0.1.0", Some(SIGNED_0_1_0));
        let refused = vet_offer(Some(RELEASE_KEY), "0.2.0", &relabelled).unwrap_err();
        assert_eq!(refused, Refusal::NotSignedForInstaller { version: "0.3.0".into() });
        assert_eq!(refused.code(), "update-version-not-signed-for-installer");
        assert!(refused.to_string().contains("is not what the release key signed"), "{refused}");
        // 0.3.0's version signature with the old installer's signature: not signed for that installer either.
        let swapped = offer("0.3.0", "installer-0.1.0", Some(SIGNED_0_3_0));
        assert_eq!(refused.code(), vet_offer(Some(RELEASE_KEY), "0.2.0", &swapped).unwrap_err().code());
    }

    #[test]
    fn a_missing_or_foreign_version_signature_is_not_offered() {
        let unsigned = offer("0.3.0", "installer-0.3.0", None);
        let refused = vet_offer(Some(RELEASE_KEY), "0.1.0", &unsigned).unwrap_err();
        assert_eq!(refused, Refusal::VersionUnsigned);
        assert_eq!(refused.to_string(), "its version is not signed");
        let unreadable = offer("0.3.0", "installer-0.3.0", Some("not base64!"));
        assert_eq!(vet_offer(Some(RELEASE_KEY), "0.1.0", &unreadable), Err(Refusal::VersionSignatureUnreadable));
        // Signed, but by another key than the app's.
        let foreign = offer("0.2.0", "installer-signature", Some(SIGNED_0_2_0));
        assert_eq!(
            vet_offer(Some(RELEASE_KEY), "0.1.0", &foreign).unwrap_err().code(),
            "update-version-not-signed-for-installer"
        );
        // An app with no release key offers nothing.
        let newer = offer("0.3.0", "installer-0.3.0", Some(SIGNED_0_3_0));
        assert_eq!(vet_offer(None, "0.1.0", &newer), Err(Refusal::NoReleaseKey));
        assert_eq!(vet_offer(Some("not a key"), "0.1.0", &newer), Err(Refusal::ReleaseKeyUnreadable));
    }

    #[test]
    fn a_version_at_or_below_the_running_one_is_not_offered() {
        let signed = offer("0.3.0", "installer-0.3.0", Some(SIGNED_0_3_0));
        for running in ["0.3.0", "0.3.1", "1.0.0"] {
            let refused = vet_offer(Some(RELEASE_KEY), running, &signed).unwrap_err();
            assert_eq!(refused.code(), "update-not-newer", "running {running}");
        }
        let odd = offer("latest", "installer-0.3.0", Some(SIGNED_0_3_0));
        assert_eq!(vet_offer(Some(RELEASE_KEY), "0.1.0", &odd).unwrap_err().code(), "update-version-unreadable");
    }

    #[test]
    fn every_refusal_has_a_code_the_log_may_hold() {
        let refusals = [
            Refusal::NoReleaseKey,
            Refusal::ReleaseKeyUnreadable,
            Refusal::VersionUnsigned,
            Refusal::VersionSignatureUnreadable,
            Refusal::NotSignedForInstaller { version: "99.0.0".into() },
            Refusal::VersionUnreadable { offered: "pf_tok_SECRET".into() },
            Refusal::NotNewer { offered: "0.1.0".into(), running: "0.2.0".into() },
        ];
        for refusal in refusals {
            assert_eq!(crate::log_lines::code(refusal.code()), refusal.code());
            let line = crate::log_lines::update_refused(&refusal);
            assert!(line.contains(refusal.code()) && !line.contains("SECRET"), "{line}");
        }
    }
}
