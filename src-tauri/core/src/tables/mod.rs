//! Tables: every CSV/TSV/delimited-text and spreadsheet file in a desk as a typed SQLite table in the
//! desk's hidden analysis database (`<desk>/.desk/analysis.sqlite3`), with a stored profile per table.
//!
//! Owns: finding the sources (hidden entries skipped, symlinks never followed), deciding what to
//! rebuild (a source's mtime or size changed; nothing otherwise), building the tables, putting them in
//! place, dropping the tables of sources that are gone, the metadata tables `_desk_sources` and
//! `_desk_tables`, and the catalog (schemas, original names, notes, warnings, profiles) handed to the
//! analyst and the UI. Parsing lives in `source`, types in `infer`, loading in `load` (with `insert` for
//! the hot INSERT), profiles in `profile`, names in `naming`. It does not run queries for the analyst
//! (the sql tool opens the database read-only) and does not import files into the desk (`import` does).
//!
//! The database is a cache that can always be rebuilt from the files, and it is never left half-built:
//! a sync builds every changed source into a database file of its own in `.desk/tmp/` (fast settings:
//! no journal; the file is locked by the building process, so only a killed build's file is swept).
//! Then, when no table of the old database stays, the new file is renamed over it in one step;
//! otherwise the new tables are copied into it in one transaction with SQLite's rollback journal (all or
//! nothing, also across a kill: the next open rolls a half-done copy back). A full disk or a kill at any
//! moment therefore leaves the previous tables as they were, the build file goes (removed at once, or
//! swept by the next sync), and a full disk is reported as `disk_full` with the file being built, the
//! free space and the space it needs. One sync at a time per desk (an exclusive `flock` on
//! `.desk/analysis.lock`). The database, its journal and the lock are never opened through a link: a
//! link planted there is removed (with a warning in the report) and the tables rebuilt.

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
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::time::Instant;

const DB_FILE: &str = "analysis.sqlite3";
/// Left by older versions while they built in place; its presence means such a build was killed.
const MARKER_FILE: &str = "analysis.building";
const LOCK_FILE: &str = "analysis.lock";
/// 3: a text column of many words no longer carries a "counted as missing" note (built again on open).
const SCHEMA_VERSION: i64 = 3;

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
    /// What was repaired in the desk's hidden area (a link planted there removed, never followed).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
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

/// True for database errors that are about the database or the disk (the sync stops; the analysis
/// database is left as it was), false for those about one source (e.g. a value too big), which fail alone.
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

fn is_disk_full(e: &DeskError) -> bool {
    match e {
        DeskError::AnalysisDb(rusqlite::Error::SqliteFailure(f, _)) => f.code == rusqlite::ErrorCode::DiskFull,
        DeskError::Io { source, .. } => crate::error::is_disk_full(source),
        _ => false,
    }
}

/// A full disk while building, said with the files the person gave and the space they need.
fn disk_full(desk: &Path, what: String, needed: u64) -> DeskError {
    DeskError::disk_full(what, needed, desk)
}

/// An exclusive lock on the desk's analysis database for one sync (released on drop). The lock file is
/// never a link (one planted there is removed).
struct SyncLock(#[allow(dead_code)] File);

impl SyncLock {
    fn acquire(path: &Path, warnings: &mut Vec<String>) -> Result<Self> {
        let f = crate::desk::open_own_file(path, warnings)?;
        crate::desk::flock_wait(&f).map_err(|e| DeskError::io_at(path, e))?;
        Ok(SyncLock(f))
    }
}

/// The names SQLite uses beside a database file.
const SIDECARS: [&str; 4] = ["", "-journal", "-wal", "-shm"];

fn sidecar(db: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", db.display()))
}

fn remove_db(db: &Path) -> Result<()> {
    for suffix in SIDECARS {
        let p = sidecar(db, suffix);
        match fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(DeskError::io_at(&p, e)),
        }
    }
    Ok(())
}

