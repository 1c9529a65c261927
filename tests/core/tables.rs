//! Tables: CSV/TSV/spreadsheets in a desk become typed, profiled tables of the engine (csv-spectrum, vega, fixtures, rebuilds).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use desk_core::engine::{self, Database};
use desk_core::tables::{self, ColumnType, Stage, TableInfo};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

fn test_data(rel: &str) -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data")).join(rel)
}

fn fixture(name: &str) -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/tables")).join(name)
}

fn desk_with(files: &[PathBuf]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in files {
        fs::copy(f, dir.path().join(f.file_name().unwrap())).unwrap();
    }
    dir
}

fn sync(desk: &Path) -> tables::SyncReport {
    tables::sync(desk, &mut |_| {}).unwrap()
}

fn table_from<'a>(catalog: &'a [TableInfo], source: &str) -> &'a TableInfo {
    catalog
        .iter()
        .find(|t| t.source == source)
        .unwrap_or_else(|| panic!("{source} should have become a table; catalog has {:?}", names(catalog)))
}

fn names(catalog: &[TableInfo]) -> Vec<String> {
    catalog.iter().map(|t| format!("{} <- {}", t.name, t.source)).collect()
}

/// A stored value as these tests compare it: numbers, text, and dates and date-times by their ISO text
/// (how the importer converted them); a yes/no is 1/0.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
}

impl From<engine::Value> for Value {
    fn from(v: engine::Value) -> Self {
        match v {
            engine::Value::Null => Value::Null,
            engine::Value::Bool(b) => Value::Integer(i64::from(b)),
            engine::Value::Int(i) => Value::Integer(i),
            engine::Value::Real(f) => Value::Real(f),
            engine::Value::Text(t) => Value::Text(t),
            other => Value::Text(other.to_text().unwrap()),
        }
    }
}

fn open(desk: &Path) -> Database {
    Database::open(&tables::analysis_db_path(desk), &[("access_mode", "READ_ONLY".into())]).unwrap()
}

fn rows(desk: &Path, table: &str) -> Vec<Vec<Value>> {
    let r = open(desk).query(&format!("SELECT * FROM \"{table}\" ORDER BY rowid")).unwrap();
    r.rows.into_iter().map(|row| row.into_iter().map(Value::from).collect()).collect()
}

fn sql_tables(desk: &Path) -> Vec<String> {
    let r = open(desk).query("SELECT table_name FROM duckdb_tables() ORDER BY 1").unwrap();
    r.rows.into_iter().map(|row| row[0].to_text().unwrap()).collect()
}

/// The engine's type of a stored column (BIGINT, DOUBLE, BOOLEAN, DATE, TIMESTAMP, VARCHAR).
fn stored_type(desk: &Path, table: &str, col: &str) -> String {
    let r = open(desk)
        .query(&format!(
            "SELECT data_type FROM duckdb_columns() WHERE table_name = '{table}' AND column_name = '{col}'"
        ))
        .unwrap();
    r.rows[0][0].to_text().unwrap()
}

fn col_type(t: &TableInfo, col: &str) -> ColumnType {
    t.column(col).unwrap_or_else(|| panic!("{} should have a column {col}", t.name)).ty
}

fn text(v: &Value) -> Option<&str> {
    match v {
        Value::Text(s) => Some(s),
        _ => None,
    }
}

/// Does a stored value equal the expected string from csv-spectrum's JSON?
fn matches_expected(stored: &Value, expected: &str) -> bool {
    match stored {
        // An empty field is stored as NULL by design (a null marker).
        Value::Null => expected.trim().is_empty(),
        Value::Integer(i) => expected.trim().parse::<i64>().ok() == Some(*i),
        Value::Real(f) => expected.trim().parse::<f64>().ok() == Some(*f),
        Value::Text(s) => s == expected,
    }
}

