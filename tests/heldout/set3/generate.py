#!/usr/bin/env python3
"""Held-out set 3: write the datasets under data/ (deterministic, standard library only).

    python3 tests/heldout/set3/generate.py

Running it again reproduces every CSV byte for byte (each dataset has its own seeded
random.Random; nothing iterates a set or a dict whose order could change; money is kept in
integer cents and formatted by hand).

Datasets (see README.md for the mess in each):
    pos_lines.csv + menu.csv   restaurant till lines + menu lookup (day-first datetimes; sales = qty x menu price)
    meter_bills.csv            household electricity bills (US dates, signed amounts: credits are negative,
                               peak_share is a fraction 0-1)
    applications.csv           job applications / recruiting pipeline (day-first dates, salary strings)
    route_days.csv             bus route punctuality, one row per route per day (pre-aggregated counts)
    incidents.csv              IT incident log (ISO datetimes with seconds, h:mm time to resolve)
    claims.csv                 insurance claims (US dates, money strings, fraud_score 0-1)
"""

import csv
import datetime as dt
import math
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
    """Return value, or with probability p one of the spellings a hand-kept export gets."""
    if not value or rng.random() >= p:
        return value
    kind = rng.choice(["lower", "upper", "lead", "trail", "double", "period", "lower_trail"])
    if kind == "lower":
        return value.lower()
    if kind == "upper":
        return value.upper()
    if kind == "lead":
        return " " + value
    if kind == "trail":
        return value + " "
    if kind == "double":
        if " " in value:
            i = value.index(" ")
            return value[:i] + "  " + value[i + 1:]
        return value + "  "
    if kind == "period":
        return value + "."
    return value.lower() + " "


def fmt_cents(cents, style):
    """Money from integer cents: dollar_sep $1,234.50 | sep 1,234.50 | plain 1234.50 | dollar_plain $1234.50
    | whole (1234 when the cents are zero, else plain)."""
    neg = cents < 0
    whole, frac = divmod(abs(cents), 100)
    if style == "whole":
        s = str(whole) if frac == 0 else f"{whole}.{frac:02d}"
        return ("-" if neg else "") + s
    w = f"{whole:,}" if style in ("dollar_sep", "sep") else str(whole)
    s = f"{w}.{frac:02d}"
    if style.startswith("dollar"):
        s = "$" + s
    return ("-" if neg else "") + s


def pick_style(rng, weights=(40, 25, 20, 10, 5)):
    return rng.choices(["dollar_sep", "sep", "plain", "dollar_plain", "whole"], weights=weights)[0]


def poisson(rng, lam):
    # Knuth; lam is small here
    limit = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def days(start, end):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


def month_len(year, month):
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def missing_word(rng):
    return rng.choice(["", "n/a", "-"])


# ----------------------------------------------------------------------------------------------
# 1. restaurant till lines + menu lookup

MENU = [  # code, name, category, price in cents, popularity within its course
    ("S01", "Garlic Bread", "Starters", 750, 10),
    ("S02", "Bruschetta", "Starters", 900, 7),
    ("S03", "Salt & Pepper Calamari", "Starters", 1450, 6),
    ("S04", "Soup of the Day", "Starters", 1100, 3),
    ("M01", "Ribeye Steak", "Mains", 3800, 6),
    ("M02", "Chicken Parmigiana", "Mains", 2750, 12),
    ("M03", "Fish and Chips", "Mains", 2400, 9),
    ("M04", "Mushroom Risotto", "Mains", 2300, 5),
    ("M05", "Slow-cooked Lamb Shank", "Mains", 3200, 4),
    ("M06", "Beef Burger", "Mains", 2150, 10),
    ("P01", "Margherita Pizza", "Pizza", 1900, 11),
    ("P02", "Pepperoni Pizza", "Pizza", 2200, 9),
    ("P03", "Quattro Formaggi Pizza", "Pizza", 2450, 4),
    ("P04", "Vegetarian Pizza", "Pizza", 2100, 3),
    ("A01", "Spaghetti Bolognese", "Pasta", 2250, 7),
    ("A02", "Fettuccine Carbonara", "Pasta", 2350, 6),
    ("A03", "Pumpkin Gnocchi", "Pasta", 2400, 3),
    ("D01", "Fries", "Sides", 700, 10),
    ("D02", "Garden Salad", "Sides", 850, 5),
    ("D03", "Steamed Greens", "Sides", 800, 2),
    ("T01", "Tiramisu", "Desserts", 1200, 8),
    ("T02", "Chocolate Lava Cake", "Desserts", 1350, 6),
    ("T03", "Gelato Trio", "Desserts", 950, 4),
    ("B01", "Soft Drink", "Drinks", 450, 12),
    ("B02", "Flat White", "Drinks", 480, 7),
    ("B03", "House Red Glass", "Drinks", 1200, 8),
    ("B04", "Craft Beer", "Drinks", 1100, 9),
    ("B05", "Sparkling Water", "Drinks", 600, 4),
    ("B06", "Lemon Lime Bitters", "Drinks", 550, 3),
]
SERVERS = ["Ana Torres", "Ben Walsh", "Chloe Martin", "Dmitri Ivanov", "Esi Mensah"]
SERVER_W = [9, 5, 6, 4, 3]


