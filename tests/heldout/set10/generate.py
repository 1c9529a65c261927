#!/usr/bin/env python3
"""Held-out set 10: write the datasets under data/ (deterministic, standard library only).

    python3 tests/heldout/set10/generate.py

Running it again reproduces every CSV byte for byte (each dataset has its own seeded random.Random;
nothing iterates a set or a dict whose order could change; money is kept in integer cents and formatted
by hand).

Datasets (see README.md for the mess in each):
    nursery_sales.csv + plants.csv   a plant nursery's till lines (signed: returns negative, dollars, ISO
                                     datetimes, SKUs that lose their leading zeros) + the plants lookup
                                     joined on sku (category, pot size, supplier)
    enrolments.csv                   a language school's course enrolments (day-first dates, student ids
                                     with leading zeros, pound fees with blanks and "waived", hours
                                     attended with word entries)
    foodbank_daily.csv               a food bank's distribution sites, one row per site per open day
                                     (pre-aggregated; US M/D/YYYY dates; closures; "not weighed")
    print_jobs.csv                   a print shop's jobs (ISO 'T' datetimes received and ready, pages with
                                     word entries, rush flag spelled many ways, cancelled jobs)
    carwash.csv                      a car wash's transactions (day-first dd/mm/yyyy HH:MM, signed: refunds
                                     and re-wash credits negative, pounds, membership washes at 0)
"""

import csv
import datetime as dt
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


# ----------------------------------------------------------------------------------------------
# helpers


