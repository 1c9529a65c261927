//! The `analyst-desk` binary: everything lives in the library (`analyst_desk::run`).
// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    analyst_desk::run()
}
