//! Tables: every CSV/TSV/delimited-text and spreadsheet file in a desk as a typed SQLite table in the
//! desk's hidden analysis database (`<desk>/.desk/analysis.sqlite3`), with a stored profile per table.
//!
//! Owns: finding the sources (hidden entries skipped, symlinks never followed), deciding what to
//! rebuild (a source's mtime or size changed; nothing otherwise), building each table under a staging
//! name and swapping it in with one transaction (a failed build leaves the old table), dropping the
//! tables of sources that are gone, the metadata tables `_desk_sources` and `_desk_tables`, and the
//! catalog (schemas, original names, notes, warnings, profiles) handed to the analyst and the UI.
//! Parsing lives in `source`, types in `infer`, loading in `load` (with `insert` for the hot INSERT),
//! profiles in `profile`, names in `naming`. It does not run queries for the analyst (the sql tool opens the database read-only) and
//! does not import files into the desk (`import` does).
//!
//! The database is a cache that can always be rebuilt from the files: while building, it runs with
//! `journal_mode=OFF` and `synchronous=OFF` for speed (the swap itself runs with an in-memory journal,
//! so it is all-or-nothing); a marker file (`.desk/analysis.building`) exists
//! for the duration of a sync that writes, so a sync killed half-way is detected next time and the
//! cache rebuilt from scratch. One sync at a time per desk (an exclusive `flock` on `.desk/analysis.lock`).

mod infer;
mod insert;
mod load;
mod meaning;
mod naming;
mod profile;
mod source;

pub use infer::ColumnType;
pub use profile::{ColumnProfile, TopValue};

use crate::desk::HIDDEN_DIR;
use crate::error::{DeskError, ErrorBody, Result};
use crate::snapshot::Snapshot;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use serde::{Deserialize, Serialize};
use source::{Bom, Codec, DelimitedRows};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::{self, File, OpenOptions};
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::time::Instant;

const DB_FILE: &str = "analysis.sqlite3";
const MARKER_FILE: &str = "analysis.building";
const LOCK_FILE: &str = "analysis.lock";
const SCHEMA_VERSION: i64 = 2;
const STAGING_PREFIX: &str = "__build_";

/// The analysis database of a desk (hidden; a rebuildable cache).
pub fn analysis_db_path(desk: &Path) -> PathBuf {
    desk.join(HIDDEN_DIR).join(DB_FILE)
}

/// Which read of a source a progress event is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// The first read: types from every row and, usually, the load itself.
    Scan,
    /// The finish, or a second read when a late value changed a column's type (rare).
    Load,
}

/// Progress of a sync: `bytes_done` of `bytes_total` (the sizes of the sources being built, summed),
/// never going back. The first read of a source covers 90% of its share, the finish or a second read
/// the rest. `path` is the source being read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub path: String,
    pub stage: Stage,
    pub bytes_done: u64,
    pub bytes_total: u64,
}

/// How a source was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceFormat {
    /// `delimited` or `workbook`.
    pub kind: String,
    /// `,` `;` `tab` or `|` for delimited files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delimiter: Option<String>,
    /// `utf-8`, `utf-8 (with BOM)`, `utf-16le`, `utf-16be` or `windows-1252` for delimited files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// Whether the first record was taken as the header (else columns are `column_1`...).
    pub header: bool,
}

/// One column of a table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColumnInfo {
    /// The SQL name (always quote it anyway).
    pub name: String,
    /// The header as written in the file (empty when there was none).
    pub original: String,
    #[serde(rename = "type")]
    pub ty: ColumnType,
    /// How values were read: number spellings, date order, choices made.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    pub profile: ColumnProfile,
    /// What the column means (role, unit, spelling variants): see [`crate::semantics`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semantics: Option<crate::semantics::Semantics>,
}

