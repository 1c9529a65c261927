//! The plan path, for small local models: instead of a chain of tool calls, the model fills one analysis
//! plan (the `analyze` tool's JSON Schema) through the server's structured output (`response_format`
//! with the schema, Ollama's `format`), so a grammar keeps it to the shape. The app runs the plan through
//! the toolbox's `analyze` tool (the compiler: SQL, chart, the report's tables, every number), then asks
//! a second short structured question for the words only: a headline sentence and a few points, whose
//! numbers must appear in the result (a sentence with a number that does not is left out). A plan that
//! does not parse or does not fit the desk goes back to the model with the compiler's message, twice at
//! most; then the turn ends with `plan_failed`, never a crash. Follow-ups see the earlier questions
//! with their plans. Not here: the round trip itself ([`super::call`]), the budget ([`super::budget`]).

use super::budget::{self, Window};
use super::call::{Caller, Shown};
use super::context::{Msg, ToolCall};
use super::model::{Ask, Format};
use super::report;
use super::{AgentError, Turn, TurnRequest};
use crate::history::{TurnItem, TurnRecord};
use crate::tool_api::ToolRunner;
use crate::wire::{BudgetParts, Event};
use serde_json::{json, Value};

/// Attempts at a plan that runs: the first and two corrections.
pub const PLAN_ATTEMPTS: u32 = 3;
/// Output tokens for a plan and for the interpretation.
const PLAN_TOKENS: u32 = 1_024;
const WORDS_TOKENS: u32 = 512;
/// Earlier questions (with their plans) shown for follow-ups.
const PRIOR_PLANS: usize = 3;

