//! SQL for a bound plan: the row value of a measure (a column, a product of two, one side of a signed
//! amount), its aggregate, the joins to lookup tables, the filters (every spelling of a category value),
//! the period, time grains, and grouping keys that fold spelling variants under one value. Two shapes
//! keep big tables fast: a grouping through a lookup table aggregates the analysed table by its join
//! key first and joins only those groups; a grouping by a handful of known values on a big table is one
//! pass with an aggregate per value. The analysed table is `f`, a lookup table `j_<name>`.
//!
//! The dialect is DuckDB's (the analysis engine), with the settings every connection gets (see
//! `tables::engine_settings`): NULLs first when ascending and last when descending, division by zero is
//! NULL. What differs from other SQL and is relied on here: dates and date-times are DATE and TIMESTAMP
//! (grains through `strftime`, `date_trunc`, `isodow`, `month`, `hour`, compared with ISO text literals);
//! `/` always divides exactly and `//` is integer division; a boolean column reads as 1/0 (`CAST(.. AS
//! INTEGER)`) wherever the analyst counts, sums or averages it; non-text values are cast to VARCHAR before
//! text functions; `IS NOT DISTINCT FROM` is the NULL-safe equality; grouped results are ordered by their
//! keys, and every ORDER BY ends with a tie-break, so an answer never depends on the engine's hash order.

use super::bind::{BFilter, BMeasure, BPeriod, Bound, ColRef, Key};
use crate::analyst::plan::{Agg, FilterOp, Grain, Sign};
use crate::semantics::Role;

/// The sortable text of a calendar period from its grouping value `t` (see [`Sql::grain_group`]): a day or
/// a week's Monday as 2026-03-02, 2026-03, 2026-Q1, 2026.
fn grain_text(g: Grain, t: &str) -> String {
    match g {
        Grain::Month => format!("printf('%d-%02d', ({t}) // 100, ({t}) % 100)"),
        Grain::Quarter => format!("printf('%d-Q%d', ({t}) // 10, ({t}) % 10)"),
        Grain::Year => format!("CAST({t} AS VARCHAR)"),
        _ => format!("strftime({t}, '%Y-%m-%d')"),
    }
}

pub fn q(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

pub fn lit(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Expression `e` with each spelling of a value (`variants`) folded under its canonical spelling; `e`
/// itself where the column has one spelling of each value.
pub(crate) fn fold_spellings(e: &str, variants: &[crate::semantics::Variant]) -> String {
    if variants.is_empty() {
        return e.to_string();
    }
    let mut s = String::from("CASE");
    for g in variants {
        let others: Vec<String> = g.spellings.iter().skip(1).map(|v| lit(v)).collect();
        s.push_str(&format!(" WHEN {e} IN ({}) THEN {}", others.join(", "), lit(&g.canonical)));
    }
    s.push_str(&format!(" ELSE {e} END"));
    s
}

/// Whether a column holds whole numbers (integers, and yes/no read as 1/0).
fn whole(c: &ColRef) -> bool {
    matches!(c.col.ty, crate::tables::ColumnType::Integer | crate::tables::ColumnType::Boolean)
}

/// Whether the row values of a measure are whole numbers (sums of them are exact).
pub fn whole_values(m: &BMeasure) -> bool {
    m.col.as_ref().is_none_or(whole)
        && m.times.as_ref().is_none_or(whole)
        && m.minus.as_ref().is_none_or(|(p, _)| whole(p))
}

/// `a op b` row by row where a row may hold only one of the two (the two sides of one count or of one
/// account): the missing one is zero; a row holding neither has no value.
fn either_side(a: &str, op: &str, b: &str) -> String {
    format!("(CASE WHEN {a} IS NULL AND {b} IS NULL THEN NULL ELSE COALESCE({a}, 0) {op} COALESCE({b}, 0) END)")
}

/// The sum of `e`: exact for whole numbers; for fractional ones DuckDB's `fsum`, a compensated (Kahan)
/// sum, so that a total does not depend on the order rows are added in (a plain floating-point sum
/// over a parallel scan does, in its last bits, which can tip a figure rounded to cents).
fn sum_of(whole: bool, e: &str) -> String {
    if whole {
        format!("SUM({e})")
    } else {
        format!("fsum({e})")
    }
}

/// A number as SQL (integers without a decimal point).
pub fn num_lit(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// An aggregate to compute: a measure, optionally only over rows meeting a condition.
pub struct AggSpec<'m> {
    pub m: &'m BMeasure,
    pub cond: Option<String>,
    pub alias: String,
}

impl<'m> AggSpec<'m> {
    pub fn new(m: &'m BMeasure, alias: &str) -> Self {
        AggSpec { m, cond: None, alias: alias.into() }
    }
    pub fn when(m: &'m BMeasure, cond: &str, alias: &str) -> Self {
        AggSpec { m, cond: Some(cond.into()), alias: alias.into() }
    }
}

/// A grouping key with the column name it gets.
pub struct KeySpec<'k> {
    pub key: KeyRef<'k>,
    pub alias: String,
}

/// A key: one of the plan's, or an expression over the analysed table.
pub enum KeyRef<'k> {
    Key(&'k Key),
    Expr(String),
}

pub struct Sql<'b> {
    pub b: &'b Bound,
}

