//! The file tools: `list_files`, `read_file` (bounded by bytes and lines, text only) and `write_file`
//! (text outputs written atomically, never over an input, never hidden, never outside the desk), plus
//! the atomic write the chart tool shares.
//!
//! Every path goes through [`confine`]. This module does not render charts or run SQL.

use super::confine::{self, Want};
use crate::error::{DeskError, Result};
use crate::snapshot::ArtifactKind;
use serde::Serialize;
use std::collections::HashSet;
use std::fs;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// Extensions `write_file` may produce.
pub const WRITABLE_EXTENSIONS: &[&str] = &["md", "csv", "txt", "json", "html"];
/// Largest file `write_file` writes.
pub const MAX_WRITE_BYTES: usize = 5 * 1024 * 1024;
/// Defaults and ceilings of `read_file`.
pub const DEFAULT_READ_BYTES: usize = 64 * 1024;
pub const MAX_READ_BYTES: usize = 1024 * 1024;
pub const DEFAULT_READ_LINES: usize = 400;
pub const MAX_READ_LINES: usize = 5000;
/// How many entries `list_files` reports at most.
pub const MAX_LIST_ENTRIES: usize = 2000;

/// One file as `list_files` reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListedFile {
    pub path: String,
    pub kind: ArtifactKind,
    pub size: u64,
    /// `input` for the user's imported files, `output` for everything else.
    pub role: &'static str,
}

/// Every visible regular file under `sub` (a folder inside the desk), sorted; hidden entries and
/// symlinks skipped. Returns the files and whether the listing was cut at [`MAX_LIST_ENTRIES`].
pub fn list_files(desk: &Path, sub: &str, inputs: &HashSet<String>) -> Result<(Vec<ListedFile>, bool)> {
    let root = confine::resolve(desk, sub, Want::Folder)?;
    let mut out = Vec::new();
    let mut cut = false;
    let mut stack = vec![(root.abs.clone(), root.rel.clone(), 0usize)];
    while let Some((dir, prefix, depth)) = stack.pop() {
        let Ok(rd) = fs::read_dir(&dir) else { continue };
        for entry in rd.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            if name.starts_with('.') {
                continue;
            }
            let Ok(meta) = entry.metadata() else { continue };
            let rel = if prefix.is_empty() { name.to_string() } else { format!("{prefix}/{name}") };
            let ft = meta.file_type();
            if ft.is_dir() && depth < confine::MAX_DEPTH {
                stack.push((entry.path(), rel, depth + 1));
            } else if ft.is_file() {
                if out.len() >= MAX_LIST_ENTRIES {
                    cut = true;
                    continue;
                }
                let role = if inputs.contains(&rel) { "input" } else { "output" };
                out.push(ListedFile { kind: ArtifactKind::of(&rel), size: meta.len(), path: rel, role });
            }
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((out, cut))
}

/// What `read_file` returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileText {
    pub path: String,
    pub text: String,
    /// 1-based number of the first line returned.
    pub start_line: usize,
    pub lines: usize,
    pub file_bytes: u64,
    /// Set when more of the file exists beyond what was returned.
    pub truncated: bool,
}

/// Read at most `max_lines` lines and `max_bytes` bytes of a text file, starting at line `start_line`
/// (1-based). Binary files (a NUL byte, or mostly non-text bytes, in the first 8 KiB) are refused.
pub fn read_file(desk: &Path, raw: &str, start_line: usize, max_lines: usize, max_bytes: usize) -> Result<FileText> {
    let c = confine::resolve(desk, raw, Want::File)?;
    let (file, meta) = confine::open_read(&c)?;
    let mut reader = BufReader::with_capacity(64 * 1024, file);
    {
        let head = reader.fill_buf().map_err(|e| DeskError::io(c.rel.clone(), e))?;
        let sample = &head[..head.len().min(8192)];
        if looks_binary(sample) {
            return Err(DeskError::BinaryFile { path: c.rel });
        }
    }
    let start_line = start_line.max(1);
    let max_lines = max_lines.clamp(1, MAX_READ_LINES);
    let max_bytes = max_bytes.clamp(1, MAX_READ_BYTES);
    let mut line_no = 0usize;
    let mut text: Vec<u8> = Vec::new();
    let mut lines = 0usize;
    let mut truncated = false;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        // A single line is read with a bound too, so a huge one-line file stays bounded.
        let n = (&mut reader)
            .take((max_bytes + 1) as u64)
            .read_until(b'\n', &mut buf)
            .map_err(|e| DeskError::io(c.rel.clone(), e))?;
        if n == 0 {
            break;
        }
        let complete = buf.ends_with(b"\n");
        line_no += 1;
        if line_no < start_line {
            if !complete {
                // Skip the rest of an overlong line.
                skip_line(&mut reader).map_err(|e| DeskError::io(c.rel.clone(), e))?;
            }
            continue;
        }
        if lines >= max_lines {
            truncated = true;
            break;
        }
        let room = max_bytes.saturating_sub(text.len());
        if room == 0 {
            truncated = true;
            break;
        }
        if buf.len() > room {
            text.extend_from_slice(&buf[..room]);
            lines += 1;
            truncated = true;
            break;
        }
        text.extend_from_slice(&buf);
        lines += 1;
        if !complete && n > max_bytes {
            truncated = true;
            break;
        }
    }
    let text = String::from_utf8_lossy(&text).into_owned();
    Ok(FileText { path: c.rel, text, start_line, lines, file_bytes: meta.len(), truncated })
}

