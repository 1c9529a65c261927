//! The analysis plan: a typed, serialisable description of exactly what is computed for a question —
//! the measures and how each is aggregated, the filters, the period, the grouping, the operation and the
//! deliverables. The offline reader writes a plan from words; a model fills the same plan through the
//! `analyze` tool (its JSON Schema is [`plan_schema`]); the compiler (`compile`) is the one place that
//! turns a plan into SQL, a chart and a report. A plan names columns as people see them in the table
//! profiles (`revenue`, or `customers.region` when a name is ambiguous); joins are found by the compiler.
//! Not here: reading words (the reader), SQL (the compiler), or what a column means (semantics).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One analysis, start to end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The table whose rows are analysed. Optional: found from the columns named when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
    /// What is computed: usually one measure; `correlation` takes two. Leave empty for `most_common`,
    /// `quality` and `describe`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<Measure>,
    /// Which rows count: values of a category (all spellings match), exclusions, conditions on numbers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filters: Vec<Filter>,
    /// The dates that count (on the table's date column, or `period.column`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// Groups: a category column, or a time grain of the date column. At most two.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub group_by: Vec<Group>,
    /// What to do with the figures.
    pub operation: Operation,
    /// The chart to draw: `auto` picks one where it helps (default), `none` draws none.
    #[serde(default, skip_serializing_if = "ChartChoice::is_auto")]
    pub chart: ChartChoice,
}

/// How values of a column become one figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Agg {
    /// Sum of the column.
    Sum,
    /// Mean of the column (missing values left out).
    Avg,
    /// Number of rows (no column), or of non-empty values of `column`.
    Count,
    /// Number of different values of `column`.
    CountDistinct,
    Min,
    Max,
    Median,
    /// Sum of `column` divided by the sum of `per` (a rate: e.g. delivered / attempted).
    Ratio,
}

/// Which side of a signed amount counts (a column holding money in as positive and money out as negative).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Sign {
    /// Every value as stored (net).
    #[default]
    All,
    /// Only money out (the negative values), reported as positive amounts: spending, expenses, costs.
    Outflow,
    /// Only money in (the positive values): income, earnings, deposits.
    Inflow,
    /// Every value as a positive amount: the size of money moved either way ("how much more did we take in
    /// deposits than we paid back in returns": each side's total as a size).
    Size,
}

impl Sign {
    fn is_all(&self) -> bool {
        *self == Sign::All
    }
    /// Only money in or only money out (not every value, nor every value as a size).
    pub fn one_side(self) -> bool {
        matches!(self, Sign::Inflow | Sign::Outflow)
    }
}

/// One figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub agg: Agg,
    /// The column aggregated; none for a count of rows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// A second column multiplied with `column` row by row before aggregating (quantity × unit price).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times: Option<String>,
    /// A second column added to `column` row by row: the two sides of one count (`bikes_in` + `bikes_out`,
    /// `home_goals` + `away_goals`); a row with only one of them counts that one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plus: Option<String>,
    /// A second column subtracted from `column` row by row: what is left of one money once another is taken
    /// off (`sale_price` − `purchase_price`: the profit on each row; `paid_in` − `paid_out`: the net). Rows
    /// missing either are left out (a car not yet sold has no profit), except where the two are the two
    /// sides of one account and no row holds both: there a missing side is zero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minus: Option<String>,
    /// A duration between two date or date-time columns, row by row: the time from `since` to `column`
    /// ("submitted_at" to "reviewed_at"), in `unit` (hours when both hold times of day, else days).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// For `ratio`: the denominator column (the figure is sum(column) / sum(per)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
    /// For `ratio`: the figure per this many of `per` ("rescues per 1,000 visitors": 1000); one when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_many: Option<f64>,
    /// For a signed amount: which side counts.
    #[serde(default, skip_serializing_if = "Sign::is_all")]
    pub sign: Sign,
    /// Aggregate per this group first, then average those figures: "average monthly revenue" is the sum
    /// per month averaged over the months; "average revenue per customer" the sum per customer averaged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub each: Option<Group>,
    /// With `each` by a time grain: average over the periods that have rows only ("takings per day we were
    /// open": a day with no rows was a day closed, not a day of zero). By default every calendar period in
    /// scope counts, an empty one as zero.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub with_rows_only: bool,
    /// A rate: the percentage of the figure held by the rows matching these filters ("no-show rate":
    /// the count of rows with status No-show as a percentage of all rows), per group when grouped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub part: Vec<Filter>,
    /// This figure counts only the rows matching these filters, on top of the plan's ("Etsy fees as a
    /// percentage of Etsy sales": two measures of `amount`, one over category "Etsy Fees", one over "Etsy
    /// Sales", with `share`). Columns of the analysed table only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub only: Vec<Filter>,
    /// How to name the figure in the answer (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The unit of time to show the figure in ("seconds", "minutes", "hours", "days"), for a column that
    /// holds a duration in another unit of time ("the average finish time, in minutes").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

