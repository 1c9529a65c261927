#!/usr/bin/env python3
"""Held-out set 10: every question beside the code that computes its truth from data/*.csv.

    python3 tests/heldout/set10/truths.py            # prints every truth and writes questions.json
    python3 tests/heldout/set10/truths.py --print    # prints only

Reading rules (the same for every question unless its note says otherwise):

- text values are folded: runs of spaces collapsed, stripped, a trailing period dropped, compared
  case-insensitively;
- "", "n/a", "na", "-", "?", "tbc", "see file", "varies", "not weighed", "scale broken", "not recorded",
  "withdrew", "closed" are missing; a missing number is left out of sums, averages and medians (never read
  as 0); "waived" and "scholarship" fees are not money (left out of fee sums and averages, counted when
  asked about waived fees);
- money has a point decimal: "$1,234.50", "1,234.50", "1234.50", "$12" (also with £ and "£ 12.50"); a
  minus in front makes it negative;
- nursery_sales.csv: one row per till line; sold_at is ISO "YYYY-MM-DD HH:MM:SS"; returns are rows of type
  "Return" with qty and line_total negative, dated when the item came back; sku joins plants.csv after
  padding to five digits ("412" is 00412); an order is a receipt number;
- enrolments.csv: enrolled_on is day-first dd/mm/yyyy; student ids are six digits ("435" is 000435);
  one row per enrolment (a student may have several);
- foodbank_daily.csv: one row per site per scheduled day, date US M/D/YYYY; a closed row has no figures;
- print_jobs.csv: received / ready are ISO 'T' datetimes; a cancelled job has no ready time and is left out
  of money, turnaround and page questions unless the question says otherwise; rush is yes/no spelled
  Yes/Y/TRUE/1 and No/N/FALSE/0;
- carwash.csv: date_time is day-first "dd/mm/yyyy HH:MM"; a wash is a row of kind "Wash"; refunds and
  re-wash credits are later rows with a negative amount; membership washes are paid 0.
"""

import csv
import datetime as dt
import json
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fold(s):
    return re.sub(r"\s+", " ", s).strip().rstrip(".").strip().lower()


MISSING = {"", "n/a", "na", "-", "?", "tbc", "see file", "varies", "not weighed", "scale broken", "not recorded",
           "withdrew", "closed"}


def missing(s):
    return fold(s) in MISSING


def money(s):
    """£/$ money with a point decimal; None when missing or a word."""
    if missing(s) or not re.search(r"\d", s):
        return None
    t = s.strip().replace(",", "").replace(" ", "")
    neg = t.startswith("-")
    t = t.lstrip("-").lstrip("£$")
    v = float(t)
    return -v if neg else v


def num(s):
    if missing(s):
        return None
    try:
        return float(s.strip().replace(",", ""))
    except ValueError:
        return None


def yes(s):
    return fold(s) in ("yes", "y", "true", "1")


def pct(v):
    return 100.0 * v


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ----------------------------------------------------------------------------------------------
# guards


def top(d, most=True, rel=0.02):
    """The key with the largest (or smallest) value; asserts a lead of more than rel over the runner-up."""
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=most)
    (k1, v1), (k2, v2) = items[0], items[1]
    if most:
        assert v1 > v2 * (1 + rel), f"too close: {items[:3]}"
    else:
        assert v1 < v2 * (1 - rel), f"too close: {items[:3]}"
    return k1, v1


def top_n(d, n, rel=0.02):
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=True)
    assert items[n - 1][1] > items[n][1] * (1 + rel), f"top {n} not clear: {items[:n + 1]}"
    return [k for k, _ in items[:n]]


def count_over(values, threshold, rel=0.02):
    """Groups over a threshold; asserts no group sits within rel of it."""
    for v in values:
        assert abs(v - threshold) > rel * threshold, f"group value {v} too near {threshold}"
    return sum(1 for v in values if v > threshold)


def count_gt(values, threshold):
    """Rows over a threshold; asserts no row equals it."""
    assert threshold not in values, f"a row equals the threshold {threshold}"
    return sum(1 for v in values if v > threshold)


def positive(v):
    assert v > 0, f"expected a positive difference, got {v}"
    return v


def same(a, b, tol=1e-9):
    """Two readings of a question give the same truth."""
    if isinstance(a, str):
        assert a == b, f"readings differ: {a} vs {b}"
        return a
    assert abs(a - b) <= tol * max(1.0, abs(a)), f"readings differ: {a} vs {b}"
    return a


def hour_labels(h):
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    out = [f"{h}:00", f"{h:02d}:00", f"{h12} {ap}", f"{h12}{ap}", f"{h12}:00 {ap}", f"{h12}:00{ap}",
           f"{h12} {ap[0]}.m", f"{h12} {ap.upper()}", f"{h12}:00 {ap.upper()}", f"hour {h}"]
    return [x for i, x in enumerate(out) if x not in out[:i]]


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_labels(d, file_style):
    m, ms = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    out = [f"{d.day} {m}", f"{m} {d.day}", f"{ordinal(d.day)} {m}", f"{m} {ordinal(d.day)}", f"{d.day} {ms}",
           f"{ms} {d.day}", d.isoformat()]
    if file_style == "dmy":
        out.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
    elif file_style == "mdy":
        out += [f"{d.month}/{d.day}/{d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}"]
    return out


def month_labels(y, m):
    return [MONTHS[m - 1], f"{y}-{m:02d}", f"{MONTHS[m - 1][:3]} {y}"]


