//! Reading a question against a desk: which measure (by name, plural, synonym or small typo), which
//! aggregate, which dimensions to group by (also through joins), which filters (dimension values named
//! in the question), which period and time grain, and which operation. The result is an [`Intent`] or a
//! [`Decline`] that says what was understood and what was not. Follow-ups ("now only for the West
//! region", "same by product") refine the previous question's pieces. Pure text work plus the schema;
//! no SQL runs here (`answer` does that).

use super::schema::{singular, Desk, Dimension};
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agg {
    Sum,
    Avg,
    Min,
    Max,
    Count,
}

impl Agg {
    pub fn word(self) -> &'static str {
        match self {
            Agg::Sum => "total",
            Agg::Avg => "average",
            Agg::Min => "lowest",
            Agg::Max => "highest",
            Agg::Count => "number of",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grain {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

impl Grain {
    pub fn word(self) -> &'static str {
        match self {
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Quarter => "quarter",
            Grain::Year => "year",
        }
    }
    /// "daily", "monthly", ...
    pub fn adjective(self) -> &'static str {
        match self {
            Grain::Day => "daily",
            Grain::Week => "weekly",
            Grain::Month => "monthly",
            Grain::Quarter => "quarterly",
            Grain::Year => "yearly",
        }
    }
}

/// A half-open date range [start, end) as ISO dates, with how to say it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub start: String,
    pub end: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// One aggregate figure.
    Summary,
    /// The aggregate per dimension value(s), with a grand total.
    Breakdown,
    /// Top or bottom N groups (`desc` = highest first); n None = "which X".
    Rank {
        n: Option<usize>,
        desc: bool,
    },
    /// Period A against period B.
    Compare(Period, Period),
    /// Change per group between the first and last period (or two named periods).
    GroupGrowth,
    /// Share of the total that the filter (or each group) holds.
    Share,
    /// The best (or worst) period at a grain.
    BestPeriod {
        desc: bool,
    },
    Trend,
    /// The average of the per-period totals ("average monthly revenue", "average orders per day").
    PeriodAverage,
    /// The average of the per-group totals ("average revenue per customer").
    GroupAverage,
    /// One measure's total divided by another's ("revenue per unit").
    PerUnit,
    Distribution,
    Relationship,
    Quality,
    Describe,
}

#[derive(Debug, Clone)]
pub enum Measure {
    Column(String),
    /// COUNT(*): "how many orders", "number of days".
    Rows(String),
    /// COUNT(DISTINCT dim): "how many customers" on the fact table.
    Distinct(Dimension),
}

/// The time column of the fact table.
#[derive(Debug, Clone)]
pub struct TimeColumn {
    pub name: String,
    /// An integer year column rather than a date.
    pub year_number: bool,
    pub min: String,
    pub max: String,
}

#[derive(Debug, Clone)]
pub struct Intent {
    pub fact: String,
    /// Rows of the fact table (big tables get single-pass queries).
    pub fact_rows: u64,
    pub measure: Measure,
    pub agg: Agg,
    pub measure2: Option<String>,
    pub dims: Vec<Dimension>,
    pub filters: Vec<(Dimension, String)>,
    /// Values left out ("excluding the West region", "except Software").
    pub excluded: Vec<(Dimension, String)>,
    /// Conditions on the fact table's numbers, as SQL over `f` ("f.\"revenue\" > 1000") and as words.
    pub conds: Vec<(String, String)>,
    /// The direction of change the question asks about: up ("grew most"), down ("biggest drop"), or either.
    pub direction: Option<bool>,
    /// The word the question counted the fact table's rows with ("days"), if any.
    pub row_noun: Option<String>,
    pub time: Option<TimeColumn>,
    pub period: Option<Period>,
    pub grain: Option<Grain>,
    pub op: Op,
    pub assumptions: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Decline {
    pub understood: Vec<String>,
    pub missing: String,
    pub suggestion: String,
}

pub enum Understanding {
    Answer(Box<Intent>),
    Decline(Decline),
}

fn month_of(w: &str) -> Option<u32> {
    if w.len() < 3 {
        return None;
    }
    if w == "may" {
        return Some(5);
    }
    crate::calendar::MONTH_NAMES
        .iter()
        .map(|m| m.to_ascii_lowercase())
        .position(|m| {
            m == w || (w.len() >= 3 && w.len() <= 4 && m.starts_with(w) && w != "mar" || w == "mar" && m == "march")
        })
        .map(|i| i as u32 + 1)
}

const STOP: &[&str] = &[
    "yoy",
    "declined",
    "dropped",
    "fell",
    "decreased",
    "popular",
    "best-selling",
    "bestselling",
    "top-selling",
    "going",
    "distinct",
    "unique",
    "different",
    "ordered",
    "bought",
    "placed",
    "recorded",
    "the",
    "a",
    "an",
    "of",
    "in",
    "on",
    "for",
    "by",
    "per",
    "to",
    "and",
    "or",
    "is",
    "was",
    "were",
    "are",
    "what",
    "which",
    "who",
    "how",
    "many",
    "much",
    "did",
    "do",
    "does",
    "had",
    "has",
    "have",
    "with",
    "from",
    "between",
    "each",
    "every",
    "me",
    "show",
    "give",
    "tell",
    "list",
    "total",
    "sum",
    "average",
    "avg",
    "mean",
    "number",
    "count",
    "top",
    "bottom",
    "highest",
    "lowest",
    "most",
    "least",
    "best",
    "worst",
    "it",
    "its",
    "this",
    "that",
    "data",
    "all",
    "over",
    "time",
    "than",
    "vs",
    "versus",
    "compare",
    "compared",
    "now",
    "only",
    "same",
    "but",
    "just",
    "what's",
    "whats",
    "please",
    "chart",
    "plot",
    "trend",
    "monthly",
    "weekly",
    "yearly",
    "daily",
    "quarterly",
    "annual",
    "month",
    "week",
    "year",
    "quarter",
    "day",
    "months",
    "weeks",
    "years",
    "quarters",
    "days",
    "last",
    "first",
    "half",
    "h1",
    "h2",
    "q1",
    "q2",
    "q3",
    "q4",
    "at",
    "be",
    "there",
    "our",
    "we",
    "i",
    "can",
    "you",
    "about",
    "overall",
    "grand",
    "breakdown",
    "break",
    "down",
    "split",
    "across",
    "growth",
    "grew",
    "grow",
    "change",
    "changed",
    "fastest",
    "slowest",
    "percentage",
    "percent",
    "share",
    "came",
    "come",
    "proportion",
    "distribution",
    "histogram",
    "relationship",
    "between",
    "correlation",
    "correlate",
    "related",
    "duplicates",
    "duplicate",
    "missing",
    "values",
    "outliers",
    "quality",
    "describe",
    "summarize",
    "summarise",
    "summary",
    "overview",
    "profile",
    "rows",
    "records",
    "biggest",
    "largest",
    "smallest",
    "up",
    "go",
    "went",
    "second",
    "previous",
    "compare",
    "against",
    "rate",
    "make",
    "made",
    "generated",
    "brought",
    "get",
    "got",
    "bring",
    "they",
    "them",
    "their",
    "then",
    "so",
    "far",
    "ever",
    "any",
    "as",
    "well",
    "also",
    "out",
    "into",
    "value",
    "where",
    "when",
    "whole",
    "full",
    "entire",
    "table",
    "dataset",
    "minimum",
    "maximum",
    "min",
    "max",
    "highest",
    "peak",
    "typical",
    "sold",
    "spend",
    "spent",
    "see",
    "look",
    "like",
    "write",
    "report",
    "up",
    "draw",
    "percent",
    "%",
    "s",
    "than",
    "more",
    "less",
];

fn is_stop(w: &str) -> bool {
    STOP.contains(&w) || w.chars().all(|c| c.is_ascii_digit())
}

/// Synonym groups: any word in a group names a column named by another word in it.
const SYNONYMS: &[&[&str]] = &[
    &["revenue", "sales", "amount", "turnover", "takings", "revenues", "order value"],
    &["units", "qty", "quantity", "volume", "pieces"],
    &["unit_price", "price", "prices"],
    &["precipitation", "rainfall", "precip", "wettest", "rainiest", "driest"],
    &[
        "temp_max",
        "temperature",
        "max temperature",
        "high temperature",
        "maximum temperature",
        "temp",
        "hottest",
        "warmest",
    ],
    &["temp_min", "low temperature", "min temperature", "minimum temperature", "coldest"],
    &["wind", "wind speed", "windiest"],
    &["net_generation", "generation", "electricity", "output"],
    &["deaths", "death toll", "fatalities", "killed"],
    &["count", "flights", "flight"],
    &["health", "life expectancy"],
    &["income", "gdp"],
    &["population", "people", "inhabitants"],
    &["nonfarm", "employment", "jobs", "nonfarm employment"],
];

const DIM_SYNONYMS: &[(&str, &str)] = &[
    ("client", "customer"),
    ("clients", "customer"),
    ("item", "product"),
    ("items", "product"),
    ("shop", "store"),
    ("shops", "store"),
    ("type", "category"),
    ("kind", "weather"),
    ("disaster", "entity"),
    ("disasters", "entity"),
    ("airport", "origin"),
    ("airports", "origin"),
];

/// Edits between two words, a swap of two neighbouring letters counting as one ("regoin" -> "region").
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut before: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(before[j - 2] + 1);
            }
        }
        before = std::mem::replace(&mut prev, cur);
    }
    prev[b.len()]
}

/// A question word against a name word: equal, plural, or a small typo.
fn word_matches(q: &str, name: &str) -> bool {
    if q == name || singular(q) == singular(name) {
        return true;
    }
    if STOP.contains(&q) {
        return false;
    }
    let n = name.chars().count();
    (n >= 5 && q.len() >= 4 && edit_distance(q, name) <= 1) || (n >= 9 && edit_distance(q, name) <= 2)
}

/// The question as lower-case words, with the original spelling kept for capitalised names.
struct Words {
    w: Vec<String>,
    claimed: Vec<bool>,
}

