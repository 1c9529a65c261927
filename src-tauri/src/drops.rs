//! Native drag-and-drop: files dropped on the window arrive here as native paths (Tauri's window
//! drag-drop event), are held in Rust under a small numeric drop id, and the UI is told only the id and the
//! plain file names. The UI then chooses the conversation and calls `import_paths` with that id; paths
//! never travel through the page, and the page cannot name an arbitrary path to import.
//!
//! It does not import anything itself (the core does, through the `import_paths` command) and does not
//! decide which conversation a drop belongs to (the UI does).

use crate::events;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use tauri::{DragDropEvent, Manager, Runtime, Window, WindowEvent};

/// How many drops are kept waiting for the UI to claim them; older ones are forgotten.
const KEEP: usize = 16;

/// Drops waiting to be imported, newest last.
#[derive(Default)]
pub struct Drops(Mutex<DropsInner>);

#[derive(Default)]
struct DropsInner {
    next_id: u64,
    pending: VecDeque<(u64, Vec<PathBuf>)>,
}

impl Drops {
    /// Hold a drop's paths and return its id (ids start at 1 and are never reused in a run).
    pub fn hold(&self, paths: Vec<PathBuf>) -> u64 {
        let mut inner = self.0.lock().unwrap_or_else(|p| p.into_inner());
        inner.next_id += 1;
        let id = inner.next_id;
        inner.pending.push_back((id, paths));
        while inner.pending.len() > KEEP {
            inner.pending.pop_front();
        }
        id
    }

    /// Take a drop's paths out (a drop is imported at most once).
    pub fn take(&self, id: u64) -> Option<Vec<PathBuf>> {
        let mut inner = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let at = inner.pending.iter().position(|(i, _)| *i == id)?;
        inner.pending.remove(at).map(|(_, paths)| paths)
    }
}

/// The name shown for a dropped path: its last component, lossily decoded (display only).
pub fn display_name(path: &Path) -> String {
    path.file_name().unwrap_or(path.as_os_str()).to_string_lossy().into_owned()
}

/// Window event hook: turns native drag-and-drop into `drag_hover` and `files_dropped` events.
pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let WindowEvent::DragDrop(drag) = event else { return };
    match drag {
        DragDropEvent::Enter { paths, .. } => events::drag_hover(window, true, paths.len()),
        DragDropEvent::Leave => events::drag_hover(window, false, 0),
        DragDropEvent::Drop { paths, .. } => {
            events::drag_hover(window, false, 0);
            if paths.is_empty() {
                return;
            }
            let names = paths.iter().map(|p| display_name(p)).collect();
            let id = window.state::<Drops>().hold(paths.clone());
            events::files_dropped(window, id, names);
        }
        DragDropEvent::Over { .. } => {}
        _ => {}
    }
}
