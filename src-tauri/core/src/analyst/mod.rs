//! The analyst layer shared by every provider: what a desk holds ([`model`], on top of the column
//! meanings of [`crate::semantics`]), the typed analysis [`plan`], the [`compile`]r that turns a plan into
//! SQL, a chart and a report (the only place that writes analysis SQL), the offline [`reader`] that
//! turns words into a plan, the `analyze` tool through which models fill the same plan ([`tool`]), and
//! the questions suggested for a new desk ([`suggest`]). [`Analyst`] is the built-in offline analyst:
//! it reads the question, runs the plan through the turn's real `sql` and `chart` tools (so the UI shows
//! every query), writes `report.md`, and answers with the figure asked for first, then how it read the
//! question. When it cannot answer exactly it says what it understood and what it could not. Also here:
//! the project's sample data ([`sample`]). Not here: the turn loop, the tools, building the tables.

pub mod compile;
pub mod model;
pub mod plan;
pub mod reader;
pub mod sample;
pub mod suggest;
pub mod tool;

use crate::agent::offline::OfflineAnalyst;
use crate::agent::{AgentError, TurnSession};
use compile::{Deliverable, Exec, Rows, Step};
use reader::Reading;
use serde_json::{json, Value};
use std::path::Path;

/// A marker every declined answer carries, so people and tests can tell a refusal from an answer.
pub const DECLINED: &str = "I could not answer this exactly";

/// The built-in offline analyst.
#[derive(Debug, Default)]
pub struct Analyst;

/// The offline analyst as a provider slot for the agent (the agent does not name this module).
pub fn offline() -> std::sync::Arc<dyn OfflineAnalyst + Send + Sync> {
    std::sync::Arc::new(Analyst)
}

/// Runs the compiler's queries and charts through the turn's tools, so each shows as a tool call.
struct SessionExec<'s, 'a, 'b> {
    session: &'s mut TurnSession<'a, 'b>,
    calls: usize,
}

impl SessionExec<'_, '_, '_> {
    fn next_id(&mut self) -> String {
        self.calls += 1;
        format!("offline_{}", self.calls)
    }
}

/// The rows of a `sql` tool result.
pub fn rows_of(data: &Value) -> Rows {
    let columns =
        data["columns"].as_array().map(|a| a.iter().map(crate::tools::sql::value_text).collect()).unwrap_or_default();
    let rows = data["rows"]
        .as_array()
        .map(|a| a.iter().map(|r| r.as_array().cloned().unwrap_or_default()).collect())
        .unwrap_or_default();
    Rows { columns, rows, truncated: data["truncated"].as_bool().unwrap_or(false) }
}

impl Exec for SessionExec<'_, '_, '_> {
    fn sql(&mut self, _purpose: &str, query: &str) -> Result<Rows, Step> {
        let id = self.next_id();
        let out = self.session.call_tool(&id, "sql", json!({ "query": query, "max_rows": 200 }))?;
        if !out.ok {
            return Err(Step::ToolFailed(out.summary));
        }
        Ok(rows_of(&out.data))
    }

    fn chart(&mut self, spec: Value) -> Result<Result<String, String>, Step> {
        let id = self.next_id();
        let path = spec["output"].as_str().unwrap_or("charts/chart.png").to_string();
        let out = self.session.call_tool(&id, "chart", spec)?;
        Ok(if out.ok { Ok(path) } else { Err(out.summary) })
    }
}

/// The reader's questions to a desk, answered with bounded read-only queries.
pub struct DeskLookup<'a> {
    pub path: &'a Path,
    pub desk: &'a model::Desk,
}

/// The time limit of the bounded queries that help read a question (values of big columns, whether two
/// values pick the same rows, whether a key joins two tables). Generous: on a busy machine a tight limit
/// would make a question read differently from one run to the next.
pub(crate) const UNDERSTANDING_TIME: std::time::Duration = std::time::Duration::from_secs(30);