def gen_pos():
    rng = random.Random(31001)
    menu_rows = []
    for code, name, cat, cents, _w in MENU:
        style = rng.choice(["dollar_sep", "plain", "whole", "dollar_plain"])
        price = fmt_cents(cents, style)
        if style == "plain" and cents % 100 == 50 and rng.random() < 0.5:
            price = price[:-1]  # 7.5
        menu_rows.append([code, name, mess(rng, cat, 0.45), price])
    write_csv("menu.csv", ["item_code", "item_name", "category", "price"], menu_rows)

    by_cat = {}
    for code, _name, cat, _c, w in MENU:
        by_cat.setdefault(cat, []).append((code, w))

    def pick(cat):
        items = by_cat[cat]
        return rng.choices([c for c, _ in items], weights=[w for _, w in items])[0]

    lunch_h = {11: 2, 12: 6, 13: 5, 14: 1}
    dinner_h = {17: 2, 18: 5, 19: 9, 20: 5, 21: 1}
    lunch_lam = [0, 4.5, 4.5, 5, 5.5, 7, 9]  # Monday closed
    dinner_lam = [0, 6, 6.5, 7, 11, 13.5, 5.5]
    month_f = {3: 1.0, 4: 1.04, 5: 1.12}
    tickets = []
    for d in days(dt.date(2024, 3, 1), dt.date(2024, 5, 31)):
        wd = d.weekday()
        if wd == 0:
            continue
        for service, lam, hw in (("lunch", lunch_lam[wd], lunch_h), ("dinner", dinner_lam[wd], dinner_h)):
            # the roster: weighted, without replacement
            pool, weights, roster = list(SERVERS), list(SERVER_W), []
            for _ in range(2 if service == "lunch" else 3):
                s = rng.choices(pool, weights=weights)[0]
                i = pool.index(s)
                roster.append(s)
                pool.pop(i)
                weights.pop(i)
            for _ in range(poisson(rng, lam * month_f[d.month])):
                hour = rng.choices(list(hw), weights=list(hw.values()))[0]
                minute = rng.randrange(30, 60) if hour in (11, 17) else rng.randrange(0, 60)
                if hour in (14, 21):
                    minute = rng.randrange(0, 30)
                when = dt.datetime(d.year, d.month, d.day, hour, minute)
                tickets.append((when, service, roster))
    tickets.sort(key=lambda t: t[0])
    out = []
    line_id = 1
    for tno, (when, service, roster) in enumerate(tickets, start=10001):
        r = rng.random()
        if service == "dinner":
            channel = "Dine-in" if r < 0.68 else "Takeaway" if r < 0.8 else "Delivery"
        else:
            channel = "Dine-in" if r < 0.58 else "Takeaway" if r < 0.88 else "Delivery"
        if channel == "Dine-in":
            party = rng.choices([1, 2, 3, 4, 5, 6], weights=[8, 38, 14, 24, 8, 8])[0]
        else:
            party = rng.choices([1, 2, 3, 4], weights=[40, 35, 12, 13])[0]
        server = "Online" if channel == "Delivery" else rng.choice(roster)
        channel_s = mess(rng, channel, 0.2)
        stamp = when.strftime("%d/%m/%Y %H:%M")
        items = {}

        def add(code, n=1):
            items[code] = items.get(code, 0) + n

        for _ in range(party):
            course = rng.choices(["Mains", "Pizza", "Pasta"], weights=[50, 30, 20] if service == "dinner"
                                 else [40, 35, 25])[0]
            add(pick(course))
            if rng.random() < (0.85 if channel == "Dine-in" else 0.45):
                add(pick("Drinks"))
            if rng.random() < (0.3 if service == "dinner" and channel == "Dine-in" else 0.08):
                add(pick("Desserts"))
            if rng.random() < 0.2:
                add(pick("Sides"))
        for _ in range(rng.choice([0, 0, 1, 1, 2]) if party >= 2 and channel == "Dine-in" else
                       (1 if rng.random() < 0.15 else 0)):
            add(pick("Starters"))
        for code, n in items.items():
            note = rng.choice(["no onion", "gluten free", "extra sauce", "well done"]) if rng.random() < 0.03 else ""
            out.append([line_id, tno, stamp, channel_s, server, code, n, note])
            line_id += 1
        if rng.random() < 0.025:
            code = rng.choice(list(items))
            out.append([line_id, tno, stamp, channel_s, server, code, -1,
                        rng.choice(["comp - cold food", "refund", "wrong item", "customer complaint"])])
            line_id += 1
    write_csv("pos_lines.csv", ["line_id", "ticket_no", "opened_at", "channel", "server", "item_code", "qty",
                                "note"], out)


