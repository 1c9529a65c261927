#!/usr/bin/env python3
"""Held-out set 13: write the datasets under data/ (deterministic, standard library only).

    python3 tests/heldout/set13/generate.py

Running it again reproduces every CSV byte for byte (each dataset has its own seeded random.Random;
nothing iterates a set or a dict whose order could change; money is kept in integer cents and formatted
by hand).

Datasets (see README.md for the mess in each):
    repair_jobs.csv + parts.csv   a bike repair shop's jobs (ISO datetimes booked in / ready, dollars,
                                  part codes that lose their leading zeros, labour hours with words,
                                  cancelled jobs) + the parts lookup joined on part_code
    lessons.csv                   a music teacher's lessons (day-first dd/mm/yyyy dates, euros with decimal
                                  commas, student ids with leading zeros, cancellations, no-shows, trial
                                  lessons "free")
    market_ledger.csv             a farmers' market's stall-fee ledger (signed: refunds and credits
                                  negative, pounds, "Sat 8 Mar 2025" dates, void rows)
    carpark_daily.csv             a multi-storey car park, one row per level per day (pre-aggregated, US
                                  M/D/YYYY, closed levels, takings "n/a")
    snackbar_till.csv             a cinema snack bar's till lines (ISO 'T' datetimes, dollars, voided lines
                                  with a yes/no flag spelled many ways)
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


def euro(cents, rng):
    """Euros with a decimal comma: €32,50 / 32,50 / € 40 / €1.250,00."""
    whole, frac = divmod(cents, 100)
    r = rng.random()
    w = f"{whole:,}".replace(",", ".")
    if r < 0.3:
        return f"{w},{frac:02d}"
    if r < 0.4 and frac == 0:
        return f"€ {w}"
    return f"€{w},{frac:02d}"


def poisson(rng, lam):
    if lam > 40:
        return max(0, int(round(rng.gauss(lam, lam ** 0.5))))
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
# bike repair shop


PARTS = [  # code, name, category, supplier, price cents, weight
    ("00107", "Inner tube 700c", "Tyres & Tubes", "Ridewell Supply", 899, 30),
    ("00112", "Inner tube 26in", "Tyres & Tubes", "Ridewell Supply", 799, 14),
    ("00134", "Road tyre 700x28", "Tyres & Tubes", "Cog & Co", 3999, 10),
    ("00139", "MTB tyre 29x2.4", "Tyres & Tubes", "Cog & Co", 5499, 6),
    ("00215", "Brake pads (disc)", "Brakes", "Ridewell Supply", 1899, 16),
    ("00218", "Brake pads (rim)", "Brakes", "Ridewell Supply", 1099, 10),
    ("00231", "Disc rotor 160mm", "Brakes", "Velo Parts Direct", 3499, 4),
    ("00244", "Hydraulic brake fluid", "Brakes", "Velo Parts Direct", 1299, 5),
    ("00302", "Chain 11-speed", "Drivetrain", "Cog & Co", 3499, 12),
    ("00305", "Chain 9-speed", "Drivetrain", "Cog & Co", 2499, 8),
    ("00318", "Cassette 11-34", "Drivetrain", "Velo Parts Direct", 6999, 4),
    ("00326", "Chainring 34T", "Drivetrain", "Velo Parts Direct", 4599, 2),
    ("00340", "Bottom bracket", "Drivetrain", "Cog & Co", 3299, 3),
    ("00411", "Gear cable", "Cables", "Ridewell Supply", 699, 14),
    ("00413", "Brake cable", "Cables", "Ridewell Supply", 599, 9),
    ("00420", "Outer housing (1m)", "Cables", "Ridewell Supply", 899, 5),
    ("00507", "Spoke set", "Wheels", "Velo Parts Direct", 2499, 3),
    ("00512", "Rear wheel 700c", "Wheels", "Velo Parts Direct", 12999, 2),
    ("00520", "Hub bearing kit", "Wheels", "Cog & Co", 1999, 3),
    ("00603", "E-bike battery check kit", "Electrical", "Volt Cycle Ltd", 2999, 2),
    ("00611", "Derailleur hanger", "Drivetrain", "Velo Parts Direct", 2199, 4),
    ("00622", "Handlebar tape", "Contact Points", "Cog & Co", 1799, 5),
    ("00630", "Saddle (comfort)", "Contact Points", "Ridewell Supply", 3999, 2),
    ("00705", "Light set USB", "Electrical", "Volt Cycle Ltd", 2999, 3),
]

SERVICES = [  # name, weight, labour hours range, part categories likely
    ("Puncture repair", 30, (0.25, 0.5), ["Tyres & Tubes"]),
    ("Basic service", 18, (1.0, 1.5), ["Cables", "Brakes", "Contact Points"]),
    ("Full service", 12, (2.0, 3.5), ["Drivetrain", "Cables", "Brakes"]),
    ("Brake repair", 14, (0.5, 1.5), ["Brakes"]),
    ("Gear adjustment", 12, (0.5, 1.0), ["Cables", "Drivetrain"]),
    ("Wheel true", 8, (0.5, 1.5), ["Wheels"]),
    ("E-bike diagnostic", 6, (1.0, 2.0), ["Electrical"]),
]
BIKES = [("Road", 30), ("Hybrid", 28), ("Mountain", 20), ("E-bike", 14), ("Kids", 8)]
MECHANICS = [("Dev", 34), ("Hannah", 28), ("Tomasz", 24), ("Ines", 14)]
LABOUR_RATE = 6000  # cents per hour


def gen_repairs():
    rng = random.Random(1301)
    parts_rows = []
    for code, name, cat, sup, price, _w in PARTS:
        parts_rows.append([code, mess(rng, name, 0.08), mess(rng, cat, 0.25), mess(rng, sup, 0.2),
                           money(price, rng, "$", 0.5)])
    write_csv("parts.csv", ["part_code", "part_name", "category", "supplier", "unit_price"], parts_rows)

    jobs = []
    n = 0
    for d in days(dt.date(2025, 1, 2), dt.date(2025, 10, 31)):
        if d.weekday() == 6:  # closed Sundays
            continue
        season = 1.0 + 0.6 * math.sin((d.timetuple().tm_yday - 80) / 365 * 2 * math.pi)
        lam = 5.5 * season * (1.3 if d.weekday() == 5 else 1.0) * (0.8 if d.weekday() == 0 else 1.0)
        for _ in range(poisson(rng, lam)):
            n += 1
            svc = rng.choices(SERVICES, weights=[s[1] for s in SERVICES])[0]
            bike = rng.choices(BIKES, weights=[b[1] for b in BIKES])[0][0]
            if svc[0] == "E-bike diagnostic":
                bike = "E-bike"
            mech = rng.choices(MECHANICS, weights=[m[1] for m in MECHANICS])[0][0]
            booked = dt.datetime(d.year, d.month, d.day, rng.randint(8, 17), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))
            lo, hi = svc[2]
            hours = round(rng.uniform(lo, hi) * 4) / 4
            if bike == "E-bike":
                hours += 0.5
            part = None
            qty = 0
            if rng.random() < 0.82:
                cands = [p for p in PARTS if p[2] in svc[3]]
                part = rng.choices(cands, weights=[p[5] for p in cands])[0]
                qty = 1 if rng.random() < 0.85 else 2
                if part[0] == "00420":
                    qty = rng.choice([1, 2, 3])
            labour = int(hours * LABOUR_RATE)
            parts_c = part[4] * qty if part else 0
            total = labour + parts_c
            r = rng.random()
            if r < 0.06:
                status = "Cancelled"
            elif d >= dt.date(2025, 10, 24) and r < 0.5:
                status = "Waiting for parts" if r < 0.2 else "In workshop"
            elif d >= dt.date(2025, 10, 20) and r < 0.5:
                status = "Ready"
            else:
                status = "Collected"
            if status in ("Cancelled", "In workshop", "Waiting for parts"):
                ready = ""
            else:
                turnaround = rng.uniform(2, 30) + (40 if svc[0] == "Full service" else 0) + (20 if rng.random() < 0.1 else 0)
                rt = booked + dt.timedelta(hours=turnaround)
                rt = rt.replace(minute=(rt.minute // 5) * 5, second=0, microsecond=0)
                if rt.hour < 9 or rt.hour >= 18:  # finished first thing the next morning
                    nd = rt.date() + dt.timedelta(days=1 if rt.hour >= 18 else 0)
                    rt = dt.datetime(nd.year, nd.month, nd.day, 9, rt.minute)
                ready = rt.strftime("%Y-%m-%d %H:%M")
            code = part[0] if part else ""
            if code and rng.random() < 0.3:
                code = code.lstrip("0")
            hours_txt = f"{hours:g}"
            rh = rng.random()
            if rh < 0.03:
                hours_txt = rng.choice(["n/a", "?", ""])
            jobs.append([f"R{n:05d}", booked.strftime("%Y-%m-%d %H:%M"), ready, mess(rng, bike, 0.12),
                         mess(rng, svc[0], 0.12), mess(rng, mech, 0.08), code, str(qty) if part else "",
                         hours_txt, money(labour, rng, "$"), money(parts_c, rng, "$") if part else "",
                         money(total, rng, "$"), mess(rng, status, 0.1)])
    write_csv("repair_jobs.csv", ["job_no", "booked_in", "ready_at", "bike_type", "service", "mechanic",
                                  "part_code", "part_qty", "labour_hours", "labour", "parts", "total", "status"],
              jobs)


# ----------------------------------------------------------------------------------------------
# music teacher's lessons


INSTRUMENTS = [("Piano", 45, 3400), ("Guitar", 25, 3000), ("Violin", 14, 3600), ("Singing", 16, 3200)]
PLACES = [("Studio", 60), ("Home visit", 15), ("Online", 25)]


def gen_lessons():
    rng = random.Random(1302)
    students = []
    for i in range(62):
        sid = f"{rng.randint(1, 480):04d}"
        while any(s[0] == sid for s in students):
            sid = f"{rng.randint(1, 480):04d}"
        inst = rng.choices(INSTRUMENTS, weights=[x[1] for x in INSTRUMENTS])[0]
        length = rng.choices([30, 45, 60], weights=[40, 35, 25])[0]
        place = rng.choices(PLACES, weights=[p[1] for p in PLACES])[0][0]
        wd = rng.choice([0, 1, 2, 3, 4, 5])
        hour = rng.choice([15, 16, 17, 18, 19]) if wd < 5 else rng.choice([9, 10, 11, 12])
        mins = rng.choice([0, 30]) if length != 45 else rng.choice([0, 15, 30, 45])
        start = dt.date(2024, 9, 2) + dt.timedelta(days=rng.choice([0] * 6 + list(range(7, 200))))
        end = start + dt.timedelta(days=rng.randint(60, 320))
        students.append((sid, inst, length, place, wd, hour, mins, start, end))
    holidays = [(dt.date(2024, 10, 26), dt.date(2024, 11, 3)), (dt.date(2024, 12, 21), dt.date(2025, 1, 5)),
                (dt.date(2025, 2, 15), dt.date(2025, 2, 23)), (dt.date(2025, 4, 12), dt.date(2025, 4, 27)),
                (dt.date(2025, 5, 24), dt.date(2025, 6, 1))]
    out = []
    for d in days(dt.date(2024, 9, 2), dt.date(2025, 7, 18)):
        if any(a <= d <= b for a, b in holidays):
            continue
        for s in students:
            sid, inst, length, place, wd, hour, mins, start, end = s
            if d.weekday() != wd or not (start <= d <= end):
                continue
            rate = inst[2]
            fee = rate * length // 45
            fee = int(round(fee / 50.0)) * 50
            if d >= dt.date(2025, 1, 1):
                fee += 200 if length == 60 else 100
            r = rng.random()
            status = "Taught"
            if d == start:
                fee_txt = rng.choice(["free", "Free", "trial"])
                fee_c = 0
            else:
                fee_c = fee
                fee_txt = euro(fee, rng)
            if r < 0.07:
                status = "Cancelled"
                fee_txt = rng.choice(["", "0", "€0,00", "n/a"])
                fee_c = 0
            elif r < 0.1:
                status = "No-show"
            sid_txt = sid.lstrip("0") if rng.random() < 0.25 else sid
            len_txt = str(length) if rng.random() > 0.04 else rng.choice([f"{length} min", f"{length}min"])
            out.append((d, hour, mins, sid_txt, inst[0], len_txt, place, fee_txt, status))
    out.sort(key=lambda x: (x[0], x[1], x[2]))
    rows = []
    for i, (d, hour, mins, sid_txt, inst, len_txt, place, fee_txt, status) in enumerate(out, 1):
        rows.append([f"L{i:04d}", d.strftime("%d/%m/%Y"), f"{hour:02d}:{mins:02d}", sid_txt, mess(rng, inst, 0.12),
                     len_txt, mess(rng, place, 0.12), fee_txt, mess(rng, status, 0.1)])
    write_csv("lessons.csv", ["lesson_id", "date", "start_time", "student_id", "instrument", "minutes", "location",
                              "fee", "status"], rows)


# ----------------------------------------------------------------------------------------------
# farmers' market ledger


STALL_TYPES = [("Produce", 30, 3500), ("Bakery", 14, 3000), ("Hot food", 16, 4500), ("Crafts", 18, 2500),
               ("Flowers", 8, 2500), ("Dairy & Cheese", 8, 3500), ("Butcher", 6, 4000)]
FIRST = ["Green Acre", "Hilltop", "Oakfield", "Riverbend", "Little", "Meadow", "Old Mill", "Brook", "Sunny Bank",
         "Ashdown", "Willow", "Hazel", "Fenwick", "Thornbury", "Bramble", "Mossy"]
LAST = {"Produce": ["Farm", "Growers", "Veg"], "Bakery": ["Bakehouse", "Loaves", "Bakery"],
        "Hot food": ["Kitchen", "Street Food", "Grill"], "Crafts": ["Crafts", "Pottery", "Woodwork"],
        "Flowers": ["Flowers", "Blooms"], "Dairy & Cheese": ["Dairy", "Cheeses"], "Butcher": ["Butchers", "Meats"]}


def gen_market():
    rng = random.Random(1303)
    traders = []
    used = []
    for i in range(48):
        st = rng.choices(STALL_TYPES, weights=[s[1] for s in STALL_TYPES])[0]
        name = f"{rng.choice(FIRST)} {rng.choice(LAST[st[0]])}"
        while name in used:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST[st[0]])}"
        used.append(name)
        traders.append((name, st[0], st[2], rng.uniform(0.35, 0.95), rng.random() < 0.4))
    rows = []
    n = 0
    for d in days(dt.date(2025, 1, 4), dt.date(2025, 12, 20)):
        is_sat = d.weekday() == 5
        is_wed = d.weekday() == 2 and dt.date(2025, 5, 7) <= d <= dt.date(2025, 9, 24)
        if not (is_sat or is_wed):
            continue
        date_txt = d.strftime("%a ") + str(d.day) + d.strftime(" %b %Y")
        for name, st, fee, p, elec in traders:
            pp = p * (0.6 if is_wed else 1.0) * (1.15 if d.month in (6, 7, 8, 12) else 0.9)
            if rng.random() > pp:
                continue
            pitch_fee = fee + (1000 if d.month == 12 else 0) - (500 if is_wed else 0)
            items = [("Pitch fee", pitch_fee)]
            if elec and st in ("Hot food", "Bakery", "Dairy & Cheese", "Butcher") or (elec and rng.random() < 0.3):
                items.append(("Electricity", 800))
            if rng.random() < 0.12:
                items.append(("Gazebo hire", 1500))
            if rng.random() < 0.03:
                items.append(("Refund", -pitch_fee))
            if rng.random() < 0.025:
                items.append(("Loyalty credit", -500))
            for item, c in items:
                n += 1
                status = "OK"
                if rng.random() < 0.02:
                    status = rng.choice(["VOID", "void", "Void"])
                amt = money(c, rng, "£", 0.25)
                if c < 0 and rng.random() < 0.3:
                    amt = "£-" + amt.lstrip("-").lstrip("£")
                rows.append([f"{n:05d}", date_txt, mess(rng, name, 0.08), mess(rng, st, 0.15), mess(rng, item, 0.1),
                             amt, rng.choice(["Card", "Card", "Bank transfer", "Cash", "card", "CASH"]), status])
    write_csv("market_ledger.csv", ["entry_no", "market_day", "stallholder", "stall_type", "item", "amount",
                                    "paid_by", "status"], rows)


# ----------------------------------------------------------------------------------------------
# car park, per level per day


LEVELS = [("Ground", 120, 1.0), ("Level 1", 180, 0.9), ("Level 2", 180, 0.75), ("Level 3", 180, 0.55),
          ("Roof", 150, 0.35)]


def gen_carpark():
    rng = random.Random(1304)
    rows = []
    for d in days(dt.date(2025, 1, 1), dt.date(2025, 12, 31)):
        wd = d.weekday()
        base = [1.0, 1.05, 1.05, 1.1, 1.3, 1.5, 0.7][wd]
        if d.month == 12:
            base *= 1.25 if d.day < 25 else 0.8
        if d.month in (7, 8):
            base *= 1.1
        if d == dt.date(2025, 12, 25):
            base = 0.15
        for name, spaces, share in LEVELS:
            closed = False
            if name == "Roof" and (d.month in (1, 2) and rng.random() < 0.2):
                closed = True
            if name == "Level 3" and dt.date(2025, 3, 10) <= d <= dt.date(2025, 3, 21):
                closed = True
            lvl = mess(rng, name, 0.1)
            date_txt = f"{d.month}/{d.day}/{d.year}"
            if closed:
                rows.append([date_txt, lvl, str(spaces), "closed", "", "", "", rng.choice(["Closed", "CLOSED", "closed "])])
                continue
            entries = max(0, int(rng.gauss(spaces * 2.6 * share * base, spaces * 0.25 * share)))
            peak = min(spaces, int(entries * rng.uniform(0.28, 0.42)))
            stay = int(rng.gauss(150 if wd < 5 else 185, 25))
            tariff = 350 if stay < 120 else (600 if stay < 240 else 900)
            take = entries * tariff + rng.randint(-40, 40) * 25
            take = max(0, take)
            take_txt = money(take, rng, "$", 0.3)
            if rng.random() < 0.03:
                take_txt = rng.choice(["n/a", "", "machine fault"])
            stay_txt = str(stay) if rng.random() > 0.02 else "n/a"
            rows.append([date_txt, lvl, str(spaces), str(entries), str(peak), stay_txt, take_txt,
                         rng.choice(["Open", "Open", "open", "OPEN"])])
    write_csv("carpark_daily.csv", ["date", "level", "spaces", "entries", "peak_occupied", "avg_stay_mins", "takings",
                                    "status"], rows)


# ----------------------------------------------------------------------------------------------
# cinema snack bar till


MENU = [  # item, category, price cents, weight
    ("Popcorn Small", "Popcorn", 450, 14), ("Popcorn Medium", "Popcorn", 600, 18), ("Popcorn Large", "Popcorn", 750, 12),
    ("Nachos", "Hot food", 650, 9), ("Hot dog", "Hot food", 575, 6), ("Cola", "Drinks", 395, 20),
    ("Lemonade", "Drinks", 395, 8), ("Bottled water", "Drinks", 250, 9), ("Coffee", "Drinks", 325, 5),
    ("Ice cream tub", "Ice cream", 495, 8), ("Pick n mix", "Sweets", 425, 11), ("Chocolate bar", "Sweets", 195, 9),
    ("Combo deal", "Combos", 1150, 10),
]
PAY = [("Card", 55), ("Contactless", 30), ("Cash", 15)]


def gen_snackbar():
    rng = random.Random(1305)
    rows = []
    tx = 40000
    line = 0
    for d in days(dt.date(2025, 3, 1), dt.date(2025, 8, 31)):
        wd = d.weekday()
        lam = [14, 10, 12, 13, 22, 30, 24][wd] * (1.3 if d.month in (7, 8) else 1.0)
        for _ in range(poisson(rng, lam)):
            tx += 1
            if wd >= 5:
                h = rng.choices(range(11, 22), weights=[3, 5, 6, 6, 7, 7, 8, 10, 9, 5, 2])[0]
            else:
                h = rng.choices(range(15, 22), weights=[2, 3, 5, 7, 10, 8, 4])[0]
            t = dt.datetime(d.year, d.month, d.day, h, rng.randint(0, 59), rng.randint(0, 59))
            pay = rng.choices(PAY, weights=[p[1] for p in PAY])[0][0]
            nlines = rng.choices([1, 2, 3, 4], weights=[45, 35, 15, 5])[0]
            yn = rng.choice(YN)
            picked = rng.choices(MENU, weights=[m[3] for m in MENU], k=nlines)
            for it in picked:
                line += 1
                qty = 1 if rng.random() < 0.8 else rng.choice([2, 2, 3])
                price = it[2]
                if it[0] == "Combo deal" and d >= dt.date(2025, 6, 1):
                    price = 1250
                void = rng.random() < 0.025
                rows.append([str(line), str(tx), t.strftime("%Y-%m-%dT%H:%M:%S"), mess(rng, it[0], 0.1),
                             mess(rng, it[1], 0.15), str(qty), money(price, rng, "$", 0.4),
                             money(price * qty, rng, "$", 0.4), mess(rng, pay, 0.1), yn[0] if void else yn[1]])
    write_csv("snackbar_till.csv", ["line_id", "txn_no", "rung_at", "item", "category", "qty", "unit_price",
                                    "line_total", "payment", "voided"], rows)


def main():
    gen_repairs()
    gen_lessons()
    gen_market()
    gen_carpark()
    gen_snackbar()
    for p in sorted(DATA.glob("*.csv")):
        with open(p, encoding="utf-8") as f:
            print(f"{p.name}: {sum(1 for _ in f) - 1} rows")


if __name__ == "__main__":
    main()
