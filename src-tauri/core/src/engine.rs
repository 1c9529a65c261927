//! The analysis engine: a small safe layer over DuckDB's C API (`libduckdb-sys`, linked against the prebuilt
//! official `libduckdb.so`).
//!
//! Owns: opening a database file with its settings, one connection per [`Database`], running statements,
//! reading results chunk by chunk as typed [`Value`]s (streamed, so a caller can stop keeping rows while it
//! still counts them), preparing exactly one statement and telling its kind, interrupting a running query
//! from another thread, and appending typed columns in data chunks (the table builder's hot path). It does
//! not decide what a query may do (`tools::sql`) or how tables are built (`tables`).
//!
//! Every `unsafe` block calls the C API with handles this module created and still owns; each says why the
//! pointers it reads are valid.

use libduckdb_sys as ffi;
use std::ffi::{c_char, c_void, CStr, CString};
use std::marker::PhantomData;
use std::path::Path;
use std::time::Instant;

/// What kind of failure an engine error is (from DuckDB's error type), for the callers that map them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The query was interrupted (its time limit, or a stop).
    Interrupted,
    /// DuckDB's memory limit was reached.
    OutOfMemory,
    /// Refused by the configuration (external access off, a locked setting, a read-only database).
    Permission,
    /// A file operation failed (a full disk among them).
    Io,
    /// The database file is held by another process.
    Locked,
    /// Anything else (syntax, binding, a conversion, ...).
    Other,
}

/// An engine error: its kind and DuckDB's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
}

impl Error {
    fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into() }
    }

    pub fn other(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Other, message)
    }

    /// True when the disk (or the file system's quota) was full.
    pub fn is_disk_full(&self) -> bool {
        let m = self.message.to_ascii_lowercase();
        m.contains("no space left on device") || m.contains("disk quota exceeded") || m.contains("file too large")
    }

    fn from_type(t: ffi::duckdb_error_type, message: String) -> Self {
        let kind = match t {
            ffi::duckdb_error_type_DUCKDB_ERROR_INTERRUPT => ErrorKind::Interrupted,
            ffi::duckdb_error_type_DUCKDB_ERROR_OUT_OF_MEMORY => ErrorKind::OutOfMemory,
            ffi::duckdb_error_type_DUCKDB_ERROR_PERMISSION => ErrorKind::Permission,
            ffi::duckdb_error_type_DUCKDB_ERROR_IO => ErrorKind::Io,
            _ => ErrorKind::Other,
        };
        // Where DuckDB gives no type (a failed prepare), its message starts with the kind of error.
        let kind = match kind {
            ErrorKind::Other | ErrorKind::Io if message.contains("Could not set lock on file") => ErrorKind::Locked,
            ErrorKind::Other if message.starts_with("INTERRUPT Error") => ErrorKind::Interrupted,
            ErrorKind::Other if message.starts_with("Out of Memory Error") => ErrorKind::OutOfMemory,
            ErrorKind::Other if message.starts_with("Permission Error") => ErrorKind::Permission,
            ErrorKind::Other if message.starts_with("IO Error") => ErrorKind::Io,
            k => k,
        };
        Error { kind, message }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

fn cstring(s: &str) -> Result<CString> {
    CString::new(s).map_err(|_| Error::other("text with a NUL byte cannot be passed to the engine"))
}

/// Copy a C string DuckDB owns (None for NULL).
///
/// # Safety
/// `p` is NULL or points to a NUL-terminated string that stays valid for this call.
unsafe fn owned(p: *const c_char) -> Option<String> {
    if p.is_null() {
        None
    } else {
        Some(CStr::from_ptr(p).to_string_lossy().into_owned())
    }
}

/// A value as a query returns it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    /// An integer beyond i64 (a SUM of BIGINTs is a HUGEINT).
    Big(i128),
    Real(f64),
    Text(String),
    /// Days since 1970-01-01.
    Date(i32),
    /// Microseconds since 1970-01-01 00:00:00.
    Timestamp(i64),
    Blob(usize),
}

impl Value {
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Int(v) => Some(*v),
            Value::Big(v) => i64::try_from(*v).ok(),
            Value::Bool(b) => Some(i64::from(*b)),
            Value::Real(v) if v.fract() == 0.0 && v.abs() < 9e15 => Some(*v as i64),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Int(v) => Some(*v as f64),
            Value::Big(v) => Some(*v as f64),
            Value::Real(v) => Some(*v),
            Value::Bool(b) => Some(f64::from(u8::from(*b))),
            _ => None,
        }
    }

    /// The value as text: dates `YYYY-MM-DD`, timestamps `YYYY-MM-DD HH:MM:SS[.ffffff]` (trailing zeros
    /// of the fraction left out), numbers as Rust writes them, NULL as None.
    pub fn to_text(&self) -> Option<String> {
        Some(match self {
            Value::Null => return None,
            Value::Bool(b) => b.to_string(),
            Value::Int(v) => v.to_string(),
            Value::Big(v) => v.to_string(),
            Value::Real(v) => v.to_string(),
            Value::Text(t) => t.clone(),
            Value::Date(d) => date_text(*d),
            Value::Timestamp(t) => timestamp_text(*t),
            Value::Blob(n) => format!("<blob {n} bytes>"),
        })
    }
}