/// The analysis database and the files SQLite keeps beside it are the app's own: a link planted at any
/// of those names is removed (never followed; SQLite would open it and write through it), with a warning.
fn scrub_links(db: &Path, warnings: &mut Vec<String>) {
    for suffix in SIDECARS {
        let p = sidecar(db, suffix);
        let Ok(meta) = fs::symlink_metadata(&p) else { continue };
        if meta.file_type().is_symlink() {
            let target = fs::read_link(&p).map(|t| t.display().to_string()).unwrap_or_default();
            if fs::remove_file(&p).is_ok() {
                warnings.push(format!(
                    "{} was a link to {target}; the app never follows links in its own folders: the link was \
                     removed (what it pointed to was not touched) and the tables are rebuilt from your files",
                    p.display()
                ));
            }
        } else if !meta.is_file() {
            // A folder (or anything else) where the app's file belongs: kept aside, never deleted.
            let aside = PathBuf::from(format!("{}.moved-{}", p.display(), uuid::Uuid::new_v4().simple()));
            if fs::rename(&p, &aside).is_ok() {
                warnings.push(format!(
                    "{} was not a file; it was kept as {} and the tables are rebuilt from your files",
                    p.display(),
                    aside.display()
                ));
            }
        }
    }
}

fn open_flags(write: bool) -> OpenFlags {
    let mode = if write { OpenFlags::SQLITE_OPEN_READ_WRITE } else { OpenFlags::SQLITE_OPEN_READ_ONLY };
    mode | OpenFlags::SQLITE_OPEN_NOFOLLOW | OpenFlags::SQLITE_OPEN_NO_MUTEX
}

/// The desk's analysis database as it stands, for reading what it holds and merging into it. None when
/// there is none, or it cannot be used (an old schema, a foreign or damaged file): it is a cache, and
/// the sync then builds a new one that replaces it. Opening it also rolls back a merge that was killed
/// half-way (SQLite's journal), so what a reader sees is always a complete state.
fn open_main(db: &Path) -> Option<(Connection, BTreeMap<String, KnownSource>, Names)> {
    if !fs::symlink_metadata(db).is_ok_and(|m| m.is_file()) {
        return None;
    }
    let conn = Connection::open_with_flags(db, open_flags(true)).ok()?;
    conn.busy_timeout(std::time::Duration::from_secs(30)).ok()?;
    conn.execute_batch("PRAGMA journal_mode=DELETE; PRAGMA foreign_keys=OFF;").ok()?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).ok()?;
    if version != SCHEMA_VERSION {
        return None;
    }
    let known = known_sources(&conn).ok()?;
    let names = table_names(&conn).ok()?;
    Some((conn, known, names))
}

/// The database a sync builds into: a fresh file in the desk's hidden temp folder, owned by this
/// process (locked; removed on drop unless it became the analysis database). Fast settings: nobody
/// else reads it, and a failed build just throws it away.
struct BuildDb {
    file: crate::desk::InFlight,
    conn: Option<Connection>,
}

impl BuildDb {
    fn create(tmp: &Path) -> Result<Self> {
        let file = crate::desk::InFlight::create(tmp, "build", ".sqlite3", 0o600)?;
        let conn = Connection::open_with_flags(file.path(), open_flags(true) | OpenFlags::SQLITE_OPEN_CREATE)
            .map_err(db_err)?;
        conn.execute_batch(
            "PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
             PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;",
        )
        .map_err(db_err)?;
        Ok(BuildDb { file, conn: Some(conn) })
    }

    fn conn(&self) -> Result<&Connection> {
        self.conn.as_ref().ok_or_else(|| DeskError::AnalysisDb(rusqlite::Error::InvalidQuery))
    }

    /// Make this file the analysis database at `db`, renamed into place in one step (readers that have
    /// the old file open go on reading it). Not fsynced: it is a cache, rebuilt from the files if a
    /// power cut ever left it damaged, and an fsync would more than double the time of a large build.
    fn install(mut self, db: &Path) -> Result<()> {
        if let Some(conn) = self.conn.take() {
            conn.close().map_err(|(_, e)| db_err(e))?;
        }
        let path = self.file.path().to_path_buf();
        // A journal (or WAL) beside the old file belongs to it: left there, SQLite could apply it to the
        // new one.
        for suffix in ["-journal", "-wal", "-shm"] {
            let p = sidecar(db, suffix);
            match fs::remove_file(&p) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(DeskError::io_at(&p, e)),
                _ => {}
            }
        }
        fs::rename(&path, db).map_err(|e| DeskError::io_at(db, e))?;
        self.file.keep();
        if let Some(dir) = db.parent() {
            crate::import::sync_dir(dir);
        }
        Ok(())
    }
}

