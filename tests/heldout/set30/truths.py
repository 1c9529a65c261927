#!/usr/bin/env python3
"""Held-out set 30: every question beside the code that computes its truth from data/*.csv; writes
questions.json. Standard library only.

    python3 tests/heldout/set30/truths.py            # writes questions.json
    python3 tests/heldout/set30/truths.py --print    # prints only
    python3 tests/heldout/set30/truths.py --debug    # also prints the ranking behind every "which"

Reading rules (each question's note says how it was read):
- Money: currency sign and thousands separators stripped, a leading minus is negative; a value that is not a
  number (tbc, n/a, quote, refunded, blank) is left out of sums and averages, never counted as 0.
- Names (items, types, towns, routes, sites, activities, categories, moods, languages) are folded: trimmed,
  inner spaces collapsed, case ignored, plus the synonyms listed in FOLD below.
- Yes/no: yes / y / true / 1 (and EAN32 for nitrox) are yes; anything else (no / n / blank) is no.
"""

import csv
import json
import re
import sys
from collections import defaultdict, Counter
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
DEBUG = "--debug" in sys.argv
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

QUESTIONS = []


class GuardError(Exception):
    pass


FAILS = []


def fail(msg):
    if "--collect" in sys.argv:
        FAILS.append(msg)
        return
    raise GuardError(msg)


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        rd = csv.reader(f)
        head = next(rd)
        return [dict(zip(head, r)) for r in rd]


def money(s):
    t = s.strip().replace(",", "").replace("£", "").replace("€", "").replace("$", "")
    if not t:
        return None
    try:
        return float(t)
    except ValueError:
        return None


def fold(s):
    return " ".join(s.strip().lower().split())


def yes(s):
    return fold(s) in ("yes", "y", "true", "1", "ean32")


def r6(x):
    x = round(x, 6)
    return int(x) if x == int(x) else x


