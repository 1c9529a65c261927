//! Reliability (issue 14) and links in the app's own areas (issue 12, hole 4): concurrent processes on one
//! data directory, in-flight files, decoding, bounded workbooks, a full disk, binary files, kills, messages.

use crate::support::{desk, desk_bin, json_lines, stdout};
use desk_core::tables;
use std::fs;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[path = "../../src-tauri/core/examples/support/bomb.rs"]
mod bomb;

fn new_conversation(data: &Path) -> String {
    let out = desk(data, &["new"]);
    assert!(out.status.success(), "desk new: {}", String::from_utf8_lossy(&out.stderr));
    stdout(&out).trim().to_string()
}

fn with_sample(data: &Path) -> String {
    let id = new_conversation(data);
    assert!(desk(data, &["sample", &id]).status.success());
    id
}

fn history(data: &Path, id: &str) -> serde_json::Value {
    let out = desk(data, &["history", id, "--json"]);
    assert!(out.status.success(), "desk history: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_str(stdout(&out).trim()).unwrap()
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn desk_dir(data: &Path, id: &str) -> PathBuf {
    data.join("desks").join(id)
}

/// What the write_file call of a turn wrote to report.md (None if it wrote none).
fn report_written(turn: &serde_json::Value) -> Option<String> {
    turn["items"].as_array()?.iter().find_map(|i| {
        (i["type"] == "tool_call" && i["name"] == "write_file" && i["input"]["path"] == "report.md")
            .then(|| i["input"]["content"].as_str().unwrap_or("").to_string())
    })
}

// --- 1. concurrent questions --------------------------------------------------------------------

#[test]
fn concurrent_asks_on_one_data_directory_lose_no_question() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let ids: Vec<String> = (0..3).map(|_| with_sample(data)).collect();
    for id in &ids {
        assert!(desk(data, &["tables", id]).status.success());
    }
    let questions = ["total revenue", "revenue by region", "top 3 products by revenue", "number of orders"];
    // Four questions at once on each of three conversations: twelve processes on one history file.
    let children: Vec<(String, &str, std::process::Child)> = ids
        .iter()
        .flat_map(|id| questions.iter().map(move |q| (id.clone(), *q)))
        .map(|(id, q)| {
            let child = Command::new(desk_bin())
                .arg("--data-dir")
                .arg(data)
                .args(["ask", &id, q, "--json"])
                .env_remove("DESK_DATA_DIR")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            (id, q, child)
        })
        .collect();
    let mut failed = Vec::new();
    for (id, q, child) in children {
        let out = child.wait_with_output().unwrap();
        if !out.status.success() {
            failed.push(format!("{id} {q:?}: exit {:?}: {}{}", out.status.code(), stdout(&out), stderr(&out)));
        }
    }
    assert!(failed.is_empty(), "{} of 12 concurrent asks failed:\n{}", failed.len(), failed.join("\n"));
    for id in &ids {
        let h = history(data, id);
        let turns = h["turns"].as_array().unwrap();
        let mut asked: Vec<&str> = turns.iter().map(|t| t["question"].as_str().unwrap()).collect();
        asked.sort();
        let mut expected = questions.to_vec();
        expected.sort();
        assert_eq!(asked, expected, "every question of conversation {id} is in history exactly once");
        let mut seqs: Vec<i64> = turns.iter().map(|t| t["seq"].as_i64().unwrap()).collect();
        seqs.sort();
        assert_eq!(seqs, [1, 2, 3, 4]);
        assert!(turns.iter().all(|t| t["status"] == "complete"), "all complete: {h}");
        // The turns of one conversation ran one after the other: every report write succeeded, and the
        // report on disk is the one the turn history names as its last writer wrote.
        for t in turns {
            let writes: Vec<&serde_json::Value> = t["items"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|i| i["type"] == "tool_call" && i["name"] == "write_file")
                .collect();
            assert!(writes.iter().all(|w| w["ok"] == true), "turn {} wrote its report: {writes:?}", t["seq"]);
        }
        let last =
            h["artifacts"].as_array().unwrap().iter().find(|a| a["path"] == "report.md").unwrap()["turn"].clone();
        let by = turns.iter().find(|t| t["seq"] == last).unwrap();
        let on_disk = fs::read_to_string(desk_dir(data, id).join("report.md")).unwrap();
        assert_eq!(Some(on_disk), report_written(by), "report.md is the one turn {last} wrote");
    }
}

// --- 2. the start-up sweep and in-flight files ----------------------------------------------------

#[test]
fn starting_a_command_leaves_an_import_in_progress_alone() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let src_dir = tempfile::tempdir().unwrap();
    let big = src_dir.path().join("big300.csv");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(fs::File::create(&big).unwrap());
        let line = b"2026-01-01,store 7,widget,3,19.99\n";
        let chunk: Vec<u8> = line.iter().cycle().take(1 << 20).copied().collect();
        for _ in 0..512 {
            f.write_all(&chunk).unwrap();
        }
    }
    let id = new_conversation(&data);
    let tmp = desk_dir(&data, &id).join(".desk/tmp");
    let child = Command::new(desk_bin())
        .arg("--data-dir")
        .arg(&data)
        .args(["import", &id])
        .arg(&big)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let mut swept_while_running = 0;
    while start.elapsed() < Duration::from_secs(60) {
        let in_flight = fs::read_dir(&tmp).unwrap().flatten().any(|e| e.metadata().is_ok_and(|m| m.len() > 0));
        if in_flight {
            // Another command starts meanwhile (its start-up sweep runs over every desk).
            assert!(desk(&data, &["list"]).status.success());
            swept_while_running += 1;
            break;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(swept_while_running, 1, "the test must start a command while the import is in flight");
    let lines = json_lines(&out);
    assert_eq!(lines[0]["ok"], true, "the import survives another command's start: {}", stdout(&out));
    assert_eq!(fs::metadata(desk_dir(&data, &id).join("big300.csv")).unwrap().len(), 512 << 20, "and is whole");
    assert_eq!(lines[0]["sha256"].as_str().unwrap(), crate::support::sha256_file(&big));
    assert_eq!(fs::read_dir(&tmp).unwrap().count(), 0, "nothing is left in flight");
}

// --- 3. and 4. decoding ------------------------------------------------------------------------------

fn sync(desk: &Path) -> tables::SyncReport {
    tables::sync(desk, &mut |_| {}).unwrap()
}

fn query(desk: &Path, sql: &str) -> Vec<Vec<serde_json::Value>> {
    let r = desk_core::tools::sql::query_desk(desk, sql, Default::default()).unwrap();
    r.rows
}

#[test]
fn one_stray_byte_keeps_a_utf8_file_utf8_and_names_its_line() {
    let desk = tempfile::tempdir().unwrap();
    let cities = ["Zürich", "Genève", "Köln", "Malmö"];
    let mut body = b"id,city,amount\n".to_vec();
    for i in 1..=100_000u32 {
        if i == 90_001 {
            // One value saved by another program in Latin-1: "Zürich" with the single byte 0xFC.
            body.extend_from_slice(b"90001,Z\xfcrich,5\n");
        } else {
            body.extend_from_slice(format!("{i},{},{}\n", cities[i as usize % 4], i % 10).as_bytes());
        }
    }
    fs::write(desk.path().join("cities.csv"), &body).unwrap();
    let report = sync(desk.path());
    assert!(report.failed.is_empty(), "{report:?}");
    let catalog = tables::catalog(desk.path()).unwrap();
    let t = &catalog[0];
    assert_eq!(t.format.encoding.as_deref(), Some("utf-8"), "the file stays UTF-8: {:?}", t.warnings);
    let warning = t.warnings.iter().find(|w| w.contains("not valid UTF-8")).expect("the stray byte is reported");
    assert!(warning.contains("line 90,002"), "it names the line (header is line 1): {warning}");
    let counts = query(desk.path(), "SELECT city, count(*) FROM cities GROUP BY city ORDER BY city");
    let got: Vec<(String, i64)> =
        counts.iter().map(|r| (r[0].as_str().unwrap().to_string(), r[1].as_i64().unwrap())).collect();
    assert_eq!(
        got,
        [("Genève".into(), 24_999), ("Köln".into(), 25_000), ("Malmö".into(), 25_000), ("Zürich".into(), 25_001)],
        "every value reads as written (row 90,001's Latin-1 Zürich too), none garbled"
    );
}

#[test]
fn a_legacy_file_is_decided_over_all_of_it() {
    // Windows-1252 throughout; one row's bytes happen to form valid UTF-8 ("Ã©" is C3 A9, as "é" is in
    // UTF-8). Most rows say Windows-1252, so the whole file is read that way, that row included.
    let desk = tempfile::tempdir().unwrap();
    let mut body = b"id,word\n".to_vec();
    for i in 0..50 {
        body.extend_from_slice(format!("{i},caf").as_bytes());
        body.extend_from_slice(b"\xe9\n");
    }
    body.extend_from_slice(b"50,\xc3\xa9t\xe9\n");
    body.extend_from_slice(b"51,Caf\xc3\xa9\n");
    fs::write(desk.path().join("legacy.csv"), &body).unwrap();
    sync(desk.path());
    let t = &tables::catalog(desk.path()).unwrap()[0];
    assert_eq!(t.format.encoding.as_deref(), Some("windows-1252"), "{:?}", t.warnings);
    let rows = query(desk.path(), "SELECT word FROM legacy ORDER BY id");
    assert_eq!(rows[0][0], "café");
    assert_eq!(rows[50][0], "Ã©té", "read as the file's encoding, not as UTF-8");
    assert_eq!(rows[51][0], "CafÃ©");
}

#[test]
fn utf16_without_a_byte_order_mark_is_recognised() {
    for (name, big_endian) in [("le.csv", false), ("be.csv", true)] {
        let desk = tempfile::tempdir().unwrap();
        let text = "region,revenue\nNorth,120\nSüd,80\n東京,5\n";
        let bytes: Vec<u8> =
            text.encode_utf16().flat_map(|u| if big_endian { u.to_be_bytes() } else { u.to_le_bytes() }).collect();
        fs::write(desk.path().join(name), bytes).unwrap();
        let report = sync(desk.path());
        assert!(report.failed.is_empty(), "{report:?}");
        let t = &tables::catalog(desk.path()).unwrap()[0];
        let cols: Vec<&str> = t.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(cols, ["region", "revenue"], "{name}: the header reads as text, not r_e_g_i_o_n");
        let want = if big_endian { "utf-16be (no BOM)" } else { "utf-16le (no BOM)" };
        assert_eq!(t.format.encoding.as_deref(), Some(want));
        let table = t.name.clone();
        let rows = query(desk.path(), &format!("SELECT region, revenue FROM \"{table}\" ORDER BY rowid"));
        assert_eq!(rows[1][0], "Süd");
        assert_eq!(rows[2][0], "東京");
        assert_eq!(rows[0][1], 120);
    }
}

// --- 5. a workbook that inflates without bound ---------------------------------------------------------

/// Run `desk` with an address-space cap (a runaway allocation fails instead of taking the machine)
/// and return its output and its peak resident memory in MiB.
///
/// The peak must be desk's own. Linux keeps a process's peak across `exec`, and a child forked from this
/// test process starts with a copy of its pages: when other tests running beside this one have made the
/// test process large, any child it forks reports at least that size. So the measuring is done by a
/// small launcher (this same test binary, started fresh, running only [`peak_rss_launcher`]): desk is
/// forked from it, and the launcher reports desk's peak from `wait4`.
fn desk_measured(data: &Path, args: &[&str], address_space: u64) -> (std::process::Output, u64) {
    let scratch = tempfile::tempdir().unwrap();
    let mut argv = vec![desk_bin().to_string(), "--data-dir".into(), data.to_string_lossy().into_owned()];
    argv.extend(args.iter().map(|a| a.to_string()));
    let launcher = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "reliability::peak_rss_launcher", "--ignored", "--test-threads", "1", "-q"])
        .env("DESK_MEASURE_ARGV", argv.join("\u{1f}"))
        .env("DESK_MEASURE_DIR", scratch.path())
        .env("DESK_MEASURE_AS", address_space.to_string())
        .output()
        .unwrap();
    assert!(launcher.status.success(), "the launcher ran: {}", String::from_utf8_lossy(&launcher.stderr));
    let read = |name: &str| fs::read(scratch.path().join(name)).unwrap_or_else(|e| panic!("launcher's {name}: {e}"));
    let status: i32 = String::from_utf8(read("status")).unwrap().trim().parse().unwrap();
    let peak_kib: u64 = String::from_utf8(read("peak")).unwrap().trim().parse().unwrap();
    use std::os::unix::process::ExitStatusExt;
    let output = std::process::Output {
        status: std::process::ExitStatus::from_raw(status),
        stdout: read("stdout"),
        stderr: read("stderr"),
    };
    (output, peak_kib / 1024)
}

