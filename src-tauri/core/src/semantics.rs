//! What each column of a table means, decided once when the table is built and stored with its profile:
//! its role (an identifier, a date, a category, an amount that adds up, a level that is averaged, a
//! fraction, a signed amount holding both directions, a flag), its unit where the data shows one, and
//! the spelling variants of one category value ("North", "north ", "NORTH" are one value, shown under its
//! most frequent spelling). Every provider sees this (the table description), the offline reader and the
//! plan compiler act on it. Decisions come from general English words in a column's name and from its
//! values — never from one dataset's names. Pure functions over facts the tables engine gathers
//! ([`Facts`]); no SQL or files here.

use crate::tables::{ColumnInfo, ColumnType};
use serde::{Deserialize, Serialize};

/// What a column is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A key or code: counted, joined, never summed or averaged.
    Identifier,
    /// A date, a date-time, or a year number.
    Time,
    /// A small set of repeated values to group and filter by.
    Category,
    /// Free text (names, descriptions, mostly different values).
    Text,
    /// An amount that adds up over rows (revenue, units, minutes).
    Amount,
    /// An amount holding both directions in one column (money in positive, money out negative).
    SignedAmount,
    /// A level or rate read per row (a price, a temperature, a score, an age): averaged, not summed.
    Level,
    /// A fraction between 0 and 1 (a percentage stored as a fraction): averaged.
    Fraction,
    /// Yes/no, stored as 1/0: summed it counts the yes rows.
    Flag,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Identifier => "identifier",
            Role::Time => "time",
            Role::Category => "category",
            Role::Text => "text",
            Role::Amount => "amount",
            Role::SignedAmount => "signed amount",
            Role::Level => "level",
            Role::Fraction => "fraction",
            Role::Flag => "flag",
        }
    }
    /// A number that can be aggregated as a measure.
    pub fn is_measure(self) -> bool {
        matches!(self, Role::Amount | Role::SignedAmount | Role::Level | Role::Fraction | Role::Flag)
    }
    /// Averaged rather than summed when a question names no aggregate.
    pub fn is_averaged(self) -> bool {
        matches!(self, Role::Level | Role::Fraction)
    }
}

/// Several spellings of one category value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variant {
    /// The spelling shown for the group: the most frequent one.
    pub canonical: String,
    /// Every spelling seen, most frequent first (the canonical one included).
    pub spellings: Vec<String>,
    /// Rows holding any of them.
    pub rows: u64,
}

/// The meaning of one column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Semantics {
    pub role: Role,
    /// "$", "€", "%", "hours", "km"...: where the data or the name shows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Different values once spellings are folded (categories only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<u64>,
    /// Groups of spellings of one value (only groups with more than one spelling).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<Variant>,
    /// Every value as stored, most frequent first, when there are at most [`MAX_LISTED`] (text columns):
    /// what a question can name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub listed: Vec<String>,
    /// For dates that all fall on the first of a year or a month: that unit ("year", "month"); each
    /// date then stands for the whole unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stands_for: Option<String>,
    /// For a signed amount: rows below and above zero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negatives: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub positives: Option<u64>,
    /// For a count or amount that is a part of another column of its row (`trips_on_time` of
    /// `trips_operated`, `tickets_sold` of `seats`): that column. A rate of this column ("the on-time
    /// rate", "occupancy") is its sum over the sum of that one. See [`parts_of`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
    /// For a key that repeats over rows, in a table with dates: whether each value's rows fall on one
    /// date (lines of one order: true) or on several (a flight number flown every day: false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub one_date_each: Option<bool>,
    /// For an amount that is, on (nearly) every row, the sum of two other amount columns of its row
    /// (`total` = `labour` + `parts`, blanks as zero): those two. The whole figure of the row.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sum_of: Vec<String>,
    /// For a price (a level in a currency) that rises with a count column of its row (`price` with
    /// `players`, `copies`: correlation above 0.5): that count. The price is then the whole price of the row,
    /// not a price per unit of that count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scales_with: Option<String>,
    /// Every empty entry of this number column was written "VOID": the rows without a value are void
    /// rows (a voided ticket is no ticket).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub void_when_empty: bool,
    /// Some empty entries were written as a word or sign saying not known (`n/a`, `-`), not left blank.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub written_missing: bool,
    /// Why this role, in a few words (shown in the profile).
    pub why: String,
}

/// What the tables engine measures of a column's values for [`analyse`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    /// Every distinct non-empty text value with its count (text columns with few enough values).
    pub value_counts: Option<Vec<(String, u64)>>,
    pub negatives: u64,
    pub positives: u64,
    /// The sizes of the values below zero and above it, added up.
    pub below_total: f64,
    pub above_total: f64,
    pub zeros: u64,
    /// Non-empty values that are whole numbers (for real columns).
    pub whole: u64,
    /// Dates on 1 January, and on the first of a month (date columns).
    pub first_of_year: u64,
    pub first_of_month: u64,
    /// Values of a number or date column that were words counted as missing, and whether every such word
    /// says the row is void ("VOID", "void").
    pub marked: u64,
    pub marks_void: bool,
    /// The name of the column's table (its words may be written inside a value: "Street Dance" of a table of
    /// dance enrolments is the class "Street").
    pub table: String,
    /// Empty entries written as a word or sign (`n/a`, `-`), not left blank.
    pub written_nulls: u64,
}

/// Text columns with more distinct values than this are not folded (names, free text).
pub const MAX_FOLDED_VALUES: u64 = 5_000;
/// Text columns with at most this many distinct values keep the list of their values.
pub const MAX_LISTED: usize = 500;

/// The key two spellings of one value share: case, surrounding and repeated inner white space, and
/// trailing punctuation do not count.
pub fn fold(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for w in v.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
    while out.ends_with(['.', ',', ';', ':', '!']) {
        out.pop();
    }
    out
}

/// The yes or no a folded value says: "y", "true" and "t" say yes; "n", "false" and "f" say no; so do
/// the yes and no of the languages exports most often mix in ("ja", "oui", "sí"; "nein", "nee", "non").
pub fn yes_no_word(k: &str) -> Option<&'static str> {
    match k {
        "yes" | "y" | "true" | "t" | "ja" | "oui" | "sí" | "si" => Some("yes"),
        "no" | "n" | "false" | "f" | "nein" | "nee" | "non" | "nej" => Some("no"),
        _ => None,
    }
}

/// Whether every value of a column says yes or no once folded ("Yes", "Y", "no ", "N"): in such a
/// column "Y" and "Yes" are spellings of one value. A column of single letters where only some are
/// y/n/t/f (grades, sizes) is not one.
pub fn all_yes_no<'a>(values: impl IntoIterator<Item = &'a str>) -> bool {
    let mut any = false;
    for v in values {
        let k = fold(v);
        if k.is_empty() {
            continue;
        }
        if yes_no_word(&k).is_none() {
            return false;
        }
        any = true;
    }
    any
}

/// The yes or no a folded value says in the column `name`: a yes/no word, or the column's own last name
/// word ("escaped" in a column `escaped` says yes; "not escaped" says no).
pub fn yes_no_in(k: &str, name: &str) -> Option<&'static str> {
    if let Some(w) = yes_no_word(k) {
        return Some(w);
    }
    // (Beside yes/no words, 1 and 0 say yes and no too.)
    match k {
        "1" => return Some("yes"),
        "0" => return Some("no"),
        _ => {}
    }
    let words = name_words(name);
    let last = words.last().cloned()?;
    // (A short name only alone: a `PB` column's "PB" is its yes.)
    if last.len() < 3 && !(words.len() == 1 && last.len() == 2) {
        return None;
    }
    if k == last {
        return Some("yes");
    }
    // ("Paid? Not yet", "owed": not paid; said of a payment, money still owed is its no.)
    if k == "not yet" || last == "paid" && matches!(k, "owed" | "owing" | "outstanding" | "due" | "unpaid") {
        return Some("no");
    }
    for neg in ["not ", "no ", "didn't ", "did not ", "un"] {
        if k.strip_prefix(neg) == Some(last.as_str()) {
            return Some("no");
        }
    }
    None
}

/// Whether the values of the column `name` say yes or no (see [`yes_no_in`]): both a yes and a no among
/// them, a plain yes/no word, and at most two other values (an outcome beside them, "failed"), which
/// stay values of their own.
pub fn all_yes_no_in<'a>(values: impl IntoIterator<Item = &'a str>, name: &str) -> bool {
    let (mut plain, mut yes, mut no) = (false, false, false);
    let mut others: Vec<String> = Vec::new();
    for v in values {
        let k = fold(v);
        if k.is_empty() {
            continue;
        }
        match yes_no_in(&k, name) {
            Some("yes") => yes = true,
            Some(_) => no = true,
            None => {
                if !others.contains(&k) {
                    others.push(k.clone());
                }
            }
        }
        plain |= yes_no_word(&k).is_some();
    }
    // (A column of only yes/no words needs no more; with others, both sides must be there.)
    plain && (others.is_empty() || yes && no && others.len() <= 2)
}

/// The key two spellings of one value share in a column: [`fold`], and in a yes/no column (see
/// [`all_yes_no`]) the yes or no the value says.
pub fn fold_in(v: &str, yes_no: bool) -> String {
    fold_in_named(v, yes_no, "")
}

/// As [`fold_in`], in the column `name` (whose own name word may say yes, see [`yes_no_in`]).
pub fn fold_in_named(v: &str, yes_no: bool, name: &str) -> String {
    let k = fold(v);
    match yes_no.then(|| yes_no_in(&k, name)).flatten() {
        Some(w) => w.to_string(),
        None => k,
    }
}

/// The words of a column name: `unit_price` -> unit, price; `unitPrice` -> unit, price;
/// `Miles per Gallon` -> miles, per, gallon.
/// Whether a unit is a currency (the symbols the importer keeps as a column's unit).
pub fn is_currency(unit: &str) -> bool {
    matches!(unit, "$" | "€" | "£" | "¥")
}

