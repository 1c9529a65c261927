#!/usr/bin/env python3
"""Set 20's questions, each beside the code that computes its truth from the committed CSVs (standard
library only). Writes questions.json; `--print` only prints. Stops without writing if a guard fails.

Reading rules:
- timesheets.csv: `hours` is a number; `billable` is Y / N; `INTERNAL` is the firm's own time (not a
  project in projects.csv, no client, no rate). Billable value = billable hours x the project's
  `Rate (GBP/hr)` from projects.csv (joined on project code).
- rental_ledger.csv: MM/DD/YYYY dates; `Amount (USD)` is signed (money in positive, out negative).
  "Spent" / "cost" truths are given positive.
- workouts.csv: `Date` is the start time; `Time` is the duration hh:mm:ss; `Distance` is km, `--` is
  missing (strength sessions), as are `--` heart rates and ascents (skipped).
- lost_property.csv: dd/mm/yyyy dates; categories folded by trimming spaces and ignoring case; statuses
  the same (claimed / unclaimed / disposed / donated / held); `Est. Value` like `£120`, with `unknown`,
  `n/a` and blank meaning no value (skipped from sums and averages).
- customs_entries.csv: ISO dates; periods go by arrival date unless the question says otherwise.
"""

import csv
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def read(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


class Guard(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Guard(msg)


def top(d, margin=0.03, reverse=True):
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=reverse)
    (k1, v1), (k2, v2) = items[0], items[1]
    check(abs(v1 - v2) > margin * abs(v1), f"near tie: {items[:3]}")
    return k1, v1


def topn(d, n, margin=0.03):
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=True)
    for i in range(n):
        a, b = items[i][1], items[i + 1][1]
        if i == n - 1:
            check(a - b > margin * abs(a), f"top{n} edge near tie: {items[:n + 2]}")
        else:
            check(a != b, f"tie inside top{n}: {items[:n + 1]}")
    return [k for k, _ in items[:n]]


def away(values, thr, tol):
    bad = [v for v in values if abs(v - thr) <= tol]
    check(not bad, f"values at threshold {thr}: {bad[:5]}")


def positive(x):
    check(x > 0, f"not positive: {x}")
    return x


def num(x, unit=""):
    t = {"number": round(float(x), 6)}
    if unit is not None:
        t["unit"] = unit
    return t


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def month_label(y, m):
    return [MONTHS[m - 1], f"{MONTHS[m - 1][:3]} {y}", f"{y}-{m:02d}"]


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def weekday_label(i):
    return [WEEKDAYS[i], WEEKDAYS[i] + "s"]


def hour_label(h):
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return [f"{h:02d}:00", f"{h}:00", f"{h12}{ap}", f"{h12} {ap}", f"{h12} o'clock", f"{h:02d}.00",
            f"{h12}:00 {ap}", f"{h12} {ap[0]}.m."]


def quarter_label(q):
    names = {1: ["Q1", "first quarter", "January to March", "January-March", "Jan-Mar"],
             2: ["Q2", "second quarter", "April to June", "April-June", "Apr-Jun"],
             3: ["Q3", "third quarter", "July to September", "July-September", "Jul-Sep"],
             4: ["Q4", "fourth quarter", "October to December", "October-December", "Oct-Dec"]}
    return names[q]


# ----------------------------------------------------------------------------------------------
# data


