//! Messages to practices: a regional user publishes to a CCG they see (never another), the practices of that CCG
//! get it in their config pull until they acknowledge it, the dashboard says who has read it and who has not, and a
//! withdrawn message is sent to no one.

use std::sync::Arc;

use axum::http::StatusCode;
use pathfinder_hub::db::Database;
use serde_json::Value;

use super::auth_matrix::{NATIONAL, REGIONAL, staff_fixture};
use super::{Browser, Page, call, enrol, row_cells};

async fn signed_in(db: &Arc<dyn Database>, who: (&str, &str)) -> (Browser, String) {
    let mut browser = Browser::new(db);
    assert_eq!(browser.sign_in(who.0, who.1).await.status, StatusCode::SEE_OTHER);
    let page = browser.request("GET", "/dashboard/messages", None).await;
    assert_eq!(page.status, StatusCode::OK);
    let csrf = Browser::csrf(&page);
    (browser, csrf)
}

async fn post(browser: &mut Browser, uri: &str, form: &[(&str, String)]) -> Page {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    browser.request("POST", uri, Some(&pairs)).await
}

async fn pulled(db: &Arc<dyn Database>, token: &str) -> Vec<Value> {
    let (status, config) = call(db, "GET", "/api/v1/practice/config", Some(token), None).await;
    assert_eq!(status, StatusCode::OK, "{config}");
    config["messages"].as_array().unwrap().clone()
}

