//! The speculative read of a large plain delimited file (see `load`) in parallel chunks, one thread each.
//!
//! The file is cut after a line break near each 1/n of its bytes. Each chunk's thread parses, weighs,
//! converts and appends its own records, through its own connection and transaction, so the engine's
//! work of storing them (compression) runs in parallel too. The first chunk's thread reads the sample,
//! guesses the layout exactly as the sequential read does and hands it to the others.
//!
//! A cut is trusted only when the thread reading the chunk before it meets a record starting exactly
//! there (a line break inside a quoted field is not a record boundary): otherwise that thread reads on
//! through the next chunk, whose work is thrown away. The transactions of the chunks used are committed
//! in file order, which keeps the rows in file order; the scans and profiles are merged in that order
//! into exactly what one read would have given (a column's evidence that cannot be merged from the two
//! summaries is weighed again over the later chunk's records; sums of real numbers, whose rounding
//! depends on the order of additions, are continued over the stored values in file order).
//!
//! Anything unexpected (a thread failing, a file shorter than measured) gives up the parallel read:
//! the caller then reads the file sequentially.

use super::infer::ColumnType;
use super::load::{layout, Converter, Layout, LoadSpec, Scan, Sink, SpecEnd, MAX_COLUMNS, SAMPLE_BYTES, SAMPLE_ROWS};
use super::naming::quote;
use super::profile::ColumnStats;
use super::source::{open_nofollow, Bom, Codec};
use super::Stage;
use crate::engine::{self, Connection, Database};
use crate::error::{DeskError, Result};
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex};

/// A delimited file that may be read in chunks.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Split<'a> {
    pub path: &'a Path,
    pub bom: Bom,
    pub delimiter: u8,
    pub size: u64,
    /// How many chunks to cut it into.
    pub chunks: usize,
}

/// Files smaller than this are read by one thread (the threads and transactions are not worth it).
const MIN_PARALLEL_BYTES: u64 = 16 << 20;

/// Most chunks read at once.
const MAX_CHUNKS: usize = 4;

impl<'a> Split<'a> {
    /// A split of the file when it is worth one (UTF-8 without BOM or with one; large enough; more than
    /// one core).
    pub(crate) fn of(path: &'a Path, bom: Bom, delimiter: u8, size: u64) -> Option<Split<'a>> {
        let chunks = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, MAX_CHUNKS);
        let plain = matches!(bom, Bom::None | Bom::Utf8);
        (plain && chunks > 1 && size >= MIN_PARALLEL_BYTES).then_some(Split { path, bom, delimiter, size, chunks })
    }

    /// Where the records start: after the byte-order mark.
    fn data_start(&self) -> u64 {
        if self.bom == Bom::Utf8 {
            3
        } else {
            0
        }
    }

    /// The cuts: for each 1/n of the file, the byte after the first line break from there (increasing,
    /// within the file). Fewer when a stretch has no line break.
    fn cuts(&self, n: usize) -> Result<Vec<u64>> {
        let mut file = open_nofollow(self.path)?;
        let mut cuts: Vec<u64> = Vec::new();
        let mut buf = vec![0u8; 1 << 16];
        for k in 1..n {
            let mut at = (self.size * k as u64 / n as u64).max(self.data_start());
            if cuts.last().is_some_and(|c| at < *c) {
                continue;
            }
            file.seek(SeekFrom::Start(at)).map_err(|e| DeskError::io_at(self.path, e))?;
            // Look for a line break within the next MiB.
            let mut found = None;
            let mut looked = 0usize;
            while found.is_none() && looked < (1 << 20) {
                let got = file.read(&mut buf).map_err(|e| DeskError::io_at(self.path, e))?;
                if got == 0 {
                    break;
                }
                found = buf[..got].iter().position(|b| *b == b'\n').map(|i| at + i as u64 + 1);
                at += got as u64;
                looked += got;
            }
            if let Some(c) = found.filter(|c| *c < self.size) {
                if cuts.last().is_none_or(|last| c > *last) {
                    cuts.push(c);
                }
            }
        }
        Ok(cuts)
    }

    fn reader(&self, start: u64) -> Result<csv::Reader<std::fs::File>> {
        let mut file = open_nofollow(self.path)?;
        file.seek(SeekFrom::Start(start)).map_err(|e| DeskError::io_at(self.path, e))?;
        Ok(csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(self.delimiter)
            .buffer_capacity(1 << 17)
            .from_reader(file))
    }
}

