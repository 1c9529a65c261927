//! The analyst agent: one turn as a protocol. A [`TurnRequest`] goes in; wire [`Event`]s come out through
//! a sink (never a UI handle), in this order: `session_start`, then `text_delta` / `tool_start` /
//! `tool_result` / `artifact_update` as they happen, then exactly one of `complete {receipt}` or
//! `error {code, message}`. The turn is cancellable at any await point through a [`CancelToken`].
//!
//! Invariants: every tool call gets exactly one result (a call the turn could not run is answered
//! `cancelled`); the desk is snapshotted when the turn starts (so uploads are never announced), after
//! every tool result and once before the turn ends; everything is recorded in history as it happens
//! (messages, tool calls and results, events for replay, artifacts, receipt or error), each write in its
//! own transaction, so a crash or Ctrl-C leaves a consistent turn.
//!
//! Providers: `openai` (any OpenAI-compatible server, Ollama by default), `anthropic` (Messages API),
//! `claude-code` (the Claude Code CLI in the desk) and `offline`, whose analyst plugs into
//! [`offline::analyst`] (issue 5). Tools are reached only through [`ToolRunner`]. This module does not
//! build the toolbox, describe tables, or store keys anywhere but the OS keychain ([`secret`]).
//!
//! For the HTTP providers a turn first learns which server answers and how large its context window is
//! ([`server`]), then answers in one of two ways ([`AnalysisMode`]): small local models fill one analysis
//! plan through structured output ([`planned`]); capable models call tools over several rounds
//! (`tool_loop`), with text-form calls parsed ([`textcalls`]), results capped to the window ([`budget`]),
//! a `finish_report` tool whose report the app writes ([`report`]) and one nudge when a turn computed
//! something but wrote no report. Each request's size is reported by part as a `prompt_budget` event.

pub mod anthropic;
mod budget;
mod call;
mod cancel;
pub mod claude_code;
mod context;
mod error;
mod http;
mod model;
pub mod offline;
pub mod ollama;
pub mod openai;
mod planned;
pub mod probe;
mod report;
pub mod sandbox;
pub mod secret;
pub mod server;
mod sse;
mod textcalls;

pub use cancel::CancelToken;
pub use context::{describe_desk, system_prompt, DEFAULT_HISTORY_TOKENS, HOUSE_RULES};
pub use error::AgentError;
pub use http::RetryPolicy;
pub use secret::ApiKey;

use crate::desk::DeskId;
use crate::error::{DeskError, ErrorBody};
use crate::history::{TurnHandle, TurnRecord};
use crate::office::Office;
use crate::snapshot::Snapshot;
use crate::tool_api::{ToolOutput, ToolRunner, ToolSpec};
use crate::wire::{Event, Receipt};
use budget::Window;
use call::{Caller, Shown, Wire};
use context::{Msg, ToolCall, ToolResultMsg};
use model::{Ask, Usage};
use serde::{Deserialize, Serialize};
use server::{ServerInfo, ServerKind};
use std::collections::HashSet;
use std::path::PathBuf;

/// Model round trips allowed in one turn unless the request says otherwise.
pub const DEFAULT_MAX_ROUNDS: u32 = 20;
/// Output tokens asked for per round trip (Anthropic requires a number).
pub const DEFAULT_MAX_OUTPUT_TOKENS: u32 = 8_192;

/// Which analyst answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProviderKind {
    /// The built-in analyst: no network at all.
    #[default]
    Offline,
    /// Any OpenAI-compatible chat-completions server (default: Ollama on this machine).
    Openai,
    /// Anthropic's Messages API with the person's own key.
    Anthropic,
    /// The Claude Code CLI, run in the desk.
    ClaudeCode,
}

impl ProviderKind {
    pub const ALL: [ProviderKind; 4] =
        [ProviderKind::Offline, ProviderKind::Openai, ProviderKind::Anthropic, ProviderKind::ClaudeCode];

    pub fn as_str(self) -> &'static str {
        match self {
            ProviderKind::Offline => "offline",
            ProviderKind::Openai => "openai",
            ProviderKind::Anthropic => "anthropic",
            ProviderKind::ClaudeCode => "claude-code",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        ProviderKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn default_model(self) -> Option<&'static str> {
        match self {
            ProviderKind::Openai => Some(openai::DEFAULT_MODEL),
            ProviderKind::Anthropic => Some(anthropic::DEFAULT_MODEL),
            ProviderKind::Offline | ProviderKind::ClaudeCode => None,
        }
    }

    pub fn default_base_url(self) -> Option<&'static str> {
        match self {
            ProviderKind::Openai => Some(openai::DEFAULT_BASE_URL),
            ProviderKind::Anthropic => Some(anthropic::DEFAULT_BASE_URL),
            ProviderKind::Offline | ProviderKind::ClaudeCode => None,
        }
    }
}

/// How a model answers a question (OpenAI-compatible servers; Anthropic always calls tools).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnalysisMode {
    /// The plan for servers that run models on this machine (Ollama, llama.cpp, vLLM, LM Studio) unless
    /// the model is large (30B parameters or more); tool calling elsewhere.
    #[default]
    Auto,
    /// The model fills one analysis plan through structured output; the app computes it.
    Plan,
    /// The model calls the tools (sql, chart, analyze, ...) over several rounds.
    Tools,
}

