//! Conversation history in one SQLite file: conversations, imported inputs, turns with receipts,
//! messages, tool calls with their results, wire events, and artifacts.
//!
//! Embedded, ordered migrations (tracked by `PRAGMA user_version`, run under the write lock so that two
//! processes opening a new file at once do not both migrate); WAL; foreign keys with cascading deletes;
//! every logical write in one short transaction, so a crash loses at most the write in flight.
//!
//! Many processes share this file (the app, its turn threads, `desk` commands in scripts). Every write
//! transaction is `BEGIN IMMEDIATE`: it takes the write lock up front, waiting for it (a busy timeout),
//! instead of reading first and failing at once with "database is locked" when another writer got in
//! between. A write that still finds the database busy is retried a few times before the error
//! (`history_busy`) is reported. Timestamps are unix milliseconds from the injected `Clock`. This module
//! does not touch desks on disk.

use crate::desk::DeskId;
use crate::error::{DeskError, Result};
use crate::snapshot::{ArtifactUpdate, Change};
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;
use std::path::Path;
use std::sync::Arc;

/// Source of "now" in unix milliseconds; injected so tests control time.
pub trait Clock: Send + Sync {
    fn now_ms(&self) -> i64;
}

#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
    }
}

/// Ordered migrations; the index + 1 is the schema version it produces. Never edit a released one.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE conversations (
    id          TEXT PRIMARY KEY CHECK (length(id) = 32),
    title       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX conversations_recent ON conversations(updated_at DESC);
CREATE TABLE inputs (
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    source          TEXT,
    bytes           INTEGER NOT NULL,
    sha256          TEXT NOT NULL,
    imported_at     INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, name)
);
CREATE TABLE turns (
    id              INTEGER PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    question        TEXT NOT NULL,
    provider        TEXT NOT NULL,
    model           TEXT,
    status          TEXT NOT NULL CHECK (status IN ('running','complete','error','cancelled','interrupted')),
    pid             INTEGER,
    next_item       INTEGER NOT NULL DEFAULT 0,
    started_at      INTEGER NOT NULL,
    ended_at        INTEGER,
    receipt         TEXT,
    error           TEXT,
    UNIQUE (conversation_id, seq)
);
CREATE TABLE messages (
    turn_id     INTEGER NOT NULL REFERENCES turns(id) ON DELETE CASCADE,
    item        INTEGER NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('user','assistant')),
    content     TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (turn_id, item)
);
CREATE TABLE tool_calls (
    turn_id     INTEGER NOT NULL REFERENCES turns(id) ON DELETE CASCADE,
    item        INTEGER NOT NULL,
    call_id     TEXT NOT NULL,
    name        TEXT NOT NULL,
    input       TEXT NOT NULL,
    ok          INTEGER,
    summary     TEXT,
    output      TEXT,
    started_at  INTEGER NOT NULL,
    ended_at    INTEGER,
    PRIMARY KEY (turn_id, item),
    UNIQUE (turn_id, call_id)
);
CREATE TABLE events (
    turn_id     INTEGER NOT NULL REFERENCES turns(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    event       TEXT NOT NULL,
    PRIMARY KEY (turn_id, seq)
);
CREATE TABLE artifacts (
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    path            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    size            INTEGER NOT NULL,
    turn_id         INTEGER REFERENCES turns(id) ON DELETE SET NULL,
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, path)
);
"#,
    r#"
-- 2: the session id a provider keeps for follow-ups (Claude Code's --resume).
ALTER TABLE turns ADD COLUMN provider_session TEXT;
"#,
];

pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conversation {
    pub id: String,
    pub title: String,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InputFile {
    pub name: String,
    pub source: Option<String>,
    pub bytes: u64,
    pub sha256: String,
    pub imported_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArtifactRow {
    pub path: String,
    pub kind: String,
    pub size: u64,
    pub turn: Option<i64>,
    pub updated_at: i64,
}

/// One item of a turn, in order: a message or a tool call with its result.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum TurnItem {
    Message {
        role: String,
        content: String,
        at: i64,
    },
    ToolCall {
        id: String,
        name: String,
        input: serde_json::Value,
        ok: Option<bool>,
        summary: Option<String>,
        output: Option<String>,
        at: i64,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TurnRecord {
    pub seq: i64,
    pub question: String,
    pub provider: String,
    pub model: Option<String>,
    pub status: String,
    pub started_at: i64,
    pub ended_at: Option<i64>,
    pub receipt: Option<serde_json::Value>,
    pub error: Option<serde_json::Value>,
    pub items: Vec<TurnItem>,
}

/// A turn in progress, as history knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TurnHandle {
    pub id: i64,
    pub seq: i64,
}

/// The history file (and its WAL and shared-memory files, which SQLite creates with the database's own
/// mode) readable by its owner only (0600): it holds every conversation.
fn owner_only(path: &Path) -> Result<()> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let io = |e| crate::error::DeskError::io_at(path, e);
    match std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
        Ok(_) => return Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(io(e)),
    }
    // A history written before: tighten it and its side files.
    let with = |suffix: &str| {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        std::path::PathBuf::from(p)
    };
    for p in [path.to_path_buf(), with("-wal"), with("-shm")] {
        if let Ok(m) = std::fs::symlink_metadata(&p) {
            let mode = m.permissions().mode();
            if m.is_file() && mode & 0o077 != 0 {
                std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode & 0o600)).map_err(io)?;
            }
        }
    }
    Ok(())
}

pub struct History {
    conn: Connection,
    clock: Arc<dyn Clock>,
}

/// How long one statement waits for another process's write to finish.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(15);
/// Attempts of a write that found the database busy even after waiting.
const WRITE_ATTEMPTS: u32 = 4;

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e,
        rusqlite::Error::SqliteFailure(f, _)
            if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// Run `f` again while SQLite says the database is busy (a few times, with a short pause); then report
/// `history_busy` rather than a bare "database is locked".
fn retry_busy<T>(mut f: impl FnMut() -> Result<T>) -> Result<T> {
    let mut attempt = 0;
    loop {
        match f() {
            Err(DeskError::History(e)) if is_busy(&e) => {
                attempt += 1;
                if attempt >= WRITE_ATTEMPTS {
                    return Err(DeskError::HistoryBusy { seconds: BUSY_TIMEOUT.as_secs() * u64::from(attempt) });
                }
                std::thread::sleep(std::time::Duration::from_millis(25 << attempt));
            }
            other => return other,
        }
    }
}

