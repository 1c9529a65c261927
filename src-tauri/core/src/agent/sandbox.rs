//! The sandbox the Claude Code CLI runs in, enforced by the kernel through bubblewrap (`bwrap`, Debian
//! package `bubblewrap`).
//!
//! The CLI runs its tools (Read, Write, Edit, Glob, Grep) in its own process, so what a model can reach is
//! what that process can reach. It runs in new user, mount, PID, IPC, UTS and cgroup namespaces (the
//! network is shared: it must reach the model), with every capability dropped, dying with us, in a session
//! of its own, and it sees:
//! - read-only: the system's runtime (`/usr` and its `/bin`, `/lib` links; the `/etc` entries TLS, DNS and
//!   the dynamic linker read), the CLI's own install (its `node_modules` tree, or the executable alone),
//!   for a script its interpreter's install, and CA files named by `NODE_EXTRA_CA_CERTS`/`SSL_CERT_*`;
//! - read-write: the desk, except its inputs and the Claude Code config files found there (`.claude/`,
//!   `.mcp.json`, `CLAUDE.md`, `CLAUDE.local.md`), each bound read-only over itself, and the app's hidden
//!   area `.desk/`, replaced by an empty read-only tmpfs;
//! - read-write: a private HOME made afresh for each run (`.desk/claude-run/home`, see [`RunHome`]): only the
//!   session transcripts are kept from it afterwards, so nothing else the run wrote there outlives it.
//!
//! Nothing else exists: no person's HOME, no other desk, no `/tmp`, `/home`, `/root`, `/run`, `/media`, and
//! the root is read-only, so a write anywhere but the desk or the private HOME fails (`EROFS`), and a read
//! finds nothing. [`Sandbox::check`] proves the sandbox can be set up before the CLI is started; when it
//! cannot, the turn ends with `sandbox_unavailable` and the CLI never runs.

use super::AgentError;
use crate::desk::{remove_tree, HIDDEN_DIR};
use crate::error::DeskError;
use std::collections::HashSet;
use std::ffi::OsString;
use std::fs;
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

/// Where the CLI keeps what must outlive a run: its session transcripts, for `--resume`
/// (`.claude/projects/<project>/<session>.jsonl`, the layout the CLI itself uses under its HOME).
pub const STORE_DIR: &str = "claude-home";
/// The private HOME of one run, made afresh each time and removed afterwards.
pub const RUN_DIR: &str = "claude-run";

/// Read-only system directories; the merged-/usr links (`/bin -> usr/bin`) are recreated as links.
const SYSTEM_DIRS: &[&str] = &["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"];
/// What the CLI reads in `/etc`: CA certificates (TLS), name resolution, the dynamic linker's cache, the
/// time zone. Not `passwd`, not `shadow`, nothing else.
const SYSTEM_ETC: &[&str] = &[
    "/etc/ssl",
    "/etc/ca-certificates",
    "/etc/pki",
    "/etc/crypto-policies",
    "/etc/resolv.conf",
    "/etc/hosts",
    "/etc/host.conf",
    "/etc/nsswitch.conf",
    "/etc/gai.conf",
    "/etc/ld.so.cache",
    "/etc/ld.so.conf",
    "/etc/ld.so.conf.d",
    "/etc/localtime",
    "/etc/alternatives",
];
/// Files Claude Code would read as configuration from its working directory. The CLI is started so that it
/// loads none of them (see `claude_code::arguments`); those that exist are also read-only in the sandbox.
pub const CLAUDE_CONFIG_NAMES: &[&str] = &[".claude", ".mcp.json", "CLAUDE.md", "CLAUDE.local.md"];

/// The bubblewrap command line for one run (everything before `--`).
#[derive(Debug, Clone)]
pub struct Sandbox {
    args: Vec<OsString>,
    /// The desk as the CLI sees it (canonical): its working directory.
    pub desk: PathBuf,
}

