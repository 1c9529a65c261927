//! Local model servers as a small model meets them, against fakes that learned each server's quirks, with
//! the real toolbox on the sample data: the plan path (a small model that only ever writes JSON), the
//! prompt budget against a server with a 4k window that drops the front of a long prompt, text-form tool
//! calls, `finish_reason: length`, errors inside the stream, 503 while the model loads, no usage reported,
//! tool refusals, Ollama's native API, and what "Test connection" finds.

use super::fake::*;
use desk_core::agent::probe::probe_blocking;
use desk_core::agent::{
    run_turn_blocking, AnalysisMode, CancelToken, ProviderKind, ProviderSettings, RetryPolicy, TurnOutcome,
    TurnRequest, TurnStatus,
};
use desk_core::analyst::tool::WithAnalyze;
use desk_core::office::Office;
use desk_core::tools::Toolbox;
use desk_core::wire::Event;
use serde_json::{json, Value};
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

struct Sample {
    _dir: tempfile::TempDir,
    office: Office,
    id: String,
    desk: PathBuf,
}

/// A conversation whose desk holds the sample business (orders, customers, products, stores).
fn sample() -> Sample {
    let dir = tempfile::tempdir().unwrap();
    let mut office = Office::open(&dir.path().join("data")).unwrap();
    let c = office.new_conversation(Some("local models")).unwrap();
    let id = office.resolve(&c.id).unwrap();
    office.import_sample(&id).unwrap();
    let desk = office.desk_dir(&id).unwrap();
    Sample { _dir: dir, office, id: c.id, desk }
}

fn ask(s: &Sample, url: &str, question: &str, mode: AnalysisMode) -> TurnRequest {
    let settings = ProviderSettings {
        kind: ProviderKind::Openai,
        model: Some("qwen2.5:7b".into()),
        base_url: Some(url.to_string()),
        mode,
        context_length: None,
    };
    let mut r = TurnRequest::new(&s.id, question, settings);
    r.retry = RetryPolicy {
        max_retries: 2,
        base_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(5),
        idle_timeout: Duration::from_secs(10),
        connect_timeout: Duration::from_secs(2),
        load_wait: Duration::from_secs(5),
        load_poll: Duration::from_millis(20),
    };
    r
}

impl Sample {
    /// One turn with the real toolbox (the `analyze` tool over the desk's own tools).
    fn run(&mut self, req: &TurnRequest) -> (TurnOutcome, Vec<Event>) {
        let id = self.office.resolve(&self.id).unwrap();
        let inputs = self.office.input_names(&id).unwrap();
        let mut tools = WithAnalyze::new(Toolbox::new(self.desk.clone(), inputs), self.desk.clone());
        let mut events = Vec::new();
        let out =
            run_turn_blocking(&mut self.office, req, &mut tools, &mut |e| events.push(e), &CancelToken::new()).unwrap();
        assert_well_formed(&events);
        (out, events)
    }
}

fn report(s: &Sample) -> String {
    std::fs::read_to_string(s.desk.join("report.md")).unwrap_or_default()
}

/// (name, ok) of every tool call of a turn, in order.
fn tool_calls(events: &[Event]) -> Vec<(String, bool)> {
    let mut names = std::collections::HashMap::new();
    let mut out = Vec::new();
    for e in events {
        match e {
            Event::ToolStart { id, name, .. } => {
                names.insert(id.clone(), name.clone());
            }
            Event::ToolResult { id, ok, .. } => out.push((names[id].clone(), *ok)),
            _ => {}
        }
    }
    out
}

fn budgets(events: &[Event]) -> Vec<desk_core::wire::PromptBudget> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::PromptBudget(b) => Some(b.clone()),
            _ => None,
        })
        .collect()
}

fn statuses(events: &[Event]) -> Vec<String> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Status { message } => Some(message.clone()),
            _ => None,
        })
        .collect()
}

fn receipt(events: &[Event]) -> desk_core::wire::Receipt {
    match events.last() {
        Some(Event::Complete { receipt }) => receipt.clone(),
        other => panic!("the turn did not complete: {other:?}"),
    }
}

// ---- what fake servers say ----

fn delta(content: &str) -> Value {
    json!({"choices": [{"index": 0, "delta": {"content": content}, "finish_reason": null}]})
}

fn stop(reason: &str, usage: Option<(u64, u64)>) -> Value {
    let mut v = json!({"choices": [{"index": 0, "delta": {}, "finish_reason": reason}]});
    if let Some((i, o)) = usage {
        v["usage"] = json!({"prompt_tokens": i, "completion_tokens": o, "total_tokens": i + o});
    }
    v
}