pub fn name_words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for ch in name.chars() {
        if !ch.is_alphanumeric() {
            prev_lower = false;
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if ch.is_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = ch.is_lowercase() || ch.is_ascii_digit();
        cur.extend(ch.to_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// General English words naming a level or rate rather than an amount: adding such values over rows
/// means nothing, so they are averaged.
const LEVEL_WORDS: &[&str] = &[
    "price",
    "rate",
    "ratio",
    "temperature",
    "temp",
    "score",
    "rating",
    "grade",
    "age",
    "speed",
    "wind",
    "pressure",
    "humidity",
    "latitude",
    "longitude",
    "lat",
    "lon",
    "lng",
    "avg",
    "average",
    "mean",
    "median",
    "index",
    "percent",
    "percentage",
    "pct",
    "level",
    "balance",
    "bmi",
    "height",
    "density",
    "elevation",
    "altitude",
    "concentration",
    "min",
    "max",
    "minimum",
    "maximum",
    "margin",
    "share",
    "satisfaction",
    "efficiency",
    "yield",
    "per",
];

/// Words naming an identifier or code.
const ID_WORDS: &[&str] = &["id", "uuid", "guid", "key", "sku", "isbn", "iban", "zip", "postcode"];
/// Words that name an identifier when they end the name (`ticket_no`, `invoice_number`, `zip_code`).
const ID_TAIL_WORDS: &[&str] = &["no", "nr", "num", "number", "code", "ref", "reference", "phone"];
/// Words naming a count that ends in a code-like word (`number_of_items`).
const COUNT_WORDS: &[&str] = &["of", "count", "total"];

/// Units a column name may carry (the word as written -> the unit shown).
const NAME_UNITS: &[(&str, &str)] = &[
    ("sqm", "m²"),
    ("m2", "m²"),
    ("sqft", "sq ft"),
    ("usd", "$"),
    ("eur", "€"),
    ("gbp", "£"),
    ("km", "km"),
    ("kilometers", "km"),
    ("kilometres", "km"),
    ("miles", "miles"),
    ("mi", "miles"),
    ("kg", "kg"),
    ("kilograms", "kg"),
    ("lbs", "lb"),
    ("lb", "lb"),
    ("hours", "hours"),
    ("hrs", "hours"),
    ("hr", "hours"),
    ("minutes", "minutes"),
    ("mins", "minutes"),
    ("seconds", "seconds"),
    ("secs", "seconds"),
    ("sec", "seconds"),
    ("ms", "ms"),
    ("days", "days"),
    ("nights", "nights"),
    ("kwh", "kWh"),
    ("gb", "GB"),
    ("gigabytes", "GB"),
    ("mb", "MB"),
    ("megabytes", "MB"),
    ("tb", "TB"),
    ("kilos", "kg"),
    ("tonnes", "tonnes"),
    ("mwh", "MWh"),
    ("liters", "liters"),
    ("litres", "liters"),
    ("gallons", "gallons"),
    ("mm", "mm"),
    ("cm", "cm"),
    ("ft", "ft"),
    ("feet", "ft"),
    ("percent", "%"),
    ("pct", "%"),
];

fn has_any(words: &[String], list: &[&str]) -> bool {
    words.iter().any(|w| list.contains(&w.as_str()))
}

/// Whether the name says the column is an identifier or a code.
pub fn is_identifier_name(name: &str) -> bool {
    let words = name_words(name);
    if has_any(&words, ID_WORDS) {
        return true;
    }
    match words.last() {
        Some(last) if ID_TAIL_WORDS.contains(&last.as_str()) => !has_any(&words, COUNT_WORDS) && words.len() > 1,
        _ => false,
    }
}

/// Whether the column's whole name says each row holds a count of things ("count", "n", "frequency"):
/// a table of counts (one row per hour, per place) whose rows are not the things counted.
pub fn is_count_name(name: &str) -> bool {
    let words = name_words(name);
    words.len() == 1
        && matches!(
            words[0].as_str(),
            "count" | "counts" | "cnt" | "n" | "frequency" | "freq" | "tally" | "occurrences" | "num" | "number"
        )
}

/// Whether the name says the values are levels or rates.
pub fn is_level_name(name: &str) -> bool {
    has_any(&name_words(name), LEVEL_WORDS)
}

/// Decide the meaning of one column from its name, type, profile, notes, and `facts` of its values;
/// `rows` is the table's row count.
pub fn analyse(c: &ColumnInfo, rows: u64, facts: &Facts) -> Semantics {
    let words = name_words(&c.name);
    let original_words = name_words(&c.original);
    let p = &c.profile;
    let non_null = rows.saturating_sub(p.nulls);
    let mut s = Semantics {
        role: Role::Text,
        unit: unit_of(c, &words, &original_words),
        values: None,
        variants: Vec::new(),
        listed: Vec::new(),
        stands_for: None,
        negatives: None,
        positives: None,
        part_of: None,
        one_date_each: None,
        sum_of: Vec::new(),
        scales_with: None,
        void_when_empty: facts.marks_void && facts.marked > 0 && facts.marked == p.nulls,
        written_missing: facts.written_nulls > 0,
        why: String::new(),
    };
    let id_name = is_identifier_name(&c.name) || (!c.original.is_empty() && is_identifier_name(&c.original));
    match c.ty {
        ColumnType::Date | ColumnType::Datetime => {
            s.role = Role::Time;
            s.why = "dates".into();
            if c.ty == ColumnType::Date && facts.first_of_year == non_null && non_null > 0 {
                s.stands_for = Some("year".into());
                s.why = "dates on 1 January: one per year".into();
            } else if c.ty == ColumnType::Date && facts.first_of_month == non_null && non_null > 0 {
                s.stands_for = Some("month".into());
                s.why = "dates on the first of a month: one per month".into();
            }
        }
        ColumnType::Boolean => {
            s.role = Role::Flag;
            s.why = "yes/no values".into();
        }
        ColumnType::Integer | ColumnType::Real => {
            let min = p.min.as_ref().and_then(|v| v.as_f64());
            let max = p.max.as_ref().and_then(|v| v.as_f64());
            let year_like = c.ty == ColumnType::Integer
                && has_any(&words, &["year", "yr", "years"])
                && min.is_some_and(|v| (1000.0..=2200.0).contains(&v))
                && max.is_some_and(|v| (1000.0..=2200.0).contains(&v));
            let percent_note = c.notes.iter().any(|n| n.starts_with("percent"));
            if year_like {
                s.role = Role::Time;
                s.why = "year numbers".into();
            } else if id_name {
                s.role = Role::Identifier;
                s.why = "named as an identifier".into();
            } else if c.ty == ColumnType::Integer && is_sequence_number(&words, min, max, p.distinct) {
                // `Receipt` 5001 .. 6921: numbers given one after another, not figures to add up.
                s.role = Role::Identifier;
                s.why = "numbers given in sequence, each range value used".into();
            } else if c.ty == ColumnType::Integer
                && min == Some(0.0)
                && max == Some(1.0)
                && p.distinct <= 2
                && !is_level_name(&c.name)
            {
                s.role = Role::Flag;
                s.why = "only 0 and 1".into();
            } else if percent_note || (is_fraction_name(&words) && in_unit_range(min, max)) {
                s.role = Role::Fraction;
                s.unit = Some("%".into());
                s.why = if percent_note { "written as percentages".into() } else { "a rate between 0 and 1".into() };
            } else if is_level_name(&c.name)
                || (!c.original.is_empty() && is_level_name(&c.original))
                || c.notes.iter().any(|n| n.starts_with("scale:"))
            {
                s.role = Role::Level;
                s.why = "named as a level or rate (averaged)".into();
            } else if s.unit.as_deref().is_some_and(|u| {
                // (A rate per unit of time, "72 bpm", "30 mph": a pace or speed is averaged, never added up.)
                let u = u.to_lowercase();
                matches!(u.as_str(), "bpm" | "rpm" | "mph" | "kph" | "km/h" | "kmh" | "m/s" | "/min" | "/h" | "/hr")
                    || u.starts_with("per ")
            }) {
                s.role = Role::Level;
                s.why = format!("a rate ({}): averaged", s.unit.as_deref().unwrap_or_default());
            } else if matches!(s.unit.as_deref(), Some("°C" | "°F")) {
                // ("Low (C)": a temperature, below zero or above, is a level, never money in and out.)
                s.role = Role::Level;
                s.why = "in degrees (averaged)".into();
            } else if c.ty == ColumnType::Real
                && p.distinct > 2
                && min.is_some_and(|v| v >= 0.0)
                && max.is_some_and(|v| v <= 1.0)
                && facts.whole < non_null
            {
                // Every value a decimal between 0 and 1 (a share of population, a probability): adding
                // them up means nothing; they are averaged and shown as percentages.
                s.role = Role::Fraction;
                s.unit = Some("%".into());
                s.why = "every value between 0 and 1".into();
            } else if facts.negatives > 0
                && facts.positives > 0
                && (facts.negatives * 50 >= non_null && facts.positives * 50 >= non_null
                    // (Or few rows below zero that move real money: a club's monthly hall hire and fees beside
                    // hundreds of class fees, a tenth of the money in or more.)
                    || facts.negatives >= 10 && facts.below_total * 10.0 >= facts.above_total)
            {
                s.role = Role::SignedAmount;
                s.negatives = Some(facts.negatives);
                s.positives = Some(facts.positives);
                s.why = format!("{} values below zero and {} above", facts.negatives, facts.positives);
            } else {
                s.role = Role::Amount;
                s.why = "numbers that add up".into();
            }
        }
        ColumnType::Text => {
            if let Some(counts) = &facts.value_counts {
                let (values, variants) = fold_values_in(counts, &c.name, &facts.table);
                s.values = Some(values);
                s.variants = variants;
                if counts.len() <= MAX_LISTED {
                    let mut sorted: Vec<&(String, u64)> = counts.iter().collect();
                    sorted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                    s.listed = sorted.into_iter().map(|(v, _)| v.clone()).collect();
                }
            }
            let distinct = s.values.unwrap_or(p.distinct);
            let mostly_unique = non_null > 20 && distinct * 10 >= non_null * 9;
            if id_name {
                s.role = Role::Identifier;
                s.why = "named as an identifier".into();
            } else if mostly_unique {
                s.role = if facts.value_counts.as_ref().is_some_and(|v| looks_like_codes(v)) {
                    Role::Identifier
                } else {
                    Role::Text
                };
                s.why = "almost every value is different".into();
            } else {
                s.role = Role::Category;
                s.why = format!("{distinct} different values");
            }
        }
    }
    s
}

/// A one-word singular name (`Receipt`, `Ticket`) over many whole numbers, none small, that fill their range
/// (almost) every number once: numbers handed out in sequence. A count or an amount (`tickets`,
/// `orders` per day) is named in the plural, starts low or leaves gaps.
fn is_sequence_number(words: &[String], min: Option<f64>, max: Option<f64>, distinct: u64) -> bool {
    let (Some(lo), Some(hi)) = (min, max) else { return false };
    let [w] = words else { return false };
    let singular = !w.ends_with('s') && w.chars().all(|c| c.is_ascii_alphabetic()) && w.len() >= 3;
    let span = hi - lo + 1.0;
    singular && distinct >= 100 && lo >= 100.0 && span <= distinct as f64 * 1.1
}

fn in_unit_range(min: Option<f64>, max: Option<f64>) -> bool {
    matches!((min, max), (Some(a), Some(b)) if a >= 0.0 && b <= 1.0)
}

fn is_fraction_name(words: &[String]) -> bool {
    has_any(words, &["rate", "ratio", "share", "fraction", "pct", "percent", "percentage", "proportion"])
}

/// Values like `A-1042`, `INV0007`: letters and digits mixed, no spaces.
fn looks_like_codes(counts: &[(String, u64)]) -> bool {
    let sample: Vec<&String> = counts.iter().map(|(v, _)| v).take(200).collect();
    !sample.is_empty()
        && sample.iter().all(|v| {
            let t = v.trim();
            !t.contains(' ') && t.chars().any(|c| c.is_ascii_digit()) && t.len() <= 40
        })
}

fn unit_of(c: &ColumnInfo, words: &[String], original_words: &[String]) -> Option<String> {
    for n in &c.notes {
        if let Some(rest) = n.strip_prefix("currency ") {
            return rest.chars().next().map(|ch| ch.to_string());
        }
        // ("12.4 kWh" written in the cells.)
        if let Some(rest) = n.strip_prefix("unit ") {
            return rest.split(':').next().map(str::to_string);
        }
        if n.starts_with("duration") {
            return Some("hours".into());
        }
    }
    // ("Low (C)", "Temp °F": degrees of a scale said in the header.)
    let o = c.original.to_lowercase();
    for (marks, u) in [(["(c)", "°c", "deg c", "degc"], "°C"), (["(f)", "°f", "deg f", "degf"], "°F")] {
        if marks.iter().any(|m| o.contains(m)) {
            return Some(u.into());
        }
    }
    // ("Avg HR", "max_hr": a heart rate, not hours.)
    let rate_of_heart = |w: &str| {
        w == "hr"
            && words.iter().any(|x| {
                matches!(x.as_str(), "avg" | "average" | "max" | "maximum" | "min" | "minimum" | "resting" | "peak")
            })
    };
    // ("Price (p/kWh)", "cost_per_kwh": a figure per that unit, not in it.)
    let per_unit = |w: &str| {
        let after_per = |ws: &[String]| ws.windows(2).any(|p| p[0] == "per" && p[1] == w);
        after_per(words) || after_per(original_words) || c.original.to_lowercase().contains(&format!("/{w}"))
    };
    for w in words.iter().chain(original_words).filter(|w| !rate_of_heart(w) && !per_unit(w)) {
        if let Some((_, u)) = NAME_UNITS.iter().find(|(k, _)| k == w) {
            return Some(u.to_string());
        }
    }
    None
}

/// Fold `counts` (value, rows) into values: returns the number of folded values and the groups that
/// have more than one spelling, each under its most frequent spelling, largest groups first.
pub fn fold_values(counts: &[(String, u64)]) -> (u64, Vec<Variant>) {
    fold_values_named(counts, "")
}

/// As [`fold_values`], for the column `name` (a yes/no column may write yes as its own name word).
pub fn fold_values_named(counts: &[(String, u64)], name: &str) -> (u64, Vec<Variant>) {
    fold_values_in(counts, name, "")
}

/// As [`fold_values_named`], for a column of the table `table`.
pub fn fold_values_in(counts: &[(String, u64)], name: &str, table: &str) -> (u64, Vec<Variant>) {
    let yes_no = all_yes_no_in(counts.iter().map(|(v, _)| v.as_str()), name);
    // Codes of digits only, some written with leading zeros ("07" and "7", "0042" and "42"): one code.
    let digits = |v: &str| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit());
    let codes = counts.iter().any(|(v, _)| v.trim().len() > 1 && v.trim().starts_with('0') && digits(v.trim()))
        && counts.iter().all(|(v, _)| v.trim().is_empty() || digits(v.trim()));
    // Sizes written with a unit spelled several ways ("50L", "50 l", "50 litre"): one size, when every value
    // is a number with a unit.
    let sizes = counts.iter().all(|(v, _)| v.trim().is_empty() || unit_key(v).is_some())
        && counts.iter().any(|(v, _)| !v.trim().is_empty());
    // (A column of a few kinds, not of names: "Caldwell (Boise)" and "Caldwell" among thousands of towns are two
    // places.)
    let few = counts.len() <= 120;
    let mut groups: std::collections::HashMap<String, Vec<(String, u64)>> = std::collections::HashMap::new();
    for (v, n) in counts {
        let k = if sizes {
            unit_key(v).unwrap_or_default()
        } else if codes {
            let t = v.trim().trim_start_matches('0');
            if t.is_empty() && !v.trim().is_empty() {
                "0".to_string()
            } else {
                t.to_string()
            }
        } else {
            same_value(same_words(&plain_name(&loose_spelling(&fold_in_named(v, yes_no, name)), few)))
        };
        if k.is_empty() {
            continue;
        }
        groups.entry(k).or_default().push((v.clone(), *n));
    }
    // "Done" (or "Completed", "Finished") beside one value naming how such a thing is finished ("Delivered",
    // "Resolved", "Fixed"): one state, where exactly one such value is there ("Resolved" beside "Closed" are two).
    if !(sizes || codes || yes_no) && groups.contains_key("completed") {
        let finished: Vec<String> = groups.keys().filter(|k| FINISHED_AS.contains(&k.as_str())).cloned().collect();
        if let [one] = finished.as_slice() {
            if let Some(mut g) = groups.remove("completed") {
                groups.entry(one.clone()).or_default().append(&mut g);
            }
        }
    }
    // A value written in the plural beside its singular ("Rats", "Rat") or run together beside its words
    // ("Bedbugs", "Bed Bugs"; "Armchair", "Arm Chair"): one value. (Of a column of a few kinds, not of names:
    // "Adams" and "Adam" among thousands of towns are two places.)
    if !(sizes || codes || yes_no) && groups.len() <= 60 {
        let existing: std::collections::HashSet<String> = groups.keys().cloned().collect();
        let base = |k: &str| -> String {
            // (Words only: "50 L" and "50L" are a size's own business.)
            if k.chars().any(|c| c.is_ascii_digit()) {
                return k.to_string();
            }
            let joined: String = k.chars().filter(|c| !c.is_whitespace()).collect();
            let plural = joined.len() > 3
                && joined.ends_with('s')
                && !joined.ends_with("ss")
                && !joined.ends_with("us")
                && !joined.ends_with("is")
                && joined.chars().all(|c| c.is_alphabetic());
            // (Or the adjective in -y of a noun of four letters or more: "Rainy" beside "Rain", "Cloudy" beside
            // "Cloud"; not after a doubled letter, "Billy" beside "Bill".)
            let b = joined.as_bytes();
            let adjective = !k.contains(' ')
                && joined.len() >= 5
                && joined.ends_with('y')
                && joined.chars().all(|c| c.is_ascii_alphabetic())
                && b[b.len() - 2] != b[b.len() - 3]
                && existing.contains(&joined[..joined.len() - 1]);
            // (Or the noun in -ness or -ity of an adjective written beside it: "Sickness" beside "Sick",
            // "Electricity" beside "Electric".)
            let quality = ["ness", "ity"].iter().find_map(|s| {
                joined
                    .strip_suffix(s)
                    .filter(|a| !k.contains(' ') && a.len() >= 4 && a.chars().all(|c| c.is_ascii_alphabetic()))
                    .filter(|a| existing.contains(*a))
            });
            if let Some(a) = quality {
                a.to_string()
            } else if plural || adjective {
                joined[..joined.len() - 1].to_string()
            } else {
                joined
            }
        };
        let mut keys: Vec<String> = groups.keys().cloned().collect();
        keys.sort();
        let mut seen: std::collections::HashMap<String, String> = std::collections::HashMap::new();
        for k in keys {
            let b = base(&k);
            match seen.get(&b) {
                Some(first) if b.chars().count() >= 3 => {
                    let first = first.clone();
                    if let Some(mut g) = groups.remove(&k) {
                        groups.entry(first).or_default().append(&mut g);
                    }
                }
                _ => {
                    seen.insert(b, k);
                }
            }
        }
    }
    // A value written short ("S", "Med", "L" beside "Small", "Medium", "Large"): a key of one to three
    // letters that begins exactly one other key, a single longer word, is that value (shortest merged last, so
    // "M" finds "Medium" once "Med" has joined it).
    if !(sizes || codes || yes_no) {
        let few = groups.len() <= 60;
        // (Or a plural written short, "Subs" beside "Subscriptions", "Regs" beside "Registrations": four letters or
        // more ending in s, beginning one word longer by four letters or more.)
        let plural_short =
            |k: &str, o: &str| k.chars().count() >= 4 && k.ends_with('s') && o.chars().count() >= k.chars().count() + 4;
        // (Or a word cut short with a full stop, "Rest." beside "Restaurant", "Misc." beside "Miscellaneous": four
        // letters or more, every spelling ending in the stop.)
        let stopped_keys: std::collections::HashSet<String> = groups
            .iter()
            .filter(|(k, g)| {
                k.chars().count() >= 4 && !g.is_empty() && g.iter().all(|(v, _)| v.trim_end().ends_with('.'))
            })
            .map(|(k, _)| k.clone())
            .collect();
        let stopped = |k: &str| stopped_keys.contains(k);
        let mut short: Vec<String> = groups
            .keys()
            .filter(|k| {
                ((1..=3).contains(&k.chars().count())
                    || few && stopped(k)
                    || few
                        && k.chars().count() >= 4
                        && k.ends_with('s')
                        && groups.keys().any(|o| {
                            o != *k && !o.contains(' ') && o.starts_with(&k[..k.len() - 1]) && plural_short(k, o)
                        }))
                    && k.chars().all(|c| c.is_alphabetic())
                    && !SHORT_WORDS.contains(&k.as_str())
            })
            .cloned()
            .collect();
        short.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then_with(|| a.cmp(b)));
        for k in short {
            // (Or the initials of a value of two or three words: "LC" of "Long Course".)
            let initials = |o: &str| -> String { o.split(' ').filter_map(|w| w.chars().next()).collect() };
            let longer: Vec<&String> = groups
                .keys()
                .filter(|o| {
                    let n = k.chars().count();
                    **o != k
                        && (n <= 3
                            && o.starts_with(k.as_str())
                            && o.chars().count() >= 4
                            && o.chars().count() > n
                            && !o.contains(' ')
                            || n >= 4 && !o.contains(' ') && o.starts_with(&k[..k.len() - 1]) && plural_short(&k, o)
                            || n >= 4
                                && stopped(&k)
                                && !o.contains(' ')
                                && o.starts_with(k.as_str())
                                && o.chars().count() > n + 1
                            || (2..=3).contains(&n) && (2..=3).contains(&o.split(' ').count()) && initials(o) == k)
                })
                .collect();
            // (A letter may begin any word; a short word only a longer one: "Med" of "Medium", not "Pub" of "Pubs".)
            let fits =
                k.chars().count() == 1 || longer.first().is_some_and(|o| o.chars().count() >= 5 || o.contains(' '));
            if let ([one], true) = (longer.as_slice(), fits) {
                let target = (*one).clone();
                if let Some(mut g) = groups.remove(&k) {
                    groups.entry(target).or_default().append(&mut g);
                }
            }
        }
    }
    // A value written with the column's or the table's own word beside the value without it ("Group lesson"
    // beside "Group" in a column `lesson`, "Spring term 2025" beside "Spring 2025" in a column `term`, "Street
    // Dance" beside "Street" in a table of dance enrolments): one value. (Only where the shorter one is there.)
    if !(sizes || codes || yes_no) && groups.len() <= 60 {
        let singular = |w: &str| -> String {
            if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
                w[..w.len() - 1].to_string()
            } else {
                w.to_string()
            }
        };
        let own: Vec<String> = name_words(name).iter().chain(name_words(table).iter()).map(|w| singular(w)).collect();
        let col_words: Vec<String> = name_words(name).iter().map(|x| singular(x)).collect();
        let mut keys: Vec<String> = groups.keys().cloned().collect();
        keys.sort();
        let mut reduced: std::collections::HashMap<String, String> = std::collections::HashMap::new();
        for k in keys {
            let words: Vec<&str> = k.split(' ').collect();
            if words.len() < 2 {
                continue;
            }
            // (Or the word written short by its first and last letters, "Ct 1" beside "Court 1" and "1".)
            // (Or a word for what money was paid as, "Umpire fees" beside "Umpires": the thing paid for; or for
            // the kind of thing a booking is, "Open Water Course" beside "Open Water".)
            // (Or for the place a thing is sold or found, "Etsy shop" beside "Etsy", "Facebook group" beside
            // "Facebook"; or a bill for it, "Water rates" beside "Water".)
            let paid_as = |w: &str| {
                matches!(
                    singular(w).as_str(),
                    "fee"
                        | "cost"
                        | "charge"
                        | "payment"
                        | "expense"
                        | "course"
                        | "class"
                        | "lesson"
                        | "session"
                        | "bill"
                        | "rate"
                )
            };
            let place = |w: &str| {
                matches!(
                    singular(w).as_str(),
                    "shop" | "store" | "website" | "site" | "page" | "group" | "app" | "account" | "sale"
                )
            };
            let own_word = |w: &str| own.contains(&singular(w)) || own.iter().any(|o| contraction(w, o)) || paid_as(w);
            // (A place word last only: "Etsy shop", not "Group lesson".)
            let last = words.len() - 1;
            let rest: Vec<&str> = words
                .iter()
                .enumerate()
                .filter(|(i, w)| !(own_word(w) || *i == last && place(w)))
                .map(|(_, w)| *w)
                .collect();
            if rest.is_empty() || rest.len() == words.len() {
                continue;
            }
            // (Only the column's own word, whole or written short, makes two values one by leaving it off both:
            // "Ln 2" and "Lane 2" in `lane`; not "Lane swim" and "Swim lesson" of a lane table.)
            let column_word = |w: &str| col_words.contains(&singular(w)) || col_words.iter().any(|o| contraction(w, o));
            let by_column = words.iter().filter(|w| !rest.contains(w)).all(|w| column_word(w));
            // (The rest may be in the plural without the word: "Cub Scouts" beside "Cubs" in a scout group's
            // table.)
            let short = rest.join(" ");
            let (plural, plural_es) = (format!("{short}s"), format!("{short}es"));
            let target = [short.clone(), plural, plural_es].into_iter().find(|t| *t != k && groups.contains_key(t));
            // (Or two values that are one without the word: "Ln 2" and "Lane 2" where no bare "2" is written.)
            let target = target
                .or_else(|| reduced.get(&short).filter(|t| by_column && **t != k && groups.contains_key(*t)).cloned());
            if let Some(t) = target {
                if let Some(mut g) = groups.remove(&k) {
                    groups.entry(t).or_default().append(&mut g);
                }
            } else if by_column {
                reduced.insert(short, k.clone());
            }
        }
    }
    // A value of two words or more with one word written short, by its first letter ("L. Marsh") or its first
    // and last letters ("Lt Marsh"), beside the value with that word whole ("Little Marsh"): one value, where
    // exactly one whole word fits ("J Smith" beside "John Smith" and "Jane Smith" stays its own).
    if !(sizes || codes || yes_no) && groups.len() <= 120 {
        // (Each word in the singular: "Cust Services" beside "Customer Service".)
        let words_of = |k: &str| -> Vec<String> {
            k.split(' ')
                .map(|w| {
                    let w = w.trim_end_matches('.');
                    match w.strip_suffix('s') {
                        Some(one) if one.len() >= 3 && !one.ends_with('s') => one.to_string(),
                        _ => w.to_string(),
                    }
                })
                .collect()
        };
        let mut keys: Vec<String> = groups.keys().cloned().collect();
        keys.sort();
        for k in &keys {
            let ws = words_of(k);
            if ws.len() < 2 {
                continue;
            }
            let fits: Vec<&String> = keys
                .iter()
                .filter(|o| *o != k)
                .filter(|o| {
                    let ow = words_of(o);
                    if ow.len() != ws.len() {
                        return false;
                    }
                    let differ: Vec<usize> = (0..ws.len()).filter(|&i| ws[i] != ow[i]).collect();
                    let [i] = differ.as_slice() else { return false };
                    let (short, whole) = (&ws[*i], &ow[*i]);
                    // (Or cut short after three letters or more: "Cust Services" beside "Customer Services".)
                    whole.chars().count() >= 4
                        && whole.chars().all(char::is_alphabetic)
                        && (short.chars().count() == 1 && whole.starts_with(short.as_str())
                            || short.chars().count() >= 2 && contraction(short, whole)
                            || short.chars().count() >= 3
                                && whole.chars().count() >= short.chars().count() + 2
                                && short.chars().all(char::is_alphabetic)
                                && whole.starts_with(short.as_str()))
                })
                .collect();
            if let [one] = fits.as_slice() {
                let target = (*one).clone();
                if groups.contains_key(&target) {
                    if let Some(mut g) = groups.remove(k) {
                        groups.entry(target).or_default().append(&mut g);
                    }
                }
            }
        }
    }
    let values = groups.len() as u64;
    let mut variants: Vec<Variant> = groups
        .into_values()
        .filter(|g| g.len() > 1)
        .map(|mut g| {
            // Most frequent first; among equals, the tidiest spelling (no stray spaces or trailing dot),
            // then one written like a name ("Open" before "OPEN" and "open"), then by text.
            // (In a yes/no column, a plain yes or no is shown, not the column's own name: "Yes", not "escaped".)
            let plain = |v: &str| yes_no && yes_no_word(&fold(v)).is_some();
            // (Spellings of one written form first, by their rows together: "Cubs", "cubs" and "Cubs " before
            // "Cub Scouts" where they are more rows between them.)
            let mut written: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
            for (v, n) in &g {
                *written.entry(fold(v)).or_default() += n;
            }
            let form = |v: &str| written.get(&fold(v)).copied().unwrap_or(0);
            g.sort_by(|a, b| {
                plain(&b.0)
                    .cmp(&plain(&a.0))
                    .then_with(|| form(&b.0).cmp(&form(&a.0)))
                    .then_with(|| b.1.cmp(&a.1))
                    .then_with(|| tidy(&b.0).cmp(&tidy(&a.0)))
                    .then_with(|| name_like(&b.0).cmp(&name_like(&a.0)))
                    .then_with(|| a.0.cmp(&b.0))
            });
            Variant {
                canonical: g[0].0.clone(),
                rows: g.iter().map(|x| x.1).sum(),
                spellings: g.into_iter().map(|x| x.0).collect(),
            }
        })
        .collect();
    variants.sort_by(|a, b| b.rows.cmp(&a.rows).then_with(|| a.canonical.cmp(&b.canonical)));
    (values, variants)
}

