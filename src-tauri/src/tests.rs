//! Shell tests on Tauri's mock runtime: the real `setup` with an office in a temporary data directory,
//! commands invoked through the IPC layer exactly as the page invokes them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::drops::on_window_event;
use crate::events;
use desk_core::office::Office;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, DragDropEvent, Listener, PhysicalPosition, WebviewWindow, WebviewWindowBuilder, WindowEvent};

struct Shell {
    _dir: tempfile::TempDir,
    app: App<MockRuntime>,
    webview: WebviewWindow<MockRuntime>,
}

fn shell() -> Shell {
    let dir = tempfile::tempdir().unwrap();
    let office = Office::open(&dir.path().join("data")).unwrap();
    let app = crate::setup(mock_builder(), office).build(mock_context(noop_assets())).unwrap();
    let webview = WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    Shell { _dir: dir, app, webview }
}

impl Shell {
    fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.webview, request).map(|b| b.deserialize::<Value>().unwrap())
    }

    fn ok(&self, cmd: &str, args: Value) -> Value {
        self.invoke(cmd, args).unwrap_or_else(|e| panic!("{cmd} should succeed, got error {e}"))
    }

    fn err_code(&self, cmd: &str, args: Value) -> String {
        let e = self.invoke(cmd, args).expect_err(&format!("{cmd} should fail"));
        assert!(e["message"].as_str().is_some_and(|m| !m.is_empty()), "{cmd}: an error carries a message: {e}");
        e["code"].as_str().unwrap_or_else(|| panic!("{cmd}: an error is {{code, message}}, got {e}")).to_string()
    }

    /// Collect the payloads of one event name.
    fn watch(&self, event: &str) -> mpsc::Receiver<Value> {
        let (tx, rx) = mpsc::channel();
        self.app.listen_any(event, move |e| {
            let _ = tx.send(serde_json::from_str(e.payload()).unwrap());
        });
        rx
    }
}

fn next(rx: &mpsc::Receiver<Value>, what: &str) -> Value {
    rx.recv_timeout(Duration::from_secs(5)).unwrap_or_else(|_| panic!("expected a {what} event"))
}

#[test]
fn new_conversation_shows_in_the_list_and_is_broadcast() {
    let s = shell();
    let changed = s.watch(events::CONVERSATIONS_CHANGED);
    assert_eq!(s.ok("list_conversations", json!({})), json!([]), "a fresh data directory has no conversations");

    let c = s.ok("new_conversation", json!({ "title": "Sales" }));
    let id = c["id"].as_str().unwrap();
    assert_eq!(id.len(), 32, "ids are 32 hex characters minted in Rust: {c}");
    assert_eq!(c["title"], "Sales");

    let list = s.ok("list_conversations", json!({}));
    assert_eq!(list.as_array().unwrap().len(), 1, "the new conversation is listed: {list}");
    assert_eq!(list[0]["id"], id);
    assert_eq!(next(&changed, "conversations_changed"), list, "the sidebar is told the same list");

    let untitled = s.ok("new_conversation", json!({}));
    assert_eq!(untitled["title"], "New conversation", "no title gives the default");
}

#[test]
fn bad_ids_are_refused_with_their_code() {
    let s = shell();
    for bad in ["", "../etc", "ABCDEF", "0123456789abcdef0123456789abcdef0", "/tmp/x"] {
        assert_eq!(s.err_code("list_files", json!({ "conversationId": bad })), "invalid_id", "id {bad:?}");
    }
    assert_eq!(
        s.err_code("rename_conversation", json!({ "conversationId": "nope", "title": "x" })),
        "invalid_id",
        "rename checks the id shape first"
    );
    let unknown = "0123456789ab4def8123456789abcdef";
    assert_eq!(
        s.err_code("conversation_history", json!({ "conversationId": unknown })),
        "conversation_not_found",
        "a well-formed id that names nothing"
    );
    assert_eq!(s.err_code("delete_conversation", json!({ "conversationId": unknown })), "conversation_not_found");
}

#[test]
fn rename_delete_and_history_round_trip() {
    let s = shell();
    let id = s.ok("new_conversation", json!({}))["id"].as_str().unwrap().to_string();
    s.ok("rename_conversation", json!({ "conversationId": id, "title": "  Q3 review " }));
    assert_eq!(s.ok("list_conversations", json!({}))[0]["title"], "Q3 review", "titles are trimmed by the core");
    assert_eq!(
        s.err_code("rename_conversation", json!({ "conversationId": id, "title": "   " })),
        "usage",
        "an empty title is refused"
    );
    assert_eq!(s.ok("conversation_history", json!({ "conversationId": id })), json!([]), "no turns yet");
    s.ok("delete_conversation", json!({ "conversationId": id }));
    assert_eq!(s.ok("list_conversations", json!({})), json!([]), "deleted conversations leave the list");
    assert_eq!(s.err_code("list_files", json!({ "conversationId": id })), "conversation_not_found");
}

