//! Queries that a model or a person wrote run in a child process that can be ended for real.
//!
//! The engine checks for an interrupt (the time limit) between vectors of work, so one slow function
//! call (a regular expression or `replace` over megabytes, or thousands of them in one row) runs on past
//! any deadline, and a thread cannot be killed. So the `sql` tool, the chart tool's query and `desk sql`
//! hand each query to a worker process (a binary started with [`WORKER_ARG`]: the `desk` CLI, or the app;
//! they set themselves up with [`set_program`] and [`serve_if_worker`]). The worker runs it on the
//! ordinary read-only path with the same limits (so a query the engine can stop ends as usual with
//! `sql_timeout`, and its memory and threads are the engine's limits); the caller waits for the answer at
//! most the time limit plus [`GRACE`] and kills the worker (SIGKILL) when that passes or when the turn is
//! stopped. A
//! killed worker is replaced on the next query. A worker keeps the database it last opened while the file
//! stays the same (a rebuild renames a new one into place), so the queries of one turn open it once.
//! The protocol is one JSON line per request on stdin and one per answer on stdout; an answer is bounded
//! because the rows it carries are (see `sql::MAX_RESULT_BYTES`).
//!
//! Without a program set (a library caller, a test that does not ask for one) queries run in this
//! process, as before. Not here: what a query may do (the read-only layers in `sql`).

use super::sql::{self, QueryResult, ReadOnlyDb, SqlLimits};
use crate::error::{DeskError, Result};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The first argument that makes a binary serve queries instead of doing its usual work.
pub const WORKER_ARG: &str = "__sql-worker";
/// How long past its time limit a query may run before its worker is killed.
pub const GRACE: Duration = Duration::from_secs(1);
/// How often a waiting caller looks at its stop flag.
const POLL: Duration = Duration::from_millis(20);

static PROGRAM: OnceLock<PathBuf> = OnceLock::new();

/// Run untrusted queries of this process in workers started from `program` (with [`WORKER_ARG`]).
/// Set once, at start-up; later calls are ignored.
pub fn set_program(program: PathBuf) {
    let _ = PROGRAM.set(program);
}

/// The worker program set for this process, if any.
pub fn program() -> Option<PathBuf> {
    PROGRAM.get().cloned()
}

/// If this process was started as a query worker (its first argument is [`WORKER_ARG`]), serve queries
/// from stdin until it closes and return the exit code; otherwise None. Binaries call this first thing.
pub fn serve_if_worker() -> Option<i32> {
    if std::env::args_os().nth(1).as_deref() != Some(std::ffi::OsStr::new(WORKER_ARG)) {
        return None;
    }
    Some(serve(std::io::stdin().lock(), std::io::stdout().lock()))
}

#[derive(Serialize, Deserialize)]
struct Request {
    /// The analysis database, as bytes (paths need not be UTF-8).
    db: Vec<u8>,
    sql: String,
    max_rows: usize,
    time_limit_ms: u64,
    /// Only open the database (and keep it), answering with an empty result: sent when a turn starts, so
    /// that starting the worker and opening the database overlap with the turn's own work.
    #[serde(default)]
    warm: bool,
}

/// An error as it crosses the pipe: the query errors keep their variant, anything else its message.
#[derive(Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
enum Failure {
    NoAnalysisDb { path: String },
    SqlEmpty,
    SqlMultipleStatements,
    SqlNotReadOnly { what: String },
    SqlTimeout { seconds: f64 },
    SqlTooLarge { message: String },
    Other { message: String },
}

impl From<DeskError> for Failure {
    fn from(e: DeskError) -> Self {
        match e {
            DeskError::NoAnalysisDb { path } => Failure::NoAnalysisDb { path },
            DeskError::SqlEmpty => Failure::SqlEmpty,
            DeskError::SqlMultipleStatements => Failure::SqlMultipleStatements,
            DeskError::SqlNotReadOnly { what } => Failure::SqlNotReadOnly { what },
            DeskError::SqlTimeout { seconds } => Failure::SqlTimeout { seconds },
            DeskError::SqlTooLarge { message } => Failure::SqlTooLarge { message },
            DeskError::Sql { message } => Failure::Other { message },
            other => Failure::Other { message: other.to_string() },
        }
    }
}

