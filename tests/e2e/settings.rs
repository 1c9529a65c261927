//! Settings end to end: choose the OpenAI-compatible provider, point it at a model server (a fake one on
//! 127.0.0.1 started here), type a key and press "Test connection": the server is asked for its model
//! list once (`GET /v1/models`, with that key), then a few capability checks (GETs, the same key, nothing
//! generated), and the dialog says which model it found and which way it will answer; a model the server
//! does not have is named with the ones it has. The typed key is never saved by a test and leaves the page's field
//! when the dialog closes. Screenshots land in test-output/e2e/settings/.

use crate::rig::{self, Rig, Session};
use serde_json::json;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// (request line, authorization header) of each request the fake server took.
type Seen = Arc<Mutex<Vec<(String, String)>>>;

/// A model server that answers every request with a model list, recording what it was asked.
fn fake_models_server() -> (String, Seen) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/v1", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let (mut first, mut auth) = (String::new(), String::new());
            let _ = reader.read_line(&mut first);
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
                    break;
                }
                if let Some((k, v)) = line.split_once(':') {
                    if k.eq_ignore_ascii_case("authorization") {
                        auth = v.trim().to_string();
                    }
                }
            }
            log.lock().unwrap().push((first.trim().to_string(), auth));
            let body = json!({"object": "list", "data": [{"id": "llama3.1:latest"}, {"id": "qwen2.5:7b"}]}).to_string();
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (url, seen)
}

async fn set_field(s: &Session, id: &str, value: &str) {
    let el = s.find(&format!("#{id}")).await;
    s.js("arguments[0].value = '';", json!([el.arg()])).await;
    s.type_text(&el, value).await;
}

async fn test_and_read_status(s: &Session) -> String {
    s.js("document.getElementById('settings-status').textContent = '';", json!([])).await;
    s.click(&s.find("#settings-test").await).await;
    s.wait_js(
        "const t = document.getElementById('settings-status').textContent; return t.startsWith('✓') || t.startsWith('✗');",
        Duration::from_secs(20),
    )
    .await;
    s.js("return document.getElementById('settings-status').textContent;", json!([]))
        .await
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test(flavor = "current_thread")]
async fn test_connection_reaches_the_chosen_server_with_the_typed_key() {
    if rig::skipped() {
        return;
    }
    let (url, seen) = fake_models_server();
    let rig = Rig::start("settings");
    let s = rig.launch(&[]).await;
    s.click(&s.find("#open-settings").await).await;
    s.js(
        "const p = document.getElementById('settings-provider'); p.value = 'openai';
         p.dispatchEvent(new Event('change'));",
        json!([]),
    )
    .await;
    set_field(&s, "settings-base-url", &url).await;
    set_field(&s, "settings-key", "sk-e2e-typed-42").await;

    let status = test_and_read_status(&s).await;
    assert!(status.starts_with('✓') && status.contains("llama3.1 is available"), "status: {status}");
    assert!(status.contains("Answers through: the analysis plan"), "a model on this machine fills the plan: {status}");
    {
        let seen = seen.lock().unwrap();
        assert!(seen[0].0.starts_with("GET /v1/models "), "{seen:?}");
        assert_eq!(
            seen.iter().filter(|(line, _)| line.starts_with("GET /v1/models ")).count(),
            1,
            "one model list: {seen:?}"
        );
        assert!(seen.iter().all(|(line, _)| line.starts_with("GET ")), "only questions, nothing generated: {seen:?}");
        assert!(
            seen.iter().all(|(_, auth)| auth == "Bearer sk-e2e-typed-42"),
            "the typed key, to this server only: {seen:?}"
        );
    }
    s.screenshot("connected").await;

    set_field(&s, "settings-model", "mistral").await;
    let status = test_and_read_status(&s).await;
    assert!(
        status.starts_with('✗') && status.contains("\"mistral\"") && status.contains("model_not_found"),
        "{status}"
    );
    assert!(status.contains("llama3.1:latest, qwen2.5:7b"), "the models it has: {status}");
    s.screenshot("model-missing").await;

    // Cancel: nothing saved, and the typed key leaves the page.
    s.click(&s.find("#settings-cancel").await).await;
    let left = s.js("return document.getElementById('settings-key').value;", json!([])).await;
    assert_eq!(left, json!(""), "the key field is emptied when the dialog closes");
    let saved = s.js("return localStorage.getItem('analyst-desk.provider');", json!([])).await;
    assert!(saved.is_null(), "Cancel saves nothing: {saved}");

    // The most one question may cost: offered for a provider billed per token (Anthropic), kept with the
    // provider choice and shown again.
    let budget_shown = "return !document.getElementById('settings-budget-row').hidden;";
    s.click(&s.find("#open-settings").await).await;
    assert_eq!(s.js(budget_shown, json!([])).await, json!(false), "no budget for the offline analyst");
    s.js(
        "const p = document.getElementById('settings-provider'); p.value = 'anthropic';
         p.dispatchEvent(new Event('change'));",
        json!([]),
    )
    .await;
    s.wait_js(budget_shown, Duration::from_secs(10)).await;
    set_field(&s, "settings-budget", "0.25").await;
    tokio::time::sleep(Duration::from_millis(500)).await; // let the dialog repaint before the picture
    s.screenshot("budget").await;
    s.js("document.getElementById('settings-form').requestSubmit();", json!([])).await;
    s.wait_js(
        "return (JSON.parse(localStorage.getItem('analyst-desk.provider')) || {}).kind === 'anthropic';",
        Duration::from_secs(10),
    )
    .await;
    let saved = s.js("return JSON.parse(localStorage.getItem('analyst-desk.provider'));", json!([])).await;
    assert_eq!(saved["kind"], "anthropic", "{saved}");
    assert_eq!(saved["budget_usd"], json!(0.25), "{saved}");
    s.click(&s.find("#open-settings").await).await;
    let shown = s.js("return document.getElementById('settings-budget').value;", json!([])).await;
    assert_eq!(shown, json!("0.25"), "the budget is shown again");
    s.quit().await;
}
