//! Periods in a question: years, halves, quarters, months and days in their everyday spellings ("March
//! 2024", "15 March 2024", "Q1 2026", "the first half of 2025", "2024-03"), ranges ("between January
//! and June 2025", "from 2023 to 2024"), open ends ("since 2020", "before 1950", "until February
//! 2025"), and periods relative to the data ("the last 3 months", "last year", "this quarter", "year to
//! date", "the first month"). Recognised as [`PeriodExpr`]s over token spans; [`resolve`] turns one
//! into the plan's inclusive units once the data's first and last dates are known. Relative periods
//! count back from the data's last date, not from today: the data is what the question is about.

use super::tokens::{Kind, Tok};
use crate::analyst::plan::{Grain, Period};
use crate::calendar::{civil_from_days, day_of_iso, days_from_civil};

#[derive(Debug, Clone, PartialEq)]
pub enum PeriodExpr {
    /// A year, half, quarter, month or day: "2025", "2025-H1", "2025-Q1", "2025-03", "2025-03-15".
    Unit(String),
    /// A month, quarter or half named without a year: the latest one the data reaches.
    NoYear {
        grain: Grain,
        n: u32,
    },
    /// From the first to the second, both included.
    Span(Box<PeriodExpr>, Box<PeriodExpr>),
    Since(Box<PeriodExpr>),
    After(Box<PeriodExpr>),
    Before(Box<PeriodExpr>),
    Until(Box<PeriodExpr>),
    /// The last `n` whole units of `grain` up to the data's last date ("the last 3 months").
    LastN {
        n: u32,
        grain: Grain,
    },
    /// The unit holding the data's last date ("this year"), or `back` units before it ("last year").
    Relative {
        back: u32,
        grain: Grain,
    },
    /// The data's first (or last) unit of a grain ("from the first month to the last").
    Edge {
        last: bool,
        grain: Grain,
    },
    /// From the start of the data's last year to its last date.
    YearToDate,
}

impl PeriodExpr {
    /// Whether the expression is one closed unit or span (so "2024 vs 2025" compares two of them).
    pub fn is_closed(&self) -> bool {
        !matches!(self, PeriodExpr::Since(_) | PeriodExpr::After(_) | PeriodExpr::Before(_) | PeriodExpr::Until(_))
    }
    /// The grain of a single unit, if it is one.
    pub fn grain(&self) -> Option<Grain> {
        match self {
            PeriodExpr::Unit(u) => Some(unit_grain(u)),
            PeriodExpr::NoYear { grain, .. } | PeriodExpr::Relative { grain, .. } | PeriodExpr::Edge { grain, .. } => {
                Some(*grain)
            }
            _ => None,
        }
    }
}

/// The grain of a unit string.
pub fn unit_grain(u: &str) -> Grain {
    match u.len() {
        4 => Grain::Year,
        7 if u.contains('Q') => Grain::Quarter,
        7 if u.contains('H') => Grain::Quarter,
        7 => Grain::Month,
        _ => Grain::Day,
    }
}

/// A period found in the question: tokens `start..end`.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub expr: PeriodExpr,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub(super) fn month_of(w: &str) -> Option<u32> {
    if w.len() < 3 {
        return None;
    }
    if let Some(i) = MONTHS.iter().position(|m| *m == w) {
        return Some(i as u32 + 1);
    }
    // Abbreviations: jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec.
    if w == "sept" {
        return Some(9);
    }
    if w.len() == 3 && w != "may" {
        return MONTHS.iter().position(|m| m.starts_with(w)).map(|i| i as u32 + 1);
    }
    // A small typo in a long month name ("febuary", "septmber", "janaury"): one letter off.
    if w.len() >= 6 {
        let near: Vec<usize> =
            (0..12).filter(|&i| MONTHS[i].len() >= 6 && super::link::distance(w, MONTHS[i], 1) == 1).collect();
        if let [i] = near.as_slice() {
            return Some(*i as u32 + 1);
        }
    }
    None
}

pub(super) fn ordinal(w: &str) -> Option<u32> {
    match w {
        "first" | "1st" => Some(1),
        "second" | "2nd" => Some(2),
        "third" | "3rd" => Some(3),
        "fourth" | "4th" => Some(4),
        _ => None,
    }
}

