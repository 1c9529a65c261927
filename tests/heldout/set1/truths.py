#!/usr/bin/env python3
"""Held-out set 1: the questions and their truths, side by side.

    python3 tests/heldout/set1/truths.py        # rewrites questions.json

Reads the committed CSVs under data/ with its own parsing of the messy values (it does not import
generate.py: the truths come from the files as a user would receive them) and computes every truth in
plain Python. Each question is a function: the decorator holds the question as a user would type it and a
note on how a careful analyst reads it; the body computes the truth.

Reading rules used throughout (a careful human analyst's reading):
- a category is folded before grouping: surrounding spaces stripped, inner runs of spaces collapsed, a
  trailing period dropped, case ignored ("Dining  Out", " dining out", "DINING OUT." are one category);
- empty cells and the words n/a, na, -, absent, none, not logged mean missing: left out of sums, averages
  and counts of values;
- money strings lose "$" and thousands separators ("-$1,234.50" is -1234.50);
- dates: ledger.csv and grades.csv are day-first (31/12/2024), classes.csv and invoices.csv are US
  (12/31/2024), runs.csv is ISO, visits.csv has ISO datetimes with a time of day;
- durations "1:30" (h:mm) and "1.5" (hours) are the same 1.5 hours;
- spending in the signed ledger is the sum of the outflows, given as a positive amount;
- a rate is a ratio of sums unless the data holds the fraction itself;
- "which X" questions are only asked where the winner leads clearly (top() asserts a margin), so a
  rounding or a reading detail cannot flip the answer.
"""

import csv
import datetime as dt
import json
import statistics
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

MISSING = {"", "n/a", "na", "-", "absent", "none", "not logged", "null"}
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
            by[k][" ".join(v.split())] += 1
    return {k: c.most_common(1)[0][0] for k, c in by.items()}


def hours(s):
    """'1:30' -> 1.5, '1.5' -> 1.5; None when missing."""
    if is_missing(s):
        return None
    s = s.strip()
    if ":" in s:
        h, m = s.split(":")
        return int(h) + int(m) / 60
    return float(s)


def day_first(s):
    return dt.datetime.strptime(s.strip(), "%d/%m/%Y").date()


def us_date(s):
    return dt.datetime.strptime(s.strip(), "%m/%d/%Y").date()


def iso_date(s):
    return dt.date.fromisoformat(s.strip())


def iso_datetime(s):
    return dt.datetime.strptime(s.strip(), "%Y-%m-%d %H:%M")


def clock_hour(s):
    """'6:30 PM' -> 18."""
    t = dt.datetime.strptime(s.strip(), "%I:%M %p")
    return t.hour


def quarter(d):
    return (d.month - 1) // 3 + 1


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


def pct(a, b):
    return 100.0 * a / b


# ----------------------------------------------------------------------------------------------
# loaded data


def load():
    g = {}
    # ledger.csv
    raw = read("ledger.csv")
    g["ledger_names"] = canon(r["category"] for r in raw)
    g["ledger"] = [dict(id=int(r["txn_id"]), date=day_first(r["date"]), cat=fold(r["category"]),
                        amt=num(r["amount"]), acct=fold(r["account"]), desc=r["description"]) for r in raw]
    # visits.csv + clinics.csv
    craw = read("clinics.csv")
    clinics = {int(c["clinic_id"]): dict(name=" ".join(c["clinic_name"].split()), city=" ".join(c["city"].split()),
                                         region=fold(c["region"])) for c in craw}
    g["clinics"] = clinics
    g["region_names"] = canon(c["region"] for c in craw)
    vraw = read("visits.csv")
    g["dept_names"] = canon(r["department"] for r in vraw)
    g["visits"] = [dict(id=int(r["visit_id"]), patient=int(r["patient_id"]), clinic=int(r["clinic_id"]),
                        when=iso_datetime(r["checkin_time"]), dept=fold(r["department"]),
                        vtype=fold(r["visit_type"]), status=fold(r["status"]), wait=num(r["wait_minutes"]),
                        fee=num(r["fee"]), **{k: clinics[int(r["clinic_id"])][k] for k in ("name", "city", "region")})
                   for r in vraw]
    # classes.csv
    graw = read("classes.csv")
    g["class_names"] = canon(r["class"] for r in graw)
    g["instr_names"] = canon(r["instructor"] for r in graw)
    g["classes"] = [dict(id=int(r["session_id"]), date=us_date(r["date"]), hour=clock_hour(r["start_time"]),
                         cls=fold(r["class"]), instr=fold(r["instructor"]), studio=fold(r["studio"]),
                         cap=int(r["capacity"]), booked=int(r["booked"]), attended=int(r["attended"]),
                         hours=hours(r["duration"]), rating=num(r["avg_rating"])) for r in graw]
    # runs.csv
    rraw = read("runs.csv")
    g["depot_names"] = canon(r["depot"] for r in rraw)
    g["runs"] = [dict(no=int(r["run_no"]), date=iso_date(r["run_date"]), depot=fold(r["depot"]),
                      driver=" ".join(r["driver"].split()), att=int(r["parcels_attempted"]),
                      dlv=int(r["parcels_delivered"]), km=num(r["distance_km"]), fuel=num(r["fuel_litres"]),
                      hours=hours(r["shift_hours"]), toll=num(r["toll"])) for r in rraw]
    # grades.csv
    sraw = read("grades.csv")
    g["subject_names"] = canon(r["subject"] for r in sraw)
    g["grades"] = [dict(sid=int(r["student_id"]), name=" ".join(r["student_name"].split()), form=fold(r["form"]),
                        subj=fold(r["subject"]), term=fold(r["term"]), date=day_first(r["exam_date"]),
                        score=num(r["score"]), raw=r["score"].strip().casefold(), teacher=" ".join(r["teacher"].split()))
                   for r in sraw]
    # invoices.csv
    iraw = read("invoices.csv")
    g["plan_names"] = canon(r["plan"] for r in iraw)
    g["cust_names"] = canon(r["customer"] for r in iraw)
    g["inv_region_names"] = canon(r["region"] for r in iraw)
    g["invoices"] = [dict(no=int(r["invoice_no"]), date=us_date(r["invoice_date"]), cust=fold(r["customer"]),
                          plan=fold(r["plan"]), billing=fold(r["billing"]), seats=int(r["seats"]),
                          price=num(r["price_per_seat"]), status=fold(r["status"]), region=fold(r["region"]),
                          rep=" ".join(r["sales_rep"].split())) for r in iraw]
    for i in g["invoices"]:
        i["amount"] = i["seats"] * i["price"]  # the measure the file defines but does not store
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


