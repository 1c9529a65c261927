//! Writes a valid .xlsx whose one sheet inflates to a chosen size from a file of a few megabytes (a zip
//! bomb, as a hostile or broken workbook can be), quickly: one deflated chunk of rows, repeated.
//! Shared by the reliability tests, the unit tests of `tables::source` and the `table_limits` example
//! (included with `#[path]`).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use flate2::{Compress, Compression, Crc, FlushCompress, Status};
use std::io::Write;
use std::path::Path;

/// Raw deflate of `data` as a byte-aligned, non-final piece (or, with `last`, the final one).
fn deflate(data: &[u8], last: bool) -> Vec<u8> {
    let mut c = Compress::new(Compression::best(), false);
    let flush = if last { FlushCompress::Finish } else { FlushCompress::Full };
    let mut out = Vec::new();
    loop {
        out.reserve(64 * 1024);
        let consumed = c.total_in() as usize;
        let status = c.compress_vec(&data[consumed..], &mut out, flush).expect("deflate");
        let all_in = c.total_in() as usize == data.len();
        // Done when all input is in and the compressor ended the stream, or flushed with room to spare.
        if all_in && (status == Status::StreamEnd || (!last && out.len() < out.capacity())) {
            return out;
        }
    }
}

fn crc(data: &[u8]) -> Crc {
    let mut c = Crc::new();
    c.update(data);
    c
}

const HEAD: &[u8] = b"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
const TAIL: &[u8] = b"</sheetData></worksheet>";

struct Entry {
    name: &'static str,
    method: u16,
    crc: u32,
    compressed: Vec<u8>,
    size: u64,
}

fn stored(name: &'static str, text: &str) -> Entry {
    Entry {
        name,
        method: 0,
        crc: crc(text.as_bytes()).sum(),
        compressed: text.as_bytes().to_vec(),
        size: text.len() as u64,
    }
}

/// Write the .xlsx to `path`; its sheet holds one number per row and inflates to about `sheet_bytes`
/// (under 4 GiB). Returns the sheet's inflated size and the number of cells in it.
pub fn xlsx_bomb(path: &Path, sheet_bytes: u64) -> (u64, u64) {
    let (head, tail) = (HEAD, TAIL);
    let row: &[u8] = b"<row><c><v>1</v></c></row>";
    let chunk: Vec<u8> = row.iter().copied().cycle().take(row.len() * 40_000).collect();
    let repeats = (sheet_bytes / chunk.len() as u64).max(1);
    let (piece_head, piece_chunk, piece_tail) = (deflate(head, false), deflate(&chunk, false), deflate(tail, true));
    let mut sum = crc(head);
    let chunk_crc = crc(&chunk);
    for _ in 0..repeats {
        sum.combine(&chunk_crc);
    }
    sum.combine(&crc(tail));
    let size = head.len() as u64 + repeats * chunk.len() as u64 + tail.len() as u64;
    let mut compressed = piece_head;
    for _ in 0..repeats {
        compressed.extend_from_slice(&piece_chunk);
    }
    compressed.extend_from_slice(&piece_tail);
    let sheet = Entry { name: "xl/worksheets/sheet1.xml", method: 8, crc: sum.sum(), compressed, size };
    let mut entries = parts();
    entries.push(sheet);
    write_zip(path, &entries);
    (size, repeats * 40_000)
}

/// The parts of a workbook with one sheet, besides the sheet.
fn parts() -> Vec<Entry> {
    vec![
        stored(
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        ),
        stored(
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        stored(
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        stored(
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
    ]
}

/// Write an .xlsx whose one sheet (named "Data") is `sheet_data`, the rows inside `<sheetData>`.
#[allow(dead_code)]
pub fn xlsx(path: &Path, sheet_data: &str) {
    let xml =
        format!("{}{sheet_data}{}", std::str::from_utf8(HEAD).unwrap_or(""), std::str::from_utf8(TAIL).unwrap_or(""));
    let mut entries = parts();
    entries.push(stored("xl/worksheets/sheet1.xml", &xml));
    write_zip(path, &entries);
}

fn write_zip(path: &Path, entries: &[Entry]) {
    let mut out: Vec<u8> = Vec::new();
    let mut central: Vec<u8> = Vec::new();
    for e in entries {
        let offset = out.len() as u32;
        let header = |sig: u32, central_dir: bool| {
            let mut h = Vec::new();
            h.extend_from_slice(&sig.to_le_bytes());
            if central_dir {
                h.extend_from_slice(&20u16.to_le_bytes()); // made by
            }
            h.extend_from_slice(&20u16.to_le_bytes()); // needed
            h.extend_from_slice(&0u16.to_le_bytes()); // flags
            h.extend_from_slice(&e.method.to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes()); // time
            h.extend_from_slice(&0x21u16.to_le_bytes()); // date 1980-01-01
            h.extend_from_slice(&e.crc.to_le_bytes());
            h.extend_from_slice(&(e.compressed.len() as u32).to_le_bytes());
            h.extend_from_slice(&(e.size as u32).to_le_bytes());
            h.extend_from_slice(&(e.name.len() as u16).to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes()); // extra
            if central_dir {
                h.extend_from_slice(&0u16.to_le_bytes()); // comment
                h.extend_from_slice(&0u16.to_le_bytes()); // disk
                h.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
                h.extend_from_slice(&0u32.to_le_bytes()); // external attributes
                h.extend_from_slice(&offset.to_le_bytes());
            }
            h.extend_from_slice(e.name.as_bytes());
            h
        };
        out.extend_from_slice(&header(0x0403_4b50, false));
        out.extend_from_slice(&e.compressed);
        central.extend_from_slice(&header(0x0201_4b50, true));
    }
    let cd_offset = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    std::fs::File::create(path).and_then(|mut f| f.write_all(&out)).expect("write the workbook");
}
