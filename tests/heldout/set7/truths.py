#!/usr/bin/env python3
"""Held-out set 7: every question beside the code that computes its truth from data/*.csv.

    python3 tests/heldout/set7/truths.py       # writes questions.json

Reading rules (how a careful person would read these exports):

- Text values are folded before comparing: surrounding spaces stripped, runs of spaces collapsed, a
  trailing full stop dropped, case ignored ('Closed  Won', 'closed won ', 'CLOSED WON.' are one value).
  A label in a truth is the clean spelling.
- Missing: '', 'n/a', 'N/A', 'na', '-' (left out of sums, averages and counts of values).
- Money: '$12,600.00', '12600', '£1,023.40', '-€412.50', '-412.50' are all numbers; a minus is a negative.
- Yes/no: 'Yes', 'yes', 'YES', 'Y', 'y', 'TRUE' / 'No', 'no', 'NO', 'N', 'n', 'FALSE'.
- flights.csv: US dates with a 12-hour clock ('1/5/2024 6:05 PM'); a flight's month, weekday and hour are
  those of its scheduled departure. Departure delay = actual_departure - scheduled_departure in minutes
  (negative when it left early), arrival delay likewise; cancelled flights have no actual times and no
  passengers and are left out of delays and load factors. Load factor = sum(passengers) / sum(seats) over
  flights that operated.
- deals.csv + reps.csv: day-first dates ('05/03/2024' is 5 March). A deal is won when its stage is
  'Closed Won', lost when 'Closed Lost', open otherwise; won revenue is dated by close_date. Win rate =
  won / (won + lost) deals. Rep names, teams, regions and quotas come from reps.csv joined on rep_code.
  Probability is a percentage written '75%' or '75'.
- payroll.csv: one line per pay element per employee per monthly pay run (ISO pay_date). Amounts are
  signed euros: earnings positive, deductions negative, reversal lines negative (their hours negative too).
  Gross pay = the sum of the Earnings lines (reversals included), net pay = the sum of all lines, a payslip
  = one employee on one pay_date. Deductions asked 'how much' are given as positive amounts.
- museum_days.csv: pre-aggregated, one row per site per day ('Sun 1 Jan 2023'); visitors, school visitors,
  member visits, tours and shop sales are sums of their columns, never row counts; closed days are rows
  with open = no and zeros. avg_visit_minutes is a per-day average (missing on some days).
- fuel_log.csv: day-first 24-hour datetimes ('14/03/2024 17:42'); a refund is a negative row (litres and
  total negative). Sums are net of refunds unless the question says otherwise; a price per litre over
  several rows = sum(total) / sum(litres).
- expenses.csv: ISO datetimes with a 'T'. Review time = reviewed_at - submitted_at (blank while pending,
  and on correction rows). Corrections are negative 'Approved' rows. Claims are dated by submitted_at.
  'Approved'/'reimbursed' sums are the Approved rows (corrections included); 'claimed' sums are all rows.

Ambiguity guards: every "which" truth must lead the runner-up by more than 2% (top()), every top-N list
must clear the next by more than 2% (top_n()), every threshold on groups must sit more than 2% from every
group's value (count_over()), and a threshold on single rows must not equal any row's value (count_gt()).
"""

import csv
import datetime as dt
import json
import re
import statistics
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fold(s):
    return re.sub(r"\s+", " ", s).strip().rstrip(".").strip().lower()


MISSING = {"", "n/a", "na", "-", "none", "null"}


def missing(s):
    return s.strip().lower() in MISSING


def money(s):
    s = s.strip().replace(",", "")
    neg = s.startswith("-")
    s = s.lstrip("-").lstrip("$\u00a3\u20ac")
    v = float(s)
    return -v if neg else v


def yes(s):
    return fold(s) in ("yes", "y", "true")


def no(s):
    return fold(s) in ("no", "n", "false")


def pct(value):
    return 100.0 * value


# ----------------------------------------------------------------------------------------------
# guards


def top(d, most=True, rel=0.02):
    """The key with the largest (or smallest) value; asserts a clear lead over the runner-up."""
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=most)
    (k1, v1), (k2, v2) = items[0], items[1]
    if most:
        assert v1 > v2 * (1 + rel) if v2 >= 0 else v1 > v2, f"too close: {items[:3]}"
    else:
        assert v1 < v2 * (1 - rel), f"too close: {items[:3]}"
    return k1, v1


def top_n(d, n, rel=0.02):
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=True)
    assert items[n - 1][1] > items[n][1] * (1 + rel), f"top {n} not clear: {items[:n + 1]}"
    return [k for k, _ in items[:n]]


def count_over(values, threshold, rel=0.02):
    for v in values:
        assert abs(v - threshold) > rel * threshold, f"group value {v} too near {threshold}"
    return sum(1 for v in values if v > threshold)


def count_gt(values, threshold):
    assert threshold not in values, f"a row equals the threshold {threshold}"
    return sum(1 for v in values if v > threshold)


def growth(new, old):
    return 100.0 * (new / old - 1)


QUESTIONS = []


def q(dataset, question, note=""):
    def deco(fn):
        QUESTIONS.append({"dataset": dataset, "question": question, "fn": fn, "note": note})
        return fn
    return deco


# ----------------------------------------------------------------------------------------------
# 1. flights.csv

FL = ["flights.csv"]


def fdt(s):
    return dt.datetime.strptime(s.strip(), "%m/%d/%Y %I:%M %p")


FLIGHTS = []
for r in rows("flights.csv"):
    sched = fdt(r["scheduled_departure"])
    f = {"no": r["flight_no"].strip(), "orig": fold(r["origin"]), "dest": fold(r["destination"]),
         "ac": fold(r["aircraft"]), "sched": sched, "sched_arr": fdt(r["scheduled_arrival"]),
         "seats": int(r["seats"]), "cancelled": yes(r["cancelled"]), "reason": fold(r["delay_reason"])}
    assert yes(r["cancelled"]) or no(r["cancelled"])
    if not f["cancelled"]:
        f["dep"] = fdt(r["actual_departure"])
        f["arr"] = fdt(r["actual_arrival"])
        f["delay"] = (f["dep"] - sched).total_seconds() / 60
        f["arr_delay"] = (f["arr"] - f["sched_arr"]).total_seconds() / 60
        f["pax"] = int(r["passengers"])
        f["air"] = (f["arr"] - f["dep"]).total_seconds() / 60
    else:
        assert missing(r["passengers"]) and not r["actual_departure"]
    FLIGHTS.append(f)
FLOWN = [f for f in FLIGHTS if not f["cancelled"]]