impl AnalysisMode {
    pub const ALL: [AnalysisMode; 3] = [AnalysisMode::Auto, AnalysisMode::Plan, AnalysisMode::Tools];

    pub fn as_str(self) -> &'static str {
        match self {
            AnalysisMode::Auto => "auto",
            AnalysisMode::Plan => "plan",
            AnalysisMode::Tools => "tools",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        AnalysisMode::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

/// Provider, model and base URL as the person chose them (None: the provider's default), with how the
/// model answers and, when the server cannot say, its context window.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProviderSettings {
    pub kind: ProviderKind,
    pub model: Option<String>,
    pub base_url: Option<String>,
    #[serde(default)]
    pub mode: AnalysisMode,
    /// The model's context window in tokens: set for Ollama (which the app asks for it), or the figure
    /// to budget for where the server does not report one.
    #[serde(default)]
    pub context_length: Option<u32>,
}

impl ProviderSettings {
    pub fn new(kind: ProviderKind) -> Self {
        ProviderSettings { kind, ..ProviderSettings::default() }
    }

    /// The model in effect: the chosen one or the provider's default.
    pub fn model(&self) -> Option<String> {
        self.model.clone().filter(|m| !m.trim().is_empty()).or_else(|| self.kind.default_model().map(str::to_string))
    }

    /// The base URL in effect: the chosen one or the provider's default.
    pub fn base_url(&self) -> Option<String> {
        self.base_url
            .clone()
            .filter(|u| !u.trim().is_empty())
            .or_else(|| self.kind.default_base_url().map(str::to_string))
    }
}

/// How the `claude-code` provider runs the CLI.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaudeCodeOptions {
    /// The executable (default `claude`, looked up on PATH).
    pub program: PathBuf,
    /// Tools it may use without asking (`--allowedTools`).
    pub allowed_tools: Vec<String>,
    /// Tools it may never use (`--disallowedTools`); the shell is off by default.
    pub disallowed_tools: Vec<String>,
    /// The bubblewrap executable the CLI is confined with (default `bwrap`, looked up on PATH); see
    /// [`sandbox`]. Without a working one the provider refuses to start (`sandbox_unavailable`).
    pub bwrap: PathBuf,
}

impl Default for ClaudeCodeOptions {
    fn default() -> Self {
        let s = |v: &[&str]| v.iter().map(|t| t.to_string()).collect();
        ClaudeCodeOptions {
            program: PathBuf::from("claude"),
            allowed_tools: s(&["Read", "Glob", "Grep", "Write", "Edit"]),
            disallowed_tools: s(&["Bash", "WebFetch", "WebSearch", "NotebookEdit", "Task"]),
            bwrap: PathBuf::from("bwrap"),
        }
    }
}

/// One question to the analyst.
#[derive(Debug, Clone)]
pub struct TurnRequest {
    pub conversation_id: String,
    pub question: String,
    pub provider: ProviderSettings,
    /// The key of the chosen provider, never shown or stored (see [`secret`]).
    pub api_key: Option<ApiKey>,
    /// Model round trips allowed in this turn.
    pub max_rounds: u32,
    /// Stop the turn once its cost is over this (only where the cost is known).
    pub budget_usd: Option<f64>,
    /// The desk's tables (schemas and profiles), as text for the model; filled by the caller. When empty,
    /// the turn describes the desk's files itself ([`describe_desk`]).
    pub context: String,
    /// Token budget for the replayed conversation.
    pub history_tokens: usize,
    pub max_output_tokens: u32,
    pub retry: RetryPolicy,
    pub claude_code: ClaudeCodeOptions,
    /// The built-in analyst that answers `offline` turns (injected by the caller).
    pub offline: Option<std::sync::Arc<dyn offline::OfflineAnalyst>>,
}

impl TurnRequest {
    pub fn new(conversation_id: impl Into<String>, question: impl Into<String>, provider: ProviderSettings) -> Self {
        TurnRequest {
            conversation_id: conversation_id.into(),
            question: question.into(),
            provider,
            api_key: None,
            max_rounds: DEFAULT_MAX_ROUNDS,
            budget_usd: None,
            context: String::new(),
            history_tokens: DEFAULT_HISTORY_TOKENS,
            max_output_tokens: DEFAULT_MAX_OUTPUT_TOKENS,
            retry: RetryPolicy::default(),
            claude_code: ClaudeCodeOptions::default(),
            offline: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TurnStatus {
    Complete,
    Error,
    Cancelled,
}

impl TurnStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            TurnStatus::Complete => "complete",
            TurnStatus::Error => "error",
            TurnStatus::Cancelled => "cancelled",
        }
    }
}

/// How a turn ended (the same facts its last event carried).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TurnOutcome {
    /// The turn's number in its conversation (1, 2, ...).
    pub turn: i64,
    pub status: TurnStatus,
    /// Set on `complete`; on errors too, as far as the turn got (tokens already spent).
    pub receipt: Option<Receipt>,
    pub error: Option<ErrorBody>,
}

