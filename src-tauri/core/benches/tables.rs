//! Import throughput of `tables::sync` on generated sales CSVs (id, date, store, product, category,
//! units, unit_price, revenue, customer_type): seconds, rows/s, MB/s and peak RSS per size.
//!
//! Run: `cargo bench -p desk-core --bench tables` (all sizes: 10k, 1M, 10M rows) or with sizes after `--`,
//! e.g. `cargo bench -p desk-core --bench tables -- 10000 1000000`. Each size runs in a child process so
//! its peak RSS (VmHWM) is its own. Files are generated deterministically under `$DESK_BENCH_DIR`
//! (default: the system temp dir) and reused when already present.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

const STORES: [&str; 8] = ["North", "South", "East", "West", "Central", "Harbor", "Airport", "Online"];
const CATEGORIES: [&str; 5] = ["Grocery", "Electronics", "Clothing", "Home", "Toys"];
const CUSTOMERS: [&str; 3] = ["member", "regular", "wholesale"];

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

/// Write `rows` sales rows (deterministic) to `path`.
fn generate(path: &Path, rows: u64) {
    let mut w = BufWriter::with_capacity(1 << 20, fs::File::create(path).unwrap());
    writeln!(w, "id,date,store,product,category,units,unit_price,revenue,customer_type").unwrap();
    let mut rng = Lcg(42);
    let start = 19_358; // 2023-01-01
    for id in 1..=rows {
        let (y, m, d) = desk_core::calendar::civil_from_days(start + (rng.next() % 730) as i64);
        let product = rng.next() % 60;
        let category = CATEGORIES[(product % 5) as usize];
        let cents = 199 + (product * 137) % 9_800;
        let units = 1 + rng.next() % 12;
        let revenue = cents * units;
        writeln!(
            w,
            "{id},{y:04}-{m:02}-{d:02},{},P-{product:03},{category},{units},{}.{:02},{}.{:02},{}",
            STORES[(rng.next() % 8) as usize],
            cents / 100,
            cents % 100,
            revenue / 100,
            revenue % 100,
            CUSTOMERS[(rng.next() % 3) as usize],
        )
        .unwrap();
    }
    w.flush().unwrap();
}

fn peak_rss_mb() -> f64 {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map(|kb| kb / 1024.0)
        .unwrap_or(f64::NAN)
}

/// CPU seconds (user + system) used by this process so far, all threads.
fn cpu_seconds() -> f64 {
    // SAFETY: getrusage fills the struct we pass; zeroed is a valid initial value for it.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
    let t = |tv: libc::timeval| tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6;
    t(u.ru_utime) + t(u.ru_stime)
}

fn bench_dir() -> PathBuf {
    std::env::var_os("DESK_BENCH_DIR").map(PathBuf::from).unwrap_or_else(std::env::temp_dir).join("desk-tables-bench")
}

fn run_one(rows: u64) {
    let desk = bench_dir().join(format!("desk_{rows}"));
    fs::create_dir_all(&desk).unwrap();
    let csv = desk.join("sales.csv");
    let marker = desk.join(format!("generated_{rows}.ok"));
    if !marker.exists() {
        let t = Instant::now();
        generate(&csv, rows);
        fs::write(&marker, b"").unwrap();
        eprintln!("generated {} rows in {:.1} s", rows, t.elapsed().as_secs_f64());
    }
    let _ = fs::remove_dir_all(desk.join(".desk"));
    let bytes = fs::metadata(&csv).unwrap().len();
    let cpu0 = cpu_seconds();
    let t = Instant::now();
    let report = desk_core::tables::sync(&desk, &mut |_| {}).unwrap();
    let secs = t.elapsed().as_secs_f64();
    let cpu = cpu_seconds() - cpu0;
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    let built = &report.built[0];
    assert_eq!(built.rows, rows, "every generated row was imported");
    let t2 = Instant::now();
    let again = desk_core::tables::sync(&desk, &mut |_| {}).unwrap();
    let resync = t2.elapsed().as_secs_f64();
    assert!(again.built.is_empty());
    let catalog = desk_core::tables::catalog(&desk).unwrap();
    let types: Vec<String> = catalog[0].columns.iter().map(|c| format!("{}:{}", c.name, c.ty.as_str())).collect();
    println!(
        "{rows:>10} rows  {:>8.1} MB  import {secs:>7.3} s (cpu {cpu:.3} s)  {:>10.0} rows/s  {:>6.1} MB/s  peak RSS {:>6.1} MB  re-sync {:.3} s",
        bytes as f64 / 1e6,
        rows as f64 / secs,
        bytes as f64 / 1e6 / secs,
        peak_rss_mb(),
        resync,
    );
    println!("{:>10} types: {}", "", types.join(" "));
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    if let Some(pos) = std::env::args().position(|a| a == "--one") {
        let rows: u64 = std::env::args().nth(pos + 1).unwrap().parse().unwrap();
        run_one(rows);
        return;
    }
    let sizes: Vec<u64> = if args.is_empty() {
        vec![10_000, 1_000_000, 10_000_000]
    } else {
        args.iter().filter_map(|a| a.parse().ok()).collect()
    };
    let exe = std::env::current_exe().unwrap();
    for rows in sizes {
        let status = std::process::Command::new(&exe).arg("--one").arg(rows.to_string()).status().unwrap();
        assert!(status.success(), "the {rows}-row run failed");
    }
}
