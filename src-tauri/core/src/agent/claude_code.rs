//! The `claude-code` provider: runs the Claude Code CLI in the desk with stream-json in and out and maps
//! its messages to wire events. It is told the house rules (`--append-system-prompt`), limited to file
//! tools (no shell, no web by default), given a HOME of its own inside the desk's hidden area, kept from
//! updating itself or phoning home, and resumed with its own session id on follow-ups. The CLI runs its
//! own tool loop with its own built-in tools (`--tools`: Read, Glob, Grep, Write, Edit by default; it
//! keeps to its working directory unless given more): our [`ToolRunner`](crate::tool_api::ToolRunner) is not used here,
//! but its tool calls are recorded and answered one-to-one like any other, and the desk is diffed after
//! each result.

use super::context::{self, ToolCall};
use super::http::shorten;
use super::{AgentError, CancelToken, Turn, TurnRequest};
use crate::desk::HIDDEN_DIR;
use crate::history::TurnRecord;
use crate::tool_api::ToolOutput;
use serde_json::{json, Value};
use std::process::Stdio;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The arguments the CLI is started with.
pub fn arguments(request: &TurnRequest, resume: Option<&str>) -> Vec<String> {
    let opts = &request.claude_code;
    let mut args: Vec<String> = [
        "-p",
        "--input-format",
        "stream-json",
        "--output-format",
        "stream-json",
        "--verbose",
        "--include-partial-messages",
        "--append-system-prompt",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.push(context::system_prompt(&request.context));
    if !opts.allowed_tools.is_empty() {
        // `--tools` is the set of built-in tools it has at all; `--allowedTools` lets them run unasked.
        args.push("--tools".into());
        args.push(opts.allowed_tools.join(","));
        args.push("--allowedTools".into());
        args.push(opts.allowed_tools.join(","));
    }
    if !opts.disallowed_tools.is_empty() {
        args.push("--disallowedTools".into());
        args.push(opts.disallowed_tools.join(","));
    }
    args.push("--max-turns".into());
    args.push(request.max_rounds.to_string());
    if let Some(b) = request.budget_usd.filter(|b| b.is_finite() && *b > 0.0) {
        args.push("--max-budget-usd".into());
        args.push(format!("{b}"));
    }
    if let Some(m) = request.provider.model.as_deref().filter(|m| !m.trim().is_empty()) {
        args.push("--model".into());
        args.push(m.to_string());
    }
    if let Some(r) = resume {
        args.push("--resume".into());
        args.push(r.to_string());
    }
    args
}

/// The per-desk HOME of the CLI (hidden, so never an artifact and never exported).
pub fn home_dir(desk: &std::path::Path) -> std::path::PathBuf {
    desk.join(HIDDEN_DIR).join("claude-home")
}

pub(crate) async fn run(
    turn: &mut Turn<'_>,
    request: &TurnRequest,
    cancel: &CancelToken,
    prior: &[TurnRecord],
    resume: Option<String>,
) -> Result<(), AgentError> {
    let opts = &request.claude_code;
    let program = opts.program.display().to_string();
    let home = home_dir(&turn.desk);
    std::fs::create_dir_all(&home).map_err(|e| crate::error::DeskError::io_at(&home, e))?;
    let mut cmd = tokio::process::Command::new(&opts.program);
    cmd.args(arguments(request, resume.as_deref()))
        .current_dir(&turn.desk)
        .env("HOME", &home)
        .env("DISABLE_AUTOUPDATER", "1")
        .env("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1")
        .env_remove("OPENAI_API_KEY")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        // Its own process group, so stopping it also stops what it started (ripgrep, ...), and a
        // terminal's Ctrl-C reaches only us: the turn decides how to stop.
        .process_group(0);
    if let Some(k) = &request.api_key {
        cmd.env("ANTHROPIC_API_KEY", k.expose());
    }
    if let Some(u) = request.provider.base_url.as_deref().filter(|u| !u.trim().is_empty()) {
        cmd.env("ANTHROPIC_BASE_URL", u);
    }
    let mut child =
        cmd.spawn().map_err(|e| AgentError::ClaudeNotFound { program: program.clone(), message: e.to_string() })?;

    // Without a session to resume, the conversation so far travels in the prompt.
    let prompt = if resume.is_none() && !prior.is_empty() {
        let mut p = String::from("The conversation so far:\n\n");
        for m in context::replay(prior, request.history_tokens) {
            match m {
                context::Msg::User(q) => p.push_str(&format!("Person: {q}\n\n")),
                context::Msg::Assistant { text, .. } => p.push_str(&format!("Analyst: {text}\n\n")),
                context::Msg::ToolResults(_) => {}
            }
        }
        p.push_str(&format!("Now the person asks: {}", request.question));
        p
    } else {
        request.question.clone()
    };
    let line = json!({"type": "user", "message": {"role": "user", "content": [{"type": "text", "text": prompt}]}});
    let mut stdin = child.stdin.take();
    if let Some(s) = stdin.as_mut() {
        let mut bytes = line.to_string().into_bytes();
        bytes.push(b'\n');
        if let Err(e) = s.write_all(&bytes).await {
            kill_group(&mut child);
            return Err(AgentError::ClaudeCode { message: format!("could not write to its input: {e}") });
        }
        let _ = s.flush().await;
    }
    let Some(mut stdout) = child.stdout.take() else {
        return Err(AgentError::ClaudeCode { message: "no output pipe".into() });
    };
    let stderr_task = child.stderr.take().map(|mut err| {
        tokio::spawn(async move {
            let mut buf = Vec::new();
            let _ = err.read_to_end(&mut buf).await;
            let tail = String::from_utf8_lossy(&buf[buf.len().saturating_sub(2_000)..]).trim().to_string();
            tail
        })
    });

    let mut state = State::default();
    let mut lines = super::sse::LineBuffer::default();
    let mut buf = vec![0u8; 16 * 1024];
    let outcome: Result<(), AgentError> = loop {
        let n = tokio::select! {
            r = stdout.read(&mut buf) => match r {
                Ok(n) => n,
                Err(e) => break Err(AgentError::ClaudeCode { message: format!("reading its output: {e}") }),
            },
            _ = cancel.cancelled() => break Err(AgentError::Cancelled),
        };
        let mut batch = if n == 0 { lines.finish().into_iter().collect() } else { lines.feed(&buf[..n]) };
        let mut failed = None;
        for l in batch.drain(..) {
            if let Err(e) = handle_line(turn, request, &mut state, &l) {
                failed = Some(e);
                break;
            }
        }
        if let Some(e) = failed {
            break Err(e);
        }
        if state.result.is_some() {
            // The answer is in: closing its input lets the CLI exit.
            stdin = None;
        }
        if n == 0 {
            break Ok(());
        }
    };
    drop(stdin);
    let outcome = match outcome {
        Ok(()) if cancel.is_cancelled() && state.result.is_none() => Err(AgentError::Cancelled),
        other => other,
    };
    if outcome.is_err() {
        kill_group(&mut child);
    }
    let status = match tokio::time::timeout(std::time::Duration::from_secs(10), child.wait()).await {
        Ok(Ok(s)) => Some(s),
        _ => {
            kill_group(&mut child);
            let _ = child.wait().await;
            None
        }
    };
    outcome?;
    let stderr_tail = match stderr_task {
        Some(t) => t.await.unwrap_or_default(),
        None => String::new(),
    };
    match state.result.take() {
        Some(r) => r,
        None => Err(AgentError::ClaudeCode {
            message: format!(
                "it ended without an answer (exit {}){}",
                status.and_then(|s| s.code()).map(|c| c.to_string()).unwrap_or_else(|| "unknown".into()),
                if stderr_tail.is_empty() { String::new() } else { format!(": {}", shorten(&stderr_tail, 500)) }
            ),
        }),
    }
}

/// Kill the CLI and its process group (it leads the group: `process_group(0)`).
fn kill_group(child: &mut tokio::process::Child) {
    if let Some(pid) = child.id().and_then(|p| libc::pid_t::try_from(p).ok()).filter(|p| *p > 1) {
        // SAFETY: signals only the process group this turn created (pgid == the child's pid > 1).
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    let _ = child.start_kill();
}

#[derive(Default)]
struct State {
    said_something: bool,
    /// Text already streamed (partial messages) that the next whole assistant text block repeats.
    streamed: bool,
    result: Option<Result<(), AgentError>>,
}

fn handle_line(turn: &mut Turn<'_>, request: &TurnRequest, state: &mut State, line: &str) -> Result<(), AgentError> {
    let line = line.trim();
    if line.is_empty() {
        return Ok(());
    }
    // Lines that are not JSON (a warning printed to stdout) are skipped rather than fatal.
    let Ok(v) = serde_json::from_str::<Value>(line) else { return Ok(()) };
    let s = |p: &str| v.pointer(p).and_then(Value::as_str);
    match s("/type").unwrap_or("") {
        "system" if s("/subtype") == Some("init") => {
            if let Some(sid) = s("/session_id") {
                turn.office.history_mut().set_provider_session(turn.handle, sid)?;
            }
            if let Some(m) = s("/model") {
                turn.reported_model = Some(m.to_string());
            }
        }
        "assistant" => {
            turn.end_message()?;
            let blocks = v.pointer("/message/content").and_then(Value::as_array).cloned().unwrap_or_default();
            for b in blocks {
                match b.get("type").and_then(Value::as_str) {
                    Some("text") => {
                        let t = b.get("text").and_then(Value::as_str).unwrap_or("");
                        if std::mem::take(&mut state.streamed) {
                            continue; // already shown delta by delta
                        }
                        if !t.trim().is_empty() {
                            if state.said_something {
                                turn.text("\n\n");
                            }
                            turn.text(t);
                            state.said_something = true;
                        }
                    }
                    Some("tool_use") => {
                        let call = ToolCall {
                            id: b.get("id").and_then(Value::as_str).unwrap_or("").to_string(),
                            name: b.get("name").and_then(Value::as_str).unwrap_or("tool").to_string(),
                            input: b.get("input").cloned().unwrap_or(json!({})),
                        };
                        if !call.id.is_empty() {
                            turn.tool_start(&call)?;
                        }
                    }
                    _ => {}
                }
            }
        }
        // Partial messages: the model's text as it streams (sub-agents' streams are not shown).
        "stream_event" if v.get("parent_tool_use_id").is_none_or(Value::is_null) => {
            let ev = v.get("event").cloned().unwrap_or(Value::Null);
            match ev.get("type").and_then(Value::as_str) {
                Some("content_block_start")
                    if ev.pointer("/content_block/type").and_then(Value::as_str) == Some("text") =>
                {
                    state.streamed = false;
                }
                Some("content_block_delta")
                    if ev.pointer("/delta/type").and_then(Value::as_str) == Some("text_delta") =>
                {
                    let t = ev.pointer("/delta/text").and_then(Value::as_str).unwrap_or("");
                    if !t.is_empty() {
                        if state.said_something && !state.streamed {
                            turn.text("\n\n");
                        }
                        turn.text(t);
                        state.said_something = true;
                        state.streamed = true;
                    }
                }
                _ => {}
            }
        }
        "user" => {
            let blocks = v.pointer("/message/content").and_then(Value::as_array).cloned().unwrap_or_default();
            for b in blocks {
                if b.get("type").and_then(Value::as_str) != Some("tool_result") {
                    continue;
                }
                let id = b.get("tool_use_id").and_then(Value::as_str).unwrap_or("");
                let is_error = b.get("is_error").and_then(Value::as_bool).unwrap_or(false);
                let content = match b.get("content") {
                    Some(Value::String(t)) => t.clone(),
                    Some(Value::Array(parts)) => parts
                        .iter()
                        .filter_map(|p| p.get("text").and_then(Value::as_str))
                        .collect::<Vec<_>>()
                        .join("\n"),
                    _ => String::new(),
                };
                let first = content.lines().next().unwrap_or("").trim();
                let summary = if is_error { format!("error: {}", shorten(first, 120)) } else { shorten(first, 120) };
                let out = ToolOutput { ok: !is_error, summary, content: shorten(&content, 4_000), data: Value::Null };
                turn.tool_result(id, &out)?;
            }
        }
        "result" => {
            let n = |p: &str| v.pointer(p).and_then(Value::as_u64).unwrap_or(0);
            turn.usage.input = n("/usage/input_tokens");
            turn.usage.output = n("/usage/output_tokens");
            turn.usage.cache_write = n("/usage/cache_creation_input_tokens");
            turn.usage.cache_read = n("/usage/cache_read_input_tokens");
            turn.reported_cost = v.get("total_cost_usd").and_then(Value::as_f64);
            turn.rounds = v.get("num_turns").and_then(Value::as_u64).unwrap_or(1) as u32;
            if let Some(sid) = s("/session_id") {
                turn.office.history_mut().set_provider_session(turn.handle, sid)?;
            }
            let is_error = v.get("is_error").and_then(Value::as_bool).unwrap_or(false);
            let subtype = s("/subtype").unwrap_or("success");
            let text = s("/result").unwrap_or("").to_string();
            state.result = Some(if subtype == "error_max_turns" {
                Err(AgentError::MaxRounds(request.max_rounds))
            } else if is_error || subtype != "success" {
                let lower = text.to_ascii_lowercase();
                let message = if text.is_empty() { subtype.to_string() } else { shorten(&text, 500) };
                if lower.contains("api key") || lower.contains("authentication") || lower.contains("/login") {
                    Err(AgentError::AuthFailed { message })
                } else {
                    Err(AgentError::ClaudeCode { message })
                }
            } else {
                if !state.said_something && !text.trim().is_empty() {
                    turn.text(&text);
                    state.said_something = true;
                }
                Ok(())
            });
            if let (Some(budget), Some(spent)) = (request.budget_usd, turn.reported_cost) {
                if spent > budget && matches!(state.result, Some(Ok(()))) {
                    state.result = Some(Err(AgentError::BudgetExceeded { spent, budget }));
                }
            }
        }
        _ => {}
    }
    Ok(())
}
