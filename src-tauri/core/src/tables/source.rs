//! Records out of a source file: delimited text (encoding by BOM, by the NUL pattern of UTF-16 without
//! one, or UTF-8 with Windows-1252 where the bytes are not UTF-8; delimiter sniffing; quoted fields with
//! newlines and quotes, CRLF) and spreadsheets (calamine; one record set per sheet).
//!
//! A file that is not text (NUL bytes or control characters where text would have none, or the
//! signature of a known binary format) is refused as `not_text`, naming the file, before it becomes a
//! table. Workbooks are bounded before and while they are read (see [`read_workbook`]): what the
//! archive may inflate to, the cells and the text held; past a bound the workbook is refused
//! (`workbook_too_large`) with the reason. Source files are never opened through a link.
//!
//! A `Rows` source can be read from the start any number of times (the loader reads twice) and tells how
//! many bytes of the file it has consumed, for progress. Text is handed out as bytes; turning bytes into
//! text is the `Codec`'s job. This module does not decide types or names.

use crate::error::{DeskError, Result};
use calamine::Data;
use std::borrow::Cow;
use std::fs::File;
use std::io::{self, Read};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// How a delimited file's bytes become text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Codec {
    /// UTF-8; a field whose bytes are not UTF-8 is read as Windows-1252 (the loader counts and reports
    /// those rows), so that one stray byte never changes how the rest of the file reads.
    Utf8,
    /// The whole file is in the legacy Windows encoding.
    Windows1252,
}

impl Codec {
    /// Decode a field.
    pub(crate) fn decode<'a>(self, b: &'a [u8]) -> Cow<'a, str> {
        match self {
            Codec::Utf8 => match std::str::from_utf8(b) {
                Ok(t) => Cow::Borrowed(t),
                Err(_) => encoding_rs::WINDOWS_1252.decode_without_bom_handling(b).0,
            },
            Codec::Windows1252 => encoding_rs::WINDOWS_1252.decode_without_bom_handling(b).0,
        }
    }

    /// Field `i` of a record as text. `whole` is the record's bytes checked as UTF-8 once (`Utf8` only):
    /// a field is then a slice of it, with no further check.
    pub(crate) fn field<'a>(self, rec: &'a csv::ByteRecord, whole: Option<&'a str>, i: usize) -> Cow<'a, str> {
        if let (Some(w), Some(r)) = (whole, rec.range(i)) {
            if let Some(t) = w.get(r) {
                return Cow::Borrowed(t);
            }
        }
        self.decode(rec.get(i).unwrap_or(b""))
    }

    /// The record's bytes as one UTF-8 string, when the codec is UTF-8 and they are valid.
    pub(crate) fn whole(self, rec: &csv::ByteRecord) -> Option<&str> {
        match self {
            Codec::Utf8 => std::str::from_utf8(rec.as_slice()).ok(),
            Codec::Windows1252 => None,
        }
    }
}

/// How a delimited file's bytes are laid out: its byte-order mark, or UTF-16 recognised without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bom {
    None,
    Utf8,
    Utf16Le,
    Utf16Be,
    /// UTF-16 without a byte-order mark, recognised by its NUL bytes (every other byte of ASCII text).
    Utf16LeUnmarked,
    Utf16BeUnmarked,
}

/// How much of the start of a file decides its encoding and whether it is text at all.
const HEAD_BYTES: usize = 64 * 1024;

/// Open a file inside the desk for reading, never through a link.
pub(crate) fn open_nofollow(path: &Path) -> Result<File> {
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC | libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| DeskError::io_at(path, e))
}

