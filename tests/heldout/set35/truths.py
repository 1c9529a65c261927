#!/usr/bin/env python3
"""Held-out set 35: computes every truth from the committed CSVs and writes questions.json.

    python3 tests/heldout/set35/truths.py            # writes questions.json
    python3 tests/heldout/set35/truths.py --print    # prints only
    python3 tests/heldout/set35/truths.py --debug    # also prints the ranking behind every "which"
    python3 tests/heldout/set35/truths.py --collect  # lists every failed guard instead of stopping

Reading rules (each question's note says how it was read):

- Money and quantities: currency sign, spaces, thousands commas and unit words (bags, nets, ml, min, m)
  stripped; a leading minus is negative. A value that is not a number (tbc, ?, n/a, -, forgot, refunded,
  not paid, can't remember, gift, swap, blank) is left out of sums and averages, never counted as 0; a
  delivery charge or postage written free / FOC is 0.
- Names and categories are folded (trimmed, case ignored, inner spaces collapsed) and mapped through the
  synonym tables below.
- Firewood: an order is delivered when Status starts "deliver" or is "Done"; cancelled when it starts
  "cancel"; takings = Price of delivered orders (paid or not); the product list is joined on the integer
  value of the product code; owed = priced delivered orders whose Paid is No / owed / Invoice sent / not
  yet; a winter is September to March.
- Bowls club: rows whose Notes contain "void" never count; money in = positive amounts, money out =
  negative amounts reported as a positive figure (refunds included); the bar's profit = Bar takings minus
  Bar stock (the winter socials' bar stock included).
- Baby log: a row is a feed; bottles = formula + expressed; breastfeeds = left, right and both sides; a
  night feed starts from 00:00 to 05:59; days not logged = days from 1 April to 30 June 2024 with no row.
- Car boot: a row is a booking; its year and month are the sale Sunday's, not the timestamp's; fees
  are the amounts written (no-shows who paid in advance included, refunds and blanks not); the no-show
  rate is over bookings not rained off; days ahead = sale date minus the timestamp's date.
- Records: spending = Paid; postage free = 0; gifts and swaps have no price; profit on a sold record =
  Sold For minus Paid; days kept = Sold On minus Bought.
"""

import csv
import datetime as dt
import json
import re
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
ARGS = set(sys.argv[1:])
FAILED = []


def guard(ok, msg):
    if not ok:
        if "--collect" in ARGS:
            FAILED.append(msg)
        else:
            sys.exit(f"guard failed: {msg}")


