//! Shared helpers of the offline suite: a desk per dataset, one real turn per question, numbers in text.

use desk_core::agent::{run_turn_blocking, CancelToken, ProviderKind, ProviderSettings, TurnRequest, TurnStatus};
use desk_core::office::Office;
use desk_core::tools::Toolbox;
use desk_core::wire::Event;
use std::path::{Path, PathBuf};

pub struct Desk {
    pub _dir: tempfile::TempDir,
    pub office: Office,
    pub id: String,
    pub desk: PathBuf,
}

pub fn vega(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/vega").join(name)
}

/// A fresh conversation whose desk holds `files` (or the sample data when empty).
pub fn desk_with(files: &[PathBuf]) -> Desk {
    let dir = tempfile::tempdir().unwrap();
    let mut office = Office::open(&dir.path().join("data")).unwrap();
    let c = office.new_conversation(Some("offline suite")).unwrap();
    let id = office.resolve(&c.id).unwrap();
    if files.is_empty() {
        let out = office.import_sample(&id).unwrap();
        assert!(out.iter().all(|o| o.ok), "the sample data imports");
    } else {
        let out = office.import_paths(&id, files, &mut |_, _, _| {}).unwrap();
        assert!(out.iter().all(|o| o.ok), "the dataset imports");
    }
    let desk = office.desk_dir(&id).unwrap();
    desk_core::tables::sync(&desk, &mut |_| {}).unwrap();
    Desk { _dir: dir, office, id: c.id, desk }
}

pub struct Answer {
    pub reply: String,
    pub report: String,
    pub events: Vec<Event>,
}

impl Answer {
    pub fn tools(&self) -> Vec<String> {
        self.events
            .iter()
            .filter_map(|e| match e {
                Event::ToolStart { name, .. } => Some(name.clone()),
                _ => None,
            })
            .collect()
    }
    pub fn artifacts(&self) -> Vec<String> {
        self.events
            .iter()
            .filter_map(|e| match e {
                Event::ArtifactUpdate(u) => Some(u.path.clone()),
                _ => None,
            })
            .collect()
    }
}