/// Run one turn. `Err` only when the turn could not even start (unknown conversation, unreadable
/// history); every later failure is an `error` event and a recorded turn.
/// What the model is told about the desk: the typed tables (schemas and profiles, brought up to date
/// first), then the other files; a desk with no readable table falls back to the plain file list.
pub fn desk_context(desk: &std::path::Path, inputs: &std::collections::HashSet<String>) -> String {
    let synced = crate::tables::sync(desk, &mut |_| {});
    let tables = crate::tables::catalog(desk).unwrap_or_default();
    if tables.is_empty() {
        let mut out = describe_desk(desk, inputs);
        if let Some(why) = crate::tables::unreadable_reason(desk) {
            out.push_str(&format!("\n{why}\n"));
        }
        return out;
    }
    let mut out: String = tables.iter().map(crate::tables::describe).collect::<Vec<_>>().join("\n");
    if let Ok(report) = &synced {
        for f in &report.failed {
            out.push_str(&format!("\n(not readable as a table: {}: {})", f.path, f.error.message));
        }
    }
    if let Err(e) = &synced {
        out.push_str(&format!("\n(the tables could not be brought up to date: {e})"));
    }
    out.push_str("\n\nFiles in the desk:\n");
    if let Ok(snap) = crate::snapshot::Snapshot::take(desk) {
        for (path, stamp) in snap.entries.iter().take(200) {
            let role = if inputs.contains(path) { "input" } else { "output" };
            out.push_str(&format!("- {path} ({role}, {} bytes)\n", stamp.size));
        }
    }
    out
}

pub async fn run_turn(
    office: &mut Office,
    request: &TurnRequest,
    tools: &mut dyn ToolRunner,
    sink: &mut dyn FnMut(Event),
    cancel: &CancelToken,
) -> crate::Result<TurnOutcome> {
    let id = office.resolve(&request.conversation_id)?;
    let desk = office.desk_dir(&id)?;
    let kind = request.provider.kind;
    let model = request.provider.model();
    let started_ms = office.history().now_ms();
    // The question is recorded before anything else (waiting for another turn, building tables): from
    // here on a kill leaves it in history, as `interrupted`.
    let handle = office.history_mut().begin_turn(&id, &request.question, kind.as_str(), model.as_deref())?;
    let mut turn = Turn {
        office,
        id,
        handle,
        desk,
        inputs: HashSet::new(),
        snapshot: Snapshot::default(),
        sink,
        unrecorded_text: String::new(),
        assistant_text: String::new(),
        usage: Usage::default(),
        rounds: 0,
        reported_cost: None,
        reported_model: None,
        open_calls: Vec::new(),
        used_ids: HashSet::new(),
        unreported_rounds: 0,
    };
    tools.set_cancel(cancel);
    // The query worker starts (and opens the tables) while the turn reads its history and context.
    tools.warm();
    let start = Event::SessionStart { conversation_id: turn.id.to_string(), turn: handle.seq };
    let mut result = turn.emit(start).map_err(AgentError::from);
    let mut prepared = None;
    if result.is_ok() {
        match prepare(&mut turn, request, cancel).await {
            Ok(p) => prepared = Some(p),
            Err(e) => result = Err(e),
        }
    }
    if let (Ok(()), Some(p)) = (&result, &prepared) {
        let request = p.request.as_ref().unwrap_or(request);
        result = drive(&mut turn, request, tools, cancel, &p.prior, p.resume.clone()).await;
    }
    // What was said and made so far is kept whatever happened; open calls get their one result.
    let tidy = turn.end_message().and_then(|_| turn.close_open_calls()).and_then(|_| turn.diff());
    if let (Ok(()), Err(e)) = (&result, tidy) {
        result = Err(e.into());
    }
    let receipt = Receipt {
        duration_ms: (turn.office.history().now_ms() - started_ms).max(0) as u64,
        turns: turn.rounds,
        input_tokens: turn.usage.all_input(),
        output_tokens: turn.usage.output,
        cost_usd: turn.cost(request),
        provider: kind.as_str().to_string(),
        model: model.or_else(|| turn.reported_model.clone()),
        tokens_reported: turn.unreported_rounds == 0,
    };
    let receipt_json = serde_json::to_value(&receipt).unwrap_or(serde_json::Value::Null);
    match result {
        Ok(()) => {
            if let Err(e) = turn.emit(Event::Complete { receipt: receipt.clone() }) {
                // Never leave the turn `running`: record why it could not complete, then report.
                let body = serde_json::to_value(e.body()).unwrap_or(serde_json::Value::Null);
                let _ =
                    turn.office.history_mut().finish_turn(&turn.id, handle, "error", Some(&receipt_json), Some(&body));
                return Err(e);
            }
            turn.office.history_mut().finish_turn(&turn.id, handle, "complete", Some(&receipt_json), None)?;
            Ok(TurnOutcome { turn: handle.seq, status: TurnStatus::Complete, receipt: Some(receipt), error: None })
        }
        Err(e) => {
            let status = if matches!(e, AgentError::Cancelled) { TurnStatus::Cancelled } else { TurnStatus::Error };
            let body = e.body();
            let emitted = turn.emit(Event::Error(body.clone()));
            let error_json = serde_json::to_value(&body).unwrap_or(serde_json::Value::Null);
            turn.office.history_mut().finish_turn(
                &turn.id,
                handle,
                status.as_str(),
                Some(&receipt_json),
                Some(&error_json),
            )?;
            emitted?;
            Ok(TurnOutcome { turn: handle.seq, status, receipt: Some(receipt), error: Some(body) })
        }
    }
}

/// What a turn knows once it holds its conversation: earlier turns, the desk described, the session to
/// resume. The turn lock is held for as long as this lives.
struct Prepared {
    _lock: crate::desk::TurnLock,
    prior: Vec<TurnRecord>,
    /// The request with the desk's tables described, when the caller left that to the turn.
    request: Option<TurnRequest>,
    resume: Option<String>,
}

