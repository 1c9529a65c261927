//! The analyst's tools: the confinement corpus, the read-only SQL path, every chart kind, writes and markdown.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use desk_core::tool_api::{ToolOutput, ToolRunner};
use desk_core::tools::{markdown_to_html, ToolLimits, Toolbox};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::os::unix::fs::{symlink, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A desk inside a parent folder that also holds things the tools must never reach.
struct Fixture {
    _tmp: tempfile::TempDir,
    parent: PathBuf,
    desk: PathBuf,
    inputs: HashSet<String>,
}

impl Fixture {
    fn toolbox(&self) -> Toolbox {
        Toolbox::new(self.desk.clone(), self.inputs.clone())
    }

    fn db(&self) -> PathBuf {
        self.desk.join(".desk").join("analysis.duckdb")
    }
}

fn fixture() -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let parent = tmp.path().canonicalize().unwrap();
    fs::write(parent.join("secret.txt"), "TOP SECRET\n").unwrap();
    fs::create_dir(parent.join("outside")).unwrap();
    fs::write(parent.join("outside").join("file.txt"), "outside\n").unwrap();
    let desk = parent.join("desk");
    fs::create_dir_all(desk.join(".desk").join("tmp")).unwrap();
    fs::write(desk.join("sales.csv"), "date,store,revenue\n2024-01-01,A,10\n").unwrap();
    fs::set_permissions(desk.join("sales.csv"), fs::Permissions::from_mode(0o444)).unwrap();
    fs::write(desk.join("notes.md"), "# Notes\nline two\n").unwrap();
    fs::create_dir(desk.join("sub")).unwrap();
    fs::write(desk.join("sub").join("inner.txt"), "inner\n").unwrap();
    fs::write(desk.join(".hidden.txt"), "hidden\n").unwrap();
    fs::write(desk.join("sub").join(".secret"), "hidden too\n").unwrap();
    symlink(parent.join("secret.txt"), desk.join("link_secret")).unwrap();
    symlink(parent.join("secret.txt"), desk.join("link_secret.md")).unwrap();
    symlink(parent.join("secret.txt"), desk.join("link_secret.png")).unwrap();
    symlink(parent.join("outside"), desk.join("link_dir")).unwrap();
    symlink("/etc", desk.join("link_abs")).unwrap();
    symlink("notes.md", desk.join("link_in")).unwrap();
    symlink("..", desk.join("sub").join("up")).unwrap();
    build_db(&desk.join(".desk").join("analysis.duckdb"));
    let inputs: HashSet<String> = ["sales.csv".to_string()].into_iter().collect();
    Fixture { _tmp: tmp, parent, desk, inputs }
}

