//! What the offline analyst knows about a desk before it reads a question: the tables (from the
//! tables catalog), which columns are measures, dimensions and time, which key columns join a table to
//! another (same column name, unique on the other side, values overlapping), and the distinct values of
//! each small dimension (for filters by name). Lookups here read the analysis database directly and are
//! not shown as tool calls: they are the analyst's understanding, not its answer. Not here: parsing the
//! question (`question`) or building the answer (`answer`).

use crate::tables::{ColumnType, TableInfo};
use crate::tools::sql::{query_desk, SqlLimits};
use std::path::Path;
use std::time::Duration;

/// Dimensions with more distinct values than this are not scanned for filter values.
const MAX_VALUES: u64 = 400;

#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    pub ty: ColumnType,
    pub distinct: u64,
    pub min: Option<serde_json::Value>,
    pub max: Option<serde_json::Value>,
}

impl Column {
    pub fn is_numeric(&self) -> bool {
        matches!(self.ty, ColumnType::Integer | ColumnType::Real)
    }
    pub fn is_time(&self) -> bool {
        matches!(self.ty, ColumnType::Date | ColumnType::Datetime)
    }
    /// An id column (a key, never a measure).
    pub fn is_key(&self) -> bool {
        let n = self.name.to_lowercase();
        n == "id" || n.ends_with("_id") || n.ends_with("id") && n.len() > 2 && self.ty == ColumnType::Text
    }
    /// A level or a rate rather than an amount; see [`is_level_name`].
    pub fn is_level(&self) -> bool {
        is_level_name(&self.name)
    }
    /// The words of the column name; see [`name_words`].
    pub fn name_words(&self) -> Vec<String> {
        name_words(&self.name)
    }
    /// An integer column holding years (e.g. `Year` 1900–2017): a time axis at year grain.
    pub fn is_year_number(&self) -> bool {
        let in_range = |v: &Option<serde_json::Value>| {
            v.as_ref().and_then(|v| v.as_f64()).is_some_and(|y| (1000.0..=2200.0).contains(&y))
        };
        self.ty == ColumnType::Integer
            && self.name.to_lowercase().contains("year")
            && in_range(&self.min)
            && in_range(&self.max)
    }
}

#[derive(Debug, Clone)]
pub struct Table {
    pub name: String,
    pub rows: u64,
    pub columns: Vec<Column>,
}

/// A join from a table's key column to another table's unique key.
#[derive(Debug, Clone)]
pub struct Join {
    pub from_table: String,
    pub key: String,
    pub to_table: String,
    pub to_key: String,
}

/// A text column a question can group or filter by, perhaps reached through a join.
#[derive(Debug, Clone)]
pub struct Dimension {
    /// Table holding the column.
    pub table: String,
    pub column: String,
    /// Join path from the fact table (empty when the column is on the fact table itself).
    pub via: Option<Join>,
    /// Distinct values (when small enough to list).
    pub values: Vec<String>,
}

impl Dimension {
    /// The words people use for it: the column name, and for a `name`/`title` column the table's singular.
    pub fn names(&self) -> Vec<String> {
        let col = self.column.to_lowercase();
        let mut out = vec![col.replace('_', " ")];
        if matches!(col.as_str(), "name" | "title" | "label" | "entity") || col == singular(&self.table.to_lowercase())
        {
            out.push(singular(&self.table.to_lowercase()));
        }
        out
    }
}

/// A column named like a level or a rate (a temperature, a price, a score, a speed, a percentage) rather
/// than an amount: adding it up over rows means nothing, so without an aggregate word it is averaged.
pub fn is_level_name(name: &str) -> bool {
    const LEVEL: &[&str] = &[
        "temp",
        "temperature",
        "price",
        "rate",
        "ratio",
        "pct",
        "percent",
        "percentage",
        "score",
        "rating",
        "age",
        "speed",
        "wind",
        "humidity",
        "pressure",
        "lat",
        "latitude",
        "lon",
        "lng",
        "longitude",
        "avg",
        "average",
        "mean",
        "median",
        "index",
        "min",
        "max",
        "minimum",
        "maximum",
        "margin",
        "density",
        "elevation",
        "altitude",
        "mpg",
        "gallon",
        "horsepower",
        "acceleration",
        "expectancy",
        "celsius",
        "fahrenheit",
        "co2",
        "concentration",
        "ppm",
        "level",
        "percentile",
        "bmi",
    ];
    name_words(name).iter().any(|w| LEVEL.contains(&w.as_str()))
}