const META_SCHEMA: &str = "CREATE TABLE _desk_sources(path TEXT PRIMARY KEY, mtime_ns INTEGER NOT NULL,
        size INTEGER NOT NULL, status TEXT NOT NULL, error TEXT);
    CREATE TABLE _desk_tables(name TEXT PRIMARY KEY, source TEXT NOT NULL, sheet TEXT,
        position INTEGER NOT NULL, info TEXT NOT NULL);";

#[derive(Debug, Clone)]
struct KnownSource {
    mtime_ns: i64,
    size: i64,
    status: String,
    error: Option<String>,
}

/// Table name -> (source path, sheet).
type Names = HashMap<String, (String, Option<String>)>;

/// What happened to one source in this sync, to be written into the analysis database.
enum Outcome {
    Built { stamp: (i64, u64), infos: Vec<TableInfo> },
    Skipped { stamp: (i64, u64), reason: String },
    Failed { stamp: (i64, u64), error: String },
    Gone,
}

/// Bring the analysis database of `desk` in step with the files in it. See the module doc.
pub fn sync(desk: &Path, progress: &mut dyn FnMut(&Progress)) -> Result<SyncReport> {
    // A full disk is reported with the space free once the failed build is gone.
    sync_files(desk, progress).map_err(DeskError::with_current_free_space)
}

fn sync_files(desk: &Path, progress: &mut dyn FnMut(&Progress)) -> Result<SyncReport> {
    let mut warnings = crate::desk::ensure_app_area(desk)?;
    let hidden = desk.join(HIDDEN_DIR);
    let _lock = SyncLock::acquire(&hidden.join(LOCK_FILE), &mut warnings)?;
    let tmp = crate::desk::tmp_dir(desk);
    // Builds of syncs that were killed: their process is gone, so nobody holds their lock.
    crate::desk::sweep_in_flight(&tmp);
    let db = analysis_db_path(desk);
    scrub_links(&db, &mut warnings);
    let marker = hidden.join(MARKER_FILE);
    if fs::symlink_metadata(&marker).is_ok() {
        // Left by an older version that built in place and stopped half-way: start the cache again.
        remove_db(&db)?;
        fs::remove_file(&marker).map_err(|e| DeskError::io_at(&marker, e))?;
    }
    let main = open_main(&db);
    let (known, mut names) = match &main {
        Some((_, known, names)) => (known.clone(), names.clone()),
        None => Default::default(),
    };

    let snap = Snapshot::take(desk)?;
    let sources: BTreeMap<String, (i64, u64, SourceKind)> = snap
        .entries
        .iter()
        .filter_map(|(p, st)| kind_of(p).map(|k| (p.clone(), (st.mtime_ns as i64, st.size, k))))
        .collect();

    let mut report = SyncReport { warnings, ..SyncReport::default() };
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

    // Everything is built in a file of its own; the analysis database changes only at the end, in one
    // step, so a kill or a full disk at any moment leaves the previous tables as they were.
    let build = BuildDb::create(&tmp)?;
    let mut outcomes: Vec<(String, Outcome)> = Vec::new();
    for path in gone {
        let tables: Vec<String> = names.iter().filter(|(_, (src, _))| *src == path).map(|(n, _)| n.clone()).collect();
        names.retain(|_, (src, _)| *src != path);
        let mut tables = tables;
        tables.sort();
        report.dropped.push(DroppedSource { path: path.clone(), tables });
        outcomes.push((path, Outcome::Gone));
    }
    let bytes_total: u64 = todo.iter().map(|t| t.2).sum();
    let mut base = 0u64;
    for (path, mtime_ns, size, kind) in todo {
        let started = Instant::now();
        let mut on_progress = |stage: Stage, done: u64| {
            let done = done.min(size);
            let first_share = size / 10 * 9;
            let bytes_done = match stage {
                Stage::Scan => base + done / 10 * 9,
                Stage::Load => base + first_share + (done * (size - first_share)).checked_div(size).unwrap_or(0),
            };
            progress(&Progress { path: path.clone(), stage, bytes_done, bytes_total });
        };
        let outcome = build_source(build.conn()?, desk, &path, size, kind, &names, &mut on_progress);
        let stamp = (mtime_ns, size);
        match outcome {
            Ok(Built::Tables(infos)) => {
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
                outcomes.push((path, Outcome::Built { stamp, infos }));
            }
            Ok(Built::Skipped(reason)) => {
                names.retain(|_, (src, _)| *src != path);
                report.skipped.push(SkippedSource { path: path.clone(), reason: reason.clone() });
                outcomes.push((path, Outcome::Skipped { stamp, reason }));
            }
            Err(e) if is_disk_full(&e) => {
                let left = bytes_total - base;
                return Err(disk_full(desk, format!("building the table of {path}"), left.saturating_mul(2)));
            }
            Err(DeskError::AnalysisDb(e)) if db_fault(&e) => return Err(DeskError::AnalysisDb(e)),
            Err(e) => {
                // The old tables (if any) stay; the failure is remembered until the file changes.
                let body = e.body();
                let error = serde_json::to_string(&body).unwrap_or_default();
                report.failed.push(FailedSource { path: path.clone(), error: body, fresh: true });
                outcomes.push((path, Outcome::Failed { stamp, error }));
            }
        }
        base += size;
    }

    // The tables that stay as they are decide how the result is put in place.
    let replaced: HashSet<&str> =
        outcomes.iter().filter(|(_, o)| !matches!(o, Outcome::Failed { .. })).map(|(p, _)| p.as_str()).collect();
    let written = match &main {
        None => write_meta(build.conn()?, "main", &outcomes).and_then(|()| build.install(&db)),
        Some((conn, _, old)) => {
            let survivors: Vec<&String> =
                old.iter().filter(|(_, (src, _))| !replaced.contains(src.as_str())).map(|(n, _)| n).collect();
            let unchanged: Vec<&String> = known.keys().filter(|p| !outcomes.iter().any(|(q, _)| q == *p)).collect();
            // Copy whichever side is smaller: the tables that stay into the build (which then replaces
            // the database), or the new tables into the database.
            let len = |p: &Path| fs::metadata(p).map(|m| m.len()).unwrap_or(0);
            if survivors.is_empty() || len(&db) <= len(build.file.path()) {
                carry_over(conn, build.file.path(), &survivors, &unchanged, &outcomes).and_then(|()| build.install(&db))
            } else {
                merge(conn, build.file.path(), old, &outcomes)
            }
        }
    };
    written.map_err(|e| {
        if is_disk_full(&e) {
            let files: Vec<&str> = report.built.iter().map(|b| b.path.as_str()).collect();
            disk_full(desk, format!("saving the tables of {}", files.join(", ")), bytes_total.saturating_mul(2))
        } else {
            e
        }
    })?;
    Ok(report)
}

