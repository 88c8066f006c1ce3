//! Support for the end-to-end suites in `tests/`: the translation catalogue checks, a real hub on loopback, and
//! a small WebDriver client for driving the real app window through tauri-driver.

pub mod catalogue;
pub mod fixtures;
pub mod hub;
pub mod webdriver;