/// Not a test of its own: the launcher [`desk_measured`] starts in a fresh copy of this binary. With no
/// `DESK_MEASURE_ARGV` it does nothing (it is ignored, so a plain run never starts it).
#[test]
#[ignore = "a launcher run by desk_measured, not a test"]
#[allow(clippy::zombie_processes)] // reaped by wait4 below, which also gives the peak memory
fn peak_rss_launcher() {
    let Ok(argv) = std::env::var("DESK_MEASURE_ARGV") else { return };
    let dir = PathBuf::from(std::env::var("DESK_MEASURE_DIR").unwrap());
    let address_space: u64 = std::env::var("DESK_MEASURE_AS").unwrap().parse().unwrap();
    let argv: Vec<&str> = argv.split('\u{1f}').collect();
    let mut cmd = Command::new(argv[0]);
    cmd.args(&argv[1..]).env_remove("DESK_DATA_DIR").env("MALLOC_ARENA_MAX", "2");
    cmd.stdout(fs::File::create(dir.join("stdout")).unwrap()).stderr(fs::File::create(dir.join("stderr")).unwrap());
    // SAFETY: only setrlimit runs between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            let lim = libc::rlimit { rlim_cur: address_space, rlim_max: address_space };
            if libc::setrlimit(libc::RLIMIT_AS, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let child = cmd.spawn().unwrap();
    let mut status = 0;
    // SAFETY: wait4 on our own child's pid, writing into locals we own.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid);
    fs::write(dir.join("status"), status.to_string()).unwrap();
    fs::write(dir.join("peak"), usage.ru_maxrss.to_string()).unwrap();
}

#[test]
fn a_workbook_zip_bomb_is_refused_with_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let src = dir.path().join("bomb.xlsx");
    // A 3 MB file whose sheet inflates to 3 GiB (about 120 million cells).
    let (inflated, cells) = bomb::xlsx_bomb(&src, 3 << 30);
    let file_size = fs::metadata(&src).unwrap().len();
    assert!(file_size < 8 << 20 && inflated > (3u64 << 30) - (1 << 20), "{file_size} bytes inflating to {inflated}");
    let id = new_conversation(&data);
    assert!(desk(&data, &["import", &id, src.to_str().unwrap()]).status.success());
    let started = Instant::now();
    let (out, peak_mib) = desk_measured(&data, &["tables", &id, "--json"], 3 << 30);
    let took = started.elapsed();
    eprintln!(
        "bomb: {file_size} bytes, sheet {inflated} bytes inflated, {cells} cells: peak RSS {peak_mib} MiB, {took:?}"
    );
    assert_eq!(out.status.code(), Some(1), "the build ends with a refusal, not a crash: {}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    let failed = &report["sync"]["failed"][0];
    assert_eq!(failed["path"], "bomb.xlsx");
    assert_eq!(failed["error"]["code"], "workbook_too_large", "{report}");
    let message = failed["error"]["message"].as_str().unwrap();
    assert!(message.contains("bomb.xlsx") && message.contains("inflates"), "the reason is given: {message}");
    assert!(peak_mib < 200, "reading the bomb took {peak_mib} MiB");
}

// --- 6. and 10b. a full disk -----------------------------------------------------------------------------

/// Run a shell script in a private mount namespace (as root, or as a mapped root in a user namespace)
/// with a 24 MiB tmpfs at `$FS`. None when this machine allows neither.
fn on_a_small_disk(script: &str, env: &[(&str, &Path)]) -> Option<std::process::Output> {
    let mount_dir = tempfile::tempdir().unwrap();
    let full = format!("set -e\nmount -t tmpfs -o size=24m tmpfs \"$FS\"\n{script}");
    for args in [&["--mount"][..], &["--user", "--map-root-user", "--mount"][..]] {
        let mut cmd = Command::new("unshare");
        cmd.args(args).args(["sh", "-c", &full]).env("FS", mount_dir.path()).env("DESK", desk_bin());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().ok()?;
        if out.status.success() || !stderr(&out).contains("mount") && !stderr(&out).contains("unshare") {
            return Some(out);
        }
    }
    None
}

fn section(text: &str, name: &str) -> String {
    let marker = format!("=={name}==");
    let lines = text.lines().skip_while(|l| *l != marker).skip(1);
    lines.take_while(|l| !l.starts_with("==")).collect::<Vec<_>>().join("\n")
}

#[test]
fn a_full_disk_keeps_the_old_tables_and_names_the_file_and_the_space() {
    let src = tempfile::tempdir().unwrap();
    fs::write(src.path().join("small.csv"), "region,revenue\nNorth,10\nSouth,20\n").unwrap();
    // Text that does not compress (the engine's columns are compressed): random letters and digits.
    let mut big = String::from("id,region,revenue,note\n");
    let (mut i, mut x) = (0u64, 0x2545_f491_4f6c_dd1du64);
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    while big.len() < 14 << 20 {
        let note: String = (0..96)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                ALPHABET[(x % 64) as usize] as char
            })
            .collect();
        big.push_str(&format!("{i},region {},{}.5,{note}\n", i % 7, i % 1000));
        i += 1;
    }
    fs::write(src.path().join("big.csv"), &big).unwrap();
    fs::write(src.path().join("huge.csv"), big.repeat(2)).unwrap();
    let script = r#"