impl Measure {
    pub fn new(agg: Agg, column: Option<&str>) -> Measure {
        Measure {
            agg,
            column: column.map(str::to_string),
            times: None,
            plus: None,
            minus: None,
            since: None,
            per: None,
            per_many: None,
            sign: Sign::All,
            each: None,
            with_rows_only: false,
            part: Vec::new(),
            only: Vec::new(),
            label: None,
            unit: None,
        }
    }
    /// A count of rows.
    pub fn rows() -> Measure {
        Measure::new(Agg::Count, None)
    }
}

/// A comparison in a filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum FilterOp {
    /// The value is one of `values` (text compares ignoring case and stray spaces).
    #[serde(rename = "in")]
    In,
    /// The value is none of `values` (empty values are kept).
    #[serde(rename = "not_in")]
    NotIn,
    #[serde(rename = ">")]
    Gt,
    #[serde(rename = ">=")]
    Ge,
    #[serde(rename = "<")]
    Lt,
    #[serde(rename = "<=")]
    Le,
    /// Between two numbers, both included.
    #[serde(rename = "between")]
    Between,
    /// The value is empty (no values: "results with no score recorded").
    #[serde(rename = "missing")]
    Missing,
    /// The value is there (no values).
    #[serde(rename = "present")]
    Present,
}

impl FilterOp {
    pub fn symbol(self) -> &'static str {
        match self {
            FilterOp::In => "in",
            FilterOp::NotIn => "not in",
            FilterOp::Gt => ">",
            FilterOp::Ge => ">=",
            FilterOp::Lt => "<",
            FilterOp::Le => "<=",
            FilterOp::Between => "between",
            FilterOp::Missing => "missing",
            FilterOp::Present => "present",
        }
    }
}

/// A value in a filter: text or a number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Value {
    Number(f64),
    Text(String),
}

impl Value {
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            Value::Text(t) => t.trim().replace(',', "").parse().ok(),
        }
    }
    pub fn text(&self) -> String {
        match self {
            Value::Number(n) => crate::tools::sql::value_text(&serde_json::json!(n)),
            Value::Text(t) => t.clone(),
        }
    }
}

/// Which rows count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Filter {
    pub column: String,
    pub op: FilterOp,
    /// The values: several for `in`/`not_in`, one for a comparison, two for `between`; none for
    /// `missing`/`present` or with `than`.
    #[serde(default)]
    pub values: Vec<Value>,
    /// A part of a date column the condition is on: `hour_of_day` (0-23: "before 3pm" is `<` 15),
    /// `day_of_week` (1 Monday .. 7 Sunday: weekends are `between` 6 and 7) or `month_of_year` (1-12).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<Grain>,
    /// A condition on a duration the data does not store: the time from this date or date-time column to
    /// `column`, row by row ("hires out for longer than a week": `returned_at` since `out_at` > 7 days).
    /// Rows without both dates never match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// The unit of time of `values` for a condition with `since`: seconds, minutes, hours, days or weeks
    /// (hours when not given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// A second column multiplied with `column` row by row before comparing ("invoices over $5,000" where an
    /// invoice's amount is `seats` × `price_per_seat`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times: Option<String>,
    /// Compare `column` with this second column of the same row instead of with `values` (which stay empty):
    /// `sold_price` `<` `list_price` ("sold below asking"), `delivered` `>` `due` ("delivered late"). Two
    /// number columns or two date columns; rows missing either never match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub than: Option<String>,
}