impl Sandbox {
    /// The sandbox of a run in `desk` with HOME `home` (inside the desk's hidden area), running `program`
    /// (already resolved: [`resolve_program`]); `inputs` are the desk's input names, `extra_read_only`
    /// more paths the CLI may read (CA files named in its environment).
    pub fn new(
        desk: &Path,
        home: &Path,
        program: &Path,
        inputs: &HashSet<String>,
        extra_read_only: &[PathBuf],
    ) -> Result<Self, AgentError> {
        let desk = desk.canonicalize().map_err(|e| DeskError::io_at(desk, e))?;
        let hidden = desk.join(HIDDEN_DIR);
        if !fs::symlink_metadata(&hidden).is_ok_and(|m| m.is_dir()) {
            return Err(AgentError::SandboxUnavailable {
                message: format!("the desk's hidden area {} is not a folder", hidden.display()),
            });
        }
        let home = home.canonicalize().map_err(|e| DeskError::io_at(home, e))?;
        if !home.starts_with(&hidden) {
            return Err(AgentError::SandboxUnavailable {
                message: format!("the CLI's HOME {} is outside {}", home.display(), hidden.display()),
            });
        }
        let mut a = Args::default();
        a.flags(&["--die-with-parent", "--new-session", "--unshare-all", "--share-net", "--cap-drop", "ALL"]);
        for dir in SYSTEM_DIRS {
            let p = Path::new(dir);
            match fs::symlink_metadata(p) {
                Ok(m) if m.file_type().is_symlink() => {
                    if let Ok(target) = fs::read_link(p) {
                        a.op("--symlink", &target, p);
                    }
                }
                Ok(m) if m.is_dir() => a.op("--ro-bind", p, p),
                _ => {}
            }
        }
        for p in SYSTEM_ETC {
            a.op("--ro-bind-try", Path::new(p), Path::new(p));
        }
        a.flags(&["--proc", "/proc", "--dev", "/dev"]);
        let mut read_only = install_paths(program);
        read_only.extend(extra_read_only.iter().filter_map(|p| p.canonicalize().ok()));
        read_only.sort();
        read_only.dedup();
        for p in read_only.iter().filter(|p| !is_system(p)) {
            a.op("--ro-bind", p, p);
        }
        // The desk, its hidden area hidden (an empty tmpfs) but for the run's HOME, then made read-only.
        a.op("--bind", &desk, &desk);
        a.flags(&["--tmpfs"]);
        a.path(&hidden);
        a.op("--bind", &home, &home);
        a.flags(&["--remount-ro"]);
        a.path(&hidden);
        for p in protected(&desk, inputs) {
            a.op("--ro-bind", &p, &p);
        }
        a.flags(&["--remount-ro", "/", "--chdir"]);
        a.path(&desk);
        Ok(Sandbox { args: a.0, desk })
    }

    /// The bubblewrap arguments, up to (not including) the `--` before the command.
    pub fn args(&self) -> &[OsString] {
        &self.args
    }

    /// Set the sandbox up once with `true` as the command: `Ok` when it works, a clear
    /// `sandbox_unavailable` otherwise (bwrap missing, user namespaces refused, a mount failing).
    pub async fn check(&self, bwrap: &Path) -> Result<(), AgentError> {
        let probe = if Path::new("/usr/bin/true").exists() { "/usr/bin/true" } else { "/bin/true" };
        run_check(bwrap, self.args.iter().cloned().chain([OsString::from("--"), OsString::from(probe)])).await
    }
}

/// Whether `bwrap` can set up a sandbox on this machine at all (system directories only, `true` as the
/// command): what `desk probe` and Test connection check for Claude Code.
pub async fn check_available(bwrap: &Path) -> Result<(), AgentError> {
    let mut a = Args::default();
    a.flags(&["--die-with-parent", "--new-session", "--unshare-all", "--share-net", "--cap-drop", "ALL"]);
    a.op("--ro-bind", Path::new("/"), Path::new("/"));
    a.flags(&["--proc", "/proc", "--dev", "/dev", "--", "true"]);
    run_check(bwrap, a.0).await
}

