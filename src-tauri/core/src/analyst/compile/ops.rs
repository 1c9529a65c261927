//! One function per operation of a bound plan: each runs its SQL through the [`Runner`], draws its
//! chart, and fills the deliverable (headline first — the answer to what was asked —, key numbers,
//! interpretation) from the rows the queries returned, and from nothing else.

use super::bind::{BFilter, BMeasure, BOp, BPeriod, Bound, ColRef, Key};
use super::sql::{lit, q, AggSpec, KeyRef, KeySpec, Sql};
use super::words::{
    capitalise, col_words, condition_words, count, fig, figure, key_label, key_name, measure_name, pct, pct_signed,
    period_label, plural, scope, singular,
};
use super::{Rows, Runner, Step};
use crate::analyst::plan::{Agg, ChangeBy, ChartChoice, Direction, FilterOp, Grain, Sign};
use crate::calendar::{day_of_iso, iso_of_day, ymd_of_iso};
use crate::tools::sql::thousands;
use serde_json::json;

type R = Result<(), Step>;

pub fn run(r: &mut Runner, b: &Bound) -> R {
    match &b.op {
        BOp::Describe => describe(r, b),
        BOp::Quality => quality(r, b),
        BOp::MostCommon { col, n } => most_common(r, b, col, *n),
        BOp::Distribution => distribution(r, b),
        BOp::Correlation => correlation(r, b),
        BOp::Trend => trend(r, b),
        BOp::Compare { from, to, direction, by } => {
            let s = Sql::new(b);
            let (Some(ca), Some(cz)) = (s.period_cond(from), s.period_cond(to)) else { return Ok(()) };
            compare(r, b, (&ca, &from.label), (&cz, &to.label), *direction, *by, true)
        }
        BOp::CompareValues { from, to, direction, by } => {
            let s = Sql::new(b);
            let label = |f: &BFilter| match f {
                BFilter::Values { asked, .. } => asked.join(" or "),
                _ => String::new(),
            };
            let (la, lz) = (label(from), label(to));
            compare(r, b, (&s.filter_cond(from), &la), (&s.filter_cond(to), &lz), *direction, *by, false)
        }
        BOp::Share { part } => share(r, b, part),
        BOp::Gap => gap(r, b),
        BOp::GroupsWhere { op, a, b: hi } => groups_where(r, b, *op, *a, *hi),
        BOp::Rank { desc, n } => rank(r, b, *desc, *n),
        BOp::Total => match b.measures.first().and_then(|m| m.each.clone()) {
            Some(Key::Time(g)) if g.is_calendar() => period_average(r, b, g),
            Some(k) => group_average(r, b, &k),
            None if b.groups.is_empty() => summary(r, b),
            None => breakdown(r, b, false),
        },
    }
}

fn chart(r: &mut Runner, b: &Bound, spec: serde_json::Value, title: &str) -> R {
    if b.chart == ChartChoice::None {
        return Ok(());
    }
    let mut spec = spec;
    spec["title"] = json!(title);
    match (b.chart, spec["type"].as_str()) {
        (ChartChoice::Line, Some("bar")) => spec["type"] = json!("line"),
        (ChartChoice::Bar, Some("line")) => spec["type"] = json!("bar"),
        _ => {}
    }
    r.chart(spec, title)
}

fn first(b: &Bound) -> &BMeasure {
    &b.measures[0]
}

/// Whether the figure adds up across groups (a sum or a count of rows or values).
fn additive(m: &BMeasure) -> bool {
    // A rate (a part of each group's own figure) does not add up across groups.
    matches!(m.agg, Agg::Sum | Agg::Count) && m.each.is_none() && m.part.is_empty()
}

/// A side of a signed amount ("paid": the values below zero) that no row in scope has: "no value" would
/// read as an answer, but the question most likely meant the other side. Declined, naming both sides.
fn one_side_has_values(m: &BMeasure, rows: Option<f64>, value: Option<f64>) -> R {
    let (Some(c), true, None) = (&m.col, m.sign.one_side(), value) else { return Ok(()) };
    if rows.unwrap_or(0.0) <= 0.0 {
        return Ok(());
    }
    let (side, other) =
        if m.sign == Sign::Outflow { ("below zero", "above zero") } else { ("above zero", "below zero") };
    Err(Step::Decline(format!(
        "which side of the signed amount {} is meant: the question reads as its values {side}, but none of the {} rows \
         in scope has one (their values are {other}); ask for the amounts {other} or the net total",
        c.col.name,
        count(rows)
    )))
}

/// An average, median, minimum or maximum of a column that is empty on every row in scope: "no value" would read
/// as an answer, but the filters most likely keep the wrong rows (a value left out holds every figure there is).
/// Declined, saying what is left.
fn values_in_scope(b: &Bound, m: &BMeasure, rows: Option<f64>, value: Option<f64>) -> R {
    let (Some(c), None) = (&m.col, value) else { return Ok(()) };
    if rows.unwrap_or(0.0) <= 0.0 || !matches!(m.agg, Agg::Avg | Agg::Median | Agg::Min | Agg::Max) {
        return Ok(());
    }
    Err(Step::Decline(format!(
        "the figure asked for: {} is empty on every one of the {} rows left{} (the rows that hold it are left out)",
        c.col.name,
        count(rows),
        scope(b)
    )))
}

fn no_rows(r: &mut Runner, b: &Bound) {
    r.out.headline = format!("No rows match{}: nothing to compute.", scope(b));
    r.out.interpretation.push("The filters and the period leave no data; check the values and the period.".into());
}

/// The plain-number version of a figure for a chart.
fn chart_name(b: &Bound, m: &BMeasure) -> String {
    measure_name(b, m)
}

pub fn summary(r: &mut Runner, b: &Bound) -> R {
    let s = Sql::new(b);
    let medians = b.measures.iter().any(|m| m.agg == Agg::Median);
    let rows = if medians {
        // A median has its own query; each measure in turn.
        let mut cols = Vec::new();
        let mut vals = Vec::new();
        for (k, m) in b.measures.iter().enumerate() {
            let one = r.sql("The figure", s.total(m, &[]))?;
            cols.push(format!("v{k}"));
            vals.push(one.get(0, "value").cloned().unwrap_or_default());
        }
        let counted = r.sql("Rows counted", format!("SELECT COUNT(*) AS n {}{}", s.from(&[], &[]), s.where_(&[])))?;
        cols.push("rows_counted".into());
        vals.push(counted.get(0, "n").cloned().unwrap_or_default());
        Rows { columns: cols, rows: vec![vals], truncated: false }
    } else {
        let mut aggs: Vec<AggSpec> =
            b.measures.iter().enumerate().map(|(k, m)| AggSpec::new(m, &format!("v{k}"))).collect();
        let rows_m = BMeasure::rows();
        aggs.push(AggSpec::new(&rows_m, "rows_counted"));
        r.sql("The figure", s.grouped(&[], &aggs, &[]))?
    };
    let counted = rows.num(0, "rows_counted");
    if counted == Some(0.0) {
        no_rows(r, b);
        return Ok(());
    }
    for (k, m) in b.measures.iter().enumerate() {
        one_side_has_values(m, counted, rows.num(0, &format!("v{k}")))?;
        values_in_scope(b, m, counted, rows.num(0, &format!("v{k}")))?;
    }
    let said: Vec<String> = b
        .measures
        .iter()
        .enumerate()
        .map(|(k, m)| format!("{} is {}", figure(b, m), fig(m, rows.num(0, &format!("v{k}")))))
        .collect();
    r.out.headline = format!("{}{}.", capitalise(&said.join(" and ")), scope(b));
    if b.measures.len() > 1 {
        r.out.headline = format!("{}: {}.", capitalise(scope(b).trim()).trim_end_matches(':'), said.join("; "));
        if scope(b).is_empty() {
            r.out.headline = format!("{}.", capitalise(&said.join("; ")));
        }
    }
    r.out.table.push(vec!["Figure".into(), "Value".into()]);
    for (k, m) in b.measures.iter().enumerate() {
        r.out.table.push(vec![capitalise(&figure(b, m)), fig(m, rows.num(0, &format!("v{k}")))]);
    }
    zeros_aside(r, b, &s)?;
    below_zero_aside(r, b)?;
    if b.measures.iter().any(|m| m.col.is_some()) {
        r.out.table.push(vec!["Rows counted".into(), count(counted)]);
    }
    // A smallest or largest value: say when it happened.
    let m = first(b);
    if let (Some(c), Agg::Min | Agg::Max, Some(t)) = (&m.col, m.agg, &b.time) {
        if b.measures.len() == 1 && c.col.is_numeric() && m.times.is_none() {
            let order = if m.agg == Agg::Max { "DESC" } else { "ASC" };
            let v = s.value(m).unwrap_or_default();
            // What else the row says of itself: its categories (the symbol bought, the client), except one
            // the filters hold to a single value already.
            let held: Vec<&str> = b
                .filters
                .iter()
                .filter_map(|f| match f {
                    BFilter::Values { col, keep: true, asked, .. } if asked.len() == 1 => Some(col.col.name.as_str()),
                    _ => None,
                })
                .collect();
            let cats: Vec<&crate::analyst::model::Column> = b
                .desk
                .tables
                .iter()
                .find(|t| t.name == b.fact)
                .map(|t| {
                    t.columns
                        .iter()
                        .filter(|c| {
                            c.role == crate::semantics::Role::Category
                                && !c.is_numeric()
                                && !held.contains(&c.name.as_str())
                        })
                        .take(4)
                        .collect()
                })
                .unwrap_or_default();
            let also: String = cats.iter().enumerate().map(|(i, c)| format!(", f.{} AS c{i}", q(&c.name))).collect();
            let at = r.sql(
                "When it happened",
                format!(
                    "SELECT f.{} AS at, {v} AS value{also} {}{} ORDER BY {v} {order}, f.rowid LIMIT 1",
                    q(&t.name),
                    s.from(&[], &[m]),
                    s.where_(&[format!("{v} IS NOT NULL")])
                ),
            )?;
            if !at.rows.is_empty() {
                // (Each category the row has a value in: its name in words, and the value.)
                let said: Vec<(String, String)> = cats
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (c.name.replace('_', " "), at.text(0, &format!("c{i}"))))
                    .filter(|(_, x)| !x.is_empty() && x != "NULL")
                    .collect();
                let of = if said.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", said.iter().map(|(n, x)| format!("{n} {x}")).collect::<Vec<_>>().join(", "))
                };
                r.out.interpretation.push(format!("It was recorded on {}{of}.", at.text(0, "at")));
                r.out.table.push(vec!["When".into(), at.text(0, "at")]);
                r.out.table.extend(said.into_iter().map(|(n, x)| vec![capitalise(&n), x]));
            }
        }
    }
    r.out.interpretation.push(format!("Computed over {} {}{}.", count(counted), super::words::row_noun(b), scope(b)));
    // A median is a point of a distribution: show the distribution.
    if let (Agg::Median, Some(v), 1) = (m.agg, s.value(m), b.measures.len()) {
        let mw = measure_name(b, m);
        let title = format!("Distribution of {mw}{}", scope(b));
        let sql = format!("SELECT {v} AS {} {}{}", q(&mw), s.from(&[], &[m]), s.where_(&[format!("{v} IS NOT NULL")]));
        chart(
            r,
            b,
            json!({"type": "histogram", "sql": sql, "x": mw, "x_label": capitalise(&mw), "y_label": capitalise(&super::words::row_noun(b))}),
            &title,
        )?;
    }
    Ok(())
}