/// Signatures of binary formats that are sometimes saved (or renamed) with a text extension.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"PK\x03\x04", "a zip archive (an .xlsx or .ods workbook saved under a text name?)"),
    (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an Office document (an .xls workbook saved under a text name?)"),
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7FELF", "a program (ELF executable)"),
    (b"\x1F\x8B", "a gzip-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xFD7zXZ\x00", "an xz-compressed file"),
    (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x28\xB5\x2F\xFD", "a zstd-compressed file"),
];

/// What the start of a file says about its encoding, or why it is not text.
pub(crate) fn classify_head(head: &[u8]) -> std::result::Result<Bom, String> {
    match head {
        [0xEF, 0xBB, 0xBF, ..] => return Ok(Bom::Utf8),
        [0xFF, 0xFE, ..] => return Ok(Bom::Utf16Le),
        [0xFE, 0xFF, ..] => return Ok(Bom::Utf16Be),
        _ => {}
    }
    if let Some((_, what)) = SIGNATURES.iter().find(|(sig, _)| head.starts_with(sig)) {
        return Err(format!("it is {what}"));
    }
    // UTF-16 without a mark: in mostly-ASCII text every other byte is NUL, on the same side throughout.
    let pairs = head.len() / 2;
    if pairs >= 2 {
        let (mut even, mut odd) = (0usize, 0usize);
        for pair in head.chunks_exact(2) {
            even += usize::from(pair[0] == 0);
            odd += usize::from(pair[1] == 0);
        }
        let many = |n: usize| n * 10 >= pairs * 3; // at least 30% of the pairs
        let few = |n: usize| n * 100 <= pairs; // at most 1%
        if many(odd) && few(even) {
            return Ok(Bom::Utf16LeUnmarked);
        }
        if many(even) && few(odd) {
            return Ok(Bom::Utf16BeUnmarked);
        }
    }
    if let Some(at) = head.iter().position(|b| *b == 0) {
        return Err(format!("it holds NUL bytes (the first at byte {at}), which text never does: binary data"));
    }
    // Control characters other than tab, line breaks, form feed and escape: text has next to none.
    let controls = head.iter().filter(|b| **b < 0x20 && !matches!(**b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B)).count();
    if head.len() >= 64 && controls * 100 > head.len() {
        return Err(format!("{controls} of its first {} bytes are control characters: binary data", head.len()));
    }
    Ok(Bom::None)
}

impl Bom {
    /// Read the start of the file at `path` (shown as `shown` in errors): its encoding, or `not_text`.
    pub(crate) fn sniff(path: &Path, shown: &str) -> Result<Bom> {
        let f = open_nofollow(path)?;
        let mut head = Vec::with_capacity(HEAD_BYTES);
        f.take(HEAD_BYTES as u64).read_to_end(&mut head).map_err(|e| DeskError::io_at(path, e))?;
        classify_head(&head).map_err(|reason| DeskError::NotText { path: shown.to_string(), reason })
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Bom::None => "utf-8",
            Bom::Utf8 => "utf-8 (with BOM)",
            Bom::Utf16Le => "utf-16le",
            Bom::Utf16Be => "utf-16be",
            Bom::Utf16LeUnmarked => "utf-16le (no BOM)",
            Bom::Utf16BeUnmarked => "utf-16be (no BOM)",
        }
    }
}

/// Counts the raw bytes read from the file (before any transcoding).
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Open a delimited file as UTF-8-or-raw bytes: UTF-16 is transcoded to UTF-8, a UTF-8 BOM is skipped.
fn open_text(path: &Path, bom: Bom, count: Arc<AtomicU64>) -> Result<Box<dyn Read + Send>> {
    let file = open_nofollow(path)?;
    let mut counted = Counting { inner: file, count };
    Ok(match bom {
        Bom::Utf16Le | Bom::Utf16Be => {
            Box::new(encoding_rs_io::DecodeReaderBytesBuilder::new().bom_sniffing(true).strip_bom(true).build(counted))
        }
        Bom::Utf16LeUnmarked | Bom::Utf16BeUnmarked => {
            let encoding = if bom == Bom::Utf16LeUnmarked { encoding_rs::UTF_16LE } else { encoding_rs::UTF_16BE };
            Box::new(encoding_rs_io::DecodeReaderBytesBuilder::new().encoding(Some(encoding)).build(counted))
        }
        Bom::Utf8 => {
            let mut skip = [0u8; 3];
            counted.read_exact(&mut skip).map_err(|e| DeskError::io_at(path, e))?;
            Box::new(counted)
        }
        Bom::None => Box::new(counted),
    })
}

/// The first `limit` bytes of a delimited file, as the CSV reader will see them.
pub(crate) fn sample(path: &Path, bom: Bom, limit: usize) -> Result<Vec<u8>> {
    let mut r = open_text(path, bom, Arc::new(AtomicU64::new(0)))?.take(limit as u64);
    let mut out = Vec::with_capacity(limit.min(1 << 16));
    r.read_to_end(&mut out).map_err(|e| DeskError::io_at(path, e))?;
    Ok(out)
}

/// What sniffing found: the delimiter, and how well it splits the sample.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Sniffed {
    pub delimiter: u8,
    /// The most common number of fields per record (1 when no candidate splits anything).
    pub fields: usize,
    /// Share of the sampled records that have `fields` fields.
    pub consistency: f64,
    pub records: usize,
}

