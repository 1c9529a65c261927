//! The chart tool: a small declarative spec (line, bar, grouped/stacked bar, area, scatter, histogram)
//! rendered to a 1600×1000 PNG with plotters' bitmap backend.
//!
//! Owns the spec, turning rows into series, axis decisions (ISO dates become a real time axis with
//! calendar ticks; numbers get thousands separators, never scientific notation; categories keep their
//! order and rotate when they do not fit), the Okabe-Ito palette, the legend, and the embedded font
//! (DejaVu Sans, so output does not depend on the machine). It does not run SQL itself (the caller hands
//! it rows from the read-only path) and does not decide where files may go (`files` and `confine` do).

use crate::error::{DeskError, Result};
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

pub const WIDTH: u32 = 1600;
pub const HEIGHT: u32 = 1000;
/// Most rows a chart takes (aggregate in SQL first).
pub const MAX_CHART_ROWS: usize = 200_000;
/// Most series (lines, bar groups) in one chart.
pub const MAX_SERIES: usize = 8;
/// Most categories on a bar chart.
pub const MAX_CATEGORIES: usize = 60;

static FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const FONT: &str = "desk-sans";

/// Okabe & Ito (2008), a palette that stays distinct under the common colour-vision deficiencies.
/// Ordered so the first colours are the most distinct on white; yellow and black come last.
pub const PALETTE: [RGBColor; 8] = [
    RGBColor(0x00, 0x72, 0xB2), // blue
    RGBColor(0xE6, 0x9F, 0x00), // orange
    RGBColor(0x00, 0x9E, 0x73), // bluish green
    RGBColor(0xD5, 0x5E, 0x00), // vermillion
    RGBColor(0xCC, 0x79, 0xA7), // reddish purple
    RGBColor(0x56, 0xB4, 0xE9), // sky blue
    RGBColor(0xF0, 0xE4, 0x42), // yellow
    RGBColor(0x00, 0x00, 0x00), // black
];
const INK: RGBColor = RGBColor(0x22, 0x22, 0x22);
const GRID: RGBColor = RGBColor(0xE2, 0xE2, 0xE2);
const MUTED: RGBColor = RGBColor(0x55, 0x55, 0x55);

fn ensure_font() -> Result<()> {
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    let ok = *REGISTERED.get_or_init(|| plotters::style::register_font(FONT, FontStyle::Normal, FONT_BYTES).is_ok());
    if ok {
        Ok(())
    } else {
        Err(DeskError::ChartRender { message: "the embedded font could not be loaded".into() })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    Line,
    Bar,
    GroupedBar,
    StackedBar,
    Area,
    Scatter,
    Histogram,
}

impl ChartKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChartKind::Line => "line",
            ChartKind::Bar => "bar",
            ChartKind::GroupedBar => "grouped_bar",
            ChartKind::StackedBar => "stacked_bar",
            ChartKind::Area => "area",
            ChartKind::Scatter => "scatter",
            ChartKind::Histogram => "histogram",
        }
    }
    fn is_bar(self) -> bool {
        matches!(self, ChartKind::Bar | ChartKind::GroupedBar | ChartKind::StackedBar)
    }
}

/// One or more column names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Columns {
    #[default]
    None,
    One(String),
    Many(Vec<String>),
}

impl Columns {
    fn to_vec(&self) -> Vec<String> {
        match self {
            Columns::None => vec![],
            Columns::One(s) => vec![s.clone()],
            Columns::Many(v) => v.clone(),
        }
    }
}

/// Inline data: `{columns, rows}` or an array of objects.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum InlineData {
    Table { columns: Vec<String>, rows: Vec<Vec<serde_json::Value>> },
    Records(Vec<serde_json::Map<String, serde_json::Value>>),
}

/// The declarative chart spec a model writes.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ChartSpec {
    #[serde(rename = "type")]
    pub kind: ChartKind,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub x_label: Option<String>,
    #[serde(default)]
    pub y_label: Option<String>,
    #[serde(default)]
    pub sql: Option<String>,
    #[serde(default)]
    pub data: Option<InlineData>,
    #[serde(default)]
    pub x: Option<String>,
    #[serde(default, alias = "series")]
    pub y: Columns,
    #[serde(default)]
    pub group: Option<String>,
    #[serde(default)]
    pub bins: Option<usize>,
    pub output: String,
}

/// Rows with named columns, whatever their source.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<serde_json::Value>>,
}

/// Most columns inline data may have (for records: distinct keys, each a column).
pub const MAX_INLINE_COLUMNS: usize = 64;

impl InlineData {
    /// The inline data as a table. The limits are checked first (rows, then the distinct keys of
    /// records, as they are met), and the work is linear in the size of the data.
    pub fn into_table(self) -> Result<Table> {
        let rows = match &self {
            InlineData::Table { rows, .. } => rows.len(),
            InlineData::Records(recs) => recs.len(),
        };
        if rows > MAX_CHART_ROWS {
            return Err(spec_err(format!(
                "{rows} rows of inline data is more than a chart takes ({MAX_CHART_ROWS}); aggregate in SQL first"
            )));
        }
        match self {
            InlineData::Table { columns, .. } if columns.len() > MAX_INLINE_COLUMNS => Err(spec_err(format!(
                "inline data with {} columns is more than a chart takes ({MAX_INLINE_COLUMNS}); keep the x, y and group columns",
                columns.len()
            ))),
            InlineData::Table { columns, rows } => Ok(Table { columns, rows }),
            InlineData::Records(recs) => {
                // Columns in order of first appearance; whether each ever holds text, found in the same pass.
                let mut index: HashMap<&str, usize> = HashMap::new();
                let mut columns: Vec<(&str, bool)> = Vec::new();
                for r in &recs {
                    for (k, v) in r {
                        let i = match index.get(k.as_str()) {
                            Some(&i) => i,
                            None => {
                                if columns.len() == MAX_INLINE_COLUMNS {
                                    return Err(spec_err(format!(
                                        "the records of inline data use more than {MAX_INLINE_COLUMNS} different keys; \
                                         give {{\"columns\", \"rows\"}} or query with \"sql\""
                                    )));
                                }
                                index.insert(k.as_str(), columns.len());
                                columns.push((k.as_str(), false));
                                columns.len() - 1
                            }
                        };
                        if v.is_string() && number(v).is_none() {
                            columns[i].1 = true;
                        }
                    }
                }
                // Objects do not keep key order, so put columns that hold text first: the x column
                // (the default) is then the label or date column rather than a number.
                let mut order: Vec<usize> = (0..columns.len()).collect();
                order.sort_by_key(|&i| !columns[i].1);
                let names: Vec<String> = order.iter().map(|&i| columns[i].0.to_string()).collect();
                let rows = recs
                    .iter()
                    .map(|r| names.iter().map(|c| r.get(c).cloned().unwrap_or(serde_json::Value::Null)).collect())
                    .collect();
                Ok(Table { columns: names, rows })
            }
        }
    }
}

