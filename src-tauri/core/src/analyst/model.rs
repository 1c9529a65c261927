//! What the analyst knows about a desk before it reads a question: its tables and columns with their
//! meaning (from the stored profiles and [`crate::semantics`]), and which key columns join one table to
//! another (same column name, unique on the other side, values overlapping). Built from the tables
//! catalog; the join check is the only query, and it is not shown as a tool call (it is understanding,
//! not answer). Not here: reading a question (the reader) or building SQL (the compiler).

use crate::semantics::{Role, Semantics, Variant};
use crate::tables::{ColumnType, TableInfo};
use crate::tools::sql::{query_desk, SqlLimits};
use std::path::Path;

#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    /// The header as written in the file.
    pub original: String,
    pub ty: ColumnType,
    pub role: Role,
    pub unit: Option<String>,
    pub distinct: u64,
    pub nulls: u64,
    pub min: Option<serde_json::Value>,
    pub max: Option<serde_json::Value>,
    pub mean: Option<f64>,
    /// Every stored value (text columns with few values), most frequent first.
    pub listed: Vec<String>,
    /// Groups of spellings of one value.
    pub variants: Vec<Variant>,
    /// Different values once spellings are folded.
    pub folded_values: Option<u64>,
    /// Dates standing for a whole year or month ("year", "month").
    pub stands_for: Option<String>,
    /// For a signed amount: its rows below and above zero.
    pub negatives: Option<u64>,
    pub positives: Option<u64>,
    /// Every listed value says yes or no ("Yes", "Y", "no"): "Y" and "Yes" are one value.
    pub yes_no: bool,
    /// The column this one is a part of on every row (`trips_on_time` of `trips_operated`).
    pub part_of: Option<String>,
    /// A key repeating over rows: whether each value's rows fall on one date.
    pub one_date_each: Option<bool>,
    /// The two amount columns this one is the sum of on every row (`total` of `labour` and `parts`).
    pub sum_of: Vec<String>,
    /// A price that rises with this count column of its row: the row's whole price.
    pub scales_with: Option<String>,
    /// Every empty entry of this number column was written "VOID": those rows are void.
    pub void_when_empty: bool,
    /// A yes/no column whose blanks say no (a box not ticked: "sibling discount" left empty), not "not known":
    /// it has blanks, none written "n/a" or "-" (a column saying "not known" in words means its blanks too), and
    /// no other column of its table is empty on as many rows (blanks on the rows where another column is empty,
    /// "closed on time" of requests not closed, are rows it does not apply to).
    pub blank_is_no: bool,
    /// Some empty entries were written `n/a` or `-` (not known), not left blank.
    pub written_missing: bool,
}

