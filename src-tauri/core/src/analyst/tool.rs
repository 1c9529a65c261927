//! The `analyze` tool: a model fills the analysis plan (its JSON Schema is the tool's input schema) and
//! the compiler runs it, exactly as for the offline analyst: the same binding checks, the same SQL, the
//! chart and, when asked, `report.md`. A small local model then only fills a form instead of writing SQL.
//! A plan that does not parse or does not fit the desk comes back as an error result that says what to
//! change, so the model can correct it; it never ends the turn. [`WithAnalyze`] adds the tool to any
//! toolbox; its queries, charts and writes go through that toolbox's own tools (the same read-only,
//! confined paths).

use super::compile::{self, Exec, Rows, Step};
use super::plan::{plan_schema, Plan};
use crate::tool_api::{ToolOutput, ToolRunner, ToolSpec};
use serde_json::{json, Value};
use std::path::PathBuf;

pub const NAME: &str = "analyze";

/// The tool's definition: the plan's schema plus `write_report`.
pub fn spec() -> ToolSpec {
    let mut schema = plan_schema();
    if let Some(props) = schema["properties"].as_object_mut() {
        props.insert(
            "write_report".into(),
            json!({"type": "boolean", "description": "Also write report.md (headline, key numbers, how the question was read, the SQL). Default true."}),
        );
    }
    ToolSpec {
        name: NAME.into(),
        description: "Answer a standard analytical question by filling an analysis plan; the app computes it exactly \
            (SQL over the desk's tables, a chart, report.md) and returns the figures. Prefer this to `sql` for totals, \
            averages, counts, breakdowns, rankings (top/bottom N), period comparisons, shares, trends, most common values, \
            distributions and correlations. Name columns as the table profiles show them (`table.column` for a lookup \
            table's column). Category values match whatever their case or spacing. Periods are years (2025), halves \
            (2025-H1), quarters (2025-Q1), months (2025-03) or days (2025-03-15). For a signed amount column (money in \
            positive, out negative) use `sign`: `outflow` for spending, `inflow` for income, `size` to take every \
            value as a positive amount (comparing money in with money out)."
            .into(),
        input_schema: schema,
    }
}

/// A toolbox with the `analyze` tool added.
pub struct WithAnalyze<T: ToolRunner> {
    inner: T,
    desk: PathBuf,
}

impl<T: ToolRunner> WithAnalyze<T> {
    pub fn new(inner: T, desk: PathBuf) -> Self {
        WithAnalyze { inner, desk }
    }
    pub fn inner(&self) -> &T {
        &self.inner
    }
}

struct Through<'t> {
    tools: &'t mut dyn ToolRunner,
}

impl Exec for Through<'_> {
    fn sql(&mut self, _purpose: &str, query: &str) -> Result<Rows, Step> {
        let out = self.tools.call("sql", &json!({"query": query, "max_rows": 200}));
        if !out.ok {
            return Err(Step::ToolFailed(out.summary));
        }
        Ok(super::rows_of(&out.data))
    }
    fn chart(&mut self, spec: Value) -> Result<Result<String, String>, Step> {
        let path = spec["output"].as_str().unwrap_or("charts/chart.png").to_string();
        let out = self.tools.call("chart", &spec);
        Ok(if out.ok { Ok(path) } else { Err(out.summary) })
    }
}

/// Run one `analyze` call against the desk at `desk` with `tools` for its queries.
pub fn analyze(desk: &std::path::Path, tools: &mut dyn ToolRunner, input: &Value) -> ToolOutput {
    let mut input = input.clone();
    let write_report = match input.as_object_mut().and_then(|o| o.remove("write_report")) {
        Some(Value::Bool(b)) => b,
        _ => true,
    };
    let plan = match Plan::from_json(&input) {
        Ok(p) => p,
        Err(e) => return ToolOutput::error("plan_invalid", format!("{e}. Fix the plan and call analyze again.")),
    };
    let _ = crate::tables::sync(desk, &mut |_| {});
    let catalog = crate::tables::catalog(desk).unwrap_or_default();
    if catalog.is_empty() {
        return ToolOutput::error("no_analysis_db", "this desk has no tables yet");
    }
    let model = super::model::Desk::load(desk, &catalog);
    let bound = match compile::bind(&plan, &model) {
        Ok(b) => b,
        Err(e) => return ToolOutput::error("plan_invalid", format!("{e}. Fix the plan and call analyze again.")),
    };
    let mut exec = Through { tools };
    let out = match compile::run(&bound, &mut exec) {
        Ok(o) => o,
        Err(Step::ToolFailed(m)) => return ToolOutput::error("sql_error", format!("a query of the plan failed: {m}")),
        Err(Step::Agent(e)) => return ToolOutput::error("internal", e.to_string()),
        Err(Step::Decline(m)) => {
            return ToolOutput::error("no_answer", format!("the plan gives no figure to state: {m}"))
        }
    };
    let mut content = format!("{}\n\n", out.headline);
    for (k, row) in out.table.iter().enumerate() {
        content.push_str(&format!("| {} |\n", row.join(" | ")));
        if k == 0 {
            content.push_str(&format!("|{}\n", " --- |".repeat(row.len())));
        }
    }
    for l in out.interpretation.iter().chain(&out.notes) {
        content.push_str(&format!("\n- {l}"));
    }
    content.push_str(&format!("\n\n{}", out.read_as));
    let mut report_path = None;
    if write_report {
        let report = compile::render_report("", &out, &[]);
        let w = exec.tools.call("write_file", &json!({"path": "report.md", "content": report}));
        if w.ok {
            report_path = Some("report.md");
            content.push_str("\n\nWrote report.md (you may rewrite it with your own interpretation).");
        }
    }
    if let Some(c) = &out.chart {
        content.push_str(&format!("\nChart: {c}"));
    }
    ToolOutput {
        ok: true,
        summary: out.headline.chars().take(160).collect(),
        content,
        data: json!({
            "headline": out.headline,
            "table": out.table,
            "read_as": out.read_as,
            "chart": out.chart,
            "interpretation": out.interpretation,
            "notes": out.notes,
            "report": report_path,
            "sql": out.sql.iter().map(|(p, s)| json!({"purpose": p, "sql": s})).collect::<Vec<_>>(),
        }),
    }
}

impl<T: ToolRunner> ToolRunner for WithAnalyze<T> {
    fn specs(&self) -> Vec<ToolSpec> {
        let mut v = vec![spec()];
        v.extend(self.inner.specs());
        v
    }

    fn set_cancel(&mut self, cancel: &crate::agent::CancelToken) {
        self.inner.set_cancel(cancel);
    }

    fn warm(&mut self) {
        self.inner.warm();
    }

    fn call(&mut self, name: &str, input: &Value) -> ToolOutput {
        if name == NAME {
            let desk = self.desk.clone();
            return analyze(&desk, &mut self.inner, input);
        }
        self.inner.call(name, input)
    }
}
