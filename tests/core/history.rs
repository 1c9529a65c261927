//! History: turns with their items in order, receipts, artifacts, migrations, orphaned turns, delete.

use desk_core::history::{Clock, History, TurnItem};
use desk_core::office::Office;
use desk_core::snapshot::{ArtifactKind, ArtifactUpdate, Change};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

struct FakeClock(AtomicI64);
impl Clock for FakeClock {
    fn now_ms(&self) -> i64 {
        self.0.fetch_add(1000, Ordering::SeqCst)
    }
}

fn office_at(dir: &std::path::Path) -> Office {
    Office::open_with(dir, Arc::new(FakeClock(AtomicI64::new(1_767_225_600_000))), Default::default()).unwrap()
}

#[test]
fn a_turn_is_recorded_in_order_and_survives_reopening() {
    let tmp = tempfile::tempdir().unwrap();
    let (id, first_updated) = {
        let mut office = office_at(tmp.path());
        let c = office.new_conversation(Some("Sales")).unwrap();
        let id = office.resolve(&c.id).unwrap();
        let h = office.history_mut();
        let t = h.begin_turn(&id, "monthly revenue?", "offline", None).unwrap();
        h.add_message(t, "assistant", "Looking at sales.csv").unwrap();
        h.tool_started(t, "call_1", "sql", &serde_json::json!({"query": "select 1"})).unwrap();
        h.tool_finished(t, "call_1", true, "1 row", "| 1 |").unwrap();
        h.add_message(t, "assistant", "Revenue was 42.").unwrap();
        let up =
            ArtifactUpdate { path: "report.md".into(), kind: ArtifactKind::Markdown, size: 9, change: Change::Added };
        h.record_artifacts(&id, Some(t), &[up]).unwrap();
        h.add_events(t, &[serde_json::json!({"type":"text_delta","text":"Revenue"})]).unwrap();
        let receipt = serde_json::json!({"duration_ms": 5, "provider": "offline"});
        h.finish_turn(&id, t, "complete", Some(&receipt), None).unwrap();
        (id, c.updated_at)
    };
    let office = office_at(tmp.path());
    let turns = office.turns(&id).unwrap();
    assert_eq!(turns.len(), 1);
    let t = &turns[0];
    assert_eq!((t.seq, t.status.as_str(), t.question.as_str()), (1, "complete", "monthly revenue?"));
    assert_eq!(t.receipt.as_ref().unwrap()["provider"], "offline");
    let kinds: Vec<String> = t
        .items
        .iter()
        .map(|i| match i {
            TurnItem::Message { role, content, .. } => format!("{role}: {content}"),
            TurnItem::ToolCall { name, ok, summary, .. } => format!("{name} {ok:?} {summary:?}"),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "user: monthly revenue?",
            "assistant: Looking at sales.csv",
            "sql Some(true) Some(\"1 row\")",
            "assistant: Revenue was 42.",
        ],
        "items come back in the order they happened"
    );
    let arts = office.history().artifacts(&id).unwrap();
    assert_eq!(arts.len(), 1);
    assert_eq!((arts[0].path.as_str(), arts[0].turn), ("report.md", Some(1)));
    assert_eq!(
        office.history().events(&id, 1).unwrap(),
        vec![serde_json::json!({"type":"text_delta","text":"Revenue"})]
    );
    let c = office.history().conversation(&id).unwrap();
    assert!(c.updated_at > first_updated, "activity moves a conversation up the sidebar");
}

#[test]
fn a_turn_left_running_by_a_dead_process_becomes_interrupted() {
    let tmp = tempfile::tempdir().unwrap();
    let id = {
        let mut office = office_at(tmp.path());
        let id_c = office.new_conversation(None).unwrap();
        let id = office.resolve(&id_c.id).unwrap();
        office.history_mut().begin_turn(&id, "q", "offline", None).unwrap();
        id
    };
    // Pretend the owner died: point the turn at a pid that cannot exist.
    let conn = rusqlite::Connection::open(tmp.path().join("history.sqlite3")).unwrap();
    conn.execute("UPDATE turns SET pid = 2147483646", []).unwrap();
    drop(conn);
    let office = office_at(tmp.path());
    assert_eq!(office.turns(&id).unwrap()[0].status, "interrupted");
}

#[test]
fn list_is_most_recent_first_and_delete_removes_rows_and_desk_together() {
    let tmp = tempfile::tempdir().unwrap();
    let mut office = office_at(tmp.path());
    let ca = office.new_conversation(Some("a")).unwrap();
    let cb = office.new_conversation(Some("b")).unwrap();
    let (a, b) = (office.resolve(&ca.id).unwrap(), office.resolve(&cb.id).unwrap());
    office.import_bytes(&a, "x.csv", b"1\n").unwrap();
    let titles: Vec<String> = office.list().unwrap().into_iter().map(|c| c.title).collect();
    assert_eq!(titles, ["a", "b"], "the conversation with the latest activity comes first");
    let desk_a = office.desk_dir(&a).unwrap();
    let t = office.history_mut().begin_turn(&a, "q", "offline", None).unwrap();
    office.history_mut().tool_started(t, "c1", "sql", &serde_json::json!({})).unwrap();
    office.delete(&a).unwrap();
    assert!(!desk_a.exists(), "the desk goes with the conversation");
    assert_eq!(office.resolve(a.as_str()).unwrap_err().code(), "conversation_not_found");
    let conn = rusqlite::Connection::open(tmp.path().join("history.sqlite3")).unwrap();
    for table in ["turns", "messages", "tool_calls", "inputs", "artifacts", "events"] {
        let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap();
        assert_eq!(n, 0, "{table} still holds rows of the deleted conversation");
    }
    assert_eq!(office.list().unwrap().len(), 1);
    assert!(office.desk_dir(&b).unwrap().exists(), "other desks are untouched");
    let trash: Vec<_> = std::fs::read_dir(tmp.path().join("desks")).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(trash, vec![std::ffi::OsString::from(b.as_str())], "nothing but b's desk is left");
}

#[test]
fn migrations_are_ordered_and_a_newer_schema_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("h.sqlite3");
    drop(History::open(&path, Arc::new(desk_core::history::SystemClock)).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(v, desk_core::history::SCHEMA_VERSION);
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    conn.pragma_update(None, "user_version", v + 1).unwrap();
    drop(conn);
    let e = History::open(&path, Arc::new(desk_core::history::SystemClock)).err().unwrap();
    assert_eq!(e.code(), "history_too_new");
}
