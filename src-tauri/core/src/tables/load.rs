//! Loading one record source into one typed SQLite table, in two passes over the source.
//!
//! Pass one reads every record to learn the width, the ragged rows, whether the first record is a header
//! and each column's type (and switches a delimited file to Windows-1252 when it is not valid UTF-8).
//! Pass two reads again, converts every value, inserts it with one prepared statement inside one
//! transaction, and feeds the profiles. Memory stays bounded by one record plus the profile sketches.
//! The table is created under the name the caller gives (a staging name); swapping it in and recording it
//! is the caller's job.

use super::infer::{is_typed, Cell, ColumnEvidence, ColumnPlan, ColumnType};
use super::insert::{RawInsert, Value};
use super::naming::{column_names, quote};
use super::profile::{ColumnProfile, ColumnStats};
use super::source::{Codec, Rows};
use super::Stage;
use crate::error::{DeskError, Result};
use rusqlite::Connection;

/// What the loader needs to know about the source besides its records.
pub(crate) struct LoadSpec<'a> {
    /// Shown in errors.
    pub path: &'a str,
    pub codec: Codec,
    /// May switch to Windows-1252 when the bytes are not UTF-8 (delimited files only).
    pub may_fallback: bool,
    pub semicolon: bool,
}

/// One loaded column, before it becomes public `ColumnInfo`.
pub(crate) struct LoadedColumn {
    pub name: String,
    pub original: String,
    pub ty: ColumnType,
    pub notes: Vec<String>,
    pub profile: ColumnProfile,
}

pub(crate) struct Loaded {
    pub rows: u64,
    pub header: bool,
    pub codec: Codec,
    pub columns: Vec<LoadedColumn>,
    pub warnings: Vec<String>,
}

struct Scan {
    codec: Codec,
    first: Vec<String>,
    evidence: Vec<ColumnEvidence>,
    /// Records after the first.
    body_rows: u64,
    /// Records after the first with fewer / more fields than the first.
    short_rows: u64,
    long_rows: u64,
    width: usize,
}

fn db_err(e: rusqlite::Error) -> DeskError {
    DeskError::AnalysisDb(e)
}

const PROGRESS_EVERY: u64 = 1 << 20;

/// Pass one. Returns None when the bytes are not UTF-8 and the caller should retry with Windows-1252.
fn scan(
    rows: &mut dyn Rows,
    spec: &LoadSpec,
    codec: Codec,
    progress: &mut dyn FnMut(Stage, u64),
) -> Result<Option<Scan>> {
    rows.rewind()?;
    let mut rec = csv::ByteRecord::new();
    let mut s =
        Scan { codec, first: Vec::new(), evidence: Vec::new(), body_rows: 0, short_rows: 0, long_rows: 0, width: 0 };
    let fallback = spec.may_fallback && codec == Codec::Utf8;
    if !rows.next(&mut rec)? {
        return Ok(Some(s));
    }
    for f in rec.iter() {
        match codec.decode(f) {
            Some(t) => s.first.push(t.into_owned()),
            None if fallback => return Ok(None),
            None => s.first.push(String::from_utf8_lossy(f).into_owned()),
        }
    }
    let expected = s.first.len();
    s.width = expected;
    // A worker thread parses records into batches; this thread weighs the evidence.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Records>(4);
    let (back_tx, back_rx) = std::sync::mpsc::channel::<Records>();
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || read_records(rows, tx, back_rx));
        let mut last_report = 0u64;
        let mut undecodable = false;
        'batches: for batch in rx.iter() {
            for rec in &batch.records[..batch.len] {
                s.body_rows += 1;
                let n = rec.len();
                if n > s.width {
                    s.width = n;
                }
                if n < expected {
                    s.short_rows += 1;
                } else if n > expected {
                    s.long_rows += 1;
                }
                if s.evidence.len() < n {
                    s.evidence.resize_with(n, ColumnEvidence::default);
                }
                let whole = codec.whole(rec);
                for (i, ev) in s.evidence.iter_mut().enumerate().take(n) {
                    match codec.field(rec, whole, i) {
                        Some(t) => ev.add(&t),
                        None if fallback => {
                            undecodable = true;
                            break 'batches;
                        }
                        None => ev.add(&String::from_utf8_lossy(rec.get(i).unwrap_or(b""))),
                    }
                }
            }
            if batch.bytes_read - last_report >= PROGRESS_EVERY {
                last_report = batch.bytes_read;
                progress(Stage::Scan, batch.bytes_read);
            }
            let _ = back_tx.send(batch);
        }
        // Dropping the receiver stops the reader early when the bytes turned out not to be UTF-8.
        drop(rx);
        let bytes = reader.join().map_err(|_| DeskError::TableUnreadable {
            path: spec.path.to_string(),
            reason: "the reading thread stopped unexpectedly".into(),
        })??;
        if undecodable {
            return Ok(None);
        }
        progress(Stage::Scan, bytes);
        Ok(Some(s))
    })
}

