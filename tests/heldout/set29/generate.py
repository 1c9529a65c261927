#!/usr/bin/env python3
"""Writes data/*.csv for held-out set 29. Seeded, standard library only, byte-for-byte reproducible.

Datasets: upholstery workshop jobs + fabric list (lookup), recording studio ledger (signed), inshore fishing
boats' daily sheet per boat (pre-aggregated), pest control call-outs, a personal sleep diary.
"""

import csv
import random
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


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
        d += timedelta(days=1)


def money(rng, v, sign="£"):
    r = rng.random()
    if r < 0.45:
        return f"{sign}{v:,.2f}"
    if r < 0.85:
        return f"{v:.2f}"
    return f"{v:,.2f}" if v >= 1000 else f"{v:.2f}"


# ------------------------------------------------------------------------------------------------
# 1. upholstery workshop jobs + fabric list


def upholstery():
    rng = random.Random(29001)
    fabrics = [
        # code, name, type, colour, price per m, weight
        (3, "Harris Check", "Wool", "Heather", 48.00, 6),
        (5, "Orkney Velvet", "Velvet", "Teal", 62.50, 13),
        (8, "Plain Linen Union", "Linen", "Natural", 29.00, 12),
        (11, "Chesterfield Hide", "Leather", "Oxblood", 95.00, 5),
        (14, "Herringbone Tweed", "Wool", "Charcoal", 44.00, 7),
        (17, "Cotton Ticking", "Cotton", "Blue Stripe", 18.50, 9),
        (21, "Crushed Velvet", "Velvet", "Mustard", 39.00, 8),
        (26, "Belgian Linen", "Linen", "Oyster", 52.00, 6),
        (30, "Aniline Leather", "Leather", "Tan", 110.00, 3),
        (33, "Boucle Weave", "Wool", "Cream", 57.00, 7),
        (38, "Printed Cotton", "Cotton", "Floral", 24.00, 8),
        (42, "Mohair Velvet", "Velvet", "Emerald", 88.00, 4),
        (45, "Outdoor Acrylic", "Acrylic", "Slate", 33.00, 3),
    ]
    type_spell = {"Velvet": ["Velvet", "velvet", "VELVET"], "Wool": ["Wool", "wool", " Wool"],
                  "Linen": ["Linen", "linen"], "Leather": ["Leather", "LEATHER"], "Cotton": ["Cotton", "cotton "],
                  "Acrylic": ["Acrylic"]}
    frows = []
    for code, name, typ, col, ppm, _ in fabrics:
        frows.append([f"{code:03d}", name, rng.choice(type_spell[typ]), col, f"£{ppm:.2f}"])
    write("upholstery_fabrics.csv", ["Fabric Code", "Fabric", "Type", "Colour", "Price per metre"], frows)

    items = [("Armchair", 5.5, 9, 14), ("Sofa (2 seat)", 9.0, 16, 9), ("Sofa (3 seat)", 12.0, 22, 7),
             ("Dining Chair", 1.2, 3, 20), ("Footstool", 1.5, 3, 8), ("Headboard", 2.5, 5, 9),
             ("Window Seat Cushion", 3.0, 4, 5), ("Chaise Longue", 8.0, 18, 3)]
    item_spell = {"Armchair": ["Armchair", "armchair", "Arm Chair", "ARMCHAIR"],
                  "Dining Chair": ["Dining Chair", "dining chair", "Dining  Chair"],
                  "Headboard": ["Headboard", "headboard", "Head board"]}
    start, end = date(2024, 1, 2), date(2025, 9, 30)
    ndays = (end - start).days
    rows = []
    jobno = 1000
    received = sorted(start + timedelta(days=rng.randrange(ndays + 1)) for _ in range(560))
    for rec in received:
        jobno += 1
        item = rng.choices(items, weights=[i[3] for i in items])[0]
        name, metres0, hours0, _ = item
        f = rng.choices(fabrics, weights=[x[5] for x in fabrics])[0]
        qty = rng.choice([1, 1, 1, 2, 4, 6]) if name == "Dining Chair" else 1
        metres = round(metres0 * qty * rng.uniform(0.85, 1.2), 1)
        hours = round(hours0 * qty ** 0.8 * rng.uniform(0.8, 1.3) * 2) / 2
        rate = 38 if rec.year == 2024 else 42
        price = round(metres * f[4] * 1.1 + hours * rate, 0)
        trade = rng.random() < 0.28
        if trade:
            price = round(price * 0.9, 0)
        cust = rng.choice(["Trade", "trade", "TRADE"]) if trade else rng.choice(["Private", "Private", "private", "Private "])
        r = rng.random()
        days_taken = int(rng.gauss(21 + hours * 0.6, 6))
        days_taken = max(5, days_taken)
        if rec >= date(2025, 8, 25) and r < 0.75:
            status = rng.choice(["In progress", "in progress", "Awaiting fabric"])
            comp = ""
        elif r < 0.06:
            status = rng.choice(["Cancelled", "cancelled", "CANCELLED"])
            comp = ""
        else:
            cd = rec + timedelta(days=days_taken)
            if cd > end:
                status = rng.choice(["In progress", "Awaiting fabric"])
                comp = ""
            else:
                status = rng.choice(["Completed", "Completed", "completed", "Done"])
                comp = cd.strftime("%d/%m/%Y")
        if rng.random() < 0.5:
            code = f"{f[0]:03d}"
        else:
            code = str(f[0])
        ps = money(rng, price)
        if status.lower() in ("in progress", "awaiting fabric") and rng.random() < 0.3:
            ps = rng.choice(["tbc", "TBC", "quote"])
        hs = f"{hours:g}"
        if rng.random() < 0.02:
            hs = ""
        iname = rng.choice(item_spell.get(name, [name]))
        if qty > 1:
            iname = f"{iname}"
        rows.append([f"U{jobno}", rec.strftime("%d/%m/%Y"), comp, iname, qty, code, f"{metres:.1f}", hs, cust, ps, status])
    write("upholstery_jobs.csv", ["Job", "Received", "Completed", "Item", "Qty", "Fabric Code", "Metres",
                                  "Labour Hours", "Customer", "Price", "Status"], rows)


