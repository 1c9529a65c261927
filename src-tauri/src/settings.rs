//! Provider settings the page needs from Rust: each provider's defaults, and the API key, which goes
//! one way only: the page hands it over once, Rust stores it in the OS keychain
//! (`desk_core::agent::secret`), and the page never gets it back (only whether one is stored).
//!
//! The non-secret choices (provider, model, base URL) travel with each `ask`; this module does not
//! persist them.

use crate::commands::CmdResult;
use desk_core::agent::probe::{probe, ProbeReport};
use desk_core::agent::{secret, ApiKey, ProviderKind, ProviderSettings};
use desk_core::error::ErrorBody;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct ProviderInfo {
    pub kind: ProviderKind,
    pub default_model: Option<&'static str>,
    pub default_base_url: Option<&'static str>,
    /// The environment variable that also supplies the key (it wins over the keychain).
    pub key_env: Option<&'static str>,
    pub needs_key: bool,
    /// A turn's cost is known (the provider bills per token), so a budget per question can stop it.
    pub budget: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct KeyStatus {
    /// Some(true/false) when the keychain answered; None when it could not be reached.
    pub stored: Option<bool>,
    /// The key's environment variable is set (it is used before the keychain).
    pub from_env: bool,
    /// Why the keychain could not be asked, if it could not: a sentence for people that says what still
    /// works (never the platform's raw error).
    pub keychain_error: Option<String>,
}

fn keychain_body(e: secret::KeychainError) -> ErrorBody {
    ErrorBody { code: e.code().into(), message: e.to_string() }
}

#[tauri::command(async)]
pub fn providers() -> CmdResult<Vec<ProviderInfo>> {
    Ok(ProviderKind::ALL
        .iter()
        .map(|&kind| ProviderInfo {
            kind,
            default_model: kind.default_model(),
            default_base_url: kind.default_base_url(),
            key_env: secret::env_var(kind),
            needs_key: kind == ProviderKind::Anthropic,
            budget: kind == ProviderKind::Anthropic,
        })
        .collect())
}

/// Whether a key is stored for a provider; the key itself never leaves Rust.
#[tauri::command(async)]
pub fn api_key_status(provider: ProviderKind) -> CmdResult<KeyStatus> {
    let from_env = secret::env_var(provider).and_then(|v| std::env::var(v).ok()).is_some_and(|v| !v.trim().is_empty());
    if provider == ProviderKind::Offline || provider == ProviderKind::ClaudeCode {
        return Ok(KeyStatus { stored: Some(false), from_env, keychain_error: None });
    }
    Ok(match secret::keychain_get(provider) {
        Ok(key) => KeyStatus { stored: Some(key.is_some()), from_env, keychain_error: None },
        Err(e) => KeyStatus { stored: None, from_env, keychain_error: Some(e.to_string()) },
    })
}

/// Store a provider's key in the OS keychain.
#[tauri::command(async)]
pub fn set_api_key(provider: ProviderKind, key: String) -> CmdResult<()> {
    if matches!(provider, ProviderKind::Offline | ProviderKind::ClaudeCode) {
        return Err(ErrorBody { code: "usage".into(), message: format!("{} takes no API key", provider.as_str()) });
    }
    let key = ApiKey::new(key).ok_or_else(|| ErrorBody { code: "usage".into(), message: "the key is empty".into() })?;
    secret::keychain_set(provider, &key).map_err(keychain_body)
}

#[tauri::command(async)]
pub fn delete_api_key(provider: ProviderKind) -> CmdResult<()> {
    secret::keychain_delete(provider).map_err(keychain_body)
}

/// "Test connection": one cheap request to the chosen provider (its model list; `claude --version` for
/// Claude Code). A key typed in the dialog but not saved is used for this request only and then dropped;
/// otherwise the key a turn would use (environment, then keychain).
#[tauri::command]
pub async fn test_connection(provider: ProviderSettings, key: Option<String>) -> CmdResult<ProbeReport> {
    let typed = key.and_then(ApiKey::new);
    let key = match typed {
        Some(k) => Some(k),
        // The keychain answers over D-Bus, synchronously: off the async threads.
        None => tauri::async_runtime::spawn_blocking(move || {
            secret::resolve_key(provider.kind, &|name| std::env::var(name).ok(), true)
        })
        .await
        .ok()
        .flatten(),
    };
    probe(&provider, key.as_ref(), None).await.map_err(|e| e.body())
}
