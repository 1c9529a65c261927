//! How the offline analyst writes numbers, periods and file names: thousands separators, a fixed number
//! of decimals per kind of figure, signed percentages, "March 2026" for a month key. Pure functions.

use super::question::Grain;
use crate::tools::sql::thousands;

pub fn fmt_num(v: f64, decimals: usize) -> String {
    thousands(v, decimals)
}

/// "+12.34%" / "-3.10%"
pub fn fmt_pct_signed(v: f64) -> String {
    format!("{}{}%", if v > 0.0 { "+" } else { "" }, thousands(v, 2))
}

pub fn fmt_pct(v: f64) -> String {
    format!("{}%", thousands(v, 2))
}

/// A period key as people read it: "2026-03" -> "March 2026", "2026-Q1" -> "Q1 2026".
pub fn period_label(g: Grain, key: &str) -> String {
    match g {
        Grain::Month => {
            let m: usize = key.get(5..7).and_then(|s| s.parse().ok()).unwrap_or(0);
            match (key.get(0..4), crate::calendar::MONTH_NAMES.get(m.wrapping_sub(1))) {
                (Some(y), Some(name)) if key.len() == 7 => format!("{name} {y}"),
                _ => key.to_string(),
            }
        }
        Grain::Quarter => match key.split_once("-Q") {
            Some((y, qn)) => format!("Q{qn} {y}"),
            None => key.to_string(),
        },
        Grain::Week => format!("the week of {key}"),
        _ => key.to_string(),
    }
}

/// A file-name-safe slug: "revenue by region" -> "revenue-by-region".
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    if out.is_empty() {
        "chart".into()
    } else {
        out.trim_end_matches('-').to_string()
    }
}