impl Column {
    fn from_info(c: &crate::tables::ColumnInfo, rows: u64) -> Column {
        let sem: Semantics = c
            .semantics
            .clone()
            .unwrap_or_else(|| crate::semantics::analyse(c, rows, &crate::semantics::Facts::default()));
        Column {
            name: c.name.clone(),
            original: c.original.clone(),
            ty: c.ty,
            role: sem.role,
            unit: sem.unit,
            distinct: c.profile.distinct,
            nulls: c.profile.nulls,
            min: c.profile.min.clone(),
            max: c.profile.max.clone(),
            mean: c.profile.mean,
            negatives: sem.negatives,
            positives: sem.positives,
            yes_no: crate::semantics::all_yes_no_in(sem.listed.iter().map(String::as_str), &c.name),
            listed: sem.listed,
            variants: sem.variants,
            folded_values: sem.values,
            stands_for: sem.stands_for,
            part_of: sem.part_of,
            one_date_each: sem.one_date_each,
            sum_of: sem.sum_of,
            scales_with: sem.scales_with,
            void_when_empty: sem.void_when_empty,
            written_missing: sem.written_missing,
            blank_is_no: false,
        }
    }
    /// A date saying when the row was written rather than when its event happens: `created`, `updated`,
    /// `modified`, `entered`, `logged`, or the day a booking was made (`booked_on`, `booking_date`; a moment,
    /// `booked_at`, is as likely the event itself: a taxi booked and picked up minutes apart).
    pub fn is_record_date(&self) -> bool {
        let w = crate::semantics::name_words(&self.name);
        let ws: Vec<&str> = w.iter().map(String::as_str).collect();
        // (An enquiry's date is when the first contact was written down.)
        ws.iter()
            .any(|x| matches!(*x, "created" | "updated" | "modified" | "entered" | "logged" | "enquiry" | "inquiry"))
            || matches!(ws.as_slice(), ["booked", "on" | "date"] | ["booking", "date" | "made"] | ["date", "booked"])
    }
    /// Whether its unit is a currency (money).
    pub fn in_currency(&self) -> bool {
        self.unit.as_deref().is_some_and(crate::semantics::is_currency)
    }
    /// Whether it measures something other than time: a unit that is no time, or a name ending in a unit of
    /// length (`length_m`, `beam_ft`): a "length" of this kind is no length of time.
    pub fn measures_no_time(&self) -> bool {
        self.unit.as_deref().is_some_and(|u| crate::analyst::plan::seconds_in(u).is_none())
            || crate::semantics::name_words(&self.name).last().is_some_and(|w| {
                matches!(w.as_str(), "m" | "metres" | "meters" | "cm" | "mm" | "km" | "ft" | "feet" | "inches")
            })
    }
    /// The first and last day of a date column's values, as day numbers (see `calendar::day_of_iso`).
    pub fn day_span(&self) -> Option<(i64, i64)> {
        let day = |v: &Option<serde_json::Value>| {
            v.as_ref().and_then(|x| x.as_str()).and_then(|s| crate::calendar::day_of_iso(s.get(0..10)?))
        };
        Some((day(&self.min)?, day(&self.max)?))
    }
    pub fn is_numeric(&self) -> bool {
        matches!(self.ty, ColumnType::Integer | ColumnType::Real | ColumnType::Boolean)
    }
    /// A date or date-time column (not a year number).
    pub fn is_date(&self) -> bool {
        matches!(self.ty, ColumnType::Date | ColumnType::Datetime)
    }
    /// A year stored as a number.
    pub fn is_year_number(&self) -> bool {
        self.role == Role::Time && self.is_numeric()
    }
    pub fn is_text(&self) -> bool {
        matches!(self.ty, ColumnType::Text | ColumnType::Boolean)
    }
    /// The name as words: `unit_price` -> "unit price".
    pub fn words(&self) -> String {
        let base = if self.original.trim().is_empty() { &self.name } else { &self.original };
        crate::semantics::name_words(base).join(" ")
    }
    /// The key the spellings of one value share in this column ([`crate::semantics::fold_in`]).
    pub fn key(&self, v: &str) -> String {
        crate::semantics::fold_in_named(v, self.yes_no, &self.name)
    }
    /// Every stored spelling of the value `v` folds to (empty when `v` is not a listed value).
    pub fn spellings_of(&self, v: &str) -> Vec<String> {
        // The import's group of spellings ("07" and "7", "50L" and "50 litre"), else those folding alike.
        if let Some(g) = self.variants.iter().find(|g| g.spellings.iter().any(|x| x == v)) {
            return g.spellings.clone();
        }
        let k = self.key(v);
        self.listed.iter().filter(|x| self.key(x) == k).cloned().collect()
    }
    /// The spelling a value is shown under: its group's most frequent spelling.
    /// A text column of times of day only ("18:30", "9:05", "07:45:00"), every value listed.
    /// (Also written "9:30am", "2:00 PM", "3pm", "10.00", mixed: at least half with ':' or am/pm, so a column of
    /// "10.00" and "12.50" alone is no clock.)
    pub fn is_clock(&self) -> bool {
        let marked = |v: &str| v.contains(':') || clock_half_of_day(v).is_some();
        self.ty == ColumnType::Text
            && !self.listed.is_empty()
            && self.listed.len() as u64 >= self.distinct
            && self.listed.iter().all(|v| clock_minutes(v).is_some())
            && self.listed.iter().filter(|v| marked(v)).count() * 2 >= self.listed.len()
    }
    /// The average time of day of a column of times ([`Column::is_clock`]), in minutes after midnight, over its
    /// listed values (each once).
    pub fn clock_mean(&self) -> Option<f64> {
        let ms: Vec<f64> = self.listed.iter().filter_map(|v| clock_minutes(v)).collect();
        (!ms.is_empty()).then(|| ms.iter().sum::<f64>() / ms.len() as f64)
    }
    pub fn canonical(&self, v: &str) -> String {
        // A spelling the import grouped (also "7" of "07"), else one that folds like a group's.
        if let Some(g) = self.variants.iter().find(|g| g.spellings.iter().any(|x| x == v)) {
            return g.canonical.clone();
        }
        let k = self.key(v);
        self.variants
            .iter()
            .find(|g| self.key(&g.canonical) == k)
            .map(|g| g.canonical.clone())
            .or_else(|| self.listed.iter().find(|x| self.key(x) == k).cloned())
            .unwrap_or_else(|| v.to_string())
    }
    pub fn min_text(&self) -> Option<String> {
        self.min.as_ref().map(crate::tools::sql::value_text)
    }
    pub fn max_text(&self) -> Option<String> {
        self.max.as_ref().map(crate::tools::sql::value_text)
    }
}

