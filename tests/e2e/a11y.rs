//! Accessibility end to end, in the real window (WCAG 2.2 AA):
//!
//! - **audit**: axe-core (the npm package pinned in tests/e2e/package-lock.json, injected into the
//!   page by WebDriver) runs every WCAG 2.0/2.1/2.2 A and AA rule in each main state of the app, once
//!   with the light and once with the dark palette (forced through `<html data-theme>`, which the CSS
//!   honours beside `prefers-color-scheme`): the empty app, an empty conversation, tables with the import
//!   toast, a table's profile, an answer while it streams (a scripted model server on 127.0.0.1) and
//!   once finished with its tool badges and receipt, an open tool badge, the artifacts panel previewing
//!   an image, markdown, CSV, HTML and text, the full-size image, settings with a failed connection
//!   test and the no-keyring message, the error banner, the drop overlay, renaming, and the delete
//!   confirmation. Any violation fails the test, named with its rule, nodes, state and theme. The same
//!   run checks what a screen reader gets: the streamed answer spoken in whole sentences through a
//!   polite status region (not word by word) while the turn is aria-busy, tool badges and the receipt
//!   named for what they are, and the chart's text alternative built from the report's key numbers.
//! - **keyboard**: the whole journey with key events only (WebDriver's Actions API, never a click):
//!   new conversation, add files through "Add files…", ask, read the answer, move through the
//!   artifacts and open one full size, rename and delete the conversation, open and close settings.
//!   Every stop on the way must show a focus ring of 2 px or more with 3:1 contrast against what is
//!   behind it, not hidden under anything; the Tab order is checked; every dialog must give focus back
//!   where it came from; Esc must close what it should.
//! - **dark mode from the system**: the app started with GTK's dark preference (`GTK_THEME=Adwaita:dark`)
//!   matches `prefers-color-scheme: dark` and paints the dark palette with no data-theme set.
//!
//! "Add files…" runs GTK's native dialog, which WebDriver cannot drive. Debug builds (only) take the
//! dialog's answer from `DESK_TEST_PICK_FILES` (src-tauri/src/native.rs), so the button, the
//! `pick_and_import` command and the import are the real ones. Screenshots (light and `-dark`, and the
//! focus ring at each step of the keyboard journey) land in test-output/e2e/a11y-*/.

use crate::rig::{self, keys, Rig, Session};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

const AXE_JS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/e2e/node_modules/axe-core/axe.min.js");
/// The WCAG 2.2 A and AA rule tags of axe-core.
const WCAG_TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// ---- axe-core in the page ------------------------------------------------------------------------------

/// Runs axe in the current page: every rule tagged with `WCAG_TAGS`, experimental ones included, the
/// page only (the HTML artifact's sandboxed frame holds the analyst's document, not the app).
const RUN_AXE: &str = r#"
const [tags, done] = arguments;
const ids = axe.getRules(tags).map(r => r.ruleId);
axe.run(document, { runOnly: { type: 'rule', values: ids }, resultTypes: ['violations'], iframes: false })
  .then(r => done({ rules: ids.length, violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html.slice(0, 160),
                                 summary: (n.failureSummary || '').replace(/\s+/g, ' ') })) })) }),
        e => done({ error: String(e && e.stack || e) }));
"#;

/// The audit of one session: every state in both palettes, the violations gathered for one verdict.
struct Audit<'a> {
    s: &'a Session,
    found: Vec<String>,
    states: Vec<String>,
}

