//! Tauri's build step, with the app's command manifest: every command the shell registers gets an
//! `allow-<command>` permission, and a command is callable only where a capability grants it
//! (tauri.conf.json grants them to the main window's own page, never to artifact pages or remote URLs).

/// The commands of `tauri::generate_handler!` in src-tauri/src/lib.rs (keep the two lists equal).
const COMMANDS: &[&str] = &[
    "new_conversation",
    "list_conversations",
    "rename_conversation",
    "delete_conversation",
    "import_paths",
    "import_sample",
    "pick_and_import",
    "export_desk",
    "open_file",
    "reveal_file",
    "open_link",
    "open_launch_files",
    "desk_tables",
    "list_files",
    "conversation_history",
    "ui_ready",
    "ask",
    "stop_turn",
    "render_markdown",
    "list_artifacts",
    "preview_artifact",
    "providers",
    "api_key_status",
    "set_api_key",
    "delete_api_key",
    "test_connection",
];

fn main() {
    // The app links DuckDB's library through desk-core, whose build script copies it beside the binaries:
    // the same rpath as desk-core's (there, then /usr/lib/analyst-desk for the .deb).
    println!("cargo:rustc-link-arg=-Wl,-rpath,$ORIGIN:$ORIGIN/..:$ORIGIN/../lib/analyst-desk");
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    if let Err(e) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        panic!("tauri build step: {e:#}");
    }
}