@q(FL, "how many flights were cancelled?")
def _():
    return {"number": sum(f["cancelled"] for f in FLIGHTS), "unit": "flights"}


@q(FL, "What percentage of flights got cancelled in February?",
   "cancelled February flights / all February flights (scheduled departure)")
def _():
    feb = [f for f in FLIGHTS if f["sched"].month == 2]
    return {"number": pct(sum(f["cancelled"] for f in feb) / len(feb)), "unit": "%"}


@q(FL, "whats the average departure delay in minutes",
   "mean of actual - scheduled departure over flights that operated; early departures count negative")
def _():
    return {"number": statistics.mean(f["delay"] for f in FLOWN), "unit": "min"}


@q(FL, "Median departure delay?", "median of actual - scheduled departure, operated flights")
def _():
    return {"number": statistics.median(f["delay"] for f in FLOWN), "unit": "min"}


@q(FL, "How many flights took off 15 minutes or more late?", "departure delay >= 15 min")
def _():
    return {"number": sum(f["delay"] >= 15 for f in FLOWN), "unit": "flights"}


@q(FL, "What share of the flights that operated arrived less than 15 minutes late?",
   "arrival delay < 15 min (early arrivals included) / operated flights")
def _():
    return {"number": pct(sum(f["arr_delay"] < 15 for f in FLOWN) / len(FLOWN)), "unit": "%"}


@q(FL, "How many people flew from Denver to Chicago in March?",
   "sum of passengers, origin Denver, destination Chicago, March 2024")
def _():
    return {"number": sum(f["pax"] for f in FLOWN if f["orig"] == "denver" and f["dest"] == "chicago"
                          and f["sched"].month == 3), "unit": "passengers"}


@q(FL, "total passengers in Q2", "sum of passengers, April-June 2024")
def _():
    return {"number": sum(f["pax"] for f in FLOWN if f["sched"].month in (4, 5, 6)), "unit": "passengers"}


@q(FL, "Which airport do our flights leave from with the longest average delay?",
   "origin with the highest mean departure delay")
def _():
    g = defaultdict(list)
    for f in FLOWN:
        g[f["orig"]].append(f["delay"])
    k, v = top({a: statistics.mean(x) for a, x in g.items()})
    return {"label": [k.title()], "number": v, "unit": "min"}


@q(FL, "what hour of the day do the most passengers fly out?",
   "hour of scheduled departure with the largest sum of passengers (operated flights)")
def _():
    g = defaultdict(int)
    for f in FLOWN:
        g[f["sched"].hour] += f["pax"]
    h, _n = top(g)
    h12 = f"{h % 12 or 12}"
    return {"label": [f"{h:02d}:00", f"{h12} PM" if h >= 12 else f"{h12} AM",
                      f"{h12}PM" if h >= 12 else f"{h12}AM", f"{h12} pm" if h >= 12 else f"{h12} am",
                      f"{h12}pm" if h >= 12 else f"{h12}am", f"hour {h}"]}


@q(FL, "Which day of the week are delays worst on average?", "weekday with the highest mean departure delay")
def _():
    g = defaultdict(list)
    for f in FLOWN:
        g[f["sched"].strftime("%A")].append(f["delay"])
    k, v = top({d: statistics.mean(x) for d, x in g.items()})
    return {"label": [k], "number": v, "unit": "min"}


@q(FL, "most common reason for delays", "most frequent delay_reason among rows that give one")
def _():
    g = defaultdict(int)
    for f in FLIGHTS:
        if not missing(f["reason"]):
            g[f["reason"]] += 1
    k, _v = top(g)
    return {"label": [k.capitalize(), "late inbound", "late aircraft"]}


@q(FL, "How many flights were delayed by weather? dont count cancellations",
   "operated flights whose delay_reason is Weather")
def _():
    return {"number": sum(f["reason"] == "weather" for f in FLOWN), "unit": "flights"}


@q(FL, "whats the average flight time denver to seattle, wheels up to landing in minutes",
   "mean of actual_arrival - actual_departure, Denver -> Seattle, operated")
def _():
    a = [f["air"] for f in FLOWN if f["orig"] == "denver" and f["dest"] == "seattle"]
    return {"number": statistics.mean(a), "unit": "min"}


@q(FL, "how many flights left before their scheduled time?", "actual departure earlier than scheduled")
def _():
    return {"number": sum(f["delay"] < 0 for f in FLOWN), "unit": "flights"}


@q(FL, "What was the longest departure delay and which flight was it?",
   "the single largest departure delay (minutes) and its flight number")
def _():
    best = sorted(FLOWN, key=lambda f: f["delay"], reverse=True)
    assert best[0]["delay"] > best[1]["delay"]
    return {"label": [best[0]["no"]], "number": best[0]["delay"], "unit": "min"}


@q(FL, "how many E175 flights did we actually operate in may", "aircraft E175, May, not cancelled")
def _():
    return {"number": sum(f["ac"] == "e175" and f["sched"].month == 5 for f in FLOWN), "unit": "flights"}


@q(FL, "Which aircraft type flies the fullest? (passengers / seats)",
   "aircraft with the highest sum(passengers) / sum(seats) over operated flights")
def _():
    p, s = defaultdict(int), defaultdict(int)
    for f in FLOWN:
        p[f["ac"]] += f["pax"]
        s[f["ac"]] += f["seats"]
    k, v = top({a: p[a] / s[a] for a in p})
    return {"label": [k.upper(), "ATR72"] if k == "atr 72" else [k.upper()], "number": pct(v), "unit": "%"}


@q(FL, "How many more passengers did we carry in June than in January?", "sum(pax) June - sum(pax) January")
def _():
    m = defaultdict(int)
    for f in FLOWN:
        m[f["sched"].month] += f["pax"]
    return {"number": m[6] - m[1], "unit": "passengers"}


@q(FL, "number of flights that landed an hour or more behind schedule",
   "arrival delay >= 60 minutes, operated flights")
def _():
    return {"number": sum(f["arr_delay"] >= 60 for f in FLOWN), "unit": "flights"}


@q(FL, "How many different flight numbers are there?", "distinct flight_no")
def _():
    return {"number": len({f["no"] for f in FLIGHTS}), "unit": "flight numbers"}


# ----------------------------------------------------------------------------------------------
# 2. deals.csv + reps.csv

DR = ["deals.csv", "reps.csv"]


def ddate(s):
    return dt.datetime.strptime(s.strip(), "%d/%m/%Y").date()


