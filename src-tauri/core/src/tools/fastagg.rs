//! Hash aggregation for the read-only SQL path: the common `SELECT keys, aggregates FROM ... GROUP BY
//! keys [ORDER BY ...] [LIMIT ...]` answered in one streaming pass instead of SQLite's sort.
//!
//! SQLite has no hash aggregate: every GROUP BY that no index serves sorts all of its input rows
//! (about 0.5 s of CPU for a million rows here), even when there are a dozen groups. This module
//! recognises the plain shape, lets SQLite evaluate everything row by row
//! (`SELECT key exprs, aggregate args FROM <the same FROM> WHERE <the same WHERE>`, so names, joins,
//! functions, affinities and the authorizer are SQLite's own), and folds the rows into groups in a hash
//! table with the exact arithmetic of SQLite 3.50's `count`, `sum`, `total`, `avg`, `min` and `max`
//! (integer sums stay integers; real sums use the same Kahan-Babuska-Neumaier steps). Groups come out
//! in SQLite's order (keys ascending, or the ORDER BY terms, which must name result columns).
//!
//! When the statement itself is not of that shape, its innermost subqueries that are (a derived table,
//! a CTE body, an IN list) are answered first and handed to SQLite as `(SELECT ... FROM (VALUES ...))`
//! with the values bound as parameters, so SQLite runs the joins, windows and ordering over a few rows.
//! A subquery column with a declared type keeps its affinity through a CAST that leaves every value
//! unchanged (integers under INTEGER, text under TEXT, reals under REAL), or the rewrite is declined
//! (e.g. text under a NUMERIC type such as DATE); subqueries that mention a CTE are left alone.
//!
//! It declines (and the caller runs the statement through SQLite as usual) whenever anything is outside
//! that shape or its arithmetic: HAVING, DISTINCT, FILTER, window functions, COLLATE, subqueries in the
//! result columns, compound selects, aggregate expressions other than a bare call, a result column that
//! is neither a key nor an aggregate, text or blob values summed, an integer overflow, keys that are
//! equal but spelt differently (1 and 1.0), min/max ties between an integer and a real, declared
//! collations anywhere in the schema, or more than [`MAX_GROUPS`] groups. It does not parse SQL beyond
//! splitting the top-level clauses; it never changes a value, only how the grouping is found.

use rusqlite::types::ValueRef;
use rusqlite::Connection;
use rustc_hash::FxHashMap;
use std::cmp::Ordering;
use std::time::Instant;

/// Beyond this many groups the hash table is no better than a sort: decline.
pub(crate) const MAX_GROUPS: usize = 200_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Quoted,
    Str,
    Num,
    Param,
    Punct,
    LParen,
    RParen,
    Comma,
}

#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    kind: Kind,
    text: &'a str,
    start: usize,
    end: usize,
}

impl Tok<'_> {
    fn is(&self, word: &str) -> bool {
        self.kind == Kind::Word && self.text.eq_ignore_ascii_case(word)
    }
}

/// SQLite's tokens, coarsely; None on anything unexpected (the caller then declines).
fn tokenize(sql: &str) -> Option<Vec<Tok<'_>>> {
    let b = sql.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        let kind = match c {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0c => {
                i += 1;
                continue;
            }
            b'-' if b.get(i + 1) == Some(&b'-') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let rest = sql.get(i + 2..)?;
                i += 2 + rest.find("*/").map(|p| p + 2).unwrap_or(rest.len());
                continue;
            }
            b'\'' | b'"' | b'`' | b'[' => {
                let close = if c == b'[' { b']' } else { c };
                i += 1;
                loop {
                    if i >= b.len() {
                        return None;
                    }
                    if b[i] == close {
                        if close != b']' && b.get(i + 1) == Some(&close) {
                            i += 2;
                            continue;
                        }
                        i += 1;
                        break;
                    }
                    i += 1;
                }
                if c == b'\'' {
                    Kind::Str
                } else {
                    Kind::Quoted
                }
            }
            b'(' => {
                i += 1;
                Kind::LParen
            }
            b')' => {
                i += 1;
                Kind::RParen
            }
            b',' => {
                i += 1;
                Kind::Comma
            }
            b'?' | b':' | b'@' | b'$' => {
                i += 1;
                Kind::Param
            }
            b'0'..=b'9' => {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.' || b[i] == b'_') {
                    // 1e-5 / 1E+5
                    if (b[i] == b'e' || b[i] == b'E') && matches!(b.get(i + 1), Some(b'+' | b'-')) {
                        i += 1;
                    }
                    i += 1;
                }
                Kind::Num
            }
            b'.' if b.get(i + 1).is_some_and(|d| d.is_ascii_digit()) => {
                i += 1;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.') {
                    i += 1;
                }
                Kind::Num
            }
            c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                // x'..' is a blob literal: treat like a string.
                if (c == b'x' || c == b'X') && b.get(i + 1) == Some(&b'\'') {
                    i += 2;
                    while i < b.len() && b[i] != b'\'' {
                        i += 1;
                    }
                    if i >= b.len() {
                        return None;
                    }
                    i += 1;
                    Kind::Str
                } else {
                    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'$' || b[i] >= 0x80)
                    {
                        i += 1;
                    }
                    Kind::Word
                }
            }
            _ => {
                // Operators: take the longest of the multi-character ones SQLite knows.
                let two = sql.get(i..i + 2).unwrap_or("");
                let three = sql.get(i..i + 3).unwrap_or("");
                i += if three == "->>" {
                    3
                } else if ["||", "<=", ">=", "<>", "!=", "==", "<<", ">>", "->"].contains(&two) {
                    2
                } else {
                    1
                };
                Kind::Punct
            }
        };
        let text = sql.get(start..i)?;
        out.push(Tok { kind, text, start, end: i });
    }
    Some(out)
}

