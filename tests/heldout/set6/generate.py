#!/usr/bin/env python3
"""Held-out set 6: write the datasets under data/ (deterministic, standard library only).

    python3 tests/heldout/set6/generate.py

Running it again reproduces every CSV byte for byte (each dataset has its own seeded
random.Random; nothing iterates a set or a dict whose order could change; money is kept in
integer pence / cents and formatted by hand).

Datasets (see README.md for the mess in each):
    bakery_orders.csv + products.csv   wholesale bakery order lines + product lookup (day-first dates;
                                       sales = cases x the product's case price, in pounds)
    bike_trips.csv                     bike-share trips (ISO datetimes, h:mm:ss durations, fares)
    shop_ledger.csv                    online shop payments ledger (signed: refunds and fees negative;
                                       '05-Mar-2024 09:30' datetimes)
    ward_days.csv                      hospital ward bed occupancy, one row per ward per day (pre-aggregated)
    service_requests.csv               city 311 service requests (ISO 'T' datetimes, yes/no spelled many ways)
    greenhouse_log.csv                 greenhouse sensor readings every 2 hours (US 12-hour datetimes,
                                       humidity as a percentage)
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


def fmt_money(cents, style, sym="$"):
    """Money from integer cents: sym_sep $1,234.50 | sep 1,234.50 | plain 1234.50 | sym_plain $1234.50
    | whole (1234 when the cents are zero, else plain). A negative amount puts the minus first."""
    neg = cents < 0
    whole, frac = divmod(abs(cents), 100)
    if style == "whole":
        s = str(whole) if frac == 0 else f"{whole}.{frac:02d}"
        return ("-" if neg else "") + s
    w = f"{whole:,}" if style in ("sym_sep", "sep") else str(whole)
    s = f"{w}.{frac:02d}"
    if style.startswith("sym"):
        s = sym + s
    return ("-" if neg else "") + s


def pick_style(rng, weights=(40, 25, 20, 10, 5)):
    return rng.choices(["sym_sep", "sep", "plain", "sym_plain", "whole"], weights=weights)[0]


def poisson(rng, lam):
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
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


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def missing_word(rng):
    return rng.choice(["", "n/a", "-"])


def hms(seconds):
    h, rem = divmod(int(seconds), 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}"


# ----------------------------------------------------------------------------------------------
# 1. wholesale bakery orders + products lookup (pounds)

PRODUCTS = [  # code, name, category, case price in pence, units per case, weight, season months (None = all year)
    ("BR01", "White Sandwich Loaf", "Bread", 1440, 12, 14, None),
    ("BR02", "Sourdough Loaf", "Bread", 2400, 8, 12, None),
    ("BR03", "Wholemeal Loaf", "Bread", 1320, 12, 7, None),
    ("BR04", "Seeded Rye", "Bread", 2100, 8, 4, None),
    ("BR05", "Baguette", "Bread", 1250, 20, 9, None),
    ("PA01", "Butter Croissant", "Pastry", 1800, 24, 13, None),
    ("PA02", "Pain au Chocolat", "Pastry", 2040, 24, 9, None),
    ("PA03", "Cinnamon Swirl", "Pastry", 1920, 24, 6, None),
    ("PA04", "Almond Croissant", "Pastry", 2640, 24, 4, None),
    ("CK01", "Carrot Cake", "Cakes", 2250, 14, 5, None),
    ("CK02", "Chocolate Brownie", "Cakes", 1680, 24, 8, None),
    ("CK03", "Lemon Drizzle", "Cakes", 1950, 14, 4, None),
    ("SV01", "Sausage Roll", "Savoury", 2160, 24, 10, None),
    ("SV02", "Cheese & Onion Pasty", "Savoury", 2520, 18, 5, None),
    ("SV03", "Quiche Lorraine", "Savoury", 2700, 12, 3, None),
    ("SE01", "Hot Cross Buns", "Seasonal", 1500, 24, 16, (3, 4)),
    ("SE02", "Mince Pies", "Seasonal", 1800, 24, 14, (11, 12)),
]
CUSTOMERS = [  # name, orders per open day, size factor
    ("Corner Cup Cafe", 1.05, 1.0),
    ("Harbour Deli", 0.75, 1.3),
    ("The Green Kitchen", 0.55, 0.9),
    ("Station Coffee Co", 0.95, 0.8),
    ("Millbrook Farm Shop", 0.45, 1.6),
    ("Bean & Leaf", 0.6, 0.7),
    ("St Anne's School", 0.5, 2.2),
    ("Riverside Hotel", 0.4, 1.8),
    ("Park Lane Grocer", 0.35, 1.1),
    ("Oakwood Care Home", 0.3, 1.2),
]


def gen_bakery():
    rng = random.Random(61001)
    prod_rows = []
    for i, (code, name, cat, pence, units, _w, _season) in enumerate(PRODUCTS):
        style = rng.choice(["sym_sep", "plain", "whole", "sym_plain"])
        price = fmt_money(pence, style, sym="\u00a3")
        if style == "plain" and pence % 100 in (10, 20, 40, 50, 60, 80, 90) and rng.random() < 0.6:
            price = price[:-1]  # 12.5
        added = f"{2019 + i % 5}-{1 + (i * 5) % 12:02d}"
        prod_rows.append([code, name, mess(rng, cat, 0.5), price, str(units), added])
    write_csv("products.csv", ["product_code", "product_name", "category", "case_price", "units_per_case",
                               "listed_since"], prod_rows)

    out = []
    line_no = 100000
    order_no = 24000
    for d in days(dt.date(2024, 1, 2), dt.date(2024, 12, 31)):
        if d.weekday() == 6:  # no deliveries on Sundays
            continue
        if (d.month, d.day) in ((12, 25), (12, 26), (1, 1)):
            continue
        season_f = 1.0 + 0.5 * (d.month == 12) - 0.25 * (d.month == 8)
        for name, rate, size in CUSTOMERS:
            if name == "St Anne's School" and (d.weekday() >= 5 or d.month == 8
                                              or (d.month == 7 and d.day > 19)):
                continue
            lam = rate * (1.35 if d.weekday() == 4 else 1.0) * (0.6 if d.weekday() == 5 else 1.0)
            for _ in range(poisson(rng, lam * 0.8)):
                order_no += 1
                avail = [p for p in PRODUCTS if p[6] is None or d.month in p[6]]
                n_lines = rng.choices([1, 2, 3, 4, 5], weights=[3, 5, 5, 3, 1])[0]
                chosen = []
                for _k in range(n_lines):
                    p = rng.choices(avail, weights=[x[5] for x in avail])[0]
                    if p[0] not in [c[0] for c in chosen]:
                        chosen.append(p)
                for p in chosen:
                    line_no += 1
                    cases = max(1, round(rng.expovariate(1 / (2.2 * size * season_f))))
                    out.append([str(line_no), f"SO-{order_no}", d.strftime("%d/%m/%Y"),
                                mess(rng, name, 0.12), p[0], str(cases)])
    write_csv("bakery_orders.csv", ["line_no", "order_ref", "delivery_date", "customer", "product_code", "cases"],
              out)


# ----------------------------------------------------------------------------------------------
# 2. bike-share trips (Apr-Sep 2024)

STATIONS = [("Central Station", 14), ("Market Square", 10), ("University Gate", 9), ("Riverside Park", 7),
            ("Harbour Front", 6), ("Museum Quarter", 5), ("Hospital Road", 4), ("Old Mill", 3),
            ("Eastfield Shops", 3), ("Lakeside", 2)]
HOUR_W = {6: 2, 7: 6, 8: 12, 9: 7, 10: 4, 11: 4, 12: 6, 13: 5, 14: 4, 15: 5, 16: 8, 17: 16, 18: 10,
          19: 5, 20: 3, 21: 2, 22: 1}


def gen_bikes():
    rng = random.Random(62002)
    names = [s for s, _ in STATIONS]
    weights = [w for _, w in STATIONS]
    month_f = {4: 0.75, 5: 0.95, 6: 1.1, 7: 1.25, 8: 1.15, 9: 0.9}
    trips = []
    for d in days(dt.date(2024, 4, 1), dt.date(2024, 9, 30)):
        lam = 27 * month_f[d.month] * (0.85 if d.weekday() >= 5 else 1.0)
        for _ in range(poisson(rng, lam)):
            weekend = d.weekday() >= 5
            member = rng.random() < (0.45 if weekend else 0.68)
            if weekend:
                hour = rng.choices(list(range(8, 21)), weights=[2, 4, 6, 7, 8, 8, 8, 7, 6, 5, 4, 3, 2])[0]
            else:
                hour = rng.choices(list(HOUR_W), weights=list(HOUR_W.values()))[0]
            when = dt.datetime(d.year, d.month, d.day, hour, rng.randrange(60), rng.randrange(60))
            start = rng.choices(names, weights=weights)[0]
            round_trip = rng.random() < (0.12 if not member else 0.04)
            end = start if round_trip else rng.choices(names, weights=weights)[0]
            while end == start and not round_trip:
                end = rng.choices(names, weights=weights)[0]
            electric = rng.random() < 0.38
            base = 11 if member else 19
            if round_trip:
                base *= 2.2
            minutes = clamp(base * math.exp(rng.gauss(0, 0.55)) * (0.82 if electric else 1.0), 2, 190)
            secs = int(minutes * 60) + rng.randrange(60)
            km = minutes * (0.27 if electric else 0.2) * rng.uniform(0.7, 1.15)
            # fares in cents
            if member:
                fare = (int(max(0, minutes - 45) * 15) if not electric else 100 + int(minutes * 10))
            else:
                fare = 100 + int(minutes * (30 if electric else 15))
            trips.append((when, start, end, electric, member, secs, km, fare))
    trips.sort(key=lambda t: t[0])
    out = []
    for i, (when, start, end, electric, member, secs, km, fare) in enumerate(trips):
        km_s = f"{km:.2f}" if rng.random() > 0.06 else missing_word(rng)
        fstyle = rng.choices(["sym_plain", "plain", "whole"], weights=[55, 35, 10])[0]
        out.append([f"T{500001 + i}", when.strftime("%Y-%m-%d %H:%M:%S"), mess(rng, start, 0.1),
                    mess(rng, end, 0.1), mess(rng, "Electric" if electric else "Classic", 0.15),
                    mess(rng, "Member" if member else "Casual", 0.15), hms(secs), km_s, fmt_money(fare, fstyle)])
    write_csv("bike_trips.csv", ["trip_id", "started_at", "start_station", "end_station", "bike_type", "rider_type",
                                 "duration", "distance_km", "fare"], out)


# ----------------------------------------------------------------------------------------------
# 3. online shop payments ledger (signed), 2023-2024

SHOP_CATS = [("Candles", 2800, 10), ("Soap", 1200, 8), ("Gift Sets", 5400, 5), ("Diffusers", 3600, 4),
             ("Accessories", 1800, 3)]
SHOP_CHANNELS = [("Website", 10, 0.029), ("Etsy", 7, 0.065), ("Amazon", 5, 0.15)]
COUNTRIES = [("United States", 10), ("Canada", 3), ("United Kingdom", 3), ("Australia", 2)]


def gen_shop():
    rng = random.Random(63003)
    rows = []  # (when, type, order_id, channel, category, country, cents)
    order = 70000
    month_f = {1: 0.7, 2: 0.75, 3: 0.85, 4: 0.85, 5: 0.95, 6: 0.85, 7: 0.8, 8: 0.85, 9: 0.95, 10: 1.05,
               11: 1.6, 12: 2.1}
    for d in days(dt.date(2023, 1, 1), dt.date(2024, 12, 31)):
        growth = 1.0 if d.year == 2023 else 1.22
        for _ in range(poisson(rng, 3.4 * month_f[d.month] * growth)):
            order += 1
            when = dt.datetime(d.year, d.month, d.day, rng.choice([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
                                                                    20, 21, 22]), rng.randrange(60))
            ch = rng.choices(SHOP_CHANNELS, weights=[c[1] for c in SHOP_CHANNELS])[0]
            cat = rng.choices(SHOP_CATS, weights=[c[2] for c in SHOP_CATS])[0]
            country = rng.choices(COUNTRIES, weights=[c[1] for c in COUNTRIES])[0][0]
            qty = rng.choices([1, 2, 3, 4], weights=[10, 5, 2, 1])[0]
            cents = qty * cat[1] + rng.choice([0, 0, 0, 500, 700])  # shipping charged on some
            oid = f"ORD-{order}"
            rows.append((when, "Sale", oid, ch[0], cat[0], country, cents))
            rows.append((when + dt.timedelta(minutes=1), "Fee", oid, ch[0], "", "", -round(cents * ch[2])))
            r = rng.random()
            p_ref = 0.075 if cat[0] != "Diffusers" else 0.16
            if r < p_ref:
                full = rng.random() < 0.7
                ref = cents if full else round(cents * rng.choice([0.25, 0.5]))
                rwhen = when + dt.timedelta(days=rng.randrange(2, 30), minutes=rng.randrange(600))
                if rwhen.date() <= dt.date(2024, 12, 31):
                    rows.append((rwhen, "Refund", oid, ch[0], cat[0], country, -ref))
            elif r < p_ref + 0.008:
                cwhen = when + dt.timedelta(days=rng.randrange(20, 60), minutes=rng.randrange(600))
                if cwhen.date() <= dt.date(2024, 12, 31):
                    rows.append((cwhen, "Chargeback", oid, ch[0], cat[0], country, -(cents + 1500)))
    rows.sort(key=lambda t: (t[0], t[2], t[1]))
    out = []
    for i, (when, typ, oid, ch, cat, country, cents) in enumerate(rows):
        out.append([f"TX{300001 + i}", when.strftime("%d-%b-%Y %H:%M"), mess(rng, typ, 0.1), oid,
                    mess(rng, ch, 0.12), mess(rng, cat, 0.12), country, fmt_money(cents, pick_style(rng))])
    write_csv("shop_ledger.csv", ["txn_id", "posted_at", "type", "order_id", "channel", "category",
                                  "customer_country", "amount"], out)


# ----------------------------------------------------------------------------------------------
# 4. hospital ward bed occupancy, one row per ward per day, 2024 (pre-aggregated)

WARDS = [  # name, beds, target occupancy, admissions per day, mean stay (days)
    ("Cardiology", 28, 0.88, 5.0, 5.0),
    ("General Surgery", 36, 0.84, 8.5, 3.6),
    ("Orthopaedics", 30, 0.88, 5.5, 5.0),
    ("Maternity", 24, 0.7, 7.0, 2.4),
    ("Paediatrics", 20, 0.63, 5.5, 2.3),
    ("Respiratory", 26, 0.9, 4.0, 6.0),
    ("Stroke Unit", 18, 0.92, 2.0, 8.5),
    ("Elderly Care", 32, 0.97, 2.8, 11.0),
]


def gen_wards():
    rng = random.Random(64004)
    out = []
    for d in days(dt.date(2024, 1, 1), dt.date(2024, 12, 31)):
        winter = d.month in (1, 2, 12)
        for name, beds, occ, adm, stay in WARDS:
            avail = beds - (rng.random() < 0.05) * rng.randrange(1, 4)
            w = 1.06 if winter and name in ("Respiratory", "Elderly Care", "Paediatrics") else 1.0
            w *= 0.93 if d.month in (7, 8) and name != "Maternity" else 1.0
            occupied = min(avail, max(0, round(beds * occ * w + rng.gauss(0, 1.6))))
            wk = 0.55 if d.weekday() >= 5 and name in ("General Surgery", "Orthopaedics") else 1.0
            admissions = poisson(rng, adm * wk * w)
            discharges = max(0, admissions + rng.randrange(-2, 3))
            delayed = poisson(rng, 0.08 * occupied * (stay / 8)) if name != "Maternity" else 0
            los = f"{stay * math.exp(rng.gauss(0, 0.18)):.1f}" if rng.random() > 0.05 else missing_word(rng)
            out.append([d.strftime("%m/%d/%Y"), mess(rng, name, 0.12), str(avail), str(occupied), str(admissions),
                        str(discharges), str(delayed), los])
    write_csv("ward_days.csv", ["date", "ward", "beds_available", "beds_occupied", "admissions", "discharges",
                                "delayed_discharges", "avg_length_of_stay"], out)


# ----------------------------------------------------------------------------------------------
# 5. city service requests (311), Jan 2024 - Jun 2025

SR_CATS = [  # name, weight, mean days to close, on-time target days
    ("Pothole", 14, 9.0, 10),
    ("Missed Bin Collection", 12, 2.0, 3),
    ("Streetlight Out", 8, 6.0, 7),
    ("Graffiti", 7, 5.0, 7),
    ("Illegal Dumping", 6, 4.5, 5),
    ("Noise Complaint", 5, 1.5, 2),
    ("Fallen Tree", 3, 3.0, 3),
]
DISTRICTS = [("North Ward", 9), ("South Ward", 7), ("East Ward", 6), ("West Ward", 5), ("Central", 11)]
SR_CHANNELS = [("Phone", 9), ("App", 8), ("Web", 5), ("Email", 2)]
YES = ["Yes", "yes", "Y", "TRUE", "YES", "y"]
NO = ["No", "no", "N", "FALSE", "NO", "n"]


def gen_requests():
    rng = random.Random(65005)
    reqs = []
    month_f = {1: 0.9, 2: 1.05, 3: 1.2, 4: 1.0, 5: 0.95, 6: 1.0, 7: 1.05, 8: 1.0, 9: 0.9, 10: 0.95, 11: 1.05,
               12: 0.9}
    for d in days(dt.date(2024, 1, 1), dt.date(2025, 6, 30)):
        lam = 9.5 * month_f[d.month] * (1.2 if d.year == 2025 else 1.0) * (0.6 if d.weekday() >= 5 else 1.0)
        lam *= 1.35 if d.weekday() == 0 else 1.0
        for _ in range(poisson(rng, lam)):
            cat = rng.choices(SR_CATS, weights=[c[1] * (1.8 if c[0] == "Pothole" and d.month in (2, 3) else 1)
                                                for c in SR_CATS])[0]
            hour = rng.choices(list(range(6, 23)), weights=[1, 3, 6, 8, 9, 8, 6, 6, 6, 5, 4, 4, 3, 2, 2, 1, 1])[0]
            if cat[0] == "Noise Complaint":
                hour = rng.choice([20, 21, 22, 23, 23, 23, 0, 1])
            when = dt.datetime(d.year, d.month, d.day, hour, rng.randrange(60))
            dist = rng.choices(DISTRICTS, weights=[x[1] for x in DISTRICTS])[0][0]
            mean = cat[2] * (1.3 if dist == "East Ward" else 1.0)
            dur_h = clamp(mean * 24 * math.exp(rng.gauss(0, 0.7)), 0.5, 24 * 120)
            closed = when + dt.timedelta(minutes=int(dur_h * 60))
            if closed > dt.datetime(2025, 6, 30, 23, 59) or rng.random() < 0.02:
                closed = None
            ch = rng.choices(SR_CHANNELS, weights=[x[1] for x in SR_CHANNELS])[0][0]
            reqs.append((when, cat, dist, ch, closed))
    reqs.sort(key=lambda t: t[0])
    out = []
    for i, (when, cat, dist, ch, closed) in enumerate(reqs):
        if closed is None:
            closed_s, on_time, sat = "", "", ""
        else:
            closed_s = closed.strftime("%Y-%m-%dT%H:%M")
            ok = (closed - when) <= dt.timedelta(days=cat[3])
            on_time = rng.choice(YES) if ok else rng.choice(NO)
            if rng.random() < 0.45:
                sat = ""
            else:
                base = 4.2 if ok else 2.6
                sat = str(clamp(round(rng.gauss(base, 0.9)), 1, 5))
        out.append([f"SR-{2400000 + i * 3 + rng.randrange(3)}", when.strftime("%Y-%m-%dT%H:%M"), closed_s,
                    mess(rng, cat[0], 0.12), mess(rng, dist, 0.12), ch, on_time, sat])
    write_csv("service_requests.csv", ["request_id", "opened", "closed", "category", "district", "channel",
                                       "closed_on_time", "satisfaction"], out)


# ----------------------------------------------------------------------------------------------
# 6. greenhouse sensor log, every 2 hours, Jun-Aug 2024

HOUSES = [  # name, crop, temperature offset, humidity base, water litres per watering
    ("House A", "Tomatoes", 1.2, 68, 420),
    ("House B", "Cucumbers", 0.4, 80, 510),
    ("House C", "Peppers", 2.4, 64, 360),
    ("House D", "Lettuce", -2.6, 72, 260),
    ("House E", "Strawberries", -0.6, 70, 300),
]


def gen_greenhouse():
    rng = random.Random(66006)
    out = []
    for d in days(dt.date(2024, 6, 1), dt.date(2024, 8, 31)):
        season = {6: 0.0, 7: 2.6, 8: 1.2}[d.month]
        day_w = rng.gauss(0, 1.6)
        for hour in range(0, 24, 2):
            diurnal = 6.5 * math.sin((hour - 8) / 24 * 2 * math.pi)  # peaks at 14:00
            for name, crop, off, hum, water in HOUSES:
                temp = 22 + off + season + day_w + diurnal + rng.gauss(0, 0.9)
                if name == "House C" and hour == 14:
                    temp += 0.6
                humid = clamp(hum - 1.4 * (temp - 22) + rng.gauss(0, 3), 35, 98)
                vent = temp > 27 or (temp > 25 and rng.random() < 0.4)
                co2 = round(clamp(rng.gauss(520 if not vent else 430, 45), 360, 900))
                litres = 0
                if hour in (6, 18) and rng.random() < 0.85:
                    litres = round(water * rng.uniform(0.8, 1.2) * (1 + season * 0.08))
                when = dt.datetime(d.year, d.month, d.day, hour)
                ts = f"{when.month}/{when.day}/{when.year} {(hour % 12) or 12}:00 {'AM' if hour < 12 else 'PM'}"
                hs = rng.choices([f"{humid:.1f}%", f"{humid:.1f}", f"{humid:.0f}%", "", "n/a"],
                                 weights=[50, 30, 14, 4, 2])[0]
                co2_s = str(co2) if rng.random() > 0.04 else missing_word(rng)
                vs = rng.choice(["Yes", "Y", "yes"]) if vent else rng.choice(["No", "N", "no"])
                out.append([ts, mess(rng, name, 0.1), crop, f"{temp:.1f}", hs, co2_s, vs, str(litres)])
    write_csv("greenhouse_log.csv", ["reading_time", "house", "crop", "temp_c", "humidity", "co2_ppm", "vent_open",
                                     "water_litres"], out)


def main():
    gen_bakery()
    gen_bikes()
    gen_shop()
    gen_wards()
    gen_requests()
    gen_greenhouse()
    for p in sorted(DATA.glob("*.csv")):
        with open(p, encoding="utf-8") as f:
            n = sum(1 for _ in f) - 1
        print(f"{p.name}: {n} rows")


if __name__ == "__main__":
    main()