impl<'b> Sql<'b> {
    pub fn new(b: &'b Bound) -> Self {
        Sql { b }
    }

    pub fn col(&self, c: &ColRef) -> String {
        let e = match &c.via {
            None => format!("f.{}", q(&c.col.name)),
            Some(j) => format!("{}.{}", q(&format!("j_{}", j.to_table)), q(&c.col.name)),
        };
        // A yes/no column counts, sums and averages as 1/0.
        if c.col.ty == crate::tables::ColumnType::Boolean {
            format!("CAST({e} AS INTEGER)")
        } else {
            e
        }
    }

    /// A column's value with its spelling variants folded under one spelling each.
    pub fn folded(&self, c: &ColRef) -> String {
        fold_spellings(&self.col(c), &c.col.variants)
    }

    pub fn time_expr(&self) -> String {
        self.b.time.as_ref().map(|t| format!("f.{}", q(&t.name))).unwrap_or_else(|| "NULL".into())
    }

    /// The period key of a time value (a DATE or TIMESTAMP) at a grain: sortable text (2026, 2026-Q1,
    /// 2026-03, a week's Monday, a day) for calendar grains; a number for cycles (hour 0-23, weekday 1-7
    /// from Monday, month 1-12).
    pub fn grain_of(&self, g: Grain, c: &str) -> String {
        if self.b.time.as_ref().is_some_and(|t| t.year_number) {
            return format!("CAST({c} AS VARCHAR)");
        }
        // The text is made from the grouping value (see `grain_group`), so a grouping by it formats each
        // group once instead of every row.
        match (g, self.grain_group(g, c)) {
            (_, Some(t)) => grain_text(g, &t),
            (Grain::DayOfWeek, _) => format!("isodow({c})"),
            (Grain::MonthOfYear, _) => format!("month({c})"),
            _ => format!("hour({c})"),
        }
    }

    /// A key as a query grouped by it selects it. A calendar key's text is made from its group's value
    /// taken as an aggregate (`MIN` of a value the group shares): a filter on the text outside the
    /// grouping (`WHERE p IS NOT NULL`) then stays above it, where DuckDB would otherwise push it below and
    /// format the text of every row (a monthly trend over 1M rows took 115 ms instead of 10).
    fn grouped_key_expr(&self, k: &KeyRef) -> String {
        if let KeyRef::Key(Key::Time(g)) = k {
            if let Some(t) = self.grain_group(*g, &self.time_expr()) {
                return grain_text(*g, &format!("MIN({t})"));
            }
        }
        self.key_ref_expr(k)
    }

    /// What rows of a calendar grain are grouped by, cheaper to group than the period's text: the day
    /// (DATE), the week's Monday, and year, year * 10 + quarter or year * 100 + month as integers. None for
    /// cycles and for year numbers.
    pub fn grain_group(&self, g: Grain, c: &str) -> Option<String> {
        if self.b.time.as_ref().is_some_and(|t| t.year_number) {
            return None;
        }
        match g {
            Grain::Day => Some(format!("CAST({c} AS DATE)")),
            Grain::Week => Some(format!("date_trunc('week', {c})")),
            Grain::Month => Some(format!("year({c}) * 100 + month({c})")),
            Grain::Quarter => Some(format!("year({c}) * 10 + quarter({c})")),
            Grain::Year => Some(format!("year({c})")),
            Grain::HourOfDay | Grain::DayOfWeek | Grain::MonthOfYear => None,
        }
    }

    /// What a grouping key groups by: the grain's start for a calendar key, else the key's place in the
    /// select list (`n`, counted from 1).
    fn group_term(&self, k: &KeyRef, n: usize) -> String {
        match k {
            KeyRef::Key(Key::Time(g)) => self.grain_group(*g, &self.time_expr()).unwrap_or_else(|| n.to_string()),
            _ => n.to_string(),
        }
    }

    pub fn grain_expr(&self, g: Grain) -> String {
        self.grain_of(g, &self.time_expr())
    }

    pub fn key_expr(&self, k: &Key) -> String {
        match k {
            Key::Col(c) => self.folded(c),
            Key::Time(g) => self.grain_expr(*g),
        }
    }

    fn key_ref_expr(&self, k: &KeyRef) -> String {
        match k {
            KeyRef::Key(k) => self.key_expr(k),
            KeyRef::Expr(e) => e.clone(),
        }
    }

