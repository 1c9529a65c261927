//! Binding a plan to a desk: every name found (a column of the analysed table, or of a lookup table
//! it joins through a key), the date column chosen, periods turned into date ranges, category values
//! turned into every spelling they are stored under, and the plan checked for sense. The result,
//! [`Bound`], is what the SQL builder and the operations work from; a plan that cannot be bound is a
//! [`PlanError`] whose message says what to change (a model reads it and corrects its plan).

use crate::analyst::model::{Column, Desk, Join, Table};
use crate::analyst::plan::{
    Agg, ChangeBy, ChartChoice, Direction, Filter, FilterOp, Grain, Operation, Order, Period, Plan, Sign,
};
use crate::calendar::{days_from_civil, days_in_month, iso_of_day, MONTH_NAMES};
use crate::semantics::{fold, Role};

/// A plan that does not fit the desk, in words that say what to change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanError(pub String);

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

type R<T> = Result<T, PlanError>;

fn err<T>(msg: impl Into<String>) -> R<T> {
    Err(PlanError(msg.into()))
}

/// A column of the analysed table or of a lookup table it joins.
#[derive(Debug, Clone)]
pub struct ColRef {
    pub table: String,
    pub via: Option<Join>,
    pub col: Box<Column>,
}

impl ColRef {
    pub fn name(&self) -> &str {
        &self.col.name
    }
}

/// A grouping key.
#[derive(Debug, Clone)]
pub enum Key {
    Col(ColRef),
    Time(Grain),
}

/// A measure, bound.
#[derive(Debug, Clone)]
pub struct BMeasure {
    pub agg: Agg,
    pub col: Option<ColRef>,
    pub times: Option<ColRef>,
    /// A second column added to `col` row by row (the two sides of one count).
    pub plus: Option<ColRef>,
    /// A second column subtracted from `col` row by row; `sides`: the two are an account's two sides (no
    /// row holds both), so a missing one is zero.
    pub minus: Option<(ColRef, bool)>,
    /// A duration: the time from this column to `col`, row by row, in seconds times `scale`.
    pub since: Option<ColRef>,
    /// For a duration: one of its two columns holds plain dates, so it is counted in calendar days.
    pub calendar: bool,
    /// For a duration: its two columns hold times of day ("18:30" to "19:30"), an end before the start being
    /// the next day's.
    pub clock: bool,
    pub per: Option<ColRef>,
    /// For a ratio: per this many of `per` (1,000 visitors).
    pub per_many: Option<f64>,
    pub sign: Sign,
    pub each: Option<Key>,
    /// With `each` by a time grain: averaged over the periods with rows only.
    pub with_rows_only: bool,
    /// A rate: the percentage of the figure held by rows matching these filters.
    pub part: Vec<BFilter>,
    /// The figure over only the rows matching these filters (its own rows, within the plan's).
    pub only: Vec<BFilter>,
    pub label: Option<String>,
    /// The column's values times this (a duration shown in another unit of time).
    pub scale: Option<f64>,
}

impl BMeasure {
    /// A count of rows.
    pub fn rows() -> BMeasure {
        BMeasure {
            agg: Agg::Count,
            col: None,
            times: None,
            plus: None,
            minus: None,
            since: None,
            calendar: false,
            clock: false,
            per: None,
            per_many: None,
            sign: Sign::All,
            each: None,
            with_rows_only: false,
            part: Vec::new(),
            only: Vec::new(),
            label: None,
            scale: None,
        }
    }
}

/// A filter, bound.
#[derive(Debug, Clone)]
pub enum BFilter {
    /// Keep (or leave out) rows whose value is one of `asked` (in any of `spellings`; when the column's
    /// values are not listed, `spellings` is empty and the comparison folds case and spaces in SQL).
    Values { col: ColRef, keep: bool, asked: Vec<String>, spellings: Vec<String> },
    /// Rows whose value is empty (`missing`) or there.
    Missing { col: ColRef, missing: bool },
    /// Rows whose `col` is `op` another column of the same row (two numbers or two dates).
    Than { col: ColRef, op: FilterOp, other: ColRef },
    /// A condition on a number: `op` against `a` (and `b` for between); with `part`, on that part of a
    /// date column (hour of day, weekday 1-7 from Monday, month 1-12).
    /// With `times`, on `col` × `times` row by row; with `since`, on the time from `since.col` to `col` (two date
    /// columns) in `since.unit`.
    Number {
        col: ColRef,
        op: FilterOp,
        a: f64,
        b: Option<f64>,
        part: Option<Grain>,
        times: Option<ColRef>,
        since: Option<Box<Since>>,
    },
}

/// The earlier end of a duration a filter compares, and the unit of time its numbers are in.
#[derive(Debug, Clone)]
pub struct Since {
    pub col: ColRef,
    pub unit: String,
    /// Seconds in one `unit`.
    pub secs: f64,
}

impl BFilter {
    pub fn col(&self) -> &ColRef {
        match self {
            BFilter::Values { col, .. }
            | BFilter::Number { col, .. }
            | BFilter::Missing { col, .. }
            | BFilter::Than { col, .. } => col,
        }
    }

    /// Every column the condition reads: its own, and the one it is compared with, multiplied by or
    /// measured from (a lookup's column among them needs its join).
    pub fn cols(&self) -> Vec<&ColRef> {
        let mut out = vec![self.col()];
        match self {
            BFilter::Than { other, .. } => out.push(other),
            BFilter::Number { times, since, .. } => {
                out.extend(times.iter());
                out.extend(since.iter().map(|s| &s.col));
            }
            _ => {}
        }
        out
    }