#[test]
fn a_native_drop_imports_through_its_id_with_one_outcome_per_file() {
    let s = shell();
    let dropped = s.watch(events::FILES_DROPPED);
    let id = s.ok("new_conversation", json!({}))["id"].as_str().unwrap().to_string();

    let outside = s._dir.path().join("outside");
    std::fs::create_dir_all(outside.join("a folder")).unwrap();
    std::fs::write(outside.join("sales.csv"), "store,revenue\nA,10\n").unwrap();
    let paths: Vec<PathBuf> = vec![outside.join("sales.csv"), outside.join("a folder"), outside.join("missing.csv")];

    let window = s.webview.as_ref().window();
    on_window_event(
        &window,
        &WindowEvent::DragDrop(DragDropEvent::Drop { paths, position: PhysicalPosition::new(10.0, 10.0) }),
    );
    let drop = next(&dropped, "files_dropped");
    assert_eq!(drop["names"], json!(["sales.csv", "a folder", "missing.csv"]), "the UI sees names only: {drop}");
    let drop_id = drop["drop_id"].as_u64().unwrap();

    assert_eq!(
        s.err_code("import_paths", json!({ "conversationId": "bad", "dropId": drop_id })),
        "invalid_id",
        "a bad conversation id is refused before the drop is claimed"
    );
    let out = s.ok("import_paths", json!({ "conversationId": id, "dropId": drop_id }));
    let out = out.as_array().unwrap();
    assert_eq!(out.len(), 3, "one outcome per dropped path: {out:?}");
    assert_eq!(out[0]["ok"], true, "the CSV is imported: {}", out[0]);
    assert_eq!(out[0]["stored_as"], "sales.csv");
    assert_eq!(out[1]["error"]["code"], "source_directory", "a folder is refused with its reason: {}", out[1]);
    assert_eq!(out[2]["error"]["code"], "source_not_found", "a vanished file is refused: {}", out[2]);

    let files = s.ok("list_files", json!({ "conversationId": id }));
    assert_eq!(files[0]["path"], "sales.csv", "the partial success was kept: {files}");
    assert_eq!(files[0]["role"], "input");

    assert_eq!(
        s.err_code("import_paths", json!({ "conversationId": id, "dropId": drop_id })),
        "drop_not_found",
        "a drop is imported at most once"
    );
}

#[test]
fn markdown_is_rendered_and_sanitised_in_rust() {
    let s = shell();
    let html = s.ok(
        "render_markdown",
        json!({ "md": "**bold** <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))" }),
    );
    let html = html.as_str().unwrap();
    assert!(html.contains("<strong>bold</strong>"), "markdown is rendered: {html}");
    for bad in ["<script", "onerror", "javascript:"] {
        assert!(!html.contains(bad), "{bad} must not survive sanitising: {html}");
    }
}

#[test]
fn ask_checks_the_conversation_and_stop_turn_is_harmless_when_idle() {
    let s = shell();
    let provider = json!({ "kind": "offline", "model": null, "base_url": null });
    assert_eq!(
        s.err_code(
            "ask",
            json!({ "conversationId": "../x", "question": "hi", "provider": provider, "onEvent": "__CHANNEL__:7" })
        ),
        "invalid_id",
        "a bad id is refused before any turn starts"
    );
    let id = s.ok("new_conversation", json!({}))["id"].as_str().unwrap().to_string();
    assert_eq!(
        s.err_code(
            "ask",
            json!({ "conversationId": id, "question": "  ", "provider": provider, "onEvent": "__CHANNEL__:7" })
        ),
        "usage",
        "an empty question is refused"
    );
    assert_eq!(s.ok("stop_turn", json!({ "conversationId": id })), json!(false), "no turn runs: nothing to stop");
}

#[test]
fn one_turn_per_conversation_and_stop_reaches_its_token() {
    let turns = crate::turns::Turns::default();
    let token = turns.start("c1").expect("the first turn starts");
    assert!(turns.start("c1").is_none(), "a second turn in the same conversation is refused while one runs");
    assert!(turns.start("c2").is_some(), "other conversations are independent");
    assert!(turns.cancel("c1"), "stop finds the running turn");
    assert!(token.is_cancelled(), "and cancels its token");
    turns.finish("c1");
    assert!(!turns.cancel("c1"), "a finished turn is gone");
}

#[test]
fn a_turn_streams_wire_events_and_always_closes_with_complete_or_error() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let id = Office::open(&data).unwrap().new_conversation(None).unwrap().id;
    let (tx, rx) = mpsc::channel();
    let channel = tauri::ipc::Channel::new(move |body| {
        if let tauri::ipc::InvokeResponseBody::Json(s) = body {
            let _ = tx.send(serde_json::from_str::<Value>(&s).unwrap());
        }
        Ok(())
    });
    let mut request = desk_core::agent::TurnRequest::new(
        id.clone(),
        "what is in here?",
        desk_core::agent::ProviderSettings::new(desk_core::agent::ProviderKind::Offline),
    );
    request.offline = Some(desk_core::analyst::offline());
    crate::turns::run_on_this_thread(&data, &request, &channel, &desk_core::agent::CancelToken::new());
    let events: Vec<Value> = rx.try_iter().collect();
    let closing: Vec<&Value> = events.iter().filter(|e| e["type"] == "complete" || e["type"] == "error").collect();
    assert_eq!(closing.len(), 1, "exactly one closing event: {events:?}");
    assert!(events.iter().all(|e| e["type"].is_string()), "every event is a wire object with a type: {events:?}");

    let mut bad = desk_core::agent::TurnRequest::new(
        "0123456789ab4def8123456789abcdef",
        "hi",
        desk_core::agent::ProviderSettings::new(desk_core::agent::ProviderKind::Offline),
    );
    bad.offline = Some(desk_core::analyst::offline());
    let (tx, rx) = mpsc::channel();
    let channel = tauri::ipc::Channel::new(move |body| {
        if let tauri::ipc::InvokeResponseBody::Json(s) = body {
            let _ = tx.send(serde_json::from_str::<Value>(&s).unwrap());
        }
        Ok(())
    });
    crate::turns::run_on_this_thread(&data, &bad, &channel, &desk_core::agent::CancelToken::new());
    let events: Vec<Value> = rx.try_iter().collect();
    assert_eq!(events.len(), 1, "a turn that cannot start still tells the page why: {events:?}");
    assert_eq!(events[0]["code"], "conversation_not_found");
}

mod desk_protocol {
    use super::*;
    use crate::artifacts::{parse_desk_path, preview, serve, Preview, HTML_CSP};
    use desk_core::desk::DeskId;
    use std::path::Path;

    const ID: &str = "0123456789ab4def8123456789abcdef";

