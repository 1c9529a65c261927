//! The read-only SQL path over a desk's analysis database, shared by the `sql` tool, the chart tool's
//! data queries and the CLI's `desk sql`.
//!
//! Layers, each enough on its own to stop a write: the file is opened `SQLITE_OPEN_READ_ONLY`;
//! `PRAGMA query_only=ON`; an authorizer that allows only SELECT, column reads, functions (except
//! `load_extension`), recursive CTEs and a whitelist of read-only PRAGMAs, and refuses everything else
//! (ATTACH/DETACH, INSERT/UPDATE/DELETE, CREATE/DROP/ALTER, writable PRAGMAs, transactions, REINDEX,
//! ANALYZE); a prepared statement must also report itself read-only; exactly one statement per query.
//! A progress handler stops a query at its deadline (a query that one slow function call keeps past it
//! is ended by running it in a worker process, see `worker`). Results keep the true row count while only
//! the first rows are kept, bounded in bytes as well as in rows: a value longer than
//! [`MAX_KEPT_VALUE_BYTES`] is cut (and counted in `values_cut`), and rows stop being kept once they hold
//! [`MAX_RESULT_BYTES`] (`bytes_capped`); the markdown a model reads stops at [`MODEL_MAX_BYTES`].
//! This module does not build the database (the tables engine does).

use super::fastagg;
use crate::error::{DeskError, Result};
use rusqlite::fallible_iterator::FallibleIterator;
use rusqlite::hooks::{AuthAction, AuthContext, Authorization};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The analysis database of a desk, inside its hidden area.
pub const ANALYSIS_DB_FILE: &str = "analysis.sqlite3";
/// Rows the model sees by default.
pub const MODEL_ROW_CAP: usize = 200;
/// Rows the UI receives as data by default.
pub const UI_ROW_CAP: usize = 1000;
/// Default time limit of one query.
pub const DEFAULT_TIME_LIMIT: Duration = Duration::from_secs(10);
/// Largest string or blob a query may produce.
const MAX_VALUE_BYTES: i32 = 64 * 1024 * 1024;
/// Longest query text.
const MAX_SQL_BYTES: i32 = 1024 * 1024;
/// Longest text a markdown cell shows.
const MAX_CELL_CHARS: usize = 120;
/// Most bytes of one text value a result keeps (the rest is cut, with "…").
pub const MAX_KEPT_VALUE_BYTES: usize = 64 << 10;
/// Most bytes the kept rows of one result may hold, counted as their JSON plus 16 bytes per value.
pub const MAX_RESULT_BYTES: usize = 32 << 20;
/// Most bytes of the markdown table a model reads.
pub const MODEL_MAX_BYTES: usize = 64 << 10;

/// PRAGMAs that only read and may be used to look at the schema.
const READ_ONLY_PRAGMAS: &[&str] = &[
    "table_info",
    "table_xinfo",
    "table_list",
    "index_list",
    "index_info",
    "index_xinfo",
    "foreign_key_list",
    "collation_list",
];

/// Functions that are never allowed, whatever SQLite build is underneath.
const REFUSED_FUNCTIONS: &[&str] = &["load_extension", "fts3_tokenizer", "readfile", "writefile", "edit"];

/// Where a desk's analysis database lives.
pub fn analysis_db_path(desk: &Path) -> PathBuf {
    desk.join(crate::desk::HIDDEN_DIR).join(ANALYSIS_DB_FILE)
}

/// Limits of one query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SqlLimits {
    /// How many rows are kept (the rest are only counted).
    pub max_rows: usize,
    pub time_limit: Duration,
}

impl Default for SqlLimits {
    fn default() -> Self {
        SqlLimits { max_rows: UI_ROW_CAP, time_limit: DEFAULT_TIME_LIMIT }
    }
}

/// A query's result: the first rows (at most `max_rows`, at most [`MAX_RESULT_BYTES`]) and the true
/// number of rows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueryResult {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<serde_json::Value>>,
    pub total_rows: u64,
    /// Rows were left out (by the row cap or the byte cap).
    pub truncated: bool,
    /// Text values in the kept rows that were longer than [`MAX_KEPT_VALUE_BYTES`] and were cut.
    #[serde(default)]
    pub values_cut: u64,
    /// Rows stopped being kept because the kept ones reached [`MAX_RESULT_BYTES`].
    #[serde(default)]
    pub bytes_capped: bool,
}

