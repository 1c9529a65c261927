//! Loading one record source into one typed table of the analysis engine.
//!
//! Usually in one read: the first records (up to 10,000 or 8 MiB) give a guess of the layout (header,
//! width, each column's type); from then on every record is both weighed as evidence and converted and
//! inserted under the guess. At the end the evidence of every record decides the layout; when it
//! converts exactly like the guess, the table is done, otherwise (a late value changed a type, a late
//! row was wider) the table is dropped and loaded again in a second read under the final layout. Types
//! are therefore always decided over every row.
//!
//! Text is decided over every row too. Bytes are read as UTF-8; a record that is not valid UTF-8 has its
//! undecodable values read as Windows-1252, and is counted with its line number. At the end: a file with
//! no valid non-ASCII UTF-8 at all (or fewer such records than broken ones) was written in the legacy
//! encoding and is Windows-1252 as a whole (read again only when some value would read differently);
//! otherwise it stays UTF-8 and a warning names the lines whose values were not UTF-8. One stray byte
//! never changes how the rest of the file reads.
//!
//! Two threads share the work: a worker parses, weighs and converts records into bounded batches; the
//! calling thread appends them (whole data chunks through the engine's appender) and feeds the profiles. Memory is
//! bounded by the sample, a few batches and the profile sketches. The table is created under the name
//! the caller gives (a staging name); swapping it in and recording it is the caller's job.

use super::infer::{is_null, is_typed, trim, Cell, ColumnEvidence, ColumnPlan, ColumnType, Reading};
use super::naming::{column_names, quote};
use super::profile::{ColumnProfile, ColumnStats};
use super::source::{Codec, Rows};
use super::Stage;
use crate::engine::{self, Appender, Database};
use crate::error::{DeskError, Result};

/// What the loader needs to know about the source besides its records.
pub(crate) struct LoadSpec<'a> {
    /// Shown in errors.
    pub path: &'a str,
    pub codec: Codec,
    /// May be read as Windows-1252 as a whole when its bytes say so (delimited files without a BOM).
    pub may_fallback: bool,
    pub semicolon: bool,
    /// A plain delimited file large enough to be read in parallel chunks (see `chunks`).
    pub split: Option<super::chunks::Split<'a>>,
}

/// One loaded column, before it becomes public `ColumnInfo`.
pub(crate) struct LoadedColumn {
    pub name: String,
    pub original: String,
    pub ty: ColumnType,
    pub notes: Vec<String>,
    pub profile: ColumnProfile,
    /// What the column's meaning is decided from, measured while loading (see `meaning`).
    pub facts: crate::semantics::Facts,
    /// Every value is larger than the one before it, so none occurs twice (see `ColumnStats::rising`).
    pub rising: bool,
}

pub(crate) struct Loaded {
    pub rows: u64,
    pub header: bool,
    pub codec: Codec,
    pub columns: Vec<LoadedColumn>,
    pub warnings: Vec<String>,
}

pub(super) struct Scan {
    pub(super) codec: Codec,
    /// The first record as read (decoded by the final codec when the layout is decided).
    pub(super) first: csv::ByteRecord,
    evidence: Vec<ColumnEvidence>,
    /// Records that are valid UTF-8 and not plain ASCII: evidence that the file is UTF-8.
    utf8_records: u64,
    /// Records with bytes that are not UTF-8, and the line numbers of the first of them.
    bad_records: u64,
    bad_lines: Vec<u64>,
    /// Records after the first.
    pub(super) body_rows: u64,
    /// Records after the first with fewer / more fields than the first.
    short_rows: u64,
    long_rows: u64,
    pub(super) width: usize,
}

fn db_err(e: engine::Error) -> DeskError {
    DeskError::AnalysisDb(e)
}

const PROGRESS_EVERY: u64 = 1 << 20;

/// Line numbers of undecodable records named in the warning.
const BAD_LINES_SHOWN: usize = 5;

impl Scan {
    pub(super) fn new(codec: Codec) -> Self {
        Scan {
            codec,
            first: csv::ByteRecord::new(),
            evidence: Vec::new(),
            utf8_records: 0,
            bad_records: 0,
            bad_lines: Vec::new(),
            body_rows: 0,
            short_rows: 0,
            long_rows: 0,
            width: 0,
        }
    }

    /// Weigh what a record says about the file's encoding (`whole`: the record checked as UTF-8).
    fn weigh_bytes(&mut self, rec: &csv::ByteRecord, whole: Option<&str>) {
        if self.codec != Codec::Utf8 {
            return;
        }
        if whole.is_some() {
            if !rec.as_slice().is_ascii() {
                self.utf8_records += 1;
            }
            return;
        }
        self.bad_records += 1;
        if self.bad_lines.len() < BAD_LINES_SHOWN {
            // The line the record starts on (1 is the file's first line); the record's number otherwise.
            let line = rec.position().map(|p| p.line()).unwrap_or(self.body_rows + 1);
            self.bad_lines.push(line);
        }
    }