def write_csv(name, header, rows):
    DATA.mkdir(parents=True, exist_ok=True)
    with open(DATA / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def mess(rng, value, p):
    """value, or with probability p a hand-typed variant of it (case, stray spaces, a trailing period)."""
    if not value or rng.random() >= p:
        return value
    kind = rng.choice(["lower", "upper", "trail", "lead", "double", "period"])
    if kind == "lower":
        return value.lower()
    if kind == "upper":
        return value.upper()
    if kind == "trail":
        return value + " "
    if kind == "lead":
        return " " + value
    if kind == "double":
        if " " in value:
            i = value.index(" ")
            return value[:i] + "  " + value[i + 1:]
        return value + "  "
    return value + "."


def money(cents, rng, sym, p_plain=0.3):
    """Signed money with a point decimal: $1,234.50 / $12.50 / 12.50 / -$12.50 / $12 (whole)."""
    neg = cents < 0
    c = abs(cents)
    whole, frac = divmod(c, 100)
    r = rng.random()
    if r < p_plain:
        body = f"{whole}.{frac:02d}"
    elif r < p_plain + 0.1 and frac == 0:
        body = f"{sym}{whole}"
    else:
        body = f"{sym}{whole:,}.{frac:02d}"
    return ("-" if neg else "") + body


def poisson(rng, lam):
    # Knuth for small lam, normal approx for large
    if lam > 40:
        return max(0, int(round(rng.gauss(lam, lam ** 0.5))))
    import math
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p < L:
            return k
        k += 1


def days(start, end):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


YN = [("Yes", "No"), ("yes", "no"), ("Y", "N"), ("y", "n"), ("TRUE", "FALSE"), ("1", "0")]


# ----------------------------------------------------------------------------------------------
# nursery


PLANTS = [  # name, category, pot, supplier, price cents, weight, spring factor
    ("Lavender Hidcote", "Perennial", "2L", "Greenridge Growers", 899, 9, 1.6),
    ("Salvia Caradonna", "Perennial", "2L", "Greenridge Growers", 949, 6, 1.5),
    ("Geranium Rozanne", "Perennial", "2L", "Greenridge Growers", 1099, 6, 1.4),
    ("Hosta Francee", "Perennial", "3L", "Shadyvale Nursery", 1299, 4, 1.3),
    ("Echinacea Magnus", "Perennial", "2L", "Greenridge Growers", 1049, 4, 1.2),
    ("Hydrangea Annabelle", "Shrub", "5L", "Shadyvale Nursery", 2999, 5, 1.4),
    ("Buddleja Buzz", "Shrub", "3L", "Greenridge Growers", 1899, 4, 1.3),
    ("Boxwood Ball", "Shrub", "10L", "Hollins Topiary", 5499, 3, 1.0),
    ("Rose Gertrude Jekyll", "Shrub", "4L", "Shadyvale Nursery", 2499, 5, 1.5),
    ("Japanese Maple", "Tree", "15L", "Hollins Topiary", 8999, 2, 1.1),
    ("Olive Tree", "Tree", "20L", "Hollins Topiary", 12999, 1.5, 1.0),
    ("Apple Gala Dwarf", "Tree", "12L", "Orchard Lane", 4999, 2, 1.2),
    ("Basil Sweet", "Herb", "9cm", "Orchard Lane", 399, 8, 2.0),
    ("Rosemary", "Herb", "1L", "Orchard Lane", 599, 6, 1.4),
    ("Mint Spearmint", "Herb", "9cm", "Orchard Lane", 399, 6, 1.8),
    ("Thyme Common", "Herb", "9cm", "Orchard Lane", 399, 5, 1.5),
    ("Monstera Deliciosa", "Houseplant", "17cm", "Tropicana Imports", 3499, 4, 0.8),
    ("Snake Plant", "Houseplant", "14cm", "Tropicana Imports", 2199, 5, 0.8),
    ("Peace Lily", "Houseplant", "14cm", "Tropicana Imports", 1899, 5, 0.8),
    ("Pothos Golden", "Houseplant", "12cm", "Tropicana Imports", 1299, 6, 0.8),
    ("Tulip Bulbs (10)", "Bulb", "bag", "Bloembollen BV", 799, 6, 0.0),
    ("Daffodil Bulbs (10)", "Bulb", "bag", "Bloembollen BV", 699, 5, 0.0),
    ("Allium Globemaster", "Bulb", "bag", "Bloembollen BV", 999, 2, 0.0),
    ("Compost 40L", "Sundries", "bag", "Greenridge Growers", 1099, 7, 1.5),
]
SKUS = ["00412", "00418", "00427", "00433", "00451", "01102", "01117", "01125", "01140", "02203", "02210",
        "02234", "00305", "00309", "00312", "00316", "03501", "03507", "03512", "03520", "00060", "00061",
        "00067", "09001"]


def gen_nursery():
    rng = random.Random(1001)
    prow = []
    for sku, (name, cat, pot, sup, price, _, _) in zip(SKUS, PLANTS):
        prow.append([sku, mess(rng, name, 0.05), mess(rng, cat, 0.2), pot, mess(rng, sup, 0.15),
                     money(price, rng, "$", 0.5)])
    write_csv("plants.csv", ["sku", "plant_name", "category", "pot_size", "supplier", "list_price"], prow)

    season = {1: 0.35, 2: 0.5, 3: 1.2, 4: 1.9, 5: 2.1, 6: 1.5, 7: 1.0, 8: 0.8, 9: 1.0, 10: 0.9, 11: 0.6, 12: 0.8}
    out = []
    receipt = 50000
    sales_lines = []
    for d in days(dt.date(2025, 1, 2), dt.date(2025, 12, 30)):
        if d.weekday() == 0:  # closed Mondays
            continue
        wk = 1.7 if d.weekday() >= 5 else 1.0
        n_orders = poisson(rng, 6.0 * season[d.month] * wk)
        for _ in range(n_orders):
            receipt += 1
            channel = rng.choices(["Shop", "Online", "Market Stall"], [60, 28, 12])[0]
            if channel == "Market Stall" and d.weekday() != 5:
                channel = "Shop"
            if channel == "Online":
                hour = rng.choice(range(0, 24))
                if hour < 7 and rng.random() < 0.7:
                    hour += 12
            else:
                hour = rng.choices(range(9, 17), [4, 8, 10, 9, 7, 8, 7, 4])[0]
            ts = dt.datetime(d.year, d.month, d.day, hour, rng.randrange(60), rng.randrange(60))
            nlines = rng.choices([1, 2, 3, 4], [45, 30, 15, 10])[0]
            used = []
            for _ in range(nlines):
                ws = []
                for (name, cat, pot, sup, price, w, spring) in PLANTS:
                    f = w
                    if cat == "Bulb":
                        f *= 3.0 if d.month in (9, 10, 11) else 0.25
                    elif d.month in (3, 4, 5, 6):
                        f *= spring
                    if cat == "Houseplant" and d.month in (11, 12, 1, 2):
                        f *= 1.8
                    ws.append(f)
                i = rng.choices(range(len(PLANTS)), ws)[0]
                if i in used:
                    continue
                used.append(i)
                price = PLANTS[i][4]
                if PLANTS[i][1] in ("Herb", "Perennial", "Bulb"):
                    qty = rng.choices([1, 2, 3, 4, 5, 6], [40, 22, 16, 8, 6, 8])[0]
                else:
                    qty = rng.choices([1, 2, 3], [80, 15, 5])[0]
                # end-of-season discount on perennials in September
                unit = price
                if d.month == 9 and PLANTS[i][1] == "Perennial":
                    unit = price * 7 // 10
                sku = SKUS[i]
                sku_txt = sku.lstrip("0") if rng.random() < 0.12 else sku
                sales_lines.append((receipt, ts, sku, unit, qty, channel))
                out.append([f"R{receipt}", ts.isoformat(sep=" "), sku_txt, qty, money(unit, rng, "$", 0.4),
                            money(unit * qty, rng, "$", 0.3), mess(rng, channel, 0.15), mess(rng, "Sale", 0.08)])
    # returns: a later row, negative qty and total
    for (rec, ts, sku, unit, qty, channel) in sales_lines:
        i = SKUS.index(sku)
        p = 0.05 if PLANTS[i][1] in ("Houseplant", "Tree") else 0.018
        if rng.random() < p:
            rq = rng.randint(1, qty)
            rts = ts + dt.timedelta(days=rng.randint(1, 20), hours=rng.randint(0, 3))
            if rts.year > 2025:
                continue
            if rts.weekday() == 0:
                rts += dt.timedelta(days=1)
            if rts.year > 2025:
                continue
            rts = rts.replace(hour=rng.randint(9, 16))
            sku_txt = sku.lstrip("0") if rng.random() < 0.12 else sku
            out.append([f"R{rec}", rts.isoformat(sep=" "), sku_txt, -rq, money(unit, rng, "$", 0.4),
                        money(-unit * rq, rng, "$", 0.3), mess(rng, "Shop" if channel != "Online" else "Online", 0.15),
                        mess(rng, "Return", 0.1)])
    out.sort(key=lambda r: r[1])
    write_csv("nursery_sales.csv", ["receipt", "sold_at", "sku", "qty", "unit_price", "line_total", "channel",
                                    "type"], out)


# ----------------------------------------------------------------------------------------------
# language school

LANGS = [("Spanish", 30, 320), ("French", 22, 320), ("German", 14, 340), ("Italian", 12, 320),
         ("Japanese", 12, 395), ("Mandarin", 8, 395), ("Portuguese", 5, 320)]
TERMS = [("Autumn 2024", dt.date(2024, 8, 1), dt.date(2024, 9, 20), 30),
         ("Spring 2025", dt.date(2024, 12, 1), dt.date(2025, 1, 17), 30),
         ("Summer 2025", dt.date(2025, 3, 20), dt.date(2025, 4, 25), 20)]
TEACHERS = {"Spanish": ["Lucía Gómez", "Marco Ruiz"], "French": ["Claire Dubois", "Marco Ruiz"],
            "German": ["Jonas Weber"], "Italian": ["Giulia Conti"], "Japanese": ["Aiko Tanaka"],
            "Mandarin": ["Wei Chen"], "Portuguese": ["Lucía Gómez"]}


def gen_school():
    rng = random.Random(2002)
    students = [f"{n:06d}" for n in rng.sample(range(120, 4800), 620)]
    out = []
    eid = 7000
    for term, start, end, hours in TERMS:
        pool = rng.sample(students, 430 if term != "Summer 2025" else 300)
        for sid in pool:
            ncourses = 2 if rng.random() < 0.12 else 1
            langs = []
            for _ in range(ncourses):
                lang, _, base = LANGS[rng.choices(range(len(LANGS)), [x[1] for x in LANGS])[0]]
                if lang in langs:
                    continue
                langs.append(lang)
                eid += 1
                level = rng.choices(["A1", "A2", "B1", "B2", "C1"], [34, 26, 20, 13, 7])[0]
                fmt = rng.choices(["In person", "Online", "Hybrid"], [55, 30, 15])[0]
                fee = base * 100 + (3000 if level in ("B2", "C1") else 0)
                if term == "Summer 2025":
                    fee = fee * 2 // 3
                if fmt == "Online":
                    fee -= 4000
                enrolled = start + dt.timedelta(days=rng.randrange((end - start).days + 1))
                status = rng.choices(["Completed", "Withdrawn"], [86, 14])[0]
                if term == "Summer 2025":
                    status = rng.choices(["Active", "Withdrawn"], [90, 10])[0]
                if status == "Completed":
                    h = max(0, min(hours, int(round(rng.gauss(hours * 0.85, hours * 0.1)))))
                elif status == "Withdrawn":
                    h = rng.randint(0, hours // 3)
                else:
                    h = rng.randint(hours // 3, hours * 2 // 3)
                r = rng.random()
                if r < 0.04:
                    fee_txt = rng.choice(["waived", "Waived", "scholarship"])
                elif r < 0.07:
                    fee_txt = rng.choice(["", "n/a"])
                else:
                    fee_txt = money(fee, rng, "£", 0.35)
                    if rng.random() < 0.05:
                        fee_txt = fee_txt.replace("£", "£ ")
                r = rng.random()
                if r < 0.05:
                    h_txt = rng.choice(["n/a", "", "not recorded"])
                elif status == "Withdrawn" and r < 0.12:
                    h_txt = "withdrew"
                else:
                    h_txt = str(h)
                teacher = rng.choice(TEACHERS[lang])
                sid_txt = sid if rng.random() > 0.1 else sid.lstrip("0")
                out.append([f"E{eid}", sid_txt, enrolled.strftime("%d/%m/%Y"), mess(rng, lang, 0.15), level,
                             mess(rng, term, 0.08), mess(rng, fmt, 0.15), mess(rng, teacher, 0.08), fee_txt,
                             h_txt, mess(rng, status, 0.12)])
    out.sort(key=lambda r: (r[2][6:10], r[2][3:5], r[2][0:2], r[0]))
    write_csv("enrolments.csv", ["enrolment_id", "student_id", "enrolled_on", "language", "level", "term",
                                 "format", "teacher", "fee", "hours_attended", "status"], out)


# ----------------------------------------------------------------------------------------------
# food bank (pre-aggregated: one row per site per open day)

SITES = [  # name, open weekdays, base households
    ("Northgate Church", (1, 4), 62),
    ("Riverside Hall", (0, 2, 4), 41),
    ("Elm Street Depot", (2, 5), 55),
    ("St Brigid's Centre", (3,), 34),
]


def gen_foodbank():
    rng = random.Random(3003)
    out = []
    holidays = {dt.date(2025, 1, 1), dt.date(2025, 5, 26), dt.date(2025, 7, 4), dt.date(2025, 9, 1),
                dt.date(2025, 11, 27), dt.date(2025, 12, 25)}
    for d in days(dt.date(2025, 1, 1), dt.date(2025, 12, 31)):
        for name, wds, base in SITES:
            if d.weekday() not in wds:
                continue
            date_txt = f"{d.month}/{d.day}/{d.year}"
            site_txt = mess(rng, name, 0.12)
            if d in holidays or rng.random() < 0.025:
                out.append([date_txt, site_txt, "closed", "", "", "", "", "", rng.choice(["Closed", "CLOSED", "closed"])])
                continue
            season = 1.0 + (0.25 if d.month in (11, 12, 1) else 0) + (0.12 if d.month in (7, 8) else 0)
            trend = 1.0 + 0.15 * (d.timetuple().tm_yday / 365)
            hh = max(5, int(round(rng.gauss(base * season * trend, base * 0.12))))
            people = int(round(hh * rng.uniform(2.1, 2.7)))
            parcels = hh + poisson(rng, hh * 0.08)
            kg_out = round(parcels * rng.uniform(10.5, 13.5), 1)
            vols = max(3, int(round(rng.gauss(base / 7, 2))))
            kg_in = round(max(0, rng.gauss(kg_out * 0.9, kg_out * 0.35)), 1)
            if d.month == 11 and d.day >= 20 or d.month == 12 and d.day <= 20:
                kg_in = round(kg_in * 1.8, 1)
            kg_out_txt = f"{kg_out:.1f}"
            if rng.random() < 0.03:
                kg_out_txt = rng.choice(["not weighed", "n/a", "", "scale broken"])
            kg_in_txt = f"{kg_in:.1f}" if rng.random() > 0.03 else rng.choice(["", "n/a"])
            out.append([date_txt, site_txt, str(hh), str(people), str(parcels), kg_out_txt, kg_in_txt, str(vols),
                        mess(rng, "Open", 0.1)])
    write_csv("foodbank_daily.csv", ["date", "site", "households", "people", "parcels", "kg_given_out",
                                     "kg_donated", "volunteers", "status"], out)


# ----------------------------------------------------------------------------------------------
# print shop

PRODUCTS = [  # name, weight, pages choices, copies low-high, cents per page-copy colour, bw, setup cents, hours
    ("Flyers", 25, [1, 2], (50, 1000), 18, 6, 500, 6),
    ("Posters", 15, [1], (1, 40), 650, 250, 0, 4),
    ("Business cards", 18, [2], (100, 500), 9, 4, 1500, 30),
    ("Booklets", 12, [8, 12, 16, 24, 32], (10, 200), 14, 5, 2000, 48),
    ("Banners", 6, [1], (1, 3), 4500, 4500, 0, 24),
    ("Thesis binding", 10, [60, 80, 100, 120, 150, 200], (1, 4), 25, 8, 1200, 24),
    ("Document copying", 14, [5, 10, 20, 40, 80], (1, 30), 20, 5, 0, 2),
]


def gen_print():
    rng = random.Random(4004)
    out = []
    jid = 0
    for d in days(dt.date(2025, 1, 6), dt.date(2025, 10, 31)):
        if d.weekday() == 6:
            continue
        n = poisson(rng, 3.0 if d.weekday() == 5 else 5.5)
        if d.month in (4, 5):  # thesis season
            n += poisson(rng, 1.5)
        for _ in range(n):
            jid += 1
            ws = [p[1] * (4 if p[0] == "Thesis binding" and d.month in (4, 5) else 1) for p in PRODUCTS]
            name, _, pages_c, (clo, chi), c_col, c_bw, setup, hrs = PRODUCTS[rng.choices(range(len(PRODUCTS)), ws)[0]]
            cust = rng.choices(["Walk-in", "Business", "Student"], [40, 38, 22])[0]
            if name == "Thesis binding":
                cust = "Student"
            colour = rng.random() < (0.7 if name not in ("Thesis binding", "Document copying") else 0.25)
            pages = rng.choice(pages_c)
            copies = rng.randint(clo, chi)
            if name in ("Flyers", "Business cards"):
                copies = (copies // 50) * 50 or 50
            rush = rng.random() < 0.15
            cents = setup + pages * copies * (c_col if colour else c_bw)
            if rush:
                cents = cents * 3 // 2
            if cust == "Student":
                cents = cents * 9 // 10
            recv = dt.datetime(d.year, d.month, d.day, rng.choices(range(8, 18), [5, 9, 10, 9, 7, 8, 9, 8, 6, 3])[0],
                               rng.randrange(60))
            status = rng.choices(["Collected", "Cancelled", "Ready"], [88, 6, 6])[0]
            if d >= dt.date(2025, 10, 27) and status == "Collected":
                status = "Ready"
            if status == "Cancelled":
                ready_txt = ""
            else:
                h = hrs * (0.4 if rush else 1.0) * rng.uniform(0.6, 1.6)
                ready = recv + dt.timedelta(minutes=int(h * 60))
                ready_txt = ready.strftime("%Y-%m-%dT%H:%M:%S")
            r = rng.random()
            pages_txt = str(pages) if r > 0.05 else rng.choice(["see file", "tbc", "?", "varies"])
            ypair = rng.choice(YN)
            out.append([f"J{jid:05d}", recv.strftime("%Y-%m-%dT%H:%M:%S"), ready_txt, mess(rng, cust, 0.12),
                        mess(rng, name, 0.12), "Colour" if colour else rng.choice(["B&W", "B&W", "Mono"]), pages_txt,
                        str(copies), ypair[0] if rush else ypair[1], money(cents, rng, "$", 0.3),
                        mess(rng, status, 0.1)])
    write_csv("print_jobs.csv", ["job_id", "received", "ready", "customer_type", "product", "colour", "pages",
                                 "copies", "rush", "price", "status"], out)


# ----------------------------------------------------------------------------------------------
# car wash

PACKAGES = [("Basic", 800, 40), ("Deluxe", 1200, 30), ("Ultimate", 1800, 15), ("Interior Valet", 2500, 8)]


def gen_carwash():
    rng = random.Random(5005)
    out = []
    tid = 880000
    sales = []
    for d in days(dt.date(2025, 3, 1), dt.date(2025, 8, 31)):
        wet = rng.random() < (0.35 if d.month in (3, 4) else 0.2)
        base = 38 * (1.6 if d.weekday() >= 5 else 1.0) * (0.55 if wet else 1.0) * (1.15 if d.month in (5, 6) else 1.0)
        n = poisson(rng, base)
        for _ in range(n):
            tid += 1
            h = rng.choices(range(8, 20), [3, 6, 8, 10, 11, 9, 8, 9, 10, 9, 6, 3])[0]
            ts = dt.datetime(d.year, d.month, d.day, h, rng.randrange(60))
            pk, price, _ = PACKAGES[rng.choices(range(4), [p[2] for p in PACKAGES])[0]]
            bay = "Valet Bay" if pk == "Interior Valet" else rng.choice(["Bay 1", "Bay 2", "Bay 3", "Touchless"])
            veh = rng.choices(["Car", "SUV", "Van"], [65, 27, 8])[0]
            amt = price + (300 if veh in ("SUV", "Van") else 0)
            pay = rng.choices(["Card", "Cash", "App", "Membership"], [52, 14, 20, 14])[0]
            if pay == "Membership":
                amt = 0
            sales.append((tid, ts, bay, pk, veh, amt, pay))
    rows = []
    for (tid, ts, bay, pk, veh, amt, pay) in sales:
        rows.append((ts, tid, bay, pk, veh, amt, pay, "Wash"))
        if amt > 0 and rng.random() < 0.03:
            rts = ts + dt.timedelta(minutes=rng.randint(10, 90))
            kind = rng.choice(["Refund", "Re-wash credit"])
            back = amt if kind == "Refund" else amt // 2
            rows.append((rts, tid, bay, pk, veh, -back, pay, kind))
    rows.sort(key=lambda r: (r[0], r[1]))
    out = []
    for (ts, tid, bay, pk, veh, amt, pay, kind) in rows:
        if amt == 0:
            amt_txt = rng.choice(["0.00", "£0.00", "0"])
        else:
            amt_txt = money(amt, rng, "£", 0.3)
        out.append([f"T{tid}", ts.strftime("%d/%m/%Y %H:%M"), mess(rng, bay, 0.1), mess(rng, pk, 0.15),
                    mess(rng, veh, 0.1), amt_txt, mess(rng, pay, 0.12), mess(rng, kind, 0.1)])
    write_csv("carwash.csv", ["txn_id", "date_time", "bay", "package", "vehicle", "amount", "payment", "kind"],
              out)


def main():
    gen_nursery()
    gen_school()
    gen_foodbank()
    gen_print()
    gen_carwash()
    for p in sorted(DATA.glob("*.csv")):
        with open(p, encoding="utf-8") as f:
            print(f"{p.name}: {sum(1 for _ in f) - 1} rows")


if __name__ == "__main__":
    main()