# ----------------------------------------------------------------------------------------------
# 2. household electricity bills

SUBURBS = {  # weight, usage multiplier, 2024 usage factor, solar share
    "Riverbend": (40, 1.0, 0.975, 0.25),
    "Oak Park": (34, 1.12, 1.02, 0.2),
    "Hillcrest": (30, 0.95, 0.99, 0.45),
    "Lakeside": (30, 1.05, 0.965, 0.3),
    "Marsh Creek": (26, 1.22, 0.87, 0.2),
}
USE_SEASON = {1: 1.36, 2: 1.22, 3: 1.02, 4: 0.88, 5: 0.84, 6: 0.96, 7: 1.16, 8: 1.14, 9: 0.9, 10: 0.85,
              11: 1.0, 12: 1.28}
SUN = {1: 0.45, 2: 0.6, 3: 0.85, 4: 1.0, 5: 1.15, 6: 1.3, 7: 1.32, 8: 1.2, 9: 1.0, 10: 0.8, 11: 0.55, 12: 0.42}


def gen_meters():
    rng = random.Random(32002)
    homes = []
    names = list(SUBURBS)
    for i in range(160):
        sub = rng.choices(names, weights=[SUBURBS[s][0] for s in names])[0]
        _w, mult, _f, solar_p = SUBURBS[sub]
        tou = rng.random() < 0.45
        solar = rng.random() < solar_p
        base = clamp(rng.gauss(520, 150), 180, 1100) * mult
        start = 0 if rng.random() < 0.86 else rng.randint(2, 20)   # month index 0..23 of the first bill
        end = 23 if rng.random() < 0.95 else rng.randint(start + 3, 22)
        export = clamp(rng.gauss(520, 140), 250, 900) if solar else 0
        homes.append((f"H-{1001 + i}", sub, tou, solar, base, start, end, export))
    out = []
    for k in range(24):
        year, month = 2023 + k // 12, k % 12 + 1
        end_day = dt.date(year, month, month_len(year, month))
        for hid, sub, tou, solar, base, start, end, export in homes:
            if k < start or k > end:
                continue
            f = SUBURBS[sub][2] if year == 2024 else 1.0
            kwh = max(60, round(base * USE_SEASON[month] * f * (0.62 if solar else 1.0) * rng.gauss(1.0, 0.08)))
            exp_kwh = round(export * SUN[month] * rng.gauss(1.0, 0.1)) if solar else 0
            rate = (28 if tou else 31) if year == 2023 else (30 if tou else 33)  # cents per kWh
            supply = (105 if year == 2023 else 112) * end_day.day
            feed_in = 20 if year == 2023 else 16  # cents per exported kWh
            cents = supply + kwh * rate - exp_kwh * feed_in
            peak = clamp(rng.gauss(0.31 if tou else 0.41, 0.05), 0.08, 0.9)
            m = rng.random()
            if m < 0.035:
                kwh_s, peak_s = missing_word(rng), ""
            else:
                kwh_s, peak_s = str(kwh), f"{peak:.2f}"
            style = pick_style(rng, (40, 25, 25, 10, 0))
            out.append([hid, mess(rng, sub, 0.22), mess(rng, "Time of Use" if tou else "Flat", 0.15),
                        mess(rng, "Yes" if solar else "No", 0.1), end_day.strftime("%m/%d/%Y"), kwh_s,
                        str(exp_kwh) if solar else "", peak_s, fmt_cents(cents, style)])
    write_csv("meter_bills.csv", ["household_id", "suburb", "tariff", "solar", "bill_date", "kwh_used",
                                  "solar_export_kwh", "peak_share", "amount_due"], out)


