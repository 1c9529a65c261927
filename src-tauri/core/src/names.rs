//! What may be a stored file name inside a desk, and the collision rule (`sales (2).csv`).
//!
//! A stored name is one plain path component that is safe on every OS a desk may be exported to.
//! Names that cannot be kept are refused with the reason; nothing is silently rewritten. This module
//! does no I/O except `unique_name`, which only asks whether a candidate exists.

use crate::error::{DeskError, NameProblem, Result};
use std::path::Path;

pub const MAX_NAME_BYTES: usize = 255;

/// Characters that look like a path separator or normalise to one (NFKC) in some layer.
const SEPARATOR_LOOKALIKES: &[char] = &[
    '\u{2215}', // DIVISION SLASH
    '\u{2044}', // FRACTION SLASH
    '\u{FF0F}', // FULLWIDTH SOLIDUS
    '\u{29F8}', // BIG SOLIDUS
    '\u{FF3C}', // FULLWIDTH REVERSE SOLIDUS
    '\u{2216}', // SET MINUS
    '\u{29F5}', // REVERSE SOLIDUS OPERATOR
    '\u{FE68}', // SMALL REVERSE SOLIDUS
    '\u{2024}', // ONE DOT LEADER (NFKC '.')
    '\u{2025}', // TWO DOT LEADER (NFKC '..')
    '\u{FF0E}', // FULLWIDTH FULL STOP
];

/// Text-direction and invisible formatting characters that make a name display as something else.
fn is_format_trick(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}')
}

const RESERVED_STEMS: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2",
    "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "CONIN$", "CONOUT$",
];

fn refuse(name: &str, problem: NameProblem) -> DeskError {
    DeskError::BadName { name: name.to_string(), problem }
}

/// Decode `%XX` escapes (only those; anything malformed stays literal).
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(v) = hex {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Check that `name` can be kept as-is as a stored file name. Returns the problem otherwise.
pub fn check_file_name(name: &str) -> Result<()> {
    if name.is_empty() {
        return Err(refuse(name, NameProblem::Empty));
    }
    if name.contains('\0') {
        return Err(refuse(name, NameProblem::Nul));
    }
    if name == "." || name == ".." {
        return Err(refuse(name, NameProblem::DotName));
    }
    if name.contains('/') || name.contains('\\') {
        return Err(refuse(name, NameProblem::Separator));
    }
    if name.chars().any(|c| c.is_control() || is_format_trick(c)) {
        return Err(refuse(name, NameProblem::Control));
    }
    if name.chars().any(|c| SEPARATOR_LOOKALIKES.contains(&c)) {
        return Err(refuse(name, NameProblem::SeparatorLookalike));
    }
    // Percent-decoding (repeatedly, for double encoding) must not produce a separator or dot segment.
    let mut decoded = name.to_string();
    for _ in 0..3 {
        let next = percent_decode(&decoded);
        if next == decoded {
            break;
        }
        if next.contains('/') || next.contains('\\') || next == "." || next == ".." || next.contains('\0') {
            return Err(refuse(name, NameProblem::EncodedTraversal));
        }
        decoded = next;
    }
    if name.starts_with('.') {
        return Err(refuse(name, NameProblem::Hidden));
    }
    if name.len() > MAX_NAME_BYTES {
        return Err(refuse(name, NameProblem::TooLong));
    }
    if name.contains(':') {
        return Err(refuse(name, NameProblem::DriveOrStream));
    }
    if name.ends_with('.') || name.ends_with(' ') {
        return Err(refuse(name, NameProblem::TrailingDotOrSpace));
    }
    let stem = name.split('.').next().unwrap_or(name).trim_end().to_ascii_uppercase();
    if RESERVED_STEMS.contains(&stem.as_str()) {
        return Err(refuse(name, NameProblem::Reserved));
    }
    Ok(())
}

/// The stored name of a native path: its last component, which must be UTF-8 and pass `check_file_name`.
pub fn name_of_path(path: &Path) -> Result<String> {
    let raw = path.as_os_str();
    let Some(last) = path.file_name() else {
        // "/", "..", "foo/.." and the empty path have no file name.
        let shown = raw.to_string_lossy().into_owned();
        let problem = if raw.is_empty() { NameProblem::Empty } else { NameProblem::DotName };
        return Err(refuse(&shown, problem));
    };
    let Some(s) = last.to_str() else {
        return Err(refuse(&last.to_string_lossy(), NameProblem::NotUtf8));
    };
    check_file_name(s)?;
    Ok(s.to_string())
}

/// Split `name` into stem and extension the way people read it: `sales.csv` -> (`sales`, `.csv`),
/// `archive.tar.gz` -> (`archive.tar`, `.gz`), `README` -> (`README`, ``).
fn split_ext(name: &str) -> (&str, &str) {
    match name.rfind('.') {
        Some(i) if i > 0 => (&name[..i], &name[i..]),
        _ => (name, ""),
    }
}

/// The `n`-th candidate for `name`: n = 1 is the name itself, n >= 2 is `stem (n).ext`.
pub fn candidate(name: &str, n: u32) -> String {
    if n <= 1 {
        return name.to_string();
    }
    let (stem, ext) = split_ext(name);
    format!("{stem} ({n}){ext}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_keep_the_extension() {
        assert_eq!(candidate("sales.csv", 1), "sales.csv");
        assert_eq!(candidate("sales.csv", 2), "sales (2).csv");
        assert_eq!(candidate("a.tar.gz", 3), "a.tar (3).gz");
        assert_eq!(candidate("README", 2), "README (2)");
    }

    #[test]
    fn ordinary_names_pass() {
        for n in ["sales.csv", "Q1 2026 – Umsatz.xlsx", "données.tsv", "a..b.csv", "x%20y.csv", "100%.csv"] {
            assert!(check_file_name(n).is_ok(), "{n} should be accepted");
        }
    }

    #[test]
    fn percent_decoding_is_strict() {
        assert_eq!(percent_decode("%2e%2E%2f"), "../");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}
