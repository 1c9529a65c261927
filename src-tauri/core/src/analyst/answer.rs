//! Turning an [`Intent`] into an answer: the SQL for each operation, run through the session's real
//! `sql` and `chart` tools (so every query shows in the UI), and the deliverables built only from what
//! those tools returned: the chat reply, `report.md` (headline, key numbers, interpretation, the SQL in
//! an appendix) and a chart where one helps. Derived figures (gaps, growth, shares, correlations) are
//! computed in SQL too, so every number shown is a tool result. Not here: reading the question.

use super::format::{fmt_num, fmt_pct, period_label, slug};
use super::question::{Agg, Grain, Intent, Measure, Period};
use super::schema::Desk;
use crate::agent::{AgentError, TurnSession};
use serde_json::{json, Value};

/// One SQL result as the tool returned it.
pub struct Rows {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
    /// The tool kept fewer rows than the query returned.
    pub truncated: bool,
}

impl Rows {
    pub fn get(&self, row: usize, col: &str) -> Option<&Value> {
        let i = self.columns.iter().position(|c| c == col)?;
        self.rows.get(row)?.get(i)
    }
    pub fn num(&self, row: usize, col: &str) -> Option<f64> {
        self.get(row, col).and_then(|v| v.as_f64())
    }
    pub fn text(&self, row: usize, col: &str) -> String {
        self.get(row, col).map(crate::tools::sql::value_text).unwrap_or_default()
    }
}

/// What a turn hands back.
#[derive(Default)]
pub struct Deliverable {
    pub headline: String,
    /// Key numbers: header then rows (already formatted).
    pub table: Vec<Vec<String>>,
    pub interpretation: Vec<String>,
    pub sql: Vec<(String, String)>,
    pub chart: Option<String>,
    pub notes: Vec<String>,
}

/// Runs tools for one turn and remembers the SQL it ran.
pub struct Runner<'s, 'a, 'b> {
    pub session: &'s mut TurnSession<'a, 'b>,
    pub calls: usize,
    pub out: Deliverable,
}

#[derive(Debug)]
pub enum Step {
    /// The sql or chart tool failed: its message.
    ToolFailed(String),
    Agent(AgentError),
}

impl From<AgentError> for Step {
    fn from(e: AgentError) -> Self {
        Step::Agent(e)
    }
}

impl Runner<'_, '_, '_> {
    pub fn sql(&mut self, purpose: &str, query: String) -> Result<Rows, Step> {
        self.calls += 1;
        let id = format!("offline_{}", self.calls);
        let out = self.session.call_tool(&id, "sql", json!({ "query": query, "max_rows": 200 }))?;
        self.out.sql.push((purpose.to_string(), query));
        if !out.ok {
            return Err(Step::ToolFailed(out.summary));
        }
        let columns = out.data["columns"]
            .as_array()
            .map(|a| a.iter().map(crate::tools::sql::value_text).collect())
            .unwrap_or_default();
        let rows = out.data["rows"]
            .as_array()
            .map(|a| a.iter().map(|r| r.as_array().cloned().unwrap_or_default()).collect())
            .unwrap_or_default();
        Ok(Rows { columns, rows, truncated: out.data["truncated"].as_bool().unwrap_or(false) })
    }

    pub fn chart(&mut self, mut spec: Value, name: &str) -> Result<(), Step> {
        self.calls += 1;
        let id = format!("offline_{}", self.calls);
        let path = format!("charts/{}.png", slug(name));
        spec["output"] = json!(path);
        let out = self.session.call_tool(&id, "chart", spec)?;
        if out.ok {
            self.out.chart = Some(path);
        } else {
            self.out.notes.push(format!("The chart could not be drawn: {}", out.summary));
        }
        Ok(())
    }
}