const PLAN_RULES: &str = "\
You turn a question about the person's tables into an analysis plan: one JSON object. The app computes \
the plan exactly (SQL, chart, report); you never compute or invent numbers.
- Name tables and columns exactly as listed below; a column of another table as table.column (the app \
finds the join).
- Filter on category values as listed (any case). Periods are 2025, 2025-H1, 2025-Q1, 2025-03 or \
2025-03-15; a period {from, to} includes both ends.
- operation.kind: total = the figure (one per group with group_by); rank = groups ordered by the first \
measure (n for a top/bottom n, order asc for the lowest); compare = period `from` against period `to`; \
compare_values = one value of `column` against another; share = the part of the whole (part filters, or \
each group's share); trend = over time (group_by a time grain); most_common = the frequent values of \
`column`; distribution = how one measure spreads; correlation = two measures; quality = missing and \
duplicate values; describe = what the tables hold.
- A count of rows is {\"agg\": \"count\"} with no column. A level (a price, a rate, a score) is averaged.
- Follow-up questions change the earlier plan only where the question says so.";

const WORDS_RULES: &str = "\
You write the words of a data report. You get a question and the result the app computed exactly. \
Answer with JSON: \"headline\" is one sentence that answers the question with its main figure; \
\"points\" are two to four short sentences on what stands out (the leader and the gap, a change, a \
caveat such as missing values or a period the data covers only in part). Use only numbers that appear \
in the result, written as they appear there; do not calculate new ones.";

/// The JSON Schema the interpretation must follow.
fn words_schema() -> Value {
    json!({
        "type": "object",
        "properties": {
            "headline": {"type": "string"},
            "points": {"type": "array", "items": {"type": "string"}, "maxItems": 4}
        },
        "required": ["headline", "points"],
        "additionalProperties": false
    })
}

/// A schema in a few lines of type notation (`{table?: string, operation: {kind: "total"} | ...}`), so
/// the model reads the plan's shape without the schema's bulk; the grammar enforces the rest.
pub(crate) fn brief(v: &Value) -> String {
    if let Some(c) = v.get("const") {
        return c.to_string();
    }
    if let Some(e) = v.get("enum").and_then(Value::as_array) {
        return e.iter().map(Value::to_string).collect::<Vec<_>>().join("|");
    }
    if let Some(alts) = v.get("oneOf").or_else(|| v.get("anyOf")).and_then(Value::as_array) {
        let parts: Vec<String> = alts.iter().map(brief).filter(|b| b != "null").collect();
        let sep = if parts.iter().any(|p| p.starts_with('{')) { " | " } else { "|" };
        return parts.join(sep);
    }
    let ty = match v.get("type") {
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).find(|t| *t != "null").unwrap_or("null"),
        Some(Value::String(t)) => t.as_str(),
        _ => "any",
    };
    match ty {
        "object" => {
            let required: Vec<&str> =
                v["required"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
            let props: Vec<String> = v["properties"]
                .as_object()
                .map(|p| {
                    p.iter()
                        .map(|(k, s)| {
                            format!("{k}{}: {}", if required.contains(&k.as_str()) { "" } else { "?" }, brief(s))
                        })
                        .collect()
                })
                .unwrap_or_default();
            format!("{{{}}}", props.join(", "))
        }
        "array" => {
            let inner = brief(&v["items"]);
            if inner.contains('|') {
                format!("({inner})[]")
            } else {
                format!("{inner}[]")
            }
        }
        other => other.to_string(),
    }
}

/// The first JSON object in a reply (inside a ```json fence or after some words), unwrapped from
/// `{"plan": {...}}`.
pub(crate) fn extract_json(text: &str) -> Option<Value> {
    let start = text.find('{')?;
    let mut objects = serde_json::Deserializer::from_str(&text[start..]).into_iter::<Value>();
    let v = objects.next()?.ok()?;
    match v.get("plan") {
        Some(inner @ Value::Object(_)) if v.get("operation").is_none() => Some(inner.clone()),
        _ => Some(v),
    }
}

/// The numbers written in a text, each with how precisely it is written: "1,234.5" → (1234.5, 0.05),
/// "$1.2 million" → (1.2e6, 5e4), "12%" → (12, 0.5).
pub(crate) fn numbers(s: &str) -> Vec<(f64, f64)> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_alphanumeric());
        if !starts {
            i += 1;
            continue;
        }
        let mut digits = String::new();
        let mut decimals: Option<i32> = None;
        while i < chars.len() {
            let c = chars[i];
            let next_digit = chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            if c.is_ascii_digit() {
                digits.push(c);
                if let Some(d) = decimals.as_mut() {
                    *d += 1;
                }
            } else if c == ',' && next_digit && decimals.is_none() {
            } else if c == '.' && next_digit && decimals.is_none() {
                digits.push('.');
                decimals = Some(0);
            } else {
                break;
            }
            i += 1;
        }
        let Ok(mut value) = digits.parse::<f64>() else { continue };
        // A whole number ending in zeros reads as rounded to them: "about 20,000" for 20,142.
        let zeros =
            if decimals.is_none() && value != 0.0 { digits.len() - digits.trim_end_matches('0').len() } else { 0 };
        let mut unit = 10f64.powi(zeros as i32 - decimals.unwrap_or(0)) / 2.0;
        let rest: String = chars[i..].iter().take(12).collect::<String>().to_ascii_lowercase();
        let rest = rest.trim_start();
        let scale = [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("bn", 1e9), ("k", 1e3), ("m", 1e6)]
            .iter()
            .find(|(w, _)| rest.starts_with(w) && !rest[w.len()..].starts_with(|c: char| c.is_ascii_alphabetic()))
            .map(|(_, f)| *f)
            .unwrap_or(1.0);
        value *= scale;
        unit *= scale;
        out.push((value, unit));
    }
    out
}

/// Does every number in `sentence` appear in `allowed` (as written there, or rounded)? Small counts
/// (up to 12) and years pass: "the top 3", "in 2025".
pub(crate) fn grounded(sentence: &str, allowed: &[(f64, f64)]) -> bool {
    numbers(sentence).iter().all(|(n, unit)| {
        let small = n.fract() == 0.0 && (*n <= 12.0 || (1900.0..=2100.0).contains(n));
        small || allowed.iter().any(|(a, _)| (n - a).abs() <= unit + 1e-9 * a.abs().max(1.0))
    })
}

/// Earlier questions of the conversation with the plans that answered them, oldest first.
fn prior_plans(prior: &[TurnRecord]) -> Vec<Msg> {
    let mut out = Vec::new();
    let done: Vec<&TurnRecord> = prior.iter().filter(|t| t.status == "complete").collect();
    for t in done.iter().rev().take(PRIOR_PLANS).rev() {
        let plan = t.items.iter().rev().find_map(|i| match i {
            TurnItem::ToolCall { name, input, ok: Some(true), .. } if name == super::ANALYZE => Some(input.clone()),
            _ => None,
        });
        if let Some(mut plan) = plan {
            if let Some(o) = plan.as_object_mut() {
                o.remove("write_report");
            }
            out.push(Msg::User(t.question.clone()));
            out.push(Msg::Assistant { text: plan.to_string(), calls: Vec::new() });
        }
    }
    out
}