/// The rows a result keeps, within the row cap and the byte budget.
struct Kept {
    max_rows: usize,
    rows: Vec<Vec<serde_json::Value>>,
    bytes: usize,
    values_cut: u64,
    bytes_capped: bool,
}

impl Kept {
    fn new(max_rows: usize) -> Self {
        Kept { max_rows, rows: Vec::new(), bytes: 0, values_cut: 0, bytes_capped: false }
    }

    fn wants_more(&self) -> bool {
        self.rows.len() < self.max_rows && !self.bytes_capped
    }

    /// Keep one row built from `values`, unless it would pass the byte budget (then nothing more is kept).
    fn offer<'v>(&mut self, values: impl Iterator<Item = rusqlite::Result<ValueRef<'v>>>) -> rusqlite::Result<()> {
        let mut row = Vec::new();
        let mut bytes = self.bytes + 2;
        let mut cut = 0;
        for v in values {
            let (value, was_cut) = kept_value(v?);
            bytes += value_cost(&value);
            cut += u64::from(was_cut);
            if bytes > MAX_RESULT_BYTES {
                self.bytes_capped = true;
                return Ok(());
            }
            row.push(value);
        }
        self.bytes = bytes;
        self.values_cut += cut;
        self.rows.push(row);
        Ok(())
    }

    fn finish(self, columns: Vec<String>, total: u64) -> QueryResult {
        QueryResult {
            columns,
            truncated: (self.rows.len() as u64) < total,
            rows: self.rows,
            total_rows: total,
            values_cut: self.values_cut,
            bytes_capped: self.bytes_capped,
        }
    }
}

/// What a kept value costs against [`MAX_RESULT_BYTES`]: its JSON text plus 16 bytes.
fn value_cost(v: &serde_json::Value) -> usize {
    16 + match v {
        serde_json::Value::String(s) => {
            2 + s.len()
                + s.bytes()
                    .map(|b| match b {
                        b'"' | b'\\' | b'\n' | b'\r' | b'\t' | 0x08 | 0x0c => 1,
                        0..=0x1f => 5,
                        _ => 0,
                    })
                    .sum::<usize>()
        }
        serde_json::Value::Null => 4,
        other => other.to_string().len(),
    }
}

impl QueryResult {
    /// "12 rows × 3 columns".
    pub fn summary(&self) -> String {
        let r = self.total_rows;
        let c = self.columns.len();
        format!(
            "{} {} × {} {}",
            thousands(r as f64, 0),
            if r == 1 { "row" } else { "rows" },
            c,
            if c == 1 { "column" } else { "columns" }
        )
    }

    /// A markdown table of at most `cap` rows and [`MODEL_MAX_BYTES`] (what a model reads), with a note
    /// when rows or values were left out.
    pub fn to_markdown(&self, cap: usize) -> String {
        self.markdown(cap, MODEL_MAX_BYTES)
    }

    /// [`QueryResult::to_markdown`] with another byte bound (the CLI prints what the result kept).
    pub fn markdown(&self, cap: usize, max_bytes: usize) -> String {
        let mut out = String::new();
        if self.columns.is_empty() {
            return "(the statement returned no columns)\n".into();
        }
        out.push('|');
        for c in &self.columns {
            out.push(' ');
            out.push_str(&cell(c));
            out.push_str(" |");
        }
        out.push_str("\n|");
        for _ in &self.columns {
            out.push_str(" --- |");
        }
        out.push('\n');
        let mut shown = 0;
        let mut too_long = false;
        for row in self.rows.iter().take(cap) {
            let mut line = String::from("|");
            for v in row {
                line.push(' ');
                line.push_str(&cell(&value_text(v)));
                line.push_str(" |");
            }
            line.push('\n');
            if out.len() + line.len() > max_bytes {
                too_long = true;
                break;
            }
            out.push_str(&line);
            shown += 1;
        }
        if (shown as u64) < self.total_rows {
            let why = if too_long {
                format!("the table was cut at {} KB; select fewer columns or rows", max_bytes >> 10)
            } else if self.bytes_capped && shown == self.rows.len() {
                format!("the result was cut at {} MB; select fewer or narrower columns", MAX_RESULT_BYTES >> 20)
            } else {
                "aggregate, filter or add LIMIT to see others".to_string()
            };
            out.push_str(&format!(
                "\n(showing the first {} of {} rows; {why})\n",
                thousands(shown as f64, 0),
                thousands(self.total_rows as f64, 0)
            ));
        } else if self.total_rows == 0 {
            out.push_str("\n(no rows)\n");
        }
        if self.values_cut > 0 {
            out.push_str(&format!(
                "({} {} longer than {} KB {} cut)\n",
                thousands(self.values_cut as f64, 0),
                if self.values_cut == 1 { "value" } else { "values" },
                MAX_KEPT_VALUE_BYTES >> 10,
                if self.values_cut == 1 { "was" } else { "were" }
            ));
        }
        out
    }

