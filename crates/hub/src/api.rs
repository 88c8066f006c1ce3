//! The practice-facing API under /api/v1. Handlers parse, call one function, and map the error.

use axum::Json;
use axum::body::{Body, to_bytes};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use pathfinder_protocol::{
    EnrolRequest, EnrolResponse, MAX_BODY_BYTES, MessageAcknowledgement, PracticeConfig, parse_submission,
};
use pathfinder_readiness::OdsCode;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::db::{Figures, NewSubmission, Receipt, Redeemed, Stored};
use crate::error::ApiError;
use crate::limits::Guess;
use crate::{Hub, report, secrets};

fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// Reads a body of at most 64 KiB; a larger one is refused before it is read whole.
async fn read_body(body: Body) -> Result<axum::body::Bytes, ApiError> {
    to_bytes(body, MAX_BODY_BYTES).await.map_err(|_| {
        ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "too-large", format!("the body is over {MAX_BODY_BYTES} bytes"))
    })
}

/// The practice a bearer token belongs to.
async fn practice_of(hub: &Hub, headers: &HeaderMap) -> Result<String, ApiError> {
    let token = headers
        .get("authorization")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .ok_or_else(|| ApiError::new(StatusCode::UNAUTHORIZED, "no-credential", "send the practice token as Bearer"))?;
    hub.db
        .token_practice(&secrets::hash(token))
        .await?
        .ok_or_else(|| ApiError::new(StatusCode::UNAUTHORIZED, "bad-credential", "the token is unknown or revoked"))
}

pub async fn enrol(
    State(hub): State<Hub>,
    crate::ClientAddress(address): crate::ClientAddress,
    body: Body,
) -> Result<Response, ApiError> {
    let bytes = read_body(body).await?;
    let request: EnrolRequest = serde_json::from_slice(&bytes)
        .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "invalid-value", e.to_string()))?;
    let ods = OdsCode::parse(&request.ods_code)
        .map_err(|_| ApiError::new(StatusCode::BAD_REQUEST, "invalid-value", "not an ODS code"))?;
    // Locked by address and practice together: wrong codes sent from elsewhere cannot stop a practice enrolling.
    let at = now();
    let attempt =
        hub.attempts.attempt(hub.db.as_ref(), Guess::Enrol, address, ods.as_str(), at.unix_timestamp()).await?;
    let Ok(attempt) = attempt else {
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too-many-attempts",
            "too many wrong codes from this address; wait 15 minutes",
        ));
    };
    let token = secrets::new_token();
    let outcome = hub
        .db
        .redeem_enrolment_code(&secrets::hash(&request.code), ods.as_str(), &secrets::hash(&token), at.unix_timestamp())
        .await?;
    if outcome == Redeemed::Token {
        hub.attempts.succeeded(hub.db.as_ref(), attempt, at.unix_timestamp()).await?;
    }
    let refused = |code, message: &str| Err(ApiError::new(StatusCode::FORBIDDEN, code, message));
    match outcome {
        Redeemed::Token => {
            hub.db
                .audit(&at.format(&Rfc3339).unwrap_or_default(), ods.as_str(), "enrol", "practice token issued")
                .await?;
            Ok((StatusCode::CREATED, Json(EnrolResponse { ods_code: ods.to_string(), token })).into_response())
        }
        Redeemed::Unknown => refused("enrolment-code-unknown", "no such enrolment code for this practice"),
        Redeemed::Expired => {
            refused("enrolment-code-expired", "the enrolment code has expired; ask the regional team for a new one")
        }
        Redeemed::Used => {
            refused("enrolment-code-used", "the enrolment code has been used; ask the regional team for a new one")
        }
    }
}