/// The first figure against the second ("invoiced against quoted"): both, the difference, and the first as a
/// percentage above or below the second, leading with what was asked.
pub fn gap(r: &mut Runner, b: &Bound) -> R {
    let s = Sql::new(b);
    let (ma, mz) = (&b.measures[0], &b.measures[1]);
    let rows_m = BMeasure::rows();
    let aggs = vec![AggSpec::new(ma, "a"), AggSpec::new(mz, "z"), AggSpec::new(&rows_m, "rows_counted")];
    let rows = r.sql("The two figures", s.grouped(&[], &aggs, &[]))?;
    let counted = rows.num(0, "rows_counted");
    if counted == Some(0.0) {
        no_rows(r, b);
        return Ok(());
    }
    let (fa, fz) = (figure(b, ma), figure(b, mz));
    let (Some(a), Some(z)) = (rows.num(0, "a"), rows.num(0, "z")) else {
        return Err(Step::ToolFailed(format!("{fa} or {fz} has no values{}", scope(b))));
    };
    let diff = a - z;
    let side = if diff >= 0.0 { "above" } else { "below" };
    let share = (z != 0.0).then(|| diff.abs() / z.abs() * 100.0);
    let pct_said = share.map(|p| format!(" ({})", pct(Some(p)))).unwrap_or_default();
    r.out.headline = format!(
        "{} came to {}, {}{pct_said} {side} {fz} ({}){}.",
        capitalise(&fa),
        fig(ma, Some(a)),
        fig(ma, Some(diff.abs())),
        fig(mz, Some(z)),
        scope(b)
    );
    r.out.table.push(vec!["Figure".into(), "Value".into()]);
    r.out.table.push(vec![capitalise(&fa), fig(ma, Some(a))]);
    r.out.table.push(vec![capitalise(&fz), fig(mz, Some(z))]);
    r.out.table.push(vec![format!("Difference ({fa} - {fz})"), fig(ma, Some(diff))]);
    if let Some(p) = share {
        r.out.table.push(vec![format!("{} {side} {}", capitalise(&fa), fz), pct(Some(p))]);
    }
    r.out.table.push(vec!["Rows counted".into(), count(counted)]);
    r.out.interpretation.push(format!(
        "The percentage is the difference over {fz}: ({fa} - {fz}) / {fz}. Computed over {} {}{}.",
        count(counted),
        super::words::row_noun(b),
        scope(b)
    ));
    Ok(())
}

/// An average or median of an amount whose zeros move it (by 1% or more): a zero often stands for
/// "nothing charged" (a cancelled visit's fee) rather than an amount, so the answer also gives the
/// figure over the non-zero values, and says how many zeros it left out.
fn zeros_aside(r: &mut Runner, b: &Bound, s: &Sql) -> R {
    let [m] = b.measures.as_slice() else { return Ok(()) };
    let Some(c) = &m.col else { return Ok(()) };
    // (Not a time between two dates: a delay of 0 is a departure on time, not nothing charged.)
    if !matches!(m.agg, Agg::Avg | Agg::Median)
        || m.times.is_some()
        || m.per.is_some()
        || m.since.is_some()
        || !matches!(c.col.role, crate::semantics::Role::Amount | crate::semantics::Role::SignedAmount)
    {
        return Ok(());
    }
    let Some(v) = s.value(m) else { return Ok(()) };
    let f = if m.agg == Agg::Median { "MEDIAN" } else { "AVG" };
    let rows = r.sql(
        "Zero values, and the figure without them",
        format!(
            "SELECT COUNT(*) FILTER (WHERE {v} = 0) AS zeros, {f}({v}) AS whole, {f}({v}) FILTER (WHERE {v} <> 0) AS value {}{}",
            s.from(&[], &[m]),
            s.where_(&[])
        ),
    )?;
    let (Some(zeros), Some(whole), Some(value)) = (rows.num(0, "zeros"), rows.num(0, "whole"), rows.num(0, "value"))
    else {
        return Ok(());
    };
    if zeros < 1.0 || (value - whole).abs() < 0.01 * whole.abs() {
        return Ok(());
    }
    let without = fig(m, Some(value));
    let noun = super::words::row_noun(b);
    let head = r.out.headline.trim_end_matches('.').to_string();
    r.out.headline =
        format!("{head}; leaving out the {} {noun} whose {} is 0, it is {without}.", count(Some(zeros)), c.col.words());
    r.out.table.push(vec![format!("{} without the zeros", capitalise(&figure(b, m))), without]);
    r.out.table.push(vec![capitalise(&format!("{noun} whose {} is 0", c.col.words())), count(Some(zeros))]);
    Ok(())
}

/// A count or average that keeps only the rows above zero of a signed amount (refunds left out): the
/// same figure with those rows in, so that either reading of the question is answered.
fn below_zero_aside(r: &mut Runner, b: &Bound) -> R {
    let [m] = b.measures.as_slice() else { return Ok(()) };
    if !matches!(m.agg, Agg::Count | Agg::Avg | Agg::Median | Agg::Min | Agg::Max) {
        return Ok(());
    }
    let Some(i) = b.filters.iter().position(|f| {
        matches!(f, BFilter::Number { col, op: FilterOp::Gt | FilterOp::Ge, a, b: None, part: None, times: None, since: None }
            if *a == 0.0 && col.col.role == crate::semantics::Role::SignedAmount)
    }) else {
        return Ok(());
    };
    let mut all = b.clone();
    let f = all.filters.remove(i);
    let s = Sql::new(&all);
    let e = s.col(f.col());
    let below = r.sql(
        "Rows below zero left out",
        format!("SELECT COUNT(*) AS n {}{}", s.from(&[], &[m]), s.where_(&[format!("{e} < 0")])),
    )?;
    let Some(n) = below.num(0, "n").filter(|n| *n >= 1.0) else { return Ok(()) };
    let with = r.sql("The figure with the rows below zero", s.total(m, &[]))?;
    let shown = fig(m, with.num(0, "value"));
    let head = r.out.headline.trim_end_matches('.').to_string();
    r.out.headline = format!(
        "{head}; with the {} {} whose {} is below zero, it is {shown}.",
        count(Some(n)),
        super::words::row_noun(b),
        f.col().col.words()
    );
    r.out.table.push(vec![format!("{} with the rows below zero", capitalise(&figure(b, m))), shown]);
    Ok(())
}

pub fn breakdown(r: &mut Runner, b: &Bound, share_focus: bool) -> R {
    let s = Sql::new(b);
    let m = first(b);
    let add = additive(m);
    let names: Vec<String> = b.groups.iter().map(key_name).collect();
    let inner = if b.groups.len() == 1 && b.measures.len() == 1 {
        s.per_group(&b.groups[0], &names[0], m)
    } else {
        let keys: Vec<KeySpec> =
            b.groups.iter().zip(&names).map(|(k, n)| KeySpec { key: KeyRef::Key(k), alias: n.clone() }).collect();
        let mut aggs = vec![AggSpec::new(m, "value")];
        aggs.extend(b.measures.iter().enumerate().skip(1).map(|(k, mm)| AggSpec::new(mm, &format!("v{k}"))));
        s.grouped(&keys, &aggs, &[])
    };
    let share =
        if add { ", 100.0 * value / SUM(value) OVER () AS share_pct, SUM(value) OVER () AS grand_total" } else { "" };
    let time_key = matches!(b.groups[0], Key::Time(_));
    let order = if time_key { "1".to_string() } else { "value DESC, 1".to_string() };
    let rows =
        r.sql("The breakdown", format!("SELECT *{share} FROM ({inner}) WHERE value IS NOT NULL ORDER BY {order}"))?;
    if rows.rows.is_empty() {
        no_rows(r, b);
        return Ok(());
    }
    let total = if add {
        rows.num(0, "grand_total")
    } else {
        let t = r.sql("The overall figure", s.total(m, &[]))?;
        t.num(0, "value")
    };
    let what = figure(b, m);
    let label = |k: usize| -> String {
        b.groups.iter().zip(&names).map(|(g, n)| key_label(g, &rows.text(k, n))).collect::<Vec<_>>().join(" / ")
    };
    // The leader by value (rows may be in time order).
    let mut by_value: Vec<usize> = (0..rows.rows.len()).collect();
    by_value
        .sort_by(|x, y| rows.num(*y, "value").partial_cmp(&rows.num(*x, "value")).unwrap_or(std::cmp::Ordering::Equal));
    let top = by_value[0];
    let bottom = by_value[by_value.len() - 1];
    let by = names.join(" and ");
    let all_equal = rows.rows.len() > 1 && rows.num(top, "value") == rows.num(bottom, "value");
    r.out.headline = if share_focus && add {
        format!(
            "{} holds the largest share of {what}{}: {} ({}) of {}.",
            label(top),
            scope(b),
            pct(rows.num(top, "share_pct")),
            fig(m, rows.num(top, "value")),
            fig(m, total)
        )
    } else if all_equal {
        format!(
            "{}{} by {by}: all {} groups have {}.",
            capitalise(&what),
            scope(b),
            rows.rows.len(),
            fig(m, rows.num(top, "value"))
        )
    } else {
        format!(
            "{}{} by {by}: {} leads with {}{}; {} {}.",
            capitalise(&what),
            scope(b),
            label(top),
            fig(m, rows.num(top, "value")),
            if add { format!(" ({})", pct(rows.num(top, "share_pct"))) } else { String::new() },
            if add { "the total is" } else { "overall" },
            fig(m, total)
        )
    };
    let mut header: Vec<String> = names.iter().map(|n| capitalise(n)).collect();
    header.push(capitalise(&what));
    for mm in b.measures.iter().skip(1) {
        header.push(capitalise(&figure(b, mm)));
    }
    if add {
        header.push("Share".into());
    }
    r.out.table.push(header);
    for k in 0..rows.rows.len().min(30) {
        let mut row: Vec<String> = b.groups.iter().zip(&names).map(|(g, n)| key_label(g, &rows.text(k, n))).collect();
        row.push(fig(m, rows.num(k, "value")));
        for (j, mm) in b.measures.iter().enumerate().skip(1) {
            row.push(fig(mm, rows.num(k, &format!("v{j}"))));
        }
        if add {
            row.push(pct(rows.num(k, "share_pct")));
        }
        r.out.table.push(row);
    }
    if rows.rows.len() > 30 {
        r.out.notes.push(format!("{} groups in all; the table shows 30.", rows.rows.len()));
    }
    let mut tot = vec![if add { "**Total**" } else { "**Overall**" }.to_string()];
    tot.extend(std::iter::repeat_n(String::new(), names.len() - 1));
    tot.push(format!("**{}**", fig(m, total)));
    r.out.table.push(tot);
    if rows.rows.len() > 1 && !all_equal {
        r.out.interpretation.push(format!(
            "{} groups. Highest: {} ({}); lowest: {} ({}).",
            rows.rows.len(),
            label(top),
            fig(m, rows.num(top, "value")),
            label(bottom),
            fig(m, rows.num(bottom, "value"))
        ));
    }
    let mw = chart_name(b, m);
    if names.len() == 1 && rows.rows.len() >= 2 {
        let data: Vec<serde_json::Value> =
            (0..rows.rows.len().min(40)).map(|k| json!([label(k), rows.num(k, "value")])).collect();
        let title = format!("{} by {}{}", capitalise(&what), names[0], scope(b));
        let kind = if time_key && rows.rows.len() > 12 { "line" } else { "bar" };
        let x = if let (Key::Time(g), "line") = (&b.groups[0], kind) {
            let data: Vec<serde_json::Value> = (0..rows.rows.len())
                .map(|k| json!([chart_x(*g, &rows.text(k, &names[0])), rows.num(k, "value")]))
                .collect();
            return chart(
                r,
                b,
                json!({"type": "line", "data": {"columns": [names[0], mw], "rows": data}, "x": names[0], "y": mw, "x_label": capitalise(&names[0]), "y_label": capitalise(&what)}),
                &title,
            );
        } else {
            names[0].clone()
        };
        chart(
            r,
            b,
            json!({"type": kind, "data": {"columns": [x, mw], "rows": data}, "x": x, "y": mw, "x_label": capitalise(&names[0]), "y_label": capitalise(&what)}),
            &title,
        )?;
    } else if names.len() == 2 && !rows.truncated {
        let data: Vec<serde_json::Value> = (0..rows.rows.len())
            .map(|k| {
                json!([
                    key_label(&b.groups[0], &rows.text(k, &names[0])),
                    key_label(&b.groups[1], &rows.text(k, &names[1])),
                    rows.num(k, "value")
                ])
            })
            .collect();
        let title = format!("{} by {} and {}{}", capitalise(&what), names[0], names[1], scope(b));
        chart(
            r,
            b,
            json!({"type": "grouped_bar", "data": {"columns": [names[0], names[1], mw], "rows": data}, "x": names[0], "y": mw, "group": names[1], "x_label": capitalise(&names[0]), "y_label": capitalise(&what)}),
            &title,
        )?;
    }
    Ok(())
}