REPS = {}
for r in rows("reps.csv"):
    REPS[r["rep_code"].strip()] = {"name": r["rep_name"].strip(), "team": fold(r["team"]),
                                   "region": fold(r["region"]), "quota": money(r["quota_2024"]),
                                   "active": yes(r["active"])}
DEALS = []
for r in rows("deals.csv"):
    stage = fold(r["stage"])
    DEALS.append({"id": r["deal_id"], "created": ddate(r["created"]), "account": fold(r["account"]),
                  "rep": REPS[r["rep_code"].strip()], "code": r["rep_code"].strip(), "source": fold(r["source"]),
                  "stage": stage, "amount": money(r["amount"]),
                  "prob": float(r["probability"].strip().rstrip("%")),
                  "close": ddate(r["close_date"]) if r["close_date"].strip() else None,
                  "won": stage == "closed won", "lost": stage == "closed lost",
                  "open": stage not in ("closed won", "closed lost")})
WON = [d for d in DEALS if d["won"]]
WON24 = [d for d in WON if d["close"].year == 2024]


@q(DR, "How much did we win in 2024?", "sum of amount, Closed Won deals with close_date in 2024")
def _():
    return {"number": sum(d["amount"] for d in WON24), "unit": "$"}


@q(DR, "What's our win rate?", "won / (won + lost) deals, open deals left out")
def _():
    w = sum(d["won"] for d in DEALS)
    lo = sum(d["lost"] for d in DEALS)
    return {"number": pct(w / (w + lo)), "unit": "%"}


@q(DR, "Which rep closed the most revenue in 2024?", "rep_name (through reps.csv) with the largest won 2024")
def _():
    g = defaultdict(float)
    for d in WON24:
        g[d["rep"]["name"]] += d["amount"]
    k, v = top(g)
    return {"label": [k], "number": v, "unit": "$"}


@q(DR, "which team won the most business in 2024", "team (through reps.csv) with the largest won 2024")
def _():
    g = defaultdict(float)
    for d in WON24:
        g[d["rep"]["team"]] += d["amount"]
    k, v = top(g)
    return {"label": [{"mid-market": "Mid-Market", "smb": "SMB", "enterprise": "Enterprise"}[k]]}


@q(DR, "How much revenue did the west region close in 2024?", "won 2024 where the rep's region is West")
def _():
    return {"number": sum(d["amount"] for d in WON24 if d["rep"]["region"] == "west"), "unit": "$"}


@q(DR, "average deal size on won deals?", "mean amount of all Closed Won deals")
def _():
    return {"number": statistics.mean(d["amount"] for d in WON), "unit": "$"}


@q(DR, "Median value of the deals we won in 2024", "median amount, won deals closed in 2024")
def _():
    return {"number": statistics.median(d["amount"] for d in WON24), "unit": "$"}


@q(DR, "whats the total value of the open pipeline", "sum of amount over deals not Closed Won / Closed Lost")
def _():
    return {"number": sum(d["amount"] for d in DEALS if d["open"]), "unit": "$"}


@q(DR, "What's the weighted pipeline? amount x probability for deals still open",
   "sum(amount * probability / 100) over open deals")
def _():
    return {"number": sum(d["amount"] * d["prob"] / 100 for d in DEALS if d["open"]), "unit": "$"}


@q(DR, "How much of her 2024 quota did Maya Okafor hit? as a percentage",
   "won 2024 by R01 / R01's quota_2024")
def _():
    w = sum(d["amount"] for d in WON24 if d["rep"]["name"] == "Maya Okafor")
    return {"number": pct(w / REPS["R01"]["quota"]), "unit": "%"}


@q(DR, "how many reps beat their 2024 quota?", "reps whose won 2024 / quota_2024 > 1 (each ratio clear of 1)")
def _():
    g = defaultdict(float)
    for d in WON24:
        g[d["code"]] += d["amount"]
    return {"number": count_over([g[c] / REPS[c]["quota"] for c in REPS], 1.0), "unit": "reps"}


@q(DR, "On averge how many days does it take to close a won deal?", "mean close_date - created over won deals")
def _():
    return {"number": statistics.mean((d["close"] - d["created"]).days for d in WON), "unit": "days"}


@q(DR, "Which lead source has the best win rate?", "source with the highest won / (won + lost)")
def _():
    w, n = defaultdict(int), defaultdict(int)
    for d in DEALS:
        if d["won"] or d["lost"]:
            n[d["source"]] += 1
            w[d["source"]] += d["won"]
    k, v = top({s: w[s] / n[s] for s in n})
    return {"label": [k.capitalize()], "number": pct(v), "unit": "%"}


@q(DR, "who were our two biggest customers in 2024 by won revenue?",
   "the two accounts with the largest sum of won amount closed in 2024")
def _():
    g = defaultdict(float)
    for d in WON24:
        g[d["account"]] += d["amount"]
    return {"labels": [k.title() for k in top_n(g, 2)]}


@q(DR, "How many deals over $50k did we win?", "won deals with amount > 50,000")
def _():
    return {"number": count_gt([d["amount"] for d in WON], 50000.0), "unit": "deals"}


@q(DR, "by how much did won revenue grow from 2023 to 2024, in %?", "won by close year: 2024 / 2023 - 1")
def _():
    a = sum(d["amount"] for d in WON if d["close"].year == 2023)
    b = sum(d["amount"] for d in WON24)
    return {"number": growth(b, a), "unit": "%"}


@q(DR, "How much more did we close in Q4 2024 than in Q3 2024?", "won Q4 2024 - won Q3 2024 (close_date)")
def _():
    q4 = sum(d["amount"] for d in WON24 if d["close"].month >= 10)
    q3 = sum(d["amount"] for d in WON24 if 7 <= d["close"].month <= 9)
    assert q4 > q3
    return {"number": q4 - q3, "unit": "$"}


@q(DR, "How many different customers did we win deals with in 2024?", "distinct accounts (folded) in won 2024")
def _():
    return {"number": len({d["account"] for d in WON24}), "unit": "accounts"}


@q(DR, "how many deals were created in march 2024", "created in March 2024 (day-first dates)")
def _():
    return {"number": sum(d["created"].year == 2024 and d["created"].month == 3 for d in DEALS), "unit": "deals"}


@q(DR, "how much business did we lose in 2024?", "sum of amount, Closed Lost with close_date in 2024")
def _():
    return {"number": sum(d["amount"] for d in DEALS if d["lost"] and d["close"].year == 2024), "unit": "$"}


@q(DR, "Which SMB rep won the most deals in 2024?", "count of won 2024 deals by rep, team SMB")
def _():
    g = defaultdict(int)
    for d in WON24:
        if d["rep"]["team"] == "smb":
            g[d["rep"]["name"]] += 1
    k, v = top(g)
    return {"label": [k], "number": v, "unit": "deals"}


