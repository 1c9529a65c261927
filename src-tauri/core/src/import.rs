//! Safe import: files in from the outside world (a native path, as drag-and-drop and file dialogs give,
//! or bytes with a name) into a desk.
//!
//! Guarantees: the stored name is a plain, checked file name (refused with a reason otherwise, never
//! rewritten); the source is a regular file (symlinks, folders, FIFOs, sockets and devices are refused
//! from `lstat` alone, and what is opened is re-checked by `fstat` against what was inspected); the size
//! cap holds before and during the copy; bytes go to a hidden temp file inside the desk (copied inside the
//! kernel where it can, then read back for the SHA-256, so the hash is of the copy), are fsynced,
//! made read-only and then linked under the final name without ever overwriting (`sales (2).csv`), so a
//! crash or kill leaves no visible partial file. The temp file is locked by this process while it lives
//! ([`crate::desk::InFlight`]), so another process's start-up sweep never removes it; the hidden folders
//! are checked first and never followed if they are links. A full disk is reported as `disk_full` with
//! the file the person gave, the space free and the space needed. Recording the import in history is
//! the caller's job.

use crate::error::{DeskError, Result};
use crate::names::{self, MAX_NAME_BYTES};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

/// The default import size cap: 2 GiB.
pub const DEFAULT_MAX_BYTES: u64 = 2 * 1024 * 1024 * 1024;

#[derive(Debug, Clone, Copy)]
pub struct ImportLimits {
    pub max_bytes: u64,
}

impl Default for ImportLimits {
    fn default() -> Self {
        ImportLimits { max_bytes: DEFAULT_MAX_BYTES }
    }
}

/// What one successful import produced.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Imported {
    pub stored_as: String,
    pub bytes: u64,
    pub sha256: String,
}

/// Progress of one file: bytes copied so far and the expected total.
pub type Progress<'a> = &'a mut dyn FnMut(u64, u64);

fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// Inspect a source path without opening it: it must be a regular file (not a link to one).
fn inspect_source(src: &Path) -> Result<fs::Metadata> {
    let path = shown(src);
    let meta = match fs::symlink_metadata(src) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(DeskError::SourceNotFound { path }),
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => return Err(DeskError::SourcePermission { path }),
        Err(e) => return Err(DeskError::io(path, e)),
    };
    let ft = meta.file_type();
    if ft.is_symlink() {
        return Err(DeskError::SourceSymlink { path });
    }
    if ft.is_dir() {
        return Err(DeskError::SourceDirectory { path });
    }
    if ft.is_fifo() {
        return Err(DeskError::SourceFifo { path });
    }
    if ft.is_socket() {
        return Err(DeskError::SourceSocket { path });
    }
    if ft.is_block_device() || ft.is_char_device() {
        return Err(DeskError::SourceDevice { path });
    }
    if !ft.is_file() {
        return Err(DeskError::SourceNotRegular { path });
    }
    Ok(meta)
}

/// Import the file at `src` into the desk at `desk`, using `tmp` (a hidden folder inside the desk, on
/// the same file system) for the in-flight copy.
pub fn import_path(
    desk: &Path,
    tmp: &Path,
    src: &Path,
    limits: ImportLimits,
    progress: Progress<'_>,
) -> Result<Imported> {
    let name = names::name_of_path(src)?;
    let meta = inspect_source(src)?;
    if meta.len() > limits.max_bytes {
        return Err(DeskError::TooLarge { name, size: meta.len(), limit: limits.max_bytes });
    }
    // O_NOFOLLOW: a symlink swapped in after lstat fails to open. O_NONBLOCK: a FIFO swapped in cannot
    // block the open. Then fstat must show the very file lstat saw.
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(src)
        .map_err(|e| match e.kind() {
            io::ErrorKind::PermissionDenied => DeskError::SourcePermission { path: shown(src) },
            io::ErrorKind::NotFound => DeskError::SourceChanged { path: shown(src) },
            _ if e.raw_os_error() == Some(libc::ELOOP) => DeskError::SourceSymlink { path: shown(src) },
            _ => DeskError::io(shown(src), e),
        })?;
    let opened = file.metadata().map_err(|e| DeskError::io(shown(src), e))?;
    if !opened.file_type().is_file() || opened.dev() != meta.dev() || opened.ino() != meta.ino() {
        return Err(DeskError::SourceChanged { path: shown(src) });
    }
    if on_pseudo_fs(&file) {
        return Err(DeskError::SourcePseudoFile { path: shown(src) });
    }
    // A full disk is reported with the space free once the partial copy is gone.
    copy_in(desk, tmp, &name, &shown(src), Source::File(file, true), opened.len(), limits, progress)
        .map_err(DeskError::with_current_free_space)
}