impl Filter {
    pub fn is_in(column: &str, values: &[&str]) -> Filter {
        Filter::values(column, FilterOp::In, values)
    }
    /// The rows whose `column` is none of `values` (rows left out).
    pub fn not_in(column: &str, values: &[impl AsRef<str>]) -> Filter {
        Filter::values(column, FilterOp::NotIn, values)
    }
    /// The rows whose `column` is empty (`Missing`) or has a value (`Present`).
    pub fn emptiness(column: &str, op: FilterOp) -> Filter {
        Filter::values(column, op, &[] as &[&str])
    }
    fn values(column: &str, op: FilterOp, values: &[impl AsRef<str>]) -> Filter {
        Filter {
            column: column.into(),
            op,
            values: values.iter().map(|v| Value::Text(v.as_ref().to_string())).collect(),
            part: None,
            since: None,
            unit: None,
            times: None,
            than: None,
        }
    }
    /// A condition on `column` with no values yet (set them, or `since`/`than`, after).
    pub fn values_of(column: &str, op: FilterOp) -> Filter {
        Filter::values(column, op, &[] as &[&str])
    }
    /// The rows whose `column` is `op` (>, >=, <, <=) the `than` column of the same row.
    pub fn than(column: &str, op: FilterOp, than: &str) -> Filter {
        Filter { than: Some(than.into()), ..Filter::values(column, op, &[] as &[&str]) }
    }
}

/// A span of dates, both ends included. Each end is a year (`2025`), a half (`2025-H1`), a quarter
/// (`2025-Q1`), a month (`2025-03`) or a day (`2025-03-15`): `from` is the first day of its unit, `to`
/// the last day of its. One end alone is open ("since 2020": from only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// The date column, when the table has more than one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
}

impl Period {
    pub fn unit(u: &str) -> Period {
        Period { from: Some(u.into()), to: Some(u.into()), column: None }
    }
    pub fn span(from: &str, to: &str) -> Period {
        Period { from: Some(from.into()), to: Some(to.into()), column: None }
    }
}

/// A time grain for grouping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Grain {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    /// 0..23, pooled over all days.
    HourOfDay,
    /// Monday..Sunday, pooled over all weeks.
    DayOfWeek,
    /// January..December, pooled over all years.
    MonthOfYear,
}

impl Grain {
    pub fn word(self) -> &'static str {
        match self {
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Quarter => "quarter",
            Grain::Year => "year",
            Grain::HourOfDay => "hour of the day",
            Grain::DayOfWeek => "day of the week",
            Grain::MonthOfYear => "month of the year",
        }
    }
    pub fn adjective(self) -> &'static str {
        match self {
            Grain::Day => "daily",
            Grain::Week => "weekly",
            Grain::Month => "monthly",
            Grain::Quarter => "quarterly",
            Grain::Year => "yearly",
            Grain::HourOfDay => "hourly",
            Grain::DayOfWeek => "weekday",
            Grain::MonthOfYear => "month-of-year",
        }
    }
    /// Calendar periods in a row (day..year), as opposed to pooled cycles (hour of day, weekday...).
    pub fn is_calendar(self) -> bool {
        matches!(self, Grain::Day | Grain::Week | Grain::Month | Grain::Quarter | Grain::Year)
    }
}