/// Write the metadata of a new analysis database (database `schema` of `conn`): what happened to every
/// source handled in this sync.
fn write_meta(conn: &Connection, schema: &str, outcomes: &[(String, Outcome)]) -> Result<()> {
    conn.execute_batch(&META_SCHEMA.replace("CREATE TABLE ", &format!("CREATE TABLE {schema}."))).map_err(db_err)?;
    record_outcomes(conn, schema, outcomes).map_err(db_err)?;
    conn.execute_batch(&format!("PRAGMA {schema}.user_version = {SCHEMA_VERSION}")).map_err(db_err)?;
    Ok(())
}

/// Make the build a complete analysis database: copy the tables that stay (and the metadata of them
/// and of the sources that did not change) from the current database (`conn`) into it.
fn carry_over(
    conn: &Connection,
    build: &Path,
    survivors: &[&String],
    unchanged: &[&String],
    outcomes: &[(String, Outcome)],
) -> Result<()> {
    let path = build.to_str().ok_or_else(|| DeskError::io_at(build, std::io::Error::other("not UTF-8")))?;
    conn.execute("ATTACH DATABASE ?1 AS build", [path]).map_err(db_err)?;
    let run = || -> Result<()> {
        conn.execute_batch("PRAGMA build.journal_mode = OFF; PRAGMA build.synchronous = OFF;").map_err(db_err)?;
        for name in survivors {
            copy_table(conn, "main", "build", name).map_err(db_err)?;
        }
        write_meta(conn, "build", &[])?;
        for name in survivors {
            conn.execute("INSERT INTO build._desk_tables SELECT * FROM main._desk_tables WHERE name = ?1", [name])
                .map_err(db_err)?;
        }
        for p in unchanged {
            conn.execute("INSERT INTO build._desk_sources SELECT * FROM main._desk_sources WHERE path = ?1", [p])
                .map_err(db_err)?;
        }
        record_outcomes(conn, "build", outcomes).map_err(db_err)
    };
    let result = run();
    let detached = conn.execute_batch("DETACH DATABASE build").map_err(db_err);
    result?;
    detached
}

