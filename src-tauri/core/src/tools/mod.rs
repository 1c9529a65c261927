//! The analyst's toolbox: what a model (or the offline analyst) may do inside one desk.
//!
//! [`Toolbox`] implements [`ToolRunner`]: `list_files`, `read_file`, `sql`, `chart` and `write_file`,
//! each with a JSON Schema a model can follow. Every path goes through [`confine`]; SQL goes through
//! the read-only path in [`sql`]; writes are atomic and never touch an input. A failure is an error
//! result (`ToolOutput::error` with a stable code), never a panic. Also here: [`markdown_to_html`] for
//! the UI, and [`alt_text::describe_chart`] (a chart's text alternative from the report beside it).
//! Queries run in a worker process when the binary set one up ([`worker`]), so that the time limit and a
//! Stop end them whatever they call. Not here: building the analysis database (the tables engine) and the
//! turn loop (the agent).

pub mod alt_text;
pub mod chart;
pub mod confine;
pub mod files;
pub mod markdown;
pub mod sql;
pub mod worker;

pub use markdown::markdown_to_html;

use crate::agent::CancelToken;
use crate::error::{DeskError, Result};
use crate::tool_api::{ToolOutput, ToolRunner, ToolSpec};
use serde::Deserialize;
use serde_json::json;
use std::collections::HashSet;
use std::path::PathBuf;
use std::time::Duration;

/// Limits of a toolbox; tests pass short ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ToolLimits {
    pub sql_time_limit: Duration,
    /// Rows in the markdown table the model reads.
    pub model_rows: usize,
    /// Rows in the JSON the UI receives.
    pub ui_rows: usize,
}

impl Default for ToolLimits {
    fn default() -> Self {
        ToolLimits { sql_time_limit: sql::DEFAULT_TIME_LIMIT, model_rows: sql::MODEL_ROW_CAP, ui_rows: sql::UI_ROW_CAP }
    }
}

/// The tools of one desk.
pub struct Toolbox {
    desk: PathBuf,
    inputs: HashSet<String>,
    limits: ToolLimits,
    /// Where queries run (None: in this process).
    worker: Option<worker::Worker>,
    /// The turn's Stop, which ends a running query.
    cancel: Option<CancelToken>,
}

#[derive(Deserialize)]
struct ListInput {
    #[serde(default)]
    path: Option<String>,
}

#[derive(Deserialize)]
struct ReadInput {
    path: String,
    #[serde(default)]
    start_line: Option<usize>,
    #[serde(default)]
    max_lines: Option<usize>,
    #[serde(default)]
    max_bytes: Option<usize>,
}

#[derive(Deserialize)]
struct SqlInput {
    query: String,
    #[serde(default)]
    max_rows: Option<usize>,
}

#[derive(Deserialize)]
struct WriteInput {
    path: String,
    content: String,
}

fn parse<T: for<'de> Deserialize<'de>>(tool: &str, input: &serde_json::Value) -> Result<T> {
    serde_json::from_value(input.clone())
        .map_err(|e| DeskError::BadToolInput { tool: tool.to_string(), message: e.to_string() })
}

impl Toolbox {
    /// The tools of the desk at `desk`; `inputs` are the names of the user's imported files, which no tool
    /// may modify or delete.
    pub fn new(desk: PathBuf, inputs: HashSet<String>) -> Self {
        Toolbox { desk, inputs, limits: ToolLimits::default(), worker: worker::Worker::from_process(), cancel: None }
    }

    /// Run queries in workers started from `program` (None: in this process), whatever the process set.
    pub fn with_worker(mut self, program: Option<PathBuf>) -> Self {
        self.worker = program.map(worker::Worker::new);
        self
    }

    /// One read-only query over the desk's tables: in the worker if there is one, else here.
    fn query(&mut self, desk: &std::path::Path, sql_text: &str, limits: sql::SqlLimits) -> Result<sql::QueryResult> {
        let cancel = self.cancel.clone();
        match self.worker.as_mut() {
            Some(w) => {
                let stop = move || cancel.as_ref().is_some_and(|c| c.is_cancelled());
                w.query(&sql::analysis_db_path(desk), sql_text, limits, &stop)
            }
            None => sql::query_desk(desk, sql_text, limits),
        }
    }

    pub fn with_limits(mut self, limits: ToolLimits) -> Self {
        self.limits = limits;
        self
    }

    pub fn limits(&self) -> ToolLimits {
        self.limits
    }