    /// The encoding decided over every record (see the module doc).
    fn decided(&self, may_fallback: bool) -> Codec {
        if self.codec == Codec::Utf8 && may_fallback && self.bad_records > self.utf8_records {
            Codec::Windows1252
        } else {
            self.codec
        }
    }

    /// Take the first record.
    pub(super) fn first_record(&mut self, rec: &csv::ByteRecord) {
        self.weigh_bytes(rec, self.codec.whole(rec));
        self.first = rec.clone();
        self.width = self.first.len();
    }

    /// Weigh one record after the first.
    pub(super) fn observe(&mut self, rec: &csv::ByteRecord) {
        let expected = self.first.len();
        self.body_rows += 1;
        let n = rec.len();
        if n > self.width {
            self.width = n;
        }
        if n < expected {
            self.short_rows += 1;
        } else if n > expected {
            self.long_rows += 1;
        }
        if self.evidence.len() < n {
            self.evidence.resize_with(n, ColumnEvidence::default);
        }
        let whole = self.codec.whole(rec);
        self.weigh_bytes(rec, whole);
        for (i, ev) in self.evidence.iter_mut().enumerate().take(n) {
            ev.add(&self.codec.field(rec, whole, i));
        }
    }
}

impl Scan {
    /// `observe` and `Converter::push` in one go, decoding each field once. The record must not be wider
    /// than the converter's plans. Whether every value fitted its plan.
    pub(super) fn observe_and_push(&mut self, rec: &csv::ByteRecord, conv: &mut Converter) -> bool {
        let expected = self.first.len();
        self.body_rows += 1;
        let n = rec.len();
        if n > self.width {
            self.width = n;
        }
        if n < expected {
            self.short_rows += 1;
        } else if n > expected {
            self.long_rows += 1;
        }
        if self.evidence.len() < n {
            self.evidence.resize_with(n, ColumnEvidence::default);
        }
        let whole = self.codec.whole(rec);
        self.weigh_bytes(rec, whole);
        let mut all_fit = true;
        for i in 0..conv.plans.len() {
            if i >= n {
                all_fit &= conv.push_value(i, "");
                continue;
            }
            let text = self.codec.field(rec, whole, i);
            // Weighed and converted from one reading of the value.
            all_fit &= match self.evidence.get_mut(i) {
                Some(ev) => {
                    let read = ev.weigh(&text);
                    conv.push_read(i, &text, &read)
                }
                None => conv.push_value(i, &text),
            };
        }
        conv.rows += 1;
        all_fit
    }
}

impl Scan {
    /// Fold in `later`, the scan (from a fresh start, with this scan's first record) of the records that
    /// follow the ones scanned here, starting `line_offset` lines into the file: the result is what
    /// scanning them here would have given. A column whose evidence cannot be merged from the two
    /// summaries (see `ColumnEvidence::merge`) is weighed again by `replay`, which adds the later records'
    /// values of the given columns to the evidence it is handed.
    pub(super) fn merge(
        &mut self,
        later: Scan,
        line_offset: u64,
        replay: impl FnOnce(&mut [ColumnEvidence], &[usize]) -> Result<()>,
    ) -> Result<()> {
        self.utf8_records += later.utf8_records;
        self.bad_records += later.bad_records;
        for line in later.bad_lines {
            if self.bad_lines.len() < BAD_LINES_SHOWN {
                self.bad_lines.push(line + line_offset);
            }
        }
        self.body_rows += later.body_rows;
        self.short_rows += later.short_rows;
        self.long_rows += later.long_rows;
        self.width = self.width.max(later.width);
        if self.evidence.len() < later.evidence.len() {
            self.evidence.resize_with(later.evidence.len(), ColumnEvidence::default);
        }
        let mut again = Vec::new();
        for (i, (ev, l)) in self.evidence.iter_mut().zip(&later.evidence).enumerate() {
            if !ev.merge(l) {
                again.push(i);
            }
        }
        if again.is_empty() {
            Ok(())
        } else {
            replay(&mut self.evidence, &again)
        }
    }

    /// Add the values of `columns` of a record to the evidence (see `merge`).
    pub(super) fn weigh_again(codec: Codec, evidence: &mut [ColumnEvidence], columns: &[usize], rec: &csv::ByteRecord) {
        let whole = codec.whole(rec);
        for &i in columns {
            if i < rec.len() {
                if let Some(ev) = evidence.get_mut(i) {
                    ev.add(&codec.field(rec, whole, i));
                }
            }
        }
    }
}

/// Everything decided from a scan: header, names, types, warnings.
#[derive(Debug, Clone)]
pub(super) struct Layout {
    pub(super) header: bool,
    pub(super) names: Vec<String>,
    originals: Vec<String>,
    pub(super) plans: Vec<ColumnPlan>,
    warnings: Vec<String>,
    rows: u64,
    /// Text columns stored without compression (see `store_plainly`); storage only, no value changes.
    plain: Vec<bool>,
}

