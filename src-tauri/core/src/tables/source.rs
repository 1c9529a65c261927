//! Records out of a source file: delimited text (encoding by BOM or fallback, delimiter sniffing,
//! quoted fields with newlines and quotes, CRLF) and spreadsheets (calamine; one record set per sheet).
//!
//! A `Rows` source can be read from the start any number of times (the loader reads twice) and tells how
//! many bytes of the file it has consumed, for progress. Text is handed out as bytes; turning bytes into
//! text is the `Codec`'s job (UTF-8, or Windows-1252 when the file is not valid UTF-8). This module does
//! not decide types or names.

use crate::error::{DeskError, Result};
use calamine::{Data, Reader};
use std::borrow::Cow;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// How a delimited file's bytes become text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Codec {
    Utf8,
    Windows1252,
}

impl Codec {
    /// Decode a field. `None` only for `Utf8` when the bytes are not UTF-8.
    pub(crate) fn decode<'a>(self, b: &'a [u8]) -> Option<Cow<'a, str>> {
        match self {
            Codec::Utf8 => std::str::from_utf8(b).ok().map(Cow::Borrowed),
            Codec::Windows1252 => Some(encoding_rs::WINDOWS_1252.decode_without_bom_handling(b).0),
        }
    }

    /// Field `i` of a record as text. `whole` is the record's bytes checked as UTF-8 once (`Utf8` only):
    /// a field is then a slice of it, with no further check. `None` when the field is not UTF-8.
    pub(crate) fn field<'a>(self, rec: &'a csv::ByteRecord, whole: Option<&'a str>, i: usize) -> Option<Cow<'a, str>> {
        if let (Some(w), Some(r)) = (whole, rec.range(i)) {
            if let Some(t) = w.get(r) {
                return Some(Cow::Borrowed(t));
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

/// The byte-order mark at the start of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bom {
    None,
    Utf8,
    Utf16Le,
    Utf16Be,
}

impl Bom {
    pub(crate) fn sniff(path: &Path) -> Result<Bom> {
        let mut f = File::open(path).map_err(|e| DeskError::io_at(path, e))?;
        let mut head = [0u8; 3];
        let mut n = 0;
        while n < 3 {
            match f.read(&mut head[n..]) {
                Ok(0) => break,
                Ok(k) => n += k,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(DeskError::io_at(path, e)),
            }
        }
        Ok(match &head[..n] {
            [0xEF, 0xBB, 0xBF] => Bom::Utf8,
            [0xFF, 0xFE, ..] => Bom::Utf16Le,
            [0xFE, 0xFF, ..] => Bom::Utf16Be,
            _ => Bom::None,
        })
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Bom::None => "utf-8",
            Bom::Utf8 => "utf-8 (with BOM)",
            Bom::Utf16Le => "utf-16le",
            Bom::Utf16Be => "utf-16be",
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
    let file = File::open(path).map_err(|e| DeskError::io_at(path, e))?;
    let mut counted = Counting { inner: file, count };
    Ok(match bom {
        Bom::Utf16Le | Bom::Utf16Be => {
            Box::new(encoding_rs_io::DecodeReaderBytesBuilder::new().bom_sniffing(true).strip_bom(true).build(counted))
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

/// Records of one spreadsheet sheet, held in memory (calamine reads a sheet whole).
pub(crate) struct SheetRows {
    rows: Vec<csv::ByteRecord>,
    pos: usize,
    bytes: u64,
}

impl Rows for SheetRows {
    fn rewind(&mut self) -> Result<()> {
        self.pos = 0;
        Ok(())
    }

    fn next(&mut self, rec: &mut csv::ByteRecord) -> Result<bool> {
        match self.rows.get(self.pos) {
            Some(r) => {
                rec.clone_from(r);
                self.pos += 1;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    fn bytes_read(&self) -> u64 {
        if self.rows.is_empty() {
            return self.bytes;
        }
        self.bytes * self.pos as u64 / self.rows.len() as u64
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

/// Read every non-empty sheet of a workbook (.xlsx, .xls, .ods ...).
pub(crate) fn read_workbook(path: &Path, file_size: u64) -> Result<Vec<Sheet>> {
    let shown = || path.display().to_string();
    let mut book = calamine::open_workbook_auto(path)
        .map_err(|e| DeskError::TableUnreadable { path: shown(), reason: e.to_string() })?;
    let names = book.sheet_names();
    let mut sheets = Vec::new();
    let mut text = String::new();
    for name in names {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| DeskError::TableUnreadable { path: shown(), reason: format!("sheet {name:?}: {e}") })?;
        let mut errors = 0u64;
        let mut rows = Vec::with_capacity(range.height());
        for row in range.rows() {
            let mut rec = csv::ByteRecord::new();
            for cell in row {
                cell_text(cell, &mut text, &mut errors);
                rec.push_field(text.as_bytes());
            }
            rows.push(rec);
        }
        if rows.is_empty() || rows.iter().all(|r| r.iter().all(|f| f.is_empty())) {
            continue;
        }
        sheets.push(Sheet { name, rows: SheetRows { rows, pos: 0, bytes: file_size }, error_cells: errors });
    }
    // Spread the file's bytes over the sheets for progress.
    let n = sheets.len().max(1) as u64;
    for s in &mut sheets {
        s.rows.bytes = file_size / n;
    }
    Ok(sheets)
}