/// The words of a column name: `temp_max` -> temp, max; `Miles_per_Gallon` -> miles, per, gallon;
/// `unitPrice` -> unit, price.
pub fn name_words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for ch in name.chars() {
        if !ch.is_alphanumeric() {
            prev_lower = false;
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if ch.is_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = ch.is_lowercase();
        cur.extend(ch.to_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// "customer" -> "customers", "category" -> "categories", "day" -> "days"; a word ending in s, and
/// "data", stays as it is. The case of the word is kept.
pub fn plural(w: &str) -> String {
    let lower = w.to_lowercase();
    if lower.ends_with('s') || lower.ends_with("data") {
        return w.to_string();
    }
    match lower.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{}ies", &w[..w.len() - 1]),
        _ => format!("{w}s"),
    }
}

/// "customers" -> "customer", "categories" -> "category", "sales" stays.
pub fn singular(w: &str) -> String {
    if let Some(s) = w.strip_suffix("ies") {
        return format!("{s}y");
    }
    if w.ends_with("ss") || w.len() <= 3 || w == "sales" {
        return w.to_string();
    }
    if let Some(s) = w.strip_suffix("es").filter(|s| s.ends_with("ch") || s.ends_with("sh") || s.ends_with('x')) {
        return s.to_string();
    }
    w.strip_suffix('s').unwrap_or(w).to_string()
}

#[derive(Debug, Clone)]
pub struct Desk {
    pub tables: Vec<Table>,
    pub joins: Vec<Join>,
}

impl Desk {
    pub fn load(desk: &Path, catalog: &[TableInfo]) -> Desk {
        let tables: Vec<Table> = catalog
            .iter()
            .map(|t| Table {
                name: t.name.clone(),
                rows: t.rows,
                columns: t
                    .columns
                    .iter()
                    .map(|c| Column {
                        name: c.name.clone(),
                        ty: c.ty,
                        distinct: c.profile.distinct,
                        min: c.profile.min.clone(),
                        max: c.profile.max.clone(),
                    })
                    .collect(),
            })
            .collect();
        let mut joins = Vec::new();
        for a in &tables {
            for c in a.columns.iter().filter(|c| c.is_key()) {
                for b in tables.iter().filter(|b| b.name != a.name) {
                    let Some(k) = b.columns.iter().find(|k| k.name.eq_ignore_ascii_case(&c.name)) else { continue };
                    // The other side must be unique (a dimension table), and the values must overlap.
                    if k.distinct < b.rows || b.rows == 0 || a.rows < b.rows {
                        continue;
                    }
                    let q = format!(
                        "SELECT COUNT(*) FROM (SELECT \"{}\" AS k FROM \"{}\" LIMIT 200) s WHERE k IN (SELECT \"{}\" FROM \"{}\")",
                        c.name, a.name, k.name, b.name
                    );
                    let overlap = first_number(desk, &q).unwrap_or(0.0);
                    if overlap > 0.0 {
                        joins.push(Join {
                            from_table: a.name.clone(),
                            key: c.name.clone(),
                            to_table: b.name.clone(),
                            to_key: k.name.clone(),
                        });
                    }
                }
            }
        }
        Desk { tables, joins }
    }

    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.name == name)
    }

    /// The text dimensions reachable from `fact`: its own, then those of the tables its keys join.
    pub fn dimensions(&self, desk: &Path, fact: &str) -> Vec<Dimension> {
        let mut out = Vec::new();
        let mut add = |t: &Table, via: Option<Join>| {
            for c in &t.columns {
                if c.ty != ColumnType::Text && c.ty != ColumnType::Boolean {
                    continue;
                }
                if c.is_key() && via.is_some() {
                    continue;
                }
                // Keys of a big fact table are not listed: nobody names an id, and scanning costs time.
                let values = if c.distinct <= MAX_VALUES && !(c.is_key() && t.rows > 50_000) {
                    let q =
                        format!("SELECT DISTINCT \"{}\" FROM \"{}\" WHERE \"{}\" IS NOT NULL", c.name, t.name, c.name);
                    strings(desk, &q)
                } else {
                    Vec::new()
                };
                out.push(Dimension { table: t.name.clone(), column: c.name.clone(), via: via.clone(), values });
            }
        };
        if let Some(t) = self.table(fact) {
            add(t, None);
        }
        for j in self.joins.iter().filter(|j| j.from_table == fact) {
            if let Some(t) = self.table(&j.to_table) {
                add(t, Some(j.clone()));
            }
        }
        out
    }
}

fn limits() -> SqlLimits {
    SqlLimits { max_rows: 1000, time_limit: Duration::from_secs(5) }
}

fn first_number(desk: &Path, q: &str) -> Option<f64> {
    let r = query_desk(desk, q, limits()).ok()?;
    r.rows.first()?.first()?.as_f64()
}

fn strings(desk: &Path, q: &str) -> Vec<String> {
    query_desk(desk, q, limits())
        .map(|r| r.rows.iter().filter_map(|row| row.first().map(crate::tools::sql::value_text)).collect())
        .unwrap_or_default()
}

/// The largest value of a time column (its profile's max), as ISO text.
pub fn max_date(t: &Table, col: &str) -> Option<String> {
    let c = t.columns.iter().find(|c| c.name == col)?;
    match &c.max {
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(serde_json::Value::Number(n)) => Some(format!("{n}")),
        _ => None,
    }
}
