//! The `openai` provider against fake OpenAI-compatible and Ollama servers.

use super::fake::*;
use desk_core::agent::{run_turn_blocking, ApiKey, CancelToken, ProviderKind, TurnStatus};
use desk_core::history::TurnItem;
use desk_core::snapshot::{ArtifactKind, Change};
use desk_core::wire::Event;
use serde_json::{json, Value};

fn chunk(delta: Value) -> Value {
    json!({"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
           "choices": [{"index": 0, "delta": delta, "finish_reason": null}]})
}

fn finish(reason: &str) -> Value {
    json!({"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
           "choices": [{"index": 0, "delta": {}, "finish_reason": reason}]})
}

fn usage(i: u64, o: u64) -> Value {
    json!({"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": [],
           "usage": {"prompt_tokens": i, "completion_tokens": o, "total_tokens": i + o}})
}

fn call(index: u64, id: &str, name: &str, args: &str) -> Value {
    chunk(json!({"tool_calls": [{"index": index, "id": id, "type": "function",
                                  "function": {"name": name, "arguments": args}}]}))
}

fn args(index: u64, args: &str) -> Value {
    chunk(json!({"tool_calls": [{"index": index, "function": {"arguments": args}}]}))
}

/// The scripted three-round conversation: query + chart, then the report, then the answer.
fn tool_loop_replies() -> Vec<Reply> {
    vec![
        Reply::openai(&[
            chunk(json!({"role": "assistant", "content": "Looking at revenue… "})),
            call(0, "call_sql", "sql", ""),
            args(0, "{\"query\": \"select store, "),
            call(1, "call_chart", "chart", "{\"path\": \"revenue"),
            args(0, "sum(revenue) from sales group by 1\"}"),
            args(1, "_by_store.png\", \"title\": \"Revenue by store\"}"),
            finish("tool_calls"),
            usage(100, 20),
        ])
        .prefixed(": keep-alive comment\n\n")
        .split(7),
        Reply::openai(&[
            call(0, "call_report", "write_file", ""),
            args(0, "{\"path\": \"report.md\", \"content\": \"# North leads: 1200 vs 800\\n\\n| store | revenue |\\n|---|---|\\n| North | 1200 |\\n| South | 800 |\\n\"}"),
            finish("tool_calls"),
            usage(200, 30),
        ])
        .split(5),
        Reply::openai(&[
            chunk(json!({"content": "North made 1200, South 800 ✓. "})),
            chunk(json!({"content": "See report.md and revenue_by_store.png."})),
            finish("stop"),
            usage(300, 40),
        ])
        .split(3),
    ]
}

