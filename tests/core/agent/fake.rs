//! Test doubles for the agent: a scripted HTTP server on 127.0.0.1 that records every request and plays
//! back chunked replies (split anywhere, with pauses, or hanging) — fixed answers for some paths (a
//! model list, Ollama's `/api/show`, llama-server's `/props`), a queue for the rest of the POSTs, or a
//! function that answers like a server would (one that cuts long prompts, a small model that only ever
//! writes plans); GETs it has no answer for get a 404, as from a server without that endpoint — a
//! scripted toolbox that writes real files into the desk atomically, and a fresh office with one
//! conversation and one imported CSV.

use desk_core::agent::{AnalysisMode, CancelToken, ProviderKind, ProviderSettings, RetryPolicy, TurnRequest};
use desk_core::office::Office;
use desk_core::tool_api::{ToolOutput, ToolRunner, ToolSpec};
use desk_core::wire::Event;
use serde_json::{json, Value};
use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One scripted HTTP reply.
#[derive(Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub chunks: Vec<Vec<u8>>,
    pub pause: Duration,
    /// Keep the connection open (silent) after the chunks, for cancellation tests.
    pub hang: bool,
}

impl Reply {
    pub fn body(status: u16, content_type: &str, body: &[u8]) -> Self {
        Reply {
            status,
            headers: vec![("content-type".into(), content_type.into())],
            chunks: vec![body.to_vec()],
            pause: Duration::from_millis(0),
            hang: false,
        }
    }

    pub fn json(status: u16, v: Value) -> Self {
        Reply::body(status, "application/json", v.to_string().as_bytes())
    }

    /// An SSE body from (event name, data) pairs; an empty name writes no `event:` line.
    pub fn sse(events: &[(&str, Value)]) -> Self {
        let mut body = String::new();
        for (name, data) in events {
            if !name.is_empty() {
                body.push_str(&format!("event: {name}\n"));
            }
            body.push_str(&format!("data: {data}\n\n"));
        }
        Reply::body(200, "text/event-stream", body.as_bytes())
    }

    /// OpenAI-style: `data: {chunk}` lines, then `data: [DONE]`.
    pub fn openai(chunks: &[Value]) -> Self {
        let mut body = String::new();
        for c in chunks {
            body.push_str(&format!("data: {c}\n\n"));
        }
        body.push_str("data: [DONE]\n\n");
        Reply::body(200, "text/event-stream", body.as_bytes())
    }

    /// An Anthropic Messages reply holding `blocks` (`{"type": "text", "text"}` or `{"type": "tool_use", "id",
    /// "name", "input"}`), streamed as SSE events when `stream` (as the request asked), else one JSON message.
    pub fn anthropic(stream: bool, blocks: &[Value]) -> Self {
        let stop = if blocks.iter().any(|b| b["type"] == "tool_use") { "tool_use" } else { "end_turn" };
        let usage = json!({"input_tokens": 12, "output_tokens": 7});
        let message = |content: Value| {
            json!({"id": "msg_fake", "type": "message", "role": "assistant", "model": "claude-sonnet-4-5",
                   "content": content, "stop_reason": null, "stop_sequence": null, "usage": usage})
        };
        if !stream {
            let mut m = message(json!(blocks));
            m["stop_reason"] = json!(stop);
            return Reply::json(200, m);
        }
        let mut events = vec![("message_start", json!({"type": "message_start", "message": message(json!([]))}))];
        for (i, b) in blocks.iter().enumerate() {
            let (start, delta) = if b["type"] == "tool_use" {
                let start = json!({"type": "tool_use", "id": b["id"], "name": b["name"], "input": {}});
                (start, json!({"type": "input_json_delta", "partial_json": b["input"].to_string()}))
            } else {
                (json!({"type": "text", "text": ""}), json!({"type": "text_delta", "text": b["text"]}))
            };
            events.push((
                "content_block_start",
                json!({"type": "content_block_start", "index": i, "content_block": start}),
            ));
            events.push(("content_block_delta", json!({"type": "content_block_delta", "index": i, "delta": delta})));
            events.push(("content_block_stop", json!({"type": "content_block_stop", "index": i})));
        }
        events.push((
            "message_delta",
            json!({"type": "message_delta", "delta": {"stop_reason": stop, "stop_sequence": null}, "usage": {"output_tokens": 7}}),
        ));
        events.push(("message_stop", json!({"type": "message_stop"})));
        Reply::sse(&events)
    }

