//! Linking the words of a question to the desk and the lexicon: each span of tokens gets its possible
//! senses — a column (by its name, a plural or singular form, one significant word of it, a word of the
//! same kind from the lexicon, a stem, or a small typo), a value of a column (any spelling, plural,
//! possessive, stem), a table (what its rows are called), a period, a number, a lexicon sense or an
//! adjective. The longest span wins; all senses of that span are kept for the reader to choose from.

use super::lexicon::{forms, Adjective, Lexicon};
use super::periods::{self, PeriodExpr};
use super::tokens::{Kind, Tok};
use crate::analyst::model::Desk;
use crate::semantics::{fold, name_words, Role};
use std::collections::HashMap;

/// A column: table index and column index in the desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ColId {
    pub table: usize,
    pub col: usize,
}

/// How closely a word matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    /// A small typo, a stem, or a word of the same kind.
    Kin = 1,
    /// One significant word of a longer name.
    Part = 2,
    /// A plural or singular form.
    Form = 3,
    Exact = 4,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Sense {
    Lex(String),
    Col { id: ColId, fit: Fit },
    Val { id: ColId, value: String, fit: Fit },
    Table { table: usize, fit: Fit },
    Period(PeriodExpr),
    Num { value: f64, currency: bool, percent: bool },
    Adj(Adjective),
}

/// A span of tokens with its senses.
#[derive(Debug, Clone)]
pub struct Item {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub senses: Vec<Sense>,
    /// The last word was written with a possessive ("teacher's").
    pub possessive: bool,
}

impl Item {
    pub fn lex(&self, s: &str) -> bool {
        self.senses.iter().any(|x| matches!(x, Sense::Lex(l) if l == s))
    }
    pub fn lex_kind(&self, prefix: &str) -> Option<&str> {
        self.senses.iter().find_map(|x| match x {
            Sense::Lex(l) if l.starts_with(prefix) => Some(&l[prefix.len()..]),
            _ => None,
        })
    }
    pub fn is_filler(&self) -> bool {
        self.senses.iter().all(|s| matches!(s, Sense::Lex(l) if l == "filler" || l == "ask"))
    }
    pub fn cols(&self) -> Vec<(ColId, Fit)> {
        self.senses
            .iter()
            .filter_map(|s| match s {
                Sense::Col { id, fit } => Some((*id, *fit)),
                _ => None,
            })
            .collect()
    }
    pub fn vals(&self) -> Vec<(ColId, String, Fit)> {
        self.senses
            .iter()
            .filter_map(|s| match s {
                Sense::Val { id, value, fit } => Some((*id, value.clone(), *fit)),
                _ => None,
            })
            .collect()
    }
    pub fn tables(&self) -> Vec<(usize, Fit)> {
        self.senses
            .iter()
            .filter_map(|s| match s {
                Sense::Table { table, fit } => Some((*table, *fit)),
                _ => None,
            })
            .collect()
    }
    pub fn period(&self) -> Option<&PeriodExpr> {
        self.senses.iter().find_map(|s| match s {
            Sense::Period(p) => Some(p),
            _ => None,
        })
    }
    pub fn num(&self) -> Option<(f64, bool, bool)> {
        self.senses.iter().find_map(|s| match s {
            Sense::Num { value, currency, percent } => Some((*value, *currency, *percent)),
            _ => None,
        })
    }
    pub fn adj(&self) -> Option<&Adjective> {
        self.senses.iter().find_map(|s| match s {
            Sense::Adj(a) => Some(a),
            _ => None,
        })
    }
    /// Whether this span names something of the desk (a column, value or table).
    pub fn is_schema(&self) -> bool {
        self.senses.iter().any(|s| matches!(s, Sense::Col { .. } | Sense::Val { .. } | Sense::Table { .. }))
    }
}

/// Words too general to name a column on their own.
const GENERIC: &[&str] = &[
    "id",
    "no",
    "nr",
    "num",
    "of",
    "per",
    "the",
    "a",
    "and",
    "or",
    "in",
    "on",
    "at",
    "to",
    "is",
    "by",
    "code",
    "key",
    "name",
    "type",
    "date",
    "time",
    "day",
    "value",
    "number",
    "count",
    "total",
    "amount",
    "usd",
    "eur",
    "gbp",
    "pct",
    "percent",
    "min",
    "max",
    "avg",
    "mean",
    "sum",
    "flag",
    "is",
    "has",
    "yes",
    "data",
    "info",
    "text",
    "desc",
    "description",
    "unit",
    "units",
];

/// One word in two forms: "used" and "use", "hires" and "hire", "cancelled" and "cancellations".
pub(crate) fn same_form(a: &str, b: &str) -> bool {
    // Each word with its inflection taken off ("hires" and "hired" are both "hire").
    let bases = |w: &str| -> Vec<String> {
        let mut v = vec![w.to_string()];
        if w.len() > 3 {
            v.extend(
                [w.strip_suffix('d'), w.strip_suffix("ed"), w.strip_suffix('s')]
                    .into_iter()
                    .flatten()
                    .map(String::from),
            );
            // "driven" and "drive", "taken" and "take".
            if w.ends_with("en") {
                v.extend(w.strip_suffix('n').map(String::from));
            }
        }
        v
    };
    // ("arrive" and "arrival": a verb's stem without its final "e".)
    let e_base = |w: &str| w.strip_suffix('e').filter(|x| x.len() >= 4).map(str::to_string);
    a == b
        || stem(a) == stem(b)
        || bases(a).iter().any(|x| x.len() >= 3 && bases(b).contains(x))
        || e_base(a).is_some_and(|x| x == stem(b))
        || e_base(b).is_some_and(|x| x == stem(a))
}

/// "rating" and "rate", "scoring" and "score": the -ing form of a verb ending in "e". Only for a word of a kind
/// against the kind's words; a value or a column's own name must match in its own forms ("hiring" is no
/// value `Hired`).
fn ing_form(a: &str, b: &str) -> bool {
    let ing_e =
        |x: &str, y: &str| x.strip_suffix("ing").is_some_and(|r| r.len() >= 3 && y.strip_suffix('e') == Some(r));
    ing_e(a, b) || ing_e(b, a)
}

/// A light stemmer for matching a word with a value or column named in another form ("cancellations"
/// and "cancelled" both stem to "cancel").
pub fn stem(w: &str) -> String {
    let w = w.to_lowercase();
    // "resolution" and "resolve", "solution" and "solve".
    if let Some(root) = w.strip_suffix("lution").or_else(|| w.strip_suffix("lutions")) {
        if root.len() >= 2 {
            return format!("{root}lve");
        }
    }
    // "adoption" and "adopted", "completion" and "completed": a noun of the act in -tion is its verb's stem.
    for suf in ["tions", "tion"] {
        if let Some(s) = w.strip_suffix(suf) {
            if s.chars().count() >= 3 && !w.ends_with("ation") && !w.ends_with("ations") {
                return format!("{s}t");
            }
        }
    }
    // "arrival" and "arrived", "rental" and "rent": a noun of the act in -al is its verb's stem.
    for suf in ["als", "al"] {
        if let Some(s) = w.strip_suffix(suf) {
            if s.chars().count() >= 4 && !s.ends_with('i') && !s.ends_with("ic") {
                return s.to_string();
            }
        }
    }
    for suf in [
        "ations", "ation", "ances", "ance", "ences", "ence", "ments", "ment", "ness", "ings", "ing", "ied", "ies",
        "ers", "er", "ed", "es", "s", "ly", "led", "lled", "y",
    ] {
        if let Some(s) = w.strip_suffix(suf) {
            if s.chars().count() >= 4 {
                // "sunny" -> "sun", "cancelled" -> "cancel": a doubled last letter is one.
                let b = s.as_bytes();
                let doubled = b.len() >= 2
                    && b[b.len() - 1] == b[b.len() - 2]
                    && !matches!(b[b.len() - 1], b'a' | b'e' | b'i' | b'o' | b'u' | b's');
                let s = if doubled { &s[..s.len() - 1] } else { s };
                return s.to_string();
            }
        }
    }
    w
}

