//! Why a turn ended without a receipt, as typed errors with stable snake_case codes a UI can act on
//! (`auth_failed` → ask for a key, `rate_limited` → wait, `provider_unreachable` → start Ollama, ...).
//! A failing *tool* is not an error here: it is a result the model sees.

use crate::error::{DeskError, ErrorBody};

#[derive(Debug, thiserror::Error)]
pub enum AgentError {
    #[error("the provider refused the API key: {message}")]
    AuthFailed { message: String },
    #[error("the provider is rate limiting requests: {message}")]
    RateLimited { message: String },
    #[error("the provider is overloaded: {message}")]
    Overloaded { message: String },
    #[error("cannot reach the provider at {url}: {message}")]
    Unreachable { url: String, message: String },
    #[error("the model was not found: {message}")]
    ModelNotFound { message: String },
    #[error(
        "the prompt does not fit the model's context window ({message}). Ask a narrower question, start a new \
         conversation, or give the model a larger context (the context length in Settings, or the server's own \
         setting such as llama-server -c)"
    )]
    ContextTooLong { message: String },
    #[error(
        "the model server cut the prompt: it read {read} tokens of the about {sent} sent, so its context window is \
         smaller than the prompt and it dropped the start (the rules, the tables or the question). The answer would \
         come from a cut prompt, so none is given. Set the model's context length in Settings (or start the server \
         with a larger context, e.g. llama-server -c 16384)"
    )]
    ContextTruncated { read: u64, sent: u64 },
    #[error(
        "the model server refuses tool calls ({message}). vLLM needs --enable-auto-tool-choice and \
         --tool-call-parser, llama-server needs --jinja, and Ollama lists which models can use tools. Choose \
         the analysis-plan mode in Settings, which needs no tool calls"
    )]
    ToolsUnsupported { message: String },
    #[error("the model server was still loading the model after {secs} s: {message}. Try again in a minute")]
    ModelLoading { secs: u64, message: String },
    #[error("this turn has cost ${spent:.4}, over its budget of ${budget:.4}")]
    BudgetExceeded { spent: f64, budget: f64 },
    #[error("the turn was cancelled")]
    Cancelled,
    #[error("the model made {0} round trips without finishing, the limit for one turn")]
    MaxRounds(u32),
    #[error("no API key for {provider}: save one in settings or set {env}")]
    MissingKey { provider: String, env: String },
    #[error("the built-in offline analyst is not available in this build yet; choose another provider")]
    OfflineUnavailable,
    #[error("the provider answered HTTP {status}: {message}")]
    Provider { status: u16, message: String },
    #[error("the provider's answer could not be understood: {0}")]
    BadResponse(String),
    #[error("the model could not write an analysis plan that fits the desk ({0}). Rephrase the question, or choose the tool-calling mode or a larger model in Settings")]
    PlanFailed(String),
    #[error("the Claude Code CLI could not be started ({program}): {message}")]
    ClaudeNotFound { program: String, message: String },
    #[error("Claude Code: {message}")]
    ClaudeCode { message: String },
    #[error("Claude Code runs only inside a sandbox, and it cannot be set up here: {message}")]
    SandboxUnavailable { message: String },
    #[error(transparent)]
    Desk(#[from] DeskError),
}