/// An OpenAI-compatible streamed answer of plain text.
fn text_reply(text: &str, usage: Option<(u64, u64)>) -> Reply {
    Reply::openai(&[delta(text), stop("stop", usage)])
}

/// A structured tool call in OpenAI's stream format.
fn call_reply(id: &str, name: &str, args: Value) -> Reply {
    Reply::openai(&[
        json!({"choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "id": id, "type": "function",
               "function": {"name": name, "arguments": args.to_string()}}]}, "finish_reason": null}]}),
        stop("tool_calls", Some((7_000, 40))),
    ])
}

/// Ollama's native stream: newline-delimited JSON.
fn ndjson(lines: &[Value]) -> Reply {
    let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
    Reply::body(200, "application/x-ndjson", body.as_bytes())
}

fn ollama_answer(content: &str) -> Reply {
    ndjson(&[
        json!({"model": "m", "message": {"role": "assistant", "content": content}, "done": false}),
        json!({"model": "m", "message": {"role": "assistant", "content": ""}, "done": true, "done_reason": "stop",
               "prompt_eval_count": 1_500, "eval_count": 90}),
    ])
}

/// A fake Ollama: its version, and a model that takes tools and 128k tokens.
fn ollama(server: FakeServer, parameter_size: &str, capabilities: Option<Value>) -> FakeServer {
    let mut show = json!({
        "details": {"family": "qwen2", "parameter_size": parameter_size},
        "model_info": {"general.architecture": "qwen2", "qwen2.context_length": 131_072},
        "parameters": "temperature 0.7"
    });
    if let Some(c) = capabilities {
        show["capabilities"] = c;
    }
    server
        .route("/api/version", Reply::json(200, json!({"version": "0.9.0"})))
        .route("/api/show", Reply::json(200, show))
}

/// The schema a structured request asked for (Ollama's `format`, OpenAI's `response_format`).
fn asked_schema(r: &Recorded) -> Option<Value> {
    r.body.get("format").cloned().or_else(|| r.body.pointer("/response_format/json_schema/schema").cloned())
}

fn last_user(r: &Recorded) -> String {
    let msgs = r.body["messages"].as_array().cloned().unwrap_or_default();
    msgs.iter().rev().find(|m| m["role"] == "user").and_then(|m| m["content"].as_str()).unwrap_or("").to_string()
}

/// A small model that only ever writes JSON: the next plan of `plans` when asked for a plan; for the
/// words, a headline built from the first ranked row of the result it was given, one point with no
/// number, and one with a figure it made up.
fn small_model(plans: Vec<String>, native: bool) -> impl Fn(&Recorded) -> Reply + Send + Sync + 'static {
    let plans = Arc::new(Mutex::new(VecDeque::from(plans)));
    move |r: &Recorded| {
        if r.method == "GET" {
            return not_found();
        }
        let schema = asked_schema(r).expect("every request of the plan path asks for structured output");
        let text = if schema["properties"].get("operation").is_some() {
            plans.lock().unwrap().pop_front().expect("a plan left in the script")
        } else {
            let result = last_user(r);
            let row = result.lines().find(|l| l.starts_with("| 1 |")).expect("the result's first ranked row");
            let cells: Vec<&str> = row.trim_matches('|').split('|').map(str::trim).collect();
            json!({
                "headline": format!("{} led 2025 with {} in revenue.", cells[1], cells[2]),
                "points": ["The leader is clearly ahead of the rest.", "It earned 999,999.99 more than the others."]
            })
            .to_string()
        };
        if native {
            ollama_answer(&text)
        } else {
            text_reply(&text, Some((1_200, 80)))
        }
    }
}

const TOP3: &str = "Which were the top 3 products by revenue in 2025?";

fn top3_plan() -> String {
    json!({"table": "orders", "measures": [{"agg": "sum", "column": "revenue"}],
           "period": {"from": "2025", "to": "2025"}, "group_by": [{"column": "products.product"}],
           "operation": {"kind": "rank", "order": "desc", "n": 3}})
    .to_string()
}

/// The top 3 by hand-written SQL on the desk: (product, revenue).
fn top3_by_hand(s: &Sample) -> Vec<(String, f64)> {
    let q = "SELECT p.product, SUM(o.revenue) FROM orders o JOIN products p ON p.product_id = o.product_id \
             WHERE o.order_date BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY p.product ORDER BY 2 DESC LIMIT 3";
    let r = desk_core::tools::sql::query_desk(&s.desk, q, desk_core::tools::sql::SqlLimits::default()).unwrap();
    r.rows.iter().map(|row| (row[0].as_str().unwrap().to_string(), row[1].as_f64().unwrap())).collect()
}