/// The delimiter a sample uses, among `,` `;` tab `|`: the one that splits the first records into the
/// most consistent number of fields (above one), quotes respected; then the most fields. `preferred`
/// (tab for .tsv) wins ties and is the answer when nothing splits.
pub(crate) fn sniff_delimiter(sample: &[u8], truncated: bool, preferred: u8) -> Sniffed {
    let mut best = Sniffed { delimiter: preferred, fields: 1, consistency: 0.0, records: 0 };
    let mut candidates = vec![preferred];
    candidates.extend([b',', b';', b'\t', b'|'].into_iter().filter(|d| *d != preferred));
    for d in candidates {
        let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(d).from_reader(sample);
        let mut counts: Vec<usize> = Vec::new();
        let mut rec = csv::ByteRecord::new();
        while counts.len() < 200 {
            match rdr.read_byte_record(&mut rec) {
                Ok(true) => counts.push(rec.len()),
                _ => break,
            }
        }
        // The last record of a truncated sample may be cut short.
        if truncated && counts.len() > 1 {
            counts.pop();
        }
        if counts.is_empty() {
            continue;
        }
        let mut freq: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
        for c in &counts {
            *freq.entry(*c).or_default() += 1;
        }
        let Some((mode, hits)) = freq.iter().max_by_key(|(fields, n)| (**n, **fields)).map(|(f, n)| (*f, *n)) else {
            continue;
        };
        if mode < 2 {
            continue;
        }
        let consistency = hits as f64 / counts.len() as f64;
        let better = best.fields < 2
            || consistency > best.consistency + 1e-9
            || ((consistency - best.consistency).abs() <= 1e-9 && mode > best.fields);
        if better {
            best = Sniffed { delimiter: d, fields: mode, consistency, records: counts.len() };
        }
    }
    best
}

/// A source of records that can be read from the start again.
pub(crate) trait Rows: Send {
    fn rewind(&mut self) -> Result<()>;
    /// The next record into `rec`; false at the end.
    fn next(&mut self, rec: &mut csv::ByteRecord) -> Result<bool>;
    /// Raw bytes of the file consumed so far in this pass.
    fn bytes_read(&self) -> u64;
}

/// Records of a delimited text file.
pub(crate) struct DelimitedRows {
    path: PathBuf,
    bom: Bom,
    delimiter: u8,
    count: Arc<AtomicU64>,
    reader: Option<csv::Reader<Box<dyn Read + Send>>>,
}

impl DelimitedRows {
    pub(crate) fn new(path: &Path, bom: Bom, delimiter: u8) -> Self {
        DelimitedRows { path: path.to_path_buf(), bom, delimiter, count: Arc::new(AtomicU64::new(0)), reader: None }
    }
}

impl Rows for DelimitedRows {
    fn rewind(&mut self) -> Result<()> {
        self.count.store(0, Ordering::Relaxed);
        let inner = open_text(&self.path, self.bom, self.count.clone())?;
        self.reader = Some(
            csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .delimiter(self.delimiter)
                .buffer_capacity(1 << 17)
                .from_reader(inner),
        );
        Ok(())
    }

    fn next(&mut self, rec: &mut csv::ByteRecord) -> Result<bool> {
        let Some(r) = self.reader.as_mut() else { return Ok(false) };
        r.read_byte_record(rec)
            .map_err(|e| DeskError::TableUnreadable { path: self.path.display().to_string(), reason: e.to_string() })
    }

    fn bytes_read(&self) -> u64 {
        self.count.load(Ordering::Relaxed)
    }
}

/// A non-empty cell of a sheet: where it is and where its text lies in the sheet's text arena.
#[derive(Debug, Clone, Copy)]
struct SheetCell {
    row: u32,
    col: u32,
    start: u32,
    len: u32,
}

/// Records of one spreadsheet sheet: its non-empty cells held in memory (bounded, see
/// [`read_workbook`]), handed out one row at a time over the sheet's used area.
pub(crate) struct SheetRows {
    cells: Vec<SheetCell>,
    text: String,
    first_row: u32,
    last_row: u32,
    first_col: u32,
    last_col: u32,
    next_row: u32,
    pos: usize,
    bytes: u64,
}

impl SheetRows {
    fn rows(&self) -> u64 {
        if self.cells.is_empty() {
            0
        } else {
            u64::from(self.last_row - self.first_row) + 1
        }
    }
}

impl Rows for SheetRows {
    fn rewind(&mut self) -> Result<()> {
        self.next_row = self.first_row;
        self.pos = 0;
        Ok(())
    }

