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
    AnalysisDb(rusqlite::Error),
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
            DeskError::ChartSpec { .. } => "chart_spec",
            DeskError::ChartRender { .. } => "chart_render",
        }
    }

    /// True when the error is about something the user handed in (a refused input) rather than a fault
    /// of the program or its environment. The CLI maps this to exit code 1 versus 2.
    pub fn is_refusal(&self) -> bool {
        !matches!(
            self,
            DeskError::History(_)
                | DeskError::HistoryTooNew { .. }
                | DeskError::Zip(_)
                | DeskError::Io { .. }
                | DeskError::Usage(_)
                | DeskError::Keychain(_)
                | DeskError::AnalysisDb(_)
                | DeskError::ChartRender { .. }
        )
    }

    pub fn body(&self) -> ErrorBody {
        ErrorBody { code: self.code().to_string(), message: self.to_string() }
    }

    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        DeskError::Io { context: context.into(), source }
    }

    pub(crate) fn io_at(path: &Path, source: std::io::Error) -> Self {
        DeskError::Io { context: path.display().to_string(), source }
    }
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