def load():
    g = {}
    proj = {p["Project Code"]: p for p in read("projects.csv")}
    ts = []
    for r in read("timesheets.csv"):
        ts.append(dict(date=dt.date.fromisoformat(r["work_date"]), who=r["consultant"], code=r["project_code"],
                       task=r["task"], hours=float(r["hours"]), bill=r["billable"] == "Y"))
    for t in ts:
        p = proj.get(t["code"])
        t["client"] = p["Client"] if p else None
        t["practice"] = p["Practice"] if p else None
        t["rate"] = float(p["Rate (GBP/hr)"]) if p else 0.0
        t["value"] = t["hours"] * t["rate"] if t["bill"] else 0.0
    g["proj"], g["ts"] = proj, ts

    led = []
    for r in read("rental_ledger.csv"):
        led.append(dict(date=dt.datetime.strptime(r["Date"], "%m/%d/%Y").date(), prop=r["Property"],
                        cat=r["Category"], desc=r["Description"], amt=float(r["Amount (USD)"])))
    g["led"] = led

    wo = []
    for r in read("workouts.csv"):
        h, m, s = (int(x) for x in r["Time"].split(":"))
        wo.append(dict(act=r["Activity Type"], start=dt.datetime.strptime(r["Date"], "%Y-%m-%d %H:%M:%S"),
                       km=None if r["Distance"] == "--" else float(r["Distance"]), cal=float(r["Calories"]),
                       secs=h * 3600 + m * 60 + s, hr=None if r["Avg HR"] == "--" else float(r["Avg HR"]),
                       ascent=None if r["Total Ascent"] == "--" else float(r["Total Ascent"])))
    g["wo"] = wo

    lp = []
    for r in read("lost_property.csv"):
        v = r["Est. Value"].strip()
        val = None if v.lower() in ("", "unknown", "n/a") else float(v.replace("£", "").replace(",", ""))
        lp.append(dict(date=dt.datetime.strptime(r["Date Found"], "%d/%m/%Y").date(), line=r["Line"],
                       station=r["Station"], cat=r["Category"].strip().lower(), val=val,
                       status=r["Status"].strip().lower(),
                       claimed=dt.datetime.strptime(r["Date Claimed"], "%d/%m/%Y").date() if r["Date Claimed"]
                       else None))
    g["lp"] = lp

    ce = []
    for r in read("customs_entries.csv"):
        ce.append(dict(ship=dt.date.fromisoformat(r["Ship Date"]), arr=dt.date.fromisoformat(r["Arrival Date"]),
                       origin=r["Origin Country"], port=r["Port of Entry"], com=r["Commodity"], mode=r["Mode"],
                       kg=float(r["Gross Weight (kg)"]), value=float(r["Customs Value (USD)"]),
                       duty=float(r["Duty Paid (USD)"]), carrier=r["Carrier"]))
    g["ce"] = ce
    return g


def qtr(d):
    return (d.month - 1) // 3 + 1


# ----------------------------------------------------------------------------------------------
# questions

Q = []


def q(dataset, question, note=""):
    def deco(fn):
        Q.append((dataset, question, note, fn))
        return fn
    return deco


TS = ["timesheets.csv"]
TSP = ["timesheets.csv", "projects.csv"]
LED = ["rental_ledger.csv"]
WO = ["workouts.csv"]
LP = ["lost_property.csv"]
CE = ["customs_entries.csv"]


# --- consultancy timesheets (+ projects) ---

@q(TS, "How many hours has the team logged in total?", "sum of hours, every entry")
def _(g):
    return num(sum(t["hours"] for t in g["ts"]), "hours")


@q(TS, "how many billable hours did Priya Shah put in during March 2025", "billable = Y, work_date in March")
def _(g):
    return num(sum(t["hours"] for t in g["ts"] if t["who"] == "Priya Shah" and t["bill"] and t["date"].month == 3),
               "hours")


@q(TS, "What percentage of all the hours logged were billable?", "billable hours / all hours")
def _(g):
    return num(100 * sum(t["hours"] for t in g["ts"] if t["bill"]) / sum(t["hours"] for t in g["ts"]), "%")


@q(TS, "Who logged the most hours between July and September 2025?", "sum of hours by consultant, Jul-Sep")
def _(g):
    d = defaultdict(float)
    for t in g["ts"]:
        if 7 <= t["date"].month <= 9:
            d[t["who"]] += t["hours"]
    return {"label": [top(d)[0]]}


@q(TSP, "Which client brought in the most billable value? Work it out as billable hours times the project's hourly rate.",
   "sum(billable hours x rate) by client via projects.csv")
def _(g):
    d = defaultdict(float)
    for t in g["ts"]:
        if t["client"]:
            d[t["client"]] += t["value"]
    return {"label": [top(d)[0]]}


@q(TSP, "What's the total billable value of work for the Data practice, using each project's rate?",
   "sum(billable hours x rate) for projects whose Practice is Data")
def _(g):
    return num(sum(t["value"] for t in g["ts"] if t["practice"] == "Data"), "£")


@q(TSP, "Give me the top 3 projects by billable value (billable hours times the project's rate).",
   "sum(billable hours x rate) by project code; code or project name accepted")
def _(g):
    d = defaultdict(float)
    for t in g["ts"]:
        if t["code"] != "INTERNAL":
            d[t["code"]] += t["value"]
    return {"labels": [[c, g["proj"][c]["Project Name"]] for c in topn(d, 3)]}