    fn next(&mut self, rec: &mut csv::ByteRecord) -> Result<bool> {
        if self.cells.is_empty() || self.next_row > self.last_row {
            return Ok(false);
        }
        rec.clear();
        let row = self.next_row;
        for col in self.first_col..=self.last_col {
            let mut field: &[u8] = b"";
            // Cells are sorted by (row, col); a position written twice keeps its first value.
            while let Some(c) = self.cells.get(self.pos) {
                if (c.row, c.col) > (row, col) {
                    break;
                }
                if (c.row, c.col) == (row, col) && field.is_empty() {
                    let (a, b) = (c.start as usize, c.start as usize + c.len as usize);
                    field = self.text.as_bytes().get(a..b).unwrap_or(b"");
                }
                self.pos += 1;
            }
            rec.push_field(field);
        }
        self.next_row += 1;
        Ok(true)
    }

    fn bytes_read(&self) -> u64 {
        let rows = self.rows();
        if rows == 0 {
            return self.bytes;
        }
        self.bytes * u64::from(self.next_row - self.first_row) / rows
    }
}

/// One sheet of a workbook as records, with how many cells held spreadsheet errors.
pub(crate) struct Sheet {
    pub name: String,
    pub rows: SheetRows,
    pub error_cells: u64,
}

fn cell_text(cell: &Data, out: &mut String, errors: &mut u64) {
    use std::fmt::Write as _;
    out.clear();
    match cell {
        Data::Empty => {}
        Data::String(s) => out.push_str(s),
        Data::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Data::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                let _ = write!(out, "{}", *f as i64);
            } else {
                let _ = write!(out, "{f}");
            }
        }
        Data::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Data::DateTime(dt) => {
            if dt.is_duration() {
                let secs = (dt.as_f64() * 86_400.0).round() as i64;
                let _ = write!(out, "{}:{:02}:{:02}", secs / 3600, (secs / 60) % 60, secs % 60);
            } else {
                let (y, mo, d, h, mi, s, ms) = dt.to_ymd_hms_milli();
                let _ = write!(out, "{y:04}-{mo:02}-{d:02}");
                if (h, mi, s, ms) != (0, 0, 0, 0) {
                    let _ = write!(out, " {h:02}:{mi:02}:{s:02}");
                    if ms > 0 {
                        let _ = write!(out, ".{ms:03}");
                    }
                }
            }
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => out.push_str(s),
        Data::Error(_) => *errors += 1,
    }
}

/// Bounds on what reading one workbook may take. Past any of them the workbook is refused
/// (`workbook_too_large`) with the reason, before the memory is spent.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WorkbookLimits {
    /// The parts of the archive that are read (sheets, shared strings, styles ...), inflated, summed.
    pub inflated: u64,
    /// The shared strings part, inflated (read whole when the workbook is opened).
    pub shared_strings: u64,
    /// Any other part that is read whole (workbook, styles, relationships ...), inflated.
    pub other_part: u64,
    /// Non-empty cells of the whole workbook (each is held until its sheet is loaded).
    pub cells: u64,
    /// The used area (rows x columns) of one sheet.
    pub area: u64,
    /// Bytes of cell text held for one workbook.
    pub text: u64,
}

pub(crate) const WORKBOOK_LIMITS: WorkbookLimits = WorkbookLimits {
    inflated: 2 << 30,
    shared_strings: 256 << 20,
    other_part: 64 << 20,
    cells: 20_000_000,
    area: 100_000_000,
    text: 512 << 20,
};

fn too_large(shown: &str, reason: String) -> DeskError {
    DeskError::WorkbookTooLarge { path: shown.to_string(), reason }
}