/// The report's ranked rows: (product, revenue as written, parsed).
fn ranked_rows(md: &str) -> Vec<(String, f64)> {
    md.lines()
        .filter(|l| l.starts_with("| 1 |") || l.starts_with("| 2 |") || l.starts_with("| 3 |"))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
            (cells[1].to_string(), cells[2].replace(',', "").trim_start_matches('$').parse().unwrap())
        })
        .collect()
}

// ---- the plan path ----

#[test]
fn a_small_model_on_ollama_fills_the_plan_and_the_report_holds_exact_figures() {
    let mut s = sample();
    let server = ollama(
        FakeServer::with_handler(small_model(vec![top3_plan()], true)),
        "7.6B",
        Some(json!(["completion", "tools"])),
    );
    let (out, events) = s.run(&ask(&s, &format!("{}/v1", server.url), TOP3, AnalysisMode::Auto));
    assert_eq!(out.status, TurnStatus::Complete, "{:?}", out.error);

    // The figures in report.md are the hand-written SQL's, row for row.
    let md = report(&s);
    let by_hand = top3_by_hand(&s);
    let rows = ranked_rows(&md);
    assert_eq!(rows.len(), 3, "three ranked rows in\n{md}");
    for ((p, v), (hp, hv)) in rows.iter().zip(&by_hand) {
        assert_eq!(p, hp, "the same product at the same rank");
        assert!((v - hv).abs() < 0.006, "{p}: report {v} vs SQL {hv}");
    }
    // The model's words: its headline (its figure is in the result), the point without a number; the
    // point with an invented figure is left out, and the reply says so.
    let leader = desk_core::tools::sql::thousands(by_hand[0].1, 2);
    let headline = format!("# {} led 2025 with {leader} in revenue.\n", by_hand[0].0);
    assert!(md.starts_with(&headline), "the model's headline, its figure the computed one:\n{md}");
    assert!(md.contains("- The leader is clearly ahead of the rest."), "{md}");
    assert!(!md.contains("999,999.99"), "a sentence with a made-up figure never reaches the report:\n{md}");
    assert!(md.contains("## Appendix: the SQL") && md.contains("Read as:"), "{md}");
    let said = text(&events);
    assert!(said.contains("1 of the model's sentences left out"), "{said}");
    assert!(said.starts_with("Tool Chest led 2025"), "the answer first: {said}");

    // The work shows as tool calls: the plan through analyze, then the report.
    assert_eq!(tool_calls(&events), [("analyze".to_string(), true), ("write_file".to_string(), true)]);
    // Ollama's native API with the window set by the app, the model kept loaded, thinking untouched.
    let chats = server.chats();
    assert_eq!(chats.len(), 2, "a plan, then the words");
    for c in &chats {
        assert_eq!(c.path, "/api/chat");
        assert_eq!(c.body["options"]["num_ctx"], 8_192);
        assert_eq!(c.body["keep_alive"], "30m");
        assert!(c.body.get("tools").is_none(), "the plan path offers no tools");
    }
    assert_eq!(chats[0].body["options"]["temperature"], 0.0);
    assert!(chats[0].body["messages"][0]["content"].as_str().unwrap().contains("region text [category] = "));
    let b = budgets(&events);
    assert_eq!(b.len(), 2);
    assert_eq!((b[0].mode.as_str(), b[0].context_tokens, b[0].parts.tools), ("plan", Some(8_192), 0));
    assert_eq!(b[0].context_source, "Ollama num_ctx, set by the app");
    assert!(b[0].prompt_tokens + b[0].output_tokens < 8_192, "{:?}", b[0]);
    let r = receipt(&events);
    assert_eq!((r.input_tokens, r.output_tokens, r.tokens_reported), (3_000, 180, true));
}