D="$FS/data"
ID=$("$DESK" --data-dir "$D" new)
"$DESK" --data-dir "$D" import "$ID" "$SRC/small.csv" >/dev/null
"$DESK" --data-dir "$D" tables "$ID" >/dev/null
"$DESK" --data-dir "$D" import "$ID" "$SRC/big.csv" >/dev/null
echo "==free_before=="; df -B1 --output=avail "$FS" | tail -1
echo "==tables=="; "$DESK" --data-dir "$D" --json tables "$ID" || echo "exit $?"
echo "==free_after=="; df -B1 --output=avail "$FS" | tail -1
echo "==tmp=="; ls -A "$D/desks/$ID/.desk/tmp"
echo "==sql=="; "$DESK" --data-dir "$D" --json sql "$ID" "SELECT sum(revenue) AS total FROM small" || echo "exit $?"
echo "==import=="; "$DESK" --data-dir "$D" import "$ID" "$SRC/huge.csv" || echo "exit $?"
echo "==visible=="; ls -A "$D/desks/$ID"
echo "==end=="
"#;
    let Some(out) = on_a_small_disk(script, &[("SRC", src.path())]) else {
        panic!("this test needs a private tmpfs: run as root, or allow unprivileged user namespaces");
    };
    let text = stdout(&out);
    eprintln!("{text}\n{}", stderr(&out));
    assert!(out.status.success(), "{}", stderr(&out));
    // The build ran out of space: a disk_full error naming the file, the free space and the need.
    let tables_out = section(&text, "tables");
    assert!(tables_out.contains("exit 2"), "a full disk is an environment error (exit 2): {tables_out}");
    let err: serde_json::Value = serde_json::from_str(tables_out.lines().next().unwrap()).unwrap();
    assert_eq!(err["code"], "disk_full", "{err}");
    let message = err["message"].as_str().unwrap();
    assert!(message.contains("big.csv") && message.contains("free") && message.contains("needed"), "{message}");
    // Nothing of the failed build is left, and the space is back.
    assert_eq!(section(&text, "tmp").trim(), "", "the build file is removed");
    let before: u64 = section(&text, "free_before").trim().parse().unwrap();
    let after: u64 = section(&text, "free_after").trim().parse().unwrap();
    assert!(after + (64 << 10) >= before, "the failed build gave its space back: {before} -> {after}");
    // The tables from before still answer.
    let sql: serde_json::Value = serde_json::from_str(section(&text, "sql").trim()).unwrap();
    assert_eq!(sql["rows"][0][0], 30, "the old table is intact: {sql}");
    // An import that does not fit names the file given, not a hidden temp path, and leaves nothing.
    let import: serde_json::Value = serde_json::from_str(section(&text, "import").lines().next().unwrap()).unwrap();
    assert_eq!(import["error"]["code"], "disk_full", "{import}");
    let message = import["error"]["message"].as_str().unwrap();
    assert!(message.contains("huge.csv") && !message.contains(".part"), "{message}");
    assert!(!section(&text, "visible").contains("huge"), "no partial file is visible");
}

