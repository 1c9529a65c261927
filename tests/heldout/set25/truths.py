#!/usr/bin/env python3
"""Held-out set 25: every question beside the code that computes its truth from data/*.csv; writes questions.json.

    python3 truths.py            # prints every truth and writes questions.json (stops if a guard fails)
    python3 truths.py --print    # prints only
    python3 truths.py --debug    # also prints the ranking behind every "which"

Reading rules (the same for every question):
- Co-op: an order line's member is joined to coop_members.csv on the integer value of Member ID ("0007" = "7").
  Dates are dd/mm/yyyy or yyyy-mm-dd. Money drops "£" and thousands commas. A line whose Status starts with
  "cancel" or "Cancel" (Cancelled / Canceled) belongs to a cancelled order (whole orders are cancelled); a
  Status of void (any case) is a voided line. "Sales", "spend" and "takings" are the Line Totals of lines that
  are neither cancelled nor void. An order is an Order No; a live order is one with at least one live line.
  Categories fold case and spaces. Pickup starting "deliv" is delivery, "coll" collection. Qty "n/a" / "?" is
  not a number (left out of quantity sums). Working Member yes is yes / y (any case).
- Dojo: dates are dd-Mon-yyyy or dd/mm/yyyy. Amounts are signed (money in positive, money out negative),
  "£" and commas dropped. A row with anything in Status is void (a duplicate) and is left out. Categories fold
  case and spaces, and "Grading Fee" is Grading. Methods fold case and spaces.
- Hostel: Check In / Check Out are ISO 'T' datetimes (with or without seconds); Booked On is US M/D/YYYY. A
  stay's nights are calendar days from check-in date to check-out date. Status folds case, spaces and hyphens:
  checked out = stayed, cancel* = cancelled, no show = no-show. A booking's month / year is its check-in's.
  Bed nights = guests x nights. Rooms and sources fold case and spaces; countries fold case, "UK" is United
  Kingdom and "USA" United States. Breakfast yes is yes / y / true / 1 / included. Lead time = check-in date
  minus booked date, in days.
- Kitchen: dates are US M/D/YYYY; one row per site per opening day. A row is open when Status is "open" (any
  case / spaces); every other status is a closure with no counts. Sites fold to letters only ("St Marks" = "St
  Mark's" = "St. Mark's"). Volunteers, food, waste and first-time guests that are not numbers are left out.
  Donations drop "$" and commas; blank is nothing.
- Swim: dates are yyyy-mm-dd or "d Mon yyyy". Course SC / 25m / Short Course is short course, LC / 50m / Long
  Course long course. An event is its distance and stroke (Free / Freestyle / FR, Back / Backstroke / BK,
  Breast / Breaststroke / BR, Fly / Butterfly, IM / Individual Medley). Time DNS = did not start, DQ =
  disqualified (any case); otherwise "ss.xx", "0:ss.xx" or "m:ss.xx" in seconds. A swim is a row that is not
  DNS; a completed swim has a time. Place "1" / "1st" is 1. PB yes is Y / yes / PB (any case).
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
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DEBUG = "--debug" in sys.argv


class GuardError(Exception):
    pass


FAILS = []


def fail(msg):
    FAILS.append(msg)


def load(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fold(s):
    return " ".join(s.split()).lower()


def money(s):
    s = s.strip().replace("£", "").replace("$", "").replace(",", "")
    return float(s) if s else 0.0


def num(s):
    s = s.strip()
    try:
        return float(s)
    except ValueError:
        return None


# ---- guards ------------------------------------------------------------------------------------

def ranked(d):
    return sorted(d.items(), key=lambda kv: -kv[1])


def top(d, what, margin=0.05):
    r = ranked(d)
    if DEBUG:
        print("   ", what, [(k, round(v, 2)) for k, v in r[:5]])
    if len(r) > 1 and r[0][1] - r[1][1] <= margin * abs(r[0][1]):
        fail(f"near tie for {what}: {r[:3]}")
    return r[0][0], r[0][1]


def bottom(d, what, margin=0.05):
    r = sorted(d.items(), key=lambda kv: kv[1])
    if DEBUG:
        print("   ", what, [(k, round(v, 2)) for k, v in r[:5]])
    if len(r) > 1 and r[1][1] - r[0][1] <= margin * abs(r[0][1]):
        fail(f"near tie for {what}: {r[:3]}")
    return r[0][0], r[0][1]


def topn(d, n, what, margin=0.05):
    r = ranked(d)
    if DEBUG:
        print("   ", what, [(k, round(v, 2)) for k, v in r[:n + 2]])
    if r[n - 1][1] - r[n][1] <= margin * abs(r[n - 1][1]):
        fail(f"top {n} not clear for {what}: {r[:n + 2]}")
    return [k for k, _ in r[:n]]


def positive(v, what):
    if v <= 0:
        fail(f"{what}: difference not positive ({v})")
    return v


def away(values, threshold, eps, what):
    near = [v for v in values if abs(v - threshold) <= eps]
    if near:
        fail(f"{what}: values on or near the threshold {threshold}: {near[:5]}")


def same(a, b, what):
    if a != b:
        fail(f"{what}: readings disagree ({a} vs {b})")
    return a


# ---- label spellings ----------------------------------------------------------------------------

def month_label(y, m, with_year=True):
    out = [f"{MONTHS[m - 1]} {y}", f"{MON[m - 1]} {y}", f"{y}-{m:02d}"]
    if not with_year:
        out.append(MONTHS[m - 1])
    return out


def weekday_label(i):
    return [WEEKDAYS[i], WEEKDAYS[i] + "s"]


def hour_label(h):
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return [f"{h:02d}:00", f"{h}:00", f"{h12}{ap}", f"{h12} {ap}", f"{h12}:00 {ap}", f"{h12}:00{ap}",
            f"{h:02d}.00", f"{h12} {ap[0]}.m.", f"{h12} o'clock"]


def amp(label):
    return [label, label.replace("&", "and")] if "&" in label else [label]


def date_label(d):
    return [f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{d.day} {MON[d.month - 1]} {d.year}",
            f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{MONTHS[d.month - 1]} {d.day} {d.year}",
            f"{MON[d.month - 1]} {d.day}, {d.year}", d.isoformat(), f"{d.month}/{d.day}/{d.year}",
            f"{d.month:02d}/{d.day:02d}/{d.year}"]


# ---- loaders ------------------------------------------------------------------------------------

def pdate_dmy_or_iso(s):
    s = s.strip()
    if "/" in s:
        d, m, y = s.split("/")
        return date(int(y), int(m), int(d))
    return date.fromisoformat(s)


def coop():
    members = {}
    for r in load("coop_members.csv"):
        d, m, y = r["Joined"].split("/")
        members[int(r["Member ID"])] = dict(name=r["Name"], hh=int(r["Household Size"]),
                                            joined=date(int(y), int(m), int(d)),
                                            working=fold(r["Working Member"]) in ("yes", "y"), area=r["Area"])
    cats = {"fruit & veg": "Fruit & Veg", "dry goods": "Dry Goods", "dairy": "Dairy", "bakery": "Bakery",
            "household": "Household", "drinks": "Drinks"}
    lines = []
    for r in load("coop_orders.csv"):
        st = fold(r["Status"])
        status = "cancelled" if st.startswith("cancel") else ("void" if st == "void" else ("ok" if st == "" else None))
        assert status, r["Status"]
        pk = fold(r["Pickup"])
        assert pk.startswith("deliv") or pk.startswith("coll"), pk
        q = num(r["Qty"])
        lines.append(dict(order=int(r["Order No"]), date=pdate_dmy_or_iso(r["Date"]),
                          hour=int(r["Time"].split(":")[0]), member=int(r["Member ID"]), product=r["Product"].strip(),
                          cat=cats[fold(r["Category"])], qty=q, total=money(r["Line Total"]),
                          delivery=pk.startswith("deliv"), status=status))
    return members, lines


def pdate_dojo(s):
    s = s.strip()
    if "-" in s:
        d, m, y = s.split("-")
        return date(int(y), MON.index(m) + 1, int(d))
    d, m, y = s.split("/")
    return date(int(y), int(m), int(d))


def dojo():
    out = []
    for r in load("dojo_ledger.csv"):
        c = fold(r["Category"])
        if c == "grading fee":
            c = "grading"
        out.append(dict(date=pdate_dojo(r["Date"]), cat=c, who=r["Member / Payee"].strip(),
                        method=fold(r["Method"]), amt=money(r["Amount"]), void=r["Status"].strip() != ""))
    return out


def hostel():
    out = []
    cmap = {"uk": "United Kingdom", "usa": "United States"}
    for r in load("hostel_bookings.csv"):
        st = re.sub(r"[^a-z]", "", r["Status"].lower())
        status = {"checkedout": "stayed", "noshow": "noshow"}.get(st) or ("cancelled" if st.startswith("cancel") else None)
        assert status, r["Status"]
        ci = datetime.fromisoformat(r["Check In"].strip())
        co = datetime.fromisoformat(r["Check Out"].strip())
        m, d, y = r["Booked On"].split("/")
        booked = date(int(y), int(m), int(d))
        g = num(r["Guests"])
        c = fold(r["Country"])
        country = cmap.get(c) or " ".join(w.capitalize() for w in c.split())
        out.append(dict(id=r["Booking"], booked=booked, ci=ci, co=co, nights=(co.date() - ci.date()).days,
                        room=fold(r["Room"]), guests=g, country=country, source=fold(r["Source"]),
                        rate=money(r["Nightly Rate"]), total=money(r["Total"]), status=status,
                        breakfast=fold(r["Breakfast"]) in ("yes", "y", "true", "1", "included")))
    return out


def kitchen():
    out = []
    names = {"riversidehall": "Riverside Hall", "stmarks": "St Mark's", "eastgatecentre": "Eastgate Centre",
             "northgatepantry": "Northgate Pantry"}
    for r in load("kitchen_daily.csv"):
        m, d, y = r["Date"].split("/")
        site = names[re.sub(r"[^a-z]", "", r["Site"].lower())]
        open_ = fold(r["Status"]) == "open"
        out.append(dict(date=date(int(y), int(m), int(d)), site=site, open=open_,
                        meals=int(r["Hot Meals"]) if open_ else 0, parcels=int(r["Takeaway Parcels"]) if open_ else 0,
                        vols=num(r["Volunteers"]), food=num(r["Food In (kg)"]), waste=num(r["Waste (kg)"]),
                        first=num(r["First-time Guests"]), don=money(r["Cash Donations"])))
    return out


def swim():
    out = []
    strokes = {"free": "Free", "freestyle": "Free", "fr": "Free", "back": "Back", "backstroke": "Back", "bk": "Back",
               "breast": "Breast", "breaststroke": "Breast", "br": "Breast", "fly": "Fly", "butterfly": "Fly",
               "im": "IM", "individual medley": "IM"}
    for r in load("swim_results.csv"):
        s = r["Date"].strip()
        if "-" in s:
            d = date.fromisoformat(s)
        else:
            dd, mm, yy = s.split()
            d = date(int(yy), MON.index(mm) + 1, int(dd))
        crs = fold(r["Course"])
        course = {"sc": "SC", "25m": "SC", "short course": "SC", "lc": "LC", "50m": "LC", "long course": "LC"}[crs]
        m = re.match(r"^(\d+)m?\s+(.+)$", r["Event"].strip())
        dist, stroke = int(m.group(1)), strokes[fold(m.group(2))]
        t = fold(r["Time"])
        secs = None
        if t == "dns":
            outcome = "DNS"
        elif t == "dq":
            outcome = "DQ"
        else:
            outcome = "ok"
            if ":" in t:
                a, b = t.split(":")
                secs = int(a) * 60 + float(b)
            else:
                secs = float(t)
        pm = re.match(r"^(\d+)", r["Place"].strip())
        out.append(dict(meet=r["Meet"].strip(), date=d, course=course, swimmer=r["Swimmer"].strip(),
                        sex=fold(r["Sex"])[0].upper(), dist=dist, stroke=stroke, outcome=outcome, secs=secs,
                        place=int(pm.group(1)) if pm else None, pb=fold(r["PB"]) in ("y", "yes", "pb")))
    return out


# ---- questions ----------------------------------------------------------------------------------

QUESTIONS = []


def Q(dataset, question, truth, note):
    QUESTIONS.append(dict(dataset=dataset, question=question, truth=truth, note=note))


def n6(v):
    return round(float(v), 6)


def N(v, unit=""):
    return {"number": n6(v), "unit": unit}


def build():
    CO = ["coop_orders.csv"]
    COM = ["coop_orders.csv", "coop_members.csv"]
    members, lines = coop()
    live = [l for l in lines if l["status"] == "ok"]

    # 1
    Q(CO, "How much did members spend with us in 2024 altogether? Leave out cancelled orders and anything voided.",
      N(sum(l["total"] for l in live if l["date"].year == 2024), "£"),
      "sum of Line Total, 2024, lines neither cancelled nor void")
    # 2
    Q(CO, "What have we taken on fruit and veg so far in 2025, not counting cancelled orders?",
      N(sum(l["total"] for l in live if l["date"].year == 2025 and l["cat"] == "Fruit & Veg"), "£"),
      "Fruit & Veg (case/space variants folded), 2025, live lines (void lines also left out)")
    # 3
    per_order = defaultdict(float)
    for l in live:
        per_order[l["order"]] += l["total"]
    Q(CO, "What's the average value of an order? Ignore cancelled orders and voided lines.",
      N(sum(per_order.values()) / len(per_order), "£"),
      f"sum of live line totals per Order No, averaged over {len(per_order)} live orders")
    # 4
    away(per_order.values(), 75, 0.5, "orders over £75")
    Q(CO, "How many orders came to more than £75? Don't count cancelled ones.",
      N(sum(1 for v in per_order.values() if v > 75), "orders"),
      "live orders whose live lines add up to more than £75 (none within 50p of £75)")
    # 5
    bycat = defaultdict(float)
    for l in live:
        bycat[l["cat"]] += l["total"]
    w, _ = top(bycat, "category by money")
    allc = defaultdict(float)
    for l in lines:
        allc[l["cat"]] += l["total"]
    same(w, top(allc, "category by money, all lines")[0], "category with cancelled")
    Q(CO, "Which kind of product brings in the most money for the co-op?", {"label": amp(w)},
      "category by sum of live line totals over the whole period")
    # 6
    byprod = defaultdict(float)
    byprod2 = defaultdict(float)
    for l in live:
        if l["qty"] is not None:
            byprod[l["product"]] += l["qty"]
        byprod2[l["product"]] += l["qty"] if l["qty"] is not None else 1
    t3 = topn(byprod, 3, "products by qty")
    same(t3, topn(byprod2, 3, "products by qty, n/a as 1"), "top 3 products")
    Q(CO, "What are our three best-selling products by number of items sold? Leave out cancelled orders.",
      {"labels": t3}, "sum of Qty per product over live lines; Qty n/a / ? left out (same top 3 if counted as 1)")
    # 7
    mem25 = {l["member"] for l in live if l["date"].year == 2025}
    Q(CO, "How many different members ordered from us in 2025, not counting cancelled orders?", N(len(mem25), "members"),
      "distinct integer Member ID with a live line in 2025")
    # 8
    odeliv = {}
    for l in live:
        odeliv[l["order"]] = l["delivery"]
    Q(CO, "What percentage of orders were delivered rather than collected? Cancelled orders don't count.",
      N(100 * sum(odeliv.values()) / len(odeliv), "%"), "live orders with Pickup deliv* / all live orders")
    # 9
    bymem = defaultdict(float)
    for l in live:
        bymem[l["member"]] += l["total"]
    wm, wv = top(bymem, "member by spend")
    Q(COM, "Who's our biggest customer — which member has spent the most overall, and how much is that? Leave out cancelled orders.",
      {"label": [members[wm]["name"]], "number": n6(wv), "unit": "£"},
      "live line totals per member, named from coop_members.csv")
    # 10
    tot = sum(l["total"] for l in live)
    Q(COM, "What share of our sales comes from working members, not counting cancelled orders or voided lines?",
      N(100 * sum(l["total"] for l in live if members[l["member"]]["working"]) / tot, "%"),
      "live line totals of members whose Working Member is yes/y (any case), over all live line totals")
    # 11
    byarea = defaultdict(float)
    for l in live:
        byarea[members[l["member"]]["area"]] += l["total"]
    wa, _ = top(byarea, "area by spend")
    alla = defaultdict(float)
    for l in lines:
        alla[members[l["member"]]["area"]] += l["total"]
    same(wa, top(alla, "area by spend, all lines")[0], "area with cancelled")
    Q(COM, "Members from which area spend the most with us in total?", {"label": [wa]},
      "live line totals summed by the member's Area (lookup)")
    # 12
    o25 = sum(l["total"] for l in live if (l["date"].year, l["date"].month) == (2025, 10))
    o24 = sum(l["total"] for l in live if (l["date"].year, l["date"].month) == (2024, 10))
    Q(CO, "How much more did we sell in October 2025 than in October 2024? Cancelled orders don't count.", N(positive(o25 - o24, "oct"), "£"),
      "live line totals, Oct 2025 minus Oct 2024")
    # 13
    g = {}
    gp = {}
    for c in set(bycat):
        a = sum(l["total"] for l in live if l["cat"] == c and l["date"].year == 2024 and l["date"].month <= 11)
        b = sum(l["total"] for l in live if l["cat"] == c and l["date"].year == 2025 and l["date"].month <= 11)
        g[c] = b - a
        gp[c] = (b - a) / a
    wc, wcv = top(g, "category growth")
    same(wc, top(gp, "category growth %")[0], "category growth by amount and by percent")
    Q(CO, "Which category grew the most from January–November 2024 to January–November 2025, and by how much? Ignore cancelled orders and voids.",
      {"label": amp(wc), "number": n6(wcv), "unit": "£"},
      "live line totals per category, Jan-Nov 2025 minus Jan-Nov 2024 (same winner by percentage growth)")
    # 14
    bywd = Counter()
    seen = set()
    for l in live:
        if l["order"] not in seen:
            seen.add(l["order"])
            bywd[l["date"].weekday()] += 1
    wd, _ = top(bywd, "weekday by orders")
    same(wd, top(Counter(d.weekday() for d in {l["order"]: l["date"] for l in lines}.values()), "weekday all orders")[0],
         "weekday with cancelled")
    Q(CO, "Which day of the week do we get the most orders?", {"label": weekday_label(wd)},
      "live orders counted by the weekday of their date")
    # 15
    canc = {l["order"] for l in lines if l["status"] == "cancelled"}
    Q(CO, "How many orders got cancelled?", N(len(canc), "orders"), "distinct Order No with a cancelled status")
    # 16
    byh = Counter()
    seen = set()
    for l in live:
        if l["order"] not in seen:
            seen.add(l["order"])
            byh[l["hour"]] += 1
    wh, _ = top(byh, "hour by orders")
    same(wh, top(Counter({l["order"]: l["hour"] for l in lines}.values()), "hour all orders")[0], "hour with cancelled")
    Q(CO, "What time of day do most orders come in? Which hour is busiest?", {"label": hour_label(wh)},
      "live orders counted by the hour of their Time")
    # 17
    Q(COM, "How much have the members who joined in 2025 spent with us, leaving out anything cancelled or voided?",
      N(sum(l["total"] for l in live if members[l["member"]]["joined"].year == 2025), "£"),
      "live line totals of members whose Joined date (dd/mm/yyyy) is in 2025")
    # 18
    nlines = Counter(l["order"] for l in live)
    Q(CO, "On average, how many lines are on an order? Leave out cancelled orders and voided lines.",
      N(sum(nlines.values()) / len(nlines), "lines"), "live lines / live orders")
    # 19
    bym = defaultdict(float)
    for l in live:
        if l["date"].year == 2024:
            bym[l["date"].month] += l["total"]
    mm, _ = top(bym, "month 2024 by sales")
    allm = defaultdict(float)
    for l in lines:
        if l["date"].year == 2024:
            allm[l["date"].month] += l["total"]
    same(mm, top(allm, "month 2024 all lines")[0], "month with cancelled")
    Q(CO, "Which month of 2024 had our highest sales?", {"label": month_label(2024, mm, False)},
      "live line totals by month of 2024")
    # 20
    ordered_any = {l["member"] for l in lines}
    never = [m for m in members if m not in ordered_any]
    same(len(never), len([m for m in members if m not in {l["member"] for l in live}]), "never ordered")
    Q(COM, "How many of our members have never placed an order?", N(len(never), "members"),
      "members in coop_members.csv with no line in coop_orders.csv (same with only live lines)")
    # 21
    hh = defaultdict(list)
    for o, v in per_order.items():
        pass
    omem = {l["order"]: l["member"] for l in live}
    hhv = defaultdict(list)
    for o, v in per_order.items():
        hhv[members[omem[o]]["hh"]].append(v)
    hha = {k: sum(v) / len(v) for k, v in hhv.items()}
    wh6, wh6v = top(hha, "household size by avg order")
    Q(COM, "Which household size spends the most per order on average, and what's their average order? Leave out cancelled orders.",
      {"label": [str(wh6), f"{wh6}-person", f"{wh6} people", f"{wh6} person"], "number": n6(wh6v), "unit": "£"},
      "average live order value by the member's Household Size")
    # 22
    Q(CO, "How much did we take on Sundays in 2025? Not including cancelled orders.",
      N(sum(l["total"] for l in live if l["date"].year == 2025 and l["date"].weekday() == 6), "£"),
      "live line totals on Sundays of 2025")

    # ---------------- dojo
    DJ = ["dojo_ledger.csv"]
    rows = [r for r in dojo() if not r["void"]]
    allrows = dojo()
    # 23
    Q(DJ, "What was the dojo's net result for 2024 — everything in minus everything out? Ignore voided entries.",
      N(sum(r["amt"] for r in rows if r["date"].year == 2024), "£"), "sum of signed amounts, 2024, non-void")
    # 24
    Q(DJ, "How much money came in during 2025, up to the end of October? Leave out voided lines.",
      N(sum(r["amt"] for r in rows if r["date"].year == 2025 and r["amt"] > 0), "£"),
      "sum of positive amounts in 2025 (the ledger ends 31 Oct 2025), non-void")
    # 25
    Q(DJ, "How much did we pay for hall hire in 2024?",
      N(-sum(r["amt"] for r in rows if r["date"].year == 2024 and r["cat"] == "hall hire"), "£"),
      "hall hire (case/space folded), 2024, non-void, as a positive amount")
    # 26
    gr = lambda y: sum(r["amt"] for r in rows if r["cat"] == "grading" and r["date"].year == y and r["date"].month <= 10)
    Q(DJ, "How much more did we take in grading fees in January–October 2025 than in January–October 2024?",
      N(positive(gr(2025) - gr(2024), "grading"), "£"), "Grading / Grading Fee, non-void, Jan-Oct each year")
    # 27
    net25 = defaultdict(float)
    for r in rows:
        if r["date"].year == 2025:
            net25[r["date"].month] += r["amt"]
    bm, _ = top(net25, "best net month 2025")
    Q(DJ, "Which month this year (2025) was our best for money in minus money out?",
      {"label": month_label(2025, bm, False)}, "net signed amounts per month of 2025, non-void")
    # 28
    inc = [r for r in rows if r["amt"] > 0]
    Q(DJ, "What percentage of our income was paid by card?",
      N(100 * sum(r["amt"] for r in inc if r["method"] == "card") / sum(r["amt"] for r in inc), "%"),
      "positive non-void amounts with Method card (any case) over all positive non-void amounts")
    # 29
    refs = [r for r in rows if r["cat"] == "refund"]
    Q(DJ, "How many refunds have we given, and how much did they come to altogether?",
      {"numbers": [n6(len(refs)), n6(-sum(r["amt"] for r in refs))], "unit": "£"},
      "non-void Refund rows: count and total as a positive amount")
    # 30
    payer = defaultdict(float)
    for r in inc:
        if r["who"]:
            payer[r["who"]] += r["amt"]
    wp, wpv = top(payer, "top payer")
    Q(DJ, "Who has paid the dojo the most in total, and how much? Leave out refunds and voided entries.",
      {"label": [wp], "number": n6(wpv), "unit": "£"}, "positive non-void amounts summed by Member / Payee")
    # 31
    Q(DJ, "How many members paid a monthly membership in September 2025?",
      N(len({r["who"] for r in rows if r["cat"] == "membership" and (r["date"].year, r["date"].month) == (2025, 9)}),
        "members"), "distinct payers of Membership rows dated September 2025, non-void")
    # 32
    costs = defaultdict(float)
    for r in rows:
        if r["amt"] < 0:
            costs[r["cat"]] += -r["amt"]
    wcst, _ = top(costs, "cost category")
    Q(DJ, "What do we spend the most on overall — which kind of cost?", {"label": [wcst.title(), wcst]}, "negative non-void amounts by category")
    # 33
    outs = [-r["amt"] for r in rows if r["amt"] < 0]
    away(outs, 100, 0.5, "payments out over £100")
    Q(DJ, "How many times did we pay out more than £100 in one go?", N(sum(1 for v in outs if v > 100), "payments"),
      "non-void negative amounts beyond -£100")
    # 34
    cf = Counter()
    for r in rows:
        if r["cat"] == "class fee":
            cf[r["date"].weekday()] += r["amt"]
    cwd, _ = top(cf, "class fee weekday")
    Q(DJ, "Which day of the week brings in the most pay-as-you-go class money?", {"label": weekday_label(cwd)},
      "Class Fee amounts (non-void) by weekday")
    # 35
    Q(DJ, "What did memberships bring in between July and September 2024?",
      N(sum(r["amt"] for r in rows if r["cat"] == "membership" and r["date"].year == 2024
            and 7 <= r["date"].month <= 9), "£"), "non-void Membership amounts dated Jul-Sep 2024")
    # 36
    Q(DJ, "How much did card processing fees cost us in 2024?",
      N(-sum(r["amt"] for r in rows if r["cat"] == "card fees" and r["date"].year == 2024), "£"),
      "Card Fees rows 2024, as a positive amount")
    # 37
    gi = {}
    gip = {}
    for c in {r["cat"] for r in inc}:
        a = sum(r["amt"] for r in inc if r["cat"] == c and r["date"].year == 2024 and r["date"].month <= 10)
        b = sum(r["amt"] for r in inc if r["cat"] == c and r["date"].year == 2025)
        gi[c] = b - a
        if a:
            gip[c] = (b - a) / a
    wg, wgv = top(gi, "income growth")
    Q(DJ, "Comparing January–October 2024 with January–October 2025, which kind of income grew the most in pounds, and by how much?",
      {"label": [wg.title(), wg], "number": n6(wgv), "unit": "£"},
      "positive non-void amounts per category, Jan-Oct 2025 minus Jan-Oct 2024 (by amount; grading grew most by percent, "
      "hence 'in pounds')")
    # 38
    Q(DJ, "How many entries in the books were voided?", N(sum(1 for r in allrows if r["void"]), "entries"),
      "rows with anything in Status (VOID / void / Void - duplicate)")
    # 39
    g25 = [r["amt"] for r in rows if r["cat"] == "grading" and r["date"].year == 2025]
    Q(DJ, "What was the average grading fee paid in 2025?", N(sum(g25) / len(g25), "£"),
      "mean of non-void Grading amounts in 2025")
    # 40
    Q(DJ, "How much have competition entries brought in over the two years?",
      N(sum(r["amt"] for r in rows if r["cat"] == "competition entry"), "£"), "all non-void Competition Entry rows")
    # 41
    Q(DJ, "What's our average monthly membership income this year, January to October 2025?",
      N(sum(r["amt"] for r in rows if r["cat"] == "membership" and r["date"].year == 2025) / 10, "£"),
      "non-void Membership amounts in 2025 / 10 months")
    # 42
    Q(DJ, "How much did we make from selling kit like gis and mitts in 2025?",
      N(sum(r["amt"] for r in rows if r["cat"] == "equipment sale" and r["date"].year == 2025), "£"),
      "Equipment Sale rows, 2025, non-void")
    # 43
    Q(DJ, "How many different people paid for a grading in 2024?",
      N(len({r["who"] for r in rows if r["cat"] == "grading" and r["date"].year == 2024}), "people"),
      "distinct Member / Payee on non-void Grading rows in 2024")

    # ---------------- hostel
    HB = ["hostel_bookings.csv"]
    bk = hostel()
    stays = [b for b in bk if b["status"] == "stayed"]
    assert all(b["guests"] is not None for b in stays)
    # 44
    Q(HB, "How many bed nights did we sell to guests arriving in August 2025? Only count stays that actually happened.",
      N(sum(b["guests"] * b["nights"] for b in stays if (b["ci"].year, b["ci"].month) == (2025, 8)), "bed nights"),
      "guests x nights for stayed bookings with check-in in Aug 2025")
    # 45
    Q(HB, "What's the average length of stay in nights, leaving out cancellations and no-shows?",
      N(sum(b["nights"] for b in stays) / len(stays), "nights"), "mean nights over stayed bookings")
    # 46
    Q(HB, "What percentage of bookings were no-shows?",
      N(100 * sum(1 for b in bk if b["status"] == "noshow") / len(bk), "%"), "no-show bookings / all bookings")
    # 47
    cr = {}
    for s in {b["source"] for b in bk}:
        sb = [b for b in bk if b["source"] == s]
        cr[s] = sum(1 for b in sb if b["status"] == "cancelled") / len(sb)
    ws, _ = top(cr, "cancellation rate by source")
    Q(HB, "Which booking channel has the worst cancellation rate?", {"label": [ws, ws.title(), "Booking.com"] if ws == "booking.com" else [ws, ws.title()]},
      "cancelled / all bookings per Source (folded)")
    # 48
    Q(HB, "How much did we take from guests who arrived in 2024? Don't count cancelled bookings or no-shows.",
      N(sum(b["total"] for b in stays if b["ci"].year == 2024), "£"), "Total of stayed bookings checking in in 2024")
    # 49
    rr = defaultdict(float)
    for b in stays:
        rr[b["room"]] += b["total"]
    wr, _ = top(rr, "room by takings")
    Q(HB, "Which type of room earns us the most money?", {"label": [wr.title(), wr]},
      "Total of stayed bookings by Room (folded)")
    # 50
    awd = Counter(b["ci"].weekday() for b in stays)
    w_, _ = top(awd, "arrival weekday")
    same(w_, top(Counter(b["ci"].weekday() for b in bk), "arrival weekday all bookings")[0], "arrival weekday")
    Q(HB, "Which day of the week do most guests arrive on?", {"label": weekday_label(w_)},
      "stayed bookings by check-in weekday (same with all bookings)")
    # 51
    ah = Counter(b["ci"].hour for b in stays)
    wh2, _ = top(ah, "check-in hour")
    Q(HB, "What time do most guests check in? Only guests who actually turned up.", {"label": hour_label(wh2)},
      "stayed bookings by check-in hour")
    # 52
    Q(HB, "How many stays were longer than a week?", N(sum(1 for b in stays if b["nights"] > 7), "stays"),
      "stayed bookings with more than 7 nights")
    # 53
    cc = Counter(b["country"] for b in stays)
    wc2, _ = top(cc, "country by stays")
    cg = defaultdict(float)
    for b in stays:
        cg[b["country"]] += b["guests"]
    same(wc2, top(cg, "country by guests")[0], "country by stays and by guests")
    same(wc2, top(Counter(b["country"] for b in bk), "country all bookings")[0], "country all bookings")
    Q(HB, "Which country do most of our guests come from?", {"label": [wc2, "UK", "Britain", "the UK"] if wc2 == "United Kingdom" else [wc2]},
      "stayed bookings by Country (UK = United Kingdom); same by guests and with all bookings")
    # 54
    Q(HB, "What share of stays included breakfast?",
      N(100 * sum(1 for b in stays if b["breakfast"]) / len(stays), "%"),
      "stayed bookings with Breakfast yes/y/true/1/included over all stayed bookings")
    # 55
    j25 = sum(b["total"] for b in stays if (b["ci"].year, b["ci"].month) == (2025, 7))
    j24 = sum(b["total"] for b in stays if (b["ci"].year, b["ci"].month) == (2024, 7))
    Q(HB, "How much more did we take in July 2025 than in July 2024, going by arrival date and leaving out cancellations and no-shows?",
      N(positive(j25 - j24, "july"), "£"), "Total of stayed bookings checking in Jul 2025 minus Jul 2024")
    # 56
    sg = {}
    for s in {b["source"] for b in bk}:
        a = sum(1 for b in bk if b["source"] == s and b["ci"].year == 2024 and b["ci"].month <= 6)
        c = sum(1 for b in bk if b["source"] == s and b["ci"].year == 2025 and b["ci"].month <= 6)
        sg[s] = c - a
    wsg, wsgv = top(sg, "source growth H1")
    Q(HB, "Which booking channel grew the most between the first half of 2024 and the first half of 2025, counting bookings by arrival date, and by how many bookings?",
      {"label": [wsg, wsg.title()], "number": n6(wsgv), "unit": "bookings"},
      "all bookings per Source with check-in Jan-Jun 2025 minus Jan-Jun 2024")
    # 57
    Q(HB, "On average, how many days ahead do people book?",
      N(sum((b["ci"].date() - b["booked"]).days for b in bk) / len(bk), "days"),
      "mean of check-in date minus Booked On over all bookings")
    # 58
    Q(HB, "How many bookings were made on the day of arrival or the day before?",
      N(sum(1 for b in bk if (b["ci"].date() - b["booked"]).days <= 1), "bookings"),
      "all bookings with lead time 0 or 1 days")
    # 59
    nc = len({b["country"] for b in stays})
    same(nc, len({b["country"] for b in bk}), "countries")
    Q(HB, "How many different countries have our guests come from?", N(nc, "countries"),
      "distinct folded Country (UK = United Kingdom, USA = United States)")
    # 60
    late = [b for b in stays if (b["co"].hour, b["co"].minute) > (11, 0)]
    away([b["co"].hour * 60 + b["co"].minute for b in stays], 660, 0, "checkout at 11:00")
    Q(HB, "How many stays checked out later than 11am?", N(len(late), "stays"),
      "stayed bookings with check-out time after 11:00 (none at exactly 11:00)")
    # 61
    t3c = topn(Counter(b["country"] for b in bk), 3, "top 3 countries")
    Q(HB, "What are the top three countries our bookings come from?",
      {"labels": [[c, "UK", "Britain"] if c == "United Kingdom" else ([c, "USA", "US"] if c == "United States" else c)
                  for c in t3c]}, "all bookings by folded Country")
    # 62
    Q(HB, "What was the total value of the bookings that got cancelled for arrivals in 2025?",
      N(sum(b["total"] for b in bk if b["status"] == "cancelled" and b["ci"].year == 2025), "£"),
      "Total of cancelled bookings with check-in in 2025")
    # 63
    Q(HB, "How many bed nights did the dorms sell in 2024, leaving out cancellations and no-shows?",
      N(sum(b["guests"] * b["nights"] for b in stays if b["ci"].year == 2024 and b["room"].startswith("dorm")), "bed nights"),
      "Dorm 8 + Dorm 4, stayed, check-in in 2024, guests x nights")
    # 64
    wk = [b["total"] for b in stays if b["source"] == "walk-in"]
    Q(HB, "What does a walk-in guest spend with us on average per stay?", N(sum(wk) / len(wk), "£"),
      "mean Total of stayed Walk-in bookings")

    # ---------------- kitchen
    KD = ["kitchen_daily.csv"]
    kr = kitchen()
    op = [r for r in kr if r["open"]]
    # 65
    Q(KD, "How many hot meals did we serve in 2024 across all our sites?",
      N(sum(r["meals"] for r in op if r["date"].year == 2024), "meals"), "Hot Meals on open rows, 2024")
    # 66
    rv = [r["meals"] for r in op if r["site"] == "Riverside Hall" and r["date"].year == 2025]
    Q(KD, "On a typical open day in 2025, how many meals does Riverside Hall serve on average?",
      N(sum(rv) / len(rv), "meals"), "mean Hot Meals over open Riverside Hall rows in 2025")
    # 67
    s25 = defaultdict(int)
    for r in op:
        if r["date"].year == 2025:
            s25[r["site"]] += r["meals"]
    wsite, _ = top(s25, "site 2025")
    Q(KD, "Which site served the most meals in 2025?", {"label": [wsite]}, "Hot Meals by site, 2025, open rows")
    # 68
    kwd = Counter()
    for r in op:
        kwd[r["date"].weekday()] += r["meals"]
    kw, _ = top(kwd, "weekday meals")
    Q(KD, "Which day of the week is our busiest for meals?", {"label": weekday_label(kw)},
      "Hot Meals summed by weekday over all sites and dates")
    # 69
    km = Counter()
    for r in op:
        if r["date"].year == 2024:
            km[r["date"].month] += r["meals"]
    kmm, _ = top(km, "month 2024 meals")
    Q(KD, "Which month in 2024 did we serve the most meals?", {"label": month_label(2024, kmm, False)},
      "Hot Meals by month of 2024")
    # 70
    Q(KD, "How many takeaway parcels went out in December 2024?",
      N(sum(r["parcels"] for r in op if (r["date"].year, r["date"].month) == (2024, 12)), "parcels"),
      "Takeaway Parcels, open rows, Dec 2024")
    # 71
    away([r["meals"] for r in op], 165, 0, "165 meals")
    Q(KD, "How many times did a single site serve more than 165 meals in a day?",
      N(sum(1 for r in op if r["meals"] > 165), "site-days"), "open rows with Hot Meals > 165 (none at 165)")
    # 72
    Q(KD, "What share of all our meals were served at St Mark's?",
      N(100 * sum(r["meals"] for r in op if r["site"] == "St Mark's") / sum(r["meals"] for r in op), "%"),
      "St Mark's (all spellings) Hot Meals over all Hot Meals")
    # 73
    vv = [r["vols"] for r in op if r["vols"] is not None]
    Q(KD, "On average, how many volunteers help out per session?", N(sum(vv) / len(vv), "volunteers"),
      "mean Volunteers over open rows with a number")
    # 74
    Q(KD, "How many kilos of donated food came in during 2025?",
      N(sum(r["food"] for r in op if r["date"].year == 2025 and r["food"] is not None), "kg"),
      "Food In (kg) numbers, 2025")
    # 75
    q1 = {}
    q1p = {}
    for s in {r["site"] for r in kr}:
        a = sum(r["meals"] for r in op if r["site"] == s and r["date"].year == 2024 and r["date"].month <= 3)
        b = sum(r["meals"] for r in op if r["site"] == s and r["date"].year == 2025 and r["date"].month <= 3)
        q1[s] = b - a
        if a:
            q1p[s] = (b - a) / a
    wq1, wq1v = top(q1, "site growth Q1")
    same(wq1, top(q1p, "site growth Q1 %")[0], "site growth by amount and by percent")
    Q(KD, "Which site grew the most from the first quarter of 2024 to the first quarter of 2025 in meals served, and by how many meals?",
      {"label": [wq1], "number": n6(wq1v), "unit": "meals"}, "Hot Meals Jan-Mar 2025 minus Jan-Mar 2024 per site")
    # 76
    Q(KD, "How many times did one of our sites have to close on a day it should have opened?",
      N(sum(1 for r in kr if not r["open"]), "site-days"), "rows whose Status is not open (Closed, closed - ...)")
    # 77
    m25 = sum(r["meals"] for r in op if (r["date"].year, r["date"].month) == (2025, 3))
    m24 = sum(r["meals"] for r in op if (r["date"].year, r["date"].month) == (2024, 3))
    Q(KD, "How many more meals did we serve in March 2025 than in March 2024?", N(positive(m25 - m24, "march"), "meals"),
      "Hot Meals, Mar 2025 minus Mar 2024")
    # 78
    Q(KD, "How much has come in as cash donations altogether?", N(sum(r["don"] for r in kr), "$"),
      "Cash Donations, $ and commas dropped, blanks nothing")
    # 79
    byday = Counter()
    for r in op:
        byday[r["date"]] += r["meals"]
    bd, bdv = top(byday, "biggest day", margin=0.01)
    Q(KD, "What was our biggest day ever — the date we served the most meals across all sites — and how many meals was that?",
      {"label": date_label(bd), "number": n6(bdv), "unit": "meals"}, "Hot Meals summed per date over sites")
    # 80
    Q(KD, "How many first-time guests did we see in 2025?",
      N(sum(r["first"] for r in op if r["date"].year == 2025 and r["first"] is not None), "guests"),
      "First-time Guests numbers, 2025")
    # 81
    fw = [r for r in op if r["food"] is not None and r["waste"] is not None]
    assert all(r["food"] is not None for r in op if r["waste"] is not None)
    Q(KD, "What percentage of the food that came in ended up wasted?",
      N(100 * sum(r["waste"] for r in fw) / sum(r["food"] for r in fw), "%"),
      "sum Waste / sum Food In over rows where both are numbers (waste is never recorded without food in)")
    # 82
    Q(KD, "How many meals has Northgate Pantry served since it opened?",
      N(sum(r["meals"] for r in op if r["site"] == "Northgate Pantry"), "meals"), "all open Northgate Pantry rows")
    # 83
    s24 = Counter()
    for r in op:
        if r["date"].year == 2024:
            s24[r["site"]] += r["meals"]
    ls, _ = bottom(s24, "quietest site 2024")
    Q(KD, "Which of our sites served the fewest meals in 2024?", {"label": [ls]},
      "Hot Meals by site, 2024 (Northgate Pantry opened in April 2025)")
    # 84
    sat = [r["meals"] for r in op if r["site"] == "St Mark's" and r["date"].weekday() == 5]
    Q(KD, "How many meals does St Mark's serve on an average Saturday?", N(sum(sat) / len(sat), "meals"),
      "mean Hot Meals over open St Mark's Saturday rows")

    # ---------------- swim
    SW = ["swim_results.csv"]
    sr = swim()
    swims = [r for r in sr if r["outcome"] != "DNS"]
    done = [r for r in sr if r["outcome"] == "ok"]
    # 85
    Q(SW, "How many races did our swimmers swim in 2025? Leave out the ones where they didn't start.",
      N(sum(1 for r in swims if r["date"].year == 2025), "swims"), "rows in 2025 whose Time is not DNS (DQ swims count)")
    # 86
    f50 = [r for r in done if r["dist"] == 50 and r["stroke"] == "Free" and r["course"] == "SC"]
    best = min(f50, key=lambda r: r["secs"])
    assert sum(1 for r in f50 if r["secs"] == best["secs"]) == 1
    Q(SW, "What's the club's fastest 50m freestyle in a short-course pool, and who swam it?",
      {"label": [best["swimmer"]], "number": n6(best["secs"]), "unit": "seconds"},
      "minimum time over 50 Free short-course completed swims")
    # 87
    Q(SW, "How many PBs did we get in 2025?", N(sum(1 for r in sr if r["pb"] and r["date"].year == 2025), "PBs"),
      "rows in 2025 with PB Y / yes / PB")
    # 88
    Q(SW, "Out of all our race entries, what percentage ended in a disqualification?",
      N(100 * sum(1 for r in sr if r["outcome"] == "DQ") / len(sr), "%"), "DQ rows / all rows")
    # 89
    bs = Counter(r["swimmer"] for r in swims)
    wsw, _ = top(bs, "swimmer by swims")
    same(wsw, top(Counter(r["swimmer"] for r in sr), "swimmer by entries")[0], "swimmer by swims and entries")
    Q(SW, "Which swimmer has raced the most?", {"label": [wsw]}, "non-DNS rows per swimmer (same with all entries)")
    # 90
    dq = Counter(r["stroke"] for r in sr if r["outcome"] == "DQ")
    wdq, _ = top(dq, "DQ by stroke")
    names = {"Free": ["freestyle", "free"], "Back": ["backstroke", "back"], "Breast": ["breaststroke", "breast"],
             "Fly": ["butterfly", "fly"], "IM": ["IM", "individual medley"]}
    Q(SW, "Which stroke have we had the most disqualifications in?", {"label": names[wdq]}, "DQ rows by stroke")
    # 91
    nsw = len({r["swimmer"] for r in sr})
    same(nsw, len({r["swimmer"] for r in swims}), "swimmers")
    Q(SW, "How many different swimmers have competed for the club?", N(nsw, "swimmers"), "distinct Swimmer")
    # 92
    bm_ = Counter(r["meet"] for r in sr)
    wme, _ = top(bm_, "meet by entries")
    Q(SW, "Which meet did we send the most entries to?", {"label": [wme]}, "rows per Meet (all entries)")
    # 93
    Q(SW, "How many races did we win in 2024?",
      N(sum(1 for r in done if r["date"].year == 2024 and r["place"] == 1), "wins"),
      "completed swims in 2024 with Place 1 / 1st")
    # 94
    f50all = [r["secs"] for r in done if r["dist"] == 50 and r["stroke"] == "Free"]
    away(f50all, 30, 0, "30 seconds")
    Q(SW, "How many of our 50m freestyle swims were under 30 seconds?", N(sum(1 for v in f50all if v < 30), "swims"),
      "completed 50 Free swims (both courses) under 30.00 s (none at exactly 30.00)")
    # 95
    pbs = Counter(r["swimmer"] for r in sr if r["pb"])
    wpb, wpbv = top(pbs, "swimmer by PBs")
    Q(SW, "Who got the most PBs, and how many?", {"label": [wpb], "number": n6(wpbv), "unit": "PBs"}, "PB rows per swimmer")
    # 96
    Q(SW, "What share of completed swims were PBs?", N(100 * sum(1 for r in done if r["pb"]) / len(done), "%"),
      "completed swims with PB yes over completed swims")
    # 97
    Q(SW, "How many medals — top-three finishes — have we won?",
      N(sum(1 for r in done if r["place"] is not None and r["place"] <= 3), "medals"), "completed swims with Place 1-3")
    # 98
    Q(SW, "How many times did a swimmer not start a race they were entered for?",
      N(sum(1 for r in sr if r["outcome"] == "DNS"), "DNS"), "rows with Time DNS (any case)")
    # 99
    bk25 = [r["secs"] for r in done if r["dist"] == 50 and r["stroke"] == "Back" and r["course"] == "SC"
            and r["date"].year == 2025]
    Q(SW, "What was our average 50m backstroke time in short-course races in 2025, in seconds?",
      N(sum(bk25) / len(bk25), "seconds"), "mean seconds over completed 50 Back SC swims in 2025")
    # 100
    ev = Counter((r["dist"], r["stroke"]) for r in sr)
    (wd_, wst), _ = top(ev, "event by entries")
    Q(SW, "Which event do we enter most often?",
      {"label": [f"{wd_} {n}" for n in names[wst]] + [f"{wd_}m {n}" for n in names[wst]]},
      "rows per distance + stroke")
    # 101
    g100 = [r for r in done if r["dist"] == 100 and r["stroke"] == "Free" and r["course"] == "SC" and r["sex"] == "F"]
    gb = min(g100, key=lambda r: r["secs"])
    assert sum(1 for r in g100 if r["secs"] == gb["secs"]) == 1
    Q(SW, "Which of our girls is quickest over 100m freestyle short course, and what's her best time in seconds?",
      {"label": [gb["swimmer"]], "number": n6(gb["secs"]), "unit": "seconds"},
      "fastest completed 100 Free SC swim with Sex F / Female")
    # 102
    per_meet = defaultdict(set)
    for r in swims:
        per_meet[r["meet"]].add(r["swimmer"])
    Q(SW, "On average, how many swimmers did we take to each meet?",
      N(sum(len(v) for v in per_meet.values()) / len(per_meet), "swimmers"),
      "distinct swimmers with a non-DNS swim per meet, averaged over meets")
    # 103
    a24 = [r["secs"] for r in done if r["dist"] == 50 and r["stroke"] == "Free" and r["course"] == "SC" and r["date"].year == 2024]
    a25 = [r["secs"] for r in done if r["dist"] == 50 and r["stroke"] == "Free" and r["course"] == "SC" and r["date"].year == 2025]
    Q(SW, "How much faster, in seconds, was our average short-course 50m freestyle in 2025 than in 2024?",
      N(positive(sum(a24) / len(a24) - sum(a25) / len(a25), "faster"), "seconds"),
      "mean 50 Free SC time 2024 minus 2025")
    # 104
    Q(SW, "How many PBs did we get at long-course meets in 2025?",
      N(sum(1 for r in sr if r["pb"] and r["date"].year == 2025 and r["course"] == "LC"), "PBs"),
      "PB rows in 2025 with Course LC / 50m / Long Course")
    # 105
    Q(SW, "What percentage of our swims were by girls?",
      N(100 * sum(1 for r in swims if r["sex"] == "F") / len(swims), "%"), "non-DNS rows with Sex F / Female over non-DNS rows")

    # 106
    med = Counter(r["swimmer"] for r in done if r["place"] is not None and r["place"] <= 3)
    t3s = topn(med, 3, "swimmers by medals")
    Q(SW, "Who are our three most decorated swimmers — the most top-three finishes?", {"labels": t3s},
      "completed swims with Place 1-3, counted per swimmer")


def main():
    build()
    if FAILS:
        for m in FAILS:
            print("GUARD FAILED:", m, file=sys.stderr)
        raise GuardError(f"{len(FAILS)} guard(s) failed; questions.json not written")
    out = []
    for i, q in enumerate(QUESTIONS, 1):
        out.append({"id": f"s25-{i:03d}", "dataset": q["dataset"], "question": q["question"], "truth": q["truth"],
                    "note": q["note"]})
        print(f"s25-{i:03d}  {q['question']}\n          {json.dumps(q['truth'], ensure_ascii=False)}")
    if "--print" in sys.argv or "--debug" in sys.argv:
        return 0
    with open(HERE / "questions.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(out)} questions")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except GuardError as e:
        print("GUARD FAILED:", e, file=sys.stderr)
        sys.exit(1)
