//! The `claude-code` provider: runs the Claude Code CLI in the desk with stream-json in and out and maps
//! its messages to wire events. The CLI runs its own tool loop with its own built-in tools (`--tools`:
//! Read, Glob, Grep, Write, Edit by default): our [`ToolRunner`](crate::tool_api::ToolRunner) is not used
//! here, but its tool calls are recorded and answered one-to-one like any other, and the desk is diffed
//! after each result.
//!
//! Confinement, in two layers that each hold on their own:
//! - the kernel: the CLI runs inside bubblewrap ([`sandbox`]): it can write only in the desk (never its
//!   inputs, its `.desk/` area or Claude Code config files already there) and in a private HOME that lives
//!   for one run, and read only those, the system's runtime and its own install. No sandbox, no run;
//! - the CLI's own rules ([`arguments`]): `--permission-mode dontAsk` with allow rules only for the desk
//!   (`Read(./**)`, `Edit(./**)`), deny rules for hidden paths, `CLAUDE.md` and each input, no shell, no
//!   web; and nothing loaded that we did not give it: `--setting-sources ""` (no user, project or local
//!   settings, so no hooks or permission rules from the desk or a HOME), `--strict-mcp-config` (no MCP
//!   servers), `--disable-slash-commands` (no skills), `CLAUDE_CODE_DISABLE_CLAUDE_MDS=1` and
//!   `CLAUDE_CODE_DISABLE_AUTO_MEMORY=1` (no `CLAUDE.md`, no memory files), a cleared environment.
//!
//! It is told the house rules (`--append-system-prompt`), kept from updating itself or phoning home, and
//! resumed with its own session id on follow-ups (the transcript is the one thing kept from its HOME).

use super::context::{self, ToolCall};
use super::http::shorten;
use super::sandbox::{self, RunHome, Sandbox};
use super::{AgentError, CancelToken, Turn, TurnRequest};
use crate::desk::HIDDEN_DIR;
use crate::history::TurnRecord;
use crate::tool_api::ToolOutput;
use serde_json::{json, Value};
use std::collections::HashSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Tools whose paths Claude Code checks against `Read(...)` rules, and against `Edit(...)` rules.
const READ_TOOLS: &[&str] = &["Read", "Glob", "Grep", "LS"];
const EDIT_TOOLS: &[&str] = &["Write", "Edit", "MultiEdit", "NotebookEdit"];

