//! Reading one value and deciding a column's type.
//!
//! Owns the spelling rules: null markers, numbers (plain, `$1,234.50`, `1 234,5`, `12%`), booleans, dates
//! and date-times in their common spellings; the per-column evidence gathered over every row (pass one)
//! and the plan that converts each value to its stored form (pass two). It does not read files, pick
//! delimiters or touch the engine.
//!
//! Choices, reported in a column's notes when they apply:
//! - a percent is stored as a fraction (`12%` -> `0.12`), so it multiplies directly;
//! - a currency symbol is dropped, the amount kept;
//! - when both "comma groups thousands" and "comma marks decimals" fit every value, the decimal comma is
//!   chosen for `;`-delimited files (the European convention) and the thousands comma otherwise;
//! - `NN/NN/YYYY` is month first unless some value proves day first (a first number above 12);
//! - `NN.NN.YYYY` is always day first;
//! - dates are converted to `YYYY-MM-DD` and date-times to `YYYY-MM-DD HH:MM:SS[.fff]`, stored as the engine's
//!   DATE and TIMESTAMP; a value with a zone is converted to UTC;
//! - integers with leading zeros (`08123`) are codes, not numbers: the column stays text.

/// The stored type of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColumnType {
    Integer,
    Real,
    Boolean,
    Date,
    Datetime,
    Text,
}

impl ColumnType {
    /// The engine's type of the column: BIGINT, DOUBLE, BOOLEAN, DATE, TIMESTAMP or VARCHAR.
    pub fn stored(self) -> crate::engine::ColumnType {
        use crate::engine::ColumnType as E;
        match self {
            ColumnType::Integer => E::Bigint,
            ColumnType::Real => E::Double,
            ColumnType::Boolean => E::Boolean,
            ColumnType::Date => E::Date,
            ColumnType::Datetime => E::Timestamp,
            ColumnType::Text => E::Varchar,
        }
    }

    /// The declared SQL type of the column.
    pub fn sql(self) -> &'static str {
        self.stored().sql()
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ColumnType::Integer => "integer",
            ColumnType::Real => "real",
            ColumnType::Boolean => "boolean",
            ColumnType::Date => "date",
            ColumnType::Datetime => "datetime",
            ColumnType::Text => "text",
        }
    }

    pub fn is_numeric(self) -> bool {
        matches!(self, ColumnType::Integer | ColumnType::Real | ColumnType::Boolean)
    }
}

/// `s` without surrounding white space; cheap when there is none (the usual case).
pub(crate) fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (Some(&f), Some(&l)) if f > b' ' && f < 0x80 && l > b' ' && l < 0x80 => s,
        _ => s.trim(),
    }
}

/// Empty, `NA`, `N/A`, `null`, `NULL`, `-`, `NaN` (case-insensitive), `?` (not known: also `??`, `???`), after
/// trimming.
pub(crate) fn is_null(t: &str) -> bool {
    match t.len() {
        0 => true,
        1 => t == "-" || t == "?",
        2 => t.eq_ignore_ascii_case("na") || t == "??",
        3 => t.eq_ignore_ascii_case("n/a") || t.eq_ignore_ascii_case("nan") || t == "???",
        4 => t.eq_ignore_ascii_case("null"),
        _ => false,
    }
}

pub(crate) fn parse_bool(t: &str) -> Option<bool> {
    match t.len() {
        1 if t.eq_ignore_ascii_case("t") => Some(true),
        1 if t.eq_ignore_ascii_case("f") => Some(false),
        2 if t.eq_ignore_ascii_case("no") => Some(false),
        3 if t.eq_ignore_ascii_case("yes") => Some(true),
        4 if t.eq_ignore_ascii_case("true") => Some(true),
        5 if t.eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Currency {
    Dollar,
    Euro,
    Pound,
    Yen,
}

impl Currency {
    fn of(c: char) -> Option<Currency> {
        match c {
            '$' => Some(Currency::Dollar),
            '€' => Some(Currency::Euro),
            '£' => Some(Currency::Pound),
            '¥' => Some(Currency::Yen),
            _ => None,
        }
    }

    fn symbol(self) -> char {
        match self {
            Currency::Dollar => '$',
            Currency::Euro => '€',
            Currency::Pound => '£',
            Currency::Yen => '¥',
        }
    }
}

/// Units of measure a number may be written with in its cell ("12.4 kWh", "3.5km", "45 mins"): the spellings
/// (lower case) and the unit the column is then said to be in. General units only; a word after a number
/// that is none of these leaves the value text.
const UNITS: &[(&str, &str)] = &[
    ("kwh", "kWh"),
    ("wh", "Wh"),
    ("mwh", "MWh"),
    ("kw", "kW"),
    ("kg", "kg"),
    ("kgs", "kg"),
    ("g", "g"),
    ("lb", "lb"),
    ("lbs", "lb"),
    ("oz", "oz"),
    ("km", "km"),
    ("mi", "miles"),
    ("mile", "miles"),
    ("miles", "miles"),
    ("m", "m"),
    ("cm", "cm"),
    ("mm", "mm"),
    ("ft", "ft"),
    ("l", "L"),
    ("ltr", "L"),
    ("litre", "L"),
    ("litres", "L"),
    ("liter", "L"),
    ("liters", "L"),
    ("ml", "ml"),
    ("h", "hours"),
    ("hr", "hours"),
    ("hrs", "hours"),
    ("hour", "hours"),
    ("hours", "hours"),
    ("min", "minutes"),
    ("mins", "minutes"),
    ("minute", "minutes"),
    ("minutes", "minutes"),
    ("yr", "years"),
    ("yrs", "years"),
    ("year", "years"),
    ("years", "years"),
    ("sec", "seconds"),
    ("secs", "seconds"),
    ("seconds", "seconds"),
    ("w", "W"),
    ("watt", "W"),
    ("watts", "W"),
    ("°c", "°C"),
    ("°f", "°F"),
    ("mph", "mph"),
    ("km/h", "km/h"),
    ("kmh", "km/h"),
    ("bpm", "bpm"),
    ("kcal", "kcal"),
    ("m³", "m³"),
    ("gal", "gal"),
    ("p", "p"),
];

/// A unit's kind of quantity and its size in that kind's base unit ("g" is mass, 0.001 of a kilogram): units of
/// one kind written in one column ("800g" beside "1.2 kg", "1h 5m" beside "45 mins") are converted to the one
/// written most. None for units that are not converted.
pub(crate) fn unit_scale(i: u8) -> Option<(u8, f64)> {
    Some(match unit_name(i) {
        "kg" => (0, 1.0),
        "g" => (0, 0.001),
        "lb" => (0, 0.453_592_37),
        "oz" => (0, 0.028_349_523_125),
        "hours" => (1, 1.0),
        "minutes" => (1, 1.0 / 60.0),
        "seconds" => (1, 1.0 / 3600.0),
        "km" => (2, 1000.0),
        "m" => (2, 1.0),
        "cm" => (2, 0.01),
        "mm" => (2, 0.001),
        "miles" => (2, 1609.344),
        "ft" => (2, 0.3048),
        "L" => (3, 1.0),
        "ml" => (3, 0.001),
        "kWh" => (4, 1.0),
        "Wh" => (4, 0.001),
        "MWh" => (4, 1000.0),
        _ => return None,
    })
}

/// "m" among lengths of time is minutes, not metres.
fn as_time(u: u8) -> u8 {
    if unit_name(u) == "m" {
        unit_index("minutes").unwrap_or(u)
    } else {
        u
    }
}

/// The index in [`UNITS`] of a unit by its name ("minutes").
fn unit_index(name: &str) -> Option<u8> {
    UNITS.iter().position(|(_, n)| *n == name).map(|i| i as u8)
}

/// A length of time written in words or in parts: "an hour", "half an hour", "an hour and a half", "a
/// quarter of an hour", "1h 5m", "1hr 5min", "1 hr 5", "2h30": in minutes (whole where it is).
fn duration_words(s: &str) -> Option<f64> {
    let t = s.trim().trim_end_matches('.').to_lowercase();
    let t: String = t.split_whitespace().collect::<Vec<_>>().join(" ");
    let whole = match t.as_str() {
        "an hour" | "one hour" | "1 hour" => Some(60.0),
        "half an hour" | "half hour" | "a half hour" | "half a hour" => Some(30.0),
        "a quarter of an hour" | "quarter of an hour" | "quarter hour" | "a quarter hour" => Some(15.0),
        "three quarters of an hour" => Some(45.0),
        "an hour and a half" | "hour and a half" | "one and a half hours" | "1 and a half hours" => Some(90.0),
        "two hours" => Some(120.0),
        "a minute" | "one minute" => Some(1.0),
        _ => None,
    };
    if whole.is_some() {
        return whole;
    }
    // Hours then minutes: "1h 5m", "1hr 5min", "1 hr 5", "2h30", "1 hour 20 minutes".
    let b = t.as_bytes();
    let mut i = 0;
    let digits = |i: &mut usize| -> Option<f64> {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        (start < *i && *i - start <= 3).then(|| t[start..*i].parse().ok()).flatten()
    };
    let h = digits(&mut i)?;
    let rest = t[i..].trim_start();
    let after_h = ["hours", "hour", "hrs", "hr", "h"].iter().find_map(|w| rest.strip_prefix(w))?;
    let after_h = after_h.trim_start().trim_start_matches(['&', ',']).trim_start();
    let after_h = after_h.strip_prefix("and ").unwrap_or(after_h);
    if after_h.is_empty() {
        return None;
    }
    let mb = after_h.as_bytes();
    let mut j = 0;
    while j < mb.len() && mb[j].is_ascii_digit() {
        j += 1;
    }
    if j == 0 || j > 2 {
        return None;
    }
    let m: f64 = after_h[..j].parse().ok()?;
    let tail = after_h[j..].trim();
    let ok = matches!(tail, "" | "m" | "min" | "mins" | "minute" | "minutes");
    (ok && m < 60.0).then_some(h * 60.0 + m)
}

/// The unit written after a number (an index into [`UNITS`]), and the number's text before it.
fn unit_suffix(s: &str) -> Option<(u8, &str)> {
    let cut = s
        .trim_end()
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || matches!(c, '°' | '/' | '³'))
        .last()?
        .0;
    let (head, tail) = s.split_at(cut);
    let tail = tail.trim();
    let head = head.trim_end();
    if head.is_empty() || !head.ends_with(|c: char| c.is_ascii_digit()) || tail.len() > 8 {
        return None;
    }
    let lower = tail.to_lowercase();
    UNITS.iter().position(|(w, _)| *w == lower).map(|i| (i as u8, head))
}

/// A point of a scale with its label written after it, "4 - Very good", "5 = Excellent", "1: poor": the number's
/// text (one or two digits). Whether a column of them is a scale the evidence decides (see
/// `NumberEvidence::labelled`).
fn scale_label(s: &str) -> Option<&str> {
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let rest = s[digits..].trim_start();
    let mark = rest.chars().next().filter(|c| matches!(c, '-' | '–' | '=' | ':' | ')'))?;
    let words = rest[mark.len_utf8()..].trim();
    let ok = (2..=40).contains(&words.chars().count())
        && words.starts_with(|c: char| c.is_alphabetic())
        && words.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '’' | '-'));
    ok.then_some(&s[..digits])
}

/// A whole number with the things counted written after it, "2 bags", "10 nets", "1 crate": the number's text.
/// Whether a column of them is numbers the evidence decides (see `NumberEvidence::nouns`).
fn counted_noun(s: &str) -> Option<&str> {
    let t = s.trim();
    // ("2sk", "3pcs": the word run on; not an ordinal, "3rd", nor a time, "9am".)
    let split = t.rsplit_once(' ').or_else(|| {
        let at = t.find(|c: char| !c.is_ascii_digit())?;
        let tail = &t[at..];
        (at > 0 && !matches!(tail, "st" | "nd" | "rd" | "th" | "am" | "pm")).then(|| (&t[..at], tail))
    });
    let (head, tail) = split?;
    let head = head.trim_end();
    let ok = (1..=5).contains(&head.len())
        && head.bytes().all(|b| b.is_ascii_digit())
        && (2..=12).contains(&tail.chars().count())
        && tail.chars().all(|c| c.is_ascii_lowercase());
    ok.then_some(head)
}

/// "x2", "x 2", "×3", "2x": a whole count of one to four digits with a times sign.
fn times_count(s: &str) -> Option<i64> {
    let t = s.trim();
    let digits = t.strip_prefix(['x', 'X', '×']).map(str::trim_start).or_else(|| t.strip_suffix(['x', 'X', '×']))?;
    let ok = (1..=4).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0');
    ok.then(|| digits.parse().ok()).flatten()
}

/// The name of a unit of [`UNITS`].
pub(crate) fn unit_name(i: u8) -> &'static str {
    UNITS.get(i as usize).map(|u| u.1).unwrap_or("")
}

