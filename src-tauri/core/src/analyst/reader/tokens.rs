//! Splitting a question into tokens: words (lower-cased, possessives cut: "customer's" -> "customer",
//! with the original spelling kept for values), numbers as written ("$1,200.50", "15%", "2k", "3.5"),
//! ISO and slashed dates, quarter and half names ("Q1", "H2"), and the punctuation that matters.

/// What a token is.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Word,
    /// A number: its value (suffixes applied), whether it had a currency sign or a percent sign.
    Number {
        value: f64,
        currency: bool,
        percent: bool,
        year_like: bool,
    },
    /// A date written with digits, as ISO text (2026-03-15 or 2026-03).
    Date(String),
    /// Q1..Q4 or H1..H2 (with the number).
    Quarter(u32),
    Half(u32),
    Punct(char),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tok {
    /// Lower case, possessive cut.
    pub text: String,
    /// Written with a possessive ("teacher's").
    pub possessive: bool,
    /// As written.
    pub orig: String,
    pub kind: Kind,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn number(&self) -> Option<f64> {
        match self.kind {
            Kind::Number { value, .. } => Some(value),
            _ => None,
        }
    }
}

fn word(text: &str, orig: &str) -> Tok {
    Tok { text: text.to_string(), orig: orig.to_string(), kind: Kind::Word, possessive: false }
}

/// Parse a number as written: "1,200.50", "$3k", "15%", "2.5m" (None when it is not one).
fn parse_number(s: &str) -> Option<Kind> {
    let mut t = s.trim();
    let mut currency = false;
    let mut percent = false;
    for sym in ['$', '€', '£', '¥'] {
        if let Some(rest) = t.strip_prefix(sym) {
            t = rest;
            currency = true;
        }
        if let Some(rest) = t.strip_suffix(sym) {
            t = rest;
            currency = true;
        }
    }
    if let Some(rest) = t.strip_suffix('%') {
        t = rest;
        percent = true;
    }
    let mut scale = 1.0;
    let lower = t.to_ascii_lowercase();
    for (suf, f) in [("bn", 1e9), ("k", 1e3), ("m", 1e6), ("b", 1e9)] {
        if let Some(rest) = lower.strip_suffix(suf) {
            if rest.chars().last().is_some_and(|c| c.is_ascii_digit()) {
                t = &t[..rest.len()];
                scale = f;
                break;
            }
        }
    }
    if t.is_empty() || !t.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '.' || c == '-') {
        return None;
    }
    // Thousands commas must group by three.
    if t.contains(',') {
        let int = t.split('.').next().unwrap_or("");
        let groups: Vec<&str> = int.split(',').collect();
        if groups.iter().skip(1).any(|g| g.len() != 3) || groups[0].is_empty() || groups[0].len() > 3 {
            return None;
        }
    }
    let clean: String = t.chars().filter(|c| *c != ',').collect();
    let v: f64 = clean.parse().ok()?;
    let year_like = !currency
        && !percent
        && scale == 1.0
        && !clean.contains('.')
        && (1900.0..=2100.0).contains(&v)
        && clean.len() == 4;
    Some(Kind::Number { value: v * scale, currency, percent, year_like })
}

