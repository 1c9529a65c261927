//! Column profiles, computed while a table is loaded (one pass, bounded memory) and stored with it.
//!
//! Per column: nulls, distinct count, min and max (numbers, and dates as the date range), mean for
//! numbers, and the five most frequent values for text and booleans. Distinct counts are exact up to
//! `EXACT_DISTINCT` different values and a HyperLogLog estimate (about 1.6% error) beyond, flagged by
//! `distinct_exact: false`; top values are dropped (`top` empty, a note says why) when a text column has
//! more than `MAX_TRACKED` different values. This module knows nothing about files or SQL.

use super::infer::{Cell, ColumnType};
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use serde::{Deserialize, Serialize};
use std::hash::Hasher;

const EXACT_DISTINCT: usize = 100_000;
const MAX_TRACKED: usize = 50_000;
const TOP: usize = 5;
const HLL_BITS: u32 = 12;

/// One frequent value and how often it occurs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TopValue {
    pub value: String,
    pub count: u64,
}

/// The profile of one column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColumnProfile {
    pub nulls: u64,
    pub distinct: u64,
    pub distinct_exact: bool,
    /// Smallest value: a number, or the first date for date columns.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<serde_json::Value>,
    /// Largest value: a number, or the last date for date columns.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mean: Option<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub top: Vec<TopValue>,
}