fn grain_word(w: &str) -> Option<Grain> {
    match w {
        "day" | "days" => Some(Grain::Day),
        "week" | "weeks" => Some(Grain::Week),
        "month" | "months" => Some(Grain::Month),
        "quarter" | "quarters" | "qtr" | "qtrs" => Some(Grain::Quarter),
        "year" | "years" | "yr" | "yrs" => Some(Grain::Year),
        _ => None,
    }
}

/// "one" .. "twelve" as a number.
pub(super) fn number_word(w: &str) -> Option<u32> {
    let words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    words.iter().position(|x| *x == w).map(|i| i as u32 + 1)
}

struct Cur<'t> {
    t: &'t [Tok],
}

impl Cur<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.t.get(i).filter(|t| t.is_word()).map(|t| t.text.as_str())
    }
    fn year(&self, i: usize) -> Option<i64> {
        match self.t.get(i)?.kind {
            Kind::Number { value, year_like: true, .. } => Some(value as i64),
            _ => None,
        }
    }
    fn small(&self, i: usize) -> Option<u32> {
        match self.t.get(i)?.kind {
            Kind::Number { value, currency: false, percent: false, year_like: false }
                if value.fract() == 0.0 && (1.0..=400.0).contains(&value) =>
            {
                Some(value as u32)
            }
            _ => self.word(i).and_then(number_word),
        }
    }
    fn is(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|w| words.contains(&w))
    }
    fn punct(&self, i: usize, c: char) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Kind::Punct(c))
    }

    /// A single unit at `i`: (expression, tokens used).
    fn single(&self, i: usize) -> Option<(PeriodExpr, usize)> {
        let t = self.t.get(i)?;
        match &t.kind {
            Kind::Date(d) => return Some((PeriodExpr::Unit(d.clone()), 1)),
            Kind::Quarter(q) => {
                let mut used = 1;
                if self.is(i + 1, &["of"]) && self.year(i + 2).is_some() {
                    used += 1;
                }
                return Some(match self.year(i + used) {
                    Some(y) => (PeriodExpr::Unit(format!("{y}-Q{q}")), used + 1),
                    None => (PeriodExpr::NoYear { grain: Grain::Quarter, n: *q }, 1),
                });
            }
            Kind::Half(h) => {
                let mut used = 1;
                if self.is(i + 1, &["of"]) && self.year(i + 2).is_some() {
                    used += 1;
                }
                return Some(match self.year(i + used) {
                    Some(y) => (PeriodExpr::Unit(format!("{y}-H{h}")), used + 1),
                    None => (PeriodExpr::NoYear { grain: Grain::Year, n: 10 + *h }, 1),
                });
            }
            Kind::Number { year_like: true, value, .. } => {
                // "2024 Q1" reads as Q1 2024.
                if let Some(Kind::Quarter(q)) = self.t.get(i + 1).map(|t| &t.kind) {
                    return Some((PeriodExpr::Unit(format!("{}-Q{q}", *value as i64)), 2));
                }
                return Some((PeriodExpr::Unit(format!("{}", *value as i64)), 1));
            }
            _ => {}
        }
        // "15 March 2024"
        if let (Some(d), Some(m)) = (self.small(i).filter(|d| *d <= 31), self.word(i + 1).and_then(month_of)) {
            if let Some(y) = self.year(i + 2) {
                return Some((PeriodExpr::Unit(format!("{y}-{m:02}-{d:02}")), 3));
            }
        }
        let w = self.word(i)?;
        // Days of the year with a name of their own, with the year: "Christmas Eve 2024", "Boxing Day 2025".
        let named_day = match (w, self.word(i + 1)) {
            ("christmas", Some("eve")) => Some((12, 24, 2)),
            ("christmas", Some("day")) => Some((12, 25, 2)),
            ("boxing", Some("day")) => Some((12, 26, 2)),
            ("halloween", _) => Some((10, 31, 1)),
            ("new", Some("year's" | "years" | "year")) if self.is(i + 2, &["eve"]) => Some((12, 31, 3)),
            ("new", Some("year's" | "years" | "year")) if self.is(i + 2, &["day"]) => Some((1, 1, 3)),
            _ => None,
        };
        if let Some((m, d, n)) = named_day {
            if let Some(y) = self.year(i + n) {
                return Some((PeriodExpr::Unit(format!("{y}-{m:02}-{d:02}")), n + 1));
            }
        }
        // "the first quarter of 2026", "second half 2025", "the last quarter of 2025".
        let ord = ordinal(w).or(if w == "last" || w == "final" { Some(99) } else { None });
        if let Some(o) = ord {
            let unit = self.word(i + 1);
            let of = usize::from(self.is(i + 2, &["of"]));
            if matches!(unit, Some("quarter" | "half")) {
                let half = unit == Some("half");
                let n = if o == 99 {
                    if half {
                        2
                    } else {
                        4
                    }
                } else {
                    o
                };
                if (half && n > 2) || n > 4 {
                    return None;
                }
                return match self.year(i + 2 + of) {
                    Some(y) => {
                        Some((PeriodExpr::Unit(if half { format!("{y}-H{n}") } else { format!("{y}-Q{n}") }), 3 + of))
                    }
                    None if o == 99 => None,
                    // "the second half of the year": the words after it belong to the period.
                    None => Some((
                        if half {
                            PeriodExpr::NoYear { grain: Grain::Year, n: 10 + n }
                        } else {
                            PeriodExpr::NoYear { grain: Grain::Quarter, n }
                        },
                        if of == 1 && self.is(i + 3, &["the"]) && self.is(i + 4, &["year"]) { 5 } else { 2 },
                    )),
                };
            }
            return None;
        }
        // "March 2024", "March 15 2024", "March 15, 2024", "March".
        if let Some(m) = month_of(w) {
            if w == "may"
                && self.year(i + 1).is_none()
                && !self.is(
                    i.wrapping_sub(1),
                    &["in", "of", "during", "since", "until", "before", "after", "between", "from", "and", "to"],
                )
            {
                return None;
            }
            let mut used = 1;
            let mut day = None;
            if let Some(d) = self.small(i + 1).filter(|d| *d <= 31) {
                if self.year(i + 2).is_some() || self.punct(i + 2, ',') && self.year(i + 3).is_some() {
                    day = Some(d);
                    used += 1;
                    if self.punct(i + 2, ',') {
                        used += 1;
                    }
                }
            }
            if self.is(i + used, &["of"]) && self.year(i + used + 1).is_some() {
                used += 1;
            }
            return Some(match (self.year(i + used), day) {
                (Some(y), Some(d)) => (PeriodExpr::Unit(format!("{y}-{m:02}-{d:02}")), used + 1),
                (Some(y), None) => (PeriodExpr::Unit(format!("{y}-{m:02}")), used + 1),
                (None, _) => (PeriodExpr::NoYear { grain: Grain::Month, n: m }, 1),
            });
        }
        None
    }

    /// A relative period at `i`: "last 3 months", "the past year", "this quarter", "last month",
    /// "year to date", "the first month".
    fn relative(&self, i: usize) -> Option<(PeriodExpr, usize)> {
        let w = self.word(i)?;
        if w == "ytd" {
            return Some((PeriodExpr::YearToDate, 1));
        }
        if w == "year" && self.is(i + 1, &["to"]) && self.is(i + 2, &["date"]) {
            return Some((PeriodExpr::YearToDate, 3));
        }
        let back = match w {
            "last" | "past" | "previous" | "prior" | "preceding" | "recent" => Some(1),
            "this" | "current" => Some(0),
            "first" | "earliest" => Some(100),
            "latest" | "final" | "most" => Some(101),
            _ => None,
        }?;
        let mut j = i + 1;
        if w == "most" {
            if !self.is(j, &["recent"]) {
                return None;
            }
            j += 1;
        }
        let n = self.small(j);
        if n.is_some() {
            j += 1;
        }
        let g = self.word(j).and_then(grain_word)?;
        let used = j + 1 - i;
        Some(match (back, n) {
            (100, _) => (PeriodExpr::Edge { last: false, grain: g }, used),
            (101, None) => (PeriodExpr::Edge { last: true, grain: g }, used),
            (0, None) => (PeriodExpr::Relative { back: 0, grain: g }, used),
            (_, Some(n)) => (PeriodExpr::LastN { n, grain: g }, used),
            // "the last month": in "from the first month to the last month" an edge; alone, the one
            // before the latest ("last month" said on any day means the previous whole month).
            (_, None)
                if w == "last"
                    && self.is(i.wrapping_sub(1), &["the"])
                    && self.is(i.wrapping_sub(2), &["to", "and"]) =>
            {
                (PeriodExpr::Edge { last: true, grain: g }, used)
            }
            (_, None) if matches!(w, "past" | "recent") => (PeriodExpr::LastN { n: 1, grain: g }, used),
            (_, None) => (PeriodExpr::Relative { back: 1, grain: g }, used),
        })
    }
}

