//! "Test connection": one cheap request that tells a person, before they ask a question, whether the
//! provider they chose answers, accepts their key, and has the model they named. For the HTTP providers it
//! lists the models (`GET <base>/models`, which Ollama, llama.cpp's server, LM Studio, OpenAI and Anthropic
//! all serve); for Claude Code it runs `claude --version`; the offline analyst needs nothing. Errors are the
//! turn's own (`auth_failed`, `provider_unreachable`, `model_not_found`, `missing_api_key`, ...), so the UI
//! shows the same fix for both. The key goes only to the chosen provider and never into a message.
//! For an OpenAI-compatible server it also says what the turn will find ([`super::server`]): which
//! server it is, the model's context window, whether the model takes tools, and which way the model will
//! answer (the analysis plan or tool calling). A server still loading its model (llama-server's 503
//! "Loading model") is asked again for a while, then said to be loading. A llama-server serves one
//! model and answers to any name, so any model name matches it.
//! Not here: the turn itself (`model_loop`), the key's storage (`secret`).

use super::server::{self, ServerInfo, ServerKind};
use super::{anthropic, http, is_local, AgentError, ApiKey, ProviderKind, ProviderSettings};
use serde::Serialize;
use std::path::Path;
use std::time::Duration;

/// How long a probe may take in all.
const PROBE_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a probe waits for a server that is loading its model, and how often it asks.
const PROBE_LOAD_WAIT: Duration = Duration::from_secs(30);
const PROBE_LOAD_POLL: Duration = Duration::from_millis(500);

/// What a successful probe found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProbeReport {
    /// One sentence for the person: what answered and what it has.
    pub message: String,
    /// The models the provider lists (empty when it lists none or is not an HTTP provider).
    pub models: Vec<String>,
    /// Which server answered (`ollama`, `llama-cpp`, `vllm`, `lm-studio`, `openai`, `other`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<ServerKind>,
    /// The context window a turn will budget for, in tokens, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context_length: Option<u32>,
    /// Whether the model takes tools, when the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tools: Option<bool>,
    /// How a turn will answer: `plan` or `tools`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<&'static str>,
}

impl ProbeReport {
    fn plain(message: String, models: Vec<String>) -> Self {
        ProbeReport { message, models, server: None, context_length: None, tools: None, mode: None }
    }
}

/// `<base>/models` for an OpenAI-compatible server (a bare `http://host:port` gets `/v1`, as for chat).
pub fn openai_models_url(base_url: &str) -> String {
    super::openai::endpoint(base_url).trim_end_matches("chat/completions").to_string() + "models"
}

/// `<base>/v1/models` for Anthropic.
pub fn anthropic_models_url(base_url: &str) -> String {
    anthropic::endpoint(base_url).trim_end_matches("messages").to_string() + "models"
}

/// Does the listed model id name the chosen model? Ollama lists `llama3.1:latest` for `llama3.1`.
fn same_model(listed: &str, chosen: &str) -> bool {
    listed == chosen || listed.strip_suffix(":latest") == Some(chosen) || chosen.strip_suffix(":latest") == Some(listed)
}

/// Probe the provider of `settings` with `key` (the turn's key: typed, environment or keychain).
/// `claude` is the Claude Code executable (default `claude` on PATH).
pub async fn probe(
    settings: &ProviderSettings,
    key: Option<&ApiKey>,
    claude: Option<&Path>,
) -> Result<ProbeReport, AgentError> {
    match settings.kind {
        ProviderKind::Offline => Ok(ProbeReport::plain(
            "The built-in offline analyst is part of the app: no connection, no key, nothing leaves this machine."
                .into(),
            Vec::new(),
        )),
        ProviderKind::ClaudeCode => {
            let mut report = claude_version(claude.unwrap_or(Path::new("claude"))).await?;
            // It never runs unconfined: a machine where the sandbox cannot be set up is told so now.
            let bwrap = super::ClaudeCodeOptions::default().bwrap;
            super::sandbox::check_available(&bwrap).await?;
            report.message.push_str(" It runs in a sandbox (bubblewrap): it writes only in the conversation's desk.");
            Ok(report)
        }
        ProviderKind::Openai | ProviderKind::Anthropic => list_models(settings, key).await,
    }
}

