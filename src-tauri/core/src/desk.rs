//! Desks: one folder per conversation, named by the conversation's id.
//!
//! Owns id minting and validation (an id is checked for its exact shape before any path is built from it),
//! the folder layout under the data directory, the hidden `.desk/` area inside each desk (temp files, the
//! analysis database, locks), in-flight files owned by a lock ([`InFlight`]), the per-conversation turn
//! lock ([`TurnLock`]) and crash clean-up ([`Desks::sweep`]). It does not know about history.
//!
//! Layout:
//! ```text
//! <data dir>/history.sqlite3
//! <data dir>/desks/<id>/             the desk: inputs and the analyst's outputs
//! <data dir>/desks/<id>/.desk/tmp/   in-flight imports, writes and table builds (hidden)
//! <data dir>/desks/<id>/.desk/turn.lock   held while a turn runs in the conversation (or it is deleted)
//! <data dir>/desks/.trash-<id>/      a desk being deleted
//! ```
//!
//! Links: the app never follows a symbolic link in its own areas. A desk folder (or the `desks` folder)
//! that is a link is refused (`desk_symlink`): it may hold the person's files, so nothing is rebuilt in
//! its place. A link (or a stray file) where `.desk` or `.desk/tmp` should be is the app's own to
//! rebuild: the link is removed (what it points to is untouched), a stray file is moved aside, the
//! folder is made anew and a warning says so.
//!
//! Ownership of in-flight files: every file in `.desk/tmp` is created by [`InFlight::create`], which
//! holds an exclusive `flock` on it for as long as the writing process lives. The sweep removes only
//! files it can lock itself (their process is gone), so it never removes what another process, or a
//! window of the app, is writing right now; a trashed desk is swept only when its turn lock is free.

use crate::error::{DeskError, Result};
use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
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
/// Inside [`HIDDEN_DIR`]: where in-flight files live until they are complete.
pub const TMP_DIR: &str = "tmp";
/// An in-flight database is named after the in-flight lock file that owns it, plus this (the engine adds
/// its own sidecars: `.wal`, and a `.tmp` folder when it spills): `build-<uuid>.duckdb`.
pub(crate) const IN_FLIGHT_DB: &str = ".duckdb";
/// Inside [`HIDDEN_DIR`]: the lock a turn (or a delete) holds on its conversation.
const TURN_LOCK: &str = "turn.lock";

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

    /// The `desks` folder, created if missing; refused when it is a link.
    fn ensure_root(&self) -> Result<()> {
        match fs::symlink_metadata(&self.root) {
            Ok(m) if m.file_type().is_symlink() || !m.is_dir() => {
                Err(DeskError::DeskSymlink { path: self.root.display().to_string() })
            }
            Ok(_) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                fs::create_dir_all(&self.root).map_err(|e| DeskError::io_at(&self.root, e))
            }
            Err(e) => Err(DeskError::io_at(&self.root, e)),
        }
    }

    /// Create the folder of a new desk (and its hidden area). Fails if it already exists.
    pub fn create(&self, id: &DeskId) -> Result<PathBuf> {
        self.ensure_root()?;
        let path = self.path(id);
        fs::create_dir(&path).map_err(|e| DeskError::io_at(&path, e))?;
        ensure_app_area(&path)?;
        Ok(path)
    }

    /// The desk's folder, re-created (empty) if it went missing; its hidden area checked and repaired
    /// (the warnings are returned). Refused when the desk folder is a link.
    pub fn ensure_checked(&self, id: &DeskId) -> Result<(PathBuf, Vec<String>)> {
        self.ensure_root()?;
        let path = self.path(id);
        match fs::symlink_metadata(&path) {
            Ok(m) if m.file_type().is_symlink() || !m.is_dir() => {
                return Err(DeskError::DeskSymlink { path: path.display().to_string() })
            }
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                fs::create_dir(&path).map_err(|e| DeskError::io_at(&path, e))?;
            }
            Err(e) => return Err(DeskError::io_at(&path, e)),
        }
        let warnings = ensure_app_area(&path)?;
        Ok((path, warnings))
    }

    /// [`Desks::ensure_checked`] without the warnings.
    pub fn ensure(&self, id: &DeskId) -> Result<PathBuf> {
        self.ensure_checked(id).map(|(p, _)| p)
    }

    /// Where in-flight files of a desk live until they are complete.
    pub fn tmp_dir(&self, id: &DeskId) -> PathBuf {
        tmp_dir(&self.path(id))
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

    /// Remove crash leftovers: trashed desks whose deletion is not running any more, and in every desk
    /// the in-flight files of processes that are gone (see the module doc). Links and stray files in a
    /// desk's hidden area are repaired; what was repaired is returned as warnings.
    pub fn sweep(&self) -> Result<Vec<String>> {
        let mut warnings = Vec::new();
        match fs::symlink_metadata(&self.root) {
            Ok(m) if m.is_dir() => {}
            // A link (or anything but a folder) is never walked; using it is refused later with a reason.
            _ => return Ok(warnings),
        }
        let Ok(entries) = fs::read_dir(&self.root) else { return Ok(warnings) };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let Ok(ft) = entry.file_type() else { continue };
            if !ft.is_dir() {
                // Links named like desks are never followed (the desk is refused when used).
                continue;
            }
            let path = entry.path();
            if name.starts_with(".trash-") {
                let lock = path.join(HIDDEN_DIR).join(TURN_LOCK);
                if !matches!(lock_is_held(&lock), Ok(true)) {
                    remove_tree(&path)?;
                }
            } else if DeskId::parse(&name).is_ok() {
                match ensure_app_area(&path) {
                    Ok(w) => warnings.extend(w),
                    Err(e) => {
                        warnings.push(format!("{}: its hidden area could not be checked: {e}", path.display()));
                        continue;
                    }
                }
                sweep_in_flight(&tmp_dir(&path));
            }
        }
        Ok(warnings)
    }
}