    /// Whether the condition reads a lookup table's column.
    pub fn via_lookup(&self) -> bool {
        self.cols().iter().any(|c| c.via.is_some())
    }
}

/// A period as a half-open ISO date range [start, end), with how to say it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BPeriod {
    pub start: String,
    pub end: String,
    pub label: String,
}

/// The date column of the analysed table.
#[derive(Debug, Clone)]
pub struct TimeCol {
    pub name: String,
    /// A year stored as a number rather than a date.
    pub year_number: bool,
    /// First and last value, as ISO text.
    pub min: String,
    pub max: String,
    /// Holds times of day (a date-time column).
    pub has_time: bool,
    /// Each date stands for a whole year or month ("year", "month").
    pub stands_for: Option<String>,
}

#[derive(Debug, Clone)]
pub enum BOp {
    Total,
    Rank {
        desc: bool,
        n: Option<u32>,
    },
    Compare {
        from: BPeriod,
        to: BPeriod,
        direction: Option<Direction>,
        by: ChangeBy,
    },
    /// Two values of a column compared (as two filters).
    CompareValues {
        from: Box<BFilter>,
        to: Box<BFilter>,
        direction: Option<Direction>,
        by: ChangeBy,
    },
    Share {
        part: Vec<BFilter>,
    },
    /// Groups whose first measure meets `op` with `a` (and `b` for between).
    GroupsWhere {
        op: FilterOp,
        a: f64,
        b: Option<f64>,
    },
    /// The first measure against the second: both, the difference and the percentage.
    Gap,
    Trend,
    MostCommon {
        col: ColRef,
        n: Option<u32>,
    },
    Distribution,
    Correlation,
    Quality,
    Describe,
}

/// A plan bound to a desk.
#[derive(Debug, Clone)]
pub struct Bound {
    pub plan: Plan,
    pub desk: Desk,
    pub fact: String,
    pub time: Option<TimeCol>,
    pub measures: Vec<BMeasure>,
    pub filters: Vec<BFilter>,
    pub period: Option<BPeriod>,
    pub groups: Vec<Key>,
    pub op: BOp,
    pub chart: ChartChoice,
    /// Things the answer should say about how it was computed (assumptions, choices).
    pub notes: Vec<String>,
}

fn norm(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Whether `name` names column `c` (its SQL name or header, ignoring case, spaces and punctuation).
fn names_column(c: &Column, name: &str) -> bool {
    let n = norm(name);
    !n.is_empty() && (norm(&c.name) == n || norm(&c.original) == n)
}

fn find_table<'d>(desk: &'d Desk, name: &str) -> Option<&'d Table> {
    desk.tables.iter().find(|t| t.name == name).or_else(|| {
        let n = norm(name);
        desk.tables.iter().find(|t| norm(&t.name) == n || norm(&t.source) == n)
    })
}

/// Find a column by name in the tables `fact` reaches (its own first).
fn resolve(desk: &Desk, fact: &str, name: &str) -> R<ColRef> {
    let (table_part, col_part) = match name.split_once('.') {
        Some((t, c)) if find_table(desk, t).is_some() => (Some(t), c),
        _ => (None, name),
    };
    for (t, via) in desk.reach(fact) {
        if let Some(tp) = table_part {
            if find_table(desk, tp).map(|x| &x.name) != Some(&t.name) {
                continue;
            }
        }
        if let Some(c) = t.columns.iter().find(|c| names_column(c, col_part)) {
            return Ok(ColRef { table: t.name.clone(), via: via.cloned(), col: Box::new(c.clone()) });
        }
    }
    let reach: Vec<String> = desk
        .reach(fact)
        .iter()
        .flat_map(|(t, _)| {
            t.columns
                .iter()
                .map(move |c| if t.name == fact { c.name.clone() } else { format!("{}.{}", t.name, c.name) })
        })
        .collect();
    err(format!("no column {name:?} in table {fact} or the tables it joins; the columns are: {}", reach.join(", ")))
}