impl Layout {
    /// Same table and the same conversion of every value (notes may differ).
    fn converts_like(&self, other: &Layout) -> bool {
        self.header == other.header
            && self.plans.len() == other.plans.len()
            && self
                .plans
                .iter()
                .zip(&other.plans)
                .all(|(a, b)| (a.ty, a.decimal, a.order) == (b.ty, b.decimal, b.order))
    }

    pub(super) fn create_sql(&self, table: &str) -> String {
        let cols: Vec<String> = self
            .names
            .iter()
            .zip(&self.plans)
            .enumerate()
            .map(|(i, (n, p))| {
                let plain = if self.plain.get(i) == Some(&true) { " USING COMPRESSION uncompressed" } else { "" };
                format!("{} {}{plain}", quote(n), p.ty.sql())
            })
            .collect();
        format!("CREATE TABLE {} ({})", quote(table), cols.join(", "))
    }

    /// Decide from the sample which text columns the engine stores without compression: short values that
    /// hardly repeat (codes, ids: at least `PLAIN_DISTINCT_PERCENT`% of the sample's values differ, at most
    /// `PLAIN_MAX_BYTES` bytes on average). For those the engine's text compression (a dictionary and FSST)
    /// costs about twice the CPU time of storing them as they are while saving little, and scans of them
    /// are no slower. Longer or repeating text keeps the compression (it pays for itself there).
    pub(super) fn store_plainly(&mut self, sample: &[csv::ByteRecord], codec: Codec) {
        self.plain = vec![false; self.plans.len()];
        if sample.len() < PLAIN_MIN_VALUES {
            return;
        }
        for (i, plan) in self.plans.iter().enumerate() {
            if plan.ty != ColumnType::Text {
                continue;
            }
            let mut seen: rustc_hash::FxHashSet<&[u8]> = rustc_hash::FxHashSet::default();
            let (mut values, mut bytes) = (0usize, 0usize);
            for rec in sample {
                let Some(f) = rec.get(i) else { continue };
                if is_null(trim(&codec.decode(f))) {
                    continue;
                }
                values += 1;
                bytes += f.len();
                seen.insert(f);
            }
            self.plain[i] = values >= PLAIN_MIN_VALUES
                && seen.len() * 100 >= values * PLAIN_DISTINCT_PERCENT
                && bytes <= values * PLAIN_MAX_BYTES;
        }
    }
}

/// See `Layout::store_plainly`.
const PLAIN_MIN_VALUES: usize = 1000;
const PLAIN_DISTINCT_PERCENT: usize = 85;
const PLAIN_MAX_BYTES: usize = 16;

/// The layout of a scan, its text read with `codec`.
pub(super) fn layout(scan: &Scan, codec: Codec, semicolon: bool) -> Layout {
    let mut warnings = Vec::new();
    if codec == Codec::Windows1252 {
        warnings.push("not valid UTF-8: read as Windows-1252 (Latin-1)".to_string());
    } else if scan.bad_records > 0 {
        let mut lines: Vec<String> = scan.bad_lines.iter().map(|l| super::thousands(*l)).collect();
        if scan.bad_records > scan.bad_lines.len() as u64 {
            lines.push("...".into());
        }
        warnings.push(format!(
            "{} {} not valid UTF-8 (line {}): the bytes that could not be decoded were read as \
             Windows-1252 (Latin-1), the rest of the file as UTF-8; check those values",
            super::thousands(scan.bad_records),
            if scan.bad_records == 1 { "row is" } else { "rows are" },
            lines.join(", ")
        ));
    }
    let first: Vec<String> = scan.first.iter().map(|f| codec.decode(f).into_owned()).collect();
    // Header: the first record is a header unless one of its fields reads as a number, date or boolean.
    // (A boolean written as a word or a letter is no proof: columns are named "T", "F", "No", "Yes?" too; "true"
    // and "false" are.)
    let typed = |f: &str| {
        let t = f.trim();
        is_typed(t)
            && (super::infer::parse_bool(t).is_none()
                || t.eq_ignore_ascii_case("true")
                || t.eq_ignore_ascii_case("false"))
    };
    let header = !first.is_empty() && first.iter().all(|f| !typed(f));
    let mut width = scan.width;
    if width == 0 {
        // An empty file: one text column, no rows.
        width = 1;
        warnings.push("the file holds no records".to_string());
    }
    let mut evidence = scan.evidence.clone();
    evidence.resize_with(width, ColumnEvidence::default);
    let mut rows = scan.body_rows;
    if !header && !first.is_empty() {
        for (ev, f) in evidence.iter_mut().zip(&first) {
            ev.add(f);
        }
        rows += 1;
    }
    // Fields missing from short records are nulls.
    for ev in &mut evidence {
        let seen = ev.values + ev.nulls;
        ev.nulls += rows.saturating_sub(seen);
    }
    let expected = first.len();
    let originals: Vec<String> =
        (0..width).map(|i| if header && i < expected { first[i].clone() } else { String::new() }).collect();
    let mut names = column_names(&originals);
    let extra = width.saturating_sub(expected);
    if header {
        // Columns beyond the header are extra_1, extra_2 ... (unique against the header's names).
        let mut used: std::collections::HashSet<String> = names[..expected.min(names.len())].iter().cloned().collect();
        for (k, i) in (expected..width).enumerate() {
            let n = super::naming::unique(&format!("extra_{}", k + 1), &used);
            used.insert(n.clone());
            names[i] = n;
        }
    }
    if header && scan.long_rows > 0 {
        warnings.push(format!(
            "{} rows have more fields than the header's {expected}: the extra fields are kept in {extra} column(s) named extra_1...",
            scan.long_rows
        ));
    }
    if header && scan.short_rows > 0 {
        warnings.push(format!(
            "{} rows have fewer fields than the header's {expected}: the missing fields are NULL",
            scan.short_rows
        ));
    }
    if !header && (scan.long_rows > 0 || scan.short_rows > 0) {
        warnings.push(format!(
            "{} rows have a different number of fields than the first ({expected}); missing fields are NULL",
            scan.long_rows + scan.short_rows
        ));
    }
    let plans = evidence.iter().zip(&names).map(|(ev, name)| ev.plan_named(semicolon, name)).collect();
    Layout { header, names, originals, plans, warnings, rows, plain: Vec::new() }
}

