//! Ollama's native chat API (`POST <root>/api/chat`), used when the OpenAI-compatible base URL turns out
//! to be Ollama (see [`super::server`]). Only this API lets the app set the context window
//! (`options.num_ctx`: Ollama's `/v1` cannot, and its default of 4k tokens on most machines silently drops
//! the start of a longer prompt), keep the model loaded between questions (`keep_alive`), cap the answer
//! (`num_predict`), ask for structured output (`format` with a JSON Schema) and turn thinking off for
//! thinking models (`think: false`). The stream is newline-delimited JSON: `message` pieces, then a last
//! object with `done: true`, the stop reason and the token counts; an `{"error": ...}` line ends it.

use super::context::{Msg, ToolCall};
use super::http;
use super::model::{parse_arguments, Ask, Endpoint, ModelReply, Usage};
use super::AgentError;
use serde_json::{json, Value};

/// How long Ollama keeps the model loaded after a request (its default is 5 minutes).
pub const KEEP_ALIVE: &str = "30m";

/// What the app sets in every request to Ollama.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Options {
    pub num_ctx: u32,
    /// `Some(false)` for a model that thinks by default: a plan needs no visible reasoning.
    pub think: Option<bool>,
}

/// `http://host:11434/v1` → `http://host:11434`: where Ollama's native API lives.
pub(crate) fn root(base_url: &str) -> String {
    let b = base_url.trim_end_matches('/');
    b.strip_suffix("/v1").unwrap_or(b).to_string()
}