/// Words that make a value another thing than the value it is written beside: "Not paid" of "Paid", "Part
/// refund" of "Refund", "No show" of "Show".
const ANOTHER_THING: &[&str] = &[
    "credit",
    "re",
    "not",
    "no",
    "non",
    "never",
    "without",
    "part",
    "partly",
    "partial",
    "half",
    "semi",
    "ex",
    "anti",
    "failed",
    "cancelled",
    "canceled",
    "un",
    "dont",
    "didnt",
    "wont",
    "cant",
    "return",
    "returned",
    "refund",
    "refunded",
    "reversal",
    "reversed",
    "back",
    "correction",
    "adjustment",
];

/// The words of a value that say what it is: folded, split at anything not a letter or digit, each in the
/// singular, without the words of grammar ("evening only" and "Evening" say the same words).
fn value_words(v: &str) -> Vec<String> {
    // ("a" is no grammar here: "House A" and "House B" are two houses.)
    const GRAMMAR: &[&str] = &["of", "the", "and", "in", "on", "at", "for", "to", "by", "with", "only", "my", "our"];
    let mut out: Vec<String> = Vec::new();
    for w in fold(v).replace(['\'', '\u{2019}'], "").split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() || GRAMMAR.contains(&w) {
            continue;
        }
        let one = match w.strip_suffix('s') {
            Some(x) if w.chars().count() > 3 && !x.ends_with('s') && !w.ends_with("us") && !w.ends_with("is") => x,
            _ => w,
        };
        if !out.iter().any(|o| o == one) {
            out.push(one.to_string());
        }
    }
    out
}

