use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use pathfinder_notices::patients::PunjabiScript;
use serde::{Deserialize, Serialize};

const FILE_NAME: &str = "settings.json";

/// The user's choices that outlive a restart.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "camelCase")]
pub struct Settings {
    /// The chosen UI language; `None` follows the operating system.
    pub language: Option<String>,
    /// The hub the practice reports to, as the manager entered it when enrolling.
    pub hub_url: Option<String>,
    /// Submit after each change to a task's state, at most once every 15 minutes.
    pub auto_submit: bool,
    /// Letters by household: an address with more than this many surnames is not grouped (see
    /// `pathfinder_notices::patients::Grouping`); `None` until the manager changes it from the usual 6.
    pub max_surnames: Option<usize>,
    /// The script of the letters for a plain "Punjabi" in a patient list's language column (a value naming the
    /// script keeps it); `None` until the manager chooses, which is Gurmukhi.
    pub punjabi_script: Option<PunjabiScript>,
}

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("cannot read or write {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{path} is not a settings file: {source}")]
    Malformed { path: PathBuf, source: serde_json::Error },
}

impl Settings {
    /// The saved settings, or the defaults when none were saved yet.
    pub fn load(dir: &Path) -> Result<Self, SettingsError> {
        let path = dir.join(FILE_NAME);
        match fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|source| SettingsError::Malformed { path, source }),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(Self::default()),
            Err(source) => Err(SettingsError::Io { path, source }),
        }
    }

    /// Saves atomically: a crash leaves either the old settings or the new, never half a file.
    pub fn save(&self, dir: &Path) -> Result<(), SettingsError> {
        let path = dir.join(FILE_NAME);
        let bytes = serde_json::to_vec_pretty(self).expect("settings serialise");
        pathfinder_files::write_atomically(&path, &bytes).map_err(|source| SettingsError::Io { path, source })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_saved_gives_the_defaults_and_a_save_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Settings::load(dir.path()).unwrap(), Settings::default());
        let chosen = Settings {
            language: Some("pl".into()),
            hub_url: Some("https://hub.example".into()),
            auto_submit: true,
            max_surnames: Some(12),
            punjabi_script: Some(PunjabiScript::Shahmukhi),
        };
        chosen.save(&dir.path().join("nested")).unwrap();
        assert_eq!(Settings::load(&dir.path().join("nested")).unwrap(), chosen);
        let saved = fs::read_to_string(dir.path().join("nested").join(FILE_NAME)).unwrap();
        assert!(saved.contains(r#""punjabiScript": "shahmukhi""#), "{saved}");
        let left: Vec<_> = fs::read_dir(dir.path().join("nested")).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left, [FILE_NAME], "no temporary file is left behind");
    }

    #[test]
    fn a_damaged_file_is_reported_with_its_path() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(FILE_NAME), b"{\"language\": 7").unwrap();
        let error = Settings::load(dir.path()).unwrap_err();
        assert!(matches!(error, SettingsError::Malformed { .. }));
        assert!(error.to_string().contains("settings.json"), "{error}");
    }

    #[test]
    fn a_failed_save_leaves_the_old_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        Settings { language: Some("en-GB".into()), ..Settings::default() }.save(dir.path()).unwrap();
        // A folder where the temporary file would go makes the write fail before the rename.
        fs::create_dir(dir.path().join(format!(".{FILE_NAME}.tmp"))).unwrap();
        assert!(Settings { language: Some("pl".into()), ..Settings::default() }.save(dir.path()).is_err());
        assert_eq!(Settings::load(dir.path()).unwrap().language.as_deref(), Some("en-GB"));
    }
}