fn spec_err(message: impl Into<String>) -> DeskError {
    DeskError::ChartSpec { message: message.into() }
}

fn col_index(t: &Table, name: &str) -> Result<usize> {
    t.columns
        .iter()
        .position(|c| c == name)
        .or_else(|| t.columns.iter().position(|c| c.eq_ignore_ascii_case(name)))
        .ok_or_else(|| spec_err(format!("no column {name:?} in the data (columns: {})", t.columns.join(", "))))
}

/// Largest magnitude a chart plots; beyond it axis arithmetic stops being exact.
const MAX_MAGNITUDE: f64 = 1e15;

fn number(v: &serde_json::Value) -> Option<f64> {
    let f = match v {
        serde_json::Value::Number(n) => n.as_f64(),
        serde_json::Value::String(s) => s.trim().parse::<f64>().ok(),
        serde_json::Value::Bool(b) => Some(if *b { 1.0 } else { 0.0 }),
        _ => None,
    };
    f.filter(|f| f.is_finite() && f.abs() <= MAX_MAGNITUDE)
}

fn label_of(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "(empty)".into(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

// ---------- dates ----------

use crate::calendar::{civil_from_days, days_from_civil};

fn digits(s: &str) -> Option<i64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// An ISO-8601 date (`2024-03-05`), month (`2024-03`) or date-time (`2024-03-05T14:30[:00][Z|+01:00]`,
/// also with a space) as fractional days since the epoch. Zones are ignored (wall-clock time).
pub fn parse_iso_date(s: &str) -> Option<f64> {
    let s = s.trim();
    let (date, time) = match s.find(['T', ' ']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let parts: Vec<&str> = date.split('-').collect();
    let (y, m, d) = match parts.as_slice() {
        [y, m] if y.len() == 4 && m.len() == 2 && time.is_none() => (digits(y)?, digits(m)?, 1),
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => (digits(y)?, digits(m)?, digits(d)?),
        _ => return None,
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let mut days = days_from_civil(y, m as u32, d as u32) as f64;
    if let Some(t) = time {
        let t = t.trim_end_matches('Z');
        let t = match t.find(['+', '-']) {
            Some(i) => &t[..i],
            None => t,
        };
        let hms: Vec<&str> = t.split(':').collect();
        if hms.len() < 2 || hms.len() > 3 {
            return None;
        }
        let h = digits(hms[0])?;
        let mi = digits(hms[1])?;
        let sec: f64 = match hms.get(2) {
            Some(x) => x.parse().ok()?,
            None => 0.0,
        };
        if h > 23 || mi > 59 || !(0.0..61.0).contains(&sec) {
            return None;
        }
        days += (h as f64 * 3600.0 + mi as f64 * 60.0 + sec) / 86_400.0;
    }
    Some(days)
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

#[derive(Debug, Clone, Copy, PartialEq)]
enum DateStep {
    Hours(i64),
    Days(i64),
    Months(i64),
    Years(i64),
}

/// Calendar ticks for a date range (in days) with at most `max` ticks, and how to label them.
fn date_ticks(lo: f64, hi: f64, max: usize) -> (Vec<f64>, DateStep) {
    let steps = [
        DateStep::Hours(1),
        DateStep::Hours(2),
        DateStep::Hours(3),
        DateStep::Hours(6),
        DateStep::Hours(12),
        DateStep::Days(1),
        DateStep::Days(2),
        DateStep::Days(7),
        DateStep::Days(14),
        DateStep::Months(1),
        DateStep::Months(2),
        DateStep::Months(3),
        DateStep::Months(6),
        DateStep::Years(1),
        DateStep::Years(2),
        DateStep::Years(5),
        DateStep::Years(10),
        DateStep::Years(20),
        DateStep::Years(50),
        DateStep::Years(100),
    ];
    for step in steps {
        let ticks = ticks_for(lo, hi, step);
        if ticks.len() <= max.max(2) {
            return (ticks, step);
        }
    }
    let step = DateStep::Years(1000);
    (ticks_for(lo, hi, step), step)
}

fn ticks_for(lo: f64, hi: f64, step: DateStep) -> Vec<f64> {
    let mut out = Vec::new();
    let eps = 1e-9;
    match step {
        DateStep::Hours(h) => {
            let per = h as f64 / 24.0;
            let mut t = (lo / per).ceil() * per;
            while t <= hi + eps && out.len() < 10_000 {
                out.push(t);
                t += per;
            }
        }
        DateStep::Days(d) => {
            let mut t = lo.ceil() as i64;
            if d == 7 || d == 14 {
                // Start weeks on a Monday (1970-01-05 was one).
                t += (7 - (t - 4).rem_euclid(7)) % 7;
            }
            while (t as f64) <= hi + eps && out.len() < 10_000 {
                out.push(t as f64);
                t += d;
            }
        }
        DateStep::Months(k) => {
            let (y, m, _) = civil_from_days(lo.floor() as i64);
            let mut idx = y * 12 + (m as i64 - 1);
            loop {
                let day = days_from_civil(idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32, 1) as f64;
                if day > hi + eps || out.len() > 10_000 {
                    break;
                }
                if day >= lo - eps && idx.rem_euclid(k) == 0 {
                    out.push(day);
                }
                idx += 1;
            }
        }
        DateStep::Years(k) => {
            let (y, _, _) = civil_from_days(lo.floor() as i64);
            let mut year = y;
            loop {
                let day = days_from_civil(year, 1, 1) as f64;
                if day > hi + eps || out.len() > 10_000 {
                    break;
                }
                if day >= lo - eps && year.rem_euclid(k) == 0 {
                    out.push(day);
                }
                year += 1;
            }
        }
    }
    out
}

fn date_label(t: f64, step: DateStep) -> String {
    let day = t.floor() as i64;
    let (y, m, d) = civil_from_days(day);
    let mon = MONTHS[(m as usize).saturating_sub(1) % 12];
    match step {
        DateStep::Hours(_) => {
            let mins = ((t - day as f64) * 1440.0).round() as i64;
            format!("{mon} {d} {:02}:{:02}", mins / 60, mins % 60)
        }
        DateStep::Days(_) => format!("{mon} {d}, {y}"),
        DateStep::Months(_) => format!("{mon} {y}"),
        DateStep::Years(_) => format!("{y}"),
    }
}

// ---------- numbers ----------

/// "Nice" ticks covering [lo, hi] with about `target` intervals: (ticks, step).
pub fn nice_ticks(lo: f64, hi: f64, target: usize) -> (Vec<f64>, f64) {
    let (lo, hi) = if hi > lo {
        (lo, hi)
    } else if lo == 0.0 {
        (0.0, 1.0)
    } else {
        let pad = lo.abs() * 0.1;
        (lo - pad, hi + pad)
    };
    let raw = (hi - lo) / target.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag);
    let start = (lo / step).floor() * step;
    let mut ticks = Vec::new();
    let mut i = 0;
    loop {
        let t = start + step * i as f64;
        ticks.push(if t.abs() < step * 1e-9 { 0.0 } else { t });
        if t >= hi - step * 1e-9 || i > 1000 {
            break;
        }
        i += 1;
    }
    (ticks, step)
}

/// Ticks every `step` covering [lo, hi].
fn nice_ticks_step(lo: f64, hi: f64, step: f64) -> (Vec<f64>, f64) {
    let start = (lo / step).floor() * step;
    let mut ticks = Vec::new();
    let mut t = start;
    while t <= hi + step * 1e-9 && ticks.len() < 1000 {
        ticks.push(t);
        t += step;
    }
    (ticks, step)
}

fn decimals_for(step: f64) -> usize {
    (0..8)
        .find(|d| {
            let scaled = step * 10f64.powi(*d as i32);
            scaled.round() != 0.0 && (scaled - scaled.round()).abs() < 1e-6 * scaled.abs()
        })
        .unwrap_or(8)
}

fn number_label(v: f64, step: f64, plain: bool) -> String {
    let d = decimals_for(step);
    if plain {
        format!("{:.*}", d, v)
    } else {
        super::sql::thousands(v, d)
    }
}

// ---------- turning rows into series ----------

#[derive(Debug, Clone, PartialEq)]
enum XAxis {
    /// Days since the epoch.
    Date,
    /// Plain numbers; `plain` when they are years (no thousands separators).
    Number { plain: bool },
    /// Category positions 0..n with their labels.
    Category(Vec<String>),
}

#[derive(Debug, Clone)]
struct Series {
    name: String,
    /// (x, y): x is a position on the x axis (days, number or category index).
    points: Vec<(f64, f64)>,
}

#[derive(Debug, Clone)]
struct Prepared {
    x_axis: XAxis,
    series: Vec<Series>,
    /// Histogram bins: (left, right, count).
    bins: Vec<(f64, f64, f64)>,
    x_name: String,
    y_name: String,
}

fn prepare(spec: &ChartSpec, t: &Table) -> Result<Prepared> {
    if t.columns.is_empty() {
        return Err(spec_err("the data has no columns"));
    }
    if t.rows.is_empty() {
        return Err(spec_err("the data has no rows; nothing to draw"));
    }
    if t.rows.len() > MAX_CHART_ROWS {
        return Err(spec_err(format!(
            "{} rows is more than a chart takes ({MAX_CHART_ROWS}); aggregate in SQL first",
            t.rows.len()
        )));
    }
    let x_idx = match &spec.x {
        Some(x) => col_index(t, x)?,
        None => 0,
    };
    let x_name = t.columns[x_idx].clone();
    if spec.kind == ChartKind::Histogram {
        let v_idx = match (&spec.x, spec.y.to_vec().first()) {
            (Some(_), _) | (None, None) => x_idx,
            (None, Some(y)) => col_index(t, y)?,
        };
        let values: Vec<f64> = t.rows.iter().filter_map(|r| r.get(v_idx).and_then(number)).collect();
        if values.is_empty() {
            return Err(spec_err(format!("column {:?} has no numbers to bin", t.columns[v_idx])));
        }
        let bins = histogram_bins(&values, spec.bins);
        return Ok(Prepared {
            x_axis: XAxis::Number { plain: is_year_like(&t.columns[v_idx], &values) },
            series: vec![],
            bins,
            x_name: t.columns[v_idx].clone(),
            y_name: "Count".into(),
        });
    }
    let group_idx = match &spec.group {
        Some(g) => Some(col_index(t, g)?),
        None => None,
    };
    let mut y_cols: Vec<usize> = Vec::new();
    for y in spec.y.to_vec() {
        y_cols.push(col_index(t, &y)?);
    }
    if y_cols.is_empty() {
        // Every other column that holds numbers.
        for i in 0..t.columns.len() {
            if i != x_idx && Some(i) != group_idx && t.rows.iter().any(|r| r.get(i).and_then(number).is_some()) {
                y_cols.push(i);
            }
        }
        if y_cols.is_empty() {
            return Err(spec_err("no numeric column to plot; name one in \"y\""));
        }
    }
    if group_idx.is_some() && y_cols.len() != 1 {
        return Err(spec_err("with \"group\", give exactly one \"y\" column"));
    }
    for &c in &y_cols {
        if !t.rows.iter().any(|r| r.get(c).and_then(number).is_some()) {
            return Err(spec_err(format!("column {:?} has no numbers", t.columns[c])));
        }
    }
    // The x axis.
    let xs: Vec<&serde_json::Value> = t.rows.iter().map(|r| r.get(x_idx).unwrap_or(&serde_json::Value::Null)).collect();
    let non_null: Vec<&&serde_json::Value> = xs.iter().filter(|v| !v.is_null()).collect();
    let all_dates = !non_null.is_empty()
        && non_null.iter().all(|v| matches!(v, serde_json::Value::String(s) if parse_iso_date(s).is_some()));
    let all_numbers = !non_null.is_empty() && non_null.iter().all(|v| number(v).is_some());
    let mut categories: Vec<String> = Vec::new();
    let mut cat_index: HashMap<String, usize> = HashMap::new();
    let x_axis = if spec.kind.is_bar() || (!all_dates && !all_numbers) {
        for v in &xs {
            let l = label_of(v);
            if !cat_index.contains_key(&l) {
                cat_index.insert(l.clone(), categories.len());
                categories.push(l);
            }
        }
        if spec.kind.is_bar() && categories.len() > MAX_CATEGORIES {
            return Err(spec_err(format!(
                "{} categories is more than a bar chart can show ({MAX_CATEGORIES}); keep the top ones in SQL \
                 (ORDER BY ... LIMIT) or use a line chart",
                categories.len()
            )));
        }
        XAxis::Category(categories.clone())
    } else if all_dates {
        XAxis::Date
    } else {
        let vals: Vec<f64> = non_null.iter().filter_map(|v| number(v)).collect();
        XAxis::Number { plain: is_year_like(&x_name, &vals) }
    };
    let x_pos = |v: &serde_json::Value| -> Option<f64> {
        match &x_axis {
            XAxis::Category(_) => cat_index.get(&label_of(v)).map(|i| *i as f64),
            XAxis::Date => match v {
                serde_json::Value::String(s) => parse_iso_date(s),
                _ => None,
            },
            XAxis::Number { .. } => number(v),
        }
    };
    let mut series: Vec<Series> = Vec::new();
    if let Some(g) = group_idx {
        let y = y_cols[0];
        let mut by_name: HashMap<String, usize> = HashMap::new();
        for r in &t.rows {
            let name = label_of(r.get(g).unwrap_or(&serde_json::Value::Null));
            let idx = match by_name.get(&name) {
                Some(i) => *i,
                None => {
                    by_name.insert(name.clone(), series.len());
                    series.push(Series { name, points: vec![] });
                    series.len() - 1
                }
            };
            if series.len() > MAX_SERIES {
                return Err(spec_err(format!(
                    "more than {MAX_SERIES} groups in {:?}; keep the largest ones in SQL or chart fewer",
                    t.columns[g]
                )));
            }
            if let (Some(x), Some(yv)) = (r.get(x_idx).and_then(x_pos), r.get(y).and_then(number)) {
                series[idx].points.push((x, yv));
            }
        }
    } else {
        if y_cols.len() > MAX_SERIES {
            return Err(spec_err(format!("at most {MAX_SERIES} series in one chart")));
        }
        for &c in &y_cols {
            let points = t
                .rows
                .iter()
                .filter_map(|r| Some((r.get(x_idx).and_then(x_pos)?, r.get(c).and_then(number)?)))
                .collect();
            series.push(Series { name: t.columns[c].clone(), points });
        }
    }
    if !matches!(x_axis, XAxis::Category(_)) && matches!(spec.kind, ChartKind::Line | ChartKind::Area) {
        for s in &mut series {
            s.points.sort_by(|a, b| a.0.total_cmp(&b.0));
        }
    }
    let y_name = if series.len() == 1 { series[0].name.clone() } else { String::new() };
    Ok(Prepared { x_axis, series, bins: vec![], x_name, y_name })
}

fn is_year_like(name: &str, values: &[f64]) -> bool {
    let n = name.to_ascii_lowercase();
    (n.contains("year") || n == "yr" || n.ends_with("_yr"))
        && values.iter().all(|v| v.fract() == 0.0 && (1000.0..=2999.0).contains(v))
}

fn histogram_bins(values: &[f64], bins: Option<usize>) -> Vec<(f64, f64, f64)> {
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if hi <= lo {
        // One distinct value: one bin of width 1 centred on it.
        return vec![(lo - 0.5, lo + 0.5, values.len() as f64)];
    }
    let n = bins.unwrap_or_else(|| ((values.len() as f64).log2().ceil() as usize + 1).clamp(5, 50)).clamp(1, 200);
    // Round the bin width to a nice number so edges read well.
    let (_, step) = nice_ticks(lo, if hi > lo { hi } else { lo + 1.0 }, n);
    let start = (lo / step).floor() * step;
    let count = (((hi - start) / step).floor() as usize + 1).max(1);
    let mut out: Vec<(f64, f64, f64)> =
        (0..count).map(|i| (start + step * i as f64, start + step * (i + 1) as f64, 0.0)).collect();
    for v in values {
        let i = (((v - start) / step).floor() as usize).min(count - 1);
        out[i].2 += 1.0;
    }
    out
}

// ---------- drawing ----------

fn font(size: f64) -> TextStyle<'static> {
    TextStyle::from((FONT, size).into_font()).color(&INK)
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn render_err<E: std::fmt::Debug>(e: E) -> DeskError {
    DeskError::ChartRender { message: format!("{e:?}") }
}

/// What was drawn.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Rendered {
    pub series: usize,
    pub points: usize,
}

/// Render `spec` over `table` to PNG bytes.
pub fn render_png(spec: &ChartSpec, table: &Table) -> Result<(Vec<u8>, Rendered)> {
    ensure_font()?;
    let prepared = prepare(spec, table)?;
    let mut rgb = vec![0u8; (WIDTH * HEIGHT * 3) as usize];
    let rendered = {
        let root = BitMapBackend::with_buffer(&mut rgb, (WIDTH, HEIGHT)).into_drawing_area();
        let r = draw(&root, spec, &prepared)?;
        root.present().map_err(render_err)?;
        r
    };
    let mut png_bytes = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut png_bytes, WIDTH, HEIGHT);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        let mut w = enc.write_header().map_err(render_err)?;
        w.write_image_data(&rgb).map_err(render_err)?;
        w.finish().map_err(render_err)?;
    }
    Ok((png_bytes, rendered))
}

type Area<'a> = DrawingArea<BitMapBackend<'a>, plotters::coord::Shift>;

/// The x axis as drawn: its range, tick positions, and what the ticks step by.
struct XTicks {
    lo: f64,
    hi: f64,
    ticks: Vec<f64>,
    step: f64,
    date_step: DateStep,
}

/// A linear f64 axis whose ticks we choose (calendar ticks, category centres, nice numbers).
struct Axis {
    lo: f64,
    hi: f64,
    ticks: Vec<f64>,
}

impl Ranged for Axis {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        let span = self.hi - self.lo;
        let frac = if span > 0.0 { (value - self.lo) / span } else { 0.5 };
        limit.0 + (frac * (limit.1 - limit.0) as f64).round() as i32
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.ticks.clone()
        }
    }

    fn range(&self) -> std::ops::Range<f64> {
        self.lo..self.hi
    }
}

