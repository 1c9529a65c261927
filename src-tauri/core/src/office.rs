//! The office: one data directory holding every desk and the history database, and the operations that
//! must keep the two in step (create a conversation with its desk, import and record inputs, delete rows
//! and folder together, list what a desk holds).
//!
//! Both the desktop shell and the `desk` CLI drive the core through this type. It does not run turns
//! (the agent does) and does not parse tables (the toolbox does).

use crate::desk::{DeskId, Desks};
use crate::error::{DeskError, ErrorBody, Result};
use crate::export::{self, ExportSummary};
use crate::history::{Clock, Conversation, History, InputFile, SystemClock, TurnRecord};
use crate::import::{self, ImportLimits, Imported};
use crate::snapshot::{ArtifactKind, Snapshot};
use serde::Serialize;
use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const DEFAULT_TITLE: &str = "New conversation";
const HISTORY_FILE: &str = "history.sqlite3";

/// The app's data directory when none is given: `$XDG_DATA_HOME/analyst-desk` (usually
/// `~/.local/share/analyst-desk`). The app and the CLI share it, so they share conversations.
pub fn default_data_dir() -> Result<PathBuf> {
    dirs::data_dir().map(|d| d.join("analyst-desk")).ok_or_else(|| {
        DeskError::Usage("no data directory could be found; pass --data-dir or set DESK_DATA_DIR".into())
    })
}

/// Create the data directory readable by its owner only (0700), or make an existing one so: it holds
/// every conversation, and other users of the machine must not read them.
fn private_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
    fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).map_err(|e| DeskError::io_at(dir, e))?;
    let meta = fs::metadata(dir).map_err(|e| DeskError::io_at(dir, e))?;
    // SAFETY: getuid has no preconditions.
    let mine = meta.uid() == unsafe { libc::getuid() };
    if mine && meta.permissions().mode() & 0o077 != 0 {
        let mode = meta.permissions().mode() & !0o077;
        fs::set_permissions(dir, fs::Permissions::from_mode(mode)).map_err(|e| DeskError::io_at(dir, e))?;
    }
    Ok(())
}

/// The result of importing one path: what the CLI prints as one JSON line and the UI shows in a toast.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportOutcome {
    pub path: String,
    pub ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stored_as: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorBody>,
}

impl ImportOutcome {
    fn from_result(path: String, r: &Result<Imported>) -> Self {
        match r {
            Ok(i) => ImportOutcome {
                path,
                ok: true,
                stored_as: Some(i.stored_as.clone()),
                bytes: Some(i.bytes),
                sha256: Some(i.sha256.clone()),
                error: None,
            },
            Err(e) => {
                ImportOutcome { path, ok: false, stored_as: None, bytes: None, sha256: None, error: Some(e.body()) }
            }
        }
    }
}

/// One file in a desk as `desk files` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeskFile {
    pub path: String,
    pub kind: ArtifactKind,
    pub size: u64,
    /// `input` for files the user imported, `output` for everything the analyst made.
    pub role: &'static str,
}

pub struct Office {
    data_dir: PathBuf,
    desks: Desks,
    history: History,
    limits: ImportLimits,
    /// What was repaired in the app's own folders (a planted link removed ...), for the caller to show.
    warnings: std::sync::Mutex<Vec<String>>,
}

impl Office {
    pub fn open(data_dir: &Path) -> Result<Self> {
        Self::open_with(data_dir, Arc::new(SystemClock), ImportLimits::default())
    }

    pub fn open_with(data_dir: &Path, clock: Arc<dyn Clock>, limits: ImportLimits) -> Result<Self> {
        private_dir(data_dir)?;
        let history = History::open(&data_dir.join(HISTORY_FILE), clock)?;
        let desks = Desks::new(data_dir.join("desks"));
        let warnings = desks.sweep()?;
        Ok(Office { data_dir: data_dir.to_path_buf(), desks, history, limits, warnings: warnings.into() })
    }

    /// Take the warnings gathered so far: repairs of the app's own folders (a link planted where a
    /// hidden folder should be is removed, never followed). The CLI prints them on stderr.
    pub fn take_warnings(&self) -> Vec<String> {
        match self.warnings.lock() {
            Ok(mut w) => std::mem::take(&mut *w),
            Err(poisoned) => std::mem::take(&mut *poisoned.into_inner()),
        }
    }

