//! The regional team's messages: pulled with the central settings and kept in the local store, shown until the
//! manager says they have read each. The acknowledgement is stored first (so it holds across restarts), then the
//! hub is told at once; if it cannot be, the next settings pull (at start and every few hours) tells it, before it
//! asks for the settings. No outbox row is needed: the store's own column says what the hub has yet to hear.

use pathfinder_client::SendError;
use pathfinder_store::HubMessage;
use time::OffsetDateTime;

use crate::AppState;
use crate::reporting::ReportingError;

impl AppState {
    /// The messages the manager has not yet acknowledged, oldest first.
    pub fn messages(&self) -> Result<Vec<HubMessage>, ReportingError> {
        Ok(self.store().unread_messages()?)
    }

    /// The manager has read the message: kept here, then the hub is told if it can be (else at the next pull).
    /// Gives the messages still unread.
    pub async fn acknowledge_message(&self, id: i64) -> Result<Vec<HubMessage>, ReportingError> {
        {
            let mut store = self.store();
            let actor = store.load()?.map(|state| state.profile.practice_lead).unwrap_or_default();
            store.acknowledge_message(id, &actor, OffsetDateTime::now_utc())?;
        }
        let _ = self.tell_acknowledgements().await;
        self.messages()
    }

    /// Tells the hub of every acknowledgement it has not heard of. An acknowledgement the hub has no message for (a
    /// message of another CCG, say) is not sent again; one it could not take now waits for the next try.
    pub(crate) async fn tell_acknowledgements(&self) -> Result<(), ReportingError> {
        let waiting = self.store().acknowledgements_to_tell()?;
        if waiting.is_empty() {
            return Ok(());
        }
        let (client, token) = self.connection().ok_or(ReportingError::NotEnrolled)?;
        for id in waiting {
            match client.acknowledge_message(&token, id).await {
                Ok(_) => self.store().hub_told(id, OffsetDateTime::now_utc())?,
                Err(SendError::Refused { body, .. }) if body.code == "unknown-message" => {
                    self.store().hub_told(id, OffsetDateTime::now_utc())?
                }
                Err(error) => return Err(error.into()),
            }
        }
        Ok(())
    }

    /// Keeps the messages a settings pull brought.
    pub(crate) fn keep_messages(&self, pulled: &[pathfinder_protocol::PracticeMessage]) -> Result<(), ReportingError> {
        let messages: Vec<HubMessage> = pulled
            .iter()
            .map(|message| HubMessage {
                id: message.id,
                title: message.title.clone(),
                body: message.body.clone(),
                published_at: message.published_at.clone(),
                acknowledged_at: None,
            })
            .collect();
        Ok(self.store().keep_messages(&messages)?)
    }
}