    /// The JSON the UI receives: {columns, rows, total_rows, truncated} with at most `cap` rows.
    pub fn to_data(&self, cap: usize) -> serde_json::Value {
        let shown = self.rows.len().min(cap);
        serde_json::json!({
            "columns": self.columns,
            "rows": self.rows[..shown],
            "total_rows": self.total_rows,
            "truncated": (shown as u64) < self.total_rows,
            "values_cut": self.values_cut,
            "bytes_capped": self.bytes_capped,
        })
    }
}

/// A value as text for a table cell.
pub fn value_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "NULL".into(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn cell(s: &str) -> String {
    let mut t: String = s
        .chars()
        .take(MAX_CELL_CHARS)
        .map(|c| match c {
            '\n' | '\r' | '\t' => ' ',
            c => c,
        })
        .collect();
    if s.chars().count() > MAX_CELL_CHARS {
        t.push('…');
    }
    t.replace('|', "\\|")
}

/// `1234567.891` with `decimals` 2 -> "1,234,567.89".
pub fn thousands(v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let s = format!("{:.*}", decimals, v.abs());
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s.clone(), None),
    };
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let negative = v < 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0');
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&grouped);
    if let Some(f) = frac {
        out.push('.');
        out.push_str(&f);
    }
    out
}

/// A read-only connection to an analysis database.
pub struct ReadOnlyDb {
    conn: Connection,
    /// Answer plain GROUP BY queries with a hash aggregate (see `fastagg`); tests turn it off to compare.
    hash_aggregates: bool,
    /// Whether any declared collation exists in the schema (then grouping is left to SQLite).
    collations: std::cell::Cell<Option<bool>>,
    /// Whether the last successful query was answered by the hash aggregate.
    hashed: std::cell::Cell<bool>,
    /// The last action the authorizer refused, for the error message.
    refused: Arc<Mutex<Option<String>>>,
}

fn sql_error(e: rusqlite::Error) -> DeskError {
    DeskError::Sql { message: e.to_string() }
}

