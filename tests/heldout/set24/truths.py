#!/usr/bin/env python3
"""Held-out set 24: every question beside the code that computes its truth from data/*.csv.

    python3 tests/heldout/set24/truths.py            # prints every truth, writes questions.json
    python3 tests/heldout/set24/truths.py --print    # prints only
    python3 tests/heldout/set24/truths.py --debug    # also prints the ranking behind every "which"

Standard library only (csv, datetime, collections). Stops without writing if a guard fails.

Reading rules
- Money: strip `£` / `$`, thousands commas and spaces; a leading `-` is a minus. Blank, `n/a`, `tbc`,
  `none`, `-`, `?` are not numbers and are left out of sums and averages (never counted as 0 in an average).
- Categories and statuses are folded: lower case, spaces trimmed and runs of spaces collapsed, plus the
  spelling synonyms listed per dataset below.
- Yes/no: yes = yes / y / true / 1 / paid / member; no = no / n / false / 0 / unpaid / not yet / blank.
- Wine shop: `Wine ID` is an integer (`0088` = `88`), joined to `wines.csv`. A line with anything in `Void` is
  left out. Money of a line is `Line Total`. A receipt is one customer visit.
- Radio: a row with anything in `Status` is void and left out. Types fold to donation / monthly pledge /
  event ticket / merch / grant / card fee / refund. "One-off gifts / donations" are type donation; an
  individual's giving is donation + monthly pledge. Dates are US M/D/YYYY.
- Mechanic: status folds to completed / cancelled (`Canceled`) / no access / customer not in (`Cust not in`).
  Only completed jobs have a finish, labour and a bill; a job's length is Finish - Start (ISO 'T', with or
  without seconds). A bill is labour + parts (parts that are not a number count 0 in a bill). Area and make
  fold case and spaces; `VW` is Volkswagen.
- Podcast: one row per show per day; downloads that are blank / `n/a` (tracking outages) are left out.
  A new-episode day is a yes in `New Episode`.
- Orchestra: status folds to confirmed / cancelled (`Canceled`) / refunded; "sold" is confirmed only.
  Channel `Web` is online, `Telephone` is phone. Ticket types `Conc` = concession, `Full price` = full,
  `U18` / `Under-18` = under 18. A season runs September to June (by concert date). A concert is a title
  plus its date. Lead time is concert date - booking date in whole days.
"""

import collections
import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
DEBUG = "--debug" in sys.argv
PRINT_ONLY = "--print" in sys.argv or DEBUG

QS = []


class GuardError(Exception):
    pass


def guard(cond, msg):
    if not cond:
        raise GuardError(msg)


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fold(s):
    return re.sub(r"\s+", " ", (s or "").strip().lower())


def money(s):
    t = (s or "").strip().replace("£", "").replace("$", "").replace(",", "").replace(" ", "")
    if re.fullmatch(r"-?\d+(\.\d+)?", t):
        return float(t)
    return None


def num(s):
    t = (s or "").strip()
    if re.fullmatch(r"-?\d+(\.\d+)?", t):
        return float(t)
    return None


def yes(s):
    return fold(s) in ("yes", "y", "true", "1", "paid", "member")


# ---- guards ---------------------------------------------------------------------------------------

def top(counter, what, margin=0.05):
    items = sorted(counter.items(), key=lambda kv: -kv[1])
    if DEBUG:
        print(f"   [{what}] " + "; ".join(f"{k}={v:.2f}" for k, v in items[:6]))
    guard(len(items) >= 2, f"{what}: fewer than two")
    (w, a), (_, b) = items[0], items[1]
    guard(a > 0 and (a - b) > margin * abs(a), f"{what}: near tie {items[:3]}")
    return w, a


def bottom(counter, what, margin=0.05):
    items = sorted(counter.items(), key=lambda kv: kv[1])
    if DEBUG:
        print(f"   [{what}] " + "; ".join(f"{k}={v:.2f}" for k, v in items[:6]))
    (w, a), (_, b) = items[0], items[1]
    guard((b - a) > margin * abs(b), f"{what}: near tie {items[:3]}")
    return w, a


def topn(counter, n, what, margin=0.05):
    items = sorted(counter.items(), key=lambda kv: -kv[1])
    if DEBUG:
        print(f"   [{what}] " + "; ".join(f"{k}={v:.2f}" for k, v in items[:n + 3]))
    a, b = items[n - 1][1], items[n][1]
    guard((a - b) > margin * abs(a), f"{what}: near tie at {n}: {items[:n + 1]}")
    for i in range(n - 1):
        guard(items[i][1] != items[i + 1][1], f"{what}: exact tie inside top {n}")
    return [k for k, _ in items[:n]]


def positive(x, what):
    guard(x > 0, f"{what}: not positive ({x})")
    return x


def away(values, threshold, gap, what):
    near = [v for v in values if abs(v - threshold) <= gap]
    guard(not near, f"{what}: values on or near the threshold {threshold}: {near[:5]}")


def same(a, b, what):
    guard(a == b, f"{what}: readings differ ({a} vs {b})")


def unique_max(pairs, what):
    """pairs: (key, value); the largest value must be held by one key only."""
    items = sorted(pairs, key=lambda kv: -kv[1])
    guard(items[0][1] > items[1][1], f"{what}: tie for the largest {items[:3]}")
    return items[0]


