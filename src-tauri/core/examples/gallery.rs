//! The offline analyst's deliverables, one per operation, to look at: each question runs as a real turn in a
//! conversation of its own (the sample business, or a real dataset from tests/data/vega), and its
//! report.md and charts are copied to `test-output/gallery/NN-operation/`.
//!
//! Run: `cargo run -p desk-core --example gallery [-- OUT_DIR]`

#![allow(clippy::unwrap_used, clippy::expect_used)]

use desk_core::agent::{run_turn_blocking, CancelToken, ProviderKind, ProviderSettings, TurnRequest};
use desk_core::office::Office;
use desk_core::tools::Toolbox;
use std::path::{Path, PathBuf};

/// (operation, dataset: "sample" or a file under tests/data/vega, question)
const CASES: &[(&str, &str, &str)] = &[
    ("total", "sample", "What was total revenue in 2026?"),
    ("breakdown", "sample", "revenue by region"),
    ("two-dimensions", "sample", "revenue by category and region"),
    ("ranking", "sample", "top 5 products by revenue"),
    ("period-over-period", "sample", "revenue Q1 vs Q2 2026"),
    ("group-growth", "sample", "Which region grew fastest from the first month to the last, and by what percentage?"),
    ("share", "sample", "What percentage of revenue came from the West region?"),
    ("best-period", "seattle-weather.csv", "which month had the highest precipitation?"),
    ("trend", "sample", "monthly revenue trend"),
    ("period-average", "sample", "average monthly revenue in 2025"),
    ("trend-by-group", "iowa-electricity.csv", "net generation trend by source"),
    ("distribution", "seattle-weather.csv", "distribution of wind"),
    ("relationship", "gapminder-health-income.csv", "correlation between income and health"),
    ("data-quality", "sample", "check the data quality of the orders"),
    ("describe", "gapminder-health-income.csv", "describe this data"),
    ("distinct-count", "sample", "how many distinct customers ordered in 2026?"),
    ("level-average", "seattle-weather.csv", "temp_max by weather"),
];

fn main() {
    let out = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-output/gallery"));
    let vega = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/vega");
    let dir = tempfile::tempdir().unwrap();
    let mut office = Office::open(&dir.path().join("data")).unwrap();
    for (n, (op, dataset, question)) in CASES.iter().enumerate() {
        let c = office.new_conversation(Some(op)).unwrap();
        let id = office.resolve(&c.id).unwrap();
        if *dataset == "sample" {
            office.import_sample(&id).unwrap();
        } else {
            let path = vega.join(dataset);
            let got = office.import_paths(&id, std::slice::from_ref(&path), &mut |_, _, _| {}).unwrap();
            assert!(got.iter().all(|o| o.ok), "{}: {got:?}", path.display());
        }
        let desk = office.desk_dir(&id).unwrap();
        let mut tools = Toolbox::new(desk.clone(), office.input_names(&id).unwrap());
        let mut req = TurnRequest::new(&c.id, *question, ProviderSettings::new(ProviderKind::Offline));
        req.offline = Some(desk_core::analyst::offline());
        let mut reply = String::new();
        run_turn_blocking(
            &mut office,
            &req,
            &mut tools,
            &mut |e| {
                if let desk_core::wire::Event::TextDelta { text } = e {
                    reply.push_str(&text);
                }
            },
            &CancelToken::new(),
        )
        .unwrap();
        let dest = out.join(format!("{:02}-{op}", n + 1));
        let _ = std::fs::remove_dir_all(&dest);
        std::fs::create_dir_all(&dest).unwrap();
        std::fs::write(dest.join("reply.txt"), &reply).unwrap();
        let mut files = vec!["report.md".to_string()];
        if let Ok(charts) = std::fs::read_dir(desk.join("charts")) {
            for e in charts.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                std::fs::copy(e.path(), dest.join(&name)).unwrap();
                files.push(name);
            }
        }
        std::fs::copy(desk.join("report.md"), dest.join("report.md")).unwrap();
        println!("{:<20} {question}\n{:<20} -> {} ({})", op, "", dest.display(), files.join(", "));
    }
}
