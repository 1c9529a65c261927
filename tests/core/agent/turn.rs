//! Turn-level behaviour whatever the provider: memory, cancellation, limits, the offline slot.

use super::fake::*;
use desk_core::agent::{run_turn_blocking, CancelToken, ProviderKind, TurnStatus};
use desk_core::history::TurnItem;
use desk_core::wire::Event;
use serde_json::{json, Value};

fn text_reply(t: &str) -> Reply {
    Reply::openai(&[
        json!({"choices": [{"index": 0, "delta": {"content": t}, "finish_reason": null}]}),
        json!({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}),
    ])
}

fn tool_reply(id: &str, name: &str, args: Value) -> Reply {
    Reply::openai(&[
        json!({"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "id": id, "type": "function",
               "function": {"name": name, "arguments": args.to_string()}}]}, "finish_reason": null}]}),
        json!({"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}],
               "usage": {"prompt_tokens": 10, "completion_tokens": 10}}),
    ])
}

/// History is consistent: the turn ended with `status`, every tool call has a result, nothing is running.
fn assert_history_consistent(s: &Setup, status: &str) {
    let id = s.office.resolve(&s.id).unwrap();
    for t in s.office.turns(&id).unwrap() {
        assert_ne!(t.status, "running", "no turn is left running");
        for item in &t.items {
            if let TurnItem::ToolCall { id, ok, .. } = item {
                assert!(ok.is_some(), "tool call {id} has its result");
            }
        }
    }
    let last = s.office.turns(&id).unwrap().pop().unwrap();
    assert_eq!(last.status, status);
    let tmp: Vec<_> = std::fs::read_dir(s.desk.join(".desk/tmp")).unwrap().collect();
    assert!(tmp.is_empty(), "no partial files left in the desk's temp area");
}

#[test]
fn memory_second_request_contains_the_first_turn() {
    let mut s = setup();
    let server = FakeServer::start(vec![
        tool_reply("call_1", "sql", json!({"query": "select sum(revenue) from sales"})),
        text_reply("Total revenue is 2000."),
        text_reply("In the West region it is 0."),
    ]);
    let req = request(&s, ProviderKind::Openai, &server.url, "What is total revenue?");
    let out =
        run_turn_blocking(&mut s.office, &req, &mut ScriptedTools::new(&s.desk), &mut |_| {}, &CancelToken::new())
            .unwrap();
    assert_eq!(out.status, TurnStatus::Complete, "{:?}", out.error);
    let req2 = request(&s, ProviderKind::Openai, &server.url, "now only for the West region");
    let mut events = Vec::new();
    let out2 = run_turn_blocking(
        &mut s.office,
        &req2,
        &mut ScriptedTools::new(&s.desk),
        &mut |e| events.push(e),
        &CancelToken::new(),
    )
    .unwrap();
    assert_eq!(out2.turn, 2);
    assert!(matches!(&events[0], Event::SessionStart { turn: 2, .. }));
    let reqs = server.chats();
    let msgs = reqs[2].body["messages"].as_array().unwrap().clone();
    let all: Vec<String> = msgs.iter().map(|m| m["content"].as_str().unwrap_or("").to_string()).collect();
    assert_eq!(msgs[1]["role"], "user");
    assert_eq!(all[1], "What is total revenue?", "the first question is replayed");
    assert_eq!(msgs[2]["role"], "assistant");
    assert!(all[2].contains("Total revenue is 2000."), "the first answer is replayed: {}", all[2]);
    assert!(all[2].contains("[tool sql"), "with its tool call transcript: {}", all[2]);
    assert_eq!(all.last().unwrap(), "now only for the West region");
    assert_openai_invariant(&reqs);
}

#[test]
fn the_desks_tables_and_files_are_described_to_the_model() {
    let mut s = setup();
    let server = FakeServer::start(vec![text_reply("ok")]);
    let mut req = request(&s, ProviderKind::Openai, &server.url, "q");
    req.context.clear();
    let out =
        run_turn_blocking(&mut s.office, &req, &mut ScriptedTools::new(&s.desk), &mut |_| {}, &CancelToken::new())
            .unwrap();
    assert_eq!(out.status, TurnStatus::Complete, "{:?}", out.error);
    let sys = server.chats()[0].body["messages"][0]["content"].as_str().unwrap().to_string();
    assert!(sys.contains("- sales.csv (input, 35 bytes)"), "{sys}");
    assert!(sys.contains("sales (from sales.csv)"), "the typed table is described: {sys}");
    assert!(sys.lines().any(|l| l.contains("revenue") && l.contains("integer")), "with its column types: {sys}");
}

