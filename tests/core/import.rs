//! Import keeps bytes exact, never overwrites, protects inputs, keeps partial successes and survives a kill.

use crate::support::{files_under, sha256_file, test_data};
use desk_core::office::Office;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn every_test_data_file_imports_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let mut office = Office::open(tmp.path()).unwrap();
    let id_c = office.new_conversation(None).unwrap();
    let id = office.resolve(&id_c.id).unwrap();
    let sources = files_under(&test_data());
    assert!(sources.len() >= 30, "expected the vega and csv-spectrum files, found {}", sources.len());
    let outcomes = office.import_paths(&id, &sources, &mut |_, _, _| {}).unwrap();
    let desk = office.desk_dir(&id).unwrap();
    for (src, o) in sources.iter().zip(&outcomes) {
        assert!(o.ok, "{} was refused: {:?}", src.display(), o.error);
        let stored = desk.join(o.stored_as.as_ref().unwrap());
        let want = sha256_file(src);
        assert_eq!(sha256_file(&stored), want, "{} changed on import", src.display());
        assert_eq!(o.sha256.as_deref(), Some(want.as_str()), "the receipt's hash must be the file's");
        assert_eq!(o.bytes, Some(std::fs::metadata(src).unwrap().len()));
        let mode = std::fs::metadata(&stored).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode & 0o222, 0, "{} must be read-only once imported, mode {mode:o}", stored.display());
    }
    // Whatever names repeat across the folders, the collision rule gives every source its own stored file.
    let stored: std::collections::HashSet<_> = outcomes.iter().map(|o| o.stored_as.clone().unwrap()).collect();
    assert_eq!(stored.len(), sources.len(), "no two imports may share a stored name");
    assert_eq!(office.inputs(&id).unwrap().len(), sources.len(), "every import is recorded as an input");
}

#[test]
fn collisions_get_numbered_names_and_nothing_is_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let mut office = Office::open(tmp.path()).unwrap();
    let id_c = office.new_conversation(None).unwrap();
    let id = office.resolve(&id_c.id).unwrap();
    let a = office.import_bytes(&id, "sales.csv", b"first").unwrap();
    let b = office.import_bytes(&id, "sales.csv", b"second").unwrap();
    let c = office.import_bytes(&id, "Sales.csv", b"third").unwrap();
    let d = office.import_bytes(&id, "sales (2).csv", b"fourth").unwrap();
    let e = office.import_bytes(&id, "README", b"fifth").unwrap();
    let f = office.import_bytes(&id, "README", b"sixth").unwrap();
    assert_eq!(
        [&a, &b, &c, &d, &e, &f].map(|i| i.stored_as.as_str()),
        ["sales.csv", "sales (2).csv", "Sales (3).csv", "sales (2) (2).csv", "README", "README (2)"]
    );
    let desk = office.desk_dir(&id).unwrap();
    assert_eq!(std::fs::read(desk.join("sales.csv")).unwrap(), b"first", "the first file must be untouched");
    assert_eq!(std::fs::read(desk.join("sales (2).csv")).unwrap(), b"second");
}

#[test]
fn partial_success_keeps_its_successes() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tempfile::tempdir().unwrap();
    std::fs::write(src.path().join("good.csv"), "a\n1\n").unwrap();
    std::fs::write(src.path().join("also good.tsv"), "a\tb\n").unwrap();
    let mut office = Office::open(tmp.path()).unwrap();
    let id_c = office.new_conversation(None).unwrap();
    let id = office.resolve(&id_c.id).unwrap();
    let paths = vec![
        src.path().join("good.csv"),
        src.path().join("missing.csv"),
        src.path().to_path_buf(),
        src.path().join("also good.tsv"),
    ];
    let out = office.import_paths(&id, &paths, &mut |_, _, _| {}).unwrap();
    assert_eq!(out.iter().map(|o| o.ok).collect::<Vec<_>>(), [true, false, false, true]);
    let names: Vec<String> = office.files(&id).unwrap().into_iter().map(|f| f.path).collect();
    assert_eq!(names, ["also good.tsv", "good.csv"]);
}

#[test]
fn progress_reports_bytes_done_of_total() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tempfile::tempdir().unwrap();
    let p = src.path().join("big.csv");
    std::fs::write(&p, vec![b'1'; 3 * 1024 * 1024 + 17]).unwrap();
    let mut office = Office::open(tmp.path()).unwrap();
    let id_c = office.new_conversation(None).unwrap();
    let id = office.resolve(&id_c.id).unwrap();
    let mut seen = Vec::new();
    office.import_paths(&id, std::slice::from_ref(&p), &mut |_, done, total| seen.push((done, total))).unwrap();
    let total = 3 * 1024 * 1024 + 17;
    assert_eq!(seen.first(), Some(&(0, total)));
    assert_eq!(seen.last(), Some(&(total, total)));
    assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0), "progress never goes backwards");
}

#[test]
fn a_kill_during_import_leaves_no_visible_file() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let src_dir = tempfile::tempdir().unwrap();
    let big = src_dir.path().join("huge.csv");
    // 1 GiB of real (non-sparse) bytes: the copy plus fsync takes long enough to be caught mid-way.
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(&big).unwrap());
        let line = b"2026-01-01,store 7,widget,3,19.99\n";
        let chunk: Vec<u8> = line.iter().cycle().take(1 << 20).copied().collect();
        for _ in 0..1024 {
            f.write_all(&chunk).unwrap();
        }
    }
    let office = Office::open(&data).unwrap();
    drop(office);
    let out = crate::support::desk(&data, &["new"]);
    let id = crate::support::stdout(&out).trim().to_string();
    let desk = data.join("desks").join(&id);
    let tmpdir = desk.join(".desk/tmp");

    let mut child = Command::new(crate::support::desk_bin())
        .arg("--data-dir")
        .arg(&data)
        .args(["import", &id])
        .arg(&big)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let mut caught_at: Option<u64> = None;
    while start.elapsed() < Duration::from_secs(60) {
        let part = std::fs::read_dir(&tmpdir).ok().and_then(|mut r| r.next()).and_then(|e| e.ok());
        if let Some(part) = part {
            let len = part.metadata().map(|m| m.len()).unwrap_or(0);
            if len > 0 {
                child.kill().unwrap();
                caught_at = Some(len);
                break;
            }
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    child.wait().unwrap();
    let caught =
        caught_at.expect("the import finished before it could be killed; the test could not catch it mid-copy");
    assert!(caught < 1 << 30, "killed after {caught} bytes of {}", 1u64 << 30);

    let visible: Vec<PathBuf> =
        std::fs::read_dir(&desk).unwrap().flatten().map(|e| e.path()).filter(|p| !p.ends_with(".desk")).collect();
    assert!(visible.is_empty(), "a killed import left visible files: {visible:?}");
    // The next start sweeps the hidden leftover, and history never heard of the file.
    let office = Office::open(&data).unwrap();
    let idd = office.resolve(&id).unwrap();
    assert!(files_under(&desk).is_empty(), "the temp file must be swept at the next open");
    assert!(office.inputs(&idd).unwrap().is_empty());
}
