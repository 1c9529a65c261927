//! Typed errors of the core and the one `{code, message}` shape they take at every boundary
//! (CLI `--json`, Tauri commands, wire `error` events).
//!
//! Each variant has a stable snake_case `code` a UI or script can branch on; the `message` is for people
//! and names what was wrong. This module does not decide exit codes or UI behaviour; callers do.

use serde::Serialize;
use std::path::Path;

/// Why a file name cannot be kept as the stored name of an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    DotName,
    Separator,
    SeparatorLookalike,
    EncodedTraversal,
    Nul,
    Control,
    Hidden,
    TooLong,
    DriveOrStream,
    Reserved,
    TrailingDotOrSpace,
    NotUtf8,
}

impl NameProblem {
    pub fn code(self) -> &'static str {
        match self {
            NameProblem::Empty => "name_empty",
            NameProblem::DotName => "name_dot",
            NameProblem::Separator => "name_separator",
            NameProblem::SeparatorLookalike => "name_separator_lookalike",
            NameProblem::EncodedTraversal => "name_encoded_traversal",
            NameProblem::Nul => "name_nul",
            NameProblem::Control => "name_control_char",
            NameProblem::Hidden => "name_hidden",
            NameProblem::TooLong => "name_too_long",
            NameProblem::DriveOrStream => "name_colon",
            NameProblem::Reserved => "name_reserved",
            NameProblem::TrailingDotOrSpace => "name_trailing_dot_or_space",
            NameProblem::NotUtf8 => "name_not_utf8",
        }
    }

    pub fn explain(self) -> &'static str {
        match self {
            NameProblem::Empty => "the name is empty",
            NameProblem::DotName => "'.' and '..' are not file names",
            NameProblem::Separator => "a file name may not contain '/' or '\\'",
            NameProblem::SeparatorLookalike => {
                "the name contains a character that looks like or normalises to a path separator"
            }
            NameProblem::EncodedTraversal => "the name contains a percent-encoded path separator or dot segment",
            NameProblem::Nul => "the name contains a NUL byte",
            NameProblem::Control => "the name contains a control or text-direction character",
            NameProblem::Hidden => "names starting with '.' are reserved for the app's own files",
            NameProblem::TooLong => "the name is longer than 255 bytes",
            NameProblem::DriveOrStream => "a file name may not contain ':' (drive letters and alternate streams)",
            NameProblem::Reserved => "the name is a reserved device name on Windows (CON, NUL, COM1 ...)",
            NameProblem::TrailingDotOrSpace => "a file name may not end with '.' or a space",
            NameProblem::NotUtf8 => "the name is not valid UTF-8",
        }
    }
}

