//! The headless `desk` command (DESIGN.md section 5): the same core as the app, no window.
//!
//! Exit codes: 0 success, 1 some input refused, 2 usage, internal or environment error (history, disk,
//! database); `ask` exits 1 when the turn ended with an error of the provider or the question, 2 when
//! it ended with an internal one, 130 when cancelled. Under `--json` every result is JSON on stdout (one
//! object per line where there are several) and an error prints `{code, message}`. Repairs of the app's
//! own folders (a planted link removed) are printed on stderr as warnings.
//! `import` always prints one JSON line per path, as the public contract says. Text output never carries
//! a control character to the terminal (see [`clean`]): cell values, model text, titles and names can
//! come from anyone. This module only parses, calls the office and prints; it holds no logic of its own.

use crate::error::{DeskError, ErrorBody};
use crate::office::{default_data_dir, Office};
use clap::{Args, Parser, Subcommand};
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "desk",
    version,
    about = "Analyst Desk from the command line: conversations, imports, history, export"
)]
pub struct Cli {
    /// Data directory (default: the app's own, e.g. ~/.local/share/analyst-desk)
    #[arg(long, global = true, env = "DESK_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Print JSON instead of text
    #[arg(long, global = true)]
    pub json: bool,
    /// Import size cap in bytes (default 2 GiB)
    #[arg(long, global = true, env = "DESK_MAX_IMPORT_BYTES", value_name = "BYTES")]
    pub max_import_bytes: Option<u64>,
    #[command(subcommand)]
    pub command: Command,
}

/// Which provider answers, and how to reach it (`ask` and `probe`).
#[derive(Debug, Args)]
pub struct ProviderArgs {
    /// offline | openai | anthropic | claude-code
    #[arg(long, default_value = "offline")]
    provider: String,
    #[arg(long)]
    model: Option<String>,
    /// Provider base URL (openai default: Ollama's http://127.0.0.1:11434/v1)
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// The Claude Code executable (default: claude on PATH)
    #[arg(long, value_name = "PATH")]
    claude_path: Option<PathBuf>,
    /// Do not look in the OS keychain for the key (environment only)
    #[arg(long)]
    no_keychain: bool,
    /// How the model answers: auto | plan (fills one analysis plan through structured output; for small
    /// local models) | tools (calls the tools over several rounds)
    #[arg(long, default_value = "auto", value_name = "MODE")]
    mode: String,
    /// The model's context window in tokens: asked of Ollama, or budgeted for when a server does not report it
    #[arg(long, value_name = "TOKENS")]
    context_length: Option<u32>,
}

impl ProviderArgs {
    fn settings(&self) -> Result<crate::agent::ProviderSettings, DeskError> {
        let kind = parse_provider(&self.provider)?;
        let mode = crate::agent::AnalysisMode::parse(&self.mode)
            .ok_or_else(|| DeskError::Usage(format!("unknown mode '{}' (auto | plan | tools)", self.mode)))?;
        Ok(crate::agent::ProviderSettings {
            kind,
            model: self.model.clone(),
            base_url: self.base_url.clone(),
            mode,
            context_length: self.context_length,
        })
    }