# ==============================================================================================
# ledger.csv — household bank ledger (signed amounts: + money in, - money out)

L = D["ledger"]
LN = D["ledger_names"]
LED = ["ledger.csv"]


def spend(rows):
    return -sum(r["amt"] for r in rows if r["amt"] < 0)


@q("s1-001", LED, "How much did I spend in total in 2024?",
   "Sum of the outflows (negative amounts) dated 2024, as a positive number.")
def _():
    return money(spend(r for r in L if r["date"].year == 2024))


@q("s1-002", LED, "How much money came into my accounts in 2023 in total?",
   "Sum of the inflows (positive amounts, refunds included) dated 2023.")
def _():
    return money(sum(r["amt"] for r in L if r["amt"] > 0 and r["date"].year == 2023))


@q("s1-003", LED, "Which category did I spend the most money on overall?",
   "Outflows by folded category over the whole ledger; the largest, with its total.")
def _():
    by = defaultdict(float)
    for r in L:
        if r["amt"] < 0 and r["cat"]:
            by[r["cat"]] -= r["amt"]
    k, v = top(by)
    return {"label": [LN[k]], "number": round(v, 2), "unit": "$"}


@q("s1-004", LED, "how much did we spend on groceries in 2024",
   "Outflows in the Groceries category (any spelling) dated 2024, positive.")
def _():
    return money(spend(r for r in L if r["cat"] == "groceries" and r["date"].year == 2024))


@q("s1-005", LED, "What's my average monthly spend on dining out in 2024?",
   "Dining Out outflows in 2024 divided by the 12 months (every month has some).")
def _():
    rows = [r for r in L if r["cat"] == "dining out" and r["date"].year == 2024 and r["amt"] < 0]
    assert len({r["date"].month for r in rows}) == 12
    return money(spend(rows) / 12)


@q("s1-006", LED, "What were my net savings in 2024, i.e. income minus spending?",
   "Sum of all signed amounts dated 2024.")
def _():
    return money(sum(r["amt"] for r in L if r["date"].year == 2024))


@q("s1-007", LED, "Which month did I spend the most in?",
   "Outflows per calendar month (two years, so the month is named with its year); the largest.")
def _():
    by = defaultdict(float)
    for r in L:
        if r["amt"] < 0:
            by[(r["date"].year, r["date"].month)] -= r["amt"]
    (y, m), v = top(by)
    return {"label": month_labels(y, m), "number": round(v, 2), "unit": "$"}


@q("s1-008", LED, "How many payments of more than $500 did I make?",
   "Count of outflows larger than 500 in size (amount < -500), any account.")
def _():
    return count(sum(1 for r in L if r["amt"] < -500))


@q("s1-009", LED, "What percentage of my 2024 spending went on rent?",
   "Rent outflows 2024 / all outflows 2024.")
def _():
    rows = [r for r in L if r["date"].year == 2024]
    return percent(pct(spend(r for r in rows if r["cat"] == "rent"), spend(rows)))


@q("s1-010", LED, "How much more did I spend on groceries in 2024 than in 2023?",
   "Groceries outflows 2024 minus 2023.")
def _():
    a = spend(r for r in L if r["cat"] == "groceries" and r["date"].year == 2024)
    b = spend(r for r in L if r["cat"] == "groceries" and r["date"].year == 2023)
    assert a > b
    return money(a - b)


@q("s1-011", LED, "Excluding rent, how much did I spend in 2024?",
   "All 2024 outflows except the Rent category (uncategorised outflows stay in).")
def _():
    return money(spend(r for r in L if r["date"].year == 2024 and r["cat"] != "rent"))


@q("s1-012", LED, "Which spending category went up by the most dollars from 2023 to 2024?",
   "Outflows per category, 2024 minus 2023; the largest increase.")
def _():
    by = defaultdict(float)
    for r in L:
        if r["amt"] < 0 and r["cat"]:
            by[r["cat"]] += -r["amt"] if r["date"].year == 2024 else r["amt"]
    k, v = top(by)
    return {"label": [LN[k]], "number": round(v, 2), "unit": "$"}


@q("s1-013", LED, "whats the single biggest expense in my ledger?",
   "The largest single outflow, as a positive amount.")
def _():
    return money(-min(r["amt"] for r in L))


@q("s1-014", LED, "What's the average salary payment?",
   "Mean of the Salary inflows (both years).")
def _():
    return money(statistics.mean(r["amt"] for r in L if r["cat"] == "salary"))


@q("s1-015", LED, "On which weekday do I spend the most on dining out?",
   "Dining Out outflows summed by day of week; the largest.")
def _():
    by = defaultdict(float)
    for r in L:
        if r["cat"] == "dining out" and r["amt"] < 0:
            by[r["date"].weekday()] -= r["amt"]
    k, _v = top(by)
    return {"label": weekday_labels(k)}


@q("s1-016", LED, "How much interest did I earn in total?",
   "Sum of the Interest inflows, whole ledger.")