/// The analysed table: named, or the table holding the first column the plan names.
fn choose_fact(desk: &Desk, plan: &Plan) -> R<String> {
    if let Some(t) = &plan.table {
        return match find_table(desk, t) {
            Some(t) => Ok(t.name.clone()),
            None => err(format!(
                "no table {t:?}; the tables are: {}",
                desk.tables.iter().map(|t| t.name.as_str()).collect::<Vec<_>>().join(", ")
            )),
        };
    }
    let mut names: Vec<&str> = Vec::new();
    for m in &plan.measures {
        names.extend(m.column.as_deref());
        names.extend(m.times.as_deref());
        names.extend(m.per.as_deref());
    }
    if let Operation::MostCommon { column, .. } = &plan.operation {
        names.push(column);
    }
    names.extend(plan.filters.iter().map(|f| f.column.as_str()));
    names.extend(plan.filters.iter().filter_map(|f| f.than.as_deref()));
    for m in &plan.measures {
        names.extend(m.part.iter().map(|f| f.column.as_str()));
    }
    names.extend(plan.group_by.iter().filter_map(|g| g.column.as_deref()));
    // The tables that reach every named column; among them the one holding the first name itself.
    let candidates: Vec<&Table> =
        desk.tables.iter().filter(|t| names.iter().all(|n| resolve(desk, &t.name, n).is_ok())).collect();
    let holds_first = |t: &&Table| match names.first() {
        Some(n) => t.columns.iter().any(|c| names_column(c, n.rsplit('.').next().unwrap_or(n))),
        None => true,
    };
    let mut own: Vec<&Table> = candidates.iter().copied().filter(holds_first).collect();
    if own.is_empty() {
        own = candidates.clone();
    }
    // A lookup table is not the analysed table when a fact table reaching it qualifies too.
    if own.len() > 1 {
        let facts: Vec<&Table> =
            own.iter().copied().filter(|t| !desk.joins.iter().any(|j| j.to_table == t.name)).collect();
        if !facts.is_empty() {
            own = facts;
        }
    }
    match own.len() {
        0 if names.is_empty() => match desk.fact_tables().first() {
            Some(t) => Ok(t.name.clone()),
            None => err("the desk has no tables"),
        },
        0 => {
            // Say which names no table has, with the columns they may have meant.
            let unknown: Vec<String> = names
                .iter()
                .filter(|n| !desk.tables.iter().any(|t| resolve(desk, &t.name, n).is_ok()))
                .map(|n| {
                    let close: Vec<String> = desk
                        .tables
                        .iter()
                        .flat_map(|t| t.columns.iter().map(move |c| (t, c)))
                        .filter(|(_, c)| crate::analyst::reader::link::distance(&norm(n), &norm(&c.name), 2) <= 2)
                        .map(|(t, c)| format!("{}.{}", t.name, c.name))
                        .collect();
                    if close.is_empty() {
                        format!("no column {n:?}")
                    } else {
                        format!("no column {n:?} (did you mean {}?)", close.join(" or "))
                    }
                })
                .collect();
            let columns: Vec<String> = desk
                .tables
                .iter()
                .map(|t| {
                    format!("{} ({})", t.name, t.columns.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", "))
                })
                .collect();
            if unknown.is_empty() {
                err(format!(
                    "no one table reaches all of {} through its keys; the tables are: {}",
                    names.iter().map(|n| format!("{n:?}")).collect::<Vec<_>>().join(", "),
                    columns.join("; ")
                ))
            } else {
                err(format!("{}; the tables are: {}", unknown.join(", "), columns.join("; ")))
            }
        }
        1 => Ok(own[0].name.clone()),
        _ => err(format!(
            "more than one table could answer this ({}): name the table to use in `table`",
            own.iter().map(|t| format!("{} (from {})", t.name, t.source)).collect::<Vec<_>>().join(", ")
        )),
    }
}

/// The first day of a period unit ("2025", "2025-H1", "2025-Q1", "2025-03", "2025-03-15") and the day
/// after its last, as day numbers, with its label.
pub fn unit_range(u: &str) -> Option<(i64, i64, String)> {
    let u = u.trim();
    let y: i64 = u.get(0..4)?.parse().ok()?;
    let rest = u.get(4..).unwrap_or("");
    let month_span = |m0: u32, months: u32| {
        let m1 = m0 + months;
        let (y1, m1) = if m1 > 12 { (y + 1, m1 - 12) } else { (y, m1) };
        (days_from_civil(y, m0, 1), days_from_civil(y1, m1, 1))
    };
    if rest.is_empty() {
        return Some((days_from_civil(y, 1, 1), days_from_civil(y + 1, 1, 1), y.to_string()));
    }
    let rest = rest.strip_prefix('-')?;
    let upper = rest.to_ascii_uppercase();
    if let Some(h) = upper.strip_prefix('H') {
        let h: u32 = h.parse().ok().filter(|h| (1..=2).contains(h))?;
        let (a, b) = month_span((h - 1) * 6 + 1, 6);
        return Some((a, b, format!("H{h} {y}")));
    }
    if let Some(q) = upper.strip_prefix('Q') {
        let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
        let (a, b) = month_span((q - 1) * 3 + 1, 3);
        return Some((a, b, format!("Q{q} {y}")));
    }
    let m: u32 = rest.get(0..2)?.parse().ok().filter(|m| (1..=12).contains(m))?;
    if rest.len() == 2 {
        let (a, b) = month_span(m, 1);
        return Some((a, b, format!("{} {y}", MONTH_NAMES[(m - 1) as usize])));
    }
    let d: u32 = rest.get(3..5)?.parse().ok()?;
    if rest.len() != 5 || rest.as_bytes()[2] != b'-' || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    let day = days_from_civil(y, m, d);
    Some((day, day + 1, format!("{} {d}, {y}", MONTH_NAMES[(m - 1) as usize])))
}

