//! A table written wide, one column per month ("Jan 2024", "Feb 2024", ... beside "Variety"), as a spreadsheet
//! keeps a year of figures: the desk reads it long, one row per row of the sheet and month, with the month a
//! date and its figure one column. Every question about a month, a year, a total or a trend is then one plain
//! column of one table, as for any other table. The load says what was done (a warning shown with the table).

use super::source::Rows;
use crate::error::Result;

/// Fewest month columns that make a table wide.
const MIN_MONTHS: usize = 4;

/// The month a column header names, as (year, month): "Jan 2024", "January 2024", "Jan-24", "jan_2024",
/// "2024-01", "2024/01", "01/2024", "2024 Jan". A month alone ("Jan") or a day ("2024-01-15") is not one.
pub(crate) fn month_of_header(h: &str) -> Option<(i64, u32)> {
    let lower = h.trim().to_lowercase();
    let parts: Vec<&str> = lower.split([' ', '-', '_', '/', '.', ',', '\'']).filter(|p| !p.is_empty()).collect();
    let [a, b] = parts.as_slice() else { return None };
    let named = |w: &str| -> Option<u32> {
        if w.len() < 3 || !w.chars().all(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        crate::calendar::MONTH_NAMES
            .iter()
            .position(|m| {
                let m = m.to_lowercase();
                m.starts_with(w) || w == "sept" && m == "september"
            })
            .map(|i| i as u32 + 1)
    };
    let year4 = |w: &str| -> Option<i64> {
        (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
            .filter(|y| (1900..=2100).contains(y))
    };
    let year2 = |w: &str| -> Option<i64> {
        (w.len() == 2 && w.chars().all(|c| c.is_ascii_digit()))
            .then(|| w.parse::<i64>().ok())
            .flatten()
            .map(|y| 2000 + y)
    };
    let number = |w: &str| -> Option<u32> {
        (w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
            .filter(|m| (1..=12).contains(m))
    };
    if let Some(m) = named(a) {
        return year4(b).or_else(|| year2(b)).map(|y| (y, m));
    }
    if let Some(m) = named(b) {
        return year4(a).map(|y| (y, m));
    }
    // (Numbers only with a year of four digits: "2024-01", "01/2024".)
    match (year4(a), number(b), number(a), year4(b)) {
        (Some(y), Some(m), _, _) => Some((y, m)),
        (_, _, Some(m), Some(y)) => Some((y, m)),
        _ => None,
    }
}

/// A column beside the months that adds them up ("Total", "Year total", "YTD"): left out of the long table
/// (it is a sum of the months, not a figure of each).
fn is_total(h: &str) -> bool {
    let w: Vec<String> = crate::semantics::name_words(h);
    !w.is_empty()
        && w.iter().all(|x| matches!(x.as_str(), "total" | "totals" | "sum" | "ytd" | "year" | "grand" | "all"))
        && w.iter().any(|x| matches!(x.as_str(), "total" | "totals" | "sum" | "ytd"))
}

/// Records in memory.
pub(crate) struct MemRows {
    records: Vec<csv::ByteRecord>,
    pos: usize,
    bytes: u64,
}

impl Rows for MemRows {
    fn rewind(&mut self) -> Result<()> {
        self.pos = 0;
        Ok(())
    }
    fn next(&mut self, rec: &mut csv::ByteRecord) -> Result<bool> {
        match self.records.get(self.pos) {
            Some(r) => {
                rec.clone_from(r);
                self.pos += 1;
                Ok(true)
            }
            None => Ok(false),
        }
    }
    fn bytes_read(&self) -> u64 {
        if self.records.is_empty() {
            return 0;
        }
        self.bytes * self.pos as u64 / self.records.len() as u64
    }
}

/// The long form of a wide table read from `rows` (its first record the header), with what the load should
/// say; None when the table is not wide. `table` is the table's name (its words name the figure: "sales" of
/// `seed_sales_monthly`).
pub(crate) fn lengthen(rows: &mut dyn Rows, table: &str) -> Result<Option<(MemRows, String)>> {
    rows.rewind()?;
    let mut header = csv::ByteRecord::new();
    if !rows.next(&mut header)? {
        return Ok(None);
    }
    let names: Vec<String> = header.iter().map(|f| String::from_utf8_lossy(f).trim().to_string()).collect();
    let months: Vec<(usize, (i64, u32))> =
        names.iter().enumerate().filter_map(|(i, h)| month_of_header(h).map(|m| (i, m))).collect();
    let keys: Vec<usize> =
        (0..names.len()).filter(|i| !months.iter().any(|(j, _)| j == i) && !is_total(&names[*i])).collect();
    let mut distinct: Vec<(i64, u32)> = months.iter().map(|(_, m)| *m).collect();
    distinct.sort_unstable();
    distinct.dedup();
    // (Most of the columns months, each once, and something else naming the rows, by a name: no number.)
    let named =
        |i: &usize| !names[*i].is_empty() && !names[*i].chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-');
    if months.len() < MIN_MONTHS
        || distinct.len() != months.len()
        || keys.is_empty()
        || !keys.iter().all(named)
        || months.len() * 2 < names.len()
    {
        return Ok(None);
    }
    // The figure's name: the table's last word that is no word of time nor a key's name.
    let key_names: Vec<String> = keys.iter().map(|i| names[*i].to_lowercase()).collect();
    let figure = crate::semantics::name_words(table)
        .into_iter()
        .rev()
        .find(|w| {
            !matches!(
                w.as_str(),
                "monthly"
                    | "month"
                    | "months"
                    | "by"
                    | "per"
                    | "each"
                    | "wide"
                    | "sheet"
                    | "data"
                    | "table"
                    | "report"
                    | "summary"
                    | "export"
                    | "year"
                    | "yearly"
                    | "annual"
            ) && !w.chars().all(|c| c.is_ascii_digit())
                && !key_names.contains(w)
        })
        .unwrap_or_else(|| "value".to_string());
    let mut out = csv::ByteRecord::new();
    for i in &keys {
        out.push_field(names[*i].as_bytes());
    }
    out.push_field(b"Month");
    out.push_field(figure.as_bytes());
    let mut records = vec![out];
    let mut rec = csv::ByteRecord::new();
    let mut bytes = 0u64;
    let mut wide_rows = 0u64;
    while rows.next(&mut rec)? {
        // (A blank line of the sheet is no row.)
        if rec.iter().all(|f| f.iter().all(|b| b.is_ascii_whitespace())) {
            continue;
        }
        wide_rows += 1;
        for (i, (y, m)) in &months {
            let mut r = csv::ByteRecord::new();
            for k in &keys {
                r.push_field(rec.get(*k).unwrap_or(b""));
            }
            r.push_field(format!("{y:04}-{m:02}-01").as_bytes());
            let cell = rec.get(*i).unwrap_or(b"");
            bytes += cell.len() as u64 + 12;
            r.push_field(cell);
            records.push(r);
        }
    }
    // Whole numbers beside a price per a thing ("Packet Price", "Price per unit"): how many of that thing, named
    // so ("packets"), and priced by that column.
    let priced = keys.iter().find_map(|i| {
        let ws = crate::semantics::name_words(&names[*i].to_lowercase());
        match ws.as_slice() {
            [thing, p] | [p, _, thing]
                if matches!(p.as_str(), "price" | "cost")
                    && thing.chars().all(char::is_alphabetic)
                    && thing != "per" =>
            {
                Some(thing.clone())
            }
            _ => None,
        }
    });
    let whole = records.iter().skip(1).all(|r| {
        let c = String::from_utf8_lossy(r.get(keys.len() + 1).unwrap_or(b""));
        let t = c.trim();
        super::infer::is_null(t)
            || t.chars().all(|ch| ch.is_ascii_digit() || ch == ',')
            || !t.chars().any(|ch| ch.is_ascii_digit())
    });
    let figure = match priced {
        Some(thing) if whole && !key_names.contains(&thing) => {
            let plural = if thing.ends_with('s') || thing.ends_with('x') || thing.ends_with("ch") {
                format!("{thing}es")
            } else {
                format!("{thing}s")
            };
            let mut head = csv::ByteRecord::new();
            for f in records[0].iter().take(keys.len() + 1) {
                head.push_field(f);
            }
            head.push_field(plural.as_bytes());
            records[0] = head;
            plural
        }
        _ => figure,
    };
    let first = distinct.first().copied().unwrap_or_default();
    let last = distinct.last().copied().unwrap_or_default();
    let month = |(y, m): (i64, u32)| format!("{} {y}", &crate::calendar::MONTH_NAMES[m as usize - 1][..3]);
    let dropped: Vec<&str> = (0..names.len()).filter(|i| is_total(&names[*i])).map(|i| names[i].as_str()).collect();
    let mut note = format!(
        "written wide, one column per month: read as one row per row and month ({wide_rows} rows x {} months, {} to {}), the month in `month` and the figures in `{figure}`",
        months.len(),
        month(first),
        month(last)
    );
    if !dropped.is_empty() {
        note.push_str(&format!("; {} left out (a sum of the months)", dropped.join(", ")));
    }
    Ok(Some((MemRows { records, pos: 0, bytes }, note)))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn headers_that_name_a_month() {
        assert_eq!(month_of_header("Jan 2024"), Some((2024, 1)));
        assert_eq!(month_of_header("September 2025"), Some((2025, 9)));
        assert_eq!(month_of_header("Sept-25"), Some((2025, 9)));
        assert_eq!(month_of_header("2024-03"), Some((2024, 3)));
        assert_eq!(month_of_header("11/2024"), Some((2024, 11)));
        assert_eq!(month_of_header("2025 Feb"), Some((2025, 2)));
        assert_eq!(month_of_header("Jan"), None);
        assert_eq!(month_of_header("2024-03-15"), None);
        assert_eq!(month_of_header("Mar kg"), None);
        assert_eq!(month_of_header("Total 2024"), None);
        assert!(is_total("Total") && is_total("Year total") && !is_total("Variety"));
    }

    #[test]
    fn a_wide_sheet_becomes_long() {
        let mut recs: Vec<csv::ByteRecord> = Vec::new();
        let row = |v: &[&str]| csv::ByteRecord::from(v.to_vec());
        recs.push(row(&["Variety", "Type", "Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024", "Total"]));
        recs.push(row(&["Carrot", "Root", "3", "-", "5", "7", "15"]));
        recs.push(row(&["Kale", "Leaf", "1", "2", "", "4", "7"]));
        let mut rows = MemRows { records: recs, pos: 0, bytes: 100 };
        let (mut long, note) = lengthen(&mut rows, "seed_sales_monthly").unwrap().expect("wide");
        assert!(note.contains("4 months") && note.contains("Total left out"), "{note}");
        let mut r = csv::ByteRecord::new();
        assert!(long.next(&mut r).unwrap());
        assert_eq!(r, row(&["Variety", "Type", "Month", "sales"]));
        let mut all = Vec::new();
        while long.next(&mut r).unwrap() {
            all.push(r.clone());
        }
        assert_eq!(all.len(), 8);
        assert_eq!(all[1], row(&["Carrot", "Root", "2024-02-01", "-"]));
        // A table with a month or two among its columns is not wide.
        let mut narrow = MemRows {
            records: vec![row(&["Date", "Jan 2024", "Feb 2024", "Item", "Qty"]), row(&["x", "1", "2", "y", "3"])],
            pos: 0,
            bytes: 10,
        };
        assert!(lengthen(&mut narrow, "orders").unwrap().is_none());
    }
}