@q(DR, "how many open deals does aisha khan have right now?", "open deals of rep R07 (Aisha Khan)")
def _():
    return {"number": sum(d["open"] and d["rep"]["name"] == "Aisha Khan" for d in DEALS), "unit": "deals"}


# ----------------------------------------------------------------------------------------------
# 3. payroll.csv

PY = ["payroll.csv"]
PAY = []
for r in rows("payroll.csv"):
    h = r["hours"].strip()
    PAY.append({"date": dt.date.fromisoformat(r["pay_date"].strip()), "emp": r["employee_id"].strip(),
                "dept": fold(r["department"]), "el": fold(r["element"]), "cat": fold(r["category"]),
                "hours": None if missing(h) else float(h), "amount": money(r["amount"]),
                "reversal": fold(r["note"]) == "reversal"})
for p in PAY:
    assert p["cat"] in ("earnings", "deductions"), p


def ym(p, y, m=None):
    return p["date"].year == y and (m is None or p["date"].month == m)


def gross(ps):
    return sum(p["amount"] for p in ps if p["cat"] == "earnings")


@q(PY, "What was total gross pay in March 2024?", "sum of the Earnings lines, pay date in March 2024")
def _():
    return {"number": gross(p for p in PAY if ym(p, 2024, 3)), "unit": "\u20ac"}


@q(PY, "total net pay for the whole of 2024", "sum of every line (earnings + signed deductions), 2024")
def _():
    return {"number": sum(p["amount"] for p in PAY if ym(p, 2024)), "unit": "\u20ac"}


@q(PY, "How much income tax did we withhold in 2024?", "- sum of Income Tax lines, 2024 (a positive amount)")
def _():
    return {"number": -sum(p["amount"] for p in PAY if ym(p, 2024) and p["el"] == "income tax"), "unit": "\u20ac"}


@q(PY, "how much overtime did we pay out in Q4 2024", "sum of Overtime lines (reversals included), Oct-Dec 2024")
def _():
    return {"number": sum(p["amount"] for p in PAY if ym(p, 2024) and p["date"].month >= 10
                          and p["el"] == "overtime"), "unit": "\u20ac"}


@q(PY, "Total overtime hours worked in 2024?", "sum of hours on Overtime lines, 2024 (reversed hours negative)")
def _():
    return {"number": sum(p["hours"] for p in PAY if ym(p, 2024) and p["el"] == "overtime"), "unit": "h"}


@q(PY, "How many people got paid in June 2025?", "distinct employee_id in the June 2025 pay run")
def _():
    return {"number": len({p["emp"] for p in PAY if ym(p, 2025, 6)}), "unit": "employees"}


@q(PY, "Which department has the biggest wage bill? gross pay in 2024",
   "department with the largest sum of Earnings lines, 2024")
def _():
    g = defaultdict(float)
    for p in PAY:
        if ym(p, 2024) and p["cat"] == "earnings":
            g[p["dept"]] += p["amount"]
    k, v = top(g)
    return {"label": [k.title()], "number": v, "unit": "\u20ac"}


EMP_Q = None


def _pick_employee():
    """An Operations employee paid all of 2024 with overtime, lowest id (fixed by the data)."""
    ids = sorted({p["emp"] for p in PAY if p["dept"] == "operations" and ym(p, 2024, 1)})
    for e in ids:
        if len({p["date"] for p in PAY if p["emp"] == e and ym(p, 2024)}) == 12:
            return e
    raise AssertionError


EMP_Q = _pick_employee()


@q(PY, f"how much did employee {EMP_Q} take home in 2024", f"net pay (sum of all lines) of {EMP_Q}, 2024")
def _():
    return {"number": sum(p["amount"] for p in PAY if p["emp"] == EMP_Q and ym(p, 2024)), "unit": "\u20ac"}


@q(PY, "How many reversal lines are in the payroll?", "lines whose note is 'reversal'")
def _():
    return {"number": sum(p["reversal"] for p in PAY), "unit": "lines"}


@q(PY, "How much pay was reversed in total?", "- sum of the reversal lines (a positive amount)")
def _():
    return {"number": -sum(p["amount"] for p in PAY if p["reversal"]), "unit": "\u20ac"}


@q(PY, "What share of gross pay goes on income tax?", "-sum(Income Tax) / sum(Earnings), all pay runs")
def _():
    return {"number": pct(-sum(p["amount"] for p in PAY if p["el"] == "income tax") / gross(PAY)), "unit": "%"}


@q(PY, "whats the average net pay per payslip", "mean over (employee, pay_date) of the sum of lines")
def _():
    g = defaultdict(float)
    for p in PAY:
        g[(p["emp"], p["date"])] += p["amount"]
    return {"number": statistics.mean(g.values()), "unit": "\u20ac"}


@q(PY, "Median take-home pay on the June 2025 payslips?", "median over employees of net pay, June 2025")
def _():
    g = defaultdict(float)
    for p in PAY:
        if ym(p, 2025, 6):
            g[p["emp"]] += p["amount"]
    return {"number": statistics.median(g.values()), "unit": "\u20ac"}


@q(PY, "how much bonus went out in december 2024?", "sum of Bonus lines (reversals included), December 2024")
def _():
    return {"number": sum(p["amount"] for p in PAY if ym(p, 2024, 12) and p["el"] == "bonus"), "unit": "\u20ac"}


@q(PY, "Total commission paid to the sales team in 2024", "sum of Commission lines, 2024")
def _():
    return {"number": sum(p["amount"] for p in PAY if ym(p, 2024) and p["el"] == "commission"), "unit": "\u20ac"}


@q(PY, "By what % did gross pay grow in Q1 2025 compared with Q1 2024?",
   "sum(Earnings) Jan-Mar 2025 / Jan-Mar 2024 - 1")
def _():
    a = gross(p for p in PAY if ym(p, 2024) and p["date"].month <= 3)
    b = gross(p for p in PAY if ym(p, 2025) and p["date"].month <= 3)
    return {"number": growth(b, a), "unit": "%"}


@q(PY, "Which month in 2024 had the highest gross payroll?", "month of 2024 with the largest sum of Earnings")
def _():
    g = defaultdict(float)
    for p in PAY:
        if ym(p, 2024) and p["cat"] == "earnings":
            g[p["date"].month] += p["amount"]
    k, _v = top(g)
    name = dt.date(2024, k, 1).strftime("%B")
    return {"label": [name, f"2024-{k:02d}"]}


