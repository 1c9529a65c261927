//! The tables of a conversation as the page shows them: the chips above the chat (one per table, its
//! profile a click away) and the sample questions of an empty conversation.
//!
//! [`desk_tables`] brings the desk's analysis database up to date through the core
//! (`desk_core::tables::sync`, streaming `tables_progress` events while a large file is read and
//! profiled) and returns the catalog, the files that could not be read, and a few sample questions
//! ([`sample_questions`]) built from the actual tables so that the built-in offline analyst can answer
//! each of them. The sync runs without holding the office lock (the core serialises syncs per desk), so
//! the sidebar stays responsive while a big file is profiled. Nothing here parses files or runs SQL.

use crate::commands::CmdResult;
use crate::{events, Desk};
use desk_core::analyst::answer::capitalise;
use desk_core::analyst::schema::plural;
use desk_core::tables::{ColumnInfo, ColumnType, FailedSource, TableInfo};
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};

/// How many sample questions at most.
pub const MAX_QUESTIONS: usize = 4;
/// A text column with at most this many different values is a dimension to break a measure down by.
const MAX_DIMENSION_VALUES: u64 = 30;

/// What the page shows about a desk's tables.
#[derive(Debug, Clone, Serialize)]
pub struct DeskTables {
    pub tables: Vec<TableInfo>,
    /// Sources the core could not turn into a table, with the reason.
    pub failed: Vec<FailedSource>,
    pub questions: Vec<String>,
}

/// Sync the desk's tables (with progress events) and return the catalog and sample questions.
#[tauri::command(async)]
pub fn desk_tables<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Desk>,
    conversation_id: String,
) -> CmdResult<DeskTables> {
    let dir = {
        let office = desk.lock();
        let id = office.resolve(&conversation_id).map_err(|e| e.body())?;
        office.desk_dir(&id).map_err(|e| e.body())?
    };
    let mut progress = events::TablesProgressReporter::new(&app, &conversation_id);
    let synced = desk_core::tables::sync(&dir, &mut |p| progress.report(p));
    progress.finish();
    let report = synced.map_err(|e| e.body())?;
    let tables = desk_core::tables::catalog(&dir).map_err(|e| e.body())?;
    let questions = sample_questions(&tables);
    Ok(DeskTables { tables, failed: report.failed, questions })
}

fn is_key(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n == "id"
        || ["_id", "_key", "_code", "_no", "_number", " id"].iter().any(|s| n.ends_with(s))
        || n.starts_with("id_")
        || n == "zip"
        || n.contains("postal")
        || n.contains("phone")
}

fn is_number(c: &ColumnInfo) -> bool {
    matches!(c.ty, ColumnType::Integer | ColumnType::Real)
}

fn is_date(c: &ColumnInfo) -> bool {
    matches!(c.ty, ColumnType::Date | ColumnType::Datetime)
}

/// Words that usually name what people add up, best first.
const MEASURE_WORDS: &[&str] = &[
    "revenue",
    "sales",
    "amount",
    "profit",
    "total",
    "value",
    "spend",
    "cost",
    "income",
    "price",
    "quantity",
    "units",
    "count",
    "score",
    "deaths",
    "population",
];

/// Lower is better: a known measure word first, then real numbers before integers.
fn measure_rank(c: &ColumnInfo) -> (usize, u8) {
    let n = c.name.to_ascii_lowercase();
    let word = MEASURE_WORDS.iter().position(|w| n.contains(w)).unwrap_or(MEASURE_WORDS.len());
    (word, if c.ty == ColumnType::Real { 0 } else { 1 })
}

fn is_measure(c: &ColumnInfo) -> bool {
    let n = c.name.to_ascii_lowercase();
    is_number(c)
        && !is_key(&c.name)
        && c.profile.distinct > 1
        && !["year", "month", "day", "lat", "lon", "latitude", "longitude"].contains(&n.as_str())
}

fn is_dimension(c: &ColumnInfo) -> bool {
    matches!(c.ty, ColumnType::Text | ColumnType::Boolean)
        && !is_key(&c.name)
        && c.profile.distinct_exact
        && (2..=MAX_DIMENSION_VALUES).contains(&c.profile.distinct)
}

/// Words that usually name a breakdown people ask for, best first.
const DIMENSION_WORDS: &[&str] =
    &["region", "category", "segment", "country", "state", "department", "channel", "type", "status", "weather"];

fn dimension_rank(name: &str) -> usize {
    let n = name.to_ascii_lowercase();
    DIMENSION_WORDS.iter().position(|w| n.contains(w)).unwrap_or(DIMENSION_WORDS.len())
}

/// A column's name as people say it.
fn spoken(name: &str) -> String {
    name.replace('_', " ").trim().to_string()
}

