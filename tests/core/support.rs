//! Shared helpers: temp data dirs, whole-tree walks with hashes, the vendored test data, the `desk` binary.

use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The real public test data vendored in the repository (tests/data, provenance and licences in its README).
pub fn test_data() -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data");
    assert!(p.is_dir(), "test data expected at {}", p.display());
    p
}

pub fn sha256_file(p: &Path) -> String {
    let bytes = std::fs::read(p).unwrap();
    hex(&Sha256::digest(&bytes))
}

pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// What a tree holds: every entry (not following symlinks) with its kind and, for files, size and hash.
pub fn walk(root: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for e in walkdir::WalkDir::new(root).follow_links(false) {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(root).unwrap().to_string_lossy().into_owned();
        let ft = e.file_type();
        let desc = if ft.is_symlink() {
            format!("link -> {}", std::fs::read_link(e.path()).unwrap().display())
        } else if ft.is_dir() {
            "dir".to_string()
        } else if ft.is_file() {
            format!("file {} {}", e.metadata().unwrap().len(), sha256_file(e.path()))
        } else {
            "special".to_string()
        };
        out.insert(rel, desc);
    }
    out
}

/// Every regular file under `root` (recursively), sorted.
pub fn files_under(root: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .follow_links(false)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    v.sort();
    v
}

/// A program on PATH.
pub fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(name)).find(|p| p.is_file())
}

pub fn desk_bin() -> &'static str {
    env!("CARGO_BIN_EXE_desk")
}

/// Run `desk --data-dir DATA args...` in a fresh process.
pub fn desk(data: &Path, args: &[&str]) -> Output {
    Command::new(desk_bin()).arg("--data-dir").arg(data).args(args).env_remove("DESK_DATA_DIR").output().unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}