/// "2026-03-15", "2026-03", "03/15/2026", "15/03/2026", "2026/03/15": ISO text. Slashed dates read month
/// first unless the first number cannot be a month.
fn parse_date(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.split(['-', '/']).collect();
    let nums: Option<Vec<u32>> = parts
        .iter()
        .map(|p| if p.chars().all(|c| c.is_ascii_digit()) && !p.is_empty() { p.parse().ok() } else { None })
        .collect();
    let nums = nums?;
    let valid = |y: u32, m: u32, d: u32| {
        (1000..=2200).contains(&y)
            && (1..=12).contains(&m)
            && d >= 1
            && d <= crate::calendar::days_in_month(y as i64, m)
    };
    match (nums.as_slice(), parts[0].len()) {
        ([y, m], 4) if (1000..=2200).contains(y) && (1..=12).contains(m) && parts[1].len() == 2 => {
            Some(format!("{y:04}-{m:02}"))
        }
        ([y, m, d], 4) if valid(*y, *m, *d) => Some(format!("{y:04}-{m:02}-{d:02}")),
        ([a, b, y], _) if parts[2].len() == 4 && s.contains('/') => {
            if valid(*y, *a, *b) {
                Some(format!("{y:04}-{a:02}-{b:02}"))
            } else if valid(*y, *b, *a) {
                Some(format!("{y:04}-{b:02}-{a:02}"))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// "2023-24", "2023/24": two years in a row written as one (a season, a financial year).
pub(crate) fn is_season(s: &str) -> bool {
    let Some((a, b)) = s.split_once(['-', '/']) else { return false };
    let (Ok(y), Ok(n)) = (a.parse::<u32>(), b.parse::<u32>()) else { return false };
    a.len() == 4 && b.len() == 2 && (1900..=2200).contains(&y) && (y + 1) % 100 == n
}

/// The tokens of a question.
pub fn tokenize(q: &str) -> Vec<Tok> {
    // ("January–October": a dash between two words or numbers, as typed by phones and word processors, is a
    // hyphen; one standing between spaces stays a mark.)
    let chars: Vec<char> = q.chars().collect();
    let q: String = chars
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let joined =
                i > 0 && chars[i - 1].is_alphanumeric() && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
            if matches!(c, '\u{2013}' | '\u{2014}' | '\u{2012}' | '\u{2212}') && joined {
                '-'
            } else {
                *c
            }
        })
        .collect();
    let q = q.as_str();
    let mut out = Vec::new();
    // Split on white space first, then peel punctuation off each piece.
    let pieces: Vec<&str> = q.split_whitespace().collect();
    for (n, piece) in pieces.iter().enumerate() {
        // An initial before a name ("P. Sharma") keeps its dot: it is part of the name, not an end.
        let mut ch = piece.chars();
        if let (Some(c), Some('.'), None) = (ch.next(), ch.next(), ch.next()) {
            if c.is_alphabetic() && pieces.get(n + 1).is_some_and(|x| x.chars().next().is_some_and(char::is_alphabetic))
            {
                out.push(Tok {
                    text: piece.to_lowercase(),
                    orig: piece.to_string(),
                    kind: Kind::Word,
                    possessive: false,
                });
                continue;
            }
        }
        let mut rest: &str = piece;
        let mut trailing: Vec<Tok> = Vec::new();
        // Leading punctuation. (An opening parenthesis starts a clause of its own, "(no cancelled jobs)": a
        // mark, as a comma is.)
        while let Some(c) = rest.chars().next() {
            if matches!(c, '(' | '"' | '\'' | '“' | '‘' | '[') {
                rest = &rest[c.len_utf8()..];
                if c == '(' && !out.is_empty() {
                    out.push(Tok { text: ",".into(), orig: "(".into(), kind: Kind::Punct(','), possessive: false });
                }
            } else {
                break;
            }
        }
        // Trailing punctuation (keep '%' and currency, which belong to numbers).
        while let Some(c) = rest.chars().last() {
            if matches!(c, '?' | '!' | '.' | ',' | ';' | ':' | ')' | '"' | '”' | '’' | ']') {
                rest = &rest[..rest.len() - c.len_utf8()];
                if matches!(c, '?' | ',' | ';' | ':' | '.') {
                    trailing.insert(
                        0,
                        Tok { text: c.to_string(), orig: c.to_string(), kind: Kind::Punct(c), possessive: false },
                    );
                }
            } else {
                break;
            }
        }
        if rest.is_empty() {
            out.extend(trailing);
            continue;
        }
        let lower = rest.to_lowercase();
        // "at least once", "more than twice": a number of times.
        let times = match lower.as_str() {
            "once" => Some(1.0),
            "twice" => Some(2.0),
            "thrice" => Some(3.0),
            _ => None,
        };
        if let Some(v) =
            times.filter(|_| out.last().is_some_and(|t: &Tok| matches!(t.text.as_str(), "least" | "than" | "most")))
        {
            out.push(Tok {
                text: lower,
                orig: rest.into(),
                kind: Kind::Number { value: v, currency: false, percent: false, year_like: false },
                possessive: false,
            });
        } else if is_season(rest) {
            // "2023-24": a season or financial year as data writes it, one word (a value to match).
            out.push(word(&lower, rest));
        } else if let Some(d) = parse_date(rest) {
            out.push(Tok { text: lower, orig: rest.into(), kind: Kind::Date(d), possessive: false });
        } else if let Some(k) = parse_number(rest) {
            out.push(Tok { text: lower, orig: rest.into(), kind: k, possessive: false });
        } else if lower.len() == 2
            && (lower.starts_with('q') || lower.starts_with('h'))
            && lower[1..].parse::<u32>().is_ok()
        {
            let n: u32 = lower[1..].parse().unwrap_or(0);
            let kind = if lower.starts_with('q') && (1..=4).contains(&n) {
                Kind::Quarter(n)
            } else if lower.starts_with('h') && (1..=2).contains(&n) {
                Kind::Half(n)
            } else {
                Kind::Word
            };
            out.push(Tok { text: lower, orig: rest.into(), kind, possessive: false });
        } else if let Some((a, b)) = split_number_word(rest).filter(|(_, b)| UNIT_WORDS.contains(&b.text.as_str())) {
            // "2024's", "10mm", "5pm"? keep the number and the word apart.
            out.push(a);
            out.push(b);
        } else {
            // Words: possessives cut; hyphens split ("year-over-year" -> year over year), except inside
            // a word the desk may hold whole (kept as its own token too; the linker tries both).
            let (stem, orig) = cut_possessive(&lower, rest);
            let possessive = stem.len() < lower.len();
            // ("2024's bookings": a number with a possessive is that number, a year here.)
            if possessive && !stem.is_empty() && stem.chars().all(|c| c.is_ascii_digit()) {
                if let Some(k) = parse_number(&stem) {
                    out.push(Tok { text: stem.to_string(), orig: orig.to_string(), kind: k, possessive: true });
                    continue;
                }
            }
            if stem.contains('-') && !stem.starts_with('-') {
                let parts: Vec<&str> = stem.split('-').filter(|p| !p.is_empty()).collect();
                let oparts: Vec<&str> = orig.split('-').filter(|p| !p.is_empty()).collect();
                // ("lane-hours", "man-days", "person-hours": an amount of time, of whatever the first word
                // names; the time is what is asked.)
                let time_of = parts.len() == 2
                    && parts[1].ends_with('s')
                    && crate::analyst::plan::seconds_in(parts[1]).is_some()
                    && !parts[0].chars().any(|c| c.is_ascii_digit());
                // ("Jan-Mar 2025", "January-March": a span of months, as "January to March".)
                let months = parts.len() == 2 && parts.iter().all(|p| super::periods::month_of(p).is_some());
                if time_of && oparts.len() == 2 {
                    out.push(word(parts[1], oparts[1]));
                } else if months && oparts.len() == 2 {
                    out.push(word(parts[0], oparts[0]));
                    out.push(word("to", "-"));
                    out.push(word(parts[1], oparts[1]));
                } else if parts.len() == oparts.len() {
                    for (p, o) in parts.iter().zip(&oparts) {
                        // ("60-day terms", "3-bedroom": the number stays a number.)
                        match parse_number(p).filter(|_| p.chars().all(|c| c.is_ascii_digit())) {
                            Some(k) => {
                                out.push(Tok { text: p.to_string(), orig: o.to_string(), kind: k, possessive: false })
                            }
                            None => out.push(word(p, o)),
                        }
                    }
                } else {
                    out.push(word(&stem, &orig));
                }
            } else if !stem.is_empty() {
                let mut w = word(&stem, &orig);
                w.possessive = possessive;
                out.push(w);
            }
        }
        out.extend(trailing);
    }
    one_of_a_unit(&mut out);
    out
}

/// "more than an hour", "under half a mile", "within a day": after a word of comparison, "a"/"an" before a unit
/// is the number 1 of it ("half a"/"half an" is 0.5).
fn one_of_a_unit(toks: &mut Vec<Tok>) {
    const CMP: &[&str] =
        &["than", "over", "under", "above", "below", "exceeding", "within", "least", "most", "longer", "shorter"];
    const UNITS: &[&str] = &[
        "hour",
        "minute",
        "second",
        "day",
        "week",
        "month",
        "year",
        "mile",
        "kilometre",
        "kilometer",
        "km",
        "kilo",
        "kilogram",
        "metre",
        "meter",
        "litre",
        "liter",
        "pound",
        "stone",
    ];
    let num = |v: f64, t: &Tok| Tok {
        text: if v == 1.0 { "1".into() } else { "0.5".into() },
        orig: t.orig.clone(),
        kind: Kind::Number { value: v, currency: false, percent: false, year_like: false },
        possessive: false,
    };
    let mut i = 1;
    while i + 1 < toks.len() {
        let unit_next = |j: usize| toks.get(j).is_some_and(|t| UNITS.contains(&t.text.as_str()));
        if CMP.contains(&toks[i - 1].text.as_str()) {
            if matches!(toks[i].text.as_str(), "a" | "an") && unit_next(i + 1) {
                toks[i] = num(1.0, &toks[i]);
            } else if toks[i].text == "half" && matches!(toks[i + 1].text.as_str(), "a" | "an") && unit_next(i + 2) {
                toks[i] = num(0.5, &toks[i]);
                toks.remove(i + 1);
            }
        }
        i += 1;
    }
}

/// Units written right after a number ("10mm", "5km", "3h"): split off; other letters make a code ("10B").
const UNIT_WORDS: &[&str] = &[
    "mm", "cm", "km", "kg", "g", "h", "hr", "hrs", "min", "mins", "s", "pm", "am", "l", "ml", "mi", "lb", "lbs", "th",
    "st", "nd", "rd", "°c", "°f",
];

fn split_number_word(s: &str) -> Option<(Tok, Tok)> {
    let i = s.find(|c: char| c.is_alphabetic())?;
    if i == 0 {
        return None;
    }
    let (n, w) = s.split_at(i);
    // ("25°C": the degree sign goes with the unit, "°c".)
    let (n, w) = match n.strip_suffix('°') {
        Some(m) => (m, format!("°{w}")),
        None => (n, w.to_string()),
    };
    let w = w.as_str();
    let k = parse_number(n)?;
    let (stem, orig) = cut_possessive(&w.to_lowercase(), w);
    if stem.is_empty() {
        return Some((Tok { text: n.to_lowercase(), orig: n.into(), kind: k, possessive: false }, word("", "")))
            .filter(|(_, b)| !b.text.is_empty());
    }
    Some((Tok { text: n.to_lowercase(), orig: n.into(), kind: k, possessive: false }, word(&stem, &orig)))
}

/// "customer's" -> "customer", "customers'" -> "customers"; also with a typographic apostrophe.
fn cut_possessive(lower: &str, orig: &str) -> (String, String) {
    for suf in ["'s", "’s", "'", "’"] {
        if lower.len() > suf.len() + 1 {
            if let Some(stem) = lower.strip_suffix(suf) {
                return (stem.to_string(), orig[..orig.len() - suf.len()].to_string());
            }
        }
    }
    (lower.to_string(), orig.to_string())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn kinds(q: &str) -> Vec<String> {
        tokenize(q)
            .iter()
            .map(|t| match &t.kind {
                Kind::Word => t.text.clone(),
                Kind::Number { value, currency, percent, .. } => {
                    format!("#{value}{}{}", if *currency { "$" } else { "" }, if *percent { "%" } else { "" })
                }
                Kind::Date(d) => format!("@{d}"),
                Kind::Quarter(n) => format!("Q{n}"),
                Kind::Half(n) => format!("H{n}"),
                Kind::Punct(c) => c.to_string(),
            })
            .collect()
    }

    #[test]
    fn words_numbers_dates_and_possessives() {
        assert_eq!(
            kinds("Which customer's orders were over $1,200.50?"),
            vec!["which", "customer", "orders", "were", "over", "#1200.5$", "?"]
        );
        assert_eq!(kinds("revenue in Q1 2026 vs h2"), vec!["revenue", "in", "Q1", "#2026", "vs", "H2"]);
        assert_eq!(kinds("since 2024-03-15 and 03/31/2025"), vec!["since", "@2024-03-15", "and", "@2025-03-31"]);
        assert_eq!(kinds("15% of 2k, year-over-year"), vec!["#15%", "of", "#2000", ",", "year", "over", "year"]);
        assert_eq!(kinds("the members' visits"), vec!["the", "members", "visits"]);
        assert_eq!(kinds("on 31/12/2024"), vec!["on", "@2024-12-31"]);
        // An initial keeps its dot; a sentence's last letter does not.
        assert_eq!(
            kinds("samples by P. Sharma in plan A."),
            vec!["samples", "by", "p.", "sharma", "in", "plan", "a", "."]
        );
    }
}