    /// The canonical desk folder; every containment check compares against it.
    fn desk(&self) -> Result<PathBuf> {
        std::fs::canonicalize(&self.desk).map_err(|e| DeskError::io_at(&self.desk, e))
    }

    fn run(&mut self, name: &str, input: &serde_json::Value) -> Result<ToolOutput> {
        match name {
            "list_files" => self.list_files(parse(name, input)?),
            "read_file" => self.read_file(parse(name, input)?),
            "sql" => self.sql(parse(name, input)?),
            "chart" => self.chart(parse(name, input)?),
            "write_file" => self.write_file(parse(name, input)?),
            other => Err(DeskError::UnknownTool { name: other.chars().take(80).collect() }),
        }
    }

    fn list_files(&self, input: ListInput) -> Result<ToolOutput> {
        let desk = self.desk()?;
        let sub = input.path.unwrap_or_default();
        let (list, cut) = files::list_files(&desk, &sub, &self.inputs)?;
        let mut content = String::new();
        if list.is_empty() {
            content.push_str("(no files)\n");
        }
        for f in &list {
            content.push_str(&format!(
                "{}  ({}, {} bytes{})\n",
                f.path,
                f.kind.as_str(),
                sql::thousands(f.size as f64, 0),
                if f.role == "input" { ", imported input" } else { "" }
            ));
        }
        if cut {
            content.push_str(&format!("(listing cut at {} files)\n", files::MAX_LIST_ENTRIES));
        }
        let n = list.len();
        Ok(ToolOutput {
            ok: true,
            summary: format!("{n} {}", if n == 1 { "file" } else { "files" }),
            content,
            data: json!({ "files": list, "truncated": cut }),
        })
    }

    fn read_file(&self, input: ReadInput) -> Result<ToolOutput> {
        let desk = self.desk()?;
        let t = files::read_file(
            &desk,
            &input.path,
            input.start_line.unwrap_or(1),
            input.max_lines.unwrap_or(files::DEFAULT_READ_LINES),
            input.max_bytes.unwrap_or(files::DEFAULT_READ_BYTES),
        )?;
        let mut content = t.text.clone();
        if t.truncated {
            if !content.ends_with('\n') {
                content.push('\n');
            }
            let next = t.start_line + t.lines;
            content.push_str(&format!(
                "\n[truncated: showed lines {}–{} of a {}-byte file; read on with start_line={next}]\n",
                t.start_line,
                next.saturating_sub(1),
                sql::thousands(t.file_bytes as f64, 0)
            ));
        }
        Ok(ToolOutput {
            ok: true,
            summary: format!("read {} ({} lines{})", t.path, t.lines, if t.truncated { ", truncated" } else { "" }),
            content,
            data: json!({
                "path": t.path, "start_line": t.start_line, "lines": t.lines,
                "file_bytes": t.file_bytes, "truncated": t.truncated,
            }),
        })
    }

    fn sql(&mut self, input: SqlInput) -> Result<ToolOutput> {
        let desk = self.desk()?;
        let model_rows = input.max_rows.unwrap_or(self.limits.model_rows).clamp(1, self.limits.model_rows.max(1));
        let keep = self.limits.ui_rows.max(model_rows);
        let r =
            self.query(&desk, &input.query, sql::SqlLimits { max_rows: keep, time_limit: self.limits.sql_time_limit })?;
        Ok(ToolOutput {
            ok: true,
            summary: r.summary(),
            content: r.to_markdown(model_rows),
            data: r.to_data(self.limits.ui_rows),
        })
    }