/// `YYYY-MM-DD` of a DuckDB date (days since the epoch); DuckDB's infinities by name.
pub fn date_text(days: i32) -> String {
    match days {
        i32::MAX => "infinity".into(),
        d if d == -i32::MAX => "-infinity".into(),
        d => {
            let (y, m, dd) = crate::calendar::civil_from_days(i64::from(d));
            format!("{y:04}-{m:02}-{dd:02}")
        }
    }
}

/// `YYYY-MM-DD HH:MM:SS[.ffffff]` of a DuckDB timestamp (microseconds since the epoch).
pub fn timestamp_text(micros: i64) -> String {
    match micros {
        i64::MAX => return "infinity".into(),
        m if m == -i64::MAX => return "-infinity".into(),
        _ => {}
    }
    let days = micros.div_euclid(86_400_000_000);
    let rem = micros.rem_euclid(86_400_000_000);
    let (y, m, d) = crate::calendar::civil_from_days(days);
    let secs = rem / 1_000_000;
    let frac = rem % 1_000_000;
    let mut s = format!("{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60);
    if frac != 0 {
        let f = format!("{frac:06}");
        s.push('.');
        s.push_str(f.trim_end_matches('0'));
    }
    s
}

/// Days since the epoch of a `YYYY-MM-DD` text (the form the table builder stores dates in).
pub fn parse_date(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> { std::str::from_utf8(b.get(r)?).ok()?.parse().ok() };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    i32::try_from(crate::calendar::days_from_civil(i64::from(y), m, d)).ok()
}

/// Microseconds since the epoch of a `YYYY-MM-DD HH:MM:SS[.fff…]` text.
pub fn parse_timestamp(s: &str) -> Option<i64> {
    let days = i64::from(parse_date(s)?);
    let b = s.as_bytes();
    if b.len() == 10 {
        return Some(days * 86_400_000_000);
    }
    if b.len() < 19 || b[10] != b' ' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> { std::str::from_utf8(b.get(r)?).ok()?.parse().ok() };
    let (h, mi, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let mut micros = 0i64;
    if b.len() > 19 {
        if b[19] != b'.' {
            return None;
        }
        let digits = &s[20..];
        if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let six: String = digits.chars().chain(std::iter::repeat('0')).take(6).collect();
        micros = six.parse().ok()?;
    }
    Some(days * 86_400_000_000 + ((h * 60 + mi) * 60 + sec) * 1_000_000 + micros)
}

/// A database file opened with settings, and its one connection (further connections: [`Database::connect`]).
pub struct Database {
    db: ffi::duckdb_database,
    con: ffi::duckdb_connection,
    /// False for a further connection, which leaves closing the database to the `Database` it came from.
    owns_db: bool,
}

// SAFETY: a DuckDB database and connection may be used from any thread, one thread at a time; `Database`
// is not `Sync`, so `&self` methods never run concurrently (only `Interrupt` crosses threads, and DuckDB
// documents duckdb_interrupt as callable while a query runs).
unsafe impl Send for Database {}

impl Database {
    /// Open (or create) the database at `path` with DuckDB settings given before it starts (`access_mode`,
    /// `threads`, `memory_limit`, `enable_external_access`, ...).
    pub fn open(path: &Path, settings: &[(&str, String)]) -> Result<Database> {
        let p = path.to_str().ok_or_else(|| Error::other(format!("{}: the path is not UTF-8", path.display())))?;
        let p = cstring(p)?;
        let mut config: ffi::duckdb_config = std::ptr::null_mut();
        // SAFETY: duckdb_create_config writes a new config handle into `config`, destroyed below.
        if unsafe { ffi::duckdb_create_config(&mut config) } != ffi::duckdb_state_DuckDBSuccess {
            return Err(Error::other("could not create the engine's configuration"));
        }
        let mut result = Ok(());
        for (name, value) in settings {
            let (n, v) = match (cstring(name), cstring(value)) {
                (Ok(n), Ok(v)) => (n, v),
                (Err(e), _) | (_, Err(e)) => {
                    result = Err(e);
                    break;
                }
            };
            // SAFETY: `config` is live; both strings are NUL-terminated and outlive the call (DuckDB copies them).
            if unsafe { ffi::duckdb_set_config(config, n.as_ptr(), v.as_ptr()) } != ffi::duckdb_state_DuckDBSuccess {
                result = Err(Error::other(format!("the engine refused the setting {name} = {value}")));
                break;
            }
        }
        let mut db: ffi::duckdb_database = std::ptr::null_mut();
        let mut err: *mut c_char = std::ptr::null_mut();
        let opened = result.map(|()| {
            // SAFETY: `p` is a valid path string, `config` a live config; DuckDB writes the database handle or
            // an error string (which we free with duckdb_free).
            unsafe { ffi::duckdb_open_ext(p.as_ptr(), &mut db, config, &mut err) }
        });
        // SAFETY: the config is no longer needed once duckdb_open_ext returned (it copied what it needed).
        unsafe { ffi::duckdb_destroy_config(&mut config) };
        let state = opened?;
        if state != ffi::duckdb_state_DuckDBSuccess {
            // SAFETY: on failure `err` is NULL or a string DuckDB allocated for us; it is freed after copying.
            let message = unsafe {
                let m = owned(err).unwrap_or_else(|| "could not open the database".into());
                if !err.is_null() {
                    ffi::duckdb_free(err.cast::<c_void>());
                }
                m
            };
            let kind = if message.contains("lock") {
                ErrorKind::Locked
            } else if message.contains("IO Error") || message.contains("No such file") {
                ErrorKind::Io
            } else {
                ErrorKind::Other
            };
            return Err(Error::new(kind, format!("{}: {message}", path.display())));
        }
        let mut con: ffi::duckdb_connection = std::ptr::null_mut();
        // SAFETY: `db` is the live database just opened; the connection is written into `con`.
        if unsafe { ffi::duckdb_connect(db, &mut con) } != ffi::duckdb_state_DuckDBSuccess {
            // SAFETY: the database is closed once, here, having no connection.
            unsafe { ffi::duckdb_close(&mut db) };
            return Err(Error::other("could not connect to the database"));
        }
        Ok(Database { db, con, owns_db: true })
    }

    /// A further connection to the same database (its settings included), for another thread: each
    /// connection has its own transaction, so several can append to one table at the same time.
    pub fn connect(&self) -> Result<Connection<'_>> {
        let mut con: ffi::duckdb_connection = std::ptr::null_mut();
        // SAFETY: the database is live (borrowed for the connection's lifetime); the connection is written
        // into `con` and disconnected when the `Connection` drops.
        if unsafe { ffi::duckdb_connect(self.db, &mut con) } != ffi::duckdb_state_DuckDBSuccess {
            return Err(Error::other("could not connect to the database"));
        }
        Ok(Connection { inner: Database { db: self.db, con, owns_db: false }, _db: PhantomData })
    }

    /// Run statements that return nothing of interest (DDL, settings, a transaction's BEGIN/COMMIT).
    pub fn execute(&self, sql: &str) -> Result<()> {
        let mut res = self.run(sql)?;
        // SAFETY: `res` is a result `run` produced; destroyed once.
        unsafe { ffi::duckdb_destroy_result(&mut res) };
        Ok(())
    }

    /// A materialised result (for small ones: metadata, profiles, value counts).
    pub fn query(&self, sql: &str) -> Result<Rows> {
        let res = self.run(sql)?;
        let mut stream = Stream::from_result(res);
        let columns = stream.columns.clone();
        let mut rows = Vec::new();
        while let Some(chunk) = stream.next_chunk()? {
            for r in 0..chunk.len() {
                rows.push((0..columns.len()).map(|c| chunk.value(c, r)).collect());
            }
        }
        Ok(Rows { columns, rows })
    }

    /// The first row of a query (an error when there is none).
    pub fn query_row(&self, sql: &str) -> Result<Vec<Value>> {
        self.query(sql)?.rows.into_iter().next().ok_or_else(|| Error::other("the query returned no row"))
    }

    fn run(&self, sql: &str) -> Result<ffi::duckdb_result> {
        let q = cstring(sql)?;
        // SAFETY: a zeroed duckdb_result is the documented "empty" state duckdb_query writes into.
        let mut res: ffi::duckdb_result = unsafe { std::mem::zeroed() };
        // SAFETY: the connection is live; `q` is NUL-terminated; `res` receives the result.
        let state = unsafe { ffi::duckdb_query(self.con, q.as_ptr(), &mut res) };
        if state != ffi::duckdb_state_DuckDBSuccess {
            // SAFETY: the failed result holds its error; it is read, then destroyed once.
            let e = unsafe { result_error(&mut res) };
            unsafe { ffi::duckdb_destroy_result(&mut res) };
            return Err(e);
        }
        Ok(res)
    }

    /// Split `sql` into statements; exactly one is prepared. `Err(Multiple)` when there are several,
    /// `Err(Empty)` when none.
    pub fn prepare_one(&self, sql: &str) -> std::result::Result<Prepared<'_>, PrepareError> {
        let q = cstring(sql).map_err(PrepareError::Engine)?;
        let mut ex: ffi::duckdb_extracted_statements = std::ptr::null_mut();
        // SAFETY: the connection is live; DuckDB writes the extracted statements handle (destroyed below).
        let n = unsafe { ffi::duckdb_extract_statements(self.con, q.as_ptr(), &mut ex) };
        let out = if n == 0 {
            // SAFETY: `ex` is the handle DuckDB wrote (it carries the parse error, if any).
            let err = unsafe { owned(ffi::duckdb_extract_statements_error(ex)) };
            match err {
                Some(m) => Err(PrepareError::Engine(Error::new(ErrorKind::Other, m))),
                None => Err(PrepareError::Empty),
            }
        } else if n > 1 {
            Err(PrepareError::Multiple)
        } else {
            let mut stmt: ffi::duckdb_prepared_statement = std::ptr::null_mut();
            // SAFETY: `ex` holds exactly one statement (index 0); the prepared statement is written to `stmt`.
            let state = unsafe { ffi::duckdb_prepare_extracted_statement(self.con, ex, 0, &mut stmt) };
            let prepared = Prepared { stmt, _db: PhantomData };
            if state != ffi::duckdb_state_DuckDBSuccess {
                // SAFETY: the (failed) prepared statement carries its error; `prepared` destroys it on drop.
                let m = unsafe { owned(ffi::duckdb_prepare_error(stmt)) }.unwrap_or_else(|| "could not prepare".into());
                Err(PrepareError::Engine(Error::from_type(ffi::duckdb_error_type_DUCKDB_ERROR_INVALID, m)))
            } else {
                Ok(prepared)
            }
        };
        // SAFETY: the extracted statements are destroyed once; a prepared statement does not depend on them.
        unsafe { ffi::duckdb_destroy_extracted(&mut ex) };
        out
    }

    /// A handle that interrupts this connection's running query from another thread.
    pub fn interrupt_handle(&self) -> Interrupt<'_> {
        Interrupt { con: self.con, _db: PhantomData }
    }

    /// Run `f` with a watchdog that interrupts this connection's query once `deadline` passes.
    pub fn with_deadline<T>(&self, deadline: Instant, f: impl FnOnce() -> T) -> T {
        let handle = self.interrupt_handle();
        let (done, wait) = std::sync::mpsc::channel::<()>();
        std::thread::scope(|s| {
            s.spawn(move || {
                let left = deadline.saturating_duration_since(Instant::now());
                if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = wait.recv_timeout(left) {
                    handle.interrupt();
                }
            });
            let out = f();
            let _ = done.send(());
            out
        })
    }

    /// An appender that writes whole chunks of typed columns into `table` (whose columns have `types`).
    pub fn appender(&self, table: &str, types: &[ColumnType]) -> Result<Appender<'_>> {
        Appender::new(self, table, types)
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        // SAFETY: the connection and the database are closed once, connection first; nothing borrows them
        // any more (every borrower carries the `Database`'s lifetime).
        unsafe {
            ffi::duckdb_disconnect(&mut self.con);
            if self.owns_db {
                ffi::duckdb_close(&mut self.db);
            }
        }
    }
}

