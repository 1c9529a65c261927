//! How a bound plan is said: the name of a figure ("total revenue", "number of orders", "spending"),
//! its scope ("for region West, in 2025"), numbers with the decimals and unit that fit the figure,
//! period keys as people read them ("March 2026", "Q1 2026", "Monday", "14:00"), and the plan in plain
//! words for the answer's "Read as:" line and the report's "How the question was read" section.

use super::bind::{BFilter, BMeasure, BOp, Bound, ColRef, Key};
use crate::analyst::plan::{Agg, Direction, FilterOp, Grain, Sign};
use crate::semantics::Role;
use crate::tools::sql::thousands;

pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

/// "customer" -> "customers", "category" -> "categories"; a word ending in s stays.
pub fn plural(w: &str) -> String {
    // "day of the week" -> "days of the week": the head noun takes the plural.
    if let Some((head, rest)) = w.split_once(" of ") {
        return format!("{} of {rest}", plural(head));
    }
    let lower = w.to_lowercase();
    if lower.ends_with('s') || lower.ends_with("data") {
        return w.to_string();
    }
    // "sold by", "assigned to": a name ending in a preposition has no plural of its own.
    if lower.rsplit(' ').next().is_some_and(|l| matches!(l, "by" | "to" | "from" | "for" | "with" | "at" | "on" | "in"))
        && lower.contains(' ')
    {
        return format!("{w} values");
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
    if w.ends_with("ss") || w.ends_with("us") || w.len() <= 3 || w == "sales" || w == "news" {
        return w.to_string();
    }
    if let Some(s) =
        w.strip_suffix("es").filter(|s| s.ends_with("ch") || s.ends_with("sh") || s.ends_with('x') || s.ends_with("ss"))
    {
        return s.to_string();
    }
    w.strip_suffix('s').unwrap_or(w).to_string()
}

/// A file-name-safe slug: "revenue by region" -> "revenue-by-region".
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "chart".into()
    } else {
        out
    }
}

/// A column as words: "unit price".
pub fn col_words(c: &ColRef) -> String {
    c.col.words()
}

/// What one row of the analysed table is called ("orders", "visits"), or "rows".
pub fn row_noun(b: &Bound) -> String {
    match b.desk.table(&b.fact) {
        Some(t) => {
            let w = t.row_words();
            if w.is_empty() || w.chars().any(|c| c.is_ascii_digit()) {
                "rows".into()
            } else {
                w
            }
        }
        None => "rows".into(),
    }
}

/// The measure's name without its aggregate: "revenue", "quantity × unit price", "spending".
pub fn measure_name(b: &Bound, m: &BMeasure) -> String {
    if let Some(l) = &m.label {
        return l.clone();
    }
    let Some(c) = &m.col else { return row_noun(b) };
    let mut s = col_words(c);
    if let Some(t) = &m.times {
        s = format!("{s} × {}", col_words(t));
    }
    match m.sign {
        Sign::All => s,
        Sign::Outflow => format!("money out ({s} below zero)"),
        Sign::Inflow => format!("money in ({s} above zero)"),
        Sign::Size => format!("{s} (as sizes)"),
    }
}