fn mix(mut h: u64) -> u64 {
    // fmix64 from MurmurHash3: spreads FxHash's output over all bits for HyperLogLog.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

fn hash_bytes(b: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(b);
    h.write_u8(0xff);
    mix(h.finish())
}

/// Distinct values: an exact set of hashes up to a bound, then a HyperLogLog sketch seeded with the
/// set's hashes (a sketch ignores repeats, so seeding late loses nothing). Each value touches one of
/// the two, never both.
struct Distinct {
    exact: Option<FxHashSet<u64>>,
    registers: Vec<u8>,
}

impl Distinct {
    fn new() -> Self {
        Distinct { exact: Some(FxHashSet::default()), registers: Vec::new() }
    }

    fn sketch(&mut self, h: u64) {
        let idx = (h >> (64 - HLL_BITS)) as usize;
        let rank = ((h << HLL_BITS) | (1 << (HLL_BITS - 1))).leading_zeros() as u8 + 1;
        if let Some(r) = self.registers.get_mut(idx) {
            if rank > *r {
                *r = rank;
            }
        }
    }

    fn add(&mut self, h: u64) {
        match &mut self.exact {
            Some(set) => {
                set.insert(h);
                if set.len() > EXACT_DISTINCT {
                    self.overflow();
                }
            }
            None => self.sketch(h),
        }
    }

    /// Switch from the exact set to the sketch, seeding it with every hash seen so far.
    fn overflow(&mut self) {
        self.registers = vec![0; 1 << HLL_BITS];
        if let Some(set) = self.exact.take() {
            for h in set {
                self.sketch(h);
            }
        }
    }

    /// Switch to the sketch unless already there.
    fn overflow_keep(&mut self) {
        if self.exact.is_some() {
            self.overflow();
        }
    }

    /// Fold in the hashes of another `Distinct`: the same as adding them here.
    fn merge(&mut self, other: Distinct) {
        match other.exact {
            Some(set) => {
                for h in set {
                    self.add(h);
                }
            }
            None => {
                self.overflow_keep();
                for (r, o) in self.registers.iter_mut().zip(&other.registers) {
                    *r = (*r).max(*o);
                }
            }
        }
    }

    fn count(&self) -> (u64, bool) {
        if let Some(set) = &self.exact {
            return (set.len() as u64, true);
        }
        let m = self.registers.len() as f64;
        let sum: f64 = self.registers.iter().map(|r| 2f64.powi(-(*r as i32))).sum();
        let alpha = 0.7213 / (1.0 + 1.079 / m);
        let mut e = alpha * m * m / sum;
        let zeros = self.registers.iter().filter(|r| **r == 0).count();
        if e <= 2.5 * m && zeros > 0 {
            e = m * (m / zeros as f64).ln();
        }
        (e.round() as u64, false)
    }
}

/// How often each text value occurs. Values of up to 15 bytes (most keys, codes and categories) are
/// kept inline in one integer with their length, so counting them hashes and compares integers; longer
/// ones are kept as strings.
#[derive(Default)]
struct Counts {
    short: FxHashMap<u128, u64>,
    long: FxHashMap<Box<str>, u64>,
}

/// A value of up to 15 bytes as an integer: its bytes, then its length in the last byte.
fn pack(s: &str) -> Option<u128> {
    let b = s.as_bytes();
    if b.len() > 15 {
        return None;
    }
    // Little-endian words read from (possibly overlapping) slices of `b`; overlapping bytes land on the same
    // positions, so or-ing them is exact. No byte-wise copy: that would stall the word load that follows.
    let word = |from: usize, n: usize| -> u64 {
        match n {
            8 => u64::from_le_bytes([
                b[from],
                b[from + 1],
                b[from + 2],
                b[from + 3],
                b[from + 4],
                b[from + 5],
                b[from + 6],
                b[from + 7],
            ]),
            4 => u64::from(u32::from_le_bytes([b[from], b[from + 1], b[from + 2], b[from + 3]])),
            _ => b[from..from + n].iter().rev().fold(0u64, |acc, &c| (acc << 8) | u64::from(c)),
        }
    };
    let len = b.len();
    let (lo, hi) = match len {
        0..=3 => (word(0, len), 0),
        4..=7 => (word(0, 4) | (word(len - 4, 4) << (8 * (len - 4))), 0),
        8 => (word(0, 8), 0),
        _ => (word(0, 8), word(len - 8, 8) >> (8 * (16 - len))),
    };
    Some(u128::from(lo) | (u128::from(hi) << 64) | ((len as u128) << 120))
}

fn unpack(k: u128) -> String {
    let raw = k.to_le_bytes();
    let len = (raw[15] as usize).min(15);
    String::from_utf8_lossy(&raw[..len]).into_owned()
}

impl Counts {
    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    /// Count one more `s`, unless it is new and the map already holds `bound` values: then false.
    fn bump(&mut self, s: &str, bound: usize) -> bool {
        let len = self.len();
        match pack(s) {
            Some(k) => match self.short.entry(k) {
                std::collections::hash_map::Entry::Occupied(mut e) => *e.get_mut() += 1,
                std::collections::hash_map::Entry::Vacant(e) if len < bound => {
                    e.insert(1);
                }
                std::collections::hash_map::Entry::Vacant(_) => return false,
            },
            None => match self.long.get_mut(s) {
                Some(n) => *n += 1,
                None if len < bound => {
                    self.long.insert(s.into(), 1);
                }
                None => return false,
            },
        }
        true
    }

    /// Add the counts of `other`.
    fn merge(&mut self, other: Counts) {
        for (k, n) in other.short {
            *self.short.entry(k).or_insert(0) += n;
        }
        for (k, n) in other.long {
            *self.long.entry(k).or_insert(0) += n;
        }
    }

    /// Every value with its count, in no particular order.
    fn values(&self) -> impl Iterator<Item = (String, u64)> + '_ {
        self.short.iter().map(|(k, n)| (unpack(*k), *n)).chain(self.long.iter().map(|(k, n)| (k.to_string(), *n)))
    }
}

/// Accumulates one column's profile from its converted values.
pub(crate) struct ColumnStats {
    ty: ColumnType,
    nulls: u64,
    count: u64,
    distinct: Distinct,
    min_num: f64,
    max_num: f64,
    sum: f64,
    min_int: i64,
    max_int: i64,
    int_sum: i128,
    min_text: Option<String>,
    max_text: Option<String>,
    counts: Option<Counts>,
    /// Signs of the numbers and whole numbers among them (as the engine compares the stored values), and
    /// dates on 1 January and on the first of a month: facts the column's meaning is decided from.
    negatives: u64,
    positives: u64,
    zeros: u64,
    whole: u64,
    /// The sizes of the numbers below zero and above it, added up (how much money goes each way).
    below_total: f64,
    above_total: f64,
    first_of_year: u64,
    first_of_month: u64,
    /// Integer and text columns: whether the values came in strictly increasing order (so none repeats),
    /// with the first and the last of them.
    rising: bool,
    first_int: Option<i64>,
    last_int: Option<i64>,
    first_str: Option<String>,
    last_str: Option<String>,
}