// --- 7. binary files ---------------------------------------------------------------------------------------

#[test]
fn binary_files_are_refused_as_not_text() {
    let desk = tempfile::tempdir().unwrap();
    fs::copy("/bin/ls", desk.path().join("ls.csv")).unwrap();
    let png = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../icons/32x32.png");
    fs::copy(png, desk.path().join("image.csv")).unwrap();
    fs::write(desk.path().join("ok.csv"), "a,b\n1,2\n").unwrap();
    let report = sync(desk.path());
    let mut failed: Vec<(&str, &str)> =
        report.failed.iter().map(|f| (f.path.as_str(), f.error.code.as_str())).collect();
    failed.sort();
    assert_eq!(failed, [("image.csv", "not_text"), ("ls.csv", "not_text")], "{report:?}");
    for f in &report.failed {
        assert!(f.error.message.starts_with(&f.path), "the message names the file: {}", f.error.message);
    }
    let png = report.failed.iter().find(|f| f.path == "image.csv").unwrap();
    assert!(png.error.message.contains("PNG"), "{}", png.error.message);
    let names: Vec<String> = tables::catalog(desk.path()).unwrap().into_iter().map(|t| t.name).collect();
    assert_eq!(names, ["ok"], "only the text file is a table");
}

// --- 9. kills ----------------------------------------------------------------------------------------------

