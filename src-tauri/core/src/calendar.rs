//! Civil-calendar arithmetic (proleptic Gregorian, UTC): days since 1970-01-01 to and from year, month,
//! day, after Howard Hinnant's algorithms. One copy for the CLI's timestamps, the type inference of
//! dates, chart time axes and the benchmarks. No time zones, no formatting beyond ISO dates.

/// The months' English names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Days in a month of a year (0 for a month outside 1..=12).
pub fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a civil date.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date (year, month, day) of a count of days since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// (year, month, day) of an ISO date's first ten characters (`2026-03-15`, `2026-03-15 10:00`).
pub fn ymd_of_iso(s: &str) -> Option<(i64, u32, u32)> {
    Some((s.get(0..4)?.parse().ok()?, s.get(5..7)?.parse().ok()?, s.get(8..10)?.parse().ok()?))
}

/// Days since 1970-01-01 of an ISO date's first ten characters.
pub fn day_of_iso(s: &str) -> Option<i64> {
    let (y, m, d) = ymd_of_iso(s)?;
    Some(days_from_civil(y, m, d))
}

/// The ISO date (`YYYY-MM-DD`) of a count of days since 1970-01-01.
pub fn iso_of_day(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_to_days_and_back() {
        assert_eq!(day_of_iso("1970-01-02"), Some(1));
        assert_eq!(day_of_iso("2026-03-15 10:00"), Some(days_from_civil(2026, 3, 15)));
        assert_eq!(day_of_iso("2026-03"), None, "a month is not a day");
        assert_eq!(iso_of_day(days_from_civil(2024, 2, 29)), "2024-02-29");
        assert_eq!(ymd_of_iso("2017-01-01"), Some((2017, 1, 1)));
    }

    #[test]
    fn known_dates_and_round_trips() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_454), (2026, 1, 1));
        assert_eq!(days_from_civil(2000, 2, 29), 11_016);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
        assert_eq!(
            (days_in_month(2000, 2), days_in_month(1900, 2), days_in_month(2026, 4), days_in_month(2026, 13)),
            (29, 28, 30, 0)
        );
        for z in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z, "round trip of day {z}");
        }
    }
}
