//! The `openai` provider: any OpenAI-compatible chat-completions server (OpenAI, Ollama, llama.cpp,
//! vLLM, LM Studio ...), streamed, with tool calling. Tool-call deltas are merged by index; Ollama's
//! variants (a whole tool call in one chunk, several calls under index 0, `finish_reason: "stop"` after
//! tool calls, usage in the last chunk) are handled; a plain JSON answer to a streamed request is accepted.

use super::context::{Msg, ToolCall};
use super::http;
use super::model::{parse_arguments, Ask, Endpoint, ModelReply, Usage};
use super::AgentError;
use serde_json::{json, Value};

/// Ollama's OpenAI-compatible endpoint on this machine.
pub const DEFAULT_BASE_URL: &str = "http://127.0.0.1:11434/v1";
pub const DEFAULT_MODEL: &str = "llama3.1";

/// `<base>/chat/completions`; a bare `http://host:port` gets the usual `/v1` (what Ollama serves).
pub(crate) fn endpoint(base_url: &str) -> String {
    let b = base_url.trim_end_matches('/');
    let has_path = b.split_once("://").map(|(_, rest)| rest.contains('/')).unwrap_or(true);
    if has_path {
        format!("{b}/chat/completions")
    } else {
        format!("{b}/v1/chat/completions")
    }
}

/// OpenAI itself wants `max_completion_tokens` (its reasoning models refuse `max_tokens`) and accepts no
/// temperature but the default from its reasoning models; every other server reads `max_tokens`.
pub(crate) fn is_openai(base_url: &str) -> bool {
    base_url.contains("api.openai.com")
}

/// OpenAI's reasoning models (o1, o3, o4-mini, gpt-5...) accept only the default temperature.
pub(crate) fn fixed_temperature(model: &str) -> bool {
    let m = model.rsplit('/').next().unwrap_or(model);
    (m.starts_with('o') && m[1..].starts_with(|c: char| c.is_ascii_digit())) || m.starts_with("gpt-5")
}

pub(crate) fn request_body(model: &str, base_url: &str, ask: &Ask<'_>) -> Value {
    let mut messages = vec![json!({"role": "system", "content": ask.system})];
    for m in ask.msgs {
        match m {
            Msg::User(text) => messages.push(json!({"role": "user", "content": text})),
            Msg::Assistant { text, calls } => {
                let mut msg = json!({"role": "assistant"});
                // A tool-only message leaves `content` out: some LM Studio and llama.cpp versions refuse null.
                if !text.is_empty() || calls.is_empty() {
                    msg["content"] = json!(text);
                }
                if !calls.is_empty() {
                    msg["tool_calls"] = calls
                        .iter()
                        .map(|c| {
                            json!({"id": c.id, "type": "function",
                                   "function": {"name": c.name, "arguments": c.input.to_string()}})
                        })
                        .collect();
                }
                messages.push(msg);
            }
            Msg::ToolResults(results) => {
                for r in results {
                    messages.push(json!({"role": "tool", "tool_call_id": r.id, "content": r.content}));
                }
            }
        }
    }
    let mut body = json!({
        "model": model,
        "messages": messages,
        "stream": true,
        "stream_options": {"include_usage": true},
    });
    let openai = is_openai(base_url);
    body[if openai { "max_completion_tokens" } else { "max_tokens" }] = json!(ask.max_tokens);
    if let Some(t) = ask.temperature.filter(|_| !(openai && fixed_temperature(model))) {
        body["temperature"] = json!(t);
    }
    if let Some(f) = ask.format {
        body["response_format"] =
            json!({"type": "json_schema", "json_schema": {"name": f.name, "schema": f.schema, "strict": false}});
    }
    if !ask.tools.is_empty() {
        body["tools"] = ask
            .tools
            .iter()
            .map(|t| {
                json!({"type": "function",
                       "function": {"name": t.name, "description": t.description, "parameters": t.input_schema}})
            })
            .collect();
    }
    body
}

