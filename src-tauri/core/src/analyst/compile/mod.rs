//! The compiler: the one place that turns an analysis [`Plan`] into SQL, a chart and a report. It binds
//! the plan's names to the desk (columns, also through lookup joins; the date column; the spellings
//! a category value is stored under), checks that the plan makes sense (a sum of a text column, a
//! period on a table without dates and the like come back as a [`PlanError`] that says what to change),
//! then runs one operation ([`ops`]) whose queries go through an [`Exec`]: the turn's real `sql` and
//! `chart` tools for the offline analyst and the `analyze` tool, or the database directly in tests.
//! Every number in the deliverable comes from those query results. Not here: reading words.

pub mod bind;
pub mod ops;
pub mod sql;
pub mod words;

pub use bind::{bind, Bound, PlanError};

use crate::analyst::plan::Agg;
use serde_json::Value;

/// One SQL result.
#[derive(Debug, Clone, Default)]
pub struct Rows {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
    /// Fewer rows were kept than the query returned.
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

/// Why a step stopped.
#[derive(Debug)]
pub enum Step {
    /// A query or chart failed: its message.
    ToolFailed(String),
    /// The plan ran but its figure would mislead (a side of a signed amount that no row in scope has):
    /// what could not be answered, said instead of a number.
    Decline(String),
    /// The turn itself failed (cancelled, history): passed through untouched.
    Agent(crate::agent::AgentError),
}

impl From<crate::agent::AgentError> for Step {
    fn from(e: crate::agent::AgentError) -> Self {
        Step::Agent(e)
    }
}

/// Where the compiler's queries and charts run.
pub trait Exec {
    /// Run one read-only query; `purpose` says why (it goes into the report's appendix).
    fn sql(&mut self, purpose: &str, query: &str) -> Result<Rows, Step>;
    /// Draw a chart spec (the `chart` tool's input); returns the path written, or an error message.
    fn chart(&mut self, spec: Value) -> Result<Result<String, String>, Step>;
}

/// What an analysis hands back.
#[derive(Debug, Default, Clone)]
pub struct Deliverable {
    pub headline: String,
    /// Key numbers: a header then rows, already formatted.
    pub table: Vec<Vec<String>>,
    pub interpretation: Vec<String>,
    /// (purpose, SQL) of every query, in order.
    pub sql: Vec<(String, String)>,
    pub chart: Option<String>,
    pub notes: Vec<String>,
    /// How the plan reads in plain words ("Read as: ...").
    pub read_as: String,
}

/// Runs queries through an [`Exec`] and records them for the report.
pub struct Runner<'e> {
    pub exec: &'e mut dyn Exec,
    pub out: Deliverable,
}

impl Runner<'_> {
    pub fn sql(&mut self, purpose: &str, query: String) -> Result<Rows, Step> {
        self.out.sql.push((purpose.to_string(), query.clone()));
        self.exec.sql(purpose, &query)
    }

    pub fn chart(&mut self, mut spec: Value, name: &str) -> Result<(), Step> {
        spec["output"] = Value::String(format!("charts/{}.png", words::slug(name)));
        match self.exec.chart(spec)? {
            Ok(path) => self.out.chart = Some(path),
            Err(msg) => self.out.notes.push(format!("The chart could not be drawn: {msg}")),
        }
        Ok(())
    }
}

/// Run a bound plan: its queries, its chart, its deliverable.
pub fn run(b: &Bound, exec: &mut dyn Exec) -> Result<Deliverable, Step> {
    let mut r = Runner { exec, out: Deliverable::default() };
    let b = one_sided(&mut r, b)?;
    r.out.read_as = words::read_as(&b);
    ops::run(&mut r, &b)?;
    Ok(r.out)
}

