//! Decides, for a freshly loaded table, each column's meaning ([`crate::semantics`]) from the facts the
//! load measured (the distinct values of small text columns with their counts, the signs of numbers,
//! dates on the first of a month or year), and stores it in the table's info. What the load cannot
//! measure alone takes a query each: which amount is a part of another (one scan over the pairs), and
//! whether a repeated key falls on one date each (one grouping per key).

use super::{db_err, naming::quote, ColumnType, TableInfo};
use crate::engine::{Database, Value};
use crate::error::Result;
use crate::semantics::{analyse, part_pairs, parts_of, Facts, PartCandidate, Role, MAX_FOLDED_VALUES};

/// A count in a result row (0 when missing).
fn count(row: &[Value], i: usize) -> u64 {
    row.get(i).and_then(Value::as_i64).unwrap_or(0) as u64
}

/// Decide the meaning of every column of a freshly loaded table from the `facts` measured while loading it
/// (one per column; see `ColumnStats::facts`), with the value counts of a small text column that the load
/// did not keep counted by a query.
pub(super) fn annotate(
    conn: &Database,
    table: &str,
    info: &mut TableInfo,
    mut facts: Vec<Facts>,
    rising: &[bool],
) -> Result<()> {
    facts.resize_with(info.columns.len(), Facts::default);
    for f in &mut facts {
        f.table = table.to_string();
    }
    for (i, c) in info.columns.iter().enumerate() {
        if c.ty != ColumnType::Text || c.profile.distinct > MAX_FOLDED_VALUES || facts[i].value_counts.is_some() {
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
    sums(conn, table, info)?;
    prices_that_scale(conn, table, info)?;
    one_date_each(conn, table, info, rising)?;
    Ok(())
}

/// Rows looked at first for a key with several dates (see `one_date_each`).
const SAMPLE_ROWS: u64 = 20_000;

/// For each key that repeats over rows (as far as its profile tells): whether its rows fall on one date
/// each (one query per key, on the table's first date column). A key has more than one date when its first
/// date is before its last, which a grouping finds with min and max (far cheaper than counting distinct
/// dates per key). A key whose values rose row after row (`rising`, measured by the load) never repeats: one
/// date each, without a query.
fn one_date_each(conn: &Database, table: &str, info: &mut TableInfo, rising: &[bool]) -> Result<()> {
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
    let t = quote(table);
    for i in keys {
        if rising.get(i).copied().unwrap_or(false) {
            if let Some(s) = info.columns[i].semantics.as_mut() {
                s.one_date_each = Some(true);
            }
            continue;
        }
        let k = quote(&info.columns[i].name);
        // Keys with more than one date among `rows`: a key with two dates in some of the rows has them in
        // the table, so a sample of the rows (far quicker) settles a "no" and the whole table a "yes".
        let several = |rows: &str| -> Result<bool> {
            let sql = format!(
                "SELECT COUNT(*) FROM (SELECT {k} FROM {rows} WHERE {k} IS NOT NULL AND {d} IS NOT NULL GROUP BY {k} HAVING min(CAST({d} AS DATE)) < max(CAST({d} AS DATE)))"
            );
            Ok(count(&conn.query_row(&sql).map_err(db_err)?, 0) > 0)
        };
        let sampled = info.rows > SAMPLE_ROWS && several(&format!("(SELECT {k}, {d} FROM {t} LIMIT {SAMPLE_ROWS})"))?;
        let one_each = !sampled && !several(&t)?;
        if let Some(s) = info.columns[i].semantics.as_mut() {
            s.one_date_each = Some(one_each);
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

/// Which amount column is, on (nearly) every row, the sum of two others (`total` = `labour` + `parts`,
/// blanks as zero): one scan over the triples of non-negative amounts. Each of the two must add something
/// on some rows (a total beside one always-empty column is not a sum of two).
fn sums(conn: &Database, table: &str, info: &mut TableInfo) -> Result<()> {
    let idx: Vec<usize> = info
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            matches!(c.ty, ColumnType::Integer | ColumnType::Real)
                && c.semantics.as_ref().is_some_and(|s| {
                    matches!(s.role, Role::Amount | Role::Level)
                        && s.negatives.is_none()
                        && c.profile.min.as_ref().and_then(|v| v.as_f64()).is_some_and(|m| m >= 0.0)
                })
        })
        .map(|(i, _)| i)
        .collect();
    if idx.len() < 3 || idx.len() > 8 || info.rows < 10 {
        return Ok(());
    }
    let q = |k: usize| quote(&info.columns[idx[k]].name);
    let mut triples = Vec::new();
    for t in 0..idx.len() {
        for a in 0..idx.len() {
            for b in a + 1..idx.len() {
                if a != t && b != t {
                    triples.push((t, a, b));
                }
            }
        }
    }
    let mut exprs: Vec<String> = Vec::new();
    for &(t, a, b) in &triples {
        exprs.push(format!(
            "COUNT(CASE WHEN {t} IS NOT NULL AND ABS({t} - COALESCE({a}, 0) - COALESCE({b}, 0)) <= 0.011 THEN 1 END)",
            t = q(t),
            a = q(a),
            b = q(b)
        ));
    }
    for k in 0..idx.len() {
        exprs.push(format!("COUNT({})", q(k)));
        exprs.push(format!("COUNT(CASE WHEN {} > 0 THEN 1 END)", q(k)));
    }
    let sql = format!("SELECT {} FROM {}", exprs.join(", "), quote(table));
    let r = conn.query_row(&sql).map_err(db_err)?;
    let n = triples.len();
    let present = |k: usize| count(&r, n + 2 * k);
    let positive = |k: usize| count(&r, n + 2 * k + 1);
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for (i, &(t, a, b)) in triples.iter().enumerate() {
        let rows = present(t);
        if rows >= 10 && count(&r, i) * 50 >= rows * 49 && positive(a) > 0 && positive(b) > 0 {
            found.push((t, a, b));
        }
    }
    // (One reading per whole: a column that is the sum of two pairs says nothing sure.)
    for &(t, a, b) in &found {
        if found.iter().filter(|x| x.0 == t).count() != 1 {
            continue;
        }
        let (na, nb) = (info.columns[idx[a]].name.clone(), info.columns[idx[b]].name.clone());
        if let Some(s) = info.columns[idx[t]].semantics.as_mut() {
            s.sum_of = vec![na, nb];
        }
    }
    Ok(())
}

/// Which price (a level in a currency) rises with what its row holds: a price per unit does not (the count
/// is how many were bought at it), a row's whole price does: with a count column (`price` with `players`),
/// with the product of two (`copies` × `pages`), or with the time between two date or time columns (a room
/// booked from `start` to `end`). One query of correlations over the candidates.
fn prices_that_scale(conn: &Database, table: &str, info: &mut TableInfo) -> Result<()> {
    let sem = |c: &super::ColumnInfo| c.semantics.clone();
    let prices: Vec<usize> = info
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            matches!(c.ty, ColumnType::Integer | ColumnType::Real)
                && sem(c).is_some_and(|s| {
                    s.role == Role::Level && s.unit.as_deref().is_some_and(crate::semantics::is_currency)
                })
        })
        .map(|(i, _)| i)
        .collect();
    let counts: Vec<usize> = info
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.ty == ColumnType::Integer
                && sem(c).is_some_and(|s| s.role == Role::Amount && s.unit.is_none() && s.negatives.is_none())
        })
        .map(|(i, _)| i)
        .collect();
    let times: Vec<usize> = info
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.ty, ColumnType::Date | ColumnType::Datetime))
        .map(|(i, _)| i)
        .collect();
    if prices.is_empty() || info.rows < 10 {
        return Ok(());
    }
    let names: Vec<String> = info.columns.iter().map(|c| c.name.clone()).collect();
    let q = |i: usize| quote(&names[i]);
    let name = |i: usize| names[i].clone();
    // (What the price may rise with: its SQL, and how the profile names it.)
    let mut what: Vec<(String, String)> = counts.iter().map(|&c| (q(c), name(c))).collect();
    for (k, &a) in counts.iter().enumerate() {
        for &b in &counts[k + 1..] {
            what.push((format!("({} * {})", q(a), q(b)), format!("{} × {}", name(a), name(b))));
        }
    }
    for (k, &a) in times.iter().enumerate() {
        for &b in &times[k + 1..] {
            what.push((
                format!("(epoch({}) - epoch({}))", q(b), q(a)),
                format!("the time from {} to {}", name(a), name(b)),
            ));
        }
    }
    if what.is_empty() || prices.len() * what.len() > 64 {
        return Ok(());
    }
    let pairs: Vec<(usize, usize)> = prices.iter().flat_map(|&p| (0..what.len()).map(move |w| (p, w))).collect();
    let exprs: Vec<String> = pairs.iter().map(|&(p, w)| format!("corr({}, {})", q(p), what[w].0)).collect();
    let sql = format!("SELECT {} FROM {}", exprs.join(", "), quote(table));
    let r = conn.query_row(&sql).map_err(db_err)?;
    for &p in &prices {
        let best = pairs
            .iter()
            .enumerate()
            .filter(|(_, (pp, _))| *pp == p)
            .filter_map(|(k, (_, w))| r.get(k).and_then(Value::as_f64).map(|v| (v, *w)))
            .filter(|(v, _)| v.is_finite() && *v > 0.5)
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, w)) = best {
            let scales = what[w].1.clone();
            if let Some(s) = info.columns[p].semantics.as_mut() {
                s.scales_with = Some(scales);
            }
        }
    }
    // Where many things are sold at many prices, a line total rises with its count only among rows of one
    // thing (a bulk bag at £110 a bag, a net at £4.50): the correlation within each value of a kind column
    // (`product`), averaged over the values with enough rows to tell.
    let kinds: Vec<usize> = info
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.ty == ColumnType::Text
                && (2..=60).contains(&c.profile.distinct)
                && sem(c).is_some_and(|s| s.role == Role::Category)
        })
        .map(|(i, _)| i)
        .take(8)
        .collect();
    // (Not a price its name says is of one unit, "price_per_seat", "unit_price": what tiers of price go with
    // counts says nothing there.)
    let per_unit = |p: usize| {
        crate::semantics::name_words(&names[p])
            .iter()
            .any(|w| matches!(w.as_str(), "per" | "unit" | "each" | "rate" | "avg" | "average"))
    };
    let unscaled: Vec<usize> = prices
        .iter()
        .copied()
        .filter(|&p| info.columns[p].semantics.as_ref().is_some_and(|s| s.scales_with.is_none()) && !per_unit(p))
        .collect();
    for p in unscaled {
        for &c in &counts {
            let mut best: Option<(f64, usize)> = None;
            for &k in &kinds {
                let sql = format!(
                    "SELECT avg(r), count(r) FROM (SELECT corr({}, {}) AS r, count(*) AS n FROM {} GROUP BY {}) s \
                     WHERE n >= 5 AND r IS NOT NULL AND isfinite(r)",
                    q(p),
                    q(c),
                    quote(table),
                    q(k)
                );
                let r = conn.query_row(&sql).map_err(db_err)?;
                let (Some(avg), Some(n)) = (r.first().and_then(Value::as_f64), r.get(1).and_then(Value::as_f64)) else {
                    continue;
                };
                if n >= 2.0 && avg > 0.9 && best.is_none_or(|(b, _)| avg > b) {
                    best = Some((avg, k));
                }
            }
            if let Some((_, k)) = best {
                let scales = format!("{} (within each {})", name(c), name(k));
                if let Some(s) = info.columns[p].semantics.as_mut() {
                    s.scales_with = Some(scales);
                }
                break;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::super::load::{load, LoadSpec};
    use super::super::source::{Bom, Codec, DelimitedRows};
    use super::*;

    fn real(row: &[Value], i: usize) -> f64 {
        row.get(i).and_then(Value::as_f64).unwrap_or(0.0)
    }

    /// The facts as the engine measures them over the stored table (what the load's facts stand for).
    fn measured(conn: &Database, table: &str, columns: &[(String, ColumnType)]) -> Vec<Facts> {
        let mut facts = vec![Facts::default(); columns.len()];
        for (i, (name, ty)) in columns.iter().enumerate() {
            let c = quote(name);
            let t = quote(table);
            let f = &mut facts[i];
            match ty {
                ColumnType::Integer | ColumnType::Real => {
                    let r = conn
                        .query_row(&format!(
                            "SELECT COUNT(CASE WHEN {c} < 0 THEN 1 END), COUNT(CASE WHEN {c} > 0 THEN 1 END), \
                             COUNT(CASE WHEN {c} = 0 THEN 1 END), COUNT(CASE WHEN {c} = trunc({c}) THEN 1 END), \
                             CAST(COALESCE(SUM(CASE WHEN {c} < 0 THEN -{c} END), 0) AS DOUBLE), \
                             CAST(COALESCE(SUM(CASE WHEN {c} >= 0 THEN {c} END), 0) AS DOUBLE) FROM {t}"
                        ))
                        .unwrap();
                    (f.negatives, f.positives, f.zeros, f.whole) =
                        (count(&r, 0), count(&r, 1), count(&r, 2), count(&r, 3));
                    let four = super::super::profile::four_figures;
                    (f.below_total, f.above_total) = (four(real(&r, 4)), four(real(&r, 5)));
                }
                ColumnType::Date => {
                    let r = conn
                        .query_row(&format!(
                            "SELECT COUNT(CASE WHEN month({c}) = 1 AND day({c}) = 1 THEN 1 END), \
                             COUNT(CASE WHEN day({c}) = 1 THEN 1 END) FROM {t}"
                        ))
                        .unwrap();
                    (f.first_of_year, f.first_of_month) = (count(&r, 0), count(&r, 1));
                }
                ColumnType::Text => {
                    let rows = conn
                        .query(&format!("SELECT {c}, COUNT(*) FROM {t} WHERE {c} IS NOT NULL GROUP BY 1 ORDER BY 1"))
                        .unwrap();
                    f.value_counts = Some(
                        rows.rows.iter().map(|r| (r.first().and_then(Value::to_text).unwrap(), count(r, 1))).collect(),
                    );
                }
                _ => {}
            }
        }
        facts
    }

    /// Whether the customer key of a built orders file falls on one date each.
    fn one_date_each_of(text: &str) -> Option<bool> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("orders.csv"), text).unwrap();
        super::super::sync(dir.path(), &mut |_| {}).unwrap();
        let tables = super::super::catalog(dir.path()).unwrap();
        // The order numbers rise row after row: never repeated, one date each.
        let o = tables[0].column("order_id").unwrap().semantics.clone().unwrap();
        assert_eq!((o.role, o.one_date_each), (Role::Identifier, Some(true)));
        let c = tables[0].column("customer_id").unwrap();
        assert_eq!(c.semantics.as_ref().unwrap().role, Role::Identifier);
        c.semantics.as_ref().unwrap().one_date_each
    }

    #[test]
    fn a_price_that_rises_with_a_count_is_the_rows_whole_price() {
        let mut text = String::from("booking,players,price,qty,unit_price\n");
        for i in 0..200u64 {
            // `price` is so much a head; `unit_price` does not move with `qty`.
            let players = 2 + i % 5;
            text.push_str(&format!("B{i:04},{players},${}.00,{},${}.50\n", players * 25 + i % 3, 1 + i % 4, 3 + i % 7));
        }
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("bookings.csv"), text).unwrap();
        super::super::sync(dir.path(), &mut |_| {}).unwrap();
        let tables = super::super::catalog(dir.path()).unwrap();
        let scales = |c: &str| tables[0].column(c).unwrap().semantics.clone().unwrap().scales_with;
        assert_eq!(scales("price").as_deref(), Some("players"));
        assert_eq!(scales("unit_price"), None);
    }

    /// The `scales_with` of each column of a CSV built in a temporary desk.
    fn scales_of(name: &str, text: &str, cols: &[&str]) -> Vec<Option<String>> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(name), text).unwrap();
        super::super::sync(dir.path(), &mut |_| {}).unwrap();
        let tables = super::super::catalog(dir.path()).unwrap();
        cols.iter().map(|c| tables[0].column(c).unwrap().semantics.clone().unwrap().scales_with).collect()
    }

    #[test]
    fn a_price_that_rises_with_two_counts_or_with_time_booked_is_the_rows_whole_price() {
        // A print job's price is so much a page of each copy: it follows neither count alone.
        let mut jobs = String::from("job,copies,pages,price\n");
        for i in 0..200u64 {
            let (copies, pages) = (1 + (i * 7) % 40, 2 + (i * 13) % 30);
            jobs.push_str(&format!("J{i:04},{copies},{pages},${}.{:02}\n", copies * pages / 10 + 2, i % 100));
        }
        let got = scales_of("print_jobs.csv", &jobs, &["price"]);
        assert_eq!(got[0].as_deref(), Some("copies × pages"));
        // A room's price is so much an hour booked; `attendees` does not move it.
        let mut rooms = String::from("booking,start,end,attendees,price\n");
        for i in 0..200u64 {
            let (day, from, hours) = (1 + i % 28, 8 + i % 5, 1 + (i * 5) % 7);
            rooms.push_str(&format!(
                "R{i:04},2025-03-{day:02} {from:02}:00,2025-03-{day:02} {:02}:00,{},${}.00\n",
                from + hours,
                2 + (i * 3) % 9,
                hours * 40
            ));
        }
        let got = scales_of("rooms.csv", &rooms, &["price"]);
        assert_eq!(got[0].as_deref(), Some("the time from start to end"));
    }

    #[test]
    fn a_key_with_a_second_date_past_the_sample_has_several_dates() {
        // More rows than the profile counts distinct values exactly: the order numbers are then only
        // estimated to be fewer than the rows, and taken for a key that may repeat.
        let rows = 120_000;
        let file = |odd: Option<usize>| {
            let mut t = String::from("order_id,customer_id,day,amount\n");
            for i in 0..rows {
                let c = i % 1000;
                let day = if Some(i) == odd { 28 } else { c % 27 + 1 };
                t.push_str(&format!("{i},C{c:04},2024-03-{day:02},{}\n", i % 90));
            }
            t
        };
        assert_eq!(one_date_each_of(&file(None)), Some(true));
        assert_eq!(one_date_each_of(&file(Some(rows - 5))), Some(false), "found past the sample");
        assert_eq!(one_date_each_of(&file(Some(5000))), Some(false), "found in the sample");
    }

    #[test]
    fn facts_measured_while_loading_are_the_engines() {
        let mut text = String::from("id,amount,share,qty,when,stamp,flag,label,hours,city\n");
        for i in 0..3000i64 {
            let amount = match i % 5 {
                0 => "0".to_string(),
                1 => format!("-{}.5", i % 17),
                2 => format!("{}.00", i % 40),
                3 => "n/a".to_string(),
                _ => format!("{},{:03}.25", i % 9, i % 1000),
            };
            let qty = if i % 11 == 0 { "absent".to_string() } else { format!("{}", i % 7 - 3) };
            let when = match i % 4 {
                0 => format!("{:02}/01/2024", i % 12 + 1),
                1 => format!("01/{:02}/2023", i % 12 + 1),
                2 => String::new(),
                _ => format!("{:02}/{:02}/2022", i % 12 + 1, i % 28 + 1),
            };
            let label = ["Zebra", "apple", " apple", "\u{e9}clair", "Apple", "b"][(i % 6) as usize];
            text.push_str(&format!(
                "{i},\"{amount}\",{}%,{qty},{when},2024-03-{:02} 10:{:02}:00,{},{label},{}:{:02},{}\n",
                i % 13 - 4,
                i % 28 + 1,
                i % 60,
                if i % 2 == 0 { "yes" } else { "no" },
                i % 5,
                i % 60,
                if i % 3 == 0 { "" } else { "Paris" }
            ));
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.csv");
        std::fs::write(&path, &text).unwrap();
        let db = Database::open(&dir.path().join("t.duckdb"), &super::super::engine_settings()).unwrap();
        let spec = LoadSpec { path: "f.csv", codec: Codec::Utf8, may_fallback: true, semicolon: false, split: None };
        let mut rows = DelimitedRows::new(&path, Bom::None, b',');
        let loaded = load(&db, "t", &mut rows, &spec, &mut |_, _| {}).unwrap();
        let columns: Vec<(String, ColumnType)> = loaded.columns.iter().map(|c| (c.name.clone(), c.ty)).collect();
        let types: Vec<ColumnType> = columns.iter().map(|c| c.1).collect();
        for ty in [ColumnType::Integer, ColumnType::Real, ColumnType::Date, ColumnType::Datetime, ColumnType::Boolean] {
            assert!(types.contains(&ty), "a {ty:?} column among {types:?}");
        }
        // (The words read as missing are gone from the stored table: only the load can count them.)
        let from_load: Vec<Facts> = loaded
            .columns
            .iter()
            .map(|c| Facts { marked: 0, marks_void: false, written_nulls: 0, ..c.facts.clone() })
            .collect();
        assert!(loaded.columns.iter().any(|c| c.facts.marked > 0));
        assert_eq!(from_load, measured(&db, "t", &columns));
        assert!(from_load.iter().any(|f| f.negatives > 0 && f.zeros > 0 && f.whole > 0 && f.positives > 0));
        assert!(from_load.iter().any(|f| f.first_of_year > 0 && f.first_of_month > f.first_of_year));
    }
}
