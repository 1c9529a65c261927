//! The read-only SQL path over a desk's analysis database (DuckDB), shared by the `sql` tool, the chart
//! tool's data queries and the CLI's `desk sql`.
//!
//! Layers, each enough on its own to stop a write or a reach outside the tables: the file is opened with
//! `access_mode = READ_ONLY`; exactly one statement per query, and DuckDB must report it as a SELECT (its
//! DESCRIBE, SHOW, SUMMARIZE and describing PRAGMAs are) or the EXPLAIN of one: INSERT/UPDATE/DELETE/MERGE,
//! CREATE/DROP/ALTER, ATTACH/DETACH/USE, COPY/EXPORT, INSTALL/LOAD, SET/RESET, CALL/CHECKPOINT, VACUUM,
//! PREPARE/EXECUTE and transactions are refused by kind;
//! `enable_external_access = false` (no read_csv/read_parquet/glob of any file, no COPY, ATTACH or
//! extension), extensions neither installed nor loaded automatically, and `lock_configuration` so no
//! setting changes. The engine is bounded in memory ([`ENGINE_MEMORY_LIMIT`], nothing spilled to disk:
//! past it `sql_too_large`) and threads ([`MAX_THREADS`]). A watchdog interrupts a query at its
//! deadline (a query that one slow function call keeps past it is ended by running it in a worker
//! process, see `worker`). Results are read chunk by chunk: they keep the true row count while only the
//! first rows are kept, bounded in bytes as well as in rows: a value longer than
//! [`MAX_KEPT_VALUE_BYTES`] is cut (and counted in `values_cut`), and rows stop being kept once they hold
//! [`MAX_RESULT_BYTES`] (`bytes_capped`); the markdown a model reads stops at [`MODEL_MAX_BYTES`].
//! This module does not build the database (the tables engine does).