#[test]
fn tool_loop_ends_with_chart_report_and_the_right_artifact_events() {
    let mut s = setup();
    let server = FakeServer::start(tool_loop_replies());
    let mut req = request(&s, ProviderKind::Openai, &format!("{}/v1", server.url), "Chart revenue by store");
    req.provider.model = Some("qwen2.5".into());
    req.api_key = ApiKey::new("sk-test-openai");
    let mut tools = ScriptedTools::new(&s.desk);
    let mut events = Vec::new();
    let out = run_turn_blocking(&mut s.office, &req, &mut tools, &mut |e| events.push(e), &CancelToken::new()).unwrap();

    assert_eq!(out.status, TurnStatus::Complete, "the turn completes: {:?}", out.error);
    assert_well_formed(&events);
    assert_eq!(
        text(&events),
        "Looking at revenue… North made 1200, South 800 ✓. See report.md and revenue_by_store.png.",
        "text split mid-UTF-8 arrives intact"
    );
    let tool_names: Vec<&str> = tools.calls.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(tool_names, ["sql", "chart", "write_file"]);
    assert_eq!(
        tools.calls[0].1,
        json!({"query": "select store, sum(revenue) from sales group by 1"}),
        "deltas merged by index"
    );

    // Artifacts: the chart right after the chart tool's result, the report after write_file; never the input.
    let k = kinds(&events);
    let arts: Vec<(usize, String, ArtifactKind, Change)> = events
        .iter()
        .enumerate()
        .filter_map(|(i, e)| match e {
            Event::ArtifactUpdate(u) => Some((i, u.path.clone(), u.kind, u.change)),
            _ => None,
        })
        .collect();
    assert_eq!(arts.len(), 2, "two artifacts announced: {arts:?}");
    assert_eq!(
        (arts[0].1.as_str(), arts[0].2, arts[0].3),
        ("revenue_by_store.png", ArtifactKind::Image, Change::Added)
    );
    assert_eq!((arts[1].1.as_str(), arts[1].2, arts[1].3), ("report.md", ArtifactKind::Markdown, Change::Added));
    assert_eq!(k[arts[0].0 - 1], "tool_result", "the chart is announced right after its tool result");
    assert_eq!(k[arts[1].0 - 1], "tool_result", "the report is announced right after its tool result");
    assert!(s.desk.join("report.md").is_file() && s.desk.join("revenue_by_store.png").is_file());

    let Some(Event::Complete { receipt }) = events.last() else { panic!("complete last") };
    assert_eq!((receipt.turns, receipt.input_tokens, receipt.output_tokens), (3, 600, 90), "usage summed over rounds");
    assert_eq!(receipt.cost_usd, Some(0.0), "a model on 127.0.0.1 costs nothing");
    assert_eq!(receipt.model.as_deref(), Some("qwen2.5"));

    // Requests: the endpoint, the key only as a bearer token, usage asked for, tools offered, invariant held.
    let reqs = server.chats();
    assert_eq!(reqs.len(), 3);
    assert_openai_invariant(&reqs);
    for r in &reqs {
        assert_eq!(r.path, "/v1/chat/completions");
        assert_eq!(r.header("authorization"), Some("Bearer sk-test-openai"));
        assert_eq!(r.body["stream"], true);
        assert_eq!(r.body["stream_options"]["include_usage"], true);
        let tools: Vec<&str> =
            r.body["tools"].as_array().unwrap().iter().map(|t| t["function"]["name"].as_str().unwrap()).collect();
        assert_eq!(tools, ["sql", "chart", "write_file", "finish_report"], "the toolbox's tools and finish_report");
        assert_eq!(r.body["messages"][0]["role"], "system");
        let sys = r.body["messages"][0]["content"].as_str().unwrap();
        assert!(sys.contains("report.md") && sys.contains("Table sales"), "house rules and desk context sent");
    }
    let last = &reqs[2].body["messages"];
    assert_eq!(
        last.as_array().unwrap().len(),
        1 + 1 + (1 + 2) + (1 + 1),
        "system, user, assistant + 2 tools, assistant + 1 tool"
    );

    // History: one turn, complete, every call answered, artifacts recorded, events replayable.
    let id = s.office.resolve(&s.id).unwrap();
    let turns = s.office.turns(&id).unwrap();
    assert_eq!(turns.len(), 1);
    assert_eq!(turns[0].status, "complete");
    let calls: Vec<_> = turns[0].items.iter().filter(|i| matches!(i, TurnItem::ToolCall { .. })).collect();
    assert_eq!(calls.len(), 3);
    assert!(calls.iter().all(|c| matches!(c, TurnItem::ToolCall { ok: Some(true), .. })), "all answered ok");
    let arts = s.office.history().artifacts(&id).unwrap();
    let mut paths: Vec<&str> = arts.iter().map(|a| a.path.as_str()).collect();
    paths.sort_unstable();
    assert_eq!(paths, ["report.md", "revenue_by_store.png"]);
    let replay = s.office.history().events(&id, 1).unwrap();
    assert_eq!(replay.first().unwrap()["type"], "session_start");
    assert_eq!(replay.last().unwrap()["type"], "complete");
    let replay_text: String =
        replay.iter().filter(|e| e["type"] == "text_delta").filter_map(|e| e["text"].as_str()).collect();
    assert_eq!(replay_text, text(&events), "history replays the same text, coalesced");
    assert!(replay.len() < events.len(), "text deltas are coalesced in history");
}

#[test]
fn ollama_variant_whole_calls_and_stop_without_done() {
    let mut s = setup();
    // Ollama: whole tool calls in one chunk, several under index 0, finish_reason "stop", usage last.
    let body1 = [
        chunk(json!({"role": "assistant", "content": "", "tool_calls": [
            {"id": "call_a1", "index": 0, "type": "function", "function": {"name": "sql", "arguments": "{\"query\":\"select 1\"}"}}]})),
        chunk(json!({"role": "assistant", "content": "", "tool_calls": [
            {"id": "call_b2", "index": 0, "type": "function", "function": {"name": "chart", "arguments": "{\"path\":\"c.png\"}"}}]})),
        finish("stop"),
        usage(10, 5),
    ]
    .iter()
    .map(|c| format!("data: {c}\n\n"))
    .collect::<String>();
    let server = FakeServer::start(vec![
        Reply::body(200, "text/event-stream", body1.as_bytes()).split(11),
        Reply::openai(&[chunk(json!({"role": "assistant", "content": "Done."})), finish("stop"), usage(20, 2)]),
    ]);
    let req = request(&s, ProviderKind::Openai, &format!("{}/v1/", server.url), "q");
    let mut tools = ScriptedTools::new(&s.desk);
    let mut events = Vec::new();
    let out = run_turn_blocking(&mut s.office, &req, &mut tools, &mut |e| events.push(e), &CancelToken::new()).unwrap();
    assert_eq!(out.status, TurnStatus::Complete, "{:?}", out.error);
    assert_well_formed(&events);
    assert_eq!(tools.calls.len(), 2, "both calls under index 0 ran");
    let reqs = server.chats();
    assert_eq!(reqs.len(), 2);
    assert!(reqs.iter().all(|r| r.header("authorization").is_none()), "no key, no authorization header");
    assert_openai_invariant(&reqs);
    let receipt = out.receipt.unwrap();
    assert_eq!((receipt.input_tokens, receipt.output_tokens), (30, 7));
    assert_eq!(receipt.model.as_deref(), Some(desk_core::agent::openai::DEFAULT_MODEL));
}

