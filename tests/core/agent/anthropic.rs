//! The `anthropic` provider against a fake Messages API speaking SSE.

use super::fake::*;
use desk_core::agent::{run_turn_blocking, ApiKey, CancelToken, ProviderKind, TurnStatus};
use desk_core::wire::Event;
use serde_json::{json, Value};

fn start(input: u64) -> (&'static str, Value) {
    (
        "message_start",
        json!({"type": "message_start", "message": {"id": "msg_1", "type": "message", "role": "assistant",
        "content": [], "model": "claude-sonnet-4-5-20250929", "stop_reason": null,
        "usage": {"input_tokens": input, "output_tokens": 1}}}),
    )
}

fn text_block(index: u64, parts: &[&str]) -> Vec<(&'static str, Value)> {
    let mut v = vec![(
        "content_block_start",
        json!({"type": "content_block_start", "index": index, "content_block": {"type": "text", "text": ""}}),
    )];
    for p in parts {
        v.push((
            "content_block_delta",
            json!({"type": "content_block_delta", "index": index, "delta": {"type": "text_delta", "text": p}}),
        ));
    }
    v.push(("content_block_stop", json!({"type": "content_block_stop", "index": index})));
    v
}

fn tool_block(index: u64, id: &str, name: &str, json_parts: &[&str]) -> Vec<(&'static str, Value)> {
    let mut v = vec![(
        "content_block_start",
        json!({"type": "content_block_start", "index": index,
               "content_block": {"type": "tool_use", "id": id, "name": name, "input": {}}}),
    )];
    for p in json_parts {
        v.push((
            "content_block_delta",
            json!({"type": "content_block_delta", "index": index, "delta": {"type": "input_json_delta", "partial_json": p}}),
        ));
    }
    v.push(("content_block_stop", json!({"type": "content_block_stop", "index": index})));
    v
}

fn end(stop: &str, output: u64) -> Vec<(&'static str, Value)> {
    vec![
        (
            "message_delta",
            json!({"type": "message_delta", "delta": {"stop_reason": stop, "stop_sequence": null},
                                  "usage": {"output_tokens": output}}),
        ),
        ("message_stop", json!({"type": "message_stop"})),
    ]
}

