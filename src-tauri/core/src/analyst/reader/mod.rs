//! The reader: a question in words to an analysis [`Plan`]. Tokens ([`tokens`]) are linked to the desk
//! and to the lexicon ([`link`], [`lexicon`], kept as data in `lexicon.txt`), periods are recognised by
//! pattern ([`periods`]), and a small grammar ([`grammar`]) fills the plan's slots: the measure and its
//! aggregate, filters (values, exclusions, conditions on numbers), the period(s), the grouping and the
//! operation. Every content word must be used: a word the reader cannot place makes it decline and
//! name the word, rather than answer a different question. Follow-ups ("now only for the West
//! region", "same by product") refine the previous question's plan. Pure: no SQL runs here except the
//! optional value lookup the caller passes in (for text columns with too many values to list).

pub mod grammar;
pub mod lexicon;
pub mod link;
mod passes;
pub mod periods;
pub mod tokens;

use crate::analyst::model::Desk;
use crate::analyst::plan::Plan;

/// What the reader made of a question.
#[derive(Debug, Clone)]
pub enum Reading {
    /// A plan, with the assumptions made on the way (said in the answer).
    Plan { plan: Box<Plan>, assumptions: Vec<String> },
    /// Not answerable exactly: what was understood, and what was not.
    Decline { understood: Vec<String>, missing: String },
}

/// What the reader may ask of the data while it reads (the caller answers with bounded queries).
pub trait Lookup {
    /// Values of text columns too big to list at import that equal one of `phrases` (case and spaces
    /// folded): (table, column, stored value).
    fn values(&mut self, phrases: &[String]) -> Vec<(String, String, String)>;
    /// Whether `col_a = val_a` and `col_b = val_b` select exactly the same rows of `table` (then a value
    /// found in both columns means the same thing either way).
    fn same_rows(&mut self, table: &str, a: (&str, &str), b: (&str, &str)) -> bool;
    /// Of the rows of `table` whose values are among the spellings given (or, excluded, not among them), how
    /// many have `column` below zero and how many above: (below, above). None when not known.
    fn signs(&mut self, _table: &str, _column: &str, _kept: &[(String, Vec<String>, bool)]) -> Option<(u64, u64)> {
        None
    }
    /// The mean of `column` over the rows of `table` whose `category` is one of `spellings`, and over the
    /// other rows: (among them, the others). None when not known.
    fn means(&mut self, _table: &str, _column: &str, _category: &str, _spellings: &[String]) -> Option<(f64, f64)> {
        None
    }
    /// Of the rows of `table` whose `category` is one of `spellings`: how many rows, on how many different
    /// `date` values; and on how many dates of the whole table `category` takes more than one value (none:
    /// it is one value per date, the kind of each day's occasion). None when not known.
    fn occasions(
        &mut self,
        _table: &str,
        _category: &str,
        _date: &str,
        _spellings: &[String],
    ) -> Option<(u64, u64, u64)> {
        None
    }
    /// How many rows of `table` have `column` (a date) in each month of the year, January first. None when
    /// not known.
    fn months(&mut self, _table: &str, _column: &str) -> Option<[u64; 12]> {
        None
    }
    /// Whether every value of `finer` in `table` comes with one value of `coarser` (spellings folded): an item
    /// names one kind ("Latte" is always a Drink). None when not known.
    fn nests(&mut self, _table: &str, _finer: &str, _coarser: &str) -> Option<bool> {
        None
    }
    /// Whether no two rows of `table` share their values of `a` and `b` (spellings folded; rows missing
    /// either left aside): each row is one `a` on one `b` ("one van on one day"). None when not known.
    fn one_row_each(&mut self, _table: &str, _a: &str, _b: &str) -> Option<bool> {
        None
    }
    /// Each value of `category` in `table` (spellings folded) with how many of its rows have `date` recorded
    /// and how many do not: (value, with, without). None when not known.
    fn dated_by_value(&mut self, _table: &str, _category: &str, _date: &str) -> Option<Vec<(String, u64, u64)>> {
        None
    }
    /// The values of `category` among the rows of `table` whose `column` is above zero (`above`) or below,
    /// each with its rows, most rows first (at most 10). None when not known.
    fn side_values(
        &mut self,
        _table: &str,
        _column: &str,
        _above: bool,
        _category: &str,
    ) -> Option<Vec<(String, u64)>> {
        None
    }
}

/// A reader that asks nothing of the data (suggestions, tests).
pub struct NoLookup;

impl Lookup for NoLookup {
    fn values(&mut self, _: &[String]) -> Vec<(String, String, String)> {
        Vec::new()
    }
    fn same_rows(&mut self, _: &str, _: (&str, &str), _: (&str, &str)) -> bool {
        false
    }
}

/// Read `question` against `desk`; `prior` are the earlier questions of the conversation, oldest first.
pub fn read(question: &str, prior: &[String], desk: &Desk, lookup: &mut dyn Lookup) -> Reading {
    let lx = lexicon::Lexicon::load();
    let reading = grammar::read(question, prior, desk, &lx, lookup);
    if let (Reading::Plan { plan, .. }, Some(_)) = (&reading, std::env::var_os("DESK_TRACE_READER")) {
        // For whoever debugs the reader: the plan it wrote.
        eprintln!("reader plan: {}", serde_json::to_string(plan).unwrap_or_default());
    }
    reading
}
