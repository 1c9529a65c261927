#!/usr/bin/env python3
"""Held-out set 25: writes data/*.csv (seeded, standard library only, byte-for-byte reproducible).

    coop_orders.csv + coop_members.csv   a food co-op's member order lines + member list    (seed 25001)
    dojo_ledger.csv                      a karate dojo's signed money ledger                 (seed 25002)
    hostel_bookings.csv                  a city hostel's bookings (check-in / check-out)     (seed 25003)
    kitchen_daily.csv                    a community kitchen's meal counts per day per site  (seed 25004)
    swim_results.csv                     a swimming club's race results                      (seed 25005)
"""

import csv
import random
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def write(name, header, rows):
    DATA.mkdir(exist_ok=True)
    with open(DATA / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += timedelta(days=1)


def money(rng, v, cur="£", plain_p=0.35, neg_plain=True):
    """£1,250.00 / 1250 / 12.5 style; v may be negative."""
    if rng.random() < plain_p:
        s = ("%.2f" % abs(v)).rstrip("0").rstrip(".") if rng.random() < 0.6 else "%.2f" % abs(v)
        return ("-" if v < 0 else "") + s
    s = "{:,.2f}".format(abs(v))
    return ("-" if v < 0 else "") + cur + s


def pick(rng, variants, weights=None):
    return rng.choices(variants, weights=weights)[0] if weights else rng.choice(variants)


# ------------------------------------------------------------------------------------------------
# 1. food co-op


FIRST = ["Amy", "Ben", "Cara", "Dev", "Ella", "Finn", "Gita", "Hugo", "Isla", "Jon", "Kemi", "Liam", "Maya",
         "Nate", "Orla", "Priya", "Quinn", "Rosa", "Sam", "Tara", "Umar", "Vera", "Will", "Yara", "Zoe", "Alfie",
         "Bea", "Cal", "Dina", "Eli"]
LAST = ["Adams", "Bishop", "Chen", "Doyle", "Evans", "Foster", "Grant", "Hughes", "Iqbal", "Jones", "Khan", "Lowe",
        "Marsh", "Nolan", "Okafor", "Price", "Reid", "Shaw", "Turner", "Vance", "Walsh", "Young"]

PRODUCTS = [  # name, category, price 2024, price 2025
    ("Carrots 1kg", "Fruit & Veg", 1.10, 1.20), ("Potatoes 2.5kg", "Fruit & Veg", 2.40, 2.60),
    ("Apples (bag)", "Fruit & Veg", 2.20, 2.40), ("Bananas (bunch)", "Fruit & Veg", 1.30, 1.40),
    ("Veg Box Small", "Fruit & Veg", 9.50, 10.00), ("Veg Box Large", "Fruit & Veg", 15.00, 16.00),
    ("Onions 1kg", "Fruit & Veg", 1.20, 1.30), ("Rolled Oats 1kg", "Dry Goods", 2.60, 2.80),
    ("Red Lentils 1kg", "Dry Goods", 3.20, 3.40), ("Brown Rice 2kg", "Dry Goods", 4.80, 5.10),
    ("Pasta 500g", "Dry Goods", 1.40, 1.50), ("Chickpeas 1kg", "Dry Goods", 3.60, 3.80),
    ("Peanut Butter", "Dry Goods", 3.90, 4.20), ("Oat Milk 1L", "Dairy", 1.80, 1.90),
    ("Whole Milk 2L", "Dairy", 1.95, 2.05), ("Free Range Eggs x12", "Dairy", 4.20, 4.50),
    ("Cheddar 400g", "Dairy", 4.60, 4.90), ("Natural Yoghurt", "Dairy", 2.10, 2.20),
    ("Sourdough Loaf", "Bakery", 3.80, 4.00), ("Seeded Rye", "Bakery", 3.50, 3.70),
    ("Oat Cookies", "Bakery", 2.50, 2.70), ("Eco Washing Up Liquid", "Household", 3.20, 3.40),
    ("Laundry Refill 1L", "Household", 5.50, 5.80), ("Loo Roll x9", "Household", 6.20, 6.40),
    ("Apple Juice 1L", "Drinks", 2.80, 2.90), ("Fairtrade Coffee", "Drinks", 6.50, 6.90),
    ("Green Tea x40", "Drinks", 3.40, 3.60),
]
PROD_W = [9, 7, 6, 6, 3, 2, 5, 5, 4, 3, 5, 3, 2, 6, 4, 4, 3, 3, 5, 3, 3, 2, 2, 2, 3, 2, 2]
CAT_VARIANTS = {
    "Fruit & Veg": ["Fruit & Veg"] * 6 + ["fruit & veg", "FRUIT & VEG", "Fruit &  Veg", "Fruit & Veg "],
    "Dry Goods": ["Dry Goods"] * 6 + ["dry goods", "Dry goods ", "DRY GOODS", "Dry  Goods"],
    "Dairy": ["Dairy"] * 6 + ["dairy", "DAIRY", " Dairy"],
    "Bakery": ["Bakery"] * 6 + ["bakery", "BAKERY", "Bakery "],
    "Household": ["Household"] * 6 + ["household", "HOUSEHOLD"],
    "Drinks": ["Drinks"] * 6 + ["drinks", "DRINKS", "Drinks "],
}
AREAS = ["Northfield", "Riverside", "Old Town", "Hillcrest", "Westbrook"]


def gen_coop():
    rng = random.Random(25001)
    n_mem = 140
    names = set()
    members = []
    for mid in range(1, n_mem + 1):
        while True:
            nm = rng.choice(FIRST) + " " + rng.choice(LAST)
            if nm not in names:
                names.add(nm)
                break
        hh = rng.choices([1, 2, 3, 4, 5, 6], weights=[20, 30, 18, 18, 8, 6])[0]
        if mid <= 100:
            joined = date(2018, 1, 1) + timedelta(days=rng.randrange(0, 2190))
        elif mid <= 118:
            joined = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 365))
        else:
            joined = date(2025, 1, 1) + timedelta(days=rng.randrange(0, 290))
        working = rng.random() < 0.4
        area = rng.choices(AREAS, weights=[30, 25, 15, 18, 12])[0]
        members.append(dict(mid=mid, name=nm, hh=hh, joined=joined, working=working, area=area))
    # a very keen member
    members[6]["hh"] = 6
    members[6]["working"] = True
    never = set(rng.sample(range(1, 101), 7))
    yes_v = ["Yes", "yes", "Y", "YES", "y"]
    no_v = ["No", "no", "N", "NO", "n"]
    mrows = []
    for m in members:
        mrows.append(["%04d" % m["mid"], m["name"], m["hh"], m["joined"].strftime("%d/%m/%Y"),
                      rng.choice(yes_v) if m["working"] else rng.choice(no_v), m["area"]])
    write("coop_members.csv", ["Member ID", "Name", "Household Size", "Joined", "Working Member", "Area"], mrows)

    rows = []
    order_no = 5000
    start, end = date(2024, 1, 1), date(2025, 11, 30)
    for d in days(start, end):
        wd = d.weekday()
        base = {0: 1.5, 1: 1.0, 2: 1.3, 3: 1.0, 4: 1.4, 5: 0.6, 6: 1.9}[wd]
        base *= 1.25 if d.year == 2025 else 1.0
        if d.month == 12:
            base *= 1.3
        n = int(base) + (1 if rng.random() < base - int(base) else 0)
        n += rng.choice([-1, 0, 0, 1]) if n > 0 else 0
        for _ in range(max(0, n)):
            eligible = [m for m in members if m["joined"] <= d and m["mid"] not in never]
            w = [(8 if m["mid"] == 7 else 1) * (1 + m["hh"] * 0.3) for m in eligible]
            m = rng.choices(eligible, weights=w)[0]
            order_no += 1
            hour = rng.choices(range(7, 23), weights=[2, 4, 5, 4, 4, 5, 4, 3, 4, 6, 8, 12, 18, 14, 8, 3])[0]
            t = "%02d:%02d" % (hour, rng.randrange(60))
            ds = d.strftime("%d/%m/%Y") if rng.random() < 0.6 else d.isoformat()
            cancelled = rng.random() < 0.035
            delivery = rng.random() < (0.3 if d.year == 2024 else 0.42)
            pk = rng.choice(["Delivery", "Delivery", "delivery", "DELIVERY", "Delivery "]) if delivery else \
                rng.choice(["Collect", "Collect", "collect", "Collection", "COLLECT"])
            nlines = rng.choices(range(1, 9), weights=[10, 14, 16, 16, 13, 10, 6, 4])[0]
            if m["mid"] == 7:
                nlines += 2
            chosen = []
            for _ in range(nlines):
                pw = list(PROD_W)
                if d.year == 2025:
                    for i, p in enumerate(PRODUCTS):
                        if p[1] == "Fruit & Veg":
                            pw[i] *= 1.6
                        if p[1] == "Drinks":
                            pw[i] *= 0.7
                chosen.append(rng.choices(range(len(PRODUCTS)), weights=pw)[0])
            cst = rng.choice(["Cancelled", "cancelled", "CANCELLED", "Canceled"]) if cancelled else ""
            for pi in chosen:
                name, cat, p24, p25 = PRODUCTS[pi]
                price = p24 if d.year == 2024 else p25
                qty = rng.choices([1, 2, 3, 4, 6], weights=[50, 25, 10, 8, 7])[0]
                if m["mid"] == 7 and rng.random() < 0.5:
                    qty *= 2
                total = round(qty * price, 2)
                status = cst
                if not cancelled and rng.random() < 0.012:
                    status = rng.choice(["VOID", "void", "Void"])
                qtxt = str(qty)
                if cat == "Household" and rng.random() < 0.15:
                    qtxt = rng.choice(["n/a", "?"])
                rows.append([order_no, ds, t, rng.choice(["%04d" % m["mid"], str(m["mid"]), str(m["mid"])]),
                             name, rng.choice(CAT_VARIANTS[cat]), qtxt, money(rng, price, plain_p=0.4),
                             money(rng, total, plain_p=0.4), pk, status])
    write("coop_orders.csv", ["Order No", "Date", "Time", "Member ID", "Product", "Category", "Qty", "Unit Price",
                              "Line Total", "Pickup", "Status"], rows)


