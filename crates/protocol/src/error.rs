use serde::Serialize;

/// Why a message was refused: a stable code, the JSON path of the field at fault (empty for the whole body),
/// and a message for the developer or the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{code} at {field:?}: {message}")]
pub struct ProtocolError {
    pub code: &'static str,
    pub field: String,
    pub message: String,
}

impl ProtocolError {
    pub fn new(code: &'static str, field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { code, field: field.into(), message: message.into() }
    }

    pub(crate) fn from_json(error: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = error.path().to_string();
        let field = if path == "." || path == "?" { String::new() } else { path };
        let inner = error.into_inner();
        let message = inner.to_string();
        let code = match inner.classify() {
            serde_json::error::Category::Syntax
            | serde_json::error::Category::Eof
            | serde_json::error::Category::Io => "malformed",
            serde_json::error::Category::Data if message.starts_with("unknown field") => "unknown-field",
            serde_json::error::Category::Data if message.starts_with("missing field") => "missing-field",
            serde_json::error::Category::Data => "invalid-value",
        };
        Self { code, field, message }
    }
}