/// How often a turn waiting for another turn of its conversation looks again.
const TURN_WAIT: std::time::Duration = std::time::Duration::from_millis(100);

/// Wait for the conversation (one turn at a time: a second question waits for the first to finish,
/// and can be stopped while it waits), then read what the turn starts from.
async fn prepare(turn: &mut Turn<'_>, request: &TurnRequest, cancel: &CancelToken) -> Result<Prepared, AgentError> {
    let lock = loop {
        if let Some(lock) = crate::desk::TurnLock::try_acquire(&turn.desk)? {
            break lock;
        }
        tokio::select! {
            _ = tokio::time::sleep(TURN_WAIT) => {}
            _ = cancel.cancelled() => return Err(AgentError::Cancelled),
        }
    };
    if cancel.is_cancelled() {
        return Err(AgentError::Cancelled);
    }
    let seq = turn.handle.seq;
    turn.inputs = turn.office.input_names(&turn.id)?;
    let prior: Vec<TurnRecord> = turn.office.turns(&turn.id)?.into_iter().filter(|t| t.seq < seq).collect();
    let described = if request.context.trim().is_empty() {
        let mut r = request.clone();
        r.context = desk_context(&turn.desk, &turn.inputs);
        Some(r)
    } else {
        None
    };
    let resume = turn.office.history().last_provider_session(&turn.id, ProviderKind::ClaudeCode.as_str())?;
    turn.snapshot = Snapshot::take(&turn.desk)?;
    Ok(Prepared { _lock: lock, prior, request: described, resume })
}

/// [`run_turn`] on a runtime of its own, for callers without one (the CLI, tests, the shell's threads).
pub fn run_turn_blocking(
    office: &mut Office,
    request: &TurnRequest,
    tools: &mut dyn ToolRunner,
    sink: &mut dyn FnMut(Event),
    cancel: &CancelToken,
) -> crate::Result<TurnOutcome> {
    let rt = runtime()?;
    rt.block_on(run_turn(office, request, tools, sink, cancel))
}

/// A single-threaded runtime with timers and IO, as the turn needs.
pub fn runtime() -> crate::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| DeskError::io("starting the async runtime", e))
}

async fn drive(
    turn: &mut Turn<'_>,
    request: &TurnRequest,
    tools: &mut dyn ToolRunner,
    cancel: &CancelToken,
    prior: &[TurnRecord],
    resume: Option<String>,
) -> Result<(), AgentError> {
    match request.provider.kind {
        ProviderKind::Offline => match request.offline.clone() {
            Some(analyst) => {
                let mut session = TurnSession { turn, tools, cancel, request, prior };
                analyst.answer(&mut session)
            }
            None => Err(AgentError::OfflineUnavailable),
        },
        ProviderKind::Openai | ProviderKind::Anthropic => model_loop(turn, request, tools, cancel, prior).await,
        ProviderKind::ClaudeCode => claude_code::run(turn, request, cancel, prior, resume).await,
    }
}

/// A toolbox with no tools, for callers that have none yet (the CLI until the toolbox lands there).
#[derive(Debug, Default, Clone, Copy)]
pub struct NoTools;

impl ToolRunner for NoTools {
    fn specs(&self) -> Vec<ToolSpec> {
        Vec::new()
    }

    fn call(&mut self, name: &str, _input: &serde_json::Value) -> ToolOutput {
        ToolOutput::error("unknown_tool", format!("no tool named {name} is available"))
    }
}

/// The name of the toolbox's plan tool (`analyst::tool`), which the plan path and reports rely on.
pub(crate) const ANALYZE: &str = "analyze";
/// The tool through which a model ends a tool-calling turn: the app writes the report.
pub(crate) const FINISH_REPORT: &str = "finish_report";

/// Does this turn take the plan path? Anthropic always calls tools; `auto` takes the plan for servers
/// that run models on this machine, unless the model is large and takes tools.
pub(crate) fn takes_plan(mode: AnalysisMode, kind: ProviderKind, info: &ServerInfo, local: bool) -> bool {
    if kind != ProviderKind::Openai {
        return false;
    }
    match mode {
        AnalysisMode::Plan => true,
        AnalysisMode::Tools => false,
        AnalysisMode::Auto => {
            let small_or_unknown = info.parameters_b.is_none_or(|b| b < 30.0);
            (info.kind.runs_local_models() || local) && (small_or_unknown || info.tools == Some(false))
        }
    }
}