/// The most columns a table may have (SQLite's limit, kept when the engine changed: wider files are refused
/// with the same reason as before).
pub(super) const MAX_COLUMNS: usize = 2000;

/// Records read before the column types are guessed for the speculative load (at most this many,
/// and at most `SAMPLE_BYTES` of them, so wide records keep memory bounded too).
pub(super) const SAMPLE_ROWS: usize = 10_000;
pub(super) const SAMPLE_BYTES: usize = 8 << 20;

/// Load `rows` into a new table `table` (which must not exist) of `conn`.
///
/// Usually one read: the types are guessed from the first records, every record is converted and
/// inserted under that guess while the evidence of every record is still gathered; when the read ends
/// and the evidence of all records calls for exactly the guessed conversion, the table is done. Otherwise
/// (a later value changes a column's type, or the width) the table is dropped and loaded again in a
/// second read with the types decided from every record. Either way, every value is checked.
pub(crate) fn load(
    conn: &Database,
    table: &str,
    rows: &mut dyn Rows,
    spec: &LoadSpec,
    progress: &mut dyn FnMut(Stage, u64),
) -> Result<Loaded> {
    let t = std::time::Instant::now();
    let parallel = match &spec.split {
        Some(split) => super::chunks::speculate(conn, table, split, spec, progress)?,
        None => None,
    };
    let end = match parallel {
        Some(end) => end,
        None => {
            if spec.split.is_some() {
                // The parallel read gave up: start again in one read.
                conn.execute(&format!("DROP TABLE IF EXISTS {}", quote(table))).map_err(db_err)?;
            }
            speculate(conn, table, rows, spec, spec.codec, progress)?
        }
    };
    super::trace("speculative read", t);
    let codec = end.scan.decided(spec.may_fallback);
    let final_layout = layout(&end.scan, codec, spec.semicolon);
    if final_layout.plans.len() > MAX_COLUMNS {
        return Err(DeskError::TableUnreadable {
            path: spec.path.into(),
            reason: format!("{} columns; a table holds at most {MAX_COLUMNS}", final_layout.plans.len()),
        });
    }
    // Read as Windows-1252 after all: the values read so far are right unless some were valid UTF-8.
    let same_text = codec == end.scan.codec || end.scan.utf8_records == 0;
    if let (true, true, Some(guess)) = (end.kept, same_text, &end.guess) {
        if guess.converts_like(&final_layout) {
            progress(Stage::Load, end.bytes);
            return Ok(finish(final_layout, end.stats, &end.mismatched, codec));
        }
    }
    // The guess did not hold: load again with the types of every record (on failure the caller drops the
    // table).
    conn.execute(&format!("DROP TABLE IF EXISTS {}", quote(table))).map_err(db_err)?;
    let create = final_layout.create_sql(table);
    let (stats, mismatched) =
        fill(conn, table, &create, rows, codec, final_layout.header, &final_layout.plans, progress)?;
    Ok(finish(final_layout, stats, &mismatched, codec))
}

fn finish(layout: Layout, stats: Vec<ColumnStats>, mismatched: &[u64], codec: Codec) -> Loaded {
    let mut columns = Vec::with_capacity(layout.plans.len());
    let parts = layout.names.into_iter().zip(layout.originals).zip(layout.plans.into_iter().zip(stats));
    for (i, ((name, original), (plan, stat))) in parts.enumerate() {
        let mut facts = stat.facts(crate::semantics::MAX_FOLDED_VALUES);
        // (A number column whose missing entries were written "VOID": its empty rows are void ones.)
        facts.marked = plan.marked;
        facts.written_nulls = plan.written_nulls;
        facts.marks_void = !plan.missing.is_empty()
            && plan.missing.iter().all(|w| {
                // ("VOID", "void - reweigh": its first word.)
                let f = crate::semantics::fold(w);
                f.split(|c: char| !c.is_alphanumeric())
                    .find(|x| !x.is_empty())
                    .is_some_and(|x| matches!(x, "void" | "voided"))
            });
        let rising = stat.rising();
        let (profile, note) = stat.finish();
        let mut notes = plan.notes;
        if let Some(n) = note {
            notes.push(n);
        }
        let missed = mismatched.get(i).copied().unwrap_or(0);
        if missed > 0 {
            notes.push(format!(
                "{missed} values did not fit the column's type on the second read (did the file change?) and were stored as NULL"
            ));
        }
        columns.push(LoadedColumn { name, original, ty: plan.ty, notes, profile, facts, rising });
    }
    Loaded { rows: layout.rows, header: layout.header, codec, columns, warnings: layout.warnings }
}