@q(PY, "How many employees were paid overtime in March 2024?",
   "distinct employee_id with an Overtime line in March 2024 (no reversal that month)")
def _():
    ot = [p for p in PAY if ym(p, 2024, 3) and p["el"] == "overtime"]
    assert not any(p["reversal"] for p in ot)
    return {"number": len({p["emp"] for p in ot}), "unit": "employees"}


@q(PY, "Whats the average overtime rate per hour in Operations?",
   "sum(Overtime amount) / sum(Overtime hours), Operations, all pay runs")
def _():
    ot = [p for p in PAY if p["el"] == "overtime" and p["dept"] == "operations"]
    return {"number": sum(p["amount"] for p in ot) / sum(p["hours"] for p in ot), "unit": "\u20ac/h"}


@q(PY, "who worked the most overtime hours in 2024? employee id please",
   "employee_id with the largest sum of Overtime hours, 2024")
def _():
    g = defaultdict(float)
    for p in PAY:
        if ym(p, 2024) and p["el"] == "overtime":
            g[p["emp"]] += p["hours"]
    k, v = top(g)
    return {"label": [k], "number": v, "unit": "h"}


@q(PY, "what did the engineering dept's pension contributions add up to in 2024",
   "- sum of Pension lines, Engineering, 2024 (positive)")
def _():
    return {"number": -sum(p["amount"] for p in PAY if ym(p, 2024) and p["el"] == "pension"
                           and p["dept"] == "engineering"), "unit": "\u20ac"}


@q(PY, "How much less net pay went out in May 2025 than in May 2024?", "net May 2024 - net May 2025 (a fall)")
def _():
    a = sum(p["amount"] for p in PAY if ym(p, 2024, 5))
    b = sum(p["amount"] for p in PAY if ym(p, 2025, 5))
    assert a > b
    return {"number": a - b, "unit": "\u20ac"}


# ----------------------------------------------------------------------------------------------
# 4. museum_days.csv

MU = ["museum_days.csv"]
MUS = []
for r in rows("museum_days.csv"):
    d = dt.datetime.strptime(r["date"].strip(), "%a %d %b %Y").date()
    assert yes(r["open"]) or no(r["open"])
    MUS.append({"date": d, "site": fold(r["site"]), "open": yes(r["open"]), "v": int(r["visitors"]),
                "school": int(r["school_visitors"]), "mem": int(r["member_visits"]), "tours": int(r["guided_tours"]),
                "shop": money(r["shop_sales"]), "dwell": None if missing(r["avg_visit_minutes"])
                else float(r["avg_visit_minutes"])})
SITE_LABEL = {"natural history museum": "Natural History Museum", "maritime museum": "Maritime Museum",
              "city art gallery": "City Art Gallery", "science centre": "Science Centre", "old mill": "Old Mill"}


def date_labels(d):
    return [d.isoformat(), f"{d.day} {d.strftime('%b')} {d.year}", f"{d.day} {d.strftime('%B')} {d.year}",
            f"{d.strftime('%b')} {d.day}, {d.year}", f"{d.strftime('%B')} {d.day}, {d.year}",
            f"{d.strftime('%a')} {d.day} {d.strftime('%b')} {d.year}", d.strftime("%d/%m/%Y"),
            f"{d.month}/{d.day}/{d.year}"]


@q(MU, "How many visitors did we have in 2024?", "sum of visitors over all sites, 2024")
def _():
    return {"number": sum(m["v"] for m in MUS if m["date"].year == 2024), "unit": "visitors"}


@q(MU, "how many people came to the maritime museum in August 2024", "sum of visitors, Maritime Museum, Aug 2024")
def _():
    return {"number": sum(m["v"] for m in MUS if m["site"] == "maritime museum" and m["date"].year == 2024
                          and m["date"].month == 8), "unit": "visitors"}


@q(MU, "Which site was the quietest in 2024?", "site with the fewest visitors (sum), 2024")
def _():
    g = defaultdict(int)
    for m in MUS:
        if m["date"].year == 2024:
            g[m["site"]] += m["v"]
    k, v = top(g, most=False)
    return {"label": [SITE_LABEL[k]], "number": v, "unit": "visitors"}


@q(MU, "visitor growth 2024 vs 2023?", "sum(visitors) 2024 / 2023 - 1, all sites")
def _():
    a = sum(m["v"] for m in MUS if m["date"].year == 2023)
    b = sum(m["v"] for m in MUS if m["date"].year == 2024)
    return {"number": growth(b, a), "unit": "%"}


@q(MU, "Which museum grew the most from 2023 to 2024?", "site with the largest % growth in visitors")
def _():
    g = defaultdict(lambda: [0, 0])
    for m in MUS:
        g[m["site"]][m["date"].year - 2023] += m["v"]
    k, v = top({s: growth(b, a) for s, (a, b) in g.items()})
    return {"label": [SITE_LABEL[k]], "number": v, "unit": "%"}


@q(MU, "busiest day of the week?", "weekday with the most visitors (sum over both years, all sites)")
def _():
    g = defaultdict(int)
    for m in MUS:
        g[m["date"].strftime("%A")] += m["v"]
    k, _v = top(g)
    return {"label": [k]}


@q(MU, "What was our busiest month in 2024?", "month of 2024 with the most visitors, all sites")
def _():
    g = defaultdict(int)
    for m in MUS:
        if m["date"].year == 2024:
            g[m["date"].month] += m["v"]
    k, _v = top(g)
    return {"label": [dt.date(2024, k, 1).strftime("%B"), f"2024-{k:02d}"]}


@q(MU, "How many school kids visited the Science Centre in 2024?", "sum of school_visitors, Science Centre, 2024")
def _():
    return {"number": sum(m["school"] for m in MUS if m["site"] == "science centre" and m["date"].year == 2024),
            "unit": "visitors"}


@q(MU, "what share of 2024 visits were by members?", "sum(member_visits) / sum(visitors), 2024")
def _():
    y = [m for m in MUS if m["date"].year == 2024]
    return {"number": pct(sum(m["mem"] for m in y) / sum(m["v"] for m in y)), "unit": "%"}


@q(MU, "How much does each visitor spend in the shop at the Natural History Museum?",
   "sum(shop_sales) / sum(visitors), Natural History Museum, both years")
def _():
    a = [m for m in MUS if m["site"] == "natural history museum"]
    return {"number": sum(m["shop"] for m in a) / sum(m["v"] for m in a), "unit": "\u00a3"}


