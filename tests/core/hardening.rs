//! Issue 12's holes, each as the probe found it: a slow SQL function past the time limit, results
//! bounded by rows but not bytes, super-quadratic inline chart records, terminal escapes in text
//! output, a non-UTF-8 path, one odd name aborting an export; and the concerns: private data directory
//! and history, `desk sql` right after an import, the offline turn opening no internet socket.

use crate::support::{desk, desk_bin, json_lines, stdout};
use desk_core::tool_api::ToolRunner;
use desk_core::tools::{ToolLimits, Toolbox};
use serde_json::{json, Value};
use std::collections::HashSet;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// One slow function call: the edit distance of two 200,000-character texts, about 4 * 10^10 steps inside
/// one call on one row, where the engine never checks for an interrupt (about a minute here; the probe of
/// issue 12 was SQLite's `instr` over megabytes).
const SLOW_CALL: &str = "SELECT levenshtein(repeat('ab', 100000) || a, repeat('ba', 100000)) AS d FROM t";

/// A data directory with one conversation whose desk holds `t.csv` (tables built), and its id.
fn data_with_table(csv: &str) -> (tempfile::TempDir, String) {
    let tmp = tempfile::tempdir().unwrap();
    let id = stdout(&desk(tmp.path(), &["new"])).trim().to_string();
    let src = tmp.path().join("t.csv");
    std::fs::write(&src, csv).unwrap();
    let out = desk(tmp.path(), &["import", &id, src.to_str().unwrap()]);
    assert!(out.status.success(), "import: {}", stdout(&out));
    let out = desk(tmp.path(), &["tables", &id]);
    assert!(out.status.success(), "tables: {}", String::from_utf8_lossy(&out.stderr));
    (tmp, id)
}

fn desk_dir(data: &Path, id: &str) -> std::path::PathBuf {
    data.join("desks").join(id)
}

#[test]
fn a_slow_function_call_ends_at_the_time_limit_plus_a_second() {
    let (tmp, id) = data_with_table("a,b\n1,x\n");
    let t = Instant::now();
    let out = desk(tmp.path(), &["--json", "sql", &id, SLOW_CALL, "--timeout", "1"]);
    let took = t.elapsed();
    let v = &json_lines(&out)[0];
    assert_eq!(v["code"], "sql_timeout", "the query is stopped, not answered: {v}");
    assert_eq!(out.status.code(), Some(1));
    // The limit (1 s) plus the grace (1 s) plus starting the process: well under the tens of seconds the
    // call itself takes.
    assert!(took < Duration::from_secs(5), "desk sql --timeout 1 took {took:?}");
}

fn toolbox_for(tmp: &Path, id: &str, time_limit: Duration) -> Toolbox {
    let desk = desk_dir(tmp, id);
    Toolbox::new(desk, HashSet::from(["t.csv".to_string()]))
        .with_limits(ToolLimits { sql_time_limit: time_limit, ..ToolLimits::default() })
        .with_worker(Some(desk_bin().into()))
}

#[test]
fn the_sql_tool_ends_a_slow_call_at_its_limit_and_stop_ends_it_at_once() {
    let (tmp, id) = data_with_table("a,b\n1,x\n");
    let mut tools = toolbox_for(tmp.path(), &id, Duration::from_secs(1));
    let t = Instant::now();
    let out = tools.call("sql", &json!({ "query": SLOW_CALL }));
    assert!(!out.ok);
    assert_eq!(out.data["code"], "sql_timeout", "{}", out.content);
    assert!(t.elapsed() < Duration::from_secs(4), "the sql tool took {:?}", t.elapsed());
    // The worker that was killed is replaced: the next query answers.
    let out = tools.call("sql", &json!({ "query": "SELECT count(*) AS n FROM t" }));
    assert!(out.ok, "{}", out.content);
    assert_eq!(out.data["rows"], json!([[1]]));

    // Stop (the turn's cancel token) ends a running call long before its limit.
    let mut tools = toolbox_for(tmp.path(), &id, Duration::from_secs(120));
    let cancel = desk_core::agent::CancelToken::new();
    tools.set_cancel(&cancel);
    let c = cancel.clone();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(500));
        c.cancel();
    });
    let t = Instant::now();
    let out = tools.call("sql", &json!({ "query": SLOW_CALL }));
    stopper.join().unwrap();
    assert_eq!(out.data["code"], "cancelled", "{}", out.content);
    assert!(t.elapsed() < Duration::from_secs(3), "Stop took {:?} to end the query", t.elapsed());
}