# ----------------------------------------------------------------------------------------------
# 3. job applications

ROLES = [  # role, department, weight, salary mean
    ("Backend Engineer", "Engineering", 14, 128000),
    ("Frontend Engineer", "Engineering", 11, 118000),
    ("QA Engineer", "Engineering", 5, 96000),
    ("Data Analyst", "Data", 12, 88000),
    ("Data Scientist", "Data", 6, 132000),
    ("Account Executive", "Sales", 9, 95000),
    ("Sales Development Rep", "Sales", 10, 62000),
    ("Marketing Manager", "Marketing", 5, 105000),
    ("Content Writer", "Marketing", 7, 68000),
    ("Financial Analyst", "Finance", 6, 90000),
    ("Customer Success Manager", "Customer Success", 7, 82000),
    ("Support Specialist", "Customer Success", 13, 56000),
]
SOURCES = {  # weight, screen prob, offer|interview prob
    "LinkedIn": (34, 0.30, 0.33), "Job Board": (24, 0.20, 0.28), "Careers Site": (20, 0.28, 0.33),
    "Referral": (12, 0.62, 0.50), "Agency": (10, 0.52, 0.40),
}
RECRUITER = {"Engineering": "Hannah Cole", "Data": "Hannah Cole", "Sales": "Marcus Reed",
             "Customer Success": "Marcus Reed", "Marketing": "Priya Shah", "Finance": "Priya Shah"}


def gen_applications():
    rng = random.Random(33003)
    wd_lam = [4.6, 4.0, 3.6, 3.3, 2.8, 1.1, 1.4]
    month_f = {1: 1.35, 2: 1.15, 3: 1.1, 4: 1.0, 5: 0.95, 6: 0.9, 7: 0.85, 8: 0.95, 9: 1.15, 10: 1.05,
               11: 0.9, 12: 0.6}
    apps = []
    for d in days(dt.date(2023, 1, 1), dt.date(2024, 12, 31)):
        lam = wd_lam[d.weekday()] * month_f[d.month] * (1.12 if d.year == 2024 else 1.0) * 0.95
        for _ in range(poisson(rng, lam)):
            apps.append(d)
    out = []
    for i, d in enumerate(apps):
        role, dept, _w, sal = rng.choices(ROLES, weights=[r[2] for r in ROLES])[0]
        src = rng.choices(list(SOURCES), weights=[s[0] for s in SOURCES.values()])[0]
        _sw, p_screen, p_offer = SOURCES[src]
        stage, status = "Applied", None
        recent = d >= dt.date(2024, 11, 20)
        steps = [("Phone Screen", p_screen), ("Interview", 0.5), ("Offer", p_offer)]
        for nxt, p in steps:
            r = rng.random()
            if r < p:
                stage = nxt
                continue
            if recent and rng.random() < 0.7:
                status = "Open"
            elif rng.random() < 0.1:
                status = "Withdrawn"
            else:
                status = "Rejected"
            break
        if status is None:  # reached Offer
            if recent and rng.random() < 0.5:
                status = "Open"
            else:
                status = "Hired" if rng.random() < 0.76 else "Withdrawn"
        m = rng.random()
        if m < 0.08:
            sal_s = missing_word(rng)
        else:
            s = round(rng.gauss(sal, sal * 0.12) / 500) * 500
            sal_s = fmt_cents(s * 100, rng.choice(["dollar_sep", "dollar_sep", "sep", "whole", "dollar_sep"]))
            if sal_s.endswith(".00") and rng.random() < 0.6:
                sal_s = sal_s[:-3]
        if status == "Hired":
            dth = str(max(12, round(rng.gauss({"Engineering": 41, "Data": 38}.get(dept, 31), 8))))
        else:
            dth = ""
        score = ""
        if stage in ("Interview", "Offer"):
            score = f"{clamp(rng.gauss(3.4 if stage == 'Interview' else 4.1, 0.5), 1, 5):.1f}"
        rec = RECRUITER[dept] if rng.random() < 0.8 else "Tom Alvarez"
        out.append([f"A{24000 + i}", d.strftime("%d/%m/%Y"), mess(rng, role, 0.2), mess(rng, dept, 0.12),
                    mess(rng, src, 0.25), stage, mess(rng, status, 0.1), rec, sal_s, score, dth])
    write_csv("applications.csv", ["application_id", "applied_on", "role", "department", "source", "stage_reached",
                                   "status", "recruiter", "expected_salary", "interview_score", "days_to_hire"], out)


