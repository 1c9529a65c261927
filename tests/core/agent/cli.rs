//! `desk ask` as a person runs it: wire events with --json, and Ctrl-C (SIGINT) cancelling cleanly.

use super::fake::*;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

fn desk(data: &std::path::Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_desk"));
    c.arg("--data-dir")
        .arg(data)
        .env_remove("OPENAI_API_KEY")
        .env_remove("ANTHROPIC_API_KEY")
        .env_remove("DESK_DATA_DIR");
    c
}

fn new_conversation(data: &std::path::Path) -> String {
    let out = desk(data).arg("new").output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn ask_json_prints_wire_events_one_per_line() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_conversation(dir.path());
    let server = FakeServer::start(vec![Reply::openai(&[
        json!({"choices": [{"index": 0, "delta": {"content": "Hi there"}, "finish_reason": null}]}),
        json!({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}], "usage": {"prompt_tokens": 6_400, "completion_tokens": 2}}),
    ])]);
    let out = desk(dir.path())
        .args([
            "ask",
            &id,
            "hello",
            "--provider",
            "openai",
            "--base-url",
            &server.url,
            "--mode",
            "tools",
            "--no-keychain",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let events: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let types: Vec<&str> = events.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["session_start", "prompt_budget", "text_delta", "complete"]);
    assert_eq!(events[3]["receipt"]["input_tokens"], 6_400);
    assert_eq!(events[3]["receipt"]["tokens_reported"], true);
    let budget = &events[1];
    assert_eq!(budget["round"], 1);
    let parts = &budget["parts"];
    let sum: u64 =
        ["rules", "tables", "tools", "history", "question", "work"].iter().map(|k| parts[k].as_u64().unwrap()).sum();
    assert_eq!(budget["prompt_tokens"].as_u64(), Some(sum), "the parts add up to the total: {budget}");
    assert!(parts["tools"].as_u64().unwrap() > 1_000, "the tool definitions are counted: {budget}");

    let out = desk(dir.path()).args(["ask", &id, "q", "--provider", "offline", "--json"]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "the offline analyst answers (here: declines honestly) and the turn completes"
    );
    let last: Value = serde_json::from_str(String::from_utf8(out.stdout).unwrap().lines().last().unwrap()).unwrap();
    assert_eq!(last["type"], "complete");

    let out = desk(dir.path()).args(["ask", &id, "q", "--provider", "gpt", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "an unknown provider is a usage error");
}

#[test]
fn ctrl_c_cancels_the_turn_and_history_stays_consistent() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_conversation(dir.path());
    let server = FakeServer::start(vec![Reply::body(
        200,
        "text/event-stream",
        format!("data: {}\n\n", json!({"choices": [{"index": 0, "delta": {"content": "Thinking"}}]})).as_bytes(),
    )
    .hanging()]);
    let mut child = desk(dir.path())
        .args([
            "ask",
            &id,
            "q",
            "--provider",
            "openai",
            "--base-url",
            &server.url,
            "--mode",
            "tools",
            "--context-length",
            "32768",
            "--no-keychain",
            "--json",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut seen = Vec::new();
    for line in lines.by_ref() {
        let v: Value = serde_json::from_str(&line.unwrap()).unwrap();
        let is_text = v["type"] == "text_delta";
        seen.push(v);
        if is_text {
            break;
        }
    }
    // SAFETY: signalling the child this test spawned, by its pid.
    let pid = child.id() as libc::pid_t;
    assert!(pid > 1);
    assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
    for line in lines {
        seen.push(serde_json::from_str(&line.unwrap()).unwrap());
    }
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130), "cancelled turns exit 130");
    let last = seen.last().unwrap();
    assert_eq!((last["type"].as_str(), last["code"].as_str()), (Some("error"), Some("cancelled")), "{seen:?}");

    let out = desk(dir.path()).args(["history", &id, "--json"]).output().unwrap();
    let h: Value = serde_json::from_slice(&out.stdout).unwrap();
    let turn = &h["turns"][0];
    assert_eq!(turn["status"], "cancelled");
    assert_eq!(turn["error"]["code"], "cancelled");
    assert_eq!(turn["items"][1]["content"], "Thinking", "the streamed text is kept");
}

#[test]
fn probe_says_whether_a_provider_answers_with_exit_codes_for_scripts() {
    let dir = tempfile::tempdir().unwrap();
    let server = FakeServer::start(vec![])
        .route("/v1/models", Reply::json(200, json!({"data": [{"id": "llama3.1:latest"}, {"id": "phi4"}]})));
    let out = desk(dir.path())
        .args([
            "probe",
            "--provider",
            "openai",
            "--base-url",
            &server.url,
            "--model",
            "phi4",
            "--no-keychain",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["models"], json!(["llama3.1:latest", "phi4"]));
    assert!(v["message"].as_str().unwrap().contains("the model phi4 is available"), "{v}");

    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let out = desk(dir.path())
        .args(["probe", "--provider", "openai", "--base-url", &format!("http://127.0.0.1:{port}"), "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "a provider that does not answer is a refusal");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["code"], "provider_unreachable");
}