#[test]
fn results_are_bounded_in_bytes_and_say_when_they_were_cut() {
    let (tmp, id) = data_with_table("a,b\n1,x\n");
    // Twelve 3 MB values: each is kept to 64 KiB, and the result says how many were cut.
    let q = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 12) \
             SELECT x, repeat('a', 3000000) AS s FROM c";
    let out = desk(tmp.path(), &["--json", "sql", &id, q]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(out.stdout.len() < 2 << 20, "the JSON is bounded: {} bytes", out.stdout.len());
    let v = &json_lines(&out)[0];
    assert_eq!(v["total_rows"], 12);
    assert_eq!(v["rows"].as_array().unwrap().len(), 12);
    assert_eq!(v["values_cut"], 12, "every long value is counted as cut");
    let s = v["rows"][0][1].as_str().unwrap();
    assert!(s.len() <= (64 << 10) + 3 && s.ends_with('…'), "a cut value ends with an ellipsis ({} bytes)", s.len());

    // Many rows of 60 KB: rows stop being kept at the byte budget, and the true count stays.
    let q = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000) \
             SELECT x, repeat('b', 60000) AS s FROM c";
    // (Written to a file and read from its end: the test process keeps little memory of its own.)
    let json_out = tmp.path().join("capped.json");
    let status = Command::new(desk_bin())
        .arg("--data-dir")
        .arg(tmp.path())
        .args(["--json", "sql", &id, q])
        .env_remove("DESK_DATA_DIR")
        .stdout(std::fs::File::create(&json_out).unwrap())
        .status()
        .unwrap();
    assert!(status.success());
    let size = std::fs::metadata(&json_out).unwrap().len();
    assert!(size > 10 << 20 && size < 33 << 20, "about the 32 MB budget, no more: {size} bytes");
    let mut tail = String::new();
    use std::io::{Read, Seek};
    let mut f = std::fs::File::open(&json_out).unwrap();
    f.seek(std::io::SeekFrom::End(-200)).unwrap();
    f.read_to_string(&mut tail).unwrap();
    assert!(
        tail.trim_end().ends_with(r#""total_rows":1000,"truncated":true,"values_cut":0,"bytes_capped":true}"#),
        "the true count stays and the cut is said: {tail}"
    );
    // The text form says it too.
    let out = desk(tmp.path(), &["sql", &id, q]);
    assert!(stdout(&out).contains("the result was cut at 32 MB"), "{}", &stdout(&out)[stdout(&out).len() - 300..]);

    // What the model reads is bounded too, and says it was cut.
    let mut tools = toolbox_for(tmp.path(), &id, Duration::from_secs(10));
    let wide = (0..12).map(|i| format!("repeat('x', 200) AS c{i}")).collect::<Vec<_>>().join(", ");
    let q =
        format!("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200) SELECT {wide} FROM c");
    let out = tools.call("sql", &json!({ "query": q }));
    assert!(out.ok, "{}", out.content);
    assert!(out.content.len() < (64 << 10) + 300, "the model's table is bounded: {} bytes", out.content.len());
    assert!(out.content.contains("the table was cut at 64 KB"), "{}", &out.content[out.content.len() - 200..]);
}

#[test]
fn inline_chart_records_are_checked_before_any_work() {
    let tmp = tempfile::tempdir().unwrap();
    let desk = tmp.path().join("desk");
    std::fs::create_dir_all(desk.join(".desk/tmp")).unwrap();
    let mut tools = Toolbox::new(desk.clone(), HashSet::new());
    // 20,000 one-key records, every key different (the probe's shape): refused by the key limit.
    let records: Vec<Value> = (0..20_000).map(|i| json!({ format!("k{i}"): i })).collect();
    let t = Instant::now();
    let out = tools.call("chart", &json!({"type": "bar", "output": "c.png", "data": records}));
    assert_eq!(out.data["code"], "chart_spec", "{}", out.content);
    assert!(out.content.contains("more than 64 different keys"), "{}", out.content);
    eprintln!("20,000 distinct-key records refused in {:?}", t.elapsed());
    // Records with a few keys still chart, text column first as the x axis.
    let records: Vec<Value> =
        (0..5000).map(|i| json!({"revenue": i, "day": format!("2024-01-{:02}", i % 28 + 1), "units": i % 7})).collect();
    let out = tools.call("chart", &json!({"type": "scatter", "output": "d.png", "data": records}));
    assert!(out.ok, "{}", out.content);
    assert!(desk.join("d.png").is_file());
}