/// A further connection to a [`Database`] (see [`Database::connect`]); it cannot outlive the database.
pub struct Connection<'d> {
    inner: Database,
    _db: PhantomData<&'d Database>,
}

// SAFETY: a DuckDB connection may be used from any thread (one at a time: `Connection` is not `Sync`); the
// database it belongs to is thread-safe and outlives it (the lifetime).
unsafe impl Send for Connection<'_> {}

impl std::ops::Deref for Connection<'_> {
    type Target = Database;
    fn deref(&self) -> &Database {
        &self.inner
    }
}

/// Interrupts the query running on a connection.
pub struct Interrupt<'d> {
    con: ffi::duckdb_connection,
    _db: PhantomData<&'d Database>,
}

// SAFETY: duckdb_interrupt is meant to be called from another thread while the connection runs a query; the
// lifetime ties the handle to the `Database`, which outlives it.
unsafe impl Send for Interrupt<'_> {}

impl Interrupt<'_> {
    pub fn interrupt(&self) {
        // SAFETY: the connection is live for the handle's lifetime.
        unsafe { ffi::duckdb_interrupt(self.con) };
    }
}

/// Why a query could not be prepared as one statement.
#[derive(Debug)]
pub enum PrepareError {
    Empty,
    Multiple,
    Engine(Error),
}