/// Check a zip-based workbook (.xlsx .xlsm .xlsb .ods) against the limits from its directory alone:
/// the reader bounds every part by the size the directory declares, so this is what reading may inflate.
fn check_archive(file: &File, shown: &str, limits: &WorkbookLimits) -> Result<()> {
    let unreadable = |e: zip::result::ZipError| DeskError::TableUnreadable {
        path: shown.to_string(),
        reason: format!("not a readable workbook archive: {e}"),
    };
    let mut zip = zip::ZipArchive::new(file).map_err(unreadable)?;
    let mut total = 0u64;
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(unreadable)?;
        let name = entry.name().to_ascii_lowercase();
        let size = entry.size();
        let read_whole = name.ends_with(".xml") || name.ends_with(".rels") || name.ends_with(".bin");
        if !read_whole {
            continue; // pictures and other media are never read
        }
        let sheet = name.starts_with("xl/worksheets/") || name == "content.xml";
        let cap = if name.contains("sharedstrings") {
            limits.shared_strings
        } else if sheet {
            limits.inflated
        } else {
            limits.other_part
        };
        if size > cap {
            return Err(too_large(
                shown,
                format!(
                    "its part {} inflates to {}, over the limit of {}",
                    entry.name(),
                    crate::error::human_bytes(size),
                    crate::error::human_bytes(cap)
                ),
            ));
        }
        total = total.saturating_add(size);
        if total > limits.inflated {
            return Err(too_large(
                shown,
                format!(
                    "it inflates to more than {} (a file of {} bytes: a zip bomb?)",
                    crate::error::human_bytes(limits.inflated),
                    file.metadata().map(|m| m.len()).unwrap_or(0)
                ),
            ));
        }
    }
    Ok(())
}

/// The cells of one workbook gathered into sheets, with the limits enforced as they come.
struct Gather<'l> {
    shown: &'l str,
    limits: &'l WorkbookLimits,
    cells: u64,
    text: u64,
    buf: String,
}

impl Gather<'_> {
    fn sheet<'v>(
        &mut self,
        name: String,
        cells: impl Iterator<Item = Result<((u32, u32), SheetValue<'v>)>>,
    ) -> Result<Option<Sheet>> {
        let mut out: Vec<SheetCell> = Vec::new();
        let mut text = String::new();
        let mut errors = 0u64;
        let mut bounds: Option<(u32, u32, u32, u32)> = None;
        let mut sorted = true;
        let mut any_text = false;
        for cell in cells {
            let ((row, col), value) = cell?;
            match value {
                SheetValue::Text(t) => {
                    self.buf.clear();
                    self.buf.push_str(t);
                }
                SheetValue::Data(d) => cell_text(&d, &mut self.buf, &mut errors),
            }
            self.cells += 1;
            if self.cells > self.limits.cells {
                return Err(too_large(
                    self.shown,
                    format!("it holds more than {} cells with values", thousands(self.limits.cells)),
                ));
            }
            self.text += self.buf.len() as u64;
            if self.text > self.limits.text {
                return Err(too_large(
                    self.shown,
                    format!("its cells hold more than {} of text", crate::error::human_bytes(self.limits.text)),
                ));
            }
            any_text |= !self.buf.is_empty();
            let b = bounds.get_or_insert((row, row, col, col));
            *b = (b.0.min(row), b.1.max(row), b.2.min(col), b.3.max(col));
            let area = u64::from(b.1 - b.0 + 1) * u64::from(b.3 - b.2 + 1);
            if area > self.limits.area {
                return Err(too_large(
                    self.shown,
                    format!(
                        "sheet {name:?} spans {} rows by {} columns, more than {} cells",
                        thousands(u64::from(b.1 - b.0 + 1)),
                        thousands(u64::from(b.3 - b.2 + 1)),
                        thousands(self.limits.area)
                    ),
                ));
            }
            if let Some(last) = out.last() {
                sorted &= (last.row, last.col) < (row, col);
            }
            out.push(SheetCell { row, col, start: text.len() as u32, len: self.buf.len() as u32 });
            text.push_str(&self.buf);
        }
        let Some((first_row, last_row, first_col, last_col)) = bounds else { return Ok(None) };
        if !any_text {
            return Ok(None);
        }
        if !sorted {
            // Stable: of two values written at one position, the first stays first.
            out.sort_by_key(|c| (c.row, c.col));
        }
        out.shrink_to_fit();
        let rows = SheetRows {
            cells: out,
            text,
            first_row,
            last_row,
            first_col,
            last_col,
            next_row: first_row,
            pos: 0,
            bytes: 0,
        };
        Ok(Some(Sheet { name, rows, error_cells: errors }))
    }
}

/// A cell's value as a reader hands it over: text borrowed from the workbook, or a value to format.
enum SheetValue<'a> {
    Text(&'a str),
    Data(Data),
}