def read(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    head = rows[0]
    return [dict(zip(head, r)) for r in rows[1:]], head


def fold(s):
    return re.sub(r"\s+", " ", (s or "").strip().lower())


NUM = re.compile(r"^-?\d+(\.\d+)?$")


def num(s):
    """A number from a cell, or None."""
    t = (s or "").strip().lower()
    t = t.replace("£", "").replace(",", "")
    t = re.sub(r"\s*(bags|nets|crates|packs|loads|ml|mins|min|m)$", "", t).strip()
    t = t.replace(" ", "")
    if t in ("free", "foc", "free p&p"):
        return 0.0
    if NUM.match(t):
        return float(t)
    return None


def r6(x):
    x = round(x, 6)
    return int(x) if x == int(x) and abs(x) < 1e12 else x


def top(scores, what, n=1, lowest=False):
    """Returns the key(s) at the top; each must lead the next by more than 5%."""
    items = sorted(scores.items(), key=lambda kv: kv[1], reverse=not lowest)
    if "--debug" in ARGS:
        print(f"    ranking for {what}: {items[:5]}")
    out = []
    for i in range(n):
        a, b = items[i][1], items[i + 1][1]
        if lowest:
            guard(b > 0 and a < b * 0.95, f"{what}: {items[i]} not clearly below {items[i + 1]}")
        else:
            guard(a > b * 1.05, f"{what}: {items[i]} not clearly above {items[i + 1]}")
        out.append(items[i][0])
    return out


def alone(values, what):
    vals = sorted(values, reverse=True)
    guard(len(vals) < 2 or vals[0] > vals[1], f"{what}: the top value is not alone")
    return vals[0]


def positive(x, what):
    guard(x > 0, f"{what}: difference is not positive ({x})")
    return x


def away(values, threshold, margin, what):
    near = [v for v in values if abs(v - threshold) <= margin]
    guard(not near, f"{what}: values near the threshold {threshold}: {near[:5]}")


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def month_labels(y, m, with_bare=False):
    out = [f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {y}", f"{y}-{m:02d}"]
    if with_bare:
        out += [MONTHS[m - 1], MONTHS[m - 1][:3]]
    return list(dict.fromkeys(out))


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_labels(d):
    M = MONTHS[d.month - 1]
    return list(dict.fromkeys([f"{d.day} {M} {d.year}", f"{d.day} {M[:3]} {d.year}", f"{M} {d.day}, {d.year}",
            f"{M[:3]} {d.day}, {d.year}", d.isoformat(), d.strftime("%d/%m/%Y"), f"{ordinal(d.day)} {M} {d.year}",
            f"{ordinal(d.day)} {M[:3]} {d.year}", f"{M} {ordinal(d.day)}, {d.year}"]))


QUESTIONS = []


def q(dataset, question, note, **truth):
    if isinstance(dataset, str):
        dataset = [dataset]
    t = {}
    for k in ("number", "numbers", "label", "labels", "unit"):
        if k in truth:
            v = truth[k]
            if k == "number":
                v = r6(v)
            elif k == "numbers":
                v = [r6(x) for x in v]
            t[k] = v
    QUESTIONS.append({"dataset": dataset, "note": note, "question": question, "truth": t})


# ----------------------------------------------------------------------------------------------
# 1. firewood deliveries + product list

FW = "firewood_deliveries.csv"
FP = "firewood_products.csv"


def firewood():
    rows, _ = read(FW)
    prods, _ = read(FP)
    plist = {}
    for p in prods:
        dried = fold(p["Dried"])
        plist[int(p["Code"])] = {
            "name": p["Product"].strip(),
            "wood": {"ash": "Ash", "oak": "Oak", "birch": "Birch", "mixed hardwood": "Mixed hardwood",
                     "softwood": "Softwood", "kindling (softwood)": "Kindling", "briquettes": "Briquettes"}[fold(p["Wood"])],
            "kiln": dried in ("kiln dried", "kd"),
            "unit": fold(p["Sold By"]),
            "list": num(p["List Price"]),
        }
    vil = {"chipping norton": "Chipping Norton", "chippy": "Chipping Norton", "charlbury": "Charlbury",
           "hook norton": "Hook Norton", "hooky": "Hook Norton", "enstone": "Enstone", "kingham": "Kingham",
           "long compton": "Long Compton"}
    ctype = {"domestic": "Domestic", "home": "Domestic", "household": "Domestic", "house": "Domestic",
             "pub": "Pub", "pub/restaurant": "Pub", "holiday let": "Holiday let", "holiday cottage": "Holiday let",
             "airbnb": "Holiday let", "trade": "Trade", "reseller": "Trade"}
    recs = []
    for r in rows:
        st = fold(r["Status"])
        d = dt.datetime.strptime(r["Delivery Date"], "%d/%m/%Y").date()
        paid = fold(r["Paid"])
        recs.append({
            "date": d, "cust": r["Customer"].strip(), "village": vil[fold(r["Village"])],
            "type": ctype[fold(r["Customer Type"])], "code": int(r["Product"]), "qty": num(r["Qty"]),
            "price": num(r["Price"]), "deliv": num(r["Delivery Charge"]),
            "delivered": st.startswith("deliver") or st == "done", "cancelled": st.startswith("cancel"),
            "unpaid": paid in ("no", "owed", "invoice sent", "not yet"),
            "paid": paid in ("yes", "y", "paid", "paid - cash", "bacs"),
        })
    for x in recs:
        guard(x["delivered"] != x["cancelled"], f"firewood status {x}")
        guard(not x["delivered"] or x["paid"] or x["unpaid"], f"firewood paid {x}")
    dl = [x for x in recs if x["delivered"]]
    priced = [x for x in dl if x["price"] is not None]
    total = sum(x["price"] for x in priced)
    ds = [FW]
    dj = [FW, FP]

    q(ds, "What's the total value of all the firewood orders we actually delivered?",
      "sum of Price over delivered orders (Status Delivered / Done), paid or not; cancelled orders and tbc prices left out",
      number=total, unit="£")
    q(ds, "What were our sales in 2024?",
      "sum of Price over delivered orders dated in 2024",
      number=sum(x["price"] for x in priced if x["date"].year == 2024), unit="£")
    q(ds, "How many orders were cancelled?", "Status starting 'cancel' (Cancelled / Canceled / CANCELLED - customer away)",
      number=sum(x["cancelled"] for x in recs), unit="orders")
    q(ds, "How much have we made from delivery charges?",
      "sum of Delivery Charge over delivered orders; free / FOC / blank count nothing",
      number=sum(x["deliv"] or 0 for x in dl), unit="£")
    q(ds, "What's our average order value?", "mean Price over delivered orders with a price",
      number=total / len(priced), unit="£")
    by_v = defaultdict(float)
    for x in priced:
        by_v[x["village"]] += x["price"]
    v1, v2 = top(by_v, "village takings", 2)
    q(ds, "Which village spends the most with us, and which comes second?",
      "delivered takings per village, village spellings folded (Chippy = Chipping Norton, Hooky = Hook Norton)",
      label=[v1], labels=[[v2] + (["Chippy"] if v2 == "Chipping Norton" else [])])
    q(ds, "How much money is still owed to us?",
      "sum of Price over delivered orders whose Paid is No / owed / Invoice sent / not yet",
      number=sum(x["price"] for x in priced if x["unpaid"]), unit="£")
    pub = sum(x["price"] for x in priced if x["type"] == "Pub")
    q(ds, "What share of our takings comes from pubs?",
      "pub takings / all delivered takings, Customer Type Pub / PUB / Pub/restaurant",
      number=100 * pub / total, unit="%")
    w1 = sum(x["price"] for x in priced if dt.date(2023, 9, 1) <= x["date"] <= dt.date(2024, 3, 31))
    w2 = sum(x["price"] for x in priced if dt.date(2024, 9, 1) <= x["date"] <= dt.date(2025, 3, 31))
    q(ds, "How much more firewood did we sell between September 2024 and March 2025 than between September 2023 and March 2024?",
      "delivered takings Sep 2024-Mar 2025 minus Sep 2023-Mar 2024",
      number=positive(w2 - w1, "winter growth"), unit="£")
    gr = defaultdict(float)
    for x in priced:
        if dt.date(2023, 9, 1) <= x["date"] <= dt.date(2024, 3, 31):
            gr[x["type"]] -= x["price"]
        elif dt.date(2024, 9, 1) <= x["date"] <= dt.date(2025, 3, 31):
            gr[x["type"]] += x["price"]
    g1, = top(gr, "customer type growth")
    q(ds, "Which type of customer grew the most this winter (September to March) compared with last winter?",
      "delivered takings Sep 2024-Mar 2025 minus Sep 2023-Mar 2024 per customer type (Domestic / Home / household / House; Pub; Holiday let / Holiday cottage / Airbnb; Trade / Reseller)",
      label={"Holiday let": ["Holiday let", "holiday lets", "holiday cottages", "holiday cottage"],
             "Domestic": ["Domestic", "household", "households"], "Pub": ["Pub", "pubs"],
             "Trade": ["Trade"]}[g1])
    by_m = Counter((x["date"].year, x["date"].month) for x in dl)
    (my, mm), = top(by_m, "month of most deliveries")
    q(ds, "Which month did we make the most deliveries in?", "count of delivered orders per calendar month",
      label=month_labels(my, mm))
    away([x["price"] for x in priced], 300, 5, "orders over £300")
    q(ds, "How many delivered orders were over £300?", "delivered orders with Price above 300 (none within £5 of it)",
      number=sum(x["price"] > 300 for x in priced), unit="orders")
    big = alone([x["price"] for x in priced], "biggest order")
    who = [x["cust"] for x in priced if x["price"] == big][0]
    q(ds, "What was our biggest single order, and who was it for?", "largest Price of a delivered order and its Customer",
      number=big, label=[who], unit="£")
    q(ds, "How many delivered orders still don't have a price on them?", "delivered orders whose Price is tbc / TBC / ?",
      number=sum(x["price"] is None for x in dl), unit="orders")
    q(ds, "How many different customers have we delivered to?", "distinct Customer over delivered orders",
      number=len({x["cust"] for x in dl}), unit="customers")
    by_c = defaultdict(float)
    for x in priced:
        by_c[x["cust"]] += x["price"]
    c1, = top(by_c, "top customer")
    q(ds, "Who is our biggest customer?", "delivered takings per Customer",
      label=[c1] + ([c1.split(". ")[1]] if ". " in c1 else []))
    # through the product list
    by_w = defaultdict(float)
    for x in priced:
        by_w[plist[x["code"]]["wood"]] += x["price"]
    wd, = top(by_w, "wood type takings")
    q(dj, "Which kind of wood brings in the most money?",
      "delivered takings per Wood of the product list, joined on the integer product code (ash / Ash folded)",
      label=[wd])
    q(dj, "How many nets of kindling did we sell?",
      "sum of Qty over delivered orders of product 008 (Kindling - net), codes 8 / 08 / 008",
      number=sum(x["qty"] for x in dl if plist[x["code"]]["name"] == "Kindling - net"), unit="nets")
    kiln = sum(x["price"] for x in priced if plist[x["code"]]["kiln"])
    q(dj, "What percentage of our sales by value was kiln-dried wood?",
      "delivered takings of products whose Dried is Kiln dried / KD / kiln dried, over all delivered takings",
      number=100 * kiln / total, unit="%")
    ash_s2 = [x for x in priced if x["code"] == 1 and dt.date(2024, 9, 1) <= x["date"] <= dt.date(2025, 3, 31)]
    q(dj, "What did we charge on average per bulk bag of kiln dried ash from September 2024 to March 2025?",
      "sum of Price / sum of Qty over delivered orders of product 001, Sep 2024-Mar 2025 (trade and multi-bag discounts included)",
      number=sum(x["price"] for x in ash_s2) / sum(x["qty"] for x in ash_s2), unit="£/bag")
    by_p = defaultdict(float)
    for x in priced:
        by_p[plist[x["code"]]["name"]] += x["price"]
    p1, p2 = top(by_p, "product takings", 2)

    def pl(n):
        base = n.replace(" - ", " ")
        return list(dict.fromkeys([n, base, n.replace(" - bulk bag", " bulk bags"), n.replace(" - bulk bag", " (bulk bag)")]))
    q(dj, "Which product brings in the most money, and which is second?",
      "delivered takings per Product of the product list", label=pl(p1), labels=[pl(p2)])
    q(FP, "How many products on our price list cost more than £50?", "List Price above 50 in the product list",
      number=sum(p["list"] > 50 for p in plist.values()), unit="products")
    cheap, = top({p["name"]: p["list"] for p in plist.values()}, "cheapest product", lowest=True)
    q(FP, "What's the cheapest thing on our price list?", "lowest List Price", label=list(dict.fromkeys(pl(cheap) + ["net of kindling"])))


# ----------------------------------------------------------------------------------------------
# 2. bowls club ledger

BL = "bowls_club_ledger.csv"
BCAT = {"subscriptions": "Subscriptions", "subs": "Subscriptions", "membership": "Subscriptions",
        "green fees": "Green fees", "visitors green fees": "Green fees", "bar takings": "Bar takings",
        "bar": "Bar takings", "bar income": "Bar takings", "bar stock": "Bar stock", "brewery": "Bar stock",
        "bar purchases": "Bar stock", "competition entries": "Competition entries", "comp entries": "Competition entries",
        "competitions": "Competition entries", "raffle": "Raffle", "raffle/tote": "Raffle", "donations": "Donations",
        "donation": "Donations", "sponsorship": "Sponsorship", "social": "Social", "social events": "Social",
        "functions": "Social", "greenkeeping": "Greenkeeping", "green maintenance": "Greenkeeping",
        "greenkeeper": "Greenkeeping", "electricity": "Electricity", "electric": "Electricity", "water": "Water",
        "water rates": "Water", "insurance": "Insurance", "affiliation": "Affiliation", "county fees": "Affiliation",
        "league & county fees": "Affiliation", "trophies": "Trophies", "trophies & engraving": "Trophies",
        "engraving": "Trophies", "equipment": "Equipment", "equipment & repairs": "Equipment", "refunds": "Refunds",
        "refund": "Refunds"}
BMETH = {"cash": "cash", "bank transfer": "bank", "bacs": "bank", "online": "bank", "card": "card", "sumup": "card",
         "cheque": "cheque", "chq": "cheque", "direct debit": "dd", "dd": "dd", "d/d": "dd",
         "standing order": "so", "s/o": "so"}


def bowls():
    rows, _ = read(BL)
    recs = []
    voids = 0
    for r in rows:
        if "void" in fold(r["Notes"]):
            voids += 1
            continue
        a = num(r["Amount"])
        guard(a is not None, f"bowls amount {r}")
        recs.append({"date": dt.datetime.strptime(r["Date"], "%d-%b-%y").date(), "cat": BCAT[fold(r["Category"])],
                     "amt": a, "meth": BMETH[fold(r["Method"])], "desc": r["Description"]})
    ds = [BL]

    def s(pred):
        return sum(x["amt"] for x in recs if pred(x))
    in24 = s(lambda x: x["amt"] > 0 and x["date"].year == 2024)
    out24 = -s(lambda x: x["amt"] < 0 and x["date"].year == 2024)
    q(ds, "How much money came in during 2024?", "sum of positive amounts dated 2024, void rows left out",
      number=in24, unit="£")
    q(ds, "How much money went out of the account in 2024?", "sum of negative amounts dated 2024 as a positive figure (refunds included)",
      number=out24, unit="£")
    q(ds, "What was our surplus for 2024, money in minus money out?", "2024 money in minus 2024 money out",
      number=positive(in24 - out24, "2024 surplus"), unit="£")
    subs = {y: s(lambda x, y=y: x["cat"] == "Subscriptions" and x["date"].year == y) for y in (2024, 2025)}
    q(ds, "How much did we collect in subs in 2025?", "sum of Subscriptions / Subs / SUBS / Membership rows dated 2025 (refunds are their own category)",
      number=subs[2025], unit="£")
    q(ds, "How much more did we take in subs in 2025 than in 2024?", "2025 subscriptions minus 2024 subscriptions",
      number=positive(subs[2025] - subs[2024], "subs growth"), unit="£")
    bar24 = s(lambda x: x["cat"] == "Bar takings" and x["date"].year == 2024)
    stock24 = -s(lambda x: x["cat"] == "Bar stock" and x["date"].year == 2024)
    q(ds, "How much profit did the bar make in 2024 (takings minus what we paid for bar stock)?",
      "2024 Bar takings / Bar / Bar income minus 2024 Bar stock / Brewery / Bar purchases (socials' bar stock included)",
      number=positive(bar24 - stock24, "bar profit"), unit="£")
    outs = [x for x in recs if x["amt"] < 0]
    big = alone([-x["amt"] for x in outs], "biggest payment out")
    bigcat = [x["cat"] for x in outs if -x["amt"] == big][0]
    guard(bigcat == "Equipment", "biggest out category")
    q(ds, "What was the biggest single payment out, and what category was it?", "largest negative amount and its Category",
      number=big, label=["Equipment", "equipment & repairs", "mower repair", "mower"], unit="£")
    spend = defaultdict(float)
    for x in outs:
        spend[x["cat"]] -= x["amt"]
    s1, s2 = top(spend, "spending category", 2)
    lab = {"Greenkeeping": ["Greenkeeping", "green maintenance", "greenkeeper"],
           "Bar stock": ["Bar stock", "brewery", "bar purchases"]}
    q(ds, "Which category do we spend the most on, and which is second?", "money out per category, whole ledger",
      label=lab.get(s1, [s1]), labels=[lab.get(s2, [s2])])
    gf = {y: s(lambda x, y=y: x["cat"] == "Green fees" and x["date"].year == y) for y in (2024, 2025)}
    q(ds, "How much more did we take in visitors' green fees in 2025 than in 2024?",
      "Green fees rows dated 2025 minus 2024 (all fall April-September)",
      number=positive(gf[2025] - gf[2024], "green fees growth"), unit="£")
    tin = s(lambda x: x["amt"] > 0)
    q(ds, "What percentage of the money coming in was cash?", "positive amounts with Method Cash / cash / CASH over all positive amounts, whole ledger",
      number=100 * s(lambda x: x["amt"] > 0 and x["meth"] == "cash") / tin, unit="%")
    refs = [x for x in recs if x["cat"] == "Refunds"]
    q(ds, "How many refunds did we give, and how much did they come to?", "rows of category Refunds / Refund: count and total as a positive figure",
      numbers=[len(refs), -sum(x["amt"] for x in refs)], unit="")
    q(ds, "How many entries in the ledger are marked void?", "rows whose Notes contain 'void'", number=voids, unit="entries")
    mi = defaultdict(float)
    for x in recs:
        if x["amt"] > 0:
            mi[(x["date"].year, x["date"].month)] += x["amt"]
    (y1, m1), = top(mi, "month of most money in")
    q(ds, "Which month brought in the most money?", "positive amounts per calendar month", label=month_labels(y1, m1))
    pin = [x["amt"] for x in recs if x["amt"] > 0]
    away(pin, 150, 2, "payments in over £150")
    q(ds, "How many payments in were over £150?", "positive amounts above 150 (none within £2 of it)",
      number=sum(a > 150 for a in pin), unit="payments")
    el24 = [-x["amt"] for x in recs if x["cat"] == "Electricity" and x["date"].year == 2024]
    q(ds, "What was our average monthly electricity bill in 2024?", f"mean of the {len(el24)} Electricity rows dated 2024",
      number=statistics.mean(el24), unit="£")
    gk = {y: -s(lambda x, y=y: x["cat"] == "Greenkeeping" and x["date"].year == y and x["date"].month <= 9) for y in (2024, 2025)}
    q(ds, "How much more did greenkeeping cost from January to September 2025 than in the same months of 2024?",
      "Greenkeeping money out Jan-Sep 2025 minus Jan-Sep 2024",
      number=positive(gk[2025] - gk[2024], "greenkeeping growth"), unit="£")
    summer = [x["amt"] for x in recs if x["cat"] == "Bar takings" and x["date"].year == 2024 and x["date"].month in (6, 7, 8)]
    q(ds, "What were the average weekly bar takings in June, July and August 2024?",
      f"mean of the {len(summer)} Bar takings rows (one a week) dated June-August 2024",
      number=statistics.mean(summer), unit="£")
    q(ds, "How much did trophies and engraving cost us in 2024?", "Trophies / Trophies & engraving / Engraving money out in 2024",
      number=-s(lambda x: x["cat"] == "Trophies" and x["date"].year == 2024), unit="£")
    q(ds, "How many members paid their subs in 2025?", "count of positive Subscriptions rows dated 2025 (one per member)",
      number=sum(1 for x in recs if x["cat"] == "Subscriptions" and x["amt"] > 0 and x["date"].year == 2025), unit="members")
    bm = defaultdict(float)
    for x in recs:
        if x["cat"] == "Bar takings" and x["date"].year == 2024:
            bm[x["date"].month] += x["amt"]
    bmm, = top(bm, "best bar month 2024")
    q(ds, "Which month of 2024 had the best bar takings?", "Bar takings per month of 2024", label=month_labels(2024, bmm, True))
    q(ds, "How much has gone out by direct debit altogether?", "negative amounts with Method Direct debit / DD / D/D, whole ledger, as a positive figure",
      number=-s(lambda x: x["amt"] < 0 and x["meth"] == "dd"), unit="£")
    q(ds, "What did we spend on water and electricity together in 2024?", "Water / Water rates and Electricity / Electric money out in 2024",
      number=-s(lambda x: x["cat"] in ("Water", "Electricity") and x["date"].year == 2024), unit="£")


# ----------------------------------------------------------------------------------------------
# 3. baby feeding log

BF = "baby_feeds.csv"
FEED = {"breast l": "left", "l": "left", "left": "left", "bl": "left", "breast r": "right", "r": "right",
        "right": "right", "br": "right", "both": "both", "l+r": "both", "both sides": "both",
        "formula": "formula", "bottle (formula)": "formula", "ff": "formula", "expressed": "expressed",
        "ebm": "expressed", "bottle (expressed)": "expressed", "expressed milk": "expressed"}
WHO = {"mum": "Mum", "dad": "Dad", "gran": "Gran", "granny": "Gran", "grandma": "Gran"}


def baby():
    rows, _ = read(BF)
    recs = []
    for r in rows:
        m = re.match(r"^(\d{1,2})[:.](\d{2})$", r["Time"].strip())
        guard(m is not None, f"baby time {r}")
        kind = FEED[fold(r["Feed"])]
        nap = fold(r["Nappy"])
        recs.append({"date": dt.date.fromisoformat(r["Date"]), "hm": int(m.group(1)) * 60 + int(m.group(2)),
                     "kind": kind, "bottle": kind in ("formula", "expressed"), "mins": num(r["Mins"]),
                     "ml": num(r["Amount (ml)"]), "who": WHO[fold(r["Who"])],
                     "dirty": nap in ("dirty", "poo", "both", "wet + dirty", "w+d"), "notes": fold(r["Notes"])})
    ds = [BF]
    q(ds, "How many feeds have we logged altogether?", "rows of the log", number=len(recs), unit="feeds")
    jun = [x for x in recs if x["date"].month == 6]
    q(ds, "On the days we logged in June, how many feeds a day did she have on average?", "June rows / June days with at least one row",
      number=len(jun) / len({x["date"] for x in jun}), unit="feeds")
    q(ds, "How many ml did she drink from bottles in June?", "sum of Amount (ml) over June bottles (formula and expressed); ? / most of it left out",
      number=sum(x["ml"] for x in jun if x["bottle"] and x["ml"] is not None), unit="ml")

    def mean_ml(mon):
        v = [x["ml"] for x in recs if x["date"].month == mon and x["bottle"] and x["ml"] is not None]
        return statistics.mean(v)
    q(ds, "How much bigger were her bottles on average in June than in April?", "mean Amount (ml) of June bottles minus that of April bottles",
      number=positive(mean_ml(6) - mean_ml(4), "bottle growth"), unit="ml")
    bm = [x["mins"] for x in recs if not x["bottle"] and x["mins"] is not None]
    q(ds, "How long is an average breastfeed, in minutes?", "mean Mins over breastfeeds (left, right, both) with a length written",
      number=statistics.mean(bm), unit="minutes")
    side = Counter(x["kind"] for x in recs if x["kind"] in ("left", "right"))
    sd, = top(side, "side")
    q(ds, "Which side does she feed from more often, left or right?", "count of left vs right feeds (both-sides feeds left out)",
      label={"left": ["left"], "right": ["right"]}[sd])
    night = {mo: sum(1 for x in recs if x["date"].month == mo and x["hm"] < 360) for mo in (4, 6)}
    away([x["hm"] for x in recs], 360, 2, "6am")
    away([x["hm"] for x in recs], 0, 2, "midnight")
    q(ds, "How many fewer night feeds (midnight to 6am) did she have in June than in April?",
      "feeds timed 00:00-05:59 in April minus those in June",
      number=positive(night[4] - night[6], "night feeds fewer"), unit="feeds")
    wb = Counter(x["who"] for x in recs if x["bottle"])
    wb1, = top(wb, "who gave bottles")
    q(ds, "Who gave the most bottle feeds?", "bottle rows per Who (Gran / Granny / Grandma folded)", label=[wb1])
    lm = alone([x["mins"] for x in recs if x["mins"] is not None], "longest feed")
    ld = [x["date"] for x in recs if x["mins"] == lm][0]
    q(ds, "What was her longest feed, and on what day?", "largest Mins and its Date", number=lm, label=date_labels(ld),
      unit="minutes")
    may = [x for x in recs if x["date"].month == 5]
    q(ds, "What percentage of her feeds in May were bottles?", "May bottle rows / May rows",
      number=100 * sum(x["bottle"] for x in may) / len(may), unit="%")
    q(ds, "How many breastfeeds don't have a length written down?", "breastfeeds whose Mins is blank / ? / forgot",
      number=sum(1 for x in recs if not x["bottle"] and x["mins"] is None), unit="feeds")
    per_day = Counter(x["date"] for x in recs)
    dd, = top(per_day, "day of most feeds")
    q(ds, "Which day did she feed the most?", "rows per Date", label=date_labels(dd))
    all_days = {dt.date(2024, 4, 1) + dt.timedelta(days=i) for i in range(91)}
    q(ds, "How many days between 1 April and 30 June have nothing logged at all?", "calendar days 1 Apr-30 Jun 2024 with no row",
      number=len(all_days - set(per_day)), unit="days")
    apr = [x for x in recs if x["date"].month == 4]
    q(ds, "On the days we logged in April, how many minutes a day did she spend breastfeeding on average?",
      "sum of Mins over April breastfeeds / April days with a row (feeds without a length count nothing)",
      number=sum(x["mins"] for x in apr if not x["bottle"] and x["mins"] is not None) / len({x["date"] for x in apr}),
      unit="minutes")
    q(ds, "How many dirty nappies were there in May?", "May rows whose Nappy is dirty / poo / Dirty / both / wet + dirty / W+D",
      number=sum(x["dirty"] for x in may), unit="nappies")
    away([x["hm"] for x in recs], 22 * 60, 2, "10pm")
    q(ds, "How many feeds started after 10pm in June?", "June rows timed 22:00 or later (none within 2 minutes of it)",
      number=sum(1 for x in jun if x["hm"] >= 22 * 60), unit="feeds")
    q(ds, "How much expressed milk has she had in total?", "sum of Amount (ml) over Expressed / EBM / Bottle (expressed) / expressed milk rows",
      number=sum(x["ml"] for x in recs if x["kind"] == "expressed" and x["ml"] is not None), unit="ml")
    fm = Counter(x["date"].month for x in recs)
    fmm, = top(fm, "month of most feeds")
    q(ds, "Which month had the most feeds?", "rows per month", label=month_labels(2024, fmm, True))
    q(ds, "How many times was she sick after a feed?", "rows whose Notes contain 'sick'",
      number=sum("sick" in x["notes"] for x in recs), unit="times")
    q(ds, "How many bottles did Gran give her?", "bottle rows whose Who is Gran / Granny / Grandma",
      number=wb["Gran"], unit="bottles")
    fv = [x["ml"] for x in recs if x["kind"] == "formula" and x["ml"] is not None]
    q(ds, "How big was a formula bottle on average, in ml?", "mean Amount (ml) over formula rows with an amount",
      number=statistics.mean(fv), unit="ml")


# ----------------------------------------------------------------------------------------------
# 4. car boot bookings (form export)

CB = "car_boot_bookings.csv"
SELLC = {"clothes": "clothes", "kids clothes": "clothes", "clothes & shoes": "clothes", "clothing": "clothes",
         "ladies clothes": "clothes", "household": "household", "household items": "household",
         "bric-a-brac": "household", "bric a brac": "household", "bits and bobs": "household",
         "kitchen stuff": "household", "toys": "toys", "toys & games": "toys", "kids toys": "toys",
         "mixed": "mixed", "a bit of everything": "mixed", "house clearance": "mixed", "everything!": "mixed",
         "books": "books", "books, dvds": "books", "dvds and cds": "books", "tools": "tools",
         "tools & diy": "tools", "diy stuff": "tools", "plants": "plants", "garden plants": "plants",
         "veg plants": "plants", "vintage & collectables": "collectables", "phone cases": "phone cases",
         "jewellery": "jewellery"}


def carboot():
    rows, head = read(CB)
    col = {k: [h for h in head if h.startswith(k)][0] for k in
           ("Timestamp", "Which Sunday", "What are you bringing", "What will you mostly", "Do you need to hire",
            "Have you had", "Are you a private", "Your postcode", "Fee paid", "Turned up")}
    recs = []
    for r in rows:
        m = re.match(r"^Sunday (\d+)\w\w (\w+) (\d{4})", r[col["Which Sunday"]])
        sale = dt.date(int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1)))
        ts = dt.datetime.strptime(r[col["Timestamp"]], "%m/%d/%Y %H:%M:%S")
        veh = fold(r[col["What are you bringing"]])
        veh = "car" if veh == "car" else "van" if veh.startswith("van") else "trailer"
        tb = fold(r[col["Do you need to hire"]])
        tables = 0 if tb.startswith("no") else int(re.search(r"\d", tb).group(0))
        tu = fold(r[col["Turned up"]])
        status = "yes" if tu in ("yes", "y") else "no" if tu in ("no", "no show", "n", "didn't come") else \
            "rain" if ("rain" in tu or "weather" in tu) else None
        guard(status is not None, f"turned up {tu}")
        recs.append({"sale": sale, "ts": ts, "veh": veh, "tables": tables, "sell": SELLC[fold(r[col["What will you mostly"]])],
                     "first": fold(r[col["Have you had"]]).startswith("no"),
                     "trader": fold(r[col["Are you a private"]]).startswith("trader"),
                     "pc": r[col["Your postcode"]].strip().upper().split()[0], "fee": num(r[col["Fee paid"]]),
                     "fee_blank": r[col["Fee paid"]].strip() == "", "status": status,
                     "lead": (sale - ts.date()).days})
    ds = [CB]
    y24 = [x for x in recs if x["sale"].year == 2024]
    y25 = [x for x in recs if x["sale"].year == 2025]
    q(ds, "How many pitches were booked for 2025?", "rows whose sale Sunday is in 2025", number=len(y25), unit="bookings")
    q(ds, "How many sellers actually turned up in 2024?", "2024 rows whose Turned up is Yes / Y / yes",
      number=sum(x["status"] == "yes" for x in y24), unit="sellers")
    f24 = sum(x["fee"] for x in y24 if x["fee"] is not None)
    f25 = sum(x["fee"] for x in y25 if x["fee"] is not None)
    q(ds, "How much did we take in pitch fees in 2024?", "sum of the amounts in the fee column for 2024 sale Sundays (refunded, not paid, - and blank count nothing)",
      number=f24, unit="£")
    q(ds, "How much more did we take in fees in 2025 than in 2024?", "2025 fees minus 2024 fees",
      number=positive(f25 - f24, "fee growth"), unit="£")
    q(ds, "On average, how many bookings did we get per Sunday in 2025?", "2025 rows / distinct 2025 sale Sundays (rained-off Sunday included)",
      number=len(y25) / len({x["sale"] for x in y25}), unit="bookings")
    per_s = Counter(x["sale"] for x in recs)
    sa, sb = top(per_s, "Sunday with most bookings", 2)
    q(ds, "Which Sunday had the most bookings, and which was next?", "rows per sale Sunday",
      label=date_labels(sa), labels=[date_labels(sb)])
    q(ds, "What share of the bookings were vans?", "rows whose vehicle is Van / minibus or Van (cars with trailers not counted), over all rows",
      number=100 * sum(x["veh"] == "van" for x in recs) / len(recs), unit="%")
    q(ds, "How many tables were asked for on the 2025 bookings?", "sum of tables (No thanks 0, Yes - 1 table 1, Yes - 2 tables 2) over 2025 rows",
      number=sum(x["tables"] for x in y25), unit="tables")
    nr25 = [x for x in y25 if x["status"] != "rain"]
    q(ds, "What was the no-show rate in 2025?", "2025 rows marked No / no show / N / didn't come over 2025 rows not rained off",
      number=100 * sum(x["status"] == "no" for x in nr25) / len(nr25), unit="%")
    sc = Counter(x["sell"] for x in recs)
    s1, s2 = top(sc, "what people sell", 2)
    sl = {"clothes": ["clothes", "clothing"], "household": ["household", "bric-a-brac", "bric a brac", "household items"],
          "mixed": ["mixed", "house clearance"], "toys": ["toys"]}
    q(ds, "What do people mostly sell, and what's the next most common?",
      "free-typed answers grouped: clothes (Kids clothes, Clothes & shoes, clothing, Ladies clothes), household (household items, Bric-a-brac, Bits and bobs, Kitchen stuff), mixed (a bit of everything, House clearance, Everything!), toys, books, tools, plants",
      label=sl[s1], labels=[sl[s2]])
    q(ds, "What percentage of the 2025 bookings were traders?", "2025 rows answering Trader / dealer over 2025 rows",
      number=100 * sum(x["trader"] for x in y25) / len(y25), unit="%")
    pc = Counter(x["pc"] for x in recs)
    p1, = top(pc, "postcode area")
    q(ds, "Which postcode area do most of our sellers come from?", "first part of the postcode, case and spaces folded",
      label=[p1])
    q(ds, "How many bookings were on a Sunday that got rained off?", "rows whose Turned up says Rained off / RAIN - cancelled / cancelled (weather)",
      number=sum(x["status"] == "rain" for x in recs), unit="bookings")
    q(ds, "How many sellers turned up but have no fee written down?", "rows marked Yes / Y / yes with a blank fee cell",
      number=sum(x["status"] == "yes" and x["fee_blank"] for x in recs), unit="sellers")
    q(ds, "What share of the 2025 bookings came from people who'd never had a pitch with us before?",
      "2025 rows answering 'No - first time' over 2025 rows ('Not sure' is not a first-timer)",
      number=100 * sum(x["first"] for x in y25) / len(y25), unit="%")
    fv25 = [x["fee"] for x in y25 if x["fee"] is not None]
    q(ds, "Among the 2025 bookings that paid, what was the average fee?", "mean of the amounts written in the fee column for 2025 (bookings with no amount left out)",
      number=statistics.mean(fv25), unit="£")
    q(ds, "On average, how many days before the sale did people book in 2025?", "mean of sale date minus the timestamp's date over 2025 rows",
      number=statistics.mean(x["lead"] for x in y25), unit="days")
    m24 = Counter(x["sale"].month for x in y24)
    mm, = top(m24, "month of most 2024 bookings")
    q(ds, "Which month had the most bookings in 2024?", "2024 rows per month of the sale Sunday", label=month_labels(2024, mm, True))
    q(ds, "How many of the 2025 bookings were made less than 7 days before the sale?", "2025 rows with sale date minus timestamp date under 7",
      number=sum(x["lead"] < 7 for x in y25), unit="bookings")
    q(ds, "How many traders booked in 2024?", "2024 rows answering Trader / dealer", number=sum(x["trader"] for x in y24),
      unit="bookings")
    q(ds, "How many people brought a van or a car with a trailer in 2025?", "2025 rows whose vehicle is Van or Car with trailer",
      number=sum(x["veh"] != "car" for x in y25), unit="bookings")