/// "How many customers placed more than 50 orders": the groups whose figure meets the condition, how
/// many of all the groups they are, and which (largest first).
pub fn groups_where(r: &mut Runner, b: &Bound, op: FilterOp, a: f64, hi: Option<f64>) -> R {
    let s = Sql::new(b);
    let m = first(b);
    let key = &b.groups[0];
    let name = key_name(key);
    let inner = format!("SELECT * FROM ({}) WHERE {} IS NOT NULL", s.per_group(key, &name, m), q(&name));
    let cond = match op {
        FilterOp::Gt => format!("value > {a}"),
        FilterOp::Ge => format!("value >= {a}"),
        FilterOp::Lt => format!("value < {a}"),
        FilterOp::Le => format!("value <= {a}"),
        FilterOp::Between => format!("value BETWEEN {a} AND {}", hi.unwrap_or(a)),
        FilterOp::In | FilterOp::NotIn | FilterOp::Missing | FilterOp::Present => {
            return Err(Step::ToolFailed("groups_where needs a comparison".into()))
        }
    };
    let counts = r.sql(
        "How many groups meet the condition",
        format!(
            "SELECT SUM(CASE WHEN {cond} THEN 1 ELSE 0 END) AS n, COUNT(*) AS all_n, MAX(value) AS top, \
             MIN(value) AS bottom FROM ({inner}) WHERE value IS NOT NULL"
        ),
    )?;
    let all_n = counts.num(0, "all_n").unwrap_or(0.0);
    if all_n == 0.0 {
        no_rows(r, b);
        return Ok(());
    }
    let n = counts.num(0, "n").unwrap_or(0.0);
    let rows = r.sql(
        "The groups that meet it",
        format!("SELECT * FROM ({inner}) WHERE value IS NOT NULL AND {cond} ORDER BY value DESC, 1 LIMIT 40"),
    )?;
    // "have more than 5 airports" for a count of rows; "have total revenue above 1,000" otherwise.
    // ("have all of their rows with status closed": a share of each group's rows, at 100%, is every one.)
    let (what, words) = if m.agg == Agg::Count && m.col.is_none() && !m.part.is_empty() {
        let every = matches!(op, FilterOp::Ge) && a >= 100.0;
        let part = figure(b, m);
        if every {
            let rest = part.strip_prefix("share of ").unwrap_or(&part);
            ("every".to_string(), rest.to_string())
        } else {
            (part, condition_words(op, a, hi))
        }
    } else if m.agg == Agg::Count && m.col.is_none() {
        let n = |x: f64| thousands(x, if x.fract() == 0.0 { 0 } else { 2 });
        let cmp = match op {
            FilterOp::Gt => format!("more than {}", n(a)),
            FilterOp::Ge => format!("at least {}", n(a)),
            FilterOp::Lt => format!("fewer than {}", n(a)),
            FilterOp::Le => format!("at most {}", n(a)),
            _ => format!("between {} and {}", n(a), n(hi.unwrap_or(a))),
        };
        (cmp, plural(&super::words::row_noun(b)))
    } else {
        (figure(b, m), condition_words(op, a, hi))
    };
    let groups = plural(&name);
    let label = |k: usize| key_label(key, &rows.text(k, &name));
    let listed: Vec<String> =
        (0..rows.rows.len().min(10)).map(|k| format!("{} ({})", label(k), fig(m, rows.num(k, "value")))).collect();
    let more = n as usize - listed.len().min(n as usize);
    r.out.headline = if n == 0.0 {
        format!(
            "No {groups} have {what} {words}{}: the figures run from {} to {} across {} {groups}.",
            scope(b),
            fig(m, counts.num(0, "bottom")),
            fig(m, counts.num(0, "top")),
            count(Some(all_n))
        )
    } else {
        format!(
            "{} of {} {groups} have {what} {words}{}: {}{}.",
            count(Some(n)),
            count(Some(all_n)),
            scope(b),
            listed.join(", "),
            if more > 0 { format!(", and {} more", count(Some(more as f64))) } else { String::new() }
        )
    };
    r.out.table.push(vec!["Rank".into(), capitalise(&name), capitalise(&what)]);
    for k in 0..rows.rows.len().min(30) {
        r.out.table.push(vec![format!("{}", k + 1), label(k), fig(m, rows.num(k, "value"))]);
    }
    if n as usize > 30 {
        r.out.notes.push(format!("{} {groups} meet the condition; the table shows the 30 largest.", count(Some(n))));
    }
    r.out.interpretation.push(format!(
        "That is {} of the {} {groups}{} (groups with no {name} are left out).",
        pct(Some(100.0 * n / all_n)),
        count(Some(all_n)),
        scope(b)
    ));
    if (2..=40).contains(&rows.rows.len()) {
        let mw = chart_name(b, m);
        let data: Vec<serde_json::Value> =
            (0..rows.rows.len()).map(|k| json!([label(k), rows.num(k, "value")])).collect();
        let title = format!("{} with {what} {words}{}", capitalise(&groups), scope(b));
        chart(
            r,
            b,
            json!({"type": "bar", "data": {"columns": [name, mw], "rows": data}, "x": name, "y": mw, "x_label": capitalise(&name), "y_label": capitalise(&what)}),
            &title,
        )?;
    }
    Ok(())
}

/// A period key as a chart's x value (an ISO month or day, so the axis reads as time).
fn chart_x(g: Grain, key: &str) -> String {
    match g {
        Grain::Quarter => {
            let y = key.get(0..4).unwrap_or("");
            let qn: u32 = key.get(6..7).and_then(|s| s.parse().ok()).unwrap_or(1);
            format!("{y}-{:02}", (qn - 1) * 3 + 1)
        }
        Grain::Year => format!("{}-01", key.get(0..4).unwrap_or(key)),
        _ => key.to_string(),
    }
}

/// "had the highest revenue"; when the figure is itself an extreme ("highest attended"), "comes first by
/// highest attended" rather than "had the highest highest attended".
fn had_the(word: &str, what: &str) -> String {
    if what.split(' ').next().is_some_and(|w| w == "highest" || w == "lowest") {
        format!("comes first by {what}")
    } else {
        format!("had the {word} {what}")
    }
}
pub fn rank(r: &mut Runner, b: &Bound, desc: bool, n: Option<u32>) -> R {
    let s = Sql::new(b);
    let m = first(b);
    let key = &b.groups[0];
    let name = key_name(key);
    let order = if desc { "DESC" } else { "ASC" };
    // Ties in the order of the keys, as the rows are listed.
    let by = format!("value {order}, {}", q(&name));
    let gap = if desc {
        format!("value - LEAD(value) OVER (ORDER BY {by})")
    } else {
        format!("LEAD(value) OVER (ORDER BY {by}) - value")
    };
    let add = additive(m);
    // Shares are of the whole (rows with no key included); the ranking is of the groups that have a key.
    let share = if add {
        format!(
            ", 100.0 * value / grand AS share_pct, SUM(value) OVER (ORDER BY {by} ROWS UNBOUNDED PRECEDING) AS running, \
             100.0 * SUM(value) OVER (ORDER BY {by} ROWS UNBOUNDED PRECEDING) / grand AS running_pct"
        )
    } else {
        String::new()
    };
    let rows = r.sql(
        "The ranking",
        format!(
            "SELECT {k}, value, {gap} AS gap_to_next{share}, COUNT(*) OVER () AS groups_n FROM \
             (SELECT *, SUM(value) OVER () AS grand FROM ({}) WHERE value IS NOT NULL) WHERE {k} IS NOT NULL \
             ORDER BY value {order}, 1",
            s.per_group(key, &name, m),
            k = q(&name),
        ),
    )?;
    if rows.rows.is_empty() {
        no_rows(r, b);
        return Ok(());
    }
    // More groups than the rows kept: the last one shown is not the last of all.
    let groups_n = rows.num(0, "groups_n").map(|x| x as usize).unwrap_or(rows.rows.len());
    let what = figure(b, m);
    let word = if desc { "highest" } else { "lowest" };
    let label = |k: usize| key_label(key, &rows.text(k, &name));
    let shown = n.map(|k| k as usize).unwrap_or(rows.rows.len()).min(rows.rows.len());
    let tied: Vec<String> =
        (0..rows.rows.len()).take_while(|&k| rows.num(k, "value") == rows.num(0, "value")).map(label).collect();
    let grid = m.col.is_none()
        && m.agg == Agg::Count
        // (Groups tied at the top with a row on every date in scope: a grid of readings, though a group
        // that began later, a show launched mid-period, has fewer.)
        && tied.len() > 1
        && !matches!(key, Key::Time(_))
        && b.time.is_some()
        && {
            // ... and as many as there are dates: one row per group per date.
            let times = r.sql(
                "Dates in scope",
                format!("SELECT COUNT(DISTINCT {}) AS n {}{}", s.time_expr(), s.from(&[], &[]), s.where_(&[])),
            )?;
            times.num(0, "n") == rows.num(0, "value")
        };
    if grid {
        // Every group has one row per date ("the busiest counter" on one row per counter per hour): the rows
        // are a regular grid of readings, so their number ranks nothing.
        return Err(Step::Decline(format!(
            "which figure ranks them: the {} at the top have one row on each of the {} dates, so the rows are a \
             regular series of readings and their count says nothing; name the column to rank by",
            plural(&singular(&name)),
            count(rows.num(0, "value"))
        )));
    }
    let first_label = label(0);
    r.out.headline = match n {
        Some(k) if k > 1 => {
            let list: Vec<String> =
                (0..shown).map(|j| format!("{} ({})", label(j), fig(m, rows.num(j, "value")))).collect();
            format!(
                "The {} {} {} by {what}{}: {}.",
                if desc { "top" } else { "bottom" },
                shown,
                plural(&name),
                scope(b),
                list.join(", ")
            )
        }
        _ if tied.len() > 1 => {
            let names = match tied.split_last() {
                Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
                None => String::new(),
            };
            format!(
                "{names} tie {}{}: {} each.",
                had_the(word, &what).replacen("had the", "for the", 1).replacen("comes first", "for first", 1),
                scope(b),
                fig(m, rows.num(0, "value"))
            )
        }
        _ if rows.rows.len() > 1 => format!(
            "{first_label} {}{}: {}, {} {} ({}) by {}.",
            had_the(word, &what),
            scope(b),
            fig(m, rows.num(0, "value")),
            if desc { "ahead of" } else { "below" },
            label(1),
            fig(m, rows.num(1, "value")),
            gap_of(m, rows.num(0, "value"), rows.num(1, "value"), rows.num(0, "gap_to_next"))
        ),
        _ => format!(
            "{first_label} {}{}: {} (the only {} with data).",
            had_the(word, &what),
            scope(b),
            fig(m, rows.num(0, "value")),
            name
        ),
    };
    let mut header = vec!["Rank".to_string(), capitalise(&name), capitalise(&what), "Gap to next".into()];
    if add {
        header.push("Share of all".into());
    }
    r.out.table.push(header);
    for k in 0..shown.min(25) {
        let mut row = vec![
            format!("{}", k + 1),
            label(k),
            fig(m, rows.num(k, "value")),
            rows.num(k, "gap_to_next")
                .map(|g| gap_of(m, rows.num(k, "value"), rows.num(k + 1, "value"), Some(g)))
                .unwrap_or_else(|| "—".into()),
        ];
        if add {
            row.push(pct(rows.num(k, "share_pct")));
        }
        r.out.table.push(row);
    }
    if add {
        let who = if tied.len() > 1 { "Each of them".to_string() } else { format!("{first_label} alone") };
        r.out.interpretation.push(format!(
            "{who} accounts for {} of the {what}{}.",
            pct(rows.num(0, "share_pct")),
            scope(b)
        ));
        if let Some(k) = n.filter(|k| *k > 1) {
            let last = (k as usize).min(rows.rows.len()) - 1;
            r.out.interpretation.push(format!(
                "Together the {} {} account for {} ({} of the {what}{}).",
                if desc { "top" } else { "bottom" },
                last + 1,
                fig(m, rows.num(last, "running")),
                pct(rows.num(last, "running_pct")),
                scope(b)
            ));
        }
    }
    if n.is_none() && rows.rows.len() > 2 && !rows.truncated && groups_n == rows.rows.len() {
        let last = rows.rows.len() - 1;
        r.out.interpretation.push(format!(
            "{} {} in all; the {} is {} ({}).",
            count(Some(groups_n as f64)),
            plural(&name),
            if desc { "lowest" } else { "highest" },
            label(last),
            fig(m, rows.num(last, "value"))
        ));
    } else if n.is_none() && groups_n > rows.rows.len() {
        r.out.interpretation.push(format!("{} {} in all.", count(Some(groups_n as f64)), plural(&name)));
    }
    let mw = chart_name(b, m);
    let title = match n {
        Some(k) => format!("{} {k} {} by {what}{}", if desc { "Top" } else { "Bottom" }, plural(&name), scope(b)),
        None => format!("{} by {what}{}", capitalise(&plural(&name)), scope(b)),
    };
    if let Key::Time(g) = key {
        if g.is_calendar() && rows.rows.len() > 12 && n.is_none() {
            let mut pts: Vec<(String, Option<f64>)> =
                (0..rows.rows.len()).map(|k| (chart_x(*g, &rows.text(k, &name)), rows.num(k, "value"))).collect();
            pts.sort_by(|a, b| a.0.cmp(&b.0));
            let data: Vec<serde_json::Value> = pts.into_iter().map(|(x, v)| json!([x, v])).collect();
            return chart(
                r,
                b,
                json!({"type": "line", "data": {"columns": ["period", mw], "rows": data}, "x": "period", "y": mw, "x_label": capitalise(&name), "y_label": capitalise(&what)}),
                &title,
            );
        }
    }
    let data: Vec<serde_json::Value> = (0..rows.rows.len().min(n.map(|k| k as usize).unwrap_or(20).min(40)))
        .map(|k| json!([label(k), rows.num(k, "value")]))
        .collect();
    chart(
        r,
        b,
        json!({"type": "bar", "data": {"columns": [name, mw], "rows": data}, "x": name, "y": mw, "x_label": capitalise(&name), "y_label": capitalise(&what)}),
        &title,
    )
}

