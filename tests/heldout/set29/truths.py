#!/usr/bin/env python3
"""Computes every truth of held-out set 29 from the committed CSVs and writes questions.json.

    python3 truths.py            # writes questions.json
    python3 truths.py --print    # only prints
    python3 truths.py --debug    # also prints the ranking behind every "which"

Reading rules (each question's note repeats the one it uses):
- Money: currency sign and thousands separators stripped, leading minus negative; a value that is not a number
  (tbc, quote, n/a, blank) is left out of sums and averages, never counted as 0.
- Categories, items, boats, towns, pests and statuses are folded: trimmed, inner spaces collapsed, case ignored
  (and "Arm Chair" = armchair, "Head board" = headboard, "Rat" = rats, "Wasp nest" = wasps, "Bedbugs" = bed bugs).
- Yes/no: yes / y / true / 1 are yes; no / n / false / 0 / blank are no.
- Upholstery: a job belongs to its Received date (except "finished in ...", by Completed date); completed =
  Completed / Done; cancelled = status starting "cancel"; open = In progress / Awaiting fabric; the fabric list
  is joined on the integer value of the code.
- Studio: rows with anything in Note (VOID / void / Void - duplicate) never count; income = positive amounts,
  spending = negative amounts reported as a positive figure.
- Fishing: a row is a boat-day; out = status Fished; other rows carry no figures.
- Pest: a job belongs to its Reported date; treated = Treated; cancelled = status starting "cancel"; wait =
  Attended - Reported in hours.
- Sleep: a row is a night; lights out before noon is after midnight (next calendar day); time in bed = Got Up -
  Lights Out; time asleep = time in bed - Minutes Awake.
"""

import csv
import json
import re
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
DEBUG = "--debug" in sys.argv
QS = []