/// Where the bytes of an import come from.
enum Source<'a> {
    /// A regular file; `in_kernel` while its bytes may still be copied with `copy_file_range`.
    File(File, bool),
    Bytes(&'a [u8]),
}

/// Why a step of the copy failed.
enum CopyError {
    Read(io::Error),
    Write(io::Error),
}

impl Source<'_> {
    /// Copy the next bytes (at most `buf.len()`) to the end of `out` (at offset `at`), leaving them in
    /// `buf`; how many (0 at the end). A file is copied inside the kernel where it can be (much cheaper than
    /// reading and writing it: no copy into this process on the way in), its bytes then read back from the
    /// copy for the hash, so the hash is always of what was written.
    fn copy_next(&mut self, out: &File, at: u64, buf: &mut [u8]) -> std::result::Result<usize, CopyError> {
        use std::os::fd::AsRawFd;
        use std::os::unix::fs::FileExt;
        match self {
            Source::File(file, in_kernel) if *in_kernel => {
                // SAFETY: both descriptors are open for the call; NULL offsets use (and advance) the files'
                // own positions, which only this loop moves.
                let n = unsafe {
                    libc::copy_file_range(
                        file.as_raw_fd(),
                        std::ptr::null_mut(),
                        out.as_raw_fd(),
                        std::ptr::null_mut(),
                        buf.len(),
                        0,
                    )
                };
                if n < 0 {
                    let e = io::Error::last_os_error();
                    // Not possible between these files (other file systems, kernels without it): the
                    // ordinary copy from here on (the positions are where the copy stopped).
                    let unsupported = [libc::EXDEV, libc::EINVAL, libc::ENOSYS, libc::EOPNOTSUPP, libc::EPERM];
                    if e.raw_os_error().is_some_and(|c| unsupported.contains(&c)) {
                        *in_kernel = false;
                        return self.copy_next(out, at, buf);
                    }
                    if e.kind() == io::ErrorKind::Interrupted {
                        return self.copy_next(out, at, buf);
                    }
                    return Err(CopyError::Write(e));
                }
                let n = n as usize;
                if n == 0 && at == 0 {
                    // Some files say nothing to copy_file_range: read them the ordinary way.
                    *in_kernel = false;
                    return self.copy_next(out, at, buf);
                }
                out.read_exact_at(&mut buf[..n], at).map_err(CopyError::Write)?;
                Ok(n)
            }
            Source::File(file, _) => Self::read_write(file, out, buf),
            Source::Bytes(bytes) => Self::read_write(bytes, out, buf),
        }
    }

    fn read_write(mut from: impl Read, mut out: &File, buf: &mut [u8]) -> std::result::Result<usize, CopyError> {
        let n = loop {
            match from.read(buf) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(CopyError::Read(e)),
            }
        };
        out.write_all(&buf[..n]).map_err(CopyError::Write)?;
        Ok(n)
    }
}

/// Files of /proc, /sys and friends look regular but are windows into the running system (their size
/// says 0 and reading them can reveal secrets such as a process's environment): never data to import.
fn on_pseudo_fs(file: &File) -> bool {
    use std::os::fd::AsRawFd;
    const PSEUDO: &[i64] = &[
        0x9fa0,      // PROC_SUPER_MAGIC
        0x6265_6572, // SYSFS_MAGIC
        0x6462_6720, // DEBUGFS_MAGIC
        0x7472_6163, // TRACEFS_MAGIC
        0x0027_e0eb, // CGROUP_SUPER_MAGIC
        0x6367_7270, // CGROUP2_SUPER_MAGIC
        0x7363_6673, // SECURITYFS_MAGIC
        0x6e73_6673, // NSFS_MAGIC
        0xcafe_4a11, // BPF_FS_MAGIC
        0x6573_5546, // FUSECTL_SUPER_MAGIC
    ];
    // SAFETY: fstatfs writes into the zeroed struct we own; the fd is valid for the call.
    let mut st: libc::statfs = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::fstatfs(file.as_raw_fd(), &mut st) };
    r == 0 && PSEUDO.contains(&(st.f_type as i64))
}