/// A difference between two figures of a measure (a ratio's gap is a plain number).
/// The gap between two figures `a` and `b`: between two ratios both shown as percentages (each between 0
/// and 1), in percentage points.
fn gap_of(m: &BMeasure, a: Option<f64>, b: Option<f64>, gap: Option<f64>) -> String {
    let unit = |x: Option<f64>| x.is_some_and(|x| (0.0..=1.0).contains(&x));
    match gap {
        Some(_) if super::words::money_ratio(m) => super::words::fig(m, gap),
        Some(g) if m.agg == Agg::Ratio && m.per_many.is_none() && unit(a) && unit(b) => {
            let x = 100.0 * g;
            format!("{} percentage points", thousands(x, super::words::enough(x, 2)))
        }
        _ => gap_value(m, gap),
    }
}

fn gap_value(m: &BMeasure, v: Option<f64>) -> String {
    use super::words::enough;
    // Between two percentages the gap is in percentage points.
    let points = |x: f64| format!("{} percentage points", thousands(x, enough(x, 2)));
    match v {
        Some(x) if m.agg == Agg::Ratio && m.per_many.is_some() => thousands(x, enough(x, 2)),
        Some(x) if m.agg == Agg::Ratio => thousands(x, enough(x, 4)),
        Some(x) if !m.part.is_empty() => points(x),
        Some(x) if super::words::is_fraction(m) => points(100.0 * x),
        _ => super::words::value(m, v),
    }
}

/// When the data in scope covers only part of `p`, a sentence that says which part, then `why`.
fn coverage_note(b: &Bound, p: &BPeriod, why: &str) -> Option<String> {
    let t = b.time.as_ref().filter(|t| !t.year_number)?;
    let (mut d0, mut d1) = (day_of_iso(t.min.get(0..10)?)?, day_of_iso(t.max.get(0..10)?)?);
    // Yearly or monthly data written as the first day: the last date covers its whole year or month.
    match t.stands_for.as_deref() {
        Some("year") => d1 = day_of_iso(&format!("{}-12-31", t.max.get(0..4)?))?,
        Some("month") => {
            let (y, m, _) = ymd_of_iso(&t.max)?;
            d1 = crate::calendar::days_from_civil(y, m, crate::calendar::days_in_month(y, m));
        }
        _ => {}
    }
    if let Some(scope) = &b.period {
        d0 = d0.max(day_of_iso(&scope.start)?);
        d1 = d1.min(day_of_iso(&scope.end)? - 1);
    }
    let (start, end) = (day_of_iso(&p.start)?, day_of_iso(&p.end)? - 1);
    if d1 < start || d0 > end || (d0 <= start && d1 >= end) {
        return None;
    }
    // A day or two missing at an edge (a closed holiday on 1 January) leaves a half year covered; only
    // more than a thirtieth of the period missing is worth a note.
    let missing = (d0 - start).max(0) + (end - d1).max(0);
    if missing * 30 <= end - start + 1 {
        return None;
    }
    Some(format!(
        "{} is only partly in the data (from {} to {}), {why}.",
        capitalise(&p.label),
        iso_of_day(start.max(d0)),
        iso_of_day(end.min(d1))
    ))
}

/// The figure under condition `a` (earlier period, or first value) against `z`; per group when grouped,
/// groups ranked by their change (percent or amount) when a direction is asked. `periods` says whether
/// the conditions are periods (then partly covered periods are noted).
pub fn compare(
    r: &mut Runner,
    b: &Bound,
    (ca, la): (&str, &str),
    (cz, lz): (&str, &str),
    direction: Option<Direction>,
    by: ChangeBy,
    periods: bool,
) -> R {
    let s = Sql::new(b);
    let m = first(b);
    let both = format!("(({ca}) OR ({cz}))");
    let what = figure(b, m);
    let key = b.groups.first();
    let mut notes: Vec<String> = Vec::new();
    if periods {
        if let BOp::Compare { from, to, .. } = &b.op {
            notes = [from, to]
                .iter()
                .filter_map(|p| coverage_note(b, p, "so the comparison is not like for like"))
                .collect();
        }
    }
    let total = r.sql(
        if periods { "The two periods" } else { "The two values" },
        format!(
            "SELECT a, b, b - a AS change, 100.0 * (b - a) / a AS change_pct FROM ({})",
            s.grouped(&[], &[AggSpec::when(m, ca, "a"), AggSpec::when(m, cz, "b")], std::slice::from_ref(&both))
        ),
    )?;
    let inw = if periods { "in " } else { "for " };
    let change_words = |va: Option<f64>, vb: Option<f64>, ch: Option<f64>, chp: Option<f64>| {
        // "down 35 (-8.01%)": the change as a size and a direction, so "how many fewer" reads off it.
        let moved = match ch {
            Some(c) if c > 0.0 => format!("up {}", gap_value(m, Some(c))),
            Some(c) if c < 0.0 => format!("down {}", gap_value(m, Some(-c))),
            Some(_) => "no change".to_string(),
            None => "change n/a".to_string(),
        };
        // ("by what percentage did it fall": a fall asked of one figure is said as its size.)
        let rate = match (chp, direction, key) {
            (Some(p), Some(Direction::Down), None) if p < 0.0 => format!("{} lower", pct(Some(-p))),
            _ => pct_signed(chp),
        };
        format!("from {} {inw}{la} to {} {inw}{lz}, {moved} ({rate})", fig(m, va), fig(m, vb))
    };
    let overall =
        change_words(total.num(0, "a"), total.num(0, "b"), total.num(0, "change"), total.num(0, "change_pct"));
    // (The values kept are said too, "for category Greenkeeping": a change with its scope left out reads as the
    // whole table's.)
    let scope_words = scope(b);
    r.out.headline = format!("{}{} went {overall}.", capitalise(&what), scope_words);
    r.out.table = vec![
        vec![if periods { "Period" } else { "Value" }.into(), capitalise(&what)],
        vec![la.to_string(), fig(m, total.num(0, "a"))],
        vec![lz.to_string(), fig(m, total.num(0, "b"))],
        vec!["Change".into(), gap_value(m, total.num(0, "change"))],
        vec!["Growth rate".into(), pct_signed(total.num(0, "change_pct"))],
    ];
    let mw = chart_name(b, m);
    if let Some(key) = key {
        let name = key_name(key);
        let metric = if by == ChangeBy::Amount { "change" } else { "change_pct" };
        let order = match direction {
            Some(Direction::Down) => format!("{metric} ASC"),
            Some(Direction::Either) => format!("ABS({metric}) DESC"),
            _ => format!("{metric} DESC"),
        };
        let per = r.sql(
            "Per group",
            format!(
                "SELECT k AS {}, a, b, b - a AS change, 100.0 * (b - a) / a AS change_pct FROM ({}) WHERE k IS NOT NULL ORDER BY ({metric} IS NULL), {order}, 1",
                q(&name),
                s.grouped(
                    &[KeySpec { key: KeyRef::Key(key), alias: "k".into() }],
                    &[AggSpec::when(m, ca, "a"), AggSpec::when(m, cz, "b")],
                    std::slice::from_ref(&both)
                )
            ),
        )?;
        let label = |k: usize| key_label(key, &per.text(k, &name));
        r.out.table.push(vec![capitalise(&name), la.to_string(), lz.to_string(), "Change".into(), "Growth".into()]);
        for k in 0..per.rows.len().min(25) {
            r.out.table.push(vec![
                label(k),
                fig(m, per.num(k, "a")),
                fig(m, per.num(k, "b")),
                gap_value(m, per.num(k, "change")),
                pct_signed(per.num(k, "change_pct")),
            ]);
        }
        if let (Some(dir), false) = (direction, per.rows.is_empty()) {
            // The question asked which group changed most: that comes first.
            let lead_v = per.num(0, metric);
            let verb = match (dir, lead_v.is_some_and(|x| x < 0.0), by) {
                (Direction::Up, false, ChangeBy::Percent) => "grew fastest",
                (Direction::Up, false, ChangeBy::Amount) => "grew the most",
                (Direction::Up, true, _) => "fell least (no group grew)",
                (Direction::Down, true, _) => "fell most",
                (Direction::Down, false, ChangeBy::Percent) => "grew slowest (no group fell)",
                (Direction::Down, false, ChangeBy::Amount) => "grew the least (no group fell)",
                (Direction::Either, _, _) => "changed most",
            };
            let how = if by == ChangeBy::Amount { " in amount" } else { " in percent" };
            let fell = matches!(dir, Direction::Down) && lead_v.is_some_and(|x| x < 0.0);
            r.out.headline = if fell {
                // Asked which fell most: the fall as its size ("down 28.88%"), as people say it.
                let size = if by == ChangeBy::Amount {
                    gap_value(m, per.num(0, "change").map(|c| -c))
                } else {
                    pct(per.num(0, "change_pct").map(|c| -c))
                };
                let other = if by == ChangeBy::Amount {
                    pct(per.num(0, "change_pct").map(|c| -c))
                } else {
                    gap_value(m, per.num(0, "change").map(|c| -c))
                };
                format!(
                    "{} {verb}{how}{}: {} fell by {size} ({other}), from {} {inw}{la} to {} {inw}{lz}.",
                    label(0),
                    scope_words,
                    what,
                    fig(m, per.num(0, "a")),
                    fig(m, per.num(0, "b")),
                )
            } else {
                format!(
                    "{} {verb}{how}{}: {} went {}.",
                    label(0),
                    scope_words,
                    what,
                    change_words(per.num(0, "a"), per.num(0, "b"), per.num(0, "change"), per.num(0, "change_pct"))
                )
            };
            if per.rows.len() > 1 {
                let next = if by == ChangeBy::Amount {
                    gap_value(m, per.num(1, "change"))
                } else {
                    pct_signed(per.num(1, "change_pct"))
                };
                r.out.interpretation.push(format!("Next: {} ({next}).", label(1)));
            }
            r.out.interpretation.push(format!("Overall, {what} went {overall}."));
        } else if !per.rows.is_empty() {
            let last = per.rows.len() - 1;
            // The largest change either way, then the range.
            let abs = |k: usize| per.num(k, "change_pct").map(f64::abs).unwrap_or(0.0);
            let most = if abs(last) > abs(0) { last } else { 0 };
            r.out.interpretation.push(format!(
                "{} changed most ({}).",
                label(most),
                pct_signed(per.num(most, "change_pct"))
            ));
            r.out.interpretation.push(format!(
                "Largest rise: {} ({}); largest fall or smallest rise: {} ({}).",
                label(0),
                pct_signed(per.num(0, "change_pct")),
                label(last),
                pct_signed(per.num(last, "change_pct"))
            ));
        }
        let data: Vec<serde_json::Value> = (0..per.rows.len().min(20))
            .flat_map(|k| [json!([label(k), la, per.num(k, "a")]), json!([label(k), lz, per.num(k, "b")])])
            .collect();
        let title = format!("{} by {name}: {la} vs {lz}", capitalise(&what));
        chart(
            r,
            b,
            json!({"type": "grouped_bar", "data": {"columns": [name, "period", mw], "rows": data}, "x": name, "y": mw, "group": "period", "y_label": capitalise(&what)}),
            &title,
        )?;
    } else if let (Some(va), Some(vb)) = (total.num(0, "a"), total.num(0, "b")) {
        let title = format!("{}: {la} vs {lz}{}", capitalise(&what), scope(b));
        chart(
            r,
            b,
            json!({"type": "bar", "data": {"columns": ["period", mw], "rows": [[la, va], [lz, vb]]}, "x": "period", "y": mw, "x_label": if periods { "Period" } else { "Value" }, "y_label": capitalise(&what)}),
            &title,
        )?;
    }
    for n in notes.into_iter().rev() {
        r.out.interpretation.insert(0, n);
    }
    Ok(())
}