# ------------------------------------------------------------------------------------------------
# 2. recording studio ledger (signed)


def studio():
    rng = random.Random(29002)
    start, end = date(2024, 1, 1), date(2025, 9, 30)
    rows = []
    ref = 0
    entries = []
    for d in days(start, end):
        growth = 1.25 if d.year == 2025 else 1.0
        # income
        if d.weekday() < 6 and rng.random() < 0.42 * growth:
            entries.append((d, "Recording Session", rng.choice([
                "Band tracking day", "Vocal session", "Half day tracking", "Podcast recording", "Drum tracking"]),
                round(rng.choice([180, 240, 360, 480, 520]) * rng.uniform(0.95, 1.05), 0)))
        if rng.random() < 0.16 * (1.5 if d.year == 2025 else 1.0):
            entries.append((d, "Mixing", rng.choice(["Mix - EP track", "Mix - single", "Stem mix"]),
                            round(rng.uniform(150, 420), 0)))
        if rng.random() < 0.12:
            entries.append((d, "Mastering", rng.choice(["Master - single", "Master - EP", "Master - album"]),
                            round(rng.choice([60, 60, 150, 320]) * 1.0, 0)))
        if d.weekday() >= 4 and rng.random() < 0.35:
            entries.append((d, "Rehearsal Room", "Rehearsal room hire", round(rng.choice([45, 60, 75, 90]), 0)))
        # expenses
        if d.day == 1:
            entries.append((d, "Rent", "Unit 4 rent", -1450.00))
            entries.append((d, "Software", rng.choice(["Plugin subscription", "DAW subscription"]), -round(rng.uniform(30, 70), 2)))
        if d.day == 15:
            entries.append((d, "Utilities", "Electricity", -round(rng.uniform(140, 310) * (1.3 if d.month in (11, 12, 1, 2) else 1), 2)))
        if rng.random() < 0.05:
            entries.append((d, "Engineer Fees", "Freelance engineer", -round(rng.choice([150, 200, 250]), 2)))
        if rng.random() < 0.025:
            entries.append((d, "Gear", rng.choice(["Mic cables", "Headphones", "Valve replacement", "Strings and sticks", "DI box"]),
                            -round(rng.uniform(25, 380), 2)))
    entries.append((date(2024, 10, 8), "Gear", "Vintage compressor", -2650.00))
    entries.append((date(2025, 3, 19), "Gear", "Mixing desk repair", -980.00))
    entries.append((date(2024, 5, 14), "Refund", "Refund - cancelled session", -240.00))
    entries.append((date(2025, 2, 3), "Refund", "Refund - deposit", -100.00))
    entries.append((date(2025, 7, 22), "Refund", "Refund - cancelled session", -360.00))
    entries.sort(key=lambda e: e[0])
    cat_spell = {"Recording Session": ["Recording Session", "recording session", "Recording  Session", "RECORDING SESSION"],
                 "Mixing": ["Mixing", "mixing", " Mixing"], "Mastering": ["Mastering", "mastering"],
                 "Rehearsal Room": ["Rehearsal Room", "rehearsal room"], "Gear": ["Gear", "gear", "GEAR"],
                 "Engineer Fees": ["Engineer Fees", "engineer fees"], "Refund": ["Refund"],
                 "Rent": ["Rent"], "Software": ["Software", "software"], "Utilities": ["Utilities"]}
    for d, cat, desc, amt in entries:
        ref += 1
        sp = rng.choice(cat_spell[cat])
        if amt < 0:
            a = f"-£{-amt:,.2f}" if rng.random() < 0.5 else f"-{-amt:.2f}"
        else:
            a = f"£{amt:,.2f}" if rng.random() < 0.5 else f"{amt:.2f}"
        rows.append([d.strftime("%d %b %Y"), f"S{ref:04d}", desc, sp, a, ""])
        if rng.random() < 0.025:
            rows.append([d.strftime("%d %b %Y"), f"S{ref:04d}V", desc, sp, a,
                         rng.choice(["VOID", "void", "Void - duplicate"])])
    write("studio_ledger.csv", ["Date", "Ref", "Description", "Category", "Amount", "Note"], rows)


