//! The `anthropic` provider: the Messages API with streaming SSE and tool use, the person's own key, and
//! a price table that turns usage into cost for known models (unknown model: tokens shown, cost None).
//! Pings, unknown event types and unknown block types (thinking, ...) are skipped; an `error` event in
//! the stream ends the round with the matching error code.

use super::context::{Msg, ToolCall};
use super::http;
use super::model::{parse_arguments, Endpoint, ModelReply, Usage};
use super::AgentError;
use crate::tool_api::ToolSpec;
use serde_json::{json, Value};
use std::collections::BTreeMap;

pub const DEFAULT_BASE_URL: &str = "https://api.anthropic.com";
pub const DEFAULT_MODEL: &str = "claude-sonnet-4-5";
pub const API_VERSION: &str = "2023-06-01";

/// USD per million tokens: (model, input, output). Cache writes cost 1.25× input, cache reads 0.1×.
const PRICES: &[(&str, f64, f64)] = &[
    ("claude-opus-4-5", 5.0, 25.0),
    ("claude-opus-4-1", 15.0, 75.0),
    ("claude-opus-4-0", 15.0, 75.0),
    ("claude-opus-4", 15.0, 75.0),
    ("claude-sonnet-4-5", 3.0, 15.0),
    ("claude-sonnet-4-0", 3.0, 15.0),
    ("claude-sonnet-4", 3.0, 15.0),
    ("claude-3-7-sonnet", 3.0, 15.0),
    ("claude-3-5-sonnet", 3.0, 15.0),
    ("claude-haiku-4-5", 1.0, 5.0),
    ("claude-3-5-haiku", 0.8, 4.0),
    ("claude-3-haiku", 0.25, 1.25),
    ("claude-3-opus", 15.0, 75.0),
];

/// (input, output) USD per million tokens of a known model. A dated id (`-20250929`) or `-latest`
/// suffix is ignored; anything else unknown gives None (better no cost than a wrong one).
pub fn price(model: &str) -> Option<(f64, f64)> {
    let mut m = model.trim();
    if let Some(s) = m.strip_suffix("-latest") {
        m = s;
    }
    if let Some((head, tail)) = m.rsplit_once('-') {
        if tail.len() == 8 && tail.bytes().all(|b| b.is_ascii_digit()) {
            m = head;
        }
    }
    PRICES.iter().find(|(name, _, _)| *name == m).map(|(_, i, o)| (*i, *o))
}

pub(crate) fn cost(model: &str, u: &super::model::Usage) -> Option<f64> {
    let (i, o) = price(model)?;
    let input = u.input as f64 * i + u.cache_write as f64 * i * 1.25 + u.cache_read as f64 * i * 0.1;
    Some((input + u.output as f64 * o) / 1_000_000.0)
}

pub(crate) fn endpoint(base_url: &str) -> String {
    let b = base_url.trim_end_matches('/');
    if b.ends_with("/v1") {
        format!("{b}/messages")
    } else {
        format!("{b}/v1/messages")
    }
}

pub(crate) fn request_body(model: &str, max_tokens: u32, system: &str, msgs: &[Msg], tools: &[ToolSpec]) -> Value {
    let mut messages = Vec::new();
    for m in msgs {
        match m {
            Msg::User(text) => messages.push(json!({"role": "user", "content": non_empty(text)})),
            Msg::Assistant { text, calls } => {
                let mut content = Vec::new();
                if !text.is_empty() || calls.is_empty() {
                    content.push(json!({"type": "text", "text": non_empty(text)}));
                }
                for c in calls {
                    content.push(json!({"type": "tool_use", "id": c.id, "name": c.name, "input": c.input}));
                }
                messages.push(json!({"role": "assistant", "content": content}));
            }
            Msg::ToolResults(results) => {
                let content: Vec<Value> = results
                    .iter()
                    .map(|r| {
                        json!({"type": "tool_result", "tool_use_id": r.id, "content": non_empty(&r.content),
                               "is_error": !r.ok})
                    })
                    .collect();
                messages.push(json!({"role": "user", "content": content}));
            }
        }
    }
    let mut body = json!({
        "model": model,
        "max_tokens": max_tokens,
        "stream": true,
        // Tools and system prompt are the same every round: mark them cacheable (ignored below the
        // model's minimum cacheable length).
        "system": [{"type": "text", "text": system, "cache_control": {"type": "ephemeral"}}],
        "messages": messages,
    });
    if !tools.is_empty() {
        body["tools"] = tools
            .iter()
            .map(|t| json!({"name": t.name, "description": t.description, "input_schema": t.input_schema}))
            .collect();
    }
    body
}