#[test]
fn cancel_mid_stream_keeps_history_consistent() {
    let mut s = setup();
    let server = FakeServer::start(vec![Reply::body(
        200,
        "text/event-stream",
        format!("data: {}\n\n", json!({"choices": [{"index": 0, "delta": {"content": "Starting"}}]})).as_bytes(),
    )
    .hanging()]);
    let req = request(&s, ProviderKind::Openai, &server.url, "q");
    let cancel = CancelToken::new();
    let c2 = cancel.clone();
    let mut events = Vec::new();
    let started = std::time::Instant::now();
    let out = run_turn_blocking(
        &mut s.office,
        &req,
        &mut ScriptedTools::new(&s.desk),
        &mut |e| {
            if matches!(e, Event::TextDelta { .. }) {
                c2.cancel();
            }
            events.push(e)
        },
        &cancel,
    )
    .unwrap();
    assert!(started.elapsed().as_secs() < 5, "cancellation does not wait for the stalled stream");
    assert_eq!(out.status, TurnStatus::Cancelled);
    assert_eq!(out.error.as_ref().unwrap().code, "cancelled");
    assert_well_formed(&events);
    assert_history_consistent(&s, "cancelled");
    let id = s.office.resolve(&s.id).unwrap();
    let t = &s.office.turns(&id).unwrap()[0];
    assert!(t
        .items
        .iter()
        .any(|i| matches!(i, TurnItem::Message { role, content, .. } if role == "assistant" && content == "Starting")));
}