/// HTTP model providers: learn the server and its window, then take the plan path or call tools.
async fn model_loop(
    turn: &mut Turn<'_>,
    request: &TurnRequest,
    tools: &mut dyn ToolRunner,
    cancel: &CancelToken,
    prior: &[TurnRecord],
) -> Result<(), AgentError> {
    let kind = request.provider.kind;
    let model = request.provider.model().unwrap_or_default();
    let base_url = request.provider.base_url().unwrap_or_default();
    let key = request.api_key.as_ref();
    if kind == ProviderKind::Anthropic && key.is_none() {
        return Err(missing_key(kind));
    }
    let local = is_local(&base_url);
    let client = http::client(&request.retry, local)?;
    let info = match kind {
        ProviderKind::Openai => server::discover(&client, &base_url, &model, key, None).await,
        _ => ServerInfo::default(),
    };
    if info.model_missing {
        return Err(AgentError::ModelNotFound {
            message: format!(
                "Ollama at {base_url} has no model \"{model}\"; run `ollama pull {model}` or choose one it has"
            ),
        });
    }
    let plan = takes_plan(request.provider.mode, kind, &info, local);
    let window = match kind {
        ProviderKind::Openai => budget::window(request.provider.context_length, &info, plan),
        _ => Window { tokens: None, source: "a hosted model's (large)".into(), num_ctx: None },
    };
    let wire = match (kind, info.kind, window.num_ctx) {
        (ProviderKind::Anthropic, _, _) => Wire::Anthropic,
        (_, ServerKind::Ollama, Some(num_ctx)) => {
            Wire::Ollama(ollama::Options { num_ctx, think: (plan && info.thinking).then_some(false) })
        }
        _ => Wire::OpenAi,
    };
    let ep = model::Endpoint { client: &client, base_url: &base_url, key, policy: &request.retry, cancel };
    let own_server = local || info.kind.runs_local_models();
    let caller = Caller { ep, wire, model, local, own_server };
    if plan {
        return planned::run(turn, request, tools, &caller, &window, prior).await;
    }
    match tool_loop(turn, request, tools, &caller, &window, prior).await {
        // `auto` chose tools but the server refuses them before anything ran: answer through the plan.
        Err(AgentError::ToolsUnsupported { message })
            if request.provider.mode == AnalysisMode::Auto && turn.used_ids.is_empty() =>
        {
            turn.status(&format!(
                "the server refuses tool calls ({}); answering through the analysis plan",
                http::shorten(&message, 160)
            ));
            planned::run(turn, request, tools, &caller, &window, prior).await
        }
        other => other,
    }
}

/// The tools a model is offered: for OpenAI-compatible servers `finish_report` is added, and a small
/// window gets the compact set (`sql`, a flat `chart` for SQL-backed charts, `finish_report`).
fn toolset(mut specs: Vec<ToolSpec>, kind: ProviderKind, compact: bool) -> Vec<ToolSpec> {
    if kind != ProviderKind::Openai {
        return specs;
    }
    if compact {
        specs.retain(|s| s.name == "sql" || s.name == "chart");
        for s in &mut specs {
            if s.name == "chart" {
                *s = crate::tools::flat_chart_spec();
            }
        }
    }
    specs.push(report::finish_report_spec());
    specs
}

/// Shorten this turn's earlier tool results (all but the newest) to a few hundred characters.
fn shrink_work(work: &mut [Msg]) -> bool {
    let newest = work.iter().rposition(|m| matches!(m, Msg::ToolResults(_)));
    let mut changed = false;
    for (i, m) in work.iter_mut().enumerate() {
        if let (Msg::ToolResults(rs), false) = (m, Some(i) == newest) {
            for r in rs.iter_mut().filter(|r| r.content.len() > 400) {
                r.content = budget::cap_result(&r.content, 300);
                changed = true;
            }
        }
    }
    changed
}