    fn desk() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let desk = dir.path().join("desk");
        std::fs::create_dir_all(desk.join("charts")).unwrap();
        std::fs::write(desk.join("charts/co2 chart.png"), b"\x89PNG fake").unwrap();
        std::fs::write(desk.join("report.md"), "# Title\n\n<script>alert(1)</script>").unwrap();
        std::fs::write(desk.join("page.html"), "<h1>x</h1>").unwrap();
        std::fs::write(desk.join(".hidden.txt"), "secret").unwrap();
        std::fs::write(dir.path().join("outside.txt"), "outside").unwrap();
        std::os::unix::fs::symlink(dir.path().join("outside.txt"), desk.join("link.txt")).unwrap();
        std::os::unix::fs::symlink(dir.path(), desk.join("up")).unwrap();
        let desk = std::fs::canonicalize(desk).unwrap();
        (dir, desk)
    }

    fn get(desk: &Path, url_path: &str) -> tauri::http::Response<Vec<u8>> {
        let desk = desk.to_path_buf();
        serve(url_path, move |id: &DeskId| {
            assert_eq!(id.as_str(), ID, "only the checked id reaches the lookup");
            Ok(desk.clone())
        })
    }

    #[test]
    fn files_inside_the_desk_are_served_uncached_with_a_sandboxing_csp() {
        let (_dir, desk) = desk();
        let r = get(&desk, &format!("/{ID}/charts/co2%20chart.png"));
        assert_eq!(r.status(), 200, "a percent-encoded name inside the desk is served");
        assert_eq!(r.body(), b"\x89PNG fake");
        assert_eq!(r.headers()["content-type"], "image/png");
        assert_eq!(r.headers()["cache-control"], "no-store", "an overwritten chart must not come from a cache");

        let r = get(&desk, &format!("/{ID}/page.html"));
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["content-security-policy"], HTML_CSP, "HTML is sandboxed by its response header");
        assert!(HTML_CSP.starts_with("sandbox allow-scripts;") && !HTML_CSP.contains("allow-same-origin"));
    }

    #[test]
    fn traversal_symlinks_hidden_paths_and_bad_ids_are_refused() {
        let (_dir, desk) = desk();
        for bad in [
            format!("/{ID}/../outside.txt"),
            format!("/{ID}/%2e%2e/outside.txt"),
            format!("/{ID}/charts/%2E%2E/%2E%2E/outside.txt"),
            format!("/{ID}/..%2foutside.txt"),
            format!("/{ID}/%2Fetc/passwd"),
            format!("/{ID}/link.txt"),
            format!("/{ID}/up/outside.txt"),
            format!("/{ID}/.hidden.txt"),
            format!("/{ID}/.desk/analysis.duckdb"),
            format!("/{ID}/"),
            format!("/{ID}/nope.png"),
            format!("/{ID}/bad%zzescape"),
        ] {
            let r = get(&desk, &bad);
            assert!(r.status().is_client_error(), "{bad} must be refused, got {}", r.status());
            assert_ne!(r.body(), b"outside", "{bad} must not leak a file outside the desk");
            assert_ne!(r.body(), b"secret", "{bad} must not serve a hidden file");
        }
        for bad_id in ["/../x.png", "/ABCDEF/x.png", "/0123456789ab4def8123456789abcdef0/x.png", "/"] {
            assert!(parse_desk_path(bad_id).is_err(), "{bad_id}: the id is checked before any disk access");
            let r = serve(bad_id, |_| panic!("a bad id must never reach the desk lookup"));
            assert!(r.status().is_client_error(), "{bad_id}");
        }
    }

    #[test]
    fn previews_render_markdown_sanitised_and_csv_as_rows() {
        let (_dir, desk) = desk();
        match preview(&desk, "report.md").unwrap() {
            Preview::Markdown { html } => {
                assert!(html.contains("<h1>Title</h1>") && !html.contains("<script"), "sanitised: {html}")
            }
            other => panic!("markdown preview expected, got {other:?}"),
        }
        let mut csv = String::from("a,b\n");
        for i in 0..250 {
            csv.push_str(&format!("{i},\"x, {i}\"\n"));
        }
        std::fs::write(desk.join("big.csv"), csv).unwrap();
        match preview(&desk, "big.csv").unwrap() {
            Preview::Csv { headers, rows, truncated } => {
                assert_eq!(headers, vec!["a", "b"]);
                assert_eq!(rows.len(), 200, "the first 200 rows only");
                assert_eq!(rows[0], vec!["0", "x, 0"], "quoted fields are parsed");
                assert!(truncated);
            }
            other => panic!("csv preview expected, got {other:?}"),
        }
        assert!(preview(&desk, "link.txt").is_err(), "previews refuse symlinks too");
        assert!(preview(&desk, "../outside.txt").is_err(), "and traversal");
    }
}

#[test]
fn list_artifacts_shows_outputs_not_inputs() {
    let s = shell();
    let id = s.ok("new_conversation", json!({}))["id"].as_str().unwrap().to_string();
    assert_eq!(s.ok("list_artifacts", json!({ "conversationId": id })), json!([]), "nothing made yet");
    assert_eq!(s.err_code("list_artifacts", json!({ "conversationId": "x" })), "invalid_id");
    for bad in ["../../etc/passwd", "..%2F..%2Fetc/passwd", "/etc/passwd", ".desk/analysis.duckdb"] {
        let code = s.err_code("preview_artifact", json!({ "conversationId": id, "path": bad }));
        assert_ne!(code, "io_error", "{bad} is refused by confinement, not by a failed read");
    }
}