@q(MU, "total gift shop takings in Q3 2024", "sum of shop_sales, July-September 2024, all sites")
def _():
    return {"number": sum(m["shop"] for m in MUS if m["date"].year == 2024 and 7 <= m["date"].month <= 9),
            "unit": "\u00a3"}


@q(MU, "how many days was the Old Mill shut in 2024", "Old Mill rows with open = no, 2024")
def _():
    return {"number": sum(m["site"] == "old mill" and not m["open"] and m["date"].year == 2024 for m in MUS),
            "unit": "days"}


@q(MU, "On how many days did the Natural History Museum get more than 2,500 visitors?",
   "Natural History Museum days with visitors > 2500 (both years); 2,000 was moved: a day had exactly 2000")
def _():
    return {"number": count_gt([m["v"] for m in MUS if m["site"] == "natural history museum"], 2500),
            "unit": "days"}


@q(MU, "Average daily visitors at the City Art Gallery on the days it was open in 2024",
   "mean visitors over City Art Gallery rows with open = yes, 2024")
def _():
    a = [m["v"] for m in MUS if m["site"] == "city art gallery" and m["open"] and m["date"].year == 2024]
    return {"number": statistics.mean(a), "unit": "visitors"}


@q(MU, "median visitors per open day at the science centre in 2024",
   "median visitors, Science Centre rows with open = yes, 2024")
def _():
    a = [m["v"] for m in MUS if m["site"] == "science centre" and m["open"] and m["date"].year == 2024]
    return {"number": statistics.median(a), "unit": "visitors"}


@q(MU, "How long do people stay at the Science Centre on average, in minutes?",
   "mean of avg_visit_minutes, Science Centre, missing days left out")
def _():
    a = [m["dwell"] for m in MUS if m["site"] == "science centre" and m["dwell"] is not None]
    return {"number": statistics.mean(a), "unit": "min"}


@q(MU, "How many open days have no visit length recorded?", "rows with open = yes and avg_visit_minutes missing")
def _():
    return {"number": sum(m["open"] and m["dwell"] is None for m in MUS), "unit": "days"}


@q(MU, "How many guided tours ran over summer 2024 (June to August)?", "sum of guided_tours, Jun-Aug 2024")
def _():
    return {"number": sum(m["tours"] for m in MUS if m["date"].year == 2024 and 6 <= m["date"].month <= 8),
            "unit": "tours"}


@q(MU, "What percentage of 2024's visitors came at the weekend?", "Saturday + Sunday visitors / all, 2024")
def _():
    y = [m for m in MUS if m["date"].year == 2024]
    return {"number": pct(sum(m["v"] for m in y if m["date"].weekday() >= 5) / sum(m["v"] for m in y)), "unit": "%"}


@q(MU, "what was the natural history museum's busiest day ever and how many came",
   "the Natural History Museum row with the most visitors: its date and visitors")
def _():
    a = sorted((m for m in MUS if m["site"] == "natural history museum"), key=lambda m: m["v"], reverse=True)
    assert a[0]["v"] > a[1]["v"]
    return {"label": date_labels(a[0]["date"]), "number": a[0]["v"], "unit": "visitors"}


@q(MU, "How many visitors did we get on Christmas Eve 2024, all sites together?", "sum of visitors, 24 Dec 2024")
def _():
    return {"number": sum(m["v"] for m in MUS if m["date"] == dt.date(2024, 12, 24)), "unit": "visitors"}


@q(MU, "Which site gets the biggest share of its visitors from schools?",
   "site with the highest sum(school_visitors) / sum(visitors)")
def _():
    s, v = defaultdict(int), defaultdict(int)
    for m in MUS:
        s[m["site"]] += m["school"]
        v[m["site"]] += m["v"]
    k, r = top({x: s[x] / v[x] for x in s})
    return {"label": [SITE_LABEL[k]], "number": pct(r), "unit": "%"}


# ----------------------------------------------------------------------------------------------
# 5. fuel_log.csv

FU = ["fuel_log.csv"]
FUEL = []
for r in rows("fuel_log.csv"):
    FUEL.append({"ref": r["txn_ref"], "t": dt.datetime.strptime(r["date_time"].strip(), "%d/%m/%Y %H:%M"),
                 "veh": fold(r["vehicle"]), "driver": fold(r["driver"]), "station": fold(r["station"]),
                 "fuel": fold(r["fuel_type"]), "litres": float(r["litres"]),
                 "ppl": money(r["price_per_litre"]), "total": money(r["total"]),
                 "odo": None if missing(r["odometer"]) else int(r["odometer"]),
                 "full": None if missing(r["full_tank"]) else yes(r["full_tank"])})
    assert (FUEL[-1]["total"] < 0) == (FUEL[-1]["litres"] < 0)
BUYS = [f for f in FUEL if f["total"] > 0]
REFUNDS = [f for f in FUEL if f["total"] < 0]


@q(FU, "What's the total we spent on the fuel cards in 2024?", "sum of total, every row (refunds negative)")
def _():
    return {"number": sum(f["total"] for f in FUEL), "unit": "\u00a3"}


@q(FU, "How many litres of diesel did we buy?", "sum of litres, fuel_type Diesel (refunds negative)")
def _():
    return {"number": sum(f["litres"] for f in FUEL if f["fuel"] == "diesel"), "unit": "L"}


@q(FU, "what did we pay per litre of diesel in March on average (total spent / litres)?",
   "sum(total) / sum(litres), Diesel, March 2024")
def _():
    a = [f for f in FUEL if f["fuel"] == "diesel" and f["t"].month == 3]
    return {"number": sum(f["total"] for f in a) / sum(f["litres"] for f in a), "unit": "\u00a3/L"}


@q(FU, "Which vehicle cost us the most in fuel?", "vehicle with the largest sum of total")
def _():
    g = defaultdict(float)
    for f in FUEL:
        g[f["veh"]] += f["total"]
    k, v = top(g)
    return {"label": [k.upper()], "number": v, "unit": "\u00a3"}


@q(FU, "which driver fills up the most often?", "driver with the most purchase rows (refunds left out)")
def _():
    g = defaultdict(int)
    for f in BUYS:
        g[f["driver"]] += 1
    k, _v = top(g)
    return {"label": [k.title()]}


@q(FU, "Which station brand do we spend the most money at?", "station with the largest sum of total")
def _():
    g = defaultdict(float)
    for f in FUEL:
        g[f["station"]] += f["total"]
    k, _v = top(g)
    return {"label": [{"bp": "BP"}.get(k, k.title())]}


@q(FU, "how many transactions got refunded?", "negative rows")
def _():
    return {"number": len(REFUNDS), "unit": "refunds"}


