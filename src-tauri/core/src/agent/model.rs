//! What one model round trip gives back, whichever HTTP provider produced it.

use super::context::ToolCall;
use super::http::RetryPolicy;
use super::secret::ApiKey;
use super::CancelToken;

/// Where and how one round trip goes: the same for every round of a turn.
pub(crate) struct Endpoint<'a> {
    pub client: &'a reqwest::Client,
    pub base_url: &'a str,
    pub key: Option<&'a ApiKey>,
    pub policy: &'a RetryPolicy,
    pub cancel: &'a CancelToken,
}

/// Token counts of one round trip (or a whole turn, summed).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Usage {
    pub input: u64,
    pub output: u64,
    pub cache_write: u64,
    pub cache_read: u64,
}

impl std::ops::AddAssign for Usage {
    fn add_assign(&mut self, o: Usage) {
        self.input += o.input;
        self.output += o.output;
        self.cache_write += o.cache_write;
        self.cache_read += o.cache_read;
    }
}

impl Usage {
    /// Every input token, cached or not (what a receipt shows).
    pub fn all_input(&self) -> u64 {
        self.input + self.cache_write + self.cache_read
    }
}

/// One assistant message: its text, the tool calls it made, token usage and why it stopped.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct ModelReply {
    pub text: String,
    pub calls: Vec<ToolCall>,
    pub usage: Usage,
    /// The server reported token usage (LM Studio's streams do not).
    pub usage_reported: bool,
    pub stop: Option<String>,
}

impl ModelReply {
    /// The model stopped because it reached its output limit (`max_tokens`): the reply is cut.
    pub fn cut_at_limit(&self) -> bool {
        matches!(self.stop.as_deref(), Some("length" | "max_tokens"))
    }
}

/// Structured output: the reply must be one JSON value following `schema` (OpenAI's `response_format`
/// with a JSON Schema, Ollama's `format`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Format {
    pub name: &'static str,
    pub schema: serde_json::Value,
}

/// What one model request asks, whichever wire carries it.
pub(crate) struct Ask<'a> {
    pub system: &'a str,
    pub msgs: &'a [super::context::Msg],
    pub tools: &'a [crate::tool_api::ToolSpec],
    pub format: Option<&'a Format>,
    pub max_tokens: u32,
    /// None: the server's default (OpenAI's reasoning models accept no other).
    pub temperature: Option<f64>,
}

/// Arguments of a streamed tool call that are not valid JSON still reach the tool (which will refuse
/// them with a message the model can act on) instead of ending the turn.
pub(crate) fn parse_arguments(raw: &str) -> serde_json::Value {
    let raw = raw.trim();
    if raw.is_empty() {
        return serde_json::json!({});
    }
    serde_json::from_str(raw).unwrap_or_else(|_| serde_json::json!({ "_unparsed_arguments": raw }))
}
