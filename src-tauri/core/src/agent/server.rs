//! Which server answers at an OpenAI-compatible base URL, and what it says about the model: how large a
//! context window it runs (or could run) and whether the model takes tools. Each server tells this in
//! its own place, asked here with a few quick GETs (nothing is generated):
//!
//! - Ollama: `GET /api/version`, then `POST /api/show` (the model's trained context length, its
//!   capabilities `tools`/`thinking`, its size, a Modelfile `num_ctx`). The app then talks to Ollama's
//!   native API and sets the window itself ([`super::ollama`]).
//! - llama.cpp's llama-server: `GET /props` (`default_generation_settings.n_ctx`, the model file it
//!   serves; it serves exactly one model and answers to any model name).
//! - vLLM: `max_model_len` in `GET /v1/models`.
//! - LM Studio: `GET /api/v0/models` (`loaded_context_length` of a loaded model).
//! - OpenAI itself (api.openai.com), and any other hosted service behind https: nothing asked.
//!
//! Anything that does not answer is simply not known; discovery never fails a turn. Not here: choosing
//! the mode or the budget ([`super::budget`]).

use super::ApiKey;
use serde::Serialize;
use serde_json::{json, Value};
use std::time::Duration;

/// How long one discovery request may take.
const ASK_TIMEOUT: Duration = Duration::from_secs(4);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum ServerKind {
    Ollama,
    LlamaCpp,
    Vllm,
    LmStudio,
    Openai,
    /// Answers the OpenAI API but said nothing more about itself.
    #[default]
    Other,
}

impl ServerKind {
    pub fn name(self) -> &'static str {
        match self {
            ServerKind::Ollama => "Ollama",
            ServerKind::LlamaCpp => "llama.cpp's llama-server",
            ServerKind::Vllm => "vLLM",
            ServerKind::LmStudio => "LM Studio",
            ServerKind::Openai => "OpenAI",
            ServerKind::Other => "an OpenAI-compatible server",
        }
    }

    /// A server that runs models on the person's own hardware (small models are the rule there).
    pub fn runs_local_models(self) -> bool {
        matches!(self, ServerKind::Ollama | ServerKind::LlamaCpp | ServerKind::Vllm | ServerKind::LmStudio)
    }
}

/// What discovery learned.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ServerInfo {
    pub kind: ServerKind,
    pub version: Option<String>,
    /// The window the server runs the model with now (llama-server, vLLM, a loaded LM Studio model).
    pub context: Option<u32>,
    /// Where `context` came from.
    pub context_source: Option<String>,
    /// The longest context the model was trained for (Ollama's `model_info`, llama-server's `n_ctx_train`).
    pub model_max: Option<u32>,
    /// A `num_ctx` set in the model's Ollama Modelfile.
    pub modelfile_ctx: Option<u32>,
    /// Whether the model takes tools, when the server says (Ollama's capabilities).
    pub tools: Option<bool>,
    /// A model that thinks aloud by default (Ollama's `thinking` capability).
    pub thinking: bool,
    /// Billions of parameters, when the server says (Ollama's `parameter_size`).
    pub parameters_b: Option<f64>,
    /// llama-server: the one model file it serves.
    pub served_model: Option<String>,
    /// The model was not found (Ollama's `/api/show` answered 404).
    pub model_missing: bool,
}

/// `http://host:port/v1` → `http://host:port`.
pub(crate) fn root(base_url: &str) -> String {
    super::ollama::root(base_url)
}

async fn get_json(client: &reqwest::Client, url: &str, key: Option<&ApiKey>) -> Option<(u16, Value)> {
    let mut rb = client.get(url).timeout(ASK_TIMEOUT);
    if let Some(k) = key {
        rb = rb.bearer_auth(k.expose());
    }
    let resp = rb.send().await.ok()?;
    let status = resp.status().as_u16();
    let v = serde_json::from_str(&resp.text().await.ok()?).ok()?;
    Some((status, v))
}

fn as_u32(v: Option<&Value>) -> Option<u32> {
    v.and_then(Value::as_u64).filter(|n| *n > 0).map(|n| n.min(u32::MAX as u64) as u32)
}