/// The kind of a prepared statement, as far as the read-only path cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementKind {
    Select,
    Explain,
    Pragma,
    Call,
    Other(u32),
}

/// One prepared statement.
pub struct Prepared<'d> {
    stmt: ffi::duckdb_prepared_statement,
    _db: PhantomData<&'d Database>,
}

impl Prepared<'_> {
    pub fn kind(&self) -> StatementKind {
        // SAFETY: the statement is live.
        let t = unsafe { ffi::duckdb_prepared_statement_type(self.stmt) };
        match t {
            ffi::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_SELECT => StatementKind::Select,
            ffi::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_EXPLAIN => StatementKind::Explain,
            ffi::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_PRAGMA => StatementKind::Pragma,
            ffi::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_CALL => StatementKind::Call,
            other => StatementKind::Other(other),
        }
    }

    /// How many parameters (`?`, `$1`) the statement expects.
    pub fn parameters(&self) -> u64 {
        // SAFETY: the statement is live.
        unsafe { ffi::duckdb_nparams(self.stmt) }
    }

    /// The names of the result columns.
    pub fn column_names(&self) -> Vec<String> {
        // SAFETY: the statement is live; names are copied while it is.
        let n = unsafe { ffi::duckdb_prepared_statement_column_count(self.stmt) };
        (0..n)
            .map(|i| unsafe { owned(ffi::duckdb_prepared_statement_column_name(self.stmt, i)) }.unwrap_or_default())
            .collect()
    }

    /// Run it, streaming the result.
    pub fn stream(&self) -> Result<Stream<'_>> {
        // SAFETY: a zeroed result is the state DuckDB writes into.
        let mut res: ffi::duckdb_result = unsafe { std::mem::zeroed() };
        // SAFETY: the statement is live and prepared without error.
        let state = unsafe { ffi::duckdb_execute_prepared_streaming(self.stmt, &mut res) };
        if state != ffi::duckdb_state_DuckDBSuccess {
            // SAFETY: the failed result carries its error; read, then destroyed once.
            let e = unsafe { result_error(&mut res) };
            unsafe { ffi::duckdb_destroy_result(&mut res) };
            return Err(e);
        }
        Ok(Stream::from_result(res))
    }
}

impl Drop for Prepared<'_> {
    fn drop(&mut self) {
        // SAFETY: destroyed once (a NULL statement is accepted by DuckDB).
        unsafe { ffi::duckdb_destroy_prepare(&mut self.stmt) };
    }
}