use crate::engine::{self, Database, ErrorKind, PrepareError, StatementKind, Value};
use crate::error::{DeskError, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The analysis database of a desk, inside its hidden area.
pub const ANALYSIS_DB_FILE: &str = "analysis.duckdb";
/// Rows the model sees by default.
pub const MODEL_ROW_CAP: usize = 200;
/// Rows the UI receives as data by default.
pub const UI_ROW_CAP: usize = 1000;
/// Default time limit of one query.
pub const DEFAULT_TIME_LIMIT: Duration = Duration::from_secs(10);
/// The engine's memory for one query (DuckDB's `memory_limit`); beyond it a query fails `sql_too_large`.
pub const ENGINE_MEMORY_LIMIT: usize = 512 << 20;
/// The most threads the engine runs one query on.
pub const MAX_THREADS: usize = 4;
/// Longest query text.
const MAX_SQL_BYTES: usize = 1024 * 1024;
/// Longest text a markdown cell shows.
const MAX_CELL_CHARS: usize = 120;
/// Most bytes of one text value a result keeps (the rest is cut, with "…").
pub const MAX_KEPT_VALUE_BYTES: usize = 64 << 10;
/// Most bytes the kept rows of one result may hold, counted as their JSON plus 16 bytes per value.
pub const MAX_RESULT_BYTES: usize = 32 << 20;
/// Most bytes of the markdown table a model reads.
pub const MODEL_MAX_BYTES: usize = 64 << 10;

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
    fn offer(&mut self, values: impl Iterator<Item = Value>) {
        let mut row = Vec::new();
        let mut bytes = self.bytes + 2;
        let mut cut = 0;
        for v in values {
            let (value, was_cut) = kept_value(v);
            bytes += value_cost(&value);
            cut += u64::from(was_cut);
            if bytes > MAX_RESULT_BYTES {
                self.bytes_capped = true;
                return;
            }
            row.push(value);
        }
        self.bytes = bytes;
        self.values_cut += cut;
        self.rows.push(row);
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
    /// No columns, no rows.
    pub fn empty() -> Self {
        QueryResult {
            columns: Vec::new(),
            rows: Vec::new(),
            total_rows: 0,
            truncated: false,
            values_cut: 0,
            bytes_capped: false,
        }
    }

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
    db: Database,
}

fn sql_error(e: engine::Error) -> DeskError {
    DeskError::Sql { message: e.to_string() }
}

/// The engine settings of the read-only path (see the module doc), besides `access_mode = READ_ONLY`, for
/// the database at `db`.
pub(crate) fn read_only_settings(db: &Path) -> Vec<(&'static str, String)> {
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(1, MAX_THREADS);
    vec![
        // Nothing spills to disk: past the memory limit a query fails (`sql_too_large`). (The engine would
        // still make its temp folder, by default beside the database: it is pointed at the desk's own.)
        // Set before external access goes off, which fixes the folder.
        ("max_temp_directory_size", "0B".into()),
        ("temp_directory", db.parent().map(|p| p.join(crate::desk::TMP_DIR)).unwrap_or_default().display().to_string()),
        // No file, network or extension outside the database: read_csv/read_parquet/glob, COPY, ATTACH,
        // INSTALL and LOAD all fail with a permission error.
        ("enable_external_access", "false".into()),
        ("allow_community_extensions", "false".into()),
        ("memory_limit", format!("{}MB", ENGINE_MEMORY_LIMIT >> 20)),
        ("threads", threads.to_string()),
        // Last: no SET, RESET or PRAGMA may change any of the above.
        ("lock_configuration", "true".into()),
    ]
}

impl ReadOnlyDb {
    /// Open the database at `path` read-only. A missing file is `no_analysis_db`.
    pub fn open(path: &Path) -> Result<Self> {
        match crate::tables::open_read_only(path, &read_only_settings(path)) {
            Ok(Some(db)) => Ok(ReadOnlyDb { db }),
            Ok(None) => Err(DeskError::NoAnalysisDb { path: path.display().to_string() }),
            Err(DeskError::AnalysisDb(e)) => Err(sql_error(e)),
            Err(e) => Err(e),
        }
    }

    /// Open the analysis database of the desk at `desk`.
    pub fn open_desk(desk: &Path) -> Result<Self> {
        Self::open(&analysis_db_path(desk))
    }

    /// Run one read-only statement within `limits`.
    pub fn query(&self, sql: &str, limits: SqlLimits) -> Result<QueryResult> {
        query_on(&self.db, sql, limits)
    }
}

/// Run one read-only statement within `limits` on a handle opened with [`read_only_settings`].
fn query_on(db: &Database, sql: &str, limits: SqlLimits) -> Result<QueryResult> {
    if sql.trim().is_empty() {
        return Err(DeskError::SqlEmpty);
    }
    if sql.len() > MAX_SQL_BYTES {
        return Err(DeskError::Sql {
            message: format!("the query is {} bytes long; at most {} KB are read", sql.len(), MAX_SQL_BYTES >> 10),
        });
    }
    if let Some(word) = leading_keyword(sql).filter(|w| COMMAND_KEYWORDS.contains(&w.to_ascii_uppercase().as_str())) {
        return Err(DeskError::SqlNotReadOnly { what: word.to_ascii_uppercase() });
    }
    let deadline = Instant::now() + limits.time_limit;
    // Binding a query can take long too (a huge IN list): the deadline covers it.
    let prepared = db.with_deadline(deadline, || db.prepare_one(sql));
    let stmt = match prepared {
        Ok(s) => s,
        Err(PrepareError::Empty) => return Err(DeskError::SqlEmpty),
        Err(PrepareError::Multiple) => return Err(DeskError::SqlMultipleStatements),
        Err(PrepareError::Engine(e)) => return Err(map_error(e, limits)),
    };
    judge(&stmt)?;
    if stmt.parameters() > 0 {
        return Err(DeskError::Sql { message: "the query has parameters ($1, ?); write the values in it".into() });
    }
    let columns = stmt.column_names();
    let result = db.with_deadline(deadline, || -> engine::Result<(Kept, u64)> {
        let mut stream = stmt.stream()?;
        if stream.readable.iter().all(|r| *r) {
            return read_rows(&mut stream, limits);
        }
        // Values of types without a plain JSON form (lists, structs, intervals ...) are read as their text.
        drop(stream);
        let as_text = db.prepare_one(&as_text_sql(sql)).map_err(|e| match e {
            PrepareError::Engine(e) => e,
            _ => engine::Error::other("the query could not be read as text"),
        })?;
        let mut stream = as_text.stream()?;
        read_rows(&mut stream, limits)
    });
    let (kept, total) = result.map_err(|e| map_error(e, limits))?;
    Ok(kept.finish(columns, total))
}

/// The words a statement that is not a query starts with: refused before the engine even prepares it (a
/// first layer, which also names a write that would not bind), then by its kind.
const COMMAND_KEYWORDS: &[&str] = &[
    "INSERT",
    "UPDATE",
    "DELETE",
    "MERGE",
    "TRUNCATE",
    "REPLACE",
    "UPSERT",
    "CREATE",
    "DROP",
    "ALTER",
    "ATTACH",
    "DETACH",
    "USE",
    "COPY",
    "EXPORT",
    "IMPORT",
    "INSTALL",
    "LOAD",
    "FORCE",
    "SET",
    "RESET",
    "CALL",
    "CHECKPOINT",
    "VACUUM",
    "ANALYZE",
    "BEGIN",
    "START",
    "COMMIT",
    "ROLLBACK",
    "ABORT",
    "END",
    "PREPARE",
    "EXECUTE",
    "DEALLOCATE",
];

/// The first word of `sql`, past white space, comments and opening parentheses (None when it does not
/// start with a word).
fn leading_keyword(sql: &str) -> Option<&str> {
    let mut rest = sql;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '(');
        if let Some(r) = rest.strip_prefix("--") {
            rest = r.split_once('\n').map(|(_, after)| after).unwrap_or("");
        } else if let Some(r) = rest.strip_prefix("/*") {
            rest = r.split_once("*/").map(|(_, after)| after).unwrap_or("");
        } else {
            break;
        }
    }
    let end = rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// Read every row of a result, keeping what `limits` and the byte budget allow and counting the rest.