impl<'a> Audit<'a> {
    async fn new(s: &'a Session) -> Audit<'a> {
        s.script_timeout(Duration::from_secs(120)).await;
        inject_axe(s).await;
        Audit { s, found: Vec::new(), states: Vec::new() }
    }

    /// Audits what the window shows now, light then dark, with a screenshot of each.
    async fn state(&mut self, name: &str) {
        for theme in ["light", "dark"] {
            self.s.js("document.documentElement.dataset.theme = arguments[0];", json!([theme])).await;
            let bg = self.s.js("return getComputedStyle(document.body).backgroundColor;", json!([])).await;
            let want = if theme == "dark" { "rgb(21, 24, 30)" } else { "rgb(246, 247, 249)" };
            assert_eq!(bg, json!(want), "the {theme} palette is painted in state {name:?}");
            let violations = axe(self.s).await;
            for v in violations {
                eprintln!("state {name:?} ({theme}): {v}");
                self.found.push(format!("state {name:?} ({theme}): {v}"));
            }
            let shot = if theme == "dark" { format!("{name}-dark") } else { name.to_string() };
            self.s.screenshot(&shot).await;
        }
        self.s.js("delete document.documentElement.dataset.theme;", json!([])).await;
        self.states.push(name.to_string());
    }

    fn verdict(self, expected_states: usize) {
        eprintln!("axe audit: {} states × 2 themes: {}", self.states.len(), self.states.join(", "));
        assert_eq!(self.states.len(), expected_states, "every state was audited: {:?}", self.states);
        assert!(
            self.found.is_empty(),
            "{} axe-core violation(s) of WCAG 2.2 A/AA:\n{}",
            self.found.len(),
            self.found.join("\n")
        );
    }
}

fn axe_source() -> String {
    std::fs::read_to_string(AXE_JS).unwrap_or_else(|e| {
        panic!("axe-core is missing at {AXE_JS} ({e}); `npm ci` in tests/e2e installs it (scripts/test does)")
    })
}

/// Puts axe-core into the page (once per page load; the app is a single page).
async fn inject_axe(s: &Session) {
    let there = s.js("return typeof window.axe;", json!([])).await;
    if there == json!("object") {
        return;
    }
    let version = s.js(&format!("{}\n;return window.axe && window.axe.version;", axe_source()), json!([])).await;
    assert!(version.as_str().is_some_and(|v| v.starts_with('4')), "axe-core runs in the window: {version}");
}

/// The violations axe finds in the page now, one line per rule with its nodes.
async fn axe(s: &Session) -> Vec<String> {
    let r = s.js_async(RUN_AXE, json!([WCAG_TAGS])).await;
    assert!(r.get("error").is_none(), "axe failed: {}", r["error"]);
    assert!(r["rules"].as_u64().unwrap_or(0) >= 50, "axe ran the WCAG rules: {r}");
    r["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            let nodes: Vec<String> = v["nodes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| format!("      {}  {}  -- {}", n["target"], n["html"], n["summary"]))
                .collect();
            format!("{} ({}): {}\n{}", v["id"], v["impact"], v["help"], nodes.join("\n"))
        })
        .collect()
}

/// The accessible name of the first element matching `css` (axe's own computation, as a screen reader
/// would get it).
async fn accessible_name(s: &Session, css: &str) -> String {
    let v = s
        .js(
            "const e = document.querySelector(arguments[0]); if (!e) return null;
             axe.setup(document);
             try { return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(e)); } finally { axe.teardown(); }",
            json!([css]),
        )
        .await;
    v.as_str().unwrap_or_else(|| panic!("no element {css}")).to_string()
}

// ---- a model that streams slowly -----------------------------------------------------------------------

/// What the scripted model says in its answer, in three sentences.
const SENTENCES: [&str; 3] = [
    "Seattle has 1,461 days of weather in this table.",
    "That is four years, one row for each day.",
    "Rain and sun are the most common kinds of day.",
];

/// An OpenAI-compatible server on 127.0.0.1: the first request gets a `sql` tool call, the second the
/// answer, word by word, which stops mid-sentence until `release` is set; the app's one reminder to write
/// the report gets an empty reply. It has none of the endpoints a turn asks a server about (404).
struct SlowModel {
    base_url: String,
    release: Arc<(Mutex<bool>, Condvar)>,
}