fn sheet_value(v: calamine::DataRef<'_>) -> SheetValue<'_> {
    match v {
        calamine::DataRef::SharedString(s) => SheetValue::Text(s),
        other => SheetValue::Data(other.into()),
    }
}

fn thousands(n: u64) -> String {
    super::thousands(n)
}

/// Read every non-empty sheet of a workbook (.xlsx, .xls, .ods ...). `shown` names the file in errors.
///
/// Bounded: a zip-based workbook is checked against [`WORKBOOK_LIMITS`] from its directory before
/// anything is inflated (shared strings and other parts are read whole when it opens); .xlsx/.xlsm and
/// .xlsb sheets are then streamed cell by cell, and .ods content is measured (its repeated rows and
/// columns) before it is expanded; the cells and the text kept are counted as they come.
pub(crate) fn read_workbook(path: &Path, shown: &str, file_size: u64) -> Result<Vec<Sheet>> {
    read_workbook_with(path, shown, file_size, &WORKBOOK_LIMITS)
}

pub(crate) fn read_workbook_with(
    path: &Path,
    shown: &str,
    file_size: u64,
    limits: &WorkbookLimits,
) -> Result<Vec<Sheet>> {
    let unreadable = |reason: String| DeskError::TableUnreadable { path: shown.to_string(), reason };
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let file = open_nofollow(path)?;
    let mut gather = Gather { shown, limits, cells: 0, text: 0, buf: String::new() };
    let mut sheets = Vec::new();
    match ext.as_str() {
        "xlsx" | "xlsm" => {
            check_archive(&file, shown, limits)?;
            let mut book: calamine::Xlsx<_> = calamine::Reader::new(io::BufReader::new(file))
                .map_err(|e: calamine::XlsxError| unreadable(e.to_string()))?;
            for name in calamine::Reader::sheet_names(&book) {
                let mut reader = match book.worksheet_cells_reader(&name) {
                    Ok(r) => r,
                    Err(calamine::XlsxError::NotAWorksheet(_)) => continue, // a chart sheet
                    Err(e) => return Err(unreadable(format!("sheet {name:?}: {e}"))),
                };
                sheets.extend(streamed_sheet(&mut gather, &name, || reader.next_cell(), &unreadable)?);
            }
        }
        "xlsb" => {
            check_archive(&file, shown, limits)?;
            let mut book: calamine::Xlsb<_> = calamine::Reader::new(io::BufReader::new(file))
                .map_err(|e: calamine::XlsbError| unreadable(e.to_string()))?;
            for name in calamine::Reader::sheet_names(&book) {
                let mut reader =
                    book.worksheet_cells_reader(&name).map_err(|e| unreadable(format!("sheet {name:?}: {e}")))?;
                sheets.extend(streamed_sheet(&mut gather, &name, || reader.next_cell(), &unreadable)?);
            }
        }
        "ods" => {
            check_archive(&file, shown, limits)?;
            check_ods_area(&file, shown, limits)?;
            let mut book: calamine::Ods<_> = calamine::Reader::new(io::BufReader::new(file))
                .map_err(|e: calamine::OdsError| unreadable(e.to_string()))?;
            range_sheets(&mut book, &mut gather, &mut sheets, &unreadable)?;
        }
        _ => {
            // .xls: a compound document with no compression; its sheets are bounded by the format
            // (65,536 rows by 256 columns).
            let mut book: calamine::Xls<_> = calamine::Reader::new(io::BufReader::new(file))
                .map_err(|e: calamine::XlsError| unreadable(e.to_string()))?;
            range_sheets(&mut book, &mut gather, &mut sheets, &unreadable)?;
        }
    }
    // Spread the file's bytes over the sheets for progress.
    let n = sheets.len().max(1) as u64;
    for s in &mut sheets {
        s.rows.bytes = file_size / n;
    }
    Ok(sheets)
}

/// One sheet from a reader that hands out its cells one at a time (.xlsx, .xlsb): `next` is the
/// reader's `next_cell`.
fn streamed_sheet<'a, E: std::fmt::Display>(
    gather: &mut Gather<'_>,
    name: &str,
    mut next: impl FnMut() -> std::result::Result<Option<calamine::Cell<calamine::DataRef<'a>>>, E>,
    unreadable: &dyn Fn(String) -> DeskError,
) -> Result<Option<Sheet>> {
    let mut failed = None;
    let values = std::iter::from_fn(|| match next() {
        Ok(Some(c)) => Some(Some(c)),
        Ok(None) => None,
        Err(e) => {
            failed = Some(e.to_string());
            None
        }
    })
    .flatten()
    .filter(|c| !matches!(c.get_value(), calamine::DataRef::Empty))
    .map(|c| Ok((c.get_position(), sheet_value(c.get_value().clone()))));
    let sheet = gather.sheet(name.to_string(), values)?;
    match failed {
        Some(e) => Err(unreadable(format!("sheet {name:?}: {e}"))),
        None => Ok(sheet),
    }
}