/// One table of the analysis database: its schema, where it came from, and its profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableInfo {
    pub name: String,
    /// The source file, relative to the desk, '/'-separated.
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    pub rows: u64,
    pub columns: Vec<ColumnInfo>,
    pub format: SourceFormat,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl TableInfo {
    pub fn column(&self, name: &str) -> Option<&ColumnInfo> {
        self.columns.iter().find(|c| c.name == name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BuiltSource {
    pub path: String,
    pub tables: Vec<String>,
    pub rows: u64,
    pub millis: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DroppedSource {
    pub path: String,
    pub tables: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FailedSource {
    pub path: String,
    pub error: ErrorBody,
    /// False when the failure is remembered from an earlier sync (the file has not changed since).
    pub fresh: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SkippedSource {
    pub path: String,
    pub reason: String,
}

/// What a sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    pub built: Vec<BuiltSource>,
    pub unchanged: Vec<String>,
    pub dropped: Vec<DroppedSource>,
    pub failed: Vec<FailedSource>,
    pub skipped: Vec<SkippedSource>,
}

impl SyncReport {
    /// True when the sync changed the database.
    pub fn changed(&self) -> bool {
        !self.built.is_empty() || !self.dropped.is_empty() || self.failed.iter().any(|f| f.fresh)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SourceKind {
    /// `.csv` `.tsv` (preferred delimiter) or `.txt` (only when a delimiter is found).
    Delimited {
        preferred: u8,
        must_split: bool,
    },
    Workbook,
}

fn kind_of(path: &str) -> Option<SourceKind> {
    let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
    match ext.as_str() {
        "csv" => Some(SourceKind::Delimited { preferred: b',', must_split: false }),
        "tsv" | "tab" => Some(SourceKind::Delimited { preferred: b'\t', must_split: false }),
        "txt" => Some(SourceKind::Delimited { preferred: b',', must_split: true }),
        "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => Some(SourceKind::Workbook),
        _ => None,
    }
}

fn delimiter_name(d: u8) -> String {
    match d {
        b'\t' => "tab".into(),
        d => (d as char).to_string(),
    }
}

/// True for database errors that are about the database or the disk (the sync stops, and the next one
/// starts the cache again), false for those about one source (e.g. a value too big), which fail alone.
fn db_fault(e: &rusqlite::Error) -> bool {
    use rusqlite::ErrorCode as C;
    match e {
        rusqlite::Error::SqliteFailure(f, _) => matches!(
            f.code,
            C::DiskFull
                | C::SystemIoFailure
                | C::DatabaseCorrupt
                | C::NotADatabase
                | C::CannotOpen
                | C::ReadOnly
                | C::DatabaseBusy
                | C::DatabaseLocked
                | C::OutOfMemory
                | C::PermissionDenied
        ),
        _ => false,
    }
}

fn db_err(e: rusqlite::Error) -> DeskError {
    DeskError::AnalysisDb(e)
}

/// An exclusive lock on the desk's analysis database for one sync (released on drop).
struct SyncLock(#[allow(dead_code)] File);

impl SyncLock {
    fn acquire(path: &Path) -> Result<Self> {
        let f = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .map_err(|e| DeskError::io_at(path, e))?;
        // SAFETY: flock on a file descriptor we own; no memory is involved.
        let r = unsafe { libc::flock(f.as_raw_fd(), libc::LOCK_EX) };
        if r != 0 {
            return Err(DeskError::io_at(path, std::io::Error::last_os_error()));
        }
        Ok(SyncLock(f))
    }
}

fn remove_db(db: &Path) -> Result<()> {
    for suffix in ["", "-journal", "-wal", "-shm"] {
        let p = PathBuf::from(format!("{}{suffix}", db.display()));
        match fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(DeskError::io_at(&p, e)),
        }
    }
    Ok(())
}

fn set_journal(conn: &Connection, mode: &str) -> Result<()> {
    conn.query_row(&format!("PRAGMA journal_mode={mode}"), [], |r| r.get::<_, String>(0)).map_err(db_err)?;
    Ok(())
}

/// Open the analysis database for building, creating or re-creating it as needed.
fn open_for_build(db: &Path) -> Result<Connection> {
    let open = || -> Result<Connection> {
        let conn = Connection::open(db).map_err(db_err)?;
        conn.busy_timeout(std::time::Duration::from_secs(30)).map_err(db_err)?;
        set_journal(&conn, "OFF")?;
        conn.execute_batch("PRAGMA synchronous=OFF; PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY;")
            .map_err(db_err)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(db_err)?;
        if version != SCHEMA_VERSION {
            let empty: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0)).map_err(db_err)?;
            if empty != 0 {
                return Err(DeskError::AnalysisDb(rusqlite::Error::InvalidQuery));
            }
            conn.execute_batch(&format!(
                "PRAGMA page_size = 16384;
                 CREATE TABLE _desk_sources(path TEXT PRIMARY KEY, mtime_ns INTEGER NOT NULL, size INTEGER NOT NULL,
                    status TEXT NOT NULL, error TEXT);
                 CREATE TABLE _desk_tables(name TEXT PRIMARY KEY, source TEXT NOT NULL, sheet TEXT,
                    position INTEGER NOT NULL, info TEXT NOT NULL);
                 PRAGMA user_version = {SCHEMA_VERSION};"
            ))
            .map_err(db_err)?;
        }
        Ok(conn)
    };
    match open() {
        Ok(c) => Ok(c),
        // An old schema, a foreign or a damaged file: it is a cache, start again.
        Err(_) => {
            remove_db(db)?;
            open()
        }
    }
}

#[derive(Debug)]
struct KnownSource {
    mtime_ns: i64,
    size: i64,
    status: String,
    error: Option<String>,
}

/// Table name -> (source path, sheet).
type Names = HashMap<String, (String, Option<String>)>;

/// Bring the analysis database of `desk` in step with the files in it. See the module doc.
pub fn sync(desk: &Path, progress: &mut dyn FnMut(&Progress)) -> Result<SyncReport> {
    let hidden = desk.join(HIDDEN_DIR);
    fs::create_dir_all(&hidden).map_err(|e| DeskError::io_at(&hidden, e))?;
    let _lock = SyncLock::acquire(&hidden.join(LOCK_FILE))?;
    let db = analysis_db_path(desk);
    let marker = hidden.join(MARKER_FILE);
    if fs::symlink_metadata(&marker).is_ok() {
        // A previous sync stopped half-way: the cache may be inconsistent.
        remove_db(&db)?;
        fs::remove_file(&marker).map_err(|e| DeskError::io_at(&marker, e))?;
    }
    let conn = open_for_build(&db)?;

    let snap = Snapshot::take(desk)?;
    let sources: BTreeMap<String, (i64, u64, SourceKind)> = snap
        .entries
        .iter()
        .filter_map(|(p, st)| kind_of(p).map(|k| (p.clone(), (st.mtime_ns as i64, st.size, k))))
        .collect();
    let known = known_sources(&conn)?;
    let mut names = table_names(&conn)?;

    let mut report = SyncReport::default();
    let gone: Vec<String> = known.keys().filter(|p| !sources.contains_key(*p)).cloned().collect();
    let mut todo = Vec::new();
    for (path, (mtime_ns, size, kind)) in &sources {
        match known.get(path) {
            Some(k) if k.mtime_ns == *mtime_ns && k.size == *size as i64 => match k.status.as_str() {
                "failed" => report.failed.push(FailedSource {
                    path: path.clone(),
                    error: k
                        .error
                        .as_deref()
                        .and_then(|e| serde_json::from_str(e).ok())
                        .unwrap_or(ErrorBody { code: "table_unreadable".into(), message: "unreadable".into() }),
                    fresh: false,
                }),
                "skipped" => report
                    .skipped
                    .push(SkippedSource { path: path.clone(), reason: k.error.clone().unwrap_or_default() }),
                _ => report.unchanged.push(path.clone()),
            },
            _ => todo.push((path.clone(), *mtime_ns, *size, *kind)),
        }
    }
    if gone.is_empty() && todo.is_empty() {
        return Ok(report);
    }
    File::create(&marker).map_err(|e| DeskError::io_at(&marker, e))?;

    for path in gone {
        let tables: Vec<String> = names.iter().filter(|(_, (src, _))| *src == path).map(|(n, _)| n.clone()).collect();
        swap_in(&conn, &path, None, &tables, &[], None)?;
        names.retain(|_, (src, _)| *src != path);
        let mut tables = tables;
        tables.sort();
        report.dropped.push(DroppedSource { path, tables });
    }

    let bytes_total: u64 = todo.iter().map(|t| t.2).sum();
    let mut base = 0u64;
    for (path, mtime_ns, size, kind) in todo {
        let started = Instant::now();
        let old: Vec<String> = names.iter().filter(|(_, (src, _))| *src == path).map(|(n, _)| n.clone()).collect();
        let mut on_progress = |stage: Stage, done: u64| {
            let done = done.min(size);
            let first_share = size / 10 * 9;
            let bytes_done = match stage {
                Stage::Scan => base + done / 10 * 9,
                Stage::Load => base + first_share + (done * (size - first_share)).checked_div(size).unwrap_or(0),
            };
            progress(&Progress { path: path.clone(), stage, bytes_done, bytes_total });
        };
        let outcome = build_source(&conn, desk, &path, size, kind, &names, &mut on_progress);
        base += size;
        match outcome {
            Ok(Built::Tables(built)) => {
                let infos: Vec<&TableInfo> = built.iter().map(|(_, t)| t).collect();
                let staged: Vec<(String, String)> = built.iter().map(|(s, t)| (s.clone(), t.name.clone())).collect();
                if let Err(e) = swap_in(&conn, &path, Some((mtime_ns, size)), &old, &staged, Some(&infos)) {
                    drop_staging(&conn, &staged);
                    return Err(e);
                }
                names.retain(|_, (src, _)| *src != path);
                for t in &infos {
                    names.insert(t.name.clone(), (path.clone(), t.sheet.clone()));
                }
                report.built.push(BuiltSource {
                    path: path.clone(),
                    tables: infos.iter().map(|t| t.name.clone()).collect(),
                    rows: infos.iter().map(|t| t.rows).sum(),
                    millis: started.elapsed().as_millis() as u64,
                });
            }
            Ok(Built::Skipped(reason)) => {
                swap_in(&conn, &path, Some((mtime_ns, size)), &old, &[], None)?;
                record_source(&conn, &path, mtime_ns, size, "skipped", Some(&reason))?;
                names.retain(|_, (src, _)| *src != path);
                report.skipped.push(SkippedSource { path, reason });
            }
            Err(DeskError::AnalysisDb(e)) if db_fault(&e) => return Err(DeskError::AnalysisDb(e)),
            Err(e) => {
                // The old tables (if any) stay; the failure is remembered until the file changes.
                let body = e.body();
                let json = serde_json::to_string(&body).unwrap_or_default();
                record_source(&conn, &path, mtime_ns, size, "failed", Some(&json))?;
                report.failed.push(FailedSource { path, error: body, fresh: true });
            }
        }
    }
    fs::remove_file(&marker).map_err(|e| DeskError::io_at(&marker, e))?;
    Ok(report)
}

fn known_sources(conn: &Connection) -> Result<BTreeMap<String, KnownSource>> {
    let mut stmt = conn.prepare("SELECT path, mtime_ns, size, status, error FROM _desk_sources").map_err(db_err)?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                KnownSource { mtime_ns: r.get(1)?, size: r.get(2)?, status: r.get(3)?, error: r.get(4)? },
            ))
        })
        .map_err(db_err)?;
    rows.collect::<rusqlite::Result<_>>().map_err(db_err)
}

fn table_names(conn: &Connection) -> Result<Names> {
    let mut stmt = conn.prepare("SELECT name, source, sheet FROM _desk_tables").map_err(db_err)?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, (r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?))))
        .map_err(db_err)?;
    rows.collect::<rusqlite::Result<_>>().map_err(db_err)
}

