//! The sql tool's hash aggregate against SQLite's own grouping: every query here runs both ways on
//! the same read-only database and must give the same columns, values (bit for bit), order and count,
//! or the same error. Some queries must take the hash path, some must be declined by it.

use desk_core::tools::sql::{QueryResult, ReadOnlyDb, SqlLimits};
use std::path::Path;

fn build(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "CREATE TABLE t (id INTEGER, g TEXT, h TEXT, d DATE, i INTEGER, r REAL, big INTEGER, mixed, z REAL);
         CREATE TABLE u (g TEXT, name TEXT);
         INSERT INTO u VALUES ('a', 'Alpha'), ('b', 'Beta'), ('c', 'Gamma'), ('d', 'Alpha');",
    )
    .unwrap();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut ins = conn.prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)").unwrap();
    conn.execute_batch("BEGIN").unwrap();
    for id in 0..20_000i64 {
        let g = ["a", "b", "c", "d", "e"][(next() % 5) as usize];
        let h: Option<String> = match next() % 7 {
            0 => None,
            k => Some(format!("H{k}")),
        };
        let d = format!("202{}-{:02}-{:02}", next() % 3, next() % 12 + 1, next() % 28 + 1);
        let i: Option<i64> = if next() % 11 == 0 { None } else { Some((next() % 2000) as i64 - 500) };
        let r: Option<f64> = match next() % 13 {
            0 => None,
            1 => Some(1e15 + (next() % 100) as f64 / 100.0),
            2 => Some(-((next() % 100_000) as f64) / 1000.0),
            _ => Some((next() % 1_000_000) as f64 / 100.0),
        };
        let big = if g == "e" { i64::MAX / 3 } else { (next() % 1000) as i64 };
        let mixed: rusqlite::types::Value = match next() % 4 {
            0 => rusqlite::types::Value::Integer(1),
            1 => rusqlite::types::Value::Real(1.0),
            2 => rusqlite::types::Value::Text("1".into()),
            _ => rusqlite::types::Value::Integer((next() % 5) as i64),
        };
        let z = if next() % 2 == 0 { 0.0f64 } else { -0.0f64 };
        ins.execute(rusqlite::params![id, g, h, d, i, r, big, mixed, z]).unwrap();
    }
    conn.execute_batch("COMMIT").unwrap();
}

fn run(db: &mut ReadOnlyDb, hash: bool, q: &str) -> (Result<QueryResult, String>, bool) {
    db.set_hash_aggregates(hash);
    let limits = SqlLimits { max_rows: 100_000, ..SqlLimits::default() };
    let r = db.query(q, limits).map_err(|e| e.to_string());
    (r, db.answered_by_hash())
}