# ---- label spellings --------------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def month_label(y, m, bare=False):
    out = [f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {y}", f"{y}-{m:02d}"]
    if bare:
        out.insert(0, MONTHS[m - 1])
    return out


def weekday_label(i):
    return [WEEKDAYS[i], WEEKDAYS[i] + "s"]


def hour_label(h):
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return [f"{h:02d}:00", f"{h}:00", f"{h12}{ap}", f"{h12} {ap}", f"{h12}:00 {ap}", f"{h12}:00{ap}",
            f"{h:02d}.00", f"{h12} {ap[0]}.m.", f"{h12} o'clock"]


def Q(dataset, question, truth, note):
    t = dict(truth)
    if "number" in t:
        t["number"] = round(float(t["number"]), 6)
        t.setdefault("unit", "")
    if "label" in t and isinstance(t["label"], str):
        t["label"] = [t["label"]]
    if "label" in t:
        t["label"] = list(dict.fromkeys(t["label"]))
    QS.append({"id": f"s24-{len(QS) + 1:03d}", "dataset": dataset, "question": question, "truth": t,
               "note": note})


# =====================================================================================================
# 1. wine shop (wine_sales.csv + wines.csv)

def wine():
    ds1 = ["wine_sales.csv"]
    ds2 = ["wine_sales.csv", "wines.csv"]
    wines = {}
    for r in rows("wines.csv"):
        wines[int(r["Wine ID"])] = {"name": r["Wine"], "colour": r["Colour"], "country": r["Country"],
                                    "grape": r["Grape"], "cost": money(r["Cost Price"])}
    lines = []
    for r in rows("wine_sales.csv"):
        d = dt.datetime.strptime(r["Date"].strip(), "%d/%m/%Y").date()
        hh, mm = (int(x) for x in r["Time"].split(":"))
        wid = int(r["Wine ID"])
        lines.append({"rec": r["Receipt"], "d": d, "h": hh, "wid": wid, "qty": int(r["Qty"]),
                      "price": money(r["Price"]), "tot": money(r["Line Total"]), "pay": fold(r["Payment"]),
                      "void": r["Void"].strip() != "", **wines[wid]})
    ok = [x for x in lines if not x["void"]]

    Q(ds1, "What have our total wine sales come to in 2025 so far, not counting anything voided at the till?",
      {"number": sum(x["tot"] for x in ok if x["d"].year == 2025), "unit": "£"},
      "sum of Line Total, 2025, void lines left out")

    Q(ds1, "How many bottles did we sell in 2024? Ignore voided lines.",
      {"number": sum(x["qty"] for x in ok if x["d"].year == 2024), "unit": "bottles"},
      "sum of Qty, 2024, non-void")

    c = collections.Counter()
    for x in ok:
        c[x["country"]] += x["tot"]
    w, _ = top(c, "country by money")
    Q(ds2, "Which country's wines have brought in the most money for us?", {"label": [w]},
      "Line Total by the wine list's Country, all non-void lines")

    red = sum(x["tot"] for x in ok if x["colour"] == "Red")
    Q(ds2, "What share of our takings comes from red wine?",
      {"number": 100 * red / sum(x["tot"] for x in ok), "unit": "%"},
      "red (wine list Colour) Line Total / all Line Total, non-void, whole period")

    c = collections.Counter()
    for x in ok:
        c[x["name"]] += x["qty"]
    Q(ds2, "What are our three best-selling wines by number of bottles?",
      {"labels": [[n] for n in topn(c, 3, "wines by bottles")]}, "sum of Qty per wine name, non-void")

    rec = collections.defaultdict(float)
    for x in ok:
        if x["d"].year == 2025:
            rec[x["rec"]] += x["tot"]
    Q(ds1, "How much does a customer spend on average per visit in 2025?",
      {"number": sum(rec.values()) / len(rec), "unit": "£"},
      "a visit is a receipt; its non-void Line Totals summed; mean over 2025 receipts with a non-void line")

    rec_all = collections.defaultdict(float)
    for x in ok:
        rec_all[x["rec"]] += x["tot"]
    away(rec_all.values(), 200, 0.5, "receipts over 200")
    Q(ds1, "How many of our receipts came to more than £200?",
      {"number": sum(1 for v in rec_all.values() if v > 200), "unit": "receipts"},
      "receipt totals (non-void lines) over 200, whole period")

    c = collections.Counter()
    for x in ok:
        c[x["d"].weekday()] += x["tot"]
    w, _ = top(c, "weekday by money")
    Q(ds1, "Which day of the week brings in the most money?", {"label": weekday_label(w)},
      "Line Total by weekday of Date, non-void")

    c = collections.Counter()
    seen = set()
    for x in lines:
        if x["rec"] not in seen:
            seen.add(x["rec"])
            c[x["h"]] += 1
    w, _ = top(c, "hour by receipts")
    c2 = collections.Counter()
    seen = set()
    for x in ok:
        if x["rec"] not in seen:
            seen.add(x["rec"])
            c2[x["h"]] += 1
    same(w, top(c2, "hour by receipts, non-void")[0], "busiest hour")
    Q(ds1, "What hour of the day do we ring up the most sales? Count each receipt once.",
      {"label": hour_label(w)}, "receipts by the hour of Time")

    a = sum(x["tot"] for x in ok if x["d"].year == 2025 and x["d"].month == 11)
    b = sum(x["tot"] for x in ok if x["d"].year == 2024 and x["d"].month == 11)
    Q(ds1, "How much more did we take in November 2025 than in November 2024? Leave voided lines out.",
      {"number": positive(a - b, "nov diff"), "unit": "£"}, "non-void Line Total, Nov 2025 minus Nov 2024")

    c = collections.Counter()
    for x in ok:
        if x["d"].month <= 11:
            c[x["colour"]] += x["qty"] * (1 if x["d"].year == 2025 else -1)
    w, v = top(c, "colour growth")
    Q(ds2, "Comparing January to November 2025 with January to November 2024, which colour of wine grew "
           "the most in bottles sold, and by how many bottles?",
      {"label": [w, w.replace("é", "e")], "number": positive(v, "colour growth"), "unit": "bottles"},
      "Qty by wine list Colour, Jan-Nov 2025 minus Jan-Nov 2024, non-void")

    gp = sum(x["tot"] - x["qty"] * x["cost"] for x in ok if x["d"].year == 2025 and x["country"] == "Italy")
    Q(ds2, "What gross profit did we make on Italian wines in 2025, taking each bottle's cost price off what "
           "we sold it for?",
      {"number": gp, "unit": "£"}, "2025 non-void Italy lines: Line Total - Qty x Cost Price")

    sold = {x["wid"] for x in ok}
    never = sorted(v["name"] for k, v in wines.items() if k not in sold)
    sold_any = {x["wid"] for x in lines}
    same(never, sorted(v["name"] for k, v in wines.items() if k not in sold_any), "never sold incl. voids")
    guard(len(never) == 2, "never sold count")
    Q(ds2, "Which wines on our list have never sold a single bottle?", {"labels": [[n] for n in never]},
      "wine list names with no sale line")

    cash = sum(x["tot"] for x in ok if x["pay"] == "cash")
    Q(ds1, "What percentage of our takings was paid in cash?",
      {"number": 100 * cash / sum(x["tot"] for x in ok), "unit": "%"}, "cash Line Total / all, non-void")

    Q(ds1, "How many lines have been voided at the till?",
      {"number": sum(1 for x in lines if x["void"]), "unit": "lines"}, "rows with anything in Void")

    Q(ds2, "How many bottles of sparkling wine did we sell in December 2024, not counting voids?",
      {"number": sum(x["qty"] for x in ok if x["colour"] == "Sparkling" and x["d"].year == 2024
                     and x["d"].month == 12), "unit": "bottles"}, "Qty, Colour Sparkling, Dec 2024")

    wt = [x for x in ok if x["colour"] == "White"]
    Q(ds2, "On average, what did a bottle of white wine sell for? Average over every bottle sold.",
      {"number": sum(x["tot"] for x in wt) / sum(x["qty"] for x in wt), "unit": "£"},
      "white Line Total / white Qty, non-void")

    c = collections.Counter()
    for x in ok:
        if x["d"].year == 2024:
            c[x["d"].month] += x["tot"]
    w, _ = top(c, "2024 month")
    Q(ds1, "Which month of 2024 was our best for sales?", {"label": month_label(2024, w, bare=True)},
      "non-void Line Total by month, 2024")

    c = collections.Counter()
    for x in ok:
        c[x["grape"]] += x["qty"]
    w, v = top(c, "grape")
    Q(ds2, "Which grape variety sells the most bottles, and how many bottles is that?",
      {"label": [w], "number": v, "unit": "bottles"}, "Qty by wine list Grape, non-void, whole period")

    Q(ds1, "How many bottles did we sell on Saturdays in 2025 (leaving out voided lines)?",
      {"number": sum(x["qty"] for x in ok if x["d"].year == 2025 and x["d"].weekday() == 5), "unit": "bottles"},
      "Qty, Saturdays of 2025, non-void")

    per = collections.Counter()
    for x in ok:
        per[(x["rec"], x["wid"])] += x["qty"]
    same(sum(1 for x in ok if x["qty"] >= 6), sum(1 for v in per.values() if v >= 6), "six or more per receipt")
    Q(ds1, "How many times has someone bought six or more bottles of the same wine in one go?",
      {"number": sum(1 for x in ok if x["qty"] >= 6), "unit": "lines"}, "non-void lines with Qty >= 6")

    Q(ds1, "How many different wines did we sell in 2025?",
      {"number": len({x["wid"] for x in ok if x["d"].year == 2025}), "unit": "wines"},
      "distinct Wine ID (as integers) on non-void 2025 lines")

    Q(ds2, "How much did New Zealand wines take over summer 2025, June to August?",
      {"number": sum(x["tot"] for x in ok if x["country"] == "New Zealand" and x["d"].year == 2025
                     and 6 <= x["d"].month <= 8), "unit": "£"}, "non-void Line Total, Country New Zealand, Jun-Aug 2025")


# =====================================================================================================
# 2. community radio donations ledger (radio_ledger.csv)

def radio():
    ds = ["radio_ledger.csv"]
    TYPES = {"donation": "donation", "monthly pledge": "pledge", "event ticket": "event", "merch": "merch",
             "grant": "grant", "card fee": "fee", "refund": "refund"}
    allr = []
    for r in rows("radio_ledger.csv"):
        m, d, y = (int(x) for x in r["Date"].strip().split("/"))
        allr.append({"d": dt.date(y, m, d), "name": r["Name"].strip(), "type": TYPES[fold(r["Type"])],
                     "camp": fold(r["Campaign"]), "meth": fold(r["Method"]), "amt": money(r["Amount"]),
                     "match": yes(r["Employer Match"]), "void": r["Status"].strip() != ""})
    ok = [x for x in allr if not x["void"]]
    don = [x for x in ok if x["type"] == "donation"]

    Q(ds, "What was our net total for 2024 once refunds and fees are taken off? Ignore voided entries.",
      {"number": sum(x["amt"] for x in ok if x["d"].year == 2024), "unit": "$"},
      "sum of signed Amount, 2024, non-void")

    Q(ds, "How much came in from one-off donations in 2025?",
      {"number": sum(x["amt"] for x in don if x["d"].year == 2025), "unit": "$"},
      "Type donation, 2025, non-void (refunds are their own rows and not included)")

    Q(ds, "How much money have we refunded altogether?",
      {"number": positive(-sum(x["amt"] for x in ok if x["type"] == "refund"), "refunds"), "unit": "$"},
      "minus the sum of refund rows, non-void")

    Q(ds, "What did card processing fees cost us in 2025?",
      {"number": positive(-sum(x["amt"] for x in ok if x["type"] == "fee" and x["d"].year == 2025), "fees"),
       "unit": "$"}, "minus the sum of card fee rows in 2025")

    def drive(name, y):
        return sum(x["amt"] for x in don if x["camp"] == name and x["d"].year == y)
    Q(ds, "How much more did the Spring Drive raise in gifts in 2025 than in 2024 (before any refunds)?",
      {"number": positive(drive("spring drive", 2025) - drive("spring drive", 2024), "spring"), "unit": "$"},
      "donation rows with Campaign spring drive, 2025 minus 2024, non-void")

    c = collections.Counter()
    c2 = collections.Counter()
    for x in ok:
        if x["type"] in ("donation", "pledge"):
            c[x["name"]] += x["amt"]
            c2[x["name"]] += x["amt"]
        if x["type"] == "refund":
            c2[x["name"]] += x["amt"]
    w, v = top(c, "individual giver")
    w2, v2 = top(c2, "individual giver net of refunds")
    same(w, w2, "top giver with refunds")
    Q(ds, "Who is our most generous individual supporter, counting one-off gifts and monthly pledges "
          "together, and how much have they given in total before any refunds?",
      {"label": [w], "number": v, "unit": "$"},
      "donation + monthly pledge Amount by Name, non-void (the same winner with refunds taken off)")

    Q(ds, "How many different people made a one-off donation in 2025?",
      {"number": len({x["name"] for x in don if x["d"].year == 2025}), "unit": "donors"},
      "distinct Name on 2025 donation rows")

    Q(ds, "What's the average one-off donation?",
      {"number": sum(x["amt"] for x in don) / len(don), "unit": "$"}, "mean Amount of donation rows, non-void")

    away([x["amt"] for x in don], 300, 1, "gifts over 300")
    Q(ds, "How many one-off gifts were over $300?",
      {"number": sum(1 for x in don if x["amt"] > 300), "unit": "gifts"}, "donation rows with Amount > 300")

    Q(ds, "What percentage of one-off gifts were matched by the donor's employer?",
      {"number": 100 * sum(1 for x in don if x["match"]) / len(don), "unit": "%"},
      "donation rows with a yes in Employer Match / all donation rows (blank = no)")

    c = collections.Counter()
    for x in don:
        if x["d"].year == 2024:
            c[x["d"].month] += x["amt"]
    w, _ = top(c, "2024 month donations")
    Q(ds, "Which month of 2024 brought in the most in one-off donations?",
      {"label": month_label(2024, w, bare=True)}, "donation Amount by month, 2024")

    c = collections.Counter()
    for x in don:
        c[x["meth"]] += x["amt"]
    w, _ = top(c, "method")
    Q(ds, "By value, which payment method do most one-off donations come through?", {"label": [w, w.capitalize()]},
      "donation Amount by folded Method")

    Q(ds, "How much did monthly pledges bring in during 2025?",
      {"number": sum(x["amt"] for x in ok if x["type"] == "pledge" and x["d"].year == 2025), "unit": "$"},
      "monthly pledge rows, 2025")

    Q(ds, "How much have we received in grants?",
      {"number": sum(x["amt"] for x in ok if x["type"] == "grant"), "unit": "$"}, "grant rows, all")

    c = collections.Counter()
    for x in don:
        c[x["d"].weekday()] += 1
    w, _ = top(c, "weekday donations")
    Q(ds, "On which day of the week do the most one-off donations come in?", {"label": weekday_label(w)},
      "count of donation rows by weekday")

    Q(ds, "How many refunds did we issue in 2025?",
      {"number": sum(1 for x in ok if x["type"] == "refund" and x["d"].year == 2025), "unit": "refunds"},
      "refund rows dated 2025, non-void")

    Q(ds, "How many entries in the ledger have been voided?",
      {"number": sum(1 for x in allr if x["void"]), "unit": "entries"}, "rows with anything in Status")

    a = sum(x["amt"] for x in ok if x["type"] == "event" and x["d"].year == 2025)
    b = sum(x["amt"] for x in ok if x["type"] == "event" and x["d"].year == 2024)
    Q(ds, "How much more did event tickets bring in during 2025 than in 2024?",
      {"number": positive(a - b, "events"), "unit": "$"}, "event ticket rows, 2025 minus 2024 (refunds not included)")

    big = unique_max([(x["name"], x["amt"]) for x in don], "biggest gift")
    Q(ds, "What was the biggest single one-off gift we received, and who gave it?",
      {"label": [big[0]], "number": big[1], "unit": "$"}, "largest donation row Amount, non-void")

    Q(ds, "How much did the 2025 Fall Drive raise in one-off gifts?",
      {"number": drive("fall drive", 2025), "unit": "$"}, "donation rows, Campaign fall drive, 2025")

    a = sum(x["amt"] for x in don if x["d"].year == 2025 and x["d"].month == 10)
    b = sum(x["amt"] for x in don if x["d"].year == 2024 and x["d"].month == 10)
    Q(ds, "How did one-off donations in October 2025 compare with October 2024? How much more came in?",
      {"number": positive(a - b, "oct"), "unit": "$"}, "donation rows, Oct 2025 minus Oct 2024")


# =====================================================================================================
# 3. mobile mechanic jobs (mechanic_jobs.csv)

def mechanic():
    ds = ["mechanic_jobs.csv"]
    ST = {"completed": "completed", "cancelled": "cancelled", "canceled": "cancelled", "no access": "no access",
          "customer not in": "not in", "cust not in": "not in"}

    def ts(s):
        s = s.strip()
        if not s:
            return None
        return dt.datetime.fromisoformat(s)

    jobs = []
    for r in rows("mechanic_jobs.csv"):
        st = ts(r["Start"])
        fi = ts(r["Finish"])
        mk = fold(r["Make"])
        mk = "volkswagen" if mk == "vw" else mk
        lab = money(r["Labour"])
        parts = money(r["Parts"])
        jobs.append({"start": st, "fin": fi, "mins": (fi - st).total_seconds() / 60 if fi else None,
                     "cust": r["Customer"].strip(), "area": fold(r["Area"]), "make": mk, "type": fold(r["Job Type"]),
                     "lab": lab, "parts": parts, "status": ST[fold(r["Status"])], "paid": yes(r["Paid"]),
                     "miles": num(r["Miles"])})
    done = [j for j in jobs if j["status"] == "completed"]
    guard(all(j["fin"] and j["lab"] is not None for j in done), "completed jobs without finish/labour")

    def bill(j):
        return j["lab"] + (j["parts"] or 0)

    Q(ds, "How many jobs did we complete in 2025?",
      {"number": sum(1 for j in done if j["start"].year == 2025), "unit": "jobs"}, "completed, Start in 2025")

    Q(ds, "How long does a finished job take us on average, start to finish, in minutes?",
      {"number": sum(j["mins"] for j in done) / len(done), "unit": "minutes"}, "mean Finish - Start, completed")

    c = collections.defaultdict(list)
    for j in done:
        c[j["type"]].append(j["mins"])
    w, _ = top({k: sum(v) / len(v) for k, v in c.items()}, "type by mean length")
    Q(ds, "Which kind of job takes the longest on average?", {"label": [w.title()]}, "mean length by folded Job Type")

    Q(ds, "How much labour did we charge in 2025 for jobs that were actually done?",
      {"number": sum(j["lab"] for j in done if j["start"].year == 2025), "unit": "£"},
      "sum Labour, completed, 2025")

    Q(ds, "What have parts come to on brake jobs altogether? Skip any where the parts cost isn't filled in.",
      {"number": sum(j["parts"] for j in done if j["type"] == "brakes" and j["parts"] is not None), "unit": "£"},
      "sum of numeric Parts on completed brakes jobs (tbc / n/a left out)")

    nogo = sum(1 for j in jobs if j["status"] != "completed")
    Q(ds, "How many bookings didn't go ahead, whether cancelled, no access or the customer not in?",
      {"number": nogo, "unit": "bookings"}, "status not completed")

    Q(ds, "What percentage of our bookings fell through (cancelled, couldn't get access or nobody home)?",
      {"number": 100 * nogo / len(jobs), "unit": "%"}, "not completed / all rows")

    unpaid = [j for j in done if not j["paid"]]
    tbc_unpaid = [j for j in unpaid if j["parts"] is None and j["type"] not in ("diagnostics",)]
    guard(not tbc_unpaid, f"unpaid jobs with unknown parts: {len(tbc_unpaid)}")
    Q(ds, "How much are customers still owing us for jobs we've finished?",
      {"number": sum(bill(j) for j in unpaid), "unit": "£"}, "labour + parts of completed jobs not marked paid")

    c = collections.Counter(j["make"] for j in done)
    w, _ = top(c, "make completed")
    same(w, top(collections.Counter(j["make"] for j in jobs), "make all")[0], "make")
    Q(ds, "Which make of car do we work on the most?", {"label": [w.capitalize()]}, "completed jobs by folded Make")

    c = collections.Counter(j["area"] for j in jobs)
    w, _ = top(c, "area")
    Q(ds, "Which area do we get the most bookings from?", {"label": [w.capitalize()]}, "all rows by folded Area")

    Q(ds, "How many finished jobs did we start before 8 o'clock in the morning?",
      {"number": sum(1 for j in done if j["start"].hour < 8), "unit": "jobs"}, "completed, Start before 08:00")

    c = collections.Counter(j["start"].weekday() for j in done)
    w, _ = top(c, "weekday")
    Q(ds, "Which day of the week are we busiest, going by completed jobs?", {"label": weekday_label(w)},
      "completed jobs by weekday of Start")

    away([j["mins"] for j in done], 210, 2, "3.5 hours")
    Q(ds, "How many completed jobs took longer than three and a half hours?",
      {"number": sum(1 for j in done if j["mins"] > 210), "unit": "jobs"}, "Finish - Start over 210 minutes")

    c = collections.Counter()
    for j in done:
        c[j["cust"]] += bill(j)
    Q(ds, "Who are our top three customers by what they've spent with us?",
      {"labels": [[n] for n in topn(c, 3, "customers by spend")]}, "labour + parts of completed jobs by Customer")

    m = [j["miles"] for j in jobs if j["miles"] is not None]
    Q(ds, "Where the mileage was written down as a number, what's the average distance to a job in miles?",
      {"number": sum(m) / len(m), "unit": "miles"}, "mean numeric Miles over all rows (local / several / ? / blank left out)")

    c = collections.Counter()
    for j in done:
        if 3 <= j["start"].month <= 10:
            c[j["type"]] += 1 if j["start"].year == 2025 else -1
    w, v = top(c, "type growth")
    Q(ds, "Which type of job grew the most from March-October 2024 to March-October 2025, and by how many "
          "completed jobs?", {"label": [w.title()], "number": positive(v, "type growth"), "unit": "jobs"},
      "completed jobs by folded type, Mar-Oct 2025 minus Mar-Oct 2024")

    a = sum(bill(j) for j in done if j["type"] == "full service" and (j["start"].year, j["start"].month) == (2025, 6))
    b = sum(bill(j) for j in done if j["type"] == "full service" and (j["start"].year, j["start"].month) == (2024, 6))
    diff = a - b
    Q(ds, "How much more did we take for full services in June 2025 than in June 2024?" if diff > 0 else
          "How much less did we take for full services in June 2025 than in June 2024?",
      {"number": abs(positive(abs(diff), "june")), "unit": "£"}, "labour + parts, completed full services, June")

    Q(ds, "How many different customers have we done work for?",
      {"number": len({j["cust"] for j in done}), "unit": "customers"}, "distinct Customer on completed jobs")

    Q(ds, "How many hours did we spend on jobs in September 2025?",
      {"number": sum(j["mins"] for j in done if (j["start"].year, j["start"].month) == (2025, 9)) / 60,
       "unit": "hours"}, "sum of Finish - Start, completed, Sep 2025")

    dg = [j for j in done if j["type"] == "diagnostics"]
    Q(ds, "What's the average bill for a diagnostics job, labour plus parts?",
      {"number": sum(bill(j) for j in dg) / len(dg), "unit": "£"}, "mean labour + parts, completed diagnostics")

    c = collections.Counter()
    for j in done:
        if j["start"].year == 2025:
            c[j["start"].month] += j["mins"]
    w, _ = top(c, "month hours 2025")
    Q(ds, "Which month of 2025 did we spend the most hours working on cars?",
      {"label": month_label(2025, w, bare=True)}, "sum of job lengths by month, completed, 2025")

    Q(ds, "How many battery jobs did we do over the winter, November 2024 to February 2025?",
      {"number": sum(1 for j in done if j["type"] == "battery" and dt.date(2024, 11, 1) <= j["start"].date()
                     <= dt.date(2025, 2, 28)), "unit": "jobs"}, "completed battery jobs, 1 Nov 2024 - 28 Feb 2025")


# =====================================================================================================
# 4. podcast network, per show per day (podcast_daily.csv)

def podcast():
    ds = ["podcast_daily.csv"]
    NAMES = {}
    recs = []
    for r in rows("podcast_daily.csv"):
        key = fold(r["Show"])
        recs.append({"d": dt.date.fromisoformat(r["Date"].strip()), "show": key, "dl": num(r["Downloads"]),
                     "listen": num(r["Avg Listen (mins)"]), "fol": num(r["New Followers"]),
                     "ad": money(r["Ad Revenue"]) or 0.0, "ep": yes(r["New Episode"])})
        if r["Show"] == r["Show"].strip() and "  " not in r["Show"] and r["Show"] != r["Show"].lower() \
                and r["Show"] != r["Show"].upper():
            NAMES[key] = r["Show"]
    guard(len(NAMES) == 4, "show names")

    def lab(k):
        return [NAMES[k]]
    withdl = [x for x in recs if x["dl"] is not None]

    Q(ds, "How many downloads did all our shows get in 2024 put together?",
      {"number": sum(x["dl"] for x in withdl if x["d"].year == 2024), "unit": "downloads"},
      "sum of Downloads, 2024 (outage days blank, left out)")

    c = collections.Counter()
    for x in withdl:
        if x["d"].year == 2025:
            c[x["show"]] += x["dl"]
    w, _ = top(c, "show 2025")
    Q(ds, "Which show had the most downloads in 2025?", {"label": lab(w)}, "Downloads by folded Show, 2025")

    v = [x["dl"] for x in withdl if x["show"] == "midnight ledger" and x["d"].year == 2025 and x["d"].month == 8]
    Q(ds, "What were Midnight Ledger's average daily downloads in August 2025?",
      {"number": sum(v) / len(v), "unit": "downloads"}, "mean Downloads, Midnight Ledger, Aug 2025, days with a number")

    Q(ds, "How much ad revenue did we make in 2025?",
      {"number": sum(x["ad"] for x in recs if x["d"].year == 2025), "unit": "$"}, "sum Ad Revenue, 2025")

    c = collections.Counter()
    for x in withdl:
        if x["d"].month <= 3 and x["show"] != "kitchen table money":
            c[x["show"]] += x["dl"] if x["d"].year == 2025 else -x["dl"]
    w, v = top(c, "show growth q1")
    Q(ds, "Of the three shows we had from the start, which grew the most in downloads from January-March 2024 "
          "to January-March 2025, and by how many downloads?",
      {"label": lab(w), "number": positive(v, "q1 growth"), "unit": "downloads"},
      "Downloads Q1 2025 minus Q1 2024 per show")

    Q(ds, "How many new episodes did Small Town Sleuths put out in 2025?",
      {"number": sum(1 for x in recs if x["show"] == "small town sleuths" and x["ep"] and x["d"].year == 2025),
       "unit": "episodes"}, "days with New Episode yes, Small Town Sleuths, 2025")

    ah = [x for x in withdl if x["show"] == "the allotment hour"]
    e = [x["dl"] for x in ah if x["ep"]]
    o = [x["dl"] for x in ah if not x["ep"]]
    Q(ds, "On days a new episode comes out, how many more downloads does The Allotment Hour get on average "
          "than on other days?",
      {"number": positive(sum(e) / len(e) - sum(o) / len(o), "release uplift"), "unit": "downloads"},
      "mean Downloads on release days minus mean on other days, The Allotment Hour, all days with a number")

    c = collections.Counter()
    for x in withdl:
        c[x["d"].weekday()] += x["dl"]
    w, _ = top(c, "weekday downloads")
    Q(ds, "Which day of the week gets the most downloads across the network?", {"label": weekday_label(w)},
      "Downloads by weekday, all shows")

    c = collections.Counter()
    for x in withdl:
        c[(x["d"].year, x["d"].month)] += x["dl"]
    (y, m), _ = top(c, "best month", margin=0.03)
    Q(ds, "What has been our best month ever for downloads?", {"label": month_label(y, m)},
      "Downloads by calendar month, all shows")

    k = sum(x["dl"] for x in withdl if x["d"].year == 2025 and x["show"] == "kitchen table money")
    Q(ds, "What share of 2025's downloads came from Kitchen Table Money?",
      {"number": 100 * k / sum(x["dl"] for x in withdl if x["d"].year == 2025), "unit": "%"},
      "its 2025 Downloads / all 2025 Downloads")

    st = [x["dl"] for x in withdl if x["show"] == "small town sleuths"]
    away(st, 2500, 15, "2500 downloads")
    Q(ds, "On how many days did Small Town Sleuths get more than 2,500 downloads?",
      {"number": sum(1 for v in st if v > 2500), "unit": "days"}, "days with Downloads > 2500")

    c = collections.Counter()
    for x in recs:
        if x["d"].year == 2025:
            c[x["show"]] += x["fol"]
    w, _ = top(c, "followers")
    Q(ds, "Which show picked up the most new followers in 2025?", {"label": lab(w)},
      "New Followers by show, 2025")

    rv = sum(x["ad"] for x in withdl if x["d"].year == 2025)
    dl = sum(x["dl"] for x in withdl if x["d"].year == 2025)
    Q(ds, "Across 2025, how much ad revenue did we earn per 1,000 downloads? Only count days where downloads "
          "were recorded.", {"number": 1000 * rv / dl, "unit": "$"},
      "Ad Revenue / Downloads x 1000, 2025 rows with a Downloads number")

    Q(ds, "On how many days was download tracking down?",
      {"number": len({x["d"] for x in recs if x["dl"] is None}), "unit": "days"},
      "distinct dates with Downloads blank / n/a")

    big = unique_max([(x["show"], x["dl"]) for x in withdl], "biggest day")
    Q(ds, "What was the single biggest day any show has had, and which show was it?",
      {"label": lab(big[0]), "number": big[1], "unit": "downloads"}, "largest Downloads on one row")

    a = sum(x["dl"] for x in withdl if (x["d"].year, x["d"].month) == (2025, 9))
    b = sum(x["dl"] for x in withdl if (x["d"].year, x["d"].month) == (2024, 9))
    Q(ds, "How many more downloads did we get in September 2025 than in September 2024?",
      {"number": positive(a - b, "sep"), "unit": "downloads"}, "all shows, Sep 2025 minus Sep 2024")

    c = collections.defaultdict(list)
    for x in recs:
        if x["listen"] is not None:
            c[x["show"]].append(x["listen"])
    w, _ = top({k: sum(v) / len(v) for k, v in c.items()}, "listen")
    Q(ds, "Which show keeps people listening the longest on average?", {"label": lab(w)},
      "mean Avg Listen (mins) by show")

    Q(ds, "How many episodes did we release across all shows in 2024?",
      {"number": sum(1 for x in recs if x["ep"] and x["d"].year == 2024), "unit": "episodes"},
      "New Episode yes, 2024")

    v = [x["dl"] for x in withdl if x["show"] == "the allotment hour" and x["d"].year == 2025
         and x["d"].weekday() >= 5]
    Q(ds, "What does The Allotment Hour average in downloads per day at weekends in 2025?",
      {"number": sum(v) / len(v), "unit": "downloads"}, "mean Downloads, Saturdays and Sundays of 2025")

    Q(ds, "On how many days in 2025 did Midnight Ledger earn any ad money?",
      {"number": sum(1 for x in recs if x["show"] == "midnight ledger" and x["d"].year == 2025 and x["ad"] > 0),
       "unit": "days"}, "Ad Revenue above 0")


# =====================================================================================================
# 5. chamber orchestra bookings (orchestra_bookings.csv)

def orchestra():
    ds = ["orchestra_bookings.csv"]
    ST = {"confirmed": "confirmed", "cancelled": "cancelled", "canceled": "cancelled", "refunded": "refunded"}
    CH = {"online": "Online", "web": "Online", "box office": "Box Office", "phone": "Phone", "telephone": "Phone"}
    TY = {"full": "full", "full price": "full", "concession": "concession", "conc": "concession",
          "student": "student", "under 18": "under 18", "u18": "under 18", "under-18": "under 18"}
    NAMES = {}
    bk = []
    for r in rows("orchestra_bookings.csv"):
        b = r["Booked At"].strip()
        if "/" in b:
            ba = dt.datetime.strptime(b, "%d/%m/%Y %H:%M")
        else:
            ba = dt.datetime.strptime(b, "%d %b %Y %H:%M")
        cd = dt.datetime.strptime(r["Concert Date"].strip(), "%a %d %b %Y").date()
        key = fold(r["Concert"])
        if r["Concert"] == r["Concert"].strip() and "  " not in r["Concert"] and r["Concert"] != r["Concert"].lower() \
                and r["Concert"] != r["Concert"].upper():
            NAMES[key] = r["Concert"]
        season = f"{cd.year}-{cd.year + 1}" if cd.month >= 9 else f"{cd.year - 1}-{cd.year}"
        bk.append({"ba": ba, "cd": cd, "concert": key, "season": season, "seat": fold(r["Seats"]),
                   "type": TY[fold(r["Ticket Type"])], "n": num(r["Tickets"]), "tot": money(r["Total"]),
                   "chan": CH[fold(r["Channel"])], "st": ST[fold(r["Status"])], "friend": yes(r["Friend"]),
                   "don": money(r["Donation"]) or 0.0})
    ok = [b for b in bk if b["st"] == "confirmed"]
    guard(all(b["n"] is not None for b in ok), "confirmed without a ticket number")
    S1, S2 = "2023-2024", "2024-2025"

    Q(ds, "How many tickets did we sell for the 2024-25 season, leaving out cancelled and refunded bookings?",
      {"number": sum(b["n"] for b in ok if b["season"] == S2), "unit": "tickets"}, "confirmed Tickets, Sep 2024 - Jun 2025 concerts")

    c = collections.Counter()
    for b in ok:
        if b["season"] == S2:
            c[b["concert"]] += b["n"]
    w, v = top(c, "concert tickets s2")
    Q(ds, "Which concert of the 2024-25 season sold the most tickets, and how many?",
      {"label": [NAMES[w]], "number": v, "unit": "tickets"}, "confirmed Tickets by concert, 2024-25")

    Q(ds, "What was our ticket income for the 2024-25 season, not counting cancellations and refunds?",
      {"number": sum(b["tot"] for b in ok if b["season"] == S2), "unit": "£"}, "confirmed Total, 2024-25 season")

    Q(ds, "What share of confirmed bookings were made online?",
      {"number": 100 * sum(1 for b in ok if b["chan"] == "Online") / len(ok), "unit": "%"},
      "confirmed bookings with Channel online / web")

    Q(ds, "On average, how many tickets are there in a booking? Only count bookings that went ahead.",
      {"number": sum(b["n"] for b in ok) / len(ok), "unit": "tickets"}, "mean Tickets, confirmed")

    Q(ds, "What percentage of confirmed bookings are made by Friends of the orchestra?",
      {"number": 100 * sum(1 for b in ok if b["friend"]) / len(ok), "unit": "%"}, "Friend yes / confirmed bookings")

    Q(ds, "How much have people added as donations when booking, on bookings that weren't cancelled or refunded?",
      {"number": sum(b["don"] for b in ok), "unit": "£"}, "sum Donation, confirmed")

    lead = [(b["cd"] - b["ba"].date()).days for b in ok]
    Q(ds, "How many days ahead of the concert do people book on average? Leave out cancelled and refunded bookings.",
      {"number": sum(lead) / len(lead), "unit": "days"}, "mean of concert date - booking date in days, confirmed")

    Q(ds, "How many confirmed bookings were made in the final week, 7 days or fewer before the concert?",
      {"number": sum(1 for v in lead if v <= 7), "unit": "bookings"}, "lead time 0-7 days, confirmed")

    c = collections.Counter()
    for b in ok:
        c[b["seat"]] += b["tot"]
    w, _ = top(c, "seat money")
    Q(ds, "Which seating area brings in the most money?", {"label": [w.capitalize()]}, "confirmed Total by folded Seats")

    c = collections.Counter(b["ba"].hour for b in bk if b["chan"] == "Online")
    w, _ = top(c, "online hour")
    same(w, top(collections.Counter(b["ba"].hour for b in ok if b["chan"] == "Online"), "online hour ok")[0],
         "online hour")
    Q(ds, "At what time of day do most online bookings come in?", {"label": hour_label(w)},
      "online bookings by hour of Booked At (the same with confirmed only)")

    Q(ds, "How many bookings were refunded?", {"number": sum(1 for b in bk if b["st"] == "refunded"), "unit": "bookings"},
      "Status refunded")

    Q(ds, "How many student tickets did we sell across both seasons (not counting cancelled or refunded bookings)?",
      {"number": sum(b["n"] for b in ok if b["type"] == "student"), "unit": "tickets"}, "confirmed Tickets, type student")

    c = collections.Counter()
    for b in ok:
        if b["season"] == S1:
            c[b["concert"]] += b["n"]
    w, _ = bottom(c, "fewest s1")
    Q(ds, "Which concert of the 2023-24 season sold the fewest tickets?", {"label": [NAMES[w]]},
      "confirmed Tickets by concert, 2023-24")

    c = collections.Counter()
    for b in ok:
        if b["season"] == S2:
            c[b["concert"]] += b["tot"]
    Q(ds, "What were our three biggest earners among the 2024-25 concerts?",
      {"labels": [[NAMES[k]] for k in topn(c, 3, "concerts by money s2")]}, "confirmed Total by concert, 2024-25")

    c = collections.Counter()
    for b in ok:
        c[b["chan"]] += b["n"] if b["season"] == S2 else -b["n"]
    w, v = top(c, "channel growth")
    Q(ds, "Which way of booking grew the most in tickets sold from the 2023-24 season to 2024-25, and by how "
          "many tickets?", {"label": [w], "number": positive(v, "channel growth"), "unit": "tickets"},
      "confirmed Tickets by folded Channel, 2024-25 minus 2023-24")

    Q(ds, "How many confirmed bookings were for five or more tickets?",
      {"number": sum(1 for b in ok if b["n"] >= 5), "unit": "bookings"}, "Tickets >= 5, confirmed")

    c = collections.Counter(b["ba"].weekday() for b in bk)
    w, _ = top(c, "booking weekday")
    same(w, top(collections.Counter(b["ba"].weekday() for b in ok), "booking weekday ok")[0], "booking weekday")
    Q(ds, "Which day of the week do people do most of their booking on?", {"label": weekday_label(w)},
      "bookings by weekday of Booked At")

    Q(ds, "How many concerts did we put on across the two seasons? Count each performance.",
      {"number": len({(b["concert"], b["cd"]) for b in bk}), "unit": "concerts"}, "distinct title + date")

    ci = [b for b in ok if b["season"] == S2 and b["seat"] == "circle"]
    Q(ds, "What did a Circle seat go for on average in the 2024-25 season? Work it out per ticket.",
      {"number": sum(b["tot"] for b in ci) / sum(b["n"] for b in ci), "unit": "£"},
      "confirmed Circle Total / Tickets, 2024-25")

    a = sum(b["tot"] for b in ok if b["concert"] == "messiah" and b["cd"].year == 2024)
    c0 = sum(b["tot"] for b in ok if b["concert"] == "messiah" and b["cd"].year == 2023)
    Q(ds, "How much more did Messiah take in December 2024 than in December 2023? Leave out cancellations "
          "and refunds.", {"number": positive(a - c0, "messiah"), "unit": "£"}, "confirmed Total, Messiah 2024 minus 2023")


def main():
    try:
        wine()
        radio()
        mechanic()
        podcast()
        orchestra()
    except GuardError as e:
        print(f"GUARD FAILED: {e}", file=sys.stderr)
        sys.exit(1)
    for q in QS:
        print(f"{q['id']}  {q['question']}\n          -> {json.dumps(q['truth'], ensure_ascii=False)}")
    print(f"{len(QS)} questions")
    if not PRINT_ONLY:
        (HERE / "questions.json").write_text(json.dumps(QS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote questions.json")


if __name__ == "__main__":
    main()