    fn warn(&self, more: Vec<String>) {
        if more.is_empty() {
            return;
        }
        match self.warnings.lock() {
            Ok(mut w) => w.extend(more),
            Err(poisoned) => poisoned.into_inner().extend(more),
        }
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn history_mut(&mut self) -> &mut History {
        &mut self.history
    }

    pub fn limits(&self) -> ImportLimits {
        self.limits
    }

    /// Parse an id and check that the conversation exists. Nothing touches the disk before the shape check.
    pub fn resolve(&self, id: &str) -> Result<DeskId> {
        let id = DeskId::parse(id)?;
        self.history.conversation(&id)?;
        Ok(id)
    }

    /// The desk folder of an existing conversation (re-created empty if it went missing; refused when
    /// it is a link; its hidden area repaired, with a warning, if a link was planted there).
    pub fn desk_dir(&self, id: &DeskId) -> Result<PathBuf> {
        let (path, warnings) = self.desks.ensure_checked(id)?;
        self.warn(warnings);
        Ok(path)
    }

    pub fn new_conversation(&mut self, title: Option<&str>) -> Result<Conversation> {
        let title = title.map(str::trim).filter(|t| !t.is_empty()).unwrap_or(DEFAULT_TITLE);
        let id = DeskId::mint();
        self.desks.create(&id)?;
        match self.history.create_conversation(&id, title) {
            Ok(c) => Ok(c),
            Err(e) => {
                let _ = crate::desk::remove_tree(&self.desks.path(&id));
                Err(e)
            }
        }
    }

    pub fn list(&self) -> Result<Vec<Conversation>> {
        self.history.list()
    }

    pub fn rename(&mut self, id: &DeskId, title: &str) -> Result<()> {
        let title = title.trim();
        if title.is_empty() {
            return Err(DeskError::Usage("a title cannot be empty".into()));
        }
        self.history.rename(id, title)
    }

    /// Import native paths; one outcome per path, in order. Successes are kept whatever happens to the rest.
    pub fn import_paths(
        &mut self,
        id: &DeskId,
        paths: &[PathBuf],
        progress: &mut dyn FnMut(&Path, u64, u64),
    ) -> Result<Vec<ImportOutcome>> {
        let desk = self.desk_dir(id)?;
        let tmp = self.desks.tmp_dir(id);
        let mut out = Vec::with_capacity(paths.len());
        for p in paths {
            let mut per_file = |done: u64, total: u64| progress(p, done, total);
            let r = import::import_path(&desk, &tmp, p, self.limits, &mut per_file)
                .and_then(|i| self.record(id, &desk, i, Some(p.display().to_string())));
            out.push(ImportOutcome::from_result(p.display().to_string(), &r));
        }
        Ok(out)
    }

    /// Import bytes under a name (what a browser-style drop or a paste gives).
    pub fn import_bytes(&mut self, id: &DeskId, name: &str, bytes: &[u8]) -> Result<Imported> {
        let desk = self.desk_dir(id)?;
        let tmp = self.desks.tmp_dir(id);
        let imported = import::import_bytes(&desk, &tmp, name, bytes, self.limits)?;
        self.record(id, &desk, imported, None)
    }

    /// Import the project's sample data (orders, customers, products, stores) through the normal safe import.
    pub fn import_sample(&mut self, id: &DeskId) -> Result<Vec<ImportOutcome>> {
        let mut out = Vec::new();
        for (name, text) in crate::analyst::sample::FILES {
            let r = self.import_bytes(id, name, text.as_bytes());
            out.push(ImportOutcome::from_result(name.to_string(), &r));
        }
        Ok(out)
    }

    /// Record a stored file as an input; if history refuses, the stored file goes too (no trace).
    fn record(&mut self, id: &DeskId, desk: &Path, i: Imported, source: Option<String>) -> Result<Imported> {
        let row = InputFile {
            name: i.stored_as.clone(),
            source,
            bytes: i.bytes,
            sha256: i.sha256.clone(),
            imported_at: self.history.now_ms(),
        };
        if let Err(e) = self.history.record_input(id, &row) {
            let _ = fs::remove_file(desk.join(&i.stored_as));
            return Err(e);
        }
        Ok(i)
    }

    /// The names of the user's imported files in a desk: no tool of the analyst may change or delete them.
    pub fn input_names(&self, id: &DeskId) -> Result<HashSet<String>> {
        Ok(self.history.inputs(id)?.into_iter().map(|f| f.name).collect())
    }

    pub fn inputs(&self, id: &DeskId) -> Result<Vec<InputFile>> {
        self.history.inputs(id)
    }

    /// Everything visible in a desk, inputs first, then outputs, each sorted by path.
    pub fn files(&self, id: &DeskId) -> Result<Vec<DeskFile>> {
        let desk = self.desk_dir(id)?;
        let inputs = self.input_names(id)?;
        let snap = Snapshot::take(&desk)?;
        let mut files: Vec<DeskFile> = snap
            .entries
            .iter()
            .map(|(path, st)| DeskFile {
                path: path.clone(),
                kind: ArtifactKind::of(path),
                size: st.size,
                role: if inputs.contains(path) { "input" } else { "output" },
            })
            .collect();
        files.sort_by(|a, b| (a.role != "input", &a.path).cmp(&(b.role != "input", &b.path)));
        Ok(files)
    }

    pub fn turns(&self, id: &DeskId) -> Result<Vec<TurnRecord>> {
        self.history.turns(id)
    }

    /// Delete a conversation: its desk is moved aside in one rename, its rows deleted in one transaction,
    /// then the folder removed. If the rows cannot be deleted, the desk is put back. Refused while a turn
    /// runs in the conversation (`turn_running`); the turn lock is held until the folder is gone, so no
    /// other process's sweep removes the trashed folder while it might still be put back. A desk folder
    /// that is a link is deleted as a link (what it points to is not touched).
    pub fn delete(&mut self, id: &DeskId) -> Result<()> {
        self.history.conversation(id)?;
        let path = self.desks.path(id);
        let _lock = match fs::symlink_metadata(&path) {
            Ok(m) if m.is_dir() => match crate::desk::TurnLock::try_acquire(&path)? {
                Some(lock) => Some(lock),
                None => return Err(DeskError::TurnRunning { id: id.to_string() }),
            },
            _ => None,
        };
        let trash = self.desks.to_trash(id)?;
        if let Err(e) = self.history.delete_conversation(id) {
            if let Some(t) = &trash {
                let _ = self.desks.restore(id, t);
            }
            return Err(e);
        }
        if let Some(t) = trash {
            crate::desk::remove_tree(&t)?;
        }
        Ok(())
    }

    pub fn export(&self, id: &DeskId, out: &Path) -> Result<ExportSummary> {
        let desk = self.desk_dir(id)?;
        export::export_zip(&desk, out)
    }
}