impl SlowModel {
    fn start() -> SlowModel {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base_url = format!("http://{}/v1", listener.local_addr().unwrap());
        let release = Arc::new((Mutex::new(false), Condvar::new()));
        let gate = release.clone();
        std::thread::spawn(move || {
            let mut n = 0;
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                if read_request(&mut stream).starts_with("GET ") {
                    let _ = write!(stream, "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
                    continue;
                }
                n += 1;
                let _ =
                    write!(stream, "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n");
                let send = |stream: &mut std::net::TcpStream, v: Value| {
                    let _ = write!(stream, "data: {v}\n\n");
                    let _ = stream.flush();
                };
                let chunk = |delta: Value, finish: Value| {
                    json!({"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "slow",
                           "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})
                };
                if n == 1 {
                    send(
                        &mut stream,
                        chunk(
                            json!({"role": "assistant", "tool_calls": [{"index": 0, "id": "call_1",
                        "type": "function", "function": {"name": "sql",
                        "arguments": "{\"query\": \"select count(*) as days from seattle_weather\"}"}}]}),
                            Value::Null,
                        ),
                    );
                    send(&mut stream, chunk(json!({}), json!("tool_calls")));
                } else if n > 2 {
                    send(&mut stream, chunk(json!({}), json!("stop")));
                } else {
                    let text = SENTENCES.join(" ");
                    let words: Vec<&str> = text.split(' ').collect();
                    // Hold after "That is four years," until the test has looked at the streaming answer.
                    let hold = words.iter().position(|w| *w == "years,").unwrap();
                    for (i, w) in words.iter().enumerate() {
                        let piece = if i == 0 { w.to_string() } else { format!(" {w}") };
                        send(&mut stream, chunk(json!({"content": piece}), Value::Null));
                        std::thread::sleep(Duration::from_millis(60));
                        if i == hold {
                            let (lock, cv) = &*gate;
                            let released = lock.lock().unwrap();
                            let _ = cv.wait_timeout_while(released, Duration::from_secs(180), |r| !*r).unwrap();
                        }
                    }
                    send(&mut stream, chunk(json!({}), json!("stop")));
                }
                send(
                    &mut stream,
                    json!({"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "slow",
                    "choices": [], "usage": {"prompt_tokens": 7_500, "completion_tokens": 30, "total_tokens": 7_530}}),
                );
                let _ = write!(stream, "data: [DONE]\n\n");
            }
        });
        SlowModel { base_url, release }
    }

    fn release(&self) {
        let (lock, cv) = &*self.release;
        *lock.lock().unwrap() = true;
        cv.notify_all();
    }
}

/// Reads one HTTP request (headers and a content-length body).
/// Reads one request; returns its request line.
fn read_request(stream: &mut std::net::TcpStream) -> String {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut length = 0usize;
    let mut first = String::new();
    let _ = reader.read_line(&mut first);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                length = v.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    first
}

// ---- shared steps -----------------------------------------------------------------------------------------

/// The files "Add files…" picks in these tests: a real table, and a folder (refused, so the import
/// toast stays until dismissed).
fn picked_files() -> String {
    let data = rig::test_data();
    std::env::join_paths([data.join("vega/seattle-weather.csv"), data.join("csv-spectrum")])
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

async fn wait_turn_end(s: &Session) {
    s.wait_js(
        "const t = document.querySelector('#transcript article.turn:last-child');
         return !!t && t.dataset.state !== 'running' && document.getElementById('stop').hidden;",
        Duration::from_secs(120),
    )
    .await;
}

async fn selected_id(s: &Session) -> String {
    let v = s.js("return document.querySelector('#conversations li.selected')?.dataset.id;", json!([])).await;
    v.as_str().unwrap_or_else(|| panic!("a conversation is selected: {v}")).to_string()
}

/// The artifacts panel's list, top to bottom.
async fn artifact_paths(s: &Session) -> Vec<String> {
    let v = s
        .js(
            "return [...document.querySelectorAll('#artifact-list button.artifact')].map(b => b.dataset.path);",
            json!([]),
        )
        .await;
    serde_json::from_value(v).unwrap()
}

async fn select_artifact(s: &Session, path: &str) {
    let item = s.find(&format!("#artifact-list button.artifact[data-path='{path}']")).await;
    s.click(&item).await;
    s.wait_js(
        &format!(
            "const b = document.querySelector(\"#artifact-list button.artifact[data-path='{path}']\");
             const p = document.getElementById('artifact-preview');
             return !!b && b.getAttribute('aria-current') === 'true' && !!p.querySelector('.preview-head')
               && !!p.querySelector('img.preview-image, .markdown, .preview-table, iframe, .preview-text');"
        ),
        Duration::from_secs(20),
    )
    .await;
}

// ---- the audit --------------------------------------------------------------------------------------------

#[tokio::test(flavor = "current_thread")]
async fn every_state_has_no_wcag_violations_in_light_and_dark() {
    if rig::skipped() {
        return;
    }
    let model = SlowModel::start();
    let rig = Rig::start_with_env(
        "a11y-audit",
        &[
            ("DESK_TEST_PICK_FILES", picked_files()),
            // A machine with no keyring: the settings dialog must say so in words.
            ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/analyst-desk-test-bus".into()),
        ],
    );
    let s = rig.launch(&[]).await;
    let mut audit = Audit::new(&s).await;
    // The rig's system preference is light: no forced theme, the light palette.
    let system_dark = s.js("return matchMedia('(prefers-color-scheme: dark)').matches;", json!([])).await;
    assert_eq!(system_dark, json!(false));

    audit.state("empty-app").await;

    s.click(&s.find("#new-conversation").await).await;
    s.find("#empty-import").await;
    audit.state("empty-conversation").await;

    // Tables in, with the receipt toast (a refused folder keeps it open).
    s.click(&s.find("#empty-import").await).await;
    s.wait_js(
        "return document.querySelectorAll('#table-chips .chip[data-table]').length === 1;",
        Duration::from_secs(60),
    )
    .await;
    s.find("#receipts-panel li.receipt.refused").await;
    audit.state("tables-and-import-toast").await;
    s.click(&s.find("#receipts-close").await).await;
    s.find("#sample-questions .sample-question").await;
    audit.state("tables-and-suggestions").await;

    s.click(&s.find("#table-chips .chip[data-table]").await).await;
    s.find("#table-profile[open] .profile-table tbody tr").await;
    audit.state("table-profile").await;
    s.click(&s.find("#table-profile-close").await).await;

    // Artifacts of every kind: the analyst's chart and report come from the question below; a CSV, an
    // HTML page and a text file are outputs already in the desk.
    let id = selected_id(&s).await;
    let desk = rig.data.path().join("desks").join(&id);
    std::fs::write(desk.join("monthly.csv"), "month,rain_days\n2015-01,12\n2015-02,9\n").unwrap();
    std::fs::write(
        desk.join("summary.html"),
        "<!doctype html><html lang=en><title>Summary</title><h1>Summary</h1><p>Rainy winters.</p></html>",
    )
    .unwrap();
    std::fs::write(desk.join("notes.txt"), "Checked the weather table: no gaps.\n").unwrap();

    let q = s.find("#question").await;
    s.click(&q).await;
    s.type_text(&q, "What is the average temp_max by weather?\u{E007}").await;
    wait_turn_end(&s).await;
    s.find("#transcript .receipt-line").await;
    let names = artifact_paths(&s).await;
    let chart = names.iter().find(|n| n.ends_with(".png")).cloned().unwrap_or_else(|| panic!("a chart: {names:?}"));
    for kind in ["report.md", "monthly.csv", "summary.html", "notes.txt"] {
        assert!(names.iter().any(|n| n == kind), "{kind} in the artifacts: {names:?}");
    }
    select_artifact(&s, &chart).await;
    s.wait_js(
        "const i = document.querySelector('#artifact-preview img'); return !!i && i.complete && i.naturalWidth > 0;",
        Duration::from_secs(20),
    )
    .await;
    audit.state("answer-finished-and-image-preview").await;

    // What a screen reader gets for the finished answer.
    let badge = accessible_name(&s, "#transcript details.tool summary").await;
    assert!(badge.contains("tool call, finished"), "a tool badge says what it is and its state: {badge:?}");
    let receipt = accessible_name(&s, "#transcript .receipt-line").await;
    assert!(receipt.starts_with("Receipt"), "the receipt is named as one: {receipt:?}");
    let alt = accessible_name(&s, "#artifact-preview img").await;
    let sun = crate::journey::expected_sun_mean();
    assert!(
        alt.starts_with("Chart: ") && alt.contains("Key numbers") && alt.contains(&format!("sun {sun}")),
        "the chart's text alternative carries the report's key numbers (sun {sun}): {alt:?}"
    );

    s.click(&s.find("#transcript details.tool summary").await).await;
    s.find("#transcript details.tool[open] .tool-body pre").await;
    audit.state("tool-badge-open").await;

    s.click(&s.find("#artifact-zoom").await).await;
    s.find("#image-viewer[open]").await;
    audit.state("image-full-size").await;
    s.press(&[keys::ESCAPE]).await;
    s.wait_js("return !document.getElementById('image-viewer').open;", Duration::from_secs(5)).await;

    for (path, state) in [
        ("report.md", "markdown-preview"),
        ("monthly.csv", "csv-preview"),
        ("summary.html", "html-preview"),
        ("notes.txt", "text-preview"),
    ] {
        select_artifact(&s, path).await;
        audit.state(state).await;
    }

    // An answer while it streams, from a model that pauses mid-sentence.
    s.js(
        "localStorage.setItem('analyst-desk.provider', JSON.stringify({kind: 'openai', model: 'slow', base_url: arguments[0], mode: 'tools', context_length: 32768}));
         window.__spoken = []; window.__updates = 0;
         new MutationObserver(() => window.__spoken.push(document.getElementById('announcer').textContent))
           .observe(document.getElementById('announcer'), {childList: true, subtree: true, characterData: true});
         new MutationObserver(ms => { for (const m of ms) if (m.target.closest && m.target.closest('.text.streaming')) window.__updates++; })
           .observe(document.getElementById('transcript'), {childList: true, subtree: true, characterData: true});",
        json!([model.base_url]),
    )
    .await;
    let q = s.find("#question").await;
    s.type_text(&q, "How many days are in the table?\u{E007}").await;
    s.wait_js(
        "const t = document.querySelector('#transcript article.turn:last-child .text.streaming');
         return !!t && t.textContent.includes('four years,');",
        Duration::from_secs(60),
    )
    .await;
    let busy = s
        .js(
            "return document.querySelector('#transcript article.turn:last-child').getAttribute('aria-busy');",
            json!([]),
        )
        .await;
    assert_eq!(busy, json!("true"), "a streaming turn is busy for assistive technology");
    let live = s.js("return !!document.getElementById('transcript').closest('[aria-live]');", json!([])).await;
    assert_eq!(live, json!(false), "the transcript itself is not read out as it streams");
    audit.state("answer-streaming").await;
    model.release();
    wait_turn_end(&s).await;
    let busy = s
        .js(
            "return document.querySelector('#transcript article.turn:last-child').getAttribute('aria-busy');",
            json!([]),
        )
        .await;
    assert_eq!(busy, json!("false"), "the finished turn is no longer busy");
    // Spoken in whole sentences, not word by word, and all of it.
    s.wait_js("return window.__spoken.some(t => t.includes('Answer finished.'));", Duration::from_secs(10)).await;
    let spoken: Vec<String> = serde_json::from_value(s.js("return window.__spoken;", json!([])).await).unwrap();
    let updates = s.js("return window.__updates;", json!([])).await.as_u64().unwrap();
    eprintln!("streamed in {updates} updates, spoken in {}: {spoken:?}", spoken.len());
    assert!(updates >= 20, "the answer streamed word by word ({updates} updates)");
    assert!((2..=4).contains(&spoken.len()), "spoken a few times, not per word: {spoken:?}");
    for said in &spoken {
        assert!(said.ends_with(['.', '!', '?', ':']), "each announcement is whole sentences: {said:?}");
    }
    let all = spoken.join(" ");
    for sentence in SENTENCES {
        assert!(all.contains(sentence), "{sentence:?} was spoken: {spoken:?}");
    }
    let running = accessible_name(&s, "#transcript article.turn:last-child details.tool summary").await;
    assert!(running.starts_with("Query tool call, finished"), "{running:?}");
    audit.state("answer-streamed-and-finished").await;

    // Settings with a failed connection test, on a machine without a keyring.
    s.click(&s.find("#open-settings").await).await;
    s.find("#settings[open] #settings-key").await;
    s.wait_js("return document.getElementById('settings-key-state').textContent.length > 0;", Duration::from_secs(20))
        .await;
    let keyring = s.js("return document.getElementById('settings-key-state').textContent;", json!([])).await;
    let keyring = keyring.as_str().unwrap();
    assert!(
        keyring.contains("No keyring is available") && keyring.contains("offline analyst"),
        "the missing keyring is said in words, with what still works: {keyring:?}"
    );
    for raw in ["DBus", "D-Bus", "freedesktop", "org."] {
        assert!(!keyring.contains(raw), "no system text ({raw}) in {keyring:?}");
    }
    let url = s.find("#settings-base-url").await;
    s.js("arguments[0].value = '';", json!([url.arg()])).await;
    s.type_text(&url, "http://127.0.0.1:9/v1").await;
    s.click(&s.find("#settings-test").await).await;
    s.wait_js(
        "return document.getElementById('settings-status').textContent.startsWith('✗');",
        Duration::from_secs(30),
    )
    .await;
    let status = s.js("return document.getElementById('settings-status').textContent;", json!([])).await;
    let status = status.as_str().unwrap();
    assert!(status.contains("nothing is listening at that address"), "the failed test is said in words: {status:?}");
    assert!(!status.contains("os error") && !status.contains("tcp connect"), "no system text: {status:?}");
    let remove =
        s.js("return document.getElementById('settings-remove-key').closest('[hidden]') !== null;", json!([])).await;
    assert_eq!(remove, json!(true), "no \"Remove the saved key\" when no key can be saved");
    audit.state("settings-with-error").await;
    s.click(&s.find("#settings-cancel").await).await;

    // The error banner (raised the way a failing page script raises it).
    s.js("window.dispatchEvent(new ErrorEvent('error', {message: 'Something in the page failed'}));", json!([])).await;
    s.find("#error:not([hidden]) #error-close").await;
    audit.state("error-banner").await;
    s.click(&s.find("#error-close").await).await;

    // The drop overlay: WebDriver cannot drag files from outside the window, so it is shown as the
    // drag_hover event shows it (imports.js renderOverlay).
    s.js(
        "document.getElementById('drop-target').textContent = 'Drop these 2 files into “seattle-weather”';
         document.getElementById('drop-overlay').hidden = false;",
        json!([]),
    )
    .await;
    audit.state("drop-overlay").await;
    s.js("document.getElementById('drop-overlay').hidden = true;", json!([])).await;

    let conv = s.find("#conversations li.selected button.conversation").await;
    s.click(&conv).await;
    s.press(&[keys::F2]).await;
    s.find("#conversations .rename-input").await;
    audit.state("rename").await;
    s.press(&[keys::ESCAPE]).await;
    s.find("#conversations li.selected button.conversation").await;
    s.press(&[keys::DELETE]).await;
    s.find("#confirm-delete[open]").await;
    audit.state("confirm-delete").await;
    s.press(&[keys::ESCAPE]).await;

    audit.verdict(19);
    s.quit().await;
}

// ---- dark mode from the system -------------------------------------------------------------------------

#[tokio::test(flavor = "current_thread")]
async fn dark_mode_follows_the_system_preference() {
    if rig::skipped() {
        return;
    }
    let rig = Rig::start_with_env("a11y-dark-system", &[("GTK_THEME", "Adwaita:dark".into())]);
    let s = rig.launch(&[]).await;
    let v = s
        .js(
            "return { dark: matchMedia('(prefers-color-scheme: dark)').matches,
                      forced: document.documentElement.dataset.theme || null,
                      bg: getComputedStyle(document.body).backgroundColor,
                      text: getComputedStyle(document.body).color };",
            json!([]),
        )
        .await;
    assert_eq!(v["dark"], json!(true), "GTK's dark preference reaches the page: {v}");
    assert_eq!(v["forced"], Value::Null, "nothing forces the theme: {v}");
    assert_eq!(v["bg"], json!("rgb(21, 24, 30)"), "the dark palette through the media query: {v}");
    assert_eq!(v["text"], json!("rgb(230, 233, 239)"), "{v}");
    s.script_timeout(Duration::from_secs(120)).await;
    inject_axe(&s).await;
    let found = axe(&s).await;
    assert!(found.is_empty(), "axe in the system's dark mode:\n{}", found.join("\n"));
    s.screenshot("empty-app-system-dark").await;
    s.quit().await;
}

// ---- the keyboard journey -------------------------------------------------------------------------------

/// What has focus, and whether a person can see it: a ring (outline) of at least 2 px, with 3:1
/// contrast against the colour behind it (the element's own background for an inward ring, its
/// surroundings for an outward one), and the element not covered by something else.
const FOCUS: &str = r#"
const a = document.activeElement;
if (!a || a === document.body) return { at: 'body', problem: 'focus is on the page itself' };
const id = a.id ? '#' + a.id : '';
const cls = a.classList.length ? '.' + [...a.classList].join('.') : '';
const data = a.dataset.path || a.dataset.table || a.dataset.id || a.dataset.action || '';
const at = a.tagName.toLowerCase() + id + cls + (data ? '[' + data + ']' : '');
const cs = getComputedStyle(a);
const parse = c => { const m = (c.match(/[\d.]+/g) || []).map(Number); return { rgb: m.slice(0, 3), a: m.length > 3 ? m[3] : 1 }; };
const lum = rgb => { const [r, g, b] = rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
const bgOf = el => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c.a >= 0.5) return c.rgb; }
  return parse(getComputedStyle(document.body).backgroundColor).rgb; };
