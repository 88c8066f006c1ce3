//! The dashboard for regional and national NHS staff: server-rendered HTML in the NHS design system, working
//! without JavaScript. A regional user sees only the CCGs granted; a national user sees all.

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
        .route("/dashboard/practices", get(pages::practices))
        .route("/dashboard/practices.csv", get(pages::practices_csv))
        .route("/dashboard/practices/{ods}", get(pages::practice))
        .route("/dashboard/assets/dashboard.css", get(pages::stylesheet))
}
