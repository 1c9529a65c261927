//! One app window per data directory. When a person double-clicks a CSV while Analyst Desk is already
//! open, the file manager starts a second process; that process hands its files to the running one over
//! a Unix socket and exits, and the running window opens them in a new conversation. Two processes never
//! drive the same history side by side with two sidebars that disagree.
//!
//! The socket lives in `$XDG_RUNTIME_DIR` (a per-user directory of mode 0700, by the XDG spec), else in
//! the data directory itself; its name is derived from the data directory, so a second data directory
//! (`DESK_DATA_DIR=...`, as tests use) is a second, independent instance. A lock file serialises the
//! claim so two processes started at the same moment cannot both become the primary, and a socket left
//! behind by a crash is noticed (nobody answers) and replaced.
//!
//! The wire format is one JSON object per connection, `{"cwd": [bytes], "args": [[bytes], ...]}` (bytes,
//! because paths need not be UTF-8), answered by `ok\n`. Anything else is ignored. Nothing here reads
//! or imports a file: the receiver passes the arguments to the same start-up path as its own.
//! Not here: what the arguments mean (the app's `launch` module).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::ffi::OsString;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A request larger than this is not a list of file names.
const MAX_REQUEST: u64 = 1 << 20;
/// How long a second process waits for the running one to take its files.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(5);

/// What a second process hands over: its working directory and its arguments (after the program name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub cwd: PathBuf,
    pub args: Vec<OsString>,
}

#[derive(Serialize, Deserialize)]
struct Wire {
    cwd: Vec<u8>,
    args: Vec<Vec<u8>>,
}

impl Request {
    /// This process's own working directory and arguments.
    pub fn from_env() -> Self {
        Request {
            cwd: std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/")),
            args: std::env::args_os().skip(1).collect(),
        }
    }

    fn encode(&self) -> Vec<u8> {
        let w = Wire {
            cwd: self.cwd.as_os_str().as_bytes().to_vec(),
            args: self.args.iter().map(|a| a.as_bytes().to_vec()).collect(),
        };
        let mut out = serde_json::to_vec(&w).unwrap_or_default();
        out.push(b'\n');
        out
    }

    fn decode(line: &[u8]) -> Option<Request> {
        let w: Wire = serde_json::from_slice(line).ok()?;
        Some(Request {
            cwd: PathBuf::from(OsString::from_vec(w.cwd)),
            args: w.args.into_iter().map(OsString::from_vec).collect(),
        })
    }
}

/// The outcome of trying to become the app's one instance.
pub enum Claim {
    /// No other instance runs for this data directory: this process is it, and listens.
    Primary(Primary),
    /// Another instance took the request: this process should exit.
    Handed,
    /// Single-instance could not be set up (no usable socket path); run on alone.
    Alone(String),
}

/// The socket path for a data directory: `<runtime dir>/analyst-desk-<16 hex of the directory's hash>.sock`.
pub fn socket_path(data_dir: &Path) -> PathBuf {
    socket_path_in(data_dir, std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from).as_deref())
}

/// [`socket_path`] with the runtime directory given (None, or one that is unusable: the data directory).
pub fn socket_path_in(data_dir: &Path, runtime: Option<&Path>) -> PathBuf {
    let canonical = std::fs::canonicalize(data_dir).unwrap_or_else(|_| data_dir.to_path_buf());
    let digest = Sha256::digest(canonical.as_os_str().as_bytes());
    let name: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let runtime = runtime.filter(|d| d.is_absolute() && d.is_dir()).unwrap_or(data_dir);
    runtime.join(format!("analyst-desk-{name}.sock"))
}

/// Become the one instance for `data_dir`, or hand `req` to the one that runs. When the socket falls
/// back to the data directory (no runtime directory), that directory is made private (0700) first.
pub fn claim(data_dir: &Path, req: &Request) -> Claim {
    claim_in(data_dir, std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from).as_deref(), req)
}

/// [`claim`] with the runtime directory given (see [`socket_path_in`]).
pub fn claim_in(data_dir: &Path, runtime: Option<&Path>, req: &Request) -> Claim {
    let sock = socket_path_in(data_dir, runtime);
    if let Some(dir) = sock.parent().filter(|d| *d == data_dir) {
        if let Err(e) = private(dir) {
            return Claim::Alone(format!("cannot make {} private: {e}", dir.display()));
        }
    }
    claim_at(&sock, req)
}