/// A number as written, with what its spelling used.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Number {
    pub value: f64,
    /// Set when the value is a whole number written without decimal mark, exponent or percent.
    pub int: Option<i64>,
    pub group: Option<char>,
    /// A ',' appeared (as thousands separator or decimal mark).
    pub comma: bool,
    pub currency: Option<Currency>,
    pub percent: bool,
    /// The unit written after it (see [`UNITS`]).
    pub unit: Option<u8>,
    /// A point of a scale written with its label after it ("4 - Very good", "5 = excellent").
    pub label: bool,
    /// A whole number with the things counted after it ("2 bags", "10 nets").
    pub noun: bool,
}

fn is_group_char(c: char, decimal: char) -> bool {
    match c {
        ' ' | '\u{a0}' | '\u{202f}' | '\'' => true,
        ',' => decimal == '.',
        '.' => decimal == ',',
        _ => false,
    }
}

const POW10: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/// `[+-]digits[.digits]` with at most 15 digits in all, parsed exactly: the mantissa and the power of
/// ten are both exact doubles, so their quotient is correctly rounded (the classic fast path).
/// None for anything else (the caller falls back to the full parser).
pub(crate) fn fast_decimal(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let (neg, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        b'+' => (false, &b[1..]),
        _ => (false, b),
    };
    let mut mantissa: u64 = 0;
    let mut count = 0usize;
    let mut frac: Option<usize> = None;
    for &c in digits {
        if c.is_ascii_digit() {
            count += 1;
            if count > 15 {
                // Beyond what this path reads exactly (and before the mantissa could overflow).
                return None;
            }
            mantissa = mantissa * 10 + (c - b'0') as u64;
            if let Some(f) = frac.as_mut() {
                *f += 1;
            }
        } else if c == b'.' && frac.is_none() {
            frac = Some(0);
        } else {
            return None;
        }
    }
    if count == 0 || count > 15 || frac == Some(0) {
        return None;
    }
    let v = mantissa as f64 / POW10[frac.unwrap_or(0)];
    Some(if neg { -v } else { v })
}

/// A number said to be about so much: "c.40", "ca 40", "circa 40", "~110", "approx. 25", "about 30", "40ish": the
/// number as written after (or before) the word.
fn approximately(s: &str) -> Option<&str> {
    const BEFORE: &[&str] = &["c.", "c ", "ca.", "ca ", "circa ", "approx.", "approx ", "about ", "around ", "~", "≈"];
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let rest = BEFORE
        .iter()
        .find(|p| lower.starts_with(*p) && t.is_char_boundary(p.len()))
        .map(|p| t[p.len()..].trim_start())
        .or_else(|| t.strip_suffix("ish").map(str::trim_end))?;
    rest.starts_with(|c: char| c.is_ascii_digit()).then_some(rest)
}

/// "an hour", "1h 5m": a length of time in words or in parts, as a number of minutes (converted with the
/// column's unit). (Cheap tests first: this runs on every value of every column.)
fn duration_number(s: &str) -> Option<Number> {
    let b0 = s.as_bytes().first().copied().unwrap_or(0);
    let maybe_time = s.len() <= 40
        && (b0.is_ascii_digit() && s.bytes().any(|b| b == b'h' || b == b'H')
            || b0.is_ascii_alphabetic() && (s.contains("our") || s.contains("inute")));
    if !maybe_time {
        return None;
    }
    let m = duration_words(s)?;
    Some(Number {
        value: m,
        int: (m.fract() == 0.0).then_some(m as i64),
        group: None,
        comma: false,
        currency: None,
        percent: false,
        unit: unit_index("minutes"),
        label: false,
        noun: false,
    })
}

/// Parse a trimmed value as a number whose decimal mark is `decimal` ('.' or ',').
pub(crate) fn parse_number(s: &str, decimal: char) -> Option<Number> {
    if let Some(n) = duration_number(s) {
        return Some(n);
    }
    // "17 (incl 2 HGV)", "45 (approx)": a number with a remark in brackets after it, the number (numbers only beside
    // numbers written bare, as "2 bags").
    if let Some((head, rest)) = s.split_once(" (") {
        if rest.ends_with(')') && !rest[..rest.len() - 1].contains(['(', ')']) && head.trim().len() <= 12 {
            let mut n = parse_number(head.trim(), decimal)?;
            if n.currency.is_some() || n.percent || n.unit.is_some() || n.label || n.noun {
                return None;
            }
            n.noun = true;
            return Some(n);
        }
    }
    // "c.40", "~110": about that many, written with more than the number (numbers only beside numbers written
    // bare, as "2 bags").
    if let Some(rest) = approximately(s) {
        let mut n = parse_number(rest, decimal)?;
        if n.currency.is_some() || n.percent || n.unit.is_some() || n.label {
            return None;
        }
        n.noun = true;
        return Some(n);
    }
    let b = s.as_bytes();
    // A count written "x2" or "2x" (two of it): the count, marked as written with more than the number (a column
    // of them is numbers only beside numbers written bare, as "2 bags").
    if let Some(n) = times_count(s) {
        return Some(Number {
            value: n as f64,
            int: Some(n),
            group: None,
            comma: false,
            currency: None,
            percent: false,
            unit: None,
            label: false,
            noun: true,
        });
    }
    // Fast path: plain integers, by far the most common spelling.
    if !b.is_empty() && b.len() <= 18 {
        let digits = if b[0] == b'-' || b[0] == b'+' { &b[1..] } else { b };
        if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) {
            if digits.len() > 1 && digits[0] == b'0' {
                return None;
            }
            let v: i64 = s.parse().ok()?;
            return Some(Number {
                value: v as f64,
                int: Some(v),
                group: None,
                comma: false,
                currency: None,
                percent: false,
                unit: None,
                label: false,
                noun: false,
            });
        }
        // Plain decimals with a '.' mark: 12.5, -0.25, .097
        if decimal == '.' {
            if let Some(dot) = digits.iter().position(|c| *c == b'.') {
                let (int, frac) = (&digits[..dot], &digits[dot + 1..]);
                if !frac.is_empty() && int.iter().all(u8::is_ascii_digit) && frac.iter().all(u8::is_ascii_digit) {
                    if int.len() > 1 && int[0] == b'0' {
                        return None;
                    }
                    let v: f64 = match fast_decimal(s) {
                        Some(v) => v,
                        None => s.parse().ok()?,
                    };
                    return Some(Number {
                        value: v,
                        int: None,
                        group: None,
                        comma: false,
                        currency: None,
                        percent: false,
                        unit: None,
                        label: false,
                        noun: false,
                    });
                }
            }
        }
    }
    let mut rest = s;
    let mut neg = false;
    let mut currency = None;
    if let Some(r) = rest.strip_prefix('-') {
        neg = true;
        rest = r;
    } else if let Some(r) = rest.strip_prefix('+') {
        rest = r;
    }
    if let Some(c) = rest.chars().next().and_then(Currency::of) {
        currency = Some(c);
        rest = rest[c.symbol().len_utf8()..].trim_start();
        if !neg {
            if let Some(r) = rest.strip_prefix('-') {
                neg = true;
                rest = r;
            }
        }
    }
    // ISO codes written before or after the amount ("EUR 13,20", "12.50 USD").
    let code = |w: &str| match w.to_ascii_uppercase().as_str() {
        "USD" => Some(Currency::Dollar),
        "EUR" => Some(Currency::Euro),
        "GBP" => Some(Currency::Pound),
        "JPY" => Some(Currency::Yen),
        _ => None,
    };
    if currency.is_none() && rest.len() > 3 && rest.is_char_boundary(3) {
        let (head, tail) = rest.split_at(3);
        if let Some(c) = code(head).filter(|_| tail.starts_with(|x: char| x == ' ' || x.is_ascii_digit())) {
            currency = Some(c);
            rest = tail.trim_start();
            if !neg {
                if let Some(r) = rest.strip_prefix('-') {
                    neg = true;
                    rest = r;
                }
            }
        }
    }
    if currency.is_none() && rest.len() > 4 && rest.is_char_boundary(rest.len() - 3) {
        let (head, tail) = rest.split_at(rest.len() - 3);
        if let Some(c) = code(tail).filter(|_| head.ends_with(|x: char| x == ' ' || x.is_ascii_digit())) {
            currency = Some(c);
            rest = head.trim_end();
        }
    }
    let mut percent = false;
    if let Some(r) = rest.strip_suffix('%') {
        percent = true;
        rest = r.trim_end();
    }
    if currency.is_none() {
        if let Some(c) = rest.chars().next_back().and_then(Currency::of) {
            currency = Some(c);
            rest = rest[..rest.len() - c.symbol().len_utf8()].trim_end();
        }
    }
    if percent && currency.is_some() {
        return None;
    }
    let mut unit = None;
    let mut label = false;
    let mut noun = false;
    if let Some(digits) = (!percent && currency.is_none() && !neg).then(|| scale_label(rest)).flatten() {
        label = true;
        rest = digits;
    } else if !percent && currency.is_none() && rest.ends_with(|c: char| c.is_alphabetic() || c == '³') {
        match unit_suffix(rest) {
            Some((u, head)) => {
                unit = Some(u);
                rest = head;
            }
            None => {
                rest = counted_noun(rest)?;
                noun = true;
            }
        }
    }

    let mut buf = [0u8; 48];
    let mut n = 0usize;
    let mut push = |c: u8, n: &mut usize| -> bool {
        if *n >= buf.len() {
            return false;
        }
        buf[*n] = c;
        *n += 1;
        true
    };
    if neg && !push(b'-', &mut n) {
        return None;
    }
    let mut group: Option<char> = None;
    let mut group_len = 0usize; // digits in the current group
    let mut int_digits = 0usize;
    let mut first_digit = 0u8;
    let mut fraction = false;
    let mut exponent = false;
    let mut comma = false;
    let mut chars = rest.chars().peekable();
    // Integer part.
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            if int_digits == 0 {
                first_digit = c as u8;
            }
            int_digits += 1;
            group_len += 1;
            if !push(c as u8, &mut n) {
                return None;
            }
            chars.next();
        } else if is_group_char(c, decimal) {
            if group_len == 0 {
                return None;
            }
            match group {
                None => {
                    if group_len > 3 {
                        return None;
                    }
                    group = Some(c);
                }
                Some(g) if g == c => {
                    if group_len != 3 {
                        return None;
                    }
                }
                Some(_) => return None,
            }
            if c == ',' {
                comma = true;
            }
            group_len = 0;
            chars.next();
        } else {
            break;
        }
    }
    if group.is_some() && group_len != 3 {
        return None;
    }
    if int_digits > 1 && first_digit == b'0' {
        return None;
    }
    // Fraction.
    if chars.peek() == Some(&decimal) {
        chars.next();
        if decimal == ',' {
            comma = true;
        }
        if !push(b'.', &mut n) {
            return None;
        }
        let mut frac_digits = 0;
        while let Some(&c) = chars.peek() {
            if !c.is_ascii_digit() {
                break;
            }
            frac_digits += 1;
            if !push(c as u8, &mut n) {
                return None;
            }
            chars.next();
        }
        if frac_digits == 0 {
            return None;
        }
        fraction = true;
    }
    if int_digits == 0 && !fraction {
        return None;
    }
    // Exponent (plain numbers only).
    if matches!(chars.peek(), Some('e' | 'E')) && group.is_none() && currency.is_none() && !percent {
        chars.next();
        if !push(b'e', &mut n) {
            return None;
        }
        if let Some(&c) = chars.peek() {
            if c == '-' || c == '+' {
                chars.next();
                if !push(c as u8, &mut n) {
                    return None;
                }
            }
        }
        let mut exp_digits = 0;
        while let Some(&c) = chars.peek() {
            if !c.is_ascii_digit() {
                break;
            }
            exp_digits += 1;
            if !push(c as u8, &mut n) {
                return None;
            }
            chars.next();
        }
        if exp_digits == 0 {
            return None;
        }
        exponent = true;
    }
    if chars.next().is_some() {
        return None;
    }
    let text = std::str::from_utf8(&buf[..n]).ok()?;
    let (value, int) = if !fraction && !exponent && !percent {
        let v: i64 = text.parse().ok()?;
        (v as f64, Some(v))
    } else {
        let v: f64 = text.parse().ok()?;
        if !v.is_finite() {
            return None;
        }
        (if percent { v / 100.0 } else { v }, None)
    };
    Some(Number { value, int, group, comma, currency, percent, unit, label, noun })
}