impl DeskLookup<'_> {
    /// The first row of a bounded read-only query that helps read a question (none when it fails).
    fn first_row(&self, sql: &str) -> Option<Vec<serde_json::Value>> {
        let limits = crate::tools::sql::SqlLimits { max_rows: 1, time_limit: UNDERSTANDING_TIME };
        crate::tools::sql::query_desk(self.path, sql, limits).ok()?.rows.into_iter().next()
    }
    /// Column `column` of `table` with its spellings folded under the profile's spelling of each value, as
    /// the compiler folds them.
    fn folded(&self, table: &str, column: &str) -> String {
        let variants = self
            .desk
            .table(table)
            .and_then(|t| t.columns.iter().find(|c| c.name == column))
            .map(|c| c.variants.as_slice())
            .unwrap_or_default();
        compile::sql::fold_spellings(&compile::sql::q(column), variants)
    }
}

impl reader::Lookup for DeskLookup<'_> {
    fn values(&mut self, phrases: &[String]) -> Vec<(String, String, String)> {
        lookup_values(self.path, self.desk, phrases)
    }
    fn same_rows(&mut self, table: &str, a: (&str, &str), b: (&str, &str)) -> bool {
        let (q, l) = (compile::sql::q, compile::sql::lit);
        let sql = format!(
            "SELECT COUNT(*) FROM {} WHERE ({} = {}) IS DISTINCT FROM ({} = {})",
            q(table),
            q(a.0),
            l(a.1),
            q(b.0),
            l(b.1)
        );
        self.first_row(&sql).and_then(|row| row.first().and_then(|v| v.as_f64())) == Some(0.0)
    }
    fn signs(&mut self, table: &str, column: &str, kept: &[(String, Vec<String>, bool)]) -> Option<(u64, u64)> {
        let (q, l) = (compile::sql::q, compile::sql::lit);
        let mut conds = Vec::new();
        for (c, spellings, excluded) in kept {
            if spellings.is_empty() {
                return None;
            }
            let list: Vec<String> = spellings.iter().map(|v| l(v)).collect();
            conds.push(if *excluded {
                format!("({c} IS NULL OR {c} NOT IN ({}))", list.join(", "), c = q(c))
            } else {
                format!("{} IN ({})", q(c), list.join(", "))
            });
        }
        let sql = format!(
            "SELECT COUNT(*) FILTER (WHERE {c} < 0), COUNT(*) FILTER (WHERE {c} > 0) FROM {}{}",
            q(table),
            if conds.is_empty() { String::new() } else { format!(" WHERE {}", conds.join(" AND ")) },
            c = q(column)
        );
        let row = self.first_row(&sql)?;
        Some((row.first()?.as_f64()? as u64, row.get(1)?.as_f64()? as u64))
    }
    fn means(&mut self, table: &str, column: &str, category: &str, spellings: &[String]) -> Option<(f64, f64)> {
        let (q, l) = (compile::sql::q, compile::sql::lit);
        if spellings.is_empty() {
            return None;
        }
        let list: Vec<String> = spellings.iter().map(|v| l(v)).collect();
        let sql = format!(
            "SELECT AVG({c}) FILTER (WHERE {k} IN ({list})), AVG({c}) FILTER (WHERE {k} IS NULL OR {k} NOT IN ({list}))              FROM {}",
            q(table),
            c = q(column),
            k = q(category),
            list = list.join(", ")
        );
        let row = self.first_row(&sql)?;
        Some((row.first()?.as_f64()?, row.get(1)?.as_f64()?))
    }
    fn nests(&mut self, table: &str, finer: &str, coarser: &str) -> Option<bool> {
        let (f, c) = (self.folded(table, finer), self.folded(table, coarser));
        let sql = format!(
            "SELECT COUNT(*) FROM (SELECT {f} FROM {} WHERE {f} IS NOT NULL AND {c} IS NOT NULL GROUP BY {f} \
             HAVING COUNT(DISTINCT {c}) > 1)",
            compile::sql::q(table)
        );
        Some(self.first_row(&sql)?.first()?.as_f64()? == 0.0)
    }
    fn one_row_each(&mut self, table: &str, a: &str, b: &str) -> Option<bool> {
        let (fa, fb) = (self.folded(table, a), self.folded(table, b));
        let sql = format!(
            "SELECT COUNT(*) FROM (SELECT {fa}, {fb} FROM {} WHERE {fa} IS NOT NULL AND {fb} IS NOT NULL \
             GROUP BY {fa}, {fb} HAVING COUNT(*) > 1)",
            compile::sql::q(table)
        );
        Some(self.first_row(&sql)?.first()?.as_f64()? == 0.0)
    }
    fn occasions(&mut self, table: &str, category: &str, date: &str, spellings: &[String]) -> Option<(u64, u64, u64)> {
        let (q, l) = (compile::sql::q, compile::sql::lit);
        if spellings.is_empty() {
            return None;
        }
        let list: Vec<String> = spellings.iter().map(|v| l(v)).collect();
        let key = self.folded(table, category);
        // (The things counted folded as the answer folds them: "Sunny Bank Bakery" and "sunny bank bakery ".)
        let d = self.folded(table, date);
        let sql = format!(
            "SELECT COUNT(*) FILTER (WHERE {key} IN ({list})), COUNT(DISTINCT {d}) FILTER (WHERE {key} IN ({list})), \
             (SELECT COUNT(*) FROM (SELECT {d} FROM {t} WHERE {d} IS NOT NULL GROUP BY {d} HAVING COUNT(DISTINCT {key}) > 1)) \
             FROM {t}",
            t = q(table),
            list = list.join(", ")
        );
        let row = self.first_row(&sql)?;
        Some((row.first()?.as_f64()? as u64, row.get(1)?.as_f64()? as u64, row.get(2)?.as_f64()? as u64))
    }
    fn months(&mut self, table: &str, column: &str) -> Option<[u64; 12]> {
        let q = compile::sql::q;
        let sql = format!(
            "SELECT month({c}) AS m, COUNT(*) AS n FROM {t} WHERE {c} IS NOT NULL GROUP BY 1",
            c = q(column),
            t = q(table)
        );
        let limits = crate::tools::sql::SqlLimits { max_rows: 12, time_limit: UNDERSTANDING_TIME };
        let r = crate::tools::sql::query_desk(self.path, &sql, limits).ok()?;
        let mut out = [0u64; 12];
        for row in &r.rows {
            let m = row.first()?.as_f64()? as usize;
            *out.get_mut(m.checked_sub(1)?)? = row.get(1)?.as_f64()? as u64;
        }
        Some(out)
    }
    fn dated_by_value(&mut self, table: &str, category: &str, date: &str) -> Option<Vec<(String, u64, u64)>> {
        let q = compile::sql::q;
        let key = self.folded(table, category);
        let sql = format!(
            "SELECT {key} AS v, COUNT({d}) AS with_date, COUNT(*) - COUNT({d}) AS without FROM {} WHERE {} IS NOT NULL \
             GROUP BY 1 ORDER BY 2 DESC, 3 DESC LIMIT 50",
            q(table),
            q(category),
            d = q(date)
        );
        let limits = crate::tools::sql::SqlLimits { max_rows: 50, time_limit: UNDERSTANDING_TIME };
        let r = crate::tools::sql::query_desk(self.path, &sql, limits).ok()?;
        r.rows
            .iter()
            .map(|row| {
                Some((row.first()?.as_str()?.to_string(), row.get(1)?.as_f64()? as u64, row.get(2)?.as_f64()? as u64))
            })
            .collect()
    }
    fn side_values(&mut self, table: &str, column: &str, above: bool, category: &str) -> Option<Vec<(String, u64)>> {
        let q = compile::sql::q;
        // Spellings folded under the profile's spelling of each value, as the compiler folds them.
        let key = self.folded(table, category);
        let sql = format!(
            "SELECT {key} AS v, COUNT(*) AS n FROM {} WHERE {} {} 0 AND {} IS NOT NULL GROUP BY 1 ORDER BY n DESC \
             LIMIT 10",
            q(table),
            q(column),
            if above { ">" } else { "<" },
            q(category)
        );
        let limits = crate::tools::sql::SqlLimits { max_rows: 10, time_limit: UNDERSTANDING_TIME };
        let r = crate::tools::sql::query_desk(self.path, &sql, limits).ok()?;
        Some(
            r.rows
                .iter()
                .filter_map(|row| Some((row.first()?.as_str()?.to_string(), row.get(1)?.as_f64()? as u64)))
                .collect(),
        )
    }
}

