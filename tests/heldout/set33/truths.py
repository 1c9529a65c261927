#!/usr/bin/env python3
"""Held-out set 33: computes every truth from data/*.csv and writes questions.json.

    python3 tests/heldout/set33/truths.py [--print] [--debug] [--collect]

Reading rules (each question's note repeats the one it uses):
- Money and quantities: currency signs, spaces, thousands commas and units (hrs, h, mm, mph, bags) stripped; a
  leading minus is negative. A cell that is not a number (tbc, n/a, ?, sensor fault, gauge frozen, refunded,
  blank) is left out of sums and averages, never read as 0. Exceptions: rainfall "tr" (trace) is 0 mm;
  green waste "none" is 0 bags.
- Names are folded: trimmed, inner spaces removed, case ignored, with the synonyms listed per dataset.
- Gardener: a visit is done when Status is Done / Completed; rained off = Rain / Rained off; cancelled = starts
  "cancel". The customer list is joined on the integer value of Cust No. Paid = yes / y / paid.
- Scout group: void rows (Note containing "void") never count; money in = positive amounts; money out =
  negative amounts reported as a positive figure (refunds included).
- Weather: a row is a day; days missing = calendar days from 1 Jan 2024 to 30 Sep 2025 with no row.
- Trivia: a team's score on a night = the sum of its six round columns; an "absent" row is a night missed.
- Courts: played = Status Confirmed; no-show = starts "no"; cancelled = starts "cancel"; length = End - Start;
  booked ahead = calendar days from the date of Created to Play Date.
"""

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
ARGS = set(sys.argv[1:])
FAILS = []
QUESTIONS = []
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fail(msg):
    if "--collect" in ARGS:
        FAILS.append(msg)
    else:
        sys.exit("guard failed: " + msg)


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        rd = csv.reader(f)
        header = next(rd)
        return [dict(zip(header, r)) for r in rd]


def num(s):
    t = s.strip().replace("£", "").replace("$", "").replace(",", "")
    for u in ("hrs", "mph", "mm", "bags", "bag", "h"):
        if t.endswith(u):
            t = t[: -len(u)].strip()
            break
    try:
        return float(t)
    except ValueError:
        return None


def fold(s):
    return "".join(s.split()).lower()


def r6(x):
    return round(x, 6) if isinstance(x, float) else x


def q(dataset, question, truth, note):
    t = {}
    for k, v in truth.items():
        t[k] = [r6(x) for x in v] if k == "numbers" else (r6(v) if k == "number" else v)
    QUESTIONS.append({"dataset": dataset, "id": f"s33-{len(QUESTIONS) + 1:03d}", "note": note,
                      "question": question, "truth": t})


def top(counter, what, margin=0.05, second=False):
    ranked = sorted(counter.items(), key=lambda kv: -kv[1])
    if "--debug" in ARGS:
        print(f"  [{what}] " + ", ".join(f"{k}={v:.2f}" for k, v in ranked[:5]))
    if len(ranked) > 1 and not ranked[0][1] > ranked[1][1] * (1 + margin):
        fail(f"{what}: near tie {ranked[:2]}")
    if second:
        if len(ranked) > 2 and not ranked[1][1] > ranked[2][1] * (1 + margin):
            fail(f"{what}: runner-up near tie {ranked[1:3]}")
        return ranked[0][0], ranked[1][0]
    return ranked[0][0]


def positive(x, what):
    if not x > 0:
        fail(f"{what}: not positive ({x})")
    return x


def away(values, threshold, gap, what):
    near = [v for v in values if abs(v - threshold) <= gap]
    if near:
        fail(f"{what}: values near {threshold}: {near[:5]}")