/// Create table `name` in database `to` as it is in `from`, with its rows (SQLite copies them whole).
fn copy_table(conn: &Connection, from: &str, to: &str, name: &str) -> rusqlite::Result<()> {
    let q = naming::quote(name);
    let create: String = conn.query_row(
        &format!("SELECT sql FROM {from}.sqlite_schema WHERE type = 'table' AND name = ?1"),
        [name],
        |r| r.get(0),
    )?;
    let columns = match create.strip_prefix(&format!("CREATE TABLE {q}")) {
        Some(c) => c,
        None => create.find('(').map(|i| &create[i..]).ok_or(rusqlite::Error::InvalidQuery)?,
    };
    conn.execute_batch(&format!(
        "DROP TABLE IF EXISTS {to}.{q}; CREATE TABLE {to}.{q}{columns}; INSERT INTO {to}.{q} SELECT * FROM {from}.{q};"
    ))
}

/// Record what happened to each source in the metadata tables of database `schema`.
fn record_outcomes(conn: &Connection, schema: &str, outcomes: &[(String, Outcome)]) -> rusqlite::Result<()> {
    let upsert = format!(
        "INSERT OR REPLACE INTO {schema}._desk_sources(path, mtime_ns, size, status, error) VALUES (?1, ?2, ?3, ?4, ?5)"
    );
    for (path, outcome) in outcomes {
        match outcome {
            Outcome::Built { stamp, infos } => {
                conn.execute(&format!("DELETE FROM {schema}._desk_tables WHERE source = ?1"), [path])?;
                for (i, t) in infos.iter().enumerate() {
                    let json =
                        serde_json::to_string(t).map_err(|e| rusqlite::Error::ToSqlConversionFailure(e.into()))?;
                    conn.execute(
                        &format!(
                            "INSERT INTO {schema}._desk_tables(name, source, sheet, position, info) VALUES (?1, ?2, ?3, ?4, ?5)"
                        ),
                        params![t.name, path, t.sheet, i as i64, json],
                    )?;
                }
                conn.execute(&upsert, params![path, stamp.0, stamp.1 as i64, "ok", None::<String>])?;
            }
            Outcome::Skipped { stamp, reason } => {
                conn.execute(&format!("DELETE FROM {schema}._desk_tables WHERE source = ?1"), [path])?;
                conn.execute(&upsert, params![path, stamp.0, stamp.1 as i64, "skipped", reason])?;
            }
            // The old tables of a source that failed stay, with their metadata.
            Outcome::Failed { stamp, error } => {
                conn.execute(&upsert, params![path, stamp.0, stamp.1 as i64, "failed", error])?;
            }
            Outcome::Gone => {
                conn.execute(&format!("DELETE FROM {schema}._desk_tables WHERE source = ?1"), [path])?;
                conn.execute(&format!("DELETE FROM {schema}._desk_sources WHERE path = ?1"), [path])?;
            }
        }
    }
    Ok(())
}