#[test]
fn plain_json_answer_to_a_streamed_request_is_accepted() {
    let mut s = setup();
    let server = FakeServer::start(vec![Reply::json(
        200,
        json!({"choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello."}, "finish_reason": "stop"}],
               "usage": {"prompt_tokens": 3, "completion_tokens": 1}}),
    )]);
    let req = request(&s, ProviderKind::Openai, &server.url, "hi");
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
    assert_eq!(text(&events), "Hello.");
}

#[test]
fn http_errors_map_to_codes_a_ui_can_act_on() {
    let cases = [
        (Reply::json(401, json!({"error": {"message": "Incorrect API key provided: sk-bad"}})), "auth_failed", 1),
        (Reply::json(404, json!({"error": "model \"nope\" not found, try pulling it first"})), "model_not_found", 1),
        (
            Reply::json(400, json!({"error": {"message": "This model's maximum context length is 8192 tokens"}})),
            "context_too_long",
            1,
        ),
        (Reply::json(500, json!({"error": {"message": "boom"}})), "provider_error", 3),
        (Reply::json(429, json!({"error": {"message": "slow down"}})), "rate_limited", 3),
    ];
    for (reply, code, attempts) in cases {
        let mut s = setup();
        let server = FakeServer::start(vec![reply.clone(), reply.clone(), reply]);
        let mut req = request(&s, ProviderKind::Openai, &server.url, "q");
        req.api_key = ApiKey::new("sk-bad");
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
        assert_eq!(out.error.as_ref().unwrap().code, code);
        assert!(!out.error.as_ref().unwrap().message.contains("sk-bad"), "the key is redacted from messages");
        assert_well_formed(&events);
        assert_eq!(server.chats().len(), attempts, "{code}: retried only when it can help");
        let id = s.office.resolve(&s.id).unwrap();
        let t = &s.office.turns(&id).unwrap()[0];
        assert_eq!(t.status, "error");
        assert_eq!(t.error.as_ref().unwrap()["code"], code);
    }
}

#[test]
fn rate_limit_then_success_is_retried() {
    let mut s = setup();
    let server = FakeServer::start(vec![
        Reply::json(429, json!({"error": {"message": "rate limited"}})).header("retry-after", "0"),
        Reply::json(503, json!({"error": {"message": "loading model"}})),
        Reply::openai(&[chunk(json!({"content": "ok"})), finish("stop")]),
    ]);
    let req = request(&s, ProviderKind::Openai, &server.url, "q");
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
    assert_eq!(server.chats().len(), 3);
    assert_eq!(text(&events), "ok");
}

#[test]
fn nothing_listening_is_provider_unreachable() {
    let mut s = setup();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let req = request(&s, ProviderKind::Openai, &format!("http://127.0.0.1:{port}/v1"), "q");
    let out =
        run_turn_blocking(&mut s.office, &req, &mut ScriptedTools::new(&s.desk), &mut |_| {}, &CancelToken::new())
            .unwrap();
    assert_eq!(out.error.unwrap().code, "provider_unreachable");
}

#[test]
fn mid_stream_error_chunk_ends_the_turn_and_keeps_the_partial_text() {
    let mut s = setup();
    let server = FakeServer::start(vec![Reply::body(
        200,
        "text/event-stream",
        format!(
            "data: {}\n\ndata: {}\n\n",
            chunk(json!({"content": "Partial answer"})),
            json!({"error": {"message": "server had an error", "type": "server_error"}})
        )
        .as_bytes(),
    )]);
    let req = request(&s, ProviderKind::Openai, &server.url, "q");
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
    assert_eq!(out.error.unwrap().code, "provider_error");
    assert_well_formed(&events);
    let id = s.office.resolve(&s.id).unwrap();
    let t = &s.office.turns(&id).unwrap()[0];
    assert!(
        t.items.iter().any(|i| matches!(i, TurnItem::Message { role, content, .. } if role == "assistant" && content == "Partial answer")),
        "what the person saw is kept in history"
    );
}