/// The figure's name: "total revenue", "average unit price", "number of orders".
pub fn figure(b: &Bound, m: &BMeasure) -> String {
    if !m.only.is_empty() {
        let base = BMeasure { only: Vec::new(), ..m.clone() };
        let with: Vec<String> = m.only.iter().map(filter_words).collect();
        return format!("{} for {}", figure(b, &base), with.join(" and "));
    }
    if !m.part.is_empty() {
        let base = BMeasure { part: Vec::new(), ..m.clone() };
        let of = if base.col.is_none() { row_noun(b) } else { figure(b, &base) };
        let with: Vec<String> = m.part.iter().map(filter_words).collect();
        return format!("share of {of} with {}", with.join(" and "));
    }
    let name = measure_name(b, m);
    let base = match m.agg {
        Agg::Count if m.col.is_none() => format!("number of {name}"),
        Agg::Count => format!("number of {name} values"),
        Agg::CountDistinct if m.label.is_some() => format!("number of {name}"),
        Agg::CountDistinct => format!("number of distinct {}", plural(&name)),
        Agg::Sum => {
            if name.split(' ').any(|w| w.eq_ignore_ascii_case("total")) {
                name
            } else {
                format!("total {name}")
            }
        }
        Agg::Avg => format!("average {name}"),
        Agg::Min => format!("lowest {name}"),
        Agg::Max => format!("highest {name}"),
        Agg::Median => format!("median {name}"),
        Agg::Ratio => match (&m.per, m.per_many) {
            (Some(p), Some(n)) => format!("{name} per {} {}", thousands(n, 0), col_words(p)),
            (Some(p), None) => format!("{name} per {}", singular(&col_words(p))),
            (None, _) => name,
        },
    };
    match &m.each {
        // (A day's own figure, the same on each of its rows, averaged over the days: "average max temp".)
        Some(Key::Time(_)) if base.starts_with("average ") => base,
        Some(Key::Time(g)) => format!("average {} {}", g.adjective(), base.trim_start_matches("total ")),
        Some(Key::Col(c)) => format!("average {base} per {}", singular(&col_words(c))),
        None => base,
    }
}

/// Whether a measure's figure is a fraction best shown as a percentage.
pub fn is_fraction(m: &BMeasure) -> bool {
    let frac_col = m.col.as_ref().is_some_and(|c| c.col.role == Role::Fraction);
    match m.agg {
        Agg::Avg | Agg::Median | Agg::Min | Agg::Max => frac_col && m.times.is_none(),
        _ => false,
    }
}

/// Decimals for a measure's figures: none for counts and sums of whole numbers, two otherwise.
pub fn decimals(m: &BMeasure) -> usize {
    if !m.part.is_empty() {
        return 2;
    }
    match m.agg {
        Agg::Count | Agg::CountDistinct => 0,
        Agg::Avg | Agg::Ratio | Agg::Median => 2,
        Agg::Sum | Agg::Min | Agg::Max => {
            let int = |c: &Option<ColRef>| c.as_ref().is_none_or(|c| c.col.ty == crate::tables::ColumnType::Integer);
            if m.each.is_some() || !int(&m.col) || (m.times.is_some() && !int(&m.times)) {
                2
            } else {
                0
            }
        }
    }
}

/// The unit shown before or after a figure.
fn unit(m: &BMeasure) -> Option<String> {
    if matches!(m.agg, Agg::Count | Agg::CountDistinct | Agg::Ratio) {
        return None;
    }
    // (A product with a money column, nights × nightly rate, is money: the currency wins over the other unit.)
    let times = m.times.as_ref().and_then(|c| c.col.unit.clone());
    if times.as_deref().is_some_and(currency_sign) {
        return times;
    }
    m.col.as_ref().and_then(|c| c.col.unit.clone()).or(times)
}

/// A figure as written in an answer: "$1,234.50", "12.34%", "1,234", "3.50 hours".
/// Decimals enough to show a small non-zero figure with three significant digits (0.0043, not 0.00).
pub fn enough(v: f64, d: usize) -> usize {
    if v == 0.0 || !v.is_finite() || v.abs() >= 1.0 {
        return d;
    }
    let needed = (-v.abs().log10()).ceil() as usize + 2;
    d.max(needed.min(12))
}

pub fn value(m: &BMeasure, v: Option<f64>) -> String {
    let Some(v) = v else { return "no value".into() };
    if !m.part.is_empty() {
        return format!("{}%", thousands(v, enough(v, 2)));
    }
    if is_fraction(m) {
        return format!("{}%", thousands(100.0 * v, enough(100.0 * v, 2)));
    }
    let d = enough(v, decimals(m));
    match unit(m).as_deref() {
        Some(u) if currency_sign(u) => money_text(u, v, d),
        // (A column of percentages written as percent points, 3.5 for 3.5%, is shown as it is; one of fractions,
        // 0.035, times 100.)
        Some("%")
            if m.col.as_ref().and_then(|c| c.col.max.as_ref()).and_then(|x| x.as_f64()).is_some_and(|x| x > 1.0) =>
        {
            format!("{}%", thousands(v, enough(v, 2)))
        }
        Some("%") => format!("{}%", thousands(100.0 * v, enough(100.0 * v, 2))),
        Some(u) => format!("{} {u}", thousands(v, d)),
        None => thousands(v, d),
    }
}