#[derive(Debug, Default)]
struct PartialCall {
    index: Option<u64>,
    id: Option<String>,
    name: String,
    args: String,
    args_obj: Option<Value>,
}

/// Accumulates a streamed chat completion.
#[derive(Debug, Default)]
pub(crate) struct ChunkState {
    text: String,
    calls: Vec<PartialCall>,
    usage: Usage,
    usage_seen: bool,
    finish: Option<String>,
    done: bool,
}

impl http::StreamState for ChunkState {
    fn handle(&mut self, data: &str, on_text: &mut dyn FnMut(&str)) -> Result<(), AgentError> {
        ChunkState::handle(self, data, on_text)
    }
    fn done(&self) -> bool {
        self.done
    }
}

impl ChunkState {
    /// Handle one `data:` payload.
    pub fn handle(&mut self, data: &str, on_text: &mut dyn FnMut(&str)) -> Result<(), AgentError> {
        let data = data.trim();
        // Servers that forget the blank line between events glue several `data:` lines into one event.
        if data.contains('\n') && serde_json::from_str::<Value>(data).is_err() {
            for line in data.lines() {
                self.handle(line, on_text)?;
            }
            return Ok(());
        }
        if data == "[DONE]" {
            self.done = true;
            return Ok(());
        }
        if data.is_empty() {
            return Ok(());
        }
        let v: Value = serde_json::from_str(data).map_err(|e| {
            AgentError::BadResponse(format!("a stream chunk is not JSON ({e}): {}", http::shorten(data, 200)))
        })?;
        if let Some(err) = v.get("error").filter(|e| !e.is_null()) {
            let message = err
                .get("message")
                .and_then(Value::as_str)
                .or_else(|| err.as_str())
                .unwrap_or("unknown error")
                .to_string();
            let kind = err.get("type").or_else(|| err.get("code")).and_then(Value::as_str).unwrap_or("");
            return Err(match kind {
                "rate_limit_exceeded" | "rate_limit_error" => AgentError::RateLimited { message },
                "context_length_exceeded" => AgentError::ContextTooLong { message },
                _ => AgentError::from_stream_error(kind, message),
            });
        }
        if let Some(u) = v.get("usage").filter(|u| u.is_object()) {
            let n = |k: &str| u.get(k).and_then(Value::as_u64).unwrap_or(0);
            self.usage.input = n("prompt_tokens");
            self.usage.output = n("completion_tokens");
            self.usage_seen = true;
        }
        let Some(choice) = v.get("choices").and_then(Value::as_array).and_then(|c| c.first()) else {
            return Ok(());
        };
        if let Some(f) = choice.get("finish_reason").and_then(Value::as_str) {
            self.finish = Some(f.to_string());
        }
        // A non-streamed answer carries `message` instead of `delta`.
        let delta = choice.get("delta").or_else(|| choice.get("message"));
        let Some(delta) = delta else { return Ok(()) };
        if let Some(t) = delta.get("content").and_then(Value::as_str) {
            if !t.is_empty() {
                self.text.push_str(t);
                on_text(t);
            }
        }
        if let Some(calls) = delta.get("tool_calls").and_then(Value::as_array) {
            for tc in calls {
                self.merge_call(tc);
            }
        }
        Ok(())
    }