impl ReadOnlyDb {
    /// Open the database at `path` read-only. A missing file is `no_analysis_db`.
    pub fn open(path: &Path) -> Result<Self> {
        match std::fs::symlink_metadata(path) {
            Ok(m) if m.is_file() => {}
            Ok(_) => return Err(DeskError::NoAnalysisDb { path: path.display().to_string() }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(DeskError::NoAnalysisDb { path: path.display().to_string() })
            }
            Err(e) => return Err(DeskError::io_at(path, e)),
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(sql_error)?;
        conn.pragma_update(None, "query_only", "ON").map_err(sql_error)?;
        conn.busy_timeout(Duration::from_secs(2)).map_err(sql_error)?;
        let _ = conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true);
        // Bound what one query can build in memory (a runaway group_concat, a huge zeroblob) and how
        // long a query text may be; the time limit bounds the rest.
        conn.set_limit(rusqlite::limits::Limit::SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES).map_err(sql_error)?;
        conn.set_limit(rusqlite::limits::Limit::SQLITE_LIMIT_SQL_LENGTH, MAX_SQL_BYTES).map_err(sql_error)?;
        conn.set_limit(rusqlite::limits::Limit::SQLITE_LIMIT_ATTACHED, 0).map_err(sql_error)?;
        let refused = Arc::new(Mutex::new(None));
        let r2 = refused.clone();
        conn.authorizer(Some(move |ctx: AuthContext<'_>| match judge(&ctx.action) {
            None => Authorization::Allow,
            Some(what) => {
                if let Ok(mut slot) = r2.lock() {
                    *slot = Some(what);
                }
                Authorization::Deny
            }
        }));
        Ok(ReadOnlyDb {
            conn,
            refused,
            hash_aggregates: true,
            collations: std::cell::Cell::new(None),
            hashed: std::cell::Cell::new(false),
        })
    }

    /// Whether plain GROUP BY queries may be answered by the hash aggregate (on by default). The answers
    /// are the same either way; off, every statement runs through SQLite's own grouping (a sort).
    pub fn set_hash_aggregates(&mut self, on: bool) {
        self.hash_aggregates = on;
    }

    /// Whether the last query was answered by the hash aggregate rather than SQLite's grouping.
    pub fn answered_by_hash(&self) -> bool {
        self.hashed.get()
    }

    fn has_collations(&self) -> bool {
        if let Some(c) = self.collations.get() {
            return c;
        }
        let c = self
            .conn
            .query_row("SELECT count(*) FROM sqlite_schema WHERE sql LIKE '%collate%'", [], |r| r.get::<_, i64>(0))
            .map(|n| n > 0)
            .unwrap_or(true);
        self.collations.set(Some(c));
        c
    }

    /// The hash-aggregate path: Some(result) when it answered, None when SQLite should.
    fn try_hash_aggregate(&self, sql: &str, columns: &[String], limits: SqlLimits) -> Option<Result<QueryResult>> {
        if !self.hash_aggregates || self.has_collations() {
            return None;
        }
        let conn = &self.conn;
        let mut exists = |term: &str, from: &str| conn.prepare(&format!("SELECT {term} FROM {from}")).is_ok();
        let plan = fastagg::plan(sql, &mut exists);
        self.clear_refused();
        let plan = plan?;
        let deadline = Instant::now() + limits.time_limit;
        self.conn.progress_handler(10_000, Some(move || Instant::now() >= deadline));
        let outcome = fastagg::run(&self.conn, &plan, deadline);
        self.conn.progress_handler(0, None::<fn() -> bool>);
        match outcome {
            Ok(rows) => {
                let mut kept = Kept::new(limits.max_rows);
                for r in &rows {
                    if !kept.wants_more() {
                        break;
                    }
                    if let Err(e) = kept.offer(r.iter().map(|v| Ok(v.as_ref()))) {
                        return Some(Err(self.map_error(e, limits)));
                    }
                }
                Some(Ok(kept.finish(columns.to_vec(), rows.len() as u64)))
            }
            Err(fastagg::Outcome::Failed(e)) if matches!(&e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::OperationInterrupted) => {
                Some(Err(self.map_error(e, limits)))
            }
            // Anything else (a value outside its arithmetic, an error SQLite should word): SQLite runs it.
            Err(_) => {
                self.clear_refused();
                None
            }
        }
    }

    /// The statement with its inner GROUP BY subqueries answered (see `fastagg`), parameters bound.
    fn prepare_rewritten(&self, rw: &fastagg::Rewritten, ncols: usize) -> Option<rusqlite::Statement<'_>> {
        let mut s = self.conn.prepare(&rw.sql).ok()?;
        if !s.readonly() || s.column_count() != ncols || s.parameter_count() != rw.params.len() {
            return None;
        }
        for (i, v) in rw.params.iter().enumerate() {
            s.raw_bind_parameter(i + 1, v).ok()?;
        }
        Some(s)
    }

    fn clear_refused(&self) {
        if let Ok(mut slot) = self.refused.lock() {
            *slot = None;
        }
    }

    /// Open the analysis database of the desk at `desk`.
    pub fn open_desk(desk: &Path) -> Result<Self> {
        Self::open(&analysis_db_path(desk))
    }

    /// Run one read-only statement within `limits`.
    pub fn query(&self, sql: &str, limits: SqlLimits) -> Result<QueryResult> {
        if sql.trim().is_empty() {
            return Err(DeskError::SqlEmpty);
        }
        if let Ok(mut slot) = self.refused.lock() {
            *slot = None;
        }
        // Prepare statement by statement with the authorizer in force throughout (some PRAGMAs act
        // while being compiled, so nothing is ever compiled without it). A second statement, valid or
        // not, makes the whole query a refusal.
        let mut batch = rusqlite::Batch::new(&self.conn, sql);
        let mut stmt = match batch.next() {
            Ok(Some(s)) => s,
            Ok(None) => return Err(DeskError::SqlEmpty),
            Err(e) => return Err(self.map_error(e, limits)),
        };
        match batch.next() {
            Ok(None) => {}
            Ok(Some(_)) | Err(_) => {
                if let Ok(mut slot) = self.refused.lock() {
                    *slot = None;
                }
                return Err(DeskError::SqlMultipleStatements);
            }
        }
        if !stmt.readonly() {
            return Err(DeskError::SqlNotReadOnly { what: "a statement that writes".into() });
        }
        if stmt.column_count() == 0 {
            // Only queries run: a statement without result columns is a command (REINDEX, VACUUM, ...),
            // never an answer.
            return Err(DeskError::SqlNotReadOnly { what: "a command that returns no rows".into() });
        }
        let columns: Vec<String> = stmt.column_names().into_iter().map(String::from).collect();
        let ncols = columns.len();
        self.hashed.set(false);
        if let Some(answer) = self.try_hash_aggregate(sql, &columns, limits) {
            self.hashed.set(answer.is_ok());
            return answer;
        }
        let deadline = Instant::now() + limits.time_limit;
        self.conn.progress_handler(10_000, Some(move || Instant::now() >= deadline));
        let mut rewritten = None;
        if self.hash_aggregates && !self.has_collations() {
            match fastagg::rewrite_subqueries(&self.conn, sql, deadline) {
                Ok(Some(rw)) => rewritten = self.prepare_rewritten(&rw, ncols),
                Err(fastagg::Outcome::Failed(e)) if matches!(&e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::OperationInterrupted) =>
                {
                    self.conn.progress_handler(0, None::<fn() -> bool>);
                    return Err(self.map_error(e, limits));
                }
                _ => {}
            }
            self.clear_refused();
        }
        self.hashed.set(rewritten.is_some());
        let stmt = match rewritten.as_mut() {
            Some(s) => s,
            None => &mut stmt,
        };
        let result = (|| {
            let mut rows_iter = stmt.raw_query();
            let mut kept = Kept::new(limits.max_rows);
            let mut total: u64 = 0;
            while let Some(row) = rows_iter.next()? {
                total += 1;
                if kept.wants_more() {
                    kept.offer((0..ncols).map(|i| row.get_ref(i)))?;
                }
            }
            Ok::<_, rusqlite::Error>((kept, total))
        })();
        self.conn.progress_handler(0, None::<fn() -> bool>);
        let (kept, total) = result.map_err(|e| self.map_error(e, limits))?;
        Ok(kept.finish(columns, total))
    }

    fn map_error(&self, e: rusqlite::Error, limits: SqlLimits) -> DeskError {
        // Whatever code SQLite chose (a refused function is a plain SQLITE_ERROR), a refusal by the
        // authorizer during this statement is the reason.
        if let Some(what) = self.refused.lock().ok().and_then(|mut s| s.take()) {
            return DeskError::SqlNotReadOnly { what };
        }
        if let rusqlite::Error::SqliteFailure(f, _) = &e {
            match f.code {
                rusqlite::ErrorCode::OperationInterrupted => {
                    return DeskError::SqlTimeout { seconds: limits.time_limit.as_secs_f64() }
                }
                rusqlite::ErrorCode::AuthorizationForStatementDenied => {
                    let what = self.refused.lock().ok().and_then(|s| s.clone()).unwrap_or_else(|| "not allowed".into());
                    return DeskError::SqlNotReadOnly { what };
                }
                rusqlite::ErrorCode::ReadOnly => {
                    return DeskError::SqlNotReadOnly { what: "a write to the database".into() }
                }
                rusqlite::ErrorCode::TooBig => {
                    return DeskError::Sql {
                        message: format!(
                            "a value would be longer than {} MB (the most a query may read or build); \
                             aggregate, or take a substr()",
                            MAX_VALUE_BYTES >> 20
                        ),
                    }
                }
                rusqlite::ErrorCode::OutOfMemory => {
                    return DeskError::SqlTooLarge {
                        message: format!(
                            "it ran out of memory (a query may use {} MB)",
                            super::worker::WORKER_HEAP_LIMIT >> 20
                        ),
                    }
                }
                _ => {}
            }
        }
        if matches!(e, rusqlite::Error::MultipleStatement) {
            return DeskError::SqlMultipleStatements;
        }
        sql_error(e)
    }
}