/// A ratio shown both as a percentage and as a number when it lies between 0 and 1.
pub fn ratio_value(v: Option<f64>) -> String {
    match v {
        Some(x) if (0.0..=1.0).contains(&x) => {
            format!("{}% ({})", thousands(100.0 * x, enough(100.0 * x, 2)), thousands(x, enough(x, 4)))
        }
        Some(x) => thousands(x, enough(x, 2)),
        None => "no value".into(),
    }
}

/// A unit that is a currency's sign, written before its amounts.
fn currency_sign(u: &str) -> bool {
    matches!(u, "$" | "€" | "£" | "¥")
}

/// An amount of money as written: "$1,234.50", "-£3.20".
fn money_text(u: &str, v: f64, d: usize) -> String {
    if v < 0.0 {
        format!("-{u}{}", thousands(-v, d))
    } else {
        format!("{u}{}", thousands(v, d))
    }
}

/// A ratio of money over something that is not money ("spend per click", "takings per climber"): money per
/// one of them, not a fraction.
pub fn money_ratio(m: &BMeasure) -> bool {
    let cur = |c: Option<&ColRef>| c.and_then(|c| c.col.unit.as_deref()).is_some_and(currency_sign);
    m.agg == Agg::Ratio && cur(m.col.as_ref()) && !cur(m.per.as_ref())
}

/// A figure of measure `m`, ratios included.
pub fn fig(m: &BMeasure, v: Option<f64>) -> String {
    if m.agg == Agg::Ratio {
        if let (true, Some(x)) = (money_ratio(m), v) {
            let u = m.col.as_ref().and_then(|c| c.col.unit.as_deref()).unwrap_or_default();
            return money_text(u, x, enough(x, 2));
        }
        // (Per 1,000 of something: a rate, never a fraction shown as a percentage.)
        if let (Some(_), Some(x)) = (m.per_many, v) {
            return thousands(x, enough(x, 2));
        }
        ratio_value(v)
    } else {
        value(m, v)
    }
}

pub fn pct(v: Option<f64>) -> String {
    v.map(|x| format!("{}%", thousands(x, 2))).unwrap_or_else(|| "n/a".into())
}

pub fn pct_signed(v: Option<f64>) -> String {
    v.map(|x| format!("{}{}%", if x > 0.0 { "+" } else { "" }, thousands(x, 2))).unwrap_or_else(|| "n/a".into())
}

pub fn count(v: Option<f64>) -> String {
    v.map(|x| thousands(x, 0)).unwrap_or_else(|| "no value".into())
}

const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// A period key as people read it: "2026-03" -> "March 2026", "2026-Q1" -> "Q1 2026", weekday 1 ->
/// "Monday", hour 14 -> "14:00", month 3 -> "March".
pub fn period_label(g: Grain, key: &str) -> String {
    match g {
        Grain::Month => {
            let m: usize = key.get(5..7).and_then(|s| s.parse().ok()).unwrap_or(0);
            match (key.get(0..4), crate::calendar::MONTH_NAMES.get(m.wrapping_sub(1))) {
                (Some(y), Some(name)) if key.len() == 7 => format!("{name} {y}"),
                _ => key.to_string(),
            }
        }
        Grain::Quarter => match key.split_once("-Q") {
            Some((y, qn)) => format!("Q{qn} {y}"),
            None => key.to_string(),
        },
        Grain::Week => format!("the week of {key}"),
        Grain::HourOfDay => key.parse::<u32>().map(|h| format!("{h:02}:00")).unwrap_or_else(|_| key.to_string()),
        Grain::DayOfWeek => key
            .parse::<usize>()
            .ok()
            .and_then(|d| WEEKDAYS.get(d.wrapping_sub(1)))
            .map(|s| s.to_string())
            .unwrap_or_else(|| key.to_string()),
        Grain::MonthOfYear => key
            .parse::<usize>()
            .ok()
            .and_then(|m| crate::calendar::MONTH_NAMES.get(m.wrapping_sub(1)))
            .map(|s| s.to_string())
            .unwrap_or_else(|| key.to_string()),
        _ => key.to_string(),
    }
}

