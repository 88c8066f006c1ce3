//! The dashboard for regional and national NHS staff: server-rendered HTML in the NHS design system, working
//! without JavaScript. A regional user sees only the CCGs granted; a national user sees all.

mod admin_pages;
pub mod auth;
mod components;
mod export;
mod layout;
mod overview;
mod practices;
mod sign_in;
pub mod summary;
mod trend;

use axum::Router;
use axum::routing::{get, post};

use crate::Hub;

pub fn routes() -> Router<Hub> {
    Router::new()
        .route("/dashboard", get(overview::overview))
        .route("/dashboard/login", get(sign_in::login_form).post(sign_in::login))
        .route("/dashboard/logout", post(sign_in::logout))
        .route("/dashboard/trend", get(trend::trend))
        .route("/dashboard/practices", get(practices::practices))
        .route("/dashboard/practices.csv", get(export::practices_csv))
        .route("/dashboard/practices/{ods}", get(practices::practice))
        .route("/dashboard/admin", get(admin_pages::admin_page))
        .route("/dashboard/admin/enrolment-codes", post(admin_pages::issue_code))
        .route("/dashboard/admin/windows", post(admin_pages::set_window))
        .route("/dashboard/assets/dashboard.css", get(layout::stylesheet))
}