/// What the first chunk's thread decided from the sample, for the others.
struct Guess {
    /// The guessed layout's plans, or None when no table is made from the guess (too many columns).
    plans: Option<Vec<super::infer::ColumnPlan>>,
    first: csv::ByteRecord,
}

enum Board {
    Waiting,
    Ready(std::sync::Arc<Guess>),
    /// The first chunk failed: the others stop.
    Failed,
}

/// Where the first chunk's thread posts the guess.
struct GuessBoard {
    state: Mutex<Board>,
    ready: Condvar,
}

impl GuessBoard {
    fn post(&self, b: Board) {
        if let Ok(mut s) = self.state.lock() {
            *s = b;
        }
        self.ready.notify_all();
    }

    fn wait(&self) -> Option<std::sync::Arc<Guess>> {
        let mut s = self.state.lock().ok()?;
        loop {
            match &*s {
                Board::Ready(g) => return Some(g.clone()),
                Board::Failed => return None,
                Board::Waiting => s = self.ready.wait(s).ok()?,
            }
        }
    }
}

/// Posts `Failed` if the first chunk's thread ends without posting the guess.
struct PostOnDrop<'b>(&'b GuessBoard);

impl Drop for PostOnDrop<'_> {
    fn drop(&mut self) {
        if let Ok(s) = self.0.state.lock() {
            if !matches!(*s, Board::Waiting) {
                return;
            }
        }
        self.0.post(Board::Failed);
    }
}

/// What one chunk's thread read.
struct ChunkEnd<'d> {
    scan: Scan,
    stats: Vec<ColumnStats>,
    mismatched: Vec<u64>,
    /// Every record was converted under the guess and appended (its transaction holds them).
    kept: bool,
    /// Records converted (and appended when kept).
    rows: u64,
    /// The cut (its index among the chunks) at which a record started and the chunk ended, and that
    /// record's line counted from the chunk's start; None at the end of the file.
    stop: Option<(usize, u64)>,
    /// The first chunk's guess.
    guess: Option<Layout>,
    conn: Connection<'d>,
    began: bool,
}

/// One chunk: from byte `start` to the first cut after it where a record starts (or the end).
struct ChunkJob<'s> {
    index: usize,
    start: u64,
    /// The cuts after this chunk's start, with their chunk index.
    cuts: Vec<(usize, u64)>,
    split: &'s Split<'s>,
    table: &'s str,
    codec: Codec,
    semicolon: bool,
    board: &'s GuessBoard,
    done: &'s AtomicU64,
}