/// The error of a failed result.
///
/// # Safety
/// `res` is a result DuckDB filled (failed or not yet destroyed).
unsafe fn result_error(res: &mut ffi::duckdb_result) -> Error {
    let message = owned(ffi::duckdb_result_error(res)).unwrap_or_else(|| "the engine failed without a message".into());
    Error::from_type(ffi::duckdb_result_error_type(res), message)
}

/// How to read one result column.
#[derive(Debug, Clone, Copy)]
enum Reader {
    Bool,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    I128,
    U128,
    F32,
    F64,
    /// DECIMAL stored as an integer of this width with this scale.
    Decimal(u8, u8),
    Text,
    Blob,
    Date,
    /// TIMESTAMP with this many microseconds per unit (seconds 1e6, ms 1e3, µs 1) or nanoseconds (0).
    Timestamp(i64),
    /// A type read as NULL (SQLNULL) or not representable here (the caller casts such columns to text).
    Unsupported,
}

fn reader_of(ty: ffi::duckdb_logical_type) -> Reader {
    // SAFETY: `ty` is a live logical type handle owned by the caller.
    let id = unsafe { ffi::duckdb_get_type_id(ty) };
    match id {
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_BOOLEAN => Reader::Bool,
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_TINYINT => Reader::I8,
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_SMALLINT => Reader::I16,
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_INTEGER => Reader::I32,
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_BIGINT => Reader::I64,
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_UTINYINT => Reader::U8,
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_USMALLINT => Reader::U16,
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_UINTEGER => Reader::U32,
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_UBIGINT => Reader::U64,
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_HUGEINT => Reader::I128,
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_UHUGEINT => Reader::U128,
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_FLOAT => Reader::F32,
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_DOUBLE => Reader::F64,
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_VARCHAR => Reader::Text,
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_BLOB => Reader::Blob,
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_DATE => Reader::Date,
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_TIMESTAMP => Reader::Timestamp(1),
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_TIMESTAMP_S => Reader::Timestamp(1_000_000),
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_TIMESTAMP_MS => Reader::Timestamp(1_000),
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_TIMESTAMP_NS => Reader::Timestamp(0),
        ffi::DUCKDB_TYPE_DUCKDB_TYPE_DECIMAL => {
            // SAFETY: `ty` is a live DECIMAL type.
            let (scale, internal) = unsafe { (ffi::duckdb_decimal_scale(ty), ffi::duckdb_decimal_internal_type(ty)) };
            let width = match internal {
                ffi::DUCKDB_TYPE_DUCKDB_TYPE_SMALLINT => 2,
                ffi::DUCKDB_TYPE_DUCKDB_TYPE_INTEGER => 4,
                ffi::DUCKDB_TYPE_DUCKDB_TYPE_BIGINT => 8,
                _ => 16,
            };
            Reader::Decimal(width, scale)
        }
        _ => Reader::Unsupported,
    }
}

/// A column of a result: its name and whether this module can read its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnMeta {
    pub name: String,
    /// False for types read only as NULL here (lists, structs, maps, intervals, ...): cast them to text.
    pub readable: bool,
}

/// A result read chunk by chunk.
pub struct Stream<'p> {
    res: ffi::duckdb_result,
    readers: Vec<Reader>,
    pub columns: Vec<String>,
    pub readable: Vec<bool>,
    _p: PhantomData<&'p ()>,
}

impl Stream<'_> {
    fn from_result(mut res: ffi::duckdb_result) -> Self {
        // SAFETY: `res` is a successful result; its column names and types are copied/read while it lives.
        let n = unsafe { ffi::duckdb_column_count(&mut res) };
        let mut readers = Vec::new();
        let mut columns = Vec::new();
        for i in 0..n {
            // SAFETY: as above; the logical type is destroyed after reading it.
            unsafe {
                columns.push(owned(ffi::duckdb_column_name(&mut res, i)).unwrap_or_default());
                let mut ty = ffi::duckdb_column_logical_type(&mut res, i);
                readers.push(reader_of(ty));
                ffi::duckdb_destroy_logical_type(&mut ty);
            }
        }
        let readable = readers.iter().map(|r| !matches!(r, Reader::Unsupported)).collect();
        Stream { res, readers, columns, readable, _p: PhantomData }
    }

    /// The next chunk of rows (None at the end); an error that happened while the query ran comes here.
    pub fn next_chunk(&mut self) -> Result<Option<Chunk<'_>>> {
        // SAFETY: the result is live; a fetched chunk is owned by `Chunk` and destroyed on its drop.
        let chunk = unsafe { ffi::duckdb_fetch_chunk(self.res) };
        if chunk.is_null() {
            // SAFETY: the result is live; its error (if any) is copied.
            let err = unsafe { ffi::duckdb_result_error(&mut self.res) };
            if !err.is_null() {
                return Err(unsafe { result_error(&mut self.res) });
            }
            return Ok(None);
        }
        // SAFETY: `chunk` is a live chunk.
        let len = unsafe { ffi::duckdb_data_chunk_get_size(chunk) } as usize;
        let mut cols = Vec::with_capacity(self.readers.len());
        for (i, r) in self.readers.iter().enumerate() {
            // SAFETY: the chunk has one vector per result column; data and validity stay valid while it lives.
            unsafe {
                let v = ffi::duckdb_data_chunk_get_vector(chunk, i as u64);
                cols.push((*r, ffi::duckdb_vector_get_data(v).cast_const(), ffi::duckdb_vector_get_validity(v)));
            }
        }
        Ok(Some(Chunk { chunk, len, cols, _s: PhantomData }))
    }
}

