//! Where the practice's hub token is kept: the OS keychain where there is one, else a file in the app's data
//! folder that only the user can read. The app tells the manager which.

use std::fs;
use std::io;
use std::path::PathBuf;

use serde::Serialize;

const SERVICE: &str = "app.pathfinder.desktop";
const ACCOUNT: &str = "practice-token";
pub const TOKEN_FILE: &str = "practice-token";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum TokenPlace {
    Keychain,
    File,
}

/// One place a secret can be kept.
pub trait Vault: Send + Sync {
    fn place(&self) -> TokenPlace;
    fn put(&self, token: &str) -> Result<(), String>;
    fn get(&self) -> Result<Option<String>, String>;
    fn delete(&self) -> Result<(), String>;
}

/// The OS keychain: Keychain on macOS, Credential Manager on Windows, the Secret Service on Linux desktops.
pub struct Keychain;

impl Keychain {
    fn entry() -> Result<keyring::Entry, String> {
        keyring::Entry::new(SERVICE, ACCOUNT).map_err(|e| e.to_string())
    }
}

impl Vault for Keychain {
    fn place(&self) -> TokenPlace {
        TokenPlace::Keychain
    }

    fn put(&self, token: &str) -> Result<(), String> {
        Self::entry()?.set_password(token).map_err(|e| e.to_string())
    }

    fn get(&self) -> Result<Option<String>, String> {
        match Self::entry()?.get_password() {
            Ok(token) => Ok(Some(token)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(error) => Err(error.to_string()),
        }
    }

    fn delete(&self) -> Result<(), String> {
        match Self::entry()?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(error) => Err(error.to_string()),
        }
    }
}

/// A file only the user can read (mode 0600 on Unix; on Windows the user's own app-data folder).
pub struct TokenFile(pub PathBuf);

impl Vault for TokenFile {
    fn place(&self) -> TokenPlace {
        TokenPlace::File
    }

    fn put(&self, token: &str) -> Result<(), String> {
        pathfinder_files::write_private_atomically(&self.0, token.as_bytes()).map_err(|e| e.to_string())
    }

    fn get(&self) -> Result<Option<String>, String> {
        match fs::read_to_string(&self.0) {
            Ok(token) => Ok(Some(token.trim().to_owned()).filter(|t| !t.is_empty())),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(error.to_string()),
        }
    }

    fn delete(&self) -> Result<(), String> {
        match fs::remove_file(&self.0) {
            Ok(()) => Ok(()),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(error) => Err(error.to_string()),
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("the hub token could not be kept anywhere: {0}")]
pub struct CredentialError(pub String);

/// The vaults in order of preference.
pub struct Credentials {
    vaults: Vec<Box<dyn Vault>>,
}

impl Credentials {
    pub fn new(vaults: Vec<Box<dyn Vault>>) -> Self {
        Self { vaults }
    }

    /// The keychain where the configuration allows it, then the token file in the data folder.
    pub fn for_config(config: &crate::Config) -> Self {
        let mut vaults: Vec<Box<dyn Vault>> = Vec::new();
        if config.keychain {
            vaults.push(Box::new(Keychain));
        }
        vaults.push(Box::new(TokenFile(config.data_dir.join(TOKEN_FILE))));
        Self::new(vaults)
    }

    /// Keeps the token in the first vault that takes it, and removes any older copy from the others.
    pub fn save(&self, token: &str) -> Result<TokenPlace, CredentialError> {
        let mut failures = Vec::new();
        for (index, vault) in self.vaults.iter().enumerate() {
            match vault.put(token) {
                Ok(()) => {
                    for other in self.vaults.iter().skip(index + 1) {
                        let _ = other.delete();
                    }
                    return Ok(vault.place());
                }
                Err(reason) => failures.push(reason),
            }
        }
        Err(CredentialError(failures.join("; ")))
    }

    /// The token and where it was found, from the first vault that has one.
    pub fn load(&self) -> Option<(String, TokenPlace)> {
        self.vaults.iter().find_map(|vault| vault.get().ok().flatten().map(|token| (token, vault.place())))
    }

    /// Removes the token from every vault; the error names what could not be removed.
    pub fn remove(&self) -> Result<(), CredentialError> {
        let failures: Vec<String> = self.vaults.iter().filter_map(|vault| vault.delete().err()).collect();
        if failures.is_empty() { Ok(()) } else { Err(CredentialError(failures.join("; "))) }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    /// Stands in for an OS keychain, which a headless test machine does not have.
    struct FakeKeychain {
        works: bool,
        held: Mutex<Option<String>>,
    }

    impl Vault for FakeKeychain {
        fn place(&self) -> TokenPlace {
            TokenPlace::Keychain
        }
        fn put(&self, token: &str) -> Result<(), String> {
            if !self.works {
                return Err("no keychain here".into());
            }
            *self.held.lock().unwrap() = Some(token.into());
            Ok(())
        }
        fn get(&self) -> Result<Option<String>, String> {
            if self.works { Ok(self.held.lock().unwrap().clone()) } else { Err("no keychain here".into()) }
        }
        fn delete(&self) -> Result<(), String> {
            *self.held.lock().unwrap() = None;
            Ok(())
        }
    }

    fn credentials(keychain_works: bool, dir: &std::path::Path) -> Credentials {
        Credentials::new(vec![
            Box::new(FakeKeychain { works: keychain_works, held: Mutex::new(None) }),
            Box::new(TokenFile(dir.join(TOKEN_FILE))),
        ])
    }

    #[test]
    fn without_a_keychain_the_token_goes_to_a_file_only_the_user_can_read() {
        let dir = tempfile::tempdir().unwrap();
        let credentials = credentials(false, dir.path());
        assert_eq!(credentials.save("secret-token").unwrap(), TokenPlace::File);
        assert_eq!(credentials.load(), Some(("secret-token".into(), TokenPlace::File)));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir.path().join(TOKEN_FILE)).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        credentials.remove().unwrap();
        assert_eq!(credentials.load(), None);
        assert!(!dir.path().join(TOKEN_FILE).exists());
    }

    #[test]
    fn with_a_keychain_no_file_is_left_behind() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(TOKEN_FILE), "an older token").unwrap();
        let credentials = credentials(true, dir.path());
        assert_eq!(credentials.save("new-token").unwrap(), TokenPlace::Keychain);
        assert_eq!(credentials.load(), Some(("new-token".into(), TokenPlace::Keychain)));
        assert!(!dir.path().join(TOKEN_FILE).exists(), "the older copy in a file is removed");
    }
}