def _():
    return money(sum(r["amt"] for r in L if r["cat"] == "interest"))


@q("s1-017", LED, "How many transport transactions were there in March 2024?",
   "Rows in the Transport category (any spelling) dated March 2024.")
def _():
    return count(sum(1 for r in L if r["cat"] == "transport" and (r["date"].year, r["date"].month) == (2024, 3)))


@q("s1-018", LED, "How much did I spend on my visa card in 2023?",
   "Outflows from the Visa account dated 2023, positive.")
def _():
    return money(spend(r for r in L if r["acct"] == "visa" and r["date"].year == 2023))


@q("s1-019", LED, "What's the averge grocery transaction in 2024?",
   "Mean size of the 2024 Groceries outflows, positive.")
def _():
    return money(statistics.mean(-r["amt"] for r in L if r["cat"] == "groceries" and r["date"].year == 2024))


@q("s1-020", LED, "how much have i got back in refunds altogether",
   "Sum of the Refunds inflows, whole ledger.")
def _():
    return money(sum(r["amt"] for r in L if r["cat"] == "refunds"))


@q("s1-021", LED, "What is the most common transaction category?",
   "Category with the most rows (folded spellings).")
def _():
    k, v = top(Counter(r["cat"] for r in L if r["cat"]))
    return {"label": [LN[k]], "number": v, "unit": ""}


@q("s1-022", LED, "By what percentage did my total spending grow from 2023 to 2024?",
   "(outflows 2024 - outflows 2023) / outflows 2023.")
def _():
    a = spend(r for r in L if r["date"].year == 2024)
    b = spend(r for r in L if r["date"].year == 2023)
    assert a > b
    return percent(pct(a - b, b))


@q("s1-023", LED, "By how much did my income exceed my spending in 2023?",
   "Inflows 2023 minus outflows 2023 (the sum of the signed amounts).")
def _():
    v = sum(r["amt"] for r in L if r["date"].year == 2023)
    assert v > 0
    return money(v)


@q("s1-024", LED, "Which account did I spend more from in 2024, checking or visa?",
   "Outflows per account in 2024; the larger of Checking and Visa.")
def _():
    by = defaultdict(float)
    for r in L:
        if r["amt"] < 0 and r["date"].year == 2024 and r["acct"] in ("checking", "visa"):
            by[r["acct"]] -= r["amt"]
    k, v = top(by)
    return {"label": [k.title()], "number": round(v, 2), "unit": "$"}


# ==============================================================================================
# visits.csv + clinics.csv — clinic appointments, joined to the clinic lookup on clinic_id

V = D["visits"]
DN = D["dept_names"]
VIS = ["visits.csv", "clinics.csv"]


def completed(rows):
    return [r for r in rows if r["status"] == "completed"]


@q("s1-025", VIS, "How many appointments are in the visits file?",
   "Every row is one appointment, whatever its status.")
def _():
    return count(len(V))


@q("s1-026", VIS, "How many completed visits were there in 2024?",
   "Rows with status Completed (any case) and a 2024 check-in time.")
def _():
    return count(len(completed(r for r in V if r["when"].year == 2024)))


@q("s1-027", VIS, "Which city had the most completed visits?",
   "Join visits to clinics on clinic_id; completed visits counted by the clinic's city (two cities have two clinics).")
def _():
    k, v = top(Counter(r["city"] for r in completed(V)))
    return {"label": [k], "number": v, "unit": ""}


@q("s1-028", VIS, "What's the average wait time in minutes?",
   "Mean of wait_minutes over the rows that have a number (blanks, n/a and - are missing).")
def _():
    return {"number": round(statistics.mean(r["wait"] for r in V if r["wait"] is not None), 4), "unit": "min"}


@q("s1-029", VIS, "avg wait time for cardiology?",
   "Mean wait_minutes of Cardiology rows (any spelling) that have a number.")
def _():
    return {"number": round(statistics.mean(r["wait"] for r in V if r["dept"] == "cardiology" and r["wait"] is not None), 4),
            "unit": "min"}


@q("s1-030", VIS, "What hour of the day has the most appointments?",
   "Appointments counted by the hour of checkin_time; the largest.")
def _():
    k, _v = top(Counter(r["when"].hour for r in V))
    return {"label": hour_labels(k)}


@q("s1-031", VIS, "Which weekday is busiest for appointments?",
   "Appointments counted by day of week of checkin_time.")
def _():
    k, v = top(Counter(r["when"].weekday() for r in V))
    return {"label": weekday_labels(k)}


@q("s1-032", VIS, "What were total fees billed in 2024?",
   "Sum of fee over 2024 rows (no-show fees included; blank fees are nothing billed).")
def _():
    return money(sum(r["fee"] for r in V if r["when"].year == 2024 and r["fee"] is not None))


@q("s1-033", VIS, "What percentage of appointments were no-shows?",
   "Rows with status No-show (any case) / all rows.")
def _():
    return percent(pct(sum(1 for r in V if r["status"] == "no-show"), len(V)))


@q("s1-034", VIS, "How many different patients are in the visits data?",
   "Distinct patient_id.")
def _():
    return count(len({r["patient"] for r in V}))


@q("s1-035", VIS, "Which clinic has the highest average fee per completed visit?",
   "Join to clinics; mean fee of completed visits per clinic name.")
def _():
    by = defaultdict(list)
    for r in completed(V):
        by[r["name"]].append(r["fee"])
    k, v = top({k: statistics.mean(x) for k, x in by.items()})
    return {"label": [k], "number": round(v, 4), "unit": "$"}


@q("s1-036", VIS, "top 3 departments by number of completed visits",
   "Completed visits counted by folded department; the three largest.")
def _():
    return {"labels": [DN[k] for k in top_n(Counter(r["dept"] for r in completed(V)), 3)]}