async fn run_check(bwrap: &Path, args: impl IntoIterator<Item = OsString>) -> Result<(), AgentError> {
    let shown = bwrap.display().to_string();
    let path = std::env::var_os("PATH").unwrap_or_else(|| "/usr/local/bin:/usr/bin:/bin".into());
    let run = tokio::process::Command::new(bwrap)
        .args(args)
        .env_clear()
        .env("PATH", path)
        .stdin(std::process::Stdio::null())
        .kill_on_drop(true)
        .output();
    let out = match tokio::time::timeout(Duration::from_secs(15), run).await {
        Ok(Ok(out)) => out,
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(AgentError::SandboxUnavailable {
                message: format!(
                    "bubblewrap ({shown}) is not installed; install it (Debian/Ubuntu: sudo apt install bubblewrap)"
                ),
            })
        }
        Ok(Err(e)) => return Err(AgentError::SandboxUnavailable { message: format!("{shown} could not run: {e}") }),
        Err(_) => return Err(AgentError::SandboxUnavailable { message: format!("{shown} did not finish in 15 s") }),
    };
    if out.status.success() {
        return Ok(());
    }
    let err = String::from_utf8_lossy(&out.stderr).trim().to_string();
    let err = if err.is_empty() { format!("exit status {}", out.status) } else { super::http::shorten(&err, 400) };
    Err(AgentError::SandboxUnavailable {
        message: format!(
            "{shown} could not set it up: {err}. It needs a kernel that lets it create user namespaces \
             (Debian: sysctl kernel.unprivileged_userns_clone=1; Ubuntu: an AppArmor profile that allows bwrap)"
        ),
    })
}

#[derive(Default)]
struct Args(Vec<OsString>);

impl Args {
    fn flags(&mut self, f: &[&str]) {
        self.0.extend(f.iter().map(OsString::from));
    }
    fn path(&mut self, p: &Path) {
        self.0.push(p.as_os_str().to_os_string());
    }
    fn op(&mut self, op: &str, src: &Path, dest: &Path) {
        self.0.push(op.into());
        self.path(src);
        self.path(dest);
    }
}

/// Under a system directory the sandbox already has (read-only).
fn is_system(p: &Path) -> bool {
    SYSTEM_DIRS.iter().any(|d| p.starts_with(d))
}

/// Desk entries bound read-only over themselves: the inputs and the Claude Code config files present.
/// Only real files and folders (never a link: bwrap would bind what it points to).
fn protected(desk: &Path, inputs: &HashSet<String>) -> Vec<PathBuf> {
    let mut names: Vec<&str> = inputs.iter().map(String::as_str).chain(CLAUDE_CONFIG_NAMES.iter().copied()).collect();
    names.sort_unstable();
    names.dedup();
    names
        .into_iter()
        .filter(|n| !n.is_empty() && Path::new(n).components().all(|c| matches!(c, Component::Normal(_))))
        .map(|n| desk.join(n))
        .filter(|p| fs::symlink_metadata(p).is_ok_and(|m| m.is_file() || m.is_dir()))
        .collect()
}