/// The API refuses empty text blocks.
fn non_empty(s: &str) -> &str {
    if s.trim().is_empty() {
        "(empty)"
    } else {
        s
    }
}

#[derive(Debug)]
enum Block {
    Text,
    ToolUse { id: String, name: String, json: String },
    Other,
}

/// Accumulates one streamed message.
#[derive(Debug, Default)]
pub(crate) struct MessageState {
    blocks: BTreeMap<u64, Block>,
    calls: Vec<ToolCall>,
    text: String,
    usage: Usage,
    stop: Option<String>,
    done: bool,
}

impl http::StreamState for MessageState {
    fn handle(&mut self, data: &str, on_text: &mut dyn FnMut(&str)) -> Result<(), AgentError> {
        MessageState::handle(self, data, on_text)
    }
    fn done(&self) -> bool {
        self.done
    }
}

impl MessageState {
    pub fn handle(&mut self, data: &str, on_text: &mut dyn FnMut(&str)) -> Result<(), AgentError> {
        if data.trim().is_empty() {
            return Ok(());
        }
        let v: Value = serde_json::from_str(data).map_err(|e| {
            AgentError::BadResponse(format!("an event is not JSON ({e}): {}", http::shorten(data, 200)))
        })?;
        let index = v.get("index").and_then(Value::as_u64).unwrap_or(0);
        match v.get("type").and_then(Value::as_str).unwrap_or("") {
            "message_start" => {
                if let Some(u) = v.pointer("/message/usage") {
                    self.read_usage(u);
                }
            }
            "content_block_start" => {
                let b = v.get("content_block").cloned().unwrap_or(Value::Null);
                let block = match b.get("type").and_then(Value::as_str) {
                    Some("text") => {
                        if let Some(t) = b.get("text").and_then(Value::as_str).filter(|t| !t.is_empty()) {
                            self.text.push_str(t);
                            on_text(t);
                        }
                        Block::Text
                    }
                    Some("tool_use") => Block::ToolUse {
                        id: b.get("id").and_then(Value::as_str).unwrap_or("").to_string(),
                        name: b.get("name").and_then(Value::as_str).unwrap_or("").to_string(),
                        json: String::new(),
                    },
                    _ => Block::Other,
                };
                self.blocks.insert(index, block);
            }
            "content_block_delta" => {
                let d = v.get("delta").cloned().unwrap_or(Value::Null);
                match (d.get("type").and_then(Value::as_str), self.blocks.get_mut(&index)) {
                    (Some("text_delta"), _) => {
                        if let Some(t) = d.get("text").and_then(Value::as_str) {
                            self.text.push_str(t);
                            on_text(t);
                        }
                    }
                    (Some("input_json_delta"), Some(Block::ToolUse { json, .. })) => {
                        json.push_str(d.get("partial_json").and_then(Value::as_str).unwrap_or(""));
                    }
                    _ => {}
                }
            }
            "content_block_stop" => {
                if let Some(Block::ToolUse { id, name, json }) = self.blocks.remove(&index) {
                    let id = if id.is_empty() { format!("toolu_{index}") } else { id };
                    self.calls.push(ToolCall { id, name, input: parse_arguments(&json) });
                }
            }
            "message_delta" => {
                if let Some(s) = v.pointer("/delta/stop_reason").and_then(Value::as_str) {
                    self.stop = Some(s.to_string());
                }
                if let Some(u) = v.get("usage") {
                    self.read_usage(u);
                }
            }
            "message_stop" => self.done = true,
            "error" => {
                let kind = v.pointer("/error/type").and_then(Value::as_str).unwrap_or("");
                let message = v.pointer("/error/message").and_then(Value::as_str).unwrap_or("unknown error");
                return Err(AgentError::from_stream_error(kind, message.to_string()));
            }
            // ping, and event types added after this was written
            _ => {}
        }
        Ok(())
    }

