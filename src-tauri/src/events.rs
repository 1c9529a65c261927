//! The events the shell broadcasts to the UI with `emit`, and their names: the one place that maps what
//! happens in the core or the window to what the page hears. Turn streams (later) use a
//! `tauri::ipc::Channel` per turn instead, as DESIGN.md section 4 says.
//!
//! Emitting never fails a command: if the page is gone, there is nobody to tell, so failures are logged.

use desk_core::history::Conversation;
use serde::Serialize;
use std::path::Path;
use std::time::{Duration, Instant};
use tauri::{AppHandle, Emitter, Runtime};

/// The sidebar's list changed (created, renamed, deleted, touched); the payload is the whole new list,
/// most recent first, so the UI just re-renders it.
pub const CONVERSATIONS_CHANGED: &str = "conversations_changed";
/// Files are being dragged over the window (`active: true`) or no longer are.
pub const DRAG_HOVER: &str = "drag_hover";
/// Files were dropped on the window; the UI claims them with `import_paths(conversationId, dropId)`.
pub const FILES_DROPPED: &str = "files_dropped";
/// Progress of a file being imported (throttled).
pub const IMPORT_PROGRESS: &str = "import_progress";
/// The files of a conversation's desk changed (after an import).
pub const FILES_CHANGED: &str = "files_changed";
/// Progress of reading and profiling a desk's tables (throttled); `done == total` at the end.
pub const TABLES_PROGRESS: &str = "tables_progress";

/// A second start handed files to this window (single instance); the UI takes them with
/// `open_launch_files`, exactly as at start-up.
pub const LAUNCH_FILES: &str = "launch_files";

#[derive(Debug, Clone, Serialize)]
pub struct DragHover {
    pub active: bool,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct FilesDropped {
    pub drop_id: u64,
    /// Plain file names, for display only.
    pub names: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ImportProgress {
    pub conversation_id: String,
    pub name: String,
    pub done: u64,
    pub total: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct FilesChanged {
    pub conversation_id: String,
}

fn emit<R: Runtime, S: Serialize + Clone>(to: &impl Emitter<R>, event: &str, payload: S) {
    if let Err(e) = to.emit(event, payload) {
        eprintln!("analyst-desk: could not emit {event}: {e}");
    }
}

pub fn conversations_changed<R: Runtime>(to: &impl Emitter<R>, list: &[Conversation]) {
    emit(to, CONVERSATIONS_CHANGED, list);
}

pub fn drag_hover<R: Runtime>(to: &impl Emitter<R>, active: bool, count: usize) {
    emit(to, DRAG_HOVER, DragHover { active, count });
}

pub fn files_dropped<R: Runtime>(to: &impl Emitter<R>, drop_id: u64, names: Vec<String>) {
    emit(to, FILES_DROPPED, FilesDropped { drop_id, names });
}

pub fn launch_files<R: Runtime>(to: &impl Emitter<R>, count: usize) {
    emit(to, LAUNCH_FILES, count)
}

pub fn files_changed<R: Runtime>(to: &impl Emitter<R>, conversation_id: &str) {
    emit(to, FILES_CHANGED, FilesChanged { conversation_id: conversation_id.to_string() });
}

/// Import progress for one conversation, at most every 100 ms per file plus each file's start and end.
pub struct ProgressReporter<'a, R: Runtime> {
    app: &'a AppHandle<R>,
    conversation_id: String,
    last: Option<(String, Instant)>,
}

impl<'a, R: Runtime> ProgressReporter<'a, R> {
    pub fn new(app: &'a AppHandle<R>, conversation_id: &str) -> Self {
        ProgressReporter { app, conversation_id: conversation_id.to_string(), last: None }
    }

    pub fn report(&mut self, path: &Path, done: u64, total: u64) {
        let name = crate::drops::display_name(path);
        let now = Instant::now();
        let new_file = self.last.as_ref().is_none_or(|(n, _)| *n != name);
        let due = self.last.as_ref().is_none_or(|(_, at)| now.duration_since(*at) >= Duration::from_millis(100));
        if new_file || due || done >= total {
            let payload =
                ImportProgress { conversation_id: self.conversation_id.clone(), name: name.clone(), done, total };
            emit(self.app, IMPORT_PROGRESS, payload);
            self.last = Some((name, now));
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct TablesProgress {
    pub conversation_id: String,
    /// The source being read (relative to the desk).
    pub name: String,
    /// `scan` (types and load) or `load` (the finish).
    pub stage: desk_core::tables::Stage,
    pub done: u64,
    pub total: u64,
}

/// Table sync progress for one conversation, at most every 100 ms plus each source's first report; a
/// closing event (`done == total`) when anything was reported at all.
pub struct TablesProgressReporter<'a, R: Runtime> {
    app: &'a AppHandle<R>,
    conversation_id: String,
    last: Option<(String, Instant)>,
    total: u64,
}

impl<'a, R: Runtime> TablesProgressReporter<'a, R> {
    pub fn new(app: &'a AppHandle<R>, conversation_id: &str) -> Self {
        TablesProgressReporter { app, conversation_id: conversation_id.to_string(), last: None, total: 0 }
    }

    pub fn report(&mut self, p: &desk_core::tables::Progress) {
        let now = Instant::now();
        let new_file = self.last.as_ref().is_none_or(|(n, _)| *n != p.path);
        let due = self.last.as_ref().is_none_or(|(_, at)| now.duration_since(*at) >= Duration::from_millis(100));
        if new_file || due {
            let payload = TablesProgress {
                conversation_id: self.conversation_id.clone(),
                name: p.path.clone(),
                stage: p.stage,
                done: p.bytes_done.min(p.bytes_total),
                total: p.bytes_total,
            };
            emit(self.app, TABLES_PROGRESS, payload);
            self.last = Some((p.path.clone(), now));
            self.total = p.bytes_total;
        }
    }

    /// Tell the page the sync is over (only if it heard a start).
    pub fn finish(&mut self) {
        if let Some((name, _)) = self.last.take() {
            let payload = TablesProgress {
                conversation_id: self.conversation_id.clone(),
                name,
                stage: desk_core::tables::Stage::Load,
                done: self.total,
                total: self.total,
            };
            emit(self.app, TABLES_PROGRESS, payload);
        }
    }
}
