//! The questions an empty conversation suggests: built from what the desk's columns mean (the main
//! amount, its categories, its dates) and kept only when the offline reader reads them into a plan that
//! binds to the desk — so every suggestion is one the built-in analyst answers.

use super::compile::words::{capitalise, plural};
use super::model::{Column, Desk, Table};
use super::reader::{read, Reading};
use crate::semantics::Role;
use crate::tables::TableInfo;
use std::path::Path;

/// How many suggestions at most.
pub const MAX_QUESTIONS: usize = 4;

/// Lower is better: amounts before levels, money before other amounts, amounts with decimals before counts.
fn measure_rank(c: &Column, lx: &super::reader::lexicon::Lexicon) -> (u8, u8, u8) {
    let money = c.in_currency()
        || crate::semantics::name_words(&c.name)
            .iter()
            .any(|w| lx.same_kind(w, "revenue") || lx.same_kind(w, "amount"));
    let role = match c.role {
        Role::Amount => 0,
        Role::SignedAmount => 1,
        Role::Level => 2,
        Role::Fraction => 3,
        _ => 9,
    };
    (role, u8::from(!money), u8::from(c.ty != crate::tables::ColumnType::Real))
}

/// The categories a fact table reaches (its own first, then its lookup tables in key order), those with a
/// handful of values (4 to 8) first.
fn categories<'d>(desk: &'d Desk, fact: &'d Table) -> Vec<&'d Column> {
    let mut out: Vec<(usize, &Column)> = Vec::new();
    for (i, (t, _)) in desk.reach(&fact.name).into_iter().enumerate() {
        for c in &t.columns {
            let n = c.folded_values.unwrap_or(c.distinct);
            if c.role == Role::Category && (2..=30).contains(&n) && !out.iter().any(|(_, x)| x.name == c.name) {
                out.push((i, c));
            }
        }
    }
    out.sort_by_key(|(i, c)| {
        let n = c.folded_values.unwrap_or(c.distinct);
        (!(4..=8).contains(&n), *i, n)
    });
    out.into_iter().map(|(_, c)| c).collect()
}

/// Up to [`MAX_QUESTIONS`] questions the offline analyst answers about these tables.
pub fn questions(desk_path: &Path, catalog: &[TableInfo]) -> Vec<String> {
    if catalog.is_empty() {
        return Vec::new();
    }
    let desk = Desk::load(desk_path, catalog);
    let facts = desk.fact_tables();
    let with_measure = facts.iter().find(|t| t.columns.iter().any(|c| c.role.is_measure() && c.role != Role::Flag));
    let Some(fact) = with_measure else { return vec!["Describe this data".into()] };
    let mut measures: Vec<&Column> =
        fact.columns.iter().filter(|c| c.role.is_measure() && c.role != Role::Flag).collect();
    let lx = super::reader::lexicon::Lexicon::load();
    measures.sort_by_key(|c| measure_rank(c, &lx));
    let m = measures[0];
    let mw = m.words();
    let lead = if m.role.is_averaged() {
        "Average"
    } else if mw.split(' ').any(|w| w == "total") {
        ""
    } else {
        "Total"
    };
    let cats = categories(&desk, fact);
    // "orders" reads well; "big sales" or "data 2024" do not, nor a name that is also a column's: rows.
    let rows = fact.row_words();
    let plain = !rows.is_empty()
        && rows.chars().all(|c| c.is_ascii_alphabetic())
        && !fact.columns.iter().any(|c| c.words() == rows);
    let rows = if plain { rows } else { "rows".to_string() };
    let mut cands: Vec<String> = Vec::new();
    if let Some(d) = cats.first() {
        cands.push(format!("{lead} {mw} by {}", d.words()).trim().to_string());
    }
    if let Some(t) = fact.time_columns().first() {
        cands.push(if t.is_year_number() {
            format!("{} by year", capitalise(&mw))
        } else {
            format!("Monthly trend of {mw}")
        });
    }
    // A ranking of a column with more values than the ranking shows (not a "top 5" of four regions).
    let named_rows = |c: &&Column| {
        desk.tables
            .iter()
            .any(|t| t.columns.iter().any(|x| std::ptr::eq(x, *c)) && t.rows == c.folded_values.unwrap_or(c.distinct))
    };
    if let Some(d) = cats
        .iter()
        .filter(|d| d.folded_values.unwrap_or(d.distinct) > 5)
        .min_by_key(|d| (!named_rows(d), d.folded_values.unwrap_or(d.distinct)))
    {
        cands.push(format!("Top 5 {} by {mw}", plural(&d.words())));
    }
    if let Some(d) = cats.get(1).or(cats.first()) {
        cands.push(format!("Number of {rows} by {}", d.words()));
    }
    if cands.len() < 3 {
        cands.push(format!("{} {mw}", if lead.is_empty() { "Total" } else { lead }));
        cands.push("Describe this data".into());
    }
    let mut out = Vec::new();
    for q in cands {
        let q = capitalise(q.trim());
        if out.contains(&q) {
            continue;
        }
        let ok = match read(&q, &[], &desk, &mut super::DeskLookup { path: desk_path, desk: &desk }) {
            Reading::Plan { plan, .. } => super::compile::bind(&plan, &desk).is_ok(),
            Reading::Decline { .. } => false,
        };
        if ok {
            out.push(q);
        }
        if out.len() == MAX_QUESTIONS {
            break;
        }
    }
    out
}
