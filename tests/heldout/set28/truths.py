#!/usr/bin/env python3
"""Held-out set 28: computes every truth from data/*.csv and writes questions.json.

    python3 truths.py [--print] [--debug]

Reading rules (each question's note repeats the ones it uses):
- money / numbers: currency sign, spaces and thousands commas stripped; a leading minus is negative; anything
  that is not a number ("tbc", "quote", "n/a", "not counted", "?", blank) is left out, never counted as 0.
- categories, statuses, towns, vans, artworks, glass, lens types, brands, materials: trimmed, inner spaces
  collapsed, case ignored. yes/no: yes/y/true/1 are yes; no/n/false/0 are no.
Stops without writing if a guard fails (near tie, value on a threshold, negative difference).
"""
import csv
import json
import sys
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
DEBUG = "--debug" in sys.argv
Q = []
FAIL = []


def load(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def num(s):
    t = (s or "").strip().replace("£", "").replace("$", "").replace(",", "").replace(" ", "")
    try:
        return float(t)
    except ValueError:
        return None


def fold(s):
    return " ".join((s or "").split()).lower()


def yes(s):
    return fold(s) in ("yes", "y", "true", "1")


def dmy(s):
    return datetime.strptime(s.strip(), "%d/%m/%Y").date() if s.strip() else None


def mdy(s):
    return datetime.strptime(s.strip(), "%m/%d/%Y").date() if s.strip() else None


def iso(s):
    return date.fromisoformat(s.strip()) if s.strip() else None


def r6(x):
    return round(x, 6)


def add(ds, q, truth, note):
    Q.append({"dataset": ds, "id": f"s28-{len(Q) + 1:03d}", "note": note, "question": q, "truth": truth})


def top(d, margin=0.05, k=1):
    """Ranked keys; guard: each of the first k leads the next by more than margin."""
    items = sorted(d.items(), key=lambda kv: -kv[1])
    if DEBUG:
        print("   ranking:", [(a, round(b, 2)) for a, b in items[:k + 2]])
    for i in range(k):
        a, b = items[i][1], items[i + 1][1]
        if not a > b * (1 + margin) if b >= 0 else False:
            FAIL.append(f"near tie {items[i]} vs {items[i + 1]}")
    return [kv[0] for kv in items]


def topn(d, k, margin=0.05):
    items = sorted(d.items(), key=lambda kv: -kv[1])
    if DEBUG:
        print("   top-n:", [(a, round(b, 2)) for a, b in items[:k + 1]])
    if not items[k - 1][1] > items[k][1] * (1 + margin):
        FAIL.append(f"top-{k} edge {items[k - 1]} vs {items[k]}")
    return [kv[0] for kv in items]


def bottom(d, margin=0.05):
    items = sorted(d.items(), key=lambda kv: kv[1])
    if DEBUG:
        print("   ranking (low):", [(a, round(b, 2)) for a, b in items[:3]])
    if not items[1][1] > items[0][1] * (1 + margin):
        FAIL.append(f"near tie low {items[:2]}")
    return items[0][0]


def positive(x, what):
    if not x > 0:
        FAIL.append(f"not positive: {what} = {x}")
    return x


def away(values, thr, gap, what):
    for v in values:
        if abs(v - thr) <= gap:
            FAIL.append(f"{what}: value {v} within {gap} of {thr}")


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def month_label(y, m):
    return [f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {y}", f"{y}-{m:02d}"]


def month_only(m):
    return [MONTHS[m - 1], MONTHS[m - 1][:3]]


def jan_sep(d):
    return d.month <= 9


# ============================================================================ framing
FO = "framing_orders.csv"
FM = "framing_mouldings.csv"
fo = load(FO)
fm = load(FM)
mould = {int(m["Code"]): m for m in fm}
for o in fo:
    o["d"] = dmy(o["Ordered"])
    o["c"] = dmy(o["Collected"])
    o["p"] = num(o["Price"])
    o["st"] = fold(o["Status"])
    o["cancel"] = o["st"].startswith("cancel")
    o["coll"] = o["st"] in ("collected", "picked up")
    o["wait"] = o["st"] in ("ready", "awaiting collection")
    o["m"] = mould[int(o["Moulding Code"])]
    o["mat"] = fold(o["m"]["Material"])
    o["art"] = fold(o["Artwork"])
    o["glass"] = fold(o["Glass"])
live = [o for o in fo if not o["cancel"]]
F1 = [FO]
F2 = [FO, FM]
RULE_F = "Status folded: Collected/Picked up = collected, Ready/Awaiting collection = waiting, Cancelled = cancelled."

n = sum(1 for o in fo if o["d"].year == 2024)
add(F1, "How many framing orders were placed in 2024, counting cancelled ones too?", {"number": n, "unit": "orders"},
    "Rows with Ordered in 2024, every status.")
v = sum(o["p"] for o in fo if o["coll"] and o["c"] and o["c"].year == 2025 and o["p"] is not None)
add(F1, "How much money came from orders that were collected in 2025?", {"number": r6(v), "unit": "£"},
    "Sum of Price over collected orders whose Collected date is in 2025. " + RULE_F)
ps = [o["p"] for o in live if o["p"] is not None]
add(F1, "Leaving out cancelled orders, what's the average price of a framing job?",
    {"number": r6(sum(ps) / len(ps)), "unit": "£"}, "Mean Price over non-cancelled orders with a numeric price.")
c = sum(o["cancel"] for o in fo)
add(F1, "What percentage of our framing orders got cancelled?", {"number": r6(100 * c / len(fo)), "unit": "%"},
    "Cancelled rows / all rows.")
cnt = Counter(o["art"] for o in fo)
rk = top(cnt, k=2)
lab = {"print": ["Print", "Prints"], "photograph": ["Photograph", "Photographs", "photo", "photos"],
       "original painting": ["Original painting", "Original paintings", "painting", "paintings"],
       "certificate": ["Certificate", "Certificates"], "embroidery": ["Embroidery"]}
add(F1, "What kind of artwork do people bring in to frame most often, and what comes second?",
    {"label": lab[rk[0]], "labels": [lab[rk[1]]]}, "Count of orders (all statuses) by Artwork folded.")
ds_ = [(o["c"] - o["d"]).days for o in fo if o["coll"] and o["c"]]
add(F1, "On average, how many days pass between a customer ordering a frame and collecting it?",
    {"number": r6(sum(ds_) / len(ds_)), "unit": "days"}, "Mean of Collected - Ordered over collected orders.")
add(F1, "What's the longest anyone has taken from ordering to picking up their frame, in days?",
    {"number": max(ds_), "unit": "days"}, "Max of Collected - Ordered over collected orders.")
n = sum(o["wait"] for o in fo)
add(F1, "How many finished frames are sitting in the shop waiting to be collected?", {"number": n, "unit": "orders"},
    "Status Ready / Awaiting collection.")
n = sum(1 for o in fo if o["p"] is None)
add(F1, "How many orders don't have a proper price entered?", {"number": n, "unit": "orders"},
    "Price not a number (tbc / TBC / quote).")
vals = [o["p"] for o in live if o["p"] is not None]
away(vals, 250, 1, "framing 250")
n = sum(1 for x in vals if x > 250)
add(F1, "How many jobs, not counting cancellations, were priced at over £250?", {"number": n, "unit": "orders"},
    "Non-cancelled orders with Price > 250.")
n = sum(1 for o in fo if o["d"].year == 2024 and o["d"].month == 12)
add(F1, "How many orders came in during December 2024?", {"number": n, "unit": "orders"},
    "Rows with Ordered in December 2024, all statuses.")
a = sum(o["p"] for o in live if o["p"] is not None and o["d"].year == 2024 and jan_sep(o["d"]))
b = sum(o["p"] for o in live if o["p"] is not None and o["d"].year == 2025 and jan_sep(o["d"]))
add(F1, "How much more was ordered in January to September 2025 than in the same months of 2024, by value? Ignore cancelled jobs.",
    {"number": r6(positive(b - a, "framing growth")), "unit": "£"},
    "Sum Price of non-cancelled orders by Ordered date, Jan-Sep 2025 minus Jan-Sep 2024.")
g = defaultdict(float)
for o in fo:
    if jan_sep(o["d"]) and o["glass"] != "none":
        g[o["glass"]] += 1 if o["d"].year == 2025 else -1
add(F1, "How many more jobs with non-reflective glass did we get in Jan-Sep 2025 than in Jan-Sep 2024?",
    {"number": int(positive(g["non-reflective"], "nonrefl")), "unit": "orders"},
    "Count of orders (all statuses) with Glass folded = non-reflective, Jan-Sep 2025 minus Jan-Sep 2024.")
mt = [o for o in live]
k = sum(yes(o["Mount"]) for o in mt)
add(F1, "What share of our (non-cancelled) orders include a mount?", {"number": r6(100 * k / len(mt)), "unit": "%"},
    "Mount yes / non-cancelled orders.")
ps = [o["p"] for o in live if o["glass"] == "uv protect" and o["p"] is not None]
add(F1, "What's the average price of a job with UV protect glass, excluding cancelled ones?",
    {"number": r6(sum(ps) / len(ps)), "unit": "£"}, "Mean Price, Glass folded = uv protect, non-cancelled.")
# lookup
rev = defaultdict(float)
for o in live:
    if o["p"] is not None:
        rev[o["mat"]] += o["p"]
rk = top(rev, k=2)
add(F2, "Which frame material brings in the most money, and which is runner-up? Don't count cancelled orders.",
    {"label": [rk[0], rk[0].title()], "labels": [[rk[1], rk[1].title()]]},
    "Sum Price of non-cancelled orders by moulding Material (joined on Code as an integer; material folded).")
v = sum(o["p"] for o in live if o["p"] is not None and o["mat"] == "oak" and o["d"].year == 2025)
add(F2, "How much did oak frames bring in on orders placed in 2025 (not counting cancellations)?",
    {"number": r6(v), "unit": "£"}, "Sum Price, non-cancelled, Ordered 2025, Material folded = oak.")
cnt = Counter(o["m"]["Moulding"] for o in fo)
rk = top(cnt)
add(F2, "Which moulding is our most popular by number of orders?", {"label": [rk[0]]},
    "Count of orders (all statuses) by moulding name via the lookup.")
ps = [o["p"] for o in live if o["p"] is not None and fold(o["m"]["Colour"]) == "gold"]
add(F2, "What do orders in gold-coloured mouldings cost on average? Leave out cancellations.",
    {"number": r6(sum(ps) / len(ps)), "unit": "£"}, "Mean Price, non-cancelled, moulding Colour = Gold.")
n = sum(1 for o in fo if o["mat"] == "walnut")
add(F2, "How many orders have used a walnut moulding?", {"number": n, "unit": "orders"},
    "Count of all orders whose moulding Material is Walnut.")
pm = {m["Moulding"]: num(m["Price per m"]) for m in fm}
rk = top(pm)
add([FM], "Which is our most expensive moulding per metre?", {"label": [rk[0]]}, "Max Price per m.")
rev = defaultdict(float)
for o in live:
    if o["p"] is not None:
        rev[o["m"]["Moulding"]] += o["p"]
rk = topn(rev, 3)
add(F2, "What are our top three mouldings by takings, ignoring cancelled orders?", {"labels": [[x] for x in rk[:3]]},
    "Sum Price of non-cancelled orders by moulding name; the three largest.")

# ============================================================================ band ledger
BL = "band_ledger.csv"
bl = [r for r in load(BL) if not fold(r["Status"]).startswith("void")]
nvoid = len(load(BL)) - len(bl)
for r in bl:
    r["d"] = iso(r["Date"])
    r["a"] = num(r["Amount"])
    r["cat"] = fold(r["Category"])
B = [BL]
RULE_B = "Void rows (Status VOID / void / Void - duplicate) left out; income = positive Amount, spending = negative Amount as a positive figure."


def inc(pred):
    return sum(r["a"] for r in bl if r["a"] > 0 and pred(r))


def spend(pred):
    return -sum(r["a"] for r in bl if r["a"] < 0 and pred(r))


add(B, "What was the band's total income in 2024?", {"number": r6(inc(lambda r: r["d"].year == 2024)), "unit": "£"},
    "Sum of positive amounts dated 2024. " + RULE_B)
add(B, "How much have we spent so far in 2025?", {"number": r6(spend(lambda r: r["d"].year == 2025)), "unit": "£"},
    "Sum of negative amounts dated 2025 (Jan-Sep), as a positive figure. " + RULE_B)
net24 = sum(r["a"] for r in bl if r["d"].year == 2024)
add(B, "What was our net profit for 2024?", {"number": r6(net24), "unit": "£"}, "Sum of all amounts dated 2024. " + RULE_B)
add(B, "How much did wedding gigs earn us in 2025?",
    {"number": r6(inc(lambda r: r["d"].year == 2025 and r["cat"] == "wedding gig")), "unit": "£"},
    "Sum of Wedding Gig amounts dated 2025. " + RULE_B)
n = sum(1 for r in bl if r["d"].year == 2024 and r["cat"] == "wedding gig")
add(B, "How many weddings did we play in 2024?", {"number": n, "unit": "gigs"}, "Count of Wedding Gig rows in 2024, voids left out.")
w = [r["a"] for r in bl if r["d"].year == 2025 and r["cat"] == "wedding gig"]
add(B, "What's our average fee for a wedding this year (2025)?", {"number": r6(sum(w) / len(w)), "unit": "£"},
    "Mean Wedding Gig amount in 2025, voids left out.")
comm = spend(lambda r: r["cat"] == "commission")
wi = inc(lambda r: r["cat"] == "wedding gig")
add(B, "Agency commission as a percentage of our wedding income, across the whole ledger?",
    {"number": r6(100 * comm / wi), "unit": "%"}, "Commission spending / Wedding Gig income, all dates. " + RULE_B)
sp = defaultdict(float)
for r in bl:
    if r["a"] < 0 and r["d"].year == 2025:
        sp[r["cat"]] -= r["a"]
rk = top(sp, k=2)
add(B, "Where has most of our money gone this year (2025) — which expense category is biggest, and which is next?",
    {"label": [rk[0], rk[0].title()], "labels": [[rk[1], rk[1].title()]]},
    "Spending by Category folded, 2025. " + RULE_B)
add(B, "How many entries in the ledger have been voided?", {"number": nvoid, "unit": "rows"},
    "Status VOID / void / Void - duplicate.")
neg = sorted((r for r in bl if r["a"] < 0), key=lambda r: r["a"])
if not -neg[0]["a"] > -neg[1]["a"] * 1.05:
    FAIL.append("biggest expense tie")
add(B, "What was the single biggest payment out, and what was it for?",
    {"label": ["PA speakers", "Equipment", "speakers"], "number": r6(-neg[0]["a"]), "unit": "£"},
    "Most negative non-void amount; label the item (New PA speakers) or its category (Equipment).")
rf = [r["a"] for r in bl if r["cat"] == "refund"]
add(B, "How many refunds have we had to give, and how much did they come to altogether?",
    {"numbers": [len(rf), r6(-sum(rf))], "unit": ""}, "Category Refund rows, voids left out; total as a positive figure.")
mi = defaultdict(float)
for r in bl:
    if r["a"] > 0 and r["d"].year == 2025:
        mi[r["d"].month] += r["a"]
rk = top(mi)
add(B, "Which month in 2025 brought in the most income?", {"label": month_only(rk[0]) + month_label(2025, rk[0])},
    "Income by calendar month, 2025. " + RULE_B)
a = sum(r["a"] for r in bl if r["d"].year == 2024 and jan_sep(r["d"]))
b = sum(r["a"] for r in bl if r["d"].year == 2025)
add(B, "How much better is our net for January–September 2025 than for the same stretch of 2024?",
    {"number": r6(positive(b - a, "band net growth")), "unit": "£"}, "Net (sum of amounts) Jan-Sep 2025 minus Jan-Sep 2024. " + RULE_B)
g = defaultdict(float)
for r in bl:
    if r["a"] > 0 and jan_sep(r["d"]) and r["cat"] in ("wedding gig", "corporate gig", "pub gig", "merch"):
        g[r["cat"]] += r["a"] if r["d"].year == 2025 else -r["a"]
rk = top(g)
add(B, "Which income stream grew the most between Jan-Sep 2024 and Jan-Sep 2025, and by how much?",
    {"label": [rk[0], rk[0].title(), rk[0].split()[0]], "number": r6(g[rk[0]]), "unit": "£"},
    "Income by Category (Wedding Gig, Corporate Gig, Pub Gig, Merch), Jan-Sep 2025 minus Jan-Sep 2024. " + RULE_B)
n = sum(1 for r in bl if r["d"].year == 2025 and r["cat"] == "pub gig")
add(B, "How many pub gigs have we done in 2025?", {"number": n, "unit": "gigs"}, "Count of Pub Gig rows in 2025, voids left out.")
ci = inc(lambda r: r["d"].year == 2024 and r["cat"] == "corporate gig")
ti = inc(lambda r: r["d"].year == 2024)
add(B, "What percentage of 2024's income came from corporate gigs?", {"number": r6(100 * ci / ti), "unit": "%"},
    "Corporate Gig income 2024 / all income 2024. " + RULE_B)
rh = spend(lambda r: r["d"].year == 2024 and r["cat"] == "rehearsal")
add(B, "On average, how much a month did we spend on rehearsal rooms in 2024?", {"number": r6(rh / 12), "unit": "£"},
    "Rehearsal spending 2024 / 12 months.")
mn = defaultdict(float)
for r in bl:
    if r["d"].year == 2024:
        mn[r["d"].month] += r["a"]
lo = min(mn, key=mn.get)
if not mn[lo] < 0 or sorted(mn.values())[1] - mn[lo] < 100:
    FAIL.append("worst month")
add(B, "What was our worst month of 2024, in terms of money in minus money out?", {"label": month_only(lo) + month_label(2024, lo)},
    "Net (sum of amounts) by calendar month of 2024; the lowest (it leads the next lowest by over £100). " + RULE_B)
add(B, "How much have we made from selling merch, all time?", {"number": r6(inc(lambda r: r["cat"] == "merch")), "unit": "£"},
    "Sum of Merch amounts, all dates, voids left out.")
add(B, "What did travel cost us in total across the ledger?", {"number": r6(spend(lambda r: r["cat"] == "travel")), "unit": "£"},
    "Travel spending, all dates, as a positive figure, voids left out.")

# ============================================================================ ice-cream vans
IV = "icecream_vans_daily.csv"
iv = load(IV)
for r in iv:
    r["d"] = dmy(r["Date"])
    r["van"] = fold(r["Van"])
    r["st"] = fold(r["Status"])
    r["out"] = r["st"] == "out"
    r["t"] = num(r["Takings"])
    r["c"] = num(r["Cones"])
    r["h"] = num(r["Hours Out"])
    r["f"] = num(r["Fuel"])
    r["temp"] = num(r["Max Temp (C)"])
V = [IV]
VL = {"mr whippy": ["Mr Whippy"], "polar bear": ["Polar Bear"], "sundae best": ["Sundae Best"], "frosty": ["Frosty"]}
RULE_V = "A row is a van-day; out = Status 'Out' folded; Off rows carry no counts; van names folded."
out = [r for r in iv if r["out"]]
add(V, "What were the total takings across all the vans in 2025?",
    {"number": r6(sum(r["t"] for r in out if r["d"].year == 2025)), "unit": "£"}, "Sum Takings, 2025 rows. " + RULE_V)
add(V, "How many cones did we sell in 2024?", {"number": int(sum(r["c"] for r in out if r["d"].year == 2024 and r["c"] is not None)),
                                              "unit": "cones"}, "Sum Cones, 2024; non-numeric counts left out. " + RULE_V)
n = sum(1 for r in iv if r["d"].year == 2025 and r["st"] == "off - rain")
add(V, "How many van-days did we lose to rain in 2025?", {"number": n, "unit": "van-days"}, "Rows with Status Off - rain in 2025.")
tv = defaultdict(float)
for r in out:
    if r["d"].year == 2025:
        tv[r["van"]] += r["t"]
rk = top(tv, k=2)
add(V, "Which van took the most money in 2025, and which was second?", {"label": VL[rk[0]], "labels": [VL[rk[1]]]},
    "Sum Takings by van, 2025. " + RULE_V)
g = defaultdict(float)
for r in out:
    if r["d"].month >= 6:
        g[r["van"]] += r["t"] if r["d"].year == 2025 else -r["t"]
rk = top(g)
add(V, "Looking at June to September only, which van's takings grew the most from 2024 to 2025, and by how much?",
    {"label": VL[rk[0]], "number": r6(g[rk[0]]), "unit": "£"}, "Sum Takings by van, Jun-Sep 2025 minus Jun-Sep 2024. " + RULE_V)
ts = [r["t"] for r in out if r["van"] == "mr whippy"]
add(V, "On a day when Mr Whippy is out, what does it take on average?", {"number": r6(sum(ts) / len(ts)), "unit": "£"},
    "Mean Takings over Mr Whippy's Out rows, both summers.")
a = sum(r["t"] for r in out if r["d"].year == 2025)
h = sum(r["h"] for r in out if r["d"].year == 2025)
add(V, "Across all vans in 2025, how much did we take per hour out on the road?", {"number": r6(a / h), "unit": "£/hour"},
    "Sum Takings / sum Hours Out, 2025 Out rows.")
a = sum(r["t"] for r in out if r["d"].year == 2024)
fu = sum(r["f"] for r in out if r["d"].year == 2024)
add(V, "What was fuel as a percentage of takings in 2024?", {"number": r6(100 * fu / a), "unit": "%"},
    "Sum Fuel / sum Takings, 2024 Out rows.")
mt = defaultdict(float)
for r in out:
    mt[(r["d"].year, r["d"].month)] += r["t"]
rk = top(mt)
add(V, "What was our best month ever for takings?", {"label": month_label(*rk[0])}, "Sum Takings by calendar month over both summers.")
we = [r["t"] for r in out if r["d"].weekday() >= 5]
wd = [r["t"] for r in out if r["d"].weekday() < 5]
add(V, "How much more does a van take on an average weekend day compared with an average weekday?",
    {"number": r6(positive(sum(we) / len(we) - sum(wd) / len(wd), "weekend")), "unit": "£"},
    "Mean Takings per Out van-day, Saturday/Sunday minus Monday-Friday, both summers.")
away([r["t"] for r in out], 800, 5, "vans 800")
n = sum(1 for r in out if r["t"] > 800)
add(V, "How many times has a van taken more than £800 in a day?", {"number": n, "unit": "van-days"}, "Out rows with Takings > 800.")
n = sum(1 for r in out if r["c"] is None)
add(V, "On how many days out is the cone count missing?", {"number": n, "unit": "van-days"},
    "Out rows whose Cones is blank / n/a / not counted.")
dt = {}
for r in iv:
    if r["temp"] is not None:
        dt[r["d"]] = r["temp"]
best = sorted(dt.items(), key=lambda kv: -kv[1])
if best[0][1] == best[1][1]:
    FAIL.append("hottest day tie")
d0 = best[0][0]
add(V, "Which was the hottest day we've recorded?",
    {"label": [f"{d0.day} {MONTHS[d0.month - 1]} {d0.year}", f"{MONTHS[d0.month - 1]} {d0.day}, {d0.year}", d0.isoformat(),
               d0.strftime("%d/%m/%Y"), f"{d0.day}/{d0.month}/{d0.year}"]},
    "Max of Max Temp (C) (the same on every van's row of a day).")
jt = [dt[d] for d in dt if d.year == 2024 and d.month == 7]
add(V, "What was the average maximum temperature in July 2024?", {"number": r6(sum(jt) / len(jt)), "unit": "C"},
    "Mean of the daily Max Temp (C), one value per day, July 2024 days with a reading.")
n = sum(int(num(r["Lollies"])) for r in out if r["d"].year == 2025 and r["van"] == "frosty")
add(V, "How many lollies did Frosty sell in 2025?", {"number": n, "unit": "lollies"}, "Sum Lollies, Frosty, 2025.")
n = sum(1 for r in iv if r["st"] == "off - breakdown")
add(V, "How many days have the vans been off the road with breakdowns, over both summers?", {"number": n, "unit": "van-days"},
    "Rows with Status Off - breakdown.")
a = sum(r["t"] for r in out if r["d"].year == 2025 and fold(r["Pitch"]) == "seafront")
b = sum(r["t"] for r in out if r["d"].year == 2025)
add(V, "What share of 2025 takings came from the seafront pitch?", {"number": r6(100 * a / b), "unit": "%"},
    "Sum Takings, Pitch Seafront / all, 2025.")
tb = [int(num(r["Tubs"])) for r in out if r["d"].year == 2025 and r["d"].month == 8]
add(V, "How many tubs did a van sell on average per day out in August 2025?", {"number": r6(sum(tb) / len(tb)), "unit": "tubs"},
    "Mean Tubs over Out rows in August 2025.")
away([r["temp"] for r in out if r["temp"] is not None], 25, 0.05, "temp 25")
v = sum(r["t"] for r in out if r["temp"] is not None and r["temp"] >= 25)
add(V, "What did we take in total on days when it hit 25°C or more?", {"number": r6(v), "unit": "£"},
    "Sum Takings over Out rows with Max Temp (C) >= 25.")
ph = defaultdict(lambda: [0.0, 0.0])
for r in out:
    ph[fold(r["Pitch"])][0] += r["t"]
    ph[fold(r["Pitch"])][1] += r["h"]
lo = bottom({k: a / b for k, (a, b) in ph.items()})
add(V, "Which pitch earns the least per hour out?", {"label": [lo, lo.title()]}, "Sum Takings / sum Hours Out by Pitch, both summers.")

# ============================================================================ chimney
CJ = "chimney_jobs.csv"
cj = load(CJ)
for r in cj:
    r["b"] = mdy(r["Booked"])
    r["v"] = mdy(r["Visit"])
    r["st"] = fold(r["Status"])
    r["done"] = r["st"] in ("done", "completed")
    r["cancel"] = r["st"].startswith("cancel")
    r["noacc"] = r["st"] == "no access"
    r["ch"] = num(r["Charge"])
    r["mi"] = num(r["Minutes"])
    r["app"] = fold(r["Appliance"])
    r["town"] = fold(r["Town"])
C = [CJ]
RULE_C = "Done / Completed = completed; Cancelled / Canceled = cancelled; No access separate; a job belongs to its Visit date."
done = [r for r in cj if r["done"]]
add(C, "How many chimney sweeps did we complete in 2024?", {"number": sum(1 for r in done if r["v"].year == 2024), "unit": "jobs"},
    "Completed jobs with Visit in 2024. " + RULE_C)
add(C, "What did we charge in total for completed jobs in 2025?",
    {"number": r6(sum(r["ch"] for r in done if r["v"].year == 2025)), "unit": "$"}, "Sum Charge, completed, Visit 2025.")
x = [r["ch"] for r in done if r["app"] == "wood burner"]
add(C, "What's the average charge for sweeping a wood burner, on jobs we actually did?", {"number": r6(sum(x) / len(x)), "unit": "$"},
    "Mean Charge over completed jobs, Appliance folded = wood burner.")
cm = Counter(r["v"].month for r in done)
rk = top(cm)
add(C, "Which month of the year keeps us busiest?", {"label": month_only(rk[0])}, "Completed jobs by calendar month of Visit, both years together.")
x = [(r["v"] - r["b"]).days for r in done]
add(C, "How far ahead, on average, do customers book the jobs we complete? Give it in days.", {"number": r6(sum(x) / len(x)), "unit": "days"},
    "Mean Visit - Booked over completed jobs.")
sw = Counter(r["Sweep"].strip() for r in done)
rk = top(sw, k=2)
add(C, "Which of our sweeps has done the most jobs, and who's second?", {"label": [rk[0]], "labels": [[rk[1]]]}, "Completed jobs by Sweep.")
add(C, "What proportion of bookings ended up cancelled?", {"number": r6(100 * sum(r["cancel"] for r in cj) / len(cj)), "unit": "%"},
    "Cancelled / all rows. " + RULE_C)
na = [r for r in cj if r["noacc"]]
add(C, "How many times did we turn up and couldn't get in, and how much did we charge for those call-outs in total?",
    {"numbers": [len(na), r6(sum(r["ch"] for r in na))], "unit": ""}, "Status No access: count and sum Charge.")
x = [r["mi"] for r in done if r["mi"] is not None]
add(C, "How long does a completed job take on average, in minutes?", {"number": r6(sum(x) / len(x)), "unit": "minutes"},
    "Mean Minutes over completed jobs with a number (? / n/a left out).")
add(C, "On what percentage of completed jobs did we add a nest or cowl extra?",
    {"number": r6(100 * sum(yes(r["Nest/Cowl Extra"]) for r in done) / len(done)), "unit": "%"}, "Nest/Cowl Extra = Yes over completed jobs.")
tw = defaultdict(float)
for r in done:
    tw[r["town"]] += r["ch"]
rk = top(tw, k=2)
add(C, "Which town brings in the most money for us, and which comes next?", {"label": [rk[0].title()], "labels": [[rk[1].title()]]},
    "Sum Charge, completed jobs, by Town folded.")
g = defaultdict(float)
for r in done:
    if jan_sep(r["v"]):
        g[r["app"]] += 1 if r["v"].year == 2025 else -1
rk = top(g)
add(C, "Comparing January to September 2025 with the same months in 2024, which appliance type saw the biggest increase in completed jobs, and by how many?",
    {"label": [rk[0], rk[0].capitalize(), rk[0] + "s"], "number": int(g[rk[0]]), "unit": "jobs"},
    "Completed jobs by Appliance folded, Jan-Sep 2025 minus Jan-Sep 2024.")
add(C, "On how many completed jobs did we not issue a certificate?", {"number": sum(1 for r in done if not yes(r["Certificate"])), "unit": "jobs"},
    "Completed jobs whose Certificate is no / N / FALSE / 0.")
add(C, "How many completed jobs are missing the time taken?", {"number": sum(1 for r in done if r["mi"] is None), "unit": "jobs"},
    "Completed jobs whose Minutes is ? / n/a / blank.")
lead = [(r["v"] - r["b"]).days for r in done]
add(C, "How many of the completed jobs were booked more than 30 days before the visit?",
    {"number": sum(1 for x in lead if x > 30), "unit": "jobs"}, "Completed jobs with Visit - Booked > 30 days.")
both = [r for r in done if r["mi"] is not None]
add(C, "For every hour we actually spend on completed jobs, how much do we charge?",
    {"number": r6(sum(r["ch"] for r in both) / sum(r["mi"] for r in both) * 60), "unit": "$/hour"},
    "Sum Charge / sum Minutes x 60, completed jobs with both numbers.")
am = defaultdict(list)
for r in both:
    am[r["app"]].append(r["mi"])
rk = top({k: sum(v) / len(v) for k, v in am.items()})
add(C, "Which type of appliance takes longest to sweep on average?", {"label": [rk[0], rk[0].capitalize(), rk[0] + "s"]},
    "Mean Minutes by Appliance folded, completed jobs.")
x = [r["ch"] for r in done if r["app"] == "gas fire" and r["v"].year == 2025]
add(C, "What was the average charge for a gas fire job in 2025?", {"number": r6(sum(x) / len(x)), "unit": "$"},
    "Mean Charge, completed, Appliance gas fire, Visit 2025.")
add(C, "How much did Tom bring in during 2025?", {"number": r6(sum(r["ch"] for r in done if r["Sweep"] == "Tom" and r["v"].year == 2025)), "unit": "$"},
    "Sum Charge over Tom's completed jobs in 2025.")
add(C, "How many jobs were booked for Tenterden in total, whatever happened to them?",
    {"number": sum(1 for r in cj if r["town"] == "tenterden"), "unit": "jobs"}, "Rows with Town folded = tenterden, every status.")

# ============================================================================ optician
OO = "optician_orders.csv"
oo = load(OO)
for r in oo:
    r["d"] = iso(r["Order Date"])
    r["due"] = iso(r["Due Date"])
    r["c"] = iso(r["Collected On"])
    r["st"] = fold(r["Status"])
    r["cancel"] = r["st"] == "cancelled"
    r["coll"] = r["st"] == "collected"
    r["t"] = num(r["Total"])
    r["vo"] = num(r["Voucher"]) or 0.0
    r["lens"] = fold(r["Lens"])
    r["brand"] = fold(r["Frame Brand"])
    r["age"] = num(r["Patient Age"])
O = [OO]
RULE_O = "Status folded: Collected; Ready / In lab = not yet collected; Cancelled. An order belongs to its Order Date."
ol = [r for r in oo if not r["cancel"]]
BL_ = {"house": ["House", "house brand", "own brand"], "ray-ban": ["Ray-Ban", "Ray Ban", "RayBan"], "oakley": ["Oakley"],
       "silhouette": ["Silhouette"], "tom ford": ["Tom Ford"], "kids range": ["Kids Range", "kids"]}
LL = {"single vision": ["Single vision"], "varifocal": ["Varifocal", "Varifocals"], "bifocal": ["Bifocal", "Bifocals"],
      "reading": ["Reading", "Readers", "reading glasses"]}
add(O, "How many spectacle orders did we take in 2025?", {"number": sum(1 for r in oo if r["d"].year == 2025), "unit": "orders"},
    "Rows with Order Date in 2025, every status.")
add(O, "What's the total value of orders placed in 2024 that have been collected?",
    {"number": r6(sum(r["t"] for r in oo if r["coll"] and r["d"].year == 2024)), "unit": "$"}, "Sum Total, Collected, Order Date 2024.")
x = [r["t"] for r in ol if r["lens"] == "varifocal"]
add(O, "What does a pair of varifocals cost on average? Ignore cancelled orders.", {"number": r6(sum(x) / len(x)), "unit": "$"},
    "Mean Total, Lens folded = varifocal, non-cancelled.")
cb = Counter(r["brand"] for r in oo)
rk = top(cb, k=2)
add(O, "Which frame brand do we sell the most of, and which is second?", {"label": BL_[rk[0]], "labels": [BL_[rk[1]]]},
    "Orders (all statuses) by Frame Brand folded.")
rb = defaultdict(float)
for r in ol:
    rb[r["brand"]] += r["t"]
rk = top(rb)
add(O, "Which brand brings in the most revenue, not counting cancellations?", {"label": BL_[rk[0]]}, "Sum Total by brand, non-cancelled.")
x = [(r["c"] - r["d"]).days for r in oo if r["coll"]]
add(O, "How many days on average from ordering glasses to the customer collecting them?", {"number": r6(sum(x) / len(x)), "unit": "days"},
    "Mean Collected On - Order Date over collected orders.")
late = [(r["c"] - r["due"]).days for r in oo if r["coll"]]
away(late, 5, 0, "late 5")
add(O, "How many customers picked up their glasses more than five days after the due date?",
    {"number": sum(1 for x in late if x > 5), "unit": "orders"}, "Collected orders with Collected On - Due Date > 5 days.")
add(O, "How much have NHS vouchers covered in total, leaving out cancelled orders?", {"number": r6(sum(r["vo"] for r in ol)), "unit": "$"},
    "Sum Voucher (blank / 0 = none), non-cancelled.")
add(O, "What percentage of orders (excluding cancelled ones) had the anti-glare coating?",
    {"number": r6(100 * sum(yes(r["Anti-glare"]) for r in ol) / len(ol)), "unit": "%"}, "Anti-glare Yes / non-cancelled orders.")
x = [r["age"] for r in oo if r["lens"] == "varifocal" and r["age"] is not None]
add(O, "How old are our varifocal customers on average?", {"number": r6(sum(x) / len(x)), "unit": "years"},
    "Mean Patient Age over varifocal orders (all statuses) with an age.")
g = defaultdict(float)
for r in oo:
    if jan_sep(r["d"]):
        g[r["lens"]] += 1 if r["d"].year == 2025 else -1
rk = top(g)
add(O, "Which lens type grew the most in orders between Jan–Sep 2024 and Jan–Sep 2025, and by how many orders?",
    {"label": LL[rk[0]], "number": int(g[rk[0]]), "unit": "orders"}, "Orders (all statuses) by Lens folded, Jan-Sep 2025 minus Jan-Sep 2024.")
add(O, "How many orders have no patient age recorded?", {"number": sum(1 for r in oo if r["age"] is None), "unit": "orders"}, "Patient Age blank.")
add(O, "How many orders haven't been collected yet (not counting cancelled ones)?",
    {"number": sum(1 for r in oo if r["st"] in ("ready", "in lab")), "unit": "orders"}, "Status Ready / In lab.")
add(O, "What percentage of spectacle orders were cancelled?", {"number": r6(100 * sum(r["cancel"] for r in oo) / len(oo)), "unit": "%"},
    "Cancelled / all rows.")
add(O, "How many orders were for children under 16?", {"number": sum(1 for r in oo if r["age"] is not None and r["age"] < 16), "unit": "orders"},
    "Rows with Patient Age < 16, every status.")
add(O, "After NHS vouchers, how much did customers pay us in total for orders placed in 2025? Leave out cancellations.",
    {"number": r6(sum(r["t"] - r["vo"] for r in ol if r["d"].year == 2025)), "unit": "$"}, "Sum (Total - Voucher), non-cancelled, Order Date 2025.")
mx = sorted((r["t"] for r in oo), reverse=True)
add(O, "What's the most expensive pair of glasses anyone has ordered?", {"number": r6(mx[0]), "unit": "$"}, "Max Total over all orders.")
a = [r["t"] for r in ol if r["d"].year == 2024]
b = [r["t"] for r in ol if r["d"].year == 2025]
add(O, "How much higher is the average order value in 2025 than it was in 2024? Leave cancelled orders out.",
    {"number": r6(positive(sum(b) / len(b) - sum(a) / len(a), "opt avg")), "unit": "$"},
    "Mean Total of non-cancelled orders by Order Date year, 2025 minus 2024.")
x = [(r["due"] - r["d"]).days for r in oo if r["lens"] == "single vision" and r["due"]]
add(O, "How long does the lab take on average for single vision lenses — days from order to due date?",
    {"number": r6(sum(x) / len(x)), "unit": "days"}, "Mean Due Date - Order Date over single vision orders with a due date.")
add(O, "How many pairs did Dev dispense in 2025, leaving out cancelled orders?",
    {"number": sum(1 for r in ol if r["Dispenser"] == "Dev" and r["d"].year == 2025), "unit": "orders"},
    "Non-cancelled orders with Dispenser Dev and Order Date in 2025.")
x = [r["t"] for r in ol if r["brand"] == "tom ford"]
add(O, "What's the average order total when someone picks Tom Ford frames? Don't include cancelled orders.",
    {"number": r6(sum(x) / len(x)), "unit": "$"}, "Mean Total, Frame Brand Tom Ford, non-cancelled.")

# ============================================================================ write
if FAIL:
    print("GUARDS FAILED:")
    for f in FAIL:
        print("  ", f)
    sys.exit(1)
for q in Q:
    if "--print" in sys.argv or DEBUG:
        print(q["id"], q["dataset"], q["question"], "->", json.dumps(q["truth"]))
if "--print" not in sys.argv:
    (HERE / "questions.json").write_text(json.dumps(Q, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(Q)} questions")