/// Day order of `NN/NN/YYYY` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SlashOrder {
    MonthFirst,
    DayFirst,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DatePart {
    Ymd(i32, u32, u32),
    /// `a/b/year` with the order of a and b not yet known.
    Slash(u32, u32, i32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Time {
    h: u32,
    m: u32,
    s: u32,
    frac: u32,
    frac_digits: u32,
}

/// Spellings seen, for the notes.
pub(crate) const STYLE_ISO: u8 = 1;
pub(crate) const STYLE_YMD_SLASH: u8 = 2;
pub(crate) const STYLE_SLASH: u8 = 4;
pub(crate) const STYLE_DOT_DMY: u8 = 8;
pub(crate) const STYLE_MONTH_NAME: u8 = 16;
/// A month without a day (`2024-01`, `Jan 2024`): stored as the month's first day.
pub(crate) const STYLE_YEAR_MONTH: u8 = 32;
/// Year, month and day run together (`20240701`).
pub(crate) const STYLE_COMPACT: u8 = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stamp {
    pub date: DatePart,
    pub time: Option<Time>,
    /// Minutes east of UTC.
    pub zone: Option<i32>,
    pub style: u8,
}

fn valid_ymd(y: i32, m: u32, d: u32) -> bool {
    (1000..=9999).contains(&y)
        && (1..=12).contains(&m)
        && d >= 1
        && d <= crate::calendar::days_in_month(i64::from(y), m)
}

const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// A month from its English name or 3-letter abbreviation ("Sept" too), case-insensitive.
fn month_of(word: &[u8]) -> Option<u32> {
    if word.len() < 3 || word.len() > 9 {
        return None;
    }
    let mut low = [0u8; 9];
    for (i, c) in word.iter().enumerate() {
        low[i] = c.to_ascii_lowercase();
    }
    let low = &low[..word.len()];
    for (i, m) in crate::calendar::MONTH_NAMES.iter().enumerate() {
        if m.as_bytes().eq_ignore_ascii_case(low)
            || m.as_bytes()[..3].eq_ignore_ascii_case(low)
            || (i == 8 && low == b"sept")
        {
            return Some(i as u32 + 1);
        }
    }
    None
}

fn is_weekday(word: &[u8]) -> bool {
    if word.len() < 3 {
        return false;
    }
    let low: Vec<u8> = word.iter().map(u8::to_ascii_lowercase).collect();
    WEEKDAYS.iter().any(|d| low == d.as_bytes() || low == d.as_bytes()[..3])
}

struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn spaces(&mut self) -> usize {
        let start = self.i;
        while self.peek() == Some(b' ') {
            self.i += 1;
        }
        self.i - start
    }
    /// Up to `max` digits; returns (value, count).
    fn digits(&mut self, max: usize) -> (u32, usize) {
        let mut v = 0u32;
        let mut n = 0;
        while n < max {
            match self.peek() {
                Some(c) if c.is_ascii_digit() => {
                    v = v * 10 + (c - b'0') as u32;
                    n += 1;
                    self.i += 1;
                }
                _ => break,
            }
        }
        (v, n)
    }
    fn word(&mut self) -> &[u8] {
        let start = self.i;
        while matches!(self.peek(), Some(c) if c.is_ascii_alphabetic()) {
            self.i += 1;
        }
        &self.b[start..self.i]
    }
    fn done(&self) -> bool {
        self.i == self.b.len()
    }
}

/// Recognise a date or date-time spelling. The `NN/NN/YYYY` order is left open (`DatePart::Slash`).
pub(crate) fn scan_datetime(s: &str) -> Option<Stamp> {
    let b = s.as_bytes();
    if b.len() < 6 || b.len() > 64 {
        return None;
    }
    let mut c = Cursor { b, i: 0 };
    let (date, style) = scan_date(&mut c)?;
    if c.done() {
        return Some(Stamp { date, time: None, zone: None, style });
    }
    // Time separator: 'T', spaces, or ", ".
    if !c.eat(b'T') {
        c.eat(b',');
        if c.spaces() == 0 {
            return None;
        }
    }
    let (h, hn) = c.digits(2);
    if hn == 0 || !c.eat(b':') {
        return None;
    }
    let (m, mn) = c.digits(2);
    if mn != 2 {
        return None;
    }
    let (mut sec, mut frac, mut frac_digits) = (0, 0, 0);
    if c.eat(b':') {
        let (v, n) = c.digits(2);
        if n != 2 {
            return None;
        }
        sec = v;
        if c.eat(b'.') || c.eat(b',') {
            let (f, n) = c.digits(9);
            if n == 0 {
                return None;
            }
            frac = f;
            frac_digits = n as u32;
            // Ignore digits beyond nanoseconds.
            while matches!(c.peek(), Some(d) if d.is_ascii_digit()) {
                c.i += 1;
            }
        }
    }
    let mut h = h;
    // AM/PM.
    let save = c.i;
    c.spaces();
    let w = c.word();
    if w.eq_ignore_ascii_case(b"am") || w.eq_ignore_ascii_case(b"pm") {
        if !(1..=12).contains(&h) {
            return None;
        }
        let pm = w.eq_ignore_ascii_case(b"pm");
        h = match (pm, h) {
            (false, 12) => 0,
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, h) => h,
        };
    } else {
        c.i = save;
    }
    if h > 23 || m > 59 || sec > 59 {
        return None;
    }
    // Zone.
    let mut zone = None;
    let save = c.i;
    c.spaces();
    if c.eat(b'Z') {
        zone = Some(0);
    } else if matches!(c.peek(), Some(b'+' | b'-')) {
        let neg = c.peek() == Some(b'-');
        c.i += 1;
        let (zh, n) = c.digits(2);
        if n != 2 {
            return None;
        }
        c.eat(b':');
        let (zm, n) = c.digits(2);
        if n != 0 && n != 2 {
            return None;
        }
        if zh > 14 || zm > 59 {
            return None;
        }
        let mins = (zh * 60 + zm) as i32;
        zone = Some(if neg { -mins } else { mins });
    } else {
        let w = c.word();
        if w.eq_ignore_ascii_case(b"utc") || w.eq_ignore_ascii_case(b"gmt") {
            zone = Some(0);
        } else {
            c.i = save;
        }
    }
    if !c.done() {
        return None;
    }
    Some(Stamp { date, time: Some(Time { h, m, s: sec, frac, frac_digits }), zone, style })
}