/// Import `bytes` under `name` into the desk.
pub fn import_bytes(desk: &Path, tmp: &Path, name: &str, bytes: &[u8], limits: ImportLimits) -> Result<Imported> {
    names::check_file_name(name)?;
    let size = bytes.len() as u64;
    if size > limits.max_bytes {
        return Err(DeskError::TooLarge { name: name.to_string(), size, limit: limits.max_bytes });
    }
    copy_in(desk, tmp, name, name, Source::Bytes(bytes), size, limits, &mut |_, _| {})
        .map_err(DeskError::with_current_free_space)
}

/// An error while writing the copy: a full disk names the person's file and the space needed, anything
/// else the temp file.
fn write_error(e: io::Error, tmp_path: &Path, given: &str, desk: &Path, needed: u64) -> DeskError {
    if crate::error::is_disk_full(&e) {
        DeskError::disk_full(format!("importing {given}"), needed, desk)
    } else {
        DeskError::io(format!("importing {given} (writing {})", tmp_path.display()), e)
    }
}

#[allow(clippy::too_many_arguments)]
fn copy_in(
    desk: &Path,
    tmp: &Path,
    name: &str,
    given: &str,
    mut source: Source<'_>,
    expected: u64,
    limits: ImportLimits,
    progress: Progress<'_>,
) -> Result<Imported> {
    // The hidden folders must be real folders of ours (a planted link is removed, never followed).
    crate::desk::ensure_app_area(desk)?;
    let mut part = crate::desk::InFlight::create(tmp, "import", ".part", 0o600)?;
    let tmp_path = part.path().to_path_buf();

    // The hash is taken on a second thread while the next bytes are copied (on a large file the two cost
    // about the same: together they take the time of one). Buffers go round between the two.
    let (hash, done) = std::thread::scope(|scope| -> Result<(String, u64)> {
        let (to_hash, filled) = std::sync::mpsc::sync_channel::<(Vec<u8>, usize)>(2);
        let (give_back, free) = std::sync::mpsc::channel::<Vec<u8>>();
        for _ in 0..3 {
            let _ = give_back.send(vec![0u8; 1 << 20]);
        }
        let hashing = scope.spawn(move || {
            let mut hasher = Sha256::new();
            for (buf, n) in filled {
                hasher.update(&buf[..n]);
                let _ = give_back.send(buf);
            }
            hex(&hasher.finalize())
        });
        let stopped = || DeskError::io(format!("hashing {name}"), io::Error::other("the hashing thread stopped"));
        let mut done: u64 = 0;
        progress(0, expected);
        let copied = loop {
            let Ok(mut buf) = free.recv() else { break Err(stopped()) };
            let n = match source.copy_next(part.file(), done, &mut buf) {
                Ok(0) => break Ok(()),
                Ok(n) => n,
                Err(CopyError::Read(e)) => break Err(DeskError::io(format!("reading {name}"), e)),
                Err(CopyError::Write(e)) => break Err(write_error(e, &tmp_path, given, desk, expected.max(done))),
            };
            done += n as u64;
            if done > limits.max_bytes {
                break Err(DeskError::TooLarge { name: name.to_string(), size: done, limit: limits.max_bytes });
            }
            if to_hash.send((buf, n)).is_err() {
                break Err(stopped());
            }
            progress(done, expected.max(done));
        };
        drop(to_hash);
        let hash = hashing.join().map_err(|_| stopped())?;
        copied.map(|()| (hash, done))
    })?;
    let out = part.file();
    out.sync_all().map_err(|e| write_error(e, &tmp_path, given, desk, done))?;
    out.set_permissions(fs::Permissions::from_mode(0o444)).map_err(|e| DeskError::io_at(&tmp_path, e))?;

    let stored_as = link_unique(desk, &tmp_path, name)?;
    // The final name now holds the complete file; the temp name goes away (on errors, dropping `part`
    // removes it).
    fs::remove_file(&tmp_path).map_err(|e| DeskError::io_at(&tmp_path, e))?;
    part.keep();
    sync_dir(desk);
    Ok(Imported { stored_as, bytes: done, sha256: hash })
}