# ----------------------------------------------------------------------------------------------
# 4. bus route punctuality (pre-aggregated: one row per route per day)

ROUTES = [  # route, depot, weekday trips, weekend trips, riders per trip, on-time prob, cancel prob, H2 factor
    ("Harbour Loop", "Central", 70, 50, 27, 0.86, 0.015, 1.04),
    ("Airport Link", "Northgate", 48, 44, 34, 0.79, 0.02, 1.13),
    ("University Express", "Central", 80, 22, 41, 0.83, 0.012, 0.93),
    ("Eastside Shuttle", "Eastgate", 40, 24, 18, 0.9, 0.03, 1.0),
    ("Hospital Circle", "Central", 44, 36, 22, 0.88, 0.012, 1.02),
    ("Ridgeway Line", "Northgate", 56, 30, 25, 0.81, 0.045, 0.98),
    ("Beach Road", "Eastgate", 30, 40, 20, 0.87, 0.02, 1.26),
    ("Old Town Hopper", "Central", 36, 36, 15, 0.92, 0.01, 1.05),
    ("Industrial Park", "Northgate", 50, 8, 24, 0.72, 0.025, 1.0),
]


def gen_routes():
    rng = random.Random(34004)
    month_f = {1: 0.9, 2: 0.95, 3: 1.02, 4: 1.0, 5: 1.03, 6: 0.98, 7: 0.9, 8: 0.95, 9: 1.05, 10: 1.06,
               11: 1.03, 12: 0.92}
    out = []
    for d in days(dt.date(2024, 1, 1), dt.date(2024, 12, 31)):
        wd = d.weekday()
        for route, depot, wk, we, pax, ontime, cancel, h2 in ROUTES:
            sched = wk if wd < 5 else we
            if route == "Industrial Park" and wd == 6:
                sched = 0
            if sched == 0:
                continue
            if route == "University Express" and d.month in (1, 7, 12):
                sched = round(sched * 0.6)
            c = cancel * (2.5 if d.month == 7 and depot == "Northgate" else 1.0)
            operated = sum(1 for _ in range(sched) if rng.random() >= c)
            ot = ontime * (0.94 if d.month in (6, 7, 8) else 1.0) * (0.95 if wd == 4 else 1.0)
            on_time = sum(1 for _ in range(operated) if rng.random() < ot)
            season = month_f[d.month]
            if route == "Beach Road":
                season *= {12: 1.5, 1: 1.6, 2: 1.35, 6: 0.7, 7: 0.65, 8: 0.7}.get(d.month, 1.0)
            if route == "University Express" and d.month in (1, 7, 12):
                season *= 0.6
            f = h2 if d.month >= 7 else 1.0
            boardings = round(operated * pax * season * f * rng.gauss(1.0, 0.07) * (0.8 if wd >= 5 else 1.0))
            delay = max(0.0, (1 - on_time / operated) * 14 + rng.gauss(1.2, 0.8)) if operated else 0.0
            delay_s = missing_word(rng) if rng.random() < 0.04 else f"{delay:.1f}"
            out.append([d.isoformat(), mess(rng, route, 0.22), mess(rng, depot, 0.1), sched, operated, on_time,
                        delay_s, boardings])
    write_csv("route_days.csv", ["service_date", "route", "depot", "trips_scheduled", "trips_operated",
                                 "trips_on_time", "avg_delay_min", "boardings"], out)