pub fn share(r: &mut Runner, b: &Bound, part: &[BFilter]) -> R {
    let s = Sql::new(b);
    let m = first(b);
    if part.is_empty() && b.groups.is_empty() && b.measures.len() >= 2 {
        return part_of_whole(r, b);
    }
    if part.is_empty() {
        return breakdown(r, b, true);
    }
    let cond: Vec<String> = part.iter().map(|f| s.filter_cond(f)).collect();
    let cond = cond.join(" AND ");
    let mut what = figure(b, m);
    let needs_join: Vec<&ColRef> = part.iter().map(|f| f.col()).filter(|c| c.via.is_some()).collect();
    // A value of a yes/no column with blanks is a share of the rows where it says yes or no.
    let known = s.known(part);
    if !known.is_empty() {
        let cols: Vec<String> = part
            .iter()
            .filter(|f| f.col().col.yes_no && f.col().col.nulls > 0 && !f.col().col.blank_is_no)
            .map(|f| col_words(f.col()))
            .collect();
        what = format!("{what} with {} given", cols.join(" and "));
    }
    let sql = if needs_join.is_empty() {
        let total =
            if known.is_empty() { AggSpec::new(m, "total") } else { AggSpec::when(m, &known.join(" AND "), "total") };
        format!(
            "SELECT part, total, 100.0 * part / total AS share_pct FROM ({})",
            s.grouped(&[], &[AggSpec::when(m, &cond, "part"), total], &[])
        )
    } else {
        // Through a lookup table: group by the part's columns first, then add up the matching groups.
        let keys: Vec<Key> = part.iter().map(|f| Key::Col(f.col().clone())).collect();
        let specs: Vec<KeySpec> =
            keys.iter().enumerate().map(|(n, k)| KeySpec { key: KeyRef::Key(k), alias: format!("k{n}") }).collect();
        let matched: Vec<String> = part
            .iter()
            .enumerate()
            .map(|(n, f)| {
                let mut f2 = f.clone();
                // The grouped key is already folded: compare with the shown spellings.
                if let BFilter::Values { spellings, asked, .. } = &mut f2 {
                    spellings.clone_from(asked);
                }
                let c = s.filter_cond(&f2);
                let e = s.col(f.col());
                c.replace(&e, &format!("k{n}"))
            })
            .collect();
        format!(
            "SELECT part, total, 100.0 * part / total AS share_pct FROM (SELECT SUM(CASE WHEN {} THEN value END) AS part, SUM(value) AS total FROM ({}))",
            matched.join(" AND "),
            s.grouped(&specs, &[AggSpec::new(m, "value")], &[])
        )
    };
    let rows = r.sql("The part and the whole", sql)?;
    if let (Some(c), true, None, Some(_)) = (&m.col, m.sign.one_side(), rows.num(0, "part"), rows.num(0, "total")) {
        // "the share of gross pay that goes on tax": the part is on the other side of the signed amount.
        let side = if m.sign == Sign::Outflow { "below zero" } else { "above zero" };
        return Err(Step::Decline(format!(
            "how the part compares with the whole: the whole counts the values of {} {side}, and the part has none \
             (its values are on the other side)",
            c.col.name
        )));
    }
    // A whole with no value (no rows in scope, or none on the side asked): no share to state.
    if rows.num(0, "total").is_none_or(|t| t == 0.0) {
        return Err(Step::Decline(format!(
            "what the share is of: {what}{} has no value (no rows in scope, or none on the side asked)",
            scope(b)
        )));
    }
    let part_words: Vec<String> = part
        .iter()
        .map(|f| match f {
            BFilter::Values { col, keep, asked, .. } => {
                format!("{}{} {}", if *keep { "" } else { "not " }, col_words(col), asked.join(" or "))
            }
            other => {
                let mut one = b.clone();
                one.filters = vec![other.clone()];
                one.period = None;
                scope(&one).trim().trim_start_matches("where ").to_string()
            }
        })
        .collect();
    r.out.headline = format!(
        "{} of {what}{} came from {}: {} of {}.",
        pct(rows.num(0, "share_pct")),
        scope(b),
        part_words.join(" and "),
        fig(m, rows.num(0, "part")),
        fig(m, rows.num(0, "total"))
    );
    if !additive(m) {
        r.out.headline = format!(
            "{} of {what}{} is for {}: {} of {}.",
            pct(rows.num(0, "share_pct")),
            scope(b),
            part_words.join(" and "),
            fig(m, rows.num(0, "part")),
            fig(m, rows.num(0, "total"))
        );
    }
    r.out.table = vec![
        vec!["Figure".into(), "Value".into()],
        vec![format!("{} for {}", capitalise(&what), part_words.join(" and ")), fig(m, rows.num(0, "part"))],
        vec![format!("{} overall", capitalise(&what)), fig(m, rows.num(0, "total"))],
        vec!["Share".into(), pct(rows.num(0, "share_pct"))],
    ];
    if let (true, Some(p), Some(t)) = (additive(m), rows.num(0, "part"), rows.num(0, "total")) {
        if t != 0.0 {
            r.out.interpretation.push(format!(
                "The rest, {} ({}), came from everything else{}.",
                fig(m, Some(t - p)),
                pct(Some(100.0 * (t - p) / t)),
                scope(b)
            ));
        }
    }
    // The whole split by the part's first column, as context and chart.
    if let Some(BFilter::Values { col, .. }) = part.first() {
        let k = Key::Col(col.clone());
        let name = key_name(&k);
        let title = format!("Share of {what} by {name}{}", scope(b));
        let chart_sql = format!(
            "SELECT {}, 100.0 * value / SUM(value) OVER () AS share_pct FROM ({}) ORDER BY 2 DESC, 1 LIMIT 40",
            q(&name),
            s.grouped(&[KeySpec { key: KeyRef::Key(&k), alias: name.clone() }], &[AggSpec::new(m, "value")], &[])
        );
        {
            chart(
                r,
                b,
                json!({"type": "bar", "sql": chart_sql, "x": name, "y": "share_pct", "x_label": capitalise(&name), "y_label": "Share of total (%)"}),
                &title,
            )?;
        }
    }
    Ok(())
}

/// One measure as a share of another over the same rows ("manufacturing as a share of all jobs"); the
/// part is the smaller of the two totals, whichever order the question named them in.
fn part_of_whole(r: &mut Runner, b: &Bound) -> R {
    let s = Sql::new(b);
    let (ma, mb) = (&b.measures[0], &b.measures[1]);
    // Two columns of the same rows (food in, food wasted): like for like, the rows that have both.
    let own_rows = !ma.only.is_empty() && !mb.only.is_empty();
    let both: Vec<String> = match (s.value(ma), s.value(mb)) {
        (Some(x), Some(y)) if !own_rows && x != y => vec![format!("{x} IS NOT NULL AND {y} IS NOT NULL")],
        _ => Vec::new(),
    };
    let rows = r.sql(
        "The part and the whole",
        format!(
            "SELECT a, b, 100.0 * a / b AS a_of_b, 100.0 * b / a AS b_of_a FROM ({})",
            s.grouped(&[], &[AggSpec::new(ma, "a"), AggSpec::new(mb, "b")], &both)
        ),
    )?;
    // ("Etsy fees as a percentage of Etsy sales": each over its own rows, the first is the part as said, and
    // the sizes are compared, fees being money out on a signed ledger. Otherwise the smaller is the part.)
    let scoped = scope(b);
    let (pm, wm, pv, wv, share, said, note) = if own_rows {
        let (a, z) = (rows.num(0, "a").map(f64::abs), rows.num(0, "b").map(f64::abs));
        let share = match (a, z) {
            (Some(a), Some(z)) if z != 0.0 => Some(100.0 * a / z),
            _ => None,
        };
        let note =
            format!("Each total is over its own rows{scoped}; the first as a percentage of the second, both as sizes.");
        (ma, mb, a, z, share, "As a percentage", note)
    } else {
        let note = format!(
            "Both totals are over the same rows{scoped} (those with both figures); the smaller is taken as the part."
        );
        if rows.num(0, "a") > rows.num(0, "b") {
            (mb, ma, rows.num(0, "b"), rows.num(0, "a"), rows.num(0, "b_of_a"), "Share", note)
        } else {
            (ma, mb, rows.num(0, "a"), rows.num(0, "b"), rows.num(0, "a_of_b"), "Share", note)
        }
    };
    r.out.headline = format!(
        "{} is {} of {}{scoped}: {} of {}.",
        capitalise(&figure(b, pm)),
        pct(share),
        figure(b, wm),
        fig(pm, pv),
        fig(wm, wv)
    );
    r.out.table = vec![
        vec!["Figure".into(), "Value".into()],
        vec![capitalise(&figure(b, pm)), fig(pm, pv)],
        vec![capitalise(&figure(b, wm)), fig(wm, wv)],
        vec![said.into(), pct(share)],
    ];
    r.out.interpretation.push(note);
    Ok(())
}

/// The grain a trend uses: the plan's time group, else one that fits the data's span.
fn trend_grain(b: &Bound) -> Grain {
    if let Some(g) = b.groups.iter().find_map(|k| match k {
        Key::Time(g) => Some(*g),
        _ => None,
    }) {
        return g;
    }
    let Some(t) = &b.time else { return Grain::Month };
    if t.year_number {
        return Grain::Year;
    }
    let (mut a, mut z) = (t.min.clone(), t.max.clone());
    if let Some(p) = &b.period {
        a = a.max(p.start.clone());
        z = z.min(p.end.clone());
    }
    let y0: i32 = a.get(0..4).and_then(|s| s.parse().ok()).unwrap_or(0);
    let y1: i32 = z.get(0..4).and_then(|s| s.parse().ok()).unwrap_or(0);
    let days = day_of_iso(z.get(0..10).unwrap_or(""))
        .zip(day_of_iso(a.get(0..10).unwrap_or("")))
        .map(|(x, y)| x - y)
        .unwrap_or(0);
    if days <= 62 {
        Grain::Day
    } else if y1 - y0 >= 6 {
        Grain::Year
    } else {
        Grain::Month
    }
}

