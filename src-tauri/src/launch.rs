//! Files named when the app is started: `analyst-desk a.csv b.tsv`, or what a desktop file association
//! passes (plain paths or `file://` URIs). They are parsed once at start-up ([`parse_args`]) and held in
//! Rust ([`Launch`]); once the page is ready it calls [`open_launch_files`], which opens a NEW
//! conversation with those files imported through the ordinary import path and returns the receipts.
//! A second start while the window is open hands its arguments over instead ([`hand_off`], by way of
//! `desk_core::instance`); they take the same path.
//!
//! Flags that the toolkit or the launcher may add (`--display :1`, `-psn_…`, `--gtk-module …`) are
//! skipped; `--` ends the flags. An argument that cannot name a local file (a remote `file://host/…`
//! URI, an `https://` URL, a malformed escape) is not dropped silently: it becomes a refusal in the
//! receipt. Unreadable paths are refused by the import itself, with its usual codes. Nothing here
//! reads a file.

use crate::commands::{import_into, CmdResult};
use crate::{events, Desk};
use desk_core::error::ErrorBody;
use desk_core::history::Conversation;
use desk_core::office::ImportOutcome;
use serde::Serialize;
use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tauri::{AppHandle, Runtime, State};

/// Flags that take their value as the next argument (GTK/GDK options a launcher may pass through).
const FLAGS_WITH_VALUE: &[&str] =
    &["--display", "--screen", "--class", "--name", "--gtk-module", "--gdk-debug", "--gtk-debug"];

/// One command-line argument that names (or failed to name) a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LaunchArg {
    /// A local path (absolute: relative paths are joined to the working directory).
    Path(PathBuf),
    /// Not a local file: shown as a refusal with this code and reason.
    Refused { arg: String, code: &'static str, reason: String },
}

/// Parse the arguments after the program name.
pub fn parse_args<I, S>(args: I, cwd: &Path) -> Vec<LaunchArg>
where
    I: IntoIterator<Item = S>,
    S: Into<OsString>,
{
    let mut out = Vec::new();
    let mut flags_done = false;
    let mut skip_value = false;
    for arg in args {
        let arg: OsString = arg.into();
        if skip_value {
            skip_value = false;
            continue;
        }
        let bytes = arg.as_bytes();
        if bytes.is_empty() {
            continue;
        }
        if !flags_done && bytes.starts_with(b"-") {
            if bytes == b"--" {
                flags_done = true;
            } else if FLAGS_WITH_VALUE.iter().any(|f| f.as_bytes() == bytes) {
                skip_value = true;
            }
            continue;
        }
        out.push(parse_one(&arg, cwd));
    }
    out
}

fn parse_one(arg: &OsStr, cwd: &Path) -> LaunchArg {
    let bytes = arg.as_bytes();
    if let Some(scheme_end) = uri_scheme_end(bytes) {
        let shown = arg.to_string_lossy().into_owned();
        let scheme = String::from_utf8_lossy(&bytes[..scheme_end]).to_ascii_lowercase();
        if scheme != "file" {
            return LaunchArg::Refused {
                arg: shown,
                code: "not_a_local_file",
                reason: format!("only local files can be opened, not {scheme}: addresses"),
            };
        }
        return parse_file_uri(&bytes[scheme_end + 3..], shown);
    }
    let path = PathBuf::from(arg);
    LaunchArg::Path(if path.is_absolute() { path } else { cwd.join(path) })
}

/// The length of the scheme if the argument starts with `scheme://`.
fn uri_scheme_end(b: &[u8]) -> Option<usize> {
    let colon = b.windows(3).position(|w| w == b"://")?;
    let scheme = &b[..colon];
    let valid = !scheme.is_empty()
        && scheme[0].is_ascii_alphabetic()
        && scheme.iter().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'));
    valid.then_some(colon)
}