/// The executable to run: a path as given, or a bare name looked up on PATH; canonical (links resolved),
/// so the sandbox binds the real install.
pub fn resolve_program(program: &Path) -> Result<PathBuf, AgentError> {
    let shown = program.display().to_string();
    let found = if program.components().count() == 1 && !program.as_os_str().is_empty() {
        let path = std::env::var_os("PATH").unwrap_or_default();
        std::env::split_paths(&path).map(|d| d.join(program)).find(|p| is_executable(p))
    } else {
        Some(program.to_path_buf())
    };
    let Some(found) = found else {
        return Err(AgentError::ClaudeNotFound { program: shown, message: "not found on PATH".into() });
    };
    let real = found
        .canonicalize()
        .map_err(|e| AgentError::ClaudeNotFound { program: shown.clone(), message: e.to_string() })?;
    if !is_executable(&real) {
        return Err(AgentError::ClaudeNotFound { program: shown, message: "not an executable file".into() });
    }
    Ok(real)
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// What the sandbox must show read-only for `program` to run: its package tree (the nearest
/// `node_modules` above it: the npm package and its platform binary), else the executable alone (never
/// the folder it sits in, which could be HOME); for a script, also its interpreter
/// (`#!/usr/bin/env node` → the node on PATH), the file alone.
fn install_paths(program: &Path) -> Vec<PathBuf> {
    let package = program.ancestors().find(|a| a.file_name().is_some_and(|n| n == "node_modules"));
    let mut out = vec![package.unwrap_or(program).to_path_buf()];
    out.extend(interpreter(program));
    out
}

/// The interpreter named by a `#!` line (through `env`, looked up on PATH), canonical.
fn interpreter(program: &Path) -> Option<PathBuf> {
    let mut head = [0u8; 256];
    let n = fs::File::open(program).and_then(|mut f| f.read(&mut head)).ok()?;
    let line = head[..n].strip_prefix(b"#!")?;
    let line = String::from_utf8_lossy(line.split(|b| *b == b'\n').next()?).into_owned();
    let mut words = line.split_whitespace();
    let first = PathBuf::from(words.next()?);
    let named = if first.file_name().is_some_and(|n| n == "env") {
        let name = words.find(|w| !w.starts_with('-') && !w.contains('='))?;
        let path = std::env::var_os("PATH").unwrap_or_default();
        std::env::split_paths(&path).map(|d| d.join(name)).find(|p| is_executable(p))?
    } else {
        first
    };
    named.canonicalize().ok()
}

/// The private HOME of one run of the CLI in a desk: `.desk/claude-run/home`, made afresh (with `tmp/`
/// for TMPDIR), given back only the transcript of the session it resumes, and removed by [`finish`]
/// after the transcripts it wrote were kept in `.desk/claude-home`.
///
/// [`finish`]: RunHome::finish
#[derive(Debug)]
pub struct RunHome {
    pub home: PathBuf,
    desk: PathBuf,
}

impl RunHome {
    /// Make the run's HOME; with `resume`, copy that session's transcript into it. Returns the HOME and
    /// whether the transcript was there (without it the CLI could not resume).
    pub fn prepare(desk: &Path, resume: Option<&str>) -> Result<(Self, bool), AgentError> {
        let hidden = desk.join(HIDDEN_DIR);
        let run = hidden.join(RUN_DIR);
        remove_tree(&run)?;
        own_dir(&run)?;
        let home = run.join("home");
        for d in [home.clone(), home.join(".claude"), home.join(".claude/projects"), home.join("tmp")] {
            own_dir(&d)?;
        }
        let mut found = false;
        if let Some(sid) = resume.filter(|s| safe_name(s)) {
            let file = format!("{sid}.jsonl");
            for (project, path) in transcripts(&hidden.join(STORE_DIR).join(".claude/projects")) {
                if path.file_name().is_some_and(|n| n.to_string_lossy() == file) {
                    let dir = home.join(".claude/projects").join(&project);
                    own_dir(&dir)?;
                    fs::copy(&path, dir.join(&file)).map_err(|e| DeskError::io_at(&path, e))?;
                    found = true;
                }
            }
        }
        Ok((RunHome { home, desk: desk.to_path_buf() }, found))
    }

    /// Keep the session transcripts the run wrote (nothing else of its HOME), then remove the HOME. Best
    /// effort: a transcript that could not be kept only means the next turn replays the conversation in
    /// its prompt instead of resuming, and a HOME left behind is removed by the next run.
    pub fn finish(self) {
        let _ = self.keep_transcripts();
        let _ = remove_tree(&self.desk.join(HIDDEN_DIR).join(RUN_DIR));
    }

    fn keep_transcripts(&self) -> Result<(), AgentError> {
        let store = self.desk.join(HIDDEN_DIR).join(STORE_DIR);
        for (project, path) in transcripts(&self.home.join(".claude/projects")) {
            let Some(name) = path.file_name() else { continue };
            let mut dir = store.clone();
            own_dir(&dir)?;
            for part in [".claude", "projects", project.as_str()] {
                dir.push(part);
                own_dir(&dir)?;
            }
            let part = dir.join(format!(".{}.part", name.to_string_lossy()));
            fs::copy(&path, &part).map_err(|e| DeskError::io_at(&part, e))?;
            fs::rename(&part, dir.join(name)).map_err(|e| DeskError::io_at(&part, e))?;
        }
        Ok(())
    }
}

/// `(project, path)` of every transcript `<projects>/<project>/<session>.jsonl`: real folders and regular
/// files with plain names only (no link is followed).
fn transcripts(projects: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let Ok(dirs) = fs::read_dir(projects) else { return out };
    for d in dirs.flatten() {
        let project = d.file_name().to_string_lossy().into_owned();
        if !safe_name(&project) || !d.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        let Ok(files) = fs::read_dir(d.path()) else { continue };
        for f in files.flatten() {
            let name = f.file_name().to_string_lossy().into_owned();
            let session_file = name.strip_suffix(".jsonl").is_some_and(safe_name);
            if session_file && f.file_type().is_ok_and(|t| t.is_file()) {
                out.push((project.clone(), f.path()));
            }
        }
    }
    out
}

/// A plain name: ASCII letters, digits, `-`, `_`, `.`, not starting with a dot, at most 200 bytes.
fn safe_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 200
        && !s.starts_with('.')
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
}