/// A key's name: "region", "month", "hour of the day".
pub fn key_name(k: &Key) -> String {
    match k {
        Key::Col(c) => {
            // A looked-up table's "name" names its rows: "customer", not "name".
            let w = col_words(c);
            if c.via.is_some() && matches!(w.as_str(), "name" | "full name" | "title" | "label") {
                let t = c.table.replace('_', " ");
                if !t.is_empty() && !t.chars().any(|ch| ch.is_ascii_digit()) {
                    return singular(&t);
                }
            }
            w
        }
        Key::Time(g) => g.word().to_string(),
    }
}

/// A key's value as shown.
pub fn key_label(k: &Key, v: &str) -> String {
    match k {
        Key::Time(g) => period_label(*g, v),
        Key::Col(_) => {
            if v.is_empty() || v == "NULL" {
                "(missing)".into()
            } else {
                v.to_string()
            }
        }
    }
}

/// "above 50", "of at least 5", "between 10 and 20".
pub fn condition_words(op: FilterOp, a: f64, b: Option<f64>) -> String {
    let n = |x: f64| thousands(x, if x.fract() == 0.0 { 0 } else { enough(x, 2) });
    match op {
        FilterOp::Gt => format!("above {}", n(a)),
        FilterOp::Ge => format!("at least {}", n(a)),
        FilterOp::Lt => format!("below {}", n(a)),
        FilterOp::Le => format!("at most {}", n(a)),
        FilterOp::Between => format!("between {} and {}", n(a), n(b.unwrap_or(a))),
        FilterOp::In | FilterOp::NotIn | FilterOp::Missing | FilterOp::Present => String::new(),
    }
}

fn filter_words(f: &BFilter) -> String {
    match f {
        BFilter::Values { col, keep, asked, .. } => {
            let vals = asked.join(" or ");
            if col.col.role == crate::semantics::Role::Flag {
                return format!("{} {}", col_words(col), if *keep { format!("= {vals}") } else { format!("≠ {vals}") });
            }
            if *keep {
                format!("{} {vals}", col_words(col))
            } else {
                format!("{} other than {vals}", col_words(col))
            }
        }
        BFilter::Missing { col, missing } => {
            format!("{} {}", col_words(col), if *missing { "missing" } else { "recorded" })
        }
        BFilter::Than { col, op, other } => {
            let dates = col.col.role == crate::semantics::Role::Time;
            let how = match (op, dates) {
                (FilterOp::Gt, true) => "after",
                (FilterOp::Ge, true) => "on or after",
                (FilterOp::Lt, true) => "before",
                (FilterOp::Le, true) => "on or before",
                (FilterOp::Gt, false) => "above",
                (FilterOp::Ge, false) => "at least",
                (FilterOp::Lt, false) => "below",
                _ => "at most",
            };
            format!("{} {how} {}", col_words(col), col_words(other))
        }
        BFilter::Number { col, op, a, b, part: Some(g), .. } => part_words(col, *g, *op, *a, *b),
        BFilter::Number { col, op, a, b, part: None, times, since } => {
            // A duration says its unit, as does a column in a unit of time ("duration above 1 hour").
            let unit = match since {
                Some(from) => Some(from.unit.clone()),
                None => col.col.unit.clone().filter(|u| crate::analyst::plan::seconds_in(u).is_some()),
            };
            let n = |x: f64| {
                let v = thousands(x, if x.fract() == 0.0 { 0 } else { 2 });
                match &unit {
                    Some(u) if x == 1.0 => format!("{v} {}", u.trim_end_matches('s')),
                    Some(u) => format!("{v} {u}"),
                    None => v,
                }
            };
            let what = match (times, since) {
                (Some(t), _) => format!("{} × {}", col_words(col), col_words(t)),
                (None, Some(from)) => format!("the time from {} to {}", col_words(&from.col), col_words(col)),
                (None, None) => col_words(col),
            };
            let (above, below) = if since.is_some() { ("over", "under") } else { ("above", "below") };
            match op {
                // The rows that are not reversals (refunds below zero): "not below zero".
                FilterOp::Ge if *a == 0.0 && times.is_none() && since.is_none() => format!("{what} not below zero"),
                FilterOp::Gt => format!("{what} {above} {}", n(*a)),
                FilterOp::Ge => format!("{what} of at least {}", n(*a)),
                FilterOp::Lt => format!("{what} {below} {}", n(*a)),
                FilterOp::Le => format!("{what} of at most {}", n(*a)),
                FilterOp::Between if b.is_none_or(|b| b == *a) => format!("{what} of {}", n(*a)),
                FilterOp::Between => format!("{what} between {} and {}", n(*a), n(b.unwrap_or(*a))),
                FilterOp::In | FilterOp::NotIn | FilterOp::Missing | FilterOp::Present => String::new(),
            }
        }
    }
}

