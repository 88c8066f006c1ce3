//! The app's side of the wire to the hub: one call per API operation, each answer sorted into what the
//! outbox does next (stop, or retry later), and the retry policy itself.

mod backoff;
mod client;
mod error;

pub use backoff::{MAX_DELAY, backoff};
pub use client::{HubClient, HubUrlError};
pub use error::SendError;