#[test]
fn csv_spectrum_rows_equal_the_expected_json() {
    let dir = test_data("csv-spectrum/csvs");
    let mut checked = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_str().unwrap().to_string();
        let expected: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(test_data(&format!("csv-spectrum/json/{stem}.json"))).unwrap())
                .unwrap();
        // One upstream file holds a single object instead of an array of rows.
        let expected: Vec<BTreeMap<String, String>> = match expected {
            serde_json::Value::Array(a) => a.into_iter().map(|o| serde_json::from_value(o).unwrap()).collect(),
            o => vec![serde_json::from_value(o).unwrap()],
        };
        let desk = desk_with(std::slice::from_ref(&path));
        let report = sync(desk.path());
        assert!(report.failed.is_empty(), "{stem}: {:?}", report.failed);
        let catalog = tables::catalog(desk.path()).unwrap();
        let t = table_from(&catalog, path.file_name().unwrap().to_str().unwrap());
        let got = rows(desk.path(), &t.name);
        assert_eq!(got.len(), expected.len(), "{stem}: the table has as many rows as the expected JSON");
        let mut differences = Vec::new();
        for (r, (row, want)) in got.iter().zip(&expected).enumerate() {
            assert_eq!(row.len(), want.len(), "{stem} row {r}: one column per expected key");
            for (col, value) in t.columns.iter().zip(row) {
                let exp = want
                    .get(&col.original)
                    .unwrap_or_else(|| panic!("{stem}: header {:?} is an expected key", col.original));
                if !matches_expected(value, exp) {
                    differences.push((col.original.clone(), exp.clone(), format!("{value:?}")));
                }
            }
        }
        if stem == "location_coordinates" {
            // Upstream defect in csv-spectrum 2.0.0: the CSV says 2095257564, its JSON says 1234567890.
            // Everything else in the row must match.
            assert_eq!(
                differences,
                vec![("Contact Phone Number".to_string(), "1234567890".to_string(), "Integer(2095257564)".to_string())],
                "location_coordinates differs from its JSON only where the upstream JSON contradicts the CSV"
            );
        } else {
            assert!(differences.is_empty(), "{stem}: stored values equal the expected JSON: {differences:?}");
        }
        checked += 1;
    }
    assert_eq!(checked, 12, "every csv-spectrum file was checked");
}

#[test]
fn an_empty_file_gives_an_empty_table() {
    let desk = tempfile::tempdir().unwrap();
    fs::write(desk.path().join("empty.csv"), b"").unwrap();
    fs::write(desk.path().join("header_only.csv"), b"a,b\n").unwrap();
    let report = sync(desk.path());
    assert!(report.failed.is_empty(), "empty files are not errors: {:?}", report.failed);
    let catalog = tables::catalog(desk.path()).unwrap();
    let empty = table_from(&catalog, "empty.csv");
    assert_eq!(empty.rows, 0, "an empty file has no rows");
    assert_eq!(rows(desk.path(), &empty.name).len(), 0);
    let header_only = table_from(&catalog, "header_only.csv");
    assert_eq!((header_only.rows, header_only.columns.len()), (0, 2), "a header alone gives two columns, no rows");
}

/// Records of a CSV file as the csv crate counts them (independent of the importer).
fn field_counts(path: &Path, delimiter: u8) -> Vec<usize> {
    let mut rdr =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_path(path).unwrap();
    rdr.byte_records().map(|r| r.unwrap().len()).collect()
}