/// A signed amount (money in above zero, out below) whose rows in scope are all money out is said as
/// spending, in positive amounts ("the average grocery transaction is $120.36 out"), not as a negative
/// number; the check is one query over the scope.
fn one_sided(r: &mut Runner, b: &Bound) -> Result<Bound, Step> {
    use crate::analyst::plan::Sign;
    let mut out = b.clone();
    for (i, m) in b.measures.iter().enumerate() {
        let Some(c) = &m.col else { continue };
        if c.col.role != crate::semantics::Role::SignedAmount
            || m.sign != Sign::All
            || m.times.as_ref().is_some_and(|t| t.col.role == crate::semantics::Role::SignedAmount)
            || !m.part.is_empty()
        {
            continue;
        }
        if !matches!(m.agg, Agg::Sum | Agg::Avg | Agg::Min | Agg::Max | Agg::Median) {
            continue;
        }
        let s = sql::Sql::new(b);
        let e = s.col(c);
        let rows = r.sql(
            "Whether the amounts in scope are money in, money out or both",
            format!("SELECT MIN({e}) AS lo, MAX({e}) AS hi {}{}", s.from(&[], &[m]), s.where_(&[])),
        )?;
        if rows.num(0, "hi").is_some_and(|hi| hi <= 0.0) && rows.num(0, "lo").is_some_and(|lo| lo < 0.0) {
            out.measures[i].sign = Sign::Outflow;
            out.measures[i].agg = match m.agg {
                Agg::Min => Agg::Max,
                Agg::Max => Agg::Min,
                a => a,
            };
            out.notes.push(match &m.times {
                // ("the cost value of everything dispatched": quantities out, times their price.)
                Some(t) => format!(
                    "every {} in scope is below zero (going out), so {} × {} is shown as a positive amount",
                    c.col.words(),
                    c.col.words(),
                    t.col.words()
                ),
                None => format!(
                    "every {} in scope is money out (below zero), so it is shown as a positive amount spent",
                    c.col.words()
                ),
            });
        }
    }
    Ok(out)
}

/// The report for a deliverable: headline, the question, the chart, key numbers, what it means, how
/// the question was read, and the SQL appendix.
pub fn render_report(question: &str, out: &Deliverable, notes: &[String]) -> String {
    let mut md = format!("# {}\n\n", out.headline);
    if !question.trim().is_empty() {
        md.push_str(&format!("*Question:* {}\n\n", question.trim()));
    }
    if let Some(c) = &out.chart {
        // The image's alt text names what it shows (the report's key numbers follow it).
        let alt: String = out.headline.chars().filter(|ch| !matches!(ch, '[' | ']' | '\\')).collect();
        md.push_str(&format!("![Chart: {alt}]({c})\n\n"));
    }
    if !out.table.is_empty() {
        md.push_str("## Key numbers\n\n");
        for (k, row) in out.table.iter().enumerate() {
            md.push_str(&format!(
                "| {} |\n",
                row.iter().map(|c| c.replace('|', "\\|")).collect::<Vec<_>>().join(" | ")
            ));
            if k == 0 {
                let align: Vec<&str> =
                    row.iter().enumerate().map(|(j, _)| if j == 0 { "---" } else { "---:" }).collect();
                md.push_str(&format!("| {} |\n", align.join(" | ")));
            }
        }
        md.push('\n');
    }
    if !out.interpretation.is_empty() || !out.notes.is_empty() || !notes.is_empty() {
        md.push_str("## What it means\n\n");
        for l in &out.interpretation {
            md.push_str(&format!("- {l}\n"));
        }
        for n in out.notes.iter().chain(notes) {
            md.push_str(&format!("- Note: {n}\n"));
        }
        md.push('\n');
    }
    if !out.read_as.is_empty() {
        md.push_str("## How the question was read\n\n");
        md.push_str(&out.read_as);
        md.push_str("\n\n");
    }
    md.push_str("## Appendix: the SQL that produced these numbers\n\n");
    for (purpose, sql) in &out.sql {
        md.push_str(&format!("{purpose}:\n\n```sql\n{sql}\n```\n\n"));
    }
    md.push_str("*Every figure above comes from these queries.*\n");
    md
}