#[test]
fn a_malformed_plan_gets_the_compilers_words_and_the_corrected_one_runs() {
    let mut s = sample();
    let bad = json!({"table": "orders", "measures": [{"agg": "sum", "column": "amount"}],
                     "operation": {"kind": "rank", "n": 3}, "group_by": [{"column": "products.product"}]})
    .to_string();
    let server = FakeServer::with_handler(small_model(vec![bad, top3_plan()], false)).route(
        "/props",
        Reply::json(200, json!({"default_generation_settings": {"n_ctx": 8_192}, "model_path": "m.gguf"})),
    );
    let (out, events) = s.run(&ask(&s, &server.url, TOP3, AnalysisMode::Plan));
    assert_eq!(out.status, TurnStatus::Complete, "{:?}", out.error);
    let calls = tool_calls(&events);
    assert_eq!(calls[0], ("analyze".to_string(), false), "the first plan fails to bind");
    assert_eq!(calls[1], ("analyze".to_string(), true), "the corrected plan runs");
    let chats = server.chats();
    assert_eq!(chats.len(), 3, "plan, corrected plan, words");
    let correction = last_user(&chats[1]);
    assert!(correction.contains("amount") && correction.contains("Write the corrected plan"), "{correction}");
    // llama-server: response_format with the schema, max_tokens (its default is unlimited), temperature 0.
    let b = &chats[0].body;
    assert_eq!(b["response_format"]["type"], "json_schema");
    assert!(b["response_format"]["json_schema"]["schema"]["properties"]["operation"].is_object());
    assert!(b["max_tokens"].as_u64().unwrap() <= 2_048 && b.get("max_completion_tokens").is_none(), "{b}");
    assert_eq!(b["temperature"], 0.0);
    assert_eq!(ranked_rows(&report(&s)).len(), 3);
}

#[test]
fn a_plan_that_never_fits_ends_with_a_clear_error_and_no_crash() {
    let mut s = sample();
    let plans = vec![
        "I think revenue is about 100k.".to_string(),
        json!({"operation": {"kind": "sum"}}).to_string(),
        json!({"measures": [{"agg": "sum", "column": "profit"}], "operation": {"kind": "total"}}).to_string(),
    ];
    let server = FakeServer::with_handler(small_model(plans, false));
    let (out, events) = s.run(&ask(&s, &server.url, "What is the total profit?", AnalysisMode::Plan));
    assert_eq!(out.status, TurnStatus::Error);
    let e = out.error.unwrap();
    assert_eq!(e.code, "plan_failed");
    assert!(
        e.message.contains("profit") && e.message.contains("tool-calling mode"),
        "says what and what to do: {}",
        e.message
    );
    assert_eq!(server.chats().len(), 3, "three attempts, then it stops");
    let second = last_user(&server.chats()[1]);
    assert!(second.contains("was not a JSON object"), "{second}");
    assert!(!s.desk.join("report.md").exists(), "no report from a failed plan");
    assert!(tool_calls(&events).iter().all(|(n, ok)| n == "analyze" && !ok));
}

#[test]
fn a_plan_cut_at_the_output_limit_is_asked_again() {
    let mut s = sample();
    let n = Arc::new(Mutex::new(0));
    let plan = top3_plan();
    let server = FakeServer::with_handler(move |r: &Recorded| {
        if r.method == "GET" {
            return not_found();
        }
        let mut k = n.lock().unwrap();
        *k += 1;
        match *k {
            1 => Reply::openai(&[
                delta("{\"table\": \"orders\", \"measures\": [{\"agg\": \"su"),
                stop("length", Some((900, 1_024))),
            ]),
            2 => {
                assert!(last_user(r).contains("cut off at the output limit"), "{}", last_user(r));
                text_reply(&plan, Some((950, 60)))
            }
            _ => text_reply("{\"headline\": \"\", \"points\": []}", Some((500, 10))),
        }
    });
    let (out, _) = s.run(&ask(&s, &server.url, TOP3, AnalysisMode::Plan));
    assert_eq!(out.status, TurnStatus::Complete, "{:?}", out.error);
    assert!(report(&s).starts_with("# The top 3 products"), "the compiler's headline stands in for an empty one");
}

#[test]
fn a_desk_without_tables_is_told_so_without_asking_the_model() {
    let dir = tempfile::tempdir().unwrap();
    let mut office = Office::open(&dir.path().join("data")).unwrap();
    let c = office.new_conversation(None).unwrap();
    let desk = office.desk_dir(&office.resolve(&c.id).unwrap()).unwrap();
    let mut s = Sample { _dir: dir, office, id: c.id, desk };
    let server = FakeServer::with_handler(small_model(vec![], false));
    let (out, events) = s.run(&ask(&s, &server.url, TOP3, AnalysisMode::Plan));
    assert_eq!(out.status, TurnStatus::Complete);
    assert!(text(&events).contains("no tables yet"), "{}", text(&events));
    assert!(server.chats().is_empty(), "no model was asked");
}

// ---- tool calling with a small model ----