/// None when the action is a read; otherwise what was refused, for the message.
fn judge(action: &AuthAction<'_>) -> Option<String> {
    match action {
        AuthAction::Select | AuthAction::Read { .. } | AuthAction::Recursive => None,
        AuthAction::Function { function_name } => {
            let f = function_name.to_ascii_lowercase();
            if REFUSED_FUNCTIONS.contains(&f.as_str()) {
                Some(format!("function {f}()"))
            } else {
                None
            }
        }
        AuthAction::Pragma { pragma_name, pragma_value } => {
            let p = pragma_name.to_ascii_lowercase();
            if READ_ONLY_PRAGMAS.contains(&p.as_str()) {
                None
            } else {
                Some(match pragma_value {
                    Some(v) => format!("PRAGMA {p}={v}"),
                    None => format!("PRAGMA {p} (only {} may be used)", READ_ONLY_PRAGMAS.join(", ")),
                })
            }
        }
        AuthAction::Insert { table_name } => Some(format!("INSERT into {table_name}")),
        AuthAction::Update { table_name, .. } => Some(format!("UPDATE of {table_name}")),
        AuthAction::Delete { table_name } => Some(format!("DELETE from {table_name}")),
        AuthAction::Attach { .. } => Some("ATTACH".into()),
        AuthAction::Detach { .. } => Some("DETACH".into()),
        AuthAction::Transaction { .. } | AuthAction::Savepoint { .. } => Some("transactions".into()),
        AuthAction::AlterTable { table_name, .. } => Some(format!("ALTER TABLE {table_name}")),
        AuthAction::Reindex { .. } => Some("REINDEX".into()),
        AuthAction::Analyze { .. } => Some("ANALYZE".into()),
        AuthAction::CreateTable { table_name } | AuthAction::CreateTempTable { table_name } => {
            Some(format!("CREATE TABLE {table_name}"))
        }
        AuthAction::DropTable { table_name } | AuthAction::DropTempTable { table_name } => {
            Some(format!("DROP TABLE {table_name}"))
        }
        other => Some(format!("{other:?}").split([' ', '{']).next().unwrap_or("schema change").to_string()),
    }
}

