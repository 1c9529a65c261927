//! API keys in the OS keychain, for real: a private D-Bus session with gnome-keyring's Secret Service,
//! `desk key set`, a turn that sends the key to the chosen provider (a fake on 127.0.0.1) and nowhere
//! else, no trace of it on disk in plain text, and `desk key delete`.
//!
//! Needs `dbus-daemon` and `gnome-keyring-daemon` (Debian: dbus-daemon, gnome-keyring; scripts/test installs
//! them and sets DESK_REQUIRE_KEYCHAIN=1 so that CI cannot skip this test). Without them and without that
//! variable, the test says so and returns.

use super::fake::*;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const KEY: &str = "sk-ant-keychain-test-7f3a9c1e";

struct Session {
    bus: Child,
    address: String,
    home: PathBuf,
}

impl Drop for Session {
    fn drop(&mut self) {
        // gnome-keyring-daemon leaves when its bus goes away.
        let _ = self.bus.kill();
        let _ = self.bus.wait();
    }
}

fn have(program: &str) -> bool {
    Command::new("sh").arg("-c").arg(format!("command -v {program}")).output().is_ok_and(|o| o.status.success())
}

/// A private session bus and an unlocked gnome-keyring on it, with HOME and the XDG dirs in `root`.
fn keyring_session(root: &Path) -> Session {
    let home = root.join("home");
    let run = root.join("run");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(&run).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&run, std::fs::Permissions::from_mode(0o700)).unwrap();
    let mut bus = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
        .env("HOME", &home)
        .env("XDG_RUNTIME_DIR", &run)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start dbus-daemon");
    let mut address = String::new();
    BufReader::new(bus.stdout.take().unwrap()).read_line(&mut address).unwrap();
    let address = address.trim().to_string();
    assert!(address.starts_with("unix:"), "dbus-daemon address: {address:?}");
    let mut gk = Command::new("gnome-keyring-daemon")
        .args(["--unlock", "--components=secrets", "--daemonize"])
        .env("DBUS_SESSION_BUS_ADDRESS", &address)
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join("share"))
        .env("XDG_RUNTIME_DIR", &run)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start gnome-keyring-daemon");
    // The login keyring's password, on stdin, then end of input.
    gk.stdin.take().unwrap().write_all(b"test-login-password").unwrap();
    assert!(gk.wait().unwrap().success(), "gnome-keyring-daemon --unlock --daemonize failed");
    Session { bus, address, home }
}

fn desk(s: &Session, data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_desk"));
    c.arg("--data-dir")
        .arg(data)
        .env("DBUS_SESSION_BUS_ADDRESS", &s.address)
        .env("HOME", &s.home)
        .env("XDG_DATA_HOME", s.home.join("share"))
        .env_remove("OPENAI_API_KEY")
        .env_remove("ANTHROPIC_API_KEY")
        .env_remove("DESK_DATA_DIR");
    c
}

fn answer() -> Reply {
    Reply::sse(&[
        (
            "message_start",
            json!({"type": "message_start", "message": {"id": "msg_1", "type": "message", "role": "assistant",
                   "content": [], "model": "claude-sonnet-4-5-20250929", "stop_reason": null,
                   "usage": {"input_tokens": 5, "output_tokens": 1}}}),
        ),
        (
            "content_block_start",
            json!({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
        ),
        (
            "content_block_delta",
            json!({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hello"}}),
        ),
        ("content_block_stop", json!({"type": "content_block_stop", "index": 0})),
        (
            "message_delta",
            json!({"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 2}}),
        ),
        ("message_stop", json!({"type": "message_stop"})),
    ])
}

/// Every file under `dir` whose bytes contain `needle`.
fn files_containing(dir: &Path, needle: &[u8]) -> Vec<PathBuf> {
    let mut hits = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            let ft = e.file_type().unwrap();
            if ft.is_dir() {
                stack.push(p);
            } else if ft.is_file() {
                let bytes = std::fs::read(&p).unwrap_or_default();
                if bytes.windows(needle.len()).any(|w| w == needle) {
                    hits.push(p);
                }
            }
        }
    }
    hits
}

#[test]
fn a_key_saved_in_the_keychain_reaches_only_the_provider_and_never_the_disk() {
    if !(have("dbus-daemon") && have("gnome-keyring-daemon")) {
        assert!(
            std::env::var_os("DESK_REQUIRE_KEYCHAIN").is_none(),
            "DESK_REQUIRE_KEYCHAIN is set but dbus-daemon or gnome-keyring-daemon is missing"
        );
        eprintln!("skipped: needs dbus-daemon and gnome-keyring-daemon (Debian: dbus-daemon gnome-keyring)");
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let s = keyring_session(root.path());

    // Save the key (read from stdin, as a person pastes it). The keyring may take a moment to appear.
    let t = Instant::now();
    loop {
        let mut child = desk(&s, &data).args(["key", "set", "anthropic"]).stdin(Stdio::piped()).spawn().unwrap();
        child.stdin.take().unwrap().write_all(format!("{KEY}\n").as_bytes()).unwrap();
        if child.wait().unwrap().success() {
            break;
        }
        assert!(t.elapsed() < Duration::from_secs(15), "desk key set kept failing");
        std::thread::sleep(Duration::from_millis(300));
    }

    // A turn with the anthropic provider: no key in the environment, so it comes from the keychain.
    let id = String::from_utf8(desk(&s, &data).arg("new").output().unwrap().stdout).unwrap().trim().to_string();
    let server = FakeServer::start(vec![answer()]);
    let out = desk(&s, &data)
        .args(["ask", &id, "hello", "--provider", "anthropic", "--base-url", &server.url, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0].header("x-api-key"), Some(KEY), "the key from the keychain went to the provider");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stdout.contains(KEY) && !stderr.contains(KEY), "the key is never printed");
    let last: Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    assert_eq!(last["type"], "complete");

    // Not on disk in plain text: not in the history, not in the desk, not in the keyring's own files
    // (gnome-keyring encrypts them with the login password).
    assert!(files_containing(&data, KEY.as_bytes()).is_empty(), "the key is in the data directory");
    assert!(files_containing(&s.home, KEY.as_bytes()).is_empty(), "the key is in plain text in HOME");
    let keyrings = s.home.join("share").join("keyrings");
    assert!(std::fs::read_dir(&keyrings).is_ok_and(|mut d| d.next().is_some()), "the keyring holds it");

    // Deleted: the next turn has no key and sends nothing.
    assert!(desk(&s, &data).args(["key", "delete", "anthropic"]).status().unwrap().success());
    let out = desk(&s, &data)
        .args(["ask", &id, "hello again", "--provider", "anthropic", "--base-url", &server.url, "--json"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("no API key for"), "a clear error once the key is gone: {text}");
    assert_eq!(server.requests().len(), 1, "no request without a key");
}
