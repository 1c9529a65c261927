//! The `analyst-desk` binary: everything lives in the library (`analyst_desk::run`).
// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // Started as a query worker by this app's own tools (desk_core::tools::worker): serve and leave.
    if let Some(code) = desk_core::tools::worker::serve_if_worker() {
        std::process::exit(code);
    }
    // WebKitGTK's accelerated compositing cost this app about 75 MiB of proportional memory in the web
    // process, measured with scripts/bench-app under Xvfb (software GL); a chat-and-report page does not
    // need it. Set before any thread or GTK exists; a value already in the environment wins, so
    // `WEBKIT_DISABLE_COMPOSITING_MODE=0 analyst-desk` turns compositing back on.
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
    analyst_desk::run()
}