#[test]
fn tool_calls_written_as_text_run_and_finish_report_writes_the_tables() {
    let mut s = sample();
    let query = "SELECT region, COUNT(*) AS customers FROM customers GROUP BY region ORDER BY region";
    let server = FakeServer::start(vec![
        text_reply(
            &format!("<tool_call>\n{}\n</tool_call>", json!({"name": "sql", "arguments": {"query": query}})),
            Some((7_000, 30)),
        ),
        text_reply(
            &json!({"name": "finish_report", "arguments": {"headline": "Each region has 15 customers.",
                     "interpretation": "- The four regions are even.\n- No region lacks customers."}})
            .to_string(),
            Some((7_300, 50)),
        ),
    ]);
    let mut req = ask(&s, &server.url, "How many customers per region?", AnalysisMode::Tools);
    req.provider.context_length = Some(32_768);
    let (out, events) = s.run(&req);
    assert_eq!(out.status, TurnStatus::Complete, "{:?}", out.error);
    assert_eq!(tool_calls(&events), [("sql".to_string(), true), ("finish_report".to_string(), true)]);
    let said = text(&events);
    assert!(!said.contains("tool_call") && !said.contains("{\""), "no raw call text reaches the person: {said}");
    assert!(said.contains("Each region has 15 customers."), "{said}");
    let md = report(&s);
    for part in
        ["# Each region has 15 customers.", "| East | 15 |", "| West | 15 |", "- The four regions are even.", query]
    {
        assert!(md.contains(part), "missing {part:?} in\n{md}");
    }
    let chats = server.chats();
    assert_eq!(chats.len(), 2, "finish_report ends the turn");
    assert_openai_invariant(&chats);
    let msgs = chats[1].body["messages"].as_array().unwrap();
    let assistant = &msgs[msgs.len() - 2];
    assert_eq!(assistant["tool_calls"][0]["function"]["name"], "sql", "the text call went back as a real call");
    assert!(assistant.get("content").is_none(), "no content: null on a tool-only message: {assistant}");
    assert_eq!(chats[0].body["temperature"], 0.2);
    assert!(chats[0].body["max_tokens"].is_number());
}

#[test]
fn a_turn_that_computed_but_wrote_no_report_is_nudged_once() {
    let mut s = sample();
    let server = FakeServer::start(vec![
        call_reply("c1", "sql", json!({"query": "SELECT COUNT(*) AS orders FROM orders"})),
        text_reply("There are 3,004 orders.", Some((7_100, 10))),
        call_reply(
            "c2",
            "finish_report",
            json!({"headline": "There are 3,004 orders.", "interpretation": "All years together."}),
        ),
    ]);
    let mut req = ask(&s, &server.url, "How many orders?", AnalysisMode::Tools);
    req.provider.context_length = Some(32_768);
    let (out, _) = s.run(&req);
    assert_eq!(out.status, TurnStatus::Complete, "{:?}", out.error);
    let chats = server.chats();
    assert_eq!(chats.len(), 3);
    assert!(last_user(&chats[2]).contains("Call finish_report now"), "{}", last_user(&chats[2]));
    assert!(report(&s).contains("| 3004 |"), "{}", report(&s));
}

#[test]
fn an_answer_cut_at_the_output_limit_says_so() {
    let mut s = sample();
    let server =
        FakeServer::start(vec![Reply::openai(&[delta("The total revenue is"), stop("length", Some((7_000, 4_096)))])]);
    let mut req = ask(&s, &server.url, "Total revenue?", AnalysisMode::Tools);
    req.provider.context_length = Some(32_768);
    let (out, events) = s.run(&req);
    assert_eq!(out.status, TurnStatus::Complete);
    assert!(
        text(&events).ends_with("(The answer was cut off: the model reached its output limit of 4096 tokens.)"),
        "{}",
        text(&events)
    );
}

#[test]
fn errors_in_an_sse_error_field_end_the_turn_in_plain_words() {
    for (error, code, words) in [
        (
            json!({"code": 400, "message": "the request exceeds the available context size, try increasing it", "type": "exceed_context_size_error"}),
            "context_too_long",
            "context length in Settings",
        ),
        (
            json!({"code": 500, "message": "CUDA out of memory", "type": "server_error"}),
            "provider_error",
            "CUDA out of memory",
        ),
    ] {
        let mut s = sample();
        let body = format!("data: {}\n\nerror: {error}\n\n", delta("Partial"));
        let server = FakeServer::start(vec![Reply::body(200, "text/event-stream", body.as_bytes())]);
        let mut req = ask(&s, &server.url, "q", AnalysisMode::Tools);
        req.provider.context_length = Some(32_768);
        let (out, _) = s.run(&req);
        assert_eq!(out.status, TurnStatus::Error, "an error field is not an empty success");
        let e = out.error.unwrap();
        assert_eq!(e.code, code);
        assert!(e.message.contains(words), "{}", e.message);
    }
}

