//! Tables: every CSV/TSV/delimited-text and spreadsheet file in a desk as a typed table in the desk's
//! hidden analysis database, a DuckDB file (`<desk>/.desk/analysis.duckdb`), with a stored profile per table.
//!
//! Owns: finding the sources (hidden entries skipped, symlinks never followed), deciding what to
//! rebuild (a source's mtime or size changed; nothing otherwise), building the tables, putting them in
//! place, dropping the tables of sources that are gone, the metadata tables `_desk_sources`,
//! `_desk_tables` and `_desk_meta`, and the catalog (schemas, original names, notes, warnings, profiles)
//! handed to the analyst and the UI. Parsing lives in `source`, types in `infer`, loading in `load` (rows
//! appended to the engine a data chunk at a time), profiles in `profile`, names in `naming`, column meanings
//! in `meaning`. It does not run queries for the analyst (the sql tool opens the database read-only) and does
//! not import files into the desk (`import` does).
//!
//! The database is a cache that can always be rebuilt from the files, and it is never left half-built:
//! a sync builds a complete new database in a file of its own in `.desk/tmp/` (named after an in-flight
//! lock file that the building process holds, so only a killed build's files are swept): every changed
//! source is read into it, the tables that stay are copied over from the current database (opened
//! read-only: DuckDB copies columns whole), the metadata is written, the file is checkpointed and closed,
//! and it is renamed over the analysis database in one step. Readers never wait for a build (they read
//! the old file until the rename, and keep reading it if they had it open). A full disk or a kill at any
//! moment therefore leaves the previous tables as they were, the build files go (removed at once, or
//! swept by the next sync), and a full disk is reported as `disk_full` with the file being built, the
//! free space and the space it needs. One sync at a time per desk (an exclusive `flock` on
//! `.desk/analysis.lock`). The database, its write-ahead log and the lock are never opened through a link:
//! a link planted there is removed (with a warning in the report) and the tables rebuilt.

mod chunks;
mod infer;
mod load;
mod meaning;
mod naming;
mod profile;
mod source;
mod wide;

pub use infer::ColumnType;
pub use profile::{ColumnProfile, TopValue};

use crate::desk::HIDDEN_DIR;
use crate::engine::{self, literal, Database, Value};
use crate::error::{DeskError, ErrorBody, Result};
use crate::snapshot::Snapshot;
use serde::{Deserialize, Serialize};
use source::{Bom, Codec, DelimitedRows};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::time::Instant;

