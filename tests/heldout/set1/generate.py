#!/usr/bin/env python3
"""Held-out set 1: write the datasets under data/ (deterministic, standard library only).

    python3 tests/heldout/set1/generate.py

Running it again reproduces every CSV byte for byte (each dataset has its own seeded
random.Random; nothing iterates a set or a dict whose order could change; money is kept in
integer cents and formatted by hand).

Datasets (see README.md for the mess in each):
    ledger.csv                 household bank ledger (signed amounts, day-first dates)
    visits.csv + clinics.csv   clinic appointments export + clinic lookup (ISO datetimes)
    classes.csv                gym class sessions (US dates, 12-hour start times, h:mm durations)
    runs.csv                   parcel delivery runs (ISO dates, attempted/delivered, h:mm shift hours)
    grades.csv                 school exam results (word entries meaning missing)
    invoices.csv               SaaS invoices (seats x price per seat, no stored total; US dates)
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
    """Money from integer cents: dollar_sep $1,234.50 | sep 1,234.50 | plain 1234.50 | dollar_plain $1234.50."""
    neg = cents < 0
    whole, frac = divmod(abs(cents), 100)
    w = f"{whole:,}" if style in ("dollar_sep", "sep") else str(whole)
    s = f"{w}.{frac:02d}"
    if style.startswith("dollar"):
        s = "$" + s
    return ("-" if neg else "") + s


def pick_style(rng, weights=(40, 30, 20, 10)):
    return rng.choices(["dollar_sep", "sep", "plain", "dollar_plain"], weights=weights)[0]


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


def fmt_hours(rng, hours):
    """A duration in hours written the way people log it: '1:30' or '1.5' (or '1' / '1.0')."""
    if rng.random() < 0.5:
        h = int(hours)
        m = round((hours - h) * 60)
        return f"{h}:{m:02d}"
    if hours == int(hours):
        return rng.choice([str(int(hours)), f"{hours:.1f}"])
    s = f"{hours:.2f}".rstrip("0")
    return s


# ----------------------------------------------------------------------------------------------
# 1. household bank ledger


def gen_ledger():
    rng = random.Random(11001)
    rows = []  # (date, description, category, cents, account)

    def rand_day(year, month, weekday_weights=None):
        n = month_len(year, month)
        choices = [dt.date(year, month, d) for d in range(1, n + 1)]
        if weekday_weights is None:
            return rng.choice(choices)
        return rng.choices(choices, weights=[weekday_weights[c.weekday()] for c in choices])[0]

    def card():
        return "Checking" if rng.random() < 0.6 else "Visa"

    for year in (2023, 2024):
        infl = 1.0 if year == 2023 else 1.06
        for month in range(1, 13):
            n = month_len(year, month)
            rows.append((dt.date(year, month, 1), "Rent - 14 Oak Street", "Rent",
                         -(165000 if year == 2023 else 172000), "Checking"))
            rows.append((dt.date(year, month, 28), "Northwind Freight payroll", "Salary",
                         515000 if year == 2023 else 536000, "Checking"))
            rows.append((dt.date(year, month, n), "Savings interest", "Interest",
                         rng.randint(180, 1250), "Savings"))
            if rng.random() < 0.4:
                rows.append((rand_day(year, month), "Client payment - web design", "Freelance",
                             rng.randint(3, 15) * 10000, "Checking"))
            for _ in range(rng.choice([0, 0, 1, 1, 2])):
                rows.append((rand_day(year, month), "Refund - online order", "Refunds",
                             rng.randint(1500, 12000), "Visa"))
            winter = month in (1, 2, 11, 12)
            rows.append((dt.date(year, month, 12), "City Power & Light", "Utilities",
                         -int(rng.randint(11000, 16000) if winter else rng.randint(5500, 9500)), "Checking"))
            rows.append((dt.date(year, month, 15), "Metro Water", "Utilities",
                         -int(rng.randint(3000, 5500) * infl), "Checking"))
            rows.append((dt.date(year, month, 20), "FiberNet broadband", "Utilities",
                         -(5999 if year == 2023 else 6499), "Checking"))
            rows.append((dt.date(year, month, 5), "Acme Auto Insurance", "Insurance",
                         -(14230 if year == 2023 else 15110), "Checking"))
            rows.append((dt.date(year, month, 3), "Netflix", "Subscriptions", -1549, "Visa"))
            rows.append((dt.date(year, month, 8), "Spotify", "Subscriptions", -1099, "Visa"))
            rows.append((dt.date(year, month, 2), "PulseFit gym membership", "Subscriptions", -3900, "Checking"))
            for _ in range(rng.randint(8, 11)):
                rows.append((rand_day(year, month),
                             rng.choice(["FreshMart", "Green Grocer Co-op", "Aldridge Supermarket", "Corner Deli"]),
                             "Groceries", -int(rng.randint(2500, 19000) * infl), card()))
            for _ in range(rng.randint(4, 8)):
                rows.append((rand_day(year, month, [1, 1, 1.2, 1.5, 3, 3.5, 1.5]),
                             rng.choice(["Luigi's Trattoria", "Burger Barn", "Sakura Sushi",
                                         "The Daily Grind cafe", "Pho Saigon"]),
                             "Dining Out", -int(rng.randint(1200, 14000) * infl), card()))
            for _ in range(rng.randint(5, 8)):
                rows.append((rand_day(year, month),
                             rng.choice(["Shell fuel", "Metro transit top-up", "CityCab", "Central Garage parking"]),
                             "Transport", -int(rng.randint(800, 8500) * infl), card()))
            for _ in range(rng.randint(1, 3)):
                rows.append((rand_day(year, month),
                             rng.choice(["Cineplex", "Ticketmaster", "Steam games", "Strike Bowling"]),
                             "Entertainment", -int(rng.randint(1500, 16000) * infl), card()))
            for _ in range(rng.randint(0, 2)):
                rows.append((rand_day(year, month),
                             rng.choice(["Walgreens pharmacy", "Dr. Kim family practice", "PhysioPlus"]),
                             "Health", -int(rng.randint(2000, 25000) * infl), card()))
            for _ in range(rng.randint(1, 4)):
                rows.append((rand_day(year, month),
                             rng.choice(["Amazon", "Target", "IKEA", "Best Buy", "Zara"]),
                             "Shopping", -int(rng.randint(2000, 65000) * infl), card()))
    rows.append((dt.date(2024, 6, 18), "Bright Smile Dental - crown", "Health", -234000, "Visa"))

    rows.sort(key=lambda r: r[0])  # stable: same-day rows keep generation order
    out = []
    for i, (d, desc, cat, cents, acct) in enumerate(rows):
        if rng.random() < 0.012:
            desc = ""
        if cents < 0 and cat not in ("Rent",) and rng.random() < 0.01:
            cat = ""
        else:
            cat = mess(rng, cat, 0.25)
        out.append([40001 + i, d.strftime("%d/%m/%Y"), desc, cat, fmt_cents(cents, pick_style(rng)), acct])
    write_csv("ledger.csv", ["txn_id", "date", "description", "category", "amount", "account"], out)


# ----------------------------------------------------------------------------------------------
# 2. clinic appointments + clinic lookup

CLINICS = [
    # id, name, city, region (as written in the lookup), opened, base visits per open day
    (101, "Riverside Family Clinic", "Millbrook", "North", 2009, 0.78),
    (102, "Harbor Point Medical", "Port Ellis", "South", 2015, 0.62),
    (103, "Eastgate Health Centre", "Eastgate", "East", 2012, 0.70),
    (104, "Westfield Clinic", "Westfield", "West", 2018, 0.55),
    (105, "Millbrook Specialist Centre", "Millbrook", "north ", 2020, 0.50),
    (106, "Port Ellis Walk-in", "Port Ellis", "South", 2021, 0.56),
    (107, "Cedar Hill Clinic", "Cedar Hill", "West.", 2011, 0.45),
    (108, "Northgate Medical", "Ashford", "NORTH", 2016, 0.58),
]
REGION_GROWTH = {"North": 1.04, "South": 1.10, "East": 0.93, "West": 1.42}
DEPTS = ["General Practice", "Pediatrics", "Cardiology", "Dermatology", "Orthopedics", "Physiotherapy"]
DEPT_FEE = {"General Practice": 85, "Pediatrics": 95, "Cardiology": 240, "Dermatology": 160,
            "Orthopedics": 210, "Physiotherapy": 70}
DEPT_NOSHOW = {"General Practice": 0.09, "Pediatrics": 0.07, "Cardiology": 0.06, "Dermatology": 0.11,
               "Orthopedics": 0.08, "Physiotherapy": 0.19}


def gen_clinics_and_visits():
    rng = random.Random(22002)
    write_csv("clinics.csv", ["clinic_id", "clinic_name", "city", "region", "opened"],
              [[c[0], c[1], c[2], c[3], c[4]] for c in CLINICS])

    dept_weights = {
        101: [50, 20, 5, 8, 7, 10], 102: [40, 15, 10, 10, 10, 15], 103: [45, 20, 8, 9, 8, 10],
        104: [40, 15, 10, 10, 10, 15], 105: [5, 5, 45, 20, 25, 10], 106: [75, 15, 0, 5, 0, 5],
        107: [40, 20, 8, 10, 7, 15], 108: [45, 15, 14, 10, 10, 10],
    }
    clinic_wait = {101: 18, 102: 22, 103: 15, 104: 26, 105: 30, 106: 35, 107: 14, 108: 20}
    wd_factor = [1.35, 1.1, 1.0, 1.05, 0.95, 0.55, 0.0]
    hour_w = {8: 6, 9: 10, 10: 14, 11: 11, 12: 5, 13: 7, 14: 10, 15: 9, 16: 7, 17: 4}
    sat_hour_w = {8: 8, 9: 12, 10: 13, 11: 9}
    patients = list(range(20001, 21451))
    visits = []
    for d in days(dt.date(2023, 1, 1), dt.date(2024, 12, 31)):
        wd = d.weekday()
        if wd == 6 or (d.month == 12 and d.day in (25, 26)) or (d.month == 1 and d.day == 1):
            continue
        for cid, _name, _city, region, _opened, base in CLINICS:
            reg = " ".join(region.split()).rstrip(".").title()
            lam = base * wd_factor[wd] * (REGION_GROWTH[reg] if d.year == 2024 else 1.0)
            for _ in range(poisson(rng, lam)):
                hw = sat_hour_w if wd == 5 else hour_w
                hour = rng.choices(list(hw), weights=list(hw.values()))[0]
                when = dt.datetime(d.year, d.month, d.day, hour, rng.randrange(0, 60))
                dept = rng.choices(DEPTS, weights=dept_weights[cid])[0]
                visits.append((when, cid, dept))
    visits.sort(key=lambda v: (v[0], v[1]))
    out = []
    seen = {}
    for i, (when, cid, dept) in enumerate(visits):
        patient = rng.choice(patients)
        vtype = "Follow-up" if seen.get(patient, 0) and rng.random() < 0.75 else "New"
        seen[patient] = seen.get(patient, 0) + 1
        r = rng.random()
        if r < DEPT_NOSHOW[dept]:
            status = "No-show"
        elif r < DEPT_NOSHOW[dept] + 0.06:
            status = "Cancelled"
        else:
            status = "Completed"
        if status == "Completed":
            wait = max(0, int(rng.gauss(clinic_wait[cid] + (6 if dept == "Cardiology" else 0), 8)))
            m = rng.random()
            wait_s = "n/a" if m < 0.03 else "-" if m < 0.05 else "" if m < 0.06 else str(wait)
            fee = DEPT_FEE[dept] + (25 if vtype == "New" else 0)
            if dept in ("Orthopedics", "Cardiology") and rng.random() < 0.06:
                fee += rng.randint(45, 120) * 10
            fee_s = fmt_cents(fee * 100, pick_style(rng, (35, 25, 30, 10)))
            if rng.random() < 0.05:
                fee_s = str(fee)
        elif status == "No-show":
            wait_s = ""
            fee_s = rng.choice(["$25.00", "25.00", "25"])
        else:
            wait_s = ""
            fee_s = ""
        out.append([500001 + i, patient, cid, when.strftime("%Y-%m-%d %H:%M"), mess(rng, dept, 0.25), vtype,
                    mess(rng, status, 0.08) if status != "Completed" else mess(rng, status, 0.04),
                    wait_s, fee_s])
    write_csv("visits.csv", ["visit_id", "patient_id", "clinic_id", "checkin_time", "department", "visit_type",
                             "status", "wait_minutes", "fee"], out)


# ----------------------------------------------------------------------------------------------
# 3. gym class sessions

INSTRUCTORS = ["Maria Lopez", "Priya Nair", "Jake Morrison", "Tom Becker", "Dev Sharma", "Sara Kim",
               "Lucia Ferreira"]
CLASS_INFO = {  # capacity, studio, hours, show-up rate
    "Spin": (20, "Cycle Room", 0.75, 0.80),
    "Yoga": (25, "Studio B", 1.0, 0.88),
    "Pilates": (14, "Studio B", 1.0, 0.94),
    "Stretch & Mobility": (20, "Studio B", 1.25, 0.86),
    "HIIT": (18, "Studio A", 0.75, 0.84),
    "Boxing": (16, "Studio A", 1.0, 0.86),
    "Body Pump": (24, "Studio A", 1.0, 0.85),
    "Zumba": (30, "Studio A", 1.0, 0.83),
}
TIMETABLE = [  # weekday, (hour, minute), class, instructor, demand
    (0, (6, 30), "Spin", "Jake Morrison", 0.8), (0, (12, 15), "Pilates", "Maria Lopez", 0.7),
    (0, (18, 0), "HIIT", "Tom Becker", 1.05), (0, (19, 15), "Yoga", "Priya Nair", 0.95),
    (1, (6, 30), "HIIT", "Tom Becker", 0.75), (1, (9, 30), "Stretch & Mobility", "Priya Nair", 0.55),
    (1, (18, 0), "Spin", "Jake Morrison", 1.05), (1, (19, 15), "Boxing", "Dev Sharma", 0.95),
    (2, (6, 30), "Yoga", "Priya Nair", 0.7), (2, (12, 15), "Spin", "Sara Kim", 0.65),
    (2, (18, 0), "Zumba", "Lucia Ferreira", 1.0), (2, (19, 15), "Pilates", "Maria Lopez", 1.0),
    (3, (6, 30), "Spin", "Jake Morrison", 0.8), (3, (12, 15), "HIIT", "Tom Becker", 0.6),
    (3, (18, 0), "Body Pump", "Dev Sharma", 1.0), (3, (19, 15), "Yoga", "Priya Nair", 0.9),
    (4, (6, 30), "HIIT", "Sara Kim", 0.7), (4, (12, 15), "Yoga", "Priya Nair", 0.6),
    (4, (17, 30), "Boxing", "Dev Sharma", 0.85),
    (5, (8, 0), "Spin", "Sara Kim", 0.9), (5, (9, 0), "Body Pump", "Tom Becker", 0.95),
    (5, (10, 30), "Yoga", "Priya Nair", 1.0), (5, (11, 0), "Zumba", "Lucia Ferreira", 0.9),
    (6, (9, 0), "Yoga", "Maria Lopez", 0.85), (6, (10, 30), "Pilates", "Maria Lopez", 0.9),
    (6, (17, 0), "Stretch & Mobility", "Lucia Ferreira", 0.6),
]
SEASON = {1: 1.22, 2: 1.12, 3: 1.05, 4: 1.0, 5: 0.95, 6: 0.9, 7: 0.8, 8: 0.8, 9: 1.0, 10: 1.0, 11: 0.95,
          12: 0.85}


def gen_classes():
    rng = random.Random(33003)
    closed = {dt.date(2024, 1, 1), dt.date(2024, 12, 25), dt.date(2024, 12, 26), dt.date(2025, 1, 1)}
    out = []
    sid = 7001
    for d in days(dt.date(2024, 1, 1), dt.date(2025, 3, 31)):
        if d in closed:
            continue
        for wd, (hh, mm), cls, instr, demand in TIMETABLE:
            if wd != d.weekday():
                continue
            cap, studio, hours, show = CLASS_INFO[cls]
            if cls == "Yoga" and wd == 5:
                hours = 1.5
            season = SEASON[d.month] * (1.04 if d.year == 2025 else 1.0)
            booked = int(clamp(round(cap * demand * season * rng.gauss(1.0, 0.12)), 2, cap))
            attended = sum(1 for _ in range(booked) if rng.random() < show)
            m = rng.random()
            rating = ("n/a" if m < 0.03 else "-" if m < 0.05 else "" if m < 0.08 else
                      f"{clamp(rng.gauss(4.3 if cls != 'Zumba' else 4.6, 0.3), 1.0, 5.0):.1f}")
            h12 = hh % 12 or 12
            start = f"{h12}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
            out.append([sid, d.strftime("%m/%d/%Y"), start, mess(rng, cls, 0.2), mess(rng, instr, 0.15), studio,
                        cap, booked, attended, fmt_hours(rng, hours), rating])
            sid += 1
    write_csv("classes.csv", ["session_id", "date", "start_time", "class", "instructor", "studio", "capacity",
                              "booked", "attended", "duration", "avg_rating"], out)


# ----------------------------------------------------------------------------------------------
# 4. parcel delivery runs

DEPOTS = {  # drivers, base parcels, success rate, mean km
    "North Hub": (["Alan Reyes", "Bea Novak", "Chris Doyle", "Dana Whitfield", "Eli Hart", "Fay Osei",
                   "Gus Lindqvist"], 110, 0.955, 95),
    "East Yard": (["Hana Sato", "Ivan Petrov", "Jo Carter", "Kemal Aydin", "Lena Fischer", "Marco Rossi"],
                  95, 0.945, 120),
    "South Depot": (["Nia Brown", "Omar Haddad", "Pia Larsen", "Quinn Walsh", "Rosa Medina"], 100, 0.905, 85),
    "West Point": (["Sam Okoro", "Tess Muller", "Umar Siddiqui"], 80, 0.935, 160),
}


def gen_runs():
    rng = random.Random(44004)
    month_f = {1: 0.9, 2: 0.95, 3: 1.0, 4: 1.0, 5: 1.0, 6: 0.98, 7: 0.95, 8: 0.95, 9: 1.02, 10: 1.05,
               11: 1.2, 12: 1.45}
    wd_f = [1.15, 1.05, 1.0, 1.0, 1.05, 0.8]
    vans = {"North Hub": ["VN-101", "VN-102", "VN-103", "VN-104"], "East Yard": ["VN-201", "VN-202", "VN-203"],
            "South Depot": ["VN-301", "VN-302"], "West Point": ["VN-401"]}
    out = []
    rno = 880001
    for d in days(dt.date(2024, 1, 1), dt.date(2024, 12, 31)):
        wd = d.weekday()
        if wd == 6 or (d.month == 12 and d.day in (25, 26)) or (d.month == 1 and d.day == 1):
            continue
        for depot in ["North Hub", "East Yard", "South Depot", "West Point"]:
            drivers, base, rate, km = DEPOTS[depot]
            n = {"North Hub": 3, "East Yard": 2 if d.month <= 6 else 3, "South Depot": 2, "West Point": 1}[depot]
            for driver, van in zip(rng.sample(drivers, n), vans[depot]):
                attempted = max(20, round(base * month_f[d.month] * wd_f[wd] * rng.gauss(1.0, 0.12)))
                delivered = min(attempted, round(attempted * clamp(rng.gauss(rate, 0.035), 0.55, 1.0)))
                dist = max(20.0, rng.gauss(km, 18))
                fuel = dist * rng.gauss(0.12, 0.01)
                m = rng.random()
                fuel_s = ("n/a" if m < 0.015 else "-" if m < 0.025 else "not logged" if m < 0.03 else
                          "" if m < 0.04 else f"{fuel:.1f}")
                shift = clamp(round((4.0 + attempted / 30 + rng.gauss(0, 0.6)) * 4) / 4, 5.0, 11.0)
                t = rng.random()
                if depot == "West Point" and t < 0.5:
                    toll = rng.choice([1250, 1875])
                elif t < 0.08:
                    toll = 625
                else:
                    toll = 0
                toll_s = fmt_cents(toll, rng.choice(["dollar_sep", "sep"])) if (toll or rng.random() < 0.7) else ""
                out.append([rno, d.isoformat(), mess(rng, depot, 0.3), driver, van, attempted, delivered,
                            f"{dist:.1f}", fuel_s, fmt_hours(rng, shift), toll_s])
                rno += 1
    write_csv("runs.csv", ["run_no", "run_date", "depot", "driver", "van", "parcels_attempted",
                           "parcels_delivered", "distance_km", "fuel_litres", "shift_hours", "toll"], out)


# ----------------------------------------------------------------------------------------------
# 5. school exam results

FIRST = ["Aisha", "Ben", "Chloe", "Daniel", "Ella", "Finn", "Grace", "Hugo", "Isla", "Jack", "Kira", "Liam",
         "Maya", "Noah", "Olivia", "Pavel", "Quinn", "Ruby", "Sami", "Tara", "Umar", "Violet", "Wes", "Xena",
         "Yusuf", "Zoe", "Amir", "Bella", "Caleb", "Dina"]
LAST = ["Adams", "Baker", "Chen", "Dlamini", "Evans", "Fraser", "Garcia", "Hughes", "Iqbal", "Jensen",
        "Khan", "Lewis", "Murphy", "Nguyen", "Okafor", "Patel", "Quist", "Reid", "Singh", "Turner", "Usman",
        "Vance", "Walsh", "Xu", "Young", "Zeller", "Moreau", "Novak", "Ortiz", "Price"]
SUBJECTS = {  # difficulty offset, term-2 extra
    "Maths": (-4, 4.5), "English": (2, 0.0), "Biology": (0, 1.0), "History": (1, -0.5),
    "Geography": (3, 0.5), "French": (-3, 1.0), "Physical Education": (8, 0.0),
}
TEACHERS = {
    ("Maths", "10"): "Mr Patel", ("Maths", "11"): "Ms Okafor", ("English", "10"): "Mrs Hale",
    ("English", "11"): "Mr Dunn", ("Biology", "10"): "Dr Ruiz", ("Biology", "11"): "Dr Ruiz",
    ("History", "10"): "Ms Grant", ("History", "11"): "Mr Abbott", ("Geography", "10"): "Mrs Lowe",
    ("Geography", "11"): "Mrs Lowe", ("French", "10"): "Mme Girard", ("French", "11"): "Mme Girard",
    ("Physical Education", "10"): "Coach Burns", ("Physical Education", "11"): "Coach Burns",
}
TEACHER_EFFECT = {"Mr Patel": 2, "Ms Okafor": -1, "Mrs Hale": 1, "Mr Dunn": -2, "Dr Ruiz": 0, "Ms Grant": -6,
                  "Mr Abbott": 2, "Mrs Lowe": 0, "Mme Girard": -1, "Coach Burns": 0}
FORMS = {"10A": 2, "10B": 0, "10C": -2, "11A": 7, "11B": -1, "11C": 1}


def gen_grades():
    rng = random.Random(55005)
    names = [f"{f} {l}" for f in FIRST for l in LAST]
    names = rng.sample(names, 180)
    students = []
    for i, name in enumerate(names):
        form = list(FORMS)[i // 30]
        students.append((1001 + i, name, form, rng.gauss(64, 10)))
    exam_day = {}
    for t, (y, m) in enumerate([(2023, 12), (2024, 3), (2024, 6)], start=1):
        for j, subj in enumerate(SUBJECTS):
            exam_day[(t, subj)] = dt.date(y, m, 4 + j + (2 if j >= 5 else 0))
    out = []
    for t in (1, 2, 3):
        for subj, (diff, t2) in SUBJECTS.items():
            for sid, name, form, ability in students:
                teacher = TEACHERS[(subj, form[:2])]
                term_gain = {1: 0.0, 2: 1.5 + t2, 3: 3.0 + t2}[t]
                score = round(clamp(ability + FORMS[form] + diff + term_gain + TEACHER_EFFECT[teacher]
                                    + rng.gauss(0, 8), 0, 100))
                m = rng.random()
                score_s = ("absent" if m < 0.03 else "n/a" if m < 0.04 else "-" if m < 0.05 else
                           "" if m < 0.06 else str(score))
                out.append([sid, name, mess(rng, form, 0.04), mess(rng, subj, 0.2), mess(rng, f"Term {t}", 0.1),
                            exam_day[(t, subj)].strftime("%d/%m/%Y"), score_s, teacher])
    write_csv("grades.csv", ["student_id", "student_name", "form", "subject", "term", "exam_date", "score",
                             "teacher"], out)


# ----------------------------------------------------------------------------------------------
# 6. SaaS invoices

PLAN_PRICE = {  # monthly per seat (2023, 2024); annual per seat is 10x
    "Starter": (9, 10), "Team": (19, 21), "Business": (35, 39), "Enterprise": (99, 109),
}
REPS = {"Americas": ["Jordan Ellis", "Maya Chen"], "EMEA": ["Lukas Brandt", "Amara Diallo"],
        "APAC": ["Kenji Watanabe", "Priya Raman"]}
CO_A = ["Brightline", "Copperleaf", "Northstar", "Bluefin", "Ironbark", "Silverpine", "Redwood", "Tidewater",
        "Granite", "Lumen", "Oakridge", "Blackcomb", "Suncrest", "Meridian", "Foxglove", "Harbor", "Kestrel",
        "Juniper", "Cobalt", "Pinecone", "Saffron", "Quartz", "Willow", "Falcon"]
CO_B = ["Analytics", "Labs", "Logistics", "Health", "Studio", "Systems", "Foods", "Legal", "Media", "Robotics"]
CO_C = ["", " Inc", " Ltd", " GmbH", " Pty Ltd", " LLC"]


def gen_invoices():
    rng = random.Random(66006)
    names = [f"{a} {b}" for a in CO_A for b in CO_B]
    names = rng.sample(names, 130)
    customers = []
    for name in names:
        region = rng.choices(["Americas", "EMEA", "APAC"], weights=[45, 35, 20])[0]
        plan = rng.choices(list(PLAN_PRICE), weights=[35, 30, 22, 13])[0]
        annual = rng.random() < (0.6 if plan == "Enterprise" else 0.28)
        seats = {"Starter": rng.randint(2, 10), "Team": rng.randint(5, 40), "Business": rng.randint(20, 120),
                 "Enterprise": rng.randint(80, 400)}[plan]
        # EMEA signs up later (its billings grow fastest)
        if region == "EMEA":
            start = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(120, 660))
        else:
            start = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 600))
        start = start.replace(day=min(start.day, 28))
        churn_after = rng.randint(4, 24) if rng.random() < 0.18 else 999
        suffix = rng.choice(CO_C)
        customers.append((name + suffix, region, plan, annual, seats, start, churn_after,
                          rng.choice(REPS[region])))
    inv = []
    for name, region, plan, annual, seats, start, churn_after, rep in customers:
        k = 0
        d = start
        while d <= dt.date(2024, 12, 31) and k < churn_after:
            inv.append((d, name, region, plan, annual, seats, rep))
            if annual:
                d = d.replace(year=d.year + 1)
                k += 12
            else:
                d = d.replace(year=d.year + (d.month == 12), month=d.month % 12 + 1)
                k += 1
            if rng.random() < 0.25:
                seats = max(1, seats + rng.choice([-2, -1, 1, 1, 2, 3]) * (5 if plan == "Enterprise" else 1))
    inv.sort(key=lambda r: (r[0], r[1]))
    out = []
    for i, (d, name, region, plan, annual, seats, rep) in enumerate(inv):
        unit = PLAN_PRICE[plan][0 if d.year == 2023 else 1] * (10 if annual else 1)
        if d >= dt.date(2024, 11, 1):
            status = "Overdue" if rng.random() < 0.3 else "Paid"
        else:
            r = rng.random()
            status = "Refunded" if r < 0.04 else "Overdue" if r < 0.06 else "Paid"
        style = rng.choice(["dollar_sep", "sep", "dollar_plain", "plain"])
        price_s = fmt_cents(unit * 100, style)
        if rng.random() < 0.1:
            price_s = str(unit)
        out.append([230001 + i, d.strftime("%m/%d/%Y"), mess(rng, name, 0.15), mess(rng, plan, 0.2),
                    "Annual" if annual else "Monthly", seats, price_s, mess(rng, status, 0.12),
                    mess(rng, region, 0.2), rep])
    write_csv("invoices.csv", ["invoice_no", "invoice_date", "customer", "plan", "billing", "seats",
                               "price_per_seat", "status", "region", "sales_rep"], out)


def main():
    gen_ledger()
    gen_clinics_and_visits()
    gen_classes()
    gen_runs()
    gen_grades()
    gen_invoices()
    for p in sorted(DATA.glob("*.csv")):
        with open(p, encoding="utf-8") as f:
            n = sum(1 for _ in f) - 1
        print(f"{p.name}: {n} rows")


if __name__ == "__main__":
    main()
