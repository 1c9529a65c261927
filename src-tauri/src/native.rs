//! What the page may ask the operating system to do, always from Rust: pick files to import (the
//! native open dialog), choose where to save a desk's zip (the native save dialog), open a file of a desk
//! in the OS viewer, and reveal a file (or the desk folder) in the file manager.
//!
//! The page never names a filesystem path and gets no dialog or opener permission of its own: it names
//! a conversation id and, for open/reveal, a path relative to that conversation's desk, which goes
//! through the core's confinement (relative, no `..` in any spelling, no hidden components, no
//! symlinks). Only files that are data or pictures are opened with the OS default application (images,
//! CSV, markdown, plain text); HTML and unknown kinds are refused, since an OS viewer would run them
//! outside the app's sandbox. Picked files go through the same import as drops (`commands::import_into`).
//!
//! The OS side sits behind the [`Native`] trait so the shell tests can stand in for the dialogs and the
//! opener; [`Os`] is the real one (tauri-plugin-dialog's Rust API and tauri-plugin-opener's functions).

use crate::commands::{import_into, CmdResult};
use crate::Desk;
use desk_core::error::{DeskError, ErrorBody};
use desk_core::export::ExportSummary;
use desk_core::office::ImportOutcome;
use desk_core::snapshot::ArtifactKind;
use desk_core::tools::confine::{self, Want};
use serde::Serialize;
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Manager, Runtime, State};

/// Extensions offered first in the open dialog (everything else under "All files").
pub const IMPORT_EXTENSIONS: &[&str] = &["csv", "tsv", "txt", "xlsx", "xls", "ods"];

/// The operating system's dialogs and launchers.
pub trait Native<R: Runtime>: Send + Sync + 'static {
    /// Let the person pick files to import; Ok(None) when they cancel.
    fn pick_files(&self, app: &AppHandle<R>) -> Result<Option<Vec<PathBuf>>, ErrorBody>;
    /// Let the person choose where to save a zip, starting from `suggested`; Ok(None) when they cancel.
    fn save_zip(&self, app: &AppHandle<R>, suggested: &str) -> Result<Option<PathBuf>, ErrorBody>;
    /// Open a file with the OS default application.
    fn open(&self, path: &Path) -> Result<(), ErrorBody>;
    /// Show a file (or folder) in the OS file manager.
    fn reveal(&self, path: &Path) -> Result<(), ErrorBody>;
    /// Open an http(s) or mailto URL in the OS browser (the caller checked the scheme).
    fn open_url(&self, url: &str) -> Result<(), ErrorBody>;
}

/// The state holding the [`Native`] implementation the commands use.
pub struct NativeBox<R: Runtime>(pub Box<dyn Native<R>>);

fn os_error(what: &str, e: impl std::fmt::Display) -> ErrorBody {
    ErrorBody { code: "os_error".into(), message: format!("{what}: {e}") }
}

/// The real thing: tauri-plugin-dialog (registered in `run`) and tauri-plugin-opener's free functions
/// (no plugin registration, so the page gets no opener command at all).
pub struct Os;

impl Os {
    fn dialog<R: Runtime>(app: &AppHandle<R>) -> Result<tauri_plugin_dialog::FileDialogBuilder<R>, ErrorBody> {
        let dialog = app.try_state::<tauri_plugin_dialog::Dialog<R>>().ok_or_else(|| ErrorBody {
            code: "dialog_unavailable".into(),
            message: "the file dialog is not available in this build".into(),
        })?;
        let mut builder = tauri_plugin_dialog::FileDialogBuilder::new(dialog.inner().clone());
        if let Some(window) = app.get_webview_window("main") {
            builder = builder.set_parent(&window);
        }
        Ok(builder)
    }
}

