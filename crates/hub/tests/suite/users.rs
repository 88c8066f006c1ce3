//! Users, managed by national administrators from the dashboard (the command line's side is in tests/cli.rs), and
//! sessions: ended when a user is disabled or given a new password, swept once expired.

use std::sync::Arc;

use axum::http::StatusCode;
use pathfinder_hub::db::{Database, UserRole};
use time::OffsetDateTime;

use super::Browser;
use super::auth_matrix::{NATIONAL, REGIONAL, staff_fixture};

const NEWCOMER: &str = "new.lead@nhs.net";

/// Text of the database's own that a page must never show.
fn leaks_database_text(body: &str) -> bool {
    let body = body.to_lowercase();
    ["unique", "constraint", "duplicate key", "database", "sql", "users.email"].iter().any(|word| body.contains(word))
}

pub async fn national_admins_manage_users_from_the_dashboard(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    let mut lead = Browser::new(&db);
    assert_eq!(lead.sign_in(NATIONAL.0, NATIONAL.1).await.status, StatusCode::SEE_OTHER);
    let page = lead.request("GET", "/dashboard/users", None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(REGIONAL.0) && page.body.contains("Active"), "{}", page.body);
    for id in
        ["add-email", "add-role-national", "add-ccg", "add-password", "scope-user", "password-new", "disable-user"]
    {
        assert!(page.body.contains(&format!("for=\"{id}\"")), "the input {id} has a label");
    }
    let csrf = Browser::csrf(&page);
    let add = [
        ("csrf", csrf.as_str()),
        ("email", "New.Lead@nhs.net"),
        ("role", "regional"),
        ("ccg", "02v, 11x"),
        ("password", "a long new password"),
    ];
    let added = lead.request("POST", "/dashboard/users", Some(&add)).await;
    assert_eq!((added.status, added.location.as_str()), (StatusCode::SEE_OTHER, "/dashboard/users?done=added"));
    let user = db.user_by_email(NEWCOMER).await.unwrap().expect("added, its email in lower case");
    assert_eq!(
        (user.role, user.ccg_codes.clone(), user.disabled),
        (UserRole::Regional, vec!["02V".into(), "11X".into()], false)
    );
    let done = lead.request("GET", &added.location, None).await;
    assert!(done.body.contains("The user is added"));

    // Added twice: the database's unique key refuses it, and the page says so in plain words, not the database's.
    let twice = lead.request("POST", "/dashboard/users", Some(&add)).await;
    assert_eq!(twice.status, StatusCode::BAD_REQUEST);
    assert!(twice.body.contains("There is already a user with this email address"), "{}", twice.body);
    assert!(twice.body.contains("href=\"#add-email\""), "the error summary leads to the field");
    assert!(!leaks_database_text(&twice.body), "no database text: {}", twice.body);

    for (fields, message) in [
        (vec![("email", "x@nhs.net"), ("role", "national"), ("password", "short")], "at least 12 characters"),
        (vec![("email", "x@nhs.net"), ("role", "regional"), ("password", "long enough password")], "at least one CCG"),
        (vec![("email", "x@nhs.net"), ("password", "long enough password")], "Choose national or regional"),
        (
            vec![("email", "not an address"), ("role", "national"), ("password", "long enough password")],
            "Enter an email",
        ),
    ] {
        let mut form = vec![("csrf", csrf.as_str())];
        form.extend(fields);
        let refused = lead.request("POST", "/dashboard/users", Some(&form)).await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{message}");
        assert!(refused.body.contains(message), "{message}: {}", refused.body);
    }
    assert!(db.user_by_email("x@nhs.net").await.unwrap().is_none(), "nothing refused is stored");

    let mut newcomer = Browser::new(&db);
    assert_eq!(newcomer.sign_in(NEWCOMER, "a long new password").await.status, StatusCode::SEE_OTHER);
    assert!(newcomer.request("GET", "/dashboard", None).await.body.contains("data-ccg=\"02V\""));

    // Re-scoped: it applies to the next page, the session kept.
    let scope = [("csrf", csrf.as_str()), ("email", NEWCOMER), ("role", "regional"), ("ccg", "11X")];
    let scoped = lead.request("POST", "/dashboard/users/scope", Some(&scope)).await;
    assert_eq!((scoped.status, scoped.location.as_str()), (StatusCode::SEE_OTHER, "/dashboard/users?done=scope"));
    let overview = newcomer.request("GET", "/dashboard", None).await;
    assert_eq!(overview.status, StatusCode::OK);
    assert!(overview.body.contains("data-ccg=\"11X\"") && !overview.body.contains("data-ccg=\"02V\""));
    let regional_users_page = newcomer.request("GET", "/dashboard/users", None).await;
    assert_eq!(regional_users_page.status, StatusCode::FORBIDDEN, "a regional user is refused the users page");
    assert!(regional_users_page.body.contains("Only national administrators"));

    // A new password ends the user's sessions; the old password no longer signs in.
    let password = [("csrf", csrf.as_str()), ("email", NEWCOMER), ("password", "the second password")];
    let reset = lead.request("POST", "/dashboard/users/password", Some(&password)).await;
    assert_eq!(reset.status, StatusCode::SEE_OTHER);
    assert_eq!(newcomer.request("GET", "/dashboard", None).await.status, StatusCode::SEE_OTHER, "signed out");
    assert_eq!(newcomer.sign_in(NEWCOMER, "a long new password").await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(newcomer.sign_in(NEWCOMER, "the second password").await.status, StatusCode::SEE_OTHER);

    // Disabled: signed out at once, and refused at sign-in with the words a wrong password gets.
    let who = [("csrf", csrf.as_str()), ("email", NEWCOMER)];
    let disabled = lead.request("POST", "/dashboard/users/disable", Some(&who)).await;
    assert_eq!(
        (disabled.status, disabled.location.as_str()),
        (StatusCode::SEE_OTHER, "/dashboard/users?done=disabled")
    );
    assert_eq!(newcomer.request("GET", "/dashboard", None).await.status, StatusCode::SEE_OTHER, "signed out");
    let refused = newcomer.sign_in(NEWCOMER, "the second password").await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert!(refused.body.contains("The email address or password is not right"));
    assert!(!refused.body.to_lowercase().contains("disabled"), "the page does not say the account is disabled");
    let listed = lead.request("GET", "/dashboard/users", None).await;
    let row = &listed.body[listed.body.find(&format!("data-email=\"{NEWCOMER}\"")).unwrap()..];
    assert!(row[..row.find("</tr>").unwrap()].contains("Disabled"), "the list shows who is disabled");

    let enabled = lead.request("POST", "/dashboard/users/enable", Some(&who)).await;
    assert_eq!(enabled.status, StatusCode::SEE_OTHER);
    assert_eq!(newcomer.sign_in(NEWCOMER, "the second password").await.status, StatusCode::SEE_OTHER);

    let myself =
        lead.request("POST", "/dashboard/users/disable", Some(&[("csrf", &csrf), ("email", NATIONAL.0)])).await;
    assert_eq!(myself.status, StatusCode::BAD_REQUEST);
    assert!(myself.body.contains("cannot disable your own account"));
    let nobody =
        lead.request("POST", "/dashboard/users/disable", Some(&[("csrf", &csrf), ("email", "nobody@nhs.net")])).await;
    assert_eq!(nobody.status, StatusCode::BAD_REQUEST);
    assert!(nobody.body.contains("Choose a user from the list"));
    assert!(!db.user_by_email(NATIONAL.0).await.unwrap().unwrap().disabled);
}

pub async fn expired_sessions_are_swept_when_someone_signs_in(db: Arc<dyn Database>) {
    let db = staff_fixture(db).await;
    let user = db.user_by_email(REGIONAL.0).await.unwrap().unwrap();
    let now = OffsetDateTime::now_utc().unix_timestamp();
    db.create_session("expired", user.id, "csrf-expired", now - 60).await.unwrap();
    db.create_session("live", user.id, "csrf-live", now + 3600).await.unwrap();
    // Asked as of two minutes ago, a stored session answers even though it has expired since.
    assert!(db.session("expired", now - 120).await.unwrap().is_some(), "stored until swept");
    let mut browser = Browser::new(&db);
    assert_eq!(browser.sign_in(NATIONAL.0, NATIONAL.1).await.status, StatusCode::SEE_OTHER);
    assert!(db.session("expired", now - 120).await.unwrap().is_none(), "the expired session is gone");
    assert!(db.session("live", now).await.unwrap().is_some(), "a live session stays");
}