/// Multi-turn tool calling: ask, stream the answer, run the tools it asks for, repeat until it answers
/// without tools (or `finish_report`, a limit, an error or cancellation ends the turn).
async fn tool_loop(
    turn: &mut Turn<'_>,
    request: &TurnRequest,
    tools: &mut dyn ToolRunner,
    caller: &Caller<'_>,
    window: &Window,
    prior: &[TurnRecord],
) -> Result<(), AgentError> {
    let kind = request.provider.kind;
    let cancel = caller.ep.cancel;
    let compact = window.tokens.is_some_and(|w| w < budget::COMPACT_BELOW);
    let specs = toolset(tools.specs(), kind, compact);
    let names: Vec<String> = specs.iter().map(|s| s.name.clone()).collect();
    let finishing = names.iter().any(|n| n == FINISH_REPORT);
    let rules = match (compact, finishing) {
        (true, _) => context::COMPACT_RULES.to_string(),
        (false, true) => format!("{HOUSE_RULES}\n{}", context::FINISH_RULE),
        (false, false) => HOUSE_RULES.to_string(),
    };
    let output = budget::output_tokens(window, request.max_output_tokens, caller.local);
    let room = budget::room(window, output);
    let tools_tokens: u64 = specs
        .iter()
        .map(|s| {
            budget::tokens(&s.name) + budget::tokens(&s.description) + budget::tokens(&s.input_schema.to_string()) + 10
        })
        .sum();
    let question_tokens = budget::tokens(&request.question);
    let mut tables = request.context.clone();
    let mut cuts = Vec::new();
    let mut history_tokens = request.history_tokens;
    if let Some(room) = room {
        let fixed = budget::tokens(&rules) + tools_tokens + question_tokens;
        // The tables may take what is left once a quarter of the room is kept for this turn's work.
        let for_tables = room.saturating_sub(fixed).saturating_sub(room / 4).max(256);
        if budget::tokens(&tables) > for_tables {
            if let Some(c) = budget::compact_tables(&turn.desk) {
                tables = c;
                cuts.push("table profiles shortened to one line each".to_string());
            }
        }
        if budget::tokens(&tables) > for_tables {
            tables = budget::cut_to(&tables, for_tables);
            cuts.push("table descriptions cut".to_string());
        }
        let left = room.saturating_sub(fixed + budget::tokens(&tables) + room / 4);
        // Replay counts four characters a token; the budget three and a half.
        history_tokens = history_tokens.min((left * 7 / 8) as usize);
    }
    let system = context::system_prompt_with(&rules, &tables);
    let mut msgs = context::replay(prior, history_tokens);
    let mut history_len = msgs.len();
    msgs.push(Msg::User(request.question.clone()));
    let cap = budget::result_cap(window);
    let mut seen_ids: HashSet<String> = HashSet::new();
    let mut findings: Vec<report::Finding> = Vec::new();
    let mut charts: Vec<String> = Vec::new();
    let mut report_written = false;
    let mut nudged = false;
    loop {
        if cancel.is_cancelled() {
            return Err(AgentError::Cancelled);
        }
        if turn.rounds >= request.max_rounds {
            return Err(AgentError::MaxRounds(request.max_rounds));
        }
        turn.rounds += 1;
        let round = turn.rounds;
        let mut round_cuts = cuts.clone();
        let fixed = budget::tokens(&rules) + budget::tokens(&tables) + tools_tokens + question_tokens;
        if let Some(room) = room {
            if fixed + budget::msgs_tokens(&msgs) > room && shrink_work(&mut msgs[history_len + 1..]) {
                round_cuts.push("earlier tool results of this turn shortened".to_string());
            }
            while fixed + budget::msgs_tokens(&msgs) > room && history_len >= 2 {
                msgs.drain(..2);
                history_len -= 2;
                round_cuts.push("an earlier turn dropped".to_string());
            }
            let total = fixed + budget::msgs_tokens(&msgs);
            if total > room {
                return Err(AgentError::ContextTooLong {
                    message: format!(
                        "this turn needs about {total} tokens and the model's window of {} ({}) leaves {room} for the prompt",
                        window.tokens.unwrap_or(0),
                        window.source
                    ),
                });
            }
        }
        let parts = crate::wire::BudgetParts {
            rules: budget::tokens(&rules),
            tables: budget::tokens(&tables),
            tools: tools_tokens,
            history: budget::msgs_tokens(&msgs[..history_len]),
            question: question_tokens,
            work: budget::msgs_tokens(&msgs[history_len + 1..]),
        };
        let budget_event = budget::event(round, "tools", window, output, parts, round_cuts);
        let sent = budget_event.prompt_tokens;
        turn.emit(Event::PromptBudget(budget_event))?;
        // With no known window, a prompt over Ollama's and LM Studio's usual 4k may be cut by the server:
        // hold the reply until its usage shows whether it was.
        let checkable = kind == ProviderKind::Openai && caller.own_server && !matches!(caller.wire, Wire::Ollama(_));
        let may_be_cut = checkable && window.tokens.is_none() && sent > 4_096;
        let shown = match (may_be_cut, kind) {
            (true, _) => Shown::Nothing,
            (false, ProviderKind::Openai) => Shown::Holdback,
            _ => Shown::All,
        };
        let ask = Ask {
            system: &system,
            msgs: &msgs,
            tools: &specs,
            format: None,
            max_tokens: output,
            temperature: (kind == ProviderKind::Openai).then_some(0.2),
        };
        let (mut reply, held) = caller.call(turn, &ask, shown).await?;
        // A window the server reported is the truth and the prompt was fitted to it; an unknown one or a
        // setting may be wrong, so there the usage is checked.
        let judged = window.tokens.is_none() || window.source == "setting";
        if checkable && judged && reply.usage_reported && budget::truncated(reply.usage.input, sent) {
            return Err(AgentError::ContextTruncated { read: reply.usage.input, sent });
        }
        // Tool calls written as text become real calls; the rest of the held text is shown.
        let mut show = held.clone();
        if reply.calls.is_empty() && !held.is_empty() {
            if let Some((calls, rest)) = textcalls::parse(&held, &names) {
                reply.calls = calls;
                let shown_part = &reply.text[..reply.text.len().saturating_sub(held.len())];
                reply.text = format!("{shown_part}{rest}");
                show = rest;
            }
        }
        turn.text(&show);
        turn.end_message()?;
        for (i, c) in reply.calls.iter_mut().enumerate() {
            // Ids must be unique within the turn (history keys on them); some servers reuse them.
            if c.id.is_empty() || seen_ids.contains(&c.id) {
                c.id = format!("call_{round}_{i}");
            }
            seen_ids.insert(c.id.clone());
        }
        if let (Some(budget), Some(spent)) = (request.budget_usd, turn.cost(request)) {
            if spent > budget {
                return Err(AgentError::BudgetExceeded { spent, budget });
            }
        }
        if reply.calls.is_empty() {
            if reply.cut_at_limit() {
                turn.text(&format!(
                    "\n\n(The answer was cut off: the model reached its output limit of {output} tokens.)"
                ));
                turn.end_message()?;
                return Ok(());
            }
            if !report_written && !findings.is_empty() && !nudged {
                nudged = true;
                msgs.push(Msg::Assistant { text: reply.text, calls: Vec::new() });
                msgs.push(Msg::User(context::nudge(finishing)));
                continue;
            }
            return Ok(());
        }
        let mut results = Vec::with_capacity(reply.calls.len());
        let mut finished: Option<serde_json::Value> = None;
        for call in &reply.calls {
            turn.tool_start(call)?;
            let out = if cancel.is_cancelled() {
                cancelled_output()
            } else if call.name == FINISH_REPORT && finishing {
                report::finish(tools, &request.question, &call.input, &findings, &charts)
            } else {
                tools.call(&call.name, &call.input)
            };
            turn.tool_result(&call.id, &out)?;
            if out.ok {
                match call.name.as_str() {
                    ANALYZE => {
                        findings.push(report::from_analysis(&out.data));
                        report_written |= out.data["report"] == "report.md";
                    }
                    "sql" => {
                        let query = call.input["query"].as_str().unwrap_or("");
                        findings.extend(report::from_query(query, &out.data));
                    }
                    "chart" => {
                        let path = out.data["path"].as_str().or_else(|| call.input["output"].as_str());
                        charts.extend(path.map(str::to_string));
                    }
                    "write_file" => report_written |= call.input["path"] == "report.md",
                    FINISH_REPORT => {
                        report_written = true;
                        finished = Some(call.input.clone());
                    }
                    _ => {}
                }
            }
            let content = match cap {
                Some(c) => budget::cap_result(&out.content, c),
                None => out.content,
            };
            results.push(ToolResultMsg { id: call.id.clone(), content, ok: out.ok });
        }
        msgs.push(Msg::Assistant { text: reply.text, calls: reply.calls });
        msgs.push(Msg::ToolResults(results));
        if let Some(input) = finished {
            turn.text(&report::reply_text(&input, &charts));
            return Ok(());
        }
    }
}

