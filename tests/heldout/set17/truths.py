#!/usr/bin/env python3
"""Computes every truth of set 17 from the committed CSVs (standard library only) and writes questions.json.

    python3 tests/heldout/set17/truths.py           # prints every truth, rewrites questions.json
    python3 tests/heldout/set17/truths.py --print   # prints only

Reading rules (the same for every question unless its note says otherwise):
- Text values are folded: trimmed, inner runs of spaces collapsed, compared case-insensitively; "Canceled" is
  "Cancelled", "no show" is "No-show", "Screen replacement" is "Screen".
- Missing-value words ("n/a", "none", "unknown", "not counted", blank) are no value: skipped in sums,
  averages and counts of values. A blank, "n/a", "none" or "0" parts charge is no parts charge.
- Money: pounds (£), dollars ($) with thousands commas; the bookshop's euros have a decimal comma and dot
  thousands, and a minus sign before or after the € sign.
- Dates: plumbing ISO 'T' datetimes (a job's month is the month it was reported; every job is reported,
  attended and finished on the same day); customers "3 Feb 2022"; climbing US M/D/YYYY; bookshop
  dd/mm/yyyy; phone repairs "3 Feb 2025 14:20" (a ticket's month is the month it was received); riding ISO
  dates.
- Plumbing: Completed jobs have labour and parts; "No access" jobs were attended (arrived) and charged a
  £45 call-out; Cancelled jobs were never attended. Customer ids lose leading zeros (`68` is `0068`).
- Climbing: closed wall-days have no climbers and no takings.
- Bookshop: VOID rows are left out of every sum; money in is positive, money out negative.
- Phones: a phone was fixed if its status is Collected or Ready; warranty repairs are paid $0; unrepairable
  phones pay a $15 diagnostic fee; Ready phones are not paid yet.
- Riding: one row per rider; no-shows are charged in full, cancelled and rained-off bookings pay nothing.
"""

import csv
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DEBUG = "--debug" in sys.argv
MISSING = {"", "n/a", "na", "none", "unknown", "not counted", "tbc", "-"}


def load(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fold(s):
    return re.sub(r"\s+", " ", (s or "").strip()).lower()


def num(s):
    t = fold(s)
    if t in MISSING:
        return None
    t = t.replace("£", "").replace("$", "").replace(",", "").replace(" ", "")
    return float(t)


def euro(s):
    t = (s or "").strip()
    neg = "-" in t
    t = t.replace("€", "").replace("-", "").replace(" ", "").replace(".", "").replace(",", ".")
    v = float(t)
    return -v if neg else v


def yesno(s):
    t = fold(s)
    if t in ("yes", "y", "true"):
        return True
    if t in ("no", "n", "false"):
        return False
    raise ValueError(s)


MON3 = {m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)}


def dmy_words(s):
    """'3 Feb 2025' or '3 Feb 2025 14:20' -> datetime"""
    p = s.split()
    h, mi = (0, 0)
    if len(p) == 4:
        h, mi = map(int, p[3].split(":"))
    return dt.datetime(int(p[2]), MON3[p[1].lower()], int(p[0]), h, mi)


def month_label(m):
    name = MONTHS[m - 1]
    return [name, f"{name} 2025", f"2025-{m:02d}", f"{name[:3]} 2025"]


def weekday_label(w):
    return [WEEKDAYS[w], WEEKDAYS[w] + "s"]


def date_label(d):
    mn = MONTHS[d.month - 1]
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return [f"{d.day} {mn}", f"{mn} {d.day}", f"{d.day}{suf} {mn}", f"{mn} {d.day}{suf}", f"{mn[:3]} {d.day}",
            f"{d.day} {mn[:3]}", d.isoformat(), f"{d.month}/{d.day}/{d.year}"]


def top(d, margin=0.03, least=False):
    """key with the largest (or smallest) value; guard: it leads the runner-up by more than `margin`."""
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=not least)
    (k1, v1), (k2, v2) = items[0], items[1]
    gap = abs(v1 - v2) / max(abs(v1), abs(v2))
    if DEBUG and gap <= margin:
        print("NEAR-TIE", items[:3]); return k1
    assert gap > margin, f"near-tie: {items[:3]}"
    return k1


def positive(x):
    if DEBUG and x <= 0:
        print("NEGATIVE", x); return x
    assert x > 0, x
    return x


def quarter(m):
    return (m - 1) // 3 + 1


Q = []