def load(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fold(s):
    return re.sub(r"\s+", " ", (s or "").strip()).lower()


def num(s):
    t = (s or "").strip().replace(",", "").replace("£", "").replace("$", "").replace("€", "")
    neg = t.startswith("-")
    t = t.lstrip("-")
    try:
        v = float(t)
    except ValueError:
        return None
    return -v if neg else v


def yes(s):
    return fold(s) in ("yes", "y", "true", "1")


def r6(x):
    x = round(x, 6)
    return int(x) if x == int(x) else x


def q(dataset, note, question, truth):
    QS.append({"dataset": dataset, "id": f"s29-{len(QS) + 1:03d}", "note": note, "question": question, "truth": truth})


class GuardError(Exception):
    pass


def ranked(d, what):
    items = sorted(d.items(), key=lambda kv: -kv[1])
    if DEBUG:
        print(f"  [{what}]", [(k, round(v, 2)) for k, v in items])
    return items


def top(d, what, second=False):
    it = ranked(d, what)
    if not it[0][1] > it[1][1] * 1.05 and not (it[1][1] < 0 and it[0][1] > it[1][1] + abs(it[1][1]) * 0.05):
        raise GuardError(f"near tie: {what} {it[:3]}")
    if second and not it[1][1] > it[2][1] * 1.05:
        raise GuardError(f"near tie for second: {what} {it[:3]}")
    return it


def bottom(d, what):
    it = sorted(d.items(), key=lambda kv: kv[1])
    if DEBUG:
        print(f"  [{what}]", [(k, round(v, 2)) for k, v in it])
    if not it[0][1] < it[1][1] - abs(it[1][1]) * 0.05:
        raise GuardError(f"near tie (bottom): {what} {it[:3]}")
    return it


def positive(x, what):
    if not x > 0:
        raise GuardError(f"not positive: {what} {x}")
    return x


def away(values, threshold, margin, what):
    for v in values:
        if abs(v - threshold) <= margin:
            raise GuardError(f"value {v} within {margin} of threshold {threshold}: {what}")


def pct(a, b):
    return 100.0 * a / b


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def month_label(y, m):
    return [f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {y}", f"{y}-{m:02d}"]


# ------------------------------------------------------------------------------------------------
# 1. upholstery


def upholstery():
    D = ["upholstery_jobs.csv"]
    DJ = ["upholstery_jobs.csv", "upholstery_fabrics.csv"]
    jobs = load("upholstery_jobs.csv")
    fabs = {int(r["Fabric Code"]): r for r in load("upholstery_fabrics.csv")}
    item_fold = {"arm chair": "armchair", "head board": "headboard"}
    for r in jobs:
        r["rec"] = datetime.strptime(r["Received"], "%d/%m/%Y").date()
        r["comp"] = datetime.strptime(r["Completed"], "%d/%m/%Y").date() if r["Completed"].strip() else None
        st = fold(r["Status"])
        r["st"] = "completed" if st in ("completed", "done") else "cancelled" if st.startswith("cancel") else \
            "open" if st in ("in progress", "awaiting fabric") else "?"
        assert r["st"] != "?", st
        r["price"] = num(r["Price"])
        r["hours"] = num(r["Labour Hours"])
        r["item"] = item_fold.get(fold(r["Item"]), fold(r["Item"]))
        r["trade"] = fold(r["Customer"]) == "trade"
        f = fabs[int(r["Fabric Code"])]
        r["fabric"] = f["Fabric"]
        r["ftype"] = fold(f["Type"])
        r["metres"] = float(r["Metres"])
    done = [r for r in jobs if r["st"] == "completed"]
    names = {"armchair": "Armchair", "sofa (2 seat)": "Sofa (2 seat)", "sofa (3 seat)": "Sofa (3 seat)",
             "dining chair": "Dining Chair", "footstool": "Footstool", "headboard": "Headboard",
             "window seat cushion": "Window Seat Cushion", "chaise longue": "Chaise Longue"}

    def lab(k):
        return [names.get(k, k), k]

    n = sum(1 for r in jobs if r["rec"].year == 2024)
    q(D, "count of rows with Received in 2024, any status", "How many upholstery jobs came in during 2024?",
      {"number": n, "unit": "jobs"})
    v = sum(r["price"] for r in done if r["comp"].year == 2025 and r["price"] is not None)
    q(D, "completed jobs with a Completed date in 2025, sum of numeric prices",
      "How much did the jobs we finished in 2025 bring in?", {"number": r6(v), "unit": "£"})
    a = [r["price"] for r in done if r["item"] == "armchair" and r["price"] is not None]
    q(D, "completed armchair jobs (Armchair / armchair / Arm Chair), mean price",
      "What's the average price of an armchair we've finished?", {"number": r6(sum(a) / len(a)), "unit": "£"})
    n = sum(1 for r in jobs if r["st"] == "cancelled")
    q(D, "status starting cancel, any case", "How many jobs were cancelled?", {"number": n, "unit": "jobs"})
    n = sum(1 for r in jobs if r["trade"])
    q(D, "Customer folded = trade, share of all jobs", "What percentage of our jobs come from trade customers?",
      {"number": r6(pct(n, len(jobs))), "unit": "%"})
    t = defaultdict(float)
    for r in done:
        if r["price"] is not None:
            t[r["item"]] += r["price"]
    it = top(t, "item takings", second=True)
    q(D, "completed jobs, sum of price by folded item; top and runner-up",
      "Which kind of item earns us the most, and which is second?",
      {"label": lab(it[0][0]), "labels": [lab(it[1][0])]})
    ds = [(r["comp"] - r["rec"]).days for r in done]
    q(D, "completed jobs, mean of Completed - Received in days",
      "On average, how many days does a job take from coming in to being finished?",
      {"number": r6(sum(ds) / len(ds)), "unit": "days"})
    q(D, "completed jobs, max of Completed - Received in days", "What's the longest a job has taken us, in days?",
      {"number": max(ds), "unit": "days"})
    n = sum(1 for r in jobs if r["st"] == "open")
    q(D, "status In progress / Awaiting fabric (any case)", "How many jobs are still on the go (not finished or cancelled)?",
      {"number": n, "unit": "jobs"})
    n = sum(1 for r in jobs if r["price"] is None)
    q(D, "Price not a number (tbc / TBC / quote)", "How many jobs don't have a proper price yet?",
      {"number": n, "unit": "jobs"})
    h = sum(r["hours"] for r in done if r["rec"].year == 2024 and r["hours"] is not None)
    q(D, "completed jobs received in 2024, sum of Labour Hours (blanks left out)",
      "How many labour hours went into the completed jobs that came in during 2024?", {"number": r6(h), "unit": "hours"})
    both = [r for r in done if r["price"] is not None and r["hours"] is not None]
    v = sum(r["price"] for r in both) / sum(r["hours"] for r in both)
    q(D, "completed jobs with both price and hours: sum price / sum hours",
      "Across finished jobs, how much do we take per hour of labour?", {"number": r6(v), "unit": "£/hour"})
    ps = [r["price"] for r in done if r["price"] is not None]
    away(ps, 1500, 3, "price 1500")
    n = sum(1 for p in ps if p > 1500)
    q(D, "completed jobs with price > £1,500", "How many finished jobs were priced over £1,500?",
      {"number": n, "unit": "jobs"})
    c = defaultdict(int)
    for r in jobs:
        if r["rec"].year == 2024:
            c[r["rec"].month] += 1
    it = top(c, "jobs per month 2024")
    q(D, "count of rows by Received month in 2024", "Which month of 2024 did we take in the most jobs?",
      {"label": month_label(2024, it[0][0])[:2] + [MONTHS[it[0][0] - 1]]})
    a = [r["price"] for r in done if r["price"] is not None and r["rec"].year == 2025]
    b = [r["price"] for r in done if r["price"] is not None and r["rec"].year == 2024]
    q(D, "completed jobs, mean price of jobs received in 2025 minus mean of those received in 2024",
      "How much higher is the average price of a finished job that came in during 2025 than one that came in during 2024?",
      {"number": r6(positive(sum(a) / len(a) - sum(b) / len(b), "avg price")), "unit": "£"})
    n = sum(int(r["Qty"]) for r in done if r["item"] == "dining chair")
    q(D, "completed dining chair jobs, sum of Qty", "How many dining chairs have we reupholstered in total (finished jobs)?",
      {"number": n, "unit": "chairs"})
    g = {}
    for k in names:
        a = sum(r["price"] for r in done if r["item"] == k and r["price"] is not None and r["rec"].year == 2025 and r["rec"].month <= 9)
        b = sum(r["price"] for r in done if r["item"] == k and r["price"] is not None and r["rec"].year == 2024 and r["rec"].month <= 9)
        g[k] = a - b
    it = top(g, "item growth")
    q(D, "completed jobs received Jan-Sep, sum of price per item, 2025 minus 2024; the largest rise and its size",
      "Comparing January-September 2025 with the same period in 2024, which item's takings grew the most, and by how much?",
      {"label": lab(it[0][0]), "number": r6(positive(it[0][1], "growth")), "unit": "£"})
    # through the fabric list
    m = defaultdict(float)
    for r in done:
        m[r["ftype"]] += r["metres"]
    it = top(m, "metres by fabric type")
    q(DJ, "completed jobs joined to the fabric list on code; sum of Metres by folded Type; the top",
      "Which type of fabric do we get through the most metres of?",
      {"label": [it[0][0].title(), it[0][0]]})
    v = sum(r["price"] for r in done if r["ftype"] == "velvet" and r["price"] is not None)
    q(DJ, "completed jobs whose fabric Type folds to velvet, sum of price",
      "How much have we taken on jobs done in velvet?", {"number": r6(v), "unit": "£"})
    c = defaultdict(int)
    for r in jobs:
        c[r["fabric"]] += 1
    it = top(c, "jobs per fabric")
    q(DJ, "all jobs, count by fabric name from the lookup", "Which fabric is the most popular with customers?",
      {"label": [it[0][0]]})
    v = sum(r["metres"] for r in done if r["ftype"] == "leather" and r["rec"].year == 2025)
    q(DJ, "completed jobs received in 2025 with a leather fabric, sum of Metres",
      "How many metres of leather did we use on 2025 jobs that are finished?", {"number": r6(v), "unit": "m"})
    t = defaultdict(float)
    for r in done:
        if r["price"] is not None:
            t[r["fabric"]] += r["price"]
    it = ranked(t, "takings per fabric")
    if not it[2][1] > it[3][1] * 1.05:
        raise GuardError(f"top3 fabrics {it[:4]}")
    q(DJ, "completed jobs, sum of price by fabric name; the top three",
      "What are our three best-earning fabrics?", {"labels": [[it[0][0]], [it[1][0]], [it[2][0]]]})
    fl = load("upholstery_fabrics.csv")
    p = {r["Fabric"]: num(r["Price per metre"]) for r in fl}
    it = top(p, "dearest fabric")
    q(["upholstery_fabrics.csv"], "fabric list, highest Price per metre", "Which is our most expensive fabric per metre?",
      {"label": [it[0][0]]})


# ------------------------------------------------------------------------------------------------
# 2. studio ledger


def studio():
    D = ["studio_ledger.csv"]
    rows = [r for r in load("studio_ledger.csv") if not r["Note"].strip()]
    allrows = load("studio_ledger.csv")
    for r in rows:
        r["d"] = datetime.strptime(r["Date"], "%d %b %Y").date()
        r["a"] = num(r["Amount"])
        r["c"] = fold(r["Category"])
    names = {"recording session": "Recording Session", "mixing": "Mixing", "mastering": "Mastering",
             "rehearsal room": "Rehearsal Room", "gear": "Gear", "engineer fees": "Engineer Fees", "rent": "Rent",
             "software": "Software", "utilities": "Utilities", "refund": "Refund"}

    def lab(k):
        return [names[k], k]

    def inc(f):
        return sum(r["a"] for r in rows if r["a"] > 0 and f(r))

    def out(f):
        return -sum(r["a"] for r in rows if r["a"] < 0 and f(r))

    v = inc(lambda r: r["d"].year == 2024)
    q(D, "non-void rows, 2024, sum of positive amounts", "How much money came in to the studio in 2024, before any costs or refunds?",
      {"number": r6(v), "unit": "£"})
    v = out(lambda r: r["d"].year == 2025)
    q(D, "non-void rows, 2025 (to September), sum of negative amounts as a positive figure",
      "How much money has gone out of the business so far in 2025?", {"number": r6(v), "unit": "£"})
    v = sum(r["a"] for r in rows if r["d"].year == 2024)
    q(D, "non-void rows, 2024, sum of all signed amounts", "What was our profit for 2024 (money in minus money out)?",
      {"number": r6(positive(v, "profit")), "unit": "£"})
    n = sum(1 for r in allrows if r["Note"].strip())
    q(D, "rows with VOID / void / Void - duplicate in Note", "How many entries in the ledger are voided?",
      {"number": n, "unit": "rows"})
    rf = [r["a"] for r in rows if r["c"] == "refund"]
    q(D, "non-void rows with category Refund: count and total as a positive figure",
      "How many refunds have we given, and how much did they come to in total?",
      {"numbers": [len(rf), r6(-sum(rf))], "unit": ""})
    neg = sorted((r for r in rows if r["a"] < 0), key=lambda r: r["a"])
    if not -neg[0]["a"] > -neg[1]["a"] * 1.05:
        raise GuardError("biggest expense")
    q(D, "non-void rows, most negative amount: its description and size",
      "What was the single biggest thing we paid for, and how much was it?",
      {"label": [neg[0]["Description"]], "number": r6(-neg[0]["a"]), "unit": "£"})
    t = defaultdict(float)
    for r in rows:
        if r["a"] > 0 and r["d"].year == 2025:
            t[r["c"]] += r["a"]
    it = top(t, "income by category 2025", second=True)
    q(D, "non-void positive rows in 2025, sum by folded category; top and second",
      "Where did most of our 2025 income come from, and what was the second biggest source?",
      {"label": lab(it[0][0]), "labels": [lab(it[1][0])]})
    a = inc(lambda r: r["c"] == "mixing" and r["d"].year == 2025 and r["d"].month <= 9)
    b = inc(lambda r: r["c"] == "mixing" and r["d"].year == 2024 and r["d"].month <= 9)
    q(D, "mixing income Jan-Sep 2025 vs Jan-Sep 2024, percentage change",
      "By what percentage did mixing income go up in January-September 2025 compared with the same months of 2024?",
      {"number": r6(positive(pct(a - b, b), "mix growth")), "unit": "%"})
    g = {}
    for k in ("recording session", "mixing", "mastering", "rehearsal room"):
        g[k] = inc(lambda r: r["c"] == k and r["d"].year == 2025 and r["d"].month <= 9) - \
            inc(lambda r: r["c"] == k and r["d"].year == 2024 and r["d"].month <= 9)
    it = top(g, "income growth by stream")
    q(D, "income categories, Jan-Sep 2025 minus Jan-Sep 2024; the largest rise and its size in pounds",
      "Which income stream grew the most between the first nine months of 2024 and the first nine months of 2025, and by how much?",
      {"label": lab(it[0][0]), "number": r6(positive(it[0][1], "g")), "unit": "£"})
    a = [r["a"] for r in rows if r["c"] == "recording session" and r["a"] > 0]
    q(D, "non-void Recording Session rows (any spelling), mean amount",
      "What do we charge for a recording session on average?", {"number": r6(sum(a) / len(a)), "unit": "£"})
    v = out(lambda r: r["c"] == "rent" and r["d"].year == 2024)
    q(D, "category Rent, 2024, as a positive figure", "How much rent did we pay in 2024?", {"number": r6(v), "unit": "£"})
    v = inc(lambda r: r["d"].year == 2024 and r["d"].month == 11)
    q(D, "non-void positive amounts dated November 2024", "How much money came in during November 2024?",
      {"number": r6(v), "unit": "£"})
    t = defaultdict(float)
    for r in rows:
        if r["d"].year == 2025:
            t[r["d"].month] += r["a"]
    it = bottom(t, "net by month 2025")
    q(D, "non-void signed amounts by month of 2025 (Jan-Sep); the lowest net",
      "Which month this year (2025) was our worst for net profit?",
      {"label": month_label(2025, it[0][0])[:2] + [MONTHS[it[0][0] - 1]]})
    a = inc(lambda r: r["c"] == "mastering" and r["d"].year == 2024)
    b = inc(lambda r: r["d"].year == 2024)
    q(D, "mastering income / all income, 2024, non-void", "What share of 2024's income came from mastering?",
      {"number": r6(pct(a, b)), "unit": "%"})
    n = sum(1 for r in rows if r["c"] == "recording session" and r["d"].year == 2025 and r["d"].month == 7)
    q(D, "non-void Recording Session rows dated July 2025", "How many recording sessions did we have in July 2025?",
      {"number": n, "unit": "sessions"})
    v = out(lambda r: r["c"] == "gear" and r["d"].year == 2024)
    q(D, "category Gear (any case), 2024, as a positive figure", "What did we spend on gear in 2024?",
      {"number": r6(v), "unit": "£"})
    u = [-r["a"] for r in rows if r["c"] == "utilities"]
    q(D, "category Utilities, mean of the (monthly) payments as positive figures",
      "What's our average electricity bill?", {"number": r6(sum(u) / len(u)), "unit": "£"})
    mi = defaultdict(float)
    for r in rows:
        if r["a"] > 0:
            mi[(r["d"].year, r["d"].month)] += r["a"]
    away(mi.values(), 5000, 50, "month income 5000")
    n = sum(1 for v in mi.values() if v > 5000)
    q(D, "non-void positive amounts per calendar month, Jan 2024 - Sep 2025; months over £5,000",
      "In how many months did we take more than £5,000?", {"number": n, "unit": "months"})
    v = inc(lambda r: r["c"] == "rehearsal room")
    q(D, "category Rehearsal Room, all non-void rows", "How much has rehearsal room hire brought in altogether?",
      {"number": r6(v), "unit": "£"})
    a = out(lambda r: r["c"] == "engineer fees" and r["d"].year == 2025)
    b = inc(lambda r: r["c"] == "recording session" and r["d"].year == 2025)
    q(D, "2025: engineer fees (positive) / recording session income",
      "In 2025, how much were freelance engineer fees as a percentage of recording session income?",
      {"number": r6(pct(a, b)), "unit": "%"})
    a = sum(r["a"] for r in rows if r["d"].year == 2025 and 4 <= r["d"].month <= 6)
    b = sum(r["a"] for r in rows if r["d"].year == 2024 and 4 <= r["d"].month <= 6)
    q(D, "net (signed sum) April-June 2025 minus April-June 2024",
      "How much better was our net result for April to June 2025 than April to June 2024?",
      {"number": r6(positive(a - b, "q2")), "unit": "£"})


# ------------------------------------------------------------------------------------------------
# 3. fishing boats


def fishing():
    D = ["fishing_boats_daily.csv"]
    rows = load("fishing_boats_daily.csv")
    for r in rows:
        m, d, y = r["Date"].split("/")
        r["d"] = date(int(y), int(m), int(d))
        r["boat"] = fold(r["Boat"])
        r["st"] = fold(r["Status"])
        r["kg"] = num(r["Catch kg"])
        r["val"] = num(r["Sale Value"])
        r["h"] = num(r["Hours at Sea"])
        r["fuel"] = num(r["Fuel L"])
        r["crates"] = num(r["Crates"])
    out = [r for r in rows if r["st"] == "fished"]
    names = {"morning star": "Morning Star", "sea lark": "Sea Lark", "kittiwake": "Kittiwake", "blue heron": "Blue Heron"}

    def lab(k):
        return [names[k], k]

    v = sum(r["kg"] for r in out if r["d"].year == 2024 and r["kg"] is not None)
    q(D, "fished rows in 2024, sum of Catch kg (n/a / not weighed / blank left out)",
      "How many kilos of fish did we land in 2024, all boats together?", {"number": r6(v), "unit": "kg"})
    v = sum(r["val"] for r in out if r["d"].year == 2025)
    q(D, "fished rows in 2025 (January-April), sum of Sale Value", "What have our catches sold for so far in 2025?",
      {"number": r6(v), "unit": "$"})
    n = len({r["d"] for r in rows if r["st"] == "weather"})
    q(D, "distinct dates with a Weather status (the weather stops every boat the same day)",
      "On how many days were we kept in port by the weather?", {"number": n, "unit": "days"})
    t = defaultdict(float)
    for r in out:
        if r["d"].year == 2024 and r["kg"] is not None:
            t[r["boat"]] += r["kg"]
    it = top(t, "catch by boat 2024", second=True)
    q(D, "fished rows in 2024, sum of kg by folded boat; top and second",
      "Which boat caught the most in 2024, and which was second?", {"label": lab(it[0][0]), "labels": [lab(it[1][0])]})
    b = [r for r in out if r["d"].year == 2025 and r["kg"] is not None]
    v = sum(r["val"] for r in b) / sum(r["kg"] for r in b)
    q(D, "fished rows in 2025 with a weight: sum of value / sum of kg", "What price per kilo are we getting in 2025?",
      {"number": r6(v), "unit": "$/kg"})
    v = sum(r["fuel"] for r in out) / sum(r["h"] for r in out)
    q(D, "all fished rows: sum of Fuel L / sum of Hours at Sea", "How many litres of fuel do we burn per hour at sea?",
      {"number": r6(v), "unit": "L/hour"})
    a = [r["kg"] for r in out if r["boat"] == "sea lark" and r["d"].year == 2024 and r["kg"] is not None]
    q(D, "Sea Lark fished rows in 2024 with a weight, mean kg", "What did Sea Lark land on an average trip in 2024?",
      {"number": r6(sum(a) / len(a)), "unit": "kg"})

    def kg(boat, y, m1, m2):
        return sum(r["kg"] for r in out if r["boat"] == boat and r["d"].year == y and m1 <= r["d"].month <= m2
                   and r["kg"] is not None)
    a, b = kg("sea lark", 2025, 1, 4), kg("sea lark", 2024, 1, 4)
    q(D, "Sea Lark kg January-April 2025 vs January-April 2024, fall as a positive percentage",
      "By what percentage was Sea Lark's catch down in January-April 2025 compared with January-April 2024?",
      {"number": r6(positive(pct(b - a, b), "sea lark fall")), "unit": "%"})
    g = {k: kg(k, 2025, 1, 4) - kg(k, 2024, 1, 4) for k in ("morning star", "sea lark", "kittiwake")}
    it = top(g, "catch growth Jan-Apr")
    q(D, "Morning Star, Sea Lark, Kittiwake: kg Jan-Apr 2025 minus Jan-Apr 2024; the largest rise and its size",
      "Of Morning Star, Sea Lark and Kittiwake, whose catch went up the most from January-April 2024 to January-April 2025, and by how many kilos?",
      {"label": lab(it[0][0]), "number": r6(positive(it[0][1], "g")), "unit": "kg"})
    first = min(r["d"] for r in out if r["boat"] == "blue heron")
    q(D, "earliest date with a Fished row for Blue Heron", "When did Blue Heron first go out fishing?",
      {"label": [f"{first.day} {MONTHS[first.month - 1]} {first.year}", f"{MONTHS[first.month - 1]} {first.day}, {first.year}",
                 first.isoformat(), f"{first.month}/{first.day}/{first.year}", f"{first.day} {MONTHS[first.month - 1][:3]} {first.year}"]})
    t = defaultdict(float)
    for r in out:
        if r["d"].year == 2024:
            t[r["d"].month] += r["val"]
    it = top(t, "value by month 2024")
    q(D, "fished rows in 2024, sum of Sale Value by month; the highest", "Which was our best month of 2024 for sales?",
      {"label": month_label(2024, it[0][0])[:2] + [MONTHS[it[0][0] - 1]]})
    ks = [r["kg"] for r in out if r["kg"] is not None]
    away(ks, 300, 1, "300 kg")
    n = sum(1 for k in ks if k > 300)
    q(D, "fished rows with Catch kg > 300", "How many times did a boat bring in more than 300 kg in a day?",
      {"number": n, "unit": "boat-days"})
    b = sorted((r for r in out if r["kg"] is not None), key=lambda r: -r["kg"])
    if not b[0]["kg"] > b[1]["kg"] * 1.02:
        raise GuardError("biggest day")
    q(D, "fished row with the largest Catch kg: its boat and weight",
      "What was the biggest single day's catch, and which boat landed it?",
      {"label": lab(b[0]["boat"]), "number": r6(b[0]["kg"]), "unit": "kg"})
    n = sum(1 for r in out if r["kg"] is None)
    q(D, "fished rows whose Catch kg is n/a / not weighed / blank", "How many fishing trips have no catch weight written down?",
      {"number": n, "unit": "trips"})
    v = sum(r["crates"] for r in out if r["d"].year == 2024 and r["Port"].strip() == "Cove Landing")
    q(D, "fished rows at Cove Landing in 2024, sum of Crates", "How many crates were landed at Cove Landing in 2024?",
      {"number": r6(v), "unit": "crates"})
    v = sum(r["val"] for r in out if r["d"].year == 2025 and r["Port"].strip() == "Harbor Point")
    q(D, "fished rows at Harbor Point in 2025 (January-April), sum of Sale Value",
      "How much have the Harbor Point boats sold this year (2025)?", {"number": r6(v), "unit": "$"})
    a = [r["h"] for r in out]
    q(D, "all fished rows, mean Hours at Sea", "How long is a typical trip, on average, in hours at sea?",
      {"number": r6(sum(a) / len(a)), "unit": "hours"})
    n = sum(1 for r in out if r["boat"] == "kittiwake" and r["d"].year == 2024)
    q(D, "Kittiwake (any spelling) fished rows in 2024", "How many days did Kittiwake go out in 2024?",
      {"number": n, "unit": "days"})
    n = sum(1 for r in rows if r["st"] == "repairs")
    q(D, "rows with status Repairs / repairs (boat-days)", "How many boat-days have we lost to repairs?",
      {"number": n, "unit": "boat-days"})
    a = sum(1 for r in out if r["d"].year == 2024)
    b = sum(1 for r in rows if r["d"].year == 2024)
    q(D, "2024: fished rows / all rows (one row per boat per day it was on the books)",
      "In 2024, what percentage of the boat-days on the sheet were actually spent fishing?",
      {"number": r6(pct(a, b)), "unit": "%"})
    v = sum(r["val"] for r in out if r["d"].year == 2024 and r["d"].month in (6, 7, 8))
    q(D, "fished rows June-August 2024, sum of Sale Value", "What did we sell over the summer of 2024 (June to August)?",
      {"number": r6(v), "unit": "$"})


# ------------------------------------------------------------------------------------------------
# 4. pest control


def pest():
    D = ["pest_callouts.csv"]
    rows = load("pest_callouts.csv")
    pf = {"rat": "rats", "wasp nest": "wasps", "bedbugs": "bed bugs"}
    for r in rows:
        r["rep"] = datetime.strptime(r["Reported"], "%Y-%m-%dT%H:%M")
        r["att"] = datetime.strptime(r["Attended"], "%Y-%m-%dT%H:%M") if r["Attended"].strip() else None
        r["pest"] = pf.get(fold(r["Pest"]), fold(r["Pest"]))
        st = fold(r["Status"])
        r["st"] = "treated" if st == "treated" else "cancelled" if st.startswith("cancel") else "no access" if st == "no access" else "?"
        assert r["st"] != "?"
        r["ch"] = num(r["Charge"])
        r["town"] = fold(r["Town"])
        r["wait"] = (r["att"] - r["rep"]).total_seconds() / 3600 if r["att"] else None
    tr = [r for r in rows if r["st"] == "treated"]
    pn = {"rats": "Rats", "mice": "Mice", "wasps": "Wasps", "bed bugs": "Bed Bugs", "cockroaches": "Cockroaches",
          "moles": "Moles", "pigeons": "Pigeons"}

    def plab(k):
        return [pn[k], k]

    n = sum(1 for r in rows if r["rep"].year == 2024)
    q(D, "rows reported in 2024, any status", "How many call-outs did we get in 2024?", {"number": n, "unit": "call-outs"})
    n = sum(1 for r in rows if r["rep"].year == 2025 and r["pest"] == "wasps")
    q(D, "rows reported in 2025 with pest Wasps / wasps / Wasp nest, any status", "How many wasp call-outs have we had in 2025?",
      {"number": n, "unit": "call-outs"})
    v = sum(r["ch"] for r in tr if r["rep"].year == 2024 and r["ch"] is not None)
    q(D, "treated jobs reported in 2024, sum of Charge (n/a left out)", "How much did we charge for the jobs we treated in 2024?",
      {"number": r6(v), "unit": "€"})
    a = [r["ch"] for r in tr if r["pest"] == "bed bugs" and r["ch"] is not None]
    q(D, "treated bed bug jobs (Bed Bugs / bed bugs / Bedbugs), mean Charge", "What's the average charge for a bed bug treatment?",
      {"number": r6(sum(a) / len(a)), "unit": "€"})
    n = sum(1 for r in rows if r["st"] == "cancelled")
    q(D, "status Cancelled / cancelled / Canceled", "How many call-outs were cancelled?", {"number": n, "unit": "call-outs"})
    na = [r for r in rows if r["st"] == "no access"]
    q(D, "status No access (any case): count and sum of Charge",
      "How many times couldn't we get in, and how much did we charge for those visits altogether?",
      {"numbers": [len(na), r6(sum(r["ch"] for r in na if r["ch"] is not None))], "unit": ""})
    w = [r["wait"] for r in tr]
    q(D, "treated jobs, mean of Attended - Reported in hours",
      "For jobs we treated, how long on average was it between the customer reporting it and us turning up, in hours?",
      {"number": r6(sum(w) / len(w)), "unit": "hours"})
    c = defaultdict(int)
    for r in tr:
        c[r["Technician"].strip()] += 1
    it = top(c, "treated jobs by technician", second=True)
    q(D, "treated jobs, count by Technician; top and second", "Which technician treated the most jobs, and who was next?",
      {"label": [it[0][0]], "labels": [[it[1][0]]]})
    c = defaultdict(int)
    for r in rows:
        c[r["town"]] += 1
    it = top(c, "call-outs by town", second=True)
    q(D, "all rows, count by folded Town; top and second", "Which town do most of our call-outs come from, and which is second?",
      {"label": [it[0][0].title(), it[0][0]], "labels": [[it[1][0].title(), it[1][0]]]})
    a = sum(r["ch"] for r in tr if r["Premises"].strip().lower() == "commercial" and r["ch"] is not None)
    b = sum(r["ch"] for r in tr if r["ch"] is not None)
    q(D, "treated jobs: commercial charges / all charges", "What share of our treatment income comes from commercial premises?",
      {"number": r6(pct(a, b)), "unit": "%"})
    c = defaultdict(int)
    for r in rows:
        if r["rep"].year == 2025:
            c[r["rep"].month] += 1
    it = top(c, "call-outs by month 2025")
    m = it[0][0]
    q(D, "rows reported in 2025, count by month; the highest", "Which month of 2025 has been our busiest for call-outs?",
      {"label": month_label(2025, m)[:2] + [MONTHS[m - 1]]})
    away(w, 48, 0.05, "48 hours")
    n = sum(1 for x in w if x > 48)
    q(D, "treated jobs with Attended - Reported > 48 hours", "How many treated jobs did we take more than 48 hours to get to?",
      {"number": n, "unit": "jobs"})
    t = defaultdict(list)
    for r in tr:
        t[r["pest"]].append(r["wait"])
    ranked({k: sum(v) / len(v) for k, v in t.items()}, "mean wait by pest")
    q(D, "treated wasp jobs (Wasps / wasps / Wasp nest / WASPS), mean wait in hours",
      "How quickly do we get to wasp nests on average? Give me the hours from report to visit for treated wasp jobs.",
      {"number": r6(sum(t["wasps"]) / len(t["wasps"])), "unit": "hours"})
    n = sum(1 for r in tr if yes(r["Follow-up"]))
    q(D, "treated jobs with Follow-up yes / y / TRUE (any case), share of treated jobs",
      "What percentage of treated jobs needed a follow-up?", {"number": r6(pct(n, len(tr))), "unit": "%"})
    v = sum(int(r["Visits"]) for r in tr if r["rep"].year == 2025)
    q(D, "treated jobs reported in 2025, sum of Visits", "How many visits did the 2025 treated jobs take in total?",
      {"number": v, "unit": "visits"})

    def rev(y):
        return sum(r["ch"] for r in tr if r["rep"].year == y and r["rep"].month <= 9 and r["ch"] is not None)
    q(D, "treated jobs, charges Jan-Sep 2025 vs Jan-Sep 2024, fall as a positive percentage",
      "Our treatment income seems down this year: by what percentage did it drop from January-September 2024 to January-September 2025?",
      {"number": r6(positive(pct(rev(2024) - rev(2025), rev(2024)), "rev fall")), "unit": "%"})
    g = {}
    for k in pn:
        g[k] = sum(1 for r in rows if r["pest"] == k and r["rep"].year == 2025 and r["rep"].month <= 9) - \
            sum(1 for r in rows if r["pest"] == k and r["rep"].year == 2024 and r["rep"].month <= 9)
    it = top(g, "call-out growth by pest")
    q(D, "all rows, count by pest Jan-Sep 2025 minus Jan-Sep 2024; the largest rise and its size",
      "Which pest saw the biggest increase in call-outs from January-September 2024 to the same months of 2025, and by how many?",
      {"label": plab(it[0][0]), "number": positive(it[0][1], "g"), "unit": "call-outs"})
    n = sum(1 for r in rows if r["ch"] is None)
    q(D, "Charge not a number (n/a)", "How many call-outs have no charge recorded?", {"number": n, "unit": "call-outs"})
    b = [r for r in tr if r["pest"] == "rats" and r["ch"] is not None]
    v = sum(r["ch"] for r in b) / sum(int(r["Visits"]) for r in b)
    q(D, "treated rat jobs (Rats / rats / Rat) with a charge: sum of Charge / sum of Visits",
      "For rat jobs, how much do we earn per visit?", {"number": r6(v), "unit": "€/visit"})
    q(D, "max of Attended - Reported over treated jobs, in hours", "What's the longest a customer waited for a treatment, in hours?",
      {"number": r6(max(w)), "unit": "hours"})
    n = sum(1 for r in rows if r["town"] == "millbrook" and r["rep"].year == 2025 and r["rep"].month in (7, 8))
    q(D, "rows reported July-August 2025 in Millbrook (any case), any status",
      "How many call-outs did we have in Millbrook in July and August 2025?", {"number": n, "unit": "call-outs"})


# ------------------------------------------------------------------------------------------------
# 5. sleep diary


def sleep():
    D = ["sleep_diary.csv"]
    rows = load("sleep_diary.csv")
    for r in rows:
        r["d"] = datetime.strptime(r["Night of"], "%d.%m.%Y").date()
        bh, bm = map(int, r["Lights Out"].split(":"))
        uh, um = map(int, r["Got Up"].split(":"))
        b = bh * 60 + bm
        u = uh * 60 + um + 1440
        if bh < 12:
            b += 1440
        r["after_midnight"] = bh < 12
        r["bed"] = (u - b) / 60
        r["awake"] = int(r["Minutes Awake"])
        r["asleep"] = r["bed"] - r["awake"] / 60
        r["q"] = num(r["Quality (1-5)"])
        r["alc"] = yes(r["Alcohol"])
        r["cof"] = int(r["Coffees"])
        r["steps"] = num(r["Steps"])
        r["ex"] = int(r["Exercise Mins"])
    q(D, "rows in the diary", "How many nights have I logged?", {"number": len(rows), "unit": "nights"})
    v = sum(r["bed"] for r in rows) / len(rows)
    q(D, "mean of Got Up - Lights Out (across midnight), in hours", "On average, how many hours do I spend in bed a night?",
      {"number": r6(v), "unit": "hours"})
    v = sum(r["awake"] for r in rows) / len(rows)
    q(D, "mean Minutes Awake", "How many minutes am I awake during the night on average?", {"number": r6(v), "unit": "minutes"})
    sl = [r["asleep"] for r in rows]
    away(sl, 6.5, 0.5 / 60, "6.5 hours")
    n = sum(1 for x in sl if x < 6.5)
    q(D, "time in bed minus Minutes Awake < 6.5 hours (whole minutes; none at exactly 6 h 30)",
      "How many nights did I get less than six and a half hours of actual sleep (time in bed minus time awake)?",
      {"number": n, "unit": "nights"})
    a = [r["q"] for r in rows if r["alc"] and r["q"] is not None]
    b = [r["q"] for r in rows if not r["alc"] and r["q"] is not None]
    q(D, "mean Quality on nights with Alcohol yes / y / 1 and on the other nights (blank quality left out)",
      "What's my average sleep quality on nights I had a drink, and on nights I didn't?",
      {"numbers": [r6(sum(a) / len(a)), r6(sum(b) / len(b))], "unit": ""})
    n = sum(1 for r in rows if r["after_midnight"])
    q(D, "Lights Out between 00:00 and 11:59", "How many nights did I go to bed after midnight?", {"number": n, "unit": "nights"})
    late = sorted(rows, key=lambda r: -((int(r["Lights Out"][:2]) + (24 if r["after_midnight"] else 0)) * 60 + int(r["Lights Out"][3:])))
    if late[0]["Lights Out"] == late[1]["Lights Out"]:
        raise GuardError("latest bedtime tie")
    q(D, "latest Lights Out (after midnight counts as later)", "What's the latest I've turned the lights out?",
      {"label": [late[0]["Lights Out"], late[0]["Lights Out"].lstrip("0")]})
    n = sum(1 for r in rows if r["q"] is None)
    q(D, "Quality (1-5) blank", "On how many nights did I forget to score my sleep quality?", {"number": n, "unit": "nights"})
    a = [r["steps"] for r in rows if r["d"].year == 2025]
    q(D, "rows dated 2025, mean Steps (thousands separators stripped)", "What's my average daily step count in 2025?",
      {"number": r6(sum(a) / len(a)), "unit": "steps"})
    t = defaultdict(list)
    for r in rows:
        if r["q"] is not None:
            t[(r["d"].year, r["d"].month)].append(r["q"])
    ranked({k: sum(v) / len(v) for k, v in t.items()}, "quality by month")
    v = t[(2024, 12)]
    q(D, "rows dated December 2024, mean Quality (blanks left out)", "What was my average sleep quality score in December 2024?",
      {"number": r6(sum(v) / len(v)), "unit": ""})
    v = sum(r["ex"] for r in rows if r["d"].year == 2024) / 60
    q(D, "rows dated 2024, sum of Exercise Mins / 60", "How many hours of exercise did I log in 2024?", {"number": r6(v), "unit": "hours"})
    a = [r["awake"] for r in rows if r["cof"] >= 3]
    q(D, "rows with Coffees >= 3, mean Minutes Awake", "When I have three or more coffees, how long am I awake in the night on average, in minutes?",
      {"number": r6(sum(a) / len(a)), "unit": "minutes"})
    n = sum(1 for r in rows if r["alc"])
    q(D, "Alcohol yes / Y / y / 1 as a share of logged nights", "On what percentage of nights did I drink alcohol?",
      {"number": r6(pct(n, len(rows))), "unit": "%"})
    a = [r["asleep"] for r in rows if r["d"].weekday() in (4, 5)]
    q(D, "rows whose Night of is a Friday or Saturday, mean (time in bed - awake) in hours",
      "How many hours do I actually sleep on Friday and Saturday nights, on average?", {"number": r6(sum(a) / len(a)), "unit": "hours"})
    mx = sorted(rows, key=lambda r: -r["bed"])
    if mx[0]["bed"] == mx[1]["bed"]:
        raise GuardError("longest night tie")
    q(D, "max of Got Up - Lights Out, in minutes", "What's the longest I've spent in bed in one night, in minutes?",
      {"number": r6(mx[0]["bed"] * 60), "unit": "minutes"})
    a = [r["asleep"] for r in rows if r["d"].year == 2025 and r["d"].month == 6]
    b = [r["asleep"] for r in rows if r["d"].year == 2024 and r["d"].month == 6]
    dlt = sum(a) / len(a) - sum(b) / len(b)
    if dlt < 0:
        q(D, "mean asleep hours June 2024 minus June 2025 (positive: June 2025 was shorter), in minutes",
          "How many minutes less did I sleep per night on average in June 2025 than in June 2024?",
          {"number": r6(positive(-dlt * 60, "june")), "unit": "minutes"})
    else:
        q(D, "mean asleep hours June 2025 minus June 2024, in minutes",
          "How many more minutes a night did I sleep on average in June 2025 than in June 2024?",
          {"number": r6(positive(dlt * 60, "june")), "unit": "minutes"})
    st = [r["steps"] for r in rows]
    away(st, 15000, 5, "15000 steps")
    n = sum(1 for s in st if s > 15000)
    q(D, "rows with Steps > 15,000", "On how many days did I walk more than 15,000 steps?", {"number": n, "unit": "days"})
    total = (date(2025, 8, 31) - date(2024, 3, 1)).days + 1
    q(D, "days from 1 March 2024 to 31 August 2025 inclusive minus rows logged",
      "Between 1 March 2024 and 31 August 2025, how many nights did I not fill in the diary?",
      {"number": total - len(rows), "unit": "nights"})
    a = [r["q"] for r in rows if r["ex"] > 0 and r["q"] is not None]
    b = [r["q"] for r in rows if r["ex"] == 0 and r["q"] is not None]
    q(D, "mean Quality on days with Exercise Mins > 0 (blank quality left out)",
      "Do I sleep better on days I exercise? What's my average quality score on those days?",
      {"number": r6(sum(a) / len(a)), "unit": ""})


def main():
    upholstery()
    studio()
    fishing()
    pest()
    sleep()
    if "--print" in sys.argv or DEBUG:
        for e in QS:
            print(e["id"], e["dataset"][0], "|", e["question"], "|", json.dumps(e["truth"]))
        return
    (HERE / "questions.json").write_text(json.dumps(QS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(QS)} questions")


if __name__ == "__main__":
    main()
