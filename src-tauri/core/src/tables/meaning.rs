//! Gathers, from a freshly loaded table, the facts [`crate::semantics`] decides a column's meaning from
//! (the distinct values of small text columns with their counts, the signs of numbers), and stores the
//! result in the table's info. One aggregate query per table for the numbers and one `GROUP BY` per small
//! text column; a table of a million rows takes a few hundred milliseconds more to build.

use super::{db_err, naming::quote, ColumnType, TableInfo};
use crate::error::Result;
use crate::semantics::{analyse, Facts, MAX_FOLDED_VALUES};
use rusqlite::Connection;

pub(super) fn annotate(conn: &Connection, table: &str, info: &mut TableInfo) -> Result<()> {
    let mut facts: Vec<Facts> = vec![Facts::default(); info.columns.len()];
    // Signs of every number column in one scan.
    let numeric: Vec<usize> = info
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.ty, ColumnType::Integer | ColumnType::Real))
        .map(|(i, _)| i)
        .collect();
    if !numeric.is_empty() {
        let parts: Vec<String> = numeric
            .iter()
            .flat_map(|&i| {
                let c = quote(&info.columns[i].name);
                [
                    format!("COUNT(CASE WHEN {c} < 0 THEN 1 END)"),
                    format!("COUNT(CASE WHEN {c} > 0 THEN 1 END)"),
                    format!("COUNT(CASE WHEN {c} = 0 THEN 1 END)"),
                    format!("COUNT(CASE WHEN {c} = CAST({c} AS INTEGER) THEN 1 END)"),
                ]
            })
            .collect();
        let sql = format!("SELECT {} FROM {}", parts.join(", "), quote(table));
        conn.query_row(&sql, [], |r| {
            for (k, &i) in numeric.iter().enumerate() {
                let f = &mut facts[i];
                f.negatives = r.get::<_, i64>(4 * k)? as u64;
                f.positives = r.get::<_, i64>(4 * k + 1)? as u64;
                f.zeros = r.get::<_, i64>(4 * k + 2)? as u64;
                f.whole = r.get::<_, i64>(4 * k + 3)? as u64;
            }
            Ok(())
        })
        .map_err(db_err)?;
    }
    // Dates that all fall on the first of a year or of a month stand for the whole year or month.
    let dates: Vec<usize> =
        info.columns.iter().enumerate().filter(|(_, c)| c.ty == ColumnType::Date).map(|(i, _)| i).collect();
    if !dates.is_empty() {
        let parts: Vec<String> = dates
            .iter()
            .flat_map(|&i| {
                let c = quote(&info.columns[i].name);
                [
                    format!("COUNT(CASE WHEN substr({c}, 6, 5) = '01-01' THEN 1 END)"),
                    format!("COUNT(CASE WHEN substr({c}, 9, 2) = '01' THEN 1 END)"),
                ]
            })
            .collect();
        let sql = format!("SELECT {} FROM {}", parts.join(", "), quote(table));
        conn.query_row(&sql, [], |r| {
            for (k, &i) in dates.iter().enumerate() {
                facts[i].first_of_year = r.get::<_, i64>(2 * k)? as u64;
                facts[i].first_of_month = r.get::<_, i64>(2 * k + 1)? as u64;
            }
            Ok(())
        })
        .map_err(db_err)?;
    }
    for (i, c) in info.columns.iter().enumerate() {
        if c.ty != ColumnType::Text || c.profile.distinct > MAX_FOLDED_VALUES {
            continue;
        }
        let q = quote(&c.name);
        let sql = format!("SELECT {q}, COUNT(*) FROM {} WHERE {q} IS NOT NULL GROUP BY 1", quote(table));
        let mut stmt = conn.prepare(&sql).map_err(db_err)?;
        let rows = stmt
            .query_map([], |r| {
                let v: rusqlite::types::Value = r.get(0)?;
                let text = match v {
                    rusqlite::types::Value::Text(t) => t,
                    rusqlite::types::Value::Integer(n) => n.to_string(),
                    rusqlite::types::Value::Real(x) => x.to_string(),
                    _ => String::new(),
                };
                Ok((text, r.get::<_, i64>(1)? as u64))
            })
            .map_err(db_err)?;
        let counts: Vec<(String, u64)> = rows.collect::<rusqlite::Result<_>>().map_err(db_err)?;
        facts[i].value_counts = Some(counts);
    }
    let rows = info.rows;
    for (c, f) in info.columns.iter_mut().zip(&facts) {
        c.semantics = Some(analyse(c, rows, f));
    }
    crate::semantics::readings_of_one_series(info);
    Ok(())
}