impl ChunkJob<'_> {
    fn run<'d>(&self, conn: Connection<'d>) -> Result<ChunkEnd<'d>> {
        let mut rdr = self.split.reader(self.start)?;
        let path = self.split.path.display().to_string();
        let read = |rdr: &mut csv::Reader<std::fs::File>, rec: &mut csv::ByteRecord| {
            rdr.read_byte_record(rec)
                .map_err(|e| DeskError::TableUnreadable { path: path.clone(), reason: e.to_string() })
        };
        let mut scan = Scan::new(self.codec);
        let mut end = ChunkEnd {
            scan: Scan::new(self.codec),
            stats: Vec::new(),
            mismatched: Vec::new(),
            kept: false,
            rows: 0,
            stop: None,
            guess: None,
            conn,
            began: false,
        };
        let mut first = csv::ByteRecord::new();
        let mut sample: Vec<csv::ByteRecord> = Vec::new();
        let mut ended = false;
        let guess = if self.index == 0 {
            let _failed = PostOnDrop(self.board);
            // The sample and the guess, exactly as the sequential read takes them.
            let has_first = read(&mut rdr, &mut first)?;
            if has_first {
                scan.first_record(&first);
            }
            ended = !has_first;
            let mut sampled_bytes = 0usize;
            while !ended && sample.len() < SAMPLE_ROWS && sampled_bytes < SAMPLE_BYTES {
                let mut rec = csv::ByteRecord::new();
                if !read(&mut rdr, &mut rec)? {
                    ended = true;
                    break;
                }
                scan.observe(&rec);
                sampled_bytes += rec.as_slice().len() + 8 * rec.len();
                sample.push(rec);
            }
            let mut guess = layout(&scan, self.codec, self.semicolon);
            guess.store_plainly(&sample, self.codec);
            let plans = if guess.plans.len() > MAX_COLUMNS {
                None
            } else {
                end.conn.execute(&guess.create_sql(self.table)).map_err(super::db_err)?;
                Some(guess.plans.clone())
            };
            let posted = std::sync::Arc::new(Guess { plans, first: first.clone() });
            self.board.post(Board::Ready(posted.clone()));
            end.guess = Some(guess);
            if !has_first {
                end.scan = scan;
                return Ok(end);
            }
            posted
        } else {
            let Some(g) = self.board.wait() else { return Ok(end) };
            // Only the first record's width is needed here (short and long records are counted against it).
            scan.first = g.first.clone();
            g
        };
        let header = end.guess.as_ref().is_some_and(|g| g.header);
        let no_plans = Vec::new();
        let plans = guess.plans.as_ref().unwrap_or(&no_plans);
        let width = plans.len();
        let mut sink = None;
        if guess.plans.is_some() {
            end.conn.execute("BEGIN").map_err(super::db_err)?;
            end.began = true;
            sink = Some(Sink::open(&end.conn, self.table, plans)?);
        }
        let mut stats: Vec<ColumnStats> = plans.iter().map(|p| ColumnStats::new(p.ty)).collect();
        let mut conv = Converter::new(plans, self.codec);
        let mut kept = sink.is_some();
        if self.index == 0 {
            if !header && !conv.push(&first) {
                kept = false;
            }
            for rec in &sample {
                if kept && !conv.push(rec) {
                    kept = false;
                }
                if kept {
                    conv.drain(false, sink.as_mut(), &mut stats)?;
                }
            }
        }
        drop(sample);
        let mut next_cut = 0usize;
        let mut rec = csv::ByteRecord::new();
        while !ended && read(&mut rdr, &mut rec)? {
            let at = self.start + rec.position().map_or(0, |p| p.byte());
            // A cut passed inside a record is no boundary: read on to the next one.
            while self.cuts.get(next_cut).is_some_and(|(_, c)| *c < at) {
                next_cut += 1;
            }
            if let Some((k, c)) = self.cuts.get(next_cut) {
                if *c == at {
                    end.stop = Some((*k, rec.position().map_or(1, |p| p.line())));
                    break;
                }
            }
            if !kept || rec.len() > width {
                scan.observe(&rec);
                kept = false;
                continue;
            }
            if scan.observe_and_push(&rec, &mut conv) {
                if conv.drain(false, sink.as_mut(), &mut stats).is_err() {
                    kept = false;
                }
            } else {
                kept = false;
            }
            self.done.store(at - self.start, Ordering::Relaxed);
        }
        if kept {
            conv.drain(true, sink.as_mut(), &mut stats)?;
            if let Some(s) = sink.take() {
                s.finish()?;
            }
        }
        drop(sink);
        end.rows = scan.body_rows + u64::from(self.index == 0 && !header && !first.is_empty());
        end.kept = kept;
        end.mismatched = conv.mismatched;
        end.stats = stats;
        end.scan = scan;
        Ok(end)
    }
}

/// The speculative read in parallel chunks. None when it gave up (the caller reads sequentially; the
/// table, if it was created, is dropped by the caller).
pub(super) fn speculate(
    conn: &Database,
    table: &str,
    split: &Split,
    spec: &LoadSpec,
    progress: &mut dyn FnMut(Stage, u64),
) -> Result<Option<SpecEnd>> {
    let n = split.chunks;
    if n < 2 {
        return Ok(None);
    }
    let cuts = split.cuts(n)?;
    if cuts.is_empty() {
        return Ok(None);
    }
    // Each chunk's thread does its own appending: the engine's worker threads would only wait for work
    // (spinning) beside them. Restored when the chunks are read.
    let threads = conn.query_row("SELECT current_setting('threads')").map_err(super::db_err)?;
    let threads = threads.first().and_then(|v| v.as_i64()).unwrap_or(1);
    conn.execute("SET threads = 1").map_err(super::db_err)?;
    let read = read_chunks(conn, table, split, spec, &cuts, progress);
    conn.execute(&format!("SET threads = {threads}")).map_err(super::db_err)?;
    read
}