def month_year_labels(y, m):
    """When the file spans two years the month must carry its year."""
    return [f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}", f"{MONTHS[m - 1][:3]} {y}"]


def day_labels(wd):
    return [WEEKDAYS[wd], WEEKDAYS[wd] + "s"]


QUESTIONS = []


def q(dataset, question, note=""):
    def deco(fn):
        QUESTIONS.append({"dataset": dataset, "question": question, "fn": fn, "note": note})
        return fn
    return deco


# ----------------------------------------------------------------------------------------------
# nursery


def plants():
    out = {}
    for r in rows("plants.csv"):
        out[r["sku"].strip().zfill(5)] = {"name": fold(r["plant_name"]), "cat": fold(r["category"]),
                                         "supplier": fold(r["supplier"]), "Name": re.sub(r"\s+", " ", r["plant_name"]).strip()}
    return out


def nursery():
    P = plants()
    out = []
    for r in rows("nursery_sales.csv"):
        sku = r["sku"].strip().zfill(5)
        t = dt.datetime.strptime(r["sold_at"].strip(), "%Y-%m-%d %H:%M:%S")
        out.append({"rec": r["receipt"].strip(), "t": t, "sku": sku, "qty": int(r["qty"]), "unit": money(r["unit_price"]),
                    "amt": money(r["line_total"]), "ch": fold(r["channel"]), "ret": fold(r["type"]) == "return",
                    **P[sku]})
    return out


N2 = ["nursery_sales.csv", "plants.csv"]
N1 = ["nursery_sales.csv"]
Q_CATS = {"perennial": "Perennial", "shrub": "Shrub", "tree": "Tree", "herb": "Herb", "houseplant": "Houseplant",
          "bulb": "Bulb", "sundries": "Sundries"}


@q(N1, "How much did the nursery take in 2025 once returns are taken off?",
   note="sum of line_total over every row (sales positive, returns negative)")
def _():
    return {"number": sum(r["amt"] for r in nursery()), "unit": "$"}


@q(N1, "how much money did we hand back for returned plants",
   note="minus the sum of line_total on Return rows, as a positive amount")
def _():
    return {"number": -sum(r["amt"] for r in nursery() if r["ret"]), "unit": "$"}


@q(N2, "Which category of plant made the most money after returns?",
   note="net line_total by plants.csv category (sku padded to 5 digits for the join)")
def _():
    d = defaultdict(float)
    for r in nursery():
        d[r["cat"]] += r["amt"]
    k, v = top(d)
    return {"label": [Q_CATS[k], Q_CATS[k] + "s"]}


@q(N2, "How many houseplants were rung up as sales in December?",
   note="sum of qty on Sale rows in December 2025 whose category is Houseplant (returns not subtracted)")
def _():
    return {"number": float(sum(r["qty"] for r in nursery() if not r["ret"] and r["t"].month == 12
                                and r["cat"] == "houseplant")), "unit": "units"}


@q(N2, "whats our best selling plant by number of units",
   note="sum of qty on Sale rows by plant (joined name); the net-of-returns reading gives the same plant (label only: the unit count differs between the two readings)")
def _():
    g, n = defaultdict(float), defaultdict(float)
    P = plants()
    for r in nursery():
        n[r["sku"]] += r["qty"]
        if not r["ret"]:
            g[r["sku"]] += r["qty"]
    k, v = top(g)
    same(k, top(n)[0])
    return {"label": [P[k]["Name"]]}


@q(N2, "Which supplier's plants earned us the most, net of returns?",
   note="net line_total by plants.csv supplier")
def _():
    d = defaultdict(float)
    P = {}
    for r in nursery():
        d[r["supplier"]] += r["amt"]
    k, v = top(d)
    name = {fold(x["supplier"]): re.sub(r"\s+", " ", x["supplier"]).strip().rstrip(".") for x in rows("plants.csv")}
    return {"label": [name[k].title()], "number": v, "unit": "$"}


@q(N1, "What's the average online order worth? Just the sales, ignore returns.",
   note="sum of line_total on Sale rows with channel Online / distinct receipts among them")
def _():
    s = [r for r in nursery() if not r["ret"] and r["ch"] == "online"]
    return {"number": sum(r["amt"] for r in s) / len({r["rec"] for r in s}), "unit": "$"}


@q(N1, "how many orders did we take in april",
   note="distinct receipt numbers among Sale rows dated April 2025")
def _():
    return {"number": float(len({r["rec"] for r in nursery() if not r["ret"] and r["t"].month == 4})), "unit": "orders"}


@q(N1, "Which month had the highest takings after returns?",
   note="net line_total by month of sold_at (a return counts in the month it came back)")
def _():
    d = defaultdict(float)
    for r in nursery():
        d[r["t"].month] += r["amt"]
    k, v = top(d)
    return {"label": month_labels(2025, k), "number": v, "unit": "$"}


@q(N1, "What share of the year's sales came through the online shop? Use sales before returns.",
   note="Online Sale line_total / all Sale line_total, in %")
def _():
    s = [r for r in nursery() if not r["ret"]]
    return {"number": pct(sum(r["amt"] for r in s if r["ch"] == "online") / sum(r["amt"] for r in s)), "unit": "%"}


@q(N1, "At what hour of the day do we ring up the most orders in the shop itself (not online, not the market)?",
   note="distinct receipts of Sale rows with channel Shop, by hour of sold_at")