/// A folder of the app's own, private: created if missing; anything else found there (a link, a file) is
/// removed first and the folder made anew, so nothing is ever written through a planted link.
fn own_dir(path: &Path) -> Result<(), AgentError> {
    use std::os::unix::fs::DirBuilderExt;
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => return Ok(()),
        Ok(m) if m.file_type().is_symlink() || m.is_file() => {
            fs::remove_file(path).map_err(|e| DeskError::io_at(path, e))?;
        }
        Ok(_) => remove_tree(path)?,
        Err(_) => {}
    }
    fs::DirBuilder::new().mode(0o700).create(path).map_err(|e| DeskError::io_at(path, e).into())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn plain_names_only() {
        assert!(safe_name("0b6c1f3e-2a4d-4b7e-9c1a-5d2e8f7a6b3c"));
        assert!(safe_name("-tmp-x-desks-abc"));
        for bad in ["", ".", "..", "../x", "a/b", ".hidden", "a b", "a\0b"] {
            assert!(!safe_name(bad), "{bad:?}");
        }
    }

    #[test]
    fn a_package_install_binds_its_node_modules_and_a_lone_executable_only_itself() {
        let dir = tempfile::tempdir().unwrap();
        let bin = dir.path().join("node_modules/@anthropic-ai/claude-code/bin");
        fs::create_dir_all(&bin).unwrap();
        let exe = bin.join("claude.exe");
        fs::write(&exe, b"\x7fELF").unwrap();
        assert_eq!(install_paths(&exe), [dir.path().join("node_modules")]);
        let lone = dir.path().join("claude");
        fs::write(&lone, b"\x7fELF").unwrap();
        assert_eq!(install_paths(&lone), [lone], "never the folder it sits in (that could be HOME)");
        let script = dir.path().join("claude-script");
        fs::write(&script, b"#!/bin/sh\necho hi\n").unwrap();
        let paths = install_paths(&script);
        assert_eq!(paths[0], script);
        assert_eq!(paths[1], Path::new("/bin/sh").canonicalize().unwrap(), "and its interpreter");
    }
}