/// Examples of plans written with this desk's own names: a total of its first amount, a trend when the
/// table has dates, a ranking by a category.
fn examples(desk: &std::path::Path) -> String {
    use crate::semantics::Role;
    let Ok(tables) = crate::tables::catalog(desk) else { return String::new() };
    let role = |c: &crate::tables::ColumnInfo| c.semantics.as_ref().map(|s| s.role);
    let Some((t, amount)) = tables.iter().find_map(|t| {
        t.columns.iter().find(|c| matches!(role(c), Some(Role::Amount | Role::SignedAmount))).map(|c| (t, c))
    }) else {
        return String::new();
    };
    let measure = json!({"agg": "sum", "column": amount.name});
    let mut out = vec![format!(
        "Question: total {}?\nPlan: {}",
        amount.name,
        json!({"table": t.name, "measures": [measure], "operation": {"kind": "total"}})
    )];
    if let Some(date) =
        t.columns.iter().find(|c| matches!(c.ty, crate::tables::ColumnType::Date | crate::tables::ColumnType::Datetime))
    {
        let year =
            date.profile.max.as_ref().and_then(Value::as_str).and_then(|d| d.get(..4)).unwrap_or("2025").to_string();
        out.push(format!(
            "Question: {} per month in {year}?\nPlan: {}",
            amount.name,
            json!({"table": t.name, "measures": [measure], "group_by": [{"time": "month"}],
                   "period": {"from": year, "to": year}, "operation": {"kind": "trend"}})
        ));
    }
    let category = t.columns.iter().find(|c| role(c) == Some(Role::Category)).map(|c| c.name.clone()).or_else(|| {
        tables.iter().filter(|o| o.name != t.name).find_map(|o| {
            let key = o.columns.first()?;
            t.column(&key.name)?;
            o.columns.iter().find(|c| role(c) == Some(Role::Category)).map(|c| format!("{}.{}", o.name, c.name))
        })
    });
    if let Some(c) = category {
        out.push(format!(
            "Question: top 3 {} by {}?\nPlan: {}",
            c.rsplit('.').next().unwrap_or(&c),
            amount.name,
            json!({"table": t.name, "measures": [measure], "group_by": [{"column": c}],
                   "operation": {"kind": "rank", "order": "desc", "n": 3}})
        ));
    }
    out.join("\n")
}