    fn merge_call(&mut self, tc: &Value) {
        let index = tc.get("index").and_then(Value::as_u64);
        let id = tc.get("id").and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_string);
        let pos = match index {
            Some(i) => self.calls.iter().rposition(|p| p.index == Some(i)).filter(|&p| {
                // Several calls under one index (seen from Ollama): a new id starts a new call.
                match (&self.calls[p].id, &id) {
                    (Some(old), Some(new)) => old == new,
                    _ => true,
                }
            }),
            None if id.is_some() => None,
            None => self.calls.len().checked_sub(1),
        };
        let pos = match pos {
            Some(p) => p,
            None => {
                self.calls.push(PartialCall { index, ..PartialCall::default() });
                self.calls.len() - 1
            }
        };
        let p = &mut self.calls[pos];
        if p.id.is_none() {
            p.id = id;
        }
        if let Some(f) = tc.get("function") {
            if let Some(n) = f.get("name").and_then(Value::as_str) {
                if p.name.is_empty() {
                    p.name = n.to_string();
                }
            }
            match f.get("arguments") {
                Some(Value::String(s)) => p.args.push_str(s),
                Some(obj @ Value::Object(_)) => p.args_obj = Some(obj.clone()),
                _ => {}
            }
        }
    }

    /// True once the server said it is done (`[DONE]`, or a finish reason).
    pub fn finished(&self) -> bool {
        self.done || self.finish.is_some()
    }

    pub fn into_reply(self) -> Result<ModelReply, AgentError> {
        if !self.finished() && self.text.is_empty() && self.calls.is_empty() {
            return Err(AgentError::BadResponse("the stream ended before the model answered".into()));
        }
        let calls = self
            .calls
            .into_iter()
            .filter(|p| !p.name.is_empty())
            .enumerate()
            .map(|(i, p)| ToolCall {
                id: p.id.unwrap_or_else(|| format!("call_{i}")),
                name: p.name,
                input: p.args_obj.unwrap_or_else(|| parse_arguments(&p.args)),
            })
            .collect();
        Ok(ModelReply { text: self.text, calls, usage: self.usage, usage_reported: self.usage_seen, stop: self.finish })
    }
}

