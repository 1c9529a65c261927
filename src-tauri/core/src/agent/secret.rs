//! API keys: a type that never prints, never serialises and is wiped on drop, and the OS keychain
//! (keyring crate) where the app keeps them. Keys never go to SQLite, logs, the desk or the UI; the agent
//! hands a key only to the HTTP request (or child process) of the provider it belongs to.

use super::ProviderKind;
use std::fmt;

/// The keychain service name under which every key of the app is stored (account = provider name).
pub const KEYCHAIN_SERVICE: &str = "analyst-desk";

/// An API key. `Debug` shows `ApiKey(***)`; there is no `Display` and no `Serialize`.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    /// None for an empty or blank key.
    pub fn new(key: impl Into<String>) -> Option<Self> {
        let key = key.into();
        let trimmed = key.trim();
        if trimmed.is_empty() {
            return None;
        }
        Some(ApiKey(trimmed.to_string()))
    }

    /// The key itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Replace every occurrence of the key in `text` (provider error messages sometimes echo it).
    pub fn redact(&self, text: &str) -> String {
        text.replace(&self.0, "[redacted]")
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(***)")
    }
}

impl Drop for ApiKey {
    fn drop(&mut self) {
        // SAFETY: zero bytes are valid UTF-8, so the String stays valid until it is freed.
        unsafe { self.0.as_bytes_mut() }.fill(0);
    }
}

/// The environment variable the CLI reads a provider's key from.
pub fn env_var(kind: ProviderKind) -> Option<&'static str> {
    match kind {
        ProviderKind::Anthropic | ProviderKind::ClaudeCode => Some("ANTHROPIC_API_KEY"),
        ProviderKind::Openai => Some("OPENAI_API_KEY"),
        ProviderKind::Offline => None,
    }
}

/// Why the keychain could not be used (no secret service running, access denied, ...).
#[derive(Debug, thiserror::Error)]
#[error("OS keychain: {0}")]
pub struct KeychainError(String);

impl KeychainError {
    pub fn code(&self) -> &'static str {
        "keychain_error"
    }
}

impl From<KeychainError> for crate::error::DeskError {
    fn from(e: KeychainError) -> Self {
        crate::error::DeskError::Keychain(e.0)
    }
}

fn entry(kind: ProviderKind) -> Result<keyring::Entry, KeychainError> {
    keyring::Entry::new(KEYCHAIN_SERVICE, kind.as_str()).map_err(|e| KeychainError(e.to_string()))
}

/// The key saved for a provider, if any.
pub fn keychain_get(kind: ProviderKind) -> Result<Option<ApiKey>, KeychainError> {
    match entry(kind)?.get_password() {
        Ok(k) => Ok(ApiKey::new(k)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(KeychainError(e.to_string())),
    }
}

pub fn keychain_set(kind: ProviderKind, key: &ApiKey) -> Result<(), KeychainError> {
    entry(kind)?.set_password(key.expose()).map_err(|e| KeychainError(e.to_string()))
}

pub fn keychain_delete(kind: ProviderKind) -> Result<(), KeychainError> {
    match entry(kind)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(KeychainError(e.to_string())),
    }
}

/// The CLI's lookup: the environment variable first (`env` is injected so tests never touch the real
/// environment), then the keychain when `use_keychain` is set. Keychain failures count as "no key".
pub fn resolve_key(kind: ProviderKind, env: &dyn Fn(&str) -> Option<String>, use_keychain: bool) -> Option<ApiKey> {
    if let Some(k) = env_var(kind).and_then(env).and_then(ApiKey::new) {
        return Some(k);
    }
    if use_keychain && kind != ProviderKind::Offline {
        return keychain_get(kind).ok().flatten();
    }
    None
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn keys_never_print() {
        let k = ApiKey::new("sk-secret-123").unwrap();
        assert_eq!(format!("{k:?}"), "ApiKey(***)");
        assert_eq!(format!("{:?}", Some(k.clone())), "Some(ApiKey(***))");
        assert_eq!(k.redact("bad key sk-secret-123!"), "bad key [redacted]!");
        assert!(ApiKey::new("  ").is_none());
    }

    #[test]
    fn env_comes_first_and_is_injected() {
        let env = |name: &str| (name == "OPENAI_API_KEY").then(|| "sk-env".to_string());
        let k = resolve_key(ProviderKind::Openai, &env, false).unwrap();
        assert_eq!(k.expose(), "sk-env");
        assert!(resolve_key(ProviderKind::Anthropic, &env, false).is_none());
        assert!(resolve_key(ProviderKind::Offline, &env, false).is_none());
    }
}
