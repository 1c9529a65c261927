//! The app started where there is no display (an ssh session, a server, CI without Xvfb) says so in one
//! line and how to run it, and exits 1: no GTK panic, no backtrace.

use crate::rig::APP;
use std::process::Command;

fn start(display: Option<&str>) -> (Option<i32>, String) {
    let data = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(APP);
    cmd.env("DESK_DATA_DIR", data.path().join("data"))
        .env("XDG_RUNTIME_DIR", data.path())
        .env("RUST_BACKTRACE", "1")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("DISPLAY");
    if let Some(d) = display {
        cmd.env("DISPLAY", d);
    }
    let out = cmd.output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn without_a_display_the_app_says_so_in_one_line() {
    let (code, stderr) = start(None);
    assert_eq!(code, Some(1), "{stderr}");
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "one line: {stderr}");
    assert!(lines[0].contains("no display found") && lines[0].contains("desk"), "{stderr}");

    // A display that is named but does not exist: the same, and no panic or backtrace.
    let unused = (90..190).find(|n| !std::path::Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()).unwrap();
    let (code, stderr) = start(Some(&format!(":{unused}")));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("no display found"), "{stderr}");
    assert!(!stderr.contains("panicked") && !stderr.contains("stack backtrace"), "{stderr}");
}
