//! Enrolment codes in bulk, from the dashboard (the command line's side is in tests/cli.rs): a code for every
//! practice of a CCG not yet enrolled, on screen, as CSV or as letters; the codes issued with their status; revoking;
//! and the permission to issue, which a regional user has only when granted, and then only for their CCGs.

use std::sync::Arc;

use axum::http::StatusCode;
use pathfinder_hub::admin;
use pathfinder_hub::db::Database;
use serde_json::json;
use time::OffsetDateTime;

use super::{Browser, Page, call, dashboard_fixture};

const LEAD: (&str, &str) = ("lead@nhs.net", "correct horse battery");
const SOMERSET: (&str, &str) = ("somerset@nhs.net", "quantock hills 2015");

/// The enrolment codes in a page's table `table`, by ODS code, in the page's order.
fn codes_in(page: &Page, table: &str) -> Vec<(String, String)> {
    let start = page.body.find(&format!("id=\"{table}\"")).unwrap_or_else(|| panic!("no table {table}: {}", page.body));
    let table = &page.body[start..start + page.body[start..].find("</table>").unwrap()];
    table
        .split("data-ods=\"")
        .skip(1)
        .map(|row| {
            let ods = row[..row.find('"').unwrap()].to_owned();
            let code = row.split("class=\"pf-code\">").nth(1).expect("a code in the row");
            (ods, code[..code.find('<').unwrap()].to_owned())
        })
        .collect()
}

async fn enrols(db: &Arc<dyn Database>, ods: &str, code: &str) -> (StatusCode, String) {
    let (status, body) =
        call(db, "POST", "/api/v1/enrol", None, Some(json!({ "odsCode": ods, "code": code }).to_string())).await;
    (status, body["code"].as_str().unwrap_or_default().to_owned())
}

/// The row of the codes list for a practice with this status, whole.
fn list_rows<'a>(page: &'a Page, ods: &str) -> Vec<&'a str> {
    page.body
        .split("<tr class=\"nhsuk-table__row\" ")
        .skip(1)
        .filter(|row| row.starts_with(&format!("data-ods=\"{ods}\"")))
        .map(|row| &row[..row.find("</tr>").unwrap()])
        .collect()
}

fn status_of(row: &str) -> &str {
    let at = row.find("data-status=\"").unwrap() + 13;
    &row[at..at + row[at..].find('"').unwrap()]
}

fn hash_in(row: &str) -> String {
    let at = row.find("name=\"code\" value=\"").expect("a revoke button") + 19;
    row[at..at + 64].to_owned()
}

