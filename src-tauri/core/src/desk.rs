//! Desks: one folder per conversation, named by the conversation's id.
//!
//! Owns id minting and validation (an id is checked for its exact shape before any path is built from it),
//! the folder layout under the data directory, the hidden `.desk/` area inside each desk (temp files, and
//! later the analysis database), and crash clean-up of stale temp files. It does not know about history.
//!
//! Layout:
//! ```text
//! <data dir>/history.sqlite3
//! <data dir>/desks/<id>/             the desk: inputs and the analyst's outputs
//! <data dir>/desks/<id>/.desk/tmp/   in-flight imports and atomic writes (hidden, swept on open)
//! <data dir>/desks/.trash-<id>/      a desk being deleted (swept on open)
//! ```

use crate::error::{DeskError, Result};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// A conversation id: a v4 uuid written as 32 lowercase hex characters. The only way to get one is
/// `DeskId::mint()` or `DeskId::parse()`, which checks the exact shape.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DeskId(String);

impl DeskId {
    pub fn mint() -> Self {
        DeskId(uuid::Uuid::new_v4().simple().to_string())
    }

    pub fn parse(s: &str) -> Result<Self> {
        let b = s.as_bytes();
        let shape_ok = b.len() == 32
            && b.iter().all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(c))
            && b[12] == b'4'
            && matches!(b[16], b'8' | b'9' | b'a' | b'b');
        if shape_ok {
            Ok(DeskId(s.to_string()))
        } else {
            let shown: String = s.chars().take(80).collect();
            Err(DeskError::InvalidId { id: shown.escape_debug().to_string() })
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DeskId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The hidden folder inside every desk that belongs to the app, not to the user or the analyst.
pub const HIDDEN_DIR: &str = ".desk";

/// The folder that holds every desk.
#[derive(Debug, Clone)]
pub struct Desks {
    root: PathBuf,
}

impl Desks {
    pub fn new(root: PathBuf) -> Self {
        Desks { root }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The path of a desk. Pure: does not touch the disk.
    pub fn path(&self, id: &DeskId) -> PathBuf {
        self.root.join(id.as_str())
    }

    /// Create the folder of a new desk (and its hidden area). Fails if it already exists.
    pub fn create(&self, id: &DeskId) -> Result<PathBuf> {
        fs::create_dir_all(&self.root).map_err(|e| DeskError::io_at(&self.root, e))?;
        let path = self.path(id);
        fs::create_dir(&path).map_err(|e| DeskError::io_at(&path, e))?;
        let hidden = path.join(HIDDEN_DIR).join("tmp");
        fs::create_dir_all(&hidden).map_err(|e| DeskError::io_at(&hidden, e))?;
        Ok(path)
    }

    /// The desk's folder, re-created (empty) if it went missing.
    pub fn ensure(&self, id: &DeskId) -> Result<PathBuf> {
        let path = self.path(id);
        let tmp = self.tmp_dir(id);
        fs::create_dir_all(&tmp).map_err(|e| DeskError::io_at(&tmp, e))?;
        Ok(path)
    }

    /// Where in-flight files of a desk live until they are complete.
    pub fn tmp_dir(&self, id: &DeskId) -> PathBuf {
        self.path(id).join(HIDDEN_DIR).join("tmp")
    }

    /// Move a desk out of the way in one rename; the caller deletes rows and then calls `purge_trash`.
    /// Returns the trash path (None if the desk folder did not exist).
    pub fn to_trash(&self, id: &DeskId) -> Result<Option<PathBuf>> {
        let path = self.path(id);
        if fs::symlink_metadata(&path).is_err() {
            return Ok(None);
        }
        let trash = self.root.join(format!(".trash-{id}"));
        if fs::symlink_metadata(&trash).is_ok() {
            remove_tree(&trash)?;
        }
        fs::rename(&path, &trash).map_err(|e| DeskError::io_at(&path, e))?;
        Ok(Some(trash))
    }

    /// Put a trashed desk back (when deleting its rows failed).
    pub fn restore(&self, id: &DeskId, trash: &Path) -> Result<()> {
        let path = self.path(id);
        fs::rename(trash, &path).map_err(|e| DeskError::io_at(&path, e))
    }

    /// Remove crash leftovers: trashed desks and stale temp files in every desk.
    pub fn sweep(&self) -> Result<()> {
        let Ok(entries) = fs::read_dir(&self.root) else { return Ok(()) };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(".trash-") {
                remove_tree(&entry.path())?;
            } else if DeskId::parse(&name).is_ok() {
                let tmp = entry.path().join(HIDDEN_DIR).join("tmp");
                if let Ok(stale) = fs::read_dir(&tmp) {
                    for f in stale.flatten() {
                        let _ = fs::remove_file(f.path());
                    }
                }
            }
        }
        Ok(())
    }
}

/// Remove a folder tree without following symlinks, making read-only inputs removable first.
pub fn remove_tree(path: &Path) -> Result<()> {
    // Inputs are read-only files; on Unix, removing a file needs write permission on its folder only,
    // and folders are never made read-only, so remove_dir_all suffices. It does not follow symlinks.
    match fs::remove_dir_all(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(DeskError::io_at(path, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minted_ids_parse() {
        for _ in 0..100 {
            let id = DeskId::mint();
            assert_eq!(DeskId::parse(id.as_str()).ok(), Some(id));
        }
    }

    #[test]
    fn wrong_shapes_are_refused() {
        let good = DeskId::mint().to_string();
        let bad = [
            String::new(),
            good.to_uppercase(),
            format!("{good}0"),
            good[..31].to_string(),
            format!("../{}", &good[3..]),
            uuid::Uuid::new_v4().hyphenated().to_string(),
            "0".repeat(32),
        ];
        for b in bad {
            assert!(DeskId::parse(&b).is_err(), "{b:?} must be refused");
        }
    }
}