def q(dataset, question, truth, note):
    if "number" in truth:
        truth["number"] = round(truth["number"], 6)
    Q.append({"dataset": dataset, "question": question, "truth": truth, "note": note})


def N(x, unit=""):
    return {"number": x, "unit": unit}


def L(labels):
    return {"label": labels}


# ================================================================================================
# plumbing


def plumbing():
    cust = {}
    for c in load("plumbing_customers.csv"):
        cust[int(c["customer_id"])] = {"town": c["town"].strip().title(), "type": fold(c["customer_type"]),
                                       "cover": yesno(c["boiler_cover"]), "since": dmy_words(c["customer_since"])}
    jobs = []
    for j in load("plumbing_jobs.csv"):
        st = fold(j["status"]).replace("canceled", "cancelled")
        assert st in ("completed", "cancelled", "no access"), st
        rep = dt.datetime.fromisoformat(j["reported"])
        arr = dt.datetime.fromisoformat(j["arrived"]) if j["arrived"] else None
        fin = dt.datetime.fromisoformat(j["finished"]) if j["finished"] else None
        jobs.append({"cid": int(j["customer_id"]), "eng": j["engineer"].strip().title(),
                     "type": fold(j["job_type"]), "rep": rep, "arr": arr, "fin": fin,
                     "labour": num(j["labour"]) or 0.0, "parts": num(j["parts"]) or 0.0, "st": st})
        if arr:
            assert arr.date() == rep.date() and (fin is None or fin.date() == rep.date())
    D = ["plumbing_jobs.csv"]
    DJ = ["plumbing_jobs.csv", "plumbing_customers.csv"]
    done = [j for j in jobs if j["st"] == "completed"]

    q(D, "How many jobs did we complete in 2025?", N(len(done), "jobs"),
      "count of status Completed (any spelling)")

    q(D, "total labour we charged on completed jobs in March",
      N(sum(j["labour"] for j in done if j["rep"].month == 3), "£"), "sum of labour, Completed, reported in March")

    em = [(j["arr"] - j["rep"]).total_seconds() / 3600 for j in jobs
          if j["type"] == "emergency callout" and j["arr"] is not None]
    q(D, "What's our average response time on emergency callouts, in hours from the customer reporting it to the "
         "engineer turning up? Leave out cancelled jobs.", N(sum(em) / len(em), "hours"),
      "mean of arrived - reported over emergency callouts with an arrival (Completed and No access)")

    br = [(j["fin"] - j["arr"]).total_seconds() / 60 for j in done if j["type"] == "boiler repair"]
    q(D, "On average how long does a boiler repair take once the engineer is on site? Give it in minutes, "
         "completed jobs only.", N(sum(br) / len(br), "min"), "mean of finished - arrived, Completed boiler repairs")

    c = defaultdict(int)
    for j in done:
        c[j["eng"]] += 1
    q(D, "Which engineer completed the most jobs?", L([top(c)]), f"completed jobs per engineer: {dict(c)}")

    c = defaultdict(float)
    for j in done:
        if quarter(j["rep"].month) == 2:
            c[j["eng"]] += j["labour"]
    q(D, "which engineer billed the least labour in Q2? only completed jobs", L([top(c, least=True)]),
      f"labour per engineer, Completed, reported April-June: {dict(c)}")

    q(D, "How much did we charge for parts in the first half of the year?",
      N(sum(j["parts"] for j in jobs if j["rep"].month <= 6), "£"),
      "sum of parts, reported January-June (only Completed jobs have parts)")

    h = [sum(j["labour"] + j["parts"] for j in jobs if (j["rep"].month > 6) == half) for half in (False, True)]
    q(D, "How much more did we bill in the first half of the year than the second? Count everything we "
         "charged: labour, parts and the no-access call-out fees.",
      N(positive(h[0] - h[1]), "£"), f"labour+parts (incl. No access call-out fees) H1 {h[0]:.2f} - H2 {h[1]:.2f}")

    n_c = sum(1 for j in jobs if j["st"] == "cancelled")
    q(D, "What percentage of jobs were cancelled?", N(100 * n_c / len(jobs), "%"), f"{n_c} of {len(jobs)} jobs")

    n_na = sum(1 for j in jobs if j["st"] == "no access")
    q(D, "What's our no-access rate? That's jobs where we turned up and couldn't get in, as a share of all jobs.",
      N(100 * n_na / len(jobs), "%"), f"{n_na} of {len(jobs)} jobs")

    q(D, "How much have we taken in no-access call-out fees?",
      N(sum(j["labour"] for j in jobs if j["st"] == "no access"), "£"), "sum of labour on No access jobs")

    c = defaultdict(float)
    for j in done:
        c[cust[j["cid"]]["town"]] += j["labour"]
    q(DJ, "Which town do we earn the most labour from? Completed jobs only.", L([top(c, 0.05)]),
      f"labour per customer town through customer_id (ids without leading zeros match): {dict(c)}")

    q(DJ, "How much labour did we bill to landlords on completed jobs?",
      N(sum(j["labour"] for j in done if cust[j["cid"]]["type"] == "landlord"), "£"),
      "sum of labour, Completed, customer_type Landlord (any case)")

    q(D, "How many different customers did we complete jobs for in July?",
      N(len({j["cid"] for j in done if j["rep"].month == 7}), "customers"),
      "distinct customer_id after dropping leading zeros, Completed, reported in July")

    q(DJ, "How much did customers with boiler cover pay us altogether, labour plus parts? Only count completed jobs.",
      N(sum(j["labour"] + j["parts"] for j in done if cust[j["cid"]]["cover"]), "£"),
      "labour+parts, Completed, boiler_cover yes (Yes/Y/yes/TRUE)")

    c = defaultdict(int)
    for j in jobs:
        c[j["type"]] += 1
    t = top(c, 0.05, least=True)
    q(D, "What kind of job do we get least often?", L([t.capitalize(), t.capitalize() + "s"]),
      f"jobs per type, all statuses: {dict(c)}")

    durs = [(j["fin"] - j["arr"]).total_seconds() / 60 for j in done]
    assert not any(178 <= x <= 182 for x in durs)
    q(D, "How many completed jobs took more than 3 hours on site?", N(sum(1 for x in durs if x > 180), "jobs"),
      "finished - arrived > 180 minutes; no job within 2 minutes of 3 hours")

    c = defaultdict(int)
    for j in done:
        c[j["rep"].month] += 1
    q(D, "Which month did we complete the most jobs?", L(month_label(top(c))), f"completed per month: {dict(c)}")

    c = defaultdict(int)
    for j in jobs:
        c[j["rep"].weekday()] += 1
    q(D, "Which day of the week do we get the fewest jobs in?", L(weekday_label(top(c, 0.2, least=True))),
      f"jobs per reported weekday (no Sunday jobs; Sunday is not a working day): {dict(c)}")

    dur = defaultdict(list)
    for j in done:
        dur[j["eng"]].append((j["fin"] - j["arr"]).total_seconds() / 60)
    q(D, "How many hours did Priya spend on site on completed jobs in Q4?",
      N(sum((j["fin"] - j["arr"]).total_seconds() / 3600 for j in done
            if j["eng"] == "Priya" and quarter(j["rep"].month) == 4), "hours"),
      "sum of finished - arrived, Completed, engineer Priya, reported October-December")

    covered = sum(1 for c_ in cust.values() if c_["cover"])
    q(["plumbing_customers.csv"], "How many of our customers have boiler cover?", N(covered, "customers"),
      "boiler_cover Yes/Y/yes/TRUE")

    q(["plumbing_customers.csv"], "how many customers signed up with us in 2024",
      N(sum(1 for c_ in cust.values() if c_["since"].year == 2024), "customers"), "customer_since in 2024")

    c = defaultdict(float)
    for j in done:
        if j["type"] == "boiler service":
            c[cust[j["cid"]]["type"]] += 1
    q(DJ, "Which type of customer had the most boiler services done?", L(["Homeowner", "Homeowners"]),
      f"completed boiler services per customer_type: {dict(c)}")
    assert top(c, 0.2) == "homeowner"


