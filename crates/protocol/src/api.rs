//! The small messages around a submission: enrolment, receipts, the central settings, and refusals.

use serde::{Deserialize, Serialize};

pub use pathfinder_readiness::{ObjectionType, ObjectionTypes};

/// `POST /api/v1/enrol`: the practice's ODS code and the one-time code from the regional team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EnrolRequest {
    pub ods_code: String,
    pub code: String,
}

/// The answer to an enrolment: the practice's token, shown to no one and kept by the app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnrolResponse {
    pub ods_code: String,
    pub token: String,
}

/// What the hub answers for a stored submission; a repeat of the same submission gets the first receipt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Receipt {
    pub receipt_id: String,
    /// RFC 3339, the hub's clock.
    pub received_at: String,
}

/// `GET /api/v1/practice/config`: what the regional team sets centrally for the practice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PracticeConfig {
    pub ods_code: String,
    pub ccg_code: String,
    pub window: Option<CentralWindow>,
    /// The objection types the region's pilot offers: `["type1"]` or `["type1", "type2"]`. An older hub's answer
    /// has none, and means both; a list without Type 1 is refused.
    #[serde(default)]
    pub objection_types: ObjectionTypes,
    /// The regional team's messages to the practice, live and not yet acknowledged by it, oldest first. An older
    /// hub's answer has none; an older app, which does not know the field, ignores it (this type refuses no field).
    #[serde(default)]
    pub messages: Vec<PracticeMessage>,
}

/// The longest title and body of a message to practices, in characters.
pub const MESSAGE_TITLE_CHARS: usize = 100;
pub const MESSAGE_BODY_CHARS: usize = 1000;

/// A message the regional team published to a CCG's practices: plain text, shown until the manager acknowledges it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PracticeMessage {
    /// The hub's id of the message: acknowledged as `POST /api/v1/practice/messages/{id}/acknowledge`.
    pub id: i64,
    pub title: String,
    pub body: String,
    /// RFC 3339, the hub's clock.
    pub published_at: String,
}

/// The answer to an acknowledgement: the first time this practice acknowledged the message (a repeat gets it too).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MessageAcknowledgement {
    pub id: i64,
    /// RFC 3339, the hub's clock.
    pub acknowledged_at: String,
}

/// The fair-processing window a region sets for its practices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CentralWindow {
    pub ccg_code: String,
    /// ISO 8601 dates.
    pub start: String,
    pub weeks: i64,
    pub first_extract: String,
    pub checklist_version: i64,
}

/// Every refusal: a stable code, a message for a person, and the field at fault when there is one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub code: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub field: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_objection_types_go_round_and_an_older_hubs_answer_means_both() {
        let config = PracticeConfig {
            ods_code: "B82005".into(),
            ccg_code: "02V".into(),
            window: None,
            objection_types: ObjectionTypes::TYPE1_ONLY,
            messages: Vec::new(),
        };
        let json = serde_json::to_value(&config).unwrap();
        assert_eq!(json["objectionTypes"], serde_json::json!(["type1"]));
        assert_eq!(serde_json::from_value::<PracticeConfig>(json).unwrap(), config);

        let older = r#"{"odsCode":"B82005","ccgCode":"02V","window":null}"#;
        let parsed: PracticeConfig = serde_json::from_str(older).unwrap();
        assert_eq!(parsed.objection_types, ObjectionTypes::BOTH);
        assert_eq!(parsed.objection_types.to_vec(), [ObjectionType::Type1, ObjectionType::Type2]);

        for bad in [r#"[]"#, r#"["type2"]"#] {
            let text = format!(r#"{{"odsCode":"B82005","ccgCode":"02V","window":null,"objectionTypes":{bad}}}"#);
            let error = serde_json::from_str::<PracticeConfig>(&text).unwrap_err();
            assert!(error.to_string().contains("objectionTypes"), "{bad}: {error}");
        }
    }

    #[test]
    fn messages_go_round_an_older_hubs_answer_has_none_and_a_field_not_yet_known_is_ignored() {
        let message = PracticeMessage {
            id: 7,
            title: "The window moved".into(),
            body: "Reprint your posters.\nThank you.".into(),
            published_at: "2026-03-01T09:00:00Z".into(),
        };
        let config = PracticeConfig {
            ods_code: "B82005".into(),
            ccg_code: "02V".into(),
            window: None,
            objection_types: ObjectionTypes::BOTH,
            messages: vec![message.clone()],
        };
        let json = serde_json::to_value(&config).unwrap();
        assert_eq!(json["messages"][0]["publishedAt"], "2026-03-01T09:00:00Z");
        assert_eq!(serde_json::from_value::<PracticeConfig>(json).unwrap(), config);

        let older = r#"{"odsCode":"B82005","ccgCode":"02V","window":null}"#;
        assert!(serde_json::from_str::<PracticeConfig>(older).unwrap().messages.is_empty());

        // What an app of this version does with a later hub's answer is what an app before messages did with this
        // one: fields it does not know are passed over.
        let later = r#"{"odsCode":"B82005","ccgCode":"02V","window":null,"messages":[],"somethingNew":{"a":1}}"#;
        assert!(serde_json::from_str::<PracticeConfig>(later).is_ok());

        #[derive(Deserialize)]
        #[serde(rename_all = "camelCase")]
        #[allow(dead_code)]
        struct BeforeMessages {
            ods_code: String,
            ccg_code: String,
            window: Option<CentralWindow>,
            #[serde(default)]
            objection_types: ObjectionTypes,
        }
        let text = serde_json::to_string(&config).unwrap();
        assert_eq!(serde_json::from_str::<BeforeMessages>(&text).unwrap().ods_code, "B82005");
    }
}