impl From<Failure> for DeskError {
    fn from(f: Failure) -> Self {
        match f {
            Failure::NoAnalysisDb { path } => DeskError::NoAnalysisDb { path },
            Failure::SqlEmpty => DeskError::SqlEmpty,
            Failure::SqlMultipleStatements => DeskError::SqlMultipleStatements,
            Failure::SqlNotReadOnly { what } => DeskError::SqlNotReadOnly { what },
            Failure::SqlTimeout { seconds } => DeskError::SqlTimeout { seconds },
            Failure::SqlTooLarge { message } => DeskError::SqlTooLarge { message },
            Failure::Other { message } => DeskError::Sql { message },
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Answer {
    Ok(QueryResult),
    Err(Failure),
}

/// The worker's loop: one request line in, one answer line out, until stdin ends.
fn serve(input: impl BufRead, mut output: impl Write) -> i32 {
    // SAFETY: plain calls into the kernel at start-up.
    unsafe {
        // Die with the process that asked (it may be killed while a query runs here).
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong, 0, 0, 0);
    }
    let mut open: Option<(PathBuf, Option<crate::tables::FileId>, ReadOnlyDb)> = None;
    for line in input.split(b'\n') {
        let Ok(line) = line else { return 2 };
        let answer = match serde_json::from_slice::<Request>(&line) {
            Ok(req) => {
                let db = PathBuf::from(std::ffi::OsString::from_vec(req.db));
                let limits = SqlLimits { max_rows: req.max_rows, time_limit: Duration::from_millis(req.time_limit_ms) };
                let id = crate::tables::file_id(&db);
                if !matches!(&open, Some((p, i, _)) if *p == db && id.is_some() && *i == id) {
                    open = None;
                    match ReadOnlyDb::open(&db) {
                        Ok(conn) => open = Some((db.clone(), id, conn)),
                        Err(e) => {
                            let answer = Answer::Err(e.into());
                            if !reply(&mut output, &answer) {
                                return 2;
                            }
                            continue;
                        }
                    }
                }
                match open.as_ref().map(|(_, _, conn)| conn.query(&req.sql, limits)) {
                    _ if req.warm => Answer::Ok(QueryResult::empty()),
                    Some(Ok(r)) => Answer::Ok(r),
                    Some(Err(e)) => Answer::Err(e.into()),
                    None => Answer::Err(Failure::Other { message: "no database".into() }),
                }
            }
            Err(e) => Answer::Err(Failure::Other { message: format!("bad request to the query worker: {e}") }),
        };
        if !reply(&mut output, &answer) {
            return 2;
        }
    }
    0
}

/// Write one answer line; false when the caller is gone.
fn reply(output: &mut impl Write, answer: &Answer) -> bool {
    let mut bytes = serde_json::to_vec(answer).unwrap_or_default();
    bytes.push(b'\n');
    output.write_all(&bytes).and_then(|_| output.flush()).is_ok()
}

/// A worker process and the thread that reads its answers.
struct Running {
    child: Child,
    stdin: ChildStdin,
    answers: Receiver<std::io::Result<Vec<u8>>>,
}

impl Running {
    fn start(program: &Path) -> Result<Running> {
        let mut child = Command::new(program)
            .arg(WORKER_ARG)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| DeskError::io(format!("starting the query worker {}", program.display()), e))?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(DeskError::Sql { message: "the query worker has no pipes".into() });
        };
        let (tx, answers) = mpsc::channel();
        let spawned = std::thread::Builder::new().name("sql-worker-reader".into()).spawn(move || {
            // An answer is one line; one far larger than a result may be is not an answer.
            let limit = (sql::MAX_RESULT_BYTES as u64) * 2 + (1 << 20);
            let mut reader = BufReader::new(stdout);
            loop {
                let mut line = Vec::new();
                let read = (&mut reader).take(limit).read_until(b'\n', &mut line);
                let done = !matches!(&read, Ok(n) if *n > 0 && line.ends_with(b"\n"));
                let sent = match read {
                    Ok(_) if done => tx.send(Err(std::io::Error::other("the query worker ended"))),
                    Ok(_) => tx.send(Ok(line)),
                    Err(e) => tx.send(Err(e)),
                };
                if done || sent.is_err() {
                    return;
                }
            }
        });
        if let Err(e) = spawned {
            let _ = child.kill();
            let _ = child.wait();
            return Err(DeskError::io("starting the query worker's reader", e));
        }
        Ok(Running { child, stdin, answers })
    }

    fn kill(mut self) -> Option<std::process::ExitStatus> {
        let _ = self.child.kill();
        self.child.wait().ok()
    }
}

/// Queries in a worker process (see the module comment). One query at a time.
pub struct Worker {
    program: PathBuf,
    running: Option<Running>,
    /// A warm-up request was sent and its answer is still to be read.
    warming: bool,
}

impl Worker {
    pub fn new(program: PathBuf) -> Self {
        Worker { program, running: None, warming: false }
    }

    /// The process-wide worker (see [`set_program`]), if one is set.
    pub fn from_process() -> Option<Self> {
        program().map(Worker::new)
    }