# ================================================================================================
# climbing


def climbing():
    rows = []
    for r in load("climbing_daily.csv"):
        m, d, y = map(int, r["date"].split("/"))
        st = fold(r["status"])
        assert st in ("open", "closed")
        rows.append({"date": dt.date(y, m, d), "wall": r["wall"].strip(), "climbers": num(r["climbers"]),
                     "passes": num(r["day_passes"]), "takings": num(r["takings"]), "shoes": num(r["shoe_hires"]),
                     "open": st == "open"})
    canon = {"bouldering cave": "Bouldering Cave", "lead wall": "Lead Wall", "auto-belay zone": "Auto-belay Zone",
             "kids wall": "Kids Wall"}
    for r in rows:
        r["wall"] = canon[fold(r["wall"])]
        if not r["open"]:
            assert not r["climbers"] and not r["takings"]
            r["climbers"] = r["takings"] = r["passes"] = 0.0
    D = ["climbing_daily.csv"]
    op = [r for r in rows if r["open"]]

    q(D, "How many climbers did we have in February, all walls together?",
      N(sum(r["climbers"] for r in rows if r["date"].month == 2), "climbers"), "sum of climbers, February")

    c = defaultdict(float)
    for r in rows:
        if quarter(r["date"].month) == 1:
            c[r["wall"]] += r["takings"]
    q(D, "Which wall took the most money in Q1?", L([top(c, 0.1)]), f"takings per wall Jan-Mar: {dict(c)}")

    lw = [r["climbers"] for r in op if r["wall"] == "Lead Wall"]
    q(D, "On average how many climbers did the Lead Wall get per day it was open?", N(sum(lw) / len(lw), "climbers"),
      f"mean climbers over {len(lw)} open Lead Wall days")

    q(D, "What were our total takings from January to June?", N(sum(r["takings"] for r in rows), "$"),
      "sum of takings, all rows (the file covers 1 January - 30 June)")

    m = [sum(r["takings"] for r in rows if r["date"].month == k) for k in (4, 5)]
    q(D, "how much more did we take in april than in may", N(positive(m[0] - m[1]), "$"),
      f"April {m[0]:.2f} - May {m[1]:.2f}")

    c = defaultdict(float)
    for r in rows:
        c[r["date"]] += r["climbers"]
    best = top({k: v for k, v in c.items() if k.month == 2}, 0.05)
    q(D, "What was our busiest day in February across the whole centre?", L(date_label(best)),
      f"climbers per date over all walls in February; best {best} {c[best]}")

    per_wd = defaultdict(list)
    for d_, v in c.items():
        per_wd[d_.weekday()].append(v)
    avg = {k: sum(v) / len(v) for k, v in per_wd.items()}
    q(D, "Which day of the week is busiest on average?", L(weekday_label(top(avg, 0.1))),
      f"mean climbers per date by weekday (all dates): {avg}")

    q(D, "How many days was the Bouldering Cave closed?",
      N(sum(1 for r in rows if r["wall"] == "Bouldering Cave" and not r["open"]), "days"), "closed rows for the cave")

    q(D, "How many pairs of climbing shoes did we hire out in March? Skip days they weren't counted.",
      N(sum(r["shoes"] for r in rows if r["date"].month == 3 and r["shoes"] is not None), "pairs"),
      "sum of shoe_hires, March, skipping n/a / not counted / blank")

    kw = [r for r in rows if r["wall"] == "Kids Wall"]
    q(D, "For the Kids Wall, what's total takings divided by total climbers?",
      N(sum(r["takings"] for r in kw) / sum(r["climbers"] for r in kw), "$"), "ratio of sums over the Kids Wall")

    q2 = [r for r in rows if quarter(r["date"].month) == 2]
    q(D, "What share of our Q2 takings came from the Bouldering Cave?",
      N(100 * sum(r["takings"] for r in q2 if r["wall"] == "Bouldering Cave") / sum(r["takings"] for r in q2), "%"),
      "cave takings / all takings, April-June")

    tot = defaultdict(float)
    for r in rows:
        tot[r["date"]] += r["takings"]
    assert not any(2950 <= v <= 3050 for v in tot.values())
    q(D, "On how many days did the whole centre take more than $3,000?",
      N(sum(1 for v in tot.values() if v > 3000), "days"), "dates whose takings over all walls exceed 3000; "
                                                             "no date within $50 of it")

    g = {}
    gp = {}
    for w in canon.values():
        a = sum(r["climbers"] for r in rows if r["wall"] == w and r["date"].month == 3)
        b = sum(r["climbers"] for r in rows if r["wall"] == w and r["date"].month == 4)
        g[w] = b - a
        gp[w] = (b - a) / a
    tg = top(gp, 0.1)
    q(D, "Which wall grew the most in percentage terms from March to April, by number of climbers?", L([tg]),
      f"climbers April vs March per wall: percent {gp}, absolute {g}")

    q(D, "What were our average daily takings in June across the whole centre?",
      N(sum(r["takings"] for r in rows if r["date"].month == 6) / 30, "$"), "June takings / 30 days (open every day)")

    c = defaultdict(float)
    for r in rows:
        c[r["date"].month] += r["takings"]
    q(D, "Which month had the lowest takings?", L(month_label(top(c, 0.03, least=True))), f"per month: {dict(c)}")

    q(D, "How many climbers used the Kids Wall at weekends in total?",
      N(sum(r["climbers"] for r in kw if r["date"].weekday() >= 5), "climbers"), "Kids Wall, Saturdays and Sundays")

    q(D, "How many day passes did we sell on the Auto-belay Zone in Q2?",
      N(sum(r["passes"] for r in q2 if r["wall"] == "Auto-belay Zone"), "passes"), "sum of day_passes, April-June")

    q(D, "What percentage of climbers came in on a day pass rather than a membership?",
      N(100 * sum(r["passes"] for r in rows) / sum(r["climbers"] for r in rows), "%"),
      "sum of day_passes / sum of climbers, all rows")


