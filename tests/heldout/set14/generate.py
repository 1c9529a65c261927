#!/usr/bin/env python3
"""Held-out set 14 data: writes data/*.csv.

Seeded, standard library only, byte-for-byte reproducible (no set iteration, no hash order).

    window_jobs.csv       a window-cleaning round's jobs, 2024 (UK, pounds, dd/mm/yyyy)
    customers.csv         the round's customer book, joined to window_jobs on customer_id
                          (four digits in customers.csv, leading zeros lost on many job rows)
    lane_bookings.csv     a community pool's bookings, January-June 2025 (dollars, ISO datetimes)
    truck_shifts.csv      two food trucks, one row per truck per shift per day (pre-aggregated),
                          April-October 2024 (dollars, US M/D/YYYY dates)
    storage_ledger.csv    a self-storage site's ledger, 2024 (euros with decimal commas, dd.mm.yyyy;
                          signed: refunds, deposit returns and credits negative; void rows)
    tree_jobs.csv         a tree-surgery firm's quotes and jobs, January 2024 - June 2025
                          (pounds, dd-Mon-yyyy)
"""

import csv
import datetime as dt
import math
from pathlib import Path
import random

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
D = dt.date
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def write(name, header, rows):
    DATA.mkdir(exist_ok=True)
    with open(DATA / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def days(a, b):
    """Every date from a to b inclusive."""
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def poisson(rng, lam):
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def mess(rng, s, p=0.12):
    """A category spelling as a hand-kept export has it: mostly clean, sometimes case or spaces off."""
    if not s or rng.random() >= p:
        return s
    k = rng.randrange(6)
    if k == 0:
        return s.upper()
    if k == 1:
        return s.lower()
    if k == 2:
        return " " + s
    if k == 3:
        return s + " "
    if k == 4:
        return s.replace(" ", "  ", 1) if " " in s else s + "  "
    return s.lower() + " "


def money(rng, x, sym):
    """$ / £ amounts: '£1,234.50', '1234.50', '£14', '14.5' ..."""
    neg = x < 0
    x = abs(x)
    k = rng.random()
    if k < 0.45:
        s = f"{sym}{x:,.2f}"
    elif k < 0.7:
        s = f"{x:.2f}"
    elif k < 0.85 and x == int(x):
        s = f"{sym}{int(x)}"
    elif x == int(x):
        s = f"{int(x)}"
    else:
        s = f"{x:.2f}".rstrip("0") if rng.random() < 0.5 else f"{sym}{x:.2f}"
    return "-" + s if neg else s


def euro(rng, x):
    """Euro amounts with a decimal comma (all under 1,000): '€89,00', '89,00', '€ 89', '-€20,00', '€-20,00'."""
    neg = x < 0
    x = abs(x)
    body = f"{x:.2f}".replace(".", ",")
    k = rng.random()
    if k < 0.5:
        s = "€" + body
        if neg:
            s = ("-" + s) if rng.random() < 0.6 else ("€-" + body)
        return s
    if k < 0.8:
        return ("-" if neg else "") + body
    if x == int(x):
        return ("-" if neg else "") + "€ " + str(int(x))
    return ("-" if neg else "") + "€ " + body


def pick(rng, weighted):
    """weighted: list of (value, weight)."""
    tot = sum(w for _, w in weighted)
    r = rng.random() * tot
    for v, w in weighted:
        r -= w
        if r < 0:
            return v
    return weighted[-1][0]


# ----------------------------------------------------------------------------------------------
# window cleaning round + customers lookup

SURNAMES = ["Patel", "Smith", "Jones", "Khan", "Williams", "Brown", "Taylor", "Ahmed", "Davies", "Evans",
            "Wilson", "Thomas", "Roberts", "Hussain", "Walker", "Wright", "Hughes", "Green", "Hall", "Lewis",
            "Clarke", "Begum", "Jackson", "Wood", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris",
            "King", "Baker", "Harris", "Ali", "Kaur", "Singh", "Murphy", "Kelly", "Price", "Bennett"]
AREAS = {  # area: (streets, share, cleaner)
    "Northfield": (["Elm Road", "Bristol Road South", "Frankley Beeches Road", "Church Road"], 0.25, "Dave"),
    "Kings Heath": (["Vicarage Road", "Poplar Road", "Valentine Road", "Institute Road"], 0.22, "Kerry"),
    "Moseley": (["Wake Green Road", "Oxford Road", "Chantry Road"], 0.17, "Kerry"),
    "Harborne": (["War Lane", "Greenfield Road", "Lonsdale Road", "Serpentine Road"], 0.21, "Sam"),
    "Selly Oak": (["Heeley Road", "Tiverton Road", "Exeter Road"], 0.15, "Dave"),
}
PROPS = {  # property type: (outside-only base price, outside minutes)
    "Terrace": (12, 14), "Semi-detached": (15, 20), "Detached": (22, 32), "Bungalow": (14, 16),
    "Flat": (9, 10), "Shop": (18, 18),
}
PROP_W = {
    "Northfield": [("Terrace", 3), ("Semi-detached", 4), ("Detached", 1), ("Bungalow", 2), ("Flat", 1), ("Shop", 1)],
    "Kings Heath": [("Terrace", 5), ("Semi-detached", 3), ("Detached", 1), ("Bungalow", 1), ("Flat", 1), ("Shop", 2)],
    "Moseley": [("Terrace", 2), ("Semi-detached", 3), ("Detached", 3), ("Bungalow", 1), ("Flat", 2), ("Shop", 1)],
    "Harborne": [("Terrace", 2), ("Semi-detached", 3), ("Detached", 3), ("Bungalow", 1), ("Flat", 1), ("Shop", 1)],
    "Selly Oak": [("Terrace", 6), ("Semi-detached", 2), ("Detached", 0.5), ("Bungalow", 1), ("Flat", 2), ("Shop", 1)],
}
RAIN = {1: 0.11, 2: 0.12, 3: 0.09, 4: 0.08, 5: 0.05, 6: 0.04, 7: 0.05, 8: 0.04, 9: 0.06, 10: 0.10, 11: 0.21,
        12: 0.11}
WEEKDAY_OF_AREA = {"Northfield": 0, "Kings Heath": 1, "Moseley": 2, "Harborne": 3, "Selly Oak": 4}


def window(rng):
    ids = sorted(rng.sample(range(1, 480), 190))
    customers = []
    area_names = list(AREAS)
    for cid in ids:
        area = pick(rng, [(a, AREAS[a][1]) for a in area_names])
        prop = pick(rng, PROP_W[area])
        street = rng.choice(AREAS[area][0])
        freq = "8-weekly" if rng.random() < 0.38 else "4-weekly"
        price = PROPS[prop][0] + rng.choice([0, 0, 1, 2, 3, 4])
        if area in ("Moseley", "Harborne"):
            price += 2
        if rng.random() < 0.12:
            since = D(2024, 1, 15) + dt.timedelta(days=rng.randrange(300))
        else:
            since = D(2014, 1, 1) + dt.timedelta(days=rng.randrange(3600))
        inside = rng.random() < 0.2
        gutters = rng.random() < (0.5 if prop in ("Detached", "Semi-detached", "Bungalow") else 0.2)
        conserv = prop in ("Detached", "Semi-detached", "Bungalow") and rng.random() < 0.3
        fascia = prop != "Flat" and rng.random() < 0.1
        lapsed = rng.random() < 0.05
        customers.append(dict(id=cid, name=f"{rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(SURNAMES)}",
                              street=f"{rng.randrange(1, 220)} {street}", area=area, prop=prop, freq=freq,
                              price=price, since=since, inside=inside, gutters=gutters, conserv=conserv,
                              fascia=fascia, lapsed=lapsed))

    # customers.csv
    rows = []
    for c in customers:
        freq = c["freq"]
        r = rng.random()
        if r < 0.15:
            freq = freq.replace("-", " ")
        elif r < 0.22:
            freq = "every " + freq.split("-")[0] + " weeks"
        rows.append([f"{c['id']:04d}", c["name"], c["street"], mess(rng, c["area"], 0.15),
                     mess(rng, c["prop"], 0.15), freq, money(rng, c["price"], "£"),
                     c["since"].strftime("%d/%m/%Y")])
    write("customers.csv", ["customer_id", "name", "street", "area", "property_type", "frequency",
                            "standard_price", "customer_since"], rows)

    # visits
    def workday_on_or_after(d):
        while d.weekday() == 6 or (d.month == 12 and d.day in (25, 26)) or (d.month == 1 and d.day == 1):
            d += dt.timedelta(days=1)
        return d

    jobs = []  # (date, customer, service, status)
    start, end = D(2024, 1, 2), D(2024, 12, 31)
    for c in customers:
        if c["lapsed"]:
            continue
        step = 28 if c["freq"] == "4-weekly" else 56
        wd = WEEKDAY_OF_AREA[c["area"]] if c["prop"] != "Shop" else 5
        first = start + dt.timedelta(days=(wd - start.weekday()) % 7 + 7 * rng.randrange(step // 7))
        service = "Inside & out" if c["inside"] and c["prop"] != "Shop" else "Outside only"
        d = first
        while d <= end:
            if d >= c["since"]:
                jobs.append([d, c, service])
            d += dt.timedelta(days=step)
        extras = []
        if c["gutters"]:
            extras.append(("Gutter clear", D(2024, rng.choice([3, 4, 10, 11]), rng.randrange(1, 28))))
            if rng.random() < 0.3:
                extras.append(("Gutter clear", D(2024, rng.choice([5, 6, 7, 8, 9]), rng.randrange(1, 28))))
        if c["conserv"]:
            extras.append(("Conservatory roof", D(2024, rng.choice([4, 5, 6, 7, 8, 9]), rng.randrange(1, 28))))
        if c["fascia"]:
            extras.append(("Fascia & soffit", D(2024, rng.choice([5, 6, 7, 8]), rng.randrange(1, 28))))
        for s, d in extras:
            if d >= c["since"]:
                jobs.append([workday_on_or_after(d), c, s])

    out = []
    pending = sorted(jobs, key=lambda j: (j[0], j[1]["id"], j[2]))
    i = 0
    while i < len(pending):
        d, c, service = pending[i]
        i += 1
        d = workday_on_or_after(d)
        if d > end:
            continue
        r = rng.random()
        if r < 0.03:
            status = "Cancelled"
        elif r < 0.055:
            status = "No access"
        elif rng.random() < RAIN[d.month]:
            status = "Rained off"
        else:
            status = "Done"
        out.append((d, c, service, status))
        if status == "Rained off":
            nd = workday_on_or_after(d + dt.timedelta(days=rng.choice([1, 1, 2, 3, 6])))
            if nd <= end:
                # insert keeping the pending list sorted by date
                j = i
                while j < len(pending) and pending[j][0] <= nd:
                    j += 1
                pending.insert(j, [nd, c, service])

    out.sort(key=lambda j: (j[0], j[1]["area"], j[1]["id"], j[2]))
    rows = []
    for n, (d, c, service, status) in enumerate(out):
        cleaner = AREAS[c["area"]][2]
        if service in ("Gutter clear", "Fascia & soffit"):
            cleaner = "Dave" if rng.random() < 0.75 else cleaner
        if c["prop"] == "Shop":
            cleaner = rng.choice(["Dave", "Kerry", "Sam"])
        if rng.random() < 0.12:
            cleaner = rng.choice(["Dave", "Kerry", "Sam"])
        if cleaner == "Sam" and d < D(2024, 2, 5):
            cleaner = "Kerry"
        base, mins = PROPS[c["prop"]]
        price = c["price"] + (1 if d >= D(2024, 7, 1) else 0)
        if service == "Inside & out":
            price = round(price * 1.8 * 2) / 2
            mins = mins * 2.2
        elif service == "Gutter clear":
            price = {"Detached": 85, "Semi-detached": 65, "Bungalow": 55}.get(c["prop"], 50) + rng.choice([0, 5, 10])
            mins = 45 + rng.randrange(45)
        elif service == "Conservatory roof":
            price = rng.choice([30, 35, 40, 45])
            mins = 40 + rng.randrange(25)
        elif service == "Fascia & soffit":
            price = rng.choice([40, 50, 60, 70])
            mins = 50 + rng.randrange(40)
        if status == "Done":
            minutes = str(max(5, int(round(mins * rng.uniform(0.8, 1.25)))))
            r = rng.random()
            if r < 0.035:
                minutes = rng.choice(["n/a", "unknown", "", "?"])
            paid = pick(rng, [("Cash", 35), ("Bank transfer", 45), ("Card", 12),
                              ("Owed", 8 if d.month < 12 else 30)])
            if c["prop"] == "Shop" and paid == "Cash":
                paid = "Bank transfer"
            price_s = money(rng, price, "£")
            paid_s = mess(rng, paid, 0.15)
        else:
            minutes, paid_s = "", ""
            price_s = "" if rng.random() < 0.8 else money(rng, 0, "£")
        cid = f"{c['id']:04d}"
        if rng.random() < 0.3:
            cid = str(c["id"])
        rows.append([10001 + n, d.strftime("%d/%m/%Y"), cid, mess(rng, cleaner, 0.12), mess(rng, service, 0.14),
                     price_s, minutes, paid_s, mess(rng, status, 0.14)])
    write("window_jobs.csv", ["job_id", "date", "customer_id", "cleaner", "service", "price", "minutes", "paid",
                              "status"], rows)


# ----------------------------------------------------------------------------------------------
# community pool lane bookings

def pool(rng):
    start, end = D(2025, 1, 6), D(2025, 6, 29)
    school_off = [(D(2025, 2, 17), D(2025, 2, 21)), (D(2025, 4, 7), D(2025, 4, 21)), (D(2025, 5, 26), D(2025, 5, 30))]
    bank = [D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26)]
    term2 = D(2025, 4, 1)
    bookings = []  # dict

    def add(day, hh, mm, minutes, pool_, lane, activity, by, swimmers, fee, created):
        s = dt.datetime(day.year, day.month, day.day, hh, mm)
        bookings.append(dict(start=s, end=s + dt.timedelta(minutes=minutes), pool=pool_, lane=lane,
                             activity=activity, by=by, swimmers=swimmers, fee=fee, created=created))

    for day in days(start, end):
        wd = day.weekday()
        holiday = any(a <= day <= b for a, b in school_off)
        block_created = dt.datetime(2024, 12, 16, 10, 5) if day < term2 else dt.datetime(2025, 3, 24, 9, 40)
        if day in bank:
            continue
        # public lane swims: one booking per swimmer
        slots = [(6, 30, 60, 1.9), (7, 30, 60, 1.5), (12, 0, 60, 2.6), (19, 0, 60, 1.7)] if wd < 5 else \
                [(8, 0, 60, 2.2), (9, 0, 60, 2.0)]
        for hh, mm, mins, lam in slots:
            if holiday:
                lam *= 1.2
            for _ in range(poisson(rng, lam)):
                member = rng.random() < 0.7
                lane = pick(rng, [(1, 0.25), (2, 0.5), (3, 0.25)])
                lead = rng.choice([0.1, 0.3, 2, 5, 12, 20, 26, 30, 40, 60, 90, 120, 150])
                s = dt.datetime(day.year, day.month, day.day, hh, mm)
                created = s - dt.timedelta(hours=lead, minutes=rng.randrange(60))
                add(day, hh, mm, mins, "Main pool", lane, "Lane swim", "Member" if member else "Guest", 1,
                    5.50 if member else 8.00, created)
        # club training, one booking per lane
        if wd in (0, 2, 4):
            for lane in (4, 5, 6):
                add(day, 17, 30, 90, "Main pool", lane, "Club training", "Club", rng.randint(6, 12), 57.00,
                    block_created)
        if wd in (1, 3):
            for lane in (4, 5):
                add(day, 20, 0, 60, "Main pool", lane, "Club training", "Club", rng.randint(5, 10), 38.00,
                    block_created)
        if wd == 5:
            for lane in (4, 5, 6):
                add(day, 7, 0, 120, "Main pool", lane, "Club training", "Club", rng.randint(8, 14), 76.00,
                    block_created)
        # swim school lessons in the learner pool, one booking per class
        if wd in (0, 2) and not holiday:
            for hh, mm in ((16, 0), (16, 30), (17, 0)):
                add(day, hh, mm, 30, "Learner pool", None, "Swim lesson", "Swim school", rng.randint(4, 8), 55.00,
                    block_created)
        if wd == 5:
            for hh, mm in ((9, 0), (9, 30), (10, 0), (10, 30), (11, 0)):
                add(day, hh, mm, 30, "Learner pool", None, "Swim lesson", "Swim school", rng.randint(4, 8), 55.00,
                    block_created)
        # aqua aerobics
        if wd in (1, 3):
            add(day, 10, 0, 45, "Main pool", None, "Aqua aerobics", "Instructor", rng.randint(9, 24), 70.00,
                block_created)
        # school swimming
        if wd in (1, 2) and not holiday:
            add(day, 13, 30, 60, "Learner pool", None, "School swim", "School", rng.randint(18, 30), 90.00,
                block_created - dt.timedelta(days=20))
        # private hire at weekends
        if wd >= 5:
            for hh in (14, 16):
                if rng.random() < 0.55:
                    mins = rng.choice([60, 90, 120, 120])
                    lead = rng.randint(6, 70)
                    s = dt.datetime(day.year, day.month, day.day, hh, 0)
                    created = s - dt.timedelta(days=lead, hours=rng.randrange(12), minutes=rng.randrange(60))
                    add(day, hh, 0, mins, rng.choice(["Main pool", "Learner pool"]), None, "Private hire", "Private",
                        rng.randint(10, 30), 150.00 * mins / 60, created)

    bookings.sort(key=lambda b: (b["start"], b["activity"], b["lane"] or 0, b["created"]))
    rows = []
    for n, b in enumerate(bookings):
        act = b["activity"]
        p_cancel = {"Lane swim": 0.08, "Club training": 0.03, "Swim lesson": 0.02, "Aqua aerobics": 0.03,
                    "School swim": 0.04, "Private hire": 0.10}[act]
        p_noshow = 0.07 if act == "Lane swim" else (0.03 if act == "Private hire" else 0.0)
        r = rng.random()
        status = "Cancelled" if r < p_cancel else ("No-show" if r < p_cancel + p_noshow else "Attended")
        fee = b["fee"]
        swimmers = str(b["swimmers"])
        if status == "Cancelled":
            fee_s = rng.choice(["", "$0.00", "0"])
            swimmers = ""
        else:
            fee_s = money(rng, fee, "$")
            if status == "No-show":
                swimmers = "0" if act == "Lane swim" else ""
            elif act != "Lane swim" and rng.random() < 0.06:
                swimmers = rng.choice(["unknown", "n/a", "", "not counted"])
        lane = ""
        if b["lane"] is not None:
            lane = str(b["lane"]) if rng.random() < 0.8 else f"Lane {b['lane']}"
        st = status
        if st == "No-show" and rng.random() < 0.3:
            st = rng.choice(["no show", "NO-SHOW", "No show"])
        rows.append([f"BK-{250001 + n}", b["created"].strftime("%Y-%m-%d %H:%M"),
                     b["start"].strftime("%Y-%m-%dT%H:%M:%S"), b["end"].strftime("%Y-%m-%dT%H:%M:%S"),
                     mess(rng, b["pool"], 0.1), lane, mess(rng, act, 0.12), mess(rng, b["by"], 0.1), swimmers,
                     fee_s, mess(rng, st, 0.1)])
    write("lane_bookings.csv", ["booking_ref", "created", "session_start", "session_end", "pool", "lane", "activity",
                                "booked_by", "swimmers", "fee", "status"], rows)


# ----------------------------------------------------------------------------------------------
# food trucks, one row per truck per shift per day

def trucks(rng):
    start, end = D(2024, 4, 2), D(2024, 10, 27)
    season = {4: 0.8, 5: 0.92, 6: 1.0, 7: 1.12, 8: 1.22, 9: 0.95, 10: 0.8}
    ticket = {"Fuego Tacos": 13.40, "Bao Wow": 15.80}
    breakdown = [D(2024, 6, 11), D(2024, 6, 12), D(2024, 6, 13)]
    rows = []
    for day in days(start, end):
        wd = day.weekday()
        if wd == 0:
            continue
        r = rng.random()
        if day.month in (7, 8):
            weather = pick(rng, [("Sunny", 50), ("Hot", 20), ("Cloudy", 20), ("Rain", 10)])
        else:
            weather = pick(rng, [("Sunny", 40), ("Cloudy", 35), ("Rain", 25)])
        for truck in ("Fuego Tacos", "Bao Wow"):
            if truck == "Bao Wow" and wd == 1:
                continue
            for shift in ("Lunch", "Dinner"):
                if truck == "Bao Wow" and shift == "Dinner" and wd == 6:
                    continue
                if shift == "Lunch":
                    if wd < 5:
                        stop = "Tech Campus" if (truck == "Fuego Tacos") == (wd % 2 == 1) else "Hospital Lot"
                    elif wd == 5:
                        stop = "Farmers Market" if truck == "Fuego Tacos" else "Riverside Park"
                    else:
                        stop = "Riverside Park" if truck == "Fuego Tacos" else "Old Town Square"
                    hours = rng.choice([3, 3, 3.5])
                    base = {"Tech Campus": 58, "Hospital Lot": 44, "Farmers Market": 96, "Riverside Park": 74,
                            "Old Town Square": 55}[stop]
                else:
                    if wd in (3, 4, 5):
                        stop = "Brewery Yard" if truck == "Bao Wow" or wd == 5 else "Old Town Square"
                    else:
                        stop = "Riverside Park" if wd in (1, 2, 6) else "Old Town Square"
                    if truck == "Fuego Tacos" and wd == 5:
                        stop = "Stadium Gate"
                    hours = rng.choice([4, 4, 4.5, 5])
                    base = {"Brewery Yard": 80, "Old Town Square": 52, "Riverside Park": 48,
                            "Stadium Gate": 105}[stop]
                status = "Traded"
                if truck == "Fuego Tacos" and day in breakdown:
                    status = "Broke down"
                elif weather == "Rain" and rng.random() < 0.28:
                    status = "Rained out"
                elif rng.random() < 0.012:
                    status = "Broke down"
                elif stop in ("Stadium Gate", "Farmers Market") and rng.random() < 0.04:
                    status = "Event cancelled"
                if status == "Traded":
                    lam = base * season[day.month] * {"Sunny": 1.0, "Hot": 1.08, "Cloudy": 0.9, "Rain": 0.6}[weather]
                    lam *= hours / (3 if shift == "Lunch" else 4)
                    orders = max(8, int(round(rng.gauss(lam, lam * 0.12))))
                    rev = round(orders * ticket[truck] * rng.uniform(0.92, 1.08), 2)
                    hours_s = rng.choice([f"{hours:g}", f"{hours:.1f}", f"{hours:g}"])
                    orders_s = str(orders)
                    rev_s = money(rng, rev, "$")
                    waste = str(max(0, int(rng.gauss(9 if weather != "Rain" else 16, 4))))
                    if rng.random() < 0.06:
                        waste = rng.choice(["n/a", "unknown", "", "not recorded"])
                else:
                    hours_s = rng.choice(["0", ""])
                    orders_s = rng.choice(["", "0", ""])
                    rev_s = rng.choice(["", "$0.00", "n/a"])
                    waste = ""
                rows.append([f"{day.month}/{day.day}/{day.year}", mess(rng, truck, 0.08), mess(rng, shift, 0.1),
                             mess(rng, stop, 0.12), mess(rng, weather, 0.15), hours_s, orders_s, rev_s, waste,
                             mess(rng, status, 0.12)])
    write("truck_shifts.csv", ["date", "truck", "shift", "stop", "weather", "hours_open", "orders", "revenue",
                               "waste_portions", "status"], rows)


# ----------------------------------------------------------------------------------------------
# self-storage ledger (signed euros)

FIRST = ["Anna", "Jan", "Pieter", "Sofie", "Lukas", "Marta", "Tomas", "Eva", "Lars", "Nina", "Ruben", "Ilse",
         "Jonas", "Mila", "Koen", "Lea", "Bram", "Femke", "Daan", "Sanne", "Emil", "Julia", "Niels", "Greta"]
LAST = ["Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meyer", "Schulz", "Peeters", "Maes", "Wouters",
        "Mertens", "Dubois", "Hoffmann", "Koch", "Vos", "Claes", "Janssens", "Willems", "Mulder", "Bos"]
SIZES = {"A": ("Small", 40, 59.0, 62.5, 6.5), "B": ("Medium", 35, 89.0, 94.5, 8.5),
         "C": ("Large", 28, 129.0, 137.0, 11.0), "D": ("XL", 12, 179.0, 190.0, 14.0)}


def storage(rng):
    start, end = D(2024, 1, 1), D(2024, 12, 31)
    units = []
    for letter, (size, n, *_r) in SIZES.items():
        for i in range(1, n + 1):
            units.append((f"{letter}-{i:02d}", letter))
    names_used = []

    def new_name():
        while True:
            if rng.random() < 0.1:
                nm = rng.choice(["Bakkerij", "Fietsen", "Atelier", "Studio", "Webshop", "Tuinen"]) + " " + \
                     rng.choice(LAST).split()[-1].capitalize()
            else:
                nm = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if nm not in names_used:
                names_used.append(nm)
                return nm

    big = "Keller Umzüge GmbH"
    tenancies = []  # (unit, letter, tenant, start, end or None, deposit_paid_in_2024, insured)
    for unit, letter in units:
        if letter == "D" and unit in ("D-01", "D-02", "D-03", "D-04"):
            tenancies.append([unit, letter, big, D(2021, 3, 1), None, True])
            continue
        occupied = rng.random() < 0.86
        cur = D(2024, 1, 1)
        if occupied:
            t_start = D(2020, 1, 1) + dt.timedelta(days=rng.randrange(1400))
        else:
            t_start = None
        while cur <= end:
            if t_start is None:
                # vacant: next move-in
                gap = rng.randint(10, 120)
                t_start = cur + dt.timedelta(days=gap)
                if t_start > end:
                    break
            stay_months = rng.choice([2, 3, 4, 6, 8, 12, 18, 24, 36, 60])
            t_end = D(t_start.year + (t_start.month - 1 + stay_months) // 12, (t_start.month - 1 + stay_months) % 12 + 1, 1) - dt.timedelta(days=1)
            if t_end < cur:
                t_end = cur + dt.timedelta(days=rng.randint(20, 300))
            insured = rng.random() < 0.6
            if t_end > end:
                tenancies.append([unit, letter, new_name(), t_start, None, insured])
                break
            tenancies.append([unit, letter, new_name(), t_start, t_end, insured])
            cur = t_end + dt.timedelta(days=1)
            t_start = None

    lines = []  # (date, unit, letter, tenant, type, amount, method)

    def month_starts():
        for m in range(1, 13):
            yield D(2024, m, 1)

    for unit, letter, tenant, t_start, t_end, insured in tenancies:
        size, _n, rent1, rent2, ins = SIZES[letter]
        method = "SEPA" if rng.random() < 0.7 else rng.choice(["Card", "Bank transfer", "Cash"])
        if tenant == big:
            method = "Bank transfer"
        if t_start >= start:
            dep = rent1 if t_start < D(2024, 7, 1) else rent2
            lines.append((t_start, unit, letter, tenant, "Deposit", dep, "Card" if method == "SEPA" else method))
            if rng.random() < 0.25:
                lines.append((t_start, unit, letter, tenant, "Shop sale", rng.choice([12.0, 12.0, 15.5, 19.0, 24.5]),
                              "Card"))
            if rng.random() < 0.12:
                lines.append((t_start + dt.timedelta(days=rng.randint(3, 40)), unit, letter, tenant, "Referral credit",
                              -20.0, ""))
        for ms in month_starts():
            if ms < t_start.replace(day=1):
                continue
            if t_end is not None and ms > t_end:
                continue
            rent = rent1 if ms < D(2024, 7, 1) else rent2
            when = ms + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
            if ms < t_start:
                when = t_start
            lines.append((when, unit, letter, tenant, "Rent", rent, method))
            if insured:
                lines.append((when, unit, letter, tenant, "Insurance", ins, method))
            if tenant != big and rng.random() < 0.045:
                lines.append((ms + dt.timedelta(days=rng.randint(10, 20)), unit, letter, tenant, "Late fee",
                              rng.choice([15.0, 15.0, 25.0]), method if method != "SEPA" else "Card"))
            if rng.random() < 0.02:
                lines.append((when + dt.timedelta(days=rng.randint(3, 12)), unit, letter, tenant, "Refund",
                              -rent, "Bank transfer"))
        if t_end is not None and t_end <= end:
            # part-month refund and deposit return after moving out
            out_day = t_end + dt.timedelta(days=rng.randint(2, 14))
            if out_day <= end:
                if rng.random() < 0.35:
                    lines.append((out_day, unit, letter, tenant, "Refund",
                                  -round(rent1 * rng.choice([0.25, 0.5, 0.75]), 2), "Bank transfer"))
                if t_start < start or rng.random() < 0.95:
                    dep = rent1 if t_start < D(2024, 7, 1) else rent2
                    if rng.random() < 0.88:
                        lines.append((out_day, unit, letter, tenant, "Deposit return", -dep, "Bank transfer"))
    for d in days(start, end):
        if d.weekday() < 6 and rng.random() < 0.18:
            lines.append((d, "", "", "Walk-in customer", "Shop sale",
                          rng.choice([3.5, 7.0, 10.5, 12.0, 14.0, 21.0]), rng.choice(["Card", "Cash"])))
    lines = [ln for ln in lines if start <= ln[0] <= end]
    lines.sort(key=lambda ln: (ln[0], ln[1], ln[4]))

    rows = []
    n = 0
    for ln in lines:
        d, unit, letter, tenant, typ, amount, method = ln
        size = SIZES[letter][0] if letter else ""
        variants = 2 if rng.random() < 0.02 else 1
        for k in range(variants):
            n += 1
            status = "" if k == variants - 1 else rng.choice(["VOID", "void", "Void"])
            u = unit if rng.random() < 0.9 else unit.lower()
            typ_s = mess(rng, typ, 0.12)
            size_s = size
            r = rng.random()
            if r < 0.08:
                size_s = size.upper()
            elif r < 0.14:
                size_s = size.lower()
            elif r < 0.18:
                size_s = size + " "
            rows.append([f"{n:06d}", d.strftime("%d.%m.%Y"), u, size_s, tenant, typ_s, euro(rng, amount),
                         mess(rng, method, 0.1), status])
    # a few whole-line voids typed in by mistake
    write("storage_ledger.csv", ["entry", "posted", "unit", "size", "tenant", "type", "amount", "method", "status"],
          rows)


# ----------------------------------------------------------------------------------------------
# tree surgery quotes and jobs

WORK = {  # work: (base quote, per extra tree, crew, crew hours per tree, monthly weight by season)
    "Felling": (450, 320, "Gareth", 5.0),
    "Crown reduction": (380, 240, "Priya", 6.0),
    "Hedge trim": (160, 0, "Tom", 3.0),
    "Stump grinding": (110, 70, "Tom", 1.5),
    "Deadwooding": (300, 150, "Priya", 4.0),
    "Pollarding": (340, 190, "Gareth", 4.5),
}
SPECIES = {
    "Felling": [("Leylandii", 5), ("Ash", 4), ("Sycamore", 3), ("Conifer", 2), ("Birch", 2), ("Willow", 1)],
    "Crown reduction": [("Oak", 5), ("Beech", 3), ("Sycamore", 3), ("Lime", 2), ("Horse chestnut", 2)],
    "Hedge trim": [("Leylandii", 5), ("Laurel", 4), ("Privet", 3), ("Beech", 2), ("Hawthorn", 2)],
    "Stump grinding": [("Leylandii", 3), ("Ash", 3), ("Sycamore", 2), ("Conifer", 2), ("Birch", 1)],
    "Deadwooding": [("Oak", 5), ("Beech", 3), ("Horse chestnut", 2), ("Ash", 2)],
    "Pollarding": [("Willow", 5), ("Lime", 4), ("Plane", 2), ("Sycamore", 1)],
}


def work_weights(month):
    nesting = month in (3, 4, 5, 6, 7, 8)
    return [("Felling", 2 if nesting else 6), ("Crown reduction", 3 if nesting else 5),
            ("Hedge trim", 6 if month in (5, 6, 7, 8, 9) else 2), ("Stump grinding", 3),
            ("Deadwooding", 2), ("Pollarding", 1 if nesting else 3)]


def trees(rng):
    start, end = D(2024, 1, 2), D(2025, 6, 27)
    export = D(2025, 6, 30)
    per_month = {1: 38, 2: 44, 3: 52, 4: 47, 5: 45, 6: 41, 7: 36, 8: 33, 9: 40, 10: 55, 11: 49, 12: 27}
    rows = []
    n = 0
    for day in days(start, end):
        if day.weekday() == 6:
            continue
        lam = per_month[day.month] / (22 if day.weekday() < 5 else 10) * (1.0 if day.weekday() < 5 else 0.35)
        if day.year == 2025:
            lam *= 1.08
        for _ in range(poisson(rng, lam)):
            n += 1
            work = pick(rng, work_weights(day.month))
            base, extra, crew, hpt = WORK[work]
            client = pick(rng, [("Domestic", 70), ("Commercial", 12), ("Council", 8), ("Estate", 10)])
            species = pick(rng, SPECIES[work])
            ntrees = 1 if work == "Hedge trim" else pick(rng, [(1, 55), (2, 22), (3, 12), (4, 6), (6, 3), (10, 2)])
            if client in ("Council", "Estate") and work != "Hedge trim":
                ntrees += rng.choice([0, 1, 2, 4])
            quote = base + extra * (ntrees - 1)
            if work == "Hedge trim":
                quote += rng.choice([0, 40, 80, 120, 200, 300])
            quote *= rng.uniform(0.85, 1.3) * (1.15 if client in ("Commercial", "Council") else 1.0)
            quote = round(quote / 5) * 5
            age = (export - day).days
            r = rng.random()
            if age < 21 and r < 0.75:
                outcome = "Pending"
            elif age < 60 and r < 0.2:
                outcome = "Pending"
            else:
                r = rng.random()
                outcome = "Won" if r < 0.64 else ("Lost" if r < 0.9 else "Cancelled")
            lag = rng.randint(6, 45) + (rng.randint(10, 60) if work == "Felling" and client == "Council" else 0)
            if work == "Felling" and day.month in (2, 3):
                lag += rng.randint(0, 30)
            job = day + dt.timedelta(days=lag)
            while job.weekday() >= 5:
                job += dt.timedelta(days=1)
            job_s, inv_s, hours_s, crew_s = "", "", "", ""
            if outcome == "Won":
                if job > export:
                    outcome = "Booked"
                    job_s = f"{job.day:02d}-{MONTHS[job.month - 1]}-{job.year}"
                    crew_s = crew
                else:
                    outcome = "Completed"
                    if rng.random() < 0.15:
                        crew = rng.choice(["Gareth", "Priya", "Tom"])
                    crew_s = crew
                    inv = quote
                    r = rng.random()
                    if r < 0.12:
                        inv = quote + rng.choice([25, 40, 60, 75, 90, 120, 150])
                    elif r < 0.16:
                        inv = quote - rng.choice([20, 25, 50])
                    job_s = (f"{job.day:02d}" if rng.random() < 0.7 else str(job.day)) + \
                        f"-{MONTHS[job.month - 1]}-{job.year}"
                    inv_s = money(rng, inv, "£")
                    h = hpt * ntrees if work != "Hedge trim" else hpt * (1 + (quote - 160) / 120)
                    h = round(h * rng.uniform(0.8, 1.25) * 2) / 2
                    hours_s = f"{max(1.0, h):g}"
            elif outcome == "Cancelled":
                crew_s = crew if rng.random() < 0.5 else ""
            trees_s = str(ntrees)
            if rng.random() < 0.035:
                trees_s = rng.choice(["several", "tbc", "", "?"])
            quoted_s = (f"{day.day:02d}" if rng.random() < 0.75 else str(day.day)) + \
                f"-{MONTHS[day.month - 1]}-{day.year}"
            rows.append([f"Q-{1000 + n}", quoted_s, mess(rng, client, 0.12), mess(rng, work, 0.12),
                         mess(rng, species, 0.1), trees_s, money(rng, quote, "£"), mess(rng, outcome, 0.1), job_s,
                         mess(rng, crew_s, 0.1), inv_s, hours_s])
    write("tree_jobs.csv", ["quote_no", "quoted_on", "client_type", "work", "species", "trees", "quote",
                            "outcome", "job_date", "crew", "invoiced", "crew_hours"], rows)


def main():
    window(random.Random(140001))
    pool(random.Random(140002))
    trucks(random.Random(140003))
    storage(random.Random(140004))
    trees(random.Random(140005))


if __name__ == "__main__":
    main()