    /// The row value a measure aggregates (None for a count of rows). Different values of a category
    /// are counted with their spellings folded.
    pub fn value(&self, m: &BMeasure) -> Option<String> {
        let c = m.col.as_ref()?;
        let mut v = if m.agg == Agg::CountDistinct { self.folded(c) } else { self.col(c) };
        if let (Some(from), true) = (&m.since, m.clock) {
            v = clock_seconds(&self.col(from), &v);
        } else if let Some(from) = &m.since {
            // (Where one side is a plain date, "days ahead of the check-in" are calendar days: both as dates.)
            let t = if m.calendar { "DATE" } else { "TIMESTAMP" };
            v = format!(
                "(epoch(CAST(CAST({v} AS {t}) AS TIMESTAMP)) - epoch(CAST(CAST({} AS {t}) AS TIMESTAMP)))",
                self.col(from)
            );
        }
        if let Some(p) = &m.plus {
            v = either_side(&v, "+", &self.col(p));
        }
        if let Some((p, sides)) = &m.minus {
            let w = self.col(p);
            v = if *sides { either_side(&v, "-", &w) } else { format!("({v} - {w})") };
        }
        if let Some(t) = &m.times {
            v = format!("({v} * {})", self.col(t));
        }
        if let Some(f) = m.scale {
            v = format!("({v} * {f})");
        }
        Some(match m.sign {
            Sign::All => v,
            Sign::Outflow => format!("CASE WHEN {v} < 0 THEN -({v}) END"),
            Sign::Inflow => format!("CASE WHEN {v} > 0 THEN {v} END"),
            Sign::Size => format!("ABS({v})"),
        })
    }

    /// The condition of a rate's part ("status = No-show"), when the measure is a rate.
    pub fn part_cond(&self, m: &BMeasure) -> Option<String> {
        if m.part.is_empty() {
            return None;
        }
        Some(m.part.iter().map(|f| self.filter_cond(f)).collect::<Vec<_>>().join(" AND "))
    }

    /// The rows a rate's whole counts, with `cond`: where the rate's part is a value of a yes/no column,
    /// only rows where that column says yes or no ("the on-time rate" is over the requests closed: a blank
    /// is not a no).
    fn known_cond(&self, m: &BMeasure, cond: Option<&str>) -> Option<String> {
        let known: Vec<String> = self.known(&m.part).into_iter().chain(cond.map(|c| format!("({c})"))).collect();
        if known.is_empty() {
            None
        } else {
            Some(known.join(" AND "))
        }
    }

    /// For each part that is a value of a yes/no column with blanks: that column is not blank.
    pub fn known(&self, part: &[BFilter]) -> Vec<String> {
        part.iter()
            .filter_map(|f| match f {
                BFilter::Values { col, .. } if col.col.yes_no && col.col.nulls > 0 && !col.col.blank_is_no => {
                    Some(format!("{} IS NOT NULL", self.col(col)))
                }
                _ => None,
            })
            .collect()
    }

    /// A measure's own rows (`only`), as one condition.
    fn only_cond(&self, m: &BMeasure) -> Option<String> {
        (!m.only.is_empty())
            .then(|| m.only.iter().map(|f| format!("({})", self.filter_cond(f))).collect::<Vec<_>>().join(" AND "))
    }

    /// The aggregate of a measure over the rows in scope, optionally only rows meeting `cond`. A rate is
    /// the percentage of the aggregate held by the rows matching its part.
    pub fn agg(&self, m: &BMeasure, cond: Option<&str>) -> String {
        if let Some(oc) = self.only_cond(m) {
            let base = BMeasure { only: Vec::new(), ..m.clone() };
            let with = and_also(cond, oc);
            return self.agg(&base, Some(&with));
        }
        if let Some(pc) = self.part_cond(m) {
            let base = BMeasure { part: Vec::new(), ..m.clone() };
            let with = and_also(cond, pc);
            let whole = self.known_cond(m, cond);
            return format!("100.0 * {} / {}", self.agg(&base, Some(&with)), self.agg(&base, whole.as_deref()));
        }
        let when = |e: &str| match cond {
            Some(c) => format!("CASE WHEN {c} THEN {e} END"),
            None => e.to_string(),
        };
        let Some(v) = self.value(m) else {
            return match cond {
                Some(c) => format!("COUNT(CASE WHEN {c} THEN 1 END)"),
                None => "COUNT(*)".into(),
            };
        };
        let v = when(&v);
        let exact = whole_values(m);
        match m.agg {
            Agg::Sum => sum_of(exact, &v),
            Agg::Avg if exact => format!("AVG({v})"),
            Agg::Avg => format!("fsum({v}) / COUNT({v})"),
            Agg::Count => format!("COUNT({v})"),
            Agg::CountDistinct => format!("COUNT(DISTINCT {v})"),
            Agg::Min => format!("MIN({v})"),
            Agg::Max => format!("MAX({v})"),
            // A median per group needs its own query shape (see `median`); as a plain aggregate it is
            // the average of the middle values, computed by `median`.
            Agg::Median => format!("AVG({v})"),
            Agg::Ratio => {
                let per = m.per.as_ref().map(|p| self.col(p)).unwrap_or_else(|| "NULL".into());
                let raw = self.value(m).unwrap_or_default();
                let per_whole = m.per.as_ref().is_none_or(whole);
                format!(
                    "{} * {} / {}",
                    m.per_many.unwrap_or(1.0),
                    sum_of(exact, &when(&format!("CASE WHEN {per} IS NOT NULL THEN {raw} END"))),
                    sum_of(per_whole, &when(&format!("CASE WHEN {raw} IS NOT NULL THEN {per} END")))
                )
            }
        }
    }