/// Parsed records on their way from the reading thread to the one that uses them.
#[derive(Default)]
struct Records {
    records: Vec<csv::ByteRecord>,
    len: usize,
    bytes_read: u64,
}

/// Read the rest of `rows` into batches (recycled through `back`); returns the bytes read.
fn read_records(
    rows: &mut dyn Rows,
    tx: std::sync::mpsc::SyncSender<Records>,
    back: std::sync::mpsc::Receiver<Records>,
) -> Result<u64> {
    loop {
        let mut batch = back.try_recv().unwrap_or_default();
        batch.len = 0;
        while batch.len < BATCH_ROWS {
            if batch.records.len() <= batch.len {
                batch.records.push(csv::ByteRecord::new());
            }
            if !rows.next(&mut batch.records[batch.len])? {
                break;
            }
            batch.len += 1;
        }
        batch.bytes_read = rows.bytes_read();
        let last = batch.len < BATCH_ROWS;
        if batch.len > 0 && tx.send(batch).is_err() {
            break;
        }
        if last {
            break;
        }
    }
    Ok(rows.bytes_read())
}

/// Load `rows` into a new table `table` (which must not exist) on `conn`.
pub(crate) fn load(
    conn: &Connection,
    table: &str,
    rows: &mut dyn Rows,
    spec: &LoadSpec,
    progress: &mut dyn FnMut(Stage, u64),
) -> Result<Loaded> {
    let mut s = match scan(rows, spec, spec.codec, progress)? {
        Some(s) => s,
        None => match scan(rows, spec, Codec::Windows1252, progress)? {
            Some(s) => s,
            None => return Err(DeskError::TableUnreadable { path: spec.path.into(), reason: "undecodable".into() }),
        },
    };
    let mut warnings = Vec::new();
    if s.codec == Codec::Windows1252 {
        warnings.push("not valid UTF-8: read as Windows-1252 (Latin-1)".to_string());
    }

    // Header: the first record is a header unless one of its fields reads as a number, date or boolean.
    let header = !s.first.is_empty() && s.first.iter().all(|f| !is_typed(f.trim()));
    if s.width == 0 {
        // An empty file: one text column, no rows.
        s.width = 1;
        warnings.push("the file holds no records".to_string());
    }
    s.evidence.resize_with(s.width, ColumnEvidence::default);
    let mut rows_total = s.body_rows;
    if !header && !s.first.is_empty() {
        for (ev, f) in s.evidence.iter_mut().zip(&s.first) {
            ev.add(f);
        }
        rows_total += 1;
    }
    // Fields missing from short records are nulls.
    for ev in &mut s.evidence {
        let seen = ev.values + ev.nulls;
        ev.nulls += rows_total.saturating_sub(seen);
    }

    let expected = s.first.len();
    let mut originals: Vec<String> = Vec::with_capacity(s.width);
    let mut extra = 0;
    for i in 0..s.width {
        if header && i < expected {
            originals.push(s.first[i].clone());
        } else if header {
            extra += 1;
            originals.push(String::new());
        } else {
            originals.push(String::new());
        }
    }
    let mut names = column_names(&originals);
    if header {
        // Columns beyond the header are extra_1, extra_2 ... (unique against the header's names).
        let mut used: std::collections::HashSet<String> = names[..expected.min(names.len())].iter().cloned().collect();
        for (k, i) in (expected..s.width).enumerate() {
            let n = super::naming::unique(&format!("extra_{}", k + 1), &used);
            used.insert(n.clone());
            names[i] = n;
        }
    }
    if header && s.long_rows > 0 {
        warnings.push(format!(
            "{} rows have more fields than the header's {expected}: the extra fields are kept in {} column(s) named extra_1...",
            s.long_rows, extra
        ));
    }
    if header && s.short_rows > 0 {
        warnings.push(format!(
            "{} rows have fewer fields than the header's {expected}: the missing fields are NULL",
            s.short_rows
        ));
    }
    if !header && (s.long_rows > 0 || s.short_rows > 0) {
        warnings.push(format!(
            "{} rows have a different number of fields than the first ({expected}); missing fields are NULL",
            s.long_rows + s.short_rows
        ));
    }

    let plans: Vec<ColumnPlan> = s.evidence.iter().map(|ev| ev.plan(spec.semicolon)).collect();

    // Create the table and load it.
    let cols: Vec<String> = names.iter().zip(&plans).map(|(n, p)| format!("{} {}", quote(n), p.ty.sql())).collect();
    let create = if cols.is_empty() {
        format!("CREATE TABLE {} (\"column_1\" TEXT)", quote(table))
    } else {
        format!("CREATE TABLE {} ({})", quote(table), cols.join(", "))
    };
    conn.execute_batch("BEGIN").map_err(db_err)?;
    let result = fill(conn, table, &create, rows, &s, header, &plans, progress);
    // journal_mode is OFF while building, so there is no rollback: commit what is there; on failure the
    // caller drops the staging table.
    let commit = conn.execute_batch("COMMIT").map_err(db_err);
    let (stats, mismatched) = result?;
    commit?;

    let mut columns = Vec::with_capacity(s.width);
    for (i, ((name, original), (plan, stat))) in
        names.into_iter().zip(originals).zip(plans.into_iter().zip(stats)).enumerate()
    {
        let (profile, note) = stat.finish();
        let mut notes = plan.notes;
        if let Some(n) = note {
            notes.push(n);
        }
        if mismatched[i] > 0 {
            notes.push(format!(
                "{} values did not fit the column's type on the second read (did the file change?) and were kept as text",
                mismatched[i]
            ));
        }
        let original = if header && i >= expected { String::new() } else { original };
        columns.push(LoadedColumn { name, original, ty: plan.ty, notes, profile });
    }
    Ok(Loaded { rows: rows_total, header, codec: s.codec, columns, warnings })
}