/// A condition on the hour, weekday or month of a date column, in words ("opened at before 15:00",
/// "opened at on Saturday to Sunday").
fn part_words(col: &ColRef, g: Grain, op: FilterOp, a: f64, b: Option<f64>) -> String {
    const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    let name = |x: f64| -> String {
        let i = x as usize;
        match g {
            Grain::HourOfDay => format!("{i:02}:00"),
            Grain::DayOfWeek => DAYS.get(i.saturating_sub(1)).copied().unwrap_or("?").to_string(),
            _ => crate::calendar::MONTH_NAMES.get(i.saturating_sub(1)).copied().unwrap_or("?").to_string(),
        }
    };
    let what = match g {
        Grain::HourOfDay => "hour",
        Grain::DayOfWeek => "weekday",
        _ => "month",
    };
    let cond = match op {
        FilterOp::Lt => format!("before {}", name(a)),
        FilterOp::Le => format!("up to {}", name(a)),
        FilterOp::Gt => format!("after {}", name(a)),
        FilterOp::Ge => format!("from {} on", name(a)),
        _ if b.is_none_or(|b| b == a) => name(a),
        _ => format!("{} to {}", name(a), name(b.unwrap_or(a))),
    };
    format!("{} {what} {cond}", col_words(col))
}

/// " for region West, excluding category Software, where revenue above 1,000, in 2025".
pub fn scope(b: &Bound) -> String {
    scope_of(b, &b.filters, true)
}

/// The scope without the filters (the period alone, and conditions on numbers).
pub fn scope_period(b: &Bound) -> String {
    let keep: Vec<BFilter> =
        b.filters.iter().filter(|f| !matches!(f, BFilter::Values { keep: true, .. })).cloned().collect();
    scope_of(b, &keep, true)
}

fn scope_of(b: &Bound, filters: &[BFilter], with_period: bool) -> String {
    let mut s = String::new();
    let kept: Vec<String> =
        filters.iter().filter(|f| matches!(f, BFilter::Values { keep: true, .. })).map(filter_words).collect();
    if !kept.is_empty() {
        s.push_str(&format!(" for {}", kept.join(", ")));
    }
    let out: Vec<String> = filters
        .iter()
        .filter_map(|f| match f {
            BFilter::Values { col, keep: false, asked, .. } => {
                Some(format!("{} {}", col_words(col), asked.join(" and ")))
            }
            _ => None,
        })
        .collect();
    if !out.is_empty() {
        s.push_str(&format!(" excluding {}", out.join(", ")));
    }
    let conds: Vec<String> = filters
        .iter()
        .filter(|f| matches!(f, BFilter::Number { .. } | BFilter::Missing { .. } | BFilter::Than { .. }))
        .map(filter_words)
        .collect();
    if !conds.is_empty() {
        s.push_str(&format!(" where {}", conds.join(" and ")));
    }
    if with_period {
        if let Some(p) = &b.period {
            let open = ["since ", "until "].iter().any(|w| p.label.starts_with(w));
            // ("on December 24, 2024": a single day.)
            let day = p.label.split_whitespace().count() == 3 && p.label.contains(", ");
            s.push_str(&if open {
                format!(" {}", p.label)
            } else if day {
                format!(" on {}", p.label)
            } else {
                format!(" in {}", p.label)
            });
        }
    }
    s
}