impl Drop for Stream<'_> {
    fn drop(&mut self) {
        // SAFETY: destroyed once; no chunk outlives the stream (chunks borrow it).
        unsafe { ffi::duckdb_destroy_result(&mut self.res) };
    }
}

/// One chunk of a result (at most 2,048 rows).
pub struct Chunk<'s> {
    chunk: ffi::duckdb_data_chunk,
    len: usize,
    cols: Vec<(Reader, *const c_void, *mut u64)>,
    _s: PhantomData<&'s ()>,
}

impl Chunk<'_> {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The text of a VARCHAR value, borrowed from the chunk (None for NULL or another type).
    pub fn text(&self, col: usize, row: usize) -> Option<&[u8]> {
        let (r, data, validity) = *self.cols.get(col)?;
        if row >= self.len || !matches!(r, Reader::Text | Reader::Blob) || !self.valid(validity, row) {
            return None;
        }
        // SAFETY: a VARCHAR/BLOB vector holds `len` duckdb_string_t values; row < len.
        Some(unsafe { string_at(data, row) })
    }

    fn valid(&self, validity: *mut u64, row: usize) -> bool {
        // SAFETY: a NULL mask means all valid; otherwise it covers the chunk's rows.
        validity.is_null() || unsafe { ffi::duckdb_validity_row_is_valid(validity, row as u64) }
    }

    /// The value at (`col`, `row`).
    pub fn value(&self, col: usize, row: usize) -> Value {
        let Some(&(r, data, validity)) = self.cols.get(col) else { return Value::Null };
        if row >= self.len || !self.valid(validity, row) || data.is_null() {
            return Value::Null;
        }
        // SAFETY: `data` is the vector's data array of the column's physical type, with `len` entries, and
        // row < len.
        unsafe {
            match r {
                Reader::Bool => Value::Bool(*data.cast::<bool>().add(row)),
                Reader::I8 => Value::Int(i64::from(*data.cast::<i8>().add(row))),
                Reader::I16 => Value::Int(i64::from(*data.cast::<i16>().add(row))),
                Reader::I32 => Value::Int(i64::from(*data.cast::<i32>().add(row))),
                Reader::I64 => Value::Int(*data.cast::<i64>().add(row)),
                Reader::U8 => Value::Int(i64::from(*data.cast::<u8>().add(row))),
                Reader::U16 => Value::Int(i64::from(*data.cast::<u16>().add(row))),
                Reader::U32 => Value::Int(i64::from(*data.cast::<u32>().add(row))),
                Reader::U64 => {
                    let v = *data.cast::<u64>().add(row);
                    i64::try_from(v).map(Value::Int).unwrap_or(Value::Big(i128::from(v)))
                }
                Reader::I128 => {
                    let h = *data.cast::<ffi::duckdb_hugeint>().add(row);
                    let v = (i128::from(h.upper) << 64) | i128::from(h.lower);
                    i64::try_from(v).map(Value::Int).unwrap_or(Value::Big(v))
                }
                Reader::U128 => {
                    let h = *data.cast::<ffi::duckdb_uhugeint>().add(row);
                    let v = (u128::from(h.upper) << 64) | u128::from(h.lower);
                    match i64::try_from(v) {
                        Ok(x) => Value::Int(x),
                        Err(_) => i128::try_from(v).map(Value::Big).unwrap_or(Value::Real(v as f64)),
                    }
                }
                Reader::F32 => Value::Real(f64::from(*data.cast::<f32>().add(row))),
                Reader::F64 => Value::Real(*data.cast::<f64>().add(row)),
                Reader::Decimal(width, scale) => {
                    let raw: i128 = match width {
                        2 => i128::from(*data.cast::<i16>().add(row)),
                        4 => i128::from(*data.cast::<i32>().add(row)),
                        8 => i128::from(*data.cast::<i64>().add(row)),
                        _ => {
                            let h = *data.cast::<ffi::duckdb_hugeint>().add(row);
                            (i128::from(h.upper) << 64) | i128::from(h.lower)
                        }
                    };
                    Value::Real(raw as f64 / 10f64.powi(i32::from(scale)))
                }
                Reader::Text => Value::Text(String::from_utf8_lossy(string_at(data, row)).into_owned()),
                Reader::Blob => Value::Blob(string_at(data, row).len()),
                Reader::Date => Value::Date(*data.cast::<i32>().add(row)),
                Reader::Timestamp(unit) => {
                    let v = *data.cast::<i64>().add(row);
                    Value::Timestamp(if unit == 0 { v.div_euclid(1000) } else { v.saturating_mul(unit) })
                }
                Reader::Unsupported => Value::Null,
            }
        }
    }
}

impl Drop for Chunk<'_> {
    fn drop(&mut self) {
        // SAFETY: a fetched chunk is destroyed once by its receiver.
        unsafe { ffi::duckdb_destroy_data_chunk(&mut self.chunk) };
    }
}

