//! Finding the fonts: the Noto families, from the app's bundled resources first, then the system's font folders.
//! Each language has a chain of faces; a character no face in the chain covers is an error naming what is
//! missing, never a box on the page.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// Bold or regular: the notices use no other styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weight {
    Regular,
    Bold,
}

/// One face of one font file.
pub struct Face {
    pub file: &'static str,
    pub weight: Weight,
    pub data: &'static [u8],
    pub index: u32,
    pub shaper: rustybuzz::Face<'static>,
    pub units_per_em: f32,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FontError {
    #[error(
        "no font for {script} text: {file} was not found in {searched}; install the Noto fonts (Debian: fonts-noto-core, fonts-noto-cjk)"
    )]
    Missing { script: &'static str, file: &'static str, searched: String },
    #[error("{path} is not a font this program can read")]
    Unreadable { path: String },
    #[error("no font here has a glyph for U+{code:04X} ({script}); install the Noto fonts for it")]
    NoGlyph { code: u32, script: &'static str },
}

/// The font files of a script, regular and bold, and the script's name for messages.
struct ScriptFonts {
    script: &'static str,
    regular: &'static str,
    bold: &'static str,
}

const LATIN: ScriptFonts = ScriptFonts { script: "Latin", regular: "NotoSans-Regular.ttf", bold: "NotoSans-Bold.ttf" };
const ARABIC: ScriptFonts =
    ScriptFonts { script: "Arabic", regular: "NotoNaskhArabic-Regular.ttf", bold: "NotoNaskhArabic-Bold.ttf" };
const URDU: ScriptFonts = ScriptFonts {
    script: "Urdu (Nastaliq)",
    regular: "NotoNastaliqUrdu-Regular.ttf",
    bold: "NotoNastaliqUrdu-Bold.ttf",
};
const BENGALI: ScriptFonts =
    ScriptFonts { script: "Bengali", regular: "NotoSansBengali-Regular.ttf", bold: "NotoSansBengali-Bold.ttf" };
const GURMUKHI: ScriptFonts =
    ScriptFonts { script: "Gurmukhi", regular: "NotoSansGurmukhi-Regular.ttf", bold: "NotoSansGurmukhi-Bold.ttf" };
const GUJARATI: ScriptFonts =
    ScriptFonts { script: "Gujarati", regular: "NotoSansGujarati-Regular.ttf", bold: "NotoSansGujarati-Bold.ttf" };
const CHINESE: ScriptFonts =
    ScriptFonts { script: "Chinese", regular: "NotoSansCJK-Regular.ttc", bold: "NotoSansCJK-Bold.ttc" };

/// Every script the notices may meet, in the order tried after a language's own.
const ALL: [&ScriptFonts; 7] = [&LATIN, &ARABIC, &URDU, &BENGALI, &GURMUKHI, &GUJARATI, &CHINESE];

/// The chain for a language: its own script first, then Latin (for ODS codes, phone numbers and the like), then
/// every other script (for a patient's name written in another script).
fn chain(language: &str) -> Vec<&'static ScriptFonts> {
    let own: &[&ScriptFonts] = match language {
        "ar" => &[&ARABIC],
        // Naskh, not Nastaliq: Nastaliq's cascading clusters overlap so much that PDF readers split words when
        // they recover the text; Naskh reads well in Urdu and copies back whole.
        // Punjabi in the Shahmukhi script, like Urdu: Naskh covers its letters (ٹ ڈ ڑ ں ݨ among them) and copies back
        // whole; Nastaliq is there for anything Naskh lacks.
        "ur" | "pa-Arab" => &[&ARABIC, &URDU],
        "bn" => &[&BENGALI],
        "pa" => &[&GURMUKHI],
        "gu" => &[&GUJARATI],
        "zh-CN" => &[&CHINESE],
        _ => &[],
    };
    let mut chain: Vec<&ScriptFonts> = own.to_vec();
    for fonts in ALL {
        if !chain.iter().any(|f| std::ptr::eq(*f, fonts)) {
            chain.push(fonts);
        }
    }
    chain
}

