//! One function per operation: each runs its SQL through the [`Runner`], draws its chart, and fills the
//! deliverable (headline, key numbers, interpretation) from the rows the tools returned.

use super::answer::{
    capitalise, column_decimals, decimals, figure_words, grain_label, lit, measure_words, n, pct, q, scope_words,
    GroupKey, Rows, Runner, Sql, Step,
};
use super::format::{fmt_num, fmt_pct_signed};
use super::question::{Agg, Grain, Intent, Measure, Period};
use super::schema::{plural, Desk};
use crate::calendar::{day_of_iso, iso_of_day, ymd_of_iso};
use serde_json::json;

type R = Result<(), Step>;

fn dim_name(d: &super::schema::Dimension) -> String {
    d.names().last().cloned().unwrap_or_else(|| d.column.clone())
}

fn key_header(label: &str) -> String {
    capitalise(label)
}

pub fn summary(r: &mut Runner, i: &Intent, desk: &Desk) -> R {
    let s = Sql { i };
    let d = decimals(i, desk);
    let rows = r.sql(
        "The figure",
        format!("SELECT {} AS value, COUNT(*) AS rows_counted {}{}", s.agg(None), s.from(), s.where_(&[])),
    )?;
    let value = rows.num(0, "value");
    let counted = rows.num(0, "rows_counted");
    let what = figure_words(i);
    let Some(v) = value else {
        r.out.headline = format!("No rows match: there is no {what}{}.", scope_words(i));
        r.out
            .interpretation
            .push("The filters and period leave no data; check the spelling of the values or the period.".into());
        return Ok(());
    };
    r.out.headline = format!("{}{} is {}.", capitalise(&what), scope_words(i), fmt_num(v, d));
    r.out.table = vec![vec!["Figure".into(), "Value".into()], vec![capitalise(&what), fmt_num(v, d)]];
    if !matches!(i.measure, Measure::Rows(_)) {
        r.out.table.push(vec!["Rows counted".into(), n(counted, 0)]);
    }
    // For a min or max, say when (or where) it happened.
    if let (Measure::Column(c), Agg::Min | Agg::Max, Some(t)) = (&i.measure, i.agg, &i.time) {
        let order = if i.agg == Agg::Max { "DESC" } else { "ASC" };
        let at = r.sql(
            "When it happened",
            format!(
                "SELECT f.{} AS at, f.{} AS value {}{} ORDER BY f.{} {order} LIMIT 1",
                q(&t.name),
                q(c),
                s.from(),
                s.where_(&[format!("f.{} IS NOT NULL", q(c))]),
                q(c)
            ),
        )?;
        if !at.rows.is_empty() {
            r.out.interpretation.push(format!("It was recorded on {}.", at.text(0, "at")));
            r.out.table.push(vec!["When".into(), at.text(0, "at")]);
        }
    }
    r.out.interpretation.push(format!("Computed over {} rows{}.", n(counted, 0), scope_words(i)));
    Ok(())
}

/// Whether the figure adds up across groups (a sum or a count of rows or values; not an average, a
/// min/max or a count of distinct values), so the groups' figures have shares and a total.
fn additive(i: &Intent) -> bool {
    matches!(i.agg, Agg::Sum | Agg::Count) && !matches!(i.measure, Measure::Distinct(_))
}

pub fn breakdown(r: &mut Runner, i: &Intent, desk: &Desk, share_focus: bool) -> R {
    let s = Sql { i };
    let d = decimals(i, desk);
    let additive = additive(i);
    let keys: Vec<String> = i.dims.iter().map(|x| s.dim_expr(x)).collect();
    let names: Vec<String> = i.dims.iter().map(dim_name).collect();
    let share = if additive {
        ", 100.0 * value / SUM(value) OVER () AS share_pct, SUM(value) OVER () AS grand_total"
    } else {
        ""
    };
    let gkeys: Vec<(GroupKey, &str)> =
        i.dims.iter().zip(&names).map(|(x, nm)| (GroupKey::Dim(x), nm.as_str())).collect();
    let inner =
        if keys.len() == 1 { s.per_group(&i.dims[0], &names[0]) } else { s.grouped(&gkeys, &[(None, "value")], &[]) };
    let rows = r.sql("The breakdown", format!("SELECT *{share} FROM ({inner}) ORDER BY value DESC"))?;
    // The grand total: a window over the groups when the figure adds up, else its own query.
    let total = if additive {
        Rows {
            columns: vec!["value".into()],
            rows: vec![vec![rows.get(0, "grand_total").cloned().unwrap_or_default()]],
            truncated: false,
        }
    } else {
        r.sql("The overall figure", s.grouped(&[], &[(None, "value")], &[]))?
    };
    let what = figure_words(i);
    if rows.rows.is_empty() {
        r.out.headline = format!("No rows match{}.", scope_words(i));
        return Ok(());
    }
    let mut header: Vec<String> = names.iter().map(|x| key_header(x)).collect();
    header.push(capitalise(&what));
    if additive {
        header.push("Share".into());
    }
    r.out.table.push(header);
    for k in 0..rows.rows.len().min(25) {
        let mut row: Vec<String> = names.iter().map(|nm| rows.text(k, nm)).collect();
        row.push(n(rows.num(k, "value"), d));
        if additive {
            row.push(pct(rows.num(k, "share_pct")));
        }
        r.out.table.push(row);
    }
    if rows.rows.len() > 25 {
        r.out.notes.push(format!("{} groups in all; the table shows the largest 25.", rows.rows.len()));
    }
    // A sum or count adds up to a total; an average, a min/max or a distinct count has an overall figure.
    let mut tot = vec![if additive { "**Total**" } else { "**Overall**" }.to_string()];
    tot.extend(std::iter::repeat_n(String::new(), names.len() - 1));
    tot.push(format!("**{}**", n(total.num(0, "value"), d)));
    if additive {
        tot.push("100.00%".into());
    }
    r.out.table.push(tot);
    let by = names.join(" and ");
    let top_label: Vec<String> = names.iter().map(|nm| rows.text(0, nm)).collect();
    if share_focus && additive {
        r.out.headline = format!(
            "{} holds the largest share of {what}{}: {} of {}.",
            top_label.join(" / "),
            scope_words(i),
            pct(rows.num(0, "share_pct")),
            n(total.num(0, "value"), d)
        );
    } else if rows.rows.len() > 1 && rows.num(0, "value") == rows.num(rows.rows.len() - 1, "value") {
        // Every group has the same figure: nobody leads.
        r.out.headline = format!(
            "{}{} by {by}: all {} groups have {}{}.",
            capitalise(&what),
            scope_words(i),
            rows.rows.len(),
            n(rows.num(0, "value"), d),
            if additive { String::new() } else { format!("; overall {}", n(total.num(0, "value"), d)) }
        );
    } else {
        r.out.headline = format!(
            "{}{} by {by}: {} leads with {}{}; {} {}.",
            capitalise(&what),
            scope_words(i),
            top_label.join(" / "),
            n(rows.num(0, "value"), d),
            if additive { format!(" ({})", pct(rows.num(0, "share_pct"))) } else { String::new() },
            if additive { "the total is" } else { "overall" },
            n(total.num(0, "value"), d)
        );
    }
    let last = rows.rows.len() - 1;
    if last > 0 && rows.num(0, "value") != rows.num(last, "value") {
        r.out.interpretation.push(format!(
            "{} groups. Highest: {} ({}); lowest: {} ({}).",
            rows.rows.len(),
            top_label.join(" / "),
            n(rows.num(0, "value"), d),
            names.iter().map(|nm| rows.text(last, nm)).collect::<Vec<_>>().join(" / "),
            n(rows.num(last, "value"), d)
        ));
    }
    // Chart: one dimension as sorted bars; two as grouped bars (second dimension as series).
    let mw = measure_words(i);
    if names.len() == 1 && rows.rows.len() >= 2 {
        let data: Vec<serde_json::Value> =
            (0..rows.rows.len().min(40)).map(|k| json!([rows.text(k, &names[0]), rows.num(k, "value")])).collect();
        let title = format!("{} by {}{}", capitalise(&what), names[0], scope_words(i));
        r.chart(json!({"type": "bar", "title": title, "data": {"columns": [names[0], mw], "rows": data}, "x": names[0], "y": mw, "x_label": capitalise(&names[0]), "y_label": capitalise(&what)}), &title)?;
    } else if names.len() == 2 {
        // The 8 largest groups of the second dimension as series; the first dimension's groups by their sum.
        let chart_sql = format!(
            "SELECT {n0}, {n1}, value AS {m} FROM ({}) WHERE {n1} IN (SELECT {n1} FROM ({}) ORDER BY value DESC LIMIT 8) \
             ORDER BY SUM(value) OVER (PARTITION BY {n0}) DESC, 1, 2",
            s.grouped(&gkeys, &[(None, "value")], &[]),
            s.grouped(&gkeys[1..], &[(None, "value")], &[]),
            n0 = q(&names[0]),
            n1 = q(&names[1]),
            m = q(&mw)
        );
        let title = format!("{} by {} and {}{}", capitalise(&what), names[0], names[1], scope_words(i));
        r.chart(json!({"type": "grouped_bar", "title": title, "sql": chart_sql, "x": names[0], "y": mw, "group": names[1], "x_label": capitalise(&names[0]), "y_label": capitalise(&what)}), &title)?;
    }
    Ok(())
}