@q("s1-037", VIS, "How many fewer appointments were there in Q2 2024 than in Q1 2024?",
   "Appointments (all statuses) dated January-March 2024 minus those dated April-June 2024.")
def _():
    q2 = sum(1 for r in V if r["when"].year == 2024 and quarter(r["when"]) == 2)
    q1 = sum(1 for r in V if r["when"].year == 2024 and quarter(r["when"]) == 1)
    assert q1 > q2
    return count(q1 - q2)


@q("s1-038", VIS, "By what percentage did total fees grow from 2023 to 2024?",
   "(fees 2024 - fees 2023) / fees 2023, all fee values.")
def _():
    a = sum(r["fee"] for r in V if r["when"].year == 2024 and r["fee"] is not None)
    b = sum(r["fee"] for r in V if r["when"].year == 2023 and r["fee"] is not None)
    return percent(pct(a - b, b))


@q("s1-039", VIS, "Which region had the biggest percentage increase in appointments from 2023 to 2024?",
   "Join to clinics; appointments per region (folded region spellings in the lookup) 2024 vs 2023, percent change.")
def _():
    a = Counter(r["region"] for r in V if r["when"].year == 2024)
    b = Counter(r["region"] for r in V if r["when"].year == 2023)
    k, v = top({k: pct(a[k] - b[k], b[k]) for k in b}, margin=0.05)
    return {"label": [D["region_names"][k]], "number": round(v, 4), "unit": "%"}


@q("s1-040", VIS, "What share of completed visits were new-patient visits (visit type New)?",
   "Completed visits with visit_type New / all completed visits.")
def _():
    c = completed(V)
    return percent(pct(sum(1 for r in c if r["vtype"] == "new"), len(c)))


@q("s1-041", VIS, "How much did the clinics in Port Ellis bill in 2024?",
   "Join to clinics; fees of 2024 rows whose clinic's city is Port Ellis (two clinics).")
def _():
    return money(sum(r["fee"] for r in V if r["city"] == "Port Ellis" and r["when"].year == 2024 and r["fee"] is not None))


@q("s1-042", VIS, "Excluding physiotherapy, what's the average fee for a completed visit?",
   "Mean fee of completed visits whose department is not Physiotherapy.")
def _():
    return money(statistics.mean(r["fee"] for r in completed(V) if r["dept"] != "physiotherapy"))


@q("s1-043", VIS, "Which department has the highest no-show rate?",
   "Per folded department: no-shows / all appointments; the largest.")
def _():
    n = Counter(r["dept"] for r in V)
    ns = Counter(r["dept"] for r in V if r["status"] == "no-show")
    k, v = top({k: pct(ns[k], n[k]) for k in n}, margin=0.1)
    return {"label": [DN[k]], "number": round(v, 4), "unit": "%"}


@q("s1-044", VIS, "How many appointments did the North region's clinics have in 2024?",
   "Join to clinics; 2024 appointments at clinics whose region folds to North (three clinics, spelled three ways).")
def _():
    return count(sum(1 for r in V if r["region"] == "north" and r["when"].year == 2024))


@q("s1-045", VIS, "What's the average wait at Westfield Clinic?",
   "Join to clinics; mean wait_minutes (numbers only) at the clinic named Westfield Clinic.")
def _():
    return {"number": round(statistics.mean(r["wait"] for r in V if r["name"] == "Westfield Clinic" and r["wait"] is not None), 4),
            "unit": "min"}


@q("s1-046", VIS, "Which clinic has the longest average wait?",
   "Join to clinics; mean wait_minutes per clinic name; the largest.")
def _():
    by = defaultdict(list)
    for r in V:
        if r["wait"] is not None:
            by[r["name"]].append(r["wait"])
    k, v = top({k: statistics.mean(x) for k, x in by.items()}, margin=0.05)
    return {"label": [k], "number": round(v, 4), "unit": "min"}


@q("s1-047", VIS, "Which department had the most appointments in Millbrook?",
   "Join to clinics; appointments (all statuses) at clinics in the city Millbrook, counted by folded department.")
def _():
    k, v = top(Counter(r["dept"] for r in V if r["city"] == "Millbrook"))
    return {"label": [DN[k]], "number": v, "unit": ""}


# ==============================================================================================
# classes.csv — gym class sessions (one row per session)

C = D["classes"]
CN = D["class_names"]
IN = D["instr_names"]
GYM = ["classes.csv"]


@q("s1-048", GYM, "How many class sessions were held in 2024?",
   "Rows dated 2024 (the file runs to March 2025).")
def _():
    return count(sum(1 for r in C if r["date"].year == 2024))


@q("s1-049", GYM, "Overall, what percentage of booked spots were actually attended?",
   "Sum of attended / sum of booked, every session.")
def _():
    return percent(pct(sum(r["attended"] for r in C), sum(r["booked"] for r in C)))


@q("s1-050", GYM, "Which class type has the best turn-up rate (attended vs booked)?",
   "Per folded class: sum attended / sum booked; the largest.")
def _():
    a, b = defaultdict(int), defaultdict(int)
    for r in C:
        a[r["cls"]] += r["attended"]
        b[r["cls"]] += r["booked"]
    k, v = top({k: pct(a[k], b[k]) for k in a})
    return {"label": [CN[k]], "number": round(v, 4), "unit": "%"}


@q("s1-051", GYM, "How many yoga sessions ran in 2024?",
   "Rows whose class folds to Yoga, dated 2024.")
def _():
    return count(sum(1 for r in C if r["cls"] == "yoga" and r["date"].year == 2024))


@q("s1-052", GYM, "Which instructor taught the most hours of classes?",
   "Durations ('1:15' and '1.25' alike) summed per folded instructor name.")