fn text_width(area: &Area<'_>, s: &str, style: &TextStyle<'_>) -> u32 {
    area.estimate_text_size(s, style).map(|(w, _)| w).unwrap_or((s.chars().count() * 14) as u32)
}

fn draw(root: &Area<'_>, spec: &ChartSpec, p: &Prepared) -> Result<Rendered> {
    root.fill(&WHITE).map_err(render_err)?;
    let label_style = font(26.0);
    let desc_style = font(28.0).color(&MUTED);
    let legend_style = font(26.0);

    // Title, shrunk to fit the width.
    let mut top = 24i32;
    if !spec.title.trim().is_empty() {
        let mut title = truncate(spec.title.trim(), 90);
        let mut size = 44.0;
        while text_width(root, &title, &font(size)) > WIDTH - 80 && size > 28.0 {
            size -= 2.0;
        }
        while text_width(root, &title, &font(size)) > WIDTH - 80 && title.chars().count() > 10 {
            title = truncate(&title, title.chars().count() - 4);
        }
        text_at(root, &title, (WIDTH / 2) as i32, top as f64 + CAP * size, HPos::Center, size, INK)?;
        top += size as i32 + 22;
    }

    // Legend, in rows under the title, when there is more than one series.
    if p.series.len() > 1 {
        let entries: Vec<(String, RGBColor)> =
            p.series.iter().enumerate().map(|(i, s)| (truncate(&s.name, 40), PALETTE[i % PALETTE.len()])).collect();
        let widths: Vec<i32> =
            entries.iter().map(|(n, _)| text_width(root, n, &legend_style) as i32 + 36 + 40).collect();
        let mut rows: Vec<Vec<usize>> = vec![vec![]];
        let mut used = 0;
        let avail = WIDTH as i32 - 160;
        for (i, w) in widths.iter().enumerate() {
            if used + w > avail && !rows.last().map(|r| r.is_empty()).unwrap_or(true) {
                rows.push(vec![]);
                used = 0;
            }
            if let Some(r) = rows.last_mut() {
                r.push(i);
            }
            used += w;
        }
        for row in rows {
            let total: i32 = row.iter().map(|i| widths[*i]).sum::<i32>() - 40;
            let mut x = (WIDTH as i32 - total) / 2;
            for i in row {
                let (name, color) = &entries[i];
                root.draw(&Rectangle::new([(x, top + 4), (x + 26, top + 26)], color.filled())).map_err(render_err)?;
                text_at(root, name, x + 36, (top + 15) as f64 + CAP * 26.0 / 2.0, HPos::Left, 26.0, INK)?;
                x += widths[i];
            }
            top += 40;
        }
        top += 6;
    }
    let (_, body) = root.split_vertically(top as u32);

    // Axes. The x ticks are chosen for about `target` labels, fewer when their labels would touch.
    let bar_like = spec.kind.is_bar();
    let x_axis_for = |target: usize| -> XTicks {
        match (&p.x_axis, spec.kind) {
            (_, ChartKind::Histogram) => {
                let mut lo = p.bins.first().map(|b| b.0).unwrap_or(0.0);
                let mut hi = p.bins.last().map(|b| b.1).unwrap_or(1.0);
                if p.bins.len() <= 2 {
                    // A lone bar should not fill the whole plot.
                    let w = hi - lo;
                    lo -= w;
                    hi += w;
                }
                let (t, s) = nice_ticks(lo, hi, target + 1);
                XTicks {
                    lo: lo.min(t.first().copied().unwrap_or(lo)),
                    hi: hi.max(t.last().copied().unwrap_or(hi)),
                    ticks: t,
                    step: s,
                    date_step: DateStep::Days(1),
                }
            }
            (XAxis::Category(c), _) => XTicks {
                lo: -0.5,
                hi: c.len() as f64 - 0.5,
                ticks: (0..c.len()).map(|i| i as f64).collect(),
                step: 1.0,
                date_step: DateStep::Days(1),
            },
            (XAxis::Date, _) => {
                let (lo, hi) = min_max(p.series.iter().flat_map(|s| s.points.iter().map(|pt| pt.0)));
                let (lo, hi) = if hi > lo { (lo, hi) } else { (lo - 1.0, hi + 1.0) };
                let (t, st) = date_ticks(lo, hi, target);
                let pad = if spec.kind == ChartKind::Area { 0.0 } else { (hi - lo) * 0.015 };
                XTicks { lo: lo - pad, hi: hi + pad, ticks: t, step: 1.0, date_step: st }
            }
            (XAxis::Number { .. }, _) => {
                let (lo, hi) = min_max(p.series.iter().flat_map(|s| s.points.iter().map(|pt| pt.0)));
                // A single x value still gets an axis with some width around it.
                let (lo, hi) = if hi > lo { (lo, hi) } else { (lo - 1.0, hi + 1.0) };
                let all_int = p.series.iter().all(|s| s.points.iter().all(|pt| pt.0.fract() == 0.0));
                let (t, s) = nice_ticks(lo, hi, target);
                // Whole numbers (years, counts) never get ticks between them.
                let (t, s) = if all_int && s < 1.0 { nice_ticks_step(lo, hi, 1.0) } else { (t, s) };
                let (x_lo, x_hi) = if spec.kind == ChartKind::Scatter {
                    // Points keep off the axes.
                    let pad = (hi - lo) * 0.02;
                    (t.first().copied().unwrap_or(lo).min(lo - pad), t.last().copied().unwrap_or(hi).max(hi + pad))
                } else {
                    // Lines get a little air at the ends so the first point does not sit on the axis.
                    let pad = if spec.kind == ChartKind::Area { 0.0 } else { (hi - lo) * 0.015 };
                    (lo - pad, hi + pad)
                };
                let ticks = t.into_iter().filter(|v| *v >= x_lo - s * 1e-9 && *v <= x_hi + s * 1e-9).collect();
                XTicks { lo: x_lo, hi: x_hi, ticks, step: s, date_step: DateStep::Days(1) }
            }
        }
    };
    let x_labels_for = |x: &XTicks| -> Vec<String> {
        match (&p.x_axis, spec.kind) {
            (_, ChartKind::Histogram) => x.ticks.iter().map(|v| number_label(*v, x.step, plain_x(&p.x_axis))).collect(),
            (XAxis::Category(c), _) => c.iter().map(|s| truncate(s, 28)).collect(),
            (XAxis::Date, _) => x.ticks.iter().map(|t| date_label(*t, x.date_step)).collect(),
            (XAxis::Number { plain }, _) => x.ticks.iter().map(|v| number_label(*v, x.step, *plain)).collect(),
        }
    };
    // y range
    let (mut y_lo, mut y_hi) = if spec.kind == ChartKind::Histogram {
        (0.0, p.bins.iter().map(|b| b.2).fold(0.0, f64::max))
    } else if spec.kind == ChartKind::StackedBar {
        let mut pos: HashMap<i64, f64> = HashMap::new();
        let mut neg: HashMap<i64, f64> = HashMap::new();
        for s in &p.series {
            for (x, y) in &s.points {
                let e = if *y >= 0.0 { pos.entry(*x as i64).or_default() } else { neg.entry(*x as i64).or_default() };
                *e += y;
            }
        }
        (neg.values().copied().fold(0.0, f64::min), pos.values().copied().fold(0.0, f64::max))
    } else {
        min_max(p.series.iter().flat_map(|s| s.points.iter().map(|pt| pt.1)))
    };
    if bar_like || matches!(spec.kind, ChartKind::Area | ChartKind::Histogram) {
        y_lo = y_lo.min(0.0);
        y_hi = y_hi.max(0.0);
    } else if y_hi > y_lo {
        // Lines and points get a little air, but never cross zero because of it.
        let pad = (y_hi - y_lo) * 0.05;
        y_lo = if y_lo >= 0.0 { (y_lo - pad).max(0.0) } else { y_lo - pad };
        y_hi += pad;
    }
    let (y_ticks, y_step) = nice_ticks(y_lo, y_hi, 8);
    // Counts are whole numbers.
    let (y_ticks, y_step) = if spec.kind == ChartKind::Histogram && y_step < 1.0 {
        nice_ticks_step(y_lo, y_hi, 1.0)
    } else {
        (y_ticks, y_step)
    };
    let y_min = y_ticks.first().copied().unwrap_or(y_lo).min(y_lo);
    let y_max = y_ticks.last().copied().unwrap_or(y_hi).max(y_hi);

    // x labels: category labels that do not fit side by side are drawn turned.
    let y_labels: Vec<String> = y_ticks.iter().map(|v| number_label(*v, y_step, false)).collect();
    let y_label_w = y_labels.iter().map(|l| text_width(root, l, &label_style)).max().unwrap_or(40);
    let plot_w = WIDTH as f64 - y_label_w as f64 - 200.0;
    let mut target = 9;
    let (xt, x_labels) = loop {
        let xt = x_axis_for(target);
        let labels = x_labels_for(&xt);
        if matches!(p.x_axis, XAxis::Category(_)) && spec.kind != ChartKind::Histogram || target <= 2 {
            break (xt, labels);
        }
        // Closest pair of ticks, in pixels, against the widest label.
        let span = (xt.hi - xt.lo).max(f64::MIN_POSITIVE);
        let gap = xt.ticks.windows(2).map(|w| (w[1] - w[0]) / span * plot_w).fold(f64::INFINITY, f64::min);
        let widest = labels.iter().map(|l| text_width(root, l, &label_style)).max().unwrap_or(0) as f64;
        if widest + 24.0 <= gap {
            break (xt, labels);
        }
        target = target * 2 / 3;
    };
    let (x_lo, x_hi, x_ticks) = (xt.lo, xt.hi, xt.ticks);
    // Room on the right for half of the last label, so it is not cut at the edge.
    let last_half = x_labels.last().map(|l| text_width(root, l, &label_style) / 2).unwrap_or(0);
    let margin_right = if matches!(p.x_axis, XAxis::Category(_)) { 60 } else { (last_half + 20).max(60) };
    let max_x_label_w = x_labels.iter().map(|l| text_width(root, l, &label_style)).max().unwrap_or(40) as f64;
    let slot = if x_labels.is_empty() { plot_w } else { plot_w / x_labels.len() as f64 };
    let turned =
        matches!(p.x_axis, XAxis::Category(_)) && spec.kind != ChartKind::Histogram && max_x_label_w > slot * 0.92;
    // When even turned labels would overlap, show every k-th one.
    let every = if turned { ((34.0 / slot).ceil() as usize).max(1) } else { 1 };
    let x_area = if turned { max_x_label_w as u32 + 24 } else { 52 };
    let x_desc = spec.x_label.clone().unwrap_or_else(|| p.x_name.clone());
    let y_desc = spec.y_label.clone().unwrap_or_else(|| p.y_name.clone());

    let x_range = Axis { lo: x_lo, hi: x_hi, ticks: x_ticks.clone() };
    let y_range = Axis { lo: y_min, hi: y_max, ticks: y_ticks.clone() };
    let mut chart = ChartBuilder::on(&body)
        .margin_left(30)
        .margin_right(margin_right)
        .margin_top(10)
        .margin_bottom(20)
        .x_label_area_size(x_area + if x_desc.is_empty() { 0 } else { 44 })
        .y_label_area_size(y_label_w + 30 + if y_desc.is_empty() { 0 } else { 48 })
        .build_cartesian_2d(x_range, y_range)
        .map_err(render_err)?;
    // Tick labels are drawn below (plotters' ab_glyph text sits too high for centring on a tick).
    let no_label = |_: &f64| String::new();
    {
        let mut mesh = chart.configure_mesh();
        mesh.bold_line_style(GRID.stroke_width(1))
            .axis_style(MUTED.stroke_width(2))
            .label_style(label_style.clone())
            .x_label_formatter(&no_label)
            .y_label_formatter(&no_label)
            .axis_desc_style(desc_style.clone())
            .set_tick_mark_size(LabelAreaPosition::Bottom, 8)
            .set_tick_mark_size(LabelAreaPosition::Left, 8)
            .x_labels(x_ticks.len().max(1))
            .y_labels(y_ticks.len().max(1));
        if !x_desc.is_empty() {
            mesh.x_desc(truncate(&x_desc, 80));
        }
        if !y_desc.is_empty() {
            mesh.y_desc(truncate(&y_desc, 60));
        }
        mesh.disable_x_mesh();
        mesh.draw().map_err(render_err)?;
    }
    let size = 26.0;
    let (plot_x, plot_y) = chart.plotting_area().get_pixel_range();
    for (t, l) in y_ticks.iter().zip(&y_labels) {
        let (_, py) = chart.backend_coord(&(x_lo, *t));
        text_at(root, l, plot_x.start - 14, py as f64 + CAP * size / 2.0, HPos::Right, size, INK)?;
    }
    for (i, (t, l)) in x_ticks.iter().zip(&x_labels).enumerate() {
        if i % every != 0 {
            continue;
        }
        let (px, _) = chart.backend_coord(&(*t, y_min));
        let py = plot_y.end;
        if turned {
            // Turned a quarter left, reading upwards, ending just under the axis.
            let style = font(size).transform(FontTransform::Rotate270).pos(Pos::new(HPos::Right, VPos::Top));
            let x = px - ((BASELINE - CAP / 2.0) * size) as i32;
            root.draw_text(l, &style, (x, py + 14)).map_err(render_err)?;
        } else {
            text_at(root, l, px, py as f64 + 14.0 + CAP * size, HPos::Center, size, INK)?;
        }
    }

    let mut points = 0usize;
    let n_series = p.series.len();
    match spec.kind {
        ChartKind::Histogram => {
            let color = PALETTE[0];
            chart
                .draw_series(
                    p.bins.iter().map(|(l, r, c)| Rectangle::new([(*l, 0.0), (*r, *c)], color.mix(0.85).filled())),
                )
                .map_err(render_err)?;
            chart
                .draw_series(
                    p.bins.iter().map(|(l, r, c)| Rectangle::new([(*l, 0.0), (*r, *c)], WHITE.stroke_width(2))),
                )
                .map_err(render_err)?;
            points = p.bins.len();
        }
        ChartKind::Line | ChartKind::Area => {
            if spec.kind == ChartKind::Area {
                let base = 0f64.max(y_min);
                let alpha = if n_series > 1 { 0.22 } else { 0.35 };
                for (i, s) in p.series.iter().enumerate() {
                    if let (Some(first), Some(last)) = (s.points.first(), s.points.last()) {
                        let mut poly: Vec<(f64, f64)> = s.points.clone();
                        poly.push((last.0, base));
                        poly.push((first.0, base));
                        let color = PALETTE[i % PALETTE.len()];
                        chart
                            .draw_series(std::iter::once(Polygon::new(poly, color.mix(alpha).filled())))
                            .map_err(render_err)?;
                    }
                }
            }
            for (i, s) in p.series.iter().enumerate() {
                let color = PALETTE[i % PALETTE.len()];
                chart
                    .draw_series(std::iter::once(PathElement::new(s.points.clone(), color.stroke_width(4))))
                    .map_err(render_err)?;
                if spec.kind == ChartKind::Line && s.points.len() <= 60 {
                    chart
                        .draw_series(s.points.iter().map(|pt| Circle::new(*pt, 6, color.filled())))
                        .map_err(render_err)?;
                }
                points += s.points.len();
            }
        }
        ChartKind::Scatter => {
            let radius = if p.series.iter().map(|s| s.points.len()).sum::<usize>() > 2000 { 3 } else { 7 };
            for (i, s) in p.series.iter().enumerate() {
                let color = PALETTE[i % PALETTE.len()];
                chart
                    .draw_series(s.points.iter().map(|pt| Circle::new(*pt, radius, color.mix(0.7).filled())))
                    .map_err(render_err)?;
                points += s.points.len();
            }
        }
        ChartKind::Bar | ChartKind::GroupedBar => {
            let width = 0.8;
            let each = width / n_series.max(1) as f64;
            for (i, s) in p.series.iter().enumerate() {
                let color = PALETTE[i % PALETTE.len()];
                let off = -width / 2.0 + each * i as f64;
                let gap = if n_series > 1 { each * 0.08 } else { 0.0 };
                chart
                    .draw_series(s.points.iter().map(|(x, y)| {
                        Rectangle::new([(x + off + gap, 0.0), (x + off + each - gap, *y)], color.filled())
                    }))
                    .map_err(render_err)?;
                points += s.points.len();
            }
        }
        ChartKind::StackedBar => {
            let mut pos: HashMap<i64, f64> = HashMap::new();
            let mut neg: HashMap<i64, f64> = HashMap::new();
            for (i, s) in p.series.iter().enumerate() {
                let color = PALETTE[i % PALETTE.len()];
                let mut rects = Vec::new();
                for (x, y) in &s.points {
                    let acc =
                        if *y >= 0.0 { pos.entry(*x as i64).or_default() } else { neg.entry(*x as i64).or_default() };
                    let (b, t) = (*acc, *acc + y);
                    *acc = t;
                    rects.push(Rectangle::new([(x - 0.4, b), (x + 0.4, t)], color.filled()));
                }
                chart.draw_series(rects).map_err(render_err)?;
                points += s.points.len();
            }
        }
    }
    // A zero line when the values cross zero.
    if y_min < 0.0 && y_max > 0.0 {
        chart
            .draw_series(std::iter::once(PathElement::new(vec![(x_lo, 0.0), (x_hi, 0.0)], MUTED.stroke_width(2))))
            .map_err(render_err)?;
    }
    Ok(Rendered { series: n_series.max(usize::from(spec.kind == ChartKind::Histogram)), points })
}

