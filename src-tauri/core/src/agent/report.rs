//! `report.md` written by the app from what the turn computed, with the model's words only where words
//! belong: the plan path (the compiler's tables, the model's headline and points) and the `finish_report`
//! tool of tool calling (the tables of the turn's analyses and queries, the model's headline and
//! interpretation). Every number in a table comes from a tool result; the model never retypes one.
//! Not here: running anything (the turn loop) or writing the file (the toolbox's `write_file`).

use crate::tool_api::{ToolOutput, ToolRunner, ToolSpec};
use serde_json::{json, Value};

/// One computed result the report shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Finding {
    /// A header then rows, formatted.
    pub table: Vec<Vec<String>>,
    pub read_as: Option<String>,
    pub notes: Vec<String>,
    pub chart: Option<String>,
    /// (purpose, SQL) of every query behind it.
    pub sql: Vec<(String, String)>,
    /// The compiler's own interpretation (used when the model's words are left out).
    pub interpretation: Vec<String>,
    pub headline: Option<String>,
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

/// A finding from an `analyze` tool result's data.
pub(crate) fn from_analysis(data: &Value) -> Finding {
    Finding {
        table: data["table"].as_array().map(|rows| rows.iter().map(strings).collect()).unwrap_or_default(),
        read_as: data["read_as"].as_str().map(str::to_string),
        notes: strings(&data["notes"]),
        chart: data["chart"].as_str().map(str::to_string),
        sql: data["sql"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|q| {
                        (
                            q["purpose"].as_str().unwrap_or("Query").to_string(),
                            q["sql"].as_str().unwrap_or("").to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default(),
        interpretation: strings(&data["interpretation"]),
        headline: data["headline"].as_str().map(str::to_string),
    }
}

/// Rows of a query kept in a report table.
const SQL_ROWS: usize = 25;

/// A finding from a `sql` tool call (its query and its result's data: columns and rows).
pub(crate) fn from_query(query: &str, data: &Value) -> Option<Finding> {
    let columns = strings(&data["columns"]);
    let rows = data["rows"].as_array()?;
    if columns.is_empty() {
        return None;
    }
    let mut table = vec![columns];
    for r in rows.iter().take(SQL_ROWS) {
        table.push(
            r.as_array().map(|cells| cells.iter().map(crate::tools::sql::value_text).collect()).unwrap_or_default(),
        );
    }
    let mut notes = Vec::new();
    let total = data["total_rows"].as_u64().unwrap_or(rows.len() as u64);
    if total as usize > SQL_ROWS.min(rows.len()) {
        notes.push(format!("The query gave {total} rows; the first {} are shown.", SQL_ROWS.min(rows.len())));
    }
    Some(Finding { table, notes, sql: vec![("Query".into(), query.to_string())], ..Finding::default() })
}

fn push_table(md: &mut String, table: &[Vec<String>]) {
    for (k, row) in table.iter().enumerate() {
        let cells: Vec<String> = row.iter().map(|c| c.replace('|', "\\|").replace('\n', " ")).collect();
        md.push_str(&format!("| {} |\n", cells.join(" | ")));
        if k == 0 {
            let align: Vec<&str> = (0..row.len()).map(|j| if j == 0 { "---" } else { "---:" }).collect();
            md.push_str(&format!("| {} |\n", align.join(" | ")));
        }
    }
    md.push('\n');
}

/// The report: headline, question, charts, key numbers, what it means, how the question was read, SQL.
pub(crate) fn render(
    headline: &str,
    question: &str,
    points: &[String],
    findings: &[Finding],
    charts: &[String],
) -> String {
    let mut md = format!("# {}\n\n", headline.trim());
    if !question.trim().is_empty() {
        md.push_str(&format!("*Question:* {}\n\n", question.trim()));
    }
    let mut all_charts: Vec<&String> = findings.iter().filter_map(|f| f.chart.as_ref()).collect();
    for c in charts {
        if !all_charts.contains(&c) {
            all_charts.push(c);
        }
    }
    for c in all_charts {
        md.push_str(&format!("![chart]({c})\n\n"));
    }
    let tables: Vec<&Finding> = findings.iter().filter(|f| !f.table.is_empty()).collect();
    if !tables.is_empty() {
        md.push_str("## Key numbers\n\n");
        for f in tables {
            if findings.len() > 1 {
                if let Some(h) = &f.headline {
                    md.push_str(&format!("**{h}**\n\n"));
                }
            }
            push_table(&mut md, &f.table);
        }
    }
    let notes: Vec<&String> = findings.iter().flat_map(|f| &f.notes).collect();
    if !points.is_empty() || !notes.is_empty() {
        md.push_str("## What it means\n\n");
        for p in points {
            md.push_str(&format!("- {}\n", p.trim().trim_start_matches(['-', '*', '•']).trim()));
        }
        for n in notes {
            md.push_str(&format!("- Note: {n}\n"));
        }
        md.push('\n');
    }
    let read: Vec<&String> = findings.iter().filter_map(|f| f.read_as.as_ref()).collect();
    if !read.is_empty() {
        md.push_str("## How the question was read\n\n");
        for r in read {
            md.push_str(&format!("{r}\n\n"));
        }
    }
    let sql: Vec<&(String, String)> = findings.iter().flat_map(|f| &f.sql).collect();
    if !sql.is_empty() {
        md.push_str("## Appendix: the SQL that produced these numbers\n\n");
        for (purpose, q) in sql {
            md.push_str(&format!("{purpose}:\n\n```sql\n{q}\n```\n\n"));
        }
    }
    md
}

/// Interpretation given as one string or a list: its points, one per line or bullet.
pub(crate) fn points_of(v: &Value) -> Vec<String> {
    let lines: Vec<String> = match v {
        Value::Array(a) => a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect(),
        Value::String(s) => s.lines().map(str::to_string).collect(),
        _ => Vec::new(),
    };
    lines
        .into_iter()
        .map(|l| l.trim().trim_start_matches(['-', '*', '•']).trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// The `finish_report` tool as a model sees it.
pub(crate) fn finish_report_spec() -> ToolSpec {
    ToolSpec {
        name: super::FINISH_REPORT.into(),
        description: "Finish the turn once the figures are computed: the app writes report.md with the tables of this \
            turn's analyses and queries and its charts; you give only the words. Use only figures from the tool \
            results."
            .into(),
        input_schema: json!({
            "type": "object",
            "properties": {
                "headline": {"type": "string", "description": "One sentence that answers the question with its main figure."},
                "interpretation": {"type": "string", "description": "Two to four short points, one per line: what stands out, comparisons, caveats."}
            },
            "required": ["headline", "interpretation"],
            "additionalProperties": false
        }),
    }
}

/// Analyses and the last few queries of a turn (schema lookups left out) make the report's tables.
const REPORT_QUERIES: usize = 4;

/// Run `finish_report`: render the report from the turn's findings and write it with the toolbox's
/// `write_file` (so the same confinement applies).
pub(crate) fn finish(
    tools: &mut dyn ToolRunner,
    question: &str,
    input: &Value,
    findings: &[Finding],
    charts: &[String],
) -> ToolOutput {
    let headline = input["headline"].as_str().unwrap_or("").trim();
    if headline.is_empty() {
        return ToolOutput::error(
            "bad_input",
            "finish_report needs a headline: one sentence that answers the question with its main figure",
        );
    }
    let points = points_of(&input["interpretation"]);
    let queries: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.read_as.is_none())
        .filter(|f| {
            let q = f.sql.first().map(|(_, q)| q.trim_start().to_ascii_lowercase()).unwrap_or_default();
            // Looking at the schema is not a finding.
            let schema = ["pragma", "describe", "show", "summarize"].iter().any(|w| q.starts_with(w))
                || ["sqlite_master", "sqlite_schema", "information_schema", "duckdb_tables", "duckdb_columns"]
                    .iter()
                    .any(|w| q.contains(w));
            !schema
        })
        .collect();
    let skip = queries.len().saturating_sub(REPORT_QUERIES);
    let kept: Vec<Finding> =
        findings.iter().filter(|f| f.read_as.is_some()).chain(queries.into_iter().skip(skip)).cloned().collect();
    let md = render(headline, question, &points, &kept, charts);
    let w = tools.call("write_file", &json!({"path": "report.md", "content": md}));
    if !w.ok {
        return w;
    }
    let tables = kept.iter().filter(|f| !f.table.is_empty()).count();
    ToolOutput {
        ok: true,
        summary: format!("wrote report.md ({tables} tables, {} charts)", charts.len()),
        content: format!("Wrote report.md with {tables} tables and {} charts. The turn is finished.", charts.len()),
        data: json!({"path": "report.md", "tables": tables, "charts": charts}),
    }
}

/// The chat reply after `finish_report`: the headline, the points, the files.
pub(crate) fn reply_text(input: &Value, charts: &[String]) -> String {
    let mut out = format!("\n\n{}", input["headline"].as_str().unwrap_or("").trim());
    for p in points_of(&input["interpretation"]) {
        out.push_str(&format!("\n- {p}"));
    }
    let mut files: Vec<String> = charts.to_vec();
    files.push("report.md".into());
    out.push_str(&format!("\n\nFiles: {}.", files.join(", ")));
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use serde_json::json;

    #[test]
    fn a_report_holds_the_computed_tables_and_the_models_words() {
        let a = from_analysis(&json!({
            "headline": "West leads with $1,200", "table": [["region", "revenue"], ["West", "$1,200"], ["East", "$800"]],
            "read_as": "Read as: revenue by region.", "chart": "charts/revenue.png",
            "sql": [{"purpose": "Revenue by region", "sql": "SELECT 1"}], "notes": ["2 rows had no region."],
        }));
        let q = from_query("SELECT 2", &json!({"columns": ["n"], "rows": [[3]], "total_rows": 1})).unwrap();
        let md =
            render("West leads", "Which region?", &["- West is ahead.".into()], &[a, q], &["charts/extra.png".into()]);
        for part in [
            "# West leads\n",
            "*Question:* Which region?",
            "![chart](charts/revenue.png)",
            "![chart](charts/extra.png)",
            "| West | $1,200 |",
            "| 3 |",
            "- West is ahead.\n",
            "- Note: 2 rows had no region.",
            "Read as: revenue by region.",
            "Revenue by region:\n\n```sql\nSELECT 1\n```",
            "```sql\nSELECT 2\n```",
        ] {
            assert!(md.contains(part), "missing {part:?} in\n{md}");
        }
        assert_eq!(points_of(&json!("- one\n\n* two")), ["one", "two"]);
    }
}
