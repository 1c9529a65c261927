//! Peak memory and time of the table build on inputs that push its limits: a workbook zip bomb (a few
//! megabytes inflating to gigabytes), one under the inflate bound that stops at the cell bound, a CSV
//! with a 20 MB cell, and a small CSV for reference. Each case runs `tables::sync` in a child process,
//! so its peak RSS (VmHWM) is its own. Prints one line per case; asserts nothing.
//!
//! Run: `cargo run --release -p desk-core --example table_limits [-- CASE...]`
//! (cases: small, cell20mb, bomb, bomb_cells; default all). Files go under `$DESK_BENCH_DIR` (default:
//! the system temp dir).

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/bomb.rs"]
mod bomb;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const CASES: [&str; 4] = ["small", "cell20mb", "bomb", "bomb_cells"];

fn peak_rss_mib() -> f64 {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

/// Write the input of `case` into a fresh desk folder; returns a description of it.
fn prepare(case: &str, desk: &Path) -> String {
    fs::create_dir_all(desk).unwrap();
    match case {
        "small" => {
            let rows: String = (0..1000).map(|i| format!("{i},region {},{}.5\n", i % 7, i)).collect();
            fs::write(desk.join("small.csv"), format!("id,region,revenue\n{rows}")).unwrap();
            "small.csv: 1,000 rows".into()
        }
        "cell20mb" => {
            let cell: String = "lorem ipsum dolor sit amet ".chars().cycle().take(20 << 20).collect();
            let mut text = String::from("id,note,amount\n");
            for i in 0..1000 {
                text.push_str(&format!("{i},short note {i},{i}\n"));
            }
            text.push_str(&format!("1000,\"{cell}\",1000\n"));
            fs::write(desk.join("cell.csv"), text).unwrap();
            "cell.csv: 1,001 rows, one cell of 20 MiB".into()
        }
        "bomb" | "bomb_cells" => {
            // The first inflates past the bound on what a workbook may inflate to, the second stays
            // under it and stops at the bound on cells.
            let bytes = if case == "bomb" { 4_000_000_000 } else { 1_900_000_000 };
            let (inflated, cells) = bomb::xlsx_bomb(&desk.join("bomb.xlsx"), bytes);
            let size = fs::metadata(desk.join("bomb.xlsx")).unwrap().len();
            format!(
                "bomb.xlsx: {:.1} MB inflating to {:.2} GB ({cells} cells)",
                size as f64 / 1e6,
                inflated as f64 / 1e9
            )
        }
        other => panic!("unknown case {other} (one of {CASES:?})"),
    }
}

/// In the child: build the desk's tables, print the outcome and the peak RSS.
fn child(desk: &Path) {
    let started = Instant::now();
    let result = desk_core::tables::sync(desk, &mut |_| {});
    let secs = started.elapsed().as_secs_f64();
    let outcome = match result {
        Ok(r) if r.failed.is_empty() => {
            format!("built {} table(s), {} rows", r.built.len(), r.built.iter().map(|b| b.rows).sum::<u64>())
        }
        Ok(r) => format!("refused: [{}] {}", r.failed[0].error.code, r.failed[0].error.message),
        Err(e) => format!("error: [{}] {e}", e.code()),
    };
    println!("{secs:.2}\t{:.1}\t{outcome}", peak_rss_mib());
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--child") {
        child(Path::new(&args[1]));
        return;
    }
    let base: PathBuf = std::env::var_os("DESK_BENCH_DIR").map(PathBuf::from).unwrap_or_else(std::env::temp_dir);
    let cases: Vec<String> = if args.is_empty() { CASES.iter().map(|c| c.to_string()).collect() } else { args };
    println!("case\tinput\tseconds\tpeak RSS MiB\toutcome");
    for case in cases {
        let desk = base.join(format!("desk-table-limits-{case}"));
        let _ = fs::remove_dir_all(&desk);
        let input = prepare(&case, &desk);
        let out = Command::new(std::env::current_exe().unwrap()).arg("--child").arg(&desk).output().unwrap();
        let line = String::from_utf8_lossy(&out.stdout);
        let mut parts = line.trim().splitn(3, '\t');
        let (secs, rss, outcome) =
            (parts.next().unwrap_or("?"), parts.next().unwrap_or("?"), parts.next().unwrap_or(""));
        println!("{case}\t{input}\t{secs}\t{rss}\t{outcome}");
        if !out.status.success() {
            println!("  (child exited {:?}: {})", out.status.code(), String::from_utf8_lossy(&out.stderr).trim());
        }
        let _ = fs::remove_dir_all(&desk);
    }
}