@q(FU, "How much money came back from refunds?", "- sum of total over negative rows (positive)")
def _():
    return {"number": -sum(f["total"] for f in REFUNDS), "unit": "\u00a3"}


@q(FU, "Average litres per diesel fill-up?", "mean litres over Diesel purchase rows (refunds left out)")
def _():
    return {"number": statistics.mean(f["litres"] for f in BUYS if f["fuel"] == "diesel"), "unit": "L"}


@q(FU, "how many AdBlue transactions were there",
   "rows whose fuel_type is AdBlue, refund rows included (a transaction is a row; 'how many times did someone "
   "buy AdBlue' was reworded: 3 of the AdBlue rows are refunds, so it had three readings)")
def _():
    return {"number": sum(f["fuel"] == "adblue" for f in FUEL), "unit": "transactions"}


@q(FU, "How much cheaper per litre was diesel in December than in January?",
   "sum(total)/sum(litres) for Diesel: January - December (the winner of 'which month was dearest' was "
   "within 2% of the runner-up, so the question asks the difference)")
def _():
    t, lt = defaultdict(float), defaultdict(float)
    for f in FUEL:
        if f["fuel"] == "diesel":
            t[f["t"].month] += f["total"]
            lt[f["t"].month] += f["litres"]
    jan, dec = t[1] / lt[1], t[12] / lt[12]
    assert jan > dec
    return {"number": jan - dec, "unit": "\u00a3/L"}


@q(FU, "How much more did we spend in Q2 than in Q1?", "sum(total) Apr-Jun - sum(total) Jan-Mar 2024")
def _():
    a = sum(f["total"] for f in FUEL if f["t"].month <= 3)
    b = sum(f["total"] for f in FUEL if 4 <= f["t"].month <= 6)
    assert b > a
    return {"number": b - a, "unit": "\u00a3"}


@q(FU, "what hour of the day do most fuel card transactions happen?",
   "hour with the most rows (every row; 'fill up most' was reworded: without the AdBlue rows 13:00 would be "
   "within 2% of 11:00)")
def _():
    g = defaultdict(int)
    for f in FUEL:
        g[f["t"].hour] += 1
    h, _n = top(g)
    h12 = h % 12 or 12
    sfx = "PM" if h >= 12 else "AM"
    return {"label": [f"{h:02d}:00", f"{h12} {sfx}", f"{h12}{sfx}", f"{h12} {sfx.lower()}",
                      f"{h12}{sfx.lower()}", f"hour {h}"]}


@q(FU, "How many fuel card transactions happened on a Saturday or Sunday?", "rows dated Saturday or Sunday")
def _():
    return {"number": sum(f["t"].weekday() >= 5 for f in FUEL), "unit": "transactions"}


@q(FU, "What % of fill-ups were to a full tank?", "full_tank yes / rows with a full_tank value")
def _():
    a = [f["full"] for f in FUEL if f["full"] is not None]
    return {"number": pct(sum(a) / len(a)), "unit": "%"}


@q(FU, "how much diesel did frank doyle put in", "sum of litres, driver Frank Doyle, Diesel")
def _():
    return {"number": sum(f["litres"] for f in FUEL if f["driver"] == "frank doyle" and f["fuel"] == "diesel"),
            "unit": "L"}


@q(FU, "What did the petrol cars cost us in fuel?", "sum of total, fuel_type Petrol")
def _():
    return {"number": sum(f["total"] for f in FUEL if f["fuel"] == "petrol"), "unit": "\u00a3"}


@q(FU, "Where's the cheapest diesel, going by what we paid per litre?",
   "station with the lowest sum(total)/sum(litres), Diesel")
def _():
    t, lt = defaultdict(float), defaultdict(float)
    for f in FUEL:
        if f["fuel"] == "diesel":
            t[f["station"]] += f["total"]
            lt[f["station"]] += f["litres"]
    k, _v = top({s: t[s] / lt[s] for s in t}, most=False)
    return {"label": [k.title()]}


@q(FU, "How many different vehicles used the fuel card?", "distinct vehicle registrations (folded)")
def _():
    return {"number": len({f["veh"] for f in FUEL}), "unit": "vehicles"}


@q(FU, "biggest single fuel purchase in pounds?", "largest total on one row")
def _():
    return {"number": max(f["total"] for f in FUEL), "unit": "\u00a3"}


@q(FU, "How far did LM22 FTR drive in 2024 going by the odometer?",
   "largest - smallest odometer reading of LM22 FTR")
def _():
    o = [f["odo"] for f in FUEL if f["veh"] == "lm22 ftr" and f["odo"] is not None]
    return {"number": max(o) - min(o), "unit": "km"}


# ----------------------------------------------------------------------------------------------
# 6. expenses.csv

EX = ["expenses.csv"]
CLAIMS = []
for r in rows("expenses.csv"):
    c = {"id": r["claim_id"], "sub": dt.datetime.fromisoformat(r["submitted_at"].strip()),
         "emp": fold(r["employee"]), "dept": fold(r["department"]), "cat": fold(r["category"]),
         "amount": money(r["amount"]), "status": fold(r["status"]),
         "rev": dt.datetime.fromisoformat(r["reviewed_at"].strip()) if r["reviewed_at"].strip() else None,
         "receipt": None if missing(r["receipt"]) else yes(r["receipt"]),
         "correction": fold(r["note"]).startswith("correction")}
    assert c["status"] in ("approved", "rejected", "pending")
    assert missing(r["receipt"]) or yes(r["receipt"]) or no(r["receipt"])
    if c["rev"]:
        c["hours"] = (c["rev"] - c["sub"]).total_seconds() / 3600
    CLAIMS.append(c)
APPROVED = [c for c in CLAIMS if c["status"] == "approved"]
REVIEWED = [c for c in CLAIMS if c["rev"] is not None]


def in_year(c, y):
    return c["sub"].year == y


@q(EX, "What's the total of approved claims submitted in 2024?", "sum of amount, Approved rows, submitted 2024")
def _():
    return {"number": sum(c["amount"] for c in APPROVED if in_year(c, 2024)), "unit": "$"}


@q(EX, "How long does it take to get a claim approved, on average in days?",
   "mean reviewed_at - submitted_at over Approved rows with a review time, in days")
def _():
    return {"number": statistics.mean(c["hours"] for c in APPROVED if c["rev"]) / 24, "unit": "days"}


@q(EX, "median hours from submitting a claim to it being reviewed",
   "median reviewed_at - submitted_at in hours, approved and rejected")
def _():
    return {"number": statistics.median(c["hours"] for c in REVIEWED), "unit": "h"}