fn big_csv(path: &Path, rows: usize) {
    let mut s = String::with_capacity(rows * 40);
    s.push_str("id,region,revenue\n");
    for i in 0..rows {
        s.push_str(&format!("{i},region {},{}.25\n", i % 9, i % 500));
    }
    fs::write(path, s).unwrap();
}

/// Start `desk args`, wait until the tables are being built (a build file or the old in-place marker
/// exists), then kill it with SIGKILL. False if it ended before it could be caught.
fn kill_while_building(data: &Path, desk_path: &Path, args: &[&str]) -> bool {
    let mut child = Command::new(desk_bin())
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("DESK_DATA_DIR")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(60) {
        let building = desk_path.join(".desk/analysis.building").exists()
            || fs::read_dir(desk_path.join(".desk/tmp"))
                .map(|r| r.flatten().any(|e| e.file_name().to_string_lossy().starts_with("build")))
                .unwrap_or(false);
        if building {
            std::thread::sleep(Duration::from_millis(150));
            child.kill().unwrap();
            child.wait().unwrap();
            return true;
        }
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let _ = child.kill();
    let _ = child.wait();
    false
}

#[test]
fn a_killed_build_leaves_the_previous_tables_working_and_recovers_by_itself() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let src = tempfile::tempdir().unwrap();
    fs::write(src.path().join("small.csv"), "region,revenue\nNorth,10\nSouth,20\n").unwrap();
    big_csv(&src.path().join("big.csv"), 1_500_000);
    let id = new_conversation(&data);
    let d = desk_dir(&data, &id);
    assert!(desk(&data, &["import", &id, src.path().join("small.csv").to_str().unwrap()]).status.success());
    assert!(desk(&data, &["tables", &id]).status.success());
    assert!(desk(&data, &["import", &id, src.path().join("big.csv").to_str().unwrap()]).status.success());
    assert!(kill_while_building(&data, &d, &["tables", &id]), "the build finished before it could be killed");
    // Straight after the kill, before any rebuild, the analysis database is whole and the tables from
    // before answer.
    let db =
        desk_core::engine::Database::open(&d.join(".desk/analysis.duckdb"), &[("access_mode", "READ_ONLY".into())])
            .expect("the analysis database opens after the kill");
    let total = db.query_row("SELECT sum(revenue) FROM small").unwrap();
    assert_eq!(total[0].as_i64(), Some(30), "the analysis database survived the kill intact");
    assert!(!d.join(".desk/analysis.duckdb.wal").exists(), "and has no log of a half-done write");
    drop(db);
    let out = desk(&data, &["sql", &id, "SELECT sum(revenue) FROM small", "--json"]);
    assert!(out.status.success(), "the old tables still work after a kill: {}{}", stdout(&out), stderr(&out));
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["rows"][0][0], 30);
    // The next command that syncs builds the rest; while it does, the tables from before keep answering.
    let rebuild = Command::new(desk_bin())
        .arg("--data-dir")
        .arg(&data)
        .args(["tables", &id, "--json"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut rebuild = rebuild;
    let mut asked = 0;
    while rebuild.try_wait().unwrap().is_none() {
        let out = desk(&data, &["sql", &id, "SELECT sum(revenue) FROM small", "--json"]);
        assert!(out.status.success(), "during the rebuild: {}{}", stdout(&out), stderr(&out));
        asked += 1;
    }
    assert!(rebuild.wait().unwrap().success());
    assert!(asked > 0, "the old tables were queried while the rebuild ran");
    let out = desk(&data, &["sql", &id, "SELECT count(*) FROM big", "--json"]);
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["rows"][0][0], 1_500_000, "the big table is complete");
    assert_eq!(fs::read_dir(d.join(".desk/tmp")).unwrap().count(), 0, "no build file is left");
}