    fn chart(&mut self, spec: chart::ChartSpec) -> Result<ToolOutput> {
        let desk = self.desk()?;
        // Check where it goes before doing any work, and again (through the atomic write) at the end.
        files::check_output_path(&desk, &spec.output, &["png"], &self.inputs)?;
        let table = match (&spec.sql, &spec.data) {
            (Some(q), None) => {
                let r = self.query(
                    &desk,
                    q,
                    sql::SqlLimits { max_rows: chart::MAX_CHART_ROWS, time_limit: self.limits.sql_time_limit },
                )?;
                if r.bytes_capped {
                    return Err(DeskError::ChartSpec {
                        message: format!(
                            "the query's rows hold more than a chart takes ({} MB); select only the x, y and group columns",
                            sql::MAX_RESULT_BYTES >> 20
                        ),
                    });
                }
                if r.truncated {
                    return Err(DeskError::ChartSpec {
                        message: format!(
                            "the query returned {} rows, more than a chart takes ({}); aggregate in SQL first",
                            sql::thousands(r.total_rows as f64, 0),
                            sql::thousands(chart::MAX_CHART_ROWS as f64, 0)
                        ),
                    });
                }
                chart::Table { columns: r.columns, rows: r.rows }
            }
            (None, Some(d)) => d.clone().into_table()?,
            (Some(_), Some(_)) => {
                return Err(DeskError::ChartSpec { message: "give either \"sql\" or \"data\", not both".into() })
            }
            (None, None) => {
                return Err(DeskError::ChartSpec {
                    message: "give the data: a \"sql\" query or inline \"data\"".into(),
                })
            }
        };
        let (png, rendered) = chart::render_png(&spec, &table)?;
        let target = files::check_output(&desk, &spec.output, &["png"], &self.inputs)?;
        files::write_atomic(&desk, &target, &png)?;
        Ok(ToolOutput {
            ok: true,
            summary: format!("chart {} ({})", target.rel, spec.kind.as_str()),
            content: format!(
                "Wrote {} ({} chart, {} series, {} points, {}×{} PNG).",
                target.rel,
                spec.kind.as_str(),
                rendered.series,
                rendered.points,
                chart::WIDTH,
                chart::HEIGHT
            ),
            data: json!({
                "path": target.rel, "kind": "image", "chart": spec.kind.as_str(), "bytes": png.len(),
                "width": chart::WIDTH, "height": chart::HEIGHT, "series": rendered.series, "points": rendered.points,
            }),
        })
    }

    fn write_file(&self, input: WriteInput) -> Result<ToolOutput> {
        let desk = self.desk()?;
        let w = files::write_file(&desk, &input.path, &input.content, &self.inputs)?;
        Ok(ToolOutput {
            ok: true,
            summary: format!("{} {} ({} bytes)", if w.replaced { "rewrote" } else { "wrote" }, w.path, w.bytes),
            content: format!(
                "{} {} ({} bytes).",
                if w.replaced { "Replaced" } else { "Wrote" },
                w.path,
                sql::thousands(w.bytes as f64, 0)
            ),
            data: serde_json::to_value(&w).unwrap_or_default(),
        })
    }
}

impl ToolRunner for Toolbox {
    fn specs(&self) -> Vec<ToolSpec> {
        specs()
    }

    fn warm(&mut self) {
        // The path as queries name it (the canonical desk), so the worker's open database is the one used.
        let Ok(desk) = self.desk() else { return };
        if let Some(w) = self.worker.as_mut() {
            w.warm(&sql::analysis_db_path(&desk));
        }
    }

    fn set_cancel(&mut self, cancel: &CancelToken) {
        self.cancel = Some(cancel.clone());
    }

    fn call(&mut self, name: &str, input: &serde_json::Value) -> ToolOutput {
        match self.run(name, input) {
            Ok(out) => out,
            Err(e) => ToolOutput::error(e.code(), e.to_string()),
        }
    }
}

/// The `chart` tool for models with a small context window: the same tool, described flat (SQL-backed
/// only, one y column, no alternatives in the schema), which small models fill far more reliably.
pub fn flat_chart_spec() -> ToolSpec {
    ToolSpec {
        name: "chart".into(),
        description:
            "Draw a chart of a read-only SQL query to a PNG in the desk. `x` and `y` name columns of the query \
            (ISO dates on x become a time axis); `group` optionally splits y into series."
                .into(),
        input_schema: json!({
            "type": "object",
            "properties": {
                "type": {"type": "string", "enum": ["bar", "line", "scatter", "histogram"]},
                "sql": {"type": "string"},
                "x": {"type": "string"},
                "y": {"type": "string"},
                "group": {"type": "string"},
                "title": {"type": "string"},
                "output": {"type": "string", "description": "e.g. charts/revenue.png"}
            },
            "required": ["type", "sql", "x", "y", "title", "output"],
            "additionalProperties": false
        }),
    }
}