/// A plan period as a date range within `time`'s data (an open end takes the data's first or last day).
pub fn bind_period(p: &Period, time: &TimeCol) -> R<BPeriod> {
    let bad = |u: &str| {
        PlanError(format!(
            "period {u:?} is not a year (2025), half (2025-H1), quarter (2025-Q1), month (2025-03) or day (2025-03-15)"
        ))
    };
    // (A column of year numbers has no months or days to pick: "books published in March" is not a question
    // its dates answer.)
    let from = match &p.from {
        Some(u) => Some(unit_range(u).ok_or_else(|| bad(u))?),
        None => None,
    };
    let to = match &p.to {
        Some(u) => Some(unit_range(u).ok_or_else(|| bad(u))?),
        None => None,
    };
    let data_first = crate::calendar::day_of_iso(&year_or_date(&time.min, true));
    let data_end = crate::calendar::day_of_iso(&year_or_date(&time.max, false)).map(|d| d + 1);
    let (start, end, label) = match (from, to) {
        (Some(a), Some(b)) if a.0 == b.0 && a.1 == b.1 => (a.0, a.1, a.2),
        (Some(a), Some(b)) => {
            if b.1 <= a.0 {
                return err(format!("the period ends ({}) before it starts ({})", b.2, a.2));
            }
            (a.0, b.1, format!("{} to {}", a.2, b.2))
        }
        (Some(a), None) => (a.0, data_end.unwrap_or(a.1).max(a.1), format!("since {}", a.2)),
        (None, Some(b)) => (data_first.unwrap_or(b.0).min(b.0), b.1, format!("until {}", b.2)),
        (None, None) => return err("a period needs `from`, `to` or both"),
    };
    // (A column of year numbers has no months or days to pick: "books published in March" is not a question
    // its dates answer. "After 2000" starts on a year's first day and is one.)
    let jan1 = |d: i64| iso_of_day(d).ends_with("-01-01");
    if time.year_number && !(jan1(start) && jan1(end)) {
        return err(format!("{} holds years only: no part of a year can be picked from it", time.name));
    }
    Ok(BPeriod { start: iso_of_day(start), end: iso_of_day(end), label })
}

/// A year number's first or last day as ISO; a date as it is.
fn year_or_date(v: &str, first: bool) -> String {
    if v.len() == 4 && v.chars().all(|c| c.is_ascii_digit()) {
        if first {
            format!("{v}-01-01")
        } else {
            format!("{v}-12-31")
        }
    } else {
        v.get(0..10).unwrap_or(v).to_string()
    }
}

fn time_col(t: &Table, named: Option<&str>) -> R<Option<TimeCol>> {
    let c = match named {
        Some(n) => match t.columns.iter().find(|c| names_column(c, n)) {
            Some(c) if c.role == Role::Time => Some(c),
            Some(c) => return err(format!("{} is not a date column", c.name)),
            None => return err(format!("no date column {n:?} in table {}", t.name)),
        },
        None => t.time_columns().first().copied(),
    };
    Ok(c.map(|c| TimeCol {
        name: c.name.clone(),
        year_number: c.is_year_number(),
        min: c.min_text().unwrap_or_default(),
        max: c.max_text().unwrap_or_default(),
        has_time: c.ty == crate::tables::ColumnType::Datetime,
        stands_for: c.stands_for.clone(),
    }))
}

fn need_number(c: &ColRef, what: &str) -> R<()> {
    if !c.col.is_numeric() {
        return err(format!("{what} needs a number column; {} holds {}", c.col.name, c.col.ty.as_str()));
    }
    Ok(())
}

