//! Query-latency benchmark of the analyst's tools: writes a deterministic sales CSV (1M rows by default,
//! or each row count given as an argument) into a desk and builds its table in the analysis database,
//! then times monthly-by-category aggregates through the `sql` tool and a chart render through `chart`.
//!
//! Run: `cargo run --release -p desk-core --example tools_bench [-- ROWS...]`

#![allow(clippy::unwrap_used, clippy::expect_used)]

use desk_core::analyst::sample::Prng as Rng;
use desk_core::tool_api::ToolRunner;
use desk_core::tools::{ToolLimits, Toolbox};
use serde_json::json;
use std::time::{Duration, Instant};

const STORES: [&str; 8] = ["Amsterdam", "Berlin", "Chicago", "Denver", "Edinburgh", "Frankfurt", "Geneva", "Houston"];
const CATEGORIES: [&str; 6] = ["Books", "Electronics", "Garden", "Grocery", "Sports", "Toys"];
const CUSTOMER_TYPES: [&str; 3] = ["member", "guest", "business"];

fn civil(days: i64) -> String {
    let (y, m, d) = desk_core::calendar::civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// CPU time of this thread, so a busy shared machine shows as wall time above CPU time.
fn thread_cpu() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes into the timespec we own.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return Duration::ZERO;
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

fn main() {
    let sizes: Vec<u64> = std::env::args().skip(1).filter_map(|a| a.replace('_', "").parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![1_000_000] } else { sizes };
    for rows in sizes {
        println!("== {rows} rows");
        bench(rows);
    }
}

fn bench(rows: u64) {
    let tmp = tempfile::tempdir().unwrap();
    let desk = tmp.path().join("desk");
    std::fs::create_dir_all(&desk).unwrap();
    let db = desk_core::tools::sql::analysis_db_path(&desk);

    // The table is built the way a desk builds it: a CSV in the desk, read by the importer into the
    // analysis database (DuckDB).
    let t = Instant::now();
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(desk.join("sales.csv")).unwrap());
        writeln!(f, "id,date,store,product,category,units,unit_price,revenue,customer_type").unwrap();
        let start = 19_723; // 2024-01-01
        let dates: Vec<String> = (0..731).map(|d| civil(start + d)).collect();
        let mut rng = Rng(42);
        for id in 1..=rows {
            let day = rng.below(731) as usize;
            let cat = rng.below(CATEGORIES.len() as u64) as usize;
            let product = format!("{}-{:03}", &CATEGORIES[cat][..3].to_uppercase(), rng.below(200));
            let units = 1 + rng.below(12) as i64;
            let unit_price = (199 + rng.below(20_000)) as f64 / 100.0;
            let store = STORES[rng.below(STORES.len() as u64) as usize];
            let revenue = (units as f64 * unit_price * 100.0).round() / 100.0;
            let kind = CUSTOMER_TYPES[rng.below(3) as usize];
            writeln!(
                f,
                "{id},{},{store},{product},{},{units},{unit_price:.2},{revenue:.2},{kind}",
                dates[day], CATEGORIES[cat]
            )
            .unwrap();
        }
    }
    let generated = t.elapsed();
    let t = Instant::now();
    desk_core::tables::sync(&desk, &mut |_| {}).unwrap();
    println!("generated the CSV in {:.2} s", generated.as_secs_f64());
    let build = t.elapsed();
    let size = std::fs::metadata(&db).unwrap().len();
    println!("built {rows} rows in {:.2} s ({:.1} MB database)", build.as_secs_f64(), size as f64 / 1e6);

    // A long time limit, so big tables are measured rather than stopped (the tool's default is 10 s).
    let limits = ToolLimits { sql_time_limit: Duration::from_secs(300), ..ToolLimits::default() };
    let mut tools = Toolbox::new(desk.clone(), Default::default()).with_limits(limits);
    let queries = [
        (
            "monthly-by-category (date_trunc)",
            "SELECT date_trunc('month', date) AS month, category, sum(revenue) AS revenue, sum(units) AS units \
             FROM sales GROUP BY 1, 2 ORDER BY 1, 2",
        ),
        (
            "monthly-by-category (strftime)",
            "SELECT strftime(date, '%Y-%m') AS month, category, sum(revenue) AS revenue, sum(units) AS units \
             FROM sales GROUP BY 1, 2 ORDER BY 1, 2",
        ),
        ("count(*)", "SELECT count(*) FROM sales"),
        ("SELECT * (1000 kept, true count)", "SELECT * FROM sales"),
    ];
    println!("load average before queries: {}", load());
    for (name, q) in queries {
        let mut times: Vec<Duration> = Vec::new();
        let mut cpu: Vec<Duration> = Vec::new();
        let mut summary = String::new();
        for _ in 0..5 {
            let (t, c) = (Instant::now(), thread_cpu());
            let out = tools.call("sql", &json!({ "query": q }));
            times.push(t.elapsed());
            cpu.push(thread_cpu().saturating_sub(c));
            assert!(out.ok, "{}", out.content);
            summary = out.summary;
        }
        times.sort();
        cpu.sort();
        println!(
            "sql {name}: wall min {:.3} s, median {:.3} s; cpu min {:.3} s ({summary})",
            times[0].as_secs_f64(),
            times[times.len() / 2].as_secs_f64(),
            cpu[0].as_secs_f64()
        );
    }
    let chart_sql =
        "SELECT strftime(date, '%Y-%m') AS month, category, sum(revenue) AS revenue FROM sales GROUP BY 1, 2 ORDER BY 1";
    let rows = tools.call("sql", &json!({ "query": chart_sql })).data;
    let inline = json!({ "columns": rows["columns"], "rows": rows["rows"] });
    for (name, source) in [("query + render", json!({ "sql": chart_sql })), ("render only", json!({ "data": inline }))]
    {
        let mut times: Vec<Duration> = Vec::new();
        let mut cpu: Vec<Duration> = Vec::new();
        for i in 0..3 {
            let mut spec = json!({
                "type": "line", "title": "Monthly revenue by category", "x": "month", "y": "revenue",
                "group": "category", "y_label": "Revenue", "output": format!("bench/monthly_{i}.png"),
            });
            if let (Some(obj), Some(src)) = (spec.as_object_mut(), source.as_object()) {
                obj.extend(src.clone());
            }
            let (t, c) = (Instant::now(), thread_cpu());
            let out = tools.call("chart", &spec);
            times.push(t.elapsed());
            cpu.push(thread_cpu().saturating_sub(c));
            assert!(out.ok, "{}", out.content);
        }
        times.sort();
        cpu.sort();
        println!(
            "chart {name} (1600x1000 PNG, atomic write): wall min {:.3} s, median {:.3} s; cpu min {:.3} s",
            times[0].as_secs_f64(),
            times[1].as_secs_f64(),
            cpu[0].as_secs_f64()
        );
    }
    println!("load average after: {}", load());
    if let Some(keep) = std::env::var_os("BENCH_KEEP_CHART") {
        std::fs::copy(desk.join("bench/monthly_0.png"), keep).unwrap();
    }
}