/// Of a column's values grouped by spelling (`groups`, each group's spellings), those no fold made one with the
/// spellings `matched` that may yet be the same thing: one with the words of one matched and words added ("Hospital
/// appt" beside "Hospital", "cash in card" beside "Cash"; "Evening" beside "evening only", "only" saying nothing of
/// what it is), or a word written short by its first letters ("hosp" of "Hospital", "Elec" of "Electrical"). Not
/// where a word added makes it another thing ("Not paid" of "Paid", "No show" of "Show"), and not in a column of
/// many values (names, details). Each such group by its first spelling.
pub fn kin_values(groups: &[Vec<String>], matched: &[String]) -> Vec<String> {
    if groups.len() > 60 || matched.is_empty() {
        return Vec::new();
    }
    let folded: std::collections::HashSet<String> = matched.iter().map(|m| fold(m)).collect();
    // (A value matched as one written on with a remark, "rained off - refunded; guest of Barry" of "Rained off", is
    // no measure of what was asked: "guest of Barry" is not kin to the rain.)
    let remark = |m: &str| [";", " - ", "(", ":", " by ", "/", ","].iter().any(|x| m.contains(x));
    let asked: Vec<Vec<String>> = matched
        .iter()
        .filter(|m| !remark(m))
        .map(|m| value_words(m))
        .filter(|w| w.iter().any(|x| x.chars().any(char::is_alphabetic)))
        .collect();
    // (Or a number or a letter of its own, a label: "Court 2" beside "Court", "House B" beside "House".)
    let another = |extra: &[&String]| {
        extra.iter().any(|w| {
            ANOTHER_THING.contains(&w.as_str()) || w.chars().all(|c| c.is_ascii_digit()) || w.chars().count() == 1
        })
    };
    // (Written short: five letters at most, "Charge" beside "Chargeback" being a word of its own.)
    let short_of = |a: &str, b: &str| {
        (3..=5).contains(&a.chars().count())
            && a.chars().all(char::is_alphabetic)
            && b.chars().count() >= a.chars().count() + 2
            && b.starts_with(a)
    };
    let kin = |a: &[String], b: &[String]| -> bool {
        // (Not one of fewer words than the value asked: "Tesco" beside "Tesco Express" asked is another shop.)
        if a.iter().all(|w| b.contains(w)) {
            let extra: Vec<&String> = a.iter().chain(b.iter()).filter(|w| !(a.contains(w) && b.contains(w))).collect();
            return !another(&extra);
        }
        match (a, b) {
            ([x], [y]) => short_of(x, y) || short_of(y, x),
            _ => false,
        }
    };
    let mut out = Vec::new();
    for g in groups {
        if g.iter().any(|v| folded.contains(&fold(v))) {
            continue;
        }
        let hit = g.iter().any(|v| {
            let ws = value_words(v);
            ws.iter().any(|x| x.chars().any(char::is_alphabetic)) && asked.iter().any(|a| kin(a, &ws))
        });
        if hit {
            if let Some(first) = g.first() {
                out.push(first.clone());
            }
        }
    }
    out
}