#[derive(Debug, Clone)]
pub struct Table {
    pub name: String,
    /// The file it came from.
    pub source: String,
    pub rows: u64,
    pub columns: Vec<Column>,
}

impl Table {
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }
    /// The table's date columns (dates first, then year numbers).
    /// The date columns, the default one first: dates before year numbers, and the dates a record was
    /// kept (`created`, `updated`, `entered`, `booked_on`, `enquiry_date`: when the row was written) after the dates of
    /// what the row is about (`session_start`, `check_in`).
    pub fn time_columns(&self) -> Vec<&Column> {
        let mut v: Vec<&Column> = self.columns.iter().filter(|c| c.role == Role::Time).collect();
        v.sort_by_key(|c| (!c.is_date(), c.is_record_date() || self.booked_ahead(c)));
        v
    }
    /// The indices of the table's date columns (dates and date-times, not year numbers), in column order.
    /// Two text columns of times of day on each row ("Start" 18:30, "End" 19:30), the earlier first (by its
    /// average time; a name saying start or end decides first): the length of each row's thing is between them.
    pub fn clock_pair(&self) -> Option<(usize, usize)> {
        let clocks: Vec<usize> = (0..self.columns.len()).filter(|&i| self.columns[i].is_clock()).collect();
        let [a, b] = clocks.as_slice() else { return None };
        let says = |i: usize, ws: &[&str]| {
            crate::semantics::name_words(&self.columns[i].name).iter().any(|w| ws.contains(&w.as_str()))
        };
        let starts = ["start", "starts", "started", "begin", "begins", "from", "kick", "tee", "in", "out"];
        let ends = ["end", "ends", "ended", "finish", "finished", "until", "to", "stop", "close"];
        if says(*a, &starts[..5]) || says(*b, &ends) {
            return Some((*a, *b));
        }
        if says(*b, &starts[..5]) || says(*a, &ends) {
            return Some((*b, *a));
        }
        let mean = |i: usize| self.columns[i].clock_mean();
        match (mean(*a), mean(*b)) {
            (Some(x), Some(y)) if x < y => Some((*a, *b)),
            (Some(x), Some(y)) if y < x => Some((*b, *a)),
            _ => None,
        }
    }
    pub fn date_columns(&self) -> Vec<usize> {
        (0..self.columns.len())
            .filter(|&i| self.columns[i].role == Role::Time && !self.columns[i].is_year_number())
            .collect()
    }
    /// Of the date columns `cols`, the one that plainly starts first: its earliest value before every other's.
    pub fn plainly_first(&self, cols: &[usize]) -> Option<usize> {
        let first_min = |c: usize| self.columns[c].min.as_ref().and_then(|v| v.as_str().map(str::to_string));
        let first = cols.iter().copied().min_by_key(|&c| first_min(c))?;
        cols.iter().filter(|&&c| c != first).all(|&c| first_min(c) > first_min(first)).then_some(first)
    }
    /// `Booked` (or `booked_at`) beside the date of the thing booked, whose dates begin at least a week later:
    /// booked ahead, so the booking is when the row was written, not what it is about (a chimney sweep's visit).
    /// (Booked minutes before, a taxi's pick-up, it is the job's own date.)
    pub fn booked_ahead(&self, c: &Column) -> bool {
        let ws = crate::semantics::name_words(&c.name);
        let booked =
            matches!(ws.iter().map(String::as_str).collect::<Vec<_>>().as_slice(), ["booked"] | ["booked", "at"]);
        let Some((first, _)) = c.day_span().filter(|_| booked) else { return false };
        self.columns
            .iter()
            .filter(|o| o.role == Role::Time && o.name != c.name && !o.is_year_number())
            .any(|o| o.day_span().is_some_and(|(f, _)| f >= first + 7))
    }
    /// Whether `name` is a key every row has to itself (an identifier, never empty, as many values as rows):
    /// a grouping by it is one row per group.
    pub fn is_row_key(&self, name: &str) -> bool {
        self.rows > 1
            && self
                .columns
                .iter()
                .any(|c| c.name == name && c.role == Role::Identifier && c.nulls == 0 && c.distinct == self.rows)
    }
    /// Whether some column is a key every row has to itself (see [`Table::is_row_key`]).
    pub fn has_row_key(&self) -> bool {
        self.columns.iter().any(|c| self.is_row_key(&c.name))
    }
    /// What one row is called: the table's name as words ("orders", "support tickets").
    pub fn row_words(&self) -> String {
        crate::semantics::name_words(&self.name).join(" ")
    }
}