/// The chunks after the first start at `cuts`.
fn read_chunks(
    conn: &Database,
    table: &str,
    split: &Split,
    spec: &LoadSpec,
    cuts: &[u64],
    progress: &mut dyn FnMut(Stage, u64),
) -> Result<Option<SpecEnd>> {
    let mut conns = Vec::with_capacity(cuts.len() + 1);
    for _ in 0..=cuts.len() {
        conns.push(conn.connect().map_err(super::db_err)?);
    }
    let board = GuessBoard { state: Mutex::new(Board::Waiting), ready: Condvar::new() };
    let done: Vec<AtomicU64> = (0..=cuts.len()).map(|_| AtomicU64::new(0)).collect();
    let starts: Vec<u64> = std::iter::once(split.data_start()).chain(cuts.iter().copied()).collect();
    let jobs: Vec<ChunkJob> = starts
        .iter()
        .enumerate()
        .map(|(index, &start)| ChunkJob {
            index,
            start,
            cuts: cuts.iter().enumerate().map(|(i, c)| (i + 1, *c)).filter(|(_, c)| *c > start).collect(),
            split,
            table,
            codec: spec.codec,
            semicolon: spec.semicolon,
            board: &board,
            done: &done[index],
        })
        .collect();
    let started = std::time::Instant::now();
    let ends: Vec<Result<ChunkEnd>> = std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        let handles: Vec<_> = jobs
            .iter()
            .zip(conns)
            .map(|(job, c)| {
                let tx = tx.clone();
                scope.spawn(move || {
                    let t = std::time::Instant::now();
                    let out = job.run(c);
                    super::trace(&format!("chunk {} thread", job.index), t);
                    drop(tx);
                    out
                })
            })
            .collect();
        drop(tx);
        let mut last = 0u64;
        while let Err(std::sync::mpsc::RecvTimeoutError::Timeout) =
            rx.recv_timeout(std::time::Duration::from_millis(50))
        {
            let bytes: u64 = done.iter().map(|d| d.load(Ordering::Relaxed)).sum();
            if bytes >= last + (1 << 20) {
                last = bytes;
                progress(Stage::Scan, bytes);
            }
        }
        handles
            .into_iter()
            .map(|h| {
                h.join().unwrap_or_else(|_| {
                    Err(DeskError::TableUnreadable {
                        path: spec.path.to_string(),
                        reason: "a reading thread stopped unexpectedly".into(),
                    })
                })
            })
            .collect()
    });
    let mut slots: Vec<Option<ChunkEnd>> = Vec::with_capacity(ends.len());
    for e in ends {
        match e {
            Ok(end) => slots.push(Some(end)),
            // A thread failed: read sequentially (which reports the failure if it is real).
            Err(_) => return Ok(None),
        }
    }
    // The chunks used, in file order (each starts where the one before it stopped), with the number of
    // lines before each.
    let mut used: Vec<(usize, u64)> = vec![(0, 0)];
    while let Some(&(i, before)) = used.last() {
        match slots.get(i).and_then(|e| e.as_ref()).and_then(|e| e.stop) {
            Some((k, line)) if k > i && k < slots.len() => used.push((k, before + line.saturating_sub(1))),
            Some(_) => return Ok(None),
            None => break,
        }
    }
    #[cfg(test)]
    USED.with(|u| u.set(used.len()));
    let Some(first) = slots[0].take() else { return Ok(None) };
    let kept = first.kept && used[1..].iter().all(|(i, _)| slots[*i].as_ref().is_some_and(|e| e.kept));
    let mut scan = first.scan;
    let mut stats = first.stats;
    let mut mismatched = first.mismatched;
    let first_rows = first.rows;
    let guess = first.guess;
    let mut commits = vec![(first.conn, first.began)];
    for &(i, before) in &used[1..] {
        let Some(e) = slots[i].take() else { return Ok(None) };
        let (start, end_at) = (starts[i], e.stop.map(|(k, _)| starts[k]));
        scan.merge(e.scan, before, |evidence, columns| {
            #[cfg(test)]
            REPLAYED.with(|r| r.set(r.get() + columns.len()));
            weigh_again(split, spec.codec, start, end_at, evidence, columns)
        })?;
        for (s, l) in stats.iter_mut().zip(e.stats) {
            s.merge(l);
        }
        for (m, l) in mismatched.iter_mut().zip(e.mismatched) {
            *m += l;
        }
        commits.push((e.conn, e.began));
    }
    super::trace("chunks read", started);
    let t = std::time::Instant::now();
    // In file order, so the rows are too; the chunks read for nothing are rolled back.
    for (c, began) in &commits {
        if *began {
            c.execute(if kept { "COMMIT" } else { "ROLLBACK" }).map_err(super::db_err)?;
        }
    }
    for e in slots.into_iter().flatten() {
        if e.began {
            e.conn.execute("ROLLBACK").map_err(super::db_err)?;
        }
    }
    drop(commits);
    super::trace("chunks committed", t);
    if let (true, Some(g)) = (kept && used.len() > 1, &guess) {
        continue_sums(conn, table, g, first_rows, &mut stats)?;
    }
    progress(Stage::Scan, split.size);
    Ok(Some(SpecEnd { scan, guess, kept, stats, mismatched, bytes: split.size }))
}