pub async fn submit(State(hub): State<Hub>, headers: HeaderMap, body: Body) -> Result<Response, ApiError> {
    let practice = practice_of(&hub, &headers).await?;
    if let Err(wait) = hub.submission_rate.allow(&practice, hub.submissions_per_hour) {
        let message = format!("more than {} submissions in an hour from this practice; wait", hub.submissions_per_hour);
        return Err(ApiError::new(StatusCode::TOO_MANY_REQUESTS, "too-many-submissions", message)
            .retry_after(wait.as_secs().max(1)));
    }
    let bytes = read_body(body).await?;
    let mut submission = parse_submission(&bytes)?;
    // A UUID's text is case-insensitive: the same id in capitals is the same submission, not a new one.
    submission.submission_id.make_ascii_lowercase();
    if submission.ods_code.as_str() != practice {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "wrong-practice",
            "the submission is for another practice than the token's",
        ));
    }
    // Stored as this version reads it: a version 1 body upgraded, so the dashboard reads one shape, and a resend
    // of the same bytes (or of the same submission spaced otherwise) makes the same text.
    let canonical = report::canonical_text(&submission);
    let at = now();
    let receipt = Receipt { receipt_id: secrets::new_uuid(), received_at: at.format(&Rfc3339).unwrap_or_default() };
    let (level, figures) = (report::assessed(&submission, at.date()).level, Figures::of(&submission));
    // The practice's level before this report, read only when there is email to send: a report that turns it at
    // risk alerts the staff who asked (a failed read sends no alert and fails nothing).
    let before = match &hub.mail {
        Some(_) => hub.db.practice_latest_level(&practice).await.ok(),
        None => None,
    };
    let new = NewSubmission {
        submission_id: &submission.submission_id,
        ods_code: &practice,
        body: &canonical,
        level,
        figures,
        receipt,
    };
    let stored = hub.db.insert_submission(new).await?;
    match stored {
        Stored::Created(receipt) => {
            hub.metrics.submissions_created.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            if let (Some(mail), Some(before)) = (&hub.mail, before) {
                let today = at.date();
                let was = before.map(|before| before.level_on(today));
                if crate::email::turns_at_risk(was, figures.level_on(level, today)) {
                    // Queued: the relay is not waited for here.
                    mail.practice_turned_at_risk(&practice, &receipt.received_at);
                }
            }
            Ok((StatusCode::CREATED, Json(receipt)).into_response())
        }
        Stored::Repeat(receipt) => Ok((StatusCode::OK, Json(receipt)).into_response()),
        Stored::Conflict => Err(ApiError::new(
            StatusCode::CONFLICT,
            "submission-id-reused",
            "this submission id was sent before with a different body",
        )),
    }
}

pub async fn config(State(hub): State<Hub>, headers: HeaderMap) -> Result<Json<PracticeConfig>, ApiError> {
    let ods = practice_of(&hub, &headers).await?;
    let practice = hub
        .db
        .practice(&ods)
        .await?
        .ok_or_else(|| ApiError::new(StatusCode::UNAUTHORIZED, "bad-credential", "unknown practice"))?;
    let at = now();
    let stamp = |at: OffsetDateTime| at.format(&Rfc3339).unwrap_or_default();
    hub.db.record_contact(&practice.ods_code, &stamp(at), &stamp(at - time::Duration::hours(1))).await?;
    // A practice with dates of its own gets them; the others their CCG's.
    let window = match hub.db.practice_window(&practice.ods_code).await? {
        Some(own) => Some(own),
        None => hub.db.window(&practice.ccg_code).await?,
    };
    let objection_types = hub.db.objection_types(&practice.ccg_code).await?;
    let messages = hub.db.messages_for(&practice.ods_code).await?;
    Ok(Json(PracticeConfig {
        ods_code: practice.ods_code,
        ccg_code: practice.ccg_code,
        window,
        objection_types,
        messages,
    }))
}

/// `POST /api/v1/practice/messages/{id}/acknowledge`: the practice manager has read the message. A repeat is
/// answered with the first acknowledgement; a message not of the practice's CCG is not found.
pub async fn acknowledge_message(
    State(hub): State<Hub>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Json<MessageAcknowledgement>, ApiError> {
    let ods = practice_of(&hub, &headers).await?;
    let unknown = || ApiError::new(StatusCode::NOT_FOUND, "unknown-message", "no such message for this practice");
    let id: i64 = id.parse().map_err(|_| unknown())?;
    let at = now().format(&Rfc3339).unwrap_or_default();
    let first = hub.db.acknowledge_message(id, &ods, &at).await?.ok_or_else(unknown)?;
    Ok(Json(MessageAcknowledgement { id, acknowledged_at: first }))
}

pub async fn openapi() -> impl IntoResponse {
    ([("content-type", "application/json")], include_str!("openapi.json"))
}

pub async fn healthz() -> &'static str {
    "ok"
}

pub async fn metrics(State(hub): State<Hub>) -> Result<impl IntoResponse, ApiError> {
    let stored = hub.db.submission_count().await?;
    let created = hub.metrics.submissions_created.load(std::sync::atomic::Ordering::Relaxed);
    let checks = hub.metrics.password_checks.load(std::sync::atomic::Ordering::Relaxed);
    let attempt_keys = hub.db.attempt_keys().await?;
    let text = format!(
        "# HELP pathfinder_hub_submissions_stored Submissions in the database.\n\
         # TYPE pathfinder_hub_submissions_stored gauge\n\
         pathfinder_hub_submissions_stored {stored}\n\
         # HELP pathfinder_hub_submissions_created_total Submissions stored by this process.\n\
         # TYPE pathfinder_hub_submissions_created_total counter\n\
         pathfinder_hub_submissions_created_total {created}\n\
         # HELP pathfinder_hub_password_checks_total Passwords checked against their hash by this process.\n\
         # TYPE pathfinder_hub_password_checks_total counter\n\
         pathfinder_hub_password_checks_total {checks}\n\
         # HELP pathfinder_hub_attempt_failure_keys Failure counts held by the limits on guessing.\n\
         # TYPE pathfinder_hub_attempt_failure_keys gauge\n\
         pathfinder_hub_attempt_failure_keys {attempt_keys}\n"
    );
    Ok(([("content-type", "text/plain; version=0.0.4")], text))
}