fn agg_words(b: &Bound, m: &BMeasure) -> String {
    let name = m.col.as_ref().map(col_words).unwrap_or_else(|| row_noun(b));
    let name = match &m.times {
        Some(t) => format!("{name} × {} (row by row)", col_words(t)),
        None => name,
    };
    let name = match &m.plus {
        Some(p) => format!("{name} + {} (row by row)", col_words(p)),
        None => name,
    };
    let name = match &m.minus {
        Some((p, true)) => format!("{name} − {} (row by row, an empty side as zero)", col_words(p)),
        Some((p, false)) => format!("{name} − {} (row by row, rows with both)", col_words(p)),
        None => name,
    };
    let name = match (&m.since, m.col.as_ref().and_then(|c| c.col.unit.as_deref())) {
        (Some(from), Some(u)) => format!("the {u} from {} to {name} (row by row)", col_words(from)),
        _ => name,
    };
    let mut signed = match m.sign {
        Sign::All => String::new(),
        Sign::Outflow => " counting only money out (values below zero, as positive amounts)".into(),
        Sign::Inflow => " counting only money in (values above zero)".into(),
        Sign::Size => " counting every value as a positive amount (money in and out alike)".into(),
    };
    if let (Some(_), None, Some(u)) = (m.scale, &m.since, m.col.as_ref().and_then(|c| c.col.unit.as_deref())) {
        signed.push_str(&format!(", converted to {u}"));
    }
    let base = match m.agg {
        Agg::Sum => format!("the sum of {name}{signed}"),
        Agg::Avg => format!("the average of {name}{signed}"),
        Agg::Count if m.col.is_none() => format!("the number of {name}"),
        Agg::Count => format!("the number of non-empty {name} values"),
        Agg::CountDistinct => format!("the number of different {name} values"),
        Agg::Min => format!("the smallest {name}"),
        Agg::Max => format!("the largest {name}"),
        Agg::Median => format!("the median of {name}"),
        Agg::Ratio => {
            let times = m.per_many.map(|n| format!(", times {}", thousands(n, 0))).unwrap_or_default();
            format!(
                "the sum of {name} divided by the sum of {}{times} (over the rows that have both)",
                m.per.as_ref().map(col_words).unwrap_or_default()
            )
        }
    };
    // Its own rows: "the sum of amount over category Etsy Fees".
    let base = if m.only.is_empty() {
        base
    } else {
        format!("{base} over {}", m.only.iter().map(filter_words).collect::<Vec<_>>().join(" and "))
    };
    // A rate: the part of that figure held by the rows matching the part's filters.
    let base = if m.part.is_empty() {
        base
    } else {
        // A yes/no column with blanks: of the rows where it says yes or no.
        let given: Vec<String> =
            m.part.iter().filter(|f| f.col().col.yes_no && f.col().col.nulls > 0).map(given_or_no).collect();
        format!(
            "the percentage of {base} that are {}{}",
            m.part.iter().map(filter_words).collect::<Vec<_>>().join(" and "),
            given.concat()
        )
    };
    match &m.each {
        Some(Key::Time(g)) => format!(
            "{base} per {}, averaged over the {}s{}",
            g.word(),
            g.word(),
            if m.with_rows_only { " with rows" } else { "" }
        ),
        Some(Key::Col(c)) => {
            format!("{base} per {}, averaged over the {}", singular(&col_words(c)), plural(&col_words(c)))
        }
        None => base,
    }
}