/// A dimension of the fact table, or of a table it points to through a key column (the offline analyst
/// follows such keys, e.g. `orders.customer_id` -> `customers.region`).
struct Dimension<'a> {
    column: &'a ColumnInfo,
    /// Every value names one row of its table (a name column such as `product`).
    naming: bool,
}

fn dimensions<'a>(fact: &'a TableInfo, tables: &'a [TableInfo]) -> Vec<Dimension<'a>> {
    let mut out: Vec<Dimension<'a>> =
        fact.columns.iter().filter(|c| is_dimension(c)).map(|column| Dimension { column, naming: false }).collect();
    for other in tables.iter().filter(|t| t.name != fact.name) {
        let linked = other.columns.iter().any(|k| {
            is_key(&k.name) && k.profile.distinct == other.rows && other.rows > 0 && fact.column(&k.name).is_some()
        });
        if !linked {
            continue;
        }
        for column in &other.columns {
            if is_key(&column.name) || !matches!(column.ty, ColumnType::Text) || fact.column(&column.name).is_some() {
                continue;
            }
            if is_dimension(column) {
                out.push(Dimension { column, naming: column.profile.distinct == other.rows });
            } else if column.profile.distinct == other.rows && other.rows > MAX_DIMENSION_VALUES {
                out.push(Dimension { column, naming: true });
            }
        }
    }
    // Familiar breakdowns first ("by region" reads better than "by city"), then fewer values first;
    // name columns go last.
    out.sort_by_key(|d| (d.naming, dimension_rank(&d.column.name), d.column.profile.distinct));
    let mut seen = std::collections::HashSet::new();
    out.retain(|d| seen.insert(d.column.name.clone()));
    out
}

/// Three or four questions the offline analyst can answer about these tables, in the words it
/// understands: a breakdown, a monthly trend, a ranking and a count (or an average), as the data allows.
pub fn sample_questions(tables: &[TableInfo]) -> Vec<String> {
    let has_measure = |t: &&TableInfo| t.columns.iter().any(is_measure);
    let Some(fact) = tables.iter().filter(has_measure).max_by_key(|t| t.rows) else {
        return if tables.is_empty() { Vec::new() } else { vec!["Describe this data".into()] };
    };
    let Some(measure) = fact.columns.iter().filter(|c| is_measure(c)).min_by_key(|c| measure_rank(c)) else {
        return Vec::new();
    };
    let m = spoken(&measure.name);
    let dims = dimensions(fact, tables);
    let date = fact.columns.iter().find(|c| is_date(c));
    let mut out = Vec::new();
    let small: Vec<&Dimension> = dims.iter().filter(|d| !d.naming || d.column.profile.distinct <= 12).collect();
    // A level (a temperature, a price) is averaged, as the analyst does; an amount is added up.
    let level = desk_core::analyst::schema::is_level_name(&measure.name);
    // A column already called a total ("Cost Total") is not "total cost total".
    let total = if m.split(' ').any(|w| w == "total") { "" } else { "Total " };
    if let Some(d) = small.first() {
        let lead = if level { "Average ".to_string() } else { total.to_string() };
        out.push(capitalise(&format!("{lead}{m} by {}", spoken(&d.column.name))));
    }
    if date.is_some() {
        out.push(format!("Monthly trend of {m}"));
    }
    // Rank the values of a column with a handful to a few dozen values (products, stores), not a breakdown
    // that has just been asked for, and not a generic "name" column.
    let ranking = dims
        .iter()
        .filter(|d| d.column.profile.distinct > 5 && !d.column.name.eq_ignore_ascii_case("name"))
        .min_by_key(|d| d.column.profile.distinct);
    if let Some(d) = ranking {
        let name = spoken(&d.column.name);
        let line = format!("Top 5 {} by {m}", plural(&name));
        if !out.iter().any(|q| q.ends_with(&format!("by {name}"))) || d.column.profile.distinct > 5 {
            out.push(line);
        }
    }
    let used: Vec<String> = out.clone();
    let second = small.iter().find(|d| !used.iter().any(|q| q.contains(&spoken(&d.column.name))));
    match second {
        Some(d) => {
            // "orders" reads well; "big sales" or "data 2024" do not, so those count rows.
            let what = if fact.name.chars().all(|c| c.is_ascii_alphabetic()) { fact.name.as_str() } else { "rows" };
            out.push(format!("Number of {what} by {}", spoken(&d.column.name)))
        }
        None => match small.first() {
            Some(d) if !level => out.push(format!("Average {m} by {}", spoken(&d.column.name))),
            Some(_) if date.is_some() => out.push(format!("Which month had the highest {m}?")),
            Some(_) => out.push("Describe this data".into()),
            None => out.push(capitalise(&format!("{}{m}", if level { "Average " } else { total }))),
        },
    }
    if out.len() < 3 {
        out.push("Describe this data".into());
    }
    out.truncate(MAX_QUESTIONS);
    out
}