/// A chart's alt text comes from the report that shows it (its title and key numbers); an image no
/// report shows has none.
#[test]
fn list_artifacts_describes_charts_from_the_report_beside_them() {
    let s = shell();
    let id = s.ok("new_conversation", json!({}))["id"].as_str().unwrap().to_string();
    let desk = s._dir.path().join("data/desks").join(&id);
    std::fs::write(desk.join("by_region.png"), b"\x89PNG not really").unwrap();
    std::fs::write(desk.join("photo.png"), b"\x89PNG").unwrap();
    std::fs::write(
        desk.join("report.md"),
        "# East leads revenue\n\n![Chart: East leads revenue](by_region.png)\n\n## Key numbers\n\n\
         | region | revenue |\n|---|---:|\n| East | 1,200 |\n| West | 800 |\n",
    )
    .unwrap();
    let list = s.ok("list_artifacts", json!({ "conversationId": id }));
    let alt = |name: &str| list.as_array().unwrap().iter().find(|a| a["path"] == name).unwrap()["alt"].clone();
    assert_eq!(
        alt("by_region.png"),
        json!("Chart: East leads revenue. Key numbers (region, revenue): East 1,200; West 800."),
        "{list}"
    );
    assert_eq!(alt("photo.png"), Value::Null, "no report shows it: {list}");
    assert_eq!(alt("report.md"), Value::Null);
}

