//! Snapshot diffs: added, modified, removed, hidden, symlinked and nested entries, and uploads never announced.

use desk_core::snapshot::{ArtifactKind, ArtifactUpdate, Change, Snapshot};
use std::collections::HashSet;
use std::fs;
use std::path::Path;

fn set_mtime(p: &Path, secs: i64, nanos: i64) {
    let c = std::ffi::CString::new(std::os::unix::ffi::OsStrExt::as_bytes(p.as_os_str())).unwrap();
    let t = libc::timespec { tv_sec: secs as libc::time_t, tv_nsec: nanos as libc::c_long };
    let times = [t, t];
    assert_eq!(unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), libc::AT_SYMLINK_NOFOLLOW) }, 0);
}

fn changes(v: &[ArtifactUpdate]) -> Vec<(String, Change, ArtifactKind, u64)> {
    let mut out: Vec<_> = v.iter().map(|u| (u.path.clone(), u.change, u.kind, u.size)).collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn add_modify_remove_nested_hidden_and_symlinks() {
    let d = tempfile::tempdir().unwrap();
    let root = d.path();
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("secret.txt"), "secret").unwrap();
    fs::write(root.join("sales.csv"), "a,b\n").unwrap();
    fs::write(root.join("old.txt"), "old").unwrap();
    fs::write(root.join("same.md"), "same").unwrap();
    fs::write(root.join("touched.md"), "x").unwrap();
    set_mtime(&root.join("touched.md"), 1_700_000_000, 0);
    let before = Snapshot::take(root).unwrap();
    assert_eq!(before.entries.len(), 4);

    fs::create_dir_all(root.join("charts/2026/q1")).unwrap();
    fs::write(root.join("charts/2026/q1/revenue.png"), [0u8; 10]).unwrap();
    fs::write(root.join("report.md"), "# headline").unwrap();
    fs::write(root.join("page.html"), "<p>").unwrap();
    fs::write(root.join("notes.json"), "{}").unwrap();
    fs::write(root.join("blob.bin"), [1u8; 3]).unwrap();
    fs::remove_file(root.join("old.txt")).unwrap();
    // Same size, mtime moved by one nanosecond: still a modification.
    set_mtime(&root.join("touched.md"), 1_700_000_000, 1);
    // Hidden entries at any depth are skipped.
    fs::create_dir_all(root.join(".desk/tmp")).unwrap();
    fs::write(root.join(".desk/tmp/import-1.part"), "partial").unwrap();
    fs::write(root.join(".hidden.png"), "x").unwrap();
    fs::create_dir_all(root.join("charts/.cache")).unwrap();
    fs::write(root.join("charts/.cache/x.png"), "x").unwrap();
    // Symlinks are neither followed nor listed: to a file, to a folder outside, to a folder inside.
    std::os::unix::fs::symlink(outside.path().join("secret.txt"), root.join("link.txt")).unwrap();
    std::os::unix::fs::symlink(outside.path(), root.join("linkdir")).unwrap();
    std::os::unix::fs::symlink(root.join("charts"), root.join("loop")).unwrap();

    let after = Snapshot::take(root).unwrap();
    let diff = before.diff(&after, &HashSet::new());
    assert_eq!(
        changes(&diff),
        vec![
            ("blob.bin".into(), Change::Added, ArtifactKind::File, 3),
            ("charts/2026/q1/revenue.png".into(), Change::Added, ArtifactKind::Image, 10),
            ("notes.json".into(), Change::Added, ArtifactKind::Text, 2),
            ("old.txt".into(), Change::Removed, ArtifactKind::Text, 0),
            ("page.html".into(), Change::Added, ArtifactKind::Html, 3),
            ("report.md".into(), Change::Added, ArtifactKind::Markdown, 10),
            ("touched.md".into(), Change::Modified, ArtifactKind::Markdown, 1),
        ],
        "exactly the visible, real changes"
    );
    assert!(Snapshot::take(root).unwrap().diff(&after, &HashSet::new()).is_empty(), "no change, no events");
}

#[test]
fn uploads_are_never_announced_as_the_analysts_work() {
    let d = tempfile::tempdir().unwrap();
    let root = d.path();
    let start = Snapshot::take(root).unwrap();
    fs::write(root.join("sales.csv"), "a\n").unwrap(); // imported mid-turn
    fs::write(root.join("report.md"), "r").unwrap();
    let inputs: HashSet<String> = ["sales.csv".to_string()].into();
    let diff = start.diff(&Snapshot::take(root).unwrap(), &inputs);
    assert_eq!(changes(&diff), vec![("report.md".into(), Change::Added, ArtifactKind::Markdown, 1)]);
    // A CSV the analyst writes is an artifact of kind csv.
    fs::write(root.join("summary.csv"), "x\n").unwrap();
    let diff = start.diff(&Snapshot::take(root).unwrap(), &inputs);
    assert!(diff.iter().any(|u| u.path == "summary.csv" && u.kind == ArtifactKind::Csv));
}

#[test]
fn artifact_updates_serialise_in_the_wire_vocabulary() {
    let u = ArtifactUpdate { path: "a.png".into(), kind: ArtifactKind::Image, size: 5, change: Change::Added };
    let e = desk_core::wire::Event::ArtifactUpdate(u).to_json();
    assert_eq!(
        e,
        serde_json::json!({"type":"artifact_update","path":"a.png","kind":"image","size":5,"change":"added"})
    );
    let first_key = serde_json::to_string(&desk_core::wire::Event::TextDelta { text: "hi".into() }).unwrap();
    assert!(first_key.starts_with("{\"type\":\"text_delta\""), "type comes first: {first_key}");
}

#[test]
fn a_write_in_progress_through_a_temporary_file_is_looked_at_again_once_it_settles() {
    let d = tempfile::tempdir().unwrap();
    let root = d.path().to_path_buf();
    let before = Snapshot::take(&root).unwrap();
    // A tool writes report.md through a temporary file and renames it a moment later.
    let tmp = root.join("report.md.tmp.2.cd9db619b32a");
    fs::write(&tmp, "# Revenue\n").unwrap();
    let (t, r) = (tmp.clone(), root.join("report.md"));
    let writer = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(60));
        fs::rename(t, r).unwrap();
    });
    let after = Snapshot::take_settled(&root, &before).unwrap();
    writer.join().unwrap();
    let names: Vec<&String> = after.entries.keys().collect();
    assert_eq!(names, ["report.md"], "the settled snapshot sees the finished file, not the temporary one");
    // A plain new file is taken at once, as it is.
    fs::write(root.join("chart.png"), "png").unwrap();
    let again = Snapshot::take_settled(&root, &after).unwrap();
    assert!(again.entries.contains_key("chart.png") && again.entries.contains_key("report.md"));
}
