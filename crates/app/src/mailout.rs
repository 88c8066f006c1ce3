//! Where a mail-out's files go and what the app remembers of them: the folder (the app's own local folder unless the
//! manager chooses another, warned when a cloud drive syncs it), files readable by the user only, never written over
//! (a new name with a counter), temporary files a crash left removed at start, and the list of the files made (paths,
//! sizes and counts only, never a patient's details) in `letters-made.json` beside the settings, so that the app can
//! remind the manager of letters still on disk, delete them, and count a batch as printed once, when the manager
//! says it was printed or handed over.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

const FILE_NAME: &str = "letters-made.json";

/// What a file dialog is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileChoice {
    /// A CSV export to read (the patient list, the coded forms), starting in `folder` when given.
    OpenList { folder: Option<PathBuf> },
    /// A folder to save into, starting at `folder`.
    SaveFolder { folder: PathBuf },
}

/// The test hook's answers to the file dialogs, in turn (see `Config::file_choices`).
#[derive(Clone, Default)]
pub struct FileChoices(Arc<Mutex<VecDeque<Option<PathBuf>>>>);

impl FileChoices {
    /// The next dialog answers `path` (`None`: the manager closes it).
    pub fn push(&self, path: Option<PathBuf>) {
        self.0.lock().expect("choices lock").push_back(path);
    }

    /// The next answer; with none left, the dialog is closed.
    pub fn next(&self) -> Option<PathBuf> {
        self.0.lock().expect("choices lock").pop_front().flatten()
    }
}

impl std::fmt::Debug for FileChoices {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FileChoices")
    }
}

/// The cloud drive that syncs a folder, told by the folder's path: a component named OneDrive (or "OneDrive - NHS"
/// and the like), Dropbox, iCloud Drive (and macOS's `Mobile Documents`, `com~apple~CloudDocs`) or Google Drive
/// (and its `My Drive`). A folder elsewhere may still be synced; these are the ones a path shows.
pub fn synced_by(path: &Path) -> Option<&'static str> {
    path.components().find_map(|component| {
        let name = component.as_os_str().to_string_lossy().to_lowercase();
        let name = name.trim();
        if name == "onedrive" || name.starts_with("onedrive -") || name.starts_with("onedrive-") {
            Some("OneDrive")
        } else if name == "dropbox" || name.starts_with("dropbox (") {
            Some("Dropbox")
        } else if ["icloud drive", "iclouddrive", "mobile documents", "com~apple~clouddocs"].contains(&name) {
            Some("iCloud Drive")
        } else if ["google drive", "googledrive", "my drive"].contains(&name) {
            Some("Google Drive")
        } else {
            None
        }
    })
}

/// A path in `folder` for `stem.extension` that no file has: `stem.extension`, else `stem (2).extension`, and on.
pub fn unused_path(folder: &Path, stem: &str, extension: &str) -> PathBuf {
    let first = folder.join(format!("{stem}.{extension}"));
    if !first.exists() {
        return first;
    }
    (2..).map(|n| folder.join(format!("{stem} ({n}).{extension}"))).find(|path| !path.exists()).expect("a free name")
}

/// Writes a file of the mail-out under a name no file has yet (see [`unused_path`]), whole or not at all, readable by
/// the user only (0600 on Unix, from the moment it exists); gives its path.
pub fn write_new(folder: &Path, stem: &str, extension: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(folder)?;
    let path = unused_path(folder, stem, extension);
    pathfinder_files::write_private_atomically(&path, bytes)?;
    Ok(path)
}

/// Removes what a crash left in `folder`: the temporary files the app writes a mail-out's files through
/// (`.pathfinder-….tmp`); gives how many.
pub fn remove_temporary_files(folder: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(folder) else { return 0 };
    entries
        .filter_map(Result::ok)
        .filter(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.starts_with(".pathfinder-") && name.ends_with(".tmp") && entry.path().is_file()
        })
        .filter(|entry| std::fs::remove_file(entry.path()).is_ok())
        .count()
}

/// What a file of a mail-out holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "MadeFileKind"))]
pub enum MadeKind {
    Proof,
    Letters,
    Addresses,
    Acknowledgements,
}

/// Letters of one language and print size in a file, as the store counts what was printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FileCount {
    pub language: String,
    pub variant: String,
    pub count: u32,
}