# ================================================================================================
# bookshop


def bookshop():
    rows = []
    for r in load("bookshop_ledger.csv"):
        d, m, y = map(int, r["date"].split("/"))
        t = fold(r["type"]).replace("buy in", "buy-in")
        assert t in ("shop sale", "online sale", "buy-in", "refund", "postage", "rent", "card fees"), t
        rows.append({"date": dt.date(y, m, d), "type": t, "amt": euro(r["amount"]), "pay": fold(r["payment"]),
                     "void": fold(r["status"]) == "void"})
    D = ["bookshop_ledger.csv"]
    n_void = sum(1 for r in rows if r["void"])
    rows = [r for r in rows if not r["void"]]
    for r in rows:
        assert (r["amt"] > 0) == (r["type"] in ("shop sale", "online sale")), r
    shop = [r for r in rows if r["type"] == "shop sale"]
    buy = [r for r in rows if r["type"] == "buy-in"]

    q(D, "How much did we take from shop sales in March?",
      N(sum(r["amt"] for r in shop if r["date"].month == 3), "€"), "shop sale amounts, March, VOID left out")

    q(D, "How much did we spend buying in books in Q2?",
      N(positive(-sum(r["amt"] for r in buy if quarter(r["date"].month) == 2)), "€"), "minus the buy-in sum, April-June")

    q(D, "What's our net for the year, everything in minus everything out?", N(sum(r["amt"] for r in rows), "€"),
      "sum of all non-void amounts")

    c = defaultdict(float)
    for r in rows:
        c[r["date"].month] += r["amt"]
    q(D, "Which month had the worst net result?", L(month_label(top(c, 0.05, least=True))),
      f"net per month (the best two, December and August, are within 1%): {dict(c)}")

    q(D, "How much have we refunded in total?", N(positive(-sum(r["amt"] for r in rows if r["type"] == "refund")), "€"),
      "minus the sum of refunds")

    q(D, "How many entries were voided?", N(n_void, "entries"), "status VOID / void / Void")

    q(D, "What's the average shop sale? Ignore voided lines.", N(sum(r["amt"] for r in shop) / len(shop), "€"),
      "mean amount of shop sale rows")

    onl = sum(r["amt"] for r in rows if r["type"] == "online sale")
    q(D, "What percentage of our sales money came from online sales?",
      N(100 * onl / (onl + sum(r["amt"] for r in shop)), "%"), "online / (online + shop), VOID left out")

    c = defaultdict(float)
    for r in shop:
        c[r["pay"]] += r["amt"]
    q(D, "Which payment method brings in the most from shop sales?", L([top(c, 0.1).title()]), f"{dict(c)}")

    h = [-sum(r["amt"] for r in buy if (r["date"].month > 6) == half) for half in (False, True)]
    q(D, "How much more did we spend on buy-ins in the first half of the year than in the second half?",
      N(positive(h[0] - h[1]), "€"), f"buy-ins H1 {h[0]:.2f} - H2 {h[1]:.2f}")

    c = defaultdict(float)
    for r in buy:
        c[r["date"].month] -= r["amt"]
    q(D, "Which month did we spend the most on buying in books?", L(month_label(top(c, 0.03))), f"{dict(c)}")

    q(D, "What's the most we've paid for a single buy-in?", N(-min(r["amt"] for r in buy), "€"),
      "largest buy-in (as a positive amount)")

    assert not any(95 <= -r["amt"] <= 105 for r in buy)
    q(D, "How many buy-ins were over €100?", N(sum(1 for r in buy if -r["amt"] > 100), "buy-ins"),
      "buy-ins above 100; none between 95 and 105")

    q(D, "What was the net for December?", N(sum(r["amt"] for r in rows if r["date"].month == 12), "€"),
      "sum of all non-void amounts in December")

    q(D, "how much did we spend on postage this year", N(positive(-sum(r["amt"] for r in rows if r["type"] == "postage")), "€"),
      "minus the sum of postage")

    q(D, "How much money came in during Q4 from sales, shop and online together?",
      N(sum(r["amt"] for r in rows if r["amt"] > 0 and r["date"].month >= 10), "€"),
      "shop + online sales, October-December")

    c = defaultdict(float)
    for r in shop:
        c[r["date"].weekday()] += r["amt"]
    q(D, "Which day of the week brings in the most from shop sales?", L(weekday_label(top(c, 0.05))), f"{dict(c)}")

    aug = [r for r in shop if r["date"].month == 8]
    q(D, "On average how much did shop sales bring in per trading day in August?",
      N(sum(r["amt"] for r in aug) / len({r["date"] for r in aug}), "€"),
      "August shop sales / distinct dates with shop sales (closed Mondays)")

    q(D, "What did card fees cost us over the year?",
      N(positive(-sum(r["amt"] for r in rows if r["type"] == "card fees")), "€"), "minus the sum of card fees")