/// Values of big text columns (not listed at import) that match some of `phrases`, as (table, column,
/// stored value): one bounded query per such column.
pub fn lookup_values(desk_path: &Path, desk: &model::Desk, phrases: &[String]) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let wanted: Vec<String> = phrases.iter().map(|p| crate::semantics::fold(p)).filter(|p| !p.is_empty()).collect();
    if wanted.is_empty() {
        return out;
    }
    let list: Vec<String> = wanted.iter().map(|w| compile::sql::lit(w)).collect();
    // Numbers also match codes stored with leading zeros ("1207" and "001207").
    let numbers: Vec<String> = wanted
        .iter()
        .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
        .map(|w| compile::sql::lit(w.trim_start_matches('0')))
        .collect();
    for t in &desk.tables {
        for c in t.columns.iter().filter(|c| c.ty == crate::tables::ColumnType::Text && c.listed.is_empty()) {
            let col = compile::sql::q(&c.name);
            let zeros = if numbers.is_empty() {
                String::new()
            } else {
                format!(
                    " OR (regexp_full_match(trim({col}), '[0-9]+') AND ltrim(trim({col}), '0') IN ({}))",
                    numbers.join(", ")
                )
            };
            // The matching values in the order they first appear in the file (as a scan finds them).
            let q = format!(
                "SELECT {col} FROM {tab} WHERE lower(trim({col})) IN ({}){zeros} GROUP BY {col} ORDER BY MIN(rowid) \
                 LIMIT 20",
                list.join(", "),
                tab = compile::sql::q(&t.name)
            );
            let limits = crate::tools::sql::SqlLimits { max_rows: 20, time_limit: UNDERSTANDING_TIME };
            if let Ok(r) = crate::tools::sql::query_desk(desk_path, &q, limits) {
                for row in r.rows {
                    if let Some(v) = row.first() {
                        out.push((t.name.clone(), c.name.clone(), crate::tools::sql::value_text(v)));
                    }
                }
            }
        }
    }
    out
}