/// A join from a table's key column to another table's unique key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Join {
    pub from_table: String,
    pub key: String,
    pub to_table: String,
    pub to_key: String,
    /// The other table's keys are one prefix of letters and a number each ("P0117"), no two with one number:
    /// a code written by its number alone ("117", "P117") finds its row.
    pub by_number: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Desk {
    pub tables: Vec<Table>,
    pub joins: Vec<Join>,
}

fn limits() -> SqlLimits {
    SqlLimits { max_rows: 10, time_limit: crate::analyst::UNDERSTANDING_TIME }
}

impl Desk {
    /// The desk's tables and joins; `desk` is the desk folder (for the join check).
    pub fn load(desk: &Path, catalog: &[TableInfo]) -> Desk {
        let tables: Vec<Table> = catalog
            .iter()
            .map(|t| {
                let mut columns: Vec<Column> = t.columns.iter().map(|c| Column::from_info(c, t.rows)).collect();
                let nulls: Vec<u64> = columns.iter().map(|c| c.nulls).collect();
                for (i, c) in columns.iter_mut().enumerate() {
                    c.blank_is_no = c.yes_no
                        && c.nulls > 0
                        && !c.written_missing
                        && !nulls.iter().enumerate().any(|(j, n)| j != i && *n == nulls[i]);
                }
                Table { name: t.name.clone(), source: t.source.clone(), rows: t.rows, columns }
            })
            .collect();
        let mut joins = Vec::new();
        for a in &tables {
            for c in &a.columns {
                for b in tables.iter().filter(|b| b.name != a.name) {
                    // (Each column of the other table that could be the key, in turn: `product` of an order
                    // list is not the price list's `product` name when the codes it holds are the list's `code`.)
                    for k in b.columns.iter().filter(|k| same_key(&c.name, &k.name) || own_key(&c.name, b, &k.name)) {
                        // The other side must be unique (a lookup table), at least as small, and share values.
                        if k.distinct < b.rows || b.rows == 0 || a.rows < b.rows || k.nulls > 0 {
                            continue;
                        }
                        if c.role.is_measure() || c.role == Role::Time {
                            continue;
                        }
                        // (Codes compared as the compiler compares them: case, and hyphens or spaces inside, aside.)
                        let code =
                            |e: &str| format!("regexp_replace(upper(trim(CAST({e} AS VARCHAR))), '[- ]', '', 'g')");
                        let q = format!(
                        "SELECT COUNT(*) FROM (SELECT {} AS k FROM \"{}\" WHERE \"{}\" IS NOT NULL LIMIT 200) s WHERE k IN (SELECT {} FROM \"{}\")",
                        code(&format!("\"{}\"", c.name.replace('"', "\"\""))),
                        a.name.replace('"', "\"\""),
                        c.name.replace('"', "\"\""),
                        code(&format!("\"{}\"", k.name.replace('"', "\"\""))),
                        b.name.replace('"', "\"\"")
                    );
                        let overlap = query_desk(desk, &q, limits())
                            .ok()
                            .and_then(|r| r.rows.first().and_then(|row| row.first()).and_then(|v| v.as_f64()))
                            .unwrap_or(0.0);
                        if overlap > 0.0 {
                            let kq = format!("trim(CAST(\"{}\" AS VARCHAR))", k.name.replace('"', "\"\""));
                            let q = format!(
                                "SELECT COUNT(DISTINCT upper(regexp_extract({kq}, '^[A-Za-z]*'))), \
                                 COUNT(*) FILTER (WHERE NOT regexp_matches({kq}, '^[A-Za-z]+[0-9]+$')), \
                                 COUNT(DISTINCT TRY_CAST(regexp_extract({kq}, '[0-9]+$') AS BIGINT)), COUNT(*) FROM \"{}\"",
                                b.name.replace('"', "\"\"")
                            );
                            let by_number = query_desk(desk, &q, limits()).ok().is_some_and(|r| {
                                let v: Vec<f64> = r
                                    .rows
                                    .first()
                                    .map(|row| row.iter().filter_map(|v| v.as_f64()).collect())
                                    .unwrap_or_default();
                                matches!(v.as_slice(), [p, odd, d, n] if *p == 1.0 && *odd == 0.0 && d == n && *n > 0.0)
                            });
                            joins.push(Join {
                                from_table: a.name.clone(),
                                key: c.name.clone(),
                                to_table: b.name.clone(),
                                to_key: k.name.clone(),
                                by_number,
                            });
                            break;
                        }
                    }
                }
            }
        }
        Desk { tables, joins }
    }

    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.name == name)
    }

    /// The join from `fact` to `to`, if any.
    pub fn join(&self, fact: &str, to: &str) -> Option<&Join> {
        self.joins.iter().find(|j| j.from_table == fact && j.to_table == to)
    }

    /// The tables a fact table reaches: itself, then its lookup tables.
    pub fn reach(&self, fact: &str) -> Vec<(&Table, Option<&Join>)> {
        let mut out = Vec::new();
        if let Some(t) = self.table(fact) {
            out.push((t, None));
        }
        for j in self.joins.iter().filter(|j| j.from_table == fact) {
            if let Some(t) = self.table(&j.to_table) {
                out.push((t, Some(j)));
            }
        }
        out
    }

    /// Tables no other table joins to as a lookup, largest first: where measures usually live.
    pub fn fact_tables(&self) -> Vec<&Table> {
        let mut v: Vec<&Table> =
            self.tables.iter().filter(|t| !self.joins.iter().any(|j| j.to_table == t.name)).collect();
        v.sort_by_key(|t| std::cmp::Reverse(t.rows));
        v
    }
}

