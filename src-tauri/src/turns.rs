//! Chat turns: `ask` runs one turn of the analyst on its own thread and streams the wire events
//! (DESIGN.md section 4) to the page over a `tauri::ipc::Channel`; `stop_turn` cancels it.
//!
//! The turn loop is not `Send`-friendly and may run for minutes, so it gets a thread of its own and a
//! second [`Office`] opened on the same data directory: the shared `Mutex<Office>` stays free for the
//! sidebar and file listings while a turn runs. This module does not interpret events; the page does.

use crate::commands::CmdResult;
use crate::{events, Desk};
use desk_core::agent::{run_turn_blocking, secret, CancelToken, ProviderSettings, TurnRequest};
use desk_core::analyst::tool::WithAnalyze;
use desk_core::error::ErrorBody;
use desk_core::office::Office;
use desk_core::tools::Toolbox;
use desk_core::wire::Event;
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, State};

/// The turns running now, by conversation id: at most one per conversation.
#[derive(Default)]
pub struct Turns(Mutex<HashMap<String, CancelToken>>);

impl Turns {
    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<String, CancelToken>> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Register a turn; None if one is already running in this conversation.
    pub(crate) fn start(&self, conversation_id: &str) -> Option<CancelToken> {
        let mut map = self.map();
        if map.contains_key(conversation_id) {
            return None;
        }
        let token = CancelToken::new();
        map.insert(conversation_id.to_string(), token.clone());
        Some(token)
    }

    pub(crate) fn finish(&self, conversation_id: &str) {
        self.map().remove(conversation_id);
    }

    /// Cancel the running turn of a conversation; false if none runs.
    pub fn cancel(&self, conversation_id: &str) -> bool {
        match self.map().get(conversation_id) {
            Some(token) => {
                token.cancel();
                true
            }
            None => false,
        }
    }
}

fn send(channel: &Channel<Value>, event: &Event) {
    if let Err(e) = channel.send(event.to_json()) {
        eprintln!("analyst-desk: could not stream a turn event: {e}");
    }
}

/// Start a turn in a conversation. Returns once the turn is running; its events (ending with exactly one
/// `complete` or `error`) arrive on `on_event`.
#[tauri::command(async)]
#[allow(clippy::too_many_arguments)] // the IPC arguments of the command, plus Tauri's state and handle
pub fn ask<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Desk>,
    turns: State<'_, Turns>,
    conversation_id: String,
    question: String,
    provider: ProviderSettings,
    budget_usd: Option<f64>,
    on_event: Channel<Value>,
) -> CmdResult<()> {
    let (id, data_dir) = {
        let office = desk.lock();
        let id = office.resolve(&conversation_id).map_err(|e| e.body())?;
        (id, office.data_dir().to_path_buf())
    };
    if question.trim().is_empty() {
        return Err(ErrorBody { code: "usage".into(), message: "type a question first".into() });
    }
    let cancel = turns.start(id.as_str()).ok_or_else(|| ErrorBody {
        code: "turn_running".into(),
        message: "a turn is already running in this conversation; stop it or wait for it to finish".into(),
    })?;
    let mut request = TurnRequest::new(id.as_str(), question, provider);
    request.offline = Some(desk_core::analyst::offline());
    // The most one question may cost, from Settings (paid providers only; the turn stops once over it).
    request.budget_usd = budget_usd.filter(|b| b.is_finite() && *b > 0.0);
    request.api_key = secret::resolve_key(request.provider.kind, &|name| std::env::var(name).ok(), true);
    let conversation = id.as_str().to_string();
    let spawned = std::thread::Builder::new().name("desk-turn".into()).spawn(move || {
        run_on_this_thread(&data_dir, &request, &on_event, &cancel);
        app.state::<Turns>().finish(&conversation);
        let desk = app.state::<Desk>();
        let office = desk.lock();
        if let Ok(list) = office.list() {
            events::conversations_changed(&app, &list);
        }
        events::files_changed(&app, &conversation);
    });
    if let Err(e) = spawned {
        turns.finish(id.as_str());
        return Err(ErrorBody { code: "io".into(), message: format!("could not start the turn: {e}") });
    }
    Ok(())
}

/// The turn itself, on the calling thread. Whatever happens, the channel hears one closing event.
pub(crate) fn run_on_this_thread(
    data_dir: &Path,
    request: &TurnRequest,
    channel: &Channel<Value>,
    cancel: &CancelToken,
) {
    let mut closed = false;
    let result = (|| {
        let mut office = Office::open(data_dir)?;
        let id = office.resolve(&request.conversation_id)?;
        let desk = office.desk_dir(&id)?;
        let mut tools = WithAnalyze::new(Toolbox::new(desk.clone(), office.input_names(&id)?), desk);
        let mut sink = |event: Event| {
            if matches!(event, Event::Complete { .. } | Event::Error(_)) {
                closed = true;
            }
            send(channel, &event);
        };
        run_turn_blocking(&mut office, request, &mut tools, &mut sink, cancel)
    })();
    match result {
        Err(e) if !closed => send(channel, &Event::Error(e.body())),
        Err(e) => eprintln!("analyst-desk: turn ended with {e}"),
        Ok(outcome) if !closed => {
            let body = outcome
                .error
                .unwrap_or_else(|| ErrorBody { code: "cancelled".into(), message: "the turn was stopped".into() });
            send(channel, &Event::Error(body));
        }
        Ok(_) => {}
    }
}

/// Stop the running turn of a conversation (no error if none runs: it may just have finished).
#[tauri::command(async)]
pub fn stop_turn(turns: State<'_, Turns>, conversation_id: String) -> CmdResult<bool> {
    Ok(turns.cancel(&conversation_id))
}

/// Markdown (from a model) to sanitised HTML: the only HTML the page ever inserts.
#[tauri::command(async)]
pub fn render_markdown(md: String) -> CmdResult<String> {
    Ok(desk_core::tools::markdown_to_html(&md))
}