    /// message_start carries input tokens; message_delta carries the cumulative output tokens.
    fn read_usage(&mut self, u: &Value) {
        let n = |k: &str| u.get(k).and_then(Value::as_u64);
        if let Some(x) = n("input_tokens") {
            self.usage.input = x;
        }
        if let Some(x) = n("output_tokens") {
            self.usage.output = x;
        }
        if let Some(x) = n("cache_creation_input_tokens") {
            self.usage.cache_write = x;
        }
        if let Some(x) = n("cache_read_input_tokens") {
            self.usage.cache_read = x;
        }
    }

    pub fn into_reply(mut self) -> Result<ModelReply, AgentError> {
        if !self.done && self.stop.is_none() {
            return Err(AgentError::BadResponse("the stream ended before message_stop".into()));
        }
        // A tool block left open still gets its call (and so its result).
        for (index, b) in std::mem::take(&mut self.blocks) {
            if let Block::ToolUse { id, name, json } = b {
                let id = if id.is_empty() { format!("toolu_{index}") } else { id };
                self.calls.push(ToolCall { id, name, input: parse_arguments(&json) });
            }
        }
        let usage_reported = self.usage != Usage::default();
        Ok(ModelReply { text: self.text, calls: self.calls, usage: self.usage, usage_reported, stop: self.stop })
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
    let (policy, cancel) = (ep.policy, ep.cancel);
    let key = ep.key.ok_or_else(|| super::missing_key(super::ProviderKind::Anthropic))?;
    let url = endpoint(ep.base_url);
    let payload = body.to_string();
    let make = || {
        ep.client
            .post(&url)
            .header("content-type", "application/json")
            .header("accept", "text/event-stream")
            .header("anthropic-version", API_VERSION)
            .header("x-api-key", key.expose())
            .body(payload.clone())
    };
    let mut resp = http::post(&make, &url, policy, Some(key), cancel, on_wait).await?;
    *answered = true;
    let mut state = MessageState::default();
    http::pump_sse(&mut resp, &url, policy, cancel, &mut state, on_text).await?;
    state.into_reply()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn prices_for_known_models_only() {
        assert_eq!(price("claude-sonnet-4-5-20250929"), Some((3.0, 15.0)));
        assert_eq!(price("claude-3-5-haiku-latest"), Some((0.8, 4.0)));
        assert_eq!(price("claude-opus-4-1-20250805"), Some((15.0, 75.0)));
        assert_eq!(price("claude-future-9"), None);
        let u = Usage { input: 1_000_000, output: 100_000, ..Usage::default() };
        let c = cost("claude-sonnet-4-5", &u).unwrap();
        assert!((c - 4.5).abs() < 1e-9, "1M in at $3 + 0.1M out at $15 = $4.50, got {c}");
    }

    #[test]
    fn events_build_text_and_tool_calls() {
        let mut st = MessageState::default();
        let mut seen = String::new();
        for d in [
            r#"{"type":"message_start","message":{"id":"m","usage":{"input_tokens":25,"output_tokens":1}}}"#,
            r#"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#,
            r#"{"type":"ping"}"#,
            r#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Let me "}}"#,
            r#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"look."}}"#,
            r#"{"type":"content_block_stop","index":0}"#,
            r#"{"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_1","name":"sql","input":{}}}"#,
            r#"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"query\": \"sel"}}"#,
            r#"{"type":"brand_new_event","index":1}"#,
            r#"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"ect 1\"}"}}"#,
            r#"{"type":"content_block_stop","index":1}"#,
            r#"{"type":"message_delta","delta":{"stop_reason":"tool_use"},"usage":{"output_tokens":40}}"#,
            r#"{"type":"message_stop"}"#,
        ] {
            st.handle(d, &mut |t| seen.push_str(t)).unwrap();
        }
        let r = st.into_reply().unwrap();
        assert_eq!(r.text, "Let me look.");
        assert_eq!(seen, "Let me look.");
        assert_eq!(
            r.calls,
            vec![ToolCall { id: "toolu_1".into(), name: "sql".into(), input: json!({"query": "select 1"}) }]
        );
        assert_eq!((r.usage.input, r.usage.output), (25, 40));
    }
}