    /// The lookup tables a set of columns needs, each once.
    fn joins_for<'c>(&self, cols: impl Iterator<Item = &'c ColRef>) -> Vec<crate::analyst::model::Join> {
        let mut out: Vec<crate::analyst::model::Join> = Vec::new();
        for c in cols {
            if let Some(j) = &c.via {
                if !out.iter().any(|x| x.to_table == j.to_table) {
                    out.push(j.clone());
                }
            }
        }
        out
    }

    fn measure_cols(m: &BMeasure) -> impl Iterator<Item = &ColRef> {
        m.col
            .iter()
            .chain(m.times.iter())
            .chain(m.plus.iter())
            .chain(m.minus.iter().map(|(p, _)| p))
            .chain(m.since.iter())
            .chain(m.per.iter())
            .chain(m.part.iter().map(|f| f.col()))
    }

    /// The fact table's side of a join: its key, and where the key is spelt several ways (" SUP-04",
    /// "sup-04"), each spelling folded, so no row loses its lookup.
    fn join_key(&self, j: &crate::analyst::model::Join) -> String {
        let key = format!("f.{}", q(&j.key));
        match self.b.desk.table(&self.b.fact).and_then(|t| t.columns.iter().find(|c| c.name == j.key)) {
            Some(c) => fold_spellings(&key, &c.variants),
            None => key,
        }
    }

    /// Columns the operation's own conditions use (two compared values of a column).
    fn op_cols(&self) -> Vec<&ColRef> {
        match &self.b.op {
            super::bind::BOp::CompareValues { from, to, .. } => vec![from.col(), to.col()],
            _ => Vec::new(),
        }
    }

    /// `FROM` the analysed table, joined to the lookup tables that `keys`, the filters and the measures need.
    pub fn from(&self, keys: &[&Key], measures: &[&BMeasure]) -> String {
        let mut cols: Vec<&ColRef> = self.b.filters.iter().flat_map(|f| f.cols()).collect();
        cols.extend(self.op_cols());
        for k in keys {
            if let Key::Col(c) = k {
                cols.push(c);
            }
        }
        for m in measures {
            cols.extend(Self::measure_cols(m));
        }
        let mut s = format!("FROM {} AS f", q(&self.b.fact));
        for j in self.joins_for(cols.into_iter()) {
            let alias = q(&format!("j_{}", j.to_table));
            s.push_str(&format!(
                " LEFT JOIN {} AS {alias} ON {} = {}",
                q(&j.to_table),
                self.join_key_side(&j),
                self.as_code(&j, format!("{alias}.{}", q(&j.to_key)))
            ));
        }
        s
    }

    /// The fact side's key of a join as compared: folded spellings, and without leading zeros for codes.
    fn join_key_side(&self, j: &crate::analyst::model::Join) -> String {
        self.as_code(j, self.join_key(j))
    }

    /// One side `e` of a join as compared: codes that lost their leading zeros on one side ("123" beside
    /// "0123", or a number column beside a text one) still find their row, both sides compared without them.
    fn as_code(&self, j: &crate::analyst::model::Join, e: String) -> String {
        if j.by_number {
            // (Keys of one prefix and a number: compared by the number, "117" and "p0117" find "P0117".)
            format!("CAST(TRY_CAST(regexp_extract(trim(CAST({e} AS VARCHAR)), '[0-9]+$') AS BIGINT) AS VARCHAR)")
        } else if self.code_keys(j) {
            // (And a code's letters before its digits, in either case: "p0086", "P86" and "P0086" are one; and a
            // code written with or without hyphens or spaces inside: "978-1-914732-00-3" and "9781914732003".)
            format!(
                "regexp_replace(regexp_replace(upper(trim(CAST({e} AS VARCHAR))), '[- ]', '', 'g'), \
                 '^([A-Z]*)0+([0-9])', '\\1\\2')"
            )
        } else {
            e
        }
    }

    /// Whether a join's two keys are codes that may be written with or without leading zeros: text on one
    /// side, text or whole numbers on the other.
    fn code_keys(&self, j: &crate::analyst::model::Join) -> bool {
        use crate::tables::ColumnType::{Integer, Text};
        let find = |t: &str, c: &str| self.b.desk.table(t).and_then(|t| t.columns.iter().find(|x| x.name == c));
        let (Some(f), Some(l)) = (find(&self.b.fact, &j.key), find(&j.to_table, &j.to_key)) else { return false };
        // (Text on both sides: the profile does not keep an identifier's values, so any may be such a code;
        // stripping leading zeros on both sides changes nothing for keys that have none.)
        matches!((f.ty, l.ty), (Text, Text | Integer) | (Integer, Text))
    }

    /// The condition of one filter.
    pub fn filter_cond(&self, f: &BFilter) -> String {
        match f {
            BFilter::Values { col, keep, asked, spellings } => {
                let e = self.col(col);
                let (e, list) = if spellings.is_empty() {
                    // Values not listed at import: fold case and surrounding space in SQL (on the text of a
                    // value that is not text).
                    let text =
                        if col.col.ty == crate::tables::ColumnType::Text { e } else { format!("CAST({e} AS VARCHAR)") };
                    // (With every spelling the import grouped with it: "0042" and "42".)
                    let mut folded: Vec<String> = Vec::new();
                    for v in asked {
                        let group = col.col.variants.iter().find(|g| g.spellings.iter().any(|x| x == v));
                        for x in group.map(|g| g.spellings.clone()).unwrap_or_else(|| vec![v.clone()]) {
                            let f = lit(&crate::semantics::fold(&x));
                            if !folded.contains(&f) {
                                folded.push(f);
                            }
                        }
                    }
                    (format!("lower(trim({text}))"), folded)
                } else if col.col.role == Role::Flag {
                    // A yes/no column stores 1 and 0.
                    (e, spellings.iter().map(|v| if v == "1" { "1".to_string() } else { "0".to_string() }).collect())
                } else {
                    (e, spellings.iter().map(|v| lit(v)).collect::<Vec<_>>())
                };
                if *keep {
                    format!("{e} IN ({})", list.join(", "))
                } else {
                    format!("({e} IS NULL OR {e} NOT IN ({}))", list.join(", "))
                }
            }
            BFilter::Missing { col, missing } => {
                format!("{} IS {}NULL", self.col(col), if *missing { "" } else { "NOT " })
            }
            BFilter::Than { col, op, other } => format!("{} {} {}", self.col(col), op.symbol(), self.col(other)),
            BFilter::Number { col, op, a, b, part, times, since } => {
                let e = match (part, times, since) {
                    (Some(Grain::HourOfDay), _, _) if col.col.is_clock() => {
                        format!("hour({})", clock_time(&self.col(col)))
                    }
                    (Some(g), _, _) => self.grain_of(*g, &self.col(col)),
                    (None, Some(t), _) => format!("({} * {})", self.col(col), self.col(t)),
                    // (Nights are counted by the calendar: a stay from 14:00 to 10:00 eight days on is
                    // seven nights.)
                    (None, None, Some(from)) if from.unit.starts_with("night") => format!(
                        "date_diff('day', CAST({} AS DATE), CAST({} AS DATE))",
                        self.col(&from.col),
                        self.col(col)
                    ),
                    (None, None, Some(from)) if from.col.col.is_clock() && col.col.is_clock() => {
                        format!("({} / {})", clock_seconds(&self.col(&from.col), &self.col(col)), num_lit(from.secs))
                    }
                    (None, None, Some(from)) => format!(
                        "((epoch(CAST({} AS TIMESTAMP)) - epoch(CAST({} AS TIMESTAMP))) / {})",
                        self.col(col),
                        self.col(&from.col),
                        num_lit(from.secs)
                    ),
                    (None, None, None) => self.col(col),
                };
                match op {
                    FilterOp::Between => format!("{e} BETWEEN {} AND {}", num_lit(*a), num_lit(b.unwrap_or(*a))),
                    FilterOp::Gt | FilterOp::Ge | FilterOp::Lt | FilterOp::Le => {
                        format!("{e} {} {}", op.symbol(), num_lit(*a))
                    }
                    FilterOp::In | FilterOp::NotIn | FilterOp::Missing | FilterOp::Present => "1".into(),
                }
            }
        }
    }

    pub fn period_cond(&self, p: &BPeriod) -> Option<String> {
        let t = self.b.time.as_ref()?;
        let c = format!("f.{}", q(&t.name));
        Some(if t.year_number {
            let y0: i64 = p.start.get(0..4)?.parse().ok()?;
            let y1: i64 = p.end.get(0..4)?.parse().ok()?;
            let y1 = if p.end.get(5..10) == Some("01-01") { y1 } else { y1 + 1 };
            format!("{c} >= {y0} AND {c} < {y1}")
        } else {
            format!("{c} >= {} AND {c} < {}", lit(&p.start), lit(&p.end))
        })
    }

    /// Every condition of the plan (filters, period) with whether it is on a lookup table, plus `extra`.
    fn conds(&self, extra: &[String]) -> Vec<(bool, String)> {
        let mut out: Vec<(bool, String)> =
            self.b.filters.iter().map(|f| (f.via_lookup(), self.filter_cond(f))).collect();
        if let Some(p) = self.b.period.as_ref().and_then(|p| self.period_cond(p)) {
            out.push((false, p));
        }
        out.extend(extra.iter().map(|e| (false, e.clone())));
        out
    }

    pub fn where_(&self, extra: &[String]) -> String {
        let c: Vec<String> = self.conds(extra).into_iter().map(|(_, c)| c).collect();
        if c.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", c.join(" AND "))
        }
    }

    /// How one aggregate splits into parts that combine across groups: (inner aggregates, how to
    /// combine them with `{0}`, `{1}`...). None when it does not combine (a median, a distinct count of
    /// a lookup column).
    fn parts(&self, a: &AggSpec) -> Option<(Vec<String>, String)> {
        if let Some(oc) = self.only_cond(a.m) {
            let base = BMeasure { only: Vec::new(), ..a.m.clone() };
            let with = and_also(a.cond.as_deref(), oc);
            return self.parts(&AggSpec { m: &base, cond: Some(with), alias: a.alias.clone() });
        }
        if let Some(pc) = self.part_cond(a.m) {
            let base = BMeasure { part: Vec::new(), ..a.m.clone() };
            let with = and_also(a.cond.as_deref(), pc);
            let (p1, c1) = self.parts(&AggSpec { m: &base, cond: Some(with), alias: String::new() })?;
            let whole = self.known_cond(a.m, a.cond.as_deref());
            let (p2, _) = self.parts(&AggSpec { m: &base, cond: whole, alias: String::new() })?;
            if p1.len() != 1 || !(c1 == "SUM({0})" || c1 == "fsum({0})") {
                return None;
            }
            let f = if c1 == "SUM({0})" { "SUM" } else { "fsum" };
            return Some((vec![p1[0].clone(), p2[0].clone()], format!("100.0 * {f}({{0}}) / {f}({{1}})")));
        }
        let cond = a.cond.as_deref();
        let when = |e: &str| match cond {
            Some(c) => format!("CASE WHEN {c} THEN {e} END"),
            None => e.to_string(),
        };
        let Some(v) = self.value(a.m) else {
            return Some((
                vec![match cond {
                    Some(c) => format!("COUNT(CASE WHEN {c} THEN 1 END)"),
                    None => "COUNT(*)".into(),
                }],
                "SUM({0})".into(),
            ));
        };
        let vv = when(&v);
        let exact = whole_values(a.m);
        let total = |part: &str| sum_of(exact, part);
        match a.m.agg {
            Agg::Sum => Some((vec![total(&vv)], total("{0}"))),
            Agg::Min => Some((vec![format!("MIN({vv})")], "MIN({0})".into())),
            Agg::Max => Some((vec![format!("MAX({vv})")], "MAX({0})".into())),
            Agg::Count => Some((vec![format!("COUNT({vv})")], "SUM({0})".into())),
            Agg::Avg => {
                Some((vec![total(&vv), format!("COUNT({vv})")], format!("1.0 * {} / SUM({{1}})", total("{0}"))))
            }
            Agg::Ratio => {
                let per = a.m.per.as_ref().map(|p| self.col(p))?;
                if a.m.per.as_ref().is_some_and(|p| p.via.is_some()) {
                    return None;
                }
                let per_whole = a.m.per.as_ref().is_none_or(whole);
                Some((
                    vec![
                        total(&when(&format!("CASE WHEN {per} IS NOT NULL THEN {v} END"))),
                        sum_of(per_whole, &when(&format!("CASE WHEN {v} IS NOT NULL THEN {per} END"))),
                    ],
                    format!("{} * {} / {}", a.m.per_many.unwrap_or(1.0), total("{0}"), sum_of(per_whole, "{1}")),
                ))
            }
            Agg::CountDistinct if a.m.col.as_ref().is_some_and(|c| c.via.is_none()) => {
                Some((vec![vv], "COUNT(DISTINCT {0})".into()))
            }
            Agg::CountDistinct | Agg::Median => None,
        }
    }

    /// `SELECT <keys>, <aggregates> ... GROUP BY <keys>` over the rows in scope (plus `extra`
    /// conditions on the analysed table). Through a lookup table, the analysed table is first grouped by
    /// the join keys and its own keys, and only those groups are joined.
    pub fn grouped(&self, keys: &[KeySpec], aggs: &[AggSpec], extra: &[String]) -> String {
        let group_by = |n: usize| (1..=n).map(|x| x.to_string()).collect::<Vec<_>>().join(", ");
        let key_cols: Vec<&ColRef> = keys
            .iter()
            .filter_map(|k| match &k.key {
                KeyRef::Key(Key::Col(c)) => Some(c),
                _ => None,
            })
            .collect();
        let through_lookup = key_cols.iter().any(|c| c.via.is_some()) || self.b.filters.iter().any(|f| f.via_lookup());
        let measure_via = aggs.iter().any(|a| Self::measure_cols(a.m).any(|c| c.via.is_some()))
            || self.op_cols().iter().any(|c| c.via.is_some());
        // A distinct count combines only on its own (its value joins the inner grouping).
        let distinct_mixed = aggs.len() > 1 && aggs.iter().any(|a| a.m.agg == Agg::CountDistinct);
        let pre: Option<Vec<(Vec<String>, String)>> =
            if distinct_mixed { None } else { aggs.iter().map(|a| self.parts(a)).collect() };
        let plain_keys: Vec<&Key> = keys
            .iter()
            .filter_map(|k| match &k.key {
                KeyRef::Key(k) => Some(*k),
                KeyRef::Expr(_) => None,
            })
            .collect();
        let measures: Vec<&BMeasure> = aggs.iter().map(|a| a.m).collect();
        let (true, false, Some(pre)) = (through_lookup, measure_via, pre) else {
            let mut cols: Vec<String> =
                keys.iter().map(|k| format!("{} AS {}", self.grouped_key_expr(&k.key), q(&k.alias))).collect();
            cols.extend(aggs.iter().map(|a| format!("{} AS {}", self.agg(a.m, a.cond.as_deref()), q(&a.alias))));
            let group = if keys.is_empty() {
                String::new()
            } else {
                let terms: Vec<String> = keys.iter().enumerate().map(|(i, k)| self.group_term(&k.key, i + 1)).collect();
                format!(" GROUP BY {} ORDER BY {}", terms.join(", "), group_by(keys.len()))
            };
            return format!(
                "SELECT {} {}{}{group}",
                cols.join(", "),
                self.from(&plain_keys, &measures),
                self.where_(extra)
            );
        };
        let mut join_cols: Vec<&ColRef> = key_cols.clone();
        join_cols.extend(self.b.filters.iter().flat_map(|f| f.cols()));
        let joins = self.joins_for(join_cols.into_iter());
        let mut inner: Vec<String> =
            joins.iter().enumerate().map(|(n, j)| format!("{} AS jk{n}", self.join_key_side(j))).collect();
        // What the inner grouping groups by at each place (a calendar key by its grain's start).
        let mut inner_terms: Vec<String> = (1..=inner.len()).map(|p| p.to_string()).collect();
        for (n, k) in keys.iter().enumerate() {
            match &k.key {
                KeyRef::Key(Key::Col(c)) if c.via.is_some() => {}
                other => {
                    inner.push(format!("{} AS k{n}", self.grouped_key_expr(other)));
                    inner_terms.push(self.group_term(other, inner.len()));
                }
            }
        }
        let inner_keys = inner.len();
        let mut outer: Vec<String> = keys
            .iter()
            .enumerate()
            .map(|(n, k)| {
                let e = match &k.key {
                    KeyRef::Key(Key::Col(c)) if c.via.is_some() => self.folded(c),
                    _ => format!("g.k{n}"),
                };
                format!("{e} AS {}", q(&k.alias))
            })
            .collect();
        let mut distinct = false;
        for (a, ((exprs, combine), spec)) in pre.iter().zip(aggs).enumerate() {
            let mut c = combine.to_string();
            if spec.m.agg == Agg::CountDistinct {
                distinct = true;
            }
            for (p, e) in exprs.iter().enumerate() {
                inner.push(format!("{e} AS v{a}_{p}"));
                c = c.replace(&format!("{{{p}}}"), &format!("g.v{a}_{p}"));
            }
            outer.push(format!("{c} AS {}", q(&spec.alias)));
        }
        let mut inner_conds = Vec::new();
        let mut outer_conds = Vec::new();
        for (via, c) in self.conds(extra) {
            if via {
                outer_conds.push(c);
            } else {
                inner_conds.push(c);
            }
        }
        let wh = |c: &[String]| if c.is_empty() { String::new() } else { format!(" WHERE {}", c.join(" AND ")) };
        // A distinct count groups by its value too (distinct key-value pairs), then counts outside.
        let inner_group = if distinct { inner.len() } else { inner_keys };
        inner_terms.extend((inner_terms.len() + 1..=inner.len()).map(|p| p.to_string()));
        let group_inner = if inner_group == 0 {
            String::new()
        } else {
            format!(" GROUP BY {}", inner_terms[..inner_group].join(", "))
        };
        let mut sql = format!(
            "SELECT {} FROM (SELECT {} FROM {} AS f{}{group_inner}) AS g",
            outer.join(", "),
            inner.join(", "),
            q(&self.b.fact),
            wh(&inner_conds),
        );
        for (n, j) in joins.iter().enumerate() {
            let alias = q(&format!("j_{}", j.to_table));
            let lookup_key = self.as_code(j, format!("{alias}.{}", q(&j.to_key)));
            sql.push_str(&format!(" LEFT JOIN {} AS {alias} ON g.jk{n} = {lookup_key}", q(&j.to_table)));
        }
        sql.push_str(&wh(&outer_conds));
        if !keys.is_empty() {
            let n = group_by(keys.len());
            sql.push_str(&format!(" GROUP BY {n} ORDER BY {n}"));
        }
        sql
    }

    /// The first measure per value of one key, as columns `<alias>` and `value`; groups with no figure
    /// are left out. (One hash aggregate: the engine groups a big table by a few values in one parallel
    /// pass; an aggregate per value, SQLite's cheaper form, took 14x longer on DuckDB.)
    pub fn per_group(&self, key: &Key, alias: &str, m: &BMeasure) -> String {
        if m.agg == Agg::Median {
            return self.median(Some((key, alias)), m);
        }
        self.grouped(&[KeySpec { key: KeyRef::Key(key), alias: alias.into() }], &[AggSpec::new(m, "value")], &[])
    }

    /// The median of a measure's values (per key when given): the average of the middle one or two.
    pub fn median(&self, key: Option<(&Key, &str)>, m: &BMeasure) -> String {
        let v = self.value(m).unwrap_or_else(|| "NULL".into());
        let keys: Vec<&Key> = key.iter().map(|(k, _)| *k).collect();
        let (kcol, part, outer_key, group) = match key {
            Some((k, alias)) => (
                format!("{} AS k, ", self.key_expr(k)),
                "PARTITION BY k ",
                format!("k AS {}, ", q(alias)),
                " GROUP BY k ORDER BY k",
            ),
            None => (String::new(), "", String::new(), ""),
        };
        format!(
            "SELECT {outer_key}AVG(v) AS value FROM (SELECT {}v, ROW_NUMBER() OVER ({part}ORDER BY v) AS rn, COUNT(*) OVER ({part}) AS cnt \
             FROM (SELECT {kcol}{v} AS v {}{})) WHERE rn IN ((cnt + 1) // 2, (cnt + 2) // 2){group}",
            if key.is_some() { "k, " } else { "" },
            self.from(&keys, &[m]),
            self.where_(&[format!("{v} IS NOT NULL")]),
        )
    }

    /// The first measure per period of a grain, one pass: columns `p` and `value`.
    pub fn per_period(&self, g: Grain, m: &BMeasure) -> String {
        if m.agg == Agg::Median {
            let k = Key::Time(g);
            return self.median(Some((&k, "p")), m);
        }
        self.grouped(
            &[KeySpec { key: KeyRef::Key(&Key::Time(g)), alias: "p".into() }],
            &[AggSpec::new(m, "value")],
            &[],
        )
    }

    /// The single figure of a measure over the rows in scope (and `extra`), as column `value`.
    pub fn total(&self, m: &BMeasure, extra: &[String]) -> String {
        if m.agg == Agg::Median {
            return self.median(None, m);
        }
        self.grouped(&[], &[AggSpec::new(m, "value")], extra)
    }
}

/// `cond` and `more` both (`more` alone where there is no `cond`): the rows a measure's own filters or its
/// rate's part keep, within the rows asked for.
fn and_also(cond: Option<&str>, more: String) -> String {
    match cond {
        Some(c) => format!("({c}) AND ({more})"),
        None => more,
    }
}

/// The seconds from one time of day to another on the same row ("18:30" to "19:30"), an end before the start
/// being on the next day (a game from 23:10 to 00:40).
fn clock_seconds(from: &str, to: &str) -> String {
    format!("((date_diff('second', {}, {}) + 86400) % 86400)", clock_time(from), clock_time(to))
}

/// A time of day written as text, as a TIME: "18:30", "9:05:00", "10.00", "9am", "9:30 am", "2:00 PM"
/// (see [`crate::analyst::model::clock_minutes`]); NULL for anything else.
pub(crate) fn clock_time(e: &str) -> String {
    format!(
        "COALESCE(TRY_CAST(replace(trim({e}), '.', ':') AS TIME), \
         CAST(try_strptime(replace(upper(replace(replace(trim({e}), ' ', ''), '.M.', 'M')), '.', ':'), \
         ['%I:%M%p', '%I%p']) AS TIME))"
    )
}