const width = parseFloat(cs.outlineWidth) || 0;
const offset = parseFloat(cs.outlineOffset) || 0;
const problems = [];
if (!a.matches(':focus-visible')) problems.push('not :focus-visible');
if (cs.outlineStyle === 'none' || width < 2) problems.push('no focus ring (outline ' + cs.outlineStyle + ' ' + cs.outlineWidth + ')');
const ring = parse(cs.outlineColor).rgb;
const behind = bgOf(offset < 0 ? a : a.parentElement);
const [l1, l2] = [lum(ring), lum(behind)].sort((x, y) => y - x);
const contrast = (l1 + 0.05) / (l2 + 0.05);
if (contrast < 3) problems.push('ring contrast ' + contrast.toFixed(2) + ':1 against rgb(' + behind + ')');
const r = a.getBoundingClientRect();
if (r.width === 0 || r.height === 0) problems.push('not rendered');
else {
  const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + 3, r.top + 3], [r.right - 3, r.bottom - 3]];
  const seen = points.some(([x, y]) => { const hit = document.elementFromPoint(x, y); return hit && (hit === a || a.contains(hit) || hit.contains(a)); });
  if (!seen) problems.push('covered by something else');
}
return { at, problem: problems.length ? problems.join('; ') : null, name: (a.getAttribute('aria-label') || a.textContent || a.value || '').trim().slice(0, 60) };
"#;

