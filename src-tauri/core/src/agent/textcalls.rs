//! Tool calls written as text. When a server does not parse a model's tool-call format (a chat template
//! it does not know, llama-server without `--jinja`, an older Ollama), the call arrives as plain text:
//! Hermes/Qwen's `<tool_call>{"name": ..., "arguments": {...}}</tool_call>`, Llama 3.1's
//! `<|python_tag|>{"name": ..., "parameters": {...}}`, Mistral's `[TOOL_CALLS][{...}]`, or a bare JSON
//! object (also inside a ```json fence). [`parse`] turns those into real calls, only for tools that were
//! offered; [`Holdback`] keeps such text off the screen while it streams, so a person never sees raw JSON
//! where an answer should be.

use super::context::ToolCall;
use serde_json::Value;

const MARKERS: [&str; 3] = ["<tool_call>", "<|python_tag|>", "[TOOL_CALLS]"];

/// The calls written in `text` (only names in `tools`), and the text left once they are taken out.
/// None when the text holds no call.
pub(crate) fn parse(text: &str, tools: &[String]) -> Option<(Vec<ToolCall>, String)> {
    let mut calls = Vec::new();
    let mut rest = String::new();
    let mut s = text;
    // Tagged forms: everything after a marker up to its closing tag (or the next marker, or the end).
    while let Some((pos, marker)) = MARKERS.iter().filter_map(|m| s.find(m).map(|p| (p, *m))).min_by_key(|(p, _)| *p) {
        rest.push_str(&s[..pos]);
        let after = &s[pos + marker.len()..];
        let end = after
            .find("</tool_call>")
            .unwrap_or_else(|| MARKERS.iter().filter_map(|m| after.find(m)).min().unwrap_or(after.len()));
        let body = &after[..end];
        // Llama 3.1 separates several calls with `;`.
        let found = calls_in(body, tools);
        if found.is_empty() {
            rest.push_str(&s[pos..pos + marker.len() + end]);
        }
        calls.extend(found);
        s = after[end..].strip_prefix("</tool_call>").unwrap_or(&after[end..]);
    }
    rest.push_str(s);
    if calls.is_empty() {
        // Bare JSON: the whole reply, or fenced blocks in it.
        let whole = calls_in(strip_fence(text.trim()), tools);
        if !whole.is_empty() {
            return Some((numbered(whole), String::new()));
        }
        let mut out = String::new();
        let mut found = Vec::new();
        let mut t = text;
        while let Some(start) = t.find("```") {
            let after = &t[start + 3..];
            let Some(len) = after.find("```") else { break };
            let block = &after[..len];
            let got = calls_in(strip_fence(&format!("```{block}```")), tools);
            if got.is_empty() {
                out.push_str(&t[..start + 3 + len + 3]);
            } else {
                out.push_str(&t[..start]);
                found.extend(got);
            }
            t = &after[len + 3..];
        }
        out.push_str(t);
        if found.is_empty() {
            return None;
        }
        return Some((numbered(found), out.trim().to_string()));
    }
    Some((numbered(calls), rest.trim().to_string()))
}

fn numbered(mut calls: Vec<ToolCall>) -> Vec<ToolCall> {
    for (i, c) in calls.iter_mut().enumerate() {
        c.id = format!("text_call_{i}");
    }
    calls
}

fn strip_fence(s: &str) -> &str {
    let Some(inner) = s.strip_prefix("```") else { return s };
    let inner = inner.strip_suffix("```").unwrap_or(inner);
    let inner = inner.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    inner.trim()
}

/// Calls in a piece of text that should be JSON: one object, an array of them, or `;`-separated objects.
fn calls_in(body: &str, tools: &[String]) -> Vec<ToolCall> {
    let body = body.trim();
    if body.is_empty() {
        return Vec::new();
    }
    if let Ok(v) = serde_json::from_str::<Value>(body) {
        return match v {
            Value::Array(items) => items.iter().filter_map(|i| call_of(i, tools)).collect(),
            other => call_of(&other, tools).into_iter().collect(),
        };
    }
    // Several objects in a row (`{...}; {...}` or one per line): read them one after another.
    let mut out = Vec::new();
    let mut rest = body;
    while !rest.is_empty() {
        let mut objects = serde_json::Deserializer::from_str(rest).into_iter::<Value>();
        let Some(Ok(v)) = objects.next() else { break };
        out.extend(call_of(&v, tools));
        rest = rest[objects.byte_offset()..].trim_start_matches([';', ',', ' ', '\n', '\r', '\t']);
    }
    out
}

fn call_of(v: &Value, tools: &[String]) -> Option<ToolCall> {
    let v = v.get("function").filter(|f| f.is_object()).unwrap_or(v);
    let name = v.get("name").or_else(|| v.get("tool")).and_then(Value::as_str)?;
    if !tools.iter().any(|t| t == name) {
        return None;
    }
    let args = ["arguments", "parameters", "input", "args", "tool_input"].iter().find_map(|k| v.get(*k));
    let input = match args {
        Some(Value::String(s)) => super::model::parse_arguments(s),
        Some(obj @ Value::Object(_)) => obj.clone(),
        None => Value::Object(serde_json::Map::new()),
        Some(_) => return None,
    };
    Some(ToolCall { id: String::new(), name: name.to_string(), input })
}