#[test]
fn every_vega_file_imports_with_the_expected_types() {
    let dir = test_data("vega");
    let files: Vec<PathBuf> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    assert!(files.len() >= 13, "the vega data set is present at {}", dir.display());
    let desk = desk_with(&files);
    let report = sync(desk.path());
    assert!(report.failed.is_empty(), "every vega file imports: {:?}", report.failed);
    assert_eq!(report.built.len(), files.len(), "one built source per file");
    let catalog = tables::catalog(desk.path()).unwrap();
    for f in &files {
        let name = f.file_name().unwrap().to_str().unwrap();
        let t = table_from(&catalog, name);
        let delimiter = if name.ends_with(".tsv") { b'\t' } else { b',' };
        let records = field_counts(f, delimiter).len() as u64;
        assert_eq!(t.rows, records - 1, "{name}: every record but the header is a row");
        assert_eq!(rows(desk.path(), &t.name).len() as u64, t.rows, "{name}: the table holds every row");
    }

    let seattle = table_from(&catalog, "seattle-weather.csv");
    assert_eq!(seattle.name, "seattle_weather");
    assert_eq!(col_type(seattle, "date"), ColumnType::Date);
    assert_eq!(col_type(seattle, "precipitation"), ColumnType::Real);
    assert_eq!(col_type(seattle, "temp_max"), ColumnType::Real);
    assert_eq!(col_type(seattle, "weather"), ColumnType::Text);
    let date = &seattle.column("date").unwrap().profile;
    assert_eq!(
        (date.min.as_ref().and_then(|v| v.as_str()), date.max.as_ref().and_then(|v| v.as_str())),
        (Some("2012-01-01"), Some("2015-12-31")),
        "the date range of seattle-weather"
    );
    let weather = &seattle.column("weather").unwrap().profile;
    assert_eq!(weather.distinct, 5, "five kinds of weather");
    assert_eq!(weather.top.len(), 5);
    assert!(weather.top.windows(2).all(|w| w[0].count >= w[1].count), "top values are most frequent first");

    // birdstrikes: its ragged rows (if any) are reported with the count the csv crate finds, never dropped.
    // (The copy in tests/data has 14 header names and 14 fields in every row; the ragged case is tested
    // below on the same file with its last header name removed.)
    let path = dir.join("birdstrikes.csv");
    let counts = field_counts(&path, b',');
    let header = counts[0];
    let longer = counts[1..].iter().filter(|n| **n > header).count();
    let birds = table_from(&catalog, "birdstrikes.csv");
    assert_eq!(birds.columns.len(), *counts.iter().max().unwrap(), "one column per field of the widest row");
    let ragged_warning = birds.warnings.iter().any(|w| w.contains("more fields than the header"));
    assert_eq!(ragged_warning, longer > 0, "a ragged warning exactly when rows are longer: {:?}", birds.warnings);
    assert_eq!(col_type(birds, "flight_date"), ColumnType::Date);
    assert_eq!(col_type(birds, "cost_total"), ColumnType::Integer);
    assert_eq!(birds.column("cost_total").unwrap().original, "Cost Total $", "the original header is kept");

    let unemployment = table_from(&catalog, "unemployment.tsv");
    assert_eq!(unemployment.format.delimiter.as_deref(), Some("tab"), "unemployment.tsv is tab-delimited");
    assert_eq!(col_type(unemployment, "id"), ColumnType::Integer);
    assert_eq!(col_type(unemployment, "rate"), ColumnType::Real);

    let github = table_from(&catalog, "github.csv");
    assert_eq!(col_type(github, "time"), ColumnType::Datetime, "github timestamps are date-times");
    assert_eq!(col_type(github, "count"), ColumnType::Integer);
    let first = rows(desk.path(), &github.name)[0][0].clone();
    assert_eq!(text(&first), Some("2015-01-01 01:00:00"), "Y/m/d H:M:S is stored as ISO-8601");

    let iowa = table_from(&catalog, "iowa-electricity.csv");
    assert_eq!(col_type(iowa, "year"), ColumnType::Date);
    assert_eq!(col_type(iowa, "net_generation"), ColumnType::Integer);
    let disasters = table_from(&catalog, "disasters.csv");
    assert_eq!(col_type(disasters, "year"), ColumnType::Integer);
    assert_eq!(disasters.column("year").unwrap().original, "Year");
    assert_eq!(col_type(disasters, "entity"), ColumnType::Text);
    let airports = table_from(&catalog, "airports.csv");
    assert_eq!(col_type(airports, "latitude"), ColumnType::Real);
    assert_eq!(col_type(airports, "iata"), ColumnType::Text);
    let riots = table_from(&catalog, "la-riots.csv");
    assert_eq!(col_type(riots, "death_date"), ColumnType::Date);
    assert_eq!(col_type(riots, "age"), ColumnType::Integer);
    let co2 = table_from(&catalog, "co2-concentration.csv");
    assert_eq!(col_type(co2, "co2"), ColumnType::Real);
    assert_eq!(col_type(co2, "adjusted_co2"), ColumnType::Real);
    let gap = table_from(&catalog, "gapminder-health-income.csv");
    assert_eq!(col_type(gap, "population"), ColumnType::Integer);
    let income = &gap.column("income").unwrap().profile;
    assert!(income.mean.is_some() && income.min.is_some() && income.max.is_some(), "numbers get min, max and mean");
    // Decimals all between 0 and 1 (engineers as a share of population) are a fraction: averaged, shown
    // as percentages, never added up; a count of hurricanes adds up.
    let peh = table_from(&catalog, "population_engineers_hurricanes.csv");
    let role = |t: &TableInfo, c: &str| t.column(c).unwrap().semantics.as_ref().map(|m| m.role);
    assert_eq!(role(peh, "engineers"), Some(desk_core::semantics::Role::Fraction));
    assert_eq!(role(peh, "hurricanes"), Some(desk_core::semantics::Role::Amount));
    assert_eq!(role(unemployment, "rate"), Some(desk_core::semantics::Role::Fraction));
    // github.csv: one row per hour with events, a "count" of them: counts add up across hours (a series
    // of readings, like co2 levels, would be averaged).
    assert_eq!(role(github, "count"), Some(desk_core::semantics::Role::Amount));
    assert_eq!(role(co2, "co2"), Some(desk_core::semantics::Role::Level));
    // A column of words (state names, countries) is text: no word of it is "counted as missing".
    for t in &catalog {
        for c in t.columns.iter().filter(|c| c.ty == ColumnType::Text) {
            assert!(!c.notes.iter().any(|n| n.contains("counted as missing")), "{}.{}: {:?}", t.name, c.name, c.notes);
        }
    }
}