/// A small typed analysis database, as the tables engine would leave it.
fn build_db(path: &Path) {
    let db = desk_core::engine::Database::open(path, &[]).unwrap();
    db.execute(
        "CREATE TABLE t (a BIGINT, b VARCHAR, c DOUBLE, d DATE);
         INSERT INTO t VALUES (1, 'x|y', 1.5, '2024-01-01'), (2, 'two', 2.5, '2024-01-02'), (3, NULL, NULL, '2024-01-03');
         CREATE TABLE big AS SELECT range + 1 AS n FROM range(1500) ORDER BY 1;
         CREATE TABLE sales AS
         SELECT DATE '2024-01-01' + CAST(d.day AS INTEGER) AS date,
                strftime(DATE '2024-01-01' + CAST(d.day AS INTEGER), '%Y-%m') AS month,
                s.store, c.category, u.units,
                u.units * (12.5 + c.ci * 7.25) * (1.0 + 0.3 * sin(d.day / 58.0)) AS revenue
         FROM range(365) d(day),
              (VALUES (0, 'North'), (1, 'South'), (2, 'East'), (3, 'West')) s(si, store),
              (VALUES (0, 'Books'), (1, 'Games'), (2, 'Music')) c(ci, category),
              LATERAL (SELECT 20 + ((d.day * 7 + s.si * 13 + c.ci * 5) % 37) + (d.day // 30) * (s.si + 1) + c.ci * 9 AS units) u
         ORDER BY d.day, s.si, c.ci;
         CHECKPOINT;",
    )
    .unwrap();
}

/// Everything under `root` without following links: path -> (type, mode, size, mtime, content hash or link).
fn walk(root: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(root).follow_links(false) {
        let entry = entry.unwrap();
        let m = fs::symlink_metadata(entry.path()).unwrap();
        let rel = entry.path().strip_prefix(root).unwrap().display().to_string();
        let what = if m.file_type().is_symlink() {
            format!("link -> {}", fs::read_link(entry.path()).unwrap().display())
        } else if m.is_dir() {
            format!("dir {:o}", m.mode())
        } else {
            let bytes = fs::read(entry.path()).unwrap();
            format!("file {:o} {} {} {:x}", m.mode(), m.len(), m.mtime_nsec(), Sha256::digest(&bytes))
        };
        out.insert(rel, what);
    }
    out
}

fn code(out: &ToolOutput) -> String {
    out.data.get("code").and_then(Value::as_str).unwrap_or("").to_string()
}

/// Paths a model (or data it read) might try; each must be refused by every tool that takes a path.
fn hostile_paths(f: &Fixture) -> Vec<String> {
    let secret = f.parent.join("secret.txt").display().to_string();
    vec![
        "/etc/passwd".into(),
        "/tmp".into(),
        "/".into(),
        secret.clone(),
        f.desk.join("notes.md").display().to_string(),
        " /etc/passwd".into(),
        "../secret.txt".into(),
        "../../etc/passwd".into(),
        "..".into(),
        "sub/../../secret.txt".into(),
        "./../secret.txt".into(),
        "sub/./../../secret.txt".into(),
        "sub/..".into(),
        "sub/inner.txt/../../secret.txt".into(),
        "..\\secret.txt".into(),
        "sub\\..\\..\\secret.txt".into(),
        "%2e%2e/secret.txt".into(),
        "%2e%2e%2fsecret.txt".into(),
        "..%2fsecret.txt".into(),
        "%252e%252e%252fsecret.txt".into(),
        "\u{2025}/secret.txt".into(),
        "\u{FF0E}\u{FF0E}/secret.txt".into(),
        "..\u{2215}secret.txt".into(),
        "sub\u{FF0F}..\u{FF0F}..\u{FF0F}secret.txt".into(),
        "secret\0.txt".into(),
        "notes.md\0/../../secret.txt".into(),
        "\u{202E}txt.terces".into(),
        ".desk/analysis.duckdb".into(),
        ".desk/tmp".into(),
        ".desk".into(),
        ".hidden.txt".into(),
        "sub/.secret".into(),
        "link_secret".into(),
        "link_secret.md".into(),
        "link_dir".into(),
        "link_dir/file.txt".into(),
        "link_dir/../secret.txt".into(),
        "link_abs/passwd".into(),
        "link_in".into(),
        "sub/up/secret.txt".into(),
        "sub/up".into(),
        "C:\\Windows\\win.ini".into(),
        "C:/secret.txt".into(),
        "\\\\server\\share\\secret.txt".into(),
        "~/secret.txt".into(),
        "file:///etc/passwd".into(),
        "a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s.txt".into(),
        format!("{}.txt", "x".repeat(300)),
        format!("{}secret.txt", "a/".repeat(600)),
    ]
}

/// Give a hostile path the extension a writing tool accepts, so refusals come from confinement.
fn with_ext(p: &str, ext: &str) -> String {
    if p.ends_with(&format!(".{ext}")) {
        p.to_string()
    } else if let Some(stem) = p.strip_suffix(".txt").or_else(|| p.strip_suffix(".md")) {
        format!("{stem}.{ext}")
    } else {
        format!("{p}/x.{ext}")
    }
}

fn assert_all_refused(f: &Fixture, tool: &str, inputs: Vec<Value>) {
    assert!(inputs.len() >= 30, "{tool}: the corpus must hold at least 30 attempts, has {}", inputs.len());
    let before = walk(&f.parent);
    let mut tb = f.toolbox();
    let mut codes = BTreeMap::<String, usize>::new();
    for input in &inputs {
        let out = tb.call(tool, input);
        assert!(!out.ok, "{tool} must refuse {input}, but it answered: {}", out.content);
        let c = code(&out);
        assert!(!c.is_empty(), "{tool} refused {input} without an error code: {out:?}");
        assert!(!out.content.contains("TOP SECRET"), "{tool} leaked the secret for {input}");
        *codes.entry(c).or_default() += 1;
    }
    let after = walk(&f.parent);
    assert_eq!(before, after, "{tool}: the refused attempts changed something in the desk or next to it");
    eprintln!("{tool}: {} attempts refused, codes {codes:?}", inputs.len());
}

#[test]
fn read_file_refuses_the_corpus() {
    let f = fixture();
    let inputs = hostile_paths(&f).into_iter().map(|p| json!({ "path": p })).collect();
    assert_all_refused(&f, "read_file", inputs);
}

#[test]
fn list_files_refuses_the_corpus() {
    let f = fixture();
    let inputs = hostile_paths(&f)
        .into_iter()
        .filter(|p| p.as_str() != "sub/..") // names the desk itself, which may be listed (checked below)
        .map(|p| json!({ "path": p }))
        .collect();
    assert_all_refused(&f, "list_files", inputs);
    // `sub/..` is refused too, for its '..' component.
    let out = f.toolbox().call("list_files", &json!({"path": "sub/.."}));
    assert!(!out.ok, "sub/.. must be refused: {}", out.content);
}

#[test]
fn write_file_refuses_the_corpus_and_inputs() {
    let f = fixture();
    let mut inputs: Vec<Value> =
        hostile_paths(&f).iter().map(|p| json!({ "path": with_ext(p, "md"), "content": "pwned" })).collect();
    for p in
        ["sales.csv", "SALES.CSV", "Sales.Csv", "./sales.csv", "sales.csv/", "sub/../sales.csv", "sub/inner.txt/x.md"]
    {
        inputs.push(json!({ "path": p, "content": "overwritten" }));
    }
    // Hidden or not-text outputs.
    for p in [".desk/tmp/x.md", "sub/.x.md", "report.exe", "report.md.sh", "report", "sub", "notes"] {
        inputs.push(json!({ "path": p, "content": "x" }));
    }
    inputs.push(json!({ "path": "big.txt", "content": "x".repeat(5 * 1024 * 1024 + 1) }));
    assert_all_refused(&f, "write_file", inputs);
}

#[test]
fn chart_output_refuses_the_corpus() {
    let f = fixture();
    let data = json!({"columns": ["x", "y"], "rows": [[1, 2], [2, 3]]});
    let mut inputs: Vec<Value> = hostile_paths(&f)
        .iter()
        .map(|p| json!({ "type": "line", "data": data, "output": with_ext(p, "png") }))
        .collect();
    for p in ["chart.md", "chart.svg", "sales.csv", ".chart.png"] {
        inputs.push(json!({ "type": "line", "data": data, "output": p }));
    }
    assert_all_refused(&f, "chart", inputs);
}

#[test]
fn files_inside_the_desk_work() {
    let f = fixture();
    let mut tb = f.toolbox();
    let list = tb.call("list_files", &json!({}));
    assert!(list.ok, "{}", list.content);
    let paths: Vec<&str> = list.data["files"].as_array().unwrap().iter().map(|v| v["path"].as_str().unwrap()).collect();
    assert_eq!(paths, vec!["notes.md", "sales.csv", "sub/inner.txt"], "hidden entries and links are never listed");
    assert!(list.content.contains("imported input"), "inputs are marked: {}", list.content);
    let sub = tb.call("list_files", &json!({"path": "sub/"}));
    assert_eq!(sub.data["files"][0]["path"], "sub/inner.txt");

    let read = tb.call("read_file", &json!({"path": "./notes.md"}));
    assert!(read.ok && read.content == "# Notes\nline two\n", "{read:?}");

    let w = tb.call("write_file", &json!({"path": "reports/q1/summary.md", "content": "# Q1\n"}));
    assert!(w.ok, "{}", w.content);
    assert_eq!(fs::read_to_string(f.desk.join("reports/q1/summary.md")).unwrap(), "# Q1\n");
    let again = tb.call("write_file", &json!({"path": "reports/q1/summary.md", "content": "# Q1 v2\n"}));
    assert!(again.ok && again.data["replaced"] == true, "an output may be rewritten: {again:?}");
    assert_eq!(
        fs::read_dir(f.desk.join(".desk/tmp")).unwrap().count(),
        0,
        "no temp file is left behind after atomic writes"
    );
    assert_eq!(fs::read_to_string(f.desk.join("sales.csv")).unwrap(), "date,store,revenue\n2024-01-01,A,10\n");
}

#[test]
fn read_file_is_bounded_and_text_only() {
    let f = fixture();
    let text: String = (1..=1000).map(|i| format!("line {i}\n")).collect();
    fs::write(f.desk.join("long.txt"), &text).unwrap();
    fs::write(f.desk.join("one-line.txt"), "y".repeat(300_000)).unwrap();
    fs::write(f.desk.join("blob.bin"), [0u8, 1, 2, 3, 0, 255, 254]).unwrap();
    let mut tb = f.toolbox();
    let out = tb.call("read_file", &json!({"path": "long.txt", "max_lines": 10}));
    assert!(out.ok);
    assert!(
        out.content.starts_with("line 1\n") && out.content.contains("line 10\n") && !out.content.contains("line 11\n")
    );
    assert!(out.content.contains("truncated") && out.content.contains("start_line=11"), "{}", out.content);
    let next = tb.call("read_file", &json!({"path": "long.txt", "start_line": 11, "max_lines": 2}));
    assert!(next.content.starts_with("line 11\nline 12\n"), "{}", next.content);
    let bytes = tb.call("read_file", &json!({"path": "long.txt", "max_bytes": 20}));
    assert_eq!(bytes.data["truncated"], true);
    assert!(bytes.content.starts_with("line 1\nline 2\nline 3"), "{}", bytes.content);
    let wide = tb.call("read_file", &json!({"path": "one-line.txt"}));
    assert!(wide.ok && wide.content.len() < 70_000, "a single huge line is bounded too");
    let bin = tb.call("read_file", &json!({"path": "blob.bin"}));
    assert_eq!(code(&bin), "binary_file", "{}", bin.content);
    let missing = tb.call("read_file", &json!({"path": "nope.txt"}));
    assert_eq!(code(&missing), "path_not_found");
    let folder = tb.call("read_file", &json!({"path": "sub"}));
    assert_eq!(code(&folder), "not_a_file");
    let bad = tb.call("read_file", &json!({"file": "notes.md"}));
    assert_eq!(code(&bad), "bad_input");
    let unknown = tb.call("rm_rf", &json!({}));
    assert_eq!(code(&unknown), "unknown_tool");
}

fn sha(path: &Path) -> String {
    format!("{:x}", Sha256::digest(fs::read(path).unwrap()))
}

#[test]
fn sql_refuses_writes_and_tricks() {
    let f = fixture();
    let db = f.db();
    let before_hash = sha(&db);
    let before = walk(&f.parent);
    let evil = f.parent.join("evil.db").display().to_string();
    let outside = f.parent.join("secret.txt").display().to_string();
    let inside = f.desk.join("sales.csv").display().to_string();
    // Each refusal of the read-only path, with the code it must get. Those that name a file name one
    // outside the desk, and one inside it (a desk's files are read only through its tables).
    let attempts = [
        (format!("ATTACH '{evil}' AS evil"), "sql_not_read_only"),
        (format!("ATTACH '{evil}' AS evil (TYPE sqlite)"), "sql_not_read_only"),
        (format!("COPY t TO '{evil}'"), "sql_not_read_only"),
        (format!("COPY (SELECT * FROM t) TO '{evil}' (FORMAT csv)"), "sql_not_read_only"),
        (format!("COPY t FROM '{inside}'"), "sql_not_read_only"),
        (format!("EXPORT DATABASE '{evil}'"), "sql_not_read_only"),
        (format!("SELECT * FROM read_csv('{outside}')"), "sql_not_read_only"),
        (format!("SELECT * FROM read_csv_auto('{inside}')"), "sql_not_read_only"),
        (format!("SELECT * FROM '{inside}'"), "sql_not_read_only"),
        (format!("SELECT * FROM read_text('{outside}')"), "sql_not_read_only"),
        (format!("SELECT * FROM read_blob('{outside}')"), "sql_not_read_only"),
        (format!("SELECT * FROM read_json('{outside}')"), "sql_not_read_only"),
        (format!("SELECT * FROM read_parquet('{evil}')"), "sql_not_read_only"),
        (format!("SELECT * FROM glob('{}/*')", f.parent.display()), "sql_not_read_only"),
        ("SELECT * FROM glob('*')".to_string(), "sql_not_read_only"),
        ("SELECT * FROM read_text('/etc/passwd')".to_string(), "sql_not_read_only"),
        ("SELECT * FROM read_csv('https://example.com/x.csv')".to_string(), "sql_not_read_only"),
        (format!("INSTALL '{evil}'"), "sql_not_read_only"),
        (format!("LOAD '{evil}'"), "sql_not_read_only"),
    ];
    let fixed = [
        ("INSERT INTO t VALUES (9, 'x', 1.0, '2024-01-09')", "sql_not_read_only"),
        ("INSERT INTO t SELECT * FROM t", "sql_not_read_only"),
        ("INSERT OR REPLACE INTO t VALUES (1, 'x', 1.0, '2024-01-01')", "sql_not_read_only"),
        ("UPDATE t SET a = 2", "sql_not_read_only"),
        ("DELETE FROM t", "sql_not_read_only"),
        ("WITH x AS (SELECT 1) DELETE FROM t", "sql_not_read_only"),
        ("MERGE INTO t USING (SELECT 1 AS a) s ON t.a = s.a WHEN MATCHED THEN DELETE", "sql_not_read_only"),
        ("TRUNCATE t", "sql_not_read_only"),
        ("CREATE TABLE u (x INTEGER)", "sql_not_read_only"),
        ("CREATE TEMP TABLE u (x INTEGER)", "sql_not_read_only"),
        ("CREATE TABLE u AS SELECT * FROM t", "sql_not_read_only"),
        ("CREATE VIEW v AS SELECT 1", "sql_not_read_only"),
        ("CREATE INDEX i ON t (a)", "sql_not_read_only"),
        ("CREATE MACRO m(x) AS x + 1", "sql_not_read_only"),
        ("CREATE SEQUENCE s", "sql_not_read_only"),
        ("CREATE SECRET (TYPE s3)", "sql_not_read_only"),
        ("DROP TABLE t", "sql_not_read_only"),
        ("ALTER TABLE t ADD COLUMN z INTEGER", "sql_not_read_only"),
        ("ALTER TABLE t RENAME TO t2", "sql_not_read_only"),
        ("ATTACH ':memory:' AS m", "sql_not_read_only"),
        ("DETACH DATABASE m", "sql_not_read_only"),
        ("USE memory", "sql_not_read_only"),
        ("INSTALL httpfs", "sql_not_read_only"),
        ("FORCE INSTALL httpfs", "sql_not_read_only"),
        ("LOAD httpfs", "sql_not_read_only"),
        ("UPDATE EXTENSIONS", "sql_not_read_only"),
        ("SET threads = 64", "sql_not_read_only"),
        ("SET memory_limit = '64GB'", "sql_not_read_only"),
        ("SET enable_external_access = true", "sql_not_read_only"),
        ("SET GLOBAL lock_configuration = false", "sql_not_read_only"),
        ("RESET threads", "sql_not_read_only"),
        ("PRAGMA threads = 64", "sql_not_read_only"),
        ("PRAGMA enable_profiling", "sql_not_read_only"),
        ("SET VARIABLE x = 1", "sql_not_read_only"),
        ("CALL pragma_table_info('t')", "sql_not_read_only"),
        ("CHECKPOINT", "sql_not_read_only"),
        ("FORCE CHECKPOINT", "sql_not_read_only"),
        ("VACUUM", "sql_not_read_only"),
        ("ANALYZE", "sql_not_read_only"),
        ("BEGIN", "sql_not_read_only"),
        ("COMMIT", "sql_not_read_only"),
        ("ROLLBACK", "sql_not_read_only"),
        ("PREPARE p AS SELECT 1", "sql_not_read_only"),
        ("EXECUTE p", "sql_not_read_only"),
        ("DEALLOCATE p", "sql_not_read_only"),
        ("SELECT 1; DROP TABLE t", "sql_multiple_statements"),
        ("SELECT 1; SELECT 2", "sql_multiple_statements"),
        ("SELECT 1;\n-- fine\n; DELETE FROM t", "sql_multiple_statements"),
        ("PIVOT t ON b", "sql_multiple_statements"),
        ("", "sql_empty"),
        ("  -- only a comment\n", "sql_empty"),
        ("SELEC 1", "sql_error"),
        ("SELECT * FROM no_such_table", "sql_error"),
        ("SELECT * FROM query('DELETE FROM t')", "sql_error"),
        ("SELECT $1", "sql_error"),
    ];
    let attempts: Vec<(String, &str)> =
        attempts.into_iter().chain(fixed.into_iter().map(|(q, c)| (q.to_string(), c))).collect();
    let mut tb = f.toolbox();
    // One long-lived connection too: a refused statement must not weaken it for the next one.
    let shared = desk_core::tools::sql::ReadOnlyDb::open(&db).unwrap();
    for round in 0..2 {
        for (q, want) in &attempts {
            let out = tb.call("sql", &json!({ "query": q }));
            assert!(!out.ok, "the sql tool must refuse {q:?}, but answered: {}", out.content);
            assert_eq!(code(&out), *want, "{q:?} refused with the wrong code: {}", out.content);
            let direct = shared.query(q, desk_core::tools::sql::SqlLimits::default());
            assert_eq!(direct.err().map(|e| e.code()), Some(*want), "round {round}: {q:?} on a shared connection");
        }
    }
    drop(shared);
    assert_eq!(sha(&db), before_hash, "the analysis database must be byte-for-byte unchanged");
    assert_eq!(walk(&f.parent), before, "no file appeared or changed (no journal, no attached database)");
    assert!(!Path::new(&evil).exists(), "neither ATTACH, COPY nor EXPORT created a file");
}

#[test]
fn sql_reads_with_row_cap_and_true_count() {
    let f = fixture();
    let mut tb = f.toolbox();
    let out = tb.call("sql", &json!({"query": "SELECT a, b, c FROM t ORDER BY a;  -- trailing comment\n"}));
    assert!(out.ok, "{}", out.content);
    assert_eq!(out.summary, "3 rows × 3 columns");
    assert!(out.content.starts_with("| a | b | c |\n| --- | --- | --- |\n| 1 | x\\|y | 1.5 |"), "{}", out.content);
    assert!(out.content.contains("| 3 | NULL | NULL |"));
    assert_eq!(out.data["columns"], json!(["a", "b", "c"]));
    assert_eq!(out.data["rows"][0], json!([1, "x|y", 1.5]));
    assert_eq!(out.data["total_rows"], 3);
    assert_eq!(out.data["truncated"], false);

    let big = tb.call("sql", &json!({"query": "SELECT n FROM big"}));
    assert!(big.ok);
    assert_eq!(big.summary, "1,500 rows × 1 column");
    assert_eq!(big.data["total_rows"], 1500, "the true row count is reported");
    assert_eq!(big.data["rows"].as_array().unwrap().len(), 1000, "the UI gets at most 1000 rows");
    assert_eq!(big.data["truncated"], true);
    assert_eq!(
        big.content.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| n") && !l.starts_with("| ---")).count(),
        200
    );
    assert!(big.content.contains("showing the first 200 of 1,500 rows"), "{}", big.content);

    for q in [
        "PRAGMA table_info(t)",
        "SELECT name FROM pragma_table_info('t')",
        "SELECT name FROM sqlite_master",
        "DESCRIBE t",
        "SHOW TABLES",
        "SUMMARIZE t",
        "EXPLAIN SELECT * FROM t",
        "FROM t",
        "SELECT current_setting('threads') AS threads",
        "SELECT [1, 2] AS list, {'k': 1} AS rec, INTERVAL 1 DAY AS span",
    ] {
        let out = tb.call("sql", &json!({ "query": q }));
        assert!(out.ok, "{q} is a read and must work: {}", out.content);
    }
    let recursive = tb.call(
        "sql",
        &json!({"query": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10) SELECT sum(x) AS s FROM c"}),
    );
    assert_eq!(recursive.data["rows"][0][0], 55);
}

#[test]
fn sql_runaway_stops_at_the_time_limit() {
    let f = fixture();
    let limits = ToolLimits { sql_time_limit: Duration::from_millis(300), ..ToolLimits::default() };
    let mut tb = f.toolbox().with_limits(limits);
    let out = tb.call(
        "sql",
        &json!({"query": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"}),
    );
    assert!(!out.ok);
    assert_eq!(code(&out), "sql_timeout", "{}", out.content);
    // Memory is bounded too: a text of gigabytes stops at the engine's memory limit (nothing spills to disk),
    // well before its time limit.
    let mut tb =
        f.toolbox().with_limits(ToolLimits { sql_time_limit: Duration::from_secs(60), ..ToolLimits::default() });
    let big = tb.call("sql", &json!({"query": "SELECT length(string_agg(repeat('x', 1000), '')) FROM range(3000000)"}));
    assert_eq!(code(&big), "sql_too_large", "{}", big.content);
    assert!(big.content.contains("512 MB"), "the limit is named: {}", big.content);
    // The connection is usable again afterwards.
    let ok = tb.call("sql", &json!({"query": "SELECT count(*) FROM t"}));
    assert!(ok.ok, "{}", ok.content);
}

#[test]
fn sql_without_an_analysis_db_is_a_clear_error() {
    let f = fixture();
    fs::remove_file(f.db()).unwrap();
    let out = f.toolbox().call("sql", &json!({"query": "SELECT 1"}));
    assert_eq!(code(&out), "no_analysis_db", "{}", out.content);
    assert!(!f.db().exists(), "a read-only query never creates the database");
}

/// Where rendered charts are copied so a person can look at them.
fn chart_dir() -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("charts");
    fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn every_chart_kind_renders() {
    let f = fixture();
    let mut tb = f.toolbox();
    let specs = vec![
        (
            "line_daily",
            json!({
            "type": "line", "title": "Daily revenue, all stores", "y_label": "Revenue ($)",
            "sql": "SELECT date, sum(revenue) AS revenue FROM sales GROUP BY date ORDER BY date", "x": "date", "y": "revenue",
            "output": "charts/line_daily.png"}),
        ),
        (
            "line_monthly_by_store",
            json!({
            "type": "line", "title": "Monthly revenue by store",
            "sql": "SELECT month, store, sum(revenue) AS revenue FROM sales GROUP BY 1, 2 ORDER BY 1", "x": "month",
            "y": "revenue", "group": "store", "output": "charts/line_monthly_by_store.png"}),
        ),
        (
            "bar",
            json!({
            "type": "bar", "title": "Units by category", "x_label": "Category", "y_label": "Units",
            "sql": "SELECT category, sum(units) AS units FROM sales GROUP BY 1 ORDER BY 2 DESC",
            "output": "charts/bar.png"}),
        ),
        (
            "grouped_bar",
            json!({
            "type": "grouped_bar", "title": "Revenue by store and category",
            "sql": "SELECT store, category, sum(revenue) AS revenue FROM sales GROUP BY 1, 2 ORDER BY 1, 2",
            "x": "store", "y": "revenue", "group": "category", "output": "charts/grouped_bar.png"}),
        ),
        (
            "stacked_bar",
            json!({
            "type": "stacked_bar", "title": "Monthly units, stacked by category", "y_label": "Units",
            "sql": "SELECT month, sum(units) FILTER (WHERE category = 'Books') AS Books, sum(units) FILTER (WHERE category = 'Games') AS Games, sum(units) FILTER (WHERE category = 'Music') AS Music FROM sales GROUP BY 1 ORDER BY 1",
            "x": "month", "y": ["Books", "Games", "Music"], "output": "charts/stacked_bar.png"}),
        ),
        (
            "area",
            json!({
            "type": "area", "title": "Weekly revenue: North vs South",
            "sql": "SELECT CAST(date_trunc('week', date) AS DATE) AS week, sum(revenue) FILTER (WHERE store = 'North') AS North, sum(revenue) FILTER (WHERE store = 'South') AS South FROM sales WHERE date < '2024-12-30' GROUP BY 1 ORDER BY 1",
            "x": "week", "y": ["North", "South"], "output": "charts/area.png"}),
        ),
        (
            "scatter",
            json!({
            "type": "scatter", "title": "Units vs revenue per store-day-category",
            "sql": "SELECT units, revenue, store FROM sales", "x": "units", "y": "revenue", "group": "store",
            "x_label": "Units sold", "y_label": "Revenue ($)", "output": "charts/scatter.png"}),
        ),
        (
            "histogram",
            json!({
            "type": "histogram", "title": "Distribution of daily revenue per store and category",
            "sql": "SELECT revenue FROM sales", "x": "revenue", "x_label": "Revenue ($)", "output": "charts/histogram.png"}),
        ),
        (
            "bar_many_long_labels",
            json!({
            "type": "bar", "title": "Revenue by month and store (long category labels turn)",
            "sql": "SELECT month || ' · ' || store AS label, sum(revenue) AS revenue FROM sales WHERE month <= '2024-06' GROUP BY 1 ORDER BY 1",
            "output": "charts/bar_many_long_labels.png"}),
        ),
        (
            "inline_negative",
            json!({
            "type": "bar", "title": "Profit by quarter (inline data, negatives)",
            "data": [{"quarter": "Q1", "profit": 125000.5}, {"quarter": "Q2", "profit": -48000}, {"quarter": "Q3", "profit": 2300000}, {"quarter": "Q4", "profit": 910000}],
            "x": "quarter", "y": "profit", "output": "charts/inline_negative.png"}),
        ),
        (
            "line_years_small",
            json!({
            "type": "line", "title": "Ratio by year",
            "data": {"columns": ["year", "ratio"], "rows": [[2019, 0.12], [2020, 0.18], [2021, 0.11], [2022, 0.25], [2023, 0.31]]},
            "output": "charts/line_years_small.png"}),
        ),
    ];
    let copies = chart_dir();
    for (name, spec) in specs {
        let out = tb.call("chart", &spec);
        assert!(out.ok, "{name}: {}", out.content);
        let path = f.desk.join(out.data["path"].as_str().unwrap());
        let bytes = fs::read(&path).unwrap();
        assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "{name} is a PNG");
        assert!(bytes.len() > 20_000, "{name} has content ({} bytes)", bytes.len());
        fs::write(copies.join(format!("{name}.png")), &bytes).unwrap();
    }
    eprintln!("charts copied to {}", copies.display());
    let kinds: HashSet<&str> = ["line", "bar", "grouped_bar", "stacked_bar", "area", "scatter", "histogram"].into();
    assert_eq!(kinds.len(), 7);
    // Spec errors are results, not crashes.
    let bad = tb.call("chart", &json!({"type": "pie", "data": [], "output": "x.png"}));
    assert_eq!(code(&bad), "bad_input");
    let no_col = tb.call("chart", &json!({"type": "line", "sql": "SELECT a FROM t", "y": "zzz", "output": "x.png"}));
    assert_eq!(code(&no_col), "chart_spec", "{}", no_col.content);
    let too_many = tb.call("chart", &json!({"type": "bar", "sql": "SELECT n, n FROM big", "output": "x.png"}));
    assert_eq!(code(&too_many), "chart_spec", "{}", too_many.content);
    let write = tb.call("chart", &json!({"type": "bar", "sql": "DELETE FROM t", "output": "x.png"}));
    assert_eq!(code(&write), "sql_not_read_only", "chart data goes through the read-only path");
    assert!(!f.desk.join("x.png").exists());
}

#[test]
fn markdown_is_sanitised() {
    let hostile = [
        ("<script>alert(1)</script>hi", "<script"),
        ("<img src=x onerror=alert(1)>", "onerror"),
        ("[click](javascript:alert(1))", "javascript:"),
        ("[click](JaVaScRiPt:alert(1))", "avascript"),
        ("[x](vbscript:msgbox(1))", "vbscript"),
        ("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>", "data:text/html"),
        ("![x](https://evil.example/track.png)", "evil.example"),
        ("![x](//evil.example/t.png)", "evil.example"),
        ("![x](file:///etc/passwd)", "file:"),
        ("![x](../../secret.png)", "secret.png"),
        ("![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)", "svg"),
        ("<iframe src=\"https://evil.example\"></iframe>", "<iframe"),
        ("<style>body{display:none}</style>", "<style"),
        ("<div style=\"position:fixed\">x</div>", "style="),
        ("<form action=\"https://evil.example\"><input></form>", "<form"),
        ("<svg onload=alert(1)>", "onload"),
        ("<object data=x></object><embed src=x>", "<object"),
        ("<a href=x onclick=alert(1)>x</a>", "onclick"),
        ("<meta http-equiv=refresh content=0;url=https://evil.example>", "<meta"),
        ("<base href=\"https://evil.example/\">", "<base"),
        ("<link rel=stylesheet href=https://evil.example/x.css>", "<link"),
        ("<p onmouseover=\"alert(1)\">x</p>", "onmouseover"),
    ];
    for (md, bad) in hostile {
        let html = markdown_to_html(md);
        assert!(
            !html.to_ascii_lowercase().contains(&bad.to_ascii_lowercase()),
            "{md:?} -> {html:?} still contains {bad:?}"
        );
    }
    let good = markdown_to_html(
        "# Report\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~old~~ **new** [site](https://example.com)\n\n![chart](charts/rev.png)\n\n![dot](data:image/png;base64,iVBORw0KGgo=)",
    );
    for want in [
        "<h1>",
        "<table>",
        "<del>old</del>",
        "<strong>new</strong>",
        "href=\"https://example.com\"",
        "rel=\"noopener noreferrer\"",
        "src=\"charts/rev.png\"",
        "src=\"data:image/png;base64,iVBORw0KGgo=\"",
    ] {
        assert!(good.contains(want), "expected {want:?} in {good}");
    }
}

#[test]
fn sql_reads_the_old_tables_while_a_rebuild_replaces_them() {
    let f = fixture();
    let reader = desk_core::tools::sql::ReadOnlyDb::open(&f.db()).unwrap();
    // A rebuild writes a new database beside it and renames it over the old one (see `tables`).
    let new = f.desk.join(".desk").join("tmp").join("build-x.duckdb");
    let db = desk_core::engine::Database::open(&new, &[]).unwrap();
    db.execute("CREATE TABLE t AS SELECT 42 AS a; CHECKPOINT").unwrap();
    drop(db);
    fs::rename(&new, f.db()).unwrap();
    let limits = desk_core::tools::sql::SqlLimits::default();
    let old = reader.query("SELECT count(*) AS n FROM t", limits).unwrap();
    assert_eq!(old.rows[0][0], 3, "a reader that had the database open goes on reading the old tables");
    let out = f.toolbox().call("sql", &json!({"query": "SELECT a FROM t"}));
    assert_eq!(out.data["rows"], json!([[42]]), "the next query reads the new ones: {}", out.content);
}

/// `desk sql` runs the same read-only path from the command line.
#[test]
fn desk_sql_cli() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let desk = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_desk"))
            .arg("--data-dir")
            .arg(&data)
            .args(args)
            .env_remove("DESK_DATA_DIR")
            .output()
            .unwrap()
    };
    let new = desk(&["new"]);
    assert!(new.status.success());
    let id = String::from_utf8(new.stdout).unwrap().trim().to_string();
    // No analysis database yet: a clear error with a code.
    let none = desk(&["sql", &id, "SELECT 1", "--json"]);
    assert_eq!(none.status.code(), Some(1));
    let body: Value = serde_json::from_slice(&none.stdout).unwrap();
    assert_eq!(body["code"], "no_analysis_db", "{body}");

    let db = data.join("desks").join(&id).join(".desk").join("analysis.duckdb");
    build_db(&db);
    let before = sha(&db);
    let out = desk(&["sql", &id, "SELECT store, count(*) AS n FROM sales GROUP BY store ORDER BY store", "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["columns"], json!(["store", "n"]));
    assert_eq!(v["total_rows"], 4);
    assert_eq!(v["rows"][0], json!(["East", 1095]));
    let text = desk(&["sql", &id, "SELECT n FROM big", "--max-rows", "3"]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.starts_with("| n |\n| --- |\n| 1 |\n| 2 |\n| 3 |\n"), "{text}");
    assert!(text.trim_end().ends_with("1,500 rows × 1 column"), "{text}");
    let refused = desk(&["sql", &id, "DROP TABLE sales", "--json"]);
    assert_eq!(refused.status.code(), Some(1));
    let body: Value = serde_json::from_slice(&refused.stdout).unwrap();
    assert_eq!(body["code"], "sql_not_read_only");
    let runaway = desk(&[
        "sql",
        &id,
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c",
        "--timeout",
        "0.3",
        "--json",
    ]);
    let body: Value = serde_json::from_slice(&runaway.stdout).unwrap();
    assert_eq!(body["code"], "sql_timeout");
    assert_eq!(sha(&db), before, "the CLI never changes the analysis database");
    let bad_id = desk(&["sql", "../../etc", "SELECT 1", "--json"]);
    let body: Value = serde_json::from_slice(&bad_id.stdout).unwrap();
    assert_eq!(body["code"], "invalid_id");
}

#[test]
fn chart_edge_cases_are_results_not_crashes() {
    let f = fixture();
    let mut tb = f.toolbox();
    let hours: Vec<Value> = (0..48)
        .map(|h| json!([format!("2024-03-{:02}T{:02}:00:00", 1 + h / 24, h % 24), (h * 37 % 11) as f64 * 1.5]))
        .collect();
    let ok_cases = vec![
        (
            "datetime_hours",
            json!({"type": "line", "title": "Hourly readings", "data": {"columns": ["ts", "value"], "rows": hours}, "output": "edge/datetime_hours.png"}),
        ),
        ("single_point", json!({"type": "line", "data": [{"x": 1, "y": 5}], "output": "edge/single.png"})),
        (
            "constant",
            json!({"type": "scatter", "data": [{"x": 3, "y": 0}, {"x": 3, "y": 0}], "output": "edge/constant.png"}),
        ),
        (
            "category_line",
            json!({"type": "line", "title": "Satisfaction by step", "data": [{"step": "Sign-up", "score": 4.1}, {"step": "Onboarding", "score": 3.2}, {"step": "First order", "score": 4.6}], "output": "edge/category_line.png"}),
        ),
        (
            "nulls_and_text",
            json!({"type": "bar", "data": {"columns": ["k", "v"], "rows": [["a", null], [null, 2], ["c", "3.5"], ["d", "n/a"]]}, "output": "edge/nulls.png"}),
        ),
        (
            "huge_and_tiny",
            json!({"type": "line", "data": {"columns": ["x", "y"], "rows": [[0, 1e300], [1, 0.000001], [2, 0.000003]]}, "output": "edge/tiny.png"}),
        ),
        (
            "histogram_one_value",
            json!({"type": "histogram", "data": {"columns": ["v"], "rows": [[7], [7], [7]]}, "output": "edge/hist_one.png"}),
        ),
        (
            "wide_x_numbers",
            json!({"type": "scatter", "title": "Wide x labels thin out", "data": {"columns": ["budget", "return"], "rows": [[0, 1.0], [1234567.5, 2.5], [6543210, 3.5], [12345678, 7.25]]}, "output": "edge/wide_x.png"}),
        ),
        (
            "long_title",
            json!({"type": "bar", "title": "A very long title ".repeat(12), "data": [{"k": "x", "v": 1}], "output": "edge/long_title.png"}),
        ),
    ];
    for (name, spec) in ok_cases {
        let out = tb.call("chart", &spec);
        assert!(out.ok, "{name}: {}", out.content);
        fs::copy(f.desk.join(out.data["path"].as_str().unwrap()), chart_dir().join(format!("edge_{name}.png")))
            .unwrap();
    }
    let many_groups: Vec<Value> = (0..9).map(|g| json!({"x": 1, "y": g, "g": format!("g{g}")})).collect();
    let many_cats: Vec<Value> = (0..61).map(|c| json!({"k": format!("c{c}"), "v": c})).collect();
    let err_cases = vec![
        json!({"type": "line", "data": [], "output": "e.png"}),
        json!({"type": "line", "data": {"columns": ["a"], "rows": [["x"], ["y"]]}, "output": "e.png"}),
        json!({"type": "line", "data": many_groups, "x": "x", "y": "y", "group": "g", "output": "e.png"}),
        json!({"type": "bar", "data": many_cats, "output": "e.png"}),
        json!({"type": "line", "data": [{"x": 1, "y": 2}], "y": ["y", "x"], "group": "x", "output": "e.png"}),
        json!({"type": "line", "sql": "SELECT 1", "data": [{"x": 1}], "output": "e.png"}),
        json!({"type": "line", "output": "e.png"}),
        json!({"type": "histogram", "data": [{"v": "text"}], "output": "e.png"}),
    ];
    for spec in err_cases {
        let out = tb.call("chart", &spec);
        assert!(!out.ok && !code(&out).is_empty(), "{spec} must be an error result: {}", out.content);
    }
    assert!(!f.desk.join("e.png").exists());
}
