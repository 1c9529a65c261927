//! End-to-end security: an HTML artifact and a markdown artifact that try every way we know to run
//! script and reach the app's IPC (script tags, event handlers, javascript:/vbscript:/data: URLs, nested
//! and srcdoc iframes, the app's own page in a frame, meta refresh, base, forms, postMessage, WebKit's
//! ipc message handler, fetch/XHR to the ipc: protocol, top navigation, popups) get nowhere.
//!
//! The detector: every payload tries to create a conversation titled "PWNED <payload>" through the IPC.
//! After the artifacts were shown, the app's conversation list (through the real IPC, and read again
//! from the SQLite file after the app quit) must hold no such conversation; a positive control then
//! creates one the legitimate way and sees it appear, so the detector can see what it looks for.
//!
//! The HTML artifact is checked in two layers. Layer one: its own scripts never run (its `#status` still
//! says "inert", read from inside the frame). Layer two, in case a script ever did run: WebDriver runs
//! script inside the sandboxed frame and tries the routes to the IPC itself; each must be absent or
//! refused, and the frame's origin must be opaque.

use crate::rig::{self, Rig, Session};
use desk_core::office::Office;
use serde_json::{json, Value};
use std::path::Path;
use std::time::Duration;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/e2e/fixtures");

async fn titles(s: &Session) -> Vec<String> {
    let list = s.invoke("list_conversations", json!({})).await.expect("list_conversations");
    list.as_array().unwrap().iter().map(|c| c["title"].as_str().unwrap_or_default().to_string()).collect()
}

/// What is wrong with rendered HTML under `root` (a CSS selector in the current page): forbidden
/// elements, event-handler attributes, script URLs. Also returns counts of the harmless content.
const AUDIT: &str = r#"
const root = arguments[0] instanceof Element ? arguments[0] : (() => {
  const t = document.createElement('template'); t.innerHTML = arguments[0]; return t.content; })();
const bad = [];
const banned = new Set(['script','iframe','frame','object','embed','form','input','button','meta','base',
  'link','style','svg','math','video','audio','marquee','template','textarea','select']);
for (const el of root.querySelectorAll('*')) {
  const tag = el.tagName.toLowerCase();
  if (banned.has(tag)) bad.push('element <' + tag + '>');
  for (const a of el.attributes) {
    const name = a.name.toLowerCase();
    const value = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
    if (name.startsWith('on')) bad.push(tag + ' has handler ' + name);
    if (name === 'style' || name === 'srcdoc' || name === 'formaction') bad.push(tag + ' has ' + name);
    if (/^(javascript|vbscript|data|tauri|ipc|file):/.test(value)) bad.push(tag + ' ' + name + '=' + a.value.slice(0, 40));
  }
}
return { bad, strong: root.querySelectorAll('strong').length, tables: root.querySelectorAll('table').length,
         links: [...root.querySelectorAll('a')].map(a => a.getAttribute('href')) };
"#;