/// Bytes that act on a terminal: ESC, BEL, CSI (8-bit), backspace, carriage return.
fn has_terminal_controls(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    text.chars().any(|c| c.is_control() && c != '\n' && c != '\t')
}

#[test]
fn text_output_never_carries_terminal_escapes() {
    let hostile = "name,note\nEve,\"\u{1b}]0;pwned\u{7}\u{1b}[31mred\u{8}\r\u{9b}2J\"\n";
    let (tmp, id) = data_with_table(hostile);
    let out = desk(tmp.path(), &["sql", &id, "SELECT * FROM t"]);
    assert!(out.status.success());
    assert!(!has_terminal_controls(&out.stdout), "desk sql printed raw controls: {:?}", stdout(&out));
    assert!(stdout(&out).contains("\\x1b]0;pwned\\x07\\x1b[31mred"), "the value is shown, escaped: {}", stdout(&out));
    // --json stays exact (JSON escapes it).
    let out = desk(tmp.path(), &["--json", "sql", &id, "SELECT note FROM t"]);
    assert_eq!(json_lines(&out)[0]["rows"][0][0], "\u{1b}]0;pwned\u{7}\u{1b}[31mred\u{8}\r\u{9b}2J");
    // Titles, profiles and history as text.
    let out = desk(tmp.path(), &["rename", &id, "title \u{1b}[2J"]);
    assert!(out.status.success());
    for args in [vec!["list"], vec!["tables", &id], vec!["history", &id], vec!["files", &id]] {
        let out = desk(tmp.path(), &args);
        assert!(!has_terminal_controls(&out.stdout), "desk {args:?} printed raw controls: {:?}", stdout(&out));
        assert!(!has_terminal_controls(&out.stderr), "desk {args:?} printed raw controls on stderr");
    }
    let out = desk(tmp.path(), &["list"]);
    assert!(stdout(&out).contains("title \\x1b[2J"), "{}", stdout(&out));
}

#[test]
fn a_path_that_is_not_utf8_is_refused_by_name() {
    let tmp = tempfile::tempdir().unwrap();
    let id = stdout(&desk(tmp.path(), &["new"])).trim().to_string();
    let src = tmp.path().join(OsStr::from_bytes(b"bad\xff.csv"));
    std::fs::write(&src, "a\n1\n").unwrap();
    let out = Command::new(desk_bin())
        .arg("--data-dir")
        .arg(tmp.path())
        .args(["import", &id])
        .arg(&src)
        .env_remove("DESK_DATA_DIR")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "refused, not a panic: {}", String::from_utf8_lossy(&out.stderr));
    let lines = json_lines(&out);
    assert_eq!(lines[0]["ok"], false);
    assert_eq!(lines[0]["error"]["code"], "name_not_utf8");
}

#[test]
fn one_odd_name_is_left_out_of_an_export_and_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let id = stdout(&desk(tmp.path(), &["new"])).trim().to_string();
    let d = desk_dir(tmp.path(), &id);
    std::fs::write(d.join("good.csv"), "a\n1\n").unwrap();
    std::fs::write(d.join("back\\slash.csv"), "a\n2\n").unwrap();
    std::fs::write(d.join(OsStr::from_bytes(b"latin\xe9.csv")), "a\n3\n").unwrap();
    std::fs::create_dir(d.join("sub")).unwrap();
    std::fs::write(d.join("sub/inner.txt"), "inner\n").unwrap();
    let zip_path = tmp.path().join("out.zip");
    let out = desk(tmp.path(), &["--json", "export", &id, zip_path.to_str().unwrap()]);
    assert!(out.status.success(), "the export goes ahead: {}", stdout(&out));
    let summary = &json_lines(&out)[0];
    assert_eq!(summary["files"], 2, "{summary}");
    let skipped = summary["skipped"].as_array().unwrap();
    let codes: HashSet<&str> = skipped.iter().map(|s| s["code"].as_str().unwrap()).collect();
    assert_eq!(codes, HashSet::from(["name_separator", "name_not_utf8"]), "{summary}");
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
    let names: HashSet<String> = (0..zip.len()).map(|i| zip.by_index(i).unwrap().name().to_string()).collect();
    assert_eq!(names, HashSet::from(["good.csv".to_string(), "sub/inner.txt".to_string()]));
}