/// The keyboard journey's log: every focus stop, and what was wrong with any of them.
struct Keyboard<'a> {
    s: &'a Session,
    stops: Vec<String>,
    problems: Vec<String>,
}

impl<'a> Keyboard<'a> {
    /// Where focus is now (checking its ring); returns the stop's description.
    async fn here(&mut self) -> String {
        let v = self.s.js(FOCUS, json!([])).await;
        let at = v["at"].as_str().unwrap_or("?").to_string();
        if let Some(p) = v["problem"].as_str() {
            let after = self.stops.last().map(String::as_str).unwrap_or("the start");
            self.problems.push(format!(
                "stop {} after {after}: {at} ({}): {p}",
                self.stops.len() + 1,
                v["name"].as_str().unwrap_or("")
            ));
        }
        self.stops.push(at.clone());
        at
    }

    async fn press(&mut self, key: &str) -> String {
        self.s.press(&[key]).await;
        self.here().await
    }

    async fn shift_tab(&mut self) -> String {
        self.s.chord(keys::SHIFT, keys::TAB).await;
        self.here().await
    }

    /// Tab (or Shift+Tab) until an element matching `css` has focus; at most `limit` presses.
    async fn tab_to(&mut self, css: &str, back: bool, limit: usize) -> Vec<String> {
        let mut path = Vec::new();
        for _ in 0..limit {
            let at = if back { self.shift_tab().await } else { self.press(keys::TAB).await };
            path.push(at);
            if self.focused(css).await {
                return path;
            }
        }
        panic!("{css} never got focus with {}Tab; the stops were {path:?}", if back { "Shift+" } else { "" });
    }