#[test]
fn settings_list_providers_and_never_return_a_key() {
    let s = shell();
    let list = s.ok("providers", json!({}));
    let kinds: Vec<&str> = list.as_array().unwrap().iter().map(|p| p["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["offline", "openai", "anthropic", "claude-code"], "every provider is offered: {list}");
    assert_eq!(list[1]["key_env"], "OPENAI_API_KEY");
    let status = s.ok("api_key_status", json!({ "provider": "offline" }));
    assert_eq!(status["stored"], false, "the offline analyst has no key: {status}");
    assert!(status.get("key").is_none(), "a status never carries a key: {status}");
    assert_eq!(
        s.err_code("set_api_key", json!({ "provider": "offline", "key": "x" })),
        "usage",
        "offline takes no key"
    );
    assert_eq!(
        s.err_code("set_api_key", json!({ "provider": "anthropic", "key": "   " })),
        "usage",
        "empty keys refused"
    );
    assert!(
        s.invoke("set_api_key", json!({ "provider": "nonsense", "key": "k" })).is_err(),
        "unknown providers refused"
    );
}

// ---- the OS side, start-up files, tables and sample questions -----------------------------------------

mod native_side {
    use super::*;
    use crate::launch::{parse_args, Launch, LaunchArg};
    use crate::native::Native;
    use desk_core::error::ErrorBody;
    use std::path::Path;
    use std::sync::{Arc, Mutex};
    use tauri::AppHandle;

    /// What the fake OS was asked to do.
    #[derive(Default)]
    struct Calls {
        opened: Vec<PathBuf>,
        revealed: Vec<PathBuf>,
        links: Vec<String>,
        picks: usize,
    }

    /// Stands in for the native dialogs and the opener: answers with what the test set.
    struct FakeOs {
        pick: Option<Vec<PathBuf>>,
        save: Arc<Mutex<Option<PathBuf>>>,
        calls: Arc<Mutex<Calls>>,
    }

    impl Native<MockRuntime> for FakeOs {
        fn pick_files(&self, _: &AppHandle<MockRuntime>) -> Result<Option<Vec<PathBuf>>, ErrorBody> {
            self.calls.lock().unwrap().picks += 1;
            Ok(self.pick.clone())
        }
        fn save_zip(&self, _: &AppHandle<MockRuntime>, suggested: &str) -> Result<Option<PathBuf>, ErrorBody> {
            assert!(
                suggested.ends_with(".zip") && !suggested.contains('/'),
                "a plain zip name is suggested: {suggested}"
            );
            Ok(self.save.lock().unwrap().clone())
        }
        fn open(&self, path: &Path) -> Result<(), ErrorBody> {
            self.calls.lock().unwrap().opened.push(path.to_path_buf());
            Ok(())
        }
        fn reveal(&self, path: &Path) -> Result<(), ErrorBody> {
            self.calls.lock().unwrap().revealed.push(path.to_path_buf());
            Ok(())
        }
        fn open_url(&self, url: &str) -> Result<(), ErrorBody> {
            self.calls.lock().unwrap().links.push(url.to_string());
            Ok(())
        }
    }

    #[test]
    fn open_link_opens_web_links_in_the_browser_and_refuses_everything_else() {
        let os = shell_with(None, None, vec![]);
        let s = &os.shell;
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "tauri://localhost/",
            "desk://localhost/x/a.html",
            "data:text/html,x",
            "ipc://localhost/ask",
        ] {
            assert_eq!(s.err_code("open_link", json!({ "url": bad })), "link_refused", "{bad}");
        }
        assert_eq!(s.err_code("open_link", json!({ "url": "not a link" })), "bad_link");
        assert!(os.calls.lock().unwrap().links.is_empty(), "nothing refused reached the browser");
        s.ok("open_link", json!({ "url": "https://example.com/report?q=1" }));
        s.ok("open_link", json!({ "url": "mailto:someone@example.com" }));
        assert_eq!(os.calls.lock().unwrap().links, ["https://example.com/report?q=1", "mailto:someone@example.com"]);
    }

    struct Os {
        shell: Shell,
        calls: Arc<Mutex<Calls>>,
        save: Arc<Mutex<Option<PathBuf>>>,
    }

    fn shell_with(pick: Option<Vec<PathBuf>>, save: Option<PathBuf>, launch: Vec<LaunchArg>) -> Os {
        let dir = tempfile::tempdir().unwrap();
        let office = Office::open(&dir.path().join("data")).unwrap();
        let calls = Arc::new(Mutex::new(Calls::default()));
        let save = Arc::new(Mutex::new(save));
        let fake = FakeOs { pick, save: save.clone(), calls: calls.clone() };
        let app = crate::setup_with(mock_builder(), office, Box::new(fake), Launch::new(launch))
            .build(mock_context(noop_assets()))
            .unwrap();
        let webview = WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
        Os { shell: Shell { _dir: dir, app, webview }, calls, save }
    }

    fn new_id(s: &Shell) -> String {
        s.ok("new_conversation", json!({}))["id"].as_str().unwrap().to_string()
    }

    fn desk_dir(s: &Shell, id: &str) -> PathBuf {
        std::fs::canonicalize(s._dir.path().join("data/desks").join(id)).unwrap()
    }

    #[test]
    fn open_and_reveal_are_confined_to_the_desk_and_refuse_bad_ids() {
        let os = shell_with(None, None, vec![]);
        let s = &os.shell;
        let id = new_id(s);
        let desk = desk_dir(s, &id);
        std::fs::create_dir_all(desk.join("charts")).unwrap();
        std::fs::write(desk.join("charts/a chart.png"), b"png").unwrap();
        std::fs::write(desk.join("page.html"), "<script>x</script>").unwrap();
        std::fs::write(desk.join("run.sh"), "#!/bin/sh").unwrap();
        std::fs::write(desk.join(".hidden.png"), b"png").unwrap();
        std::fs::write(s._dir.path().join("outside.png"), b"png").unwrap();
        std::os::unix::fs::symlink(s._dir.path().join("outside.png"), desk.join("link.png")).unwrap();
        std::os::unix::fs::symlink(s._dir.path(), desk.join("up")).unwrap();

        for bad in [
            "../outside.png",
            "../../outside.png",
            "charts/../../outside.png",
            "%2e%2e/outside.png",
            "/etc/passwd",
            "~/x.png",
            ".hidden.png",
            ".desk/analysis.duckdb",
            "link.png",
            "up/outside.png",
            "nope.png",
        ] {
            let code = s.err_code("open_file", json!({ "conversationId": id, "path": bad }));
            assert_ne!(code, "os_error", "{bad} is refused before the OS is asked");
            s.err_code("reveal_file", json!({ "conversationId": id, "path": bad }));
        }
        for bad_id in ["", "../x", "ABCDEF", "/tmp", "0123456789ab4def8123456789abcdef"] {
            let code = s.err_code("open_file", json!({ "conversationId": bad_id, "path": "charts/a chart.png" }));
            assert!(code == "invalid_id" || code == "conversation_not_found", "{bad_id:?} gave {code}");
            s.err_code("reveal_file", json!({ "conversationId": bad_id }));
            s.err_code("export_desk", json!({ "conversationId": bad_id }));
            s.err_code("pick_and_import", json!({ "conversationId": bad_id }));
        }
        assert_eq!(
            s.err_code("open_file", json!({ "conversationId": id, "path": "page.html" })),
            "not_openable",
            "HTML never goes to an OS viewer (it would run outside the sandbox)"
        );
        assert_eq!(s.err_code("open_file", json!({ "conversationId": id, "path": "run.sh" })), "not_openable");
        {
            let calls = os.calls.lock().unwrap();
            assert!(calls.opened.is_empty() && calls.revealed.is_empty(), "nothing refused reached the OS");
        }

        s.ok("open_file", json!({ "conversationId": id, "path": "charts/a chart.png" }));
        s.ok("reveal_file", json!({ "conversationId": id, "path": "charts/a chart.png" }));
        s.ok("reveal_file", json!({ "conversationId": id }));
        let calls = os.calls.lock().unwrap();
        assert_eq!(calls.opened, vec![desk.join("charts/a chart.png")], "the OS gets the canonical file in the desk");
        assert_eq!(calls.revealed, vec![desk.join("charts/a chart.png"), desk.clone()], "no path reveals the desk");
    }

    #[test]
    fn picked_files_go_through_the_import_with_one_outcome_each_and_cancel_imports_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("picked");
        std::fs::create_dir_all(dir.join("a folder")).unwrap();
        let good = dir.join("sales.csv");
        std::fs::write(&good, "store,revenue\nA,10\nB,20\n").unwrap();
        let os = shell_with(Some(vec![good.clone(), dir.join("gone.csv"), dir.join("a folder")]), None, vec![]);
        let s = &os.shell;
        let id = new_id(s);
        let out = s.ok("pick_and_import", json!({ "conversationId": id }));
        let out = out.as_array().unwrap();
        assert_eq!(out.len(), 3, "one outcome per picked path: {out:?}");
        assert_eq!(out[0]["stored_as"], "sales.csv");
        assert_eq!(out[1]["error"]["code"], "source_not_found");
        assert_eq!(out[2]["error"]["code"], "source_directory");
        assert_eq!(s.ok("list_files", json!({ "conversationId": id }))[0]["path"], "sales.csv");

        let cancelled = shell_with(None, None, vec![]);
        let id = new_id(&cancelled.shell);
        assert_eq!(cancelled.shell.ok("pick_and_import", json!({ "conversationId": id })), json!([]));
        assert_eq!(cancelled.calls.lock().unwrap().picks, 1, "the dialog was shown once");
    }

    #[test]
    fn export_writes_a_zip_where_the_save_dialog_says_and_never_inside_the_desk() {
        let out_dir = tempfile::tempdir().unwrap();
        let os = shell_with(None, Some(out_dir.path().join("my desk")), vec![]);
        let s = &os.shell;
        let id = new_id(s);
        s.ok("import_sample", json!({ "conversationId": id }));
        let done = s.ok("export_desk", json!({ "conversationId": id }));
        assert_eq!(done["name"], "my desk.zip", "a name without an extension gets .zip: {done}");
        assert_eq!(done["files"], 4, "the four sample files: {done}");
        assert!(out_dir.path().join("my desk.zip").is_file());

        let cancelled = shell_with(None, None, vec![]);
        let id = new_id(&cancelled.shell);
        assert_eq!(cancelled.shell.ok("export_desk", json!({ "conversationId": id })), Value::Null, "cancel: nothing");

        let inside = shell_with(None, None, vec![]);
        let id = new_id(&inside.shell);
        *inside.save.lock().unwrap() = Some(desk_dir(&inside.shell, &id).join("x.zip"));
        assert_eq!(
            inside.shell.err_code("export_desk", json!({ "conversationId": id })),
            "export_inside_desk",
            "a zip is never written into the desk it exports"
        );
    }

    #[test]
    fn export_zip_names_are_plain() {
        assert_eq!(crate::native::zip_name("Q3 review: sales/returns"), "Q3 review sales returns.zip");
        assert_eq!(crate::native::zip_name("Café 2026-05"), "Café 2026-05.zip");
        assert_eq!(crate::native::zip_name("../../etc"), "etc.zip");
        assert_eq!(crate::native::zip_name("   "), "Analyst Desk export.zip");
    }

    #[test]
    fn import_sample_and_tables_give_chips_profiles_and_questions() {
        let os = shell_with(None, None, vec![]);
        let s = &os.shell;
        let progress = s.watch(events::TABLES_PROGRESS);
        let id = new_id(s);
        assert_eq!(s.err_code("import_sample", json!({ "conversationId": "nope" })), "invalid_id");
        let out = s.ok("import_sample", json!({ "conversationId": id }));
        let names: Vec<&str> = out.as_array().unwrap().iter().map(|o| o["stored_as"].as_str().unwrap()).collect();
        assert_eq!(names.len(), 4, "four sample files: {out}");
        assert!(out.as_array().unwrap().iter().all(|o| o["ok"] == true), "all imported: {out}");

        let t = s.ok("desk_tables", json!({ "conversationId": id }));
        let tables: Vec<&str> = t["tables"].as_array().unwrap().iter().map(|t| t["name"].as_str().unwrap()).collect();
        assert_eq!(tables, ["customers", "orders", "products", "stores"], "one table per sample file: {tables:?}");
        let orders = &t["tables"][1];
        assert_eq!(orders["rows"], 3004);
        let revenue = orders["columns"].as_array().unwrap().iter().find(|c| c["name"] == "revenue").unwrap();
        assert_eq!(revenue["type"], "real");
        for key in ["nulls", "distinct", "min", "max", "mean"] {
            assert!(!revenue["profile"][key].is_null(), "the profile has {key}: {revenue}");
        }
        let questions = t["questions"].as_array().unwrap();
        assert!((3..=4).contains(&questions.len()), "three or four sample questions: {questions:?}");
        let first = next(&progress, "tables_progress");
        assert_eq!(first["conversation_id"], id.as_str(), "progress names its conversation: {first}");
        let last = progress.try_iter().last().unwrap_or(first);
        assert_eq!(last["done"], last["total"], "the last progress event closes the bar: {last}");
        assert_eq!(s.err_code("desk_tables", json!({ "conversationId": "x" })), "invalid_id");
    }

    #[test]
    fn start_up_files_open_a_new_conversation_with_receipts_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a b.csv"), "x,y\n1,2\n").unwrap();
        std::fs::write(dir.path().join("c.tsv"), "x\ty\n1\t2\n").unwrap();
        let args = parse_args(
            [
                "--display".to_string(),
                ":9".to_string(),
                "a b.csv".to_string(),
                format!("file://{}/c.tsv", dir.path().display()),
                "missing.csv".to_string(),
                "file://elsewhere/x.csv".to_string(),
            ],
            dir.path(),
        );
        let os = shell_with(None, None, args);
        let s = &os.shell;
        let opened = s.ok("open_launch_files", json!({}));
        assert_eq!(opened["conversation"]["title"], "a b and 3 more");
        let outcomes = opened["outcomes"].as_array().unwrap();
        assert_eq!(outcomes.len(), 4, "one receipt per file argument, flags skipped: {outcomes:?}");
        assert_eq!(outcomes[0]["stored_as"], "a b.csv");
        assert_eq!(outcomes[1]["stored_as"], "c.tsv", "a file:// URI is decoded: {}", outcomes[1]);
        assert_eq!(outcomes[2]["error"]["code"], "source_not_found", "an unreadable path is a refusal, not a crash");
        assert_eq!(outcomes[3]["error"]["code"], "not_a_local_file");
        let list = s.ok("list_conversations", json!({}));
        assert_eq!(list[0]["id"], opened["conversation"]["id"], "the new conversation is listed first");
        assert_eq!(s.ok("open_launch_files", json!({})), Value::Null, "start-up files are opened once");

        let none = shell_with(None, None, vec![]);
        assert_eq!(none.shell.ok("open_launch_files", json!({})), Value::Null, "no files, no conversation");
        assert_eq!(none.shell.ok("list_conversations", json!({})), json!([]));
    }
}