/// A converted value inside a batch; text lives in the batch's arena.
#[derive(Debug, Clone, Copy)]
enum Slot {
    Null,
    Int(i64),
    Real(f64),
    Text(u32, u32),
}

/// Converted rows on their way from the parsing thread to the inserting one.
#[derive(Default)]
struct Batch {
    slots: Vec<Slot>,
    text: String,
    bytes_read: u64,
}

const BATCH_ROWS: usize = 2048;

/// Pass two. A worker thread reads, converts and profiles the records; this thread inserts them, so
/// parsing and SQLite overlap. Batches are bounded (a few in flight), so memory stays bounded.
#[allow(clippy::too_many_arguments)]
fn fill(
    conn: &Connection,
    table: &str,
    create: &str,
    rows: &mut dyn Rows,
    s: &Scan,
    header: bool,
    plans: &[ColumnPlan],
    progress: &mut dyn FnMut(Stage, u64),
) -> Result<(Vec<ColumnStats>, Vec<u64>)> {
    conn.execute_batch(create).map_err(db_err)?;
    let width = plans.len();
    // Rows go in `per` at a time (one multi-row INSERT), the remainder one by one: fewer statement runs.
    let per = (30_000 / width.max(1)).clamp(1, 32);
    let row_sql = |first: usize| {
        let params: Vec<String> = (first..first + width).map(|i| format!("?{i}")).collect();
        format!("({})", params.join(", "))
    };
    let one_sql = format!("INSERT INTO {} VALUES {}", quote(table), row_sql(1));
    let many_sql = format!(
        "INSERT INTO {} VALUES {}",
        quote(table),
        (0..per).map(|r| row_sql(r * width + 1)).collect::<Vec<_>>().join(", ")
    );
    let mut one = RawInsert::prepare(conn, &one_sql, width)?;
    let mut many = RawInsert::prepare(conn, &many_sql, width * per)?;
    let codec = s.codec;
    let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(4);
    let (back_tx, back_rx) = std::sync::mpsc::channel::<Batch>();
    std::thread::scope(|scope| {
        let worker = scope.spawn(move || produce(rows, codec, header, plans, tx, back_rx));
        let mut inserted: Result<()> = Ok(());
        let mut last_report = 0u64;
        for batch in rx.iter() {
            if let Err(e) = insert(&mut one, &mut many, per, &batch, width) {
                inserted = Err(e);
                break;
            }
            if batch.bytes_read - last_report >= PROGRESS_EVERY {
                last_report = batch.bytes_read;
                progress(Stage::Load, batch.bytes_read);
            }
            let _ = back_tx.send(batch);
        }
        // Dropping the receiver stops the worker if inserting failed.
        drop(rx);
        let produced = worker.join().map_err(|_| DeskError::TableUnreadable {
            path: table.to_string(),
            reason: "the reading thread stopped unexpectedly".into(),
        })?;
        inserted?;
        let (stats, mismatched, bytes) = produced?;
        progress(Stage::Load, bytes);
        Ok((stats, mismatched))
    })
}

