//! Soak: many `desk` processes (asks, imports, lists, table rebuilds) on one data directory for a bounded
//! time; afterwards nothing is lost, nothing is half-done and every database is whole.

use crate::support::{desk, desk_bin, json_lines, sha256_file, stdout};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::{Duration, Instant};

const QUESTIONS: &[&str] = &[
    "total revenue",
    "revenue by region",
    "top 3 products by revenue",
    "number of orders",
    "monthly revenue trend",
    "average order value by store",
];

#[derive(Default)]
struct Log {
    /// (conversation, question) of every ask, with its exit code.
    asks: Vec<(String, String, Option<i32>)>,
    /// (conversation, source file, the import's JSON line).
    imports: Vec<(String, PathBuf, serde_json::Value)>,
    lists: usize,
    rebuilds: usize,
    failures: Vec<String>,
}

fn run(data: &Path, args: &[&str]) -> std::process::Output {
    Command::new(desk_bin()).arg("--data-dir").arg(data).args(args).env_remove("DESK_DATA_DIR").output().unwrap()
}

fn integrity(db: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let mut stmt = conn.prepare("PRAGMA integrity_check").unwrap();
    let rows = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

/// The analysis database opens read-only and every table of its catalog reads whole (as many rows as the
/// catalog says), with no log of a half-done write beside it.
fn analysis_whole(desk: &Path) -> bool {
    let db = desk.join(".desk/analysis.duckdb");
    let conn = desk_core::engine::Database::open(&db, &[("access_mode", "READ_ONLY".into())]).unwrap();
    let catalog = desk_core::tables::catalog(desk).unwrap();
    !desk.join(".desk/analysis.duckdb.wal").exists()
        && catalog.iter().all(|t| {
            let n = conn.query_row(&format!("SELECT count(*) FROM \"{}\"", t.name)).unwrap()[0].as_i64();
            n == Some(t.rows as i64)
        })
}

#[test]
fn many_processes_on_one_data_directory_lose_nothing() {
    let seconds: u64 = std::env::var("DESK_SOAK_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(12);
    let workers = 6;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let src = dir.path().join("src");
    fs::create_dir(&src).unwrap();
    let ids: Vec<String> = (0..3)
        .map(|_| {
            let id = stdout(&desk(&data, &["new"])).trim().to_string();
            assert!(desk(&data, &["sample", &id]).status.success());
            id
        })
        .collect();
    let log = Mutex::new(Log::default());
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    std::thread::scope(|s| {
        for w in 0..workers {
            let (ids, data, src, log) = (&ids, &data, &src, &log);
            s.spawn(move || {
                let mut seed: u64 = 0x9E37_79B9_7F4A_7C15 ^ (w as u64 + 1);
                let mut next = move |n: usize| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    (seed % n as u64) as usize
                };
                let mut n = 0;
                while Instant::now() < deadline {
                    n += 1;
                    // Two of the three conversations get most of the traffic, so turns meet there.
                    let id = &ids[[0, 0, 1, 1, 2][next(5)]];
                    match next(10) {
                        0..=4 => {
                            let q = QUESTIONS[next(QUESTIONS.len())];
                            let out = run(data, &["ask", id, q, "--json"]);
                            let mut log = log.lock().unwrap();
                            if !out.status.success() {
                                log.failures.push(format!(
                                    "ask {q:?}: exit {:?}: {}{}",
                                    out.status.code(),
                                    stdout(&out),
                                    String::from_utf8_lossy(&out.stderr)
                                ));
                            }
                            log.asks.push((id.clone(), q.to_string(), out.status.code()));
                        }
                        5 | 6 => {
                            let path = src.join(format!("import_{w}_{n}.csv"));
                            let rows: String = (0..20 + n).map(|i| format!("{w},{n},{i}\n")).collect();
                            fs::write(&path, format!("worker,round,row\n{rows}")).unwrap();
                            let out = run(data, &["import", id, path.to_str().unwrap()]);
                            let line = json_lines(&out).into_iter().next().unwrap_or(serde_json::Value::Null);
                            let mut log = log.lock().unwrap();
                            if !out.status.success() {
                                log.failures.push(format!("import: {}", stdout(&out)));
                            }
                            log.imports.push((id.clone(), path, line));
                        }
                        7 | 8 => {
                            let out = run(data, &["list", "--json"]);
                            let mut log = log.lock().unwrap();
                            if !out.status.success() {
                                log.failures.push(format!("list: {}", String::from_utf8_lossy(&out.stderr)));
                            }
                            log.lists += 1;
                        }
                        _ => {
                            let out = run(data, &["tables", id, "--json"]);
                            let mut log = log.lock().unwrap();
                            if !out.status.success() {
                                log.failures.push(format!(
                                    "tables: {}{}",
                                    stdout(&out),
                                    String::from_utf8_lossy(&out.stderr)
                                ));
                            }
                            log.rebuilds += 1;
                        }
                    }
                }
            });
        }
    });
    let ran = started.elapsed();
    let log = log.into_inner().unwrap();
    assert!(log.failures.is_empty(), "{} commands failed:\n{}", log.failures.len(), log.failures.join("\n"));

    let history = rusqlite::Connection::open(data.join("history.sqlite3")).unwrap();
    let mut turns_total = 0;
    let mut reports_checked = 0;
    for id in &ids {
        let h: serde_json::Value =
            serde_json::from_str(stdout(&desk(&data, &["history", id, "--json"])).trim()).unwrap();
        let turns = h["turns"].as_array().unwrap();
        turns_total += turns.len();
        // Every question asked is in history exactly once.
        let mut asked: Vec<&str> = log.asks.iter().filter(|a| &a.0 == id).map(|a| a.1.as_str()).collect();
        let mut recorded: Vec<&str> = turns.iter().map(|t| t["question"].as_str().unwrap()).collect();
        asked.sort();
        recorded.sort();
        assert_eq!(recorded, asked, "conversation {id}: the questions in history are the questions asked");
        assert!(turns.iter().all(|t| t["status"] == "complete"), "every turn completed: {h}");
        // Every report a turn wrote is the one it announced, and report.md is the last writer's.
        let mut written: BTreeMap<i64, String> = BTreeMap::new();
        for t in turns {
            let seq = t["seq"].as_i64().unwrap();
            for item in t["items"].as_array().unwrap() {
                if item["type"] == "tool_call" && item["name"] == "write_file" {
                    assert_eq!(item["ok"], true, "turn {seq} wrote its report: {item}");
                    if item["input"]["path"] == "report.md" {
                        written.insert(seq, item["input"]["content"].as_str().unwrap().to_string());
                    }
                }
            }
        }
        for (seq, content) in &written {
            let announced: Vec<u64> = history
                .prepare(
                    "SELECT e.event FROM events e JOIN turns t ON t.id = e.turn_id
                     WHERE t.conversation_id = ?1 AND t.seq = ?2 AND e.event LIKE '%artifact_update%'",
                )
                .unwrap()
                .query_map(rusqlite::params![id, seq], |r| r.get::<_, String>(0))
                .unwrap()
                .map(|e| serde_json::from_str::<serde_json::Value>(&e.unwrap()).unwrap())
                .filter(|e| e["path"] == "report.md")
                .map(|e| e["size"].as_u64().unwrap())
                .collect();
            assert_eq!(announced, [content.len() as u64], "turn {seq} announced the report it wrote, once");
            reports_checked += 1;
        }
        if let Some(a) = h["artifacts"].as_array().unwrap().iter().find(|a| a["path"] == "report.md") {
            let last = a["turn"].as_i64().unwrap();
            let on_disk = fs::read_to_string(data.join("desks").join(id).join("report.md")).unwrap();
            assert_eq!(Some(&on_disk), written.get(&last), "report.md is the one turn {last} wrote");
        }
        // Every import landed whole (or, had one failed, left nothing).
        let inputs = h["inputs"].as_array().unwrap();
        for (_, path, line) in log.imports.iter().filter(|i| &i.0 == id) {
            let name = line["stored_as"].as_str();
            match (line["ok"].as_bool(), name) {
                (Some(true), Some(name)) => {
                    let stored = data.join("desks").join(id).join(name);
                    assert_eq!(sha256_file(&stored), sha256_file(path), "{name} is whole");
                    assert!(
                        inputs.iter().any(|i| i["name"] == name && i["sha256"] == line["sha256"]),
                        "{name} recorded"
                    );
                }
                _ => {
                    let base = path.file_name().unwrap().to_string_lossy();
                    assert!(!inputs.iter().any(|i| i["source"].as_str().is_some_and(|s| s.ends_with(&*base))));
                }
            }
        }
        let tmp = data.join("desks").join(id).join(".desk/tmp");
        assert_eq!(fs::read_dir(&tmp).unwrap().count(), 0, "nothing is left in flight in {id}");
        assert!(analysis_whole(&data.join("desks").join(id)), "the analysis database of {id} is whole");
    }
    assert_eq!(integrity(&data.join("history.sqlite3")), ["ok"], "history passes integrity_check");
    let imports_ok = log.imports.iter().filter(|i| i.2["ok"] == true).count();
    eprintln!(
        "soak: {workers} workers for {:.1} s: {} asks ({} turns in history, all complete, {reports_checked} reports \
         checked), {} imports ({imports_ok} landed whole), {} lists, {} table rebuilds; 0 failures; \
         integrity_check ok",
        ran.as_secs_f64(),
        log.asks.len(),
        turns_total,
        log.imports.len(),
        log.lists,
        log.rebuilds
    );
    assert!(log.asks.len() >= workers, "the soak asked enough to mean something");
}
