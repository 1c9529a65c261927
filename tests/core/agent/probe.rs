//! "Test connection" (agent::probe) against fake servers on 127.0.0.1 and a fake `claude`.

use super::fake::*;
use desk_core::agent::probe::probe_blocking;
use desk_core::agent::{ApiKey, ProviderKind, ProviderSettings};
use serde_json::json;
use std::path::Path;

fn settings(kind: ProviderKind, url: &str, model: Option<&str>) -> ProviderSettings {
    ProviderSettings {
        kind,
        model: model.map(str::to_string),
        base_url: Some(url.to_string()),
        ..ProviderSettings::default()
    }
}

fn ollama_models() -> Reply {
    Reply::json(200, json!({"object": "list", "data": [{"id": "llama3.1:latest"}, {"id": "qwen2.5:7b"}]}))
}

#[test]
fn an_openai_compatible_server_lists_its_models_and_the_chosen_one_is_found() {
    let server = FakeServer::start(vec![]).route("/v1/models", ollama_models());
    let key = ApiKey::new("sk-local-123".to_string()).unwrap();
    let r =
        probe_blocking(&settings(ProviderKind::Openai, &format!("{}/v1", server.url), None), Some(&key), None).unwrap();
    assert_eq!(r.models, ["llama3.1:latest", "qwen2.5:7b"]);
    assert!(r.message.contains("the model llama3.1 is available"), "{}", r.message);
    let reqs = server.requests();
    assert_eq!(reqs[0].path, "/v1/models");
    assert_eq!(reqs[0].header("authorization"), Some("Bearer sk-local-123"));
}

#[test]
fn a_model_the_server_does_not_have_is_named_with_the_ones_it_has() {
    let server = FakeServer::start(vec![]).route("/v1/models", ollama_models());
    let e = probe_blocking(&settings(ProviderKind::Openai, &server.url, Some("mistral")), None, None).unwrap_err();
    assert_eq!(e.code(), "model_not_found");
    let m = e.to_string();
    assert!(m.contains("\"mistral\"") && m.contains("llama3.1:latest, qwen2.5:7b"), "{m}");
    assert_eq!(server.requests()[0].path, "/v1/models", "a bare host:port gets /v1 as for chat");
}

#[test]
fn a_refused_key_is_auth_failed_and_never_echoed() {
    let server = FakeServer::start(vec![]).route(
        "/v1/models",
        Reply::json(
            401,
            json!({"error": {"message": "Incorrect API key provided: sk-wrong-999", "type": "invalid_request_error"}}),
        ),
    );
    let key = ApiKey::new("sk-wrong-999".to_string()).unwrap();
    let e = probe_blocking(&settings(ProviderKind::Openai, &server.url, None), Some(&key), None).unwrap_err();
    assert_eq!(e.code(), "auth_failed");
    assert!(!e.to_string().contains("sk-wrong-999"), "the key is redacted: {e}");
}

#[test]
fn nothing_listening_is_provider_unreachable() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let e = probe_blocking(&settings(ProviderKind::Openai, &format!("http://127.0.0.1:{port}/v1"), None), None, None)
        .unwrap_err();
    assert_eq!(e.code(), "provider_unreachable");
    assert!(e.to_string().contains(&format!("127.0.0.1:{port}")), "names where it looked: {e}");
    // In words (the settings dialog shows this), not the HTTP library's chain.
    assert!(e.to_string().contains("nothing is listening at that address (connection refused)"), "{e}");
    assert!(!e.to_string().contains("os error") && !e.to_string().contains("tcp connect"), "no system text: {e}");
}

#[test]
fn anthropic_needs_a_key_and_gets_it_in_its_own_header() {
    let server = FakeServer::start(vec![]).route(
        "/v1/models",
        Reply::json(200, json!({"data": [{"id": "claude-sonnet-4-5-20250929", "type": "model"}], "has_more": false})),
    );
    let s = settings(ProviderKind::Anthropic, &server.url, None);
    let e = probe_blocking(&s, None, None).unwrap_err();
    assert_eq!(e.code(), "missing_api_key");
    assert!(server.requests().is_empty(), "no request without a key");
    let key = ApiKey::new("sk-ant-abc".to_string()).unwrap();
    let r = probe_blocking(&s, Some(&key), None).unwrap();
    assert_eq!(r.models, ["claude-sonnet-4-5-20250929"]);
    let req = &server.requests()[0];
    assert_eq!(req.path, "/v1/models");
    assert_eq!(req.header("x-api-key"), Some("sk-ant-abc"));
    assert_eq!(req.header("anthropic-version"), Some("2023-06-01"));
    assert_eq!(req.header("authorization"), None, "the key travels in one header only");
}

#[test]
fn claude_code_is_found_by_its_version_or_said_missing() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("claude");
    std::fs::write(&fake, "#!/bin/sh\n[ \"$1\" = --version ] && echo '2.0.14 (Claude Code)' && exit 0\nexit 3\n")
        .unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let s = ProviderSettings::new(ProviderKind::ClaudeCode);
    let r = probe_blocking(&s, None, Some(&fake)).unwrap();
    assert!(r.message.contains("2.0.14 (Claude Code)"), "{}", r.message);
    let e = probe_blocking(&s, None, Some(Path::new("/nonexistent/claude"))).unwrap_err();
    assert_eq!(e.code(), "claude_code_not_found");
}

#[test]
fn the_offline_analyst_needs_no_connection() {
    let r = probe_blocking(&ProviderSettings::new(ProviderKind::Offline), None, None).unwrap();
    assert!(r.message.contains("no connection"), "{}", r.message);
}
