use time::{Date, Month};

use crate::{BlockerSummary, ProtocolError, SUBMISSION_VERSION, Submission};

const MAX_LIST_SIZE: u32 = 200_000;
const MAX_TASKS: usize = 100;
const MAX_SEARCHES: usize = 260;
/// A year and more of days with forms: the pilot's window and the weeks to the extract are far shorter.
const MAX_FORM_DAYS: usize = 400;
const MAX_NOTICE_ROWS: usize = 500;
const MAX_BLOCKERS: usize = 500;
/// A year of one person's full-time work, in seconds: more effort than that left for one role is a mistake.
const MAX_EFFORT_SECONDS: u64 = 52 * 40 * 3600;
const MAX_PRINTED: u32 = 10_000_000;

fn fail(code: &'static str, field: impl Into<String>, message: impl Into<String>) -> Result<(), ProtocolError> {
    Err(ProtocolError::new(code, field, message))
}

/// Dates the pilot could involve: a wider span is a mistake or an attack.
pub(crate) fn plausible(date: Date, field: &str) -> Result<(), ProtocolError> {
    let (earliest, latest) =
        (Date::from_calendar_date(2013, Month::January, 1), Date::from_calendar_date(2100, Month::January, 1));
    if date < earliest.expect("a valid date") || date > latest.expect("a valid date") {
        return fail("out-of-range", field, format!("{date} is outside 2013 to 2100"));
    }
    Ok(())
}

fn short_text(text: &str, max: usize, field: &str) -> Result<(), ProtocolError> {
    if text.is_empty() || text.chars().count() > max {
        return fail("out-of-range", field, format!("must be 1 to {max} characters"));
    }
    if !text.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '+' | '_')) {
        return fail("invalid-value", field, "only letters, digits and - . + _ are allowed");
    }
    Ok(())
}

/// A UUID in its canonical text form, any version.
fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups.iter().zip([8, 4, 4, 4, 12]).all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

impl Submission {
    pub fn validate(&self) -> Result<(), ProtocolError> {
        if self.version != SUBMISSION_VERSION {
            return fail("unsupported-version", "version", format!("this hub reads version {SUBMISSION_VERSION}"));
        }
        if !is_uuid(&self.submission_id) {
            return fail("invalid-value", "submissionId", "must be a UUID");
        }
        plausible(self.created_at.date(), "createdAt")?;
        short_text(&self.app_version, 32, "appVersion")?;
        if !(1..=1000).contains(&self.checklist_version) {
            return fail("out-of-range", "checklistVersion", "must be 1 to 1000");
        }
        let practice = &self.practice;
        if !(1..=MAX_LIST_SIZE).contains(&practice.list_size) {
            return fail("out-of-range", "practice.listSize", format!("must be 1 to {MAX_LIST_SIZE}"));
        }
        let ccg = practice.ccg_code.as_bytes();
        if !(ccg.len() == 3
            && ccg[..2].iter().all(u8::is_ascii_digit)
            && (ccg[2].is_ascii_uppercase() || ccg[2].is_ascii_digit()))
        {
            return fail("invalid-value", "practice.ccgCode", "must be a CCG code such as 12A");
        }
        if self.readiness.blockers.len() > MAX_BLOCKERS {
            return fail("out-of-range", "readiness.blockers", format!("at most {MAX_BLOCKERS}"));
        }
        for (i, blocker) in self.readiness.blockers.iter().enumerate() {
            match blocker {
                BlockerSummary::Overdue { task, due } => {
                    short_text(task, 64, &format!("readiness.blockers[{i}].task"))?;
                    plausible(*due, &format!("readiness.blockers[{i}].due"))?;
                }
                BlockerSummary::OverCapacity { week_start, planned_seconds, available_seconds, .. } => {
                    plausible(*week_start, &format!("readiness.blockers[{i}].weekStart"))?;
                    if *planned_seconds > MAX_EFFORT_SECONDS || *available_seconds > 7 * 24 * 3600 {
                        return fail("out-of-range", format!("readiness.blockers[{i}]"), "hours out of range");
                    }
                }
            }
        }
        if self.tasks.len() > MAX_TASKS {
            return fail("out-of-range", "tasks", format!("at most {MAX_TASKS} tasks"));
        }
        for (i, task) in self.tasks.iter().enumerate() {
            short_text(&task.id, 64, &format!("tasks[{i}].id"))?;
            plausible(task.due, &format!("tasks[{i}].due"))?;
            if task.not_applicable_reason.is_some() && task.status != pathfinder_readiness::TaskStatus::NotApplicable {
                return fail(
                    "invalid-value",
                    format!("tasks[{i}].notApplicableReason"),
                    "only for a task not applicable",
                );
            }
            if self.tasks[..i].iter().any(|other| other.id == task.id) {
                return fail("duplicate", format!("tasks[{i}].id"), "each task once");
            }
        }
        for (role, seconds) in &self.effort_left {
            if *seconds > MAX_EFFORT_SECONDS {
                let role =
                    serde_json::to_value(role).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
                return fail("out-of-range", format!("effortLeft.{role}"), "more than a year of work");
            }
        }
        let window = &self.window;
        plausible(window.start, "window.start")?;
        plausible(window.first_extract, "window.firstExtract")?;
        if !(1..=26).contains(&window.weeks) {
            return fail("out-of-range", "window.weeks", "must be 1 to 26");
        }
        if window.first_extract < window.start + time::Duration::weeks(window.weeks.into()) {
            return fail("impossible-date", "window.firstExtract", "the first extract is before the window ends");
        }
        self.validate_forms()?;
        self.validate_searches()?;
        if let Some(forecast) = &self.forecast {
            if !(0.005..=0.025).contains(&forecast.objection_rate) {
                return fail("out-of-range", "forecast.objectionRate", "must be 0.005 to 0.025");
            }
            if forecast.expected_forms > practice.list_size {
                return fail("out-of-range", "forecast.expectedForms", "more forms than patients");
            }
        }
        if self.notices.len() > MAX_NOTICE_ROWS {
            return fail("out-of-range", "notices", format!("at most {MAX_NOTICE_ROWS} rows"));
        }
        for (i, notice) in self.notices.iter().enumerate() {
            short_text(&notice.language, 16, &format!("notices[{i}].language"))?;
            if notice.count > MAX_PRINTED {
                return fail("out-of-range", format!("notices[{i}].count"), format!("at most {MAX_PRINTED}"));
            }
        }
        Ok(())
    }