pub fn rank(r: &mut Runner, i: &Intent, desk: &Desk, top: Option<usize>, desc: bool) -> R {
    let s = Sql { i };
    let d = decimals(i, desk);
    let dim = &i.dims[0];
    let name = dim_name(dim);
    let order = if desc { "DESC" } else { "ASC" };
    let gap = if desc {
        "value - LEAD(value) OVER (ORDER BY value DESC)"
    } else {
        "LEAD(value) OVER (ORDER BY value ASC) - value"
    };
    let additive = additive(i);
    let share = if additive {
        format!(
            ", 100.0 * value / SUM(value) OVER () AS share_pct, SUM(value) OVER (ORDER BY value {order} ROWS UNBOUNDED \
             PRECEDING) AS running, 100.0 * SUM(value) OVER (ORDER BY value {order} ROWS UNBOUNDED PRECEDING) / \
             SUM(value) OVER () AS running_pct"
        )
    } else {
        String::new()
    };
    let limit = top.map(|k| format!(" LIMIT {k}")).unwrap_or_default();
    let rows = r.sql(
        "The ranking",
        format!(
            "SELECT {}, value, {gap} AS gap_to_next{share} FROM ({}) WHERE value IS NOT NULL ORDER BY value {order}{limit}",
            q(&name),
            s.per_group(dim, &name)
        ),
    )?;
    let what = figure_words(i);
    if rows.rows.is_empty() {
        r.out.headline = format!("No rows match{}.", scope_words(i));
        return Ok(());
    }
    let word = if desc { "highest" } else { "lowest" };
    let first = rows.text(0, &name);
    // A tie at the top is said as a tie, never as one group "ahead by 0".
    let tied: Vec<String> = (0..rows.rows.len())
        .take_while(|&k| rows.num(k, "value") == rows.num(0, "value"))
        .map(|k| rows.text(k, &name))
        .collect();
    r.out.headline = if tied.len() > 1 {
        let names = match tied.split_last() {
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
            None => String::new(),
        };
        format!("{names} tie for the {word} {what}{}: {} each.", scope_words(i), n(rows.num(0, "value"), d))
    } else if rows.rows.len() > 1 {
        format!(
            "{first} had the {word} {what}{}: {}, {} {} ({}) by {}.",
            scope_words(i),
            n(rows.num(0, "value"), d),
            if desc { "ahead of" } else { "below" },
            rows.text(1, &name),
            n(rows.num(1, "value"), d),
            n(rows.num(0, "gap_to_next"), d)
        )
    } else {
        format!("{first} had the {word} {what}{}: {}.", scope_words(i), n(rows.num(0, "value"), d))
    };
    let mut header = vec!["Rank".to_string(), key_header(&name), capitalise(&what), "Gap to next".into()];
    if additive {
        header.push("Share of all".into());
    }
    r.out.table.push(header);
    for k in 0..rows.rows.len().min(25) {
        let mut row = vec![
            format!("{}", k + 1),
            rows.text(k, &name),
            n(rows.num(k, "value"), d),
            rows.num(k, "gap_to_next").map(|g| fmt_num(g, d)).unwrap_or_else(|| "—".into()),
        ];
        if additive {
            row.push(pct(rows.num(k, "share_pct")));
        }
        r.out.table.push(row);
    }
    if additive {
        let who = if tied.len() > 1 { "Each of them".to_string() } else { format!("{first} alone") };
        r.out.interpretation.push(format!(
            "{who} accounts for {} of the {what}{}.",
            pct(rows.num(0, "share_pct")),
            scope_words(i)
        ));
    }
    if let Some(k) = top {
        // Together: what the shown groups add up to (said before the note on what is shown).
        let last = rows.rows.len() - 1;
        if additive && last > 0 {
            r.out.interpretation.push(format!(
                "Together the {} {} {} account for {} ({} of the {what}{}).",
                if desc { "top" } else { "bottom" },
                last + 1,
                plural(&name),
                n(rows.num(last, "running"), d),
                pct(rows.num(last, "running_pct")),
                scope_words(i)
            ));
        }
        r.out.interpretation.push(format!(
            "Showing the {} {k} {}.",
            if desc { "top" } else { "bottom" },
            plural(&name)
        ));
    }
    let mw = measure_words(i);
    let data: Vec<serde_json::Value> = (0..rows.rows.len().min(top.unwrap_or(20).min(40)))
        .map(|k| json!([rows.text(k, &name), rows.num(k, "value")]))
        .collect();
    let shown = match top {
        Some(k) => format!("{} {k} {}", if desc { "Top" } else { "Bottom" }, plural(&name)),
        None => capitalise(&plural(&name)),
    };
    let title = format!("{shown} by {what}{}", scope_words(i));
    r.chart(json!({"type": "bar", "title": title, "data": {"columns": [name, mw], "rows": data}, "x": name, "y": mw, "x_label": capitalise(&name), "y_label": capitalise(&what)}), &title)?;
    Ok(())
}

/// When the data in scope (the table's dates, within the question's period) covers only part of `p`
/// (it starts after `p` starts or ends before it ends), a sentence that says which part, then `why`.
fn coverage_note(i: &Intent, p: &Period, why: &str) -> Option<String> {
    let t = i.time.as_ref().filter(|t| !t.year_number)?;
    let (mut d0, mut d1) = (day_of_iso(&t.min)?, day_of_iso(&t.max)?);
    if let Some(scope) = &i.period {
        d0 = d0.max(day_of_iso(&scope.start)?);
        d1 = d1.min(day_of_iso(&scope.end)? - 1);
    }
    let (start, end) = (day_of_iso(&p.start)?, day_of_iso(&p.end)? - 1);
    if d1 < start || d0 > end || (d0 <= start && d1 >= end) {
        return None;
    }
    Some(format!(
        "{} is only partly in the data (from {} to {}), {why}.",
        capitalise(&p.label),
        iso_of_day(start.max(d0)),
        iso_of_day(end.min(d1))
    ))
}

/// The calendar span of a period key at a grain (2026, 2026-Q1, 2026-03, a week's Monday, a day).
fn key_period(g: Grain, key: &str) -> Option<Period> {
    let y: i64 = key.get(0..4)?.parse().ok()?;
    let (start, end) = match g {
        Grain::Year => (crate::calendar::days_from_civil(y, 1, 1), crate::calendar::days_from_civil(y + 1, 1, 1)),
        Grain::Quarter => {
            let qn: u32 = key.get(6..7)?.parse().ok()?;
            let m = (qn - 1) * 3 + 1;
            let next = if qn == 4 { (y + 1, 1) } else { (y, m + 3) };
            (crate::calendar::days_from_civil(y, m, 1), crate::calendar::days_from_civil(next.0, next.1, 1))
        }
        Grain::Month => {
            let m: u32 = key.get(5..7)?.parse().ok()?;
            let next = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            (crate::calendar::days_from_civil(y, m, 1), crate::calendar::days_from_civil(next.0, next.1, 1))
        }
        Grain::Week => {
            let d = day_of_iso(key)?;
            (d, d + 7)
        }
        Grain::Day => {
            let d = day_of_iso(key)?;
            (d, d + 1)
        }
    };
    Some(Period { start: iso_of_day(start), end: iso_of_day(end), label: grain_label(g, key) })
}

/// For a figure that adds up (a sum or a count), the first or last period of a series that the data
/// covers only in part makes the series look as if it fell or rose: say so.
fn partial_ends_note(i: &Intent, g: Grain, first: &str, last: &str) -> Option<String> {
    if !additive(i) {
        return None;
    }
    let why = "so its total is not comparable with the others";
    let notes: Vec<String> =
        [first, last].iter().filter_map(|k| key_period(g, k).and_then(|p| coverage_note(i, &p, why))).collect();
    (!notes.is_empty()).then(|| notes.join(" "))
}