    /// Insert raw text (comments, pings) before the body.
    pub fn prefixed(mut self, raw: &str) -> Self {
        let mut all = raw.as_bytes().to_vec();
        all.extend(self.chunks.concat());
        self.chunks = vec![all];
        self
    }

    /// Re-split the body into pieces of `n` bytes (mid-line, mid-UTF-8), sent with a short pause.
    pub fn split(mut self, n: usize) -> Self {
        let all = self.chunks.concat();
        self.chunks = all.chunks(n).map(<[u8]>::to_vec).collect();
        self.pause = Duration::from_millis(1);
        self
    }

    pub fn header(mut self, k: &str, v: &str) -> Self {
        self.headers.push((k.into(), v.into()));
        self
    }

    pub fn hanging(mut self) -> Self {
        self.hang = true;
        self
    }
}

#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Value,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// A function that answers a request the way a server would.
pub type Handler = Arc<dyn Fn(&Recorded) -> Reply + Send + Sync>;

/// How the fake answers: fixed replies by path first, then the handler (every request), then the
/// queue (POSTs; a GET gets a 404).
#[derive(Default)]
struct Script {
    /// Replies by path: each is used once, the last one for good.
    routes: HashMap<String, VecDeque<Reply>>,
    queue: VecDeque<Reply>,
    handler: Option<Handler>,
}

pub struct FakeServer {
    pub url: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
    script: Arc<Mutex<Script>>,
}

impl FakeServer {
    /// A server that answers POSTs with `replies`, in order.
    pub fn start(replies: Vec<Reply>) -> Self {
        Self::start_script(Script { queue: VecDeque::from(replies), ..Script::default() })
    }

    /// A server that answers each request without a fixed reply with what `handler` makes of it.
    pub fn with_handler(handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> Self {
        Self::start_script(Script { handler: Some(Arc::new(handler)), ..Script::default() })
    }

    fn start_script(script: Script) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
        let url = format!("http://{}", listener.local_addr().expect("local addr"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let script = Arc::new(Mutex::new(script));
        let (recorded, shared) = (requests.clone(), script.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let recorded = recorded.clone();
                let script = shared.clone();
                std::thread::spawn(move || serve(stream, &recorded, &script));
            }
        });
        FakeServer { url, requests, script }
    }

    /// Answer every request to `path` (any method) with `reply`.
    pub fn route(self, path: &str, reply: Reply) -> Self {
        self.route_seq(path, vec![reply])
    }

    /// Answer requests to `path` with `replies` in order, the last one from then on.
    pub fn route_seq(self, path: &str, replies: Vec<Reply>) -> Self {
        self.script.lock().expect("lock").routes.insert(path.to_string(), VecDeque::from(replies));
        self
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().expect("lock").clone()
    }

    /// The POSTs to a chat endpoint (what a model was asked), in order.
    pub fn chats(&self) -> Vec<Recorded> {
        let chat = |p: &str| p.ends_with("/chat/completions") || p == "/api/chat" || p.starts_with("/v1/messages");
        self.requests().into_iter().filter(|r| chat(&r.path)).collect()
    }
}

fn serve(stream: TcpStream, recorded: &Mutex<Vec<Recorded>>, script: &Mutex<Script>) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let method = request_line.split_whitespace().next().unwrap_or("").to_string();
    let path = request_line.split_whitespace().nth(1).unwrap_or("").to_string();
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let len: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; len];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let rec = Recorded { method, path, headers, body };
    recorded.lock().expect("lock").push(rec.clone());
    let reply = {
        let mut s = script.lock().expect("lock");
        if let Some(q) = s.routes.get_mut(&rec.path).filter(|q| !q.is_empty()) {
            if q.len() > 1 {
                q.pop_front().unwrap_or_else(|| Reply::json(500, json!({})))
            } else {
                q[0].clone()
            }
        } else if let Some(h) = s.handler.clone() {
            drop(s);
            h(&rec)
        } else if rec.method == "GET" {
            not_found()
        } else {
            s.queue
                .pop_front()
                .unwrap_or_else(|| Reply::json(500, json!({"error": {"message": "the fake server has no reply left"}})))
        }
    };
    let mut out = stream;
    let mut head = format!("HTTP/1.1 {} X\r\nconnection: close\r\ntransfer-encoding: chunked\r\n", reply.status);
    for (k, v) in &reply.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    if out.write_all(head.as_bytes()).is_err() {
        return;
    }
    for c in &reply.chunks {
        if c.is_empty() {
            continue;
        }
        let frame = [format!("{:x}\r\n", c.len()).into_bytes(), c.clone(), b"\r\n".to_vec()].concat();
        if out.write_all(&frame).and_then(|_| out.flush()).is_err() {
            return;
        }
        std::thread::sleep(reply.pause);
    }
    if reply.hang {
        std::thread::sleep(Duration::from_secs(20));
        return;
    }
    let _ = out.write_all(b"0\r\n\r\n");
    let _ = out.flush();
}