const DB_FILE: &str = "analysis.duckdb";
/// Files of the SQLite analysis database of earlier versions (and their sidecars): a cache, removed.
const LEGACY_FILES: [&str; 5] = [
    "analysis.sqlite3",
    "analysis.sqlite3-journal",
    "analysis.sqlite3-wal",
    "analysis.sqlite3-shm",
    "analysis.building",
];
const LOCK_FILE: &str = "analysis.lock";
/// The layout of the analysis database (`_desk_meta.schema`); another value means rebuild it.
/// (3: a text column of many words no longer carries a "counted as missing" note; 4: `m:ss` beside
/// `h:mm:ss` durations is minutes and seconds; 5: in a column of yes/no values "Y" and "Yes" are one value; 6: an amount that is a part of another
/// column of its row says so, `part_of`; 7: a key repeating over rows says whether each value's rows fall
/// on one date, `one_date_each`; 8: a date written after its weekday, "Sun 1 Jan 2023", is a date;
/// 11: codes of digits written with and without leading zeros, "07" and "7", are one value, and so are
/// sizes with a unit spelled several ways, "50L" and "50 litre"; 12: two-digit years, "03/02/24", are
/// dates, and bounds beside numbers, "60+", are missing; a yes/no column may write yes as its own name,
/// "escaped"; 13: spellings that differ by a hyphen for a space or a doubled l, "No-show" and "No show",
/// "Cancelled" and "Canceled", are one value; 14: an amount that is the sum of two others on every row
/// says so, `sum_of`, and words among numbers that differ only in case, spaces or a final full stop
/// ("Refunded", "refunded ") are one missing marker; 15: yes and no in the languages exports mix in, "ja",
/// "nee", "oui", "non", are spellings of yes and no, and a price that rises with a count of its row
/// (`price` with `players`) says so, `scales_with`; 16: a number column whose every empty entry was
/// written "VOID" says so, `void_when_empty`; 17: a price also scales with the product of two counts or the
/// time between two date columns of its row; 18: names written in camel case
/// are split into words, `ListPrice` is `list_price`; 19: areas in square metres or feet (`land_sqm`) have a
/// unit; 20: `h:mm:ss` in a column named for a time taken ("Moving Time", "total_time"), or a bare "Time" whose
/// hours never reach 6, are durations in hours; 21: feet (`elevation_ft`) are a unit, and "Avg HR" is no
/// number of hours; 22: one-word singular integer columns handed out in sequence (`Receipt` 5001 .. 6921)
/// are identifiers, values written short (`S` of `Small`) or with an apostrophe or full stop (`St. Mark's`)
/// are spellings of one value, and a number column with a few rows below zero that move a tenth of the money
/// or more is a signed amount; 23: values that general English says are one ("Web" and "Online", "Phone" and
/// "Telephone") are spellings of one value, and a column of `nights` is a length of time in nights; 25: a value
/// in the plural beside its singular ("Rats", "Rat") or run together beside its words ("Bedbugs", "Bed Bugs") is
/// one value; 29: whole numbers with the things counted after them, "2 bags", beside bare ones are numbers, and a
/// price rising with a count only among the rows of one value of a kind column (a line total of many products)
/// says so, `scales_with` "qty (within each product)"; 31: counts written with the column's own word, "214 vehicles"
/// and "170 veh" in `Vehicles checked`, are numbers however few are written bare, and a number with a remark in
/// brackets, "17 (incl 2 HGV)", is the number; 32: a season written several ways, "2024-25", "2024/25", "24-25",
/// is one value.)
const SCHEMA_VERSION: i64 = 32;

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

/// True for engine errors that are about the database or the disk (the sync stops; the analysis
/// database is left as it was), false for those about one source, which fail alone.
fn db_fault(e: &engine::Error) -> bool {
    use engine::ErrorKind as K;
    matches!(e.kind, K::Io | K::OutOfMemory | K::Locked | K::Permission) || e.is_disk_full()
}

/// With `DESK_TRACE_BUILD` set, how long each phase of a table build took, on stderr (for profiling).
pub(crate) fn trace(phase: &str, since: Instant) {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    if *ON.get_or_init(|| std::env::var_os("DESK_TRACE_BUILD").is_some()) {
        eprintln!("desk build: {phase} {:.3} s", since.elapsed().as_secs_f64());
    }
}

fn db_err(e: engine::Error) -> DeskError {
    DeskError::AnalysisDb(e)
}