/// The folders searched, in order: `first` (the bundled resources, a folder named at start), the system's, then
/// `last` (the user's own fonts, so that a font a user installed never stands in for the system's Noto).
pub fn search_folders(first: &[PathBuf], last: &[PathBuf]) -> Vec<PathBuf> {
    let system = [
        "/usr/share/fonts/truetype/noto",
        "/usr/share/fonts/opentype/noto",
        "/usr/local/share/fonts",
        "/Library/Fonts",
        "/System/Library/Fonts/Supplemental",
        "C:\\Windows\\Fonts",
    ];
    first.iter().cloned().chain(system.into_iter().map(PathBuf::from)).chain(last.iter().cloned()).collect()
}

/// Where a user's own fonts are installed, given the home folder (Linux) and the local app-data folder (Windows).
pub fn user_font_folders(home: Option<&Path>, local_app_data: Option<&Path>) -> Vec<PathBuf> {
    let linux = home.map(|home| home.join(".local/share/fonts"));
    let windows = local_app_data.map(|local| local.join("Microsoft\\Windows\\Fonts"));
    linux.into_iter().chain(windows).collect()
}

/// Font files are read once per process and kept: a run of letters uses the same few files throughout.
fn load(path: &Path) -> Result<&'static [u8], FontError> {
    static LOADED: OnceLock<Mutex<HashMap<PathBuf, &'static [u8]>>> = OnceLock::new();
    let mut loaded = LOADED.get_or_init(Default::default).lock().expect("font cache lock");
    if let Some(data) = loaded.get(path) {
        return Ok(data);
    }
    let bytes =
        std::fs::read(path).map_err(|_| FontError::Unreadable { path: path.display().to_string() })?.into_boxed_slice();
    let data: &'static [u8] = Box::leak(bytes);
    loaded.insert(path.to_owned(), data);
    Ok(data)
}

/// The face to use in a collection: the Simplified Chinese one in the CJK collection, else the first.
fn face_index(data: &[u8]) -> u32 {
    let count = rustybuzz::ttf_parser::fonts_in_collection(data).unwrap_or(1);
    (0..count)
        .find(|&index| {
            rustybuzz::ttf_parser::Face::parse(data, index).is_ok_and(|face| {
                face.names().into_iter().any(|name| name.to_string().is_some_and(|n| n.ends_with(" SC")))
            })
        })
        .unwrap_or(0)
}

/// The faces for one language, loaded as they are first needed.
pub struct FontBook {
    /// The language's tag for the shaper, which picks a font's forms for the language (its `locl` lookups).
    language: Option<rustybuzz::Language>,
    folders: Vec<PathBuf>,
    chain: Vec<&'static ScriptFonts>,
    faces: Vec<Face>,
    by_file: HashMap<&'static str, Option<usize>>,
}

impl FontBook {
    pub fn new(language: &str, folders: Vec<PathBuf>) -> Self {
        Self {
            language: language.parse().ok(),
            folders,
            chain: chain(language),
            faces: Vec::new(),
            by_file: HashMap::new(),
        }
    }

    /// The language text is shaped in (the book's own, a BCP 47 tag).
    pub(crate) fn language(&self) -> Option<&rustybuzz::Language> {
        self.language.as_ref()
    }

    pub fn face(&self, index: usize) -> &Face {
        &self.faces[index]
    }

    pub fn faces(&self) -> &[Face] {
        &self.faces
    }

    fn find(&self, file: &str) -> Option<PathBuf> {
        self.folders.iter().map(|folder| folder.join(file)).find(|path| path.is_file())
    }