@q(EX, "how many claims took longer than a week to get approved?", "Approved rows with review time > 7 days")
def _():
    return {"number": count_gt([c["hours"] for c in APPROVED if c["rev"]], 168.0), "unit": "claims"}


@q(EX, "Which expense category do we spend the most on?", "category with the largest approved sum")
def _():
    g, g2 = defaultdict(float), defaultdict(float)
    for c in CLAIMS:
        g2[c["cat"]] += c["amount"]
        if c["status"] == "approved":
            g[c["cat"]] += c["amount"]
    k, _v = top(g)
    assert top(g2)[0] == k  # the same winner counting every claim
    return {"label": [k.title()]}


@q(EX, "how many claims are marked as having no reciept?",
   "rows whose receipt is a no (blank / n/a receipts are unknown, not counted)")
def _():
    return {"number": sum(c["receipt"] is False for c in CLAIMS), "unit": "claims"}


@q(EX, "Of the claims that have been reviewed, what percent got rejected?",
   "Rejected / rows with a reviewed_at (approved + rejected, corrections have none)")
def _():
    return {"number": pct(sum(c["status"] == "rejected" for c in REVIEWED) / len(REVIEWED)), "unit": "%"}


@q(EX, "Who got reimbursed the most in 2024?", "employee with the largest approved sum, submitted 2024")
def _():
    g = defaultdict(float)
    for c in APPROVED:
        if in_year(c, 2024):
            g[c["emp"]] += c["amount"]
    k, v = top(g)
    return {"label": [k.title()], "number": v, "unit": "$"}


@q(EX, "top 3 people by number of claims", "the three employees with the most rows")
def _():
    g = defaultdict(int)
    for c in CLAIMS:
        g[c["emp"]] += 1
    return {"labels": [k.title() for k in top_n(g, 3)]}


@q(EX, "whats the avg meals claim", "mean amount of Meals rows (any status)")
def _():
    return {"number": statistics.mean(c["amount"] for c in CLAIMS if c["cat"] == "meals"), "unit": "$"}


@q(EX, "how many claims are still waiting for a decision?", "status Pending")
def _():
    return {"number": sum(c["status"] == "pending" for c in CLAIMS), "unit": "claims"}


@q(EX, "Which department spent the most on travel in 2024?",
   "department with the largest approved Travel sum, submitted 2024")
def _():
    g = defaultdict(float)
    for c in APPROVED:
        if in_year(c, 2024) and c["cat"] == "travel":
            g[c["dept"]] += c["amount"]
    k, v = top(g)
    return {"label": [k.title()], "number": v, "unit": "$"}


@q(EX, "Which month in 2024 did we get the most claims?", "month of submitted_at with the most rows, 2024")
def _():
    g = defaultdict(int)
    for c in CLAIMS:
        if in_year(c, 2024):
            g[c["sub"].month] += 1
    k, _v = top(g)
    return {"label": [dt.date(2024, k, 1).strftime("%B"), f"2024-{k:02d}"]}


@q(EX, "how many claims were submitted at the weekend", "submitted_at on a Saturday or Sunday")
def _():
    return {"number": sum(c["sub"].weekday() >= 5 for c in CLAIMS), "unit": "claims"}


@q(EX, "How much was claimed for mileage in Q1 2025?", "sum of amount, Mileage, submitted Jan-Mar 2025, any status")
def _():
    return {"number": sum(c["amount"] for c in CLAIMS if c["cat"] == "mileage" and in_year(c, 2025)
                          and c["sub"].month <= 3), "unit": "$"}


@q(EX, "How much did travel claims go up in Q1 2025 compared to Q1 2024, in %?",
   "sum of Travel amount (all rows) Jan-Mar 2025 / Jan-Mar 2024 - 1")
def _():
    a = sum(c["amount"] for c in CLAIMS if c["cat"] == "travel" and in_year(c, 2024) and c["sub"].month <= 3)
    b = sum(c["amount"] for c in CLAIMS if c["cat"] == "travel" and in_year(c, 2025) and c["sub"].month <= 3)
    return {"number": growth(b, a), "unit": "%"}


@q(EX, "How many claims were for more than $1,000?", "rows with amount > 1000")
def _():
    return {"number": count_gt([c["amount"] for c in CLAIMS], 1000.0), "unit": "claims"}


@q(EX, "How many employees claimed more than $20,000 in 2024?",
   "employees whose claims (any status, corrections included) submitted in 2024 sum to > 20,000")
def _():
    g = defaultdict(float)
    for c in CLAIMS:
        if in_year(c, 2024):
            g[c["emp"]] += c["amount"]
    return {"number": count_over(list(g.values()), 20000.0), "unit": "employees"}


@q(EX, "How much has Hannah Reid been reimbursed altogether?", "approved sum for Hannah Reid, corrections included")
def _():
    return {"number": sum(c["amount"] for c in APPROVED if c["emp"] == "hannah reid"), "unit": "$"}


@q(EX, "how much was clawed back through corrections?", "- sum of the negative correction rows (positive)")
def _():
    return {"number": -sum(c["amount"] for c in CLAIMS if c["amount"] < 0), "unit": "$"}


@q(EX, "How many claims were approved within 24 hours of being submitted?",
   "Approved rows with review time <= 24 h")
def _():
    h = [c["hours"] for c in APPROVED if c["rev"]]
    assert 24.0 not in h
    return {"number": sum(x <= 24 for x in h), "unit": "claims"}


@q(EX, "Which category has the highest share of claims without a receipt?",
   "category with the highest (receipt no) / (rows with a receipt value)")
def _():
    n, t = defaultdict(int), defaultdict(int)
    for c in CLAIMS:
        if c["receipt"] is not None:
            t[c["cat"]] += 1
            n[c["cat"]] += c["receipt"] is False
    k, v = top({x: n[x] / t[x] for x in t})
    return {"label": [k.title()], "number": pct(v), "unit": "%"}


# ----------------------------------------------------------------------------------------------


def clean(truth):
    out = {}
    for k, v in truth.items():
        if isinstance(v, float):
            v = round(v, 6)
            if v == int(v) and k != "number":
                v = int(v)
        out[k] = v
    return out


def main():
    out = []
    for i, qd in enumerate(QUESTIONS, 1):
        truth = clean(qd["fn"]())
        out.append({"id": f"s7-{i:03d}", "dataset": qd["dataset"], "question": qd["question"], "truth": truth,
                    "note": qd["note"]})
    (HERE / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = defaultdict(int)
    for o in out:
        counts["+".join(o["dataset"])] += 1
    print(f"{len(out)} questions: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
