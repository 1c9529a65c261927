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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    SessionStart { conversation_id: String, turn: i64 },
    TextDelta { text: String },
    ToolStart { id: String, name: String, input: serde_json::Value },
    ToolResult { id: String, ok: bool, summary: String },
    ArtifactUpdate(ArtifactUpdate),
    Complete { receipt: Receipt },
    Error(ErrorBody),
}

impl Event {
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
}