#[test]
fn cancel_mid_tool_answers_every_call_and_leaves_no_partial_files() {
    let mut s = setup();
    // One reply with three calls: sql, chart (Ctrl-C arrives while it runs), write_file (never runs).
    let server = FakeServer::start(vec![Reply::openai(&[
        json!({"choices": [{"index": 0, "delta": {"tool_calls": [
            {"index": 0, "id": "c_sql", "type": "function", "function": {"name": "sql", "arguments": "{}"}},
            {"index": 1, "id": "c_chart", "type": "function", "function": {"name": "chart", "arguments": "{\"path\":\"c.png\"}"}},
            {"index": 2, "id": "c_write", "type": "function", "function": {"name": "write_file", "arguments": "{\"path\":\"report.md\",\"content\":\"x\"}"}}
        ]}}]}),
        json!({"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]}),
    ])]);
    let req = request(&s, ProviderKind::Openai, &server.url, "q");
    let cancel = CancelToken::new();
    let mut tools = ScriptedTools::new(&s.desk);
    tools.cancel_during_chart = Some(cancel.clone());
    let mut events = Vec::new();
    let out = run_turn_blocking(&mut s.office, &req, &mut tools, &mut |e| events.push(e), &cancel).unwrap();
    assert_eq!(out.status, TurnStatus::Cancelled);
    assert_well_formed(&events);
    assert_eq!(tools.calls.len(), 2, "the call after the cancel never ran");
    assert!(!s.desk.join("report.md").exists());
    assert_eq!(std::fs::read(s.desk.join("c.png")).unwrap(), PNG, "the tool that was running finished whole");
    let results: Vec<(String, bool, String)> = events
        .iter()
        .filter_map(|e| match e {
            Event::ToolResult { id, ok, summary } => Some((id.clone(), *ok, summary.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(results.len(), 3, "every call got one result: {results:?}");
    assert!(!results[2].1 && results[2].2.contains("cancelled"), "the unrun call is answered 'cancelled'");
    assert_history_consistent(&s, "cancelled");
    assert_eq!(server.chats().len(), 1, "no further round trip after the cancel");
}

#[test]
fn max_rounds_ends_the_turn_and_keeps_the_work() {
    let mut s = setup();
    let server = FakeServer::start(vec![
        tool_reply("a", "sql", json!({})),
        tool_reply("b", "chart", json!({"path": "one.png"})),
        tool_reply("c", "sql", json!({})),
    ]);
    let mut req = request(&s, ProviderKind::Openai, &server.url, "q");
    req.max_rounds = 2;
    let mut events = Vec::new();
    let out = run_turn_blocking(
        &mut s.office,
        &req,
        &mut ScriptedTools::new(&s.desk),
        &mut |e| events.push(e),
        &CancelToken::new(),
    )
    .unwrap();
    assert_eq!(out.error.as_ref().unwrap().code, "max_rounds");
    assert_eq!(out.receipt.as_ref().unwrap().turns, 2);
    assert_well_formed(&events);
    assert!(events.iter().any(|e| matches!(e, Event::ArtifactUpdate(u) if u.path == "one.png")));
    assert_history_consistent(&s, "error");
    let id = s.office.resolve(&s.id).unwrap();
    assert_eq!(s.office.history().artifacts(&id).unwrap().len(), 1, "the chart made before the limit is kept");
    assert_openai_invariant(&server.chats());
}

#[test]
fn budget_exceeded_stops_the_turn() {
    let mut s = setup();
    let start = json!({"type": "message_start", "message": {"usage": {"input_tokens": 1_000_000, "output_tokens": 1}}});
    let tool = [
        (
            "content_block_start",
            json!({"type": "content_block_start", "index": 0, "content_block": {"type": "tool_use", "id": "t1", "name": "sql", "input": {}}}),
        ),
        ("content_block_stop", json!({"type": "content_block_stop", "index": 0})),
    ];
    let mut events_in: Vec<(&str, Value)> = vec![("message_start", start)];
    events_in.extend(tool);
    events_in.push((
        "message_delta",
        json!({"type": "message_delta", "delta": {"stop_reason": "tool_use"}, "usage": {"output_tokens": 10}}),
    ));
    events_in.push(("message_stop", json!({"type": "message_stop"})));
    let server = FakeServer::start(vec![Reply::sse(&events_in)]);
    let mut req = request(&s, ProviderKind::Anthropic, &server.url, "q");
    req.api_key = desk_core::agent::ApiKey::new("k");
    req.budget_usd = Some(1.0);
    let out =
        run_turn_blocking(&mut s.office, &req, &mut ScriptedTools::new(&s.desk), &mut |_| {}, &CancelToken::new())
            .unwrap();
    assert_eq!(out.error.as_ref().unwrap().code, "budget_exceeded", "1M input tokens at $3/M is over $1");
    assert!(out.receipt.unwrap().cost_usd.unwrap() > 1.0);
    assert_history_consistent(&s, "error");
}

#[test]
fn offline_answers_with_the_real_tools() {
    let mut s = setup();
    let req = request(&s, ProviderKind::Offline, "http://unused.invalid", "What is total revenue?");
    let mut events = Vec::new();
    let id = s.office.resolve(&s.id).unwrap();
    let mut tools = desk_core::tools::Toolbox::new(s.desk.clone(), s.office.input_names(&id).unwrap());
    let out = run_turn_blocking(&mut s.office, &req, &mut tools, &mut |e| events.push(e), &CancelToken::new()).unwrap();
    assert_eq!(out.status, TurnStatus::Complete, "{:?}", out.error);
    assert!(text(&events).contains("2,000"), "the total of the two rows: {}", text(&events));
    assert!(kinds(&events).contains(&"tool_start".to_string()));
    assert_well_formed(&events);
    assert_history_consistent(&s, "complete");
}

#[test]
fn unknown_conversation_is_refused_before_any_turn() {
    let mut s = setup();
    let mut req = request(&s, ProviderKind::Offline, "http://unused.invalid", "q");
    req.conversation_id = "../etc".into();
    let err =
        run_turn_blocking(&mut s.office, &req, &mut ScriptedTools::new(&s.desk), &mut |_| {}, &CancelToken::new())
            .unwrap_err();
    assert_eq!(err.code(), "invalid_id");
}

/// The offline provider runs in a process whose thread is killed by the kernel (seccomp) the moment it
/// creates a socket; a control run shows the filter does kill a process that tries.
#[cfg(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64")))]
#[test]
fn offline_turn_opens_no_socket() {
    use std::os::unix::process::{CommandExt, ExitStatusExt};
    let exe = std::env::current_exe().unwrap();
    for (mode, should_live) in [("offline", true), ("probe", false)] {
        let mut cmd = std::process::Command::new(&exe);
        cmd.args(["--exact", "agent::turn::socketless_child", "--ignored", "--nocapture", "--test-threads=1"])
            .env("DESK_TEST_SOCKETLESS", mode);
        // SAFETY: setrlimit is async-signal-safe; no core file for the expected SIGSYS.
        unsafe {
            cmd.pre_exec(|| {
                let none = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
                libc::setrlimit(libc::RLIMIT_CORE, &none);
                Ok(())
            });
        }
        let out = cmd.output().unwrap();
        let log = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        if should_live {
            assert!(out.status.success(), "the offline turn ran without creating a socket: {log}");
            assert!(log.contains("1 passed"), "the child test really ran: {log}");
        } else {
            assert_eq!(
                out.status.signal(),
                Some(libc::SIGSYS),
                "the filter kills a process that opens a socket: {log}"
            );
        }
    }
}

#[cfg(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64")))]
#[test]
#[ignore = "run inside offline_turn_opens_no_socket, in a child process under a seccomp filter"]
fn socketless_child() {
    let Ok(mode) = std::env::var("DESK_TEST_SOCKETLESS") else { return };
    let mut s = setup();
    deny_sockets();
    if mode == "probe" {
        let _ = std::net::TcpListener::bind("127.0.0.1:0");
        panic!("the seccomp filter should have killed this process");
    }
    let req = request(&s, ProviderKind::Offline, "http://127.0.0.1:9", "What is total revenue?");
    let mut events = Vec::new();
    let out = run_turn_blocking(
        &mut s.office,
        &req,
        &mut ScriptedTools::new(&s.desk),
        &mut |e| events.push(e),
        &CancelToken::new(),
    )
    .unwrap();
    assert_well_formed(&events);
    assert_eq!(out.status, TurnStatus::Complete, "the offline turn completes without any socket: {out:?}");
}

/// Install a seccomp filter on this thread (inherited by threads it spawns): `socket(2)` kills the process.
#[cfg(all(target_os = "linux", any(target_arch = "x86_64", target_arch = "aarch64")))]
fn deny_sockets() {
    #[repr(C)]
    struct SockFilter {
        code: u16,
        jt: u8,
        jf: u8,
        k: u32,
    }
    #[repr(C)]
    struct SockFprog {
        len: u16,
        filter: *const SockFilter,
    }
    const LD_W_ABS: u16 = 0x20;
    const JEQ_K: u16 = 0x15;
    const RET_K: u16 = 0x06;
    #[cfg(target_arch = "x86_64")]
    const ARCH: u32 = 0xC000_003E;
    #[cfg(target_arch = "aarch64")]
    const ARCH: u32 = 0xC000_00B7;
    let f = |code, jt, jf, k| SockFilter { code, jt, jf, k };
    let prog = [
        f(LD_W_ABS, 0, 0, 4), // seccomp_data.arch
        f(JEQ_K, 1, 0, ARCH),
        f(RET_K, 0, 0, libc::SECCOMP_RET_KILL_PROCESS),
        f(LD_W_ABS, 0, 0, 0), // seccomp_data.nr
        f(JEQ_K, 0, 1, libc::SYS_socket as u32),
        f(RET_K, 0, 0, libc::SECCOMP_RET_KILL_PROCESS),
        f(RET_K, 0, 0, libc::SECCOMP_RET_ALLOW),
    ];
    let fprog = SockFprog { len: prog.len() as u16, filter: prog.as_ptr() };
    // SAFETY: plain prctl calls with a filter program that outlives them (the kernel copies it).
    unsafe {
        assert_eq!(libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), 0, "no_new_privs");
        assert_eq!(
            libc::prctl(libc::PR_SET_SECCOMP, libc::SECCOMP_MODE_FILTER as libc::c_ulong, &fprog as *const SockFprog),
            0,
            "seccomp filter installed"
        );
    }
}