mod launch_args {
    use crate::launch::{parse_args, LaunchArg};
    use std::ffi::OsString;
    use std::os::unix::ffi::OsStringExt;
    use std::path::{Path, PathBuf};

    fn parse(args: &[&str]) -> Vec<LaunchArg> {
        parse_args(args.iter().map(|a| a.to_string()), Path::new("/home/me/work"))
    }

    fn path(p: &str) -> LaunchArg {
        LaunchArg::Path(PathBuf::from(p))
    }

    fn code(a: &LaunchArg) -> &str {
        match a {
            LaunchArg::Refused { code, .. } => code,
            LaunchArg::Path(p) => panic!("expected a refusal, got the path {p:?}"),
        }
    }

    #[test]
    fn plain_paths_relative_and_absolute() {
        assert_eq!(
            parse(&["a.csv", "/data/b.tsv", "sub/c.xlsx"]),
            [path("/home/me/work/a.csv"), path("/data/b.tsv"), path("/home/me/work/sub/c.xlsx")]
        );
        assert_eq!(parse(&[]), [], "no arguments, nothing to open");
        assert_eq!(parse(&[""]), [], "empty arguments are ignored");
    }

    #[test]
    fn flags_are_skipped_and_double_dash_ends_them() {
        assert_eq!(parse(&["--verbose", "-psn_0_1234", "a.csv"]), [path("/home/me/work/a.csv")]);
        assert_eq!(
            parse(&["--display", ":1", "--class=x", "--gtk-module", "foo", "a.csv"]),
            [path("/home/me/work/a.csv")],
            "flags that take a value take it with them"
        );
        assert_eq!(parse(&["--", "-odd name.csv"]), [path("/home/me/work/-odd name.csv")], "after --, all paths");
    }