def _():
    by = defaultdict(float)
    for r in C:
        by[r["instr"]] += r["hours"]
    k, v = top(by)
    return {"label": [IN[k]], "number": round(v, 4), "unit": "h"}


@q("s1-053", GYM, "Whose classes had the most attendees in total?",
   "Sum of attended per folded instructor name.")
def _():
    by = defaultdict(int)
    for r in C:
        by[r["instr"]] += r["attended"]
    k, v = top(by)
    return {"label": [IN[k]], "number": v, "unit": ""}


@q("s1-054", GYM, "whats the average number of ppl attending a class?",
   "Mean of attended over all sessions.")
def _():
    return count(round(statistics.mean(r["attended"] for r in C), 4))


@q("s1-055", GYM, "Which weekday's classes draw the most attendees in total?",
   "Sum of attended by day of week (US dates).")
def _():
    by = defaultdict(int)
    for r in C:
        by[r["date"].weekday()] += r["attended"]
    k, _v = top(by)
    return {"label": weekday_labels(k)}


@q("s1-056", GYM, "Which start hour brings in the most attendees?",
   "Sum of attended by the hour of start_time (12-hour clock with AM/PM).")
def _():
    by = defaultdict(int)
    for r in C:
        by[r["hour"]] += r["attended"]
    k, _v = top(by)
    return {"label": hour_labels(k)}


@q("s1-057", GYM, "top 3 classes by total attendance",
   "Sum of attended per folded class; the three largest.")
def _():
    by = defaultdict(int)
    for r in C:
        by[r["cls"]] += r["attended"]
    return {"labels": [CN[k] for k in top_n(by, 3)]}


@q("s1-058", GYM, "How full are spin classes on average - attendance as a percentage of capacity?",
   "Spin sessions: sum attended / sum capacity.")
def _():
    rows = [r for r in C if r["cls"] == "spin"]
    return percent(pct(sum(r["attended"] for r in rows), sum(r["cap"] for r in rows)))


@q("s1-059", GYM, "How many sessions were fully booked?",
   "Sessions where booked equals capacity.")
def _():
    return count(sum(1 for r in C if r["booked"] >= r["cap"]))


@q("s1-060", GYM, "How many more people attended classes in January 2024 than in February 2024?",
   "Sum attended in January 2024 minus sum attended in February 2024.")
def _():
    a = sum(r["attended"] for r in C if (r["date"].year, r["date"].month) == (2024, 1))
    b = sum(r["attended"] for r in C if (r["date"].year, r["date"].month) == (2024, 2))
    assert a > b
    return count(a - b)


@q("s1-061", GYM, "What's the average rating for pilates classes?",
   "Mean of avg_rating over Pilates sessions that have a rating (n/a, - and blanks are missing).")
def _():
    return {"number": round(statistics.mean(r["rating"] for r in C if r["cls"] == "pilates" and r["rating"] is not None), 4),
            "unit": ""}


@q("s1-062", GYM, "How many hours of HIIT classes were there in Q1 2025?",
   "Durations of HIIT sessions dated January-March 2025, summed.")
def _():
    return {"number": round(sum(r["hours"] for r in C if r["cls"] == "hiit" and r["date"].year == 2025
                                and quarter(r["date"]) == 1), 4), "unit": "h"}


@q("s1-063", GYM, "Which studio hosted the most sessions?",
   "Sessions counted per studio.")
def _():
    k, v = top(Counter(r["studio"] for r in C), margin=0.05)
    names = canon(r["studio"] for r in read("classes.csv"))
    return {"label": [names[k]], "number": v, "unit": ""}


@q("s1-064", GYM, "How many different instructors teach here?",
   "Distinct instructor names after folding case and spaces.")
def _():
    return count(len({r["instr"] for r in C}))


@q("s1-065", GYM, "By what percentage did total attendance grow from Q1 2024 to Q1 2025?",
   "Sum attended Jan-Mar 2025 vs Jan-Mar 2024, percent change.")
def _():
    a = sum(r["attended"] for r in C if r["date"].year == 2025 and quarter(r["date"]) == 1)
    b = sum(r["attended"] for r in C if r["date"].year == 2024 and quarter(r["date"]) == 1)
    return percent(pct(a - b, b))


@q("s1-066", GYM, "What's the average attendance at classes that start at 6 PM or later?",
   "Mean attended over sessions whose start_time is 6:00 PM or later (5:30 PM and 5:00 PM are not).")
def _():
    return count(round(statistics.mean(r["attended"] for r in C if r["hour"] >= 18), 4))


@q("s1-067", GYM, "What was the average turnout per class in the Cycle Room in December 2024?",
   "Mean attended over sessions in the studio Cycle Room dated December 2024.")
def _():
    return count(round(statistics.mean(r["attended"] for r in C if r["studio"] == "cycle room"
                                        and (r["date"].year, r["date"].month) == (2024, 12)), 4))


# ==============================================================================================
# runs.csv — parcel delivery runs (one row per van run)

R = D["runs"]
RN = D["depot_names"]
RUN = ["runs.csv"]


@q("s1-068", RUN, "What's the overall delivery success rate (delivered out of attempted)?",
   "Sum of parcels_delivered / sum of parcels_attempted.")
def _():
    return percent(pct(sum(r["dlv"] for r in R), sum(r["att"] for r in R)))


@q("s1-069", RUN, "Which depot has the lowest success rate?",
   "Per folded depot: sum delivered / sum attempted; the smallest.")
def _():
    a, b = defaultdict(int), defaultdict(int)
    for r in R:
        a[r["depot"]] += r["dlv"]
        b[r["depot"]] += r["att"]
    k, v = top({k: pct(a[k], b[k]) for k in a}, margin=0.01, lowest=True)
    return {"label": [RN[k]], "number": round(v, 4), "unit": "%"}


@q("s1-070", RUN, "How many km did the vans drive in March 2024?",
   "Sum of distance_km over runs dated March 2024.")