impl<R: Runtime> Native<R> for Os {
    fn pick_files(&self, app: &AppHandle<R>) -> Result<Option<Vec<PathBuf>>, ErrorBody> {
        #[cfg(debug_assertions)]
        if let Some(paths) = test_picked_files() {
            return Ok(Some(paths));
        }
        let picked = Self::dialog(app)?
            .set_title("Add files to this conversation")
            .add_filter("Data files (CSV, TSV, text, Excel, OpenDocument)", IMPORT_EXTENSIONS)
            .add_filter("All files", &["*"])
            .blocking_pick_files();
        let Some(picked) = picked else { return Ok(None) };
        let paths = picked.into_iter().filter_map(|p| p.into_path().ok()).collect();
        Ok(Some(paths))
    }

    fn save_zip(&self, app: &AppHandle<R>, suggested: &str) -> Result<Option<PathBuf>, ErrorBody> {
        let mut builder = Self::dialog(app)?
            .set_title("Export this conversation's desk")
            .set_file_name(suggested)
            .add_filter("Zip archive", &["zip"]);
        if let Some(dir) = dirs_download(app) {
            builder = builder.set_directory(dir);
        }
        let Some(picked) = builder.blocking_save_file() else { return Ok(None) };
        picked.into_path().map(Some).map_err(|e| os_error("the chosen place is not a local file", e))
    }

    fn open(&self, path: &Path) -> Result<(), ErrorBody> {
        tauri_plugin_opener::open_path(path, None::<&str>).map_err(|e| os_error("could not open the file", e))
    }

    fn open_url(&self, url: &str) -> Result<(), ErrorBody> {
        tauri_plugin_opener::open_url(url, None::<&str>).map_err(|e| os_error("could not open the link", e))
    }

    /// The file manager's "show item" (D-Bus on Linux); where that is missing, the folder holding the
    /// file is opened instead.
    fn reveal(&self, path: &Path) -> Result<(), ErrorBody> {
        let Err(first) = tauri_plugin_opener::reveal_item_in_dir(path) else { return Ok(()) };
        let folder = if path.is_dir() { Some(path) } else { path.parent() };
        match folder.map(|f| tauri_plugin_opener::open_path(f, None::<&str>)) {
            Some(Ok(())) => Ok(()),
            _ => Err(os_error("no file manager could show the file", first)),
        }
    }
}

/// Debug builds only (the end-to-end tests run the debug binary; a release build has no such code): the
/// files the open dialog would return, from `DESK_TEST_PICK_FILES` (paths joined like `PATH`). A
/// WebDriver test cannot drive GTK's native dialog, so with this set, "Add files…" takes the same road
/// as a real pick (the `pick_and_import` command, then the import) without showing the dialog.
#[cfg(debug_assertions)]
fn test_picked_files() -> Option<Vec<PathBuf>> {
    let joined = std::env::var_os("DESK_TEST_PICK_FILES").filter(|v| !v.is_empty())?;
    Some(std::env::split_paths(&joined).collect())
}

fn dirs_download<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    app.path().download_dir().ok().filter(|d| d.is_dir())
}

fn body(e: DeskError) -> ErrorBody {
    e.body()
}

fn io(path: &Path, source: std::io::Error) -> ErrorBody {
    body(DeskError::Io { context: path.display().to_string(), source })
}

/// A file of a conversation's desk named by the page, resolved by the core's confinement. An empty
/// `rel` names the desk folder itself when `folder_ok`.
pub fn resolve_in_desk(desk: &Desk, conversation_id: &str, rel: &str, folder_ok: bool) -> Result<PathBuf, ErrorBody> {
    let dir = {
        let office = desk.lock();
        let id = office.resolve(conversation_id).map_err(body)?;
        office.desk_dir(&id).map_err(body)?
    };
    let dir = std::fs::canonicalize(&dir).map_err(|e| io(&dir, e))?;
    if rel.trim().is_empty() {
        return if folder_ok { Ok(dir) } else { Err(body(DeskError::PathNotFound { path: String::new() })) };
    }
    let c = confine::resolve(&dir, rel, Want::File).map_err(body)?;
    // Resolve-then-check: the canonical file is still inside the canonical desk.
    let real = std::fs::canonicalize(&c.abs).map_err(|e| io(&c.abs, e))?;
    if !real.starts_with(&dir) {
        return Err(body(DeskError::OutsideDesk { path: rel.to_string() }));
    }
    Ok(real)
}

