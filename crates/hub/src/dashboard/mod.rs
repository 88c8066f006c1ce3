//! The dashboard for regional and national NHS staff: server-rendered HTML in the NHS design system, working
//! without JavaScript. A regional user sees only the CCGs granted; a national user sees all.

mod admin_pages;
pub mod auth;
mod codes;
mod components;
mod email_page;
mod export;
mod grid;
mod layout;
mod messages;
mod overview;
mod practices;
mod sign_in;
pub mod summary;
pub mod table;
mod trend;
mod users;
mod windows;
pub mod xlsx;

pub use export::XLSX as XLSX_TYPE;

use axum::routing::{MethodRouter, get, post};

use crate::Hub;

pub use overview::STALE_DAYS;
pub use sign_in::MAX_EMAIL_CHARS;

/// The largest form body the dashboard reads.
pub const FORM_BYTES: usize = 4 * 1024;

/// The dashboard's routes, each path with its handlers.
pub fn routes() -> Vec<(&'static str, MethodRouter<Hub>)> {
    vec![
        ("/dashboard", get(overview::overview)),
        ("/dashboard/login", get(sign_in::login_form).post(sign_in::login)),
        ("/dashboard/logout", post(sign_in::logout)),
        ("/dashboard/trend", get(trend::trend)),
        ("/dashboard/practices", get(practices::practices)),
        ("/dashboard/practices.csv", get(export::practices_csv)),
        ("/dashboard/practices.xlsx", get(export::practices_xlsx)),
        ("/dashboard/tasks", get(grid::grid)),
        ("/dashboard/tasks.csv", get(grid::grid_csv)),
        ("/dashboard/tasks.xlsx", get(grid::grid_xlsx)),
        ("/dashboard/practices/{ods}", get(practices::practice)),
        ("/dashboard/practices/{ods}/revoke", post(practices::revoke)),
        ("/dashboard/admin", get(admin_pages::admin_page)),
        ("/dashboard/admin/enrolment-codes", post(admin_pages::issue_code)),
        ("/dashboard/codes", get(codes::codes_page).post(codes::issue)),
        ("/dashboard/codes/revoke", post(codes::revoke)),
        ("/dashboard/admin/windows", post(windows::set_ccg)),
        ("/dashboard/users", get(users::users_page).post(users::add)),
        ("/dashboard/users/scope", post(users::scope)),
        ("/dashboard/users/password", post(users::password)),
        ("/dashboard/users/disable", post(users::disable)),
        ("/dashboard/users/enable", post(users::enable)),
        ("/dashboard/email", get(email_page::email_page).post(email_page::save)),
        ("/dashboard/assets/dashboard.css", get(layout::stylesheet)),
        ("/dashboard/windows", get(windows::windows_page)),
        ("/dashboard/windows/practice", post(windows::set_practice)),
        ("/dashboard/windows/practice/clear", post(windows::clear_practice)),
        (
            "/dashboard/messages",
            get(messages::messages_page)
                .post(messages::publish)
                .layer(axum::extract::DefaultBodyLimit::max(messages::FORM_BYTES)),
        ),
        ("/dashboard/messages/{id}", get(messages::message_page)),
        ("/dashboard/messages/{id}/withdraw", post(messages::withdraw)),
    ]
    .into_iter()
    // Every dashboard form is a few fields: a larger body is a script, refused before it is read.
    .map(|(path, handlers)| (path, handlers.layer(axum::extract::DefaultBodyLimit::max(FORM_BYTES))))
    .collect()
}