# ------------------------------------------------------------------------------------------------
# 2. karate dojo ledger


def gen_dojo():
    rng = random.Random(25002)
    start, end = date(2024, 1, 1), date(2025, 10, 31)

    def dfmt(d):
        return d.strftime("%d-") + MON[d.month - 1] + d.strftime("-%Y") if rng.random() < 0.55 else d.strftime("%d/%m/%Y")

    cat_v = {
        "Membership": ["Membership"] * 5 + ["membership", "MEMBERSHIP", "Membership "],
        "Class Fee": ["Class Fee"] * 5 + ["class fee", "Class fee", "CLASS FEE", "Class  Fee"],
        "Grading": ["Grading"] * 4 + ["grading", "Grading Fee", "grading fee", "GRADING"],
        "Equipment Sale": ["Equipment Sale"] * 4 + ["equipment sale", "Equipment sale ", "EQUIPMENT SALE"],
        "Competition Entry": ["Competition Entry"] * 4 + ["competition entry", "Competition entry"],
        "Hall Hire": ["Hall Hire"] * 4 + ["hall hire", "HALL HIRE", "Hall hire "],
        "Insurance": ["Insurance", "insurance"],
        "Equipment Purchase": ["Equipment Purchase", "equipment purchase", "Equipment purchase"],
        "Card Fees": ["Card Fees", "card fees", "Card fees"],
        "Refund": ["Refund", "refund", "REFUND"],
    }
    method_v = {"Card": ["Card", "Card", "card", "CARD", "Card "], "Cash": ["Cash", "cash", "CASH"],
                "Bank Transfer": ["Bank Transfer", "bank transfer", "BANK TRANSFER", "Bank transfer"]}
    names = set()
    members = []
    for i in range(95):
        while True:
            nm = rng.choice(FIRST) + " " + rng.choice(LAST)
            if nm not in names:
                names.add(nm)
                break
        kind = rng.choices(["Adult", "Junior", "Family"], weights=[45, 40, 15])[0]
        j = start + timedelta(days=rng.randrange(-200, 600)) if i >= 40 else start - timedelta(days=30)
        if j < start:
            j = start - timedelta(days=30)
        left = None
        if rng.random() < 0.3:
            left = j + timedelta(days=rng.randrange(90, 500))
        members.append(dict(name=nm, kind=kind, joined=j, left=left,
                            method=rng.choices(["Card", "Bank Transfer", "Cash"], weights=[50, 40, 10])[0]))
    members[3]["kind"] = "Family"
    members[3]["method"] = "Bank Transfer"
    members[3]["left"] = None
    top = members[3]["name"]
    fee = {"Adult": (38, 40), "Junior": (26, 28), "Family": (65, 70)}
    rows = []
    ref = [0]

    def add(d, cat, who, method, amt, desc):
        ref[0] += 1
        rows.append([dfmt(d), "D%05d" % ref[0], desc, rng.choice(cat_v[cat]), who,
                     rng.choice(method_v[method]) if method else "", money(rng, amt), ""])
        return rows[-1]

    card_in = {}
    for d in days(start, end):
        wd = d.weekday()
        y = 0 if d.year == 2024 else 1
        if d.day == 1 or (d.day == 2 and wd == 0):
            pass
        if d.day == 3:
            for m in members:
                if m["joined"] <= d and (m["left"] is None or m["left"] > d):
                    amt = fee[m["kind"]][y]
                    dd = d + timedelta(days=rng.randrange(0, 3))
                    add(dd, "Membership", m["name"], m["method"], amt, "%s monthly %s" % (m["kind"], MON[d.month - 1]))
                    if m["method"] == "Card":
                        card_in[(dd.year, dd.month)] = card_in.get((dd.year, dd.month), 0) + amt
        if wd in (1, 3, 5):  # Tue Thu Sat classes: pay-as-you-go
            n = rng.randrange(2, 7) if wd != 5 else rng.randrange(4, 11)
            if y:
                n += rng.choice([0, 1, 2])
            for _ in range(n):
                meth = rng.choices(["Cash", "Card"], weights=[55, 45])[0]
                amt = 8 if y == 0 else 9
                add(d, "Class Fee", "", meth, amt, "PAYG class")
                if meth == "Card":
                    card_in[(d.year, d.month)] = card_in.get((d.year, d.month), 0) + amt
        # gradings: second Saturday of Mar, Jun, Sep, Dec
        if d.month in (3, 6, 9, 12) and wd == 5 and 8 <= d.day <= 14:
            cands = [m for m in members if m["joined"] <= d - timedelta(days=60) and (m["left"] is None or m["left"] > d)]
            k = int(len(cands) * (0.45 if y == 0 else 0.6))
            for m in rng.sample(cands, k):
                amt = rng.choice([30, 35, 40, 45]) + (5 if y else 0)
                meth = rng.choice(["Card", "Cash", "Bank Transfer"])
                gd = d - timedelta(days=rng.randrange(0, 10))
                add(gd, "Grading", m["name"], meth, amt, "Grading fee")
                if m["name"] == top:  # a family membership: the children grade too, paid by the same parent
                    add(gd, "Grading", m["name"], meth, amt, "Grading fee (child)")
                    add(gd, "Grading", m["name"], meth, amt, "Grading fee (child)")
                if meth == "Card":
                    card_in[(d.year, d.month)] = card_in.get((d.year, d.month), 0) + amt
        if rng.random() < 0.07:
            amt = rng.choice([25, 32, 45, 55, 60, 12.5])
            who = rng.choice(members)["name"]
            meth = rng.choice(["Card", "Cash"])
            add(d, "Equipment Sale", who, meth, amt, rng.choice(["Gi", "Mitts", "Belt", "Shin pads", "Gumshield"]))
            if meth == "Card":
                card_in[(d.year, d.month)] = card_in.get((d.year, d.month), 0) + amt
        if d.month in (4, 10) and wd == 5 and d.day <= 7:
            for m in rng.sample(members, 12 if y == 0 else 9):
                add(d - timedelta(days=14), "Competition Entry", m["name"], "Bank Transfer", 15, "Regional open entry")
        if d.day == 28:
            add(d, "Hall Hire", "St Luke's Hall", "Bank Transfer", -(420 if y == 0 else 455), "Hall hire " + MON[d.month - 1])
        if d.day == 1 and d.month == 2:
            add(d, "Insurance", "Martial Arts Cover Ltd", "Bank Transfer", -(310 if y == 0 else 335), "Annual insurance")
        if rng.random() < 0.012:
            add(d, "Equipment Purchase", "Dojo Supplies", "Card", -rng.choice([180, 240, 320, 95, 1250]), "Stock")
        if rng.random() < 0.02:
            m = rng.choice(members)
            add(d, "Refund", m["name"], m["method"], -rng.choice([26, 38, 40, 65, 35]), "Refund")
        last = (d + timedelta(days=1)).day == 1
        if last:
            amt = round(card_in.get((d.year, d.month), 0) * 0.0175, 2)
            add(d, "Card Fees", "Card provider", "", -amt, "Card processing")
    # voids: duplicated entries
    n = len(rows)
    for i in sorted(rng.sample(range(n), 16)):
        r = list(rows[i])
        r[7] = rng.choice(["VOID", "void", "Void - duplicate"])
        rows.insert(i + 1, r)
    # sort by date
    def key(r):
        s = r[0]
        if "-" in s:
            dd, mm, yy = s.split("-")
            return (int(yy), MON.index(mm) + 1, int(dd))
        dd, mm, yy = s.split("/")
        return (int(yy), int(mm), int(dd))
    rows.sort(key=key)
    write("dojo_ledger.csv", ["Date", "Ref", "Description", "Category", "Member / Payee", "Method", "Amount", "Status"],
          rows)
    return top