/// From the speculative worker to the inserting thread.
enum Msg {
    /// The guessed layout: create the table.
    Start(Box<Layout>),
    Batch(Batch),
    /// A record did not fit the guess: insert nothing more.
    Abandon,
}

pub(super) struct SpecEnd {
    pub(super) scan: Scan,
    pub(super) guess: Option<Layout>,
    /// Every record fitted the guess and was inserted.
    pub(super) kept: bool,
    pub(super) stats: Vec<ColumnStats>,
    pub(super) mismatched: Vec<u64>,
    pub(super) bytes: u64,
}

/// The speculative read (see `load`).
fn speculate(
    conn: &Database,
    table: &str,
    rows: &mut dyn Rows,
    spec: &LoadSpec,
    codec: Codec,
    progress: &mut dyn FnMut(Stage, u64),
) -> Result<SpecEnd> {
    let semicolon = spec.semicolon;
    let (tx, rx) = std::sync::mpsc::sync_channel::<Msg>(4);
    let (back_tx, back_rx) = std::sync::mpsc::channel::<Batch>();
    std::thread::scope(|scope| {
        let worker = scope.spawn(move || guess_and_convert(rows, codec, semicolon, tx, back_rx));
        let mut guess: Option<Layout> = None;
        let mut sink: Option<Sink> = None;
        let mut stats: Vec<ColumnStats> = Vec::new();
        let mut inserted: Result<()> = Ok(());
        let mut abandoned = false;
        let mut last_report = 0u64;
        let mut busy = std::time::Duration::ZERO;
        for msg in rx.iter() {
            match msg {
                Msg::Start(layout) if layout.plans.len() > MAX_COLUMNS => abandoned = true,
                Msg::Start(layout) => {
                    match Sink::create(conn, table, &layout.create_sql(table), &layout.plans) {
                        Ok(s) => sink = Some(s),
                        Err(e) => {
                            inserted = Err(e);
                            break;
                        }
                    }
                    stats = layout.plans.iter().map(|p| ColumnStats::new(p.ty)).collect();
                    guess = Some(*layout);
                }
                Msg::Batch(batch) => {
                    if let (false, Some(sink)) = (abandoned, sink.as_mut()) {
                        let t = std::time::Instant::now();
                        if let Err(e) = sink.insert(&batch, &mut stats) {
                            inserted = Err(e);
                            break;
                        }
                        busy += t.elapsed();
                    }
                    if batch.bytes_read - last_report >= PROGRESS_EVERY {
                        last_report = batch.bytes_read;
                        progress(Stage::Scan, batch.bytes_read);
                    }
                    let _ = back_tx.send(batch);
                }
                Msg::Abandon => abandoned = true,
            }
        }
        drop(rx);
        super::trace("appending thread busy", std::time::Instant::now() - busy);
        let worker = worker.join().map_err(|_| DeskError::TableUnreadable {
            path: spec.path.to_string(),
            reason: "the reading thread stopped unexpectedly".into(),
        })?;
        inserted?;
        let mut end = worker?;
        // What was appended is kept only when every record fitted the guess (else the table is loaded again).
        if let (Some(sink), false) = (sink, abandoned) {
            let t = std::time::Instant::now();
            sink.finish()?;
            super::trace("appender finish", t);
        }
        end.guess = guess;
        end.stats = stats;
        end.kept &= !abandoned;
        progress(Stage::Scan, end.bytes);
        Ok(end)
    })
}

/// Where converted batches go: the new table's appender, with the type of each column.
pub(super) struct Sink<'d> {
    appender: Appender<'d>,
    types: Vec<ColumnType>,
}

impl<'d> Sink<'d> {
    /// Create the table and its appender.
    fn create(conn: &'d Database, table: &str, create: &str, plans: &[ColumnPlan]) -> Result<Self> {
        conn.execute(create).map_err(db_err)?;
        Sink::open(conn, table, plans)
    }

    /// An appender for the existing table.
    pub(super) fn open(conn: &'d Database, table: &str, plans: &[ColumnPlan]) -> Result<Self> {
        let types: Vec<ColumnType> = plans.iter().map(|p| p.ty).collect();
        let stored: Vec<engine::ColumnType> = types.iter().map(|t| t.stored()).collect();
        let appender = conn.appender(table, &stored).map_err(db_err)?;
        Ok(Sink { appender, types })
    }