/// Where in-flight files of the desk at `desk` live.
pub fn tmp_dir(desk: &Path) -> PathBuf {
    desk.join(HIDDEN_DIR).join(TMP_DIR)
}

/// Make sure `.desk` and `.desk/tmp` inside `desk` are real folders, repairing what is not (see the
/// module doc). Returns a warning per repair.
pub fn ensure_app_area(desk: &Path) -> Result<Vec<String>> {
    let mut warnings = Vec::new();
    let hidden = desk.join(HIDDEN_DIR);
    claim_dir(&hidden, &mut warnings)?;
    claim_dir(&hidden.join(TMP_DIR), &mut warnings)?;
    Ok(warnings)
}

/// `path` must be a real folder of the app's: created when missing; a link there is removed (never
/// followed) and anything else moved aside, then the folder is made.
fn claim_dir(path: &Path, warnings: &mut Vec<String>) -> Result<()> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => return Ok(()),
        Ok(m) if m.file_type().is_symlink() => {
            let target = fs::read_link(path).map(|t| t.display().to_string()).unwrap_or_default();
            match fs::remove_file(path) {
                // Removed meanwhile by another process doing the same repair.
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(DeskError::io_at(path, e)),
                _ => {}
            }
            warnings.push(format!(
                "{} was a symbolic link (to {target}); the app never follows links in its own folders: \
                 the link was removed, what it pointed to was not touched, and the folder was made anew",
                path.display()
            ));
        }
        Ok(_) => {
            let aside = moved_aside(path);
            fs::rename(path, &aside).map_err(|e| DeskError::io_at(path, e))?;
            warnings.push(format!(
                "{} was not a folder; it was kept as {} and the app's folder was made anew",
                path.display(),
                aside.display()
            ));
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(DeskError::io_at(path, e)),
    }
    match fs::create_dir(path) {
        Ok(()) => Ok(()),
        // Made meanwhile by another process: fine if it is a folder.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) => {
            Ok(())
        }
        Err(e) => Err(DeskError::io_at(path, e)),
    }
}

fn moved_aside(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!("{name}.moved-{}", uuid::Uuid::new_v4().simple()))
}

/// Open (creating) a file of the app's own that must never be a link: a link in its place is removed
/// and the file created anew (the warning says so). Used for lock files.
pub(crate) fn open_own_file(path: &Path, warnings: &mut Vec<String>) -> Result<File> {
    let open = || {
        OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC | libc::O_NONBLOCK)
            .open(path)
    };
    match open() {
        Ok(f) if f.metadata().is_ok_and(|m| m.is_file()) => Ok(f),
        Ok(_) => Err(DeskError::io_at(path, io::Error::other("not a regular file"))),
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => {
            fs::remove_file(path).map_err(|e| DeskError::io_at(path, e))?;
            warnings.push(format!(
                "{} was a symbolic link; the app never follows links in its own folders: the link was \
                 removed (what it pointed to was not touched) and the file made anew",
                path.display()
            ));
            open().map_err(|e| DeskError::io_at(path, e))
        }
        Err(e) => Err(DeskError::io_at(path, e)),
    }
}