/// One grouping: a column, or a time grain of the date column (`column` may name the date column).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Group {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<Grain>,
}

impl Group {
    pub fn column(c: &str) -> Group {
        Group { column: Some(c.into()), time: None }
    }
    pub fn time(g: Grain) -> Group {
        Group { column: None, time: Some(g) }
    }
}

/// Highest first or lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Order {
    #[default]
    Desc,
    Asc,
}

/// Which way a change is ranked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Largest rise first ("grew the most").
    #[default]
    Up,
    /// Largest fall first ("dropped the most").
    Down,
    /// Largest change either way.
    Either,
}

/// How a change between two periods (or values) is measured when groups are ranked by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChangeBy {
    /// The percentage change.
    #[default]
    Percent,
    /// The change in the figure's own unit (dollars, units).
    Amount,
}

impl ChangeBy {
    fn is_percent(&self) -> bool {
        *self == ChangeBy::Percent
    }
}

/// What to do with the figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Operation {
    /// The figure(s); with `group_by`, one per group plus the overall figure.
    Total,
    /// Groups ranked by the first measure; `n` absent asks "which one" (the leader and its margin over
    /// the runner-up).
    Rank {
        #[serde(default)]
        order: Order,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        n: Option<u32>,
    },
    /// The figure in one period against another (`to` is the later one); with `group_by`, per group, and
    /// with `direction` the groups are ranked by their change.
    Compare {
        from: Period,
        to: Period,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        direction: Option<Direction>,
        /// Rank groups by the percentage change (default) or by the change in the figure's unit.
        #[serde(default, skip_serializing_if = "ChangeBy::is_percent")]
        by: ChangeBy,
    },
    /// The figure for one value of `column` against another ("Term 1" to "Term 3"); with `group_by`, per
    /// group, ranked by the change when `direction` is given.
    CompareValues {
        column: String,
        from: String,
        to: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        direction: Option<Direction>,
        #[serde(default, skip_serializing_if = "ChangeBy::is_percent")]
        by: ChangeBy,
    },
    /// The share of the figure that the rows matching `part` hold; with `group_by` and no `part`, each
    /// group's share of the whole.
    Share {
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        part: Vec<Filter>,
    },
    /// The groups (one `group_by`) whose first measure meets a condition ("customers with more than 5
    /// orders", "cities with over 10 airports"): how many of them there are, and which, largest first.
    GroupsWhere {
        op: FilterOp,
        /// One number; two for `between`.
        values: Vec<f64>,
    },
    /// The first measure against the second, both in one unit ("by what percentage did invoices come in
    /// above quotes", "compare actual with budget"): each figure, the difference, and the first as a
    /// percentage above or below the second. Exactly two measures; no `group_by`.
    Gap,
    /// The figure over time (group by a calendar grain; a second group splits the lines).
    Trend,
    /// The most frequent values of `column` (by rows).
    MostCommon {
        column: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        n: Option<u32>,
    },
    /// How the values of the first measure's column spread (quartiles, histogram).
    Distribution,
    /// How two measures' columns move together (Pearson correlation, scatter chart).
    Correlation,
    /// Missing values, duplicate rows and odd values of a table.
    Quality,
    /// What the desk holds: its tables, sizes and columns.
    Describe,
}

impl Operation {
    pub fn kind(&self) -> &'static str {
        match self {
            Operation::Total => "total",
            Operation::Rank { .. } => "rank",
            Operation::Compare { .. } => "compare",
            Operation::CompareValues { .. } => "compare_values",
            Operation::Share { .. } => "share",
            Operation::GroupsWhere { .. } => "groups_where",
            Operation::Gap => "gap",
            Operation::Trend => "trend",
            Operation::MostCommon { .. } => "most_common",
            Operation::Distribution => "distribution",
            Operation::Correlation => "correlation",
            Operation::Quality => "quality",
            Operation::Describe => "describe",
        }
    }
}

