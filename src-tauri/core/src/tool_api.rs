//! The contract between the analyst (any provider) and its tools: what a tool is called, what it takes,
//! and what it gives back. The toolbox implements [`ToolRunner`]; the agent loop only sees this trait,
//! so tests can drive the loop with a scripted runner and the offline analyst uses the very same tools.

use serde::{Deserialize, Serialize};

/// A tool as a model sees it: name, description, and a JSON Schema of its input object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolSpec {
    pub name: String,
    pub description: String,
    pub input_schema: serde_json::Value,
}

/// What one tool call produced. A failure is a result too (`ok: false`), never a crash of the turn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToolOutput {
    pub ok: bool,
    /// One line for the UI's tool badge and the `tool_result` event.
    pub summary: String,
    /// What the model reads (markdown table, file text, error message with its code).
    pub content: String,
    /// Structured result for the UI (rows as JSON, chart path, ...); Null when there is none.
    #[serde(default)]
    pub data: serde_json::Value,
}

impl ToolOutput {
    pub fn error(code: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        ToolOutput {
            ok: false,
            summary: format!("error: {message}"),
            content: format!("error [{code}]: {message}"),
            data: serde_json::json!({ "code": code, "message": message }),
        }
    }
}

/// Something that can run the analyst's tools inside one desk.
pub trait ToolRunner: Send {
    fn specs(&self) -> Vec<ToolSpec>;
    /// The turn's Stop: a runner that can end a running call early watches it (the turn calls this
    /// before the first tool call). By default nothing is watched.
    fn set_cancel(&mut self, _cancel: &crate::agent::CancelToken) {}
    /// Get ready to answer queries while the turn does other work (the toolbox starts its query worker
    /// and has it open the desk's database). The turn calls this when it starts.
    fn warm(&mut self) {}
    fn call(&mut self, name: &str, input: &serde_json::Value) -> ToolOutput;
}