/// Where plotters' ab_glyph text puts the baseline below a `VPos::Top` anchor, and the cap height of
/// DejaVu Sans, both as fractions of the pixel size.
const BASELINE: f64 = 0.5;
const CAP: f64 = 0.626;

/// Draw `text` with its baseline at `baseline_y`.
fn text_at(area: &Area<'_>, text: &str, x: i32, baseline_y: f64, h: HPos, size: f64, color: RGBColor) -> Result<()> {
    let style = font(size).color(&color).pos(Pos::new(h, VPos::Top));
    area.draw_text(text, &style, (x, (baseline_y - BASELINE * size).round() as i32)).map_err(render_err)
}

fn plain_x(x: &XAxis) -> bool {
    matches!(x, XAxis::Number { plain: true })
}

fn min_max(it: impl Iterator<Item = f64>) -> (f64, f64) {
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for v in it {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if lo.is_finite() && hi.is_finite() {
        (lo, hi)
    } else {
        (0.0, 1.0)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn iso_dates_parse() {
        assert_eq!(parse_iso_date("1970-01-01"), Some(0.0));
        assert_eq!(parse_iso_date("2024-03"), Some(days_from_civil(2024, 3, 1) as f64));
        assert_eq!(parse_iso_date("1970-01-02T12:00:00Z"), Some(1.5));
        assert_eq!(parse_iso_date("1970-01-02 06:00"), Some(1.25));
        assert_eq!(parse_iso_date("2024-13-01"), None);
        assert_eq!(parse_iso_date("hello"), None);
        assert_eq!(parse_iso_date("12"), None);
        for d in [-800_000i64, -1, 0, 59, 19_000, 2_000_000] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
    }

    #[test]
    fn nice_ticks_are_round() {
        let (t, s) = nice_ticks(0.0, 97.0, 8);
        assert_eq!(s, 20.0);
        assert_eq!(t, vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        let (_, s) = nice_ticks(0.0, 1.3e6, 8);
        assert_eq!(s, 200_000.0);
        assert_eq!(number_label(1_200_000.0, s, false), "1,200,000");
        assert_eq!(number_label(0.25, 0.05, false), "0.25");
        assert_eq!(number_label(0.5, 0.25, false), "0.50");
    }

    #[test]
    fn month_ticks_land_on_month_starts() {
        let lo = days_from_civil(2024, 1, 15) as f64;
        let hi = days_from_civil(2024, 12, 20) as f64;
        let (ticks, step) = date_ticks(lo, hi, 9);
        assert_eq!(step, DateStep::Months(2));
        assert_eq!(date_label(ticks[0], step), "Mar 2024", "two-month ticks fall on Jan, Mar, May ...");
    }
}
