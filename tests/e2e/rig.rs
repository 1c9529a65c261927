//! The rig the end-to-end tests stand on: a private X server (Xvfb), `tauri-driver` in front of
//! WebKitWebDriver, a fresh data directory, and a small W3C WebDriver client over HTTP (reqwest).
//!
//! Nothing here is faked: the app under test is the real debug binary (`CARGO_BIN_EXE_analyst-desk`) in
//! a real WebKitGTK window; the client speaks the WebDriver wire protocol to `tauri-driver`, which starts
//! WebKitWebDriver, which starts the app.
//!
//! Needs on the machine (scripts/setup.sh installs them): `Xvfb` (package xvfb), `WebKitWebDriver`
//! (package webkit2gtk-driver) and `tauri-driver` (`cargo install tauri-driver --locked`; looked up on
//! PATH, then in ~/.cargo/bin). Without them the tests fail and say what is missing, unless
//! `DESK_E2E=skip` is set (then they print that they were skipped).

use serde_json::{json, Value};
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The app binary cargo built for this test.
pub const APP: &str = env!("CARGO_BIN_EXE_analyst-desk");

/// One rig at a time: the machines are small, and two WebKit processes racing make timings flaky.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Where screenshots and logs go: `test-output/e2e/<test>/` under the repository (gitignored).
pub fn output_dir(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("test-output").join("e2e").join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The real public test data vendored in the repository (`tests/data`, provenance in its README).
pub fn test_data() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("data");
    assert!(dir.is_dir(), "the test data is missing at {}", dir.display());
    dir
}

/// Whether the end-to-end tests were switched off on purpose.
pub fn skipped() -> bool {
    if std::env::var("DESK_E2E").is_ok_and(|v| v == "skip") {
        eprintln!("end-to-end test skipped: DESK_E2E=skip");
        return true;
    }
    false
}

fn which(name: &str) -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> =
        std::env::var_os("PATH").map(|p| std::env::split_paths(&p).collect()).unwrap_or_default();
    if let Some(cargo_home) = std::env::var_os("CARGO_HOME") {
        dirs.push(Path::new(&cargo_home).join("bin"));
    }
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(Path::new(&home).join(".cargo").join("bin"));
    }
    dirs.into_iter().map(|d| d.join(name)).find(|p| p.is_file())
}

fn need(name: &str, how: &str) -> PathBuf {
    which(name).unwrap_or_else(|| {
        panic!("`{name}` is not installed ({how}); scripts/setup.sh installs it, or set DESK_E2E=skip")
    })
}

/// A free port below the ephemeral range. Not from the ephemeral range: polling a port there until
/// something listens can connect the socket to itself (TCP simultaneous open), which then holds the port
/// the server wanted.
fn free_port() -> u16 {
    let low = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|n| n.parse::<u16>().ok()))
        .unwrap_or(32768);
    let span = low.saturating_sub(20_000).max(1);
    let seed =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
    (0..span)
        .map(|i| {
            20_000 + ((seed.wrapping_add(std::process::id()).wrapping_add(i as u32 * 7919)) % u32::from(span)) as u16
        })
        .find(|&p| TcpListener::bind(("127.0.0.1", p)).is_ok())
        .expect("no free port")
}

/// A child process that is killed (with its process group) and reaped when dropped.
struct Proc(Child);