/// Every period in the tokens, left to right, not overlapping.
pub fn find(toks: &[Tok]) -> Vec<Found> {
    let c = Cur { t: toks };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // A number after a comparison word is a number, not a year ("more than 2000").
        // ("than Q4 2023" is a period: only a bare number is read as one.)
        let after_cmp = i > 0
            && c.is(i - 1, &["than", "over", "above", "under", "below", "least", "exceeding", "top", "bottom"])
            && matches!(toks[i].kind, Kind::Number { .. });
        // ("since the start of 2024", "until the end of March": the edge of the period, said.)
        let edge = |j: usize| -> Option<(usize, bool)> {
            let t = usize::from(c.is(j, &["the"]));
            (c.is(j + t, &["start", "beginning", "end"]) && c.is(j + t + 1, &["of"]))
                .then(|| (t + 2, c.is(j + t, &["end"])))
        };
        let open = match c.word(i) {
            Some("since" | "starting" | "from")
                if !c.is(i + 1, &["the"]) || c.relative(i + 2).is_some() || edge(i + 1).is_some() =>
            {
                Some("since")
            }
            Some("after") => Some("after"),
            Some("before") => Some("before"),
            Some("until" | "till" | "through" | "thru") => Some("until"),
            Some("between") => Some("between"),
            _ => None,
        };
        if let Some(kind) = open {
            // (Its edge: "since the start of 2024" is since 2024; "since the end of 2024" after it; "before the end
            // of 2024" until it.)
            let (skip_the, kind) = match edge(i + 1) {
                Some((n, true)) => (
                    n,
                    match kind {
                        "since" => "after",
                        "before" => "until",
                        k => k,
                    },
                ),
                Some((n, false)) => (n, kind),
                None => (usize::from(c.is(i + 1, &["the"])), kind),
            };
            let first = c.single(i + 1 + skip_the).or_else(|| c.relative(i + 1 + skip_the));
            // "between 1 March and 15 April 2025": a day and month with no year take the year of the date they
            // run to.
            if first.is_none() && matches!(kind, "between" | "since") {
                let k = i + 1 + skip_the;
                if let (Some(d), Some(m)) = (c.small(k).filter(|d| *d <= 31), c.word(k + 1).and_then(month_of)) {
                    let j = k + 2;
                    if c.is(j, &["and", "to", "through", "thru", "until", "till"]) || c.punct(j, '-') {
                        let skip = usize::from(c.is(j + 1, &["the"]));
                        if let Some((PeriodExpr::Unit(u), mm)) = c.single(j + 1 + skip) {
                            if let Some(y) = u.get(0..4).filter(|_| u.len() == 10) {
                                let a = PeriodExpr::Unit(format!("{y}-{m:02}-{d:02}"));
                                out.push(Found {
                                    start: i,
                                    end: j + 1 + skip + mm,
                                    expr: PeriodExpr::Span(Box::new(a), Box::new(PeriodExpr::Unit(u.clone()))),
                                });
                                i = j + 1 + skip + mm;
                                continue;
                            }
                        }
                    }
                }
            }
            if let Some((a, n)) = first {
                let j = i + 1 + skip_the + n;
                // "between A and B", "from A to B"
                if matches!(kind, "between" | "since")
                    && (c.is(j, &["and", "to", "through", "thru", "until", "till"]) || c.punct(j, '-'))
                {
                    let skip = usize::from(c.is(j + 1, &["the"]));
                    if let Some((b, m)) = c.single(j + 1 + skip).or_else(|| c.relative(j + 1 + skip)) {
                        let (a, b) = share_year(a, b);
                        out.push(Found {
                            start: i,
                            end: j + 1 + skip + m,
                            expr: PeriodExpr::Span(Box::new(a), Box::new(b)),
                        });
                        i = j + 1 + skip + m;
                        continue;
                    }
                }
                if kind != "between" {
                    let expr = match kind {
                        "since" => PeriodExpr::Since(Box::new(a)),
                        "after" => PeriodExpr::After(Box::new(a)),
                        "before" => PeriodExpr::Before(Box::new(a)),
                        _ => PeriodExpr::Until(Box::new(a)),
                    };
                    out.push(Found { start: i, end: j, expr });
                    i = j;
                    continue;
                }
            }
        }
        if !after_cmp {
            if let Some((a, n)) = c.single(i).or_else(|| c.relative(i)) {
                let j = i + n;
                // "January to June 2025", "2023-2024"
                if (c.is(j, &["to", "through", "thru", "until", "till"]) || c.punct(j, '-')) && a.is_closed() {
                    if let Some((b, m)) = c.single(j + 1) {
                        let (a, b) = share_year(a, b);
                        out.push(Found { start: i, end: j + 1 + m, expr: PeriodExpr::Span(Box::new(a), Box::new(b)) });
                        i = j + 1 + m;
                        continue;
                    }
                }
                out.push(Found { start: i, end: j, expr: a });
                i = j;
                continue;
            }
        }
        // "the second half of the year than the first": an ordinal alone after a comparison names the same
        // kind of unit as the period before it.
        if let (Some(prev), Some(o)) = (out.last(), c.word(i).and_then(ordinal)) {
            let lead = c.is(i.wrapping_sub(1), &["than", "vs", "versus", "with", "to"])
                || c.is(i.wrapping_sub(1), &["the"])
                    && c.is(i.wrapping_sub(2), &["than", "vs", "versus", "with", "to"]);
            if lead && c.word(i + 1).and_then(grain_word).is_none() && prev.end <= i {
                if let Some(expr) = same_unit(&prev.expr, o) {
                    out.push(Found { start: i, end: i + 1, expr });
                    i += 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

/// The unit of the same kind as `e` (a half or a quarter, with or without its year) with ordinal `o`.
fn same_unit(e: &PeriodExpr, o: u32) -> Option<PeriodExpr> {
    match e {
        PeriodExpr::NoYear { grain: Grain::Year, n } if *n > 10 && (1..=2).contains(&o) => {
            Some(PeriodExpr::NoYear { grain: Grain::Year, n: 10 + o })
        }
        PeriodExpr::NoYear { grain: Grain::Quarter, .. } if (1..=4).contains(&o) => {
            Some(PeriodExpr::NoYear { grain: Grain::Quarter, n: o })
        }
        PeriodExpr::Unit(u) if u.len() == 7 && (u.contains('H') && o <= 2 || u.contains('Q') && o <= 4) && o >= 1 => {
            Some(PeriodExpr::Unit(format!("{}{o}", &u[..6])))
        }
        _ => None,
    }
}

/// "January to June 2025": the year of the second end applies to a first end named without one.
fn share_year(a: PeriodExpr, b: PeriodExpr) -> (PeriodExpr, PeriodExpr) {
    if let (PeriodExpr::NoYear { grain, n }, PeriodExpr::Unit(u)) = (&a, &b) {
        if let Some(y) = u.get(0..4) {
            if let Some(unit) = no_year_unit(*grain, *n, y) {
                return (PeriodExpr::Unit(unit), b.clone());
            }
        }
    }
    (a, b)
}

fn no_year_unit(grain: Grain, n: u32, y: &str) -> Option<String> {
    Some(match grain {
        Grain::Month => format!("{y}-{n:02}"),
        Grain::Quarter => format!("{y}-Q{n}"),
        Grain::Year if n > 10 => format!("{y}-H{}", n - 10),
        _ => return None,
    })
}

/// The data's span, as ISO dates (first and last).
#[derive(Debug, Clone)]
pub struct Span {
    pub first: String,
    pub last: String,
}

fn unit_of_day(day: i64, g: Grain) -> String {
    let (y, m, d) = civil_from_days(day);
    match g {
        Grain::Year => format!("{y}"),
        Grain::Quarter => format!("{y}-Q{}", (m - 1) / 3 + 1),
        Grain::Month => format!("{y}-{m:02}"),
        _ => format!("{y}-{m:02}-{d:02}"),
    }
}

/// The day `n` units of grain `g` before `day`.
fn back(day: i64, g: Grain, n: i64) -> i64 {
    let (y, m, d) = civil_from_days(day);
    let months = match g {
        Grain::Month => n,
        Grain::Quarter => 3 * n,
        Grain::Year => 12 * n,
        Grain::Week => return day - 7 * n,
        _ => return day - n,
    };
    let total = y * 12 + (m as i64 - 1) - months;
    let (ny, nm) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
    days_from_civil(ny, nm, d.min(crate::calendar::days_in_month(ny, nm)))
}

/// The plan period of an expression, against the data's span. None when the expression cannot apply
/// (a relative period with no dates to count from).
pub fn resolve(e: &PeriodExpr, span: &Span) -> Option<Period> {
    let last = day_of_iso(&span.last)?;
    let first = day_of_iso(&span.first)?;
    let unit = |e: &PeriodExpr| -> Option<(String, String)> {
        let p = resolve(e, span)?;
        Some((p.from?, p.to?))
    };
    Some(match e {
        PeriodExpr::Unit(u) => Period::unit(u),
        PeriodExpr::NoYear { grain, n } => {
            // The latest such unit that starts within the data.
            let (ly, _, _) = civil_from_days(last);
            let mut y = ly;
            loop {
                let u = no_year_unit(*grain, *n, &format!("{y}"))?;
                let (a, _, _) = crate::analyst::compile::bind::unit_range(&u)?;
                if a <= last {
                    return Some(Period::unit(&u));
                }
                y -= 1;
                if y < ly - 2 {
                    return None;
                }
            }
        }
        PeriodExpr::Span(a, b) => {
            let (af, _) = unit(a)?;
            let (_, bt) = unit(b)?;
            Period::span(&af, &bt)
        }
        PeriodExpr::Since(a) => Period { from: Some(unit(a)?.0), to: None, column: None },
        PeriodExpr::Until(a) => Period { from: None, to: Some(unit(a)?.1), column: None },
        PeriodExpr::After(a) => {
            let (_, t) = unit(a)?;
            let (_, end, _) = crate::analyst::compile::bind::unit_range(&t)?;
            Period { from: Some(crate::calendar::iso_of_day(end)), to: None, column: None }
        }
        PeriodExpr::Before(a) => {
            let (f, _) = unit(a)?;
            let (start, _, _) = crate::analyst::compile::bind::unit_range(&f)?;
            Period { from: None, to: Some(crate::calendar::iso_of_day(start - 1)), column: None }
        }
        PeriodExpr::Relative { back: b, grain } => {
            let day = back(last, *grain, *b as i64);
            Period::unit(&unit_of_day(day, *grain))
        }
        PeriodExpr::LastN { n, grain } => {
            // The last n whole units up to the data's last date (the latest unit counts even if partial).
            let start = back(last, *grain, (*n as i64) - 1);
            Period::span(&unit_of_day(start, *grain), &unit_of_day(last, *grain))
        }
        PeriodExpr::Edge { last: is_last, grain } => {
            Period::unit(&unit_of_day(if *is_last { last } else { first }, *grain))
        }
        PeriodExpr::YearToDate => {
            let (y, _, _) = civil_from_days(last);
            Period::span(&format!("{y}"), &crate::calendar::iso_of_day(last))
        }
    })
}

/// The same kind of unit just before `p` (Q2 2026 -> Q1 2026; 2025 -> 2024; March 2026 -> February).
pub fn previous(p: &Period) -> Option<Period> {
    let (Some(f), Some(t)) = (&p.from, &p.to) else { return None };
    if f != t {
        return None;
    }
    let (start, _, _) = crate::analyst::compile::bind::unit_range(f)?;
    let g = unit_grain(f);
    let prev = if f.contains('H') {
        let (y, h) = (f.get(0..4)?, f.get(6..7)?);
        let y: i64 = y.parse().ok()?;
        return Some(Period::unit(&if h == "2" { format!("{y}-H1") } else { format!("{}-H2", y - 1) }));
    } else {
        back(start, g, 1)
    };
    Some(Period::unit(&unit_of_day(prev, g)))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::super::tokens::tokenize;
    use super::*;

    fn one(q: &str) -> PeriodExpr {
        let t = tokenize(q);
        let f = find(&t);
        assert_eq!(f.len(), 1, "{q}: {f:?}");
        f[0].expr.clone()
    }

    fn resolved(q: &str) -> (Option<String>, Option<String>) {
        let span = Span { first: "2025-01-03".into(), last: "2026-06-28".into() };
        let p = resolve(&one(q), &span).unwrap();
        (p.from, p.to)
    }

    fn s(a: &str) -> Option<String> {
        Some(a.to_string())
    }

    #[test]
    fn periods_in_their_everyday_spellings() {
        assert_eq!(resolved("revenue in March 2026"), (s("2026-03"), s("2026-03")));
        assert_eq!(resolved("on March 15, 2026"), (s("2026-03-15"), s("2026-03-15")));
        assert_eq!(resolved("on 15 March 2026"), (s("2026-03-15"), s("2026-03-15")));
        assert_eq!(resolved("in Q1 2026"), (s("2026-Q1"), s("2026-Q1")));
        assert_eq!(resolved("the first half of 2025"), (s("2025-H1"), s("2025-H1")));
        assert_eq!(resolved("the third quarter"), (s("2025-Q3"), s("2025-Q3")), "the latest Q3 the data reached");
        assert_eq!(resolved("between January and June 2025"), (s("2025-01"), s("2025-06")));
        assert_eq!(resolved("from 2025 to 2026"), (s("2025"), s("2026")));
        assert_eq!(resolved("since March 2026"), (s("2026-03"), None));
        assert_eq!(resolved("before 2026"), (None, s("2025-12-31")));
        assert_eq!(resolved("after 2025"), (s("2026-01-01"), None));
        assert_eq!(resolved("in the last 3 months"), (s("2026-04"), s("2026-06")));
        assert_eq!(resolved("last month"), (s("2026-05"), s("2026-05")));
        assert_eq!(resolved("this year"), (s("2026"), s("2026")));
        assert_eq!(resolved("last year"), (s("2025"), s("2025")));
        assert_eq!(resolved("in May"), (s("2026-05"), s("2026-05")));
        assert_eq!(resolved("in H2"), (s("2025-H2"), s("2025-H2")));
    }

    #[test]
    fn numbers_after_comparisons_are_not_years() {
        assert!(find(&tokenize("orders with revenue above 2000")).is_empty());
        assert_eq!(find(&tokenize("revenue 2025 vs 2026")).len(), 2);
        let two: Vec<PeriodExpr> =
            find(&tokenize("how much more revenue in Q4 2024 than Q4 2023")).into_iter().map(|f| f.expr).collect();
        assert_eq!(two, vec![PeriodExpr::Unit("2024-Q4".into()), PeriodExpr::Unit("2023-Q4".into())]);
    }

    #[test]
    fn an_ordinal_alone_names_the_unit_before_it() {
        let two: Vec<PeriodExpr> =
            find(&tokenize("how much more did we bill in the second half of the year than the first"))
                .into_iter()
                .map(|f| f.expr)
                .collect();
        assert_eq!(
            two,
            vec![PeriodExpr::NoYear { grain: Grain::Year, n: 12 }, PeriodExpr::NoYear { grain: Grain::Year, n: 11 }]
        );
        let q: Vec<PeriodExpr> =
            find(&tokenize("sales in Q3 2025 vs the second")).into_iter().map(|f| f.expr).collect();
        assert_eq!(q, vec![PeriodExpr::Unit("2025-Q3".into()), PeriodExpr::Unit("2025-Q2".into())]);
        assert_eq!(find(&tokenize("the first customer in 2025")).len(), 1);
    }

    #[test]
    fn the_period_before() {
        assert_eq!(previous(&Period::unit("2026-Q2")), Some(Period::unit("2026-Q1")));
        assert_eq!(previous(&Period::unit("2026-01")), Some(Period::unit("2025-12")));
        assert_eq!(previous(&Period::unit("2026")), Some(Period::unit("2025")));
        assert_eq!(previous(&Period::unit("2026-H1")), Some(Period::unit("2025-H2")));
    }
}