#[test]
fn a_loading_model_is_waited_for_with_progress_then_given_up_on() {
    let loading =
        || Reply::json(503, json!({"error": {"code": 503, "message": "Loading model", "type": "unavailable_error"}}));
    let mut s = sample();
    let server = FakeServer::start(vec![loading(), loading(), loading(), loading(), text_reply("Ready.", None)]);
    let mut req = ask(&s, &server.url, "q", AnalysisMode::Tools);
    req.provider.context_length = Some(32_768);
    let (out, events) = s.run(&req);
    assert_eq!(out.status, TurnStatus::Complete, "four 503s outlast the 2 ordinary retries: {:?}", out.error);
    assert_eq!(text(&events), "Ready.");
    let st = statuses(&events);
    assert_eq!(st.len(), 4, "{st:?}");
    assert!(st.iter().all(|m| m.starts_with("loading the model… ")), "{st:?}");
    let id = s.office.resolve(&s.id).unwrap();
    let stored = s.office.history().events(&id, 1).unwrap();
    assert!(stored.iter().all(|e| e["type"] != "status"), "progress is not kept in history");

    let mut s = sample();
    let server = FakeServer::start((0..200).map(|_| loading()).collect());
    let mut req = ask(&s, &server.url, "q", AnalysisMode::Tools);
    req.retry.load_wait = Duration::from_millis(200);
    let (out, _) = s.run(&req);
    let e = out.error.unwrap();
    assert_eq!(e.code, "model_loading");
    assert!(e.message.contains("still loading the model"), "{}", e.message);
}

#[test]
fn a_server_that_reports_no_usage_gets_a_receipt_that_says_so() {
    let mut s = sample();
    let server = FakeServer::start(vec![text_reply("Hello.", None)]);
    let mut req = ask(&s, &server.url, "hi", AnalysisMode::Tools);
    req.provider.context_length = Some(32_768);
    let (_, events) = s.run(&req);
    let r = receipt(&events);
    assert_eq!((r.input_tokens, r.tokens_reported), (0, false));
    let mut s = sample();
    let server = FakeServer::start(vec![text_reply("Hello.", Some((7_000, 2)))]);
    let (_, events) = s.run(&{
        let mut r = ask(&s, &server.url, "hi", AnalysisMode::Tools);
        r.provider.context_length = Some(32_768);
        r
    });
    assert!(receipt(&events).tokens_reported);
}

#[test]
fn a_refusal_of_tools_is_named_and_auto_falls_back_to_the_plan() {
    let refusal = "\"auto\" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set";
    let mut s = sample();
    let server = FakeServer::start(vec![Reply::json(400, json!({"object": "error", "message": refusal, "code": 400}))]);
    let mut req = ask(&s, &server.url, "q", AnalysisMode::Tools);
    req.provider.context_length = Some(32_768);
    let (out, _) = s.run(&req);
    let e = out.error.unwrap();
    assert_eq!(e.code, "tools_unsupported");
    assert!(
        e.message.contains("--enable-auto-tool-choice") && e.message.contains("analysis-plan mode"),
        "{}",
        e.message
    );

    // A large model on an older Ollama (no capabilities listed): auto tries tools, Ollama refuses, the plan answers.
    let mut s = sample();
    let plans = Arc::new(Mutex::new(0));
    let inner = small_model(vec![top3_plan()], true);
    let server = ollama(
        FakeServer::with_handler(move |r: &Recorded| {
            if r.body.get("tools").is_some() {
                *plans.lock().unwrap() += 1;
                return Reply::json(
                    400,
                    json!({"error": "registry.ollama.ai/library/bigmodel:70b does not support tools"}),
                );
            }
            inner(r)
        }),
        "70B",
        None,
    );
    let (out, events) = s.run(&ask(&s, &server.url, TOP3, AnalysisMode::Auto));
    assert_eq!(out.status, TurnStatus::Complete, "{:?}", out.error);
    assert!(
        statuses(&events).iter().any(|m| m.contains("answering through the analysis plan")),
        "{:?}",
        statuses(&events)
    );
    assert_eq!(ranked_rows(&report(&s)).len(), 3);
    assert_eq!(server.chats()[0].body["options"]["num_ctx"], 16_384, "tools were tried with the tool-calling window");
}

