//! Email's storage on each backend: users' choices and their defaults, and the daily digest claimed once a day and
//! user, however many hubs claim it at once (the SMTP side is tests/email.rs).

use std::sync::Arc;

use pathfinder_hub::db::{Database, UserRole};

pub async fn digests_are_claimed_once_a_day_and_email_choices_are_kept(db: Arc<dyn Database>) {
    db.add_user("dorset@nhs.net", "not a hash", UserRole::Regional, &["02V".to_owned()]).await.unwrap();
    db.add_user("lead@nhs.net", "not a hash", UserRole::National, &[]).await.unwrap();
    let choices = |email: &'static str| {
        let db = db.clone();
        async move {
            let all = db.mail_recipients().await.unwrap();
            all.into_iter().find(|r| r.email == email).map(|r| (r.digest, r.alerts))
        }
    };
    assert_eq!(choices("dorset@nhs.net").await, Some((true, true)), "regional: both until turned off");
    assert_eq!(choices("lead@nhs.net").await, Some((false, false)), "national: alerts only once opted in");
    assert!(db.set_email_choices("lead@nhs.net", None, Some(true)).await.unwrap());
    assert_eq!(choices("lead@nhs.net").await, Some((false, true)));
    assert!(db.set_email_choices("dorset@nhs.net", Some(false), None).await.unwrap());
    assert_eq!(choices("dorset@nhs.net").await, Some((false, true)), "what is not given stays");
    assert!(!db.set_email_choices("nobody@nhs.net", Some(true), None).await.unwrap());
    assert!(!db.set_email_choices("lead@nhs.net\0", Some(true), None).await.unwrap());

    let dorset = db.user_by_email("dorset@nhs.net").await.unwrap().unwrap().id;
    let at = "2026-03-09T07:00:00Z";
    assert_eq!(db.claim_digest("2026-03-09", dorset, at).await.unwrap(), Some(None), "the first digest");
    assert_eq!(db.claim_digest("2026-03-09", dorset, at).await.unwrap(), None, "claimed already");
    // Eight claims at once, as hub replicas would make them: one wins.
    let claims = (0..8).map(|_| {
        let db = db.clone();
        tokio::spawn(async move { db.claim_digest("2026-03-10", dorset, "2026-03-10T07:00:00Z").await.unwrap() })
    });
    let mut won = Vec::new();
    for claim in claims {
        won.extend(claim.await.unwrap());
    }
    assert_eq!(won, [Some("2026-03-09".to_owned())], "one claim, which knows the digest before");
    db.release_digest("2026-03-10", dorset).await.unwrap();
    assert_eq!(db.claim_digest("2026-03-10", dorset, at).await.unwrap(), Some(Some("2026-03-09".into())));

    assert!(db.set_user_disabled("dorset@nhs.net", Some(1)).await.unwrap());
    assert_eq!(choices("dorset@nhs.net").await, None, "a disabled user is sent nothing");
}