# ------------------------------------------------------------------------------------------------
# 3. hostel bookings


def gen_hostel():
    rng = random.Random(25003)
    rooms = {"Dorm 8": (22, 24), "Dorm 4": (28, 30), "Private Twin": (66, 72), "Private Double": (74, 80)}
    room_v = {"Dorm 8": ["Dorm 8"] * 5 + ["dorm 8", "DORM 8", "Dorm  8"],
              "Dorm 4": ["Dorm 4"] * 5 + ["dorm 4", "DORM 4", "Dorm 4 "],
              "Private Twin": ["Private Twin"] * 5 + ["private twin", "PRIVATE TWIN", "Private  Twin"],
              "Private Double": ["Private Double"] * 5 + ["private double", "Private double", "PRIVATE DOUBLE"]}
    src_v = {"Hostelworld": ["Hostelworld"] * 4 + ["hostelworld", "HostelWorld", "HOSTELWORLD"],
             "Booking.com": ["Booking.com"] * 4 + ["booking.com", "BOOKING.COM", "Booking.com "],
             "Direct": ["Direct"] * 4 + ["direct", "DIRECT", "Direct "],
             "Walk-in": ["Walk-in", "Walk-in", "walk-in", "Walk-In", "WALK-IN"]}
    countries = ["United Kingdom", "Germany", "France", "Spain", "Australia", "United States", "Netherlands", "Italy",
                 "Canada", "Ireland", "Brazil", "Japan", "Poland", "Sweden"]
    cw = [30, 14, 8, 9, 12, 9, 6, 6, 4, 5, 2, 2, 3, 2]
    cvar = {"United Kingdom": ["United Kingdom", "UK", "UK", "united kingdom"],
            "United States": ["United States", "USA", "usa", "United States "]}
    rows = []
    bid = 10000
    start, end = date(2024, 1, 1), date(2025, 10, 31)
    for d in days(start, end):
        season = 1.0
        if d.month in (7, 8):
            season = 1.8
        elif d.month in (6, 9):
            season = 1.3
        elif d.month in (1, 2, 11):
            season = 0.7
        if d.year == 2025:
            season *= 1.1
        if d.weekday() == 4:
            season *= 1.6
        elif d.weekday() == 5:
            season *= 1.2
        lam = 3.0 * season
        n = int(lam) + (1 if rng.random() < lam - int(lam) else 0)
        for _ in range(n):
            bid += 1
            src = rng.choices(["Hostelworld", "Booking.com", "Direct", "Walk-in"],
                              weights=[40, 30, 20 if d.year == 2024 else 28, 10] if not (d.year == 2025 and d.month <= 6)
                              else [40, 30, 34, 10])[0]
            room = rng.choices(list(rooms), weights=[40, 25, 15, 20])[0]
            guests = rng.choices([1, 2, 3, 4], weights=[55, 30, 9, 6])[0] if room.startswith("Dorm") else \
                rng.choices([1, 2], weights=[25, 75])[0]
            nights = rng.choices(range(1, 11), weights=[22, 26, 20, 12, 7, 5, 3, 2, 1, 2])[0]
            if room.startswith("Private") and nights > 6:
                nights = 6
            if src == "Walk-in":
                lead = 0
                nights = min(nights, 3)
            else:
                lead = rng.choices([0, 1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60, 90],
                                   weights=[5, 8, 8, 8, 10, 10, 10, 10, 8, 8, 6, 5, 4])[0] + rng.randrange(0, 3)
            booked = d - timedelta(days=lead)
            rate = rooms[room][0 if d.year == 2024 else 1]
            if d.month == 8:
                rate = round(rate * 1.6)
            elif d.month == 7:
                rate = round(rate * 1.3)
            total = rate * nights * (guests if room.startswith("Dorm") else 1)
            p_cancel = {"Hostelworld": 0.09, "Booking.com": 0.17, "Direct": 0.06, "Walk-in": 0.0}[src]
            p_noshow = {"Hostelworld": 0.05, "Booking.com": 0.04, "Direct": 0.02, "Walk-in": 0.0}[src]
            r = rng.random()
            status = "stayed" if r >= p_cancel + p_noshow else ("cancelled" if r < p_cancel else "noshow")
            ci_h = rng.choices(range(12, 24), weights=[1, 3, 8, 12, 14, 13, 16, 10, 8, 6, 4, 2])[0]
            ci = datetime(d.year, d.month, d.day, ci_h, rng.randrange(60))
            co_d = d + timedelta(days=nights)
            co_h = rng.choices([7, 8, 9, 10, 11, 12], weights=[5, 12, 25, 38, 16, 4])[0]
            co = datetime(co_d.year, co_d.month, co_d.day, co_h, rng.randrange(60))
            if co_h == 11 and co.minute == 0:
                co = co.replace(minute=5)
            if status != "stayed":
                ci = datetime(d.year, d.month, d.day, 14, 0)
                co = datetime(co_d.year, co_d.month, co_d.day, 11, 0)
            fmt = "%Y-%m-%dT%H:%M" if rng.random() < 0.6 else "%Y-%m-%dT%H:%M:%S"
            st = {"stayed": ["Checked Out", "Checked Out", "checked out", "CHECKED OUT", "Checked out "],
                  "cancelled": ["Cancelled", "cancelled", "Canceled", "CANCELLED"],
                  "noshow": ["No-show", "No show", "no-show", "NO SHOW"]}[status]
            g = str(guests)
            if status != "stayed" and rng.random() < 0.25:
                g = rng.choice(["tbc", "?", "n/a"])
            bf = rng.random() < (0.35 if room.startswith("Private") else 0.22)
            if status == "stayed":
                bft = rng.choice(["Yes", "yes", "Y", "TRUE", "1", "Included"]) if bf else \
                    rng.choice(["No", "no", "N", "FALSE", "0", "none"])
            else:
                bft = rng.choice(["", "", "No", "n"])
            c = rng.choices(countries, weights=cw)[0]
            ctext = rng.choice(cvar[c]) if c in cvar else (c if rng.random() < 0.85 else c.upper())
            rows.append(["H%d" % bid, "%d/%d/%d" % (booked.month, booked.day, booked.year) if rng.random() < 0.6
                         else booked.strftime("%m/%d/%Y"), ci.strftime(fmt), co.strftime(fmt),
                         rng.choice(room_v[room]), g, ctext, rng.choice(src_v[src]), money(rng, rate),
                         money(rng, total), rng.choice(st), bft])
    write("hostel_bookings.csv", ["Booking", "Booked On", "Check In", "Check Out", "Room", "Guests", "Country",
                                  "Source", "Nightly Rate", "Total", "Status", "Breakfast"], rows)