pub(crate) fn request_body(model: &str, ask: &Ask<'_>, opts: Options) -> Value {
    let mut messages = vec![json!({"role": "system", "content": ask.system})];
    let mut names = std::collections::HashMap::new();
    for m in ask.msgs {
        match m {
            Msg::User(text) => messages.push(json!({"role": "user", "content": text})),
            Msg::Assistant { text, calls } => {
                let mut msg = json!({"role": "assistant", "content": text});
                if !calls.is_empty() {
                    msg["tool_calls"] = calls
                        .iter()
                        .map(|c| {
                            names.insert(c.id.clone(), c.name.clone());
                            json!({"function": {"name": c.name, "arguments": c.input}})
                        })
                        .collect();
                }
                messages.push(msg);
            }
            Msg::ToolResults(results) => {
                for r in results {
                    let mut msg = json!({"role": "tool", "content": r.content});
                    if let Some(name) = names.get(&r.id) {
                        msg["tool_name"] = json!(name);
                    }
                    messages.push(msg);
                }
            }
        }
    }
    let mut options = json!({"num_ctx": opts.num_ctx, "num_predict": ask.max_tokens});
    if let Some(t) = ask.temperature {
        options["temperature"] = json!(t);
    }
    let mut body = json!({
        "model": model,
        "messages": messages,
        "stream": true,
        "keep_alive": KEEP_ALIVE,
        "options": options,
    });
    if let Some(think) = opts.think {
        body["think"] = json!(think);
    }
    if let Some(f) = ask.format {
        body["format"] = f.schema.clone();
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

/// Accumulates a streamed native chat reply.
#[derive(Debug, Default)]
pub(crate) struct LineState {
    text: String,
    calls: Vec<ToolCall>,
    usage: Usage,
    usage_seen: bool,
    stop: Option<String>,
    done: bool,
}

impl http::StreamState for LineState {
    fn handle(&mut self, data: &str, on_text: &mut dyn FnMut(&str)) -> Result<(), AgentError> {
        LineState::handle(self, data, on_text)
    }
    fn done(&self) -> bool {
        self.done
    }
}

impl LineState {
    pub fn handle(&mut self, line: &str, on_text: &mut dyn FnMut(&str)) -> Result<(), AgentError> {
        let line = line.trim();
        if line.is_empty() {
            return Ok(());
        }
        let v: Value = serde_json::from_str(line).map_err(|e| {
            AgentError::BadResponse(format!(
                "a line of Ollama's stream is not JSON ({e}): {}",
                http::shorten(line, 200)
            ))
        })?;
        if let Some(err) = v.get("error").filter(|e| !e.is_null()) {
            let message = err.as_str().map(str::to_string).unwrap_or_else(|| err.to_string());
            return Err(AgentError::from_stream_error("", message));
        }
        if let Some(m) = v.get("message") {
            if let Some(t) = m.get("content").and_then(Value::as_str).filter(|t| !t.is_empty()) {
                self.text.push_str(t);
                on_text(t);
            }
            for (i, c) in m.get("tool_calls").and_then(Value::as_array).into_iter().flatten().enumerate() {
                let f = c.get("function").unwrap_or(c);
                let Some(name) = f.get("name").and_then(Value::as_str).filter(|n| !n.is_empty()) else { continue };
                let input = match f.get("arguments") {
                    Some(Value::String(s)) => parse_arguments(s),
                    Some(obj @ Value::Object(_)) => obj.clone(),
                    _ => json!({}),
                };
                let id = c
                    .get("id")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("call_{}", self.calls.len() + i));
                self.calls.push(ToolCall { id, name: name.to_string(), input });
            }
        }
        if v.get("done").and_then(Value::as_bool) == Some(true) {
            self.done = true;
            self.stop = v.get("done_reason").and_then(Value::as_str).map(str::to_string);
            let n = |k: &str| v.get(k).and_then(Value::as_u64);
            if let Some(i) = n("prompt_eval_count") {
                self.usage.input = i;
                self.usage_seen = true;
            }
            if let Some(o) = n("eval_count") {
                self.usage.output = o;
                self.usage_seen = true;
            }
        }
        Ok(())
    }

    pub fn into_reply(self) -> Result<ModelReply, AgentError> {
        if !self.done && self.text.is_empty() && self.calls.is_empty() {
            return Err(AgentError::BadResponse("Ollama's stream ended before the model answered".into()));
        }
        Ok(ModelReply {
            text: self.text,
            calls: self.calls,
            usage: self.usage,
            usage_reported: self.usage_seen,
            stop: self.stop,
        })
    }
}

/// One streamed round trip to `<root>/api/chat`.
pub(crate) async fn stream(
    ep: &Endpoint<'_>,
    body: &Value,
    on_text: &mut dyn FnMut(&str),
    on_wait: &mut dyn FnMut(&str),
    answered: &mut bool,
) -> Result<ModelReply, AgentError> {
    let (policy, cancel, key) = (ep.policy, ep.cancel, ep.key);
    let url = format!("{}/api/chat", root(ep.base_url));
    let payload = body.to_string();
    let make = || {
        let mut rb = ep.client.post(&url).header("content-type", "application/json").body(payload.clone());
        if let Some(k) = key {
            rb = rb.header("authorization", format!("Bearer {}", k.expose()));
        }
        rb
    };
    let mut resp = http::post(&make, &url, policy, key, cancel, on_wait).await?;
    *answered = true;
    let mut state = LineState::default();
    http::pump_lines(&mut resp, &url, policy, cancel, &mut state, on_text).await?;
    state.into_reply()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn roots() {
        assert_eq!(root("http://127.0.0.1:11434/v1"), "http://127.0.0.1:11434");
        assert_eq!(root("http://127.0.0.1:11434/v1/"), "http://127.0.0.1:11434");
        assert_eq!(root("http://127.0.0.1:11434"), "http://127.0.0.1:11434");
    }

    #[test]
    fn a_native_stream_gives_text_calls_and_counts() {
        let mut st = LineState::default();
        let mut shown = String::new();
        for line in [
            r#"{"model":"m","message":{"role":"assistant","content":"Hel"},"done":false}"#,
            r#"{"model":"m","message":{"role":"assistant","content":"lo","tool_calls":[{"function":{"name":"sql","arguments":{"query":"select 1"}}}]},"done":false}"#,
            r#"{"model":"m","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","prompt_eval_count":120,"eval_count":9}"#,
        ] {
            st.handle(line, &mut |t| shown.push_str(t)).unwrap();
        }
        let r = st.into_reply().unwrap();
        assert_eq!((r.text.as_str(), shown.as_str()), ("Hello", "Hello"));
        assert_eq!(r.calls[0].input, json!({"query": "select 1"}));
        assert_eq!((r.usage.input, r.usage.output, r.usage_reported), (120, 9, true));
        let e = LineState::default().handle(r#"{"error":"model requires more system memory"}"#, &mut |_| {});
        assert!(e.unwrap_err().to_string().contains("more system memory"));
    }

    #[test]
    fn the_body_sets_the_context_and_names_tool_results() {
        let msgs = vec![
            Msg::User("q".into()),
            Msg::Assistant {
                text: String::new(),
                calls: vec![ToolCall { id: "c1".into(), name: "sql".into(), input: json!({"query": "x"}) }],
            },
            Msg::ToolResults(vec![super::super::context::ToolResultMsg {
                id: "c1".into(),
                content: "r".into(),
                ok: true,
            }]),
        ];
        let format = super::super::model::Format { name: "plan", schema: json!({"type": "object"}) };
        let ask = Ask {
            system: "s",
            msgs: &msgs,
            tools: &[],
            format: Some(&format),
            max_tokens: 500,
            temperature: Some(0.0),
        };
        let b = request_body("qwen3", &ask, Options { num_ctx: 8192, think: Some(false) });
        assert_eq!(b["options"]["num_ctx"], 8192);
        assert_eq!(b["options"]["num_predict"], 500);
        assert_eq!(b["keep_alive"], KEEP_ALIVE);
        assert_eq!(b["think"], false);
        assert_eq!(b["format"], json!({"type": "object"}));
        assert_eq!(b["messages"][2]["tool_calls"][0]["function"]["arguments"], json!({"query": "x"}));
        assert_eq!(b["messages"][3], json!({"role": "tool", "content": "r", "tool_name": "sql"}));
    }
}
