//! Loading one record source into one typed SQLite table, in two passes over the source.
//!
//! Pass one reads every record to learn the width, the ragged rows, whether the first record is a header
//! and each column's type (and switches a delimited file to Windows-1252 when it is not valid UTF-8).
//! Pass two reads again, converts every value, inserts it with one prepared statement inside one
//! transaction, and feeds the profiles. Memory stays bounded by one record plus the profile sketches.
//! The table is created under the name the caller gives (a staging name); swapping it in and recording it
//! is the caller's job.

use super::infer::{is_typed, Cell, ColumnEvidence, ColumnPlan, ColumnType};
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
    let mut s = Scan {
        codec,
        first: Vec::new(),
        evidence: Vec::new(),
        body_rows: 0,
        short_rows: 0,
        long_rows: 0,
        width: 0,
    };
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
    let mut last_report = 0u64;
    while rows.next(&mut rec)? {
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
        for (ev, f) in s.evidence.iter_mut().zip(rec.iter()) {
            match codec.decode(f) {
                Some(t) => ev.add(&t),
                None if fallback => return Ok(None),
                None => ev.add(&String::from_utf8_lossy(f)),
            }
        }
        if s.body_rows % 4096 == 0 {
            let done = rows.bytes_read();
            if done - last_report >= PROGRESS_EVERY {
                last_report = done;
                progress(Stage::Scan, done);
            }
        }
    }
    progress(Stage::Scan, rows.bytes_read());
    Ok(Some(s))
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
    for (i, ((name, original), (plan, stat))) in names.into_iter().zip(originals).zip(plans.into_iter().zip(stats)).enumerate() {
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
    let mut stats: Vec<ColumnStats> = plans.iter().map(|p| ColumnStats::new(p.ty)).collect();
    let mut mismatched = vec![0u64; width];
    if width == 0 {
        return Ok((stats, mismatched));
    }
    let params: Vec<String> = (1..=width).map(|i| format!("?{i}")).collect();
    let sql = format!("INSERT INTO {} VALUES ({})", quote(table), params.join(", "));
    let mut stmt = conn.prepare(&sql).map_err(db_err)?;
    rows.rewind()?;
    let mut rec = csv::ByteRecord::new();
    let mut bufs: Vec<String> = vec![String::new(); width];
    let mut n: u64 = 0;
    let mut last_report = 0u64;
    if header && !rows.next(&mut rec)? {
        return Ok((stats, mismatched));
    }
    while rows.next(&mut rec)? {
        for i in 0..width {
            let raw = rec.get(i).unwrap_or(b"");
            let text = s.codec.decode_lossy(raw);
            let (cell, fits) = plans[i].convert(&text, &mut bufs[i]);
            if !fits {
                mismatched[i] += 1;
            }
            stats[i].add(&cell);
            let r = match cell {
                Cell::Null => stmt.raw_bind_parameter(i + 1, rusqlite::types::Null),
                Cell::Int(v) => stmt.raw_bind_parameter(i + 1, v),
                Cell::Real(v) => stmt.raw_bind_parameter(i + 1, v),
                Cell::Text(t) => stmt.raw_bind_parameter(i + 1, t),
            };
            r.map_err(db_err)?;
        }
        stmt.raw_execute().map_err(db_err)?;
        n += 1;
        if n % 4096 == 0 {
            let done = rows.bytes_read();
            if done - last_report >= PROGRESS_EVERY {
                last_report = done;
                progress(Stage::Load, done);
            }
        }
    }
    progress(Stage::Load, rows.bytes_read());
    Ok((stats, mismatched))
}
