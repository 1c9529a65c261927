#!/usr/bin/env python3
"""Held-out set 2: write the datasets under data/ (deterministic, standard library only).

    python3 tests/heldout/set2/generate.py

Running it again reproduces every CSV byte for byte: each dataset has its own seeded
random.Random, nothing iterates a set or a dict whose order could change, and money is kept in
integer cents and formatted by hand.

Datasets (see README.md for the mess in each):
    movements.csv + products.csv   warehouse stock movements (signed quantities, ISO dates) + product lookup
    tickets.csv                    call-centre ticket log (ISO datetimes with time of day, missing words)
    bookings.csv                   hotel bookings export (US dates, nights x nightly rate, no stored total)
    trips.csv                      car-sharing trips (day-first datetimes, from/to zones)
    charity_ledger.csv             charity ledger (signed money in/out with a category, day-first dates)
    ad_spend.csv                   marketing spend and clicks per day, campaign and channel (US dates)
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
    """value, or with probability p one of the spellings a hand-kept export gets."""
    if not value or rng.random() >= p:
        return value
    kind = rng.choice(["lower", "upper", "trail", "lead", "double", "period", "lower_trail"])
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
    if kind == "period":
        return value + "."
    return value.lower() + " "


def weighted(rng, pairs):
    """pairs: [(value, weight), ...] in a fixed order."""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def money(cents, rng, styles=("dollar_comma", "comma", "plain", "dollar_plain")):
    """Format integer cents as an export would: $1,234.50 / 1,234.50 / 1234.50 / $1234.50 (negative with -)."""
    style = rng.choice(styles)
    neg = cents < 0
    c = abs(cents)
    whole, frac = divmod(c, 100)
    if style in ("dollar_comma", "comma"):
        body = f"{whole:,}.{frac:02d}"
    elif style == "whole" and frac == 0:
        body = f"{whole}"
    else:
        body = f"{whole}.{frac:02d}"
    if style in ("dollar_comma", "dollar_plain", "whole"):
        body = "$" + body
    return ("-" if neg else "") + body


def days_of(year_from, year_to):
    d = dt.date(year_from, 1, 1)
    out = []
    while d.year <= year_to:
        out.append(d)
        d += dt.timedelta(days=1)
    return out


# ----------------------------------------------------------------------------------------------
# warehouse: products.csv (lookup) + movements.csv (fact)

PRODUCTS = [
    # sku, name, category, supplier, list price cents, reorder level
    ("SKU-1001", "Hex Bolt M8 (box 100)", "Fasteners", "Northbrook Supply", 1450, 40),
    ("SKU-1002", "Hex Bolt M10 (box 100)", "Fasteners", "Northbrook Supply", 1890, 40),
    ("SKU-1003", "Wood Screw 4x40 (box 200)", "Fasteners", "Northbrook Supply", 990, 60),
    ("SKU-1004", "Wall Plug 6mm (box 100)", "Fasteners", "Keller & Sons", 450, 80),
    ("SKU-1005", "Washer M8 (box 250)", "Fasteners", "Keller & Sons", 620, 60),
    ("SKU-1006", "Cable Tie 200mm (bag 100)", "Fasteners", "Brightline Trading", 380, 100),
    ("SKU-1007", "Claw Hammer 16oz", "Hand Tools", "Keller & Sons", 2450, 15),
    ("SKU-1008", "Screwdriver Set 8pc", "Hand Tools", "Keller & Sons", 3290, 12),
    ("SKU-1009", "Adjustable Spanner 10in", "Hand Tools", "Atlas Industrial", 2190, 12),
    ("SKU-1010", "Tape Measure 8m", "Hand Tools", "Brightline Trading", 1290, 20),
    ("SKU-1011", "Utility Knife", "Hand Tools", "Brightline Trading", 790, 25),
    ("SKU-1012", "Spirit Level 600mm", "Hand Tools", "Atlas Industrial", 2790, 10),
    ("SKU-1013", "Cordless Drill 18V", "Power Tools", "Atlas Industrial", 14900, 6),
    ("SKU-1014", "Angle Grinder 115mm", "Power Tools", "Atlas Industrial", 8900, 6),
    ("SKU-1015", "Circular Saw 185mm", "Power Tools", "Atlas Industrial", 17900, 4),
    ("SKU-1016", "Impact Driver 18V", "Power Tools", "Keller & Sons", 16500, 4),
    ("SKU-1017", "Site Generator 3kW", "Power Tools", "Atlas Industrial", 124900, 1),
    ("SKU-1018", "Orbital Sander", "Power Tools", "Brightline Trading", 6900, 5),
    ("SKU-1019", "Twin Cable 2.5mm 100m", "Electrical", "Brightline Trading", 8450, 5),
    ("SKU-1020", "Double Socket White", "Electrical", "Brightline Trading", 650, 40),
    ("SKU-1021", "LED Floodlight 50W", "Electrical", "Northbrook Supply", 3990, 8),
    ("SKU-1022", "Junction Box 30A", "Electrical", "Northbrook Supply", 420, 50),
    ("SKU-1023", "Extension Reel 25m", "Electrical", "Keller & Sons", 4590, 6),
    ("SKU-1024", "Copper Pipe 15mm 3m", "Plumbing", "Northbrook Supply", 1150, 30),
    ("SKU-1025", "Compression Elbow 15mm", "Plumbing", "Northbrook Supply", 290, 100),
    ("SKU-1026", "PTFE Tape", "Plumbing", "Keller & Sons", 120, 150),
    ("SKU-1027", "Basin Mixer Tap", "Plumbing", "Atlas Industrial", 5490, 4),
    ("SKU-1028", "Silicone Sealant White", "Plumbing", "Brightline Trading", 640, 40),
    ("SKU-1029", "Safety Glasses", "Safety", "Brightline Trading", 450, 60),
    ("SKU-1030", "Hi-Vis Vest", "Safety", "Brightline Trading", 390, 60),
    ("SKU-1031", "Work Gloves (pair)", "Safety", "Keller & Sons", 350, 80),
    ("SKU-1032", "Hard Hat", "Safety", "Northbrook Supply", 1290, 20),
    ("SKU-1033", "Ear Defenders", "Safety", "Northbrook Supply", 1590, 15),
    ("SKU-1034", "First Aid Kit", "Safety", "Atlas Industrial", 2890, 6),
    ("SKU-1035", "Dust Mask FFP2 (box 20)", "Safety", "Keller & Sons", 1990, 20),
    ("SKU-1036", "Steel Toe Boots", "Safety", "Atlas Industrial", 5990, 8),
]

# how many units a dispatch line moves, by category (lo, hi), and how often the product moves
CAT_QTY = {"Fasteners": (20, 240), "Hand Tools": (2, 30), "Power Tools": (1, 8), "Electrical": (4, 60),
           "Plumbing": (10, 150), "Safety": (10, 120)}
POPULAR = {"SKU-1003": 3.0, "SKU-1031": 2.4, "SKU-1026": 2.0, "SKU-1001": 1.6, "SKU-1017": 0.3}


def gen_warehouse():
    rng = random.Random(20240201)
    prod_rows = []
    for sku, name, cat, sup, price, reorder in PRODUCTS:
        prod_rows.append([sku, name, mess(rng, cat, 0.35), sup,
                          money(price, rng, ("dollar_comma", "plain", "dollar_plain")), reorder])
    write_csv("products.csv", ["sku", "product_name", "category", "supplier", "list_price", "reorder_level"],
              prod_rows)

    month_weight = {1: 0.8, 2: 0.85, 3: 1.3, 4: 1.1, 5: 1.15, 6: 1.0, 7: 0.9, 8: 0.8, 9: 1.0, 10: 1.05,
                    11: 1.25, 12: 0.7}
    wh_pairs = [("Leeds", 0.45), ("Bristol", 0.33), ("Glasgow", 0.22)]
    type_pairs = [("Dispatch", 0.55), ("Receipt", 0.25), ("Return", 0.08), ("Adjustment", 0.12)]
    staff = ["A. Novak", "B. Okafor", "C. Lindqvist", "D. Sharma", "E. Murphy", "F. Costa"]
    sku_pairs = [(p[0], POPULAR.get(p[0], 1.0)) for p in PRODUCTS]
    by_sku = {p[0]: p for p in PRODUCTS}
    days = days_of(2024, 2024)
    rows = []
    n = 0
    seq = {"Dispatch": 0, "Receipt": 0, "Return": 0, "Adjustment": 0}
    for day in days:
        if day.weekday() == 6:
            continue
        k = month_weight[day.month] * (0.5 if day.weekday() == 5 else 1.0) * 8.6
        count = int(k) + (1 if rng.random() < k - int(k) else 0)
        for _ in range(count):
            n += 1
            sku = weighted(rng, sku_pairs)
            _, name, cat, sup, price, _ = by_sku[sku]
            typ = weighted(rng, type_pairs)
            wh = weighted(rng, wh_pairs)
            lo, hi = CAT_QTY[cat]
            if typ == "Dispatch":
                qty = -rng.randint(lo, hi)
            elif typ == "Receipt":
                qty = rng.randint(lo, hi) * rng.choice([2, 3, 4])
            elif typ == "Return":
                qty = max(1, rng.randint(lo, hi) // 5)
            else:
                qty = rng.choice([-1, -1, -1, 1]) * rng.randint(1, max(2, hi // 10))
            cost = int(round(price * 0.62 * rng.uniform(0.95, 1.05)))
            seq[typ] += 1
            ref = {"Dispatch": "SO", "Receipt": "PO", "Return": "RMA", "Adjustment": "ADJ"}[typ]
            ref = f"{ref}-{24000 + seq[typ] * 3 + rng.randint(0, 2)}"
            rows.append([f"MV-{n:05d}", day.isoformat(), sku, mess(rng, wh, 0.2), mess(rng, typ, 0.2),
                         str(qty), money(cost, rng, ("dollar_comma", "comma", "plain", "dollar_plain")),
                         ref, rng.choice(staff)])
    write_csv("movements.csv", ["movement_id", "date", "sku", "warehouse", "movement_type", "qty",
                                "unit_cost", "reference", "handled_by"], rows)


# ----------------------------------------------------------------------------------------------
# call centre: tickets.csv

AGENTS = [  # name, team, weight
    ("Maya Fischer", "Tier 1", 2.2), ("Tom Reilly", "Tier 1", 1.7), ("Aisha Bello", "Tier 1", 1.45),
    ("Lukas Brandt", "Tier 1", 1.1), ("Sofia Marin", "Tier 1", 1.05), ("Omar Haddad", "Tier 1", 1.0),
    ("Grace Chen", "Tier 1", 1.0), ("Daniel Kowal", "Tier 1", 1.0), ("Nina Petrova", "Tier 1", 0.9),
    ("Ravi Menon", "Tier 1", 0.8), ("Hannah Scott", "Tier 2", 0.7), ("Jonas Berg", "Tier 2", 0.6),
    ("Ines Duarte", "Tier 2", 0.6), ("Victor Lang", "Tier 2", 0.5),
]
CATEGORY_MIN = {"Billing": (6, 18), "Technical": (14, 45), "Account": (5, 15), "Delivery": (7, 20),
                "Returns": (6, 16)}


def gen_tickets():
    rng = random.Random(20240315)
    hour_pairs = [(7, 0.3), (8, 1.1), (9, 1.7), (10, 2.6), (11, 1.9), (12, 1.3), (13, 1.4), (14, 1.8),
                  (15, 1.5), (16, 1.2), (17, 0.9), (18, 0.6), (19, 0.45), (20, 0.3), (21, 0.2)]
    wd_weight = [1.55, 1.2, 1.1, 1.05, 1.0, 0.45, 0.3]
    chan_pairs = [("Phone", 0.4), ("Email", 0.32), ("Chat", 0.28)]
    cat_pairs = [("Billing", 0.3), ("Technical", 0.25), ("Account", 0.17), ("Delivery", 0.18), ("Returns", 0.1)]
    pri_pairs = [("Low", 0.3), ("Medium", 0.42), ("High", 0.2), ("Urgent", 0.08)]
    agent_pairs = [(a[0], a[2]) for a in AGENTS]
    team_of = {a[0]: a[1] for a in AGENTS}
    fcr_p = {"Phone": 0.72, "Chat": 0.66, "Email": 0.48}
    csat_mean = {"Phone": 3.7, "Chat": 4.4, "Email": 3.3}
    rows = []
    n = 0
    for day in days_of(2024, 2024):
        k = 9.2 * wd_weight[day.weekday()] * (1.15 if day.month in (1, 11, 12) else 1.0)
        count = int(k) + (1 if rng.random() < k - int(k) else 0)
        stamps = []
        for _ in range(count):
            h = weighted(rng, hour_pairs)
            stamps.append((h, rng.randint(0, 59)))
        stamps.sort()
        for h, m in stamps:
            n += 1
            chan = weighted(rng, chan_pairs)
            cat = weighted(rng, cat_pairs)
            pri = weighted(rng, pri_pairs)
            agent = weighted(rng, agent_pairs)
            team = team_of[agent]
            lo, hi = CATEGORY_MIN[cat]
            minutes = rng.randint(lo, hi) + (8 if team == "Tier 2" else 0) + (3 if chan == "Phone" else 0)
            if rng.random() < 0.07:
                hm = rng.choice(["", "", "n/a", "-", "not recorded"])
            else:
                hm = str(minutes)
            fcr = rng.random() < fcr_p[chan] - (0.15 if cat == "Technical" else 0.0)
            r = rng.random()
            if r < 0.07 + (0.06 if pri in ("High", "Urgent") else 0):
                status = "Escalated"
            elif r < 0.12 + (0.06 if pri in ("High", "Urgent") else 0):
                status = "Open"
            elif r < 0.6:
                status = "Resolved"
            else:
                status = "Closed"
            if rng.random() < 0.33:
                csat = rng.choice(["", "", "no response"])
            else:
                v = csat_mean[chan] + rng.uniform(-1.9, 1.4) + (0.3 if fcr else -0.5)
                csat = str(min(5, max(1, int(round(v)))))
            agent_txt = agent
            if rng.random() < 0.08:
                agent_txt = rng.choice([agent.lower(), agent.upper(), agent.replace(" ", "  "), agent + " "])
            rows.append([f"T-{240000 + n}", f"{day.isoformat()} {h:02d}:{m:02d}", mess(rng, chan, 0.2),
                         mess(rng, cat, 0.2), mess(rng, pri, 0.15), agent_txt, team, mess(rng, status, 0.15),
                         hm, rng.choice(["Yes", "Yes", "Yes", "yes"]) if fcr else rng.choice(["No", "No", "No", "no"]),
                         csat])
    write_csv("tickets.csv", ["ticket_id", "opened_at", "channel", "category", "priority", "agent", "team",
                              "status", "handle_minutes", "first_contact_resolution", "csat"], rows)


# ----------------------------------------------------------------------------------------------
# hotel: bookings.csv


def us_date(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def gen_bookings():
    rng = random.Random(20230707)
    room_pairs = [("Standard", 0.55), ("Deluxe", 0.3), ("Suite", 0.15)]
    rate_range = {"Standard": (11000, 19000), "Deluxe": (18000, 29000), "Suite": (32000, 65000)}
    chan_pairs = [("Booking.com", 0.36), ("Direct", 0.29), ("Expedia", 0.25), ("Travel agent", 0.10)]
    cancel_p = {"Booking.com": 0.27, "Expedia": 0.15, "Direct": 0.08, "Travel agent": 0.10}
    country_pairs = [("United Kingdom", 0.38), ("Germany", 0.14), ("United States", 0.12), ("France", 0.10),
                     ("Netherlands", 0.08), ("Spain", 0.07), ("Ireland", 0.06), ("Italy", 0.05)]
    month_weight = {1: 0.6, 2: 0.65, 3: 0.8, 4: 0.95, 5: 1.05, 6: 1.3, 7: 1.5, 8: 1.55, 9: 1.1, 10: 0.9,
                    11: 0.7, 12: 1.0}
    nights_pairs = [(1, 0.18), (2, 0.27), (3, 0.2), (4, 0.12), (5, 0.08), (6, 0.05), (7, 0.06), (8, 0.02),
                    (10, 0.01), (14, 0.01)]
    rows = []
    n = 0
    for day in days_of(2023, 2024):
        k = 2.55 * month_weight[day.month] * (1.25 if day.weekday() in (4, 5) else 1.0)
        count = int(k) + (1 if rng.random() < k - int(k) else 0)
        for _ in range(count):
            n += 1
            room = weighted(rng, room_pairs)
            chan = weighted(rng, chan_pairs)
            nights = weighted(rng, nights_pairs)
            lead = int(rng.expovariate(1 / 38.0)) if chan != "Travel agent" else rng.randint(30, 200)
            lead = min(lead, 300)
            booked = day - dt.timedelta(days=lead)
            lo, hi = rate_range[room]
            rate = rng.randint(lo, hi)
            if day.month in (6, 7, 8, 12):
                rate = rate * 118 // 100
            if day.year == 2024:
                rate = rate * 106 // 100
            rate = rate // 100 * 100
            if rng.random() < 0.25:
                rate -= 1  # 188.99
            r = rng.random()
            if r < cancel_p[chan]:
                status = "Cancelled"
            elif r < cancel_p[chan] + 0.03:
                status = "No-show"
            else:
                status = "Checked out"
            adults = weighted(rng, [(1, 0.25), (2, 0.6), (3, 0.1), (4, 0.05)])
            children = 0 if rng.random() < 0.76 else weighted(rng, [(1, 0.5), (2, 0.4), (3, 0.1)])
            rows.append([f"BK-{10000 + n}", us_date(booked), us_date(day), str(nights), mess(rng, room, 0.2),
                         mess(rng, chan, 0.15), mess(rng, weighted(rng, country_pairs), 0.12), str(adults),
                         str(children), money(rate, rng, ("dollar_comma", "plain", "dollar_plain", "whole")),
                         mess(rng, status, 0.15)])
    write_csv("bookings.csv", ["booking_ref", "booked_on", "check_in", "nights", "room_type", "channel",
                               "guest_country", "adults", "children", "nightly_rate", "status"], rows)


# ----------------------------------------------------------------------------------------------
# car sharing: trips.csv

ZONES = ["Central Station", "Airport", "Old Town", "University", "Harbour", "Riverside", "Business Park"]
TO_WEIGHT = {"Central Station": 1.9, "Airport": 1.0, "Old Town": 1.45, "University": 1.0, "Harbour": 1.0,
             "Riverside": 0.9, "Business Park": 0.9}
ZONE_XY = {"Central Station": (0, 0), "Airport": (14, -6), "Old Town": (-2, 2), "University": (4, 5),
           "Harbour": (-6, -3), "Riverside": (3, -4), "Business Park": (9, 3)}


def gen_trips():
    rng = random.Random(20240521)
    vehicles = ([(f"EV-{i:02d}", "Electric") for i in range(1, 21)] + [(f"HY-{i:02d}", "Hybrid") for i in range(1, 13)]
                + [(f"VN-{i:02d}", "Van") for i in range(1, 9)])
    veh_pairs = [(v, 3.0 if v[0] == "EV-07" else 1.0) for v in vehicles]
    from_pairs = [("Central Station", 0.27), ("Old Town", 0.17), ("University", 0.15), ("Airport", 0.11),
                  ("Harbour", 0.1), ("Riverside", 0.1), ("Business Park", 0.1)]
    hour_pairs = [(6, 0.4), (7, 1.0), (8, 1.7), (9, 1.1), (10, 0.8), (11, 0.8), (12, 0.9), (13, 0.85),
                  (14, 0.8), (15, 0.9), (16, 1.3), (17, 2.3), (18, 1.6), (19, 1.0), (20, 0.7), (21, 0.5),
                  (22, 0.35), (23, 0.2)]
    wd_weight = [0.95, 1.0, 1.0, 1.05, 1.45, 1.05, 0.7]
    rows = []
    n = 0
    for day in days_of(2024, 2024):
        k = 8.0 * wd_weight[day.weekday()] * (1.2 if day.month in (6, 7, 8) else 1.0)
        count = int(k) + (1 if rng.random() < k - int(k) else 0)
        stamps = sorted((weighted(rng, hour_pairs), rng.randint(0, 59)) for _ in range(count))
        for h, m in stamps:
            n += 1
            vid, vtype = weighted(rng, veh_pairs)
            fz = weighted(rng, from_pairs)
            if rng.random() < 0.1:
                tz = fz
            elif fz == "Central Station" and rng.random() < 0.35:
                tz = "Airport"
            else:
                tz = weighted(rng, [(z, TO_WEIGHT[z]) for z in ZONES if z != fz])
            if tz == fz:
                dist = rng.uniform(2.0, 14.0)
            else:
                (x1, y1), (x2, y2) = ZONE_XY[fz], ZONE_XY[tz]
                dist = math.hypot(x2 - x1, y2 - y1) * rng.uniform(1.15, 1.45)
            dist = round(dist, 1)
            speed = rng.uniform(18, 32) if day.weekday() < 5 else rng.uniform(14, 24)
            dur = max(4, int(round(dist / speed * 60 + rng.uniform(2, 9))))
            if day.weekday() == 5:
                dur += rng.randint(12, 35)  # Saturday leisure trips: the car is kept longer
            member = weighted(rng, [("Member", 0.64), ("Casual", 0.36)])
            per_min = {"Electric": 28, "Hybrid": 30, "Van": 42}[vtype]
            fare = 100 + per_min * dur + 18 * int(round(dist))
            if member == "Member":
                fare = fare * 80 // 100
            if rng.random() < 0.36:
                rating = rng.choice(["", "", "", "n/a", "-"])
            else:
                base = {"Electric": 4.3, "Hybrid": 4.0, "Van": 3.6}[vtype]
                rating = str(min(5, max(1, int(round(base + rng.uniform(-1.6, 1.0))))))
            rows.append([f"TR-{n:05d}", f"{day.day:02d}/{day.month:02d}/{day.year} {h:02d}:{m:02d}", vid,
                         mess(rng, vtype, 0.2), mess(rng, fz, 0.15), mess(rng, tz, 0.15), f"{dist:.1f}", str(dur),
                         money(fare, rng, ("dollar_plain", "plain")), mess(rng, member, 0.15), rating])
    write_csv("trips.csv", ["trip_id", "start_time", "vehicle_id", "vehicle_type", "from_zone", "to_zone",
                            "distance_km", "duration_min", "fare", "member_type", "rating"], rows)


# ----------------------------------------------------------------------------------------------
# charity: charity_ledger.csv


def gen_charity():
    rng = random.Random(20231120)
    # campaign weights for donations per year (Clean Water grows strongly in 2024)
    camp_pairs = {2023: [("Winter Appeal", 0.3), ("Clean Water", 0.14), ("Food Bank", 0.2), ("School Meals", 0.14),
                         ("General", 0.22)],
                  2024: [("Winter Appeal", 0.28), ("Clean Water", 0.27), ("Food Bank", 0.17), ("School Meals", 0.1),
                         ("General", 0.18)]}
    method_pairs = [("Card", 0.45), ("Bank transfer", 0.22), ("Direct debit", 0.18), ("Cash", 0.09), ("Cheque", 0.06)]
    month_weight = {1: 1.2, 2: 0.7, 3: 0.8, 4: 0.75, 5: 0.8, 6: 0.85, 7: 0.7, 8: 0.65, 9: 0.85, 10: 1.0,
                    11: 1.5, 12: 2.6}
    donors = [f"DN-{i:04d}" for i in range(1, 521)]
    payees = {"Programme costs": ["Aqua Drill Ltd", "City Food Bank Hub", "Meals4Schools", "Shelter Kits Co"],
              "Fundraising costs": ["PrintWorks", "Hall Hire Ltd", "MailDirect", "Social Ads Ltd"],
              "Admin": ["Office Rent Ltd", "Ledgerly Accounting", "Telco Plus", "Insure Co"],
              "Salaries": ["Payroll"]}
    prog_camp = [("Clean Water", 0.32), ("Food Bank", 0.28), ("School Meals", 0.22), ("Winter Appeal", 0.18)]
    entries = []  # (date, category, campaign, party, method, cents)
    for day in days_of(2023, 2024):
        yr = day.year
        k = 1.05 * month_weight[day.month] * (1.12 if yr == 2024 else 1.0)
        count = int(k) + (1 if rng.random() < k - int(k) else 0)
        for _ in range(count):
            camp = weighted(rng, camp_pairs[yr])
            if day.month in (11, 12, 1) and rng.random() < 0.45:
                camp = "Winter Appeal"
            if rng.random() < 0.03:
                cents = rng.randint(5000, 25000) * 100
            else:
                cents = int(math.exp(rng.uniform(math.log(5), math.log(2500)))) * 100
                if rng.random() < 0.5:
                    cents = (cents // 500) * 500 or 500
            entries.append((day, "Donation", camp, rng.choice(donors), weighted(rng, method_pairs), cents))
        if day.day == 28:
            entries.append((day, "Salaries", "General", "Payroll", "Bank transfer",
                            -rng.randint(1800000, 2050000) - (120000 if yr == 2024 else 0)))
        if rng.random() < 0.09:
            cat = weighted(rng, [("Programme costs", 0.5), ("Fundraising costs", 0.25), ("Admin", 0.25)])
            camp = weighted(rng, prog_camp) if cat == "Programme costs" else (
                weighted(rng, camp_pairs[yr]) if cat == "Fundraising costs" else "General")
            lo, hi = {"Programme costs": (50000, 1500000), "Fundraising costs": (10000, 400000),
                      "Admin": (5000, 300000)}[cat]
            entries.append((day, cat, camp, rng.choice(payees[cat]), rng.choice(["Bank transfer", "Card"]),
                            -rng.randint(lo, hi)))
        if rng.random() < 0.012:
            entries.append((day, "Grant", weighted(rng, prog_camp), rng.choice(["Lotto Community Fund",
                            "Rivers Trust", "City Council"]), "Bank transfer", rng.randint(5000, 50000) * 100))
        if rng.random() < 0.02:
            entries.append((day, "Event income", weighted(rng, camp_pairs[yr]), rng.choice(["Fun Run", "Quiz Night",
                            "Gala Dinner", "Bake Sale"]), rng.choice(["Cash", "Card"]), rng.randint(500, 8000) * 100))
        if day.day == 15 and day.month in (3, 6, 9, 12):
            entries.append((day, "Gift Aid", "General", "HMRC", "Bank transfer", rng.randint(1000, 6000) * 100))
    rows = []
    for i, (day, cat, camp, party, method, cents) in enumerate(entries, start=1):
        rows.append([f"CH-{i:05d}", f"{day.day:02d}/{day.month:02d}/{day.year}", mess(rng, cat, 0.15),
                     mess(rng, camp, 0.2), party, method,
                     money(cents, rng)])
    write_csv("charity_ledger.csv", ["entry_id", "date", "category", "campaign", "donor_or_payee", "method", "amount"],
              rows)


# ----------------------------------------------------------------------------------------------
# marketing: ad_spend.csv

CAMPAIGNS = [  # name, start, end, channels
    ("Brand Always-On", dt.date(2024, 1, 1), dt.date(2024, 12, 31), ["Google Ads", "Facebook"]),
    ("Spring Sale", dt.date(2024, 3, 1), dt.date(2024, 4, 30), ["Google Ads", "Facebook", "Instagram", "Email"]),
    ("Summer Launch", dt.date(2024, 6, 3), dt.date(2024, 7, 28), ["Instagram", "TikTok", "Facebook"]),
    ("Back to School", dt.date(2024, 8, 5), dt.date(2024, 9, 15), ["Google Ads", "Instagram", "TikTok", "Email"]),
    ("Black Friday", dt.date(2024, 11, 15), dt.date(2024, 12, 2),
     ["Google Ads", "Facebook", "Instagram", "TikTok", "Email"]),
    ("Holiday Gifts", dt.date(2024, 12, 3), dt.date(2024, 12, 24), ["Google Ads", "Facebook", "Email"]),
]
# per channel: (spend per day lo, hi in cents, CPC cents, CTR, conversion rate, order value cents)
CHANNEL = {"Google Ads": (18000, 42000, 110, 0.032, 0.045, 6800),
           "Facebook": (12000, 30000, 74, 0.011, 0.028, 5900),
           "Instagram": (10000, 26000, 86, 0.009, 0.024, 6100),
           "TikTok": (8000, 22000, 52, 0.007, 0.015, 4800),
           "Email": (1500, 4000, 9, 0.021, 0.038, 7200)}
CAMP_BOOST = {"Brand Always-On": 0.45, "Spring Sale": 1.0, "Summer Launch": 1.1, "Back to School": 0.9,
              "Black Friday": 2.6, "Holiday Gifts": 1.5}


def gen_ads():
    rng = random.Random(20240909)
    rows = []
    for day in days_of(2024, 2024):
        for name, start, end, chans in CAMPAIGNS:
            if not (start <= day <= end):
                continue
            for ch in chans:
                if rng.random() < 0.03:
                    continue  # a day the export has no row (paused)
                lo, hi, cpc, ctr, cvr, aov = CHANNEL[ch]
                spend = int(rng.randint(lo, hi) * CAMP_BOOST[name])
                clicks = max(1, int(spend / (cpc * rng.uniform(0.85, 1.15))))
                impressions = int(clicks / (ctr * rng.uniform(0.85, 1.15)))
                conv_rate = cvr * (1.6 if name == "Black Friday" else 1.0) * rng.uniform(0.7, 1.3)
                conversions = int(round(clicks * conv_rate))
                revenue = int(conversions * aov * rng.uniform(0.85, 1.15))
                rows.append([f"{day.month}/{day.day}/{day.year}", mess(rng, name, 0.15), mess(rng, ch, 0.18),
                             str(impressions), str(clicks), money(spend, rng, ("dollar_comma", "dollar_plain", "comma")),
                             str(conversions), money(revenue, rng, ("dollar_comma", "dollar_plain", "comma"))])
    write_csv("ad_spend.csv", ["date", "campaign", "channel", "impressions", "clicks", "spend", "conversions",
                               "revenue"], rows)


def main():
    gen_warehouse()
    gen_tickets()
    gen_bookings()
    gen_trips()
    gen_charity()
    gen_ads()
    for p in sorted(DATA.glob("*.csv")):
        with open(p, encoding="utf-8") as f:
            print(f"{p.name}: {sum(1 for _ in f) - 1} rows")


if __name__ == "__main__":
    main()