/// Every failure the core reports.
#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    #[error("'{id}' is not a conversation id (expected 32 lowercase hex characters of a v4 uuid)")]
    InvalidId { id: String },
    #[error("no conversation with id {id}")]
    ConversationNotFound { id: String },
    #[error("file name {name:?} refused: {}", .problem.explain())]
    BadName { name: String, problem: NameProblem },
    #[error("{path}: no such file")]
    SourceNotFound { path: String },
    #[error("{path}: is a symbolic link; drop the file it points to instead")]
    SourceSymlink { path: String },
    #[error("{path}: is a folder, not a file")]
    SourceDirectory { path: String },
    #[error("{path}: is a named pipe (FIFO), not a regular file")]
    SourceFifo { path: String },
    #[error("{path}: is a socket, not a regular file")]
    SourceSocket { path: String },
    #[error("{path}: is a device, not a regular file")]
    SourceDevice { path: String },
    #[error("{path}: is not a regular file")]
    SourceNotRegular { path: String },
    #[error("{path}: is a system pseudo-file (/proc, /sys ...), not data")]
    SourcePseudoFile { path: String },
    #[error("{path}: changed while it was being opened; try again")]
    SourceChanged { path: String },
    #[error("{path}: permission denied")]
    SourcePermission { path: String },
    #[error("{name}: {size} bytes is over the import limit of {limit} bytes")]
    TooLarge { name: String, size: u64, limit: u64 },
    #[error("{name}: is one of your imported files; the analyst may not change or delete it")]
    InputProtected { name: String },
    #[error("{path}: is outside the conversation's desk")]
    OutsideDesk { path: String },
    #[error("export target {path} is inside the desk it would contain")]
    ExportInsideDesk { path: String },
    #[error("history database: {0}")]
    History(#[from] rusqlite::Error),
    #[error(
        "the history database at {path} was written by a newer Analyst Desk (schema {found}, this build knows {known})"
    )]
    HistoryTooNew { path: String, found: i64, known: i64 },
    #[error("zip: {0}")]
    Zip(#[from] zip::result::ZipError),
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    Keychain(String),
    #[error("{path}: cannot be read as a table: {reason}")]
    TableUnreadable { path: String, reason: String },
    #[error("analysis database: {0}")]
    AnalysisDb(crate::engine::Error),
    #[error("{path}: is not a text table ({reason}); import the original file, or save it as CSV first")]
    NotText { path: String, reason: String },
    #[error("{path}: {reason}; the workbook was not read (save the sheet you need as CSV, or split the workbook)")]
    WorkbookTooLarge { path: String, reason: String },
    #[error(
        "not enough disk space for {what}: {free} free on the disk holding {place}, about {needed} needed; \
         free some space and try again"
    )]
    DiskFull { what: String, needed: String, free: String, place: String },
    #[error(
        "{path}: is a symbolic link; Analyst Desk never follows links in its data folder. Put the folder it \
         points to in its place (move it there), then try again"
    )]
    DeskSymlink { path: String },
    #[error("a question is being answered in conversation {id}; stop it or wait for it to finish, then try again")]
    TurnRunning { id: String },
    #[error("the history database is busy: another Analyst Desk process kept it for over {seconds} s; try again")]
    HistoryBusy { seconds: u64 },
    // --- the analyst's tools (see `tools`) ---
    #[error("{path:?}: only paths relative to the desk are allowed, not absolute ones")]
    PathAbsolute { path: String },
    #[error("{path:?}: a symbolic link is on this path; tools never follow links")]
    PathSymlink { path: String },
    #[error("{path}: not found in the desk")]
    PathNotFound { path: String },
    #[error("{path}: is a folder, not a file")]
    NotAFile { path: String },
    #[error("{path}: is not a folder")]
    NotAFolder { path: String },
    #[error("{path}: looks like a binary file; read_file only reads text (query tables with sql instead)")]
    BinaryFile { path: String },
    #[error("{path}: the extension must be one of: {allowed}")]
    ExtensionNotAllowed { path: String, allowed: String },
    #[error("unknown tool {name:?}")]
    UnknownTool { name: String },
    #[error("{tool}: {message}")]
    BadToolInput { tool: String, message: String },
    #[error("this desk has no analysis database yet ({path}); import a CSV or Excel file first")]
    NoAnalysisDb { path: String },
    #[error("the query is empty")]
    SqlEmpty,
    #[error("only one statement per query (a trailing ';' is fine)")]
    SqlMultipleStatements,
    #[error("refused: the analysis database is read-only ({what}); use SELECT (or WITH ... SELECT) only")]
    SqlNotReadOnly { what: String },
    #[error("the query ran longer than the time limit of {seconds} s and was stopped; aggregate or add LIMIT")]
    SqlTimeout { seconds: f64 },
    #[error("sql: {message}")]
    Sql { message: String },
    #[error("the query needs more memory than a query may use: {message}; aggregate, filter or select fewer columns")]
    SqlTooLarge { message: String },
    #[error("stopped before it finished (cancelled)")]
    Cancelled,
    #[error("chart: {message}")]
    ChartSpec { message: String },
    #[error("chart rendering failed: {message}")]
    ChartRender { message: String },
}