fn message(parts: Vec<Vec<(&'static str, Value)>>) -> Reply {
    let events: Vec<(&str, Value)> = parts.into_iter().flatten().collect();
    Reply::sse(&events)
}

#[test]
fn sse_tool_loop_with_pings_unknown_events_and_split_bytes() {
    let mut s = setup();
    let first = message(vec![
        vec![start(1_000)],
        vec![("ping", json!({"type": "ping"}))],
        text_block(0, &["Je regarde les données… ", "📊"]),
        vec![("brand_new_event", json!({"type": "brand_new_event", "whatever": 1}))],
        tool_block(1, "toolu_01", "chart", &["{\"path\": \"rev", "enue.png\", \"title\"", ": \"Revenue\"}"]),
        tool_block(2, "toolu_02", "write_file", &["{\"path\": \"report.md\", \"content\": \"# Headline\\n\"}"]),
        end("tool_use", 200),
    ])
    .prefixed(": this is a comment\n\n")
    .split(9);
    let second = message(vec![
        vec![start(2_000)],
        text_block(0, &["North 1200, South 800. See report.md."]),
        end("end_turn", 100),
    ])
    .split(4);
    let server = FakeServer::start(vec![first, second]);
    let mut req = request(&s, ProviderKind::Anthropic, &server.url, "Chart it");
    req.api_key = ApiKey::new("sk-ant-test-key-123");
    let mut tools = ScriptedTools::new(&s.desk);
    let mut events = Vec::new();
    let out = run_turn_blocking(&mut s.office, &req, &mut tools, &mut |e| events.push(e), &CancelToken::new()).unwrap();
    assert_eq!(out.status, TurnStatus::Complete, "{:?}", out.error);
    assert_well_formed(&events);
    assert_eq!(text(&events), "Je regarde les données… 📊North 1200, South 800. See report.md.");
    assert_eq!(tools.calls[0], ("chart".to_string(), json!({"path": "revenue.png", "title": "Revenue"})));
    let arts: Vec<String> = events
        .iter()
        .filter_map(|e| match e {
            Event::ArtifactUpdate(u) => Some(u.path.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(arts, ["revenue.png", "report.md"]);

    let receipt = out.receipt.unwrap();
    assert_eq!((receipt.input_tokens, receipt.output_tokens), (3_000, 300));
    let expected = (3_000.0 * 3.0 + 300.0 * 15.0) / 1e6;
    assert!((receipt.cost_usd.unwrap() - expected).abs() < 1e-12, "priced from the table: {:?}", receipt.cost_usd);

    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    assert_anthropic_invariant(&reqs);
    for r in &reqs {
        assert_eq!(r.path, "/v1/messages");
        assert_eq!(r.header("x-api-key"), Some("sk-ant-test-key-123"));
        assert_eq!(r.header("anthropic-version"), Some("2023-06-01"));
        assert!(r.header("authorization").is_none());
        assert_eq!(r.body["model"], "claude-sonnet-4-5");
        assert_eq!(r.body["stream"], true);
        assert!(r.body["system"][0]["text"].as_str().unwrap().contains("report.md"));
        assert_eq!(r.body["system"][0]["cache_control"]["type"], "ephemeral");
        assert_eq!(r.body["tools"][0]["input_schema"]["type"], "object");
    }
}

#[test]
fn unknown_model_shows_tokens_without_cost() {
    let mut s = setup();
    let server = FakeServer::start(vec![message(vec![vec![start(10)], text_block(0, &["hi"]), end("end_turn", 5)])]);
    let mut req = request(&s, ProviderKind::Anthropic, &server.url, "q");
    req.provider.model = Some("claude-from-the-future".into());
    req.api_key = ApiKey::new("k");
    let out =
        run_turn_blocking(&mut s.office, &req, &mut ScriptedTools::new(&s.desk), &mut |_| {}, &CancelToken::new())
            .unwrap();
    let r = out.receipt.unwrap();
    assert_eq!((r.input_tokens, r.output_tokens, r.cost_usd), (10, 5, None));
}

#[test]
fn mid_stream_overloaded_error_event() {
    let mut s = setup();
    let server = FakeServer::start(vec![message(vec![
        vec![start(10)],
        text_block(0, &["Working on it"]),
        vec![("error", json!({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}))],
    ])]);
    let mut req = request(&s, ProviderKind::Anthropic, &server.url, "q");
    req.api_key = ApiKey::new("k");
    let mut events = Vec::new();
    let out = run_turn_blocking(
        &mut s.office,
        &req,
        &mut ScriptedTools::new(&s.desk),
        &mut |e| events.push(e),
        &CancelToken::new(),
    )
    .unwrap();
    assert_eq!(out.status, TurnStatus::Error);
    assert_eq!(out.error.unwrap().code, "provider_overloaded");
    assert_well_formed(&events);
}

#[test]
fn overloaded_inside_the_stream_before_any_output_is_retried() {
    let mut s = setup();
    let server = FakeServer::start(vec![
        message(vec![
            vec![start(10), ("ping", json!({"type": "ping"}))],
            vec![("error", json!({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}))],
        ]),
        message(vec![vec![start(10)], text_block(0, &["second try"]), end("end_turn", 3)]),
    ]);
    let mut req = request(&s, ProviderKind::Anthropic, &server.url, "q");
    req.api_key = ApiKey::new("k");
    let mut events = Vec::new();
    let out = run_turn_blocking(
        &mut s.office,
        &req,
        &mut ScriptedTools::new(&s.desk),
        &mut |e| events.push(e),
        &CancelToken::new(),
    )
    .unwrap();
    assert_eq!(out.status, TurnStatus::Complete, "{:?}", out.error);
    assert_eq!(text(&events), "second try");
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn status_529_is_retried_then_reported_and_401_is_not_retried() {
    let overloaded =
        Reply::json(529, json!({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}));
    let mut s = setup();
    let server = FakeServer::start(vec![overloaded.clone(), overloaded.clone(), overloaded.clone()]);
    let mut req = request(&s, ProviderKind::Anthropic, &server.url, "q");
    req.api_key = ApiKey::new("k");
    let out =
        run_turn_blocking(&mut s.office, &req, &mut ScriptedTools::new(&s.desk), &mut |_| {}, &CancelToken::new())
            .unwrap();
    assert_eq!(out.error.unwrap().code, "provider_overloaded");
    assert_eq!(server.requests().len(), 3, "first attempt + 2 retries");

    let server = FakeServer::start(vec![
        overloaded,
        message(vec![vec![start(1)], text_block(0, &["fine now"]), end("end_turn", 1)]),
    ]);
    let req2 = request(&s, ProviderKind::Anthropic, &server.url, "again");
    let mut req2 = req2;
    req2.api_key = ApiKey::new("k");
    let out =
        run_turn_blocking(&mut s.office, &req2, &mut ScriptedTools::new(&s.desk), &mut |_| {}, &CancelToken::new())
            .unwrap();
    assert_eq!(out.status, TurnStatus::Complete, "529 then success: {:?}", out.error);

    let server = FakeServer::start(vec![Reply::json(
        401,
        json!({"type": "error", "error": {"type": "authentication_error", "message": "invalid x-api-key"}}),
    )]);
    let mut req3 = request(&s, ProviderKind::Anthropic, &server.url, "q");
    req3.api_key = ApiKey::new("k");
    let out =
        run_turn_blocking(&mut s.office, &req3, &mut ScriptedTools::new(&s.desk), &mut |_| {}, &CancelToken::new())
            .unwrap();
    assert_eq!(out.error.unwrap().code, "auth_failed");
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn missing_key_is_an_error_event_not_a_request() {
    let mut s = setup();
    let server = FakeServer::start(vec![]);
    let req = request(&s, ProviderKind::Anthropic, &server.url, "q");
    let out =
        run_turn_blocking(&mut s.office, &req, &mut ScriptedTools::new(&s.desk), &mut |_| {}, &CancelToken::new())
            .unwrap();
    assert_eq!(out.error.unwrap().code, "missing_api_key");
    assert!(server.requests().is_empty());
}

#[test]
fn the_key_goes_only_to_the_provider_never_to_disk() {
    let mut s = setup();
    let key = "sk-ant-SECRET-never-on-disk-4242";
    let server = FakeServer::start(vec![
        message(vec![
            vec![start(5)],
            tool_block(0, "toolu_1", "write_file", &["{\"path\":\"report.md\",\"content\":\"# ok\"}"]),
            end("tool_use", 5),
        ]),
        message(vec![vec![start(5)], text_block(0, &["done"]), end("end_turn", 5)]),
    ]);
    let mut req = request(&s, ProviderKind::Anthropic, &server.url, "q");
    req.api_key = ApiKey::new(key);
    let out =
        run_turn_blocking(&mut s.office, &req, &mut ScriptedTools::new(&s.desk), &mut |_| {}, &CancelToken::new())
            .unwrap();
    assert_eq!(out.status, TurnStatus::Complete, "{:?}", out.error);
    assert!(server.requests().iter().all(|r| r.header("x-api-key") == Some(key)), "the provider got the key");
    assert!(!format!("{req:?}").contains(key), "Debug of a request hides the key");
    // Every file under the data dir (history DB, WAL, desks) is free of the key.
    drop(s.office);
    for entry in walk(s.dir.path()) {
        let bytes = std::fs::read(&entry).unwrap_or_default();
        assert!(!bytes.windows(key.len()).any(|w| w == key.as_bytes()), "{} contains the API key", entry.display());
    }
}

#[test]
fn a_redirect_is_not_followed_so_the_key_stays_with_the_provider() {
    let mut s = setup();
    let elsewhere = FakeServer::start(vec![]);
    let server = FakeServer::start(vec![
        Reply::json(307, json!({})).header("location", &format!("{}/v1/messages", elsewhere.url))
    ]);
    let mut req = request(&s, ProviderKind::Anthropic, &server.url, "q");
    req.api_key = ApiKey::new("sk-ant-redirected");
    let out =
        run_turn_blocking(&mut s.office, &req, &mut ScriptedTools::new(&s.desk), &mut |_| {}, &CancelToken::new())
            .unwrap();
    assert_eq!(out.error.unwrap().code, "provider_error");
    assert!(elsewhere.requests().is_empty(), "the other host never saw the request or its key");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    assert!(out.iter().any(|p| p.ends_with("history.sqlite3")), "the history DB is among the files checked");
    out
}
