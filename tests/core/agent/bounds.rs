//! Issue 12 in the turn loop: Stop ends a running `sql` tool, a streamed reply is bounded in bytes,
//! and what `desk ask` prints as text cannot drive the terminal.

use super::fake::*;
use desk_core::agent::{run_turn_blocking, CancelToken, ProviderKind, TurnStatus};
use desk_core::tools::Toolbox;
use desk_core::wire::Event;
use serde_json::json;
use std::time::{Duration, Instant};

fn tool_reply(id: &str, name: &str, args: serde_json::Value) -> Reply {
    Reply::openai(&[
        json!({"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "id": id, "type": "function",
               "function": {"name": name, "arguments": args.to_string()}}]}, "finish_reason": null}]}),
        json!({"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]}),
    ])
}

#[test]
fn stop_ends_a_running_sql_tool() {
    let mut s = setup();
    let slow = "SELECT levenshtein(repeat('ab', 100000) || store, repeat('ba', 100000)) AS d FROM sales LIMIT 1";
    let server = FakeServer::start(vec![tool_reply("q1", "sql", json!({ "query": slow }))]);
    let req = request(&s, ProviderKind::Openai, &server.url, "how many?");
    desk_core::tables::sync(&s.desk, &mut |_| {}).unwrap();
    let id = s.office.resolve(&s.id).unwrap();
    let mut tools = Toolbox::new(s.desk.clone(), s.office.input_names(&id).unwrap())
        .with_worker(Some(env!("CARGO_BIN_EXE_desk").into()));
    let cancel = CancelToken::new();
    let c = cancel.clone();
    let mut events = Vec::new();
    let started = Instant::now();
    let out = run_turn_blocking(
        &mut s.office,
        &req,
        &mut tools,
        &mut |e| {
            // Stop half a second after the query started (the person presses Stop).
            if matches!(e, Event::ToolStart { .. }) {
                let c = c.clone();
                std::thread::spawn(move || {
                    std::thread::sleep(Duration::from_millis(500));
                    c.cancel();
                });
            }
            events.push(e)
        },
        &cancel,
    )
    .unwrap();
    let took = started.elapsed();
    assert_eq!(out.status, TurnStatus::Cancelled, "{out:?}");
    assert!(took < Duration::from_secs(4), "Stop took {took:?} to end the turn (the query runs for tens of seconds)");
    assert_well_formed(&events);
    let result = events.iter().find_map(|e| match e {
        Event::ToolResult { ok, summary, .. } => Some((*ok, summary.clone())),
        _ => None,
    });
    let (ok, summary) = result.expect("the sql call got its result");
    assert!(!ok && summary.contains("cancelled"), "{summary}");
}

#[test]
fn a_streamed_reply_is_bounded_in_bytes() {
    let mut s = setup();
    // 17 MiB of text deltas in one reply.
    let piece = "x".repeat(64 << 10);
    let chunk = format!("data: {}\n\n", json!({"choices": [{"index": 0, "delta": {"content": piece}}]}));
    let reply = Reply::body(200, "text/event-stream", chunk.repeat(17 * 16).as_bytes());
    let server = FakeServer::start(vec![reply]);
    let req = request(&s, ProviderKind::Openai, &server.url, "q");
    // Text is counted, not kept (the test process stays small).
    let (mut events, mut streamed) = (Vec::new(), 0usize);
    let out = run_turn_blocking(
        &mut s.office,
        &req,
        &mut ScriptedTools::new(&s.desk),
        &mut |e| match e {
            Event::TextDelta { text } => streamed += text.len(),
            other => events.push(other),
        },
        &CancelToken::new(),
    )
    .unwrap();
    assert_eq!(out.status, TurnStatus::Error, "{out:?}");
    let e = out.error.unwrap();
    assert_eq!(e.code, "bad_response");
    assert!(e.message.contains("longer than 16 MB"), "{}", e.message);
    assert!(streamed <= 16 << 20, "no more than the bound was passed on: {streamed} bytes");
}

#[test]
fn ask_prints_model_text_without_terminal_escapes() {
    let dir = tempfile::tempdir().unwrap();
    let desk = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_desk"))
            .arg("--data-dir")
            .arg(dir.path())
            .args(args)
            .env_remove("OPENAI_API_KEY")
            .env_remove("DESK_DATA_DIR")
            .output()
            .unwrap()
    };
    let id = String::from_utf8(desk(&["new"]).stdout).unwrap().trim().to_string();
    let hostile = "Total: 42\u{1b}]0;owned\u{7}\u{1b}[2J\u{1b}[31m red\r\u{9b}1m";
    let server = FakeServer::start(vec![Reply::openai(&[
        json!({"choices": [{"index": 0, "delta": {"content": hostile}, "finish_reason": null}]}),
        json!({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}),
    ])]);
    let out =
        desk(&["ask", &id, "q", "--provider", "openai", "--base-url", &server.url, "--no-keychain", "--mode", "tools"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let text = String::from_utf8_lossy(bytes);
        assert!(!text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'), "{name} carried controls: {text:?}");
    }
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(printed.contains("Total: 42\\x1b]0;owned\\x07\\x1b[2J"), "the text is shown, escaped: {printed}");
}