/// Ask the server at `base_url` what it is and what it knows of `model`. `listed` is its model list
/// (`GET /v1/models`) when the caller already has it.
pub(crate) async fn discover(
    client: &reqwest::Client,
    base_url: &str,
    model: &str,
    key: Option<&ApiKey>,
    listed: Option<&Value>,
) -> ServerInfo {
    let mut info = ServerInfo::default();
    if super::openai::is_openai(base_url) {
        info.kind = ServerKind::Openai;
        return info;
    }
    // A hosted service behind https is not a model server of the person's own: nothing to ask.
    if base_url.starts_with("https://") && !super::is_local(base_url) {
        return info;
    }
    let root = root(base_url);
    if let Some((200, v)) = get_json(client, &format!("{root}/api/version"), key).await {
        if let Some(version) = v.get("version").and_then(Value::as_str) {
            info.kind = ServerKind::Ollama;
            info.version = Some(version.to_string());
            ollama_show(client, &root, model, key, &mut info).await;
            return info;
        }
    }
    if let Some((200, v)) = get_json(client, &format!("{root}/props"), key).await {
        let n_ctx = as_u32(v.pointer("/default_generation_settings/n_ctx")).or_else(|| as_u32(v.get("n_ctx")));
        if n_ctx.is_some() || v.get("model_path").is_some() {
            info.kind = ServerKind::LlamaCpp;
            info.context = n_ctx;
            info.context_source = n_ctx.map(|_| "llama-server n_ctx".to_string());
            info.served_model = v.get("model_path").and_then(Value::as_str).map(str::to_string);
            info.version = v.get("build_info").and_then(Value::as_str).map(str::to_string);
            return info;
        }
    }
    let fetched = match listed {
        Some(v) => Some((200, v.clone())),
        None => get_json(client, &super::probe::openai_models_url(base_url), key).await,
    };
    if let Some((200, v)) = fetched {
        let list = v.get("data").and_then(Value::as_array).cloned().unwrap_or_default();
        let entry = list.iter().find(|m| m.get("id").and_then(Value::as_str) == Some(model)).or_else(|| {
            if list.len() == 1 {
                list.first()
            } else {
                None
            }
        });
        if let Some(m) = entry {
            if let Some(n) = as_u32(m.get("max_model_len")) {
                info.kind = ServerKind::Vllm;
                info.context = Some(n);
                info.context_source = Some("vLLM max_model_len".into());
                return info;
            }
            if m.get("owned_by").and_then(Value::as_str) == Some("llamacpp") {
                info.kind = ServerKind::LlamaCpp;
                info.model_max = as_u32(m.pointer("/meta/n_ctx_train"));
                info.served_model = m.get("id").and_then(Value::as_str).map(str::to_string);
                return info;
            }
        }
    }
    if let Some((200, v)) = get_json(client, &format!("{root}/api/v0/models"), key).await {
        let list = v.get("data").and_then(Value::as_array).cloned().unwrap_or_default();
        if list.iter().any(|m| m.get("max_context_length").is_some()) {
            info.kind = ServerKind::LmStudio;
            if let Some(m) = list.iter().find(|m| m.get("id").and_then(Value::as_str) == Some(model)) {
                info.model_max = as_u32(m.get("max_context_length"));
                info.context = as_u32(m.get("loaded_context_length"));
                info.context_source = info.context.map(|_| "LM Studio loaded_context_length".to_string());
            }
        }
    }
    info
}

async fn ollama_show(client: &reqwest::Client, root: &str, model: &str, key: Option<&ApiKey>, info: &mut ServerInfo) {
    let mut rb = client
        .post(format!("{root}/api/show"))
        .timeout(ASK_TIMEOUT)
        .header("content-type", "application/json")
        .body(json!({"model": model}).to_string());
    if let Some(k) = key {
        rb = rb.bearer_auth(k.expose());
    }
    let Ok(resp) = rb.send().await else { return };
    if resp.status().as_u16() == 404 {
        info.model_missing = true;
        return;
    }
    let Ok(text) = resp.text().await else { return };
    let Ok(v) = serde_json::from_str::<Value>(&text) else { return };
    info.model_max = v
        .get("model_info")
        .and_then(Value::as_object)
        .and_then(|o| o.iter().find(|(k, _)| k.ends_with(".context_length")).map(|(_, n)| n))
        .and_then(|n| as_u32(Some(n)));
    if let Some(caps) = v.get("capabilities").and_then(Value::as_array) {
        let has = |c: &str| caps.iter().any(|x| x.as_str() == Some(c));
        info.tools = Some(has("tools"));
        info.thinking = has("thinking");
    }
    info.parameters_b = v
        .pointer("/details/parameter_size")
        .and_then(Value::as_str)
        .and_then(|s| s.trim().trim_end_matches(['B', 'b']).parse::<f64>().ok());
    info.modelfile_ctx = v.get("parameters").and_then(Value::as_str).and_then(|p| {
        p.lines().find_map(|l| {
            let mut w = l.split_whitespace();
            (w.next() == Some("num_ctx")).then(|| w.next().and_then(|n| n.parse().ok())).flatten()
        })
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_model_servers() {
        assert!(ServerKind::Ollama.runs_local_models() && ServerKind::LmStudio.runs_local_models());
        assert!(!ServerKind::Openai.runs_local_models() && !ServerKind::Other.runs_local_models());
    }
}
