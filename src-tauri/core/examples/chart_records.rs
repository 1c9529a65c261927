//! The chart tool given inline data as records with many different keys (issue 12, hole 3): prints the
//! wall time of one call per record count. Before the fix the work grew faster than the square of the
//! count (7 / 36 / 118 s for 8k / 16k / 32k one-key records); now the key limit is checked as the
//! records are read, in one linear pass.
//!
//! cargo run --release -p desk-core --example chart_records [-- COUNT...]

#![allow(clippy::unwrap_used, clippy::expect_used)]

use desk_core::tool_api::ToolRunner;
use desk_core::tools::Toolbox;
use serde_json::{json, Value};
use std::time::Instant;

fn main() {
    let counts: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let counts = if counts.is_empty() { vec![8_000, 16_000, 32_000] } else { counts };
    let dir = tempfile::tempdir().expect("temp dir");
    let desk = dir.path().join("desk");
    std::fs::create_dir_all(desk.join(".desk").join("tmp")).expect("desk");
    let mut tools = Toolbox::new(desk, Default::default());
    for n in counts {
        let records: Vec<Value> = (0..n).map(|i| json!({ format!("k{i}"): i })).collect();
        let spec = json!({"type": "bar", "output": "c.png", "data": records});
        let args = spec.to_string().len();
        let t = Instant::now();
        let out = tools.call("chart", &spec);
        println!(
            "{n:>7} one-key records ({:>5} KiB of arguments): {:>8.3} s  {}",
            args >> 10,
            t.elapsed().as_secs_f64(),
            out.summary.chars().take(100).collect::<String>()
        );
    }
}