/// The bytes of the `row`th duckdb_string_t of a vector.
///
/// # Safety
/// `data` points to at least `row + 1` duckdb_string_t values that stay valid for the returned lifetime.
unsafe fn string_at<'a>(data: *const c_void, row: usize) -> &'a [u8] {
    let s = &*data.cast::<ffi::duckdb_string_t>().add(row);
    let len = s.value.inlined.length as usize;
    if len <= 12 {
        std::slice::from_raw_parts(s.value.inlined.inlined.as_ptr().cast::<u8>(), len)
    } else {
        std::slice::from_raw_parts(s.value.pointer.ptr.cast::<u8>(), len)
    }
}

/// A materialised result.
#[derive(Debug, Clone, PartialEq)]
pub struct Rows {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// The stored types of the desk's tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    Bigint,
    Double,
    Boolean,
    Date,
    Timestamp,
    Varchar,
}

impl ColumnType {
    pub fn sql(self) -> &'static str {
        match self {
            ColumnType::Bigint => "BIGINT",
            ColumnType::Double => "DOUBLE",
            ColumnType::Boolean => "BOOLEAN",
            ColumnType::Date => "DATE",
            ColumnType::Timestamp => "TIMESTAMP",
            ColumnType::Varchar => "VARCHAR",
        }
    }

    fn id(self) -> ffi::duckdb_type {
        match self {
            ColumnType::Bigint => ffi::DUCKDB_TYPE_DUCKDB_TYPE_BIGINT,
            ColumnType::Double => ffi::DUCKDB_TYPE_DUCKDB_TYPE_DOUBLE,
            ColumnType::Boolean => ffi::DUCKDB_TYPE_DUCKDB_TYPE_BOOLEAN,
            ColumnType::Date => ffi::DUCKDB_TYPE_DUCKDB_TYPE_DATE,
            ColumnType::Timestamp => ffi::DUCKDB_TYPE_DUCKDB_TYPE_TIMESTAMP,
            ColumnType::Varchar => ffi::DUCKDB_TYPE_DUCKDB_TYPE_VARCHAR,
        }
    }
}

/// A value to append.
#[derive(Debug, Clone, Copy)]
pub enum Cell<'a> {
    Null,
    Int(i64),
    Real(f64),
    Bool(bool),
    Date(i32),
    Timestamp(i64),
    Text(&'a str),
}

/// Appends rows to one table, a data chunk (2,048 rows) at a time.
pub struct Appender<'d> {
    app: ffi::duckdb_appender,
    chunk: ffi::duckdb_data_chunk,
    types: Vec<ColumnType>,
    /// Per column: the vector, its data, and its validity mask once a NULL was written.
    vectors: Vec<(ffi::duckdb_vector, *mut c_void, *mut u64)>,
    rows: usize,
    capacity: usize,
    _db: PhantomData<&'d Database>,
}

impl<'d> Appender<'d> {
    fn new(db: &'d Database, table: &str, types: &[ColumnType]) -> Result<Self> {
        let t = cstring(table)?;
        let mut app: ffi::duckdb_appender = std::ptr::null_mut();
        // SAFETY: the connection is live; DuckDB writes the appender (destroyed on drop).
        let state = unsafe { ffi::duckdb_appender_create(db.con, std::ptr::null(), t.as_ptr(), &mut app) };
        if state != ffi::duckdb_state_DuckDBSuccess {
            // SAFETY: a failed appender carries its error; it is destroyed once.
            let m = unsafe { owned(ffi::duckdb_appender_error(app)) }.unwrap_or_else(|| "no appender".into());
            unsafe { ffi::duckdb_appender_destroy(&mut app) };
            return Err(Error::other(m));
        }
        let mut logical: Vec<ffi::duckdb_logical_type> =
            types.iter().map(|t| unsafe { ffi::duckdb_create_logical_type(t.id()) }).collect();
        // SAFETY: `logical` holds one live type per column; the chunk copies them, then they are destroyed.
        let chunk = unsafe { ffi::duckdb_create_data_chunk(logical.as_mut_ptr(), logical.len() as u64) };
        for t in &mut logical {
            // SAFETY: each type is destroyed once.
            unsafe { ffi::duckdb_destroy_logical_type(t) };
        }
        // SAFETY: plain query of the engine's vector size.
        let capacity = unsafe { ffi::duckdb_vector_size() } as usize;
        let mut a =
            Appender { app, chunk, types: types.to_vec(), vectors: Vec::new(), rows: 0, capacity, _db: PhantomData };
        a.bind_vectors();
        Ok(a)
    }

    fn bind_vectors(&mut self) {
        self.vectors = (0..self.types.len())
            .map(|i| {
                // SAFETY: the chunk is live with one vector per column; pointers stay valid until it is reset.
                unsafe {
                    let v = ffi::duckdb_data_chunk_get_vector(self.chunk, i as u64);
                    (v, ffi::duckdb_vector_get_data(v), std::ptr::null_mut())
                }
            })
            .collect();
    }