/// `file://` already stripped: `[host]/path[?query][#fragment]`, percent-encoded.
fn parse_file_uri(rest: &[u8], shown: String) -> LaunchArg {
    let slash = rest.iter().position(|&c| c == b'/').unwrap_or(rest.len());
    let host = String::from_utf8_lossy(&rest[..slash]).to_ascii_lowercase();
    if !host.is_empty() && host != "localhost" {
        return LaunchArg::Refused {
            arg: shown,
            code: "not_a_local_file",
            reason: format!("the file is on another computer ({host}); copy it here first"),
        };
    }
    let mut path = &rest[slash..];
    if let Some(end) = path.iter().position(|&c| c == b'?' || c == b'#') {
        path = &path[..end];
    }
    match percent_decode(path) {
        Some(decoded) if decoded.starts_with(b"/") && !decoded.contains(&0) => {
            LaunchArg::Path(PathBuf::from(OsString::from_vec(decoded)))
        }
        _ => LaunchArg::Refused {
            arg: shown,
            code: "bad_uri",
            reason: "this file:// address is malformed (a bad %-escape or no path)".into(),
        },
    }
}

fn percent_decode(b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Some(out)
}

/// The files the app was started with, until the page takes them (once).
#[derive(Default)]
pub struct Launch(Mutex<Option<Vec<LaunchArg>>>);

impl Launch {
    pub fn new(args: Vec<LaunchArg>) -> Self {
        Launch(Mutex::new(if args.is_empty() { None } else { Some(args) }))
    }

    pub fn take(&self) -> Option<Vec<LaunchArg>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    }

    /// More files, handed over by a second start; they join any not yet taken.
    pub fn push(&self, args: Vec<LaunchArg>) {
        if args.is_empty() {
            return;
        }
        self.0.lock().unwrap_or_else(|p| p.into_inner()).get_or_insert_with(Vec::new).extend(args);
    }
}

/// A second start of the app handed over its arguments (see `desk_core::instance`): bring the window
/// forward and, when it named files, have the page open them in a new conversation.
pub fn hand_off<R: Runtime>(app: &AppHandle<R>, req: desk_core::instance::Request) {
    use tauri::Manager;
    let args = parse_args(req.args, &req.cwd);
    if let Some(w) = app.get_webview_window("main") {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
    if args.is_empty() {
        return;
    }
    let n = args.len();
    app.state::<Launch>().push(args);
    events::launch_files(app, n);
}

/// What the page shows after opening the start-up files: the new conversation and one receipt per file.
#[derive(Debug, Clone, Serialize)]
pub struct Opened {
    pub conversation: Conversation,
    pub outcomes: Vec<ImportOutcome>,
}

/// A title for the conversation: the first file's name without its extension.
fn title_for(args: &[LaunchArg]) -> String {
    let first = args.iter().find_map(|a| match a {
        LaunchArg::Path(p) => p.file_stem().map(|s| s.to_string_lossy().into_owned()),
        LaunchArg::Refused { .. } => None,
    });
    match (first, args.len()) {
        (Some(name), 1) => name,
        (Some(name), n) => format!("{name} and {} more", n - 1),
        (None, _) => "Opened files".into(),
    }
}

/// Open the start-up files in a new conversation (None when the app was started without files, or
/// when they were already opened). One outcome per argument, in order.
#[tauri::command(async)]
pub fn open_launch_files<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Desk>,
    launch: State<'_, Launch>,
) -> CmdResult<Option<Opened>> {
    let Some(args) = launch.take() else { return Ok(None) };
    let conversation = desk.lock().new_conversation(Some(&title_for(&args))).map_err(|e| e.body())?;
    let id = desk.lock().resolve(&conversation.id).map_err(|e| e.body())?;
    let mut outcomes = Vec::with_capacity(args.len());
    for arg in args {
        match arg {
            LaunchArg::Path(p) => outcomes.extend(import_into(&app, &desk, &id, &[p])?),
            LaunchArg::Refused { arg, code, reason } => outcomes.push(ImportOutcome {
                path: arg,
                ok: false,
                stored_as: None,
                bytes: None,
                sha256: None,
                error: Some(ErrorBody { code: code.into(), message: reason }),
            }),
        }
    }
    events::files_changed(&app, id.as_str());
    Ok(Some(Opened { conversation, outcomes }))
}
