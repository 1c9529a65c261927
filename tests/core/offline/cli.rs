//! `desk sample` and `desk ask --json` with the offline analyst, end to end through the real binary.

use super::harness::numbers;
use crate::support::{desk, json_lines, stdout};

#[test]
fn sample_then_ask_prints_the_wire_events() {
    let dir = tempfile::tempdir().unwrap();
    let id = stdout(&desk(dir.path(), &["new"])).trim().to_string();
    let out = desk(dir.path(), &["sample", &id, "--json"]);
    assert!(out.status.success(), "desk sample succeeds: {}", String::from_utf8_lossy(&out.stderr));
    let lines = json_lines(&out);
    let names: Vec<&str> = lines.iter().map(|l| l["stored_as"].as_str().unwrap_or("")).collect();
    assert_eq!(names, ["orders.csv", "customers.csv", "products.csv", "stores.csv"], "one import line per sample file");
    assert!(lines.iter().all(|l| l["ok"] == true));

    let out = desk(dir.path(), &["ask", &id, "total revenue by region", "--json"]);
    assert!(out.status.success(), "the offline turn completes: {}", String::from_utf8_lossy(&out.stderr));
    let events = json_lines(&out);
    let kinds: Vec<&str> = events.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(kinds.first(), Some(&"session_start"));
    assert_eq!(kinds.last(), Some(&"complete"));
    let tools: Vec<&str> =
        events.iter().filter(|e| e["type"] == "tool_start").map(|e| e["name"].as_str().unwrap()).collect();
    assert!(tools.contains(&"sql") && tools.contains(&"chart") && tools.contains(&"write_file"), "{tools:?}");
    let artifacts: Vec<&str> =
        events.iter().filter(|e| e["type"] == "artifact_update").map(|e| e["path"].as_str().unwrap()).collect();
    assert!(artifacts.iter().any(|p| p.ends_with(".png")), "a chart was announced: {artifacts:?}");
    assert!(artifacts.contains(&"report.md"), "the report was announced: {artifacts:?}");
    assert_eq!(events.last().unwrap()["receipt"]["provider"], "offline");
    let text: String =
        events.iter().filter(|e| e["type"] == "text_delta").map(|e| e["text"].as_str().unwrap()).collect();
    // The grand total, independently: the sum of the shipped orders file's revenue column.
    let csv = desk_core::analyst::sample::FILES[0].1;
    let total: f64 = csv.lines().skip(1).filter_map(|l| l.rsplit(',').next()?.parse::<f64>().ok()).sum();
    assert!(
        numbers(&text).iter().any(|(v, _)| (v - total).abs() < 0.006),
        "the reply states the grand total {total}: {text}"
    );
}

#[test]
fn ambiguous_questions_state_their_assumption() {
    let dir = tempfile::tempdir().unwrap();
    let id = stdout(&desk(dir.path(), &["new"])).trim().to_string();
    assert!(desk(dir.path(), &["sample", &id]).status.success());
    let out = desk(dir.path(), &["ask", &id, "revenue in March"]);
    let text = stdout(&out);
    assert!(text.contains("Assumption: March means March 2026"), "the year it chose is said: {text}");
    let out = desk(dir.path(), &["ask", &id, "which region grew fastest?"]);
    let text = stdout(&out);
    assert!(text.contains("Assumption: no measure was named, so this uses revenue"), "{text}");
}