# ================================================================================================
# phones


def phones():
    rows = []
    for r in load("phone_repairs.csv"):
        st = fold(r["status"]).replace("canceled", "cancelled")
        assert st in ("collected", "ready", "cancelled", "unrepairable"), st
        rep = fold(r["repair"]).replace("screen replacement", "screen")
        rows.append({"rec": dmy_words(r["received"]), "ready": dmy_words(r["ready"]) if r["ready"] else None,
                     "brand": fold(r["brand"]), "model": r["model"].strip(), "repair": rep,
                     "quote": num(r["quote"]), "paid": num(r["paid"]) or 0.0, "warranty": yesno(r["warranty"]),
                     "tech": r["technician"].strip().title(), "st": st})
    D = ["phone_repairs.csv"]
    fixed = [r for r in rows if r["st"] in ("collected", "ready")]

    q(D, "How many phones came in for repair in April?", N(sum(1 for r in rows if r["rec"].month == 4), "phones"),
      "tickets received in April, any status")

    sc = [(r["ready"] - r["rec"]).total_seconds() / 3600 for r in fixed if r["repair"] == "screen"]
    q(D, "What's the average turnaround on screen repairs, in hours from booking in to ready? Only ones we fixed.",
      N(sum(sc) / len(sc), "hours"), "mean ready - received, Screen, Collected or Ready")

    c = defaultdict(int)
    for r in rows:
        c[r["brand"]] += 1
    q(D, "Which brand do we see most?", L([top(c, 0.1).title()]), f"{dict(c)}")

    q(D, "How much did we take on phones booked in during Q1?",
      N(sum(r["paid"] for r in rows if r["rec"].month <= 3), "$"), "sum of paid, received January-March")

    q(D, "What share of our tickets were warranty jobs?",
      N(100 * sum(1 for r in rows if r["warranty"]) / len(rows), "%"), "warranty yes / all tickets")

    c = defaultdict(float)
    for r in rows:
        c[r["repair"]] += r["paid"]
    q(D, "Which type of repair brings in the most money?", L(["Screen", "Screens", "Screen repairs"]),
      f"paid per repair type: {dict(c)}")
    assert top(c, 0.2) == "screen"

    bt = [r["paid"] for r in rows if r["repair"] == "battery" and r["st"] == "collected" and not r["warranty"]]
    q(D, "What's the average price paid for a battery job? Leave out warranty ones, they're free, and only "
         "count phones that were collected.", N(sum(bt) / len(bt), "$"), "mean paid, Battery, Collected, not warranty")

    c = defaultdict(int)
    for r in fixed:
        if r["rec"].month == 3:
            c[r["tech"]] += 1
    q(D, "Which technician fixed the most phones in March?", L([top(c, 0.03)]),
      f"fixed (Collected/Ready) received in March per technician: {dict(c)}")

    tt = [(r["ready"] - r["rec"]).total_seconds() / 3600 for r in fixed]
    assert not any(23 <= x <= 25 for x in tt)
    q(D, "How many of the repairs we fixed took more than a day to turn around?",
      N(sum(1 for x in tt if x > 24), "repairs"), "ready - received > 24 hours, Collected or Ready; none within an hour")

    wd_ = [r for r in rows if r["repair"] == "water damage" and r["st"] != "cancelled"]
    q(D, "Of the water-damaged phones we looked at (leave out cancelled tickets), what percentage couldn't be fixed?",
      N(100 * sum(1 for r in wd_ if r["st"] == "unrepairable") / len(wd_), "%"),
      "Unrepairable / (Water damage tickets not cancelled)")

    m = [sum(r["paid"] for r in rows if r["rec"].month == k) for k in (5, 6)]
    q(D, "How much more did we take on phones booked in during May than during June?", N(positive(m[0] - m[1]), "$"),
      f"paid May {m[0]:.2f} - June {m[1]:.2f}, by received month (June's Ready phones are not paid yet)")

    c = defaultdict(int)
    for r in rows:
        c[r["rec"].weekday()] += 1
    q(D, "Which day of the week is busiest for drop-offs?", L(weekday_label(top(c, 0.1))), f"{dict(c)}")

    q(D, "How much was quoted on tickets that got cancelled?",
      N(sum(r["quote"] for r in rows if r["st"] == "cancelled"), "$"), "sum of quote, Cancelled")

    ap = sum(r["paid"] for r in rows if r["brand"] == "apple")
    sa = sum(r["paid"] for r in rows if r["brand"] == "samsung")
    q(D, "How much more have Apple repairs brought in than Samsung ones?", N(positive(ap - sa), "$"),
      f"paid Apple {ap:.2f} - Samsung {sa:.2f}")

    q(D, "How many phones are fixed and waiting to be collected?",
      N(sum(1 for r in rows if r["st"] == "ready"), "phones"), "status Ready")

    feb = [r for r in rows if r["rec"].month == 2]
    q(D, "What were our average takings per day we were open in February?",
      N(sum(r["paid"] for r in feb) / len({r["rec"].date() for r in feb}), "$"),
      "paid on tickets received in February / distinct February dates with a ticket (Mon-Sat)")

    q(D, "How many different phone models came in during Q2?",
      N(len({r["model"] for r in rows if quarter(r["rec"].month) == 2}), "models"), "distinct model, received April-June")

    c = defaultdict(int)
    for r in rows:
        if r["brand"] == "samsung":
            c[r["repair"]] += 1
    q(D, "What's the most common repair on Samsungs?", L(["Screen", "Screens", "Screen repairs"]), f"{dict(c)}")
    assert top(c, 0.2) == "screen"

    q(D, "How much did we make from diagnostic fees on phones we couldn't fix?",
      N(sum(r["paid"] for r in rows if r["st"] == "unrepairable"), "$"), "sum of paid, Unrepairable")


