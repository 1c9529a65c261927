//! The desktop shell of Analyst Desk: a Tauri v2 window around the Tauri-free core (`desk_core`).
//!
//! It owns the wiring only: which commands exist ([`commands`]), which events the UI hears and their names
//! ([`events`]), native drag-and-drop ([`drops`]), the OS dialogs and launchers ([`native`]), the files
//! the app was started with ([`launch`]) and the tables shown as chips ([`tables`]). It deliberately holds no logic of its own: every
//! command parses its arguments, calls the core's [`Office`] and maps a [`desk_core::DeskError`] to the one
//! `{code, message}` shape. The data directory is the core's (shared with the `desk` CLI), not Tauri's
//! app-data directory.

pub mod artifacts;
pub mod commands;
pub mod drops;
pub mod events;
pub mod launch;
pub mod links;
pub mod native;
pub mod settings;
pub mod tables;
#[cfg(test)]
mod tests;
pub mod turns;

use desk_core::office::{default_data_dir, Office};
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

/// The office the commands drive. One lock: the core's operations are short, and the history database
/// takes one writer at a time anyway.
pub struct Desk(Mutex<Office>);

impl Desk {
    pub fn new(office: Office) -> Self {
        Desk(Mutex::new(office))
    }

    /// The office, even if a command panicked while holding it: the core's writes are transactional, so
    /// the state behind a poisoned lock is still consistent.
    pub fn lock(&self) -> MutexGuard<'_, Office> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// When the process started, to report how long the window took to show its first page.
pub struct Launched(pub Instant);

/// Register the shell's state, commands and event handlers on a builder, with the real OS dialogs and
/// launchers and no start-up files.
pub fn setup<R: tauri::Runtime>(builder: tauri::Builder<R>, office: Office) -> tauri::Builder<R> {
    setup_with(builder, office, Box::new(native::Os), launch::Launch::default())
}

/// [`setup`] with the OS side and the start-up files passed in. Shared by [`run`] and by the tests,
/// which pass `tauri::test::mock_builder()`, an office in a temporary directory and a stand-in for the
/// dialogs and the opener.
pub fn setup_with<R: tauri::Runtime>(
    builder: tauri::Builder<R>,
    office: Office,
    os: Box<dyn native::Native<R>>,
    launch: launch::Launch,
) -> tauri::Builder<R> {
    builder
        .manage(Desk::new(office))
        .manage(native::NativeBox(os))
        .manage(launch)
        .manage(drops::Drops::default())
        .manage(turns::Turns::default())
        .manage(Launched(Instant::now()))
        .plugin(links::guard())
        .on_window_event(drops::on_window_event)
        .register_uri_scheme_protocol(artifacts::SCHEME, artifacts::protocol::<R>)
        .invoke_handler(tauri::generate_handler![
            commands::new_conversation,
            commands::list_conversations,
            commands::rename_conversation,
            commands::delete_conversation,
            commands::import_paths,
            commands::import_sample,
            native::pick_and_import,
            native::export_desk,
            native::open_file,
            native::reveal_file,
            links::open_link,
            launch::open_launch_files,
            tables::desk_tables,
            commands::list_files,
            commands::conversation_history,
            commands::ui_ready,
            turns::ask,
            turns::stop_turn,
            turns::render_markdown,
            artifacts::list_artifacts,
            artifacts::preview_artifact,
            settings::providers,
            settings::api_key_status,
            settings::set_api_key,
            settings::delete_api_key,
            settings::test_connection,
        ])
}

/// The data directory: `DESK_DATA_DIR` when set and not empty, else the core's default (XDG data dir),
/// exactly as the `desk` CLI chooses it, so the two share conversations.
pub fn data_dir_from_env() -> desk_core::Result<PathBuf> {
    match std::env::var_os("DESK_DATA_DIR") {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => default_data_dir(),
    }
}

/// Why the app cannot show a window here, in one line with what to do instead; None when a display is
/// named (whether it answers is GTK's to find out; see [`run`]).
pub fn no_display(env: &dyn Fn(&str) -> Option<std::ffi::OsString>) -> Option<String> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let named = |k: &str| env(k).is_some_and(|v| !v.is_empty());
    if named("DISPLAY") || named("WAYLAND_DISPLAY") {
        return None;
    }
    Some(NO_DISPLAY.to_string())
}

const NO_DISPLAY: &str = "analyst-desk: no display found (DISPLAY and WAYLAND_DISPLAY are not set): start it from a \
                          desktop session, or on a machine without one use the `desk` command (desk --help)";

/// Open the office and run the app until its last window closes.
pub fn run() {
    use desk_core::instance::{claim, Claim, Request};
    if let Some(why) = no_display(&|k| std::env::var_os(k)) {
        eprintln!("{why}");
        std::process::exit(1);
    }
    // A display that is named but does not answer: GTK cannot start and tao panics; say so in one line.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let text = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or_default();
        if text.contains("Failed to initialize gtk") {
            let display = std::env::var("DISPLAY").or_else(|_| std::env::var("WAYLAND_DISPLAY")).unwrap_or_default();
            eprintln!(
                "analyst-desk: no display found (could not open display {display:?}): start it from a desktop \
                 session, or on a machine without one use the `desk` command (desk --help)"
            );
            std::process::exit(1);
        }
        default_hook(info);
    }));
    // The tools run queries in workers: the `desk` CLI installed beside this binary (it starts in a few
    // milliseconds and 9 MB; this binary loads WebKitGTK first), else this same binary (see main.rs).
    if let Ok(exe) = std::env::current_exe() {
        let desk = exe.with_file_name("desk");
        desk_core::tools::worker::set_program(if desk.is_file() { desk } else { exe });
    }
    let opened = data_dir_from_env().and_then(|dir| Ok((Office::open(&dir)?, dir)));
    let (office, dir) = match opened {
        Ok(x) => x,
        Err(e) => {
            eprintln!("analyst-desk: cannot open the data directory: {e}");
            std::process::exit(2);
        }
    };
    // One window per data directory: when one is already open, hand it our files and leave.
    let request = Request::from_env();
    let primary = match claim(&dir, &request) {
        Claim::Handed => {
            eprintln!("analyst-desk: the window that is already open takes it from here");
            return;
        }
        Claim::Alone(why) => {
            eprintln!("analyst-desk: not checking for another window ({why})");
            None
        }
        Claim::Primary(p) => Some(p),
    };
    let launch = launch::Launch::new(launch::parse_args(request.args, &request.cwd));
    // The dialog plugin is used from Rust only (`native`): no capability grants the page its commands.
    let builder = tauri::Builder::default().plugin(tauri_plugin_dialog::init()).setup(move |app| {
        if let Some(p) = primary {
            let handle = app.handle().clone();
            if let Err(e) = p.serve(move |req| launch::hand_off(&handle, req)) {
                eprintln!("analyst-desk: not taking files from a second start: {e}");
            }
        }
        Ok(())
    });
    let app = setup_with(builder, office, Box::new(native::Os), launch);
    if let Err(e) = app.run(tauri::generate_context!()) {
        eprintln!("analyst-desk: {e}");
        std::process::exit(1);
    }
}