pub async fn bulk_codes_go_to_every_practice_not_yet_enrolled_and_each_enrols_it(db: Arc<dyn Database>) {
    let f = dashboard_fixture(db).await;
    // B82005 (02V) is enrolled by the fixture; a third 02V practice has a name a spreadsheet would run as a formula.
    let csv = "ods_code,name,ccg\nB82020,\"=Danger, Surgery\",02V\n";
    admin::import_practices(f.db.as_ref(), "more.csv", csv, "test").await.unwrap();
    let mut lead = Browser::new(&f.db);
    assert_eq!(lead.sign_in(LEAD.0, LEAD.1).await.status, StatusCode::SEE_OTHER);

    let page = lead.request("GET", "/dashboard/codes?ccg=02V", None).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("2 of 3 practices in 02V are not enrolled"), "{}", page.body);
    let csrf = Browser::csrf(&page);

    // On screen: a code for each practice not enrolled, none for the enrolled one; each enrols its practice.
    let screen = [("csrf", csrf.as_str()), ("ccg", "02V"), ("format", "screen")];
    let issued = lead.request("POST", "/dashboard/codes", Some(&screen)).await;
    assert_eq!(issued.status, StatusCode::OK, "{}", issued.body);
    assert!(issued.body.contains("2 codes were issued for 02V"), "{}", issued.body);
    let codes = codes_in(&issued, "pf-issued-codes");
    let practices: Vec<&str> = codes.iter().map(|(ods, _)| ods.as_str()).collect();
    assert_eq!(practices, ["B82010", "B82020"], "only the practices not yet enrolled");
    assert!(issued.body.contains("href=\"data:text/csv;charset=utf-8,ods_code%2Ccode%2Cname%0A"), "the CSV link");
    assert!(issued.body.contains(&format!("B82010%2C{}%2C", codes[0].1)), "the link holds the codes");
    assert_eq!(enrols(&f.db, "B82010", &codes[0].1).await.0, StatusCode::CREATED, "the code enrols its practice");
    let first_b82020 = codes[1].1.clone();

    // As CSV: B82010 is now enrolled, so only B82020 gets a code; its name cannot become a formula.
    let csv = [("csrf", csrf.as_str()), ("ccg", "02v"), ("format", "csv")];
    let download = lead.request("POST", "/dashboard/codes", Some(&csv)).await;
    assert_eq!(download.status, StatusCode::OK);
    assert_eq!(download.content_type, "text/csv; charset=utf-8");
    let lines: Vec<&str> = download.body.lines().collect();
    assert_eq!(lines.len(), 2, "{}", download.body);
    assert_eq!(lines[0], "ods_code,code,name");
    let cells: Vec<&str> = lines[1].splitn(3, ',').collect();
    assert_eq!((cells[0], cells[2]), ("B82020", "\"'=Danger, Surgery\""), "{}", lines[1]);
    assert_eq!(cells[1].len(), 19, "{}", cells[1]);
    assert_eq!(enrols(&f.db, "B82020", cells[1]).await.0, StatusCode::CREATED, "the CSV's code enrols its practice");

    // The list: each practice's codes with their status; the unused one (B82020's first) can be revoked.
    let old = OffsetDateTime::now_utc() - time::Duration::days(admin::ENROLMENT_CODE_DAYS + 1);
    let stale = admin::issue_enrolment_code(f.db.as_ref(), "B82010", "test", old).await.unwrap();
    let list = lead.request("GET", "/dashboard/codes?ccg=02V", None).await;
    assert!(list.body.contains("Every practice in 02V is enrolled"), "{}", list.body);
    let mut b82020: Vec<&str> = list_rows(&list, "B82020").into_iter().map(status_of).collect();
    b82020.sort();
    assert_eq!(b82020, ["unused", "used"]);
    let b82010: Vec<&str> = list_rows(&list, "B82010").into_iter().map(status_of).collect();
    assert!(b82010.contains(&"used") && b82010.contains(&"expired"), "{b82010:?}");
    for row in list_rows(&list, "B82010") {
        assert!(!row.contains("name=\"code\""), "no revoke button for a used or expired code");
    }
    let unused = list_rows(&list, "B82020").into_iter().find(|row| status_of(row) == "unused").unwrap();
    assert!(unused.contains("by lead@nhs.net") && unused.contains("Unused"), "{unused}");
    let hash = hash_in(unused);

    let revoke = [("csrf", csrf.as_str()), ("code", hash.as_str())];
    let forged = lead.request("POST", "/dashboard/codes/revoke", Some(&[("csrf", "x"), ("code", &hash)])).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let revoked = lead.request("POST", "/dashboard/codes/revoke", Some(&revoke)).await;
    assert_eq!(
        (revoked.status, revoked.location.as_str()),
        (StatusCode::SEE_OTHER, "/dashboard/codes?ccg=02V&done=revoked")
    );
    let (status, code) = enrols(&f.db, "B82020", &first_b82020).await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::FORBIDDEN, "enrolment-code-unknown"),
        "a revoked code enrols nothing"
    );
    let after = lead.request("GET", "/dashboard/codes?ccg=02V&done=revoked", None).await;
    assert!(after.body.contains("The code is revoked"));
    let statuses: Vec<&str> = list_rows(&after, "B82020").into_iter().map(status_of).collect();
    assert!(statuses.contains(&"revoked") && !statuses.contains(&"unused"), "{statuses:?}");
    let again = lead.request("POST", "/dashboard/codes/revoke", Some(&revoke)).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "a code is revoked once");
    assert!(again.body.contains("can no longer be revoked"));
    assert_eq!(enrols(&f.db, "B82010", &stale).await.1, "enrolment-code-expired");

    // Letters to print: one section a practice, with its code, its expiry, how to enter it and whom to ask.
    let letters = [("csrf", csrf.as_str()), ("ccg", "11X"), ("format", "letters")];
    let printed = lead.request("POST", "/dashboard/codes", Some(&letters)).await;
    assert_eq!(printed.status, StatusCode::OK, "{}", printed.body);
    assert_eq!(printed.body.matches("class=\"pf-letter\"").count(), 1, "one letter: L85001 alone is not enrolled");
    for text in [
        "Quantock Practice",
        "ODS code L85001",
        "Report to the hub",
        "Enrol the practice",
        "contact lead@nhs.net",
        "@media print",
        "break-after: page",
    ] {
        assert!(printed.body.contains(text), "{text}: {}", printed.body);
    }
    let code = printed.body.split("pf-letter__code\">").nth(1).expect("the letter's code");
    let code = &code[..code.find('<').unwrap()];
    assert_eq!(enrols(&f.db, "L85001", code).await.0, StatusCode::CREATED, "the letter's code enrols the practice");
}