async fn list_models(settings: &ProviderSettings, key: Option<&ApiKey>) -> Result<ProbeReport, AgentError> {
    let kind = settings.kind;
    let base = settings.base_url().unwrap_or_default();
    if kind == ProviderKind::Anthropic && key.is_none() {
        return Err(super::missing_key(kind));
    }
    let url = match kind {
        ProviderKind::Anthropic => anthropic_models_url(&base),
        _ => openai_models_url(&base),
    };
    let policy = http::RetryPolicy { max_retries: 0, ..http::RetryPolicy::default() };
    let client = http::client(&policy, is_local(&base))?;
    let mut req = client.get(&url).timeout(PROBE_TIMEOUT);
    req = match (kind, key) {
        (ProviderKind::Anthropic, Some(k)) => {
            req.header("x-api-key", k.expose()).header("anthropic-version", anthropic::API_VERSION)
        }
        (_, Some(k)) => req.bearer_auth(k.expose()),
        (_, None) => req,
    };
    let redact = |s: String| match key {
        Some(k) => k.redact(&s),
        None => s,
    };
    let started = std::time::Instant::now();
    let body = loop {
        let attempt =
            req.try_clone().ok_or_else(|| AgentError::BadResponse("the request could not be repeated".into()))?;
        let mut resp = attempt
            .send()
            .await
            .map_err(|e| AgentError::Unreachable { url: url.clone(), message: redact(http::error_chain(&e)) })?;
        let status = resp.status().as_u16();
        // Bounded reads: a reply past the size limit is an error, an error body is read in part.
        let body = match http::reply_body(&mut resp, &url, &policy, &super::CancelToken::new()).await {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) if (200..300).contains(&status) => return Err(e),
            Err(_) => String::new(),
        };
        if (200..300).contains(&status) {
            break body;
        }
        let err = AgentError::from_status(status, redact(http::error_message(&body)));
        if !http::is_loading(&err) {
            return Err(err);
        }
        if started.elapsed() >= PROBE_LOAD_WAIT {
            return Ok(ProbeReport::plain(
                format!(
                    "{base} answers but is still loading its model after {} s; a question will wait for it (up to a few minutes).",
                    started.elapsed().as_secs()
                ),
                Vec::new(),
            ));
        }
        tokio::time::sleep(PROBE_LOAD_POLL).await;
    };
    let v: serde_json::Value = serde_json::from_str(&body)
        .map_err(|e| AgentError::BadResponse(format!("{url} did not answer with a model list: {e}")))?;
    // OpenAI, Anthropic, LM Studio, llama.cpp: {"data": [{"id": ...}]}; Ollama's native API: {"models": [{"name": ...}]}.
    let list = v.get("data").or_else(|| v.get("models")).and_then(|d| d.as_array()).cloned().unwrap_or_default();
    let models: Vec<String> = list
        .iter()
        .filter_map(|m| m.get("id").or_else(|| m.get("name")).and_then(|x| x.as_str()).map(str::to_string))
        .collect();
    let model = settings.model().unwrap_or_default();
    let info = match kind {
        ProviderKind::Openai => server::discover(&client, &base, &model, key, Some(&v)).await,
        _ => ServerInfo::default(),
    };
    // llama-server serves exactly one model and answers to any name (its id is the model file's path).
    let llama_owned = list.len() == 1 && list[0].get("owned_by").and_then(|o| o.as_str()) == Some("llamacpp");
    if kind == ProviderKind::Openai && models.len() == 1 && (llama_owned || info.kind == ServerKind::LlamaCpp) {
        let mut report = describe(settings, &base, &info, models.clone());
        report.message = format!(
            "Connected to {base}: llama-server serves one model ({}) and answers to any model name.{}",
            models[0], report.message
        );
        return Ok(report);
    }
    let shown = |ms: &[String]| {
        let mut s = ms.iter().take(8).cloned().collect::<Vec<_>>().join(", ");
        if ms.len() > 8 {
            s.push_str(&format!(" and {} more", ms.len() - 8));
        }
        s
    };
    // Anthropic's list leaves out aliases (claude-sonnet-4-5 for a dated id), so only a server that lists
    // models by the names it accepts can say a model is missing.
    let listed = models.iter().any(|m| same_model(m, &model));
    if kind == ProviderKind::Openai && !models.is_empty() && !model.is_empty() && !listed {
        return Err(AgentError::ModelNotFound {
            message: format!(
                "{base} answers, but it has no model \"{model}\"; it has: {}. Choose one of those as the model{}",
                shown(&models),
                if base.contains(":11434") { format!(", or run `ollama pull {model}`") } else { String::new() }
            ),
        });
    }
    let has = match (models.len(), listed) {
        (0, _) => "it lists no models".to_string(),
        (_, true) => format!("the model {model} is available ({} models in all)", models.len()),
        (n, false) => format!("{n} models: {}", shown(&models)),
    };
    let mut report = describe(settings, &base, &info, models);
    report.message = format!("Connected to {base}: {has}.{}", report.message);
    Ok(report)
}

