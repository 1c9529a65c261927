//! Hostile names and sources are each refused with their own error code, and nothing is written anywhere.

use crate::support::walk;
use desk_core::import::ImportLimits;
use desk_core::office::Office;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::sync::Arc;

/// (name handed to import_bytes, expected error code)
fn hostile_names() -> Vec<(String, &'static str)> {
    let mut v: Vec<(String, &'static str)> = vec![
        ("".into(), "name_empty"),
        (".".into(), "name_dot"),
        ("..".into(), "name_dot"),
        ("../evil.csv".into(), "name_separator"),
        ("../../../../etc/passwd".into(), "name_separator"),
        ("..\\evil.csv".into(), "name_separator"),
        ("..\\..\\windows\\win.ini".into(), "name_separator"),
        ("/etc/passwd".into(), "name_separator"),
        ("/".into(), "name_separator"),
        ("\\\\server\\share\\x.csv".into(), "name_separator"),
        ("C:\\Windows\\evil.csv".into(), "name_separator"),
        ("C:evil.csv".into(), "name_colon"),
        ("data.csv:hidden_stream".into(), "name_colon"),
        ("a/b.csv".into(), "name_separator"),
        ("a\\b.csv".into(), "name_separator"),
        ("./x.csv".into(), "name_separator"),
        ("x.csv/..".into(), "name_separator"),
        ("evil\0.csv".into(), "name_nul"),
        ("\0".into(), "name_nul"),
        ("evil\n.csv".into(), "name_control_char"),
        ("evil\r.csv".into(), "name_control_char"),
        ("evil\t.csv".into(), "name_control_char"),
        ("\u{1b}[31mred.csv".into(), "name_control_char"),
        ("del\u{7f}.csv".into(), "name_control_char"),
        ("next\u{85}line.csv".into(), "name_control_char"),
        ("report\u{202E}vsc.exe".into(), "name_control_char"),
        ("zero\u{200B}width.csv".into(), "name_control_char"),
        ("isolate\u{2066}x.csv".into(), "name_control_char"),
        ("\u{FF0E}\u{FF0E}\u{FF0F}evil.csv".into(), "name_separator_lookalike"),
        ("evil\u{2215}x.csv".into(), "name_separator_lookalike"),
        ("evil\u{2044}x.csv".into(), "name_separator_lookalike"),
        ("evil\u{FF3C}x.csv".into(), "name_separator_lookalike"),
        ("\u{2025}".into(), "name_separator_lookalike"),
        ("%2e%2e%2fetc%2fpasswd".into(), "name_encoded_traversal"),
        ("%2e%2e".into(), "name_encoded_traversal"),
        ("..%2fevil.csv".into(), "name_encoded_traversal"),
        ("..%5cevil.csv".into(), "name_encoded_traversal"),
        ("%252e%252e%252fevil.csv".into(), "name_encoded_traversal"),
        ("evil%00.csv".into(), "name_encoded_traversal"),
        (".hidden.csv".into(), "name_hidden"),
        (".desk".into(), "name_hidden"),
        ("...".into(), "name_hidden"),
        (".bashrc".into(), "name_hidden"),
        ("x".repeat(256), "name_too_long"),
        (format!("{}.csv", "é".repeat(126)), "name_too_long"),
        ("CON".into(), "name_reserved"),
        ("nul.csv".into(), "name_reserved"),
        ("COM1.txt".into(), "name_reserved"),
        ("lpt9".into(), "name_reserved"),
        ("trailing.".into(), "name_trailing_dot_or_space"),
        ("trailing ".into(), "name_trailing_dot_or_space"),
    ];
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

#[test]
fn hostile_names_and_sources_are_refused_and_nothing_is_written() {
    let parent = tempfile::tempdir().unwrap();
    let data = parent.path().join("data");
    let outside = parent.path().join("outside");
    let src = parent.path().join("sources");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(outside.join("secret.txt"), "the password is swordfish").unwrap();

    let limit = 1000;
    let mut office =
        Office::open_with(&data, Arc::new(desk_core::history::SystemClock), ImportLimits { max_bytes: limit }).unwrap();
    let conv = office.new_conversation(Some("hostile")).unwrap();
    let id = office.resolve(&conv.id).unwrap();

    // Sources: (path, expected code). Prepared before the "before" walk.
    let mut sources: Vec<(PathBuf, &'static str)> = Vec::new();
    let link_secret = src.join("innocent.csv");
    std::os::unix::fs::symlink(outside.join("secret.txt"), &link_secret).unwrap();
    sources.push((link_secret, "source_symlink"));
    let link_dir = src.join("folder.csv");
    std::os::unix::fs::symlink(&outside, &link_dir).unwrap();
    sources.push((link_dir, "source_symlink"));
    let dangling = src.join("dangling.csv");
    std::os::unix::fs::symlink(parent.path().join("nowhere"), &dangling).unwrap();
    sources.push((dangling, "source_symlink"));
    let relative_link = src.join("relative.csv");
    std::os::unix::fs::symlink("../outside/secret.txt", &relative_link).unwrap();
    sources.push((relative_link, "source_symlink"));
    let fifo = src.join("pipe.csv");
    let c = std::ffi::CString::new(fifo.as_os_str().as_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0, "mkfifo failed");
    sources.push((fifo, "source_fifo"));
    let sock = src.join("socket.csv");
    let _listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    sources.push((sock, "source_socket"));
    sources.push((PathBuf::from("/dev/null"), "source_device"));
    sources.push((PathBuf::from("/dev/zero"), "source_device"));
    sources.push((PathBuf::from("/dev/urandom"), "source_device"));
    let dir = src.join("a folder.csv");
    std::fs::create_dir(&dir).unwrap();
    sources.push((dir, "source_directory"));
    sources.push((outside.clone(), "source_directory"));
    let big = src.join("big.csv");
    std::fs::write(&big, vec![b'x'; limit as usize + 1]).unwrap();
    sources.push((big, "too_large"));
    sources.push((src.join("missing.csv"), "source_not_found"));
    sources.push((PathBuf::from("/"), "name_dot"));
    sources.push((src.join(".."), "name_dot"));
    sources.push((PathBuf::from(""), "name_empty"));
    let hidden = src.join(".env");
    std::fs::write(&hidden, "API_KEY=1").unwrap();
    sources.push((hidden, "name_hidden"));
    let latin1 = src.join(OsStr::from_bytes(b"caf\xe9.csv"));
    std::fs::write(&latin1, "a,b\n").unwrap();
    sources.push((latin1, "name_not_utf8"));
    sources.push((PathBuf::from("/proc/self/environ"), "source_pseudo_file"));
    sources.push((PathBuf::from("/proc/self/cmdline"), "source_pseudo_file"));
    let ctrl = src.join("bad\u{7}bell.csv");
    std::fs::write(&ctrl, "a\n").unwrap();
    sources.push((ctrl, "name_control_char"));

    let names = hostile_names();
    assert!(names.len() + sources.len() >= 40, "the corpus must hold at least 40 cases");
    let before = walk(parent.path());

    let mut failures = Vec::new();
    for (name, want) in &names {
        match office.import_bytes(&id, name, b"a,b\n1,2\n") {
            Ok(i) => failures.push(format!("name {name:?} was accepted as {:?}", i.stored_as)),
            Err(e) if e.code() != *want => failures.push(format!("name {name:?}: got {} ({e}), want {want}", e.code())),
            Err(e) => assert!(!e.to_string().is_empty()),
        }
    }
    let paths: Vec<PathBuf> = sources.iter().map(|(p, _)| p.clone()).collect();
    let outcomes = office.import_paths(&id, &paths, &mut |_, _, _| {}).unwrap();
    assert_eq!(outcomes.len(), sources.len(), "one outcome per source");
    for ((path, want), o) in sources.iter().zip(&outcomes) {
        match &o.error {
            None => failures.push(format!("source {} was accepted as {:?}", path.display(), o.stored_as)),
            Some(e) if e.code != *want => {
                failures.push(format!("source {}: got {} ({}), want {want}", path.display(), e.code, e.message))
            }
            Some(_) => assert!(!o.ok),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} hostile cases misbehaved:\n{}",
        failures.len(),
        names.len() + sources.len(),
        failures.join("\n")
    );

    let after = walk(parent.path());
    let changed: Vec<String> = after
        .iter()
        .filter(|(k, v)| before.get(*k) != Some(v) && !k.contains("history.sqlite3"))
        .map(|(k, v)| format!("{k}: {v}"))
        .chain(before.keys().filter(|k| !after.contains_key(*k)).map(|k| format!("{k}: gone")))
        .collect();
    assert!(changed.is_empty(), "refused imports changed the disk:\n{}", changed.join("\n"));
    let desk = office.desk_dir(&id).unwrap();
    assert!(crate::support::files_under(&desk).is_empty(), "no file (visible or temp) may stay in the desk");
    assert!(office.inputs(&id).unwrap().is_empty(), "no refused file may be recorded as an input");
    assert!(office.files(&id).unwrap().is_empty());
}

#[test]
fn a_bad_conversation_id_is_refused_before_the_disk_is_touched() {
    let parent = tempfile::tempdir().unwrap();
    let data = parent.path().join("data");
    let office = Office::open(&data).unwrap();
    let before = walk(parent.path());
    for bad in ["", "..", "../../etc", "0123456789abcdef0123456789abcdef", "ZZ", "/tmp", "%2e%2e"] {
        let e = office.resolve(bad).unwrap_err();
        assert_eq!(e.code(), "invalid_id", "{bad:?} must be refused as an id");
    }
    let unknown = desk_core::desk::DeskId::mint();
    assert_eq!(office.resolve(unknown.as_str()).unwrap_err().code(), "conversation_not_found");
    let after = walk(parent.path());
    assert_eq!(
        before.keys().filter(|k| !k.contains("history.sqlite3")).collect::<Vec<_>>(),
        after.keys().filter(|k| !k.contains("history.sqlite3")).collect::<Vec<_>>(),
        "resolving ids must not create anything"
    );
}