@q(TS, "How many different projects did Tom Becker book time to? Internal time doesn't count as a project.",
   "distinct project codes for Tom Becker, INTERNAL excluded")
def _(g):
    return num(len({t["code"] for t in g["ts"] if t["who"] == "Tom Becker" and t["code"] != "INTERNAL"}), "projects")


@q(TS, "On average, how many hours is a single timesheet entry?", "mean of hours over all entries")
def _(g):
    return num(sum(t["hours"] for t in g["ts"]) / len(g["ts"]), "hours")


@q(TSP, "How many projects have already logged more hours than their budget? Count every hour booked to the project, billable or not.",
   "per project: sum of hours vs Budget Hours; none within 2%")
def _(g):
    d = defaultdict(float)
    for t in g["ts"]:
        if t["code"] != "INTERNAL":
            d[t["code"]] += t["hours"]
    n = 0
    for c, p in g["proj"].items():
        b = float(p["Budget Hours"])
        check(abs(d[c] - b) > 0.02 * b, f"project {c} near budget {d[c]} vs {b}")
        n += d[c] > b
    return num(n, "projects")


@q(TS, "Which weekday, Monday to Friday, has the fewest hours logged?", "sum of hours by weekday of work_date, Mon-Fri, lowest")
def _(g):
    d = defaultdict(float)
    for t in g["ts"]:
        if t["date"].weekday() < 5:
            d[t["date"].weekday()] += t["hours"]
    return {"label": weekday_label(top(d, reverse=False)[0])}


@q(TS, "how many hours were logged at weekends", "Saturday + Sunday work_date")
def _(g):
    return num(sum(t["hours"] for t in g["ts"] if t["date"].weekday() >= 5), "hours")


@q(TS, "How many more billable hours did we log in Q2 2025 than in Q1 2025?", "billable hours Apr-Jun minus Jan-Mar")
def _(g):
    a = sum(t["hours"] for t in g["ts"] if t["bill"] and qtr(t["date"]) == 2)
    b = sum(t["hours"] for t in g["ts"] if t["bill"] and qtr(t["date"]) == 1)
    return num(positive(a - b), "hours")


@q(TSP, "How much billable work did we do for Northgate Council in October 2025, in pounds at the project rates?",
   "billable hours x rate, client Northgate Council, October")
def _(g):
    return num(sum(t["value"] for t in g["ts"] if t["client"] == "Northgate Council" and t["date"].month == 10), "£")


@q(TS, "Leaving internal time aside, which task eats up the most hours?", "sum of hours by task, INTERNAL excluded")
def _(g):
    d = defaultdict(float)
    for t in g["ts"]:
        if t["code"] != "INTERNAL":
            d[t["task"]] += t["hours"]
    return {"label": [top(d)[0]]}


@q(TSP, "What is our average rate per billable hour? Total billable value divided by total billable hours.",
   "sum(billable hours x rate) / billable hours (every billable entry is on a project)")
def _(g):
    bh = sum(t["hours"] for t in g["ts"] if t["bill"])
    return num(sum(t["value"] for t in g["ts"]) / bh, "£/hour")


@q(TS, "Which consultant has the highest share of non-billable hours?", "non-billable hours / all hours, per consultant")
def _(g):
    tot, nb = defaultdict(float), defaultdict(float)
    for t in g["ts"]:
        tot[t["who"]] += t["hours"]
        if not t["bill"]:
            nb[t["who"]] += t["hours"]
    return {"label": [top({k: nb[k] / tot[k] for k in tot}, 0.05)[0]]}


@q(TS, "Who has logged the most billable hours overall, and how many?", "sum of billable hours by consultant")
def _(g):
    d = defaultdict(float)
    for t in g["ts"]:
        if t["bill"]:
            d[t["who"]] += t["hours"]
    k, v = top(d)
    return {"label": [k], "number": v, "unit": "hours"}


@q(TSP, "What share of its budgeted hours has the Case system migration project used so far?",
   "all hours on P-204 / its Budget Hours")
def _(g):
    h = sum(t["hours"] for t in g["ts"] if t["code"] == "P-204")
    return num(100 * h / float(g["proj"]["P-204"]["Budget Hours"]), "%")


# --- rental ledger ---

def led(g, **kw):
    return [x for x in g["led"] if all(x[k] == v for k, v in kw.items())]