/// A sum to four significant figures: the sizes of a column's values each way are weighed against each other,
/// and so a read in chunks, adding in another order, gives the same facts as one read.
pub(crate) fn four_figures(x: f64) -> f64 {
    format!("{x:.3e}").parse().unwrap_or(x)
}

impl ColumnStats {
    pub(crate) fn new(ty: ColumnType) -> Self {
        let tracks_top = matches!(ty, ColumnType::Text | ColumnType::Boolean);
        ColumnStats {
            ty,
            nulls: 0,
            count: 0,
            distinct: Distinct::new(),
            min_num: f64::INFINITY,
            max_num: f64::NEG_INFINITY,
            sum: 0.0,
            min_int: i64::MAX,
            max_int: i64::MIN,
            int_sum: 0,
            min_text: None,
            max_text: None,
            counts: tracks_top.then(Counts::default),
            negatives: 0,
            below_total: 0.0,
            above_total: 0.0,
            positives: 0,
            zeros: 0,
            whole: 0,
            first_of_year: 0,
            first_of_month: 0,
            rising: matches!(ty, ColumnType::Integer | ColumnType::Text),
            first_int: None,
            last_int: None,
            first_str: None,
            last_str: None,
        }
    }

    pub(crate) fn add(&mut self, cell: &Cell) {
        match *cell {
            Cell::Null => self.nulls += 1,
            Cell::Int(i) => {
                self.count += 1;
                self.distinct.add(mix(i as u64 ^ 0x9e37_79b9_7f4a_7c15));
                self.min_int = self.min_int.min(i);
                self.max_int = self.max_int.max(i);
                self.int_sum += i as i128;
                match i.cmp(&0) {
                    std::cmp::Ordering::Less => {
                        self.negatives += 1;
                        self.below_total -= i as f64;
                    }
                    std::cmp::Ordering::Greater => {
                        self.positives += 1;
                        self.above_total += i as f64;
                    }
                    std::cmp::Ordering::Equal => self.zeros += 1,
                }
                self.whole += 1;
                if self.rising {
                    match self.last_int {
                        Some(last) if i <= last => self.rising = false,
                        Some(_) => {}
                        None => self.first_int = Some(i),
                    }
                    self.last_int = Some(i);
                }
                if self.ty == ColumnType::Boolean {
                    self.count_text(if i != 0 { "true" } else { "false" });
                }
            }
            Cell::Real(f) => {
                self.count += 1;
                let bits = if f == 0.0 { 0 } else { f.to_bits() };
                self.distinct.add(mix(bits));
                self.min_num = self.min_num.min(f);
                self.max_num = self.max_num.max(f);
                self.sum += f;
                // The engine's comparisons: NaN is larger than any number and equal to itself.
                if f.is_nan() {
                    self.positives += 1;
                    self.whole += 1;
                } else {
                    self.negatives += u64::from(f < 0.0);
                    self.positives += u64::from(f > 0.0);
                    if f < 0.0 {
                        self.below_total -= f;
                    } else {
                        self.above_total += f;
                    }
                    self.zeros += u64::from(f == 0.0);
                    self.whole += u64::from(f == f.trunc());
                }
            }
            Cell::Text(s) => {
                if matches!(self.ty, ColumnType::Date | ColumnType::Datetime) {
                    // The date as the engine stores it (NULL when its text does not read as one).
                    let days = if self.ty == ColumnType::Date { crate::engine::parse_date(s) } else { None };
                    self.add_date(s, days);
                } else {
                    self.count += 1;
                    if self.rising && self.ty == ColumnType::Text {
                        self.rise_text(s);
                    }
                    self.count_text(s);
                }
            }
        }
    }

    /// Add the ISO text `s` of a date or date-time column's value, with the day it is stored as in a date
    /// column (`engine::parse_date` of it, which the caller has at hand; None in a date-time column).
    pub(crate) fn add_date(&mut self, s: &str, days: Option<i32>) {
        self.count += 1;
        if let (ColumnType::Date, Some(days)) = (self.ty, days) {
            let (_, month, day) = crate::calendar::civil_from_days(i64::from(days));
            if day == 1 {
                self.first_of_month += 1;
                self.first_of_year += u64::from(month == 1);
            }
        }
        self.distinct.add(hash_bytes(s.as_bytes()));
        if self.min_text.as_deref().is_none_or(|m| s < m) {
            self.min_text = Some(s.to_string());
        }
        if self.max_text.as_deref().is_none_or(|m| s > m) {
            self.max_text = Some(s.to_string());
        }
    }