/// Keeps text that looks like a written tool call off the screen until the reply ends: a reply that
/// starts with `{`, `[` or a code fence, and everything from a call marker on. Other text passes at once.
#[derive(Debug, Default)]
pub(crate) struct Holdback {
    /// Text not shown yet.
    held: String,
    /// Everything from here on is held (a call marker or a JSON start was seen).
    holding: bool,
    /// Something that is not a call was shown, so a leading `{` no longer means a call.
    started: bool,
}

impl Holdback {
    /// Take a streamed piece; returns what may be shown now.
    pub fn push(&mut self, piece: &str) -> String {
        self.held.push_str(piece);
        if self.holding {
            return String::new();
        }
        if !self.started {
            let t = self.held.trim_start();
            if t.is_empty() {
                return String::new();
            }
            let head: String = t.chars().take(3).collect();
            if t.starts_with(['{', '[']) || "```".starts_with(&head) {
                self.holding = true;
                return String::new();
            }
        }
        // Show everything up to a marker, or up to a tail that may still become one.
        if let Some(pos) = MARKERS.iter().filter_map(|m| self.held.find(m)).min() {
            self.holding = true;
            return self.release(pos);
        }
        let held = &self.held;
        let keep =
            MARKERS.iter().flat_map(|m| (1..m.len()).filter(move |n| held.ends_with(&m[..*n]))).max().unwrap_or(0);
        let cut = self.held.len() - keep;
        if cut > 0 {
            self.started = true;
        }
        self.release(cut)
    }

    fn release(&mut self, upto: usize) -> String {
        let shown: String = self.held[..upto].to_string();
        self.held.drain(..upto);
        shown
    }

    /// The text still held when the reply ends.
    pub fn finish(&mut self) -> String {
        std::mem::take(&mut self.held)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use serde_json::json;

    fn tools() -> Vec<String> {
        ["sql", "chart", "finish_report"].iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn hermes_tags_llama_tags_and_bare_json_become_calls() {
        let (c, rest) = parse(
            "Let me look.\n<tool_call>\n{\"name\": \"sql\", \"arguments\": {\"query\": \"select 1\"}}\n</tool_call>",
            &tools(),
        )
        .unwrap();
        assert_eq!((c[0].name.as_str(), &c[0].input), ("sql", &json!({"query": "select 1"})));
        assert_eq!(rest, "Let me look.");
        let (c, _) = parse(
            "<|python_tag|>{\"name\": \"sql\", \"parameters\": {\"query\": \"select 2\"}}; {\"name\": \"chart\", \"parameters\": {\"type\": \"bar\"}}",
            &tools(),
        )
        .unwrap();
        assert_eq!(c.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["sql", "chart"]);
        let (c, rest) =
            parse("{\"name\": \"sql\", \"arguments\": \"{\\\"query\\\": \\\"select 3\\\"}\"}", &tools()).unwrap();
        assert_eq!((c[0].input.clone(), rest.as_str()), (json!({"query": "select 3"}), ""));
        let (c, _) = parse(
            "```json\n[{\"type\":\"function\",\"function\":{\"name\":\"sql\",\"arguments\":{\"query\":\"x\"}}}]\n```",
            &tools(),
        )
        .unwrap();
        assert_eq!(c[0].name, "sql");
        let (c, _) =
            parse("[TOOL_CALLS][{\"name\": \"finish_report\", \"arguments\": {\"headline\": \"h\"}}]", &tools())
                .unwrap();
        assert_eq!(c[0].input["headline"], "h");
        let (c, rest) =
            parse("Here:\n```json\n{\"name\": \"sql\", \"arguments\": {\"query\": \"y\"}}\n```\nDone.", &tools())
                .unwrap();
        assert_eq!((c.len(), rest.as_str()), (1, "Here:\n\nDone."));
    }

    #[test]
    fn plain_answers_and_unknown_tools_are_not_calls() {
        assert!(parse("North made 1,200 and South 800.", &tools()).is_none());
        assert!(parse("{\"name\": \"rm_rf\", \"arguments\": {}}", &tools()).is_none(), "only offered tools");
        assert!(parse("{\"revenue\": 1200}", &tools()).is_none());
        assert!(parse("```sql\nselect 1\n```", &tools()).is_none());
    }

    #[test]
    fn the_holdback_shows_prose_and_holds_calls() {
        let mut h = Holdback::default();
        let mut shown = String::new();
        for p in ["Let me ", "check.\n<tool", "_call>{\"name\"", ": \"sql\"}</tool_call>"] {
            shown.push_str(&h.push(p));
        }
        assert_eq!(shown, "Let me check.\n");
        assert!(h.finish().starts_with("<tool_call>"));
        let mut h = Holdback::default();
        assert_eq!(h.push("  {\"name\""), "");
        assert_eq!(h.push(": 1}"), "");
        assert_eq!(h.finish(), "  {\"name\": 1}");
        let mut h = Holdback::default();
        assert_eq!(h.push("North leads "), "North leads ");
        assert_eq!(h.push("{see} <"), "{see} ", "a `<` that may start a marker waits");
        assert_eq!(h.push("b>bold"), "<b>bold");
    }
}