/// Which chart to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChartChoice {
    #[default]
    Auto,
    Bar,
    Line,
    None,
}

impl ChartChoice {
    fn is_auto(&self) -> bool {
        *self == ChartChoice::Auto
    }
}

impl Plan {
    pub fn new(operation: Operation) -> Plan {
        Plan {
            table: None,
            measures: Vec::new(),
            filters: Vec::new(),
            period: None,
            group_by: Vec::new(),
            operation,
            chart: ChartChoice::Auto,
        }
    }

    /// Parse a plan a model wrote, with a message that says what is wrong in words a model can act on.
    pub fn from_json(v: &serde_json::Value) -> Result<Plan, String> {
        serde_json::from_value(v.clone()).map_err(|e| format!("the plan does not follow the schema: {e}"))
    }
}

/// The JSON Schema of [`Plan`], with every sub-schema inlined (no `$ref`), for tool definitions and
/// structured output.
pub fn plan_schema() -> serde_json::Value {
    let settings = schemars::generate::SchemaSettings::draft07().with(|s| {
        s.inline_subschemas = true;
    });
    let schema = settings.into_generator().into_root_schema_for::<Plan>();
    let mut v = serde_json::to_value(schema).unwrap_or(serde_json::Value::Null);
    if let Some(o) = v.as_object_mut() {
        o.remove("$schema");
        o.remove("title");
    }
    v
}

/// Seconds in one unit of time written `w` ("minutes", "min", "hrs"), if it is one.
pub fn seconds_in(w: &str) -> Option<f64> {
    match w.trim().to_lowercase().trim_end_matches('s') {
        "second" | "sec" => Some(1.0),
        "minute" | "min" => Some(60.0),
        "hour" | "hr" => Some(3600.0),
        // (A night of a stay is its day: "more than seven nights" between a check-in and a check-out.)
        "day" | "night" => Some(86400.0),
        "week" => Some(604800.0),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use serde_json::json;

    #[test]
    fn a_plan_round_trips_through_json() {
        let mut p = Plan::new(Operation::Rank { order: Order::Desc, n: Some(3) });
        p.measures.push(Measure::new(Agg::Sum, Some("revenue")));
        p.filters.push(Filter::is_in("region", &["West"]));
        p.period = Some(Period::unit("2025"));
        p.group_by.push(Group::column("product"));
        let v = serde_json::to_value(&p).unwrap();
        assert_eq!(v["operation"], json!({"kind": "rank", "order": "desc", "n": 3}));
        assert_eq!(v["filters"][0], json!({"column": "region", "op": "in", "values": ["West"]}));
        assert_eq!(Plan::from_json(&v).unwrap(), p);
    }

    #[test]
    fn a_malformed_plan_says_what_is_wrong() {
        let e = Plan::from_json(&json!({"operation": {"kind": "rank"}, "measures": [{"agg": "total"}]})).unwrap_err();
        assert!(e.contains("unknown variant `total`"), "{e}");
        let e = Plan::from_json(&json!({"operation": {"kind": "sum"}})).unwrap_err();
        assert!(e.contains("sum"), "{e}");
        let e = Plan::from_json(&json!({"operation": {"kind": "total"}, "colour": 1})).unwrap_err();
        assert!(e.contains("colour"), "{e}");
    }

    #[test]
    fn the_schema_is_self_contained_and_names_every_operation() {
        let s = plan_schema();
        let text = s.to_string();
        assert!(!text.contains("$ref"), "no references: small models and servers handle inline schemas best");
        for kind in [
            "total",
            "rank",
            "compare",
            "compare_values",
            "share",
            "trend",
            "most_common",
            "distribution",
            "correlation",
        ] {
            assert!(text.contains(&format!("\"{kind}\"")), "the schema names {kind}");
        }
        assert_eq!(s["type"], "object");
        assert!(s["required"].as_array().unwrap().contains(&json!("operation")));
    }
}
