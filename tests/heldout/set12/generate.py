#!/usr/bin/env python3
"""Held-out set 12: write the datasets under data/ (deterministic, standard library only).

    python3 tests/heldout/set12/generate.py

Running it again reproduces every CSV byte for byte (each dataset has its own seeded random.Random;
nothing iterates a set or a dict whose order could change; money is kept in integer cents and formatted
by hand).

Datasets (see README.md for the mess in each):
    studio_bookings.csv + members.csv   a pottery studio's class bookings, 2025 (day-first dates, pounds,
                                        "refunded"/"comp" prices, member ids that lose their leading zeros,
                                        clay used with word entries) + the members lookup joined on
                                        member_id (tier, town, joined "12 Mar 2023")
    ferry_sailings.csv                  an island ferry's sailings, April-October 2025 (ISO 'T' datetimes
                                        scheduled and actual, euros with decimal commas, cancelled
                                        sailings, passengers "not counted")
    escape_bookings.csv                 an escape-room venue's bookings, January-September 2025 (US
                                        M/D/YYYY h:MM AM/PM slots, dollars, escaped yes/no six ways,
                                        minutes with "DNF", cancellations and no-shows)
    hall_ledger.csv                     a village hall's hire ledger, September 2024 - August 2025
                                        (dd/mm/yy payment and event dates, signed pounds: deposits
                                        returned and refunds negative, damage charges kept from a deposit
                                        as their own line, hours "all day", booking refs linking rows)
    laundrette_daily.csv                a two-site laundrette, pre-aggregated: one row per site per machine
                                        per day, March-August 2025 (ISO dates, dollars, out-of-order days)
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
    """Signed money with a point decimal: £1,234.50 / £12.50 / 12.50 / -£12.50 / £12 (whole) / £ 12.50."""
    neg = cents < 0
    c = abs(cents)
    whole, frac = divmod(c, 100)
    r = rng.random()
    if r < p_plain:
        body = f"{whole}.{frac:02d}"
    elif r < p_plain + 0.1 and frac == 0:
        body = f"{sym}{whole}"
    elif r < p_plain + 0.18:
        body = f"{sym} {whole:,}.{frac:02d}"
    else:
        body = f"{sym}{whole:,}.{frac:02d}"
    return ("-" if neg else "") + body


def euro_comma(cents, rng):
    """Euros with a decimal comma and a point for thousands: 1.234,50 € / €1.234,50 / 1234,50 / € 987,00."""
    whole, frac = divmod(cents, 100)
    grouped = f"{whole:,}".replace(",", ".")
    r = rng.random()
    if r < 0.35:
        return f"{grouped},{frac:02d} €"
    if r < 0.6:
        return f"€{grouped},{frac:02d}"
    if r < 0.85:
        return f"{whole},{frac:02d}"
    return f"€ {grouped},{frac:02d}"


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


def binom(rng, n, p):
    return sum(1 for _ in range(n) if rng.random() < p)


def days(start, end):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
YN = [("Yes", "No"), ("yes", "no"), ("Y", "N"), ("y", "n"), ("TRUE", "FALSE"), ("1", "0")]


# ----------------------------------------------------------------------------------------------
# pottery studio: members lookup + class bookings

FIRST = ["Alice", "Ben", "Chloe", "Dan", "Ella", "Finn", "Grace", "Harry", "Isla", "Jack", "Kate", "Liam", "Mia",
         "Noah", "Olivia", "Priya", "Quinn", "Ruby", "Sam", "Tara", "Umar", "Vera", "Will", "Yasmin", "Zoe", "Aidan",
         "Bea", "Cal", "Dora", "Eli"]
LAST = ["Ashworth", "Barker", "Crossley", "Dewhirst", "Earnshaw", "Fielden", "Greenwood", "Haigh", "Ingham",
        "Jagger", "Kershaw", "Lister", "Mitchell", "Nuttall", "Oldroyd", "Pickles", "Redman", "Sutcliffe",
        "Thornton", "Uttley", "Whiteley", "Yates"]
TIERS = [("Standard", 50), ("Premium", 24), ("Student", 18), ("Founding", 8)]
TOWNS = [("Hebden Bridge", 36), ("Todmorden", 24), ("Halifax", 14), ("Mytholmroyd", 16), ("Heptonstall", 10)]
# class, weekday -> (time, instructor), base price pence, capacity, months fill factor
CLASSES = [
    ("Wheel Throwing", {1: ("18:30", "Maya"), 3: ("18:30", "Tom"), 5: ("10:00", "Maya")}, 3200, 8, 0.82),
    ("Hand Building", {2: ("18:30", "Priya"), 5: ("14:00", "Priya")}, 2600, 10, 0.62),
    ("Glaze Lab", {0: ("19:00", "Ed")}, 1800, 12, 0.45),
    ("Kids Clay", {2: ("16:00", "Ed"), 6: ("11:00", "Priya")}, 1500, 10, 0.58),
]
RAKU = ("Raku Night", "18:00", "Tom", 4500, 8, 0.9)   # first Friday of each month
SEASON = {1: 1.12, 2: 1.1, 3: 1.0, 4: 0.92, 5: 0.85, 6: 0.78, 7: 0.7, 8: 0.66, 9: 0.9, 10: 1.02, 11: 1.1, 12: 0.95}
CLOSED = [dt.date(2025, 12, 25), dt.date(2025, 12, 26), dt.date(2025, 1, 1), dt.date(2025, 8, 4),
          dt.date(2025, 8, 5), dt.date(2025, 8, 6), dt.date(2025, 8, 7), dt.date(2025, 8, 8)]


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


def gen_pottery():
    rng = random.Random(1201)
    members = []
    names_used = set()
    for i in range(230):
        mid = f"{101 + i:05d}"
        while True:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if name not in names_used:
                names_used.add(name)
                break
        tier = weighted(rng, TIERS)
        town = weighted(rng, TOWNS)
        joined = dt.date(2019, 1, 1) + dt.timedelta(days=int((dt.date(2025, 11, 30) - dt.date(2019, 1, 1)).days
                                                              * (i / 230) + rng.randint(0, 20)))
        if joined > dt.date(2025, 11, 30):
            joined = dt.date(2025, 11, 30)
        locker = rng.choice(YN)[0 if rng.random() < 0.3 else 1]
        members.append({"id": mid, "name": name, "tier": tier, "town": town, "joined": joined, "locker": locker,
                        "keen": rng.random() ** 2.2})
    rows_m = []
    for m in members:
        rows_m.append([m["id"], m["name"], mess(rng, m["tier"], 0.15), mess(rng, m["town"], 0.12),
                       f"{m['joined'].day} {MON3[m['joined'].month - 1]} {m['joined'].year}", m["locker"]])
    write_csv("members.csv", ["member_id", "name", "tier", "town", "joined", "kiln_locker"], rows_m)

    # sessions
    sessions = []
    for d in days(dt.date(2025, 1, 6), dt.date(2025, 12, 20)):
        if d in CLOSED:
            continue
        for cname, sched, price, cap, fill in CLASSES:
            if d.weekday() in sched:
                t, who = sched[d.weekday()]
                sessions.append((d, t, cname, who, price, cap, fill))
        if d.weekday() == 4 and d.day <= 7:
            sessions.append((d, RAKU[1], RAKU[0], RAKU[2], RAKU[3], RAKU[4], RAKU[5]))
    out = []
    n = 0
    for d, t, cname, who, price, cap, fill in sessions:
        active = [m for m in members if m["joined"] <= d]
        if cname == "Kids Clay":
            pool = active  # parents book for kids under their membership
        else:
            pool = active
        k = binom(rng, cap, min(0.98, fill * SEASON[d.month]))
        weights = [(m, 0.05 + m["keen"] * (1.6 if m["tier"] == "Premium" else 1.0)) for m in pool]
        chosen = []
        for _ in range(k):
            for _try in range(20):
                m = weighted(rng, weights)
                if m not in chosen:
                    chosen.append(m)
                    break
        for m in chosen:
            n += 1
            r = rng.random()
            status = "Attended" if r < 0.86 else ("No-show" if r < 0.93 else "Cancelled")
            if m["tier"] == "Student":
                pence = price * 80 // 100
            elif m["tier"] == "Premium":
                pence = price * 90 // 100
            else:
                pence = price
            if status == "Cancelled":
                price_s = rng.choice(["refunded", "Refunded", "REFUNDED", "refunded "])
            elif m["tier"] == "Founding" and cname == "Glaze Lab":
                price_s = rng.choice(["comp", "Comp", "complimentary"])
            else:
                price_s = money(pence, rng, "£")
            if status == "Attended" and cname != "Glaze Lab":
                base = {"Wheel Throwing": 2.4, "Hand Building": 1.8, "Kids Clay": 0.9, "Raku Night": 1.5}[cname]
                kg = round(max(0.3, rng.gauss(base, base * 0.25)), 1)
                rr = rng.random()
                clay = f"{kg:.1f}" if rr < 0.92 else rng.choice(["n/a", "", "?", "not weighed"])
            else:
                clay = ""
            mid = m["id"]
            if rng.random() < 0.17:
                mid = str(int(mid))
            sm = status if rng.random() > 0.15 else rng.choice([status.lower(), status.upper(), status + " ",
                                                                 {"Attended": "attended.", "No-show": "No show",
                                                                  "Cancelled": "Canceled"}[status]])
            out.append([f"PB-{n:05d}", mid, f"{d.day:02d}/{d.month:02d}/{d.year}", t, mess(rng, cname, 0.12),
                        mess(rng, who, 0.08), price_s, clay, sm])
    write_csv("studio_bookings.csv", ["booking_id", "member_id", "class_date", "start_time", "class", "tutor",
                                      "price", "clay_kg", "status"], out)


# ----------------------------------------------------------------------------------------------
# ferry: one row per sailing

ROUTES = [  # from, to, times, vessel, base passengers, minutes
    ("Carrow", "Inishcall", ["07:30", "09:30", "11:30", "14:00", "16:30", "18:30"], "MV Saoirse", 95, 35),
    ("Inishcall", "Carrow", ["08:15", "10:15", "12:15", "15:00", "17:15", "19:15"], "MV Saoirse", 90, 35),
    ("Carrow", "Dunmore", ["08:00", "13:00", "17:00"], "MV Corrib Star", 60, 55),
    ("Dunmore", "Carrow", ["09:15", "14:15", "18:15"], "MV Corrib Star", 58, 55),
]
HOUR_F = {7: 0.7, 8: 0.9, 9: 1.25, 10: 1.2, 11: 1.15, 12: 0.95, 13: 1.0, 14: 0.9, 15: 0.95, 16: 1.0, 17: 1.3,
          18: 0.95, 19: 0.8, 20: 0.55}
MONTH_F = {4: 0.55, 5: 0.75, 6: 1.0, 7: 1.45, 8: 1.4, 9: 0.85, 10: 0.55}


def gen_ferry():
    rng = random.Random(1202)
    storm_days = set()
    for d in days(dt.date(2025, 4, 1), dt.date(2025, 10, 31)):
        p = {4: 0.05, 5: 0.02, 6: 0.01, 7: 0.01, 8: 0.015, 9: 0.04, 10: 0.08}[d.month]
        if rng.random() < p:
            storm_days.add(d)
    out = []
    n = 4000
    for d in days(dt.date(2025, 4, 1), dt.date(2025, 10, 31)):
        summer = d.month in (6, 7, 8)
        wk = 1.35 if d.weekday() >= 5 else (1.1 if d.weekday() == 4 else 1.0)
        sail = []
        for frm, to, times, vessel, base, mins in ROUTES:
            tt = list(times)
            if summer and to == "Inishcall":
                tt.append("20:00")
            if summer and frm == "Inishcall":
                tt.append("20:45")
            for t in tt:
                sail.append((t, frm, to, vessel, base, mins))
        sail.sort(key=lambda s: (s[0], s[1]))
        relief = rng.random() < 0.08
        for t, frm, to, vessel, base, mins in sail:
            n += 1
            h, mi = map(int, t.split(":"))
            sched = dt.datetime(d.year, d.month, d.day, h, mi)
            v = vessel
            if relief and vessel == "MV Corrib Star":
                v = "MV Aran Belle"
            cancelled = None
            if d in storm_days and rng.random() < 0.8:
                cancelled = "Weather"
            elif rng.random() < 0.012:
                cancelled = rng.choice(["Technical", "Technical", "Crew shortage"])
            cap_p = {"MV Saoirse": 250, "MV Corrib Star": 180, "MV Aran Belle": 120}[v]
            cap_c = {"MV Saoirse": 22, "MV Corrib Star": 14, "MV Aran Belle": 6}[v]
            if cancelled:
                st = rng.choice(["Cancelled", "Cancelled", "cancelled", "CANCELLED", "Canceled"])
                out.append([f"{n:06d}", sched.strftime("%Y-%m-%dT%H:%M:%S"), "", mess(rng, frm, 0.06),
                            mess(rng, to, 0.06), mess(rng, v, 0.05), "", "", "", "", st,
                            mess(rng, cancelled, 0.2)])
                continue
            lam = base * HOUR_F[h] * MONTH_F[d.month] * wk
            pax = min(cap_p, max(3, poisson(rng, lam)))
            cars = min(cap_c, binom(rng, cap_c, min(0.95, 0.25 + 0.5 * lam / 150)))
            bikes = poisson(rng, pax * (0.09 if summer else 0.04))
            delay = 0
            r = rng.random()
            if r < 0.55:
                delay = rng.randint(0, 4)
            elif r < 0.9:
                delay = rng.randint(5, 14)
            elif r < 0.98:
                delay = rng.randint(16, 40)
            else:
                delay = rng.randint(41, 95)
            if pax > 150:
                delay += rng.randint(0, 6)
            actual = sched + dt.timedelta(minutes=delay)
            fare = 1400 if to == "Dunmore" or frm == "Dunmore" else 1100
            car_fare = 4200 if fare == 1400 else 3500
            adults = binom(rng, pax, 0.72)
            kids = pax - adults
            cents = adults * fare + kids * (fare // 2) + cars * car_fare + bikes * 500
            pax_s = str(pax) if rng.random() > 0.012 else rng.choice(["not counted", "n/a", "?"])
            st = rng.choice(["Sailed"] * 8 + ["sailed", "SAILED", "Sailed "])
            out.append([f"{n:06d}", sched.strftime("%Y-%m-%dT%H:%M:%S"), actual.strftime("%Y-%m-%dT%H:%M:%S"),
                        mess(rng, frm, 0.06), mess(rng, to, 0.06), mess(rng, v, 0.05), pax_s, str(cars),
                        str(bikes), euro_comma(cents, rng), st, ""])
    write_csv("ferry_sailings.csv", ["sailing_no", "scheduled_departure", "actual_departure", "from_port",
                                     "to_port", "vessel", "passengers", "cars", "bikes", "fares_taken", "status",
                                     "cancel_reason"], out)


# ----------------------------------------------------------------------------------------------
# escape rooms: one row per booking

ROOMS = [  # name, min, max players, per-head cents, escape rate, mean minutes, popularity
    ("The Vault", 2, 6, 2800, 0.62, 49, 1.0),
    ("Pharaoh's Tomb", 2, 8, 2600, 0.48, 53, 0.9),
    ("Lab 13", 2, 5, 3000, 0.36, 55, 0.75),
    ("Haunted Nursery", 3, 6, 2900, 0.55, 51, 0.8),
    ("Jailbreak", 2, 6, 2500, 0.7, 46, 0.65),
]
SOURCES = [("Website", 58), ("Phone", 14), ("Walk-in", 6), ("Gift voucher", 12), ("Groupon", 10)]
GROUPS = [("Friends", 40), ("Family", 26), ("Birthday", 14), ("Corporate", 11), ("Date night", 9)]


def gen_escape():
    rng = random.Random(1203)
    out = []
    n = 0
    for d in days(dt.date(2025, 1, 2), dt.date(2025, 9, 30)):
        wd = d.weekday()
        if wd == 0:
            continue  # closed Mondays
        if wd in (1, 2, 3):
            slots = ["17:00", "18:30", "20:00"]
            p = 0.38
        elif wd == 4:
            slots = ["16:00", "17:30", "19:00", "20:30"]
            p = 0.62
        else:
            slots = ["10:00", "11:30", "13:00", "14:30", "16:00", "17:30", "19:00", "20:30"]
            p = 0.7 if wd == 5 else 0.55
        if d.month in (7, 8):
            p = min(0.95, p * 1.2)
        for t in slots:
            h, mi = map(int, t.split(":"))
            hf = 1.15 if h >= 17 else (0.85 if h < 12 else 1.0)
            for name, lo, hi, per, esc, mean, pop in ROOMS:
                if rng.random() >= p * pop * hf:
                    continue
                n += 1
                group = weighted(rng, GROUPS)
                if group == "Date night":
                    players = 2
                elif group == "Corporate":
                    players = rng.randint(max(lo, 4), hi)
                else:
                    players = rng.randint(lo, hi)
                cents = per * players + (1000 if wd >= 5 else 0)
                src = weighted(rng, SOURCES)
                if src == "Groupon":
                    cents = cents * 70 // 100
                r = rng.random()
                status = "Played" if r < 0.9 else ("Cancelled" if r < 0.965 else "No-show")
                yn = rng.choice(YN)
                hints = ""
                if status == "Played":
                    skill = esc + (0.08 if players >= 5 else 0) - (0.1 if group == "Family" else 0)
                    escaped = rng.random() < skill
                    esc_s = yn[0] if escaped else yn[1]
                    if escaped:
                        mins = str(min(60, max(28, int(round(rng.gauss(mean, 6))))))
                    else:
                        mins = rng.choice(["DNF", "DNF", "dnf", "60+", "-"])
                    hints = str(min(5, poisson(rng, 1.4 if escaped else 2.8))) if rng.random() > 0.04 else "?"
                else:
                    esc_s, mins = "", ""
                slot = dt.datetime(d.year, d.month, d.day, h, mi)
                h12 = h % 12 or 12
                ampm = "AM" if h < 12 else "PM"
                slot_s = f"{d.month}/{d.day}/{d.year} {h12}:{mi:02d} {ampm}"
                st = status if rng.random() > 0.12 else rng.choice([status.lower(), status.upper(), status + " ",
                                                                     {"Played": "played.", "Cancelled": "Canceled",
                                                                      "No-show": "no show"}[status]])
                out.append([f"ER{n:05d}", slot_s, mess(rng, name, 0.1), str(players), money(cents, rng, "$"),
                            mess(rng, src, 0.1), mess(rng, group, 0.1), st, esc_s, mins, hints])
    write_csv("escape_bookings.csv", ["booking_ref", "slot", "room", "players", "price", "booked_via", "group_type",
                                      "status", "escaped", "minutes", "hints_used"], out)


# ----------------------------------------------------------------------------------------------
# village hall hire ledger (signed)

RATES = {"Main Hall": 2200, "Committee Room": 1200, "Kitchen": 1000, "Whole Building": 4000}
REGULARS = [  # hirer, event type, room, weekday(s), hours, every n weeks, discount %
    ("Calder Yoga", "Exercise class", "Main Hall", [1], 2.0, 1, 25),
    ("Little Acorns Toddler Group", "Toddler group", "Main Hall", [2, 4], 2.5, 1, 40),
    ("Parish Council", "Meeting", "Committee Room", [0], 2.0, 4, 0),
    ("Valley Film Club", "Film night", "Main Hall", [4], 3.0, 2, 25),
    ("Women's Institute", "Meeting", "Committee Room", [3], 2.5, 4, 25),
    ("Bridge Club", "Club", "Committee Room", [3], 3.0, 1, 25),
]
ONE_OFF = [  # event type, room, hours choices, weight
    ("Birthday party", "Main Hall", [3, 4, 4, 5], 40),
    ("Wedding reception", "Whole Building", ["all day"], 8),
    ("Jumble sale", "Main Hall", [4, 5], 10),
    ("Funeral tea", "Main Hall", [2, 3], 10),
    ("Christening", "Main Hall", [3, 4], 9),
    ("Community meeting", "Committee Room", [2, 3], 13),
    ("Craft fair", "Whole Building", [6, 7], 6),
    ("Kids party", "Main Hall", [2, 3], 25),
]
SURNAMES = ["Holt", "Marsden", "Speak", "Wadsworth", "Binns", "Horsfall", "Clegg", "Gaukroger", "Brear", "Hey",
            "Stansfield", "Pollard", "Uttley", "Sunderland", "Horsfield", "Mitchell", "Halstead", "Priestley"]


def gen_hall():
    rng = random.Random(1204)
    events = []  # (date, hirer, type, room, hours, cents, regular)
    start, end = dt.date(2024, 9, 2), dt.date(2025, 8, 29)
    for hirer, etype, room, wds, hours, every, disc in REGULARS:
        week = 0
        last_monday = None
        for d in days(start, end):
            monday = d - dt.timedelta(days=d.weekday())
            if monday != last_monday:
                last_monday = monday
                week += 1
            if d.weekday() not in wds or (week - 1) % every:
                continue
            if d.month == 8 and hirer in ("Little Acorns Toddler Group", "Valley Film Club", "Parish Council"):
                continue  # summer break
            if dt.date(2024, 12, 23) <= d <= dt.date(2025, 1, 3):
                continue
            cents = int(RATES[room] * hours) * (100 - disc) // 100
            events.append((d, hirer, etype, room, hours, cents, True))
    for d in days(start, end):
        wd = d.weekday()
        p = {5: 0.75, 6: 0.45, 4: 0.15}.get(wd, 0.05)
        if d.month in (12, 6, 7):
            p *= 1.2
        while rng.random() < p:
            p *= 0.35
            etype, room, hchoices, _ = weighted(rng, [((a, b, c, w), w) for a, b, c, w in ONE_OFF])
            hours = rng.choice(hchoices)
            if hours == "all day":
                cents = 45000
            else:
                cents = RATES[room] * hours
                if rng.random() < 0.4 and room == "Main Hall":
                    cents += RATES["Kitchen"] * hours
            hirer = f"{rng.choice(['Mrs', 'Mr', 'Ms', 'Dr'])} {rng.choice(SURNAMES)}"
            if etype in ("Jumble sale", "Craft fair", "Community meeting"):
                hirer = rng.choice(["St Mary's PTA", "Friends of the Park", "Scouts", "Allotment Society",
                                    "Residents Association"])
            events.append((d, hirer, etype, room, hours, cents, False))
    events.sort(key=lambda e: (e[0], e[1]))
    lines = []  # (date, ref, hirer, type, room, hours, entry_type, cents, method, event date)
    for i, (d, hirer, etype, room, hours, cents, regular) in enumerate(events, 1):
        ref = f"H{i:04d}"
        method = rng.choice(["Bank transfer", "Bank transfer", "Standing order"]) if regular else \
            rng.choice(["Bank transfer", "Cash", "Cheque", "Card"])
        paid_on = d - dt.timedelta(days=0 if regular else rng.randint(7, 40))
        hours_s = hours if isinstance(hours, str) else (f"{hours:g}" if rng.random() > 0.05 else f"{hours:.1f}")
        lines.append((max(paid_on, dt.date(2024, 9, 1)), ref, hirer, etype, room, hours_s, "Hire fee", cents, method, d))
        if not regular:
            dep = 10000 if etype not in ("Wedding reception", "Craft fair") else 25000
            if etype in ("Community meeting", "Funeral tea"):
                dep = 0
            cancelled = rng.random() < 0.08
            if dep:
                lines.append((max(paid_on, dt.date(2024, 9, 1)), ref, hirer, etype, room, "", "Deposit", dep, method, d))
            if cancelled:
                back = d - dt.timedelta(days=rng.randint(1, 6))
                lines.append((back, ref, hirer, etype, room, "", "Refund", -cents, method, d))
                if dep:
                    lines.append((back, ref, hirer, etype, room, "", "Deposit returned", -dep, method, d))
            elif dep:
                back = d + dt.timedelta(days=rng.randint(2, 12))
                if rng.random() < 0.12:
                    kept = rng.choice([2500, 4000, 5000])
                    lines.append((back, ref, hirer, etype, room, "", "Damage / cleaning", kept, "Deposit", d))
                    lines.append((back, ref, hirer, etype, room, "", "Deposit returned", -dep, method, d))
                else:
                    lines.append((back, ref, hirer, etype, room, "", "Deposit returned", -dep, method, d))
    lines = [ln for ln in lines if ln[0] <= dt.date(2025, 8, 31)]
    lines.sort(key=lambda x: (x[0], x[1], x[6]))
    out = []
    for j, (d, ref, hirer, etype, room, hours_s, etp, cents, method, ev) in enumerate(lines, 1):
        amt = money(cents, rng, "£", p_plain=0.25)
        if cents < 0 and rng.random() < 0.3:
            amt = "£-" + amt.lstrip("-").lstrip("£").strip()
        out.append([str(j), f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", ref,
                    f"{ev.day:02d}/{ev.month:02d}/{ev.year % 100:02d}", hirer, mess(rng, etype, 0.1),
                    mess(rng, room, 0.1), hours_s, mess(rng, etp, 0.1), amt, mess(rng, method, 0.08)])
    write_csv("hall_ledger.csv", ["line", "date", "booking_ref", "event_date", "hirer", "event", "room", "hours", "entry",
                                  "amount", "method"], out)


# ----------------------------------------------------------------------------------------------
# laundrette: one row per site per machine per day (pre-aggregated)

MACHINES = [("W01", "Washer"), ("W02", "Washer"), ("W03", "Washer"), ("W04", "Washer"), ("W05", "Washer"),
            ("W06", "Washer"), ("W07", "Large washer"), ("W08", "Large washer"), ("D01", "Dryer"), ("D02", "Dryer"),
            ("D03", "Dryer"), ("D04", "Dryer"), ("D05", "Dryer")]
PRICE = {"Washer": 450, "Large washer": 750, "Dryer": 200}
CYC = {"Washer": 6.0, "Large washer": 4.2, "Dryer": 8.5}
SITE_F = {"Main Street": 1.0, "Harbour Road": 0.78}
MONTH_L = {3: 0.96, 4: 1.0, 5: 0.9, 6: 1.04, 7: 1.2, 8: 1.08}
WD_F = [0.85, 0.8, 0.82, 0.86, 0.95, 1.35, 1.25]


def gen_laundrette():
    rng = random.Random(1205)
    out = []
    broken = {}  # (site, machine) -> days left out of order
    for d in days(dt.date(2025, 3, 1), dt.date(2025, 8, 31)):
        for site in ["Main Street", "Harbour Road"]:
            for mid, kind in MACHINES:
                key = (site, mid)
                if broken.get(key, 0) <= 0 and rng.random() < (0.012 if mid != "W04" or site != "Harbour Road"
                                                               else 0.05):
                    broken[key] = rng.randint(1, 6)
                if broken.get(key, 0) > 0:
                    broken[key] -= 1
                    out.append([d.isoformat(), mess(rng, site, 0.08), mid, mess(rng, kind, 0.08),
                                rng.choice(["n/a", "", "-"]), "", "", rng.choice(["Out of order", "out of order",
                                                                                  "OUT OF ORDER", "Broken"])])
                    continue
                summer = MONTH_L[d.month]
                lam = CYC[kind] * SITE_F[site] * WD_F[d.weekday()] * summer * (0.8 if mid in ("W06", "D05") else 1.0)
                cycles = poisson(rng, lam)
                free = binom(rng, cycles, 0.03)
                paid = cycles - free
                card_share = 0.35 + 0.25 * ((d - dt.date(2025, 3, 1)).days / 184) + (0.1 if site == "Main Street" else 0)
                card_n = binom(rng, paid, card_share)
                coin = (paid - card_n) * PRICE[kind]
                card = card_n * PRICE[kind]
                out.append([d.isoformat(), mess(rng, site, 0.08), mid, mess(rng, kind, 0.08), str(cycles),
                            money(coin, rng, "$", 0.4), money(card, rng, "$", 0.4),
                            rng.choice(["OK"] * 10 + ["ok", "Ok "])])
    write_csv("laundrette_daily.csv", ["date", "site", "machine", "machine_type", "cycles", "coin_takings",
                                       "card_takings", "status"], out)


def main():
    gen_pottery()
    gen_ferry()
    gen_escape()
    gen_hall()
    gen_laundrette()
    for p in sorted(DATA.glob("*.csv")):
        with open(p, encoding="utf-8") as f:
            print(f"{p.name}: {sum(1 for _ in f) - 1} rows")


if __name__ == "__main__":
    main()