fn read_rows(stream: &mut engine::Stream<'_>, limits: SqlLimits) -> engine::Result<(Kept, u64)> {
    let mut kept = Kept::new(limits.max_rows);
    let mut total: u64 = 0;
    let ncols = stream.columns.len();
    while let Some(chunk) = stream.next_chunk()? {
        total += chunk.len() as u64;
        for r in 0..chunk.len() {
            if !kept.wants_more() {
                break;
            }
            kept.offer((0..ncols).map(|c| chunk.value(c, r)));
        }
    }
    Ok((kept, total))
}

/// The query with every result column cast to text (for types that have no plain JSON form).
fn as_text_sql(sql: &str) -> String {
    let body = sql.trim_end().trim_end_matches(';');
    format!("SELECT COLUMNS(*)::VARCHAR FROM (\n{body}\n) AS _q")
}

/// Refuse every statement but a query. DuckDB tells the kind of a prepared statement; everything that is
/// not a SELECT (DuckDB's DESCRIBE, SHOW, SUMMARIZE and its describing PRAGMAs such as `table_info` are
/// SELECTs too) or the EXPLAIN of one is refused, named.
fn judge(stmt: &engine::Prepared<'_>) -> Result<()> {
    match stmt.kind() {
        StatementKind::Select | StatementKind::Explain => Ok(()),
        StatementKind::Pragma => Err(DeskError::SqlNotReadOnly { what: "PRAGMA (settings are fixed)".into() }),
        StatementKind::Call => Err(DeskError::SqlNotReadOnly { what: "CALL or CHECKPOINT".into() }),
        StatementKind::Other(t) => Err(DeskError::SqlNotReadOnly { what: statement_name(t).into() }),
    }
}

