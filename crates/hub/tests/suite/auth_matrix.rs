//! Every route of `app()` against every kind of credential, as one table: the route (and the practice or CCG it
//! is about), who asks, the CSRF token a form carries, the status that must come back, and what else must hold.
//!
//! The people and practices: national user lead@nhs.net sees every CCG; regional user somerset@nhs.net is granted
//! 11X only. B82005 and B82010 are in 02V, L85001 in 11X; B82005 has reported (at risk); B82031's token is revoked.

use std::collections::HashMap;
use std::sync::Arc;

use argon2::password_hash::{PasswordHasher, SaltString};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use pathfinder_hub::db::{Database, Practice, UserRole};
use pathfinder_hub::{Hub, admin, app, secrets};
use serde_json::{Value, json};
use time::OffsetDateTime;
use tower::ServiceExt;

use super::{EXAMPLE, call, enrol, fixture};

use Csrf::*;
use Look::*;
use Who::*;

/// Who is asking, and with what.
#[derive(Clone, Copy, Debug)]
enum Who {
    Nobody,
    /// A live practice token of this practice.
    Token(&'static str),
    /// B82031's token, revoked with `admin::revoke`.
    RevokedToken,
    UnknownToken,
    /// B82005's token in a Basic header instead of Bearer.
    BasicAuth,
    /// A national user's dashboard session cookie where a practice token belongs.
    SessionCookie,
    // The enrolment code sent with the practice the route names:
    FreshCode,
    /// Issued 15 days ago: codes last 14.
    ExpiredCode,
    /// Already redeemed once.
    UsedCode,
    /// L85001's live code.
    OtherPracticesCode,
    UnknownCode,
    /// A fresh code after this many wrong ones for the same practice.
    FreshCodeAfterWrong(usize),
    /// A fresh code after five wrong ones for B82005.
    FreshCodeAfterOthersWrong,
    // The dashboard:
    National,
    Regional,
    /// spare@nhs.net: a regional user (02V) never granted the permission to issue enrolment codes.
    RegionalWithoutCodes,
    /// A session cookie the hub never issued.
    ForgedSession,
    /// A session past its expiry.
    ExpiredSession,
    /// A session signed out through /dashboard/logout.
    SignedOut,
    /// B82005's practice token where a session belongs.
    BearerToken,
    // Signing in:
    WrongPassword,
    /// The national user's right password after this many wrong ones.
    NationalAfterWrong(usize),
    /// The regional user's right password after five wrong ones for the national user.
    RegionalAfterOthersWrong,
    /// The national user's address with a NUL after it, and the right password.
    NulEmail,
}

/// The CSRF token a form carries.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Csrf {
    /// Not a form.
    Na,
    /// The one of this session (or, signing in, of this browser's sign-in form).
    Own,
    /// No csrf field at all.
    Missing,
    /// 64 zeros.
    Wrong,
    /// Another session's (or another browser's sign-in form's) valid token.
    Foreign,
    /// An empty token (signing in: with an empty cookie to match).
    Empty,
}