/// The last words of a column name that only say it is a key ("flat_id", "store_no", "moulding_code").
const KEY_WORDS: [&str; 7] = ["id", "code", "no", "num", "number", "key", "ref"];

/// A bare key column of table `b` (`code`) named by a column `a` of another table after what `b`'s rows are:
/// `moulding_code` beside a table named `framing_mouldings` (the thing and the key word), or `product` alone
/// beside one named `firewood_products` (the thing: an order list's column holding the price list's codes).
/// Whether `a` really holds `b`'s keys is then checked on the values.
fn own_key(a: &str, b: &Table, key: &str) -> bool {
    let k = crate::semantics::name_words(key);
    let [kw] = k.as_slice() else { return false };
    if !KEY_WORDS.contains(&kw.as_str()) {
        return false;
    }
    let ws = crate::semantics::name_words(a);
    let thing = match ws.split_last() {
        Some((l, rest)) if l == kw && !rest.is_empty() => rest.join(" "),
        Some((l, [])) if !KEY_WORDS.contains(&l.as_str()) => l.clone(),
        _ => return false,
    };
    let row = crate::semantics::name_words(&b.name);
    row.last().is_some_and(|w| crate::analyst::compile::words::singular(w) == thing)
}

/// Two key columns name the same key: equal ignoring case, spaces and underscores, and a last word that
/// only says it is a key ("flat" and `flat_id`, "store_no" and "store_code").
fn same_key(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    if norm(a) == norm(b) {
        return true;
    }
    let base = |s: &str| {
        let ws = crate::semantics::name_words(s);
        match ws.split_last() {
            Some((l, rest)) if !rest.is_empty() && KEY_WORDS.contains(&l.as_str()) => rest.join(""),
            _ => ws.join(""),
        }
    };
    let (x, y) = (base(a), base(b));
    !x.is_empty() && x == y
}

