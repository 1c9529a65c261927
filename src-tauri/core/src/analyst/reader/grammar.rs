//! The grammar: linked items to plan slots, then slots to a plan. One pass over the items fills the
//! slots from each item's sense and its neighbours (an aggregate word applies to the next measure; a
//! grouping marker to the next dimension; "which" to the thing asked for; a comparison word to the
//! next number; an exclusion word to the values after it; a column word next to one of its values
//! only qualifies the value). Then the operation is decided from what was found — in order: refusals,
//! data-quality and description, correlation and distribution, the most common value, shares, changes
//! between periods, rankings, trends, totals — and the plan is checked for the words it left unused.

use super::lexicon::Lexicon;
use super::link::{link, stem, ColId, Fit, Index, Item, Sense};
use super::periods::{self, PeriodExpr, Span};
use super::tokens::tokenize;
use super::Reading;
use crate::analyst::model::{Column, Desk, Table};
use crate::analyst::plan::{
    Agg, ChangeBy, Direction, Filter, FilterOp, Grain, Group, Measure, Operation, Order, Period, Plan, Sign, Value,
};
use crate::semantics::Role;

/// A measure as the question names it.
#[derive(Debug, Clone, PartialEq)]
enum MKind {
    Col(Vec<ColId>),
    /// Rows of a table (None: of the table the rest of the question picks).
    Rows(Option<usize>),
    /// Different values of a column.
    Distinct(ColId),
    /// Days (or other units) of the time column with rows.
    TimeUnits(Grain),
    /// An adjective's kind of measure ("hottest": temperature), or "*" for the main amount.
    Kind(String),
}

#[derive(Debug, Clone)]
struct MSlot {
    kind: MKind,
    agg: Option<Agg>,
    pos: usize,
    /// Words that named it.
    words: String,
    /// The denominator of a ratio ("revenue per unit").
    per: Option<Vec<ColId>>,
    /// The other factor of a product written out ("kWh used x peak share"), row by row.
    times: Option<Vec<ColId>>,
}

impl MSlot {
    /// The days (weeks, months) themselves counted, said by `words` at item `pos`: "how many days", "the most days".
    fn time_units(g: Grain, pos: usize, words: &str) -> MSlot {
        MSlot {
            kind: MKind::TimeUnits(g),
            agg: Some(Agg::Count),
            pos,
            words: words.to_string(),
            per: None,
            times: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum GSlot {
    Col(Vec<ColId>),
    Time(Grain),
    /// A table's rows as the groups ("which customer": customers).
    Table(usize),
}

#[derive(Debug, Clone)]
struct VSlot {
    cands: Vec<(ColId, String)>,
    excluded: bool,
    pos: usize,
    words: String,
    /// The word before it ("from", "to") for pairs of columns.
    before: String,
    /// The words between the value before it and this one ("or", "and", ","): a list, or two roles.
    between: Vec<String>,
}

impl Slots {
    /// A value said at item `k` (its candidate columns and values), with the word before it (at `before_at`)
    /// and the words since the value before it.
    /// "How many menu items sold more than 450 units": the things counted (`group`) whose total of `cols`
    /// (times `times`, row by row) meets the condition `c`, in place of the count and the condition.
    fn count_by_total(&mut self, c: CSlot, cols: Vec<ColId>, times: Option<Vec<ColId>>, group: GSlot) {
        self.measures = vec![MSlot {
            kind: MKind::Col(cols),
            agg: Some(Agg::Sum),
            pos: c.pos,
            words: c.words.clone(),
            per: None,
            times,
        }];
        self.groups = vec![(group, c.pos)];
        self.count_word = false;
        self.sold = false;
        self.ops.clear();
        self.groups_where = Some((c.op, c.a, c.b));
    }

    fn push_value(
        &mut self,
        cx: &Ctx,
        k: usize,
        cands: Vec<(ColId, String)>,
        excluded: bool,
        words: &str,
        before_at: usize,
    ) {
        let between = cx.between(self.values.last().map(|v| v.pos + 1).unwrap_or(0), k);
        self.values.push(VSlot {
            cands,
            excluded,
            pos: k,
            words: words.to_string(),
            before: cx.word_before(before_at),
            between,
        });
    }
}

/// "How many different caches have I found" counted by `cache_name` on a log that also holds each cache's code
/// (`gc_code`, repeating where a cache was logged twice): two things may share a name, never a code, so the
/// different things are the different codes. Only where the table has one such key. Said in the answer.
fn things_by_their_key(plan: &mut Plan, s: &mut Slots, desk: &Desk, fact: usize) {
    let tb = table(desk, fact);
    let keys: Vec<&Column> =
        tb.columns.iter().filter(|c| c.role == Role::Identifier && c.distinct < tb.rows && c.distinct > 1).collect();
    let [key] = keys.as_slice() else { return };
    for m in plan.measures.iter_mut() {
        let Some(name) = m.column.clone().filter(|_| m.agg == Agg::CountDistinct) else { continue };
        let Some(c) = tb.columns.iter().find(|c| c.name == name) else { continue };
        let ws = crate::semantics::name_words(&c.name);
        if !matches!(c.role, Role::Text | Role::Category)
            || !matches!(ws.last().map(String::as_str), Some("name" | "title"))
        {
            continue;
        }
        // (The key names as many things or more: a key for each name, not a key of something else.)
        if key.distinct < c.distinct {
            continue;
        }
        m.column = Some(key.name.clone());
        s.assumptions.push(format!(
            "different {} counted by {} (two may share a name, never a code)",
            ws[..ws.len() - 1].join(" "),
            key.name
        ));
    }
}

/// "How many outings were rained off" on a golf society's sheet, a row per player per outing: an outing, an
/// occasion, is a gathering of several people on a day, so where rows name people and each date has several rows,
/// the outings are the different dates, not the rows. Said in the answer.
fn occasions_are_dates(plan: &mut Plan, s: &mut Slots, desk: &Desk, lx: &Lexicon, fact: usize) {
    let [m] = plan.measures.as_slice() else { return };
    if m.agg != Agg::Count || m.column.is_some() {
        return;
    }
    let Some(w) = s.measures.iter().find_map(|x| {
        let one = crate::analyst::compile::words::singular(x.words.rsplit(' ').next().unwrap_or(&x.words));
        (matches!(x.kind, MKind::Rows(_)) && matches!(one.as_str(), "outing" | "occasion" | "gathering"))
            .then(|| x.words.clone())
    }) else {
        return;
    };
    let tb = table(desk, fact);
    let dates: Vec<&Column> = tb
        .columns
        .iter()
        .filter(|c| c.role == Role::Time && !c.is_year_number() && c.ty == crate::tables::ColumnType::Date)
        .collect();
    let [d] = dates.as_slice() else { return };
    let people = tb.columns.iter().any(|c| c.is_text() && names_people(lx, c));
    if !people || d.distinct * 2 > tb.rows || d.nulls > 0 {
        return;
    }
    plan.measures = vec![Measure::new(Agg::CountDistinct, Some(&d.name))];
    s.assumptions.push(format!(
        "\"{w}\" counted as the different {} values: each is a day several people came to ({} rows on {} dates)",
        d.name, tb.rows, d.distinct
    ));
}

/// "How many hospital trips" where the column holds "Hospital", "Hospital appt" and "hosp": values written beside
/// the ones matched that may be the same thing ([`crate::semantics::kin_values`]) are never silently left out of a
/// filter (nor left in by an exclusion): the question is declined, naming them, so the person says which count.
fn kin_left_out(b: &crate::analyst::compile::Bound) -> Option<String> {
    use crate::analyst::compile::bind::{BFilter, BOp};
    let mut filters: Vec<&BFilter> = b.filters.iter().collect();
    for m in &b.measures {
        filters.extend(m.part.iter().chain(m.only.iter()));
    }
    match &b.op {
        BOp::Share { part } => filters.extend(part.iter()),
        BOp::CompareValues { from, to, .. } => filters.extend([from.as_ref(), to.as_ref()]),
        _ => {}
    }
    for f in filters {
        let BFilter::Values { col, spellings, keep, .. } = f else { continue };
        let c = &col.col;
        if c.role != Role::Category || spellings.is_empty() || c.listed.is_empty() {
            continue;
        }
        // ("the guests who are coming" matching "Coming!" of an RSVP column mostly written "Yes" and "No": its yes may
        // say the same, so a value that is neither, of a column most often saying yes or no, is asked about.)
        let yes_no = |v: &str| crate::semantics::yes_no_word(&crate::semantics::fold(v)).is_some();
        // (Rows kept by the value only: rows left out as "Rained off" leave every yes in.)
        if *keep && c.listed.first().is_some_and(|v| yes_no(v)) && !spellings.iter().any(|v| yes_no(v)) {
            let sides: Vec<String> =
                c.listed.iter().filter(|v| yes_no(v)).take(4).map(|v| format!("\"{v}\"")).collect();
            let asked: Vec<String> = spellings.iter().take(4).map(|k| format!("\"{k}\"")).collect();
            return Some(format!(
                "whether {} is all that was asked: {} most often says yes or no ({}), which may say the same",
                asked.join(", "),
                c.name,
                sides.join(", ")
            ));
        }
        // (The column's values by spelling group, worked out only here: the check above needs none.)
        let mut groups: Vec<(String, Vec<String>)> = Vec::new();
        for v in &c.listed {
            let k = c.canonical(v);
            match groups.iter_mut().find(|(g, _)| *g == k) {
                Some((_, vs)) => vs.push(v.clone()),
                None => groups.push((k, vec![v.clone()])),
            }
        }
        let groups: Vec<Vec<String>> = groups.into_iter().map(|(_, vs)| vs).collect();
        let kin = crate::semantics::kin_values(&groups, spellings);
        if !kin.is_empty() {
            let shown: Vec<String> = kin.iter().take(6).map(|k| format!("\"{k}\"")).collect();
            let asked: Vec<String> = spellings.iter().take(4).map(|k| format!("\"{k}\"")).collect();
            return Some(format!(
                "whether {} of {} count{} with {} (they may be the same thing written another way): say which to count",
                shown.join(", "),
                c.name,
                if kin.len() == 1 { "s" } else { "" },
                asked.join(", ")
            ));
        }
    }
    None
}

/// "How much did I earn in euros" where the money asked is a column in pounds: a currency said that the figure's
/// column is not in is never answered in the other one (no rate to convert by is known).
fn currency_not_held(plan: &Plan, s: &Slots, desk: &Desk, fact: usize) -> Option<String> {
    let said = s.texts.iter().find_map(|t| match t.as_str() {
        "euros" | "euro" | "in euros" | "eur" => Some(("euros", "€")),
        "dollars" | "dollar" | "in dollars" | "usd" => Some(("dollars", "$")),
        "pounds" | "pound" | "in pounds" | "sterling" | "gbp" => Some(("pounds", "£")),
        "yen" | "jpy" => Some(("yen", "¥")),
        _ => None,
    })?;
    let tb = table(desk, fact);
    for m in &plan.measures {
        let Some(c) = m.column.as_deref().and_then(|n| tb.columns.iter().find(|c| c.name == n)) else { continue };
        if let Some(u) = c.unit.as_deref().filter(|u| crate::semantics::is_currency(u)) {
            if u != said.1 {
                return Some(format!(
                    "the figure in {} ({} is in {u}, and no rate to convert it is known)",
                    said.0, c.name
                ));
            }
        }
    }
    None
}

/// "How much is still owed", "how much did we collect": where one column of the table says whether each row
/// was paid (`Paid`: "Y", "paid", "N", "owes"), money owed is the rows it does not say were paid, and money
/// collected or received the rows it says were. Said in the answer.
fn paid_or_owed(plan: &mut Plan, s: &mut Slots, desk: &Desk, lx: &Lexicon, fact: usize) -> Result<(), String> {
    let money = plan.measures.iter().any(|m| m.column.is_some() && matches!(m.agg, Agg::Sum | Agg::Avg));
    let tb = table(desk, fact);
    // (Its yes values, as the column's own name says them: "Y", "Yes", "paid"; its others are not paid.)
    // (Or a way of paying, "BACS", "Card", or yes with how after it, "paid - cash": paid too.)
    let says_paid = |c: &Column, v: &str| {
        let f = crate::semantics::fold(v);
        let head = f.split(" - ").next().unwrap_or(&f).trim().to_string();
        crate::semantics::yes_no_in(&f, &c.name) == Some("yes")
            || crate::semantics::yes_no_in(&head, &c.name) == Some("yes")
            || lx.has(&f, "paymethod")
    };
    // (Its values that say paid, `true`, or not paid, `false`: every other one written, "No", "owed", "Invoice
    // sent", "not yet"; an empty or "-" entry says nothing.)
    let values_saying = |c: &Column, paid: bool| -> Vec<String> {
        let mut v: Vec<String> = Vec::new();
        for x in c.listed.iter().filter(|x| says_paid(c, x) == paid) {
            let canon = c.canonical(x);
            if !v.contains(&canon) {
                v.push(canon);
            }
        }
        v
    };
    let yes_of = |c: &Column| values_saying(c, true);
    let not_of = |c: &Column| values_saying(c, false);
    let paid: Vec<&Column> = tb
        .columns
        .iter()
        .filter(|c| {
            c.role == Role::Category
                && !yes_of(c).is_empty()
                && crate::semantics::name_words(&c.name)
                    .iter()
                    .any(|w| matches!(w.as_str(), "paid" | "payment" | "settled"))
        })
        .collect();
    let collected = s.texts.iter().any(|t| {
        matches!(t.as_str(), "collect" | "collected" | "collecting" | "received" | "receive" | "got paid" | "been paid")
    });
    let said = |c: &Column| plan.filters.iter().any(|f| f.column == c.name);
    if let Some(w) = s.owed.clone() {
        let [c] = paid.as_slice() else {
            return Err(format!("which rows are \"{w}\": no one column of {} says whether a row was paid", tb.name));
        };
        if said(c) {
            return Ok(());
        }
        if !money && !plan.measures.iter().any(|m| m.agg == Agg::Count) {
            return Err(format!("what \"{w}\" is said of (no money or count of rows was asked)"));
        }
        let not = not_of(c);
        if not.is_empty() {
            return Err(format!("which rows are \"{w}\": every value of {} says paid", c.name));
        }
        let refs: Vec<&str> = not.iter().map(String::as_str).collect();
        plan.filters.push(Filter::is_in(&c.name, &refs));
        s.assumptions.push(format!(
            "\"{w}\" read as the rows whose {} says not paid ({}); {} say paid",
            c.name,
            not.iter().map(|v| format!("{v:?}")).collect::<Vec<_>>().join(", "),
            yes_of(c).iter().map(|v| format!("{v:?}")).collect::<Vec<_>>().join(", ")
        ));
    } else if collected && money {
        if let [c] = paid.as_slice() {
            if !said(c) {
                let yes = yes_of(c);
                let refs: Vec<&str> = yes.iter().map(String::as_str).collect();
                plan.filters.push(Filter::is_in(&c.name, &refs));
                s.assumptions.push(format!(
                    "money collected read as the rows whose {} is {}",
                    c.name,
                    yes.join(" or ")
                ));
            }
        }
    }
    Ok(())
}

/// The values of one column that say a thing is not done yet, by their first word ("Pending", "Awaiting
/// approval", "Waiting list"); empty unless they are all of one column.
fn values_still_waiting(index: &Index) -> Vec<(ColId, String)> {
    const WAITING: &[&str] = &["pending", "awaiting", "waiting", "outstanding"];
    let mut found: Vec<(ColId, String)> = Vec::new();
    for w in WAITING {
        for x in index.values_named(w).into_iter().chain(index.value_word(w)) {
            if let Sense::Val { id, value, .. } = x {
                let first = crate::semantics::fold(&value);
                let first = first.split(' ').next().unwrap_or("");
                if first == *w && !found.iter().any(|(c, v)| *c == id && *v == value) {
                    found.push((id, value));
                }
            }
        }
    }
    match found.first() {
        Some((c, _)) if found.iter().all(|(x, _)| x == c) => found,
        _ => Vec::new(),
    }
}

/// The stored values spelled exactly `word` ("Returned", "Open"), on any column of the desk.
fn values_named_exactly(index: &Index, word: &str) -> Vec<(ColId, String)> {
    index
        .values_named(word)
        .into_iter()
        .filter_map(|x| match x {
            Sense::Val { id, value, fit: Fit::Exact } => Some((id, value)),
            _ => None,
        })
        .collect()
}

#[derive(Debug, Clone)]
struct CSlot {
    op: FilterOp,
    a: f64,
    b: Option<f64>,
    col: Option<Vec<ColId>>,
    currency: bool,
    percent: bool,
    pos: usize,
    words: String,
    /// The last item of the condition ("50" in "more than 50").
    end: usize,
    /// "more than 50 orders": the condition is on how many rows of this table each group has.
    of_rows: Option<usize>,
}

/// A condition on the hour of day: (op, from, to for between).
type HourCond = (FilterOp, f64, Option<f64>);

#[derive(Debug, Clone, Default)]
struct Slots {
    /// "including postage": a money column set aside, said to be added to the money.
    including: Vec<ColId>,
    /// "still owed", "unpaid": the money not yet paid (where a column says which rows were paid).
    owed: Option<String>,
    /// A word of the question was read as the rows of a table ("bookings that took place", "contacts" of a
    /// `radio_log`): the rows are named, so a count of them is of rows, not of a count column's total.
    rows_said: bool,
    /// "the jobs I charged for": rows named by a word of money after them, the rows with money (the words).
    money_rows: Option<String>,
    /// Conditions on the hour of day ("before 3pm").
    hours: Vec<HourCond>,
    /// "delivered after the due date": (the later date column, the earlier one, above or below zero, where).
    date_after: Option<super::passes::DateAfter>,
    /// "how many did we sell in 2025": the date column a verb of the question names (`sold_date`).
    verb_date: Option<ColId>,
    /// "sold below asking": a comparison with a column, not a number: (op, that column, where it was said).
    col_cmp: Option<(FilterOp, ColId, usize)>,
    /// Days of the week asked for ("on weekends", "on Saturdays"): 1 Monday .. 7 Sunday.
    days: Vec<u8>,
    /// Columns whose value must be empty ("no score recorded").
    missing: Vec<ColId>,
    /// A unit written after a compared number ("50 minutes"): (the number's item, the unit word).
    cond_units: Vec<(usize, String)>,
    measures: Vec<MSlot>,
    groups: Vec<(GSlot, usize)>,
    which: Option<(GSlot, usize)>,
    values: Vec<VSlot>,
    conds: Vec<CSlot>,
    periods: Vec<(PeriodExpr, usize)>,
    /// Superlative words: (highest first?, position).
    superlative: Option<(bool, usize)>,
    top_n: Option<(u32, bool)>,
    ops: Vec<(String, usize)>,
    dir: Option<Direction>,
    /// How a change is measured, when the question says ("in dollars", "in percent").
    change_by: Option<ChangeBy>,
    per_grain: Option<Grain>,
    sign: Option<Sign>,
    count_word: bool,
    whole: bool,
    followup: bool,
    /// "whose"/"who": the answer is a person.
    whose: bool,
    /// An aggregate word that asks for an amount ("average", "total"): a count of rows never answers it.
    amount_word: Option<(String, Agg)>,
    /// A word for one side of a signed amount that does not say which ("credit", "debit").
    sign_unsure: Option<String>,
    /// A comparative adjective ("warmer", "longer"): with "than", a difference between two things.
    comparative: bool,
    /// An exclusion word ("outside", "excluding"): something must be left out.
    excl_word: Option<String>,
    /// "how many people": people in general, counted as the table's person column or its rows.
    people: Option<String>,
    /// "came in", "showed up": rows whose outcome is an absence do not count.
    presence: bool,
    /// Said in words ("actually went ahead", "came in"), not only implied by a noun or verb of the rows.
    presence_said: bool,
    /// Number columns said to be left out of the money ("not counting tips").
    left_out_cols: Vec<ColId>,
    /// Columns named as one instance ("came to a class"): used, not a grouping.
    instances: Vec<ColId>,
    /// "in minutes": the unit of time to show a duration in.
    show_in: Option<String>,
    /// A part of the day named ("evenings"): its hours must be said too.
    daypart: Option<String>,
    /// A word for the rows that take money back ("refunds"), with how the question uses them.
    reversal: Option<(Reversal, String)>,
    /// "how much": an amount is asked for.
    how_much: bool,
    /// "sell", "sold": counting what was sold counts its quantity, not the rows.
    sold: bool,
    /// "gross": of a signed amount, the values above zero (before deductions and refunds).
    gross: bool,
    /// "still out", "still open": things begun and not ended (their later date is empty).
    unfinished: Option<String>,
    /// "hires that came back": the rows whose later date is there (or a value "Returned").
    ended: Option<String>,
    /// The things counted are the different values of a key repeating over their lines ("orders").
    things_of_lines: bool,
    /// "how many services" on a `service_register`: the word names the rows (and a kind column), so the rows
    /// are counted, not a key's different values.
    rows_as_said: bool,
    /// Words for both sides of a signed amount ("income" and "spending").
    both_sides: bool,
    /// Something the question leaves open that would change the figure (declined, naming it).
    doubt: Option<String>,
    /// Values the question said to keep in the figure ("cancelled ones included", "after refunds").
    kept: Vec<String>,
    /// Positions of values written with a possessive ("the Canal Path's bikes"): whose, not which part.
    possessive_at: Vec<usize>,
    /// Date columns a word of the question names, in order ("from submitting to review"): the ends of a
    /// duration the data does not store.
    time_words: Vec<ColId>,
    /// The two date columns of a duration the data does not store, once taken (the later, the earlier).
    duration_cols: Vec<ColId>,
    /// The question names two date columns as the ends of a time ("from booked in to ready").
    from_to_dates: bool,
    /// Columns whose empty rows the question leaves out ("ignore the ones with no distance").
    present: Vec<ColId>,
    /// "skip days they weren't counted": the figure asked about is left out where it was not recorded (the
    /// words that say so).
    unrecorded: Vec<String>,
    /// "per day we were open", "per trading day": the days averaged over are the days with rows.
    days_open: bool,
    /// "by what percentage did invoices come in above quotes": the first figure against the second.
    gap: bool,
    /// "rescues per 1,000 visitors": the ratio per this many.
    per_many: Option<f64>,
    /// "Etsy fees as a percentage of Etsy sales": where "as a percentage of" was said between two values.
    as_of: Option<usize>,
    /// "the number of guests" counted as the values of `guest_country`: (the column, why that is asked).
    counts_an_attribute: Option<(String, String)>,
    /// The date column a question names beside a grain ("which month ... lodged"): the dates to use.
    time_col: Option<ColId>,
    /// "how many customers placed more than 50 orders": the groups whose count of rows meets a condition.
    groups_where: Option<(FilterOp, f64, Option<f64>)>,
    /// A superlative on one row noun ("the biggest order", "its single largest sale"): the largest row, not
    /// a count of rows.
    one_row: bool,
    vs: bool,
    neg: Option<String>,
    unknown: Vec<String>,
    /// What the question says that the reader saw but cannot compute as said ("per wash", "tips
    /// included", a "since" with no date): each is a reason to decline, named in it.
    doubts: Vec<String>,
    refuse: Option<String>,
    /// Words the answer should say it assumed.
    assumptions: Vec<String>,
    /// Tables named as qualifiers or row nouns.
    tables: Vec<usize>,
    /// Items the grammar used, by index.
    used: Vec<bool>,
    /// Columns named by a word alone (no value, lexicon or table sense beside): (column, the words).
    named: Vec<(ColId, String)>,
    /// A word naming only columns, several of them ("speeding": `top_speed`, `speed_limit`): one of them must be
    /// used, or the word would be dropped without a trace.
    named_any: Vec<(Vec<ColId>, String)>,
    /// Words read as something else that are also words of values of several words ("won" as a ranking
    /// word, and of "Closed Won"): (the column, the word, the values).
    value_words: Vec<(ColId, String, Vec<String>)>,
    /// Each item's text, by index.
    texts: Vec<String>,
}

/// How a question uses the rows that take money back ("refunds", "reversals").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reversal {
    /// "after refunds", "net of refunds": the total nets them out.
    Net,
    /// "not counting refunds", "before refunds": they are left out.
    Without,
    /// "how much was refunded", "how many refunds": they are what is measured.
    Only,
}

/// Words that mean the question is not a computation over the data.
const REFUSE: &[&str] = &[
    "why",
    "predict",
    "prediction",
    "forecast",
    "forecasts",
    "will",
    "should",
    "would",
    "could",
    "tomorrow",
    "future",
    "next",
];

pub(super) fn col(desk: &Desk, id: ColId) -> &Column {
    &desk.tables[id.table].columns[id.col]
}

fn table(desk: &Desk, t: usize) -> &Table {
    &desk.tables[t]
}

/// The plan's name for a column: "table.column" when the column is not on `fact`.
fn cname(desk: &Desk, id: ColId, fact: Option<usize>) -> String {
    let c = col(desk, id);
    match fact {
        Some(f) if f != id.table => format!("{}.{}", table(desk, id.table).name, c.name),
        _ => c.name.clone(),
    }
}

fn is_measure_col(c: &Column) -> bool {
    c.is_numeric() && c.role.is_measure()
}

fn grain_of(s: &str) -> Option<Grain> {
    Some(match s {
        "day" => Grain::Day,
        "week" => Grain::Week,
        "month" => Grain::Month,
        "quarter" => Grain::Quarter,
        "year" => Grain::Year,
        "hour" => Grain::HourOfDay,
        "weekday" => Grain::DayOfWeek,
        "monthofyear" => Grain::MonthOfYear,
        _ => return None,
    })
}

/// The grain a word names ("year", "months").
fn grain_of_word(w: &str) -> Option<Grain> {
    Some(match crate::analyst::compile::words::singular(w).as_str() {
        "day" | "date" => Grain::Day,
        "week" => Grain::Week,
        "month" => Grain::Month,
        "quarter" => Grain::Quarter,
        "year" => Grain::Year,
        _ => return None,
    })
}

fn agg_of(s: &str) -> Option<Agg> {
    Some(match s {
        "sum" => Agg::Sum,
        "avg" => Agg::Avg,
        "count" => Agg::Count,
        "distinct" => Agg::CountDistinct,
        "min" => Agg::Min,
        "max" => Agg::Max,
        "median" => Agg::Median,
        _ => return None,
    })
}

struct Ctx {
    items: Vec<Item>,
}

impl Ctx {
    /// The index of the next item after `k` that is not filler or punctuation.
    fn next(&self, k: usize) -> Option<usize> {
        (k + 1..self.items.len()).find(|&j| !self.items[j].is_filler() && !self.items[j].lex("punct"))
    }
    fn prev(&self, k: usize) -> Option<usize> {
        (0..k).rev().find(|&j| !self.items[j].is_filler() && !self.items[j].lex("punct"))
    }
    fn text(&self, k: usize) -> &str {
        &self.items[k].text
    }
    /// The word right before item `k` (filler included).
    fn between(&self, from: usize, to: usize) -> Vec<String> {
        self.items.get(from..to).unwrap_or_default().iter().map(|i| i.text.clone()).collect()
    }

    fn word_before(&self, k: usize) -> String {
        if k == 0 {
            String::new()
        } else {
            self.items[k - 1].text.clone()
        }
    }
}

/// "how many orders haven't been collected yet", "jobs that were not completed": a negation right before a
/// value (a verb of being between) leaves that value's rows out; the negation is then read.
fn value_not_reached(s: &mut Slots) {
    let Some(neg) = s.neg.clone() else { return };
    let negation = |t: &str| {
        matches!(
            t,
            "not" | "haven't" | "hasn't" | "weren't" | "wasn't" | "isn't" | "aren't" | "never" | "have not" | "has not"
        )
    };
    let filler = |t: &str| matches!(t, "been" | "be" | "yet" | "being" | "ever" | "have" | "has" | "were" | "was");
    let mut read = false;
    for v in s.values.iter_mut().filter(|v| !v.excluded && v.cands.iter().all(|(c, _)| *c == v.cands[0].0)) {
        let mut j = v.pos;
        while j > 0 && filler(&s.texts[j - 1]) {
            j -= 1;
        }
        if j > 0 && negation(&s.texts[j - 1]) && s.texts[j - 1] == neg {
            v.excluded = true;
            read = true;
        }
    }
    if read {
        s.neg = None;
    }
}

/// Best columns among candidates: the highest fit only.
fn best(cands: &[(ColId, Fit)]) -> Vec<ColId> {
    let top = cands.iter().map(|(_, f)| *f).max();
    let mut v: Vec<ColId> = cands.iter().filter(|(_, f)| Some(*f) == top).map(|(c, _)| *c).collect();
    v.dedup();
    v
}

pub fn read(q: &str, prior: &[String], desk: &Desk, lx: &Lexicon, lookup: &mut dyn super::Lookup) -> Reading {
    let index = Index::build(desk, lx);
    let mut slots = parse(q, desk, lx, &index, lookup);
    value_not_reached(&mut slots);
    // A follow-up refines the question before it.
    // A follow-up says so ("now", "same", "what about") or is a bare fragment ("for the East region",
    // "in 2024", "by product") with no figure, aggregate or row noun of its own.
    let fragment = slots.measures.is_empty()
        && slots.ops.is_empty()
        && !slots.whole
        && !slots.count_word
        && slots.tables.is_empty()
        && slots.conds.is_empty()
        && (!slots.values.is_empty() || !slots.groups.is_empty() || !slots.periods.is_empty())
        && slots.which.is_none()
        && slots.superlative.is_none();
    if (slots.followup || fragment && !prior.is_empty()) && slots.refuse.is_none() && slots.unknown.is_empty() {
        if let Some((last, earlier)) = prior.split_last() {
            let base = chain(last, earlier, desk, lx, &index, lookup);
            if let Some(base) = base {
                let merged = merge(base, slots);
                return build(merged, desk, lx, lookup);
            }
        }
    }
    build(slots, desk, lx, lookup)
}

/// The slots of the last question of a chain of follow-ups, each refining the one before.
fn chain(
    q: &str,
    earlier: &[String],
    desk: &Desk,
    lx: &Lexicon,
    index: &Index,
    lookup: &mut dyn super::Lookup,
) -> Option<Slots> {
    let s = parse(q, desk, lx, index, lookup);
    if s.refuse.is_some() || !s.unknown.is_empty() {
        return None;
    }
    if s.followup || s.measures.is_empty() && s.ops.is_empty() {
        let (last, rest) = earlier.split_last()?;
        let base = chain(last, rest, desk, lx, index, lookup)?;
        return Some(merge(base, s));
    }
    Some(s)
}

/// The previous question's slots with the follow-up's changes: new values replace those of the same
/// column (and exclusions drop the kept values they contradict), a new grouping replaces the old one,
/// a new period replaces the old one, a new measure replaces the old one.
fn merge(mut base: Slots, f: Slots) -> Slots {
    let new_values = !f.values.is_empty();
    let cols: Vec<ColId> = f.values.iter().flat_map(|v| v.cands.iter().map(|(c, _)| *c)).collect();
    base.values.retain(|b| !b.cands.iter().any(|(c, _)| cols.contains(c)));
    base.values.extend(f.values);
    if !f.groups.is_empty() {
        base.groups = f.groups;
    } else if new_values {
        // "now only for the West region" after "by region": one group left, no grouping by it.
        let vcols: Vec<ColId> = base.values.iter().flat_map(|v| v.cands.iter().map(|(c, _)| *c)).collect();
        base.groups.retain(|(g, _)| !matches!(g, GSlot::Col(cs) if cs.iter().any(|c| vcols.contains(c)) && base.values.iter().filter(|v| !v.excluded && v.cands.iter().any(|(c, _)| cs.contains(c))).count() == 1));
    }
    if !f.periods.is_empty() {
        base.periods = f.periods;
    }
    if !f.measures.is_empty() {
        base.measures = f.measures;
    }
    if !f.conds.is_empty() {
        base.conds.extend(f.conds);
    }
    if !f.ops.is_empty() {
        base.ops = f.ops;
    }
    if f.superlative.is_some() {
        base.superlative = f.superlative;
    }
    if f.top_n.is_some() {
        base.top_n = f.top_n;
    }
    if f.dir.is_some() {
        base.dir = f.dir;
    }
    base.unknown.extend(f.unknown);
    base.assumptions.extend(f.assumptions);
    // What the follow-up replaced is not used any more: only its own words must be.
    base.named = f.named;
    base.named_any = f.named_any;
    base.value_words = f.value_words;
    base.followup = false;
    base
}

fn parse(q: &str, desk: &Desk, lx: &Lexicon, index: &Index, lookup: &mut dyn super::Lookup) -> Slots {
    let toks = tokenize(q);
    let mut items = link(&toks, index, lx);
    resolve_unknown_values(&mut items, desk, lookup);
    join_wholes(&mut items);
    absorb_measure_nouns(&mut items, desk);
    people_of_a_kind(&mut items, lx);
    super::passes::the_owner_not_a_value(&mut items, desk);
    super::passes::kinds_listed_after_which(&mut items);
    super::passes::what_money_goes_on(&mut items, desk);
    super::passes::number_words(&mut items);
    super::passes::both_is_not_one_value(&mut items);
    super::passes::kind_word_is_no_part_of_a_value(&mut items, lx);
    super::passes::average_number_of_units(&mut items, desk);
    super::passes::single_row_noun(&mut items, desk, lx);
    super::passes::rows_of_a_container(&mut items, desk);
    super::passes::per_item_is_a_row(&mut items);
    super::passes::cost_is_money(&mut items, desk);
    super::passes::and_how_many_closing(&mut items);
    super::passes::same_months_of_a_year(&mut items);
    super::passes::ordinal_of_a_period(&mut items);
    super::passes::request_verb_as_noun(&mut items);
    super::passes::whole_of_the_thing(&mut items, desk, lx);
    super::passes::extreme_of_a_recorded_average(&mut items, desk);
    super::passes::negated_counting(&mut items);
    super::passes::leave_out(&mut items);
    let (mut unrecorded_cols, unrecorded) = super::passes::unrecorded_left_out(&mut items, desk, lx);
    unrecorded_cols.extend(super::passes::recorded_kept(&mut items));
    unrecorded_cols.extend(super::passes::with_a_date(&mut items, desk));
    unrecorded_cols.extend(super::passes::participle_of_a_date(&mut items, desk));
    super::passes::table_and_its_holder(&mut items);
    super::passes::verb_with_another_preposition(&mut items, desk);
    super::passes::column_of_a_table_before_rows(&mut items, desk);
    let days_open = super::passes::days_open(&mut items);
    super::passes::most_of_a_money_plural(&mut items, desk);
    super::passes::most_of_a_value_plural(&mut items, desk);
    super::passes::money_of_a_thing(&mut items, desk);
    super::passes::and_how_much_after_a_count(&mut items);
    super::passes::presence_noun_before_rate(&mut items);
    super::passes::takes_the_longest(&mut items);
    super::passes::the_next_one(&mut items);
    super::passes::which_is_second(&mut items);
    super::passes::the_work_done(&mut items);
    super::passes::reached_a_number(&mut items);
    super::passes::include_a_flag(&mut items, desk);
    super::passes::what_they_sold_for(&mut items);
    super::passes::before_costs(&mut items);
    super::passes::money_gone_out(&mut items);
    super::passes::first_months_of_a_year(&mut items);
    super::passes::every_one_counted(&mut items);
    super::passes::rows_not_a_column(&mut items, desk);
    super::passes::amount_that_fell(&mut items);
    super::passes::payment_we_made(&mut items);
    super::passes::freezing_as_a_number(&mut items, desk);
    super::passes::change_verb_of_a_comparison(&mut items);
    super::passes::time_of_a_clock_column(&mut items, desk);
    super::passes::a_high_or_a_low(&mut items, desk);
    super::passes::verb_of_the_rows(&mut items, desk);
    super::passes::column_word_written_short(&mut items, desk, lx);
    super::passes::void_named(&mut items, desk);
    super::passes::duplicates_named(&mut items, desk);
    super::passes::the_things_beside_a_time_grouping(&mut items, desk);
    super::passes::daypart_of_dates_only(&mut items, desk);
    super::passes::things_counted_by_a_quantity(&mut items, desk, lx);
    super::passes::the_business_is_us(&mut items);
    super::passes::only_days_where(&mut items);
    super::passes::whose_thing(&mut items);
    super::passes::going_by_the_things(&mut items, desk);
    super::passes::size_in_a_column(&mut items, desk);
    super::passes::rate_as_a_verb(&mut items, desk);
    super::passes::passive_rank_verb(&mut items);
    super::passes::particle_up_after_a_verb(&mut items, lx);
    super::passes::grain_said_back(&mut items);
    super::passes::within_a_time_of(&mut items);
    super::passes::kind_of_a_figure(&mut items, desk);
    super::passes::ahead_of_the_thing(&mut items, desk);
    super::passes::verb_of_an_amount(&mut items, desk);
    let gap = super::passes::figures_against_each_other(&mut items, desk);
    let per_many = super::passes::per_a_round_number(&mut items);
    super::passes::participle_after_per_thing(&mut items, lx);
    super::passes::rows_word_counted(&mut items, desk);
    super::passes::numbered_value(&mut items, desk);
    super::passes::before_reversals(&mut items, lx);
    super::passes::people_nouns(&mut items, desk, lx);
    super::passes::net_money_word(&mut items);
    super::passes::plain_adjective_before_value(&mut items);
    participle_of_a_flag(&mut items, desk);
    super::passes::value_as_our_verb(&mut items);
    super::passes::column_word_as_our_verb(&mut items, desk);
    let from_to_dates = super::passes::from_date_to_date(&mut items, desk);
    let date_after = super::passes::date_after_date(&mut items, desk)
        .or_else(|| super::passes::late_is_after_due(&mut items, desk, lx));
    super::passes::date_named_by_verb(&mut items, desk, lx);
    let verb_date = super::passes::verb_names_a_date(&items, desk, lx);
    let season = super::passes::season_is_the_data(&mut items, desk);
    super::passes::seasons_said_in_months(&mut items);
    let season_span = super::passes::season_of_the_data(&mut items, desk, lookup);
    let named_season = super::passes::named_season_of_the_data(&mut items, desk, lookup);
    let verb_date = season_span.as_ref().map(|(_, c)| *c).or(verb_date);
    super::passes::passive_of_counted(&mut items);
    super::passes::money_verb(&mut items, desk);
    super::passes::payer_not_us(&mut items);
    super::passes::once_as_when(&mut items);
    super::passes::payments_in(&mut items);
    super::passes::table_word_before_rows(&mut items, desk);
    super::passes::verb_of_a_clock_column(&mut items, desk);
    super::passes::done_verb(&mut items);
    super::passes::done_verb_is_a_value(&mut items, desk);
    super::passes::things_come_in(&mut items, desk, lx);
    super::passes::verb_particles(&mut items, desk);
    super::passes::counted_not_a_size(&mut items, desk, index);
    super::passes::money_modifier(&mut items, desk);
    super::passes::things_of_a_kind(&mut items, desk);
    super::passes::distinct_things(&mut items, desk);
    super::passes::divide_by(&mut items);
    super::passes::whole_after_ratio(&mut items);
    super::passes::light_verb_not_a_value(&mut items);
    let rows_nouns = super::passes::rows_nouns(&mut items, desk, lx);
    // ("how many more jobs did we get", "orders we received": a verb of getting them counts every one that
    // came, whatever became of it after.)
    let got = items.iter().any(|it| {
        matches!(
            it.text.as_str(),
            "get" | "got" | "gotten" | "receive" | "received" | "win" | "won" | "took on" | "take on"
        )
    });
    let (left_out_cols, mut doubts) = super::passes::figures_left_out(&mut items, desk);
    doubts.extend(super::passes::what_did_the_most(&items));
    doubts.extend(super::passes::share_of_its_own(&items));
    doubts.extend(super::passes::passive_paid(&items, desk));
    doubts.extend(super::passes::where_asks_a_place(&items, desk, lx));
    doubts.extend(super::passes::first_or_last_of_nothing(&items));
    let cx = Ctx { items };
    if std::env::var_os("DESK_TRACE_READER").is_some() {
        for it in &cx.items {
            eprintln!("reader item {:?}: {:?}", it.text, it.senses);
        }
    }
    let mut s = Slots {
        used: vec![false; cx.items.len()],
        texts: cx.items.iter().map(|i| i.text.clone()).collect(),
        left_out_cols,
        doubts,
        assumptions: season
            .into_iter()
            .chain(season_span.map(|(a, _)| a))
            .chain(named_season)
            .chain(rows_nouns.iter().map(|(w, t)| {
                if got {
                    format!("\"{w}\" read as the rows of {}, every one that came in", desk.tables[*t].name)
                } else {
                    format!("\"{w}\" read as the rows of {} that took place", desk.tables[*t].name)
                }
            }))
            .collect(),
        rows_said: !rows_nouns.is_empty(),
        money_rows: None,
        from_to_dates,
        date_after,
        verb_date,
        present: unrecorded_cols,
        unrecorded,
        days_open,
        gap,
        per_many,
        ..Slots::default()
    };
    // (A word of ours for the rows names what took place: a stay, a game, a load is a booking or ticket that
    // happened, not one cancelled.)
    if !rows_nouns.is_empty() && !got {
        s.presence = true;
    }
    // ("how many members borrowed more than 30 books": a verb of the event a table's rows record says what
    // took place: each row is one of the things it names.)
    if cx.items.iter().any(|it| {
        lx.has_kind(&it.text, "event:") && it.senses.iter().any(|x| matches!(x, Sense::Table { fit: Fit::Kin, .. }))
    }) {
        s.presence = true;
    }
    for it in &cx.items {
        let times: Vec<ColId> = it
            .cols()
            .into_iter()
            .map(|(c, _)| c)
            .filter(|c| col(desk, *c).role == Role::Time && !col(desk, *c).is_year_number())
            .collect();
        if let [c] = times.as_slice() {
            if !s.time_words.contains(c) {
                s.time_words.push(*c);
            }
        }
        // ("events held in 2024" of a table `catering_events` with `booked_on` and `event_date`: the word for
        // the rows that is also a word of one date column's name says which date they are of.)
        if times.is_empty() {
            for (t, _) in it.tables() {
                let words: Vec<String> = it.text.split(' ').map(crate::analyst::compile::words::singular).collect();
                let named: Vec<ColId> = table(desk, t)
                    .time_columns()
                    .iter()
                    .filter(|c| !c.is_year_number())
                    .filter(|c| {
                        crate::semantics::name_words(&c.name)
                            .iter()
                            .any(|n| words.iter().any(|w| w.len() > 2 && n == w))
                    })
                    .filter_map(|c| table(desk, t).columns.iter().position(|x| x.name == c.name))
                    .map(|i| ColId { table: t, col: i })
                    .collect();
                if let ([c], true) = (named.as_slice(), table(desk, t).time_columns().len() >= 2) {
                    if !s.time_words.contains(c) {
                        s.time_words.push(*c);
                    }
                }
            }
        }
    }
    // Columns named by a word of their own: the whole name in some form, its head word, or a verb naming
    // a date ("reviewed" of `reviewed_at`). Not a word for the things a value describes ("the lettuce
    // house", "annual plans") or for all of them ("across all the houses").
    for (k, it) in cx.items.iter().enumerate() {
        let cols: Vec<ColId> = it
            .senses
            .iter()
            .filter_map(|x| match x {
                Sense::Col { id, fit } if *fit != Fit::Kin => Some(*id),
                _ => None,
            })
            .collect();
        let own =
            |id: ColId, fit: Fit| fit > Fit::Part || index.is_head(id, &it.text) || col(desk, id).role == Role::Time;
        let described = k > 0 && !cx.items[k - 1].vals().is_empty()
            || cx.items[k.saturating_sub(2)..k].iter().any(|p| p.lex("whole"));
        const FUNCTION: &[&str] =
            &["filler", "ask", "punct", "by", "whole", "only", "excl", "neg", "vs", "followup", "people", "rows"];
        let function = it.senses.iter().any(|x| match x {
            Sense::Lex(l) => {
                FUNCTION.contains(&l.as_str())
                    || ["agg:", "grain:", "per-grain:", "rel:", "period:", "cmp:", "unit:"]
                        .iter()
                        .any(|p| l.starts_with(p))
            }
            Sense::Period(_) | Sense::Num { .. } => true,
            _ => false,
        });
        // (A word naming a column or table is that, not a value's word; a verb naming a date column may
        // be either: "closed" of `close_date` and of "Closed Won".)
        let names_schema = it.senses.iter().any(|x| match x {
            Sense::Col { id, .. } => col(desk, *id).role != Role::Time,
            Sense::Table { .. } => true,
            _ => false,
        });
        // (A plural naming one word of some values only loosely, "parents" of "Parent Pay", is asked about
        // where the word has no other sense, or only names people; "credits" also a word of reversals keeps
        // that.)
        let only_people = it.senses.iter().all(|x| matches!(x, Sense::Lex(l) if l == "people"));
        // ("our best month ever": a word ranking the periods right before one, not "Sundae Best".)
        let ranks_a_period = it.lex_kind("rank:").is_some()
            && cx.items.get(k + 1).is_some_and(|n| n.lex_kind("grain:").is_some() && !n.text.contains(' '));
        if it.vals().is_empty()
            && (!function || only_people)
            && !names_schema
            && !ranks_a_period
            && it.end == it.start + 1
        {
            let mut by_col: Vec<(ColId, Vec<String>)> = Vec::new();
            let found = if only_people { index.value_word_loosely(&it.text) } else { index.value_word(&it.text) };
            for v in found {
                if let Sense::Val { id, value, .. } = v {
                    match by_col.iter_mut().find(|(c, _)| *c == id) {
                        Some((_, vs)) => vs.push(value),
                        None => by_col.push((id, vec![value])),
                    }
                }
            }
            for (c, vs) in by_col {
                // Only a word that picks a few values of a category (not one most values share).
                let cc = col(desk, c);
                let values = cc.folded_values.unwrap_or(cc.listed.len() as u64) as usize;
                if cc.role == Role::Category && vs.len() * 2 < values.max(1) {
                    s.value_words.push((c, it.text.clone(), vs));
                }
            }
        }
        if !cols.is_empty()
            && !described
            && cols.iter().all(|c| *c == cols[0])
            && it.senses.iter().all(|x| matches!(x, Sense::Col { id, fit } if own(*id, *fit)))
        {
            s.named.push((cols[0], it.text.clone()));
        } else {
            // (Also a word only like them, "speeding" of `top_speed` and `speed_limit`.)
            let mut any: Vec<ColId> = Vec::new();
            for x in &it.senses {
                if let Sense::Col { id, .. } = x {
                    if !any.contains(id) {
                        any.push(*id);
                    }
                }
            }
            // (Keys and dates are used by being the rows' own: "tailor" of `tailor_id`, "class" of `class_date`.)
            // (Only like them: a word naming a part of several long names, "pitch" of a form's questions, or
            // the things counted, "guests" of `guest` and `guests`, is read otherwise.)
            if any.len() > 1
                && !described
                && it.senses.iter().all(|x| matches!(x, Sense::Col { fit: Fit::Kin, .. }))
                && !it.text.contains(' ')
                && any.iter().all(|c| !matches!(col(desk, *c).role, Role::Identifier | Role::Time))
            {
                s.named_any.push((any, it.text.clone()));
            }
        }
    }
    let n = cx.items.len();
    let mut pending_agg: Option<(Agg, usize, bool)> = None;
    let mut skip_next_noun = false;
    let mut pending_ratio = false;
    let mut pending_times = false;
    let mut pending_by = false;
    let mut pending_which = false;
    let mut pending_excl = false;
    let mut pending_cmp: Option<(FilterOp, usize)> = None;
    let mut pending_top: Option<bool> = None;
    let mut k = 0;
    let trace = std::env::var_os("DESK_TRACE_READER").is_some();
    // Items already read as part of an earlier phrase ("waiting for someone to approve them").
    let mut read_until = 0;
    while k < n {
        if k < read_until {
            s.used[k] = true;
            k += 1;
            continue;
        }
        let mut it = cx.items[k].clone();
        // "the annual plans": a word right before a category column's name that is a word of some of its
        // values ("Classic Annual", "Premium Annual") names those values, whatever else it means alone.
        if !it.is_schema() && it.end == it.start + 1 {
            let next_cats: Vec<ColId> = cx
                .items
                .get(k + 1)
                .map(|n| {
                    n.cols().into_iter().map(|(c, _)| c).filter(|c| col(desk, *c).role == Role::Category).collect()
                })
                .unwrap_or_default();
            let structural = it.senses.iter().any(|x| {
                matches!(x, Sense::Lex(l) if ["agg:", "op:", "cmp:", "rank:", "neg", "excl", "only", "by", "vs"]
                    .iter()
                    .any(|p| l.starts_with(p)))
            });
            if !next_cats.is_empty() && !structural {
                let vals: Vec<Sense> = index
                    .value_word(&it.text)
                    .into_iter()
                    .filter(|v| matches!(v, Sense::Val { id, .. } if next_cats.contains(id)))
                    .collect();
                if !vals.is_empty() {
                    it.senses = vals;
                }
            }
        }
        // "who has submitted the most records": a word for rows right after a word of ranking is what is
        // counted, not the identifier column it is also a word of (`record_id`).
        if it.lex("rows")
            && k > 0
            && (cx.items[k - 1].lex_kind("rank:").is_some() || cx.items[k - 1].lex("agg:max"))
            && it.senses.iter().any(|x| matches!(x, Sense::Col { .. }))
        {
            it.senses.retain(|x| {
                !matches!(x, Sense::Col { id, fit: Fit::Part | Fit::Kin } if col(desk, *id).role == Role::Identifier)
            });
        }
        if trace {
            eprintln!(
                "reader at {k} {:?}: which {:?} groups {:?} measures {} pending which {pending_which} by {pending_by}",
                it.text,
                s.which,
                s.groups,
                s.measures.len()
            );
        }
        // "divided by total climbers": the total of the denominator is what a ratio of totals divides by.
        if pending_ratio
            && it.lex("agg:sum")
            && cx.next(k).is_some_and(|j| cx.items[j].cols().iter().any(|(c, _)| is_measure_col(col(desk, *c))))
        {
            k += 1;
            continue;
        }
        // A word the lexicon knows, linked to the desk only loosely (a typo, a stem, a word of the same
        // kind), keeps its lexicon sense.
        let loose = it.senses.iter().all(|x| match x {
            Sense::Col { fit, .. } | Sense::Val { fit, .. } | Sense::Table { fit, .. } => *fit == Fit::Kin,
            _ => true,
        });
        let lexical = it.senses.iter().any(|x| matches!(x, Sense::Lex(l) if l != "punct"));
        // (Kept aside: the value a word for reversals names, "refunded" of a `Refund` type.)
        let loose_vals = it.vals();
        // "average daily takings" on `climbing_daily`: a word of time ("daily") that names the table only as a
        // word of its name keeps its sense of time.
        let table_word_only = it.senses.iter().all(|x| match x {
            Sense::Table { fit, .. } => *fit <= Fit::Part,
            Sense::Col { .. } | Sense::Val { .. } => false,
            _ => true,
        });
        if it.lex_kind("per-grain:").is_some() && table_word_only && it.is_schema() {
            it.senses.retain(|x| !matches!(x, Sense::Table { .. }));
        }
        // "which month": a grain, not a number column with the unit in its name (`age_months`).
        // (The unit is the last word of such a name, after what it measures: `age_months`; `hours_open` are
        // the hours themselves.)
        let unit_of_a_number = it.senses.iter().any(|x| matches!(x, Sense::Col { .. }))
            && it.senses.iter().all(|x| match x {
                Sense::Col { id, fit } => {
                    let ws = crate::semantics::name_words(&col(desk, *id).name);
                    *fit == Fit::Part
                        && col(desk, *id).is_numeric()
                        && ws.len() > 1
                        && ws.last().is_some_and(|l| super::link::same_form(l, &it.text))
                }
                Sense::Val { .. } | Sense::Table { .. } => false,
                _ => true,
            });
        if it.lex_kind("grain:").is_some() && unit_of_a_number && !it.text.ends_with('s') {
            it.senses.retain(|x| !matches!(x, Sense::Col { .. }));
        }
        if loose && lexical && it.is_schema() {
            it.senses.retain(|x| !matches!(x, Sense::Col { .. } | Sense::Val { .. } | Sense::Table { .. }));
        }
        // "the hottest reading": a word for one row of data, not the date column it shares a word with
        // (`reading_time`).
        let dates_only_by_part = it.senses.iter().any(|x| matches!(x, Sense::Col { .. }))
            && it.senses.iter().all(|x| match x {
                Sense::Col { id, fit } => *fit == Fit::Part && col(desk, *id).role == Role::Time,
                Sense::Val { .. } | Sense::Table { .. } => false,
                _ => true,
            });
        if it.lex("rows") && dates_only_by_part {
            it.senses.retain(|x| !matches!(x, Sense::Col { .. }));
        }
        // "billings": an amount, even where a text column is called `billing`.
        let names_text_loosely = it.senses.iter().all(|x| match x {
            Sense::Col { id, fit } => *fit < Fit::Exact && !is_measure_col(col(desk, *id)),
            Sense::Val { .. } | Sense::Table { .. } => false,
            _ => true,
        });
        if it.lex_kind("measure:").is_some() && names_text_loosely {
            it.senses.retain(|x| !matches!(x, Sense::Col { .. }));
        }
        // "the cancellation rate", "our no-show rate": after a value, "rate" is the share of rows holding
        // it, not a column that only has "rate" in its name (`nightly_rate`).
        if it.text.starts_with("rate")
            && it.lex_kind("op:").is_some()
            && k > 0
            && !cx.items[k - 1].vals().is_empty()
            && it.senses.iter().all(|x| match x {
                Sense::Col { fit, .. } => *fit < Fit::Exact,
                _ => true,
            })
        {
            it.senses.retain(|x| !matches!(x, Sense::Col { .. }));
        }
        let t = it.text.as_str();
        // ("how many croissants did we deliver": what was handed over is counted by its quantity, as sold.)
        // ("sold the most": the verb of a phrase too.)
        if matches!(
            t.split(' ').next().unwrap_or(t),
            "sell"
                | "sells"
                | "sold"
                | "selling"
                | "bestselling"
                | "best-selling"
                | "deliver"
                | "delivered"
                | "delivers"
                | "ordered"
        ) {
            // (Not where what is counted is the table's own rows: "how many jobs did I deliver" counts jobs.)
            // (Nor an adjective of them: "sold properties", "delivered jobs".)
            // ("how many Express jobs were delivered": a value of them may come first.)
            // (The rows named by their key count too: "delivered orders" beside an `Order` column of refs.)
            let rows_noun = |n: &Item| {
                n.vals().is_empty()
                    && (!n.tables().is_empty()
                        || n.cols().iter().any(|(c, f)| {
                            *f >= Fit::Form
                                && col(desk, *c).role == Role::Identifier
                                && table(desk, c.table).is_row_key(&col(desk, *c).name)
                        }))
            };
            let rows_counted = (0..k).any(|j| {
                cx.items[j].text.starts_with("how many")
                    && (j + 1..=j + 2).any(|x| x < k && cx.items.get(x).is_some_and(rows_noun))
            }) || cx.items.get(k + 1).is_some_and(rows_noun);
            if !rows_counted {
                s.sold = true;
            }
        }
        if t.starts_with("how much ") {
            // "how much more", "how much less": an amount, as "how much" is.
            s.how_much = true;
        }
        if t == "gross" || t.starts_with("gross ") {
            // "gross pay", "gross sales": before deductions and refunds, the values above zero.
            s.gross = true;
        }
        // "the average finish time, in minutes": the unit of time to show the figure in.
        if crate::analyst::plan::seconds_in(t).is_some()
            && k > 0
            && cx.text(k - 1) == "in"
            && cx.items.get(k + 1).is_none_or(|i| i.lex("punct"))
        {
            // (The word still names the duration when nothing else does: "the longest trips, in minutes".)
            s.show_in = Some(t.to_string());
            s.used[k - 1] = true;
            // ("on average in days": the unit, never a grouping by day; that takes "by day" or "per day".)
            let names_duration = it.cols().iter().any(|(c, _)| col(desk, *c).unit.is_some());
            if it.senses.is_empty()
                || !names_duration && s.measures.iter().any(|m| m.kind == MKind::Kind("duration".into()))
            {
                s.used[k] = true;
                k += 1;
                continue;
            }
        }
        // "more than 24 hours", "under 50 minutes": the unit of the compared number (converted to the
        // column's own unit when the condition is bound).
        if (unit_of_time_word(t) || lx.has_kind(t, "unitword:") && t.starts_with('°'))
            && k > 1
            && cx.items[k - 1].senses.iter().any(|x| matches!(x, Sense::Num { .. }))
            && cx.items[k - 2].lex_kind("cmp:").is_some()
        {
            s.cond_units.push((k - 1, t.to_string()));
            s.used[k] = true;
            k += 1;
            continue;
        }
        // Times of day and days of the week as conditions ("before 3pm", "at 6 PM or later", "on
        // weekends", "on Saturdays").
        if let Some((cond, end)) = hour_at(&cx, k) {
            s.hours.push(cond);
            for u in s.used.iter_mut().take(end).skip(k) {
                *u = true;
            }
            pending_cmp = None;
            k = end;
            continue;
        }
        if let Some(days) = days_at(&cx, k) {
            // "on an average Saturday", "a typical weekday": each such day's total, averaged over those days.
            if an_average_before(&cx, k, &[]) {
                s.per_grain = Some(Grain::Day);
                if pending_agg.is_none_or(|(a, _, _)| a == Agg::Avg) {
                    pending_agg = None;
                }
                s.amount_word = Some(("average".into(), Agg::Avg));
            }
            s.days.extend(days);
            s.used[k] = true;
            k += 1;
            continue;
        }
        // "the average delay", "waiting time", where no column holds one: the delay figure (the time between
        // two date columns, resolved with the table).
        if it.senses.is_empty() && lx.same_kind(t, "delay") && !lx.same_kind(t, "duration") {
            if !s.measures.iter().any(|m| m.kind == MKind::Kind("delay".into())) {
                s.measures.push(MSlot {
                    kind: MKind::Kind("delay".into()),
                    agg: pending_agg.take().map(|x| x.0),
                    pos: k,
                    words: t.to_string(),
                    per: None,
                    times: None,
                });
            }
            s.used[k] = true;
            k += 1;
            continue;
        }
        if it.senses.is_empty() && lx.same_kind(t, "duration") {
            // A word for a length of time that names no column here ("hire length", "trip duration", "how
            // long"): the duration figure the question asks, a column in a unit of time or the time between
            // two date columns (resolved with the table). Said once, however many words say it.
            if !s.measures.iter().any(|m| m.kind == MKind::Kind("duration".into())) {
                s.measures.push(MSlot {
                    kind: MKind::Kind("duration".into()),
                    agg: pending_agg.take().map(|x| x.0),
                    pos: k,
                    words: t.to_string(),
                    per: None,
                    times: None,
                });
            }
            s.used[k] = true;
            k += 1;
            continue;
        }
        // "how many bottles did we sell": a plural the desk and the lexicon do not know, on a desk whose one
        // column of goods counted (`qty` beside a price) says how many each row holds, is its unit.
        if it.senses.is_empty() {
            if let Some(q) = units_of_the_quantity(desk, t, &s.texts) {
                if !s.measures.iter().any(|m| matches!(&m.kind, MKind::Col(cs) if cs == &vec![q])) {
                    let agg = match pending_agg {
                        Some((_, _, true)) => None,
                        _ => pending_agg.take().map(|x| x.0).filter(|a| !matches!(a, Agg::Count | Agg::CountDistinct)),
                    };
                    s.measures.push(MSlot {
                        kind: MKind::Col(vec![q]),
                        agg,
                        pos: k,
                        words: t.to_string(),
                        per: None,
                        times: None,
                    });
                    s.assumptions.push(format!(
                        "\"{t}\" read as {}, the one column counting goods (how many each row holds)",
                        col(desk, q).name
                    ));
                } else if matches!(pending_agg, Some((Agg::Count | Agg::CountDistinct, _, _))) {
                    // ("and by how many bottles": said again, a count of them is their total.)
                    pending_agg = None;
                }
                s.used[k] = true;
                k += 1;
                continue;
            }
        }
        if it.lex("owed") && !it.is_schema() {
            s.owed = Some(it.text.clone());
            s.used[k] = true;
            k += 1;
            continue;
        }
        if it.lex("rows-named") && !s.rows_said {
            s.rows_said = true;
            s.assumptions.push(format!(
                "\"{}\" read as the rows of {} (one each): the table is named for what holds them",
                it.text,
                table(desk, 0).name
            ));
        }
        if it.senses.is_empty() {
            // Not a word the desk or the lexicon knows.
            if t.chars().any(|c| c.is_alphanumeric()) {
                s.unknown.push(it.text.clone());
            }
            k += 1;
            continue;
        }
        if it.lex("punct") {
            s.used[k] = true;
            if t == "," || t == ";" {
                pending_excl = false;
            }
            // (A grouping word never reaches past the end of its sentence: "and by how much? Go by the date".)
            if matches!(t, "?" | "." | "!") {
                pending_by = false;
                // (Nor a "which" whose thing was not understood: "Which member has played ...? Rained-off days
                // don't count." does not rank the days.)
                pending_which = false;
            }
            k += 1;
            continue;
        }
        // ("the next best base" in a ranking, read as the runner-up by `passes::the_next_one`, is no prediction.)
        if REFUSE.contains(&t) && !(t == "next" && it.lex("filler")) {
            s.refuse = Some(t.to_string());
        }
        if let Some(c) = it.lex_kind("change:") {
            s.change_by = Some(if c == "amount" { ChangeBy::Amount } else { ChangeBy::Percent });
            // "how many more appointments", "and by how many orders": a change in a number of things.
            if t.contains("how many") {
                s.count_word = true;
            }
            if it.senses.iter().all(|x| matches!(x, Sense::Lex(l) if l.starts_with("change:") || l == "filler")) {
                s.used[k] = true;
                k += 1;
                continue;
            }
        }
        // Periods.
        if let Some(p) = it.period() {
            s.periods.push((p.clone(), k));
            s.used[k] = true;
            k += 1;
            continue;
        }
        // Numbers: a condition's value, a top N, or a year-like number that is not a period.
        if let Some((v, currency, percent)) = it.num() {
            s.used[k] = true;
            // "10 million", "2.5 thousand": the word scales the number it follows.
            let scale = |j: usize| -> Option<f64> {
                // Only the words that cannot be a unit of measure ("m" may be metres, "mm" millimetres).
                match cx.items.get(j)?.text.as_str() {
                    "thousand" | "thousands" | "k" => Some(1e3),
                    "million" | "millions" | "mn" => Some(1e6),
                    "billion" | "billions" | "bn" => Some(1e9),
                    _ => None,
                }
            };
            let scaled = scale(k + 1).is_some();
            let mut v = match scale(k + 1) {
                Some(f) => {
                    s.used[k + 1] = true;
                    k += 1;
                    v * f
                }
                None => v,
            };
            if let Some((op, at)) = pending_cmp.take() {
                let mut b = None;
                let mut end = k;
                if op == FilterOp::Between {
                    if let Some(j) = cx.next(k).filter(|&j| cx.items[j].text == "and") {
                        if let Some(j2) = cx.next(j).filter(|&j2| cx.items[j2].num().is_some()) {
                            b = cx.items[j2].num().map(|x| x.0);
                            s.used[j] = true;
                            s.used[j2] = true;
                            end = j2;
                            if let Some(f) = scale(j2 + 1) {
                                // "between 1 and 2 million": a bare first number smaller than the second
                                // shares its scale.
                                if !scaled && b.is_some_and(|x| v <= x) {
                                    v *= f;
                                }
                                b = b.map(|x| x * f);
                                s.used[j2 + 1] = true;
                                end = j2 + 1;
                            }
                        }
                    }
                }
                // "came in more than 5 times": the number counts the rows of the thing counted (per group).
                let times = !currency && !percent && cx.items.get(end + 1).is_some_and(|i| i.text == "times");
                let of_rows = times
                    .then(|| {
                        s.measures.iter().rev().find_map(|m| match &m.kind {
                            MKind::Col(cs) => cs.first().map(|c| c.table),
                            _ => None,
                        })
                    })
                    .flatten()
                    .or_else(|| (times && desk.tables.len() == 1).then_some(0));
                let end = if of_rows.is_some() {
                    s.used[end + 1] = true;
                    end + 1
                } else {
                    end
                };
                let words = (at..=end).map(|j| cx.items[j].text.clone()).collect::<Vec<_>>().join(" ");
                s.conds.push(CSlot { op, a: v, b, col: None, currency, percent, pos: at, words, end, of_rows });
                k = end + 1;
                continue;
            }
            if let Some(desc) = pending_top.take() {
                s.top_n = Some((v as u32, desc));
                k += 1;
                continue;
            }
            // "on 60-day payment terms", "3-bedroom houses": a whole number before the singular of a number
            // column's word is that column's value.
            let each_of = cx.items.get(k + 1).filter(|n| {
                !currency && !percent && v.fract() == 0.0 && !n.text.contains(' ') && !n.text.ends_with('s')
            });
            let named: Vec<ColId> = each_of
                .map(|n| {
                    let fs = super::lexicon::forms(&n.text);
                    desk.tables
                        .iter()
                        .enumerate()
                        .flat_map(|(t, tb)| {
                            tb.columns.iter().enumerate().filter_map(move |(c, x)| {
                                (x.is_numeric() && x.role != Role::Identifier).then_some((t, c, x))
                            })
                        })
                        .filter(|(_, _, x)| {
                            crate::semantics::name_words(&x.name).iter().any(|w| w.ends_with('s') && fs.contains(w))
                        })
                        .map(|(t, c, _)| ColId { table: t, col: c })
                        .collect()
                })
                .unwrap_or_default();
            if let [c] = named.as_slice() {
                let mut end = k + 1;
                s.used[end] = true;
                // (The column's other words said after it: "60-day payment terms".)
                while cx.items.get(end + 1).is_some_and(|n| n.cols().iter().any(|(x, _)| x == c)) {
                    end += 1;
                    s.used[end] = true;
                }
                let words = (k..=end).map(|j| cx.items[j].text.clone()).collect::<Vec<_>>().join(" ");
                s.conds.push(CSlot {
                    op: FilterOp::Between,
                    a: v,
                    b: Some(v),
                    col: Some(vec![*c]),
                    currency,
                    percent,
                    pos: k,
                    words,
                    end,
                    of_rows: None,
                });
                k = end + 1;
                continue;
            }
            // "70 or above", "5 or more", "50 and over": the comparison after the number ("three hours or more":
            // after its unit of time).
            let time_unit = |j: usize| {
                cx.items.get(j).is_some_and(|i| unit_of_time_word(&i.text) || lx.has_kind(&i.text, "unitword:"))
            };
            let unit_at = (time_unit(k + 1) && k + 2 < n).then_some(k + 1);
            if let Some(j) = unit_at.map(|u| u + 1).or((k + 1 < n).then_some(k + 1)) {
                let post = match cx.items[j].lex_kind("cmp:") {
                    Some("ge") => Some(FilterOp::Ge),
                    Some("le") => Some(FilterOp::Le),
                    _ => None,
                };
                if let Some(op) = post.filter(|_| {
                    matches!(
                        cx.items[j].text.as_str(),
                        "or more"
                            | "and above"
                            | "and up"
                            | "or higher"
                            | "or above"
                            | "or over"
                            | "+"
                            | "and over"
                            | "or less"
                            | "and below"
                            | "or fewer"
                            | "or lower"
                            | "or under"
                    )
                }) {
                    let words = (k..=j).map(|x| cx.items[x].text.clone()).collect::<Vec<_>>().join(" ");
                    // (With a unit of time, the condition ends at its number, where the unit is looked up.)
                    let end = match unit_at {
                        Some(u) => {
                            s.cond_units.push((k, cx.items[u].text.clone()));
                            s.used[u] = true;
                            k
                        }
                        None => j,
                    };
                    s.conds.push(CSlot {
                        op,
                        a: v,
                        b: None,
                        col: None,
                        currency,
                        percent,
                        pos: k,
                        words,
                        end,
                        of_rows: None,
                    });
                    s.used[j] = true;
                    k = j + 1;
                    continue;
                }
            }
            // "5 biggest customers", "the 3 products with the most revenue"
            if v.fract() == 0.0 && (1.0..=100.0).contains(&v) && !currency && !percent {
                if let Some(j) = cx.next(k) {
                    let nj = &cx.items[j];
                    // (A number before the things counted is a top N only beside a word of ranking: "pupils
                    // doing two classes" is no ranking.)
                    let ranked = cx.items.iter().any(|it| {
                        it.lex_kind("rank:").is_some()
                            || it.adj().is_some()
                            || it.lex_kind("agg:max").is_some()
                            || it.lex_kind("agg:min").is_some()
                    });
                    if nj.adj().is_some()
                        || nj.lex_kind("rank:").is_some()
                        || nj.lex_kind("agg:max").is_some()
                        || nj.is_schema() && ranked
                    {
                        s.top_n = Some((v as u32, !(nj.lex("rank:asc") || nj.adj().is_some_and(|a| !a.max))));
                        k += 1;
                        continue;
                    }
                }
            }
            // A value that is a number ("Form 11")?
            let vals = it.vals();
            if !vals.is_empty() {
                let cands = vals.iter().map(|(c, v, _)| (*c, v.clone())).collect();
                s.push_value(&cx, k, cands, pending_excl, &it.text, k);
                k += 1;
                continue;
            }
            s.unknown.push(it.text.clone());
            k += 1;
            continue;
        }
        // Lexicon senses that change how the next words read.
        // ("cancelled ones excluded", "refunds left out": said after the value, at the end of its clause.)
        let clause_end = cx.items.get(k + 1).is_none_or(|n| n.lex("punct"));
        let just_said = s.values.last().is_some_and(|v| {
            !v.excluded && v.pos < k && (v.pos + 1..k).all(|j| cx.items[j].lex("filler")) && k - v.pos <= 3
        });
        if it.lex("excl") && !it.is_schema() && clause_end && just_said && !pending_excl {
            if let Some(v) = s.values.last_mut() {
                v.excluded = true;
            }
            s.excl_word = Some(t.to_string());
            s.used[k] = true;
            k += 1;
            continue;
        }
        if it.lex("excl") && !it.is_schema() {
            pending_excl = true;
            if !it.lex("neg") {
                s.excl_word = Some(t.to_string());
            }
            s.used[k] = true;
            k += 1;
            continue;
        }
        if let Some(c) = it.lex_kind("cmp:") {
            // "more than", "over", "above", "below", "at least", "between"
            let next_is_num = cx.next(k).is_some_and(|j| cx.items[j].num().is_some());
            // "sold below asking", "more than the asking price": against a number column of the row.
            let next_col = cx.next(k).filter(|_| !next_is_num && c != "between").and_then(|j| {
                let cs: Vec<ColId> = cx.items[j].cols().into_iter().map(|(c, _)| c).collect();
                match cs.as_slice() {
                    [one] if is_measure_col(col(desk, *one)) && cx.items[j].vals().is_empty() => Some((j, *one)),
                    _ => None,
                }
            });
            if let (Some((j, right)), None) = (next_col, s.col_cmp) {
                let op = match c {
                    "gt" => FilterOp::Gt,
                    "ge" => FilterOp::Ge,
                    "lt" => FilterOp::Lt,
                    _ => FilterOp::Le,
                };
                s.col_cmp = Some((op, right, k));
                s.used[k] = true;
                s.used[j] = true;
                k = j + 1;
                continue;
            }
            if next_is_num {
                pending_cmp = Some((
                    match c {
                        "gt" => FilterOp::Gt,
                        "ge" => FilterOp::Ge,
                        "lt" => FilterOp::Lt,
                        "le" => FilterOp::Le,
                        _ => FilterOp::Between,
                    },
                    k,
                ));
                s.used[k] = true;
                k += 1;
                continue;
            }
        }
        if (it.lex("rank:top") || it.lex("rank:bottom")) && cx.next(k).is_some_and(|j| cx.items[j].num().is_some()) {
            pending_top = Some(it.lex("rank:top"));
            s.used[k] = true;
            k += 1;
            continue;
        }
        if it.lex("by") && !it.is_schema() && it.lex_kind("per-grain:").is_none() {
            // "per" between two measures is a ratio; handled when the measure arrives.
            pending_by = true;
            s.used[k] = true;
            k += 1;
            continue;
        }
        // "clients who found us through Instagram": "who" after the people it describes starts a clause about
        // them; it asks for no one.
        let relative_who = t == "who"
            && cx.prev(k).is_some_and(|p| {
                let it = &cx.items[p];
                it.senses.iter().any(|x| matches!(x, Sense::Col { .. } | Sense::Table { .. } | Sense::Val { .. }))
                    || it.lex("people")
            });
        if relative_who {
            s.used[k] = true;
            k += 1;
            continue;
        }
        if matches!(t, "which" | "what" | "who" | "whom" | "whose") {
            // "what did the petrol cars cost": "what" before a verb asks for the figure, not for one of
            // the cars ("what car cost the most" still asks which).
            let asks_figure = t == "what"
                && cx.items.get(k + 1).is_some_and(|i| {
                    matches!(
                        i.text.as_str(),
                        "did"
                            | "does"
                            | "do"
                            | "is"
                            | "was"
                            | "were"
                            | "are"
                            | "has"
                            | "have"
                            | "had"
                            | "will"
                            | "would"
                    )
                });
            pending_which = t != "whose" && !asks_figure;
            if t == "whose" || t == "who" {
                s.whose = true;
            }
            if t == "whose" {
                // "whose classes": the next noun is what the person has, not a figure.
                skip_next_noun = true;
            }
            s.used[k] = true;
            k += 1;
            continue;
        }
        if let Some(g) = it.lex_kind("grain:").and_then(grain_of).filter(|_| {
            // "on an average (weekend) day", "in a typical month": each such unit's total, averaged (also
            // where a date column is called "day").
            // ("how many feeds a day did she have on average": "a day" with "on average" said elsewhere.)
            let a_unit_on_average = k > 0
                && matches!(cx.items[k - 1].text.as_str(), "a" | "an" | "per" | "each")
                && cx.items.iter().any(|x| matches!(x.text.as_str(), "on average" | "average" | "on an average"));
            matches!(t, "day" | "week" | "month" | "quarter" | "year")
                && (an_average_before(&cx, k, &["weekend", "weekday", "working", "week"]) || a_unit_on_average)
        }) {
            s.per_grain = Some(g);
            if pending_agg.is_none_or(|(a, _, _)| a == Agg::Avg) {
                pending_agg = None;
                s.amount_word = Some(("average".into(), Agg::Avg));
            }
            s.used[k] = true;
            k += 1;
            continue;
        }
        if !it.is_schema() {
            // Every sense of a lexicon word applies ("biggest" is a superlative and an aggregate; "grew"
            // a change and a direction).
            let mut handled = false;
            if let Some(g) = it.lex_kind("per-grain:").and_then(grain_of) {
                // "monthly": a grain for a trend, or ("average monthly revenue") the periods averaged over.
                s.per_grain = Some(g);
                handled = true;
            } else if let Some(g) = it.lex_kind("grain:").and_then(grain_of) {
                // "how many days ..." counts days; "by month" groups; "which month" asks a period.
                let counting = pending_agg.is_some_and(|(a, _, _)| a == Agg::Count);
                let superl = pending_agg.is_some_and(|(_, _, sup)| sup);
                let time_unit = matches!(t, "hours" | "hrs" | "days" | "minutes" | "mins");
                let other_agg = pending_agg.is_some_and(|(a, _, sup)| {
                    !sup && matches!(a, Agg::Avg | Agg::Median | Agg::Sum | Agg::Min | Agg::Max)
                });
                let duration_asked = s.measures.iter().any(|m| m.kind == MKind::Kind("duration".into()));
                if time_unit && duration_asked && k > 0 && cx.items[k - 1].text == "in" {
                    // "average hire length in days": the unit to show the duration in, not a grouping.
                    s.show_in = Some(t.to_string());
                } else if other_agg && time_unit && s.measures.is_empty() {
                    // "median hours from submitting to review", "average days to close": a duration in
                    // that unit.
                    s.measures.push(MSlot {
                        kind: MKind::Kind("duration".into()),
                        agg: pending_agg.take().map(|x| x.0),
                        pos: k,
                        words: t.to_string(),
                        per: None,
                        times: None,
                    });
                    if s.show_in.is_none() {
                        s.show_in = Some(t.to_string());
                    }
                } else if (counting || superl) && g == Grain::HourOfDay && matches!(t, "hours" | "hrs") {
                    // "how many hours", "the most hours": a duration added up (a superlative ranks it), shown
                    // in hours (a column of minutes too).
                    s.measures.push(MSlot {
                        kind: MKind::Kind("duration".into()),
                        agg: None,
                        pos: k,
                        words: t.to_string(),
                        per: None,
                        times: None,
                    });
                    if s.show_in.is_none() {
                        s.show_in = Some("hours".into());
                    }
                    pending_agg = None;
                } else if counting
                    && time_unit
                    && (s.from_to_dates || cx.items.get(k + 1).is_some_and(|n| n.lex("lead")))
                    && s.measures.is_empty()
                {
                    // "how many days on average from the enquiry to the move": the question names the two
                    // dates, so the days are the time between them (averaged where it says so).
                    let avg = s.texts.iter().any(|w| lx.has(w, "agg:avg"));
                    s.measures.push(MSlot {
                        kind: MKind::Kind("duration".into()),
                        agg: avg.then_some(Agg::Avg),
                        pos: k,
                        words: t.to_string(),
                        per: None,
                        times: None,
                    });
                    if s.show_in.is_none() {
                        s.show_in = Some(t.to_string());
                    }
                    pending_agg = None;
                } else if counting
                    && matches!(g, Grain::Day | Grain::Week | Grain::Month | Grain::Year)
                    && t.ends_with('s')
                {
                    s.measures.push(MSlot::time_units(g, k, t));
                    pending_agg = None;
                } else if !t.ends_with('s')
                    && !pending_by
                    && !pending_which
                    && matches!(g, Grain::Week | Grain::Month | Grain::Quarter | Grain::Year)
                    && k >= 1
                    && {
                        const OVER: &[&str] = &["over", "during", "in", "across", "throughout", "for", "within"];
                        let before = cx.text(k - 1);
                        before.strip_suffix(" the").is_some_and(|p| OVER.contains(&p))
                            || before == "the" && k >= 2 && OVER.contains(&cx.text(k - 2))
                            // "all year", "the whole month", "the entire year".
                            || ["all", "whole", "entire", "the whole", "the entire", "all the"].contains(&before)
                    }
                {
                    // "over the year", "during the month": the whole of the data's period, not a grouping.
                } else if t.ends_with('s')
                    && matches!(g, Grain::Day | Grain::Week | Grain::Month)
                    && s.which.as_ref().is_some_and(|(w, _)| matches!(w, GSlot::Time(x) if *x != g))
                    && s.measures.is_empty()
                {
                    // "which month had the most days with ...": the month is asked; its days are counted.
                    s.measures.push(MSlot::time_units(g, k, t));
                    pending_agg = None;
                } else if pending_which {
                    s.which = Some((GSlot::Time(g), k));
                    pending_which = false;
                } else if pending_by || matches!(g, Grain::HourOfDay | Grain::DayOfWeek | Grain::MonthOfYear) {
                    s.groups.push((GSlot::Time(g), k));
                } else if matches!(t, "date" | "dates") {
                    // (A date said on its own, "go by the date jobs came in", is neither a grouping by day nor
                    // the day asked for: "which date" and "by date" are.)
                } else if (s.superlative.is_some() || s.measures.is_empty() && s.top_n.is_none() && !t.ends_with('s'))
                    // (Not over a column already asked, "which member ... the most rounds? Rained-off days don't
                    // count.", nor days named by a value, "rained-off days".)
                    && !matches!(s.which, Some((GSlot::Col(_), _)))
                    && (k == 0 || cx.items[k - 1].vals().is_empty())
                {
                    // "the busiest day", "best month": the periods ranked.
                    s.which = Some((GSlot::Time(g), k));
                } else if t.ends_with('s')
                    && matches!(g, Grain::Day | Grain::Week | Grain::Month | Grain::Year)
                    && !s.measures.is_empty()
                    && k > 0
                    && matches!(cx.text(k - 1), "on" | "in" | "during")
                    && cx.items.get(k + 1).is_some_and(|i| {
                        i.lex("only") || matches!(i.text.as_str(), "with" | "where" | "when" | "that" | "which")
                    })
                {
                    // "how many picks happened on days with more than 10mm of rain": the condition picks
                    // the rows; the days are not a grouping.
                } else if t.ends_with('s')
                    && matches!(g, Grain::Day | Grain::Week | Grain::Month | Grain::Year)
                    && s.measures.is_empty()
                {
                    // "what percentage of days had sun", "days with more than 10 mm": the days counted.
                    s.measures.push(MSlot::time_units(g, k, t));
                } else {
                    s.groups.push((GSlot::Time(g), k));
                }
                pending_by = false;
                handled = true;
            }
            if let Some(op) = it.lex_kind("op:") {
                s.ops.push((op.to_string(), k));
                handled = true;
            }
            // ("how many days ahead do guests book": the duration asked is from the booking.)
            if it.lex("lead") && s.measures.iter().any(|m| m.kind == MKind::Kind("duration".into())) {
                handled = true;
            }
            if let Some(d) = it.lex_kind("dir:") {
                let d = match d {
                    "up" => Direction::Up,
                    "down" => Direction::Down,
                    _ => Direction::Either,
                };
                if s.dir.is_none() || d != Direction::Either {
                    s.dir = Some(d);
                }
                handled = true;
            }
            let mut sign_here = false;
            // ("business customers' jobs": whose the things counted are, not people counted.)
            let owner = it.possessive && cx.items.get(k + 1).is_some_and(|n| !n.tables().is_empty());
            if it.lex("people") && !owner {
                s.people = Some(t.to_string());
                handled = true;
            } else if owner {
                handled = true;
            }
            // ("orders with no patient age recorded": a figure not written down, said of the data, not of the
            // things taking place.)
            let unwritten = k >= 2
                && !cx.items[k - 1].cols().is_empty()
                && cx.items[k - 1].tables().is_empty()
                && (k.saturating_sub(6)..k - 1).any(|j| {
                    matches!(
                        cx.items[j].text.as_str(),
                        "no" | "without" | "don't" | "do not" | "doesn't" | "does not" | "didn't" | "did not"
                    )
                });
            // ("orders that used a walnut moulding": "used" with a thing after it says what they used, not
            // that they took place.)
            let unwritten = unwritten
                || t == "used"
                    && cx
                        .items
                        .get(k + 1)
                        .is_some_and(|n| matches!(n.text.as_str(), "a" | "an" | "the" | "any") || !n.vals().is_empty());
            if it.lex("presence") && !unwritten {
                s.presence = true;
                s.presence_said = true;
                handled = true;
            } else if it.lex("presence") {
                handled = true;
            }
            if it.lex("ended") {
                // What is said of the things as they came back ("damaged", "with damage", "in March") is a
                // condition read as such; anything else ("late", "the same day they went out") is not known
                // here and is asked, never taken for a figure.
                let next = (k + 1..cx.items.len())
                    .find(|&j| !cx.items[j].is_filler() && !matches!(cx.text(j), "the" | "a" | "an" | "with"));
                if let Some(j) = next.filter(|&j| !cx.items[j].lex("punct")) {
                    let n = &cx.items[j];
                    // (A word of the schema that is no condition, "late" of `late_fee`, a word not known, or
                    // "the same day": not understood. A verb of its own, "bring in", starts the next clause.)
                    let figure = n
                        .cols()
                        .iter()
                        .any(|(c, _)| col(desk, *c).role != Role::Flag && yes_no(col(desk, *c)).is_none())
                        && n.vals().is_empty();
                    if figure || n.senses.is_empty() || n.lex("followup") {
                        let span: Vec<&str> = (k + 1..=j).map(|x| cx.text(x)).collect();
                        s.doubts.push(format!("what \"{t} {}\" says of them", span.join(" ")));
                    }
                }
                // "came back" where a status column holds "Returned": that value, as the data says it.
                let cands = values_named_exactly(index, "returned");
                if cands.is_empty() {
                    s.ended = Some(t.to_string());
                } else {
                    s.push_value(&cx, k, cands, false, t, k);
                }
                handled = true;
            }
            if it.lex("unfinished") {
                // "still open" where a status column holds "Open": that value, as the data says it.
                // ("still in progress" where it holds "In progress": the words after "still".)
                let rest = t.strip_prefix("still ").unwrap_or(t);
                let last = t.rsplit(' ').next().unwrap_or(t);
                let (last, cands) = match values_named_exactly(index, rest) {
                    c if !c.is_empty() => (rest, c),
                    _ => (last, values_named_exactly(index, last)),
                };
                // (Else the values of one column that say a thing is still waiting: "Pending", "Awaiting approval".)
                // (Only where waiting is said: "still in progress" is no "Waiting for parts".)
                let waiting_said = ["wait", "pending", "outstanding"].iter().any(|w| t.contains(w));
                let (last, cands) =
                    if cands.is_empty() && waiting_said { (t, values_still_waiting(index)) } else { (last, cands) };
                // ("still waiting for someone to approve them": what is waited for, up to a value of the same
                // column, "Approved", is what has not happened; no condition of its own.)
                if let Some((c, _)) = cands.first() {
                    const TAIL: &[&str] = &[
                        "for", "someone", "somebody", "anyone", "anybody", "them", "it", "to", "be", "being", "a",
                        "an", "the", "their", "his", "her", "my", "our", "us", "me", "him",
                    ];
                    let mut j = k + 1;
                    while j < n && TAIL.contains(&cx.text(j)) {
                        j += 1;
                    }
                    if j > k + 1 && j < n && cx.items[j].vals().iter().any(|(x, _, _)| x == c) {
                        read_until = j + 1;
                        while read_until < n && TAIL.contains(&cx.text(read_until)) {
                            read_until += 1;
                        }
                    }
                }
                if cands.is_empty() {
                    s.unfinished = Some(t.to_string());
                } else {
                    s.push_value(&cx, k, cands, false, last, k);
                }
                handled = true;
            }
            // ("how many nights have I logged" beside a date column `night_of`: the word names those dates.)
            let names_a_date = cx.items[k].cols().iter().any(|(c, _)| col(desk, *c).role == Role::Time);
            if it.lex("daypart") && !names_a_date {
                s.daypart = Some(t.to_string());
                handled = true;
            }
            if it.lex("reversal") {
                // "after refunds", "not counting refunds", "how much was refunded": the few rows below zero
                // of a money column (see `reversals`), netted out, left out, or measured.
                let prev: Vec<usize> = (k.saturating_sub(3)..k).rev().collect();
                let said = |j: usize, ws: &[&str]| ws.contains(&cx.text(j));
                let net = prev.iter().any(|&j| {
                    said(j, &["after", "net of", "net", "less", "minus", "including", "inclusive of", "incl"])
                });
                let without = !net
                    && prev.iter().any(|&j| {
                        cx.items[j].lex("excl") || cx.items[j].lex("neg") || said(j, &["before", "gross of"])
                    });
                let r = if net {
                    Reversal::Net
                } else if without {
                    Reversal::Without
                } else {
                    Reversal::Only
                };
                if r != Reversal::Only {
                    // The marker belongs to the refunds ("don't count refunds": not a count, not a negation).
                    pending_excl = false;
                    if s.neg.is_some() && prev.iter().any(|&j| cx.items[j].lex("neg")) {
                        s.neg = None;
                    }
                    if pending_agg.is_some_and(|(a, p, _)| a == Agg::Count && p + 1 == k) {
                        pending_agg = None;
                        s.count_word = false;
                    }
                }
                // "how much have we refunded": where a value of the table names those rows (a `Refund`
                // type), the rows asked are that value's, not every row below zero.
                let vals = loose_vals.clone();
                if r == Reversal::Only && !vals.is_empty() {
                    let top = vals.iter().map(|(_, _, f)| *f).max();
                    let mut cands: Vec<(ColId, String)> =
                        vals.iter().filter(|(_, _, f)| Some(*f) == top).map(|(c, v, _)| (*c, v.clone())).collect();
                    cands.dedup();
                    s.push_value(&cx, k, cands, false, t, k);
                }
                s.reversal = Some((r, t.to_string()));
                handled = true;
            }
            if it.lex_kind("sign:") == Some("either") {
                // "credit", "debit": money in on a bank statement, money owed back on a bill.
                s.sign_unsure = Some(t.to_string());
                handled = true;
            } else if it.lex_kind("sign:").is_some()
                && matches!(t, "bought" | "buy" | "buys" | "buying")
                && !cx.items[k.saturating_sub(3)..k].iter().any(|x| {
                    matches!(
                        x.text.as_str(),
                        "we" | "i" | "did we" | "do we" | "have we" | "we've" | "i've" | "did i" | "do i"
                    )
                })
            {
                // "tickets were bought online", "what customers buy": someone else buying is not our money
                // going out; only "we bought" is. The verb then only names the event.
                handled = true;
            } else if let Some(sg) = it.lex_kind("sign:") {
                // "net income", "net revenue": net is both sides, whatever the next word's side.
                if s.sign != Some(Sign::All) || sg == "net" {
                    // ("who has paid the dojo the most": the people asked about paid us; money in.)
                    let who_paid = matches!(t, "paid" | "pay" | "pays" | "paying")
                        && (1..=2).any(|b| {
                            k >= b
                                && cx.items[k - b].text == "who"
                                && (k - b + 1..k).all(|j| matches!(cx.items[j].text.as_str(), "has" | "have" | "had"))
                        });
                    let new = match sg {
                        "out" if who_paid => Sign::Inflow,
                        "out" => Sign::Outflow,
                        "in" => Sign::Inflow,
                        _ => Sign::All,
                    };
                    // "income" and "spending" both: the two sides, never the last one alone.
                    s.both_sides |= matches!(
                        (s.sign, new),
                        (Some(Sign::Inflow), Sign::Outflow) | (Some(Sign::Outflow), Sign::Inflow)
                    );
                    s.sign = Some(new);
                }
                sign_here = true;
                handled = true;
            }
            if it.lex("whole") && it.lex_kind("agg:").is_none() {
                s.whole = true;
                s.how_much |= matches!(t, "how much" | "much");
                handled = true;
            }
            if it.lex("followup") && it.lex_kind("agg:").is_none() && !handled {
                // "now", "same", "what about": a follow-up when it opens the question; elsewhere filler.
                if (0..k).all(|j| cx.items[j].is_filler() || cx.items[j].lex("punct")) {
                    s.followup = true;
                } else if t.ends_with(" by") {
                    pending_by = true;
                }
                handled = true;
            }
            if it.lex("neg") {
                s.neg = Some(t.to_string());
                handled = true;
            }
            // "the ratio of delivered to attempted": "to" (or "and") between the two figures makes the ratio.
            let ratio_named = s.ops.iter().any(|(o, p)| o == "share" && cx.text(*p).starts_with("ratio"));
            if matches!(t, "to" | "and")
                && ratio_named
                && !pending_ratio
                && s.measures.len() == 1
                && s.measures[0].agg.is_none()
                && matches!(s.measures[0].kind, MKind::Col(_))
                && cx.next(k).is_some_and(|j| cx.items[j].cols().iter().any(|(c, _)| is_measure_col(col(desk, *c))))
            {
                pending_by = true;
                pending_ratio = true;
                handled = true;
            }
            if it.lex("product")
                && matches!(s.measures.last().map(|m| &m.kind), Some(MKind::Col(_)))
                && s.measures.last().is_some_and(|m| m.pos + 1 == k && m.times.is_none() && m.per.is_none())
                && cx.next(k).is_some_and(|j| cx.items[j].cols().iter().any(|(c, _)| is_measure_col(col(desk, *c))))
            {
                // "kWh used x peak share": the next figure multiplies this one row by row.
                pending_times = true;
                handled = true;
            }
            if it.lex("ratio")
                && !handled
                && matches!(t, "as a percentage of" | "as a share of" | "as a proportion of" | "as a fraction of")
                && s.values.iter().any(|v| v.pos < k && !v.excluded)
                // (A value in the same clause after it: "..., cancelled ones included" is another clause.)
                && (k + 1..cx.items.len())
                    .take_while(|&j| !cx.items[j].lex("punct"))
                    .any(|j| !cx.items[j].vals().is_empty())
            {
                // "Etsy fees as a percentage of Etsy sales": one value's figure over another's.
                s.as_of = Some(k);
                handled = true;
            }
            if it.lex("ratio")
                && !handled
                && s.values.last().is_some_and(|v| v.pos < k && v.pos + 3 >= k)
                && cx.next(k).is_some_and(|j| !cx.items[j].tables().is_empty())
            {
                // "hires out of all applications": the value's share of the rows.
                s.ops.push(("share".into(), k));
                handled = true;
            }
            // ("divided by total climbers": the total said again before the figure.)
            let next_figure = cx.next(k).and_then(|j| if cx.items[j].lex("agg:sum") { cx.next(j) } else { Some(j) });
            if it.lex("ratio")
                && !handled
                && !s.measures.is_empty()
                && next_figure.is_some_and(|j| cx.items[j].cols().iter().any(|(c, _)| is_measure_col(col(desk, *c))))
            {
                // "delivered out of attempted", "attendance as a percentage of capacity": a ratio.
                pending_by = true;
                pending_ratio = true;
                handled = true;
            }
            if it.lex("vs")
                && matches!(
                    t,
                    "vs" | "vs."
                        | "versus"
                        | "against"
                        | "compared to"
                        | "compared with"
                        | "relative to"
                        | "than"
                        | "compared"
                )
            {
                s.vs = true;
                handled = true;
            }
            let mut measure_here = false;
            // "max revenue by region": an aggregate right before its measure, not a ranking.
            let agg_before_measure = matches!(t, "max" | "maximum" | "min" | "minimum")
                && cx.next(k).is_some_and(|j| cx.items[j].cols().iter().any(|(c, _)| is_measure_col(col(desk, *c))))
                && (s.which.is_none() && !pending_which || s.superlative.is_some())
                && !s.whose
                && s.top_n.is_none();
            // "max temperature" where a column is called temp_max: the word names the column, and is its
            // aggregate too unless another was given ("average max temperature").
            let names_next = matches!(t, "max" | "maximum" | "min" | "minimum")
                && cx.next(k).is_some_and(|j| {
                    cx.items[j].cols().iter().any(|(c, _)| {
                        crate::semantics::name_words(&col(desk, *c).name).iter().any(|w| w.get(0..3) == t.get(0..3))
                    })
                });
            if names_next {
                if pending_agg.is_none_or(|(_, _, sup)| sup) {
                    pending_agg = it.lex_kind("agg:").and_then(agg_of).map(|a| (a, k, false));
                }
                handled = true;
            } else if let Some(r) =
                it.lex_kind("rank:").filter(|r| (*r == "desc" || *r == "asc") && !agg_before_measure)
            {
                // "most", "highest", "least": a superlative; also an aggregate when nothing is ranked.
                s.superlative = Some((r == "desc", k));
                if let Some(a) = it.lex_kind("agg:").and_then(agg_of) {
                    pending_agg = Some((a, k, true));
                }
                // "best", "worst": a score if there is one, else the amount (dropped when a figure is named);
                // "fastest" beside a change is about the change.
                // ("our biggest customer": the money where there is some, else the count; only said of the
                // things ranked, not of a figure after it, "the biggest percentage increase".)
                // (Only of people, "our biggest customer": "the biggest skip" is its size, "the biggest day" of
                // whichever figure, asked.)
                let of_things = cx.items.get(k + 1).is_some_and(|n| n.lex("person"));
                if let Some(adj) = it.adj().filter(|a| a.target != "*" || of_things) {
                    if it.lex_kind("change:").is_none() {
                        let kind =
                            if adj.target == "*" { "*|rows".to_string() } else { format!("{}|*|rows", adj.target) };
                        s.measures.push(MSlot {
                            kind: MKind::Kind(kind),
                            agg: None,
                            pos: k,
                            words: t.to_string(),
                            per: None,
                            times: None,
                        });
                        pending_agg = None;
                        measure_here = true;
                    }
                }
                handled = true;
            } else if let Some(a) = it.lex_kind("agg:").and_then(agg_of) {
                if a == Agg::Count {
                    s.count_word = true;
                } else if matches!(a, Agg::Sum | Agg::Avg | Agg::Median) {
                    s.amount_word = Some((t.to_string(), a));
                }
                // "the average number of people attending": the average stays.
                let keep_avg = a == Agg::Count && pending_agg.is_some_and(|(p, _, _)| p == Agg::Avg);
                if !keep_avg {
                    pending_agg = Some((a, k, false));
                }
                // ("the cheapest cost per click": a superlative adjective says which way a ranking goes.)
                if let Some(adj) = it.adj().filter(|a| !a.comparative && s.superlative.is_none()) {
                    s.superlative = Some((adj.max, k));
                }
                // "top 3 products by number of orders": "by" introduced the figure, not a grouping.
                pending_by = false;
                pending_which = false;
                handled = true;
            } else if let Some((a, unit, end, last)) =
                it.adj().filter(|a| a.comparative && a.target != "*").and_then(|_| than_amount(&cx, lx, k))
            {
                // "longer than a week", "shorter than 20 minutes", "further than 5 km": a condition on the
                // figure in that unit (its column, or the time between two dates), not a comparison.
                let max = it.adj().is_some_and(|a| a.max);
                let words = (k..=last).map(|j| cx.items[j].text.clone()).collect::<Vec<_>>().join(" ");
                s.conds.push(CSlot {
                    op: if max { FilterOp::Gt } else { FilterOp::Lt },
                    a,
                    b: None,
                    col: None,
                    currency: false,
                    percent: false,
                    pos: k,
                    words,
                    end,
                    of_rows: None,
                });
                s.cond_units.push((end, unit));
                for u in s.used.iter_mut().take(last + 1).skip(k) {
                    *u = true;
                }
                k = last + 1;
                continue;
            } else if let Some(adj) = it.adj() {
                if !adj.comparative {
                    s.superlative = Some((adj.max, k));
                } else if t.ends_with("er") {
                    // "how much warmer is C than D": a difference of the figure asked.
                    s.comparative = true;
                }
                // ("more than 15 minutes late": the adjective says what the condition with its unit of time
                // is on, the delay; not a figure of its own.)
                let after_timed_cond = adj.comparative
                    && s.conds.last().is_some_and(|c| {
                        s.cond_units.iter().any(|(j, u)| {
                            *j == c.end
                                && crate::analyst::plan::seconds_in(u).is_some()
                                && (k == c.end + 1 || k == c.end + 2)
                        })
                    });
                if after_timed_cond {
                    s.used[k] = true;
                } else if it.lex_kind("change:").is_none() {
                    s.measures.push(MSlot {
                        kind: MKind::Kind(adj.target.clone()),
                        agg: None,
                        pos: k,
                        words: t.to_string(),
                        per: None,
                        times: None,
                    });
                    measure_here = true;
                }
                handled = true;
            }
            // Only the next word can be what "which" asks for.
            if handled && it.lex_kind("grain:").is_none() && it.lex_kind("per-grain:").is_none() && !it.is_filler() {
                pending_which = false;
            }
            // "the hottest reading": one row, the extreme of the adjective's figure (not also a count of rows).
            let after_adjective = s.superlative.is_some_and(|(_, at)| at + 1 == k)
                && s.measures.last().is_some_and(|m| m.pos + 1 == k && matches!(m.kind, MKind::Kind(_)))
                && crate::analyst::compile::words::plural(t) != t;
            if it.lex("rows") && after_adjective && !measure_here {
                s.one_row = true;
                measure_here = true;
                handled = true;
            }
            // ("the single biggest payment, and what category was it": a superlative of size right before one
            // row, said in the singular, is that row's amount, whatever else is asked of it.)
            let of_one_row = s.superlative.is_some_and(|(_, at)| {
                at < k
                    && (at + 1..k).all(|j| matches!(cx.text(j), "single" | "one"))
                    && s.measures.iter().all(|m| m.pos < at)
            }) && crate::analyst::compile::words::plural(t) != t;
            if it.lex("rows") && !measure_here && of_one_row {
                s.one_row = true;
            }
            if it.lex("rows") && !measure_here {
                let agg = pending_agg.take().filter(|x| !x.2).map(|x| x.0);
                s.measures.push(MSlot {
                    kind: MKind::Rows(None),
                    agg,
                    pos: k,
                    words: t.to_string(),
                    per: None,
                    times: None,
                });
                pending_by = false;
                pending_which = false;
                measure_here = true;
                handled = true;
            }
            if let Some(m) = it.lex_kind("measure:") {
                if !measure_here {
                    // ("How many refunds ..., and how much did they come to": the count is a figure of its own,
                    // said before; the money is the second.)
                    if t == "how much"
                        && pending_agg.is_some_and(|(a, at, _)| a == Agg::Count && at + 1 < k)
                        && s.measures.is_empty()
                    {
                        pending_agg = None;
                        s.measures.push(MSlot {
                            kind: MKind::Rows(None),
                            agg: Some(Agg::Count),
                            pos: k,
                            words: "how many".into(),
                            per: None,
                            times: None,
                        });
                    }
                    let agg = if pending_agg.is_some_and(|x| x.2) { None } else { pending_agg.take().map(|x| x.0) };
                    s.measures.push(MSlot {
                        kind: MKind::Kind(m.to_string()),
                        agg,
                        pos: k,
                        words: t.to_string(),
                        per: None,
                        times: None,
                    });
                    pending_which = false;
                    pending_by = false;
                    measure_here = true;
                }
                handled = true;
            }
            if it.lex("fill") && !measure_here {
                // "occupancy", "how full": the part of a capacity used (resolved with the table).
                let agg = pending_agg.take().filter(|x| !x.2 && x.0 != Agg::Avg).map(|x| x.0);
                s.measures.push(MSlot {
                    kind: MKind::Kind("fill".into()),
                    agg,
                    pos: k,
                    words: t.to_string(),
                    per: None,
                    times: None,
                });
                // ("occupancy rate": the rate is the fill itself.)
                s.ops.retain(|(o, p)| !(o == "share" && *p + 1 == k));
                measure_here = true;
                handled = true;
            }
            if sign_here && !measure_here && it.cols().is_empty() {
                // "spending", "income": the signed amount, unless a figure is named. ("How many people got
                // paid": a count of people on that side, not a count of amounts.)
                let counting = pending_agg.is_some_and(|(a, _, _)| matches!(a, Agg::Count | Agg::CountDistinct));
                if !(counting && s.people.is_some())
                    && (s.measures.is_empty() || cx.prev(k).is_some_and(|p| cx.items[p].lex_kind("agg:").is_some()))
                {
                    let agg = if pending_agg.is_some_and(|x| x.2) { None } else { pending_agg.take().map(|x| x.0) };
                    s.measures.push(MSlot {
                        kind: MKind::Kind("*".into()),
                        agg,
                        pos: k,
                        words: t.to_string(),
                        per: None,
                        times: None,
                    });
                }
            }
            if handled
                || it.is_filler()
                || it.lex("only")
                || it.lex("vs")
                || it.lex_kind("rel:").is_some()
                || it.lex_kind("period:").is_some() && {
                    // ("How many have they done since?": a "since" with no date after it.)
                    let dangling = matches!(t, "since" | "until" | "till")
                        && cx.items.get(k + 1).is_none_or(|n| {
                            n.lex("punct") && n.text != "," || !n.senses.iter().any(|x| matches!(x, Sense::Period(_)))
                                && n.lex_kind("rel:").is_none()
                                && !matches!(n.text.as_str(), "the" | "then" | "last" | "this")
                        });
                    if dangling {
                        s.doubts.push(format!("since when: \"{t}\" has no date after it"));
                    }
                    true
                }
                || it.lex_kind("unit:").is_some()
                || it.lex_kind("change:").is_some()
                || it.lex("excl")
                || it.lex_kind("cmp:").is_some() && {
                    // ("a week or more": a comparison said after no number compares nothing understood.)
                    let after = it.text.starts_with("or ") || it.text.starts_with("and ");
                    if after && !(k > 0 && cx.items[k - 1].num().is_some()) {
                        s.doubts.push(format!("what \"{t}\" compares: no number comes before it"));
                    }
                    true
                }
                || it.lex("by")
                // ("once returns are taken off": what is said of the value just named.)
                || it.lex("netted") && s.values.last().is_some_and(|v| k - v.pos <= 3)
                // ("over the summer, June to August": the months said are the season; a year alone, "summer
                // 2024", says nothing of which months.)
                || it.lex("seasonname")
                    && cx.items.iter().any(|i| {
                        i.senses.iter().any(|x| match x {
                            Sense::Period(super::periods::PeriodExpr::Unit(u)) => u.len() >= 7,
                            Sense::Period(super::periods::PeriodExpr::Span(..) | super::periods::PeriodExpr::NoYear { .. }) => true,
                            _ => false,
                        })
                    })
            {
                s.used[k] = true;
                k += 1;
                continue;
            }
            // A lexicon word this question gives no role to: not understood.
            s.unknown.push(it.text.clone());
            k += 1;
            continue;
        }
        // Schema: values, columns, tables.
        if k > 0
            && cx.items[k - 1].possessive
            && (it.cols().iter().all(|(c, _)| !is_measure_col(col(desk, *c))) || it.cols().is_empty())
            && it.vals().is_empty()
        {
            // "the teacher's students", "the North region's clinics": owned by what came before.
            skip_next_noun = true;
        }
        if k > 0
            && matches!(cx.items[k - 1].text.as_str(), "a" | "an")
            && !s.measures.is_empty()
            && it.vals().is_empty()
            && !it.cols().iter().any(|(c, _)| is_measure_col(col(desk, *c)))
            && !it.cols().iter().any(|(c, _)| yes_no(col(desk, *c)).is_some())
            && !pending_by
            && !pending_which
        {
            // "attending a class", "spent on an order": each one, not a grouping. ("had a receipt": a
            // yes/no column is a condition.)
            skip_next_noun = true;
        }
        // "which colour of wine": the things a column of theirs was named for, not a grouping of their own.
        if k > 1
            && matches!(cx.items[k - 1].text.as_str(), "of" | "of the")
            && it.vals().is_empty()
            && !pending_by
            && cx.items[k - 2]
                .cols()
                .iter()
                .any(|(c, f)| *f >= Fit::Form && it.tables().iter().any(|(t, tf)| *t == c.table && *tf >= Fit::Form))
            && !it.cols().iter().any(|(c, _)| is_measure_col(col(desk, *c)))
        {
            skip_next_noun = true;
        }
        if k > 1
            && cx.items[k - 1].text == "same"
            && it.vals().is_empty()
            && !it.cols().is_empty()
            && !it.cols().iter().any(|(c, _)| is_measure_col(col(desk, *c)))
            && !pending_by
            && !pending_which
        {
            // "six or more bottles of the same wine": within one of them, as each row holds one; no grouping.
            s.assumptions.push(format!("\"the same {}\" read as each row's own (a row holds one)", it.text));
            skip_next_noun = true;
        }
        if skip_next_noun {
            skip_next_noun = false;
            if !it.cols().iter().any(|(c, _)| is_measure_col(col(desk, *c))) {
                for (t2, _) in it.tables() {
                    s.tables.push(t2);
                }
                s.used[k] = true;
                k += 1;
                continue;
            }
        }
        let vals = it.vals();
        let cols = it.cols();
        let tabs = it.tables();
        let best_val = vals.iter().map(|(_, _, f)| *f).max();
        let best_col = cols.iter().map(|(_, f)| *f).max();
        let best_tab = tabs.iter().map(|(_, f)| *f).max();
        let prefer_val = best_val.is_some()
            && (best_col.is_none() || best_val >= best_col)
            && (best_tab.is_none() || best_val >= best_tab)
            && !pending_by
            && !pending_which;
        if prefer_val || (best_val.is_some() && best_col.is_none() && best_tab.is_none()) {
            let top = best_val;
            let cands: Vec<(ColId, String)> =
                vals.iter().filter(|(_, _, f)| Some(*f) == top).map(|(c, v, _)| (*c, v.clone())).collect();
            if it.possessive {
                s.possessive_at.push(k);
            }
            if best_val == Some(Fit::Kin) {
                let mut shown: Vec<String> = cands.iter().map(|(_, v)| format!("{v:?}")).collect();
                shown.dedup();
                s.assumptions.push(format!("\"{t}\" read as the value {}", shown.join(" or ")));
            }
            s.push_value(&cx, k, cands, pending_excl, t, k);
            s.used[k] = true;
            // "what share of 2024 sales came through Etsy": a word for money ("sales", "revenue") that is
            // also a value (type "Sale") picks those rows and measures their amount, where the table has
            // one money column; counted ("how many sales") or ranked ("the most sales") it stays rows.
            let value_table = s.values.last().and_then(|v| v.cands.first()).map(|(c, _)| c.table);
            if it.lex_kind("measure:") == Some("*")
                && s.measures.is_empty()
                && pending_agg.is_none_or(|(a, _, sup)| !sup && !matches!(a, Agg::Count | Agg::CountDistinct))
                && !s.count_word
                && value_table.is_some_and(|t| money_column(desk, lx, t).is_some())
                // ("which sales channel": a word before a column's name qualifies that column.)
                && cx.items.get(k + 1).is_none_or(|i| i.cols().is_empty() && i.tables().is_empty())
            {
                s.measures.push(MSlot {
                    kind: MKind::Kind("*".into()),
                    agg: pending_agg.take().map(|x| x.0),
                    pos: k,
                    words: t.to_string(),
                    per: None,
                    times: None,
                });
            }
            // "trips taken by casual riders": "by" before a value says who, not a grouping by the noun after.
            // ("net takings per wash": "per" before a value divides by those rows, which is not computed.)
            // (Not "per completed visit": a value before the thing it describes. "per dryer cycle", a value
            // before a number column, divides by that column's total, which is not computed here either.)
            let noun_after = cx.items.get(k + 1).is_some_and(|n| {
                n.senses.iter().any(|x| match x {
                    Sense::Table { .. } => true,
                    Sense::Col { id, .. } => !col(desk, *id).is_numeric(),
                    _ => false,
                }) || n.lex("rows")
            });
            if pending_by && k > 0 && cx.text(k - 1) == "per" && !noun_after {
                let next = cx
                    .items
                    .get(k + 1)
                    .filter(|n| !n.cols().is_empty())
                    .map(|n| format!(" {}", n.text))
                    .unwrap_or_default();
                s.doubts
                    .push(format!("what \"per {t}{next}\" divides by (each row with that value, or something else)"));
            }
            pending_by = false;
            k += 1;
            continue;
        }
        // ("not counting cancelled orders or voided lines": the noun of a value left out, followed by "or" and
        // another value, keeps leaving out.)
        // ("... cancelled orders and anything voided": filler between.)
        let noun_of_excluded = s.values.last().is_some_and(|v| v.excluded && v.pos + 1 == k)
            && (it.lex("rows") || !it.tables().is_empty())
            && cx.items.get(k + 1).is_some_and(|n| matches!(n.text.as_str(), "or" | "and" | "nor"))
            && cx.next(k + 1).is_some_and(|j| !cx.items[j].vals().is_empty());
        if noun_of_excluded {
            s.used[k] = true;
            s.used[k + 1] = true;
            k += 2;
            continue;
        }
        // (Said of the column named here: "ignore voided lines" leaves its yes rows out.)
        let excl_here = pending_excl;
        pending_excl = false;
        // Merge with the next item when both name one column ("repair cost", "cost repair").
        let mut col_cands: Vec<(ColId, Fit)> = cols.clone();
        let mut end = k;
        if !col_cands.is_empty() {
            if let Some(j) = (k + 1 < n).then_some(k + 1) {
                let other = cx.items[j].cols();
                let both: Vec<(ColId, Fit)> =
                    col_cands.iter().filter(|(c, _)| other.iter().any(|(o, _)| o == c)).cloned().collect();
                // (Or both name the one same column: "handle time" of `handle_minutes`.)
                let same_one = both.len() == 1 && col_cands.len() == 1 && other.len() == 1;
                if !both.is_empty()
                    && cx.items[j].vals().is_empty()
                    && (both.len() < col_cands.len().max(other.len()) || same_one)
                {
                    col_cands = both.iter().map(|(c, _)| (*c, Fit::Exact)).collect();
                    end = j;
                }
            }
            // An aggregate word inside one candidate's name picks it ("min temperature": temp_min).
            if best(&col_cands).len() > 1 {
                let before = if k > 0 { cx.items[k - 1].text.clone() } else { String::new() };
                let named: Vec<(ColId, Fit)> = col_cands
                    .iter()
                    .filter(|(c, _)| {
                        before.len() >= 3
                            && crate::semantics::name_words(&col(desk, *c).name)
                                .iter()
                                .any(|w| w.get(0..3) == before.get(0..3))
                    })
                    .cloned()
                    .collect();
                if named.len() == 1 {
                    col_cands = named;
                }
            }
            if best(&col_cands).len() > 1 {
                if let Some((a, at, _)) = pending_agg {
                    let word = cx.text(at).to_string();
                    let named: Vec<(ColId, Fit)> = col_cands
                        .iter()
                        .filter(|(c, _)| {
                            let ws = crate::semantics::name_words(&col(desk, *c).name);
                            ws.iter().any(|w| {
                                *w == word
                                    || (a == Agg::Min && w == "min")
                                    || (a == Agg::Max && w == "max")
                                    || (a == Agg::Sum && w == "total")
                                    || (a == Agg::Avg && (w == "avg" || w == "mean"))
                            })
                        })
                        .cloned()
                        .collect();
                    if named.len() == 1 {
                        col_cands = named;
                    }
                }
            }
        }
        // A table word right before one of its columns or values only qualifies it ("store format").
        if !tabs.is_empty() && col_cands.is_empty() || (best_tab >= best_col && !tabs.is_empty()) {
            if let Some(j) = cx.next(k) {
                let nj = &cx.items[j];
                let qualifies = nj.cols().iter().any(|(c, _)| tabs.iter().any(|(t2, _)| *t2 == c.table))
                    || nj.vals().iter().any(|(c, _, _)| tabs.iter().any(|(t2, _)| *t2 == c.table));
                if qualifies && j == k + 1 {
                    // (A looked-up table's word says whose column it is, not where the figure lives: "which
                    // product category brought in the most" is still about the order lines.)
                    for (t2, _) in &tabs {
                        let looked_up = desk.joins.iter().any(|jn| jn.to_table == desk.tables[*t2].name);
                        if !looked_up {
                            s.tables.push(*t2);
                        }
                    }
                    s.used[k] = true;
                    k += 1;
                    continue;
                }
            }
        }
        let words = (k..=end).map(|j| cx.items[j].text.clone()).collect::<Vec<_>>().join(" ");
        for j in k..=end {
            s.used[j] = true;
        }
        // "more than 10 appointments" where `appointment_id` names (nearly) every row once: the number
        // counts rows of that table (per group), as a table's own name would.
        let row_ids: Vec<usize> = col_cands
            .iter()
            .filter_map(|(c, _)| {
                let cc = col(desk, *c);
                let t = table(desk, c.table);
                (cc.role == Role::Identifier && cc.nulls == 0 && cc.distinct * 10 >= t.rows * 9 && t.rows > 0)
                    .then_some(c.table)
            })
            .collect();
        if !row_ids.is_empty() && col_cands.iter().all(|(c, _)| c.table == row_ids[0]) {
            if let Some(c) =
                s.conds.last_mut().filter(|c| c.end + 1 == k && c.col.is_none() && !c.currency && !c.percent)
            {
                c.of_rows = Some(row_ids[0]);
                c.words = format!("{} {words}", c.words);
                k = end + 1;
                continue;
            }
        }
        let cols_are_dims = col_cands.iter().all(|(c, _)| !is_measure_col(col(desk, *c)));
        let prefer_table =
            !tabs.is_empty() && (col_cands.is_empty() || best_tab > best_col || best_tab == best_col && cols_are_dims);
        if prefer_table {
            let ts: Vec<usize> = {
                let top = best_tab;
                tabs.iter().filter(|(_, f)| Some(*f) == top).map(|(t2, _)| *t2).collect()
            };
            let t0 = ts[0];
            // "more than 50 orders": the number counts rows of this table (per group).
            if let Some(c) =
                s.conds.last_mut().filter(|c| c.end + 1 == k && c.col.is_none() && !c.currency && !c.percent)
            {
                c.of_rows = Some(t0);
                c.words = format!("{} {words}", c.words);
                k = end + 1;
                continue;
            }
            // The table's rows as groups ("which customer ..."), or counted ("how many orders").
            let counted = pending_agg.is_some_and(|(a, _, _)| matches!(a, Agg::Count | Agg::CountDistinct));
            // A table right after a value of its own columns qualifies the value ("online stores", "the
            // North region's clinics").
            let after_value = s.values.last().is_some_and(|v| {
                v.cands.iter().any(|(c, _)| c.table == t0)
                    && (v.pos + 1 == k || v.pos + 2 == k && !cx.items[k - 1].cols().is_empty())
            }) && !counted;
            let marked = pending_which
                || pending_by
                || pending_top.is_some()
                || s.top_n.is_some() && s.groups.is_empty() && s.which.is_none();
            let ranked = s.which.is_none()
                && s.groups.is_empty()
                && s.superlative.is_some()
                && s.measures.iter().any(|m| m.pos < k)
                && !counted;
            let how_much =
                s.whole || pending_agg.is_some_and(|(a, _, sup)| !sup && !matches!(a, Agg::Count | Agg::CountDistinct));
            // "the biggest order" names one row (singular); "the most orders" counts them.
            let word = words.rsplit(' ').next().unwrap_or(&words);
            if s.superlative.is_some_and(|(_, at)| at < k && !s.measures.iter().any(|m| m.pos > at))
                && !counted
                && crate::analyst::compile::words::plural(word) != word
            {
                s.one_row = true;
            }
            // "how much did the canteen take": the table before a verb of its money says whose money.
            let before_money = (k + 1..cx.items.len())
                .find(|&j| !cx.items[j].is_filler())
                .is_some_and(|j| cx.items[j].lex_kind("measure:") == Some("*"));
            if after_value || before_money && !counted {
                s.tables.push(t0);
            } else if marked || ranked {
                let g = GSlot::Table(t0);
                if pending_which || s.top_n.is_some() {
                    s.which = Some((g, k));
                } else {
                    s.groups.push((g, k));
                }
                pending_which = false;
                pending_by = false;
            } else if !counted && (!s.measures.is_empty() || how_much) {
                // A second table named while a figure is already there ("how much ... the clinics"): it
                // says where the figure lives.
                s.tables.push(t0);
            } else if let Some(g) = it
                .lex_kind("grain:")
                .and_then(grain_of)
                .filter(|g| counted && t.ends_with('s') && matches!(g, Grain::Day | Grain::Week | Grain::Month))
            {
                // "how many days" on a table of days per place: the days (dates), not the table's rows.
                s.measures.push(MSlot::time_units(g, k, &words));
                pending_agg = None;
                s.tables.push(t0);
            } else {
                s.measures.push(MSlot {
                    kind: MKind::Rows(Some(t0)),
                    agg: pending_agg.take().filter(|x| !x.2).map(|x| x.0),
                    pos: k,
                    words: words.clone(),
                    per: None,
                    times: None,
                });
                s.tables.push(t0);
                pending_which = false;
            }
            k = end + 1;
            continue;
        }
        if col_cands.is_empty() {
            k = end + 1;
            continue;
        }
        let mut cands = best(&col_cands);
        // "how many patients" beside `patient_id` and `new_patient`: the yes/no column is named only by
        // its whole name ("new patients"); its last word alone names the other column.
        if cands.len() > 1 {
            let is_flag = |c: &ColId| col(desk, *c).role == Role::Flag || yes_no(col(desk, *c)).is_some();
            let others: Vec<ColId> = cands.iter().copied().filter(|c| !is_flag(c)).collect();
            if !others.is_empty() && others.len() < cands.len() {
                cands = others;
            }
        }
        // "results with no score recorded", "missing scores", "where the score is blank": rows whose
        // value of that column is empty (a yes/no column's "without" is its "no" rows instead).
        {
            let c_first = col(desk, cands[0]);
            let empty_word = |w: &str| matches!(w, "missing" | "blank" | "empty" | "null" | "unrecorded");
            // ("missing a concessions figure": an article between them.)
            let text_at = |j: usize| cx.items.get(j).map(|i| i.text.as_str()).unwrap_or("");
            // ("don't have a proper price": a word of the figure being a real one between, too.)
            let plain = |j: usize| matches!(text_at(j), "proper" | "valid" | "real" | "actual" | "usable");
            let at = if k >= 1 && plain(k - 1) { k - 1 } else { k };
            let lead_at = match text_at(at.wrapping_sub(1)) {
                "a" | "an" | "the" | "any" | "their" | "its" if at >= 2 => at - 2,
                _ => at.wrapping_sub(1),
            };
            // ("orders that don't have a price": "have" after a negation is "without".)
            let dont = |j: usize| {
                matches!(
                    text_at(j),
                    "don't" | "do not" | "doesn't" | "does not" | "didn't" | "did not" | "haven't" | "hasn't"
                )
            };
            let (lead_at, before) =
                if matches!(text_at(lead_at), "have" | "has" | "got") && lead_at >= 1 && dont(lead_at - 1) {
                    (lead_at - 1, "without")
                } else {
                    (lead_at, text_at(lead_at))
                };
            // ("how many empty kegs": things called empties, not kegs with nothing written.)
            let counted_thing = before == "empty" && lead_at > 0 && text_at(lead_at - 1).starts_with("how many");
            if counted_thing {
                s.unknown.push(format!("empty {}", words));
            }
            let lead = !counted_thing
                && (matches!(before, "no" | "without" | "without a" | "without an") || empty_word(before));
            // "missing a concessions value": the noun after the column is part of it.
            let end = if lead
                && matches!(text_at(end + 1), "value" | "values" | "reading" | "readings" | "entry" | "entries")
            {
                end + 1
            } else {
                end
            };
            // ("is the visitor count missing": a noun after the column is part of it.)
            let end = if !lead
                && matches!(text_at(end + 1), "count" | "figure" | "number" | "value" | "reading" | "entry" | "total")
                && (empty_word(text_at(end + 2))
                    || matches!(text_at(end + 2), "is" | "was") && empty_word(text_at(end + 3)))
            {
                end + 1
            } else {
                end
            };
            let (after1, after2) = (text_at(end + 1), text_at(end + 2));
            let trail = if empty_word(after1) {
                Some(end + 2)
            } else if matches!(after1, "is" | "are" | "was" | "were") && empty_word(after2) {
                Some(end + 3)
            } else {
                None
            };
            // ("how many jobs are missing the time taken": "missing" with an object after it says what is
            // missing from them; the jobs are not.)
            let trail = trail.filter(|&t| {
                !(matches!(text_at(t), "the" | "a" | "an" | "their" | "its" | "any")
                    || cx.items.get(t).is_some_and(|i| !i.cols().is_empty()))
            });
            if c_first.role != Role::Flag && yes_no(c_first).is_none() && cands.len() == 1 && (lead || trail.is_some())
            {
                // ("ignore the ones with no distance": the rows left out are the empty ones.)
                // ("leave out days with no feed figure": the rows named between, days or the table's things,
                // are those left out, no grouping by them.)
                let rows_word = |x: usize| {
                    let it = &cx.items[x];
                    it.vals().is_empty()
                        && (it.lex_kind("grain:").is_some() && !it.text.contains(' ')
                            || !it.tables().is_empty()
                            || it.lex("rows"))
                };
                let excl_at = (lead_at.saturating_sub(5)..lead_at.min(cx.items.len())).find(|&j| {
                    cx.items[j].lex("excl")
                        && (j + 1..lead_at).all(|x| cx.items[x].is_filler() || cx.items[x].lex("only") || rows_word(x))
                });
                let excluded = pending_excl || excl_at.is_some();
                if let Some(j) = excl_at {
                    s.groups.retain(|(_, p)| !(j + 1..lead_at).contains(p));
                    s.which = s.which.take().filter(|(_, p)| !(j + 1..lead_at).contains(p));
                }
                if excluded {
                    s.present.push(cands[0]);
                    pending_excl = false;
                } else {
                    s.missing.push(cands[0]);
                }
                // (The word of a real figure said before it was not known alone: it is read here.)
                s.unknown.retain(|u| !(lead_at..k).any(|j| text_at(j) == u && plain(j)));
                if before == "no" || before.starts_with("without") {
                    s.neg = None;
                    // "no" here negates; it is not a value "No" of some yes/no column.
                    s.values.retain(|v| v.pos + 1 != k);
                }
                s.ops.retain(|(o, p)| !(o == "quality" && (*p + 1 >= k || lead && *p >= lead_at)));
                for u in s.used.iter_mut().take(trail.unwrap_or(end + 1)).skip(lead_at.min(k.saturating_sub(1))) {
                    *u = true;
                }
                k = trail.unwrap_or(end + 1);
                continue;
            }
        }
        let fit = col_cands.iter().map(|(_, f)| *f).max().unwrap_or(Fit::Kin);
        // Groups show names: among columns naming one thing, a name before its identifier, and both before
        // a column that only classifies it ("which car": `vehicle_id`, not `vehicle_type`), unless the
        // question says the kind.
        const KIND_HEADS: &[&str] = &["type", "kind", "category", "class", "group", "segment", "tier", "model"];
        let says_kind = words
            .split_whitespace()
            .any(|w| KIND_HEADS.contains(&crate::analyst::compile::words::singular(w).as_str()));
        // (Counted, things are their identifier: "how many picks" is `pick_id`, not `pick_date`.)
        let counting_now = pending_agg.is_some_and(|(a, _, _)| matches!(a, Agg::Count | Agg::CountDistinct));
        cands.sort_by_key(|c| {
            let cc = col(desk, *c);
            let classifies = !says_kind
                && crate::semantics::name_words(&cc.name).last().is_some_and(|w| KIND_HEADS.contains(&w.as_str()));
            let id_order = if counting_now { cc.role != Role::Identifier } else { cc.role == Role::Identifier };
            (classifies, id_order)
        });
        let c0 = col(desk, cands[0]);
        let at = |j: usize| s.texts.get(j).map(String::as_str).unwrap_or("");
        // "How much did I spend in 2024 including postage": money set aside on each row (postage, delivery,
        // VAT), said to be included, is added to the row's money, not the figure alone.
        if k >= 1
            && matches!(at(k - 1), "including" | "incl" | "inclusive of" | "plus" | "with")
            && cands.len() == 1
            && c0.is_numeric()
            && c0.in_currency()
            && crate::semantics::name_words(&c0.name).iter().any(|w| lx.has(w, "aside"))
            && !pending_by
            && !pending_which
        {
            s.including.push(cands[0]);
            s.used[k] = true;
            k = end + 1;
            continue;
        }
        // "How many funerals have been taken": the verb of a column of who did it (`taken_by`), said in the
        // passive, says the rows were done; nothing is counted or grouped by who.
        let doer_verb = cands.iter().all(|c| {
            let ws = crate::semantics::name_words(&col(desk, *c).name);
            ws.len() == 2 && ws[1] == "by" && ws[0] == words
        });
        if doer_verb
            && k >= 1
            && matches!(
                at(k - 1),
                "been" | "was" | "were" | "is" | "are" | "be" | "got" | "get" | "have been" | "has been"
            )
            && !cx.items.get(end + 1).is_some_and(|n| n.text == "by" || n.text.starts_with("by "))
            && !pending_by
            && !pending_which
        {
            s.instances.extend(cands.iter().copied());
            s.used[k] = true;
            k = end + 1;
            continue;
        }
        // "How many records have I sold", "the bills we've paid": a verb of the perfect after its subject,
        // naming a date column that some rows leave empty, says the rows it happened to (that date there).
        // (Not with a period said: "sold in 2024" dates the rows by it.)
        let perfect = k >= 2
            && matches!(at(k - 2), "have" | "has" | "had" | "have now")
            && matches!(at(k - 1), "i" | "we" | "you" | "they" | "she" | "he" | "been")
            || k >= 1 && matches!(at(k - 1), "i've" | "we've" | "you've" | "they've");
        let no_period =
            s.periods.is_empty() && !cx.items.iter().any(|i| i.senses.iter().any(|x| matches!(x, Sense::Period(_))));
        if perfect && no_period && !pending_by && !pending_which {
            let dates: Vec<ColId> = cands
                .iter()
                .copied()
                .filter(|c| {
                    col(desk, *c).role == Role::Time && col(desk, *c).nulls > 0 && !col(desk, *c).is_year_number()
                })
                .collect();
            if let [d] = dates.as_slice() {
                if !s.present.contains(d) {
                    s.present.push(*d);
                }
                s.assumptions.push(format!("\"{words}\" read as the rows with a {}", col(desk, *d).name));
                s.used[k] = true;
                k = end + 1;
                continue;
            }
        }
        let all_measures = cands.iter().all(|c| is_measure_col(col(desk, *c)));
        let all_dims = cands.iter().all(|c| !is_measure_col(col(desk, *c)));
        // ("how many PBs did we get at long-course meets": the thing counted was said after "how many"; a
        // noun after a preposition says where, and takes no count.)
        let placed = pending_agg.is_some_and(|(a, at, _)| {
            if !matches!(a, Agg::Count | Agg::CountDistinct) {
                return false;
            }
            let mut j = k;
            while j > at + 1 {
                j -= 1;
                let it = &cx.items[j];
                if matches!(it.text.as_str(), "at" | "in" | "on" | "during" | "across" | "from" | "at the" | "in the") {
                    return (at + 1..j).any(|x| !cx.items[x].vals().is_empty());
                }
                if !it.is_filler() && it.vals().is_empty() {
                    return false;
                }
            }
            false
        });
        if placed {
            pending_agg = None;
        }
        let counting = pending_agg.is_some_and(|(a, _, _)| matches!(a, Agg::Count | Agg::CountDistinct));
        if fit == Fit::Kin && !cands.is_empty() {
            s.assumptions.push(format!(
                "\"{words}\" read as {}",
                cands.iter().map(|c| col(desk, *c).name.clone()).collect::<Vec<_>>().join(" or ")
            ));
        }
        // "which zone do most trips start from": a word naming one of the columns a which or a grouping
        // left open ("zone": `from_zone` or `to_zone`) says which of them.
        if !pending_which && !pending_by {
            let narrows = |g: &GSlot| matches!(g, GSlot::Col(open) if open.len() > cands.len() && cands.iter().all(|c| open.contains(c)));
            if let Some((g, _)) = s.which.as_mut().filter(|(g, _)| narrows(g)) {
                *g = GSlot::Col(cands.clone());
                k = end + 1;
                continue;
            }
            if let Some((g, _)) = s.groups.iter_mut().find(|(g, _)| narrows(g)) {
                *g = GSlot::Col(cands.clone());
                k = end + 1;
                continue;
            }
        }
        if c0.role == Role::Time && all_dims && !counting {
            // A date column named: its grain as a group ("by date"), or the period asked ("which year"):
            // the grain the word names when it names one.
            let g = grain_of_word(&words).unwrap_or(if c0.is_year_number() { Grain::Year } else { Grain::Day });
            let grain_asked = s.which.as_ref().is_some_and(|(g, _)| matches!(g, GSlot::Time(_)))
                || s.groups.iter().any(|(g, _)| matches!(g, GSlot::Time(_)));
            if grain_asked {
                // "which month had the most claims lodged": the date column says which dates; the month
                // asked stays the grain.
                s.time_col = Some(cands[0]);
            } else if pending_which || s.superlative.is_some() && s.which.is_none() {
                s.which = Some((GSlot::Time(g), k));
            } else if pending_by {
                s.groups.push((GSlot::Time(g), k));
            } else if period_elsewhere(&cx.items, k) {
                // ("events held in 2024? Leave out cancelled bookings.": a sentence with no period names no
                // date of one.)
            } else {
                // "loans for books published before 2000": the dates a period is taken from.
                s.time_col = Some(cands[0]);
            }
            pending_which = false;
            pending_by = false;
            k = end + 1;
            continue;
        }
        if counting
            && k + 1 < n
            && !cx.items[k + 1].tables().is_empty()
            && cx.items[k + 1].vals().is_empty()
            && cx.items[k + 1].tables().iter().any(|(t, _)| {
                let tw = crate::semantics::name_words(&table(desk, *t).name);
                words.split_whitespace().all(|w| tw.iter().any(|x| super::link::same_form(x, w)))
            })
        {
            // "how many delivery runs": the count is of the row noun; the word before (a word of the table's
            // name) qualifies it. ("bed days" of a ward_days table: "bed" names columns, not the rows.)
            k = end + 1;
            continue;
        }
        // A yes/no column after a word of condition ("households with solar", "orders that were
        // returned", "without a discount"): its yes (or no) rows, not a figure.
        // ("how many PBs": the rows a yes/no column says yes of, counted.)
        // (Its name in the plural, "PBs", the thing counted; not "billable hours", a word before another.)
        let flag_counted = (c0.role == Role::Flag || yes_no(c0).is_some())
            && fit == Fit::Form
            && pending_agg.is_some_and(|(a, at, _)| a == Agg::Count && at + 1 == k);
        if flag_counted && cands.len() == 1 && !pending_by && !pending_which {
            pending_agg = None;
            s.measures.push(MSlot {
                kind: MKind::Rows(Some(cands[0].table)),
                agg: Some(Agg::Count),
                pos: k,
                words: words.clone(),
                per: None,
                times: None,
            });
            if let (Some(values), false) = (yes_no(c0), c0.role == Role::Flag) {
                yes_no_condition(&mut s, &cx, k, cands[0], values, &words, false);
                k = end + 1;
                continue;
            }
        }
        if (c0.role == Role::Flag || c0.yes_no && excl_here)
            && cands.len() == 1
            && !pending_by
            && !pending_which
            && (flag_counted
                || negated_before(&cx, k)
                // ("ignore voided lines": the rows it says yes of are left out.)
                || excl_here
                // ("hires that came back damaged": said of the things after their verb.)
                || k > 0 && (cx.items[k - 1].lex("ended") || cx.items[k - 1].lex("presence"))
                || s_text_before_is_any(
                    &s.texts,
                    k,
                    &[
                        "with", "that", "who", "which", "where", "had", "has", "have", "having", "were", "was", "are",
                        "is", "for",
                    ],
                ))
        {
            yes_no_condition(&mut s, &cx, k, cands[0], ("yes".into(), "no".into()), &words, excl_here);
            pending_excl = false;
            k = end + 1;
            continue;
        }
        if all_measures {
            // "how many hours", "number of seats": a count of something the column already counts is its sum.
            // A superlative's aggregate ("the highest revenue") waits: it is a ranking when something is
            // ranked, the largest value otherwise (decided at the end).
            let agg = match pending_agg {
                Some((_, _, true)) => None,
                _ => pending_agg.take().map(|x| x.0).filter(|a| !matches!(a, Agg::Count | Agg::CountDistinct)),
            };
            // "A x B", "A multiplied by B": the product of the two, row by row.
            if pending_times {
                pending_times = false;
                if let Some(prev) = s.measures.last_mut() {
                    if let MKind::Col(_) = prev.kind {
                        prev.words = format!("{} × {words}", prev.words);
                        prev.times = Some(cands);
                        k = end + 1;
                        continue;
                    }
                }
            }
            // "X per Y" with two measures is a ratio of their totals.
            // ("divided by total climbers": a ratio of totals says "total" of its denominator too.)
            let ratio_agg = agg.is_none() || pending_ratio && agg == Some(Agg::Sum);
            if pending_by && (pending_ratio || s_text_before_is(&s, k, &["per"])) && ratio_agg {
                pending_ratio = false;
                if let Some(prev) = s.measures.last_mut() {
                    // "how much do we earn per km": the amount ("earn") over the column.
                    if matches!(&prev.kind, MKind::Col(_)) || matches!(&prev.kind, MKind::Kind(x) if x == "*") {
                        prev.words = format!("{} per {words}", prev.words);
                        prev.per = Some(cands);
                        prev.agg = Some(Agg::Ratio);
                        pending_by = false;
                        k = end + 1;
                        continue;
                    }
                }
            }
            s.measures.push(MSlot {
                kind: MKind::Col(cands),
                agg,
                pos: k,
                words: words.clone(),
                per: None,
                times: None,
            });
            pending_by = false;
            pending_which = false;
            k = end + 1;
            continue;
        }
        // A yes/no column named as a verb or a noun ("incidents that breached the SLA", "households
        // without solar"): its "yes" rows (its "no" rows after without/not), not a grouping.
        if !pending_by && !pending_which && !s_text_before_is_any(&s.texts, k, &["by", "per", "each"]) {
            if let Some(values) = yes_no(c0) {
                // Only where the question says all of the column's name: "sessions" is not
                // `first_session` (a session that is a first one); "solar" is `has_solar`.
                const LIGHT: &[&str] = &["has", "have", "had", "is", "was", "were", "did", "does", "any", "flag", "yn"];
                let words_said: Vec<&str> = s.texts.iter().flat_map(|t| t.split_whitespace()).collect();
                let alike = |q: &str, w: &str| {
                    super::link::same_form(q, w)
                        || q.len() >= 5 && w.len() >= 5 && q.get(..5).is_some() && q.get(..5) == w.get(..5)
                        || q.len() >= 4 && w.starts_with(q)
                        // ("voided" of `void`, "refunded" of `refund`: the participle.)
                        || q.strip_suffix("ed").or_else(|| q.strip_suffix('d')) == Some(w)
                };
                // (A verb of the event, "issued" of `fine_issued`, "closed" of `closed_on_time`, need not be
                // said.)
                let said = crate::semantics::name_words(&c0.name)
                    .iter()
                    .filter(|w| !LIGHT.contains(&w.as_str()) && !lx.has(w, "filler") && !w.ends_with("ed"))
                    .all(|w| words_said.iter().any(|q| alike(q, w)));
                if !said {
                    k = end + 1;
                    continue;
                }
                yes_no_condition(&mut s, &cx, k, cands[0], values, &words, excl_here);
                pending_excl = false;
                k = end + 1;
                continue;
            }
        }
        // A dimension (text, category, identifier) or a counted thing.
        if counting {
            // "how many class sessions": the count is of the last noun; the ones before qualify it.
            // (Not a verb after it, naming a date column or a table by a part of its name: "how many different
            // clients booked a job", "how many distinct customers ordered".)
            let verb_of_date = |it: &Item| {
                it.text.ends_with("ed")
                    && it.is_schema()
                    && it.senses.iter().all(|x| match x {
                        Sense::Col { id, fit } => *fit <= Fit::Part && col(desk, *id).role == Role::Time,
                        Sense::Table { fit, .. } => *fit <= Fit::Part,
                        Sense::Val { .. } => false,
                        _ => true,
                    })
            };
            if k + 1 < n
                && cx.items[k + 1].is_schema()
                && cx.items[k + 1].vals().is_empty()
                && !verb_of_date(&cx.items[k + 1])
            {
                k = end + 1;
                continue;
            }
            // "how many fills" only like `fill_date`: the events (rows) or the different dates? Not guessed.
            // (A plural noun; a verb of the event, "trips started between 7 and 9", only names the date.)
            let one = crate::analyst::compile::words::singular(&words);
            let plural_of_a_date = c0.role == Role::Time
                && fit < Fit::Form
                && words.ends_with('s')
                && !words.ends_with("ss")
                && grain_of(&one).is_none();
            // ("how many matches" of `match_date` on `match_results`, whose rows are things, not lines of them:
            // the rows, one per match, as the date column's own name says. The table's own name says so too;
            // a `service_date` on `route_days` may count services or days, which stays asked.)
            let tb0 = table(desk, cands[0].table);
            let lines = tb0
                .columns
                .iter()
                .any(|c| c.role == Role::Identifier && c.distinct < tb0.rows && c.one_date_each == Some(true));
            let own_word =
                crate::semantics::name_words(&c0.name).first().is_some_and(|w| super::link::same_form(w, &one))
                    && crate::semantics::name_words(&tb0.name).iter().any(|w| super::link::same_form(w, &one));
            // (Or each row has a key of its own, "Entry No": each row is one thing, and the date's first word
            // names what happened on it: "shipments" of `ship_date`.)
            let date_names_it =
                crate::semantics::name_words(&c0.name).first().is_some_and(|w| super::link::same_form(w, &one));
            // (Not with a period where the table has other dates: "shipments that came in 2025" may be dated
            // by their arrival.)
            let other_dates = tb0.time_columns().into_iter().filter(|c| !c.is_year_number()).count() > 1;
            let dated = s.periods.is_empty()
                && !cx.items.iter().any(|i| i.senses.iter().any(|x| matches!(x, Sense::Period(_))));
            // ("how many moves have we completed in 2025" of `move_date` beside `enquiry_date`: the period is of
            // the date the word names, so the rows it counts are the moves either way.)
            // (Not where a verb of arriving says another date may be meant: "shipments that came in 2025".)
            let arriving = s.texts.iter().any(|t| {
                matches!(
                    t.as_str(),
                    "came" | "come" | "comes" | "arrived" | "arrive" | "arrives" | "received" | "landed" | "delivered"
                )
            });
            let period_of_it = !dated && other_dates && !arriving && s.time_col.is_none_or(|t| t == cands[0]);
            let keyed = date_names_it && tb0.has_row_key() && (dated || !other_dates || period_of_it);
            if plural_of_a_date && (own_word || keyed) && !lines {
                pending_agg = None;
                s.measures.push(MSlot {
                    kind: MKind::Rows(Some(cands[0].table)),
                    agg: Some(Agg::Count),
                    pos: k,
                    words: words.clone(),
                    per: None,
                    times: None,
                });
                s.assumptions.push(format!(
                    "\"{words}\" counted as the rows of {} (each row one, as {} names them)",
                    tb0.name, c0.name
                ));
                pending_which = false;
                k = end + 1;
                continue;
            }
            if plural_of_a_date {
                s.doubt = Some(format!(
                    "what \"{words}\" counts: the rows of {}, or the different values of {}",
                    tb0.name, c0.name
                ));
            }
            // (A form's question heading text answers, "Which Sunday would you like a pitch for? (gates open to
            // sellers at 6.30am)": a word inside it after its first words is no name of the answers; "how many
            // sellers" does not count the different Sundays. Not understood, said.)
            if inside_a_form_question(c0, &words) {
                s.unknown.push(words.clone());
                k = end + 1;
                continue;
            }
            pending_agg = None;
            // ("how many services were held" on a `service_register`, "how many items are still listed": the
            // word also names what the table's rows are, or is a word for any thing, so the rows are counted,
            // one each; "how many different services" counts the column's values.)
            let different = says_different(&s.texts);
            let one = crate::analyst::compile::words::singular(&words);
            // (The word the table's name gives its rows: its last, or the one before a word for what holds them,
            // "service" of `service_register`; not "route" of `route_days`, whose rows are days.)
            let row_noun = {
                let ws = crate::semantics::name_words(&table(desk, cands[0].table).name);
                let last = ws.last().cloned().unwrap_or_default();
                if super::passes::HOLDERS.contains(&last.as_str()) && ws.len() >= 2 {
                    crate::analyst::compile::words::singular(&ws[ws.len() - 2])
                } else {
                    crate::analyst::compile::words::singular(&last)
                }
            };
            if rows_of_a_column_word(&mut s, &cx, desk, (k, end), cands[0], &words) {
                pending_which = false;
                k = end + 2;
                continue;
            }
            let rows_named = cx.items[k].tables().iter().any(|(t, _)| *t == cands[0].table) && one == row_noun
                || matches!(one.as_str(), "item" | "thing");
            if rows_named
                && !different
                && !matches!(c0.role, Role::Identifier | Role::Time)
                && !names_people(lx, c0)
                && words.ends_with('s')
            {
                s.measures.push(MSlot {
                    kind: MKind::Rows(Some(cands[0].table)),
                    agg: Some(Agg::Count),
                    pos: k,
                    words: words.clone(),
                    per: None,
                    times: None,
                });
                s.assumptions.push(format!(
                    "\"{words}\" counted as the rows of {}, one each (\"different {words}\" would count the values of {})",
                    table(desk, cands[0].table).name,
                    c0.name
                ));
                s.instances.push(cands[0]);
                s.rows_as_said = true;
                pending_which = false;
                k = end + 1;
                continue;
            }
            s.measures.push(MSlot {
                kind: MKind::Distinct(cands[0]),
                agg: Some(Agg::CountDistinct),
                pos: k,
                words: words.clone(),
                per: None,
                times: None,
            });
            if cands.len() > 1 {
                s.assumptions.push(format!("\"{words}\" counted as different values of {}", c0.name));
            }
            pending_which = false;
            k = end + 1;
            continue;
        }
        // A column word next to one of its values only qualifies it ("the West region"); so does any
        // noun right after a value ("annual plans", "the enterprise plan").
        let near_value =
            |j: Option<usize>| j.is_some_and(|j| cx.items[j].vals().iter().any(|(c, _, _)| cands.contains(c)));
        let after_value = s
            .values
            .last()
            .is_some_and(|v| v.pos + 1 == k || v.cands.iter().any(|(c, _)| cands.contains(c)) && v.pos + 2 >= k);
        // (Not the column a "most common" asks about, after a value of another one: "the most common dog breed".)
        let common_asked = s.ops.iter().any(|(o, _)| o == "common")
            && s.which.is_none()
            && s.groups.is_empty()
            && !s.values.last().is_some_and(|v| v.cands.iter().any(|(c, _)| cands.contains(c)));
        if (after_value || near_value(cx.next(end))) && !pending_by && !pending_which && !common_asked {
            k = end + 1;
            continue;
        }
        // "store format", "class type": in a noun compound the last noun is the head; the ones before it
        // qualify it.
        if k + 1 < n && end == k && !pending_which {
            let next = &cx.items[k + 1];
            let next_dims: Vec<ColId> =
                next.cols().iter().map(|(c, _)| *c).filter(|c| !is_measure_col(col(desk, *c))).collect();
            if !next_dims.is_empty()
                && next.vals().is_empty()
                && next_dims.iter().any(|c| cands.iter().any(|x| x.table == c.table))
            {
                k = end + 1;
                continue;
            }
        }
        // "which studio hosted the most sessions", "the region with the most customers": a count of them.
        // ("the most volunteer hours": a word right before a number column qualifies it.)
        let qualifies_next = cx.items.get(end + 1).is_some_and(|i| {
            i.vals().is_empty() && !i.cols().is_empty() && i.cols().iter().all(|(c, _)| is_measure_col(col(desk, *c)))
        });
        if qualifies_next && !pending_by && !pending_which && (s.which.is_some() || !s.groups.is_empty()) {
            k = end + 1;
            continue;
        }
        if pending_agg.is_some_and(|(a, _, sup)| sup && matches!(a, Agg::Max | Agg::Min))
            && (s.which.is_some() || !s.groups.is_empty())
            && !pending_by
            && !pending_which
            && !inside_a_form_question(c0, &words)
        {
            pending_agg = None;
            // ("the month with the most race entries".)
            if rows_of_a_column_word(&mut s, &cx, desk, (k, end), cands[0], &words) {
                k = end + 2;
                continue;
            }
            s.measures.push(MSlot {
                kind: MKind::Distinct(cands[0]),
                agg: Some(Agg::CountDistinct),
                pos: k,
                words: words.clone(),
                per: None,
                times: None,
            });
            k = end + 1;
            continue;
        }
        // ("our biggest single order, and who was it for": a superlative of size right before the rows' own
        // key, in the singular, is one row, not a ranking of each of them.)
        if c0.role == Role::Identifier
            && !pending_by
            && !pending_which
            && table(desk, cands[0].table).is_row_key(&c0.name)
            && crate::analyst::compile::words::plural(&words) != words
            && s.superlative.is_some_and(|(_, at)| {
                at < k
                    && (at + 1..k).all(|j| matches!(cx.text(j), "single" | "one"))
                    && s.texts.get(at).is_some_and(|w| lx.adjective(w).is_some_and(|a| a.target == "*"))
            })
        {
            s.one_row = true;
            s.instances.extend(cands.iter().copied());
            s.measures.push(MSlot {
                kind: MKind::Rows(Some(cands[0].table)),
                agg: None,
                pos: k,
                words: words.clone(),
                per: None,
                times: None,
            });
            pending_agg = None;
            s.used[k] = true;
            k = end + 1;
            continue;
        }
        let marked = pending_by || pending_which || s.top_n.is_some() || s.superlative.is_some();
        if !marked {
            if s.whole {
                // "... across my accounts in total": the whole, no grouping.
                k = end + 1;
                continue;
            }
            // ("came to at least one class", "booked a room": one of them, not a grouping by them.)
            if s_text_before_is_any(&s.texts, k, &["a", "an", "one", "any", "at least one", "some", "at least a"]) {
                s.instances.extend(cands.iter().copied());
                s.used[k] = true;
                k = end + 1;
                continue;
            }
            // ("How many trips did our drivers do": the subject of the question's own verb, all of them together,
            // not a breakdown by each of them; that takes "each", "per", "by" or "which".)
            if subject_of_the_question(&s.texts, k) {
                s.instances.extend(cands.iter().copied());
                s.used[k] = true;
                k = end + 1;
                continue;
            }
            // (Nor one word of a longer name that is not its head: "hours of hire" is not by `hire_type`.)
            // (Unless the question already uses that column: "school groups", "concession tickets", "the
            // reason for delays" say it again.)
            let overlaps = |cs: &[ColId]| cs.iter().any(|c| cands.contains(c));
            let used_before = s.values.iter().any(|v| v.cands.iter().any(|(c, _)| cands.contains(c)))
                || s.groups.iter().chain(s.which.iter()).any(|(g, _)| matches!(g, GSlot::Col(cs) if overlaps(cs)))
                || s.measures.iter().any(|m| match &m.kind {
                    MKind::Col(cs) => overlaps(cs),
                    MKind::Distinct(c) => cands.contains(c),
                    _ => false,
                });
            let part_only = fit == Fit::Part
                && end == k
                && cands.iter().all(|c| col(desk, *c).role == Role::Category && !index.is_head(*c, &words));
            if part_only && used_before {
                // Said again: nothing more to do with it.
                s.used[k] = true;
                k = end + 1;
                continue;
            }
            if fit == Fit::Kin || part_only {
                // A word only like a column, with nothing saying it groups: not understood.
                s.unknown.push(words.clone());
                k = end + 1;
                continue;
            }
        }
        // "what share of households have solar": the identifier after a share's "of" is what is counted.
        if !pending_which
            && !pending_by
            && c0.role == Role::Identifier
            && s.ops.iter().any(|(o, p)| o == "share" && *p < k && p + 3 >= k)
            && s.texts
                .get(k.saturating_sub(1))
                .is_some_and(|t| matches!(t.as_str(), "of" | "of the" | "of all" | "of our"))
            && !s.measures.iter().any(|m| s.ops.iter().any(|(o, p)| o == "share" && m.pos > *p))
        {
            s.measures.push(MSlot {
                kind: MKind::Distinct(cands[0]),
                agg: Some(Agg::CountDistinct),
                pos: k,
                words: words.clone(),
                per: None,
                times: None,
            });
            k = end + 1;
            continue;
        }
        // "the average bill for households": the rows' own identifier after "for"/"among" names who is
        // counted, not a breakdown by each of them.
        if !pending_which
            && !pending_by
            && c0.role == Role::Identifier
            && s_text_before_is_any(&s.texts, k, &["for", "among", "of all", "for all"])
        {
            k = end + 1;
            continue;
        }
        // "total lift scans", "what percentage of our class takings": after a word for the whole or a
        // share, a category column's name right before a number column of its table (or a word for its
        // money) only says whose the figure is (a noun modifying a noun), not a breakdown.
        let share_of = s.ops.iter().any(|(o, p)| o == "share" && *p < k);
        if !marked
            && !pending_which
            && !pending_by
            && (s.whole || share_of || pending_agg.is_some_and(|(a, _, sup)| !sup && a == Agg::Sum))
            && c0.role == Role::Category
            && cx.items.get(end + 1).is_some_and(|n| {
                n.cols().iter().any(|(c, f)| {
                    *f >= Fit::Form
                        && c.table == cands[0].table
                        && col(desk, *c).is_numeric()
                        && !matches!(col(desk, *c).role, Role::Identifier | Role::Time)
                }) || share_of && n.lex_kind("measure:") == Some("*")
            })
        {
            s.used[k] = true;
            k = end + 1;
            continue;
        }
        // ("how much higher is the average order value": the thing's key before a word for its money or a
        // number column names whose figure it is, one per row; no breakdown by each of them.)
        if !pending_by
            && !pending_which
            && c0.role == Role::Identifier
            && table(desk, cands[0].table).is_row_key(&c0.name)
            && cx.items.get(end + 1).is_some_and(|n| {
                n.lex_kind("measure:") == Some("*")
                    || n.cols()
                        .iter()
                        .any(|(c, f)| *f >= Fit::Form && c.table == cands[0].table && is_measure_col(col(desk, *c)))
            })
        {
            s.used[k] = true;
            k = end + 1;
            continue;
        }
        if !marked && !s.whole && c0.role == Role::Identifier {
            // "the claims that have been reviewed": the things the rows are, named by their key, not a
            // breakdown by each of them (that takes "by", "per", "each" or "which").
            k = end + 1;
            continue;
        }
        // "across all the machines", "for all our sites": all of them together, not each on its own.
        let all_of_them = k > 0
            && cx.items[k - 1].lex("whole")
            && ["across all", "for all", "over all", "across every"].iter().any(|p| cx.text(k - 1).starts_with(p));
        if all_of_them && !pending_which && !pending_by {
            s.used[k] = true;
            k = end + 1;
            continue;
        }
        // ("orders in gold-coloured mouldings": things named right after a value of theirs, with or without
        // its column's word between, are the things of that value, not a breakdown by each of them.)
        let of_value = |j: usize| cx.items[j].vals().iter().any(|(c, _, _)| c.table == cands[0].table);
        let after_value = k >= 1
            && (of_value(k - 1)
                || k >= 2
                    && of_value(k - 2)
                    && cx.items[k - 1].cols().iter().all(|(c, f)| c.table == cands[0].table && *f <= Fit::Kin)
                    && !cx.items[k - 1].cols().is_empty());
        if after_value && !pending_by && !pending_which && !cx.items[k].tables().is_empty() {
            s.used[k] = true;
            k = end + 1;
            continue;
        }
        // "..., and by how many orders?", "How many more orders?": the things counted, said again after the
        // count, not a breakdown by each of them.
        if c0.role == Role::Identifier
            && !pending_by
            && !pending_which
            && !s.measures.is_empty()
            && k > 0
            && cx.items[k - 1].text.contains("how many")
        {
            s.used[k] = true;
            k = end + 1;
            continue;
        }
        let g = GSlot::Col(cands);
        if pending_which {
            s.which = Some((g, k));
        } else {
            s.groups.push((g, k));
        }
        pending_which = false;
        pending_by = false;
        k = end + 1;
    }
    if let Some((a, at, superlative)) = pending_agg.filter(|(_, _, sup)| {
        // ("who made the most profit": a superlative in a question of who ranks the people.)
        !*sup || s.which.is_none() && !s.whose && s.groups.is_empty() && s.ops.is_empty()
    }) {
        // An aggregate with nothing after it ("what is the total", "how many") applies to what came before;
        // a superlative with nothing ranked ("the highest score in French") to its measure.
        let target = if superlative {
            s.measures.iter().position(|m| m.agg.is_none() && matches!(m.kind, MKind::Col(_) | MKind::Kind(_)))
        } else {
            s.measures.iter().rposition(|m| m.agg.is_none() && m.pos < at)
        };
        let extreme = s.measures.iter().position(|m| matches!(m.agg, Some(Agg::Max | Agg::Min)));
        if let Some(m) = target.and_then(|i| s.measures.get_mut(i)) {
            m.agg = Some(a);
        } else if let (Some(i), true, true) =
            (extreme, matches!(a, Agg::Avg | Agg::Median), s.which.is_some() || !s.groups.is_empty())
        {
            // "which category takes the longest to resolve on average": the average is the figure, the
            // extreme word the direction of the ranking.
            let desc = s.measures[i].agg == Some(Agg::Max);
            s.measures[i].agg = Some(a);
            s.superlative = Some((desc, s.measures[i].pos));
        } else if a == Agg::Count {
            s.measures.push(MSlot {
                kind: MKind::Rows(None),
                agg: Some(Agg::Count),
                pos: at,
                words: cx.text(at).to_string(),
                per: None,
                times: None,
            });
        } else if a == Agg::Sum {
            s.whole = true;
        }
    }
    // Comparisons: the measure they apply to.
    attach_conditions(&mut s);
    s
}

/// "casual users", "time of use customers", "postpaid unlimited customer": a word for people right after a
/// value names the people of that kind (the value filters; the word is about people, counted as people
/// when a count is asked), not a column of its own.
fn people_of_a_kind(items: &mut [Item], lx: &Lexicon) {
    for k in 1..items.len() {
        let t = items[k].text.clone();
        let plural = if t.ends_with('s') { t.clone() } else { format!("{t}s") };
        let people_word = lx.has(&t, "headcount") || lx.has(&plural, "headcount") || lx.has(&t, "people");
        // (A word that names columns or tables of the desk keeps them: "the North Gate's riders".)
        let own = items[k].senses.iter().any(|x| !matches!(x, Sense::Lex(_)));
        if people_word && !own && !items[k - 1].vals().is_empty() && items[k - 1].cols().is_empty() {
            items[k].senses = vec![Sense::Lex("people".into())];
        }
    }
}

/// "satisfaction score", "chlorine reading", "pH level", "e coli count": a noun for a measured figure right
/// after a number column only says that the column is the figure (it is not a count of rows or a column of
/// its own).
fn absorb_measure_nouns(items: &mut [Item], desk: &Desk) {
    const NOUNS: &[&str] = &[
        "score",
        "scores",
        "rating",
        "ratings",
        "reading",
        "readings",
        "level",
        "levels",
        "figure",
        "figures",
        "count",
        "counts",
        "measurement",
        "measurements",
        "value",
        "values",
    ];
    for k in 1..items.len() {
        if !NOUNS.contains(&items[k].text.as_str()) || items[k].cols().iter().any(|(_, f)| *f > Fit::Part) {
            continue;
        }
        let numeric_before = items[k - 1].cols().iter().any(|(c, f)| {
            let cc = col(desk, *c);
            *f > Fit::Kin && cc.is_numeric() && !matches!(cc.role, Role::Identifier | Role::Time)
        });
        if numeric_before && items[k - 1].vals().is_empty() {
            items[k].senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// Two periods as one when `b` starts right after `a` ends (units written the same way: years, quarters,
/// months or days of ISO form).
fn joined_periods(a: &Period, b: &Period) -> Option<Period> {
    let (a_to, b_from) = (a.to.as_deref()?, b.from.as_deref()?);
    if a.column != b.column || a.from.is_none() || b.to.is_none() {
        return None;
    }
    let next = |u: &str| -> Option<String> {
        let y: i32 = u.get(0..4)?.parse().ok()?;
        match u.len() {
            4 => Some(format!("{}", y + 1)),
            7 if u.as_bytes()[5] == b'Q' => {
                let q: u32 = u[6..].parse().ok()?;
                Some(if q == 4 { format!("{}-Q1", y + 1) } else { format!("{y}-Q{}", q + 1) })
            }
            7 if u.as_bytes()[5] == b'H' => {
                Some(if &u[5..] == "H2" { format!("{}-H1", y + 1) } else { format!("{y}-H2") })
            }
            7 => {
                let m: u32 = u[5..].parse().ok()?;
                Some(if m == 12 { format!("{}-01", y + 1) } else { format!("{y}-{:02}", m + 1) })
            }
            10 => {
                let (m, d): (u32, u32) = (u.get(5..7)?.parse().ok()?, u.get(8..10)?.parse().ok()?);
                let last = crate::calendar::days_in_month(y as i64, m);
                Some(match (m, d) {
                    (12, 31) => format!("{}-01-01", y + 1),
                    (m, d) if d >= last => format!("{y}-{:02}-01", m + 1),
                    (m, d) => format!("{y}-{m:02}-{:02}", d + 1),
                })
            }
            _ => None,
        }
    };
    (next(a_to)? == b_from).then(|| Period { from: a.from.clone(), to: b.to.clone(), column: a.column.clone() })
}

/// "both years together", "all counters together", "the two seasons combined", "both years": the things
/// named are taken as one whole, not a grouping (the word for them becomes a word for the whole); "June and
/// July together", "butter and almond together": the values or periods named, together ("together" adds
/// nothing to them).
fn join_wholes(items: &mut [Item]) {
    let groupable = |it: &Item| {
        it.senses.iter().any(|x| matches!(x, Sense::Lex(l) if l.starts_with("grain:")))
            || it.senses.iter().any(|x| matches!(x, Sense::Col { .. }))
    };
    let named = |it: &Item| {
        it.senses.iter().any(|x| matches!(x, Sense::Val { .. } | Sense::Period(_)))
            || it.senses.iter().any(|x| matches!(x, Sense::Lex(l) if l.starts_with("period:")))
    };
    let whole = || vec![Sense::Lex("whole".into())];
    for k in 0..items.len() {
        // "across the whole hospital", "for the entire network", "hospital-wide", "the farm's overall
        // output": a word for the organisation as a whole, where the desk has no such column or value.
        if items[k].senses.is_empty() && items[k].text.chars().all(char::is_alphabetic) {
            let after_whole =
                k > 0 && matches!(items[k - 1].text.as_str(), "whole" | "entire" | "the whole" | "the entire");
            let wide_next = items.get(k + 1).is_some_and(|x| x.text == "wide" || x.text == "-wide");
            let overall_next = items[k].possessive && items.get(k + 1).is_some_and(|x| x.text == "overall");
            if after_whole || wide_next || overall_next {
                items[k].senses = whole();
                if wide_next {
                    items[k + 1].senses = whole();
                }
                continue;
            }
        }
        let t = items[k].text.as_str();
        if matches!(t, "together" | "combined" | "put together" | "taken together") && k > 0 {
            let j = (0..k).rev().find(|&j| !items[j].lex("punct")).unwrap_or(k - 1);
            if items[j].lex("whole") {
                // "both years together": "both" already made the years one whole.
                items[k].senses = vec![Sense::Lex("filler".into())];
            } else if groupable(&items[j]) && !named(&items[j]) {
                items[j].senses = whole();
                items[k].senses = vec![Sense::Lex("filler".into())];
            } else if named(&items[j]) {
                items[k].senses = vec![Sense::Lex("filler".into())];
            }
        } else if matches!(t, "both" | "the two" | "two") && k + 1 < items.len() {
            // "over both years", "the two seasons": plural time units or columns named after "both".
            let next = &items[k + 1];
            let plural = next.text.ends_with('s');
            let after_the = t != "two" || k > 0 && items[k - 1].text.ends_with("the");
            if plural && after_the && groupable(next) && !named(next) {
                items[k + 1].senses = whole();
                items[k].senses = vec![Sense::Lex("filler".into())];
            }
        }
    }
}

/// Values of big text columns (not listed at import) looked up by the caller for unknown words.
fn resolve_unknown_values(items: &mut [Item], desk: &Desk, lookup: &mut dyn super::Lookup) {
    // A number after a word for an identifier column ("ticket 1207", "account 000417"), or written with
    // leading zeros, may be one of its values (stored as text, perhaps with the zeros).
    let digits = |t: &str| t.len() >= 3 && t.bytes().all(|b| b.is_ascii_digit());
    for k in 0..items.len() {
        let plain_number =
            items[k].senses.iter().all(|x| matches!(x, Sense::Num { currency: false, percent: false, .. }))
                && !items[k].senses.is_empty()
                && digits(&items[k].text);
        let after_id = k > 0 && items[k - 1].cols().iter().any(|(c, _)| col(desk, *c).role == Role::Identifier);
        // "car 7": a number right after a text column's name is one of its listed values, when it is one
        // (with or without leading zeros).
        let is_number = items[k].senses.iter().all(|x| matches!(x, Sense::Num { currency: false, percent: false, .. }))
            && !items[k].senses.is_empty()
            && items[k].text.bytes().all(|b| b.is_ascii_digit());
        if is_number && k > 0 {
            let bare = items[k].text.trim_start_matches('0').to_string();
            let hits: Vec<Sense> = items[k - 1]
                .cols()
                .iter()
                .filter(|(c, f)| *f >= Fit::Form && col(desk, *c).is_text())
                .filter_map(|(c, _)| {
                    let cc = col(desk, *c);
                    cc.listed.iter().find(|v| v.trim().trim_start_matches('0') == bare).map(|v| Sense::Val {
                        id: *c,
                        value: cc.canonical(v),
                        fit: Fit::Exact,
                    })
                })
                .collect();
            if let [h] = hits.as_slice() {
                items[k].senses = vec![h.clone()];
                continue;
            }
        }
        if plain_number && (after_id || items[k].text.starts_with('0')) {
            let found = lookup.values(std::slice::from_ref(&items[k].text));
            let hits: Vec<Sense> = found
                .iter()
                .filter(|(_, _, v)| v.trim().trim_start_matches('0') == items[k].text.trim_start_matches('0'))
                .filter_map(|(t, c, v)| {
                    let ti = desk.tables.iter().position(|x| &x.name == t)?;
                    let ci = desk.tables[ti].columns.iter().position(|x| &x.name == c)?;
                    // (Each value once: "0042" and "42" are one code.)
                    let value = desk.tables[ti].columns[ci].canonical(v);
                    Some(Sense::Val { id: ColId { table: ti, col: ci }, value, fit: Fit::Exact })
                })
                .fold(Vec::new(), |mut out, x| {
                    if !out.contains(&x) {
                        out.push(x);
                    }
                    out
                });
            if !hits.is_empty() {
                items[k].senses = hits;
            }
        }
    }
    let unknown: Vec<usize> = (0..items.len()).filter(|&k| items[k].senses.is_empty()).collect();
    if unknown.is_empty() {
        return;
    }
    // Phrases of up to three unknown words in a row (with their capitals, as values are stored).
    let mut phrases: Vec<(usize, usize, String)> = Vec::new();
    for &k in &unknown {
        for len in 1..=3 {
            let end = k + len;
            if end > items.len() || (k..end).any(|j| !items[j].senses.is_empty()) {
                break;
            }
            let p = items[k..end].iter().map(|i| i.text.clone()).collect::<Vec<_>>().join(" ");
            phrases.push((k, end, p));
        }
    }
    if phrases.is_empty() {
        return;
    }
    let found = lookup.values(&phrases.iter().map(|(_, _, p)| p.clone()).collect::<Vec<_>>());
    // Longest phrases first.
    phrases.sort_by_key(|p| std::cmp::Reverse(p.1 - p.0));
    for (start, end, p) in phrases {
        if (start..end).any(|j| !items[j].senses.is_empty()) {
            continue;
        }
        let hits: Vec<Sense> = found
            .iter()
            .filter(|(_, _, v)| crate::semantics::fold(v) == crate::semantics::fold(&p))
            .filter_map(|(t, c, v)| {
                let ti = desk.tables.iter().position(|x| &x.name == t)?;
                let ci = desk.tables[ti].columns.iter().position(|x| &x.name == c)?;
                Some(Sense::Val { id: ColId { table: ti, col: ci }, value: v.clone(), fit: Fit::Exact })
            })
            .collect();
        if hits.is_empty() {
            continue;
        }
        items[start].senses = hits;
        items[start].text = p;
        for item in &mut items[start + 1..end] {
            item.senses = vec![Sense::Lex("filler".into())];
        }
    }
}

/// Give each condition on a number its column: the measure right before it ("revenue above 1000"),
/// else one named right after ("above 1000 in revenue"); a money amount ("over $500") without a column
/// takes the desk's one money column.
fn attach_conditions(s: &mut Slots) {
    let measures = s.measures.clone();
    // (Not one whose column was said with its number: "3-bedroom homes".)
    for c in s.conds.iter_mut().filter(|c| c.col.is_none()) {
        let before = measures.iter().rfind(|m| m.pos < c.pos);
        let after = measures.iter().find(|m| m.pos > c.pos);
        let pick = |m: &MSlot| match &m.kind {
            MKind::Col(cs) => Some(cs.clone()),
            _ => None,
        };
        let chosen = before
            .and_then(|m| if c.pos - m.pos <= 3 { pick(m) } else { None })
            .or_else(|| after.and_then(|m| if m.pos - c.pos <= 5 { pick(m) } else { None }));
        if let Some(cs) = chosen {
            c.col = Some(cs);
        }
    }
    // "bookings that cost more than £60": a word for money right before a sum of money is what the sum is of,
    // not a figure asked for.
    let money_before: Vec<usize> = s
        .conds
        .iter()
        .filter(|c| c.currency && c.col.is_none())
        .filter_map(|c| {
            measures
                .iter()
                .rfind(|m| m.pos < c.pos)
                .filter(|m| c.pos - m.pos <= 2 && matches!(&m.kind, MKind::Kind(k) if k == "*") && m.agg.is_none())
                .map(|m| m.pos)
        })
        .collect();
    if s.measures.len() > money_before.len() {
        s.measures.retain(|m| !money_before.contains(&m.pos));
    }
    // A measure used only as a condition is not the figure asked for.
    let cond_cols: Vec<Vec<ColId>> = s.conds.iter().filter_map(|c| c.col.clone()).collect();
    if !cond_cols.is_empty() {
        s.measures.retain(|m| match &m.kind {
            MKind::Col(cs) => !cond_cols.contains(cs) || m.agg.is_some(),
            _ => true,
        });
    }
}

/// The desk's tables reachable from `fact` (itself and its lookups).
fn reach(desk: &Desk, fact: usize) -> Vec<usize> {
    let name = &desk.tables[fact].name;
    let mut v = vec![fact];
    for j in desk.joins.iter().filter(|j| &j.from_table == name) {
        if let Some(t) = desk.tables.iter().position(|t| t.name == j.to_table) {
            v.push(t);
        }
    }
    v
}

/// The one money-like amount column of a table: an amount with a currency unit, or the amount named
/// like money. None when there is none or more than one.
/// The columns of a table that hold money: a currency unit, or a name of the kind revenue/amount/cost.
fn money_columns(desk: &Desk, lx: &Lexicon, t: usize) -> Vec<usize> {
    let tb = table(desk, t);
    let is_money_name = |c: &Column| {
        crate::semantics::name_words(&c.name)
            .iter()
            .any(|w| lx.same_kind(w, "revenue") || lx.same_kind(w, "amount") || lx.same_kind(w, "cost"))
    };
    // (A price in a currency on a table with no quantity column is what each row was charged: money too.)
    // (Not a price per unit, "price_per_kg", "unit_price", nor beside any other amount that could be what it
    // is a price of.)
    // (An amount in a unit of its own, "clay_kg", is not what the price is of.)
    let no_quantity = quantity_column(desk, lx, t).is_none()
        && !tb.columns.iter().any(|c| {
            c.is_numeric() && c.role == Role::Amount && !c.in_currency() && !is_money_name(c) && c.unit.is_none()
        });
    let per_unit = |c: &Column| {
        crate::semantics::name_words(&c.name).iter().any(|w| matches!(w.as_str(), "per" | "unit" | "each" | "rate"))
    };
    tb.columns
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            matches!(c.role, Role::Amount | Role::SignedAmount) && (c.in_currency() || is_money_name(c))
                || c.role == Role::Level && c.in_currency() && (no_quantity || c.scales_with.is_some()) && !per_unit(c)
        })
        .map(|(i, _)| i)
        .collect()
}

/// Of the money columns `money` of table `t`, the one named for money going the way `sign` says: "spend"
/// beside `paid` and `sold_for` is `paid` (a word of paying out), "earn" is `sold_for` (a word of selling or
/// taking in). None unless exactly one is, and no other is named for the other way or for nothing.
fn money_of_the_way_it_went(desk: &Desk, lx: &Lexicon, t: usize, money: &[usize], sign: Option<Sign>) -> Option<usize> {
    const SALE: &[&str] = &["sale", "sales", "sold", "selling", "sell", "resale", "income", "takings", "revenue"];
    let tb = table(desk, t);
    let way = |i: usize| -> Option<bool> {
        let ws = crate::semantics::name_words(&tb.columns[i].name);
        let out = ws.iter().any(|w| lx.has(w, "sign:out") || lx.has(w, "cost"));
        let inn = ws.iter().any(|w| lx.has(w, "sign:in") || SALE.contains(&w.as_str()));
        match (out, inn) {
            (true, false) => Some(false),
            (false, true) => Some(true),
            _ => None,
        }
    };
    let want = match sign {
        Some(Sign::Outflow) => false,
        Some(Sign::Inflow) => true,
        _ => return None,
    };
    // (Every money column but the one is named for the other way or set aside, "postage" beside "paid".)
    let aside = |i: usize| crate::semantics::name_words(&tb.columns[i].name).iter().any(|w| lx.has(w, "aside"));
    let fits: Vec<usize> = money.iter().copied().filter(|&i| way(i) == Some(want)).collect();
    match fits.as_slice() {
        [one] if money.iter().all(|&i| i == *one || way(i) == Some(!want) || aside(i)) => Some(*one),
        _ => None,
    }
}

fn money_column(desk: &Desk, lx: &Lexicon, t: usize) -> Option<ColId> {
    let tb = table(desk, t);
    let money = money_columns(desk, lx, t);
    match money.as_slice() {
        [one] => Some(ColId { table: t, col: *one }),
        _ => {
            // With a currency unit on exactly one of them.
            let cur: Vec<usize> = money.iter().copied().filter(|&i| tb.columns[i].in_currency()).collect();
            if let [one] = cur.as_slice() {
                return Some(ColId { table: t, col: *one });
            }
            // One that is not money offered (a quote), held (a deposit) or given on top (a tip): the row's
            // own price.
            let own: Vec<usize> = money
                .iter()
                .copied()
                .filter(|&i| {
                    !crate::semantics::name_words(&tb.columns[i].name)
                        .iter()
                        .any(|w| lx.has(w, "offer") || lx.has(w, "aside"))
                })
                .collect();
            if let [one] = own.as_slice() {
                return Some(ColId { table: t, col: *one });
            }
            // One that is the sum of two of the others on every row (`total` of `labour` and `parts`): the
            // whole money of the row.
            let whole: Vec<usize> = money
                .iter()
                .copied()
                .filter(|&i| {
                    // (Every other money column is one of its two parts.)
                    let parts = &tb.columns[i].sum_of;
                    parts.len() == 2 && money.iter().all(|&j| j == i || parts.contains(&tb.columns[j].name))
                })
                .collect();
            if let [one] = whole.as_slice() {
                return Some(ColId { table: t, col: *one });
            }
            // One named as the total (`Total` beside `Extras`), above every other on average and at its
            // largest: the row's whole money, the others parts of it.
            let num = |v: &Option<serde_json::Value>| v.as_ref().and_then(|x| x.as_f64());
            let totals: Vec<usize> = money
                .iter()
                .copied()
                .filter(|&i| {
                    let c = &tb.columns[i];
                    crate::semantics::name_words(&c.name).iter().any(|w| w == "total")
                        && c.role == Role::Amount
                        && money.iter().all(|&j| {
                            let o = &tb.columns[j];
                            j == i
                                || matches!((o.mean, c.mean), (Some(a), Some(b)) if a < b)
                                    && matches!((num(&o.max), num(&c.max)), (Some(a), Some(b)) if a <= b)
                        })
                })
                .collect();
            if let [one] = totals.as_slice() {
                return Some(ColId { table: t, col: *one });
            }
            // The one column that holds money in and out (a ledger's `amount`, beside a `commission` it
            // already counts): the money of the rows; the others are parts of some rows.
            // (Not where another money column also goes below zero on some rows, "customer_price" beside
            // "developer_proceeds": both move with refunds, and which one is meant is asked.)
            let signed: Vec<usize> =
                money.iter().copied().filter(|&i| tb.columns[i].role == Role::SignedAmount).collect();
            let below_zero = |i: usize| {
                tb.columns[i].role == Role::SignedAmount
                    || tb.columns[i].min.as_ref().and_then(|v| v.as_f64()).is_some_and(|x| x < 0.0)
            };
            match signed.as_slice() {
                [one] if money.iter().filter(|&&i| below_zero(i)).count() == 1 => Some(ColId { table: t, col: *one }),
                _ => None,
            }
        }
    }
}

/// A word for a unit of time a compared number is written in ("more than 24 hours", "3 hours or more").
fn unit_of_time_word(t: &str) -> bool {
    matches!(
        t,
        "seconds" | "secs" | "minutes" | "mins" | "hours" | "hrs" | "days" | "weeks" | "minute" | "hour" | "nights"
    )
}

/// Two money columns that are the two sides of one account, each as a positive amount ("Paid In" and "Paid
/// Out", "credit" and "debit", "deposits" and "withdrawals", "money in" and "money out"): (in, out).
fn in_out_pair(desk: &Desk, lx: &Lexicon, t: usize) -> Option<(ColId, ColId)> {
    let tb = table(desk, t);
    // (Money columns, or amounts whose names say they are money paid: "Paid In" written without a currency.)
    let mut money = money_columns(desk, lx, t);
    let paid: Vec<usize> = tb
        .columns
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let paid = crate::semantics::name_words(&c.name).iter().any(|w| matches!(w.as_str(), "paid" | "money"));
            (paid && c.is_numeric() && c.role == Role::Amount && !money.contains(&i)).then_some(i)
        })
        .collect();
    money.extend(paid);
    let side = |i: usize| -> Option<bool> {
        let ws = crate::semantics::name_words(&tb.columns[i].name);
        let has = |w: &str| ws.iter().any(|x| x == w);
        if has("in") || has("credit") || has("credits") || has("deposit") || has("deposits") || has("received") {
            Some(true)
        } else if has("out") || has("debit") || has("debits") || has("withdrawal") || has("withdrawals") || has("spent")
        {
            Some(false)
        } else {
            None
        }
    };
    let ins: Vec<usize> = money.iter().copied().filter(|&i| side(i) == Some(true)).collect();
    let outs: Vec<usize> = money.iter().copied().filter(|&i| side(i) == Some(false)).collect();
    match (ins.as_slice(), outs.as_slice()) {
        ([a], [b]) if tb.columns[*a].role != Role::SignedAmount && tb.columns[*b].role != Role::SignedAmount => {
            Some((ColId { table: t, col: *a }, ColId { table: t, col: *b }))
        }
        _ => None,
    }
}

/// A row's sale price and what it was bought for, both money ("sale_price" and "purchase_price", "sold_for" and
/// "cost"): one of each, or none.
fn profit_pair(desk: &Desk, lx: &Lexicon, t: usize) -> Option<(ColId, ColId)> {
    let tb = table(desk, t);
    let money: Vec<usize> = tb
        .columns
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            c.is_numeric()
                && c.role != Role::SignedAmount
                && c.role != Role::Identifier
                && (c.in_currency() || money_columns(desk, lx, t).contains(i) || {
                    let ws = crate::semantics::name_words(&c.name);
                    ws.iter().any(|w| matches!(w.as_str(), "price" | "cost" | "amount" | "value"))
                })
                && !crate::semantics::name_words(&c.name).iter().any(|w| matches!(w.as_str(), "per" | "unit" | "each"))
        })
        .map(|(i, _)| i)
        .collect();
    let has = |i: usize, set: &[&str]| {
        crate::semantics::name_words(&tb.columns[i].name).iter().any(|w| set.contains(&w.as_str()))
    };
    const SALE: &[&str] = &["sale", "sales", "sold", "selling", "sell", "resale", "retail"];
    const COST: &[&str] = &["purchase", "purchased", "bought", "buy", "buying", "cost", "acquisition", "acquired"];
    let sales: Vec<usize> = money.iter().copied().filter(|&i| has(i, SALE) && !has(i, COST)).collect();
    let costs: Vec<usize> = money.iter().copied().filter(|&i| has(i, COST) && !has(i, SALE)).collect();
    match (sales.as_slice(), costs.as_slice()) {
        ([a], [b]) => Some((ColId { table: t, col: *a }, ColId { table: t, col: *b })),
        _ => None,
    }
}

/// The one amount column of a table (what "it" grew in when nothing else is named).
fn only_amount(desk: &Desk, t: usize) -> Option<ColId> {
    let v: Vec<usize> = table(desk, t)
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.role, Role::Amount | Role::SignedAmount | Role::Level))
        .map(|(i, _)| i)
        .collect();
    match v.as_slice() {
        [one] => Some(ColId { table: t, col: *one }),
        _ => None,
    }
}

/// The one amount column of `tb` (other than `skip`) named by one of a price's `units` ("price_per_seat":
/// seats; "case_price": cases).
fn quantity_named_by(desk: &Desk, lx: &Lexicon, t: usize, units: &[String], skip: Option<usize>) -> Option<usize> {
    let tb = table(desk, t);
    let named: Vec<usize> = tb
        .columns
        .iter()
        .enumerate()
        .filter(|(j, c)| {
            Some(*j) != skip
                && c.role == Role::Amount
                && crate::semantics::name_words(&c.name)
                    .iter()
                    .any(|w| units.iter().any(|u| super::lexicon::forms(u).contains(w)))
        })
        .map(|(j, _)| j)
        .collect();
    match named.as_slice() {
        [j] => Some(*j),
        // ("price_per_kg" beside `kg_picked` and `rejected_kg`: the kilos picked.)
        [_, _, ..] => {
            let ids: Vec<ColId> = named.iter().map(|&j| ColId { table: t, col: j }).collect();
            the_thing_itself(desk, lx, &ids).map(|c| c.col)
        }
        [] => None,
    }
}

/// A quantity and a price column of one table (for amounts the data defines but does not store).
fn quantity_price(desk: &Desk, lx: &Lexicon, t: usize) -> Option<(ColId, ColId)> {
    let tb = table(desk, t);
    let find = |kind: &str, role_ok: &dyn Fn(Role) -> bool| -> Vec<usize> {
        tb.columns
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                c.is_numeric()
                    && role_ok(c.role)
                    && crate::semantics::name_words(&c.name).iter().any(|w| lx.same_kind(w, kind))
            })
            .map(|(i, _)| i)
            .collect()
    };
    let p = find("price", &|r| matches!(r, Role::Level | Role::Amount));
    let [pi] = p.as_slice() else {
        // No price here: a quantity here and the one price of a looked-up table (order lines and a menu).
        if !p.is_empty() {
            return None;
        }
        let q = find("quantity", &|r| matches!(r, Role::Amount | Role::SignedAmount));
        let prices: Vec<ColId> = reach(desk, t)
            .into_iter()
            .filter(|&lt| lt != t)
            .flat_map(|lt| {
                table(desk, lt)
                    .columns
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| {
                        c.is_numeric()
                            && matches!(c.role, Role::Level | Role::Amount)
                            && crate::semantics::name_words(&c.name).iter().any(|w| lx.same_kind(w, "price"))
                    })
                    .map(move |(i, _)| ColId { table: lt, col: i })
                    .collect::<Vec<_>>()
            })
            .collect();
        if q.is_empty() {
            // "case_price" of a looked-up table names its quantity here: the column called cases.
            let named: Vec<(ColId, usize)> = prices
                .iter()
                .filter_map(|pc| {
                    let units: Vec<String> = crate::semantics::name_words(&col(desk, *pc).name)
                        .into_iter()
                        .filter(|w| !lx.same_kind(w, "price") && w != "per")
                        .collect();
                    quantity_named_by(desk, lx, t, &units, None).map(|qi| (*pc, qi))
                })
                .collect();
            if let [(pc, qi)] = named.as_slice() {
                return Some((ColId { table: t, col: *qi }, *pc));
            }
        }
        let [qi] = q.as_slice() else { return None };
        return match prices.as_slice() {
            [pc] => Some((ColId { table: t, col: *qi }, *pc)),
            _ => None,
        };
    };
    // (A price that rises with the count of its row is the row's whole price, not one unit's.)
    if tb.columns[*pi].scales_with.is_some() {
        return None;
    }
    let pw = crate::semantics::name_words(&tb.columns[*pi].name);
    // "price_per_seat" names its quantity: the column called seats.
    if let Some(i) = pw.iter().position(|w| w == "per") {
        if let Some(qi) =
            pw.get(i + 1).and_then(|unit| quantity_named_by(desk, lx, t, std::slice::from_ref(unit), Some(*pi)))
        {
            return Some((ColId { table: t, col: qi }, ColId { table: t, col: *pi }));
        }
    }
    // "packet_price" names its quantity too: the column called packets.
    let units: Vec<String> = pw.iter().filter(|w| !lx.same_kind(w, "price") && *w != "per").cloned().collect();
    if let (false, Some(qi)) = (units.is_empty(), quantity_named_by(desk, lx, t, &units, Some(*pi))) {
        return Some((ColId { table: t, col: qi }, ColId { table: t, col: *pi }));
    }
    // "nightly_rate", "hourly_rate": a price per unit of time names its quantity, the column called nights, hours.
    let per_time = pw.iter().find_map(|w| match w.as_str() {
        "nightly" => Some("night"),
        "hourly" => Some("hour"),
        "daily" => Some("day"),
        "weekly" => Some("week"),
        "monthly" => Some("month"),
        _ => None,
    });
    if let Some(qi) = per_time.and_then(|unit| quantity_named_by(desk, lx, t, &[unit.to_string()], Some(*pi))) {
        return Some((ColId { table: t, col: qi }, ColId { table: t, col: *pi }));
    }
    let q = find("quantity", &|r| matches!(r, Role::Amount));
    match q.as_slice() {
        [a] if a != pi => Some((ColId { table: t, col: *a }, ColId { table: t, col: *pi })),
        _ => None,
    }
}

/// Of two columns of one figure, one named its high and the other its low (`max_temp_c` and `min_temp_c`,
/// `High` and `Low`), the high (`high`) or the low one.
pub(super) fn high_or_low(desk: &Desk, cs: &[ColId], high: bool) -> Option<ColId> {
    let [a, b] = cs else { return None };
    let words = |c: &ColId| crate::semantics::name_words(&col(desk, *c).name);
    let is_high =
        |w: &str| matches!(w, "max" | "maximum" | "high" | "hi" | "highest" | "top" | "peak" | "day" | "daytime");
    let is_low = |w: &str| matches!(w, "min" | "minimum" | "low" | "lo" | "lowest" | "bottom" | "night" | "overnight");
    let (wa, wb) = (words(a), words(b));
    let rest = |ws: &[String]| ws.iter().filter(|w| !is_high(w) && !is_low(w)).cloned().collect::<Vec<_>>();
    if rest(&wa) != rest(&wb) || !col(desk, *a).is_numeric() || !col(desk, *b).is_numeric() {
        return None;
    }
    let (ha, la) = (wa.iter().any(|w| is_high(w)), wa.iter().any(|w| is_low(w)));
    let (hb, lb) = (wb.iter().any(|w| is_high(w)), wb.iter().any(|w| is_low(w)));
    match (ha && !la && lb && !hb, la && !ha && hb && !lb) {
        (true, _) => Some(if high { *a } else { *b }),
        (_, true) => Some(if high { *b } else { *a }),
        _ => None,
    }
}

/// The items of `all` in order, each kept once (`same` says when two are one).
fn first_of_each<T>(all: Vec<T>, same: impl Fn(&T, &T) -> bool) -> Vec<T> {
    let mut once: Vec<T> = Vec::new();
    for x in all {
        if !once.iter().any(|o| same(o, &x)) {
            once.push(x);
        }
    }
    once
}

/// Whether the question says a period, in another sentence than item `k`'s and not in its own.
fn period_elsewhere(items: &[Item], k: usize) -> bool {
    let dated = super::passes::sentences_with_a_period(items);
    !dated.is_empty() && !dated.contains(&super::passes::sentence_of(items)[k])
}

/// Whether `word` is (a word of) the name of column `c` ("enquiry" of `enquiry_date`).
fn name_said(desk: &Desk, c: ColId, word: &str) -> bool {
    let names = crate::semantics::name_words(&col(desk, c).name);
    word.split(' ').any(|w| names.iter().any(|n| n.len() > 2 && super::link::same_form(n, w)))
}

/// The two date columns a duration the data does not store runs between, (later, earlier): the two the
/// question names, else the one it names and the table's only other one, else the table's only two.
/// Which is later is read from the data (the one whose dates start and end later).
fn duration_ends(s: &Slots, desk: &Desk, fact: usize) -> Result<(ColId, ColId), String> {
    let tb = table(desk, fact);
    let all: Vec<ColId> = tb.date_columns().into_iter().map(|i| ColId { table: fact, col: i }).collect();
    let mut named: Vec<ColId> = s.time_words.iter().copied().filter(|c| c.table == fact).collect();
    // ("bookings made less than 24 hours before the session": a verb of making the booking names the date it
    // was made on, the table's one record date.)
    // (Only for a time between the booking and the thing, "before", "ahead", "in advance": "how many hours
    // did the clubs book" is the length of what they booked.)
    // (Not "went ahead", the thing taking place.)
    let lead = s.texts.iter().any(|t| {
        let went = t.split_whitespace().any(|w| matches!(w, "went" | "go" | "goes" | "gone" | "going"));
        !went
            && t.split_whitespace()
                .any(|w| matches!(w, "before" | "ahead" | "advance" | "prior" | "lead" | "notice" | "beforehand"))
    });
    // "how long is a booking", "hours of court time played": where each row has a start and an end time of day,
    // the length of its thing is between them; not the days between two dates, which the question then says
    // ("how many days before", "weeks ahead") or names.
    if let Some((start, end)) = tb.clock_pair() {
        let days_said = s.texts.iter().any(|t| {
            t.split_whitespace()
                .any(|w| matches!(w, "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years"))
        });
        // (Both dates named: "hours between booking and the session date".)
        let dates_named = named.iter().filter(|c| col(desk, **c).role == Role::Time).count() >= 2;
        if !days_said && !lead && !dates_named {
            return Ok((ColId { table: fact, col: end }, ColId { table: fact, col: start }));
        }
    }
    let made = lead
        && s.texts.iter().any(|t| {
            matches!(t.as_str(), "made" | "booked" | "placed" | "ordered" | "reserved" | "book" | "order" | "place")
        });
    let records: Vec<ColId> = all.iter().copied().filter(|c| col(desk, *c).is_record_date()).collect();
    if let ([r], true) = (records.as_slice(), made) {
        if !named.contains(r) && named.len() < 2 {
            named.push(*r);
        }
    }
    // Of more than two, the dates a record was made or changed on (`created`) and the dates planned
    // (`due_date`, `scheduled_at`) are not when the thing itself began or ended: "the length of a hire" is
    // between the other two.
    let planned = |c: &ColId| {
        crate::semantics::name_words(&col(desk, *c).name)
            .iter()
            .any(|w| matches!(w.as_str(), "due" | "scheduled" | "planned" | "expected" | "target" | "deadline"))
    };
    let events: Vec<ColId> = all.iter().copied().filter(|c| !col(desk, *c).is_record_date() && !planned(c)).collect();
    let pool =
        if all.len() > 2 && events.len() == 2 && named.iter().all(|c| events.contains(c)) { &events } else { &all };
    // ("how many days ahead do guests book" beside `check_in` and `check_out`: from the booking to the first
    // of the others, the start of the thing booked.)
    // (Only where it plainly starts first: its earliest date before every other's.)
    let start_after = |a: &ColId| -> Option<ColId> {
        let others: Vec<usize> = pool.iter().filter(|c| *c != a).map(|c| c.col).collect();
        tb.plainly_first(&others).map(|col| ColId { table: fact, col })
    };
    let lead_end = match named.as_slice() {
        [a] if lead && pool.len() > 2 => start_after(a).map(|b| (*a, b)),
        _ => None,
    };
    let (a, b) = match (named.as_slice(), pool.as_slice(), lead_end) {
        (_, _, Some(ends)) => ends,
        ([a, b, ..], _, _) => (*a, *b),
        ([a], [x, y], _) => (*a, if x == a { *y } else { *x }),
        ([], [x, y], _) => (*x, *y),
        _ => {
            let names: Vec<String> = all.iter().map(|c| col(desk, *c).name.clone()).collect();
            return Err(if all.len() < 2 {
                "no column of this desk holds a duration, and there are not two date columns to take one from"
                    .to_string()
            } else {
                format!("which two of the date columns {} the time is between: name them", names.join(", "))
            });
        }
    };
    let text = |v: &Option<serde_json::Value>| v.as_ref().and_then(|x| x.as_str().map(str::to_string));
    let (ca, cb) = (col(desk, a), col(desk, b));
    // (The later column starts later; its last dates may be earlier, where the latest rows are not done.)
    let b_later = match (text(&ca.min), text(&ca.max), text(&cb.min), text(&cb.max)) {
        (Some(amin), Some(amax), Some(bmin), Some(bmax)) => bmin > amin || bmin == amin && bmax >= amax,
        _ => true,
    };
    Ok(if b_later { (b, a) } else { (a, b) })
}

/// The money columns of table `t` a word of the question names by a word of its own name ("claim" and
/// claimed_amount, "approved" and approved_amount), each with that word.
fn money_words(desk: &Desk, lx: &Lexicon, t: usize, texts: &[String]) -> Vec<(usize, String)> {
    let tb = table(desk, t);
    money_columns(desk, lx, t)
        .into_iter()
        .filter_map(|i| {
            let ws = crate::semantics::name_words(&tb.columns[i].name);
            texts
                .iter()
                .find(|x| x.len() >= 4 && ws.iter().any(|w| w.len() >= 4 && super::link::same_form(x, w)))
                .map(|x| (i, x.clone()))
        })
        .collect()
}

/// The one money column of table `t` a word of the question names, with that word.
fn money_named(desk: &Desk, lx: &Lexicon, t: usize, texts: &[String]) -> Option<(ColId, String)> {
    match money_words(desk, lx, t, texts).as_slice() {
        [(one, word)] => Some((ColId { table: t, col: *one }, word.clone())),
        _ => None,
    }
}

/// "how many lines have been voided": a yes/no column named by its participle (`void`, "voided") is its yes
/// rows, not a grouping by it (nor, named, are they left out as void).
fn participle_of_a_flag(items: &mut [Item], desk: &Desk) {
    for it in items.iter_mut() {
        let cols = it.cols();
        let [(c, fit)] = cols.as_slice() else { continue };
        if *fit < Fit::Form || !it.vals().is_empty() || !it.text.ends_with("ed") || it.text.contains(' ') {
            continue;
        }
        // (Also a one-sided flag, yes or blank: "Y", "VOID".)
        let cc = col(desk, *c);
        let yes = yes_no(cc).map(|(y, _)| y).or_else(|| {
            (cc.yes_no || cc.role == Role::Flag)
                .then(|| {
                    cc.listed
                        .iter()
                        .find(|v| crate::semantics::yes_no_in(&crate::semantics::fold(v), &cc.name) == Some("yes"))
                })
                .flatten()
                .map(|v| cc.canonical(v))
        });
        if let Some(yes) = yes {
            it.senses = vec![Sense::Val { id: *c, value: yes, fit: Fit::Form }];
        }
    }
}

/// A text column whose values fold to yes and no (Yes/no/Y/N/true/false): its stored "yes" and "no".
fn yes_no(c: &Column) -> Option<(String, String)> {
    if !matches!(c.role, Role::Category | Role::Flag) || c.listed.is_empty() {
        return None;
    }
    // (As the import reads it: 1/0 and the column's own name beside yes/no words, and up to two other
    // outcomes, which are neither.)
    if !c.yes_no {
        return None;
    }
    let mut yes = None;
    let mut no = None;
    for v in &c.listed {
        match crate::semantics::yes_no_in(&crate::semantics::fold(v), &c.name) {
            Some("yes") => {
                yes.get_or_insert_with(|| c.canonical(v));
            }
            Some(_) => {
                no.get_or_insert_with(|| c.canonical(v));
            }
            None => {}
        }
    }
    Some((yes?, no?))
}

/// The value filters on table `fact` as the spellings each keeps (or leaves out): (column, spellings,
/// left out), for a lookup of the rows they keep.
fn kept_spellings(
    desk: &Desk,
    fact: usize,
    value_filters: &[(ColId, Vec<String>, bool)],
) -> Vec<(String, Vec<String>, bool)> {
    value_filters
        .iter()
        .filter(|(c, _, _)| c.table == fact)
        .map(|(c, vals, excl)| {
            let cc = col(desk, *c);
            (cc.name.clone(), vals.iter().flat_map(|v| cc.spellings_of(v)).collect(), *excl)
        })
        .collect()
}

/// Whether "an average" (or "a typical", "the usual") comes right before item `k`, with at most one of the
/// words in `between` after it ("on an average weekend day", "an average Saturday"), or one value of the
/// data ("on a typical open day": the days with status Open).
fn an_average_before(cx: &Ctx, k: usize, between: &[&str]) -> bool {
    let before: Vec<&str> = cx.items[..k].iter().rev().map(|x| x.text.as_str()).take(3).collect();
    let avg_at = before.iter().position(|w| matches!(*w, "average" | "typical" | "normal" | "usual"));
    let value_at = |j: usize| k.checked_sub(1 + j).is_some_and(|i| !cx.items[i].vals().is_empty());
    avg_at.is_some_and(|i| {
        i <= 1
            && before[..i].iter().enumerate().all(|(j, w)| between.contains(w) || value_at(j))
            && before.get(i + 1).is_some_and(|w| matches!(*w, "an" | "a" | "the" | "on an" | "on a"))
    })
}

/// After a comparative at `k`: "than" and an amount with its unit ("than 20 minutes", "than 5 km", "than a
/// week", "than an hour"). Returns (the number, the unit word, the item the unit is keyed on, the last item).
fn than_amount(cx: &Ctx, lx: &Lexicon, k: usize) -> Option<(f64, String, usize, usize)> {
    // ("longer then an hour": after a comparative, "then" is "than" misspelt.)
    if !matches!(cx.items.get(k + 1)?.text.as_str(), "than" | "then") {
        return None;
    }
    let j = k + 2;
    let it = cx.items.get(j)?;
    let unit_word = |t: &str| crate::analyst::plan::seconds_in(t).is_some() || lx.has_kind(t, "unitword:");
    if let Some((v, false, false)) = it.num() {
        let u = cx.items.get(j + 1)?;
        return unit_word(&u.text).then(|| (v, u.text.clone(), j, j + 1));
    }
    // "a week", "an hour" (one item or two).
    if let Some(rest) = it.text.strip_prefix("a ").or_else(|| it.text.strip_prefix("an ")) {
        return crate::analyst::plan::seconds_in(rest).is_some().then(|| (1.0, rest.to_string(), j, j));
    }
    if matches!(it.text.as_str(), "a" | "an") {
        let u = cx.items.get(j + 1)?;
        return crate::analyst::plan::seconds_in(&u.text).is_some().then(|| (1.0, u.text.clone(), j + 1, j + 1));
    }
    None
}

/// A time of day at item `k` ("3pm", "6 PM or later", "between 9am and 5pm") with the word before it
/// ("before", "after", "from"): the condition on the hour (0-23) and the item after it.
fn hour_at(cx: &Ctx, k: usize) -> Option<(HourCond, usize)> {
    // A time of day at item `j`: its hour and how many items it takes ("6 pm", "noon", "midnight").
    let clock = |j: usize| -> Option<(f64, usize)> {
        match cx.items.get(j)?.text.as_str() {
            "noon" | "midday" => return Some((12.0, 1)),
            "midnight" => return Some((0.0, 1)),
            _ => {}
        }
        let (v, currency, percent) = cx.items.get(j)?.num()?;
        let half = cx.items.get(j + 1)?.text.trim_end_matches('.').replace('.', "");
        if currency || percent || v.fract() != 0.0 || !(1.0..=12.0).contains(&v) {
            return None;
        }
        match half.as_str() {
            "am" => return Some((v % 12.0, 2)),
            "pm" => return Some((v % 12.0 + 12.0, 2)),
            _ => {}
        }
        // "8 in the morning", "6 in the evening", "10 at night", "8 o'clock in the morning" (a bare "o'clock"
        // says no side of the day).
        let oclock = usize::from(matches!(half.as_str(), "o'clock" | "oclock"));
        let mut said = String::new();
        for n in 1..=3 {
            let Some(it) = cx.items.get(j + oclock + n) else { break };
            said = format!("{said} {}", it.text).trim().to_string();
            match said.as_str() {
                "in the morning" => return Some((v % 12.0, oclock + n + 1)),
                "in the afternoon" | "in the evening" => return Some((v % 12.0 + 12.0, oclock + n + 1)),
                "at night" if v >= 6.0 => return Some((v % 12.0 + 12.0, oclock + n + 1)),
                _ => {}
            }
        }
        None
    };
    let (h, used) = clock(k)?;
    // Midnight alone ("after midnight") does not say which side of the day is meant.
    let lone_midnight = h == 0.0 && used == 1;
    let before = |back: usize| if k >= back { cx.items[k - back].text.as_str() } else { "" };
    let after = |ahead: usize| cx.items.get(k + used + ahead).map(|i| i.text.as_str()).unwrap_or("");
    // "between 9am and 5pm", "6pm to midnight": the hours from 9 up to 16, from 18 up to 23.
    let joined = matches!(after(0), "and" | "to" | "-" | "until" | "till");
    if joined && (matches!(before(1), "between" | "from") || after(0) != "and") {
        if let Some((h2, used2)) = clock(k + used + 1) {
            // Midnight ends the day it closes.
            let h2 = if h2 == 0.0 { 24.0 } else { h2 };
            if h2 > h {
                return Some(((FilterOp::Between, h, Some(h2 - 1.0)), k + used + 1 + used2));
            }
        }
    }
    if lone_midnight {
        return None;
    }
    let later = matches!(after(0), "or") && matches!(after(1), "later" | "after")
        || matches!(after(0), "onwards" | "onward" | "on");
    let earlier = matches!(after(0), "or") && matches!(after(1), "earlier" | "before");
    let end = if later || earlier {
        if after(0) == "or" {
            k + used + 2
        } else {
            k + used + 1
        }
    } else {
        k + used
    };
    let cond = match before(1) {
        _ if later => (FilterOp::Ge, h, None),
        _ if earlier => (FilterOp::Le, h, None),
        "before" | "until" | "till" | "til" | "prior to" | "earlier than" | "by" => (FilterOp::Lt, h, None),
        "after" | "later than" | "past" | "from" | "since" => (FilterOp::Ge, h, None),
        "at" | "around" => (FilterOp::Between, h, Some(h)),
        _ => return None,
    };
    Some((cond, end))
}

/// Days of the week named at item `k` as a condition ("on Saturdays", "weekends", "on weekdays").
fn days_at(cx: &Ctx, k: usize) -> Option<Vec<u8>> {
    const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    let t = cx.items[k].text.as_str();
    let one = t.strip_suffix('s').unwrap_or(t);
    if let Some(i) = DAYS.iter().position(|d| *d == one || *d == t) {
        return Some(vec![i as u8 + 1]);
    }
    let before = if k > 0 { cx.items[k - 1].text.as_str() } else { "" };
    match t {
        "weekend" | "weekends" => Some(vec![6, 7]),
        "weekdays" | "workdays" | "working days" | "business days" if matches!(before, "on" | "during" | "over") => {
            Some(vec![1, 2, 3, 4, 5])
        }
        _ => None,
    }
}

/// A yes/no column named at item `k` as a condition: its "no" value after a word of negation (which it
/// then answers), else its "yes" value.
fn yes_no_condition(
    s: &mut Slots,
    cx: &Ctx,
    k: usize,
    c: ColId,
    (yes, no): (String, String),
    words: &str,
    excluded: bool,
) {
    let negated = negated_before(cx, k);
    if negated {
        s.neg = None;
    }
    // The word of condition before it, past an article ("claims without a receipt": "without").
    let mut at = k;
    while at > 0 && matches!(cx.items[at - 1].text.as_str(), "a" | "an" | "the" | "any") {
        at -= 1;
    }
    // (A word both of negation and of leaving out, "without", "not counting", says it once: the "no" rows.)
    s.push_value(cx, k, vec![(c, if negated { no } else { yes })], excluded && !negated, words, at);
}

/// Whether a word of negation stands within the three words before item `k`.
fn negated_before(cx: &Ctx, k: usize) -> bool {
    k > 0
        && cx.items[..k].iter().rev().take(3).any(|x| {
            matches!(
                x.text.as_str(),
                "without"
                    | "not"
                    | "no"
                    | "non"
                    | "never"
                    | "didn't"
                    | "did not"
                    | "wasn't"
                    | "weren't"
                    | "hasn't"
                    | "haven't"
                    | "don't"
                    | "doesn't"
            )
        })
}

/// Whether the item at `k` is the subject of the question's helping verb ("did our drivers", "have the
/// volunteers", "do members"): the verb right before it, with at most a word for whose between.
fn subject_of_the_question(texts: &[String], k: usize) -> bool {
    const AUX: &[&str] = &["did", "do", "does", "have", "has", "had"];
    const WHOSE: &[&str] = &["our", "my", "the", "your", "their", "his", "her", "all", "all our", "all the"];
    let at = |j: usize| texts.get(j).map(String::as_str).unwrap_or("");
    k > 0 && (AUX.contains(&at(k - 1)) || k > 1 && WHOSE.contains(&at(k - 1)) && AUX.contains(&at(k - 2)))
}

fn s_text_before_is_any(texts: &[String], k: usize, ws: &[&str]) -> bool {
    k > 0 && texts.get(k - 1).is_some_and(|t| ws.contains(&t.as_str()))
}

/// The one table with a quantity column that looks rows of table `t` up and reaches everything the
/// question names: where what `t` lists was sold.
fn sold_in(desk: &Desk, lx: &Lexicon, t: usize, fits: &dyn Fn(usize) -> bool) -> Option<usize> {
    let name = &table(desk, t).name;
    let mut found: Vec<usize> = desk
        .joins
        .iter()
        .filter(|j| &j.to_table == name)
        .filter_map(|j| desk.tables.iter().position(|x| x.name == j.from_table))
        .filter(|f| quantity_column(desk, lx, *f).is_some() && fits(*f))
        .collect();
    found.dedup();
    match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// The column a plural the desk does not know counts ("bottles", "jars"): the desk's one column named only
/// as a quantity of goods (`qty`, `units_sold`), whole numbers on a table that also holds money. None where
/// there are several or none, or the word is not a plural.
fn units_of_the_quantity(desk: &Desk, w: &str, texts: &[String]) -> Option<ColId> {
    if w.chars().count() < 4 || !w.ends_with('s') || w.ends_with("ss") || !w.chars().all(|c| c.is_alphabetic()) {
        return None;
    }
    // (Only where goods are said to change hands: "bottles sold", "tablets we dispensed"; "filled the most
    // scripts" counts the rows, not what each holds.)
    let traded = texts.iter().flat_map(|t| t.split([' ', '-'])).any(|t| {
        matches!(
            t,
            "sell"
                | "sells"
                | "sold"
                | "selling"
                | "bestselling"
                | "buy"
                | "buys"
                | "bought"
                | "order"
                | "ordered"
                | "dispense"
                | "dispensed"
                | "ship"
                | "shipped"
                | "supplied"
                | "purchased"
        )
    });
    if !traded {
        return None;
    }
    const QTY: &[&str] = &["qty", "quantity", "units", "pieces", "items"];
    const BESIDE: &[&str] = &["sold", "ordered", "bought", "purchased", "no", "number", "of"];
    let mut found = Vec::new();
    for (ti, t) in desk.tables.iter().enumerate() {
        if !t.columns.iter().any(|c| c.in_currency()) {
            continue;
        }
        for (ci, c) in t.columns.iter().enumerate() {
            let ws = crate::semantics::name_words(&c.name);
            if c.is_numeric()
                && c.role == Role::Amount
                && ws.iter().any(|w| QTY.contains(&w.as_str()))
                && ws.iter().all(|w| QTY.contains(&w.as_str()) || BESIDE.contains(&w.as_str()))
            {
                found.push(ColId { table: ti, col: ci });
            }
        }
    }
    match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// The one quantity column of a table ("qty", "units", "quantity").
pub(super) fn quantity_column(desk: &Desk, lx: &Lexicon, t: usize) -> Option<ColId> {
    match quantity_columns(desk, lx, t).as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// The columns of a table named by a word of quantity ("qty", "units"): numbers that add up. (A price in a
/// currency named with "unit", `unit_cost`, is among them: taken out here, "how many returns" would become a
/// sum of `qty` on a table of movements, so a caller that must not count it leaves it out itself.)
pub(super) fn quantity_columns(desk: &Desk, lx: &Lexicon, t: usize) -> Vec<ColId> {
    table(desk, t)
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            c.is_numeric()
                && matches!(c.role, Role::Amount | Role::SignedAmount)
                && crate::semantics::name_words(&c.name).iter().any(|w| lx.same_kind(w, "quantity"))
        })
        .map(|(i, _)| ColId { table: t, col: i })
        .collect()
}

/// Columns of the desk of a kind ("temperature"): name words of the same kind.
fn kind_columns(desk: &Desk, lx: &Lexicon, kind: &str, within: Option<&[usize]>) -> Vec<ColId> {
    let mut out = Vec::new();
    for (ti, t) in desk.tables.iter().enumerate() {
        if within.is_some_and(|w| !w.contains(&ti)) {
            continue;
        }
        for (ci, c) in t.columns.iter().enumerate() {
            // (A duration is no `length_m`: a length in another unit than time.)
            if !is_measure_col(c) || kind == "duration" && c.measures_no_time() {
                continue;
            }
            let ws = crate::semantics::name_words(&c.name);
            if ws.iter().any(|w| lx.same_kind(w, kind) || stem(w) == stem(kind)) {
                out.push(ColId { table: ti, col: ci });
            }
        }
    }
    // Columns whose last (head) word is of the kind first: a quantity is `units`, not `unit_price`.
    let heads: Vec<ColId> = out
        .iter()
        .copied()
        .filter(|c| {
            crate::semantics::name_words(&col(desk, *c).name)
                .last()
                .is_some_and(|w| lx.same_kind(w, kind) || stem(w) == stem(kind))
        })
        .collect();
    if heads.is_empty() {
        out
    } else {
        heads
    }
}

/// Decline with what was understood.
fn decline(s: &Slots, desk: &Desk, missing: String) -> Reading {
    Reading::Decline { understood: understood(s, desk), missing }
}

fn understood(s: &Slots, desk: &Desk) -> Vec<String> {
    let mut u = Vec::new();
    for m in &s.measures {
        let what = match &m.kind {
            MKind::Col(cs) => cs.iter().map(|c| col(desk, *c).name.clone()).collect::<Vec<_>>().join(" or "),
            MKind::Rows(Some(t)) => format!("rows of {}", table(desk, *t).name),
            MKind::Rows(None) => "a count of rows".into(),
            MKind::Distinct(c) => format!("different {}", col(desk, *c).name),
            MKind::TimeUnits(g) => format!("{}s", g.word()),
            MKind::Kind(k) if k == "*" => format!("\"{}\"", m.words),
            // ("best": a score, else the money, else a count; said as the word.)
            MKind::Kind(k) if k.contains('|') => match k.split('|').next() {
                Some(first) if first != "*" => format!("a {first} figure, the money or a count (\"{}\")", m.words),
                _ => format!("the money or a count (\"{}\")", m.words),
            },
            MKind::Kind(k) => format!("a {k} figure (\"{}\")", m.words),
        };
        u.push(format!("measure {what}"));
    }
    for v in &s.values {
        let mut cols: Vec<String> = Vec::new();
        for (c, val) in &v.cands {
            let one = format!("{} = {val}", col(desk, *c).name);
            if !cols.contains(&one) {
                cols.push(one);
            }
        }
        u.push(format!("{} {}", if v.excluded { "excluding" } else { "filter" }, cols.join(" or ")));
    }
    for c in &s.conds {
        u.push(format!("condition \"{}\"", c.words));
    }
    for (g, _) in s.groups.iter().chain(s.which.iter()) {
        u.push(match g {
            GSlot::Col(cs) => format!("by {}", col(desk, cs[0]).name),
            GSlot::Time(gr) => format!("by {}", gr.word()),
            GSlot::Table(t) => format!("by {}", table(desk, *t).name),
        });
    }
    for (p, _) in &s.periods {
        u.push(format!("period {}", period_words(p)));
    }
    for (o, _) in &s.ops {
        u.push(format!("operation {o}"));
    }
    u
}

/// The grouping key of a slot for a plan, given the fact table.
fn group_of(desk: &Desk, g: &GSlot, fact: usize) -> Option<Group> {
    match g {
        GSlot::Time(gr) => Some(Group::time(*gr)),
        GSlot::Col(cs) => {
            let reach = reach(desk, fact);
            let c = cs.iter().find(|c| reach.contains(&c.table))?;
            // ("which product" where the order list's `product` holds the price list's codes and the list has
            // a `product` of its own, the names: the names, through the key.)
            let fact_name = &desk.tables[fact].name;
            let c = desk
                .joins
                .iter()
                .find(|j| c.table == fact && &j.from_table == fact_name && j.key == col(desk, *c).name)
                .and_then(|j| {
                    cs.iter().find(|o| desk.tables[o.table].name == j.to_table && col(desk, **o).name != j.to_key)
                })
                .unwrap_or(c);
            Some(Group::column(&cname(desk, *c, Some(fact))))
        }
        GSlot::Table(t) => {
            // A table's rows as groups: its key column on the fact table, or its name column.
            let tb = table(desk, *t);
            if *t == fact {
                // "which class" on a table of classes: a column named like its rows (class), else a name
                // column, else its identifier.
                let row = crate::analyst::compile::words::singular(&tb.row_words());
                let named = tb.columns.iter().find(|c| {
                    matches!(c.role, Role::Category | Role::Text) && {
                        let w = crate::semantics::name_words(&c.name);
                        w.last().is_some_and(|x| crate::analyst::compile::words::singular(x) == row)
                            || w.iter().any(|x| x == "name" || x == "title")
                    }
                });
                let cats: Vec<&Column> = tb.columns.iter().filter(|c| c.role == Role::Category).collect();
                let only_cat = if cats.len() == 1 { Some(cats[0]) } else { None };
                // (A name shared by many rows, a contact's first name in a radio log, names no row: a column
                // nearly every row has its own value of, the call sign, does.)
                let own_each = |c: &&Column| c.distinct * 10 >= tb.rows * 8;
                let named = named.filter(|c| {
                    own_each(c) || tb.rows < 20 || crate::semantics::name_words(&c.name) != ["name".to_string()]
                });
                let id = named
                    .or_else(|| tb.columns.iter().find(|c| c.role == Role::Identifier))
                    .or_else(|| tb.columns.iter().find(|c| c.role == Role::Category && own_each(c)))
                    .or_else(|| tb.columns.iter().find(|c| c.role == Role::Text))
                    .or(only_cat)?;
                return Some(Group::column(&id.name));
            }
            let j = desk.joins.iter().find(|j| j.from_table == desk.tables[fact].name && j.to_table == tb.name)?;
            // Prefer a name-like text column of the lookup table; else the key.
            let named = tb.columns.iter().find(|c| {
                c.name != j.to_key && matches!(c.role, Role::Text | Role::Category) && {
                    let w = crate::semantics::name_words(&c.name);
                    w.iter().any(|x| x == "name" || x == "title")
                        || w.last().is_some_and(|x| {
                            crate::analyst::compile::words::singular(x)
                                == crate::analyst::compile::words::singular(&tb.row_words())
                        })
                }
            });
            Some(match named {
                Some(c) => Group::column(&format!("{}.{}", tb.name, c.name)),
                None => Group::column(&j.key),
            })
        }
    }
}

/// "what share were cancelled" where a column holds "Cancelled" and "Cancelled by member": a value written on with
/// who or why ("by ...", "- ...", "(...)", ": ...", "due to ...") is one of that value's kind, and is matched with
/// it (the spellings matched say so).
fn values_of_its_kind(s: &mut Slots, desk: &Desk) {
    const AFTER: &[&str] = &[" by ", " - ", " (", ": ", "; ", " due to ", " because "];
    // (Each column's values folded and with their canonical spelling, worked out once: a word may name hundreds of
    // values of a column of details, "Etsy" of "Etsy order #4101" ...)
    let mut info: std::collections::HashMap<ColId, Vec<(String, String)>> = std::collections::HashMap::new();
    for v in &mut s.values {
        let mut more: Vec<(ColId, String)> = Vec::new();
        let mut had: std::collections::HashSet<(ColId, String)> = std::collections::HashSet::new();
        for (id, val) in &v.cands {
            let c = col(desk, *id);
            if c.role == Role::Category {
                had.insert((*id, c.canonical(val)));
            }
        }
        for (id, val) in &v.cands {
            let c = col(desk, *id);
            if c.role != Role::Category {
                continue;
            }
            let listed = info
                .entry(*id)
                .or_insert_with(|| c.listed.iter().map(|x| (crate::semantics::fold(x), c.canonical(x))).collect());
            let canon = c.canonical(val);
            let spellings: Vec<String> = c
                .variants
                .iter()
                .find(|g| g.canonical == canon)
                .map(|g| g.spellings.iter().map(|x| crate::semantics::fold(x)).collect())
                .unwrap_or_else(|| vec![crate::semantics::fold(val)]);
            for (f, other) in listed.iter() {
                // (Not a value ending in it, "Half Marathon" of "marathon": a word before may make it another thing.)
                // (Or one side of a value joining two, "Kit & equipment" of "equipment", "Badges & awards" of
                // "badges": the category that holds it.)
                let sides: Vec<&str> = f.split(['&', '/', '+']).flat_map(|x| x.split(" and ")).map(str::trim).collect();
                let joined = |k: &str| {
                    sides.len() > 1
                        && sides
                            .iter()
                            .any(|x| *x == k || x.strip_suffix('s') == Some(k) || k.strip_suffix('s') == Some(*x))
                };
                let kind = spellings
                    .iter()
                    .any(|k| !k.is_empty() && (AFTER.iter().any(|a| f.starts_with(&format!("{k}{a}"))) || joined(k)));
                if kind && *other != canon && had.insert((*id, other.clone())) {
                    more.push((*id, other.clone()));
                }
            }
        }
        v.cands.extend(more);
    }
}

/// "What percentage of the jobs I charged for were paid in cash": the rows said right after a share's "of" are what
/// is shared out, counted; a word of money after them ("charged", "were paid") says which rows they are, not a sum
/// of money to share.
fn share_of_the_rows_said(s: &mut Slots) {
    let Some(p) = s.ops.iter().find(|(o, _)| o == "share").map(|(_, p)| *p) else { return };
    let first = s.measures.iter().filter(|m| m.pos > p).min_by_key(|m| m.pos);
    let Some(rows_at) = first.filter(|m| matches!(m.kind, MKind::Rows(_)) && m.pos <= p + 2).map(|m| m.pos) else {
        return;
    };
    let money_word = |m: &MSlot| matches!(&m.kind, MKind::Kind(k) if k == "*") && m.agg.is_none() && m.pos > rows_at;
    if !s.measures.iter().any(money_word) && s.sign.is_none() {
        return;
    }
    // (Said of the rows, the word is a condition on them: the rows with money, "the jobs I charged for".)
    let said: Vec<String> = s.measures.iter().filter(|m| money_word(m)).map(|m| m.words.clone()).collect();
    if let Some(w) = said.first() {
        s.money_rows = Some(w.clone());
    }
    s.measures.retain(|m| !money_word(m));
    s.sign = None;
}

fn build(mut s: Slots, desk: &Desk, lx: &Lexicon, lookup: &mut dyn super::Lookup) -> Reading {
    if std::env::var_os("DESK_TRACE_READER").is_some() {
        // For whoever debugs the reader: the slots the question was parsed into.
        eprintln!("reader slots: {s:#?}");
    }
    // (A date column named outright, "by delivery date", says more than a verb does.)
    if s.time_col.is_none() {
        s.time_col = s.verb_date;
    }
    values_of_its_kind(&mut s, desk);
    share_of_the_rows_said(&mut s);
    // "which team improved the most": better or worse at what, where no figure is named? Never the money by
    // default (a bar tab does not improve).
    let better_or_worse = s.texts.iter().find(|t| {
        matches!(
            t.as_str(),
            "improved" | "improve" | "improves" | "improvement" | "worsened" | "worsen" | "got better" | "got worse"
        )
    });
    // (A score the desk has is what improves; without one, the word's fallback to money is not read.)
    let unnamed = s.measures.iter().all(|m| matches!(&m.kind, MKind::Kind(k) if k.ends_with("|*")));
    let scored = !kind_columns(desk, lx, "score", None).is_empty();
    if let (Some(w), true, false) = (better_or_worse, unnamed, scored) {
        return decline(&s, desk, format!("what \"{w}\" is measured by: name the figure"));
    }
    event_by_its_date(&mut s, desk, lx, lookup);
    times_a_thing_did(&mut s, desk, lookup);
    // ("Etsy's fees in 2024 as a percentage of my Etsy sales in 2024": one period said twice, each side's,
    // is one. Not elsewhere: "Summer 2025 compared with Spring 2025" is two periods only partly read.)
    if s.as_of.is_some() {
        s.periods = first_of_each(std::mem::take(&mut s.periods), |(p, _), (q, _)| p == q);
    }
    // "adoptions in July", an `outcome_type` value: the things of that value happened on the date column of
    // the same name (`outcome_date`, not `intake_date`).
    if s.time_col.is_none() && s.periods.len() + s.groups.len() > 0 {
        let mut of_values: Vec<ColId> = Vec::new();
        for v in s.values.iter().filter(|v| !v.excluded) {
            for (c, _) in &v.cands {
                let lead = crate::semantics::name_words(&col(desk, *c).name).first().cloned().unwrap_or_default();
                if let [d] = dates_led_by(table(desk, c.table), &lead).as_slice() {
                    let id = ColId { table: c.table, col: *d };
                    if !of_values.contains(&id) {
                        of_values.push(id);
                    }
                }
            }
        }
        if let [one] = of_values.as_slice() {
            s.time_col = Some(*one);
        }
    }
    // "average protein percentage across all the November readings": the rows said after "across all" are
    // what the figure is taken over, not a count beside it.
    let figure_named = s.measures.iter().any(|m| matches!(m.kind, MKind::Col(_) | MKind::Kind(_)));
    let texts = s.texts.clone();
    s.measures.retain(|m| {
        let over = (m.pos.saturating_sub(4)..m.pos)
            .any(|j| texts.get(j).is_some_and(|t| t.starts_with("across") || t.starts_with("over all") || t == "over"));
        !(figure_named && over && matches!(m.kind, MKind::Rows(_)) && m.agg.is_none())
    });
    // "the median number of days a rabbit waits": a second word for the same kind of figure ("waits", a
    // length of time) with no aggregate of its own is the figure already asked for.
    // (A wait is a length of time as much as a duration is.)
    let family = |k: &str| if k == "delay" { "duration".to_string() } else { k.to_string() };
    let kinds_with_agg: Vec<String> = s
        .measures
        .iter()
        .filter_map(|m| match &m.kind {
            MKind::Kind(k) if m.agg.is_some() && k != "*" => Some(family(k)),
            _ => None,
        })
        .collect();
    s.measures.retain(|m| !matches!(&m.kind, MKind::Kind(k) if m.agg.is_none() && kinds_with_agg.contains(&family(k))));
    if let Some(w) = &s.refuse {
        return decline(
            &s,
            desk,
            format!("\"{w}\" asks for an explanation or a prediction, which needs judgement beyond the numbers"),
        );
    }
    // "which month's events brought in the most money": rows named beside the money, with no word of
    // counting, are whose money it is, not a second figure.
    // ("per transaction", "each order": what the money is divided by, which stays.)
    let counting = s.count_word || s.texts.iter().any(|t| lx.has(t, "agg:count") && t != "count");
    let beside = |m: &MSlot| {
        matches!(m.kind, MKind::Rows(_))
            && m.agg.is_none()
            && !(m.pos > 0
                && s.texts.get(m.pos - 1).is_some_and(|w| matches!(w.as_str(), "per" | "each" | "every" | "a" | "an")))
    };
    if !counting
        && s.measures.iter().any(|m| matches!(&m.kind, MKind::Kind(k) if k == "*"))
        && s.measures.iter().any(beside)
    {
        let tables: Vec<usize> = s
            .measures
            .iter()
            .filter(|m| beside(m))
            .filter_map(|m| match m.kind {
                MKind::Rows(Some(t)) => Some(t),
                _ => None,
            })
            .collect();
        s.tables.extend(tables);
        let keep: Vec<bool> = s.measures.iter().map(|m| !beside(m)).collect();
        let mut it = keep.iter();
        s.measures.retain(|_| *it.next().unwrap_or(&true));
    }
    if s.unknown.is_empty() {
        if let Some(d) = s.doubts.first().cloned() {
            return decline(&s, desk, d);
        }
    }
    if !s.unknown.is_empty() {
        let words: Vec<String> = s.unknown.iter().map(|w| format!("\"{w}\"")).collect();
        return decline(
            &s,
            desk,
            format!(
                "the word{} {} match{} no column, value or period of this desk",
                if words.len() > 1 { "s" } else { "" },
                words.join(", "),
                if words.len() > 1 { "" } else { "es" }
            ),
        );
    }
    if let Some(n) = &s.neg {
        return decline(
            &s,
            desk,
            format!("questions with \"{n}\" (what is absent or not true) are not something I can compute exactly"),
        );
    }
    if let Some(d) = s.doubt.clone() {
        return decline(&s, desk, d);
    }
    // "which month had the most claims lodged": the date column named ("lodged" -> lodged_on) says which
    // dates the grain is taken from; it is not a second grouping by day.
    let has_grain = s.which.as_ref().is_some_and(|(g, _)| matches!(g, GSlot::Time(_)))
        || s.groups.iter().any(|(g, _)| matches!(g, GSlot::Time(_)));
    if has_grain {
        let is_date_col = |g: &GSlot| matches!(g, GSlot::Col(cs) if !cs.is_empty() && cs.iter().all(|c| col(desk, *c).role == Role::Time));
        s.groups.retain(|(g, _)| !is_date_col(g));
        if s.which.as_ref().is_some_and(|(g, _)| is_date_col(g)) {
            s.which = None;
        }
    }
    // "How many cities have more than 5 airports", "which customers placed over 50 orders": the groups
    // whose count of rows meets the condition. The groups are what is counted or asked for.
    if let Some(ci) = s.conds.iter().position(|c| c.of_rows.is_some() && c.col.is_none()) {
        let c = s.conds.remove(ci);
        let t = c.of_rows.unwrap_or(usize::MAX);
        let asked = s.which.clone().or_else(|| s.groups.first().cloned()).or_else(|| {
            s.measures.iter().find_map(|m| match &m.kind {
                MKind::Distinct(col) => Some((GSlot::Col(vec![*col]), m.pos)),
                MKind::Rows(Some(dt)) if *dt != t => Some((GSlot::Table(*dt), m.pos)),
                _ => None,
            })
        });
        let Some(g) = asked else {
            return decline(&s, desk, format!("which groups \"{}\" is counted for", c.words));
        };
        if s.groups.len() > 1 || s.which.is_some() && !s.groups.is_empty() {
            return decline(&s, desk, format!("which grouping \"{}\" applies to", c.words));
        }
        s.measures = vec![MSlot {
            kind: MKind::Rows(Some(t)),
            agg: Some(Agg::Count),
            pos: c.pos,
            words: c.words.clone(),
            per: None,
            times: None,
        }];
        s.which = None;
        s.groups = vec![g];
        s.superlative = None;
        s.top_n = None;
        s.count_word = false;
        s.ops.clear();
        s.groups_where = Some((c.op, c.a, c.b));
    }
    // "How many menu items sold more than 450 units": the things counted whose total of the amount
    // compared meets the condition.
    if s.groups_where.is_none() && s.count_word && s.which.is_none() && s.groups.is_empty() {
        // ("On how many days did we have more than 25,000 scans in total": the days whose total meets it.)
        let counted = match s.measures.as_slice() {
            [MSlot { kind: MKind::Distinct(d), .. }] => Some((GSlot::Col(vec![*d]), *d)),
            [MSlot { kind: MKind::TimeUnits(g), .. }] if desk.tables.len() == 1 || s.tables.len() == 1 => {
                let t = s.tables.first().copied().unwrap_or(0);
                table(desk, t)
                    .columns
                    .iter()
                    .position(|c| c.role == Role::Time)
                    .map(|i| (GSlot::Time(*g), ColId { table: t, col: i }))
            }
            _ => None,
        };
        if let Some((group, d)) = counted {
            // "more than 40 hours": a number with a unit of time and no column is of the one duration column.
            let secs = crate::analyst::plan::seconds_in;
            for c in s.conds.iter_mut().filter(|c| c.col.is_none() && c.of_rows.is_none()) {
                let Some((_, unit)) = s.cond_units.iter().find(|(at, _)| *at == c.end) else { continue };
                let durations: Vec<ColId> = table(desk, d.table)
                    .columns
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| {
                        x.role == Role::Amount && x.unit.as_deref().and_then(secs).is_some() && secs(unit).is_some()
                    })
                    .map(|(i, _)| ColId { table: d.table, col: i })
                    .collect();
                if let [one] = durations.as_slice() {
                    c.col = Some(vec![*one]);
                }
            }
            // "how many accounts paid us more than $1,000", "customers who spent over £500": a money verb right
            // before the amount is each one's total of the money column ("placed an order over $500" is not).
            // Where no column holds the money but a quantity and a price do (order lines and a price list),
            // it is each one's total of quantity × price.
            let mut priced: Option<(usize, ColId, ColId)> = None;
            for (ci, c) in
                s.conds.iter_mut().enumerate().filter(|(_, c)| c.col.is_none() && c.of_rows.is_none() && c.currency)
            {
                let verb = (c.pos.saturating_sub(3)..c.pos)
                    .rev()
                    .map(|j| s.texts[j].as_str())
                    .find(|w| !lx.has(w, "filler") || lx.has_kind(w, "sign:") || lx.has_kind(w, "measure:"));
                let net_after = s.texts.get(c.end + 1).is_some_and(|w| lx.has(w, "sign:net"));
                // ("on how many days did the whole centre take more than $3,000": a verb of takings, light
                // elsewhere, right before, where days are counted. "How many shifts took more than $1,500" is of
                // each shift's row.)
                let days = matches!(group, GSlot::Time(_));
                let takings = days
                    && (c.pos.saturating_sub(2)..c.pos).any(|j| {
                        matches!(
                            s.texts[j].as_str(),
                            "take"
                                | "took"
                                | "takes"
                                | "make"
                                | "made"
                                | "makes"
                                | "bring in"
                                | "brought in"
                                | "brings in"
                        )
                    });
                // ("orders worth more than £200": what each one is worth.)
                // (On a signed ledger what a thing "came to" is asked: money in or out, not guessed.)
                let signed = money_column(desk, lx, d.table).is_some_and(|m| col(desk, m).role == Role::SignedAmount);
                let money_verb = net_after
                    || takings
                    || verb.is_some_and(|w| {
                        lx.has_kind(w, "sign:")
                            || lx.has_kind(w, "measure:")
                            // ("receipts that came to more than £200": what each one added up to.)
                            || !signed && matches!(
                                w,
                                "worth"
                                    | "valued"
                                    | "came to"
                                    | "come to"
                                    | "comes to"
                                    | "coming to"
                                    | "totalled"
                                    | "totaled"
                                    | "totalling"
                                    | "totaling"
                                    | "amounted to"
                                    | "amount to"
                                    | "amounts to"
                                    | "added up to"
                                    | "add up to"
                                    | "adds up to"
                            )
                    });
                if !money_verb {
                    continue;
                }
                match money_column(desk, lx, d.table) {
                    Some(m) => c.col = Some(vec![m]),
                    None => {
                        if let Some((q, p)) = quantity_price(desk, lx, d.table) {
                            priced.get_or_insert((ci, q, p));
                        }
                    }
                }
            }
            if let Some((ci, q, p)) = priced.filter(|_| s.conds.len() == 1) {
                let c = s.conds.remove(ci);
                s.assumptions.push(format!(
                    "\"{}\" is on each one's total of {} × {} (no column holds the amount)",
                    c.words,
                    col(desk, q).name,
                    col(desk, p).name
                ));
                s.count_by_total(c, vec![q], Some(vec![p]), group.clone());
            }
            // ("more than 225,000 kWh" of `energy_kwh`, `expected_kwh`, `curtailed_kwh`: the energy.)
            for c in s.conds.iter_mut().filter(|c| c.of_rows.is_none()) {
                let Some(cs) = c.col.clone().filter(|cs| cs.len() > 1) else { continue };
                let one_unit = cs.iter().all(|x| col(desk, *x).unit == col(desk, cs[0]).unit);
                if let (true, Some(one)) = (one_unit, the_thing_itself(desk, lx, &cs)) {
                    c.col = Some(vec![one]);
                    let others: Vec<ColId> = cs.iter().copied().filter(|x| *x != one).collect();
                    s.assumptions.push(format!(
                        "\"{}\" read as a condition on {} (not {})",
                        c.words,
                        col(desk, one).name,
                        col_names(desk, &others).join(" or ")
                    ));
                }
            }
            let pos = s.conds.iter().position(|c| {
                c.of_rows.is_none()
                    && c.col.as_ref().is_some_and(|cs| {
                        cs.len() == 1 && matches!(col(desk, cs[0]).role, Role::Amount | Role::SignedAmount)
                    })
            });
            if let Some(ci) = pos {
                let c = s.conds.remove(ci);
                let cs = c.col.clone().unwrap_or_default();
                s.count_by_total(c, cs, None, group.clone());
            }
        }
    }
    // "Which policy types had more than 2 million dollars claimed in total": the groups whose total of
    // an amount meets the condition (not the rows above it).
    if s.groups_where.is_none() && s.whole && (s.which.is_some() as usize + s.groups.len()) == 1 {
        let amount_col = |c: &CSlot| {
            c.col.as_ref().is_some_and(|cs| {
                !cs.is_empty() && cs.iter().all(|x| matches!(col(desk, *x).role, Role::Amount | Role::SignedAmount))
            })
        };
        // A number with no column of its own is of the amount the question names ("2 million dollars
        // claimed").
        let amount_named = s.measures.iter().any(|m| match &m.kind {
            MKind::Col(cs) => cs.iter().all(|x| matches!(col(desk, *x).role, Role::Amount | Role::SignedAmount)),
            MKind::Kind(k) => k == "*",
            _ => false,
        });
        if let Some(ci) = s
            .conds
            .iter()
            .position(|c| c.of_rows.is_none() && (amount_col(c) || c.col.is_none() && (c.currency || amount_named)))
        {
            let c = s.conds.remove(ci);
            let g = s.which.clone().or_else(|| s.groups.first().cloned());
            if let Some(g) = g {
                let named = s.measures.iter().find(|m| matches!(m.kind, MKind::Col(_))).cloned();
                let kind = match (&c.col, named) {
                    (Some(cs), _) => MKind::Col(cs.clone()),
                    (None, Some(m)) => m.kind,
                    (None, None) => MKind::Kind("*".into()),
                };
                s.measures = vec![MSlot {
                    kind,
                    agg: Some(Agg::Sum),
                    pos: c.pos,
                    words: c.words.clone(),
                    per: None,
                    times: None,
                }];
                s.which = None;
                s.groups = vec![g];
                s.superlative = None;
                s.top_n = None;
                s.count_word = false;
                s.ops.clear();
                s.groups_where = Some((c.op, c.a, c.b));
            }
        }
    }
    // A rate named and defined ("the delivery rate (delivered out of attempted)", "the ratio of A to B"):
    // the ratio is the answer, not a share of the whole, and a figure the rate's name repeats (here
    // "delivery") is the ratio's own numerator or denominator, not a second figure.
    // (Also a rate asked and then defined: "what did we take per boat hour? Divide total takings by total boat
    // hours": the "boat hour" asked about is the ratio's own denominator.)
    if let Some(r) = s.measures.iter().position(|m| m.agg == Some(Agg::Ratio)) {
        if let Some(i) = s.ops.iter().position(|(o, _)| o == "share") {
            s.ops.remove(i);
        }
        let mut used: Vec<ColId> = Vec::new();
        if let MKind::Col(cs) = &s.measures[r].kind {
            used.extend(cs.iter().copied());
        }
        used.extend(s.measures[r].per.iter().flatten().copied());
        let mut k = 0;
        s.measures.retain(|m| {
            k += 1;
            k - 1 == r || m.agg.is_some() || !matches!(&m.kind, MKind::Col(cs) if cs.iter().all(|c| used.contains(c)))
        });
    }
    let op_is = |s: &Slots, o: &str| s.ops.iter().any(|(x, _)| x == o);
    // Describe and quality need no measure.
    if op_is(&s, "quality") {
        // "how many meter readings are missing": a number asked, but no column named whose missing values
        // to count; a data-quality overview would not say it.
        if s.count_word && !s.measures.iter().any(|m| matches!(m.kind, MKind::Col(_))) {
            return decline(&s, desk, "which column's missing values to count (name the column)".into());
        }
        let t = s.tables.first().copied().or_else(|| {
            s.measures.iter().find_map(|m| match &m.kind {
                MKind::Rows(Some(t)) => Some(*t),
                MKind::Col(cs) => Some(cs[0].table),
                _ => None,
            })
        });
        let t =
            t.or_else(|| desk.fact_tables().first().and_then(|f| desk.tables.iter().position(|x| x.name == f.name)));
        let Some(t) = t else { return decline(&s, desk, "no table to check".into()) };
        let mut p = Plan::new(Operation::Quality);
        p.table = Some(table(desk, t).name.clone());
        if let Some(MSlot { kind: MKind::Col(cs), .. }) = s.measures.iter().find(|m| matches!(m.kind, MKind::Col(_))) {
            p.measures.push(Measure::new(Agg::Sum, Some(&col(desk, cs[0]).name)));
        }
        return Reading::Plan { plan: Box::new(p), assumptions: s.assumptions };
    }
    if op_is(&s, "describe") && s.measures.iter().all(|m| matches!(m.kind, MKind::Rows(_))) && s.values.is_empty() {
        return Reading::Plan { plan: Box::new(Plan::new(Operation::Describe)), assumptions: s.assumptions };
    }

    // --- The measures: columns, rows, kinds. ---
    let mut measures: Vec<(Measure, usize, Option<usize>)> = Vec::new(); // (measure, table, pos)
    let mut fact: Option<usize> = None;
    // Tables the filters and groups live in: the fact must reach them.
    let value_tables: Vec<Vec<usize>> =
        s.values.iter().map(|v| v.cands.iter().map(|(c, _)| c.table).collect()).collect();
    let fits_all = |t: usize, s: &Slots| -> bool {
        let r = reach(desk, t);
        value_tables.iter().all(|vt| vt.iter().any(|x| r.contains(x)))
            && s.groups.iter().chain(s.which.iter()).all(|(g, _)| match g {
                GSlot::Col(cs) => cs.iter().any(|c| r.contains(&c.table)),
                GSlot::Time(_) => !table(desk, t).time_columns().is_empty(),
                GSlot::Table(x) => r.contains(x) || *x == t,
            })
            && (s.periods.is_empty() || !table(desk, t).time_columns().is_empty())
    };
    // "the median resolution time": two words naming one column, one with its aggregate, are that one
    // figure (not also the column's total).
    let aggregated: Vec<Vec<ColId>> = s
        .measures
        .iter()
        .filter(|m| m.agg.is_some())
        .filter_map(|m| match &m.kind {
            MKind::Col(cs) => Some(cs.clone()),
            _ => None,
        })
        .collect();
    s.measures.retain(|m| !(m.agg.is_none() && matches!(&m.kind, MKind::Col(cs) if aggregated.contains(cs))));
    let mslots = s.measures.clone();
    for m in &mslots {
        match &m.kind {
            MKind::Col(cs) => {
                let ok: Vec<ColId> = cs.iter().copied().filter(|c| fits_all(c.table, &s)).collect();
                let ok = if ok.is_empty() { cs.clone() } else { ok };
                // "how much electricity did the households use, in kWh": of the columns "kwh" names, the
                // one another word of the question also names (`kwh_used`, not `solar_export_kwh`).
                let mut ok = if ok.len() > 1 {
                    let own: Vec<String> = m.words.split(' ').map(str::to_lowercase).collect();
                    let others: Vec<&String> = s.texts.iter().filter(|t| t.len() >= 3 && !own.contains(t)).collect();
                    let also: Vec<ColId> = ok
                        .iter()
                        .copied()
                        .filter(|c| {
                            crate::semantics::name_words(&col(desk, *c).name).iter().any(|w| {
                                w.len() >= 3 && !own.contains(w) && others.iter().any(|t| super::link::same_form(t, w))
                            })
                        })
                        .collect();
                    if also.len() == 1 {
                        s.assumptions.push(format!(
                            "\"{}\" read as {}, the one the rest of the question names",
                            m.words,
                            col(desk, also[0]).name
                        ));
                        also
                    } else {
                        ok
                    }
                } else {
                    ok
                };
                // "how many bikes" over `bikes_in` and `bikes_out`: the two sides of one count, added up.
                let sides = match ok.as_slice() {
                    [a, b] if a.table == b.table && m.per.is_none() && m.times.is_none() => {
                        let (ca, cb) = (col(desk, *a), col(desk, *b));
                        let (wa, wb) = (crate::semantics::name_words(&ca.name), crate::semantics::name_words(&cb.name));
                        let only_a: Vec<&String> = wa.iter().filter(|w| !wb.contains(w)).collect();
                        let only_b: Vec<&String> = wb.iter().filter(|w| !wa.contains(w)).collect();
                        // The words for the two sides of one count in column names (general English; not
                        // lexicon senses, which would also read the question's own "in" and "out").
                        const SIDE_IN: &[&str] = &[
                            "in",
                            "inbound",
                            "incoming",
                            "home",
                            "entries",
                            "entering",
                            "arrivals",
                            "northbound",
                            "eastbound",
                        ];
                        const SIDE_OUT: &[&str] = &[
                            "out",
                            "outbound",
                            "outgoing",
                            "away",
                            "exits",
                            "leaving",
                            "departures",
                            "southbound",
                            "westbound",
                        ];
                        let paired = match (only_a.as_slice(), only_b.as_slice()) {
                            ([x], [y]) => {
                                SIDE_IN.contains(&x.as_str()) && SIDE_OUT.contains(&y.as_str())
                                    || SIDE_OUT.contains(&x.as_str()) && SIDE_IN.contains(&y.as_str())
                            }
                            _ => false,
                        };
                        // Two halves of one money ("coin_takings", "card_takings") named by their shared word
                        // ("takings"): the money is both.
                        let said = m.words.rsplit(' ').next().unwrap_or(&m.words);
                        // (And two counts of one thing by kind, "bags_general" and "bags_recycling" named
                        // "bags": whole numbers of no unit, told apart by a word that is no aspect of one figure,
                        // not "gross" and "net", "planned" and "actual".)
                        let counts = |c: &Column| {
                            c.ty == crate::tables::ColumnType::Integer && c.unit.is_none() && !c.in_currency()
                        };
                        let halves = (ca.in_currency() && cb.in_currency() || counts(ca) && counts(cb))
                            && halves_of_one_kind(ca, cb).is_some_and(|w| super::link::same_form(&w, said));
                        // (Two kinds of one count may happen to be one at most the other on every row,
                        // recycling bags fewer than general ones: kinds, still not a part of the other.)
                        let kinds_of_one = halves && counts(ca) && counts(cb);
                        let paired = paired || halves;
                        // A side said in the question ("came in", "inbound", "at home") is not both sides: not
                        // guessed which.
                        let side_said = s.texts.iter().any(|t| {
                            t.split_whitespace()
                                .any(|w| w != "in" && w != "out" && (SIDE_IN.contains(&w) || SIDE_OUT.contains(&w)))
                                || t.split_whitespace().last().is_some_and(|w| w == "in" || w == "out")
                                    && t.contains(' ')
                        });
                        (paired
                            && !side_said
                            && ca.role == Role::Amount
                            && cb.role == Role::Amount
                            && ca.unit == cb.unit
                            && (kinds_of_one
                                || ca.part_of.as_deref() != Some(cb.name.as_str())
                                    && cb.part_of.as_deref() != Some(ca.name.as_str())))
                        .then_some((*a, *b))
                    }
                    _ => None,
                };
                if let Some((a, b)) = sides {
                    fact = fact.or(Some(a.table));
                    let mut me = Measure::new(m.agg.unwrap_or(Agg::Sum), Some(&col(desk, a).name));
                    me.plus = Some(col(desk, b).name.clone());
                    s.assumptions.push(format!(
                        "\"{}\" read as {} + {} (both sides together)",
                        m.words,
                        col(desk, a).name,
                        col(desk, b).name
                    ));
                    measures.push((me, a.table, Some(m.pos)));
                    continue;
                }
                // Of several in one unit, the amount of the thing itself: not one named for what went wrong
                // with part of it ("rejected_kg" beside "kg_picked"), and the net weight, not the gross or the
                // tare ("weight": `net_kg`). Said in the answer.
                if ok.len() > 1 {
                    let plain: Vec<ColId> = the_thing_itself(desk, lx, &ok).into_iter().collect();
                    let one_unit = ok.iter().all(|c| col(desk, *c).unit == col(desk, ok[0]).unit);
                    if let ([one], true) = (plain.as_slice(), one_unit) {
                        // (In place of the list of what the word could be.)
                        let listed = format!("\"{}\" read as ", m.words);
                        s.assumptions.retain(|a| !a.starts_with(&listed));
                        s.assumptions.push(format!(
                            "\"{}\" read as {} (not {})",
                            m.words,
                            col(desk, *one).name,
                            col_names(desk, &ok.iter().copied().filter(|c| c != one).collect::<Vec<_>>()).join(" or ")
                        ));
                        ok = vec![*one];
                    }
                }
                if ok.len() > 1 {
                    let names = col_names(desk, &ok);
                    return decline(
                        &s,
                        desk,
                        format!("\"{}\" could be {}: name the one you mean", m.words, names.join(" or ")),
                    );
                }
                let c = ok[0];
                fact = fact.or(Some(c.table));
                let cc = col(desk, c);
                let agg = m.agg.unwrap_or(if cc.role.is_averaged() { Agg::Avg } else { Agg::Sum });
                if m.agg.is_none() && cc.role.is_averaged() {
                    s.assumptions.push(format!(
                        "{} is a {} (read per row), so it is averaged, not added up",
                        cc.name,
                        if cc.role == Role::Fraction { "rate" } else { "level" }
                    ));
                }
                let mut me = Measure::new(agg, Some(&cc.name));
                if let Some(times) = &m.times {
                    // (Or a looked-up table's: a quantity times the price list's price.)
                    let ok: Vec<ColId> = times
                        .iter()
                        .copied()
                        .filter(|c| c.table == cs[0].table || reach(desk, cs[0].table).contains(&c.table))
                        .collect();
                    match ok.as_slice() {
                        [t] => {
                            me.times = Some(cname(desk, *t, Some(cs[0].table)));
                            if m.agg.is_none() {
                                me.agg = Agg::Sum;
                            }
                        }
                        _ => return decline(&s, desk, format!("which column \"{}\" multiplies by", m.words)),
                    }
                }
                if let Some(per) = &m.per {
                    let ok: Vec<ColId> = per
                        .iter()
                        .copied()
                        .filter(|c| c.table == cs[0].table || reach(desk, cs[0].table).contains(&c.table))
                        .collect();
                    match ok.as_slice() {
                        [p] => {
                            me.agg = Agg::Ratio;
                            me.per = Some(cname(desk, *p, Some(c.table)));
                        }
                        _ => return decline(&s, desk, format!("which column \"{}\" divides by", m.words)),
                    }
                }
                if agg == Agg::Count && m.agg == Some(Agg::Count) && !cc.role.is_measure() {
                    me.agg = Agg::CountDistinct;
                }
                // "the cost value of everything dispatched": a total of a price per unit (`unit_cost`) is the
                // quantity of each row times that price, never the prices added up.
                let per_unit = crate::semantics::name_words(&cc.name)
                    .iter()
                    .any(|w| matches!(w.as_str(), "unit" | "per" | "each"));
                if me.agg == Agg::Sum && me.times.is_none() && me.per.is_none() && per_unit {
                    // (Its quantity: the one named by what the price is per, "price_per_kg", else the table's
                    // one quantity column.)
                    let named = quantity_price(desk, lx, c.table).filter(|(_, pc)| *pc == c).map(|(q, _)| q);
                    let others: Vec<ColId> = quantity_columns(desk, lx, c.table)
                        .into_iter()
                        .filter(|q| *q != c && !col(desk, *q).in_currency())
                        .collect();
                    let only = match others.as_slice() {
                        [one] => Some(*one),
                        _ => None,
                    };
                    if let Some(qc) = named.or(only) {
                        me.column = Some(col(desk, qc).name.clone());
                        me.times = Some(cc.name.clone());
                        s.assumptions.push(format!(
                            "{} is a price per unit: its total is {} × {} row by row",
                            cc.name,
                            col(desk, qc).name,
                            cc.name
                        ));
                    }
                }
                // "the on-time rate": a rate of a column that is a part of another on every row
                // (`trips_on_time` of `trips_operated`) is its sum over the sum of that one.
                if let (None, true, Some(at)) = (&m.per, me.agg != Agg::Ratio, rate_named_after(&s, m.pos, &m.words)) {
                    if let Some(whole) = cc.part_of.clone() {
                        s.ops.retain(|(o, p)| !(o == "share" && *p == at));
                        s.assumptions.push(format!(
                            "the rate of {} read as its total over the total of {} (on every row {} is at most {})",
                            cc.name, whole, cc.name, whole
                        ));
                        me.agg = Agg::Ratio;
                        me.per = Some(whole);
                    }
                }
                measures.push((me, c.table, Some(m.pos)));
            }
            // (Or what took place is in a fact table: "members who came to a class this year".)
            MKind::Rows(Some(lt))
                if (!fits_all(*lt, &s)
                    || s.presence && desk.joins.iter().any(|j| j.to_table == table(desk, *lt).name))
                    && m.agg.is_none_or(|a| matches!(a, Agg::Count | Agg::CountDistinct)) =>
            {
                // "how many customers ordered in 2026", "customers by store": the customers of the fact
                // table's rows (its key counted once each), where the lookup table alone cannot answer.
                let lname = &table(desk, *lt).name;
                let via: Vec<(usize, String)> = desk
                    .joins
                    .iter()
                    .filter(|j| &j.to_table == lname)
                    .filter_map(|j| desk.tables.iter().position(|x| x.name == j.from_table).map(|f| (f, j.key.clone())))
                    .filter(|(f, _)| fits_all(*f, &s))
                    .collect();
                // ("how many books went out": things, not people, with a verb of what took place: each row of
                // the fact table is one of them going out, where the same key comes again on other dates.
                // "how many different books" still counts the keys.)
                let row_word = crate::analyst::compile::words::singular(&table(desk, *lt).row_words());
                let things = !lx.has(&row_word, "person") && !lx.has(&row_word, "people");
                let different = says_different(&s.texts);
                let recurring = |f: usize, key: &str| {
                    table(desk, f).columns.iter().any(|c| c.name == key && c.one_date_each == Some(false))
                };
                match via.as_slice() {
                    [(f, key)] if s.presence && things && !different && recurring(*f, key) => {
                        s.assumptions.push(format!(
                            "\"{}\" counted as rows of {}, one for each time: the same {key} comes again on other dates",
                            m.words,
                            table(desk, *f).name
                        ));
                        measures.push((Measure::rows(), *f, Some(m.pos)));
                        fact = fact.or(Some(*f));
                    }
                    [(f, key)] => {
                        let mut me = Measure::new(Agg::CountDistinct, Some(key));
                        me.label = Some(crate::analyst::compile::words::plural(&table(desk, *lt).row_words()));
                        measures.push((me, *f, Some(m.pos)));
                        fact = fact.or(Some(*f));
                    }
                    _ => {
                        return decline(
                            &s,
                            desk,
                            format!("how {} relate to the rest of the question", table(desk, *lt).name),
                        )
                    }
                }
            }
            MKind::Rows(t) => {
                let t = t.or(fact).or_else(|| s.tables.first().copied());
                // "the average payment": an aggregate of rows other than a count is of their amount. (Not
                // where they are counted: "on average, how many lines are on an order" counts them.)
                let counted =
                    m.pos > 0 && s.texts.get(m.pos - 1).is_some_and(|w| matches!(w.as_str(), "how many" | "number of"));
                let agg =
                    m.agg.filter(|a| !matches!(a, Agg::Count | Agg::CountDistinct) && !counted).unwrap_or(Agg::Count);
                measures.push((Measure::new(agg, None), t.unwrap_or(usize::MAX), Some(m.pos)));
                if let Some(t) = t {
                    fact = fact.or(Some(t));
                }
            }
            MKind::Distinct(c) => {
                // "what percentage of flights": where the table's rows are the things named (its name
                // says so) and the key is a code used again on other dates (a flight number), each row is
                // one of them.
                let cc = col(desk, *c);
                // ("the number of guests" is not the number of `guest_country` values: a column that says
                // something of the things counted (its last word neither them nor a name, id or code) does not
                // count them. Asked, if the plan still counts it at the end.)
                let ws = crate::semantics::name_words(&cc.name);
                let said = m.words.split_whitespace().last().unwrap_or("");
                let of_them = ws.last().is_some_and(|l| {
                    super::link::same_form(l, said)
                        || matches!(
                            l.as_str(),
                            "name"
                                | "names"
                                | "id"
                                | "code"
                                | "no"
                                | "number"
                                | "ref"
                                | "key"
                                | "email"
                                | "reg"
                                | "plate"
                        )
                });
                // ("how many vends failed" of `vend_status`: a column of each thing's status says of the rows
                // themselves; they are counted.)
                let status = ws.last().is_some_and(|l| matches!(l.as_str(), "status" | "state" | "outcome" | "result"));
                if cc.role == Role::Category && ws.len() > 1 && said.ends_with('s') && !of_them && status {
                    s.assumptions.push(format!(
                        "\"{said}\" counted as rows of {}: {} says each row's {}",
                        table(desk, c.table).name,
                        cc.name,
                        ws.last().map(String::as_str).unwrap_or("")
                    ));
                    measures.push((Measure::rows(), c.table, Some(m.pos)));
                    continue;
                }
                if cc.role == Role::Category && ws.len() > 1 && said.ends_with('s') && !of_them {
                    s.counts_an_attribute = Some((
                        cc.name.clone(),
                        format!(
                            "what \"{said}\" counts: {} says their {}, it does not count them",
                            cc.name,
                            ws.last().map(String::as_str).unwrap_or("")
                        ),
                    ));
                }
                let tw = crate::semantics::name_words(&table(desk, c.table).name);
                let names_rows = m
                    .words
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| tw.last().is_some_and(|t| super::link::same_form(t, w)));
                // ("how many books went out": with a verb of what took place, each row is one of them going
                // out; "how many different books" asks for the keys.)
                let events = s.presence && !says_different(&s.texts);
                if cc.one_date_each == Some(false) && (names_rows || events) {
                    s.assumptions.push(format!(
                        "each row of {} counted as one \"{}\": {} is used again on other dates",
                        table(desk, c.table).name,
                        m.words,
                        cc.name
                    ));
                    measures.push((Measure::rows(), c.table, Some(m.pos)));
                } else {
                    measures.push((Measure::new(Agg::CountDistinct, Some(&cc.name)), c.table, Some(m.pos)));
                }
            }
            MKind::TimeUnits(g) => {
                measures.push((Measure::rows(), usize::MAX, Some(m.pos)));
                if *g != Grain::Day {
                    return decline(
                        &s,
                        desk,
                        format!("counting {}s with a condition is not something I can do exactly", g.word()),
                    );
                }
                if let Some(last) = measures.last_mut() {
                    last.0.label = Some("days".into());
                    last.0.agg = Agg::CountDistinct;
                    last.0.column = Some("@time".into());
                }
            }
            MKind::Kind(k) => {
                // The aggregate named with it ("average monthly spend") stays; else the column decides.
                let mut me = Measure::new(m.agg.unwrap_or(Agg::Sum), None);
                if let Some(per) = &m.per {
                    // "earn per km": the amount over the total of the column named after "per".
                    match per.as_slice() {
                        [p] => {
                            me.agg = Agg::Ratio;
                            me.per = Some(col(desk, *p).name.clone());
                            fact = fact.or(Some(p.table));
                        }
                        _ => return decline(&s, desk, format!("which column \"{}\" divides by", m.words)),
                    }
                }
                let explicit = me.agg != Agg::Sum || m.agg.is_some();
                measures.push((me, usize::MAX, Some(m.pos)));
                if let Some(last) = measures.last_mut() {
                    last.0.label = Some(format!("@kind{}:{k}", if explicit { "!" } else { "" }));
                }
            }
        }
    }
    // The table: the measures', else one reaching every value and group, else the main fact table.
    let candidates: Vec<usize> = (0..desk.tables.len()).filter(|&t| fits_all(t, &s)).collect();
    let fact = match fact {
        Some(f) => f,
        None => {
            // Prefer a table whose rows were named, then fact tables. (Money asked of a table that holds
            // none, "what did Premium members spend", is the money of a table reaching it.)
            let money_asked = s.measures.iter().any(|m| matches!(&m.kind, MKind::Kind(k) if k == "*"));
            // ("how much did the Fenwick Mysteries earn, going by the series in my title list": money earned is
            // added up, which a list holding only a price per item does not hold.)
            let money_added = s.measures.iter().any(|m| {
                matches!(&m.kind, MKind::Kind(k) if k == "*")
                    && matches!(m.agg, None | Some(Agg::Sum))
                    && m.per.is_none()
            });
            let holds_money = |t: usize| {
                let ms = money_columns(desk, lx, t);
                !ms.is_empty() && (!money_added || ms.iter().any(|c| !desk.tables[t].columns[*c].role.is_averaged()))
            };
            let named = s.tables.iter().copied().find(|t| candidates.contains(t) && (!money_asked || holds_money(*t)));
            // (A table the question names that cannot hold the rest is not swapped for another one: "cost us
            // the most in maintenance" is not the rent of the flats table.)
            if named.is_none() {
                if let Some(&t) = s.tables.first() {
                    if !candidates.is_empty()
                        && measures.iter().all(|(_, mt, _)| *mt == usize::MAX)
                        && !candidates.iter().any(|&c| reach(desk, c).contains(&t))
                    {
                        return decline(
                            &s,
                            desk,
                            format!(
                                "how {} reaches the rest of the question (no key column links it to the columns named)",
                                table(desk, t).name
                            ),
                        );
                    }
                }
            }
            let facts: Vec<usize> = desk
                .fact_tables()
                .iter()
                .filter_map(|f| desk.tables.iter().position(|x| x.name == f.name))
                .filter(|t| candidates.contains(t))
                .collect();
            match named.or_else(|| facts.first().copied()).or_else(|| candidates.first().copied()) {
                Some(t) => t,
                None => {
                    return decline(
                        &s,
                        desk,
                        "no single table holds everything the question names (they are not linked by a key column)"
                            .into(),
                    );
                }
            }
        }
    };
    // "which menu item sold the fewest": what a list names was sold in the table holding its quantities.
    let fact = match (s.sold, quantity_column(desk, lx, fact)) {
        (true, None) => sold_in(desk, lx, fact, &|f| fits_all(f, &s)).unwrap_or(fact),
        _ => fact,
    };
    // Words that named a money column ("approved" of approved_amount): not also a value to filter on.
    let mut amount_words: Vec<String> = Vec::new();
    // Resolve row counts, time units and kinds now that the table is known.
    let mut resolved: Vec<Measure> = Vec::new();
    // Whether each was given its aggregate by the question.
    let mut explicit: Vec<bool> = Vec::new();
    for (mut m, t, pos) in measures {
        // (A statement's money in less its money out, when the net is asked.)
        let mut net_of: Option<ColId> = None;
        if m.label.as_deref().is_some_and(|l| l.starts_with("@kind")) {
            let label = m.label.take().unwrap_or_default();
            let explicit = label.starts_with("@kind!:");
            let kind = label.trim_start_matches("@kind!:").trim_start_matches("@kind:").to_string();
            // Another figure named beside an adjective for "the amount" ("the biggest revenue"): that one.
            // ("the best occupancy": the fill named is the figure; "best" only says which way.)
            let other_named = mslots.iter().any(|x| {
                matches!(x.kind, MKind::Col(_))
                    || matches!(&x.kind, MKind::Kind(o) if o == "fill" || o == "duration" || o == "delay")
            }) || kind.contains('|')
                && mslots.iter().any(|x| matches!(x.kind, MKind::Rows(_) | MKind::Distinct(_) | MKind::TimeUnits(_)));
            // ("Which month was busiest, going by households served": busy is the figure named, not the rows.)
            let rows_beside_figure = kind == "rows"
                && mslots
                    .iter()
                    .any(|x| matches!(&x.kind, MKind::Col(cs) if cs.iter().all(|c| is_measure_col(col(desk, *c)))));
            // ("how many different companies got charged for a no-show": the verb of money says what
            // happened to the things counted; no amount was asked.)
            let counted_things =
                kind == "*" && !s.how_much && mslots.iter().any(|x| matches!(x.kind, MKind::Distinct(_)));
            // ("which agent has sold the most by total dollar value": the money named says what "the most" is.)
            let money_said = mslots.iter().any(|x| matches!(&x.kind, MKind::Kind(o) if o == "*"));
            let money_named_too = kind == "quantity" && money_said && money_column(desk, lx, fact).is_some();
            // ("our best day for takings": the money named is the figure; "best" only says which way.)
            if (kind == "*" || kind.contains('|')) && other_named
                || kind.contains('|') && money_said
                || rows_beside_figure
                || counted_things
                || money_named_too
            {
                continue;
            }
            // "how long does it take to settle" beside days_to_settle named: that column is the duration.
            let secs = crate::analyst::plan::seconds_in;
            if kind == "duration"
                && mslots.iter().any(|x| {
                    matches!(&x.kind, MKind::Col(cs) if cs.iter().any(|c| {
                        let cc = col(desk, *c);
                        cc.unit.as_deref().and_then(secs).is_some()
                            || crate::semantics::name_words(&cc.name).iter().any(|w| secs(w).is_some())
                    }))
                })
            {
                continue;
            }
            // "the best hire rate": a rate asked for is of the rows; the adjective only says which way.
            let rate_asked =
                s.ops.iter().any(|(o, k)| o == "share" && s.texts.get(*k).is_some_and(|w| w.starts_with("rate")));
            // "score|*|rows": the first kind the desk has (a score, else the amount, else the rows).
            let kind = if kind.contains('|') && rate_asked {
                "rows".to_string()
            } else if kind.contains('|') && !matches!(kind.split('|').next(), Some("score" | "rows")) {
                // ("the longest ride": a length, never the money or the number of rows instead; "the best month"
                // may be either.)
                kind.split('|').next().unwrap_or_default().to_string()
            } else if kind.contains('|') {
                let r = reach(desk, fact);
                kind.split('|')
                    .find(|k| match *k {
                        "rows" => true,
                        "*" => {
                            money_column(desk, lx, fact).is_some()
                                || quantity_price(desk, lx, fact).is_some()
                                || s.sign.is_some() && in_out_pair(desk, lx, fact).is_some()
                        }
                        k => kind_columns(desk, lx, k, Some(&r)).len() == 1,
                    })
                    .unwrap_or("rows")
                    .to_string()
            } else {
                kind.clone()
            };
            // ("which section turns up best": "best" of no score and no money is no count of rows; asked.)
            let word = mslots.iter().find(|x| Some(x.pos) == pos).map(|x| x.words.clone()).unwrap_or_default();
            if kind == "rows"
                && !rate_asked
                && matches!(word.as_str(), "best" | "worst" | "better" | "worse")
                && s.presence
            {
                return decline(&s, desk, format!("what \"{word}\" measures: no score or money column was found"));
            }
            let r = reach(desk, fact);
            // ("the longest ride" where rides have a distance and a time: which length is asked.)
            if kind == "duration" {
                let said = mslots.iter().find(|x| Some(x.pos) == pos).map(|x| x.words.clone()).unwrap_or_default();
                // (Not "how long ... in hours": a time said.)
                let time_said = s.texts.iter().any(|t| crate::analyst::plan::seconds_in(t).is_some());
                if matches!(said.as_str(), "longest" | "longer" | "shortest" | "shorter")
                    && !time_said
                    && !kind_columns(desk, lx, "distance", Some(&r)).is_empty()
                {
                    return decline(&s, desk, format!("whether \"{said}\" means the distance or the time taken"));
                }
            }
            let picked = if kind == "rows" || kind == "fill" {
                None
            } else if kind == "*" && !s.left_out_cols.is_empty() {
                // "not counting tips": the money column that is not left out, when one is.
                // (Any column in a currency: a price charged per row is the money of that row.)
                let rest: Vec<ColId> = table(desk, fact)
                    .columns
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.is_numeric() && c.role != Role::Identifier && c.in_currency())
                    .map(|(i, _)| ColId { table: fact, col: i })
                    .filter(|c| !s.left_out_cols.contains(c))
                    .collect();
                match rest.as_slice() {
                    [c] => {
                        s.assumptions.push(format!(
                            "leaving out {} reads as taking the money of {}",
                            s.left_out_cols
                                .iter()
                                .map(|c| col(desk, *c).name.clone())
                                .collect::<Vec<_>>()
                                .join(" and "),
                            col(desk, *c).name
                        ));
                        Some(vec![*c])
                    }
                    _ => return decline(&s, desk, "which money is left once the figure named is left out".into()),
                }
            } else if kind == "*" {
                // The question's other measure, or the money column (the one a word of the question
                // names, when the table has several: "claim dollars" and claimed_amount).
                // ("the most sales" where the money is each row's price: the number of sales, or their prices
                // added up? Asked.)
                let at = pos.unwrap_or(0);
                let said = s.texts.get(at).cloned().unwrap_or_default();
                let after_most = at > 0
                    && matches!(s.texts[at - 1].as_str(), "most" | "the most" | "fewest" | "the fewest")
                    && said.ends_with('s');
                // ("how much did clients pay me", "what did I spend on travel" on a statement with "Paid In" and
                // "Paid Out": the side the question says; neither said, asked.)
                let pair = in_out_pair(desk, lx, fact);
                // ("clients pay me", "paid us": money in, whatever "pay" says alone.)
                let paid_to_us = s.texts.windows(2).any(|w| {
                    matches!(w[0].as_str(), "pay" | "paid" | "pays" | "paying") && matches!(w[1].as_str(), "me" | "us")
                }) || s.texts.iter().any(|t| {
                    matches!(
                        t.as_str(),
                        "brought in" | "bring in" | "brings in" | "came in" | "come in" | "comes in" | "received"
                    )
                });
                let sign = if paid_to_us { Some(Sign::Inflow) } else { s.sign };
                let side = match (pair, sign) {
                    (Some((i, _)), Some(Sign::Inflow)) => Some(i),
                    (Some((_, o)), Some(Sign::Outflow)) => Some(o),
                    _ => None,
                };
                // ("net cash flow", "money in minus money out": the one side less the other.)
                let side = match (pair, sign) {
                    (Some((i, o)), Some(Sign::All)) if side.is_none() => {
                        net_of = Some(o);
                        Some(i)
                    }
                    _ => side,
                };
                if let (Some((i, o)), None) = (pair, side) {
                    return decline(
                        &s,
                        desk,
                        format!(
                            "whether the money is what came in ({}) or what went out ({})",
                            col(desk, i).name,
                            col(desk, o).name
                        ),
                    );
                }
                // ("which player has spent the most" where a table has `customer_price` and
                // `developer_proceeds`: what the people served spent is the money named for them.)
                let theirs = || {
                    let others_pay = s.texts.windows(2).any(|w| {
                        !matches!(w[0].as_str(), "we" | "i" | "did we" | "did i" | "have we" | "have i")
                            && matches!(w[1].as_str(), "spend" | "spent" | "spends" | "paid" | "pays")
                    }) && !s.texts.iter().any(|t| matches!(t.as_str(), "we" | "i" | "our" | "my"));
                    let named: Vec<usize> = money_columns(desk, lx, fact)
                        .into_iter()
                        .filter(|&i| {
                            crate::semantics::name_words(&table(desk, fact).columns[i].name)
                                .iter()
                                .any(|w| lx.has(w, "client"))
                        })
                        .collect();
                    match (others_pay, named.as_slice()) {
                        (true, [one]) => Some(ColId { table: fact, col: *one }),
                        _ => None,
                    }
                };
                // ("by how many dollars": an amount of money, its total, never a count of its values.)
                let said_money =
                    mslots.iter().find(|x| Some(x.pos) == pos).map(|x| x.words.clone()).unwrap_or_default();
                if m.agg == Agg::Count
                    && matches!(
                        said_money.as_str(),
                        "dollars" | "pounds" | "euros" | "bucks" | "quid" | "dollar" | "pound"
                    )
                {
                    m.agg = Agg::Sum;
                }
                let mut customers_money = false;
                let money = money_column(desk, lx, fact).or_else(|| {
                    let c = theirs();
                    customers_money = c.is_some();
                    c
                });
                if customers_money {
                    if let Some(c) = money {
                        s.assumptions
                            .push(format!("what they spent is {}, the money named for them", col(desk, c).name));
                    }
                }
                match side.or(money) {
                    Some(c) if net_of.is_some() => {
                        s.assumptions.push(format!(
                            "the net is the money in ({}) less the money out ({})",
                            col(desk, c).name,
                            net_of.map(|o| col(desk, o).name.clone()).unwrap_or_default()
                        ));
                        Some(vec![c])
                    }
                    Some(c) if side.is_some() => {
                        s.assumptions.push(format!(
                            "the money {} is {} (a column of its own, as positive amounts)",
                            if Some(c) == pair.map(|p| p.0) { "in" } else { "out" },
                            col(desk, c).name
                        ));
                        Some(vec![c])
                    }
                    Some(c) if after_most && col(desk, c).role.is_averaged() => {
                        return decline(
                            &s,
                            desk,
                            format!("whether \"the most {said}\" counts them or adds up their {}", col(desk, c).name),
                        );
                    }
                    Some(c) => Some(vec![c]),
                    None => money_named(desk, lx, fact, &s.texts).map(|(c, w)| {
                        amount_words.push(w);
                        vec![c]
                    }),
                }
            } else if kind == "margin" {
                // (A column named for the margin itself; a profit column is not one.)
                Some(
                    kind_columns(desk, lx, &kind, Some(&r))
                        .into_iter()
                        .filter(|c| {
                            crate::semantics::name_words(&col(desk, *c).name).iter().any(|w| w.starts_with("margin"))
                        })
                        .collect(),
                )
            } else if kind == "duration" && s.from_to_dates {
                // "how long from booked in to ready": the time between the two date columns named, even where
                // a column holds another length of time (`labour_hours`).
                Some(Vec::new())
            } else {
                let cs = kind_columns(desk, lx, &kind, Some(&r));
                // "the most expensive job", where the only prices are per unit (`rate_per_word`): what one of
                // the rows cost is its money (`fee`), not its rate.
                let per_unit = |c: &ColId| {
                    crate::semantics::name_words(&col(desk, *c).name)
                        .iter()
                        .any(|w| matches!(w.as_str(), "per" | "unit" | "each"))
                };
                let rows_named = s.tables.contains(&fact);
                match money_column(desk, lx, fact) {
                    Some(mc) if kind == "price" && rows_named && !cs.is_empty() && cs.iter().all(per_unit) => {
                        s.assumptions.push(format!(
                            "what one of the {} cost is its {}, not a price per unit",
                            table(desk, fact).name.replace('_', " "),
                            col(desk, mc).name
                        ));
                        Some(vec![mc])
                    }
                    _ => Some(cs),
                }
            };
            // "the hottest day", "the coldest night" beside `max_temp_c` and `min_temp_c`: the day's high for the
            // highest, its low for the lowest.
            let picked = match picked {
                Some(cs) if cs.len() == 2 => {
                    let high = s.superlative.map(|(d, _)| d).unwrap_or(true);
                    match high_or_low(desk, &cs, high) {
                        Some(one) => {
                            s.assumptions.push(format!(
                                "\"{}\" read as {} (the {} of each row)",
                                kind,
                                col(desk, one).name,
                                if high { "high" } else { "low" }
                            ));
                            Some(vec![one])
                        }
                        None => Some(cs),
                    }
                }
                p => p,
            };
            match (kind.as_str(), picked) {
                ("rows", _) => {
                    m = Measure::rows();
                    // "the quietest site", "the busiest route": where each row counts people in a column
                    // ("visitors", "passengers"), busy is that column's total, not the number of rows.
                    // (Not where the rows themselves are counted: "going by the number of events".)
                    let rows_counted = s.tables.contains(&fact)
                        && s.texts.iter().any(|t| matches!(t.as_str(), "number of" | "count" | "how many"));
                    if let (Some(c), true, false) =
                        (headcount_column(desk, lx, fact), label.starts_with("@kind:"), rows_counted)
                    {
                        m = Measure::new(Agg::Sum, Some(&c.name));
                        s.assumptions.push(format!("how busy read as the total of {} (people on each row)", c.name));
                    }
                }
                (_, Some(cs)) if cs.len() == 1 => {
                    // "quickest to resolve" beside time_to_resolve named: the adjective only gives the
                    // direction; the named column is the figure.
                    if mslots.iter().any(|x| matches!(&x.kind, MKind::Col(cc) if cc.contains(&cs[0]))) {
                        continue;
                    }
                    let c = col(desk, cs[0]);
                    m.column = Some(cname(desk, cs[0], Some(fact)));
                    // (Money taken is added up, a price charged on each row too.)
                    if !explicit {
                        m.agg = if c.role.is_averaged() && kind != "*" { Agg::Avg } else { Agg::Sum };
                        // "my single most expensive job": one row's figure, the largest (or smallest).
                        if s.texts.iter().any(|t| t == "single") {
                            let desc = s.superlative.map(|(d, _)| d).unwrap_or(true);
                            m.agg = if desc { Agg::Max } else { Agg::Min };
                        }
                    }
                }
                ("*", _) => {
                    // Two money columns of one kind, told apart by a first word ("coin_takings",
                    // "card_takings"): the money is both, row by row.
                    let tb = table(desk, fact);
                    let money = money_columns(desk, lx, fact);
                    // (Or named for two ways of paying, "Cash" and "Card": the day's takings are both.)
                    let paid = |c: &Column| {
                        let w = crate::semantics::name_words(&c.name).join(" ");
                        lx.has(&w, "paymethod") && c.in_currency()
                    };
                    let halves = match money.as_slice() {
                        [a, b] => {
                            let (ca, cb) = (&tb.columns[*a], &tb.columns[*b]);
                            ((halves_of_one_kind(ca, cb).is_some() || paid(ca) && paid(cb))
                                && ca.role == Role::Amount
                                && cb.role == Role::Amount
                                && ca.part_of.is_none()
                                && cb.part_of.is_none()
                                && ca.unit == cb.unit)
                                .then_some((*a, *b))
                        }
                        _ => None,
                    };
                    if let Some((a, b)) = halves {
                        m.column = Some(tb.columns[a].name.clone());
                        m.plus = Some(tb.columns[b].name.clone());
                        if !explicit {
                            m.agg = Agg::Sum;
                        }
                        s.assumptions.push(format!(
                            "the money is {} and {} together, row by row (two parts of one figure)",
                            tb.columns[a].name, tb.columns[b].name
                        ));
                    } else if let Some((qc, pc)) = quantity_price(desk, lx, fact) {
                        m.column = Some(col(desk, qc).name.clone());
                        m.times = Some(cname(desk, pc, Some(fact)));
                        if !explicit {
                            m.agg = Agg::Sum;
                        }
                        s.assumptions.push(format!(
                            "there is no amount column, so the amount is {} × {} row by row",
                            col(desk, qc).name,
                            col(desk, pc).name
                        ));
                    } else if s.measures.iter().any(|x| !matches!(&x.kind, MKind::Kind(o) if o == "*")) {
                        // The adjective applies to the other measure ("biggest revenue"). (Two words for the
                        // money, "earned ... money", are one figure that is not here: never a count instead.)
                        continue;
                    } else if let Some(c) =
                        money_of_the_way_it_went(desk, lx, fact, &money, s.sign).filter(|_| s.how_much)
                    {
                        // "How much did I spend" beside `paid` and `sold_for`: the one named for money going the
                        // way the question says.
                        m.column = Some(tb.columns[c].name.clone());
                        if !explicit {
                            m.agg = Agg::Sum;
                        }
                        s.assumptions.push(format!(
                            "the money {} is {}, the one money column named for it",
                            if s.sign == Some(Sign::Outflow) { "spent" } else { "taken" },
                            tb.columns[c].name
                        ));
                    } else {
                        return decline(&s, desk, "which amount to use: the table has no single money column".into());
                    }
                }
                (k, Some(cs)) if cs.len() > 1 => {
                    let names = col_names(desk, &cs);
                    return decline(
                        &s,
                        desk,
                        format!("\"{k}\" could be {}: name the one you mean", names.join(" or ")),
                    );
                }
                ("fill", _) => {
                    // The part of a capacity used: the total of the column that is a part of a capacity
                    // column on every row, over the total of that capacity.
                    let tb = table(desk, fact);
                    let parts: Vec<(&Column, String)> = tb
                        .columns
                        .iter()
                        .filter_map(|c| {
                            c.part_of.clone().filter(|w| crate::semantics::is_capacity_name(w)).map(|w| (c, w))
                        })
                        .collect();
                    // Several parts ("booked", "attended"): the one a word of the question shares a stem with.
                    let prefix = |w: &str| w.chars().take(5).collect::<String>();
                    let named: Vec<&(&Column, String)> = parts
                        .iter()
                        .filter(|(c, _)| {
                            crate::semantics::name_words(&c.name)
                                .iter()
                                .any(|n| n.len() >= 5 && s.texts.iter().any(|t| t.len() >= 5 && prefix(t) == prefix(n)))
                        })
                        .collect();
                    // Else the one whose name says it is the capacity in use ("beds_occupied", not the day's
                    // "admissions").
                    const IN_USE: &[&str] =
                        &["occupied", "used", "sold", "booked", "filled", "taken", "utilised", "utilized", "load"];
                    let in_use: Vec<&(&Column, String)> = parts
                        .iter()
                        .filter(|(c, _)| {
                            crate::semantics::name_words(&c.name).iter().any(|n| IN_USE.contains(&n.as_str()))
                        })
                        .collect();
                    // Else the one counting the same things as its capacity ("pitches_let" of "pitches_available",
                    // not "hookups_used").
                    let same_things: Vec<&(&Column, String)> = parts
                        .iter()
                        .filter(|(c, w)| {
                            let cap = crate::semantics::name_words(w);
                            crate::semantics::name_words(&c.name).first().is_some_and(|n| cap.first() == Some(n))
                        })
                        .collect();
                    let picked = match (parts.as_slice(), named.as_slice(), same_things.as_slice(), in_use.as_slice()) {
                        ([one], _, _, _) => one,
                        (_, [one], _, _) => *one,
                        (_, [], [one], _) => *one,
                        (_, [], _, [one]) => *one,
                        ([], _, _, _) => return decline(
                            &s,
                            desk,
                            "how full: no column is a part of a capacity column (seats, capacity, beds available) on \
                                 every row"
                                .into(),
                        ),
                        _ => {
                            let names: Vec<String> = parts.iter().map(|(c, w)| format!("{} of {w}", c.name)).collect();
                            return decline(
                                &s,
                                desk,
                                format!("how full: which part of the capacity, {}", names.join(" or ")),
                            );
                        }
                    };
                    m.column = Some(picked.0.name.clone());
                    m.per = Some(picked.1.clone());
                    m.agg = Agg::Ratio;
                    s.assumptions.push(format!(
                        "how full read as the total of {} over the total of {} (on every row {} is at most {})",
                        picked.0.name, picked.1, picked.0.name, picked.1
                    ));
                }
                (k @ ("duration" | "delay"), Some(cs)) if cs.is_empty() => {
                    let delay = k == "delay";
                    // No column holds one: the time between two date columns, where the question names
                    // them or the table has just two.
                    if s.comparative {
                        return decline(
                            &s,
                            desk,
                            "a difference of a duration the data does not store (the time between two date columns) \
                             is not something I compute"
                                .into(),
                        );
                    }
                    let (later, earlier) = match duration_ends(&s, desk, fact) {
                        Ok(x) => x,
                        Err(why) => return decline(&s, desk, why),
                    };
                    m.column = Some(col(desk, later).name.clone());
                    m.since = Some(col(desk, earlier).name.clone());
                    s.duration_cols.extend([later, earlier]);
                    // "how many days does it take": the time each row takes, averaged unless a total is asked.
                    if !explicit || matches!(m.agg, Agg::Count | Agg::CountDistinct) {
                        // ("how many hours of swim lessons did we run": an amount of time of things, their total.)
                        let of_things = pos.is_some_and(|p| {
                            s.texts.get(p + 1).is_some_and(|t| t == "of")
                                && crate::analyst::plan::seconds_in(&s.texts[p]).is_some()
                        });
                        // ("how many hours did the clubs book", "did they spend parked": time booked, spent or
                        // used is the time itself, added up; "how many days does a job take" is each one's.)
                        let counted = matches!(m.agg, Agg::Count | Agg::CountDistinct)
                            || s.texts.iter().any(|t| t.starts_with("how many") || t.starts_with("how much"));
                        let used = counted
                            && !s.texts.iter().any(|t| lx.has(t, "agg:avg"))
                            && s.texts.iter().any(|t| {
                                matches!(
                                    t.as_str(),
                                    "book"
                                        | "booked"
                                        | "hire"
                                        | "hired"
                                        | "rent"
                                        | "rented"
                                        | "use"
                                        | "used"
                                        | "spend"
                                        | "spent"
                                        | "work"
                                        | "worked"
                                        | "give"
                                        | "gave"
                                        | "given"
                                        | "played"
                                        | "were played"
                                        | "was played"
                                        | "got played"
                                )
                            });
                        let total = of_things
                            || used
                            || s.texts.iter().any(|t| {
                                matches!(t.as_str(), "total" | "in total" | "altogether" | "combined" | "all together")
                            });
                        m.agg = match s.amount_word {
                            Some((_, Agg::Sum)) => Agg::Sum,
                            _ if total => Agg::Sum,
                            _ => Agg::Avg,
                        };
                    }
                    if s.show_in.is_none() {
                        // "how many days": the unit the duration was counted in.
                        let named =
                            mslots.iter().find(|x| Some(x.pos) == pos).map(|x| x.words.clone()).unwrap_or_default();
                        if crate::analyst::plan::seconds_in(&named).is_some() {
                            s.show_in = Some(named);
                        }
                    }
                    // (A delay is said in minutes unless another unit is asked.)
                    if delay && s.show_in.is_none() {
                        s.show_in = Some("minutes".into());
                        s.assumptions.push("a delay is shown in minutes".into());
                    }
                    m.unit = s.show_in.as_deref().map(|u| match u {
                        "hrs" => "hours".to_string(),
                        "mins" => "minutes".to_string(),
                        "secs" => "seconds".to_string(),
                        u => u.to_string(),
                    });
                    s.assumptions.push(format!(
                        "{}, so it is the time from {} to {} on each row (rows without both left out)",
                        if s.from_to_dates { "the question names the two dates" } else { "no column holds a duration" },
                        col(desk, earlier).name,
                        col(desk, later).name
                    ));
                }
                // "the fastest marathons", "the quickest type of job" where no column holds a speed and one holds
                // the time taken (and none a distance it could be a speed over): the shortest time.
                ("speed", Some(cs)) if cs.is_empty() => {
                    let tb = table(desk, fact);
                    let timed: Vec<&Column> = tb
                        .columns
                        .iter()
                        .filter(|c| {
                            c.is_numeric()
                                && c.role != Role::Identifier
                                && c.unit.as_deref().and_then(crate::analyst::plan::seconds_in).is_some()
                        })
                        .collect();
                    let distance = !kind_columns(desk, lx, "distance", Some(&r)).is_empty();
                    let ([c], false) = (timed.as_slice(), distance) else {
                        return decline(
                            &s,
                            desk,
                            "what the speed is: no column holds one, and no one time taken to read it from".into(),
                        );
                    };
                    m.column = Some(c.name.clone());
                    if !explicit {
                        m.agg = Agg::Avg;
                    }
                    if let Some((d, at)) = s.superlative {
                        s.superlative = Some((!d, at));
                    }
                    if let Some((n, d)) = s.top_n {
                        s.top_n = Some((n, !d));
                    }
                    s.assumptions.push(format!(
                        "no column holds a speed, so it is read from {}: the faster, the shorter",
                        c.name
                    ));
                }
                // "our profit", "the profit per car" where no column holds one: what each row sold for less what
                // it was bought for, row by row (rows with both); "our gross margin": that profit as a share of
                // what the rows sold for.
                // ("our net profit for 2024" on a ledger of money in and out: what came in less what went out.)
                ("profit", Some(cs)) if cs.is_empty() && signed_money(desk, lx, fact).is_some() => {
                    let c = signed_money(desk, lx, fact).map(|c| c.name.clone()).unwrap_or_default();
                    m.column = Some(c.clone());
                    m.agg = Agg::Sum;
                    m.sign = Sign::All;
                    s.assumptions.push(format!(
                        "no column holds a profit; on a ledger of money in and out ({c}) it is the money in less the \
                         money out"
                    ));
                }
                (k @ ("profit" | "margin"), Some(cs)) if cs.is_empty() => {
                    let Some((sale, cost)) = profit_pair(desk, lx, fact) else {
                        return decline(
                            &s,
                            desk,
                            format!(
                                "what the {k} is: no column holds it, and no one sale price and one purchase price of \
                                 each row to take it from"
                            ),
                        );
                    };
                    let (sale, cost) = (col(desk, sale).name.clone(), col(desk, cost).name.clone());
                    m.column = Some(sale.clone());
                    m.minus = Some(cost.clone());
                    m.label = Some(k.into());
                    if k == "margin" {
                        m.per = Some(sale.clone());
                        m.agg = Agg::Ratio;
                        s.assumptions.push(format!(
                            "the margin is the profit ({sale} − {cost}, rows with both) as a share of {sale}"
                        ));
                    } else {
                        if !explicit {
                            m.agg = Agg::Sum;
                            if s.texts.iter().any(|t| t == "single") {
                                let desc = s.superlative.map(|(d, _)| d).unwrap_or(true);
                                m.agg = if desc { Agg::Max } else { Agg::Min };
                            }
                        }
                        s.assumptions.push(format!(
                            "no column holds the profit, so it is {sale} − {cost} on each row (rows with both; one not \
                             yet sold has none)"
                        ));
                    }
                }
                // "which agent sold the most homes", "the best seller" where no column holds how many each row
                // sold: each row is one sold, so the rows are counted (said so).
                ("quantity", Some(cs)) if cs.is_empty() && table(desk, fact).has_row_key() && !money_said => {
                    m = Measure::rows();
                    s.assumptions.push(format!(
                        "no column holds how many each row sold, so each of the {} counts as one",
                        crate::analyst::compile::words::plural(&table(desk, fact).row_words())
                    ));
                }
                (k, _) => {
                    return decline(&s, desk, format!("no column of this desk holds a {k}"));
                }
            }
        }
        if let Some(o) = net_of {
            m.minus = Some(col(desk, o).name.clone());
            m.label = Some("net (money in − money out)".into());
            m.agg = Agg::Sum;
        }
        if m.column.as_deref() == Some("@time") {
            match table(desk, fact).time_columns().first() {
                // One row per date: the days are the rows.
                Some(tc) if tc.is_date() && tc.distinct == table(desk, fact).rows && tc.nulls == 0 => {
                    m.column = None;
                    m.agg = Agg::Count;
                }
                Some(tc) if tc.is_date() => m.column = Some(tc.name.clone()),
                _ => {
                    m.column = None;
                    m.agg = Agg::Count;
                    m.label = None;
                }
            }
        }
        if t != usize::MAX && t != fact {
            // A measure on a lookup table: refer to it through the join.
            if let Some(c) = m.column.clone() {
                if !c.contains('.') {
                    m.column = Some(format!("{}.{c}", table(desk, t).name));
                }
            }
        }
        explicit.push(m.agg != Agg::Sum || mslots.iter().any(|x| Some(x.pos) == pos && x.agg.is_some()));
        resolved.push(m);
    }
    // One column named twice ("beds ... occupied" narrowed to `beds_occupied` by both words), once with an
    // aggregate asked and once without: one figure, the one asked.
    let same = |a: &Measure, b: &Measure| {
        a.column.is_some()
            && a.column == b.column
            && a.times == b.times
            && a.per == b.per
            && a.since == b.since
            && a.plus == b.plus
            && a.minus == b.minus
            && a.part.is_empty()
            && b.part.is_empty()
    };
    let mut drop = vec![false; resolved.len()];
    for i in 0..resolved.len() {
        for j in 0..resolved.len() {
            if i != j && !drop[i] && !drop[j] && same(&resolved[i], &resolved[j]) && explicit[i] && !explicit[j] {
                drop[j] = true;
            }
        }
    }
    let resolved: Vec<Measure> = resolved.into_iter().zip(drop).filter(|(_, d)| !d).map(|(m, _)| m).collect();
    // Two measures where one names the main amount by an adjective: keep the named one.
    let mut measures = resolved;
    // "cover and food and drink together", "labour and parts combined": two amounts of a row said together are
    // one figure, added row by row.
    if let [a, b] = measures.as_slice() {
        let together =
            s.texts.iter().any(|t| matches!(t.as_str(), "together" | "combined" | "added together" | "put together"));
        let summed = |m: &Measure| {
            m.agg == Agg::Sum
                && m.times.is_none()
                && m.plus.is_none()
                && m.minus.is_none()
                && m.since.is_none()
                && m.per.is_none()
                && m.part.is_empty()
                && m.column.as_deref().is_some_and(|c| !c.contains('.'))
        };
        if together && summed(a) && summed(b) && a.column != b.column && s.periods.len() < 2 {
            let mut m = a.clone();
            m.plus = b.column.clone();
            s.assumptions.push(format!(
                "{} and {} together: added row by row, one figure",
                a.column.clone().unwrap_or_default(),
                b.column.clone().unwrap_or_default()
            ));
            measures = vec![m];
        }
    }
    // "the average grocery transaction", "the biggest order": an aggregate of rows means their amount.
    for m in &mut measures {
        if m.column.is_none() && !matches!(m.agg, Agg::Count | Agg::CountDistinct) {
            match money_column(desk, lx, fact) {
                Some(c) => {
                    m.column = Some(col(desk, c).name.clone());
                    s.assumptions.push(format!(
                        "the {} of a row is its {}",
                        crate::analyst::compile::words::singular(&table(desk, fact).row_words()),
                        col(desk, c).name
                    ));
                }
                None => match quantity_price(desk, lx, fact) {
                    Some((qc, pc)) => {
                        m.column = Some(col(desk, qc).name.clone());
                        m.times = Some(cname(desk, pc, Some(fact)));
                    }
                    None => {
                        return decline(
                            &s,
                            desk,
                            "which amount of each row to use: the table has no single money column".into(),
                        )
                    }
                },
            }
        }
    }
    // A count of a lookup table's rows with periods or fact filters counts its key on the fact table.
    // Sign: spending and income on a signed amount.
    // "net of credits" adds both sides up, whichever side credits are.
    if let Some(w) = s.sign_unsure.as_ref().filter(|_| s.sign != Some(Sign::All)) {
        if let Some(c) = table(desk, fact).columns.iter().find(|c| c.role == Role::SignedAmount) {
            return decline(
                &s,
                desk,
                format!(
                    "whether \"{w}\" means the values of {} above zero or below zero (a statement's credits are \
                     money in; a bill's credit is money owed back): ask for the amounts above or below zero",
                    c.name
                ),
            );
        }
    }
    // "how much did the Q2 hires bring in": "how much" asks an amount; the rows named only say which.
    if s.how_much
        && !s.count_word
        && !measures.is_empty()
        && measures.iter().all(|m| m.agg == Agg::Count && m.column.is_none() && m.part.is_empty())
    {
        if let Some(c) = money_column(desk, lx, fact) {
            let name = col(desk, c).name.clone();
            for m in &mut measures {
                *m = Measure::new(Agg::Sum, Some(&name));
            }
            s.assumptions.push(format!("\"how much\" read as the total of {name}"));
        } else {
            let money: Vec<String> =
                money_columns(desk, lx, fact).into_iter().map(|i| table(desk, fact).columns[i].name.clone()).collect();
            if money.len() > 1 {
                return decline(&s, desk, format!("which amount \"how much\" asks for: {}", money.join(" or ")));
            }
        }
    }
    if s.both_sides && s.sign != Some(Sign::All) {
        // "by how much did my income exceed my spending", "income minus spending": in less out, the net.
        let difference = s.texts.iter().any(|t| {
            matches!(
                t.as_str(),
                "minus" | "less" | "exceed" | "exceeds" | "exceeded" | "surplus" | "left over" | "difference" | "net"
            )
        });
        if s.as_of.is_some() {
            // ("repair costs as a percentage of the rent I collected": each side's own money, as sizes.)
            s.sign = Some(Sign::All);
        } else if !difference {
            return decline(&s, desk, "money in and money out are both named: say which, or the net of the two".into());
        } else {
            s.sign = Some(Sign::All);
            s.assumptions.push("money in and money out both named: the net of the two (in minus out)".into());
        }
    }
    // ("in how many months did we take more than £5,000", "what did we bring in" on a ledger of money in and
    // out: money taken is the money in.)
    let taken = s.texts.iter().any(|t| {
        matches!(
            t.as_str(),
            "take" | "took" | "takes" | "taken" | "bring in" | "brought in" | "brings in" | "earn" | "earned" | "earns"
        )
    });
    // (Not where what went back is netted: "take ... after refunds", "once refunds are taken off".)
    let netted =
        s.texts.iter().any(|t| lx.has(t, "reversal") || lx.has(t, "netted") || matches!(t.as_str(), "net" | "after"));
    // (Nor on a column of sales with a few reversals below zero: there the money taken is net of them.)
    let ledger = reversal_column(desk, lx, fact).is_none();
    if let Some(c) = signed_money(desk, lx, fact).filter(|_| s.sign.is_none() && taken && !netted && ledger) {
        let c = c.name.clone();
        if measures.iter().any(|m| m.column.as_deref() == Some(c.as_str()) && m.agg == Agg::Sum) {
            s.sign = Some(Sign::Inflow);
            s.assumptions.push(format!("money taken is the money in: the values of {c} above zero"));
        }
    }
    let mut sign_filter: Option<Filter> = None;
    let gross = s.gross
        && measures.iter().any(|m| {
            m.column
                .as_ref()
                .is_some_and(|c| table(desk, fact).columns.iter().any(|x| &x.name == c && x.role == Role::SignedAmount))
        });
    if gross {
        // "gross pay" on a column holding pay and deductions: the pay, whatever a verb says about sides.
        s.sign = Some(Sign::Inflow);
    }
    if let Some(sign) = s.sign.filter(|x| *x != Sign::All) {
        let signed: Vec<usize> = table(desk, fact)
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| c.role == Role::SignedAmount)
            .map(|(i, _)| i)
            .collect();
        // Of several signed columns, the money one ("got paid" is about the pay, not the hours).
        let signed: Vec<usize> = if signed.len() > 1 {
            let money = money_columns(desk, lx, fact);
            let m: Vec<usize> = signed.iter().copied().filter(|i| money.contains(i)).collect();
            if m.len() == 1 {
                m
            } else {
                signed
            }
        } else {
            signed
        };
        // A side of a signed quantity that is not money ("units received" of a stock ledger's qty): where a
        // category column splits that side into several kinds of rows (Receipt and Return both above zero),
        // which of them the word means is asked, unless a value was named.
        if s.values.iter().all(|v| v.excluded) && matches!(sign, Sign::Inflow | Sign::Outflow) && !gross {
            let money = money_columns(desk, lx, fact);
            let tb = table(desk, fact);
            for m in measures.iter().filter(|m| m.times.is_none()) {
                let Some(ci) = m.column.as_ref().and_then(|c| tb.columns.iter().position(|x| &x.name == c)) else {
                    continue;
                };
                if tb.columns[ci].role != Role::SignedAmount || money.contains(&ci) {
                    continue;
                }
                let values = |c: &Column| c.folded_values.unwrap_or(c.listed.len() as u64);
                for cat in tb.columns.iter().filter(|c| c.role == Role::Category && (2..=30).contains(&values(c))) {
                    let Some(kinds) =
                        lookup.side_values(&tb.name, &tb.columns[ci].name, sign == Sign::Inflow, &cat.name)
                    else {
                        continue;
                    };
                    let Some(other) =
                        lookup.side_values(&tb.name, &tb.columns[ci].name, sign != Sign::Inflow, &cat.name)
                    else {
                        continue;
                    };
                    let big = |kinds: &[(String, u64)]| -> Vec<String> {
                        let total: u64 = kinds.iter().map(|(_, n)| n).sum();
                        kinds.iter().filter(|(_, n)| *n * 20 >= total).map(|(v, _)| v.clone()).collect()
                    };
                    let (here, there) = (big(&kinds), big(&other));
                    // A column of kinds of rows: several kinds found only on this side (Receipt, Return).
                    let big: Vec<String> =
                        here.iter().filter(|v| !there.contains(v)).map(|v| cat.canonical(v)).collect();
                    if big.len() > 1 {
                        return decline(
                            &s,
                            desk,
                            format!(
                                "which rows{} are meant: the rows with {} {} zero are {} {} (name one, or say all of them)",
                                s.texts
                                    .iter()
                                    .find(|w| lx.has_kind(w, "sign:"))
                                    .map(|w| format!(" \"{w}\""))
                                    .unwrap_or_default(),
                                tb.columns[ci].name,
                                if sign == Sign::Inflow { "above" } else { "below" },
                                cat.name,
                                big.join(", ")
                            ),
                        );
                    }
                }
            }
        }
        let mut applied = false;
        for m in &mut measures {
            let is_signed = m.column.as_ref().is_some_and(|c| {
                table(desk, fact).columns.iter().any(|x| &x.name == c && x.role == Role::SignedAmount)
            });
            if is_signed && m.times.is_none() {
                m.sign = sign;
                applied = true;
                if gross && m.label.is_none() {
                    let name = m.column.as_deref().unwrap_or_default().replace('_', " ");
                    m.label = Some(format!("gross {name} (values above zero)"));
                }
            }
        }
        // (Rows, or things counted once each: "how many people got paid" counts people on that side.)
        let counting_rows = !measures.is_empty()
            && measures.iter().all(|m| {
                m.agg == Agg::Count && m.column.is_none()
                    || m.agg == Agg::CountDistinct && s.people.is_some() && m.sign == Sign::All
            });
        if !applied && counting_rows && (s.count_word || s.people.is_some()) && signed.len() == 1 {
            // "how many payments came in": the rows on that side of the signed amount.
            let c = &table(desk, fact).columns[signed[0]];
            sign_filter = Some(Filter {
                column: c.name.clone(),
                op: if sign == Sign::Outflow { FilterOp::Lt } else { FilterOp::Gt },
                values: vec![Value::Number(0.0)],
                part: None,
                since: None,
                unit: None,
                times: None,
                than: None,
            });
            applied = true;
        }
        if !applied && measures.iter().all(|m| m.column.is_none()) && signed.len() == 1 {
            measures.retain(|m| m.column.is_some());
            let mut m = Measure::new(Agg::Sum, Some(&table(desk, fact).columns[signed[0]].name));
            m.sign = sign;
            measures.push(m);
            applied = true;
        }
        // A side named of a figure made from a signed column some other way (a product row by row: qty x
        // price where returns are below zero) is not silently dropped.
        if !applied {
            // (A signed column, or in a product any factor with values below zero. A plain amount with a few
            // reversals below zero is the spending, net of them, as elsewhere.)
            let signed_part = |c: &Option<String>, product: bool| {
                c.as_ref().is_some_and(|c| {
                    desk.tables.iter().flat_map(|t| t.columns.iter()).any(|x| {
                        &x.name == c
                            && (x.role == Role::SignedAmount
                                || product && x.min.as_ref().and_then(|v| v.as_f64()).is_some_and(|v| v < 0.0))
                    })
                })
            };
            if measures.iter().any(|m| {
                let product = m.times.is_some();
                signed_part(&m.column, product) || signed_part(&m.times, product)
            }) {
                return decline(
                    &s,
                    desk,
                    format!(
                        "how {} applies to a figure made from a column holding both signs",
                        s.texts
                            .iter()
                            .find(|w| lx.has_kind(w, "sign:"))
                            .map(|w| format!("\"{w}\""))
                            .unwrap_or_else(|| "the side asked".into())
                    ),
                );
            }
        }
        if applied && gross {
            s.assumptions.push(
                "\"gross\" counts only the values of the signed amount above zero (before what is taken off)".into(),
            );
        } else if applied {
            s.assumptions.push(format!(
                "{} counts only the {} values of the signed amount, as positive numbers",
                if sign == Sign::Outflow { "spending" } else { "money in" },
                if sign == Sign::Outflow { "negative" } else { "positive" }
            ));
        }
    }
    // "what share of our income comes from full grooms" where no column holds money in and out: the income
    // is the money column (a word for one side of the money never falls back to counting rows).
    // (Rows named beside it, "our grooming income", with no word of counting, are whose income it is.)
    let only_rows = measures.iter().all(|m| m.agg == Agg::Count && m.column.is_none())
        && !s.count_word
        && !s.presence
        && s.groups_where.is_none()
        // (A word of counting, not the verb "count" of "tips don't count", which leaves out.)
        && !s.texts.iter().any(|t| lx.has(t, "agg:count") && !matches!(t.as_str(), "count" | "counted" | "counting"));
    if only_rows && matches!(s.sign, Some(Sign::Inflow | Sign::Outflow)) {
        let tb = table(desk, fact);
        let signed = tb.columns.iter().any(|c| c.role == Role::SignedAmount);
        if !signed {
            let word = s.texts.iter().find(|w| lx.has_kind(w, "sign:")).cloned().unwrap_or_default();
            let left: Vec<usize> = money_columns(desk, lx, fact)
                .into_iter()
                .filter(|i| !s.left_out_cols.contains(&ColId { table: fact, col: *i }))
                .collect();
            let c = match (money_column(desk, lx, fact), left.as_slice()) {
                (Some(c), _) if !s.left_out_cols.contains(&c) => c,
                (_, [i]) => ColId { table: fact, col: *i },
                _ => {
                    return decline(
                        &s,
                        desk,
                        format!("which amount \"{word}\" is: the table has no single money column"),
                    )
                }
            };
            let left_out: Vec<String> = s.left_out_cols.iter().map(|c| col(desk, *c).name.clone()).collect();
            s.assumptions.push(format!(
                "\"{word}\" read as the money of {}{}",
                col(desk, c).name,
                if left_out.is_empty() { String::new() } else { format!(" ({} left out)", left_out.join(" and ")) }
            ));
            measures.clear();
            measures.push(Measure::new(Agg::Sum, Some(&col(desk, c).name)));
        }
    }
    // "what did the till net", "our net, everything in minus everything out": net with nothing else measured is
    // the sum of the one signed amount (money in less money out), never a count of rows.
    if only_rows && s.texts.iter().any(|t| lx.has(t, "sign:net")) {
        let signed: Vec<&Column> = table(desk, fact).columns.iter().filter(|c| c.role == Role::SignedAmount).collect();
        if let [c] = signed.as_slice() {
            s.assumptions.push(format!("\"net\" read as the sum of {} (money in less money out)", c.name));
            measures.clear();
            measures.push(Measure::new(Agg::Sum, Some(&c.name)));
        } else {
            // (Never a count of rows for a net.)
            return decline(&s, desk, "what the net is of: no one column holds money in and out".into());
        }
    }
    // "how much" with no figure named: the money column.
    // (A rate or share asked for "overall" is of rows unless a figure is named.)
    let share_asked = s.ops.iter().any(|(o, _)| o == "share");
    if measures.is_empty()
        && (s.whole && !share_asked
            || s.ops.is_empty() && s.conds.iter().any(|c| c.currency) && !s.count_word
            || s.gross)
    {
        // "how much diesel did Frank put in": money, or the litres? With a column of an amount in a unit
        // of measure beside the money and nothing saying money, not guessed.
        let measured: Vec<&Column> = table(desk, fact)
            .columns
            .iter()
            .filter(|c| {
                matches!(c.role, Role::Amount | Role::SignedAmount)
                    && c.unit.as_deref().is_some_and(|u| {
                        !crate::semantics::is_currency(u) && crate::analyst::plan::seconds_in(u).is_none()
                    })
            })
            .collect();
        let money_said = s.sign.is_some()
            || s.gross
            || s.conds.iter().any(|c| c.currency)
            || s.texts.iter().any(|t| lx.has(t, "measure:*") || lx.has(t, "sign:out") || lx.has(t, "sign:in"));
        if let (Some(c), [q, ..], true, false) =
            (money_column(desk, lx, fact), measured.as_slice(), s.how_much, money_said)
        {
            return decline(
                &s,
                desk,
                format!(
                    "whether \"how much\" asks for the money ({}) or the amount in {} ({})",
                    col(desk, c).name,
                    q.unit.clone().unwrap_or_default(),
                    q.name
                ),
            );
        }
        if let Some(c) = money_column(desk, lx, fact) {
            let mut m = Measure::new(Agg::Sum, Some(&col(desk, c).name));
            if s.gross && col(desk, c).role == Role::SignedAmount {
                m.sign = Sign::Inflow;
                m.label = Some(format!("gross {} (values above zero)", col(desk, c).name.replace('_', " ")));
                s.assumptions.push(
                    "\"gross\" counts only the values of the signed amount above zero (before what is taken off)"
                        .into(),
                );
            }
            measures.push(m);
        }
    }
    // Conditions: their columns (a money amount without a column takes the money column).
    let mut filters: Vec<Filter> = sign_filter.into_iter().collect();
    // Conditions on a signed amount that did not say which side: (the filter's index, its words, the column).
    let mut unsure_sign: Vec<(usize, String, ColId)> = Vec::new();
    let mut duration_used: Vec<ColId> = Vec::new();
    if let Some((later, earlier, op, _, margin)) = s.date_after.clone() {
        if later.table != fact {
            return decline(&s, desk, format!("how {} relates to the rows asked about", col(desk, later).name));
        }
        let (l, e) = (col(desk, later).name.clone(), col(desk, earlier).name.clone());
        let word = if op == FilterOp::Gt { "after" } else { "before" };
        if let Some((cop, n, unit)) = margin {
            // "booked more than 30 days before the visit": the time from the booking to the visit above 30 days.
            let (to, from) = if op == FilterOp::Gt { (l.clone(), e.clone()) } else { (e.clone(), l.clone()) };
            filters.push(Filter {
                since: Some(from.clone()),
                unit: Some(unit.clone()),
                values: vec![Value::Number(n)],
                ..Filter::values_of(&to, cop)
            });
            s.assumptions.push(format!(
                "\"{word}\" with a size is the time from {from} to {to} on each row, {} {} {unit} (rows without both \
                 left out)",
                match cop {
                    FilterOp::Gt => "above",
                    FilterOp::Ge => "at least",
                    FilterOp::Lt => "below",
                    _ => "at most",
                },
                crate::tools::sql::thousands(n, 0)
            ));
        } else {
            filters.push(Filter::than(&l, op, &e));
            s.assumptions.push(format!(
                "\"{word}\" compares the two dates of each row: {l} {word} {e} (rows without both left out)"
            ));
        }
        // (A value spelled as one of the dates stays a value: "delivered jobs that went out late".)
    }
    // "sold below asking", "went for more than the asking price": one number column of the row against
    // another; the other is the one named before the comparison, else the one other column in the same unit.
    if let Some((op, right, at)) = s.col_cmp {
        let tb = table(desk, fact);
        let rc = col(desk, right);
        let named_before: Vec<ColId> = s
            .measures
            .iter()
            .filter(|m| m.pos < at)
            .filter_map(|m| match &m.kind {
                MKind::Col(cs) if cs.len() == 1 && cs[0] != right && cs[0].table == right.table => Some(cs[0]),
                _ => None,
            })
            .collect();
        // (Of the same kind: in the same unit, or sharing a word of its name, "sold_price" and "list_price".)
        let rw = crate::semantics::name_words(&rc.name);
        let same_unit: Vec<ColId> = tb
            .columns
            .iter()
            .enumerate()
            .filter(|(i, c)| {
                let shared = crate::semantics::name_words(&c.name).iter().any(|w| w.len() > 2 && rw.contains(w));
                *i != right.col
                    && c.is_numeric()
                    && c.role == rc.role
                    && (c.unit.is_some() && c.unit == rc.unit || shared)
            })
            .map(|(i, _)| ColId { table: fact, col: i })
            .collect();
        let left = match (named_before.as_slice(), same_unit.as_slice()) {
            ([one], _) => *one,
            ([], [one]) if right.table == fact => *one,
            _ => return decline(&s, desk, format!("what is compared with {} (name the other column)", rc.name)),
        };
        s.measures.retain(|m| !matches!(&m.kind, MKind::Col(cs) if cs == &vec![left]) || m.pos > at);
        let (l, r) = (col(desk, left).name.clone(), rc.name.clone());
        filters.push(Filter::than(&l, op, &r));
        s.assumptions.push(format!("the comparison is of two columns of each row: {l} {} {r}", op.symbol()));
    }
    for c in &s.conds {
        // "out for longer than a week" with no column holding a duration: the time between two date columns.
        let unit = s.cond_units.iter().find(|(j, _)| *j == c.end).map(|(_, u)| u.clone());
        let secs = unit.as_deref().and_then(crate::analyst::plan::seconds_in);
        let tb = table(desk, fact);
        let timed_cols =
            tb.columns.iter().filter(|x| x.unit.as_deref().and_then(crate::analyst::plan::seconds_in).is_some());
        // ("within 14 days of the enquiry": a time said "of" a date column is from that date, whatever other
        // column holds a time.)
        let of_a_date = s.texts.windows(3).any(|w| {
            crate::analyst::plan::seconds_in(&w[0]).is_some()
                && matches!(w[1].as_str(), "of" | "of the" | "of their" | "of its" | "after" | "after the" | "from the")
                && s.time_words.iter().any(|c| c.table == fact && name_said(desk, *c, &w[2]))
        });
        if c.col.is_none() && !c.currency && !c.percent && secs.is_some() && (timed_cols.count() == 0 || of_a_date) {
            let (later, earlier) = match duration_ends(&s, desk, fact) {
                Ok(x) => x,
                Err(why) => return decline(&s, desk, why),
            };
            duration_used.extend([later, earlier]);
            // ("in the final week, 7 days or fewer before the concert": the last week of the data, or the last
            // week before each row's own date? Asked, not guessed.)
            if let Some((p, _)) = s
                .periods
                .iter()
                .find(|(p, _)| matches!(p, PeriodExpr::Edge { last: true, grain: Grain::Week | Grain::Day }))
            {
                return decline(
                    &s,
                    desk,
                    format!(
                        "whether {} is the last of the data or the last before each row's {}",
                        period_words(p),
                        col(desk, later).name
                    ),
                );
            }
            let u = unit.clone().unwrap_or_default();
            let u = if u.ends_with('s') { u } else { format!("{u}s") };
            filters.push(Filter {
                column: col(desk, later).name.clone(),
                op: c.op,
                values: std::iter::once(c.a).chain(c.b).map(Value::Number).collect(),
                part: None,
                since: Some(col(desk, earlier).name.clone()),
                unit: Some(u.clone()),
                times: None,
                than: None,
            });
            s.assumptions.push(format!(
                "no column holds a duration, so \"{}\" is on the time from {} to {} on each row (rows without both \
                 left out)",
                c.words,
                col(desk, earlier).name,
                col(desk, later).name
            ));
            continue;
        }
        // "invoices over $5,000" where no column holds an invoice's amount but a quantity and a price do: the
        // condition is on their product, row by row.
        if c.col.is_none() && c.currency && money_column(desk, lx, fact).is_none() {
            if let Some((q, p)) = quantity_price(desk, lx, fact) {
                filters.push(Filter {
                    column: cname(desk, q, Some(fact)),
                    op: c.op,
                    values: std::iter::once(c.a).chain(c.b).map(Value::Number).collect(),
                    part: None,
                    since: None,
                    unit: None,
                    times: Some(cname(desk, p, Some(fact))),
                    than: None,
                });
                s.assumptions.push(format!(
                    "\"{}\" is on {} × {} of each row (no column holds the amount)",
                    c.words,
                    col(desk, q).name,
                    col(desk, p).name
                ));
                continue;
            }
        }
        let cid = match &c.col {
            Some(cs) => {
                let r = reach(desk, fact);
                let mut ok: Vec<ColId> = cs.iter().copied().filter(|x| r.contains(&x.table)).collect();
                // ("more than one item" of `product` or `qty`: a number is compared with a number.)
                let numbers: Vec<ColId> = ok
                    .iter()
                    .copied()
                    .filter(|x| {
                        let cc = col(desk, *x);
                        cc.is_numeric() && cc.role != Role::Identifier && cc.role != Role::Time
                    })
                    .collect();
                if ok.len() > 1 && numbers.len() == 1 {
                    ok = numbers;
                }
                // ("more than 225,000 kWh" of `energy_kwh`, `expected_kwh`, `curtailed_kwh`: the energy.)
                let one_unit = ok.iter().all(|x| col(desk, *x).unit == col(desk, ok[0]).unit);
                let itself = if ok.len() > 1 && one_unit { the_thing_itself(desk, lx, &ok) } else { None };
                // ("days above 25°C" beside a day's high and low: the high went above it; below, the low.)
                let itself = itself.or_else(|| {
                    high_or_low(desk, &ok, matches!(c.op, FilterOp::Gt | FilterOp::Ge))
                        .filter(|_| c.op != FilterOp::Between)
                });
                match (ok.as_slice(), itself) {
                    ([one], _) => *one,
                    (_, Some(one)) => {
                        s.assumptions.push(format!(
                            "\"{}\" read as a condition on {} (not {})",
                            c.words,
                            col(desk, one).name,
                            col_names(desk, &ok.iter().copied().filter(|x| *x != one).collect::<Vec<_>>()).join(" or ")
                        ));
                        one
                    }
                    _ => return decline(&s, desk, format!("which column \"{}\" applies to", c.words)),
                }
            }
            None => {
                // "claims over $5,000": the money column, or the one a word of the question names.
                let money = if c.currency {
                    money_column(desk, lx, fact).or_else(|| money_named(desk, lx, fact, &s.texts).map(|(c, _)| c))
                } else {
                    None
                };
                let only = measures.iter().filter_map(|m| m.column.clone()).collect::<Vec<_>>();
                // "under 50 minutes": the one column holding a duration.
                let timed = if let Some(u) = &unit {
                    // Or ("further than 5 km") the one column in the unit written.
                    let unit_of = lx.senses(u).iter().find_map(|x| x.strip_prefix("unitword:")).map(str::to_string);
                    let ds: Vec<usize> = (0..tb.columns.len())
                        .filter(|i| match (&unit_of, tb.columns[*i].unit.as_deref()) {
                            (Some(want), Some(have)) => want.eq_ignore_ascii_case(have),
                            (None, have) => {
                                matches!(have, Some("seconds" | "minutes" | "hours" | "days" | "weeks"))
                            }
                            _ => false,
                        })
                        .collect();
                    // ("25°C or more": the one column of temperatures, where none has the unit written.)
                    let degrees = matches!(unit_of.as_deref(), Some("°C" | "°F")) && ds.is_empty();
                    match (ds.as_slice(), degrees) {
                        ([one], _) => Some(ColId { table: fact, col: *one }),
                        ([a, b], _) if c.op != FilterOp::Between => high_or_low(
                            desk,
                            &[ColId { table: fact, col: *a }, ColId { table: fact, col: *b }],
                            matches!(c.op, FilterOp::Gt | FilterOp::Ge),
                        ),
                        (_, true) => match kind_columns(desk, lx, "temperature", Some(&[fact])).as_slice() {
                            [one] => Some(*one),
                            // (A day's high and low: above a heat, the high; below it, the low.)
                            two @ [_, _] => {
                                let high = matches!(c.op, FilterOp::Gt | FilterOp::Ge);
                                high_or_low(desk, two, high).filter(|_| c.op != FilterOp::Between)
                            }
                            _ => None,
                        },
                        _ => None,
                    }
                } else {
                    None
                };
                let money = money.or(timed);
                match (money, only.as_slice()) {
                    (Some(mc), _) => {
                        s.assumptions.push(format!("\"{}\" read as a condition on {}", c.words, col(desk, mc).name));
                        mc
                    }
                    (None, [one]) if !one.contains('.') => {
                        let ci = table(desk, fact).columns.iter().position(|x| &x.name == one);
                        match ci {
                            Some(ci) => ColId { table: fact, col: ci },
                            None => return decline(&s, desk, format!("which column \"{}\" applies to", c.words)),
                        }
                    }
                    _ => return decline(&s, desk, format!("which column \"{}\" applies to", c.words)),
                }
            }
        };
        let cc = col(desk, cid);
        // "less than 80% of their parcels": a percentage compared with a column of counts or amounts is
        // a ratio to something else, not understood here.
        if c.percent && cc.role != Role::Fraction && cc.unit.as_deref() != Some("%") {
            return decline(
                &s,
                desk,
                format!(
                    "\"{}\" is a percentage, but {} does not hold percentages: a percentage of what",
                    c.words, cc.name
                ),
            );
        }
        // "how many households used more than 9,000 kWh": the figure after the number is the condition's
        // column; what is counted with it (each household's total?) is not understood here.
        if s.count_word
            && s.measures.iter().any(|m| {
                m.pos == c.end + 1
                    && matches!(&m.kind, MKind::Col(cs) if cs.contains(&cid))
                    && m.agg != Some(Agg::Count)
            })
            && measures.iter().any(|m| m.column.as_deref() == Some(cc.name.as_str()) && m.agg == Agg::Sum)
        {
            return decline(
                &s,
                desk,
                format!("what is counted with \"{} {}\" (rows, or each one's total)", c.words, cc.name),
            );
        }
        // "under 50 minutes" on a column in hours: the number in the column's unit.
        let mut unit_scale = 1.0;
        if let Some((_, u)) = s.cond_units.iter().find(|(j, _)| *j == c.end) {
            let secs = crate::analyst::plan::seconds_in;
            let same_unit = lx
                .senses(u)
                .iter()
                .filter_map(|x| x.strip_prefix("unitword:"))
                .any(|w| cc.unit.as_deref().is_some_and(|have| have.eq_ignore_ascii_case(w)));
            // ("25°C or more" of `max_temp_c`: degrees of the scale the column's name says; of a name that says
            // none, the degrees as written.)
            let scale_of = |w: &str| match w {
                "c" | "celsius" | "centigrade" => Some("°C"),
                "f" | "fahrenheit" => Some("°F"),
                _ => None,
            };
            let asked = lx.senses(u).iter().filter_map(|x| x.strip_prefix("unitword:")).find(|w| w.starts_with('°'));
            let named = crate::semantics::name_words(&cc.name).last().and_then(|w| scale_of(w));
            let degrees_ok = asked.is_some() && cc.unit.is_none() && named.is_none_or(|n| Some(n) == asked);
            if degrees_ok && named.is_none() {
                s.assumptions.push(format!("{} is taken to be in {}", cc.name, asked.unwrap_or_default()));
            }
            match (secs(u), cc.unit.as_deref().and_then(secs)) {
                _ if same_unit || degrees_ok => {}
                (Some(a), Some(b)) => {
                    unit_scale = a / b;
                    if unit_scale != 1.0 {
                        s.assumptions.push(format!(
                            "\"{} {u}\" is compared in {}'s unit ({})",
                            c.words,
                            cc.name,
                            cc.unit.clone().unwrap_or_default()
                        ));
                    }
                }
                _ => {
                    return decline(
                        &s,
                        desk,
                        format!("what unit {} is in, to compare it with \"{} {u}\"", cc.name, c.words),
                    )
                }
            }
        }
        let scale = if c.percent && cc.role == Role::Fraction { 0.01 } else { unit_scale };
        let (mut op, mut a, mut b) = (c.op, c.a * scale, c.b.map(|b| b * scale));
        if cc.role == Role::SignedAmount && a >= 0.0 {
            // Money out is stored below zero: "spent more than $500" is an amount below -500.
            match s.sign {
                Some(Sign::Outflow) => {
                    op = match op {
                        FilterOp::Gt => FilterOp::Lt,
                        FilterOp::Ge => FilterOp::Le,
                        FilterOp::Lt => FilterOp::Gt,
                        FilterOp::Le => FilterOp::Ge,
                        o => o,
                    };
                    a = -a;
                    b = b.map(|x| -x);
                    if let (FilterOp::Between, Some(x)) = (op, b) {
                        (a, b) = (x, Some(a));
                    }
                    if matches!(op, FilterOp::Gt | FilterOp::Ge) {
                        // "less than $50 spent": between -50 and 0.
                        filters.push(Filter {
                            column: cname(desk, cid, Some(fact)),
                            op: FilterOp::Lt,
                            values: vec![Value::Number(0.0)],
                            part: None,
                            since: None,
                            unit: None,
                            times: None,
                            than: None,
                        });
                    }
                }
                Some(Sign::Inflow) => {
                    if matches!(op, FilterOp::Lt | FilterOp::Le) {
                        filters.push(Filter {
                            column: cname(desk, cid, Some(fact)),
                            op: FilterOp::Gt,
                            values: vec![Value::Number(0.0)],
                            part: None,
                            since: None,
                            unit: None,
                            times: None,
                            than: None,
                        });
                    }
                }
                _ => {
                    // Which side is settled below, once the values the question keeps are known: where every
                    // row kept is on one side ("dispatch lines over 200 units", "donations over $1,000").
                    unsure_sign.push((filters.len(), c.words.clone(), cid));
                }
            }
        }
        filters.push(Filter {
            column: cname(desk, cid, Some(fact)),
            op,
            values: std::iter::once(a).chain(b).map(Value::Number).collect(),
            part: None,
            since: None,
            unit: None,
            times: None,
            than: None,
        });
    }
    // "how many jobs took longer than two days to be ready": a word naming an end of the duration (the
    // date column `ready`) is that column, not the value of another column spelled the same ("Ready").
    s.duration_cols.extend(duration_used);
    if !s.duration_cols.is_empty() {
        let ends: Vec<String> = s.duration_cols.iter().map(|c| col(desk, *c).name.to_lowercase()).collect();
        s.values.retain(|v| {
            let w = v.words.to_lowercase();
            v.excluded
                || !ends.iter().any(|e| super::link::same_form(e, &w))
                || v.cands.iter().any(|(c, _)| s.duration_cols.contains(c))
        });
    }
    // Values: each on a column the table reaches; "from"/"to" pick between a pair of columns.
    let r = reach(desk, fact);
    let mut value_filters: Vec<(ColId, Vec<String>, bool)> = Vec::new();
    let mut value_pos: Vec<(ColId, String, String)> = Vec::new();
    let mut kept_last: Option<String> = None;
    // Values said to be kept in the figure ("net of refunds": the Refund rows).
    let mut kept_in: Vec<(ColId, String)> = Vec::new();
    // ... of which said "included" after them ("VAT included"), not netted ("after refunds and fees").
    let mut added_in: Vec<(ColId, String)> = Vec::new();
    for v in &s.values {
        // "after refunds", "including returns": those rows are in the figure, not the only ones; so are the
        // values listed after them ("after refunds, chargebacks and fees").
        let listed_after_kept = kept_last.is_some()
            && !v.between.is_empty()
            && v.between.iter().all(|w| matches!(w.as_str(), "," | "and" | "&" | "or" | "plus"));
        let two_before = match (
            v.pos.checked_sub(2).and_then(|i| s.texts.get(i)),
            v.pos.checked_sub(1).and_then(|i| s.texts.get(i)),
        ) {
            (Some(a), Some(b)) => format!("{a} {b}"),
            _ => String::new(),
        };
        let keeps =
            // ("counting cancelled ones and no-shows too": counted in, kept.)
            if matches!(
                v.before.as_str(),
                "after" | "including" | "incl" | "inclusive of" | "net of" | "with all" | "counting" | "counting in"
            ) {
                Some(v.before.clone())
            } else if matches!(
                two_before.as_str(),
                "net of"
                    | "inclusive of"
                    | "after all"
                    | "including all"
                    | "after any"
                    | "including any"
                    | "after the"
                    | "including the"
                    | "counting the"
            ) {
                Some(two_before)
            } else if listed_after_kept {
                kept_last.clone()
            } else {
                // "cancelled ones included", "refunds too": said after the value.
                // ("once returns are taken off", "with refunds deducted": netted out of the figure.)
                // (Also a value listed before another: "refunds and returned deposits are taken off".)
                let other_values: Vec<usize> = s.values.iter().map(|x| x.pos).collect();
                let after: Vec<&str> = (v.pos + 1..v.pos + 7)
                    .filter(|j| !other_values.contains(j))
                    .filter_map(|j| s.texts.get(j))
                    .map(String::as_str)
                    .collect();
                if let Some(w) = after
                    .iter()
                    .take_while(|w| {
                        matches!(
                            **w,
                            "are"
                                | "is"
                                | "were"
                                | "was"
                                | "been"
                                | "be"
                                | "have been"
                                | "all"
                                | "and"
                                | ","
                                | "or"
                                | "&"
                        ) || lx.has(w, "netted")
                    })
                    .find(|w| lx.has(w, "netted"))
                {
                    Some(w.to_string())
                } else {
                    after
                        .iter()
                        .take_while(|w| {
                            matches!(
                                **w,
                                "ones" | "one" | "jobs" | "rows" | "as well" | "too" | "included" | "included too"
                            )
                        })
                        .find(|w| matches!(**w, "included" | "included too" | "as well" | "too"))
                        .map(|w| w.to_string())
                }
            };
        kept_last = keeps.clone();
        // "made it to an interview", "reached the offer stage": that stage or any later one, and the
        // order of a column's values is not known here.
        let lead: Vec<&str> =
            (v.pos.saturating_sub(4)..v.pos).filter_map(|j| s.texts.get(j)).map(String::as_str).collect();
        let lead = format!(" {}", lead.join(" "));
        if [
            "made it to",
            "make it to",
            "makes it to",
            "got to",
            "get to",
            "reached",
            "reach",
            "progressed to",
            "advanced to",
            "as far as",
            "got as far as",
            "moved on to",
            "went on to",
        ]
        .iter()
        .any(|p| ["", " an", " the", " a"].iter().any(|a| lead.ends_with(&format!(" {p}{a}"))))
        {
            return decline(
                &s,
                desk,
                format!(
                    "whether reaching \"{}\" includes the stages after it (the order of the values is not known)",
                    v.words
                ),
            );
        }
        if amount_words.iter().any(|w| super::link::same_form(&v.words.to_lowercase(), w)) {
            s.assumptions.push(format!("\"{}\" read as the amount it names, not as a value to filter on", v.words));
            continue;
        }
        if let Some(w) = keeps {
            let said = if matches!(w.as_str(), "included" | "included too" | "as well" | "too") || lx.has(&w, "netted")
            {
                format!("{} {w}", v.words)
            } else {
                format!("{w} {}", v.words)
            };
            s.assumptions.push(format!("\"{said}\" keeps those rows in the figure; it does not filter on them"));
            if matches!(w.as_str(), "included" | "included too" | "as well" | "too") {
                added_in.extend(v.cands.iter().filter(|(c, _)| r.contains(&c.table)).cloned());
            }
            kept_in.extend(v.cands.iter().filter(|(c, _)| r.contains(&c.table)).cloned());
            s.kept.extend(v.cands.iter().map(|(_, val)| val.clone()));
            continue;
        }
        let mut ok: Vec<(ColId, String)> = v.cands.iter().filter(|(c, _)| r.contains(&c.table)).cloned().collect();
        let cols: Vec<ColId> = {
            let mut x: Vec<ColId> = ok.iter().map(|(c, _)| *c).collect();
            x.dedup();
            x
        };
        if cols.len() > 1 {
            // A pair of columns ("origin"/"destination"): the word before says which.
            let by_word: Vec<(ColId, String)> = ok
                .iter()
                .filter(|(c, _)| {
                    let ws = crate::semantics::name_words(&col(desk, *c).name);
                    ws.iter().any(|w| lx.same_kind(w, &v.before))
                })
                .cloned()
                .collect();
            // Prefer the column the question also names.
            let named: Vec<(ColId, String)> = ok
                .iter()
                .filter(|(c, _)| s.groups.iter().any(|(g, _)| matches!(g, GSlot::Col(cs) if cs.contains(c))))
                .cloned()
                .collect();
            // Two columns of one table where the value picks the same rows ("Online" as a city and as a
            // format of the same store): either reads the same.
            let same = cols.len() == 2 && cols[0].table == cols[1].table && {
                let va = ok.iter().find(|(c, _)| *c == cols[0]).map(|(_, v)| v.clone()).unwrap_or_default();
                let vb = ok.iter().find(|(c, _)| *c == cols[1]).map(|(_, v)| v.clone()).unwrap_or_default();
                lookup.same_rows(
                    &table(desk, cols[0].table).name,
                    (&col(desk, cols[0]).name, &va),
                    (&col(desk, cols[1]).name, &vb),
                )
            };
            // "to or from Dunmore": either column, which one figure of ANDed filters cannot say.
            let lead: Vec<&str> =
                (v.pos.saturating_sub(4)..v.pos).filter_map(|j| s.texts.get(j)).map(String::as_str).collect();
            let both_ends = lead.contains(&"to") && lead.contains(&"from") && lead.contains(&"or");
            if both_ends {
                let names: Vec<String> = cols.iter().map(|c| col(desk, *c).name.clone()).collect();
                return decline(
                    &s,
                    desk,
                    format!("rows with \"{}\" in either {} (one or the other)", v.words, names.join(" or ")),
                );
            }
            // A column of remarks ("note", "memo", "description") beside a column of kinds: the value is the
            // kind; a remark that happens to say it is not what rows are filed under.
            let remark = |c: &ColId| {
                crate::semantics::name_words(&col(desk, *c).name).iter().any(|w| lx.same_kind(w, "description"))
            };
            let filed: Vec<(ColId, String)> = ok.iter().filter(|(c, _)| !remark(c)).cloned().collect();
            if by_word.len() == 1 {
                ok = by_word;
            } else if named.len() == 1 {
                ok = named;
            } else if same {
                ok.truncate(1);
            } else if filed.len() == 1 && ok.len() == 2 {
                s.assumptions.push(format!(
                    "\"{}\" read as a value of {}, not of the remarks in {}",
                    v.words,
                    col(desk, filed[0].0).name,
                    ok.iter()
                        .filter(|(c, _)| remark(c))
                        .map(|(c, _)| col(desk, *c).name.clone())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
                ok = filed;
            } else {
                let names: Vec<String> = cols.iter().map(|c| col(desk, *c).name.clone()).collect();
                return decline(
                    &s,
                    desk,
                    format!("\"{}\" is a value of {}: say which one", v.words, names.join(" and of ")),
                );
            }
        }
        let Some((c, val)) = ok.first().cloned() else {
            return decline(&s, desk, format!("\"{}\" is not linked to table {}", v.words, table(desk, fact).name));
        };
        match value_filters.iter_mut().find(|(x, _, e)| *x == c && *e == v.excluded) {
            Some((_, vals, _)) => {
                if !vals.contains(&val) {
                    // Two values of one column with nothing joining them ("how many deaths were not
                    // riot-related", both values of type) are in two roles, not a list: together they
                    // would pick no row. The first, where it is the thing counted, names the rows;
                    // otherwise the question is ambiguous.
                    let (prev_before, prev_words) = value_pos
                        .iter()
                        .rev()
                        .find(|(x, _, _)| *x == c)
                        .map(|(_, b, w)| (b.clone(), w.clone()))
                        .unwrap_or_default();
                    let joined = v.between.iter().any(|t| {
                        matches!(
                            t.as_str(),
                            "or" | "and"
                                | ","
                                | "/"
                                | "&"
                                | "nor"
                                | "vs"
                                | "vs."
                                | "versus"
                                | "than"
                                | "to"
                                | "from"
                                | "between"
                                | "against"
                                | "compared"
                                | "compared to"
                                | "compared with"
                                | "plus"
                                | "and for"
                                | "or for"
                                | "and in"
                                | "as well as"
                                | "and also"
                                | "as a percentage of"
                                | "as a share of"
                                | "as a proportion of"
                                | "as a fraction of"
                        )
                    }) || s.as_of.is_some_and(|a| {
                        a < v.pos && s.values.iter().any(|u| u.pos < a && u.cands.iter().any(|(x, _)| *x == c))
                    });
                    if !joined {
                        let counted = matches!(
                            prev_before.as_str(),
                            "how many" | "many" | "number of" | "of" | "count of" | "count"
                        );
                        if counted && vals.len() == 1 {
                            s.assumptions.push(format!(
                                "\"{prev_words}\" read as the rows counted, since {} {:?} is named too",
                                col(desk, c).name,
                                val
                            ));
                            vals[0] = val;
                        } else {
                            return decline(
                                &s,
                                desk,
                                format!(
                                    "\"{prev_words}\" and \"{}\" are both values of {}, and nothing joins them: say which rows you mean",
                                    v.words,
                                    col(desk, c).name
                                ),
                            );
                        }
                    } else {
                        vals.push(val)
                    }
                }
            }
            None => {
                // A word of several values of one column ("croissants": "Butter Croissant", "Almond
                // Croissant"): all of them.
                let mut vals = vec![val];
                for (x, other) in &ok {
                    if *x == c && !vals.contains(other) {
                        vals.push(other.clone());
                    }
                }
                if vals.len() > 1 {
                    s.assumptions.push(format!(
                        "\"{}\" read as {} {}",
                        v.words,
                        col(desk, c).name,
                        vals.iter().map(|x| format!("{x:?}")).collect::<Vec<_>>().join(" or ")
                    ));
                }
                value_filters.push((c, vals, v.excluded))
            }
        }
        value_pos.push((c, v.before.clone(), v.words.clone()));
    }
    let periods_found: Vec<PeriodExpr> = s.periods.iter().map(|(p, _)| p.clone()).collect();
    dated_by_its_figure(&mut s, &measures, desk, fact, !periods_found.is_empty());
    finished_on_its_end_date(&mut s, desk, lx, fact, !periods_found.is_empty());
    let tcol = match s.time_col.filter(|c| c.table == fact) {
        Some(c) => Some(col(desk, c).clone()),
        None => table(desk, fact).time_columns().first().map(|c| (*c).clone()),
    };
    let span = tcol.as_ref().and_then(|c| {
        let f = |v: Option<String>, first: bool| {
            v.map(|x| {
                if x.len() == 4 {
                    if first {
                        format!("{x}-01-01")
                    } else {
                        format!("{x}-12-31")
                    }
                } else {
                    x.get(0..10).unwrap_or(&x).to_string()
                }
            })
        };
        Some(Span { first: f(c.min_text(), true)?, last: f(c.max_text(), false)? })
    });
    let resolve_p = |e: &PeriodExpr| -> Option<Period> { span.as_ref().and_then(|sp| periods::resolve(e, sp)) };
    // (Not where two years say which: "June to September ... from 2024 to 2025".)
    for p in periods_found.iter().filter(|_| months_in_two_years(&periods_found).is_none()) {
        let mut named_alone = Vec::new();
        collect_no_year(p, &mut named_alone);
        for e in named_alone {
            if let Some(Period { from: Some(u), .. }) = resolve_p(&e) {
                let label = crate::analyst::compile::bind::unit_range(&u).map(|(_, _, l)| l).unwrap_or(u);
                s.assumptions.push(format!("{} means {label}, the latest the data reaches", period_words(&e)));
            }
        }
    }
    if !periods_found.is_empty() && tcol.is_none() {
        return decline(
            &s,
            desk,
            format!("table {} has no date column, so no period can apply", table(desk, fact).name),
        );
    }

    // Groups.
    let mut groups: Vec<Group> = Vec::new();
    for (g, k) in &s.groups {
        match group_of(desk, g, fact) {
            Some(gr) => {
                if !groups.contains(&gr) {
                    groups.push(gr)
                }
            }
            // "the average number of goals per game" where each row is a game and nothing names one: per row.
            None if matches!(g, GSlot::Table(t) if *t == fact) && s_text_before_is(&s, *k, &["per", "a", "each"]) => {
                s.assumptions.push(format!(
                    "\"per {}\" read as each row of {}",
                    s.texts.get(*k).cloned().unwrap_or_default(),
                    table(desk, fact).name
                ));
            }
            None => return decline(&s, desk, "a grouping that table cannot reach".into()),
        }
    }
    let which = match &s.which {
        Some((g, _)) => match group_of(desk, g, fact) {
            Some(gr) => Some(gr),
            None => return decline(&s, desk, "what is asked for cannot be reached from that table".into()),
        },
        None => None,
    };
    // "Whose classes", "who sold the most": the answer is a column naming people.
    let which = if s.whose && which.as_ref().is_none_or(|g| !group_names_people(desk, lx, fact, g)) {
        let r = reach(desk, fact);
        let people: Vec<ColId> = r
            .iter()
            .flat_map(|&t| (0..table(desk, t).columns.len()).map(move |c| ColId { table: t, col: c }))
            .filter(|c| {
                let cc = col(desk, *c);
                cc.is_text() && names_people(lx, cc)
            })
            .collect();
        // Of the people who work and the people served, the verb says which: "who did the most lessons" is
        // the instructor, "who booked the most" the pupil.
        let served = |c: &ColId| {
            crate::semantics::name_words(&col(desk, *c).name)
                .iter()
                .any(|w| lx.has(w, "client") || lx.has(&crate::analyst::compile::words::singular(w), "client"))
        };
        let their_verb = s.texts.iter().find(|t| lx.has(t, "clientverb")).cloned();
        let side: Vec<ColId> = people.iter().copied().filter(|c| served(c) == their_verb.is_some()).collect();
        match (people.as_slice(), side.as_slice()) {
            ([one], _) => Some(Group::column(&cname(desk, *one, Some(fact)))),
            (_, [one]) => {
                s.assumptions.push(match &their_verb {
                    Some(v) => format!("\"who\" ... \"{v}\" read as {}, the people served", col(desk, *one).name),
                    None => format!("\"who\" read as {}, the people who do the work", col(desk, *one).name),
                });
                Some(Group::column(&cname(desk, *one, Some(fact))))
            }
            _ => return decline(&s, desk, "who is meant: no single column names people".into()),
        }
    } else {
        which
    };
    // "the average score in each term, and which term was highest": one ranking shows both.
    if let Some(w) = &which {
        groups.retain(|g| g != w);
    }
    // A value on a column that is also the group: "revenue in West vs East" compares those groups.
    // (Several values said, not one word naming a value and its kinds: "failed" is "failed" and
    // "Failed - refunded", one figure.)
    let said_apart =
        |c: &ColId| s.values.iter().filter(|v| !v.excluded && v.cands.iter().any(|(x, _)| x == c)).count() > 1;
    let compare_values = s.vs || value_filters.iter().any(|(c, v, e)| !e && v.len() > 1 && said_apart(c));

    // "which tariff has the higher average usage per bill" (a bill is a row of the table): the figure
    // of each row averaged, not a grouping by each row beside the one asked about.
    if groups.len() == s.groups.len() && which.is_some() {
        let row_noun = crate::analyst::compile::words::singular(&table(desk, fact).row_words());
        let per_row: Vec<usize> = s
            .groups
            .iter()
            .enumerate()
            .filter(|(_, (g, k))| {
                s_text_before_is(&s, *k, &["per"])
                    && match g {
                        GSlot::Table(t) => *t == fact,
                        GSlot::Col(cs) => {
                            cs.iter().any(|c| c.table == fact)
                                && s.texts
                                    .get(*k)
                                    .is_some_and(|w| crate::analyst::compile::words::singular(w) == row_noun)
                        }
                        _ => false,
                    }
            })
            .map(|(i, _)| i)
            .collect();
        if !per_row.is_empty() {
            for i in per_row.into_iter().rev() {
                groups.remove(i);
            }
            for m in &mut measures {
                m.each = None;
                if m.agg == Agg::Sum && m.column.is_some() {
                    m.agg = Agg::Avg;
                }
            }
        }
    }
    // --- The operation. ---
    let mut plan = Plan::new(Operation::Total);
    plan.table = Some(table(desk, fact).name.clone());
    let op_names: Vec<String> = s.ops.iter().map(|(o, _)| o.clone()).collect();
    let has = |o: &str| op_names.iter().any(|x| x == o);
    // "how many more trips did members make than casual riders", "how much warmer is C than D": a change
    // between two values of one column (the one after "than" is the base).
    let than = s.texts.iter().any(|t| t == "than");
    let change = has("change") || has("compare") || s.vs && periods_found.len() == 2;
    let than_change = than && (s.change_by == Some(ChangeBy::Amount) || s.comparative);
    // "the worst on-time record": a superlative that judges good or bad.
    let judging = s.superlative.is_some_and(|(_, p)| s.texts.get(p).is_some_and(|t| lx.has(t, "eval:judge")));
    let mut part_filters: Vec<Filter> = Vec::new();
    let mut scope_filters: Vec<Filter> = Vec::new();
    // "the cancellation rate for direct bookings": the value right before "rate" is the part.
    let rate_of: Option<String> = s
        .values
        .iter()
        .find(|v| {
            s.ops
                .iter()
                .any(|(o, p)| o == "share" && v.pos + 1 == *p && s.texts.get(*p).is_some_and(|t| t.starts_with("rate")))
        })
        .and_then(|v| v.cands.first().map(|(c, _)| cname(desk, *c, Some(fact))));
    // Columns whose value a word of condition brought in ("households with solar", "tickets that were
    // escalated"): with a percentage per group, that value is the part of each group's own rows.
    let conditioned: Vec<String> = s
        .values
        .iter()
        .filter(|v| {
            matches!(
                v.before.as_str(),
                "with" | "without" | "that" | "who" | "which" | "where" | "were" | "was" | "are" | "not" | "no"
            )
        })
        .filter_map(|v| v.cands.first().map(|(c, _)| cname(desk, *c, Some(fact))))
        .collect();
    // "What did the car wash take in total, after refunds": refunds netted out are of money, so a figure
    // of rows nobody asked to count is the money column's total.
    let refunds_netted = matches!(s.reversal, Some((Reversal::Net, _)))
        || s.kept.iter().any(|v| lx.has(&crate::semantics::fold(v), "reversal"));
    if refunds_netted
        && !s.count_word
        && s.people.is_none()
        && s.groups_where.is_none()
        && (measures.is_empty() && s.measures.is_empty()
            || measures.len() == 1 && measures[0].agg == Agg::Count && measures[0].column.is_none())
    {
        if let Some(c) = money_column(desk, lx, fact) {
            let name = col(desk, c).name.clone();
            measures = vec![Measure::new(Agg::Sum, Some(&name))];
            s.assumptions.push(format!("refunds netted out are money, so the figure is the total of {name}"));
        }
    }
    // "ticket sales net of refunds" where one column holds Sale and Refund: the rows kept in the figure join
    // the value filtered on, or there would be nothing to net.
    // (Not in a share of the rows where that value is the only one kept: "no-shows as a percentage of every
    // lesson, cancelled ones included" has the no-shows as the part and every lesson, cancelled too, as the
    // whole.)
    let share_of_one =
        s.ops.iter().any(|(o, _)| o == "share") && value_filters.iter().filter(|(_, _, e)| !*e).count() == 1;
    // ("how much did I pay HMRC, VAT included": rows kept in that no exclusion would leave out, not a filter's
    // column, are rows added beside another column's value; how they join is asked. Cancelled ones, refunds
    // and no-shows kept in only undo a leaving out.)
    let undoes = |v: &str| {
        let w = crate::semantics::fold(v);
        ["absence", "reversal", "noshow", "unpaid"]
            .iter()
            .any(|k| lx.has(&w, k) || lx.has(w.split(' ').next().unwrap_or(""), k))
    };
    if let Some((c, val)) = added_in.iter().find(|(c, v)| {
        !share_of_one
            && !undoes(v)
            && !value_filters.iter().any(|(x, _, e)| x == c && !*e)
            && value_filters.iter().any(|(x, _, e)| x != c && !*e)
    }) {
        return decline(&s, desk, format!("how \"{val}\" ({}) adds to the rows asked about", col(desk, *c).name));
    }
    for (c, val) in kept_in.iter().filter(|_| !share_of_one) {
        if let Some((_, vals, _)) = value_filters.iter_mut().find(|(x, _, e)| x == c && !*e) {
            if !vals.contains(val) {
                vals.push(val.clone());
                s.assumptions.push(format!("the {val} rows of {} are kept with the others", col(desk, *c).name));
            }
        }
    }
    for (at, words, cid) in unsure_sign {
        // The rows kept by the values named: all on one side of zero, the condition is on that side's size.
        let tb = table(desk, fact);
        let cc = col(desk, cid);
        let all_on_fact = value_filters.iter().all(|(c, _, _)| c.table == fact) && cid.table == fact;
        let signs = all_on_fact
            .then(|| kept_spellings(desk, fact, &value_filters))
            .and_then(|k| lookup.signs(&tb.name, &cc.name, &k));
        let f = &mut filters[at];
        match signs {
            Some((0, above)) if above > 0 && !value_filters.is_empty() => {
                s.assumptions.push(format!(
                    "\"{words}\": every row kept has {} above zero, so it is compared as it is",
                    cc.name
                ));
            }
            Some((below, 0)) if below > 0 && !value_filters.is_empty() => {
                // Money out is stored below zero: "over 200" is an amount below -200.
                f.op = match f.op {
                    FilterOp::Gt => FilterOp::Lt,
                    FilterOp::Ge => FilterOp::Le,
                    FilterOp::Lt => FilterOp::Gt,
                    FilterOp::Le => FilterOp::Ge,
                    o => o,
                };
                for v in &mut f.values {
                    if let Value::Number(x) = v {
                        *x = -*x;
                    }
                }
                if f.op == FilterOp::Between {
                    f.values.reverse();
                }
                s.assumptions.push(format!(
                    "\"{words}\": every row kept has {} below zero, so it is compared by its size",
                    cc.name
                ));
            }
            _ => {
                return decline(
                    &s,
                    desk,
                    format!(
                        "\"{words}\" on {}, which holds money in and out: say whether money in or money out is meant",
                        cc.name
                    ),
                );
            }
        }
    }
    // "no-shows" where the column writes a no-show two ways ("No-show", "DNA"): both, and said.
    for (c, vals, _) in value_filters.iter_mut() {
        if !vals.iter().any(|v| is_no_show(lx, v)) {
            continue;
        }
        let cc = col(desk, *c);
        let mut more: Vec<String> = Vec::new();
        for v in &cc.listed {
            let canon = cc.canonical(v);
            if is_no_show(lx, &canon) && !vals.contains(&canon) && !more.contains(&canon) {
                more.push(canon);
            }
        }
        if !more.is_empty() {
            s.assumptions.push(format!(
                "{} {} also say{} that the customer did not turn up: counted with {}",
                cc.name,
                more.iter().map(|v| format!("{v:?}")).collect::<Vec<_>>().join(" and "),
                if more.len() == 1 { "s" } else { "" },
                vals.join(" and ")
            ));
            vals.extend(more);
        }
    }
    for (c, vals, excl) in &value_filters {
        scope_filters.push(Filter {
            column: cname(desk, *c, Some(fact)),
            op: if *excl { FilterOp::NotIn } else { FilterOp::In },
            values: vals.iter().map(|v| Value::Text(v.clone())).collect(),
            part: None,
            since: None,
            unit: None,
            times: None,
            than: None,
        });
    }
    // "including postage": the money set aside on each row added to the row's money.
    for c in s.including.clone() {
        let name = cname(desk, c, Some(fact));
        let tb = table(desk, fact);
        let money: Vec<usize> = (0..measures.len())
            .filter(|&i| {
                let m = &measures[i];
                m.agg == Agg::Sum
                    && m.plus.is_none()
                    && m.times.is_none()
                    && m.column
                        .as_ref()
                        .is_some_and(|x| *x != name && tb.columns.iter().any(|cc| cc.name == *x && cc.in_currency()))
            })
            .collect();
        // (Or the money was taken to be the included part itself, "spend ... including postage": the money
        // of the way the question says, with the part added.)
        let alone = (0..measures.len())
            .filter(|&i| measures[i].column.as_deref() == Some(name.as_str()) && measures[i].plus.is_none())
            .collect::<Vec<_>>();
        let main = money_of_the_way_it_went(desk, lx, fact, &money_columns(desk, lx, fact), s.sign);
        let i = match (money.as_slice(), alone.as_slice(), main) {
            ([i], _, _) => *i,
            ([], [i], Some(mc)) if measures[*i].agg == Agg::Sum => {
                measures[*i].column = Some(tb.columns[mc].name.clone());
                *i
            }
            _ => return decline(&s, desk, format!("what {} is added to", col(desk, c).name)),
        };
        let m = &mut measures[i];
        s.assumptions.push(format!(
            "{name} added to {}, row by row (said to be included)",
            m.column.clone().unwrap_or_default()
        ));
        m.plus = Some(name);
    }
    // "most of our applicants" is a quantity of rows, never one row's size.
    let of_size = s.superlative.is_some_and(|(_, p)| {
        !s.texts.get(p).is_some_and(|w| matches!(w.as_str(), "most" | "least" | "fewest" | "more" | "less" | "fewer"))
    });
    if s.superlative.is_some()
        && of_size
        && (which.is_none() && groups.is_empty() || s.one_row)
        && s.top_n.is_none()
        && !change
        && (measures.len() == 1 && measures[0].column.is_none() && measures[0].agg == Agg::Count
            || measures.is_empty() && !value_filters.is_empty() && s.measures.is_empty())
        && s.superlative.is_some_and(|(_, p)| {
            // A word of size ("biggest", "largest"), not of a kind ("fastest" is about speed, "busiest" about
            // how many rows).
            s.texts.get(p).is_some_and(|w| lx.adjective(w).is_none_or(|a| a.target == "*"))
        })
        && !s.count_word
    {
        // "the biggest order": the largest amount of one row. ("The biggest single refund": of rows all below
        // zero, the largest by size.)
        let desc = s.superlative.map(|(d, _)| d).unwrap_or(true);
        if let Some(c) = money_column(desk, lx, fact).or_else(|| only_amount(desk, fact)) {
            let cc = col(desk, c);
            let mut m = Measure::new(if desc { Agg::Max } else { Agg::Min }, Some(&cc.name));
            if cc.role == Role::SignedAmount {
                let kept = kept_spellings(desk, fact, &value_filters);
                if let Some((below, 0)) = lookup.signs(&table(desk, fact).name, &cc.name, &kept) {
                    if below > 0 {
                        m.sign = Sign::Outflow;
                        s.assumptions.push(format!(
                            "every row kept has {} below zero, so the {} is by size",
                            cc.name,
                            if desc { "largest" } else { "smallest" }
                        ));
                    }
                }
            }
            if measures.is_empty() {
                measures.push(m);
            } else {
                measures[0] = m;
            }
        }
    }
    // "the hottest reading (in each house)": the extreme single value, not the average.
    if s.one_row && !change && measures.len() == 1 && measures[0].agg == Agg::Avg && measures[0].each.is_none() {
        if let Some((desc, _)) = s.superlative {
            measures[0].agg = if desc { Agg::Max } else { Agg::Min };
        }
    }
    // "how many more appointments in October than in January": a change in the number of rows.
    if measures.is_empty() && change && s.count_word {
        measures.push(Measure::rows());
    }
    // "which walker's walks grew the most": the table's own things, named and nothing measured of them, are
    // their number.
    if measures.is_empty() && change && s.measures.is_empty() && s.tables.contains(&fact) {
        measures.push(Measure::rows());
        s.assumptions
            .push(format!("\"{}\" grew or fell in number: its rows counted", table(desk, fact).name.replace('_', " ")));
    }
    if measures.is_empty() && change && money_column(desk, lx, fact).is_none() {
        // "how much more did dine-in take": with no money column, money is quantity × price.
        if let Some((qc, pc)) = quantity_price(desk, lx, fact) {
            let mut m = Measure::new(Agg::Sum, Some(&col(desk, qc).name));
            m.times = Some(cname(desk, pc, Some(fact)));
            measures.push(m);
            s.assumptions.push(format!(
                "no measure was named and there is no amount column, so this uses {} × {} row by row",
                col(desk, qc).name,
                col(desk, pc).name
            ));
        }
    }
    if measures.is_empty() && change {
        // "which product dropped the most": the amount, when the desk has one.
        if let Some(c) = money_column(desk, lx, fact).or_else(|| only_amount(desk, fact)) {
            let cc = col(desk, c);
            measures.push(Measure::new(if cc.role.is_averaged() { Agg::Avg } else { Agg::Sum }, Some(&cc.name)));
            s.assumptions.push(format!("no measure was named, so this uses {}", cc.name));
        }
    }
    if measures.is_empty()
        && s.measures.is_empty()
        && s.top_n.is_some()
        && !s.count_word
        && !change
        && !(has("common") || has("distribution") || has("share"))
        && (which.is_some() || !groups.is_empty())
    {
        // "our top 10 customers": with no figure named, ranked by the money column when there is one.
        if let Some(c) = money_column(desk, lx, fact) {
            let cc = col(desk, c);
            measures.push(Measure::new(Agg::Sum, Some(&cc.name)));
            s.assumptions.push(format!("no figure was named, so they are ranked by total {}", cc.name));
        }
    }
    // "the average bill by suburb": an average or a total asked for with no figure is of an amount.
    if measures.is_empty()
        && s.measures.is_empty()
        && !s.count_word
        && !(has("common") || has("distribution") || has("share"))
        && (!groups.is_empty() || which.is_some())
    {
        if let Some((w, agg)) = s.amount_word.clone() {
            // ("which district takes longest to close requests on average": the adjective names a figure,
            // a length of time, that was not found; never the one amount column in its place.)
            if let Some(a) = figure_adjective(&s, lx) {
                return decline(&s, desk, format!("what \"{a}\" ranks: no column of that figure was found"));
            }
            match money_column(desk, lx, fact).or_else(|| only_amount(desk, fact)) {
                Some(c) => {
                    let cc = col(desk, c);
                    measures.push(Measure::new(agg, Some(&cc.name)));
                    s.assumptions.push(format!("no figure was named, so \"{w}\" is of {}", cc.name));
                }
                None => return decline(&s, desk, format!("which amount \"{w}\" is of (no single money column)")),
            }
        }
    }
    if measures.is_empty() && !(has("common") || has("distribution")) {
        if s.count_word
            || s.superlative.is_some() && (which.is_some() || !groups.is_empty())
            || has("share")
            || !groups.is_empty()
            || which.is_some()
            || compare_values
        {
            measures.push(Measure::rows());
        } else if !scope_filters.is_empty() && s.measures.is_empty() && !has("trend") {
            // "how much ... approved", "the average motor claim": an amount is asked for, not a count.
            let amount_asked = s.amount_word.clone().or_else(|| s.how_much.then(|| ("how much".to_string(), Agg::Sum)));
            if let Some((w, agg)) = amount_asked {
                // A word of the question that names one money column ("approved" and approved_amount,
                // "claim" and claimed_amount): that amount; else the one money column.
                let tb = table(desk, fact);
                let named = money_words(desk, lx, fact, &s.texts);
                // Words that name the rows ("claims" of a claims table) give way to other words.
                let row = crate::analyst::compile::words::singular(&tb.row_words());
                let not_rows: Vec<(usize, String)> =
                    named.iter().filter(|(_, t)| crate::analyst::compile::words::singular(t) != row).cloned().collect();
                let named = if not_rows.len() == 1 { not_rows } else { named };
                let (c, why) = match named.as_slice() {
                    [(i, word)] => (ColId { table: fact, col: *i }, Some(word.clone())),
                    _ => match money_column(desk, lx, fact).or_else(|| only_amount(desk, fact)) {
                        Some(c) => (c, None),
                        None => {
                            return decline(&s, desk, format!("which amount \"{w}\" is of (no single money column)"))
                        }
                    },
                };
                let cc = col(desk, c);
                measures.push(Measure::new(agg, Some(&cc.name)));
                match why {
                    Some(word) => {
                        // The word names the amount, not a value: "approved" is not status Approved here.
                        let before = scope_filters.len();
                        scope_filters.retain(|f| {
                            !f.values.iter().any(
                                |v| matches!(v, Value::Text(x) if super::link::same_form(&x.to_lowercase(), &word)),
                            )
                        });
                        s.assumptions.push(format!(
                            "\"{word}\" read as the amount {}{}",
                            cc.name,
                            if scope_filters.len() < before { ", not as a value to filter on" } else { "" }
                        ));
                    }
                    None => s.assumptions.push(format!("no figure was named, so \"{w}\" is of {}", cc.name)),
                }
            } else {
                measures.push(Measure::rows());
                s.assumptions.push(format!(
                    "no figure was named, so the {} are counted",
                    crate::analyst::compile::words::plural(&table(desk, fact).row_words())
                ));
            }
        }
    }
    if has("correlation") {
        let cols: Vec<Measure> = measures.iter().filter(|m| m.column.is_some()).cloned().collect();
        if cols.len() != 2 {
            return decline(&s, desk, "a correlation needs two number columns".into());
        }
        if !groups.is_empty() || which.is_some() {
            return decline(&s, desk, "a correlation per group is not something I compute".into());
        }
        plan.operation = Operation::Correlation;
        plan.measures = cols
            .into_iter()
            .map(|mut m| {
                m.agg = Agg::Sum;
                m
            })
            .collect();
    } else if has("distribution") && measures.iter().any(|m| m.column.is_some()) {
        if !groups.is_empty() {
            return decline(&s, desk, "a distribution per group is not something I compute".into());
        }
        plan.operation = Operation::Distribution;
        plan.measures = measures.iter().filter(|m| m.column.is_some()).take(1).cloned().collect();
    } else if has("common") || (has("distribution") && (which.is_some() || !groups.is_empty())) {
        let target = which.clone().or_else(|| groups.first().cloned());
        match target {
            Some(Group { column: Some(c), .. }) => {
                plan.operation = Operation::MostCommon { column: c, n: s.top_n.map(|(n, _)| n) };
                groups.clear();
            }
            // "which day of the week do I work out on most often", "at what hour do most start": the part of
            // the date with the most rows.
            Some(g @ Group { time: Some(_), .. })
                if measures.iter().all(|m| m.agg == Agg::Count && m.column.is_none()) =>
            {
                measures = vec![Measure::rows()];
                groups = vec![g];
                plan.operation = Operation::Rank { order: Order::Desc, n: s.top_n.map(|(n, _)| n) };
            }
            _ => return decline(&s, desk, "which column's most common value is asked".into()),
        }
    } else if (change || than_change) && value_change_pair(&scope_filters, periods_found.len()).is_some() {
        // "from Term 1 to Term 3": two values of one column compared.
        let Some((i, from, to)) = value_change_pair(&scope_filters, periods_found.len()) else {
            return decline(&s, desk, "the two values to compare".into());
        };
        let (from, to) = if than { (to, from) } else { (from, to) };
        let column = scope_filters.remove(i).column;
        let direction = if which.is_some() || s.superlative.is_some() || s.top_n.is_some() {
            Some(match (s.dir, s.superlative) {
                (Some(Direction::Down), Some((false, _))) => Direction::Up,
                (Some(Direction::Down), _) => Direction::Down,
                (Some(Direction::Up), Some((false, _))) => Direction::Down,
                (Some(d), _) => d,
                (None, Some((true, _))) => Direction::Up,
                (None, _) => Direction::Either,
            })
        } else {
            None
        };
        if let Some(w) = which.clone() {
            groups.insert(0, w);
        }
        // "how much more did we take in deposits than we paid back in deposit returns": two values of a
        // signed amount whose rows lie on opposite sides are compared as sizes (each side's total as a
        // positive amount), whatever side a verb of the question named.
        if let [m] = measures.as_mut_slice() {
            let tb = table(desk, fact);
            let signed = m
                .column
                .as_deref()
                .and_then(|c| tb.columns.iter().find(|x| x.name == c && x.role == Role::SignedAmount));
            let vc = tb.columns.iter().find(|x| x.name == column);
            if let (Some(sc), Some(vc), Agg::Sum, None) = (signed, vc, m.agg, &m.times) {
                let mut side = |v: &str| {
                    let kept = vec![(vc.name.clone(), vc.spellings_of(v), false)];
                    lookup.signs(&tb.name, &sc.name, &kept)
                };
                if let (Some((a_below, a_above)), Some((b_below, b_above))) = (side(&from), side(&to)) {
                    let one_side = |below: u64, above: u64| (below == 0) != (above == 0);
                    if one_side(a_below, a_above) && one_side(b_below, b_above) && (a_below == 0) != (b_below == 0) {
                        m.sign = Sign::Size;
                        s.assumptions
                            .retain(|a| !a.starts_with("money in counts") && !a.starts_with("money out counts"));
                        s.assumptions.push(format!(
                            "{from:?} and {to:?} lie on opposite sides of {}: each is taken as a size (a positive amount)",
                            sc.name
                        ));
                    }
                }
            }
        }
        plan.operation =
            Operation::CompareValues { column, from, to, direction, by: s.change_by.unwrap_or(ChangeBy::Amount) };
    } else if (has("share")
        && (s.ops.iter().any(|(o, k)| o == "share" && s.texts.get(*k).is_some_and(|w| w.starts_with("rate")))
            || scope_filters.iter().any(|f| f.op == FilterOp::In && conditioned.contains(&f.column)))
        || judging && scope_filters.iter().any(|f| f.op == FilterOp::In && yes_no_col(desk, fact, &f.column)))
        && !change
        && (which.is_some() || !groups.is_empty())
        && scope_filters.iter().any(|f| f.op == FilterOp::In)
    {
        // A rate per group ("which department has the highest no-show rate", "the highest percentage of
        // households with solar"): each group's share of its own rows (or amount) held by the value named
        // (the one a word of condition brought in, when there is one).
        let Some(i) = scope_filters
            .iter()
            .rposition(|f| f.op == FilterOp::In && conditioned.contains(&f.column))
            .or_else(|| scope_filters.iter().rposition(|f| f.op == FilterOp::In))
        else {
            return decline(&s, desk, "the rate of what".into());
        };
        let part = scope_filters.remove(i);
        // "the better on-time rate, central or northgate": values of the grouping name the groups
        // compared, not the part of each group a rate counts.
        if which.iter().chain(groups.iter()).any(|g| g.column.as_deref() == Some(part.column.as_str())) {
            return decline(&s, desk, format!("the rate of what: {} names the groups compared", part.column));
        }
        let Some(m) = measures.first_mut() else { return decline(&s, desk, "the rate of what".into()) };
        if !matches!(m.agg, Agg::Count | Agg::CountDistinct | Agg::Sum) {
            return decline(&s, desk, "a rate of an average is not something I compute".into());
        }
        m.part = vec![part];
        measures.truncate(1);
        if which.is_some() || s.superlative.is_some() || s.top_n.is_some() {
            let key = which.clone().or_else(|| if groups.is_empty() { None } else { Some(groups.remove(0)) });
            if let Some(k) = key {
                groups.insert(0, k);
            }
            let desc =
                judged(s.top_n.map(|(_, d)| d).or(s.superlative.map(|(d, _)| d)).unwrap_or(true), &s, lx, &measures);
            plan.operation =
                Operation::Rank { order: if desc { Order::Desc } else { Order::Asc }, n: s.top_n.map(|(n, _)| n) };
        } else {
            plan.operation = Operation::Total;
        }
    } else if has("share")
        && !change
        && (!scope_filters.is_empty()
            || !filters.is_empty()
            || !groups.is_empty()
            || which.is_some()
            || measures.len() >= 2)
        && !measures.iter().any(|m| {
            m.column
                .as_ref()
                .is_some_and(|c| table(desk, fact).columns.iter().any(|x| &x.name == c && x.role == Role::Fraction))
        })
    {
        // The part: the kept values (the last column's, when several columns are named); the rest scope.
        if measures.len() >= 2 && scope_filters.iter().all(|f| f.op == FilterOp::NotIn) && groups.is_empty() {
            plan.operation = Operation::Share { part: Vec::new() };
        } else if !groups.is_empty() || which.is_some() {
            // "share of revenue by category (in the West)": each group's share of the whole in scope.
            plan.operation = Operation::Share { part: Vec::new() };
            if let Some(w) = which.clone() {
                groups.insert(0, w);
            }
        } else if !filters.is_empty()
            && groups.is_empty()
            && which.is_none()
            && s.conds
                .iter()
                .map(|c| c.pos)
                .chain(s.col_cmp.map(|x| x.2))
                .chain(s.date_after.as_ref().map(|x| x.3))
                .max()
                > s.values.iter().filter(|v| !v.excluded).map(|v| v.pos).max()
        {
            // "what percentage of Term 1 results were 70 or above": the last thing named is the part, out
            // of the rows that have a value to compare.
            part_filters.append(&mut filters);
            if let (Some(m), [f]) = (measures.first_mut(), part_filters.as_slice()) {
                if m.column.is_none() && m.agg == Agg::Count {
                    m.column = Some(f.column.clone());
                }
            }
            plan.operation = Operation::Share { part: part_filters.clone() };
        } else if let Some(i) = scope_filters
            .iter()
            .position(|f| f.op == FilterOp::In && rate_of.as_deref() == Some(f.column.as_str()))
            .or_else(|| scope_filters.iter().rposition(|f| f.op == FilterOp::In))
        {
            part_filters.push(scope_filters.remove(i));
            plan.operation = Operation::Share { part: part_filters.clone() };
        } else if !filters.is_empty() && groups.is_empty() && which.is_none() {
            // "what percentage of results were 70 or above": the condition is the part.
            part_filters.append(&mut filters);
            plan.operation = Operation::Share { part: part_filters.clone() };
        } else {
            return decline(&s, desk, "the share of what (a value, or a grouping)".into());
        }
        measures.truncate(if measures.len() >= 2 && part_filters.is_empty() { 2 } else { 1 });
        // "what percentage of our sales money came from online sales" on a signed ledger: a part whose rows are
        // all money in is a share of the money in (not of the net, where buying in would make it over 100%).
        if let ([m], [f]) = (measures.as_mut_slice(), part_filters.as_slice()) {
            let tb = table(desk, fact);
            let signed = m
                .column
                .as_deref()
                .and_then(|c| tb.columns.iter().find(|x| x.name == c && x.role == Role::SignedAmount));
            let part_col = tb.columns.iter().find(|x| x.name == f.column);
            if let (Some(sc), Some(pc), Sign::All, FilterOp::In, Agg::Sum) = (signed, part_col, m.sign, f.op, m.agg) {
                let spellings: Vec<String> = f.values.iter().flat_map(|v| pc.spellings_of(&v.text())).collect();
                let kept = vec![(pc.name.clone(), spellings, false)];
                if let Some((0, above)) = lookup.signs(&tb.name, &sc.name, &kept) {
                    if above > 0 {
                        m.sign = Sign::Inflow;
                        s.assumptions.push(format!(
                            "every row of the part has {} above zero, so the whole is the money in (values above zero)",
                            sc.name
                        ));
                    }
                }
            }
        }
    } else if change
        && (periods_found.len() >= 2
            || periods_found.len() == 1 && !matches!(periods_found[0], PeriodExpr::Span(..))
            || matches!(periods_found.first(), Some(PeriodExpr::Span(..)))
            || (which.is_some() || !groups.is_empty())
                && periods_found.is_empty()
                && (s.superlative.is_some() || s.dir.is_some()))
    {
        // Two periods compared (the later one second), per group when grouped.
        let each_year = months_in_two_years(&periods_found);
        let (a, b) = match (periods_found.as_slice(), each_year) {
            // "Looking at June to September only, ... from 2024 to 2025": those months of each year.
            (_, Some((x, y, m))) => {
                s.assumptions.push(format!("{} of each year is compared", period_words(&m)));
                (resolve_p(&x), resolve_p(&y))
            }
            ([PeriodExpr::Span(x, y)], _) => (resolve_p(x), resolve_p(y)),
            ([PeriodExpr::Since(x)], _) if matches!(**x, PeriodExpr::Edge { .. }) => {
                let g = x.grain().unwrap_or(Grain::Year);
                (resolve_p(x), resolve_p(&PeriodExpr::Edge { last: true, grain: g }))
            }
            ([x, y], _) => {
                let (x, y) = share_year_pair(x, y);
                (resolve_p(&x), resolve_p(&y))
            }
            ([x], _) => {
                let p = resolve_p(x);
                (p.as_ref().and_then(periods::previous), p)
            }
            ([], _) => {
                // "which region grew the most": from the data's first to its last year when both are whole
                // years, else from its first to its last month.
                let whole_years = span.as_ref().is_some_and(|sp| {
                    sp.last.get(0..4) != sp.first.get(0..4)
                        && sp.first.get(5..7) == Some("01")
                        && sp.last.get(5..7) == Some("12")
                        || tcol.as_ref().is_some_and(|c| c.stands_for.as_deref() == Some("year") || c.is_year_number())
                });
                let g = if whole_years { Grain::Year } else { Grain::Month };
                let g = s.per_grain.unwrap_or(g);
                s.assumptions.push(format!(
                    "no periods were named, so the first and last {} of the data are compared",
                    g.word()
                ));
                (
                    resolve_p(&PeriodExpr::Edge { last: false, grain: g }),
                    resolve_p(&PeriodExpr::Edge { last: true, grain: g }),
                )
            }
            _ => (None, None),
        };
        let (Some(a), Some(b)) = (a, b) else {
            return decline(&s, desk, "the two periods to compare".into());
        };
        // (Said without "in percent", "grew the most" is in the figure's own unit: the most pounds, bags, visits more.)
        // ("... and by what percent?": the percentage said anywhere.)
        let percent_said =
            s.texts.iter().any(|t| t.split_whitespace().any(|w| matches!(w, "percent" | "percentage" | "%")));
        let change_by = s.change_by.unwrap_or(if percent_said { ChangeBy::Percent } else { ChangeBy::Amount });
        let direction = if which.is_some() || s.superlative.is_some() || s.top_n.is_some() {
            Some(match (s.dir, s.superlative) {
                (Some(Direction::Down), Some((false, _))) => Direction::Up,
                (Some(Direction::Down), _) => Direction::Down,
                (Some(Direction::Up), Some((false, _))) => Direction::Down,
                (Some(d), _) => d,
                (None, Some((true, _))) => Direction::Up,
                (None, _) => Direction::Either,
            })
        } else if groups.is_empty() && s.dir == Some(Direction::Down) {
            // ("by what percentage did it fall short": the fall is asked, said as a size.)
            Some(Direction::Down)
        } else {
            None
        };
        if let Some(w) = which.clone() {
            groups.insert(0, w);
        }
        // The earlier period first, whatever order the question named them in.
        let (a, b) = match (
            a.from.as_deref().and_then(crate::analyst::compile::bind::unit_range),
            b.from.as_deref().and_then(crate::analyst::compile::bind::unit_range),
        ) {
            (Some(x), Some(y)) if y.0 < x.0 => (b, a),
            _ => (a, b),
        };
        plan.operation = Operation::Compare { from: a, to: b, direction, by: change_by };
    } else if (which.is_some() || s.top_n.is_some() || s.superlative.is_some() && !groups.is_empty())
        && !(compare_values && which.is_none())
    {
        let key = which.clone().or_else(|| if groups.is_empty() { None } else { Some(groups.remove(0)) });
        let Some(key) = key else {
            return decline(&s, desk, "what to rank (a column or a period)".into());
        };
        let desc = judged(s.top_n.map(|(_, d)| d).or(s.superlative.map(|(d, _)| d)).unwrap_or(true), &s, lx, &measures);
        if !groups.is_empty() {
            if std::env::var_os("DESK_TRACE_READER").is_some() {
                eprintln!("reader rank key {key:?} groups {groups:?}");
            }
            return decline(&s, desk, "a ranking within each group is not something I compute exactly".into());
        }
        groups.push(key);
        // "Of the days we open, which weekday sees the fewest households": the figure named right after the
        // superlative ranks; a count said before it only set the scope.
        if let (Some((_, sp)), true) = (s.superlative, measures.len() > 1) {
            let named: Vec<String> = s
                .measures
                .iter()
                .filter(|x| x.pos > sp && x.pos <= sp + 2)
                .filter_map(|x| match &x.kind {
                    MKind::Col(cs) if cs.len() == 1 => Some(cname(desk, cs[0], Some(fact))),
                    _ => None,
                })
                .collect();
            if let [one] = named.as_slice() {
                if measures.iter().filter(|m| m.column.as_deref() == Some(one.as_str())).count() == 1 {
                    measures.retain(|m| m.column.as_deref() == Some(one.as_str()));
                }
            }
        }

        plan.operation =
            Operation::Rank { order: if desc { Order::Desc } else { Order::Asc }, n: s.top_n.map(|(n, _)| n) };
    } else if has("trend")
        || change
        || s.per_grain.is_some()
            && groups.iter().all(|g| g.time.is_none())
            && !measures.iter().any(|m| {
                m.agg == Agg::Avg && s.measures.iter().any(|x| x.agg == Some(Agg::Avg))
                    || m.agg == Agg::Ratio && s.texts.iter().any(|t| lx.has(t, "agg:avg"))
            })
    {
        if tcol.is_none() {
            return decline(&s, desk, format!("table {} has no date column for a trend", table(desk, fact).name));
        }
        let g = s.per_grain.or(if s.ops.iter().any(|(o, k)| o == "change" && s_text_is(&s, *k, "yoy")) {
            Some(Grain::Year)
        } else {
            None
        });
        if let Some(g) = g {
            if !groups.iter().any(|x| x.time.is_some()) {
                groups.insert(0, Group::time(g));
            }
        }
        plan.operation = Operation::Trend;
    } else if let (Some(g), true) = (s.per_grain, measures.len() == 1) {
        // ("average cycles per machine per day": per two things at once, a figure of each machine's day; not
        // computed as one average here.)
        if let Some((_, k)) =
            s.groups.iter().find(|(x, k)| matches!(x, GSlot::Col(_)) && s_text_before_is(&s, *k, &["per"]))
        {
            let w = s.texts.get(*k).cloned().unwrap_or_default();
            return decline(&s, desk, format!("an average \"per {w} per {}\" (two units at once)", g.word()));
        }
        // "average monthly revenue": the monthly totals averaged. ("The average revenue per subscriber per
        // month": a ratio is already per unit; over the period's months together it is one ratio.)
        if let Some(m) = measures.first_mut().filter(|m| m.agg == Agg::Ratio) {
            s.assumptions.push(format!(
                "\"per {}\" read as the ratio over all the {}s of the period together",
                g.word(),
                g.word()
            ));
            let _ = m;
        } else if let Some(x) = measures
            .first()
            .filter(|m| m.agg == Agg::Avg && m.column.is_some() && g == Grain::Day)
            .and_then(|_| one_thing_a_day(&s, desk, fact, lookup))
        {
            // ("how many tubs did a van sell on average per day" where each row is one van on one day: a van's
            // day is one row, so the average is over the rows, not each day's total of every van averaged.)
            s.assumptions
                .push(format!("each row is one {x} on one day, so \"a {x} per day\" is the average over the rows"));
        } else if let Some(m) = measures.first_mut() {
            // ("average takings per day" where the money is each sale's price: each day's prices added up.)
            let money_word = s.measures.iter().any(|x| matches!(&x.kind, MKind::Kind(k) if k == "*"));
            m.agg = if m.agg == Agg::Avg {
                if m.column.is_some() && (!col_is_averaged(desk, fact, m.column.as_deref()) || money_word) {
                    Agg::Sum
                } else {
                    m.agg
                }
            } else {
                m.agg
            };
            m.each = Some(Group::time(g));
            m.with_rows_only = (s.days_open || a_row_a_day(&s, desk, lx, fact, m.column.as_deref())) && g == Grain::Day;
        }
        plan.operation = Operation::Total;
    } else {
        plan.operation = Operation::Total;
        if compare_values {
            // Side by side: grouped by the compared values' column.
            if let Some(f) = scope_filters.iter().find(|f| f.op == FilterOp::In && (f.values.len() > 1 || s.vs)) {
                let g = Group::column(&f.column);
                if !groups.contains(&g) {
                    groups.insert(0, g);
                }
            }
        }
    }
    // "average X per customer": each customer's X, averaged (an amount or a count per group); "average X
    // by customer" is a breakdown.
    let mut counted_each = false;
    if matches!(plan.operation, Operation::Total) && groups.len() == 1 {
        let avg_word = s.measures.iter().any(|m| m.agg == Some(Agg::Avg));
        let per = s.groups.first().is_some_and(|(g, k)| {
            // "on average, how many hours has each volunteer given": each one's total, averaged.
            matches!(g, GSlot::Table(_) | GSlot::Col(_))
                && (s_text_before_is(&s, *k, &["per"])
                    || s_text_before_is(&s, *k, &["each", "every"]) && s.texts.iter().any(|t| t == "on average")
                    // ("for the plots ..., what did each spend on average": each of them, as the subject.)
                    || s.texts.iter().any(|t| t == "each") && s.texts.iter().any(|t| t == "on average"))
        });
        // (A time between two dates on each row, "delay per vessel", is averaged within each group.)
        let additive = measures.first().is_some_and(|m| {
            m.since.is_none() && (m.column.is_none() || !col_is_averaged(desk, fact, m.column.as_deref()))
        });
        // ("lines on an order" of a table of order lines: its key of orders, `order_no`, repeats over rows.)
        let key_of_lines = match (s.groups.first(), groups.first()) {
            (Some((GSlot::Table(t), _)), Some(Group { column: Some(c), time: None })) if *t == fact => {
                let tb = table(desk, fact);
                tb.columns.iter().find(|x| x.name == *c && x.distinct < tb.rows as u64).map(|x| x.name.clone())
            }
            _ => None,
        };
        if let (Some(key), true, true) = (&key_of_lines, avg_word, per) {
            // (Every count of the rows: "how many lines ... voided lines" names them twice.)
            for m in measures.iter_mut().filter(|m| m.column.is_none() && m.agg == Agg::Count && m.each.is_none()) {
                m.each = Some(Group::column(key));
                counted_each = true;
            }
            if counted_each {
                groups.remove(0);
                s.assumptions.push(format!("each {key}'s rows counted, averaged over the {key} values"));
            }
        }
        let own_rows = match s.groups.first() {
            Some((GSlot::Table(t), _)) => *t == fact && key_of_lines.is_none(),
            // "per class" on a table of classes: each row, even where a column is called class.
            Some((GSlot::Col(cs), k)) => s.texts.get(*k).is_some_and(|w| {
                let row = crate::analyst::compile::words::singular(&table(desk, fact).row_words());
                cs.iter().any(|c| c.table == fact) && crate::analyst::compile::words::singular(w) == row
            }),
            _ => false,
        };
        if avg_word && per && additive && !own_rows && !counted_each {
            if let Some(m) = measures.first_mut() {
                if m.agg == Agg::Avg {
                    m.agg = Agg::Sum;
                }
                if m.column.is_none() {
                    m.agg = Agg::Count;
                }
                m.each = Some(groups.remove(0));
            }
        }
    }
    // "X per <row noun>" ("units per order" when the rows are orders, "turnout per class" on a table of
    // classes): the average per row.
    let names_rows = |g: &GSlot, k: usize| match g {
        GSlot::Table(t) => *t == fact,
        GSlot::Col(cs) => s.texts.get(k).is_some_and(|w| {
            cs.iter().any(|c| c.table == fact)
                && crate::analyst::compile::words::singular(w)
                    == crate::analyst::compile::words::singular(&table(desk, fact).row_words())
        }),
        _ => false,
    };
    if let Some((g, k)) = s.groups.first() {
        if names_rows(g, *k)
            && s_text_before_is(&s, *k, &["per"])
            && matches!(plan.operation, Operation::Total)
            && !counted_each
        {
            // Only the row noun's grouping goes; "... by store" stays.
            if groups.len() == s.groups.len() {
                groups.remove(0);
            } else {
                groups.clear();
            }
            for m in &mut measures {
                m.each = None;
                if m.agg == Agg::Sum {
                    m.agg = Agg::Avg;
                }
            }
        }
    }
    if measures.is_empty()
        && !matches!(plan.operation, Operation::MostCommon { .. } | Operation::Describe | Operation::Quality)
    {
        return decline(&s, desk, "which figure to compute (no number column or count was named)".into());
    }
    // "how many desserts did we sell", "the best selling item": what was sold is counted by its quantity.
    // ("how much more did we sell in October": how much, not how many, of what was sold is its money.)
    let sold_money = if s.sold && s.how_much && !s.count_word { money_column(desk, lx, fact) } else { None };
    if let Some(mc) = sold_money {
        let name = col(desk, mc).name.clone();
        let mut changed = false;
        for m in measures.iter_mut().filter(|m| m.agg == Agg::Count && m.column.is_none() && m.label.is_none()) {
            m.agg = Agg::Sum;
            m.column = Some(name.clone());
            changed = true;
        }
        if changed {
            s.assumptions.push(format!("\"how much\" of what was sold read as its money, {name}"));
        }
    } else if s.sold {
        if let Some(qc) = quantity_column(desk, lx, fact) {
            let name = col(desk, qc).name.clone();
            let mut changed = false;
            // "how many items did we sell" is a quantity; "how many different items" stays a distinct count.
            let different = s.texts.iter().any(|t| {
                matches!(t.as_str(), "different" | "distinct" | "unique" | "kinds" | "types" | "varieties" | "range")
            });
            for m in measures.iter_mut().filter(|m| {
                (m.agg == Agg::Count && m.column.is_none() || m.agg == Agg::CountDistinct && !different)
                    && m.label.is_none()
            }) {
                m.agg = Agg::Sum;
                m.column = Some(name.clone());
                changed = true;
            }
            if changed {
                s.assumptions.retain(|a| !a.contains("counted as different values of"));
                s.assumptions.push(format!("what was sold is counted by {name}, not by rows"));
            }
        } else if measures.iter().any(|m| m.agg == Agg::Count && m.column.is_none() && m.label.is_none()) {
            // No one quantity column: with other amounts beside the money (cases, boxes), what a row
            // holds of the things sold is not guessed.
            let money = money_columns(desk, lx, fact);
            let tb = table(desk, fact);
            let amounts: Vec<&str> = tb
                .columns
                .iter()
                .enumerate()
                // (A count of things is whole: a voucher of 41.40 holds no number of them.)
                .filter(|(i, c)| {
                    c.ty == crate::tables::ColumnType::Integer && c.role == Role::Amount && !money.contains(i)
                })
                .map(|(_, c)| c.name.as_str())
                .collect();
            if !amounts.is_empty() {
                return decline(
                    &s,
                    desk,
                    format!(
                        "how many of the things each row of {} holds (one each, or {})",
                        tb.name,
                        amounts.join(" or ")
                    ),
                );
            }
        }
    }
    // Pre-aggregated tables: a column named "count" is the number of rows each row stands for.
    // (Not where the rows themselves are named: "what share of all records", "what percentage of sightings"
    // on `bird_sightings` count the rows.)
    let rows_named = {
        let tw = crate::semantics::name_words(&table(desk, fact).name);
        // (The rows' own word, the name's last: "sightings", not "birds" of `bird_sightings`, which the count
        // column counts.)
        // (A word for the rows as such, "records", "entries"; "events" are what a `count` counts.)
        s.texts.iter().any(|t| {
            matches!(t.as_str(), "rows" | "records" | "entries" | "lines" | "observations")
                || tw.last().is_some_and(|w| w.len() > 3 && super::link::same_form(w, t) && t.ends_with('s'))
        }) || s.rows_said
    };
    for m in measures.iter_mut().filter(|_| !rows_named) {
        if m.agg == Agg::Count && m.column.is_none() {
            let tb = table(desk, fact);
            // (Whole numbers: a `Freq` of 14.074 is a radio frequency, not how many rows a row stands for.)
            if let Some(c) = tb.columns.iter().find(|c| {
                c.role == Role::Amount
                    && crate::semantics::is_count_name(&c.name)
                    && c.ty == crate::tables::ColumnType::Integer
            }) {
                m.agg = Agg::Sum;
                m.column = Some(c.name.clone());
                s.assumptions.push(format!("each row holds a count ({}), so the counts are added up", c.name));
            }
        }
    }
    // Periods: the scope (compare has its own).
    if !matches!(plan.operation, Operation::Compare { .. }) {
        match periods_found.as_slice() {
            [] => {}
            [p] => match resolve_p(p) {
                Some(p) => plan.period = Some(p),
                None => return decline(&s, desk, "the period".into()),
            },
            [_, _] if s.vs || has("compare") => {
                return decline(&s, desk, "two periods, but no figure to compare between them".into());
            }
            // "June and July together": two periods one right after the other, as one span.
            [a, b] if s.texts.iter().any(|t| matches!(t.as_str(), "together" | "combined" | "taken together")) => {
                match (resolve_p(a), resolve_p(b)) {
                    (Some(a), Some(b)) => match joined_periods(&a, &b).or_else(|| joined_periods(&b, &a)) {
                        Some(p) => plan.period = Some(p),
                        None => {
                            return decline(&s, desk, "two periods together that are not next to each other".into())
                        }
                    },
                    _ => return decline(&s, desk, "the period".into()),
                }
            }
            // "over summer 2024 (June to August)": months said right after a year, set off by punctuation, are
            // those months of that year.
            [PeriodExpr::Unit(y), b]
                if y.len() == 4
                    && s.periods.get(1).is_some_and(|(_, k)| *k > 0 && s.texts[*k - 1] == ",")
                    && months_of_year(b, y).is_some() =>
            {
                let within = months_of_year(b, y).unwrap_or_else(|| b.clone());
                match resolve_p(&within) {
                    Some(p) => {
                        s.assumptions.push(format!("the period is {} of {y}, as written", period_words(b)));
                        plan.period = Some(p);
                    }
                    None => return decline(&s, desk, "the period".into()),
                }
            }
            _ => return decline(&s, desk, "several periods without saying how they relate".into()),
        }
    } else if periods_found.len() > 2 {
        return decline(&s, desk, "more than two periods".into());
    }
    // The date column named for the grain: the grouping's and the period's dates.
    if let Some(tc) = s.time_col.filter(|c| c.table == fact) {
        let name = col(desk, tc).name.clone();
        for g in groups.iter_mut().filter(|g| g.time.is_some()) {
            g.column = Some(name.clone());
        }
        if let Some(p) = plan.period.as_mut() {
            p.column = Some(name.clone());
        }
        if let Operation::Compare { from, to, .. } = &mut plan.operation {
            from.column = Some(name.clone());
            to.column = Some(name);
        }
    }
    // "electricity usage": two words for one figure are one measure.
    plan.measures = first_of_each(measures, |a, b| a == b);
    day_figure_once_a_day(&mut plan, &mut s, desk, fact, lookup);
    // "how many different cars": different things named but only rows counted would answer another
    // question.
    let different = s.texts.iter().any(|t| matches!(t.as_str(), "different" | "distinct" | "unique" | "diffrent"));
    if different
        && !plan.measures.is_empty()
        && plan.measures.iter().all(|m| m.agg == Agg::Count && m.column.is_none())
        && matches!(plan.operation, Operation::Total)
    {
        return decline(&s, desk, "different what: no column of things to count once each was named".into());
    }
    // Two figures asked for are joined ("revenue and profit", "orders, revenue"); two figures named
    // with nothing joining them ("how many days did the route run every scheduled trip") relate in a
    // way not understood (a condition between columns), so neither alone is the answer.
    let mut columns: Vec<Option<String>> = plan.measures.iter().map(|m| m.column.clone()).collect();
    columns.dedup();
    if s.gap && plan.measures.len() == 2 && columns.len() == 2 && plan.group_by.is_empty() {
        if !matches!(plan.operation, Operation::Total | Operation::Trend | Operation::Share { .. }) {
            return decline(&s, desk, "two figures against each other, with more asked of them".into());
        }
        plan.operation = Operation::Gap;
        // (Like for like: the rows that have both figures; a quote with no invoice yet is not "below".)
        for m in &plan.measures {
            let Some(name) = &m.column else { continue };
            let empty = table(desk, fact).columns.iter().any(|c| c.name == *name && c.nulls > 0);
            if empty && !filters.iter().any(|f| f.column == *name && f.op == FilterOp::Present) {
                filters.push(Filter::emptiness(name, FilterOp::Present));
            }
        }
        s.assumptions.push(format!(
            "the gap between the two figures is asked: {} against {}",
            columns[0].clone().unwrap_or_default(),
            columns[1].clone().unwrap_or_default()
        ));
    }
    if plan.measures.len() >= 2 && columns.len() >= 2 && matches!(plan.operation, Operation::Total) {
        let mut pos: Vec<usize> = s.measures.iter().map(|m| m.pos).collect();
        pos.sort();
        pos.dedup();
        let joined = pos.windows(2).all(|w| {
            (w[0] + 1..w[1]).any(|j| {
                s.texts.get(j).is_some_and(|t| {
                    matches!(
                        t.as_str(),
                        "and"
                            | ","
                            | "&"
                            | "plus"
                            | "as well as"
                            | "along with"
                            | "together with"
                            | "vs"
                            | "versus"
                            | "with"
                    )
                })
            })
        });
        if !joined {
            let names: Vec<String> =
                plan.measures.iter().map(|m| m.column.clone().unwrap_or_else(|| "rows".into())).collect();
            return decline(&s, desk, format!("how {} relate in the question", names.join(" and ")));
        }
    }
    plan.filters = scope_filters.into_iter().chain(filters).collect();
    // Values asked to be empty: a figure of that same column has no values to work on, so the rows
    // are counted ("how many results have no score").
    for c in s.missing.clone() {
        let name = cname(desk, c, Some(fact));
        for m in plan.measures.iter_mut() {
            if m.column.as_deref() == Some(name.as_str()) {
                *m = Measure::rows();
            }
        }
        plan.measures.dedup();
        if !reach(desk, fact).contains(&c.table) {
            return decline(&s, desk, format!("how {} relates to {}", col(desk, c).name, table(desk, fact).name));
        }
        plan.filters.push(Filter::emptiness(&cname(desk, c, Some(fact)), FilterOp::Missing));
    }
    // "skip days they weren't counted": the figure's own empty rows are left out (and said).
    if !s.unrecorded.is_empty() {
        let figures: Vec<String> = plan.measures.iter().filter_map(|m| m.column.clone()).collect();
        let [name] = figures.as_slice() else {
            return decline(&s, desk, format!("which figure \"{}\" leaves out where it is empty", s.unrecorded[0]));
        };
        if !plan.filters.iter().any(|f| f.column == *name && f.op == FilterOp::Present) {
            plan.filters.push(Filter::emptiness(name, FilterOp::Present));
        }
    }
    for c in s.present.clone() {
        if !reach(desk, fact).contains(&c.table) {
            return decline(&s, desk, format!("how {} relates to {}", col(desk, c).name, table(desk, fact).name));
        }
        plan.filters.push(Filter::emptiness(&cname(desk, c, Some(fact)), FilterOp::Present));
    }
    // "still out", "still open": the rows begun and not ended, whose later date is empty (of the table's
    // date columns, the one with empty entries, when exactly one has them); "hires that came back": the rows
    // whose later date is there.
    for (said, op, how) in [(s.unfinished.clone(), FilterOp::Missing, "no"), (s.ended.clone(), FilterOp::Present, "a")]
    {
        let Some(w) = said else { continue };
        let tb = table(desk, fact);
        let open: Vec<&Column> = tb.time_columns().into_iter().filter(|c| !c.is_year_number() && c.nulls > 0).collect();
        let ([end], true) = (open.as_slice(), tb.time_columns().len() >= 2) else {
            return decline(
                &s,
                desk,
                format!("which rows are \"{w}\": no single end date column of {} has empty entries", tb.name),
            );
        };
        s.assumptions.push(format!("\"{w}\" read as the rows with {how} {}", end.name));
        plan.filters.push(Filter::emptiness(&end.name, op));
    }
    // "in the evenings": which hours that is differs from person to person; the hours said with it decide.
    if let Some(w) = s.daypart.as_ref().filter(|_| s.hours.is_empty()) {
        return decline(&s, desk, format!("which hours \"{w}\" means (say them, e.g. \"6pm or later\")"));
    }
    // Hours of the day and days of the week asked for: conditions on that part of the date column.
    if !s.hours.is_empty() || !s.days.is_empty() {
        let tb = table(desk, fact);
        let named = s.time_col.filter(|c| c.table == fact).map(|c| tb.columns[c.col].name.clone());
        let pick = |need_time: bool| -> Option<String> {
            if let Some(n) = &named {
                return Some(n.clone());
            }
            let mut cands: Vec<&Column> = tb
                .time_columns()
                .into_iter()
                .filter(|c| !c.is_year_number() && (!need_time || c.ty == crate::tables::ColumnType::Datetime))
                .collect();
            // (Or, for an hour with no date and time column, a column of times of day written as text: "9:30am".)
            if need_time && cands.is_empty() {
                cands = tb.columns.iter().filter(|c| c.is_clock()).collect();
                // (Of a start and a finish, the one the question's verb names: "picks started after 5pm".)
                let said: Vec<&Column> = cands
                    .iter()
                    .copied()
                    .filter(|c| {
                        crate::semantics::name_words(&c.name)
                            .iter()
                            .any(|w| s.texts.iter().any(|t| super::link::same_form(t, w)))
                    })
                    .collect();
                if said.len() == 1 {
                    cands = said;
                }
            }
            match cands.as_slice() {
                [one] => Some(one.name.clone()),
                // (Of a start and an end, the one every row has: a row that did not end, a no-show, still
                // started; its day or hour is of that date.)
                [_, _] => match cands.iter().filter(|c| c.nulls == 0).collect::<Vec<_>>().as_slice() {
                    [one] => Some(one.name.clone()),
                    _ => None,
                },
                _ => None,
            }
        };
        for (op, a, b) in s.hours.clone() {
            let Some(c) = pick(true) else {
                return decline(&s, desk, "which column holds the times of day (none, or more than one)".into());
            };
            plan.filters.push(Filter {
                column: c,
                op,
                values: std::iter::once(a).chain(b).map(Value::Number).collect(),
                part: Some(Grain::HourOfDay),
                since: None,
                unit: None,
                times: None,
                than: None,
            });
        }
        if !s.days.is_empty() {
            let Some(c) = pick(false) else {
                return decline(&s, desk, "which date column the days of the week are of".into());
            };
            let mut d = s.days.clone();
            d.sort();
            d.dedup();
            let (lo, hi) = (d[0], d[d.len() - 1]);
            if (hi - lo + 1) as usize != d.len() {
                return decline(&s, desk, "days of the week that are not next to each other".into());
            }
            plan.filters.push(Filter {
                column: c,
                op: FilterOp::Between,
                values: vec![Value::Number(lo as f64), Value::Number(hi as f64)],
                part: Some(Grain::DayOfWeek),
                since: None,
                unit: None,
                times: None,
                than: None,
            });
        }
        // "what share of the Canal Path's bikes come through at the weekend": the value written with a
        // possessive is whose figure; the days (or hours) are the part of it.
        // (So is the value said right after "share of", "percentage of": "what share of purchases are made at
        // the weekend" is of the purchases.)
        if let Operation::Share { part } = &mut plan.operation {
            let of_the_share = |pos: usize| {
                pos > 0
                    && s.texts.get(pos - 1).is_some_and(|w| w == "of")
                    && s.ops.iter().any(|(o, k)| o == "share" && *k < pos && pos - *k <= 3)
            };
            // (And a value in a clause saying which things the share is of: "of the tours that ran started
            // before noon".)
            let of_which = |pos: usize| {
                pos > 0
                    && s.texts.get(pos - 1).is_some_and(|w| matches!(w.as_str(), "that" | "which" | "who"))
                    && s.ops.iter().any(|(o, k)| o == "share" && *k < pos)
            };
            let whose = |f: &Filter| {
                s.values.iter().any(|v| {
                    (s.possessive_at.contains(&v.pos) || of_the_share(v.pos) || of_which(v.pos))
                        && v.cands.iter().any(|(c, _)| cname(desk, *c, Some(fact)) == f.column)
                })
            };
            let timed_any = plan.filters.iter().any(|f| f.part.is_some());
            if part.len() == 1 && part[0].part.is_none() && whose(&part[0]) && timed_any {
                let timed: Vec<Filter> = plan.filters.iter().filter(|f| f.part.is_some()).cloned().collect();
                plan.filters.retain(|f| f.part.is_none());
                plan.filters.append(part);
                *part = timed;
            }
        }
    }
    if !matches!(plan.operation, Operation::MostCommon { .. }) {
        plan.group_by = groups;
    }
    // "Which tailor brought in the most": a grouping by a key that a lookup table names (`tailor_id` of a
    // staff list with one name a row) shows the names, not the codes.
    let fact_name = table(desk, fact).name.clone();
    for g in plan.group_by.iter_mut() {
        let Some(cn) = g.column.clone().filter(|c| !c.contains('.')) else { continue };
        let Some(c) = table(desk, fact).columns.iter().find(|c| c.name == cn) else { continue };
        if c.role != Role::Identifier {
            continue;
        }
        // (A column of one text per row, never empty, named for names: `name`, and in the same table `title`.)
        let naming = |x: &Column, rows: u64, words: &[&str]| {
            crate::semantics::name_words(&x.name).iter().any(|w| words.contains(&w.as_str()))
                && !x.is_numeric()
                && x.nulls == 0
                && x.distinct == rows
        };
        // ("the longest book": a key of one row each, `book_id` beside a `title` of one row each, is shown by it.)
        let tb = table(desk, fact);
        if c.distinct == tb.rows as u64 {
            let own: Vec<&Column> =
                tb.columns.iter().filter(|x| x.name != cn && naming(x, tb.rows as u64, &["name", "title"])).collect();
            if let [n] = own.as_slice() {
                s.assumptions.push(format!("each {} shown by its {}", cn, n.name));
                g.column = Some(n.name.clone());
                continue;
            }
        }
        let Some(j) = desk.joins.iter().find(|j| j.from_table == fact_name && j.key == cn) else { continue };
        let Some(t2) = desk.tables.iter().find(|t| t.name == j.to_table) else { continue };
        let names: Vec<&Column> =
            t2.columns.iter().filter(|x| x.name != j.to_key && naming(x, t2.rows, &["name"])).collect();
        if let [n] = names.as_slice() {
            s.assumptions.push(format!("each {} shown by its {} from {}", cn, n.name, t2.name));
            g.column = Some(format!("{}.{}", t2.name, n.name));
        }
    }
    if plan.group_by.len() > 2 {
        return decline(&s, desk, "more than two groupings".into());
    }
    // "the strongest wind recorded": a superlative before a figure's own column, with nothing to rank, is the
    // extreme of that column (the largest single value; the smallest for a word of less).
    if let (Some((desc, at)), Operation::Total, true) = (s.superlative, &plan.operation, plan.group_by.is_empty()) {
        let cols: Vec<String> = plan.measures.iter().filter_map(|m| m.column.clone()).collect();
        let one = cols.first().filter(|c| cols.iter().all(|x| x == *c)).cloned();
        let named_next = one.as_ref().is_some_and(|c| {
            let ws = crate::semantics::name_words(c);
            s.texts.get(at + 1).is_some_and(|t| t.split(' ').any(|t| ws.iter().any(|w| super::link::same_form(w, t))))
        });
        let plain = plan
            .measures
            .iter()
            .all(|m| m.per.is_none() && m.part.is_empty() && m.since.is_none() && m.times.is_none());
        if let (Some(c), true, true) = (one, named_next, plain) {
            let numeric =
                table(desk, fact).columns.iter().any(|x| x.name == c && x.is_numeric() && x.role != Role::Identifier);
            if numeric {
                plan.measures = vec![Measure::new(if desc { Agg::Max } else { Agg::Min }, Some(&c))];
                // (Not averaged or added up any more.)
                let level = format!("{c} is a ");
                s.assumptions.retain(|a| !a.starts_with(&level));
                s.assumptions.push(format!(
                    "\"{} {}\" read as the {} single value of {c}",
                    s.texts[at],
                    s.texts[at + 1],
                    if desc { "largest" } else { "smallest" }
                ));
            }
        }
    }
    // A superlative asked for ("our best selling drink") must rank something or take an extreme; a plain
    // total would answer another question.
    if s.superlative.is_some()
        && matches!(plan.operation, Operation::Total)
        && plan.group_by.is_empty()
        && !plan.measures.iter().any(|m| matches!(m.agg, Agg::Max | Agg::Min))
    {
        let w = s.superlative.map(|(_, p)| s.texts.get(p).cloned().unwrap_or_default()).unwrap_or_default();
        if !finer_kind_ranked(&mut plan, &mut s, desk, lx, fact, lookup) {
            return decline(&s, desk, format!("what \"{w}\" ranks: no column of things to rank was named"));
        }
    }
    // "the conversion rate": a figure named right before "rate", with no definition of what it is a rate
    // of (conversions per click? per impression?), is not guessed.
    if let Some((_, p)) =
        s.ops.iter().find(|(o, p)| o == "share" && s.texts.get(*p).is_some_and(|t| t.starts_with("rate")))
    {
        let named_before =
            s.measures.iter().any(|m| m.pos + 1 == *p && matches!(m.kind, MKind::Col(_)) && m.per.is_none());
        if named_before && !plan.measures.iter().any(|m| m.agg == Agg::Ratio || !m.part.is_empty()) {
            return decline(&s, desk, format!("what \"{} {}\" is a rate of (per what)", s.texts[*p - 1], s.texts[*p]));
        }
    }
    // "how much more did we invoice than we quoted": a difference asked for must be computed as one; a plain
    // total of one side would answer another question.
    if than && s.change_by == Some(ChangeBy::Amount) && matches!(plan.operation, Operation::Total) {
        let after = s.texts.iter().position(|t| t == "than").map(|p| s.texts[p + 1..].join(" ")).unwrap_or_default();
        return decline(
            &s,
            desk,
            format!(
                "what \"than {}\" is compared with: no two periods, values or figures were found",
                after.trim_end_matches(['?', ' '])
            ),
        );
    }
    decided_among(&mut plan, &mut s, desk, lx, fact);
    // A part of an average, a median or an extreme is not a share of anything ("134% of the average hours
    // is for overtime"): only totals and counts split into parts.
    if let Operation::Share { part } = &plan.operation {
        if !part.is_empty()
            && plan.measures.iter().any(|m| matches!(m.agg, Agg::Avg | Agg::Median | Agg::Min | Agg::Max | Agg::Ratio))
        {
            return decline(&s, desk, "what the share is of: a part of an average or a rate is not a share".into());
        }
    }
    // "what percentage of takings came in from 6pm onwards", "what share of sales are at weekends": with
    // nothing else as the part, the hours or days said are.
    if s.ops.iter().any(|(o, _)| o == "share")
        && matches!(plan.operation, Operation::Total)
        && plan.group_by.is_empty()
        && plan.measures.len() == 1
        && plan.measures.iter().all(|m| matches!(m.agg, Agg::Sum | Agg::Count) && m.part.is_empty())
    {
        let (timed, rest): (Vec<Filter>, Vec<Filter>) =
            plan.filters.drain(..).partition(|f| matches!(f.part, Some(Grain::HourOfDay | Grain::DayOfWeek)));
        plan.filters = rest;
        if !timed.is_empty() {
            plan.operation = Operation::Share { part: timed };
        }
    }
    // A percentage asked for must be answered by one: a share, a ratio, a rate, or a fraction column.
    if s.ops.iter().any(|(o, _)| o == "share") {
        let fraction_col = |m: &Measure| {
            m.column
                .as_deref()
                .is_some_and(|c| table(desk, fact).columns.iter().any(|x| x.name == c && x.role == Role::Fraction))
        };
        let answered = matches!(
            plan.operation,
            Operation::Share { .. } | Operation::Compare { .. } | Operation::CompareValues { .. } | Operation::Trend
        ) || s.ops.iter().any(|(o, _)| o == "change")
            || plan.measures.iter().any(|m| m.agg == Agg::Ratio || !m.part.is_empty() || fraction_col(m));
        if !answered {
            let w = s.ops.iter().find(|(o, _)| o == "share").map(|(_, p)| s.texts.get(*p).cloned().unwrap_or_default());
            return decline(
                &s,
                desk,
                format!(
                    "what the {} is of: no part of the whole was named",
                    w.map(|w| w.trim_start_matches("what ").to_string()).unwrap_or_else(|| "percentage".into())
                ),
            );
        }
    }
    whole_of_each_day(&mut plan, &mut s, desk, fact);
    if let Some((op, a, b)) = s.groups_where {
        if plan.group_by.len() != 1 || !matches!(plan.operation, Operation::Total) {
            return decline(&s, desk, "a condition on how many rows each group has, together with more".into());
        }
        plan.operation = Operation::GroupsWhere { op, values: std::iter::once(a).chain(b).collect() };
    }
    if let Some(u) = s.show_in.clone() {
        // Shown in another unit of time: the figures of duration columns; anything else is not in time.
        let mut any = false;
        let secs = crate::analyst::plan::seconds_in;
        for m in &mut plan.measures {
            let Some(c) = m.column.as_deref().and_then(|c| table(desk, fact).columns.iter().find(|x| x.name == c))
            else {
                continue;
            };
            if m.times.is_some() || matches!(m.agg, Agg::Count | Agg::CountDistinct | Agg::Ratio) {
                continue;
            }
            if m.since.is_some() {
                // A duration between two dates: its unit is set where it was made.
                any = true;
                continue;
            }
            if c.unit.as_deref().and_then(secs).is_some() {
                m.unit = Some(u.clone());
                any = true;
            } else if crate::semantics::name_words(&c.name).iter().any(|w| secs(w).is_some() && secs(w) == secs(&u)) {
                // `duration_min` "in minutes": already in that unit.
                any = true;
            }
        }
        if !any {
            return decline(&s, desk, format!("which duration to show \"in {u}\" (no figure asked is a duration)"));
        }
    }
    // Words that change the figure must change it: an average asked for is an average, and an exclusion
    // leaves something out ("outside the US" with no value "US" in the data is not dropped silently).
    if let Some((w, _)) = s.amount_word.clone().filter(|(_, a)| *a == Agg::Avg) {
        let averaged = plan
            .measures
            .iter()
            .any(|m| matches!(m.agg, Agg::Avg | Agg::Median | Agg::Ratio) || m.each.is_some() || !m.part.is_empty());
        // "the average number of rides per day", "bikes on an average day": the figure per day, averaged over
        // the days (not a trend).
        // ("what did services take on average per day": "on average" of an amount taken per day is each day's
        // total, averaged; not the average row.)
        let on_average_of_an_amount = plan.measures.len() == 1
            && s.texts.iter().any(|t| t == "on average")
            && plan.measures[0].agg == Agg::Avg
            && plan.measures[0].since.is_none()
            && plan.measures[0].column.is_some()
            && !col_is_averaged(desk, fact, plan.measures[0].column.as_deref());
        if let (false, Operation::Trend, Some(g), [m]) =
            (averaged && !on_average_of_an_amount, &plan.operation, s.per_grain, plan.measures.as_mut_slice())
        {
            if on_average_of_an_amount {
                m.agg = Agg::Sum;
            }
            if matches!(m.agg, Agg::Count | Agg::Sum) && m.part.is_empty() {
                m.each = Some(Group::time(g));
                m.with_rows_only =
                    (s.days_open || a_row_a_day(&s, desk, lx, fact, m.column.as_deref())) && g == Grain::Day;
                plan.operation = Operation::Total;
                plan.group_by.retain(|x| x.time.is_none());
            }
        }
        let mut averaged = averaged || plan.measures.iter().any(|m| m.each.is_some());
        // "which type of property pays the most per job on average": "per job" grouped by the key each row
        // has to itself; the average over the rows is meant.
        let tb = table(desk, fact);
        let row_key = |g: &Group| g.time.is_none() && g.column.as_deref().is_some_and(|c| tb.is_row_key(c));
        if !averaged
            && !plan.measures.is_empty()
            && plan.measures.iter().all(|m| m.agg == Agg::Sum && m.part.is_empty())
        {
            if let Some(i) = plan.group_by.iter().position(row_key) {
                let g = plan.group_by.remove(i);
                for m in &mut plan.measures {
                    m.agg = Agg::Avg;
                }
                s.assumptions.push(format!(
                    "\"{w}\" with \"per\" one {} (each row its own): the average over the rows",
                    g.column.unwrap_or_default().replace('_', " ")
                ));
                averaged = true;
            }
        }
        // "which type pays the most ... on average": "most" says the order of the ranking, the average is
        // the figure (not the largest single one).
        if !averaged
            && matches!(plan.operation, Operation::Rank { .. })
            && !plan.measures.is_empty()
            && plan
                .measures
                .iter()
                .all(|m| matches!(m.agg, Agg::Max | Agg::Min) && m.column.is_some() && m.part.is_empty())
        {
            for m in &mut plan.measures {
                m.agg = Agg::Avg;
            }
            plan.group_by.retain(|g| !row_key(g));
            averaged = true;
        }
        if !averaged && !plan.measures.is_empty() {
            return decline(&s, desk, format!("what \"{w}\" is taken over (what was computed is not an average)"));
        }
    }
    if let Some(w) = s.excl_word.clone() {
        // (Or rows with a figure empty: "leave out jobs with no hours recorded" keeps those with them.)
        let left_out = plan.filters.iter().any(|f| matches!(f.op, FilterOp::NotIn | FilterOp::Gt | FilterOp::Lt))
            || plan.filters.iter().any(|f| f.op == FilterOp::Present)
            || plan.period.is_some()
            || plan.measures.iter().any(|m| m.sign != Sign::All)
            || s.reversal.as_ref().is_some_and(|(r, _)| *r == Reversal::Without);
        if !left_out {
            return decline(&s, desk, format!("what \"{w}\" leaves out (nothing after it was found in the data)"));
        }
    }
    // A distinct count of the very column grouped by is 1 in every group ("which station do the most trips
    // start from": "start" named the grouped column again): the rows are what is counted.
    let grouped: Vec<String> = plan.group_by.iter().filter_map(|g| g.column.clone()).collect();
    // (So is one of a column kept to one value: "how many riders were members" counts the rows.)
    let one_value: Vec<String> = plan
        .filters
        .iter()
        .filter(|f| f.op == FilterOp::In && f.values.len() == 1 && f.part.is_none())
        .map(|f| f.column.clone())
        .collect();
    for m in &mut plan.measures {
        if m.agg == Agg::CountDistinct
            && m.column.as_ref().is_some_and(|c| grouped.contains(c) || one_value.contains(c))
            && m.part.is_empty()
        {
            *m = Measure::rows();
        }
    }
    occasions_are_dates(&mut plan, &mut s, desk, lx, fact);
    things_by_their_key(&mut plan, &mut s, desk, fact);
    if let Err(why) = lines_of_things(&mut plan, &mut s, desk, lx, fact) {
        return decline(&s, desk, why);
    }
    // "how many more minutes of Olivia Dean did I play": a length of time asked for is never a count of rows.
    let time_asked = s.texts.windows(2).find(|w| {
        matches!(w[0].as_str(), "how many" | "how many more" | "how many fewer" | "how many less")
            && matches!(w[1].as_str(), "seconds" | "minutes" | "hours" | "mins" | "hrs")
    });
    if let Some(w) = time_asked {
        if plan.measures.iter().any(|m| m.agg == Agg::Count && m.column.is_none()) {
            return decline(&s, desk, format!("which length of time \"{}\" is of (what was found counts rows)", w[1]));
        }
    }
    // A column over itself says nothing ("what do we make per kilometre" read as km per km): what is
    // divided by what was not understood.
    if let Some(m) =
        plan.measures.iter().find(|m| m.agg == Agg::Ratio && m.per.is_some() && m.per == m.column && m.minus.is_none())
    {
        return decline(
            &s,
            desk,
            format!(
                "what is divided by {} (the figure named above it is the same column)",
                m.per.clone().unwrap_or_default()
            ),
        );
    }
    occasions_of_a_kind(&mut plan, &mut s, desk, lx, fact, lookup);
    things_counted_by_quantity(&mut plan, &mut s, desk, lx, fact);
    // Money of things that did not take place (a cancelled order's line total) was not sold, spent or
    // taken: asked with such a verb, a money figure leaves out those rows too, unless the question names a
    // value of that column. (Money billed or charged is what it says: a no-show fee was billed.)
    const TRADE: &[&str] = &[
        "pay",
        "paid",
        "pays",
        "sell",
        "sold",
        "sells",
        "selling",
        "spend",
        "spent",
        "spends",
        "bring in",
        "brought in",
        "brings in",
        // ("brings in the most money": "in the" read as one item.)
        "bring",
        "brings",
        "brought",
        "take",
        "took",
        "takes",
        "taken",
        "make",
        "made",
        "makes",
        "earn",
        "earned",
        "earns",
        "earning",
        "earner",
        "earners",
        "raise",
        "raised",
        "raises",
        "takings",
        "turnover",
        "income",
        "incomes",
        "earnings",
        "sales",
        "revenue",
        "revenues",
    ];
    let traded = s.texts.iter().any(|t| TRADE.contains(&t.as_str()));
    // ("how many hours did I spend shooting weddings": time spent is time of things that took place.)
    if s.texts.iter().any(|t| matches!(t.as_str(), "spend" | "spent" | "spends" | "spending")) {
        let tb = table(desk, fact);
        let of_time = plan.measures.iter().any(|m| {
            m.since.is_some()
                || m.column.as_deref().is_some_and(|c| {
                    tb.columns
                        .iter()
                        .any(|x| x.name == c && x.unit.as_deref().and_then(crate::analyst::plan::seconds_in).is_some())
                })
        });
        if of_time {
            s.presence = true;
        }
    }
    // ("How many stays were for more than seven nights": how long a thing lasted is of the things that took
    // place; a cancelled booking's dates are only its plan.)
    // (Not a time from when the row was written, "booked less than 24 hours before the session": a
    // cancelled booking was still booked then.)
    let tb = table(desk, fact);
    let own_span = |f: &Filter| {
        f.since.as_ref().is_some_and(|from| {
            ![from, &f.column].iter().any(|c| tb.columns.iter().any(|x| &x.name == *c && x.is_record_date()))
        })
    };
    if plan.filters.iter().any(own_span) {
        s.presence = true;
    }
    // (The table's money columns, by name: what a money measure is of.)
    let money: Vec<String> =
        money_columns(desk, lx, fact).into_iter().map(|i| table(desk, fact).columns[i].name.clone()).collect();
    let money_measured: Option<String> = if traded {
        let tb = table(desk, fact);
        plan.measures
            .iter()
            .find(|m| {
                m.agg != Agg::Count
                    && m.agg != Agg::CountDistinct
                    && (m.column.as_deref().is_some_and(|c| {
                        money.iter().any(|x| x == c) || tb.columns.iter().any(|x| x.name == c && x.in_currency())
                    }) || m.times.is_some())
            })
            .and_then(|m| m.column.clone())
    } else {
        None
    };
    // A yes/no column whose name says the row did not take place ("voided", "cancelled"): its yes rows are
    // not part of any figure unless the question names the column.
    if !matches!(plan.operation, Operation::Quality | Operation::Describe) {
        let tb = table(desk, fact);
        for c in tb.columns.iter().filter(|c| c.yes_no || c.role == Role::Flag) {
            let says_void = crate::semantics::name_words(&c.name).iter().any(|w| lx.has(w, "absence"));
            let named = s.named.iter().any(|(id, _)| col(desk, *id).name == c.name && id.table == fact)
                || plan.filters.iter().any(|f| f.column == c.name)
                || s.texts.iter().any(|t| super::link::same_form(t, &c.name));
            if says_void && !named {
                plan.filters.push(Filter::not_in(&c.name, &["yes"]));
                s.assumptions.push(format!("rows marked {} are left out (they did not take place)", c.name));
            }
        }
        // ... and rows whose number was written "VOID" (a weighbridge ticket voided: `net_kg` "VOID"), where
        // every empty entry of that column was ...
        for c in tb.columns.iter().filter(|c| c.void_when_empty) {
            let named = s.named.iter().any(|(id, _)| col(desk, *id).name == c.name && id.table == fact)
                || plan.filters.iter().any(|f| f.column == c.name);
            if !named {
                plan.filters.push(Filter::emptiness(&c.name, FilterOp::Present));
                s.assumptions.push(format!("the rows whose {} was written \"VOID\" are left out (void)", c.name));
            }
        }
        // ... and so are rows whose status is "Void": a voided entry is no entry (a cancelled one may still be
        // asked about, so only void is left out without being asked).
        for c in tb.columns.iter().filter(|c| c.role == Role::Category && !c.listed.is_empty()) {
            // (Also beside values of the column left out: "not counting cancelled orders" leaves the void
            // lines out too; values asked for decide alone.)
            if plan.filters.iter().any(|f| f.column == c.name && f.op != FilterOp::NotIn) {
                continue;
            }
            // (A yes/no column of voids already left out above is not left out twice.)
            if c.yes_no && plan.filters.iter().any(|f| f.column == c.name) {
                continue;
            }
            let left_out: Vec<String> = plan
                .filters
                .iter()
                .filter(|f| f.column == c.name)
                .flat_map(|f| f.values.iter().map(|v| crate::semantics::fold(&v.text())))
                .collect();
            let mut void: Vec<String> = Vec::new();
            for v in &c.listed {
                let f = crate::semantics::fold(v);
                let canon = c.canonical(v);
                // (Also a void with a reason after it: "Void - duplicate".)
                if super::link::says_void(&f)
                    && !void.contains(&canon)
                    && !left_out.contains(&crate::semantics::fold(&canon))
                {
                    void.push(canon);
                }
            }
            let said = s.values.iter().any(|v| {
                v.cands.iter().any(|(id, _)| col(desk, *id).name == c.name && id.table == fact)
                    && (!v.excluded || left_out.is_empty())
            });
            // (Where every value is void, the rows that are not are the blank ones.)
            if !void.is_empty()
                && !said
                && (void.len() < c.folded_values.unwrap_or(c.listed.len() as u64) as usize || c.nulls > 0)
            {
                s.assumptions.push(format!(
                    "the rows with {} {} are left out (void)",
                    c.words(),
                    void.iter().map(|v| format!("{v:?}")).collect::<Vec<_>>().join(" or ")
                ));
                plan.filters.push(Filter::not_in(&c.name, &void));
            }
        }
    }
    // A typical amount of money ("the average bill", "the median price per job") is of the things that took
    // place: a cancelled job's price was never paid, and a no-show's fee is no bill of the kind asked about.
    // (Not a ranking of single rows, "the single most expensive job": each row is its own figure.)
    let of_rows = plan.group_by.iter().any(|g| g.column.as_deref().is_some_and(|c| table(desk, fact).is_row_key(c)));
    // (Nor a booking's lead time, "how many days ahead do guests book": a booking later cancelled was made.)
    // ("how many days before the day of play do people book": the time before the thing, the same.)
    let duration = plan.measures.iter().any(|m| m.since.is_some());
    let lead_time = s.texts.iter().any(|t| t == "ahead" || t == "in advance" || t == "beforehand")
        || duration && s.texts.iter().any(|t| t == "before");
    // (Nor where the question says every row counts: "across all bookings", "over every job".)
    let rows_noun = crate::semantics::name_words(&table(desk, fact).name);
    let all_rows = s.texts.windows(2).any(|w| {
        matches!(w[0].as_str(), "all" | "across all" | "every" | "over all" | "of all" | "all the" | "across every")
            && rows_noun.last().is_some_and(|l| super::link::same_form(l, &w[1]))
    });
    // (Nor a figure said of people, "how many years have people been working": a level of whoever signed up,
    // as much theirs whether they came or not.)
    let typical = !s.presence
        && s.people.is_none()
        && !lead_time
        && !all_rows
        && !of_rows
        && money_measured.is_none()
        && !matches!(plan.operation, Operation::Quality | Operation::Describe)
        && plan.measures.len() == 1
        && plan.measures.iter().any(|m| {
            matches!(m.agg, Agg::Avg | Agg::Median)
                && m.per.is_none()
                && m.column.as_deref().is_some_and(|c| {
                    let tb = table(desk, fact);
                    let offered = crate::semantics::name_words(c).iter().any(|w| lx.has(w, "offer"));
                    // (Or a size of the thing, "the average thesis in pages", or the time it took. Not a level
                    // said of whoever it was for, "how old are our customers": a cancelled order's customer
                    // is one.)
                    let size = tb
                        .columns
                        .iter()
                        .any(|x| x.name == c && (x.role == Role::Amount && x.is_numeric() || m.since.is_some()));
                    !offered && (size || money_columns(desk, lx, fact).into_iter().any(|i| tb.columns[i].name == c))
                })
        });
    // (Things sold took place: "how many drinks did we sell" leaves out the failed sales.)
    if s.presence || s.sold || money_measured.is_some() || typical {
        let said = if typical {
            Said::Typical
        } else if s.presence || s.sold {
            Said::Presence
        } else {
            Said::Money
        };
        // (Money summed is money, whatever verb dated the rows: "what did the lessons bring in" keeps the
        // no-shows' charges.)
        let money_summed: Option<String> = money_measured.clone().or_else(|| {
            plan.measures
                .iter()
                .find(|m| m.agg == Agg::Sum && m.column.as_ref().is_some_and(|c| money.contains(c)))
                .and_then(|m| m.column.clone())
        });
        absences_left_out(&mut plan, &mut s, desk, lx, fact, said, money_summed.as_deref(), lookup);
    }
    if let Some(w) = s.people.clone() {
        // "how many people paid cash": a count of people; a figure named beside it (`amount_paid` from
        // "paid") would answer another question.
        if s.count_word && s.amount_word.is_none() && plan.measures.iter().any(|m| m.agg == Agg::Sum) {
            let named: Vec<String> = plan.measures.iter().filter_map(|m| m.column.clone()).collect();
            return decline(
                &s,
                desk,
                format!("how {} relates to counting \"{w}\" (a count of people was asked)", named.join(" and ")),
            );
        }
        if let Err(why) = people_counted(&mut plan, &mut s, desk, lx, fact, &w) {
            return decline(&s, desk, why);
        }
    }
    // "how many dirty nappies": the different values of a column kept to some of its own values number at most
    // those values; the things of those values are counted (its rows), as said.
    for m in plan.measures.iter_mut() {
        let Some(c) = m.column.clone().filter(|_| m.agg == Agg::CountDistinct) else { continue };
        if plan.filters.iter().any(|f| f.column == c && f.op == FilterOp::In) && plan.group_by.is_empty() {
            *m = Measure::new(Agg::Count, None);
            s.assumptions.push(format!("the rows with those {} values are counted", c.replace('_', " ")));
        }
    }
    if let Err(why) = reversals(&mut plan, &mut s, desk, lx, fact, lookup) {
        return decline(&s, desk, why);
    }
    if let Some(why) = named_but_unused(&plan, &s, desk, fact) {
        return decline(&s, desk, why);
    }
    // "on how many days did a base take more than $2,200": "a base" is each base on its own (the days of one
    // base), not the day's total over all of them; which is meant is asked, never the total taken for it.
    if matches!(plan.operation, Operation::GroupsWhere { .. }) && plan.group_by.iter().all(|g| g.time.is_some()) {
        let tb = table(desk, fact);
        let said: Option<String> = (1..s.texts.len()).find_map(|k| {
            let one = matches!(s.texts[k - 1].as_str(), "a" | "an" | "any" | "one" | "each");
            let w = &s.texts[k];
            let names_a_kind = tb.columns.iter().any(|c| {
                c.role == Role::Category
                    && crate::semantics::name_words(&c.name).last().is_some_and(|l| super::link::same_form(l, w))
                    && !plan.filters.iter().any(|f| f.column == c.name)
            });
            (one && names_a_kind).then(|| format!("{} {w}", s.texts[k - 1]))
        });
        if let Some(w) = said {
            return decline(
                &s,
                desk,
                format!("whether \"{w}\" counts each one on its own or all of them together on each day"),
            );
        }
    }
    // "what share of all the milk", "total monthly milk" on `milk_recordings`: a word of the table's name
    // before its rows' own word names what the rows record, not the rows; counting the rows would answer
    // another question (which amount is meant is asked).
    if !s.count_word
        && plan.measures.iter().all(|m| m.agg == Agg::Count && m.column.is_none())
        && !plan.measures.is_empty()
    {
        let tw = crate::semantics::name_words(&table(desk, fact).name);
        if let Some((last, modifiers)) = tw.split_last() {
            // (Not said with the rows' word after it: "van hires" are the rows of `van_hires`.)
            let said = s.texts.iter().enumerate().find_map(|(i, t)| {
                let with_rows = s.texts.get(i + 1).is_some_and(|n| super::link::same_form(last, n));
                // (Nor a word naming a column: "which tool gets hired the most" on `tool_hire` with `tool`.)
                let a_column = table(desk, fact)
                    .columns
                    .iter()
                    .any(|c| crate::semantics::name_words(&c.name).iter().any(|x| super::link::same_form(x, t)));
                (!t.ends_with('s') && !with_rows && !a_column && modifiers.iter().any(|w| w == t && w.len() > 2))
                    .then_some(t)
            });
            if let Some(w) = said {
                return decline(&s, desk, format!("which figure \"{w}\" is: the number of rows, or an amount of it"));
            }
        }
    }
    // "how many more plays": a count said of a column in a unit it is not (`ms_played` in ms) is not that
    // column's total; which is meant is asked.
    if s.count_word {
        for m in plan.measures.iter().filter(|m| m.agg == Agg::Sum) {
            let Some(c) = m.column.as_deref().and_then(|c| table(desk, fact).columns.iter().find(|x| x.name == c))
            else {
                continue;
            };
            let Some(u) = c.unit.as_deref().filter(|u| !crate::semantics::is_currency(u)) else { continue };
            let said: Vec<&str> = s
                .measures
                .iter()
                .filter(|x| matches!(&x.kind, MKind::Col(cs) if cs.iter().any(|id| col(desk, *id).name == c.name)))
                .map(|x| x.words.as_str())
                .collect();
            let names_unit = |w: &str| {
                w.eq_ignore_ascii_case(u)
                    || lx
                        .senses(w)
                        .iter()
                        .any(|x| x.strip_prefix("unitword:").is_some_and(|x| x.eq_ignore_ascii_case(u)))
                    || crate::analyst::plan::seconds_in(w).is_some()
                    || crate::semantics::name_words(&c.name).iter().any(|n| n == w)
            };
            // (Unless a word of the unit is said as well: "how many hours did agents spend handling".)
            // ("how many labour hours": the column's name said whole, its last word the unit.)
            let names_unit = |w: &str| {
                names_unit(w) || w.split_whitespace().last().is_some_and(|l| w.contains(' ') && names_unit(l))
            };
            let unit_said = s.measures.iter().any(|x| names_unit(&x.words));
            if let ([w], false) = (said.as_slice(), unit_said) {
                if !names_unit(w) {
                    return decline(
                        &s,
                        desk,
                        format!("what \"{w}\" counts: the rows, or the total of {} (in {u})", c.name),
                    );
                }
            }
        }
    }
    // "how many different clients paid me": a count of different things was asked; a plan that counts none
    // (a total of money, the rows) answers another question.
    let different_asked = s.texts.windows(2).any(|w| {
        matches!(w[0].as_str(), "how many" | "number of" | "count of" | "the number of")
            && matches!(w[1].as_str(), "different" | "distinct" | "unique")
    });
    if different_asked && !plan.measures.iter().any(|m| m.agg == Agg::CountDistinct) {
        let what = s
            .texts
            .iter()
            .position(|t| matches!(t.as_str(), "different" | "distinct" | "unique"))
            .and_then(|i| s.texts.get(i + 1))
            .cloned()
            .unwrap_or_default();
        return decline(&s, desk, format!("which column holds the different \"{what}\" to count"));
    }
    if let Some((c, why)) = s.counts_an_attribute.clone() {
        let grouped = plan.group_by.iter().any(|g| g.column.as_deref() == Some(c.as_str()));
        if !grouped
            && plan.measures.iter().any(|m| m.agg == Agg::CountDistinct && m.column.as_deref() == Some(c.as_str()))
        {
            return decline(&s, desk, why);
        }
    }
    // A grouping by the key of each row (every group one row: "which one has the fewest lessons" read as by
    // lesson id) never answers a question: declined, naming it.
    // (A count per row key is 1 for each; an extreme per order still answers "the largest single order".)
    let tb = table(desk, fact);
    // "the average fee per paid lesson" read as by `lesson_id`: an average for each row is the row itself;
    // "per lesson" there says what the average is over, the rows.
    if plan.operation == Operation::Total
        && !plan.measures.is_empty()
        && plan.measures.iter().all(|m| matches!(m.agg, Agg::Avg | Agg::Median))
        && plan.group_by.len() == 1
        && plan.group_by[0].column.as_deref().is_some_and(|c| tb.is_row_key(c))
    {
        let g = plan.group_by.remove(0);
        s.assumptions.push(format!(
            "\"per\" one {} (each row its own): the average over the rows",
            g.column.unwrap_or_default().replace('_', " ")
        ));
    }
    // "the average order value" on a table counting orders on each row (`orders` beside `revenue`): the money
    // per order, the sum of the money over the sum of the count (not the average count).
    if let [m] = plan.measures.as_mut_slice() {
        let counted = m.column.as_deref().and_then(|c| tb.columns.iter().find(|x| x.name == c)).filter(|c| {
            c.role == Role::Amount && c.ty == crate::tables::ColumnType::Integer && !c.in_currency() && c.unit.is_none()
        });
        let worth = counted.is_some_and(|c| {
            let ws = crate::semantics::name_words(&c.name);
            s.texts.windows(2).any(|w| {
                matches!(w[1].as_str(), "value" | "worth" | "spend")
                    && ws.last().is_some_and(|x| super::link::same_form(&w[0], x))
            })
        });
        if let (true, Agg::Avg, None, Some(money)) = (worth, m.agg, &m.per, money_column(desk, lx, fact)) {
            let per = m.column.take().unwrap_or_default();
            let money = col(desk, money).name.clone();
            s.assumptions.push(format!(
                "the average {} value is {money} per {per}: the sum of {money} over the sum of {per}",
                per.replace('_', " ")
            ));
            *m = Measure { agg: Agg::Ratio, column: Some(money), per: Some(per), ..Measure::rows() };
        }
    }
    let counting = plan.measures.iter().all(|m| matches!(m.agg, Agg::Count | Agg::CountDistinct));
    if let Some(c) = plan.group_by.iter().filter(|_| counting).filter_map(|g| g.column.as_deref()).find_map(|g| {
        tb.columns
            .iter()
            .find(|c| c.name == g && c.role == Role::Identifier && c.distinct * 10 >= tb.rows * 9 && tb.rows > 1)
    }) {
        return decline(&s, desk, format!("a figure for each {} (every row has its own)", c.name));
    }
    // "the longest ride" where the length was not found: an adjective of a figure (a length, a heat, a weight)
    // ranks that figure, never the number of rows in its place.
    let rows_only = !plan.measures.is_empty()
        && plan.measures.iter().all(|m| m.agg == Agg::Count && m.column.is_none() && m.part.is_empty())
        && !s.count_word
        && !s.texts.iter().any(|t| lx.has(t, "agg:count"));
    if rows_only && s.superlative.is_some() && !matches!(plan.operation, Operation::Share { .. }) {
        if let Some(w) = figure_adjective(&s, lx) {
            return decline(&s, desk, format!("what \"{w}\" ranks: no column of that figure was found"));
        }
    }
    // "Etsy fees as a percentage of Etsy sales": the figure over the values said before, as a percentage of
    // the same figure over the values said after; neither set of values filters the whole.
    if let Some(k) = s.as_of {
        let own = |left: bool| -> Vec<Filter> {
            s.values
                .iter()
                .filter(|v| !v.excluded && (v.pos < k) == left && v.cands.first().is_some_and(|(c, _)| c.table == fact))
                .map(|v| {
                    let vals: Vec<&str> = v.cands.iter().map(|(_, x)| x.as_str()).collect();
                    Filter::is_in(&cname(desk, v.cands[0].0, Some(fact)), &vals)
                })
                .collect()
        };
        let (part, whole) = (own(true), own(false));
        // (The two values' column grouped, "Etsy Fees" beside "Etsy Sales", is no grouping asked.)
        plan.group_by
            .retain(|g| !g.column.as_ref().is_some_and(|c| part.iter().chain(whole.iter()).any(|f| f.column == *c)));
        if part.is_empty() || whole.is_empty() || !plan.group_by.is_empty() {
            return decline(&s, desk, "what is taken as a percentage of what (a value before, a value after)".into());
        }
        let said = |f: &Filter| {
            part.iter()
                .chain(whole.iter())
                .any(|o| o.column == f.column && o.values.iter().any(|v| f.values.contains(v)) && f.op == FilterOp::In)
        };
        plan.filters.retain(|f| !said(f));
        let base = match plan.measures.as_slice() {
            [m] if m.column.is_some() && m.part.is_empty() => Some(Measure { part: Vec::new(), ..m.clone() }),
            _ => money_column(desk, lx, fact).map(|c| Measure::new(Agg::Sum, Some(&col(desk, c).name))),
        };
        let Some(base) = base else {
            return decline(&s, desk, "which figure is taken as a percentage (no money column)".into());
        };
        // (Each side's own money, in or out, as a size: "postage cost us" beside "honey sales".)
        let base = Measure { sign: Sign::All, ..base };
        plan.measures = vec![Measure { only: part, ..base.clone() }, Measure { only: whole, ..base }];
        plan.operation = Operation::Share { part: Vec::new() };
        s.assumptions.push("the first figure as a percentage of the second, each over its own rows".into());
    }
    // "rescues per 1,000 visitors": the ratio read, per that many.
    if let Some(n) = s.per_many {
        match plan.measures.iter_mut().find(|m| m.agg == Agg::Ratio) {
            Some(m) => m.per_many = Some(n),
            None => {
                return decline(
                    &s,
                    desk,
                    format!(
                        "what the figure per {} is of (no ratio of two columns was read)",
                        crate::tools::sql::thousands(n, 0)
                    ),
                )
            }
        }
    }
    if let Err(why) = weekend_against_weekdays(&mut plan, &mut s) {
        return decline(&s, desk, why);
    }
    // (A condition said twice, "within 14 days of the enquiry (14 days or fewer)", is one condition.)
    plan.filters = first_of_each(std::mem::take(&mut plan.filters), |a, b| a == b);
    if let Err(why) = paid_or_owed(&mut plan, &mut s, desk, lx, fact) {
        return decline(&s, desk, why);
    }
    if let Some(why) = currency_not_held(&plan, &s, desk, fact) {
        return decline(&s, desk, why);
    }
    // ("going by the series in my title list, how much did the Fenwick Mysteries earn": a column named beside one
    // value of it, asked for a total, is the column the value is of, not a breakdown into that one group.)
    if plan.operation == Operation::Total && plan.group_by.len() == 1 {
        let one_value =
            |c: &str| plan.filters.iter().any(|f| f.column == c && f.op == FilterOp::In && f.values.len() == 1);
        if plan.group_by[0].column.as_deref().is_some_and(one_value) {
            plan.group_by.clear();
        }
    }
    if let Some(w) = s.money_rows.clone() {
        let Some(money) = money_column(desk, lx, fact) else {
            return decline(&s, desk, format!("which rows \"{w}\" means (no money column to tell them by)"));
        };
        let name = col(desk, money).name.clone();
        plan.filters.push(Filter { values: vec![Value::Number(0.0)], ..Filter::values_of(&name, FilterOp::Gt) });
        s.assumptions.push(format!("\"{w}\" read as the rows with {name} above 0"));
    }
    // A plan the compiler cannot run is declined here, in the reader's words of what it understood.
    match crate::analyst::compile::bind(&plan, desk) {
        Err(e) => return decline(&s, desk, e.0),
        Ok(b) => {
            if let Some(why) = kin_left_out(&b) {
                return decline(&s, desk, why);
            }
        }
    }
    let mut assumptions: Vec<String> = Vec::new();
    for a in s.assumptions {
        if !assumptions.contains(&a) {
            assumptions.push(a);
        }
    }
    Reading::Plan { plan: Box::new(plan), assumptions }
}

/// A column the question named by a word of its own that the plan does not use: the word would be
/// dropped without a trace ("the claims that have been reviewed": `reviewed_at`), so the question is
/// declined, naming it. Keys (a word for the things the rows are) and the date column a period or a time
/// grouping is on are used implicitly.
fn named_but_unused(plan: &Plan, s: &Slots, desk: &Desk, fact: usize) -> Option<String> {
    fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(x) => out.push(x.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, out)),
            _ => {}
        }
    }
    let mut used = Vec::new();
    strings(&serde_json::to_value(plan).ok()?, &mut used);
    let timed = plan.period.is_some()
        || plan.group_by.iter().any(|g| g.time.is_some())
        || plan.filters.iter().any(|f| f.part.is_some())
        || matches!(plan.operation, Operation::Trend | Operation::Compare { .. });
    let fact_name = &table(desk, fact).name;
    for (ids, words) in &s.named_any {
        let any_used = ids.iter().any(|id| {
            let c = col(desk, *id);
            let qualified = format!("{}.{}", table(desk, id.table).name, c.name);
            s.instances.contains(id) || used.iter().any(|u| *u == c.name || *u == qualified)
        });
        if !any_used {
            let names: Vec<String> = ids.iter().map(|id| col(desk, *id).name.clone()).collect();
            return Some(format!("how \"{words}\" ({}) bears on the question", names.join(" or ")));
        }
    }
    for (id, words) in &s.named {
        // ("came to a class": one instance of it, used by being said.)
        let instance = s
            .texts
            .windows(2)
            .any(|w| matches!(w[0].as_str(), "a" | "an" | "one" | "any" | "some" | "at least one") && w[1] == *words);
        if s.instances.contains(id) || instance {
            continue;
        }
        let c = col(desk, *id);
        let t = &table(desk, id.table).name;
        let qualified = format!("{t}.{}", c.name);
        if used.iter().any(|u| *u == c.name || *u == qualified) {
            continue;
        }
        if c.role == Role::Identifier {
            continue;
        }
        if c.role == Role::Time
            && t == fact_name
            && (c.nulls == 0 || timed && plan.period.as_ref().is_none_or(|p| p.column.is_none()))
        {
            // (A date every row has is the rows' own event: "which state lodged the most claims".)
            continue;
        }
        return Some(format!("how \"{words}\" ({}) bears on the question", c.name));
    }
    // "won revenue" where "won" is also a word of "Closed Won": whether only those rows count is not
    // guessed either way.
    for (id, word, values) in &s.value_words {
        let c = col(desk, *id);
        if id.table != fact || used.contains(&c.name) {
            continue;
        }
        return Some(format!(
            "whether \"{word}\" means only the rows with {} {}",
            c.name,
            values.iter().map(|v| format!("{v:?}")).collect::<Vec<_>>().join(" or ")
        ));
    }
    None
}

/// "the most race entries", "how many booking records": a column's word in the singular before a word for rows
/// (items `k..=end`, then the rows word) is what the rows are of, and the rows are counted, not the column's
/// different values (said). True when read so.
fn rows_of_a_column_word(
    s: &mut Slots,
    cx: &Ctx,
    desk: &Desk,
    (k, end): (usize, usize),
    c: ColId,
    words: &str,
) -> bool {
    let rows_after = cx.items.get(end + 1).is_some_and(|n| n.lex("rows") && n.cols().is_empty() && n.vals().is_empty());
    if !rows_after || crate::analyst::compile::words::singular(words) != words || says_different(&s.texts) {
        return false;
    }
    let said = format!("{words} {}", cx.items[end + 1].text);
    s.measures.push(MSlot {
        kind: MKind::Rows(Some(c.table)),
        agg: Some(Agg::Count),
        pos: k,
        words: said.clone(),
        per: None,
        times: None,
    });
    s.assumptions.push(format!(
        "\"{said}\" counted as the rows of {}, one each (\"different {words}s\" would count the values of {})",
        table(desk, c.table).name,
        col(desk, c).name
    ));
    s.instances.push(c);
    s.used[end + 1] = true;
    s.rows_as_said = true;
    true
}

/// "how many different books": the things asked for once each, not each time.
fn says_different(texts: &[String]) -> bool {
    texts.iter().any(|w| matches!(w.as_str(), "different" | "distinct" | "unique" | "separate" | "individual"))
}

/// The one value the question counts, said right after its word of counting ("how many rehearsals").
fn counted_value<'s>(s: &'s Slots, lx: &Lexicon) -> Option<&'s VSlot> {
    let counted: Vec<&VSlot> = s
        .values
        .iter()
        .filter(|v| {
            !v.excluded && v.pos > 0 && s.texts.get(v.pos - 1).is_some_and(|w| lx.has(w, "agg:count") || w == "many")
        })
        .collect();
    match counted.as_slice() {
        [v] => Some(v),
        _ => None,
    }
}

/// Two columns named as halves of one kind ("coin_takings", "card_takings": two words each, the same last
/// word, different first words): that shared word.
fn halves_of_one_kind(a: &Column, b: &Column) -> Option<String> {
    const ASPECT: &[&str] = &[
        "gross", "net", "tare", "total", "min", "max", "minimum", "maximum", "avg", "mean", "planned", "actual",
        "target", "expected", "budget", "start", "end", "before", "after", "old", "new", "previous", "current", "prev",
        "last", "first", "high", "low", "open", "close",
    ];
    let (wa, wb) = (crate::semantics::name_words(&a.name), crate::semantics::name_words(&b.name));
    if wa.len() != 2 || wb.len() != 2 {
        return None;
    }
    // (And a state of the thing, "beds_available" and "beds_occupied", "seats_sold": a part and its whole, not
    // two kinds.)
    let aspect = |w: &String| {
        ASPECT.contains(&w.as_str())
            || w.ends_with("ed")
            || w.ends_with("able")
            || w.ends_with("ible")
            || matches!(w.as_str(), "free" | "spare" | "left" | "remaining" | "capacity" | "empty" | "full" | "used")
    };
    if wa[1] == wb[1] && wa[0] != wb[0] && !aspect(&wa[0]) && !aspect(&wb[0]) {
        return Some(wa[1].clone());
    }
    // ("bags_general" and "bags_recycling": the thing first, then its kinds.)
    (wa[0] == wb[0] && wa[1] != wb[1] && !aspect(&wa[1]) && !aspect(&wb[1])).then(|| wa[0].clone())
}

/// Whether the plan is one plain count of rows, over everything (no grouping, rate, per-group step or
/// table's rows named): what "how many" of a value may count instead (its quantity, its occasions).
fn counts_rows_only(plan: &Plan, s: &Slots) -> bool {
    let [m] = plan.measures.as_slice() else { return false };
    m.agg == Agg::Count
        && m.column.is_none()
        && m.each.is_none()
        && m.part.is_empty()
        && plan.group_by.is_empty()
        && matches!(plan.operation, Operation::Total)
        && !s.measures.iter().any(|x| matches!(x.kind, MKind::Rows(Some(_))))
}

/// "How many buttonholes did we make": a count of a thing (a value of a column of things, not of outcomes)
/// on a table with one quantity column counts that quantity, not the rows (a row may hold several).
fn things_counted_by_quantity(plan: &mut Plan, s: &mut Slots, desk: &Desk, lx: &Lexicon, fact: usize) {
    if !counts_rows_only(plan, s) {
        return;
    }
    let Some(v) = counted_value(s, lx) else { return };
    let tb = table(desk, fact);
    let Some(k) = v.cands.iter().find(|(c, _)| c.table == fact).map(|(c, _)| col(desk, *c)) else { return };
    // (Not outcomes: "how many no-shows" are rows.)
    if k.role != Role::Category || k.listed.iter().any(|x| is_absence(lx, x)) {
        return;
    }
    let Some(q) = quantity_column(desk, lx, fact) else { return };
    let q = col(desk, q).name.clone();
    plan.measures[0] = Measure::new(Agg::Sum, Some(&q));
    s.assumptions.push(format!("\"{}\" counted by {q} (how many each row of {} holds), not by rows", v.words, tb.name));
}

/// "How many rehearsals have we had" on a register (a row per singer per session): where the value counted
/// ("rehearsals" of `session`) is the one value of its column on every row of a date, and its dates have
/// several rows each, each of those dates is one occasion: the different dates are counted, not the rows.
fn occasions_of_a_kind(
    plan: &mut Plan,
    s: &mut Slots,
    desk: &Desk,
    lx: &Lexicon,
    fact: usize,
    lookup: &mut dyn super::Lookup,
) {
    // (Things sold are counted a sale each: "how many drinks did we sell" is not how many kinds of drink.)
    if !counts_rows_only(plan, s) || s.sold {
        return;
    }
    // The value is what "how many" counts: right after the count word.
    let Some(v) = counted_value(s, lx) else { return };
    let tb = table(desk, fact);
    let Some(f) = plan.filters.iter().find(|f| {
        f.op == FilterOp::In && v.cands.iter().any(|(c, _)| c.table == fact && col(desk, *c).name == f.column)
    }) else {
        return;
    };
    let Some(k) = tb.columns.iter().find(|c| c.name == f.column && c.role == Role::Category) else { return };
    let dates: Vec<&Column> =
        tb.columns.iter().filter(|c| c.role == Role::Time && !c.is_year_number() && c.nulls == 0).collect();
    let date = match (plan.period.as_ref().and_then(|p| p.column.clone()), dates.as_slice()) {
        (Some(name), _) => tb.columns.iter().find(|c| c.name == name),
        (None, [d]) => Some(*d),
        _ => None,
    };
    let values: Vec<String> = f
        .values
        .iter()
        .filter_map(|x| match x {
            Value::Text(t) => Some(k.canonical(t)),
            _ => None,
        })
        .collect();
    // (rows, things, mixed) of a column whose every value has one value of `k`, several rows each.
    let mut one_each = |e: &Column| -> Option<(u64, u64)> {
        let (rows, things, mixed) = lookup.occasions(&tb.name, &k.name, &e.name, &values)?;
        (mixed == 0 && things >= 2 && rows >= 2 * things).then_some((rows, things))
    };
    // Each date one occasion ("how many rehearsals"), else each of the things a key or a column of people
    // names ("how many bakeries have a stall": the stallholders whose stall type is Bakery).
    let found = match date.and_then(|d| one_each(d).map(|x| (d, x))) {
        Some(x) => Some(x),
        None => {
            let entities: Vec<&Column> = tb
                .columns
                .iter()
                .filter(|c| {
                    // (A key, or a column of names: more values than the kinds, and not itself a kind.)
                    // (Nor a column the question keeps to some values: "guests" of `booked_by`.)
                    c.name != k.name
                        && !plan.filters.iter().any(|f| f.column == c.name)
                        && (c.role == Role::Identifier
                            || c.role == Role::Category
                                && c.distinct > k.distinct
                                && !crate::semantics::name_words(&c.name)
                                    .last()
                                    .is_some_and(|w| super::link::is_kind_word(w)))
                        && c.distinct > 1
                        && c.distinct < tb.rows
                })
                .collect();
            let hits: Vec<(&Column, (u64, u64))> =
                entities.into_iter().filter_map(|e| one_each(e).map(|x| (e, x))).collect();
            match hits.as_slice() {
                [one] => Some(*one),
                _ => None,
            }
        }
    };
    let Some((d, (rows, days))) = found else { return };
    let d_name = d.name.clone();
    let k_name = k.name.clone();
    plan.measures[0] = Measure::new(Agg::CountDistinct, Some(&d_name));
    s.assumptions.push(format!(
        "\"{}\" counted as the different {d_name} values with {k_name} {}: every {d_name} has one {k_name}, and the \
         table has {rows} rows for {days} of them",
        v.words,
        values.join(" or ")
    ));
}

/// "how many orders" on a table of order lines: the rows named are the table's, but its identifier of
/// that thing (`order_id`) repeats over several rows, so the things are its different values.
fn lines_of_things(plan: &mut Plan, s: &mut Slots, desk: &Desk, lx: &Lexicon, fact: usize) -> Result<(), String> {
    let [m] = plan.measures.as_mut_slice() else { return Ok(()) };
    if !m.part.is_empty() || m.each.is_some() || m.per.is_some() {
        return Ok(());
    }
    let tb = table(desk, fact);
    let counting = m.agg == Agg::Count && m.column.is_none();
    if counting && s.rows_as_said {
        return Ok(());
    }
    // "the average order value": an average of an amount, with the thing named by a word of the question.
    let valuing = matches!(m.agg, Agg::Avg | Agg::Median) && m.column.is_some();
    // "the biggest single transaction" on a table of its lines: the largest sum of one transaction's lines.
    let extreme = matches!(m.agg, Agg::Max | Agg::Min)
        && m.column.is_some()
        && m.times.is_none()
        && plan.group_by.is_empty()
        && matches!(plan.operation, Operation::Total);
    let nouns: Vec<String> = if extreme {
        s.texts
            .windows(2)
            .filter(|w| {
                matches!(
                    w[0].as_str(),
                    "single" | "biggest" | "largest" | "smallest" | "highest" | "lowest" | "priciest" | "cheapest"
                )
            })
            .map(|w| crate::analyst::compile::words::singular(&w[1]))
            .collect()
    } else if counting {
        s.measures
            .iter()
            .filter(|x| matches!(x.kind, MKind::Rows(Some(t)) if t == fact))
            .map(|x| crate::analyst::compile::words::singular(x.words.rsplit(' ').next().unwrap_or(&x.words)))
            .collect()
    } else if valuing {
        // ("order value", "basket size", "order total": the thing right before a word for its worth; "the
        // value of a delivery": the thing after it.)
        let worth = |w: &str| matches!(w, "value" | "values" | "size" | "sizes" | "total" | "totals" | "worth");
        let mut nouns: Vec<String> = s
            .texts
            .windows(2)
            .filter(|w| worth(&w[1]))
            .map(|w| crate::analyst::compile::words::singular(&w[0]))
            .collect();
        // ("how many tickets are in one order", "items per basket": the thing after "in one", "per".)
        for (i, w) in s.texts.iter().enumerate() {
            if !matches!(w.as_str(), "in" | "on" | "per") {
                continue;
            }
            let mut j = i + 1;
            let mut article = false;
            while s.texts.get(j).is_some_and(|x| matches!(x.as_str(), "a" | "an" | "one" | "each" | "every" | "single"))
            {
                article = true;
                j += 1;
            }
            if let (true, Some(n)) = (article || w == "per", s.texts.get(j)) {
                nouns.push(crate::analyst::compile::words::singular(n));
            }
        }
        for (i, w) in s.texts.iter().enumerate() {
            let after_of = matches!(w.as_str(), "value of" | "size of" | "total of" | "worth of")
                || worth(w) && s.texts.get(i + 1).is_some_and(|x| x == "of");
            if after_of {
                let start = if w.contains(' ') { i + 1 } else { i + 2 };
                if let Some(n) = s.texts[start.min(s.texts.len())..]
                    .iter()
                    .find(|x| !matches!(x.as_str(), "a" | "an" | "the" | "each" | "one" | "every" | "single"))
                {
                    nouns.push(crate::analyst::compile::words::singular(n));
                }
            }
        }
        nouns
    } else {
        return Ok(());
    };
    if counting && nouns.len() != 1 {
        return Ok(());
    }
    let line_key = super::link::line_key(tb).map(|k| tb.columns[k].name.as_str());
    let transaction = super::link::transaction_words(lx);
    let ids: Vec<&Column> = tb
        .columns
        .iter()
        .filter(|c| {
            let ws = crate::semantics::name_words(&c.name);
            // (`order_id`, `txn_no`; or one word, `receipt`, of the same kind as the noun: "orders", a text
            // column whose values are each on a few rows.)
            (c.role == Role::Identifier && ws.len() == 2
                || ws.len() == 1 && matches!(c.role, Role::Identifier | Role::Category) && c.distinct * 20 > tb.rows)
                && nouns.iter().any(|noun| {
                    super::link::same_form(&ws[0], noun)
                        || lx.has(&ws[0], &format!("abbr:{noun}"))
                        || lx.same_kind(&ws[0], noun)
                        // ("orders" of a till's `ticket_no`: a word for a transaction, of its one line key.)
                        || transaction.contains(noun) && line_key == Some(c.name.as_str())
                })
                // (repeating on many rows: a few duplicate rows do not make a table of lines)
                && c.distinct * 10 < tb.rows * 9
                && c.distinct > 0
                // (lines of one thing fall on one date; a flight number used every day is not one flight)
                && c.one_date_each != Some(false)
        })
        .collect();
    let [c] = ids.as_slice() else {
        // "how many tickets are in one order" where the order's key also falls on other dates (its refunds
        // later): what one order holds is not its rows, and not known here.
        if valuing {
            let repeating = tb.columns.iter().find(|c| {
                let ws = crate::semantics::name_words(&c.name);
                c.role == Role::Identifier
                    && c.one_date_each == Some(false)
                    && c.distinct * 10 < tb.rows * 9
                    && ws.first().is_some_and(|w| nouns.iter().any(|n| super::link::same_form(w, n)))
            });
            if let Some(c) = repeating {
                return Err(format!(
                    "what one {} holds: {} repeats over {} rows for {} values, on more than one date",
                    crate::semantics::name_words(&c.name).first().cloned().unwrap_or_default(),
                    c.name,
                    tb.rows,
                    c.distinct
                ));
            }
        }
        return Ok(());
    };
    let noun = crate::semantics::name_words(&c.name).first().cloned().unwrap_or_default();
    if counting {
        let said = nouns.first().map(|n| crate::analyst::compile::words::plural(n)).unwrap_or(noun);
        // "how many orders were worth more than £200": the condition on money is on each order's total of
        // its lines, not on a line (the one money filter of the plan, on the table's money or quantity ×
        // price).
        let money_filter = |f: &Filter| {
            f.part.is_none()
                && f.since.is_none()
                && f.than.is_none()
                && matches!(f.op, FilterOp::Gt | FilterOp::Ge | FilterOp::Lt | FilterOp::Le | FilterOp::Between)
                && tb.columns.iter().find(|x| x.name == f.column).is_some_and(|x| {
                    f.times.is_some() || x.in_currency() && matches!(x.role, Role::Amount | Role::SignedAmount)
                })
        };
        let money: Vec<usize> = (0..plan.filters.len()).filter(|&i| money_filter(&plan.filters[i])).collect();
        if let ([i], true, true) =
            (money.as_slice(), plan.group_by.is_empty(), matches!(plan.operation, Operation::Total))
        {
            let f = plan.filters.remove(*i);
            let values: Vec<f64> = f.values.iter().filter_map(|v| v.as_f64()).collect();
            let mut sum = Measure::new(Agg::Sum, Some(&f.column));
            sum.times = f.times.clone();
            *m = sum;
            plan.group_by = vec![Group::column(&c.name)];
            plan.operation = Operation::GroupsWhere { op: f.op, values };
            s.assumptions.push(format!(
                "\"{said}\" are the different {} values (the table has {} rows for {} of them), and the condition \
                 on money is on each one's total of its rows",
                c.name, tb.rows, c.distinct
            ));
            s.things_of_lines = true;
            return Ok(());
        }
        *m = Measure::new(Agg::CountDistinct, Some(&c.name));
        s.assumptions.push(format!(
            "\"{said}\" counted as different {} values: the table has {} rows for {} of them",
            c.name, tb.rows, c.distinct
        ));
        s.things_of_lines = true;
    } else if extreme {
        // The one whose lines add up to the most (or least).
        let desc = m.agg == Agg::Max;
        m.agg = Agg::Sum;
        plan.group_by = vec![Group::column(&c.name)];
        plan.operation = Operation::Rank { order: if desc { Order::Desc } else { Order::Asc }, n: None };
        s.assumptions.push(format!(
            "a {noun}'s figure is the sum of its rows (the table has {} rows for {} {} values); the {} is asked",
            tb.rows,
            c.distinct,
            c.name,
            if desc { "largest" } else { "smallest" }
        ));
    } else if m.agg == Agg::Avg {
        // One order's value is the sum of its lines; those sums are averaged.
        m.agg = Agg::Sum;
        m.each = Some(Group::column(&c.name));
        s.assumptions.push(format!(
            "an {noun}'s figure is the sum of its rows (the table has {} rows for {} {} values), averaged over them",
            tb.rows, c.distinct, c.name
        ));
    } else {
        return Err(format!("the median of each {noun}'s total (the table's rows are lines of {})", c.name));
    }
    Ok(())
}

/// A form's question heading text answers ("Which Sunday would you like a pitch for? (gates open to sellers at
/// 6.30am)", more than six words) and a word of `words` found in it only past its first three words: no name of
/// the answers, so never what a count of different values counts ("how many sellers").
fn inside_a_form_question(c: &Column, words: &str) -> bool {
    let header = crate::semantics::name_words(&c.name);
    header.len() > 6
        && !c.is_numeric()
        && !header[..3].iter().any(|w| words.split(' ').any(|x| super::link::same_form(w, x)))
}

/// The one column of table `t` counting people on each row ("passengers", "visitors": an amount whose
/// name ends in a word for people counted); of "visitors" and "school_visitors", a part of it, the whole.
fn headcount_column<'d>(desk: &'d Desk, lx: &Lexicon, t: usize) -> Option<&'d Column> {
    let heads: Vec<&Column> = table(desk, t)
        .columns
        .iter()
        .filter(|c| {
            c.role == Role::Amount
                && crate::semantics::name_words(&c.name).last().is_some_and(|h| lx.has(h, "headcount"))
        })
        .collect();
    let wholes: Vec<&Column> = heads
        .iter()
        .copied()
        .filter(|c| !c.part_of.as_ref().is_some_and(|w| heads.iter().any(|h| &h.name == w)))
        .collect();
    match wholes.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// "how many people ...": a count of rows becomes a count of the one column of the table that names
/// people (its different values); with none, the rows are counted, and the answer says which.
fn people_counted(
    plan: &mut Plan,
    s: &mut Slots,
    desk: &Desk,
    lx: &Lexicon,
    fact: usize,
    w: &str,
) -> Result<(), String> {
    let [m] = plan.measures.as_mut_slice() else { return Ok(()) };
    if m.agg != Agg::Count || m.column.is_some() {
        return Ok(());
    }
    let tb = table(desk, fact);
    // A column counting people on each row ("passengers", "visitors"): people are its total.
    if let Some(c) = headcount_column(desk, lx, fact) {
        *m = Measure::new(Agg::Sum, Some(&c.name));
        s.assumptions.push(format!("\"{w}\" counted as the total of {} (people on each row)", c.name));
        return Ok(());
    }
    let persons: Vec<&Column> = tb.columns.iter().filter(|c| c.is_text() && names_people(lx, c)).collect();
    // (Not a column the question keeps to one value, "guests" of `booked_by`: its different values are one;
    // the rows are counted.)
    let one_kept =
        |c: &Column| plan.filters.iter().any(|f| f.column == c.name && f.op == FilterOp::In && f.values.len() <= 1);
    match persons.as_slice() {
        [c] if one_kept(c) => {
            s.assumptions.push(format!("\"{w}\" counted as rows of {} ({} is kept to one value)", tb.name, c.name))
        }
        [c] => {
            *m = Measure::new(Agg::CountDistinct, Some(&c.name));
            s.assumptions.push(format!("\"{w}\" counted as different {} values", c.name));
        }
        [] => s.assumptions.push(format!("\"{w}\" counted as rows of {} (one person a row)", tb.name)),
        // ("pupil_no" beside "pupil": the number is each person's own; names may repeat.)
        _ if persons.iter().filter(|c| c.role == Role::Identifier).count() == 1 => {
            let id = persons.iter().find(|c| c.role == Role::Identifier).map(|c| c.name.clone()).unwrap_or_default();
            *m = Measure::new(Agg::CountDistinct, Some(&id));
            s.assumptions.push(format!("\"{w}\" counted as different {id} values (each person's own number)"));
        }
        // (Several columns could name them: counting rows instead could be a wrong number; asked.)
        _ => {
            return Err(format!(
                "which column names the \"{w}\" counted: {}",
                persons.iter().map(|c| c.name.clone()).collect::<Vec<_>>().join(" or ")
            ))
        }
    }
    Ok(())
}

/// A value saying something did not take place: an absence word as the whole value, or before a
/// separator that adds a reason ("Failed - closed", "Cancelled (weather)").
/// An absence that is the customer's ("No-show", "DNA"): see `noshow` in the lexicon.
fn is_no_show(lx: &Lexicon, v: &str) -> bool {
    let f = crate::semantics::fold(v);
    lx.has(f.trim_end_matches(|c: char| !c.is_alphanumeric()), "noshow")
}

/// A no-show written in a column: a word for one ("no show", "didn't turn up"), or "No", "N" in a column named
/// for turning up (`attendance`: [`names_presence`] of its name).
pub(super) fn no_show_of(lx: &Lexicon, attendance: bool, v: &str) -> bool {
    let f = crate::semantics::fold(v);
    is_no_show(lx, v) || attendance && matches!(f.trim_end_matches(|c: char| !c.is_alphanumeric()), "no" | "n")
}

/// A state of a job not over yet ("In progress", "Awaiting fabric", "Waiting for parts", "Booked"): general
/// English, read only from a column's values (never from the question's words).
fn is_underway(v: &str) -> bool {
    const WHOLE: &[&str] = &[
        "in progress",
        "in-progress",
        "ongoing",
        "pending",
        "scheduled",
        "upcoming",
        "booked",
        "confirmed",
        "on hold",
        "not started",
        "to do",
        "open",
    ];
    const FIRST: &[&str] = &["awaiting", "waiting", "pending"];
    let f = crate::semantics::fold(v);
    let f = f.trim_end_matches(|c: char| !c.is_alphanumeric());
    WHOLE.contains(&f) || f.split(' ').next().is_some_and(|w| FIRST.contains(&w) && f.contains(' '))
}

/// A day a thing did not work, as a status says it (general English: "Rest day", "Day off", "Off", "Weather",
/// "Repairs", "Maintenance", "Broken down"); read from a status column's values only.
fn is_idle(v: &str) -> bool {
    const IDLE: &[&str] = &[
        "rest day",
        "day off",
        "off",
        "weather",
        "bad weather",
        "repairs",
        "in for repairs",
        "maintenance",
        "broken down",
        "breakdown",
    ];
    let f = crate::semantics::fold(v);
    IDLE.contains(&f.trim_end_matches(|c: char| !c.is_alphanumeric()))
}

/// Whether a column's name says whether each row's people turned up: `attended`, `Attended? (committee use)`,
/// `turned_up`, `showed`.
pub(super) fn names_presence(lx: &Lexicon, name: &str) -> bool {
    let ws = crate::semantics::name_words(name);
    ws.iter().take(3).any(|w| lx.has(w, "presence") && !matches!(w.as_str(), "used" | "successful" | "complete"))
        || ws.windows(2).take(3).any(|p| lx.has(&format!("{} {}", p[0], p[1]), "presence"))
}

/// Whether a value says something was not so: "No driver", "Passenger not in", "Couldn't cover", "Unable to
/// attend".
fn said_not(v: &str) -> bool {
    crate::semantics::fold(v).split(|c: char| !c.is_alphanumeric() && c != '\'').any(|w| {
        matches!(
            w,
            "no" | "not"
                | "couldn't"
                | "couldnt"
                | "didn't"
                | "didnt"
                | "wasn't"
                | "wasnt"
                | "can't"
                | "cant"
                | "cannot"
                | "unable"
                | "never"
        )
    })
}

/// Whether a value says the row's money was given back: "Refunded", "Refund - lost in post", "Charged back".
fn is_given_back(lx: &Lexicon, v: &str) -> bool {
    let f = crate::semantics::fold(v);
    let f = f.trim_end_matches(|c: char| !c.is_alphanumeric());
    let words: Vec<&str> =
        f.split([' ', '-', ':', '/', '(', ',', ')']).map(str::trim).filter(|w| !w.is_empty()).collect();
    lx.has(f, "reversal")
        || words.first().is_some_and(|head| lx.has(head, "reversal") && f.contains(|c: char| "-:/(,".contains(c)))
}

fn is_absence(lx: &Lexicon, v: &str) -> bool {
    let f = crate::semantics::fold(v);
    let f = f.trim_end_matches(|c: char| !c.is_alphanumeric());
    let words: Vec<&str> =
        f.split([' ', '-', ':', '/', '(', ',', ')']).map(str::trim).filter(|w| !w.is_empty()).collect();
    lx.has(f, "absence")
        || words.first().is_some_and(|head| lx.has(head, "absence") && f.contains(|c: char| "-:/(,".contains(c)))
        // (Or with why after it: "called off (rain)", "rained off - flooded pitch".)
        || super::link::qualified_head(f).is_some_and(|h| lx.has(h.trim(), "absence"))
        // (Or with who did it after: "Cancelled by member".)
        || words.len() >= 3 && lx.has(words[0], "absence") && words[1] == "by"
        // (Or its last word, the reason first: "Flat - cancelled", "storm cancel"; not denied, "not cancelled".)
        || words.len() >= 2
            && lx.has(words[words.len() - 1], "absence")
            && !matches!(words[words.len() - 2], "not" | "no" | "never" | "un")
            && !words.iter().any(|w| lx.has(w, "presence"))
}

/// A superlative adjective of the question that names a kind of figure (a length, a speed, a heat), not
/// the rows or an amount: "longest", "fastest", "hottest".
fn figure_adjective(s: &Slots, lx: &Lexicon) -> Option<String> {
    s.texts
        .iter()
        .find(|t| {
            lx.adjective(t).is_some_and(|a| !a.comparative && !matches!(a.target.as_str(), "rows" | "score" | "*"))
        })
        .cloned()
}

/// The date columns of `tb` whose name starts with the word `lead` (of more than three letters): `outcome_date`
/// of "outcome", `sale_date` of "sale".
fn dates_led_by(tb: &crate::analyst::model::Table, lead: &str) -> Vec<usize> {
    if lead.len() <= 3 {
        return Vec::new();
    }
    tb.columns
        .iter()
        .enumerate()
        .filter(|(_, x)| {
            x.role == Role::Time && crate::semantics::name_words(&x.name).first().is_some_and(|w| w == lead)
        })
        .map(|(i, _)| i)
        .collect()
}

/// "the profit in Q3", "sale prices in 2025": a figure whose column shares its first name word with one date
/// column of the table (`sale_price` and `sale_date`) is dated by that date, not by the table's first one
/// (`purchase_date`); said so.
fn dated_by_its_figure(s: &mut Slots, measures: &[Measure], desk: &Desk, fact: usize, period: bool) {
    let timed = period || s.groups.iter().chain(s.which.iter()).any(|(g, _)| matches!(g, GSlot::Time(_)));
    if s.time_col.is_some() || !timed || !s.time_words.is_empty() {
        return;
    }
    let tb = table(desk, fact);
    let mut found: Vec<usize> = Vec::new();
    for m in measures {
        let Some(c) = m.column.as_deref().filter(|c| !c.contains('.')) else { continue };
        if m.since.is_some() {
            continue;
        }
        let w = crate::semantics::name_words(c).first().cloned().unwrap_or_default();
        let dates: Vec<usize> = dates_led_by(tb, &w)
            .into_iter()
            .filter(|&i| !tb.columns[i].is_year_number() && tb.columns[i].name != c)
            .collect();
        if let [d] = dates.as_slice() {
            if !found.contains(d) {
                found.push(*d);
            }
        }
    }
    let [d] = found.as_slice() else { return };
    let first = tb.time_columns().first().map(|c| c.name.clone()).unwrap_or_default();
    let name = tb.columns[*d].name.clone();
    if name != first {
        s.time_col = Some(ColId { table: fact, col: *d });
        s.assumptions.push(format!("the periods are of {name} (the date of the figure's own column), not {first}"));
    }
}

/// "how many books did I finish in 2024" where `status` holds "Finished" on a few rows and "Read" on most, and
/// `date_finished` is recorded on exactly the rows of both: a verb naming both a value and a date column with
/// empty entries happened where its date is recorded. When some other value also always has that date (it is
/// a state after the same event), the value alone would undercount: the verb is read as the date recorded (or,
/// left out, as the date empty), and the answer says which values that covers.
fn event_by_its_date(s: &mut Slots, desk: &Desk, lx: &Lexicon, lookup: &mut dyn super::Lookup) {
    let dated = |v: &VSlot| -> Option<ColId> {
        let c = v.cands.first().map(|(c, _)| *c)?;
        if !v.cands.iter().all(|(x, _)| *x == c) {
            return None;
        }
        let named: Vec<ColId> = super::passes::date_columns_named_by(desk, lx, &v.words)
            .into_iter()
            .filter(|d| d.table == c.table && col(desk, *d).nulls > 0)
            .collect();
        // ("completed hires" of a status "Done" beside "Collected": a word of a thing being over names the
        // table's one date left empty until the end, `collected`.)
        let over = || {
            (!v.excluded && v.cands.iter().all(|(_, x)| crate::semantics::says_done(&crate::semantics::fold(x))))
                .then(|| {
                    let tb = table(desk, c.table);
                    let open: Vec<usize> = tb.date_columns().into_iter().filter(|i| tb.columns[*i].nulls > 0).collect();
                    match open.as_slice() {
                        [i] => Some(ColId { table: c.table, col: *i }),
                        _ => None,
                    }
                })
                .flatten()
        };
        match named.as_slice() {
            [d] => Some(*d),
            [] => over(),
            _ => None,
        }
    };
    // (Not a state said to hold still, "still listed for sale": the value now, not whether the date was ever
    // written.)
    let still = |v: &VSlot| v.pos > 0 && s.texts.get(v.pos - 1).is_some_and(|w| w == "still");
    let Some((i, d)) =
        s.values.iter().enumerate().filter(|(_, v)| !still(v)).find_map(|(i, v)| dated(v).map(|d| (i, d)))
    else {
        return;
    };
    let category = col(desk, s.values[i].cands[0].0).name.clone();
    let tname = table(desk, d.table).name.clone();
    let dname = col(desk, d).name.clone();
    let Some(rows) = lookup.dated_by_value(&tname, &category, &dname) else { return };
    let said: Vec<String> = s.values[i].cands.iter().map(|(_, v)| crate::semantics::fold(v)).collect();
    let is_said = |v: &str| said.contains(&crate::semantics::fold(v));
    // (Always dated: at most one row in fifty without the date.)
    let always = |with: u64, without: u64| with > 0 && without * 50 <= with;
    let said_dated = rows.iter().filter(|(v, ..)| is_said(v)).all(|(_, w, wo)| always(*w, *wo))
        && rows.iter().any(|(v, ..)| is_said(v));
    let others: Vec<&(String, u64, u64)> = rows
        .iter()
        .filter(|(v, w, wo)| !is_said(v) && *w >= 2 && always(*w, *wo) && !is_absence(lx, v) && !is_underway(v))
        .collect();
    if !said_dated || others.is_empty() {
        return;
    }
    let v = s.values.remove(i);
    // ("how many pages did I read, counting the books I finished": another value of the same column that
    // always has the date, "Read", is one of the rows where it happened, no narrower filter.)
    let of_the_event = |x: &VSlot| {
        !x.excluded
            && x.cands.iter().all(|(c, val)| {
                *c == v.cands[0].0
                    && rows
                        .iter()
                        .any(|(r, w, wo)| crate::semantics::fold(r) == crate::semantics::fold(val) && always(*w, *wo))
            })
    };
    s.values.retain(|x| !of_the_event(x));
    let dated: Vec<String> = rows.iter().filter(|(_, w, _)| *w > 0).map(|(v, ..)| format!("{v:?}")).collect();
    let undated: Vec<String> = rows.iter().filter(|(_, w, _)| *w == 0).map(|(v, ..)| format!("{v:?}")).collect();
    let how = if v.excluded { "empty" } else { "recorded" };
    let mut why =
        format!("\"{}\" read as {dname} {how} (where it happened): {category} {} have one", v.words, dated.join(", "));
    if !undated.is_empty() {
        why.push_str(&format!(", {} do not", undated.join(", ")));
    }
    s.assumptions.retain(|a| !a.starts_with(&format!("\"{}\" read as the value", v.words)));
    s.assumptions.push(why);
    if v.excluded {
        s.missing.push(d);
    } else if !s.present.contains(&d) {
        s.present.push(d);
    }
}

/// "how many jobs did we complete in 2025", "parcels delivered in May": things finished are dated by when
/// they were finished. Of a table's two date columns, the one with empty entries is the later event (a job
/// quoted and not yet done has no job date); a verb of finishing puts a period or a time grouping with no
/// date column named on that one, and says so.
fn finished_on_its_end_date(s: &mut Slots, desk: &Desk, lx: &Lexicon, fact: usize, period: bool) {
    let timed = period || s.groups.iter().chain(s.which.iter()).any(|(g, _)| matches!(g, GSlot::Time(_)));
    if s.time_col.is_some() || !timed {
        return;
    }
    // "Q2 events", "which month's events": the things a date column of several is named for say which dates
    // the period is of (not a time between two of them).
    let durations = s.from_to_dates
        || !s.duration_cols.is_empty()
        || s.measures.iter().any(|m| matches!(&m.kind, MKind::Kind(k) if k == "duration"));
    let named: Vec<ColId> = s.time_words.iter().copied().filter(|c| c.table == fact).collect();
    let dates = table(desk, fact).time_columns().into_iter().filter(|c| !c.is_year_number()).count();
    if let ([one], false, true) = (named.as_slice(), durations, dates >= 2) {
        let first = table(desk, fact).time_columns().first().map(|c| c.name.clone()).unwrap_or_default();
        let name = col(desk, *one).name.clone();
        if name != first {
            s.time_col = Some(*one);
            s.assumptions.push(format!("the periods are of {name} (named in the question), not {first}"));
        }
        return;
    }
    // (A verb: said before a period or at the end of its clause, "did we complete in 2025". Before a noun it
    // describes the things, "the most completed jobs", and dates nothing.)
    let Some(at) = s.texts.iter().position(|t| lx.has(t, "finish")) else { return };
    let verb = s.texts[at].clone();
    let ends = s.texts.get(at + 1).is_none_or(|n| {
        matches!(
            n.as_str(),
            "in" | "on"
                | "over"
                | "during"
                | "between"
                | "last"
                | "this"
                | "since"
                | "before"
                | "after"
                | "by"
                | "?"
                | "."
                | ","
        ) || s.periods.iter().any(|(_, p)| *p == at + 1)
    });
    if !ends {
        return;
    }
    let tb = table(desk, fact);
    let dates: Vec<&Column> = tb.time_columns().into_iter().filter(|c| !c.is_year_number()).collect();
    let open: Vec<&&Column> = dates.iter().filter(|c| c.nulls > 0).collect();
    let ([first, ..], [end]) = (dates.as_slice(), open.as_slice()) else { return };
    if dates.len() != 2 || first.name == end.name {
        return;
    }
    if let Some(i) = tb.columns.iter().position(|c| c.name == end.name) {
        s.time_col = Some(ColId { table: fact, col: i });
        s.assumptions
            .push(format!("\"{verb}\" dates the rows by {} (when they were finished), not {}", end.name, first.name));
    }
}

/// "our win rate" where `stage` holds "Closed Won", "Closed Lost" and deals still open ("Proposal"): a rate
/// (said as one) of an outcome is among the rows decided either way, the outcome or its opposite (lexicon `opposite`),
/// not among rows still undecided. Said in the answer.
fn decided_among(plan: &mut Plan, s: &mut Slots, desk: &Desk, lx: &Lexicon, fact: usize) {
    // (Only a rate said as one, "win rate", "pass rate": "what share of claims were declined" is of them all.)
    if !s.texts.iter().any(|t| matches!(t.as_str(), "rate" | "rates" | "ratio")) {
        return;
    }
    let tb = table(desk, fact);
    let mut parts: Vec<Filter> = plan.measures.iter().flat_map(|m| m.part.iter().cloned()).collect();
    if let Operation::Share { part } = &plan.operation {
        parts.extend(part.iter().cloned());
    }
    let last_word = |v: &str| {
        crate::semantics::fold(v)
            .split(' ')
            .next_back()
            .unwrap_or_default()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string()
    };
    for f in parts {
        let ([Value::Text(v)], FilterOp::In) = (f.values.as_slice(), f.op) else { continue };
        if plan.filters.iter().any(|x| x.column == f.column) {
            continue;
        }
        let Some(c) = tb.columns.iter().find(|c| c.name == f.column && c.role == Role::Category) else { continue };
        let opposite = lx.opposites(&last_word(v));
        if opposite.is_empty() {
            continue;
        }
        let mut values: Vec<String> = Vec::new();
        for x in &c.listed {
            let canon = c.canonical(x);
            if !values.contains(&canon) {
                values.push(canon);
            }
        }
        let opp: Vec<String> = values.iter().filter(|x| opposite.contains(&last_word(x))).cloned().collect();
        let open: Vec<&String> = values
            .iter()
            .filter(|x| !opp.contains(x) && crate::semantics::fold(x) != crate::semantics::fold(v))
            .collect();
        if opp.is_empty() || open.is_empty() {
            continue;
        }
        let mut kept = vec![v.clone()];
        kept.extend(opp.iter().cloned());
        s.assumptions.push(format!(
            "the rate of {v} is among the rows decided either way, {} (the rows with the {} other values, such as {:?}, are left out)",
            kept.iter().map(|x| format!("{x:?}")).collect::<Vec<_>>().join(" or "),
            open.len(),
            open[0]
        ));
        plan.filters.push(Filter::is_in(&c.name, &kept.iter().map(String::as_str).collect::<Vec<_>>()));
    }
}

/// "the average maximum temperature in July" on a table of several rows a day (one per van) where every row
/// of a day holds the same figure: the figure is the day's, so each day counts once (the days' figures
/// averaged), not once per row.
fn day_figure_once_a_day(plan: &mut Plan, s: &mut Slots, desk: &Desk, fact: usize, lookup: &mut dyn super::Lookup) {
    let tb = table(desk, fact);
    let ([m], Operation::Total, true) = (plan.measures.as_mut_slice(), &plan.operation, plan.group_by.is_empty())
    else {
        return;
    };
    let Some(c) = m.column.as_deref().and_then(|c| tb.column(c)) else { return };
    if m.agg != Agg::Avg
        || c.role != Role::Level
        || c.in_currency()
        || m.each.is_some()
        || m.per.is_some()
        || m.since.is_some()
        || m.times.is_some()
        || m.plus.is_some()
        || m.minus.is_some()
    {
        return;
    }
    let Some(date) = fact_date(s, desk, fact) else { return };
    // (A date of its own, several rows on each: not a time of day, nor a year number.)
    if !date.is_date() || date.is_year_number() || date.distinct * 2 > tb.rows {
        return;
    }
    if lookup.nests(&tb.name, &date.name, &c.name) != Some(true) {
        return;
    }
    m.each = Some(Group::time(Grain::Day));
    m.with_rows_only = true;
    if s.time_col.is_none() {
        plan.period.iter_mut().for_each(|p| p.column = Some(date.name.clone()));
    }
    s.assumptions.push(format!(
        "{} is one figure for each {} (every row of a day holds the same), so each day counts once",
        c.name.replace('_', " "),
        date.name.replace('_', " ")
    ));
}

/// "how many times has a van taken more than £800 in a day": the times counted are rows, "a van" is whoever
/// did it (not the different vans); and where each row is one van on one day, "in a day" is each row's own
/// figure, no breakdown by day.
fn times_a_thing_did(s: &mut Slots, desk: &Desk, lookup: &mut dyn super::Lookup) {
    if !s.texts.iter().any(|t| t == "how many times") || s.measures.len() != 1 {
        return;
    }
    let MKind::Distinct(c) = s.measures[0].kind else { return };
    let k = s.measures[0].pos;
    if k == 0 || !matches!(s.texts[k - 1].as_str(), "a" | "an" | "one" | "any") {
        return;
    }
    s.measures[0].kind = MKind::Rows(Some(c.table));
    s.measures[0].agg = Some(Agg::Count);
    s.assumptions.push(format!("\"how many times\" counts the rows; \"{}\" is whichever one it was", s.texts[k]));
    if s.per_grain == Some(Grain::Day) && !s.conds.is_empty() {
        if let Some(x) = one_thing_a_day(s, desk, c.table, lookup) {
            s.per_grain = None;
            s.groups.retain(|(g, _)| !matches!(g, GSlot::Time(Grain::Day)));
            s.assumptions.push(format!("each row is one {x} on one day, so \"in a day\" is each row's own figure"));
        }
    }
}

/// "how much more does a van take on an average weekend day compared with an average weekday": one figure
/// twice, over the weekend's days and over the weekdays, the first against the second (the gap between them).
/// Nothing when the question does not set the two against each other; an error when it does but the figure is
/// not one plain figure of the rows.
fn weekend_against_weekdays(plan: &mut Plan, s: &mut Slots) -> Result<(), String> {
    let at = |ws: &[&str]| s.texts.iter().position(|t| ws.contains(&t.as_str()));
    let (Some(we), Some(wd)) =
        (at(&["weekend", "weekends"]), at(&["weekday", "weekdays", "working day", "working days", "workdays"]))
    else {
        return Ok(());
    };
    let against = s.texts.iter().any(|t| {
        matches!(t.as_str(), "than" | "vs" | "versus" | "against" | "compared with" | "compared to" | "compare")
    });
    if !against {
        return Ok(());
    }
    let dow = |f: &Filter| f.part == Some(Grain::DayOfWeek);
    let date = plan
        .filters
        .iter()
        .find(|f| dow(f))
        .map(|f| f.column.clone())
        .or_else(|| plan.group_by.iter().find(|g| g.time == Some(Grain::DayOfWeek)).and_then(|g| g.column.clone()));
    let [m] = plan.measures.as_slice() else {
        return Err("one figure over the weekend against the weekdays, with several figures asked".into());
    };
    if !m.only.is_empty() || !m.part.is_empty() || m.each.is_some() {
        return Err("a weekend figure against a weekday one, of a figure made of groups".into());
    }
    let Some(date) = date else {
        return Err("the date column the weekend and the weekdays are of".into());
    };
    let days = |a: f64, z: f64| Filter {
        part: Some(Grain::DayOfWeek),
        values: vec![Value::Number(a), Value::Number(z)],
        ..Filter::values_of(&date, FilterOp::Between)
    };
    plan.filters.retain(|f| !dow(f));
    plan.group_by.retain(|g| g.time != Some(Grain::DayOfWeek) && g.time != Some(Grain::Day));
    if !plan.group_by.is_empty() {
        return Err("a weekend figure against a weekday one, for each group".into());
    }
    let weekend = Measure { only: vec![days(6.0, 7.0)], ..m.clone() };
    let weekdays = Measure { only: vec![days(1.0, 5.0)], ..m.clone() };
    plan.measures = if we < wd { vec![weekend, weekdays] } else { vec![weekdays, weekend] };
    plan.operation = Operation::Gap;
    plan.period.iter_mut().for_each(|p| {
        p.column.get_or_insert(date.clone());
    });
    s.assumptions.push("the figure over the weekend (Saturday and Sunday) against the same figure over the weekdays (Monday to Friday)".into());
    Ok(())
}

/// The date column a question's period and days are of on table `fact`: the one the question named, else the
/// table's first.
fn fact_date<'d>(s: &Slots, desk: &'d Desk, fact: usize) -> Option<&'d Column> {
    match s.time_col.filter(|c| c.table == fact) {
        Some(c) => Some(col(desk, c)),
        None => table(desk, fact).time_columns().first().copied(),
    }
}

/// A daily log: the table's date column (the one the question's period is of) has one row on each date, every
/// row dated. A day with no row was a day not logged, not a day of zero; of a reading (steps, weight), not of
/// money (a day with no takings written took none).
fn a_row_a_day(s: &Slots, desk: &Desk, lx: &Lexicon, fact: usize, figure: Option<&str>) -> bool {
    let tb = table(desk, fact);
    let money = money_columns(desk, lx, fact);
    if figure.is_some_and(|f| {
        tb.columns.iter().enumerate().any(|(i, c)| c.name == f && (c.in_currency() || money.contains(&i)))
    }) {
        return false;
    }
    let Some(date) = fact_date(s, desk, fact) else { return false };
    date.is_date() && date.nulls == 0 && date.distinct == tb.rows && tb.rows > 1
}

/// The one money column holding money in and out (signed), when the table has exactly one.
fn signed_money<'d>(desk: &'d Desk, lx: &Lexicon, fact: usize) -> Option<&'d Column> {
    let tb = table(desk, fact);
    let signed: Vec<&Column> = money_columns(desk, lx, fact)
        .into_iter()
        .map(|i| &tb.columns[i])
        .filter(|c| c.role == Role::SignedAmount)
        .collect();
    match signed.as_slice() {
        [c] => Some(*c),
        _ => None,
    }
}

/// "a van", "each van" said of a category column where no two rows share a value of it and a date: each row
/// is one of them on one day. The column's name in words, when so.
fn one_thing_a_day(s: &Slots, desk: &Desk, fact: usize, lookup: &mut dyn super::Lookup) -> Option<String> {
    let tb = table(desk, fact);
    let date = fact_date(s, desk, fact)?.name.clone();
    let c = tb.columns.iter().find(|c| {
        c.role == Role::Category
            && (1..s.texts.len()).any(|k| {
                matches!(s.texts[k - 1].as_str(), "a" | "an" | "each" | "one")
                    && crate::semantics::name_words(&c.name).join(" ")
                        == crate::analyst::compile::words::singular(&s.texts[k])
            })
    })?;
    (lookup.one_row_each(&tb.name, &c.name, &date) == Some(true)).then(|| c.name.replace('_', " "))
}

/// What made [`absences_left_out`] leave out the rows that did not take place.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Said {
    /// A verb of being there ("came in", "went ahead").
    Presence,
    /// Money traded ("how much did we take"): a no-show's booking was still paid.
    Money,
    /// A typical amount of money ("the average bill"): of the things that took place.
    Typical,
}

/// "how many patients came in": a column of outcomes holding absences ("No-show", "Cancelled") has
/// those rows left out, and the answer says which values it left out.
#[allow(clippy::too_many_arguments)]
fn absences_left_out(
    plan: &mut Plan,
    s: &mut Slots,
    desk: &Desk,
    lx: &Lexicon,
    fact: usize,
    how: Said,
    money: Option<&str>,
    lookup: &mut dyn super::Lookup,
) {
    let said = how != Said::Money;
    let tb = table(desk, fact);
    let is_remarks = |c: &Column| {
        crate::semantics::name_words(&c.name).iter().any(|w| {
            matches!(
                w.as_str(),
                "note" | "notes" | "comment" | "comments" | "remark" | "remarks" | "memo" | "description"
            )
        })
    };
    // (Whether a column other than remarks holds a value saying a row did not take place.)
    let other_statuses = tb.columns.iter().any(|c| {
        c.role == Role::Category
            && !is_remarks(c)
            && (c.listed.iter().any(|v| is_absence(lx, v)) || names_presence(lx, &c.name))
    });
    let money_below_zero = money.and_then(|m| tb.column(m)).is_none_or(|c| {
        c.role == Role::SignedAmount || c.min.as_ref().and_then(|v| v.as_f64()).is_none_or(|x| x < 0.0)
    });
    let row_nouns: Vec<String> =
        crate::semantics::name_words(&tb.name).iter().map(|w| crate::analyst::compile::words::singular(w)).collect();
    for c in tb.columns.iter().filter(|c| c.role == Role::Category && !c.listed.is_empty()) {
        // (Nor a column the question asks about: "what share of teams escaped" keeps those who failed.)
        let shared = matches!(&plan.operation, Operation::Share { part } if part.iter().any(|f| f.column == c.name));
        if plan.filters.iter().any(|f| f.column == c.name) || shared {
            continue;
        }
        let mut absent: Vec<String> = Vec::new();
        let status_column = crate::semantics::name_words(&c.name)
            .iter()
            .any(|w| matches!(w.as_str(), "status" | "state" | "outcome" | "result"));
        // (A column of many values is notes or details written freely, "Refund - trader pitch cancelled": not
        // each row's status, unless its name says so.)
        if !status_column && c.folded_values.unwrap_or(c.listed.len() as u64) > 20 {
            continue;
        }
        // (Nor a column of remarks, "Notes" holding "rang to cancel": what was written about a row, not whether it
        // took place; the row's status says that.)
        let remarks = is_remarks(c);
        // (Unless no other column says whether rows took place: a log of litter picks whose "Notes" say
        // "called off (rain)" or "Cancelled - storm warning" has nothing else to say it.)
        if remarks && !status_column && other_statuses {
            continue;
        }
        // ("No", "N" in a column named for turning up, `Attended?`: the rows that did not.)
        let attendance = names_presence(lx, &c.name);
        let done_beside = c.listed.iter().any(|v| crate::semantics::says_done(&crate::semantics::fold(v)));
        for v in &c.listed {
            let canon = c.canonical(v);
            // (Not a value the question said to keep: "cancelled ones included".)
            let kept = s.kept.iter().any(|k| crate::semantics::fold(k) == crate::semantics::fold(&canon));
            // (A claim rejected was made, and came in, but its money was never paid: unpaid only for money.)
            let unpaid = how == Said::Money && lx.has(crate::semantics::fold(v).trim_end_matches('.'), "unpaid");
            // (Money taken: a job still in progress beside jobs done has not brought its money in yet.)
            let not_yet = how == Said::Money && done_beside && is_underway(v);
            // (A day not worked, in a column of each row's status: "Rest day", "Weather", "Repairs".)
            let idle = status_column && is_idle(v);
            // (Money given back: an order "Refunded", "Refund - lost in post", brought nothing in.)
            // (Only where the money never goes below zero: a refund written as a row of its own with money below
            // zero nets out of the figure by itself.)
            let given_back = how == Said::Money && !money_below_zero && is_given_back(lx, v);
            let said_no = no_show_of(lx, attendance, v);
            // (In a status column that says which rows were done, a value saying something was not there or could
            // not be done, "No driver available", "Passenger not in", "Couldn't cover": not done.)
            let not_done =
                status_column && done_beside && said_not(v) && !crate::semantics::says_done(&crate::semantics::fold(v));
            // ("No service - snow" in a register of services: no row of the kind the table holds took place.)
            let no_row = {
                let f = crate::semantics::fold(v);
                let ws: Vec<&str> = f.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
                ws.len() >= 2 && ws[0] == "no" && row_nouns.contains(&crate::analyst::compile::words::singular(ws[1]))
            };
            if (is_absence(lx, v) || unpaid || not_yet || idle || given_back || said_no || not_done || no_row)
                && !absent.contains(&canon)
                && !kept
            {
                absent.push(canon);
            }
        }
        if absent.is_empty()
            || absent.len() >= c.folded_values.unwrap_or(c.listed.len() as u64) as usize && c.nulls == 0
        {
            continue;
        }
        // Money asked for (not what took place): a no-show's booking stood, and its money was taken; only
        // the other absences (cancelled, void, failed) are left out of money.
        // (Not where the question says the things took place: "games that actually went ahead", "played games
        // only" with a value of this column.)
        let named_here =
            s.values.iter().any(|v| v.cands.iter().any(|(id, _)| id.table == fact && col(desk, *id).name == c.name));
        if money.is_some() && !(said && (s.presence_said || named_here)) {
            // ("No", "N" in a column named for turning up are no-shows too.)
            let shows: Vec<String> = absent.iter().filter(|v| no_show_of(lx, attendance, v)).cloned().collect();
            if !shows.is_empty() {
                absent.retain(|v| !shows.contains(v));
                s.assumptions.push(format!(
                    "the rows with {} {} are kept: a booking the customer did not turn up to was still paid",
                    c.words(),
                    shows.iter().map(|v| format!("{v:?}")).collect::<Vec<_>>().join(" or ")
                ));
                if absent.is_empty() {
                    continue;
                }
            }
        }
        let which = absent.iter().map(|v| format!("{v:?}")).collect::<Vec<_>>().join(" or ");
        // Money asked for (not what took place): rows that did not take place but carry under half the money of
        // the others hold a fee charged for it (a no-show fee), which was taken; rows carrying about the
        // full price (a cancelled order's line total) were not.
        if let (false, Some(m)) = (said, money) {
            let spellings: Vec<String> =
                c.listed.iter().filter(|v| absent.contains(&c.canonical(v))).cloned().collect();
            if let Some((among, others)) = lookup.means(&tb.name, m, &c.name, &spellings) {
                if others > 0.0 && among > 0.0 && among < 0.5 * others {
                    s.assumptions.push(format!(
                        "the rows with {} {which} are kept: their {m} (on average {among:.2}, against {others:.2}) reads as a charge made for them",
                        c.words()
                    ));
                    continue;
                }
            }
        }
        s.assumptions.push(if how == Said::Typical {
            format!(
                "a typical amount is of the things that took place: the rows with {} {which} are left out",
                c.words()
            )
        } else if said {
            format!("what took place is read as leaving out the rows with {} {which}", c.words())
        } else if absent.iter().any(|v| is_given_back(lx, v)) {
            format!(
                "money given back, or of things that did not take place, is left out: the rows with {} {which}",
                c.words()
            )
        } else if absent.iter().any(|v| is_underway(v)) {
            format!(
                "money not taken yet, or of things that did not take place, is left out: the rows with {} {which}",
                c.words()
            )
        } else {
            format!("money of things that did not take place is left out: the rows with {} {which}", c.words())
        });
        plan.filters.push(Filter::not_in(&c.name, &absent));
    }
}

/// A money column with a few rows below zero among many above (refunds, returns, reversals: at most one
/// row in five): the rows that take money back.
fn reversal_column<'d>(desk: &'d Desk, lx: &Lexicon, fact: usize) -> Option<&'d Column> {
    let c = signed_money(desk, lx, fact)?;
    let (Some(neg), Some(pos)) = (c.negatives, c.positives) else { return None };
    (neg > 0 && neg * 4 <= pos).then_some(c)
}

/// The rows that take money back (see [`reversal_column`]) are not things of the kind the table's rows
/// are (a refund is not a pledge, a return not an order): counts of rows and averages, medians and
/// extremes of the amount leave them out, and say so; totals stay net of them. A question that names
/// them ("refunds") nets them out, leaves them out, or measures them (as positive amounts), as it says.
fn reversals(
    plan: &mut Plan,
    s: &mut Slots,
    desk: &Desk,
    lx: &Lexicon,
    fact: usize,
    lookup: &mut dyn super::Lookup,
) -> Result<(), String> {
    let tb = table(desk, fact);
    let Some(c) = reversal_column(desk, lx, fact) else {
        // "leave out cancellations and refunds" where no money goes below zero but a status says "Refunded":
        // those rows, as the data says it.
        if let Some((how @ (Reversal::Without | Reversal::Only), w)) = &s.reversal {
            let st = stem(w.trim_end_matches("ed").trim_end_matches('s'));
            let named: Vec<(&Column, String)> = tb
                .columns
                .iter()
                .filter(|c| {
                    c.role == Role::Category && !plan.filters.iter().any(|f| f.column == c.name && f.op == FilterOp::In)
                })
                .flat_map(|c| {
                    let mut vs: Vec<String> = c
                        .listed
                        .iter()
                        .filter(|v| {
                            let f = crate::semantics::fold(v);
                            !f.contains(' ') && stem(f.trim_end_matches("ed").trim_end_matches('s')) == st
                        })
                        .map(|v| c.canonical(v))
                        .collect();
                    vs.sort();
                    vs.dedup();
                    vs.into_iter().map(move |v| (c, v))
                })
                .collect();
            if let [(c, v)] = named.as_slice() {
                let vs = [v.clone()];
                if *how == Reversal::Without {
                    if !plan.filters.iter().any(|f| f.column == c.name && f.values.iter().any(|x| x.text() == *v)) {
                        plan.filters.push(Filter::not_in(&c.name, &vs));
                    }
                    s.assumptions.push(format!("\"{w}\" read as the rows with {} {v:?}, left out", c.words()));
                } else {
                    plan.filters.push(Filter::is_in(&c.name, &[v.as_str()]));
                    s.assumptions.push(format!("\"{w}\" read as the rows with {} {v:?}", c.words()));
                }
                return Ok(());
            }
        }
        return match &s.reversal {
            Some((_, w)) => Err(format!(
                "which rows are \"{w}\": no money column of {} holds a few rows below zero among many above",
                tb.name
            )),
            None => Ok(()),
        };
    };
    let neg = c.negatives.unwrap_or(0);
    let noun = tb.name.replace('_', " ");
    let back = |w: &str| format!("\"{w}\" read as the {neg} rows with {} below zero", c.words());
    let filter = |op: FilterOp| Filter {
        column: c.name.clone(),
        op,
        values: vec![Value::Number(0.0)],
        part: None,
        since: None,
        unit: None,
        times: None,
        than: None,
    };
    let on_c = |m: &Measure| m.column.as_deref() == Some(c.name.as_str()) && m.times.is_none();
    match s.reversal.clone() {
        Some((Reversal::Only, w)) => {
            let mut done = false;
            // "which month did we refund the most": with no word of counting, what was given back is money.
            let counted = s.count_word || s.texts.iter().any(|t| lx.has(t, "agg:count"));
            if !counted {
                for m in &mut plan.measures {
                    if m.agg == Agg::Count && m.column.is_none() && m.each.is_none() && m.part.is_empty() {
                        *m = Measure::new(Agg::Sum, Some(&c.name));
                    }
                }
            }
            for m in &mut plan.measures {
                if on_c(m)
                    && m.sign == Sign::All
                    && matches!(m.agg, Agg::Sum | Agg::Avg | Agg::Median | Agg::Min | Agg::Max)
                {
                    m.sign = Sign::Outflow;
                    done = true;
                } else if m.agg == Agg::Count && m.column.is_none() {
                    done = true;
                }
            }
            // (A value naming the rows, "Refund", picks them itself.)
            let named = s.values.iter().any(|v| !v.excluded && v.words == w);
            if !named && plan.measures.iter().any(|m| m.agg == Agg::Count && m.column.is_none()) {
                plan.filters.push(filter(FilterOp::Lt));
            }
            if !done {
                return Err(format!("what to measure of the \"{w}\""));
            }
            if named {
                s.assumptions.push(format!(
                    "\"{w}\" read as the rows of that value, their {} below zero as positive amounts",
                    c.words()
                ));
            } else {
                s.assumptions.push(format!("{}, as positive amounts", back(&w)));
            }
            return Ok(());
        }
        Some((Reversal::Without, w)) => {
            // (Rows at zero are not reversals: "membership washes" recorded at 0 stay.)
            if !plan.filters.iter().any(|f| f.column == c.name && matches!(f.op, FilterOp::Gt | FilterOp::Ge)) {
                plan.filters.push(filter(FilterOp::Ge));
            }
            s.assumptions.push(format!("{}, left out", back(&w)));
            return Ok(());
        }
        Some((Reversal::Net, w)) => {
            s.assumptions.push(format!("{}; totals are net of them", back(&w)));
        }
        None => {}
    }
    if matches!(
        plan.operation,
        Operation::Quality | Operation::Describe | Operation::Correlation | Operation::MostCommon { .. }
    ) {
        return Ok(());
    }
    let refunds_named = tb
        .columns
        .iter()
        .any(|x| x.role == Role::Category && x.listed.iter().any(|v| lx.has(&crate::semantics::fold(v), "reversal")));
    let fits = |m: &Measure| {
        m.times.is_none()
            && m.sign == Sign::All
            && match m.agg {
                Agg::Count => m.column.is_none(),
                // ("how many orders" of a table of order lines: a return is no order.)
                Agg::CountDistinct => s.things_of_lines,
                Agg::Avg | Agg::Median if m.column.as_deref() == Some(c.name.as_str()) => true,
                // ("how many passengers are on a booking, on average": a refund's row is no booking, where
                // the table names such rows by a kind of their own, a `Refund` type. A bill in credit is
                // still a bill.)
                Agg::Avg | Agg::Median => m.column.is_some() && m.since.is_none() && refunds_named,
                Agg::Min | Agg::Max => m.column.as_deref() == Some(c.name.as_str()),
                // ("how many hoodies were ordered": the quantity on a refund's row is no order, where the table
                // names such rows by a kind of their own.)
                Agg::Sum => {
                    refunds_named
                        && m.since.is_none()
                        && m.plus.is_none()
                        && m.minus.is_none()
                        && m.column.as_deref().is_some_and(|col_name| {
                            quantity_columns(desk, lx, fact)
                                .iter()
                                .any(|q| table(desk, fact).columns[q.col].name == col_name)
                        })
                }
                _ => false,
            }
    };
    if plan.measures.is_empty() || !plan.measures.iter().all(fits) || plan.filters.iter().any(|f| f.column == c.name) {
        return Ok(());
    }
    // "how many chargebacks": a value named by a word for reversals picks those rows; they are what is
    // counted, not left out.
    // ("how many loyalty credits did we hand out": a word of it will do.)
    let reversal = |w: &str| {
        let w = w.to_lowercase();
        lx.has(&w, "reversal") || w.split_whitespace().any(|x| lx.has(x, "reversal"))
    };
    if s.values.iter().any(|v| !v.excluded && reversal(&v.words)) {
        return Ok(());
    }
    // "what percentage of ledger entries": rows counted as rows, whatever they record, are all of them.
    let as_rows = plan.measures.iter().all(|m| m.agg == Agg::Count)
        && s.texts.iter().any(|w| {
            matches!(w.as_str(), "entries" | "entry" | "rows" | "row" | "records" | "record" | "lines" | "line")
        });
    if as_rows {
        return Ok(());
    }
    // ("how many referral credits did we hand out": the rows of the values kept are all below zero: they are
    // what is counted, not left out.)
    let value_filters: Vec<(ColId, Vec<String>, bool)> = plan
        .filters
        .iter()
        .filter(|f| matches!(f.op, FilterOp::In | FilterOp::NotIn))
        .filter_map(|f| {
            let k = tb.columns.iter().position(|x| x.name == f.column && x.role == Role::Category)?;
            let vals = f
                .values
                .iter()
                .filter_map(|v| match v {
                    Value::Text(t) => Some(t.clone()),
                    _ => None,
                })
                .collect();
            Some((ColId { table: fact, col: k }, vals, f.op == FilterOp::NotIn))
        })
        .collect();
    let kept = kept_spellings(desk, fact, &value_filters);
    if kept.iter().any(|(_, _, excl)| !excl) {
        if let Some((below, 0)) = lookup.signs(&tb.name, &c.name, &kept) {
            if below > 0 {
                return Ok(());
            }
        }
    }
    plan.filters.push(filter(FilterOp::Ge));
    s.assumptions.push(format!(
        "the {neg} rows with {} below zero (refunds, returns or reversals) are not counted as {noun}; totals are net of them",
        c.words()
    ));
    Ok(())
}

/// Of several amount columns in one unit, the amount of the thing itself: not one named for what went
/// wrong with part of it (`rejected_kg` beside `kg_picked`, `curtailed_kwh` beside `energy_kwh`), nor one
/// planned or offered (`expected_kwh`), and the net weight, not the gross or the tare.
fn the_thing_itself(desk: &Desk, lx: &Lexicon, cands: &[ColId]) -> Option<ColId> {
    let words_of = |c: &ColId| crate::semantics::name_words(&col(desk, *c).name);
    let aside = |c: &ColId| words_of(c).iter().any(|w| lx.has(w, "eval:bad") || lx.has(w, "offer"));
    let mut plain: Vec<ColId> = cands.iter().copied().filter(|c| !aside(c)).collect();
    let net: Vec<ColId> = plain.iter().copied().filter(|c| words_of(c).iter().any(|w| w == "net")).collect();
    let others_gross = plain
        .iter()
        .filter(|c| !net.contains(c))
        .all(|c| words_of(c).iter().any(|w| matches!(w.as_str(), "gross" | "tare")));
    if net.len() == 1 && others_gross {
        plain = net;
    }
    match plain.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// "On how many days was the whole canteen closed": with the whole of the thing said, the days on which
/// every row (each counter) has the values asked, not the days on which any one of them has: the share of
/// each day's rows holding them is all of them. (On a table of one row a day, the two are the same.)
fn whole_of_each_day(plan: &mut Plan, s: &mut Slots, desk: &Desk, fact: usize) {
    let whole = s.texts.iter().any(|t| matches!(t.as_str(), "whole" | "entire" | "the whole" | "the entire"));
    if !whole || !matches!(plan.operation, Operation::Total) || !plan.group_by.is_empty() {
        return;
    }
    let tb = table(desk, fact);
    let [m] = plan.measures.as_slice() else { return };
    let Some(date) = m.column.as_deref().filter(|c| tb.columns.iter().any(|x| &x.name == c && x.role == Role::Time))
    else {
        return;
    };
    if m.agg != Agg::CountDistinct || !m.part.is_empty() {
        return;
    }
    let date = date.to_string();
    let said =
        |f: &Filter| f.op == FilterOp::In && tb.columns.iter().any(|x| x.name == f.column && x.role == Role::Category);
    if !plan.filters.iter().any(said) {
        return;
    }
    let (kept, rest): (Vec<Filter>, Vec<Filter>) = plan.filters.drain(..).partition(said);
    plan.filters = rest;
    let words: Vec<String> = kept
        .iter()
        .map(|f| format!("{} {}", f.column, f.values.iter().map(|v| v.text()).collect::<Vec<_>>().join(" or ")))
        .collect();
    let mut rows = Measure::rows();
    rows.part = kept;
    plan.measures = vec![rows];
    plan.group_by = vec![Group { column: Some(date), time: Some(Grain::Day) }];
    plan.operation = Operation::GroupsWhere { op: FilterOp::Ge, values: vec![100.0] };
    s.assumptions.push(format!(
        "\"the whole\" read as the days on which every row has {} (not any one of them)",
        words.join(" and ")
    ));
}

/// "Our best selling drink", "the most popular service": a superlative of a kind said as a value (`category`
/// Drinks, `kind` Service) ranks the things of that kind: the one other column of its table whose every
/// value comes with one value of the kind (`item_name`: a Latte is always a Drink), among the rows of that
/// kind. Said in the answer. False when there is no such column, or more than one.
fn finer_kind_ranked(
    plan: &mut Plan,
    s: &mut Slots,
    desk: &Desk,
    lx: &Lexicon,
    fact: usize,
    lookup: &mut dyn super::Lookup,
) -> bool {
    let Some((desc, _)) = s.superlative else { return false };
    let mut kinds: Vec<ColId> = Vec::new();
    for f in plan.filters.iter().filter(|f| f.op == FilterOp::In && f.values.len() == 1) {
        for t in reach(desk, fact) {
            for (i, c) in table(desk, t).columns.iter().enumerate() {
                let id = ColId { table: t, col: i };
                if c.role == Role::Category && cname(desk, id, Some(fact)) == f.column {
                    kinds.push(id);
                }
            }
        }
    }
    let [a] = kinds.as_slice() else { return false };
    let ca = col(desk, *a);
    let tb = table(desk, a.table);
    let says_absence = |c: &Column| c.listed.iter().any(|v| is_absence(lx, v));
    let finer: Vec<ColId> = (0..tb.columns.len())
        .map(|i| ColId { table: a.table, col: i })
        .filter(|b| {
            let cb = col(desk, *b);
            *b != *a
                && matches!(cb.role, Role::Category | Role::Text)
                && cb.is_text()
                && !cb.yes_no
                // (People are not a finer kind of a thing; "item_name" is the item's name, not a person's.)
                && !crate::semantics::name_words(&cb.name).iter().any(|w| w != "name" && w != "names" && lx.has(w, "person"))
                && !says_absence(cb)
                && cb.folded_values.unwrap_or(cb.distinct) > ca.folded_values.unwrap_or(ca.distinct)
        })
        .filter(|b| lookup.nests(&tb.name, &col(desk, *b).name, &ca.name) == Some(true))
        .collect();
    let [b] = finer.as_slice() else { return false };
    plan.group_by = vec![Group::column(&cname(desk, *b, Some(fact)))];
    plan.operation = Operation::Rank { order: if desc { Order::Desc } else { Order::Asc }, n: None };
    s.assumptions.push(format!(
        "the things ranked are the {} values, each of one {} (among the rows of the {} asked)",
        col(desk, *b).name,
        ca.name,
        ca.name
    ));
    true
}

/// The position of the word "rate" right after the measure named by `words` at `pos` ("the dropped call
/// rate"), where it reads as a rate of that measure.
fn rate_named_after(s: &Slots, pos: usize, words: &str) -> Option<usize> {
    let span = words.split_whitespace().count().max(1);
    s.ops
        .iter()
        .find(|(o, p)| {
            o == "share" && *p > pos && *p <= pos + span && s.texts.get(*p).is_some_and(|t| t.starts_with("rate"))
        })
        .map(|(_, p)| *p)
}

/// Whether `column` of table `fact` holds only yes/no values.
fn yes_no_col(desk: &Desk, fact: usize, column: &str) -> bool {
    table(desk, fact).columns.iter().any(|c| c.name == column && c.yes_no)
}

/// Ranking order for a superlative that judges ("worst", "best") rather than measures: a measure of
/// something that went wrong (its column or the values it counts say "dropped", "late", "No-show") is worst
/// when highest, so "the worst dropped-call rate" ranks from the highest. Other superlatives keep `desc`.
fn judged(desc: bool, s: &Slots, lx: &Lexicon, measures: &[Measure]) -> bool {
    let Some((_, p)) = s.superlative else { return desc };
    if !s.texts.get(p).is_some_and(|t| lx.has(t, "eval:judge")) {
        return desc;
    }
    let bad_words = |text: &str| {
        let ws = crate::semantics::name_words(text);
        ws.iter().any(|w| lx.has(w, "eval:bad")) || ws.windows(2).any(|x| lx.has(&x.join(" "), "eval:bad"))
    };
    let bad = measures.iter().any(|m| {
        let part_bad = m.part.iter().any(|f| {
            f.values.iter().any(|v| {
                let t = v.text();
                match crate::semantics::yes_no_word(&crate::semantics::fold(&t)) {
                    // A yes/no column's rows counted: bad when its name is bad and yes is counted, or
                    // its name is good and no is.
                    Some(yn) => bad_words(&f.column) == (yn == "yes"),
                    None => bad_words(&t),
                }
            })
        });
        part_bad || m.part.is_empty() && m.column.as_deref().is_some_and(bad_words)
    }) || s.measures.iter().any(|x| matches!(&x.kind, MKind::Kind(k) if k == "delay"));
    // (A delay the data does not store is bad when long: "the worst delays" are the longest.)
    if bad {
        !desc
    } else {
        desc
    }
}

fn s_text_is(s: &Slots, k: usize, w: &str) -> bool {
    s.texts.get(k).is_some_and(|t| t == w)
}

/// Whether the word before item `k` is one of `ws` ("per customer").
fn s_text_before_is(s: &Slots, k: usize, ws: &[&str]) -> bool {
    k > 0 && s.texts.get(k - 1).is_some_and(|t| ws.contains(&t.as_str()))
}

fn col_is_averaged(desk: &Desk, fact: usize, c: Option<&str>) -> bool {
    c.is_some_and(|c| table(desk, fact).columns.iter().any(|x| x.name == c && x.role.is_averaged()))
}

/// "Q1 vs Q2 2026": a period named without a year takes the other's year.
fn share_year_pair(a: &PeriodExpr, b: &PeriodExpr) -> (PeriodExpr, PeriodExpr) {
    let with_year = |x: &PeriodExpr, other: &PeriodExpr| -> PeriodExpr {
        if let (PeriodExpr::NoYear { grain, n }, PeriodExpr::Unit(u)) = (x, other) {
            if let Some(y) = u.get(0..4) {
                let unit = match grain {
                    Grain::Month => format!("{y}-{n:02}"),
                    Grain::Quarter => format!("{y}-Q{n}"),
                    Grain::Year if *n > 10 => format!("{y}-H{}", n - 10),
                    _ => return x.clone(),
                };
                return PeriodExpr::Unit(unit);
            }
        }
        x.clone()
    };
    (with_year(a, b), with_year(b, a))
}

/// Whether a group's column names people (an instructor, a customer name, an agent).
fn group_names_people(desk: &Desk, lx: &Lexicon, fact: usize, g: &Group) -> bool {
    let Some(c) = &g.column else { return false };
    let (t, name) = match c.split_once('.') {
        Some((t, n)) => (desk.tables.iter().position(|x| x.name == t).unwrap_or(fact), n),
        None => (fact, c.as_str()),
    };
    table(desk, t).columns.iter().any(|x| x.name == name && names_people(lx, x))
}

/// Whether a word of the column's name is a word for people (`customer_id`, `instructors`).
pub(super) fn names_people(lx: &Lexicon, c: &Column) -> bool {
    let ws = crate::semantics::name_words(&c.name);
    // ("sold_by", "approved_by", "handled_by": text saying who did it.)
    let done_by = matches!(ws.as_slice(), [v, b] if b == "by"
        && (v.ends_with("ed") || !lx.verb_forms(v).is_empty())
        && matches!(c.role, Role::Text | Role::Category)
        // (Names, written with capitals: not `sold_by` holding "bulk bag", "net", "crate".)
        && c.listed.iter().filter(|x| x.chars().next().is_some_and(char::is_lowercase)).count() * 5 <= c.listed.len());
    // ("Rider", "Organiser" holding "Priya Shah", "Mark Ellis": a doer's noun whose values are people's names.)
    let doer = ws.last().is_some_and(|l| {
        let l = crate::analyst::compile::words::singular(l);
        l.len() > 4 && (l.ends_with("er") || l.ends_with("or") || l.ends_with("ist"))
    }) && matches!(c.role, Role::Text | Role::Category)
        && looks_like_names(c);
    // (A column called "Who" holding "Mum", "Dad", "Gran": who did it.)
    let who = ws.len() == 1 && ws[0] == "who" && matches!(c.role, Role::Text | Role::Category);
    // (A long name is a form's question, "Will you be joining us in person?": a word for people inside it is
    // not what the column holds; there only its last word names what the column holds.)
    let named = if ws.len() > 3 { &ws[ws.len() - 1..] } else { &ws[..] };
    // (A kind of person, `customer_type` holding "Domestic", "Pub": kinds, not people.)
    let kinds = ws.len() > 1 && ws.last().is_some_and(|l| super::link::is_kind_word(l));
    !kinds
        && (done_by
            || who
            || doer
            || named
                .iter()
                .any(|w| lx.has(w, "person") || lx.has(&crate::analyst::compile::words::singular(w), "person")))
}

/// Most of a column's values are written like people's names: two or three words, each a capital and letters
/// ("Priya Shah", "Mary-Jane O'Neill").
fn looks_like_names(c: &Column) -> bool {
    let name = |v: &str| {
        let ws: Vec<&str> = v.split_whitespace().collect();
        (2..=3).contains(&ws.len())
            && ws.iter().all(|w| {
                w.chars().next().is_some_and(|ch| ch.is_uppercase())
                    && w.chars().all(|ch| ch.is_alphabetic() || ch == '-' || ch == '\'' || ch == '.')
            })
    };
    let n = c.listed.len();
    n >= 2 && c.listed.iter().filter(|v| name(v)).count() * 5 >= n * 4
}

/// Two values of one column named in a change question ("from Term 1 to Term 3"), when no two periods
/// are: (the filter's index, the first value, the second value).
fn value_change_pair(filters: &[Filter], periods: usize) -> Option<(usize, String, String)> {
    if periods >= 2 {
        return None;
    }
    let i = filters.iter().position(|f| f.op == FilterOp::In && f.values.len() == 2)?;
    let v: Vec<String> = filters[i].values.iter().map(|x| x.text()).collect();
    Some((i, v[0].clone(), v[1].clone()))
}

/// Months, quarters or halves said without a year (`b`), in year `y`; None for anything else.
fn months_of_year(b: &PeriodExpr, y: &str) -> Option<PeriodExpr> {
    match b {
        PeriodExpr::NoYear { grain: Grain::Month, n } => Some(PeriodExpr::Unit(format!("{y}-{n:02}"))),
        PeriodExpr::NoYear { grain: Grain::Quarter, n } => Some(PeriodExpr::Unit(format!("{y}-Q{n}"))),
        PeriodExpr::Span(a, z) => {
            Some(PeriodExpr::Span(Box::new(months_of_year(a, y)?), Box::new(months_of_year(z, y)?)))
        }
        _ => None,
    }
}

/// Months (or quarters) said without a year beside two years, "June to September ... from 2024 to 2025",
/// "Q1 in 2024 and 2025": (those months of the first year, of the second, the months as said).
fn months_in_two_years(found: &[PeriodExpr]) -> Option<(PeriodExpr, PeriodExpr, PeriodExpr)> {
    let year = |p: &PeriodExpr| match p {
        PeriodExpr::Unit(u) if u.len() == 4 && u.chars().all(|c| c.is_ascii_digit()) => Some(u.clone()),
        _ => None,
    };
    let no_year = |p: &PeriodExpr| months_of_year(p, "2000").is_some();
    let m = found.iter().find(|p| no_year(p))?;
    let rest: Vec<&PeriodExpr> = found.iter().filter(|p| !no_year(p)).collect();
    let (y1, y2) = match rest.as_slice() {
        [PeriodExpr::Span(a, b)] => (year(a)?, year(b)?),
        [a, b] => (year(a)?, year(b)?),
        _ => return None,
    };
    if found.len() != rest.len() + 1 || y1 == y2 {
        return None;
    }
    let (y1, y2) = if y2 < y1 { (y2, y1) } else { (y1, y2) };
    Some((months_of_year(m, &y1)?, months_of_year(m, &y2)?, m.clone()))
}

/// A period expression in words, for a decline ("March", "Q1 2026", "the last 3 months").
fn period_words(p: &PeriodExpr) -> String {
    let unit =
        |u: &str| crate::analyst::compile::bind::unit_range(u).map(|(_, _, l)| l).unwrap_or_else(|| u.to_string());
    match p {
        PeriodExpr::Unit(u) => unit(u),
        PeriodExpr::NoYear { grain: Grain::Month, n } => {
            crate::calendar::MONTH_NAMES.get((*n as usize).wrapping_sub(1)).map(|m| m.to_string()).unwrap_or_default()
        }
        PeriodExpr::NoYear { grain: Grain::Quarter, n } => format!("Q{n}"),
        PeriodExpr::NoYear { n, .. } => format!("H{}", n.saturating_sub(10)),
        PeriodExpr::Span(a, b) => format!("{} to {}", period_words(a), period_words(b)),
        PeriodExpr::Since(a) => format!("since {}", period_words(a)),
        PeriodExpr::After(a) => format!("after {}", period_words(a)),
        PeriodExpr::Before(a) => format!("before {}", period_words(a)),
        PeriodExpr::Until(a) => format!("until {}", period_words(a)),
        PeriodExpr::LastN { n, grain } => format!("the last {n} {}s", grain.word()),
        PeriodExpr::Relative { back: 0, grain } => format!("this {}", grain.word()),
        PeriodExpr::Relative { grain, .. } => format!("the previous {}", grain.word()),
        PeriodExpr::Edge { last, grain } => format!("the {} {}", if *last { "last" } else { "first" }, grain.word()),
        PeriodExpr::YearToDate => "year to date".into(),
    }
}

/// The periods named without a year inside an expression ("March", "Q2").
fn collect_no_year(p: &PeriodExpr, out: &mut Vec<PeriodExpr>) {
    match p {
        PeriodExpr::NoYear { .. } => out.push(p.clone()),
        PeriodExpr::Span(a, b) => {
            collect_no_year(a, out);
            collect_no_year(b, out);
        }
        PeriodExpr::Since(a) | PeriodExpr::After(a) | PeriodExpr::Before(a) | PeriodExpr::Until(a) => {
            collect_no_year(a, out)
        }
        _ => {}
    }
}

/// Columns as people can tell them apart: their names, or, where two tables hold a column of the same
/// name (two exports of one file), "revenue of sales (from sales (2).csv)".
fn col_names(desk: &Desk, cs: &[ColId]) -> Vec<String> {
    let same = cs.iter().any(|a| cs.iter().any(|b| a != b && col(desk, *a).name == col(desk, *b).name));
    cs.iter()
        .map(|c| {
            if same {
                let t = table(desk, c.table);
                format!("{} of table {} (from {})", col(desk, *c).name, t.name, t.source)
            } else {
                col(desk, *c).name.clone()
            }
        })
        .collect()
}