#[tokio::test(flavor = "current_thread")]
async fn html_and_markdown_artifacts_cannot_run_script_or_reach_the_ipc() {
    if rig::skipped() {
        return;
    }
    let rig = Rig::start("security");
    // A conversation whose desk holds the hostile files as the analyst's outputs (written by a tool,
    // not imported by the person, so they are artifacts).
    let id = {
        let mut office = Office::open(rig.data.path()).unwrap();
        let c = office.new_conversation(Some("Hostile artifacts")).unwrap();
        let dir = office.desk_dir(&office.resolve(&c.id).unwrap()).unwrap();
        for name in ["evil.html", "evil.md"] {
            std::fs::copy(Path::new(FIXTURES).join(name), dir.join(name)).unwrap();
        }
        std::fs::write(dir.join("evil.js"), "pwn('external-script');\n").unwrap();
        c.id
    };

    let s = rig.launch(&[]).await;
    let conv = s.find(&format!("#conversations button.conversation[data-id='{id}']")).await;
    s.click(&conv).await;

    // ---- the HTML artifact ----
    let item = s.find("#artifact-list [data-path='evil.html'], #artifact-list [data-name='evil.html']").await;
    s.click(&item).await;
    let frame = s.find("#artifact-preview iframe").await;
    assert_eq!(
        s.attr(&frame, "sandbox").await.as_deref(),
        Some("allow-scripts"),
        "the iframe is sandboxed without allow-same-origin"
    );
    // Let the meta refresh (3 s), onload handlers and nested frames have their chance.
    tokio::time::sleep(Duration::from_secs(4)).await;
    s.screenshot("html-artifact").await;
    s.frame(Some(&frame)).await;
    let status = s.text(&s.find("#status").await).await;
    assert_eq!(status, "inert", "a script in the HTML artifact ran");
    let heading = s.text(&s.find("h1").await).await;
    assert_eq!(heading, "Quarterly report", "the artifact itself rendered");
    // Layer two: script that does run in the frame (WebDriver's) still finds no route to the IPC.
    let probe = s
        .js_async(
            r#"const done = arguments[arguments.length - 1];
            const r = { origin: String(window.origin) };
            r.internals = typeof window.__TAURI_INTERNALS__;
            r.tauri = typeof window.__TAURI__;
            for (const [k, w] of [['parent', () => window.parent], ['top', () => window.top]]) {
              try { r[k] = typeof w().__TAURI_INTERNALS__; } catch (e) { r[k] = 'refused ' + e.name; }
              try { w().document.title = 'PWNED'; r[k + '_document'] = 'reached'; } catch (e) { r[k + '_document'] = 'refused ' + e.name; }
            }
            const handler = window.webkit && window.webkit.messageHandlers && window.webkit.messageHandlers.ipc;
            r.handler = typeof handler;
            if (handler) {
              try {
                handler.postMessage(JSON.stringify({ cmd: 'new_conversation', callback: 1, error: 2,
                  payload: { title: 'PWNED probe-handler' }, options: {}, __TAURI_INVOKE_KEY__: 'guess' }));
                r.handler_post = 'sent';
              } catch (e) { r.handler_post = 'refused ' + e.name; }
            }
            const tries = ['ipc://localhost/new_conversation', 'http://ipc.localhost/new_conversation',
                           'tauri://localhost/index.html'].map(url =>
              fetch(url, { method: 'POST', body: JSON.stringify({ title: 'PWNED probe-fetch' }),
                           headers: { 'Content-Type': 'application/json' } })
                .then(resp => 'reached ' + resp.status, e => 'refused ' + e.name));
            Promise.all(tries).then(f => { r.fetch = f; done(r); });"#,
            json!([]),
        )
        .await;
    eprintln!("inside the HTML artifact's frame: {probe}");
    assert_eq!(probe["origin"], "null", "the frame's origin is opaque");
    assert_eq!(probe["internals"], "undefined");
    assert_eq!(probe["tauri"], "undefined");
    for k in ["parent", "top"] {
        let v = probe[k].as_str().unwrap_or_default();
        assert!(v.starts_with("refused") || v == "undefined", "{k}: {v}");
        let d = probe[format!("{k}_document")].as_str().unwrap_or_default();
        assert!(d.starts_with("refused"), "{k}.document: {d}");
    }
    for f in probe["fetch"].as_array().unwrap() {
        assert!(f.as_str().unwrap_or_default().starts_with("refused"), "a fetch from the frame got through: {f}");
    }
    s.frame(None).await;

    // ---- the markdown artifact ----
    let item = s.find("#artifact-list [data-path='evil.md'], #artifact-list [data-name='evil.md']").await;
    s.click(&item).await;
    let preview = s.find("#artifact-preview .markdown").await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    s.screenshot("markdown-artifact").await;
    let audit = s.js(AUDIT, json!([preview.arg()])).await;
    eprintln!("markdown artifact as rendered: {audit}");
    assert_eq!(audit["bad"], json!([]), "the rendered markdown kept something dangerous");
    assert!(
        audit["strong"].as_u64() >= Some(1) && audit["tables"].as_u64() >= Some(1),
        "the harmless markdown rendered: {audit}"
    );
    assert!(audit["links"].as_array().unwrap().iter().any(|l| l == "chart.png"), "the harmless link survived: {audit}");
    // Hover and click what a person might touch in it.
    for el in s
        .find_all("#artifact-preview .markdown a, #artifact-preview .markdown span, #artifact-preview .markdown div")
        .await
    {
        let href = s.attr(&el, "href").await.unwrap_or_default();
        if href.starts_with("http") || href.starts_with("tauri") || href == "chart.png" {
            continue; // navigation away is not the point here
        }
        s.click(&el).await;
    }

    // ---- chat markdown goes through the same renderer ----
    let md = std::fs::read_to_string(Path::new(FIXTURES).join("evil.md")).unwrap();
    let html = s.invoke("render_markdown", json!({ "md": md })).await.expect("render_markdown");
    let audit = s.js(AUDIT, json!([html])).await;
    assert_eq!(audit["bad"], json!([]), "render_markdown kept something dangerous");

    // ---- the detector ----
    tokio::time::sleep(Duration::from_secs(1)).await;
    let location = s.js("return location.protocol + '//' + location.host + ' ' + document.title", json!([])).await;
    assert_eq!(
        location,
        Value::String("tauri://localhost Analyst Desk".into()),
        "the app page was navigated or retitled"
    );
    let seen = titles(&s).await;
    assert_eq!(seen, vec!["Hostile artifacts".to_string()], "a payload reached the IPC");
    // Positive control: a conversation created the legitimate way shows up in the same list.
    s.invoke("new_conversation", json!({"title": "control"})).await.expect("control conversation");
    let seen = titles(&s).await;
    assert!(seen.iter().any(|t| t == "control"), "the detector cannot see new conversations: {seen:?}");
    s.screenshot("after").await;
    s.quit().await;

    let office = Office::open(rig.data.path()).unwrap();
    let stored: Vec<String> = office.list().unwrap().into_iter().map(|c| c.title).collect();
    assert!(!stored.iter().any(|t| t.starts_with("PWNED")), "a payload reached the IPC after all: {stored:?}");
    assert_eq!(stored.len(), 2, "{stored:?}");
}