    /// The face of a file, loading it on first use; `None` when the file is not installed.
    fn open(&mut self, file: &'static str, weight: Weight) -> Result<Option<usize>, FontError> {
        if let Some(known) = self.by_file.get(file) {
            return Ok(*known);
        }
        let Some(path) = self.find(file) else {
            self.by_file.insert(file, None);
            return Ok(None);
        };
        let data = load(&path)?;
        let index = face_index(data);
        let shaper = rustybuzz::Face::from_slice(data, index)
            .ok_or_else(|| FontError::Unreadable { path: path.display().to_string() })?;
        let units_per_em = shaper.units_per_em() as f32;
        self.faces.push(Face { file, weight, data, index, shaper, units_per_em });
        let id = self.faces.len() - 1;
        self.by_file.insert(file, Some(id));
        Ok(Some(id))
    }

    /// The language's own face (its script's font): the face for spaces and punctuation between runs.
    pub fn primary(&mut self, weight: Weight) -> Result<usize, FontError> {
        let fonts = self.chain[0];
        let file = if weight == Weight::Bold { fonts.bold } else { fonts.regular };
        self.open(file, weight)?.ok_or_else(|| FontError::Missing {
            script: fonts.script,
            file,
            searched: self.searched(),
        })
    }

    /// The first face in the chain with a glyph for `c`.
    pub fn face_for(&mut self, c: char, weight: Weight) -> Result<usize, FontError> {
        for fonts in self.chain.clone() {
            let file = if weight == Weight::Bold { fonts.bold } else { fonts.regular };
            if let Some(id) = self.open(file, weight)?
                && self.faces[id].shaper.glyph_index(c).is_some()
            {
                return Ok(id);
            }
        }
        Err(FontError::NoGlyph { code: c as u32, script: script_name(c) })
    }

    /// The first character of `text` that no face in the chain has a glyph for, if there is one: laying the text
    /// out would fail on it.
    pub fn unprintable(&mut self, text: &str, weight: Weight) -> Result<Option<char>, FontError> {
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            match self.face_for(c, weight) {
                Ok(_) => {}
                Err(FontError::NoGlyph { .. }) => return Ok(Some(c)),
                Err(other) => return Err(other),
            }
        }
        Ok(None)
    }

    fn searched(&self) -> String {
        self.folders.iter().map(|f| f.display().to_string()).collect::<Vec<_>>().join(", ")
    }
}

/// A name for the script of a character, for messages.
fn script_name(c: char) -> &'static str {
    match c as u32 {
        0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => "Arabic",
        0x0980..=0x09FF => "Bengali",
        0x0A00..=0x0A7F => "Gurmukhi",
        0x0A80..=0x0AFF => "Gujarati",
        0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF => "Chinese",
        _ => "this",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_font_is_named_with_the_folders_searched() {
        let empty = tempfile_dir();
        let mut book = FontBook::new("bn", vec![empty.clone()]);
        let error = book.primary(Weight::Regular).unwrap_err();
        assert_eq!(
            error,
            FontError::Missing {
                script: "Bengali",
                file: "NotoSansBengali-Regular.ttf",
                searched: empty.display().to_string()
            }
        );
        assert!(error.to_string().contains("fonts-noto-core"));
        assert!(matches!(
            book.face_for('অ', Weight::Regular),
            Err(FontError::NoGlyph { code: 0x0985, script: "Bengali" })
        ));
    }

    #[test]
    fn chains_put_the_languages_script_first_and_keep_every_other() {
        let names = |lang| chain(lang).iter().map(|f| f.script).collect::<Vec<_>>();
        assert_eq!(names("ur")[..3], ["Arabic", "Urdu (Nastaliq)", "Latin"]);
        assert_eq!(names("pa-Arab")[..3], ["Arabic", "Urdu (Nastaliq)", "Latin"], "Shahmukhi is Perso-Arabic");
        assert_eq!(names("pa")[0], "Gurmukhi");
        assert_eq!(names("pl")[0], "Latin");
        assert_eq!(names("zh-CN").len(), ALL.len());
    }

    fn tempfile_dir() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("pathfinder-no-fonts-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }
}