/// One streamed round trip. `answered` turns true once the server accepted the request (so a later
/// error happened inside the stream).
pub(crate) async fn stream(
    ep: &Endpoint<'_>,
    body: &Value,
    on_text: &mut dyn FnMut(&str),
    on_wait: &mut dyn FnMut(&str),
    answered: &mut bool,
) -> Result<ModelReply, AgentError> {
    let (policy, cancel, key) = (ep.policy, ep.cancel, ep.key);
    let url = endpoint(ep.base_url);
    let payload = body.to_string();
    let make = || {
        let mut rb = ep
            .client
            .post(&url)
            .header("content-type", "application/json")
            .header("accept", "text/event-stream")
            .body(payload.clone());
        if let Some(k) = key {
            rb = rb.header("authorization", format!("Bearer {}", k.expose()));
        }
        rb
    };
    let mut resp = http::post(&make, &url, policy, key, cancel, on_wait).await?;
    *answered = true;
    let is_json = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"));
    let mut state = ChunkState::default();
    if is_json {
        let body = http::reply_body(&mut resp, &url, policy, cancel).await?;
        state.handle(&String::from_utf8_lossy(&body), on_text)?;
        state.done = true;
        return state.into_reply();
    }
    http::pump_sse(&mut resp, &url, policy, cancel, &mut state, on_text).await?;
    state.into_reply()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn run(chunks: &[&str]) -> ModelReply {
        let mut st = ChunkState::default();
        let mut text = String::new();
        for c in chunks {
            st.handle(c, &mut |t| text.push_str(t)).unwrap();
        }
        let r = st.into_reply().unwrap();
        assert_eq!(r.text, text, "streamed text equals the reply's text");
        r
    }

    #[test]
    fn endpoints() {
        assert_eq!(endpoint("http://127.0.0.1:11434/v1/"), "http://127.0.0.1:11434/v1/chat/completions");
        assert_eq!(endpoint("http://127.0.0.1:11434"), "http://127.0.0.1:11434/v1/chat/completions");
        assert_eq!(endpoint("https://example.test/openai/v1"), "https://example.test/openai/v1/chat/completions");
    }

    #[test]
    fn tool_call_deltas_merge_by_index() {
        let r = run(&[
            r#"{"choices":[{"index":0,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"sql","arguments":""}}]}}]}"#,
            r#"{"choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_b","type":"function","function":{"name":"chart","arguments":"{\"ti"}}]}}]}"#,
            r#"{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"query\":"}}]}}]}"#,
            r#"{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"select 1\"}"}}]}}]}"#,
            r#"{"choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"function":{"arguments":"tle\":\"x\"}"}}]}}]}"#,
            r#"{"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}"#,
            r#"{"choices":[],"usage":{"prompt_tokens":11,"completion_tokens":7,"total_tokens":18}}"#,
            "[DONE]",
        ]);
        assert_eq!(r.calls.len(), 2);
        assert_eq!(
            r.calls[0],
            ToolCall { id: "call_a".into(), name: "sql".into(), input: json!({"query": "select 1"}) }
        );
        assert_eq!(r.calls[1].input, json!({"title": "x"}));
        assert_eq!((r.usage.input, r.usage.output), (11, 7));
    }

    #[test]
    fn ollama_whole_calls_under_one_index_and_stop() {
        let r = run(&[
            r#"{"choices":[{"index":0,"delta":{"role":"assistant","content":"","tool_calls":[{"id":"call_1","index":0,"type":"function","function":{"name":"sql","arguments":"{\"query\":\"select 1\"}"}}]},"finish_reason":null}]}"#,
            r#"{"choices":[{"index":0,"delta":{"role":"assistant","content":"","tool_calls":[{"id":"call_2","index":0,"type":"function","function":{"name":"chart","arguments":{"title":"t"}}}]},"finish_reason":null}]}"#,
            r#"{"choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":"stop"}]}"#,
            r#"{"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":3}}"#,
        ]);
        assert_eq!(r.calls.len(), 2, "two whole calls, both under index 0");
        assert_eq!(r.calls[1].input, json!({"title": "t"}), "object arguments are accepted");
        assert_eq!(r.stop.as_deref(), Some("stop"));
    }

    #[test]
    fn events_glued_without_blank_lines_still_parse() {
        let glued = "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"}}]}\n{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"b\"},\"finish_reason\":\"stop\"}]}";
        let r = run(&[glued]);
        assert_eq!(r.text, "ab");
    }

    #[test]
    fn request_bodies_follow_each_server() {
        use crate::agent::context::ToolCall;
        let msgs = vec![
            Msg::User("q".into()),
            Msg::Assistant {
                text: String::new(),
                calls: vec![ToolCall { id: "c1".into(), name: "sql".into(), input: json!({"query": "select 1"}) }],
            },
        ];
        let ask = Ask { system: "s", msgs: &msgs, tools: &[], format: None, max_tokens: 900, temperature: Some(0.2) };
        let local = request_body("qwen2.5", "http://127.0.0.1:8080/v1", &ask);
        assert_eq!(local["max_tokens"], 900);
        assert!(local.get("max_completion_tokens").is_none());
        assert_eq!(local["temperature"].as_f64().map(|t| (t * 10.0).round()), Some(2.0));
        let tool_only = &local["messages"][2];
        assert!(tool_only.get("content").is_none(), "no content: null on a tool-only message: {tool_only}");
        assert_eq!(tool_only["tool_calls"][0]["function"]["arguments"], "{\"query\":\"select 1\"}");
        let openai = request_body("o3-mini", "https://api.openai.com/v1", &ask);
        assert_eq!(openai["max_completion_tokens"], 900);
        assert!(openai.get("max_tokens").is_none() && openai.get("temperature").is_none(), "{openai}");
        assert!(request_body("gpt-4o", "https://api.openai.com/v1", &ask)["temperature"].is_number());
    }

    #[test]
    fn errors_inside_the_stream_end_the_round() {
        let mut st = ChunkState::default();
        let e = st.handle(r#"{"error":{"message":"model overloaded","type":"overloaded_error"}}"#, &mut |_| {});
        assert_eq!(e.unwrap_err().code(), "provider_overloaded");
        let e = ChunkState::default().handle(r#"{"error":"something broke"}"#, &mut |_| {});
        assert_eq!(e.unwrap_err().code(), "provider_error");
    }
}