# ----------------------------------------------------------------------------------------------
# 5. record collection

RC = "record_collection.csv"
SRCF = {"discogs": "Discogs", "ebay": "eBay", "charity shop": "charity shop", "oxfam": "charity shop",
        "oxfam books & music": "charity shop", "british heart foundation": "charity shop", "sue ryder": "charity shop",
        "record fair": "record fair", "record fayre": "record fair", "record fair (bristol)": "record fair",
        "record shop": "record shop", "rise records": "record shop", "rough trade": "record shop",
        "car boot": "car boot", "car boot sale": "car boot", "boot sale": "car boot", "gift": "gift",
        "present": "gift", "birthday present": "gift", "swap": "swap", "swap with dave": "swap"}
GEN = {"jazz": "jazz", "soul": "soul", "soul/funk": "soul", "funk": "soul", "rock": "rock", "classic rock": "rock",
       "indie": "indie", "alt/indie": "indie", "folk": "folk", "electronic": "electronic", "electronica": "electronic",
       "reggae": "reggae"}
FMTF = {"lp": "LP", '12" lp': "LP", "album": "LP", "2lp": "2LP", "2 x lp": "2LP", "double lp": "2LP", '7"': "7",
        "7 inch": "7", "7in": "7", "single": "7", '12"': "12", "12 inch": "12", '12" single': "12"}
