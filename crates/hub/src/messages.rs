//! Messages to practices apart from the dashboard: a message checked (plain text, a title of at most 100
//! characters and a body of at most 1,000), published to a CCG's practices and withdrawn, each in the audit log.

use pathfinder_protocol::{MESSAGE_BODY_CHARS, MESSAGE_TITLE_CHARS};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::db::{Database, DbError, NewMessage};

/// What is wrong with a message, and the dashboard's message for it (hub.ftl).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MessageProblem {
    #[error("a message needs a title")]
    TitleMissing,
    #[error("a title is at most {MESSAGE_TITLE_CHARS} characters")]
    TitleLong,
    #[error("a message needs a body")]
    BodyMissing,
    #[error("a body is at most {MESSAGE_BODY_CHARS} characters")]
    BodyLong,
    #[error("a message is plain text: no control characters")]
    Control,
}

impl MessageProblem {
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::TitleMissing => "hub-messages-error-title-missing",
            Self::TitleLong => "hub-messages-error-title-long",
            Self::BodyMissing => "hub-messages-error-body-missing",
            Self::BodyLong => "hub-messages-error-body-long",
            Self::Control => "hub-messages-error-control",
        }
    }

    /// The input at fault.
    pub fn field(&self) -> &'static str {
        match self {
            Self::TitleMissing | Self::TitleLong => "title",
            Self::BodyMissing | Self::BodyLong | Self::Control => "body",
        }
    }
}

/// A title and body as they are kept: trimmed, line ends as `\n`, a title on one line; plain text, so no control
/// character but the body's line breaks and tabs.
pub fn checked(title: &str, body: &str) -> Result<(String, String), MessageProblem> {
    let title = title.trim().to_owned();
    let body = body.replace("\r\n", "\n").replace('\r', "\n").trim().to_owned();
    if title.is_empty() {
        return Err(MessageProblem::TitleMissing);
    }
    if title.chars().count() > MESSAGE_TITLE_CHARS {
        return Err(MessageProblem::TitleLong);
    }
    if body.is_empty() {
        return Err(MessageProblem::BodyMissing);
    }
    if body.chars().count() > MESSAGE_BODY_CHARS {
        return Err(MessageProblem::BodyLong);
    }
    if title.chars().any(char::is_control) || body.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(MessageProblem::Control);
    }
    Ok((title, body))
}

fn stamp(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

/// Publishes a checked message to `ccg_code`'s practices (the caller has checked the user sees the CCG); gives its id.
pub async fn publish(db: &dyn Database, ccg_code: &str, title: &str, body: &str, actor: &str) -> Result<i64, DbError> {
    let at = stamp(OffsetDateTime::now_utc());
    let message = NewMessage {
        ccg_code: ccg_code.to_owned(),
        title: title.to_owned(),
        body: body.to_owned(),
        published_at: at.clone(),
        published_by: actor.to_owned(),
    };
    let id = db.publish_message(&message).await?;
    db.audit(&at, actor, "message-publish", &format!("message {id} to {ccg_code}: {title}")).await?;
    Ok(id)
}

/// Withdraws a live message; false when it was not live.
pub async fn withdraw(db: &dyn Database, id: i64, actor: &str) -> Result<bool, DbError> {
    let at = stamp(OffsetDateTime::now_utc());
    let withdrawn = db.withdraw_message(id, &at, actor).await?;
    if withdrawn {
        db.audit(&at, actor, "message-withdraw", &format!("message {id}")).await?;
    }
    Ok(withdrawn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_plain_text_within_its_lengths() {
        assert_eq!(checked("  Moved ", "Line one\r\nLine two\n"), Ok(("Moved".into(), "Line one\nLine two".into())));
        assert_eq!(checked(" ", "b"), Err(MessageProblem::TitleMissing));
        assert_eq!(checked(&"é".repeat(100), &"é".repeat(1000)).map(|_| ()), Ok(()));
        assert_eq!(checked(&"é".repeat(101), "b"), Err(MessageProblem::TitleLong));
        assert_eq!(checked("t", &"é".repeat(1001)), Err(MessageProblem::BodyLong));
        assert_eq!(checked("t", "\n"), Err(MessageProblem::BodyMissing));
        assert_eq!(checked("t", "a\0b"), Err(MessageProblem::Control));
        assert_eq!(checked("t\u{1b}", "b"), Err(MessageProblem::Control));
    }
}