# ================================================================================================
# riding


def riding():
    rows = []
    for r in load("riding_bookings.csv"):
        st = fold(r["status"]).replace("canceled", "cancelled").replace("no show", "no-show")
        assert st in ("completed", "cancelled", "no-show", "rained off"), st
        rows.append({"date": dt.date.fromisoformat(r["date"]), "act": fold(r["activity"]),
                     "horse": r["horse"].strip().title(), "ins": r["instructor"].strip().title(),
                     "mins": num(r["minutes"]), "price": num(r["price"]) or 0.0, "first": yesno(r["first_time"]),
                     "st": st})
    D = ["riding_bookings.csv"]
    done = [r for r in rows if r["st"] == "completed"]
    ACT = {"private lesson": "Private lesson", "group lesson": "Group lesson", "hack": "Hack", "pony ride": "Pony ride",
           "pub ride": "Pub ride"}

    q(D, "How many rides did we complete in May?", N(sum(1 for r in done if r["date"].month == 5), "rides"),
      "Completed rows (one per rider), May")

    q(D, "How much did hacks bring in? Only completed ones.",
      N(sum(r["price"] for r in done if r["act"] == "hack"), "£"), "sum of price, Completed hacks")

    c = defaultdict(int)
    for r in done:
        c[r["horse"]] += 1
    q(D, "Which horse did the fewest completed rides?", L([top(c, 0.05, least=True)]),
      f"(the most, Duchess 391 vs Shadow 388, was a tie) {dict(c)}")

    q(D, "What was our no-show rate across all bookings?",
      N(100 * sum(1 for r in rows if r["st"] == "no-show") / len(rows), "%"), "No-show rows / all rows")

    q(D, "How many bookings got rained off?", N(sum(1 for r in rows if r["st"] == "rained off"), "bookings"),
      "status Rained off")

    c = defaultdict(float)
    for r in rows:
        c[r["date"].month] += r["price"]
    q(D, "Which month brought in the most money?", L(month_label(top(c, 0.03))),
      f"price (completed + no-shows charged) per month: {dict(c)}")

    q(D, "What share of bookings were for first-time riders?",
      N(100 * sum(1 for r in rows if r["first"]) / len(rows), "%"), "first_time yes / all rows")

    qq = [sum(r["price"] for r in rows if quarter(r["date"].month) == k) for k in (2, 3)]
    q(D, "How much more did we take in Q3 than in Q2?", N(positive(qq[1] - qq[0]), "£"),
      f"Q3 {qq[1]:.2f} - Q2 {qq[0]:.2f} (no-show charges included)")

    c = defaultdict(float)
    for r in rows:
        c[r["date"].weekday()] += r["price"]
    q(D, "Which day of the week do we take the most money?", L(weekday_label(top(c, 0.05))), f"{dict(c)}")

    c = defaultdict(float)
    for r in rows:
        if r["date"].month == 8:
            c[r["ins"]] += r["price"]
    q(D, "Which instructor brought in the most in August?", L([top(c, 0.03)]), f"{dict(c)}")

    q(D, "How many minutes in the saddle did Merlin do in September? Completed rides, skip ones where the length "
         "wasn't written down.",
      N(sum(r["mins"] for r in done if r["horse"] == "Merlin" and r["date"].month == 9 and r["mins"] is not None), "min"),
      "sum of minutes, Completed, horse Merlin, September")

    q(D, "How many pony rides did we do in July and August? Completed ones only.",
      N(sum(1 for r in done if r["act"] == "pony ride" and r["date"].month in (7, 8)), "rides"), "")

    q(D, "How many completed bookings cost more than £60?", N(sum(1 for r in done if r["price"] > 60), "bookings"),
      "price > 60 (prices are 20, 32, 40, 45, 48, 55, 70, 75: none near 60)")

    g = {}
    gp = {}
    for a in ACT:
        x = sum(1 for r in done if r["act"] == a and r["date"].month == 6)
        y = sum(1 for r in done if r["act"] == a and r["date"].month == 7)
        g[ACT[a]] = y - x
        gp[ACT[a]] = (y - x) / x
    t = top(gp, 0.1)
    q(D, "Which activity grew the most in percentage terms from June to July, by number of completed bookings?",
      L([t, t + "s"]), f"percent {gp}; (absolute {g} is a near-tie, hence 'in percentage terms')")

    hk = [r["mins"] for r in done if r["act"] == "hack" and r["mins"] is not None]
    q(D, "What's the average length of a hack in minutes? Completed ones, ignore the ones with no length.",
      N(sum(hk) / len(hk), "min"), "mean minutes, Completed hacks with a number")

    q(D, "How many first-timers had a pony ride in August? Completed rides only.",
      N(sum(1 for r in done if r["act"] == "pony ride" and r["date"].month == 8 and r["first"]), "riders"), "")

    q(D, "What percentage of our takings came from pony rides?",
      N(100 * sum(r["price"] for r in rows if r["act"] == "pony ride") / sum(r["price"] for r in rows), "%"),
      "pony ride price / all price (no-show charges included)")

    q(D, "What share of all bookings did customers cancel? Rained-off ones don't count as cancellations.",
      N(100 * sum(1 for r in rows if r["st"] == "cancelled") / len(rows), "%"), "Cancelled rows / all rows")

    q(D, "How much did private lessons bring in from July onwards?",
      N(sum(r["price"] for r in rows if r["act"] == "private lesson" and r["date"].month >= 7), "£"),
      "price of private lessons July-October, no-show charges included")


def main():
    plumbing()
    climbing()
    bookshop()
    phones()
    riding()
    out = []
    for i, x in enumerate(Q, 1):
        out.append({"id": f"s17-{i:03d}", **x})
    for x in out:
        print(x["id"], x["dataset"][0], "|", x["question"], "=>", json.dumps(x["truth"], ensure_ascii=False))
    if "--print" not in sys.argv:
        (HERE / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {len(out)} questions")


if __name__ == "__main__":
    main()