def _():
    d = defaultdict(set)
    for r in nursery():
        if not r["ret"] and r["ch"] == "shop":
            d[r["t"].hour].add(r["rec"])
    k, v = top({h: len(s) for h, s in d.items()})
    return {"label": hour_labels(k)}


@q(N2, "How much did the olive trees earn us, net of returns?",
   note="net line_total for the plant named Olive Tree in plants.csv (sku 02210), joined on sku")
def _():
    return {"number": sum(r["amt"] for r in nursery() if r["name"] == "olive tree"), "unit": "$"}


@q(N1, "How many units of SKU 00412 were sold? Don't take returns off.",
   note="sum of qty on Sale rows whose sku is 00412 or 412")
def _():
    return {"number": float(sum(r["qty"] for r in nursery() if not r["ret"] and r["sku"] == "00412")), "unit": "units"}


@q(N2, "Counting units, what percentage of the trees we sold came back?",
   note="returned tree units (minus qty on Return rows) / tree units on Sale rows, in %")
def _():
    s = [r for r in nursery() if r["cat"] == "tree"]
    return {"number": pct(-sum(r["qty"] for r in s if r["ret"]) / sum(r["qty"] for r in s if not r["ret"])),
            "unit": "%"}


@q(N1, "How much more did we take in Q2 than in Q1, after returns?",
   note="net line_total April-June minus net line_total January-March")
def _():
    n = nursery()
    a = sum(r["amt"] for r in n if r["t"].month in (4, 5, 6))
    b = sum(r["amt"] for r in n if r["t"].month in (1, 2, 3))
    return {"number": positive(a - b), "unit": "$"}


@q(N1, "On average how many different products are on one order?",
   note="Sale rows / distinct receipts among Sale rows (each line is a different product)")
def _():
    s = [r for r in nursery() if not r["ret"]]
    return {"number": len(s) / len({r["rec"] for r in s}), "unit": "lines"}


@q(N1, "Which day of the week brings in the most money?",
   note="net line_total by weekday of sold_at; gross gives the same day")
def _():
    d, g = defaultdict(float), defaultdict(float)
    for r in nursery():
        d[r["t"].weekday()] += r["amt"]
        if not r["ret"]:
            g[r["t"].weekday()] += r["amt"]
    k, v = top(d)
    same(k, top(g)[0])
    return {"label": day_labels(k)}


@q(N1, "How many till lines came to more than $100?",
   note="Sale rows with line_total > 100 (no line is exactly 100)")
def _():
    return {"number": float(count_gt([r["amt"] for r in nursery() if not r["ret"]], 100.0)), "unit": "lines"}


@q(N2, "What did people actually pay per pot of Lavender Hidcote in September on average?",
   note="sum of line_total / sum of qty, Sale rows for Lavender Hidcote in September 2025 (the discount month)")
def _():
    s = [r for r in nursery() if not r["ret"] and r["name"] == "lavender hidcote" and r["t"].month == 9]
    return {"number": sum(r["amt"] for r in s) / sum(r["qty"] for r in s), "unit": "$"}


@q(N1, "what did the market stall take all year",
   note="sum of line_total with channel Market Stall (no return is booked to the stall)")
def _():
    return {"number": sum(r["amt"] for r in nursery() if r["ch"] == "market stall"), "unit": "$"}


@q(N2, "What % of bulb sales (in dollars) happened in September, October and November?",
   note="Sale line_total for category Bulb in Sep-Nov / all Bulb Sale line_total, in %")
def _():
    s = [r for r in nursery() if not r["ret"] and r["cat"] == "bulb"]
    return {"number": pct(sum(r["amt"] for r in s if r["t"].month in (9, 10, 11)) / sum(r["amt"] for r in s)),
            "unit": "%"}


# ----------------------------------------------------------------------------------------------
# language school


def school():
    out = []
    for r in rows("enrolments.csv"):
        d = dt.datetime.strptime(r["enrolled_on"].strip(), "%d/%m/%Y").date()
        out.append({"id": r["enrolment_id"].strip(), "sid": r["student_id"].strip().zfill(6), "d": d,
                    "lang": fold(r["language"]), "level": fold(r["level"]).upper(), "term": fold(r["term"]),
                    "fmt": fold(r["format"]), "teacher": fold(r["teacher"]), "fee": money(r["fee"]),
                    "feetxt": fold(r["fee"]), "hours": num(r["hours_attended"]), "status": fold(r["status"])})
    return out


E = ["enrolments.csv"]
TEACH = {"lucía gómez": ["Lucía Gómez", "Lucia Gomez"], "marco ruiz": ["Marco Ruiz"], "claire dubois": ["Claire Dubois"],
         "jonas weber": ["Jonas Weber"], "giulia conti": ["Giulia Conti"], "aiko tanaka": ["Aiko Tanaka"],
         "wei chen": ["Wei Chen"]}


@q(E, "How many enrolments are there for Spanish?", note="rows whose language folds to spanish")
def _():
    return {"number": float(sum(1 for r in school() if r["lang"] == "spanish")), "unit": "enrolments"}


@q(E, "how many different students signed up in the spring 2025 term",
   note="distinct student ids (padded to six digits) among Spring 2025 rows")
def _():
    return {"number": float(len({r["sid"] for r in school() if r["term"] == "spring 2025"})), "unit": "students"}


@q(E, "How many individual students has the school had, across every term?",
   note="distinct student ids, padded to six digits ('435' is 000435)")