pub fn trend(r: &mut Runner, b: &Bound) -> R {
    let s = Sql::new(b);
    let m = first(b);
    let g = trend_grain(b);
    let what = figure(b, m);
    let split = b.groups.iter().find(|k| matches!(k, Key::Col(_)));
    let mw = chart_name(b, m);
    let Some(split) = split else {
        let rows = r.sql(
            "The series",
            format!(
                "SELECT p AS period, value, 100.0 * (value - FIRST_VALUE(value) OVER (ORDER BY p)) / FIRST_VALUE(value) OVER (ORDER BY p) AS change_from_first_pct FROM ({}) WHERE p IS NOT NULL ORDER BY 1",
                s.per_period(g, m)
            ),
        )?;
        if rows.rows.is_empty() {
            no_rows(r, b);
            return Ok(());
        }
        let last = rows.rows.len() - 1;
        let (mut hi, mut lo) = (0, 0);
        for k in 0..rows.rows.len() {
            if rows.num(k, "value") > rows.num(hi, "value") {
                hi = k;
            }
            if rows.num(k, "value") < rows.num(lo, "value") {
                lo = k;
            }
        }
        let lbl = |k: usize| period_label(g, &rows.text(k, "period"));
        let direction = match (rows.num(0, "value"), rows.num(last, "value")) {
            (Some(x), Some(y)) if y > x => "up",
            (Some(x), Some(y)) if y < x => "down",
            _ => "flat",
        };
        r.out.headline = format!(
            "{} per {}{} went {direction}: from {} in {} to {} in {} ({}).",
            capitalise(&what),
            g.word(),
            scope(b),
            fig(m, rows.num(0, "value")),
            lbl(0),
            fig(m, rows.num(last, "value")),
            lbl(last),
            pct_signed(rows.num(last, "change_from_first_pct"))
        );
        if additive(m) {
            for k in [0, last] {
                if let Some(p) = key_period(g, &rows.text(k, "period")) {
                    if let Some(n) = coverage_note(b, &p, "so its total is not comparable with the others") {
                        r.out.interpretation.push(n);
                    }
                }
            }
        }
        r.out.interpretation.push(format!(
            "Peak: {} in {}. Low: {} in {}. {} {}s in all.",
            fig(m, rows.num(hi, "value")),
            lbl(hi),
            fig(m, rows.num(lo, "value")),
            lbl(lo),
            rows.rows.len(),
            g.word()
        ));
        r.out.table.push(vec![capitalise(g.word()), capitalise(&what)]);
        let from = rows.rows.len().saturating_sub(24);
        if from > 0 {
            r.out.notes.push(format!(
                "The table shows the last 24 of {} {}s; the chart shows all.",
                rows.rows.len(),
                g.word()
            ));
        }
        for k in from..rows.rows.len() {
            r.out.table.push(vec![lbl(k), fig(m, rows.num(k, "value"))]);
        }
        let data: Vec<serde_json::Value> = (0..rows.rows.len())
            .map(|k| {
                json!([
                    if g.is_calendar() { chart_x(g, &rows.text(k, "period")) } else { lbl(k) },
                    rows.num(k, "value")
                ])
            })
            .collect();
        let title = format!("{} per {}{}", capitalise(&what), g.word(), scope(b));
        let kind = if g.is_calendar() { "line" } else { "bar" };
        return chart(
            r,
            b,
            json!({"type": kind, "data": {"columns": ["period", mw], "rows": data}, "x": "period", "y": mw, "x_label": capitalise(g.word()), "y_label": capitalise(&what)}),
            &title,
        );
    };
    let name = key_name(split);
    let rows = r.sql(
        "Each group's series",
        format!(
            "WITH g AS ({}), s AS (SELECT k, MIN(p) AS first_period, MAX(p) AS last_period, MAX(v) AS peak FROM g GROUP BY k) \
             SELECT g.k AS {}, g.p AS period, g.v AS value, s.first_period, s.last_period, s.peak, \
             (SELECT v FROM g AS x WHERE x.k IS NOT DISTINCT FROM g.k AND x.p = s.first_period) AS first_value, \
             (SELECT v FROM g AS x WHERE x.k IS NOT DISTINCT FROM g.k AND x.p = s.last_period) AS last_value \
             FROM g JOIN s ON s.k IS NOT DISTINCT FROM g.k WHERE g.p IS NOT NULL ORDER BY last_value DESC, g.k, g.p",
            s.grouped(
                &[KeySpec { key: KeyRef::Key(split), alias: "k".into() }, KeySpec { key: KeyRef::Key(&Key::Time(g)), alias: "p".into() }],
                &[AggSpec::new(m, "v")],
                &[]
            ),
            q(&name)
        ),
    )?;
    if rows.rows.is_empty() {
        no_rows(r, b);
        return Ok(());
    }
    let mut firsts: Vec<usize> = Vec::new();
    for k in 0..rows.rows.len() {
        if k == 0 || rows.get(k, &name) != rows.get(k - 1, &name) {
            firsts.push(k);
        }
    }
    let top = firsts[0];
    r.out.headline = format!(
        "{} per {} by {name}{}: {} is highest in the last {} ({} in {}).",
        capitalise(&what),
        g.word(),
        scope(b),
        key_label(split, &rows.text(top, &name)),
        g.word(),
        fig(m, rows.num(top, "last_value")),
        period_label(g, &rows.text(top, "last_period"))
    );
    r.out.table.push(vec![capitalise(&name), "First".into(), "Last".into(), "Peak".into()]);
    for &k in firsts.iter().take(25) {
        r.out.table.push(vec![
            key_label(split, &rows.text(k, &name)),
            format!("{} ({})", fig(m, rows.num(k, "first_value")), period_label(g, &rows.text(k, "first_period"))),
            format!("{} ({})", fig(m, rows.num(k, "last_value")), period_label(g, &rows.text(k, "last_period"))),
            fig(m, rows.num(k, "peak")),
        ]);
    }
    if firsts.len() > 8 {
        r.out.notes.push("The chart shows the 8 groups highest in the last period.".into());
    }
    if !rows.truncated {
        let shown: Vec<String> = firsts.iter().take(8).map(|&k| rows.text(k, &name)).collect();
        let mut data: Vec<(String, String, Option<f64>)> = (0..rows.rows.len())
            .filter(|&k| shown.contains(&rows.text(k, &name)))
            .map(|k| (chart_x(g, &rows.text(k, "period")), rows.text(k, &name), rows.num(k, "value")))
            .collect();
        data.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
        let data: Vec<serde_json::Value> = data.into_iter().map(|(x, k, v)| json!([x, k, v])).collect();
        let title = format!("{} per {} by {name}{}", capitalise(&what), g.word(), scope(b));
        return chart(
            r,
            b,
            json!({"type": "line", "data": {"columns": ["period", name, mw], "rows": data}, "x": "period", "y": mw, "group": name, "x_label": capitalise(g.word()), "y_label": capitalise(&what)}),
            &title,
        );
    }
    Ok(())
}

/// The calendar span of a period key.
fn key_period(g: Grain, key: &str) -> Option<BPeriod> {
    let unit = match g {
        Grain::Year => key.get(0..4)?.to_string(),
        Grain::Quarter => key.to_string(),
        Grain::Month => key.get(0..7)?.to_string(),
        Grain::Day => key.get(0..10)?.to_string(),
        Grain::Week => {
            let d = day_of_iso(key)?;
            return Some(BPeriod { start: iso_of_day(d), end: iso_of_day(d + 7), label: period_label(g, key) });
        }
        _ => return None,
    };
    let (a, z, label) = super::bind::unit_range(&unit)?;
    Some(BPeriod { start: iso_of_day(a), end: iso_of_day(z), label })
}

/// Calendar periods of grain `g` from the one holding `first` to the one holding `last`.
fn periods_between(g: Grain, first: &str, last: &str) -> Option<i64> {
    let (a, z) = (day_of_iso(first)?, day_of_iso(last)?);
    let ((y0, m0, _), (y1, m1, _)) = (ymd_of_iso(first)?, ymd_of_iso(last)?);
    let (m0, m1) = (i64::from(m0), i64::from(m1));
    Some(match g {
        Grain::Day => z - a + 1,
        Grain::Week => (z - (a - (a + 3).rem_euclid(7))) / 7 + 1,
        Grain::Month => (y1 - y0) * 12 + m1 - m0 + 1,
        Grain::Quarter => (y1 * 4 + (m1 - 1) / 3) - (y0 * 4 + (m0 - 1) / 3) + 1,
        Grain::Year => y1 - y0 + 1,
        _ => return None,
    })
}

/// "Average monthly revenue": the total over the calendar periods in scope divided by their number (a
/// period with no rows counts as zero).
pub fn period_average(r: &mut Runner, b: &Bound, g: Grain) -> R {
    let s = Sql::new(b);
    let m = first(b);
    let inner = BMeasure { each: None, ..m.clone() };
    let Some(t) = &b.time else { return Ok(()) };
    let (mut a, mut z) = (
        if t.year_number { format!("{}-01-01", t.min) } else { t.min.get(0..10).unwrap_or("").to_string() },
        if t.year_number { format!("{}-12-31", t.max) } else { t.max.get(0..10).unwrap_or("").to_string() },
    );
    if let Some(p) = &b.period {
        a = a.max(p.start.clone());
        if let Some(e) = day_of_iso(&p.end).map(|x| iso_of_day(x - 1)) {
            z = z.min(e);
        }
    }
    let Some(mut n) = periods_between(g, &a, &z).filter(|n| *n > 0) else { return Ok(()) };
    // Days kept only on some weekdays ("per day on weekends"): the days in scope on those weekdays.
    if g == Grain::Day {
        let weekday_ok = |d: i64| {
            // 1970-01-01 was a Thursday: weekday 1 (Monday) .. 7 (Sunday).
            let w = (d + 3).rem_euclid(7) as f64 + 1.0;
            b.filters.iter().all(|f| match f {
                BFilter::Number { op, a, b: hi, part: Some(Grain::DayOfWeek), .. } => match op {
                    FilterOp::Between => w >= *a && w <= hi.unwrap_or(*a),
                    FilterOp::Gt => w > *a,
                    FilterOp::Ge => w >= *a,
                    FilterOp::Lt => w < *a,
                    FilterOp::Le => w <= *a,
                    _ => true,
                },
                _ => true,
            })
        };
        if let (Some(d0), Some(d1)) = (day_of_iso(&a), day_of_iso(&z)) {
            if b.filters.iter().any(|f| matches!(f, BFilter::Number { part: Some(Grain::DayOfWeek), .. })) {
                n = (d0..=d1).filter(|d| weekday_ok(*d)).count() as i64;
            }
        }
    }
    if n == 0 {
        return Ok(());
    }
    // "on the days it was open": a filter on a yes/no column leaves whole periods out; those are not in
    // scope, so the average is over the periods with rows (an absent period counts as zero otherwise).
    // So does a filter on what each period's one row says of it ("status Open" on a table with one row per
    // day per area): where the other filters leave at most one row in each period, a period the filter
    // takes away is one that was not in scope, not one with nothing in it. (On rows of events, several a day,
    // a day without the kept rows is a day of none: "daily sales of one product" counts it as zero.)
    let mut flagged: Vec<String> = Vec::new();
    // ("per day we were open": asked for, the periods with no rows are not in scope.)
    if m.with_rows_only {
        flagged.push("having no rows (a day without a row is not a day of zero)".to_string());
    }
    for (i, f) in b.filters.iter().enumerate() {
        let BFilter::Values { col, .. } = f else { continue };
        if col.col.yes_no || col.col.ty == crate::tables::ColumnType::Boolean {
            flagged.push(col_words(col));
            continue;
        }
        let mut others = b.clone();
        others.filters.remove(i);
        let most = r.sql(
            "Rows per period",
            format!("SELECT MAX(value) AS most FROM ({})", Sql::new(&others).per_period(g, &BMeasure::rows())),
        )?;
        if most.num(0, "most").is_some_and(|x| x <= 1.0) {
            flagged.push(col_words(col));
        }
    }
    let rows = r.sql(
        "Per period",
        format!(
            "SELECT SUM(value) AS total, COUNT(*) AS with_rows, COUNT(value) AS with_value, 1.0 * SUM(value) / NULLIF({}, 0) AS average, MIN(value) AS lowest, MAX(value) AS highest FROM ({})",
            // (A period whose rows have no value of the figure, a tracking outage, has no figure: it is left
            // out, not counted as zero.)
            if flagged.is_empty() { format!("{n} - (COUNT(*) - COUNT(value))") } else { "COUNT(value)".into() },
            s.per_period(g, &inner)
        ),
    )?;
    let unrecorded = (rows.num(0, "with_rows").unwrap_or(0.0) - rows.num(0, "with_value").unwrap_or(0.0)) as i64;
    if unrecorded > 0 {
        let gs = |k: i64| if k == 1 { g.word().to_string() } else { format!("{}s", g.word()) };
        r.out.interpretation.push(format!(
            "{unrecorded} {} with rows but no {} recorded {} left out, not counted as zero.",
            gs(unrecorded),
            figure(b, &inner),
            if unrecorded == 1 { "is" } else { "are" }
        ));
        n -= unrecorded;
    }
    if !flagged.is_empty() {
        let with = rows.num(0, "with_value").unwrap_or(0.0) as i64;
        if with < n {
            let gs = |k: i64| if k == 1 { g.word().to_string() } else { format!("{}s", g.word()) };
            r.out.interpretation.push(format!(
                "Averaged over the {with} {} with rows: the other {} {} {} left out by {}, not counted as zero.",
                gs(with),
                n - with,
                gs(n - with),
                if n - with == 1 { "is" } else { "are" },
                flagged.join(" and ")
            ));
        }
        n = with;
    }
    let what = figure(b, m);
    let gw = g.word();
    let shown = |v: Option<f64>| {
        let mut x = inner.clone();
        x.agg = if matches!(x.agg, Agg::Count) { Agg::Sum } else { x.agg };
        match v {
            Some(v) if inner.agg == Agg::Count => thousands(v, 2),
            _ => fig(&x, v),
        }
    };
    // (Figures of each day averaged add up to nothing: no "in all".)
    let in_all = if matches!(inner.agg, Agg::Avg | Agg::Median | Agg::Min | Agg::Max) {
        String::new()
    } else {
        format!(" ({} in all)", fig(&inner, rows.num(0, "total")))
    };
    r.out.headline =
        format!("{}{} is {} over {n} {gw}s{in_all}.", capitalise(&what), scope(b), shown(rows.num(0, "average")));
    let with_rows = rows.num(0, "with_value").unwrap_or(0.0) as i64;
    if with_rows < n {
        r.out.interpretation.push(format!("{} of the {n} {gw}s have no rows and count as zero.", n - with_rows));
    }
    r.out.interpretation.push(format!(
        "Highest {gw}: {}; lowest {gw} with rows: {}.",
        fig(&inner, rows.num(0, "highest")),
        fig(&inner, rows.num(0, "lowest"))
    ));
    r.out.table = vec![
        vec!["Figure".into(), "Value".into()],
        vec![capitalise(&what), shown(rows.num(0, "average"))],
        vec![capitalise(&format!("{gw}s in scope")), count(Some(n as f64))],
        vec![capitalise(&format!("{gw}s with rows")), count(Some(with_rows as f64))],
        vec![capitalise(&figure(b, &inner)), fig(&inner, rows.num(0, "total"))],
    ];
    let title = format!("{} per {gw}{}", capitalise(&figure(b, &inner)), scope(b));
    let chart_sql = format!("SELECT p AS {}, value FROM ({}) ORDER BY 1", q(gw), s.per_period(g, &inner));
    let kind = if n > 60 { "line" } else { "bar" };
    chart(
        r,
        b,
        json!({"type": kind, "sql": chart_sql, "x": gw, "y": "value", "x_label": capitalise(gw), "y_label": capitalise(&figure(b, &inner))}),
        &title,
    )
}