# ------------------------------------------------------------------------------------------------
# 3. fishing boats' daily sheet per boat (pre-aggregated)


def fishing():
    rng = random.Random(29003)
    boats = [("Morning Star", "Harbor Point", 1.0, date(2024, 1, 1)),
             ("Sea Lark", "Harbor Point", 0.8, date(2024, 1, 1)),
             ("Kittiwake", "Cove Landing", 1.15, date(2024, 1, 1)),
             ("Blue Heron", "Cove Landing", 0.9, date(2024, 6, 1))]
    spell = {"Morning Star": ["Morning Star", "MORNING STAR", "Morning  Star"], "Sea Lark": ["Sea Lark", "sea lark"],
             "Kittiwake": ["Kittiwake", "kittiwake", " Kittiwake"], "Blue Heron": ["Blue Heron", "BLUE HERON"]}
    start, end = date(2024, 1, 1), date(2025, 4, 30)
    rows = []
    for d in days(start, end):
        winter = d.month in (12, 1, 2)
        sea_bad = rng.random() < (0.33 if winter else 0.13)
        price = rng.uniform(4.1, 4.9) * (1.06 if d.year == 2025 else 1.0)
        for name, port, skill, since in boats:
            if d < since:
                continue
            st = "Fished"
            if sea_bad:
                st = rng.choice(["Weather", "weather", "WEATHER"])
            elif d.weekday() == 6:
                st = rng.choice(["Rest day", "rest day"])
            elif rng.random() < 0.03:
                st = rng.choice(["Repairs", "repairs"])
            if st != "Fished":
                rows.append([f"{d.month}/{d.day}/{d.year}", rng.choice(spell[name]), port, st, "", "", "", "", ""])
                continue
            st = rng.choice(["Fished", "Fished", "fished", "FISHED"])
            hours = round(rng.uniform(5, 11) * 2) / 2
            season = 1.3 if d.month in (5, 6, 7, 8, 9) else 0.85
            kg = round(hours * rng.uniform(14, 30) * skill * season, 1)
            if name == "Sea Lark" and d.year == 2025:
                kg = round(kg * 0.85, 1)
            crates = max(1, round(kg / 22))
            fuel = round(hours * rng.uniform(16, 22), 0)
            value = round(kg * price, 2)
            ks = f"{kg:.1f}"
            if rng.random() < 0.012:
                ks = rng.choice(["n/a", "not weighed", ""])
            vs = f"${value:,.2f}" if rng.random() < 0.55 else f"{value:.2f}"
            rows.append([f"{d.month}/{d.day}/{d.year}", rng.choice(spell[name]), port, st, f"{hours:g}", crates, ks,
                         f"{fuel:.0f}", vs])
    write("fishing_boats_daily.csv", ["Date", "Boat", "Port", "Status", "Hours at Sea", "Crates", "Catch kg",
                                      "Fuel L", "Sale Value"], rows)


