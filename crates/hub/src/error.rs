use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use pathfinder_protocol::ProtocolError;
use serde::Serialize;

use crate::db::DbError;

/// Every refusal the API gives: a status and a JSON body `{code, message, field}`.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub body: ErrorBody,
    /// Seconds for the Retry-After header, when the client should wait before sending again.
    pub retry_after: Option<u64>,
}

#[derive(Debug, Serialize)]
pub struct ErrorBody {
    pub code: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub field: String,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self { status, body: ErrorBody { code, message: message.into(), field: String::new() }, retry_after: None }
    }

    pub fn retry_after(self, seconds: u64) -> Self {
        Self { retry_after: Some(seconds), ..self }
    }
}

impl From<ProtocolError> for ApiError {
    fn from(error: ProtocolError) -> Self {
        let status = if error.code == "too-large" { StatusCode::PAYLOAD_TOO_LARGE } else { StatusCode::BAD_REQUEST };
        Self {
            status,
            body: ErrorBody { code: error.code, message: error.message, field: error.field },
            retry_after: None,
        }
    }
}

impl From<DbError> for ApiError {
    fn from(error: DbError) -> Self {
        tracing::error!(%error, "database failure");
        Self::new(StatusCode::SERVICE_UNAVAILABLE, "unavailable", "the hub cannot store this now; try again later")
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status, Json(self.body)).into_response();
        // A 503 is a passing state: the client tries again in 5 s unless told otherwise.
        let retry_after = self.retry_after.or((self.status == StatusCode::SERVICE_UNAVAILABLE).then_some(5));
        if let Some(seconds) = retry_after {
            response.headers_mut().insert("retry-after", axum::http::HeaderValue::from(seconds));
        }
        response
    }
}
