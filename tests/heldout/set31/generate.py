#!/usr/bin/env python3
"""Writes data/*.csv for held-out set 31. Deterministic (seeds 31001-31005), standard library only.

    python3 tests/heldout/set31/generate.py
"""

import csv
import datetime as dt
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = [m[:3] for m in MONTHS]


def write(name, header, rows):
    DATA.mkdir(exist_ok=True)
    with open(DATA / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def days(start, end):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


def money(r, v, signs=("£",), allow_plain=True):
    """A positive or negative amount written one of several ways."""
    neg = v < 0
    a = abs(v)
    style = r.random()
    cur = r.choice(signs)
    if style < 0.45 or not allow_plain:
        s = f"{cur}{a:,.2f}"
    elif style < 0.8:
        s = f"{a:.2f}"
    else:
        s = f"{a:.2f}".rstrip("0").rstrip(".") if a != int(a) else f"{int(a)}"
    return ("-" + s) if neg else s


def yesno(r, v):
    if v is None:
        return ""
    if v:
        return r.choice(["Yes", "yes", "Y", "y", "TRUE", "Yes "])
    return r.choice(["No", "no", "N", "n", "FALSE", ""])


# ------------------------------------------------------------------------------------------------
# 1. skip hire jobs + skip sizes lookup

SKIPS = [
    # code, size, type, cubic yards, standard price 2024, max hire days
    ("001", "2 yard mini", "Mini", 2, 150, 14),
    ("002", "4 yard midi", "Midi", 4, 190, 14),
    ("003", "6 yard builders", "Builders", 6, 230, 14),
    ("004", "8 yard builders", "Builders", 8, 265, 14),
    ("005", "12 yard maxi", "Maxi", 12, 335, 21),
    ("006", "14 yard enclosed", "Enclosed", 14, 370, 21),
    ("007", "20 yard roll-on", "Roll-on", 20, 430, 28),
    ("008", "40 yard roll-on", "Roll-on", 40, 540, 28),
]
TYPE_VARIANTS = {"Mini": ["Mini", "mini "], "Midi": ["Midi"], "Builders": ["Builders", "builders", "BUILDERS "],
                 "Maxi": ["Maxi", " Maxi"], "Enclosed": ["Enclosed"], "Roll-on": ["Roll-on", "roll-on"]}


def gen_skips():
    r = random.Random(31001)
    rows = []
    for code, size, typ, yd, price, maxd in SKIPS:
        rows.append([code, size.title() if r.random() < 0.5 else size, r.choice(TYPE_VARIANTS[typ]), yd,
                     f"£{price:,.2f}", maxd])
    write("skip_sizes.csv", ["Skip Code", "Size", "Type", "Cubic Yards", "Standard Price", "Max Hire Days"], rows)

    towns = [("Ashby", 30, ["Ashby", "ashby", "ASHBY", "Ashby "]),
             ("Brookfield", 22, ["Brookfield", "brookfield", "Brook field"]),
             ("Coalville", 16, ["Coalville", "COALVILLE", "coalville "]),
             ("Dunmore", 11, ["Dunmore", "dunmore"]),
             ("Eastwood", 7, ["Eastwood", "East wood", "eastwood"])]
    wastes = [("General", 40, ["General", "general", "GENERAL", "General "]),
              ("Green", 18, ["Green", "green", "Green waste", "GREEN"]),
              ("Rubble", 22, ["Rubble", "rubble", "Rubble "]),
              ("Mixed", 14, ["Mixed", "mixed"]),
              ("Plasterboard", 6, ["Plasterboard", "plasterboard"])]
    ctypes = [("Domestic", 58, ["Domestic", "domestic", "DOMESTIC", "Domestic "]),
              ("Trade", 36, ["Trade", "trade", "TRADE"]),
              ("Council", 6, ["Council", "council"])]
    code_w = [9, 15, 26, 19, 12, 6, 5, 2]
    rows = []
    n = 0
    start = dt.date(2024, 1, 3)
    end = dt.date(2025, 9, 30)
    for d in days(start, end):
        season = 1.0 + 0.8 * (d.month in (4, 5, 6, 7, 8, 9)) + (0.25 if d.year == 2025 else 0)
        if d.weekday() == 6:
            continue
        lam = 0.5 * season * (1.45 if d.weekday() == 4 else 1.0) * (0.6 if d.weekday() == 5 else 1.0)
        k = 0
        while r.random() < lam / (k + 1.6):
            k += 1
        for _ in range(k):
            n += 1
            ci = r.choices(range(8), weights=code_w)[0]
            code, size, typ, yd, base, maxd = SKIPS[ci]
            town = r.choices(towns, weights=[t[1] for t in towns])[0]
            waste = r.choices(wastes, weights=[w[1] for w in wastes])[0]
            ct = r.choices(ctypes, weights=[c[1] for c in ctypes])[0]
            permit = r.random() < (0.45 if ct[0] == "Trade" else 0.2)
            hire = r.choice([3, 5, 7, 7, 7, 10, 14, 14]) + r.randint(0, 4)
            if ct[0] == "Trade":
                hire += r.randint(0, 7)
            lead = r.choice([0, 1, 1, 2, 2, 3, 4, 5, 7, 9])
            ordered = d - dt.timedelta(days=lead)
            collected = d + dt.timedelta(days=hire)
            p = base * (1.06 if d.year == 2025 else 1.0)
            if waste[0] == "Plasterboard":
                p += 35
            if permit:
                p += 45
            if hire > maxd:
                p += 8 * (hire - maxd)
            p += r.choice([0, 0, 0, -10, 5, 10, 15])
            p = round(p) if r.random() < 0.7 else round(p) + 0.5
            status_roll = r.random()
            if collected > end:
                status = r.choice(["On hire", "on hire", "Out", "ON HIRE"])
                coll = ""
            elif status_roll < 0.065:
                status = r.choice(["Cancelled", "cancelled", "Canceled", "CANCELLED"])
                coll = ""
            else:
                status = r.choice(["Collected", "Collected", "collected", "Done", "Collected "])
                coll = collected.strftime("%d/%m/%Y")
            price = money(r, p)
            if r.random() < 0.03:
                price = r.choice(["tbc", "TBC", "n/a", "N/A"])
            c = code if r.random() < 0.68 else str(int(code))
            rows.append([f"SK{n:04d}", ordered.strftime("%d/%m/%Y"), d.strftime("%d/%m/%Y"), coll, c,
                         r.choice(town[2]), r.choice(ct[2]), r.choice(waste[2]), yesno(r, permit), price, status])
    write("skip_hires.csv", ["Job No", "Ordered", "Delivered", "Collected", "Skip Code", "Town", "Customer Type",
                             "Waste", "Permit", "Price", "Status"], rows)


# ------------------------------------------------------------------------------------------------
# 2. childminder's ledger (signed pounds)

def d3(d):
    return f"{d.day} {MON[d.month - 1]} {d.year}"


def gen_ledger():
    r = random.Random(31002)
    children = [  # name, start, end, days a week
        ("Alfie", dt.date(2024, 1, 1), dt.date(2025, 9, 30), 3),
        ("Bella", dt.date(2024, 1, 1), dt.date(2024, 8, 31), 4),
        ("Chloe", dt.date(2024, 1, 1), dt.date(2025, 9, 30), 2),
        ("Dev", dt.date(2024, 4, 1), dt.date(2025, 9, 30), 5),
        ("Ella", dt.date(2024, 9, 1), dt.date(2025, 9, 30), 3),
        ("Finn", dt.date(2025, 1, 1), dt.date(2025, 9, 30), 4),
        ("Grace", dt.date(2024, 1, 1), dt.date(2025, 7, 31), 1),
    ]
    cat_var = {
        "Fees": ["Fees", "fees", "FEES", "Fees ", "Childcare fees"],
        "Funded Hours": ["Funded Hours", "funded hours", "Funded hours ", "FEE (funded)"],
        "Registration": ["Registration", "registration"],
        "Late Fee": ["Late Fee", "late fee", "Late pickup fee"],
        "Food": ["Food", "food", "Food ", "FOOD"],
        "Toys & Equipment": ["Toys & Equipment", "toys & equipment", "Toys and equipment", "Equipment"],
        "Outings": ["Outings", "outings", "Outing"],
        "Insurance": ["Insurance", "insurance"],
        "Training": ["Training", "training"],
        "Ofsted": ["Ofsted", "OFSTED"],
        "Wages": ["Wages", "wages", "Assistant wages"],
        "Refund": ["Refund", "refund", "REFUND"],
    }
    cat_var["Funded Hours"] = ["Funded Hours", "funded hours", "Funded hours ", "Funded  Hours"]
    methods = {"bank": ["Bank Transfer", "bank transfer", "BACS"], "cash": ["Cash", "cash"],
               "card": ["Card", "card", "CARD"], "tfc": ["Tax-Free Childcare", "TFC", "tax free childcare"]}
    entries = []  # (date, details, cat, amount, method, child)

    def add(d, det, cat, amt, meth, child=""):
        entries.append((d, det, cat, round(amt, 2), meth, child))

    m = dt.date(2024, 1, 1)
    while m <= dt.date(2025, 9, 1):
        rate = 58 if m.year == 2025 else 55
        nxt = (m.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        for name, s, e, dpw in children:
            if not (s <= m <= e):
                continue
            if m == s.replace(day=1) and s > dt.date(2024, 1, 1):
                add(m + dt.timedelta(days=r.randint(0, 3)), f"Registration - {name}", "Registration", 50, "bank", name)
            worked = dpw * r.choice([4, 4, 4, 4.2, 4.4, 3.6]) if m.month != 8 else dpw * 2
            amt = rate * worked
            pay = m + dt.timedelta(days=r.randint(0, 6))
            add(pay, f"{name} - {MONTHS[m.month - 1]} fees", "Fees", amt,
                "tfc" if name in ("Dev", "Ella") and r.random() < 0.6 else "bank", name)
            if r.random() < 0.12:
                add(m + dt.timedelta(days=r.randint(8, 25)), f"Late pickup - {name}", "Late Fee",
                    r.choice([10, 15, 20]), "cash", name)
        # funded hours from the council for Dev and Ella, monthly
        fh = 0
        if m >= dt.date(2024, 9, 1):
            fh += r.uniform(420, 520)
        if m >= dt.date(2025, 1, 1):
            fh += r.uniform(300, 380)
        if fh:
            add(m + dt.timedelta(days=r.randint(14, 20)), "County council funded hours", "Funded Hours", fh, "bank")
        # food every week
        d = m + dt.timedelta(days=r.randint(0, 4))
        while d < nxt:
            add(d, r.choice(["Tesco", "Aldi", "Co-op", "Lidl"]) + " food shop", "Food",
                -r.uniform(38, 92) * (1.08 if d.year == 2025 else 1), r.choice(["card", "card", "cash"]))
            d += dt.timedelta(days=7)
        if r.random() < 0.55:
            add(m + dt.timedelta(days=r.randint(1, 26)), r.choice(["Soft play", "Farm visit", "Zoo trip", "Swimming",
                                                                   "Library craft"]), "Outings",
                -r.uniform(12, 65), r.choice(["card", "cash"]))
        if r.random() < 0.45:
            add(m + dt.timedelta(days=r.randint(1, 26)), r.choice(["Duplo", "Craft supplies", "Books", "Garden toys",
                                                                   "Puzzles", "Paint"]), "Toys & Equipment",
                -r.uniform(14, 120), "card")
        if m.month == 1:
            add(m + dt.timedelta(days=9), "Public liability insurance", "Insurance",
                -(168 if m.year == 2024 else 182), "card")
        if m.month == 3:
            add(m + dt.timedelta(days=2), "Ofsted annual fee", "Ofsted", -35, "card")
        if (m.year, m.month) in ((2024, 5), (2025, 6)):
            add(m + dt.timedelta(days=11), "Paediatric first aid course", "Training", -95, "card")
        if (m.year, m.month) == (2024, 10):
            add(m + dt.timedelta(days=5), "Safeguarding refresher", "Training", -40, "card")
        if (m.year, m.month) == (2025, 4):
            add(m + dt.timedelta(days=14), "Outdoor playhouse", "Toys & Equipment", -389.99, "card")
        if m >= dt.date(2024, 9, 1):
            add(m + dt.timedelta(days=27), "Assistant wages - Jo", "Wages", -r.uniform(540, 700), "bank")
        m = nxt
    # refunds
    for d, name, amt in [(dt.date(2024, 8, 30), "Bella", 110), (dt.date(2024, 12, 20), "Alfie", 55),
                         (dt.date(2025, 4, 11), "Dev", 165), (dt.date(2025, 8, 28), "Ella", 58)]:
        add(d, f"Refund - {name} days not used", "Refund", -amt, "bank", name)
    entries.sort(key=lambda e: (e[0], e[1]))
    rows = []
    k = 0
    for e in entries:
        k += 1
        d, det, cat, amt, meth, child = e
        row = [d3(d), f"L{k:04d}", det, r.choice(cat_var[cat]), money(r, amt), r.choice(methods[meth]), child, ""]
        rows.append(row)
        if r.random() < 0.012:
            dup = list(row)
            dup[1] = row[1] + "V"
            dup[7] = r.choice(["VOID", "void", "Void - duplicate", "void (entered twice)"])
            rows.append(dup)
    write("childminder_ledger.csv", ["Date", "Ref", "Details", "Category", "Amount", "Method", "Child", "Note"], rows)


# ------------------------------------------------------------------------------------------------
# 3. farm shop daily sheet (one row per day, days missing)

def gen_farmshop():
    r = random.Random(31003)
    weather = [("Sunny", ["Sunny", "sunny", "SUNNY", "Sunny "]), ("Cloudy", ["Cloudy", "cloudy", "Cloudy "]),
               ("Rain", ["Rain", "rain", "RAIN", "Rainy"])]
    rows = []
    for d in days(dt.date(2024, 3, 1), dt.date(2025, 9, 30)):
        if r.random() < 0.025:
            continue  # not logged
        wd = d.weekday()
        date = d.strftime("%d.%m.%Y")
        if wd == 0 or (d.month == 12 and d.day in (25, 26)) or (d.month == 1 and d.day == 1):
            rows.append([date, r.choice(["No", "no", "closed", "N"]), "", "", "", "", "", "", "closed"])
            continue
        wi = r.choices(range(3), weights=[3, 4, 3] if d.month not in (6, 7, 8) else [5, 3, 2])[0]
        seas = {1: 0.6, 2: 0.65, 3: 0.8, 4: 0.95, 5: 1.1, 6: 1.25, 7: 1.3, 8: 1.45, 9: 1.15, 10: 1.3, 11: 0.9,
                12: 1.45}[d.month]
        dayf = {1: 0.85, 2: 0.85, 3: 1.0, 4: 1.25, 5: 1.7, 6: 1.45}[wd]
        wf = [1.15, 1.0, 0.72][wi]
        yf = 1.12 if d.year == 2025 else 1.0
        cust = max(8, int(r.gauss(62, 8) * seas * dayf * wf * yf))
        spend = r.uniform(13.5, 17.5) * (1.04 if d.year == 2025 else 1)
        total = cust * spend
        cash_share = r.uniform(0.18, 0.32) * (0.8 if d.year == 2025 else 1)
        cash = round(total * cash_share, 2)
        card = round(total - cash, 2)
        eggs = int(cust * r.uniform(0.18, 0.3))
        boxes = r.randint(4, 14) if wd == 4 else r.randint(0, 4)
        note = ""
        cust_s = str(cust)
        card_s = money(r, card)
        if r.random() < 0.02:
            cust_s = r.choice(["not counted", "?"])
        if r.random() < 0.015:
            card_s = r.choice(["n/a", "terminal down"])
            note = "card machine down"
        if d.month == 12 and d.day in (20, 21, 22, 23, 24):
            note = "Christmas rush"
        rows.append([date, yesno(r, True) or "Yes", cust_s, money(r, cash), card_s, eggs, boxes,
                     r.choice(weather[wi][1]), note])
    write("farm_shop_daily.csv", ["Date", "Open", "Customers", "Cash", "Card", "Eggs (dozen)", "Veg Boxes",
                                  "Weather", "Notes"], rows)


# ------------------------------------------------------------------------------------------------
# 4. surf school lessons

def gen_surf():
    r = random.Random(31004)
    lessons = [("Group", 45, ["Group", "group", "GROUP", "Group lesson"], 40),
               ("Private", None, ["Private", "private", "Private 1-2-1", "PRIVATE"], 16),
               ("Kids Club", 30, ["Kids Club", "kids club", "Kids  Club"], 26),
               ("Improver", 55, ["Improver", "improver", "Improvers"], 18)]
    beaches = [("Fistral", 40, ["Fistral", "fistral", "FISTRAL"]),
               ("Watergate Bay", 27, ["Watergate Bay", "Watergate", "watergate bay"]),
               ("Perran Sands", 18, ["Perran Sands", "perran sands", "Perran  Sands"]),
               ("Crantock", 15, ["Crantock", "crantock "])]
    instr = [("Kai", 30), ("Maya", 24), ("Tom", 18), ("Nia", 16), ("Jago", 12)]
    rows = []
    n = 0
    for season, (s, e) in ((2024, (dt.date(2024, 4, 6), dt.date(2024, 10, 27))),
                           (2025, (dt.date(2025, 4, 5), dt.date(2025, 9, 28)))):
        for d in days(s, e):
            peak = d.month in (7, 8)
            k = r.choice([0, 1, 1, 2]) + (r.choice([1, 2, 3]) if peak else 0) + (1 if d.weekday() >= 5 else 0)
            flat = r.random() < 0.05
            storm = r.random() < 0.04
            for _ in range(k):
                n += 1
                li = r.choices(range(4), weights=[x[3] for x in lessons])[0]
                lname, pp, lvar, _w = lessons[li]
                hour = r.choice([9, 9, 10, 11, 13, 14, 15, 16]) if lname != "Kids Club" else r.choice([9, 10, 10, 14])
                minute = r.choice([0, 0, 30])
                start = dt.datetime(d.year, d.month, d.day, hour, minute)
                people = r.randint(1, 2) if lname == "Private" else r.choice([1, 2, 2, 3, 4, 4, 5, 6])
                wets = r.random() < 0.62
                yf = 1.06 if season == 2025 else 1.0
                if lname == "Private":
                    price = (90 if people == 1 else 140) * yf
                else:
                    price = pp * people * yf
                if wets:
                    price += 8 * people
                price = round(price, 2)
                ins = r.choices([i[0] for i in instr], weights=[i[1] for i in instr])[0]
                if season == 2025 and ins == "Nia" and r.random() < 0.5:
                    ins = "Nia"
                elif season == 2025 and r.random() < 0.12:
                    ins = "Nia"
                if flat:
                    status = r.choice(["Cancelled - flat", "cancelled (no surf)", "Flat - cancelled"])
                elif storm:
                    status = r.choice(["Cancelled - storm", "storm cancel", "Cancelled (storm)"])
                else:
                    x = r.random()
                    if x < 0.05:
                        status = r.choice(["Cancelled", "cancelled", "Canceled"])
                    elif x < 0.085:
                        status = r.choice(["No-show", "no show", "No Show"])
                    else:
                        status = r.choice(["Done", "done", "Completed", "Done "])
                ps = money(r, price, signs=("€",))
                if r.random() < 0.025:
                    ps = r.choice(["tbc", "n/a", ""])
                b = r.choices(beaches, weights=[x[1] for x in beaches])[0]
                ppl = str(people)
                if r.random() < 0.015:
                    ppl = r.choice(["?", "tbc"])
                rows.append([f"SURF-{n:04d}", start.strftime("%Y-%m-%dT%H:%M"), r.choice(b[2]), r.choice(lvar), ins,
                             ppl, ps, yesno(r, wets), status])
    write("surf_lessons.csv", ["Booking", "Start", "Beach", "Lesson", "Instructor", "People", "Price",
                               "Wetsuit Hire", "Status"], rows)


# ------------------------------------------------------------------------------------------------
# 5. dance school enrolments

def dlong(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def gen_dance():
    r = random.Random(31005)
    first = ["Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Poppy", "Rosie", "Evie", "Sophie", "Grace",
             "Ruby", "Millie", "Daisy", "Olivia", "Noah", "Leo", "Oscar", "Arlo", "Maisie", "Esme", "Zara", "Nina",
             "Hannah", "Erin", "Layla", "Harper", "Elsie", "Thea"]
    last = ["Smith", "Jones", "Taylor", "Brown", "Evans", "Wilson", "Hughes", "Patel", "Khan", "Walker", "Wright",
            "Hall", "Green", "Wood", "Clarke"]
    pupils = []
    seen = set()
    while len(pupils) < 150:
        nm = f"{r.choice(first)} {r.choice(last)}"
        if nm in seen:
            continue
        seen.add(nm)
        pupils.append((nm, r.randint(4, 15)))
    classes = [("Ballet", 96, ["Ballet", "ballet", "BALLET", "Ballet "], 30),
               ("Tap", 84, ["Tap", "tap", "TAP"], 18),
               ("Jazz", 84, ["Jazz", "jazz", "Jazz "], 16),
               ("Street", 78, ["Street", "Street Dance", "street dance", "street"], 24),
               ("Contemporary", 90, ["Contemporary", "contemporary", "Contemporary "], 12)]
    terms = [("Autumn", 2023, dt.date(2023, 9, 4)), ("Spring", 2024, dt.date(2024, 1, 8)),
             ("Summer", 2024, dt.date(2024, 4, 15)), ("Autumn", 2024, dt.date(2024, 9, 2)),
             ("Spring", 2025, dt.date(2025, 1, 6)), ("Summer", 2025, dt.date(2025, 4, 22))]
    rows = []
    n = 0
    for ti, (tn, ty, tstart) in enumerate(terms):
        year2 = tstart >= dt.date(2024, 9, 1)
        count = [62, 66, 60, 74, 80, 78][ti]
        chosen = r.sample(pupils, count)
        for nm, age0 in chosen:
            ncls = r.choice([1, 1, 1, 2])
            wts = [c[3] for c in classes]
            if year2:
                wts = [30, 16, 15, 36, 13]
            cls = r.sample(range(5), ncls) if ncls == 2 else [r.choices(range(5), weights=wts)[0]]
            sib = r.random() < 0.2
            for ci in cls:
                n += 1
                cname, fee, cvar, _ = classes[ci]
                f = fee * (1.05 if year2 else 1.0)
                if sib:
                    f *= 0.9
                f = round(f, 2)
                enrolled = tstart - dt.timedelta(days=r.randint(3, 40))
                paid = None
                x = r.random()
                status = r.choice(["Enrolled", "enrolled", "Active"])
                if x < 0.07:
                    status = r.choice(["Withdrawn", "withdrawn", "Left"])
                    if r.random() < 0.5:
                        paid = enrolled + dt.timedelta(days=r.randint(0, 20))
                elif x < 0.11 and ti == 5:
                    paid = None
                else:
                    paid = enrolled + dt.timedelta(days=r.choice([0, 1, 2, 3, 5, 7, 10, 14, 21, 30, 45]))
                fs = money(r, f)
                if r.random() < 0.03:
                    fs = r.choice(["waived", "n/a", "staff child"])
                age = age0 + (ty - 2023) - (1 if tn != "Autumn" else 0)
                ag = str(age) if r.random() > 0.03 else r.choice(["?", ""])
                exam = ""
                result = ""
                if tn == "Summer" and cname in ("Ballet", "Tap", "Jazz") and status.lower() != "withdrawn" \
                        and status != "Left":
                    ex = r.random() < 0.55
                    exam = yesno(r, ex)
                    if ex:
                        result = r.choices(["Distinction", "Merit", "Pass", "Fail"], weights=[22, 38, 32, 8])[0]
                        result = r.choice([result, result.lower(), result.upper()])
                else:
                    exam = yesno(r, False) if r.random() < 0.5 else ""
                term = r.choice([f"{tn} {ty}", f"{tn} {ty}", f"{tn.lower()} {ty}", f"{tn} term {ty}"])
                rows.append([f"E{n:04d}", nm, ag, r.choice(cvar), term, dlong(enrolled), dlong(paid) if paid else "",
                             fs, yesno(r, sib), exam, result, status])
    write("dance_enrolments.csv", ["Enrolment", "Pupil", "Age", "Class", "Term", "Enrolled On", "Paid On", "Fee",
                                   "Sibling Discount", "Exam Entered", "Exam Result", "Status"], rows)


if __name__ == "__main__":
    gen_skips()
    gen_ledger()
    gen_farmshop()
    gen_surf()
    gen_dance()
    for p in sorted(DATA.glob("*.csv")):
        print(p.name, sum(1 for _ in open(p, encoding="utf-8")) - 1)