/// Short words of English that a question says as words, never as a value written short ("paid us" is not
/// "US" of "United States", "in" not "IN" of "India").
const SHORT_WORDS: &[&str] = &[
    "us", "it", "me", "we", "or", "on", "in", "at", "to", "no", "so", "an", "as", "be", "do", "go", "he", "if", "is",
    "my", "of", "up", "by", "am", "pm", "all", "and", "are", "for", "not", "our", "the", "you", "any",
];

/// Words of general English that name one value however a column writes it: a channel written "Online"
/// and "Web", "Phone" and "Telephone", "Email" and "E-mail", a job "Done" and "Completed" (the whole value
/// only: "Web order" stays its own). Two of one group in one column are one value; a group's first word is the key.
const SAME_VALUE: &[&[&str]] = &[
    &["online", "web", "website", "web site", "internet", "on line", "www"],
    &["phone", "telephone", "tel", "by phone", "by telephone"],
    &["email", "e mail", "by email"],
    &["cheque", "check", "by cheque", "by check"],
    &["tv", "television"],
    &["mobile", "mobile phone", "cell", "cell phone", "cellphone"],
    // (A state of being over: a job "Done" beside "Completed", a book "Finished" beside "Complete".)
    &["completed", "complete", "done", "finished"],
];

/// Words of general English for a thing finished in its own way: a delivery "Delivered", a fault "Fixed" (see
/// the fold of "Done" beside one of them).
const FINISHED_AS: &[&str] = &["delivered", "fulfilled", "resolved", "fixed", "repaired", "carried out", "closed"];

/// Words of general English that say the same thing inside a value: "Hall hire" and "Hall rent", "Guest" and
/// "Visitor", "Late fee" and "Late charge". Two values of one column that differ only by these words are one
/// value (a group's first word is the key; a word's plural keeps its s).
const SAME_WORD: &[&[&str]] = &[&["hire", "rent", "rental"], &["guest", "visitor"], &["fee", "charge"]];

/// A folded value with each word of [`SAME_WORD`] replaced by its group's key.
fn same_words(k: &str) -> String {
    k.split(' ')
        .map(|w| {
            for g in SAME_WORD {
                if g.contains(&w) {
                    return g[0].to_string();
                }
                if let Some(one) = w.strip_suffix('s') {
                    if g.contains(&one) {
                        return format!("{}s", g[0]);
                    }
                }
            }
            w.to_string()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The general-English words that name the same value as the folded value `k` (see [`SAME_VALUE`]): "finished"
/// and "done" for "completed". Empty when it has none.
pub fn same_value_words(k: &str) -> Vec<&'static str> {
    SAME_VALUE
        .iter()
        .find(|g| g.contains(&k))
        .map(|g| g.iter().copied().filter(|w| *w != k).collect())
        .unwrap_or_default()
}

/// Whether the folded value `k` says a thing is over ("Completed", "Done", "Finished": one group of
/// [`SAME_VALUE`]).
pub fn says_done(k: &str) -> bool {
    same_value(k.to_string()) == "completed"
}

/// The key of a folded value's general-English synonyms (see [`SAME_VALUE`]).
fn same_value(k: String) -> String {
    if let Some(y) = season_key(&k) {
        return y;
    }
    match SAME_VALUE.iter().find(|g| g.contains(&k.as_str())) {
        Some(g) => g[0].to_string(),
        None => k,
    }
}

/// A season or a year running into the next, however written ("2024-25", "2024/25", "24-25", "2024/2025",
/// "2024 - 25"): one key, "2024-25". Only two years one after the other (a 20th- or 21st-century year written
/// with two digits is taken as 20xx).
fn season_key(k: &str) -> Option<String> {
    // (Earlier folds may have made the dash a space: "2024 25".)
    let parts: Vec<&str> =
        k.split(|c: char| c == '-' || c == '/' || c.is_whitespace()).filter(|p| !p.is_empty()).collect();
    let [a, b] = parts.as_slice() else { return None };
    let year = |x: &str| -> Option<i32> {
        if !x.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        match x.len() {
            2 => Some(2000 + x.parse::<i32>().ok()?),
            4 => x.parse().ok(),
            _ => None,
        }
    };
    let (ya, yb) = (year(a)?, year(b)?);
    // ("24-25" with the second in two digits: its last two of the next year.)
    let next = if b.len() == 2 { (ya + 1) % 100 == yb % 100 } else { yb == ya + 1 };
    (next && (1900..2100).contains(&ya)).then(|| format!("{ya}-{:02}", (ya + 1) % 100))
}

/// A word written short by its own first and last letters and some between ("ct" of "court", "rd" of "road",
/// "ave" of "avenue"), or by its first letter and consonants ("ln" of "lane"): shorter, all letters, in order.
fn contraction(w: &str, full: &str) -> bool {
    let (wb, fb) = (w.as_bytes(), full.as_bytes());
    if wb.len() < 2 || wb.len() >= fb.len() || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    // (Its last letter the word's, or no vowel after its first: "Ln" of "Lane", "Rm" of "Room".)
    let vowelless = !wb[1..].iter().any(|b| b"aeiou".contains(b));
    if wb[0] != fb[0] || wb[wb.len() - 1] != fb[fb.len() - 1] && !vowelless {
        return false;
    }
    let mut it = fb.iter();
    wb.iter().all(|c| it.any(|f| f == c))
}

/// A name's key without what does not tell one value from another: a leading "the" ("The Quizzly Bears" beside
/// "Quizzly Bears") and a closing remark in brackets of words only ("Court 4 (clay)" beside "Court 4"; not
/// "Large (12 inch)", whose bracket tells sizes apart).
fn plain_name(k: &str, few: bool) -> String {
    let mut t = k.trim();
    if let Some(rest) = t.strip_prefix("the ") {
        if !rest.trim().is_empty() {
            t = rest.trim();
        }
    }
    if few && t.ends_with(')') {
        if let Some(open) = t.rfind('(') {
            let inner = &t[open + 1..t.len() - 1];
            let head = t[..open].trim();
            // (Not a remark saying the thing did not happen or changed its standing, "1-0 (forfeit)", "Order
            // (cancelled)": that is another value.)
            const STANDING: &[&str] = &[
                "forfeit",
                "forfeited",
                "walkover",
                "cancelled",
                "canceled",
                "void",
                "voided",
                "refund",
                "refunded",
                "postponed",
                "abandoned",
                "unpaid",
                "paid",
                "no show",
                "no-show",
                "estimate",
                "provisional",
                "draft",
                "not played",
                "withdrawn",
                "disqualified",
                "retired",
                "failed",
            ];
            if !head.is_empty()
                && !inner.trim().is_empty()
                && inner.chars().all(|c| c.is_alphabetic() || c == ' ')
                && !STANDING.contains(&inner.trim())
            {
                t = head;
            }
        }
    }
    t.to_string()
}

/// Spellings of one word that differ only by a hyphen or underscore for a space ("No-show", "No show") or
/// by British and American doubling of l ("Cancelled", "Canceled"; "travelling", "traveling"): one key.
/// (Values of one column only, so two such spellings side by side are the same value.)
fn loose_spelling(k: &str) -> String {
    // (Nor by a "not" written short, "Didn't find" and "Did not find", or an "it" after the verb, "Found it" and
    // "Found".)
    let k = k.replace('\u{2019}', "'").replace("can't", "can not").replace("won't", "will not").replace("n't", " not");
    let k = match k.strip_suffix(" it") {
        Some(head) if head.contains(|c: char| c.is_alphabetic()) => head.to_string(),
        _ => k,
    };
    let k = k.as_str();
    // (Nor by an apostrophe or a full stop inside a name: "St. Mark's", "St Marks"; a decimal point stays.)
    let chars: Vec<char> = k.chars().collect();
    let kept: String = chars
        .iter()
        .enumerate()
        .filter(|(i, c)| match c {
            '\'' | '\u{2019}' => false,
            '.' => {
                let digit = |j: Option<&char>| j.is_some_and(|c| c.is_ascii_digit());
                digit(i.checked_sub(1).and_then(|j| chars.get(j))) && digit(chars.get(i + 1))
            }
            _ => true,
        })
        .map(|(_, c)| *c)
        .collect();
    // (Nor by a hyphen between letters and a number, "FT-8" and "FT8", or a space between a number and its
    // letters, "20 m" and "20m".)
    let kc: Vec<char> = kept.chars().collect();
    let kept: String = kc
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            let (a, b) = (i.checked_sub(1).and_then(|j| kc.get(j)), kc.get(i + 1));
            !(**c == '-' && matches!((a, b), (Some(a), Some(b)) if a.is_alphabetic() && b.is_ascii_digit())
                || **c == ' ' && matches!((a, b), (Some(a), Some(b)) if a.is_ascii_digit() && b.is_alphabetic()))
        })
        .map(|(_, c)| *c)
        .collect();
    let spaced: String = kept.chars().map(|c| if c == '-' || c == '_' { ' ' } else { c }).collect();
    let words: Vec<&str> = spaced.split_whitespace().collect();
    words.join(" ").replace("ll", "l")
}

/// A number with a unit of measure ("50L", "30 litre", "2.5 kg") as one key: the number, then the unit's
/// short name. None for anything else.
fn unit_key(v: &str) -> Option<String> {
    let t = v.trim().trim_end_matches('.');
    let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
    let (num, unit) = t.split_at(split);
    let unit = unit.trim().to_lowercase();
    if num.is_empty() || unit.is_empty() || !unit.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let num = if num.contains('.') { num.replace(',', "") } else { num.replace(',', ".") };
    let n: f64 = num.parse().ok()?;
    let short = match unit.as_str() {
        "l" | "lt" | "ltr" | "ltrs" | "litre" | "litres" | "liter" | "liters" => "l",
        "ml" | "millilitre" | "millilitres" | "milliliter" | "milliliters" => "ml",
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" => "kg",
        "g" | "gr" | "gram" | "grams" => "g",
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "mm",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => "cm",
        "m" | "metre" | "metres" | "meter" | "meters" => "m",
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "in" | "inch" | "inches" => "in",
        "ft" | "foot" | "feet" => "ft",
        "oz" | "ounce" | "ounces" => "oz",
        "lb" | "lbs" => "lb",
        _ => return None,
    };
    Some(format!("{n} {short}"))
}

fn tidy(s: &str) -> bool {
    s.trim() == s && !s.contains("  ") && !s.ends_with(['.', ',', ';', ':', '!'])
}

/// Written like a name: starts with a capital and is not all capitals.
fn name_like(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase) && s.chars().any(char::is_lowercase)
}