/// Whether a file may be handed to the OS default application.
pub fn openable(rel: &str) -> bool {
    matches!(
        ArtifactKind::of(rel),
        ArtifactKind::Image | ArtifactKind::Csv | ArtifactKind::Markdown | ArtifactKind::Text
    )
}

/// Pick files with the native dialog and import them into a conversation: one outcome per file, as for
/// a drop; an empty list when the person cancels.
#[tauri::command(async)]
pub fn pick_and_import<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Desk>,
    native: State<'_, NativeBox<R>>,
    conversation_id: String,
) -> CmdResult<Vec<ImportOutcome>> {
    let id = desk.lock().resolve(&conversation_id).map_err(body)?;
    let Some(paths) = native.0.pick_files(&app)? else { return Ok(Vec::new()) };
    if paths.is_empty() {
        return Ok(Vec::new());
    }
    import_into(&app, &desk, &id, &paths)
}

/// What an export did (None when the person cancelled the save dialog).
#[derive(Debug, Clone, Serialize)]
pub struct Exported {
    #[serde(flatten)]
    pub summary: ExportSummary,
    /// The file name only, for the toast.
    pub name: String,
}

/// A file name for the zip from the conversation's title: letters, digits, spaces, dashes, underscores.
pub fn zip_name(title: &str) -> String {
    let cleaned: String =
        title.chars().map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_') { c } else { ' ' }).collect();
    let mut base = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    if base.is_empty() {
        base = "Analyst Desk export".into();
    }
    let short: String = base.chars().take(80).collect();
    format!("{short}.zip")
}

/// Export a conversation's desk as a zip, to a place chosen in the native save dialog.
#[tauri::command(async)]
pub fn export_desk<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Desk>,
    native: State<'_, NativeBox<R>>,
    conversation_id: String,
) -> CmdResult<Option<Exported>> {
    let (id, title) = {
        let office = desk.lock();
        let id = office.resolve(&conversation_id).map_err(body)?;
        let title = office.history().conversation(&id).map_err(body)?.title;
        (id, title)
    };
    let Some(mut out) = native.0.save_zip(&app, &zip_name(&title))? else { return Ok(None) };
    if out.extension().is_none() {
        out.set_extension("zip");
    }
    let summary = desk.lock().export(&id, &out).map_err(body)?;
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(Some(Exported { summary, name }))
}

/// Open a file of a desk (an image, CSV, markdown or text file) in the OS default application.
#[tauri::command(async)]
pub fn open_file<R: Runtime>(
    _app: AppHandle<R>,
    desk: State<'_, Desk>,
    native: State<'_, NativeBox<R>>,
    conversation_id: String,
    path: String,
) -> CmdResult<()> {
    let real = resolve_in_desk(&desk, &conversation_id, &path, false)?;
    if !openable(&path) {
        return Err(ErrorBody {
            code: "not_openable".into(),
            message: format!("{path} is not opened outside the app (only images, CSV, markdown and text files are)"),
        });
    }
    native.0.open(&real)
}

/// Show a file of a desk in the OS file manager; an empty path shows the desk folder itself.
#[tauri::command(async)]
pub fn reveal_file<R: Runtime>(
    _app: AppHandle<R>,
    desk: State<'_, Desk>,
    native: State<'_, NativeBox<R>>,
    conversation_id: String,
    path: Option<String>,
) -> CmdResult<()> {
    let real = resolve_in_desk(&desk, &conversation_id, path.as_deref().unwrap_or(""), true)?;
    native.0.reveal(&real)
}