/// The arguments the CLI is started with; `inputs` are the desk's input names (denied to its edit tools).
pub fn arguments(request: &TurnRequest, resume: Option<&str>, inputs: &HashSet<String>) -> Vec<String> {
    let opts = &request.claude_code;
    let mut args: Vec<String> = [
        "-p",
        "--input-format",
        "stream-json",
        "--output-format",
        "stream-json",
        "--verbose",
        "--include-partial-messages",
        // Nothing from outside the turn: no settings files (user, project or local: no hooks, no rules),
        // no MCP servers but ours (none), no skills or slash commands.
        "--setting-sources",
        "",
        "--strict-mcp-config",
        "--disable-slash-commands",
        // What the rules below do not allow is refused, never asked.
        "--permission-mode",
        "dontAsk",
        "--append-system-prompt",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.push(context::system_prompt(&request.context));
    let (allow, deny) = permission_rules(opts, inputs);
    if !opts.allowed_tools.is_empty() {
        // `--tools` is the set of built-in tools it has at all; `--allowedTools` what they may do unasked.
        args.push("--tools".into());
        args.push(opts.allowed_tools.join(","));
    }
    // One rule per argument: a rule may hold a comma or a space (an input named `a, b.csv`).
    for (flag, rules) in [("--allowedTools", allow), ("--disallowedTools", deny)] {
        if !rules.is_empty() {
            args.push(flag.into());
            args.extend(rules);
        }
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

/// The allow and deny rules: the file tools only inside the desk (`./` is the working directory), never on
/// hidden paths (`.claude/`, `.mcp.json`, `.desk/`...), `CLAUDE.md`, or an input; the disallowed tools.
fn permission_rules(opts: &super::ClaudeCodeOptions, inputs: &HashSet<String>) -> (Vec<String>, Vec<String>) {
    let has = |set: &[&str]| opts.allowed_tools.iter().any(|t| set.contains(&t.as_str()));
    let mut allow = Vec::new();
    if has(READ_TOOLS) {
        allow.push("Read(./**)".to_string());
    }
    if has(EDIT_TOOLS) {
        allow.push("Edit(./**)".to_string());
    }
    // Any other tool the options name (`Bash(git status)`) is the caller's explicit choice.
    allow.extend(
        opts.allowed_tools
            .iter()
            .filter(|t| !READ_TOOLS.contains(&t.as_str()) && !EDIT_TOOLS.contains(&t.as_str()))
            .cloned(),
    );
    let mut deny = opts.disallowed_tools.clone();
    deny.extend(
        ["Edit(./**/.*)", "Edit(./**/.*/**)", "Edit(./**/CLAUDE.md)", "Edit(./**/CLAUDE.local.md)"].map(String::from),
    );
    deny.push(format!("Read(./{HIDDEN_DIR}/**)"));
    let mut names: Vec<&String> = inputs.iter().collect();
    names.sort();
    deny.extend(names.into_iter().map(|n| format!("Edit(./{})", escape_pattern(n))));
    (allow, deny)
}

/// A file name as a literal in a permission rule's gitignore-style pattern (`*`, `?`, `[`, `(`... escaped).
fn escape_pattern(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if matches!(c, '\\' | '*' | '?' | '[' | ']' | '(' | ')' | '!' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Where the CLI's session transcripts are kept between runs (hidden, so never an artifact and never
/// exported); each run gets a fresh HOME of its own ([`RunHome`]).
pub fn home_dir(desk: &Path) -> PathBuf {
    desk.join(HIDDEN_DIR).join(sandbox::STORE_DIR)
}

/// The environment of the CLI: nothing of ours but what it needs (a cleared environment otherwise, so no
/// other provider's key or token reaches it), and the CA files it names, which the sandbox must show.
fn environment(request: &TurnRequest, home: &Path) -> (Vec<(String, OsString)>, Vec<PathBuf>) {
    let mut env: Vec<(String, OsString)> = vec![
        ("HOME".into(), home.into()),
        ("CLAUDE_CONFIG_DIR".into(), home.join(".claude").into()),
        ("TMPDIR".into(), home.join("tmp").into()),
        ("PATH".into(), std::env::var_os("PATH").unwrap_or_else(|| "/usr/local/bin:/usr/bin:/bin".into())),
        ("DISABLE_AUTOUPDATER".into(), "1".into()),
        ("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC".into(), "1".into()),
        ("CLAUDE_CODE_DISABLE_CLAUDE_MDS".into(), "1".into()),
        ("CLAUDE_CODE_DISABLE_AUTO_MEMORY".into(), "1".into()),
    ];
    const PASSED: &[&str] = &[
        "LANG",
        "LC_ALL",
        "LC_CTYPE",
        "TZ",
        "ANTHROPIC_API_KEY",
        "ANTHROPIC_AUTH_TOKEN",
        "ANTHROPIC_BASE_URL",
        "HTTPS_PROXY",
        "HTTP_PROXY",
        "NO_PROXY",
        "https_proxy",
        "http_proxy",
        "no_proxy",
        "NODE_EXTRA_CA_CERTS",
        "SSL_CERT_FILE",
        "SSL_CERT_DIR",
    ];
    for name in PASSED {
        if let Some(v) = std::env::var_os(name) {
            env.push((name.to_string(), v));
        }
    }
    let mut set = |name: &str, value: OsString| {
        env.retain(|(k, _)| k != name);
        env.push((name.to_string(), value));
    };
    if let Some(k) = &request.api_key {
        set("ANTHROPIC_API_KEY", k.expose().into());
    }
    if let Some(u) = request.provider.base_url.as_deref().filter(|u| !u.trim().is_empty()) {
        set("ANTHROPIC_BASE_URL", u.into());
    }
    let ca = env
        .iter()
        .filter(|(k, _)| matches!(k.as_str(), "NODE_EXTRA_CA_CERTS" | "SSL_CERT_FILE" | "SSL_CERT_DIR"))
        .map(|(_, v)| PathBuf::from(v))
        .filter(|p| p.is_absolute() && p.exists())
        .collect();
    (env, ca)
}

pub(crate) async fn run(
    turn: &mut Turn<'_>,
    request: &TurnRequest,
    cancel: &CancelToken,
    prior: &[TurnRecord],
    resume: Option<String>,
) -> Result<(), AgentError> {
    let program = sandbox::resolve_program(&request.claude_code.program)?;
    let (home, resumable) = RunHome::prepare(&turn.desk, resume.as_deref())?;
    // A session whose transcript is gone cannot be resumed: the conversation travels in the prompt instead.
    let resume = resume.filter(|_| resumable);
    let result = run_in(turn, request, cancel, prior, resume, &program, &home.home).await;
    home.finish();
    result
}

async fn run_in(
    turn: &mut Turn<'_>,
    request: &TurnRequest,
    cancel: &CancelToken,
    prior: &[TurnRecord],
    resume: Option<String>,
    program: &Path,
    home: &Path,
) -> Result<(), AgentError> {
    let opts = &request.claude_code;
    let (env, ca_files) = environment(request, home);
    let sandbox = Sandbox::new(&turn.desk, home, program, &turn.inputs, &ca_files)?;
    sandbox.check(&opts.bwrap).await?;
    let mut cmd = tokio::process::Command::new(&opts.bwrap);
    cmd.args(sandbox.args())
        .arg("--")
        .arg(program)
        .args(arguments(request, resume.as_deref(), &turn.inputs))
        .current_dir(&sandbox.desk)
        .env_clear()
        .envs(env)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        // Its own process group, so stopping it stops the sandbox (which takes everything in it along:
        // `--die-with-parent`, a PID namespace), and a terminal's Ctrl-C reaches only us.
        .process_group(0);
    let mut child = cmd.spawn().map_err(|e| AgentError::SandboxUnavailable {
        message: format!("{} could not be started: {e}", opts.bwrap.display()),
    })?;

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
