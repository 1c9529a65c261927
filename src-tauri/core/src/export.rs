//! Export a desk as a zip: every visible regular file, with paths relative to the desk.
//!
//! A desk folder that is itself a link is refused (`desk_symlink`). Symlinks inside are skipped (never
//! followed), hidden entries (the app's `.desk/` area, temp files) are left
//! out, and every path is re-checked before it is read: only plain components, still inside the desk
//! once resolved, opened with O_NOFOLLOW and confirmed a regular file by fstat. The zip is written to a
//! temp file beside the target and renamed into place, so a failed export leaves nothing half-written.
//! An entry whose name cannot be a zip entry (not UTF-8, a backslash) is left out and reported in
//! `skipped`; the rest of the desk is exported.

use crate::error::{DeskError, NameProblem, Result};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Component, Path};
use zip::write::SimpleFileOptions;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ExportSummary {
    pub path: String,
    pub files: usize,
    pub bytes: u64,
    pub skipped_symlinks: usize,
    /// Entries left out because of their names, with the reason (the rest was exported).
    pub skipped: Vec<SkippedEntry>,
}

/// One entry an export left out.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SkippedEntry {
    /// Its path relative to the desk (non-UTF-8 bytes shown as U+FFFD).
    pub path: String,
    pub code: String,
    pub message: String,
}

pub fn export_zip(desk: &Path, out: &Path) -> Result<ExportSummary> {
    // The desk folder itself must be a folder, not a link to one: nothing behind a link is exported.
    match fs::symlink_metadata(desk) {
        Ok(m) if m.file_type().is_symlink() || !m.is_dir() => {
            return Err(DeskError::DeskSymlink { path: desk.display().to_string() })
        }
        Ok(_) => {}
        Err(e) => return Err(DeskError::io_at(desk, e)),
    }
    let desk_real = fs::canonicalize(desk).map_err(|e| DeskError::io_at(desk, e))?;
    let out_parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::env::current_dir().map_err(|e| DeskError::io("current directory", e))?,
    };
    let parent_real = fs::canonicalize(&out_parent).map_err(|e| DeskError::io_at(&out_parent, e))?;
    if parent_real.starts_with(&desk_real) {
        return Err(DeskError::ExportInsideDesk { path: out.display().to_string() });
    }
    let Some(out_name) = out.file_name() else {
        return Err(DeskError::Usage(format!("{} is not a file path", out.display())));
    };
    let tmp = parent_real.join(format!(".{}.{}.part", out_name.to_string_lossy(), uuid::Uuid::new_v4().simple()));
    let result = write_zip(&desk_real, &tmp, out);
    match result {
        Ok(summary) => {
            fs::rename(&tmp, parent_real.join(out_name)).map_err(|e| {
                let _ = fs::remove_file(&tmp);
                DeskError::io_at(out, e)
            })?;
            Ok(summary)
        }
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(e)
        }
    }
}

fn write_zip(desk: &Path, tmp: &Path, shown_out: &Path) -> Result<ExportSummary> {
    let file = OpenOptions::new().write(true).create_new(true).open(tmp).map_err(|e| DeskError::io_at(tmp, e))?;
    let mut zip = zip::ZipWriter::new(file);
    let opts =
        SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).unix_permissions(0o644);
    let mut summary = ExportSummary {
        path: shown_out.display().to_string(),
        files: 0,
        bytes: 0,
        skipped_symlinks: 0,
        skipped: Vec::new(),
    };
    let walker = walkdir::WalkDir::new(desk).follow_links(false).sort_by_file_name().into_iter();
    let walker = walker.filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = entry.map_err(|e| DeskError::io("walking the desk", io::Error::other(e.to_string())))?;
        let ft = entry.file_type();
        if ft.is_symlink() {
            summary.skipped_symlinks += 1;
            continue;
        }
        if !ft.is_file() {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(desk)
            .map_err(|_| DeskError::OutsideDesk { path: entry.path().display().to_string() })?;
        let name = match checked_zip_name(rel) {
            Ok(name) => name,
            Err(problem) => {
                summary.skipped.push(SkippedEntry {
                    path: rel.to_string_lossy().into_owned(),
                    code: problem.code().to_string(),
                    message: format!("left out of the zip: {}", problem.explain()),
                });
                continue;
            }
        };
        // Re-check at read time: the folder chain must still resolve inside the desk, and the file must
        // still be a regular file (not swapped for a link since the walk saw it).
        let parent = entry.path().parent().unwrap_or(desk);
        let parent_real = fs::canonicalize(parent).map_err(|e| DeskError::io_at(parent, e))?;
        if !parent_real.starts_with(desk) {
            return Err(DeskError::OutsideDesk { path: entry.path().display().to_string() });
        }
        let mut f =
            match OpenOptions::new().read(true).custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK).open(entry.path()) {
                Ok(f) => f,
                Err(e) if e.raw_os_error() == Some(libc::ELOOP) => {
                    summary.skipped_symlinks += 1;
                    continue;
                }
                Err(e) => return Err(DeskError::io_at(entry.path(), e)),
            };
        let meta = f.metadata().map_err(|e| DeskError::io_at(entry.path(), e))?;
        if !meta.is_file() {
            continue;
        }
        zip.start_file(name, opts)?;
        let n = io::copy(&mut f, &mut zip).map_err(|e| DeskError::io_at(entry.path(), e))?;
        summary.files += 1;
        summary.bytes += n;
    }
    let mut file: File = zip.finish()?;
    file.flush().map_err(|e| DeskError::io_at(tmp, e))?;
    file.sync_all().map_err(|e| DeskError::io_at(tmp, e))?;
    Ok(summary)
}

/// A zip entry name from a relative path: plain UTF-8 components joined by '/', or what is wrong.
fn checked_zip_name(rel: &Path) -> std::result::Result<String, NameProblem> {
    let mut parts = Vec::new();
    for c in rel.components() {
        match c {
            Component::Normal(s) => {
                let s = s.to_str().ok_or(NameProblem::NotUtf8)?;
                if s.is_empty() {
                    return Err(NameProblem::Empty);
                }
                if s.contains('\\') {
                    return Err(NameProblem::Separator);
                }
                if s.starts_with('.') {
                    return Err(NameProblem::Hidden);
                }
                parts.push(s);
            }
            _ => return Err(NameProblem::DotName),
        }
    }
    if parts.is_empty() {
        Err(NameProblem::Empty)
    } else {
        Ok(parts.join("/"))
    }
}
