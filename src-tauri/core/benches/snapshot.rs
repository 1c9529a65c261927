//! Benchmark: snapshot and diff a desk of 10,000 files (100 folders x 100 files), printing figures.
//! Run: `cargo bench -p desk-core --bench snapshot`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use desk_core::snapshot::Snapshot;
use std::collections::HashSet;
use std::time::Instant;

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for d in 0..100 {
        let sub = root.join(format!("folder-{d:03}"));
        std::fs::create_dir(&sub).unwrap();
        for f in 0..100 {
            std::fs::write(sub.join(format!("file-{f:03}.csv")), format!("{d},{f}\n")).unwrap();
        }
    }
    let runs = 20;
    let mut take_ms = Vec::new();
    let mut diff_ms = Vec::new();
    let mut before = Snapshot::take(root).unwrap();
    assert_eq!(before.entries.len(), 10_000);
    for i in 0..runs {
        // Change 10 files between snapshots so the diff has real work to report.
        for k in 0..10 {
            std::fs::write(root.join(format!("folder-{:03}/file-{:03}.csv", (i * 7 + k) % 100, k)), format!("{i}"))
                .unwrap();
        }
        let t = Instant::now();
        let after = Snapshot::take(root).unwrap();
        take_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        let t = Instant::now();
        let d = before.diff(&after, &HashSet::new());
        diff_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        assert!(!d.is_empty());
        before = after;
    }
    take_ms.sort_by(|a, b| a.total_cmp(b));
    diff_ms.sort_by(|a, b| a.total_cmp(b));
    let med = |v: &[f64]| v[v.len() / 2];
    println!(
        "snapshot of 10,000 files: median {:.1} ms (min {:.1}, max {:.1}) over {runs} runs",
        med(&take_ms),
        take_ms[0],
        take_ms[runs - 1]
    );
    println!(
        "diff of two 10,000-entry snapshots: median {:.2} ms (min {:.2}, max {:.2})",
        med(&diff_ms),
        diff_ms[0],
        diff_ms[runs - 1]
    );
    println!("snapshot + diff: median {:.1} ms", med(&take_ms) + med(&diff_ms));
}