pub fn compare(r: &mut Runner, i: &Intent, desk: &Desk, a: &Period, b: &Period) -> R {
    let s = Sql { i };
    let d = decimals(i, desk);
    let (Some(ca), Some(cb)) = (s.period_cond(a), s.period_cond(b)) else { return Ok(()) };
    let both = format!("(({ca}) OR ({cb}))");
    let what = figure_words(i);
    let rows = r.sql(
        "The two periods",
        format!(
            "SELECT a, b, b - a AS change, 100.0 * (b - a) / a AS change_pct FROM ({})",
            s.grouped(&[], &[(Some(&ca), "a"), (Some(&cb), "b")], std::slice::from_ref(&both))
        ),
    )?;
    let (va, vb) = (rows.num(0, "a"), rows.num(0, "b"));
    r.out.headline = format!(
        "{} went from {} in {} to {} in {}: {} ({}).",
        capitalise(&what),
        n(va, d),
        a.label,
        n(vb, d),
        b.label,
        rows.num(0, "change")
            .map(|c| format!("{}{}", if c > 0.0 { "+" } else { "" }, fmt_num(c, d)))
            .unwrap_or_else(|| "no change computable".into()),
        rows.num(0, "change_pct").map(fmt_pct_signed).unwrap_or_else(|| "growth rate n/a".into())
    );
    if !i.filters.is_empty() {
        r.out.headline = format!("{} (scope:{})", r.out.headline, scope_words(i));
    }
    // Comparing a whole year with half of one is not like for like: say so first.
    for p in [a, b] {
        if let Some(note) = coverage_note(i, p, "so the comparison is not like for like") {
            r.out.interpretation.insert(0, note);
        }
    }
    r.out.table = vec![
        vec!["Period".into(), capitalise(&what)],
        vec![a.label.clone(), n(va, d)],
        vec![b.label.clone(), n(vb, d)],
        vec!["Change".into(), n(rows.num(0, "change"), d)],
        vec!["Growth rate".into(), rows.num(0, "change_pct").map(fmt_pct_signed).unwrap_or_else(|| "n/a".into())],
    ];
    let mw = measure_words(i);
    if let Some(dim) = i.dims.first() {
        let name = dim_name(dim);
        let per = r.sql(
            "Per group",
            format!(
                "SELECT k AS {}, a, b, b - a AS change, 100.0 * (b - a) / a AS change_pct FROM ({}) ORDER BY change_pct DESC",
                q(&name),
                s.grouped(&[(GroupKey::Dim(dim), "k")], &[(Some(&ca), "a"), (Some(&cb), "b")], std::slice::from_ref(&both))
            ),
        )?;
        r.out.table.push(vec![key_header(&name), a.label.clone(), b.label.clone(), "Growth".into()]);
        for k in 0..per.rows.len().min(20) {
            r.out.table.push(vec![
                per.text(k, &name),
                n(per.num(k, "a"), d),
                n(per.num(k, "b"), d),
                per.num(k, "change_pct").map(fmt_pct_signed).unwrap_or_else(|| "n/a".into()),
            ]);
        }
        if !per.rows.is_empty() {
            // Rows are sorted by change, highest first: a drop is the last, a rise the first, "changed most"
            // the largest either way.
            let last = per.rows.len() - 1;
            let abs = |k: usize| per.num(k, "change_pct").map(f64::abs).unwrap_or(0.0);
            let (k, verb) = match i.direction {
                Some(true) => (0, "grew most"),
                Some(false) => (last, "fell most"),
                None => (if abs(last) > abs(0) { last } else { 0 }, "changed most"),
            };
            r.out.interpretation.push(format!(
                "{} {verb} ({}).",
                per.text(k, &name),
                per.num(k, "change_pct").map(fmt_pct_signed).unwrap_or_default()
            ));
        }
        let which =
            format!("CASE WHEN {ca} THEN '{}' ELSE '{}' END", a.label.replace('\'', ""), b.label.replace('\'', ""));
        let chart_sql = format!(
            "SELECT k AS {}, p AS period, v AS {} FROM ({}) ORDER BY 1, 2",
            q(&name),
            q(&mw),
            s.grouped(
                &[(GroupKey::Dim(dim), "k"), (GroupKey::Expr(which), "p")],
                &[(None, "v")],
                std::slice::from_ref(&both)
            )
        );
        let title = format!("{} by {name}: {} vs {}", capitalise(&what), a.label, b.label);
        r.chart(json!({"type": "grouped_bar", "title": title, "sql": chart_sql, "x": name, "y": mw, "group": "period", "y_label": capitalise(&what)}), &title)?;
    } else if let (Some(va), Some(vb)) = (va, vb) {
        let title = format!("{}: {} vs {}{}", capitalise(&what), a.label, b.label, scope_words(i));
        r.chart(json!({"type": "bar", "title": title, "data": {"columns": ["period", mw], "rows": [[a.label, va], [b.label, vb]]}, "x": "period", "y": mw, "x_label": "Period", "y_label": capitalise(&what)}), &title)?;
    }
    Ok(())
}

pub fn group_growth(r: &mut Runner, i: &Intent, desk: &Desk) -> R {
    let s = Sql { i };
    let d = decimals(i, desk);
    let dim = &i.dims[0];
    let name = dim_name(dim);
    let g = s.grain();
    // One pass over the table: the series per group, each row carrying its group's first and last value.
    let rows = r.sql(
        "Each group's series, with its growth from the first to the last period",
        format!(
            "WITH g AS ({}), b AS (SELECT MIN(p) AS p0, MAX(p) AS p1 FROM g), \
             s AS (SELECT k, SUM(CASE WHEN g.p = b.p0 THEN v END) AS first_value, SUM(CASE WHEN g.p = b.p1 THEN v END) AS last_value FROM g, b GROUP BY k) \
             SELECT g.k AS {}, g.p AS period, g.v AS value, b.p0 AS first_period, s.first_value, b.p1 AS last_period, s.last_value, \
             s.last_value - s.first_value AS change, 100.0 * (s.last_value - s.first_value) / s.first_value AS growth_pct \
             FROM g JOIN s ON s.k IS g.k, b ORDER BY growth_pct DESC, g.k, g.p",
            s.grouped(&[(GroupKey::Dim(dim), "k"), (GroupKey::Expr(s.grain_expr(g)), "p")], &[(None, "v")], &[]),
            q(&name)
        ),
    )?;
    if rows.rows.is_empty() {
        r.out.headline = format!("No rows match{}.", scope_words(i));
        return Ok(());
    }
    // The first row of each group, in order of growth.
    let mut firsts: Vec<usize> = Vec::new();
    for k in 0..rows.rows.len() {
        if k == 0 || rows.get(k, &name) != rows.get(k - 1, &name) {
            firsts.push(k);
        }
    }
    let what = figure_words(i);
    let p0 = grain_label(g, &rows.text(0, "first_period"));
    let p1 = grain_label(g, &rows.text(0, "last_period"));
    let fmt_g = |v: Option<f64>| v.map(fmt_pct_signed).unwrap_or_else(|| "n/a".into());
    // "Which region declined the most", "grew the least": the bottom of the list.
    let down = i.direction == Some(false) && firsts.len() > 1;
    let top = if down { firsts[firsts.len() - 1] } else { firsts[0] };
    let verb = match (down, rows.num(top, "growth_pct").is_some_and(|x| x < 0.0)) {
        (true, true) => "fell most",
        (true, false) => "grew slowest",
        (false, _) => "grew fastest",
    };
    r.out.headline = format!(
        "{} {verb} from {p0} to {p1}: {} went from {} to {} ({}).",
        rows.text(top, &name),
        what,
        n(rows.num(top, "first_value"), d),
        n(rows.num(top, "last_value"), d),
        fmt_g(rows.num(top, "growth_pct"))
    );
    if firsts.len() > 1 {
        let (second, other, other_word) = if down {
            (firsts[firsts.len() - 2], firsts[0], "Fastest")
        } else {
            (firsts[1], firsts[firsts.len() - 1], "Slowest")
        };
        r.out.interpretation.push(format!(
            "Runner-up: {} ({}). {other_word}: {} ({}).",
            rows.text(second, &name),
            fmt_g(rows.num(second, "growth_pct")),
            rows.text(other, &name),
            fmt_g(rows.num(other, "growth_pct"))
        ));
    }
    r.out.interpretation.push(format!(
        "First and last {} of the data in scope: {p0} and {p1}. A single {} can be noisy; the chart shows the whole path.",
        g.word(),
        g.word()
    ));
    r.out.table.push(vec![key_header(&name), p0.clone(), p1.clone(), "Change".into(), "Growth".into()]);
    for &k in firsts.iter().take(25) {
        r.out.table.push(vec![
            rows.text(k, &name),
            n(rows.num(k, "first_value"), d),
            n(rows.num(k, "last_value"), d),
            n(rows.num(k, "change"), d),
            fmt_g(rows.num(k, "growth_pct")),
        ]);
    }
    let title = format!("{} by {name} per {}{}", capitalise(&what), g.word(), scope_words(i));
    if rows.truncated {
        return trend_chart(r, i, Some(dim), g, &title);
    }
    // The chart from the series in hand: the (at most 8) fastest-growing groups.
    let shown: Vec<String> = firsts.iter().take(8).map(|&k| rows.text(k, &name)).collect();
    if firsts.len() > 8 {
        r.out.notes.push("The chart shows the 8 fastest-growing groups.".into());
    }
    let mw = measure_words(i);
    let mut data: Vec<(String, String, Option<f64>)> = (0..rows.rows.len())
        .filter(|&k| shown.contains(&rows.text(k, &name)))
        .map(|k| (Sql::chart_x(g, &rows.text(k, "period")), rows.text(k, &name), rows.num(k, "value")))
        .collect();
    data.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    let data: Vec<serde_json::Value> = data.into_iter().map(|(x, k, v)| json!([x, k, v])).collect();
    r.chart(
        json!({"type": "line", "title": title, "data": {"columns": ["period", name, mw], "rows": data}, "x": "period", "y": mw,
               "group": name, "x_label": capitalise(g.word()), "y_label": capitalise(&what)}),
        &title,
    )
}

