//! The built-in offline analyst (issue 5): answers everyday analytical questions exactly, with no model
//! and no network. It reads the question against the desk's tables ([`question`], using the schema and
//! joins from [`schema`]), runs real `sql` and `chart` tool calls through the turn session so the UI shows
//! every query, and writes `report.md` with the `write_file` tool ([`answer`], [`ops`]). Every number it
//! says comes from a tool result of the same turn; when it cannot answer, it says what it understood and
//! what it could not, and suggests a rephrasing. Also here: the project's sample data ([`sample`]).
//! Not here: the turn loop, the tools themselves, or building the tables.

pub mod answer;
pub mod format;
pub mod ops;
pub mod question;
pub mod sample;
pub mod schema;

use crate::agent::offline::OfflineAnalyst;
use crate::agent::{AgentError, TurnSession};
use answer::{Deliverable, Runner, Step};
use question::{Op, Understanding};
use serde_json::json;

/// A marker every declined answer carries, so people and tests can tell a refusal from an answer.
pub const DECLINED: &str = "I could not answer this exactly";

/// The deterministic analyst.
#[derive(Debug, Default)]
pub struct Analyst;

impl OfflineAnalyst for Analyst {
    fn answer(&mut self, session: &mut TurnSession<'_, '_>) -> Result<(), AgentError> {
        let desk_path = session.desk_path().to_path_buf();
        let question = session.question().to_string();
        let prior = session.prior_questions();
        // Bring the tables up to date (a no-op when nothing changed), then read the catalog.
        let _ = crate::tables::sync(&desk_path, &mut |_| {});
        let catalog = crate::tables::catalog(&desk_path).unwrap_or_default();
        if catalog.is_empty() {
            session.say(&format!(
                "{DECLINED}: this desk has no tables yet. Import a CSV, TSV or Excel file (or load the sample data) and ask again. \
                 For open-ended questions, choose a model provider in Settings."
            ));
            return Ok(());
        }
        let desk = schema::Desk::load(&desk_path, &catalog);
        let intent = match question::understand(&question, &prior, &desk, &desk_path) {
            Understanding::Answer(i) => i,
            Understanding::Decline(d) => {
                let understood = if d.understood.is_empty() {
                    "nothing I could map to the tables".to_string()
                } else {
                    d.understood.join(", ")
                };
                session.say(&format!(
                    "{DECLINED}. What I understood: {understood}. What I could not: {}. {} \
                     A model provider (Settings) can take open-ended questions.",
                    d.missing, d.suggestion
                ));
                return Ok(());
            }
        };
        let mut runner = Runner { session, calls: 0, out: Deliverable::default() };
        let result = match &intent.op {
            Op::Summary => ops::summary(&mut runner, &intent, &desk),
            Op::Breakdown => ops::breakdown(&mut runner, &intent, &desk, false),
            Op::Rank { n, desc } => ops::rank(&mut runner, &intent, &desk, *n, *desc),
            Op::Compare(a, b) => ops::compare(&mut runner, &intent, &desk, a, b),
            Op::GroupGrowth => ops::group_growth(&mut runner, &intent, &desk),
            Op::Share => ops::share(&mut runner, &intent, &desk),
            Op::BestPeriod { desc } => ops::best_period(&mut runner, &intent, &desk, *desc),
            Op::Trend => ops::trend(&mut runner, &intent, &desk),
            Op::PeriodAverage => ops::period_average(&mut runner, &intent, &desk),
            Op::GroupAverage => ops::group_average(&mut runner, &intent, &desk),
            Op::PerUnit => ops::per_unit(&mut runner, &intent, &desk),
            Op::Distribution => ops::distribution(&mut runner, &intent, &desk),
            Op::Relationship => ops::relationship(&mut runner, &intent, &desk),
            Op::Quality => ops::quality(&mut runner, &intent, &desk),
            Op::Describe => ops::describe(&mut runner, &intent, &desk),
        };
        match result {
            Ok(()) => {}
            Err(Step::Agent(e)) => return Err(e),
            Err(Step::ToolFailed(msg)) => {
                runner.session.say(&format!(
                    "{DECLINED}: a query failed ({msg}). Nothing was computed from it. Try rephrasing, or ask a model provider."
                ));
                return Ok(());
            }
        }
        let report = render_report(&question, &intent.assumptions, &runner.out);
        runner.calls += 1;
        let id = format!("offline_{}", runner.calls);
        let written = runner.session.call_tool(&id, "write_file", json!({"path": "report.md", "content": report}))?;
        let mut reply = runner.out.headline.clone();
        for line in runner.out.interpretation.iter().take(2) {
            reply.push(' ');
            reply.push_str(line);
        }
        for a in &intent.assumptions {
            reply.push_str(&format!("\n\nAssumption: {a}."));
        }
        let mut files = Vec::new();
        if let Some(c) = &runner.out.chart {
            files.push(c.clone());
        }
        if written.ok {
            files.push("report.md".into());
        }
        if !files.is_empty() {
            reply.push_str(&format!("\n\nFiles: {}.", files.join(", ")));
        }
        runner.session.say(&reply);
        Ok(())
    }
}

fn render_report(question: &str, assumptions: &[String], out: &Deliverable) -> String {
    let mut md = format!("# {}\n\n", out.headline);
    md.push_str(&format!("*Question:* {}\n\n", question.trim()));
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
    if !out.interpretation.is_empty() || !assumptions.is_empty() || !out.notes.is_empty() {
        md.push_str("## What it means\n\n");
        for l in &out.interpretation {
            md.push_str(&format!("- {l}\n"));
        }
        for a in assumptions {
            md.push_str(&format!("- Assumption: {a}.\n"));
        }
        for n in &out.notes {
            md.push_str(&format!("- Note: {n}\n"));
        }
        md.push('\n');
    }
    md.push_str("## Appendix: the SQL that produced these numbers\n\n");
    for (purpose, sql) in &out.sql {
        md.push_str(&format!("{purpose}:\n\n```sql\n{sql}\n```\n\n"));
    }
    md.push_str("*Computed by the built-in offline analyst; every figure above comes from these queries.*\n");
    md
}