#[test]
fn ragged_rows_are_reported_not_dropped() {
    // birdstrikes.csv with its last header name removed: 13 names over rows of 14 fields (built here).
    let original = fs::read_to_string(test_data("vega/birdstrikes.csv")).unwrap();
    let (head, body) = original.split_once('\n').unwrap();
    let head = head.trim_end_matches('\r');
    let trimmed_head = &head[..head.rfind(',').unwrap()];
    let desk = tempfile::tempdir().unwrap();
    let path = desk.path().join("birdstrikes.csv");
    fs::write(&path, format!("{trimmed_head}\n{body}")).unwrap();
    fs::write(desk.path().join("short.csv"), "a,b,c\n1,2,3\n4,5\n6\n7,8,9,10\n").unwrap();
    sync(desk.path());
    let catalog = tables::catalog(desk.path()).unwrap();

    let counts = field_counts(&path, b',');
    let header = counts[0];
    let longer = counts[1..].iter().filter(|n| **n > header).count();
    assert_eq!(header, 13, "the header now has 13 names");
    let birds = table_from(&catalog, "birdstrikes.csv");
    assert_eq!(birds.rows as usize, counts.len() - 1, "no row is dropped");
    let warning = format!("{longer} rows have more fields than the header's 13");
    assert!(
        birds.warnings.iter().any(|w| w.starts_with(&warning)),
        "the ragged rows are reported with their exact count ({warning}): {:?}",
        birds.warnings
    );
    let extra = birds.columns.last().unwrap();
    assert_eq!((extra.name.as_str(), extra.original.as_str()), ("extra_1", ""), "extra fields get an extra column");
    assert_eq!(extra.ty, ColumnType::Integer, "the extra column is typed like any other");
    let mut rdr = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_path(&path).unwrap();
    let empty_extra = rdr.byte_records().filter(|r| r.as_ref().unwrap().get(13).is_none_or(|f| f.is_empty())).count();
    assert_eq!(extra.profile.nulls, empty_extra as u64, "the extra column's nulls are exactly its empty fields");

    let short = table_from(&catalog, "short.csv");
    assert_eq!(short.rows, 4);
    assert!(short.warnings.iter().any(|w| w.starts_with("2 rows have fewer fields")), "{:?}", short.warnings);
    assert!(short.warnings.iter().any(|w| w.starts_with("1 rows have more fields")), "{:?}", short.warnings);
    assert_eq!(
        rows(desk.path(), &short.name)[2],
        [Value::Integer(6), Value::Null, Value::Null, Value::Null],
        "missing fields are NULL"
    );
}

fn fixture_desk(names: &[&str]) -> (tempfile::TempDir, Vec<TableInfo>) {
    let files: Vec<PathBuf> = names.iter().map(|n| fixture(n)).collect();
    let desk = desk_with(&files);
    let report = sync(desk.path());
    assert!(report.failed.is_empty(), "fixtures import: {:?}", report.failed);
    let catalog = tables::catalog(desk.path()).unwrap();
    (desk, catalog)
}

#[test]
fn latin1_is_read_as_windows_1252() {
    let (desk, catalog) = fixture_desk(&["latin1.csv"]);
    let t = table_from(&catalog, "latin1.csv");
    assert_eq!(t.format.encoding.as_deref(), Some("windows-1252"), "not UTF-8, so the fallback encoding");
    assert!(t.warnings.iter().any(|w| w.contains("Windows-1252")), "the fallback is reported: {:?}", t.warnings);
    assert_eq!(t.columns[0].name, "prenom");
    assert_eq!(t.columns[0].original, "prénom", "the original header is decoded too");
    let got = rows(desk.path(), &t.name);
    assert_eq!(text(&got[0][0]), Some("José"));
    assert_eq!(text(&got[0][1]), Some("Zürich"));
    assert_eq!(text(&got[2][1]), Some("Genève"));
    assert_eq!(col_type(t, "montant"), ColumnType::Real);
}

#[test]
fn utf16_with_bom_is_transcoded() {
    let (desk, catalog) = fixture_desk(&["utf16le.csv"]);
    let t = table_from(&catalog, "utf16le.csv");
    assert_eq!(t.format.encoding.as_deref(), Some("utf-16le"));
    assert_eq!(t.columns.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["name", "city", "score"]);
    let got = rows(desk.path(), &t.name);
    assert_eq!(got.len(), 3);
    assert_eq!(text(&got[0][0]), Some("Naïve Ünal"));
    assert_eq!(text(&got[2][0]), Some("Quote, Inc"), "a quoted comma stays in its field");
    assert_eq!(text(&got[2][1]), Some("東京"));
    assert_eq!(got[1][2], Value::Integer(20), "CRLF does not leak into the last field");
}

#[test]
fn semicolons_and_decimal_commas() {
    let (desk, catalog) = fixture_desk(&["semicolon_decimal_comma.csv"]);
    let t = table_from(&catalog, "semicolon_decimal_comma.csv");
    assert_eq!(t.format.delimiter.as_deref(), Some(";"));
    assert_eq!(col_type(t, "prix"), ColumnType::Real);
    assert!(
        t.column("prix").unwrap().notes.iter().any(|n| n.contains("decimal comma")),
        "the decimal comma is reported: {:?}",
        t.column("prix").unwrap().notes
    );
    assert_eq!(t.column("quantite").unwrap().original, "quantité");
    assert_eq!(col_type(t, "date"), ColumnType::Date);
    let got = rows(desk.path(), &t.name);
    assert_eq!(
        got.iter().map(|r| r[1].clone()).collect::<Vec<_>>(),
        [Value::Real(1.5), Value::Real(12.25), Value::Real(1234.5)]
    );
    assert_eq!(text(&got[0][3]), Some("2024-01-05"), "d.m.Y is day first");
}