impl Words {
    fn new(text: &str) -> Words {
        let mut w = Vec::new();
        let mut cur = String::new();
        for ch in text.chars() {
            if ch.is_alphanumeric()
                || ch == '\''
                || ch == '-' && !cur.is_empty() && !cur.chars().all(|c| c.is_ascii_digit())
            {
                cur.extend(ch.to_lowercase());
            } else {
                if !cur.is_empty() {
                    w.push(std::mem::take(&mut cur).trim_end_matches('-').to_string());
                }
                if ch == '%' {
                    w.push("%".into());
                }
            }
        }
        if !cur.is_empty() {
            w.push(cur);
        }
        let n = w.len();
        Words { w, claimed: vec![false; n] }
    }
    fn has(&self, word: &str) -> bool {
        self.w.iter().any(|w| w == word)
    }
    fn has_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.has(w))
    }
    fn starts(&self, prefix: &str) -> bool {
        self.w.iter().any(|w| w.starts_with(prefix))
    }
    fn phrase(&self, p: &str) -> Option<usize> {
        self.find_phrase(p, false)
    }
    /// Where the words of `p` stand in a row, none of them claimed yet.
    fn free_phrase(&self, p: &str) -> Option<usize> {
        self.find_phrase(p, true)
    }
    fn find_phrase(&self, p: &str, free: bool) -> Option<usize> {
        let parts: Vec<&str> = p.split(' ').collect();
        (0..self.w.len()).find(|&i| {
            i + parts.len() <= self.w.len()
                && parts.iter().enumerate().all(|(k, x)| self.w[i + k] == *x && !(free && self.claimed[i + k]))
        })
    }
    /// Any of `list` among the words not claimed yet.
    fn has_free(&self, list: &[&str]) -> bool {
        self.w.iter().zip(&self.claimed).any(|(x, c)| !c && list.contains(&x.as_str()))
    }
    /// Find a multi-word name (words compared with `word_matches`), unclaimed; returns (start, len).
    fn find_name(&self, name: &str) -> Option<(usize, usize)> {
        let parts: Vec<&str> = name.split([' ', '_']).filter(|p| !p.is_empty()).collect();
        if parts.is_empty() {
            return None;
        }
        (0..self.w.len()).find_map(|i| {
            let ok = i + parts.len() <= self.w.len()
                && parts.iter().enumerate().all(|(k, p)| !self.claimed[i + k] && word_matches(&self.w[i + k], p));
            ok.then_some((i, parts.len()))
        })
    }
    fn claim(&mut self, at: usize, len: usize) {
        for c in self.claimed.iter_mut().skip(at).take(len) {
            *c = true;
        }
    }
}

/// The pieces a question names, before they are completed into an intent (follow-ups merge these).
#[derive(Debug, Clone, Default)]
struct Pieces {
    measures: Vec<(String, String)>, // (table, column)
    count_of: Option<String>,
    agg: Option<Agg>,
    dims: Vec<Dimension>,
    filters: Vec<(Dimension, String)>,
    excluded: Vec<(Dimension, String)>,
    /// The word the question counted rows with ("days", "transactions"), for the answer's wording.
    row_noun: Option<String>,
    /// Conditions on numbers: (table, column, SQL operator, value, as said).
    conds: Vec<(String, String, &'static str, f64, String)>,
    periods: Vec<Period>,
    range: bool,
    grain: Option<Grain>,
    op: Option<Op>,
    n: Option<usize>,
    desc: Option<bool>,
    unknown: Vec<String>,
    assumptions: Vec<String>,
    out_of_scope: Option<String>,
    /// A table the question names.
    named_table: Option<String>,
    /// "most popular", "best-selling": ranked by quantity when the table has one.
    popular: bool,
}

fn iso(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}-01")
}

fn next_month(y: i32, m: u32) -> (i32, u32) {
    if m == 12 {
        (y + 1, 1)
    } else {
        (y, m + 1)
    }
}

fn month_name(m: u32) -> String {
    crate::calendar::MONTH_NAMES[(m as usize).saturating_sub(1) % 12].to_string()
}

fn months_period(y: i32, m0: u32, y1: i32, m1: u32, label: String) -> Period {
    let (ey, em) = next_month(y1, m1);
    Period { start: iso(y, m0), end: iso(ey, em), label }
}

fn year_of(w: &str) -> Option<i32> {
    (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1800..=2100).contains(y))
}

/// Time words: periods (claimed) and grain.
fn read_time(words: &mut Words, p: &mut Pieces, time: Option<&TimeColumn>) {
    let max_year: i32 = time.and_then(|t| t.max.get(0..4)).and_then(|s| s.parse().ok()).unwrap_or(2000);
    let max_month: u32 = time.and_then(|t| t.max.get(5..7)).and_then(|s| s.parse().ok()).unwrap_or(12);
    // A quarter or half without a year is the latest one the data has reached.
    let latest_with = |first_month: u32| if first_month > max_month { max_year - 1 } else { max_year };
    let n = words.w.len();
    let mut i = 0;
    let mut pending_months: Vec<(usize, u32)> = Vec::new(); // month mentions without year: (index in periods, month)
    while i < n {
        let w = words.w[i].clone();
        let next = words.w.get(i + 1).cloned().unwrap_or_default();
        let next_year = year_of(&next);
        // "this year", "last year", "this month", "last month": relative to the data's latest date.
        if (w == "this" || w == "last") && matches!(next.as_str(), "year" | "month" | "quarter") && time.is_some() {
            let back = i32::from(w == "last");
            let label;
            if next == "year" {
                let y = max_year - back;
                label = format!("{y}");
                p.periods.push(Period { start: iso(y, 1), end: iso(y + 1, 1), label: label.clone() });
            } else if next == "quarter" {
                // The quarter of the latest date, or the one before it.
                let qi = max_year * 4 + (max_month as i32 - 1) / 3 - back;
                let (y, qn) = (qi.div_euclid(4), qi.rem_euclid(4) as u32 + 1);
                label = format!("Q{qn} {y}");
                p.periods.push(months_period(y, (qn - 1) * 3 + 1, y, qn * 3, label.clone()));
            } else {
                let mi = max_year * 12 + max_month as i32 - 1 - back;
                let (y, m) = (mi.div_euclid(12), mi.rem_euclid(12) as u32 + 1);
                label = format!("{} {y}", month_name(m));
                p.periods.push(months_period(y, m, y, m, label.clone()));
            }
            p.assumptions.push(format!("\"{w} {next}\" is read against the latest date in the data: {label}"));
            words.claim(i, 2);
            i += 2;
            continue;
        }
        // "last N months"
        if w == "last" || w == "past" {
            let count: Option<i32> = next.parse().ok().or(match next.as_str() {
                "two" => Some(2),
                "three" => Some(3),
                "four" => Some(4),
                "six" => Some(6),
                "twelve" => Some(12),
                _ => None,
            });
            let unit = words.w.get(i + 2).cloned().unwrap_or_default();
            if let (Some(k), true) = (count, unit.starts_with("month")) {
                if let Some(t) = time.filter(|t| !t.year_number) {
                    let _ = t;
                    let total = max_year * 12 + max_month as i32 - 1 - (k - 1);
                    let (sy, sm) = (total / 12, (total % 12) as u32 + 1);
                    p.periods.push(months_period(
                        sy,
                        sm,
                        max_year,
                        max_month,
                        format!("the last {k} months ({} {sy} – {} {max_year})", month_name(sm), month_name(max_month)),
                    ));
                    p.assumptions.push(format!(
                        "\"last {k} months\" counts back from the latest month in the data, {} {max_year}",
                        month_name(max_month)
                    ));
                    words.claim(i, 3);
                    i += 3;
                    continue;
                }
            }
            if let (Some(k), true) = (count, unit.starts_with("year")) {
                let sy = max_year - k + 1;
                p.periods.push(Period {
                    start: iso(sy, 1),
                    end: iso(max_year + 1, 1),
                    label: format!("the last {k} years ({sy}–{max_year})"),
                });
                words.claim(i, 3);
                i += 3;
                continue;
            }
        }
        // Q1 2026 / Q1
        if w.len() == 2 && w.starts_with('q') && matches!(w.as_bytes()[1], b'1'..=b'4') {
            let q = (w.as_bytes()[1] - b'0') as u32;
            let y = next_year.unwrap_or(latest_with((q - 1) * 3 + 1));
            if next_year.is_none() {
                p.assumptions.push(format!("Q{q} means Q{q} {y}, the latest one in the data"));
            }
            let m0 = (q - 1) * 3 + 1;
            p.periods.push(months_period(y, m0, y, m0 + 2, format!("Q{q} {y}")));
            words.claim(i, if next_year.is_some() { 2 } else { 1 });
            i += if next_year.is_some() { 2 } else { 1 };
            continue;
        }
        // A part of a year: "the first quarter of 2026", "third quarter", H1, "the second half of 2025".
        // (k-th part, months in a part, words used)
        let nth = match w.as_str() {
            "first" | "1st" => Some(1),
            "second" | "2nd" => Some(2),
            "third" | "3rd" => Some(3),
            "fourth" | "4th" => Some(4),
            _ => None,
        };
        let part = match (w.as_str(), next.as_str(), nth) {
            ("h1", ..) => Some((1, 6, 1)),
            ("h2", ..) => Some((2, 6, 1)),
            (_, "half", Some(k)) if k <= 2 => Some((k, 6, 2)),
            (_, "quarter", Some(k)) => Some((k, 3, 2)),
            _ => None,
        };
        if let Some((k, months, used)) = part {
            let mut j = i + used;
            if words.w.get(j).map(|s| s == "of") == Some(true) {
                j += 1;
            }
            let m0 = (k - 1) * months + 1;
            let y = words.w.get(j).and_then(|s| year_of(s));
            let yy = y.unwrap_or(latest_with(m0));
            let label = if months == 3 { format!("Q{k} {yy}") } else { format!("H{k} {yy}") };
            if y.is_none() {
                let (ord, what) = match (w.as_str(), months) {
                    ("h1" | "h2", _) => (if k == 1 { "first" } else { "second" }, "half"),
                    (_, 3) => (w.as_str(), "quarter"),
                    _ => (w.as_str(), "half"),
                };
                p.assumptions.push(format!("the {ord} {what} means {label}, the latest one in the data"));
            }
            p.periods.push(months_period(yy, m0, yy, m0 + months - 1, label));
            let end = if y.is_some() { j + 1 } else { i + used };
            words.claim(i, end - i);
            i = end;
            continue;
        }
        // Month [year]
        if let Some(m) = month_of(&w) {
            // "may" as a verb is rare in data questions; accept.
            if let Some(y) = next_year {
                p.periods.push(months_period(y, m, y, m, format!("{} {y}", month_name(m))));
                words.claim(i, 2);
                i += 2;
            } else {
                pending_months.push((p.periods.len(), m));
                p.periods.push(months_period(max_year, m, max_year, m, month_name(m)));
                words.claim(i, 1);
                i += 1;
            }
            continue;
        }
        if let Some(y) = year_of(&w) {
            if !words.claimed[i] {
                p.periods.push(Period { start: iso(y, 1), end: iso(y + 1, 1), label: format!("{y}") });
                words.claim(i, 1);
            }
            i += 1;
            continue;
        }
        i += 1;
    }
    // Months without a year take the year of a neighbouring mention, else the latest year holding them.
    let year_hint = p
        .periods
        .iter()
        .find(|x| x.label.len() > 4 && x.label.chars().rev().take(4).all(|c| c.is_ascii_digit()))
        .and_then(|x| x.start.get(0..4).and_then(|s| s.parse::<i32>().ok()));
    let plain_year = p.periods.iter().find(|x| x.label.len() == 4).and_then(|x| x.label.parse::<i32>().ok());
    for (idx, m) in pending_months {
        let y = year_hint.or(plain_year).unwrap_or(if m <= max_month { max_year } else { max_year - 1 });
        if year_hint.is_none() && plain_year.is_none() {
            p.assumptions.push(format!("{} means {} {y}, the latest one in the data", month_name(m), month_name(m)));
        }
        p.periods[idx] = months_period(y, m, y, m, format!("{} {y}", month_name(m)));
    }
    // A plain year given next to months ("between January and June 2026") is their year, not a period.
    if plain_year.is_some()
        && p.periods.iter().filter(|x| x.label.len() != 4).count() >= 1
        && p.periods.iter().filter(|x| x.label.len() == 4).count() == 1
        && !words.has("vs")
    {
        let pending_had_year = p.periods.iter().any(|x| x.label.len() > 4);
        if pending_had_year {
            p.periods.retain(|x| x.label.len() != 4);
        }
    }
    p.range = (words.has("between")
        || (words.has("from") && (words.has("to") || words.has("through") || words.has("until"))))
        && p.periods.len() == 2
        && !words.has_any(&[
            "vs",
            "versus",
            "compare",
            "compared",
            "growth",
            "grew",
            "grow",
            "grown",
            "rise",
            "rose",
            "risen",
            "fall",
            "fell",
            "fallen",
            "drop",
            "dropped",
            "change",
            "changed",
            "increase",
            "increased",
            "decrease",
            "decreased",
            "decline",
            "declined",
            "difference",
        ]);
    if p.range {
        let a = p.periods[0].clone();
        let b = p.periods[1].clone();
        let (first, last) = if a.start <= b.start { (a, b) } else { (b, a) };
        p.periods =
            vec![Period { start: first.start, end: last.end, label: format!("{} – {}", first.label, last.label) }];
    }
    // "since 2000", "after 2010", "before 1990", "until June 2026": open-ended periods.
    if !p.range {
        for k in 0..words.w.len() {
            let q = words.w[k].as_str();
            if !matches!(q, "since" | "after" | "before" | "until" | "till" | "through" | "from") {
                continue;
            }
            if q == "from" && words.has_any(&["to", "through", "until", "till"]) {
                continue;
            }
            let one = words.w.get(k + 1).cloned().unwrap_or_default();
            let two = format!("{one} {}", words.w.get(k + 2).cloned().unwrap_or_default());
            let Some(at) = p.periods.iter().position(|x| {
                let l = x.label.to_lowercase();
                l == one || l == two
            }) else {
                continue;
            };
            let base = p.periods[at].clone();
            let label = |w: &str| format!("{w} {}", base.label);
            p.periods[at] = match q {
                "since" | "from" => {
                    Period { start: base.start.clone(), end: "9999-01-01".into(), label: label("since") }
                }
                "after" => Period { start: base.end.clone(), end: "9999-01-01".into(), label: label("after") },
                "before" => Period { start: "0001-01-01".into(), end: base.start.clone(), label: label("before") },
                _ => Period { start: "0001-01-01".into(), end: base.end.clone(), label: label("until") },
            };
            words.claim(k, 1);
        }
    }
    // Grain: "per year", "by month", "each week" name it outright ("days with snow per year" is yearly).
    // Words a period already used ("the last 6 months") do not name the grain.
    let g = |ws: &[&str]| words.has_free(ws);
    let named_grain = words.w.windows(2).find_map(|pair| {
        if !matches!(pair[0].as_str(), "per" | "by" | "each" | "every") {
            return None;
        }
        match pair[1].as_str() {
            "day" | "date" => Some(Grain::Day),
            "week" => Some(Grain::Week),
            "month" => Some(Grain::Month),
            "quarter" => Some(Grain::Quarter),
            "year" => Some(Grain::Year),
            _ => None,
        }
    });
    p.grain = if named_grain.is_some() {
        named_grain
    } else if g(&["daily", "day", "days", "date"]) && (g(&["per", "by", "each", "every", "daily", "which", "what"])) {
        Some(Grain::Day)
    } else if g(&["weekly", "week", "weeks"]) {
        Some(Grain::Week)
    } else if g(&["monthly", "month", "months"]) {
        Some(Grain::Month)
    } else if g(&["quarterly", "quarter", "quarters"]) {
        Some(Grain::Quarter)
    } else if g(&["yearly", "annual", "annually", "year", "years", "yoy"]) {
        Some(Grain::Year)
    } else {
        None
    };
}