def _():
    return {"number": round(sum(r["km"] for r in R if (r["date"].year, r["date"].month) == (2024, 3)), 4), "unit": "km"}


@q("s1-071", RUN, "Average parcels attempted per run?",
   "Mean of parcels_attempted over all runs.")
def _():
    return count(round(statistics.mean(r["att"] for r in R), 4))


@q("s1-072", RUN, "Which driver delivered the most parcels in 2024?",
   "Sum of parcels_delivered per driver (the file is all 2024).")
def _():
    by = defaultdict(int)
    for r in R:
        if r["date"].year == 2024:
            by[r["driver"]] += r["dlv"]
    k, v = top(by, margin=0.01)
    return {"label": [k], "number": v, "unit": ""}


@q("s1-073", RUN, "How much fuel does a run use on average, in litres?",
   "Mean of fuel_litres over runs where it is recorded (n/a, -, not logged and blanks are missing).")
def _():
    return {"number": round(statistics.mean(r["fuel"] for r in R if r["fuel"] is not None), 4), "unit": "L"}


@q("s1-074", RUN, "How many parcels failed to be delivered in total?",
   "Sum of (parcels_attempted - parcels_delivered).")
def _():
    return count(sum(r["att"] - r["dlv"] for r in R))


@q("s1-075", RUN, "How many drivers do we have?",
   "Distinct driver names in the runs.")
def _():
    return count(len({r["driver"] for r in R}))


@q("s1-076", RUN, "What's the total number of driver hours logged in 2024?",
   "Sum of shift_hours ('7:45' and '7.75' alike) over 2024 runs.")
def _():
    return {"number": round(sum(r["hours"] for r in R if r["date"].year == 2024), 4), "unit": "h"}


@q("s1-077", RUN, "How many parcels per driver hour does the north hub deliver?",
   "North Hub runs (any spelling): sum delivered / sum shift hours.")
def _():
    rows = [r for r in R if r["depot"] == "north hub"]
    return {"number": round(sum(r["dlv"] for r in rows) / sum(r["hours"] for r in rows), 4), "unit": ""}


@q("s1-078", RUN, "What share of all delivered parcels came from east yard?",
   "East Yard delivered / all delivered.")
def _():
    return percent(pct(sum(r["dlv"] for r in R if r["depot"] == "east yard"), sum(r["dlv"] for r in R)))


@q("s1-079", RUN, "which mnth had the most parcels delivered",
   "Sum delivered per month (one year of data); the largest.")
def _():
    by = defaultdict(int)
    for r in R:
        by[(r["date"].year, r["date"].month)] += r["dlv"]
    (y, m), v = top(by)
    return {"label": month_labels(y, m, year_unique=True), "number": v, "unit": ""}


@q("s1-080", RUN, "What was the busiest weekday by parcels attempted?",
   "Sum of parcels_attempted by day of week.")
def _():
    by = defaultdict(int)
    for r in R:
        by[r["date"].weekday()] += r["att"]
    k, _v = top(by)
    return {"label": weekday_labels(k)}


@q("s1-081", RUN, "total tolls paid for the whole company?",
   "Sum of toll (blank = none).")
def _():
    return money(sum(r["toll"] for r in R if r["toll"] is not None))


@q("s1-082", RUN, "Top 3 drivers by distance driven",
   "Sum of distance_km per driver; the three largest.")
def _():
    by = defaultdict(float)
    for r in R:
        by[r["driver"]] += r["km"]
    return {"labels": top_n(by, 3, margin=0.01)}


@q("s1-083", RUN, "Which depot grew its parcel deliveries the most from the first half of 2024 to the second half, in percent?",
   "Per depot: delivered Jul-Dec vs Jan-Jun, percent change; the largest.")
def _():
    a, b = defaultdict(int), defaultdict(int)
    for r in R:
        (a if r["date"].month >= 7 else b)[r["depot"]] += r["dlv"]
    k, v = top({k: pct(a[k] - b[k], b[k]) for k in b}, margin=0.1)
    return {"label": [RN[k]], "number": round(v, 4), "unit": "%"}


@q("s1-084", RUN, "How many runs delivered less than 80% of their parcels?",
   "Runs with parcels_delivered / parcels_attempted < 0.8.")
def _():
    return count(sum(1 for r in R if r["dlv"] < 0.8 * r["att"]))


@q("s1-085", RUN, "What's the average distance per run out of West Point?",
   "Mean distance_km of West Point runs (any spelling).")
def _():
    return {"number": round(statistics.mean(r["km"] for r in R if r["depot"] == "west point"), 4), "unit": "km"}


@q("s1-086", RUN, "How many delivery runs were there in December?",
   "Rows dated December 2024 (one row per run).")
def _():
    return count(sum(1 for r in R if r["date"].month == 12))


# ==============================================================================================
# grades.csv — school exam results (one row per student, subject and term)

G = D["grades"]
SN = D["subject_names"]
GRD = ["grades.csv"]


def scores(rows):
    return [r["score"] for r in rows if r["score"] is not None]


@q("s1-087", GRD, "What's the average maths score?",
   "Mean score of Maths rows (any spelling), all terms, missing entries (absent, n/a, -, blank) left out.")
def _():
    return count(round(statistics.mean(scores(r for r in G if r["subj"] == "maths")), 4))


@q("s1-088", GRD, "Which subject has the highest average score?",
   "Mean score per folded subject; the largest.")
def _():
    by = defaultdict(list)
    for r in G:
        if r["score"] is not None:
            by[r["subj"]].append(r["score"])
    k, v = top({k: statistics.mean(x) for k, x in by.items()})
    return {"label": [SN[k]], "number": round(v, 4), "unit": ""}


@q("s1-089", GRD, "Which form did best in biology on average?",
   "Mean Biology score per form (10A = 10a); the largest.")