/// The plan path for one turn.
pub(crate) async fn run(
    turn: &mut Turn<'_>,
    request: &TurnRequest,
    tools: &mut dyn ToolRunner,
    caller: &Caller<'_>,
    window: &Window,
    prior: &[TurnRecord],
) -> Result<(), AgentError> {
    // The plan's schema is the analyze tool's input, less its one switch.
    let Some(mut schema) = tools.specs().into_iter().find(|s| s.name == super::ANALYZE).map(|s| s.input_schema) else {
        return Err(AgentError::PlanFailed("this toolbox has no analyze tool to run a plan".into()));
    };
    if let Some(props) = schema["properties"].as_object_mut() {
        props.remove("write_report");
    }
    if crate::tables::catalog(&turn.desk).map(|t| t.is_empty()).unwrap_or(true) {
        turn.text(
            "This desk has no tables yet, so there is nothing to analyse: import a CSV, TSV or Excel file (or load \
             the sample data) and ask again.",
        );
        return Ok(());
    }
    let format = Format { name: "analysis_plan", schema: schema.clone() };
    let output = budget::output_tokens(window, PLAN_TOKENS, true);
    let room = budget::room(window, output);
    let mut cuts = Vec::new();
    let rules = format!("{PLAN_RULES}\nShape: {}\n", brief(&schema));
    let examples = examples(&turn.desk);
    let rules = if examples.is_empty() { rules } else { format!("{rules}Examples with these tables:\n{examples}\n") };
    let mut tables = budget::compact_tables(&turn.desk).unwrap_or_else(|| request.context.clone());
    let question = Msg::User(request.question.clone());
    let mut history = prior_plans(prior);
    let fixed = budget::tokens(&rules) + budget::tokens(&request.question) + 16;
    if let Some(room) = room {
        let for_tables = room.saturating_sub(fixed).max(256);
        if budget::tokens(&tables) > for_tables {
            tables = budget::cut_to(&tables, for_tables);
            cuts.push("table descriptions cut".to_string());
        }
        while !history.is_empty() && fixed + budget::tokens(&tables) + budget::msgs_tokens(&history) > room {
            history.drain(..2.min(history.len()));
            cuts.push("an earlier question dropped".to_string());
        }
    }
    let system = format!("{rules}\n## The desk's tables\n{tables}");
    let mut msgs = history.clone();
    msgs.push(question);
    let mut last_error = String::new();
    let mut result = None;
    for attempt in 1..=PLAN_ATTEMPTS {
        if turn.rounds >= request.max_rounds {
            return Err(AgentError::MaxRounds(request.max_rounds));
        }
        turn.rounds += 1;
        let parts = BudgetParts {
            rules: budget::tokens(&rules),
            tables: budget::tokens(&tables),
            tools: 0,
            history: budget::msgs_tokens(&history),
            question: budget::tokens(&request.question),
            work: budget::msgs_tokens(&msgs[history.len() + 1..]),
        };
        turn.emit(Event::PromptBudget(budget::event(turn.rounds, "plan", window, output, parts, cuts.clone())))?;
        let ask = Ask {
            system: &system,
            msgs: &msgs,
            tools: &[],
            format: Some(&format),
            max_tokens: output,
            temperature: Some(0.0),
        };
        let (reply, _) = caller.call(turn, &ask, Shown::Nothing).await?;
        let problem = match extract_json(&reply.text) {
            None if reply.cut_at_limit() => {
                format!("the plan was cut off at the output limit of {output} tokens; write a shorter plan")
            }
            None => format!("the answer was not a JSON object: {}", super::http::shorten(reply.text.trim(), 200)),
            Some(plan) => {
                let mut input = plan.clone();
                if let Some(o) = input.as_object_mut() {
                    o.insert("write_report".into(), json!(false));
                }
                let call = ToolCall { id: format!("plan_{attempt}"), name: super::ANALYZE.into(), input };
                turn.tool_start(&call)?;
                let out = tools.call(&call.name, &call.input);
                turn.tool_result(&call.id, &out)?;
                if out.ok {
                    result = Some(out);
                    break;
                }
                out.content
            }
        };
        last_error = problem.clone();
        msgs.push(Msg::Assistant { text: reply.text.trim().to_string(), calls: Vec::new() });
        msgs.push(Msg::User(format!(
            "That plan could not run: {problem}\nWrite the corrected plan as one JSON object."
        )));
    }
    let Some(out) = result else { return Err(AgentError::PlanFailed(last_error)) };
    let finding = report::from_analysis(&out.data);
    let (headline, points, dropped) = interpret(turn, request, caller, window, &out.content, &finding).await?;
    let md = report::render(&headline, &request.question, &points, std::slice::from_ref(&finding), &[]);
    let write = ToolCall {
        id: "plan_report".into(),
        name: "write_file".into(),
        input: json!({"path": "report.md", "content": md}),
    };
    turn.tool_start(&write)?;
    let written = tools.call(&write.name, &write.input);
    turn.tool_result(&write.id, &written)?;
    let mut reply = headline;
    for p in &points {
        reply.push_str(&format!("\n- {p}"));
    }
    if dropped > 0 {
        reply.push_str(&format!(
            "\n\n({dropped} of the model's sentences left out: their numbers are not in the computed result.)"
        ));
    }
    if let Some(r) = &finding.read_as {
        reply.push_str(&format!("\n\n{r}"));
    }
    let mut files: Vec<String> = finding.chart.iter().cloned().collect();
    if written.ok {
        files.push("report.md".into());
    }
    if !files.is_empty() {
        reply.push_str(&format!("\n\nFiles: {}.", files.join(", ")));
    }
    turn.text(&reply);
    Ok(())
}