fn bind_filter(desk: &Desk, fact: &str, f: &Filter) -> R<BFilter> {
    let col = resolve(desk, fact, &f.column)?;
    if let Some(t) = &f.than {
        // One column against another of the same row.
        let other = resolve(desk, fact, t)?;
        if !matches!(f.op, FilterOp::Gt | FilterOp::Ge | FilterOp::Lt | FilterOp::Le) {
            return err("`than` compares two columns with >, >=, < or <=");
        }
        if !f.values.is_empty() || f.since.is_some() || f.part.is_some() || f.times.is_some() || f.unit.is_some() {
            return err("`than` takes no `values`, `since`, `part`, `times` or `unit`: it compares the two columns");
        }
        let dates = |c: &ColRef| c.col.role == Role::Time && !c.col.is_year_number();
        let both = col.col.is_numeric() && other.col.is_numeric() && !dates(&col) && !dates(&other)
            || dates(&col) && dates(&other);
        if !both {
            return err(format!(
                "`than` compares two number columns or two date columns; {} and {} are not",
                col.col.name, other.col.name
            ));
        }
        if col.via.as_ref().map(|j| &j.to_table) != other.via.as_ref().map(|j| &j.to_table) {
            return err(format!("`than` compares two columns of one table; {} and {} are not", col.col.name, t));
        }
        return Ok(BFilter::Than { col, op: f.op, other });
    }
    if let Some(from) = &f.since {
        // A condition on the time between two date columns.
        let since = resolve(desk, fact, from)?;
        // (Or two columns of times of day, "Start" and "Finish": the time from one to the other that day.)
        let clock = since.col.is_clock() && col.col.is_clock();
        for x in [&since, &col] {
            if !clock && (x.col.role != Role::Time || x.col.is_year_number()) {
                return err(format!("`since` needs two date columns; {} is not one", x.col.name));
            }
        }
        if f.part.is_some() {
            return err("a condition with `since` is on the time between two dates, not on a `part` of one");
        }
        let unit = f.unit.clone().unwrap_or_else(|| "hours".into());
        let Some(secs) = crate::analyst::plan::seconds_in(&unit) else {
            return err(format!("`unit` is seconds, minutes, hours, days or weeks, not {unit:?}"));
        };
        let nums: Vec<f64> = f.values.iter().filter_map(|v| v.as_f64()).collect();
        let want = if f.op == FilterOp::Between { 2 } else { 1 };
        if matches!(f.op, FilterOp::In | FilterOp::NotIn | FilterOp::Missing | FilterOp::Present)
            || nums.len() != want
            || f.values.len() != want
        {
            return err(format!(
                "a condition on the time from {from} to {} compares numbers (>, >=, <, <= or between)",
                f.column
            ));
        }
        return Ok(BFilter::Number {
            col,
            op: f.op,
            a: nums[0],
            b: nums.get(1).copied(),
            part: None,
            times: None,
            since: Some(Box::new(Since { col: since, unit, secs })),
        });
    }
    if f.unit.is_some() {
        return err("`unit` goes with `since` (a condition on the time between two date columns)");
    }
    if f.times.is_some()
        && (f.part.is_some()
            || !matches!(f.op, FilterOp::Gt | FilterOp::Ge | FilterOp::Lt | FilterOp::Le | FilterOp::Between))
    {
        return err("`times` goes with a comparison of numbers (>, >=, <, <= or between)");
    }
    if let Some(g) = f.part {
        // A condition on the hour, weekday or month of a date column.
        let (lo, hi) = match g {
            Grain::HourOfDay => (0.0, 23.0),
            Grain::DayOfWeek => (1.0, 7.0),
            Grain::MonthOfYear => (1.0, 12.0),
            _ => return err(format!("`part` is hour_of_day, day_of_week or month_of_year, not {}", g.word())),
        };
        // (A column of times of day written as text, "9:30am", "14:00", has hours too.)
        let clock = g == Grain::HourOfDay && col.col.is_clock();
        if (col.col.role != Role::Time || col.col.is_year_number()) && !clock {
            return err(format!("{} holds no dates, so it has no {}", col.col.name, g.word()));
        }
        if g == Grain::HourOfDay && col.col.ty != crate::tables::ColumnType::Datetime && !clock {
            return err(format!("{} holds dates without times of day", col.col.name));
        }
        let nums: Vec<f64> = f.values.iter().filter_map(|v| v.as_f64()).collect();
        let want = if f.op == FilterOp::Between { 2 } else { 1 };
        if matches!(f.op, FilterOp::In | FilterOp::NotIn) || nums.len() != want || f.values.len() != want {
            return err(format!(
                "a condition on the {} compares numbers ({}; between takes 2)",
                g.word(),
                f.op.symbol()
            ));
        }
        if nums.iter().any(|n| *n < lo || *n > hi || n.fract() != 0.0) {
            return err(format!("the {} runs from {lo} to {hi}", g.word()));
        }
        return Ok(BFilter::Number {
            col,
            op: f.op,
            a: nums[0],
            b: nums.get(1).copied(),
            part: Some(g),
            times: None,
            since: None,
        });
    }
    match f.op {
        FilterOp::Missing | FilterOp::Present => {
            if !f.values.is_empty() {
                return err(format!("`{}` on {} takes no values", f.op.symbol(), f.column));
            }
            Ok(BFilter::Missing { col, missing: f.op == FilterOp::Missing })
        }
        FilterOp::In | FilterOp::NotIn => {
            if f.values.is_empty() {
                return err(format!("the filter on {} has no values", f.column));
            }
            let asked: Vec<String> = f.values.iter().map(|v| v.text()).collect();
            if col.col.role == Role::Flag {
                // A yes/no column (stored as 1/0): "yes", "true", "1" and their opposites.
                let mut said = Vec::new();
                let mut stored = Vec::new();
                for a in &asked {
                    let yes = match crate::semantics::fold(a).as_str() {
                        "yes" | "y" | "true" | "t" | "1" => true,
                        "no" | "n" | "false" | "f" | "0" => false,
                        _ => return err(format!("{a:?} is not a value of {}: it holds yes or no", col.col.name)),
                    };
                    said.push(if yes { "yes" } else { "no" }.to_string());
                    stored.push(if yes { "1" } else { "0" }.to_string());
                }
                return Ok(BFilter::Values { col, keep: f.op == FilterOp::In, asked: said, spellings: stored });
            }
            let mut spellings = Vec::new();
            if !col.col.listed.is_empty() {
                for a in &asked {
                    let s = col.col.spellings_of(a);
                    if s.is_empty() {
                        let shown: Vec<&str> = col.col.listed.iter().take(30).map(String::as_str).collect();
                        return err(format!(
                            "{a:?} is not a value of {}; its values are: {}{}",
                            col.col.name,
                            shown.join(", "),
                            if col.col.listed.len() > 30 { ", ..." } else { "" }
                        ));
                    }
                    spellings.extend(s);
                }
            }
            let asked = asked.iter().map(|a| col.col.canonical(a)).collect();
            Ok(BFilter::Values { col, keep: f.op == FilterOp::In, asked, spellings })
        }
        op => {
            if !col.col.is_numeric() {
                return err(format!(
                    "{} compares numbers, but {} holds {}",
                    op.symbol(),
                    col.col.name,
                    col.col.ty.as_str()
                ));
            }
            let nums: Vec<f64> = f.values.iter().filter_map(|v| v.as_f64()).collect();
            let want = if op == FilterOp::Between { 2 } else { 1 };
            if nums.len() != want || f.values.len() != want {
                return err(format!("{} on {} takes {want} number(s)", op.symbol(), f.column));
            }
            let times = f.times.as_deref().map(|t| resolve(desk, fact, t)).transpose()?;
            if let Some(t) = &times {
                if !t.col.is_numeric() {
                    return err(format!("`times` multiplies numbers, but {} holds {}", t.col.name, t.col.ty.as_str()));
                }
            }
            Ok(BFilter::Number { col, op, a: nums[0], b: nums.get(1).copied(), part: None, times, since: None })
        }
    }
}