impl Drop for Proc {
    fn drop(&mut self) {
        let pid = self.0.id() as i32;
        // Each child leads its own process group (process_group(0) below): signal the group so that
        // WebKitWebDriver and the app it started go too. pid > 1 and ours by construction.
        if pid > 1 {
            unsafe_kill_group(pid);
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn unsafe_kill_group(pgid: i32) {
    let _ = Command::new("kill").arg("-TERM").arg("--").arg(format!("-{pgid}")).status();
}

/// Xvfb + tauri-driver + a data directory.
pub struct Rig {
    _guard: std::sync::MutexGuard<'static, ()>,
    driver: Option<Proc>,
    _xvfb: Proc,
    pub display: String,
    pub port: u16,
    pub data: tempfile::TempDir,
    pub out: PathBuf,
    /// More environment for the app (`Rig::start_with_env`).
    env: Vec<(String, String)>,
}

impl Rig {
    pub fn start(test: &str) -> Rig {
        Rig::start_with_env(test, &[])
    }

    /// A rig whose app also gets these environment variables (tauri-driver passes its own on).
    pub fn start_with_env(test: &str, env: &[(&str, String)]) -> Rig {
        let guard = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        let xvfb_bin = need("Xvfb", "Debian package xvfb");
        need("WebKitWebDriver", "Debian package webkit2gtk-driver");
        need("tauri-driver", "cargo install tauri-driver --locked");
        let out = output_dir(test);
        // A display number nobody uses: the lowest free one from 100 + (pid % 300).
        let base = 100 + (std::process::id() % 300);
        let (n, xvfb) = (base..base + 200)
            .find_map(|n| {
                let lock = format!("/tmp/.X{n}-lock");
                let socket = format!("/tmp/.X11-unix/X{n}");
                // A lock whose server is gone (a killed run) is stale, as Xvfb itself treats it: taken over.
                let owner = std::fs::read_to_string(&lock).ok().and_then(|t| t.trim().parse::<u32>().ok());
                if owner.is_some_and(|pid| !Path::new(&format!("/proc/{pid}")).exists()) {
                    let _ = std::fs::remove_file(&lock);
                    let _ = std::fs::remove_file(&socket);
                }
                if Path::new(&socket).exists() || Path::new(&lock).exists() {
                    return None;
                }
                let child = Command::new(&xvfb_bin)
                    .args([
                        format!(":{n}"),
                        "-screen".into(),
                        "0".into(),
                        "1400x900x24".into(),
                        "-nolisten".into(),
                        "tcp".into(),
                    ])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .process_group(0)
                    .spawn()
                    .ok()?;
                Some((n, Proc(child)))
            })
            .expect("no free X display");
        let socket = format!("/tmp/.X11-unix/X{n}");
        wait_for(Duration::from_secs(20), "Xvfb's socket", || Path::new(&socket).exists());
        let display = format!(":{n}");
        let data = tempfile::tempdir().unwrap();
        let env = env.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        let mut rig = Rig { _guard: guard, driver: None, _xvfb: xvfb, display, port: 0, data, out, env };
        rig.start_driver();
        rig
    }

    fn start_driver(&mut self) {
        let port = free_port();
        let native_port = free_port();
        let log = std::fs::File::create(self.out.join("tauri-driver.log")).unwrap();
        let mut cmd = Command::new(need("tauri-driver", "cargo install tauri-driver --locked"));
        cmd.args(["--port", &port.to_string(), "--native-port", &native_port.to_string()]);
        self.app_env(&mut cmd);
        let child =
            cmd.stdout(log.try_clone().unwrap()).stderr(log).process_group(0).spawn().expect("start tauri-driver");
        self.driver = Some(Proc(child));
        self.port = port;
        wait_for(Duration::from_secs(20), "tauri-driver to listen", || {
            std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
        });
    }

    /// The environment of the app in this rig (tauri-driver passes it on to the app it starts).
    fn app_env(&self, cmd: &mut Command) {
        cmd.env("DISPLAY", &self.display)
            .env("DESK_DATA_DIR", self.data.path())
            // The single-instance socket (desk_core::instance) goes in this rig's own runtime directory.
            .env("XDG_RUNTIME_DIR", self.runtime_dir())
            // The webview's own storage (page settings, caches) goes to this rig too, never the user's.
            .env("XDG_DATA_HOME", self.data.path().join("xdg-data"))
            .env("XDG_CONFIG_HOME", self.data.path().join("xdg-config"))
            .env("XDG_CACHE_HOME", self.data.path().join("xdg-cache"))
            // No keychain, no accessibility bus, software rendering: what a CI machine has.
            .env("NO_AT_BRIDGE", "1")
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            .env("GDK_BACKEND", "x11")
            // The app turns WebKit's GPU compositing off by default (less memory, faster first paint; see
            // src-tauri/src/main.rs). In that mode WebKitWebDriver's screenshot command never answers for
            // an idle page under Xvfb, so the tests run with compositing on. Everything else is the same.
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "0")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("ANTHROPIC_API_KEY")
            .env_remove("OPENAI_API_KEY");
        cmd.envs(self.env.iter().map(|(k, v)| (k, v)));
    }

    /// The app's `XDG_RUNTIME_DIR` in this rig (mode 0700, like the real one).
    pub fn runtime_dir(&self) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let dir = self.data.path().join("run");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        dir
    }

    /// The socket on which the open window takes files from a second start.
    fn instance_socket(&self) -> PathBuf {
        let sock = std::fs::read_dir(self.runtime_dir())
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|x| x == "sock"));
        sock.unwrap_or_else(|| self.runtime_dir().join("none.sock"))
    }

    /// Starts the app a second time, outside WebDriver, the way a file manager does for a double-clicked
    /// file while the window is open; returns its exit status (it should hand over and leave).
    pub fn second_start(&self, args: &[PathBuf]) -> std::process::ExitStatus {
        let mut cmd = Command::new(APP);
        cmd.args(args);
        self.app_env(&mut cmd);
        let mut child = cmd
            .stdout(std::process::Stdio::null())
            .stderr(std::fs::File::create(self.out.join("second-start.log")).unwrap())
            .process_group(0)
            .spawn()
            .expect("start the app a second time");
        let t = Instant::now();
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                return status;
            }
            if t.elapsed() > Duration::from_secs(30) {
                // It opened a window of its own instead of handing over: close it and fail.
                unsafe_kill_group(child.id() as i32);
                let _ = child.wait();
                panic!("the second start did not hand over to the open window within 30 s");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Starts the app (through a new WebDriver session) with these command-line arguments.
    pub async fn launch(&self, args: &[String]) -> Session {
        self.launch_program(Path::new(APP), args).await
    }

    /// [`Rig::launch`] through another program that runs the app (a wrapper that traces it).
    pub async fn launch_program(&self, program: &Path, args: &[String]) -> Session {
        // A window of this rig that is still closing would take the start over (one window per data
        // directory): wait until nobody answers on its socket.
        let sock = self.instance_socket();
        wait_for(Duration::from_secs(20), "the previous window to close", || {
            std::os::unix::net::UnixStream::connect(&sock).is_err()
        });
        let http = reqwest::Client::builder().timeout(Duration::from_secs(120)).build().unwrap();
        let base = format!("http://127.0.0.1:{}", self.port);
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "wry",
            "tauri:options": {"application": program, "args": args}
        }}});
        let started = Instant::now();
        // WebKitWebDriver can still be getting ready when tauri-driver already listens; tauri-driver then
        // drops the request without a response. Nothing was started, so asking again is safe.
        let mut tries = 0;
        let v = loop {
            let sent = http
                .post(format!("{base}/session"))
                .header("content-type", "application/json")
                .body(caps.to_string())
                .send()
                .await;
            match sent {
                Ok(r) => break decode("POST /session", r).await,
                Err(e) if tries < 20 => {
                    tries += 1;
                    eprintln!("new session: {e} (try {tries}); again in 0.5 s");
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
                Err(e) => panic!("POST /session: {e:?}"),
            }
        };
        let id = v["value"]["sessionId"].as_str().unwrap_or_else(|| panic!("no session: {v}")).to_string();
        let s = Session { http, base: format!("{base}/session/{id}"), out: self.out.clone(), shots: Mutex::new(0) };
        // The page is ready when app.js has run its first render (it calls ui_ready).
        s.wait_js(
            "return document.readyState === 'complete' && !!document.getElementById('new-conversation')",
            Duration::from_secs(60),
        )
        .await;
        eprintln!("app window up in {:.2} s", started.elapsed().as_secs_f64());
        // The first screenshot of a session shows the first frame the window ever painted, whatever came
        // after: take it once here and drop it, so every screenshot a test keeps shows the page as it is.
        let _ = s.get("/screenshot").await;
        s
    }
}