# ------------------------------------------------------------------------------------------------
# 4. pest control call-outs


def pest():
    rng = random.Random(29004)
    towns = [("Millbrook", ["Millbrook", "millbrook", "MILLBROOK"]), ("Ashford", ["Ashford", "ashford", "Ashford "]),
             ("Kingsley", ["Kingsley", "kingsley"]), ("Oakham", ["Oakham", "OAKHAM", "Oak ham"][:2]),
             ("Redbridge", ["Redbridge", "redbridge"])]
    tw = [30, 22, 18, 14, 10]
    pests = [("Rats", 95, [1, 2, 3, 4, 5, 10, 11, 12]), ("Mice", 80, [1, 2, 10, 11, 12]),
             ("Wasps", 65, [6, 7, 8, 9]), ("Bed Bugs", 240, list(range(1, 13))),
             ("Cockroaches", 180, list(range(1, 13))), ("Moles", 110, [3, 4, 5, 9, 10]),
             ("Pigeons", 150, list(range(1, 13)))]
    pspell = {"Wasps": ["Wasps", "wasps", "Wasp nest", "WASPS"], "Bed Bugs": ["Bed Bugs", "bed bugs", "Bedbugs"],
              "Rats": ["Rats", "rats", "Rat"], "Mice": ["Mice", "mice"]}
    techs = ["Gareth", "Priya", "Tomasz", "Leanne"]
    start, end = datetime(2024, 1, 2, 8, 0), datetime(2025, 9, 30, 18, 0)
    rows = []
    n = 0
    t = start
    while t < end:
        m = t.month
        rate = 1.0 + (1.6 if m in (7, 8) else 0.8 if m in (6, 9) else 0.3 if m in (10, 11, 1) else 0)
        gap = rng.expovariate(rate) * 26
        t += timedelta(hours=gap)
        if t >= end:
            break
        if t.hour < 7 or t.hour > 20:
            t = t.replace(hour=rng.randint(7, 19), minute=rng.choice(range(0, 60, 1)))
        cands = [p for p in pests if m in p[2]]
        weights = [6 if p[0] == "Wasps" else 4 if p[0] in ("Rats", "Mice") else 1.2 for p in cands]
        p = rng.choices(cands, weights=weights)[0]
        n += 1
        urgent = p[0] in ("Wasps", "Bed Bugs", "Cockroaches")
        resp_h = rng.uniform(2, 30) if urgent else rng.uniform(6, 72)
        att = t + timedelta(hours=resp_h)
        att = att.replace(minute=(att.minute // 5) * 5)
        if att.hour < 8:
            att = att.replace(hour=8 + rng.randint(0, 2))
        if att.hour > 18:
            att = att + timedelta(hours=14)
        commercial = rng.random() < (0.35 if p[0] in ("Cockroaches", "Pigeons", "Rats") else 0.12)
        charge = p[1] * (1.6 if commercial else 1.0) * (1.05 if t.year == 2025 else 1.0)
        charge = round(charge + rng.choice([0, 0, 10, 20, -5]), 0)
        visits = 1 if p[0] in ("Wasps", "Moles") else rng.choice([1, 2, 2, 3])
        if p[0] == "Bed Bugs":
            visits = rng.choice([2, 3])
        r = rng.random()
        if r < 0.05:
            status = rng.choice(["Cancelled", "cancelled", "Canceled"])
            atts = ""
        elif r < 0.09:
            status = rng.choice(["No access", "no access", "NO ACCESS"])
            atts = att.strftime("%Y-%m-%dT%H:%M")
            charge = 35.0
            visits = 1
        else:
            status = rng.choice(["Treated", "Treated", "treated", "TREATED"])
            atts = att.strftime("%Y-%m-%dT%H:%M")
        town = rng.choices(towns, weights=tw)[0]
        fu = rng.random() < (0.5 if visits > 1 else 0.1)
        fus = rng.choice(["Yes", "yes", "Y", "y", "TRUE"]) if fu else rng.choice(["No", "no", "N", "n", "FALSE", ""])
        if status.lower().startswith("cancel"):
            fus = ""
        cs = f"€{charge:,.2f}" if rng.random() < 0.5 else f"{charge:.0f}"
        if rng.random() < 0.01 and not status.lower().startswith("cancel"):
            cs = "n/a"
        rows.append([f"PC{n:05d}", t.strftime("%Y-%m-%dT%H:%M"), atts, rng.choice(town[1]),
                     rng.choice(pspell.get(p[0], [p[0]])), "Commercial" if commercial else rng.choice(["Domestic", "domestic"]),
                     rng.choices(techs, weights=[36, 27, 21, 16])[0] if atts else "", visits, cs, status, fus])
    write("pest_callouts.csv", ["Job No", "Reported", "Attended", "Town", "Pest", "Premises", "Technician",
                                "Visits", "Charge", "Status", "Follow-up"], rows)


# ------------------------------------------------------------------------------------------------
# 5. personal sleep diary


def sleep():
    rng = random.Random(29005)
    start, end = date(2024, 3, 1), date(2025, 8, 31)
    rows = []
    for d in days(start, end):
        if rng.random() < 0.04:
            continue  # forgot to fill in
        weekend = d.weekday() in (4, 5)  # Friday and Saturday nights
        alcohol = rng.random() < (0.45 if weekend else 0.12)
        coffee = rng.choice([0, 1, 1, 2, 2, 2, 3, 3, 4])
        bed_min = 23 * 60 + int(rng.gauss(0, 35)) + (45 if weekend else 0) + (20 if alcohol else 0)
        up_min = 7 * 60 - 15 + int(rng.gauss(0, 20)) + (75 if weekend else 0)
        awake = max(0, int(rng.gauss(18 + coffee * 6 + (15 if alcohol else 0), 10)))
        bed = (bed_min % 1440)
        up = up_min
        quality = 5 - (awake > 30) - (awake > 50) - (1 if alcohol and rng.random() < 0.6 else 0) - (rng.random() < 0.3)
        quality = max(1, min(5, quality))
        qs = str(quality)
        if rng.random() < 0.04:
            qs = ""
        steps = int(rng.gauss(8500 if not weekend else 10500, 2600))
        ex = rng.choice([0, 0, 0, 20, 30, 45, 60])
        al = rng.choice(["Yes", "yes", "Y", "y", "1"]) if alcohol else rng.choice(["No", "no", "N", "n", "0", ""])
        rows.append([d.strftime("%d.%m.%Y"), f"{bed // 60:02d}:{bed % 60:02d}", f"{up // 60:02d}:{up % 60:02d}",
                     awake, qs, coffee, al, ex, f"{steps:,}" if rng.random() < 0.3 else str(steps)])
    write("sleep_diary.csv", ["Night of", "Lights Out", "Got Up", "Minutes Awake", "Quality (1-5)", "Coffees",
                              "Alcohol", "Exercise Mins", "Steps"], rows)


if __name__ == "__main__":
    upholstery()
    studio()
    fishing()
    pest()
    sleep()
    for p in sorted(DATA.glob("*.csv")):
        print(p.name, sum(1 for _ in open(p, encoding="utf-8")) - 1)