def _():
    s = school()
    raw = {x["student_id"].strip() for x in rows("enrolments.csv")}
    assert len(raw) > len({r["sid"] for r in s})
    return {"number": float(len({r["sid"] for r in s})), "unit": "students"}


@q(E, "What was the total fee income for the Autumn 2024 term?",
   note="sum of fee (money only; waived / scholarship / blank / n/a left out), term Autumn 2024")
def _():
    return {"number": sum(r["fee"] for r in school() if r["term"] == "autumn 2024" and r["fee"] is not None), "unit": "£"}


@q(E, "Which language loses the biggest share of its students to withdrawal?",
   note="withdrawn rows / all rows, by language")
def _():
    n, w = defaultdict(int), defaultdict(int)
    for r in school():
        n[r["lang"]] += 1
        w[r["lang"]] += r["status"] == "withdrawn"
    k, v = top({x: w[x] / n[x] for x in n})
    return {"label": [k.title()]}


@q(E, "What percentage of all enrolments ended in a withdrawal?", note="status Withdrawn / all rows, in %")
def _():
    s = school()
    return {"number": pct(sum(r["status"] == "withdrawn" for r in s) / len(s)), "unit": "%"}


@q(E, "On average, how many hours did students who completed their course actually attend?",
   note="mean of numeric hours_attended over Completed rows (word entries and blanks left out)")
def _():
    return {"number": statistics.mean(r["hours"] for r in school() if r["status"] == "completed" and r["hours"] is not None),
            "unit": "h"}


@q(E, "Which teacher has the most enrolments?", note="rows by folded teacher name")
def _():
    d = defaultdict(int)
    for r in school():
        d[r["teacher"]] += 1
    k, v = top(d)
    return {"label": TEACH[k], "number": float(v), "unit": "enrolments"}


@q(E, "How many enrolments had the fee waived or paid by a scholarship?",
   note="rows whose fee is 'waived' or 'scholarship' (any case); blank and n/a fees are not counted")
def _():
    return {"number": float(sum(r["feetxt"] in ("waived", "scholarship") for r in school())), "unit": "enrolments"}


@q(E, "whats the avg fee for japanese, leaving out waived ones",
   note="mean of money fees over Japanese rows (waived / scholarship / blank left out)")
def _():
    return {"number": statistics.mean(r["fee"] for r in school() if r["lang"] == "japanese" and r["fee"] is not None),
            "unit": "£"}


@q(E, "What share of enrolments are for online classes?", note="format Online / all rows, in %")
def _():
    s = school()
    return {"number": pct(sum(r["fmt"] == "online" for r in s) / len(s)), "unit": "%"}


@q(E, "Which month of 2025 had the most sign-ups?",
   note="rows by month of enrolled_on (day-first), 2025 only")
def _():
    d = defaultdict(int)
    for r in school():
        if r["d"].year == 2025:
            d[(r["d"].year, r["d"].month)] += 1
    (y, m), v = top(d)
    return {"label": month_labels(y, m)}


@q(E, "How many enrolments were made at the weekend?", note="rows whose enrolled_on (day-first) is a Saturday or Sunday")
def _():
    return {"number": float(sum(r["d"].weekday() >= 5 for r in school())), "unit": "enrolments"}


@q(E, "What level do most German learners sign up for?", note="German rows by level")
def _():
    d = defaultdict(int)
    for r in school():
        if r["lang"] == "german":
            d[r["level"]] += 1
    k, v = top(d)
    return {"label": [k]}


@q(E, "How many students took more than one course in the same term?",
   note="distinct student ids with two or more rows in one term")
def _():
    d = defaultdict(int)
    for r in school():
        d[(r["sid"], r["term"])] += 1
    return {"number": float(len({s for (s, t), c in d.items() if c >= 2})), "unit": "students"}


@q(E, "Total hours of French attended, all terms together?",
   note="sum of numeric hours_attended over French rows")
def _():
    return {"number": sum(r["hours"] for r in school() if r["lang"] == "french" and r["hours"] is not None), "unit": "h"}


@q(E, "How much fee income came from courses at B2 level or higher?",
   note="sum of money fees over levels B2 and C1")
def _():
    return {"number": sum(r["fee"] for r in school() if r["level"] in ("B2", "C1") and r["fee"] is not None), "unit": "£"}


@q(E, "How much has student 000435 paid us in fees altogether?",
   note="sum of money fees for student 000435 (also written 435); the scholarship row adds nothing")
def _():
    s = [r for r in school() if r["sid"] == "000435"]
    assert any(x["student_id"].strip() == "435" for x in rows("enrolments.csv"))
    return {"number": sum(r["fee"] for r in s if r["fee"] is not None), "unit": "£"}


@q(E, "How many fewer enrolments did Summer 2025 get compared with Spring 2025?",
   note="Spring 2025 rows minus Summer 2025 rows")
def _():
    s = school()
    return {"number": float(positive(sum(r["term"] == "spring 2025" for r in s) - sum(r["term"] == "summer 2025" for r in s))),
            "unit": "enrolments"}


@q(E, "Among enrolments that have finished (completed or withdrawn), which format has the best completion rate?",
   note="Completed / (Completed + Withdrawn) by format; Active rows left out")
def _():
    c, n = defaultdict(int), defaultdict(int)
    for r in school():
        if r["status"] in ("completed", "withdrawn"):
            n[r["fmt"]] += 1
            c[r["fmt"]] += r["status"] == "completed"
    k, v = top({x: c[x] / n[x] for x in n})
    return {"label": [k.capitalize(), k]}