#[test]
fn currency_percent_null_markers_and_mixed_dates() {
    let (desk, catalog) = fixture_desk(&["formats.csv"]);
    let t = table_from(&catalog, "formats.csv");
    let got = rows(desk.path(), &t.name);
    let column = |name: &str| -> Vec<Value> {
        let i = t.columns.iter().position(|c| c.name == name).unwrap();
        got.iter().map(|r| r[i].clone()).collect()
    };
    assert_eq!(col_type(t, "amount"), ColumnType::Real);
    assert_eq!(
        column("amount"),
        [Value::Real(1234.5), Value::Real(99.0), Value::Real(12000.0), Value::Null, Value::Real(0.99), Value::Null]
    );
    let notes = &t.column("amount").unwrap().notes;
    assert!(notes.iter().any(|n| n.contains("currency $")), "the currency is reported: {notes:?}");
    assert!(notes.iter().any(|n| n.contains("thousands separator")), "the separator is reported: {notes:?}");
    assert_eq!(col_type(t, "share"), ColumnType::Real);
    assert_eq!(
        column("share"),
        [Value::Real(0.12), Value::Real(0.035), Value::Real(1.0), Value::Null, Value::Real(0.0), Value::Null],
        "percents are stored as fractions"
    );
    assert!(t.column("share").unwrap().notes.iter().any(|n| n.contains("percent")));
    assert_eq!(col_type(t, "when"), ColumnType::Date);
    let when: Vec<Option<String>> = column("when").iter().map(|v| text(v).map(String::from)).collect();
    assert_eq!(
        when,
        ["2024-01-05", "2024-01-06", "2024-01-07", "2024-01-05", "2024-01-09", "2024-01-10"]
            .map(|s| Some(s.to_string())),
        "ISO, m/d/Y, month names, Y/m/d and d.m.Y in one column"
    );
    let us = t.column("us_dates").unwrap();
    assert_eq!(us.ty, ColumnType::Date);
    assert!(us.notes.iter().any(|n| n.contains("ambiguous")), "an ambiguous order is reported: {:?}", us.notes);
    assert_eq!(text(&column("us_dates")[0]), Some("2024-01-02"), "ambiguous NN/NN/YYYY is read month first");
    let eu = t.column("eu_dates").unwrap();
    assert_eq!(eu.ty, ColumnType::Date);
    assert_eq!(text(&column("eu_dates")[1]), Some("2024-02-02"));
    assert_eq!(text(&column("eu_dates")[2]), Some("2024-03-01"), "13/01/2024 proves the column is day first");
    assert_eq!(col_type(t, "flag"), ColumnType::Boolean);
    assert_eq!(stored_type(desk.path(), &t.name, "flag"), "BOOLEAN", "a yes/no column is stored as BOOLEAN");
    assert_eq!(stored_type(desk.path(), &t.name, "us_dates"), "DATE", "dates are stored as DATE");
    assert_eq!(
        column("flag"),
        [Value::Integer(1), Value::Integer(0), Value::Integer(1), Value::Null, Value::Integer(0), Value::Null]
    );
    let note = t.column("note").unwrap();
    assert_eq!(note.profile.nulls, 5, "NA, N/A, null, empty and - are null markers");
    assert_eq!(t.column("id").unwrap().profile.distinct, 6);
}

#[test]
fn a_workbook_gives_one_table_per_sheet() {
    let (desk, catalog) = fixture_desk(&["two_sheets.xlsx"]);
    let sales = catalog.iter().find(|t| t.sheet.as_deref() == Some("Sales")).expect("a table for sheet Sales");
    let stores = catalog.iter().find(|t| t.sheet.as_deref() == Some("Stores")).expect("a table for sheet Stores");
    assert_eq!((sales.name.as_str(), stores.name.as_str()), ("two_sheets_sales", "two_sheets_stores"));
    assert_eq!(sales.rows, 3);
    assert_eq!(col_type(sales, "date"), ColumnType::Date);
    assert_eq!(col_type(sales, "units"), ColumnType::Integer);
    assert_eq!(col_type(sales, "unit_price"), ColumnType::Real);
    assert_eq!(col_type(sales, "paid"), ColumnType::Boolean);
    assert_eq!(col_type(sales, "store"), ColumnType::Text);
    assert_eq!(sales.column("unit_price").unwrap().original, "Unit price");
    let got = rows(desk.path(), &sales.name);
    assert_eq!(
        got[0],
        [
            Value::Text("2024-01-05".into()),
            Value::Text("North".into()),
            Value::Integer(3),
            Value::Real(2.5),
            Value::Integer(1)
        ]
    );
    assert_eq!(col_type(stores, "opened"), ColumnType::Datetime);
    assert_eq!(stored_type(desk.path(), &stores.name, "opened"), "TIMESTAMP", "date-times are stored as TIMESTAMP");
    assert_eq!(text(&rows(desk.path(), &stores.name)[1][2]), Some("2020-06-15 14:00:00"));
}