fn bind_key(desk: &Desk, fact: &str, g: &crate::analyst::plan::Group, time: &Option<TimeCol>) -> R<Key> {
    match (&g.column, g.time) {
        (_, Some(grain)) => {
            let Some(t) = time else {
                return err(format!("grouping by {} needs a date column; {fact} has none", grain.word()));
            };
            if t.year_number && grain != Grain::Year {
                return err(format!("{} holds years only: group by year", t.name));
            }
            if grain == Grain::HourOfDay && !t.has_time {
                return err(format!("{} holds dates without times of day: no hour to group by", t.name));
            }
            Ok(Key::Time(grain))
        }
        (Some(c), None) => {
            let col = resolve(desk, fact, c)?;
            if col.col.role == Role::Time {
                // A date column named as a group: its natural grain.
                return Ok(Key::Time(if col.col.is_year_number() { Grain::Year } else { Grain::Day }));
            }
            Ok(Key::Col(col))
        }
        (None, None) => err("a group needs a `column` or a `time` grain"),
    }
}

/// Bind `plan` to `desk`.
pub fn bind(plan: &Plan, desk: &Desk) -> R<Bound> {
    if let Operation::Describe = plan.operation {
        return Ok(Bound {
            plan: plan.clone(),
            desk: desk.clone(),
            fact: String::new(),
            time: None,
            measures: Vec::new(),
            filters: Vec::new(),
            period: None,
            groups: Vec::new(),
            op: BOp::Describe,
            chart: plan.chart,
            notes: Vec::new(),
        });
    }
    let fact = choose_fact(desk, plan)?;
    let Some(table) = desk.table(&fact) else { return err(format!("no table {fact}")) };
    // The dates: the period's column (or the compared periods'), else the one a time grouping names, else
    // the table's first.
    let compared = match &plan.operation {
        Operation::Compare { from, to, .. } if from.column.is_some() && from.column == to.column => {
            from.column.as_deref()
        }
        _ => None,
    };
    let period_col = plan.period.as_ref().and_then(|p| p.column.as_deref()).or(compared);
    let group_col = plan.group_by.iter().find(|g| g.time.is_some()).and_then(|g| g.column.as_deref());
    if let (Some(a), Some(b)) = (period_col, group_col) {
        if a != b {
            return err(format!("the period is on {a} but the grouping on {b}: use one date column"));
        }
    }
    let time = time_col(table, period_col.or(group_col))?;
    let mut notes = Vec::new();

    let mut measures = Vec::new();
    for m in &plan.measures {
        let col = m.column.as_deref().map(|c| resolve(desk, &fact, c)).transpose()?;
        let times = m.times.as_deref().map(|c| resolve(desk, &fact, c)).transpose()?;
        let per = m.per.as_deref().map(|c| resolve(desk, &fact, c)).transpose()?;
        let each = m.each.as_ref().map(|g| bind_key(desk, &fact, g, &time)).transpose()?;
        let part: Vec<BFilter> = m.part.iter().map(|f| bind_filter(desk, &fact, f)).collect::<R<_>>()?;
        let only: Vec<BFilter> = m.only.iter().map(|f| bind_filter(desk, &fact, f)).collect::<R<_>>()?;
        if only.iter().any(|f| f.col().via.is_some()) {
            return err("a measure's `only` filters are on the analysed table's own columns");
        }
        let since = m.since.as_deref().map(|c| resolve(desk, &fact, c)).transpose()?;
        let plus = m.plus.as_deref().map(|c| resolve(desk, &fact, c)).transpose()?;
        let minus = m.minus.as_deref().map(|c| resolve(desk, &fact, c)).transpose()?;
        let mut calendar = false;
        let mut clock = false;
        let (col, scale) = match (&since, col) {
            (Some(from), Some(mut c)) => {
                // A duration between two dates: the seconds from one to the other, shown in the unit asked
                // (hours when either holds times of day, else days).
                // (Or two columns of times of day, "Start" and "End": the time from one to the other that day.)
                clock = from.col.is_clock() && c.col.is_clock();
                for x in [from, &c] {
                    if !clock && (x.col.role != Role::Time || x.col.is_year_number()) {
                        return err(format!("`since` needs two date columns; {} is not one", x.col.name));
                    }
                }
                if m.times.is_some() || m.per.is_some() || matches!(m.agg, Agg::Count | Agg::CountDistinct) {
                    return err("a duration (`since`) is summed, averaged, or its median, minimum or maximum taken");
                }
                let timed = clock || [from, &c].iter().any(|x| x.col.ty == crate::tables::ColumnType::Datetime);
                calendar = [from, &c].iter().any(|x| x.col.ty == crate::tables::ColumnType::Date);
                let u = m.unit.clone().unwrap_or_else(|| if timed { "hours" } else { "days" }.into());
                let secs = crate::analyst::plan::seconds_in(&u).ok_or_else(|| {
                    PlanError(format!("\"{u}\" is not a unit of time (seconds, minutes, hours, days)"))
                })?;
                let word = u.trim().to_lowercase();
                c.col.unit = Some(if word.ends_with('s') { word } else { format!("{word}s") });
                c.col.role = Role::Amount;
                c.col.ty = crate::tables::ColumnType::Real;
                (Some(c), Some(1.0 / secs))
            }
            (Some(_), None) => return err("`since` needs `column`, the later date"),
            (None, col) => match (&m.unit, col) {
                (Some(u), Some(mut c)) if !matches!(m.agg, Agg::Count | Agg::CountDistinct) => {
                    let want = crate::analyst::plan::seconds_in(u).ok_or_else(|| {
                        PlanError(format!("\"{u}\" is not a unit of time (seconds, minutes, hours, days)"))
                    })?;
                    let Some(have) = c.col.unit.as_deref().and_then(crate::analyst::plan::seconds_in) else {
                        return err(format!(
                            "{} is not a duration in a unit of time, so it cannot be shown in {u}",
                            c.name()
                        ));
                    };
                    let word = u.trim().to_lowercase();
                    c.col.unit = Some(if word.ends_with('s') { word } else { format!("{word}s") });
                    (Some(c), (have != want).then_some(have / want))
                }
                (Some(u), _) => return err(format!("only a figure of a duration column can be shown in {u}")),
                (None, c) => (c, None),
            },
        };
        let label = match (&since, &col, &m.label) {
            (Some(from), Some(c), None) => {
                Some(format!("time from {} to {}", super::words::col_words(from), super::words::col_words(c)))
            }
            _ => m.label.clone(),
        };
        let label = match (&plus, &col, label) {
            (Some(p), Some(c), None) => {
                Some(format!("{} + {}", super::words::col_words(c), super::words::col_words(p)))
            }
            (_, _, l) => l,
        };
        let label = match (&minus, &col, label) {
            (Some(p), Some(c), None) => {
                Some(format!("{} − {}", super::words::col_words(c), super::words::col_words(p)))
            }
            (_, _, l) => l,
        };
        // Two columns of one table that no row fills both of (their empty entries cover every row): the two
        // sides of one account.
        let minus = minus.map(|p| {
            let rows = desk.table(&fact).map(|t| t.rows).unwrap_or(0);
            let sides = match &col {
                Some(c) => c.via.is_none() && p.via.is_none() && c.col.nulls + p.col.nulls >= rows,
                None => false,
            };
            (p, sides)
        });
        if m.with_rows_only && !matches!(each, Some(Key::Time(_))) {
            return err("`with_rows_only` goes with `each` by a time grain");
        }
        let b = BMeasure {
            agg: m.agg,
            col,
            times,
            plus,
            minus,
            since,
            calendar,
            clock,
            per,
            per_many: m.per_many,
            sign: m.sign,
            each,
            with_rows_only: m.with_rows_only,
            part,
            only,
            label,
            scale,
        };
        if let Some(p) = &b.plus {
            need_number(p, "plus")?;
            if matches!(b.agg, Agg::Count | Agg::CountDistinct) || b.times.is_some() || b.since.is_some() {
                return err("`plus` adds two number columns to sum, average or take the median, minimum or maximum of");
            }
        }
        if let Some((p, _)) = &b.minus {
            need_number(p, "minus")?;
            if matches!(b.agg, Agg::Count | Agg::CountDistinct)
                || b.times.is_some()
                || b.since.is_some()
                || b.plus.is_some()
            {
                return err(
                    "`minus` takes one number column from another to sum, average or take the median, minimum or maximum of",
                );
            }
        }
        if !b.part.is_empty() && !matches!(b.agg, Agg::Count | Agg::CountDistinct | Agg::Sum) {
            return err("a rate (`part`) is a share of a count, a distinct count or a sum");
        }
        match (&b.agg, &b.col) {
            (Agg::Count, _) => {}
            (Agg::CountDistinct, None) => return err("count_distinct needs a column"),
            (Agg::CountDistinct, Some(_)) => {}
            (Agg::Min | Agg::Max, Some(c)) if c.col.role == Role::Time => {}
            (_, None) => return err(format!("{:?} needs a column", b.agg).to_lowercase()),
            (agg, Some(c)) => {
                need_number(c, &format!("{agg:?}").to_lowercase())?;
                if c.col.role == Role::Identifier && matches!(agg, Agg::Sum | Agg::Avg | Agg::Ratio | Agg::Median) {
                    return err(format!(
                        "{} is an identifier: adding or averaging it means nothing; count rows or count_distinct {} instead",
                        c.col.name, c.col.name
                    ));
                }
            }
        }
        if let Some(t) = &b.times {
            need_number(t, "times")?;
        }
        if let Some(n) = b.per_many {
            if b.agg != Agg::Ratio || !n.is_finite() || n <= 0.0 {
                return err("`per_many` goes with a ratio, and is a number above zero (1000: per 1,000)");
            }
        }
        if b.agg == Agg::Ratio {
            match &b.per {
                Some(p) => need_number(p, "the ratio's `per`")?,
                None => return err("ratio needs `per`, the denominator column"),
            }
        }
        if b.sign != Sign::All {
            let c = b.col.as_ref().map(|c| &c.col);
            if !c.is_some_and(|c| c.is_numeric()) {
                return err("`sign` applies to a number column");
            }
            if let Some(c) = c.filter(|c| c.role != Role::SignedAmount && b.sign.one_side()) {
                notes.push(format!(
                    "{} is not a signed amount (its values are {}), so {} keeps only the {} values",
                    c.name,
                    if c.min.as_ref().and_then(|v| v.as_f64()).is_some_and(|v| v >= 0.0) {
                        "never below zero"
                    } else {
                        "mostly of one sign"
                    },
                    if b.sign == Sign::Outflow { "money out" } else { "money in" },
                    if b.sign == Sign::Outflow { "negative" } else { "positive" }
                ));
            }
        }
        measures.push(b);
    }
    let filters: Vec<BFilter> = plan.filters.iter().map(|f| bind_filter(desk, &fact, f)).collect::<R<_>>()?;
    let period = match &plan.period {
        Some(p) => {
            let Some(t) = &time else { return err(format!("{fact} has no date column: no period can apply")) };
            Some(bind_period(p, t)?)
        }
        None => None,
    };
    let groups: Vec<Key> = plan.group_by.iter().map(|g| bind_key(desk, &fact, g, &time)).collect::<R<_>>()?;
    if groups.len() > 2 {
        return err("group by at most two things");
    }
    let needs_measure = !matches!(plan.operation, Operation::MostCommon { .. } | Operation::Quality);
    if measures.is_empty() && needs_measure {
        // No figure named: count the rows.
        measures.push(BMeasure::rows());
    }
    let op = match &plan.operation {
        Operation::Total => BOp::Total,
        Operation::GroupsWhere { op, values } => {
            if groups.len() != 1 {
                return err("groups_where needs exactly one `group_by`: the groups the condition picks");
            }
            let (a, b) = match (op, values.as_slice()) {
                (FilterOp::Between, [a, b]) => (a.min(*b), Some(a.max(*b))),
                (FilterOp::Gt | FilterOp::Ge | FilterOp::Lt | FilterOp::Le, [a]) => (*a, None),
                (FilterOp::In | FilterOp::NotIn, _) => {
                    return err("groups_where compares the figure with numbers: use >, >=, <, <= or between")
                }
                _ => return err("groups_where needs one number in `values` (two for between)"),
            };
            if !a.is_finite() || b.is_some_and(|x| !x.is_finite()) {
                return err("groups_where needs finite numbers");
            }
            BOp::GroupsWhere { op: *op, a, b }
        }
        Operation::Rank { order, n } => {
            if groups.is_empty() {
                return err("rank needs `group_by`: what is ranked (a column, or a time grain)");
            }
            BOp::Rank { desc: *order == Order::Desc, n: *n }
        }
        Operation::Compare { from, to, direction, by } => {
            let Some(t) = &time else { return err(format!("{fact} has no date column: periods cannot be compared")) };
            let (a, b) = (bind_period(from, t)?, bind_period(to, t)?);
            if a == b {
                return err("compare needs two different periods");
            }
            // Earlier first, whatever the order given.
            let (a, b) = if b.start < a.start { (b, a) } else { (a, b) };
            BOp::Compare { from: a, to: b, direction: *direction, by: *by }
        }
        Operation::CompareValues { column, from, to, direction, by } => {
            let f = |v: &str| bind_filter(desk, &fact, &Filter::is_in(column, &[v]));
            let (a, b) = (f(from)?, f(to)?);
            if groups.iter().any(|g| matches!(g, Key::Col(c) if names_column(&c.col, column))) {
                return err("compare_values compares two values of a column that is not also a group");
            }
            BOp::CompareValues { from: Box::new(a), to: Box::new(b), direction: *direction, by: *by }
        }
        Operation::Share { part } => {
            let part: Vec<BFilter> = part.iter().map(|f| bind_filter(desk, &fact, f)).collect::<R<_>>()?;
            if part.is_empty() && groups.is_empty() && measures.len() < 2 {
                return err("share needs `part` (the rows whose share is asked), a `group_by`, or two measures (a part and a whole)");
            }
            BOp::Share { part }
        }
        Operation::Gap => {
            if measures.len() != 2 || !groups.is_empty() {
                return err("gap needs exactly two measures (the first is compared with the second) and no group_by");
            }
            BOp::Gap
        }
        Operation::Trend => {
            if time.is_none() {
                return err(format!("{fact} has no date column: no trend over time"));
            }
            BOp::Trend
        }
        Operation::MostCommon { column, n } => BOp::MostCommon { col: resolve(desk, &fact, column)?, n: *n },
        Operation::Distribution => {
            match measures.first().and_then(|m| m.col.as_ref()) {
                Some(c) if c.col.is_numeric() => {}
                _ => return err("distribution needs one measure with a number column"),
            }
            BOp::Distribution
        }
        Operation::Correlation => {
            let ok = measures.len() == 2 && measures.iter().all(|m| m.col.as_ref().is_some_and(|c| c.col.is_numeric()));
            if !ok {
                return err("correlation needs exactly two measures with number columns");
            }
            BOp::Correlation
        }
        Operation::Quality => BOp::Quality,
        Operation::Describe => BOp::Describe,
    };
    if let BOp::Total = op {
        if measures.iter().any(|m| m.agg == Agg::Median) && !groups.is_empty() && measures.len() > 1 {
            return err("a median per group takes one measure");
        }
    }
    Ok(Bound {
        plan: plan.clone(),
        desk: desk.clone(),
        fact,
        time,
        measures,
        filters,
        period,
        groups,
        op,
        chart: plan.chart,
        notes,
    })
}

/// The spellings of `v` in a column, folded (for tests and the reader).
pub fn same_value(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}