#[cfg(test)]
thread_local! {
    /// How many chunks the last parallel read on this thread used, and how many columns it weighed again.
    static USED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    static REPLAYED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Weigh the values of `columns` of the records from byte `start` to `end_at` again (see `Scan::merge`).
fn weigh_again(
    split: &Split,
    codec: Codec,
    start: u64,
    end_at: Option<u64>,
    evidence: &mut [super::infer::ColumnEvidence],
    columns: &[usize],
) -> Result<()> {
    let mut rdr = split.reader(start)?;
    let mut rec = csv::ByteRecord::new();
    let path = split.path.display().to_string();
    while rdr
        .read_byte_record(&mut rec)
        .map_err(|e| DeskError::TableUnreadable { path: path.clone(), reason: e.to_string() })?
    {
        let at = start + rec.position().map_or(0, |p| p.byte());
        if end_at.is_some_and(|e| at >= e) {
            break;
        }
        Scan::weigh_again(codec, evidence, columns, &rec);
    }
    Ok(())
}

/// The sums of the real-number columns, continued from the first chunk's over the stored values of the
/// rows after it, in file order: the same additions in the same order as one read makes.
fn continue_sums(conn: &Database, table: &str, guess: &Layout, skip: u64, stats: &mut [ColumnStats]) -> Result<()> {
    let reals: Vec<usize> =
        guess.plans.iter().enumerate().filter(|(_, p)| p.ty == ColumnType::Real).map(|(i, _)| i).collect();
    if reals.is_empty() {
        return Ok(());
    }
    let cols: Vec<String> = reals.iter().map(|&i| quote(&guess.names[i])).collect();
    let sql = format!("SELECT {} FROM {}", cols.join(", "), quote(table));
    let prepared = conn.prepare_one(&sql).map_err(|e| match e {
        engine::PrepareError::Engine(e) => super::db_err(e),
        _ => super::db_err(engine::Error::other("the sums query is not one statement")),
    })?;
    let mut stream = prepared.stream().map_err(super::db_err)?;
    let mut row = 0u64;
    while let Some(chunk) = stream.next_chunk().map_err(super::db_err)? {
        let n = chunk.len() as u64;
        if row + n <= skip {
            row += n;
            continue;
        }
        let from = skip.saturating_sub(row) as usize;
        for r in from..chunk.len() {
            for (c, &i) in reals.iter().enumerate() {
                if let Some(v) = chunk.value(c, r).as_f64() {
                    stats[i].add_to_sum(v);
                }
            }
        }
        row += n;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::super::load::{load, LoadSpec, Loaded};
    use super::super::source::DelimitedRows;
    use super::*;
    use std::fmt::Write as _;

    /// Everything a load tells, as text.
    fn shown(l: &Loaded) -> String {
        let mut out = format!("rows {} header {} codec {:?} warnings {:?}\n", l.rows, l.header, l.codec, l.warnings);
        for c in &l.columns {
            let _ = writeln!(
                out,
                "{} {:?} {:?} {:?} {:?} {:?} {}",
                c.name, c.original, c.ty, c.notes, c.profile, c.facts, c.rising
            );
        }
        out
    }

    /// Every row of a table, in its order, as text.
    fn contents(db: &Database, table: &str) -> Vec<String> {
        let rows = db.query(&format!("SELECT * FROM {}", quote(table))).unwrap();
        rows.rows.iter().map(|r| format!("{r:?}")).collect()
    }

    /// Load `text` once in one read and once in `chunks` chunks: the same table, profiles and warnings.
    /// The chunks used and the columns weighed again.
    fn same_in_chunks(name: &str, text: &[u8], delimiter: u8, chunks: usize) -> (usize, usize) {
        USED.with(|u| u.set(0));
        REPLAYED.with(|r| r.set(0));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("{name}.csv"));
        std::fs::write(&path, text).unwrap();
        let db = Database::open(&dir.path().join("t.duckdb"), &super::super::engine_settings()).unwrap();
        let mut results = Vec::new();
        for (table, split) in [("one", None), ("chunked", Some(chunks))] {
            let split =
                split.map(|chunks| Split { path: &path, bom: Bom::None, delimiter, size: text.len() as u64, chunks });
            let spec =
                LoadSpec { path: "f.csv", codec: Codec::Utf8, may_fallback: true, semicolon: delimiter == b';', split };
            let mut rows = DelimitedRows::new(&path, Bom::None, delimiter);
            let loaded = load(&db, table, &mut rows, &spec, &mut |_, _| {}).unwrap();
            results.push((shown(&loaded), contents(&db, table)));
        }
        assert_eq!(results[0].0, results[1].0, "{name}: the same columns, profiles and warnings");
        assert!(results[0].1 == results[1].1, "{name}: the same rows in the same order");
        (USED.with(|u| u.get()), REPLAYED.with(|r| r.get()))
    }

    /// `n` records from `line(i)` after a header.
    fn file(header: &str, n: usize, line: impl Fn(usize) -> String) -> Vec<u8> {
        let mut s = format!("{header}\n");
        for i in 0..n {
            s.push_str(&line(i));
            s.push('\n');
        }
        s.into_bytes()
    }

    #[test]
    fn chunks_load_exactly_like_one_read() {
        // Numbers whose sum depends on the order of additions, dates, text past the tracked bounds.
        let plain = file("id,when,amount,share,label,code", 120_000, |i| {
            let h = (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            format!(
                "{i},2024-{:02}-{:02},{}.{:02},{}%,label {},C{}",
                h % 12 + 1,
                h % 28 + 1,
                h % 100_000,
                h % 97,
                h % 7,
                h % 130_000,
                h % 60_000
            )
        });
        assert_eq!(same_in_chunks("plain", &plain, b',', 3), (3, 0), "three chunks used, merged from summaries");
        // Quoted line breaks everywhere, so cuts land inside quotes.
        let quoted = file("id,note,value", 40_000, |i| format!("{i},\"line one\nline {i}\n\",{}.5", i % 1000));
        let (used, _) = same_in_chunks("quoted", &quoted, b',', 4);
        assert!(used < 4, "a cut inside quotes is no boundary: {used} chunks used");
        // A late value that changes a type (the table is loaded again), words among numbers, a column
        // that stops being weighed only in a later chunk, ragged records, bytes that are not UTF-8.
        let late = file("id,qty,mixed,name", 30_000, |i| match i {
            25_000 => format!("{i},abc,1a2,caf\u{e9}"),
            12_000 | 18_000 => format!("{i},n/a,unknown,\u{e9}t\u{e9}"),
            21_000 => format!("{i},7,3,extra,fields"),
            22_000 => format!("{i},7"),
            _ => format!("{i},{},{},n{}", i % 50, i % 9, i % 3),
        });
        assert_eq!(same_in_chunks("late", &late, b',', 3), (3, 1), "the 'mixed' column is weighed again");
        let mut latin = late.clone();
        let at = latin.len() * 3 / 4;
        let nl = at + latin[at..].iter().position(|b| *b == b'\n').unwrap() + 1;
        latin.splice(nl..nl, b"99999,5,5,caf\xe9\n".iter().copied());
        same_in_chunks("latin", &latin, b',', 3);
        // Words among numbers, spread across chunks, that stay few: missing values.
        let words = file("id;amount;flag", 30_000, |i| match i % 7001 {
            0 => format!("{i};absent;yes"),
            1 => format!("{i};-;no"),
            _ => format!("{i};{},{:02};{}", i % 1000, i % 100, if i % 2 == 0 { "yes" } else { "no" }),
        });
        assert_eq!(same_in_chunks("words", &words, b';', 3).0, 3);
        // No header: the first record is data.
        let bare = file("1,2.5,2024-01-01", 30_000, |i| format!("{},{}.25,2024-02-{:02}", i + 2, i % 10, i % 28 + 1));
        assert_eq!(same_in_chunks("bare", &bare, b',', 2).0, 2);
    }
}