fn compare_words(a: &str, z: &str, direction: Option<Direction>, by: crate::analyst::plan::ChangeBy) -> String {
    let how = if by == crate::analyst::plan::ChangeBy::Amount { "change in amount" } else { "percentage change" };
    let d = match direction {
        Some(Direction::Up) => format!(", groups ranked by their rise ({how})"),
        Some(Direction::Down) => format!(", groups ranked by their fall ({how})"),
        Some(Direction::Either) => format!(", groups ranked by the size of their {how}"),
        None => String::new(),
    };
    format!("{z} compared with {a}{d}")
}

/// The plan in plain words: "Read as: the sum of revenue · for region West (stored as "West", "west")
/// · in 2025 (order date) · by month · from table orders."
pub fn read_as(b: &Bound) -> String {
    let mut parts: Vec<String> = Vec::new();
    let op = match &b.op {
        BOp::Total if b.groups.is_empty() => String::new(),
        BOp::Total => "for each group, with the overall figure".into(),
        BOp::Gap => "the first figure against the second: the difference, and the percentage above or below".into(),
        BOp::Rank { desc, n } => match n {
            Some(n) => format!(
                "the {} {n} ranked {}",
                if *desc { "top" } else { "bottom" },
                if *desc { "highest first" } else { "lowest first" }
            ),
            None => format!(
                "which one has the {} figure, and its margin over the next",
                if *desc { "highest" } else { "lowest" }
            ),
        },
        BOp::Compare { from, to, direction, by } => {
            compare_words(&from.label, &to.label, direction.filter(|_| !b.groups.is_empty()), *by)
        }
        BOp::CompareValues { from, to, direction, by } => {
            compare_words(&filter_words(from), &filter_words(to), *direction, *by)
        }
        BOp::GroupsWhere { op, a, b: hi } => {
            format!("the groups whose figure is {}, counted and listed", condition_words(*op, *a, *hi))
        }
        BOp::Share { part } if part.is_empty() && b.groups.is_empty() && b.measures.len() >= 2 => {
            if b.measures.iter().take(2).all(|m| !m.only.is_empty()) {
                "the first figure as a percentage of the second".into()
            } else {
                "the smaller figure as a share of the larger".into()
            }
        }
        BOp::Share { part } if part.is_empty() => "each group's share of the whole".into(),
        BOp::Share { part } => {
            format!(
                "the share held by {}{}",
                part.iter()
                    .map(|f| format!("{}{}", filter_words(f), spellings_matched(f)))
                    .collect::<Vec<_>>()
                    .join(" and "),
                part.iter()
                    .filter(|f| f.col().col.yes_no && f.col().col.nulls > 0)
                    .map(given_or_no)
                    .collect::<String>()
            )
        }
        BOp::Trend => "over time".into(),
        BOp::MostCommon { col, n } => match n {
            Some(n) => format!("the {n} most common values of {}", col_words(col)),
            None => format!("the most common value of {}", col_words(col)),
        },
        BOp::Distribution => "how the values spread".into(),
        BOp::Correlation => "how the two move together (Pearson correlation)".into(),
        BOp::Quality => "a data-quality check: missing values, duplicate rows, outliers".into(),
        BOp::Describe => "a description of the desk's tables".into(),
    };
    // Where the table has several date columns, the one the periods and time groups are of is named.
    let several_dates = b.desk.table(&b.fact).is_some_and(|t| t.time_columns().len() > 1);
    let dates_of = |t: &Option<super::bind::TimeCol>| match (several_dates, t) {
        (true, Some(t)) => format!(" (dates of {})", t.name.replace('_', " ")),
        _ => String::new(),
    };
    let op = match b.op {
        BOp::Compare { .. } | BOp::Trend => format!("{op}{}", dates_of(&b.time)),
        _ => op,
    };
    let measures: Vec<String> = b.measures.iter().map(|m| agg_words(b, m)).collect();
    if !measures.is_empty() && !matches!(b.op, BOp::MostCommon { .. } | BOp::Quality | BOp::Describe) {
        parts.push(measures.join(" and "));
    }
    if !op.is_empty() {
        parts.push(op);
    }
    for f in &b.filters {
        let mut w = match f {
            BFilter::Values { keep: true, .. } => format!("only {}", filter_words(f)),
            BFilter::Values { col, asked, .. } => format!("leaving out {} {}", col_words(col), asked.join(" and ")),
            BFilter::Number { .. } | BFilter::Missing { .. } | BFilter::Than { .. } => {
                format!("only rows with {}", filter_words(f))
            }
        };
        w.push_str(&spellings_matched(f));
        parts.push(w);
    }
    if let (Some(p), Some(t)) = (&b.period, &b.time) {
        parts.push(format!("{} ({} {} to {})", p.label, t.name, p.start, p.end));
    }
    if !b.groups.is_empty() && !matches!(b.op, BOp::Trend)
        || matches!(b.op, BOp::Trend) && b.groups.iter().any(|g| matches!(g, Key::Col(_)))
    {
        let by: Vec<String> = b
            .groups
            .iter()
            .map(|k| match k {
                Key::Col(c) if !c.col.variants.is_empty() => {
                    let n: usize = c.col.variants.iter().map(|v| v.spellings.len() - 1).sum();
                    format!("{} ({n} spelling variant{} folded)", col_words(c), if n == 1 { "" } else { "s" })
                }
                Key::Time(_) => format!("{}{}", key_name(k), dates_of(&b.time)),
                k => key_name(k),
            })
            .collect();
        parts.push(format!("by {}", by.join(" and ")));
    }
    if !b.fact.is_empty() {
        let source = b.desk.table(&b.fact).map(|t| t.source.clone()).unwrap_or_default();
        // (With the lookup tables its columns came through: "joined with firewood_products on product =
        // code", so a figure taken through a key says which key.)
        let mut joins: Vec<crate::analyst::model::Join> = Vec::new();
        let mut note = |c: &ColRef| {
            if let Some(j) = &c.via {
                if !joins.iter().any(|x| x.to_table == j.to_table) {
                    joins.push(j.clone());
                }
            }
        };
        b.filters.iter().flat_map(|f| f.cols()).for_each(&mut note);
        for k in &b.groups {
            if let Key::Col(c) = k {
                note(c);
            }
        }
        for m in &b.measures {
            m.col.iter().chain(m.times.iter()).chain(m.per.iter()).for_each(&mut note);
        }
        let through: String = joins
            .iter()
            .map(|j| {
                let src = b.desk.table(&j.to_table).map(|t| t.source.clone()).unwrap_or_default();
                format!(", joined with {} ({src}) on {} = {}", j.to_table, j.key, j.to_key)
            })
            .collect();
        parts.push(format!("from table {} ({source}){through}", b.fact));
    }
    for n in &b.notes {
        parts.push(n.clone());
    }
    format!("Read as: {}.", parts.join(" · "))
}

/// " (matching the spellings ...)" of a filter on values written several ways, else nothing.
fn spellings_matched(f: &BFilter) -> String {
    match f {
        BFilter::Values { spellings, .. } if spellings.len() > 1 => {
            // (At most five shown: the line says how the question was read, not every spelling.)
            let shown: Vec<String> = spellings.iter().take(5).map(|s| format!("{s:?}")).collect();
            let more = spellings.len().saturating_sub(5);
            let tail = if more > 0 { format!(" and {more} more") } else { String::new() };
            format!(" (matching the spellings {}{tail})", shown.join(", "))
        }
        _ => String::new(),
    }
}

/// What a share of a yes/no column with blanks is of: the rows where it is given, or every row with a blank
/// counted as no (see `Column::blank_is_no`).
fn given_or_no(f: &BFilter) -> String {
    if f.col().col.blank_is_no {
        format!(" (a blank {} counted as no)", col_words(f.col()))
    } else {
        format!(" (of the rows with {} given)", col_words(f.col()))
    }
}