    /// Write `rows` rows a column at a time (`cell(row, col)` gives each cell), which
    /// keeps one column's data at hand while it is written. A cell that does not fit its column's type is
    /// stored as NULL and counted in the returned number.
    pub fn rows<'a>(&mut self, rows: usize, mut cell: impl FnMut(usize, usize) -> Cell<'a>) -> Result<usize> {
        let mut misfits = 0;
        let mut done = 0;
        while done < rows {
            let n = (rows - done).min(self.capacity - self.rows);
            for col in 0..self.types.len() {
                for r in 0..n {
                    let at = self.rows + r;
                    if !self.set(col, at, cell(done + r, col)) {
                        misfits += 1;
                        self.set_null(col, at);
                    }
                }
            }
            self.rows += n;
            done += n;
            if self.rows == self.capacity {
                self.flush_chunk()?;
            }
        }
        Ok(misfits)
    }

    fn set_null(&mut self, col: usize, row: usize) {
        let (v, _, validity) = &mut self.vectors[col];
        // SAFETY: the vector is live; its validity mask is made writable once per chunk and covers `row`.
        unsafe {
            if validity.is_null() {
                ffi::duckdb_vector_ensure_validity_writable(*v);
                *validity = ffi::duckdb_vector_get_validity(*v);
            }
            ffi::duckdb_validity_set_row_invalid(*validity, row as u64);
        }
    }

    /// False when the cell does not fit the column's type.
    fn set(&mut self, col: usize, row: usize, cell: Cell<'_>) -> bool {
        let (v, data, _) = self.vectors[col];
        let ty = self.types[col];
        // SAFETY: `data` is the column vector's data array of the type's physical layout with `capacity`
        // entries, and row < capacity; strings (valid UTF-8, being `&str`) are copied into the vector by DuckDB.
        unsafe {
            match (ty, cell) {
                (_, Cell::Null) => {
                    self.set_null(col, row);
                }
                (ColumnType::Bigint, Cell::Int(x)) => *data.cast::<i64>().add(row) = x,
                (ColumnType::Double, Cell::Real(x)) => *data.cast::<f64>().add(row) = x,
                (ColumnType::Double, Cell::Int(x)) => *data.cast::<f64>().add(row) = x as f64,
                (ColumnType::Boolean, Cell::Bool(b)) => *data.cast::<bool>().add(row) = b,
                (ColumnType::Boolean, Cell::Int(x)) => *data.cast::<bool>().add(row) = x != 0,
                (ColumnType::Date, Cell::Date(d)) => *data.cast::<i32>().add(row) = d,
                (ColumnType::Timestamp, Cell::Timestamp(t)) => *data.cast::<i64>().add(row) = t,
                // A Rust string is valid UTF-8 already: the variant that does not check it again.
                (ColumnType::Varchar, Cell::Text(s)) => ffi::duckdb_unsafe_vector_assign_string_element_len(
                    v,
                    row as u64,
                    s.as_ptr().cast::<c_char>(),
                    s.len() as u64,
                ),
                _ => return false,
            }
        }
        true
    }

    fn flush_chunk(&mut self) -> Result<()> {
        if self.rows == 0 {
            return Ok(());
        }
        // SAFETY: the chunk is live and holds `rows` written rows; after appending it is reset for reuse and
        // its vectors' pointers are fetched again.
        let state = unsafe {
            ffi::duckdb_data_chunk_set_size(self.chunk, self.rows as u64);
            let s = ffi::duckdb_append_data_chunk(self.app, self.chunk);
            ffi::duckdb_data_chunk_reset(self.chunk);
            s
        };
        self.rows = 0;
        self.bind_vectors();
        if state != ffi::duckdb_state_DuckDBSuccess {
            // SAFETY: the appender is live; its error string is copied.
            let m = unsafe { owned(ffi::duckdb_appender_error(self.app)) }.unwrap_or_else(|| "append failed".into());
            return Err(Error::from_type(ffi::duckdb_error_type_DUCKDB_ERROR_INVALID, m));
        }
        Ok(())
    }

    /// Append what is pending and flush the appender into the table.
    pub fn finish(mut self) -> Result<()> {
        self.flush_chunk()?;
        // SAFETY: the appender is live.
        if unsafe { ffi::duckdb_appender_flush(self.app) } != ffi::duckdb_state_DuckDBSuccess {
            // SAFETY: as above.
            let m = unsafe { owned(ffi::duckdb_appender_error(self.app)) }.unwrap_or_else(|| "flush failed".into());
            return Err(Error::from_type(ffi::duckdb_error_type_DUCKDB_ERROR_INVALID, m));
        }
        Ok(())
    }
}

impl Drop for Appender<'_> {
    fn drop(&mut self) {
        // SAFETY: both are destroyed once; destroying an appender flushes what it still holds (after
        // `finish`, nothing).
        unsafe {
            ffi::duckdb_destroy_data_chunk(&mut self.chunk);
            ffi::duckdb_appender_destroy(&mut self.app);
        }
    }
}

/// `"name"` with inner quotes doubled.
pub fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

/// `'text'` with inner quotes doubled.
pub fn literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_timestamps_round_trip_through_their_text() {
        for s in ["1970-01-01", "2024-02-29", "1899-12-31", "9999-12-31"] {
            assert_eq!(date_text(parse_date(s).unwrap()), s);
        }
        for s in ["2024-03-04 09:15:00", "1969-12-31 23:59:59.5", "2024-01-01 00:00:00.000123"] {
            assert_eq!(timestamp_text(parse_timestamp(s).unwrap()), s);
        }
        assert_eq!(parse_timestamp("2024-01-01"), Some(parse_date("2024-01-01").unwrap() as i64 * 86_400_000_000));
        assert_eq!(parse_date("2024/01/01"), None);
        assert_eq!(parse_timestamp("2024-01-01T10:00:00"), None);
    }
}