/// Try an exclusive `flock` without waiting: Ok(false) when another open file holds it.
pub(crate) fn try_flock(file: &File) -> io::Result<bool> {
    // SAFETY: flock on a descriptor we own; no memory is involved.
    let r = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
    if r == 0 {
        return Ok(true);
    }
    let e = io::Error::last_os_error();
    if e.raw_os_error() == Some(libc::EWOULDBLOCK) {
        Ok(false)
    } else {
        Err(e)
    }
}

/// Take an exclusive `flock`, waiting for it.
pub(crate) fn flock_wait(file: &File) -> io::Result<()> {
    loop {
        // SAFETY: as in `try_flock`.
        let r = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) };
        if r == 0 {
            return Ok(());
        }
        let e = io::Error::last_os_error();
        if e.kind() != io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

/// Whether some process holds the lock file at `path` (never following a link; a missing file is free).
fn lock_is_held(path: &Path) -> io::Result<bool> {
    let f = match OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC | libc::O_NONBLOCK)
        .open(path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e),
    };
    Ok(!try_flock(&f)?)
}

/// Remove the files in `tmp` whose writer is gone: those nobody holds a lock on. Links are removed
/// (never followed); folders are left alone, except the files and folders of an in-flight database
/// (`<lock>.duckdb...`), which go when their lock file is gone or free.
pub(crate) fn sweep_in_flight(tmp: &Path) {
    let Ok(entries) = fs::read_dir(tmp) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(ft) = entry.file_type() else { continue };
        if ft.is_symlink() {
            let _ = fs::remove_file(&path);
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some((owner, _)) = name.split_once(IN_FLIGHT_DB) {
            if !matches!(lock_is_held(&tmp.join(owner)), Ok(true)) {
                let _ = if ft.is_dir() { fs::remove_dir_all(&path) } else { fs::remove_file(&path) };
            }
            continue;
        }
        if !ft.is_file() {
            continue;
        }
        let opened = OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC | libc::O_NONBLOCK)
            .open(&path);
        match opened {
            // Holding the lock while unlinking: a writer that created this name cannot take it meanwhile
            // (and checks, once it holds it, that the name is still its file).
            Ok(f) => {
                if matches!(try_flock(&f), Ok(true)) {
                    let _ = fs::remove_file(&path);
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            // Unreadable (say, mode 000): nobody of ours can hold it either.
            Err(_) => {
                let _ = fs::remove_file(&path);
            }
        }
    }
}

/// A file being written in a desk's hidden temp folder, owned by this process through an exclusive
/// `flock` held until it is dropped. Dropping it removes the file unless [`InFlight::keep`] was called
/// (after it was renamed or linked into place).
#[derive(Debug)]
pub(crate) struct InFlight {
    path: PathBuf,
    file: File,
    remove: bool,
}

impl InFlight {
    /// Create `<tmp>/<prefix>-<uuid><suffix>` (never through a link) and lock it. The caller must have
    /// checked `tmp` with [`ensure_app_area`].
    pub(crate) fn create(tmp: &Path, prefix: &str, suffix: &str, mode: u32) -> Result<InFlight> {
        for _ in 0..8 {
            let path = tmp.join(format!("{prefix}-{}{suffix}", uuid::Uuid::new_v4().simple()));
            let file = OpenOptions::new()
                .read(true)
                .write(true)
                .create_new(true)
                .mode(mode)
                .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
                .open(&path)
                .map_err(|e| DeskError::io_at(&path, e))?;
            flock_wait(&file).map_err(|e| DeskError::io_at(&path, e))?;
            // A sweep may have taken this name between the create and the lock: then start again.
            let ours = file.metadata().map_err(|e| DeskError::io_at(&path, e))?;
            let still = fs::symlink_metadata(&path);
            if still.is_ok_and(|m| m.dev() == ours.dev() && m.ino() == ours.ino()) {
                return Ok(InFlight { path, file, remove: true });
            }
        }
        Err(DeskError::io_at(tmp, io::Error::other("could not create a temporary file")))
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn file(&mut self) -> &mut File {
        &mut self.file
    }

    /// The file was moved or linked into place (or removed by the caller): do not remove it on drop.
    pub(crate) fn keep(&mut self) {
        self.remove = false;
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        // Remove the name first, then the lock goes with the descriptor: a sweep never sees it unlocked.
        if self.remove {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// The lock a running turn holds on its conversation (`.desk/turn.lock`), so that two turns of one
/// conversation run one after the other, and a delete never removes a desk under a running turn.
#[derive(Debug)]
pub struct TurnLock {
    _file: File,
}

impl TurnLock {
    /// Take the lock of the desk at `desk` if it is free. `Ok(None)` when another turn holds it.
    pub fn try_acquire(desk: &Path) -> Result<Option<TurnLock>> {
        let mut warnings = Vec::new();
        ensure_app_area(desk)?;
        let path = desk.join(HIDDEN_DIR).join(TURN_LOCK);
        let file = open_own_file(&path, &mut warnings)?;
        if try_flock(&file).map_err(|e| DeskError::io_at(&path, e))? {
            Ok(Some(TurnLock { _file: file }))
        } else {
            Ok(None)
        }
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
    #![allow(clippy::unwrap_used, clippy::expect_used)]
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

    fn desks_with_one() -> (tempfile::TempDir, Desks, DeskId) {
        let dir = tempfile::tempdir().unwrap();
        let desks = Desks::new(dir.path().join("desks"));
        let id = DeskId::mint();
        desks.create(&id).unwrap();
        (dir, desks, id)
    }

    #[test]
    fn the_sweep_keeps_files_being_written_and_removes_those_of_gone_processes() {
        let (_dir, desks, id) = desks_with_one();
        let tmp = desks.tmp_dir(&id);
        let mut live = InFlight::create(&tmp, "import", ".part", 0o600).unwrap();
        std::io::Write::write_all(live.file(), b"half of it").unwrap();
        // Left by a process that was killed: nobody holds a lock on it.
        let orphan = tmp.join("import-0123.part");
        fs::write(&orphan, b"leftover").unwrap();
        desks.sweep().unwrap();
        assert!(live.path().exists(), "a file another process is writing stays");
        assert!(!orphan.exists(), "a file whose process is gone is removed");
        let path = live.path().to_path_buf();
        drop(live);
        assert!(!path.exists(), "an in-flight file not kept is removed when dropped");
    }

    #[test]
    fn a_trashed_desk_is_swept_only_when_its_deletion_is_over() {
        let (_dir, desks, id) = desks_with_one();
        let lock = TurnLock::try_acquire(&desks.path(&id)).unwrap().expect("the lock is free");
        let trash = desks.to_trash(&id).unwrap().unwrap();
        desks.sweep().unwrap();
        assert!(trash.exists(), "a deletion in progress (it may still put the desk back) is left alone");
        drop(lock);
        desks.sweep().unwrap();
        assert!(!trash.exists(), "a trashed desk nobody works on is removed");
    }

    #[test]
    fn links_and_files_in_the_hidden_area_are_repaired_without_following_them() {
        let (dir, desks, id) = desks_with_one();
        let outside = dir.path().join("outside");
        fs::create_dir(&outside).unwrap();
        fs::write(outside.join("keep.txt"), "mine").unwrap();
        let desk = desks.path(&id);
        fs::remove_dir_all(desk.join(HIDDEN_DIR)).unwrap();
        std::os::unix::fs::symlink(&outside, desk.join(HIDDEN_DIR)).unwrap();
        let warnings = desks.sweep().unwrap();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("symbolic link"), "{warnings:?}");
        assert!(fs::symlink_metadata(desk.join(HIDDEN_DIR)).unwrap().is_dir());
        assert_eq!(fs::read_to_string(outside.join("keep.txt")).unwrap(), "mine");
        // A plain file where the temp folder belongs is kept aside, not deleted.
        fs::remove_dir(tmp_dir(&desk)).unwrap();
        fs::write(tmp_dir(&desk), "someone's notes").unwrap();
        let warnings = ensure_app_area(&desk).unwrap();
        assert!(warnings[0].contains("was not a folder"), "{warnings:?}");
        let aside: Vec<_> = fs::read_dir(desk.join(HIDDEN_DIR))
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("tmp.moved-"))
            .collect();
        assert_eq!(aside.len(), 1);
        assert_eq!(fs::read_to_string(aside[0].path()).unwrap(), "someone's notes");
        // A desk folder that is a link is refused, never used.
        let linked = DeskId::mint();
        std::os::unix::fs::symlink(&outside, desks.path(&linked)).unwrap();
        assert_eq!(desks.ensure(&linked).unwrap_err().code(), "desk_symlink");
    }

    #[test]
    fn one_turn_lock_per_conversation() {
        let (_dir, desks, id) = desks_with_one();
        let first = TurnLock::try_acquire(&desks.path(&id)).unwrap();
        assert!(first.is_some());
        assert!(TurnLock::try_acquire(&desks.path(&id)).unwrap().is_none(), "a second turn must wait");
        drop(first);
        assert!(TurnLock::try_acquire(&desks.path(&id)).unwrap().is_some(), "free again once the first ends");
    }
}