pub(crate) fn missing_key(kind: ProviderKind) -> AgentError {
    AgentError::MissingKey {
        provider: kind.as_str().to_string(),
        env: secret::env_var(kind).unwrap_or("an API key").to_string(),
    }
}

fn cancelled_output() -> ToolOutput {
    ToolOutput::error("cancelled", "the turn was cancelled before this tool ran")
}

/// Whether a provider's URL names this machine (then no proxy is used, and a model there is free). Parsed
/// as a URL, so `http://127.0.0.1:1@example.com/` (user info, then the real host) is not local.
fn is_local(url: &str) -> bool {
    match url::Url::parse(url.trim()).ok().and_then(|u| u.host().map(|h| h.to_owned())) {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// A turn in progress: reports events to the sink and records everything in history as it happens.
pub(crate) struct Turn<'a> {
    office: &'a mut Office,
    id: DeskId,
    handle: TurnHandle,
    desk: PathBuf,
    inputs: HashSet<String>,
    snapshot: Snapshot,
    sink: &'a mut dyn FnMut(Event),
    /// Streamed text not yet stored as a `text_delta` event (coalesced for replay).
    unrecorded_text: String,
    /// Text of the current assistant message, stored as a message when it ends.
    assistant_text: String,
    usage: Usage,
    rounds: u32,
    /// A cost the provider reported itself (Claude Code does).
    reported_cost: Option<f64>,
    /// The model the provider says it used, when the request named none (Claude Code does).
    reported_model: Option<String>,
    /// Tool calls started and not yet answered: (the provider's id, the id recorded and reported).
    open_calls: Vec<(String, String)>,
    /// Every tool call id recorded in this turn.
    used_ids: HashSet<String>,
    /// Model round trips whose usage the server did not report.
    unreported_rounds: u32,
}

impl Turn<'_> {
    fn emit(&mut self, ev: Event) -> Result<(), DeskError> {
        if let Event::TextDelta { text } = &ev {
            self.unrecorded_text.push_str(text);
            self.assistant_text.push_str(text);
            (self.sink)(ev);
            return Ok(());
        }
        self.flush_text()?;
        let json = ev.to_json();
        (self.sink)(ev);
        self.office.history_mut().add_events(self.handle, &[json])
    }

    fn text(&mut self, t: &str) {
        if !t.is_empty() {
            // A text delta is never written on its own, so this cannot fail.
            let _ = self.emit(Event::TextDelta { text: t.to_string() });
        }
    }

    /// Tell the person what the turn waits for; not kept in history (it says nothing about the answer).
    fn status(&mut self, message: &str) {
        (self.sink)(Event::Status { message: message.to_string() });
    }

    fn flush_text(&mut self) -> Result<(), DeskError> {
        if self.unrecorded_text.is_empty() {
            return Ok(());
        }
        let text = std::mem::take(&mut self.unrecorded_text);
        self.office.history_mut().add_events(self.handle, &[Event::TextDelta { text }.to_json()])
    }

    /// Store the current assistant message (if it said anything).
    fn end_message(&mut self) -> Result<(), DeskError> {
        self.flush_text()?;
        let text = std::mem::take(&mut self.assistant_text);
        if text.trim().is_empty() {
            return Ok(());
        }
        // Paragraph breaks streamed between messages belong to the display, not to the message.
        self.office.history_mut().add_message(self.handle, "assistant", text.trim_start_matches(['\n', '\r']))
    }

    /// Record and report a tool call. An id already used in this turn (a provider reusing one) is
    /// recorded under a fresh id; results naming the provider's id find the oldest open call with it.
    fn tool_start(&mut self, call: &ToolCall) -> Result<(), DeskError> {
        self.end_message()?;
        let mut recorded = call.id.clone();
        let mut n = 1;
        while self.used_ids.contains(&recorded) {
            n += 1;
            recorded = format!("{}~{n}", call.id);
        }
        self.used_ids.insert(recorded.clone());
        self.office.history_mut().tool_started(self.handle, &recorded, &call.name, &call.input)?;
        self.open_calls.push((call.id.clone(), recorded.clone()));
        self.emit(Event::ToolStart { id: recorded, name: call.name.clone(), input: call.input.clone() })
    }

    /// Record a tool's result, report it, then report what it changed in the desk.
    fn tool_result(&mut self, id: &str, out: &ToolOutput) -> Result<(), DeskError> {
        let Some(pos) = self.open_calls.iter().position(|(given, _)| given == id) else {
            return Ok(()); // a result for no open call (or a second one) is ignored: one result per call
        };
        let (_, recorded) = self.open_calls.remove(pos);
        self.office.history_mut().tool_finished(self.handle, &recorded, out.ok, &out.summary, &out.content)?;
        self.emit(Event::ToolResult { id: recorded, ok: out.ok, summary: out.summary.clone() })?;
        self.diff()
    }

    fn close_open_calls(&mut self) -> Result<(), DeskError> {
        for (given, _) in self.open_calls.clone() {
            self.tool_result(&given, &cancelled_output())?;
        }
        Ok(())
    }

    /// Snapshot the desk and report what changed since the last snapshot.
    fn diff(&mut self) -> Result<(), DeskError> {
        // Files imported meanwhile (by another window or a script) are the person's, not the analyst's.
        self.inputs.extend(self.office.input_names(&self.id)?);
        let after = Snapshot::take_settled(&self.desk, &self.snapshot)?;
        let updates = self.snapshot.diff(&after, &self.inputs);
        self.snapshot = after;
        if updates.is_empty() {
            return Ok(());
        }
        self.office.history_mut().record_artifacts(&self.id, Some(self.handle), &updates)?;
        for u in updates {
            self.emit(Event::ArtifactUpdate(u))?;
        }
        Ok(())
    }

    fn cost(&self, request: &TurnRequest) -> Option<f64> {
        if self.reported_cost.is_some() {
            return self.reported_cost;
        }
        match request.provider.kind {
            ProviderKind::Anthropic => anthropic::cost(&request.provider.model().unwrap_or_default(), &self.usage),
            ProviderKind::Openai => {
                request.provider.base_url().filter(|u| is_local(u)).map(|_| 0.0)
                // a model on this machine is free
            }
            ProviderKind::Offline => Some(0.0),
            ProviderKind::ClaudeCode => None,
        }
    }
}

