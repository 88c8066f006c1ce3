//! Errors as a person reads them. Each error type says, beside its definition, which stable code a program sees
//! and which Fluent message a person reads ([`UserError`]); the commands turn any of them into a [`CommandError`]
//! in the UI's language at the one edge where a command answers.

use pathfinder_l10n::{FluentArgs, Localizer};
use serde::Serialize;

/// An error the app reports to the person using it.
pub trait UserError: std::error::Error + Send + Sync + 'static {
    fn explain(&self) -> Explained;
}

/// A stable code (kebab-case), the Fluent message that says what happened, and for a form, the message for each
/// field that needs correcting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explained {
    pub code: &'static str,
    pub message: Message,
    pub fields: Vec<(&'static str, Message)>,
}

/// A Fluent message id with its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Self { id, args: Vec::new() }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub fn format(&self, localizer: &Localizer) -> String {
        if self.args.is_empty() {
            return localizer.format(self.id, None);
        }
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            args.set(*name, value.as_str());
        }
        localizer.format(self.id, Some(&args))
    }
}

impl Explained {
    pub fn new(code: &'static str, id: &'static str) -> Self {
        Self { code, message: Message::new(id), fields: Vec::new() }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.message = self.message.with(name, value);
        self
    }

    /// A form's error: the general "needs correcting" message, and the one field at fault with its own.
    pub fn field(code: &'static str, field: &'static str, id: &'static str) -> Self {
        Self { code, message: Message::new("error-invalid-input"), fields: vec![(field, Message::new(id))] }
    }
}

/// Any [`UserError`], as a command's body returns it with `?`.
#[derive(Debug)]
pub struct Failure(Box<dyn UserError>);

impl<E: UserError> From<E> for Failure {
    fn from(error: E) -> Self {
        Self(Box::new(error))
    }
}

impl Failure {
    pub fn explain(&self) -> Explained {
        self.0.explain()
    }
}

/// An error as the UI receives it: a stable code for the program and a translated message for the person, and
/// for a form, a message for each field that needs correcting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CommandError {
    pub code: String,
    pub message: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<FieldMessage>>", optional))]
    pub fields: Vec<FieldMessage>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FieldMessage {
    pub field: String,
    pub message: String,
}

impl CommandError {
    pub fn new(explained: &Explained, localizer: &Localizer) -> Self {
        Self {
            code: explained.code.to_owned(),
            message: explained.message.format(localizer),
            fields: explained
                .fields
                .iter()
                .map(|(field, message)| FieldMessage { field: (*field).to_owned(), message: message.format(localizer) })
                .collect(),
        }
    }
}

/// A command called with arguments it cannot read: a fault of the page, not of the person, so the message only
/// asks them to restart.
#[derive(Debug, thiserror::Error)]
#[error("{name}: {reason}")]
pub struct BadArguments {
    pub name: String,
    pub reason: String,
}

impl UserError for BadArguments {
    fn explain(&self) -> Explained {
        Explained::new("bad-arguments", "error-bad-arguments").with("reason", self.to_string())
    }
}

/// A command no version of the app has.
#[derive(Debug, thiserror::Error)]
#[error("there is no command {0}")]
pub struct UnknownCommand(pub String);

impl UserError for UnknownCommand {
    fn explain(&self) -> Explained {
        Explained::new("unknown-command", "error-bad-arguments").with("reason", self.to_string())
    }
}