@q(LED, "How much rent did I collect in 2025?", "Rent rows, 2025")
def _(g):
    return num(sum(x["amt"] for x in g["led"] if x["cat"] == "Rent" and x["date"].year == 2025), "$")


@q(LED, "What was my net cash flow for 2024 - everything in minus everything out?", "sum of Amount, 2024, all rows")
def _(g):
    return num(sum(x["amt"] for x in g["led"] if x["date"].year == 2024), "$")


@q(LED, "Which property made me the most money in 2025 after all its costs? Leave the security deposits out of it.",
   "sum of Amount by property, 2025, excluding Security Deposit and Deposit Refund")
def _(g):
    d = defaultdict(float)
    for x in g["led"]:
        if x["date"].year == 2025 and x["cat"] not in ("Security Deposit", "Deposit Refund"):
            d[x["prop"]] += x["amt"]
    return {"label": [top(d)[0]]}


@q(LED, "how much have I spent on repairs altogether", "-(sum of Repairs), all dates")
def _(g):
    return num(positive(-sum(x["amt"] for x in g["led"] if x["cat"] == "Repairs")), "$")


@q(LED, "Which property cost me the most in repairs in 2025?", "Repairs by property, 2025")
def _(g):
    d = defaultdict(float)
    for x in g["led"]:
        if x["cat"] == "Repairs" and x["date"].year == 2025:
            d[x["prop"]] -= x["amt"]
    return {"label": [top(d)[0]]}


@q(LED, "What did the mortgage payments come to in 2025, all properties together?", "-(Mortgage), 2025")
def _(g):
    return num(positive(-sum(x["amt"] for x in g["led"] if x["cat"] == "Mortgage" and x["date"].year == 2025)), "$")


@q(LED, "In 2025, what were repair costs as a percentage of the rent I collected?", "-(Repairs 2025) / Rent 2025")
def _(g):
    rep = -sum(x["amt"] for x in g["led"] if x["cat"] == "Repairs" and x["date"].year == 2025)
    rent = sum(x["amt"] for x in g["led"] if x["cat"] == "Rent" and x["date"].year == 2025)
    return num(100 * rep / rent, "%")


@q(LED, "How much more rent did 12 Elm St bring in from January to November 2025 than in the same months of 2024?",
   "Rent, 12 Elm St, Jan-Nov 2025 minus Jan-Nov 2024")
def _(g):
    def s(y):
        return sum(x["amt"] for x in g["led"] if x["cat"] == "Rent" and x["prop"] == "12 Elm St"
                   and x["date"].year == y and x["date"].month <= 11)
    return num(positive(s(2025) - s(2024)), "$")


@q(LED, "How many repair bills were over $1,000?", "Repairs rows with -Amount > 1000; none within $5")
def _(g):
    v = [-x["amt"] for x in g["led"] if x["cat"] == "Repairs"]
    away(v, 1000, 5)
    return num(sum(1 for a in v if a > 1000), "bills")


@q(LED, "What's the average repair bill?", "mean of -Amount over Repairs rows")
def _(g):
    v = [-x["amt"] for x in g["led"] if x["cat"] == "Repairs"]
    return num(sum(v) / len(v), "$")


@q(LED, "What was the single biggest repair bill, and which property was it for?", "max -Amount among Repairs")
def _(g):
    v = sorted(((-x["amt"], x["prop"]) for x in g["led"] if x["cat"] == "Repairs"), reverse=True)
    check(v[0][0] - v[1][0] > 0.03 * v[0][0], f"biggest repair near tie {v[:3]}")
    return {"label": [v[0][1]], "number": round(v[0][0], 6), "unit": "$"}


@q(LED, "What was the net for 48 Mill Ln in Q1 2025, money in minus money out?", "sum of Amount, 48 Mill Ln, Jan-Mar 2025")
def _(g):
    return num(sum(x["amt"] for x in g["led"] if x["prop"] == "48 Mill Ln" and x["date"].year == 2025
                   and qtr(x["date"]) == 1), "$")


@q(LED, "In how many months of 2025 (January to November) did 7 Quarry Rd bring in no rent?",
   "months Jan-Nov 2025 with no Rent row for 7 Quarry Rd")
def _(g):
    months = {x["date"].month for x in g["led"] if x["cat"] == "Rent" and x["prop"] == "7 Quarry Rd"
              and x["date"].year == 2025}
    return num(11 - len(months & set(range(1, 12))), "months")