fn scan_date(c: &mut Cursor) -> Option<(DatePart, u8)> {
    // "Sun 1 Jan 2023", "Friday, 5 January 2024": a weekday before a day-first date.
    let mut day_first_after_weekday = false;
    if matches!(c.peek(), Some(x) if x.is_ascii_alphabetic()) {
        let start = c.i;
        if is_weekday(c.word()) {
            c.eat(b',');
            day_first_after_weekday = c.spaces() > 0 && matches!(c.peek(), Some(x) if x.is_ascii_digit());
        }
        if !day_first_after_weekday {
            c.i = start;
        }
    }
    if !day_first_after_weekday && matches!(c.peek(), Some(x) if x.is_ascii_alphabetic()) {
        let mut w = c.word();
        if is_weekday(w) {
            c.eat(b',');
            if c.spaces() == 0 {
                return None;
            }
            w = c.word();
        }
        let month = month_of(w)?;
        c.eat(b'.');
        if !(c.eat(b'-') || c.spaces() > 0) {
            return None;
        }
        // "Jan 2024", "January 2024": a month.
        let save = c.i;
        let (y, yn) = c.digits(4);
        if yn == 4 && c.done() && valid_ymd(y as i32, month, 1) {
            return Some((DatePart::Ymd(y as i32, month, 1), STYLE_YEAR_MONTH));
        }
        c.i = save;
        let (d, dn) = c.digits(2);
        if dn == 0 {
            return None;
        }
        c.eat(b',');
        if !(c.eat(b'-') || c.spaces() > 0) {
            return None;
        }
        let (y, yn) = c.digits(4);
        if yn != 4 || !valid_ymd(y as i32, month, d) {
            return None;
        }
        return Some((DatePart::Ymd(y as i32, month, d), STYLE_MONTH_NAME));
    }
    let (n1, d1) = c.digits(4);
    match d1 {
        4 => {
            let sep = c.peek()?;
            // "20240701": a date written as year, month and day run together, eight digits and nothing else
            // (a date only beside dates written otherwise: alone it reads as a number first).
            if sep.is_ascii_digit() && c.b.len() == 8 && c.i == 4 {
                let (md, n) = c.digits(4);
                let (m, d) = (md / 100, md % 100);
                if n == 4 && c.done() && (1900..=2100).contains(&n1) && valid_ymd(n1 as i32, m, d) {
                    return Some((DatePart::Ymd(n1 as i32, m, d), STYLE_COMPACT));
                }
                return None;
            }
            if sep != b'-' && sep != b'/' {
                return None;
            }
            c.i += 1;
            let (m, mn) = c.digits(2);
            // "2024-01" (ISO 8601's calendar month): the whole value is a month.
            if sep == b'-' && mn == 2 && c.done() && valid_ymd(n1 as i32, m, 1) {
                return Some((DatePart::Ymd(n1 as i32, m, 1), STYLE_YEAR_MONTH));
            }
            if mn == 0 || !c.eat(sep) {
                return None;
            }
            let (d, dn) = c.digits(2);
            if dn == 0 || !valid_ymd(n1 as i32, m, d) {
                return None;
            }
            // A digit right after the day means something else (e.g. 2024-01-012).
            if matches!(c.peek(), Some(x) if x.is_ascii_digit()) {
                return None;
            }
            Some((DatePart::Ymd(n1 as i32, m, d), if sep == b'-' { STYLE_ISO } else { STYLE_YMD_SLASH }))
        }
        1 | 2 => {
            let sep = c.peek()?;
            match sep {
                b'/' | b'-' | b'.' => {
                    c.i += 1;
                    if sep != b'.' && matches!(c.peek(), Some(x) if x.is_ascii_alphabetic()) {
                        // 5-Jan-2024
                        let month = month_of(c.word())?;
                        if !c.eat(sep) {
                            return None;
                        }
                        let (y, yn) = c.digits(4);
                        let y = full_year(y, yn)?;
                        if !valid_ymd(y, month, n1) {
                            return None;
                        }
                        return Some((DatePart::Ymd(y, month, n1), STYLE_MONTH_NAME));
                    }
                    // "10/2024", "3-2025": a month and its year, the whole value (a month kept as its 1st).
                    let save = c.i;
                    let (y, yn) = c.digits(4);
                    if sep != b'.' && yn == 4 && c.done() && (1900..=2100).contains(&y) && valid_ymd(y as i32, n1, 1) {
                        return Some((DatePart::Ymd(y as i32, n1, 1), STYLE_YEAR_MONTH));
                    }
                    c.i = save;
                    let (n2, d2) = c.digits(2);
                    if d2 == 0 || !c.eat(sep) {
                        return None;
                    }
                    let (y, yn) = c.digits(4);
                    if matches!(c.peek(), Some(x) if x.is_ascii_digit()) {
                        return None;
                    }
                    // (Not with dots: "3.10.12" is more likely a version than a date.)
                    if sep == b'.' && yn != 4 {
                        return None;
                    }
                    let y = full_year(y, yn)?;
                    if sep == b'.' {
                        if !valid_ymd(y, n2, n1) {
                            return None;
                        }
                        return Some((DatePart::Ymd(y, n2, n1), STYLE_DOT_DMY));
                    }
                    if !valid_ymd(y, n1, n2) && !valid_ymd(y, n2, n1) {
                        return None;
                    }
                    Some((DatePart::Slash(n1, n2, y), STYLE_SLASH))
                }
                b' ' => {
                    // 5 January 2024, 5 Jan, 2024
                    c.spaces();
                    let month = month_of(c.word())?;
                    c.eat(b'.');
                    c.eat(b',');
                    if c.spaces() == 0 {
                        return None;
                    }
                    let (y, yn) = c.digits(4);
                    if yn != 4 || !valid_ymd(y as i32, month, n1) {
                        return None;
                    }
                    Some((DatePart::Ymd(y as i32, month, n1), STYLE_MONTH_NAME))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// A number written as a bound: digits then '+', or '<' / '>' before digits ("60+", ">100", "< 5").
fn is_bound(t: &str) -> bool {
    let digits = |x: &str| {
        let x = x.trim();
        !x.is_empty()
            && x.bytes().all(|c| c.is_ascii_digit() || c == b'.' || c == b',')
            && x.bytes().any(|c| c.is_ascii_digit())
    };
    t.strip_suffix('+').is_some_and(digits)
        || t.strip_prefix(['<', '>']).map(|x| x.trim_start_matches('=')).is_some_and(digits)
}

/// A year written with four digits, or with two ("03/02/24"): 00-69 are 2000-2069, 70-99 1970-1999 (the
/// POSIX convention for two-digit years).
fn full_year(y: u32, digits: usize) -> Option<i32> {
    match digits {
        4 => Some(y as i32),
        2 if y < 70 => Some(2000 + y as i32),
        2 => Some(1900 + y as i32),
        _ => None,
    }
}

/// `v` as exactly `width` decimal digits (zero-padded; wider values keep their low digits).
fn push_digits(out: &mut String, mut v: u32, width: usize) {
    let mut digits = [b'0'; 10];
    let width = width.min(10);
    for slot in digits[..width].iter_mut().rev() {
        *slot = b'0' + (v % 10) as u8;
        v /= 10;
    }
    for &c in &digits[..width] {
        out.push(c as char);
    }
}

impl Stamp {
    /// The calendar date under a slash order; None if the value does not fit that order.
    fn ymd(&self, order: SlashOrder) -> Option<(i32, u32, u32)> {
        match self.date {
            DatePart::Ymd(y, m, d) => Some((y, m, d)),
            DatePart::Slash(a, b, y) => {
                let (m, d) = if order == SlashOrder::MonthFirst { (a, b) } else { (b, a) };
                valid_ymd(y, m, d).then_some((y, m, d))
            }
        }
    }

    /// Write the ISO form into `out` (cleared first): `YYYY-MM-DD` for a date column,
    /// `YYYY-MM-DD HH:MM:SS[.fff]` (UTC when the value had a zone) for a date-time column.
    pub(crate) fn write_iso(&self, order: SlashOrder, with_time: bool, out: &mut String) -> bool {
        out.clear();
        let Some((mut y, mut mo, mut d)) = self.ymd(order) else { return false };
        let t = self.time.unwrap_or(Time { h: 0, m: 0, s: 0, frac: 0, frac_digits: 0 });
        let (mut h, mut mi) = (t.h, t.m);
        if let (Some(zone), Some(_)) = (self.zone, self.time) {
            let total = crate::calendar::days_from_civil(y as i64, mo, d) * 1440 + (h * 60 + mi) as i64 - zone as i64;
            let (ny, nm, nd) = crate::calendar::civil_from_days(total.div_euclid(1440));
            let ny = ny as i32;
            let rem = total.rem_euclid(1440);
            (y, mo, d) = (ny, nm, nd);
            h = (rem / 60) as u32;
            mi = (rem % 60) as u32;
        }
        push_digits(out, y as u32, 4);
        out.push('-');
        push_digits(out, mo, 2);
        out.push('-');
        push_digits(out, d, 2);
        if with_time {
            out.push(' ');
            push_digits(out, h, 2);
            out.push(':');
            push_digits(out, mi, 2);
            out.push(':');
            push_digits(out, t.s, 2);
            if t.frac_digits > 0 {
                out.push('.');
                push_digits(out, t.frac, t.frac_digits as usize);
            }
        }
        true
    }
}

/// Different values written with a unit that make a column of measurements (see `NumberEvidence::unit_ok`).
const FEW: usize = 13;

/// What pass one learned about numbers under one decimal mark.
#[derive(Debug, Clone, Copy)]
struct NumberEvidence {
    alive: bool,
    all_int: bool,
    group: Option<char>,
    comma: bool,
    currency: Option<Currency>,
    percent: u64,
    /// The unit written after the numbers (see [`UNITS`]), and up to [`FEW`] different values written with it.
    /// (Units of one kind written side by side, "g" and "kg": the one written most, with how many of each.)
    unit: Option<u8>,
    units: [(u8, u64); 4],
    unit_values: [f64; FEW],
    unit_distinct: u8,
    /// How many numbers were written bare (no unit, currency or '%').
    bare: u64,
    /// How many were points of a scale with their label ("4 - Very good"): a scale only beside points written
    /// bare ("4"), every point a whole number from 0 to 10; alone they could be numbered names ("1 - Intro").
    labelled: u64,
    /// How many were whole numbers with the things counted after them ("2 bags"): numbers only beside more
    /// numbers written bare, all whole, with no unit, currency or '%' ("2 bags" beside "2", "4", "10 nets").
    nouns: u64,
    /// The range of the values written with '%' (as written: 83% is 83) and of those written without.
    pct_range: (f64, f64),
    bare_range: (f64, f64),
}

impl NumberEvidence {
    fn new() -> Self {
        let empty = (f64::INFINITY, f64::NEG_INFINITY);
        NumberEvidence {
            alive: true,
            all_int: true,
            group: None,
            comma: false,
            currency: None,
            percent: 0,
            unit: None,
            units: [(u8::MAX, 0); 4],
            unit_distinct: 0,
            unit_values: [0.0; FEW],
            bare: 0,
            labelled: 0,
            nouns: 0,
            pct_range: empty,
            bare_range: empty,
        }
    }

    fn add(&mut self, n: &Number) {
        if n.int.is_none() {
            self.all_int = false;
        }
        if n.group.is_some() {
            self.group = n.group;
        }
        self.comma |= n.comma;
        let (range, v) =
            if n.percent { (&mut self.pct_range, n.value * 100.0) } else { (&mut self.bare_range, n.value) };
        *range = (range.0.min(v), range.1.max(v));
        if n.percent {
            self.percent += 1;
        }
        if let Some(c) = n.currency {
            match self.currency {
                None => self.currency = Some(c),
                Some(d) if d != c => self.alive = false,
                Some(_) => {}
            }
        }
        if n.label {
            self.labelled += 1;
        } else if n.noun {
            self.nouns += 1;
        } else if n.unit.is_none() && n.currency.is_none() && !n.percent {
            self.bare += 1;
        }
        if let Some(u) = n.unit {
            self.add_unit(u, 1);
            self.note_unit_value(n.value);
        }
    }

    /// Count `n` values written with unit `u`: another unit of the same kind is counted beside it ("g" beside
    /// "kg"); a unit of another kind ends the numbers.
    fn add_unit(&mut self, u: u8, n: u64) {
        let kind = |x: u8| unit_scale(x).map(|k| k.0);
        // ("20m" beside "1h 5m" and "45 mins" is minutes, not metres; "m" counted before them was too.)
        let u = match self.unit {
            Some(v) if kind(v) == Some(1) => as_time(u),
            _ => u,
        };
        if kind(u) == Some(1) {
            if let Some(slot) = self.units.iter_mut().find(|(x, _)| unit_name(*x) == "m") {
                slot.0 = as_time(slot.0);
                if self.unit.is_some_and(|x| unit_name(x) == "m") {
                    self.unit = Some(slot.0);
                }
            }
        }
        let name = unit_name(u);
        match self.unit {
            None => self.unit = Some(u),
            Some(v) if unit_name(v) == name => {}
            Some(v) if kind(v).is_some() && kind(v) == kind(u) => {}
            Some(_) => {
                self.alive = false;
                return;
            }
        }
        let u = unit_index(name).unwrap_or(u);
        if let Some(slot) = self.units.iter_mut().find(|(x, _)| *x == u) {
            slot.1 += n;
        } else if let Some(slot) = self.units.iter_mut().find(|(x, _)| *x == u8::MAX) {
            *slot = (u, n);
        } else {
            self.alive = false;
            return;
        }
        // (The unit shown: the one written most.)
        if let Some((best, _)) = self.units.iter().filter(|(x, _)| *x != u8::MAX).max_by_key(|(_, c)| *c) {
            self.unit = Some(*best);
        }
    }

    /// Whether values are written in more than one unit of one kind (converted to [`NumberEvidence::unit`]).
    fn mixed_units(&self) -> bool {
        self.units.iter().filter(|(x, _)| *x != u8::MAX).count() > 1
    }

    /// Count a value written with the unit among the first [`FEW`] different ones.
    fn note_unit_value(&mut self, v: f64) {
        let k = self.unit_distinct as usize;
        if k < FEW && !self.unit_values[..k].contains(&v) {
            self.unit_values[k] = v;
            self.unit_distinct += 1;
        }
    }

    /// Numbers written with a unit are measurements only when they take many values: a few ("50 L", "30 L")
    /// are sizes, kinds of a thing, and stay text.
    /// (Or where the same column also writes numbers bare, "2.5" beside "2.5h" and "3 hrs": a measurement
    /// written either way, not a size's label.)
    fn unit_ok(&self) -> bool {
        self.unit.is_none() || self.unit_distinct as usize >= FEW || self.bare > 0
    }

    /// Fold in the evidence of later values (gathered from a fresh start): as if they had been added here.
    fn merge(&mut self, later: &NumberEvidence) {
        self.alive &= later.alive;
        self.all_int &= later.all_int;
        if later.group.is_some() {
            self.group = later.group;
        }
        self.comma |= later.comma;
        self.percent += later.percent;
        self.bare += later.bare;
        self.labelled += later.labelled;
        self.nouns += later.nouns;
        self.pct_range = (self.pct_range.0.min(later.pct_range.0), self.pct_range.1.max(later.pct_range.1));
        self.bare_range = (self.bare_range.0.min(later.bare_range.0), self.bare_range.1.max(later.bare_range.1));
        match (self.currency, later.currency) {
            (None, c) => self.currency = c,
            (Some(a), Some(b)) if a != b => self.alive = false,
            _ => {}
        }
        for (u, n) in later.units {
            if u != u8::MAX {
                self.add_unit(u, n);
            }
        }
        for v in &later.unit_values[..later.unit_distinct as usize] {
            self.note_unit_value(*v);
        }
    }

    /// Usable for a column whose non-null count is `values`: a percent column has a '%' on every value, or
    /// on most of them with the rest percents written without the sign (see `bare_percent`).
    fn usable(&self, values: u64) -> bool {
        self.alive
            && self.unit_ok()
            && self.scale_ok()
            // (The counts themselves are whole, "2 bags"; the bare numbers beside them may not be, "0.5".)
            && (self.nouns == 0
                || self.bare >= self.nouns
                    && self.unit.is_none()
                    && self.currency.is_none()
                    && self.percent == 0)
            && (self.percent == 0 || self.percent == values || self.bare_percent(values))
    }

    /// Points of a scale with labels are numbers only beside bare whole numbers, all from 0 to 10, with no unit,
    /// currency or '%'.
    fn scale_ok(&self) -> bool {
        self.labelled == 0
            || self.bare > 0
                && self.all_int
                && self.unit.is_none()
                && self.currency.is_none()
                && self.percent == 0
                && self.bare_range.0 >= 0.0
                && self.bare_range.1 <= 10.0
    }

    /// Most values carry '%' and the others are numbers in the same range ("83.0%" beside "83.0"): those
    /// are percents whose sign was left off. Bare values that could be fractions (all at most 1), that pass
    /// 100 (and the largest percent), or that fall below half the smallest percent keep the column text.
    fn bare_percent(&self, values: u64) -> bool {
        let (p, b) = (self.pct_range, self.bare_range);
        self.currency.is_none()
            && self.percent > 0
            && self.percent < values
            && self.percent * 2 > values
            && b.0 >= 0.0
            && b.1 > 1.0
            && b.1 <= p.1.max(100.0)
            && b.0 >= p.0 * 0.5
    }
}

#[derive(Debug, Clone, Copy)]
struct DateEvidence {
    alive: bool,
    any_time: bool,
    any_zone: bool,
    slash: u64,
    month_first_ok: bool,
    day_first_ok: bool,
    styles: u8,
}

/// What weighing one value read from it (`ColumnEvidence::weigh`), so that converting it does not read
/// it again (`ColumnPlan::convert_read`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Reading<'a> {
    /// The value trimmed; None when it is a null marker.
    pub text: Option<&'a str>,
    /// The value read as a number with '.' and with ',' as the decimal mark, when it was.
    pub numbers: [Option<Number>; 2],
    /// The value read as a date, when it was.
    pub stamp: Option<Stamp>,
}

/// Everything pass one learns about one column, over every row.
#[derive(Debug, Clone)]
pub(crate) struct ColumnEvidence {
    pub values: u64,
    pub nulls: u64,
    /// Of the nulls, the ones written as a word or sign (`n/a`, `-`, `null`), not left empty.
    pub written_nulls: u64,
    boolean: bool,
    numbers: [NumberEvidence; 2],
    dates: DateEvidence,
    /// Values with no digit at all ("absent", "unknown") in a column that may still be numbers or dates:
    /// at most [`MAX_STRAY_SPELLINGS`] spellings with their counts.
    strays: Vec<(String, u64)>,
    /// Durations written `h:mm` or `h:mm:ss`, and the largest hour seen.
    durations: u64,
    duration_max_hours: u32,
    /// Of those, the ones written with seconds (`h:mm:ss`).
    durations_hms: u64,
    /// The words written after counts ("veh", "vehicles" of "214 veh"), up to [`MAX_NOUN_WORDS`] different ones
    /// (then one more marks that there were more).
    noun_words: Vec<String>,
}

/// Different words after counts kept to tell whether they are the column's own word (see `own_nouns`).
const MAX_NOUN_WORDS: usize = 4;

/// A number or date column keeps its type when its words (values without a digit) have at most this
/// many spellings and are at most a tenth of its values; they are then counted as missing and reported.
const MAX_STRAY_SPELLINGS: usize = 5;

/// A word among numbers that says how many: "none", "nil", "zero" (0); "just me", "only me", "myself", "just
/// one" (1); "half", "half day", "½ day" (0.5). General English, not any one file's words.
fn count_word(v: &str) -> Option<f64> {
    let f: String =
        v.trim().trim_end_matches(['.', '!']).to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
    match f.as_str() {
        "none" | "nil" | "zero" | "nought" => Some(0.0),
        "just me" | "only me" | "myself" | "just myself" | "me only" | "just one" | "only one" => Some(1.0),
        // ("half day", "½ day": half of the unit the column counts in.)
        // (Not "half an hour": a length of time in minutes, read with its unit.)
        "half" | "a half" | "half day" | "half a day" | "½" | "½ day" => Some(0.5),
        _ => None,
    }
}

/// Two words among numbers are one spelling of a missing marker when they differ only in case, spaces or a
/// final full stop ("Refunded", "refunded ", "REFUNDED."). (No allocation: it runs on every cell of a
/// number column that has such words.)
fn same_stray(a: &str, b: &str) -> bool {
    fn norm(s: &str) -> &str {
        s.trim().trim_end_matches('.').trim_end()
    }
    let (mut x, mut y) = (norm(a).split_whitespace(), norm(b).split_whitespace());
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if p.chars().flat_map(char::to_lowercase).eq(q.chars().flat_map(char::to_lowercase)) => {
            }
            _ => return false,
        }
    }
}

/// `h:mm` or `h:mm:ss` (hours of any size): the duration in hours, and the hours part.
pub(crate) fn duration_hours(t: &str) -> Option<(f64, u32)> {
    if !t.as_bytes().contains(&b':') {
        return None;
    }
    let mut parts = t.split(':');
    let h = parts.next()?;
    let m = parts.next()?;
    let sec = parts.next();
    if parts.next().is_some() || h.is_empty() || h.len() > 4 || m.len() != 2 {
        return None;
    }
    let all_digits = |x: &str| !x.is_empty() && x.bytes().all(|c| c.is_ascii_digit());
    if !all_digits(h) || !all_digits(m) || sec.is_some_and(|x| x.len() != 2 || !all_digits(x)) {
        return None;
    }
    let hours: u32 = h.parse().ok()?;
    let minutes: u32 = m.parse().ok()?;
    let seconds: u32 = sec.map(|x| x.parse().unwrap_or(0)).unwrap_or(0);
    if minutes >= 60 || seconds >= 60 {
        return None;
    }
    Some((hours as f64 + minutes as f64 / 60.0 + seconds as f64 / 3600.0, hours))
}

const DECIMALS: [char; 2] = ['.', ','];

impl Default for ColumnEvidence {
    fn default() -> Self {
        ColumnEvidence {
            values: 0,
            nulls: 0,
            written_nulls: 0,
            boolean: true,
            numbers: [NumberEvidence::new(), NumberEvidence::new()],
            dates: DateEvidence {
                alive: true,
                any_time: false,
                any_zone: false,
                slash: 0,
                month_first_ok: true,
                day_first_ok: true,
                styles: 0,
            },
            strays: Vec::new(),
            durations: 0,
            durations_hms: 0,
            duration_max_hours: 0,
            noun_words: Vec::new(),
        }
    }
}

/// True when a (trimmed, non-null) value reads as something other than text: used for header detection.
pub(crate) fn is_typed(t: &str) -> bool {
    parse_bool(t).is_some() || DECIMALS.iter().any(|d| parse_number(t, *d).is_some()) || scan_datetime(t).is_some()
}

impl ColumnEvidence {
    fn open(&self) -> bool {
        self.boolean || self.numbers[0].alive || self.numbers[1].alive || self.dates.alive
    }

    pub(crate) fn add(&mut self, raw: &str) {
        self.weigh(raw);
    }

    /// `add`, returning what it read from the value (for `ColumnPlan::convert_read`).
    pub(crate) fn weigh<'a>(&mut self, raw: &'a str) -> Reading<'a> {
        let t = trim(raw);
        let mut read = Reading { text: None, numbers: [None, None], stamp: None };
        if is_null(t) {
            self.nulls += 1;
            if !t.is_empty() {
                self.written_nulls += 1;
            }
            return read;
        }
        read.text = Some(t);
        self.values += 1;
        if !self.open() {
            return read;
        }
        if self.boolean && parse_bool(t).is_none() {
            self.boolean = false;
        }
        // A word among numbers or dates ("absent", "unknown"): remembered, weighed at the end.
        // ... and so is a bound rather than a number ("60+", ">100", "<5": a timer that ran out, a reading
        // off the scale), which no sum or average can use as it stands.
        // ("an hour", "half an hour": a length of time in words, a number with its unit.)
        let digitless = !t.bytes().any(|c| c.is_ascii_digit());
        if let Some(n) = digitless.then(|| duration_number(t)).flatten() {
            for (ev, got) in self.numbers.iter_mut().zip(&mut read.numbers) {
                if ev.alive {
                    ev.add(&n);
                    *got = Some(n);
                }
            }
            self.dates.alive = false;
            return read;
        }
        if !t.bytes().any(|c| c.is_ascii_digit()) || is_bound(t) {
            self.stray(t);
            return read;
        }
        if let Some((_, h)) = duration_hours(t) {
            self.durations += 1;
            if t.matches(':').count() == 2 {
                self.durations_hms += 1;
            }
            self.duration_max_hours = self.duration_max_hours.max(h);
            self.dates.alive = false;
            self.numbers[1].alive = false;
            return read;
        }
        // The two readings differ only in the roles of ',' and '.': without either, parse once.
        let same = self.numbers[0].alive && self.numbers[1].alive && !t.bytes().any(|c| c == b',' || c == b'.');
        if same {
            match parse_number(t, '.') {
                Some(n) => {
                    self.numbers[0].add(&n);
                    self.numbers[1].add(&n);
                    read.numbers = [Some(n), Some(n)];
                    if n.noun {
                        self.noun_word(t);
                    }
                }
                None => {
                    self.numbers[0].alive = false;
                    self.numbers[1].alive = false;
                }
            }
        } else {
            for ((ev, dec), got) in self.numbers.iter_mut().zip(DECIMALS).zip(&mut read.numbers) {
                if ev.alive {
                    match parse_number(t, dec) {
                        Some(n) => {
                            ev.add(&n);
                            *got = Some(n);
                        }
                        None => ev.alive = false,
                    }
                }
            }
        }
        if self.dates.alive {
            match scan_datetime(t) {
                Some(st) => {
                    let d = &mut self.dates;
                    d.any_time |= st.time.is_some();
                    d.any_zone |= st.zone.is_some();
                    d.styles |= st.style;
                    if let DatePart::Slash(a, b, y) = st.date {
                        d.slash += 1;
                        d.month_first_ok &= valid_ymd(y, a, b);
                        d.day_first_ok &= valid_ymd(y, b, a);
                    }
                    read.stamp = Some(st);
                }
                None => self.dates.alive = false,
            }
        }
        read
    }

    /// Fold in the evidence `later` gathered from a fresh start over the values that follow the ones
    /// weighed here, so that the result is what adding those values here one by one would have given.
    /// False when that cannot be told from the two summaries (the column stopped being weighed part way
    /// through the later values, or its words overflowed): the caller then adds the later values again.
    pub(crate) fn merge(&mut self, later: &ColumnEvidence) -> bool {
        if later.values == 0 && later.nulls == 0 {
            return true;
        }
        if self.values == 0 && self.nulls == 0 {
            *self = later.clone();
            return true;
        }
        if !self.open() {
            // Closed: later values are only counted.
            self.values += later.values;
            self.nulls += later.nulls;
            self.written_nulls += later.written_nulls;
            return true;
        }
        let mut merged = self.clone();
        merged.values += later.values;
        merged.nulls += later.nulls;
        merged.written_nulls += later.written_nulls;
        merged.boolean &= later.boolean;
        for (a, b) in merged.numbers.iter_mut().zip(&later.numbers) {
            a.merge(b);
        }
        let (d, l) = (&mut merged.dates, &later.dates);
        d.alive &= l.alive;
        d.any_time |= l.any_time;
        d.any_zone |= l.any_zone;
        d.slash += l.slash;
        d.month_first_ok &= l.month_first_ok;
        d.day_first_ok &= l.day_first_ok;
        d.styles |= l.styles;
        merged.durations += later.durations;
        merged.durations_hms += later.durations_hms;
        merged.duration_max_hours = merged.duration_max_hours.max(later.duration_max_hours);
        for w in &later.noun_words {
            merged.note_noun_word(w);
        }
        if later.strays.len() >= MAX_STRAY_SPELLINGS {
            return false;
        }
        for (v, n) in &later.strays {
            if let Some(e) = merged.strays.iter_mut().find(|(w, _)| same_stray(w, v)) {
                e.1 += n;
            } else if merged.strays.len() < MAX_STRAY_SPELLINGS {
                merged.strays.push((v.clone(), *n));
            } else {
                return false;
            }
        }
        if !merged.open() {
            return false;
        }
        *self = merged;
        true
    }

    /// Remember the word written after a count ("214 veh": "veh").
    fn noun_word(&mut self, t: &str) {
        let w = t.trim().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_lowercase();
        self.note_noun_word(&w);
    }

    fn note_noun_word(&mut self, w: &str) {
        if !w.is_empty() && !self.noun_words.iter().any(|x| x == w) && self.noun_words.len() <= MAX_NOUN_WORDS {
            self.noun_words.push(w.to_string());
        }
    }

    /// Whether every word written after the counts is the column's own, whole or cut short ("214 vehicles" and
    /// "170 veh" in `Vehicles checked`): then they are the column's counts however many are written bare.
    fn own_nouns(&self, words: &[String]) -> bool {
        let own = |w: &str| {
            words.iter().any(|c| {
                let one = c.strip_suffix('s').unwrap_or(c);
                c == w || one == w || w.len() >= 3 && c.starts_with(w)
            })
        };
        !self.noun_words.is_empty() && self.noun_words.len() <= MAX_NOUN_WORDS && self.noun_words.iter().all(|w| own(w))
    }

    fn stray(&mut self, t: &str) {
        if let Some(e) = self.strays.iter_mut().find(|(v, _)| same_stray(v, t)) {
            e.1 += 1;
        } else if self.strays.len() < MAX_STRAY_SPELLINGS {
            self.strays.push((t.to_string(), 1));
        } else {
            // Too many different words: this is text.
            self.numbers[0].alive = false;
            self.numbers[1].alive = false;
            self.dates.alive = false;
        }
    }

    /// Values that are numbers or dates (not words, not durations).
    fn typed_values(&self) -> u64 {
        self.values - self.stray_count() - self.durations
    }

    fn stray_count(&self) -> u64 {
        self.strays.iter().map(|(_, n)| n).sum()
    }

    /// Decide the column's type from all of its values. `semicolon` tells whether the file is
    /// `;`-delimited (which tips an ambiguous comma towards a decimal comma).
    #[cfg(test)]
    pub(crate) fn plan(&self, semicolon: bool) -> ColumnPlan {
        self.plan_named(semicolon, "")
    }

    /// As `plan`, for a column of this name: `h:mm` values in a column named as a length of time
    /// ("duration", "ride_length") are durations even when none passes a day's hours (elsewhere such values
    /// could be times of day, and stay text).
    pub(crate) fn plan_named(&self, semicolon: bool, name: &str) -> ColumnPlan {
        let words = crate::semantics::name_words(name);
        // ("Moving Time", "elapsed_time", "total_time", "chip time": a time taken, not a time of day; "Time"
        // alone where no value reaches 6 o'clock is one too, as times of day would spread over the day.)
        let timed = words.iter().any(|w| w == "time");
        let taken = words.iter().any(|w| {
            matches!(
                w.as_str(),
                "moving"
                    | "elapsed"
                    | "total"
                    | "taken"
                    | "spent"
                    | "active"
                    | "riding"
                    | "running"
                    | "race"
                    | "chip"
                    | "ride"
            )
        });
        let duration_named =
            words.iter().any(|w| matches!(w.as_str(), "duration" | "durations" | "length" | "elapsed" | "runtime"))
                || timed && taken
                || words.len() == 1 && timed && self.durations_hms == self.durations && self.duration_max_hours < 6;
        let mut plan = ColumnPlan {
            ty: ColumnType::Text,
            decimal: '.',
            order: SlashOrder::MonthFirst,
            notes: Vec::new(),
            missing: Vec::new(),
            marked: 0,
            written_nulls: self.written_nulls,
            duration: false,
            minutes_seconds: false,
            bare_percent: false,
            counted: Vec::new(),
            in_unit: None,
        };
        if self.values == 0 {
            if self.nulls > 0 {
                plan.notes.push("every value is empty or a null marker".into());
            }
            return plan;
        }
        if self.boolean {
            plan.ty = ColumnType::Boolean;
            plan.notes.push("true/false, yes/no or t/f; stored as true/false".into());
            return plan;
        }
        // Words among numbers or dates are missing values when they are few; otherwise this is text.
        let strays = self.stray_count();
        if strays > 0 {
            // Past MAX_STRAY_SPELLINGS different words the column is text (the counts stop there).
            let overflowed = self.strays.len() >= MAX_STRAY_SPELLINGS
                && !(self.numbers[0].alive || self.numbers[1].alive || self.dates.alive);
            // Few words, or one to three words repeated (a survey's "no response") on under half the values.
            let markers = self.strays.len() <= 3
                && strays >= 5
                && strays * 2 < self.values
                && self.strays.iter().all(|(v, n)| *n >= 2 && v.len() <= 24 && !v.contains('\n'));
            if overflowed || strays * 10 > self.values && !markers || self.typed_values() + self.durations == 0 {
                return plan;
            }
            let shown: Vec<String> = self.strays.iter().map(|(v, n)| format!("{v:?} x{n}")).collect();
            plan.notes.push(format!(
                "{strays} {} that are not numbers counted as missing: {}",
                if strays == 1 { "entry" } else { "entries" },
                shown.join(", ")
            ));
            plan.missing = self.strays.iter().map(|(v, _)| v.clone()).collect();
            plan.marked = strays;
            // (Words that are a count, "none", "just me": that number, if the column is whole numbers; see below.)
            plan.counted = self.strays.iter().filter_map(|(v, _)| count_word(v).map(|n| (v.clone(), n))).collect();
        }
        if self.durations > 0 {
            // Durations beside plain numbers (1:30 and 1.5), or past a day's hours: hours, as numbers.
            let numbers_ok = self.typed_values() == 0 || self.numbers[0].usable(self.typed_values());
            let plain = self.typed_values() > 0 && self.numbers[0].percent == 0 && self.numbers[0].currency.is_none();
            if numbers_ok && (plain || self.duration_max_hours >= 24 || duration_named) {
                plan.ty = ColumnType::Real;
                plan.duration = true;
                if self.durations_hms > 0 && self.durations_hms < self.durations {
                    // Race times: "1:52:10" beside "48:30" — the short ones are minutes and seconds.
                    plan.minutes_seconds = true;
                    plan.notes.push(
                        "duration: h:mm:ss values read as hours (1:52:10 -> 1.87); m:ss beside them as minutes and \
                         seconds (48:30 -> 0.81)"
                            .into(),
                    );
                } else if self.durations_hms == self.durations {
                    plan.notes.push("duration: h:mm:ss values read as hours (1:52:10 -> 1.87)".into());
                } else {
                    plan.notes.push("duration: h:mm values read as hours (1:30 -> 1.5)".into());
                }
                return plan;
            }
            plan.missing.clear();
            plan.marked = 0;
            plan.notes.clear();
            return plan;
        }
        let typed = self.typed_values();
        // (Counts written with the column's own word, "214 vehicles" in `Vehicles checked`, are its counts, read as
        // if written bare.)
        let mut numbers = self.numbers;
        if self.own_nouns(&words) {
            for ev in &mut numbers {
                ev.bare += ev.nouns;
                ev.nouns = 0;
            }
        }
        let dot = numbers[0].usable(typed);
        let comma = numbers[1].usable(typed);
        if dot || comma {
            let ambiguous = dot && comma && self.numbers[0].comma;
            let use_comma = if ambiguous { semicolon } else { !dot };
            let ev = if use_comma { &self.numbers[1] } else { &self.numbers[0] };
            plan.decimal = if use_comma { ',' } else { '.' };
            plan.ty = if ev.all_int { ColumnType::Integer } else { ColumnType::Real };
            // Words that say how many among numbers of no unit or currency: that number, not missing (a half only
            // among numbers that are not all whole).
            if plan.ty == ColumnType::Integer {
                plan.counted.retain(|(_, n)| n.fract() == 0.0);
            }
            if ev.unit.is_none() && ev.currency.is_none() && ev.percent == 0 {
                if !plan.counted.is_empty() {
                    let counted: Vec<String> = plan.counted.iter().map(|(v, _)| v.clone()).collect();
                    plan.missing.retain(|m| !counted.contains(m));
                    let n: u64 = self.strays.iter().filter(|(v, _)| counted.contains(v)).map(|(_, n)| n).sum();
                    plan.marked -= n;
                    plan.notes.retain(|x| !x.contains("not numbers counted as missing"));
                    if !plan.missing.is_empty() {
                        let shown: Vec<String> = self
                            .strays
                            .iter()
                            .filter(|(v, _)| !counted.contains(v))
                            .map(|(v, n)| format!("{v:?} x{n}"))
                            .collect();
                        plan.notes.push(format!(
                            "{} {} that are not numbers counted as missing: {}",
                            plan.marked,
                            if plan.marked == 1 { "entry" } else { "entries" },
                            shown.join(", ")
                        ));
                    }
                    plan.notes.push(format!(
                        "words that say how many read as that number: {}",
                        plan.counted.iter().map(|(v, k)| format!("{v:?} = {k}")).collect::<Vec<_>>().join(", ")
                    ));
                }
            } else {
                plan.counted.clear();
            }
            if ambiguous {
                plan.notes.push(if use_comma {
                    "ambiguous comma (e.g. 1,234): read as a decimal comma because the file is ';'-delimited".into()
                } else {
                    "ambiguous comma (e.g. 1,234): read as a thousands separator".into()
                });
            } else if use_comma && ev.comma {
                plan.notes.push("decimal comma".into());
            }
            if let Some(g) = ev.group {
                let shown = match g {
                    ' ' => "space".to_string(),
                    '\u{a0}' | '\u{202f}' => "non-breaking space".to_string(),
                    g => format!("'{g}'"),
                };
                if !ambiguous {
                    plan.notes.push(format!("thousands separator {shown}"));
                }
            }
            if let Some(c) = ev.currency {
                plan.notes.push(format!("currency {}: symbol dropped, amount kept", c.symbol()));
            }
            if let Some(u) = ev.unit {
                plan.notes.push(format!("unit {}: written after the numbers, dropped, number kept", unit_name(u)));
                if ev.mixed_units() {
                    let others: Vec<&str> = ev
                        .units
                        .iter()
                        .filter(|(x, _)| *x != u8::MAX && unit_name(*x) != unit_name(u))
                        .map(|(x, _)| unit_name(*x))
                        .collect();
                    plan.notes.push(format!(
                        "values written in {} converted to {} (numbers written bare taken as {})",
                        others.join(", "),
                        unit_name(u),
                        unit_name(u)
                    ));
                    plan.ty = ColumnType::Real;
                    plan.in_unit = Some(u);
                }
            }
            if ev.nouns > 0 {
                plan.notes.push(format!(
                    "{} numbers written with the things counted after them (\"2 bags\"): word dropped, number kept",
                    ev.nouns
                ));
            }
            if ev.labelled > 0 {
                plan.notes.push(format!(
                    "scale: {} points written with a label after the number (\"4 - Very good\"), label dropped, number kept",
                    ev.labelled
                ));
            }
            if ev.percent > 0 {
                plan.notes.push("percent: stored as a fraction (12% -> 0.12)".into());
            }
            if ev.bare_percent(typed) {
                plan.bare_percent = true;
                plan.notes.push(format!(
                    "{} of {typed} values written without '%' read as percents too (83 -> 0.83)",
                    typed - ev.percent
                ));
            }
            return plan;
        }
        let d = &self.dates;
        if d.alive && (d.slash == 0 || d.month_first_ok || d.day_first_ok) {
            plan.ty = if d.any_time { ColumnType::Datetime } else { ColumnType::Date };
            if d.slash > 0 {
                if d.month_first_ok {
                    plan.order = SlashOrder::MonthFirst;
                    if d.day_first_ok {
                        plan.notes
                            .push("ambiguous NN/NN/YYYY: every value fits both m/d/Y and d/m/Y; read as m/d/Y".into());
                    } else {
                        plan.notes.push("m/d/Y".into());
                    }
                } else {
                    plan.order = SlashOrder::DayFirst;
                    plan.notes.push("d/m/Y: some value has a day above 12 in first place".into());
                }
            }
            let mut styles = Vec::new();
            for (bit, name) in [
                (STYLE_ISO, "ISO"),
                (STYLE_YMD_SLASH, "Y/m/d"),
                (STYLE_SLASH, "NN/NN/YYYY"),
                (STYLE_DOT_DMY, "d.m.Y"),
                (STYLE_MONTH_NAME, "month names"),
                (STYLE_YEAR_MONTH, "months without a day (kept as the 1st)"),
                (STYLE_COMPACT, "YYYYMMDD"),
            ] {
                if d.styles & bit != 0 {
                    styles.push(name);
                }
            }
            if styles.len() > 1 || d.styles & STYLE_ISO == 0 {
                plan.notes.push(format!("written as {}; stored as ISO-8601", styles.join(", ")));
            }
            if d.any_zone {
                plan.notes.push("times with a zone converted to UTC".into());
            }
            return plan;
        }
        // (Text after all: no word was counted as missing.)
        plan.notes.clear();
        plan.missing.clear();
        plan.marked = 0;
        plan
    }
}