pub async fn a_message_reaches_its_ccgs_practices_until_each_acknowledges_it(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    let (b82005, b82010, l85001) = (enrol(&db, "B82005").await, enrol(&db, "B82010").await, enrol(&db, "L85001").await);

    // The regional user (11X only) publishes to 11X; 02V is not theirs to write to.
    let (mut regional, csrf) = signed_in(&db, REGIONAL).await;
    let form = |ccg: &'static str, csrf: &str| {
        vec![
            ("csrf", csrf.to_owned()),
            ("ccg", ccg.to_owned()),
            ("title", "The window moved".to_owned()),
            ("body", "Reprint your posters <b>today</b>\nThank you".to_owned()),
        ]
    };
    let refused = post(&mut regional, "/dashboard/messages", &form("02V", &csrf)).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND, "a regional user cannot publish to another CCG");
    assert!(db.messages().await.unwrap().is_empty());
    let published = post(&mut regional, "/dashboard/messages", &form("11X", &csrf)).await;
    assert_eq!(
        (published.status, published.location.as_str()),
        (StatusCode::SEE_OTHER, "/dashboard/messages?done=published")
    );

    let messages = pulled(&db, &l85001).await;
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0]["title"], "The window moved");
    assert_eq!(messages[0]["body"], "Reprint your posters <b>today</b>\nThank you");
    assert!(pulled(&db, &b82005).await.is_empty(), "another CCG's practice does not get it");

    // The national user publishes to 02V; each of its practices gets it until it acknowledges it.
    let (mut national, csrf) = signed_in(&db, NATIONAL).await;
    let mut to_02v = form("02V", &csrf);
    to_02v[2].1 = "Check your leaflets".into();
    assert_eq!(post(&mut national, "/dashboard/messages", &to_02v).await.status, StatusCode::SEE_OTHER);
    let leaflets = pulled(&db, &b82005).await;
    assert_eq!(leaflets.len(), 1);
    let id = leaflets[0]["id"].as_i64().unwrap();
    assert_eq!(pulled(&db, &b82010).await.len(), 1);

    let acknowledge = format!("/api/v1/practice/messages/{id}/acknowledge");
    let (status, first) = call(&db, "POST", &acknowledge, Some(&b82005), None).await;
    assert_eq!(status, StatusCode::OK, "{first}");
    assert_eq!(first["id"], id);
    let (status, again) = call(&db, "POST", &acknowledge, Some(&b82005), None).await;
    assert_eq!((status, &again), (StatusCode::OK, &first), "a repeat is answered with the first acknowledgement");
    assert!(pulled(&db, &b82005).await.is_empty(), "acknowledged, it is not sent again");
    assert_eq!(pulled(&db, &b82010).await.len(), 1);
    let (status, error) = call(&db, "POST", &acknowledge, Some(&l85001), None).await;
    assert_eq!((status, error["code"].as_str()), (StatusCode::NOT_FOUND, Some("unknown-message")));
    let (status, _) = call(&db, "POST", &acknowledge, None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // The dashboard: the list's count, and the message's page naming who has read it and who has not.
    let list = national.request("GET", "/dashboard/messages", None).await;
    assert!(list.body.contains(r#"href="/dashboard/messages" aria-current="page""#), "in the navigation");
    let cells = row_cells(&list.body, "pf-messages", &format!(r#"data-message="{id}""#));
    assert_eq!(cells[0], "02V");
    assert!(cells[1].contains("by lead@nhs.net"), "{cells:?}");
    assert_eq!(cells[2..], ["1 of 2 practices", "Shown to practices"]);
    let page = national.request("GET", &format!("/dashboard/messages/{id}"), None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(row_cells(&page.body, "pf-message-readers", r#"data-ods="B82005""#)[0].starts_with("Read "));
    assert!(row_cells(&page.body, "pf-message-readers", r#"data-ods="B82010""#)[0].contains("Not yet"));
    assert!(!page.body.contains(r#"data-ods="L85001""#), "only the CCG's practices");

    // Plain text: the regional user's message is shown as written, never as markup.
    let theirs = db.messages().await.unwrap().into_iter().find(|m| m.ccg_code == "11X").unwrap();
    let page = regional.request("GET", &format!("/dashboard/messages/{}", theirs.id), None).await;
    assert!(page.body.contains("Reprint your posters &lt;b&gt;today&lt;/b&gt;<br>Thank you"), "{}", page.body);
    let list = regional.request("GET", "/dashboard/messages", None).await;
    assert!(!list.body.contains("Check your leaflets"), "another CCG's message is not listed");
    let hidden = regional.request("GET", &format!("/dashboard/messages/{id}"), None).await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND);
    let csrf = Browser::csrf(&list);
    let not_theirs = format!("/dashboard/messages/{id}/withdraw");
    assert_eq!(post(&mut regional, &not_theirs, &[("csrf", csrf)]).await.status, StatusCode::NOT_FOUND);
    assert!(db.message(id).await.unwrap().unwrap().withdrawn_at.is_none());

    // Withdrawn, it is sent to no practice; the page says so and offers no second withdrawal.
    let csrf = Browser::csrf(&national.request("GET", "/dashboard/messages", None).await);
    let withdrawn = post(&mut national, &not_theirs, &[("csrf", csrf)]).await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
    assert!(pulled(&db, &b82010).await.is_empty(), "a withdrawn message is no longer sent");
    assert_eq!(pulled(&db, &l85001).await.len(), 1, "the other CCG's message is still sent");
    let page = national.request("GET", &withdrawn.location, None).await;
    assert!(page.body.contains("Withdrawn "), "{}", page.body);
    assert!(!page.body.contains("pf-withdraw"));
}

pub async fn a_message_is_plain_text_within_its_lengths(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    let (mut national, csrf) = signed_in(&db, NATIONAL).await;
    let long_title = "T".repeat(101);
    let long_body = "é".repeat(1001);
    let full_body = "é".repeat(1000);
    for (title, body, status, says) in [
        ("", "b", StatusCode::BAD_REQUEST, "Enter a title"),
        (long_title.as_str(), "b", StatusCode::BAD_REQUEST, "100 characters or fewer"),
        ("t", long_body.as_str(), StatusCode::BAD_REQUEST, "1,000 characters or fewer"),
        ("A full message", full_body.as_str(), StatusCode::SEE_OTHER, ""),
    ] {
        let form = [("csrf", csrf.as_str()), ("ccg", "02V"), ("title", title), ("body", body)];
        let answer = national.request("POST", "/dashboard/messages", Some(&form)).await;
        assert_eq!(answer.status, status, "{title}");
        assert!(answer.body.contains(says), "{}", answer.body);
    }
    assert_eq!(db.messages().await.unwrap().len(), 1);
    assert_eq!(db.messages().await.unwrap()[0].body.chars().count(), 1000);
}