@q(LED, "Apart from the mortgages, what's my biggest expense category overall?",
   "-(sum Amount) by category over negative categories except Mortgage; Deposit Refund counts as a category")
def _(g):
    d = defaultdict(float)
    for x in g["led"]:
        if x["amt"] < 0 and x["cat"] != "Mortgage":
            d[x["cat"]] -= x["amt"]
    return {"label": [top(d)[0]]}


@q(LED, "How much did I pay back to tenants in deposit refunds?", "-(Deposit Refund)")
def _(g):
    return num(positive(-sum(x["amt"] for x in g["led"] if x["cat"] == "Deposit Refund")), "$")


@q(LED, "What did insurance cost me in 2025 for all four properties?", "-(Insurance), 2025")
def _(g):
    return num(positive(-sum(x["amt"] for x in g["led"] if x["cat"] == "Insurance" and x["date"].year == 2025)), "$")


@q(LED, "Which month of 2025 had the best net cash flow across all the properties, counting everything?",
   "sum of Amount by month, 2025, all rows")
def _(g):
    d = defaultdict(float)
    for x in g["led"]:
        if x["date"].year == 2025:
            d[x["date"].month] += x["amt"]
    return {"label": month_label(2025, top(d)[0])}


@q(LED, "How much did I pay in management fees in 2024?", "-(Management Fee), 2024")
def _(g):
    return num(positive(-sum(x["amt"] for x in g["led"] if x["cat"] == "Management Fee" and x["date"].year == 2024)), "$")


@q(LED, "Which quarter of 2025 had the highest repair costs?", "-(Repairs) by quarter of 2025")
def _(g):
    d = defaultdict(float)
    for x in g["led"]:
        if x["cat"] == "Repairs" and x["date"].year == 2025:
            d[qtr(x["date"])] -= x["amt"]
    return {"label": quarter_label(top(d)[0])}


# --- workouts ---

def wo(g, act=None, year=None):
    return [w for w in g["wo"] if (act is None or w["act"] == act) and (year is None or w["start"].year == year)]


@q(WO, "How many runs did I do in 2025?", "Running rows, 2025")
def _(g):
    return num(len(wo(g, "Running", 2025)), "runs")


@q(WO, "how many km did I cycle in 2025", "sum of Distance, Cycling, 2025")
def _(g):
    return num(sum(w["km"] for w in wo(g, "Cycling", 2025)), "km")


@q(WO, "What was my average running speed in 2025 in km/h? Total distance over total time.",
   "sum km / sum hours, Running, 2025")
def _(g):
    r = wo(g, "Running", 2025)
    return num(sum(w["km"] for w in r) / (sum(w["secs"] for w in r) / 3600), "km/h")


@q(WO, "What's the longest bike ride I've done, in km?", "max Distance, Cycling")
def _(g):
    return num(max(w["km"] for w in wo(g, "Cycling")), "km")


@q(WO, "At what hour of the day do I most often start a workout?", "count by hour of start time")
def _(g):
    d = Counter(w["start"].hour for w in g["wo"])
    return {"label": hour_label(top(d)[0])}


@q(WO, "Which day of the week do I work out on most often?", "count by weekday of start")
def _(g):
    d = Counter(w["start"].weekday() for w in g["wo"])
    return {"label": weekday_label(top(d)[0])}


@q(WO, "How many hours did I spend exercising in October 2025?", "sum of Time, starts in October 2025")
def _(g):
    return num(sum(w["secs"] for w in g["wo"] if w["start"].year == 2025 and w["start"].month == 10) / 3600, "hours")


@q(WO, "What's my average heart rate on runs longer than 18 km? Skip any without a heart rate.",
   "mean Avg HR, Running with Distance > 18, HR not --; no run within 0.05 km of 18")
def _(g):
    r = wo(g, "Running")
    away([w["km"] for w in r], 18, 0.05)
    v = [w["hr"] for w in r if w["km"] > 18 and w["hr"] is not None]
    return num(sum(v) / len(v), "bpm")


@q(WO, "In which month of 2025 did I run the furthest?", "sum km by month, Running, 2025")
def _(g):
    d = defaultdict(float)
    for w in wo(g, "Running", 2025):
        d[w["start"].month] += w["km"]
    return {"label": month_label(2025, top(d)[0])}