#[test]
fn ollama_native_tool_calling_sets_the_window_and_names_tool_results() {
    let mut s = sample();
    let server = ollama(
        FakeServer::start(vec![
            ndjson(&[
                json!({"message": {"role": "assistant", "content": "", "tool_calls": [{"function": {"name": "sql",
                       "arguments": {"query": "SELECT COUNT(*) AS n FROM stores"}}}]}, "done": false}),
                json!({"message": {"role": "assistant", "content": ""}, "done": true, "done_reason": "stop",
                       "prompt_eval_count": 2_500, "eval_count": 20}),
            ]),
            ndjson(&[
                json!({"message": {"role": "assistant", "content": "", "tool_calls": [{"function": {"name": "finish_report",
                       "arguments": {"headline": "There are 5 stores.", "interpretation": "Five in all."}}}]}, "done": false}),
                json!({"done": true, "done_reason": "stop", "prompt_eval_count": 2_700, "eval_count": 30}),
            ]),
        ]),
        "8B",
        Some(json!(["completion", "tools"])),
    );
    let (out, _) = s.run(&ask(&s, &server.url, "How many stores?", AnalysisMode::Tools));
    assert_eq!(out.status, TurnStatus::Complete, "{:?}", out.error);
    let chats = server.chats();
    assert_eq!(chats.len(), 2);
    assert_eq!(chats[0].body["options"]["num_ctx"], 16_384);
    assert!(chats[0].body.get("think").is_none());
    let msgs = chats[1].body["messages"].as_array().unwrap();
    assert_eq!(msgs.last().unwrap()["tool_name"], "sql");
    assert!(report(&s).contains("| 5 |"));
}

// ---- the prompt budget against a 4k window ----

/// A server with a 4,096-token window that counts four characters a token and, like Ollama, keeps the
/// system message and the newest messages, dropping from the front; it says which question it saw.
fn four_k(r: &Recorded) -> Reply {
    if r.method == "GET" {
        return not_found();
    }
    let tokens = |v: &Value| v.to_string().len() as u64 / 4;
    let mut msgs = r.body["messages"].as_array().cloned().unwrap_or_default();
    let tools = r.body.get("tools").map(tokens).unwrap_or(0);
    let total = |m: &[Value]| m.iter().map(tokens).sum::<u64>() + tools;
    while total(&msgs) > 4_096 && msgs.len() > 2 {
        msgs.remove(1);
    }
    let read = total(&msgs).min(4_096);
    let question = msgs.iter().rev().find(|m| m["role"] == "user").and_then(|m| m["content"].as_str()).unwrap_or("");
    text_reply(&format!("I read: {question}"), Some((read, 8)))
}