/// "Average revenue per customer": each group's figure, averaged over the groups that have rows.
pub fn group_average(r: &mut Runner, b: &Bound, key: &Key) -> R {
    let s = Sql::new(b);
    let m = first(b);
    let inner = BMeasure { each: None, ..m.clone() };
    let name = key_name(key);
    let rows = r.sql(
        "Per group",
        format!(
            "SELECT AVG(value) AS average, COUNT(*) AS groups, SUM(value) AS total, MIN(value) AS lowest, MAX(value) AS highest FROM ({}) WHERE value IS NOT NULL",
            s.per_group(key, &name, &inner)
        ),
    )?;
    let what = figure(b, m);
    let groups = rows.num(0, "groups");
    let avg = |v: Option<f64>| match inner.agg {
        Agg::Count | Agg::CountDistinct => v.map(|x| thousands(x, 2)).unwrap_or_else(|| "no value".into()),
        _ => {
            let mut x = inner.clone();
            x.agg = Agg::Avg;
            fig(&x, v)
        }
    };
    r.out.headline = format!(
        "{}{} is {} over {} {} ({} in all).",
        capitalise(&what),
        scope(b),
        avg(rows.num(0, "average")),
        count(groups),
        plural(&singular(&name)),
        fig(&inner, rows.num(0, "total"))
    );
    r.out.interpretation.push(format!(
        "Highest {}: {}; lowest: {}. Only {} with rows count.",
        singular(&name),
        fig(&inner, rows.num(0, "highest")),
        fig(&inner, rows.num(0, "lowest")),
        plural(&singular(&name))
    ));
    r.out.table = vec![
        vec!["Figure".into(), "Value".into()],
        vec![capitalise(&what), avg(rows.num(0, "average"))],
        vec![capitalise(&plural(&singular(&name))), count(groups)],
        vec![capitalise(&figure(b, &inner)), fig(&inner, rows.num(0, "total"))],
    ];
    Ok(())
}

pub fn most_common(r: &mut Runner, b: &Bound, col: &ColRef, n: Option<u32>) -> R {
    let s = Sql::new(b);
    let k = Key::Col(col.clone());
    let name = col_words(col);
    let rows_m = BMeasure::rows();
    // Rows with no value are left out of the ranking (and of the share's whole).
    let inner = s.grouped(&[KeySpec { key: KeyRef::Key(&k), alias: "v".into() }], &[AggSpec::new(&rows_m, "n")], &[]);
    let rows = r.sql(
        "The most common values",
        format!("SELECT v AS {}, n, 100.0 * n / SUM(n) OVER () AS share_pct, SUM(n) OVER () AS total FROM ({inner}) WHERE v IS NOT NULL ORDER BY n DESC, 1 LIMIT {}", q(&name), n.unwrap_or(10).max(10) + 1),
    )?;
    if rows.rows.is_empty() {
        no_rows(r, b);
        return Ok(());
    }
    let rows_word = super::words::row_noun(b);
    let tied: Vec<String> = (0..rows.rows.len())
        .take_while(|&j| rows.num(j, "n") == rows.num(0, "n"))
        .map(|j| rows.text(j, &name))
        .collect();
    r.out.headline = match n {
        Some(k) if k > 1 => {
            let list: Vec<String> = (0..(k as usize).min(rows.rows.len()))
                .map(|j| format!("{} ({})", rows.text(j, &name), count(rows.num(j, "n"))))
                .collect();
            format!("The {k} most common values of {name}{}: {}.", scope(b), list.join(", "))
        }
        _ if tied.len() > 1 => format!(
            "{} tie as the most common {name}{}: {} {rows_word} each.",
            tied.join(" and "),
            scope(b),
            count(rows.num(0, "n"))
        ),
        _ => format!(
            "The most common {name}{} is {}: {} of {} {rows_word} ({}).",
            scope(b),
            rows.text(0, &name),
            count(rows.num(0, "n")),
            count(rows.num(0, "total")),
            pct(rows.num(0, "share_pct"))
        ),
    };
    if rows.rows.len() > 1 && tied.len() == 1 && n.is_none_or(|k| k <= 1) {
        r.out.interpretation.push(format!("Next: {} ({} {rows_word}).", rows.text(1, &name), count(rows.num(1, "n"))));
    }
    r.out.table.push(vec![capitalise(&name), capitalise(&rows_word), "Share".into()]);
    for j in 0..rows.rows.len().min(n.unwrap_or(10) as usize) {
        r.out.table.push(vec![rows.text(j, &name), count(rows.num(j, "n")), pct(rows.num(j, "share_pct"))]);
    }
    let data: Vec<serde_json::Value> =
        (0..rows.rows.len().min(10)).map(|j| json!([rows.text(j, &name), rows.num(j, "n")])).collect();
    let title = format!("Most common {name}{}", scope(b));
    chart(
        r,
        b,
        json!({"type": "bar", "data": {"columns": [name, rows_word], "rows": data}, "x": name, "y": rows_word, "x_label": capitalise(&name), "y_label": capitalise(&rows_word)}),
        &title,
    )
}

pub fn distribution(r: &mut Runner, b: &Bound) -> R {
    let s = Sql::new(b);
    let m = first(b);
    let Some(v) = s.value(m) else { return Ok(()) };
    let from = s.from(&[], &[m]);
    let w = s.where_(&[format!("{v} IS NOT NULL")]);
    let rows = r.sql(
        "Summary statistics",
        format!(
            "SELECT COUNT({v}) AS n, MIN({v}) AS min, AVG({v}) AS mean, \
             (SELECT {v} {from}{w} ORDER BY {v} LIMIT 1 OFFSET (SELECT (COUNT(*) - 1) // 2 {from}{w})) AS median, MAX({v}) AS max, \
             (SELECT {v} {from}{w} ORDER BY {v} LIMIT 1 OFFSET (SELECT (COUNT(*) * 99) // 100 {from}{w})) AS p99 {from}{w}"
        ),
    )?;
    let mw = measure_name(b, m);
    let mut plain = m.clone();
    plain.agg = Agg::Max;
    let f = |x: Option<f64>| fig(&plain, x);
    let mut avg = m.clone();
    avg.agg = Agg::Avg;
    r.out.headline = format!(
        "{} values of {mw}{}: median {}, mean {}, ranging from {} to {}.",
        count(rows.num(0, "n")),
        scope(b),
        fig(&avg, rows.num(0, "median")),
        fig(&avg, rows.num(0, "mean")),
        f(rows.num(0, "min")),
        f(rows.num(0, "max"))
    );
    r.out.table = vec![
        vec!["Statistic".into(), capitalise(&mw)],
        vec!["Count".into(), count(rows.num(0, "n"))],
        vec!["Minimum".into(), f(rows.num(0, "min"))],
        vec!["Median".into(), fig(&avg, rows.num(0, "median"))],
        vec!["Mean".into(), fig(&avg, rows.num(0, "mean"))],
        vec!["Maximum".into(), f(rows.num(0, "max"))],
    ];
    if let (Some(mean), Some(median)) = (rows.num(0, "mean"), rows.num(0, "median")) {
        r.out.interpretation.push(if mean > median * 1.1 {
            "The mean is well above the median: a few large values pull it up (a right-skewed distribution).".into()
        } else if mean < median * 0.9 {
            "The mean is well below the median: a few small values pull it down (a left-skewed distribution).".into()
        } else {
            "Mean and median are close: the distribution is fairly balanced.".into()
        });
    }
    let mut extra = vec![format!("{v} IS NOT NULL")];
    if rows.num(0, "p99").zip(rows.num(0, "max")).is_some_and(|(p, mx)| mx > 3.0 * p.abs().max(f64::MIN_POSITIVE)) {
        if let Some(p99) = rows.get(0, "p99").map(crate::tools::sql::value_text) {
            extra.push(format!("{v} <= {p99}"));
            r.out
                .notes
                .push(format!("The histogram shows values up to the 99th percentile ({}).", f(rows.num(0, "p99"))));
        }
    }
    let title = format!("Distribution of {mw}{}", scope(b));
    chart(
        r,
        b,
        json!({"type": "histogram", "sql": format!("SELECT {v} AS {} {from}{}", q(&mw), s.where_(&extra)), "x": mw, "x_label": capitalise(&mw), "y_label": capitalise(&super::words::row_noun(b))}),
        &title,
    )
}