/// One write transaction that takes the write lock at once (see the module doc), retried while busy.
fn write<T>(conn: &mut Connection, f: impl Fn(&Transaction<'_>) -> Result<T>) -> Result<T> {
    retry_busy(|| {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    })
}

impl History {
    pub fn open(path: &Path, clock: Arc<dyn Clock>) -> Result<Self> {
        owner_only(path)?;
        let mut conn = retry_busy(|| {
            let conn = Connection::open(path)?;
            conn.busy_timeout(BUSY_TIMEOUT)?;
            Ok(conn)
        })?;
        retry_busy(|| {
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "synchronous", "NORMAL")?;
            conn.pragma_update(None, "foreign_keys", true)?;
            Ok(())
        })?;
        migrate(&mut conn, path)?;
        let mut history = History { conn, clock };
        history.mark_orphaned_turns()?;
        Ok(history)
    }

    pub fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }

    fn write<T>(&mut self, f: impl Fn(&Transaction<'_>) -> Result<T>) -> Result<T> {
        write(&mut self.conn, f)
    }

    /// Turns left `running` by a process that no longer exists become `interrupted`.
    fn mark_orphaned_turns(&mut self) -> Result<()> {
        let now = self.now_ms();
        self.write(|tx| {
            let rows: Vec<(i64, Option<i64>)> = tx
                .prepare("SELECT id, pid FROM turns WHERE status = 'running'")?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            for (id, pid) in rows {
                if !pid.is_some_and(process_alive) {
                    tx.execute(
                        "UPDATE turns SET status = 'interrupted', ended_at = ?2 WHERE id = ?1 AND status = 'running'",
                        params![id, now],
                    )?;
                }
            }
            Ok(())
        })
    }

    pub fn create_conversation(&mut self, id: &DeskId, title: &str) -> Result<Conversation> {
        let now = self.now_ms();
        self.write(|tx| {
            tx.execute(
                "INSERT INTO conversations (id, title, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
                params![id.as_str(), title, now],
            )?;
            Ok(())
        })?;
        Ok(Conversation { id: id.to_string(), title: title.to_string(), created_at: now, updated_at: now })
    }

    pub fn conversation(&self, id: &DeskId) -> Result<Conversation> {
        self.conn
            .query_row(
                "SELECT id, title, created_at, updated_at FROM conversations WHERE id = ?1",
                [id.as_str()],
                |r| Ok(Conversation { id: r.get(0)?, title: r.get(1)?, created_at: r.get(2)?, updated_at: r.get(3)? }),
            )
            .optional()?
            .ok_or_else(|| DeskError::ConversationNotFound { id: id.to_string() })
    }

    /// Most recently updated first.
    pub fn list(&self) -> Result<Vec<Conversation>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, title, created_at, updated_at FROM conversations ORDER BY updated_at DESC, rowid DESC",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(Conversation { id: r.get(0)?, title: r.get(1)?, created_at: r.get(2)?, updated_at: r.get(3)? })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn rename(&mut self, id: &DeskId, title: &str) -> Result<()> {
        let now = self.now_ms();
        let n = self.write(|tx| {
            Ok(tx.execute(
                "UPDATE conversations SET title = ?2, updated_at = ?3 WHERE id = ?1",
                params![id.as_str(), title, now],
            )?)
        })?;
        if n == 0 {
            return Err(DeskError::ConversationNotFound { id: id.to_string() });
        }
        Ok(())
    }

    /// Delete a conversation's rows (all its turns, messages, tool calls, events, inputs, artifacts).
    pub fn delete_conversation(&mut self, id: &DeskId) -> Result<()> {
        let n = self.write(|tx| Ok(tx.execute("DELETE FROM conversations WHERE id = ?1", [id.as_str()])?))?;
        if n == 0 {
            return Err(DeskError::ConversationNotFound { id: id.to_string() });
        }
        Ok(())
    }

    pub fn record_input(&mut self, id: &DeskId, file: &InputFile) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO inputs (conversation_id, name, source, bytes, sha256, imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![id.as_str(), file.name, file.source, file.bytes as i64, file.sha256, file.imported_at],
            )?;
            touch(tx, id, file.imported_at)
        })
    }

    pub fn inputs(&self, id: &DeskId) -> Result<Vec<InputFile>> {
        let mut stmt = self.conn.prepare(
            "SELECT name, source, bytes, sha256, imported_at FROM inputs WHERE conversation_id = ?1 ORDER BY imported_at, rowid",
        )?;
        let rows = stmt
            .query_map([id.as_str()], |r| {
                Ok(InputFile {
                    name: r.get(0)?,
                    source: r.get(1)?,
                    bytes: r.get::<_, i64>(2)? as u64,
                    sha256: r.get(3)?,
                    imported_at: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn artifacts(&self, id: &DeskId) -> Result<Vec<ArtifactRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT a.path, a.kind, a.size, t.seq, a.updated_at FROM artifacts a LEFT JOIN turns t ON t.id = a.turn_id
             WHERE a.conversation_id = ?1 ORDER BY a.updated_at, a.path",
        )?;
        let rows = stmt
            .query_map([id.as_str()], |r| {
                Ok(ArtifactRow {
                    path: r.get(0)?,
                    kind: r.get(1)?,
                    size: r.get::<_, i64>(2)? as u64,
                    turn: r.get(3)?,
                    updated_at: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Start a turn: the user's question becomes its first message.
    pub fn begin_turn(
        &mut self,
        id: &DeskId,
        question: &str,
        provider: &str,
        model: Option<&str>,
    ) -> Result<TurnHandle> {
        let now = self.now_ms();
        self.write(|tx| {
            let seq: i64 = tx.query_row(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM turns WHERE conversation_id = ?1",
                [id.as_str()],
                |r| r.get(0),
            )?;
            tx.execute(
                "INSERT INTO turns (conversation_id, seq, question, provider, model, status, pid, next_item, started_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, 'running', ?6, 1, ?7)",
                params![id.as_str(), seq, question, provider, model, std::process::id() as i64, now],
            )?;
            let turn_id = tx.last_insert_rowid();
            tx.execute(
                "INSERT INTO messages (turn_id, item, role, content, created_at) VALUES (?1, 0, 'user', ?2, ?3)",
                params![turn_id, question, now],
            )?;
            touch(tx, id, now)?;
            Ok(TurnHandle { id: turn_id, seq })
        })
    }

    pub fn add_message(&mut self, turn: TurnHandle, role: &str, content: &str) -> Result<()> {
        let now = self.now_ms();
        self.write(|tx| {
            let item = next_item(tx, turn)?;
            tx.execute(
                "INSERT INTO messages (turn_id, item, role, content, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![turn.id, item, role, content, now],
            )?;
            Ok(())
        })
    }

    pub fn tool_started(
        &mut self,
        turn: TurnHandle,
        call_id: &str,
        name: &str,
        input: &serde_json::Value,
    ) -> Result<()> {
        let now = self.now_ms();
        let input = input.to_string();
        self.write(|tx| {
            let item = next_item(tx, turn)?;
            tx.execute(
                "INSERT INTO tool_calls (turn_id, item, call_id, name, input, started_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![turn.id, item, call_id, name, input, now],
            )?;
            Ok(())
        })
    }

    pub fn tool_finished(
        &mut self,
        turn: TurnHandle,
        call_id: &str,
        ok: bool,
        summary: &str,
        output: &str,
    ) -> Result<()> {
        let now = self.now_ms();
        self.write(|tx| {
            tx.execute(
                "UPDATE tool_calls SET ok = ?3, summary = ?4, output = ?5, ended_at = ?6 WHERE turn_id = ?1 AND call_id = ?2",
                params![turn.id, call_id, ok, summary, output, now],
            )?;
            Ok(())
        })
    }

    /// Remember the session id a provider gave this turn (Claude Code resumes it on the next turn).
    pub fn set_provider_session(&mut self, turn: TurnHandle, session: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute("UPDATE turns SET provider_session = ?2 WHERE id = ?1", params![turn.id, session])?;
            Ok(())
        })
    }

    /// The session id of the conversation's latest turn with `provider` that recorded one.
    pub fn last_provider_session(&self, id: &DeskId, provider: &str) -> Result<Option<String>> {
        let s = self
            .conn
            .query_row(
                "SELECT provider_session FROM turns WHERE conversation_id = ?1 AND provider = ?2
                 AND provider_session IS NOT NULL ORDER BY seq DESC LIMIT 1",
                params![id.as_str(), provider],
                |r| r.get(0),
            )
            .optional()?;
        Ok(s)
    }

    /// Append wire events of a turn (for exact replay in the UI).
    pub fn add_events(&mut self, turn: TurnHandle, events: &[serde_json::Value]) -> Result<()> {
        let texts: Vec<String> = events.iter().map(|e| e.to_string()).collect();
        self.write(|tx| {
            let first: i64 =
                tx.query_row("SELECT COALESCE(MAX(seq), -1) + 1 FROM events WHERE turn_id = ?1", [turn.id], |r| {
                    r.get(0)
                })?;
            for (seq, e) in (first..).zip(&texts) {
                tx.execute("INSERT INTO events (turn_id, seq, event) VALUES (?1, ?2, ?3)", params![turn.id, seq, e])?;
            }
            Ok(())
        })
    }

    pub fn events(&self, id: &DeskId, turn_seq: i64) -> Result<Vec<serde_json::Value>> {
        let mut stmt = self.conn.prepare(
            "SELECT e.event FROM events e JOIN turns t ON t.id = e.turn_id
             WHERE t.conversation_id = ?1 AND t.seq = ?2 ORDER BY e.seq",
        )?;
        let rows = stmt.query_map(params![id.as_str(), turn_seq], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for row in rows {
            out.push(serde_json::from_str(&row?).unwrap_or(serde_json::Value::Null));
        }
        Ok(out)
    }

    /// Record artifact changes seen by a snapshot diff during `turn` (None: outside any turn).
    pub fn record_artifacts(
        &mut self,
        id: &DeskId,
        turn: Option<TurnHandle>,
        updates: &[ArtifactUpdate],
    ) -> Result<()> {
        if updates.is_empty() {
            return Ok(());
        }
        let now = self.now_ms();
        self.write(|tx| {
        for u in updates {
            match u.change {
                Change::Removed => {
                    tx.execute(
                        "DELETE FROM artifacts WHERE conversation_id = ?1 AND path = ?2",
                        params![id.as_str(), u.path],
                    )?;
                }
                Change::Added | Change::Modified => {
                    tx.execute(
                        "INSERT INTO artifacts (conversation_id, path, kind, size, turn_id, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                         ON CONFLICT (conversation_id, path) DO UPDATE SET
                           kind = excluded.kind, size = excluded.size, turn_id = excluded.turn_id, updated_at = excluded.updated_at",
                        params![id.as_str(), u.path, u.kind.as_str(), u.size as i64, turn.map(|t| t.id), now],
                    )?;
                }
            }
        }
        touch(tx, id, now)
        })
    }

    /// End a turn with its receipt (complete) or its error (error / cancelled).
    pub fn finish_turn(
        &mut self,
        id: &DeskId,
        turn: TurnHandle,
        status: &str,
        receipt: Option<&serde_json::Value>,
        error: Option<&serde_json::Value>,
    ) -> Result<()> {
        let now = self.now_ms();
        let (receipt, error) = (receipt.map(|r| r.to_string()), error.map(|e| e.to_string()));
        self.write(|tx| {
            tx.execute(
                "UPDATE turns SET status = ?2, ended_at = ?3, receipt = ?4, error = ?5 WHERE id = ?1",
                params![turn.id, status, now, receipt, error],
            )?;
            touch(tx, id, now)
        })
    }

    /// Every turn of a conversation, in order, with its items in order.
    pub fn turns(&self, id: &DeskId) -> Result<Vec<TurnRecord>> {
        self.conversation(id)?;
        let mut stmt = self.conn.prepare(
            "SELECT id, seq, question, provider, model, status, started_at, ended_at, receipt, error
             FROM turns WHERE conversation_id = ?1 ORDER BY seq",
        )?;
        let heads = stmt
            .query_map([id.as_str()], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    TurnRecord {
                        seq: r.get(1)?,
                        question: r.get(2)?,
                        provider: r.get(3)?,
                        model: r.get(4)?,
                        status: r.get(5)?,
                        started_at: r.get(6)?,
                        ended_at: r.get(7)?,
                        receipt: parse_json(r.get(8)?),
                        error: parse_json(r.get(9)?),
                        items: Vec::new(),
                    },
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut msg = self.conn.prepare("SELECT item, role, content, created_at FROM messages WHERE turn_id = ?1")?;
        let mut calls = self.conn.prepare(
            "SELECT item, call_id, name, input, ok, summary, output, started_at FROM tool_calls WHERE turn_id = ?1",
        )?;
        let mut out = Vec::with_capacity(heads.len());
        for (turn_id, mut rec) in heads {
            let mut items: Vec<(i64, TurnItem)> = msg
                .query_map([turn_id], |r| {
                    Ok((r.get(0)?, TurnItem::Message { role: r.get(1)?, content: r.get(2)?, at: r.get(3)? }))
                })?
                .collect::<rusqlite::Result<_>>()?;
            let tools: Vec<(i64, TurnItem)> = calls
                .query_map([turn_id], |r| {
                    Ok((
                        r.get(0)?,
                        TurnItem::ToolCall {
                            id: r.get(1)?,
                            name: r.get(2)?,
                            input: parse_json(r.get(3)?).unwrap_or(serde_json::Value::Null),
                            ok: r.get(4)?,
                            summary: r.get(5)?,
                            output: r.get(6)?,
                            at: r.get(7)?,
                        },
                    ))
                })?
                .collect::<rusqlite::Result<_>>()?;
            items.extend(tools);
            items.sort_by_key(|(i, _)| *i);
            rec.items = items.into_iter().map(|(_, it)| it).collect();
            out.push(rec);
        }
        Ok(out)
    }
}

fn parse_json(s: Option<String>) -> Option<serde_json::Value> {
    s.and_then(|s| serde_json::from_str(&s).ok())
}

fn touch(tx: &Transaction<'_>, id: &DeskId, now: i64) -> Result<()> {
    tx.execute("UPDATE conversations SET updated_at = MAX(updated_at, ?2) WHERE id = ?1", params![id.as_str(), now])?;
    Ok(())
}

fn next_item(tx: &Transaction<'_>, turn: TurnHandle) -> Result<i64> {
    let item: i64 = tx.query_row(
        "UPDATE turns SET next_item = next_item + 1 WHERE id = ?1 RETURNING next_item - 1",
        [turn.id],
        |r| r.get(0),
    )?;
    Ok(item)
}

fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    // Read the version, and migrate, under the write lock: a second process opening a new file at the
    // same moment waits, then finds it migrated.
    write(conn, |tx| {
        let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(DeskError::HistoryTooNew {
                path: path.display().to_string(),
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        }
        Ok(())
    })
}

fn process_alive(pid: i64) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else { return false };
    if pid <= 0 {
        return false;
    }
    // SAFETY: kill with signal 0 only checks for existence and permission; it sends nothing.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}