#[test]
fn hash_aggregate_answers_exactly_like_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.sqlite3");
    build(&path);
    let mut db = ReadOnlyDb::open(&path).unwrap();
    // (query, must the hash path answer it?)
    let cases: &[(&str, bool)] = &[
        ("SELECT g, sum(r), sum(i), count(*), count(i), avg(r), avg(i), min(r), max(r), min(h), max(h), total(i), total(r) FROM t GROUP BY g", true),
        ("SELECT substr(d, 1, 7) AS month, g, sum(r) AS r, sum(i) AS i FROM t GROUP BY 1, 2 ORDER BY 1, 2", true),
        ("SELECT strftime('%Y-%m', d) AS month, sum(r) AS total FROM t GROUP BY month ORDER BY total DESC LIMIT 5", true),
        ("select h, count(*) n, max(d) from t group by h", true),
        ("SELECT h, count(*) FROM t GROUP BY h ORDER BY h DESC", true),
        ("SELECT h, count(*) FROM t GROUP BY h ORDER BY 1 NULLS LAST", true),
        ("SELECT h, count(*) FROM t GROUP BY h ORDER BY 1 DESC NULLS FIRST", true),
        ("SELECT g, h, avg(r) FROM t WHERE i > 10 AND g IN ('a', 'b') GROUP BY g, h", true),
        ("SELECT u.name, sum(t.r) AS rev, count(*) AS n FROM t JOIN u ON u.g = t.g GROUP BY u.name ORDER BY rev DESC", true),
        ("SELECT u.name, sum(t.r) FROM t LEFT JOIN u ON u.g = t.g GROUP BY u.name", true),
        ("WITH x AS (SELECT * FROM t WHERE i IS NOT NULL) SELECT g, count(*), sum(i) FROM x GROUP BY g", true),
        ("SELECT g, sum(r) FROM t WHERE 0 GROUP BY g", true),
        ("SELECT i % 7 AS k, sum(r), min(i), max(i) FROM t GROUP BY k LIMIT 3 OFFSET 2", true),
        ("SELECT i % 7 AS k, sum(r) FROM t GROUP BY k LIMIT 2, 3", true),
        ("SELECT g, sum(big) FROM t WHERE g <> 'e' GROUP BY g", true),
        ("SELECT g, avg(big), total(big) FROM t GROUP BY g", true),
        ("SELECT \"g\", SUM(\"r\") AS \"Revenue\" FROM \"t\" GROUP BY \"g\" ORDER BY \"Revenue\"", true),
        ("SELECT d, sum(r) FROM t GROUP BY d ORDER BY d;", true),
        ("SELECT g, count(*) AS n FROM t GROUP BY g ORDER BY n DESC, g", true),
        ("SELECT substr(d, 1, 4) AS y, h, count(r), sum(r) FROM t GROUP BY y, h ORDER BY y, h", true),
        ("SELECT g, min(d), max(d) FROM t GROUP BY g -- a comment", true),
        ("SELECT g, max(r) FROM /* inline */ t GROUP BY g", true),
        // Inner GROUP BY subqueries answered first, the rest by SQLite.
        ("SELECT u.name, sum(v) AS value, 100.0 * sum(v) / SUM(sum(v)) OVER () AS share FROM (SELECT t.g AS key, sum(t.r) AS v FROM t GROUP BY 1) AS x LEFT JOIN u ON x.key = u.g GROUP BY 1 ORDER BY value DESC", true),
        ("WITH m AS (SELECT substr(d, 1, 7) AS p, g, sum(r) AS v FROM t GROUP BY 1, 2), b AS (SELECT min(p) AS p0 FROM m) SELECT m.* FROM m, b WHERE m.p = b.p0 ORDER BY g", true),
        ("SELECT p, value - LAG(value) OVER (ORDER BY p) FROM (SELECT substr(d, 1, 4) AS p, sum(i) AS value FROM t GROUP BY 1) ORDER BY 1", true),
        ("SELECT count(*) FROM t WHERE i IN (SELECT i FROM t GROUP BY i ORDER BY 1 LIMIT 20)", true),
        ("SELECT * FROM (SELECT id AS k, count(*) AS n FROM t WHERE id < 100 GROUP BY 1) WHERE k = '7'", true),
        ("SELECT * FROM (SELECT id AS k, count(*) AS n FROM t GROUP BY 1) WHERE k = '7'", false),
        ("SELECT * FROM (SELECT d AS k, count(*) AS n FROM t GROUP BY 1) WHERE k > 2021", false),
        ("SELECT * FROM (SELECT mixed AS k, count(*) AS n FROM t GROUP BY 1)", false),
        // SQLite's own errors and the values the hash path leaves to SQLite.
        ("SELECT g, sum(big) FROM t GROUP BY g", false),
        ("SELECT mixed, count(*) FROM t GROUP BY mixed", false),
        ("SELECT g, sum(mixed) FROM t GROUP BY g", false),
        ("SELECT g, min(r * 0.0), max(r * 0.0) FROM t GROUP BY g", false),
        ("SELECT g, min(z), max(z) FROM t GROUP BY g", true),
                ("SELECT round(abs(r) / 1e9) AS k, count(*) FROM t GROUP BY k", true),
        ("SELECT z * sign(r) AS k, count(*) FROM t GROUP BY k", false),
        ("SELECT substr(g, 1, 1) AS g, count(*) FROM t GROUP BY g", false),
        ("SELECT g, sum(r) FROM t GROUP BY g HAVING sum(r) > 0", false),
        ("SELECT g, round(sum(r), 2) FROM t GROUP BY g", false),
        ("SELECT g, h, sum(r) FROM t GROUP BY g", false),
        ("SELECT g, count(DISTINCT h) FROM t GROUP BY g", false),
        ("SELECT g, sum(r) FROM t", false),
        ("SELECT g, sum(r) FROM t GROUP BY g ORDER BY max(r)", false),
        ("SELECT g, nosuchfn(r) FROM t GROUP BY g", false),
    ];
    for (q, hashed) in cases {
        let (slow, slow_hashed) = run(&mut db, false, q);
        let (fast, fast_hashed) = run(&mut db, true, q);
        assert!(!slow_hashed, "{q}");
        assert_eq!(fast_hashed, *hashed, "hash path taken? {q}: {fast:?}");
        match (&slow, &fast) {
            (Ok(a), Ok(b)) => {
                assert_eq!(a.columns, b.columns, "{q}");
                assert_eq!(a.total_rows, b.total_rows, "{q}");
                assert_eq!(a.rows.len(), b.rows.len(), "{q}");
                for (x, y) in a.rows.iter().zip(&b.rows) {
                    // Bit for bit: compare the JSON text, which keeps every digit of a float.
                    assert_eq!(serde_json::to_string(x).unwrap(), serde_json::to_string(y).unwrap(), "{q}");
                }
            }
            (Err(a), Err(b)) => assert_eq!(a, b, "{q}"),
            _ => panic!("{q}: {slow:?} vs {fast:?}"),
        }
    }
}

#[test]
fn hash_aggregate_keeps_the_time_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.sqlite3");
    build(&path);
    let db = ReadOnlyDb::open(&path).unwrap();
    let q = "SELECT a.g, count(*) FROM t AS a, t AS b GROUP BY a.g";
    let limits = SqlLimits { max_rows: 10, time_limit: std::time::Duration::from_millis(200) };
    let t = std::time::Instant::now();
    let e = db.query(q, limits).unwrap_err();
    assert_eq!(e.code(), "sql_timeout", "{e}");
    assert!(t.elapsed() < std::time::Duration::from_secs(5));
}