/// A value as the result keeps it (text cut at [`MAX_KEPT_VALUE_BYTES`], on a character boundary, with
/// "…"), and whether it was cut.
fn kept_value(v: ValueRef<'_>) -> (serde_json::Value, bool) {
    match v {
        ValueRef::Null => (serde_json::Value::Null, false),
        ValueRef::Integer(i) => (serde_json::Value::from(i), false),
        ValueRef::Real(f) => {
            (serde_json::Number::from_f64(f).map(serde_json::Value::Number).unwrap_or_default(), false)
        }
        ValueRef::Text(t) if t.len() > MAX_KEPT_VALUE_BYTES => {
            let mut end = MAX_KEPT_VALUE_BYTES;
            while end > 0 && (t[end] & 0xC0) == 0x80 {
                end -= 1;
            }
            let mut s = String::from_utf8_lossy(&t[..end]).into_owned();
            s.push('…');
            (serde_json::Value::String(s), true)
        }
        ValueRef::Text(t) => (serde_json::Value::String(String::from_utf8_lossy(t).into_owned()), false),
        ValueRef::Blob(b) => (serde_json::Value::String(format!("<blob {} bytes>", b.len())), false),
    }
}

/// Run one read-only query against the desk's analysis database.
pub fn query_desk(desk: &Path, sql: &str, limits: SqlLimits) -> Result<QueryResult> {
    ReadOnlyDb::open_desk(desk)?.query(sql, limits)
}

#[cfg(test)]
mod tests {
    use super::thousands;

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0.0, 0), "0");
        assert_eq!(thousands(999.0, 0), "999");
        assert_eq!(thousands(1000.0, 0), "1,000");
        assert_eq!(thousands(-1234567.891, 2), "-1,234,567.89");
        assert_eq!(thousands(-0.001, 1), "0.0");
        assert_eq!(thousands(12345678.0, 0), "12,345,678");
    }
}