/// Whether two words are one root in two forms ("applicants" and "applications", "subscribers" and
/// "subscriptions"): a long shared beginning.
pub fn shared_root(a: &str, b: &str) -> bool {
    let p = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    p >= 7 || p >= 6 && p * 4 >= shorter * 3
}

/// Edit distance with adjacent swaps (optimal string alignment), stopping early past `max`.
pub fn distance(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

/// The desk's words: phrase -> senses.
pub struct Index {
    map: HashMap<String, Vec<Sense>>,
    max_words: usize,
    /// (column, its name words) for synonym and typo checks.
    names: Vec<(ColId, Vec<String>)>,
    /// (column, the last word of its name and of its header): the head words.
    heads: Vec<(ColId, Vec<String>)>,
    /// (table, its row words) for synonym and typo checks.
    tables: Vec<(usize, Vec<String>)>,
    /// (column, canonical value, stem of its last word) for stem matches of values.
    value_stems: Vec<(ColId, String, String)>,
    /// Each word of a value of several words, in its forms, with the values it is a word of: a word
    /// the desk knows no other way ("croissants" of "Butter Croissant" and "Almond Croissant").
    value_words: HashMap<String, Vec<(ColId, String)>>,
    /// The same for a word said in the plural of a value's singular word ("parents" of "Parent Pay"): only
    /// loosely that value, so never read as it, only asked about.
    plural_words: HashMap<String, Vec<(ColId, String)>>,
    /// Text columns (labels of the rows: categories, names).
    labels: Vec<ColId>,
    /// A table has two date columns (a start and an end: the first dates its rows).
    start_and_end: bool,
    /// How many different values (spellings folded) each listed column has.
    col_values: HashMap<ColId, usize>,
    /// Columns that are never a length of time: dates and times of day (points in time), and text.
    not_lengths: Vec<ColId>,
    not_times: Vec<ColId>,
}

fn add(map: &mut HashMap<String, Vec<Sense>>, k: String, s: Sense) {
    if k.is_empty() {
        return;
    }
    let v = map.entry(k).or_default();
    // Keep the best fit of a sense only.
    let better = |old: &Sense, new: &Sense| match (old, new) {
        (Sense::Col { id: a, fit: fa }, Sense::Col { id: b, fit: fb }) if a == b => Some(fb > fa),
        (Sense::Val { id: a, value: va, fit: fa }, Sense::Val { id: b, value: vb, fit: fb }) if a == b && va == vb => {
            Some(fb > fa)
        }
        (Sense::Table { table: a, fit: fa }, Sense::Table { table: b, fit: fb }) if a == b => Some(fb > fa),
        _ => None,
    };
    for old in v.iter_mut() {
        match better(old, &s) {
            Some(true) => {
                *old = s;
                return;
            }
            Some(false) => return,
            None => {}
        }
    }
    v.push(s);
}

/// "sailings" and the status "Sailed", "bookings" and "Booked": a noun for the events themselves (-ing)
/// and a value saying what became of some of them (-ed) share a stem but not a meaning.
fn event_and_state(word: &str, value: &str) -> bool {
    let v = fold(value);
    (word.ends_with("ings") || word.ends_with("ing")) && (v.ends_with("ed") || v.ends_with("en"))
}

/// The last word of a column that classifies things ("ticket_type", "plant_category").
pub(crate) fn is_kind_word(w: &str) -> bool {
    matches!(w, "type" | "kind" | "category" | "class" | "tier" | "model")
}

/// Whether `phrase` is the plural of what a kind column of name words `ws` classifies ("classes" of
/// `class_type`): those things, not the column.
fn classified_plural(ws: &[String], phrase: &str) -> bool {
    ws.len() > 1
        && ws.last().is_some_and(|l| is_kind_word(l))
        && phrase.ends_with('s')
        && !ws.last().is_some_and(|l| same_form(l, phrase))
}

/// The words of `s` as one phrase key ("Unit  Price" -> "unit price").
fn key(words: &[String]) -> String {
    words.join(" ")
}

impl Index {
    pub fn build(desk: &Desk, lx: &Lexicon) -> Index {
        let mut map = HashMap::new();
        let mut names = Vec::new();
        let mut heads = Vec::new();
        let mut tables = Vec::new();
        let mut value_stems = Vec::new();
        let mut value_words: HashMap<String, Vec<(ColId, String)>> = HashMap::new();
        let mut plural_words: HashMap<String, Vec<(ColId, String)>> = HashMap::new();
        let mut col_values: HashMap<ColId, usize> = HashMap::new();
        let events = lx.phrases_of_kind("event:");
        for (ti, t) in desk.tables.iter().enumerate() {
            let tw = name_words(&t.name);
            if !tw.is_empty() && !tw.iter().all(|w| w.chars().all(|c| c.is_ascii_digit())) {
                let k = key(&tw);
                add(&mut map, k.clone(), Sense::Table { table: ti, fit: Fit::Exact });
                let mut last_forms = tw.clone();
                if let Some(l) = tw.last() {
                    for f in forms(l) {
                        *last_forms.last_mut().unwrap_or(&mut String::new()) = f;
                        add(&mut map, key(&last_forms), Sense::Table { table: ti, fit: Fit::Form });
                    }
                }
                // One significant word of a longer table name ("flights" of flights_airport).
                if tw.len() > 1 {
                    for w in tw.iter().filter(|w| !GENERIC.contains(&w.as_str()) && w.len() > 2) {
                        for f in forms(w) {
                            add(&mut map, f, Sense::Table { table: ti, fit: Fit::Part });
                        }
                    }
                }
                // A verb of the event a row records names the rows ("borrowed" of `loans`), loosely: a word
                // the lexicon reads otherwise keeps that reading.
                if let Some(l) = tw.last() {
                    for (p, noun) in &events {
                        if same_form(noun, l) {
                            add(&mut map, p.to_string(), Sense::Table { table: ti, fit: Fit::Kin });
                        }
                    }
                }
                tables.push((ti, tw.clone()));
            }
            for (ci, c) in t.columns.iter().enumerate() {
                let id = ColId { table: ti, col: ci };
                let mut all_words = Vec::new();
                for base in [&c.name, &c.original] {
                    let ws = name_words(base);
                    if ws.is_empty() {
                        continue;
                    }
                    add(&mut map, key(&ws), Sense::Col { id, fit: Fit::Exact });
                    add(&mut map, base.to_lowercase(), Sense::Col { id, fit: Fit::Exact });
                    if let Some(l) = ws.last() {
                        for f in forms(l) {
                            let mut v = ws.clone();
                            if let Some(x) = v.last_mut() {
                                *x = f;
                            }
                            add(&mut map, key(&v), Sense::Col { id, fit: Fit::Form });
                        }
                        // (A yes/no column named by a verb or noun, `Void`, `Refund`: its participle says yes,
                        // "voided lines", "refunded bookings".)
                        if c.yes_no && ws.len() == 1 && l.len() >= 3 && !l.ends_with("ed") {
                            let ed = if l.ends_with('e') { format!("{l}d") } else { format!("{l}ed") };
                            add(&mut map, ed, Sense::Col { id, fit: Fit::Form });
                        }
                    }
                    // A word of the name written short ("mach" of `mach_id`, "cat"): the word in full names it.
                    // (An identifier's loosely: a word the lexicon reads otherwise keeps that reading, "transaction"
                    // of `txn_no` names the rows.)
                    let ident = c.role == Role::Identifier;
                    for (wi, w) in ws.iter().enumerate() {
                        // (Not for an identifier where the word in full has a reading of its own.)
                        for full in lx
                            .senses(w)
                            .iter()
                            .filter_map(|x| x.strip_prefix("abbr:"))
                            .filter(|f| !ident || lx.senses(f).is_empty())
                        {
                            let mut v = ws.clone();
                            v[wi] = full.to_string();
                            let fit = if ident {
                                Fit::Kin
                            } else if ws.len() == 1 {
                                Fit::Form
                            } else {
                                Fit::Part
                            };
                            for f in forms(full) {
                                add(&mut map, f, Sense::Col { id, fit });
                            }
                            add(&mut map, key(&v), Sense::Col { id, fit: if ident { Fit::Kin } else { Fit::Form } });
                        }
                    }
                    // One significant word of a longer name ("price" of `unit_price`), and the thing an
                    // identifier names ("customer" of `customer_id`).
                    if ws.len() > 1 {
                        // (Not the unit after "per": "words" are not `rate_per_word`, which is a rate.)
                        let per_at = ws.iter().position(|w| w == "per").unwrap_or(ws.len());
                        // (Nor a word of grammar: "for" of `sold_for` is a preposition in any question.)
                        const GRAMMAR: &[&str] = &[
                            "the", "and", "for", "with", "from", "into", "than", "then", "this", "that", "these",
                            "those", "their", "them", "they", "our", "your", "its", "has", "had", "was", "were", "are",
                        ];
                        for w in ws[..per_at].iter().filter(|w| {
                            !GENERIC.contains(&w.as_str())
                                && !GRAMMAR.contains(&w.as_str())
                                && w.len() > 2
                                && !w.chars().all(|c| c.is_ascii_digit())
                        }) {
                            // (The plural of what a kind column classifies names those things, not their kind:
                            // "tickets" are not `ticket_type`.)
                            // (Nor are "fills" the dates of `fill_date`: the plural names the events, which are
                            // counted as rows, not as different dates.)
                            let kind_col = (ws.last().is_some_and(|l| is_kind_word(l))
                                || c.role == crate::semantics::Role::Time)
                                && ws.last() != Some(w);
                            // (Nor are "lines" the `line_total`: a word for rows names rows, not a column it
                            // begins.)
                            let rows_word = !ident
                                && ws.last() != Some(w)
                                && forms(w).iter().any(|f| lx.senses(f).iter().any(|x| x == "rows"));
                            for f in forms(w) {
                                if kind_col && f != *w || rows_word {
                                    continue;
                                }
                                add(&mut map, f, Sense::Col { id, fit: Fit::Part });
                            }
                        }
                        // Leading words ("unit" of "unit price" is generic, but "on time" of "on_time_rate").
                        // ... and trailing ones ("on time" of `trips_on_time`).
                        if ws.len() > 2 {
                            let head = key(&ws[..ws.len() - 1]);
                            add(&mut map, head, Sense::Col { id, fit: Fit::Part });
                            add(&mut map, key(&ws[1..]), Sense::Col { id, fit: Fit::Part });
                        }
                    }
                    all_words.extend(ws);
                }
                // The words for its unit name an amount column ("kilos" is the column in kg); where several
                // amounts share the unit, each is a candidate and other words choose.
                if let Some(u) = c.unit.as_deref().filter(|_| c.role == Role::Amount) {
                    for p in lx.phrases_of(&format!("unitword:{u}")) {
                        add(&mut map, p.to_string(), Sense::Col { id, fit: Fit::Kin });
                    }
                }
                let head: Vec<String> =
                    [&c.name, &c.original].iter().filter_map(|b| head_word(&name_words(b))).collect();
                heads.push((id, head));
                all_words.sort();
                all_words.dedup();
                names.push((id, all_words));
                // Values, when listed: every spelling folded, with plural/singular forms of the last word.
                if c.is_text() && c.role != Role::Identifier || !c.listed.is_empty() && c.listed.len() <= 60 {
                    let mut canons: Vec<String> = c.listed.iter().map(|v| c.canonical(v)).collect();
                    canons.sort();
                    canons.dedup();
                    col_values.insert(id, canons.len());
                    // A value that is another with a qualifier after it ("Failed - refunded" of "Failed"): a
                    // kind of that one, named with it ("how many failed" counts both).
                    for v in &c.listed {
                        let canon = c.canonical(v);
                        let Some(head) = qualified_head(&canon).filter(|h| !h.trim().is_empty()) else { continue };
                        // (Or in another form: "Refund - lost in post" of "Refunded".)
                        let hf0 = fold(head);
                        if let Some(h) = canons
                            .iter()
                            .find(|x| fold(x) == hf0)
                            .or_else(|| canons.iter().find(|x| !hf0.contains(' ') && same_form(&fold(x), &hf0)))
                        {
                            let hf = fold(h);
                            add(&mut map, hf.clone(), Sense::Val { id, value: canon.clone(), fit: Fit::Exact });
                            for form in forms(&hf) {
                                add(&mut map, form, Sense::Val { id, value: canon.clone(), fit: Fit::Form });
                            }
                            // ("voided" of "Void - duplicate", as of "VOID".)
                            if !hf.contains(' ') && hf.chars().count() >= 3 {
                                value_stems.push((id, canon.clone(), stem(&hf)));
                            }
                        }
                    }
                    // The ways of not turning up a column writes ("no show", "didn't turn up", and "No", "N" in a
                    // column named for turning up, `Attended?`): each word for a no-show names all of them.
                    {
                        let attendance = super::grammar::names_presence(lx, &c.name);
                        let shows: Vec<String> =
                            canons.iter().filter(|v| super::grammar::no_show_of(lx, attendance, v)).cloned().collect();
                        let worded = shows.iter().any(|v| !matches!(fold(v).as_str(), "no" | "n"));
                        if worded && shows.len() > 1 {
                            for p in ["no show", "no shows", "noshow", "noshows", "no-show", "no-shows"] {
                                for v in &shows {
                                    add(&mut map, p.to_string(), Sense::Val { id, value: v.clone(), fit: Fit::Exact });
                                }
                            }
                        }
                    }
                    // A value that is another with more words before it ("birthday present" of "Present", "Hollow
                    // Lane farm shop" of "farm shop", "entered twice - void" of "VOID"): a kind of that one, named
                    // with it.
                    // (Not one that says it is not ("Not paid" of "Paid"), nor one whose other words are a value
                    // of their own: "Bar & kitchen" is two values, not a kind of "Bar".)
                    let words_of = |v: &str| -> Vec<String> {
                        fold(v)
                            .split(|ch: char| !ch.is_alphanumeric() && ch != '\'')
                            .filter(|w| !w.is_empty())
                            .map(str::to_string)
                            .collect()
                    };
                    for y in &canons {
                        let yw = words_of(y);
                        if yw.is_empty() || yw.iter().all(|w| w.chars().all(|ch| ch.is_ascii_digit())) {
                            continue;
                        }
                        for x in canons.iter().filter(|x| *x != y) {
                            let xw = words_of(x);
                            // (Only with the value last, as English puts a compound's head: "birthday present"
                            // is a present, "Deposit return" no deposit.)
                            let at = xw.len().checked_sub(yw.len()).filter(|&i| i > 0 && xw[i..] == yw[..]);
                            let Some(at) = at else { continue };
                            let rest: Vec<&String> = xw[..at].iter().chain(xw[at + yw.len()..].iter()).collect();
                            let negated = rest.iter().any(|w| {
                                matches!(
                                    w.as_str(),
                                    "not"
                                        | "no"
                                        | "non"
                                        | "never"
                                        | "un"
                                        | "without"
                                        | "part"
                                        | "partly"
                                        | "partially"
                                        | "half"
                                        | "semi"
                                        | "pre"
                                        | "ex"
                                        | "anti"
                                        | "nearly"
                                        | "almost"
                                )
                            });
                            let other_value = rest.iter().any(|w| {
                                canons
                                    .iter()
                                    .any(|c| *c != *y && *c != *x && (fold(c) == **w || same_form(&fold(c), w)))
                            });
                            if negated || other_value {
                                continue;
                            }
                            let yf = fold(y);
                            if canons.iter().any(|c| fold(c) == yf) {
                                add(&mut map, yf.clone(), Sense::Val { id, value: x.clone(), fit: Fit::Exact });
                                add(&mut map, key(&yw), Sense::Val { id, value: x.clone(), fit: Fit::Exact });
                                for form in forms(&yf) {
                                    add(&mut map, form, Sense::Val { id, value: x.clone(), fit: Fit::Form });
                                }
                            }
                        }
                    }
                    // Each value's words over all its spellings ("Pony ride", "pony rides").
                    let mut spelled: HashMap<String, Vec<String>> = HashMap::new();
                    for v in &c.listed {
                        spelled
                            .entry(c.canonical(v))
                            .or_default()
                            .extend(fold(v).split_whitespace().map(str::to_string));
                    }
                    for v in &c.listed {
                        let canon = c.canonical(v);
                        let f = fold(v);
                        // (Numbers are not values to name; a season, "2023-24", is.)
                        if f.is_empty()
                            || f.chars().all(|ch| ch.is_ascii_digit() || ch == '.' || ch == '-')
                                && !super::tokens::is_season(&f)
                        {
                            continue;
                        }
                        let ws: Vec<String> = f
                            .split(|ch: char| ch.is_whitespace() || ch == '-' || ch == '/' || ch == '_')
                            .filter(|w| !w.is_empty())
                            .map(|w| {
                                w.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '&' && ch != '+').to_string()
                            })
                            .filter(|w| !w.is_empty())
                            .collect();
                        if ws.is_empty() {
                            continue;
                        }
                        add(&mut map, key(&ws), Sense::Val { id, value: canon.clone(), fit: Fit::Exact });
                        add(&mut map, f.clone(), Sense::Val { id, value: canon.clone(), fit: Fit::Exact });
                        // ("jobs we finished" of the value "Completed": a word general English says is the same.)
                        for syn in crate::semantics::same_value_words(&f) {
                            add(&mut map, syn.to_string(), Sense::Val { id, value: canon.clone(), fit: Fit::Form });
                        }
                        // ("Chinese goods" of the value "China".)
                        for adj in lx.phrases_of(&format!("demonym:{f}")) {
                            add(&mut map, adj.to_string(), Sense::Val { id, value: canon.clone(), fit: Fit::Form });
                        }
                        // ("Inside & out" said "inside and out".)
                        if ws.iter().any(|w| w == "&") {
                            let said: Vec<String> =
                                ws.iter().map(|w| if w == "&" { "and".to_string() } else { w.clone() }).collect();
                            add(&mut map, key(&said), Sense::Val { id, value: canon.clone(), fit: Fit::Exact });
                            // ("trophies and engraving" beside the values "Trophies", "Engraving" and "Trophies &
                            // engraving": each side that is a value of its own is meant too.)
                            let parts: Vec<String> = f.split('&').map(|p| p.trim().to_string()).collect();
                            for part in &parts {
                                let own = canons.iter().find(|x| fold(x) == *part || same_form(&fold(x), part));
                                if let (Some(o), true) = (own, parts.len() == 2) {
                                    for k in [key(&said), key(&ws)] {
                                        add(&mut map, k, Sense::Val { id, value: o.clone(), fit: Fit::Exact });
                                    }
                                }
                            }
                        }
                        if let Some(l) = ws.last() {
                            // (And an irregular verb's other forms: "Won" said "win".)
                            let mut all_forms = forms(l);
                            all_forms.extend(lx.verb_forms(l).iter().cloned());
                            for form in all_forms {
                                let mut v2 = ws.clone();
                                if let Some(x) = v2.last_mut() {
                                    *x = form;
                                }
                                add(&mut map, key(&v2), Sense::Val { id, value: canon.clone(), fit: Fit::Form });
                            }
                            if ws.len() == 1 && l.chars().count() >= 3 {
                                value_stems.push((id, canon.clone(), stem(l)));
                            }
                            // (And the first word's plural, the whole value said: "streetlights out" of
                            // "Streetlight Out".)
                            if ws.len() > 1 {
                                let mut v2 = ws.clone();
                                v2[0] = crate::analyst::compile::words::plural(&ws[0]);
                                if v2[0] != ws[0] {
                                    add(&mut map, key(&v2), Sense::Val { id, value: canon.clone(), fit: Fit::Form });
                                }
                            }
                        }
                        if ws.len() > 1 {
                            // (Not a word of a table's name: "ads" in a table of ad spend is all of it,
                            // not the one value "Google Ads".)
                            // (Nor a word said after a negation: "finish" is no word of "Did not finish".)
                            let negated = |w: &String| {
                                ws.windows(2).any(|p| {
                                    p[1] == *w
                                        && matches!(p[0].as_str(), "not" | "no" | "non" | "never" | "didnt" | "didn't")
                                })
                            };
                            for w in ws.iter().filter(|w| {
                                !negated(w)
                                    && w.chars().count() >= 3
                                    && !GENERIC.contains(&w.as_str())
                                    && !w.chars().all(|ch| ch.is_ascii_digit())
                                    && !desk.tables.iter().any(|t| {
                                        name_words(&t.name).iter().any(|x| same_form(x, w) || forms(x).contains(w))
                                    })
                            }) {
                                // (An irregular verb's other forms only for the last word of a short value, an
                                // outcome like "Closed Won": not for the words of a remark.)
                                let verb = ws.len() == 2 && ws.last() == Some(w);
                                let others = if verb { lx.verb_forms(w) } else { &[] };
                                // (The plural of a singular word is only loosely the value: "parents" are
                                // people or the method "Parent Pay", "rides" all the rides or "Pony ride"
                                // and "Pub ride"; so is a plural spelling of a value also spelt in the
                                // singular, and a verb's "rides".)
                                let plural = crate::analyst::compile::words::plural(w);
                                let singular = crate::analyst::compile::words::singular(w);
                                let plural_spelling =
                                    singular != *w && spelled.get(&canon).is_some_and(|ws| ws.contains(&singular));
                                for f in forms(w).into_iter().chain(others.iter().cloned()) {
                                    let loose = plural_spelling || f != *w && f == plural;
                                    let map = if loose { &mut plural_words } else { &mut value_words };
                                    let e = map.entry(f).or_default();
                                    if !e.contains(&(id, canon.clone())) {
                                        e.push((id, canon.clone()));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // A table of lines (a till's, an order export's) with one key repeating over each transaction's
        // lines, all on one date (`ticket_no`, `txn_no`): the words for a transaction ("orders", "sales",
        // "receipts", "customers") name its rows, counted as that key's different values, where nothing else
        // is named so.
        for (ti, t) in desk.tables.iter().enumerate() {
            if line_key(t).is_none() {
                continue;
            }
            for w in transaction_words(lx) {
                for f in forms(&w) {
                    if !map.contains_key(&f) {
                        add(&mut map, f, Sense::Table { table: ti, fit: Fit::Kin });
                    }
                }
            }
        }
        // The things a kind column classifies (`ticket_type`: tickets), counted by the table's one quantity
        // column: "how many tickets" is the tickets' quantity, where nothing else is named so.
        for (ti, t) in desk.tables.iter().enumerate() {
            let qty: Vec<usize> = t
                .columns
                .iter()
                .enumerate()
                .filter(|(_, c)| {
                    c.is_numeric()
                        && matches!(c.role, Role::Amount | Role::SignedAmount)
                        && name_words(&c.name).iter().any(|w| lx.same_kind(w, "quantity"))
                })
                .map(|(i, _)| i)
                .collect();
            let [q] = qty.as_slice() else { continue };
            for c in &t.columns {
                let ws = name_words(&c.name);
                if let [thing, kind] = ws.as_slice() {
                    if !is_kind_word(kind) || thing.len() < 3 {
                        continue;
                    }
                    let things = crate::analyst::compile::words::plural(thing);
                    if !map.contains_key(&things) && lx.senses(&things).is_empty() {
                        add(&mut map, things, Sense::Col { id: ColId { table: ti, col: *q }, fit: Fit::Kin });
                    }
                }
            }
        }
        let max_words = map.keys().map(|k| k.split(' ').count()).max().unwrap_or(1).min(8);
        let not_lengths = columns_where(desk, |c| c.role == Role::Time || !c.is_numeric());
        // (Nor, for a word only of time, "stay length", a number of another unit: a boat's `length_m`.)
        let not_times = columns_where(desk, |c| c.role == Role::Time || !c.is_numeric() || c.measures_no_time());
        let labels = columns_where(desk, |c| c.is_text() && c.role != Role::Time);
        let start_and_end =
            desk.tables.iter().any(|t| t.columns.iter().filter(|c| c.role == Role::Time && c.is_date()).count() >= 2);
        Index {
            map,
            max_words,
            names,
            heads,
            tables,
            value_stems,
            value_words,
            plural_words,
            col_values,
            not_lengths,
            not_times,
            labels,
            start_and_end,
        }
    }

    /// Whether `w` (in any form) is the last word of column `id`'s name.
    pub(crate) fn is_head(&self, id: ColId, w: &str) -> bool {
        self.heads.iter().filter(|(h, _)| *h == id).any(|(_, ws)| ws.iter().any(|x| same_form(x, w)))
    }

    /// Values whose one word has the stem of `w` ("hires" and "Hired").
    fn value_stem(&self, w: &str) -> Vec<Sense> {
        if w.chars().count() < 4 {
            return Vec::new();
        }
        let st = stem(w);
        self.value_stems
            .iter()
            .filter(|(_, canon, vs)| (*vs == st || same_form(&fold(canon), w)) && !event_and_state(w, canon))
            .fold(Vec::new(), |mut out: Vec<Sense>, (id, canon, _)| {
                let s = Sense::Val { id: *id, value: canon.clone(), fit: Fit::Kin };
                if !out.contains(&s) {
                    out.push(s);
                }
                out
            })
    }

    /// Values the one word `w` is a word of (values of several words only).
    pub(crate) fn value_word(&self, w: &str) -> Vec<Sense> {
        self.value_word_in(&self.value_words, w, &["d", "ed"])
    }

    /// As [`Index::value_word`], with the values a plural only loosely names ("parents" of "Parent Pay"):
    /// to ask whether the word means them, never to read it so.
    pub(crate) fn value_word_loosely(&self, w: &str) -> Vec<Sense> {
        let strict = self.value_word(w);
        if !strict.is_empty() {
            return strict;
        }
        let found = self.value_word_in(&self.plural_words, w, &[]);
        if !found.is_empty() {
            return found;
        }
        self.value_word_in(&self.value_words, w, &["s", "es"])
    }

    fn value_word_in(&self, words: &HashMap<String, Vec<(ColId, String)>>, w: &str, suffixes: &[&str]) -> Vec<Sense> {
        // The word as written, else another form of it ("close" of "Closed Won").
        let found = words.get(w).or_else(|| {
            // (Only an inflection: "runners" is not a word of "Fun Run".)
            let inflected = |a: &str, b: &str| suffixes.iter().any(|x| a.strip_suffix(x) == Some(b) && b.len() >= 3);
            let mut keys: Vec<&String> = words.keys().filter(|k| inflected(k, w) || inflected(w, k)).collect();
            keys.sort();
            keys.first().and_then(|k| words.get(*k))
        });
        // (Not a word every value of the column shares: it picks none of them.)
        let Some(vs) = found else { return Vec::new() };
        vs.iter()
            .filter(|(id, _)| {
                let picked = vs.iter().filter(|(c, _)| c == id).count();
                self.col_values.get(id).is_none_or(|&all| picked < all)
            })
            .map(|(id, v)| Sense::Val { id: *id, value: v.clone(), fit: Fit::Part })
            .collect()
    }

    /// The values a phrase names exactly (any spelling), as the linker reads them.
    pub(crate) fn values_named(&self, phrase: &str) -> Vec<Sense> {
        self.exact(phrase).into_iter().filter(|x| matches!(x, Sense::Val { .. })).collect()
    }

    fn exact(&self, phrase: &str) -> Vec<Sense> {
        self.map.get(phrase).cloned().unwrap_or_default()
    }

    /// Columns and tables named by a word of the same kind ("clients" for `customer`), by a stem, or by
    /// a small typo; values by a stem.
    fn near(&self, phrase: &str, lx: &Lexicon) -> Vec<Sense> {
        let mut out = Vec::new();
        let kin = lx.kin(phrase);
        if lx.is_kind_word(phrase) {
            // Columns whose last (head) word is of the kind come first: "qty" is `units`, not `unit_price`.
            // A column with two or more words of the kind beats them all ("usage" is `kwh_used`, both words
            // of the kind, not `solar_export_kwh` with one).
            let of_kind = |w: &str| kin.iter().any(|k| same_form(w, k) || ing_form(w, k)) || lx.same_kind(phrase, w);
            let mut heads = Vec::new();
            let mut others = Vec::new();
            let mut strong: Vec<(ColId, usize, bool)> = Vec::new();
            // (A word for a length of time is not a column of dates, times of day or text: "length" is
            // `minutes`, not the walk's `time` "08:00".)
            // (Only the words that name nothing but a length: "hour" and "time" also name times of day.)
            // ("how long", "minutes": a length too; `time_control` "Standard 60+30", text, is none.)
            let length = phrase.starts_with("length")
                || phrase.starts_with("duration")
                || matches!(
                    phrase,
                    "how long" | "long" | "longer" | "longest" | "minutes" | "mins" | "hours" | "hrs" | "seconds"
                );
            let time_only = phrase.starts_with("duration");
            for (id, ws) in &self.names {
                // (A form's question as a header, "Which Sunday would you like a pitch for? (gates open to sellers at
                // 6.30am)", holding text: a word of kin inside it is no name of what the column holds.)
                if ws.len() > 6 && self.not_lengths.contains(id) {
                    continue;
                }
                // (The plural of what a kind column classifies names those things, as at the index.)
                if classified_plural(ws, phrase)
                    || length && self.not_lengths.contains(id)
                    || time_only && self.not_times.contains(id)
                {
                    continue;
                }
                let head = self.heads.iter().find(|(h, _)| h == id).map(|(_, w)| w.clone()).unwrap_or_default();
                let matched = ws.iter().filter(|w| of_kind(w)).count();
                let head_hit = head.iter().any(|w| of_kind(w));
                if matched >= 2 {
                    strong.push((*id, matched, head_hit));
                }
                if head_hit {
                    heads.push(Sense::Col { id: *id, fit: Fit::Kin });
                } else if matched > 0
                    || ws.len() > 1 && kin.iter().any(|k| k.contains(' ') && ws.join(" ").contains(k.as_str()))
                {
                    others.push(Sense::Col { id: *id, fit: Fit::Kin });
                }
            }
            if let Some(top) = strong.iter().map(|(_, m, _)| *m).max() {
                let best: Vec<&(ColId, usize, bool)> = strong.iter().filter(|(_, m, _)| *m == top).collect();
                let with_head: Vec<&&(ColId, usize, bool)> = best.iter().filter(|(_, _, h)| *h).collect();
                let pick: Vec<ColId> = if with_head.is_empty() {
                    best.iter().map(|(id, _, _)| *id).collect()
                } else {
                    with_head.iter().map(|(id, _, _)| *id).collect()
                };
                out.extend(pick.into_iter().map(|id| Sense::Col { id, fit: Fit::Kin }));
            } else {
                out.extend(if heads.is_empty() { others } else { heads });
            }
            // (Any word of its name: "games" of `match_results`, "homes" of `property_listings`.)
            for (t, ws) in &self.tables {
                if ws.iter().any(|w| !GENERIC.contains(&w.as_str()) && lx.same_kind(phrase, w)) {
                    out.push(Sense::Table { table: *t, fit: Fit::Kin });
                }
            }
        }
        if phrase.contains(' ') || phrase.chars().count() < 4 {
            return out;
        }
        let st = stem(phrase);
        // ("cycle" and "Cycling": a verb's stem without its final "e".)
        let st_e = phrase.strip_suffix('e').filter(|x| x.len() >= 4).map(stem);
        for (id, canon, vs) in &self.value_stems {
            if (*vs == st || st_e.as_ref() == Some(vs)) && !event_and_state(phrase, canon) {
                out.push(Sense::Val { id: *id, value: canon.clone(), fit: Fit::Kin });
            }
        }
        if out.is_empty() && phrase.chars().count() >= 5 {
            let max = if phrase.chars().count() >= 9 { 2 } else { 1 };
            for (id, ws) in &self.names {
                // (The plural of what a kind column classifies names those things: "classes" are not
                // `class_type`, as at the index.)
                if classified_plural(ws, phrase) {
                    continue;
                }
                if ws.iter().any(|w| {
                    w.chars().count() >= 4
                        && !GENERIC.contains(&w.as_str())
                        // "finishers" are people who finish, not `finish_time`: an -er noun is not the
                        // column its stem names.
                        && (!(phrase.ends_with("ers") || phrase.ends_with("er")) || w.ends_with("er") || w.ends_with("ers"))
                        // ... nor are "rides" the `rider_type` column: the -er noun names the people.
                        && (!(w.ends_with("er") || w.ends_with("ers")) || phrase.ends_with("er") || phrase.ends_with("ers"))
                        && (distance(phrase, w, max) <= max
                            || distance(phrase, &crate::analyst::compile::words::plural(w), max) <= max
                            || stem(w) == st
                            || same_form(phrase, w))
                }) {
                    out.push(Sense::Col { id: *id, fit: Fit::Kin });
                }
            }
            for (t, ws) in &self.tables {
                if ws.last().is_some_and(|w| distance(phrase, w, max) <= max || stem(w) == st || shared_root(phrase, w))
                {
                    out.push(Sense::Table { table: *t, fit: Fit::Kin });
                }
            }
        }
        out
    }
}

/// Every column of the desk that `keep` holds for.
pub(super) fn columns_where(desk: &Desk, keep: impl Fn(&crate::analyst::model::Column) -> bool) -> Vec<ColId> {
    desk.tables
        .iter()
        .enumerate()
        .flat_map(|(ti, t)| {
            t.columns.iter().enumerate().filter(|(_, c)| keep(c)).map(move |(ci, _)| ColId { table: ti, col: ci })
        })
        .collect()
}

/// The words for one transaction of a table of lines: "order" and its kin ("sale", "receipt"), and, where
/// no column names them, a till's customers and visits (one transaction, one customer served).
pub(crate) fn transaction_words(lx: &Lexicon) -> Vec<String> {
    lx.kin("order").into_iter().chain(["customer".to_string(), "visit".to_string()]).collect()
}

/// The one identifier of a table of lines that repeats over several rows, each of its values on one date:
/// the transaction the rows are lines of (`ticket_no` of a till's lines).
pub(crate) fn line_key(t: &crate::analyst::model::Table) -> Option<usize> {
    let keys: Vec<usize> = t
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.role == Role::Identifier
                && c.one_date_each == Some(true)
                && c.distinct > 1
                && c.distinct * 10 < t.rows * 9
                && c.nulls == 0
        })
        .map(|(i, _)| i)
        .collect();
    match keys.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// The word a column's name is about: the last, or the one before a joining word ("days" of
/// `days_to_hire`, "cost" of `cost_per_unit`) unless that one only counts or measures what follows
/// ("items" of `number_of_items`).
fn head_word(ws: &[String]) -> Option<String> {
    const JOIN: &[&str] = &["to", "of", "per", "for", "until", "from", "by", "since", "at"];
    const COUNTING: &[&str] = &["number", "count", "num", "no", "amount", "total", "share", "percent", "pct", "sum"];
    if let Some(i) = ws.iter().position(|w| JOIN.contains(&w.as_str())) {
        if i > 0 && i + 1 < ws.len() && !COUNTING.contains(&ws[i - 1].as_str()) {
            return Some(ws[i - 1].clone());
        }
    }
    ws.last().cloned()
}

/// The value a value with a qualifier after it is a kind of: "Failed" of "Failed - refunded", "Void" of
/// "Void - duplicate", "Cancelled" of "Cancelled (weather)".
pub(crate) fn qualified_head(v: &str) -> Option<&str> {
    [" - ", " – ", ": ", " ("].iter().find_map(|sep| v.split_once(sep).map(|x| x.0))
}

/// Whether a folded value marks its row void: "void", "voided", or one with a reason after it ("void - duplicate").
pub(crate) fn says_void(f: &str) -> bool {
    let void = |w: &str| matches!(w, "void" | "voided");
    // (Or void as a remark of its own after what happened: "entered twice - void".)
    void(f)
        || qualified_head(f).map(str::trim).is_some_and(void)
        || f.split([';', '(', ')', ':']).flat_map(|p| p.split(" - ")).map(str::trim).any(void)
}

/// Whether `w` is a word of table `name` before its last (what the table is about, `group` of
/// `scout_group_ledger`), not its last (what its rows are, `ledger`).
pub(crate) fn before_the_tables_noun(name: &str, w: &str) -> bool {
    let words = crate::semantics::name_words(name);
    words.split_last().is_some_and(|(last, before)| before.iter().any(|x| same_form(x, w)) && !same_form(last, w))
}

/// Whether a lexicon word is a small typo away from `w` (for words the desk does not know).
fn lexicon_typo(lx: &Lexicon, w: &str) -> Vec<Sense> {
    const WORDS: &[&str] = &[
        "average",
        "total",
        "revenue",
        "number",
        "percentage",
        "highest",
        "lowest",
        "between",
        "compare",
        "excluding",
        "distribution",
        "correlation",
        "monthly",
        "quarterly",
        "yearly",
        "weekly",
        "median",
        "maximum",
        "minimum",
        "largest",
        "smallest",
        "growth",
        "month",
        "months",
        "year",
        "years",
        "quarter",
        "week",
        "weeks",
        "count",
        "number",
        "percent",
        "share",
        "trend",
        "which",
        "most",
        "least",
        "customers",
        "compared",
        "versus",
        "overall",
        "distinct",
        "different",
    ];
    let n = w.chars().count();
    if n < 4 {
        return Vec::new();
    }
    // (An inflected form is not a typo: "breakdowns" is not the request "breakdown".)
    let inflected = |c: &str| ["s", "es", "d", "ed"].iter().any(|x| w.strip_suffix(x) == Some(c));
    for c in WORDS.iter().filter(|c| !inflected(c)) {
        // A four-letter word only as a longer word with one letter left out ("mnth" for "month").
        if distance(w, c, 1) == 1 && (n >= 5 || c.chars().count() == n + 1) {
            let s: Vec<Sense> = lx.senses(c).iter().map(|x| Sense::Lex(x.clone())).collect();
            if !s.is_empty() {
                return s;
            }
        }
    }
    // Any longer word of the lexicon one letter off ("recieved", "seperate"), when only one is that near.
    if n >= 6 {
        let mut near: Vec<&str> =
            lx.words().filter(|c| c.chars().count() >= 6 && distance(w, c, 1) == 1 && !inflected(c)).collect();
        near.sort_unstable();
        // (Not a word that would change what is computed: "riding" is no typo of "rising", a trend.)
        let weighty =
            |x: &str| ["op:", "dir:", "rank:", "agg:", "cmp:", "sign:", "change:"].iter().any(|p| x.starts_with(p));
        if let [c] = near.as_slice() {
            // (A base form of a lexicon word is its word: "exceed" of "exceeds", "purchase" of "purchases".)
            if !lx.senses(c).iter().any(|x| weighty(x)) || c.starts_with(w) {
                return lx.senses(c).iter().map(|x| Sense::Lex(x.clone())).collect();
            }
        }
    }
    Vec::new()
}

/// Link the tokens: periods first, then the longest span that means something.
/// "type of visit" at token `i` naming a column "visit type": the tokens it takes and the column senses.
fn kind_of(toks: &[Tok], i: usize, index: &Index) -> Option<(usize, Vec<Sense>)> {
    const KINDS: &[&str] = &["type", "kind", "sort", "category", "class"];
    let w = crate::analyst::compile::words::singular(&toks.get(i)?.text);
    if !KINDS.contains(&w.as_str()) {
        return None;
    }
    if toks.get(i + 1)?.text != "of" {
        return None;
    }
    for m in (1..=3).rev() {
        let Some(words) = toks.get(i + 2..i + 2 + m) else { continue };
        if words.iter().any(|t| !matches!(t.kind, Kind::Word)) {
            continue;
        }
        let y: Vec<String> = words.iter().map(|t| t.text.clone()).collect();
        for y in
            [y.join(" "), y.iter().map(|w| crate::analyst::compile::words::singular(w)).collect::<Vec<_>>().join(" ")]
        {
            // The kind word said first, then the others ("kind of vehicle" is `vehicle_type`).
            let said = std::iter::once(w.as_str()).chain(KINDS.iter().copied().filter(|k| *k != w));
            let senses: Vec<Sense> = said
                .flat_map(|kind| index.exact(&format!("{y} {kind}")))
                .filter(|s| matches!(s, Sense::Col { fit: Fit::Exact | Fit::Form, .. }))
                .take(1)
                .collect();
            if !senses.is_empty() {
                return Some((2 + m, senses));
            }
        }
        // "category of plant": the kind column (`category`) of the table whose rows are plants.
        if m == 1 {
            let thing = crate::analyst::compile::words::singular(&toks[i + 2].text);
            let tables: Vec<usize> = index
                .tables
                .iter()
                .filter(|(_, tw)| tw.last().is_some_and(|l| crate::analyst::compile::words::singular(l) == thing))
                .map(|(t, _)| *t)
                .collect();
            let cols: Vec<Sense> = index
                .names
                .iter()
                .filter(|(id, ws)| tables.contains(&id.table) && ws.len() == 1 && ws[0] == w)
                .map(|(id, _)| Sense::Col { id: *id, fit: Fit::Exact })
                .collect();
            if cols.len() == 1 {
                return Some((3, cols));
            }
        }
    }
    None
}

pub fn link(toks: &[Tok], desk_index: &Index, lx: &Lexicon) -> Vec<Item> {
    let found = periods::find(toks);
    let mut items = Vec::new();
    let mut i = 0;
    let text_of = |a: usize, b: usize| toks[a..b].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ");
    while i < toks.len() {
        if let Some(f) = found.iter().find(|f| f.start == i) {
            // A period that is also a value of the desk (a month name stored as text) stays a period.
            items.push(Item {
                start: i,
                end: f.end,
                text: text_of(i, f.end),
                senses: vec![Sense::Period(f.expr.clone())],
                possessive: false,
            });
            i = f.end;
            continue;
        }
        let t = &toks[i];
        match &t.kind {
            Kind::Number { value, currency, percent, .. } => {
                // "30 litre", "50 L": a value of several words starting with a number is that value.
                let longest = (2..=desk_index.max_words.min(toks.len() - i)).rev().find_map(|n| {
                    if toks[i..i + n].iter().any(|t| !matches!(t.kind, Kind::Word | Kind::Number { .. }))
                        || found.iter().any(|f| f.start > i && f.start < i + n)
                    {
                        return None;
                    }
                    let vals: Vec<Sense> = desk_index
                        .exact(&text_of(i, i + n))
                        .into_iter()
                        .filter(|x| matches!(x, Sense::Val { .. }))
                        .collect();
                    (!vals.is_empty()).then_some((n, vals))
                });
                if let Some((n, vals)) = longest {
                    items.push(Item {
                        start: i,
                        end: i + n,
                        text: text_of(i, i + n),
                        senses: vals,
                        possessive: toks[i + n - 1].possessive,
                    });
                    i += n;
                    continue;
                }
                let mut senses = vec![Sense::Num { value: *value, currency: *currency, percent: *percent }];
                // A number can also be a value ("Form 11"): keep both.
                senses.extend(desk_index.exact(&t.text));
                items.push(Item { start: i, end: i + 1, text: t.text.clone(), senses, possessive: t.possessive });
                i += 1;
                continue;
            }
            Kind::Punct(_) => {
                items.push(Item {
                    start: i,
                    end: i + 1,
                    text: t.text.clone(),
                    senses: vec![Sense::Lex("punct".into())],
                    possessive: false,
                });
                i += 1;
                continue;
            }
            Kind::Date(_) | Kind::Quarter(_) | Kind::Half(_) => {
                i += 1;
                continue;
            }
            Kind::Word => {}
        }
        // "type of visit", "kind of animal": a column named "visit type" ("category of product" is
        // `product_category`), when there is one; otherwise the words read one by one.
        if let Some((n, senses)) = kind_of(toks, i, desk_index) {
            items.push(Item {
                start: i,
                end: i + n,
                text: text_of(i, i + n),
                senses,
                possessive: toks[i + n - 1].possessive,
            });
            i += n;
            continue;
        }
        let max = lx.max_words().max(desk_index.max_words).min(toks.len() - i);
        let mut taken = false;
        for n in (1..=max).rev() {
            if toks[i..i + n].iter().any(|t| !matches!(t.kind, Kind::Word | Kind::Number { .. })) {
                continue;
            }
            let phrase = text_of(i, i + n);
            // (A period inside the words breaks them, unless the whole of it is inside a value said whole:
            // "the Spring 2025 term" of the term "Spring 2025".)
            let inside: Vec<_> = found.iter().filter(|f| f.start > i && f.start < i + n).collect();
            let whole_value = inside.iter().all(|f| f.end <= i + n)
                && desk_index.exact(&phrase).iter().any(|x| matches!(x, Sense::Val { fit: Fit::Exact, .. }));
            if !(inside.is_empty() || whole_value) {
                continue;
            }
            let mut senses: Vec<Sense> = desk_index.exact(&phrase);
            // Two words written as one in a table's name ("car wash" of `carwash`): that table, not a value
            // of its first word.
            if n == 2 && senses.is_empty() {
                let joined = phrase.replace(' ', "");
                senses.extend(desk_index.exact(&joined).into_iter().filter(|x| {
                    match x {
                        Sense::Table { fit: Fit::Exact | Fit::Form, .. } => true,
                        // ("call-outs" of `pest_callouts`: the word for its rows, its name's last word.)
                        Sense::Table { table, fit: Fit::Part } => desk_index
                            .tables
                            .iter()
                            .find(|(t, _)| t == table)
                            .and_then(|(_, ws)| ws.last())
                            .is_some_and(|l| forms(l).contains(&joined)),
                        _ => false,
                    }
                }));
            }
            // (Unit words name columns through the index, not as lexicon senses; `eval:` words only judge
            // measures, `headcount`, `offer`, `aside` and `client` words only read column names, `absence` and
            // `unpaid` words only read a column's values ("voided" is the value Void where there is one), `finish`
            // and `clientverb` words are read by the grammar from the question's words.)
            senses.extend(
                lx.senses(&phrase)
                    .iter()
                    .filter(|s| {
                        !s.starts_with("unitword:")
                            && !s.starts_with("eval:")
                            && !s.starts_with("event:")
                            && !matches!(
                                s.as_str(),
                                "headcount"
                                    | "offer"
                                    | "finish"
                                    | "aside"
                                    | "client"
                                    | "clientverb"
                                    | "unpaid"
                                    | "absence"
                                    | "paymethod"
                            )
                    })
                    .map(|s| Sense::Lex(s.clone())),
            );
            if n == 1 {
                if let Some(a) = lx.adjective(&phrase) {
                    senses.push(Sense::Adj(a.clone()));
                }
            }
            if n <= 3
                && !senses.iter().any(|s| matches!(s, Sense::Col { .. } | Sense::Val { .. } | Sense::Table { .. }))
            {
                let near = desk_index.near(&phrase, lx);
                // A word of the lexicon keeps its own sense; kin columns are added beside it.
                senses.extend(near);
            }
            // (A word for a unit of measure is not a word of values written with that unit: "litres" is
            // not the keg sizes "30 litre" and "50 litre".)
            if n == 1 && senses.is_empty() && !lx.senses(&phrase).iter().any(|s| s.starts_with("unitword:")) {
                senses = desk_index.value_word(&phrase);
                // (Not a state said with a preposition, "In lab", "On hold", where the preposition is not said
                // before the word: "the lab" is the place; "in the workshop" is the state "In workshop".)
                let before: Vec<String> =
                    (i.saturating_sub(2)..i).map(|j| toks[j].text.clone()).filter(|t| t != "the").collect();
                senses.retain(|x| match x {
                    Sense::Val { value, .. } => {
                        let f = fold(value);
                        let ws: Vec<&str> = f.split_whitespace().collect();
                        let prep = ws.len() > 1
                            && ws[..ws.len() - 1]
                                .iter()
                                .all(|x| matches!(*x, "in" | "on" | "at" | "out" | "off" | "of" | "under" | "with"));
                        !prep || before.last().is_some_and(|b| b == ws[0])
                    }
                    _ => true,
                });
            }
            if n == 1 && senses.is_empty() {
                senses = lexicon_typo(lx, &phrase);
            }
            // A word that is only a modifier inside longer column names ("hire" of `days_to_hire`) and
            // a form of a value ("hires" and "Hired"): the value ("how many hires" counts the Hired rows).
            if n == 1 {
                let cols: Vec<ColId> = senses
                    .iter()
                    .filter_map(|s| match s {
                        Sense::Col { id, fit: Fit::Part } => Some(*id),
                        _ => None,
                    })
                    .collect();
                // "to resolve" as the name says it (`time_to_resolve`): the column; so is "resolution time",
                // the word before the column's head ("time").
                let before_head =
                    toks.get(i + n).is_some_and(|nx| cols.iter().any(|id| desk_index.is_head(*id, &nx.text)));
                let as_named = i > 0 && toks[i - 1].text == "to" || before_head;
                let only_modifier = !cols.is_empty()
                    && !as_named
                    && senses.iter().all(|s| matches!(s, Sense::Col { fit: Fit::Part, .. } | Sense::Lex(_)))
                    && cols.iter().all(|id| !desk_index.is_head(*id, &phrase));
                if only_modifier {
                    let vals = desk_index.value_stem(&phrase);
                    if !vals.is_empty() {
                        senses.retain(|s| !matches!(s, Sense::Col { .. }));
                        senses.extend(vals);
                    }
                }
            }
            if senses.is_empty() {
                continue;
            }
            // A word of the lexicon written in lower case ("in", "or", "me") is that word, not a code
            // the data writes in capitals ("IN", "OR", "ME" as states); written "IN" it may be the code.
            if n == 1
                && senses.iter().any(|s| matches!(s, Sense::Lex(_)))
                && toks[i].orig.chars().any(|c| c.is_lowercase())
            {
                senses.retain(|s| match s {
                    Sense::Val { value, .. } => {
                        !value.chars().any(|c| c.is_alphabetic()) || value.chars().any(|c| c.is_lowercase())
                    }
                    _ => true,
                });
            }
            // A value the span names as written (any spelling) beats a column it is only one word of
            // ("late" is the status Late, not `minutes_late`; "cancelled" the status, not `cancelled_at`).
            let exact_value = senses.iter().any(|s| matches!(s, Sense::Val { fit: Fit::Exact | Fit::Form, .. }));
            let named_column = senses.iter().any(|s| matches!(s, Sense::Col { fit: Fit::Exact | Fit::Form, .. }));
            if exact_value && !named_column {
                senses.retain(|s| !matches!(s, Sense::Col { fit: Fit::Part | Fit::Kin, .. }));
            }
            // Filler loses to anything of the desk the span names.
            if senses.iter().any(|s| matches!(s, Sense::Col { .. } | Sense::Val { .. } | Sense::Table { .. })) {
                senses.retain(|s| !matches!(s, Sense::Lex(l) if l == "filler"));
            }
            items.push(Item { start: i, end: i + n, text: phrase, senses, possessive: toks[i + n - 1].possessive });
            i += n;
            taken = true;
            break;
        }
        if !taken {
            items.push(Item {
                start: i,
                end: i + 1,
                text: t.text.clone(),
                senses: Vec::new(),
                possessive: t.possessive,
            });
            i += 1;
        }
    }
    // "payment method", "wash type": a word for a kind right after a text column's name, naming nothing of
    // its own, says that column again.
    for j in 1..items.len() {
        let kind = matches!(
            items[j].text.as_str(),
            "type"
                | "types"
                | "kind"
                | "kinds"
                | "method"
                | "methods"
                | "sort"
                | "sorts"
                | "mode"
                | "modes"
                | "variety"
                | "varieties"
                | "area"
                | "areas"
        );
        let names_nothing =
            !items[j].senses.iter().any(|s| matches!(s, Sense::Col { .. } | Sense::Val { .. } | Sense::Table { .. }));
        let after_label =
            items[j - 1].senses.iter().any(|s| matches!(s, Sense::Col { id, .. } if desk_index.labels.contains(id)))
                && items[j - 1].end == items[j].start;
        if kind && names_nothing && after_label {
            items[j].senses = vec![Sense::Lex("filler".into())];
        }
        // "how many lessons did we book", "what service do people book most": a verb of what the people
        // served do, right after its subject, naming nothing of the desk, is the rows' own event.
        let subject = items[j - 1].text.rsplit(' ').next().is_some_and(|w| {
            matches!(w, "we" | "i" | "they" | "you" | "people" | "customers" | "clients" | "someone" | "everyone")
        });
        // (Loosely linked at most: "book" is kin to `booking_no`, a label, not a figure.)
        let loose = items[j]
            .senses
            .iter()
            .all(|s| matches!(s, Sense::Col { id, fit: Fit::Kin } if desk_index.labels.contains(id)));
        if loose && subject && lx.has(&items[j].text, "clientverb") {
            items[j].senses = vec![Sense::Lex("filler".into())];
        }
    }
    // "the stays that started in 2024": where rows have a start and an end date, a verb of starting naming
    // nothing of the desk dates them as they are dated anyway, by the first.
    for it in items.iter_mut() {
        let starting = matches!(it.text.as_str(), "started" | "start" | "starts" | "began" | "begun" | "begins");
        if starting && it.senses.is_empty() && desk_index.start_and_end {
            it.senses = vec![Sense::Lex("filler".into())];
        }
    }
    items
}
