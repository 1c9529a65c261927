//! The commands the page may invoke. Each is thin: parse the arguments, call the core's office, map a
//! core error to the one serialisable `{code, message}` ([`ErrorBody`]) the UI branches on.
//!
//! Every command runs off the main thread (`async` attribute), so a long import never freezes the window.
//! Commands never take a filesystem path from the page: imports name a drop held in Rust (see `drops`),
//! or a native dialog opened from Rust (see `native`).

use crate::drops::Drops;
use crate::{events, Desk, Launched};
use desk_core::desk::DeskId;
use desk_core::error::{DeskError, ErrorBody};
use desk_core::history::{Conversation, TurnRecord};
use desk_core::office::{DeskFile, ImportOutcome, Office};
use std::path::PathBuf;
use tauri::{AppHandle, Runtime, State};

pub type CmdResult<T> = Result<T, ErrorBody>;

fn body(e: DeskError) -> ErrorBody {
    e.body()
}

/// Broadcast the sidebar's new list; a failure to read it is logged, not returned (the command itself
/// succeeded).
fn announce_list<R: Runtime>(app: &AppHandle<R>, office: &Office) {
    match office.list() {
        Ok(list) => events::conversations_changed(app, &list),
        Err(e) => eprintln!("analyst-desk: could not list conversations after a change: {e}"),
    }
}

#[tauri::command(async)]
pub fn new_conversation<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Desk>,
    title: Option<String>,
) -> CmdResult<Conversation> {
    let mut office = desk.lock();
    let conversation = office.new_conversation(title.as_deref()).map_err(body)?;
    announce_list(&app, &office);
    Ok(conversation)
}

/// Most recent first.
#[tauri::command(async)]
pub fn list_conversations(desk: State<'_, Desk>) -> CmdResult<Vec<Conversation>> {
    desk.lock().list().map_err(body)
}

#[tauri::command(async)]
pub fn rename_conversation<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Desk>,
    conversation_id: String,
    title: String,
) -> CmdResult<()> {
    let mut office = desk.lock();
    let id = office.resolve(&conversation_id).map_err(body)?;
    office.rename(&id, &title).map_err(body)?;
    announce_list(&app, &office);
    Ok(())
}

#[tauri::command(async)]
pub fn delete_conversation<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Desk>,
    conversation_id: String,
) -> CmdResult<()> {
    let mut office = desk.lock();
    let id = office.resolve(&conversation_id).map_err(body)?;
    office.delete(&id).map_err(body)?;
    announce_list(&app, &office);
    Ok(())
}

/// Import native paths into a conversation through the core (the one import path shared by drops, the
/// file dialog and the files the app was started with): progress events while copying, one outcome per
/// path, then `files_changed` and the sidebar's new list.
pub(crate) fn import_into<R: Runtime>(
    app: &AppHandle<R>,
    desk: &Desk,
    id: &DeskId,
    paths: &[PathBuf],
) -> CmdResult<Vec<ImportOutcome>> {
    let mut office = desk.lock();
    let mut progress = events::ProgressReporter::new(app, id.as_str());
    let outcomes = office.import_paths(id, paths, &mut |p, done, total| progress.report(p, done, total));
    events::files_changed(app, id.as_str());
    announce_list(app, &office);
    outcomes.map_err(body)
}

/// Import the files of a drop (see `drops`) into a conversation: one outcome per file, in order; refused
/// files carry their `{code, message}`, and successes are kept whatever happens to the others. The
/// conversation is checked before the drop is claimed, so a bad id leaves the drop claimable.
#[tauri::command(async)]
pub fn import_paths<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Desk>,
    drops: State<'_, Drops>,
    conversation_id: String,
    drop_id: u64,
) -> CmdResult<Vec<ImportOutcome>> {
    let id = desk.lock().resolve(&conversation_id).map_err(body)?;
    let paths = drops.take(drop_id).ok_or_else(|| ErrorBody {
        code: "drop_not_found".into(),
        message: format!("no dropped files are waiting under drop {drop_id}; drop the files again"),
    })?;
    import_into(&app, &desk, &id, &paths)
}

/// Import the project's built-in sample business (orders, customers, products, stores) into a
/// conversation, through the same safe import as any file; one outcome per file.
#[tauri::command(async)]
pub fn import_sample<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Desk>,
    conversation_id: String,
) -> CmdResult<Vec<ImportOutcome>> {
    let mut office = desk.lock();
    let id = office.resolve(&conversation_id).map_err(body)?;
    let outcomes = office.import_sample(&id).map_err(body)?;
    events::files_changed(&app, id.as_str());
    announce_list(&app, &office);
    Ok(outcomes)
}

/// Everything visible in a conversation's desk: the user's inputs first, then the analyst's outputs.
#[tauri::command(async)]
pub fn list_files(desk: State<'_, Desk>, conversation_id: String) -> CmdResult<Vec<DeskFile>> {
    let office = desk.lock();
    let id = office.resolve(&conversation_id).map_err(body)?;
    office.files(&id).map_err(body)
}

/// The conversation's turns in order, each with its messages, tool calls and receipt.
#[tauri::command(async)]
pub fn conversation_history(desk: State<'_, Desk>, conversation_id: String) -> CmdResult<Vec<TurnRecord>> {
    let office = desk.lock();
    let id = office.resolve(&conversation_id).map_err(body)?;
    office.turns(&id).map_err(body)
}

/// The page calls this once it has rendered; the shell logs how long that took since it started and
/// returns the figure (milliseconds), so start-up time can be measured from outside and inside.
///
/// With `DESK_TRACE_STARTUP=1` it also prints the wall-clock moment of first paint
/// (`analyst-desk: startup first_paint unix_us=… shell_us=…`), which `scripts/bench-app` subtracts from
/// the moment it spawned the process: exec, dynamic linking and opening the data directory included.
#[tauri::command(async)]
pub fn ui_ready(launched: State<'_, Launched>) -> CmdResult<u64> {
    let elapsed = launched.0.elapsed();
    let ms = u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX);
    eprintln!("analyst-desk: page ready {ms} ms after the shell started");
    if std::env::var_os("DESK_TRACE_STARTUP").is_some_and(|v| v == "1") {
        let unix_us = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_micros());
        eprintln!("analyst-desk: startup first_paint unix_us={unix_us} shell_us={}", elapsed.as_micros());
    }
    Ok(ms)
}