    /// Append a batch and feed its values to the column profiles (done here, on the appending thread, to
    /// balance the work between the two threads).
    pub(super) fn insert(&mut self, batch: &Batch, stats: &mut [ColumnStats]) -> Result<()> {
        let width = self.types.len();
        if width == 0 {
            return Ok(());
        }
        // A column at a time, for the appender and the profiles alike: each column's vector, hash set or
        // counts stay at hand while its values go in (the values of one column still go in row order). Each
        // value is looked at once for both; a date is read from its ISO text once.
        let rows = batch.slots.len() / width;
        let types = &self.types;
        let slots = &batch.slots;
        let text = &batch.text;
        self.appender
            .rows(rows, |r, c| {
                let slot = slots[r * width + c];
                let stored = stored_cell(slot, types[c], text);
                if let Some(stat) = stats.get_mut(c) {
                    match (slot, stored) {
                        (Slot::Text(start, len), engine::Cell::Date(days)) => {
                            stat.add_date(slot_text(text, start, len), Some(days))
                        }
                        (Slot::Text(start, len), _) => stat.add(&Cell::Text(slot_text(text, start, len))),
                        (Slot::Null, _) => stat.add(&Cell::Null),
                        (Slot::Int(v), _) => stat.add(&Cell::Int(v)),
                        (Slot::Real(v), _) => stat.add(&Cell::Real(v)),
                    }
                }
                stored
            })
            .map_err(db_err)?;
        Ok(())
    }

    pub(super) fn finish(self) -> Result<()> {
        self.appender.finish().map_err(db_err)
    }
}

fn slot_text(text: &str, start: u32, len: u32) -> &str {
    text.get(start as usize..(start + len) as usize).unwrap_or("")
}

/// A converted value as the engine stores it in a column of type `ty`: dates and date-times from their ISO
/// text, booleans from 1/0. A value that does not fit (text in a number column, possible only when the file
/// changed between two reads) is stored as NULL by the appender.
fn stored_cell(slot: Slot, ty: ColumnType, text: &str) -> engine::Cell<'_> {
    match slot {
        Slot::Null => engine::Cell::Null,
        Slot::Int(v) if ty == ColumnType::Boolean => engine::Cell::Bool(v != 0),
        Slot::Int(v) => engine::Cell::Int(v),
        Slot::Real(v) => engine::Cell::Real(v),
        Slot::Text(start, len) => {
            let t = slot_text(text, start, len);
            match ty {
                ColumnType::Date => engine::parse_date(t).map_or(engine::Cell::Text(t), engine::Cell::Date),
                ColumnType::Datetime => {
                    engine::parse_timestamp(t).map_or(engine::Cell::Text(t), engine::Cell::Timestamp)
                }
                _ => engine::Cell::Text(t),
            }
        }
    }
}

/// Converts records into batches under fixed plans, with their profiles.
pub(super) struct Converter<'p> {
    plans: &'p [ColumnPlan],
    codec: Codec,
    pub(super) mismatched: Vec<u64>,
    bufs: Vec<String>,
    batch: Batch,
    rows: usize,
}

impl<'p> Converter<'p> {
    pub(super) fn new(plans: &'p [ColumnPlan], codec: Codec) -> Self {
        Converter {
            plans,
            codec,
            mismatched: vec![0; plans.len()],
            bufs: vec![String::new(); plans.len()],
            batch: Batch::default(),
            rows: 0,
        }
    }

    /// Convert one record into the batch. False when some value did not fit its plan.
    pub(super) fn push(&mut self, rec: &csv::ByteRecord) -> bool {
        let whole = self.codec.whole(rec);
        let mut all_fit = true;
        for i in 0..self.plans.len() {
            let text = self.codec.field(rec, whole, i);
            all_fit &= self.push_value(i, &text);
        }
        self.rows += 1;
        all_fit
    }

    /// Convert the value of column `i` into the batch. False when it did not fit the column's plan.
    fn push_value(&mut self, i: usize, text: &str) -> bool {
        let (cell, fits) = self.plans[i].convert(text, &mut self.bufs[i]);
        self.batch.push(cell, fits, &mut self.mismatched[i])
    }

    /// `push_value` for a value already weighed (`read` is what weighing read from it).
    fn push_read(&mut self, i: usize, text: &str, read: &Reading<'_>) -> bool {
        let (cell, fits) = self.plans[i].convert_read(text, read, &mut self.bufs[i]);
        self.batch.push(cell, fits, &mut self.mismatched[i])
    }

    /// When the batch is full (or, with `force`, not empty): append it through `sink` (when there is one)
    /// and start the next one in its place.
    pub(super) fn drain(&mut self, force: bool, sink: Option<&mut Sink>, stats: &mut [ColumnStats]) -> Result<()> {
        if self.rows == 0 || (!force && self.rows < BATCH_ROWS) {
            return Ok(());
        }
        if let Some(sink) = sink {
            sink.insert(&self.batch, stats)?;
        }
        self.batch.slots.clear();
        self.batch.text.clear();
        self.rows = 0;
        Ok(())
    }