# ----------------------------------------------------------------------------------------------
# 5. IT incident log

CATEGORIES = {  # weight, team, priority weights P1..P4
    "Access Request": (26, "Service Desk", [0, 4, 50, 46]),
    "Software": (24, "Apps Team", [3, 16, 55, 26]),
    "Hardware": (18, "Desktop Support", [1, 10, 55, 34]),
    "Network": (14, "Network Ops", [8, 30, 45, 17]),
    "Email": (12, "Service Desk", [2, 14, 54, 30]),
    "Security": (6, "Security Ops", [14, 36, 40, 10]),
}
PRIO_HOURS = {"P1": 2.6, "P2": 6.5, "P3": 15.0, "P4": 38.0}
SLA_HOURS = {"P1": 4, "P2": 8, "P3": 24, "P4": 72}
TEAM_SPEED = {"Service Desk": 0.8, "Apps Team": 1.0, "Desktop Support": 1.45, "Network Ops": 0.95,
              "Security Ops": 0.9}


def gen_incidents():
    rng = random.Random(35005)
    export = dt.datetime(2025, 7, 1, 0, 0, 0)
    wd_lam = [8.2, 7.0, 6.6, 6.4, 5.6, 1.1, 0.9]
    hw = {h: 0.4 for h in range(24)}
    hw.update({7: 2, 8: 8, 9: 14, 10: 11, 11: 9, 12: 6, 13: 8, 14: 8, 15: 7, 16: 5, 17: 3, 18: 1})
    wknd_hw = {h: 1.0 for h in range(24)}
    rows = []
    for d in days(dt.date(2024, 1, 1), dt.date(2025, 6, 30)):
        lam = wd_lam[d.weekday()] * (1.16 if d.year == 2025 else 1.0)
        if d.month == 9 and d.year == 2024:
            lam *= 1.45  # a rollout month
        for _ in range(poisson(rng, lam)):
            w = hw if d.weekday() < 5 else wknd_hw
            hour = rng.choices(list(w), weights=list(w.values()))[0]
            when = dt.datetime(d.year, d.month, d.day, hour, rng.randrange(60), rng.randrange(60))
            cat = rng.choices(list(CATEGORIES), weights=[c[0] for c in CATEGORIES.values()])[0]
            if d.month == 9 and d.year == 2024 and rng.random() < 0.4:
                cat = "Software"
            rows.append((when, cat))
    rows.sort(key=lambda r: r[0])
    out = []
    for i, (when, cat) in enumerate(rows):
        _w, team, pw = CATEGORIES[cat]
        prio = rng.choices(["P1", "P2", "P3", "P4"], weights=pw)[0]
        hrs = PRIO_HOURS[prio] * TEAM_SPEED[team] * math.exp(rng.gauss(0, 0.55))
        mins = max(5, round(hrs * 60))
        age_h = (export - when).total_seconds() / 3600
        is_open = (age_h < 24 * 14 and rng.random() < 0.55) or rng.random() < 0.008 or mins / 60 > age_h
        if is_open:
            status = "Open"
            ttr = ""
            breached = age_h > SLA_HOURS[prio]
        else:
            status = "Closed" if age_h > 24 * 10 and rng.random() < 0.7 else "Resolved"
            ttr = f"{mins // 60}:{mins % 60:02d}"
            breached = mins / 60 > SLA_HOURS[prio]
        r = rng.random()
        reopened = 0 if r < 0.91 or is_open else 1 if r < 0.985 else 2
        users = {"P1": rng.randint(40, 420), "P2": rng.randint(4, 60), "P3": rng.randint(1, 6), "P4": 1}[prio]
        users_s = missing_word(rng) if rng.random() < 0.05 else str(users)
        site = rng.choices(["Denver HQ", "Austin Office", "Remote"], weights=[45, 25, 30])[0]
        out.append([f"INC{30100 + i:07d}", when.strftime("%Y-%m-%d %H:%M:%S"), mess(rng, prio, 0.12),
                    mess(rng, cat, 0.2), team, mess(rng, status, 0.1), ttr,
                    mess(rng, "Yes" if breached else "No", 0.15), reopened, users_s, mess(rng, site, 0.15)])
    write_csv("incidents.csv", ["incident_id", "opened_at", "priority", "category", "assigned_team", "status",
                                "time_to_resolve", "sla_breached", "reopen_count", "users_affected", "site"], out)