/// A table with one row per date and nothing to break it down by (no category column) is a series of
/// readings of one thing (a concentration per month, employment per month): its amounts are levels,
/// averaged over a period rather than added up.
pub fn readings_of_one_series(t: &mut crate::tables::TableInfo) {
    let rows = t.rows;
    let series = rows >= 12
        && t.columns.iter().any(|c| {
            matches!(c.ty, ColumnType::Date | ColumnType::Datetime)
                && c.profile.distinct_exact
                && c.profile.distinct == rows
                && c.profile.nulls == 0
        })
        && !t.columns.iter().any(|c| c.semantics.as_ref().is_some_and(|s| s.role == Role::Category));
    if !series {
        return;
    }
    for c in &mut t.columns {
        // Counts per date (events per hour) add up across dates; readings do not.
        if is_count_name(&c.name) {
            continue;
        }
        if let Some(s) = c.semantics.as_mut().filter(|s| s.role == Role::Amount) {
            s.role = Role::Level;
            s.why = "a reading per date of a single series (one row per date, no categories): averaged".into();
        }
    }
}

/// General English words for what a column can hold at most: a capacity.
const CAPACITY_WORDS: &[&str] = &[
    "capacity",
    "cap",
    "seats",
    "places",
    "spaces",
    "slots",
    "spots",
    "available",
    "max",
    "maximum",
    "limit",
    "quota",
];

/// Whether a column's name says it holds a capacity (`seats`, `beds_available`, `capacity`).
pub fn is_capacity_name(name: &str) -> bool {
    name_words(name).iter().any(|w| CAPACITY_WORDS.contains(&w.as_str()))
}

/// A column that may be a part of another (see [`parts_of`]): its name and unit.
pub struct PartCandidate {
    pub name: String,
    pub unit: Option<String>,
}

/// The pairs `(part, whole)` whose names allow the part to be a part of the whole: both non-negative
/// amounts in one unit whose names share a word (`trips_on_time`, `trips_operated`), or the whole's name
/// is a word for a capacity (`tickets_sold`, `seats`). Which of them hold in the rows is for the data to
/// say ([`parts_of`]).
pub fn part_pairs(cols: &[PartCandidate]) -> Vec<(usize, usize, bool)> {
    let words: Vec<Vec<String>> = cols
        .iter()
        .map(|c| {
            name_words(&c.name).into_iter().filter(|w| w.len() > 2 && !COUNT_WORDS.contains(&w.as_str())).collect()
        })
        .collect();
    let mut out = Vec::new();
    for i in 0..cols.len() {
        for j in 0..cols.len() {
            let alike = words[i].iter().any(|w| words[j].contains(w));
            if i != j
                && cols[i].unit == cols[j].unit
                && (alike || words[j].iter().any(|w| CAPACITY_WORDS.contains(&w.as_str())))
            {
                out.push((i, j, alike));
            }
        }
    }
    out
}

/// Which column each column is a part of: of the [`part_pairs`] that hold in the rows (`holds`: on every
/// row with both, the part is at most the whole, and below it on some row), those named alike before
/// those named as a capacity, and of them the whole with the smallest total (`sums`) is the one the part
/// comes out of — `trips_on_time` is a part of `trips_operated`, not of `trips_scheduled`. A tie leaves
/// the part without a whole (not guessed).
pub fn parts_of(n: usize, holds: &[(usize, usize, bool)], sums: &[f64]) -> Vec<Option<usize>> {
    (0..n)
        .map(|i| {
            let mine: Vec<&(usize, usize, bool)> = holds.iter().filter(|(p, _, _)| *p == i).collect();
            let alike = mine.iter().any(|(_, _, a)| *a);
            let wholes: Vec<usize> = mine.iter().filter(|(_, _, a)| *a == alike).map(|(_, w, _)| *w).collect();
            let least = wholes.iter().map(|&j| sums[j]).fold(f64::INFINITY, f64::min);
            match wholes.iter().filter(|&&j| sums[j] == least).collect::<Vec<_>>().as_slice() {
                [j] => Some(**j),
                _ => None,
            }
        })
        .collect()
}