    /// Fold in the stats of the values that follow the ones seen here (gathered from a fresh start), as if
    /// they had been added here one by one, except for the sum of real numbers, which depends on the order
    /// of the additions: the caller adds those values again with [`ColumnStats::add_to_sum`].
    pub(crate) fn merge(&mut self, later: ColumnStats) {
        self.nulls += later.nulls;
        self.count += later.count;
        self.min_num = self.min_num.min(later.min_num);
        self.max_num = self.max_num.max(later.max_num);
        self.min_int = self.min_int.min(later.min_int);
        self.max_int = self.max_int.max(later.max_int);
        self.int_sum += later.int_sum;
        self.negatives += later.negatives;
        self.positives += later.positives;
        self.below_total += later.below_total;
        self.above_total += later.above_total;
        self.zeros += later.zeros;
        self.whole += later.whole;
        self.first_of_year += later.first_of_year;
        self.first_of_month += later.first_of_month;
        let ints_follow = match (self.last_int, later.first_int) {
            (Some(a), Some(b)) => a < b,
            _ => true,
        };
        let strs_follow = match (&self.last_str, &later.first_str) {
            (Some(a), Some(b)) => a < b,
            _ => true,
        };
        self.rising = self.rising && later.rising && ints_follow && strs_follow;
        if self.first_int.is_none() {
            self.first_int = later.first_int;
        }
        if later.last_int.is_some() {
            self.last_int = later.last_int;
        }
        if self.first_str.is_none() {
            self.first_str = later.first_str;
        }
        if later.last_str.is_some() {
            self.last_str = later.last_str;
        }
        if let Some(m) = later.min_text {
            if self.min_text.as_deref().is_none_or(|s| m.as_str() < s) {
                self.min_text = Some(m);
            }
        }
        if let Some(m) = later.max_text {
            if self.max_text.as_deref().is_none_or(|s| m.as_str() > s) {
                self.max_text = Some(m);
            }
        }
        self.distinct.merge(later.distinct);
        match (self.counts.take(), later.counts) {
            (Some(mut map), Some(other)) => {
                map.merge(other);
                if map.len() <= MAX_TRACKED {
                    self.counts = Some(map);
                } else {
                    self.drop_counts(&map);
                }
            }
            (Some(map), None) | (None, Some(map)) => self.drop_counts(&map),
            (None, None) => {}
        }
    }

    /// Follow the order of a text column's values (see `rising`).
    fn rise_text(&mut self, s: &str) {
        match &mut self.last_str {
            Some(last) if s <= last.as_str() => self.rising = false,
            Some(last) => {
                last.clear();
                last.push_str(s);
            }
            None => {
                self.first_str = Some(s.to_string());
                self.last_str = Some(s.to_string());
            }
        }
    }

    /// Whether every value is larger than the one before it (integer and text columns), so that no value
    /// occurs twice.
    pub(crate) fn rising(&self) -> bool {
        self.rising
    }

    /// The counts map is gone (more than `MAX_TRACKED` values): its keys go to the distinct sketch.
    fn drop_counts(&mut self, map: &Counts) {
        if self.ty == ColumnType::Text {
            self.distinct.overflow_keep();
            for (key, _) in map.values() {
                self.distinct.add(hash_bytes(key.as_bytes()));
            }
        }
    }

    /// Add a real number to the sum only (see [`ColumnStats::merge`]).
    pub(crate) fn add_to_sum(&mut self, f: f64) {
        self.sum += f;
    }

    /// Count a text value. While the counts map lives it is also the exact distinct set of a text
    /// column; past `MAX_TRACKED` keys its keys seed the distinct sketch and it is dropped.
    fn count_text(&mut self, s: &str) {
        let Some(map) = &mut self.counts else {
            if self.ty == ColumnType::Text {
                self.distinct.add(hash_bytes(s.as_bytes()));
            }
            return;
        };
        if map.bump(s, MAX_TRACKED) {
            return;
        }
        if let Some(map) = self.counts.take() {
            if self.ty == ColumnType::Text {
                self.distinct.overflow();
                for (key, _) in map.values() {
                    self.distinct.add(hash_bytes(key.as_bytes()));
                }
                self.distinct.add(hash_bytes(s.as_bytes()));
            }
        }
    }

