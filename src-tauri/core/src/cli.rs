//! The headless `desk` command (DESIGN.md section 5): the same core as the app, no window.
//!
//! Exit codes: 0 success, 1 some input refused, 2 usage or internal error. Under `--json` every result
//! is JSON on stdout (one object per line where there are several) and an error prints `{code, message}`.
//! `import` always prints one JSON line per path, as the public contract says. This module only parses,
//! calls the office and prints; it holds no logic of its own.

use crate::error::{DeskError, ErrorBody};
use crate::office::{default_data_dir, Office};
use clap::{Parser, Subcommand};
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
    /// Bring the desk's tables up to date, then print their schemas and profiles
    Tables { id: String },
}

/// Run the CLI with the process arguments; returns the exit code.
pub fn main() -> i32 {
    let args: Vec<String> = std::env::args().collect();
    let json = args.iter().any(|a| a == "--json");
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
            if json {
                print_json(&e.body());
            } else {
                eprintln!("desk: {e} [{}]", e.code());
            }
            if e.is_refusal() {
                1
            } else {
                2
            }
        }
    }
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
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}", rem / 3600, (rem % 3600) / 60)
}

/// Howard Hinnant's days-to-civil algorithm.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
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
    let json = cli.json;
    match cli.command {
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
        Command::List => {
            let list = office.list()?;
            if json {
                print_json(&list);
            } else if list.is_empty() {
                println!("no conversations yet (start one with: desk new)");
            } else {
                for c in list {
                    println!("{}  {}  {}", c.id, time(c.updated_at), c.title);
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
                    println!("{:<6}  {:>12}  {}", f.role, f.size, f.path);
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
                println!("{}  {}", conversation.id, conversation.title);
                for i in &inputs {
                    println!("  imported {} ({} bytes) at {}", i.name, i.bytes, time(i.imported_at));
                }
                for t in &turns {
                    println!("  turn {} [{}] {}: {}", t.seq, t.status, t.provider, t.question);
                    for item in &t.items {
                        match item {
                            crate::history::TurnItem::Message { role, content, .. } if role == "assistant" => {
                                println!("    {content}")
                            }
                            crate::history::TurnItem::ToolCall { name, summary, .. } => {
                                println!("    [{name}] {}", summary.as_deref().unwrap_or("(no result)"))
                            }
                            _ => {}
                        }
                    }
                }
                for a in &artifacts {
                    println!("  artifact {} ({}, {} bytes)", a.path, a.kind, a.size);
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
                println!("wrote {} ({} files, {} bytes)", summary.path, summary.files, summary.bytes);
            }
        }
        Command::Tables { id } => {
            let id = office.resolve(&id)?;
            let desk = office.desk_dir(&id)?;
            let report = crate::tables::sync(&desk, &mut tables_progress())?;
            let tables = crate::tables::catalog(&desk)?;
            if json {
                print_json(&serde_json::json!({"sync": report, "tables": tables}));
            } else {
                // Written without println!, so that a closed pipe (`| head`) ends the output quietly.
                let mut out = std::io::stdout().lock();
                for f in &report.failed {
                    let _ = writeln!(out, "{}: not read: {}", f.path, f.error.message);
                }
                for s in &report.skipped {
                    let _ = writeln!(out, "{}: skipped: {}", s.path, s.reason);
                }
                if tables.is_empty() {
                    let _ =
                        writeln!(out, "no tables yet (import a CSV, TSV or spreadsheet with: desk import {id} FILE)");
                }
                for t in &tables {
                    let _ = writeln!(out, "{}", crate::tables::describe(t));
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
    }
    Ok(0)
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
            eprint!("\r{pct:>3}% {stage} {}\x1b[K", p.path);
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
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(20_454), (2026, 1, 1));
        assert_eq!(super::time(1_772_323_200_000), "2026-03-01 00:00");
    }
}
