//! The no-network promise, proven on the real app: the window (with its WebKit web and network
//! processes and the query workers) runs the offline analyst's whole turn, a CSV opened, a question
//! asked, the answer, chart and report shown, under `strace -f`, and no process of it opens an internet
//! socket: every AF_INET/AF_INET6 address it binds, connects or sends to is this machine's loopback
//! (the WebDriver automation channel is one). Controls: the trace followed the WebKit processes and
//! the query worker, and it saw the loopback sockets, so it would see others.

use crate::rig::{self, Rig, APP};
use std::path::Path;
use std::time::{Duration, Instant};

/// Addresses in a strace line (`inet_addr("…")`, `inet_pton(AF_INET6, "…"`).
fn addresses(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    for marker in ["inet_addr(\"", "inet_pton(AF_INET6, \""] {
        let mut rest = line;
        while let Some(i) = rest.find(marker) {
            rest = &rest[i + marker.len()..];
            if let Some(end) = rest.find('"') {
                out.push(rest[..end].to_string());
            }
        }
    }
    out
}

fn loopback(addr: &str) -> bool {
    addr.starts_with("127.") || addr == "::1" || addr.starts_with("::ffff:127.") || addr == "0.0.0.0" || addr == "::"
}

#[tokio::test(flavor = "current_thread")]
async fn the_offline_turn_in_the_app_opens_no_internet_socket() {
    if rig::skipped() {
        return;
    }
    let strace = ["/usr/bin/strace", "/bin/strace"]
        .into_iter()
        .find(|p| Path::new(p).is_file())
        .unwrap_or_else(|| panic!("strace is not installed (Debian package strace; scripts/test installs it)"));
    let rig = Rig::start("offline");
    let log = rig.out.join("app.strace");
    let pid_file = rig.out.join("strace.pid");
    // The app under strace: WebKitWebDriver starts this wrapper as the browser, with the app's arguments.
    let wrapper = rig.out.join("traced-app.sh");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\necho $$ > '{}'\nexec '{strace}' -f -qq -s 200 -o '{}' \
             -e trace=execve,socket,connect,bind,sendto,sendmsg,sendmmsg '{APP}' \"$@\"\n",
            pid_file.display(),
            log.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();

    let csv = rig::test_data().join("vega").join("seattle-weather.csv");
    let s = rig.launch_program(&wrapper, &[csv.to_string_lossy().into_owned()]).await;
    s.wait_js(
        "return document.querySelectorAll('#table-chips .chip, #files .chip').length >= 1;",
        Duration::from_secs(90),
    )
    .await;
    let q = s.find("#question").await;
    s.click(&q).await;
    s.type_text(&q, "What is the average temp_max by weather?").await;
    s.type_text(&q, "\u{E007}").await; // Enter
    s.wait_js(
        "const t = document.querySelectorAll('#transcript .turn'); const last = t[t.length - 1];
         return !!last && document.getElementById('stop').hidden && last.dataset.state === 'done';",
        Duration::from_secs(180),
    )
    .await;
    let reply = s.text(&s.find("#transcript .turn:last-child").await).await;
    assert!(reply.contains("sun"), "the offline analyst answered: {reply}");
    s.wait_js(
        "return [...document.querySelectorAll('#artifact-list [data-path]')].some(e => e.dataset.path.endsWith('.png'));",
        Duration::from_secs(30),
    )
    .await;
    s.screenshot("answered-under-strace").await;
    s.quit().await;

    // strace writes its log as the traced processes end: wait for it to exit.
    let pid = std::fs::read_to_string(&pid_file).unwrap().trim().to_string();
    let t = Instant::now();
    while Path::new(&format!("/proc/{pid}")).exists() && t.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let trace = std::fs::read_to_string(&log).unwrap();

    // Controls: the trace covered the whole app.
    for process in ["WebKitWebProcess", "WebKitNetworkProcess", "__sql-worker"] {
        assert!(trace.contains(process), "the trace followed {process} (see {})", log.display());
    }
    let inet: Vec<&str> = trace.lines().filter(|l| l.contains("AF_INET")).collect();
    assert!(
        inet.iter().any(|l| addresses(l).iter().any(|a| a.starts_with("127."))),
        "the trace sees the loopback automation channel, so it would see other sockets too"
    );
    // The promise: nothing but loopback, and no raw IP or packet sockets.
    let outside: Vec<&&str> = inet.iter().filter(|l| addresses(l).iter().any(|a| !loopback(a))).collect();
    assert!(
        outside.is_empty(),
        "internet addresses in the trace:\n{}",
        outside.iter().map(|l| l.to_string()).collect::<Vec<_>>().join("\n")
    );
    // (Netlink route sockets, which GLib uses to watch the machine's interfaces, are local to the kernel.)
    let raw: Vec<&str> = trace
        .lines()
        .filter(|l| l.contains("AF_PACKET") || (l.contains("AF_INET") && l.contains("SOCK_RAW")))
        .collect();
    assert!(raw.is_empty(), "raw sockets:\n{}", raw.join("\n"));
    eprintln!(
        "{} socket calls traced, {} of them AF_INET/AF_INET6, all loopback",
        trace.lines().filter(|l| l.contains("socket(")).count(),
        inet.len()
    );
}