@q(E, "What's the median course fee?", note="median of money fees over all rows; reading waived fees as 0 gives the same median")
def _():
    s = school()
    a = [r["fee"] for r in s if r["fee"] is not None]
    zeros = [0.0] * sum(r["feetxt"] in ("waived", "scholarship") for r in s)
    return {"number": same(statistics.median(a), statistics.median(a + zeros)), "unit": "£"}


# ----------------------------------------------------------------------------------------------
# food bank


def foodbank():
    out = []
    for r in rows("foodbank_daily.csv"):
        d = dt.datetime.strptime(r["date"].strip(), "%m/%d/%Y").date()
        out.append({"d": d, "site": fold(r["site"]), "closed": fold(r["status"]) == "closed",
                    "hh": num(r["households"]), "people": num(r["people"]), "parcels": num(r["parcels"]),
                    "kgout": num(r["kg_given_out"]), "kgin": num(r["kg_donated"]), "vols": num(r["volunteers"])})
    return out


F = ["foodbank_daily.csv"]
SITE = {"northgate church": ["Northgate Church", "Northgate"], "riverside hall": ["Riverside Hall", "Riverside"],
        "elm street depot": ["Elm Street Depot", "Elm Street"], "st brigid's centre": ["St Brigid's Centre", "St Brigid's",
                                                                                      "St Brigids"]}


def sumf(key, pred=lambda r: True):
    return sum(r[key] for r in foodbank() if r[key] is not None and pred(r))


@q(F, "How many households did the food bank help in 2025?", note="sum of households over open rows")
def _():
    return {"number": sumf("hh"), "unit": "households"}


@q(F, "Which site served the most people?", note="sum of people by site")
def _():
    d = defaultdict(float)
    for r in foodbank():
        if r["people"] is not None:
            d[r["site"]] += r["people"]
    k, v = top(d)
    return {"label": SITE[k], "number": v, "unit": "people"}


@q(F, "how many kilos of food went out the door in total",
   note="sum of kg_given_out, numeric only ('not weighed', 'scale broken', blank, n/a left out)")
def _():
    return {"number": sumf("kgout"), "unit": "kg"}


@q(F, "What's the average number of households per session at Riverside Hall?",
   note="mean households over Riverside Hall rows that were open")
def _():
    return {"number": statistics.mean(r["hh"] for r in foodbank() if r["site"] == "riverside hall" and r["hh"] is not None),
            "unit": "households"}


@q(F, "Which month was busiest, going by households served?", note="sum of households by month")
def _():
    d = defaultdict(float)
    for r in foodbank():
        if r["hh"] is not None:
            d[r["d"].month] += r["hh"]
    k, v = top(d)
    return {"label": month_labels(2025, k), "number": v, "unit": "households"}


@q(F, "How many sessions had to be cancelled (site closed)?", note="rows with status Closed")
def _():
    return {"number": float(sum(r["closed"] for r in foodbank())), "unit": "sessions"}


@q(F, "How many days was Elm Street Depot open in Q3?", note="open Elm Street Depot rows dated July-September")
def _():
    return {"number": float(sum(1 for r in foodbank() if r["site"] == "elm street depot" and not r["closed"]
                                and r["d"].month in (7, 8, 9))), "unit": "days"}


@q(F, "Which single session served the most households? Tell me the site and the date.",
   note="the row (one site, one date) with the most households")
def _():
    d = {}
    for r in foodbank():
        if r["hh"] is not None:
            d[(r["site"], r["d"])] = r["hh"]
    (site, day), v = top(d)
    return {"labels": [SITE[site], date_labels(day, "mdy")]}


@q(F, "How heavy is a food parcel on average, in kg?",
   note="sum of kg_given_out / sum of parcels over rows where both are numbers")
def _():
    s = [r for r in foodbank() if r["kgout"] is not None and r["parcels"] is not None]
    return {"number": sum(r["kgout"] for r in s) / sum(r["parcels"] for r in s), "unit": "kg"}


@q(F, "How many volunteer shifts were worked over the year?", note="sum of volunteers (one per person per session)")
def _():
    return {"number": sumf("vols"), "unit": "shifts"}


@q(F, "On how many days did we serve 130 or more households in total across all sites?",
   note="dates whose households summed over sites are >= 130 (whole numbers; 'or more' because some days are "
        "exactly 130)")
def _():
    d = defaultdict(float)
    for r in foodbank():
        if r["hh"] is not None:
            d[r["d"]] += r["hh"]
    assert 130 in d.values()
    return {"number": float(sum(v >= 130 for v in d.values())), "unit": "days"}


@q(F, "What percent of all donated food (by weight) came in during December?",
   note="kg_donated in December / all kg_donated, numeric only, in %")
def _():
    return {"number": pct(sumf("kgin", lambda r: r["d"].month == 12) / sumf("kgin")), "unit": "%"}


@q(F, "Over the year, how many more kilos did we give out than were donated?",
   note="sum of kg_given_out minus sum of kg_donated (each numeric only)")
def _():
    return {"number": positive(sumf("kgout") - sumf("kgin")), "unit": "kg"}


@q(F, "how many people live in an average household we serve?",
   note="sum of people / sum of households over open rows")
def _():
    return {"number": sumf("people") / sumf("hh"), "unit": "people"}