/// The tools as a model sees them.
pub fn specs() -> Vec<ToolSpec> {
    let spec = |name: &str, description: &str, schema: serde_json::Value| ToolSpec {
        name: name.into(),
        description: description.into(),
        input_schema: schema,
    };
    vec![
        spec(
            "list_files",
            "List the files in the desk (the conversation's folder) with their kind, size and whether the user \
             imported them. Paths are relative to the desk.",
            json!({
                "type": "object",
                "properties": {
                    "path": {"type": "string", "description": "A subfolder to list (relative); omit for the whole desk."}
                },
                "additionalProperties": false
            }),
        ),
        spec(
            "read_file",
            "Read a text file in the desk (bounded by lines and bytes; a note says when it was cut). Binary files are \
             refused. For CSV/Excel data, query the tables with `sql` instead of reading the file.",
            json!({
                "type": "object",
                "properties": {
                    "path": {"type": "string", "description": "File path relative to the desk, e.g. \"report.md\"."},
                    "start_line": {"type": "integer", "minimum": 1, "description": "First line to return (1-based)."},
                    "max_lines": {"type": "integer", "minimum": 1, "maximum": files::MAX_READ_LINES},
                    "max_bytes": {"type": "integer", "minimum": 1, "maximum": files::MAX_READ_BYTES}
                },
                "required": ["path"],
                "additionalProperties": false
            }),
        ),
        spec(
            "sql",
            "Run ONE read-only DuckDB SQL query (SELECT or WITH ... SELECT; DESCRIBE t works) over the desk's tables \
             (each imported CSV/Excel file or sheet is a table; dates are DATE and date-times TIMESTAMP, so \
             strftime(date, '%Y-%m') gives the month and year(date) the year). Returns a markdown table of at most 200 \
             rows plus the true row count. Writes, ATTACH, COPY, reading files and settings are refused. Queries stop \
             after a time limit: aggregate rather than scanning rows.",
            json!({
                "type": "object",
                "properties": {
                    "query": {"type": "string", "description": "One SQL statement."},
                    "max_rows": {"type": "integer", "minimum": 1, "maximum": sql::MODEL_ROW_CAP,
                                 "description": "Rows to show (default and maximum 200)."}
                },
                "required": ["query"],
                "additionalProperties": false
            }),
        ),
        spec(
            "chart",
            "Draw a chart to a PNG file in the desk (1600×1000). The data comes from a read-only `sql` query (or small \
             inline `data`). `x` names the x column (ISO dates such as 2024-03-01 or 2024-03 become a time axis); `y` \
             names one or more numeric columns, one series each; or give one `y` and a `group` column whose values \
             split the series (at most 8 series). Bar charts take at most 60 categories in query order. Histogram bins \
             the `x` column.",
            json!({
                "type": "object",
                "properties": {
                    "type": {"type": "string", "enum": ["line", "bar", "grouped_bar", "stacked_bar", "area", "scatter", "histogram"]},
                    "title": {"type": "string"},
                    "x_label": {"type": "string", "description": "Axis title; defaults to the x column name."},
                    "y_label": {"type": "string", "description": "Axis title; defaults to the y column name."},
                    "sql": {"type": "string", "description": "One read-only query giving the x and y columns."},
                    "data": {
                        "description": "Inline data instead of sql: {\"columns\": [...], \"rows\": [[...], ...]} or an array of objects.",
                        "oneOf": [
                            {"type": "object", "properties": {"columns": {"type": "array", "items": {"type": "string"}},
                                                              "rows": {"type": "array", "items": {"type": "array"}}},
                             "required": ["columns", "rows"]},
                            {"type": "array", "items": {"type": "object"}}
                        ]
                    },
                    "x": {"type": "string", "description": "The x column (default: the first column)."},
                    "y": {"description": "The y column or columns (default: every other numeric column).",
                          "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}, "minItems": 1}]},
                    "group": {"type": "string", "description": "A column whose values split one y column into series."},
                    "bins": {"type": "integer", "minimum": 1, "maximum": 200, "description": "Histogram bins (default: automatic)."},
                    "output": {"type": "string", "description": "PNG path relative to the desk, e.g. \"charts/revenue.png\"."}
                },
                "required": ["type", "output"],
                "additionalProperties": false
            }),
        ),
        spec(
            "write_file",
            "Write a text output (report.md, a CSV, txt, json or html) in the desk, atomically. Subfolders are created. \
             The user's imported files can never be overwritten; hidden paths and paths outside the desk are refused. \
             At most 5 MB.",
            json!({
                "type": "object",
                "properties": {
                    "path": {"type": "string", "description": "Relative path ending in .md, .csv, .txt, .json or .html."},
                    "content": {"type": "string"}
                },
                "required": ["path", "content"],
                "additionalProperties": false
            }),
        ),
    ]
}