    #[test]
    fn file_uris_from_a_desktop_launcher() {
        assert_eq!(parse(&["file:///home/me/My%20Data/sales%2Bq3.csv"]), [path("/home/me/My Data/sales+q3.csv")]);
        assert_eq!(parse(&["file://localhost/tmp/a.csv"]), [path("/tmp/a.csv")]);
        assert_eq!(parse(&["FILE:///tmp/a.csv?x=1#frag"]), [path("/tmp/a.csv")], "scheme case, query and fragment");
        let latin1 = parse(&["file:///tmp/caf%E9.csv"]);
        assert_eq!(latin1, [LaunchArg::Path(PathBuf::from(OsString::from_vec(b"/tmp/caf\xe9.csv".to_vec())))]);
        assert_eq!(code(&parse(&["file://server/share/a.csv"])[0]), "not_a_local_file", "remote hosts refused");
        assert_eq!(code(&parse(&["https://example.com/a.csv"])[0]), "not_a_local_file");
        assert_eq!(code(&parse(&["file:///tmp/bad%zz.csv"])[0]), "bad_uri");
        assert_eq!(code(&parse(&["file:///tmp/nul%00.csv"])[0]), "bad_uri");
        assert_eq!(code(&parse(&["file://"])[0]), "bad_uri");
        assert_eq!(parse(&["notes: a.csv"]), [path("/home/me/work/notes: a.csv")], "a colon alone is not a URI");
    }
}

mod questions {
    use super::*;
    use desk_core::agent::{CancelToken, ProviderKind, ProviderSettings, TurnRequest};
    use std::path::Path;

    /// Ask each sample question of a desk with the offline analyst; every one must be answered.
    fn ask_all(data: &Path, id: &str, questions: &[String]) {
        for q in questions {
            let (tx, rx) = mpsc::channel();
            let channel = tauri::ipc::Channel::new(move |body| {
                if let tauri::ipc::InvokeResponseBody::Json(s) = body {
                    let _ = tx.send(serde_json::from_str::<Value>(&s).unwrap());
                }
                Ok(())
            });
            let mut request = TurnRequest::new(id, q.clone(), ProviderSettings::new(ProviderKind::Offline));
            request.offline = Some(desk_core::analyst::offline());
            crate::turns::run_on_this_thread(data, &request, &channel, &CancelToken::new());
            let events: Vec<Value> = rx.try_iter().collect();
            let text: String = events.iter().filter_map(|e| e["text"].as_str()).collect();
            assert_eq!(events.last().unwrap()["type"], "complete", "{q:?} completes: {events:?}");
            assert!(!text.contains(desk_core::analyst::DECLINED), "{q:?} must be answered, got: {text}");
            assert!(
                events.iter().any(|e| e["type"] == "tool_start" && e["name"] == "sql"),
                "{q:?} runs a real query: {events:?}"
            );
        }
    }

    fn questions_for(office: &Office, id: &desk_core::desk::DeskId) -> Vec<String> {
        let dir = office.desk_dir(id).unwrap();
        desk_core::tables::sync(&dir, &mut |_| {}).unwrap();
        desk_core::analyst::suggest::questions(&dir, &desk_core::tables::catalog(&dir).unwrap())
    }

    #[test]
    fn sample_questions_of_the_sample_data_are_answered_offline() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let mut office = Office::open(&data).unwrap();
        let c = office.new_conversation(None).unwrap();
        let id = office.resolve(&c.id).unwrap();
        office.import_sample(&id).unwrap();
        let questions = questions_for(&office, &id);
        assert_eq!(
            questions,
            [
                "Total revenue by region",
                "Monthly trend of revenue",
                "Top 5 products by revenue",
                "Number of orders by category"
            ],
            "built from the sample's tables"
        );
        drop(office);
        ask_all(&data, &c.id, &questions);
    }

    #[test]
    fn sample_questions_of_real_files_are_answered_offline() {
        let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/vega");
        for file in
            ["seattle-weather.csv", "disasters.csv", "iowa-electricity.csv", "birdstrikes.csv", "us-employment.csv"]
        {
            let dir = tempfile::tempdir().unwrap();
            let data = dir.path().join("data");
            let mut office = Office::open(&data).unwrap();
            let c = office.new_conversation(None).unwrap();
            let id = office.resolve(&c.id).unwrap();
            let out = office.import_paths(&id, &[shared.join(file)], &mut |_, _, _| {}).unwrap();
            assert!(out[0].ok, "{file} imports: {out:?}");
            let questions = questions_for(&office, &id);
            assert!(questions.len() >= 3, "{file}: at least three questions: {questions:?}");
            drop(office);
            ask_all(&data, &c.id, &questions);
        }
    }

    #[test]
    fn levels_such_as_temperatures_are_averaged_in_the_suggestions() {
        let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/vega/seattle-weather.csv");
        let src = std::fs::read_to_string(&shared).unwrap();
        // The real Seattle weather without its one amount (precipitation): temperatures and wind are levels.
        let csv: Vec<String> = src
            .lines()
            .map(|l| {
                let f: Vec<&str> = l.split(',').collect();
                [f[0], f[2], f[3], f[4], f[5]].join(",")
            })
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let mut office = Office::open(&data).unwrap();
        let c = office.new_conversation(None).unwrap();
        let id = office.resolve(&c.id).unwrap();
        office.import_bytes(&id, "weather.csv", csv.join("\n").as_bytes()).unwrap();
        let questions = questions_for(&office, &id);
        assert!(questions.iter().all(|q| !q.starts_with("Total")), "no totals of temperatures: {questions:?}");
        assert!(questions.iter().any(|q| q.starts_with("Average")), "an average instead: {questions:?}");
        drop(office);
        ask_all(&data, &c.id, &questions);
    }

    #[test]
    fn a_single_fact_file_gets_breakdown_trend_and_count_questions() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let mut office = Office::open(&data).unwrap();
        let c = office.new_conversation(None).unwrap();
        let id = office.resolve(&c.id).unwrap();
        let mut csv = String::from("order_id,order_date,region,category,units,revenue\n");
        let (regions, cats) = (["North", "South", "East", "West"], ["Hardware", "Software", "Services"]);
        for i in 0..2000 {
            let (m, d) = (i % 12 + 1, i % 28 + 1);
            csv.push_str(&format!(
                "{i},2025-{m:02}-{d:02},{},{},{},{}.5\n",
                regions[i % 4],
                cats[i % 3],
                i % 7 + 1,
                i % 90
            ));
        }
        office.import_bytes(&id, "big_sales.csv", csv.as_bytes()).unwrap();
        let questions = questions_for(&office, &id);
        assert_eq!(
            questions,
            ["Total revenue by region", "Monthly trend of revenue", "Number of rows by category"],
            "no 'top 5' of four values, and rows rather than an awkward table name"
        );
        drop(office);
        ask_all(&data, &c.id, &questions);
    }

    #[test]
    fn no_tables_no_questions() {
        assert!(desk_core::analyst::suggest::questions(Path::new("/nonexistent"), &[]).is_empty());
    }
}