/// A file the app made for a mail-out: where it is and what it holds, in counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MadeFile {
    /// The app's own id for it.
    pub id: String,
    pub path: String,
    pub kind: MadeKind,
    /// The day it was made.
    pub made: String,
    pub letters: u32,
    pub pages: u32,
    /// The language and print size of every letter in it, when the run was split by them.
    pub language: Option<String>,
    pub large_print: Option<bool>,
    /// Its batch, and how many batches (of its language and print size, when split), from 1.
    pub batch: Option<u32>,
    pub batches: Option<u32>,
    /// Its letters by language and print size: counted as printed when the manager confirms it.
    pub counts: Vec<FileCount>,
    /// When the manager said it was printed or handed to the mailing house (its letters are then counted, once).
    pub printed: Option<String>,
}

/// The folder letters are saved in, and the cloud drive that syncs it, where its path shows one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LettersFolder {
    pub path: String,
    pub synced_by: Option<String>,
    /// Whether it is the app's own folder (not one the manager chose).
    pub own: bool,
}

impl LettersFolder {
    pub fn of(path: &Path, own: bool) -> Self {
        Self { path: path.display().to_string(), synced_by: synced_by(path).map(str::to_owned), own }
    }
}

/// The files made, as kept in `letters-made.json`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Made {
    /// The folder the manager chose for letters, if any.
    pub folder: Option<String>,
    pub files: Vec<MadeFile>,
}

impl Made {
    /// The record; a missing or unreadable file reads as nothing made (a damaged record must not stop the app).
    pub fn load(data_dir: &Path) -> Self {
        std::fs::read(data_dir.join(FILE_NAME))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, data_dir: &Path) -> std::io::Result<()> {
        let bytes = serde_json::to_vec_pretty(self).expect("the record serialises");
        pathfinder_files::write_private_atomically(&data_dir.join(FILE_NAME), &bytes)
    }

    /// The files still on disk.
    pub fn on_disk(&self) -> Vec<MadeFile> {
        self.files.iter().filter(|file| Path::new(&file.path).exists()).cloned().collect()
    }
}

/// A new id for a made file: 16 hexadecimal digits.
pub fn new_id() -> String {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("the OS has a random source");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cloud_drives_are_told_by_the_paths_components() {
        for (path, drive) in [
            ("C:/Users/sam/OneDrive/Documents/letters", "OneDrive"),
            ("C:/Users/sam/OneDrive - NHS/letters", "OneDrive"),
            ("/home/sam/Dropbox/letters", "Dropbox"),
            ("/Users/sam/Library/Mobile Documents/com~apple~CloudDocs/letters", "iCloud Drive"),
            ("C:/Users/sam/iCloudDrive", "iCloud Drive"),
            ("G:/My Drive/letters", "Google Drive"),
            ("/Users/sam/Google Drive/letters", "Google Drive"),
        ] {
            assert_eq!(synced_by(Path::new(path)), Some(drive), "{path}");
        }
        for path in [
            "/home/sam/.local/share/app.pathfinder.desktop/letters",
            "C:/Users/sam/AppData/Local/x",
            "/srv/OneDriveBackup",
        ] {
            assert_eq!(synced_by(Path::new(path)), None, "{path}");
        }
    }

    #[test]
    fn nothing_is_written_over_and_files_are_the_users_only() {
        let dir = tempfile::tempdir().unwrap();
        let first = write_new(dir.path(), "pathfinder-letters", "pdf", b"one").unwrap();
        let second = write_new(dir.path(), "pathfinder-letters", "pdf", b"two").unwrap();
        let third = write_new(dir.path(), "pathfinder-letters", "pdf", b"three").unwrap();
        assert_eq!(first.file_name().unwrap(), "pathfinder-letters.pdf");
        assert_eq!(second.file_name().unwrap(), "pathfinder-letters (2).pdf");
        assert_eq!(third.file_name().unwrap(), "pathfinder-letters (3).pdf");
        assert_eq!(std::fs::read(&first).unwrap(), b"one", "the first is kept");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&second).unwrap().permissions().mode() & 0o777, 0o600);
        }
    }

    #[test]
    fn a_crashs_temporary_files_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".pathfinder-letters-2026-03-02.pdf.tmp"), b"half").unwrap();
        std::fs::write(dir.path().join("pathfinder-letters-2026-03-02.pdf"), b"whole").unwrap();
        std::fs::write(dir.path().join(".other.tmp"), b"not ours").unwrap();
        assert_eq!(remove_temporary_files(dir.path()), 1);
        let mut left: Vec<String> =
            std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into()).collect();
        left.sort();
        assert_eq!(left, [".other.tmp", "pathfinder-letters-2026-03-02.pdf"]);
        assert_eq!(remove_temporary_files(&dir.path().join("none")), 0);
    }
}