/// Give the complete temp file its final name without overwriting anything: `name`, then `stem (2).ext`,
/// ... Names that differ only in case count as taken (they collide on macOS and Windows).
/// `link` fails if the target exists, so a concurrent writer cannot be overwritten either.
pub(crate) fn link_unique(desk: &Path, tmp_path: &Path, name: &str) -> Result<String> {
    let taken: HashSet<String> = fs::read_dir(desk)
        .map_err(|e| DeskError::io_at(desk, e))?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_lowercase())
        .collect();
    for n in 1..=100_000u32 {
        let candidate = names::candidate(name, n);
        if candidate.len() > MAX_NAME_BYTES {
            return Err(DeskError::BadName { name: candidate, problem: crate::error::NameProblem::TooLong });
        }
        if taken.contains(&candidate.to_lowercase()) {
            continue;
        }
        match fs::hard_link(tmp_path, desk.join(&candidate)) {
            Ok(()) => return Ok(candidate),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(DeskError::io_at(&desk.join(&candidate), e)),
        }
    }
    Err(DeskError::io(name.to_string(), io::Error::other("too many files with this name")))
}

pub(crate) fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    /// Bytes that are not one repeated block, a little over three copy buffers long.
    fn content() -> Vec<u8> {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        (0..(3 << 20) + 12_345)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect()
    }

    /// Import `src` into a new desk under `under`: the receipt and the stored bytes.
    fn imported(under: &Path, src: &Path) -> (Imported, Vec<u8>) {
        let desk = under.join("desk");
        fs::create_dir_all(&desk).unwrap();
        let tmp = crate::desk::tmp_dir(&desk);
        fs::create_dir_all(&tmp).unwrap();
        let mut seen = 0;
        let got = import_path(&desk, &tmp, src, ImportLimits::default(), &mut |done, _| seen = done).unwrap();
        assert_eq!(seen, got.bytes, "progress reaches the end");
        let stored = fs::read(desk.join(&got.stored_as)).unwrap();
        (got, stored)
    }

    #[test]
    fn a_file_is_copied_whole_with_the_hash_of_its_bytes_in_the_kernel_or_not() {
        let bytes = content();
        let want = hex(&Sha256::digest(&bytes));
        let here = tempfile::tempdir().unwrap();
        // On the desk's file system (copied inside the kernel), and from another one when there is one
        // (/dev/shm: the ordinary copy where the kernel refuses).
        let mut sources = vec![tempfile::tempdir_in(here.path()).unwrap()];
        if let Ok(shm) = tempfile::tempdir_in("/dev/shm") {
            sources.push(shm);
        }
        for dir in &sources {
            let src = dir.path().join("data.csv");
            fs::write(&src, &bytes).unwrap();
            let (got, stored) = imported(here.path(), &src);
            assert_eq!(got.bytes, bytes.len() as u64);
            assert_eq!(got.sha256, want, "the receipt's hash is the file's ({})", dir.path().display());
            assert!(stored == bytes, "the stored copy is the file ({})", dir.path().display());
            fs::remove_dir_all(here.path().join("desk")).unwrap();
        }
        // Bytes given directly take the ordinary copy.
        let desk = here.path().join("desk");
        fs::create_dir_all(&desk).unwrap();
        let tmp = crate::desk::tmp_dir(&desk);
        fs::create_dir_all(&tmp).unwrap();
        let got = import_bytes(&desk, &tmp, "given.csv", &bytes, ImportLimits::default()).unwrap();
        assert_eq!(got.sha256, want);
        assert!(fs::read(desk.join("given.csv")).unwrap() == bytes);
    }
}