/// What else must hold of the answer.
#[derive(Clone, Copy, Debug)]
enum Look {
    /// The JSON error body's code.
    Code(&'static str),
    Location(&'static str),
    Has(&'static str),
    Lacks(&'static str),
    /// Submissions stored by this request (every other cell must store none).
    Stores(i64),
    /// The trend table's last week: not started, in progress, on track, at risk, ready.
    TrendNow([usize; 5]),
    /// Whether the enrolment code this request named (a fresh one of the practice after the route) is revoked after.
    CodeRevoked(bool),
    /// The window this request sent (its weeks unique to the cell) is the CCG's window afterwards.
    WindowSaved(bool),
    /// The session the request was made with still opens the dashboard afterwards.
    SessionLives(bool),
    /// The answer sets a session cookie.
    SignsIn(bool),
    /// Prometheus text with nothing but counters.
    OnlyCounters,
    /// Whether a user with this email exists afterwards.
    UserExists(&'static str, bool),
    /// The user's CCGs afterwards, comma-separated.
    UserScope(&'static str, &'static str),
    /// Whether the user is disabled afterwards.
    UserDisabled(&'static str, bool),
    /// Whether the practice has dates of its own afterwards.
    OwnWindow(&'static str, bool),
    /// Whether the user's at-risk alerts are on afterwards.
    EmailAlerts(&'static str, bool),
    /// Whether the request published a message.
    Publishes(bool),
    /// Whether the message is withdrawn afterwards.
    Withdrawn(i64, bool),
}

struct Cell {
    route: &'static str,
    who: Who,
    csrf: Csrf,
    status: u16,
    looks: &'static [Look],
}

const fn c(route: &'static str, who: Who, csrf: Csrf, status: u16, looks: &'static [Look]) -> Cell {
    Cell { route, who, csrf, status, looks }
}

const LOGIN: Look = Location("/dashboard/login");

#[rustfmt::skip]
const MATRIX: &[Cell] = &[
    // The practice API. Submissions are for the practice named after the route.
    c("POST /api/v1/submissions B82005",          Nobody,                    Na,      401, &[Code("no-credential")]),
    c("POST /api/v1/submissions B82005",          Token("B82005"),           Na,      201, &[Stores(1)]),
    c("POST /api/v1/submissions B82005",          Token("B82010"),           Na,      403, &[Code("wrong-practice")]),
    c("POST /api/v1/submissions B82005",          Token("L85001"),           Na,      403, &[Code("wrong-practice")]),
    c("POST /api/v1/submissions B82031",          RevokedToken,              Na,      401, &[Code("bad-credential")]),
    c("POST /api/v1/submissions B82005",          UnknownToken,              Na,      401, &[Code("bad-credential")]),
    c("POST /api/v1/submissions B82005",          BasicAuth,                 Na,      401, &[Code("no-credential")]),
    c("POST /api/v1/submissions B82005",          SessionCookie,             Na,      401, &[Code("no-credential")]),
    c("GET /api/v1/practice/config",              Nobody,                    Na,      401, &[Code("no-credential")]),
    c("GET /api/v1/practice/config",              Token("B82005"),           Na,      200, &[Has(r#""odsCode":"B82005""#), Lacks("11X")]),
    c("GET /api/v1/practice/config",              Token("L85001"),           Na,      200, &[Has(r#""odsCode":"L85001""#), Has(r#""ccgCode":"11X""#), Lacks("B82005"), Lacks("02V")]),
    c("GET /api/v1/practice/config",              RevokedToken,              Na,      401, &[Code("bad-credential")]),
    c("GET /api/v1/practice/config",              UnknownToken,              Na,      401, &[Code("bad-credential")]),
    c("GET /api/v1/practice/config",              SessionCookie,             Na,      401, &[Code("no-credential")]),
    c("POST /api/v1/enrol B82010",                Nobody,                    Na,      400, &[Code("invalid-value")]),
    c("POST /api/v1/enrol B82010",                FreshCode,                 Na,      201, &[Has(r#""odsCode":"B82010""#)]),
    c("POST /api/v1/enrol B82010",                ExpiredCode,               Na,      403, &[Code("enrolment-code-expired")]),
    c("POST /api/v1/enrol B82010",                UsedCode,                  Na,      403, &[Code("enrolment-code-used")]),
    c("POST /api/v1/enrol B82010",                OtherPracticesCode,        Na,      403, &[Code("enrolment-code-unknown")]),
    c("POST /api/v1/enrol B82010",                UnknownCode,               Na,      403, &[Code("enrolment-code-unknown")]),
    c("POST /api/v1/enrol B82010",                FreshCodeAfterWrong(4),    Na,      201, &[Has(r#""token""#)]),
    c("POST /api/v1/enrol B82010",                FreshCodeAfterWrong(5),    Na,      429, &[Code("too-many-attempts")]),
    c("POST /api/v1/enrol B82010",                FreshCodeAfterOthersWrong, Na,      201, &[Has(r#""token""#)]),
    // Open to anyone: the API's description, liveness, counters, the stylesheet, the sign-in form.
    c("GET /api/v1/openapi.json",                 Nobody,                    Na,      200, &[Has(r#""/api/v1/submissions""#)]),
    c("GET /healthz",                             Nobody,                    Na,      200, &[Has("ok")]),
    c("GET /metrics",                             Nobody,                    Na,      200, &[OnlyCounters]),
    c("GET /dashboard/assets/dashboard.css",      Nobody,                    Na,      200, &[]),
    // App updates: signed installers, offered to anyone (this hub has no release folder); a credential changes nothing.
    c("GET /api/v1/app-updates/linux/x86_64/deb/0.1.0", Nobody,              Na,      204, &[]),
    c("GET /api/v1/app-updates/linux/x86_64/deb/0.1.0", RevokedToken,        Na,      204, &[]),
    c("GET /api/v1/app-updates/files/pathfinder_0.2.0_amd64.deb", Nobody,    Na,      404, &[Code("not-found")]),
    c("GET /dashboard/login",                     Nobody,                    Na,      200, &[Has(r#"name="csrf""#)]),
    // Signing in.
    c("POST /dashboard/login",                    National,                  Own,     303, &[Location("/dashboard"), SignsIn(true)]),
    c("POST /dashboard/login",                    National,                  Missing, 403, &[SignsIn(false)]),
    c("POST /dashboard/login",                    National,                  Wrong,   403, &[SignsIn(false)]),
    c("POST /dashboard/login",                    National,                  Foreign, 403, &[SignsIn(false)]),
    c("POST /dashboard/login",                    National,                  Empty,   403, &[SignsIn(false)]),
    c("POST /dashboard/login",                    WrongPassword,             Own,     401, &[SignsIn(false), Has("not right")]),
    c("POST /dashboard/login",                    NationalAfterWrong(4),     Own,     303, &[SignsIn(true)]),
    c("POST /dashboard/login",                    NationalAfterWrong(5),     Own,     429, &[SignsIn(false), Has("Too many attempts")]),
    c("POST /dashboard/login",                    RegionalAfterOthersWrong,  Own,     303, &[SignsIn(true)]),
    c("POST /dashboard/login",                    NulEmail,                  Own,     401, &[SignsIn(false)]),
    // No session, or none the hub honours: every page and form sends the browser to sign in, and does nothing.
    c("GET /dashboard",                           Nobody,                    Na,      303, &[LOGIN]),
    c("GET /dashboard/trend",                     Nobody,                    Na,      303, &[LOGIN]),
    c("GET /dashboard/practices",                 Nobody,                    Na,      303, &[LOGIN]),
    c("GET /dashboard/practices.csv",             Nobody,                    Na,      303, &[LOGIN, Lacks("B82005")]),
    c("GET /dashboard/practices/B82005",          Nobody,                    Na,      303, &[LOGIN, Lacks("Riverside")]),
    c("GET /dashboard/admin",                     Nobody,                    Na,      303, &[LOGIN]),
    c("POST /dashboard/logout",                   Nobody,                    Wrong,   303, &[LOGIN]),
    c("POST /dashboard/admin/enrolment-codes B82005", Nobody,                Wrong,   303, &[LOGIN, Lacks("pf-code")]),
    c("POST /dashboard/admin/windows 02V",        Nobody,                    Wrong,   303, &[LOGIN, WindowSaved(false)]),
    c("GET /dashboard",                           ForgedSession,             Na,      303, &[LOGIN]),
    c("GET /dashboard/trend",                     ForgedSession,             Na,      303, &[LOGIN]),
    c("GET /dashboard/practices",                 ForgedSession,             Na,      303, &[LOGIN]),
    c("GET /dashboard/practices.csv",             ForgedSession,             Na,      303, &[LOGIN, Lacks("B82005")]),
    c("GET /dashboard/practices/B82005",          ForgedSession,             Na,      303, &[LOGIN, Lacks("Riverside")]),
    c("GET /dashboard/admin",                     ForgedSession,             Na,      303, &[LOGIN]),
    c("POST /dashboard/logout",                   ForgedSession,             Wrong,   303, &[LOGIN]),
    c("POST /dashboard/admin/enrolment-codes B82005", ForgedSession,         Wrong,   303, &[LOGIN, Lacks("pf-code")]),
    c("POST /dashboard/admin/windows 02V",        ForgedSession,             Wrong,   303, &[LOGIN, WindowSaved(false)]),
    c("GET /dashboard",                           ExpiredSession,            Na,      303, &[LOGIN]),
    c("GET /dashboard/trend",                     ExpiredSession,            Na,      303, &[LOGIN]),
    c("GET /dashboard/practices",                 ExpiredSession,            Na,      303, &[LOGIN]),
    c("GET /dashboard/practices.csv",             ExpiredSession,            Na,      303, &[LOGIN, Lacks("B82005")]),
    c("GET /dashboard/practices/B82005",          ExpiredSession,            Na,      303, &[LOGIN, Lacks("Riverside")]),
    c("GET /dashboard/admin",                     ExpiredSession,            Na,      303, &[LOGIN]),
    c("POST /dashboard/logout",                   ExpiredSession,            Own,     303, &[LOGIN]),
    c("POST /dashboard/admin/enrolment-codes B82005", ExpiredSession,        Own,     303, &[LOGIN, Lacks("pf-code")]),
    c("POST /dashboard/admin/windows 02V",        ExpiredSession,            Own,     303, &[LOGIN, WindowSaved(false)]),
    c("GET /dashboard",                           SignedOut,                 Na,      303, &[LOGIN]),
    c("GET /dashboard/trend",                     SignedOut,                 Na,      303, &[LOGIN]),
    c("GET /dashboard/practices",                 SignedOut,                 Na,      303, &[LOGIN]),
    c("GET /dashboard/practices.csv",             SignedOut,                 Na,      303, &[LOGIN, Lacks("B82005")]),
    c("GET /dashboard/practices/B82005",          SignedOut,                 Na,      303, &[LOGIN, Lacks("Riverside")]),
    c("GET /dashboard/admin",                     SignedOut,                 Na,      303, &[LOGIN]),
    c("POST /dashboard/logout",                   SignedOut,                 Own,     303, &[LOGIN]),
    c("POST /dashboard/admin/enrolment-codes B82005", SignedOut,             Own,     303, &[LOGIN, Lacks("pf-code")]),
    c("POST /dashboard/admin/windows 02V",        SignedOut,                 Own,     303, &[LOGIN, WindowSaved(false)]),
    c("GET /dashboard",                           BearerToken,               Na,      303, &[LOGIN]),
    c("GET /dashboard/trend",                     BearerToken,               Na,      303, &[LOGIN]),
    c("GET /dashboard/practices",                 BearerToken,               Na,      303, &[LOGIN]),
    c("GET /dashboard/practices.csv",             BearerToken,               Na,      303, &[LOGIN, Lacks("B82005")]),
    c("GET /dashboard/practices/B82005",          BearerToken,               Na,      303, &[LOGIN, Lacks("Riverside")]),
    c("GET /dashboard/admin",                     BearerToken,               Na,      303, &[LOGIN]),
    c("POST /dashboard/logout",                   BearerToken,               Wrong,   303, &[LOGIN]),
    c("POST /dashboard/admin/enrolment-codes B82005", BearerToken,           Wrong,   303, &[LOGIN, Lacks("pf-code")]),
    c("POST /dashboard/admin/windows 02V",        BearerToken,               Wrong,   303, &[LOGIN, WindowSaved(false)]),
    // A regional user (11X): another CCG's practices are not shown, not found, not exported, not counted, and
    // cannot be given codes or windows.
    c("GET /dashboard",                           Regional,                  Na,      200, &[Has(r#"data-ccg="11X""#), Lacks(r#"data-ccg="02V""#)]),
    c("GET /dashboard/trend",                     Regional,                  Na,      200, &[TrendNow([0, 0, 0, 0, 0])]),
    c("GET /dashboard/practices",                 Regional,                  Na,      200, &[Has("L85001"), Lacks("B82005"), Lacks("B82010"), Lacks("Riverside")]),
    c("GET /dashboard/practices?ccg=02V",         Regional,                  Na,      200, &[Lacks("B82005"), Lacks("B82010")]),
    c("GET /dashboard/practices.csv",             Regional,                  Na,      200, &[Has("L85001"), Lacks("B82005"), Lacks("B82010")]),
    c("GET /dashboard/practices.csv?ccg=02V",     Regional,                  Na,      200, &[Lacks("B82005"), Lacks("B82010"), Lacks("02V")]),
    c("GET /dashboard/practices/B82005",          Regional,                  Na,      404, &[Has("not in your region"), Lacks("Riverside")]),
    c("GET /dashboard/practices/L85001",          Regional,                  Na,      200, &[Has("Quantock Practice")]),
    c("GET /dashboard/admin",                     Regional,                  Na,      200, &[Has(r#"value="11X""#), Lacks(r#"value="02V""#)]),
    c("POST /dashboard/admin/enrolment-codes B82005", Regional,              Own,     404, &[Lacks("pf-code")]),
    c("POST /dashboard/admin/enrolment-codes L85001", Regional,              Own,     200, &[Has("pf-code")]),
    c("POST /dashboard/admin/windows 02V",        Regional,                  Own,     404, &[WindowSaved(false)]),
    c("POST /dashboard/admin/windows 11X",        Regional,                  Own,     303, &[Location("/dashboard/windows?saved=window"), WindowSaved(true)]),
    c("POST /dashboard/logout",                   Regional,                  Own,     303, &[LOGIN, SessionLives(false)]),
    // A national user sees every CCG.
    c("GET /dashboard",                           National,                  Na,      200, &[Has(r#"data-ccg="11X""#), Has(r#"data-ccg="02V""#)]),
    c("GET /dashboard/trend",                     National,                  Na,      200, &[TrendNow([0, 0, 0, 1, 0])]),
    c("GET /dashboard/practices",                 National,                  Na,      200, &[Has("L85001"), Has("B82005"), Has("B82010")]),
    c("GET /dashboard/practices.csv",             National,                  Na,      200, &[Has("L85001"), Has("B82005"), Has("B82010")]),
    c("GET /dashboard/practices/B82005",          National,                  Na,      200, &[Has("Riverside Surgery")]),
    c("GET /dashboard/practices/B82005%00",       National,                  Na,      404, &[]),
    c("GET /dashboard/practices.csv?ccg=%00",     National,                  Na,      200, &[Lacks("B82005")]),
    // The task grid and the Excel downloads: signed in, and only the CCGs the user sees.
    c("GET /dashboard/tasks?ccg=02V",             Nobody,                    Na,      303, &[LOGIN, Lacks("B82005")]),
    c("GET /dashboard/tasks.csv?ccg=02V",         ExpiredSession,            Na,      303, &[LOGIN, Lacks("B82005")]),
    c("GET /dashboard/tasks.xlsx?ccg=02V",        BearerToken,               Na,      303, &[LOGIN]),
    c("GET /dashboard/practices.xlsx",            Nobody,                    Na,      303, &[LOGIN]),
    c("GET /dashboard/tasks?ccg=02V",             Regional,                  Na,      404, &[Lacks("B82005")]),
    c("GET /dashboard/tasks.csv?ccg=02V",         Regional,                  Na,      404, &[Lacks("B82005")]),
    c("GET /dashboard/tasks.xlsx?ccg=02V",        Regional,                  Na,      404, &[]),
    c("GET /dashboard/tasks?ccg=11X",             Regional,                  Na,      200, &[Has("L85001"), Lacks("B82005")]),
    c("GET /dashboard/tasks.csv?ccg=11X",         Regional,                  Na,      200, &[Has("L85001"), Lacks("B82005")]),
    c("GET /dashboard/tasks?ccg=02V",             National,                  Na,      200, &[Has("B82005")]),
    c("GET /dashboard/tasks?ccg=%00",             National,                  Na,      200, &[Lacks("B82005")]),
    c("GET /dashboard/tasks.xlsx?ccg=02V",        National,                  Na,      200, &[]),
    c("GET /dashboard/practices.xlsx",            Regional,                  Na,      200, &[]),
    c("POST /dashboard/admin/enrolment-codes B82005\0", National,            Own,     404, &[Lacks("pf-code")]),
    c("POST /dashboard/admin/windows 02V\0",      National,                  Own,     400, &[WindowSaved(false)]),
    c("POST /dashboard/admin/windows ZZZZ",       National,                  Own,     400, &[WindowSaved(false)]),
    c("GET /dashboard/admin",                     National,                  Na,      200, &[Has(r#"value="02V""#), Has(r#"value="11X""#)]),
    c("POST /dashboard/admin/enrolment-codes B82005", National,              Own,     200, &[Has("pf-code")]),
    c("POST /dashboard/admin/windows 02V",        National,                  Own,     303, &[WindowSaved(true)]),
    c("POST /dashboard/logout",                   National,                  Own,     303, &[LOGIN, SessionLives(false)]),
    // Every form of a session refuses a missing, wrong, foreign or empty CSRF token, and does nothing.
    c("POST /dashboard/logout",                   National,                  Missing, 403, &[SessionLives(true)]),
    c("POST /dashboard/logout",                   National,                  Wrong,   403, &[SessionLives(true)]),
    c("POST /dashboard/logout",                   National,                  Foreign, 403, &[SessionLives(true)]),
    c("POST /dashboard/logout",                   National,                  Empty,   403, &[SessionLives(true)]),
    c("POST /dashboard/admin/enrolment-codes B82005", National,              Missing, 403, &[Lacks("pf-code")]),
    c("POST /dashboard/admin/enrolment-codes B82005", National,              Wrong,   403, &[Lacks("pf-code")]),
    c("POST /dashboard/admin/enrolment-codes B82005", National,              Foreign, 403, &[Lacks("pf-code")]),
    c("POST /dashboard/admin/enrolment-codes B82005", National,              Empty,   403, &[Lacks("pf-code")]),
    c("POST /dashboard/admin/windows 02V",        National,                  Missing, 403, &[WindowSaved(false)]),
    c("POST /dashboard/admin/windows 02V",        National,                  Wrong,   403, &[WindowSaved(false)]),
    c("POST /dashboard/admin/windows 02V",        National,                  Foreign, 403, &[WindowSaved(false)]),
    c("POST /dashboard/admin/windows 02V",        National,                  Empty,   403, &[WindowSaved(false)]),
    // Revoking a practice's access: B82031's token is revoked already, so the cells change nothing others rely on.
    c("POST /dashboard/practices/B82031/revoke",  Nobody,                    Wrong,   303, &[LOGIN]),
    c("POST /dashboard/practices/B82031/revoke",  ExpiredSession,            Own,     303, &[LOGIN]),
    c("POST /dashboard/practices/B82031/revoke",  Regional,                  Own,     404, &[]),
    c("POST /dashboard/practices/B82031/revoke",  National,                  Missing, 403, &[]),
    c("POST /dashboard/practices/B82031/revoke",  National,                  Wrong,   403, &[]),
    c("POST /dashboard/practices/B82031/revoke",  National,                  Own,     303, &[Location("/dashboard/practices/B82031?revoked=0")]),
    // Users: national administrators only. A regional user is refused the page and every form (403), and nothing
    // changes; the forms need the session's CSRF token. The changes are made to spare@nhs.net, whom no other cell uses.
    c("GET /dashboard/users",                     Nobody,                    Na,      303, &[LOGIN]),
    c("GET /dashboard/users",                     ForgedSession,             Na,      303, &[LOGIN]),
    c("GET /dashboard/users",                     ExpiredSession,            Na,      303, &[LOGIN]),
    c("GET /dashboard/users",                     BearerToken,               Na,      303, &[LOGIN]),
    c("GET /dashboard/users",                     Regional,                  Na,      403, &[Lacks("lead@nhs.net"), Lacks("spare@nhs.net"), Lacks("/dashboard/users")]),
    c("GET /dashboard/users",                     National,                  Na,      200, &[Has("somerset@nhs.net"), Has("spare@nhs.net"), Has(r#"action="/dashboard/users/disable""#)]),
    c("GET /dashboard",                           National,                  Na,      200, &[Has(r#"href="/dashboard/users""#)]),
    c("GET /dashboard",                           Regional,                  Na,      200, &[Lacks(r#"href="/dashboard/users""#)]),
    c("POST /dashboard/users new@nhs.net",        Nobody,                    Wrong,   303, &[LOGIN, UserExists("new@nhs.net", false)]),
    c("POST /dashboard/users new@nhs.net",        Regional,                  Own,     403, &[UserExists("new@nhs.net", false)]),
    c("POST /dashboard/users new@nhs.net",        National,                  Missing, 403, &[UserExists("new@nhs.net", false)]),
    c("POST /dashboard/users new@nhs.net",        National,                  Wrong,   403, &[UserExists("new@nhs.net", false)]),
    c("POST /dashboard/users new@nhs.net",        National,                  Own,     303, &[Location("/dashboard/users?done=added"), UserExists("new@nhs.net", true)]),
    c("POST /dashboard/users/scope spare@nhs.net", Nobody,                   Wrong,   303, &[LOGIN, UserScope("spare@nhs.net", "02V")]),
    c("POST /dashboard/users/scope spare@nhs.net", Regional,                 Own,     403, &[UserScope("spare@nhs.net", "02V")]),
    c("POST /dashboard/users/scope spare@nhs.net", National,                 Foreign, 403, &[UserScope("spare@nhs.net", "02V")]),
    c("POST /dashboard/users/scope spare@nhs.net", National,                 Own,     303, &[Location("/dashboard/users?done=scope"), UserScope("spare@nhs.net", "11X")]),
    c("POST /dashboard/users/password spare@nhs.net", Nobody,                Wrong,   303, &[LOGIN]),
    c("POST /dashboard/users/password spare@nhs.net", Regional,              Own,     403, &[]),
    c("POST /dashboard/users/password spare@nhs.net", National,              Empty,   403, &[]),
    c("POST /dashboard/users/password spare@nhs.net", National,              Own,     303, &[Location("/dashboard/users?done=password")]),
    c("POST /dashboard/users/disable spare@nhs.net", Nobody,                 Wrong,   303, &[LOGIN, UserDisabled("spare@nhs.net", false)]),
    c("POST /dashboard/users/disable spare@nhs.net", Regional,               Own,     403, &[UserDisabled("spare@nhs.net", false)]),
    c("POST /dashboard/users/disable spare@nhs.net", National,               Missing, 403, &[UserDisabled("spare@nhs.net", false)]),
    c("POST /dashboard/users/disable spare@nhs.net", National,               Own,     303, &[Location("/dashboard/users?done=disabled"), UserDisabled("spare@nhs.net", true)]),
    c("POST /dashboard/users/enable spare@nhs.net", Nobody,                  Wrong,   303, &[LOGIN, UserDisabled("spare@nhs.net", true)]),
    c("POST /dashboard/users/enable spare@nhs.net", Regional,                Own,     403, &[UserDisabled("spare@nhs.net", true)]),
    c("POST /dashboard/users/enable spare@nhs.net", National,                Wrong,   403, &[UserDisabled("spare@nhs.net", true)]),
    c("POST /dashboard/users/enable spare@nhs.net", National,                Own,     303, &[Location("/dashboard/users?done=enabled"), UserDisabled("spare@nhs.net", false)]),
    // Your email: each signed-in user's own choices. The form sends the alerts unticked (off); the changes are made to
    // the regional user's alerts, on by default.
    c("GET /dashboard/email",                     Nobody,                    Na,      303, &[LOGIN]),
    c("GET /dashboard/email",                     ForgedSession,             Na,      303, &[LOGIN]),
    c("GET /dashboard/email",                     ExpiredSession,            Na,      303, &[LOGIN]),
    c("GET /dashboard/email",                     BearerToken,               Na,      303, &[LOGIN]),
    c("GET /dashboard/email",                     Regional,                  Na,      200, &[Has(r#"name="digest""#), Has(r#"action="/dashboard/email""#), Has("somerset@nhs.net")]),
    c("GET /dashboard/email",                     National,                  Na,      200, &[Lacks(r#"name="digest""#), Has(r#"name="alerts""#)]),
    c("POST /dashboard/email",                    Nobody,                    Wrong,   303, &[LOGIN, EmailAlerts("somerset@nhs.net", true)]),
    c("POST /dashboard/email",                    ForgedSession,             Wrong,   303, &[LOGIN, EmailAlerts("somerset@nhs.net", true)]),
    c("POST /dashboard/email",                    Regional,                  Missing, 403, &[EmailAlerts("somerset@nhs.net", true)]),
    c("POST /dashboard/email",                    Regional,                  Wrong,   403, &[EmailAlerts("somerset@nhs.net", true)]),
    c("POST /dashboard/email",                    Regional,                  Empty,   403, &[EmailAlerts("somerset@nhs.net", true)]),
    c("POST /dashboard/email",                    National,                  Foreign, 403, &[EmailAlerts("somerset@nhs.net", true)]),
    c("POST /dashboard/email",                    Regional,                  Own,     303, &[Location("/dashboard/email?done=saved"), EmailAlerts("somerset@nhs.net", false)]),
    // Enrolment codes: issuing (one or a CCG's in bulk, here as CSV) and revoking are a permission of their own, which a
    // regional user has only when granted, and then within their CCGs. B82031 (02V) is the one practice not enrolled.
    c("POST /dashboard/admin/enrolment-codes B82010", RegionalWithoutCodes,  Own,     403, &[Lacks("pf-code")]),
    c("GET /dashboard/codes",                     Nobody,                    Na,      303, &[LOGIN]),
    c("GET /dashboard/codes",                     RegionalWithoutCodes,      Na,      403, &[Has("permission"), Lacks("pf-codes")]),
    c("GET /dashboard/codes",                     Regional,                  Na,      200, &[Has(r#"value="11X""#), Lacks(r#"value="02V""#), Has("L85001")]),
    c("GET /dashboard/codes?ccg=02V",             Regional,                  Na,      404, &[Lacks("B82010")]),
    c("GET /dashboard/codes?ccg=02V",             National,                  Na,      200, &[Has("B82010"), Has("1 of 3 practices in 02V")]),
    c("POST /dashboard/codes 02V",                Nobody,                    Wrong,   303, &[LOGIN, Lacks("ods_code,code")]),
    c("POST /dashboard/codes 02V",                RegionalWithoutCodes,      Own,     403, &[Lacks("ods_code,code")]),
    c("POST /dashboard/codes 02V",                Regional,                  Own,     404, &[Lacks("ods_code,code")]),
    c("POST /dashboard/codes 11X",                Regional,                  Own,     200, &[Has("ods_code,code,name\n"), Lacks("L85001")]),
    c("POST /dashboard/codes 02V",                National,                  Wrong,   403, &[Lacks("ods_code,code")]),
    c("POST /dashboard/codes 02V",                National,                  Missing, 403, &[Lacks("ods_code,code")]),
    c("POST /dashboard/codes 02V",                National,                  Foreign, 403, &[Lacks("ods_code,code")]),
    c("POST /dashboard/codes ZZZ",                National,                  Own,     404, &[Lacks("ods_code,code")]),
    c("POST /dashboard/codes 02V\0",              National,                  Own,     404, &[Lacks("ods_code,code")]),
    c("POST /dashboard/codes 02V",                National,                  Own,     200, &[Has("ods_code,code,name\nB82031,"), Lacks("B82005"), Lacks("B82010")]),
    c("POST /dashboard/codes/revoke B82010",      Nobody,                    Wrong,   303, &[LOGIN, CodeRevoked(false)]),
    c("POST /dashboard/codes/revoke B82010",      RegionalWithoutCodes,      Own,     403, &[CodeRevoked(false)]),
    c("POST /dashboard/codes/revoke B82010",      Regional,                  Own,     404, &[CodeRevoked(false)]),
    c("POST /dashboard/codes/revoke L85001",      Regional,                  Own,     303, &[Location("/dashboard/codes?ccg=11X&done=revoked"), CodeRevoked(true)]),
    c("POST /dashboard/codes/revoke B82010",      National,                  Wrong,   403, &[CodeRevoked(false)]),
    c("POST /dashboard/codes/revoke B82010",      National,                  Own,     303, &[Location("/dashboard/codes?ccg=02V&done=revoked"), CodeRevoked(true)]),
    // Windows: each CCG's within the user's CCGs (both CCGs have one by now, set by the cells above). A CCG's
    // change is confirmed before it is made (" ask": the first step, which changes nothing); a practice's own dates
    // are set and cleared at once, within the user's CCGs.
    c("GET /dashboard/windows",                   Nobody,                    Na,      303, &[LOGIN]),
    c("GET /dashboard/windows",                   ForgedSession,             Na,      303, &[LOGIN]),
    c("GET /dashboard/windows",                   ExpiredSession,            Na,      303, &[LOGIN]),
    c("GET /dashboard/windows",                   BearerToken,               Na,      303, &[LOGIN]),
    c("GET /dashboard/windows",                   Regional,                  Na,      200, &[Has(r#"data-ccg="11X""#), Lacks(r#"data-ccg="02V""#), Lacks(r#"value="02V""#)]),
    c("GET /dashboard/windows",                   National,                  Na,      200, &[Has(r#"data-ccg="11X""#), Has(r#"data-ccg="02V""#)]),
    c("POST /dashboard/admin/windows 11X ask",    Regional,                  Own,     200, &[Has("This moves the dates of 1 practice in 11X"), WindowSaved(false)]),
    c("POST /dashboard/admin/windows 02V ask",    Regional,                  Own,     404, &[Lacks("This moves"), WindowSaved(false)]),
    c("POST /dashboard/admin/windows 02V ask",    National,                  Wrong,   403, &[Lacks("This moves"), WindowSaved(false)]),
    c("POST /dashboard/windows/practice B82005",  Nobody,                    Wrong,   303, &[LOGIN, OwnWindow("B82005", false)]),
    c("POST /dashboard/windows/practice B82005",  ExpiredSession,            Own,     303, &[LOGIN, OwnWindow("B82005", false)]),
    c("POST /dashboard/windows/practice B82005",  Regional,                  Own,     404, &[OwnWindow("B82005", false)]),
    c("POST /dashboard/windows/practice B82005",  National,                  Missing, 403, &[OwnWindow("B82005", false)]),
    c("POST /dashboard/windows/practice B82005",  National,                  Wrong,   403, &[OwnWindow("B82005", false)]),
    c("POST /dashboard/windows/practice B82005",  National,                  Foreign, 403, &[OwnWindow("B82005", false)]),
    c("POST /dashboard/windows/practice B82005",  National,                  Empty,   403, &[OwnWindow("B82005", false)]),
    c("POST /dashboard/windows/practice B82005\0", National,                 Own,     404, &[OwnWindow("B82005", false)]),
    c("POST /dashboard/windows/practice B82005",  National,                  Own,     303, &[Location("/dashboard/windows?saved=practice"), OwnWindow("B82005", true)]),
    c("GET /api/v1/practice/config",              Token("B82005"),           Na,      200, &[Has(r#""start":"2026-03-16""#)]),
    c("POST /dashboard/windows/practice/clear B82005", Nobody,               Wrong,   303, &[LOGIN, OwnWindow("B82005", true)]),
    c("POST /dashboard/windows/practice/clear B82005", Regional,             Own,     404, &[OwnWindow("B82005", true)]),
    c("POST /dashboard/windows/practice/clear B82005", National,             Wrong,   403, &[OwnWindow("B82005", true)]),
    c("POST /dashboard/windows/practice/clear B82005", National,             Own,     303, &[Location("/dashboard/windows?saved=cleared"), OwnWindow("B82005", false)]),
    c("GET /api/v1/practice/config",              Token("B82005"),           Na,      200, &[Has(r#""start":"2026-03-02""#), Lacks("2026-03-16")]),
    // Messages to practices: message 1 is to 02V's practices, message 2 to 11X's.
    c("GET /api/v1/practice/config",              Token("B82005"),           Na,      200, &[Has(r#""messages":[{"id":1,"#), Lacks(r#""id":2"#)]),
    c("GET /api/v1/practice/config",              Token("L85001"),           Na,      200, &[Has(r#""messages":[{"id":2,"#), Lacks(r#""id":1"#)]),
    c("POST /api/v1/practice/messages/1/acknowledge", Nobody,                Na,      401, &[Code("no-credential")]),
    c("POST /api/v1/practice/messages/1/acknowledge", RevokedToken,          Na,      401, &[Code("bad-credential")]),
    c("POST /api/v1/practice/messages/1/acknowledge", UnknownToken,          Na,      401, &[Code("bad-credential")]),
    c("POST /api/v1/practice/messages/1/acknowledge", BasicAuth,             Na,      401, &[Code("no-credential")]),
    c("POST /api/v1/practice/messages/1/acknowledge", SessionCookie,         Na,      401, &[Code("no-credential")]),
    c("POST /api/v1/practice/messages/1/acknowledge", Token("L85001"),       Na,      404, &[Code("unknown-message")]),
    c("POST /api/v1/practice/messages/x/acknowledge", Token("B82005"),       Na,      404, &[Code("unknown-message")]),
    c("POST /api/v1/practice/messages/1/acknowledge", Token("B82005"),       Na,      200, &[Has(r#""id":1"#), Has("acknowledgedAt")]),
    c("GET /dashboard/messages",                  Nobody,                    Na,      303, &[LOGIN]),
    c("GET /dashboard/messages",                  ForgedSession,             Na,      303, &[LOGIN]),
    c("GET /dashboard/messages",                  ExpiredSession,            Na,      303, &[LOGIN]),
    c("GET /dashboard/messages",                  BearerToken,               Na,      303, &[LOGIN]),
    c("GET /dashboard/messages",                  Regional,                  Na,      200, &[Has(r#"data-message="2""#), Lacks(r#"data-message="1""#), Lacks(r#"value="02V""#)]),
    c("GET /dashboard/messages",                  National,                  Na,      200, &[Has(r#"data-message="2""#), Has(r#"data-message="1""#)]),
    c("GET /dashboard/messages/1",                Nobody,                    Na,      303, &[LOGIN]),
    c("GET /dashboard/messages/1",                Regional,                  Na,      404, &[Lacks("Matrix message")]),
    c("GET /dashboard/messages/2",                Regional,                  Na,      200, &[Has(r#"data-ods="L85001""#), Lacks("B82005")]),
    c("GET /dashboard/messages/1",                National,                  Na,      200, &[Has(r#"data-ods="B82005""#), Has(r#"data-ods="B82010""#), Has("1 of 3 practices")]),
    c("POST /dashboard/messages 02V",             Nobody,                    Wrong,   303, &[LOGIN, Publishes(false)]),
    c("POST /dashboard/messages 02V",             ExpiredSession,            Own,     303, &[LOGIN, Publishes(false)]),
    c("POST /dashboard/messages 02V",             BearerToken,               Wrong,   303, &[LOGIN, Publishes(false)]),
    c("POST /dashboard/messages 02V",             Regional,                  Own,     404, &[Publishes(false)]),
    c("POST /dashboard/messages 02V",             National,                  Missing, 403, &[Publishes(false)]),
    c("POST /dashboard/messages 02V",             National,                  Wrong,   403, &[Publishes(false)]),
    c("POST /dashboard/messages 02V",             National,                  Foreign, 403, &[Publishes(false)]),
    c("POST /dashboard/messages 02V",             National,                  Empty,   403, &[Publishes(false)]),
    c("POST /dashboard/messages 02V",             National,                  Own,     303, &[Location("/dashboard/messages?done=published"), Publishes(true)]),
    c("POST /dashboard/messages 11X",             Regional,                  Own,     303, &[Location("/dashboard/messages?done=published"), Publishes(true)]),
    c("POST /dashboard/messages/1/withdraw",      Nobody,                    Wrong,   303, &[LOGIN, Withdrawn(1, false)]),
    c("POST /dashboard/messages/1/withdraw",      ExpiredSession,            Own,     303, &[LOGIN, Withdrawn(1, false)]),
    c("POST /dashboard/messages/1/withdraw",      Regional,                  Own,     404, &[Withdrawn(1, false)]),
    c("POST /dashboard/messages/1/withdraw",      National,                  Missing, 403, &[Withdrawn(1, false)]),
    c("POST /dashboard/messages/1/withdraw",      National,                  Wrong,   403, &[Withdrawn(1, false)]),
    c("POST /dashboard/messages/1/withdraw",      National,                  Foreign, 403, &[Withdrawn(1, false)]),
    c("POST /dashboard/messages/1/withdraw",      National,                  Own,     303, &[Location("/dashboard/messages/1?done=withdrawn"), Withdrawn(1, true)]),
    c("GET /api/v1/practice/config",              Token("B82005"),           Na,      200, &[Lacks(r#""id":1,"#)]),
    c("POST /dashboard/messages/2/withdraw",      Regional,                  Own,     303, &[Withdrawn(2, true)]),
    c("GET /api/v1/practice/config",              Token("L85001"),           Na,      200, &[Lacks(r#""id":2,"#)]),
];

pub(super) const NATIONAL: (&str, &str) = ("lead@nhs.net", "correct horse battery");
pub(super) const REGIONAL: (&str, &str) = ("somerset@nhs.net", "quantock hills 2015");

/// An argon2id hash as the hub makes them, at the smallest cost: sign-in checks the stored hash's own parameters,
/// and a debug build takes a second over each at the hub's.
fn quick_hash(password: &str) -> String {
    let params = argon2::Params::new(8, 1, 1, None).unwrap();
    let argon2 = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    argon2
        .hash_password(password.as_bytes(), &SaltString::encode_b64(b"pathfinder-suite").unwrap())
        .unwrap()
        .to_string()
}

/// The suite's three practices and the two members of staff, whose passwords are cheap to check.
pub(super) async fn staff_fixture(db: Arc<dyn Database>) -> Arc<dyn Database> {
    let f = fixture(db).await;
    f.db.add_user(NATIONAL.0, &quick_hash(NATIONAL.1), UserRole::National, &[]).await.unwrap();
    f.db.add_user(REGIONAL.0, &quick_hash(REGIONAL.1), UserRole::Regional, &["11X".into()]).await.unwrap();
    assert!(f.db.set_user_issue_codes(REGIONAL.0, true).await.unwrap(), "the regional user may issue codes");
    f.db
}

/// One answer, read whole.
pub(super) struct Answer {
    pub status: StatusCode,
    pub location: String,
    pub cookies: Vec<String>,
    pub body: String,
}

pub(super) async fn send(hub: &Hub, method: &str, uri: &str, headers: &[(&str, String)], body: String) -> Answer {
    let mut request = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        request = request.header(*name, value);
    }
    let response = app(hub.clone()).oneshot(request.body(Body::from(body)).unwrap()).await.unwrap();
    let header = |name: &str| response.headers().get(name).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    let (status, location) = (response.status(), header("location"));
    let cookies = response.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).collect();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Answer { status, location, cookies, body: String::from_utf8_lossy(&bytes).into_owned() }
}

pub(super) fn form(fields: &[(&str, &str)]) -> String {
    let escape = |text: &str| {
        text.bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b"-._".contains(&b) {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect::<String>()
    };
    fields.iter().map(|(k, v)| format!("{k}={}", escape(v))).collect::<Vec<_>>().join("&")
}

const FORM: (&str, &str) = ("content-type", "application/x-www-form-urlencoded");

/// A sign-in form's CSRF token, which is also its cookie's value.
pub(super) async fn login_csrf(hub: &Hub) -> String {
    let page = send(hub, "GET", "/dashboard/login", &[], String::new()).await;
    let at = page.body.find(r#"name="csrf" value=""#).expect("the form has a CSRF field") + 19;
    page.body[at..at + 64].to_owned()
}

/// Signs in with the form's own CSRF token, as a browser would.
pub(super) async fn sign_in(hub: &Hub, email: &str, password: &str) -> Answer {
    let csrf = login_csrf(hub).await;
    let cookie = ("cookie", format!("pathfinder_login_csrf={csrf}"));
    let body = form(&[("email", email), ("password", password), ("csrf", &csrf)]);
    send(hub, "POST", "/dashboard/login", &[cookie, (FORM.0, FORM.1.into())], body).await
}

fn session_cookie(answer: &Answer) -> Option<&str> {
    answer
        .cookies
        .iter()
        .filter_map(|c| c.strip_prefix("pathfinder_session="))
        .map(|c| c.split(';').next().unwrap())
        .find(|value| !value.is_empty())
}

struct Matrix {
    hub: Hub,
    db: Arc<dyn Database>,
    tokens: HashMap<&'static str, String>,
    revoked: String,
    expired_code: String,
    used_code: String,
    other_code: String,
    /// Each window a cell sends has weeks of its own, so that whether it was saved can be told.
    next_weeks: i64,
}

/// A session, its cookie and its CSRF token.
struct Session {
    cookie: String,
    csrf: String,
}

impl Matrix {
    async fn new(db: Arc<dyn Database>) -> Self {
        let db = staff_fixture(db).await;
        db.upsert_practices(
            &[Practice { ods_code: "B82031".into(), name: "Lapsed Surgery".into(), ccg_code: "02V".into() }],
            &[],
        )
        .await
        .unwrap();
        db.add_user("spare@nhs.net", &quick_hash("a spare password"), UserRole::Regional, &["02V".into()])
            .await
            .unwrap();
        let mut tokens = HashMap::new();
        for ods in ["B82005", "B82010", "L85001"] {
            tokens.insert(ods, enrol(&db, ods).await);
        }
        let revoked = enrol(&db, "B82031").await;
        assert_eq!(admin::revoke(db.as_ref(), "B82031", "test").await.unwrap(), 1);
        let (status, _) = call(&db, "POST", "/api/v1/submissions", Some(&tokens["B82005"]), Some(EXAMPLE.into())).await;
        assert_eq!(status, StatusCode::CREATED, "B82005 has reported, at risk");

        let now = OffsetDateTime::now_utc();
        let stale = now - time::Duration::days(admin::ENROLMENT_CODE_DAYS + 1);
        let expired_code = admin::issue_enrolment_code(db.as_ref(), "B82010", "test", stale).await.unwrap();
        let used_code = admin::issue_enrolment_code(db.as_ref(), "B82010", "test", now).await.unwrap();
        let body = json!({ "odsCode": "B82010", "code": used_code }).to_string();
        let (status, enrolled) = call(&db, "POST", "/api/v1/enrol", None, Some(body)).await;
        assert_eq!(status, StatusCode::CREATED);
        // Enrolling again ended B82010's first token: the new one is B82010's from here on.
        tokens.insert("B82010", enrolled["token"].as_str().unwrap().to_owned());
        let other_code = admin::issue_enrolment_code(db.as_ref(), "L85001", "test", now).await.unwrap();
        for ccg in ["02V", "11X"] {
            pathfinder_hub::messages::publish(db.as_ref(), ccg, "Matrix message", "For the practices", "test")
                .await
                .unwrap();
        }
        Self { hub: Hub::new(db.clone()), db, tokens, revoked, expired_code, used_code, other_code, next_weeks: 1 }
    }

    async fn session(&self, email: &str, lifetime_seconds: i64) -> Session {
        let user = self.db.user_by_email(email).await.unwrap().unwrap();
        let (token, csrf) = (secrets::new_token(), secrets::new_token());
        let expires = OffsetDateTime::now_utc().unix_timestamp() + lifetime_seconds;
        self.db.create_session(&secrets::hash(&token), user.id, &csrf, expires).await.unwrap();
        Session { cookie: format!("pathfinder_session={token}"), csrf }
    }

    async fn enrol_attempt(&self, hub: &Hub, ods: &str, code: &str) -> StatusCode {
        let body = json!({ "odsCode": ods, "code": code }).to_string();
        send(hub, "POST", "/api/v1/enrol", &[], body).await.status
    }

    /// Runs one cell with no failures counted by the cells before, and says what is wrong with the answer, if
    /// anything.
    async fn run(&mut self, cell: &Cell) -> Vec<String> {
        let hub = self.hub.clone();
        self.db.sweep_attempts(i64::MAX, 0).await.unwrap();
        let (method, rest) = cell.route.split_once(' ').unwrap();
        let (uri, target) = rest.split_once(' ').unwrap_or((rest, ""));
        // A window form's first step (" ask" after the CCG) only asks for confirmation; the other cells confirm.
        let (target, ask) = target.strip_suffix(" ask").map_or((target, false), |target| (target, true));
        let path = uri.split('?').next().unwrap();
        let mut headers: Vec<(&str, String)> = Vec::new();

        let session = match cell.who {
            National | SessionCookie => Some(self.session(NATIONAL.0, 3600).await),
            Regional => Some(self.session(REGIONAL.0, 3600).await),
            RegionalWithoutCodes => Some(self.session("spare@nhs.net", 3600).await),
            ExpiredSession => Some(self.session(NATIONAL.0, -60).await),
            SignedOut => {
                let session = self.session(NATIONAL.0, 3600).await;
                let out = send(
                    &hub,
                    "POST",
                    "/dashboard/logout",
                    &[("cookie", session.cookie.clone()), (FORM.0, FORM.1.into())],
                    form(&[("csrf", &session.csrf)]),
                )
                .await;
                assert_eq!(out.status, StatusCode::SEE_OTHER, "signing out");
                Some(session)
            }
            ForgedSession => {
                Some(Session { cookie: format!("pathfinder_session={}", "f".repeat(64)), csrf: "f".repeat(64) })
            }
            _ => None,
        };
        if let (Some(session), false) = (&session, path == "/dashboard/login") {
            headers.push(("cookie", session.cookie.clone()));
        }
        match cell.who {
            Token(ods) => headers.push(("authorization", format!("Bearer {}", self.tokens[ods]))),
            BearerToken => headers.push(("authorization", format!("Bearer {}", self.tokens["B82005"]))),
            RevokedToken => headers.push(("authorization", format!("Bearer {}", self.revoked))),
            UnknownToken => headers.push(("authorization", format!("Bearer {}", "0".repeat(64)))),
            BasicAuth => headers.push(("authorization", format!("Basic {}", self.tokens["B82005"]))),
            _ => {}
        }

        let foreign = match (cell.csrf, path) {
            (Foreign, "/dashboard/login") => login_csrf(&hub).await,
            (Foreign, _) => self.session(REGIONAL.0, 3600).await.csrf,
            _ => String::new(),
        };
        let own = session.as_ref().map(|s| s.csrf.clone()).unwrap_or_default();
        let csrf_field = |own: String| -> Option<String> {
            match cell.csrf {
                Na | Missing => None,
                Own => Some(own),
                Wrong => Some("0".repeat(64)),
                Foreign => Some(foreign.clone()),
                Empty => Some(String::new()),
            }
        };

        let mut sent_weeks = None;
        let mut sent_code = None;
        let body = match path {
            "/api/v1/submissions" => {
                let mut body: Value = serde_json::from_str(EXAMPLE).unwrap();
                body["submissionId"] = json!(secrets::new_uuid());
                body["odsCode"] = json!(target);
                headers.push(("content-type", "application/json".into()));
                body.to_string()
            }
            "/api/v1/enrol" => {
                let now = OffsetDateTime::now_utc();
                let code = match cell.who {
                    Nobody => None,
                    FreshCode => {
                        Some(admin::issue_enrolment_code(self.db.as_ref(), target, "test", now).await.unwrap())
                    }
                    ExpiredCode => Some(self.expired_code.clone()),
                    UsedCode => Some(self.used_code.clone()),
                    OtherPracticesCode => Some(self.other_code.clone()),
                    UnknownCode => Some("AAAA-AAAA".into()),
                    FreshCodeAfterWrong(_) | FreshCodeAfterOthersWrong => {
                        let (ods, failures) = match cell.who {
                            FreshCodeAfterWrong(n) => (target, n),
                            _ => ("B82005", 5),
                        };
                        for _ in 0..failures {
                            assert_eq!(self.enrol_attempt(&hub, ods, "WRNG-CODE").await, StatusCode::FORBIDDEN);
                        }
                        Some(admin::issue_enrolment_code(self.db.as_ref(), target, "test", now).await.unwrap())
                    }
                    other => panic!("{other:?} is not an enrolment credential"),
                };
                let mut body = json!({ "odsCode": target });
                if let Some(code) = code {
                    body["code"] = json!(code);
                }
                body.to_string()
            }
            "/dashboard/login" if method == "POST" => {
                let ((email, password), wrong_first) = match cell.who {
                    National => (NATIONAL, 0),
                    WrongPassword => ((NATIONAL.0, "not the password"), 0),
                    NationalAfterWrong(n) => (NATIONAL, n),
                    RegionalAfterOthersWrong => (REGIONAL, 5),
                    NulEmail => (("lead@nhs.net\0", NATIONAL.1), 0),
                    other => panic!("{other:?} does not sign in"),
                };
                for _ in 0..wrong_first {
                    assert_eq!(sign_in(&hub, NATIONAL.0, "a guess").await.status, StatusCode::UNAUTHORIZED);
                }
                let own = login_csrf(&hub).await;
                let cookie = if cell.csrf == Empty { String::new() } else { own.clone() };
                headers.push(("cookie", format!("pathfinder_login_csrf={cookie}")));
                let mut fields = vec![("email", email.to_owned()), ("password", password.to_owned())];
                fields.extend(csrf_field(own).map(|csrf| ("csrf", csrf)));
                headers.push((FORM.0, FORM.1.into()));
                form(&fields.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>())
            }
            "/dashboard/logout" | "/dashboard/admin/enrolment-codes" | "/dashboard/admin/windows" => {
                let mut fields: Vec<(&str, String)> = csrf_field(own).map(|csrf| ("csrf", csrf)).into_iter().collect();
                if path.ends_with("enrolment-codes") {
                    fields.push(("ods", target.into()));
                }
                if path.ends_with("windows") {
                    let weeks = self.next_weeks;
                    self.next_weeks += 1;
                    sent_weeks = Some(weeks);
                    fields.extend([
                        ("ccg", target.into()),
                        ("start", "2026-03-02".into()),
                        ("weeks", weeks.to_string()),
                    ]);
                    if !ask {
                        fields.push(("confirm", "yes".into()));
                    }
                }
                headers.push((FORM.0, FORM.1.into()));
                form(&fields.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>())
            }
            users if users.starts_with("/dashboard/users") && method == "POST" => {
                let mut fields: Vec<(&str, String)> = csrf_field(own).map(|csrf| ("csrf", csrf)).into_iter().collect();
                fields.push(("email", target.into()));
                match path {
                    "/dashboard/users" => {
                        fields.extend([("role", "national".into()), ("password", "a new user's password".into())])
                    }
                    "/dashboard/users/scope" => fields.extend([("role", "regional".into()), ("ccg", "11X".into())]),
                    "/dashboard/users/password" => fields.push(("password", "another long password".into())),
                    _ => {}
                }
                headers.push((FORM.0, FORM.1.into()));
                form(&fields.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>())
            }
            "/dashboard/windows/practice" | "/dashboard/windows/practice/clear" => {
                let mut fields: Vec<(&str, String)> = csrf_field(own).map(|csrf| ("csrf", csrf)).into_iter().collect();
                if path.ends_with("clear") {
                    fields.push(("ods", target.into()));
                } else {
                    fields.extend([("own-ods", target.into()), ("start", "2026-03-16".into()), ("weeks", "4".into())]);
                }
                headers.push((FORM.0, FORM.1.into()));
                form(&fields.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>())
            }
            "/dashboard/email" if method == "POST" => {
                let fields: Vec<(&str, String)> = csrf_field(own).map(|csrf| ("csrf", csrf)).into_iter().collect();
                headers.push((FORM.0, FORM.1.into()));
                form(&fields.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>())
            }
            "/dashboard/codes" | "/dashboard/codes/revoke" if method == "POST" => {
                let mut fields: Vec<(&str, String)> = csrf_field(own).map(|csrf| ("csrf", csrf)).into_iter().collect();
                if path.ends_with("revoke") {
                    let now = OffsetDateTime::now_utc();
                    let code = admin::issue_enrolment_code(self.db.as_ref(), target, "test", now).await.unwrap();
                    let hash = secrets::hash(&code);
                    fields.push(("code", hash.clone()));
                    sent_code = Some(hash);
                } else {
                    fields.extend([("ccg", target.into()), ("format", "csv".into())]);
                }
                headers.push((FORM.0, FORM.1.into()));
                form(&fields.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>())
            }
            "/dashboard/messages" if method == "POST" => {
                let mut fields: Vec<(&str, String)> = csrf_field(own).map(|csrf| ("csrf", csrf)).into_iter().collect();
                fields.extend([("ccg", target.into()), ("title", "Another".into()), ("body", "Read this".into())]);
                headers.push((FORM.0, FORM.1.into()));
                form(&fields.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>())
            }
            withdraw if withdraw.ends_with("/withdraw") => {
                headers.push((FORM.0, FORM.1.into()));
                form(&csrf_field(own).iter().map(|csrf| ("csrf", csrf.as_str())).collect::<Vec<_>>())
            }
            revoke if revoke.ends_with("/revoke") => {
                headers.push((FORM.0, FORM.1.into()));
                form(&csrf_field(own).iter().map(|csrf| ("csrf", csrf.as_str())).collect::<Vec<_>>())
            }
            _ => String::new(),
        };

        let stored_before = self.db.submission_count().await.unwrap();
        let messages_before = self.db.messages().await.unwrap().len();
        let answer = send(&hub, method, uri, &headers, body).await;
        let published = self.db.messages().await.unwrap().len() > messages_before;
        let stored = self.db.submission_count().await.unwrap() - stored_before;

        let mut wrong = Vec::new();
        if answer.status.as_u16() != cell.status {
            wrong.push(format!("status {}, expected {}", answer.status, cell.status));
        }
        if !cell.looks.iter().any(|look| matches!(look, Stores(_))) && stored != 0 {
            wrong.push(format!("stored {stored} submissions"));
        }
        for look in cell.looks {
            let holds = match *look {
                Code(code) => serde_json::from_str::<Value>(&answer.body).is_ok_and(|error| error["code"] == code),
                Location(location) => answer.location == location,
                Has(text) => answer.body.contains(text),
                Lacks(text) => !answer.body.contains(text),
                Stores(n) => stored == n,
                TrendNow(counts) => trend_now(&answer.body) == counts,
                WindowSaved(saved) => {
                    // A CCG sent with a NUL after it is checked as the CCG it names.
                    let window = self.db.window(&target.replace('\0', "")).await.unwrap();
                    (window.is_some_and(|w| Some(w.weeks) == sent_weeks)) == saved
                }
                SessionLives(lives) => {
                    let cookie = session.as_ref().expect("a session").cookie.clone();
                    let overview = send(&hub, "GET", "/dashboard", &[("cookie", cookie)], String::new()).await;
                    (overview.status == StatusCode::OK) == lives
                }
                SignsIn(signs_in) => session_cookie(&answer).is_some() == signs_in,
                UserExists(email, exists) => self.db.user_by_email(email).await.unwrap().is_some() == exists,
                UserScope(email, ccgs) => {
                    self.db.user_by_email(email).await.unwrap().is_some_and(|u| u.ccg_codes.join(",") == ccgs)
                }
                CodeRevoked(revoked) => {
                    let hash = sent_code.as_deref().expect("a code was sent");
                    self.db.enrolment_code(hash).await.unwrap().is_some_and(|c| c.revoked_at.is_some()) == revoked
                }
                UserDisabled(email, disabled) => {
                    self.db.user_by_email(email).await.unwrap().is_some_and(|u| u.disabled == disabled)
                }
                EmailAlerts(email, on) => {
                    self.db.mail_recipients().await.unwrap().iter().any(|r| r.email == email && r.alerts == on)
                }
                OwnWindow(ods, own) => self.db.practice_window(ods).await.unwrap().is_some() == own,
                Publishes(publishes) => published == publishes,
                Withdrawn(id, withdrawn) => {
                    self.db.message(id).await.unwrap().is_some_and(|m| m.withdrawn_at.is_some() == withdrawn)
                }
                OnlyCounters => answer.body.lines().all(|line| {
                    line.starts_with("# HELP pathfinder_hub_")
                        || line.starts_with("# TYPE pathfinder_hub_")
                        || line.split_once(' ').is_some_and(|(name, value)| {
                            name.starts_with("pathfinder_hub_") && value.parse::<u64>().is_ok()
                        })
                }),
            };
            if !holds {
                wrong.push(format!("{look:?} does not hold"));
            }
        }
        if !wrong.is_empty() {
            let start: String = answer.body.chars().take(300).collect();
            wrong.push(format!("(answer: {} {:?} {start:?})", answer.status, answer.location));
        }
        wrong
    }
}

/// The last row of the trend table: this week's practices by level.
fn trend_now(page: &str) -> [usize; 5] {
    let last_week = page.rsplit(r#"<tr class="nhsuk-table__row">"#).next().unwrap_or_default();
    let cells: Vec<usize> = last_week
        .split(r#"<td class="nhsuk-table__cell">"#)
        .skip(1)
        .filter_map(|cell| cell[..cell.find('<')?].parse().ok())
        .collect();
    cells.try_into().unwrap_or([usize::MAX; 5])
}

pub async fn every_route_answers_each_credential_as_the_matrix_says(db: Arc<dyn Database>) {
    let mut matrix = Matrix::new(db).await;
    let mut failures = Vec::new();
    for cell in MATRIX {
        for why in matrix.run(cell).await {
            failures.push(format!(
                "{} | {:?} | csrf {:?}: {why}",
                cell.route.replace('\0', "\\0"),
                cell.who,
                cell.csrf
            ));
        }
    }
    assert!(failures.is_empty(), "cells of the matrix that do not hold:\n{}", failures.join("\n"));
    // Every route of app(), read from the router: its paths, and each path's methods from the Allow header of its
    // 405 answer to a method no route takes. The matrix must have a cell for each, and none for anything else.
    let mut in_app = std::collections::BTreeSet::new();
    for pattern in pathfinder_hub::route_paths() {
        let uri: String =
            pattern.split('/').map(|s| if s.starts_with('{') { "x" } else { s }).collect::<Vec<_>>().join("/");
        let request = Request::builder().method("PATCH").uri(&uri).body(Body::empty()).unwrap();
        let response = app(matrix.hub.clone()).oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED, "{pattern}: no route takes PATCH");
        let allow = response.headers()["allow"].to_str().unwrap().to_owned();
        for method in allow.split(',').map(str::trim).filter(|m| *m != "HEAD") {
            in_app.insert((method.to_owned(), pattern));
        }
    }
    let matches = |pattern: &str, path: &str| {
        let (pattern, path): (Vec<&str>, Vec<&str>) = (pattern.split('/').collect(), path.split('/').collect());
        pattern.len() == path.len() && pattern.iter().zip(&path).all(|(p, s)| p.starts_with('{') || p == s)
    };
    let mut in_matrix = std::collections::BTreeSet::new();
    for cell in MATRIX {
        let mut words = cell.route.split(' ');
        let (method, uri) = (words.next().unwrap(), words.next().unwrap());
        let path = uri.split('?').next().unwrap();
        let pattern = pathfinder_hub::route_paths().into_iter().find(|pattern| matches(pattern, path));
        let pattern = pattern.unwrap_or_else(|| panic!("the matrix's {method} {path} is no route of the app"));
        in_matrix.insert((method.to_owned(), pattern));
    }
    let missing: Vec<_> = in_app.difference(&in_matrix).collect();
    assert!(missing.is_empty(), "routes of the app with no cell in the matrix: {missing:?}");
    assert_eq!(in_matrix, in_app);
}
