#!/usr/bin/env python3
"""Writes set 17's datasets into data/ (standard library only, one fixed seed per dataset, byte-for-byte
reproducible).

    python3 tests/heldout/set17/generate.py

Datasets:
    plumbing_jobs.csv + plumbing_customers.csv   a plumbing & heating call-out firm (jobs + customer list)
    climbing_daily.csv                           a climbing centre, one row per day per wall (pre-aggregated)
    bookshop_ledger.csv                          a second-hand bookshop's ledger (signed euros, money in and out)
    phone_repairs.csv                            a phone repair counter's repair tickets
    riding_bookings.csv                          a riding stables' bookings (one row per rider)
"""

import csv
import datetime as dt
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def days(start, end):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


def write(name, header, rows):
    with open(DATA / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def d_mon_y(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def pounds(r, x):
    k = r.random()
    if k < 0.55:
        return f"£{x:,.2f}"
    if k < 0.8:
        return f"{x:.2f}" if x != int(x) else f"{int(x)}"
    return f"£{x:.2f}" if x != int(x) else f"£{int(x)}"


def dollars(r, x):
    k = r.random()
    if k < 0.6:
        return f"${x:,.2f}"
    if k < 0.85:
        return f"{x:.2f}"
    return f"${x:.2f}" if x != int(x) else f"${int(x)}"


def euros(r, x):
    """Signed euros with decimal comma and dot thousands, written a few ways."""
    neg = x < 0
    a = abs(x)
    s = f"{a:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    k = r.random()
    if neg:
        if k < 0.5:
            return f"-€{s}"
        if k < 0.75:
            return f"€-{s}"
        return f"-{s}"
    if k < 0.55:
        return f"€{s}"
    if k < 0.8:
        return s
    return f"€ {s}"


# ------------------------------------------------------------------------------------------------
# plumbing & heating call-outs


def plumbing():
    r = random.Random(1701)
    first = ["Alan", "Beth", "Carl", "Dina", "Ed", "Fiona", "Gita", "Hugh", "Ivy", "Jon", "Kate", "Liam", "Mona",
             "Nick", "Olga", "Pete", "Rosa", "Sean", "Tara", "Umar", "Vera", "Will", "Yusuf", "Zoe"]
    last = ["Adams", "Baker", "Clarke", "Dunn", "Evans", "Ford", "Green", "Hale", "Iqbal", "Jones", "Khan", "Lowe",
            "Moss", "Nash", "Owen", "Patel", "Reid", "Shaw", "Turner", "Webb"]
    towns = ["Ashford", "Kingsnorth", "Willesborough", "Kennington", "Godinton", "Singleton"]
    town_w = [30, 14, 20, 12, 9, 15]
    town_spell = {"Ashford": ["Ashford", "ashford", "ASHFORD"], "Kingsnorth": ["Kingsnorth", "Kingsnorth "],
                  "Willesborough": ["Willesborough", "willesborough"], "Kennington": ["Kennington"],
                  "Godinton": ["Godinton", " Godinton"], "Singleton": ["Singleton", "SINGLETON"]}
    ctypes = ["Homeowner", "Landlord", "Business"]
    yes = ["Yes", "Y", "yes", "TRUE"]
    no = ["No", "N", "no", "FALSE"]
    customers = []
    cust_rows = []
    for i in range(1, 201):
        town = r.choices(towns, town_w)[0]
        ct = r.choices(ctypes, [68, 22, 10])[0]
        cover = r.random() < 0.36
        if i <= 170:
            since = dt.date(2018, 1, 1) + dt.timedelta(days=r.randrange(0, 2556))  # to end of 2024
        else:
            since = dt.date(2025, 1, 2) + dt.timedelta(days=r.randrange(0, 240))
        customers.append({"id": i, "since": since, "type": ct, "cover": cover, "town": town})
        cust_rows.append([f"{i:04d}", f"{r.choice(first)} {r.choice(last)}", r.choice(town_spell[town]),
                          r.choice([ct, ct, ct, ct.lower(), ct.upper()]) if ct != "Business" else ct,
                          r.choice(yes) if cover else r.choice(no), d_mon_y(since)])
    write("plumbing_customers.csv", ["customer_id", "name", "town", "customer_type", "boiler_cover", "customer_since"],
          cust_rows)

    engineers = ["Dave", "Priya", "Tom", "Lena"]
    eng_spell = {"Dave": ["Dave", "dave", "DAVE"], "Priya": ["Priya", " Priya"], "Tom": ["Tom", "tom"],
                 "Lena": ["Lena", "Lena "]}
    types = ["Boiler repair", "Boiler service", "Leak", "Blocked drain", "Radiator", "Emergency callout"]
    type_spell = {"Boiler repair": ["Boiler repair", "boiler repair", "Boiler  repair"],
                  "Boiler service": ["Boiler service", "BOILER SERVICE"], "Leak": ["Leak", "leak"],
                  "Blocked drain": ["Blocked drain", "blocked drain"], "Radiator": ["Radiator", "radiator "],
                  "Emergency callout": ["Emergency callout", "emergency callout", "Emergency Callout"]}
    rows = []
    n = 0
    for d in days(dt.date(2025, 1, 2), dt.date(2025, 12, 23)):
        wd = d.weekday()
        if wd == 6:
            continue
        winter = d.month in (1, 2, 11, 12)
        base = 6 if winter else 4.5
        if d.month in (3, 10):
            base = 5.2
        if wd == 5:
            base *= 0.5
        k = max(1, int(r.gauss(base, 1.6) + 0.5))
        avail = ["Dave", "Priya", "Tom"] + (["Lena"] if d >= dt.date(2025, 4, 1) else [])
        eligible = [c for c in customers if c["since"] <= d]
        for _ in range(k):
            n += 1
            w = [22 if winter else 9, 10 if d.month in (8, 9, 10) else 5, 14, 9, 9 if winter else 5, 10 if winter else 6]
            jt = r.choices(types, w)[0]
            c = r.choice(eligible)
            eng = r.choices(avail, [30, 26, 22, 24][:len(avail)])[0]
            reported = dt.datetime(d.year, d.month, d.day, r.randrange(7, 14), r.randrange(0, 60))
            if jt == "Emergency callout":
                resp = r.randint(20, 150)
            else:
                resp = r.randint(60, 290)
            arrived = reported + dt.timedelta(minutes=resp)
            dur = {"Boiler repair": (60, 230), "Boiler service": (40, 80), "Leak": (30, 160), "Blocked drain": (30, 120),
                   "Radiator": (40, 150), "Emergency callout": (30, 170)}[jt]
            mins = r.randint(*dur)
            if r.random() < 0.03:
                mins = r.randint(215, 250)
            if 178 <= mins <= 182:
                mins = 176  # nobody books exactly three hours
            finished = arrived + dt.timedelta(minutes=mins)
            u = r.random()
            status = "Completed" if u < 0.86 else ("Cancelled" if u < 0.94 else "No access")
            cid = str(c["id"]) if r.random() < 0.5 else f"{c['id']:04d}"
            rep_s = reported.strftime("%Y-%m-%dT%H:%M:%S")
            if status == "Cancelled":
                arr_s = fin_s = ""
                labour = r.choice(["", "0", "£0.00"])
                parts = ""
                st = r.choice(["Cancelled", "cancelled", "Canceled"])
            elif status == "No access":
                arr_s = arrived.strftime("%Y-%m-%dT%H:%M:%S")
                fin_s = ""
                labour = pounds(r, 45.0)
                parts = r.choice(["", "n/a"])
                st = r.choice(["No access", "no access", "No Access"])
            else:
                arr_s = arrived.strftime("%Y-%m-%dT%H:%M:%S")
                fin_s = finished.strftime("%Y-%m-%dT%H:%M:%S")
                if jt == "Boiler service":
                    lab = 85.0 if d < dt.date(2025, 7, 1) else 90.0
                else:
                    rate = 95.0 if jt == "Emergency callout" else 62.0
                    lab = 40.0 + rate * round(mins / 60 * 2) / 2
                labour = pounds(r, lab)
                if jt in ("Boiler repair", "Radiator", "Leak") and r.random() < 0.75:
                    pv = round(r.uniform(8, 260 if jt == "Boiler repair" else 90), 2)
                    parts = pounds(r, pv)
                elif jt == "Emergency callout" and r.random() < 0.4:
                    parts = pounds(r, round(r.uniform(5, 60), 2))
                else:
                    parts = r.choice(["", "n/a", "none", "£0.00", "0"])
                st = r.choice(["Completed", "Completed", "completed", "COMPLETED", "Done"]) if False else \
                    r.choice(["Completed", "Completed", "completed", "COMPLETED"])
            rows.append([f"J{n:05d}", cid, r.choice(eng_spell[eng]), r.choice(type_spell[jt]), rep_s, arr_s, fin_s,
                         labour, parts, st])
    write("plumbing_jobs.csv", ["job_ref", "customer_id", "engineer", "job_type", "reported", "arrived", "finished",
                                "labour", "parts", "status"], rows)


# ------------------------------------------------------------------------------------------------
# climbing centre, per day per wall


def climbing():
    r = random.Random(1702)
    walls = ["Bouldering Cave", "Lead Wall", "Auto-belay Zone", "Kids Wall"]
    spell = {"Bouldering Cave": ["Bouldering Cave", "bouldering cave", "Bouldering  Cave"],
             "Lead Wall": ["Lead Wall", "LEAD WALL", "Lead wall"],
             "Auto-belay Zone": ["Auto-belay Zone", "auto-belay zone", "Auto-Belay Zone"],
             "Kids Wall": ["Kids Wall", "kids wall", "Kids Wall "]}
    base = {"Bouldering Cave": 62, "Lead Wall": 28, "Auto-belay Zone": 34, "Kids Wall": 22}
    growth = {"Bouldering Cave": 0.012, "Lead Wall": 0.03, "Auto-belay Zone": 0.005, "Kids Wall": 0.02}
    price = {"Bouldering Cave": 14.0, "Lead Wall": 17.0, "Auto-belay Zone": 13.0, "Kids Wall": 11.0}
    easter = dt.date(2025, 4, 20)
    lead_reset = {dt.date(2025, 1, 14), dt.date(2025, 1, 15), dt.date(2025, 2, 11), dt.date(2025, 3, 11),
                  dt.date(2025, 3, 12), dt.date(2025, 4, 8), dt.date(2025, 5, 13), dt.date(2025, 6, 10)}
    cave_closed = {dt.date(2025, 2, 3), dt.date(2025, 2, 4), dt.date(2025, 2, 5), dt.date(2025, 5, 19),
                   dt.date(2025, 5, 20)}
    rows = []
    for d in days(dt.date(2025, 1, 1), dt.date(2025, 6, 30)):
        wd = d.weekday()
        mult = {0: 0.8, 1: 0.9, 2: 1.0, 3: 1.05, 4: 1.15, 5: 1.6, 6: 1.35}[wd]
        if d.month == 4 and 5 <= d.day <= 21:
            mult *= 1.2  # Easter holidays
        mi = (d - dt.date(2025, 1, 1)).days / 30.0
        for w in walls:
            ds = f"{d.month}/{d.day}/{d.year}"
            closed = None
            if d == dt.date(2025, 1, 1) or d == easter:
                closed = "bank holiday - centre closed"
            elif w == "Lead Wall" and d in lead_reset:
                closed = "route reset"
            elif w == "Bouldering Cave" and d in cave_closed:
                closed = "matting replaced" if d.month == 2 else "flooring repair"
            elif w == "Kids Wall" and wd in (0, 1):
                closed = "kids wall closed Mon/Tue"
            if closed:
                rows.append([ds, r.choice(spell[w]), r.choice(["0", ""]), r.choice(["0", ""]), r.choice(["", "$0.00"]),
                             "", r.choice(["Closed", "closed", "CLOSED"]), closed])
                continue
            kid_mult = 1.0
            if w == "Kids Wall" and wd in (5, 6):
                kid_mult = 1.5
            lam = base[w] * mult * kid_mult * (1 + growth[w] * mi) * (1.25 if w == "Kids Wall" and d.month == 4 else 1)
            climbers = max(3, int(r.gauss(lam, lam * 0.14) + 0.5))
            members = int(climbers * r.uniform(0.25, 0.45))
            passes = climbers - members
            p = price[w] + (1.0 if d >= dt.date(2025, 4, 1) else 0.0)
            shoes = int(passes * r.uniform(0.25, 0.5)) if w != "Kids Wall" else int(passes * r.uniform(0.1, 0.2))
            tak = passes * p + shoes * 4.0 + round(r.uniform(0, 60), 2)
            shoe_s = str(shoes)
            if r.random() < 0.05:
                shoe_s = r.choice(["n/a", "not counted", ""])
            rows.append([ds, r.choice(spell[w]), str(climbers), str(passes), dollars(r, round(tak, 2)), shoe_s,
                         r.choice(["Open", "open", "OPEN", "Open"]), ""])
    write("climbing_daily.csv", ["date", "wall", "climbers", "day_passes", "takings", "shoe_hires", "status", "note"],
          rows)


# ------------------------------------------------------------------------------------------------
# second-hand bookshop ledger (signed euros)


def bookshop():
    r = random.Random(1703)
    rows = []
    n = 0
    shop_spell = ["Shop sale", "shop sale", "Shop Sale", "SHOP SALE"]
    online_spell = ["Online sale", "online sale", "Online Sale"]
    buy_spell = ["Buy-in", "buy-in", "Buy in", "BUY-IN"]
    genres = ["Fiction", "Crime", "History", "Children's", "Art", "Travel", "Cookery", "Poetry", "Science"]

    def add(d, kind, desc, amt, pay, status=""):
        nonlocal n
        n += 1
        rows.append([f"{n:05d}", d.strftime("%d/%m/%Y"), kind, desc, euros(r, amt), pay, status])

    for d in days(dt.date(2025, 1, 1), dt.date(2025, 12, 31)):
        wd = d.weekday()
        if d.day == 1:
            add(d, r.choice(["Rent", "rent"]), "Shop rent", -1200.0, "Bank transfer")
        if wd == 0:  # closed Mondays; weekly postage run on Monday for online orders
            continue
        if d in (dt.date(2025, 1, 1), dt.date(2025, 12, 25), dt.date(2025, 12, 26)):
            continue
        season = 1.0 + (0.35 if d.month in (7, 8) else 0) + (0.5 if d.month == 12 else 0) + (0.15 if d.month == 11 else 0)
        mult = {1: 0.8, 2: 0.85, 3: 0.95, 4: 1.1, 5: 1.5, 6: 1.3}[wd]
        ns = max(1, int(r.gauss(8 * season * mult, 2) + 0.5))
        for _ in range(ns):
            amt = round(r.choice([2, 3, 3.5, 4, 5, 6, 7.5, 8, 10, 12, 15, 18, 25]) * r.choice([1, 1, 1, 2]), 2)
            pay = r.choices(["Cash", "Card"], [42, 58])[0]
            pay = r.choice({"Cash": ["Cash", "cash", "CASH"], "Card": ["Card", "card", "Card "]}[pay])
            add(d, r.choice(shop_spell), f"{r.choice(genres)} x{r.choice([1, 1, 1, 2, 3])}", amt, pay)
            if r.random() < 0.012:
                add(d, r.choice(shop_spell), "keyed twice", amt, pay, r.choice(["VOID", "void", "Void"]))
        no = max(0, int(r.gauss(2.2 * (1.1 if d.month >= 9 else 1.0), 1.2) + 0.5))
        for _ in range(no):
            amt = round(r.uniform(6, 45), 2)
            add(d, r.choice(online_spell), f"{r.choice(genres)} (web order)", amt, r.choice(["PayPal", "paypal", "Card"]))
        nb = max(0, int(r.gauss(1.3 if d.month not in (1, 2) else 1.8, 1.0) + 0.5))
        for _ in range(nb):
            if r.random() < 0.06:
                amt = round(r.uniform(160, 420) / 5) * 5.0
            else:
                amt = round(r.uniform(5, 90) / 2.5) * 2.5
            if 95 <= amt <= 105:
                amt = 90.0
            pay = r.choices(["Cash", "Bank transfer"], [70, 30])[0]
            add(d, r.choice(buy_spell), r.choice(["box of paperbacks", "house clearance", "single title",
                                                  "collection", "bag of children's books"]), -amt, pay)
            if r.random() < 0.02:
                add(d, r.choice(buy_spell), "entered twice", -amt, pay, r.choice(["VOID", "void"]))
        if r.random() < 0.06:
            add(d, r.choice(["Refund", "refund", "REFUND"]), "returned book", -round(r.choice([3, 5, 6, 8, 12, 15]), 2),
                r.choice(["Cash", "Card"]))
        if wd == 1:
            add(d, r.choice(["Postage", "postage"]), "weekly post office run", -round(r.uniform(18, 55), 2), "Card")
        if wd == 6 and d.day <= 7:
            pass
    # card fees at month end
    for m in range(1, 13):
        last = (dt.date(2025, m + 1, 1) - dt.timedelta(days=1)) if m < 12 else dt.date(2025, 12, 31)
        n += 1
        rows.append([f"{n:05d}", last.strftime("%d/%m/%Y"), r.choice(["Card fees", "card fees"]), "terminal fees",
                     euros(r, -round(r.uniform(38, 70), 2)), "Bank transfer", ""])
    rows.sort(key=lambda x: (x[1][6:10], x[1][3:5], x[1][0:2], x[0]))
    # entry numbers follow date order
    out = []
    for i, row in enumerate(rows, 1):
        row[0] = f"{i:05d}"
        out.append(row)
    write("bookshop_ledger.csv", ["entry_no", "date", "type", "description", "amount", "payment", "status"], out)


# ------------------------------------------------------------------------------------------------
# phone repair counter


def phones():
    r = random.Random(1704)
    brands = ["Apple", "Samsung", "Google", "Motorola", "OnePlus"]
    bw = [44, 31, 10, 9, 6]
    models = {"Apple": ["iPhone 12", "iPhone 13", "iPhone 14", "iPhone 15", "iPhone SE"],
              "Samsung": ["Galaxy S21", "Galaxy S23", "Galaxy A54", "Galaxy A14"],
              "Google": ["Pixel 7", "Pixel 8"], "Motorola": ["Moto G54", "Moto G84"], "OnePlus": ["OnePlus 11", "Nord 3"]}
    brand_spell = {"Apple": ["Apple", "apple", "APPLE"], "Samsung": ["Samsung", "samsung", "Samsung "],
                   "Google": ["Google", "google"], "Motorola": ["Motorola", "motorola"], "OnePlus": ["OnePlus", "Oneplus"]}
    repairs = ["Screen", "Battery", "Charging port", "Back glass", "Water damage", "Camera"]
    rw = [40, 24, 12, 9, 8, 7]
    rep_spell = {"Screen": ["Screen", "screen", "Screen replacement"], "Battery": ["Battery", "battery"],
                 "Charging port": ["Charging port", "charging port"], "Back glass": ["Back glass", "back glass"],
                 "Water damage": ["Water damage", "water damage", "Water Damage"], "Camera": ["Camera", "camera"]}
    price = {"Screen": (89, 259), "Battery": (59, 99), "Charging port": (55, 85), "Back glass": (79, 149),
             "Water damage": (69, 129), "Camera": (79, 169)}
    techs = ["Sam", "Ana", "Kofi"]
    tech_spell = {"Sam": ["Sam", "sam"], "Ana": ["Ana", "ANA", "Ana "], "Kofi": ["Kofi", "kofi"]}
    yes = ["Yes", "Y", "y", "yes", "YES"]
    no = ["No", "N", "n", "no", "NO"]
    rows = []
    n = 0
    for d in days(dt.date(2025, 1, 2), dt.date(2025, 6, 28)):
        wd = d.weekday()
        if wd == 6:
            continue
        mult = {0: 1.1, 1: 0.8, 2: 0.85, 3: 0.9, 4: 1.0, 5: 1.45}[wd]
        k = max(1, int(r.gauss(8.5 * mult * (1 + 0.02 * (d.month - 1)), 2.0) + 0.5))
        for _ in range(k):
            n += 1
            b = r.choices(brands, bw)[0]
            rep = r.choices(repairs, rw)[0]
            lo, hi = price[rep]
            quote = float(r.randrange(lo, hi + 1, 5)) - 0.01 + 0.01  # whole dollars in steps of 5
            if b == "Apple":
                quote += 20
            received = dt.datetime(d.year, d.month, d.day, r.randrange(9, 17), r.randrange(0, 60))
            tech = r.choices(techs, [36, 34, 30])[0]
            warranty = r.random() < 0.12
            u = r.random()
            if rep == "Water damage":
                status = "Collected" if u < 0.6 else ("Unrepairable" if u < 0.88 else "Cancelled")
            else:
                status = "Collected" if u < 0.84 else ("Unrepairable" if u < 0.87 else ("Cancelled" if u < 0.95 else "Ready"))
            if status == "Ready" and d < dt.date(2025, 6, 1):
                status = "Collected"
            hours = {"Screen": (1, 6), "Battery": (1, 4), "Charging port": (2, 8), "Back glass": (3, 30),
                     "Water damage": (20, 70), "Camera": (2, 28)}[rep]
            mins = r.randint(hours[0] * 60, hours[1] * 60)
            if r.random() < 0.1:
                mins = r.randint(26 * 60, 96 * 60)  # waiting for parts
            if 23 * 60 <= mins <= 25 * 60:
                mins = 22 * 60
            ready = received + dt.timedelta(minutes=mins)
            if status == "Cancelled":
                ready_s = ""
                paid = ""
                st = r.choice(["Cancelled", "cancelled", "Canceled"])
            elif status == "Unrepairable":
                ready_s = f"{d_mon_y(ready.date())} {ready:%H:%M}"
                paid = r.choice(["$15.00", "15", "$15"])
                st = r.choice(["Unrepairable", "unrepairable", "Can't fix"])
                if st == "Can't fix":
                    st = "Unrepairable"
            elif status == "Ready":
                ready_s = f"{d_mon_y(ready.date())} {ready:%H:%M}"
                paid = ""
                st = r.choice(["Ready", "ready", "Ready for collection"])
                if st == "Ready for collection":
                    st = "Ready"
            else:
                ready_s = f"{d_mon_y(ready.date())} {ready:%H:%M}"
                paid = r.choice(["$0.00", "0", "$0"]) if warranty else dollars(r, quote)
                st = r.choice(["Collected", "collected", "COLLECTED", "Collected"])
            rows.append([str(1000 + n), f"{d_mon_y(d)} {received:%H:%M}", r.choice(brand_spell[b]),
                         r.choice(models[b]), r.choice(rep_spell[rep]), dollars(r, quote), paid,
                         r.choice(yes) if warranty else r.choice(no), r.choice(tech_spell[tech]), ready_s, st])
    write("phone_repairs.csv", ["ticket", "received", "brand", "model", "repair", "quote", "paid", "warranty",
                                "technician", "ready", "status"], rows)


# ------------------------------------------------------------------------------------------------
# riding stables, one row per rider


def riding():
    r = random.Random(1705)
    horses = ["Biscuit", "Duchess", "Merlin", "Pepper", "Rosie", "Shadow", "Toffee", "Willow", "Jasper"]
    pony = ["Biscuit", "Toffee", "Pepper"]
    big = ["Duchess", "Merlin", "Rosie", "Shadow", "Willow", "Jasper"]
    horse_spell = {h: [h, h.lower(), h + " "] for h in horses}
    acts = ["Private lesson", "Group lesson", "Hack", "Pony ride", "Pub ride"]
    act_spell = {"Private lesson": ["Private lesson", "private lesson", "Private Lesson"],
                 "Group lesson": ["Group lesson", "group lesson", "Group  lesson"],
                 "Hack": ["Hack", "hack", "HACK"], "Pony ride": ["Pony ride", "pony ride"],
                 "Pub ride": ["Pub ride", "pub ride"]}
    instructors = ["Claire", "Megan", "Josh"]
    ins_spell = {"Claire": ["Claire", "claire"], "Megan": ["Megan", "Megan ", "MEGAN"], "Josh": ["Josh", "josh"]}
    yes = ["Yes", "Y", "yes", "true", "TRUE"]
    no = ["No", "N", "no", "false", "FALSE"]
    rows = []
    n = 0
    rained = {dt.date(2025, 3, 15), dt.date(2025, 4, 26), dt.date(2025, 6, 7), dt.date(2025, 7, 19),
              dt.date(2025, 9, 20), dt.date(2025, 10, 18), dt.date(2025, 10, 25)}
    for d in days(dt.date(2025, 3, 4), dt.date(2025, 10, 31)):
        wd = d.weekday()
        if wd == 0:
            continue
        late = d >= dt.date(2025, 7, 1)
        summer = d.month in (7, 8)
        sessions = []
        # private lessons
        for _ in range(max(0, int(r.gauss(3.0 if wd < 5 else 4.5, 1.2) + 0.5))):
            sessions.append(("Private lesson", 1, 45, 48.0 if late else 45.0))
        # group lessons (weekends + Wed evening)
        if wd in (2, 5, 6):
            for _ in range(1 if wd == 2 else 2):
                sessions.append(("Group lesson", r.randint(2, 6), 60, 32.0))
        # hacks
        for _ in range(max(0, int(r.gauss(1.5 + (1.2 if summer else 0) + (1.0 if wd >= 5 else 0), 0.9) + 0.5))):
            sessions.append(("Hack", r.randint(1, 4), r.choice([60, 60, 90, 120]), None))
        # pony rides
        for _ in range(max(0, int(r.gauss(1.5 + (2.5 if summer else 0) + (1.5 if wd >= 5 else 0), 1.0) + 0.5))):
            sessions.append(("Pony ride", 1, 30, 20.0))
        if wd == 6 and d.month in (5, 6, 7, 8, 9):
            sessions.append(("Pub ride", r.randint(3, 6), 180, 75.0))
        for act, nr, mins, pr in sessions:
            hour = r.randrange(9, 17) if act != "Pub ride" else 11
            if act == "Group lesson" and wd == 2:
                hour = 18
            ins = r.choices(instructors, [38, 35, 27])[0]
            pool = list(pony if act == "Pony ride" else big)
            r.shuffle(pool)
            weather = d in rained and act != "Private lesson"
            for i in range(nr):
                n += 1
                horse = pool[i % len(pool)]
                price = pr if pr is not None else {60: 40.0, 90: 55.0, 120: 70.0}[mins]
                u = r.random()
                if weather:
                    status = "Rained off"
                elif u < 0.07:
                    status = "Cancelled"
                elif u < 0.115:
                    status = "No-show"
                else:
                    status = "Completed"
                first_time = r.random() < (0.45 if act == "Pony ride" else 0.18)
                if status in ("Cancelled", "Rained off"):
                    price_s = r.choice(["", "0", "£0.00"])
                    st = r.choice(["Cancelled", "cancelled", "Canceled"]) if status == "Cancelled" else \
                        r.choice(["Rained off", "rained off", "Rained Off"])
                else:
                    price_s = pounds(r, price)
                    st = r.choice(["Completed", "completed", "Completed"]) if status == "Completed" else \
                        r.choice(["No-show", "no show", "No show"])
                mins_s = str(mins)
                if status == "Completed" and r.random() < 0.04:
                    mins_s = r.choice(["n/a", "unknown", ""])
                rows.append([f"B{n:05d}", d.isoformat(), f"{hour:02d}:00", r.choice(act_spell[act]),
                             r.choice(horse_spell[horse]), r.choice(ins_spell[ins]), mins_s, price_s,
                             r.choice(yes) if first_time else r.choice(no), st])
    write("riding_bookings.csv", ["booking_id", "date", "time", "activity", "horse", "instructor", "minutes", "price",
                                  "first_time", "status"], rows)


if __name__ == "__main__":
    DATA.mkdir(parents=True, exist_ok=True)
    plumbing()
    climbing()
    bookshop()
    phones()
    riding()
    for p in sorted(DATA.glob("*.csv")):
        print(p.name, sum(1 for _ in open(p, encoding="utf-8")) - 1, "rows")