#[test]
fn an_ask_killed_while_tables_are_built_is_in_history_as_interrupted() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let src = tempfile::tempdir().unwrap();
    big_csv(&src.path().join("sales.csv"), 1_500_000);
    let id = new_conversation(&data);
    let d = desk_dir(&data, &id);
    assert!(desk(&data, &["import", &id, src.path().join("sales.csv").to_str().unwrap()]).status.success());
    assert!(kill_while_building(&data, &d, &["ask", &id, "total revenue"]), "the ask finished before the kill");
    let h = history(&data, &id);
    let turns = h["turns"].as_array().unwrap();
    assert_eq!(turns.len(), 1, "the question is in history: {h}");
    assert_eq!(turns[0]["question"], "total revenue");
    assert_eq!(turns[0]["status"], "interrupted", "{h}");
    // And the next question is answered as usual, over the complete table.
    let out = desk(&data, &["ask", &id, "number of rows in sales", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(history(&data, &id)["turns"][1]["status"], "complete");
}

// --- 10. messages --------------------------------------------------------------------------------------------

#[test]
fn a_desk_whose_only_file_cannot_be_read_says_which_and_why() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let src = tempfile::tempdir().unwrap();
    fs::write(src.path().join("sales.xlsx"), b"this was never a workbook").unwrap();
    let id = new_conversation(&data);
    assert!(desk(&data, &["import", &id, src.path().join("sales.xlsx").to_str().unwrap()]).status.success());
    let out = desk(&data, &["ask", &id, "total revenue", "--json"]);
    let text: String = json_lines(&out)
        .iter()
        .filter(|e| e["type"] == "text_delta")
        .map(|e| e["text"].as_str().unwrap().to_string())
        .collect();
    assert!(
        text.contains("sales.xlsx") && text.contains("table_unreadable"),
        "the file and the reason are named: {text}"
    );
    assert!(!text.contains("no tables yet"), "not 'import a CSV' when one was imported: {text}");
}