/// A PNG signature and an empty IHDR-sized tail: enough to be a ".png" the snapshot calls an image.
pub const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";

/// Tools that behave like the real toolbox from the outside: `sql` answers a fixed table, `chart` writes
/// a PNG and `write_file` a text file, each atomically (temp file in `.desk/tmp`, then rename).
pub struct ScriptedTools {
    pub desk: PathBuf,
    pub calls: Vec<(String, Value)>,
    /// Cancel this token while running `chart` (a Ctrl-C in the middle of a tool).
    pub cancel_during_chart: Option<CancelToken>,
}

impl ScriptedTools {
    pub fn new(desk: &Path) -> Self {
        ScriptedTools { desk: desk.to_path_buf(), calls: Vec::new(), cancel_during_chart: None }
    }

    fn write(&self, name: &str, bytes: &[u8]) -> ToolOutput {
        if name.contains('/') || name.starts_with('.') || name.is_empty() {
            return ToolOutput::error("bad_path", format!("{name}: not a plain file name"));
        }
        let tmp = self.desk.join(".desk").join("tmp").join(format!("{name}.part"));
        std::fs::write(&tmp, bytes).expect("write temp");
        std::fs::rename(&tmp, self.desk.join(name)).expect("rename into the desk");
        ToolOutput {
            ok: true,
            summary: format!("wrote {name} ({} bytes)", bytes.len()),
            content: format!("wrote {name}"),
            data: json!({"path": name}),
        }
    }
}

impl ToolRunner for ScriptedTools {
    fn specs(&self) -> Vec<ToolSpec> {
        let spec = |name: &str, props: Value| ToolSpec {
            name: name.into(),
            description: format!("the {name} tool"),
            input_schema: json!({"type": "object", "properties": props}),
        };
        vec![
            spec("sql", json!({"query": {"type": "string"}})),
            spec("chart", json!({"path": {"type": "string"}, "title": {"type": "string"}})),
            spec("write_file", json!({"path": {"type": "string"}, "content": {"type": "string"}})),
        ]
    }

    fn call(&mut self, name: &str, input: &Value) -> ToolOutput {
        self.calls.push((name.to_string(), input.clone()));
        let s = |k: &str| input.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        match name {
            "sql" => ToolOutput {
                ok: true,
                summary: "2 rows".into(),
                content: "| store | revenue |\n|---|---|\n| North | 1200 |\n| South | 800 |".into(),
                data: Value::Null,
            },
            "chart" => {
                if let Some(c) = &self.cancel_during_chart {
                    c.cancel();
                }
                let path = if s("path").is_empty() { "chart.png".to_string() } else { s("path") };
                self.write(&path, PNG)
            }
            "write_file" => self.write(&s("path"), s("content").as_bytes()),
            other => ToolOutput::error("unknown_tool", format!("no tool named {other}")),
        }
    }
}

/// A fresh office in a temp dir with one conversation whose desk holds `sales.csv`.
pub struct Setup {
    pub dir: tempfile::TempDir,
    pub office: Office,
    pub id: String,
    pub desk: PathBuf,
}

pub fn setup() -> Setup {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut office = Office::open(&dir.path().join("data")).expect("open office");
    let c = office.new_conversation(Some("agent test")).expect("new conversation");
    let id = office.resolve(&c.id).expect("resolve");
    office.import_bytes(&id, "sales.csv", b"store,revenue\nNorth,1200\nSouth,800\n").expect("import");
    let desk = office.desk_dir(&id).expect("desk");
    Setup { dir, office, id: c.id, desk }
}

/// What a server says to a GET for an endpoint it does not have (discovery asks a few).
pub fn not_found() -> Reply {
    Reply::json(404, json!({"error": "not found"}))
}

/// A request to a fake server with fast retries (tool calling: the plan path has tests of its own).
pub fn request(s: &Setup, kind: ProviderKind, url: &str, question: &str) -> TurnRequest {
    request_for(&s.id, kind, url, question)
}