def top(counts, what, margin=0.05, second=False):
    """The key with the largest value; it must lead the next by more than margin (relative). With second,
    also returns the runner-up, which must lead the third the same way."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if DEBUG:
        print(f"    {what}: {ranked[:5]}")
    a, b = ranked[0][1], ranked[1][1]
    if not a > b * (1 + margin) or a == b:
        fail(f"{what}: near tie {ranked[:3]}")
    if second:
        c = ranked[2][1] if len(ranked) > 2 else 0
        if not b > c * (1 + margin):
            fail(f"{what}: runner-up near tie {ranked[:3]}")
        return ranked[0][0], ranked[1][0]
    return ranked[0][0]


def bottom(counts, what, margin=0.05):
    neg = {k: -v for k, v in counts.items()}
    ranked = sorted(counts.items(), key=lambda kv: kv[1])
    if DEBUG:
        print(f"    {what} (lowest): {ranked[:5]}")
    if not ranked[1][1] - ranked[0][1] > margin * abs(ranked[1][1]):
        fail(f"{what}: near tie {ranked[:3]}")
    return ranked[0][0]


def unique_max(pairs, what):
    """pairs: (value, label); the max must be alone."""
    s = sorted(pairs, key=lambda p: -p[0])
    if DEBUG:
        print(f"    {what}: {s[:3]}")
    if s[0][0] == s[1][0]:
        fail(f"{what}: tie {s[:2]}")
    return s[0]


def positive(x, what):
    if not x > 0:
        fail(f"{what}: not positive ({x})")
    return x


def away(values, threshold, gap, what):
    for v in values:
        if abs(v - threshold) < gap:
            fail(f"{what}: {v} within {gap} of {threshold}")


def Q(dataset, question, note, truth):
    QUESTIONS.append({"dataset": dataset, "question": question, "note": note, "truth": truth})


def num(x, unit=""):
    return {"number": r6(x), "unit": unit}


def nums(xs, unit=""):
    return {"numbers": [r6(x) for x in xs], "unit": unit}


def month_labels(y, m):
    return list(dict.fromkeys([f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {y}", f"{y}-{m:02d}"]))


def month_only(m):
    return list(dict.fromkeys([MONTHS[m - 1], MONTHS[m - 1][:3]]))


def day_labels(d):
    return [f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
            f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
            d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}"]


def name_labels(name):
    out = [name]
    if name.lower() != name:
        out.append(name.lower())
    return out


# ------------------------------------------------------------------------------------------------
# A. party hire


def dmy(s):
    d, m, y = s.strip().split("/")
    return date(int(y), int(m), int(d))


def party():
    DS, DSI = ["party_bookings.csv"], ["party_bookings.csv", "party_items.csv"]
    items = {}
    for r in rows("party_items.csv"):
        items[int(r["Item Code"])] = {"item": r["Item"].strip(), "type": fold(r["Type"]), "rate": money(r["Day Rate"])}
    B = []
    for r in rows("party_bookings.csv"):
        st = fold(r["Status"])
        b = {"booked": dmy(r["Booked On"]), "event": dmy(r["Event Date"]), "code": int(r["Item Code"]),
             "days": int(r["Days"]), "town": fold(r["Town"]).replace(" ", ""), "ctype": fold(r["Customer Type"]),
             "price": money(r["Price"]), "paid": yes(r["Paid"]),
             "done": st in ("completed", "done"), "cancel": st.startswith("cancel"),
             "upcoming": st in ("booked", "confirmed")}
        b["item"] = items[b["code"]]["item"]
        b["type"] = items[b["code"]]["type"]
        B.append(b)
    done = [b for b in B if b["done"]]
    TYPE = {"castle": ["Castle", "Castles"], "slide": ["Slide", "Slides"], "assault course": ["Assault Course", "Assault Courses"],
            "soft play": ["Soft Play"], "game": ["Game", "Games"]}

    t = sum(b["price"] for b in done if b["event"].year == 2024 and b["price"] is not None)
    Q(DS, "How much money did our completed bouncy castle and party hires bring in during 2024 (by event date)?",
      "sum of Price over Completed/Done bookings with an Event Date in 2024; prices tbc/n/a left out", num(t, "£"))

    def jan_sep(y):
        return sum(b["price"] for b in done if b["event"].year == y and b["event"].month <= 9 and b["price"] is not None)
    d = positive(jan_sep(2025) - jan_sep(2024), "party 2025 vs 2024")
    Q(DS, "By how much did takings from completed hires in January to September 2025 beat the same months of 2024?",
      "completed bookings by Event Date, Jan-Sep 2025 minus Jan-Sep 2024 (2024 starts in March)", num(d, "£"))

    n = sum(1 for b in B if b["cancel"])
    Q(DS, "How many bookings got cancelled?", "Status starting 'cancel' (Cancelled / cancelled / CANCELLED / Canceled)",
      num(n))

    Q(DS, "What percentage of all our bookings were cancelled?",
      "cancelled / all rows (every status) x 100", num(100 * n / len(B), "%"))

    by = defaultdict(float)
    for b in done:
        if b["price"] is not None:
            by[b["type"]] += b["price"]
    a = top(by, "party type takings")
    Q(DSI, "Which kind of inflatable (castle, slide, soft play and so on) made us the most money from completed hires?",
      "completed bookings joined to party_items on the integer item code; Type folded; sum of Price",
      {"label": TYPE[a]})

    c = Counter(b["item"] for b in B if not b["cancel"])
    a = top(c, "party item count")
    Q(DSI, "Which item gets booked most often, leaving out cancelled bookings?",
      "count of non-cancelled bookings per item (joined on integer code)", {"label": name_labels(a)})

    lead = [(b["event"] - b["booked"]).days for b in B]
    Q(DS, "On average, how many days ahead of the party do people book (every booking, cancelled ones included)?",
      "mean of Event Date - Booked On in days over all bookings", num(sum(lead) / len(lead), "days"))

    Q(DS, "What's the longest gap between booking and party date on any booking, in days?", "max of Event Date - Booked On",
      num(max(lead), "days"))

    c = Counter(WEEKDAYS[b["event"].weekday()] for b in B if not b["cancel"])
    a = top(c, "party weekday")
    Q(DS, "Which day of the week are most of our parties on (not counting cancelled ones)?",
      "weekday of Event Date, non-cancelled bookings", {"label": [a, a[:3]]})

    c = Counter(b["town"] for b in done)
    a, s = top(c, "party town", second=True)
    TOWN = {"hartley": "Hartley", "oakfield": "Oakfield", "brampton": "Brampton", "kingsmere": "Kingsmere", "westcott": "Westcott"}
    Q(DS, "Which town do most of our completed hires go to, and which town is next?",
      "count of completed bookings per Town folded (Kings Mere = Kingsmere)",
      {"label": name_labels(TOWN[a]), "labels": [name_labels(TOWN[s])]})

    p = [b["price"] for b in done if b["event"].year == 2025 and b["price"] is not None]
    Q(DS, "What was the average price of a completed booking in 2025?",
      "mean Price over completed bookings with Event Date in 2025 and a numeric price", num(sum(p) / len(p), "£"))

    up = [b for b in done if not b["paid"]]
    Q(DS, "How many completed hires are still unpaid, and how much money is that?",
      "completed bookings whose Paid is not yes/y/true; count and sum of Price (numeric only)",
      nums([len(up), sum(b["price"] for b in up if b["price"] is not None)]))

    sch = sum(1 for b in done if b["ctype"] == "school")
    Q(DS, "What share of completed hires were for schools?", "completed bookings with Customer Type folded 'school' / completed x 100",
      num(100 * sch / len(done), "%"))

    c = Counter(b["event"].month for b in B if not b["cancel"] and b["event"].year == 2025)
    a = top(c, "party month 2025")
    Q(DS, "In 2025, which month had the most parties (going by the party date), cancellations aside?",
      "non-cancelled bookings by Event Date month, 2025", {"label": month_only(a) + month_labels(2025, a)})

    n = sum(1 for b in B if b["price"] is None)
    Q(DS, "How many bookings don't have a proper price on them yet (tbc, n/a and the like)?",
      "Price not a number", num(n))

    pr = [b for b in done if b["price"] is not None]
    Q(DS, "Across completed hires, how much do we earn per day of hire on average (total takings divided by total hire days)?",
      "sum Price / sum Days over completed bookings with a numeric price", num(sum(b["price"] for b in pr) / sum(b["days"] for b in pr), "£/day"))

    vals = [b["price"] for b in pr]
    away(vals, 400, 3, "party over 400")
    Q(DS, "How many completed hires cost the customer more than £400?", "completed, numeric Price > 400",
      num(sum(1 for v in vals if v > 400)))

    t = sum(b["price"] for b in pr if b["item"] == "Mega Slide")
    Q(DSI, "How much have completed Mega Slide hires taken in total?", "join on integer code; item Mega Slide; completed; sum Price",
      num(t, "£"))

    Q(DS, "How many bookings are still to come (booked or confirmed but not yet happened)?",
      "Status Booked / booked / Confirmed", num(sum(1 for b in B if b["upcoming"])))

    two = sum(1 for b in done if b["days"] == 2)
    Q(DS, "What percentage of completed hires were for two days rather than one?", "completed with Days = 2 / completed x 100",
      num(100 * two / len(done), "%"))

    def tsum(y):
        out = defaultdict(float)
        for b in pr:
            if b["event"].year == y and 3 <= b["event"].month <= 9:
                out[b["type"]] += b["price"]
        return out
    g = {k: tsum(2025)[k] - tsum(2024)[k] for k in TYPE}
    a = top(g, "party type growth")
    Q(DSI, "Comparing March to September 2025 with March to September 2024, which kind of inflatable grew its completed takings the most, and by how much?",
      "join on code; Type folded; completed; sum Price by Event Date Mar-Sep; 2025 minus 2024",
      {"label": TYPE[a], "number": r6(positive(g[a], "type growth")), "unit": "£"})

    rates = [(v["rate"], v["item"]) for v in items.values()]
    v, a = unique_max(rates, "dearest item")
    Q(["party_items.csv"], "Which item on our hire list has the highest day rate?", "max Day Rate in party_items",
      {"label": name_labels(a)})


# ------------------------------------------------------------------------------------------------
# B. yoga ledger

YCAT = {"drop-in": "Drop-in", "drop in": "Drop-in", "class pass": "Class Pass", "private session": "Private Session",
        "private": "Private Session", "workshop": "Workshop", "retreat": "Retreat", "hall hire": "Hall Hire",
        "marketing": "Marketing", "insurance": "Insurance", "props": "Props", "venue": "Venue", "training": "Training",
        "refund": "Refund"}


def yoga():
    DS = ["yoga_ledger.csv"]
    L = []
    nvoid = 0
    for r in rows("yoga_ledger.csv"):
        if "void" in r["Note"].lower():
            nvoid += 1
            continue
        ds = r["Date"].strip().split(" ")[0]
        d, m, y = ds.split("-")
        dt = date(int(y), int(m), int(d))
        meth = fold(r["Method"])
        meth = {"bacs": "bank transfer"}.get(meth, meth)
        L.append({"date": dt, "desc": r["Description"].strip(), "cat": YCAT[fold(r["Category"])], "amt": money(r["Amount"]),
                  "method": meth})
    inc = lambda e: e["amt"] > 0  # noqa: E731
    STREAMS = ["Drop-in", "Class Pass", "Private Session", "Workshop", "Retreat"]
    SL = {"Drop-in": ["Drop-in", "drop-in", "drop in", "drop-ins", "Drop-ins"], "Class Pass": ["Class Pass", "class passes", "class pass"],
          "Private Session": ["Private Session", "private sessions", "Private Sessions"], "Workshop": ["Workshop", "workshops", "Workshops"],
          "Retreat": ["Retreat", "retreats", "Retreats"]}

    t24 = sum(e["amt"] for e in L if inc(e) and e["date"].year == 2024)
    Q(DS, "How much money came in to the yoga business in 2024, before any costs or refunds?",
      "sum of positive Amounts dated 2024, void rows (Note contains 'void') left out", num(t24, "£"))

    o25 = -sum(e["amt"] for e in L if not inc(e) and e["date"].year == 2025)
    Q(DS, "How much went out of the business in 2025 so far, including refunds?",
      "minus the sum of negative Amounts dated 2025 (to 30 Sep), voids left out", num(o25, "£"))

    n24 = sum(e["amt"] for e in L if e["date"].year == 2024)
    Q(DS, "What was my net profit for 2024 (everything in minus everything out)?", "sum of all Amounts dated 2024, voids out",
      num(positive(n24, "net 2024"), "£"))

    h = -sum(e["amt"] for e in L if e["cat"] == "Hall Hire" and e["date"].year == 2024)
    Q(DS, "What did I pay for hall hire in 2024?", "Category folded 'hall hire', 2024, as a positive figure", num(h, "£"))

    by = defaultdict(float)
    for e in L:
        if e["date"].year == 2024 and e["cat"] in STREAMS:
            by[e["cat"]] += e["amt"]
    a, s = top(by, "yoga stream 2024", second=True)
    Q(DS, "Which of my income streams earned the most in 2024, and which was second?",
      "streams Drop-in, Class Pass, Private Session, Workshop, Retreat (categories folded); sums for 2024",
      {"label": SL[a], "labels": [SL[s]]})

    def js(y):
        out = defaultdict(float)
        for e in L:
            if e["date"].year == y and e["date"].month <= 9 and e["cat"] in STREAMS:
                out[e["cat"]] += e["amt"]
        return out
    g = {k: js(2025)[k] - js(2024)[k] for k in STREAMS}
    a = top(g, "yoga stream growth")
    Q(DS, "Which income stream grew the most from January-September 2024 to January-September 2025, and by how much?",
      "per stream sum Jan-Sep 2025 minus Jan-Sep 2024", {"label": SL[a], "number": r6(positive(g[a], "growth")), "unit": "£"})

    i25 = sum(e["amt"] for e in L if inc(e) and e["date"].year == 2025)
    w25 = sum(e["amt"] for e in L if e["cat"] == "Workshop" and e["date"].year == 2025 and inc(e))
    Q(DS, "What percentage of my 2025 income came from workshops?", "positive Workshop amounts 2025 / all positive amounts 2025 x 100",
      num(100 * w25 / i25, "%"))

    ref = [e for e in L if e["cat"] == "Refund"]
    Q(DS, "How many refunds have I given, and how much did they come to altogether?", "Category Refund; count and minus the sum",
      nums([len(ref), -sum(e["amt"] for e in ref)]))

    Q(DS, "How many void entries are there in the ledger?", "rows whose Note contains 'void' (any case)", num(nvoid))

    def dcount(y):
        return sum(1 for e in L if e["cat"] == "Drop-in" and e["date"].year == y and e["date"].month <= 9)
    Q(DS, "How many more drop-in payments did I take in January to September 2025 than in the same months of 2024?",
      "count of Drop-in rows Jan-Sep 2025 minus Jan-Sep 2024", num(positive(dcount(2025) - dcount(2024), "dropins")))

    bym = defaultdict(float)
    for e in L:
        if inc(e) and e["date"].year == 2024:
            bym[e["date"].month] += e["amt"]
    a = top(bym, "yoga best income month 2024")
    Q(DS, "Which month of 2024 brought in the most money?", "positive amounts by month, 2024",
      {"label": month_only(a) + month_labels(2024, a)})

    q2 = sum(e["amt"] for e in L if e["date"].year == 2025 and 4 <= e["date"].month <= 6)
    Q(DS, "What was the net result for April to June 2025, all money in minus all money out?",
      "sum of Amounts Apr-Jun 2025 (a negative result would be a loss)", num(q2, "£"))

    cash = sum(e["amt"] for e in L if inc(e) and e["date"].year == 2024 and e["method"] == "cash")
    Q(DS, "How much did I take in cash during 2024?", "positive amounts with Method folded 'cash', 2024", num(cash, "£"))

    card = sum(e["amt"] for e in L if inc(e) and e["date"].year == 2025 and e["method"] == "card")
    Q(DS, "What share of 2025's income was paid by card?", "positive amounts Method 'card' 2025 / positive amounts 2025 x 100",
      num(100 * card / i25, "%"))

    v, a = unique_max([(-e["amt"], e["desc"]) for e in L if not inc(e)], "yoga biggest expense")
    Q(DS, "What was the single biggest payment out of the business, and what was it for?",
      "most negative Amount; its Description", {"label": [a, a.lower(), "venue", "Venue"], "number": r6(v), "unit": "£"})

    Q(DS, "On average, how much income did I bring in per month in 2024?", "positive amounts 2024 / 12", num(t24 / 12, "£"))

    ps = [e["amt"] for e in L if e["cat"] == "Private Session" and e["date"].year == 2025]
    Q(DS, "How many private sessions did I teach in 2025, and what did one pay on average?",
      "rows with Category Private Session / Private, 2025: count and mean Amount", nums([len(ps), sum(ps) / len(ps)]))

    mi = sum(e["amt"] for e in L if inc(e) and (e["date"].year, e["date"].month) == (2025, 3))
    mo = -sum(e["amt"] for e in L if not inc(e) and (e["date"].year, e["date"].month) == (2025, 3))
    Q(DS, "In March 2025, how much came in and how much went out?", "positive amounts and minus negative amounts, March 2025",
      nums([mi, mo]))

    pr = -sum(e["amt"] for e in L if e["cat"] == "Props")
    Q(DS, "How much have I spent on props (mats, blocks and so on) over the whole ledger?", "Category Props, all dates, positive figure",
      num(pr, "£"))

    cp = sum(e["amt"] for e in L if e["cat"] == "Class Pass" and e["date"].year == 2025 and e["date"].month <= 6)
    Q(DS, "How much did class passes bring in during the first half of 2025?", "Category Class Pass, Jan-Jun 2025", num(cp, "£"))

    mk = -sum(e["amt"] for e in L if e["cat"] == "Marketing" and e["date"].year == 2024)
    Q(DS, "In 2024, what was my marketing spend as a percentage of my income?",
      "minus Marketing amounts 2024 / positive amounts 2024 x 100", num(100 * mk / t24, "%"))


# ------------------------------------------------------------------------------------------------
# C. diet diary


def diet():
    DS = ["diet_diary.csv"]
    D = []
    MI = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
    for r in rows("diet_diary.csv"):
        _, dd, mm, yy = r["Date"].split()
        dt = date(int(yy), MI[mm], int(dd))
        w = money(r["Weight (kg)"])
        c = money(r["Calories"])
        al = r["Alcohol Units"].strip()
        D.append({"date": dt, "w": w, "cal": c, "steps": money(r["Steps"]), "water": int(r["Water (glasses)"]),
                  "alc": int(al) if al else None, "gym": yes(r["Gym"]), "mood": fold(r["Mood"])})
    W = [e for e in D if e["w"] is not None]

    Q(DS, "How much weight have I lost between my first weigh-in and my latest one?", "first numeric weight minus last (by date)",
      num(positive(W[0]["w"] - W[-1]["w"], "weight lost"), "kg"))

    c = [e["cal"] for e in D if e["date"].month == 3 and e["cal"] is not None]
    Q(DS, "What was my average daily calorie intake in March?", "mean Calories over March days with a number", num(sum(c) / len(c), "kcal"))

    st = [e["steps"] for e in D]
    away(st, 12000, 5, "12k steps")
    Q(DS, "On how many days did I walk more than 12,000 steps?", "Steps > 12000", num(sum(1 for s in st if s > 12000)))

    Q(DS, "How many days did I go to the gym?", "Gym yes/y/true", num(sum(1 for e in D if e["gym"])))

    j = [e["w"] for e in W if e["date"].month == 6]
    Q(DS, "What did I weigh on average in June?", "mean numeric weight, June", num(sum(j) / len(j), "kg"))

    v, d = unique_max([(-e["w"], e["date"]) for e in W], "lowest weight")
    Q(DS, "What's the lowest weight I've logged, and on what day?", "min numeric weight and its date",
      {"number": r6(-v), "unit": "kg", "label": day_labels(d)})

    bym = defaultdict(list)
    for e in D:
        bym[e["date"].month].append(e["steps"])
    a = top({m: sum(v) / len(v) for m, v in bym.items()}, "diet steps month", margin=0.03)
    Q(DS, "Which month did I average the most steps a day?", "mean Steps per logged day by month",
      {"label": month_only(a) + month_labels(2025, a)})

    g = [e["cal"] for e in D if e["gym"] and e["cal"] is not None]
    ng = [e["cal"] for e in D if not e["gym"] and e["cal"] is not None]
    Q(DS, "What's my average calorie intake on gym days, and on days I didn't go?", "mean Calories (numeric) split by Gym yes/no (blank = no)",
      nums([sum(g) / len(g), sum(ng) / len(ng)], "kcal"))

    we = [e["cal"] for e in D if e["date"].weekday() >= 5 and e["cal"] is not None]
    wd = [e["cal"] for e in D if e["date"].weekday() < 5 and e["cal"] is not None]
    Q(DS, "How many more calories do I eat on an average weekend day (Saturday or Sunday) than on an average weekday?",
      "mean Calories Sat/Sun minus mean Calories Mon-Fri", num(positive(sum(we) / len(we) - sum(wd) / len(wd), "weekend"), "kcal"))

    Q(DS, "On how many of the days I filled in did I not record my weight?", "rows whose Weight is not a number (blank, -, skipped)",
      num(sum(1 for e in D if e["w"] is None)))

    al = [e for e in D if e["alc"] is not None]
    Q(DS, "Out of the days where I filled in my alcohol units, what percentage had any drink at all?",
      "days with Alcohol Units > 0 / days with a number in Alcohol Units x 100", num(100 * sum(1 for e in al if e["alc"] > 0) / len(al), "%"))

    c = Counter(e["mood"] for e in D)
    a = top(c, "diet mood")
    Q(DS, "What mood did I log most often?", "Mood folded", {"label": [a.capitalize(), a.upper() if a == "ok" else a]})

    Q(DS, "How many units of alcohol did I drink in July in total?", "sum Alcohol Units July (blank not counted)",
      num(sum(e["alc"] for e in D if e["date"].month == 7 and e["alc"] is not None), "units"))

    span = (date(2025, 9, 30) - date(2025, 1, 1)).days + 1
    Q(DS, "Between 1 January and 30 September, how many days are missing from my diary altogether?",
      "273 days minus the number of rows", num(span - len(D)))

    gr = [e["steps"] for e in D if e["mood"] == "great"]
    Q(DS, "On days I felt great, how many steps did I do on average?", "mean Steps where Mood folded = great", num(sum(gr) / len(gr), "steps"))

    f = [e["w"] for e in W if e["date"].month == 2]
    m = [e["w"] for e in W if e["date"].month == 5]
    Q(DS, "How much lower was my average weight in May than in February?", "mean weight Feb minus mean weight May",
      num(positive(sum(f) / len(f) - sum(m) / len(m), "feb-may"), "kg"))

    byd = defaultdict(list)
    for e in D:
        byd[e["date"].weekday()].append(e["steps"])
    a = top({k: sum(v) / len(v) for k, v in byd.items()}, "diet steps weekday", margin=0.03)
    Q(DS, "Which day of the week do I walk the most on average?", "mean Steps by weekday",
      {"label": [WEEKDAYS[a], WEEKDAYS[a] + "s"]})

    cl = [e["cal"] for e in D if e["cal"] is not None]
    away(cl, 2500, 1, "2500 kcal")
    Q(DS, "How many days did I go over 2,500 calories?", "numeric Calories > 2500", num(sum(1 for x in cl if x > 2500)))

    Q(DS, "How many glasses of water do I drink a day on average?", "mean Water (glasses) over logged days",
      num(sum(e["water"] for e in D) / len(D), "glasses"))

    q2 = [e["cal"] for e in D if 4 <= e["date"].month <= 6 and e["cal"] is not None]
    Q(DS, "What was my average daily calories over the second quarter (April to June)?", "mean numeric Calories Apr-Jun",
      num(sum(q2) / len(q2), "kcal"))

    v, d = unique_max([(e["cal"], e["date"]) for e in D if e["cal"] is not None], "max calories")
    Q(DS, "Which day did I eat the most calories, and how many?", "max numeric Calories and its date",
      {"number": r6(v), "unit": "kcal", "label": day_labels(d)})


# ------------------------------------------------------------------------------------------------
# D. scuba dive centre

ACT = {"fun dive": "Fun Dive", "night dive": "Night Dive", "try dive": "Try Dive", "discover scuba": "Try Dive",
       "open water course": "Open Water Course", "open water": "Open Water Course", "advanced course": "Advanced Course",
       "advanced": "Advanced Course"}
SITE = {"blue grotto": "Blue Grotto", "coral garden": "Coral Garden", "wreck of the marie": "Wreck of the Marie",
        "marie wreck": "Wreck of the Marie", "seal point": "Seal Point", "seal pt": "Seal Point", "house reef": "House Reef"}


def scuba():
    DS = ["dive_bookings.csv"]
    S = []
    for r in rows("dive_bookings.csv"):
        dt = datetime.strptime(r["Dive Date"].strip(), "%d.%m.%Y %H:%M")
        st = fold(r["Status"])
        dp = r["Max Depth (m)"].strip()
        S.append({"dt": dt, "act": ACT[fold(r["Activity"])], "site": SITE[fold(r["Site"])], "divers": int(r["Divers"]),
                  "instr": r["Instructor"].strip(), "price": money(r["Price"]), "nitrox": yes(r["Nitrox"]),
                  "depth": int(dp) if dp.isdigit() else None, "done": st in ("completed", "done"),
                  "weather": "weather" in st, "cancel": st.startswith("cancel") or "weather" in st,
                  "noshow": st.replace("-", " ") == "no show"})
    done = [s for s in S if s["done"]]
    dp = [s for s in done if s["price"] is not None]

    Q(DS, "How much did completed dives and courses bring in during the 2025 season?", "sum Price, completed/done, Dive Date in 2025",
      num(sum(s["price"] for s in dp if s["dt"].year == 2025), "€"))

    Q(DS, "How many divers did we take out in 2024, counting only bookings that actually went ahead?",
      "sum Divers over completed/done bookings in 2024", num(sum(s["divers"] for s in done if s["dt"].year == 2024), "divers"))

    c = Counter(s["site"] for s in done if s["act"] == "Fun Dive")
    a = top(c, "fun dive site")
    Q(DS, "Where do most of our completed fun dives go?", "completed Fun Dive bookings per Site (Marie wreck = Wreck of the Marie)",
      {"label": name_labels(a) + (["the Marie", "Marie"] if a == "Wreck of the Marie" else [])})

    Q(DS, "How many bookings were called off because of the weather?", "Status mentioning weather",
      num(sum(1 for s in S if s["weather"])))

    p25 = [s for s in dp if s["dt"].year == 2025]
    Q(DS, "In 2025, what did we earn per diver on completed bookings (total price divided by total divers)?",
      "sum Price / sum Divers, completed 2025 with a numeric price", num(sum(s["price"] for s in p25) / sum(s["divers"] for s in p25), "€"))

    fn = [s for s in done if s["act"] in ("Fun Dive", "Night Dive")]
    Q(DS, "What percentage of completed fun and night dive bookings were on nitrox (EAN32 counts as nitrox)?",
      "Nitrox yes/y/EAN32 over completed Fun Dive + Night Dive bookings x 100", num(100 * sum(1 for s in fn if s["nitrox"]) / len(fn), "%"))

    w = [s["depth"] for s in done if s["site"] == "Wreck of the Marie" and s["depth"] is not None]
    Q(DS, "What's the average maximum depth on completed dives at the Wreck of the Marie?", "mean numeric Max Depth, site folded",
      num(sum(w) / len(w), "m"))

    by = defaultdict(int)
    for s in done:
        if s["dt"].year == 2025:
            by[s["instr"]] += s["divers"]
    a, b = top(by, "instructor divers 2025", second=True)
    Q(DS, "Which instructor took the most divers out in 2025, and who was second?", "sum Divers, completed, 2025, per Instructor",
      {"label": [a], "labels": [[b]]})

    c = Counter(s["dt"].month for s in done if s["dt"].year == 2024)
    a = top(c, "dive month 2024")
    Q(DS, "What was our busiest month in 2024 for bookings that went ahead?", "completed bookings per month, 2024",
      {"label": month_only(a) + month_labels(2024, a)})

    def ow(y):
        return sum(1 for s in done if s["act"] == "Open Water Course" and s["dt"].year == y)
    Q(DS, "How many more Open Water courses did we run in 2025 than in 2024?", "completed Open Water bookings 2025 minus 2024",
      num(positive(ow(2025) - ow(2024), "open water")))

    ns = [s for s in S if s["noshow"]]
    Q(DS, "How many no-shows have we had, and what were those bookings worth?", "Status No-show / no show / No Show: count and sum numeric Price",
      nums([len(ns), sum(s["price"] for s in ns if s["price"] is not None)]))

    def jul(y):
        return sum(s["price"] for s in dp if s["dt"].year == y and s["dt"].month == 7)
    Q(DS, "By what percentage did July's takings from completed bookings grow from 2024 to 2025?",
      "(July 2025 - July 2024) / July 2024 x 100", num(positive(100 * (jul(2025) - jul(2024)) / jul(2024), "july"), "%"))

    v, a = unique_max([(s["depth"], s["site"]) for s in done if s["depth"] is not None], "deepest")
    Q(DS, "What's the deepest any completed dive has gone, and at which site?", "max numeric Max Depth and its Site",
      {"number": v, "unit": "m", "label": name_labels(a)})

    Q(DS, "How many divers are on a completed booking, on average?", "mean Divers over completed bookings",
      num(sum(s["divers"] for s in done) / len(done), "divers"))

    Q(DS, "What share of all bookings were cancelled, for whatever reason (no-shows not counted as cancellations)?",
      "Status starting cancel or mentioning weather / all rows x 100", num(100 * sum(1 for s in S if s["cancel"]) / len(S), "%"))

    by = defaultdict(float)
    for s in p25:
        by[s["act"]] += s["price"]
    a = top(by, "activity revenue 2025")
    Q(DS, "Which activity made the most money in 2025, and how much?", "sum Price by Activity folded (Open Water = Open Water Course), completed 2025",
      {"label": name_labels(a) + ([a.replace(" Course", ""), a.replace(" Course", "").lower()] if "Course" in a else []),
       "number": r6(by[a]), "unit": "€"})

    c = Counter(WEEKDAYS[s["dt"].weekday()] for s in done)
    a = top(c, "dive weekday")
    Q(DS, "Which day of the week sees the most completed bookings?", "weekday of Dive Date, completed", {"label": [a, a + "s"]})

    Q(DS, "How much have night dives taken over both seasons, completed ones only?", "sum Price, Night Dive, completed",
      num(sum(s["price"] for s in dp if s["act"] == "Night Dive"), "€"))

    Q(DS, "How many bookings have no price recorded?", "Price blank / n/a / tbc", num(sum(1 for s in S if s["price"] is None)))

    c25 = [s for s in done if s["dt"].year == 2025]
    Q(DS, "Of the completed bookings in 2025, what percentage started before midday?", "Dive Date time < 12:00 / completed 2025 x 100",
      num(100 * sum(1 for s in c25 if s["dt"].hour < 12) / len(c25), "%"))

    def dv(y):
        out = defaultdict(int)
        for s in done:
            if s["dt"].year == y and 4 <= s["dt"].month <= 9:
                out[s["act"]] += s["divers"]
        return out
    g = {k: dv(2025)[k] - dv(2024)[k] for k in set(ACT.values())}
    a = top(g, "activity divers growth")
    Q(DS, "Between the April-September 2024 and April-September 2025 seasons, which activity gained the most divers, and how many more?",
      "sum Divers on completed bookings per activity, Apr-Sep 2025 minus Apr-Sep 2024",
      {"label": name_labels(a), "number": positive(g[a], "growth"), "unit": "divers"})


# ------------------------------------------------------------------------------------------------
# E. walking tours

ROUTE = {"old town": "Old Town", "ghosts & legends": "Ghosts & Legends", "ghosts and legends": "Ghosts & Legends",
         "harbour walk": "Harbour Walk", "food tour": "Food Tour"}
LANG = {"english": "English", "en": "English", "french": "French", "fr": "French", "german": "German", "de": "German",
        "spanish": "Spanish"}


def start_minutes(s):
    t = s.strip().lower().replace(" ", "")
    pm = t.endswith("pm")
    am = t.endswith("am")
    t = t.replace("pm", "").replace("am", "").replace(".", ":")
    h, _, m = t.partition(":")
    h, m = int(h), int(m or 0)
    if pm and h != 12:
        h += 12
    if am and h == 12:
        h = 0
    return h * 60 + m


def tours():
    DS = ["walking_tours.csv"]
    T = []
    for r in rows("walking_tours.csv"):
        st = fold(r["Status"])
        ran = st in ("ran", "done", "completed")
        tp = fold(r["Tips"])
        T.append({"date": dmy(r["Tour Date"]), "start": start_minutes(r["Start"]), "route": ROUTE[fold(r["Route"])],
                  "guide": r["Guide"].strip().capitalize(), "lang": LANG[fold(r["Language"])], "booked": int(r["Booked"]),
                  "up": int(r["Turned Up"]) if ran else None, "pp": money(r["Price pp"]), "takings": money(r["Takings"]),
                  "tips": 0.0 if tp == "none" else money(r["Tips"]), "ran": ran, "rain": "rain" in st,
                  "cancel": not ran})
    R = [t for t in T if t["ran"]]

    Q(DS, "How much did I get in tips in 2025?", "sum of numeric Tips, 2025 ('none' = 0; n/a left out)",
      num(sum(t["tips"] for t in R if t["date"].year == 2025 and t["tips"] is not None), "£"))

    Q(DS, "How many people actually turned up on my tours in 2024?", "sum Turned Up over tours that ran, 2024",
      num(sum(t["up"] for t in R if t["date"].year == 2024), "people"))

    b = sum(t["booked"] for t in R)
    u = sum(t["up"] for t in R)
    Q(DS, "On the tours that went ahead, what percentage of booked guests didn't show up?", "(sum Booked - sum Turned Up) / sum Booked x 100, tours that ran",
      num(100 * (b - u) / b, "%"))

    tg = defaultdict(float)
    ug = defaultdict(int)
    for t in R:
        if t["tips"] is not None:
            tg[t["guide"]] += t["tips"]
            ug[t["guide"]] += t["up"]
    a, s = top({g: tg[g] / ug[g] for g in tg}, "tips per guest by guide", second=True)
    Q(DS, "Which guide gets the most in tips per guest, and who's next? (Tours with tips not recorded left out.)",
      "sum Tips / sum Turned Up per guide (name case folded), tours that ran with a numeric tip",
      {"label": [a], "labels": [[s]]})

    c = defaultdict(int)
    for t in R:
        if t["date"].year == 2025:
            c[t["route"]] += t["up"]
    a, s = top(c, "route guests 2025", second=True)
    RL = {"Old Town": ["Old Town"], "Ghosts & Legends": ["Ghosts & Legends", "Ghosts and Legends"], "Harbour Walk": ["Harbour Walk"],
          "Food Tour": ["Food Tour"]}
    Q(DS, "Which route had the most guests in 2025, and which had the second most?", "sum Turned Up per route, ran, 2025",
      {"label": RL[a], "labels": [RL[s]]})

    Q(DS, "How many tours were rained off?", "Status mentioning rain", num(sum(1 for t in T if t["rain"])))

    def q3(y):
        return sum(t["takings"] for t in R if t["date"].year == y and 7 <= t["date"].month <= 9 and t["takings"] is not None)
    Q(DS, "How much more did I take in ticket money in July-September 2025 than in July-September 2024 (tours that ran)?",
      "sum Takings of tours that ran, Q3 2025 minus Q3 2024", num(positive(q3(2025) - q3(2024), "q3"), "£"))

    Q(DS, "How big is a typical group on the tours that ran, on average?", "mean Turned Up over tours that ran", num(u / len(R), "people"))

    c = Counter(WEEKDAYS[t["date"].weekday()] for t in R)
    a = top(c, "tour weekday")
    Q(DS, "Which day of the week do I run the most tours?", "count of tours that ran by weekday", {"label": [a, a + "s"]})

    Q(DS, "What share of the tours that ran started before noon?", "Start before 12:00 / tours that ran x 100",
      num(100 * sum(1 for t in R if t["start"] < 720) / len(R), "%"))

    Q(DS, "What's the total ticket money from food tours that went ahead?", "sum Takings, Food Tour, ran",
      num(sum(t["takings"] for t in R if t["route"] == "Food Tour" and t["takings"] is not None), "£"))

    Q(DS, "How many tours that ran weren't in English?", "ran, Language folded not English (EN = English)",
      num(sum(1 for t in R if t["lang"] != "English")))

    c = Counter(t["lang"] for t in R if t["lang"] != "English")
    a = top(c, "non-English language")
    Q(DS, "Apart from English, which language do I guide in most often?", "tours that ran, Language folded (FR = French, DE = German)",
      {"label": [a]})

    v, g = unique_max([(t["tips"], t["guide"]) for t in R if t["tips"] is not None], "biggest tip")
    Q(DS, "What's the biggest tip total any single tour has made, and who guided it?", "max numeric Tips and its Guide",
      {"number": r6(v), "unit": "£", "label": [g]})

    r25 = [t for t in R if t["date"].year == 2025 and t["takings"] is not None]
    Q(DS, "In 2025, what did a booked place actually bring in on average (ticket money divided by places booked, tours that ran)?",
      "sum Takings / sum Booked, ran, 2025", num(sum(t["takings"] for t in r25) / sum(t["booked"] for t in r25), "£"))

    c = defaultdict(int)
    for t in R:
        if t["date"].year == 2025:
            c[t["date"].month] += t["up"]
    a = top(c, "tour guests month 2025")
    Q(DS, "Which month of 2025 brought the most guests?", "sum Turned Up per month, ran, 2025",
      {"label": month_only(a) + month_labels(2025, a)})

    Q(DS, "How many tours had ten or more people turn up?", "ran, Turned Up >= 10", num(sum(1 for t in R if t["up"] >= 10)))

    def gt(y):
        out = defaultdict(float)
        for t in R:
            if t["date"].year == y and 4 <= t["date"].month <= 9 and t["takings"] is not None:
                out[t["guide"]] += t["takings"]
        return out
    g = {k: gt(2025)[k] - gt(2024)[k] for k in ("Aoife", "Callum", "Priya", "Dan")}
    a = top(g, "guide takings growth")
    Q(DS, "Comparing April-September 2025 with April-September 2024, whose tours grew their ticket money the most, and by how much?",
      "sum Takings of tours that ran, per Guide (case folded), Apr-Sep 2025 minus Apr-Sep 2024",
      {"label": [a], "number": r6(positive(g[a], "g")), "unit": "£"})

    dn = [t for t in R if t["guide"] == "Dan"]
    Q(DS, "How many tours did Dan lead that actually went ahead, and how much did he get in tips on them?",
      "ran, Guide Dan / DAN: count and sum numeric Tips", nums([len(dn), sum(t["tips"] for t in dn if t["tips"] is not None)]))

    gh = [t["tips"] for t in R if t["route"] == "Ghosts & Legends" and t["tips"] is not None]
    Q(DS, "On average, how much in tips does a Ghosts & Legends tour make, leaving out tours where tips weren't recorded?",
      "mean numeric Tips ('none' = 0) over Ghosts & Legends tours that ran", num(sum(gh) / len(gh), "£"))

    Q(DS, "How many tours were cancelled in total, whatever the reason?", "Status not Ran/Done/Completed", num(sum(1 for t in T if t["cancel"])))


def main():
    party()
    yoga()
    diet()
    scuba()
    tours()
    for i, q in enumerate(QUESTIONS, 1):
        q["id"] = f"s30-{i:03d}"
    out = [{"dataset": q["dataset"], "id": q["id"], "note": q["note"], "question": q["question"], "truth": q["truth"]}
           for q in QUESTIONS]
    if "--print" in sys.argv or DEBUG:
        for q in out:
            print(q["id"], q["question"], "->", json.dumps(q["truth"], ensure_ascii=False))
    if FAILS:
        print("GUARD FAILURES:", *FAILS, sep="\n  ")
        return
    if "--print" not in sys.argv:
        (HERE / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {len(out)} questions")


if __name__ == "__main__":
    main()