CONDF = {"nm": "NM", "near mint": "NM", "m-": "NM", "vg+": "VG+", "vg plus": "VG+", "vg": "VG", "g+": "G",
         "good": "G", "g": "G"}


def records():
    rows, _ = read(RC)
    recs = []
    for r in rows:
        a = fold(r["Artist"])
        if a.endswith(", the"):
            a = "the " + a[:-5]
        if a in ("kinks", "smiths"):
            a = "the " + a
        src = SRCF[fold(r["Where From"])]
        recs.append({"date": dt.datetime.strptime(r["Bought"], "%d-%m-%Y").date(), "artist": a, "title": r["Title"].strip(),
                     "fmt": FMTF[fold(r["Format"])], "genre": GEN[fold(r["Genre"])], "src": src,
                     "cond": CONDF[fold(r["Condition"])], "paid": num(r["Paid"]), "post": num(r["Postage"]),
                     "sold_on": dt.datetime.strptime(r["Sold On"], "%d-%m-%Y").date() if r["Sold On"].strip() else None,
                     "sold_for": num(r["Sold For"])})
    for x in recs:
        guard(x["src"] not in ("gift", "swap") or x["paid"] is None, "gift with a price")
    ds = [RC]
    paid = [x for x in recs if x["paid"] is not None]
    q(ds, "How much have I spent on records altogether, not counting postage?", "sum of Paid (gifts, swaps, ? and blanks have no price)",
      number=sum(x["paid"] for x in paid), unit="£")
    q(ds, "How much did I spend on records in 2024 including postage?", "sum of Paid plus Postage over records bought in 2024 (free = 0; -, n/a, collected, blank = nothing)",
      number=sum((x["paid"] or 0) + (x["post"] or 0) for x in recs if x["date"].year == 2024), unit="£")
    sy = {y: sum(x["paid"] for x in paid if x["date"].year == y) for y in (2023, 2024)}
    q(ds, "How much more did I spend on records in 2024 than in 2023?", "Paid bought in 2024 minus Paid bought in 2023",
      number=positive(sy[2024] - sy[2023], "2024 vs 2023"), unit="£")
    ss = defaultdict(float)
    for x in paid:
        ss[x["src"]] += x["paid"]
    a1, a2 = top(ss, "source spend", 2)
    sl = {"Discogs": ["Discogs"], "eBay": ["eBay"], "charity shop": ["charity shop", "charity shops"],
          "record fair": ["record fair", "record fairs"], "record shop": ["record shop", "record shops"],
          "car boot": ["car boot", "car boots", "car boot sales", "boot sale", "boot sales"]}
    q(ds, "Where do I spend the most money on records, and where's second?", "sum of Paid per Where From, grouped (Oxfam / British Heart Foundation / Sue Ryder = charity shop; Rise Records / Rough Trade = record shop; record fayre = record fair)",
      label=sl[a1], labels=[sl[a2]])
    sm = defaultdict(list)
    for x in paid:
        sm[x["src"]].append(x["paid"])
    ch, = top({k: statistics.mean(v) for k, v in sm.items()}, "cheapest source", lowest=True)
    q(ds, "Where do I get my records cheapest on average?", "mean Paid per source (records with a price)", label=sl[ch])
    q(ds, "How many records have I bought from charity shops?", "rows whose Where From is a charity shop (Charity shop, Oxfam, Oxfam Books & Music, British Heart Foundation, Sue Ryder)",
      number=sum(x["src"] == "charity shop" for x in recs), unit="records")
    dg = [x["paid"] + (x["post"] or 0) for x in paid if x["src"] == "Discogs"]
    q(ds, "What's the average cost of a record from Discogs once postage is added?", "mean of Paid + Postage over Discogs rows with a price",
      number=statistics.mean(dg), unit="£")
    sold = [x for x in recs if x["sold_on"] is not None]
    guard(all(x["sold_for"] is not None and x["paid"] is not None for x in sold), "sold rows complete")
    q(ds, "How many records have I sold, and how much did I get for them altogether?", "rows with a Sold On date: count and sum of Sold For",
      numbers=[len(sold), sum(x["sold_for"] for x in sold)], unit="")
    q(ds, "How much profit have I made on the records I've sold?", "sum of Sold For minus Paid over sold records (postage left out)",
      number=positive(sum(x["sold_for"] - x["paid"] for x in sold), "profit"), unit="£")
    mx = alone([x["paid"] for x in paid], "most expensive record")
    mr = [x for x in paid if x["paid"] == mx][0]
    q(ds, "What's the most I've paid for a record, and which one was it?", "largest Paid and its Title",
      number=mx, label=[mr["title"], mr["title"].split(" (")[0]], unit="£")
    gc = Counter(x["genre"] for x in recs)
    g1, g2 = top(gc, "genre count", 2)
    q(ds, "Which genre do I have the most records of, and what's second?", "rows per Genre, grouped (Soul/Funk / Funk = soul; Classic rock = rock; Alt/Indie = indie; Electronica = electronic)",
      label=[g1], labels=[[g2]])
    q(ds, "How many of my records were presents?", "rows whose Where From is Gift / Present / birthday present",
      number=sum(x["src"] == "gift" for x in recs), unit="records")
    q(ds, "What percentage of my spending has gone on jazz?", "Paid of Jazz rows over all Paid",
      number=100 * sum(x["paid"] for x in paid if x["genre"] == "jazz") / sum(x["paid"] for x in paid), unit="%")
    mc = Counter((x["date"].year, x["date"].month) for x in recs)
    (my, mm), = top(mc, "month of most records")
    q(ds, "Which month did I buy the most records in?", "rows per month of Bought", label=month_labels(my, mm))
    away([x["paid"] for x in paid], 30, 1, "records over £30")
    q(ds, "How many records cost me more than £30?", "rows with Paid above 30 (none within £1 of it; postage left out)",
      number=sum(x["paid"] > 30 for x in paid), unit="records")
    sev = [x["paid"] for x in paid if x["fmt"] == "7"]
    q(ds, "What do I pay on average for a 7-inch single?", "mean Paid over Format 7\" / 7 inch / 7in / Single with a price",
      number=statistics.mean(sev), unit="£")
    ac = Counter(x["artist"] for x in recs)
    ar, = top(ac, "artist count")
    q(ds, "Which artist do I have the most records by?", "rows per Artist, case and 'The' folded", label=[ar.title()])
    q(ds, "On average, how long did I keep a record before selling it?", "mean of Sold On minus Bought in days over sold records",
      number=statistics.mean((x["sold_on"] - x["date"]).days for x in sold), unit="days")
    q(ds, "Apart from gifts and swaps, how many records have no price written down?", "rows not gifts or swaps whose Paid is ? / can't remember / blank",
      number=sum(1 for x in recs if x["src"] not in ("gift", "swap") and x["paid"] is None), unit="records")
    eb = [x["post"] for x in recs if x["src"] == "eBay" and x["post"] is not None]
    q(ds, "What's the average postage I've paid on eBay?", "mean Postage over eBay rows (free / Free P&P = 0)",
      number=statistics.mean(eb), unit="£")
    q(ds, "What share of my records are near mint?", "rows whose Condition is NM / Near Mint / M- / nm over all rows",
      number=100 * sum(x["cond"] == "NM" for x in recs) / len(recs), unit="%")


def main():
    firewood()
    bowls()
    baby()
    carboot()
    records()
    if FAILED:
        print("\n".join(FAILED))
        sys.exit(1)
    out = []
    for i, e in enumerate(QUESTIONS, 1):
        out.append({"dataset": e["dataset"], "id": f"s35-{i:03d}", "note": e["note"], "question": e["question"],
                    "truth": e["truth"]})
    if "--print" in ARGS or "--debug" in ARGS:
        for e in out:
            print(e["id"], e["dataset"], e["question"], json.dumps(e["truth"], ensure_ascii=False))
    if "--print" not in ARGS:
        with open(HERE / "questions.json", "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print(f"wrote {len(out)} questions to questions.json")


if __name__ == "__main__":
    main()