#[test]
fn a_4k_server_that_drops_the_front_is_caught_or_the_prompt_is_fitted() {
    let mut s = sample();
    // Two earlier answers, so the conversation is long.
    for q in ["total revenue by region", "top 5 products by revenue"] {
        let mut r = TurnRequest::new(&s.id, q, ProviderSettings::new(ProviderKind::Offline));
        r.offline = Some(desk_core::analyst::offline());
        s.run(&r);
    }
    let question = "Which store had the most orders?";

    // The window is not known: the server cuts the prompt, the turn says so and shows nothing it answered.
    let server = FakeServer::with_handler(four_k);
    let (out, events) = s.run(&ask(&s, &server.url, question, AnalysisMode::Tools));
    let e = out.error.expect("a cut prompt is an error");
    assert_eq!(e.code, "context_truncated");
    assert!(
        e.message.contains("read 4096 tokens") && e.message.contains("context length in Settings"),
        "{}",
        e.message
    );
    assert!(!text(&events).contains("I read"), "no answer from a cut prompt is shown: {}", text(&events));
    let budgets_a = budgets(&events);
    let sent = budgets_a[0].prompt_tokens;
    assert!(sent > 7_000, "the whole conversation was sent: {sent}");

    // llama-server reports its 4,096-token window: the prompt is fitted and the question read whole.
    let server = FakeServer::with_handler(four_k).route(
        "/props",
        Reply::json(200, json!({"default_generation_settings": {"n_ctx": 4_096}, "model_path": "/m/qwen.gguf"})),
    );
    let (out, events) = s.run(&ask(&s, &server.url, question, AnalysisMode::Tools));
    assert_eq!(out.status, TurnStatus::Complete, "{:?}", out.error);
    assert_eq!(text(&events), format!("I read: {question}"));
    let b = &budgets(&events)[0];
    assert_eq!(
        (b.context_tokens, b.context_source.as_str(), b.output_tokens),
        (Some(4_096), "llama-server n_ctx", 1_024)
    );
    assert!(b.prompt_tokens + b.output_tokens <= 4_096, "{b:?}");
    let history_before = budgets_a[0].parts.history;
    assert!(b.parts.history < history_before, "earlier turns shortened: {} < {history_before}", b.parts.history);
    let chat = &server.chats()[0];
    assert_eq!(chat.body["max_tokens"], 1_024);
    let names: Vec<&str> =
        chat.body["tools"].as_array().unwrap().iter().map(|t| t["function"]["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["sql", "chart", "finish_report"], "the compact toolbox for a small window");
    let chart = chat.body["tools"][1]["function"]["parameters"].to_string();
    assert!(!chart.contains("oneOf") && chart.contains("\"sql\""), "a flat chart: {chart}");
    let sent_tokens = chat.body.to_string().len() / 4;
    assert!(sent_tokens < 4_096, "the server could read it all: {sent_tokens}");
}

#[test]
fn tool_results_are_capped_for_a_small_window() {
    let mut s = sample();
    let server = FakeServer::start(vec![
        call_reply("c1", "sql", json!({"query": "SELECT * FROM orders"})),
        call_reply("c2", "finish_report", json!({"headline": "The orders.", "interpretation": "Listed."})),
    ])
    .route("/props", Reply::json(200, json!({"default_generation_settings": {"n_ctx": 4_096}})));
    let (out, _) = s.run(&ask(&s, &server.url, "Show the orders", AnalysisMode::Tools));
    assert_eq!(out.status, TurnStatus::Complete, "{:?}", out.error);
    let msgs = server.chats()[1].body["messages"].as_array().unwrap().clone();
    let result = msgs.iter().find(|m| m["role"] == "tool").unwrap()["content"].as_str().unwrap().to_string();
    assert!(
        result.len() < 1_700 && result.contains("[cut to fit the model's context"),
        "{} chars: {result}",
        result.len()
    );
}

// ---- Test connection ----

#[test]
fn test_connection_names_the_server_its_window_and_the_way_the_model_will_answer() {
    let models = Reply::json(200, json!({"object": "list", "data": [{"id": "qwen2.5:7b"}]}));
    let server =
        ollama(FakeServer::start(vec![]).route("/v1/models", models), "7.6B", Some(json!(["completion", "tools"])));
    let settings = ProviderSettings {
        kind: ProviderKind::Openai,
        model: Some("qwen2.5:7b".into()),
        base_url: Some(format!("{}/v1", server.url)),
        ..ProviderSettings::default()
    };
    let r = probe_blocking(&settings, None, None).unwrap();
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(
        (v["server"].as_str(), v["context_length"].as_u64(), v["tools"].as_bool(), v["mode"].as_str()),
        (Some("ollama"), Some(8_192), Some(true), Some("plan")),
        "{v}"
    );
    assert!(
        r.message.contains("Ollama 0.9.0")
            && r.message.contains("asks Ollama for 8192 tokens (the model takes up to 131072)"),
        "{}",
        r.message
    );

    // llama-server: one model under its file name, any name matches; its window is what it runs.
    let server = FakeServer::start(vec![])
        .route("/v1/models", Reply::json(200, json!({"data": [{"id": "/models/qwen2.5-7b-instruct-q4_k_m.gguf", "owned_by": "llamacpp"}]})))
        .route("/props", Reply::json(200, json!({"default_generation_settings": {"n_ctx": 4_096}, "model_path": "/models/qwen2.5-7b-instruct-q4_k_m.gguf"})));
    let settings = ProviderSettings { base_url: Some(server.url.clone()), model: Some("qwen2.5".into()), ..settings };
    let r = probe_blocking(&settings, None, None).unwrap();
    assert!(
        r.message.contains("answers to any model name") && r.message.contains("4096 tokens (llama-server n_ctx)"),
        "{}",
        r.message
    );
    assert_eq!(r.context_length, Some(4_096));

    // A server loading its model is asked again until it answers.
    let loading =
        Reply::json(503, json!({"error": {"code": 503, "message": "Loading model", "type": "unavailable_error"}}));
    let server = FakeServer::start(vec![]).route_seq(
        "/v1/models",
        vec![loading.clone(), loading, Reply::json(200, json!({"data": [{"id": "qwen2.5"}]}))],
    );
    let settings = ProviderSettings { base_url: Some(server.url.clone()), ..settings };
    let r = probe_blocking(&settings, None, None).unwrap();
    assert_eq!(r.models, ["qwen2.5"]);
    assert_eq!(
        server.requests().iter().filter(|q| q.path == "/v1/models").count(),
        3,
        "asked until it answered, then not again"
    );
}