@q(F, "Of the days we open, which weekday sees the fewest households, all sites together?",
   note="sum of households by weekday of date; only weekdays with a session count")
def _():
    d = defaultdict(float)
    for r in foodbank():
        if r["hh"] is not None:
            d[r["d"].weekday()] += r["hh"]
    k, v = top(d, most=False)
    return {"label": day_labels(k)}


@q(F, "How many more households came July to December than January to June?",
   note="households in H2 minus households in H1")
def _():
    return {"number": positive(sumf("hh", lambda r: r["d"].month >= 7) - sumf("hh", lambda r: r["d"].month <= 6)),
            "unit": "households"}


@q(F, "st brigid's - average volunteers per session?", note="mean volunteers over open St Brigid's Centre rows")
def _():
    return {"number": statistics.mean(r["vols"] for r in foodbank() if r["site"] == "st brigid's centre"
                                      and r["vols"] is not None), "unit": "volunteers"}


@q(F, "How many sessions handed out over a tonne of food?",
   note="rows with kg_given_out > 1000 (no row is exactly 1000)")
def _():
    return {"number": float(count_gt([r["kgout"] for r in foodbank() if r["kgout"] is not None], 1000.0)),
            "unit": "sessions"}


@q(F, "Which site handed out the most food by weight?",
   note="sum of kg_given_out by site, numeric only")
def _():
    d = defaultdict(float)
    for r in foodbank():
        if r["kgout"] is not None:
            d[r["site"]] += r["kgout"]
    k, v = top(d)
    return {"label": SITE[k], "number": v, "unit": "kg"}


@q(F, "How many households did Northgate help in March?", note="households at Northgate Church in March 2025")
def _():
    return {"number": sumf("hh", lambda r: r["site"] == "northgate church" and r["d"].month == 3), "unit": "households"}


# ----------------------------------------------------------------------------------------------
# print shop


def prints():
    out = []
    for r in rows("print_jobs.csv"):
        recv = dt.datetime.strptime(r["received"].strip(), "%Y-%m-%dT%H:%M:%S")
        ready = dt.datetime.strptime(r["ready"].strip(), "%Y-%m-%dT%H:%M:%S") if r["ready"].strip() else None
        st = fold(r["status"])
        out.append({"id": r["job_id"].strip(), "recv": recv, "ready": ready, "cust": fold(r["customer_type"]),
                    "prod": fold(r["product"]), "colour": fold(r["colour"]) == "colour", "pages": num(r["pages"]),
                    "copies": int(r["copies"]), "rush": yes(r["rush"]), "price": money(r["price"]), "status": st,
                    "live": st != "cancelled",
                    "hours": (ready - recv).total_seconds() / 3600 if ready else None})
    return out


PJ = ["print_jobs.csv"]
PROD = {"flyers": ["Flyers", "Flyer"], "posters": ["Posters", "Poster"], "business cards": ["Business cards", "Business card"],
        "booklets": ["Booklets", "Booklet"], "banners": ["Banners", "Banner"], "thesis binding": ["Thesis binding"],
        "document copying": ["Document copying"]}


@q(PJ, "How many print jobs came in altogether, cancelled ones included?", note="all rows")
def _():
    return {"number": float(len(prints())), "unit": "jobs"}


@q(PJ, "How much money did collected jobs bring in?", note="sum of price over status Collected")
def _():
    return {"number": sum(r["price"] for r in prints() if r["status"] == "collected"), "unit": "$"}


@q(PJ, "What's the average turnaround in hours for rush jobs?",
   note="mean of ready - received in hours over rush jobs with a ready time (cancelled have none)")
def _():
    return {"number": statistics.mean(r["hours"] for r in prints() if r["rush"] and r["hours"] is not None), "unit": "h"}


@q(PJ, "Which product makes the most money, leaving out cancelled jobs?", note="sum of price by product, not cancelled")
def _():
    d = defaultdict(float)
    for r in prints():
        if r["live"]:
            d[r["prod"]] += r["price"]
    k, v = top(d)
    return {"label": PROD[k], "number": v, "unit": "$"}


@q(PJ, "how many jobs got cancelled", note="rows with status Cancelled")
def _():
    return {"number": float(sum(not r["live"] for r in prints())), "unit": "jobs"}


@q(PJ, "What percentage of jobs were rush jobs?", note="rush yes (Yes/Y/TRUE/1) / all rows, in %")
def _():
    p = prints()
    return {"number": pct(sum(r["rush"] for r in p) / len(p)), "unit": "%"}


@q(PJ, "What does a student job cost on average? Skip the cancelled ones.",
   note="mean price over Student jobs not cancelled")
def _():
    return {"number": statistics.mean(r["price"] for r in prints() if r["cust"] == "student" and r["live"]), "unit": "$"}


@q(PJ, "How long is the average thesis we bind, in pages?",
   note="mean of numeric pages over Thesis binding jobs not cancelled (see file / tbc / ? / varies left out)")
def _():
    return {"number": statistics.mean(r["pages"] for r in prints() if r["prod"] == "thesis binding" and r["live"]
                                      and r["pages"] is not None), "unit": "pages"}


@q(PJ, "Which month had the most jobs come in?", note="rows by month of received (all rows)")
def _():
    d = defaultdict(int)
    for r in prints():
        d[r["recv"].month] += 1
    k, v = top(d)
    return {"label": month_labels(2025, k), "number": float(v), "unit": "jobs"}