impl AgentError {
    pub fn code(&self) -> &'static str {
        match self {
            AgentError::AuthFailed { .. } => "auth_failed",
            AgentError::RateLimited { .. } => "rate_limited",
            AgentError::Overloaded { .. } => "provider_overloaded",
            AgentError::Unreachable { .. } => "provider_unreachable",
            AgentError::ModelNotFound { .. } => "model_not_found",
            AgentError::ContextTooLong { .. } => "context_too_long",
            AgentError::ContextTruncated { .. } => "context_truncated",
            AgentError::ToolsUnsupported { .. } => "tools_unsupported",
            AgentError::ModelLoading { .. } => "model_loading",
            AgentError::PlanFailed(_) => "plan_failed",
            AgentError::BudgetExceeded { .. } => "budget_exceeded",
            AgentError::Cancelled => "cancelled",
            AgentError::MaxRounds(_) => "max_rounds",
            AgentError::MissingKey { .. } => "missing_api_key",
            AgentError::OfflineUnavailable => "offline_unavailable",
            AgentError::Provider { .. } => "provider_error",
            AgentError::BadResponse(_) => "bad_response",
            AgentError::ClaudeNotFound { .. } => "claude_code_not_found",
            AgentError::ClaudeCode { .. } => "claude_code_error",
            AgentError::SandboxUnavailable { .. } => "sandbox_unavailable",
            AgentError::Desk(e) => e.code(),
        }
    }

    pub fn body(&self) -> ErrorBody {
        ErrorBody { code: self.code().to_string(), message: self.to_string() }
    }

    /// Worth another attempt after a pause (the request itself was fine).
    pub(crate) fn is_transient(&self) -> bool {
        matches!(self, AgentError::RateLimited { .. } | AgentError::Overloaded { .. })
            || matches!(self, AgentError::Provider { status, .. } if *status >= 500)
    }

    /// Map an HTTP status and the provider's own error message to the error a UI can act on.
    pub(crate) fn from_status(status: u16, message: String) -> Self {
        let lower = message.to_ascii_lowercase();
        let context = lower.contains("context length")
            || lower.contains("context_length")
            || lower.contains("context window")
            || lower.contains("context size") // llama.cpp: "the request exceeds the available context size"
            || lower.contains("exceed_context_size")
            || lower.contains("prompt is too long")
            || lower.contains("too many tokens")
            || lower.contains("maximum context");
        // vLLM without --enable-auto-tool-choice; Ollama for a model without tool support.
        let no_tools = lower.contains("enable-auto-tool-choice")
            || lower.contains("tool choice requires")
            || lower.contains("does not support tools")
            || lower.contains("requires --jinja"); // llama-server started without its chat templates

        match status {
            401 | 403 => AgentError::AuthFailed { message },
            404 => AgentError::ModelNotFound { message },
            413 => AgentError::ContextTooLong { message },
            400 | 422 if context => AgentError::ContextTooLong { message },
            400 | 422 | 500 if no_tools => AgentError::ToolsUnsupported { message },
            429 => AgentError::RateLimited { message },
            503 | 529 => AgentError::Overloaded { message },
            _ if lower.contains("overloaded") && status >= 500 => AgentError::Overloaded { message },
            _ => AgentError::Provider { status, message },
        }
    }

    /// Map an error reported inside a stream (`{"type": "overloaded_error", "message": ...}`).
    pub(crate) fn from_stream_error(kind: &str, message: String) -> Self {
        match kind {
            "overloaded_error" => AgentError::Overloaded { message },
            "rate_limit_error" => AgentError::RateLimited { message },
            "authentication_error" | "permission_error" => AgentError::AuthFailed { message },
            "not_found_error" => AgentError::ModelNotFound { message },
            "request_too_large" => AgentError::ContextTooLong { message },
            _ => match AgentError::from_status(400, message) {
                e @ (AgentError::ContextTooLong { .. } | AgentError::ToolsUnsupported { .. }) => e,
                AgentError::Provider { message, .. } => AgentError::Provider { status: 0, message },
                other => other,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::AgentError;

    #[test]
    fn statuses_map_to_codes_a_ui_can_act_on() {
        let code = |status, msg: &str| AgentError::from_status(status, msg.to_string()).code();
        assert_eq!(code(401, "invalid x-api-key"), "auth_failed");
        assert_eq!(code(403, "forbidden"), "auth_failed");
        assert_eq!(code(404, "model: claude-nope"), "model_not_found");
        assert_eq!(code(400, "prompt is too long: 210000 tokens > 200000 maximum"), "context_too_long");
        assert_eq!(code(400, "This model's maximum context length is 8192 tokens"), "context_too_long");
        assert_eq!(code(400, "messages: field required"), "provider_error");
        assert_eq!(
            code(400, "the request exceeds the available context size, try increasing it"),
            "context_too_long",
            "llama.cpp's words"
        );
        assert_eq!(
            code(400, "\"auto\" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set"),
            "tools_unsupported",
            "vLLM's refusal"
        );
        assert_eq!(code(400, "registry.ollama.ai/library/gemma:2b does not support tools"), "tools_unsupported");
        let e = AgentError::from_status(400, "\"auto\" tool choice requires --enable-auto-tool-choice".into());
        assert!(e.to_string().contains("analysis-plan mode"), "names the way out: {e}");
        assert_eq!(code(413, "request too large"), "context_too_long");
        assert_eq!(code(429, "rate limited"), "rate_limited");
        assert_eq!(code(529, "Overloaded"), "provider_overloaded");
        assert_eq!(code(503, "unavailable"), "provider_overloaded");
        assert_eq!(code(500, "internal"), "provider_error");
        assert!(AgentError::from_status(500, String::new()).is_transient());
        assert!(!AgentError::from_status(401, String::new()).is_transient());
        let stream = |kind, msg: &str| AgentError::from_stream_error(kind, msg.to_string()).code();
        assert_eq!(stream("overloaded_error", "Overloaded"), "provider_overloaded");
        assert_eq!(stream("rate_limit_error", "slow"), "rate_limited");
        assert_eq!(stream("invalid_request_error", "prompt is too long"), "context_too_long");
        assert_eq!(stream("api_error", "oops"), "provider_error");
        assert_eq!(
            stream("exceed_context_size_error", "the request exceeds the available context size"),
            "context_too_long"
        );
    }
}
