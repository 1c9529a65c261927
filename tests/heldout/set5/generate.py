#!/usr/bin/env python3
"""Held-out set 5: write the datasets under data/ (deterministic, standard library only).

    python3 tests/heldout/set5/generate.py

Running it again reproduces every CSV byte for byte (each dataset has its own seeded
random.Random; nothing iterates a set or a dict whose order could change; money is kept in
integer cents and formatted by hand).

Datasets (see README.md for the mess in each):
    screenings.csv + films.csv  cinema screenings + films lookup (day-first datetimes, gross as money strings)
    water_samples.csv           drinking-water quality samples (US dates, blanks/n/a/-, yes/no spellings)
    pledges.csv                 crowdfunding pledges (ISO datetimes with seconds, signed amounts: refunds are
                                negative, fee_rate is a fraction 0-1)
    network_months.csv          mobile network usage, one row per month x region x plan (pre-aggregated)
    appointments.csv            dental practice appointments (dd-Mon-yyyy datetimes, fees in pounds, insurer_share
                                is a fraction 0-1, status and yes/no spellings)
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
# 1. cinema screenings + films lookup

FILMS = [  # code, title, genre, rating, runtime, popularity, release (month of 2024), run length in months
    ("F101", "The Quiet Harbour", "Drama", "M", 118, 6, 1, 3),
    ("F102", "Rocket Kids", "Family", "PG", 94, 10, 1, 4),
    ("F103", "Night Shift", "Thriller", "MA15+", 106, 7, 1, 3),
    ("F104", "Laugh Track", "Comedy", "M", 99, 6, 2, 3),
    ("F105", "Iron Meridian", "Action", "M", 132, 12, 2, 4),
    ("F106", "Paper Moons", "Romance", "PG", 112, 4, 2, 2),
    ("F107", "The Long Field", "Drama", "PG", 125, 3, 3, 3),
    ("F108", "Galaxy Drift", "Sci-Fi", "M", 141, 11, 3, 4),
    ("F109", "Bramble & Bee", "Family", "G", 88, 8, 3, 4),
    ("F110", "Cold Trail", "Thriller", "M", 110, 6, 4, 3),
    ("F111", "Office Party", "Comedy", "MA15+", 101, 7, 4, 3),
    ("F112", "Skyfall Protocol", "Action", "M", 127, 9, 5, 2),
    ("F113", "Salt and Stone", "Documentary", "PG", 84, 2, 1, 6),
    ("F114", "Little Lanterns", "Family", "G", 91, 9, 5, 2),
    ("F115", "After the Rain", "Romance", "M", 115, 5, 5, 2),
    ("F116", "Deep Orbit", "Sci-Fi", "M", 136, 8, 6, 1),
    ("F117", "Grandma's Kitchen", "Documentary", "PG", 79, 2, 4, 3),
    ("F118", "The Heist Club", "Action", "MA15+", 119, 7, 6, 1),
]
SCREENS = [("Screen 1", 220), ("Screen 2", 180), ("Screen 3", 140), ("Screen 4", 120), ("Screen 5", 90),
           ("Gold Lounge", 40)]


def gen_cinema():
    rng = random.Random(5101)
    rows = []
    for code, title, genre, rating, runtime, _p, _m, _l in FILMS:
        g = mess(rng, genre, 0.45)
        rt = str(runtime) if rng.random() < 0.8 else f"{runtime} min"
        rows.append([code, title, g, rating, rt])
    write_csv("films.csv", ["film_code", "title", "genre", "rating", "runtime"], rows)

    out = []
    sid = 70001
    slots = [(10, 0), (11, 30), (13, 15), (15, 0), (16, 45), (18, 30), (19, 15), (20, 45), (21, 30)]
    for d in days(dt.date(2024, 1, 1), dt.date(2024, 6, 30)):
        showing = [f for f in FILMS if f[6] <= d.month < f[6] + f[7]]
        weekend = d.weekday() >= 4
        for screen, seats in SCREENS:
            n_slots = rng.randint(3, 5) if not weekend else rng.randint(4, 6)
            if d.weekday() in (0, 1) and screen == "Gold Lounge":
                continue
            chosen = sorted(rng.sample(slots, n_slots))
            for h, mi in chosen:
                f = rng.choices(showing, weights=[x[5] for x in showing])[0]
                fmt = "2D"
                if f[2] in ("Action", "Sci-Fi") and screen in ("Screen 1", "Screen 2") and rng.random() < 0.5:
                    fmt = "IMAX" if screen == "Screen 1" else "3D"
                elif f[2] == "Family" and rng.random() < 0.25:
                    fmt = "3D"
                demand = f[5] / 10 * (1.5 if weekend else 1.0) * (1.3 if h >= 18 else 0.8)
                if f[2] == "Family" and h < 16:
                    demand *= 1.6
                occ = clamp(rng.gauss(0.38 * demand, 0.12), 0.02, 1.0)
                sold = int(round(seats * occ))
                base = {"2D": 1650, "3D": 1950, "IMAX": 2450}[fmt]
                if screen == "Gold Lounge":
                    base = 3900
                if d.weekday() == 1:
                    base -= 500  # cheap Tuesdays
                gross_c = sold * base - (rng.randint(0, 3) * 300 if sold > 3 else 0)
                gross = fmt_cents(max(gross_c, 0), pick_style(rng))
                when = f"{d.day:02d}/{d.month:02d}/{d.year} {h:02d}:{mi:02d}"
                cc = rng.random()
                conc = fmt_cents(int(sold * rng.uniform(450, 900)), pick_style(rng)) if cc > 0.04 else missing_word(rng)
                out.append([sid, when, mess(rng, screen, 0.15), f[0], mess(rng, fmt, 0.2), seats, sold, gross, conc])
                sid += 1
    write_csv("screenings.csv", ["screening_id", "starts_at", "screen", "film_code", "format", "seats",
                                 "tickets_sold", "gross", "concessions"], out)


# ----------------------------------------------------------------------------------------------
# 2. water quality samples

SITES = [("Lakeside Reservoir", "North"), ("Pine Creek Intake", "North"), ("Mill Road Tank", "North"),
         ("Harbour View Tap", "South"), ("Old Quarry Bore", "South"), ("Rosedale School", "South"),
         ("Eastgate Pump Station", "East"), ("Kingsford Main", "East"), ("Sandy Flats Bore", "East"),
         ("Westfield Tower", "West"), ("Cedar Park", "West"), ("Riverside Treatment Plant", "West")]
TECHS = ["J. Okafor", "M. Lindqvist", "P. Sharma", "D. Castillo", "R. Nguyen"]


def gen_water():
    rng = random.Random(5202)
    out = []
    sid = 1
    for d in days(dt.date(2023, 1, 2), dt.date(2024, 12, 31)):
        if d.weekday() >= 5:
            continue
        for site, zone in SITES:
            p = 0.5 if "Bore" in site or "Intake" in site else 0.45
            if rng.random() > p:
                continue
            summer = d.month in (12, 1, 2)
            ph = round(clamp(rng.gauss(7.4 if "Bore" not in site else 7.9, 0.25), 6.2, 8.9), 2)
            turb = round(max(0.05, rng.lognormvariate(-0.7 if "Treatment" not in site else -1.5, 0.7)
                             * (1.8 if "Creek" in site and d.month in (6, 7, 8) else 1)), 2)
            ecoli = 0
            if rng.random() < (0.10 if "Creek" in site or "Bore" in site else 0.03) * (2 if summer else 1):
                ecoli = rng.randint(1, 40)
            chlorine = round(clamp(rng.gauss(0.9 if "Bore" not in site else 0.5, 0.25), 0.0, 2.0), 2)
            ok = ecoli == 0 and 6.5 <= ph <= 8.5 and turb <= 5
            t = str(turb) if rng.random() > 0.05 else missing_word(rng)
            e = str(ecoli) if rng.random() > 0.04 else missing_word(rng)
            cl = f"{chlorine:.2f}" if rng.random() > 0.03 else missing_word(rng)
            comp = rng.choice(["Yes", "yes", "YES", "Y"]) if ok else rng.choice(["No", "no", "NO", "N", "No "])
            if rng.random() < 0.7:
                comp = "Yes" if ok else "No"
            out.append([f"WQ-{sid:05d}", f"{d.month:02d}/{d.day:02d}/{d.year}", mess(rng, site, 0.12),
                        mess(rng, zone, 0.15), f"{ph:.2f}", t, e, cl, comp, rng.choice(TECHS)])
            sid += 1
    write_csv("water_samples.csv", ["sample_id", "sampled_on", "site", "zone", "ph", "turbidity_ntu",
                                    "ecoli_per_100ml", "chlorine_mg_l", "compliant", "technician"], out)


# ----------------------------------------------------------------------------------------------
# 3. crowdfunding pledges

CAMPAIGNS = [("Solar Backpack", "Technology", 55, 9000), ("Pocket Synth", "Music", 40, 7000),
             ("Tidewater Board Game", "Games", 65, 8000), ("Hedgehog Picture Book", "Publishing", 25, 4000),
             ("Urban Beehive Kit", "Design", 80, 4500), ("Indie Film: Dust Road", "Film", 35, 5000),
             ("Clay Mug Collective", "Crafts", 30, 3000), ("Mechanical Keyboard Mk2", "Technology", 120, 6000),
             ("Folk Album: Northern Lights", "Music", 20, 3500), ("Dungeon Tiles 3D", "Games", 45, 7500),
             ("Zero-Waste Cookbook", "Publishing", 28, 3000), ("Modular Desk Lamp", "Design", 70, 5000)]
COUNTRIES = ["Australia", "United States", "United Kingdom", "Canada", "Germany", "New Zealand"]


def gen_pledges():
    rng = random.Random(5303)
    out = []
    pid = 300001
    start = dt.datetime(2024, 3, 1)
    for i, (camp, cat, avg, n) in enumerate(CAMPAIGNS):
        n = int(n * 0.04) + rng.randint(0, 60)
        launch = start + dt.timedelta(days=i * 17)
        for _ in range(n):
            # more pledges in the first and last days of a 30-day campaign
            u = rng.random()
            day = rng.choice([0, 0, 1, 2, 28, 29]) if u < 0.35 else rng.randint(0, 29)
            hour = rng.choices(range(24), weights=[1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 5, 5, 6, 6, 5, 5, 5, 6, 7, 9, 11, 10, 6, 3])[0]
            when = launch + dt.timedelta(days=day, hours=hour, minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
            tier = rng.choices(["Early Bird", "Standard", "Deluxe", "No reward"], weights=[20, 50, 15, 15])[0]
            mult = {"Early Bird": 0.8, "Standard": 1.0, "Deluxe": 2.2, "No reward": 0.3}[tier]
            cents = max(500, int(round(rng.lognormvariate(0, 0.35) * avg * mult)) * 100)
            country = rng.choices(COUNTRIES, weights=[35, 30, 12, 10, 8, 5])[0]
            fee = rng.choice([0.05, 0.05, 0.05, 0.08]) if country != "Australia" else 0.05
            anon = rng.random() < 0.12
            out.append([when, camp, cat, country, tier, cents, fee, anon])
    out.sort(key=lambda r: r[0])
    rows = []
    for when, camp, cat, country, tier, cents, fee, anon in out:
        rows.append([pid, when.strftime("%Y-%m-%d %H:%M:%S"), mess(rng, camp, 0.08), mess(rng, cat, 0.3),
                     mess(rng, country, 0.12), tier, fmt_cents(cents, pick_style(rng)), f"{fee:.2f}",
                     rng.choice(["yes", "Yes", "Y"]) if anon else rng.choice(["no", "No", "No", "N", ""])])
        pid += 1
        if rng.random() < 0.05:  # a refund some days later, as its own negative row
            rw = when + dt.timedelta(days=rng.randint(1, 20), hours=rng.randint(0, 10))
            rows.append([pid, rw.strftime("%Y-%m-%d %H:%M:%S"), mess(rng, camp, 0.08), mess(rng, cat, 0.3),
                         mess(rng, country, 0.12), tier, fmt_cents(-cents, pick_style(rng)), f"{fee:.2f}", ""])
            pid += 1
    rows.sort(key=lambda r: (r[1], r[0]))
    write_csv("pledges.csv", ["pledge_id", "pledged_at", "campaign", "category", "backer_country", "reward_tier",
                              "amount", "fee_rate", "anonymous"], rows)


# ----------------------------------------------------------------------------------------------
# 4. mobile network usage, pre-aggregated per month x region x plan

REGIONS = ["Metro North", "Metro South", "Metro East", "Metro West", "Coastal", "Hinterland", "Tablelands",
           "Riverina", "Far West", "Islands", "Highlands", "Valley"]
PLANS = [("Prepaid Lite", 1500, 3), ("Prepaid Max", 3500, 12), ("Postpaid 20GB", 4500, 14),
         ("Postpaid 60GB", 6500, 38), ("Postpaid Unlimited", 8900, 70), ("Family Share", 12000, 55),
         ("Business Pro", 9500, 48), ("Senior Saver", 2000, 2), ("Data Only", 3000, 25),
         ("Student", 2500, 18), ("Roaming Plus", 11000, 30)]


def gen_network():
    rng = random.Random(5404)
    rows = []
    size = {r: rng.randint(2000, 18000) if r.startswith("Metro") else rng.randint(300, 5000) for r in REGIONS}
    share = {p[0]: w for p, w in zip(PLANS, [14, 10, 12, 15, 12, 8, 7, 6, 5, 8, 3])}
    for y in (2023, 2024):
        for m in range(1, 13):
            growth = 1 + 0.012 * ((y - 2023) * 12 + m)
            for region in REGIONS:
                for plan, price, gb in PLANS:
                    if plan == "Roaming Plus" and not region.startswith("Metro"):
                        continue
                    subs = int(size[region] * share[plan] / 100 * growth * rng.uniform(0.9, 1.1))
                    if subs == 0:
                        continue
                    data = subs * gb * rng.uniform(0.45, 0.85) * (1.08 if m == 12 else 1) * (1.06 if y == 2024 else 1)
                    attempted = int(subs * rng.uniform(28, 55) * (0.3 if plan == "Data Only" else 1))
                    drop_rate = (0.006 if region.startswith("Metro") else 0.018) * rng.uniform(0.6, 1.5)
                    if region == "Far West":
                        drop_rate *= 2.2
                    dropped = int(attempted * drop_rate)
                    rev = subs * price * rng.uniform(0.97, 1.08)
                    f5 = clamp(rng.gauss(0.62 if region.startswith("Metro") else 0.28, 0.07) + 0.1 * (y - 2023), 0, 1)
                    churned = int(subs * rng.uniform(0.005, 0.03))
                    dgb = f"{data:.1f}" if rng.random() > 0.02 else missing_word(rng)
                    rows.append([f"{y}-{m:02d}", mess(rng, region, 0.12), mess(rng, plan, 0.12), subs, dgb,
                                 attempted, dropped, fmt_cents(int(rev), rng.choice(["dollar_sep", "sep", "plain"])),
                                 f"{f5:.3f}", churned])
    write_csv("network_months.csv", ["month", "region", "plan", "subscribers", "data_gb", "calls_attempted",
                                     "calls_dropped", "revenue", "share_5g", "churned"], rows)


# ----------------------------------------------------------------------------------------------
# 5. dental practice appointments

DENTISTS = ["Dr. Amara Lee", "Dr. Tom Becker", "Dr. Priya Nair", "Dr. Sam Oduya", "Hygienist Kate Moss"]
TREATMENTS = [  # name, share, minutes, fee in pence, who (None = any dentist; "hyg" = the hygienist)
    ("Check-up", 30, 20, 5500, None), ("Cleaning", 25, 40, 7500, "hyg"), ("Filling", 18, 45, 14500, None),
    ("Root Canal", 5, 90, 62000, None), ("Extraction", 6, 40, 18500, None), ("Crown", 5, 75, 85000, None),
    ("Whitening", 4, 60, 32000, "hyg"), ("Emergency Visit", 7, 30, 9500, None),
]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def gen_dental():
    rng = random.Random(5505)
    patients = [f"P{n:04d}" for n in range(1, 1101)]
    weights = [rng.choice([1, 1, 1, 2, 3, 6]) for _ in patients]
    new_seen = set()
    out = []
    aid = 1
    for d in days(dt.date(2024, 1, 2), dt.date(2024, 12, 31)):
        if d.weekday() == 6:
            continue
        n = rng.randint(7, 13) if d.weekday() < 5 else rng.randint(3, 6)
        for _ in range(n):
            t = rng.choices(TREATMENTS, weights=[x[1] for x in TREATMENTS])[0]
            name, _sh, mins, pence, who = t
            if who == "hyg":
                dentist = "Hygienist Kate Moss"
            else:
                dentist = rng.choices(DENTISTS[:4], weights=[30, 25, 25, 20])[0]
            hour = rng.choices(range(8, 18), weights=[6, 9, 10, 9, 5, 7, 9, 9, 8, 5])[0]
            if d.weekday() == 5:
                hour = rng.randint(9, 12)
            minute = rng.choice([0, 15, 30, 45])
            pid = rng.choices(patients, weights=weights)[0]
            is_new = pid not in new_seen
            new_seen.add(pid)
            st = rng.choices(["Attended", "No-show", "Cancelled"], weights=[82, 8 + (4 if hour < 9 else 0), 10])[0]
            fee = dur = share = ""
            if st == "Attended":
                f = int(pence * rng.choice([1, 1, 1, 0.9, 1.1, 1.2]))
                fee = fmt_cents(f, rng.choice(["dollar_sep", "sep", "plain", "whole"])).replace("$", "\u00a3")
                dm = max(10, int(rng.gauss(mins, mins * 0.2)))
                dur = str(dm) if rng.random() > 0.05 else missing_word(rng)
                share = rng.choice(["0", "0", "0.5", "0.8", "1"]) if name not in ("Whitening",) else "0"
            else:
                fee = rng.choice(["", "-", "0"]) if st == "Cancelled" else rng.choice(["", "-"])
            stxt = mess(rng, st, 0.2)
            when = f"{d.day:02d}-{MON[d.month - 1]}-{d.year} {hour:02d}:{minute:02d}"
            out.append([f"A{aid:05d}", pid, when, mess(rng, dentist, 0.1), mess(rng, name, 0.25), dur, fee,
                        share, stxt, rng.choice(["Y", "Yes", "yes"]) if is_new else rng.choice(["N", "No", "no", "N"])])
            aid += 1
    write_csv("appointments.csv", ["appt_id", "patient_id", "scheduled_at", "clinician", "treatment", "duration_min",
                                   "fee", "insurer_share", "status", "new_patient"], out)


def main():
    gen_cinema()
    gen_water()
    gen_pledges()
    gen_network()
    gen_dental()


if __name__ == "__main__":
    main()