@q(WO, "What percentage of my workouts start before 7 in the morning?", "start time < 07:00:00, all workouts")
def _(g):
    check(all(w["start"].time() != dt.time(7, 0, 0) for w in g["wo"]), "a start exactly at 07:00:00")
    return num(100 * sum(1 for w in g["wo"] if w["start"].hour < 7) / len(g["wo"]), "%")


@q(WO, "What's my average swim distance, in metres?", "mean Distance x 1000, Pool Swim")
def _(g):
    v = [w["km"] for w in wo(g, "Pool Swim")]
    return num(1000 * sum(v) / len(v), "m")


@q(WO, "How many calories did I burn in 2024 across all my workouts?", "sum Calories, 2024")
def _(g):
    return num(sum(w["cal"] for w in wo(g, year=2024)), "kcal")


@q(WO, "How many more kilometres did I run in Q3 2025 than in Q2 2025?", "Running km Jul-Sep minus Apr-Jun 2025")
def _(g):
    r = wo(g, "Running", 2025)
    return num(positive(sum(w["km"] for w in r if qtr(w["start"]) == 3) - sum(w["km"] for w in r if qtr(w["start"]) == 2)),
               "km")


@q(WO, "What was my total elevation gain on rides in 2025?", "sum Total Ascent, Cycling, 2025")
def _(g):
    return num(sum(w["ascent"] for w in wo(g, "Cycling", 2025) if w["ascent"] is not None), "m")


@q(WO, "On how many days in 2025 did I do two or more workouts?", "dates in 2025 with >= 2 starts")
def _(g):
    d = Counter(w["start"].date() for w in wo(g, year=2025))
    return num(sum(1 for v in d.values() if v >= 2), "days")


@q(WO, "On average, how many minutes does one of my strength sessions last?", "mean Time / 60, Strength Training")
def _(g):
    v = [w["secs"] for w in wo(g, "Strength Training")]
    return num(sum(v) / len(v) / 60, "minutes")


@q(WO, "What share of my total workout time in 2025 was spent cycling?", "Cycling Time / all Time, 2025")
def _(g):
    a = wo(g, year=2025)
    return num(100 * sum(w["secs"] for w in a if w["act"] == "Cycling") / sum(w["secs"] for w in a), "%")


@q(WO, "How many runs of more than 21 km have I done?", "Running with Distance > 21; none within 0.05 km of 21")
def _(g):
    r = wo(g, "Running")
    away([w["km"] for w in r], 21, 0.05)
    return num(sum(1 for w in r if w["km"] > 21), "runs")


# --- lost property ---

@q(LP, "How many items have been handed in to lost property in total?", "row count")
def _(g):
    return num(len(g["lp"]), "items")


@q(LP, "What's the most commonly lost item?", "count by folded Category")
def _(g):
    return {"label": [top(Counter(x["cat"] for x in g["lp"]))[0].title()]}


@q(LP, "How many phones were claimed by their owners?", "Category phone, Status claimed")
def _(g):
    return num(sum(1 for x in g["lp"] if x["cat"] == "phone" and x["status"] == "claimed"), "phones")


@q(LP, "What percentage of the wallets that were handed in got claimed?", "claimed / all, Category wallet")
def _(g):
    w = [x for x in g["lp"] if x["cat"] == "wallet"]
    return num(100 * sum(1 for x in w if x["status"] == "claimed") / len(w), "%")


@q(LP, "Which line has the most lost property?", "count by Line")
def _(g):
    return {"label": [top(Counter(x["line"] for x in g["lp"]))[0]]}


@q(LP, "On the Green Line, which station hands in the most items?", "count by Station, Line = Green Line")
def _(g):
    return {"label": [top(Counter(x["station"] for x in g["lp"] if x["line"] == "Green Line"))[0]]}


@q(LP, "What's the average estimated value of a lost laptop? Ignore the ones with no value given.",
   "mean Est. Value, Category laptop, valued rows only")
def _(g):
    v = [x["val"] for x in g["lp"] if x["cat"] == "laptop" and x["val"] is not None]
    return num(sum(v) / len(v), "£")


@q(LP, "What's the total estimated value of everything that was donated?", "sum Est. Value, Status donated (unvalued skipped)")
def _(g):
    return num(sum(x["val"] for x in g["lp"] if x["status"] == "donated" and x["val"] is not None), "£")


@q(LP, "For items that were claimed, how many days on average passed between being found and being claimed?",
   "mean(Date Claimed - Date Found) over claimed")