# ------------------------------------------------------------------------------------------------
# 4. community kitchen per day per site


def gen_kitchen():
    rng = random.Random(25004)
    sites = {"Riverside Hall": (0, 1, 2, 3, 4), "St Mark's": (1, 3, 5), "Eastgate Centre": (0, 2, 4),
             "Northgate Pantry": (0, 1, 2, 3, 4)}
    site_v = {"Riverside Hall": ["Riverside Hall"] * 5 + ["riverside hall", "RIVERSIDE HALL", "Riverside  Hall"],
              "St Mark's": ["St Mark's"] * 4 + ["St Marks", "st mark's", "ST MARK'S", "St. Mark's"],
              "Eastgate Centre": ["Eastgate Centre"] * 5 + ["eastgate centre", "EASTGATE CENTRE", "Eastgate Centre "],
              "Northgate Pantry": ["Northgate Pantry"] * 5 + ["northgate pantry", "NORTHGATE PANTRY"]}
    base = {"Riverside Hall": 95, "St Mark's": 70, "Eastgate Centre": 60, "Northgate Pantry": 45}
    growth = {"Riverside Hall": 1.05, "St Mark's": 1.32, "Eastgate Centre": 1.12, "Northgate Pantry": 1.0}
    holidays = {date(2024, 1, 1), date(2024, 3, 29), date(2024, 4, 1), date(2024, 5, 6), date(2024, 5, 27),
                date(2024, 8, 26), date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1), date(2025, 4, 18),
                date(2025, 4, 21), date(2025, 5, 5), date(2025, 5, 26), date(2025, 8, 25)}
    rows = []
    for d in days(date(2024, 1, 1), date(2025, 9, 30)):
        for s, wds in sites.items():
            if d.weekday() not in wds:
                continue
            if s == "Northgate Pantry" and d < date(2025, 4, 7):
                continue
            ds = "%d/%d/%d" % (d.month, d.day, d.year) if rng.random() < 0.55 else d.strftime("%m/%d/%Y")
            closed = d in holidays or rng.random() < 0.02
            if closed:
                reason = rng.choice(["Closed", "closed", "CLOSED", "Closed - bank holiday" if d in holidays
                                     else "Closed - heating fault"])
                rows.append([ds, rng.choice(site_v[s]), reason, "", "", "", "", "", "", ""])
                continue
            f = 1.0
            if d.month == 12:
                f = 1.45
            elif d.month in (1, 2):
                f = 1.25
            elif d.month in (6, 7, 8):
                f = 0.85
            if d.year == 2025:
                f *= growth[s]
            if s == "St Mark's" and d.weekday() == 5:
                f *= 1.5
            if d.weekday() == 0:
                f *= 1.35
            if s == "Riverside Hall" and d == date(2024, 12, 20):
                f *= 2.2  # Christmas lunch
            meals = max(5, int(rng.gauss(base[s] * f, base[s] * 0.12)))
            parcels = max(0, int(rng.gauss(meals * 0.3, 5)))
            vols = max(2, int(round(meals / 12 + rng.gauss(0, 1.5))))
            food = round(rng.gauss(meals * 0.45, 8), 1)
            waste = round(max(0.5, food * rng.uniform(0.04, 0.12)), 1)
            first = max(0, int(rng.gauss(meals * 0.06, 2)))
            don = rng.choice([0, 0, 5, 10, 12.5, 20, 25, 35, 40, 50, 75]) + (250 if rng.random() < 0.01 else 0)
            vt = str(vols) if rng.random() > 0.03 else rng.choice(["n/a", "not recorded"])
            ft = "%.1f" % food if rng.random() > 0.05 else rng.choice(["not weighed", "n/a", ""])
            wt = "%.1f" % waste if ft and ft[0].isdigit() and rng.random() > 0.03 else rng.choice(["n/a", ""])
            fst = str(first) if rng.random() > 0.06 else rng.choice(["n/a", "?"])
            dn = money(rng, don, cur="$") if don or rng.random() < 0.5 else ""
            rows.append([ds, rng.choice(site_v[s]), rng.choice(["Open", "Open", "open", "OPEN", "Open "]), meals,
                         parcels, vt, ft, wt, fst, dn])
    write("kitchen_daily.csv", ["Date", "Site", "Status", "Hot Meals", "Takeaway Parcels", "Volunteers",
                                "Food In (kg)", "Waste (kg)", "First-time Guests", "Cash Donations"], rows)


