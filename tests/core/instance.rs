//! One instance per data directory: a second start hands its files to the first over the socket.

use desk_core::instance::{claim_at, Claim, Request};
use std::ffi::OsString;
use std::io::Write;
use std::os::unix::ffi::OsStringExt;
use std::os::unix::net::UnixStream;
use std::path::PathBuf;

fn req(args: &[&[u8]]) -> Request {
    Request {
        cwd: PathBuf::from("/home/someone/Downloads"),
        args: args.iter().map(|a| OsString::from_vec(a.to_vec())).collect(),
    }
}

fn primary(c: Claim) -> desk_core::instance::Primary {
    match c {
        Claim::Primary(p) => p,
        Claim::Handed => panic!("expected to become the primary, but handed over"),
        Claim::Alone(why) => panic!("expected to become the primary, got alone: {why}"),
    }
}

/// A later start with `file` hands it to `p` and is told to leave.
fn hands_over(p: &desk_core::instance::Primary, sock: &std::path::Path, file: &'static str) {
    let sock = sock.to_path_buf();
    let later = std::thread::spawn(move || claim_at(&sock, &req(&[file.as_bytes()])));
    assert_eq!(p.accept().unwrap().args, vec![OsString::from(file)]);
    assert!(matches!(later.join().unwrap(), Claim::Handed));
}

#[test]
fn a_second_start_hands_its_files_to_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let sock = dir.path().join("a.sock");
    let first = primary(claim_at(&sock, &req(&[])));
    // Paths need not be UTF-8: the bytes travel as they are.
    let sent = req(&[b"sales.csv", b"/tmp/caf\xe9.tsv", b"file:///tmp/a%20b.csv"]);
    let sent2 = sent.clone();
    let second = std::thread::spawn(move || claim_at(&sock, &sent2));
    let got = first.accept().unwrap();
    assert_eq!(got, sent);
    assert!(matches!(second.join().unwrap(), Claim::Handed));
}

#[test]
fn a_socket_left_by_a_crash_is_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let sock = dir.path().join("b.sock");
    // A crashed primary: its socket file exists, nobody listens.
    drop(std::os::unix::net::UnixListener::bind(&sock).unwrap());
    assert!(sock.exists());
    let p = primary(claim_at(&sock, &req(&[b"x.csv"])));
    // And it really listens now: a later start hands over to it.
    hands_over(&p, &sock, "y.csv");
}

#[test]
fn garbage_on_the_socket_is_skipped_and_the_primary_keeps_serving() {
    let dir = tempfile::tempdir().unwrap();
    let sock = dir.path().join("c.sock");
    let p = primary(claim_at(&sock, &req(&[])));
    for junk in [&b"not json\n"[..], b"{\"cwd\": 5}\n", b"{\"cwd\":[47],\"args\":[[97]]}"] {
        let mut s = UnixStream::connect(&sock).unwrap();
        s.write_all(junk).unwrap();
        // The last one has no newline: the writer closes without finishing its line.
    }
    hands_over(&p, &sock, "z.csv");
}

#[test]
fn separate_data_directories_are_separate_instances() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let (pa, pb) = (desk_core::instance::socket_path(a.path()), desk_core::instance::socket_path(b.path()));
    assert_ne!(pa, pb);
    assert_eq!(pa, desk_core::instance::socket_path(a.path()), "the same directory always names the same socket");
    let name = pa.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("analyst-desk-") && name.ends_with(".sock") && name.len() == 13 + 16 + 5, "{name}");
}

#[test]
fn the_socket_is_private_to_its_user() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let sock = dir.path().join("d.sock");
    let p = primary(claim_at(&sock, &req(&[])));
    let mode = std::fs::metadata(p.path()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    drop(p);
    assert!(!sock.exists(), "a primary that ends removes its socket");
}