pub fn wait_for(limit: Duration, what: &str, mut ok: impl FnMut() -> bool) {
    let t = Instant::now();
    while !ok() {
        assert!(t.elapsed() < limit, "timed out after {limit:?} waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

async fn post(http: &reqwest::Client, url: &str, body: &Value) -> Value {
    let r = http
        .post(url)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap_or_else(|e| panic!("POST {url}: {e:?}"));
    decode(url, r).await
}

async fn decode(url: &str, r: reqwest::Response) -> Value {
    let status = r.status();
    let text = r.text().await.unwrap_or_default();
    let v: Value = serde_json::from_str(&text).unwrap_or_else(|_| panic!("{url}: {status}: not JSON: {text}"));
    assert!(status.is_success(), "{url}: {status}: {}", v["value"]);
    v
}

/// One WebDriver session: one run of the app.
pub struct Session {
    http: reqwest::Client,
    base: String,
    out: PathBuf,
    shots: Mutex<u32>,
}

/// WebDriver key codes (W3C WebDriver, "Keyboard actions").
pub mod keys {
    pub const TAB: &str = "\u{E004}";
    pub const ENTER: &str = "\u{E007}";
    pub const SHIFT: &str = "\u{E008}";
    pub const CONTROL: &str = "\u{E009}";
    pub const ESCAPE: &str = "\u{E00C}";
    pub const END: &str = "\u{E010}";
    pub const HOME: &str = "\u{E011}";
    pub const DOWN: &str = "\u{E015}";
    pub const DELETE: &str = "\u{E017}";
    pub const F2: &str = "\u{E032}";
}

/// A WebDriver element reference.
#[derive(Clone, Debug)]
pub struct El(String);

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

impl El {
    /// The element as a script argument (`arguments[i]` is the DOM element).
    pub fn arg(&self) -> Value {
        json!({ ELEMENT_KEY: self.0 })
    }
}

impl Session {
    async fn post(&self, path: &str, body: Value) -> Value {
        post(&self.http, &format!("{}{path}", self.base), &body).await["value"].clone()
    }

    async fn get(&self, path: &str) -> Value {
        let url = format!("{}{path}", self.base);
        let r = self.http.get(&url).send().await.unwrap_or_else(|e| panic!("GET {url}: {e:?}"));
        decode(&url, r).await["value"].clone()
    }

    /// Runs a script in the current frame; `arguments[i]` are `args`.
    pub async fn js(&self, script: &str, args: Value) -> Value {
        self.post("/execute/sync", json!({"script": script, "args": args})).await
    }

    /// Runs an async script: it gets a callback as its last argument.
    pub async fn js_async(&self, script: &str, args: Value) -> Value {
        self.post("/execute/async", json!({"script": script, "args": args})).await
    }

    /// Calls one of the app's commands the way ui/ipc.js does (for checks, never to drive the journey).
    pub async fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let v = self
            .js_async(
                "const [cmd, a, done] = arguments;
                 window.__TAURI_INTERNALS__.invoke(cmd, a).then(v => done({ok: v}), e => done({err: e}));",
                json!([cmd, args]),
            )
            .await;
        match v.get("ok") {
            Some(ok) => Ok(ok.clone()),
            None => Err(v["err"].clone()),
        }
    }

    /// Polls a script until it returns true.
    pub async fn wait_js(&self, script: &str, limit: Duration) {
        let t = Instant::now();
        loop {
            let v = self.post("/execute/sync", json!({"script": script, "args": []})).await;
            if v == Value::Bool(true) {
                return;
            }
            if t.elapsed() > limit {
                // A picture of the failure, if the window still answers.
                let _ = tokio::time::timeout(Duration::from_secs(15), self.screenshot("timeout")).await;
                panic!("timed out after {limit:?} waiting for: {script} (last value {v})");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn find_all(&self, css: &str) -> Vec<El> {
        let v = self.post("/elements", json!({"using": "css selector", "value": css})).await;
        v.as_array()
            .map(|a| a.iter().filter_map(|e| e[ELEMENT_KEY].as_str().map(|s| El(s.to_string()))).collect())
            .unwrap_or_default()
    }

    /// Waits up to 30 s for a visible element matching `css`.
    pub async fn find(&self, css: &str) -> El {
        let script = format!(
            "const e = document.querySelector({}); return !!e && !e.closest('[hidden]') && e.getClientRects().length > 0;",
            serde_json::to_string(css).unwrap()
        );
        self.wait_js(&script, Duration::from_secs(30)).await;
        self.find_all(css).await.into_iter().next().unwrap_or_else(|| panic!("no element {css}"))
    }

    /// Presses keys on whatever has focus, through the W3C Actions API (real key events, as a person's
    /// keyboard sends them): each entry is a key (a character or a WebDriver key code such as
    /// [`keys::TAB`]) pressed and released in turn.
    pub async fn press(&self, keys: &[&str]) {
        let mut actions = Vec::new();
        for k in keys {
            actions.push(json!({"type": "keyDown", "value": k}));
            actions.push(json!({"type": "keyUp", "value": k}));
        }
        self.post("/actions", json!({"actions": [{"type": "key", "id": "keyboard", "actions": actions}]})).await;
    }

    /// Types text on whatever has focus (one key press per character).
    pub async fn type_keys(&self, text: &str) {
        let chars: Vec<String> = text.chars().map(String::from).collect();
        self.press(&chars.iter().map(String::as_str).collect::<Vec<_>>()).await;
    }

    /// Holds `modifier` while pressing `key` (Ctrl+N, Shift+Tab, …).
    pub async fn chord(&self, modifier: &str, key: &str) {
        let actions = json!([
            {"type": "keyDown", "value": modifier}, {"type": "keyDown", "value": key},
            {"type": "keyUp", "value": key}, {"type": "keyUp", "value": modifier}
        ]);
        self.post("/actions", json!({"actions": [{"type": "key", "id": "keyboard", "actions": actions}]})).await;
    }

    /// How long an async script may run (WebDriver's default is 30 s).
    pub async fn script_timeout(&self, limit: Duration) {
        self.post("/timeouts", json!({"script": limit.as_millis() as u64})).await;
    }

    pub async fn click(&self, e: &El) {
        self.post(&format!("/element/{}/click", e.0), json!({})).await;
    }

    pub async fn type_text(&self, e: &El, text: &str) {
        self.post(&format!("/element/{}/value", e.0), json!({"text": text})).await;
    }

    pub async fn text(&self, e: &El) -> String {
        self.get(&format!("/element/{}/text", e.0)).await.as_str().unwrap_or_default().to_string()
    }

    pub async fn attr(&self, e: &El, name: &str) -> Option<String> {
        self.get(&format!("/element/{}/attribute/{name}", e.0)).await.as_str().map(str::to_string)
    }

    /// Switches into an iframe (`Some`) or back to the top page (`None`).
    pub async fn frame(&self, e: Option<&El>) {
        let id = match e {
            Some(e) => json!({ELEMENT_KEY: e.0}),
            None => Value::Null,
        };
        self.post("/frame", json!({ "id": id })).await;
    }

    /// Saves a PNG of the window as `NN-name.png` in the test's output folder and returns its path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        use base64::Engine;
        // What the page just changed (a focus ring, a decoded image) is painted first: two frames, or
        // half a second where frames do not come.
        let _ = self
            .js_async(
                "const done = arguments[0]; const t = setTimeout(done, 500);
                 requestAnimationFrame(() => requestAnimationFrame(() => { clearTimeout(t); done(); }));",
                json!([]),
            )
            .await;
        let v = self.get("/screenshot").await;
        let png = base64::engine::general_purpose::STANDARD.decode(v.as_str().unwrap_or_default()).unwrap();
        let n = {
            let mut g = self.shots.lock().unwrap_or_else(|e| e.into_inner());
            *g += 1;
            *g
        };
        let path = self.out.join(format!("{n:02}-{name}.png"));
        std::fs::write(&path, &png).unwrap();
        assert!(png.starts_with(b"\x89PNG"), "screenshot is not a PNG");
        path
    }

    /// Ends the session: WebKitWebDriver closes the app.
    pub async fn quit(self) {
        let _ = self.http.delete(&self.base).send().await;
    }
}
