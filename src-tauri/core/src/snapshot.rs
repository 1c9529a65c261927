//! Snapshots of a desk (relative path -> mtime in ns and size) and the diff between two of them, which
//! becomes `artifact_update` events.
//!
//! Hidden entries (any path component starting with '.') are skipped, and symlinks are neither followed
//! nor listed. Paths use '/' whatever the OS. Files present when a turn starts (the uploads) are in the
//! first snapshot, so they can never show up as the analyst's work; `diff` also takes the set of input
//! names to exclude outright. This module does not know which process changed a file.

use crate::error::{DeskError, Result};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub mtime_ns: i128,
    pub size: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snapshot {
    pub entries: BTreeMap<String, Stamp>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Added,
    Modified,
    Removed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ArtifactKind {
    Image,
    Markdown,
    Csv,
    Html,
    Text,
    File,
}

impl ArtifactKind {
    pub fn of(path: &str) -> Self {
        let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
        match ext.as_str() {
            "png" | "jpg" | "jpeg" | "gif" | "webp" | "svg" | "bmp" => ArtifactKind::Image,
            "md" | "markdown" => ArtifactKind::Markdown,
            "csv" | "tsv" => ArtifactKind::Csv,
            "html" | "htm" => ArtifactKind::Html,
            "txt" | "json" | "log" | "sql" | "yaml" | "yml" | "xml" => ArtifactKind::Text,
            _ => ArtifactKind::File,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ArtifactKind::Image => "image",
            ArtifactKind::Markdown => "markdown",
            ArtifactKind::Csv => "csv",
            ArtifactKind::Html => "html",
            ArtifactKind::Text => "text",
            ArtifactKind::File => "file",
        }
    }
}

/// One `artifact_update` event's payload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArtifactUpdate {
    pub path: String,
    pub kind: ArtifactKind,
    pub size: u64,
    pub change: Change,
}

impl Snapshot {
    /// Walk `root` (which must be a folder) without following symlinks.
    /// A snapshot taken like [`Snapshot::take`], except that when a file named like a write in progress
    /// (`report.md.tmp.2.cd9d…`, `notes.txt~`, `x.part`) has appeared since `before`, it is taken again
    /// once, a moment later: a tool that writes through a temporary file and renames it may be between
    /// the two, and a half-done write must not show as an artifact that appears and vanishes.
    pub fn take_settled(root: &Path, before: &Snapshot) -> Result<Snapshot> {
        let in_flight = |name: &str| {
            let base = name.rsplit('/').next().unwrap_or(name);
            base.contains(".tmp") || base.ends_with('~') || base.ends_with(".part") || base.ends_with(".swp")
        };
        let now = Snapshot::take(root)?;
        if now.entries.keys().any(|k| in_flight(k) && !before.entries.contains_key(k)) {
            std::thread::sleep(std::time::Duration::from_millis(250));
            return Snapshot::take(root);
        }
        Ok(now)
    }

    pub fn take(root: &Path) -> Result<Snapshot> {
        let mut entries = BTreeMap::new();
        let mut stack = vec![(root.to_path_buf(), String::new())];
        while let Some((dir, prefix)) = stack.pop() {
            let rd = match fs::read_dir(&dir) {
                Ok(rd) => rd,
                // A folder removed while walking is simply gone from the snapshot.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound && !prefix.is_empty() => continue,
                Err(e) => return Err(DeskError::io_at(&dir, e)),
            };
            for entry in rd.flatten() {
                let name = entry.file_name();
                let Some(name) = name.to_str() else { continue };
                if name.starts_with('.') {
                    continue;
                }
                // DirEntry::metadata does not follow symlinks.
                let Ok(meta) = entry.metadata() else { continue };
                let rel = if prefix.is_empty() { name.to_string() } else { format!("{prefix}/{name}") };
                let ft = meta.file_type();
                if ft.is_dir() {
                    stack.push((entry.path(), rel));
                } else if ft.is_file() {
                    let mtime_ns = meta.mtime() as i128 * 1_000_000_000 + meta.mtime_nsec() as i128;
                    entries.insert(rel, Stamp { mtime_ns, size: meta.len() });
                }
            }
        }
        Ok(Snapshot { entries })
    }

    /// What changed from `self` to `after`, never naming a path in `inputs`.
    pub fn diff(&self, after: &Snapshot, inputs: &HashSet<String>) -> Vec<ArtifactUpdate> {
        let mut out = Vec::new();
        for (path, stamp) in &after.entries {
            if inputs.contains(path) {
                continue;
            }
            let change = match self.entries.get(path) {
                None => Change::Added,
                Some(old) if old != stamp => Change::Modified,
                Some(_) => continue,
            };
            out.push(ArtifactUpdate { path: path.clone(), kind: ArtifactKind::of(path), size: stamp.size, change });
        }
        for path in self.entries.keys() {
            if !after.entries.contains_key(path) && !inputs.contains(path) {
                out.push(ArtifactUpdate {
                    path: path.clone(),
                    kind: ArtifactKind::of(path),
                    size: 0,
                    change: Change::Removed,
                });
            }
        }
        out
    }
}
