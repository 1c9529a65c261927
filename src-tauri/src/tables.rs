//! The tables of a conversation as the page shows them: the chips above the chat (one per table, its
//! profile a click away) and the sample questions of an empty conversation.
//!
//! [`desk_tables`] brings the desk's analysis database up to date through the core
//! (`desk_core::tables::sync`, streaming `tables_progress` events while a large file is read and
//! profiled) and returns the catalog, the files that could not be read, and a few sample questions
//! ([`sample_questions`]) built from the actual tables so that the built-in offline analyst can answer
//! each of them. The sync runs without holding the office lock (the core serialises syncs per desk), so
//! the sidebar stays responsive while a big file is profiled. Nothing here parses files or runs SQL.

use crate::commands::CmdResult;
use crate::{events, Desk};
use desk_core::tables::{FailedSource, TableInfo};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

/// What the page shows about a desk's tables.
#[derive(Debug, Clone, Serialize)]
pub struct DeskTables {
    pub tables: Vec<TableInfo>,
    /// Sources the core could not turn into a table, with the reason.
    pub failed: Vec<FailedSource>,
    pub questions: Vec<String>,
}

/// Sync the desk's tables (with progress events) and return the catalog and sample questions.
#[tauri::command(async)]
pub fn desk_tables<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Desk>,
    conversation_id: String,
) -> CmdResult<DeskTables> {
    let dir = {
        let office = desk.lock();
        let id = office.resolve(&conversation_id).map_err(|e| e.body())?;
        office.desk_dir(&id).map_err(|e| e.body())?
    };
    let mut progress = events::TablesProgressReporter::new(&app, &conversation_id);
    let synced = desk_core::tables::sync(&dir, &mut |p| progress.report(p));
    progress.finish();
    let report = synced.map_err(|e| e.body())?;
    let tables = desk_core::tables::catalog(&dir).map_err(|e| e.body())?;
    let questions = desk_core::analyst::suggest::questions(&dir, &tables);
    Ok(DeskTables { tables, failed: report.failed, questions })
}