def _():
    by = defaultdict(list)
    for r in G:
        if r["subj"] == "biology" and r["score"] is not None:
            by[r["form"]].append(r["score"])
    k, v = top({k: statistics.mean(x) for k, x in by.items()}, margin=0.01)
    return {"label": [k.upper()], "number": round(v, 4), "unit": ""}


@q("s1-090", GRD, "How many students were marked absent for at least one exam?",
   "Distinct student_id with a score cell reading 'absent'.")
def _():
    return count(len({r["sid"] for r in G if r["raw"] == "absent"}))


@q("s1-091", GRD, "How many students are there?",
   "Distinct student_id.")
def _():
    return count(len({r["sid"] for r in G}))


@q("s1-092", GRD, "What's the pass rate in english? (a pass is 50 or more)",
   "English results with a score: share with score >= 50; missing entries are not results.")
def _():
    s = scores(r for r in G if r["subj"] == "english")
    return percent(pct(sum(1 for x in s if x >= 50), len(s)))


@q("s1-093", GRD, "Who are the top 5 students by average score?",
   "Mean of each student's recorded scores (all subjects and terms); the five largest.")
def _():
    by = defaultdict(list)
    for r in G:
        if r["score"] is not None:
            by[r["name"]].append(r["score"])
    return {"labels": top_n({k: statistics.mean(x) for k, x in by.items()}, 5, margin=0.005)}


@q("s1-094", GRD, "By how many points did the average score go up from Term 1 to Term 3?",
   "Mean of all Term 3 scores minus mean of all Term 1 scores.")
def _():
    a = statistics.mean(scores(r for r in G if r["term"] == "term 3"))
    b = statistics.mean(scores(r for r in G if r["term"] == "term 1"))
    assert a > b
    return count(round(a - b, 4))


@q("s1-095", GRD, "Which subject improved the most from Term 1 to Term 2?",
   "Per subject: mean Term 2 score minus mean Term 1 score; the largest.")
def _():
    by = defaultdict(lambda: defaultdict(list))
    for r in G:
        if r["score"] is not None:
            by[r["subj"]][r["term"]].append(r["score"])
    k, v = top({k: statistics.mean(t["term 2"]) - statistics.mean(t["term 1"]) for k, t in by.items()}, margin=0.1)
    return {"label": [SN[k]], "number": round(v, 4), "unit": ""}


@q("s1-096", GRD, "what's form 10b's average score in history?",
   "Mean History score of form 10B, all terms.")
def _():
    return count(round(statistics.mean(scores(r for r in G if r["form"] == "10b" and r["subj"] == "history")), 4))


@q("s1-097", GRD, "How many results have no score recorded?",
   "Rows whose score is blank or a word meaning missing (absent, n/a, -).")
def _():
    return count(sum(1 for r in G if r["score"] is None))


@q("s1-098", GRD, "What was the highest score in French?",
   "Maximum French score.")
def _():
    return count(max(scores(r for r in G if r["subj"] == "french")))


@q("s1-099", GRD, "Which teacher's students had the lowest average score?",
   "Mean score per teacher; the smallest.")
def _():
    by = defaultdict(list)
    for r in G:
        if r["score"] is not None:
            by[r["teacher"]].append(r["score"])
    k, v = top({k: statistics.mean(x) for k, x in by.items()}, margin=0.03, lowest=True)
    return {"label": [k], "number": round(v, 4), "unit": ""}


@q("s1-100", GRD, "How many results below 40 were there in Term 3?",
   "Term 3 rows with a recorded score < 40.")
def _():
    return count(sum(1 for x in scores(r for r in G if r["term"] == "term 3") if x < 40))


@q("s1-101", GRD, "What's the median maths score?",
   "Median of recorded Maths scores, all terms.")
def _():
    return count(statistics.median(scores(r for r in G if r["subj"] == "maths")))


@q("s1-102", GRD, "Which form has the highest average score overall?",
   "Mean of all recorded scores per form; the largest.")
def _():
    by = defaultdict(list)
    for r in G:
        if r["score"] is not None:
            by[r["form"]].append(r["score"])
    k, v = top({k: statistics.mean(x) for k, x in by.items()}, margin=0.01)
    return {"label": [k.upper()], "number": round(v, 4), "unit": ""}


@q("s1-103", GRD, "Excluding physical education, what's the average score across all subjects?",
   "Mean of recorded scores of every subject except Physical Education.")
def _():
    return count(round(statistics.mean(scores(r for r in G if r["subj"] != "physical education")), 4))


@q("s1-104", GRD, "What percentage of Term 1 results were 70 or above?",
   "Recorded Term 1 scores >= 70 / recorded Term 1 scores.")
def _():
    s = scores(r for r in G if r["term"] == "term 1")
    return percent(pct(sum(1 for x in s if x >= 70), len(s)))


@q("s1-105", GRD, "How many different teachers are in the grades sheet?",
   "Distinct teacher names.")
def _():
    return count(len({r["teacher"] for r in G}))


@q("s1-106", GRD, "What's the average score in each term, and which term was highest?",
   "Mean recorded score per folded term; the largest (with its mean).")
def _():
    by = defaultdict(list)
    for r in G:
        if r["score"] is not None:
            by[r["term"]].append(r["score"])
    k, v = top({k: statistics.mean(x) for k, x in by.items()})
    return {"label": [k.title()], "number": round(v, 4), "unit": ""}


# ==============================================================================================
# invoices.csv — SaaS invoices; an invoice's amount is seats x price_per_seat (not stored)

I = D["invoices"]
PN = D["plan_names"]
INV = ["invoices.csv"]


def billed(rows):
    return sum(r["amount"] for r in rows)