fn trend_chart(r: &mut Runner, i: &Intent, dim: Option<&super::schema::Dimension>, g: Grain, title: &str) -> R {
    let s = Sql { i };
    let mw = measure_words(i);
    let what = figure_words(i);
    let x = match g {
        Grain::Quarter | Grain::Year => {
            // The chart reads ISO months as a time axis.
            let t = i.time.as_ref().map(|t| format!("f.{}", q(&t.name))).unwrap_or_default();
            if i.time.as_ref().is_some_and(|t| t.year_number) {
                format!("CAST({t} AS TEXT) || '-01'")
            } else if g == Grain::Year {
                format!("substr({t}, 1, 4) || '-01'")
            } else {
                format!("substr({t}, 1, 5) || printf('%02d', ((CAST(substr({t}, 6, 2) AS INTEGER) - 1) / 3) * 3 + 1)")
            }
        }
        _ => s.grain_expr(g),
    };
    let label = capitalise(g.word());
    let (sql, spec) = match dim {
        None => (
            format!(
                "SELECT {x} AS period, {} AS {} {}{} GROUP BY 1 ORDER BY 1",
                s.agg(None),
                q(&mw),
                s.from(),
                s.where_(&[])
            ),
            json!({"type": "line", "x": "period", "y": mw}),
        ),
        Some(dim) => {
            let name = dim_name(dim);
            let nm = q(&name);
            // The series of the 8 largest groups.
            (
                format!(
                    "SELECT period, {nm}, value AS {} FROM ({}) WHERE {nm} IN (SELECT {nm} FROM ({}) ORDER BY value DESC LIMIT 8) ORDER BY 1, 2",
                    q(&mw),
                    s.grouped(&[(GroupKey::Expr(x), "period"), (GroupKey::Dim(dim), &name)], &[(None, "value")], &[]),
                    s.grouped(&[(GroupKey::Dim(dim), &name)], &[(None, "value")], &[])
                ),
                json!({"type": "line", "x": "period", "y": mw, "group": name}),
            )
        }
    };
    let mut spec = spec;
    spec["sql"] = json!(sql);
    spec["title"] = json!(title);
    spec["x_label"] = json!(label);
    spec["y_label"] = json!(capitalise(&what));
    r.chart(spec, title)
}

/// Calendar periods of grain `g` from the one holding `first` to the one holding `last` (ISO dates).
fn periods_between(g: Grain, first: &str, last: &str) -> Option<i64> {
    let (a, b) = (day_of_iso(first)?, day_of_iso(last)?);
    let ((y0, m0, _), (y1, m1, _)) = (ymd_of_iso(first)?, ymd_of_iso(last)?);
    let (m0, m1) = (i64::from(m0), i64::from(m1));
    Some(match g {
        Grain::Day => b - a + 1,
        Grain::Week => (b - (a - (a + 3).rem_euclid(7))) / 7 + 1,
        Grain::Month => (y1 - y0) * 12 + m1 - m0 + 1,
        Grain::Quarter => (y1 * 4 + (m1 - 1) / 3) - (y0 * 4 + (m0 - 1) / 3) + 1,
        Grain::Year => y1 - y0 + 1,
    })
}

/// "Average monthly revenue": the total over the calendar periods in scope, divided by their number
/// (a period with no rows counts as zero), with the periods that have rows said too.
pub fn period_average(r: &mut Runner, i: &Intent, desk: &Desk) -> R {
    let s = Sql { i };
    let g = s.grain();
    let d = decimals(i, desk).max(2);
    let Some(t) = &i.time else { return Ok(()) };
    // The span: the data's dates, within the question's period.
    let (mut first, mut last) =
        (t.min.get(0..10).unwrap_or("").to_string(), t.max.get(0..10).unwrap_or("").to_string());
    if let Some(p) = &i.period {
        first = first.max(p.start.clone());
        if let Some(e) = day_of_iso(&p.end).map(|x| iso_of_day(x - 1)) {
            last = last.min(e);
        }
    }
    let Some(n_periods) = periods_between(g, &first, &last).filter(|n| *n > 0) else { return Ok(()) };
    let rows = r.sql(
        "Per period",
        format!(
            "SELECT SUM(value) AS total, COUNT(*) AS with_rows, 1.0 * SUM(value) / {n_periods} AS average, \
             MIN(value) AS lowest, MAX(value) AS highest FROM ({})",
            s.per_period(g)
        ),
    )?;
    let what = figure_words(i);
    let (gw, adj) = (g.word(), g.adjective());
    r.out.headline = format!(
        "Average {adj} {what}{}: {} over {n_periods} {gw}s ({} in all).",
        scope_words(i),
        n(rows.num(0, "average"), d),
        n(rows.num(0, "total"), decimals(i, desk))
    );
    let with_rows = rows.num(0, "with_rows").unwrap_or(0.0) as i64;
    if with_rows < n_periods {
        r.out
            .interpretation
            .push(format!("{} of the {n_periods} {gw}s have no rows and count as zero.", n_periods - with_rows));
    }
    r.out.interpretation.push(format!(
        "Highest {gw}: {}; lowest {gw} with rows: {}.",
        n(rows.num(0, "highest"), decimals(i, desk)),
        n(rows.num(0, "lowest"), decimals(i, desk))
    ));
    r.out.table = vec![
        vec!["Figure".into(), "Value".into()],
        vec![format!("Average {adj} {what}"), n(rows.num(0, "average"), d)],
        vec![capitalise(&format!("{gw}s in scope")), n(Some(n_periods as f64), 0)],
        vec![capitalise(&format!("{gw}s with rows")), n(Some(with_rows as f64), 0)],
        vec![capitalise(&what), n(rows.num(0, "total"), decimals(i, desk))],
    ];
    let title = format!("{} per {gw}{}", capitalise(&what), scope_words(i));
    let chart_sql = format!("SELECT p AS {gw}, value FROM ({}) ORDER BY 1", s.per_period(g));
    let kind = if n_periods > 60 { "line" } else { "bar" };
    r.chart(json!({"type": kind, "title": title, "sql": chart_sql, "x": gw, "y": "value", "x_label": capitalise(gw), "y_label": capitalise(&what)}), &title)?;
    Ok(())
}

