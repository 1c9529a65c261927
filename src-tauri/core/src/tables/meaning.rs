//! Gathers, from a freshly loaded table, the facts [`crate::semantics`] decides a column's meaning from
//! (the distinct values of small text columns with their counts, the signs of numbers), and stores the
//! result in the table's info. One aggregate query per table for the numbers and one `GROUP BY` per small
//! text column; a table of a million rows takes a few hundred milliseconds more to build.

use super::{db_err, naming::quote, ColumnType, TableInfo};
use crate::engine::{Database, Value};
use crate::error::Result;
use crate::semantics::{analyse, part_pairs, parts_of, Facts, PartCandidate, Role, MAX_FOLDED_VALUES};

/// A count in a result row (0 when missing).
fn count(row: &[Value], i: usize) -> u64 {
    row.get(i).and_then(Value::as_i64).unwrap_or(0) as u64
}

pub(super) fn annotate(conn: &Database, table: &str, info: &mut TableInfo) -> Result<()> {
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
                    format!("COUNT(CASE WHEN {c} = trunc({c}) THEN 1 END)"),
                ]
            })
            .collect();
        let sql = format!("SELECT {} FROM {}", parts.join(", "), quote(table));
        let r = conn.query_row(&sql).map_err(db_err)?;
        for (k, &i) in numeric.iter().enumerate() {
            let f = &mut facts[i];
            f.negatives = count(&r, 4 * k);
            f.positives = count(&r, 4 * k + 1);
            f.zeros = count(&r, 4 * k + 2);
            f.whole = count(&r, 4 * k + 3);
        }
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
                    format!("COUNT(CASE WHEN month({c}) = 1 AND day({c}) = 1 THEN 1 END)"),
                    format!("COUNT(CASE WHEN day({c}) = 1 THEN 1 END)"),
                ]
            })
            .collect();
        let sql = format!("SELECT {} FROM {}", parts.join(", "), quote(table));
        let r = conn.query_row(&sql).map_err(db_err)?;
        for (k, &i) in dates.iter().enumerate() {
            facts[i].first_of_year = count(&r, 2 * k);
            facts[i].first_of_month = count(&r, 2 * k + 1);
        }
    }
    for (i, c) in info.columns.iter().enumerate() {
        if c.ty != ColumnType::Text || c.profile.distinct > MAX_FOLDED_VALUES {
            continue;
        }
        let q = quote(&c.name);
        // In the order of the values (bytewise), as SQLite's grouping gave them: ties in the folding of
        // spellings are broken by that order.
        let sql = format!("SELECT {q}, COUNT(*) FROM {} WHERE {q} IS NOT NULL GROUP BY 1 ORDER BY 1", quote(table));
        let rows = conn.query(&sql).map_err(db_err)?;
        let counts: Vec<(String, u64)> =
            rows.rows.iter().map(|r| (r.first().and_then(Value::to_text).unwrap_or_default(), count(r, 1))).collect();
        facts[i].value_counts = Some(counts);
    }
    let rows = info.rows;
    for (c, f) in info.columns.iter_mut().zip(&facts) {
        c.semantics = Some(analyse(c, rows, f));
    }
    crate::semantics::readings_of_one_series(info);
    parts(conn, table, info)?;
    one_date_each(conn, table, info)?;
    Ok(())
}

/// For each key that repeats over rows: whether its rows fall on one date each (one query per key, on the
/// table's first date column).
fn one_date_each(conn: &Database, table: &str, info: &mut TableInfo) -> Result<()> {
    let Some(date) = info.columns.iter().find(|c| matches!(c.ty, ColumnType::Date | ColumnType::Datetime)) else {
        return Ok(());
    };
    let d = quote(&date.name);
    let keys: Vec<usize> = info
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.semantics.as_ref().is_some_and(|s| s.role == Role::Identifier)
                && c.profile.distinct > 0
                && c.profile.distinct < info.rows
        })
        .map(|(i, _)| i)
        .collect();
    for i in keys {
        let k = quote(&info.columns[i].name);
        let sql = format!(
            "SELECT COUNT(*) FROM (SELECT {k} FROM {} WHERE {k} IS NOT NULL AND {d} IS NOT NULL GROUP BY {k} HAVING COUNT(DISTINCT CAST({d} AS DATE)) > 1)",
            quote(table)
        );
        let r = conn.query_row(&sql).map_err(db_err)?;
        if let Some(s) = info.columns[i].semantics.as_mut() {
            s.one_date_each = Some(count(&r, 0) == 0);
        }
    }
    Ok(())
}

/// Which amount column is a part of another ([`crate::semantics::parts_of`]): one scan over the pairs
/// whose names allow it.
fn parts(conn: &Database, table: &str, info: &mut TableInfo) -> Result<()> {
    let idx: Vec<usize> = info
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.semantics.as_ref().is_some_and(|s| {
                s.role == Role::Amount
                    && s.negatives.is_none()
                    && c.profile.min.as_ref().and_then(|v| v.as_f64()).is_some_and(|m| m >= 0.0)
            })
        })
        .map(|(i, _)| i)
        .collect();
    if idx.len() < 2 {
        return Ok(());
    }
    let cands: Vec<PartCandidate> = idx
        .iter()
        .map(|&i| {
            let c = &info.columns[i];
            PartCandidate { name: c.name.clone(), unit: c.semantics.as_ref().and_then(|s| s.unit.clone()) }
        })
        .collect();
    let pairs = part_pairs(&cands);
    if pairs.is_empty() {
        return Ok(());
    }
    let q = |k: usize| quote(&info.columns[idx[k]].name);
    let mut parts: Vec<String> = pairs
        .iter()
        .flat_map(|&(p, w, _)| {
            [
                format!("COUNT(CASE WHEN {} > {} THEN 1 END)", q(p), q(w)),
                format!("COUNT(CASE WHEN {} < {} THEN 1 END)", q(p), q(w)),
            ]
        })
        .collect();
    parts.extend((0..idx.len()).map(|k| format!("CAST(SUM({}) AS DOUBLE)", q(k))));
    let sql = format!("SELECT {} FROM {}", parts.join(", "), quote(table));
    let r = conn.query_row(&sql).map_err(db_err)?;
    let sums: Vec<f64> =
        (0..idx.len()).map(|k| r.get(2 * pairs.len() + k).and_then(Value::as_f64).unwrap_or(0.0)).collect();
    // A whole named only as a capacity is one the part fills: at least a tenth of it over the table
    // (complaints are not a part of the seats they happen to stay below).
    let holds: Vec<(usize, usize, bool)> = pairs
        .iter()
        .enumerate()
        .filter(|(k, _)| count(&r, 2 * k) == 0 && count(&r, 2 * k + 1) > 0)
        .map(|(_, p)| *p)
        .filter(|&(p, w, alike)| alike || sums[p] >= 0.1 * sums[w])
        .collect();
    for (k, whole) in parts_of(idx.len(), &holds, &sums).into_iter().enumerate() {
        let name = whole.map(|w| info.columns[idx[w]].name.clone());
        if let Some(s) = info.columns[idx[k]].semantics.as_mut() {
            s.part_of = name;
        }
    }
    Ok(())
}
