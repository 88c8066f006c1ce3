//! Fair-processing windows apart from the command line and the dashboard: a window's dates checked, and a
//! practice's own dates set and cleared. A CCG's window is set by `admin::set_window`. Each change is kept in the
//! window history (by the database, in the change's transaction) and in the audit log.

use time::format_description::well_known::Rfc3339;
use time::{Date, Duration, OffsetDateTime};

use crate::admin::AdminError;
use crate::db::{Database, Practice, Window};

/// How long after a window's end its first extract falls when none is given: the default is always said where it
/// is used (the command line's output, the dashboard's confirmation), never applied unseen.
pub const DEFAULT_EXTRACT_WEEKS: i64 = 2;

/// What is wrong with a window's dates or the practice it is for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WindowProblem {
    #[error("a window is 1 to 26 weeks (--weeks)")]
    Weeks,
    #[error(
        "the first extract (--extract) {extract} is before the window ends on {end}: it must be on or after that day"
    )]
    ExtractBeforeEnd { extract: Date, end: Date },
    #[error("{0} is not a known practice (--ods)")]
    UnknownPractice(String),
}

impl WindowProblem {
    /// The dashboard's message for it (hub.ftl).
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Weeks => "hub-windows-error-weeks",
            Self::ExtractBeforeEnd { .. } => "hub-windows-error-extract-before-end",
            Self::UnknownPractice(_) => "hub-windows-error-practice",
        }
    }
}

/// A window's dates, checked: `extract_defaulted` says the first extract was not given and is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dates {
    pub start: Date,
    pub weeks: u8,
    pub end: Date,
    pub first_extract: Date,
    pub extract_defaulted: bool,
}

impl Dates {
    /// A window of 1 to 26 weeks, its first extract on or after its end; left out, two weeks after it.
    pub fn new(start: Date, weeks: u8, extract: Option<Date>) -> Result<Self, WindowProblem> {
        if !(1..=26).contains(&weeks) {
            return Err(WindowProblem::Weeks);
        }
        let end = start + Duration::weeks(weeks.into());
        let first_extract = extract.unwrap_or(end + Duration::weeks(DEFAULT_EXTRACT_WEEKS));
        if first_extract < end {
            return Err(WindowProblem::ExtractBeforeEnd { extract: first_extract, end });
        }
        Ok(Self { start, weeks, end, first_extract, extract_defaulted: extract.is_none() })
    }

    /// The window as it is stored and sent, for `ccg_code`.
    pub fn window(&self, ccg_code: &str) -> Window {
        Window {
            ccg_code: ccg_code.to_owned(),
            start: self.start.to_string(),
            weeks: self.weeks.into(),
            first_extract: self.first_extract.to_string(),
            checklist_version: pathfinder_readiness::Checklist::current().version.into(),
        }
    }
}

/// The day a stored window ends (its start and weeks), when they read as a date.
pub fn end_of(window: &Window) -> Option<Date> {
    let start = Date::parse(&window.start, time::macros::format_description!("[year]-[month]-[day]")).ok()?;
    Some(start + Duration::weeks(window.weeks))
}

fn now() -> String {
    OffsetDateTime::now_utc().format(&Rfc3339).unwrap_or_default()
}

async fn known_practice(db: &dyn Database, ods_code: &str) -> Result<Practice, AdminError> {
    let ods = ods_code.trim().to_ascii_uppercase();
    match db.practice(&ods).await? {
        Some(practice) => Ok(practice),
        None => Err(AdminError::Invalid(WindowProblem::UnknownPractice(ods).to_string())),
    }
}

/// Gives a practice dates of its own, which its config pull sends instead of its CCG's until they are cleared.
pub async fn set_practice_window(
    db: &dyn Database,
    ods_code: &str,
    dates: Dates,
    actor: &str,
) -> Result<(Practice, Window), AdminError> {
    let practice = known_practice(db, ods_code).await?;
    let window = dates.window(&practice.ccg_code);
    let at = now();
    db.set_practice_window(&practice.ods_code, &window, &at, actor).await?;
    let detail = format!(
        "{} ({}) from {} for {} weeks, first extract {}",
        practice.ods_code, practice.ccg_code, window.start, window.weeks, window.first_extract
    );
    db.audit(&at, actor, "practice-window-set", &detail).await?;
    Ok((practice, window))
}

/// Clears a practice's own dates: its CCG's window applies again. False when it had none (nothing is audited).
pub async fn clear_practice_window(db: &dyn Database, ods_code: &str, actor: &str) -> Result<bool, AdminError> {
    let practice = known_practice(db, ods_code).await?;
    let at = now();
    let cleared = db.clear_practice_window(&practice.ods_code, &at, actor).await?;
    if cleared {
        let detail = format!("{} ({}): its CCG's window applies again", practice.ods_code, practice.ccg_code);
        db.audit(&at, actor, "practice-window-clear", &detail).await?;
    }
    Ok(cleared)
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn the_extract_defaults_to_two_weeks_after_the_end_and_is_never_before_it() {
        let dates = Dates::new(date!(2026 - 03 - 02), 6, None).unwrap();
        assert_eq!(
            (dates.end, dates.first_extract, dates.extract_defaulted),
            (date!(2026 - 04 - 13), date!(2026 - 04 - 27), true)
        );
        let on_the_end = Dates::new(date!(2026 - 03 - 02), 6, Some(date!(2026 - 04 - 13))).unwrap();
        assert!(!on_the_end.extract_defaulted);
        let early = Dates::new(date!(2026 - 03 - 02), 6, Some(date!(2026 - 04 - 12)));
        assert_eq!(
            early,
            Err(WindowProblem::ExtractBeforeEnd { extract: date!(2026 - 04 - 12), end: date!(2026 - 04 - 13) })
        );
        assert_eq!(Dates::new(date!(2026 - 03 - 02), 27, None), Err(WindowProblem::Weeks));
    }
}
