//! The wire vocabulary (DESIGN.md section 4): one JSON object per event, `type` first. The desktop UI,
//! the CLI's `--json` output and history replay all speak it. Clients ignore types they do not know, so
//! new variants may be added; existing fields never change meaning.

use crate::error::ErrorBody;
use crate::snapshot::ArtifactUpdate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    pub duration_ms: u64,
    pub turns: u32,
    pub input_tokens: u64,
    pub output_tokens: u64,
    /// None when the price of the model is unknown.
    pub cost_usd: Option<f64>,
    pub provider: String,
    pub model: Option<String>,
    /// False when the provider did not report token usage for every round trip (LM Studio's streams,
    /// some llama.cpp builds): the token counts are then incomplete, and a client says "not reported".
    /// Absent in receipts written before this field existed (read as true).
    #[serde(default = "reported")]
    pub tokens_reported: bool,
}

fn reported() -> bool {
    true
}

/// What one request to a model holds, in estimated tokens, and the window it has to fit: sent as a
/// `prompt_budget` event before every model round trip.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PromptBudget {
    /// The round trip of the turn (1, 2, ...).
    pub round: u32,
    /// `plan` (the analysis plan through structured output) or `tools` (multi-turn tool calling).
    pub mode: String,
    /// The model's context window in tokens, when known.
    pub context_tokens: Option<u64>,
    /// Where that figure came from: `ollama num_ctx (set by the app)`, `llama-server n_ctx`, `setting`, ...
    pub context_source: String,
    /// Tokens kept free for the answer (the `max_tokens` sent).
    pub output_tokens: u64,
    /// Every part together.
    pub prompt_tokens: u64,
    pub parts: BudgetParts,
    /// What was shortened or left out so that the prompt fits.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cuts: Vec<String>,
}

/// The parts of a prompt, in estimated tokens.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BudgetParts {
    /// The house rules (or the plan instructions).
    pub rules: u64,
    /// The desk's tables (schemas and profiles).
    pub tables: u64,
    /// The tool definitions (JSON Schemas).
    pub tools: u64,
    /// Earlier turns of the conversation, replayed.
    pub history: u64,
    pub question: u64,
    /// This turn's work so far: tool calls and their results, corrections.
    pub work: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    SessionStart {
        conversation_id: String,
        turn: i64,
    },
    TextDelta {
        text: String,
    },
    ToolStart {
        id: String,
        name: String,
        input: serde_json::Value,
    },
    ToolResult {
        id: String,
        ok: bool,
        summary: String,
    },
    ArtifactUpdate(ArtifactUpdate),
    /// The prompt of the next model round trip, by part (estimated tokens), against the model's window.
    PromptBudget(PromptBudget),
    /// Something the person waits for that is not the answer ("loading the model… 12 s"); not kept in history.
    Status {
        message: String,
    },
    Complete {
        receipt: Receipt,
    },
    Error(ErrorBody),
}

impl Event {
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
}