fn table_words(t: &str) -> Vec<String> {
    let l = t.to_lowercase();
    vec![l.clone(), singular(&l)]
}

/// Comparisons a question can put on a number, and their SQL operators.
const COMPARATORS: &[(&str, &str)] = &[
    ("more than", ">"),
    ("greater than", ">"),
    ("higher than", ">"),
    ("above", ">"),
    ("over", ">"),
    ("exceeding", ">"),
    ("at least", ">="),
    ("less than", "<"),
    ("fewer than", "<"),
    ("lower than", "<"),
    ("below", "<"),
    ("under", "<"),
    ("at most", "<="),
];

/// The number written right after byte `pos` of `text` ("1,000", "$2.5", "10%"): its value, whether it
/// was a percentage, and how many question words it spans.
fn number_at(text: &str, pos: usize) -> Option<(f64, bool, usize)> {
    let rest = text.get(pos..)?.trim_start().trim_start_matches(['$', '€', '£']);
    let raw: String = rest.chars().take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.').collect();
    let raw = raw.trim_end_matches([',', '.']);
    if !raw.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let pct = rest[raw.len()..].trim_start().starts_with('%');
    let v: f64 = raw.replace(',', "").parse().ok()?;
    let shown = if pct { format!("{raw}%") } else { raw.to_string() };
    Some((v, pct, Words::new(&shown).w.len()))
}