    /// The key a turn uses: the environment first, then (unless --no-keychain) the OS keychain.
    fn key(&self, kind: crate::agent::ProviderKind) -> Option<crate::agent::ApiKey> {
        crate::agent::secret::resolve_key(kind, &|name| std::env::var(name).ok(), !self.no_keychain)
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a new conversation (and its desk); prints its id
    New {
        #[arg(long)]
        title: Option<String>,
    },
    /// Import files into a conversation's desk; one JSON line per path
    Import {
        id: String,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Import the built-in sample data (a small fictional business: orders, customers, products, stores)
    Sample { id: String },
    /// List conversations, most recent first
    List,
    /// The files in a conversation's desk (inputs and outputs)
    Files { id: String },
    /// A conversation's turns, messages, tool calls and artifacts
    History { id: String },
    /// Rename a conversation
    Rename { id: String, title: String },
    /// Write the desk as a zip (symlinks and hidden files left out)
    Export { id: String, out: PathBuf },
    /// Delete a conversation: its history and its desk
    Delete { id: String },
    /// Ask the analyst one question (one turn); with --json, the wire events one per line. Ctrl-C cancels.
    Ask {
        id: String,
        question: String,
        #[command(flatten)]
        with: ProviderArgs,
        /// Model round trips allowed in the turn
        #[arg(long, default_value_t = crate::agent::DEFAULT_MAX_ROUNDS)]
        max_rounds: u32,
        /// Stop the turn once its (known) cost is over this many US dollars
        #[arg(long, value_name = "USD")]
        budget_usd: Option<f64>,
    },
    /// Test a provider before asking it anything: its model list (or `claude --version`), with the key a
    /// turn would use. Exit 0 when it answers, 1 when it refuses or cannot be reached (with the reason)
    Probe {
        #[command(flatten)]
        with: ProviderArgs,
    },
    /// Save or delete a provider's API key in the OS keychain (the key is read from stdin)
    Key {
        /// set | delete
        action: String,
        /// openai | anthropic | claude-code
        provider: String,
    },
    /// Bring the desk's tables up to date, then print their schemas and profiles
    Tables { id: String },
    /// Run one read-only SQL query over a desk's tables (the analyst's own read-only path)
    Sql {
        id: String,
        query: String,
        /// Rows to keep and print (the true row count is always reported)
        #[arg(long, default_value_t = crate::tools::sql::UI_ROW_CAP)]
        max_rows: usize,
        /// Time limit in seconds
        #[arg(long, default_value_t = 10.0)]
        timeout: f64,
    },
    /// How the offline analyst reads a question, without running it: the analysis plan (the same JSON the
    /// `analyze` tool takes) and how it reads in words, or why it would decline. Earlier questions of the
    /// conversation count, as for a follow-up.
    Plan { id: String, question: String },
}

/// Run the CLI with the process arguments; returns the exit code.
pub fn main() -> i32 {
    // Started as a query worker (see `tools::worker`): serve queries, nothing else.
    if let Some(code) = crate::tools::worker::serve_if_worker() {
        return code;
    }
    // Queries written by a person or a model run in a worker: this same binary.
    if let Ok(exe) = std::env::current_exe() {
        crate::tools::worker::set_program(exe);
    }
    // Arguments as the OS gave them: a path need not be UTF-8 (the import refuses such a name itself).
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let json = args.iter().any(|a| a.to_str() == Some("--json"));
    let cli = match Cli::try_parse_from(&args) {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                let _ = e.print();
                return 0;
            }
            if json {
                print_json(&ErrorBody { code: "usage".into(), message: e.to_string().trim().to_string() });
            } else {
                let _ = e.print();
            }
            return 2;
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            print_error(json, e.body());
            if e.is_refusal() {
                1
            } else {
                2
            }
        }
    }
}

/// An error as `{code, message}` on stdout under --json, else one line on stderr.
fn print_error(json: bool, body: ErrorBody) {
    if json {
        print_json(&body);
    } else {
        eprintln!("desk: {} [{}]", clean(&body.message), body.code);
    }
}

/// Text made safe for a terminal: every control character except newline and tab (ESC, BEL, CR,
/// backspace, DEL, the C1 controls) is shown as `\xNN` / `\u{NNNN}` instead of acting on the terminal.
pub fn clean(s: &str) -> std::borrow::Cow<'_, str> {
    let acts = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !s.chars().any(acts) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !acts(c) {
            out.push(c);
        } else if (c as u32) < 0x100 {
            out.push_str(&format!("\\x{:02x}", c as u32));
        } else {
            out.push_str(&format!("\\u{{{:04x}}}", c as u32));
        }
    }
    std::borrow::Cow::Owned(out)
}

fn print_json<T: Serialize>(v: &T) {
    let mut out = std::io::stdout().lock();
    let _ = serde_json::to_writer(&mut out, v);
    let _ = writeln!(out);
}