    fn validate_forms(&self) -> Result<(), ProtocolError> {
        if self.forms.len() > MAX_FORM_DAYS {
            return fail("out-of-range", "forms", format!("at most {MAX_FORM_DAYS} days"));
        }
        let list_size = self.practice.list_size;
        for (i, day) in self.forms.iter().enumerate() {
            plausible(day.date, &format!("forms[{i}].date"))?;
            let counts = [day.received, day.coded, day.scanned, day.acknowledged, day.queried];
            if counts.iter().any(|count| *count > list_size) {
                return fail("out-of-range", format!("forms[{i}]"), "more forms than patients");
            }
            if self.forms[..i].iter().any(|other| other.date == day.date) {
                return fail("duplicate", format!("forms[{i}].date"), "each day once");
            }
        }
        let days: Vec<pathfinder_readiness::FormsDay> = self
            .forms
            .iter()
            .map(|d| pathfinder_readiness::FormsDay {
                date: d.date,
                received: d.received,
                coded: d.coded,
                scanned: d.scanned,
                acknowledged: d.acknowledged,
                queried: d.queried,
            })
            .collect();
        if let Err(error) = pathfinder_readiness::returns::check_days(&days) {
            return fail("impossible-count", "forms", format!("{}: {}", error.field, error.code));
        }
        Ok(())
    }

    fn validate_searches(&self) -> Result<(), ProtocolError> {
        if self.searches.len() > MAX_SEARCHES {
            return fail("out-of-range", "searches", format!("at most {MAX_SEARCHES} searches"));
        }
        let list_size = self.practice.list_size;
        for (i, search) in self.searches.iter().enumerate() {
            plausible(search.date, &format!("searches[{i}].date"))?;
            let counts = [search.type1, search.type2, search.type1_withdrawn, search.type2_withdrawn];
            if counts.iter().any(|count| *count > list_size) {
                return fail("out-of-range", format!("searches[{i}]"), "more objections than patients");
            }
            if self.searches[..i].iter().any(|other| other.date == search.date) {
                return fail("duplicate", format!("searches[{i}].date"), "each date once");
            }
        }
        Ok(())
    }
}