def _(g):
    v = [(x["claimed"] - x["date"]).days for x in g["lp"] if x["status"] == "claimed"]
    return num(sum(v) / len(v), "days")


@q(LP, "How many different stations have had something handed in?", "distinct Station names")
def _(g):
    return num(len({x["station"] for x in g["lp"]}), "stations")


@q(LP, "How many umbrellas were found in October?", "Category umbrella, found October 2025")
def _(g):
    return num(sum(1 for x in g["lp"] if x["cat"] == "umbrella" and x["date"].month == 10), "umbrellas")


@q(LP, "What share of items were found on a Saturday or Sunday?", "weekend Date Found / all")
def _(g):
    return num(100 * sum(1 for x in g["lp"] if x["date"].weekday() >= 5) / len(g["lp"]), "%")


@q(LP, "What are the top 3 kinds of item people lose?", "count by folded Category, top 3")
def _(g):
    return {"labels": [[c.title()] for c in topn(Counter(x["cat"] for x in g["lp"]), 3)]}


@q(LP, "How many items don't have a value estimate?", "Est. Value blank / unknown / n/a")
def _(g):
    return num(sum(1 for x in g["lp"] if x["val"] is None), "items")


@q(LP, "How many items were valued at more than £1,000?", "Est. Value > 1000; none within £5")
def _(g):
    v = [x["val"] for x in g["lp"] if x["val"] is not None]
    away(v, 1000, 5)
    return num(sum(1 for a in v if a > 1000), "items")


@q(LP, "Which month had the most items handed in?", "count by month of Date Found")
def _(g):
    return {"label": month_label(2025, top(Counter(x["date"].month for x in g["lp"]))[0])}


@q(LP, "Which kind of item is least likely to be claimed?", "claimed share by folded Category, lowest")
def _(g):
    tot, cl = Counter(), Counter()
    for x in g["lp"]:
        tot[x["cat"]] += 1
        cl[x["cat"]] += x["status"] == "claimed"
    k, _ = top({c: cl[c] / tot[c] for c in tot}, 0.15, reverse=False)
    return {"label": [k.title()]}


@q(LP, "How many bags ended up being donated?", "Category bag, Status donated")
def _(g):
    return num(sum(1 for x in g["lp"] if x["cat"] == "bag" and x["status"] == "donated"), "bags")


# --- customs entries ---

def ce(g, year=None):
    return [x for x in g["ce"] if year is None or x["arr"].year == year]


@q(CE, "How much duty did we pay on shipments arriving in 2025?", "sum Duty Paid, arrival 2025")
def _(g):
    return num(sum(x["duty"] for x in ce(g, 2025)), "$")


@q(CE, "What was the total customs value of goods from Vietnam that arrived in 2024?", "sum Customs Value, Vietnam, arrival 2024")
def _(g):
    return num(sum(x["value"] for x in ce(g, 2024) if x["origin"] == "Vietnam"), "$")


@q(CE, "Which country did we import the most from by value in 2025?", "sum Customs Value by origin, arrival 2025")
def _(g):
    d = defaultdict(float)
    for x in ce(g, 2025):
        d[x["origin"]] += x["value"]
    return {"label": [top(d)[0]]}


@q(CE, "What are our top 3 commodities by customs value?", "sum Customs Value by Commodity, all entries")
def _(g):
    d = defaultdict(float)
    for x in g["ce"]:
        d[x["com"]] += x["value"]
    return {"labels": [[c] for c in topn(d, 3)]}


@q(CE, "What was our effective duty rate in 2025, total duty as a percentage of total customs value?",
   "sum Duty / sum Value, arrival 2025")
def _(g):
    a = ce(g, 2025)
    return num(100 * sum(x["duty"] for x in a) / sum(x["value"] for x in a), "%")


@q(CE, "what share of our shipments came in by air", "count Mode Air / all entries")
def _(g):
    return num(100 * sum(1 for x in g["ce"] if x["mode"] == "Air") / len(g["ce"]), "%")


@q(CE, "What's the average gross weight of an air shipment, in kg?", "mean Gross Weight, Mode Air")
def _(g):
    v = [x["kg"] for x in g["ce"] if x["mode"] == "Air"]
    return num(sum(v) / len(v), "kg")