impl DeskError {
    /// The stable machine-readable code of this error.
    pub fn code(&self) -> &'static str {
        match self {
            DeskError::InvalidId { .. } => "invalid_id",
            DeskError::ConversationNotFound { .. } => "conversation_not_found",
            DeskError::BadName { problem, .. } => problem.code(),
            DeskError::SourceNotFound { .. } => "source_not_found",
            DeskError::SourceSymlink { .. } => "source_symlink",
            DeskError::SourceDirectory { .. } => "source_directory",
            DeskError::SourceFifo { .. } => "source_fifo",
            DeskError::SourceSocket { .. } => "source_socket",
            DeskError::SourceDevice { .. } => "source_device",
            DeskError::SourceNotRegular { .. } => "source_not_regular",
            DeskError::SourcePseudoFile { .. } => "source_pseudo_file",
            DeskError::SourceChanged { .. } => "source_changed",
            DeskError::SourcePermission { .. } => "source_permission",
            DeskError::TooLarge { .. } => "too_large",
            DeskError::InputProtected { .. } => "input_protected",
            DeskError::OutsideDesk { .. } => "outside_desk",
            DeskError::ExportInsideDesk { .. } => "export_inside_desk",
            DeskError::History(_) => "history_error",
            DeskError::HistoryTooNew { .. } => "history_too_new",
            DeskError::Zip(_) => "zip_error",
            DeskError::Io { .. } => "io_error",
            DeskError::Usage(_) => "usage",
            DeskError::Keychain(_) => "keychain_error",
            DeskError::TableUnreadable { .. } => "table_unreadable",
            DeskError::AnalysisDb(_) => "analysis_db_error",
            DeskError::NotText { .. } => "not_text",
            DeskError::WorkbookTooLarge { .. } => "workbook_too_large",
            DeskError::DiskFull { .. } => "disk_full",
            DeskError::DeskSymlink { .. } => "desk_symlink",
            DeskError::TurnRunning { .. } => "turn_running",
            DeskError::HistoryBusy { .. } => "history_busy",
            DeskError::PathAbsolute { .. } => "path_absolute",
            DeskError::PathSymlink { .. } => "path_symlink",
            DeskError::PathNotFound { .. } => "path_not_found",
            DeskError::NotAFile { .. } => "not_a_file",
            DeskError::NotAFolder { .. } => "not_a_folder",
            DeskError::BinaryFile { .. } => "binary_file",
            DeskError::ExtensionNotAllowed { .. } => "extension_not_allowed",
            DeskError::UnknownTool { .. } => "unknown_tool",
            DeskError::BadToolInput { .. } => "bad_input",
            DeskError::NoAnalysisDb { .. } => "no_analysis_db",
            DeskError::SqlEmpty => "sql_empty",
            DeskError::SqlMultipleStatements => "sql_multiple_statements",
            DeskError::SqlNotReadOnly { .. } => "sql_not_read_only",
            DeskError::SqlTimeout { .. } => "sql_timeout",
            DeskError::Sql { .. } => "sql_error",
            DeskError::SqlTooLarge { .. } => "sql_too_large",
            DeskError::Cancelled => "cancelled",
            DeskError::ChartSpec { .. } => "chart_spec",
            DeskError::ChartRender { .. } => "chart_render",
        }
    }

    /// True when the error is about something the user handed in (a refused input) rather than a fault
    /// of the program or its environment. The CLI maps this to exit code 1 versus 2.
    pub fn is_refusal(&self) -> bool {
        !is_internal_code(self.code())
    }

    pub fn body(&self) -> ErrorBody {
        ErrorBody { code: self.code().to_string(), message: self.to_string() }
    }

    /// `disk_full` for `what` (naming the person's file), needing about `needed` bytes on the disk that
    /// holds `place`.
    pub(crate) fn disk_full(what: String, needed: u64, place: &Path) -> Self {
        DeskError::DiskFull {
            what,
            needed: human_bytes(needed),
            free: String::new(),
            place: place.display().to_string(),
        }
        .with_current_free_space()
    }

    /// For `disk_full`: measure the free space now (call it once what failed has been cleaned up).
    pub(crate) fn with_current_free_space(self) -> Self {
        match self {
            DeskError::DiskFull { what, needed, place, .. } => {
                let free = free_space(Path::new(&place)).map(human_bytes).unwrap_or_else(|| "no space".into());
                DeskError::DiskFull { what, needed, free, place }
            }
            other => other,
        }
    }

    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        DeskError::Io { context: context.into(), source }
    }

    pub(crate) fn io_at(path: &Path, source: std::io::Error) -> Self {
        DeskError::Io { context: path.display().to_string(), source }
    }
}

/// Codes of errors that are faults of the program or its environment (a database, the disk, the OS),
/// not a refusal of something the person handed in: the CLI exits 2 for these, 1 for the others.
const INTERNAL_CODES: &[&str] = &[
    "history_error",
    "history_too_new",
    "history_busy",
    "zip_error",
    "io_error",
    "usage",
    "keychain_error",
    "analysis_db_error",
    "chart_render",
    "disk_full",
    "desk_symlink",
];

/// Whether an error code (of any error a turn or command reports) is an internal or environment fault.
pub fn is_internal_code(code: &str) -> bool {
    INTERNAL_CODES.contains(&code)
}

/// A byte count for people: "512 bytes", "3.4 MB", "1.20 GB" (powers of 1000, as file managers show).
pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["kB", "MB", "GB", "TB"];
    if n < 1000 {
        return format!("{n} bytes");
    }
    let mut v = n as f64 / 1000.0;
    let mut unit = 0;
    while v >= 1000.0 && unit + 1 < UNITS.len() {
        v /= 1000.0;
        unit += 1;
    }
    if v < 10.0 {
        format!("{v:.2} {}", UNITS[unit])
    } else {
        format!("{v:.1} {}", UNITS[unit])
    }
}

/// Free space for an unprivileged writer on the file system holding `path` (None when unknown).
pub fn free_space(path: &Path) -> Option<u64> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).ok()?;
    // SAFETY: statvfs writes into the zeroed struct we own; the path is a valid C string for the call.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::statvfs(c.as_ptr(), &mut st) };
    (r == 0).then(|| (st.f_bavail as u64).saturating_mul(st.f_frsize as u64))
}

/// True for an OS error that says the disk (or the person's quota) is full.
pub fn is_disk_full(e: &std::io::Error) -> bool {
    matches!(e.raw_os_error(), Some(libc::ENOSPC) | Some(libc::EDQUOT)) || e.kind() == std::io::ErrorKind::StorageFull
}

/// The one serialisable shape of an error at every boundary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ErrorBody {
    pub code: String,
    pub message: String,
}

impl From<&DeskError> for ErrorBody {
    fn from(e: &DeskError) -> Self {
        e.body()
    }
}

pub type Result<T, E = DeskError> = std::result::Result<T, E>;