    async fn focused(&self, css: &str) -> bool {
        self.s
            .js("return !!document.activeElement && document.activeElement.matches(arguments[0]);", json!([css]))
            .await
            == json!(true)
    }

    async fn expect_focus(&mut self, css: &str, why: &str) {
        let at = self.here().await;
        assert!(self.focused(css).await, "{why}: focus should be on {css}, it is on {at}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_whole_journey_works_from_the_keyboard_alone() {
    if rig::skipped() {
        return;
    }
    let rig = Rig::start_with_env(
        "a11y-keyboard",
        &[
            ("DESK_TEST_PICK_FILES", rig::test_data().join("vega/seattle-weather.csv").to_string_lossy().into_owned()),
            ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/analyst-desk-test-bus".into()),
        ],
    );
    let s = rig.launch(&[]).await;
    let mut k = Keyboard { s: &s, stops: Vec::new(), problems: Vec::new() };
    s.find("#no-conversations").await; // the page has rendered its (empty) list

    // ---- a new conversation: Tab to the button, Enter ----
    let first = k.press(keys::TAB).await;
    assert!(k.focused("#new-conversation").await, "the first Tab stop is New conversation, not {first}");
    s.screenshot("focus-new-conversation").await;
    k.press(keys::ENTER).await;
    s.wait_js("return document.querySelectorAll('#conversations li[data-id]').length === 1;", Duration::from_secs(20))
        .await;
    s.find("#empty-import").await;

    // The Tab order of an empty conversation: the sidebar, the header, the desk, the composer.
    let order = k.tab_to("#send", false, 20).await;
    let expected = [
        "button.conversation",
        "button.icon.rename",
        "button.icon.delete",
        "#open-settings",
        "#reveal-desk",
        "#export-desk",
        "#import-files",
        "#load-sample",
        "#empty-import",
        "#question",
        "#send",
    ];
    // "button#send.primary" is "#send"; an element without an id keeps its tag and classes.
    let pattern: Vec<&str> = order
        .iter()
        .map(|at| match at.find('#') {
            Some(i) => at[i..].split(['.', '[']).next().unwrap(),
            None => at.split('[').next().unwrap(),
        })
        .collect();
    assert_eq!(pattern, expected, "Tab order of an empty conversation: {order:?}");

    // ---- add files through "Add files…" ----
    k.tab_to("#empty-import", true, 5).await;
    s.screenshot("focus-add-files").await;
    k.press(keys::ENTER).await;
    s.wait_js(
        "return document.querySelectorAll('#table-chips .chip[data-table]').length === 1;",
        Duration::from_secs(60),
    )
    .await;
    // The pressed button gave way to the suggestions: the keyboard goes on from the question box.
    s.wait_js("return document.activeElement !== document.body;", Duration::from_secs(10)).await;
    let after = k.here().await;
    assert!(
        k.focused("#question, #empty-import, #import-files").await,
        "after adding files focus is somewhere useful, not {after}"
    );
    // Esc dismisses the import toast.
    s.find("#receipts-panel:not([hidden])").await;
    k.press(keys::ESCAPE).await;
    s.wait_js("return document.getElementById('receipts-panel').hidden;", Duration::from_secs(5)).await;

    // ---- a table's profile from its chip, and back ----
    k.tab_to("#table-chips button.chip", true, 20).await;
    s.screenshot("focus-table-chip").await;
    k.press(keys::ENTER).await;
    s.find("#table-profile[open]").await;
    k.expect_focus("#table-profile-close", "the profile opens on its Close button").await;
    k.press(keys::ESCAPE).await;
    k.expect_focus("#table-chips button.chip", "Esc closes the profile and focus is back on the chip").await;

    // ---- ask ----
    k.tab_to("#question", false, 20).await;
    s.type_keys("What is the average temp_max by weather?").await;
    s.screenshot("focus-question").await;
    k.press(keys::ENTER).await;
    wait_turn_end(&s).await;
    k.expect_focus("#question", "the question box keeps focus through the turn").await;

    // ---- read the answer: the tool badges, then the transcript itself ----
    k.tab_to("#transcript details.tool summary", true, 5).await;
    k.press(keys::ENTER).await;
    let open = s.js("return document.activeElement.parentElement.open;", json!([])).await;
    assert_eq!(open, json!(true), "Enter opens a tool badge");
    s.screenshot("focus-tool-badge").await;
    k.press(keys::ENTER).await;
    k.tab_to("#transcript", true, 20).await;
    let text = s.js("return document.activeElement.innerText;", json!([])).await;
    let sun = crate::journey::expected_sun_mean();
    assert!(text.as_str().unwrap().contains(&sun), "the focused transcript holds the answer ({sun}): {text}");
    k.press(keys::END).await;
    let scrolled = s
        .js(
            "const t = document.activeElement; return t.scrollHeight <= t.clientHeight + 1 || t.scrollTop > 0;",
            json!([]),
        )
        .await;
    assert_eq!(scrolled, json!(true), "End scrolls the transcript");
    s.screenshot("focus-transcript").await;

    // ---- the artifacts: Tab into the list, arrows through it, open the chart full size ----
    k.tab_to("#artifact-list button.artifact", false, 30).await;
    let listed = artifact_paths(&s).await;
    let mut visited = vec![s.js("return document.activeElement.dataset.path;", json!([])).await];
    for _ in 1..listed.len() {
        k.press(keys::DOWN).await;
        visited.push(s.js("return document.activeElement.dataset.path;", json!([])).await);
    }
    assert_eq!(visited, listed.iter().map(|p| json!(p)).collect::<Vec<_>>(), "Down walks the list in order");
    s.screenshot("focus-artifact").await;
    k.press(keys::HOME).await;
    let chart = listed.iter().find(|p| p.ends_with(".png")).unwrap().clone();
    for _ in 0..listed.len() {
        if s.js("return document.activeElement.dataset.path;", json!([])).await == json!(chart) {
            break;
        }
        k.press(keys::DOWN).await;
    }
    k.press(keys::ENTER).await;
    s.wait_js("return !!document.querySelector('#artifact-preview #artifact-zoom img');", Duration::from_secs(20))
        .await;
    k.expect_focus(&format!("button.artifact[data-path='{chart}']"), "the chosen artifact keeps focus").await;
    k.tab_to("#artifact-zoom", false, 15).await;
    k.press(keys::ENTER).await;
    s.find("#image-viewer[open]").await;
    k.expect_focus("#image-viewer-close", "the full-size view opens on Close").await;
    s.screenshot("focus-image-viewer").await;
    k.press(keys::ESCAPE).await;
    s.wait_js("return !document.getElementById('image-viewer').open;", Duration::from_secs(5)).await;
    k.expect_focus("#artifact-zoom", "Esc closes the full-size view, focus back on the picture").await;

    // ---- rename the conversation: F2, type, Enter ----
    k.tab_to("#conversations button.conversation", true, 40).await;
    k.press(keys::F2).await;
    k.expect_focus("#conversations .rename-input", "F2 starts renaming").await;
    s.chord(keys::CONTROL, "a").await;
    s.type_keys("Weather by keyboard").await;
    s.screenshot("focus-rename").await;
    k.press(keys::ENTER).await;
    s.wait_js(
        "return document.getElementById('desk-title').textContent === 'Weather by keyboard'
           && !document.querySelector('#conversations .rename-input');",
        Duration::from_secs(10),
    )
    .await;
    k.expect_focus("#conversations button.conversation", "after renaming, focus is back on the conversation").await;

    // ---- delete it: Delete asks; Esc keeps it; Delete, Tab, Enter deletes ----
    k.press(keys::DELETE).await;
    s.find("#confirm-delete[open]").await;
    k.expect_focus("#confirm-delete-cancel", "the delete question starts on Cancel").await;
    s.screenshot("focus-confirm-delete").await;
    k.press(keys::ESCAPE).await;
    k.expect_focus("#conversations button.conversation", "Esc keeps the conversation and gives focus back").await;
    k.press(keys::DELETE).await;
    s.find("#confirm-delete[open]").await;
    k.press(keys::TAB).await;
    k.expect_focus("#confirm-delete-ok", "Tab reaches Delete").await;
    k.press(keys::ENTER).await;
    s.wait_js("return document.querySelectorAll('#conversations li[data-id]').length === 0;", Duration::from_secs(20))
        .await;
    k.expect_focus("#new-conversation", "with the conversation gone, focus goes to New conversation").await;

    // ---- settings: open, move through it (focus stays inside), Esc closes and gives focus back ----
    s.js(
        "localStorage.setItem('analyst-desk.provider', JSON.stringify({kind: 'openai', model: null, base_url: null}));",
        json!([]),
    )
    .await;
    k.tab_to("#open-settings", false, 5).await;
    k.press(keys::ENTER).await;
    s.find("#settings[open] #settings-key").await;
    let mut inside = Vec::new();
    for _ in 0..12 {
        k.press(keys::TAB).await;
        let v = s.js("return document.getElementById('settings').contains(document.activeElement);", json!([])).await;
        inside.push(v == json!(true));
    }
    assert!(inside.iter().all(|x| *x), "Tab stays inside the open settings dialog: {inside:?} ({:?})", k.stops);
    k.tab_to("#settings-key", false, 12).await;
    s.type_keys("sk-typed-then-escaped").await;
    s.screenshot("focus-settings-key").await;
    k.press(keys::ESCAPE).await;
    s.wait_js("return !document.getElementById('settings').open;", Duration::from_secs(5)).await;
    k.expect_focus("#open-settings", "Esc closes settings and focus is back on the Settings button").await;
    let key = s.js("return document.getElementById('settings-key').value;", json!([])).await;
    assert_eq!(key, json!(""), "a key typed and then escaped does not stay in the page");

    eprintln!("keyboard journey: {} focus stops", k.stops.len());
    assert!(k.problems.is_empty(), "focus stops a person could not see:\n{}", k.problems.join("\n"));
    s.quit().await;
}