/// The second, short call: a headline and points for the computed result. Sentences whose numbers are
/// not in the result (or the question) are left out; without a usable answer the compiler's own words
/// stand. Returns (headline, points, sentences left out).
async fn interpret(
    turn: &mut Turn<'_>,
    request: &TurnRequest,
    caller: &Caller<'_>,
    window: &Window,
    result: &str,
    finding: &report::Finding,
) -> Result<(String, Vec<String>, usize), AgentError> {
    let fallback_headline = finding.headline.clone().unwrap_or_default();
    let fallback = (fallback_headline.clone(), finding.interpretation.clone(), 0);
    if turn.rounds >= request.max_rounds {
        return Ok(fallback);
    }
    turn.rounds += 1;
    let format = Format { name: "report_words", schema: words_schema() };
    let output = budget::output_tokens(window, WORDS_TOKENS, true);
    let mut content = format!("Question: {}\n\nResult:\n{result}", request.question);
    if let Some(room) = budget::room(window, output) {
        content = budget::cut_to(&content, room.saturating_sub(budget::tokens(WORDS_RULES)).max(256));
    }
    let msgs = vec![Msg::User(content.clone())];
    let parts =
        BudgetParts { rules: budget::tokens(WORDS_RULES), work: budget::tokens(&content), ..BudgetParts::default() };
    turn.emit(Event::PromptBudget(budget::event(turn.rounds, "plan", window, output, parts, Vec::new())))?;
    let ask = Ask {
        system: WORDS_RULES,
        msgs: &msgs,
        tools: &[],
        format: Some(&format),
        max_tokens: output,
        temperature: Some(0.2),
    };
    let (reply, _) = caller.call(turn, &ask, Shown::Nothing).await?;
    let Some(v) = extract_json(&reply.text) else { return Ok(fallback) };
    let mut allowed = numbers(result);
    allowed.extend(numbers(&request.question));
    let mut dropped = 0;
    let mut headline = v["headline"].as_str().unwrap_or("").trim().to_string();
    if headline.is_empty() || !grounded(&headline, &allowed) {
        dropped += usize::from(!headline.is_empty());
        headline = fallback_headline;
    }
    let mut points = Vec::new();
    for p in report::points_of(&v["points"]) {
        if grounded(&p, &allowed) {
            points.push(p);
        } else {
            dropped += 1;
        }
    }
    if points.is_empty() {
        points = finding.interpretation.clone();
    }
    Ok((headline, points, dropped))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn the_plan_schema_in_brief_is_short_and_complete() {
        let b = brief(&crate::analyst::tool::spec().input_schema);
        assert!(b.len() < 3_000, "{} characters: {b}", b.len());
        for part in [
            "operation: {kind: \"total\"} | {kind: \"rank\"",
            "\"count_distinct\"",
            "group_by?:",
            "\"month_of_year\"",
            "values?: (number|string)[]",
            "than?: string",
        ] {
            assert!(b.contains(part), "missing {part:?} in {b}");
        }
    }

    #[test]
    fn json_is_found_in_fences_words_and_wrappers() {
        assert_eq!(
            extract_json("```json\n{\"operation\": {\"kind\": \"total\"}}\n```").unwrap()["operation"]["kind"],
            "total"
        );
        assert_eq!(
            extract_json("Here is the plan: {\"plan\": {\"operation\": {\"kind\": \"trend\"}}} ok").unwrap()
                ["operation"]["kind"],
            "trend"
        );
        assert!(extract_json("no json here").is_none());
    }

    #[test]
    fn numbers_are_read_with_their_precision() {
        let n = numbers("Revenue was $1,234.5 (12%), up 1.2 million from 2024; top 3.");
        let v: Vec<f64> = n.iter().map(|x| x.0).collect();
        assert_eq!(v, [1234.5, 12.0, 1.2e6, 2024.0, 3.0]);
        assert!((n[2].1 - 5e4).abs() < 1e-6);
        let allowed = numbers("| West | $1,234,567.89 | 41.2% |");
        assert!(grounded("West leads with $1.2 million, 41% of the total, the top 3 in 2025.", &allowed));
        assert!(!grounded("West leads by $400,000.", &allowed), "a number the result does not hold");
        assert!(grounded("West leads by far.", &allowed));
        assert!(
            grounded("The runner-up trails by about 20,000.", &numbers("| gap | 20,142.00 |")),
            "rounded to its zeros"
        );
        assert!(!grounded("The runner-up trails by 20,500.", &numbers("| gap | 20,142.00 |")));
    }
}