/// "Revenue per unit": the first measure's total over the second's, on the same rows.
pub fn per_unit(r: &mut Runner, i: &Intent, desk: &Desk) -> R {
    let (Measure::Column(a), Some(b)) = (&i.measure, &i.measure2) else { return Ok(()) };
    let s = Sql { i };
    let rows = r.sql(
        "The two totals",
        format!(
            "SELECT SUM(f.{qa}) AS a, SUM(f.{qb}) AS b, 1.0 * SUM(f.{qa}) / SUM(f.{qb}) AS ratio {}{}",
            s.from(),
            s.where_(&[format!("f.{qa} IS NOT NULL AND f.{qb} IS NOT NULL", qa = q(a), qb = q(b))]),
            qa = q(a),
            qb = q(b)
        ),
    )?;
    let (aw, bw) = (a.replace('_', " "), b.replace('_', " "));
    let d = decimals(i, desk);
    let db = column_decimals(desk, &i.fact, b);
    r.out.headline = format!(
        "{} per {}{}: {} ({} over {}).",
        capitalise(&aw),
        super::schema::singular(&bw),
        scope_words(i),
        n(rows.num(0, "ratio"), 2),
        n(rows.num(0, "a"), d),
        n(rows.num(0, "b"), db)
    );
    r.out
        .interpretation
        .push(format!("Both totals are over the rows where {aw} and {bw} are both present{}.", scope_words(i)));
    r.out.table = vec![
        vec!["Figure".into(), "Value".into()],
        vec![format!("Total {aw}"), n(rows.num(0, "a"), d)],
        vec![format!("Total {bw}"), n(rows.num(0, "b"), db)],
        vec![format!("{} per {}", capitalise(&aw), super::schema::singular(&bw)), n(rows.num(0, "ratio"), 2)],
    ];
    Ok(())
}

/// "Average revenue per customer": each customer's total, averaged over the customers that have rows.
pub fn group_average(r: &mut Runner, i: &Intent, desk: &Desk) -> R {
    let s = Sql { i };
    let dim = &i.dims[0];
    let name = dim_name(dim);
    let d = decimals(i, desk);
    let rows = r.sql(
        "Per group",
        format!(
            "SELECT AVG(value) AS average, COUNT(*) AS groups, SUM(value) AS total, MIN(value) AS lowest, \
             MAX(value) AS highest FROM ({}) WHERE value IS NOT NULL",
            s.per_group(dim, &name)
        ),
    )?;
    let what = figure_words(i);
    let groups = rows.num(0, "groups").unwrap_or(0.0);
    r.out.headline = format!(
        "Average {what} per {name}{}: {} over {} {} ({} in all).",
        scope_words(i),
        n(rows.num(0, "average"), d.max(2)),
        n(Some(groups), 0),
        plural(&name),
        n(rows.num(0, "total"), d)
    );
    r.out.interpretation.push(format!(
        "Highest {name}: {}; lowest: {}. Only {} with rows count.",
        n(rows.num(0, "highest"), d),
        n(rows.num(0, "lowest"), d),
        plural(&name)
    ));
    r.out.table = vec![
        vec!["Figure".into(), "Value".into()],
        vec![format!("Average {what} per {name}"), n(rows.num(0, "average"), d.max(2))],
        vec![capitalise(&plural(&name)), n(Some(groups), 0)],
        vec![capitalise(&what), n(rows.num(0, "total"), d)],
    ];
    Ok(())
}