@q("s1-107", INV, "What was our total billed revenue in 2024?",
   "Sum of seats x price_per_seat over invoices dated 2024 (every status).")
def _():
    return money(billed(r for r in I if r["date"].year == 2024))


@q("s1-108", INV, "Which plan has the highest total billings overall?",
   "seats x price per folded plan, both years; the largest.")
def _():
    by = defaultdict(float)
    for r in I:
        by[r["plan"]] += r["amount"]
    k, v = top(by)
    return {"label": [PN[k]], "number": round(v, 2), "unit": "$"}


@q("s1-109", INV, "Average number of seats per invoice?",
   "Mean of seats over all invoices.")
def _():
    return count(round(statistics.mean(r["seats"] for r in I), 4))


@q("s1-110", INV, "How many distinct custmers did we invoice in 2024?",
   "Distinct customer names after folding case, spaces and a trailing period, invoices dated 2024.")
def _():
    return count(len({r["cust"] for r in I if r["date"].year == 2024}))


@q("s1-111", INV, "Which customer was billed the most in total?",
   "seats x price per folded customer name, whole file; the largest.")
def _():
    by = defaultdict(float)
    for r in I:
        by[r["cust"]] += r["amount"]
    k, v = top(by)
    return {"label": [D["cust_names"][k]], "number": round(v, 2), "unit": "$"}


@q("s1-112", INV, "How much did the enterprise plan bill in Q4 2024?",
   "seats x price of Enterprise invoices dated October-December 2024.")
def _():
    return money(billed(r for r in I if r["plan"] == "enterprise" and r["date"].year == 2024 and quarter(r["date"]) == 4))


@q("s1-113", INV, "What share of invoices are overdue?",
   "Invoices with status Overdue (any case) / all invoices.")
def _():
    return percent(pct(sum(1 for r in I if r["status"] == "overdue"), len(I)))


@q("s1-114", INV, "For monthly-billed Team invoices, what's the average price per seat weighted by seats (total billed / total seats)?",
   "Team plan, Monthly billing: sum(seats x price) / sum(seats).")
def _():
    rows = [r for r in I if r["plan"] == "team" and r["billing"] == "monthly"]
    return money(billed(rows) / sum(r["seats"] for r in rows))


@q("s1-115", INV, "Which month of 2024 had the highest billings?",
   "seats x price per month of 2024; the largest.")
def _():
    by = defaultdict(float)
    for r in I:
        if r["date"].year == 2024:
            by[r["date"].month] += r["amount"]
    m, v = top(by)
    return {"label": month_labels(2024, m, year_unique=True), "number": round(v, 2), "unit": "$"}


@q("s1-116", INV, "How much did we bill in 2024 excluding refunded invoices?",
   "seats x price of 2024 invoices whose status is not Refunded.")
def _():
    return money(billed(r for r in I if r["date"].year == 2024 and r["status"] != "refunded"))


@q("s1-117", INV, "How many invoices were for more than $5,000?",
   "Invoices whose seats x price exceeds 5000.")
def _():
    return count(sum(1 for r in I if r["amount"] > 5000))


@q("s1-118", INV, "By what percent did EMEA billings grow from 2023 to 2024?",
   "seats x price of EMEA invoices (any spelling), 2024 vs 2023, percent change.")
def _():
    a = billed(r for r in I if r["region"] == "emea" and r["date"].year == 2024)
    b = billed(r for r in I if r["region"] == "emea" and r["date"].year == 2023)
    return percent(pct(a - b, b))


@q("s1-119", INV, "Which region grew its billings the most from 2023 to 2024 in dollar terms?",
   "Per folded region: billed 2024 minus billed 2023; the largest.")
def _():
    by = defaultdict(float)
    for r in I:
        by[r["region"]] += r["amount"] if r["date"].year == 2024 else -r["amount"]
    k, v = top(by)
    return {"label": [D["inv_region_names"][k]], "number": round(v, 2), "unit": "$"}


@q("s1-120", INV, "How many seats did we bill on annual plans in 2024?",
   "Sum of seats of Annual-billing invoices dated 2024.")
def _():
    return count(sum(r["seats"] for r in I if r["billing"] == "annual" and r["date"].year == 2024))


@q("s1-121", INV, "What's the average invoice value for the Starter plan?",
   "Mean of seats x price over Starter invoices.")
def _():
    return money(statistics.mean(r["amount"] for r in I if r["plan"] == "starter"))


@q("s1-122", INV, "which sales rep billed the most in 2024",
   "seats x price per sales_rep, invoices dated 2024; the largest.")
def _():
    by = defaultdict(float)
    for r in I:
        if r["date"].year == 2024:
            by[r["rep"]] += r["amount"]
    k, v = top(by)
    return {"label": [k], "number": round(v, 2), "unit": "$"}


@q("s1-123", INV, "How much money is still overdue?",
   "seats x price of invoices with status Overdue.")
def _():
    return money(billed(r for r in I if r["status"] == "overdue"))


@q("s1-124", INV, "What is the most common plan on our invoices?",
   "Invoices counted per folded plan; the largest.")
def _():
    k, v = top(Counter(r["plan"] for r in I))
    return {"label": [PN[k]], "number": v, "unit": ""}


@q("s1-125", INV, "How many invoices did we issue in 2024?",
   "Rows dated 2024 (one row per invoice; invoice_no is an identifier, not a quantity).")
def _():
    return count(sum(1 for r in I if r["date"].year == 2024))


# ----------------------------------------------------------------------------------------------


def main():
    ids = [x["id"] for x in QUESTIONS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out = []
    for x in QUESTIONS:
        truth = x["fn"]()
        out.append({"id": x["id"], "dataset": x["dataset"], "question": x["question"], "truth": truth,
                    "note": x["note"]})
    with open(HERE / "questions.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(out)} questions written to questions.json")


if __name__ == "__main__":
    main()