/// [`request`] for any conversation id.
pub fn request_for(id: &str, kind: ProviderKind, url: &str, question: &str) -> TurnRequest {
    let mut settings = ProviderSettings::new(kind);
    settings.base_url = Some(url.to_string());
    settings.mode = AnalysisMode::Tools;
    let mut r = TurnRequest::new(id, question, settings);
    r.offline = Some(desk_core::analyst::offline());
    r.retry = RetryPolicy {
        max_retries: 2,
        base_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(5),
        idle_timeout: Duration::from_secs(10),
        connect_timeout: Duration::from_secs(2),
        load_wait: Duration::from_secs(5),
        load_poll: Duration::from_millis(20),
    };
    r.context = "Table sales (from sales.csv): store TEXT, revenue INTEGER; 2 rows.".into();
    r
}

/// The type names of events, in order.
pub fn kinds(events: &[Event]) -> Vec<String> {
    events.iter().map(|e| e.to_json()["type"].as_str().unwrap_or("?").to_string()).collect()
}

/// All streamed text of a turn.
pub fn text(events: &[Event]) -> String {
    events
        .iter()
        .filter_map(|e| match e {
            Event::TextDelta { text } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

/// The last event is the only complete/error, and tool_start/tool_result pair up one to one.
pub fn assert_well_formed(events: &[Event]) {
    let k = kinds(events);
    assert_eq!(k.first().map(String::as_str), Some("session_start"), "a turn opens with session_start: {k:?}");
    let ends = k.iter().filter(|t| *t == "complete" || *t == "error").count();
    assert_eq!(ends, 1, "exactly one complete or error: {k:?}");
    assert!(matches!(k.last().map(String::as_str), Some("complete" | "error")), "it comes last: {k:?}");
    let mut open: Vec<String> = Vec::new();
    for e in events {
        match e {
            Event::ToolStart { id, .. } => open.push(id.clone()),
            Event::ToolResult { id, .. } => {
                let pos = open.iter().position(|o| o == id);
                assert!(pos.is_some(), "tool_result {id} answers a started call");
                open.remove(pos.unwrap_or(0));
            }
            _ => {}
        }
    }
    assert!(open.is_empty(), "every tool_start got its tool_result: {open:?}");
}

/// The invariant on every request an OpenAI-compatible server saw: each tool call of an assistant message
/// is answered by exactly one `tool` message right after it, and nothing else is answered.
pub fn assert_openai_invariant(requests: &[Recorded]) {
    for (n, r) in requests.iter().enumerate() {
        let msgs = r.body["messages"].as_array().cloned().unwrap_or_default();
        for (i, m) in msgs.iter().enumerate() {
            let Some(calls) = m["tool_calls"].as_array() else { continue };
            let ids: Vec<&str> = calls.iter().filter_map(|c| c["id"].as_str()).collect();
            let answers: Vec<&str> = msgs[i + 1..]
                .iter()
                .take_while(|x| x["role"] == "tool")
                .filter_map(|x| x["tool_call_id"].as_str())
                .collect();
            let mut a = answers.clone();
            a.sort_unstable();
            let mut b = ids.clone();
            b.sort_unstable();
            assert_eq!(a, b, "request {n}: tool calls {ids:?} must each get exactly one tool message, got {answers:?}");
        }
    }
}

/// The same invariant for the Anthropic Messages format (tool_use ids → tool_result blocks in the next user message).
pub fn assert_anthropic_invariant(requests: &[Recorded]) {
    for (n, r) in requests.iter().enumerate() {
        let msgs = r.body["messages"].as_array().cloned().unwrap_or_default();
        for (i, m) in msgs.iter().enumerate() {
            if m["role"] != "assistant" {
                continue;
            }
            let mut ids: Vec<&str> = m["content"]
                .as_array()
                .map(|c| c.iter().filter(|b| b["type"] == "tool_use").filter_map(|b| b["id"].as_str()).collect())
                .unwrap_or_default();
            if ids.is_empty() {
                continue;
            }
            let next = msgs.get(i + 1).expect("a tool_use is followed by a user message");
            assert_eq!(next["role"], "user", "request {n}: tool results come in a user message");
            let mut answers: Vec<&str> = next["content"]
                .as_array()
                .map(|c| {
                    c.iter().filter(|b| b["type"] == "tool_result").filter_map(|b| b["tool_use_id"].as_str()).collect()
                })
                .unwrap_or_default();
            ids.sort_unstable();
            answers.sort_unstable();
            assert_eq!(answers, ids, "request {n}: each tool_use gets exactly one tool_result");
        }
    }
}