#[test]
fn exit_codes_follow_the_readme() {
    // 1: something the person handed in was refused; 2: a fault of the program or its environment.
    for code in ["history_error", "history_busy", "disk_full", "io_error", "analysis_db_error", "desk_symlink"] {
        assert!(desk_core::error::is_internal_code(code), "{code} exits 2");
    }
    for code in ["not_text", "workbook_too_large", "table_unreadable", "turn_running", "auth_failed", "source_symlink"]
    {
        assert!(!desk_core::error::is_internal_code(code), "{code} exits 1");
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let id = new_conversation(&data);
    let outside = tempfile::tempdir().unwrap();
    let d = desk_dir(&data, &id);
    fs::remove_dir_all(&d).unwrap();
    std::os::unix::fs::symlink(outside.path(), &d).unwrap();
    let out = desk(&data, &["files", &id, "--json"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert_eq!(json_lines(&out)[0]["code"], "desk_symlink");
}

// --- issue 12, hole 4: links planted in the app's own areas -------------------------------------------------

/// A data directory with one conversation, and a folder outside it holding a file of the person's.
struct Planted {
    _dir: tempfile::TempDir,
    data: PathBuf,
    outside: tempfile::TempDir,
    victim: PathBuf,
    id: String,
}

impl Planted {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let outside = tempfile::tempdir().unwrap();
        let victim = outside.path().join("keep.txt");
        fs::write(&victim, "the person's file").unwrap();
        let id = new_conversation(&data);
        Planted { _dir: dir, data, outside, victim, id }
    }

    /// The file outside is still there, unchanged, and nothing was added beside it.
    fn untouched(&self) {
        assert_eq!(fs::read_to_string(&self.victim).unwrap(), "the person's file", "the file behind the link is kept");
        let names: Vec<String> = fs::read_dir(self.outside.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["keep.txt"], "nothing was written through the link");
    }
}

#[test]
fn a_link_planted_as_the_desk_temp_folder_is_never_followed() {
    let p = Planted::new();
    let tmp = desk_dir(&p.data, &p.id).join(".desk/tmp");
    fs::remove_dir(&tmp).unwrap();
    std::os::unix::fs::symlink(p.outside.path(), &tmp).unwrap();
    // The start-up sweep of any command.
    let out = desk(&p.data, &["list"]);
    assert!(out.status.success());
    p.untouched();
    assert!(fs::symlink_metadata(&tmp).unwrap().is_dir(), "the app's folder is a real folder again");
    assert!(stderr(&out).contains("symbolic link"), "a warning says so: {}", stderr(&out));
    // The import's temp file, through a link planted again.
    fs::remove_dir(&tmp).unwrap();
    std::os::unix::fs::symlink(p.outside.path(), &tmp).unwrap();
    let src = tempfile::tempdir().unwrap();
    fs::write(src.path().join("a.csv"), "x\n1\n").unwrap();
    let out = desk(&p.data, &["import", &p.id, src.path().join("a.csv").to_str().unwrap()]);
    assert_eq!(json_lines(&out)[0]["ok"], true, "{}", stdout(&out));
    p.untouched();
}

#[test]
fn a_link_planted_as_the_analysis_database_is_never_followed() {
    for dangling in [false, true] {
        let p = Planted::new();
        let target = if dangling { p.outside.path().join("created.duckdb") } else { p.victim.clone() };
        let src = tempfile::tempdir().unwrap();
        fs::write(src.path().join("a.csv"), "x\n1\n").unwrap();
        assert!(desk(&p.data, &["import", &p.id, src.path().join("a.csv").to_str().unwrap()]).status.success());
        let db = desk_dir(&p.data, &p.id).join(".desk/analysis.duckdb");
        let _ = fs::remove_file(&db);
        std::os::unix::fs::symlink(&target, &db).unwrap();
        // Its write-ahead log too: the engine would write there (and replay what it found).
        std::os::unix::fs::symlink(&p.victim, desk_dir(&p.data, &p.id).join(".desk/analysis.duckdb.wal")).unwrap();
        let out = desk(&p.data, &["tables", &p.id, "--json"]);
        assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
        p.untouched();
        assert!(fs::symlink_metadata(&db).unwrap().is_file(), "the desk's database is its own file again");
        assert!(stderr(&out).contains("link"), "a warning says so: {}", stderr(&out));
        let out = desk(&p.data, &["sql", &p.id, "SELECT x FROM a", "--json"]);
        assert!(out.status.success(), "the tables were rebuilt: {}", stderr(&out));
    }
}

#[test]
fn a_desk_folder_that_is_a_link_is_neither_exported_nor_written_into() {
    let p = Planted::new();
    let d = desk_dir(&p.data, &p.id);
    fs::remove_dir_all(&d).unwrap();
    std::os::unix::fs::symlink(p.outside.path(), &d).unwrap();
    let zip = p.data.join("out.zip");
    let out = desk(&p.data, &["export", &p.id, zip.to_str().unwrap(), "--json"]);
    assert_eq!(json_lines(&out)[0]["code"], "desk_symlink", "{}", stdout(&out));
    assert!(!zip.exists(), "nothing behind the link was exported");
    let src = tempfile::tempdir().unwrap();
    fs::write(src.path().join("a.csv"), "x\n1\n").unwrap();
    let out = desk(&p.data, &["import", &p.id, src.path().join("a.csv").to_str().unwrap()]);
    assert_ne!(out.status.code(), Some(0));
    let out = desk(&p.data, &["ask", &p.id, "total x"]);
    assert_ne!(out.status.code(), Some(0));
    p.untouched();
    // Deleting the conversation removes the link only.
    assert!(desk(&p.data, &["delete", &p.id]).status.success());
    p.untouched();
}