# ------------------------------------------------------------------------------------------------
# 5. swimming club results


def gen_swim():
    rng = random.Random(25005)
    strokes = {"Free": ["Free", "Free", "Freestyle", "FR", "free"], "Back": ["Back", "Back", "Backstroke", "BK", "back"],
               "Breast": ["Breast", "Breast", "Breaststroke", "BR", "breast"],
               "Fly": ["Fly", "Fly", "Butterfly", "FLY", "fly"], "IM": ["IM", "IM", "Individual Medley", "im"]}
    base50 = {"Free": 30.0, "Back": 34.5, "Breast": 38.5, "Fly": 33.5}
    names = set()
    swimmers = []
    for i in range(48):
        while True:
            nm = rng.choice(FIRST) + " " + rng.choice(LAST)
            if nm not in names:
                names.add(nm)
                break
        sex = rng.choice(["F", "M"])
        age = rng.randrange(9, 18)
        ability = rng.gauss(1.0, 0.06) + (17 - age) * 0.035 + (0.04 if sex == "F" else 0)
        swimmers.append(dict(name=nm, sex=sex, age=age, ability=ability, keen=rng.random()))
    swimmers[5]["keen"] = 2.5
    meets = []
    d = date(2024, 1, 20)
    names_m = ["County Winter Open", "Spring Sprint Gala", "League Round 1", "League Round 2", "Summer Long Course Meet",
               "Club Championships", "Autumn Open", "Development Gala", "League Round 3", "Christmas Cracker Gala",
               "Regional Qualifier"]
    k = 0
    while d <= date(2025, 10, 31):
        course = "LC" if d.month in (5, 6, 7) else "SC"
        meets.append((names_m[k % len(names_m)] + " " + str(d.year), d, course))
        k += 1
        d += timedelta(days=rng.choice([28, 35, 42]))
        while d.weekday() != 5:
            d += timedelta(days=1)
    best = {}
    rows = []
    for mname, md, course in meets:
        years = (md - date(2024, 1, 1)).days / 365
        field = [s for s in swimmers if rng.random() < 0.45 + 0.2 * s["keen"]]
        for s in field:
            n_ev = rng.randrange(2, 5) + (2 if s["keen"] > 2 else 0)
            evs = set()
            while len(evs) < n_ev:
                st = rng.choices(list(strokes), weights=[35, 18, 18, 12, 10])[0]
                dist = rng.choice([50, 50, 100, 200]) if st != "IM" else rng.choice([100, 200])
                if st == "IM" and course == "LC":
                    dist = 200
                evs.add((dist, st))
            for dist, st in sorted(evs):
                if st == "IM":
                    b50 = 35.0
                else:
                    b50 = base50[st]
                t = b50 * (dist / 50) * (1 + (dist / 50 - 1) * 0.06) * s["ability"]
                t *= (1 - 0.045 * years * (1 if s["age"] < 14 else 0.6))
                if course == "LC":
                    t *= 1.025
                t *= rng.gauss(1.0, 0.018)
                t = round(t, 2)
                r = rng.random()
                outcome = "ok" if r > 0.075 else ("DQ" if r < 0.045 else "DNS")
                key = (s["name"], dist, st, course)
                pb = False
                if outcome == "ok":
                    if key not in best:  # a first swim of an event sets an entry time, not a PB
                        best[key] = t
                    elif t < best[key]:
                        pb = True
                        best[key] = t
                    mins, secs = divmod(t, 60)
                    if mins:
                        tt = "%d:%05.2f" % (mins, secs)
                    else:
                        tt = "%.2f" % secs if rng.random() < 0.8 else "0:%05.2f" % secs
                else:
                    tt = outcome if rng.random() < 0.8 else outcome.lower()
                ev = "%d %s" % (dist, rng.choice(strokes[st])) if rng.random() < 0.7 else \
                    "%dm %s" % (dist, rng.choice(strokes[st]))
                rows.append([mname, md, course, s, ev, tt, pb, outcome, t if outcome == "ok" else None, (dist, st)])
    # places: within meet & event & sex, by time among club? -> place in the whole race (club swimmers + others)
    out = []
    for mname, md, course, s, ev, tt, pb, outcome, t, evk in rows:
        if outcome == "ok":
            # place among a field of 8: lower time better; use a random field around it
            better = sum(1 for _ in range(7) if rng.random() < min(0.95, max(0.05, (s["ability"] - 0.92) * 2.2)))
            pl = better + 1
            place = str(pl) if rng.random() < 0.6 else {1: "1st", 2: "2nd", 3: "3rd"}.get(pl, "%dth" % pl)
        else:
            place = ""
        pbt = rng.choice(["Y", "Y", "yes", "PB", "Yes"]) if pb else (rng.choice(["N", "no", "", "No"])
                                                                    if outcome == "ok" else "")
        ds = md.isoformat() if rng.random() < 0.5 else "%d %s %d" % (md.day, MON[md.month - 1], md.year)
        crs = {"SC": ["SC", "SC", "25m", "Short Course"], "LC": ["LC", "LC", "50m", "Long Course"]}[course]
        sexv = {"F": ["F", "F", "Female", "f"], "M": ["M", "M", "Male", "m"]}[s["sex"]]
        out.append([mname, ds, rng.choice(crs), s["name"], rng.choice(sexv), s["age"], ev, tt, place, pbt])
    write("swim_results.csv", ["Meet", "Date", "Course", "Swimmer", "Sex", "Age", "Event", "Time", "Place", "PB"], out)


if __name__ == "__main__":
    gen_coop()
    gen_dojo()
    gen_hostel()
    gen_kitchen()
    gen_swim()