pub fn correlation(r: &mut Runner, b: &Bound) -> R {
    let s = Sql::new(b);
    let (ma, mb) = (&b.measures[0], &b.measures[1]);
    let (Some(x), Some(y)) = (s.value(ma), s.value(mb)) else { return Ok(()) };
    let w = s.where_(&[format!("{x} IS NOT NULL AND {y} IS NOT NULL")]);
    // Whole numbers stay whole, as 128-bit integers (their products do not overflow), and are divided as
    // whole numbers (`//`), as this query has always computed them; fractional ones are summed with `fsum`.
    let (xw, yw) = (super::sql::whole_values(ma), super::sql::whole_values(mb));
    let num = |e: &str, w: bool| if w { format!("CAST({e} AS HUGEINT)") } else { format!("CAST({e} AS DOUBLE)") };
    let (x, y) = (num(&x, xw), num(&y, yw));
    let sum = |e: String, w: bool| if w { format!("SUM({e})") } else { format!("fsum({e})") };
    let div = |w: bool| if w { "//" } else { "/" };
    let (sx, sy, sxx, syy, sxy) = (
        sum(x.clone(), xw),
        sum(y.clone(), yw),
        sum(format!("{x} * {x}"), xw),
        sum(format!("{y} * {y}"), yw),
        sum(format!("{x} * {y}"), xw && yw),
    );
    let (dxy, dx, dy) = (div(xw && yw), div(xw), div(yw));
    let from = s.from(&[], &[ma, mb]);
    let rows = r.sql(
        "Pearson correlation",
        // r = sign(cov) * sqrt(r²); the root by Newton's method in a recursive CTE (no sqrt() needed).
        format!(
            "WITH RECURSIVE m AS (SELECT COUNT(*) AS n, {sx} AS sx, {sy} AS sy, {sxx} AS sxx, {syy} AS syy, \
             {sxy} AS sxy {from}{w}), s AS (SELECT n, sxy - sx * sy {dxy} n AS cov, sxx - sx * sx {dx} n AS vx, syy - sy * sy {dy} n AS vy FROM m), \
             r2 AS (SELECT n, cov, vx, cov * cov {dxy} (vx * vy) AS r2 FROM s), \
             it(i, x) AS (SELECT 0, CAST(1 AS DOUBLE) UNION ALL SELECT i + 1, (x + r2.r2 / x) / 2 FROM it, r2 WHERE i < 60 AND x > 0) \
             SELECT n, CASE WHEN cov < 0 THEN -1 ELSE 1 END * (SELECT CASE WHEN r2.r2 = 0 THEN 0 ELSE x END FROM it ORDER BY i DESC LIMIT 1) AS correlation, \
             cov {dxy} vx AS slope FROM r2"
        ),
    )?;
    let (an, bn) = (measure_name(b, ma), measure_name(b, mb));
    let rv = rows.num(0, "correlation");
    let strength = match rv.map(f64::abs) {
        Some(v) if v >= 0.7 => "a strong",
        Some(v) if v >= 0.4 => "a moderate",
        Some(v) if v >= 0.2 => "a weak",
        Some(_) => "little or no",
        None => "no measurable",
    };
    let dir = match rv {
        Some(v) if v > 0.0 && v.abs() >= 0.2 => " positive",
        Some(v) if v < 0.0 && v.abs() >= 0.2 => " negative",
        _ => "",
    };
    let r3 = |v: Option<f64>| v.map(|x| thousands(x, 3)).unwrap_or_else(|| "n/a".into());
    r.out.headline = format!(
        "{} and {bn} show {strength}{dir} linear relationship: correlation {} over {} rows{}.",
        capitalise(&an),
        r3(rv),
        count(rows.num(0, "n")),
        scope(b)
    );
    r.out.table = vec![
        vec!["Figure".into(), "Value".into()],
        vec!["Pearson correlation (r)".into(), r3(rv)],
        vec![format!("Slope ({bn} per unit of {an})"), r3(rows.num(0, "slope"))],
        vec!["Rows with both values".into(), count(rows.num(0, "n"))],
    ];
    r.out
        .interpretation
        .push("Correlation measures a straight-line association only; it does not show cause and effect.".into());
    let title = format!("{} vs {}{}", capitalise(&bn), an, scope(b));
    chart(
        r,
        b,
        json!({"type": "scatter", "sql": format!("SELECT {x} AS {}, {y} AS {} {from}{w} LIMIT 20000", q(&an), q(&bn)), "x": an, "y": bn, "x_label": capitalise(&an), "y_label": capitalise(&bn)}),
        &title,
    )
}

pub fn quality(r: &mut Runner, b: &Bound) -> R {
    let Some(t) = b.desk.table(&b.fact) else { return Ok(()) };
    let tn = q(&t.name);
    let dup = r.sql(
        "Exact duplicate rows",
        format!("SELECT COUNT(*) AS rows_stored, COUNT(*) - (SELECT COUNT(*) FROM (SELECT DISTINCT * FROM {tn})) AS duplicate_rows FROM {tn}"),
    )?;
    let parts: Vec<String> = t
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            format!(
                "SELECT {i} AS pos, {} AS column_name, SUM({} IS NULL) AS missing FROM {tn}",
                lit(&c.name),
                q(&c.name)
            )
        })
        .collect();
    let missing = r.sql(
        "Missing values per column",
        format!(
            "SELECT column_name, missing FROM ({}) WHERE missing > 0 ORDER BY missing DESC, pos",
            parts.join(" UNION ALL ")
        ),
    )?;
    let measures: Vec<&crate::analyst::model::Column> = match b.measures.first().and_then(|m| m.col.as_ref()) {
        Some(c) if c.via.is_none() => t.columns.iter().filter(|x| x.name == c.col.name).collect(),
        _ => {
            let money = |c: &&crate::analyst::model::Column| c.in_currency();
            let mut v: Vec<&crate::analyst::model::Column> =
                t.columns.iter().filter(|c| c.role.is_measure() && c.role != crate::semantics::Role::Flag).collect();
            // The amount people care about first: money, then amounts, then levels.
            // (money first, then amounts, then amounts with decimals before counts)
            v.sort_by_key(|c| {
                (
                    !money(c),
                    !matches!(c.role, crate::semantics::Role::Amount | crate::semantics::Role::SignedAmount),
                    c.ty != crate::tables::ColumnType::Real,
                )
            });
            v.into_iter().take(4).collect()
        }
    };
    let mut outliers = Vec::new();
    if !measures.is_empty() {
        let parts: Vec<String> = measures
            .iter()
            .enumerate()
            .map(|(i, c)| {
                // Whole numbers squared as 128-bit integers (exact, no overflow); fractional ones averaged
                // with a compensated sum.
                let whole = matches!(c.ty, crate::tables::ColumnType::Integer | crate::tables::ColumnType::Boolean);
                let col = if whole { format!("CAST({} AS HUGEINT)", q(&c.name)) } else { q(&c.name) };
                let avg = |e: &str| if whole { format!("AVG({e})") } else { format!("fsum({e}) / COUNT({e})") };
                let (mu, sq) = (avg(&col), avg(&format!("{col} * {col}")));
                format!(
                    "SELECT {i} AS pos, {} AS column_name, COUNT(*) AS outliers FROM {tn}, (SELECT {mu} AS mu, {sq} - {mu} * {mu} AS var FROM {tn}) WHERE ({col} - mu) * ({col} - mu) > 9 * var",
                    lit(&c.name)
                )
            })
            .collect();
        let o = r.sql(
            "Outliers (more than 3 standard deviations from the mean)",
            format!("SELECT column_name, outliers FROM ({}) ORDER BY pos", parts.join(" UNION ALL ")),
        )?;
        for k in 0..o.rows.len() {
            outliers.push((o.text(k, "column_name"), o.num(k, "outliers")));
        }
    }
    let folded: Vec<String> = t
        .columns
        .iter()
        .filter(|c| !c.variants.is_empty())
        .map(|c| {
            let n: usize = c.variants.iter().map(|v| v.spellings.len() - 1).sum();
            format!("{}: {} extra spellings of {} values", c.name, n, c.variants.len())
        })
        .collect();
    r.out.headline = format!(
        "{}: {} rows, {} exact duplicate rows, {} with missing values, {} outliers{}.",
        t.name,
        count(dup.num(0, "rows_stored")),
        count(dup.num(0, "duplicate_rows")),
        if missing.rows.len() == 1 { "1 column".to_string() } else { format!("{} columns", missing.rows.len()) },
        thousands(outliers.iter().filter_map(|(_, v)| *v).sum::<f64>(), 0),
        if folded.is_empty() { String::new() } else { format!(", {} with spelling variants", folded.len()) }
    );
    r.out.table.push(vec!["Check".into(), "Result".into()]);
    r.out.table.push(vec!["Rows stored".into(), count(dup.num(0, "rows_stored"))]);
    r.out.table.push(vec!["Exact duplicate rows".into(), count(dup.num(0, "duplicate_rows"))]);
    for k in 0..missing.rows.len() {
        r.out.table.push(vec![format!("Missing {}", missing.text(k, "column_name")), count(missing.num(k, "missing"))]);
    }
    for (c, v) in &outliers {
        r.out.table.push(vec![format!("Outliers in {c} (beyond 3 s.d.)"), count(*v)]);
    }
    // The main amount as stored and without the duplicate rows: what duplicates would add.
    if let Some(c) = measures.iter().find(|c| {
        c.role != crate::semantics::Role::Identifier
            && matches!(c.role, crate::semantics::Role::Amount | crate::semantics::Role::SignedAmount)
    }) {
        let col = q(&c.name);
        let d = if c.ty == crate::tables::ColumnType::Integer { 0 } else { 2 };
        let tot = r.sql(
            "Totals as stored and without duplicate rows",
            format!("SELECT SUM({col}) AS as_stored, (SELECT SUM({col}) FROM (SELECT DISTINCT * FROM {tn})) AS without_duplicates FROM {tn}"),
        )?;
        let n = |v: Option<f64>| v.map(|x| thousands(x, d)).unwrap_or_default();
        r.out.table.push(vec![format!("Total {} as stored", c.name), n(tot.num(0, "as_stored"))]);
        r.out.table.push(vec![format!("Total {} without duplicate rows", c.name), n(tot.num(0, "without_duplicates"))]);
        if dup.num(0, "duplicate_rows").is_some_and(|x| x > 0.0) {
            r.out.interpretation.push(format!(
                "Duplicate rows inflate the total {}: {} as stored against {} once duplicates are removed.",
                c.name,
                n(tot.num(0, "as_stored")),
                n(tot.num(0, "without_duplicates"))
            ));
        }
    }
    for f in &folded {
        r.out.interpretation.push(format!("Spelling variants (folded into one value each in answers): {f}."));
    }
    if missing.rows.is_empty() {
        r.out.interpretation.push("No column has missing values.".into());
    }
    if dup.num(0, "duplicate_rows") == Some(0.0) {
        r.out.interpretation.push("No row is an exact copy of another.".into());
    }
    Ok(())
}

pub fn describe(r: &mut Runner, b: &Bound) -> R {
    let desk = &b.desk;
    let mut lines = Vec::new();
    r.out.table.push(vec![
        "Table".into(),
        "Column".into(),
        "Type".into(),
        "Meaning".into(),
        "Non-empty".into(),
        "Distinct".into(),
        "Min".into(),
        "Max".into(),
        "Mean".into(),
    ]);
    for t in desk.tables.iter().take(8) {
        let rows = r.sql(&format!("Rows of {}", t.name), format!("SELECT COUNT(*) AS n FROM {}", q(&t.name)))?;
        lines.push(format!("{} ({} rows, {} columns)", t.name, count(rows.num(0, "n")), t.columns.len()));
        for c in &t.columns {
            let show = |v: &Option<serde_json::Value>| match v {
                Some(serde_json::Value::Number(x)) => {
                    x.as_f64().map(|f| thousands(f, if f.fract() == 0.0 { 0 } else { 2 })).unwrap_or_default()
                }
                Some(serde_json::Value::String(s)) => s.chars().take(30).collect(),
                _ => String::new(),
            };
            r.out.table.push(vec![
                t.name.clone(),
                c.name.clone(),
                c.ty.as_str().into(),
                c.role.as_str().into(),
                count(Some(t.rows.saturating_sub(c.nulls) as f64)),
                count(Some(c.folded_values.unwrap_or(c.distinct) as f64)),
                show(&c.min),
                show(&c.max),
                c.mean
                    .filter(|_| c.is_numeric() && c.role != crate::semantics::Role::Identifier)
                    .map(|m| thousands(m, 2))
                    .unwrap_or_default(),
            ]);
        }
    }
    r.out.headline = format!(
        "This desk holds {} table{}: {}.",
        desk.tables.len(),
        if desk.tables.len() == 1 { "" } else { "s" },
        lines.join("; ")
    );
    if !desk.joins.is_empty() {
        r.out.interpretation.push(format!(
            "Tables link through key columns: {}.",
            desk.joins
                .iter()
                .map(|j| format!("{}.{} → {}", j.from_table, j.key, j.to_table))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Ok(())
}