/// Sheets of a reader that hands out whole ranges (.ods, .xls).
fn range_sheets<RS: io::Read + io::Seek, B: calamine::Reader<RS>>(
    book: &mut B,
    gather: &mut Gather<'_>,
    sheets: &mut Vec<Sheet>,
    unreadable: &dyn Fn(String) -> DeskError,
) -> Result<()>
where
    B::Error: std::fmt::Display,
{
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(|e| unreadable(format!("sheet {name:?}: {e}")))?;
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let values =
            range.used_cells().map(|(r, c, d)| Ok(((r0 + r as u32, c0 + c as u32), SheetValue::Data(d.clone()))));
        sheets.extend(gather.sheet(name.clone(), values)?);
    }
    Ok(())
}

/// An OpenDocument sheet repeats rows and columns by count (`number-rows-repeated="1000000"`), and the
/// reader expands them: measure the area each table would expand to before it is read.
fn check_ods_area(file: &File, shown: &str, limits: &WorkbookLimits) -> Result<()> {
    use quick_xml::events::Event;
    let unreadable = |reason: String| DeskError::TableUnreadable { path: shown.to_string(), reason };
    let mut zip = zip::ZipArchive::new(file).map_err(|e| unreadable(e.to_string()))?;
    let content = zip.by_name("content.xml").map_err(|e| unreadable(format!("content.xml: {e}")))?;
    let mut xml = quick_xml::Reader::from_reader(io::BufReader::new(content.take(limits.inflated)));
    let repeat = |e: &quick_xml::events::BytesStart<'_>, key: &str| -> u64 {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == key)
            .and_then(|a| a.value.parse::<u64>().ok())
            .unwrap_or(1)
            .max(1)
    };
    let mut buf = Vec::new();
    // Per table: rows so far, the first and last row with a value, the widest row with a value.
    let (mut rows, mut first, mut last, mut width) = (0u64, None::<u64>, 0u64, 0u64);
    let (mut row_repeat, mut col, mut row_width, mut in_row) = (1u64, 0u64, 0u64, false);
    let mut area = 0u64;
    loop {
        let event = xml.read_event_into(&mut buf).map_err(|e| unreadable(format!("content.xml: {e}")))?;
        match event {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "table:table" => {
                (rows, first, last, width) = (0, None, 0, 0);
            }
            Event::End(e) if e.name().as_ref() == "table:table" => {
                if let Some(f) = first {
                    area = area.saturating_add((last - f).saturating_mul(width));
                }
            }
            Event::Start(e) if e.name().as_ref() == "table:table-row" => {
                (row_repeat, col, row_width, in_row) = (repeat(&e, "table:number-rows-repeated"), 0, 0, true);
            }
            Event::Empty(e) if e.name().as_ref() == "table:table-row" => {
                rows = rows.saturating_add(repeat(&e, "table:number-rows-repeated"));
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                if row_width > 0 {
                    first.get_or_insert(rows);
                    last = rows.saturating_add(row_repeat);
                    width = width.max(row_width);
                }
                rows = rows.saturating_add(row_repeat);
                in_row = false;
            }
            Event::Start(e) | Event::Empty(e)
                if in_row && matches!(e.name().as_ref(), "table:table-cell" | "table:covered-table-cell") =>
            {
                let n = repeat(&e, "table:number-columns-repeated");
                let valued = e.attributes().flatten().any(|a| a.key.as_ref() == "office:value-type");
                col = col.saturating_add(n);
                if valued {
                    row_width = col;
                }
            }
            Event::Eof => break,
            _ => {}
        }
        if area > limits.area {
            break;
        }
        buf.clear();
    }
    if area > limits.area {
        return Err(too_large(
            shown,
            format!("its sheets expand to more than {} cells (repeated rows and columns)", thousands(limits.area)),
        ));
    }
    Ok(())
}