/// Put the built tables into the existing analysis database in one transaction (with SQLite's rollback
/// journal: all or nothing, also across a kill or a full disk): drop the tables of sources that were
/// rebuilt, skipped or are gone, copy the new ones over from the build, record the metadata.
fn merge(conn: &Connection, build: &Path, old: &Names, outcomes: &[(String, Outcome)]) -> Result<()> {
    let path = build.to_str().ok_or_else(|| DeskError::io_at(build, std::io::Error::other("not UTF-8")))?;
    conn.execute("ATTACH DATABASE ?1 AS build", [path]).map_err(db_err)?;
    let run = || -> rusqlite::Result<()> {
        conn.execute_batch("BEGIN IMMEDIATE")?;
        for (path, outcome) in outcomes {
            if matches!(outcome, Outcome::Failed { .. }) {
                continue;
            }
            for (name, (src, _)) in old {
                if src == path {
                    conn.execute_batch(&format!("DROP TABLE IF EXISTS main.{}", naming::quote(name)))?;
                }
            }
        }
        for (_, outcome) in outcomes {
            let Outcome::Built { infos, .. } = outcome else { continue };
            for t in infos {
                copy_table(conn, "build", "main", &t.name)?;
            }
        }
        record_outcomes(conn, "main", outcomes)?;
        conn.execute_batch("COMMIT")
    };
    let result = run();
    if result.is_err() {
        let _ = conn.execute_batch("ROLLBACK");
    }
    let detached = conn.execute_batch("DETACH DATABASE build");
    result.map_err(db_err)?;
    detached.map_err(db_err)
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

enum Built {
    Tables(Vec<TableInfo>),
    Skipped(String),
}

/// Build every table of one source into the build database `conn`, under their final names. On error,
/// nothing of it is left behind.
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
    let mut built: Vec<TableInfo> = Vec::new();
    let result = (|| -> Result<Option<String>> {
        match kind {
            SourceKind::Delimited { preferred, must_split } => {
                let bom = Bom::sniff(&file, path)?;
                const SAMPLE: usize = 1 << 16;
                let sample = source::sample(&file, bom, SAMPLE)?;
                let sniffed = source::sniff_delimiter(&sample, sample.len() >= SAMPLE, preferred);
                // A .txt is a table only when a delimiter splits nearly every line alike.
                if must_split && (sniffed.fields < 2 || sniffed.records < 2 || sniffed.consistency < 0.9) {
                    return Ok(Some("no delimiter (, ; tab |) splits its lines into the same columns".into()));
                }
                let delimiter = sniffed.delimiter;
                let name = pick(None, &mut used);
                conn.execute_batch(&format!("DROP TABLE IF EXISTS {}", naming::quote(&name))).map_err(db_err)?;
                built.push(placeholder(&name, path));
                let mut rows = DelimitedRows::new(&file, bom, delimiter);
                let spec = load::LoadSpec {
                    path,
                    codec: Codec::Utf8,
                    // Only a file that declares nothing may turn out to be Windows-1252 as a whole.
                    may_fallback: bom == Bom::None,
                    semicolon: delimiter == b';',
                };
                let loaded = load::load(conn, &name, &mut rows, &spec, progress)?;
                let encoding = if loaded.codec == Codec::Windows1252 { "windows-1252" } else { bom.name() };
                let format = SourceFormat {
                    kind: "delimited".into(),
                    delimiter: Some(delimiter_name(delimiter)),
                    encoding: Some(encoding.into()),
                    header: loaded.header,
                };
                if let Some(last) = built.last_mut() {
                    *last = info(&name, path, None, loaded, format, Vec::new());
                    meaning::annotate(conn, &name, last)?;
                }
                Ok(None)
            }
            SourceKind::Workbook => {
                let sheets = source::read_workbook(&file, path, size)?;
                if sheets.is_empty() {
                    return Ok(Some("the workbook has no sheet with data".into()));
                }
                for mut sheet in sheets {
                    let name = pick(Some(&sheet.name), &mut used);
                    conn.execute_batch(&format!("DROP TABLE IF EXISTS {}", naming::quote(&name))).map_err(db_err)?;
                    built.push(placeholder(&name, path));
                    let spec = load::LoadSpec { path, codec: Codec::Utf8, may_fallback: false, semicolon: false };
                    let loaded = load::load(conn, &name, &mut sheet.rows, &spec, progress)?;
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
                        *last = info(&name, path, Some(sheet.name.clone()), loaded, format, warnings);
                        meaning::annotate(conn, &name, last)?;
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

fn drop_staging_built(conn: &Connection, built: &[TableInfo]) {
    for t in built {
        let _ = conn.execute_batch(&format!("DROP TABLE IF EXISTS {}", naming::quote(&t.name)));
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
    let conn = Connection::open_with_flags(&db, open_flags(false)).map_err(db_err)?;
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

/// Why a desk with files has no table: the files that could not be read, each with its reason (None when
/// nothing failed, so the desk simply has no data file yet).
pub fn unreadable_reason(desk: &Path) -> Option<String> {
    let report = match sync(desk, &mut |_| {}) {
        Ok(r) => r,
        Err(e) => return Some(format!("the desk's tables could not be built: {e}")),
    };
    if report.failed.is_empty() {
        return None;
    }
    let mut out =
        String::from("no file in this conversation could be read as a table, so there is nothing to answer from.");
    for f in &report.failed {
        out.push_str(&format!("\n- {} [{}]", f.error.message, f.error.code));
    }
    out.push_str(
        "\nImport the file again in a readable form (CSV, TSV or Excel; a spreadsheet with its real extension), \
         or another file, then ask again.",
    );
    Some(out)
}