fn record_source(
    conn: &Connection,
    path: &str,
    mtime_ns: i64,
    size: u64,
    status: &str,
    error: Option<&str>,
) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO _desk_sources(path, mtime_ns, size, status, error) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![path, mtime_ns, size as i64, status, error],
    )
    .map_err(db_err)?;
    Ok(())
}

fn drop_staging(conn: &Connection, staged: &[(String, String)]) {
    for (s, _) in staged {
        let _ = conn.execute_batch(&format!("DROP TABLE IF EXISTS {}", naming::quote(s)));
    }
}

/// In one transaction: drop `old` tables, rename the staged tables to their final names and record
/// them, and record (or, with `stamp` None, forget) the source. Runs with an in-memory rollback journal
/// so that the swap is all-or-nothing.
fn swap_in(
    conn: &Connection,
    path: &str,
    stamp: Option<(i64, u64)>,
    old: &[String],
    staged: &[(String, String)],
    infos: Option<&[&TableInfo]>,
) -> Result<()> {
    set_journal(conn, "MEMORY")?;
    let run = || -> rusqlite::Result<()> {
        conn.execute_batch("BEGIN IMMEDIATE")?;
        for t in old {
            conn.execute_batch(&format!("DROP TABLE IF EXISTS {}", naming::quote(t)))?;
        }
        for (s, name) in staged {
            conn.execute_batch(&format!("ALTER TABLE {} RENAME TO {}", naming::quote(s), naming::quote(name)))?;
        }
        conn.execute("DELETE FROM _desk_tables WHERE source = ?1", [path])?;
        if let Some(infos) = infos {
            for (i, t) in infos.iter().enumerate() {
                let json = serde_json::to_string(t).map_err(|e| rusqlite::Error::ToSqlConversionFailure(e.into()))?;
                conn.execute(
                    "INSERT INTO _desk_tables(name, source, sheet, position, info) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![t.name, path, t.sheet, i as i64, json],
                )?;
            }
        }
        match stamp {
            Some((mtime_ns, size)) => {
                conn.execute(
                    "INSERT OR REPLACE INTO _desk_sources(path, mtime_ns, size, status, error) VALUES (?1, ?2, ?3, 'ok', NULL)",
                    params![path, mtime_ns, size as i64],
                )?;
            }
            None => {
                conn.execute("DELETE FROM _desk_sources WHERE path = ?1", [path])?;
            }
        }
        conn.execute_batch("COMMIT")
    };
    let result = run();
    if result.is_err() {
        let _ = conn.execute_batch("ROLLBACK");
    }
    let mode = set_journal(conn, "OFF");
    result.map_err(db_err)?;
    mode
}