@q(CE, "How many shipments weighed more than 20 tonnes?", "Gross Weight > 20000 kg; none within 20 kg")
def _(g):
    v = [x["kg"] for x in g["ce"]]
    away(v, 20000, 20)
    return num(sum(1 for a in v if a > 20000), "shipments")


@q(CE, "Comparing January-November 2025 with January-November 2024, which origin country's import value grew the most, and by how much in dollars?",
   "per origin: sum Value arrival Jan-Nov 2025 minus Jan-Nov 2024; largest increase")
def _(g):
    d = defaultdict(float)
    for x in g["ce"]:
        if x["arr"].month <= 11:
            d[x["origin"]] += x["value"] if x["arr"].year == 2025 else -x["value"]
    k, v = top(d, 0.05)
    return {"label": [k], "number": round(positive(v), 6), "unit": "$"}


@q(CE, "How many different carriers have we used?", "distinct Carrier")
def _(g):
    return num(len({x["carrier"] for x in g["ce"]}), "carriers")


@q(CE, "Which port of entry handles the most of our shipments?", "count by Port of Entry")
def _(g):
    return {"label": [top(Counter(x["port"] for x in g["ce"]))[0]]}


@q(CE, "For sea shipments from China, what's the average number of days between the ship date and arrival?",
   "mean(Arrival - Ship) days, Mode Sea, Origin China")
def _(g):
    v = [(x["arr"] - x["ship"]).days for x in g["ce"] if x["mode"] == "Sea" and x["origin"] == "China"]
    return num(sum(v) / len(v), "days")


@q(CE, "How much duty did we pay on Chinese goods that arrived in Q2 2025?", "sum Duty, China, arrival Apr-Jun 2025")
def _(g):
    return num(sum(x["duty"] for x in ce(g, 2025) if x["origin"] == "China" and qtr(x["arr"]) == 2), "$")


@q(CE, "What's the average customs value of a footwear shipment?", "mean Customs Value, Commodity Footwear")
def _(g):
    v = [x["value"] for x in g["ce"] if x["com"] == "Footwear"]
    return num(sum(v) / len(v), "$")


@q(CE, "How much more duty did we pay in Q3 2025 than in Q1 2025? Go by arrival date.",
   "sum Duty arrival Jul-Sep 2025 minus Jan-Mar 2025")
def _(g):
    a = ce(g, 2025)
    return num(positive(sum(x["duty"] for x in a if qtr(x["arr"]) == 3) - sum(x["duty"] for x in a if qtr(x["arr"]) == 1)),
               "$")


@q(CE, "Which commodity has the highest duty rate, total duty over total customs value?", "sum Duty / sum Value by Commodity")
def _(g):
    dv, vv = defaultdict(float), defaultdict(float)
    for x in g["ce"]:
        dv[x["com"]] += x["duty"]
        vv[x["com"]] += x["value"]
    return {"label": [top({k: dv[k] / vv[k] for k in vv}, 0.05)[0]]}


@q(CE, "Which month of 2025 had the fewest shipments arrive?", "count by arrival month, Jan-Nov 2025, lowest")
def _(g):
    return {"label": month_label(2025, top(Counter(x["arr"].month for x in ce(g, 2025)), reverse=False)[0])}


@q(CE, "How many shipments had a customs value over $1 million?", "Customs Value > 1000000; none within $2,000")
def _(g):
    v = [x["value"] for x in g["ce"]]
    away(v, 1000000, 2000)
    return num(sum(1 for a in v if a > 1000000), "shipments")


@q(CE, "How many of our shipments came by truck through Laredo in 2025?", "Mode Truck and Port Laredo, arrival 2025")
def _(g):
    return num(sum(1 for x in ce(g, 2025) if x["mode"] == "Truck" and x["port"] == "Laredo"), "shipments")


# ----------------------------------------------------------------------------------------------


def main():
    g = load()
    out, failed = [], []
    for i, (ds, question, note, fn) in enumerate(Q, 1):
        qid = f"s20-{i:03d}"
        try:
            truth = fn(g)
        except Guard as e:
            failed.append(f"{qid} {question}: {e}")
            continue
        out.append({"id": qid, "dataset": ds, "question": question, "truth": truth, "note": note})
        print(qid, json.dumps(truth, ensure_ascii=False))
    if failed:
        print("\nGUARD FAILURES:", *failed, sep="\n", file=sys.stderr)
        return 1
    if "--print" not in sys.argv:
        (HERE / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {len(out)} questions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