pub async fn issuing_codes_is_a_permission_within_the_users_ccgs(db: Arc<dyn Database>) {
    let f = dashboard_fixture(db).await;
    admin::set_user_issue_codes(f.db.as_ref(), SOMERSET.0, false, "test").await.unwrap();
    let mut somerset = Browser::new(&f.db);
    assert_eq!(somerset.sign_in(SOMERSET.0, SOMERSET.1).await.status, StatusCode::SEE_OTHER);
    let admin_page = somerset.request("GET", "/dashboard/admin", None).await;
    assert!(admin_page.body.contains("do not have permission to issue"), "{}", admin_page.body);
    let csrf = Browser::csrf(&admin_page);

    let page = somerset.request("GET", "/dashboard/codes", None).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let bulk = [("csrf", csrf.as_str()), ("ccg", "11X"), ("format", "csv")];
    let refused = somerset.request("POST", "/dashboard/codes", Some(&bulk)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(!refused.body.contains("ods_code,code"));
    let single =
        somerset.request("POST", "/dashboard/admin/enrolment-codes", Some(&[("csrf", &csrf), ("ods", "L85001")])).await;
    assert_eq!(single.status, StatusCode::FORBIDDEN, "a single code needs the permission too");
    assert!(f.db.enrolment_codes_of("11X").await.unwrap().is_empty(), "nothing was issued");

    // Granted: codes for their own CCG, none for another's, and another CCG's codes are not theirs to revoke.
    admin::set_user_issue_codes(f.db.as_ref(), SOMERSET.0, true, "test").await.unwrap();
    let page = somerset.request("GET", "/dashboard/codes", None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("value=\"11X\"") && !page.body.contains("value=\"02V\""), "only their CCGs");
    assert_eq!(somerset.request("GET", "/dashboard/codes?ccg=02V", None).await.status, StatusCode::NOT_FOUND);
    let elsewhere = [("csrf", csrf.as_str()), ("ccg", "02V"), ("format", "csv")];
    assert_eq!(somerset.request("POST", "/dashboard/codes", Some(&elsewhere)).await.status, StatusCode::NOT_FOUND);
    assert!(f.db.enrolment_codes_of("02V").await.unwrap().iter().all(|c| c.issued_by.as_deref() != Some(SOMERSET.0)));
    let issued = somerset.request("POST", "/dashboard/codes", Some(&bulk)).await;
    assert_eq!(issued.status, StatusCode::OK);
    assert!(issued.body.starts_with("ods_code,code,name\nL85001,"), "{}", issued.body);

    admin::issue_enrolment_code(f.db.as_ref(), "B82010", "test", OffsetDateTime::now_utc()).await.unwrap();
    let theirs = f.db.enrolment_codes_of("02V").await.unwrap();
    let other = theirs.iter().find(|c| c.ods_code == "B82010").unwrap();
    let revoke = [("csrf", csrf.as_str()), ("code", other.code_hash.as_str())];
    assert_eq!(somerset.request("POST", "/dashboard/codes/revoke", Some(&revoke)).await.status, StatusCode::NOT_FOUND);
    let still = f.db.enrolment_code(&other.code_hash).await.unwrap().unwrap();
    assert_eq!(still.revoked_at, None, "another CCG's code stays as it was");

    let users = f.db.users().await.unwrap();
    assert!(users.iter().any(|u| u.email == SOMERSET.0 && u.can_issue_codes));
}