#[test]
fn the_data_directory_and_history_are_private() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let out = desk(&data, &["new"]);
    assert!(out.status.success());
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700, "the data directory");
    assert_eq!(mode(&data.join("history.sqlite3")), 0o600, "the history database");
    for side in ["history.sqlite3-wal", "history.sqlite3-shm"] {
        if data.join(side).exists() {
            assert_eq!(mode(&data.join(side)) & 0o077, 0, "{side}");
        }
    }
    // A data directory and history left open by an older version are tightened.
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(data.join("history.sqlite3"), std::fs::Permissions::from_mode(0o644)).unwrap();
    assert!(desk(&data, &["list"]).status.success());
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("history.sqlite3")), 0o600);
}

#[test]
fn the_single_instance_socket_lock_and_fallback_dir_are_private() {
    use desk_core::instance::{claim_in, Claim, Request};
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
    // No runtime directory: the socket falls back to the data directory, which must then be private.
    let claimed = claim_in(&data, None, &Request { cwd: "/".into(), args: vec![] });
    let Claim::Primary(p) = claimed else { panic!("this process is the only instance") };
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(p.path().parent(), Some(data.as_path()));
    assert_eq!(mode(&data), 0o700, "the fallback directory");
    assert_eq!(mode(p.path()), 0o600, "the socket");
    assert_eq!(mode(&p.path().with_extension("lock")), 0o600, "the lock file");
}

#[test]
fn desk_sql_right_after_an_import_builds_the_tables_first() {
    let tmp = tempfile::tempdir().unwrap();
    let id = stdout(&desk(tmp.path(), &["new"])).trim().to_string();
    let src = tmp.path().join("sales.csv");
    std::fs::write(&src, "store,revenue\nNorth,1200\nSouth,800\n").unwrap();
    assert!(desk(tmp.path(), &["import", &id, src.to_str().unwrap()]).status.success());
    let out = desk(tmp.path(), &["--json", "sql", &id, "SELECT sum(revenue) AS total FROM sales"]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert_eq!(json_lines(&out)[0]["rows"], json!([[2000]]));
}

/// The offline analyst's whole turn through the `desk` CLI, under `strace -f`: no AF_INET or AF_INET6
/// socket is ever created (a control run shows the trace sees one when a process makes it).
#[test]
fn the_offline_turn_in_the_cli_opens_no_internet_socket() {
    let Some(strace) = crate::support::which("strace") else {
        panic!("strace is not installed (Debian package strace; scripts/test installs it)");
    };
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let id = stdout(&desk(&data, &["new"])).trim().to_string();
    assert!(desk(&data, &["sample", &id]).status.success());
    let traced = |log: &Path, args: &[&str]| {
        Command::new(&strace)
            .args(["-f", "-qq", "-s", "64", "-e", "trace=execve,socket,connect,bind,sendto,sendmsg", "-o"])
            .arg(log)
            .arg(desk_bin())
            .arg("--data-dir")
            .arg(&data)
            .args(args)
            .env_remove("DESK_DATA_DIR")
            .env_remove("OPENAI_API_KEY")
            .env_remove("ANTHROPIC_API_KEY")
            .output()
            .unwrap()
    };
    let log = tmp.path().join("offline.strace");
    let out = traced(&log, &["ask", &id, "What is the total revenue by region?"]);
    assert!(out.status.success(), "the offline turn completes: {}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout(&out).contains("revenue"), "it answered: {}", stdout(&out));
    let trace = std::fs::read_to_string(&log).unwrap();
    assert!(trace.contains("__sql-worker"), "the trace followed the query worker too:\n{trace}");
    let inet: Vec<&str> = trace.lines().filter(|l| l.contains("AF_INET")).collect();
    assert!(inet.is_empty(), "the offline turn touched internet sockets:\n{}", inet.join("\n"));
    // Control: the same trace sees a process that does open one (a probe of a provider on 127.0.0.1:9).
    let log = tmp.path().join("control.strace");
    let _ = traced(&log, &["probe", "--provider", "openai", "--base-url", "http://127.0.0.1:9/v1", "--no-keychain"]);
    let trace = std::fs::read_to_string(&log).unwrap();
    assert!(trace.contains("AF_INET"), "the trace sees sockets: {trace}");
}
