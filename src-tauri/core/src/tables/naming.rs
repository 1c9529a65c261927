//! SQL names for tables and columns, derived from file, sheet and header names.
//!
//! A name is `[a-z0-9_]`, does not start with a digit or `_` (leading `_` is kept for the app's own
//! tables such as `_desk_tables`), is at most 60 bytes, never empty, and unique where it must be
//! (`_2`, `_3` ...). Accented Latin letters are folded (`é` -> `e`). Identifiers are still always quoted
//! in SQL. The original names are kept by the caller; this module only derives.

use std::collections::HashSet;

const MAX_LEN: usize = 60;

fn fold(c: char, out: &mut String) {
    match c {
        'a'..='z' | '0'..='9' => out.push(c),
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' => out.push('a'),
        'æ' => out.push_str("ae"),
        'ç' | 'ć' | 'č' => out.push('c'),
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => out.push('e'),
        'ì' | 'í' | 'î' | 'ï' | 'ı' => out.push('i'),
        'ñ' | 'ń' | 'ň' => out.push('n'),
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => out.push('o'),
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' => out.push('u'),
        'ý' | 'ÿ' => out.push('y'),
        'ß' => out.push_str("ss"),
        'œ' => out.push_str("oe"),
        'ð' | 'đ' | 'ď' => out.push('d'),
        'þ' => out.push_str("th"),
        'ł' => out.push('l'),
        'š' | 'ś' => out.push('s'),
        'ž' | 'ź' | 'ż' => out.push('z'),
        'ř' => out.push('r'),
        'ť' => out.push('t'),
        '%' => out.push_str("_pct_"),
        '#' => out.push_str("_no_"),
        _ => out.push('_'),
    }
}

/// Words written together in camel case split apart ("ListPrice" -> "List Price", "ListingID" -> "Listing ID",
/// "landSizeSqm" -> "land Size Sqm"); a name in one case ("AMOUNT", "order_id") is left as it is.
fn split_camel(raw: &str) -> String {
    let cs: Vec<char> = raw.chars().collect();
    let mixed = cs.iter().any(|c| c.is_lowercase()) && cs.iter().any(|c| c.is_uppercase());
    if !mixed {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len() + 4);
    for (i, &c) in cs.iter().enumerate() {
        if i > 0 && c.is_uppercase() {
            let prev = cs[i - 1];
            let next_lower = cs.get(i + 1).is_some_and(|n| n.is_lowercase());
            // (lower or digit then upper: "listPrice"; an upper run then an upper starting a word: "IDNumber".)
            // (Not after one lower-case letter opening a word: "iOS", "eBay".)
            let one_letter = prev.is_lowercase() && (i < 2 || !cs[i - 2].is_alphanumeric());
            if prev.is_lowercase() && !one_letter || prev.is_ascii_digit() || prev.is_uppercase() && next_lower {
                out.push(' ');
            }
        }
        out.push(c);
    }
    out
}

/// `[a-z0-9_]` with runs of `_` collapsed and trimmed; may be empty or start with a digit.
pub(crate) fn sanitize(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in split_camel(raw).chars().flat_map(char::to_lowercase) {
        fold(c, &mut out);
    }
    let mut clean = String::with_capacity(out.len());
    for c in out.chars() {
        if c == '_' && (clean.is_empty() || clean.ends_with('_')) {
            continue;
        }
        clean.push(c);
    }
    while clean.ends_with('_') {
        clean.pop();
    }
    if clean.len() > MAX_LEN {
        clean.truncate(MAX_LEN);
        while clean.ends_with('_') {
            clean.pop();
        }
    }
    clean
}

/// A name that is not empty, does not start with a digit and is not reserved by SQLite.
fn fix_start(name: String, prefix: &str, empty: &str) -> String {
    if name.is_empty() {
        empty.to_string()
    } else if name.as_bytes()[0].is_ascii_digit() || name.starts_with("sqlite") {
        format!("{prefix}{name}")
    } else {
        name
    }
}

/// `base`, or `base_2`, `base_3` ... whichever is not in `used`.
pub(crate) fn unique(base: &str, used: &HashSet<String>) -> String {
    if !used.contains(base) {
        return base.to_string();
    }
    (2..).map(|i| format!("{base}_{i}")).find(|n| !used.contains(n)).unwrap_or_else(|| base.to_string())
}

/// The base table name for a file (by its stem) and optionally one of its sheets: `sales`, `book_q1`.
pub(crate) fn table_base(file_name: &str, sheet: Option<&str>) -> String {
    let stem = match file_name.rsplit_once('.') {
        Some((s, _)) if !s.is_empty() => s,
        _ => file_name,
    };
    let mut name = sanitize(stem);
    if let Some(sheet) = sheet {
        let s = sanitize(sheet);
        name = if name.is_empty() {
            s
        } else if s.is_empty() {
            name
        } else {
            format!("{name}_{s}")
        };
        name.truncate(MAX_LEN);
    }
    fix_start(name, "t_", "table")
}

/// Column names from header names: sanitised, never empty (`column_3` for the third), unique.
pub(crate) fn column_names(originals: &[String]) -> Vec<String> {
    let mut used = HashSet::new();
    originals
        .iter()
        .enumerate()
        .map(|(i, raw)| {
            let s = sanitize(raw);
            let base = if s.is_empty() { format!("column_{}", i + 1) } else { fix_start(s, "c_", "") };
            let name = unique(&base, &used);
            used.insert(name.clone());
            name
        })
        .collect()
}

/// Quote an SQL identifier.
pub(crate) fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn words_written_in_camel_case_are_split() {
        let names = column_names(&[
            "ListPrice".into(),
            "LandSizeSqm".into(),
            "ListingID".into(),
            "AMOUNT".into(),
            "order_id".into(),
            "Trade Date".into(),
            "Qty2Ship".into(),
            "iOS version".into(),
        ]);
        assert_eq!(
            names,
            [
                "list_price",
                "land_size_sqm",
                "listing_id",
                "amount",
                "order_id",
                "trade_date",
                "qty2_ship",
                "ios_version"
            ]
        );
        assert_eq!(table_base("PropertyListings.csv", None), "property_listings");
    }

    #[test]
    fn table_names() {
        assert_eq!(table_base("Sales 2024.csv", None), "sales_2024");
        assert_eq!(table_base("2024 sales.csv", None), "t_2024_sales");
        assert_eq!(table_base("Café Prix.tsv", None), "cafe_prix");
        assert_eq!(table_base("book.xlsx", Some("Q1 Sales")), "book_q1_sales");
        assert_eq!(table_base("...csv", None), "table");
        assert_eq!(table_base("sqlite_master.csv", None), "t_sqlite_master");
    }

    #[test]
    fn column_names_are_unique_and_never_empty() {
        let raw: Vec<String> = ["Cost Total $", "", "cost total", "2015", "Größe", "a"].map(String::from).into();
        assert_eq!(column_names(&raw), ["cost_total", "column_2", "cost_total_2", "c_2015", "grosse", "a"]);
    }
}