enum Built {
    /// (staging table, info with the final name)
    Tables(Vec<(String, TableInfo)>),
    Skipped(String),
}

/// Build every table of one source under staging names. On error, nothing of it is left behind.
fn build_source(
    conn: &Connection,
    desk: &Path,
    path: &str,
    size: u64,
    kind: SourceKind,
    names: &Names,
    progress: &mut dyn FnMut(Stage, u64),
) -> Result<Built> {
    let file = desk.join(path);
    let file_name = path.rsplit('/').next().unwrap_or(path);
    let mut used: HashSet<String> = names.iter().filter(|(_, (src, _))| src != path).map(|(n, _)| n.clone()).collect();
    let pick = |sheet: Option<&str>, used: &mut HashSet<String>| -> String {
        let previous = names
            .iter()
            .find(|(n, (src, sh))| src == path && sh.as_deref() == sheet && !used.contains(*n))
            .map(|(n, _)| n.clone());
        let name = previous.unwrap_or_else(|| naming::unique(&naming::table_base(file_name, sheet), used));
        used.insert(name.clone());
        name
    };
    let mut built: Vec<(String, TableInfo)> = Vec::new();
    let result = (|| -> Result<Option<String>> {
        match kind {
            SourceKind::Delimited { preferred, must_split } => {
                let bom = Bom::sniff(&file)?;
                const SAMPLE: usize = 1 << 16;
                let sample = source::sample(&file, bom, SAMPLE)?;
                let sniffed = source::sniff_delimiter(&sample, sample.len() >= SAMPLE, preferred);
                // A .txt is a table only when a delimiter splits nearly every line alike.
                if must_split && (sniffed.fields < 2 || sniffed.records < 2 || sniffed.consistency < 0.9) {
                    return Ok(Some("no delimiter (, ; tab |) splits its lines into the same columns".into()));
                }
                let delimiter = sniffed.delimiter;
                let name = pick(None, &mut used);
                let staging = format!("{STAGING_PREFIX}{name}");
                conn.execute_batch(&format!("DROP TABLE IF EXISTS {}", naming::quote(&staging))).map_err(db_err)?;
                built.push((staging.clone(), placeholder(&name, path)));
                let mut rows = DelimitedRows::new(&file, bom, delimiter);
                let spec = load::LoadSpec {
                    path,
                    codec: Codec::Utf8,
                    may_fallback: matches!(bom, Bom::None | Bom::Utf8),
                    semicolon: delimiter == b';',
                };
                let loaded = load::load(conn, &staging, &mut rows, &spec, progress)?;
                let encoding = if loaded.codec == Codec::Windows1252 { "windows-1252" } else { bom.name() };
                let format = SourceFormat {
                    kind: "delimited".into(),
                    delimiter: Some(delimiter_name(delimiter)),
                    encoding: Some(encoding.into()),
                    header: loaded.header,
                };
                if let Some(last) = built.last_mut() {
                    last.1 = info(&name, path, None, loaded, format, Vec::new());
                    meaning::annotate(conn, &staging, &mut last.1)?;
                }
                Ok(None)
            }
            SourceKind::Workbook => {
                let sheets = source::read_workbook(&file, size)?;
                if sheets.is_empty() {
                    return Ok(Some("the workbook has no sheet with data".into()));
                }
                for mut sheet in sheets {
                    let name = pick(Some(&sheet.name), &mut used);
                    let staging = format!("{STAGING_PREFIX}{name}");
                    conn.execute_batch(&format!("DROP TABLE IF EXISTS {}", naming::quote(&staging))).map_err(db_err)?;
                    built.push((staging.clone(), placeholder(&name, path)));
                    let spec = load::LoadSpec { path, codec: Codec::Utf8, may_fallback: false, semicolon: false };
                    let loaded = load::load(conn, &staging, &mut sheet.rows, &spec, progress)?;
                    let format = SourceFormat {
                        kind: "workbook".into(),
                        delimiter: None,
                        encoding: None,
                        header: loaded.header,
                    };
                    let mut warnings = Vec::new();
                    if sheet.error_cells > 0 {
                        warnings.push(format!(
                            "{} cells held spreadsheet errors (#DIV/0!, #N/A ...): stored as NULL",
                            sheet.error_cells
                        ));
                    }
                    if let Some(last) = built.last_mut() {
                        last.1 = info(&name, path, Some(sheet.name.clone()), loaded, format, warnings);
                        meaning::annotate(conn, &staging, &mut last.1)?;
                    }
                }
                Ok(None)
            }
        }
    })();
    match result {
        Ok(None) => Ok(Built::Tables(built)),
        Ok(Some(reason)) => {
            drop_staging_built(conn, &built);
            Ok(Built::Skipped(reason))
        }
        Err(e) => {
            drop_staging_built(conn, &built);
            Err(e)
        }
    }
}