@q(PJ, "What time of day do most jobs arrive? Give me the hour.", note="rows by hour of received")
def _():
    d = defaultdict(int)
    for r in prints():
        d[r["recv"].hour] += 1
    k, v = top(d)
    return {"label": hour_labels(k)}


@q(PJ, "How many business customers' jobs were priced over $500?",
   note="Business rows with price > 500 (no price is exactly 500); leaving out cancelled jobs gives the same count")
def _():
    p = prints()
    n = count_gt([r["price"] for r in p if r["cust"] == "business"], 500.0)
    same(float(n), float(count_gt([r["price"] for r in p if r["cust"] == "business" and r["live"]], 500.0)))
    return {"number": float(n), "unit": "jobs"}


@q(PJ, "Median price of a poster job?", note="median price over Posters jobs not cancelled")
def _():
    return {"number": statistics.median(r["price"] for r in prints() if r["prod"] == "posters" and r["live"]), "unit": "$"}


@q(PJ, "What share of our revenue comes from colour printing?",
   note="price of colour jobs / price of all jobs, not cancelled, in %")
def _():
    p = [r for r in prints() if r["live"]]
    return {"number": pct(sum(r["price"] for r in p if r["colour"]) / sum(r["price"] for r in p)), "unit": "%"}


@q(PJ, "How many jobs are sitting ready but haven't been picked up?", note="rows with status Ready")
def _():
    return {"number": float(sum(r["status"] == "ready" for r in prints())), "unit": "jobs"}


@q(PJ, "How many copies does a typical flyer order run to, on average? Don't count cancelled jobs.", note="mean copies over Flyers jobs, not cancelled")
def _():
    return {"number": statistics.mean(r["copies"] for r in prints() if r["prod"] == "flyers" and r["live"]), "unit": "copies"}


@q(PJ, "We open Monday to Saturday - which of those days is quietest for new jobs?", note="rows by weekday of received (closed Sundays, so Sunday has none)")
def _():
    d = defaultdict(int)
    for r in prints():
        d[r["recv"].weekday()] += 1
    assert 6 not in d
    k, v = top(d, most=False)
    return {"label": day_labels(k)}


@q(PJ, "How much did walk-in customers pay us in Q2? Leave out cancelled jobs.",
   note="sum of price over Walk-in jobs received April-June, not cancelled")
def _():
    return {"number": sum(r["price"] for r in prints() if r["cust"] == "walk-in" and r["live"]
                          and r["recv"].month in (4, 5, 6)), "unit": "$"}


@q(PJ, "What was the single most expensive job? I need the job number.", note="the row with the largest price")
def _():
    p = sorted(prints(), key=lambda r: -r["price"])
    assert p[0]["price"] > p[1]["price"] * 1.02
    return {"label": [p[0]["id"]]}


@q(PJ, "How many jobs took longer than two days to be ready?",
   note="jobs with ready - received > 48 hours (none exactly 48)")
def _():
    return {"number": float(count_gt([r["hours"] for r in prints() if r["hours"] is not None], 48.0)), "unit": "jobs"}


@q(PJ, "how much more revenue did we get from jobs received in May than in February (excluding cancelled)",
   note="price of jobs received in May minus February, not cancelled")
def _():
    p = [r for r in prints() if r["live"]]
    return {"number": positive(sum(r["price"] for r in p if r["recv"].month == 5)
                               - sum(r["price"] for r in p if r["recv"].month == 2)), "unit": "$"}


@q(PJ, "What fraction of booklet jobs were rushed?", note="rush Booklets rows / all Booklets rows, in %")
def _():
    p = [r for r in prints() if r["prod"] == "booklets"]
    return {"number": pct(sum(r["rush"] for r in p) / len(p)), "unit": "%"}


# ----------------------------------------------------------------------------------------------
# car wash


def washes():
    out = []
    for r in rows("carwash.csv"):
        t = dt.datetime.strptime(r["date_time"].strip(), "%d/%m/%Y %H:%M")
        out.append({"id": r["txn_id"].strip(), "t": t, "bay": fold(r["bay"]), "pkg": fold(r["package"]),
                    "veh": fold(r["vehicle"]), "amt": money(r["amount"]), "pay": fold(r["payment"]),
                    "kind": fold(r["kind"])})
    return out


C = ["carwash.csv"]
PKG = {"basic": ["Basic"], "deluxe": ["Deluxe"], "ultimate": ["Ultimate"], "interior valet": ["Interior Valet"]}


def W():
    return [r for r in washes() if r["kind"] == "wash"]


@q(C, "What did the car wash take in total, after refunds and re-wash credits?", note="sum of amount over all rows")
def _():
    return {"number": sum(r["amt"] for r in washes()), "unit": "£"}


@q(C, "How much was given back as refunds? Not the re-wash credits, just refunds.",
   note="minus the sum of amount on Refund rows")
def _():
    return {"number": -sum(r["amt"] for r in washes() if r["kind"] == "refund"), "unit": "£"}


@q(C, "how many washes did we do altogether", note="rows of kind Wash (every vehicle type)")
def _():
    return {"number": float(len(W())), "unit": "washes"}


@q(C, "Which wash package do customers choose most often?", note="Wash rows by package")
def _():
    d = defaultdict(int)
    for r in W():
        d[r["pkg"]] += 1
    k, v = top(d)
    return {"label": PKG[k], "number": float(v), "unit": "washes"}


