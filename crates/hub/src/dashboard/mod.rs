//! The dashboard for regional and national NHS staff: server-rendered HTML in the NHS design system, working
//! without JavaScript. A regional user sees only the CCGs granted; a national user sees all.

mod admin_pages;
pub mod auth;
mod pages;
pub mod summary;

use axum::Router;
use axum::routing::{get, post};

use crate::Hub;

pub fn routes() -> Router<Hub> {
    Router::new()
        .route("/dashboard", get(pages::overview))
        .route("/dashboard/login", get(pages::login_form).post(pages::login))
        .route("/dashboard/logout", post(pages::logout))
        .route("/dashboard/trend", get(pages::trend))
        .route("/dashboard/practices", get(pages::practices))
        .route("/dashboard/practices.csv", get(pages::practices_csv))
        .route("/dashboard/practices/{ods}", get(pages::practice))
        .route("/dashboard/admin", get(admin_pages::admin_page))
        .route("/dashboard/admin/enrolment-codes", post(admin_pages::issue_code))
        .route("/dashboard/admin/windows", post(admin_pages::set_window))
        .route("/dashboard/assets/dashboard.css", get(pages::stylesheet))
}