// ---- where the window may go, and who may call the commands --------------------------------------------

mod navigation_and_acl {
    use super::*;
    use crate::links::allowed;
    use tauri::Url;

    #[test]
    fn the_window_may_load_only_the_app_page_and_desk_files() {
        let url = |s: &str| Url::parse(s).unwrap();
        for ok in [
            "tauri://localhost",
            "tauri://localhost/",
            "tauri://localhost/index.html",
            "desk://localhost/0123456789ab4def8123456789abcdef/report.html",
            "about:blank",
            "about:srcdoc",
        ] {
            assert!(allowed(&url(ok)), "{ok} is the app's own");
        }
        for bad in [
            "https://example.com/",
            "http://127.0.0.1:8080/",
            "tauri://localhost/chart.png",
            "tauri://localhost/index.html?x=1",
            "tauri://evil/",
            "file:///etc/passwd",
            "data:text/html,<script>1</script>",
            "javascript:alert(1)",
            "ipc://localhost/ask",
            "desk://evil.example/x",
            "about:config",
        ] {
            assert!(!allowed(&url(bad)), "{bad} is refused");
        }
    }

    /// Every command the shell registers is in build.rs's manifest and granted in tauri.conf.json, and
    /// nothing else is (a command left out would be refused to the page; one granted but gone is stale).
    #[test]
    fn the_command_manifest_lists_exactly_the_registered_commands() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let lib = std::fs::read_to_string(root.join("src-tauri/src/lib.rs")).unwrap();
        let handler = &lib[lib.find("generate_handler![").unwrap()..];
        let handler = &handler[..handler.find(']').unwrap()];
        let mut registered: Vec<String> = handler
            .split(',')
            .filter_map(|c| c.trim().rsplit("::").next())
            .filter(|c| !c.is_empty() && !c.contains('['))
            .map(str::to_string)
            .collect();
        registered.sort();
        let build = std::fs::read_to_string(root.join("src-tauri/build.rs")).unwrap();
        let mut manifest: Vec<String> = build
            .lines()
            .filter_map(|l| l.trim().strip_prefix('"').and_then(|l| l.strip_suffix("\",")).map(str::to_string))
            .collect();
        manifest.sort();
        assert_eq!(registered, manifest, "build.rs COMMANDS and lib.rs generate_handler! must list the same commands");
        let conf: Value =
            serde_json::from_str(&std::fs::read_to_string(root.join("tauri.conf.json")).unwrap()).unwrap();
        let mut granted: Vec<String> = conf["app"]["security"]["capabilities"][0]["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| p.as_str()?.strip_prefix("allow-").map(|c| c.replace('-', "_")))
            .collect();
        granted.sort();
        assert_eq!(registered, granted, "tauri.conf.json grants every command to the main window, and only those");
    }

    /// The real capability manifest (tauri.conf.json through tauri-build's app manifest): the main
    /// window's own page may call the commands; a remote page or another window may not.
    #[test]
    fn commands_are_granted_only_to_the_main_windows_own_page() {
        let dir = tempfile::tempdir().unwrap();
        let office = Office::open(&dir.path().join("data")).unwrap();
        let app = crate::setup(mock_builder(), office).build(tauri::generate_context!()).unwrap();
        let main = match tauri::Manager::get_webview_window(&app, "main") {
            Some(w) => w,
            None => WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap(),
        };
        let other = WebviewWindowBuilder::new(&app, "artifact", Default::default()).build().unwrap();
        let invoke = |w: &WebviewWindow<MockRuntime>, url: &str| {
            let request = InvokeRequest {
                cmd: "list_conversations".into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: url.parse().unwrap(),
                body: InvokeBody::Json(json!({})),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            };
            get_ipc_response(w, request)
        };
        let own = invoke(&main, "tauri://localhost");
        assert!(own.is_ok(), "the app's own page calls its commands: {own:?}");
        assert!(invoke(&main, "https://evil.example/").is_err(), "a remote page in the main window may not");
        assert!(invoke(&other, "tauri://localhost").is_err(), "another window may not");
    }
}