@q(C, "Which package brings in the most money after refunds?", note="sum of amount by package, all rows")
def _():
    d = defaultdict(float)
    for r in washes():
        d[r["pkg"]] += r["amt"]
    k, v = top(d)
    return {"label": PKG[k], "number": v, "unit": "£"}


@q(C, "How many membership washes were there in June?", note="Wash rows paid by Membership in June 2025")
def _():
    return {"number": float(sum(r["pay"] == "membership" and r["t"].month == 6 for r in W())), "unit": "washes"}


@q(C, "What's the average price of a paid wash (members' free washes don't count)?",
   note="mean amount over Wash rows not paid by Membership (refunds not subtracted)")
def _():
    return {"number": statistics.mean(r["amt"] for r in W() if r["pay"] != "membership"), "unit": "£"}


@q(C, "which day of the week is busiest for washes", note="Wash rows by weekday")
def _():
    d = defaultdict(int)
    for r in W():
        d[r["t"].weekday()] += 1
    k, v = top(d)
    return {"label": day_labels(k)}


@q(C, "What hour of the day is busiest for washes?", note="Wash rows by hour of date_time")
def _():
    d = defaultdict(int)
    for r in W():
        d[r["t"].hour] += 1
    k, v = top(d)
    return {"label": hour_labels(k)}


@q(C, "Which month brought in the most money, net?", note="sum of amount by month, all rows")
def _():
    d = defaultdict(float)
    for r in washes():
        d[r["t"].month] += r["amt"]
    k, v = top(d)
    return {"label": month_labels(2025, k), "number": v, "unit": "£"}


@q(C, "What percent of the vehicles we wash are SUVs?", note="Wash rows with vehicle SUV / Wash rows, in %")
def _():
    w = W()
    return {"number": pct(sum(r["veh"] == "suv" for r in w) / len(w)), "unit": "%"}


@q(C, "How many washes did the touchless bay do in July?", note="Wash rows, bay Touchless, July 2025")
def _():
    return {"number": float(sum(r["bay"] == "touchless" and r["t"].month == 7 for r in W())), "unit": "washes"}


@q(C, "What was the busiest single day for washes?", note="Wash rows by date (day-first), the largest")
def _():
    d = defaultdict(int)
    for r in W():
        d[r["t"].date()] += 1
    k, v = top(d)
    return {"label": date_labels(k, "dmy"), "number": float(v), "unit": "washes"}


@q(C, "On average how many washes do we do a day?",
   note="Wash rows / distinct dates with a wash (every day from 1 March to 31 August has one)")
def _():
    w = W()
    ds = {r["t"].date() for r in w}
    assert len(ds) == (dt.date(2025, 8, 31) - dt.date(2025, 3, 1)).days + 1
    return {"number": len(w) / len(ds), "unit": "washes"}


@q(C, "How much have re-wash credits cost us?", note="minus the sum of amount on Re-wash credit rows")
def _():
    return {"number": -sum(r["amt"] for r in washes() if r["kind"] == "re-wash credit"), "unit": "£"}


@q(C, "What share of wash sales (before any refunds) was paid by card?",
   note="amount of Wash rows paid by Card / amount of all Wash rows, in %")
def _():
    w = W()
    return {"number": pct(sum(r["amt"] for r in w if r["pay"] == "card") / sum(r["amt"] for r in w)), "unit": "%"}


@q(C, "How many more washes did we do in May than in April?", note="Wash rows in May minus April")
def _():
    w = W()
    return {"number": float(positive(sum(r["t"].month == 5 for r in w) - sum(r["t"].month == 4 for r in w))),
            "unit": "washes"}


@q(C, "how many vans came through in august", note="Wash rows with vehicle Van in August 2025")
def _():
    return {"number": float(sum(r["veh"] == "van" and r["t"].month == 8 for r in W())), "unit": "vans"}


@q(C, "How much did the Interior Valet make after refunds and credits?", note="sum of amount, package Interior Valet")
def _():
    return {"number": sum(r["amt"] for r in washes() if r["pkg"] == "interior valet"), "unit": "£"}


@q(C, "How many transactions were refunds or re-wash credits?", note="rows of kind Refund or Re-wash credit")
def _():
    return {"number": float(sum(r["kind"] != "wash" for r in washes())), "unit": "transactions"}


@q(C, "In June, what was our net takings per wash?", note="sum of amount in June (all rows) / Wash rows in June")
def _():
    return {"number": sum(r["amt"] for r in washes() if r["t"].month == 6) / sum(r["t"].month == 6 for r in W()),
            "unit": "£"}


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
    failed = 0
    for i, qd in enumerate(QUESTIONS, 1):
        try:
            truth = clean(qd["fn"]())
        except AssertionError as e:
            if "--print" not in sys.argv:
                raise
            failed += 1
            print(f"s10-{i:03d}  {qd['question']}\n        GUARD FAILED: {e}")
            continue
        out.append({"id": f"s10-{i:03d}", "dataset": qd["dataset"], "question": qd["question"], "truth": truth,
                    "note": qd["note"]})
        print(f"s10-{i:03d}  {qd['question']}\n        {json.dumps(truth, ensure_ascii=False)}")
    if "--print" not in sys.argv:
        (HERE / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = defaultdict(int)
    for o in out:
        counts["+".join(o["dataset"])] += 1
    print(f"{len(out)} questions: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + (f"; {failed} guards failed" if failed else ""))


if __name__ == "__main__":
    main()