#[test]
fn rebuilds_only_what_changed_and_drops_what_is_gone() {
    let desk = tempfile::tempdir().unwrap();
    let a = desk.path().join("a.csv");
    let b = desk.path().join("b.csv");
    fs::write(&a, "x,y\n1,2\n").unwrap();
    fs::write(&b, "name\nann\n").unwrap();
    let first = sync(desk.path());
    assert_eq!(first.built.len(), 2, "both files are built the first time");

    let second = sync(desk.path());
    assert!(second.built.is_empty() && second.dropped.is_empty(), "nothing changed, nothing rebuilt: {second:?}");
    assert_eq!(second.unchanged, ["a.csv", "b.csv"]);
    assert!(!second.changed());

    // Same size, new mtime: rebuilt.
    fs::write(&a, "x,y\n3,4\n").unwrap();
    let f = fs::File::options().write(true).open(&a).unwrap();
    f.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(5)).unwrap();
    drop(f);
    let third = sync(desk.path());
    assert_eq!(third.built.iter().map(|b| b.path.as_str()).collect::<Vec<_>>(), ["a.csv"], "only the touched file");
    assert_eq!(rows(desk.path(), "a"), [[Value::Integer(3), Value::Integer(4)]], "the new content is in the table");

    fs::remove_file(&b).unwrap();
    let fourth = sync(desk.path());
    assert_eq!(fourth.dropped.len(), 1, "the deleted file's table is dropped");
    assert_eq!(fourth.dropped[0].tables, ["b"]);
    assert!(!sql_tables(desk.path()).contains(&"b".to_string()), "table b is gone from the database");
    assert_eq!(names(&tables::catalog(desk.path()).unwrap()), ["a <- a.csv"]);
}

#[test]
fn a_failed_rebuild_keeps_the_old_table() {
    let (desk, _) = fixture_desk(&["two_sheets.xlsx"]);
    let book = desk.path().join("two_sheets.xlsx");
    fs::write(&book, b"this is not a workbook at all").unwrap();
    let report = sync(desk.path());
    assert_eq!(report.failed.len(), 1, "the broken workbook fails: {report:?}");
    assert!(report.failed[0].fresh);
    assert_eq!(report.failed[0].error.code, "table_unreadable");
    let catalog = tables::catalog(desk.path()).unwrap();
    assert_eq!(catalog.len(), 2, "the old tables stay after a failed rebuild");
    assert_eq!(rows(desk.path(), "two_sheets_sales").len(), 3);
    assert!(!sql_tables(desk.path()).iter().any(|t| t.starts_with("__build_")), "no staging table is left behind");
    let again = sync(desk.path());
    assert_eq!(again.failed.len(), 1, "the failure is remembered");
    assert!(!again.failed[0].fresh, "and not retried until the file changes");
}

#[test]
fn hidden_entries_and_symlinks_are_not_sources() {
    let desk = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("secret.csv"), "a\n1\n").unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.csv"), desk.path().join("link.csv")).unwrap();
    std::os::unix::fs::symlink(outside.path(), desk.path().join("linked_dir")).unwrap();
    fs::create_dir(desk.path().join(".hidden")).unwrap();
    fs::write(desk.path().join(".hidden/h.csv"), "a\n1\n").unwrap();
    fs::write(desk.path().join(".dot.csv"), "a\n1\n").unwrap();
    fs::create_dir(desk.path().join("sub")).unwrap();
    fs::write(desk.path().join("sub/inner.csv"), "a\n1\n").unwrap();
    fs::write(desk.path().join("notes.txt"), "just some prose, not a table\nand another line\n").unwrap();
    fs::write(desk.path().join("pipes.txt"), "a|b\n1|2\n3|4\n").unwrap();
    let report = sync(desk.path());
    let catalog = tables::catalog(desk.path()).unwrap();
    assert_eq!(names(&catalog), ["pipes <- pipes.txt", "inner <- sub/inner.csv"], "only visible regular files");
    assert_eq!(catalog[0].format.delimiter.as_deref(), Some("|"));
    assert_eq!(report.skipped.len(), 1, "prose in a .txt is skipped, not failed: {report:?}");
}