fn drop_staging_built(conn: &Connection, built: &[(String, TableInfo)]) {
    for (s, _) in built {
        let _ = conn.execute_batch(&format!("DROP TABLE IF EXISTS {}", naming::quote(s)));
    }
}

fn placeholder(name: &str, path: &str) -> TableInfo {
    TableInfo {
        name: name.into(),
        source: path.into(),
        sheet: None,
        rows: 0,
        columns: Vec::new(),
        format: SourceFormat { kind: String::new(), delimiter: None, encoding: None, header: false },
        warnings: Vec::new(),
    }
}

fn info(
    name: &str,
    path: &str,
    sheet: Option<String>,
    loaded: load::Loaded,
    format: SourceFormat,
    mut warnings: Vec<String>,
) -> TableInfo {
    warnings.extend(loaded.warnings);
    TableInfo {
        name: name.into(),
        source: path.into(),
        sheet,
        rows: loaded.rows,
        columns: loaded
            .columns
            .into_iter()
            .map(|c| ColumnInfo {
                name: c.name,
                original: c.original,
                ty: c.ty,
                notes: c.notes,
                profile: c.profile,
                semantics: None,
            })
            .collect(),
        format,
        warnings,
    }
}

/// The tables of a desk with their schemas and profiles, ordered by source path and position
/// (empty when nothing was synced yet). Reads the database without changing it.
pub fn catalog(desk: &Path) -> Result<Vec<TableInfo>> {
    let db = analysis_db_path(desk);
    if fs::symlink_metadata(&db).is_err() {
        return Ok(Vec::new());
    }
    let conn = Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(db_err)?;
    conn.busy_timeout(std::time::Duration::from_secs(30)).map_err(db_err)?;
    let has_meta: Option<String> = conn
        .query_row("SELECT name FROM sqlite_schema WHERE type = 'table' AND name = '_desk_tables'", [], |r| r.get(0))
        .optional()
        .map_err(db_err)?;
    if has_meta.is_none() {
        return Ok(Vec::new());
    }
    let mut stmt = conn.prepare("SELECT info FROM _desk_tables ORDER BY source, position").map_err(db_err)?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0)).map_err(db_err)?;
    let mut out = Vec::new();
    for json in rows {
        let json = json.map_err(db_err)?;
        let info: TableInfo = serde_json::from_str(&json)
            .map_err(|e| DeskError::AnalysisDb(rusqlite::Error::ToSqlConversionFailure(e.into())))?;
        out.push(info);
    }
    Ok(out)
}

fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn shown(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A readable summary of a table for people (the CLI) and for a model's context.
pub fn describe(t: &TableInfo) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let from = match &t.sheet {
        Some(s) => format!("{}, sheet {s:?}", t.source),
        None => t.source.clone(),
    };
    let mut how = Vec::new();
    if let Some(d) = &t.format.delimiter {
        how.push(if d == "tab" { "tab-delimited".into() } else { format!("delimiter '{d}'") });
    }
    if let Some(e) = &t.format.encoding {
        how.push(e.clone());
    }
    how.push(if t.format.header { "header row".into() } else { "no header row".into() });
    let _ = writeln!(
        out,
        "{} (from {from}): {} rows x {} columns; {}",
        t.name,
        thousands(t.rows),
        t.columns.len(),
        how.join(", ")
    );
    for w in &t.warnings {
        let _ = writeln!(out, "  warning: {w}");
    }
    let width = t.columns.iter().map(|c| c.name.len()).max().unwrap_or(0);
    for c in &t.columns {
        let p = &c.profile;
        let mut line = format!("  {:<width$}  {:<8}", c.name, c.ty.as_str());
        if !c.original.is_empty() && c.original != c.name {
            let _ = write!(line, "  (header {:?})", c.original);
        }
        let _ = write!(
            line,
            "  nulls {}  distinct {}{}",
            thousands(p.nulls),
            if p.distinct_exact { "" } else { "~" },
            thousands(p.distinct)
        );
        if let (Some(min), Some(max)) = (&p.min, &p.max) {
            let _ = write!(line, "  range {} .. {}", shown(min), shown(max));
        }
        if let Some(mean) = p.mean {
            let _ = write!(line, "  mean {mean:.4}");
        }
        // Top values say something only when some value repeats.
        if p.top.first().is_some_and(|v| v.count > 1) {
            let top: Vec<String> = p.top.iter().map(|v| format!("{:?} {}", v.value, v.count)).collect();
            let _ = write!(line, "  top {}", top.join(", "));
        }
        if let Some(m) = &c.semantics {
            let _ = write!(line, "  [{}]", crate::semantics::describe(m));
        }
        let _ = writeln!(out, "{line}");
        for n in &c.notes {
            let _ = writeln!(out, "  {:<width$}    note: {n}", "");
        }
    }
    out
}
