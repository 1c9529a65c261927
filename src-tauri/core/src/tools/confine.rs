//! Confinement: turning a path a tool was given into a place inside the desk, or a refusal.
//!
//! Rules, in order: the path is relative (no leading `/` or `\`, no drive letter, no `~`); it is split on
//! `/` and every component must pass [`names::check_file_name`] (which refuses `..` in every spelling:
//! `..`, `..\`, `%2e%2e`, lookalike dots and slashes, as well as NUL, control characters and hidden
//! names such as `.desk`); `.` and empty components are skipped; the result is walked from the desk
//! component by component with `symlink_metadata`, refusing any symlink; finally the canonical parent
//! must still be inside the canonical desk. Files are opened with `O_NOFOLLOW` and re-checked with
//! `fstat`. This module does not decide what a tool may do with a path (write rules live in `files`).

use crate::error::{DeskError, Result};
use crate::names;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// Longest path a tool may name, in bytes.
pub const MAX_PATH_BYTES: usize = 1024;
/// Deepest folder nesting a tool may name.
pub const MAX_DEPTH: usize = 16;

/// A checked path inside the desk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confined {
    /// The normalised relative path with '/' separators ("" for the desk itself).
    pub rel: String,
    /// The absolute path (desk joined with the components).
    pub abs: PathBuf,
    pub components: Vec<String>,
}

/// Split and check a relative path without touching the disk.
pub fn parse_relative(raw: &str) -> Result<Vec<String>> {
    if raw.contains('\0') {
        return Err(DeskError::BadName {
            name: raw.escape_debug().to_string(),
            problem: crate::error::NameProblem::Nul,
        });
    }
    if raw.len() > MAX_PATH_BYTES {
        return Err(DeskError::BadName { name: shorten(raw), problem: crate::error::NameProblem::TooLong });
    }
    let trimmed = raw.trim();
    let b = trimmed.as_bytes();
    let drive = b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':';
    if trimmed.starts_with('/') || trimmed.starts_with('\\') || trimmed.starts_with('~') || drive {
        return Err(DeskError::PathAbsolute { path: shorten(raw) });
    }
    let mut out = Vec::new();
    for part in raw.split('/') {
        if part.is_empty() || part == "." {
            continue;
        }
        names::check_file_name(part)?;
        out.push(part.to_string());
    }
    if out.len() > MAX_DEPTH {
        return Err(DeskError::BadToolInput {
            tool: "path".into(),
            message: format!("{} is nested more than {MAX_DEPTH} folders deep", shorten(raw)),
        });
    }
    Ok(out)
}

fn shorten(s: &str) -> String {
    let mut t: String = s.chars().take(120).collect();
    if t.len() < s.len() {
        t.push('…');
    }
    t
}

/// What the last component must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    /// An existing regular file.
    File,
    /// An existing folder (or the desk itself).
    Folder,
    /// A file that may or may not exist yet; missing parent folders are created.
    NewFile,
}

/// Resolve `raw` inside the desk `desk` (which must be canonical) for the given purpose.
pub fn resolve(desk: &Path, raw: &str, want: Want) -> Result<Confined> {
    let components = parse_relative(raw)?;
    let rel = components.join("/");
    if components.is_empty() && want != Want::Folder {
        return Err(DeskError::BadToolInput { tool: "path".into(), message: "a file path is required".into() });
    }
    let mut cur = desk.to_path_buf();
    let last = components.len();
    for (i, c) in components.iter().enumerate() {
        cur.push(c);
        let shown = components[..=i].join("/");
        let is_last = i + 1 == last;
        match fs::symlink_metadata(&cur) {
            Ok(m) if m.file_type().is_symlink() => return Err(DeskError::PathSymlink { path: shown }),
            Ok(m) if !is_last => {
                if !m.is_dir() {
                    return Err(DeskError::NotAFolder { path: shown });
                }
            }
            Ok(m) => match want {
                Want::File | Want::NewFile if m.is_dir() => return Err(DeskError::NotAFile { path: shown }),
                Want::File | Want::NewFile if !m.is_file() => return Err(DeskError::NotAFile { path: shown }),
                Want::Folder if !m.is_dir() => return Err(DeskError::NotAFolder { path: shown }),
                _ => {}
            },
            Err(e) if e.kind() == io::ErrorKind::NotFound => match want {
                Want::NewFile if !is_last => {
                    // Create the missing folder; create_dir does not follow a link at `cur`.
                    match fs::create_dir(&cur) {
                        Ok(()) => {}
                        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                            let m = fs::symlink_metadata(&cur).map_err(|e| DeskError::io_at(&cur, e))?;
                            if m.file_type().is_symlink() {
                                return Err(DeskError::PathSymlink { path: shown });
                            }
                            if !m.is_dir() {
                                return Err(DeskError::NotAFolder { path: shown });
                            }
                        }
                        Err(e) => return Err(DeskError::io_at(&cur, e)),
                    }
                }
                Want::NewFile => {}
                _ => return Err(DeskError::PathNotFound { path: shown }),
            },
            Err(e) => return Err(DeskError::io_at(&cur, e)),
        }
    }
    // Re-check containment after resolution: the canonical parent must be the desk or below it.
    let parent =
        if components.is_empty() { cur.clone() } else { cur.parent().map(Path::to_path_buf).unwrap_or_default() };
    let canon = fs::canonicalize(&parent).map_err(|e| DeskError::io_at(&parent, e))?;
    if !canon.starts_with(desk) {
        return Err(DeskError::OutsideDesk { path: rel });
    }
    Ok(Confined { rel, abs: cur, components })
}

/// Open a confined regular file for reading without following a link swapped in after the walk, and
/// check that what was opened is a regular file.
pub fn open_read(c: &Confined) -> Result<(File, fs::Metadata)> {
    let before = fs::symlink_metadata(&c.abs).map_err(|e| DeskError::io_at(&c.abs, e))?;
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(&c.abs)
        .map_err(|e| {
            if e.raw_os_error() == Some(libc::ELOOP) {
                DeskError::PathSymlink { path: c.rel.clone() }
            } else {
                DeskError::io(c.rel.clone(), e)
            }
        })?;
    let meta = file.metadata().map_err(|e| DeskError::io(c.rel.clone(), e))?;
    if !meta.is_file() || meta.dev() != before.dev() || meta.ino() != before.ino() {
        return Err(DeskError::NotAFile { path: c.rel.clone() });
    }
    Ok((file, meta))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn relative_paths_normalise() {
        assert_eq!(parse_relative("./a//b/").unwrap(), vec!["a", "b"]);
        assert_eq!(parse_relative("").unwrap(), Vec::<String>::new());
        assert_eq!(parse_relative("charts/rev enue.png").unwrap(), vec!["charts", "rev enue.png"]);
    }

    #[test]
    fn hostile_spellings_are_refused_before_any_disk_access() {
        for p in [
            "/etc",
            "..",
            "a/../b",
            "..\\x",
            "%2e%2e/x",
            "a/%2e%2e",
            "\u{2025}/x",
            ".desk/x",
            "a/.git",
            "C:x",
            "~/x",
            "a\0b",
        ] {
            assert!(parse_relative(p).is_err(), "{p:?} must be refused");
        }
    }
}
