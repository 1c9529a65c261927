#!/usr/bin/env python3
"""Held-out set 4: write the datasets under data/ (deterministic, standard library only).

    python3 tests/heldout/set4/generate.py

Running it again reproduces every CSV byte for byte (each dataset has its own seeded
random.Random; nothing iterates a set or a dict whose order could change; money is kept in
integer cents and formatted by hand).

Datasets (see README.md for the mess in each):
    loans.csv + books.csv   public library loans + book catalogue lookup (day-first dates, late fees)
    vet_visits.csv          vet clinic appointments (US datetimes, fees, no-shows, pet weights)
    solar_daily.csv         solar farm output, one row per array per day (pre-aggregated; availability 0-1)
    race_results.csv        running events 2023-2024 (h:mm:ss finish times, DNF/DNS)
    parking.csv             parking sessions (ISO entry/exit datetimes, fees, fines)
    harvests.csv            fruit farm harvest picks (day-first dates, kg with separators, grade-A share 0-1)
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


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def missing_word(rng):
    return rng.choice(["", "n/a", "-"])


def yes_no(rng, flag, p=0.15):
    word = "Yes" if flag else "No"
    r = rng.random()
    if r < p / 2:
        return word[0]           # Y / N
    return mess(rng, word, p / 2)


# ----------------------------------------------------------------------------------------------
# 1. library loans + book catalogue

GENRES = [  # genre, books, popularity, typical pages
    ("Fiction", 70, 1.0, 360), ("Mystery", 45, 1.5, 330), ("Science Fiction", 30, 1.0, 420),
    ("Biography", 30, 0.6, 390), ("History", 30, 0.55, 450), ("Children's", 50, 1.25, 60),
    ("Romance", 30, 1.1, 310), ("Cooking", 20, 0.7, 240), ("Self-Help", 25, 0.8, 250),
]
ADJ = ["Silent", "Hidden", "Last", "Broken", "Golden", "Winter", "Paper", "Burning", "Distant", "Little",
       "Secret", "Lost", "Quiet", "Wild", "Crimson", "Glass", "Northern", "Midnight", "Salt", "Iron"]
NOUN = ["Harbour", "Garden", "Letter", "Orchard", "River", "Kingdom", "Lighthouse", "Promise", "Forest",
        "Station", "Island", "Kitchen", "Mountain", "Archive", "Summer", "Voyage", "Bridge", "Clockmaker",
        "Compass", "Daughter"]
FIRST = ["Anna", "Ben", "Clara", "David", "Elena", "Felix", "Grace", "Hugo", "Iris", "James", "Kate", "Liam",
         "Maya", "Noah", "Olivia", "Paul", "Rosa", "Sam", "Tara", "Victor"]
LAST = ["Abbott", "Brennan", "Castillo", "Dawson", "Ellery", "Fischer", "Gallagher", "Hayes", "Ito", "Jensen",
        "Keller", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Price", "Quinn", "Rahman", "Sorensen", "Tanaka"]
BRANCHES = [("Central", 40), ("Northside", 25), ("Westfield", 20), ("Harbourview", 15)]


def gen_library():
    rng = random.Random(41001)
    authors = []
    while len(authors) < 120:
        a = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if a not in authors:
            authors.append(a)
    titles = []
    books = []
    n = 1
    for genre, count, pop, pages in GENRES:
        for _ in range(count):
            while True:
                t = f"The {rng.choice(ADJ)} {rng.choice(NOUN)}"
                if rng.random() < 0.3:
                    t = f"{rng.choice(ADJ)} {rng.choice(NOUN)}s"
                if t not in titles:
                    break
            titles.append(t)
            author = authors[min(len(authors) - 1, int(rng.paretovariate(1.1))) if rng.random() < 0.3
                             else rng.randrange(len(authors))]
            bid = f"B{n:04d}"
            n += 1
            popularity = pop * rng.lognormvariate(0, 0.9)
            p = max(24, round(rng.gauss(pages, pages * 0.2)))
            books.append([bid, t, author, genre, p, rng.randint(1965, 2024), popularity])
    rng.shuffle(books)
    # a handful of runaway favourites
    for b in books[:3]:
        b[6] *= 9
    book_rows = [[b[0], b[1], b[2], mess(rng, b[3], 0.3), b[4], b[5]] for b in sorted(books)]
    write_csv("books.csv", ["book_id", "title", "author", "genre", "pages", "year_published"], book_rows)

    weights = [b[6] for b in books]
    members = [f"M{5000 + i}" for i in range(950)]
    mem_w = [rng.lognormvariate(0, 1.0) for _ in members]
    month_f = {1: 1.25, 2: 1.05, 3: 1.0, 4: 1.05, 5: 0.95, 6: 0.9, 7: 1.3, 8: 1.15, 9: 0.9, 10: 0.95,
               11: 0.9, 12: 1.2}
    wd_lam = [12, 13, 12.5, 15, 11, 17, 0]  # closed on Sundays
    loans = []
    for d in days(dt.date(2024, 1, 2), dt.date(2024, 12, 31)):
        for _ in range(poisson(rng, wd_lam[d.weekday()] * month_f[d.month] * 0.95)):
            loans.append(d)
    out = []
    end = dt.date(2025, 1, 6)  # the export date
    for i, d in enumerate(loans):
        b = rng.choices(books, weights=weights)[0]
        branch = rng.choices([x for x, _ in BRANCHES], weights=[w for _, w in BRANCHES])[0]
        fmt = "eBook" if rng.random() < (0.22 if d.month < 7 else 0.3) else "Print"
        renewals = rng.choices([0, 1, 2], weights=[72, 20, 8])[0]
        due = d + dt.timedelta(days=21 * (1 + renewals))
        if fmt == "eBook":
            back = min(due, d + dt.timedelta(days=rng.randint(3, 21 * (1 + renewals))))
            late_s = rng.choice(["", "-", "n/a"])
        else:
            r = rng.random()
            if r < 0.68:
                back = d + dt.timedelta(days=rng.randint(4, (due - d).days))
            else:
                back = due + dt.timedelta(days=max(1, round(rng.expovariate(1 / 9))))
            late_days = max(0, (back - due).days)
            fee = min(1000, late_days * 25)
            late_s = fmt_cents(fee, rng.choice(["dollar_plain", "plain", "whole", "dollar_plain"]))
        returned = back.strftime("%d/%m/%Y")
        if back > end:
            returned = ""
            if fmt == "Print":
                late_s = ""
        out.append([f"L{300001 + i}", b[0], rng.choices(members, weights=mem_w)[0], mess(rng, branch, 0.18),
                    mess(rng, fmt, 0.1), d.strftime("%d/%m/%Y"), due.strftime("%d/%m/%Y"), returned, renewals,
                    late_s])
    write_csv("loans.csv", ["loan_id", "book_id", "member_id", "branch", "format", "checkout_date", "due_date",
                            "returned_date", "renewals", "late_fee"], out)


# ----------------------------------------------------------------------------------------------
# 2. vet clinic appointments

VETS = [("Dr. Patel", 30), ("Dr. Nguyen", 26), ("Dr. O'Brien", 22), ("Dr. Kowalski", 14), ("Dr. Haddad", 8)]
SPECIES = [("Dog", 52, 22.0), ("Cat", 34, 4.6), ("Rabbit", 6, 2.1), ("Bird", 4, 0.4), ("Guinea Pig", 4, 1.0)]
VISITS = [  # type, weight, fee mean (cents), sd
    ("Vaccination", 26, 8900, 1500), ("Check-up", 30, 7500, 1200), ("Dental", 10, 42000, 9000),
    ("Surgery", 8, 145000, 45000), ("Emergency", 9, 68000, 25000), ("Follow-up", 17, 4500, 900),
]


def gen_vet():
    rng = random.Random(42002)
    pets = []
    for i in range(1400):
        sp, _w, kg = rng.choices(SPECIES, weights=[s[1] for s in SPECIES])[0]
        pets.append((f"PET-{2000 + i}", sp, kg * rng.lognormvariate(0, 0.35), rng.random() < 0.38,
                     rng.lognormvariate(0, 0.8)))
    pet_w = [p[4] for p in pets]
    hours = {8: 4, 9: 9, 10: 11, 11: 9, 12: 5, 13: 6, 14: 8, 15: 9, 16: 10, 17: 7, 18: 3}
    wd_lam = [17, 15, 14.5, 15, 16, 9, 0]
    out = []
    appts = []
    for d in days(dt.date(2024, 1, 2), dt.date(2024, 12, 31)):
        for _ in range(poisson(rng, wd_lam[d.weekday()] * (1.1 if d.month in (10, 11, 12) else 1.0))):
            h = rng.choices(list(hours), weights=list(hours.values()))[0]
            if d.weekday() == 5 and h > 12:
                h = rng.choice([9, 10, 11])
            appts.append(dt.datetime(d.year, d.month, d.day, h, rng.choice([0, 15, 30, 45])))
    appts.sort()
    for i, when in enumerate(appts):
        pid, sp, kg, insured, _pw = rng.choices(pets, weights=pet_w)[0]
        vt, _w, mean, sd = rng.choices(VISITS, weights=[v[1] for v in VISITS])[0]
        if sp in ("Bird", "Guinea Pig") and vt == "Dental":
            vt, mean, sd = "Check-up", 7500, 1200
        vet = rng.choices([v for v, _ in VETS], weights=[w for _, w in VETS])[0]
        if vt == "Surgery" and rng.random() < 0.6:
            vet = "Dr. Nguyen"
        r = rng.random()
        status = "Completed" if r < 0.87 else "No-show" if r < 0.95 else "Cancelled"
        if vt == "Emergency":
            status = "Completed"
        if status == "Completed":
            cents = max(2500, round(rng.gauss(mean, sd) / 5) * 5)
            fee = fmt_cents(cents, pick_style(rng, (40, 20, 25, 10, 5)))
        else:
            fee = rng.choice(["", "0", "$0.00", "-"])
        weight = f"{kg * rng.gauss(1, 0.03):.1f}" if status == "Completed" and rng.random() > 0.07 else missing_word(rng)
        out.append([f"V{70001 + i}", when.strftime("%m/%d/%Y %H:%M"), pid, mess(rng, sp, 0.2), vet,
                    mess(rng, vt, 0.15), mess(rng, status, 0.12), fee, weight, yes_no(rng, insured)])
    write_csv("vet_visits.csv", ["appointment_id", "appointment_time", "pet_id", "species", "vet", "visit_type",
                                 "status", "fee", "weight_kg", "insured"], out)


# ----------------------------------------------------------------------------------------------
# 3. solar farm output, one row per array per day (pre-aggregated)

ARRAYS = [  # site, array, capacity kW, efficiency, fault rate
    ("Dry Creek", "DC-1", 4800, 0.97, 0.01), ("Dry Creek", "DC-2", 4800, 0.95, 0.02),
    ("Dry Creek", "DC-3", 3600, 0.96, 0.015), ("Red Hill", "RH-1", 6000, 0.93, 0.03),
    ("Red Hill", "RH-2", 6000, 0.98, 0.01), ("Saltpan Flats", "SF-1", 5200, 0.99, 0.005),
    ("Saltpan Flats", "SF-2", 5200, 0.9, 0.05), ("Saltpan Flats", "SF-3", 2400, 0.96, 0.02),
]
SUN_H = {1: 7.4, 2: 6.9, 3: 5.9, 4: 4.8, 5: 3.7, 6: 3.2, 7: 3.4, 8: 4.3, 9: 5.4, 10: 6.4, 11: 7.0, 12: 7.5}


def gen_solar():
    rng = random.Random(43003)
    out = []
    for d in days(dt.date(2024, 1, 1), dt.date(2024, 12, 31)):
        cloud = clamp(rng.gauss(0.85, 0.2), 0.15, 1.05)
        for site, arr, cap, eff, fault in ARRAYS:
            local = clamp(cloud * rng.gauss(1, 0.05), 0.1, 1.1) * (1.06 if site == "Saltpan Flats" else 1.0)
            expected = cap * SUN_H[d.month] * local * 0.82
            avail = 1.0
            downtime = 0.0
            if rng.random() < fault:
                downtime = round(rng.uniform(1, 12), 1)
                avail = clamp(1 - downtime / 12, 0, 1)
            elif rng.random() < 0.1:
                downtime = round(rng.uniform(0.1, 0.9), 1)
                avail = 1 - downtime / 12
            gen = expected * eff * avail * rng.gauss(1, 0.02)
            curtailed = 0.0
            if d.month in (9, 10, 11) and rng.random() < 0.15:
                curtailed = round(gen * rng.uniform(0.05, 0.25), 1)
                gen -= curtailed
            price = 65 + 25 * (d.month in (6, 7, 8)) + rng.gauss(0, 6)  # $/MWh
            rev = round(gen / 1000 * price * 100)
            g = f"{gen:,.1f}" if rng.random() < 0.6 else f"{gen:.1f}"
            out.append([d.isoformat(), mess(rng, site, 0.15), arr, cap, g, f"{expected:.1f}", f"{avail:.3f}",
                        f"{downtime:.1f}" if downtime else rng.choice(["0", "", "-"]),
                        f"{curtailed:.1f}" if curtailed else rng.choice(["", "n/a", "0"]),
                        fmt_cents(rev, pick_style(rng, (40, 25, 25, 10, 0)))])
    write_csv("solar_daily.csv", ["date", "site", "array_id", "capacity_kw", "energy_kwh", "expected_kwh",
                                  "availability", "downtime_hours", "curtailed_kwh", "revenue"], out)


# ----------------------------------------------------------------------------------------------
# 4. running event results

EVENTS = [  # event, distance, km, 2023 date, 2024 date, entrants 2023, 2024, median minutes
    ("Harbour Fun Run", "10K", 10, dt.date(2023, 3, 19), dt.date(2024, 3, 17), 620, 710, 58),
    ("City Half Marathon", "Half Marathon", 21.1, dt.date(2023, 6, 11), dt.date(2024, 6, 9), 540, 590, 124),
    ("Riverside Marathon", "Marathon", 42.2, dt.date(2023, 9, 24), dt.date(2024, 9, 22), 330, 390, 262),
]
COUNTRIES = [("AUS", 70), ("NZL", 10), ("GBR", 6), ("USA", 4), ("JPN", 3), ("CAN", 2), ("IRL", 2),
             ("ZAF", 1), ("DEU", 1), ("KEN", 1)]
CLUBS = [("Harbour Harriers", 12), ("Eastside Striders", 8), ("Parkrun Crew", 10), ("Uni Athletics", 5),
         ("Trail Dogs", 4)]
AGE = [("18-29", 24, 0.95), ("30-39", 30, 0.97), ("40-49", 26, 1.0), ("50-59", 14, 1.06), ("60+", 6, 1.17)]


def gen_races():
    rng = random.Random(44004)
    out = []
    bib = 1
    for year in (2023, 2024):
        for event, dist, _km, d23, d24, n23, n24, med in EVENTS:
            d = d23 if year == 2023 else d24
            for _ in range(n23 if year == 2023 else n24):
                g = rng.choices(["F", "M", "X"], weights=[46, 53, 1])[0]
                ag, _w, af = rng.choices(AGE, weights=[a[1] for a in AGE])[0]
                club = rng.choices([c for c, _ in CLUBS] + [""], weights=[w for _, w in CLUBS] + [61])[0]
                first = rng.random() < (0.35 if dist == "10K" else 0.22)
                r = rng.random()
                dnf_p = {"10K": 0.01, "Half Marathon": 0.025, "Marathon": 0.06}[dist]
                if r < 0.04:
                    t = "DNS"
                elif r < 0.04 + dnf_p:
                    t = rng.choice(["DNF", "dnf", "DNF "])
                else:
                    mins = med * af * (1.09 if g == "F" else 1.0) * (1.06 if first else 1.0) * rng.lognormvariate(0, 0.13)
                    secs = round(mins * 60)
                    h, rem = divmod(secs, 3600)
                    m, s = divmod(rem, 60)
                    t = f"{h}:{m:02d}:{s:02d}"
                    if h == 0 and rng.random() < 0.5:
                        t = f"{m}:{s:02d}"
                gs = g if rng.random() > 0.1 else rng.choice([g.lower(), g + " ", {"F": "Female", "M": "Male", "X": "X"}[g]])
                out.append([f"{year}-{bib:05d}", event if rng.random() > 0.15 else mess(rng, event, 1.0),
                            d.strftime("%d %b %Y"), mess(rng, dist, 0.12), gs, ag,
                            rng.choices([c for c, _ in COUNTRIES], weights=[w for _, w in COUNTRIES])[0],
                            mess(rng, club, 0.15), yes_no(rng, first, 0.2), t])
                bib += 1
    write_csv("race_results.csv", ["bib", "event", "event_date", "distance", "gender", "age_group", "country",
                                   "club", "first_race", "finish_time"], out)


# ----------------------------------------------------------------------------------------------
# 5. parking sessions

ZONES = [  # zone, weight, $/hour (cents), mean stay minutes, fine rate
    ("CBD", 34, 450, 95, 0.05), ("Station", 22, 250, 420, 0.02), ("Beachfront", 18, 380, 150, 0.08),
    ("Hospital", 14, 300, 180, 0.03), ("Market", 12, 200, 70, 0.04),
]
PAY = [("Card", 40), ("App", 35), ("Cash", 12), ("Permit", 13)]


def gen_parking():
    rng = random.Random(45005)
    plates = []
    for _ in range(1800):
        p = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "-" + str(rng.randint(100, 999))
        if p not in plates:
            plates.append(p)
    plate_w = [rng.lognormvariate(0, 1.1) for _ in plates]
    hours = {6: 3, 7: 8, 8: 12, 9: 11, 10: 9, 11: 8, 12: 8, 13: 7, 14: 6, 15: 5, 16: 5, 17: 6, 18: 4, 19: 3, 20: 2}
    wd_lam = [30, 31, 31, 32, 34, 29, 16]
    month_f = {1: 1.12, 2: 1.0, 3: 0.97, 4: 0.95, 5: 0.9, 6: 0.87}
    starts = []
    for d in days(dt.date(2024, 1, 1), dt.date(2024, 6, 30)):
        for _ in range(poisson(rng, wd_lam[d.weekday()] * month_f[d.month])):
            h = rng.choices(list(hours), weights=list(hours.values()))[0]
            starts.append(dt.datetime(d.year, d.month, d.day, h, rng.randrange(60), rng.randrange(60)))
    starts.sort()
    out = []
    for i, t0 in enumerate(starts):
        zone, _w, rate, stay, fine_p = rng.choices(ZONES, weights=[z[1] for z in ZONES])[0]
        if zone == "Beachfront" and t0.weekday() >= 5:
            stay *= 1.3
        mins = max(5, round(rng.lognormvariate(math.log(stay), 0.6)))
        if zone != "Station":
            mins = min(mins, 600)
        t1 = t0 + dt.timedelta(minutes=mins, seconds=rng.randrange(60))
        pay = rng.choices([p for p, _ in PAY], weights=[w for _, w in PAY])[0]
        vtype = rng.choices(["Car", "EV", "Motorbike"], weights=[80, 12, 8])[0]
        cents = 0 if pay == "Permit" else round(rate * math.ceil(mins / 15) / 4 / 10) * 10
        if vtype == "Motorbike":
            cents //= 2
        fined = pay != "Permit" and rng.random() < fine_p
        amt = fmt_cents(cents, rng.choice(["dollar_plain", "plain", "whole", "dollar_plain"]))
        if pay == "Permit":
            amt = rng.choice(["0", "$0.00", ""])
        out.append([f"P{900001 + i}", rng.choices(plates, weights=plate_w)[0], mess(rng, zone, 0.15),
                    t0.strftime("%Y-%m-%dT%H:%M:%S"), t1.strftime("%Y-%m-%dT%H:%M:%S"), mess(rng, pay, 0.15),
                    mess(rng, vtype, 0.1), amt, yes_no(rng, fined, 0.1)])
    write_csv("parking.csv", ["session_id", "plate", "zone", "entry_time", "exit_time", "payment_method",
                              "vehicle_type", "amount_paid", "fine_issued"], out)


# ----------------------------------------------------------------------------------------------
# 6. fruit farm harvest picks

FIELDS = [  # field, crop, hectares, organic
    ("F01", "Strawberries", 2.0, True), ("F02", "Strawberries", 3.1, False), ("F03", "Blueberries", 2.6, True),
    ("F04", "Blueberries", 1.8, False), ("F05", "Cherries", 4.0, False), ("F06", "Cherries", 2.2, True),
    ("F07", "Apples", 6.5, False), ("F08", "Apples", 5.0, False), ("F09", "Apples", 3.3, True),
    ("F10", "Pears", 4.2, False), ("F11", "Pears", 2.9, True), ("F12", "Plums", 2.5, False),
]
CROPS = {  # season months, kg per ha per pick, price cents/kg, grade-A mean, picks per week, 2024 factor
    "Strawberries": ((10, 11, 12, 1, 2, 3), 260, 620, 0.78, 3, 1.15),
    "Blueberries": ((11, 12, 1, 2), 170, 1180, 0.82, 2, 0.92),
    "Cherries": ((11, 12, 1), 240, 1350, 0.7, 3, 1.05),
    "Apples": ((2, 3, 4, 5), 1250, 230, 0.74, 2, 1.02),
    "Pears": ((2, 3, 4), 1050, 260, 0.69, 2, 0.85),
    "Plums": ((1, 2, 3), 420, 480, 0.72, 2, 1.2),
}
CREWS = ["Crew Alpha", "Crew Bravo", "Crew Charlie", "Crew Delta"]


def gen_harvests():
    rng = random.Random(46006)
    out = []
    n = 1
    for d in days(dt.date(2023, 1, 1), dt.date(2024, 12, 31)):
        if d.weekday() == 6:
            continue
        rain = round(rng.expovariate(1 / 3), 1) if rng.random() < 0.3 else 0.0
        for field, crop, ha, organic in FIELDS:
            months, kg_ha, price, grade, per_week, f24 = CROPS[crop]
            if d.month not in months or rng.random() > min(1.0, per_week / 2.5):
                continue
            kg = ha * kg_ha * (f24 if d.year == 2024 else 1.0) * rng.lognormvariate(0, 0.25) * (0.8 if organic else 1)
            kg = round(kg * (0.7 if rain > 10 else 1.0))
            p = round(price * (1.35 if organic else 1.0) * rng.gauss(1, 0.07))
            share = clamp(rng.gauss(grade - (0.12 if rain > 10 else 0), 0.06), 0.3, 0.98)
            rejected = round(kg * rng.uniform(0.01, 0.08)) if rng.random() < 0.7 else None
            crew = rng.choices(CREWS, weights=[35, 30, 20, 15] if crop in ("Apples", "Pears") else [20, 25, 30, 25])[0]
            kg_s = f"{kg:,}" if rng.random() < 0.7 else str(kg)
            rej_s = str(rejected) if rejected is not None else missing_word(rng)
            out.append([f"H{n:05d}", d.strftime("%d/%m/%Y"), field, mess(rng, crop, 0.18), crew, kg_s,
                        f"{share:.2f}", fmt_cents(p, rng.choice(["dollar_plain", "plain", "dollar_plain"])), rej_s,
                        f"{rain:.1f}", yes_no(rng, organic, 0.15)])
            n += 1
    write_csv("harvests.csv", ["pick_id", "pick_date", "field", "crop", "crew", "kg_picked", "grade_a_share",
                               "price_per_kg", "rejected_kg", "rain_mm", "organic"], out)


def main():
    gen_library()
    gen_vet()
    gen_solar()
    gen_races()
    gen_parking()
    gen_harvests()
    for p in sorted(DATA.glob("*.csv")):
        with open(p, encoding="utf-8") as f:
            n = sum(1 for _ in f) - 1
        print(f"{p.name}: {n} rows")


if __name__ == "__main__":
    main()