#[test]
fn names_are_unique_and_stable() {
    let desk = tempfile::tempdir().unwrap();
    fs::write(desk.path().join("Sales 2024.csv"), "Region,Total $\nN,1\n").unwrap();
    fs::write(desk.path().join("sales-2024.tsv"), "a\tb\n1\t2\n").unwrap();
    fs::write(desk.path().join("2025.csv"), "a,a,\n1,2,3\n").unwrap();
    sync(desk.path());
    let catalog = tables::catalog(desk.path()).unwrap();
    assert_eq!(
        names(&catalog),
        ["t_2025 <- 2025.csv", "sales_2024 <- Sales 2024.csv", "sales_2024_2 <- sales-2024.tsv"]
    );
    let cols: Vec<&str> = catalog[0].columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(cols, ["a", "a_2", "column_3"], "column names are unique and never empty");
    // Rebuilding the first file keeps its name even though a new one arrived meanwhile.
    fs::write(desk.path().join("sales_2024.csv"), "z\n1\n").unwrap();
    fs::write(desk.path().join("Sales 2024.csv"), "Region,Total $\nN,1\nS,2\n").unwrap();
    sync(desk.path());
    let catalog = tables::catalog(desk.path()).unwrap();
    assert_eq!(table_from(&catalog, "Sales 2024.csv").name, "sales_2024", "a rebuilt source keeps its name");
    assert_eq!(table_from(&catalog, "sales_2024.csv").name, "sales_2024_3");
}

#[test]
fn a_headerless_file_gets_numbered_columns() {
    let desk = tempfile::tempdir().unwrap();
    fs::write(desk.path().join("raw.csv"), "1,2024-01-01,3.5\n2,2024-01-02,4.5\n").unwrap();
    sync(desk.path());
    let catalog = tables::catalog(desk.path()).unwrap();
    let t = table_from(&catalog, "raw.csv");
    assert!(!t.format.header, "a first row with numbers and dates is data");
    assert_eq!(t.rows, 2);
    assert_eq!(
        t.columns.iter().map(|c| (c.name.as_str(), c.ty)).collect::<Vec<_>>(),
        [("column_1", ColumnType::Integer), ("column_2", ColumnType::Date), ("column_3", ColumnType::Real)]
    );
}

#[test]
fn progress_goes_from_zero_to_the_total_bytes() {
    let desk = tempfile::tempdir().unwrap();
    let mut body = String::from("id,value\n");
    for i in 0..50_000 {
        body.push_str(&format!("{i},{}\n", i * 3));
    }
    fs::write(desk.path().join("big.csv"), &body).unwrap();
    // A late value changes a column's type, so this file is read twice.
    let mut late = body.clone();
    late.push_str("x,1.5\n");
    fs::write(desk.path().join("late.csv"), &late).unwrap();
    let mut events = Vec::new();
    tables::sync(desk.path(), &mut |p| events.push(p.clone())).unwrap();
    let last = events.last().expect("progress events were sent");
    assert_eq!(last.bytes_total, (body.len() + late.len()) as u64, "the total is the bytes of the files to build");
    assert_eq!(last.bytes_done, last.bytes_total, "the last event is complete");
    assert!(events.windows(2).all(|w| w[0].bytes_done <= w[1].bytes_done), "progress never goes back");
    assert!(events.iter().any(|e| e.stage == Stage::Scan), "the first read is reported");
    assert!(events.iter().any(|e| e.stage == Stage::Load && e.path == "late.csv"), "and the second read");
}

#[test]
fn the_sqlite_cache_of_an_earlier_version_is_replaced() {
    let desk = tempfile::tempdir().unwrap();
    fs::write(desk.path().join("a.csv"), "x\n1\n").unwrap();
    // What an earlier version left in the desk: its SQLite analysis database, a journal, the marker of a
    // build it was killed in.
    fs::create_dir_all(desk.path().join(".desk")).unwrap();
    for name in ["analysis.sqlite3", "analysis.sqlite3-journal", "analysis.building"] {
        fs::write(desk.path().join(".desk").join(name), b"old").unwrap();
    }
    let report = sync(desk.path());
    assert_eq!(report.built.len(), 1, "the tables are built in the engine's file: {report:?}");
    for name in ["analysis.sqlite3", "analysis.sqlite3-journal", "analysis.building"] {
        assert!(!desk.path().join(".desk").join(name).exists(), "{name} is removed");
    }
    assert_eq!(rows(desk.path(), "a"), [[Value::Integer(1)]]);
}