/// What a turn will find at an OpenAI-compatible server, as sentences after the model list's.
fn describe(settings: &ProviderSettings, base: &str, info: &ServerInfo, models: Vec<String>) -> ProbeReport {
    if settings.kind != ProviderKind::Openai {
        return ProbeReport::plain(String::new(), models);
    }
    let plan = super::takes_plan(settings.mode, settings.kind, info, is_local(base));
    let window = super::budget::window(settings.context_length, info, plan);
    let mut s = format!(" Server: {}", info.kind.name());
    if let Some(v) = &info.version {
        s.push_str(&format!(" {v}"));
    }
    s.push('.');
    match (window.tokens, window.num_ctx) {
        (Some(n), Some(_)) => {
            s.push_str(&format!(" Context window: the app asks Ollama for {n} tokens"));
            if let Some(max) = info.model_max {
                s.push_str(&format!(" (the model takes up to {max})"));
            }
            s.push('.');
        }
        (Some(n), None) => s.push_str(&format!(" Context window: {n} tokens ({}).", window.source)),
        (None, _) => s.push_str(" Context window: not reported (set it in Settings if the server cuts long prompts)."),
    }
    s.push_str(match info.tools {
        Some(true) => " Tools: yes.",
        Some(false) => " Tools: no (the model cannot call tools).",
        None => " Tools: not reported.",
    });
    s.push_str(if plan {
        " Answers through: the analysis plan (structured output)."
    } else {
        " Answers through: tool calling."
    });
    ProbeReport {
        message: s,
        models,
        server: Some(info.kind),
        context_length: window.tokens,
        tools: info.tools,
        mode: Some(if plan { "plan" } else { "tools" }),
    }
}

async fn claude_version(program: &Path) -> Result<ProbeReport, AgentError> {
    let shown = program.display().to_string();
    let run = tokio::process::Command::new(program).arg("--version").kill_on_drop(true).output();
    let out = match tokio::time::timeout(PROBE_TIMEOUT, run).await {
        Ok(Ok(out)) => out,
        Ok(Err(e)) => return Err(AgentError::ClaudeNotFound { program: shown, message: e.to_string() }),
        Err(_) => {
            return Err(AgentError::ClaudeCode {
                message: format!("{shown} --version did not answer in {} s", PROBE_TIMEOUT.as_secs()),
            })
        }
    };
    let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !out.status.success() || text.is_empty() {
        let err = String::from_utf8_lossy(&out.stderr).trim().to_string();
        return Err(AgentError::ClaudeCode {
            message: format!("{shown} --version failed: {}", http::shorten(&err, 300)),
        });
    }
    Ok(ProbeReport::plain(format!("Claude Code is installed: {}.", http::shorten(&text, 120)), Vec::new()))
}

/// [`probe`] on a runtime of its own, for callers without one (the CLI, the app's command threads).
pub fn probe_blocking(
    settings: &ProviderSettings,
    key: Option<&ApiKey>,
    claude: Option<&Path>,
) -> Result<ProbeReport, AgentError> {
    super::runtime().map_err(AgentError::from)?.block_on(probe(settings, key, claude))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_list_urls() {
        assert_eq!(openai_models_url("http://127.0.0.1:11434/v1"), "http://127.0.0.1:11434/v1/models");
        assert_eq!(openai_models_url("http://127.0.0.1:8080"), "http://127.0.0.1:8080/v1/models");
        assert_eq!(anthropic_models_url("https://api.anthropic.com"), "https://api.anthropic.com/v1/models");
        assert_eq!(anthropic_models_url("http://127.0.0.1:9/v1/"), "http://127.0.0.1:9/v1/models");
    }

    #[test]
    fn ollama_names_match_with_and_without_latest() {
        assert!(same_model("llama3.1:latest", "llama3.1"));
        assert!(same_model("llama3.1", "llama3.1:latest"));
        assert!(!same_model("llama3.1:8b", "llama3.1"));
    }
}