fn time(ms: i64) -> String {
    // Seconds since the epoch, shown as UTC date-time without pulling in a time crate.
    let secs = ms.div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = crate::calendar::civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}", rem / 3600, (rem % 3600) / 60)
}

fn run(cli: Cli) -> Result<i32, DeskError> {
    let data_dir = match cli.data_dir {
        Some(d) => d,
        None => default_data_dir()?,
    };
    let mut limits = crate::import::ImportLimits::default();
    if let Some(max) = cli.max_import_bytes {
        limits.max_bytes = max;
    }
    let mut office = Office::open_with(&data_dir, std::sync::Arc::new(crate::history::SystemClock), limits)?;
    let code = command(&mut office, cli.command, cli.json);
    for w in office.take_warnings() {
        eprintln!("desk: warning: {}", clean(&w.to_string()));
    }
    code
}

fn command(office: &mut Office, command: Command, json: bool) -> Result<i32, DeskError> {
    match command {
        Command::New { title } => {
            let c = office.new_conversation(title.as_deref())?;
            if json {
                print_json(&c);
            } else {
                println!("{}", c.id);
            }
        }
        Command::Import { id, paths } => {
            let id = office.resolve(&id)?;
            let outcomes = office.import_paths(&id, &paths, &mut |_, _, _| {})?;
            let refused = outcomes.iter().any(|o| !o.ok);
            for o in &outcomes {
                print_json(o);
            }
            return Ok(if refused { 1 } else { 0 });
        }
        Command::Sample { id } => {
            let id = office.resolve(&id)?;
            let outcomes = office.import_sample(&id)?;
            let refused = outcomes.iter().any(|o| !o.ok);
            for o in &outcomes {
                print_json(o);
            }
            return Ok(if refused { 1 } else { 0 });
        }
        Command::List => {
            let list = office.list()?;
            if json {
                print_json(&list);
            } else if list.is_empty() {
                println!("no conversations yet (start one with: desk new)");
            } else {
                for c in list {
                    println!("{}  {}  {}", c.id, time(c.updated_at), clean(&c.title));
                }
            }
        }
        Command::Files { id } => {
            let id = office.resolve(&id)?;
            let files = office.files(&id)?;
            if json {
                print_json(&files);
            } else {
                for f in files {
                    println!("{:<6}  {:>12}  {}", f.role, f.size, clean(&f.path));
                }
            }
        }
        Command::History { id } => {
            let id = office.resolve(&id)?;
            let conversation = office.history().conversation(&id)?;
            let inputs = office.inputs(&id)?;
            let turns = office.turns(&id)?;
            let artifacts = office.history().artifacts(&id)?;
            if json {
                print_json(&serde_json::json!({
                    "conversation": conversation,
                    "inputs": inputs,
                    "turns": turns,
                    "artifacts": artifacts,
                }));
            } else {
                println!("{}  {}", conversation.id, clean(&conversation.title));
                for i in &inputs {
                    println!("  imported {} ({} bytes) at {}", clean(&i.name), i.bytes, time(i.imported_at));
                }
                for t in &turns {
                    println!("  turn {} [{}] {}: {}", t.seq, t.status, clean(&t.provider), clean(&t.question));
                    for item in &t.items {
                        match item {
                            crate::history::TurnItem::Message { role, content, .. } if role == "assistant" => {
                                println!("    {}", clean(content))
                            }
                            crate::history::TurnItem::ToolCall { name, summary, .. } => {
                                println!("    [{}] {}", clean(name), clean(summary.as_deref().unwrap_or("(no result)")))
                            }
                            _ => {}
                        }
                    }
                }
                for a in &artifacts {
                    println!("  artifact {} ({}, {} bytes)", clean(&a.path), a.kind, a.size);
                }
            }
        }
        Command::Rename { id, title } => {
            let id = office.resolve(&id)?;
            office.rename(&id, &title)?;
            if json {
                print_json(&office.history().conversation(&id)?);
            }
        }
        Command::Export { id, out } => {
            let id = office.resolve(&id)?;
            let summary = office.export(&id, &out)?;
            if json {
                print_json(&summary);
            } else {
                println!("wrote {} ({} files, {} bytes)", clean(&summary.path), summary.files, summary.bytes);
                for s in &summary.skipped {
                    eprintln!("desk: {}: {} [{}]", clean(&s.path), clean(&s.message), s.code);
                }
            }
        }
        Command::Ask { id, question, with, max_rounds, budget_usd } => {
            let id = office.resolve(&id)?;
            let settings = with.settings()?;
            let kind = settings.kind;
            let mut request = crate::agent::TurnRequest::new(id.as_str(), question, settings);
            request.offline = Some(crate::analyst::offline());
            request.max_rounds = max_rounds;
            request.budget_usd = budget_usd;
            if let Some(p) = with.claude_path.clone() {
                request.claude_code.program = p;
            }
            request.api_key = with.key(kind);
            return ask(office, &request, json);
        }
        Command::Probe { with } => {
            let settings = with.settings()?;
            let key = with.key(settings.kind);
            return Ok(
                match crate::agent::probe::probe_blocking(&settings, key.as_ref(), with.claude_path.as_deref()) {
                    Ok(report) => {
                        if json {
                            print_json(&report);
                        } else {
                            println!("{}", clean(&report.message));
                        }
                        0
                    }
                    Err(e) => {
                        print_error(json, e.body());
                        1
                    }
                },
            );
        }
        Command::Key { action, provider } => {
            let kind = parse_provider(&provider)?;
            match action.as_str() {
                "set" => {
                    let mut line = String::new();
                    std::io::stdin()
                        .read_line(&mut line)
                        .map_err(|e| DeskError::io("reading the key from stdin", e))?;
                    let key =
                        crate::agent::ApiKey::new(line).ok_or_else(|| DeskError::Usage("no key on stdin".into()))?;
                    crate::agent::secret::keychain_set(kind, &key)?;
                }
                "delete" => crate::agent::secret::keychain_delete(kind)?,
                other => return Err(DeskError::Usage(format!("unknown key action '{other}' (set | delete)"))),
            }
            if json {
                print_json(&serde_json::json!({"provider": kind.as_str(), "action": action}));
            }
        }
        Command::Tables { id } => {
            let id = office.resolve(&id)?;
            let desk = office.desk_dir(&id)?;
            let report = crate::tables::sync(&desk, &mut tables_progress())?;
            for w in &report.warnings {
                eprintln!("desk: warning: {}", clean(&w.to_string()));
            }
            let tables = crate::tables::catalog(&desk)?;
            if json {
                print_json(&serde_json::json!({"sync": report, "tables": tables}));
            } else {
                // Written without println!, so that a closed pipe (`| head`) ends the output quietly.
                let mut out = std::io::stdout().lock();
                for f in &report.failed {
                    let _ = writeln!(out, "{}: not read: {}", clean(&f.path), clean(&f.error.message));
                }
                for s in &report.skipped {
                    let _ = writeln!(out, "{}: skipped: {}", clean(&s.path), clean(&s.reason));
                }
                if tables.is_empty() {
                    let _ =
                        writeln!(out, "no tables yet (import a CSV, TSV or spreadsheet with: desk import {id} FILE)");
                }
                for t in &tables {
                    let _ = writeln!(out, "{}", clean(&crate::tables::describe(t)));
                }
            }
            return Ok(if report.failed.is_empty() { 0 } else { 1 });
        }
        Command::Delete { id } => {
            let id = office.resolve(&id)?;
            office.delete(&id)?;
            if json {
                print_json(&serde_json::json!({"deleted": id.as_str()}));
            } else {
                println!("deleted {id}");
            }
        }
        Command::Plan { id, question } => {
            let id = office.resolve(&id)?;
            let desk = office.desk_dir(&id)?;
            let prior: Vec<String> =
                office.turns(&id)?.iter().filter(|t| t.status == "complete").map(|t| t.question.clone()).collect();
            let out = crate::analyst::explain(&desk, &question, &prior)?;
            if json {
                print_json(&out);
            } else {
                match (&out.plan, &out.declined) {
                    (Some(p), _) => {
                        println!("{}", serde_json::to_string_pretty(p).unwrap_or_default());
                        println!("{}", out.read_as.clone().unwrap_or_default());
                        for a in &out.assumptions {
                            println!("Assumption: {a}.");
                        }
                    }
                    (None, Some(d)) => println!("{d}"),
                    _ => {}
                }
            }
        }
        Command::Sql { id, query, max_rows, timeout } => {
            let id = office.resolve(&id)?;
            let desk = office.desk_dir(&id)?;
            if !(timeout.is_finite() && timeout > 0.0) {
                return Err(DeskError::Usage("--timeout must be a positive number of seconds".into()));
            }
            let limits = crate::tools::sql::SqlLimits {
                max_rows: max_rows.max(1),
                time_limit: std::time::Duration::from_secs_f64(timeout.min(86_400.0)),
            };
            // The tables first, as `ask` and `tables` do: right after an import there is nothing to query yet.
            // A sync that cannot finish (a full disk) leaves the tables from before, which still answer.
            match crate::tables::sync(&desk, &mut tables_progress()) {
                Ok(synced) => {
                    for w in &synced.warnings {
                        eprintln!("desk: warning: {}", clean(&w.to_string()));
                    }
                    for f in &synced.failed {
                        eprintln!("desk: warning: {}: not read: {}", clean(&f.path), clean(&f.error.message));
                    }
                }
                Err(e) => eprintln!(
                    "desk: warning: the tables were not brought up to date ({}); querying them as they are",
                    clean(&e.to_string())
                ),
            }
            let db = crate::tools::sql::analysis_db_path(&desk);
            if !has_tables(&db) {
                return Err(DeskError::NoAnalysisDb { path: db.display().to_string() });
            }
            let result = match crate::tools::worker::Worker::from_process() {
                Some(mut w) => w.query(&db, &query, limits, &|| false)?,
                None => crate::tools::sql::query_desk(&desk, &query, limits)?,
            };
            if json {
                print_json(&result);
            } else {
                let mut out = std::io::stdout().lock();
                let _ = write!(out, "{}", clean(&result.markdown(limits.max_rows, usize::MAX)));
                let _ = writeln!(out, "{}", result.summary());
            }
        }
    }
    Ok(0)
}