/// Words after which a trailing word is part of the expression, not an alias.
const NOT_ALIAS: &[&str] = &[
    "end",
    "null",
    "isnull",
    "notnull",
    "true",
    "false",
    "current_date",
    "current_time",
    "current_timestamp",
    "asc",
    "desc",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AggFn {
    CountStar,
    Count,
    Sum,
    Total,
    Avg,
    Min,
    Max,
}

#[derive(Debug, Clone)]
enum Item {
    Key(usize),
    Agg(usize),
}

#[derive(Debug, Clone)]
struct OrderTerm {
    item: usize,
    desc: bool,
    nulls_first: bool,
}

/// A recognised statement.
#[derive(Debug)]
pub(crate) struct Plan {
    /// The row query SQLite streams: keys first, then one column per aggregate argument.
    row_sql: String,
    keys: usize,
    aggs: Vec<(AggFn, Option<usize>)>,
    items: Vec<Item>,
    order: Vec<OrderTerm>,
    limit: Option<i64>,
    offset: i64,
}

/// The text of `toks` (non-empty) in `sql`.
fn span<'a>(sql: &'a str, toks: &[Tok<'_>]) -> Option<&'a str> {
    let (first, last) = (toks.first()?, toks.last()?);
    sql.get(first.start..last.end)
}

/// Token-wise normal form of an expression, for matching terms to result columns.
fn norm(toks: &[Tok<'_>]) -> Vec<String> {
    toks.iter()
        .map(|t| match t.kind {
            Kind::Word => t.text.to_ascii_lowercase(),
            Kind::Quoted if t.text.starts_with('"') || t.text.starts_with('`') || t.text.starts_with('[') => {
                let inner = &t.text[1..t.text.len() - 1];
                let q = &t.text[..1];
                let inner = if q == "[" { inner.to_string() } else { inner.replace(&format!("{q}{q}"), q) };
                if inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && !inner.is_empty() {
                    inner.to_ascii_lowercase()
                } else {
                    format!("\"{inner}\"")
                }
            }
            _ => t.text.to_string(),
        })
        .collect()
}

/// Split at depth-0 commas.
fn split_commas<'t, 'a>(toks: &'t [Tok<'a>]) -> Option<Vec<&'t [Tok<'a>]>> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut from = 0;
    for (i, t) in toks.iter().enumerate() {
        match t.kind {
            Kind::LParen => depth += 1,
            Kind::RParen => depth -= 1,
            Kind::Comma if depth == 0 => {
                if i == from {
                    return None;
                }
                parts.push(&toks[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    if from >= toks.len() {
        return None;
    }
    parts.push(&toks[from..]);
    Some(parts)
}

fn agg_call(toks: &[Tok<'_>]) -> Option<(AggFn, Option<usize>)> {
    // name ( args ) with the parentheses spanning the rest.
    if toks.len() < 3 || toks[0].kind != Kind::Word || toks[1].kind != Kind::LParen {
        return None;
    }
    if toks.last()?.kind != Kind::RParen {
        return None;
    }
    let mut depth = 0;
    for (i, t) in toks.iter().enumerate().skip(1) {
        match t.kind {
            Kind::LParen => depth += 1,
            Kind::RParen => {
                depth -= 1;
                if depth == 0 && i != toks.len() - 1 {
                    return None;
                }
            }
            _ => {}
        }
    }
    let name = toks[0].text.to_ascii_lowercase();
    let args = &toks[2..toks.len() - 1];
    let f = match name.as_str() {
        "count" if args.len() == 1 && args[0].text == "*" => return Some((AggFn::CountStar, None)),
        "count" => AggFn::Count,
        "sum" => AggFn::Sum,
        "total" => AggFn::Total,
        "avg" => AggFn::Avg,
        "min" => AggFn::Min,
        "max" => AggFn::Max,
        _ => return None,
    };
    if args.is_empty() || split_commas(args)?.len() != 1 || args[0].is("distinct") || args[0].is("all") {
        return None;
    }
    Some((f, Some(0)))
}

fn is_aggregate_name(w: &str) -> bool {
    [
        "count",
        "sum",
        "total",
        "avg",
        "min",
        "max",
        "group_concat",
        "string_agg",
        "json_group_array",
        "json_group_object",
    ]
    .iter()
    .any(|a| w.eq_ignore_ascii_case(a))
}

/// Any aggregate-looking call inside `toks`.
fn has_call_to_aggregate(toks: &[Tok<'_>]) -> bool {
    toks.windows(2).any(|w| w[0].kind == Kind::Word && is_aggregate_name(w[0].text) && w[1].kind == Kind::LParen)
}

fn as_integer(toks: &[Tok<'_>]) -> Option<i64> {
    match toks {
        [t] if t.kind == Kind::Num => t.text.parse().ok(),
        [m, t] if m.text == "-" && t.kind == Kind::Num => t.text.parse::<i64>().ok().map(|v| -v),
        [p, t] if p.text == "+" && t.kind == Kind::Num => t.text.parse().ok(),
        _ => None,
    }
}

/// Recognise `sql`. `column_exists(expr)` says whether `expr` names a column in the FROM clause (to
/// resolve a GROUP BY word that is also a result alias the way SQLite does: the column wins).
pub(crate) fn plan(sql: &str, column_exists: &mut dyn FnMut(&str, &str) -> bool) -> Option<Plan> {
    let toks = tokenize(sql)?;
    let mut toks: &[Tok<'_>] = &toks;
    while toks.last().is_some_and(|t| t.text == ";") {
        toks = &toks[..toks.len() - 1];
    }
    if toks.iter().any(|t| t.kind == Kind::Param || t.text == ";") {
        return None;
    }
    // Find the main SELECT: the first one at depth 0 (after a WITH clause, whose bodies are nested).
    let mut depth = 0i32;
    let mut select_at = None;
    for (i, t) in toks.iter().enumerate() {
        match t.kind {
            Kind::LParen => depth += 1,
            Kind::RParen => depth -= 1,
            _ if depth == 0 && t.is("select") => {
                select_at = Some(i);
                break;
            }
            _ => {}
        }
    }
    let select_at = select_at?;
    if select_at > 0 && !toks[0].is("with") {
        return None;
    }
    let with_prefix = if select_at > 0 { format!("{} ", span(sql, &toks[..select_at])?) } else { String::new() };
    let body = &toks[select_at + 1..];
    // Top-level clause boundaries.
    let (mut from, mut where_, mut group, mut order, mut limit) = (None, None, None, None, None);
    let mut depth = 0i32;
    let mut last = 0usize;
    for (i, t) in body.iter().enumerate() {
        match t.kind {
            Kind::LParen => depth += 1,
            Kind::RParen => depth -= 1,
            Kind::Word if depth == 0 => {
                let w = t.text.to_ascii_lowercase();
                let next_by = body.get(i + 1).is_some_and(|n| n.is("by"));
                let slot = match w.as_str() {
                    "from" if from.is_none() => &mut from,
                    "where" => &mut where_,
                    "group" if next_by => &mut group,
                    "order" if next_by => &mut order,
                    "limit" => &mut limit,
                    "having" | "window" | "union" | "intersect" | "except" | "values" | "distinct" | "over"
                    | "filter" | "collate" | "select" => return None,
                    _ => continue,
                };
                if slot.is_some() || i < last {
                    return None;
                }
                *slot = Some(i);
                last = i;
            }
            _ => {}
        }
    }
    let from = from?;
    let group = group?;
    if where_.is_some_and(|w| w < from) || group < from || order.is_some_and(|o| o < group) {
        return None;
    }
    if limit.is_some_and(|l| l < group || order.is_some_and(|o| l < o)) {
        return None;
    }
    // Nothing the hash path does not reproduce anywhere in the result, grouping or ordering parts.
    let risky = |ts: &[Tok<'_>]| {
        ts.iter().any(|t| {
            t.is("select")
                || t.is("over")
                || t.is("filter")
                || t.is("collate")
                || t.is("distinct")
                || t.is("random")
                || t.is("randomblob")
        })
    };
    let items_toks = &body[..from];
    if items_toks.first().is_some_and(|t| t.is("all")) {
        return None;
    }
    let from_end = where_.or(Some(group))?;
    let from_toks = &body[from + 1..from_end];
    let where_toks = where_.map(|w| &body[w + 1..group]);
    let group_end = order.or(limit).unwrap_or(body.len());
    let group_toks = &body[group + 2..group_end];
    let order_toks = order.map(|o| &body[o + 2..limit.unwrap_or(body.len())]);
    let limit_toks = limit.map(|l| &body[l + 1..]);
    if from_toks.is_empty() || group_toks.is_empty() || risky(items_toks) || risky(group_toks) {
        return None;
    }
    if order_toks.is_some_and(|o| risky(o) || o.is_empty()) || where_toks.is_some_and(|w| w.is_empty()) {
        return None;
    }
    if from_toks.iter().any(|t| t.is("random") || t.is("randomblob")) {
        return None;
    }
    if where_toks.is_some_and(|w| w.iter().any(|t| t.is("random") || t.is("randomblob") || has_agg_word(t))) {
        return None;
    }

    // Result columns: expression and alias.
    let mut items_raw: Vec<(&[Tok<'_>], Option<String>)> = Vec::new();
    for it in split_commas(items_toks)? {
        let n = it.len();
        let (expr, alias) = if n >= 3 && it[n - 2].is("as") {
            (&it[..n - 2], Some(norm(&it[n - 1..]).concat()))
        } else if n >= 2
            && matches!(it[n - 1].kind, Kind::Word | Kind::Quoted)
            && !NOT_ALIAS.iter().any(|w| it[n - 1].is(w))
            && matches!(it[n - 2].kind, Kind::RParen | Kind::Word | Kind::Quoted | Kind::Num | Kind::Str)
        {
            (&it[..n - 1], Some(norm(&it[n - 1..]).concat()))
        } else {
            (it, None)
        };
        if expr.is_empty() || expr.iter().any(|t| t.text == "*" && expr.len() == 1) {
            return None;
        }
        if expr.len() >= 2 && expr[expr.len() - 1].text == "*" && expr[expr.len() - 2].text == "." {
            return None;
        }
        items_raw.push((expr, alias));
    }

    // GROUP BY terms, resolved to expressions.
    let from_sql = span(sql, from_toks)?;
    let mut keys: Vec<(String, Vec<String>)> = Vec::new();
    for term in split_commas(group_toks)? {
        if has_call_to_aggregate(term) {
            return None;
        }
        let expr: &[Tok<'_>] = if let Some(k) = as_integer(term) {
            if k < 1 || k as usize > items_raw.len() {
                return None;
            }
            items_raw[k as usize - 1].0
        } else if term.len() == 1 && matches!(term[0].kind, Kind::Word | Kind::Quoted) {
            let name = norm(term).concat();
            match items_raw.iter().find(|(_, a)| a.as_deref() == Some(name.as_str())) {
                Some((e, _)) if !column_exists(span(sql, term)?, from_sql) => e,
                _ => term,
            }
        } else {
            if term.iter().all(|t| matches!(t.kind, Kind::Num | Kind::Str | Kind::Punct)) {
                // A constant GROUP BY term other than an ordinal: unusual, leave it to SQLite.
                return None;
            }
            term
        };
        if has_call_to_aggregate(expr) {
            return None;
        }
        keys.push((span(sql, expr)?.to_string(), norm(expr)));
    }

    // Classify result columns.
    let mut aggs: Vec<(AggFn, Option<usize>)> = Vec::new();
    let mut agg_args: Vec<String> = Vec::new();
    let mut items = Vec::new();
    for (expr, _) in &items_raw {
        let n = norm(expr);
        if let Some(k) = keys.iter().position(|(_, kn)| *kn == n) {
            items.push(Item::Key(k));
            continue;
        }
        let (f, _) = agg_call(expr)?;
        let arg = if f == AggFn::CountStar {
            None
        } else {
            let args = &expr[2..expr.len() - 1];
            if has_call_to_aggregate(args) {
                return None;
            }
            agg_args.push(span(sql, args)?.to_string());
            Some(agg_args.len() - 1)
        };
        aggs.push((f, arg));
        items.push(Item::Agg(aggs.len() - 1));
    }

    // ORDER BY: each term must name a result column (ordinal, alias or the same expression).
    let mut order_terms = Vec::new();
    if let Some(ot) = order_toks {
        for term in split_commas(ot)? {
            let mut t = term;
            let mut nulls_first = None;
            if t.len() >= 2 && t[t.len() - 2].is("nulls") {
                nulls_first = Some(t[t.len() - 1].is("first"));
                if !t[t.len() - 1].is("first") && !t[t.len() - 1].is("last") {
                    return None;
                }
                t = &t[..t.len() - 2];
            }
            let mut desc = false;
            if t.last().is_some_and(|x| x.is("desc")) {
                desc = true;
                t = &t[..t.len() - 1];
            } else if t.last().is_some_and(|x| x.is("asc")) {
                t = &t[..t.len() - 1];
            }
            if t.is_empty() {
                return None;
            }
            let item = if let Some(k) = as_integer(t) {
                if k < 1 || k as usize > items.len() {
                    return None;
                }
                k as usize - 1
            } else {
                let n = norm(t);
                let name = n.concat();
                if let Some(i) = items_raw.iter().position(|(_, a)| t.len() == 1 && a.as_deref() == Some(name.as_str()))
                {
                    i
                } else {
                    items_raw.iter().position(|(e, _)| norm(e) == n)?
                }
            };
            order_terms.push(OrderTerm { item, desc, nulls_first: nulls_first.unwrap_or(!desc) });
        }
    }
    let (mut lim, mut off) = (None, 0i64);
    if let Some(lt) = limit_toks {
        let parts: Vec<&[Tok<'_>]> = if let Some(p) = lt.iter().position(|t| t.is("offset")) {
            vec![&lt[..p], &lt[p + 1..]]
        } else {
            split_commas(lt)?
        };
        match parts.as_slice() {
            [l] => lim = Some(as_integer(l)?),
            [a, b] if lt.iter().any(|t| t.is("offset")) => {
                lim = Some(as_integer(a)?);
                off = as_integer(b)?;
            }
            [a, b] => {
                off = as_integer(a)?;
                lim = Some(as_integer(b)?);
            }
            _ => return None,
        }
        if lim.is_some_and(|l| l < 0) {
            lim = None;
        }
        off = off.max(0);
    }

    let mut cols: Vec<&str> = keys.iter().map(|(s, _)| s.as_str()).collect();
    cols.extend(agg_args.iter().map(String::as_str));
    let where_sql = match where_toks {
        Some(w) => format!(" WHERE {}", span(sql, w)?),
        None => String::new(),
    };
    let row_sql = format!("{with_prefix}SELECT {} FROM {from_sql}{where_sql}", cols.join(", "));
    Some(Plan { row_sql, keys: keys.len(), aggs, items, order: order_terms, limit: lim, offset: off })
}

fn has_agg_word(t: &Tok<'_>) -> bool {
    t.kind == Kind::Word && is_aggregate_name(t.text)
}

/// An owned SQLite value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Val {
    Null,
    Int(i64),
    Real(f64),
    Text(Box<[u8]>),
    Blob(Box<[u8]>),
}

impl Val {
    fn of(v: ValueRef<'_>) -> Val {
        match v {
            ValueRef::Null => Val::Null,
            ValueRef::Integer(i) => Val::Int(i),
            ValueRef::Real(f) => Val::Real(f),
            ValueRef::Text(t) => Val::Text(t.into()),
            ValueRef::Blob(b) => Val::Blob(b.into()),
        }
    }

    pub(crate) fn as_ref(&self) -> ValueRef<'_> {
        match self {
            Val::Null => ValueRef::Null,
            Val::Int(i) => ValueRef::Integer(*i),
            Val::Real(f) => ValueRef::Real(*f),
            Val::Text(t) => ValueRef::Text(t),
            Val::Blob(b) => ValueRef::Blob(b),
        }
    }
}

/// SQLite's comparison of two values under BINARY collation (NULL < numbers < text < blob).
fn compare(a: &ValueRef<'_>, b: &ValueRef<'_>) -> Ordering {
    fn class(v: &ValueRef<'_>) -> u8 {
        match v {
            ValueRef::Null => 0,
            ValueRef::Integer(_) | ValueRef::Real(_) => 1,
            ValueRef::Text(_) => 2,
            ValueRef::Blob(_) => 3,
        }
    }
    match (a, b) {
        (ValueRef::Integer(x), ValueRef::Integer(y)) => x.cmp(y),
        (ValueRef::Real(x), ValueRef::Real(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
        (ValueRef::Integer(i), ValueRef::Real(r)) => int_real(*i, *r),
        (ValueRef::Real(r), ValueRef::Integer(i)) => int_real(*i, *r).reverse(),
        (ValueRef::Text(x), ValueRef::Text(y)) | (ValueRef::Blob(x), ValueRef::Blob(y)) => x.cmp(y),
        _ => class(a).cmp(&class(b)),
    }
}

fn identical(a: &ValueRef<'_>, b: &ValueRef<'_>) -> bool {
    match (a, b) {
        (ValueRef::Real(x), ValueRef::Real(y)) => x.to_bits() == y.to_bits(),
        (ValueRef::Integer(x), ValueRef::Integer(y)) => x == y,
        (ValueRef::Text(x), ValueRef::Text(y)) | (ValueRef::Blob(x), ValueRef::Blob(y)) => x == y,
        (ValueRef::Null, ValueRef::Null) => true,
        _ => false,
    }
}

/// Exact comparison of an integer with a real, as `sqlite3IntFloatCompare` does.
fn int_real(i: i64, r: f64) -> Ordering {
    if r.is_nan() {
        return Ordering::Greater;
    }
    if r < -9_223_372_036_854_775_808.0 {
        return Ordering::Greater;
    }
    if r >= 9_223_372_036_854_775_808.0 {
        return Ordering::Less;
    }
    let y = r as i64;
    match i.cmp(&y) {
        Ordering::Equal => {
            let s = i as f64;
            s.partial_cmp(&r).unwrap_or(Ordering::Equal)
        }
        o => o,
    }
}

#[derive(Debug, Clone)]
enum Acc {
    Count(i64),
    Sum { cnt: i64, i_sum: i64, approx: bool, ovrfl: bool, r_sum: f64, r_err: f64 },
    Best(Option<Val>),
}

fn kbn_step(r_sum: &mut f64, r_err: &mut f64, r: f64) {
    let s = *r_sum;
    let t = s + r;
    if s.abs() > r.abs() {
        *r_err += (s - t) + r;
    } else {
        *r_err += (r - t) + s;
    }
    *r_sum = t;
}

fn kbn_step_i64(r_sum: &mut f64, r_err: &mut f64, v: i64) {
    if !(-4_503_599_627_370_495..=4_503_599_627_370_495).contains(&v) {
        let sm = v % 16384;
        let big = v - sm;
        kbn_step(r_sum, r_err, big as f64);
        kbn_step(r_sum, r_err, sm as f64);
    } else {
        kbn_step(r_sum, r_err, v as f64);
    }
}

fn kbn_init(v: i64) -> (f64, f64) {
    if !(-4_503_599_627_370_495..=4_503_599_627_370_495).contains(&v) {
        let sm = v % 16384;
        ((v - sm) as f64, sm as f64)
    } else {
        (v as f64, 0.0)
    }
}

/// Why the hash path gave up: the caller runs the statement through SQLite instead.
#[derive(Debug)]
pub(crate) enum Outcome {
    Decline,
    Failed(rusqlite::Error),
}

impl From<rusqlite::Error> for Outcome {
    fn from(e: rusqlite::Error) -> Self {
        Outcome::Failed(e)
    }
}

impl Acc {
    fn new(f: AggFn) -> Acc {
        match f {
            AggFn::CountStar | AggFn::Count => Acc::Count(0),
            AggFn::Sum | AggFn::Total | AggFn::Avg => {
                Acc::Sum { cnt: 0, i_sum: 0, approx: false, ovrfl: false, r_sum: 0.0, r_err: 0.0 }
            }
            AggFn::Min | AggFn::Max => Acc::Best(None),
        }
    }

    /// One row. False when the value is outside what the hash path reproduces.
    fn step(&mut self, f: AggFn, v: ValueRef<'_>) -> bool {
        match self {
            Acc::Count(n) => {
                if f == AggFn::CountStar || !matches!(v, ValueRef::Null) {
                    *n += 1;
                }
                true
            }
            Acc::Sum { cnt, i_sum, approx, ovrfl, r_sum, r_err } => {
                match v {
                    ValueRef::Null => {}
                    ValueRef::Integer(x) => {
                        *cnt += 1;
                        if !*approx {
                            match i_sum.checked_add(x) {
                                Some(s) => *i_sum = s,
                                None => {
                                    *ovrfl = true;
                                    (*r_sum, *r_err) = kbn_init(*i_sum);
                                    *approx = true;
                                    kbn_step_i64(r_sum, r_err, x);
                                }
                            }
                        } else {
                            kbn_step_i64(r_sum, r_err, x);
                        }
                    }
                    ValueRef::Real(x) => {
                        *cnt += 1;
                        if !*approx {
                            (*r_sum, *r_err) = kbn_init(*i_sum);
                            *approx = true;
                        } else {
                            *ovrfl = false;
                        }
                        kbn_step(r_sum, r_err, x);
                    }
                    // Text is converted by SQLite's numeric rules: leave that to SQLite.
                    ValueRef::Text(_) | ValueRef::Blob(_) => return false,
                }
                true
            }
            Acc::Best(best) => {
                if matches!(v, ValueRef::Null) {
                    return true;
                }
                match best {
                    None => *best = Some(Val::of(v)),
                    Some(b) => {
                        let o = compare(&b.as_ref(), &v);
                        // Equal but not identical (1 and 1.0, 0.0 and -0.0): SQLite keeps whichever it
                        // saw first, in an order only its sorter knows.
                        if o == Ordering::Equal && !identical(&b.as_ref(), &v) {
                            return false;
                        }
                        if (f == AggFn::Max && o == Ordering::Less) || (f == AggFn::Min && o == Ordering::Greater) {
                            *best = Some(Val::of(v));
                        }
                    }
                }
                true
            }
        }
    }

    fn finish(&self, f: AggFn) -> Option<Val> {
        Some(match self {
            Acc::Count(n) => Val::Int(*n),
            Acc::Sum { cnt, i_sum, approx, ovrfl, r_sum, r_err } => {
                let real = || if r_err.is_finite() { r_sum + r_err } else { *r_sum };
                match f {
                    AggFn::Sum if *cnt == 0 => Val::Null,
                    // SQLite reports "integer overflow": let it.
                    AggFn::Sum if *approx && *ovrfl => return None,
                    AggFn::Sum if *approx => Val::Real(real()),
                    AggFn::Sum => Val::Int(*i_sum),
                    AggFn::Avg if *cnt == 0 => Val::Null,
                    AggFn::Avg => Val::Real(if *approx { real() } else { *i_sum as f64 } / *cnt as f64),
                    _ => Val::Real(if *approx { real() } else { *i_sum as f64 }),
                }
            }
            Acc::Best(b) => b.clone().unwrap_or(Val::Null),
        })
    }
}

/// Append a hashable encoding of `v` to `buf`.
fn encode(buf: &mut Vec<u8>, v: ValueRef<'_>) {
    match v {
        ValueRef::Null => buf.push(0),
        ValueRef::Integer(i) => {
            buf.push(1);
            buf.extend_from_slice(&i.to_le_bytes());
        }
        ValueRef::Real(f) => {
            buf.push(2);
            buf.extend_from_slice(&f.to_bits().to_le_bytes());
        }
        ValueRef::Text(t) => {
            buf.push(3);
            buf.extend_from_slice(&(t.len() as u64).to_le_bytes());
            buf.extend_from_slice(t);
        }
        ValueRef::Blob(b) => {
            buf.push(4);
            buf.extend_from_slice(&(b.len() as u64).to_le_bytes());
            buf.extend_from_slice(b);
        }
    }
}

struct Group {
    keys: Vec<Val>,
    accs: Vec<Acc>,
}

/// Run `plan` on `conn`: the result rows in SQLite's order after ORDER BY/LIMIT/OFFSET.
pub(crate) fn run(conn: &Connection, plan: &Plan, deadline: Instant) -> Result<Vec<Vec<Val>>, Outcome> {
    let mut stmt = conn.prepare(&plan.row_sql).map_err(|_| Outcome::Decline)?;
    if !stmt.readonly() {
        return Err(Outcome::Decline);
    }
    let arg_cols: Vec<Option<usize>> = plan.aggs.iter().map(|(_, a)| a.map(|i| plan.keys + i)).collect();
    let mut index: FxHashMap<Box<[u8]>, usize> = FxHashMap::default();
    let mut groups: Vec<Group> = Vec::new();
    let mut buf = Vec::with_capacity(64);
    let mut rows = stmt.raw_query();
    let mut n: u64 = 0;
    while let Some(row) = rows.next()? {
        n += 1;
        if n.is_multiple_of(65_536) && Instant::now() >= deadline {
            return Err(Outcome::Failed(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_INTERRUPT),
                None,
            )));
        }
        buf.clear();
        for k in 0..plan.keys {
            encode(&mut buf, row.get_ref(k)?);
        }
        let g = match index.get(buf.as_slice()) {
            Some(&g) => g,
            None => {
                if groups.len() >= MAX_GROUPS {
                    return Err(Outcome::Decline);
                }
                let mut keys = Vec::with_capacity(plan.keys);
                for k in 0..plan.keys {
                    keys.push(Val::of(row.get_ref(k)?));
                }
                groups.push(Group { keys, accs: plan.aggs.iter().map(|(f, _)| Acc::new(*f)).collect() });
                index.insert(buf.as_slice().into(), groups.len() - 1);
                groups.len() - 1
            }
        };
        let group = &mut groups[g];
        for (a, ((f, _), col)) in plan.aggs.iter().zip(&arg_cols).enumerate() {
            let v = match col {
                Some(c) => row.get_ref(*c)?,
                None => ValueRef::Null,
            };
            if !group.accs[a].step(*f, v) {
                return Err(Outcome::Decline);
            }
        }
    }
    drop(rows);
    // Keys ascending, as SQLite's sorter hands the groups out; keys that compare equal but were kept
    // apart (1 and 1.0, 0.0 and -0.0) are one group for SQLite: decline.
    let key_cmp = |a: &Group, b: &Group| {
        a.keys
            .iter()
            .zip(&b.keys)
            .map(|(x, y)| compare(&x.as_ref(), &y.as_ref()))
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal)
    };
    groups.sort_by(key_cmp);
    if groups.windows(2).any(|w| key_cmp(&w[0], &w[1]) == Ordering::Equal) {
        return Err(Outcome::Decline);
    }
    let mut out: Vec<Vec<Val>> = Vec::with_capacity(groups.len());
    for g in &groups {
        let mut row = Vec::with_capacity(plan.items.len());
        for item in &plan.items {
            row.push(match item {
                Item::Key(k) => g.keys[*k].clone(),
                Item::Agg(a) => g.accs[*a].finish(plan.aggs[*a].0).ok_or(Outcome::Decline)?,
            });
        }
        out.push(row);
    }
    if !plan.order.is_empty() {
        out.sort_by(|a, b| {
            for t in &plan.order {
                let (x, y) = (&a[t.item], &b[t.item]);
                let o = match (matches!(x, Val::Null), matches!(y, Val::Null)) {
                    (true, true) => Ordering::Equal,
                    (true, false) => {
                        if t.nulls_first {
                            Ordering::Less
                        } else {
                            Ordering::Greater
                        }
                    }
                    (false, true) => {
                        if t.nulls_first {
                            Ordering::Greater
                        } else {
                            Ordering::Less
                        }
                    }
                    _ => {
                        let o = compare(&x.as_ref(), &y.as_ref());
                        if t.desc {
                            o.reverse()
                        } else {
                            o
                        }
                    }
                };
                if o.is_ne() {
                    return o;
                }
            }
            Ordering::Equal
        });
    }
    let skip = usize::try_from(plan.offset).unwrap_or(usize::MAX);
    let take = plan.limit.map(|l| usize::try_from(l).unwrap_or(usize::MAX)).unwrap_or(usize::MAX);
    Ok(out.into_iter().skip(skip).take(take).collect())
}

/// A statement with its inner GROUP BY subqueries (derived tables, CTE bodies, IN lists) answered in
/// advance: each becomes `(SELECT ?1 ... FROM (VALUES ...))` with the rows bound as parameters, and
/// SQLite runs the rest (joins, windows, ordering) over those few rows.
pub(crate) struct Rewritten {
    pub sql: String,
    pub params: Vec<rusqlite::types::Value>,
}

/// SQLite's affinity of a declared type, as a CAST target that keeps values of that class unchanged.
/// Whether a value keeps its class under a CAST.
type Fits = fn(&Val) -> bool;

fn affinity_cast(decl: &str) -> Option<(&'static str, Fits)> {
    let d = decl.to_ascii_uppercase();
    if d.contains("INT") {
        Some(("INTEGER", |v| matches!(v, Val::Null | Val::Int(_))))
    } else if d.contains("CHAR") || d.contains("CLOB") || d.contains("TEXT") {
        Some(("TEXT", |v| matches!(v, Val::Null | Val::Text(_))))
    } else if d.contains("BLOB") || d.is_empty() {
        None
    } else if d.contains("REAL") || d.contains("FLOA") || d.contains("DOUB") {
        Some(("REAL", |v| matches!(v, Val::Null | Val::Real(_))))
    } else {
        // NUMERIC: a CAST would turn text such as dates into numbers.
        Some(("NUMERIC", |_| false))
    }
}

fn quote_ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// Answer the innermost plain GROUP BY subqueries of `sql` by hash; None when there are none or any of
/// them falls outside what the hash path reproduces.
pub(crate) fn rewrite_subqueries(
    conn: &Connection,
    sql: &str,
    deadline: Instant,
) -> Result<Option<Rewritten>, Outcome> {
    let Some(toks) = tokenize(sql) else { return Ok(None) };
    if toks.iter().any(|t| t.kind == Kind::Param) {
        return Ok(None);
    }
    // Names of common table expressions: a subquery that mentions one cannot run on its own.
    let mut ctes: Vec<String> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !t.is("as") || i == 0 {
            continue;
        }
        let mut k = i + 1;
        while toks.get(k).is_some_and(|x| x.is("not") || x.is("materialized")) {
            k += 1;
        }
        if toks.get(k).map(|x| x.kind) != Some(Kind::LParen) {
            continue;
        }
        let mut n = i - 1;
        if toks[n].kind == Kind::RParen {
            let mut depth = 0;
            loop {
                match toks[n].kind {
                    Kind::RParen => depth += 1,
                    Kind::LParen => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                if n == 0 {
                    return Ok(None);
                }
                n -= 1;
            }
            if n == 0 {
                return Ok(None);
            }
            n -= 1;
        }
        ctes.push(norm(&toks[n..=n]).concat());
    }
    // Candidate subqueries: '(' SELECT ... ')' with a GROUP BY of their own.
    let mut found: Vec<(usize, usize, Plan)> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.kind != Kind::LParen || !toks.get(i + 1).is_some_and(|x| x.is("select")) {
            continue;
        }
        let mut depth = 0;
        let mut end = None;
        for (j, x) in toks.iter().enumerate().skip(i) {
            match x.kind {
                Kind::LParen => depth += 1,
                Kind::RParen => {
                    depth -= 1;
                    if depth == 0 {
                        end = Some(j);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(end) = end else { return Ok(None) };
        let inner = &toks[i + 1..end];
        if inner.iter().any(|x| matches!(x.kind, Kind::Word | Kind::Quoted) && ctes.contains(&norm(&[*x]).concat())) {
            continue;
        }
        let Some(text) = span(sql, inner) else { continue };
        let mut exists = |term: &str, from: &str| conn.prepare(&format!("SELECT {term} FROM {from}")).is_ok();
        if let Some(p) = plan(text, &mut exists) {
            found.push((i, end, p));
        }
    }
    // Innermost only: the ones around them stay with SQLite (they group the few rows these give).
    let inner: Vec<&(usize, usize, Plan)> =
        found.iter().filter(|(a, b, _)| !found.iter().any(|(c, d, _)| (c, d) != (a, b) && a <= c && d <= b)).collect();
    if inner.is_empty() {
        return Ok(None);
    }
    let mut out = String::new();
    let mut params = Vec::new();
    let mut at = 0usize;
    for (open, close, p) in inner {
        let (start, end) = (toks[*open].start, toks[*close].end);
        let text = sql.get(toks[*open].end..toks[*close].start).ok_or(Outcome::Decline)?;
        let stmt = conn.prepare(text).map_err(|_| Outcome::Decline)?;
        let names: Vec<String> = stmt.column_names().into_iter().map(String::from).collect();
        let decls: Vec<Option<String>> = stmt.columns().iter().map(|c| c.decl_type().map(String::from)).collect();
        drop(stmt);
        let rows = run(conn, p, deadline)?;
        let casts: Vec<Option<&'static str>> = decls
            .iter()
            .enumerate()
            .map(|(c, d)| match d.as_deref().and_then(affinity_cast) {
                None => Ok(None),
                Some((ty, fits)) if rows.iter().all(|r| fits(&r[c])) => Ok(Some(ty)),
                Some(_) => Err(Outcome::Decline),
            })
            .collect::<Result<_, _>>()?;
        if params.len() + rows.len() * names.len() > 30_000 {
            return Err(Outcome::Decline);
        }
        let cols: Vec<String> = names
            .iter()
            .enumerate()
            .map(|(c, n)| match casts[c] {
                Some(ty) => format!("CAST(column{} AS {ty}) AS {}", c + 1, quote_ident(n)),
                None => format!("column{} AS {}", c + 1, quote_ident(n)),
            })
            .collect();
        let body = if rows.is_empty() {
            let nulls: Vec<String> = names.iter().map(|n| format!("NULL AS {}", quote_ident(n))).collect();
            format!("SELECT {} WHERE 0", nulls.join(", "))
        } else {
            let mut values = Vec::with_capacity(rows.len());
            for r in &rows {
                let mut cells = Vec::with_capacity(r.len());
                for v in r {
                    params.push(match v {
                        Val::Null => rusqlite::types::Value::Null,
                        Val::Int(i) => rusqlite::types::Value::Integer(*i),
                        Val::Real(f) => rusqlite::types::Value::Real(*f),
                        Val::Text(t) => {
                            rusqlite::types::Value::Text(String::from_utf8(t.to_vec()).map_err(|_| Outcome::Decline)?)
                        }
                        Val::Blob(b) => rusqlite::types::Value::Blob(b.to_vec()),
                    });
                    cells.push(format!("?{}", params.len()));
                }
                values.push(format!("({})", cells.join(", ")));
            }
            format!("SELECT {} FROM (VALUES {})", cols.join(", "), values.join(", "))
        };
        out.push_str(sql.get(at..start).ok_or(Outcome::Decline)?);
        out.push('(');
        out.push_str(&body);
        out.push(')');
        at = end;
    }
    out.push_str(sql.get(at..).ok_or(Outcome::Decline)?);
    Ok(Some(Rewritten { sql: out, params }))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn p(sql: &str) -> Option<Plan> {
        plan(sql, &mut |_, _| false)
    }

    #[test]
    fn recognises_the_plain_shapes() {
        let q = p("SELECT substr(date, 1, 7) AS month, category, sum(revenue) AS revenue, sum(units) AS units \
                   FROM sales GROUP BY 1, 2 ORDER BY 1, 2")
        .unwrap();
        assert_eq!(q.row_sql, "SELECT substr(date, 1, 7), category, revenue, units FROM sales");
        assert_eq!(q.keys, 2);
        let q = p("select strftime('%Y-%m', date) month, count(*) n from t where x > 1 group by month order by n desc limit 5")
            .unwrap();
        assert_eq!(q.row_sql, "SELECT strftime('%Y-%m', date) FROM t WHERE x > 1");
        assert_eq!(q.limit, Some(5));
        assert!(q.order[0].desc);
        assert!(p("WITH a AS (SELECT 1 AS k) SELECT k, sum(k) FROM a GROUP BY k").is_some());
    }

    #[test]
    fn declines_what_it_does_not_reproduce() {
        for q in [
            "SELECT a, sum(b) FROM t",
            "SELECT a, sum(b) FROM t GROUP BY a HAVING sum(b) > 1",
            "SELECT DISTINCT a, sum(b) FROM t GROUP BY a",
            "SELECT a, sum(DISTINCT b) FROM t GROUP BY a",
            "SELECT a, sum(b) FILTER (WHERE b > 0) FROM t GROUP BY a",
            "SELECT a, round(sum(b), 2) FROM t GROUP BY a",
            "SELECT a, b, sum(c) FROM t GROUP BY a",
            "SELECT a, sum(b) OVER () FROM t GROUP BY a",
            "SELECT a COLLATE NOCASE, sum(b) FROM t GROUP BY 1",
            "SELECT a, sum(b) FROM t GROUP BY a UNION SELECT 1, 2",
            "SELECT a, sum(b) FROM t GROUP BY a ORDER BY sum(c)",
            "SELECT a, sum(b) FROM t GROUP BY a LIMIT ?",
            "SELECT a, group_concat(b) FROM t GROUP BY a",
            "SELECT a, (SELECT 1), sum(b) FROM t GROUP BY a",
            "SELECT *, sum(b) FROM t GROUP BY a",
            "SELECT a, sum(b) FROM t GROUP BY a; SELECT 1",
        ] {
            assert!(p(q).is_none(), "{q}");
        }
    }

    #[test]
    fn sums_like_sqlite() {
        let mut a = Acc::new(AggFn::Sum);
        assert!(a.step(AggFn::Sum, ValueRef::Integer(i64::MAX)));
        assert!(a.step(AggFn::Sum, ValueRef::Integer(1)));
        assert!(a.finish(AggFn::Sum).is_none(), "overflow is SQLite's to report");
        let mut a = Acc::new(AggFn::Avg);
        a.step(AggFn::Avg, ValueRef::Integer(1));
        a.step(AggFn::Avg, ValueRef::Integer(2));
        assert_eq!(a.finish(AggFn::Avg), Some(Val::Real(1.5)));
        assert_eq!(Acc::new(AggFn::Total).finish(AggFn::Total), Some(Val::Real(0.0)));
        assert_eq!(Acc::new(AggFn::Sum).finish(AggFn::Sum), Some(Val::Null));
    }
}