/// "orders with revenue above 1000", "days with more than 10 mm of precipitation": a comparison, a number
/// and the measure next to them become a condition on rows; the measure mention is used up by it.
fn read_conditions(
    text: &str,
    words: &mut Words,
    p: &mut Pieces,
    candidates: &[(usize, usize, String, String, bool)],
    chosen: &mut Vec<(usize, String, String)>,
    desk: &Desk,
) {
    let lower = text.to_lowercase();
    for (phrase, op) in COMPARATORS {
        let parts: Vec<&str> = phrase.split(' ').collect();
        let Some(ci) = words.free_phrase(phrase) else { continue };
        // The same phrase in the text, as a whole word, for the number after it.
        let Some(pos) = lower.match_indices(phrase).map(|(i, _)| i).find(|&i| {
            let before = lower[..i].chars().last().is_none_or(|c| !c.is_alphanumeric());
            let after = lower[i + phrase.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            before && after
        }) else {
            continue;
        };
        let Some((value, pct, ntok)) = number_at(&lower, pos + phrase.len()) else { continue };
        let ni = ci + parts.len();
        // The measure: just before the comparison ("revenue above"), or just after the number and its
        // unit ("more than 10 mm of precipitation").
        let before = candidates.iter().find(|c| {
            c.0 + c.1 == ci
                || (c.0 + c.1 + 1 == ci && matches!(words.w[ci - 1].as_str(), "is" | "was" | "are" | "were"))
        });
        let after = candidates.iter().filter(|c| c.0 >= ni + ntok && c.0 <= ni + ntok + 3).min_by_key(|c| c.0);
        let Some((mat, mlen, table, col, _)) = before.or(after).cloned() else { continue };
        let span = if mat < ci { (mat, ni + ntok) } else { (ci, mat + mlen) };
        if words.claimed[span.0..span.1]
            .iter()
            .enumerate()
            .any(|(k, c)| *c && !(span.0 + k >= mat && span.0 + k < mat + mlen))
        {
            continue;
        }
        // "above 10%" on a column of fractions (0.097) means 0.10.
        let max = desk
            .table(&table)
            .and_then(|t| t.columns.iter().find(|c| c.name == col))
            .and_then(|c| c.max.as_ref())
            .and_then(|v| v.as_f64());
        let value = if pct && max.is_some_and(|m| m <= 1.0) { value / 100.0 } else { value };
        words.claim(span.0, span.1 - span.0);
        chosen.retain(|c| c.0 != mat);
        let said = format!(
            "{} {op} {}",
            col.replace('_', " "),
            crate::analyst::format::fmt_num(value, if value.fract() == 0.0 { 0 } else { 2 })
        );
        p.conds.push((table, col, op, value, said));
    }
    if !p.conds.is_empty()
        && p.out_of_scope.as_deref().is_some_and(|w| w.starts_with("conditions on numbers"))
        && !COMPARATORS.iter().any(|(phrase, _)| words.free_phrase(phrase).is_some())
    {
        p.out_of_scope = None;
    }
}

fn read_pieces(
    text: &str,
    desk: &Desk,
    dims_of: &dyn Fn(&str) -> Vec<Dimension>,
    time_of: &dyn Fn(&str) -> Option<TimeColumn>,
) -> (Pieces, String) {
    let mut words = Words::new(text);
    let mut p = Pieces::default();
    // Out of scope: explanations, forecasts, advice.
    for (w, why) in [
        ("why", "explaining why something happened"),
        ("predict", "predicting the future"),
        ("forecast", "forecasting"),
        ("will", "predicting the future"),
        ("should", "giving advice"),
        ("recommend", "giving advice"),
        ("cause", "finding causes"),
        ("caused", "finding causes"),
        ("if", "what-if scenarios"),
        ("next", "predicting the future"),
        ("tomorrow", "predicting the future"),
        ("improve", "giving advice"),
        ("joke", "chatting"),
        ("poem", "creative writing"),
        ("above", "conditions on numbers (above, below, more than ...)"),
        ("below", "conditions on numbers (above, below, more than ...)"),
        ("exceeding", "conditions on numbers (above, below, more than ...)"),
        ("weekday", "days of the week"),
        ("weekdays", "days of the week"),
        ("weekend", "days of the week"),
        ("weekends", "days of the week"),
        ("winter", "seasons"),
        ("summer", "seasons"),
        ("spring", "seasons"),
        ("autumn", "seasons"),
        ("story", "creative writing"),
        ("email", "writing messages"),
    ] {
        if words.has(w) && !why.is_empty() {
            p.out_of_scope = Some(why.to_string());
        }
    }
    for (ph, why) in [
        ("more than", "conditions on numbers (above, below, more than ...)"),
        ("less than", "conditions on numbers (above, below, more than ...)"),
        ("greater than", "conditions on numbers (above, below, more than ...)"),
        ("fewer than", "conditions on numbers (above, below, more than ...)"),
        ("at least", "conditions on numbers (above, below, more than ...)"),
        ("with no", "rows missing from another table (\"customers with no orders\")"),
        ("without any", "rows missing from another table (\"customers with no orders\")"),
        ("day of week", "days of the week"),
        ("day of the week", "days of the week"),
        ("month of the year", "seasonal patterns (months of the year across years)"),
        ("month of year", "seasonal patterns (months of the year across years)"),
    ] {
        if words.phrase(ph).is_some() {
            p.out_of_scope = Some(why.to_string());
        }
    }
    // Measures: every numeric non-key column of every table, by name, synonym, plural or typo.
    let mut fact_guess = desk.tables.iter().max_by_key(|t| t.rows).map(|t| t.name.clone()).unwrap_or_default();
    // A table named in the question ("how many orders") is the fact table.
    for t in &desk.tables {
        for tw in table_words(&t.name) {
            if words.w.iter().any(|w| *w == tw || singular(w) == tw)
                && desk.tables.len() > 1
                && words.has_any(&["how", "number", "count"])
            {
                fact_guess = t.name.clone();
            }
        }
    }
    let time = time_of(&fact_guess);
    read_time(&mut words, &mut p, time.as_ref());
    let mut candidates: Vec<(usize, usize, String, String, bool)> = Vec::new(); // (at, len, table, column, exact)
    for t in &desk.tables {
        for c in t.columns.iter().filter(|c| c.is_numeric() && !c.is_key() && !c.is_year_number()) {
            let cname = c.name.to_lowercase();
            let mut names = vec![(cname.replace('_', " "), true)];
            // "total cost" for `cost_total`, "repair cost" for `Cost Repair`, "max temp" for `temp_max`.
            let parts: Vec<&str> = cname.split(['_', ' ']).filter(|x| !x.is_empty()).collect();
            if parts.len() == 2 {
                names.push((format!("{} {}", parts[1], parts[0]), false));
            }
            for group in SYNONYMS {
                if group.contains(&cname.as_str()) {
                    for s in group.iter() {
                        // A synonym never names a column when the desk has a column of that exact name.
                        let taken = desk.tables.iter().any(|t| {
                            t.columns.iter().any(|c| c.name.to_lowercase() == *s && c.name.to_lowercase() != cname)
                        });
                        if !taken {
                            names.push((s.replace('_', " "), false));
                        }
                    }
                }
            }
            for (name, exact) in names {
                if let Some((at, len)) = words.find_name(&name) {
                    candidates.push((at, len, t.name.clone(), c.name.clone(), exact));
                }
            }
        }
    }
    // Longest and exact first; prefer the larger table on ties.
    candidates.sort_by(|a, b| {
        b.1.cmp(&a.1).then(b.4.cmp(&a.4)).then_with(|| {
            let ra = desk.table(&a.2).map(|t| t.rows).unwrap_or(0);
            let rb = desk.table(&b.2).map(|t| t.rows).unwrap_or(0);
            rb.cmp(&ra)
        })
    });
    let all_candidates = candidates.clone();
    let mut chosen: Vec<(usize, String, String)> = Vec::new();
    for (at, len, table, col, _) in candidates {
        if words.claimed[at..at + len].iter().any(|c| *c) {
            continue;
        }
        if p.measures.iter().any(|(_, c)| *c == col) {
            continue;
        }
        if words.w[at] == "temperature" && col == "temp_max" && !words.has_any(&["max", "maximum", "high"]) {
            p.assumptions.push("\"temperature\" is read as the daily maximum temperature (temp_max)".into());
        }
        words.claim(at, len);
        p.measures.push((table.clone(), col.clone()));
        chosen.push((at, table, col));
    }
    read_conditions(text, &mut words, &mut p, &all_candidates, &mut chosen, desk);
    // "max revenue by region", "minimum units by category": the aggregate of each group, not a ranking
    // ("which region had the maximum revenue" is a ranking).
    let asks_which = words.has_any(&["which", "who"]);
    for &(at, ..) in chosen.iter().filter(|_| !asks_which) {
        let mut k = at;
        while k > 0 && matches!(words.w[k - 1].as_str(), "the" | "of") {
            k -= 1;
        }
        if k == 0 || words.claimed[k - 1] {
            continue;
        }
        let agg = match words.w[k - 1].as_str() {
            "max" | "maximum" => Agg::Max,
            "min" | "minimum" => Agg::Min,
            _ => continue,
        };
        words.claim(k - 1, 1);
        p.agg = Some(agg);
    }
    chosen.sort_by_key(|c| c.0);
    p.measures = chosen.into_iter().map(|(_, t, c)| (t, c)).collect();
    let fact = p.measures.first().map(|(t, _)| t.clone()).unwrap_or(fact_guess);
    let dims = dims_of(&fact);
    // Filters: dimension values named in the question (longest first).
    let mut value_hits: Vec<(usize, usize, Dimension, String)> = Vec::new();
    for d in &dims {
        for v in &d.values {
            let norm = v.to_lowercase().replace(['_', '-'], " ");
            let norm = norm.trim();
            if norm.len() < 2 || is_stop(norm) {
                continue;
            }
            let parts: Vec<&str> = norm.split_whitespace().collect();
            // "rainy"/"sunny" days name the values rain and sun.
            let adjective_hit = if parts.len() == 1 && parts[0].len() >= 3 {
                words.w.iter().position(|w| {
                    *w == format!("{}y", parts[0]) || *w == format!("{}ny", parts[0]) || *w == format!("{}gy", parts[0])
                })
            } else {
                None
            };
            let plural_hit = if parts.len() == 1 {
                words.w.iter().position(|w| singular(w) == parts[0] || *w == format!("{}s", parts[0]))
            } else {
                None
            };
            if let Some(at) = words.phrase(&parts.join(" ")).or(plural_hit).or(adjective_hit) {
                value_hits.push((at, parts.len(), d.clone(), v.clone()));
            } else if parts.len() > 1 && parts[0].len() >= 4 {
                // "for Acme" names "Acme Corp" when no other value starts with that word.
                let unique =
                    d.values.iter().filter(|o| o.to_lowercase().split_whitespace().next() == Some(parts[0])).count()
                        == 1;
                if let (true, Some(at)) = (unique, words.phrase(parts[0])) {
                    value_hits.push((at, 1, d.clone(), v.clone()));
                }
            }
        }
    }
    value_hits.sort_by_key(|h| std::cmp::Reverse(h.1));
    for (at, len, d, v) in value_hits {
        if words.claimed[at..at + len].iter().any(|c| *c) {
            continue;
        }
        words.claim(at, len);
        // "West region": the dimension's own name next to its value belongs to the filter.
        let mut begins = at;
        for name in d.names() {
            if let Some((nat, nlen)) = words.find_name(&name) {
                if nat == at + len || nat + nlen == at {
                    words.claim(nat, nlen);
                    begins = begins.min(nat);
                }
            }
        }
        // "online stores", "enterprise customers": the value's own table named after it describes it.
        if let Some(next) = words.w.get(at + len).cloned() {
            if !words.claimed[at + len] && table_words(&d.table).iter().any(|n| word_matches(&next, n)) {
                words.claim(at + len, 1);
            }
        }
        // "excluding the West region", "except Software", "other than Online": the value is left out.
        let mut k = begins;
        while k > 0 && matches!(words.w[k - 1].as_str(), "the" | "a" | "an") {
            k -= 1;
        }
        let excluding = k > 0
            && matches!(words.w[k - 1].as_str(), "excluding" | "except" | "without" | "exclude" | "besides" | "not");
        let other_than = k > 1 && words.w[k - 2] == "other" && words.w[k - 1] == "than";
        if excluding || other_than {
            let from = if other_than { k - 2 } else { k - 1 };
            words.claim(from, k - from);
            p.excluded.push((d, v));
        } else {
            p.filters.push((d, v));
        }
    }
    // "how many X" / "number of X"
    let count_word = ["how", "number", "count"].iter().find_map(|w| words.w.iter().position(|x| x == w));
    if let Some(ci) = count_word {
        let target = words
            .w
            .iter()
            .enumerate()
            .skip(ci + 1)
            .find(|(i, w)| {
                // A table word stays countable even when a value claimed it ("how many enterprise customers").
                let table_word = desk.tables.iter().any(|t| table_words(&t.name).iter().any(|n| word_matches(w, n)));
                (!words.claimed[*i] || table_word)
                    && !matches!(w.as_str(), "many" | "of" | "the" | "distinct" | "unique" | "different")
            })
            .map(|(i, w)| (i, w.clone()));
        if let Some((ti, tw)) = target {
            let table_hit = desk.tables.iter().find(|t| table_words(&t.name).iter().any(|n| word_matches(&tw, n)));
            let dim_hit = dims.iter().find(|d| d.names().iter().any(|n| !n.contains(' ') && word_matches(&tw, n)));
            if let (Some(d), false) = (dim_hit, table_hit.is_some_and(|t| t.name == fact)) {
                p.count_of = Some(format!("distinct:{}.{}", d.table, d.column));
                words.claim(ti, 1);
            } else if let Some(t) = table_hit {
                p.count_of = Some(format!("rows:{}", t.name));
                words.claim(ti, 1);
            } else if matches!(tw.as_str(), "days" | "months" | "years" | "weeks") && p.measures.is_empty() {
                p.count_of = Some(format!("rows:{fact}"));
                p.row_noun = Some(tw.clone());
                words.claim(ti, 1);
                let other_grain = words.w.iter().enumerate().any(|(i, x)| {
                    i != ti
                        && matches!(
                            x.as_str(),
                            "daily"
                                | "weekly"
                                | "monthly"
                                | "yearly"
                                | "quarterly"
                                | "annual"
                                | "day"
                                | "week"
                                | "month"
                                | "year"
                                | "quarter"
                                | "days"
                                | "weeks"
                                | "months"
                                | "years"
                                | "quarters"
                        )
                });
                if !other_grain {
                    p.grain = None;
                }
            } else if matches!(
                tw.as_str(),
                "days"
                    | "rows"
                    | "records"
                    | "entries"
                    | "times"
                    | "lines"
                    | "observations"
                    | "months"
                    | "years"
                    | "transactions"
                    | "sales"
                    | "orders"
            ) {
                p.count_of = Some(format!("rows:{fact}"));
                p.row_noun = Some(tw.clone());
                words.claim(ti, 1);
            } else if p.measures.is_empty() && !is_stop(&tw) {
                p.unknown.push(tw);
            }
        }
    }
    // "the most orders", "the fewest transactions": a count of the rows a table holds, not its money.
    if p.count_of.is_none() && p.measures.is_empty() {
        let most = words.w.iter().position(|x| matches!(x.as_str(), "most" | "fewest" | "least"));
        if let Some(ti) = most.map(|mi| mi + 1).filter(|ti| *ti < words.w.len() && !words.claimed[*ti]) {
            let tw = words.w[ti].clone();
            let table_hit = desk.tables.iter().find(|t| table_words(&t.name).iter().any(|n| word_matches(&tw, n)));
            if let Some(t) = table_hit {
                p.count_of = Some(format!("rows:{}", t.name));
                words.claim(ti, 1);
            } else if matches!(tw.as_str(), "rows" | "records" | "entries" | "transactions" | "observations") {
                p.count_of = Some(format!("rows:{fact}"));
                p.row_noun = Some(tw.clone());
                words.claim(ti, 1);
            }
        }
    }
    // Dimensions named for grouping.
    // Longest names first, so "store format" is the stores' format, not the store and the format.
    let mut dim_hits: Vec<(usize, Dimension)> = Vec::new();
    let mut cands: Vec<(usize, usize, usize)> = Vec::new(); // (at, len, index in dims)
    for (di, d) in dims.iter().enumerate() {
        let mut names = d.names();
        for (syn, target) in DIM_SYNONYMS {
            if names.iter().any(|n| n == target) {
                names.push(syn.to_string());
            }
        }
        // The column qualified by its table: "store format", "customer region".
        let (owner, col) = (singular(&d.table.to_lowercase()), d.column.to_lowercase().replace('_', " "));
        if !col.starts_with(&owner) {
            names.push(format!("{owner} {col}"));
        }
        for name in names {
            if let Some((at, len)) = words.find_name(&name) {
                cands.push((at, len, di));
            }
        }
    }
    cands.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (at, len, di) in cands {
        let d = &dims[di];
        if words.claimed[at..at + len].iter().any(|c| *c)
            || dim_hits.iter().any(|(_, x)| x.table == d.table && x.column == d.column)
        {
            continue;
        }
        words.claim(at, len);
        dim_hits.push((at, d.clone()));
    }
    // "by airline" for "Aircraft Airline Operator", "by phase" for "Phase of flight": a distinctive word
    // of a longer column name, when no other column's name has it and nothing else took the word.
    let word_lists: Vec<Vec<String>> = dims
        .iter()
        .map(|d| d.column.to_lowercase().split(['_', ' ']).filter(|x| !x.is_empty()).map(str::to_string).collect())
        .collect();
    for (d, ws) in dims.iter().zip(&word_lists) {
        if ws.len() < 2 || dim_hits.iter().any(|(_, x)| x.table == d.table && x.column == d.column) {
            continue;
        }
        for w in ws {
            let shared = word_lists.iter().filter(|o| o.contains(w)).count() > 1;
            if w.len() < 4 || shared || is_stop(w) || matches!(w.as_str(), "name" | "date" | "type" | "time" | "code") {
                continue;
            }
            if let Some((at, len)) = words.find_name(w) {
                words.claim(at, len);
                dim_hits.push((at, d.clone()));
                break;
            }
        }
    }
    dim_hits.sort_by_key(|(at, _)| *at);
    if dim_hits.len() > 2 {
        let rest: Vec<String> = dim_hits[2..].iter().map(|(_, d)| d.column.replace('_', " ")).collect();
        p.assumptions.push(format!(
            "a breakdown takes two groupings at most, so this uses {} and {} (ask again for {})",
            dim_hits[0].1.column.replace('_', " "),
            dim_hits[1].1.column.replace('_', " "),
            rest.join(", ")
        ));
    }
    p.dims = dim_hits.into_iter().map(|(_, d)| d).take(2).collect();
    // Table names ("the orders", "customers table") are understood, not unknown.
    for t in &desk.tables {
        for tw in table_words(&t.name) {
            if let Some((at, len)) = words.find_name(&tw) {
                words.claim(at, len);
                p.named_table.get_or_insert_with(|| t.name.clone());
            }
        }
    }
    // Aggregate and operation words.
    let w = &words;
    if w.has_any(&["average", "avg", "mean", "typical"]) {
        p.agg = Some(Agg::Avg);
    } else if w.has_any(&["total", "sum"]) {
        p.agg = Some(Agg::Sum);
    }
    let top_n = w.w.iter().enumerate().find_map(|(i, x)| {
        (x == "top" || x == "bottom")
            .then(|| {
                w.w.get(i + 1)
                    .and_then(|n| {
                        n.parse::<usize>().ok().or(match n.as_str() {
                            "three" => Some(3),
                            "five" => Some(5),
                            "ten" => Some(10),
                            "two" => Some(2),
                            _ => None,
                        })
                    })
                    .map(|n| (x == "top", n))
            })
            .flatten()
    });
    let free = |list: &[&str]| w.has_free(list);
    let popular = w.has_any(&["popular", "best-selling", "bestselling", "top-selling"])
        || w.phrase("best selling").is_some()
        || w.phrase("top selling").is_some();
    p.popular = popular;
    let high = free(&["max", "maximum"])
        || popular
        || w.has_any(&[
            "highest", "most", "largest", "biggest", "best", "top", "peak", "wettest", "rainiest", "windiest",
            "hottest", "busiest",
        ]);
    let low = free(&["min", "minimum"])
        || w.has_any(&["lowest", "least", "smallest", "worst", "bottom", "fewest", "driest", "coldest", "quietest"]);
    p.desc = if low && !high {
        Some(false)
    } else if high {
        Some(true)
    } else {
        None
    };
    p.n = top_n.map(|(_, n)| n);
    let asks_which = w.has_any(&["which", "what"]) && (high || low);
    let time_grain_named = p.grain.is_some();
    // "average monthly revenue", "average number of orders per day": the mean of the per-period totals of
    // an amount (a level such as a temperature is simply averaged per period).
    let amount = p.measures.first().is_none_or(|(t, c)| {
        desk.table(t).and_then(|t| t.columns.iter().find(|x| &x.name == c)).is_some_and(|x| !x.is_level())
    }) && (!p.measures.is_empty() || p.count_of.is_some());
    // "monthly" or "per month" asks for the average period; "by month" asks for the series.
    let per_period = w.has_any(&["daily", "weekly", "monthly", "quarterly", "yearly", "annual"])
        || w.w.windows(2).any(|x| {
            matches!(x[0].as_str(), "per" | "a" | "each")
                && matches!(x[1].as_str(), "day" | "week" | "month" | "quarter" | "year")
        });
    let period_average = p.agg == Some(Agg::Avg)
        && p.grain.is_some()
        && per_period
        && p.dims.is_empty()
        && amount
        && p.periods.len() <= 1;
    // "units per order", "revenue per transaction": per row of the table, an average.
    if p.agg.is_none()
        && w.w.windows(2).any(|x| {
            x[0] == "per"
                && (table_words(&fact).iter().any(|n| word_matches(&x[1], n))
                    || matches!(x[1].as_str(), "row" | "record" | "transaction" | "entry"))
        })
    {
        p.agg = Some(Agg::Avg);
    }
    // "average revenue per customer": the mean of the per-customer totals (one grouping, named after "per").
    let per_group = p.dims.len() == 1
        && w.w
            .windows(2)
            .any(|x| x[0] == "per" && p.dims[0].names().iter().any(|n| !n.contains(' ') && word_matches(&x[1], n)));
    let group_average = p.agg == Some(Agg::Avg) && per_group && amount && p.grain.is_none();
    p.op = if period_average {
        Some(Op::PeriodAverage)
    } else if group_average {
        Some(Op::GroupAverage)
    } else if p.measures.len() == 2
        && p.dims.is_empty()
        && w.has("per")
        && !w.has_any(&["share", "percentage", "percent"])
    {
        // "revenue per unit": one total divided by the other.
        Some(Op::PerUnit)
    } else if w.has_any(&["describe", "summarize", "summarise", "overview", "profile", "columns", "fields"])
        || w.phrase("show me the data").is_some()
        || w.phrase("what is in").is_some()
        || w.phrase("what's in").is_some()
    {
        Some(Op::Describe)
    } else if w.starts("duplicat")
        || w.has_any(&["missing", "nulls", "outliers", "outlier", "quality", "blank", "empty"])
    {
        Some(Op::Quality)
    } else if w.starts("correlat") || w.starts("relat") || w.has("scatter") {
        Some(Op::Relationship)
    } else if w.has_any(&["distribution", "histogram", "distributed", "spread", "median"]) {
        Some(Op::Distribution)
    } else if (w.has_any(&[
        "grew",
        "growth",
        "grow",
        "increased",
        "rose",
        "change",
        "changed",
        "declined",
        "dropped",
        "fell",
        "decreased",
    ]) && w.has_any(&["fastest", "slowest", "most", "least", "which", "per", "each", "by"])
        && !p.dims.is_empty()
        && p.periods.len() != 2)
        || (!p.dims.is_empty() && w.has_any(&["fastest", "slowest"]))
    {
        Some(Op::GroupGrowth)
    } else if w.has_any(&["share", "percentage", "percent", "proportion", "%", "fraction"]) {
        Some(Op::Share)
    } else if p.dims.is_empty() && p.periods.len() < 2 && w.has_any(&["growth", "grow", "grew", "grown", "growing"]) {
        // "revenue growth rate": how the figure moved over time.
        Some(Op::Trend)
    } else if p.periods.len() == 2 && !p.range {
        {
            // From the earlier period to the later one, whichever the question names first.
            let (a, b) = (p.periods[0].clone(), p.periods[1].clone());
            Some(if a.start <= b.start { Op::Compare(a, b) } else { Op::Compare(b, a) })
        }
    } else if (high || low) && p.dims.is_empty() && time_grain_named && top_n.is_none() && p.periods.len() <= 1 {
        Some(Op::BestPeriod { desc: p.desc.unwrap_or(true) })
    } else if top_n.is_some()
        || (asks_which && !p.dims.is_empty())
        || ((high || low) && !p.dims.is_empty() && p.count_of.is_none())
    {
        Some(Op::Rank { n: p.n, desc: p.desc.unwrap_or(true) })
    } else if w.has_any(&[
        "trend",
        "trends",
        "trending",
        "monthly",
        "weekly",
        "yearly",
        "yoy",
        "quarterly",
        "daily",
        "annual",
        "evolve",
        "evolved",
        "increasing",
        "decreasing",
        "rising",
        "falling",
        "growing",
        "declining",
    ]) || free(&["over"])
        || w.phrase("going up").is_some()
        || w.phrase("going down").is_some()
        || (time_grain_named && w.has_any(&["per", "by", "each", "every"]) && p.periods.len() <= 1)
        || w.phrase("over time").is_some()
    {
        Some(Op::Trend)
    } else if !p.dims.is_empty() {
        Some(Op::Breakdown)
    } else {
        None
    };
    if p.op.is_none() && (high || low) && p.count_of.is_none() && p.agg.is_none() {
        p.agg = Some(if p.desc == Some(false) { Agg::Min } else { Agg::Max });
    }
    // Words left over that look like names we could not place.
    for (i, x) in words.w.iter().enumerate() {
        // A number nothing used ("March 15", "2026-03-15", "the 3 biggest") would change the question:
        // it is unknown, except the N of "top N", "bottom N", "last N".
        let prev = if i > 0 { words.w[i - 1].as_str() } else { "" };
        if !words.claimed[i]
            && x.chars().all(|c| c.is_ascii_digit())
            && !matches!(prev, "top" | "bottom" | "last" | "past")
        {
            if !p.unknown.contains(x) {
                p.unknown.push(x.clone());
            }
            continue;
        }
        if words.claimed[i] || is_stop(x) || x.len() < 3 {
            continue;
        }
        let prev = if i > 0 { words.w[i - 1].as_str() } else { "" };
        let next_is_dim = words.w.get(i + 1).is_some_and(|nx| {
            dims.iter().any(|d| d.names().iter().any(|nm| !nm.contains(' ') && word_matches(nx, nm)))
        });
        // Any other word that names nothing here is a condition or a figure this analyst cannot see:
        // it declines rather than answer a different question.
        let _ = (prev, next_is_dim);
        if !p.unknown.contains(x) && !is_soft(x) && !FILLER.contains(&x.as_str()) {
            p.unknown.push(x.clone());
        }
    }
    (p, fact)
}

/// Words that carry no figure, filter or grouping of their own.
const FILLER: &[&str] = &[
    "there",
    "were",
    "been",
    "being",
    "did",
    "does",
    "done",
    "would",
    "could",
    "give",
    "show",
    "tell",
    "find",
    "want",
    "need",
    "know",
    "like",
    "see",
    "let",
    "get",
    "make",
    "much",
    "lot",
    "lots",
    "value",
    "values",
    "figure",
    "figures",
    "number",
    "numbers",
    "amount",
    "level",
    "levels",
    "happened",
    "happen",
    "look",
    "looks",
    "looked",
    "went",
    "come",
    "came",
    "comes",
    "from",
    "into",
    "onto",
    "than",
    "then",
    "also",
    "only",
    "just",
    "same",
    "now",
    "and",
    "but",
    "has",
    "have",
    "had",
    "was",
    "are",
    "is",
    "the",
    "this",
    "that",
    "these",
    "those",
    "what",
    "which",
    "who",
    "whom",
    "how",
    "why",
    "when",
    "where",
    "each",
    "every",
    "all",
    "any",
    "some",
    "per",
    "for",
    "with",
    "without",
    "about",
    "between",
    "against",
    "across",
    "during",
    "within",
    "since",
    "until",
    "through",
    "after",
    "before",
    "over",
    "under",
    "data",
    "dataset",
    "table",
    "tables",
    "file",
    "files",
    "desk",
    "chart",
    "charts",
    "graph",
    "plot",
    "report",
    "write",
    "draw",
    "compute",
    "calculate",
    "summarize",
    "summarise",
    "describe",
    "break",
    "broken",
    "split",
    "grouped",
    "group",
    "sorted",
    "ranked",
    "rank",
    "ranking",
    "order",
    "largest",
    "smallest",
    "highest",
    "lowest",
    "greatest",
    "fewest",
    "most",
    "least",
    "best",
    "worst",
    "top",
    "bottom",
    "biggest",
    "percentage",
    "percent",
    "share",
    "rate",
    "change",
    "changes",
    "changed",
    "grow",
    "grew",
    "grown",
    "growth",
    "increase",
    "increased",
    "decrease",
    "decreased",
    "rise",
    "rose",
    "fall",
    "fell",
    "drop",
    "dropped",
    "fastest",
    "slowest",
    "trend",
    "trends",
    "over",
    "time",
    "period",
    "periods",
    "overall",
    "whole",
    "entire",
    "single",
    "one",
    "two",
    "three",
    "four",
    "five",
    "ten",
    "lives",
    "live",
    "living",
    "located",
    "sold",
    "sell",
    "sells",
    "selling",
    "earned",
    "earn",
    "earns",
    "bring",
    "brings",
    "bringing",
    "receive",
    "receives",
    "received",
    "attract",
    "attracts",
    "attracted",
    "generate",
    "generates",
    "place",
    "places",
    "spend",
    "spends",
    "buys",
    "made",
    "generated",
    "produce",
    "produced",
    "brought",
    "bought",
    "buy",
    "ordered",
    "spent",
    "recorded",
    "measured",
    "seen",
    "saw",
    "had",
    "happen",
    "did",
    "vs",
    "versus",
    "compare",
    "compared",
    "comparison",
    "relationship",
    "relation",
    "correlation",
    "related",
    "relate",
    "distribution",
    "histogram",
    "spread",
    "check",
    "quality",
    "missing",
    "duplicates",
    "duplicate",
    "outliers",
    "outlier",
    "nulls",
    "blank",
    "empty",
    "profile",
    "overview",
    "summary",
    "kind",
    "kinds",
    "type",
    "types",
    "sort",
    "typical",
    "usual",
    "usually",
    "normally",
    "ever",
    "far",
    "so",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "quarter",
    "quarters",
    "year",
    "years",
    "monthly",
    "weekly",
    "daily",
    "yearly",
    "quarterly",
    "annual",
    "annually",
    "first",
    "last",
    "second",
    "half",
    "latest",
    "earliest",
    "recent",
    "row",
    "rows",
    "record",
    "records",
    "entries",
    "entry",
    "times",
    "observations",
    "many",
    "total",
    "sum",
    "average",
    "mean",
    "count",
    "counts",
    "min",
    "max",
    "minimum",
    "maximum",
    "peak",
    "median",
    "columns",
    "column",
    "fields",
];

/// Words that often follow "of"/"for" without naming anything.
fn is_soft(w: &str) -> bool {
    matches!(
        w,
        "everything"
            | "things"
            | "stuff"
            | "these"
            | "those"
            | "region"
            | "regions"
            | "category"
            | "categories"
            | "group"
            | "groups"
            | "period"
            | "periods"
            | "measure"
            | "measures"
            | "columns"
            | "column"
            | "rain"
            | "sun"
            | "snow"
            | "fog"
            | "drizzle"
            | "product"
            | "products"
            | "store"
            | "stores"
            | "customer"
            | "customers"
            | "segment"
            | "ones"
            | "one"
            | "type"
            | "types"
            | "it"
            | "each"
            | "them"
    )
}

/// A refinement of the previous question rather than a new one.
fn is_follow_up(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    let starts = [
        "now ",
        "and ",
        "same ",
        "what about",
        "how about",
        "only ",
        "just ",
        "but ",
        "and what",
        "also ",
        "excluding ",
        "except ",
        "without ",
    ];
    starts.iter().any(|s| t.starts_with(s))
        || t.contains("same by")
        || t.contains("same for")
        || t.contains("same thing")
        || t.starts_with("same")
}

fn merge(prior: Pieces, new: Pieces) -> Pieces {
    let mut out = prior;
    // New values of a dimension replace its old ones (all of them: "now for West and East" keeps both).
    out.filters.retain(|(od, _)| !new.filters.iter().any(|(d, _)| od.table == d.table && od.column == d.column));
    let narrowed: Vec<Dimension> = new.filters.iter().map(|(d, _)| d.clone()).collect();
    out.filters.extend(new.filters);
    out.excluded.retain(|(od, _)| !new.excluded.iter().any(|(d, _)| od.table == d.table && od.column == d.column));
    out.excluded.extend(new.excluded);
    out.conds.retain(|(t, c, ..)| !new.conds.iter().any(|(nt, nc, ..)| nt == t && nc == c));
    out.conds.extend(new.conds);
    if new.row_noun.is_some() {
        out.row_noun = new.row_noun;
    }
    if !new.dims.is_empty() {
        out.dims = new.dims;
    } else {
        // "by region", then "and for the East region": one region left, so no breakdown by region.
        out.dims.retain(|g| {
            let values = out.filters.iter().filter(|(d, _)| d.table == g.table && d.column == g.column).count();
            !(values == 1 && narrowed.iter().any(|d| d.table == g.table && d.column == g.column))
        });
    }
    if !new.periods.is_empty() {
        out.periods = new.periods;
        out.range = new.range;
        if let Some(Op::Compare(..)) = out.op {
            out.op = None;
        }
    }
    if new.grain.is_some() {
        out.grain = new.grain;
    }
    if !new.measures.is_empty() {
        out.measures = new.measures;
    }
    if new.agg.is_some() {
        out.agg = new.agg;
    }
    if new.op.is_some() {
        out.op = new.op;
    }
    if new.n.is_some() {
        out.n = new.n;
    }
    out.unknown = new.unknown;
    out.assumptions.extend(new.assumptions);
    out.out_of_scope = new.out_of_scope;
    out
}

/// Read `question` (with the earlier questions of the conversation, oldest first) against the desk.
pub fn understand(question: &str, prior: &[String], desk: &Desk, path: &Path) -> Understanding {
    let dims_cache = std::cell::RefCell::new(std::collections::HashMap::<String, Vec<Dimension>>::new());
    let dims_of = |fact: &str| -> Vec<Dimension> {
        dims_cache.borrow_mut().entry(fact.to_string()).or_insert_with(|| desk.dimensions(path, fact)).clone()
    };
    let time_of = |fact: &str| time_column(desk, fact);
    // The question's own words, for the checks below that look at the wording as a whole.
    let qwords = Words::new(question);
    // Fold the conversation: a follow-up refines what came before, anything else starts afresh.
    let mut acc: Option<(Pieces, String)> = None;
    let mut chain = Vec::new();
    for q in prior.iter().chain(std::iter::once(&question.to_string())) {
        if is_follow_up(q) {
            chain.push(q.clone());
        } else {
            chain = vec![q.clone()];
        }
    }
    for q in &chain {
        let (p, fact) = read_pieces(q, desk, &dims_of, &time_of);
        acc = Some(match acc {
            Some((prev, prev_fact)) if is_follow_up(q) => {
                let fact = if p.measures.is_empty() { prev_fact } else { fact };
                (merge(prev, p), fact)
            }
            _ => (p, fact),
        });
    }
    let Some((mut p, mut fact)) = acc else {
        return Understanding::Decline(Decline {
            understood: vec![],
            missing: "the question is empty".into(),
            suggestion: "Ask e.g. \"total revenue by region\".".into(),
        });
    };
    let follow = chain.len() > 1;
    let mut understood = Vec::new();
    for (_, c) in &p.measures {
        understood.push(format!("the measure {c}"));
    }
    for d in &p.dims {
        understood.push(format!("grouping by {}", d.column));
    }
    for (d, v) in &p.filters {
        understood.push(format!("{} = {v}", d.column));
    }
    for (d, v) in &p.excluded {
        understood.push(format!("{} other than {v}", d.column));
    }
    for (.., said) in &p.conds {
        understood.push(format!("rows where {said}"));
    }
    for per in &p.periods {
        // Say a period as asked: a year the question did not give is left out.
        let label: String =
            if per.label.split(|c: char| !c.is_ascii_digit()).filter(|d| !d.is_empty()).all(|d| question.contains(d)) {
                per.label.clone()
            } else {
                // Leave out the years the question did not give (not other numbers: "the last 3 months").
                per.label
                    .split(' ')
                    .map(|w| {
                        let core = w.trim_matches(|c: char| !c.is_ascii_digit());
                        if core.len() == 4 && core.chars().all(|c| c.is_ascii_digit()) && !question.contains(core) {
                            w.replace(core, "")
                        } else {
                            w.to_string()
                        }
                    })
                    .filter(|w| !w.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
                    .replace(" )", ")")
            };
        understood.push(format!("the period {label}"));
    }
    let suggestion = suggest(desk, &fact, &dims_of(&fact));
    if let Some(why) = &p.out_of_scope {
        return Understanding::Decline(Decline {
            understood,
            missing: format!("the question asks for {why}, which the built-in analyst does not do: it answers with figures computed from the data"),
            suggestion,
        });
    }
    if let Some(u) = p.unknown.first() {
        return Understanding::Decline(Decline {
            understood,
            missing: format!("I found no column, table or value called \"{u}\" in this desk"),
            suggestion,
        });
    }
    let time = time_column(desk, &fact);
    let mut measure = if let Some(c) = &p.count_of {
        if let Some(t) = c.strip_prefix("rows:") {
            // "How many customers ordered in 2026": a dimension table has no dates, so count the distinct
            // keys of the fact table that point at it.
            let largest = desk.tables.iter().max_by_key(|x| x.rows).map(|x| x.name.clone()).unwrap_or_default();
            let via = desk.joins.iter().find(|j| j.from_table == largest && j.to_table == t);
            let dated = time_column(desk, t).is_some();
            // "How many customers by store": stores are reached from the orders, not from the customers.
            let same = |a: &Dimension, b: &Dimension| a.table == b.table && a.column == b.column;
            let (own, of_fact) = (dims_of(t), dims_of(&largest));
            let through_fact = p
                .dims
                .iter()
                .chain(p.filters.iter().map(|(d, _)| d))
                .any(|d| !own.iter().any(|o| same(o, d)) && of_fact.iter().any(|o| same(o, d)));
            match via {
                Some(j)
                    if !dated
                        && (!p.periods.is_empty()
                            || through_fact
                            || question.to_lowercase().contains("distinct")
                            || question.to_lowercase().contains("unique")) =>
                {
                    let key =
                        Dimension { table: largest.clone(), column: j.key.clone(), via: None, values: Vec::new() };
                    p.assumptions.push(format!("counting the distinct {} in {largest}", j.key));
                    fact = largest;
                    Measure::Distinct(key)
                }
                _ => Measure::Rows(t.to_string()),
            }
        } else {
            let key = c.trim_start_matches("distinct:").to_string();
            match dims_of(&fact).into_iter().find(|d| format!("{}.{}", d.table, d.column) == key) {
                Some(d) => Measure::Distinct(d),
                None => Measure::Rows(fact.clone()),
            }
        }
    } else if let Some((_, c)) = p.measures.first() {
        Measure::Column(c.clone())
    } else if !p.conds.is_empty() {
        // "orders with revenue above 1000": the rows that meet the condition, counted.
        p.assumptions.push(format!("this counts the {} rows that meet the condition", fact.replace('_', " ")));
        Measure::Rows(fact.clone())
    } else if let Some(q) = p.popular.then(|| quantity_measure(desk, &fact)).flatten() {
        p.assumptions.push(format!("popularity is read as {} sold", q.replace('_', " ")));
        Measure::Column(q)
    } else {
        match &p.op {
            Some(Op::Describe) | Some(Op::Quality) => Measure::Rows(fact.clone()),
            // "what percentage of orders came from ...": a share of the rows of the table named after "of".
            Some(Op::Share) if share_of_table(&qwords, desk).is_some() => {
                let t = share_of_table(&qwords, desk).unwrap_or_default();
                fact = t.clone();
                Measure::Rows(t)
            }
            Some(_) => match main_measure(desk, &fact) {
                // An operation without a measure: the table's money column if it has one, else a row count.
                Some(c) => {
                    p.assumptions.push(format!("no measure was named, so this uses {c}"));
                    Measure::Column(c)
                }
                None => {
                    p.assumptions.push(format!("no measure was named, so this counts {fact} rows"));
                    Measure::Rows(fact.clone())
                }
            },
            // "the biggest order": the single order with the most money.
            None if p.named_table.is_some()
                && matches!(p.agg, Some(Agg::Max | Agg::Min))
                && main_measure(desk, &fact).is_some() =>
            {
                let c = main_measure(desk, &fact).unwrap_or_default();
                p.assumptions.push(format!("the size of a row is read as its {c}"));
                Measure::Column(c)
            }
            // "How much did Acme spend?": money, the table's money column.
            None if question.to_lowercase().contains("how much") && main_measure(desk, &fact).is_some() => {
                let c = main_measure(desk, &fact).unwrap_or_default();
                p.assumptions.push(format!("\"how much\" is read as {c}"));
                Measure::Column(c)
            }
            // "orders in the last 3 months": a table named with no figure means its rows, counted.
            None if p.named_table.is_some() && !p.periods.is_empty()
                || !p.filters.is_empty() && p.named_table.is_some() =>
            {
                let t = p.named_table.clone().unwrap_or_default();
                p.assumptions.push(format!("no figure was named, so this counts the {} rows", t.replace('_', " ")));
                Measure::Rows(t)
            }
            None => {
                return Understanding::Decline(Decline {
                    understood,
                    missing: "I could not tell which figure to compute (no measure, count or operation I know)".into(),
                    suggestion,
                })
            }
        }
    };
    // "duplicates in customers": the table named anywhere in the question, even where its word also named
    // a column ("customer").
    let quality_table =
        || desk.tables.iter().find(|t| table_words(&t.name).iter().any(|n| qwords.has(n))).map(|t| t.name.clone());
    let named = if matches!(p.op, Some(Op::Quality)) {
        p.named_table.clone().or_else(quality_table)
    } else {
        p.named_table.clone()
    };
    let fact = match (&measure, &p.op, &named) {
        (_, Some(Op::Quality), Some(t)) => {
            measure = Measure::Rows(t.clone());
            t.clone()
        }
        (Measure::Rows(t), _, _) => t.clone(),
        _ => fact,
    };
    let agg = match (&measure, p.agg) {
        (Measure::Rows(_) | Measure::Distinct(_), _) => Agg::Count,
        (_, Some(a)) => a,
        (Measure::Column(c), None) => {
            let col = desk.table(&fact).and_then(|t| t.columns.iter().find(|x| &x.name == c));
            match col {
                Some(col) if col.is_level() && !matches!(p.op, Some(Op::Share)) => {
                    // "The lowest min temperature", "the highest max wind": the extreme of an extreme column
                    // is the extreme itself; any other level is compared by its average.
                    let words = col.name_words();
                    let has = |ws: &[&str]| words.iter().any(|w| ws.contains(&w.as_str()));
                    let ranks = matches!(p.op, Some(Op::Rank { .. } | Op::BestPeriod { .. }));
                    if ranks && p.desc == Some(false) && has(&["min", "minimum", "low"]) {
                        Agg::Min
                    } else if ranks && p.desc == Some(true) && has(&["max", "maximum", "high", "peak"]) {
                        Agg::Max
                    } else {
                        p.assumptions.push(format!(
                            "{} is a level, not an amount, so it is averaged (ask for the total {} to add it up)",
                            c.replace('_', " "),
                            c.replace('_', " ")
                        ));
                        Agg::Avg
                    }
                }
                _ => Agg::Sum,
            }
        }
    };
    let mut op = p.op.clone().unwrap_or(Op::Summary);
    // The average of per-period totals: each period's figure is a sum (or a count).
    let agg = if matches!(op, Op::PeriodAverage | Op::GroupAverage) && agg == Agg::Avg { Agg::Sum } else { agg };
    // "share of manufacturing in nonfarm": one measure as a part of another.
    let ratio = (matches!(op, Op::Share) && p.measures.len() == 2 && p.filters.is_empty() && p.dims.is_empty())
        || matches!(op, Op::PerUnit);
    if p.measures.len() > 1 && !matches!(op, Op::Relationship) && !ratio {
        p.assumptions.push(format!(
            "the question names {} measures; this answer is about {} (ask again for {})",
            p.measures.len(),
            p.measures[0].1,
            p.measures[1..].iter().map(|(_, c)| c.as_str()).collect::<Vec<_>>().join(", ")
        ));
    }
    if matches!(op, Op::Relationship) && p.measures.len() < 2 {
        return Understanding::Decline(Decline {
            understood,
            missing: "a relationship needs two measures, and I found fewer in the question".into(),
            suggestion,
        });
    }
    // A grain with nothing to do ("revenue in the last week", "the previous month", "the first month of
    // 2026") names a period this analyst could not pin down: decline rather than answer for all time.
    if matches!(op, Op::Summary) && p.grain.is_some() && p.count_of.is_none() {
        return Understanding::Decline(Decline {
            understood,
            missing: format!(
                "the question names a {} I could not pin down (name a month and year, a quarter and year, or \"the last N months\")",
                p.grain.map(|g| g.word()).unwrap_or("period")
            ),
            suggestion,
        });
    }
    // Per-group versions of whole-table operations would answer another question if the groups were
    // dropped: decline them.
    let per_group = match &op {
        Op::Distribution if !p.dims.is_empty() => Some("a distribution or a median per group"),
        Op::Relationship if !p.dims.is_empty() => Some("a correlation per group"),
        Op::Rank { .. } if p.dims.len() > 1 => Some("a ranking within each group"),
        _ => None,
    };
    if let Some(what) = per_group {
        return Understanding::Decline(Decline {
            understood,
            missing: format!(
                "{what} is not something the built-in analyst computes yet (it answers for the whole data, or \
                 with one figure per group)"
            ),
            suggestion,
        });
    }
    if matches!(op, Op::Trend | Op::BestPeriod { .. } | Op::GroupGrowth | Op::Compare(..) | Op::PeriodAverage)
        && time.is_none()
    {
        return Understanding::Decline(Decline {
            understood,
            missing: format!("the table {fact} has no date column to follow over time"),
            suggestion,
        });
    }
    let reachable = dims_of(&fact);
    // The dimensions as reached from the fact table (a question may have been read against another
    // table first: "how many distinct customers by store" counts order keys, so `store` is reached
    // through the orders' store key).
    let reach = |d: &Dimension| reachable.iter().find(|r| r.table == d.table && r.column == d.column).cloned();
    let filters: Vec<(Dimension, String)> =
        p.filters.iter().filter_map(|(d, v)| reach(d).map(|r| (r, v.clone()))).collect();
    let excluded: Vec<(Dimension, String)> =
        p.excluded.iter().filter_map(|(d, v)| reach(d).map(|r| (r, v.clone()))).collect();
    let dims: Vec<Dimension> = p.dims.iter().filter_map(reach).collect();
    // A filter or a grouping the fact table cannot reach would answer another question: decline.
    if let Some((t, c, ..)) = p.conds.iter().find(|(t, ..)| *t != fact) {
        return Understanding::Decline(Decline {
            understood,
            missing: format!("a condition on {t}.{c} cannot be applied to the rows of {fact}"),
            suggestion,
        });
    }
    let conds: Vec<(String, String)> = p
        .conds
        .iter()
        .map(|(_, c, op, v, said)| (format!("f.\"{}\" {op} {v}", c.replace('"', "\"\"")), said.clone()))
        .collect();
    let lost = p.filters.iter().chain(&p.excluded).map(|(d, _)| d).chain(p.dims.iter()).find(|d| reach(d).is_none());
    if let Some(d) = lost {
        return Understanding::Decline(Decline {
            understood,
            missing: format!(
                "{}.{} cannot be linked to the rows of {fact} (no key column joins them)",
                d.table, d.column
            ),
            suggestion,
        });
    }
    let mut dims = dims;
    if dims.is_empty() && matches!(op, Op::Summary | Op::Breakdown) {
        let first = filters.first().map(|(d, _)| (d.table.clone(), d.column.clone()));
        if let Some((t, c)) = first {
            let same: Vec<&(Dimension, String)> =
                filters.iter().filter(|(d, _)| d.table == t && d.column == c).collect();
            if same.len() >= 2 {
                dims.push(same[0].0.clone());
                op = Op::Breakdown;
            }
        }
    }
    if matches!(op, Op::Breakdown | Op::Rank { .. } | Op::GroupGrowth) && dims.is_empty() {
        op = if matches!(op, Op::GroupGrowth) { Op::Trend } else { Op::Summary };
    }
    let period = if matches!(op, Op::Compare(..)) { None } else { p.periods.first().cloned() };
    if p.periods.len() > 1 && !matches!(op, Op::Compare(..)) && !p.range {
        p.assumptions.push(format!("only the first period named ({}) is used", p.periods[0].label));
    }
    let _ = follow;
    let fact_rows = desk.table(&fact).map(|t| t.rows).unwrap_or(0);
    let row_noun = p.row_noun.clone().filter(|_| matches!(&measure, Measure::Rows(t) if *t == fact));
    Understanding::Answer(Box::new(Intent {
        fact_rows,
        fact,
        measure,
        agg,
        measure2: p.measures.get(1).map(|(_, c)| c.clone()),
        dims,
        filters,
        excluded,
        conds,
        row_noun,
        direction: {
            if qwords.has_any(&[
                "drop",
                "dropped",
                "drops",
                "fell",
                "fall",
                "decline",
                "declined",
                "decrease",
                "decreased",
                "lost",
                "shrank",
                "slowest",
                "least",
            ]) {
                Some(false)
            } else if qwords.has_any(&[
                "grew",
                "grow",
                "growth",
                "rise",
                "rose",
                "increase",
                "increased",
                "gained",
                "gain",
            ]) {
                Some(true)
            } else {
                None
            }
        },
        time,
        period,
        grain: p.grain,
        op,
        assumptions: p.assumptions,
    }))
}

/// The table named right after "share of" / "percentage of" ("what percentage of orders ...").
fn share_of_table(words: &Words, desk: &Desk) -> Option<String> {
    let at = words.w.windows(2).position(|x| {
        matches!(x[0].as_str(), "share" | "percentage" | "percent" | "proportion" | "fraction") && x[1] == "of"
    })?;
    let next = words.w.get(at + 2)?;
    let next = if next == "the" || next == "all" { words.w.get(at + 3)? } else { next };
    desk.tables.iter().find(|t| table_words(&t.name).iter().any(|n| word_matches(next, n))).map(|t| t.name.clone())
}

/// The first numeric column of `t` named exactly like a word of a synonym group, in the group's order.
fn column_named(t: &super::schema::Table, group: &[&str]) -> Option<String> {
    group
        .iter()
        .find_map(|w| t.columns.iter().find(|c| c.is_numeric() && c.name.to_lowercase() == *w).map(|c| c.name.clone()))
}

/// The quantity column of a table (units, qty, quantity, ...), for "most popular" and "best-selling".
fn quantity_measure(desk: &Desk, fact: &str) -> Option<String> {
    column_named(desk.table(fact)?, SYNONYMS[1])
}

/// The measure people usually mean: a column named like revenue or sales.
pub fn main_measure(desk: &Desk, fact: &str) -> Option<String> {
    let t = desk.table(fact)?;
    let named = column_named(t, SYNONYMS[0]);
    let measures: Vec<&super::schema::Column> =
        t.columns.iter().filter(|c| c.is_numeric() && !c.is_key() && !c.is_year_number()).collect();
    named.or_else(|| (measures.len() == 1).then(|| measures[0].name.clone()))
}

fn suggest(desk: &Desk, fact: &str, dims: &[Dimension]) -> String {
    let Some(t) = desk.table(fact) else { return "Try e.g. \"describe this data\".".into() };
    let m = main_measure(desk, fact).or_else(|| {
        t.columns.iter().find(|c| c.is_numeric() && !c.is_key() && !c.is_year_number()).map(|c| c.name.clone())
    });
    let d = dims
        .iter()
        .find(|d| !d.column.to_lowercase().ends_with("id") && d.values.len() >= 2)
        .map(|d| d.names().last().cloned().unwrap_or_else(|| d.column.clone()));
    match (m, d) {
        (Some(m), Some(d)) => {
            format!("Try e.g. \"total {m} by {d}\", \"{m} trend by month\" or \"describe this data\".")
        }
        (Some(m), None) => format!("Try e.g. \"average {m}\" or \"describe this data\"."),
        _ => "Try e.g. \"describe this data\".".into(),
    }
}

/// The fact table's time column: the first date column, else an integer year column.
pub fn time_column(desk: &Desk, fact: &str) -> Option<TimeColumn> {
    let t = desk.table(fact)?;
    let text = |v: &Option<serde_json::Value>| v.as_ref().map(crate::tools::sql::value_text).unwrap_or_default();
    if let Some(c) = t.columns.iter().find(|c| c.is_time()) {
        let (min, mut max) = (text(&c.min), text(&c.max));
        // Yearly or monthly data written as the first day of its year or month (2017-01-01 stands for
        // 2017): every year (month) from the first to the last is there, each on its first day. Then the
        // data covers the last year (month) whole, not just its first day.
        let ym = crate::calendar::ymd_of_iso;
        if let (Some((y0, m0, d0)), Some((y1, m1, d1))) = (ym(&min), ym(&max)) {
            let years = (y1 - y0 + 1) as u64;
            let months = ((y1 - y0) * 12 + i64::from(m1) - i64::from(m0) + 1) as u64;
            if d0 == 1 && d1 == 1 && m0 == 1 && m1 == 1 && c.distinct == years && years > 1 {
                max = format!("{y1:04}-12-31");
            } else if d0 == 1 && d1 == 1 && c.distinct == months && months > 1 {
                max = format!("{y1:04}-{m1:02}-{:02}", crate::calendar::days_in_month(y1, m1));
            }
        }
        return Some(TimeColumn { name: c.name.clone(), year_number: false, min, max });
    }
    let c = t.columns.iter().find(|c| c.is_year_number())?;
    Some(TimeColumn {
        name: c.name.clone(),
        year_number: true,
        min: format!("{}-01-01", text(&c.min)),
        max: format!("{}-12-31", text(&c.max)),
    })
}