fn skip_line(reader: &mut impl BufRead) -> io::Result<()> {
    loop {
        let (done, used) = {
            let buf = reader.fill_buf()?;
            if buf.is_empty() {
                return Ok(());
            }
            match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (true, i + 1),
                None => (false, buf.len()),
            }
        };
        reader.consume(used);
        if done {
            return Ok(());
        }
    }
}

/// A NUL byte, or more than 10% bytes that are neither text nor UTF-8 continuation, means binary.
pub fn looks_binary(sample: &[u8]) -> bool {
    if sample.contains(&0) {
        return true;
    }
    let odd = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b)).count();
    odd * 10 > sample.len()
}

/// Check, without changing anything on disk, that `raw` may be written by the analyst: a confined
/// relative path with an allowed extension, not an input (compared case-insensitively), and no link,
/// file-as-folder or folder-as-file on the way.
pub fn check_output_path(desk: &Path, raw: &str, allowed: &[&str], inputs: &HashSet<String>) -> Result<()> {
    let components = confine::parse_relative(raw)?;
    let rel = components.join("/");
    let Some(last) = components.last() else {
        return Err(DeskError::BadToolInput { tool: "path".into(), message: "a file name is required".into() });
    };
    let ext = last.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    if !allowed.contains(&ext.as_str()) {
        return Err(DeskError::ExtensionNotAllowed { path: rel, allowed: allowed.join(", ") });
    }
    let lower = rel.to_lowercase();
    if inputs.iter().any(|i| i.to_lowercase() == lower) {
        return Err(DeskError::InputProtected { name: rel });
    }
    // Refuse before creating any folder if an existing prefix is a link or a file.
    let mut cur = desk.to_path_buf();
    for (i, c) in components.iter().enumerate() {
        cur.push(c);
        match fs::symlink_metadata(&cur) {
            Ok(m) if m.file_type().is_symlink() => {
                return Err(DeskError::PathSymlink { path: components[..=i].join("/") })
            }
            Ok(m) if i + 1 < components.len() && !m.is_dir() => {
                return Err(DeskError::NotAFolder { path: components[..=i].join("/") })
            }
            Ok(m) if i + 1 == components.len() && !m.is_file() => {
                return Err(DeskError::NotAFile { path: components[..=i].join("/") })
            }
            Ok(_) => {}
            Err(_) => break,
        }
    }
    Ok(())
}

/// [`check_output_path`], then resolve the target; missing folders are created only when every other
/// check has passed, and the result is checked for containment again.
pub fn check_output(desk: &Path, raw: &str, allowed: &[&str], inputs: &HashSet<String>) -> Result<confine::Confined> {
    check_output_path(desk, raw, allowed, inputs)?;
    confine::resolve(desk, raw, Want::NewFile)
}

/// The desk's hidden temp folder for in-flight writes.
pub fn tmp_dir(desk: &Path) -> PathBuf {
    crate::desk::tmp_dir(desk)
}

/// Write `bytes` to the confined target atomically: a hidden temp file in `<desk>/.desk/tmp/` (locked
/// by this process while it lives, so no other process's sweep removes it), fsync, then rename over the
/// target (a rename never follows a link at the target). The hidden folders are checked first: a link
/// there is removed, never written through.
pub fn write_atomic(desk: &Path, target: &confine::Confined, bytes: &[u8]) -> Result<()> {
    crate::desk::ensure_app_area(desk)?;
    let tmp = tmp_dir(desk);
    let mut part = crate::desk::InFlight::create(&tmp, "write", ".part", 0o644)?;
    let tmp_path = part.path().to_path_buf();
    let f = part.file();
    f.write_all(bytes).map_err(|e| DeskError::io_at(&tmp_path, e))?;
    f.sync_all().map_err(|e| DeskError::io_at(&tmp_path, e))?;
    f.set_permissions(fs::Permissions::from_mode(0o644)).map_err(|e| DeskError::io_at(&tmp_path, e))?;
    // The parent must still be a real folder inside the desk right before the rename.
    let parent = target.abs.parent().unwrap_or(desk);
    let canon = fs::canonicalize(parent).map_err(|e| DeskError::io_at(parent, e))?;
    if !canon.starts_with(desk) {
        return Err(DeskError::OutsideDesk { path: target.rel.clone() });
    }
    fs::rename(&tmp_path, &target.abs).map_err(|e| DeskError::io_at(&target.abs, e))?;
    part.keep();
    crate::import::sync_dir(parent);
    Ok(())
}

/// What `write_file` did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Written {
    pub path: String,
    pub bytes: u64,
    pub kind: ArtifactKind,
    /// True when an earlier output of the same name was replaced.
    pub replaced: bool,
}

/// Write a text output.
pub fn write_file(desk: &Path, raw: &str, content: &str, inputs: &HashSet<String>) -> Result<Written> {
    if content.len() > MAX_WRITE_BYTES {
        return Err(DeskError::TooLarge {
            name: raw.chars().take(120).collect(),
            size: content.len() as u64,
            limit: MAX_WRITE_BYTES as u64,
        });
    }
    let target = check_output(desk, raw, WRITABLE_EXTENSIONS, inputs)?;
    let replaced = fs::symlink_metadata(&target.abs).is_ok();
    write_atomic(desk, &target, content.as_bytes())?;
    Ok(Written { kind: ArtifactKind::of(&target.rel), path: target.rel, bytes: content.len() as u64, replaced })
}