#[test]
fn a_late_value_decides_the_type_over_every_row() {
    // The first records suggest integers, m/d/Y dates and UTF-8; records far down the file say
    // otherwise. Types are decided over every row, so the late records win.
    let desk = tempfile::tempdir().unwrap();
    let mut body = b"n,when,label\n".to_vec();
    for i in 0..20_000 {
        body.extend_from_slice(format!("{i},01/02/2024,row {i}\n").as_bytes());
    }
    body.extend_from_slice(b"2.5,13/02/2024,caf\xe9\n");
    body.extend_from_slice(b"7,03/04/2024,last,extra field\n");
    fs::write(desk.path().join("late.csv"), &body).unwrap();
    let report = sync(desk.path());
    assert!(report.failed.is_empty(), "{report:?}");
    let catalog = tables::catalog(desk.path()).unwrap();
    let t = table_from(&catalog, "late.csv");
    assert_eq!(t.rows, 20_002, "every row is kept");
    assert_eq!(col_type(t, "n"), ColumnType::Real, "one late decimal makes the column real");
    assert_eq!(col_type(t, "when"), ColumnType::Date);
    assert_eq!(t.format.encoding.as_deref(), Some("windows-1252"), "one late non-UTF-8 byte switches the encoding");
    assert_eq!(t.columns.len(), 4, "one late long row adds an extra column");
    let got = rows(desk.path(), &t.name);
    assert_eq!(text(&got[0][1]), Some("2024-02-01"), "a late 13/02/2024 proves every date is day first");
    assert_eq!(got[20_000][0], Value::Real(2.5));
    assert_eq!(text(&got[20_000][2]), Some("café"));
    assert_eq!(text(&got[20_001][3]), Some("extra field"));
    assert_eq!(t.column("n").unwrap().profile.distinct, 20_001, "profiles describe the final table");
}

#[test]
fn an_opendocument_sheet_is_a_table() {
    let (desk, catalog) = fixture_desk(&["readings.ods"]);
    let t = catalog.iter().find(|t| t.sheet.as_deref() == Some("Readings")).expect("a table for the ODS sheet");
    assert_eq!(t.name, "readings_readings");
    assert_eq!(col_type(t, "day"), ColumnType::Date);
    assert_eq!(col_type(t, "level"), ColumnType::Real);
    assert_eq!(col_type(t, "site"), ColumnType::Text);
    assert_eq!(
        rows(desk.path(), &t.name)[1],
        [Value::Text("2024-03-02".into()), Value::Real(2.25), Value::Text("Bridge".into())]
    );
}

#[test]
fn concurrent_syncs_take_turns() {
    let desk = tempfile::tempdir().unwrap();
    let mut body = String::from("id,value\n");
    for i in 0..20_000 {
        body.push_str(&format!("{i},{}\n", i % 7));
    }
    for name in ["a.csv", "b.csv", "c.csv"] {
        fs::write(desk.path().join(name), &body).unwrap();
    }
    // The app and the CLI may sync the same desk at once: the lock makes one wait for the other.
    let reports: Vec<tables::SyncReport> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..3).map(|_| s.spawn(|| tables::sync(desk.path(), &mut |_| {}).unwrap())).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let built: usize = reports.iter().map(|r| r.built.len()).sum();
    assert_eq!(built, 3, "each file is built exactly once across the concurrent syncs: {reports:?}");
    assert!(reports.iter().all(|r| r.failed.is_empty()));
    let catalog = tables::catalog(desk.path()).unwrap();
    assert_eq!(catalog.len(), 3);
    assert!(catalog.iter().all(|t| t.rows == 20_000), "every table is complete");
}

#[test]
fn a_file_too_wide_fails_alone() {
    let desk = tempfile::tempdir().unwrap();
    let header: Vec<String> = (0..2500).map(|i| format!("c{i}")).collect();
    let row: Vec<String> = (0..2500).map(|i| i.to_string()).collect();
    fs::write(desk.path().join("wide.csv"), format!("{}\n{}\n", header.join(","), row.join(","))).unwrap();
    fs::write(desk.path().join("ok.csv"), "a\n1\n").unwrap();
    let report = sync(desk.path());
    assert_eq!(report.failed.len(), 1, "the wide file fails: {report:?}");
    assert_eq!(report.failed[0].error.code, "table_unreadable");
    assert!(report.failed[0].error.message.contains("2500 columns"), "{}", report.failed[0].error.message);
    assert_eq!(names(&tables::catalog(desk.path()).unwrap()), ["ok <- ok.csv"], "the other file still becomes a table");
}

#[test]
fn a_utf8_bom_and_crlf_leave_no_trace() {
    let desk = tempfile::tempdir().unwrap();
    fs::write(desk.path().join("bom.csv"), "\u{feff}name,when\r\nann,2024-01-05\r\n\"b\r\nob\",2024-01-06\r\n")
        .unwrap();
    sync(desk.path());
    let catalog = tables::catalog(desk.path()).unwrap();
    let t = table_from(&catalog, "bom.csv");
    assert_eq!(t.format.encoding.as_deref(), Some("utf-8 (with BOM)"));
    assert_eq!(t.columns[0].original, "name", "the BOM is not part of the first header");
    assert_eq!(col_type(t, "when"), ColumnType::Date, "CRLF does not stick to the last field");
    let got = rows(desk.path(), &t.name);
    assert_eq!(text(&got[1][0]), Some("b\r\nob"), "a quoted CRLF inside a field is kept as written");
}