# ----------------------------------------------------------------------------------------------
# 6. insurance claims

POLICY = {  # weight, median claim $, sigma, excess $, decline prob, settle days
    "Motor": (38, 4300, 0.7, 750, 0.06, 24),
    "Home": (20, 11500, 0.8, 1000, 0.09, 41),
    "Contents": (14, 3400, 0.75, 500, 0.1, 28),
    "Travel": (17, 1350, 0.8, 250, 0.19, 15),
    "Pet": (11, 850, 0.6, 100, 0.12, 9),
}
STATES = {"NSW": (34, 1.02), "VIC": (27, 1.0), "QLD": (20, 1.3), "WA": (11, 0.97), "SA": (8, 1.05)}
ASSESSORS = ["Grace Liu", "Omar Farouk", "Rachel Byrne", "Sean Doyle", "Tina Kowalski", "Vikram Rao"]
ASSESSOR_W = [26, 15, 18, 12, 14, 15]


def gen_claims():
    rng = random.Random(36006)
    rows = []
    for d in days(dt.date(2023, 1, 1), dt.date(2024, 12, 31)):
        for st, (sw, growth) in STATES.items():
            lam = 3.3 * sw / 100 * (growth if d.year == 2024 else 1.0) * (0.55 if d.weekday() >= 5 else 1.12)
            n = poisson(rng, lam)
            storm = d.year == 2024 and d.month == 2 and 12 <= d.day <= 21 and st in ("QLD", "NSW")
            if storm:
                n += poisson(rng, 2.4 if st == "QLD" else 1.2)
            for j in range(n):
                weights = [p[0] for p in POLICY.values()]
                if d.month in (12, 1, 7):
                    weights[3] *= 1.8
                ptype = rng.choices(list(POLICY), weights=weights)[0]
                if storm and j >= n // 3:
                    ptype = "Home" if rng.random() < 0.7 else "Contents"
                rows.append((d, st, ptype))
    out = []
    for i, (d, st, ptype) in enumerate(rows):
        _w, med, sigma, excess, p_dec, settle = POLICY[ptype]
        claimed = max(80 * 100, round(med * math.exp(rng.gauss(0, sigma)) * 100))
        if rng.random() < 0.6:
            claimed = claimed // 100 * 100
        age = (dt.date(2024, 12, 31) - d).days
        r = rng.random()
        if (age < 60 and rng.random() < 0.5) or rng.random() < 0.02:
            status = "Open"
        elif r < p_dec or claimed <= excess * 100:
            status = "Declined"
        elif r < p_dec + 0.15:
            status = "Partially Approved"
        else:
            status = "Approved"
        if status == "Open":
            appr_s = missing_word(rng)
            days_s = ""
        else:
            if status == "Declined":
                appr = 0
            elif status == "Approved":
                appr = claimed - excess * 100
            else:
                appr = round(claimed * rng.uniform(0.4, 0.8) / 100) * 100
            appr_s = fmt_cents(appr, pick_style(rng, (35, 25, 25, 10, 5)))
            days_s = str(max(1, round(settle * math.exp(rng.gauss(0, 0.45)))))
        fraud = rng.betavariate(3, 5) if status == "Declined" else rng.betavariate(1.4, 9)
        out.append([f"CL-{d.year % 100}{100001 + i}", d.strftime("%m/%d/%Y"), mess(rng, ptype, 0.2),
                    mess(rng, st, 0.12), fmt_cents(claimed, pick_style(rng)), appr_s, mess(rng, status, 0.12),
                    f"{fraud:.2f}", rng.choices(ASSESSORS, weights=ASSESSOR_W)[0], days_s])
    write_csv("claims.csv", ["claim_no", "lodged_on", "policy_type", "state", "claimed_amount", "approved_amount",
                             "status", "fraud_score", "assessor", "days_to_settle"], out)


def main():
    gen_pos()
    gen_meters()
    gen_applications()
    gen_routes()
    gen_incidents()
    gen_claims()
    for p in sorted(DATA.glob("*.csv")):
        with open(p, encoding="utf-8") as f:
            n = sum(1 for _ in f) - 1
        print(f"{p.name}: {n} rows")


if __name__ == "__main__":
    main()
