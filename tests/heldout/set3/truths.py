#!/usr/bin/env python3
"""Held-out set 3: the questions and their truths, side by side.

    python3 tests/heldout/set3/truths.py        # rewrites questions.json

Reads the committed CSVs under data/ with its own parsing of the messy values (it does not import
generate.py: the truths come from the files as a user would receive them) and computes every truth in
plain Python. Each question is a function: the decorator holds the question as a user would type it and a
note on how a careful analyst reads it; the body computes the truth.

Reading rules used throughout (a careful human analyst's reading):
- a category is folded before grouping: surrounding spaces stripped, inner runs of spaces collapsed, a
  trailing period dropped, case ignored ("Dine-in  ", "DINE-IN", "Dine-in." are one channel);
- empty cells and the words n/a, na, -, none, null mean missing: left out of sums, averages and counts of
  values (a blank solar_export_kwh is a household without panels: nothing exported);
- money strings lose "$" and thousands separators ("-$1,234.50" is -1234.50, "$95,000" is 95000);
- dates: pos_lines.csv (with a time of day) and applications.csv are day-first (31/03/2024),
  meter_bills.csv and claims.csv are US (03/31/2024), route_days.csv is ISO, incidents.csv has ISO
  datetimes with seconds;
- durations "26:05" (h:mm) are hours and minutes: 26.0833 hours;
- pos_lines.csv stores no money: a line's sales are qty x the item's price in menu.csv (joined on
  item_code); refund / comp lines have a negative qty, so summing qty x price nets them out;
- meter_bills.csv amount_due is signed: a negative bill is a credit owed to the household; totals billed
  are the sum of the signed amounts;
- route_days.csv is pre-aggregated (one row per route per day): trips and passengers are the sums of its
  count columns, never a count of rows; cancelled trips (scheduled - operated) are defined, not stored;
- a rate is a ratio of sums unless the data holds the fraction itself (peak_share, fraud_score);
- a change that is a fall is asked as a fall ("how much lower", "drop") and its truth is positive;
- "which X" questions are only asked where the winner leads clearly (top() asserts a margin), so a
  rounding or a reading detail cannot flip the answer; numeric thresholds in "how many X have more than N"
  questions are asserted to sit clear of every group's value.
"""

import csv
import datetime as dt
import json
import statistics
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

