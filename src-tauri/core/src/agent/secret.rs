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

/// Why the keychain could not be used, said for people: what happened and what still works. The
/// platform's own words (a D-Bus error, say) are kept apart in [`KeychainError::detail`]: the app shows
/// only the message, the CLI adds the detail for whoever debugs a setup.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct KeychainError {
    message: String,
    detail: String,
}

impl KeychainError {
    pub fn code(&self) -> &'static str {
        "keychain_error"
    }

    /// The platform's own error text.
    pub fn detail(&self) -> &str {
        &self.detail
    }

    /// A keyring crate error for a provider's key, in words that say what to do.
    pub fn from_keyring(kind: ProviderKind, e: &keyring::Error) -> Self {
        let fallback = match env_var(kind) {
            Some(var) => format!(
                "Everything else still works: the offline analyst and local model servers need no key, and a key set in {var} before the app starts is used."
            ),
            None => "Everything else still works: the offline analyst needs no key.".to_string(),
        };
        let message = match e {
            keyring::Error::PlatformFailure(_) => format!(
                "No keyring is available on this computer (no Secret Service such as GNOME Keyring, KWallet or KeePassXC is running), so API keys cannot be saved here. {fallback}"
            ),
            keyring::Error::NoStorageAccess(_) => format!(
                "The keyring is locked or refused access, so the key could not be read or saved. Unlock it (for example in your keyring or passwords app) and try again. {fallback}"
            ),
            _ => format!("The keyring could not handle the key ({e}). {fallback}"),
        };
        KeychainError { message, detail: e.to_string() }
    }
}

impl From<KeychainError> for crate::error::DeskError {
    fn from(e: KeychainError) -> Self {
        crate::error::DeskError::Keychain(format!("{} (keyring: {})", e.message, e.detail))
    }
}

fn entry(kind: ProviderKind) -> Result<keyring::Entry, KeychainError> {
    keyring::Entry::new(KEYCHAIN_SERVICE, kind.as_str()).map_err(|e| KeychainError::from_keyring(kind, &e))
}

/// The key saved for a provider, if any.
pub fn keychain_get(kind: ProviderKind) -> Result<Option<ApiKey>, KeychainError> {
    match entry(kind)?.get_password() {
        Ok(k) => Ok(ApiKey::new(k)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(KeychainError::from_keyring(kind, &e)),
    }
}

pub fn keychain_set(kind: ProviderKind, key: &ApiKey) -> Result<(), KeychainError> {
    entry(kind)?.set_password(key.expose()).map_err(|e| KeychainError::from_keyring(kind, &e))
}

pub fn keychain_delete(kind: ProviderKind) -> Result<(), KeychainError> {
    match entry(kind)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(KeychainError::from_keyring(kind, &e)),
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

    /// What the settings dialog showed before: "OS keychain: Platform secure storage failure: DBus error:
    /// …org.freedesktop.DBus…". Now: no keyring, and what still works; the D-Bus text only in the detail.
    #[test]
    fn a_missing_keyring_is_said_in_words_with_what_still_works() {
        let dbus = "DBus error: The name org.freedesktop.secrets was not provided by any .service files";
        let e = KeychainError::from_keyring(
            ProviderKind::Anthropic,
            &keyring::Error::PlatformFailure(Box::new(std::io::Error::other(dbus))),
        );
        let shown = e.to_string();
        assert!(shown.starts_with("No keyring is available on this computer"), "{shown}");
        assert!(shown.contains("offline analyst") && shown.contains("ANTHROPIC_API_KEY"), "{shown}");
        assert!(!shown.contains("DBus") && !shown.contains("freedesktop"), "no system text: {shown}");
        assert!(e.detail().contains("org.freedesktop.secrets"), "the detail keeps it: {}", e.detail());
        let cli = crate::error::DeskError::from(e).to_string();
        assert!(cli.contains("No keyring") && cli.contains("org.freedesktop.secrets"), "{cli}");

        let locked = KeychainError::from_keyring(
            ProviderKind::Openai,
            &keyring::Error::NoStorageAccess(Box::new(std::io::Error::other("prompt dismissed"))),
        );
        assert!(locked.to_string().contains("locked") && locked.to_string().contains("OPENAI_API_KEY"), "{locked}");
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
