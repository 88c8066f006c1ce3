//! The lines the app writes to its log, for support to read (the desktop shell sends them to a rotating file in the
//! OS log folder; with no logger, as in the tests and the browser tests' server, they go nowhere).
//!
//! Every line is made here, from values that cannot carry a patient's details, a person's name, a hub token or an
//! enrolment code: stable codes (checked to be codes), counts, ids the app or the hub made (checked to be ids), the
//! host of a hub, language tags and versions (each checked for its shape). Nothing a person typed and nothing read
//! from a patient list reaches a line: the notices' and letters' lines take counts only, and a command that fails
//! logs its name and stable code, never its message (which may quote what was typed). A value of the wrong shape is
//! written as `unrecognised`, so a change elsewhere cannot widen what the log holds.

use std::time::Duration;

use pathfinder_client::SendError;
use pathfinder_notices::documents::letters::Counts;

use crate::credentials::TokenPlace;
use crate::error::UserError;
use crate::reporting::ReportingError;

const UNRECOGNISED: &str = "unrecognised";

/// A value made of `allowed` characters, 1 to `max` of them; else `unrecognised`.
fn shaped(text: &str, max: usize, allowed: impl Fn(char) -> bool) -> &str {
    let fits = !text.is_empty() && text.len() <= max && text.chars().all(allowed);
    if fits { text } else { UNRECOGNISED }
}