/// How the offline analyst reads a question (for `desk plan`): the plan and its words, or the decline.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Explained {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<plan::Plan>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_as: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub assumptions: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub declined: Option<String>,
}

/// Read `question` against the desk at `desk_path` (tables brought up to date first), without running it.
pub fn explain(desk_path: &Path, question: &str, prior: &[String]) -> crate::Result<Explained> {
    crate::tables::sync(desk_path, &mut |_| {})?;
    let catalog = crate::tables::catalog(desk_path)?;
    let desk = model::Desk::load(desk_path, &catalog);
    let reading = reader::read(question, prior, &desk, &mut DeskLookup { path: desk_path, desk: &desk });
    Ok(match reading {
        Reading::Plan { plan, assumptions } => match compile::bind(&plan, &desk) {
            Ok(b) => {
                Explained { read_as: Some(compile::words::read_as(&b)), plan: Some(*plan), assumptions, declined: None }
            }
            Err(e) => Explained { plan: Some(*plan), read_as: None, assumptions, declined: Some(e.0) },
        },
        Reading::Decline { understood, missing } => Explained {
            plan: None,
            read_as: None,
            assumptions: Vec::new(),
            declined: Some(decline_text(&understood, &missing)),
        },
    })
}

/// The decline message: what was understood, what was not, and where to go.
pub fn decline_text(understood: &[String], missing: &str) -> String {
    let u = if understood.is_empty() { "nothing I could map to the tables".to_string() } else { understood.join("; ") };
    format!(
        "{DECLINED}. What I understood: {u}. What I could not: {missing}. Try naming the column, value or period as the \
         table profile shows it. A model provider (Settings) can take open-ended questions."
    )
}

