//! Latency of the offline analyst on a 1M-row orders table (the sample business, scaled up): import and
//! sync once, then time typical questions end to end (a real turn: understanding, sql and chart tool calls,
//! report.md). Run with `cargo run --release -p desk-core --example offline_latency [ROWS]`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use desk_core::agent::{run_turn_blocking, CancelToken, ProviderKind, ProviderSettings, TurnRequest};
use desk_core::office::Office;
use desk_core::tools::Toolbox;
use std::io::Write;
use std::time::Instant;

fn main() {
    let rows: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let dir = tempfile::tempdir().unwrap();
    let mut office = Office::open(&dir.path().join("data")).unwrap();
    let c = office.new_conversation(Some("latency")).unwrap();
    let id = office.resolve(&c.id).unwrap();
    // The sample's dimension tables, and a big orders file in the sample's shape.
    for (name, text) in desk_core::analyst::sample::FILES.iter().skip(1) {
        office.import_bytes(&id, name, text.as_bytes()).unwrap();
    }
    let src = dir.path().join("orders.csv");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&src).unwrap());
    writeln!(f, "order_id,order_date,customer_id,product_id,store_id,units,unit_price,revenue").unwrap();
    let mut x: u64 = 0x1234_5678;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let prices = [129.0, 189.0, 249.0, 89.0, 14.5, 9.75, 24.0, 12.0, 59.0, 99.0, 75.0, 180.0];
    for i in 0..rows {
        let m = next() % 18;
        let (y, mo) = (2025 + m / 12, m % 12 + 1);
        let d = next() % 28 + 1;
        let p = (next() % 12) as usize;
        let units = next() % 10 + 1;
        let rev = units as f64 * prices[p];
        writeln!(
            f,
            "{},{y}-{mo:02}-{d:02},C{:03},P{:02},S{},{units},{:.2},{rev:.2}",
            100_000 + i,
            next() % 60 + 1,
            p + 1,
            next() % 5 + 1,
            prices[p]
        )
        .unwrap();
    }
    drop(f);
    let t = Instant::now();
    let out = office.import_paths(&id, &[src], &mut |_, _, _| {}).unwrap();
    assert!(out.iter().all(|o| o.ok));
    let desk = office.desk_dir(&id).unwrap();
    desk_core::tables::sync(&desk, &mut |_| {}).unwrap();
    println!("{rows} orders: import + sync {:.2} s (once)", t.elapsed().as_secs_f64());
    if let Some(keep) = std::env::var_os("KEEP_DB") {
        std::fs::copy(desk_core::tools::sql::analysis_db_path(&desk), keep).unwrap();
    }
    for q in [
        "What is total revenue in 2026?",
        "total revenue by region",
        "top 5 products by revenue",
        "monthly revenue trend",
        "revenue Q1 vs Q2 2026",
        "Which region grew fastest from the first month to the last?",
        "What percentage of revenue came from the West region?",
        "how many distinct customers by store",
        "unit price by category",
    ] {
        let mut tools = Toolbox::new(desk.clone(), office.input_names(&id).unwrap());
        let mut req = TurnRequest::new(&c.id, q, ProviderSettings::new(ProviderKind::Offline));
        req.offline = Some(desk_core::analyst::offline());
        let t = Instant::now();
        let cpu0 = cpu_ms();
        let mut reply = String::new();
        let mut steps = Vec::new();
        let mut last = Instant::now();
        run_turn_blocking(
            &mut office,
            &req,
            &mut tools,
            &mut |e| {
                let now = Instant::now();
                match &e {
                    desk_core::wire::Event::TextDelta { text } => reply.push_str(text),
                    desk_core::wire::Event::ToolStart { name, input, .. } => {
                        if std::env::var("SHOW_SQL").is_ok() {
                            if let Some(sql) = input.get("query").or_else(|| input.get("sql")) {
                                println!("          {name}: {}", sql.as_str().unwrap_or_default());
                            }
                        }
                        steps.push(format!("before {name} {:.0}", (now - last).as_secs_f64() * 1000.0))
                    }
                    desk_core::wire::Event::ToolResult { .. } => {
                        steps.push(format!("ran {:.0}", (now - last).as_secs_f64() * 1000.0))
                    }
                    _ => {}
                }
                last = now;
            },
            &CancelToken::new(),
        )
        .unwrap();
        if std::env::var("VERBOSE").is_ok() {
            println!("          {}", steps.join(", "));
        }
        let first = reply.lines().next().unwrap_or("").chars().take(110).collect::<String>();
        println!("{:>6.0} ms ({:>4.0} ms CPU)  {q:<62} {first}", t.elapsed().as_secs_f64() * 1000.0, cpu_ms() - cpu0);
    }
}

/// CPU time of this process so far (user + system), in ms: steadier than wall time on a shared machine.
fn cpu_ms() -> f64 {
    // SAFETY: getrusage only writes into the struct passed to it.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: as above; RUSAGE_SELF is always valid.
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
    let ms = |t: libc::timeval| t.tv_sec as f64 * 1000.0 + t.tv_usec as f64 / 1000.0;
    ms(u.ru_utime) + ms(u.ru_stime)
}