/// One real turn with the offline provider and the real toolbox.
pub fn ask(d: &mut Desk, question: &str) -> Answer {
    let id = d.office.resolve(&d.id).unwrap();
    let mut tools = Toolbox::new(d.desk.clone(), d.office.input_names(&id).unwrap());
    let mut req = TurnRequest::new(&d.id, question, ProviderSettings::new(ProviderKind::Offline));
    req.offline = Some(desk_core::analyst::offline());
    let mut events = Vec::new();
    let _ = std::fs::remove_file(d.desk.join("report.md"));
    let out = run_turn_blocking(&mut d.office, &req, &mut tools, &mut |e| events.push(e), &CancelToken::new()).unwrap();
    assert_eq!(out.status, TurnStatus::Complete, "{question}: the turn completes: {:?}", out.error);
    let reply: String = events
        .iter()
        .filter_map(|e| match e {
            Event::TextDelta { text } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    let report = std::fs::read_to_string(d.desk.join("report.md")).unwrap_or_default();
    record(question, &reply, &report);
    Answer { reply, report, events }
}

/// With `DESK_SUITE_REPLIES=PATH`, every turn's question, reply and report is appended to PATH as one JSON
/// line (with the test it ran in and its turn number there), so two runs of the suite (before and after a
/// change of the engine or the compiler) can be compared reply by reply.
fn record(question: &str, reply: &str, report: &str) {
    use std::io::Write;
    static TURNS: std::sync::Mutex<Vec<(String, usize)>> = std::sync::Mutex::new(Vec::new());
    let Some(path) = std::env::var_os("DESK_SUITE_REPLIES") else { return };
    let test = std::thread::current().name().unwrap_or("?").to_string();
    let mut turns = TURNS.lock().unwrap();
    let n = match turns.iter_mut().find(|(t, _)| *t == test) {
        Some((_, n)) => {
            *n += 1;
            *n
        }
        None => {
            turns.push((test.clone(), 1));
            1
        }
    };
    let line = serde_json::json!({"test": test, "turn": n, "question": question, "reply": reply, "report": report});
    let mut f = std::fs::OpenOptions::new().create(true).append(true).open(path).unwrap();
    f.write_all(format!("{line}\n").as_bytes()).unwrap();
}

/// A number computed by hand-written SQL on the desk's analysis database.
/// `SQRT <query>` takes the signed square root of the query's value in Rust.
pub fn sql_num(d: &Desk, sql: &str) -> f64 {
    if let Some(rest) = sql.strip_prefix("SQRT ") {
        let v = sql_num(d, rest);
        return v.signum() * v.abs().sqrt();
    }
    let v = first_value(d, sql);
    v.as_f64().unwrap_or_else(|| panic!("expected-value SQL gave {v} (not a number): {sql}"))
}

/// A text value computed by hand-written SQL on the desk's analysis database.
pub fn sql_text(d: &Desk, sql: &str) -> String {
    match first_value(d, sql) {
        serde_json::Value::String(s) => s,
        v => panic!("expected-value SQL gave {v} (not text): {sql}"),
    }
}

/// The first value of a hand-written query, read through the same read-only path as the analyst's.
fn first_value(d: &Desk, sql: &str) -> serde_json::Value {
    let limits = desk_core::tools::sql::SqlLimits { max_rows: 1, time_limit: std::time::Duration::from_secs(60) };
    let r = desk_core::tools::sql::query_desk(&d.desk, sql, limits)
        .unwrap_or_else(|e| panic!("expected-value SQL failed ({e}): {sql}"));
    r.rows
        .first()
        .and_then(|row| row.first())
        .cloned()
        .unwrap_or_else(|| panic!("expected-value SQL gave no row: {sql}"))
}

/// Every number written in `text` with the decimals it was written with ("1,234.50" -> (1234.5, 2)).
pub fn numbers(text: &str) -> Vec<(f64, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let starts = c.is_ascii_digit() && (i == 0 || !(chars[i - 1].is_ascii_alphanumeric() || chars[i - 1] == '.'));
        if !starts {
            i += 1;
            continue;
        }
        let negative = i > 0 && chars[i - 1] == '-' && (i == 1 || !chars[i - 2].is_ascii_alphanumeric());
        let mut s = String::new();
        let mut decimals = 0;
        let mut seen_dot = false;
        while i < chars.len() {
            let c = chars[i];
            if c.is_ascii_digit() {
                s.push(c);
                if seen_dot {
                    decimals += 1;
                }
            } else if c == ','
                && !seen_dot
                && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit())
                && chars.get(i + 3).is_some_and(|n| n.is_ascii_digit())
            {
            } else if c == '.' && !seen_dot && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit()) {
                seen_dot = true;
                s.push('.');
            } else {
                break;
            }
            i += 1;
        }
        if let Ok(v) = s.parse::<f64>() {
            out.push((if negative { -v } else { v }, decimals));
        }
    }
    out
}

/// Whether `text` states `expected` (rounded to the decimals it was written with).
pub fn states(text: &str, expected: f64) -> bool {
    numbers(text).iter().any(|(v, d)| {
        let tol = 0.5 * 10f64.powi(-(*d as i32)) + 1e-9 * expected.abs();
        (v - expected).abs() <= tol || (v + expected).abs() <= tol && expected < 0.0 && *v < 0.0
    })
}

#[test]
fn numbers_are_read_with_their_decimals() {
    assert_eq!(
        numbers("Total 1,234,567.89 and 12.50% (+3.1%) in 2026-03, -4"),
        vec![(1234567.89, 2), (12.5, 2), (3.1, 1), (2026.0, 0), (3.0, 0), (-4.0, 0)]
    );
    assert!(states("is 1,076,689.43.", 1076689.4299));
    assert!(!states("is 1,076,689.43.", 1076689.44));
}