/// What an analyst running inside the core (the offline one) may do during a turn: say things and call
/// tools. Each tool call is recorded, reported and followed by a snapshot diff, as for any provider.
pub struct TurnSession<'t, 'a> {
    turn: &'t mut Turn<'a>,
    tools: &'t mut dyn ToolRunner,
    cancel: &'t CancelToken,
    request: &'t TurnRequest,
    prior: &'t [TurnRecord],
}

impl TurnSession<'_, '_> {
    pub fn question(&self) -> &str {
        &self.request.question
    }

    /// The desk folder of this conversation (to read its table catalog).
    pub fn desk_path(&self) -> &std::path::Path {
        &self.turn.desk
    }

    /// The questions of the earlier completed turns of this conversation, oldest first (for follow-ups).
    pub fn prior_questions(&self) -> Vec<String> {
        self.prior.iter().filter(|t| t.status == "complete").map(|t| t.question.clone()).collect()
    }

    /// The desk's tables as the caller described them.
    pub fn desk_context(&self) -> &str {
        &self.request.context
    }

    pub fn tool_specs(&self) -> Vec<ToolSpec> {
        self.tools.specs()
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancel.is_cancelled()
    }

    /// Stream text to the person.
    pub fn say(&mut self, text: &str) {
        self.turn.text(text);
    }

    /// Run one tool. `call_id` must be unique within the turn. Err only for cancellation or history failure.
    pub fn call_tool(&mut self, call_id: &str, name: &str, input: serde_json::Value) -> Result<ToolOutput, AgentError> {
        if self.cancel.is_cancelled() {
            return Err(AgentError::Cancelled);
        }
        let call = ToolCall { id: call_id.to_string(), name: name.to_string(), input };
        self.turn.rounds = self.turn.rounds.max(1);
        self.turn.tool_start(&call)?;
        let out = self.tools.call(&call.name, &call.input);
        self.turn.tool_result(&call.id, &out)?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provider_names_round_trip() {
        for k in ProviderKind::ALL {
            assert_eq!(ProviderKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(ProviderKind::parse("claude"), None);
        assert_eq!(ProviderSettings::new(ProviderKind::Openai).base_url().as_deref(), Some(openai::DEFAULT_BASE_URL));
    }

    #[test]
    fn local_hosts() {
        assert!(is_local("http://127.0.0.1:11434/v1"));
        assert!(is_local("http://localhost:8080"));
        assert!(is_local("http://[::1]:8080/v1"));
        assert!(!is_local("https://api.openai.com/v1"));
        // The part before '@' is user info, not the host (issue 12).
        assert!(!is_local("http://127.0.0.1:1@example.com/"));
        assert!(!is_local("http://localhost@example.com/v1"));
        assert!(!is_local("http://[::1]@example.com/"));
        assert!(!is_local("http://127.0.0.1.example.com/v1"));
        assert!(!is_local("http://localhost.example.com:8080/"));
        assert!(!is_local("not a url"));
        assert!(is_local("http://127.0.0.2:8080/v1"));
        assert!(is_local("HTTP://LOCALHOST:11434/v1"));
    }
}