/// A link in a report never replaces the window: a click on a web link shows where it goes and opens
/// nothing until the person says so; a relative link does nothing; and the shell itself refuses to load
/// anything but the app's own page (script that tries `location = …` stays on the app).
#[tokio::test(flavor = "current_thread")]
async fn a_link_in_a_report_does_not_replace_the_window() {
    if rig::skipped() {
        return;
    }
    let rig = Rig::start("navigation");
    let id = {
        let mut office = Office::open(rig.data.path()).unwrap();
        let c = office.new_conversation(Some("Links")).unwrap();
        let dir = office.desk_dir(&office.resolve(&c.id).unwrap()).unwrap();
        std::fs::write(
            dir.join("report.md"),
            "# Report\n\nSee [the source](https://example.com/exfil?q=secret), \
             [the chart](chart.png) and [mail us](mailto:someone@example.com).\n",
        )
        .unwrap();
        c.id
    };
    let s = rig.launch(&[]).await;
    s.click(&s.find(&format!("#conversations button.conversation[data-id='{id}']")).await).await;
    s.click(&s.find("#artifact-list [data-path='report.md'], #artifact-list [data-name='report.md']").await).await;
    let link = s.find("#artifact-preview .markdown a[href^='https://example.com']").await;
    let here =
        "return location.protocol + '//' + location.host + ' | ' + !!document.getElementById('new-conversation')";
    let app = json!("tauri://localhost | true");

    // A web link: the page asks first, naming where it goes.
    s.click(&link).await;
    let dialog = s.find("#confirm-link").await;
    let shown = s.text(&s.find("#confirm-link-url").await).await;
    assert_eq!(shown, "https://example.com/exfil?q=secret", "the dialog says where the link goes");
    tokio::time::sleep(Duration::from_millis(500)).await;
    s.screenshot("link-asks-first").await;
    s.click(&s.find("#confirm-link-cancel").await).await;
    assert_eq!(s.attr(&dialog, "open").await, None, "Cancel closes it");
    assert_eq!(s.js(here, json!([])).await, app, "the window is still the app");

    // A relative link in a report does nothing.
    s.click(&s.find("#artifact-preview .markdown a[href='chart.png']").await).await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(s.js(here, json!([])).await, app, "a relative link did not navigate");

    // The second wall: the shell refuses navigations away from the app, whatever asks for them.
    for target in ["https://example.com/", "tauri://localhost/chart.png", "file:///etc/passwd"] {
        let _ = s.js("setTimeout(() => { location.href = arguments[0]; }, 0); return true;", json!([target])).await;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert_eq!(s.js(here, json!([])).await, app, "navigating to {target} was refused");
    }
    s.screenshot("still-the-app").await;
    s.quit().await;
    let log = std::fs::read_to_string(rig.out.join("tauri-driver.log")).unwrap_or_default();
    assert!(log.contains("refused to load https://example.com/"), "the shell says what it refused: {log}");
}