def alone(counter, what):
    ranked = sorted(counter.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        fail(f"{what}: shared top {ranked[:2]}")
    return ranked[0]


def month_label(y, m):
    return [MONTHS[m - 1], MONTHS[m - 1][:3], f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {y}", f"{y}-{m:02d}"]


def day_label(d):
    mn = MONTHS[d.month - 1]
    return [f"{d.day} {mn} {d.year}", f"{d.day} {mn[:3]} {d.year}", f"{mn} {d.day}, {d.year}",
            f"{mn[:3]} {d.day}, {d.year}", d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}-{mn[:3]}-{d.year}"]


def us_day_label(d):
    return day_label(d) + [f"{d.month}/{d.day}/{d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}"]


def weekday_label(i):
    return [WEEKDAYS[i], WEEKDAYS[i] + "s", WEEKDAYS[i][:3]]


# ================================================================================================
# 1. gardener: garden_visits.csv + gardens.csv

GV, GL = "garden_visits.csv", "gardens.csv"
TASK = {"mowing": "Mowing", "lawnmowing": "Mowing", "grasscutting": "Mowing",
        "hedgetrimming": "Hedges", "hedges": "Hedges", "hedgecutting": "Hedges",
        "weeding": "Weeding", "borders/weeding": "Weeding", "pruning": "Pruning",
        "leafclearance": "Leaves", "leaves": "Leaves", "clearingleaves": "Leaves"}
TASK_LABEL = {"Mowing": ["Mowing", "lawn mowing", "grass cutting"], "Hedges": ["Hedge trimming", "hedges", "hedge cutting"],
              "Weeding": ["Weeding"], "Pruning": ["Pruning"], "Leaves": ["Leaf clearance", "leaves", "clearing leaves"]}
VILLAGE = {"ashby": "Ashby", "brookfield": "Brookfield", "littlemarsh": "Little Marsh", "oakley": "Oakley",
           "stanton": "Stanton"}
SIZE = {"small": "Small", "sm": "Small", "medium": "Medium", "med": "Medium", "large": "Large"}

cust = {}
for r in rows(GL):
    d = datetime.strptime(r["Customer Since"], "%d %b %Y").date()
    cust[int(r["Cust No"])] = {"name": r["Customer"].strip(), "village": VILLAGE[fold(r["Village"])],
                               "size": SIZE[fold(r["Garden Size"])], "since": d}
visits = []
for r in rows(GV):
    st = fold(r["Status"])
    status = "done" if st in ("done", "completed") else "rain" if st.startswith("rain") else \
        "cancel" if st.startswith("cancel") else None
    assert status, r
    bags = r["Green Waste Bags"].strip().lower()
    visits.append({"date": datetime.strptime(r["Date"], "%d/%m/%Y").date(), "cust": int(r["Cust No"]),
                   "task": TASK[fold(r["Job"])], "hours": num(r["Hours"]), "charge": num(r["Charge"]),
                   "bags": 0.0 if bags == "none" else num(bags), "paid": fold(r["Paid"]) in ("yes", "y", "paid"),
                   "status": status, "charge_raw": r["Charge"]})
done = [v for v in visits if v["status"] == "done"]
for v in visits:
    assert v["cust"] in cust
    if v["status"] != "done":
        assert not v["charge"], v


def charge_sum(vs):
    return sum(v["charge"] for v in vs if v["charge"] is not None)


q([GV], "How much did I charge for garden work in 2025?",
  {"number": charge_sum(v for v in done if v["date"].year == 2025), "unit": "£"},
  "Sum of numeric Charge on visits dated 2025 (rained-off and cancelled visits carry no charge); tbc / n/a left out.")
q([GV], "How many of my visits got rained off?",
  {"number": sum(1 for v in visits if v["status"] == "rain"), "unit": "visits"},
  "Rows whose Status is Rained off / Rained-off / Rain, any case.")
q([GV], "How many hours did I put in on customers' gardens in 2024?",
  {"number": sum(v["hours"] for v in done if v["date"].year == 2024 and v["hours"] is not None), "unit": "hours"},
  "Sum of numeric Hours (\"2.5 hrs\" / \"2.5h\" = 2.5) on done visits dated 2024.")
c25 = [v["charge"] for v in done if v["date"].year == 2025 and v["charge"] is not None]
q([GV], "What was the average charge for a completed visit in 2025?",
  {"number": sum(c25) / len(c25), "unit": "£"},
  "Mean Charge over done / completed visits dated 2025 that have a numeric charge (tbc / n/a left out).")
by_task = Counter()
for v in done:
    if v["date"].year == 2025 and v["charge"] is not None:
        by_task[v["task"]] += v["charge"]
t1, t2 = top(by_task, "task 2025", second=True)
q([GV], "Which kind of job brought in the most money in 2025, and which was second?",
  {"label": TASK_LABEL[t1], "labels": [TASK_LABEL[t2]]},
  "Charges of 2025 summed by job, with Mowing = Lawn mowing = Grass cutting, Hedges = Hedge trimming / cutting, "
  "Leaves = Leaf clearance; top and runner-up.")
a25 = charge_sum(v for v in done if v["date"].year == 2025 and 4 <= v["date"].month <= 9)
a24 = charge_sum(v for v in done if v["date"].year == 2024 and 4 <= v["date"].month <= 9)
q([GV], "How much more did I earn between April and September 2025 than over the same months of 2024?",
  {"number": positive(a25 - a24, "Apr-Sep growth"), "unit": "£"},
  f"Charges dated April-September 2025 ({a25:.2f}) minus April-September 2024 ({a24:.2f}).")
by_v = Counter()
for v in done:
    if v["charge"] is not None:
        by_v[cust[v["cust"]]["village"]] += v["charge"]
vt = top(by_v, "village")
q([GV, GL], "Which village do I earn the most from?",
  {"label": [vt]},
  "All charges joined to the customer list on the integer value of Cust No (\"7\" = \"007\"), summed by Village "
  "(case and spaces folded).")
q([GV, GL], "How much have the large gardens brought in altogether?",
  {"number": charge_sum(v for v in done if cust[v["cust"]]["size"] == "Large"), "unit": "£"},
  "All charges of customers whose Garden Size is Large (any case, trailing space).")
by_c = Counter()
for v in done:
    if v["charge"] is not None:
        by_c[v["cust"]] += v["charge"]
ct = top(by_c, "customer")
nm = cust[ct]["name"]
q([GV, GL], "Which customer have I charged the most overall?",
  {"label": [nm, nm.split()[-1]]},
  "All charges summed per customer through the customer list (join on the integer Cust No); name with or without title.")
q([GV], "How many finished visits still don't have a price on them?",
  {"number": sum(1 for v in done if v["charge"] is None), "unit": "visits"},
  "Done / completed visits whose Charge is tbc / TBC / n/a / ? (not a number).")
owed = charge_sum(v for v in done if not v["paid"])
q([GV], "How much am I still owed by customers?",
  {"number": owed, "unit": "£"},
  "Numeric charges of done visits whose Paid is not yes / y / paid (No / no, owed, Not yet).")
both = [v for v in done if v["charge"] is not None and v["hours"] is not None]
q([GV], "What do I earn per hour, taking everything I've charged divided by the hours I've worked?",
  {"number": sum(v["charge"] for v in both) / sum(v["hours"] for v in both), "unit": "£/hour"},
  "Sum of Charge / sum of Hours over done visits with both numbers.")
q([GV], "How many bags of green waste did I take away in 2025?",
  {"number": sum(v["bags"] for v in done if v["date"].year == 2025 and v["bags"] is not None), "unit": "bags"},
  "Sum of Green Waste Bags (\"3 bags\" = 3, none = 0) on 2025 visits.")
bym = Counter(v["date"].month for v in done if v["date"].year == 2024)
mt = top(bym, "month 2024 visits")
q([GV], "In which month of 2024 did I complete the most visits?",
  {"label": month_label(2024, mt)},
  "Count of done / completed visits per month of 2024.")
q([GV], "What percentage of booked visits were rained off?",
  {"number": 100 * sum(1 for v in visits if v["status"] == "rain") / len(visits), "unit": "%"},
  "Rained-off rows / every row of the visit log.")
ch = [v["charge"] for v in done if v["charge"] is not None]
away(ch, 100, 1.5, "charge 100")
q([GV], "How many jobs did I charge more than £100 for?",
  {"number": sum(1 for x in ch if x > 100), "unit": "visits"},
  "Visits with a numeric Charge over 100 (none within £1.50 of it).")
had25 = {v["cust"] for v in visits if v["date"].year == 2025}
had25d = {v["cust"] for v in done if v["date"].year == 2025}
if len(cust) - len(had25) != len(cust) - len(had25d):
    fail("customers without 2025 visits depend on rained-off visits")
q([GV, GL], "How many customers on my list haven't had a single visit in 2025?",
  {"number": len(cust) - len(had25), "unit": "customers"},
  "Customers in the list whose number (integer value) has no visit row dated 2025 (same with done visits only).")
last24 = max(v["date"] for v in done if v["date"].year == 2024)
first25 = min(v["date"] for v in done if v["date"].year == 2025)
q([GV], "How many days were there between the last job I actually did in 2024 and the first one I did in 2025?",
  {"number": (first25 - last24).days, "unit": "days"},
  f"Done / completed visits only: {first25} minus {last24} in days.")
q([GV], "How many different customers did I do work for in 2024?",
  {"number": len({v["cust"] for v in done if v["date"].year == 2024}), "unit": "customers"},
  "Distinct integer Cust No on done visits of 2024 (\"7\" and \"007\" are one).")
mh = [v["hours"] for v in done if v["task"] == "Mowing" and v["hours"] is not None]
q([GV], "How long does a mowing job take me on average?",
  {"number": sum(mh) / len(mh), "unit": "hours"},
  "Mean Hours of done visits whose Job is Mowing / Lawn mowing / Grass cutting, numeric hours only.")
bwd = Counter(v["date"].weekday() for v in done)
wt = top(bwd, "weekday")
q([GV], "Which day of the week do I do the most jobs?",
  {"label": weekday_label(wt)},
  "Done visits counted by weekday of Date.")
q([GV, GL], "How much did I charge customers in Oakley in 2025?",
  {"number": charge_sum(v for v in done if v["date"].year == 2025 and cust[v["cust"]]["village"] == "Oakley"), "unit": "£"},
  "2025 charges of customers whose Village folds to Oakley (join on integer Cust No).")
since = Counter({k: -(c["since"] - date(2000, 1, 1)).days for k, c in cust.items()})
old, _ = alone(since, "longest customer")
nm = cust[old]["name"]
q([GL], "Which of my customers has been with me the longest?",
  {"label": [nm, nm.split()[-1]]},
  "Earliest Customer Since date (\"22 Nov 2019\") in the customer list; alone.")

# ================================================================================================
# 2. scout group ledger

SL = "scout_group_ledger.csv"
CAT = {"subs": "Subs", "subscriptions": "Subs", "campfees": "Camp fees", "campfee": "Camp fees", "camp-fees": "Camp fees",
       "fundraising": "Fundraising", "fund-raising": "Fundraising", "giftaid": "Gift Aid", "donation": "Donations",
       "donations": "Donations", "hallrent": "Hall rent", "hallhire": "Hall rent", "campcosts": "Camp costs",
       "camp-costs": "Camp costs", "campsite": "Camp costs", "badges": "Badges", "badges&awards": "Badges",
       "equipment": "Equipment", "kit&equipment": "Equipment", "membershipfees": "Membership fees",
       "censusfees": "Membership fees", "hqmembership": "Membership fees", "insurance": "Insurance",
       "refund": "Refund", "refunds": "Refund"}
CAT_LABEL = {"Membership fees": ["Membership fees", "membership", "census fees", "census"],
             "Camp costs": ["Camp costs", "camp costs", "campsite"], "Hall rent": ["Hall rent", "hall hire"],
             "Equipment": ["Equipment", "kit & equipment"], "Badges": ["Badges"], "Insurance": ["Insurance"],
             "Refund": ["Refunds", "refund"]}
SEC = {"beavers": "Beavers", "cubs": "Cubs", "cubscouts": "Cubs", "scouts": "Scouts", "group": "Group",
       "wholegroup": "Group", "": "Group"}
led, voids = [], 0
for r in rows(SL):
    if "void" in r["Note"].lower():
        voids += 1
        continue
    led.append({"date": date.fromisoformat(r["Date"]), "cat": CAT[fold(r["Category"])], "amt": num(r["Amount"]),
                "sec": SEC[fold(r["Section"])], "method": fold(r["Method"])})
for e in led:
    assert e["amt"] is not None


def ins(f):
    return sum(e["amt"] for e in led if e["amt"] > 0 and f(e))


def outs(f):
    return -sum(e["amt"] for e in led if e["amt"] < 0 and f(e))


q([SL], "How much money came in to the group in 2024?",
  {"number": ins(lambda e: e["date"].year == 2024), "unit": "£"},
  "Positive amounts dated 2024, void rows left out.")
q([SL], "How much did the group spend in 2024?",
  {"number": outs(lambda e: e["date"].year == 2024), "unit": "£"},
  "Negative amounts dated 2024 (refunds included) as a positive figure, void rows left out.")
net25 = sum(e["amt"] for e in led if e["date"].year == 2025)
if net25 > 0:
    q([SL], "What surplus has the group made so far in 2025 (money in minus money out)?",
      {"number": net25, "unit": "£"}, "Sum of all signed amounts dated 2025, void rows left out.")
else:
    q([SL], "By how much has spending been more than income so far in 2025?",
      {"number": -net25, "unit": "£"}, "Minus the sum of all signed amounts dated 2025, void rows left out.")
q([SL], "How much did we collect in subs in 2025?",
  {"number": ins(lambda e: e["date"].year == 2025 and e["cat"] == "Subs"), "unit": "£"},
  "Amounts of category Subs / Subscriptions (any case) dated 2025.")
s25 = ins(lambda e: e["date"].year == 2025 and e["date"].month <= 9 and e["cat"] == "Subs")
s24 = ins(lambda e: e["date"].year == 2024 and e["date"].month <= 9 and e["cat"] == "Subs")
q([SL], "How much more did subs bring in from January to September 2025 than in the same months of 2024?",
  {"number": positive(s25 - s24, "subs growth"), "unit": "£"}, f"Subs Jan-Sep 2025 ({s25:.2f}) minus Jan-Sep 2024 ({s24:.2f}).")
bys = Counter()
for e in led:
    if e["date"].year == 2024 and e["cat"] == "Subs":
        bys[e["sec"]] += e["amt"]
a, b = top(bys, "subs section 2024", second=True)
q([SL], "Which section paid the most in subs in 2024, and which came second?",
  {"label": [a], "labels": [[b]]}, "Subs of 2024 summed by Section (Cub Scouts = Cubs, case and spaces folded).")
neg = Counter()
for i, e in enumerate(led):
    if e["amt"] < 0:
        neg[i] = -e["amt"]
bi, bv = alone(neg, "biggest payment out")
q([SL], "What was the biggest single payment the group made, and what was it for?",
  {"number": bv, "label": CAT_LABEL[led[bi]["cat"]], "unit": "£"},
  "Largest negative amount (void rows left out), as a positive figure, and its category.")
cf = ins(lambda e: e["date"].year == 2025 and e["cat"] == "Camp fees")
cc = outs(lambda e: e["date"].year == 2025 and e["cat"] == "Camp costs")
q([SL], "In 2025, how much more did we take in camp fees than we spent on camp costs?",
  {"number": positive(cf - cc, "camp profit"), "unit": "£"},
  f"Camp fees 2025 ({cf:.2f}) minus Camp costs 2025 ({cc:.2f}); refunds are their own category and not counted.")
q([SL], "How much did the hall rent cost us in 2024?",
  {"number": outs(lambda e: e["date"].year == 2024 and e["cat"] == "Hall rent"), "unit": "£"},
  "Hall rent / Hall hire amounts dated 2024 as a positive figure.")
q([SL], "What share of the group's 2024 income came from fundraising?",
  {"number": 100 * ins(lambda e: e["date"].year == 2024 and e["cat"] == "Fundraising") / ins(lambda e: e["date"].year == 2024),
   "unit": "%"}, "Positive Fundraising / Fund raising / Fund-raising amounts of 2024 / all positive amounts of 2024.")
q([SL], "How many entries in the ledger are marked as void?",
  {"number": voids, "unit": "entries"}, "Rows whose Note contains \"void\" (any case).")
refs = [e["amt"] for e in led if e["cat"] == "Refund"]
q([SL], "How many refunds did we give, and how much did they come to altogether?",
  {"numbers": [len(refs), -sum(refs)], "unit": ""}, "Rows of category Refund / Refunds: count, and the sum as a positive figure.")
bm = Counter()
for e in led:
    if e["date"].year == 2025 and e["amt"] > 0:
        bm[e["date"].month] += e["amt"]
m = top(bm, "month in 2025")
q([SL], "Which month of 2025 brought in the most money?",
  {"label": month_label(2025, m)}, "Positive amounts of 2025 summed by month.")
sb = [e["amt"] for e in led if e["cat"] == "Subs"]
q([SL], "What's the average subs payment?",
  {"number": sum(sb) / len(sb), "unit": "£"}, "Mean amount of the Subs rows (every date), void rows left out.")
ex = Counter()
for e in led:
    if e["date"].year == 2024 and e["amt"] < 0:
        ex[e["cat"]] -= e["amt"]
a, b = top(ex, "expense 2024", second=True)
q([SL], "What did we spend the most on in 2024, and what was the next biggest cost?",
  {"label": CAT_LABEL[a], "labels": [CAT_LABEL[b]]}, "Negative amounts of 2024 summed by category (synonyms folded).")
pos = [e["amt"] for e in led if e["amt"] > 0]
away(pos, 200, 2, "payments in 200")
q([SL], "How many payments of more than £200 have we received?",
  {"number": sum(1 for x in pos if x > 200), "unit": "payments"}, "Positive amounts over 200, void rows left out.")
q([SL], "How much Gift Aid have we claimed back altogether?",
  {"number": ins(lambda e: e["cat"] == "Gift Aid"), "unit": "£"}, "Gift Aid / Giftaid amounts, both years.")
q([SL], "What percentage of the money coming in was paid in cash?",
  {"number": 100 * ins(lambda e: e["method"] == "cash") / ins(lambda e: True), "unit": "%"},
  "Positive amounts with Method Cash (any case) / all positive amounts, void rows left out.")
q([SL], "How much money came in for the Beavers in 2025?",
  {"number": ins(lambda e: e["date"].year == 2025 and e["sec"] == "Beavers"), "unit": "£"},
  "Positive amounts of 2025 whose Section folds to Beavers.")
q([SL], "How much have badges cost us over the two years?",
  {"number": outs(lambda e: e["cat"] == "Badges"), "unit": "£"}, "Badges / Badges & awards amounts as a positive figure, every date.")
f25 = ins(lambda e: e["date"].year == 2025 and e["date"].month <= 9 and e["cat"] == "Fundraising")
f24 = ins(lambda e: e["date"].year == 2024 and e["date"].month <= 9 and e["cat"] == "Fundraising")
if f25 < f24:
    q([SL], "How much less did fundraising raise from January to September 2025 than in the same months of 2024?",
      {"number": positive(f24 - f25, "fundraising drop"), "unit": "£"}, f"Fundraising Jan-Sep 2024 ({f24:.2f}) minus Jan-Sep 2025 ({f25:.2f}).")
else:
    q([SL], "How much more did fundraising raise from January to September 2025 than in the same months of 2024?",
      {"number": positive(f25 - f24, "fundraising growth"), "unit": "£"}, f"Fundraising Jan-Sep 2025 ({f25:.2f}) minus Jan-Sep 2024 ({f24:.2f}).")
q([SL], "How much did we spend on equipment in 2025?",
  {"number": outs(lambda e: e["date"].year == 2025 and e["cat"] == "Equipment"), "unit": "£"},
  "Equipment / Kit & equipment amounts of 2025 as a positive figure.")

# ================================================================================================
# 3. weather station daily log

WS = "weather_station_daily.csv"
wx = []
for r in rows(WS):
    rain = r["Rainfall"].strip().lower()
    wx.append({"date": datetime.strptime(r["Date"], "%d-%b-%Y").date(), "max": num(r["Max Temp (C)"]),
               "min": num(r["Min Temp (C)"]), "rain": 0.0 if rain == "tr" else num(rain), "gust": num(r["Max Gust"]),
               "sun": num(r["Sunshine (hrs)"])})


def wsum(key, f):
    return sum(d[key] for d in wx if d[key] is not None and f(d["date"]))


def wavg(key, f):
    xs = [d[key] for d in wx if d[key] is not None and f(d["date"])]
    return sum(xs) / len(xs)


q([WS], "How much rain fell in 2024?",
  {"number": wsum("rain", lambda d: d.year == 2024), "unit": "mm"},
  "Sum of numeric Rainfall of 2024 (\"2.4 mm\" = 2.4, tr = 0; gauge frozen / n/a / blank left out).")
rm = Counter()
for d in wx:
    if d["date"].year == 2024 and d["rain"] is not None:
        rm[d["date"].month] += d["rain"]
m = top(rm, "wettest month 2024")
q([WS], "What was the wettest month of 2024?", {"label": month_label(2024, m)}, "Rainfall of 2024 summed by month.")
wd = alone(Counter({d["date"]: d["rain"] for d in wx if d["rain"] is not None}), "wettest day")
q([WS], "Which was the wettest day, and how much rain fell?",
  {"label": day_label(wd[0]), "number": wd[1], "unit": "mm"}, "Largest numeric Rainfall of any day; alone.")
r24 = [d["rain"] for d in wx if d["date"].year == 2024 and d["rain"] is not None]
away(r24, 10, 0.05, "rain 10mm")
q([WS], "On how many days in 2024 did more than 10 mm of rain fall?",
  {"number": sum(1 for x in r24 if x > 10), "unit": "days"}, "Days of 2024 with numeric Rainfall over 10 (none at 10.0).")
win = [d["min"] for d in wx if d["min"] is not None and date(2024, 11, 1) <= d["date"] <= date(2025, 3, 31)]
away(win, 0, 0.05, "frost threshold")
q([WS], "How many nights dropped below freezing between November 2024 and March 2025?",
  {"number": sum(1 for x in win if x < 0), "unit": "nights"},
  "Days from 1 Nov 2024 to 31 Mar 2025 with numeric Min Temp below 0 (none at 0.0).")
hd = alone(Counter({d["date"]: d["max"] for d in wx if d["max"] is not None}), "hottest day")
q([WS], "What was the hottest day, and how hot did it get?",
  {"label": day_label(hd[0]), "number": hd[1], "unit": "C"}, "Highest numeric Max Temp; alone.")
j25 = wavg("max", lambda d: d.year == 2025 and d.month == 7)
j24 = wavg("max", lambda d: d.year == 2024 and d.month == 7)
q([WS], "What was the average daytime high in July 2025?", {"number": j25, "unit": "C"},
  "Mean numeric Max Temp of the logged days of July 2025.")
q([WS], "How much warmer were the daytime highs in July 2025 than in July 2024, on average?",
  {"number": positive(j25 - j24, "july warmer"), "unit": "C"},
  f"Mean Max Temp July 2025 ({j25:.3f}) minus July 2024 ({j24:.3f}), logged days with a reading.")
ra25 = wsum("rain", lambda d: d.year == 2025 and d.month <= 9)
ra24 = wsum("rain", lambda d: d.year == 2024 and d.month <= 9)
q([WS], "How much less rain fell from January to September 2025 than in the same months of 2024?",
  {"number": positive(ra24 - ra25, "rain drop"), "unit": "mm"},
  f"Rainfall Jan-Sep 2024 ({ra24:.1f}) minus Jan-Sep 2025 ({ra25:.1f}).")
logged = {d["date"] for d in wx}
span = (date(2025, 9, 30) - date(2024, 1, 1)).days + 1
if min(logged) != date(2024, 1, 1) or max(logged) != date(2025, 9, 30):
    fail("weather span")
q([WS], "How many days are missing from the weather log?",
  {"number": span - len(logged), "unit": "days"}, "Calendar days 1 Jan 2024 - 30 Sep 2025 with no row.")
q([WS], "On how many of the logged days is there no rainfall reading?",
  {"number": sum(1 for d in wx if d["rain"] is None), "unit": "days"},
  "Rows whose Rainfall is gauge frozen / n/a / blank (tr is a reading of 0).")
gd = alone(Counter({d["date"]: d["gust"] for d in wx if d["gust"] is not None}), "strongest gust")
q([WS], "What was the strongest gust recorded, and on which day?",
  {"label": day_label(gd[0]), "number": gd[1], "unit": "mph"}, "Highest numeric Max Gust (\"34 mph\" = 34); alone.")
q([WS], "How many hours of sunshine did we get in June 2025?",
  {"number": wsum("sun", lambda d: d.year == 2025 and d.month == 6), "unit": "hours"},
  "Sum of Sunshine (hrs) of June 2025, blanks left out.")
sm = Counter()
for d in wx:
    if d["date"].year == 2025 and d["sun"] is not None:
        sm[d["date"].month] += d["sun"]
m = top(sm, "sunniest month 2025")
q([WS], "Which month of 2025 was the sunniest?", {"label": month_label(2025, m)}, "Sunshine hours of 2025 summed by month.")
q([WS], "What was the average overnight low in January 2025?",
  {"number": wavg("min", lambda d: d.year == 2025 and d.month == 1), "unit": "C"},
  "Mean numeric Min Temp of the logged days of January 2025.")
cd = alone(Counter({d["date"]: -d["min"] for d in wx if d["min"] is not None}), "coldest night")
q([WS], "What was the coldest night, and how cold did it get?",
  {"label": day_label(cd[0]), "number": -cd[1], "unit": "C"}, "Lowest numeric Min Temp (negative); alone.")
x25 = [d["max"] for d in wx if d["date"].year == 2025 and d["max"] is not None]
away(x25, 25, 0.05, "25C")
q([WS], "How many days in 2025 got above 25°C?",
  {"number": sum(1 for x in x25 if x > 25), "unit": "days"}, "Days of 2025 with numeric Max Temp over 25 (none at 25.0).")
gs = [d["gust"] for d in wx if d["gust"] is not None]
GT = 40
away(gs, GT, 0.5, "gust threshold")
q([WS], f"On how many days did the wind gust over {GT} mph?",
  {"number": sum(1 for x in gs if x > GT), "unit": "days"}, f"Days with numeric Max Gust over {GT} (no gust of exactly {GT}).")
rg = [d["max"] - d["min"] for d in wx if d["date"].year == 2024 and d["max"] is not None and d["min"] is not None]
q([WS], "What was the average gap between the daily high and low in 2024?",
  {"number": sum(rg) / len(rg), "unit": "C"}, "Mean of Max Temp - Min Temp over 2024 days with both readings.")
q([WS], "What share of 2024's rain fell in October, November and December?",
  {"number": 100 * wsum("rain", lambda d: d.year == 2024 and d.month >= 10) / wsum("rain", lambda d: d.year == 2024), "unit": "%"},
  "Rainfall of Oct-Dec 2024 / rainfall of 2024.")
q([WS], "How many hours of sunshine did we average per day in 2024?",
  {"number": wavg("sun", lambda d: d.year == 2024), "unit": "hours"},
  "Mean Sunshine (hrs) over the logged days of 2024 with a reading.")

# ================================================================================================
# 4. trivia league

TL = "trivia_league.csv"
ROUNDS = ["General Knowledge", "Music", "Sports", "Picture Round", "History", "Science"]
TEAM = {}
for canon, sp in {"Quizzly Bears": ["quizzlybears", "thequizzlybears"], "Les Quizerables": ["lesquizerables"],
                  "Tequila Mockingbird": ["tequilamockingbird"], "Agatha Quiztie": ["agathaquiztie"],
                  "The Know-It-Ales": ["theknow-it-ales", "knowitales", "know-it-ales"], "Smartinis": ["smartinis", "thesmartinis"],
                  "Quiz Khalifa": ["quizkhalifa"], "Universally Challenged": ["universallychallenged"],
                  "Pun Intended": ["punintended"], "The Brainiacs": ["thebrainiacs", "brainiacs"],
                  "Trivia Newton John": ["trivianewtonjohn", "trivianewton-john"], "Sofa So Good": ["sofasogood"]}.items():
    for s in sp:
        TEAM[s] = canon


def team_label(t):
    out = [t]
    if t.startswith("The "):
        out.append(t[4:])
    if t == "The Know-It-Ales":
        out.append("Know It Ales")
    return out


tri, absent = [], []
for r in rows(TL):
    t = TEAM[fold(r["Team"])]
    d = datetime.strptime(r["Date"], "%m/%d/%Y").date()
    if r["General Knowledge"].strip().lower() == "absent":
        absent.append((d, r["Season"], t))
        continue
    sc = {k: float(r[k]) for k in ROUNDS}
    tri.append({"date": d, "season": r["Season"], "team": t, "players": num(r["Players"]), "sc": sc,
                "total": sum(sc.values()), "tab": num(r["Bar Tab"])})


def tsum(f, key=lambda x: x["total"]):
    return sum(key(x) for x in tri if f(x))


by = Counter()
for x in tri:
    if x["season"] == "Spring 2025":
        by[x["team"]] += x["total"]
a, b = top(by, "spring 2025 points", second=True)
q([TL], "Which team scored the most points in the Spring 2025 season, and who came second?",
  {"label": team_label(a), "labels": [team_label(b)]}, "Sum of the six round scores per team over Spring 2025 (team spellings folded).")
best = alone(Counter({i: x["total"] for i, x in enumerate(tri)}), "best night")
q([TL], "What's the highest score a team has got in a single night, and which team got it?",
  {"number": best[1], "label": team_label(tri[best[0]]["team"]), "unit": "points"},
  "Largest sum of the six rounds on one row; alone.")
f24 = [x["total"] for x in tri if x["season"] == "Fall 2024"]
q([TL], "What was the average team score per night in Fall 2024?",
  {"number": sum(f24) / len(f24), "unit": "points"}, "Mean of the six-round total over the rows of Fall 2024 that played (absent rows left out).")
avg_r = Counter({k: sum(x["sc"][k] for x in tri) / len(tri) for k in ROUNDS})
pct_r = Counter({k: avg_r[k] / (20 if k == "Picture Round" else 10) for k in ROUNDS})
lo_raw = top(Counter({k: 1 / v for k, v in avg_r.items()}), "hardest round raw")
lo_pct = top(Counter({k: 1 / v for k, v in pct_r.items()}), "hardest round pct")
if lo_raw != lo_pct:
    fail("hardest round differs raw vs percent")
q([TL], "Which round do teams find hardest?", {"label": [lo_raw]},
  "Lowest mean score per round over all played rows (the same as a share of each round's maximum; Picture Round is out of 20).")
q([TL], "How many points have the Quizzly Bears scored across all three seasons?",
  {"number": tsum(lambda x: x["team"] == "Quizzly Bears"), "unit": "points"},
  "Sum of six-round totals of Quizzly Bears / The Quizzly Bears / QUIZZLY BEARS.")
q([TL], "How many nights did Trivia Newton John miss?",
  {"number": sum(1 for a_ in absent if a_[2] == "Trivia Newton John"), "unit": "nights"},
  "Rows of Trivia Newton John / Trivia Newton-John marked absent.")
q([TL], "How much did the teams spend at the bar in 2025?",
  {"number": tsum(lambda x: x["date"].year == 2025 and x["tab"] is not None, lambda x: x["tab"]), "unit": "$"},
  "Sum of numeric Bar Tab dated 2025 (blank / n/a / ? left out).")
bt = Counter()
for x in tri:
    if x["tab"] is not None:
        bt[x["team"]] += x["tab"]
tb = top(bt, "bar team")
q([TL], "Which team spends the most at the bar?", {"label": team_label(tb)}, "Bar Tab summed per team over every night.")
tabs = [x["tab"] for x in tri if x["tab"] is not None]
q([TL], "What's the average bar tab for a team on a quiz night?",
  {"number": sum(tabs) / len(tabs), "unit": "$"}, "Mean numeric Bar Tab over played rows.")
q([TL], "How many times has a team got full marks in the picture round?",
  {"number": sum(1 for x in tri if x["sc"]["Picture Round"] == 20), "unit": "times"},
  "Played rows whose Picture Round is 20 (the round is out of 20).")
mu = [x["sc"]["Music"] for x in tri if x["team"] == "Quizzly Bears"]
q([TL], "What do the Quizzly Bears average in the music round?", {"number": sum(mu) / len(mu), "unit": "points"},
  "Mean Music score of Quizzly Bears' played rows.")
p25 = [x["total"] for x in tri if x["team"] == "Pun Intended" and x["season"] == "Spring 2025"]
p24 = [x["total"] for x in tri if x["team"] == "Pun Intended" and x["season"] == "Spring 2024"]
q([TL], "How much higher was Pun Intended's average nightly score in Spring 2025 than in Spring 2024?",
  {"number": positive(sum(p25) / len(p25) - sum(p24) / len(p24), "pun growth"), "unit": "points"},
  "Mean six-round total of Pun Intended in Spring 2025 minus in Spring 2024 (played rows).")
teams_f = {x["team"] for x in tri if x["season"] == "Fall 2024"} | {a_[2] for a_ in absent if a_[1] == "Fall 2024"}
if teams_f != {x["team"] for x in tri if x["season"] == "Fall 2024"}:
    fail("fall teams depend on absent rows")
q([TL], "How many teams took part in the Fall 2024 season?", {"number": len(teams_f), "unit": "teams"},
  "Distinct folded team names in Fall 2024.")
both = [x for x in tri if x["tab"] is not None and x["players"] is not None]
q([TL], "Dividing the total bar spend by the total number of players, how much does each player spend?",
  {"number": sum(x["tab"] for x in both) / sum(x["players"] for x in both), "unit": "$"},
  "Sum of Bar Tab / sum of Players over played rows with both numbers.")
bb = alone(Counter({i: x["tab"] for i, x in enumerate(tri) if x["tab"] is not None}), "biggest tab")
q([TL], "What's the biggest bar tab a team has run up in one night, and which team was it?",
  {"number": bb[1], "label": team_label(tri[bb[0]]["team"]), "unit": "$"}, "Largest numeric Bar Tab of one row; alone.")
q([TL], "How many times is a team's bar tab missing on a night they played?",
  {"number": sum(1 for x in tri if x["tab"] is None), "unit": "team-nights"},
  "Played rows (not absent) whose Bar Tab is blank / n/a / ?.")
q([TL], "How many points have been scored in the picture round altogether?",
  {"number": tsum(lambda x: True, lambda x: x["sc"]["Picture Round"]), "unit": "points"}, "Sum of Picture Round over all rows.")
qb = tsum(lambda x: x["date"].year == 2024 and x["team"] == "Quizzly Bears" and x["tab"] is not None, lambda x: x["tab"])
al = tsum(lambda x: x["date"].year == 2024 and x["tab"] is not None, lambda x: x["tab"])
q([TL], "What share of the 2024 bar takings came from the Quizzly Bears?", {"number": 100 * qb / al, "unit": "%"},
  "Quizzly Bears' Bar Tab dated 2024 / all Bar Tab dated 2024.")
q([TL], "How many quiz nights were there in Spring 2025?",
  {"number": len({x["date"] for x in tri if x["season"] == "Spring 2025"}), "unit": "nights"}, "Distinct dates of Spring 2025.")
fa = Counter()
fn = Counter()
for x in tri:
    if x["season"] == "Fall 2024":
        fa[x["team"]] += x["total"]
        fn[x["team"]] += 1
lw = top(Counter({t: fn[t] / fa[t] for t in fa}), "lowest avg fall 2024")
q([TL], "Which team had the lowest average score in Fall 2024?", {"label": team_label(lw)},
  "Mean six-round total per team over its played nights of Fall 2024.")
imp = Counter()
for t in {x["team"] for x in tri}:
    s1 = [x["total"] for x in tri if x["team"] == t and x["season"] == "Spring 2024"]
    s2 = [x["total"] for x in tri if x["team"] == t and x["season"] == "Spring 2025"]
    if s1 and s2:
        imp[t] = sum(s2) / len(s2) - sum(s1) / len(s1)
it = top(imp, "most improved", margin=0.3)
q([TL], "Which team improved the most between Spring 2024 and Spring 2025?", {"label": team_label(it)},
  "Mean nightly total in Spring 2025 minus in Spring 2024, per team that played both; leads the next by over 30%.")

# ================================================================================================
# 5. tennis court bookings

CB = "court_bookings.csv"
bk = []
for r in rows(CB):
    s = fold(r["Status"])
    status = "played" if s == "confirmed" else "cancel" if s.startswith("cancel") else "noshow" if s.startswith("no") else None
    assert status, r
    created = datetime.strptime(r["Created"], "%Y-%m-%d %H:%M:%S")
    play = date.fromisoformat(r["Play Date"])
    sh, sm_ = map(int, r["Start"].split(":"))
    eh, em = map(int, r["End"].split(":"))
    court = int(re.search(r"\d", r["Court"]).group())
    typ = fold(r["Member/Guest"])
    bk.append({"created": created, "date": play, "start": r["Start"], "mins": (eh * 60 + em) - (sh * 60 + sm_),
               "court": court, "who": " ".join(r["Booked By"].split()).title(), "guest": typ in ("guest", "visitor"),
               "players": num(r["Players"]), "flood": fold(r["Floodlights"]) in ("yes", "y", "true"),
               "fee": num(r["Fee"]), "status": status, "lead": (play - created.date()).days})
played = [b for b in bk if b["status"] == "played"]


def fees(f):
    return sum(b["fee"] for b in bk if b["fee"] is not None and f(b))


q([CB], "How much did we take in court fees in 2025?",
  {"number": fees(lambda b: b["date"].year == 2025), "unit": "£"},
  "Sum of numeric Fee of bookings whose Play Date is in 2025: played and no-shows (charged); cancelled rows are 0 / refunded.")
q([CB], "How many hours of court time were played in August 2024?",
  {"number": sum(b["mins"] for b in played if b["date"].year == 2024 and b["date"].month == 8) / 60, "unit": "hours"},
  "End - Start of Confirmed bookings played in August 2024, in hours.")
ca = Counter(b["court"] for b in played)
cb_ = Counter(b["court"] for b in bk)
a, b2 = top(ca, "court played", second=True)
if (a, b2) != top(cb_, "court all", second=True):
    fail("court ranking depends on status")
q([CB], "Which court gets booked the most, and which is next?",
  {"label": [f"Court {a}"], "labels": [[f"Court {b2}"]]},
  "Bookings counted by court number (\"Court 1\" = \"court 1\" = \"1\" = \"Ct 1\"); the same with played bookings only.")
q([CB], "How long, in minutes, is the average booking that actually got played?",
  {"number": sum(b["mins"] for b in played) / len(played), "unit": "minutes"}, "Mean End - Start of Confirmed bookings.")
q([CB], "What percentage of court bookings were cancelled?",
  {"number": 100 * sum(1 for b in bk if b["status"] == "cancel") / len(bk), "unit": "%"},
  "Rows whose Status starts \"cancel\" (Cancelled / Canceled / Cancelled by member) / every row.")
q([CB], "How many no-shows have we had?", {"number": sum(1 for b in bk if b["status"] == "noshow"), "unit": "bookings"},
  "Rows whose Status is No-show / no show / No show.")
q([CB], "How much did guests pay in court fees in 2025?",
  {"number": fees(lambda b: b["date"].year == 2025 and b["guest"]), "unit": "£"},
  "Numeric Fee of 2025 bookings whose Member/Guest is Guest / Visitor (any case).")
q([CB], "On average, how many days before the day of play do people book a court?",
  {"number": sum(b["lead"] for b in bk) / len(bk), "unit": "days"},
  "Mean calendar days from the date of Created to Play Date, every booking.")
q([CB], "What's the furthest ahead anyone has booked a court, in days?",
  {"number": max(b["lead"] for b in bk), "unit": "days"}, "Largest calendar-day gap from Created's date to Play Date.")
st = top(Counter(b["start"] for b in played), "start time")
hh = int(st[:2])
q([CB], "What's the most popular time to start a booking?",
  {"label": [st, f"{hh - 12 if hh > 12 else hh}pm" if hh >= 12 else f"{hh}am",
             f"{hh - 12 if hh > 12 else hh} pm" if hh >= 12 else f"{hh} am",
             f"{hh - 12 if hh > 12 else hh}:00 pm" if hh >= 12 else f"{hh}:00 am",
             f"{hh - 12 if hh > 12 else hh}:00pm" if hh >= 12 else f"{hh}:00am",
             f"{hh - 12 if hh > 12 else hh}.00pm" if hh >= 12 else f"{hh}.00am",
             f"{hh - 12 if hh > 12 else hh}.00 pm" if hh >= 12 else f"{hh}.00 am"]},
  "Confirmed bookings counted by Start.")
wdc = Counter(b["date"].weekday() for b in played)
w = top(wdc, "weekday played")
if w != top(Counter(b["date"].weekday() for b in bk), "weekday all"):
    fail("weekday depends on status")
q([CB], "Which day of the week are the courts busiest?", {"label": weekday_label(w)},
  "Bookings counted by weekday of Play Date (the same with played bookings only).")
q([CB], "How many bookings were played under floodlights between October 2024 and March 2025?",
  {"number": sum(1 for b in played if b["flood"] and date(2024, 10, 1) <= b["date"] <= date(2025, 3, 31)), "unit": "bookings"},
  "Confirmed bookings of Oct 2024 - Mar 2025 whose Floodlights is Yes / yes / Y / TRUE.")
gp = [b for b in played if b["guest"] and b["fee"] is not None]
q([CB], "For guest bookings that were played, what are total fees divided by total hours of court time?",
  {"number": sum(b["fee"] for b in gp) / (sum(b["mins"] for b in gp) / 60), "unit": "£/hour"},
  "Sum of Fee / sum of hours (End - Start) over Confirmed guest / visitor bookings (floodlight charge included).")
wc = Counter(b["who"] for b in bk)
a, b2 = top(wc, "booker", second=True)
q([CB], "Who books the courts most often, and who is second?",
  {"label": [a], "labels": [[b2]]}, "Bookings counted by Booked By (case and spaces folded).")
s25 = sum(1 for b in bk if b["date"].year == 2025 and b["date"].month in (6, 7, 8))
s24 = sum(1 for b in bk if b["date"].year == 2024 and b["date"].month in (6, 7, 8))
q([CB], "Counting every booking, cancelled ones too, how many more did we have in June to August 2025 than in June to August 2024?",
  {"number": positive(s25 - s24, "summer bookings"), "unit": "bookings"},
  f"Rows with Play Date in Jun-Aug 2025 ({s25}) minus Jun-Aug 2024 ({s24}).")
q([CB], "How many bookings don't say how many players there were?",
  {"number": sum(1 for b in bk if b["players"] is None), "unit": "bookings"}, "Rows whose Players is ? or blank.")
pl = [b["players"] for b in bk if b["players"] is not None]
q([CB], "Across all bookings, how many players are there on average?", {"number": sum(pl) / len(pl), "unit": "players"},
  "Mean numeric Players over every booking.")
leads = [b["lead"] for b in bk]
LT = 14
if LT in leads:
    fail("lead threshold hit")
q([CB], f"How many bookings were made more than {LT} days in advance?",
  {"number": sum(1 for x in leads if x > LT), "unit": "bookings"},
  f"Rows whose calendar-day gap from Created's date to Play Date is over {LT} (no gap of exactly {LT}).")
hm = Counter()
for b in played:
    if b["date"].year == 2024:
        hm[b["date"].month] += b["mins"] / 60
m = top(hm, "month hours 2024")
q([CB], "Which month of 2024 had the most court hours played?", {"label": month_label(2024, m)},
  "Hours (End - Start) of Confirmed bookings of 2024 summed by month.")
q([CB], "How many hours were played on the clay courts in 2025?",
  {"number": sum(b["mins"] for b in played if b["date"].year == 2025 and b["court"] in (4, 5)) / 60, "unit": "hours"},
  "Confirmed bookings of 2025 on Court 4 / Court 5 (\"(clay)\" in the name), End - Start in hours.")
q([CB], "How much did members pay in court fees in 2024?",
  {"number": fees(lambda b: b["date"].year == 2024 and not b["guest"]), "unit": "£"},
  "Numeric Fee of 2024 bookings whose Member/Guest is Member (any case).")
q([CB], "How many bookings did Isla Reeve make in 2025?",
  {"number": sum(1 for b in bk if b["who"] == "Isla Reeve" and b["date"].year == 2025), "unit": "bookings"},
  "Rows of 2025 whose Booked By folds to Isla Reeve (any status).")

# ================================================================================================

if FAILS:
    print("\n".join(FAILS))
    sys.exit(1)
if "--print" in ARGS or "--debug" in ARGS:
    for x in QUESTIONS:
        print(x["id"], x["question"], json.dumps(x["truth"], ensure_ascii=False))
if "--print" not in ARGS:
    (HERE / "questions.json").write_text(json.dumps(QUESTIONS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(QUESTIONS)} questions")
