//! End-to-end tests: the real app binary in a WebKitGTK window under Xvfb, driven through tauri-driver
//! and WebKitWebDriver. Screenshots land in `test-output/e2e/<test>/`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod a11y;
mod journey;
mod offline;
mod reading;
mod rig;
mod security;
mod settings;
mod startup;