/// The chat reply for a finished analysis: the answer first, then how the question was read.
pub fn reply_text(out: &Deliverable, assumptions: &[String], files: &[String]) -> String {
    let mut reply = out.headline.clone();
    for line in out.interpretation.iter().take(2) {
        reply.push(' ');
        reply.push_str(line);
    }
    reply.push_str("\n\n");
    reply.push_str(&out.read_as);
    for a in assumptions {
        reply.push_str(&format!("\n\nAssumption: {a}."));
    }
    if !files.is_empty() {
        reply.push_str(&format!("\n\nFiles: {}.", files.join(", ")));
    }
    reply
}

impl OfflineAnalyst for Analyst {
    fn answer(&self, session: &mut TurnSession<'_, '_>) -> Result<(), AgentError> {
        let desk_path = session.desk_path().to_path_buf();
        let question = session.question().to_string();
        let prior = session.prior_questions();
        // Bring the tables up to date (a no-op when nothing changed), then read the catalog.
        let _ = crate::tables::sync(&desk_path, &mut |_| {});
        let catalog = crate::tables::catalog(&desk_path).unwrap_or_default();
        if catalog.is_empty() {
            // The desk has files but none could be read: say which and why, not "import a CSV".
            if let Some(why) = crate::tables::unreadable_reason(&desk_path) {
                session.say(&format!("{DECLINED}: {why}"));
                return Ok(());
            }
            session.say(&format!(
                "{DECLINED}: this desk has no tables yet. Import a CSV, TSV or Excel file (or load the sample data) and ask again. \
                 For open-ended questions, choose a model provider in Settings."
            ));
            return Ok(());
        }
        let desk = model::Desk::load(&desk_path, &catalog);
        let reading = reader::read(&question, &prior, &desk, &mut DeskLookup { path: &desk_path, desk: &desk });
        let (plan, assumptions) = match reading {
            Reading::Plan { plan, assumptions } => (plan, assumptions),
            Reading::Decline { understood, missing } => {
                session.say(&decline_text(&understood, &missing));
                return Ok(());
            }
        };
        let bound = match compile::bind(&plan, &desk) {
            Ok(b) => b,
            Err(e) => {
                session.say(&decline_text(
                    &[format!("the plan {}", serde_json::to_string(&*plan).unwrap_or_default())],
                    &e.0,
                ));
                return Ok(());
            }
        };
        let mut exec = SessionExec { session, calls: 0 };
        let out = match compile::run(&bound, &mut exec) {
            Ok(out) => out,
            Err(Step::Agent(e)) => return Err(e),
            Err(Step::Decline(why)) => {
                let read = compile::words::read_as(&bound);
                let read = read.trim_start_matches("Read as: ").trim_end_matches('.').to_string();
                exec.session.say(&decline_text(&[read], &why));
                return Ok(());
            }
            Err(Step::ToolFailed(msg)) => {
                exec.session.say(&format!(
                    "{DECLINED}: a query failed ({msg}). Nothing was computed from it. Try rephrasing, or ask a model provider."
                ));
                return Ok(());
            }
        };
        let notes: Vec<String> = assumptions.iter().map(|a| format!("Assumption: {a}.")).collect();
        let report = compile::render_report(&question, &out, &notes);
        let id = exec.next_id();
        let written = exec.session.call_tool(&id, "write_file", json!({"path": "report.md", "content": report}))?;
        let mut files = Vec::new();
        if let Some(c) = &out.chart {
            files.push(c.clone());
        }
        if written.ok {
            files.push("report.md".into());
        }
        exec.session.say(&reply_text(&out, &assumptions, &files));
        Ok(())
    }
}