#[cfg(test)]
#[path = "../../examples/support/bomb.rs"]
mod bomb;

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn the_start_of_a_file_says_text_utf16_or_binary() {
        assert_eq!(classify_head(b"a,b\n1,2\n"), Ok(Bom::None));
        assert_eq!(classify_head(b"\xEF\xBB\xBFa,b\n"), Ok(Bom::Utf8));
        assert_eq!(classify_head(b"\xFF\xFEa\0"), Ok(Bom::Utf16Le));
        let le: Vec<u8> = "region,revenue\nNorth,1\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = "region,revenue\nNorth,1\n".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(classify_head(&le), Ok(Bom::Utf16LeUnmarked));
        assert_eq!(classify_head(&be), Ok(Bom::Utf16BeUnmarked));
        let reason = |b: &[u8]| classify_head(b).unwrap_err();
        assert!(reason(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").contains("PNG"));
        assert!(reason(b"PK\x03\x04\x14\0\0\0").contains("zip"));
        assert!(reason(b"\x7FELF\x02\x01\x01").contains("program"));
        assert!(reason(b"id,name\n1,a\0b\n").contains("NUL"));
        let controls: Vec<u8> = (0..200u8).map(|i| if i % 10 == 0 { 0x01 } else { b'a' }).collect();
        assert!(reason(&controls).contains("control characters"));
        // Latin-1 text with accents is text (its encoding is decided later, over every row).
        assert_eq!(classify_head(b"nom,ville\nJos\xe9,Z\xfcrich\n"), Ok(Bom::None));
    }

    fn read(path: &Path, limits: WorkbookLimits) -> Result<Vec<Sheet>> {
        read_workbook_with(path, "book", 0, &limits)
    }

    #[test]
    fn a_workbook_within_its_bounds_reads_and_one_past_them_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let book = dir.path().join("book.xlsx");
        let rows: String = (1..=50).map(|r| format!("<row r=\"{r}\"><c r=\"A{r}\"><v>{r}</v></c><c r=\"B{r}\" t=\"inlineStr\"><is><t>n{r}</t></is></c></row>")).collect();
        bomb::xlsx(&book, &rows);
        let sheets = read(&book, WORKBOOK_LIMITS).unwrap();
        assert_eq!(sheets.len(), 1);
        assert_eq!(sheets[0].rows.rows(), 50);
        let mut rows = sheets.into_iter().next().unwrap().rows;
        rows.rewind().unwrap();
        let mut rec = csv::ByteRecord::new();
        assert!(rows.next(&mut rec).unwrap());
        assert_eq!(rec.iter().collect::<Vec<_>>(), [&b"1"[..], b"n1"]);

        let code = |limits| read(&book, limits).err().map(|e| (e.code(), e.to_string()));
        let (c, m) = code(WorkbookLimits { cells: 99, ..WORKBOOK_LIMITS }).unwrap();
        assert_eq!(c, "workbook_too_large");
        assert!(m.contains("more than 99 cells"), "{m}");
        let (_, m) = code(WorkbookLimits { text: 100, ..WORKBOOK_LIMITS }).unwrap();
        assert!(m.contains("of text"), "{m}");
        let (_, m) = code(WorkbookLimits { inflated: 1000, ..WORKBOOK_LIMITS }).unwrap();
        assert!(m.contains("inflates"), "{m}");
        // Two cells far apart span an area nobody should have to fill in.
        let far = dir.path().join("far.xlsx");
        bomb::xlsx(
            &far,
            r#"<row r="1"><c r="A1"><v>1</v></c></row><row r="1000000"><c r="XFD1000000"><v>2</v></c></row>"#,
        );
        let (_, m) = read(&far, WORKBOOK_LIMITS).err().map(|e| (e.code(), e.to_string())).unwrap();
        assert!(m.contains("spans 1,000,000 rows by 16,384 columns"), "{m}");
    }

    #[test]
    fn a_bomb_under_the_inflate_bound_stops_at_the_cell_bound() {
        let dir = tempfile::tempdir().unwrap();
        let book = dir.path().join("bomb.xlsx");
        let (_, cells) = bomb::xlsx_bomb(&book, 8 << 20);
        assert!(cells > 100_000);
        let e = read(&book, WorkbookLimits { cells: 100_000, ..WORKBOOK_LIMITS }).err().unwrap();
        assert_eq!(e.code(), "workbook_too_large");
        assert!(e.to_string().contains("more than 100,000 cells"), "{e}");
    }

    #[test]
    fn repeated_opendocument_rows_are_measured_before_they_are_expanded() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("repeat.ods");
        let mut zip = zip::ZipWriter::new(File::create(&path).unwrap());
        let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
        zip.start_file("content.xml", stored).unwrap();
        // One row of 1,000 equal cells, repeated a million times: a few hundred bytes, a billion cells.
        zip.write_all(
            br#"<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="S"><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1000" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#,
        )
        .unwrap();
        zip.finish().unwrap();
        let e = read(&path, WORKBOOK_LIMITS).err().unwrap();
        assert_eq!(e.code(), "workbook_too_large", "{e}");
        assert!(e.to_string().contains("repeated rows and columns"), "{e}");
    }
}