/// Mode 0700 on a directory of ours that others could enter.
fn private(dir: &Path) -> io::Result<()> {
    let mode = std::fs::metadata(dir)?.permissions().mode();
    if mode & 0o077 != 0 {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode & 0o700))?;
    }
    Ok(())
}

/// [`claim`] with the socket path given.
pub fn claim_at(sock: &Path, req: &Request) -> Claim {
    let lock_path = sock.with_extension("lock");
    use std::os::unix::fs::OpenOptionsExt;
    let lock = match std::fs::OpenOptions::new().create(true).truncate(false).write(true).mode(0o600).open(&lock_path) {
        Ok(f) => f,
        Err(e) => return Claim::Alone(format!("cannot open {}: {e}", lock_path.display())),
    };
    use std::os::fd::AsRawFd;
    // SAFETY: flock on a descriptor we own; released when `lock` is dropped at the end of this function.
    if unsafe { libc::flock(lock.as_raw_fd(), libc::LOCK_EX) } != 0 {
        return Claim::Alone(format!("cannot lock {}: {}", lock_path.display(), io::Error::last_os_error()));
    }
    match hand_over(sock, req) {
        Ok(()) => return Claim::Handed,
        Err(e)
            if sock.exists() && e.kind() != io::ErrorKind::ConnectionRefused && e.kind() != io::ErrorKind::NotFound =>
        {
            // Someone listens but did not answer in time: do not steal its socket.
            return Claim::Alone(format!("the running instance did not answer: {e}"));
        }
        Err(_) => {}
    }
    // Nobody answers: a socket left by a crash, or none at all.
    let _ = std::fs::remove_file(sock);
    // Created private (0600) by bind itself, never world-connectable for a moment: the umask is narrowed
    // around the bind. It is process-wide, so this runs at start-up, before the app has other threads.
    // SAFETY: umask only swaps the process's file-creation mask.
    let old = unsafe { libc::umask(0o177) };
    let bound = UnixListener::bind(sock);
    // SAFETY: as above, restoring the mask that was in force.
    unsafe { libc::umask(old) };
    match bound {
        Ok(listener) => Claim::Primary(Primary { listener, path: sock.to_path_buf() }),
        Err(e) => Claim::Alone(format!("cannot listen on {}: {e}", sock.display())),
    }
}

fn hand_over(sock: &Path, req: &Request) -> io::Result<()> {
    let mut s = UnixStream::connect(sock)?;
    s.set_read_timeout(Some(ANSWER_TIMEOUT))?;
    s.set_write_timeout(Some(ANSWER_TIMEOUT))?;
    s.write_all(&req.encode())?;
    s.shutdown(std::net::Shutdown::Write)?;
    let mut answer = String::new();
    s.take(16).read_to_string(&mut answer)?;
    if answer == "ok\n" {
        Ok(())
    } else {
        Err(io::Error::new(io::ErrorKind::InvalidData, format!("unexpected answer {answer:?}")))
    }
}

/// The listening side: the one instance.
pub struct Primary {
    listener: UnixListener,
    path: PathBuf,
}

impl Primary {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Take the next well-formed request (blocking); malformed or oversized ones are answered with
    /// nothing and skipped.
    pub fn accept(&self) -> io::Result<Request> {
        loop {
            let (stream, _) = self.listener.accept()?;
            let _ = stream.set_read_timeout(Some(ANSWER_TIMEOUT));
            let mut line = Vec::new();
            let read = BufReader::new((&stream).take(MAX_REQUEST)).read_until(b'\n', &mut line);
            if read.is_err() || !line.ends_with(b"\n") {
                continue;
            }
            if let Some(req) = Request::decode(&line[..line.len() - 1]) {
                let _ = (&stream).write_all(b"ok\n");
                return Ok(req);
            }
        }
    }

    /// Serve requests on a thread of its own for as long as the process lives.
    pub fn serve(self, on_request: impl Fn(Request) + Send + 'static) -> io::Result<std::thread::JoinHandle<()>> {
        std::thread::Builder::new().name("single-instance".into()).spawn(move || loop {
            match self.accept() {
                Ok(req) => on_request(req),
                Err(e) => {
                    eprintln!("analyst-desk: single-instance socket failed: {e}");
                    return;
                }
            }
        })
    }
}

impl Drop for Primary {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}