/// What a statement kind is called, for the refusal.
fn statement_name(t: u32) -> &'static str {
    use libduckdb_sys as f;
    match t {
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_INSERT => "INSERT",
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_UPDATE => "UPDATE",
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_DELETE => "DELETE",
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_MERGE_INTO => "MERGE",
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_CREATE
        | f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_CREATE_FUNC => "CREATE",
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_DROP => "DROP",
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_ALTER => "ALTER",
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_ATTACH => "ATTACH",
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_DETACH => "DETACH",
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_COPY
        | f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_COPY_DATABASE => "COPY",
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_EXPORT => "EXPORT",
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_LOAD => "INSTALL/LOAD",
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_UPDATE_EXTENSIONS => "UPDATE EXTENSIONS",
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_SET
        | f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_VARIABLE_SET => "SET (settings are fixed)",
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_TRANSACTION => "transactions",
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_VACUUM => "VACUUM",
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_ANALYZE => "ANALYZE",
        f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_PREPARE
        | f::duckdb_statement_type_DUCKDB_STATEMENT_TYPE_EXECUTE => "PREPARE/EXECUTE",
        _ => "a statement that is not a query",
    }
}

fn map_error(e: engine::Error, limits: SqlLimits) -> DeskError {
    match e.kind {
        ErrorKind::Interrupted => DeskError::SqlTimeout { seconds: limits.time_limit.as_secs_f64() },
        ErrorKind::OutOfMemory => DeskError::SqlTooLarge {
            message: format!("it ran out of memory (a query may use {} MB)", ENGINE_MEMORY_LIMIT >> 20),
        },
        ErrorKind::Permission => DeskError::SqlNotReadOnly { what: permission_reason(&e.message) },
        _ => sql_error(e),
    }
}

/// A permission refusal in words: what the query tried that the read-only path does not do.
fn permission_reason(message: &str) -> String {
    let m = message.to_ascii_lowercase();
    if m.contains("file system") || m.contains("external access") || m.contains("disabled by configuration") {
        "reading or writing files outside the desk's tables (read_csv, glob, COPY, ATTACH, extensions) is off".into()
    } else if m.contains("configuration") || m.contains("locked") {
        "settings are fixed".into()
    } else if m.contains("read-only") || m.contains("read only") {
        "a write to the database".into()
    } else {
        message.chars().take(200).collect()
    }
}

/// A value as the result keeps it (text cut at [`MAX_KEPT_VALUE_BYTES`], on a character boundary, with
/// "…"), and whether it was cut. Dates and timestamps are ISO text; integers beyond 64 bits and decimals
/// are numbers.
fn kept_value(v: Value) -> (serde_json::Value, bool) {
    match v {
        Value::Null => (serde_json::Value::Null, false),
        Value::Bool(b) => (serde_json::Value::Bool(b), false),
        Value::Int(i) => (serde_json::Value::from(i), false),
        Value::Big(i) => {
            (serde_json::Number::from_f64(i as f64).map(serde_json::Value::Number).unwrap_or_default(), false)
        }
        Value::Real(f) => (serde_json::Number::from_f64(f).map(serde_json::Value::Number).unwrap_or_default(), false),
        Value::Text(t) if t.len() > MAX_KEPT_VALUE_BYTES => {
            let mut end = MAX_KEPT_VALUE_BYTES;
            while end > 0 && !t.is_char_boundary(end) {
                end -= 1;
            }
            let mut s = t[..end].to_string();
            s.push('…');
            (serde_json::Value::String(s), true)
        }
        Value::Text(t) => (serde_json::Value::String(t), false),
        other => (serde_json::Value::String(other.to_text().unwrap_or_default()), false),
    }
}

/// Run one read-only query against the desk's analysis database (on the handle this process keeps open).
pub fn query_desk(desk: &Path, sql: &str, limits: SqlLimits) -> Result<QueryResult> {
    let path = analysis_db_path(desk);
    let answer = crate::tables::with_reader(&path, |db| query_on(db, sql, limits)).map_err(|e| match e {
        DeskError::AnalysisDb(e) => sql_error(e),
        other => other,
    })?;
    answer.unwrap_or_else(|| Err(DeskError::NoAnalysisDb { path: path.display().to_string() }))
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