/// A stable code as it may be logged: lowercase ASCII letters, digits and hyphens.
pub fn code(text: &str) -> &str {
    shaped(text, 64, |c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// An id the app or the hub made (a submission's UUID, a receipt): ASCII letters, digits, hyphens, underscores.
pub fn id(text: &str) -> &str {
    shaped(text, 64, |c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A language tag (`en`, `en-GB`, `pa-Arab`): a lowercase language of 2 or 3 letters, then a script (`Arab`) or a
/// region (`GB`, `419`); a word (a name) is not one.
pub fn language(text: &str) -> &str {
    let mut subtags = text.split('-');
    let primary = subtags.next().unwrap_or_default();
    let language = (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase());
    let rest_fit = subtags.all(|subtag| {
        let mut chars = subtag.chars();
        match subtag.len() {
            4 => chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_lowercase()),
            2 => chars.all(|c| c.is_ascii_uppercase()),
            3 => chars.all(|c| c.is_ascii_digit()),
            _ => false,
        }
    });
    if language && rest_fit && text.len() <= 16 { text } else { UNRECOGNISED }
}

/// A version (`0.1.0`, `1.2.0-rc.1+build`).
pub fn version(text: &str) -> &str {
    shaped(text, 40, |c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+'))
}

/// The host and port of a hub's address: no user, password, path or query.
pub fn host(address: &str) -> String {
    let rest = address.split_once("://").map_or(address, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    shaped(host, 255, |c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']')).to_owned()
}

/// A reason in words from the network or the hub (never from a person or a patient list): one line, at most 160
/// characters.
fn reason(text: &str) -> String {
    let line: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).take(160).collect();
    line.trim().to_owned()
}

fn place(place: TokenPlace) -> &'static str {
    match place {
        TokenPlace::Keychain => "the OS keychain",
        TokenPlace::File => "a file only the user can read",
    }
}

/// Why a call to the hub failed, as support needs it: the hub's refusal code and status, or that it is to be tried
/// again and why; any other error by its stable code.
fn hub_failure(error: &ReportingError) -> String {
    match error {
        ReportingError::Hub(SendError::Refused { status, body }) => {
            format!("refused by the hub: {} (HTTP {status})", code(&body.code))
        }
        ReportingError::Hub(SendError::Retry { reason: why, .. }) => format!("hub unreachable: {}", reason(why)),
        other => format!("failed: {}", other.explain().code),
    }
}

pub fn enrolled(hub: &str, token: Option<TokenPlace>) -> String {
    let kept = token.map_or("nowhere", place);
    format!("enrolment: enrolled with {}; the token is kept in {kept}", host(hub))
}

pub fn enrolment_failed(hub: &str, error: &ReportingError) -> String {
    format!("enrolment with {}: {}", host(hub), hub_failure(error))
}

pub fn unenrolled() -> String {
    "enrolment: the practice left its hub; the token is forgotten".to_owned()
}

pub fn submission_queued(submission: &str, automatic: bool) -> String {
    let by = if automatic { "automatically after a task change" } else { "by the manager" };
    format!("outbox: submission {} queued {by}", id(submission))
}

pub fn submission_attempt(submission: &str, hub: &str, attempt: u32) -> String {
    format!("outbox: sending submission {} to {} (attempt {attempt})", id(submission), host(hub))
}

pub fn submission_sent(submission: &str, receipt: &str) -> String {
    format!("outbox: submission {} accepted, receipt {}", id(submission), id(receipt))
}

pub fn submission_refused(submission: &str, status: u16, refusal: &str) -> String {
    format!("outbox: submission {} refused by the hub: {} (HTTP {status}); not retried", id(submission), code(refusal))
}

pub fn submission_retry(submission: &str, wait: Duration, why: &str) -> String {
    format!("outbox: submission {} not taken ({}); next try in {} s", id(submission), reason(why), wait.as_secs())
}

pub fn outbox_failed(error: &ReportingError) -> String {
    format!("outbox: the turn failed ({}); tried again in a minute", error.explain().code)
}

pub fn config_pulled(window_moved: bool) -> String {
    let window = if window_moved { "the regional team moved the window" } else { "no change to the window" };
    format!("config pull: central settings read; {window}")
}

pub fn config_pull_failed(error: &ReportingError) -> String {
    format!("config pull: {}", hub_failure(error))
}

pub fn notice_made(kind: &str, lang: &str, large_print: bool) -> String {
    let variant = if large_print { "large print" } else { "standard print" };
    format!("printing: made a {} in {}, {variant}", code(kind), language(lang))
}

/// A letters run: its counts only (never a name, an address, a row or a row's problem).
pub fn letters_made(counts: &Counts, split_addresses: usize, problems: usize) -> String {
    let languages: Vec<String> =
        counts.by_language.iter().map(|(lang, count)| format!("{} {count}", language(lang))).collect();
    format!(
        "printing: made {} letters on {} pages ({} standard, {} large print, {} to a parent or guardian); by \
         language: {}; {} left out for a character no font has; {} addresses not grouped; {} rows with problems",
        counts.letters,
        counts.pages,
        counts.standard,
        counts.large_print,
        counts.to_guardian,
        languages.join(", "),
        counts.left_out.len(),
        split_addresses,
        problems,
    )
}

/// A proof of the letters: counts only.
pub fn proof_made(letters: usize, pages: usize) -> String {
    format!("printing: made a proof of {letters} letters on {pages} pages")
}

pub fn mailout_files(files: usize) -> String {
    format!("printing: the letters were saved in {files} files with an address file, readable by the user only")
}

pub fn batch_confirmed() -> String {
    "printing: the manager confirmed a file of letters printed or handed over; its letters are counted".to_owned()
}

pub fn letters_deleted(left: usize) -> String {
    format!("printing: the letters' files were deleted; {left} could not be")
}

pub fn acknowledgements_made(letters: usize, pages: usize) -> String {
    format!("printing: made {letters} acknowledgement letters on {pages} pages")
}

pub fn letters_on_disk(files: usize) -> String {
    format!("start: {files} files of letters the app made are still on disk")
}

pub fn printed() -> String {
    "printing: a PDF the app made was sent to the printer".to_owned()
}

/// A command that answered with an error: its name (one the app declares) and the error's stable code.
pub fn command_failed(command: &str, error_code: &str) -> String {
    format!("command {}: answered error {}", id(command), code(error_code))
}

pub fn update_checked(current: &str, available: Option<&str>) -> String {
    match available {
        Some(newer) => format!("update: {} offered (running {})", version(newer), version(current)),
        None => format!("update: none offered (running {})", version(current)),
    }
}

pub fn update_refused_plain_http() -> String {
    "update: an update was refused: its installer is not offered over HTTPS".to_owned()
}

/// An offered update the app will not offer nor install (see [`crate::update`]): its code only, no version, key or
/// signature.
pub fn update_refused(refusal: &crate::update::Refusal) -> String {
    format!("update: an offered update was refused: {}", code(refusal.code()))
}

pub fn update_check_failed(why: &str) -> String {
    format!("update: the check failed: {}", reason(why))
}

pub fn update_installing(newer: &str) -> String {
    format!("update: installing {} and restarting", version(newer))
}

pub fn update_install_failed(why: &str) -> String {
    format!("update: the install failed: {}", reason(why))
}

pub fn second_launch() -> String {
    "start: another copy was started; it has exited and this window was brought forward".to_owned()
}

pub fn started(current: &str) -> String {
    format!("start: Pathfinder {} is running", version(current))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use pathfinder_notices::documents::letters::LeftOut;
    use pathfinder_protocol::ErrorBody;

    use super::*;

    /// What a patient list, a person or the hub's secret could put in a line, none of which may appear.
    const PRIVATE: [&str; 8] = [
        "Marjorie",
        "Whitfield",
        "943 476 5919",
        "27 Larkspur Avenue",
        "LS16 5QB",
        "pf_tok_SECRET",
        "ENROL-CODE",
        "hunter2",
    ];

    fn assert_clean(line: &str) {
        for value in PRIVATE {
            assert!(!line.contains(value), "{value:?} leaked into {line:?}");
        }
    }

    #[test]
    fn values_of_the_wrong_shape_are_written_as_unrecognised() {
        assert_eq!(code("enrolment-code-unknown"), "enrolment-code-unknown");
        assert_eq!(code("Marjorie Whitfield"), "unrecognised");
        assert_eq!(code(""), "unrecognised");
        assert_eq!(id("0b4c3e1a-7d2f-4e8b-9a61-2f3c4d5e6f70"), "0b4c3e1a-7d2f-4e8b-9a61-2f3c4d5e6f70");
        assert_eq!(id("943 476 5919"), "unrecognised");
        assert_eq!(language("pa-Arab"), "pa-Arab");
        assert_eq!(language("en"), "en");
        assert_eq!(language("en-GB"), "en-GB");
        assert_eq!(language("Punjabi (Shahmukhi), 27 Larkspur Avenue"), "unrecognised");
        assert_eq!(language("Marjorie"), "unrecognised");
        assert_eq!(language("sam-Patel"), "unrecognised");
        assert_eq!(version("0.1.0"), "0.1.0");
        assert_eq!(version("0.1.0; rm -rf"), "unrecognised");
        assert_eq!(
            host("https://user:hunter2@hub.example.nhs.uk:8443/api?token=pf_tok_SECRET"),
            "hub.example.nhs.uk:8443"
        );
        assert_eq!(host("http://127.0.0.1:8080"), "127.0.0.1:8080");
        assert_eq!(host("not a url"), "unrecognised");
    }

    #[test]
    fn hub_lines_carry_codes_and_ids_never_a_token_or_a_code() {
        let refused = ReportingError::Hub(SendError::Refused {
            status: 409,
            body: ErrorBody {
                code: "enrolment-code-used".into(),
                message: "ENROL-CODE was used by Marjorie".into(),
                field: String::new(),
            },
        });
        let line = enrolment_failed("https://hunter2@hub.example.nhs.uk/?t=pf_tok_SECRET", &refused);
        assert_eq!(line, "enrolment with hub.example.nhs.uk: refused by the hub: enrolment-code-used (HTTP 409)");
        let odd = ReportingError::Hub(SendError::Refused {
            status: 400,
            body: ErrorBody { code: "ENROL-CODE Whitfield".into(), message: String::new(), field: String::new() },
        });
        assert!(
            enrolment_failed("https://hub.example.nhs.uk", &odd)
                .contains("refused by the hub: unrecognised (HTTP 400)")
        );
        assert_eq!(
            enrolled("https://hub.example.nhs.uk/", Some(TokenPlace::File)),
            "enrolment: enrolled with hub.example.nhs.uk; the token is kept in a file only the user can read"
        );
        let id = "0b4c3e1a-7d2f-4e8b-9a61-2f3c4d5e6f70";
        assert_eq!(
            submission_attempt(id, "http://127.0.0.1:8080", 3),
            format!("outbox: sending submission {id} to 127.0.0.1:8080 (attempt 3)")
        );
        assert_eq!(submission_sent(id, "r-42"), format!("outbox: submission {id} accepted, receipt r-42"));
        assert!(submission_refused(id, 422, "submission-invalid").contains("submission-invalid (HTTP 422)"));
        let retry = submission_retry(id, Duration::from_secs(4), "the hub is busy\n(503)");
        assert_eq!(retry, format!("outbox: submission {id} not taken (the hub is busy (503)); next try in 4 s"));
        let odd_line = enrolment_failed("https://hub.example.nhs.uk", &odd);
        for line in [line, odd_line, retry, config_pull_failed(&refused), command_failed("hub_enrol", "ENROL-CODE")] {
            assert_clean(&line);
        }
    }

    #[test]
    fn printing_lines_are_counts_only() {
        let counts = Counts {
            letters: 3,
            pages: 6,
            by_language: BTreeMap::from([("en-GB".to_owned(), 2), ("Marjorie Whitfield".to_owned(), 1)]),
            standard: 2,
            large_print: 1,
            to_guardian: 0,
            left_out: vec![LeftOut { lines: vec![4], code: 0x1F600 }],
            blank_pages: 0,
        };
        let line = letters_made(&counts, 1, 2);
        assert_eq!(
            line,
            "printing: made 3 letters on 6 pages (2 standard, 1 large print, 0 to a parent or guardian); by language: \
             unrecognised 1, en-GB 2; 1 left out for a character no font has; 1 addresses not grouped; 2 rows with \
             problems"
        );
        assert_clean(&line);
        assert_eq!(notice_made("leaflet", "pa-Arab", true), "printing: made a leaflet in pa-Arab, large print");
        assert_clean(&notice_made("27 Larkspur Avenue", "Marjorie", false));
        assert_eq!(command_failed("notices_print", "not-ours"), "command notices_print: answered error not-ours");
        assert_clean(&command_failed("Whitfield 943 476 5919", "27 Larkspur Avenue"));
    }
}