    /// The facts the column's meaning is decided from (see [`crate::semantics::Facts`]), with every
    /// value and its count in bytewise order for a text column of at most `max_values` different values.
    pub(crate) fn facts(&self, max_values: u64) -> crate::semantics::Facts {
        let value_counts = match (&self.counts, self.ty) {
            (Some(map), ColumnType::Text) if map.len() as u64 <= max_values => {
                let mut all: Vec<(String, u64)> = map.values().collect();
                all.sort_unstable_by(|a, b| a.0.cmp(&b.0));
                Some(all)
            }
            _ => None,
        };
        let number = matches!(self.ty, ColumnType::Integer | ColumnType::Real);
        let date = self.ty == ColumnType::Date;
        let only = |on: bool, n: u64| if on { n } else { 0 };
        crate::semantics::Facts {
            value_counts,
            negatives: only(number, self.negatives),
            positives: only(number, self.positives),
            below_total: if number { four_figures(self.below_total) } else { 0.0 },
            above_total: if number { four_figures(self.above_total) } else { 0.0 },
            zeros: only(number, self.zeros),
            whole: only(number, self.whole),
            first_of_year: only(date, self.first_of_year),
            first_of_month: only(date, self.first_of_month),
            marked: 0,
            marks_void: false,
            table: String::new(),
            written_nulls: 0,
        }
    }