/// The "am" or "pm" a time of day ends with ("9:30am", "2:00 PM", "7.30p.m."): (the time before it, whether pm).
fn clock_half_of_day(v: &str) -> Option<(&str, bool)> {
    let t = v.trim();
    let lower = t.to_ascii_lowercase();
    for (suffix, pm) in [("a.m.", false), ("p.m.", true), ("am", false), ("pm", true)] {
        if lower.ends_with(suffix) {
            return Some((t[..t.len() - suffix.len()].trim_end(), pm));
        }
    }
    None
}

/// Minutes after midnight of a time of day written `H:MM` or `HH:MM` (seconds allowed), `H.MM`, or with am/pm
/// ("9am", "9:30 am", "2:00 PM", "7.30pm"): None for anything else.
pub fn clock_minutes(v: &str) -> Option<f64> {
    if let Some((t, pm)) = clock_half_of_day(v) {
        let (h, m) = match t.split_once([':', '.']) {
            Some((h, m)) if m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) => (h, m.parse::<u32>().ok()?),
            Some(_) => return None,
            None => (t, 0),
        };
        if h.is_empty() || h.len() > 2 || !h.bytes().all(|b| b.is_ascii_digit()) || m >= 60 {
            return None;
        }
        let h: u32 = h.parse().ok()?;
        if !(1..=12).contains(&h) {
            return None;
        }
        return Some(f64::from((h % 12 + if pm { 12 } else { 0 }) * 60 + m));
    }
    // ("10.00", "9.30": a '.' between hours and minutes.)
    let dotted = v.trim().replacen('.', ":", 1);
    let v = if v.contains(':') { v } else { dotted.as_str() };
    let parts: Vec<&str> = v.trim().split(':').collect();
    if !(2..=3).contains(&parts.len()) || parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    if parts[0].len() > 2 || parts[1..].iter().any(|p| p.len() != 2) {
        return None;
    }
    let h: u32 = parts[0].parse().ok()?;
    let m: u32 = parts[1].parse().ok()?;
    (h < 24 && m < 60).then(|| f64::from(h * 60 + m))
}