MISSING = {"", "n/a", "na", "-", "none", "null"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ----------------------------------------------------------------------------------------------
# parsing


def read(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def is_missing(s):
    return s is None or s.strip().casefold() in MISSING


def num(s):
    """A number from a messy cell, or None when missing."""
    if is_missing(s):
        return None
    t = s.strip().replace("$", "").replace(",", "").replace(" ", "")
    return float(t)


def fold(s):
    """The grouping key of a category spelling; None when blank."""
    if s is None:
        return None
    t = " ".join(s.split()).rstrip(".").strip().casefold()
    return t or None


def canon(raw_values):
    """fold key -> the most common tidy spelling (for labels)."""
    by = defaultdict(Counter)
    for v in raw_values:
        k = fold(v)
        if k:
            by[k][" ".join(v.split()).rstrip(".")] += 1
    # the most frequent spelling; on a tie, one that starts with a capital (then alphabetical)
    return {k: max(sorted(c), key=lambda v: (c[v], v[:1].isupper())) for k, c in by.items()}


def hmm(s):
    """'26:05' -> 26.0833 hours; None when missing."""
    if is_missing(s):
        return None
    h, m = s.strip().split(":")
    return int(h) + int(m) / 60


def day_first(s):
    return dt.datetime.strptime(s.strip(), "%d/%m/%Y").date()


def day_first_dt(s):
    return dt.datetime.strptime(s.strip(), "%d/%m/%Y %H:%M")


def us_date(s):
    return dt.datetime.strptime(s.strip(), "%m/%d/%Y").date()


def iso_date(s):
    return dt.date.fromisoformat(s.strip())


def iso_datetime(s):
    return dt.datetime.strptime(s.strip(), "%Y-%m-%d %H:%M:%S")


def quarter(d):
    return (d.month - 1) // 3 + 1


def ym(d):
    return (d.year, d.month)


# ----------------------------------------------------------------------------------------------
# labels and margins


def month_labels(y, m, year_unique=False):
    name = MONTHS[m - 1]
    out = [f"{name} {y}", f"{name[:3]} {y}", f"{y}-{m:02d}", f"{m:02d}/{y}", f"{m}/{y}", f"{name[:3]}. {y}"]
    if year_unique:
        out.append(name)
    return dedupe(out)


def weekday_labels(i):
    return [WEEKDAYS[i], WEEKDAYS[i] + "s"]


def hour_labels(h):
    """Ways of naming the hour starting at h (24-hour clock): '10:00', '10 am', '18:00', '6 pm', ..."""
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    out = [f"{h:02d}:00", f"{h}:00"] if h < 12 else [f"{h}:00"]
    out += [f"{h12} {ap}", f"{h12}{ap}", f"{h12}:00 {ap}", f"{h12}:00{ap}", f"{h12} {ap[0]}.m.", f"{h}h"]
    return dedupe(out)


def dedupe(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def ranked(d, reverse=True):
    return sorted(d.items(), key=lambda kv: kv[1], reverse=reverse)


def top(d, margin=0.02, lowest=False):
    """(key, value) of the winner; asserts it leads the runner-up by `margin` (relative)."""
    r = ranked(d, reverse=not lowest)
    (k1, v1), (_k2, v2) = r[0], r[1]
    gap = abs(v1 - v2) / max(abs(v1), abs(v2), 1e-12)
    assert gap >= margin, f"winner not clear: {r[:3]}"
    return k1, v1


def top_n(d, n, margin=0.02):
    r = ranked(d)
    vn, vnext = r[n - 1][1], r[n][1]
    assert (vn - vnext) / max(abs(vn), 1e-12) >= margin, f"top {n} not clear: {r[:n + 2]}"
    return [k for k, _ in r[:n]]


def count_over(values, threshold, margin=0.03):
    """How many values exceed threshold; asserts none sits within `margin` (relative) of it."""
    values = list(values)
    near = [v for v in values if abs(v - threshold) <= margin * threshold]
    assert not near, f"values too near the threshold {threshold}: {near}"
    return sum(1 for v in values if v > threshold)


def pct(a, b):
    return 100.0 * a / b


# ----------------------------------------------------------------------------------------------
# loaded data


def load():
    g = {}
    # menu.csv + pos_lines.csv
    mraw = read("menu.csv")
    g["menu_cat_names"] = canon(r["category"] for r in mraw)
    menu = {r["item_code"].strip(): dict(name=" ".join(r["item_name"].split()), cat=fold(r["category"]),
                                         price=num(r["price"])) for r in mraw}
    g["menu"] = menu
    praw = read("pos_lines.csv")
    g["channel_names"] = canon(r["channel"] for r in praw)
    lines = []
    for r in praw:
        item = menu[r["item_code"].strip()]
        qty = int(r["qty"])
        lines.append(dict(line=int(r["line_id"]), ticket=int(r["ticket_no"]), when=day_first_dt(r["opened_at"]),
                          channel=fold(r["channel"]), server=" ".join(r["server"].split()),
                          code=r["item_code"].strip(), qty=qty, name=item["name"], cat=item["cat"],
                          price=item["price"], sales=qty * item["price"]))
    g["pos"] = lines
    # meter_bills.csv
    braw = read("meter_bills.csv")
    g["suburb_names"] = canon(r["suburb"] for r in braw)
    g["tariff_names"] = canon(r["tariff"] for r in braw)
    g["bills"] = [dict(hid=r["household_id"].strip(), suburb=fold(r["suburb"]), tariff=fold(r["tariff"]),
                       solar=fold(r["solar"]), date=us_date(r["bill_date"]), kwh=num(r["kwh_used"]),
                       export=num(r["solar_export_kwh"]), peak=num(r["peak_share"]), amt=num(r["amount_due"]))
                  for r in braw]
    # applications.csv
    araw = read("applications.csv")
    g["role_names"] = canon(r["role"] for r in araw)
    g["dept_names"] = canon(r["department"] for r in araw)
    g["source_names"] = canon(r["source"] for r in araw)
    g["apps"] = [dict(id=r["application_id"], date=day_first(r["applied_on"]), role=fold(r["role"]),
                      dept=fold(r["department"]), source=fold(r["source"]), stage=fold(r["stage_reached"]),
                      status=fold(r["status"]), recruiter=" ".join(r["recruiter"].split()),
                      salary=num(r["expected_salary"]), score=num(r["interview_score"]),
                      days=num(r["days_to_hire"])) for r in araw]
    # route_days.csv
    rraw = read("route_days.csv")
    g["route_names"] = canon(r["route"] for r in rraw)
    g["depot_names"] = canon(r["depot"] for r in rraw)
    g["routes"] = [dict(date=iso_date(r["service_date"]), route=fold(r["route"]), depot=fold(r["depot"]),
                        sched=int(r["trips_scheduled"]), ran=int(r["trips_operated"]), ontime=int(r["trips_on_time"]),
                        delay=num(r["avg_delay_min"]), pax=int(r["boardings"])) for r in rraw]
    # incidents.csv
    iraw = read("incidents.csv")
    g["cat_names"] = canon(r["category"] for r in iraw)
    g["site_names"] = canon(r["site"] for r in iraw)
    g["incidents"] = [dict(id=r["incident_id"], when=iso_datetime(r["opened_at"]), prio=fold(r["priority"]),
                           cat=fold(r["category"]), team=" ".join(r["assigned_team"].split()),
                           status=fold(r["status"]), hours=hmm(r["time_to_resolve"]), breached=fold(r["sla_breached"]),
                           reopened=int(r["reopen_count"]), users=num(r["users_affected"]), site=fold(r["site"]))
                      for r in iraw]
    # claims.csv
    craw = read("claims.csv")
    g["policy_names"] = canon(r["policy_type"] for r in craw)
    g["state_names"] = canon(r["state"] for r in craw)
    g["claims"] = [dict(no=r["claim_no"], date=us_date(r["lodged_on"]), ptype=fold(r["policy_type"]),
                        state=fold(r["state"]), claimed=num(r["claimed_amount"]), approved=num(r["approved_amount"]),
                        status=fold(r["status"]), fraud=num(r["fraud_score"]), assessor=" ".join(r["assessor"].split()),
                        days=num(r["days_to_settle"])) for r in craw]
    return g


D = load()
QUESTIONS = []


def q(qid, dataset, question, note):
    def deco(fn):
        QUESTIONS.append(dict(id=qid, dataset=dataset, question=question, note=note, fn=fn))
        return fn
    return deco


def money(x):
    return {"number": round(x, 2), "unit": "$"}


def count(x):
    return {"number": x, "unit": ""}


def percent(x):
    return {"number": round(x, 4), "unit": "%"}


def value(x, unit=""):
    return {"number": round(x, 4), "unit": unit}


# ==============================================================================================
# pos_lines.csv + menu.csv — restaurant till lines (Mar-May 2024); sales = qty x menu price

P = D["pos"]
MC = D["menu_cat_names"]
POS = ["pos_lines.csv", "menu.csv"]


def sales(rows):
    return sum(r["sales"] for r in rows)


def tickets(rows):
    """ticket_no -> list of its lines."""
    by = defaultdict(list)
    for r in rows:
        by[r["ticket"]].append(r)
    return by


@q("s3-001", POS, "What were our total sales in April, after refunds?",
   "Sum of qty x menu price (joined on item_code) over lines opened in April 2024; refund lines (negative qty) net out.")
def _():
    return money(sales(r for r in P if ym(r["when"]) == (2024, 4)))


@q("s3-002", POS, "Which menu category brought in the most money, net of refunds?",
   "qty x price summed by the item's folded category in menu.csv, whole period; the largest, with its total.")
def _():
    by = defaultdict(float)
    for r in P:
        by[r["cat"]] += r["sales"]
    k, v = top(by)
    return {"label": [MC[k]], "number": round(v, 2), "unit": "$"}


@q("s3-003", POS, "top 3 menu items by quantity sold",
   "Net qty per item (refunds subtract), named through menu.csv; the three largest.")
def _():
    by = defaultdict(int)
    for r in P:
        by[r["name"]] += r["qty"]
    gross = defaultdict(int)
    for r in P:
        if r["qty"] > 0:
            gross[r["name"]] += r["qty"]
    labels = top_n(by, 3)
    assert labels == top_n(gross, 3)
    return {"labels": labels}


@q("s3-004", POS, "What hour of the day do we get the most orders?",
   "Distinct tickets counted by the hour of opened_at; the largest.")
def _():
    first = {}
    for r in P:
        first.setdefault(r["ticket"], r["when"])
    k, _v = top(Counter(w.hour for w in first.values()))
    return {"label": hour_labels(k)}


@q("s3-005", POS, "Which day of the week brings in the most sales?",
   "qty x price summed by day of week of opened_at (day-first dates); the largest.")
def _():
    by = defaultdict(float)
    for r in P:
        by[r["when"].weekday()] += r["sales"]
    k, _v = top(by)
    return {"label": weekday_labels(k)}


@q("s3-006", POS, "how many separate orders did we have in may",
   "Distinct ticket_no opened in May 2024 (a ticket has several lines).")
def _():
    return count(len({r["ticket"] for r in P if ym(r["when"]) == (2024, 5)}))


@q("s3-007", POS, "What's our average order value after refunds?",
   "Net sales (qty x price) over the whole period / number of distinct tickets.")
def _():
    return money(sales(P) / len({r["ticket"] for r in P}))


@q("s3-008", POS, "What share of our net sales came from delivery orders?",
   "qty x price of lines whose channel folds to Delivery / all qty x price.")
def _():
    return percent(pct(sales(r for r in P if r["channel"] == "delivery"), sales(P)))


@q("s3-009", POS, "Which server had the highest net sales in March?",
   "qty x price per server over lines opened in March 2024; the largest (a person, ahead of 'Online' too).")
def _():
    by = defaultdict(float)
    for r in P:
        if ym(r["when"]) == (2024, 3):
            by[r["server"]] += r["sales"]
    k, v = top(by)
    assert k != "Online"
    return {"label": [k], "number": round(v, 2), "unit": "$"}


@q("s3-010", POS, "How much did we give back in refunds and comps?",
   "Lines with a negative qty: qty x price summed, as a positive amount.")
def _():
    return money(-sales(r for r in P if r["qty"] < 0))


@q("s3-011", POS, "How many desserts did we sell in April, after refunds?",
   "Net qty of lines whose menu category folds to Desserts, opened in April 2024.")
def _():
    return count(sum(r["qty"] for r in P if r["cat"] == "desserts" and ym(r["when"]) == (2024, 4)))


@q("s3-012", POS, "Which category grew its net sales the most from March to May, in percent?",
   "Per menu category: qty x price in May 2024 vs March 2024, percent change; the largest.")
def _():
    a, b = defaultdict(float), defaultdict(float)
    for r in P:
        if ym(r["when"]) == (2024, 5):
            a[r["cat"]] += r["sales"]
        elif ym(r["when"]) == (2024, 3):
            b[r["cat"]] += r["sales"]
    k, v = top({k: pct(a[k] - b[k], b[k]) for k in b}, margin=0.1)
    return {"label": [MC[k]], "number": round(v, 4), "unit": "%"}


@q("s3-013", POS, "How many orders had 10 or more items on them?",
   "Tickets whose net qty (sum of qty, refunds subtract) is at least 10; the count is the same ignoring refunds.")
def _():
    t = tickets(P)
    net = sum(1 for ls in t.values() if sum(r["qty"] for r in ls) >= 10)
    gross = sum(1 for ls in t.values() if sum(r["qty"] for r in ls if r["qty"] > 0) >= 10)
    assert net == gross
    return count(net)


@q("s3-014", POS, "whats our best selling drink?",
   "Net qty per item among items whose menu category is Drinks; the largest (label only: a refund changes its count by one).")
def _():
    by = defaultdict(int)
    for r in P:
        if r["cat"] == "drinks":
            by[r["name"]] += r["qty"]
    k, _v = top(by)
    return {"label": [k]}


@q("s3-015", POS, "What's the average menu price of the items in the Mains category?",
   "menu.csv only: mean price of the items whose category folds to Mains (Pizza and Pasta are their own categories).")
def _():
    return money(statistics.mean(m["price"] for m in D["menu"].values() if m["cat"] == "mains"))


@q("s3-016", POS, "How many menu items sold more than 450 units over the whole period?",
   "Net qty per item over all lines; items above 450 (no item is within 3% of 450).")
def _():
    by = defaultdict(int)
    for r in P:
        by[r["code"]] += r["qty"]
    return count(count_over(by.values(), 450))


@q("s3-017", POS, "How much pizza revenue did we make on weekends, after refunds?",
   "qty x price of Pizza-category lines opened on a Saturday or Sunday.")
def _():
    return money(sales(r for r in P if r["cat"] == "pizza" and r["when"].weekday() >= 5))


@q("s3-018", POS, "How much more did dine-in take in May than in March, after refunds?",
   "Dine-in qty x price in May 2024 minus in March 2024.")
def _():
    a = sales(r for r in P if r["channel"] == "dine-in" and ym(r["when"]) == (2024, 5))
    b = sales(r for r in P if r["channel"] == "dine-in" and ym(r["when"]) == (2024, 3))
    assert a > b
    return money(a - b)


@q("s3-019", POS, "What percentage of orders were placed before 3pm?",
   "Distinct tickets opened before 15:00 / all distinct tickets.")
def _():
    first = {}
    for r in P:
        first.setdefault(r["ticket"], r["when"])
    return percent(pct(sum(1 for w in first.values() if w.hour < 15), len(first)))


@q("s3-020", POS, "how many items did we sell excluding drinks, after refunds",
   "Net qty of every line whose menu category is not Drinks, whole period.")
def _():
    return count(sum(r["qty"] for r in P if r["cat"] != "drinks"))


@q("s3-021", POS, "Which menu item sold the fewest?",
   "Net qty per item over the whole period; the smallest.")
def _():
    by = defaultdict(int)
    for r in P:
        by[r["name"]] += r["qty"]
    k, v = top(by, margin=0.1, lowest=True)
    assert v == sum(r["qty"] for r in P if r["name"] == k and r["qty"] > 0), "refunds change the number"
    return {"label": [k], "number": v, "unit": ""}


@q("s3-022", POS, "How many orders came to over $200?",
   "Tickets whose net qty x price exceeds 200 (the count is the same ignoring refunds).")
def _():
    t = tickets(P)
    net = sum(1 for ls in t.values() if sales(ls) > 200)
    gross = sum(1 for ls in t.values() if sales(r for r in ls if r["qty"] > 0) > 200)
    assert net == gross
    return count(net)


# ==============================================================================================
# meter_bills.csv — monthly household electricity bills, 2023-2024 (amount_due signed: credits negative)

B = D["bills"]
SUB = D["suburb_names"]
MET = ["meter_bills.csv"]


def kwh(rows):
    return sum(r["kwh"] for r in rows if r["kwh"] is not None)


@q("s3-023", MET, "How much electricity did all the households use in 2024, in kWh?",
   "Sum of kwh_used over bills dated 2024 (missing readings left out).")
def _():
    return value(kwh(r for r in B if r["date"].year == 2024), "kWh")


@q("s3-024", MET, "What's the average kWh on a bill?",
   "Mean of kwh_used over bills that have a reading.")
def _():
    return value(statistics.mean(r["kwh"] for r in B if r["kwh"] is not None), "kWh")


@q("s3-025", MET, "Which suburb used the most power in 2024?",
   "kwh_used summed per folded suburb, bills dated 2024; the largest, with its total.")
def _():
    by = defaultdict(float)
    for r in B:
        if r["date"].year == 2024 and r["kwh"] is not None:
            by[r["suburb"]] += r["kwh"]
    k, v = top(by)
    return {"label": [SUB[k]], "number": round(v, 4), "unit": "kWh"}


@q("s3-026", MET, "What was the total amount billed in 2024, net of credits?",
   "Sum of the signed amount_due over bills dated 2024 (credits are negative).")
def _():
    return money(sum(r["amt"] for r in B if r["date"].year == 2024))


@q("s3-027", MET, "How many bills were in credit?",
   "Bills with a negative amount_due.")
def _():
    return count(sum(1 for r in B if r["amt"] < 0))


@q("s3-028", MET, "Add up all the bills that were in credit - how much credit is that in total?",
   "Sum of the negative amount_due values, as a positive amount.")
def _():
    return money(-sum(r["amt"] for r in B if r["amt"] < 0))


@q("s3-029", MET, "Which month in 2024 had the highest electricity usage?",
   "kwh_used summed per month of 2024; the largest.")
def _():
    by = defaultdict(float)
    for r in B:
        if r["date"].year == 2024 and r["kwh"] is not None:
            by[r["date"].month] += r["kwh"]
    m, v = top(by)
    return {"label": month_labels(2024, m, year_unique=True), "number": round(v, 4), "unit": "kWh"}


@q("s3-030", MET, "What's the average bill for time of use customers?",
   "Mean of the signed amount_due over bills whose tariff folds to Time of Use (credits included).")
def _():
    return money(statistics.mean(r["amt"] for r in B if r["tariff"] == "time of use"))


@q("s3-031", MET, "How many households have solar panels?",
   "Distinct household_id whose solar column folds to Yes.")
def _():
    hs = {r["hid"] for r in B if r["solar"] == "yes"}
    assert not hs & {r["hid"] for r in B if r["solar"] == "no"}
    return count(len(hs))


@q("s3-032", MET, "How much solar did people export back to the grid in 2023?",
   "Sum of solar_export_kwh over bills dated 2023 (blank: no panels).")
def _():
    return value(sum(r["export"] for r in B if r["date"].year == 2023 and r["export"] is not None), "kWh")


@q("s3-033", MET, "By what percentage did total usage grow from 2023 to 2024?",
   "kWh 2024 vs kWh 2023 over all bills (more households were billed in 2024), percent change.")
def _():
    a = kwh(r for r in B if r["date"].year == 2024)
    b = kwh(r for r in B if r["date"].year == 2023)
    assert a > b
    return percent(pct(a - b, b))


@q("s3-034", MET, "Which suburb cut its electricity use the most between 2023 and 2024, in percent?",
   "Per folded suburb: kWh 2024 vs 2023, percent change; the most negative (label only).")
def _():
    a, b = defaultdict(float), defaultdict(float)
    for r in B:
        if r["kwh"] is not None:
            (a if r["date"].year == 2024 else b)[r["suburb"]] += r["kwh"]
    k, _v = top({k: pct(a[k] - b[k], b[k]) for k in b}, margin=0.1, lowest=True)
    return {"label": [SUB[k]]}


@q("s3-035", MET, "How many households used more than 9,000 kWh in 2024?",
   "kwh_used summed per household_id over 2024 bills; households above 9000.")
def _():
    by = defaultdict(float)
    for r in B:
        if r["date"].year == 2024 and r["kwh"] is not None:
            by[r["hid"]] += r["kwh"]
    return count(count_over(by.values(), 9000, margin=0.01))


@q("s3-036", MET, "How many households were billed over $3,000 in 2024?",
   "Signed amount_due summed per household_id over 2024 bills; households above 3000.")
def _():
    by = defaultdict(float)
    for r in B:
        if r["date"].year == 2024:
            by[r["hid"]] += r["amt"]
    return count(count_over(by.values(), 3000, margin=0.01))


@q("s3-037", MET, "How many meter readings are missing?",
   "Bills whose kwh_used is blank, n/a or -.")
def _():
    return count(sum(1 for r in B if r["kwh"] is None))


@q("s3-038", MET, "How much more power was used in January 2024 than in July 2024?",
   "kWh January 2024 minus kWh July 2024.")
def _():
    a = kwh(r for r in B if ym(r["date"]) == (2024, 1))
    b = kwh(r for r in B if ym(r["date"]) == (2024, 7))
    assert a > b
    return value(a - b, "kWh")


@q("s3-039", MET, "What share of 2024 usage came from riverbend?",
   "kWh of Riverbend bills (any spelling) dated 2024 / all kWh dated 2024.")
def _():
    rows = [r for r in B if r["date"].year == 2024]
    return percent(pct(kwh(r for r in rows if r["suburb"] == "riverbend"), kwh(rows)))


@q("s3-040", MET, "Top 5 households by total electricity use",
   "kwh_used summed per household_id over both years; the five largest.")
def _():
    by = defaultdict(float)
    for r in B:
        if r["kwh"] is not None:
            by[r["hid"]] += r["kwh"]
    return {"labels": top_n(by, 5)}


@q("s3-041", MET, "What was the average 2024 bill for households without solar?",
   "Mean amount_due over 2024 bills whose solar column folds to No.")
def _():
    return money(statistics.mean(r["amt"] for r in B if r["date"].year == 2024 and r["solar"] == "no"))


@q("s3-042", MET, "Which tariff has the higher average usage per bill?",
   "Mean kwh_used per folded tariff (bills with a reading); the larger.")
def _():
    by = defaultdict(list)
    for r in B:
        if r["kwh"] is not None:
            by[r["tariff"]].append(r["kwh"])
    k, v = top({k: statistics.mean(x) for k, x in by.items()})
    return {"label": [D["tariff_names"][k]], "number": round(v, 4), "unit": "kWh"}


@q("s3-043", MET, "How many kWh were used in peak hours in 2024 (kWh used x peak share)?",
   "Sum of kwh_used x peak_share over 2024 bills that have both (peak_share is blank exactly when the reading is).")
def _():
    assert all((r["kwh"] is None) == (r["peak"] is None) for r in B)
    return value(sum(r["kwh"] * r["peak"] for r in B if r["date"].year == 2024 and r["kwh"] is not None), "kWh")


@q("s3-044", MET, "How many bills had a peak share above 0.5?",
   "Bills whose peak_share (a fraction between 0 and 1) exceeds 0.5.")
def _():
    return count(sum(1 for r in B if r["peak"] is not None and r["peak"] > 0.5))


# ==============================================================================================
# applications.csv — job applications, 2023-2024 (one row per application)

A = D["apps"]
SRC = D["source_names"]
APP = ["applications.csv"]


def hired(rows):
    return [r for r in rows if r["status"] == "hired"]


@q("s3-045", APP, "How many applications came in during 2024?",
   "Rows whose applied_on (day-first) is in 2024.")
def _():
    return count(sum(1 for r in A if r["date"].year == 2024))


@q("s3-046", APP, "How many people did we hire?",
   "Rows with status Hired (any spelling), whole file.")
def _():
    return count(len(hired(A)))


@q("s3-047", APP, "What's our overall hire rate, hires out of all applications?",
   "Hired rows / all rows.")
def _():
    return percent(pct(len(hired(A)), len(A)))


@q("s3-048", APP, "Which source has the best hire rate?",
   "Per folded source: Hired / applications; the largest.")
def _():
    n = Counter(r["source"] for r in A)
    h = Counter(r["source"] for r in hired(A))
    k, v = top({k: pct(h[k], n[k]) for k in n}, margin=0.1)
    return {"label": [SRC[k]], "number": round(v, 4), "unit": "%"}


@q("s3-049", APP, "Where do most of our applicants come from?",
   "Applications counted per folded source; the largest.")
def _():
    k, v = top(Counter(r["source"] for r in A))
    return {"label": [SRC[k]], "number": v, "unit": ""}


@q("s3-050", APP, "Average expected salary for engineering applicants?",
   "Mean expected_salary of rows whose department folds to Engineering, salaries given only.")
def _():
    return money(statistics.mean(r["salary"] for r in A if r["dept"] == "engineering" and r["salary"] is not None))


@q("s3-051", APP, "How many roles got more than 200 applications?",
   "Applications counted per folded role; roles above 200.")
def _():
    return count(count_over(Counter(r["role"] for r in A).values(), 200))


@q("s3-052", APP, "Which month of 2024 had the most applications?",
   "Applications dated 2024 counted per month; the largest.")
def _():
    m, v = top(Counter(r["date"].month for r in A if r["date"].year == 2024))
    return {"label": month_labels(2024, m, year_unique=True), "number": v, "unit": ""}


@q("s3-053", APP, "On average, how many days did it take to hire someone?",
   "Mean days_to_hire over Hired rows.")
def _():
    return value(statistics.mean(r["days"] for r in hired(A)), "days")


@q("s3-054", APP, "What percentage of applicants made it to an interview?",
   "Rows whose stage_reached is Interview or Offer / all rows.")
def _():
    return percent(pct(sum(1 for r in A if r["stage"] in ("interview", "offer")), len(A)))


@q("s3-055", APP, "Which department made the most hires?",
   "Hired rows counted per folded department; the largest.")
def _():
    k, v = top(Counter(r["dept"] for r in hired(A)), margin=0.1)
    return {"label": [D["dept_names"][k]], "number": v, "unit": ""}


@q("s3-056", APP, "top 3 roles by number of applicants",
   "Applications counted per folded role; the three largest.")
def _():
    return {"labels": [D["role_names"][k] for k in top_n(Counter(r["role"] for r in A), 3, margin=0.03)]}


@q("s3-057", APP, "How many fewer applications did we get in Q1 2024 than in Q1 2023?",
   "Applications dated Jan-Mar 2023 minus those dated Jan-Mar 2024.")
def _():
    a = sum(1 for r in A if r["date"].year == 2023 and quarter(r["date"]) == 1)
    b = sum(1 for r in A if r["date"].year == 2024 and quarter(r["date"]) == 1)
    assert a > b
    return count(a - b)


@q("s3-058", APP, "How many distinct roles are we recruiting for?",
   "Distinct role titles after folding case, spaces and a trailing period.")
def _():
    return count(len({r["role"] for r in A}))


@q("s3-059", APP, "how many referral candidates got rejected?",
   "Rows whose source folds to Referral and status folds to Rejected.")
def _():
    return count(sum(1 for r in A if r["source"] == "referral" and r["status"] == "rejected"))


@q("s3-060", APP, "What's the median expected salary for data analyst applicants?",
   "Median expected_salary of rows whose role folds to Data Analyst, salaries given only.")
def _():
    return money(statistics.median(r["salary"] for r in A if r["role"] == "data analyst" and r["salary"] is not None))


@q("s3-061", APP, "Which recruiter has made the most hires?",
   "Hired rows counted per recruiter; the largest.")
def _():
    k, v = top(Counter(r["recruiter"] for r in hired(A)), margin=0.1)
    return {"label": [k], "number": v, "unit": ""}


@q("s3-062", APP, "Of the candidates who reached the offer stage, what share ended up hired?",
   "Hired rows / rows whose stage_reached is Offer (every hire reached Offer).")
def _():
    offers = [r for r in A if r["stage"] == "offer"]
    assert all(r["stage"] == "offer" for r in hired(A))
    return percent(pct(len(hired(offers)), len(offers)))


@q("s3-063", APP, "How many applicants expected more than $120,000?",
   "Rows whose expected_salary exceeds 120000 (salaries given only).")
def _():
    return count(sum(1 for r in A if r["salary"] is not None and r["salary"] > 120000))


@q("s3-064", APP, "What weekday do most applications come in on?",
   "Applications counted by day of week of applied_on (day-first dates); the largest.")
def _():
    k, _v = top(Counter(r["date"].weekday() for r in A))
    return {"label": weekday_labels(k)}


@q("s3-065", APP, "Excluding agency hires, how long did hiring take on average?",
   "Mean days_to_hire over Hired rows whose source is not Agency.")
def _():
    return value(statistics.mean(r["days"] for r in hired(A) if r["source"] != "agency"), "days")


# ==============================================================================================
# route_days.csv — bus punctuality, 2024, one pre-aggregated row per route per service day

R = D["routes"]
RN = D["route_names"]
BUS = ["route_days.csv"]


@q("s3-066", BUS, "How many bus trips actually ran in 2024?",
   "Sum of trips_operated (each row is a route-day, not a trip).")
def _():
    return count(sum(r["ran"] for r in R if r["date"].year == 2024))


@q("s3-067", BUS, "How many trips were cancelled altogether?",
   "Sum of trips_scheduled - trips_operated.")
def _():
    return count(sum(r["sched"] - r["ran"] for r in R))


@q("s3-068", BUS, "What was the on-time rate across the whole network?",
   "Sum of trips_on_time / sum of trips_operated.")
def _():
    return percent(pct(sum(r["ontime"] for r in R), sum(r["ran"] for r in R)))


@q("s3-069", BUS, "Which route had the worst on-time performance?",
   "Per folded route: sum on time / sum operated; the smallest.")
def _():
    a, b = defaultdict(int), defaultdict(int)
    for r in R:
        a[r["route"]] += r["ontime"]
        b[r["route"]] += r["ran"]
    k, v = top({k: pct(a[k], b[k]) for k in a}, lowest=True)
    return {"label": [RN[k]], "number": round(v, 4), "unit": "%"}


@q("s3-070", BUS, "Which route carried the most passengers?",
   "Sum of boardings per folded route; the largest.")
def _():
    by = defaultdict(int)
    for r in R:
        by[r["route"]] += r["pax"]
    k, v = top(by)
    return {"label": [RN[k]], "number": v, "unit": ""}


@q("s3-071", BUS, "How many passengers rode in June?",
   "Sum of boardings over June 2024 rows.")
def _():
    return count(sum(r["pax"] for r in R if ym(r["date"]) == (2024, 6)))


@q("s3-072", BUS, "Average passengers per trip on the airport link?",
   "Airport Link rows: sum boardings / sum trips_operated.")
def _():
    rows = [r for r in R if r["route"] == "airport link"]
    return value(sum(r["pax"] for r in rows) / sum(r["ran"] for r in rows))


@q("s3-073", BUS, "Which month had the most cancelled trips?",
   "Sum of scheduled - operated per month (one year of data); the largest.")
def _():
    by = defaultdict(int)
    for r in R:
        by[r["date"].month] += r["sched"] - r["ran"]
    m, v = top(by, margin=0.05)
    return {"label": month_labels(2024, m, year_unique=True), "number": v, "unit": ""}


@q("s3-074", BUS, "Which day of the week has the fewest riders?",
   "Sum of boardings by day of week; the smallest.")
def _():
    by = defaultdict(int)
    for r in R:
        by[r["date"].weekday()] += r["pax"]
    k, _v = top(by, lowest=True)
    return {"label": weekday_labels(k)}


@q("s3-075", BUS, "What percentage of scheduled trips actually ran?",
   "Sum of trips_operated / sum of trips_scheduled.")
def _():
    return percent(pct(sum(r["ran"] for r in R), sum(r["sched"] for r in R)))


@q("s3-076", BUS, "On how many days did Industrial Park average more than 5 minutes of delay?",
   "Industrial Park rows whose avg_delay_min is recorded and above 5.")
def _():
    return count(sum(1 for r in R if r["route"] == "industrial park" and r["delay"] is not None and r["delay"] > 5))


@q("s3-077", BUS, "Which route grew its ridership the most from the first half of the year to the second, in percent?",
   "Per route: boardings Jul-Dec vs Jan-Jun 2024, percent change; the largest.")
def _():
    a, b = defaultdict(int), defaultdict(int)
    for r in R:
        (a if r["date"].month >= 7 else b)[r["route"]] += r["pax"]
    k, v = top({k: pct(a[k] - b[k], b[k]) for k in b}, margin=0.1)
    return {"label": [RN[k]], "number": round(v, 4), "unit": "%"}


@q("s3-078", BUS, "How many routes carried more than 500,000 passengers in 2024?",
   "Sum of boardings per folded route; routes above 500000.")
def _():
    by = defaultdict(int)
    for r in R:
        by[r["route"]] += r["pax"]
    return count(count_over(by.values(), 500000))


@q("s3-079", BUS, "What share of all boardings were on Northgate depot routes?",
   "Boardings of rows whose depot folds to Northgate / all boardings.")
def _():
    return percent(pct(sum(r["pax"] for r in R if r["depot"] == "northgate"), sum(r["pax"] for r in R)))


@q("s3-080", BUS, "How many more passengers rode in Q2 than in Q1?",
   "Boardings Apr-Jun 2024 minus boardings Jan-Mar 2024.")
def _():
    a = sum(r["pax"] for r in R if quarter(r["date"]) == 2)
    b = sum(r["pax"] for r in R if quarter(r["date"]) == 1)
    assert a > b
    return count(a - b)


@q("s3-081", BUS, "On how many days did University Express run every scheduled trip?",
   "University Express rows where trips_operated equals trips_scheduled.")
def _():
    return count(sum(1 for r in R if r["route"] == "university express" and r["ran"] == r["sched"]))


@q("s3-082", BUS, "top 2 routes by trips run",
   "Sum of trips_operated per route; the two largest.")
def _():
    by = defaultdict(int)
    for r in R:
        by[r["route"]] += r["ran"]
    return {"labels": [RN[k] for k in top_n(by, 2)]}


@q("s3-083", BUS, "Which depot has the better on-time rate, central or northgate?",
   "Sum on time / sum operated for Central and for Northgate (folded depot); the larger.")
def _():
    a, b = defaultdict(int), defaultdict(int)
    for r in R:
        if r["depot"] in ("central", "northgate"):
            a[r["depot"]] += r["ontime"]
            b[r["depot"]] += r["ran"]
    k, v = top({k: pct(a[k], b[k]) for k in a})
    return {"label": [D["depot_names"][k]], "number": round(v, 4), "unit": "%"}


@q("s3-084", BUS, "On an average Saturday, how many people ride across the whole network?",
   "Boardings on Saturdays summed over all routes / number of Saturdays in the data.")
def _():
    sats = {r["date"] for r in R if r["date"].weekday() == 5}
    return value(sum(r["pax"] for r in R if r["date"].weekday() == 5) / len(sats))


@q("s3-085", BUS, "How many different bus routes are there?",
   "Distinct route names after folding spellings.")
def _():
    return count(len({r["route"] for r in R}))


# ==============================================================================================
# incidents.csv — IT incident log, Jan 2024 - Jun 2025 (time_to_resolve h:mm, blank while open)

I = D["incidents"]
CT = D["cat_names"]
INC = ["incidents.csv"]


def resolved_hours(rows):
    return [r["hours"] for r in rows if r["hours"] is not None]


@q("s3-086", INC, "How many incidents were logged in 2024?",
   "Rows whose opened_at is in 2024.")
def _():
    return count(sum(1 for r in I if r["when"].year == 2024))


@q("s3-087", INC, "What hour of the day do most incidents come in?",
   "Incidents counted by the hour of opened_at; the largest.")
def _():
    k, _v = top(Counter(r["when"].hour for r in I))
    return {"label": hour_labels(k)}


@q("s3-088", INC, "Which weekday gets the most tickets?",
   "Incidents counted by day of week of opened_at; the largest.")
def _():
    k, _v = top(Counter(r["when"].weekday() for r in I))
    return {"label": weekday_labels(k)}


@q("s3-089", INC, "What's the average time to resolve a P1 incident, in hours?",
   "Mean of time_to_resolve (h:mm as hours) over priority P1 rows that have one.")
def _():
    return value(statistics.mean(resolved_hours(r for r in I if r["prio"] == "p1")), "h")


@q("s3-090", INC, "What percentage of incidents breached the SLA?",
   "Rows whose sla_breached folds to Yes / all rows.")
def _():
    return percent(pct(sum(1 for r in I if r["breached"] == "yes"), len(I)))


@q("s3-091", INC, "Which team has the highest SLA breach rate?",
   "Per assigned_team: breached / incidents; the largest.")
def _():
    n = Counter(r["team"] for r in I)
    y = Counter(r["team"] for r in I if r["breached"] == "yes")
    k, v = top({k: pct(y[k], n[k]) for k in n}, margin=0.1)
    return {"label": [k], "number": round(v, 4), "unit": "%"}


@q("s3-092", INC, "What's the most common incident category?",
   "Incidents counted per folded category; the largest.")
def _():
    k, v = top(Counter(r["cat"] for r in I))
    return {"label": [CT[k]], "number": v, "unit": ""}


@q("s3-093", INC, "How many incidents took more than 24 hours to resolve?",
   "Rows whose time_to_resolve exceeds 24:00.")
def _():
    return count(sum(1 for x in resolved_hours(I) if x > 24))


@q("s3-094", INC, "What's the median resolution time for P2 tickets?",
   "Median time_to_resolve in hours over priority P2 rows that have one.")
def _():
    return value(statistics.median(resolved_hours(r for r in I if r["prio"] == "p2")), "h")


@q("s3-095", INC, "Which month of 2024 had the most incidents?",
   "Incidents opened in 2024 counted per month; the largest.")
def _():
    m, v = top(Counter(r["when"].month for r in I if r["when"].year == 2024))
    return {"label": month_labels(2024, m, year_unique=True), "number": v, "unit": ""}


@q("s3-096", INC, "By what percentage did incident volume grow from Q1 2024 to Q1 2025?",
   "Incidents opened Jan-Mar 2025 vs Jan-Mar 2024, percent change.")
def _():
    a = sum(1 for r in I if r["when"].year == 2025 and quarter(r["when"]) == 1)
    b = sum(1 for r in I if r["when"].year == 2024 and quarter(r["when"]) == 1)
    assert a > b
    return percent(pct(a - b, b))


@q("s3-097", INC, "How many incidents are still open?",
   "Rows whose status folds to Open.")
def _():
    return count(sum(1 for r in I if r["status"] == "open"))


@q("s3-098", INC, "What share of incidents were reopened at least once?",
   "Rows with reopen_count >= 1 / all rows.")
def _():
    return percent(pct(sum(1 for r in I if r["reopened"] >= 1), len(I)))


@q("s3-099", INC, "Which site raised the most P1 incidents?",
   "Priority P1 rows counted per folded site; the largest.")
def _():
    k, v = top(Counter(r["site"] for r in I if r["prio"] == "p1"), margin=0.1)
    return {"label": [D["site_names"][k]], "number": v, "unit": ""}


@q("s3-100", INC, "Which category takes the longest to resolve on average?",
   "Mean time_to_resolve in hours per folded category (resolved rows); the largest.")
def _():
    by = defaultdict(list)
    for r in I:
        if r["hours"] is not None:
            by[r["cat"]].append(r["hours"])
    k, v = top({k: statistics.mean(x) for k, x in by.items()}, margin=0.05)
    return {"label": [CT[k]], "number": round(v, 4), "unit": "h"}


@q("s3-101", INC, "how many network incidents were raised in march 2025",
   "Rows whose category folds to Network opened in March 2025.")
def _():
    return count(sum(1 for r in I if r["cat"] == "network" and ym(r["when"]) == (2025, 3)))


@q("s3-102", INC, "How many users were affected by incidents in 2024 in total?",
   "Sum of users_affected over incidents opened in 2024 (missing left out).")
def _():
    return count(int(sum(r["users"] for r in I if r["when"].year == 2024 and r["users"] is not None)))


@q("s3-103", INC, "top 3 categories by users affected",
   "Sum of users_affected per folded category; the three largest.")
def _():
    by = defaultdict(float)
    for r in I:
        if r["users"] is not None:
            by[r["cat"]] += r["users"]
    return {"labels": [CT[k] for k in top_n(by, 3, margin=0.05)]}


@q("s3-104", INC, "Excluding access requests, what's the average resolution time in hours?",
   "Mean time_to_resolve in hours over resolved rows whose category is not Access Request.")
def _():
    return value(statistics.mean(resolved_hours(r for r in I if r["cat"] != "access request")), "h")


@q("s3-105", INC, "How many teams handled more than 500 incidents?",
   "Incidents counted per assigned_team; teams above 500.")
def _():
    return count(count_over(Counter(r["team"] for r in I).values(), 500))


@q("s3-106", INC, "How many P1 incidents were there in the first half of 2025?",
   "Priority P1 rows (any spelling) opened January-June 2025.")
def _():
    return count(sum(1 for r in I if r["prio"] == "p1" and r["when"].year == 2025 and r["when"].month <= 6))


# ==============================================================================================
# claims.csv — insurance claims lodged 2023-2024 (approved_amount blank / n/a / - while open)

C = D["claims"]
PT = D["policy_names"]
ST = D["state_names"]
CLM = ["claims.csv"]


@q("s3-107", CLM, "How many claims were lodged in 2024?",
   "Rows whose lodged_on (US date) is in 2024.")
def _():
    return count(sum(1 for r in C if r["date"].year == 2024))


@q("s3-108", CLM, "What was the total amount claimed in 2024?",
   "Sum of claimed_amount over claims lodged in 2024.")
def _():
    return money(sum(r["claimed"] for r in C if r["date"].year == 2024))


@q("s3-109", CLM, "How much have we approved in total across all claims?",
   "Sum of approved_amount where given (open claims have none; declined are 0).")
def _():
    return money(sum(r["approved"] for r in C if r["approved"] is not None))


@q("s3-110", CLM, "What's the average motor claim?",
   "Mean claimed_amount of rows whose policy_type folds to Motor.")
def _():
    return money(statistics.mean(r["claimed"] for r in C if r["ptype"] == "motor"))


@q("s3-111", CLM, "How many claims were over $5,000?",
   "Rows whose claimed_amount exceeds 5000.")
def _():
    return count(sum(1 for r in C if r["claimed"] > 5000))


@q("s3-112", CLM, "For claims that have been decided, what percentage of the dollars claimed did we approve?",
   "Rows whose status is not Open: sum approved / sum claimed.")
def _():
    rows = [r for r in C if r["status"] != "open"]
    assert all(r["approved"] is not None for r in rows)
    return percent(pct(sum(r["approved"] for r in rows), sum(r["claimed"] for r in rows)))


@q("s3-113", CLM, "What share of claims were declined?",
   "Rows whose status folds to Declined / all rows.")
def _():
    return percent(pct(sum(1 for r in C if r["status"] == "declined"), len(C)))


@q("s3-114", CLM, "Which policy type gets declined most often, as a rate?",
   "Per folded policy_type: declined / claims; the largest.")
def _():
    n = Counter(r["ptype"] for r in C)
    d = Counter(r["ptype"] for r in C if r["status"] == "declined")
    k, v = top({k: pct(d[k], n[k]) for k in n}, margin=0.1)
    return {"label": [PT[k]], "number": round(v, 4), "unit": "%"}


@q("s3-115", CLM, "How many claims have a fraud score above 0.5?",
   "Rows whose fraud_score (a fraction between 0 and 1) exceeds 0.5.")
def _():
    assert all(0 <= r["fraud"] <= 1 for r in C)
    return count(sum(1 for r in C if r["fraud"] > 0.5))


@q("s3-116", CLM, "What's the average fraud score on travel claims?",
   "Mean fraud_score of rows whose policy_type folds to Travel.")
def _():
    return value(statistics.mean(r["fraud"] for r in C if r["ptype"] == "travel"))


@q("s3-117", CLM, "Which state lodged the most claims?",
   "Claims counted per folded state; the largest.")
def _():
    k, v = top(Counter(r["state"] for r in C))
    return {"label": [ST[k]], "number": v, "unit": ""}


@q("s3-118", CLM, "Which month of 2024 had the most claims lodged?",
   "Claims lodged in 2024 counted per month; the largest.")
def _():
    m, v = top(Counter(r["date"].month for r in C if r["date"].year == 2024))
    return {"label": month_labels(2024, m, year_unique=True), "number": v, "unit": ""}


@q("s3-119", CLM, "Which policy types had more than 2 million dollars claimed in total?",
   "claimed_amount summed per folded policy_type over both years; every type above 2,000,000.")
def _():
    by = defaultdict(float)
    for r in C:
        by[r["ptype"]] += r["claimed"]
    assert count_over(by.values(), 2_000_000, margin=0.1) >= 2
    return {"labels": [PT[k] for k, v in ranked(by) if v > 2_000_000]}


@q("s3-120", CLM, "Which state's claim dollars grew the most from 2023 to 2024, in percent?",
   "Per folded state: claimed 2024 vs 2023, percent change; the largest.")
def _():
    a, b = defaultdict(float), defaultdict(float)
    for r in C:
        (a if r["date"].year == 2024 else b)[r["state"]] += r["claimed"]
    k, v = top({k: pct(a[k] - b[k], b[k]) for k in b}, margin=0.1)
    return {"label": [ST[k]], "number": round(v, 4), "unit": "%"}


@q("s3-121", CLM, "How long does it take to settle a home claim on average, in days?",
   "Mean days_to_settle of Home claims that have one (open claims have none).")
def _():
    return value(statistics.mean(r["days"] for r in C if r["ptype"] == "home" and r["days"] is not None), "days")


@q("s3-122", CLM, "Which assessor approved the most money?",
   "Sum of approved_amount per assessor; the largest.")
def _():
    by = defaultdict(float)
    for r in C:
        if r["approved"] is not None:
            by[r["assessor"]] += r["approved"]
    k, v = top(by, margin=0.05)
    return {"label": [k], "number": round(v, 2), "unit": "$"}


@q("s3-123", CLM, "How many claims are still open?",
   "Rows whose status folds to Open.")
def _():
    return count(sum(1 for r in C if r["status"] == "open"))


@q("s3-124", CLM, "top 2 assessors by number of claims handled",
   "Claims counted per assessor; the two largest.")
def _():
    return {"labels": top_n(Counter(r["assessor"] for r in C), 2, margin=0.03)}


@q("s3-125", CLM, "Excluding pet claims, what's the average claim amount?",
   "Mean claimed_amount of rows whose policy_type is not Pet.")
def _():
    return money(statistics.mean(r["claimed"] for r in C if r["ptype"] != "pet"))


@q("s3-126", CLM, "How many assessors handled more than 400 claims?",
   "Claims counted per assessor; assessors above 400.")
def _():
    return count(count_over(Counter(r["assessor"] for r in C).values(), 400))


@q("s3-127", CLM, "How many more home claims were lodged in Q1 2024 than in Q1 2023?",
   "Home claims lodged Jan-Mar 2024 minus Jan-Mar 2023.")
def _():
    a = sum(1 for r in C if r["ptype"] == "home" and r["date"].year == 2024 and quarter(r["date"]) == 1)
    b = sum(1 for r in C if r["ptype"] == "home" and r["date"].year == 2023 and quarter(r["date"]) == 1)
    assert a > b
    return count(a - b)


@q("s3-128", CLM, "What was the total approved on qld claims in 2024?",
   "Sum of approved_amount (where given) of claims whose state folds to QLD, lodged in 2024.")
def _():
    return money(sum(r["approved"] for r in C if r["state"] == "qld" and r["date"].year == 2024
                     and r["approved"] is not None))


# ----------------------------------------------------------------------------------------------


def main():
    ids = [x["id"] for x in QUESTIONS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == [f"s3-{i:03d}" for i in range(1, len(ids) + 1)], "ids not consecutive"
    out = []
    failed = []
    for x in QUESTIONS:
        try:
            truth = x["fn"]()
        except AssertionError as e:
            failed.append(f"{x['id']}: {e}")
            continue
        out.append({"id": x["id"], "dataset": x["dataset"], "question": x["question"], "truth": truth,
                    "note": x["note"]})
    if failed:
        raise SystemExit("truths not clear-cut:\n" + "\n".join(failed))
    with open(HERE / "questions.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(out)} questions written to questions.json")


if __name__ == "__main__":
    main()