fn is_disk_full(e: &DeskError) -> bool {
    match e {
        DeskError::AnalysisDb(e) => e.is_disk_full(),
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

/// The names DuckDB uses beside a database file: the file itself and its write-ahead log.
const SIDECARS: [&str; 2] = ["", ".wal"];

fn sidecar(db: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", db.display()))
}

/// The analysis database and the log DuckDB keeps beside it are the app's own: a link planted at either
/// name is removed (never followed; DuckDB would open it and write through it), with a warning.
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

/// Settings of every connection to an analysis database: SQLite's NULL order (first when ascending, last
/// when descending) and a division by zero that is NULL (not infinity), as the analyst's SQL was written for
/// and as people expect; nothing loaded or installed behind the app's back.
pub(crate) fn engine_settings() -> Vec<(&'static str, String)> {
    vec![
        ("default_null_order", "nulls_first_on_asc_last_on_desc".into()),
        ("ieee_floating_point_ops", "false".into()),
        ("autoinstall_known_extensions", "false".into()),
        ("autoload_known_extensions", "false".into()),
    ]
}

/// Open the analysis database at `db` read-only (never through a link; a missing file is None).
pub(crate) fn open_read_only(db: &Path, extra: &[(&'static str, String)]) -> Result<Option<Database>> {
    match fs::symlink_metadata(db) {
        Ok(m) if m.is_file() => {}
        Ok(_) => return Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(DeskError::io_at(db, e)),
    }
    let mut settings = engine_settings();
    settings.push(("access_mode", "READ_ONLY".into()));
    settings.extend(extra.iter().cloned());
    // A build renames a new file over the database at any moment; a reader that lost that race opens again.
    let mut last = None;
    for _ in 0..3 {
        match Database::open(db, &settings) {
            Ok(d) => return Ok(Some(d)),
            Err(e) if e.kind == engine::ErrorKind::Io && !db.exists() => return Ok(None),
            Err(e) => last = Some(e),
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    Err(db_err(last.unwrap_or_else(|| engine::Error::other("could not open the analysis database"))))
}

/// What identifies the file at a path: a rebuild renames a new file into place (another inode), and the
/// size and modification time cover anything else. None when there is no file.
pub(crate) type FileId = (u64, u64, u64, i64, i64);

pub(crate) fn file_id(path: &Path) -> Option<FileId> {
    use std::os::unix::fs::MetadataExt;
    let m = fs::symlink_metadata(path).ok().filter(|m| m.is_file())?;
    Some((m.dev(), m.ino(), m.len(), m.mtime(), m.mtime_nsec()))
}

/// Read-only handles this process keeps open (the catalog, a sync's check and the in-process queries
/// of one question then open the database once): the last few databases used, each while its file stays
/// the same, with the read-only path's settings.
type Readers = Vec<(PathBuf, FileId, std::sync::Arc<std::sync::Mutex<Database>>)>;
static READERS: std::sync::Mutex<Readers> = std::sync::Mutex::new(Vec::new());
const KEPT_READERS: usize = 4;

/// Run `f` on a read-only handle of the analysis database at `db` (None when there is none): the kept
/// one when its file has not changed, else a newly opened one (kept for the next call). While another
/// thread uses the kept handle, a private one is opened for `f`.
pub(crate) fn with_reader<T>(db: &Path, f: impl FnOnce(&Database) -> T) -> Result<Option<T>> {
    let Some(id) = file_id(db) else { return Ok(None) };
    let kept = {
        let mut readers = READERS.lock().unwrap_or_else(|e| e.into_inner());
        // A handle of a file that was replaced pins the old file's space: let it go.
        readers.retain(|(p, i, _)| p != db || *i == id);
        readers.iter().find(|(p, _, _)| p == db).map(|(_, _, h)| h.clone())
    };
    let handle = match kept {
        Some(h) => h,
        None => {
            let Some(opened) = open_read_only(db, &crate::tools::sql::read_only_settings(db))? else { return Ok(None) };
            let h = std::sync::Arc::new(std::sync::Mutex::new(opened));
            let mut readers = READERS.lock().unwrap_or_else(|e| e.into_inner());
            readers.retain(|(p, _, _)| p != db);
            readers.push((db.to_path_buf(), id, h.clone()));
            if readers.len() > KEPT_READERS {
                readers.remove(0);
            }
            h
        }
    };
    let out = match handle.try_lock() {
        Ok(d) => Some(f(&d)),
        Err(_) => open_read_only(db, &crate::tools::sql::read_only_settings(db))?.map(|d| f(&d)),
    };
    Ok(out)
}

/// Drop the kept read-only handles of the database at `db` (its file was replaced or removed).
pub(crate) fn forget_readers(db: &Path) {
    let mut readers = READERS.lock().unwrap_or_else(|e| e.into_inner());
    readers.retain(|(p, _, _)| p != db);
}

/// What the desk's analysis database holds, for deciding what to build. None when there is none, or it
/// cannot be used (an old layout, a foreign or damaged file): it is a cache, and the sync then builds a new
/// one that replaces it.
fn read_main(db: &Path) -> Option<(BTreeMap<String, KnownSource>, Names)> {
    with_reader(db, |conn| {
        let version = conn.query_row("SELECT value FROM _desk_meta WHERE key = 'schema'").ok()?;
        if version.first().and_then(Value::to_text).as_deref() != Some(&SCHEMA_VERSION.to_string()) {
            return None;
        }
        let known = known_sources(conn).ok()?;
        let names = table_names(conn).ok()?;
        Some((known, names))
    })
    .ok()??
}

/// The database a sync builds into: `<in-flight lock>.duckdb` in the desk's hidden temp folder, owned by
/// this process through the lock (removed with its log on drop unless it became the analysis database).
struct BuildDb {
    lock: crate::desk::InFlight,
    path: PathBuf,
    db: Option<Database>,
}

impl BuildDb {
    fn create(tmp: &Path) -> Result<Self> {
        let lock = crate::desk::InFlight::create(tmp, "build", "", 0o600)?;
        let path = PathBuf::from(format!("{}{}", lock.path().display(), crate::desk::IN_FLIGHT_DB));
        let mut settings = engine_settings();
        settings.extend([
            // Bounded memory however large the source: DuckDB writes full row groups to the file and
            // spills the rest beside it (swept with the build if it is killed).
            ("memory_limit", "256MB".to_string()),
            ("temp_directory", format!("{}.tmp", path.display())),
            ("threads", "2".to_string()),
            // The storage format of the DuckDB this binary ships (default: one old versions can read). Its
            // text compression (one pass that chooses dictionary and/or FSST) stores a text column in
            // about two thirds of the CPU time of the old one's separate analyses. The file is a cache
            // that only this library reads (an older app that cannot read it builds a new one).
            ("storage_compatibility_version", "latest".to_string()),
        ]);
        let db = Database::open(&path, &settings).map_err(db_err)?;
        Ok(BuildDb { lock, path, db: Some(db) })
    }

    fn db(&self) -> Result<&Database> {
        self.db.as_ref().ok_or_else(|| db_err(engine::Error::other("the build database is closed")))
    }

    /// Make this file the analysis database at `db`, renamed into place in one step (readers that have
    /// the old file open go on reading it). Checkpointed first, so no log is left beside it. Not fsynced: it
    /// is a cache, rebuilt from the files if a power cut ever left it damaged.
    fn install(mut self, db: &Path) -> Result<()> {
        if let Some(conn) = self.db.take() {
            let t = Instant::now();
            conn.execute("CHECKPOINT").map_err(db_err)?;
            trace("checkpoint", t);
            drop(conn);
        }
        // A log beside the old file belongs to it: left there, DuckDB would apply it to the new one.
        let wal = sidecar(db, ".wal");
        match fs::remove_file(&wal) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(DeskError::io_at(&wal, e)),
            _ => {}
        }
        fs::rename(&self.path, db).map_err(|e| DeskError::io_at(db, e))?;
        forget_readers(db);
        if let Some(dir) = db.parent() {
            crate::import::sync_dir(dir);
        }
        Ok(())
    }
}

impl Drop for BuildDb {
    fn drop(&mut self) {
        // Close before removing; the lock file goes last (with `lock`), so a sweep never takes these for a
        // killed build's while this one runs.
        self.db.take();
        for suffix in SIDECARS {
            let _ = fs::remove_file(sidecar(&self.path, suffix));
        }
        let _ = fs::remove_dir_all(sidecar(&self.path, ".tmp"));
        let _ = &self.lock;
    }
}

const META_SCHEMA: &str = "CREATE TABLE _desk_sources(path VARCHAR NOT NULL, mtime_ns BIGINT NOT NULL,
        size BIGINT NOT NULL, status VARCHAR NOT NULL, error VARCHAR);
    CREATE TABLE _desk_tables(name VARCHAR NOT NULL, source VARCHAR NOT NULL, sheet VARCHAR,
        position BIGINT NOT NULL, info VARCHAR NOT NULL);
    CREATE TABLE _desk_meta(key VARCHAR NOT NULL, value VARCHAR NOT NULL);";

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
    // The SQLite analysis database of an earlier version: a cache this version does not read.
    for name in LEGACY_FILES {
        let p = hidden.join(name);
        if fs::symlink_metadata(&p).is_ok_and(|m| !m.is_dir()) {
            fs::remove_file(&p).map_err(|e| DeskError::io_at(&p, e))?;
        }
    }
    let main = read_main(&db);
    let (known, mut names) = main.clone().unwrap_or_default();

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
        let outcome = build_source(build.db()?, desk, &path, size, kind, &names, &mut on_progress);
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

    // The tables that stay as they are are copied over from the current database; the build then replaces it.
    let replaced: HashSet<&str> =
        outcomes.iter().filter(|(_, o)| !matches!(o, Outcome::Failed { .. })).map(|(p, _)| p.as_str()).collect();
    let old_names = main.map(|(_, n)| n).unwrap_or_default();
    let survivors: Vec<&String> =
        old_names.iter().filter(|(_, (src, _))| !replaced.contains(src.as_str())).map(|(n, _)| n).collect();
    let unchanged: Vec<&String> = known.keys().filter(|p| !outcomes.iter().any(|(q, _)| q == *p)).collect();
    let t = Instant::now();
    let written = build.db().and_then(|conn| {
        write_meta(conn, &outcomes)?;
        if survivors.is_empty() && unchanged.is_empty() {
            Ok(())
        } else {
            carry_over(conn, &db, &survivors, &unchanged)
        }
    });
    trace("meta", t);
    let t = Instant::now();
    written.and_then(|()| build.install(&db)).map_err(|e| {
        if is_disk_full(&e) {
            let files: Vec<&str> = report.built.iter().map(|b| b.path.as_str()).collect();
            disk_full(desk, format!("saving the tables of {}", files.join(", ")), bytes_total.saturating_mul(2))
        } else {
            e
        }
    })?;
    trace("install", t);
    Ok(report)
}

/// Write the metadata of the new analysis database: the layout version and what happened to every source
/// handled in this sync.
fn write_meta(conn: &Database, outcomes: &[(String, Outcome)]) -> Result<()> {
    conn.execute(META_SCHEMA).map_err(db_err)?;
    conn.execute(&format!("INSERT INTO _desk_meta VALUES ('schema', '{SCHEMA_VERSION}')")).map_err(db_err)?;
    record_outcomes(conn, outcomes).map_err(db_err)
}

/// Copy the tables that stay (and the metadata of them and of the sources that did not change) from the
/// current database at `main` into the build `conn`.
fn carry_over(conn: &Database, main: &Path, survivors: &[&String], unchanged: &[&String]) -> Result<()> {
    let path = main.to_str().ok_or_else(|| DeskError::io_at(main, std::io::Error::other("not UTF-8")))?;
    conn.execute(&format!("ATTACH {} AS old (READ_ONLY)", literal(path))).map_err(db_err)?;
    let run = || -> engine::Result<()> {
        for name in survivors {
            let q = engine::quote(name);
            conn.execute(&format!("CREATE TABLE main.{q} AS SELECT * FROM old.{q}"))?;
            conn.execute(&format!(
                "INSERT INTO main._desk_tables SELECT * FROM old._desk_tables WHERE name = {}",
                literal(name)
            ))?;
        }
        for p in unchanged {
            conn.execute(&format!(
                "INSERT INTO main._desk_sources SELECT * FROM old._desk_sources WHERE path = {}",
                literal(p)
            ))?;
        }
        Ok(())
    };
    let result = run();
    let detached = conn.execute("DETACH old");
    result.map_err(db_err)?;
    detached.map_err(db_err)
}

/// Record what happened to each source in the (fresh) metadata tables of `conn`.
fn record_outcomes(conn: &Database, outcomes: &[(String, Outcome)]) -> engine::Result<()> {
    let source = |path: &str, stamp: &(i64, u64), status: &str, error: Option<&str>| {
        conn.execute(&format!(
            "INSERT INTO _desk_sources VALUES ({}, {}, {}, {}, {})",
            literal(path),
            stamp.0,
            stamp.1,
            literal(status),
            error.map(literal).unwrap_or_else(|| "NULL".into())
        ))
    };
    for (path, outcome) in outcomes {
        match outcome {
            Outcome::Built { stamp, infos } => {
                for (i, t) in infos.iter().enumerate() {
                    let json = serde_json::to_string(t).map_err(|e| engine::Error::other(e.to_string()))?;
                    conn.execute(&format!(
                        "INSERT INTO _desk_tables VALUES ({}, {}, {}, {i}, {})",
                        literal(&t.name),
                        literal(path),
                        t.sheet.as_deref().map(literal).unwrap_or_else(|| "NULL".into()),
                        literal(&json)
                    ))?;
                }
                source(path, stamp, "ok", None)?;
            }
            Outcome::Skipped { stamp, reason } => source(path, stamp, "skipped", Some(reason))?,
            // The old tables of a source that failed stay (carried over), with their metadata.
            Outcome::Failed { stamp, error } => source(path, stamp, "failed", Some(error))?,
            Outcome::Gone => {}
        }
    }
    Ok(())
}

fn text_at(row: &[Value], i: usize) -> Option<String> {
    row.get(i).and_then(Value::to_text)
}

fn known_sources(conn: &Database) -> Result<BTreeMap<String, KnownSource>> {
    let rows = conn.query("SELECT path, mtime_ns, size, status, error FROM _desk_sources").map_err(db_err)?;
    Ok(rows
        .rows
        .iter()
        .filter_map(|r| {
            Some((
                text_at(r, 0)?,
                KnownSource {
                    mtime_ns: r.get(1)?.as_i64()?,
                    size: r.get(2)?.as_i64()?,
                    status: text_at(r, 3)?,
                    error: text_at(r, 4),
                },
            ))
        })
        .collect())
}

fn table_names(conn: &Database) -> Result<Names> {
    let rows = conn.query("SELECT name, source, sheet FROM _desk_tables").map_err(db_err)?;
    Ok(rows.rows.iter().filter_map(|r| Some((text_at(r, 0)?, (text_at(r, 1)?, text_at(r, 2))))).collect())
}

enum Built {
    Tables(Vec<TableInfo>),
    Skipped(String),
}

/// Build every table of one source into the build database `conn`, under their final names. On error,
/// nothing of it is left behind.
fn build_source(
    conn: &Database,
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
                conn.execute(&format!("DROP TABLE IF EXISTS {}", naming::quote(&name))).map_err(db_err)?;
                built.push(placeholder(&name, path));
                let mut rows = DelimitedRows::new(&file, bom, delimiter);
                let spec = load::LoadSpec {
                    path,
                    codec: Codec::Utf8,
                    // Only a file that declares nothing may turn out to be Windows-1252 as a whole.
                    may_fallback: bom == Bom::None,
                    semicolon: delimiter == b';',
                    split: chunks::Split::of(&file, bom, delimiter, size),
                };
                let t = Instant::now();
                let mut loaded = load::load(conn, &name, &mut rows, &spec, progress)?;
                trace("load", t);
                let codec = loaded.codec;
                let mut warnings = Vec::new();
                // (A sheet of one column per month, its header of months maybe taken for a row of dates: loaded
                // again, long.)
                if let Some((mut long, note)) = wide::lengthen(&mut rows, &name)? {
                    conn.execute(&format!("DROP TABLE IF EXISTS {}", naming::quote(&name))).map_err(db_err)?;
                    let spec =
                        load::LoadSpec { path, codec, may_fallback: false, semicolon: delimiter == b';', split: None };
                    loaded = load::load(conn, &name, &mut long, &spec, progress)?;
                    warnings.push(note);
                }
                let encoding = if codec == Codec::Windows1252 { "windows-1252" } else { bom.name() };
                let format = SourceFormat {
                    kind: "delimited".into(),
                    delimiter: Some(delimiter_name(delimiter)),
                    encoding: Some(encoding.into()),
                    header: loaded.header,
                };
                if let Some(last) = built.last_mut() {
                    let facts = loaded.columns.iter_mut().map(|c| std::mem::take(&mut c.facts)).collect();
                    let rising: Vec<bool> = loaded.columns.iter().map(|c| c.rising).collect();
                    *last = info(&name, path, None, loaded, format, warnings);
                    let t = Instant::now();
                    meaning::annotate(conn, &name, last, facts, &rising)?;
                    trace("meaning", t);
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
                    conn.execute(&format!("DROP TABLE IF EXISTS {}", naming::quote(&name))).map_err(db_err)?;
                    built.push(placeholder(&name, path));
                    let spec =
                        load::LoadSpec { path, codec: Codec::Utf8, may_fallback: false, semicolon: false, split: None };
                    let mut loaded = load::load(conn, &name, &mut sheet.rows, &spec, progress)?;
                    let mut warnings = Vec::new();
                    if let Some((mut long, note)) = wide::lengthen(&mut sheet.rows, &name)? {
                        conn.execute(&format!("DROP TABLE IF EXISTS {}", naming::quote(&name))).map_err(db_err)?;
                        loaded = load::load(conn, &name, &mut long, &spec, progress)?;
                        warnings.push(note);
                    }
                    let format = SourceFormat {
                        kind: "workbook".into(),
                        delimiter: None,
                        encoding: None,
                        header: loaded.header,
                    };
                    if sheet.error_cells > 0 {
                        warnings.push(format!(
                            "{} cells held spreadsheet errors (#DIV/0!, #N/A ...): stored as NULL",
                            sheet.error_cells
                        ));
                    }
                    if let Some(last) = built.last_mut() {
                        let facts = loaded.columns.iter_mut().map(|c| std::mem::take(&mut c.facts)).collect();
                        let rising: Vec<bool> = loaded.columns.iter().map(|c| c.rising).collect();
                        *last = info(&name, path, Some(sheet.name.clone()), loaded, format, warnings);
                        meaning::annotate(conn, &name, last, facts, &rising)?;
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

fn drop_staging_built(conn: &Database, built: &[TableInfo]) {
    for t in built {
        let _ = conn.execute(&format!("DROP TABLE IF EXISTS {}", naming::quote(&t.name)));
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
    let read = with_reader(&db, |conn| -> Result<Option<engine::Rows>> {
        let has_meta = conn
            .query("SELECT 1 FROM duckdb_tables() WHERE database_name = current_database() AND table_name = '_desk_tables'")
            .map_err(db_err)?;
        if has_meta.rows.is_empty() {
            return Ok(None);
        }
        conn.query("SELECT info FROM _desk_tables ORDER BY source, position").map(Some).map_err(db_err)
    })?;
    let Some(rows) = read.transpose()?.flatten() else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    for r in &rows.rows {
        let json = text_at(r, 0).unwrap_or_default();
        let info: TableInfo = serde_json::from_str(&json)
            .map_err(|e| db_err(engine::Error::other(format!("a table's stored description: {e}"))))?;
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