/// One line for a profile: "category, 3 values (9 spellings: "North" also as "north", "NORTH ")".
pub fn describe(s: &Semantics) -> String {
    let mut out = s.role.as_str().to_string();
    if let Some(u) = &s.unit {
        out.push_str(&format!(" in {u}"));
    }
    if let Some(v) = s.values {
        let spellings: usize = s.variants.iter().map(|g| g.spellings.len() - 1).sum::<usize>() + v as usize;
        if s.variants.is_empty() {
            out.push_str(&format!(", {v} values"));
        } else {
            out.push_str(&format!(", {spellings} spellings of {v} values"));
            let shown: Vec<String> = s
                .variants
                .iter()
                .take(3)
                .map(|g| {
                    let others: Vec<String> = g.spellings.iter().skip(1).take(4).map(|x| format!("{x:?}")).collect();
                    format!("{:?} also as {}", g.canonical, others.join(", "))
                })
                .collect();
            out.push_str(&format!(" ({}{})", shown.join("; "), if s.variants.len() > 3 { "; ..." } else { "" }));
        }
    }
    if let (Some(n), Some(p)) = (s.negatives, s.positives) {
        out.push_str(&format!(": {n} rows below zero (money out), {p} above (money in)"));
    }
    if s.one_date_each == Some(false) {
        out.push_str(", repeats on several dates");
    }
    if let Some(w) = &s.part_of {
        out.push_str(&format!(", a part of {w} (at most {w} on every row)"));
    }
    if let [a, b] = s.sum_of.as_slice() {
        out.push_str(&format!(", the sum of {a} and {b} on every row"));
    }
    if let Some(w) = &s.scales_with {
        out.push_str(&format!(", the row's whole price (it rises with {w})"));
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::tables::ColumnProfile;

    fn col(name: &str, ty: ColumnType, min: Option<f64>, max: Option<f64>, distinct: u64) -> ColumnInfo {
        ColumnInfo {
            name: name.into(),
            original: name.into(),
            ty,
            notes: Vec::new(),
            profile: ColumnProfile {
                nulls: 0,
                distinct,
                distinct_exact: true,
                min: min.map(|v| serde_json::json!(v)),
                max: max.map(|v| serde_json::json!(v)),
                mean: None,
                top: Vec::new(),
            },
            semantics: None,
        }
    }

    #[test]
    fn sizes_with_a_unit_spelled_several_ways_are_one_size() {
        let counts: Vec<(String, u64)> =
            [("50L", 959), ("50l", 514), ("50 L", 512), ("50 litre", 462), ("30L", 579), ("30 litre", 250)]
                .iter()
                .map(|(v, n)| (v.to_string(), *n))
                .collect();
        let (values, variants) = fold_values(&counts);
        assert_eq!(values, 2);
        assert_eq!(variants[0].canonical, "50L");
        assert_eq!(variants[0].spellings.len(), 4);
        // Sizes beside a word that is not one are not folded this way ("50L" and "50 litre" stay apart), but a
        // space between the number and its letters is no other value ("50L" and "50 L").
        let counts: Vec<(String, u64)> =
            [("50L", 3), ("50 litre", 1), ("Other", 1)].iter().map(|(v, n)| (v.to_string(), *n)).collect();
        assert_eq!(fold_values(&counts).0, 3);
        let counts: Vec<(String, u64)> = [("50L", 3), ("50 L", 1), ("Other", 1), ("FT-8", 2), ("FT8", 5)]
            .iter()
            .map(|(v, n)| (v.to_string(), *n))
            .collect();
        assert_eq!(fold_values(&counts).0, 3);
        // "Found it" is "Found"; "Didn't find it" is "Did not find" (and "DNF", its initials).
        let counts: Vec<(String, u64)> =
            [("Found it", 9), ("Found", 3), ("found", 2), ("Didn't find it", 2), ("DNF", 1), ("Did not find", 1)]
                .iter()
                .map(|(v, n)| (v.to_string(), *n))
                .collect();
        assert_eq!(fold_values(&counts).0, 2, "{:?}", fold_values(&counts).1);
    }

    #[test]
    fn a_yes_no_column_may_say_yes_with_its_own_name() {
        let counts: Vec<(String, u64)> =
            [("Yes", 40), ("escaped", 12), ("Y", 5), ("No", 30), ("not escaped", 2), ("n", 4)]
                .iter()
                .map(|(v, n)| (v.to_string(), *n))
                .collect();
        let (values, variants) = fold_values_named(&counts, "escaped");
        assert_eq!(values, 2);
        assert_eq!(variants[0].spellings, vec!["Yes", "Y", "escaped"], "plain yes/no spellings first");
        // Elsewhere "escaped" and "not escaped" are values of their own.
        assert_eq!(fold_values_named(&counts, "outcome").0, 4, "yes and no folded, the two others kept");
    }

    #[test]
    fn one_and_zero_beside_yes_no_words_say_yes_and_no() {
        let counts: Vec<(String, u64)> =
            [("n", 5000), ("N", 300), ("no", 200), ("y", 90), ("1", 34), ("TRUE", 30), ("0", 12)]
                .iter()
                .map(|(v, n)| (v.to_string(), *n))
                .collect();
        let (values, _) = fold_values_named(&counts, "voided");
        assert_eq!(values, 2);
    }

    #[test]
    fn yes_and_no_in_other_languages_are_yes_and_no() {
        let counts: Vec<(String, u64)> = [("yes", 400), ("Y", 30), ("ja", 25), ("no", 500), ("nee", 12), ("N", 40)]
            .iter()
            .map(|(v, n)| (v.to_string(), *n))
            .collect();
        let (values, _) = fold_values_named(&counts, "shore_power");
        assert_eq!(values, 2);
        // (A column of names is no yes/no column because one of them is "Si".)
        assert!(!all_yes_no(["Si", "Jo", "Al"]));
    }

    #[test]
    fn british_and_american_spellings_and_hyphens_are_one_value() {
        let counts: Vec<(String, u64)> =
            [("Cancelled", 34), ("Canceled", 18), ("No-show", 12), ("No show", 2), ("Sailed", 300)]
                .iter()
                .map(|(v, n)| (v.to_string(), *n))
                .collect();
        let (values, variants) = fold_values(&counts);
        assert_eq!(values, 3);
        assert_eq!(variants[0].spellings, vec!["Cancelled", "Canceled"]);
    }

    #[test]
    fn codes_with_and_without_leading_zeros_are_one_code() {
        let counts: Vec<(String, u64)> = [("07", 30), ("7", 12), ("11", 25), ("011", 2), ("3", 9)]
            .iter()
            .map(|(v, n)| (v.to_string(), *n))
            .collect();
        let (values, variants) = fold_values(&counts);
        assert_eq!(values, 3);
        assert_eq!(variants[0].canonical, "07");
        assert_eq!(variants[0].spellings, vec!["07", "7"]);
        assert_eq!(variants[1].spellings, vec!["11", "011"]);
        // Not codes: a column with words in it folds as text.
        let counts: Vec<(String, u64)> =
            [("07", 3), ("7", 1), ("Seven", 1)].iter().map(|(v, n)| (v.to_string(), *n)).collect();
        assert_eq!(fold_values(&counts).0, 3);
    }

    #[test]
    fn apostrophes_and_full_stops_inside_a_name_do_not_make_another_value() {
        let counts: Vec<(String, u64)> = [
            ("St Mark's", 90),
            ("St Marks", 30),
            ("St. Mark's", 12),
            ("Riverside Hall", 80),
            ("2.5 kg", 3),
            ("25 kg", 4),
        ]
        .iter()
        .map(|(v, n)| (v.to_string(), *n))
        .collect();
        let (values, variants) = fold_values(&counts);
        assert_eq!(values, 4, "{variants:?}");
        assert_eq!(variants[0].canonical, "St Mark's");
        assert_eq!(variants[0].rows, 132);
    }

    #[test]
    fn values_general_english_says_are_one_fold_together() {
        let counts: Vec<(String, u64)> = [
            ("Online", 1248),
            ("online", 108),
            ("Web", 95),
            ("Box Office", 450),
            ("Phone", 258),
            ("Telephone", 22),
            ("Web order", 7),
        ]
        .iter()
        .map(|(v, n)| (v.to_string(), *n))
        .collect();
        let (values, variants) = fold_values(&counts);
        // Online (+ Web), Box Office, Phone (+ Telephone), and "Web order", a value of its own.
        assert_eq!(values, 4, "{variants:?}");
        assert_eq!(variants[0].canonical, "Online");
        assert_eq!(variants[0].rows, 1451);
        assert!(variants[0].spellings.contains(&"Web".to_string()));
        assert_eq!(variants[1].canonical, "Phone");
        assert_eq!(variants[1].rows, 280);
        // A job "Done" beside "Completed" is over all the same; "Did not finish" and its initials are one too.
        let counts: Vec<(String, u64)> =
            [("Completed", 487), ("Done", 81), ("COMPLETED", 69), ("Cancelled", 13), ("DNF", 8), ("Did not finish", 5)]
                .iter()
                .map(|(v, n)| (v.to_string(), *n))
                .collect();
        let (values, variants) = fold_values(&counts);
        assert_eq!(values, 3, "{variants:?}");
        assert_eq!((variants[0].canonical.as_str(), variants[0].rows), ("Completed", 637));
        assert_eq!((variants[1].canonical.as_str(), variants[1].rows), ("DNF", 13));
    }

    #[test]
    fn a_value_written_short_is_the_value_it_begins() {
        let counts: Vec<(String, u64)> =
            [("Small", 90), ("S", 30), ("small", 12), ("Med", 20), ("M", 25), ("Medium", 80), ("Large", 40), ("L", 9)]
                .iter()
                .map(|(v, n)| (v.to_string(), *n))
                .collect();
        let (values, variants) = fold_values(&counts);
        assert_eq!(values, 3, "{variants:?}");
        let medium = variants.iter().find(|v| v.canonical == "Medium").unwrap();
        assert_eq!(medium.rows, 125);
        // A letter beginning two values, or a short word beginning a short one, stays its own value.
        let counts: Vec<(String, u64)> = [("Cash", 40), ("Card", 30), ("C", 5), ("Bar", 9), ("Barn", 3)]
            .iter()
            .map(|(v, n)| (v.to_string(), *n))
            .collect();
        assert_eq!(fold_values(&counts).0, 5);
        // Initials of a value of a few words are that value.
        let counts: Vec<(String, u64)> = [("SC", 50), ("Short Course", 20), ("LC", 30), ("Long Course", 9), ("50m", 4)]
            .iter()
            .map(|(v, n)| (v.to_string(), *n))
            .collect();
        assert_eq!(fold_values(&counts).0, 3);
    }

    #[test]
    fn spellings_fold_under_the_most_frequent_one() {
        let counts: Vec<(String, u64)> =
            [("North", 40), ("north", 7), ("NORTH ", 3), ("South", 30), ("south.", 2), ("East", 9)]
                .iter()
                .map(|(v, n)| (v.to_string(), *n))
                .collect();
        let (values, variants) = fold_values(&counts);
        assert_eq!(values, 3);
        assert_eq!(variants.len(), 2, "East has one spelling");
        assert_eq!(variants[0].canonical, "North");
        assert_eq!(variants[0].spellings, vec!["North", "north", "NORTH "]);
        assert_eq!(variants[0].rows, 50);
        assert_eq!(variants[1].spellings, vec!["South", "south."]);
        assert_eq!(fold("  New   York. "), "new york");
    }

    #[test]
    fn a_value_with_its_column_or_table_word_or_in_y_is_one_value() {
        let counts: Vec<(String, u64)> = [
            ("Group", 40),
            ("Group lesson", 30),
            ("Private", 20),
            ("Watergate", 9),
            ("Watergate Bay", 8),
            ("Street", 5),
            ("Street Surf", 4),
        ]
        .iter()
        .map(|(v, n)| (v.to_string(), *n))
        .collect();
        // "Group lesson" is "Group" (the column's word), "Street Surf" is "Street" (the table's); "Watergate Bay"
        // keeps its own word.
        let (values, variants) = fold_values_in(&counts, "Lesson", "surf_lessons");
        assert_eq!(values, 5, "{variants:?}");
        let group = variants.iter().find(|v| v.canonical == "Group").expect("group");
        assert_eq!(group.rows, 70);
        let weather: Vec<(String, u64)> = [("rain", 9), ("Rainy", 4), ("Cloudy", 3), ("Bill", 2), ("Billy", 2)]
            .iter()
            .map(|(v, n)| (v.to_string(), *n))
            .collect();
        // Rain (Rainy), Cloudy (no "Cloud" beside it), Bill, Billy (a doubled letter).
        assert_eq!(fold_values_in(&weather, "weather", "").0, 4);
    }

    #[test]
    fn a_word_written_short_inside_a_name_is_that_name() {
        let counts: Vec<(String, u64)> = [("Little Marsh", 24), ("L. Marsh", 6), ("Lt Marsh", 5), ("Ashcombe", 22)]
            .iter()
            .map(|(v, n)| (v.to_string(), *n))
            .collect();
        let (values, v) = fold_values_in(&counts, "village", "passengers");
        assert_eq!(values, 2, "{v:?}");
        assert!(v.iter().any(|x| x.canonical == "Little Marsh" && x.rows == 35), "{v:?}");
        // Where two whole names fit the short word, it is neither.
        let counts: Vec<(String, u64)> =
            [("John Smith", 5), ("Jane Smith", 4), ("J. Smith", 3)].iter().map(|(v, n)| (v.to_string(), *n)).collect();
        assert_eq!(fold_values_in(&counts, "name", "").0, 3);
    }

    #[test]
    fn a_quality_a_place_a_bill_a_cut_word_and_done_beside_how_it_was_done_are_one_value() {
        let values = |pairs: &[(&str, u64)], name: &str| {
            let counts: Vec<(String, u64)> = pairs.iter().map(|(v, n)| (v.to_string(), *n)).collect();
            fold_values_in(&counts, name, "").0
        };
        // A noun of a quality beside its adjective: "Sickness" is "Sick", "Electricity" is "Electric".
        assert_eq!(values(&[("Sick", 9), ("Sickness", 4), ("Annual leave", 20)], "leave type"), 2);
        assert_eq!(values(&[("Electricity", 9), ("Electric", 4), ("Water", 5)], "category"), 2);
        // The place a thing is sold or found, last: "Etsy shop" is "Etsy", "Facebook group" is "Facebook".
        assert_eq!(values(&[("Etsy", 9), ("Etsy shop", 4), ("Market", 5)], "channel"), 2);
        assert_eq!(values(&[("Car boot", 9), ("Car boot sale", 4), ("Charity shop", 5)], "where bought"), 2);
        assert_eq!(values(&[("Facebook", 9), ("Facebook group", 4), ("Friend", 5)], "heard from"), 2);
        // (First, it is the thing itself: "Group lesson" beside "Private" stays its own.)
        assert_eq!(values(&[("Group lesson", 9), ("Private", 4)], "kind"), 2);
        // A bill for a thing: "Water rates" is "Water".
        assert_eq!(values(&[("Water", 9), ("Water rates", 4), ("Gas", 5)], "category"), 2);
        // A word cut short inside a name, also beside the name's plural: "Cust Services" is "Customer Service".
        assert_eq!(values(&[("Customer Service", 9), ("Cust Services", 4), ("Sales", 5)], "team"), 2);
        // "Done" beside one way of being done ("Delivered") is that; beside two ("Resolved", "Closed") neither.
        assert_eq!(values(&[("Delivered", 9), ("Done", 4), ("Cancelled", 5)], "status"), 2);
        assert_eq!(values(&[("Resolved", 9), ("Closed", 3), ("Done", 4)], "status"), 3);
    }

    #[test]
    fn names_written_short_with_a_remark_or_as_what_was_paid_are_one_value() {
        let folded = |pairs: &[(&str, u64)], name: &str, table: &str| {
            let counts: Vec<(String, u64)> = pairs.iter().map(|(v, n)| (v.to_string(), *n)).collect();
            fold_values_in(&counts, name, table)
        };
        let canon_rows = |v: &[Variant], c: &str| v.iter().find(|x| x.spellings.iter().any(|s| s == c)).map(|x| x.rows);
        // A plural written short; "the"; a remark in brackets; a word for what money was paid as; synonyms.
        let (values, v) = folded(
            &[
                ("Subs", 30),
                ("subs", 20),
                ("Subscriptions", 25),
                ("The Owls", 9),
                ("Owls", 4),
                ("Court 4 (clay)", 7),
                ("Court 4", 5),
                ("Umpires", 12),
                ("Umpire fees", 6),
                ("Hall hire", 8),
                ("Hall rent", 3),
                ("Guest", 5),
                ("Visitor", 2),
                ("Cash", 10),
                ("Cashback", 1),
            ],
            "category",
            "club_ledger",
        );
        assert_eq!(values, 8, "{v:?}");
        assert_eq!(canon_rows(&v, "Subscriptions"), Some(75));
        assert_eq!(canon_rows(&v, "The Owls"), Some(13));
        assert_eq!(canon_rows(&v, "Court 4 (clay)"), Some(12));
        assert_eq!(canon_rows(&v, "Umpire fees"), Some(18));
        assert_eq!(canon_rows(&v, "Hall rent"), Some(11));
        assert_eq!(canon_rows(&v, "Visitor"), Some(7));
        // "Cash" is no plural written short of "Cashback".
        assert_eq!(canon_rows(&v, "Cashback"), None);
        // A word cut short with a full stop is the word ("Rest." of "Restaurant"); a remark saying the thing did not
        // take place is another value ("1-0 (forfeit)" beside "1-0"; "Court 4 (clay)" above is one with "Court 4").
        let (values2, v2) = folded(
            &[
                ("Restaurant", 9),
                ("Rest.", 4),
                ("Home", 12),
                ("Office", 6),
                ("Offices", 2),
                ("Win", 8),
                ("Win (forfeit)", 2),
            ],
            "site_type",
            "visits",
        );
        assert_eq!(values2, 5, "{v2:?}");
        assert_eq!(canon_rows(&v2, "Restaurant"), Some(13));
        assert_eq!(canon_rows(&v2, "Win (forfeit)"), None);
        // The spellings of the commoner written form name the value: "Subs" (50 rows) before "Subscriptions".
        assert!(v.iter().any(|x| x.canonical == "Subs" && x.rows == 75), "{v:?}");
        // A column's word written short ("Ct 1"), or with the table's word left off in the plural ("Cub Scouts"
        // beside "Cubs" in a scout troop's table).
        let (values, v) =
            folded(&[("Court 1", 9), ("Ct 1", 4), ("1", 6), ("2", 5), ("Court 2", 3)], "Court", "court_bookings");
        assert_eq!(values, 2, "{v:?}");
        let (values, _) = folded(&[("Cubs", 20), ("Cub Scouts", 12), ("Scouts", 30)], "Section", "scout_troop_ledger");
        assert_eq!(values, 2);
        // Two values are one without the column's own word only ("Lane 2" and "2"), not without the table's word
        // or a word for a kind of booking ("Lane swim" and "Swim lesson" in a lane table's `activity`).
        let (values, _) = folded(
            &[("Lane swim", 40), ("lane swim", 9), ("Swim lesson", 12), ("Club training", 8)],
            "activity",
            "lane_bookings",
        );
        assert_eq!(values, 3);
        // A short form of a word whose plural and singular are both written ("Veg", "Vegetable", "Vegetables").
        let (values, _) = folded(&[("Veg", 9), ("Vegetables", 7), ("Vegetable", 3), ("Herbs", 4)], "Category", "seeds");
        assert_eq!(values, 2);
        // Among many names, a bracket tells places apart: "Caldwell (Boise)" is not "Caldwell".
        let mut towns: Vec<(String, u64)> = (0..150).map(|i| (format!("Town{i}"), 1)).collect();
        towns.push(("Caldwell".into(), 3));
        towns.push(("Caldwell (Boise)".into(), 2));
        assert_eq!(fold_values_in(&towns, "city", "airports").0, 152);
    }

    #[test]
    fn a_season_written_several_ways_is_one_value() {
        let counts: Vec<(String, u64)> =
            [("2024-25", 222), ("2024/25", 82), ("24-25", 82), ("2023-24", 191), ("2023/24", 63)]
                .iter()
                .map(|(v, n)| (v.to_string(), *n))
                .collect();
        let (values, variants) = fold_values(&counts);
        assert_eq!(values, 2, "{variants:?}");
        assert_eq!(variants[0].canonical, "2024-25");
        assert_eq!(variants[0].rows, 386);
        // Not two years apart, nor a date, nor a score.
        assert_eq!(season_key("2024-26"), None);
        assert_eq!(season_key("3-1"), None);
        assert_eq!(season_key("2024-05-01"), None);
    }

    #[test]
    fn values_that_may_be_the_same_thing_as_the_ones_matched_are_found() {
        let g = |vs: &[&str]| -> Vec<Vec<String>> { vs.iter().map(|v| vec![v.to_string()]).collect() };
        let m = |vs: &[&str]| -> Vec<String> { vs.iter().map(|v| v.to_string()).collect() };
        let col = g(&["Hospital", "Hospital appt", "hosp", "Shopping", "GP", "Not hospital", "Hospital 2"]);
        // Words added to the value, or the value written short by its first letters.
        assert_eq!(kin_values(&col, &m(&["Hospital"])), m(&["Hospital appt", "hosp"]));
        // The same words ("evening only" beside "Evening"); not one of fewer words than the value asked ("Tesco" beside
        // "Tesco Express").
        assert_eq!(kin_values(&g(&["Evening", "evening only", "Day"]), &m(&["evening only"])), m(&["Evening"]));
        assert!(kin_values(&g(&["Tesco", "Tesco Express", "Aldi"]), &m(&["Tesco Express"])).is_empty());
        assert_eq!(kin_values(&g(&["Electrical", "Elec", "Toys"]), &m(&["Electrical"])), m(&["Elec"]));
        // Not where the words added make it another thing, a number or a remark of the value matched.
        assert!(kin_values(&g(&["Paid", "Not paid", "Part paid"]), &m(&["Paid"])).is_empty());
        assert!(kin_values(&g(&["Show", "No show"]), &m(&["Show"])).is_empty());
        assert!(kin_values(&g(&["Deposit", "Deposit return"]), &m(&["Deposit"])).is_empty());
        assert!(kin_values(&g(&["Wash", "Re-wash credit"]), &m(&["Wash"])).is_empty());
        assert!(kin_values(&g(&["Charge", "Chargeback"]), &m(&["Charge"])).is_empty());
        assert!(kin_values(&g(&["House A", "House B", "House"]), &m(&["House A"])).is_empty());
        assert!(kin_values(
            &g(&["Rained off - refunded; guest of Barry", "guest of Barry", "Rained off"]),
            &m(&["Rained off", "Rained off - refunded; guest of Barry"])
        )
        .is_empty());
        // Nor between values of other words, or in a column of many values.
        assert!(kin_values(&g(&["Bikes", "Toys", "Sewing"]), &m(&["Bikes"])).is_empty());
        let many: Vec<String> = (0..80).map(|i| format!("Person {i}")).chain(["Hospital appt".to_string()]).collect();
        let many: Vec<Vec<String>> = many.into_iter().map(|v| vec![v]).collect();
        assert!(kin_values(&many, &m(&["Hospital"])).is_empty());
    }

    #[test]
    fn a_plural_or_run_together_spelling_is_one_value() {
        let counts: Vec<(String, u64)> = [
            ("Rats", 40),
            ("rats", 7),
            ("Rat", 5),
            ("Bed Bugs", 30),
            ("Bedbugs", 4),
            ("Glass", 3),
            ("Glasses", 2),
            ("Mice", 9),
        ]
        .iter()
        .map(|(v, n)| (v.to_string(), *n))
        .collect();
        let (values, variants) = fold_values(&counts);
        // Rats (3 spellings), Bed Bugs (2), Glass, Glasses ("ss" is no plural s), Mice.
        assert_eq!(values, 5, "{variants:?}");
        let rats = variants.iter().find(|v| v.canonical == "Rats").expect("rats");
        assert_eq!(rats.rows, 52);
        let bugs = variants.iter().find(|v| v.canonical == "Bed Bugs").expect("bed bugs");
        assert_eq!(bugs.spellings, vec!["Bed Bugs", "Bedbugs"]);
        // Codes keep their own folding (leading zeros), never a plural.
        let codes: Vec<(String, u64)> =
            [("07", 3), ("7", 2), ("70", 1)].iter().map(|(v, n)| (v.to_string(), *n)).collect();
        assert_eq!(fold_values(&codes).0, 2);
    }

    #[test]
    fn roles_come_from_names_and_values() {
        let facts = Facts::default();
        let id = analyse(&col("member_id", ColumnType::Integer, Some(1.0), Some(900.0), 900), 900, &facts);
        assert_eq!(id.role, Role::Identifier);
        let no = analyse(&col("ticket_no", ColumnType::Integer, Some(1.0), Some(900.0), 900), 900, &facts);
        assert_eq!(no.role, Role::Identifier);
        let count = analyse(&col("number_of_items", ColumnType::Integer, Some(1.0), Some(9.0), 9), 900, &facts);
        assert_eq!(count.role, Role::Amount, "a count, not a code");
        let price = analyse(&col("unit_price", ColumnType::Real, Some(1.0), Some(90.0), 80), 900, &facts);
        assert_eq!(price.role, Role::Level);
        let year = analyse(&col("Year", ColumnType::Integer, Some(1990.0), Some(2020.0), 31), 900, &facts);
        assert_eq!(year.role, Role::Time);
        let rate = analyse(&col("on_time_rate", ColumnType::Real, Some(0.2), Some(0.99), 80), 900, &facts);
        assert_eq!(rate.role, Role::Fraction);
        let signed = Facts { negatives: 300, positives: 600, ..Facts::default() };
        let amount = analyse(&col("amount", ColumnType::Real, Some(-900.0), Some(3000.0), 800), 900, &signed);
        assert_eq!(amount.role, Role::SignedAmount);
        assert_eq!(amount.negatives, Some(300));
        let outgoings =
            Facts { negatives: 40, positives: 3000, below_total: 9000.0, above_total: 60000.0, ..Facts::default() };
        let ledger = analyse(&col("amount", ColumnType::Real, Some(-455.0), Some(70.0), 52), 3040, &outgoings);
        assert_eq!(ledger.role, Role::SignedAmount, "few rows below zero moving real money make a ledger");
        let small =
            Facts { negatives: 40, positives: 3000, below_total: 900.0, above_total: 60000.0, ..Facts::default() };
        let shop = analyse(&col("amount", ColumnType::Real, Some(-45.0), Some(70.0), 52), 3040, &small);
        assert_eq!(shop.role, Role::Amount, "a few small refunds do not");
        let refunds = Facts { negatives: 3, positives: 897, ..Facts::default() };
        let revenue = analyse(&col("revenue", ColumnType::Real, Some(-9.0), Some(3000.0), 800), 900, &refunds);
        assert_eq!(revenue.role, Role::Amount, "a few refunds do not make a ledger");
        // Numbers handed out in sequence under a one-word name are an identifier; a count in the plural, or
        // numbers starting low or leaving gaps, are not.
        let receipt = analyse(&col("receipt", ColumnType::Integer, Some(5001.0), Some(6921.0), 1921), 2338, &facts);
        assert_eq!(receipt.role, Role::Identifier);
        let tickets = analyse(&col("tickets", ColumnType::Integer, Some(120.0), Some(400.0), 281), 900, &facts);
        assert_eq!(tickets.role, Role::Amount);
        let gaps = analyse(&col("weight", ColumnType::Integer, Some(500.0), Some(9000.0), 700), 900, &facts);
        assert_eq!(gaps.role, Role::Amount);
        let low = analyse(&col("duration", ColumnType::Integer, Some(1.0), Some(300.0), 300), 900, &facts);
        assert_eq!(low.role, Role::Amount);
    }

    #[test]
    fn text_columns_are_categories_codes_or_free_text() {
        let few: Vec<(String, u64)> = vec![("Open".into(), 50), ("open".into(), 5), ("Closed".into(), 45)];
        let c = analyse(
            &col("status", ColumnType::Text, None, None, 3),
            100,
            &Facts { value_counts: Some(few), ..Facts::default() },
        );
        assert_eq!(c.role, Role::Category);
        assert_eq!(c.values, Some(2));
        assert!(describe(&c).contains("3 spellings of 2 values"), "{}", describe(&c));
        let codes: Vec<(String, u64)> = (0..100).map(|i| (format!("INV-{i:04}"), 1)).collect();
        let c = analyse(
            &col("invoice", ColumnType::Text, None, None, 100),
            100,
            &Facts { value_counts: Some(codes), ..Facts::default() },
        );
        assert_eq!(c.role, Role::Identifier);
        assert!(is_identifier_name("CustomerID"), "camel case splits into customer, id");
        assert!(!is_identifier_name("paid"), "a word ending in -id is not an id");
        assert!(!is_identifier_name("valid"));
    }
}