    /// The batch when it is full (or, with `force`, not empty), replaced by a recycled one.
    fn take(&mut self, force: bool, bytes_read: u64, back: &std::sync::mpsc::Receiver<Batch>) -> Option<Batch> {
        if self.rows == 0 || (!force && self.rows < BATCH_ROWS) {
            return None;
        }
        let mut next = back.try_recv().unwrap_or_default();
        next.slots.clear();
        next.text.clear();
        self.rows = 0;
        let mut full = std::mem::replace(&mut self.batch, next);
        full.bytes_read = bytes_read;
        Some(full)
    }
}

/// The worker of the speculative read: sample, guess, then convert while gathering all evidence.
fn guess_and_convert(
    rows: &mut dyn Rows,
    codec: Codec,
    semicolon: bool,
    tx: std::sync::mpsc::SyncSender<Msg>,
    back: std::sync::mpsc::Receiver<Batch>,
) -> Result<SpecEnd> {
    rows.rewind()?;
    let mut scan = Scan::new(codec);
    let mut first = csv::ByteRecord::new();
    let has_first = rows.next(&mut first)?;
    if has_first {
        scan.first_record(&first);
    }
    let mut sample: Vec<csv::ByteRecord> = Vec::new();
    let mut ended = !has_first;
    let mut sampled_bytes = 0usize;
    while !ended && sample.len() < SAMPLE_ROWS && sampled_bytes < SAMPLE_BYTES {
        let mut rec = csv::ByteRecord::new();
        if !rows.next(&mut rec)? {
            ended = true;
            break;
        }
        scan.observe(&rec);
        sampled_bytes += rec.as_slice().len() + 8 * rec.len();
        sample.push(rec);
    }
    let mut guess = layout(&scan, codec, semicolon);
    guess.store_plainly(&sample, codec);
    let plans = guess.plans.clone();
    let width = plans.len();
    let header = guess.header;
    let mut kept = tx.send(Msg::Start(Box::new(guess))).is_ok();
    let mut conv = Converter::new(&plans, codec);
    let abandon = |kept: &mut bool| {
        if *kept {
            *kept = false;
            let _ = tx.send(Msg::Abandon);
        }
    };
    let send = |batch: Option<Batch>, kept: &mut bool| {
        if let Some(b) = batch {
            if *kept && tx.send(Msg::Batch(b)).is_err() {
                *kept = false;
            }
        }
    };
    if has_first && !header && !conv.push(&first) {
        abandon(&mut kept);
    }
    for rec in &sample {
        if kept && !conv.push(rec) {
            abandon(&mut kept);
        }
        send(conv.take(false, rows.bytes_read(), &back), &mut kept);
    }
    drop(sample);
    let mut rec = csv::ByteRecord::new();
    while !ended && rows.next(&mut rec)? {
        if !kept || rec.len() > width {
            scan.observe(&rec);
            abandon(&mut kept);
            continue;
        }
        if scan.observe_and_push(&rec, &mut conv) {
            send(conv.take(false, rows.bytes_read(), &back), &mut kept);
        } else {
            abandon(&mut kept);
        }
    }
    let bytes = rows.bytes_read();
    send(conv.take(true, bytes, &back), &mut kept);
    Ok(SpecEnd { scan, guess: None, kept, stats: Vec::new(), mismatched: conv.mismatched, bytes })
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
pub(super) struct Batch {
    slots: Vec<Slot>,
    text: String,
    bytes_read: u64,
}

impl Batch {
    /// Add a converted value (counted in `mismatched` when it did not fit its plan); whether it fitted.
    fn push(&mut self, cell: Cell<'_>, fits: bool, mismatched: &mut u64) -> bool {
        if !fits {
            *mismatched += 1;
        }
        self.slots.push(match cell {
            Cell::Null => Slot::Null,
            Cell::Int(v) => Slot::Int(v),
            Cell::Real(v) => Slot::Real(v),
            Cell::Text(t) => {
                let start = self.text.len() as u32;
                self.text.push_str(t);
                Slot::Text(start, t.len() as u32)
            }
        });
        fits
    }
}

const BATCH_ROWS: usize = 2048;

/// The second read, when the guess did not hold. A worker thread reads, converts and profiles the
/// records; this thread appends them, so parsing and the engine overlap. A few batches at most are in flight.
#[allow(clippy::too_many_arguments)]
fn fill(
    conn: &Database,
    table: &str,
    create: &str,
    rows: &mut dyn Rows,
    codec: Codec,
    header: bool,
    plans: &[ColumnPlan],
    progress: &mut dyn FnMut(Stage, u64),
) -> Result<(Vec<ColumnStats>, Vec<u64>)> {
    let mut sink = Sink::create(conn, table, create, plans)?;
    let mut stats: Vec<ColumnStats> = plans.iter().map(|p| ColumnStats::new(p.ty)).collect();
    let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(4);
    let (back_tx, back_rx) = std::sync::mpsc::channel::<Batch>();
    std::thread::scope(|scope| {
        let worker = scope.spawn(move || produce(rows, codec, header, plans, tx, back_rx));
        let mut inserted: Result<()> = Ok(());
        let mut last_report = 0u64;
        for batch in rx.iter() {
            if let Err(e) = sink.insert(&batch, &mut stats) {
                inserted = Err(e);
                break;
            }
            if batch.bytes_read - last_report >= PROGRESS_EVERY {
                last_report = batch.bytes_read;
                progress(Stage::Load, batch.bytes_read);
            }
            let _ = back_tx.send(batch);
        }
        // Dropping the receiver stops the worker if appending failed.
        drop(rx);
        let produced = worker.join().map_err(|_| DeskError::TableUnreadable {
            path: table.to_string(),
            reason: "the reading thread stopped unexpectedly".into(),
        })?;
        inserted?;
        let (mismatched, bytes) = produced?;
        sink.finish()?;
        progress(Stage::Load, bytes);
        Ok((stats, mismatched))
    })
}

type Produced = Result<(Vec<u64>, u64)>;

/// The worker of the second read: records to converted batches, with the profiles.
fn produce(
    rows: &mut dyn Rows,
    codec: Codec,
    header: bool,
    plans: &[ColumnPlan],
    tx: std::sync::mpsc::SyncSender<Batch>,
    back: std::sync::mpsc::Receiver<Batch>,
) -> Produced {
    let mut conv = Converter::new(plans, codec);
    rows.rewind()?;
    let mut rec = csv::ByteRecord::new();
    if header && !rows.next(&mut rec)? {
        return Ok((conv.mismatched, rows.bytes_read()));
    }
    while rows.next(&mut rec)? {
        conv.push(&rec);
        if let Some(b) = conv.take(false, rows.bytes_read(), &back) {
            if tx.send(b).is_err() {
                // The inserting side stopped (and reports why).
                break;
            }
        }
    }
    let bytes = rows.bytes_read();
    if let Some(b) = conv.take(true, bytes, &back) {
        let _ = tx.send(b);
    }
    Ok((conv.mismatched, bytes))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::super::source::{Bom, DelimitedRows};
    use super::*;

    /// How the engine stores each column of `table` after a checkpoint: column name -> compressions used.
    fn compressions(db: &Database, table: &str) -> Vec<(String, String)> {
        db.execute("CHECKPOINT").unwrap();
        let q = format!(
            "SELECT c.column_name, string_agg(DISTINCT s.compression, ',' ORDER BY s.compression) \
             FROM pragma_storage_info('{table}') s JOIN duckdb_columns() c \
               ON c.table_name = '{table}' AND c.column_index = s.column_id + 1 \
             WHERE s.segment_type <> 'VALIDITY' GROUP BY ALL ORDER BY 1"
        );
        db.query(&q)
            .unwrap()
            .rows
            .iter()
            .map(|r| (r[0].to_text().unwrap_or_default(), r[1].to_text().unwrap_or_default()))
            .collect()
    }

    #[test]
    fn short_codes_that_hardly_repeat_are_stored_plainly_and_read_back_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("codes.csv");
        let mut text = String::from("code,store,note\n");
        for i in 0..5000u64 {
            let h = i.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40;
            // A unique short code, a value of few that repeat, a unique long text.
            text.push_str(&format!("K{h:07},S{:02},the note written for row number {i} of this file\n", i % 12));
        }
        std::fs::write(&path, &text).unwrap();
        let db = Database::open(&dir.path().join("t.duckdb"), &super::super::engine_settings()).unwrap();
        let spec =
            LoadSpec { path: "codes.csv", codec: Codec::Utf8, may_fallback: true, semicolon: false, split: None };
        let mut rows = DelimitedRows::new(&path, Bom::None, b',');
        let loaded = load(&db, "codes", &mut rows, &spec, &mut |_, _| {}).unwrap();
        assert_eq!(loaded.rows, 5000);
        let stored = compressions(&db, "codes");
        let of = |c: &str| stored.iter().find(|(n, _)| n == c).map(|(_, k)| k.clone()).unwrap_or_default();
        assert_eq!(of("code"), "Uncompressed", "short values that hardly repeat: {stored:?}");
        assert_ne!(of("store"), "Uncompressed", "repeating values keep their compression: {stored:?}");
        assert_ne!(of("note"), "Uncompressed", "long text keeps its compression: {stored:?}");
        // The values are the file's, whatever the storage.
        let back = db.query("SELECT code, store, note FROM codes").unwrap();
        let first = text.lines().nth(1).unwrap().split(',').map(str::to_string).collect::<Vec<_>>();
        let got: Vec<String> = back.rows[0].iter().map(|v| v.to_text().unwrap_or_default()).collect();
        assert_eq!(got, first);
        let distinct = db.query_row("SELECT count(DISTINCT code) FROM codes").unwrap();
        assert_eq!(distinct[0].as_i64(), Some(loaded.columns[0].profile.distinct as i64));
    }
}