pub fn q(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

pub fn lit(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// A grouping key of [`Sql::grouped`]: a dimension (perhaps of a joined table) or an expression over
/// the fact table `f` (a period, a label).
pub enum GroupKey<'d> {
    Dim(&'d super::schema::Dimension),
    Expr(String),
}

/// SQL pieces shared by every operation.
pub struct Sql<'i> {
    pub i: &'i Intent,
}

impl Sql<'_> {
    pub fn dim_expr(&self, d: &super::schema::Dimension) -> String {
        match &d.via {
            None => format!("f.{}", q(&d.column)),
            Some(j) => format!("{}.{}", q(&format!("j_{}", j.to_table)), q(&d.column)),
        }
    }

    pub fn from(&self) -> String {
        self.joined_from(&self.i.dims.iter().collect::<Vec<_>>())
    }

    /// The fact table joined to the tables of `dims`, of the filters and of a distinct count.
    fn joined_from(&self, dims: &[&super::schema::Dimension]) -> String {
        let mut s = format!("FROM {} AS f", q(&self.i.fact));
        let mut joined: Vec<String> = Vec::new();
        let mut dims: Vec<&super::schema::Dimension> = dims.iter().copied().chain(self.filter_dims()).collect();
        if let Measure::Distinct(d) = &self.i.measure {
            dims.push(d);
        }
        for d in dims {
            if let Some(j) = &d.via {
                if joined.contains(&j.to_table) {
                    continue;
                }
                joined.push(j.to_table.clone());
                s.push_str(&format!(
                    " LEFT JOIN {} AS {} ON f.{} = {}.{}",
                    q(&j.to_table),
                    q(&format!("j_{}", j.to_table)),
                    q(&j.key),
                    q(&format!("j_{}", j.to_table)),
                    q(&j.to_key)
                ));
            }
        }
        s
    }

    /// The dimensions the rows are filtered on: kept values and excluded ones.
    pub fn filter_dims(&self) -> impl Iterator<Item = &super::schema::Dimension> {
        self.i.filters.iter().chain(&self.i.excluded).map(|(d, _)| d)
    }

    /// One condition per filtered dimension, with whether it is on a joined table: several values of one
    /// dimension mean any of them; excluded values keep every other row, empty ones included.
    fn dim_conds(&self) -> Vec<(bool, String)> {
        let mut out = Vec::new();
        for (list, keep) in [(&self.i.filters, true), (&self.i.excluded, false)] {
            let mut by_dim: Vec<(bool, String, Vec<String>)> = Vec::new();
            for (d, v) in list {
                let e = self.dim_expr(d);
                match by_dim.iter_mut().find(|(_, x, _)| *x == e) {
                    Some((_, _, vs)) => vs.push(lit(v)),
                    None => by_dim.push((d.via.is_some(), e, vec![lit(v)])),
                }
            }
            for (via, e, vs) in by_dim {
                let c = match (keep, vs.len()) {
                    (true, 1) => format!("{e} = {}", vs[0]),
                    (true, _) => format!("{e} IN ({})", vs.join(", ")),
                    (false, _) => format!("({e} IS NULL OR {e} NOT IN ({}))", vs.join(", ")),
                };
                out.push((via, c));
            }
        }
        out
    }

    /// One condition per filtered dimension (see [`Sql::dim_conds`]).
    pub fn filter_conds(&self) -> Vec<String> {
        self.dim_conds().into_iter().map(|(_, c)| c).collect()
    }

    pub fn period_cond(&self, p: &Period) -> Option<String> {
        let t = self.i.time.as_ref()?;
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

    /// WHERE with the filters and the period (plus extra conditions).
    pub fn where_(&self, extra: &[String]) -> String {
        let mut c = self.filter_conds();
        c.extend(self.i.conds.iter().map(|(sql, _)| sql.clone()));
        if let Some(p) = self.i.period.as_ref().and_then(|p| self.period_cond(p)) {
            c.push(p);
        }
        c.extend(extra.iter().cloned());
        if c.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", c.join(" AND "))
        }
    }

    /// `SELECT <key> AS <name>, <aggregate> AS value ...` per value of one dimension. When its values are
    /// few and known, one pass with an aggregate per value (no sort of the whole table, which is what
    /// GROUP BY costs on a big table); otherwise a plain GROUP BY. Groups whose figure is empty or zero are left out.
    pub fn per_group(&self, d: &super::schema::Dimension, name: &str) -> String {
        let k = self.dim_expr(d);
        let through_key = d.via.is_some() || self.filter_dims().any(|f| f.via.is_some());
        if through_key || d.values.is_empty() || d.values.len() > 8 || self.i.fact_rows < 200_000 {
            return self.grouped(&[(GroupKey::Dim(d), name)], &[(None, "value")], &[]);
        }
        let cols: Vec<String> = d
            .values
            .iter()
            .enumerate()
            .map(|(n, v)| format!("{} AS g{n}", self.agg(Some(&format!("{k} = {}", lit(v))))))
            .collect();
        let per: Vec<String> = d
            .values
            .iter()
            .enumerate()
            .map(|(n, v)| format!("SELECT {} AS {}, g{n} AS value FROM t", lit(v), q(name)))
            .collect();
        format!(
            "SELECT * FROM (WITH t AS (SELECT {} {}{}) {}) WHERE value IS NOT NULL AND value <> 0",
            cols.join(", "),
            self.from(),
            self.where_(&[]),
            per.join(" UNION ALL ")
        )
    }

    /// `SELECT <key> AS <name>, ..., <aggregate> AS <alias>, ... GROUP BY <keys>`: each key a dimension or
    /// an expression over the fact table (`f`), each aggregate the figure optionally only over rows meeting a
    /// condition on the fact table, rows limited by the filters, the period and `extra` (conditions on the
    /// fact table). When a key or a filter lives in a joined table, the fact table is first aggregated by
    /// the join keys (and the fact-table keys), and only those few groups are joined to the dimension
    /// tables and combined (one join per key instead of one per row). That holds for figures that combine
    /// from parts (sum, count, min, max, an average as sum over count) and for a distinct count of a
    /// fact-table column (over the distinct key-value pairs); a distinct count of a joined column joins per row.
    pub fn grouped(&self, keys: &[(GroupKey<'_>, &str)], aggs: &[(Option<&str>, &str)], extra: &[String]) -> String {
        let key_cols = |key_sql: &dyn Fn(usize, &GroupKey<'_>) -> String| -> Vec<String> {
            keys.iter().enumerate().map(|(n, (k, name))| format!("{} AS {}", key_sql(n, k), q(name))).collect()
        };
        let group_by = |n: usize| (1..=n).map(|x| x.to_string()).collect::<Vec<_>>().join(", ");
        let joined = keys.iter().any(|(k, _)| matches!(k, GroupKey::Dim(d) if d.via.is_some()))
            || self.filter_dims().any(|d| d.via.is_some());
        let m = self.measure_expr();
        let parts = |cond: Option<&str>| {
            let arg = match cond {
                Some(c) => format!("CASE WHEN {c} THEN {m} END"),
                None => m.clone(),
            };
            match (&self.i.measure, self.i.agg) {
                // A distinct count does not combine from parts, but the distinct (keys, value) pairs do:
                // the value joins the inner grouping and the outer counts its distinct values.
                (Measure::Distinct(d), _) if d.via.is_none() => Some((vec![arg], "COUNT(DISTINCT {0})")),
                (Measure::Distinct(_), _) => None,
                (Measure::Rows(_), _) => Some((
                    match cond {
                        Some(c) => vec![format!("COUNT(CASE WHEN {c} THEN 1 END)")],
                        None => vec!["COUNT(*)".to_string()],
                    },
                    "SUM({0})",
                )),
                (_, Agg::Sum) => Some((vec![format!("SUM({arg})")], "SUM({0})")),
                (_, Agg::Min) => Some((vec![format!("MIN({arg})")], "MIN({0})")),
                (_, Agg::Max) => Some((vec![format!("MAX({arg})")], "MAX({0})")),
                (_, Agg::Count) => Some((vec![format!("COUNT({arg})")], "SUM({0})")),
                (_, Agg::Avg) => {
                    Some((vec![format!("SUM({arg})"), format!("COUNT({arg})")], "1.0 * SUM({0}) / SUM({1})"))
                }
            }
        };
        let pre: Option<Vec<(Vec<String>, &str)>> = aggs.iter().map(|(c, _)| parts(*c)).collect();
        let (true, Some(pre)) = (joined, pre) else {
            let mut cols = key_cols(&|_, k| match k {
                GroupKey::Dim(d) => self.dim_expr(d),
                GroupKey::Expr(e) => e.clone(),
            });
            cols.extend(aggs.iter().map(|(c, alias)| format!("{} AS {}", self.agg(*c), q(alias))));
            let dims: Vec<&super::schema::Dimension> = keys
                .iter()
                .filter_map(|(k, _)| match k {
                    GroupKey::Dim(d) => Some(*d),
                    GroupKey::Expr(_) => None,
                })
                .collect();
            let group = if keys.is_empty() { String::new() } else { format!(" GROUP BY {}", group_by(keys.len())) };
            return format!("SELECT {} {}{}{group}", cols.join(", "), self.joined_from(&dims), self.where_(extra));
        };
        // The joined tables (one join key each), from the keys and the filters.
        let mut joins: Vec<&super::schema::Join> = Vec::new();
        let dims = keys.iter().filter_map(|(k, _)| match k {
            GroupKey::Dim(d) => Some(*d),
            GroupKey::Expr(_) => None,
        });
        for d in dims.chain(self.filter_dims()) {
            if let Some(j) = &d.via {
                if !joins.iter().any(|x| x.to_table == j.to_table) {
                    joins.push(j);
                }
            }
        }
        let mut inner: Vec<String> =
            joins.iter().enumerate().map(|(n, j)| format!("f.{} AS jk{n}", q(&j.key))).collect();
        for (n, (k, _)) in keys.iter().enumerate() {
            match k {
                GroupKey::Dim(d) if d.via.is_none() => inner.push(format!("{} AS k{n}", self.dim_expr(d))),
                GroupKey::Expr(e) => inner.push(format!("{e} AS k{n}")),
                GroupKey::Dim(_) => {}
            }
        }
        let inner_keys = inner.len();
        let mut outer = key_cols(&|n, k| match k {
            GroupKey::Dim(d) if d.via.is_some() => self.dim_expr(d),
            _ => format!("g.k{n}"),
        });
        for (a, ((exprs, combine), (_, alias))) in pre.iter().zip(aggs).enumerate() {
            let mut c = combine.to_string();
            for (p, e) in exprs.iter().enumerate() {
                inner.push(format!("{e} AS v{a}_{p}"));
                c = c.replace(&format!("{{{p}}}"), &format!("g.v{a}_{p}"));
            }
            outer.push(format!("{c} AS {}", q(alias)));
        }
        // Conditions on the fact table go inside; filters on joined tables apply to the joined groups.
        let mut inner_conds: Vec<String> = Vec::new();
        let mut outer_conds: Vec<String> = Vec::new();
        for (via, c) in self.dim_conds() {
            if via {
                outer_conds.push(c);
            } else {
                inner_conds.push(c);
            }
        }
        if let Some(p) = self.i.period.as_ref().and_then(|p| self.period_cond(p)) {
            inner_conds.push(p);
        }
        inner_conds.extend(self.i.conds.iter().map(|(sql, _)| sql.clone()));
        inner_conds.extend(extra.iter().cloned());
        let wh = |c: &[String]| if c.is_empty() { String::new() } else { format!(" WHERE {}", c.join(" AND ")) };
        // For a distinct count the inner value columns are grouping keys too (distinct pairs).
        let distinct = matches!(self.i.measure, Measure::Distinct(_));
        let inner_group = if distinct { inner.len() } else { inner_keys };
        let mut sql = format!(
            "SELECT {} FROM (SELECT {} FROM {} AS f{} GROUP BY {}) AS g",
            outer.join(", "),
            inner.join(", "),
            q(&self.i.fact),
            wh(&inner_conds),
            group_by(inner_group)
        );
        for (n, j) in joins.iter().enumerate() {
            let alias = q(&format!("j_{}", j.to_table));
            sql.push_str(&format!(" LEFT JOIN {} AS {alias} ON g.jk{n} = {alias}.{}", q(&j.to_table), q(&j.to_key)));
        }
        sql.push_str(&wh(&outer_conds));
        if !keys.is_empty() {
            sql.push_str(&format!(" GROUP BY {}", group_by(keys.len())));
        }
        sql
    }

    /// The aggregate per period, in one pass: columns `p` and `value`. (The sql tool answers this
    /// shape with a hash aggregate, so grouping straight by the period costs one scan.)
    pub fn per_period(&self, g: Grain) -> String {
        if self.i.time.is_none() {
            return String::new();
        }
        format!(
            "SELECT {} AS p, {} AS value {}{} GROUP BY 1",
            self.grain_expr(g),
            self.agg(None),
            self.from(),
            self.where_(&[])
        )
    }

    pub fn measure_expr(&self) -> String {
        match &self.i.measure {
            Measure::Column(c) => format!("f.{}", q(c)),
            Measure::Rows(_) => "1".into(),
            Measure::Distinct(d) => self.dim_expr(d),
        }
    }

    /// The aggregate, optionally only over rows meeting `cond`.
    pub fn agg(&self, cond: Option<&str>) -> String {
        let m = self.measure_expr();
        let arg = match cond {
            Some(c) => format!("CASE WHEN {c} THEN {m} END"),
            None => m,
        };
        match (&self.i.measure, self.i.agg) {
            (Measure::Rows(_), _) => match cond {
                Some(c) => format!("COUNT(CASE WHEN {c} THEN 1 END)"),
                None => "COUNT(*)".into(),
            },
            (Measure::Distinct(_), _) => format!("COUNT(DISTINCT {arg})"),
            (_, Agg::Sum) => format!("SUM({arg})"),
            (_, Agg::Avg) => format!("AVG({arg})"),
            (_, Agg::Min) => format!("MIN({arg})"),
            (_, Agg::Max) => format!("MAX({arg})"),
            (_, Agg::Count) => format!("COUNT({arg})"),
        }
    }

    pub fn grain(&self) -> Grain {
        if let Some(g) = self.i.grain {
            return g;
        }
        let Some(t) = &self.i.time else { return Grain::Month };
        if t.year_number {
            return Grain::Year;
        }
        let y0: i32 = t.min.get(0..4).and_then(|s| s.parse().ok()).unwrap_or(0);
        let y1: i32 = t.max.get(0..4).and_then(|s| s.parse().ok()).unwrap_or(0);
        let span_days_small = t.min.get(0..7) == t.max.get(0..7);
        if span_days_small {
            Grain::Day
        } else if y1 - y0 >= 6 {
            Grain::Year
        } else {
            Grain::Month
        }
    }

    /// The period key at a grain, sortable text: 2026-03, 2026-Q1, 2026, a week's Monday, a day.
    pub fn grain_expr(&self, g: Grain) -> String {
        let Some(t) = &self.i.time else { return "NULL".into() };
        self.grain_of(g, &format!("f.{}", q(&t.name)))
    }

    /// The period key of the time value `c` at grain `g`.
    pub fn grain_of(&self, g: Grain, c: &str) -> String {
        let Some(t) = &self.i.time else { return "NULL".into() };
        if t.year_number {
            return format!("CAST({c} AS TEXT)");
        }
        match g {
            Grain::Day => format!("substr({c}, 1, 10)"),
            Grain::Week => format!("date(substr({c}, 1, 10), '-' || ((CAST(strftime('%w', substr({c}, 1, 10)) AS INTEGER) + 6) % 7) || ' days')"),
            Grain::Month => format!("substr({c}, 1, 7)"),
            Grain::Quarter => format!("substr({c}, 1, 4) || '-Q' || ((CAST(substr({c}, 6, 2) AS INTEGER) + 2) / 3)"),
            Grain::Year => format!("substr({c}, 1, 4)"),
        }
    }

    /// A period key as the chart's x value (an ISO month or day, so the axis reads as time).
    pub fn chart_x(g: Grain, key: &str) -> String {
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
}

/// The measure as words: "revenue", "orders", "distinct customers".
pub fn measure_words(i: &Intent) -> String {
    match &i.measure {
        Measure::Column(c) => c.replace('_', " "),
        Measure::Rows(t) => i.row_noun.clone().unwrap_or_else(|| t.replace('_', " ")),
        Measure::Distinct(d) => {
            // "customer_id" counts customers.
            let col = d.column.to_lowercase();
            match col.strip_suffix("_id").or_else(|| col.strip_suffix(" id")).filter(|s| !s.is_empty()) {
                Some(base) => format!("distinct {}", super::schema::plural(&base.replace('_', " "))),
                None => format!("distinct {}", d.names().last().cloned().unwrap_or_else(|| d.column.clone())),
            }
        }
    }
}

/// "total revenue", "average temp max", "number of orders".
pub fn figure_words(i: &Intent) -> String {
    match (&i.measure, i.agg) {
        (Measure::Column(_), a) => {
            // A column already called a total (`Cost Total`) is "total cost", not "total cost total".
            let mw = measure_words(i);
            if a == Agg::Sum && mw.split(' ').any(|w| w.eq_ignore_ascii_case("total")) {
                let rest: Vec<&str> =
                    mw.split(' ').filter(|w| !w.eq_ignore_ascii_case("total") && !w.is_empty()).collect();
                format!("total {}", rest.join(" ")).trim_end().to_string()
            } else {
                format!("{} {mw}", a.word())
            }
        }
        _ => format!("number of {}", measure_words(i)),
    }
}

/// Decimals for the measure's aggregate.
pub fn decimals(i: &Intent, desk: &Desk) -> usize {
    match (&i.measure, i.agg) {
        (Measure::Rows(_) | Measure::Distinct(_), _) | (_, Agg::Count) => 0,
        (_, Agg::Avg) => 2,
        (Measure::Column(c), _) => column_decimals(desk, &i.fact, c),
    }
}

/// Decimals for a sum of one column: none for whole numbers, two otherwise.
pub fn column_decimals(desk: &Desk, table: &str, column: &str) -> usize {
    let integer = desk
        .table(table)
        .and_then(|t| t.columns.iter().find(|x| x.name == column))
        .is_some_and(|x| x.ty == crate::tables::ColumnType::Integer);
    if integer {
        0
    } else {
        2
    }
}

/// "for region = West, in 2026"
pub fn scope_words(i: &Intent) -> String {
    let mut parts = Vec::new();
    for (d, v) in &i.filters {
        parts.push(format!("{} {v}", d.names().last().cloned().unwrap_or_else(|| d.column.clone())));
    }
    let mut s = String::new();
    if !parts.is_empty() {
        s.push_str(&format!(" for {}", parts.join(", ")));
    }
    let left_out: Vec<String> = i
        .excluded
        .iter()
        .map(|(d, v)| format!("{} {v}", d.names().last().cloned().unwrap_or_else(|| d.column.clone())))
        .collect();
    if !left_out.is_empty() {
        s.push_str(&format!(" excluding {}", left_out.join(", ")));
    }
    if !i.conds.is_empty() {
        let said: Vec<&str> = i.conds.iter().map(|(_, w)| w.as_str()).collect();
        s.push_str(&format!(" where {}", said.join(" and ")));
    }
    if let Some(p) = &i.period {
        // "since 2000", "before 1950" carry their own preposition.
        let open = ["since ", "after ", "before ", "until "].iter().any(|w| p.label.starts_with(w));
        s.push_str(&if open { format!(" {}", p.label) } else { format!(" in {}", p.label) });
    }
    s
}

pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

pub fn n(v: Option<f64>, d: usize) -> String {
    v.map(|x| fmt_num(x, d)).unwrap_or_else(|| "no value".into())
}

pub fn pct(v: Option<f64>) -> String {
    v.map(fmt_pct).unwrap_or_else(|| "n/a".into())
}

pub fn grain_label(g: Grain, key: &str) -> String {
    period_label(g, key)
}