    /// Start the worker and have it open the database at `db`, without waiting: the first query then finds
    /// both ready. Failures are left for that query to meet.
    pub fn warm(&mut self, db: &Path) {
        if self.running.is_some() {
            return;
        }
        let Ok(mut running) = Running::start(&self.program) else { return };
        let request = Request {
            db: db.as_os_str().as_bytes().to_vec(),
            sql: String::new(),
            max_rows: 0,
            time_limit_ms: 0,
            warm: true,
        };
        let Ok(mut line) = serde_json::to_vec(&request) else { return };
        line.push(b'\n');
        if running.stdin.write_all(&line).and_then(|_| running.stdin.flush()).is_ok() {
            self.warming = true;
            self.running = Some(running);
        } else {
            running.kill();
        }
    }

    /// The answer to the warm-up request, waited for (at most `until`) and dropped; a worker that does not
    /// give it is killed (the next query starts another).
    fn finish_warming(&mut self, until: Instant, stop: &dyn Fn() -> bool) {
        if !std::mem::take(&mut self.warming) {
            return;
        }
        let Some(r) = self.running.as_ref() else { return };
        loop {
            let now = Instant::now();
            if stop() || now >= until {
                break;
            }
            match r.answers.recv_timeout(POLL.min(until - now)) {
                Ok(Ok(_)) => return,
                Err(RecvTimeoutError::Timeout) => {}
                _ => break,
            }
        }
        if let Some(r) = self.running.take() {
            r.kill();
        }
    }

    /// Run one read-only query against the analysis database at `db`, as [`ReadOnlyDb::query`] would,
    /// ending it (and its worker) once `limits.time_limit` + [`GRACE`] has passed or `stop()` says so.
    pub fn query(&mut self, db: &Path, sql: &str, limits: SqlLimits, stop: &dyn Fn() -> bool) -> Result<QueryResult> {
        let hard_deadline = Instant::now() + limits.time_limit + GRACE;
        self.finish_warming(hard_deadline, stop);
        // A worker that died between queries (killed from outside) is replaced, not reported.
        if let Some(r) = self.running.as_mut() {
            if !matches!(r.child.try_wait(), Ok(None)) {
                if let Some(dead) = self.running.take() {
                    dead.kill();
                }
            }
        }
        let mut running = match self.running.take() {
            Some(r) => r,
            None => Running::start(&self.program)?,
        };
        let request = Request {
            db: db.as_os_str().as_bytes().to_vec(),
            sql: sql.to_string(),
            max_rows: limits.max_rows,
            time_limit_ms: limits.time_limit.as_millis().min(u128::from(u64::MAX)) as u64,
            warm: false,
        };
        let mut line = serde_json::to_vec(&request).map_err(|e| DeskError::Sql { message: e.to_string() })?;
        line.push(b'\n');
        if let Err(e) = running.stdin.write_all(&line).and_then(|_| running.stdin.flush()) {
            let status = running.kill();
            return Err(DeskError::Sql {
                message: format!("the query worker did not take the query ({e}; {status:?})"),
            });
        }
        loop {
            if stop() {
                running.kill();
                return Err(DeskError::Cancelled);
            }
            let now = Instant::now();
            if now >= hard_deadline {
                running.kill();
                return Err(DeskError::SqlTimeout { seconds: limits.time_limit.as_secs_f64() });
            }
            match running.answers.recv_timeout(POLL.min(hard_deadline - now)) {
                Ok(Ok(bytes)) => {
                    let answer: std::result::Result<Answer, _> = serde_json::from_slice(&bytes);
                    self.running = Some(running);
                    return match answer {
                        Ok(Answer::Ok(r)) => Ok(r),
                        Ok(Answer::Err(f)) => Err(f.into()),
                        Err(e) => Err(DeskError::Sql { message: format!("the query worker's answer: {e}") }),
                    };
                }
                Ok(Err(e)) => {
                    let status = running.kill();
                    return Err(ended(status, &e, stop()));
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => {
                    let status = running.kill();
                    return Err(ended(status, &std::io::Error::other("no answer"), stop()));
                }
            }
        }
    }
}

/// Why a worker ended without answering, in words.
fn ended(status: Option<std::process::ExitStatus>, e: &std::io::Error, stopped: bool) -> DeskError {
    use std::os::unix::process::ExitStatusExt;
    if stopped || status.and_then(|s| s.signal()) == Some(libc::SIGINT) {
        return DeskError::Cancelled;
    }
    let how = match status {
        Some(s) if s.signal().is_some() => format!("it was ended by signal {}", s.signal().unwrap_or_default()),
        Some(s) => format!("it exited with {s}"),
        None => e.to_string(),
    };
    DeskError::Sql {
        message: format!("the query process ended without an answer ({how}); it may have run out of memory"),
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        if let Some(r) = self.running.take() {
            r.kill();
        }
    }
}