/// How pass two converts the values of one column.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ColumnPlan {
    pub ty: ColumnType,
    pub decimal: char,
    pub order: SlashOrder,
    pub notes: Vec<String>,
    /// Words stored as missing values in a number or date column.
    pub missing: Vec<String>,
    /// How many values were those words.
    pub marked: u64,
    /// How many values were written as a null marker (`n/a`, `-`, `null`) rather than left empty.
    pub written_nulls: u64,
    /// `h:mm` values are durations, stored in hours.
    pub duration: bool,
    /// Beside `h:mm:ss` values, two-part values are `m:ss`.
    pub minutes_seconds: bool,
    /// A percent column some of whose values lack the '%': those are divided by 100 too.
    pub bare_percent: bool,
    /// Words among numbers that say how many ("none" 0, "just me" 1, "half day" 0.5): stored as that number.
    pub counted: Vec<(String, f64)>,
    /// Values written in several units of one kind are converted to this one ("800g" beside "1.2 kg": kg).
    pub in_unit: Option<u8>,
}

/// One converted value, ready to bind.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Cell<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
}

impl ColumnPlan {
    /// Convert a raw value. `buf` holds formatted dates. Returns `(cell, fits)`: `fits` is false when the
    /// value no longer fits the planned type (the file changed between the passes); it is then kept as text.
    pub(crate) fn convert<'a>(&self, raw: &'a str, buf: &'a mut String) -> (Cell<'a>, bool) {
        let t = trim(raw);
        let read = Reading { text: (!is_null(t)).then_some(t), numbers: [None, None], stamp: None };
        self.convert_read(raw, &read, buf)
    }

    /// `convert`, given what weighing the value read from it (`ColumnEvidence::weigh`): the same result,
    /// without reading the value again.
    pub(crate) fn convert_read<'a>(&self, raw: &'a str, read: &Reading<'_>, buf: &'a mut String) -> (Cell<'a>, bool) {
        let Some(t) = read.text else { return (Cell::Null, true) };
        if let Some((_, n)) = self.counted.iter().find(|(m, _)| same_stray(m, t)) {
            match self.ty {
                ColumnType::Integer => return (Cell::Int(*n as i64), true),
                ColumnType::Real => return (Cell::Real(*n), true),
                _ => {}
            }
        }
        if self.ty != ColumnType::Text && !self.missing.is_empty() && self.missing.iter().any(|m| same_stray(m, t)) {
            return (Cell::Null, true);
        }
        if self.duration {
            if let Some((h, _)) = duration_hours(t) {
                let short = t.matches(':').count() == 1;
                return (Cell::Real(if self.minutes_seconds && short { h / 60.0 } else { h }), true);
            }
        }
        let number = read.numbers[usize::from(self.decimal == ',')];
        if let (Some(to), ColumnType::Real) = (self.in_unit.and_then(unit_scale), self.ty) {
            let n = number.or_else(|| parse_number(t, self.decimal));
            if let Some(n) = n {
                let unit = n.unit.map(|u| if to.0 == 1 { as_time(u) } else { u });
                let from = unit.and_then(unit_scale).filter(|f| f.0 == to.0).map_or(to.1, |f| f.1);
                return (Cell::Real(n.value * from / to.1), true);
            }
        }
        let cell = match self.ty {
            ColumnType::Text => return (Cell::Text(raw), true),
            ColumnType::Boolean => parse_bool(t).map(|b| Cell::Int(b as i64)),
            // `parse_number` reads a whole number as `str::parse` does (and refuses what it cannot read).
            ColumnType::Integer => match number {
                Some(n) => n.int.map(Cell::Int),
                None => match t.parse::<i64>() {
                    Ok(v) => Some(Cell::Int(v)),
                    Err(_) => parse_number(t, self.decimal).and_then(|n| n.int).map(Cell::Int),
                },
            },
            // The same double as `fast_decimal` gives, except for "-0" (0 as a whole number, -0.0 as a
            // decimal): that one is read again.
            ColumnType::Real => match number {
                Some(n) if n.int != Some(0) => Some(Cell::Real(n.value)),
                _ => match (self.decimal, fast_decimal(t)) {
                    ('.', Some(v)) => Some(Cell::Real(v)),
                    _ => parse_number(t, self.decimal).map(|n| Cell::Real(n.value)),
                },
            },
            ColumnType::Date | ColumnType::Datetime => read
                .stamp
                .or_else(|| scan_datetime(t))
                .filter(|st| st.write_iso(self.order, self.ty == ColumnType::Datetime, buf))
                .map(|_| Cell::Text(buf.as_str())),
        };
        match cell {
            Some(Cell::Real(v)) if self.bare_percent && !t.contains('%') => (Cell::Real(v / 100.0), true),
            Some(c) => (c, true),
            None => (Cell::Text(raw), false),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn num(s: &str, d: char) -> Option<f64> {
        parse_number(s, d).map(|n| n.value)
    }

    /// A converted cell with its real number's bits (so 0.0 and -0.0 differ).
    fn exact(c: (Cell<'_>, bool)) -> String {
        match c.0 {
            Cell::Real(v) => format!("Real({:x}) {}", v.to_bits(), c.1),
            other => format!("{other:?} {}", c.1),
        }
    }

    #[test]
    fn converting_what_weighing_read_gives_what_converting_the_value_gives() {
        let values = [
            "",
            " ",
            "NA",
            "-",
            "null",
            "0",
            "-0",
            "+0",
            "00",
            "007",
            "42",
            "+5",
            "-17",
            " 12 ",
            "1234567890123456789",
            "-123456789012345678",
            "99999999999999999999",
            "1,234",
            "1.234",
            "1 234",
            "1,234.5",
            "1.234,5",
            "12,5",
            "0.1",
            "-0.0",
            "-0.25",
            ".5",
            "00.5",
            "5.",
            "1e3",
            "1E-2",
            "12%",
            "-3.5 %",
            "$1,234.50",
            "-$5",
            "12 \u{20ac}",
            "1:30",
            "12:05:09",
            "2024-01-05",
            "2024-01-05 13:45:00",
            "2024-01-05T13:45:00Z",
            "1/5/2024",
            "31/12/2024",
            "05.01.2024",
            "Jan 2024",
            "Sun 1 Jan 2023",
            "yes",
            "No",
            "true",
            "x1",
            "abc",
            "unknown",
        ];
        let types = [
            ColumnType::Integer,
            ColumnType::Real,
            ColumnType::Boolean,
            ColumnType::Date,
            ColumnType::Datetime,
            ColumnType::Text,
        ];
        for ty in types {
            for decimal in DECIMALS {
                for order in [SlashOrder::MonthFirst, SlashOrder::DayFirst] {
                    for (duration, bare_percent) in [(false, false), (true, false), (false, true)] {
                        let plan = ColumnPlan {
                            ty,
                            decimal,
                            order,
                            notes: Vec::new(),
                            missing: vec!["unknown".into()],
                            marked: 0,
                            written_nulls: 0,
                            duration,
                            minutes_seconds: false,
                            bare_percent,
                            counted: Vec::new(),
                            in_unit: None,
                        };
                        // Evidence fresh, and evidence some of whose readings stopped earlier.
                        for before in [&[][..], &["12.5"][..], &["1,5"][..], &["x"][..], &["2024-01-01"][..]] {
                            let mut ev = ColumnEvidence::default();
                            for b in before {
                                ev.add(b);
                            }
                            for v in values {
                                let (mut b1, mut b2) = (String::new(), String::new());
                                let plain = exact(plan.convert(v, &mut b1));
                                let read = ev.clone().weigh(v);
                                let fused = exact(plan.convert_read(v, &read, &mut b2));
                                assert_eq!(plain, fused, "{v:?} as {ty:?} ({decimal}, {order:?}, after {before:?})");
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_fast_decimal_path_agrees_with_the_standard_parser() {
        for s in ["0.1", "12.34", "-0.25", "123456789012.345", ".5", "7", "+3.75", "0.30000000000001", "99999.99"] {
            assert_eq!(fast_decimal(s), s.parse::<f64>().ok(), "{s} parses to the same double");
        }
        assert_eq!(fast_decimal("1234567890123456"), None, "more than 15 digits takes the full parser");
        assert_eq!(fast_decimal("99999999999999999999999"), None, "however many digits");
        assert_eq!(fast_decimal("1e5"), None);
        assert_eq!(fast_decimal("5."), None);
        assert_eq!(fast_decimal("1.2.3"), None);
    }

    #[test]
    fn numbers_in_their_spellings() {
        assert_eq!(num("42", '.'), Some(42.0));
        assert_eq!(num("-3.5", '.'), Some(-3.5));
        assert_eq!(num(".097", '.'), Some(0.097));
        assert_eq!(num("1e3", '.'), Some(1000.0));
        assert_eq!(num("$1,234.50", '.'), Some(1234.5));
        assert_eq!(num("-$1,234.50", '.'), Some(-1234.5));
        assert_eq!(num("1 234,5", ','), Some(1234.5));
        assert_eq!(num("1.234,5", ','), Some(1234.5));
        assert_eq!(num("12,5", ','), Some(12.5));
        assert_eq!(num("12%", '.'), Some(0.12));
        assert_eq!(num("12 €", ','), Some(12.0));
        assert_eq!(num("1,23", '.'), None, "a thousands group has three digits");
        assert_eq!(num("08123", '.'), None, "leading zeros make a code");
        assert_eq!(num("1.5", ','), None);
        assert_eq!(num("12a", '.'), None);
        assert_eq!(num("99999999999999999999", '.'), None, "too big for an integer");
        assert_eq!(parse_number("1,234", '.').unwrap().int, Some(1234));
    }

    fn iso(s: &str, order: SlashOrder, time: bool) -> Option<String> {
        let st = scan_datetime(s)?;
        let mut out = String::new();
        st.write_iso(order, time, &mut out).then_some(out)
    }

    #[test]
    fn two_digit_years_and_bounds() {
        // "03/02/24" is a date (00-69 are 2000-2069, 70-99 1970-1999); "5-Jan-24" too.
        assert_eq!(iso("03/02/24", SlashOrder::DayFirst, false).unwrap(), "2024-02-03");
        assert_eq!(iso("12/31/99", SlashOrder::MonthFirst, false).unwrap(), "1999-12-31");
        assert_eq!(iso("5-Jan-24", SlashOrder::MonthFirst, false).unwrap(), "2024-01-05");
        assert_eq!(iso("1/2/3", SlashOrder::MonthFirst, false), None, "a one-digit year is not a year");
        assert_eq!(iso("3.10.12", SlashOrder::MonthFirst, false), None, "a version, not a date");
        // A bound ("60+", ">100") beside numbers is a marker counted as missing, not a number.
        let mut vals = vec!["45", "52", "38", "41"];
        vals.extend(["60+"; 5]);
        vals.extend(["DNF"; 4]);
        vals.extend(["33"; 10]);
        let p = plan_of(&vals);
        assert_eq!(p.ty, ColumnType::Integer, "{p:?}");
        assert!(p.missing.contains(&"60+".to_string()) && p.missing.contains(&"DNF".to_string()), "{p:?}");
        assert!(!is_bound("+447700900123") && is_bound("<5") && is_bound("> 100") && is_bound("60+"));
    }

    #[test]
    fn one_word_in_several_spellings_among_numbers_is_one_missing_marker() {
        // Six spellings of two words (case, spaces, a full stop): two markers, so the column stays numbers.
        let mut vals = vec!["£32.00", "28.80", "£15.00", "14.40"];
        vals.extend(["Refunded", "refunded", "REFUNDED", "refunded ", "Refunded."]);
        vals.extend(["Comp", "comp"]);
        vals.extend(["£26.00"; 60]);
        let p = plan_of(&vals);
        assert_eq!(p.ty, ColumnType::Real, "{p:?}");
        let mut buf = String::new();
        for v in ["REFUNDED", "refunded ", "comp"] {
            assert!(matches!(p.convert(v, &mut buf), (Cell::Null, true)), "{v}");
        }
        assert!(same_stray("Refunded.", " refunded") && !same_stray("refunded", "refund"));
    }

    #[test]
    fn dates_in_their_spellings() {
        let m = SlashOrder::MonthFirst;
        assert_eq!(iso("2024-01-05", m, false).unwrap(), "2024-01-05");
        assert_eq!(iso("2015/01/01 01:00:00", m, true).unwrap(), "2015-01-01 01:00:00");
        assert_eq!(iso("1/5/2024", m, false).unwrap(), "2024-01-05");
        assert_eq!(iso("1/5/2024", SlashOrder::DayFirst, false).unwrap(), "2024-05-01");
        assert_eq!(iso("05.01.2024", m, false).unwrap(), "2024-01-05");
        assert_eq!(iso("Jan 5, 2024", m, false).unwrap(), "2024-01-05");
        assert_eq!(iso("5 January 2024", m, false).unwrap(), "2024-01-05");
        assert_eq!(iso("05-Jan-2024", m, false).unwrap(), "2024-01-05");
        assert_eq!(iso("Friday, January 5, 2024", m, false).unwrap(), "2024-01-05");
        assert_eq!(iso("Sun 1 Jan 2023", m, false).unwrap(), "2023-01-01");
        assert_eq!(iso("Friday, 5 January 2024", m, false).unwrap(), "2024-01-05");
        assert_eq!(iso("Sun 1 Jan 2023 14:05", m, true).unwrap(), "2023-01-01 14:05:00");
        assert_eq!(iso("2024-01-05T23:30:00+02:00", m, true).unwrap(), "2024-01-05 21:30:00");
        assert_eq!(iso("2024-01-01T01:30:00-02:00", m, true).unwrap(), "2024-01-01 03:30:00");
        assert_eq!(iso("2024-01-01 00:30Z", m, true).unwrap(), "2024-01-01 00:30:00");
        assert_eq!(iso("1/5/2024 3:04 PM", m, true).unwrap(), "2024-01-05 15:04:00");
        assert_eq!(iso("2024-01-05 10:00:00.250", m, true).unwrap(), "2024-01-05 10:00:00.250");
        assert!(scan_datetime("2024-02-30").is_none(), "no such day");
        assert!(scan_datetime("13/13/2024").is_none());
        assert!(scan_datetime("2024").is_none());
        assert_eq!(iso("2024-03", m, false).unwrap(), "2024-03-01", "a month is its first day");
        assert_eq!(iso("Mar 2024", m, false).unwrap(), "2024-03-01");
        assert_eq!(iso("September 2024", m, false).unwrap(), "2024-09-01");
        assert!(scan_datetime("2024-13").is_none(), "no month 13");
        assert!(scan_datetime("2024-1").is_none(), "a month has two digits");
        assert!(scan_datetime("2024-03 10:00").is_none(), "a month has no time of day");
        let p = plan_of(&["2024-01", "2024-02"]);
        assert_eq!(p.ty, ColumnType::Date);
        assert!(p.notes.iter().any(|n| n.contains("months without a day")), "{:?}", p.notes);
        assert!(scan_datetime("hello world").is_none());
    }

    #[test]
    fn short_durations_beside_hours_minutes_seconds_are_minutes_and_seconds() {
        // Race finish times: "1:52:10" (h:mm:ss) beside "48:30" (m:ss).
        let p = plan_of(&["1:52:10", "48:30", "2:05:00", "55:15"]);
        assert_eq!(p.ty, ColumnType::Real);
        assert!(p.duration && p.minutes_seconds, "{p:?}");
        let mut buf = String::new();
        let hours = |raw: &str, buf: &mut String| match p.convert(raw, buf).0 {
            Cell::Real(v) => v,
            other => panic!("{raw}: {other:?}"),
        };
        assert!((hours("48:30", &mut buf) - (48.5 / 60.0)).abs() < 1e-9);
        assert!((hours("1:52:10", &mut buf) - (1.0 + 52.0 / 60.0 + 10.0 / 3600.0)).abs() < 1e-9);
        // Without any h:mm:ss value, h:mm stays hours and minutes.
        let q = plan_of(&["1:30", "38:02", "0:50"]);
        assert!(q.duration && !q.minutes_seconds, "{q:?}");
    }

    fn plan_of(values: &[&str]) -> ColumnPlan {
        let mut ev = ColumnEvidence::default();
        for v in values {
            ev.add(v);
        }
        ev.plan(false)
    }

    #[test]
    fn numbers_written_with_a_unit() {
        assert_eq!(num("12.4 kWh", '.'), Some(12.4));
        assert_eq!(num("3.5km", '.'), Some(3.5));
        assert_eq!(num("-2.5 °C", '.'), Some(-2.5));
        assert_eq!(num("45 mins", '.'), Some(45.0));
        // A count with the things counted after it reads as the count, marked so: whether a column of them is
        // numbers the evidence decides (only beside numbers written bare).
        assert!(parse_number("12 apples", '.').is_some_and(|n| n.noun && n.value == 12.0));
        assert_eq!(num("12 Apples", '.'), None);
        assert_eq!(num("kWh", '.'), None);
        // Many different readings with one unit (and some bare) are numbers in that unit.
        let mut cells: Vec<String> = (0..30).map(|i| format!("{}.{} kWh", 5 + i, i % 10)).collect();
        cells.push("17.5".into());
        let refs: Vec<&str> = cells.iter().map(String::as_str).collect();
        let p = plan_of(&refs);
        assert_eq!(p.ty, ColumnType::Real, "{p:?}");
        assert!(p.notes.iter().any(|n| n.starts_with("unit kWh")), "{p:?}");
        // A few sizes ("50 L", "30L") are kinds of a thing: text. Two units of one kind: the one written most.
        assert_eq!(plan_of(&["50 L", "30L", "50 litre", "50L", "30 L"]).ty, ColumnType::Text);
        let mixed: Vec<String> = (0..30).map(|i| format!("{i} {}", if i % 3 == 0 { "lb" } else { "kg" })).collect();
        let refs: Vec<&str> = mixed.iter().map(String::as_str).collect();
        let p = plan_of(&refs);
        assert_eq!((p.ty, p.in_unit.map(unit_name)), (ColumnType::Real, Some("kg")), "{p:?}");
    }

    #[test]
    fn column_types_from_every_value() {
        assert_eq!(plan_of(&["1", "2", "NA", ""]).ty, ColumnType::Integer);
        assert_eq!(plan_of(&["1", "2.5"]).ty, ColumnType::Real);
        assert_eq!(plan_of(&["true", "False", "yes"]).ty, ColumnType::Boolean);
        assert_eq!(plan_of(&["1", "x"]).ty, ColumnType::Text);
        // One word repeated on under half the values (a survey's "no response") is a missing marker.
        let p = plan_of(&[
            "3",
            "4",
            "no response",
            "5",
            "2",
            "no response",
            "1",
            "no response",
            "4",
            "2",
            "no response",
            "3",
            "no response",
            "5",
        ]);
        assert_eq!((p.ty, p.missing.clone()), (ColumnType::Integer, vec!["no response".to_string()]), "{p:?}");
        assert_eq!(plan_of(&["3", "no response", "no response", "n/a?", "x"]).ty, ColumnType::Text, "half or more");
        assert_eq!(plan_of(&["3", "4", "5", "a", "b", "c", "d"]).ty, ColumnType::Text, "four different words");
        assert_eq!(plan_of(&["08123", "08124"]).ty, ColumnType::Text);
        assert_eq!(plan_of(&["12%", "3.5%"]).ty, ColumnType::Real);
        assert_eq!(plan_of(&["12%", "3.5"]).ty, ColumnType::Text, "percent on some values only");
        // Most values with '%', the rest the same kind of number without it: percents whose sign was left off.
        let p = plan_of(&["83.0%", "71%", "64.5", "n/a", "77.5%"]);
        assert_eq!((p.ty, p.bare_percent), (ColumnType::Real, true), "{p:?}");
        let mut buf = String::new();
        assert_eq!(p.convert("64.5", &mut buf).0, Cell::Real(0.645));
        assert_eq!(p.convert("83.0%", &mut buf).0, Cell::Real(0.83));
        assert!(p.notes.iter().any(|n| n.contains("without '%'")), "{:?}", p.notes);
        // Bare values that could be fractions, or far outside the written percents, keep the column text.
        assert_eq!(plan_of(&["83%", "71%", "0.64"]).ty, ColumnType::Text);
        assert_eq!(plan_of(&["83%", "71%", "4500"]).ty, ColumnType::Text);
        assert_eq!(plan_of(&["83%", "64", "65"]).ty, ColumnType::Text, "only a third with '%'");
        // Counts written with the column's own word, whole or cut short, most of them ("214 vehicles", "170 veh" in
        // `Vehicles checked`): the column's counts. The same words in a column named for something else: text, as
        // long as most are not written bare.
        let mut ev = ColumnEvidence::default();
        for v in ["214 vehicles", "170 veh", "96 veh", "185", "353 vehicles", "132 veh"] {
            ev.add(v);
        }
        let p = ev.plan_named(false, "Vehicles checked");
        assert_eq!(p.ty, ColumnType::Integer, "{p:?}");
        let mut buf = String::new();
        assert_eq!(p.convert("170 veh", &mut buf).0, Cell::Int(170));
        assert_eq!(ev.plan_named(false, "Location").ty, ColumnType::Text);
        // A number with a remark in brackets ("17 (incl 2 HGV)") beside numbers written bare: the number.
        let p = plan_of(&["19", "14", "17 (incl 2 HGV)", "21", "0", "23"]);
        assert_eq!(p.ty, ColumnType::Integer, "{p:?}");
        assert_eq!(p.convert("17 (incl 2 HGV)", &mut buf).0, Cell::Int(17));
        // h:mm:ss under a day: times of day or durations; the column's name decides.
        let mut ev = ColumnEvidence::default();
        for v in ["0:17:17", "1:02:40", "0:09:05"] {
            ev.add(v);
        }
        assert_eq!(ev.plan(false).ty, ColumnType::Text);
        let p = ev.plan_named(false, "ride_duration");
        assert_eq!((p.ty, p.duration), (ColumnType::Real, true), "{p:?}");
        let mut buf = String::new();
        assert_eq!(p.convert("1:30:00", &mut buf).0, Cell::Real(1.5));
        assert_eq!(ev.plan_named(false, "start_time").ty, ColumnType::Text);
        // A time taken ("Moving Time", "total_time"), or a bare "Time" that never reaches 6 o'clock: durations.
        assert!(ev.plan_named(false, "moving_time").duration);
        assert!(ev.plan_named(false, "total_time").duration);
        assert!(ev.plan_named(false, "time").duration);
        let mut day = ColumnEvidence::default();
        for v in ["07:15:00", "13:02:40", "18:09:05"] {
            day.add(v);
        }
        assert_eq!(day.plan_named(false, "time").ty, ColumnType::Text, "times of day across the day");
        assert_eq!(plan_of(&["$1", "€2"]).ty, ColumnType::Text, "two currencies");
        // ISO codes beside the symbol: "EUR 13,20" and "€13,20" are one currency.
        let p = plan_of(&["€13,20", "EUR 168,30", "9,90", "€ 1.204,50", "12,00 EUR"]);
        assert_eq!((p.ty, p.decimal), (ColumnType::Real, ','), "{p:?}");
        let mut buf = String::new();
        assert_eq!(p.convert("EUR 168,30", &mut buf).0, Cell::Real(168.3));
        assert_eq!(p.convert("12,00 EUR", &mut buf).0, Cell::Real(12.0));
        assert_eq!(plan_of(&["EUR 5", "USD 6"]).ty, ColumnType::Text, "two currencies by code");
        assert_eq!(plan_of(&["EURO", "USDA"]).ty, ColumnType::Text, "words, not codes");
        // Points of a scale with their labels beside points written bare: numbers, labels dropped.
        let p = plan_of(&["4 - Very good", "5 - Excellent", "4", "3 - Good", "5", "1 = Poor"]);
        assert_eq!(p.ty, ColumnType::Integer, "{p:?}");
        assert!(p.notes.iter().any(|n| n.starts_with("scale:")), "{p:?}");
        let mut buf = String::new();
        assert_eq!(p.convert("4 - Very good", &mut buf).0, Cell::Int(4));
        // Alone they could be numbered names; past 10, or not whole, they are no scale.
        assert_eq!(plan_of(&["1 - Intro", "2 - Basics", "3 - Loops"]).ty, ColumnType::Text);
        assert_eq!(plan_of(&["12 - Dozen", "4", "6"]).ty, ColumnType::Text);
        assert_eq!(plan_of(&["4 - Good", "3.5", "2"]).ty, ColumnType::Text);
        // Whole numbers with the things counted after them, beside more numbers written bare: numbers.
        let p = plan_of(&["2", "2 bags", "10 nets", "4", "1", "3"]);
        assert_eq!(p.ty, ColumnType::Integer, "{p:?}");
        assert_eq!(p.convert("10 nets", &mut buf).0, Cell::Int(10));
        assert_eq!(plan_of(&["2 bags", "10 nets", "4"]).ty, ColumnType::Text, "mostly with words");
        // Counts run on ("2sk") or with a times sign ("x2"), halves in words beside decimals, "none" among counts.
        let p = plan_of(&["1", "2", "2sk", "x3", "4", "5", "3"]);
        assert_eq!(p.ty, ColumnType::Integer, "{p:?}");
        assert_eq!(p.convert("x3", &mut buf).0, Cell::Int(3));
        assert_eq!(p.convert("2sk", &mut buf).0, Cell::Int(2));
        let p = plan_of(&["1", "0.5", "2", "half day", "1 day", "5", "3", "2 days", "4", "1.5", "2", "3", "5"]);
        assert_eq!(p.ty, ColumnType::Real, "{p:?}");
        assert_eq!(p.convert("half day", &mut buf).0, Cell::Real(0.5));
        assert_eq!(p.convert("2 days", &mut buf).0, Cell::Real(2.0));
        let p = plan_of(&["3", "2", "none", "1", "4", "2", "5", "1", "3", "2", "4"]);
        assert_eq!((p.ty, p.convert("none", &mut buf).0), (ColumnType::Integer, Cell::Int(0)), "{p:?}");
        // Months written "10/2024" beside "Apr 2023": months (each kept as its 1st day).
        let p = plan_of(&["Apr 2023", "10/2024", "11/2024", "May 2023", "1/2025"]);
        assert_eq!(p.ty, ColumnType::Date, "{p:?}");
        assert_eq!(p.convert("10/2024", &mut buf).0, Cell::Text("2024-10-01"));
        assert_eq!(plan_of(&["13/2024", "Apr 2023"]).ty, ColumnType::Text, "no 13th month");
        // Dates run together ("20240701") beside dates written otherwise: dates; alone, numbers.
        let p = plan_of(&["20240701", "07/02/2024", "2024-07-03", "20240704", "07/15/2024"]);
        assert_eq!(p.ty, ColumnType::Date, "{p:?}");
        assert_eq!(p.convert("20240704", &mut buf).0, Cell::Text("2024-07-04"));
        assert_eq!(plan_of(&["20240701", "20240702", "20240703"]).ty, ColumnType::Integer);
        assert_eq!(plan_of(&["20241301", "07/02/2024"]).ty, ColumnType::Text, "no 13th month");
        // Units of one kind side by side: converted to the one written most; bare numbers are in it.
        let p = plan_of(&["0.8 kg", "800g", "1.2", "1.5 kg", "2.1kg", "350g", "0.4 kg", "1 kg", "0.9", "1.1 kg"]);
        assert_eq!((p.ty, p.in_unit.map(unit_name)), (ColumnType::Real, Some("kg")), "{p:?}");
        assert_eq!(p.convert("800g", &mut buf).0, Cell::Real(0.8));
        assert_eq!(p.convert("1.2", &mut buf).0, Cell::Real(1.2));
        // Times written every way: minutes, "1h 5m", "half an hour", "an hour", "1 hr 20".
        let p = plan_of(&["15 min", "20m", "1h 5m", "half an hour", "45 mins", "an hour", "35", "1 hr 20", "1.5 hrs"]);
        assert_eq!((p.ty, p.in_unit.map(unit_name)), (ColumnType::Real, Some("minutes")), "{p:?}");
        for (v, m) in [("1h 5m", 65.0), ("half an hour", 30.0), ("an hour", 60.0), ("1 hr 20", 80.0), ("1.5 hrs", 90.0)]
        {
            assert_eq!(p.convert(v, &mut buf).0, Cell::Real(m), "{v}");
        }
        // Units of two kinds: text.
        assert_eq!(plan_of(&["2 kg", "3 km", "1.5 kg", "4 km"]).ty, ColumnType::Text);
        // About so many: "c.40", "~110", "approx 25" beside counts written bare.
        let p = plan_of(&["38", "c.40", "~110", "52", "approx 25", "61", "44", "40ish"]);
        assert_eq!(p.ty, ColumnType::Integer, "{p:?}");
        assert_eq!(p.convert("c.40", &mut buf).0, Cell::Int(40));
        assert_eq!(p.convert("~110", &mut buf).0, Cell::Int(110));
        assert_eq!(p.convert("40ish", &mut buf).0, Cell::Int(40));
        assert_eq!(plan_of(&["c.40", "~110", "about 3"]).ty, ColumnType::Text, "all of them about");
        // Ordinals and times of day are no counts.
        assert_eq!(plan_of(&["1st", "2nd", "3", "4"]).ty, ColumnType::Text);
        assert_eq!(plan_of(&["12 Main", "4 High", "7"]).ty, ColumnType::Text, "capitals: names");
        let p = plan_of(&["1/2/2024", "3/4/2024"]);
        assert_eq!((p.ty, p.order), (ColumnType::Date, SlashOrder::MonthFirst));
        assert!(p.notes.iter().any(|n| n.contains("ambiguous")), "{:?}", p.notes);
        let p = plan_of(&["1/2/2024", "13/4/2024"]);
        assert_eq!((p.ty, p.order), (ColumnType::Date, SlashOrder::DayFirst));
        assert_eq!(plan_of(&["2024-01-01", "2024-01-01 10:00"]).ty, ColumnType::Datetime);
        let mut ev = ColumnEvidence::default();
        ev.add("1,234");
        ev.add("5,678");
        assert_eq!(ev.plan(false).decimal, '.');
        assert_eq!(ev.plan(true).decimal, ',');
    }
}