    /// The finished profile and, when top values had to be dropped, a note saying so.
    pub(crate) fn finish(self) -> (ColumnProfile, Option<String>) {
        let (distinct, distinct_exact) = match (&self.counts, self.ty) {
            (Some(map), ColumnType::Text) => (map.len() as u64, true),
            _ => self.distinct.count(),
        };
        let mut p = ColumnProfile {
            nulls: self.nulls,
            distinct,
            distinct_exact,
            min: None,
            max: None,
            mean: None,
            top: Vec::new(),
        };
        let mut note = None;
        if self.count > 0 {
            match self.ty {
                ColumnType::Integer | ColumnType::Boolean => {
                    p.min = Some(self.min_int.into());
                    p.max = Some(self.max_int.into());
                    p.mean = Some(self.int_sum as f64 / self.count as f64);
                }
                ColumnType::Real => {
                    p.min = serde_json::Number::from_f64(self.min_num).map(serde_json::Value::Number);
                    p.max = serde_json::Number::from_f64(self.max_num).map(serde_json::Value::Number);
                    p.mean = Some(self.sum / self.count as f64);
                }
                ColumnType::Date | ColumnType::Datetime => {
                    p.min = self.min_text.map(serde_json::Value::String);
                    p.max = self.max_text.map(serde_json::Value::String);
                }
                ColumnType::Text => {}
            }
            if let Some(mean) = p.mean {
                if !mean.is_finite() {
                    p.mean = None;
                }
            }
        }
        match self.counts {
            Some(map) => {
                let mut all: Vec<(String, u64)> = map.values().collect();
                all.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                p.top = all.into_iter().take(TOP).map(|(value, count)| TopValue { value, count }).collect();
            }
            None if matches!(self.ty, ColumnType::Text) && self.count > 0 => {
                note = Some(format!("more than {MAX_TRACKED} different values: top values not tracked"));
            }
            None => {}
        }
        (p, note)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn numbers_and_text() {
        let mut s = ColumnStats::new(ColumnType::Integer);
        for c in [Cell::Int(3), Cell::Null, Cell::Int(-1), Cell::Int(3)] {
            s.add(&c);
        }
        let (p, _) = s.finish();
        assert_eq!((p.nulls, p.distinct, p.distinct_exact), (1, 2, true));
        assert_eq!((p.min, p.max, p.mean), (Some(serde_json::json!(-1)), Some(serde_json::json!(3)), Some(5.0 / 3.0)));

        let mut s = ColumnStats::new(ColumnType::Text);
        for c in ["b", "a", "b", "c", "b", "a"] {
            s.add(&Cell::Text(c));
        }
        let (p, _) = s.finish();
        let top: Vec<(&str, u64)> = p.top.iter().map(|t| (t.value.as_str(), t.count)).collect();
        assert_eq!(top, [("b", 3), ("a", 2), ("c", 1)]);
    }

    #[test]
    fn short_values_pack_into_one_integer_and_back() {
        let text = "abcdefgh\u{e9}ijklmnop";
        let mut seen = FxHashSet::default();
        for end in 0..=text.len() {
            let Some(v) = text.get(..end) else { continue };
            match pack(v) {
                Some(k) => {
                    assert_eq!(unpack(k), v);
                    assert!(seen.insert(k), "{v:?} has a key of its own");
                }
                None => assert!(v.len() > 15),
            }
        }
        assert_ne!(pack("a"), pack("a\0"));
    }

    #[test]
    fn values_that_rise_row_after_row() {
        let ints = |parts: &[&[Option<i64>]]| {
            let mut all = ColumnStats::new(ColumnType::Integer);
            for part in parts {
                let mut s = ColumnStats::new(ColumnType::Integer);
                for v in *part {
                    s.add(&v.map_or(Cell::Null, Cell::Int));
                }
                all.merge(s);
            }
            all.rising()
        };
        assert!(ints(&[&[Some(1), None, Some(5)], &[], &[Some(6), Some(90)]]));
        assert!(!ints(&[&[Some(1), Some(5)], &[Some(5), Some(90)]]), "5 twice");
        assert!(!ints(&[&[Some(1), Some(1)]]));
        assert!(!ints(&[&[Some(3)], &[Some(2)]]));
        let texts = |parts: &[&[&str]]| {
            let mut all = ColumnStats::new(ColumnType::Text);
            for part in parts {
                let mut s = ColumnStats::new(ColumnType::Text);
                for v in *part {
                    s.add(&Cell::Text(v));
                }
                all.merge(s);
            }
            all.rising()
        };
        assert!(texts(&[&["A-1", "A-2"], &["A-3"]]));
        assert!(!texts(&[&["A-1", "A-2"], &["A-10"]]), "bytewise, A-10 comes before A-2");
        assert!(!ColumnStats::new(ColumnType::Real).rising());
    }

    #[test]
    fn short_and_long_values_counted_alike() {
        let long = "a value longer than fifteen bytes";
        let mut s = ColumnStats::new(ColumnType::Text);
        let mut later = ColumnStats::new(ColumnType::Text);
        for (i, v) in
            ["b", long, "", "b", "exactly15bytes!", long, "b", "caf\u{e9}", "exactly15bytes!"].iter().enumerate()
        {
            if i < 4 {
                s.add(&Cell::Text(v))
            } else {
                later.add(&Cell::Text(v))
            }
        }
        s.merge(later);
        let f = s.facts(10);
        let counts = f.value_counts.unwrap();
        let counts: Vec<(&str, u64)> = counts.iter().map(|(v, n)| (v.as_str(), *n)).collect();
        assert_eq!(counts, [("", 1), (long, 2), ("b", 3), ("caf\u{e9}", 1), ("exactly15bytes!", 2)]);
        let (p, _) = s.finish();
        let top: Vec<(&str, u64)> = p.top.iter().map(|t| (t.value.as_str(), t.count)).collect();
        assert_eq!(top, [("b", 3), (long, 2), ("exactly15bytes!", 2), ("", 1), ("caf\u{e9}", 1)]);
        assert_eq!((p.distinct, p.distinct_exact), (5, true));
    }

    #[test]
    fn text_distinct_beyond_the_tracked_bound() {
        let mut s = ColumnStats::new(ColumnType::Text);
        let n = 120_000;
        for i in 0..n {
            s.add(&Cell::Text(&format!("value {i}")));
            s.add(&Cell::Text("common"));
        }
        let (p, note) = s.finish();
        assert!(p.top.is_empty() && note.is_some(), "too many values to track top values, and a note says so");
        let err = (p.distinct as f64 - n as f64).abs() / n as f64;
        assert!(err < 0.05, "estimate {} is within 5% of {n}", p.distinct);
    }

    #[test]
    fn distinct_estimate_beyond_the_exact_bound() {
        let mut s = ColumnStats::new(ColumnType::Integer);
        let n = 300_000i64;
        for i in 0..n {
            s.add(&Cell::Int(i));
        }
        let (p, _) = s.finish();
        assert!(!p.distinct_exact, "past the exact bound the count is an estimate");
        let err = (p.distinct as f64 - n as f64).abs() / n as f64;
        assert!(err < 0.05, "HyperLogLog estimate {} is within 5% of {n}", p.distinct);
    }
}