/// Whether the analysis database holds any table besides the tables engine's own bookkeeping.
fn has_tables(db: &std::path::Path) -> bool {
    let q = "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() \
             AND NOT starts_with(table_name, '_desk_')";
    let limits = crate::tools::sql::SqlLimits { max_rows: 1, time_limit: std::time::Duration::from_secs(5) };
    crate::tools::sql::ReadOnlyDb::open(db)
        .and_then(|c| c.query(q, limits))
        .is_ok_and(|r| r.rows.first().and_then(|row| row.first()).and_then(|v| v.as_i64()).unwrap_or(0) > 0)
}

fn parse_provider(name: &str) -> Result<crate::agent::ProviderKind, DeskError> {
    crate::agent::ProviderKind::parse(name).ok_or_else(|| {
        DeskError::Usage(format!("unknown provider '{name}' (offline | openai | anthropic | claude-code)"))
    })
}

/// Run one turn, printing as it goes. Exit code: 0 complete, 1 the turn ended with an error of the
/// provider or the question, 2 with an internal one (history, disk), 130 cancelled.
fn ask(office: &mut Office, request: &crate::agent::TurnRequest, json: bool) -> Result<i32, DeskError> {
    use crate::agent::{CancelToken, TurnStatus};
    use crate::wire::Event;
    let rt = crate::agent::runtime()?;
    let cancel = CancelToken::new();
    let id = office.resolve(&request.conversation_id)?;
    let desk = office.desk_dir(&id)?;
    let mut tools = crate::analyst::tool::WithAnalyze::new(
        crate::tools::Toolbox::new(desk.clone(), office.input_names(&id)?),
        desk,
    );
    let mut print = |e: Event| {
        if json {
            print_json(&e);
            return;
        }
        let mut out = std::io::stdout().lock();
        match &e {
            Event::TextDelta { text } => {
                let _ = write!(out, "{}", clean(text));
                let _ = out.flush();
            }
            Event::ToolStart { name, .. } => eprintln!("\n[{}] ...", clean(name)),
            Event::ToolResult { ok, summary, .. } => {
                eprintln!("[{}] {}", if *ok { "ok" } else { "failed" }, clean(summary))
            }
            Event::ArtifactUpdate(u) => eprintln!("  {:?} {} ({} bytes)", u.change, clean(&u.path), u.size),
            Event::Complete { receipt } => {
                let _ = writeln!(out);
                let cost = receipt.cost_usd.map(|c| format!("${c:.4}")).unwrap_or_else(|| "cost unknown".into());
                let tokens = if receipt.tokens_reported {
                    format!("{} in / {} out tokens", receipt.input_tokens, receipt.output_tokens)
                } else {
                    "tokens not reported".to_string()
                };
                eprintln!("\n-- {} ms, {} round trips, {tokens}, {cost}", receipt.duration_ms, receipt.turns);
            }
            Event::PromptBudget(b) => {
                let window = b.context_tokens.map(|w| format!("{w} ({})", b.context_source));
                let p = &b.parts;
                eprintln!(
                    "[prompt {} · {}] ~{} tokens of {}: rules {}, tables {}, tools {}, history {}, question {}, work {}; {} kept for the answer{}",
                    b.round,
                    b.mode,
                    b.prompt_tokens,
                    window.unwrap_or_else(|| "an unreported window".into()),
                    p.rules,
                    p.tables,
                    p.tools,
                    p.history,
                    p.question,
                    p.work,
                    b.output_tokens,
                    if b.cuts.is_empty() { String::new() } else { format!("; {}", b.cuts.join(", ")) }
                );
            }
            Event::Status { message } => eprintln!("[{message}]"),
            Event::Error(b) => {
                let _ = writeln!(out);
                eprintln!("desk: {} [{}]", clean(&b.message), clean(&b.code))
            }
            Event::SessionStart { .. } => {}
        }
    };
    let outcome = rt.block_on(async {
        let c = cancel.clone();
        let ctrl_c = tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                c.cancel();
            }
        });
        let r = crate::agent::run_turn(office, request, &mut tools, &mut print, &cancel).await;
        ctrl_c.abort();
        r
    })?;
    Ok(match outcome.status {
        TurnStatus::Complete => 0,
        TurnStatus::Error if outcome.error.as_ref().is_some_and(|e| crate::error::is_internal_code(&e.code)) => 2,
        TurnStatus::Error => 1,
        TurnStatus::Cancelled => 130,
    })
}

/// Progress of `desk tables` on stderr, only when stderr is a terminal.
fn tables_progress() -> impl FnMut(&crate::tables::Progress) {
    use std::io::IsTerminal;
    let tty = std::io::stderr().is_terminal();
    let mut last_pct = u64::MAX;
    move |p: &crate::tables::Progress| {
        if !tty || p.bytes_total == 0 {
            return;
        }
        let pct = p.bytes_done * 100 / p.bytes_total;
        if pct != last_pct {
            last_pct = pct;
            let stage = match p.stage {
                crate::tables::Stage::Scan => "reading",
                crate::tables::Stage::Load => "finishing",
            };
            eprint!("\r{pct:>3}% {stage} {}\x1b[K", clean(&p.path));
            if p.bytes_done >= p.bytes_total {
                eprintln!();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn civil_dates() {
        assert_eq!(super::time(1_772_323_200_000), "2026-03-01 00:00");
    }
}
