//! Printing notices from the app: the practice's own details go into each document, the patient list is read
//! from the bytes the user chose and held only while the letters are made, and only the counts of what was
//! printed are kept (and later reported).

use std::path::Path;

use pathfinder_notices::documents::letters::{Counts, render_letters};
use pathfinder_notices::documents::{FontSource, Kind, NoticeError, PracticeDetails, render};
use pathfinder_notices::patients::{ListError, letters, read_patient_list};
use pathfinder_readiness::PracticeState;
use pathfinder_store::Printed;
use serde::Serialize;
use time::OffsetDateTime;

use crate::AppState;
use crate::practice::PracticeError;

#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error(transparent)]
    List(#[from] ListError),
    #[error(transparent)]
    Notice(#[from] NoticeError),
    #[error("cannot write {path}: {source}")]
    Write { path: String, source: std::io::Error },
    #[error(transparent)]
    Practice(#[from] PracticeError),
}

/// What a letter run made, and the rows of the list it left out (by line and reason, never their contents).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LettersReport {
    pub counts: Counts,
    pub problems: Vec<String>,
    pub path: String,
}

fn details(state: &PracticeState) -> PracticeDetails {
    let profile = &state.profile;
    PracticeDetails {
        name: profile.name.clone(),
        address: profile
            .address
            .split([',', '\n'])
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        phone: profile.phone.clone(),
        window_start: state.window.start,
        window_end: state.window.end(),
        first_extract: state.window.first_extract,
    }
}

fn variant(large_print: bool) -> &'static str {
    if large_print { "large-print" } else { "standard" }
}

impl AppState {
    /// Makes the letters for a patient list into `out`, atomically; a cancelled or failed run leaves no file.
    pub fn print_letters(
        &self,
        file_name: &str,
        csv: &[u8],
        out: &Path,
        by_household: bool,
        fonts: &FontSource,
        progress: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Result<LettersReport, PrintError> {
        let state = self.practice_state()?;
        let list = read_patient_list(file_name, csv, None)?;
        let households = letters(&list.patients, by_household);
        let (pdf, counts) =
            render_letters(&details(&state), &households, OffsetDateTime::now_utc().date(), fonts, progress)?;
        crate::files::write_atomically(out, &pdf)
            .map_err(|source| PrintError::Write { path: out.display().to_string(), source })?;
        let mut printed: Vec<Printed> = Vec::new();
        for letter in &households {
            let (language, variant) = (letter.language.to_owned(), variant(letter.large_print).to_owned());
            match printed.iter_mut().find(|p| p.language == language && p.variant == variant) {
                Some(row) => row.count += 1,
                None => printed.push(Printed { kind: "letter".into(), language, variant, count: 1 }),
            }
        }
        self.store()
            .record_printed(&printed, &state.profile.practice_lead, OffsetDateTime::now_utc())
            .map_err(PracticeError::from)?;
        Ok(LettersReport {
            counts,
            problems: list.problems.iter().map(ToString::to_string).collect(),
            path: out.display().to_string(),
        })
    }

    /// Makes one of the documents that are the same for every patient into `out`, and counts it.
    pub fn print_notice(
        &self,
        kind: Kind,
        language: &str,
        large_print: bool,
        out: &Path,
        fonts: &FontSource,
    ) -> Result<String, PrintError> {
        let state = self.practice_state()?;
        let pdf = render(kind, &details(&state), language, large_print, fonts)?;
        crate::files::write_atomically(out, &pdf)
            .map_err(|source| PrintError::Write { path: out.display().to_string(), source })?;
        let row = Printed {
            kind: kind.as_str().into(),
            language: language.into(),
            variant: variant(large_print).into(),
            count: 1,
        };
        self.store()
            .record_printed(&[row], &state.profile.practice_lead, OffsetDateTime::now_utc())
            .map_err(PracticeError::from)?;
        Ok(out.display().to_string())
    }
}