pub fn trend(r: &mut Runner, i: &Intent, desk: &Desk) -> R {
    let s = Sql { i };
    let d = decimals(i, desk);
    let g = s.grain();
    let what = figure_words(i);
    let dim = i.dims.first();
    match dim {
        None => {
            let rows = r.sql(
                "The series",
                format!(
                    "SELECT p AS period, value, 100.0 * (value - FIRST_VALUE(value) OVER (ORDER BY p)) / FIRST_VALUE(value) OVER (ORDER BY p) AS change_from_first_pct \
                     FROM ({}) ORDER BY 1",
                    s.per_period(g)
                ),
            )?;
            if rows.rows.is_empty() {
                r.out.headline = format!("No rows match{}.", scope_words(i));
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
            let lbl = |k: usize| grain_label(g, &rows.text(k, "period"));
            // An average of an amount is per row ("average revenue per order, by month"), not the average
            // month: say which.
            let per_row = match (&i.measure, i.agg) {
                (Measure::Column(c), Agg::Avg)
                    if !desk.table(&i.fact).is_some_and(|t| t.columns.iter().any(|x| &x.name == c && x.is_level())) =>
                {
                    let noun = if i.fact.chars().all(|c| c.is_ascii_alphabetic()) {
                        super::schema::singular(&i.fact.to_lowercase())
                    } else {
                        "row".to_string()
                    };
                    format!(" per {noun},")
                }
                _ => String::new(),
            };
            r.out.headline = format!(
                "{}{per_row} per {}{}: from {} in {} to {} in {} ({}).",
                capitalise(&what),
                g.word(),
                scope_words(i),
                n(rows.num(0, "value"), d),
                lbl(0),
                n(rows.num(last, "value"), d),
                lbl(last),
                rows.num(last, "change_from_first_pct").map(fmt_pct_signed).unwrap_or_else(|| "n/a".into())
            );
            if let Some(note) = partial_ends_note(i, g, &rows.text(0, "period"), &rows.text(last, "period")) {
                r.out.interpretation.push(note);
            }
            r.out.interpretation.push(format!(
                "Peak: {} in {}. Low: {} in {}. {} {}s in all.",
                n(rows.num(hi, "value"), d),
                lbl(hi),
                n(rows.num(lo, "value"), d),
                lbl(lo),
                rows.rows.len(),
                g.word()
            ));
            r.out.table.push(vec![capitalise(g.word()), capitalise(&what)]);
            let shown: Vec<usize> = if rows.rows.len() <= 24 {
                (0..rows.rows.len()).collect()
            } else {
                (rows.rows.len() - 24..rows.rows.len()).collect()
            };
            if rows.rows.len() > 24 {
                r.out.notes.push(format!(
                    "The table shows the last 24 of {} {}s; the chart shows all.",
                    rows.rows.len(),
                    g.word()
                ));
            }
            for k in shown {
                r.out.table.push(vec![lbl(k), n(rows.num(k, "value"), d)]);
            }
            // The series is already in hand: chart it as it is (no second scan of the table).
            if !rows.truncated {
                let mw = measure_words(i);
                let data: Vec<serde_json::Value> = (0..rows.rows.len())
                    .map(|k| json!([Sql::chart_x(g, &rows.text(k, "period")), rows.num(k, "value")]))
                    .collect();
                let title = format!("{} per {}{}", capitalise(&what), g.word(), scope_words(i));
                return r.chart(
                    json!({"type": "line", "title": title, "data": {"columns": ["period", mw], "rows": data}, "x": "period", "y": mw,
                           "x_label": capitalise(g.word()), "y_label": capitalise(&what)}),
                    &title,
                );
            }
        }
        Some(dim) => {
            let name = dim_name(dim);
            // One pass: the series per group, each row with its group's first, last and peak values.
            let rows = r.sql(
                "Each group's series, with its first, last and peak values",
                format!(
                    "WITH g AS ({}), \
                     s AS (SELECT k, MIN(p) AS first_period, MAX(p) AS last_period, MAX(v) AS peak FROM g GROUP BY k) \
                     SELECT g.k AS {}, g.p AS period, g.v AS value, s.first_period, s.last_period, s.peak, \
                     (SELECT v FROM g AS x WHERE x.k IS g.k AND x.p = s.first_period) AS first_value, \
                     (SELECT v FROM g AS x WHERE x.k IS g.k AND x.p = s.last_period) AS last_value \
                     FROM g JOIN s ON s.k IS g.k ORDER BY last_value DESC, g.k, g.p",
                    s.grouped(
                        &[(GroupKey::Dim(dim), "k"), (GroupKey::Expr(s.grain_expr(g)), "p")],
                        &[(None, "v")],
                        &[]
                    ),
                    q(&name)
                ),
            )?;
            if rows.rows.is_empty() {
                r.out.headline = format!("No rows match{}.", scope_words(i));
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
                scope_words(i),
                rows.text(top, &name),
                g.word(),
                n(rows.num(top, "last_value"), d),
                grain_label(g, &rows.text(top, "last_period"))
            );
            r.out.table.push(vec![key_header(&name), "First".into(), "Last".into(), "Peak".into()]);
            for &k in firsts.iter().take(25) {
                r.out.table.push(vec![
                    rows.text(k, &name),
                    format!("{} ({})", n(rows.num(k, "first_value"), d), grain_label(g, &rows.text(k, "first_period"))),
                    format!("{} ({})", n(rows.num(k, "last_value"), d), grain_label(g, &rows.text(k, "last_period"))),
                    n(rows.num(k, "peak"), d),
                ]);
            }
            if firsts.len() > 8 {
                r.out.notes.push("The chart shows the 8 groups highest in the last period.".into());
            }
            if !rows.truncated {
                let shown: Vec<String> = firsts.iter().take(8).map(|&k| rows.text(k, &name)).collect();
                let mw = measure_words(i);
                let mut data: Vec<(String, String, Option<f64>)> = (0..rows.rows.len())
                    .filter(|&k| shown.contains(&rows.text(k, &name)))
                    .map(|k| (Sql::chart_x(g, &rows.text(k, "period")), rows.text(k, &name), rows.num(k, "value")))
                    .collect();
                data.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
                let data: Vec<serde_json::Value> = data.into_iter().map(|(x, k, v)| json!([x, k, v])).collect();
                let title = format!("{} per {} by {name}{}", capitalise(&what), g.word(), scope_words(i));
                return r.chart(
                    json!({"type": "line", "title": title, "data": {"columns": ["period", name, mw], "rows": data}, "x": "period",
                           "y": mw, "group": name, "x_label": capitalise(g.word()), "y_label": capitalise(&what)}),
                    &title,
                );
            }
        }
    }
    let title = match dim {
        None => format!("{} per {}{}", capitalise(&what), g.word(), scope_words(i)),
        Some(dm) => format!("{} per {} by {}{}", capitalise(&what), g.word(), dim_name(dm), scope_words(i)),
    };
    trend_chart(r, i, dim, g, &title)
}

pub fn best_period(r: &mut Runner, i: &Intent, desk: &Desk, desc: bool) -> R {
    let s = Sql { i };
    let d = decimals(i, desk);
    let g = s.grain();
    let order = if desc { "DESC" } else { "ASC" };
    let gap = if desc {
        "value - LEAD(value) OVER (ORDER BY value DESC)"
    } else {
        "LEAD(value) OVER (ORDER BY value ASC) - value"
    };
    // One pass: the whole series in time order, each period with its rank and its gap to the next one.
    let rows = r.sql(
        "Every period, ranked",
        format!(
            "SELECT p AS period, value, RANK() OVER (ORDER BY value {order}) AS rank, {gap} AS gap_to_next \
             FROM ({}) WHERE value IS NOT NULL ORDER BY p",
            s.per_period(g)
        ),
    )?;
    let what = figure_words(i);
    if rows.rows.is_empty() {
        r.out.headline = format!("No rows match{}.", scope_words(i));
        return Ok(());
    }
    let mut ranked: Vec<usize> = (0..rows.rows.len()).collect();
    ranked.sort_by(|a, b| rows.num(*a, "rank").partial_cmp(&rows.num(*b, "rank")).unwrap_or(std::cmp::Ordering::Equal));
    let lbl = |k: usize| grain_label(g, &rows.text(k, "period"));
    let (first, second) = (ranked[0], ranked.get(1).copied());
    // "with 20 orders" for a count; "with total revenue of 31,386.55" for a figure.
    let value = n(rows.num(first, "value"), d);
    let counted = !matches!(i.measure, Measure::Column(_));
    // Neutral words: the year with the most deaths is not the "best" year.
    r.out.headline = if counted {
        format!(
            "The {} {} was {} with {value} {}{}.",
            if desc { "busiest" } else { "quietest" },
            g.word(),
            lbl(first),
            measure_words(i),
            scope_words(i)
        )
    } else {
        format!(
            "{} had the {} {what}{}: {value}.",
            capitalise(&lbl(first)),
            if desc { "highest" } else { "lowest" },
            scope_words(i)
        )
    };
    if let Some(sec) = second {
        r.out.interpretation.push(format!(
            "Runner-up: {} ({}), {} by {}.",
            lbl(sec),
            n(rows.num(sec, "value"), d),
            if desc { "behind" } else { "above" },
            n(rows.num(first, "gap_to_next"), d)
        ));
    }
    r.out.table.push(vec!["Rank".into(), capitalise(g.word()), capitalise(&what)]);
    for &k in ranked.iter().take(5) {
        r.out.table.push(vec![n(rows.num(k, "rank"), 0), lbl(k), n(rows.num(k, "value"), d)]);
    }
    let title = format!("{} per {}{}", capitalise(&what), g.word(), scope_words(i));
    if rows.truncated {
        return trend_chart(r, i, None, g, &title);
    }
    let mw = measure_words(i);
    let data: Vec<serde_json::Value> =
        (0..rows.rows.len()).map(|k| json!([Sql::chart_x(g, &rows.text(k, "period")), rows.num(k, "value")])).collect();
    r.chart(
        json!({"type": "line", "title": title, "data": {"columns": ["period", mw], "rows": data}, "x": "period", "y": mw,
               "x_label": capitalise(g.word()), "y_label": capitalise(&what)}),
        &title,
    )
}

/// One measure as a share of another over the same rows ("share of manufacturing in nonfarm").
fn ratio(r: &mut Runner, i: &Intent, desk: &Desk, a: &str, b: &str) -> R {
    let s = Sql { i };
    let d = decimals(i, desk);
    // Which is the part: word order varies ("share of A in B", "percentage of B is A"); a part is the
    // smaller of the two totals. One query gives both totals and both shares.
    let rows = r.sql(
        "The part and the whole",
        format!(
            "SELECT SUM(f.{qa}) AS a, SUM(f.{qb}) AS b, 100.0 * SUM(f.{qa}) / SUM(f.{qb}) AS a_of_b, \
             100.0 * SUM(f.{qb}) / SUM(f.{qa}) AS b_of_a {}{}",
            s.from(),
            s.where_(&[]),
            qa = q(a),
            qb = q(b)
        ),
    )?;
    let b_is_part = rows.num(0, "a") > rows.num(0, "b");
    let (part, whole) = if b_is_part { (b, a) } else { (a, b) };
    let (part_v, whole_v, share) = if b_is_part {
        (rows.num(0, "b"), rows.num(0, "a"), rows.num(0, "b_of_a"))
    } else {
        (rows.num(0, "a"), rows.num(0, "b"), rows.num(0, "a_of_b"))
    };
    let (pw, ww) = (part.replace('_', " "), whole.replace('_', " "));
    r.out.headline = format!(
        "{} is {} of {ww}{}: {} of {}.",
        capitalise(&pw),
        pct(share),
        scope_words(i),
        n(part_v, d),
        n(whole_v, d)
    );
    r.out.table = vec![
        vec!["Figure".into(), "Value".into()],
        vec![format!("Total {pw}"), n(part_v, d)],
        vec![format!("Total {ww}"), n(whole_v, d)],
        vec!["Share".into(), pct(share)],
    ];
    r.out.interpretation.push(format!("Both totals are over the same rows{}.", scope_words(i)));
    Ok(())
}

pub fn share(r: &mut Runner, i: &Intent, desk: &Desk) -> R {
    if let (true, true, Some(whole), Measure::Column(part)) =
        (i.filters.is_empty(), i.dims.is_empty(), &i.measure2, &i.measure)
    {
        return ratio(r, i, desk, part, whole);
    }
    // Shares by a grouping: the filters (a follow-up's "now only for the West region") are the scope.
    if i.filters.is_empty() || !i.dims.is_empty() {
        return if i.dims.is_empty() { summary(r, i, desk) } else { breakdown(r, i, desk, true) };
    }
    let d = decimals(i, desk);
    // The filters describe the part; the whole is everything else in scope (the period).
    let s = Sql { i };
    let cond = s.filter_conds().join(" AND ");
    let mut whole = i.clone();
    whole.filters.clear();
    let sw = Sql { i: &whole };
    let from = s.from();
    let sql = if additive(i) {
        // Add up the figure per value of the filtered dimensions first (the fact table grouped by its join
        // keys, then joined: one join per group, not per row), then the part is the groups that match.
        let mut fdims: Vec<&super::schema::Dimension> = Vec::new();
        for (d, _) in &i.filters {
            if !fdims.iter().any(|x| x.table == d.table && x.column == d.column) {
                fdims.push(d);
            }
        }
        let names: Vec<String> = (0..fdims.len()).map(|n| format!("k{n}")).collect();
        let keys: Vec<(GroupKey, &str)> =
            fdims.iter().zip(&names).map(|(d, nm)| (GroupKey::Dim(d), nm.as_str())).collect();
        let part: Vec<String> = fdims
            .iter()
            .zip(&names)
            .map(|(d, nm)| {
                let vals: Vec<String> = i
                    .filters
                    .iter()
                    .filter(|(x, _)| x.table == d.table && x.column == d.column)
                    .map(|(_, v)| lit(v))
                    .collect();
                format!("{} IN ({})", q(nm), vals.join(", "))
            })
            .collect();
        format!(
            "SELECT part, total, 100.0 * part / total AS share_pct FROM (SELECT SUM(CASE WHEN {} THEN value END) AS part, SUM(value) AS total FROM ({}))",
            part.join(" AND "),
            sw.grouped(&keys, &[(None, "value")], &[])
        )
    } else {
        format!(
            "SELECT part, total, 100.0 * part / total AS share_pct FROM (SELECT {} AS part, {} AS total {from}{})",
            s.agg(Some(&cond)),
            s.agg(None),
            sw.where_(&[])
        )
    };
    let rows = r.sql("The part and the whole", sql)?;
    let what = figure_words(i);
    let part_words: Vec<String> = i.filters.iter().map(|(dm, v)| format!("{v} ({})", dim_name(dm))).collect();
    // The whole's scope: the period and any values left out (the kept values are the part).
    let period = scope_words(&Intent { filters: Vec::new(), ..i.clone() });
    r.out.headline = format!(
        "{} of {what}{period} came from {}: {} of {}.",
        pct(rows.num(0, "share_pct")),
        part_words.join(", "),
        n(rows.num(0, "part"), d),
        n(rows.num(0, "total"), d)
    );
    r.out.table = vec![
        vec!["Figure".into(), "Value".into()],
        vec![format!("{} for {}", capitalise(&what), part_words.join(", ")), n(rows.num(0, "part"), d)],
        vec![format!("{} overall", capitalise(&what)), n(rows.num(0, "total"), d)],
        vec!["Share".into(), pct(rows.num(0, "share_pct"))],
    ];
    if let (true, Some(part), Some(total)) = (additive(i), rows.num(0, "part"), rows.num(0, "total")) {
        if total != 0.0 {
            r.out.interpretation.push(format!(
                "The rest, {} ({}), came from everything else{period}.",
                n(Some(total - part), d),
                pct(Some(100.0 * (total - part) / total))
            ));
        }
    }
    // The whole split by the first filter's dimension, as context and chart.
    if let Some((dim, _)) = i.filters.first() {
        let mut split = whole.clone();
        split.dims = vec![dim.clone()];
        let ss = Sql { i: &split };
        let name = dim_name(dim);
        let mw = measure_words(i);
        let chart_sql = format!(
            "SELECT {}, 100.0 * value / SUM(value) OVER () AS share_pct FROM ({}) ORDER BY 2 DESC LIMIT 40",
            q(&name),
            ss.grouped(&[(GroupKey::Dim(dim), &name)], &[(None, "value")], &[])
        );
        let title = format!("Share of {what} by {name}{period}");
        let _ = mw;
        r.chart(json!({"type": "bar", "title": title, "sql": chart_sql, "x": name, "y": "share_pct", "x_label": capitalise(&name), "y_label": "Share of total (%)"}), &title)?;
    }
    Ok(())
}

pub fn distribution(r: &mut Runner, i: &Intent, desk: &Desk) -> R {
    let Measure::Column(c) = &i.measure else {
        r.out.headline = "A distribution needs a numeric measure; none was named.".into();
        return Ok(());
    };
    let s = Sql { i };
    let d = if desk
        .table(&i.fact)
        .and_then(|t| t.columns.iter().find(|x| &x.name == c))
        .is_some_and(|x| x.ty == crate::tables::ColumnType::Integer)
    {
        0
    } else {
        2
    };
    let col = format!("f.{}", q(c));
    let w = s.where_(&[format!("{col} IS NOT NULL")]);
    let from = s.from();
    let rows = r.sql(
        "Summary statistics",
        format!(
            "SELECT COUNT({col}) AS n, MIN({col}) AS min, AVG({col}) AS mean, \
             (SELECT {col} {from}{w} ORDER BY {col} LIMIT 1 OFFSET (SELECT (COUNT(*) - 1) / 2 {from}{w})) AS median, MAX({col}) AS max, \
             (SELECT {col} {from}{w} ORDER BY {col} LIMIT 1 OFFSET (SELECT (COUNT(*) * 99) / 100 {from}{w})) AS p99, \
             (SELECT COUNT(*) {from}{w} AND {col} > (SELECT {col} {from}{w} ORDER BY {col} LIMIT 1 OFFSET (SELECT (COUNT(*) * 99) / 100 {from}{w}))) AS above_p99 {from}{w}"
        ),
    )?;
    let mw = c.replace('_', " ");
    r.out.headline = format!(
        "{} values of {mw}{}: median {}, mean {}, ranging from {} to {}.",
        n(rows.num(0, "n"), 0),
        scope_words(i),
        n(rows.num(0, "median"), d.max(if rows.num(0, "median").is_some_and(|m| m.fract() != 0.0) { 2 } else { 0 })),
        n(rows.num(0, "mean"), 2),
        n(rows.num(0, "min"), d),
        n(rows.num(0, "max"), d)
    );
    r.out.table = vec![
        vec!["Statistic".into(), capitalise(&mw)],
        vec!["Count".into(), n(rows.num(0, "n"), 0)],
        vec!["Minimum".into(), n(rows.num(0, "min"), d)],
        vec![
            "Median".into(),
            n(
                rows.num(0, "median"),
                d.max(if rows.num(0, "median").is_some_and(|m| m.fract() != 0.0) { 2 } else { 0 }),
            ),
        ],
        vec!["Mean".into(), n(rows.num(0, "mean"), 2)],
        vec!["Maximum".into(), n(rows.num(0, "max"), d)],
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
    let sample = rows.num(0, "n").is_some_and(|k| k > 150_000.0);
    let mut extra = if sample {
        vec![format!("{col} IS NOT NULL"), "f.rowid % 10 = 0".into()]
    } else {
        vec![format!("{col} IS NOT NULL")]
    };
    // A few extreme values would squash every other bar into one: chart up to the 99th percentile then.
    if rows.num(0, "p99").zip(rows.num(0, "max")).is_some_and(|(p, m)| m > 3.0 * p.abs().max(f64::MIN_POSITIVE)) {
        if let Some(p99) = rows.get(0, "p99").map(crate::tools::sql::value_text) {
            extra.push(format!("{col} <= {p99}"));
            r.out.notes.push(format!(
                "The histogram shows values up to the 99th percentile ({}); {} larger values are left out of the chart but counted in the statistics.",
                n(rows.num(0, "p99"), d),
                n(rows.num(0, "above_p99"), 0)
            ));
        }
    }
    if sample {
        r.out.notes.push("The histogram uses every 10th row (the statistics use all rows).".into());
    }
    let title = format!("Distribution of {mw}{}", scope_words(i));
    r.chart(json!({"type": "histogram", "title": title, "sql": format!("SELECT {col} AS {} {from}{}", q(&mw), s.where_(&extra)), "x": mw, "x_label": capitalise(&mw), "y_label": "Rows"}), &title)?;
    Ok(())
}

pub fn relationship(r: &mut Runner, i: &Intent, _desk: &Desk) -> R {
    let (Measure::Column(a), Some(b)) = (&i.measure, &i.measure2) else { return Ok(()) };
    let s = Sql { i };
    let (x, y) = (format!("f.{}", q(a)), format!("f.{}", q(b)));
    let w = s.where_(&[format!("{x} IS NOT NULL AND {y} IS NOT NULL")]);
    let from = s.from();
    let rows = r.sql(
        "Pearson correlation",
        // SQLite here has no sqrt(): r = sign(cov) * sqrt(r²), the root by Newton's method in a recursive CTE.
        format!(
            "WITH RECURSIVE m AS (SELECT COUNT(*) AS n, SUM({x}) AS sx, SUM({y}) AS sy, SUM({x} * {x}) AS sxx, SUM({y} * {y}) AS syy, \
             SUM({x} * {y}) AS sxy {from}{w}), s AS (SELECT n, sxy - sx * sy / n AS cov, sxx - sx * sx / n AS vx, syy - sy * sy / n AS vy FROM m), \
             r2 AS (SELECT n, cov, vx, cov * cov / (vx * vy) AS r2 FROM s), \
             it(i, x) AS (SELECT 0, 1.0 UNION ALL SELECT i + 1, (x + r2.r2 / x) / 2 FROM it, r2 WHERE i < 60 AND x > 0) \
             SELECT n, CASE WHEN cov < 0 THEN -1 ELSE 1 END * (SELECT CASE WHEN r2.r2 = 0 THEN 0 ELSE x END FROM it ORDER BY i DESC LIMIT 1) AS correlation, \
             cov / vx AS slope FROM r2"
        ),
    )?;
    let (an, bn) = (a.replace('_', " "), b.replace('_', " "));
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
    r.out.headline = format!(
        "{} and {bn} show {strength}{dir} linear relationship: correlation {} over {} rows{}.",
        capitalise(&an),
        rv.map(|v| fmt_num(v, 3)).unwrap_or_else(|| "n/a".into()),
        n(rows.num(0, "n"), 0),
        scope_words(i)
    );
    r.out.table = vec![
        vec!["Figure".into(), "Value".into()],
        vec!["Pearson correlation (r)".into(), rv.map(|v| fmt_num(v, 3)).unwrap_or_else(|| "n/a".into())],
        vec![
            format!("Slope ({bn} per unit of {an})"),
            rows.num(0, "slope").map(|v| fmt_num(v, 3)).unwrap_or_else(|| "n/a".into()),
        ],
        vec!["Rows with both values".into(), n(rows.num(0, "n"), 0)],
    ];
    r.out
        .interpretation
        .push("Correlation measures a straight-line association only; it does not show cause and effect.".into());
    let sample = rows.num(0, "n").is_some_and(|k| k > 150_000.0);
    let mut extra = vec![format!("{x} IS NOT NULL AND {y} IS NOT NULL")];
    if sample {
        extra.push("f.rowid % 10 = 0".into());
        r.out.notes.push("The scatter plot shows every 10th row (the correlation uses all rows).".into());
    }
    let title = format!("{} vs {}{}", capitalise(&bn), an, scope_words(i));
    r.chart(json!({"type": "scatter", "title": title, "sql": format!("SELECT {x} AS {}, {y} AS {} {from}{}", q(&an), q(&bn), s.where_(&extra)), "x": an, "y": bn, "x_label": capitalise(&an), "y_label": capitalise(&bn)}), &title)?;
    Ok(())
}

pub fn quality(r: &mut Runner, i: &Intent, desk: &Desk) -> R {
    let Some(t) = desk.table(&i.fact) else { return Ok(()) };
    let tn = q(&t.name);
    let dup = r.sql("Exact duplicate rows", format!("SELECT COUNT(*) AS rows_stored, COUNT(*) - (SELECT COUNT(*) FROM (SELECT DISTINCT * FROM {tn})) AS duplicate_rows FROM {tn}"))?;
    let parts: Vec<String> = t
        .columns
        .iter()
        .map(|c| {
            format!(
                "SELECT {} AS column_name, SUM({} IS NULL) AS missing FROM {tn}",
                super::answer::q(&c.name).replace('"', "'"),
                q(&c.name)
            )
        })
        .collect();
    let missing = r.sql(
        "Missing values per column",
        format!(
            "SELECT column_name, missing FROM ({}) WHERE missing > 0 ORDER BY missing DESC",
            parts.join(" UNION ALL ")
        ),
    )?;
    let measures: Vec<&super::schema::Column> = match &i.measure {
        Measure::Column(c) => t.columns.iter().filter(|x| &x.name == c).collect(),
        _ => {
            let main = super::question::main_measure(desk, &t.name);
            let mut v: Vec<&super::schema::Column> =
                t.columns.iter().filter(|c| c.is_numeric() && !c.is_key() && !c.is_year_number()).collect();
            v.sort_by_key(|c| Some(&c.name) != main.as_ref());
            v.into_iter().take(4).collect()
        }
    };
    let mut outlier_rows = Vec::new();
    if !measures.is_empty() {
        let parts: Vec<String> = measures
            .iter()
            .map(|c| {
                let col = q(&c.name);
                format!(
                    "SELECT '{}' AS column_name, COUNT(*) AS outliers, MAX(ABS({col} - mu)) + mu AS farthest FROM {tn}, (SELECT AVG({col}) AS mu, AVG({col} * {col}) - AVG({col}) * AVG({col}) AS var FROM {tn}) WHERE ({col} - mu) * ({col} - mu) > 9 * var",
                    c.name.replace('\'', "")
                )
            })
            .collect();
        let o = r.sql("Outliers (more than 3 standard deviations from the mean)", parts.join(" UNION ALL "))?;
        for k in 0..o.rows.len() {
            outlier_rows.push((o.text(k, "column_name"), o.num(k, "outliers")));
        }
    }
    let main = measures
        .first()
        .filter(|c| c.ty == crate::tables::ColumnType::Real || c.ty == crate::tables::ColumnType::Integer)
        .map(|c| c.name.clone());
    let d = main
        .as_ref()
        .and_then(|m| t.columns.iter().find(|c| &c.name == m))
        .map(|c| if c.ty == crate::tables::ColumnType::Integer { 0 } else { 2 })
        .unwrap_or(2);
    let mut totals = None;
    if let Some(m) = &main {
        let col = q(m);
        totals = Some(r.sql("Totals as stored and without duplicate rows", format!("SELECT SUM({col}) AS total_as_stored, (SELECT SUM({col}) FROM (SELECT DISTINCT * FROM {tn})) AS total_without_duplicates FROM {tn}"))?);
    }
    let dups = dup.num(0, "duplicate_rows").unwrap_or(0.0);
    let missing_total: f64 = (0..missing.rows.len()).filter_map(|k| missing.num(k, "missing")).sum();
    r.out.headline = format!(
        "{}: {} rows, {} exact duplicate rows, {} with missing values, {} outliers.",
        t.name,
        n(dup.num(0, "rows_stored"), 0),
        n(dup.num(0, "duplicate_rows"), 0),
        if missing.rows.len() == 1 { "1 column".to_string() } else { format!("{} columns", missing.rows.len()) },
        fmt_num(outlier_rows.iter().filter_map(|(_, v)| *v).sum::<f64>(), 0)
    );
    r.out.table.push(vec!["Check".into(), "Result".into()]);
    r.out.table.push(vec!["Rows stored".into(), n(dup.num(0, "rows_stored"), 0)]);
    r.out.table.push(vec!["Exact duplicate rows".into(), n(dup.num(0, "duplicate_rows"), 0)]);
    for k in 0..missing.rows.len() {
        r.out.table.push(vec![format!("Missing {}", missing.text(k, "column_name")), n(missing.num(k, "missing"), 0)]);
    }
    for (c, v) in &outlier_rows {
        r.out.table.push(vec![format!("Outliers in {c} (beyond 3 s.d.)"), n(*v, 0)]);
    }
    if let (Some(tot), Some(m)) = (&totals, &main) {
        r.out.table.push(vec![format!("Total {m} as stored"), n(tot.num(0, "total_as_stored"), d)]);
        r.out.table.push(vec![format!("Total {m} without duplicates"), n(tot.num(0, "total_without_duplicates"), d)]);
        if dups > 0.0 {
            r.out.interpretation.push(format!(
                "Duplicate rows inflate the total {m}: {} as stored against {} once duplicates are removed.",
                n(tot.num(0, "total_as_stored"), d),
                n(tot.num(0, "total_without_duplicates"), d)
            ));
        }
    }
    if missing_total == 0.0 {
        r.out.interpretation.push("No column has missing values.".into());
    }
    if dups == 0.0 {
        r.out.interpretation.push("No row is an exact copy of another.".into());
    }
    Ok(())
}

pub fn describe(r: &mut Runner, _i: &Intent, desk: &Desk) -> R {
    let mut lines = Vec::new();
    r.out.table.push(vec![
        "Table".into(),
        "Column".into(),
        "Type".into(),
        "Non-empty".into(),
        "Distinct".into(),
        "Min".into(),
        "Max".into(),
        "Mean".into(),
    ]);
    for t in desk.tables.iter().take(8) {
        let tn = q(&t.name);
        let parts: Vec<String> = t
            .columns
            .iter()
            .map(|c| {
                let col = q(&c.name);
                let mean = if c.is_numeric() { format!("AVG({col})") } else { "NULL".into() };
                format!("SELECT '{}' AS column_name, COUNT({col}) AS non_empty, COUNT(DISTINCT {col}) AS distinct_values, MIN({col}) AS min, MAX({col}) AS max, {mean} AS mean, COUNT(*) AS rows FROM {tn}", c.name.replace('\'', ""))
            })
            .collect();
        let rows = r.sql(&format!("Profile of {}", t.name), parts.join(" UNION ALL "))?;
        let total = rows.num(0, "rows");
        lines.push(format!("{} ({} rows, {} columns)", t.name, n(total, 0), t.columns.len()));
        for (k, c) in t.columns.iter().enumerate() {
            let dec = if c.ty == crate::tables::ColumnType::Integer { 0 } else { 2 };
            let show = |v: Option<&serde_json::Value>| match v {
                Some(serde_json::Value::Number(x)) => x.as_f64().map(|f| fmt_num(f, dec)).unwrap_or_default(),
                Some(serde_json::Value::String(s)) => s.chars().take(30).collect(),
                _ => String::new(),
            };
            r.out.table.push(vec![
                t.name.clone(),
                c.name.clone(),
                format!("{:?}", c.ty).to_lowercase(),
                n(rows.num(k, "non_empty"), 0),
                n(rows.num(k, "distinct_values"), 0),
                show(rows.get(k, "min")),
                show(rows.get(k, "max")),
                rows.num(k, "mean").map(|m| fmt_num(m, 2)).unwrap_or_default(),
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