fn values<'a>(slots: &'a [Slot], text: &'a str) -> impl Iterator<Item = Value<'a>> + 'a {
    slots.iter().map(move |slot| match *slot {
        Slot::Null => Value::Null,
        Slot::Int(v) => Value::Int(v),
        Slot::Real(v) => Value::Real(v),
        Slot::Text(start, len) => Value::Text(text.get(start as usize..(start + len) as usize).unwrap_or("")),
    })
}

fn insert(one: &mut RawInsert, many: &mut RawInsert, per: usize, batch: &Batch, width: usize) -> Result<()> {
    if width == 0 {
        return Ok(());
    }
    for group in batch.slots.chunks(per * width) {
        if group.len() == per * width {
            many.run(values(group, &batch.text))?;
        } else {
            for row in group.chunks_exact(width) {
                one.run(values(row, &batch.text))?;
            }
        }
    }
    Ok(())
}

type Produced = Result<(Vec<ColumnStats>, Vec<u64>, u64)>;

/// The worker of pass two: records to converted batches, with the profiles.
fn produce(
    rows: &mut dyn Rows,
    codec: Codec,
    header: bool,
    plans: &[ColumnPlan],
    tx: std::sync::mpsc::SyncSender<Batch>,
    back: std::sync::mpsc::Receiver<Batch>,
) -> Produced {
    let width = plans.len();
    let mut stats: Vec<ColumnStats> = plans.iter().map(|p| ColumnStats::new(p.ty)).collect();
    let mut mismatched = vec![0u64; width];
    rows.rewind()?;
    let mut rec = csv::ByteRecord::new();
    let mut bufs: Vec<String> = vec![String::new(); width];
    if header && !rows.next(&mut rec)? {
        return Ok((stats, mismatched, rows.bytes_read()));
    }
    let mut batch = Batch::default();
    let mut in_batch = 0usize;
    while rows.next(&mut rec)? {
        let whole = codec.whole(&rec);
        for i in 0..width {
            let field = codec.field(&rec, whole, i);
            let lossy: String;
            let text: &str = match &field {
                Some(t) => t,
                None => {
                    lossy = String::from_utf8_lossy(rec.get(i).unwrap_or(b"")).into_owned();
                    &lossy
                }
            };
            let (cell, fits) = plans[i].convert(text, &mut bufs[i]);
            if !fits {
                mismatched[i] += 1;
            }
            stats[i].add(&cell);
            batch.slots.push(match cell {
                Cell::Null => Slot::Null,
                Cell::Int(v) => Slot::Int(v),
                Cell::Real(v) => Slot::Real(v),
                Cell::Text(t) => {
                    let start = batch.text.len() as u32;
                    batch.text.push_str(t);
                    Slot::Text(start, t.len() as u32)
                }
            });
        }
        in_batch += 1;
        if in_batch == BATCH_ROWS {
            batch.bytes_read = rows.bytes_read();
            let mut next = back.try_recv().unwrap_or_default();
            next.slots.clear();
            next.text.clear();
            if tx.send(std::mem::replace(&mut batch, next)).is_err() {
                // The inserting side stopped (and reports why).
                return Ok((stats, mismatched, rows.bytes_read()));
            }
            in_batch = 0;
        }
    }
    batch.bytes_read = rows.bytes_read();
    let bytes = batch.bytes_read;
    if in_batch > 0 {
        let _ = tx.send(batch);
    }
    Ok((stats, mismatched, bytes))
}
