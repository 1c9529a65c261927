#!/usr/bin/env python3
"""Held-out set 22: writes the datasets into data/ (seeded, standard library only, byte-for-byte reproducible).

    python3 tests/heldout/set22/generate.py

Datasets (one seed each, 22001-22005):
    shoots.csv + clients.csv   a wedding / portrait / commercial photographer's shoot log and client list
    table_sessions.csv         a board-game cafe's table sessions
    iap_transactions.csv       a mobile game's in-app purchase export
    trip_ledger.csv            a primary school's trips payments ledger
    ride_log.csv               a cycling club's ride log (one row per rider per ride)
"""

import csv
import datetime as dt
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

FIRST = ["Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Florence", "Grace", "Sophie", "Evie",
         "Poppy", "Ella", "Ruby", "Daisy", "Harper", "Willow", "Rosie", "Millie", "Noah", "Oliver", "George", "Arthur",
         "Muhammad", "Leo", "Harry", "Oscar", "Archie", "Henry", "Theo", "Freddie", "Jack", "Charlie", "Finley",
         "Alfie", "Thomas", "Isaac", "Lucas", "Ethan", "Priya", "Aisha", "Zara", "Hannah", "Megan", "Tom", "Dan",
         "Sam", "Ben", "Kate", "Rachel", "James", "Aarav", "Chloe", "Maya", "Yusuf", "Kai", "Erin", "Niamh", "Owen"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright",
        "Robinson", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
        "Hughes", "Edwards", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "King", "Baker", "Harris",
        "Lewis", "Khan", "Ahmed", "Price", "Bennett", "Gray", "Cole", "Fisher", "Lloyd", "Marsh", "Reid", "Shaw"]


def write(name, header, rows):
    DATA.mkdir(parents=True, exist_ok=True)
    with open(DATA / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def daterange(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def money(rng, v, sign="£", plain_share=0.15):
    """'£1,250.00' mostly; sometimes '1250' or '£1250'."""
    r = rng.random()
    if r < plain_share:
        return f"{v:.2f}" if v != int(v) else f"{int(v)}"
    if r < plain_share + 0.1:
        return f"{sign}{v:.2f}"
    return f"{sign}{v:,.2f}"


def variant(rng, s, p=0.25):
    """Case and stray-space variants of a category spelling."""
    if rng.random() >= p:
        return s
    k = rng.randrange(5)
    if k == 0:
        return s.lower()
    if k == 1:
        return s.upper()
    if k == 2:
        return s + " "
    if k == 3:
        return " " + s
    return s.lower() + " "


# ----------------------------------------------------------------------------------------------
# 1. photographer: shoots + clients

def photographer():
    rng = random.Random(22001)
    towns = ["Bath", "Bristol", "Frome", "Wells", "Chippenham", "Trowbridge"]
    town_w = [30, 26, 14, 8, 12, 10]
    clients = []
    used = set()
    cid = 3
    # (type, count)
    for ctype, n in (("Private", 95), ("Business", 22), ("Agency", 6)):
        for i in range(n):
            cid += rng.randint(1, 9)
            if ctype == "Private":
                while True:
                    nm = f"{rng.choice(FIRST)} & {rng.choice(FIRST)} {rng.choice(LAST)}" if rng.random() < 0.5 \
                        else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                    if nm not in used:
                        break
            elif ctype == "Business":
                pool = ["Avon Dental", "Kettle & Crumb Bakery", "Hartley Law", "Brightwater Physio", "Oak & Ivy Florist",
                        "Mendip Brewing Co", "Severn Accountancy", "Larkhill Estate Agents", "Clifton Yoga Studio",
                        "Bluebell Nursery", "Greenway Architects", "Parade Hair Studio", "North Street Deli",
                        "Pulteney Interiors", "Redcliffe Gin", "Somer Valley Vets", "Abbey Dental Care",
                        "Kingsmead Opticians", "Wessex Cycles", "Copper Kettle Cafe", "Holloway Joinery",
                        "Bridgewood Pottery", "Marlow Jewellers"]
                nm = pool[i]
            else:
                nm = ["Westgate Events", "Harbourside Creative", "Pixel & Pine Agency", "Tandem Marketing",
                      "Quay Street Media", "Lantern PR"][i]
            used.add(nm)
            town = rng.choices(towns, town_w)[0]
            if nm == "Hartley Law" or nm == "Harbourside Creative":
                town = "Bristol"
            fb = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 6 * 365 + 200))
            clients.append({"id": cid, "name": nm, "type": ctype, "town": town, "first": fb})
    privs = [c for c in clients if c["type"] == "Private"]
    biz = [c for c in clients if c["type"] == "Business"]
    ags = [c for c in clients if c["type"] == "Agency"]
    # repeat business weights: a couple of heavy clients
    biz_w = [rng.uniform(0.5, 2.0) for _ in biz]
    biz_w[2] = 9.0   # Hartley Law
    biz_w[5] = 3.0   # Mendip Brewing
    ag_w = [2.0, 5.0, 2.5, 1.5, 1.0, 1.0]

    fee_range = {"Wedding": (1400, 2600), "Portrait": (150, 350), "Headshots": (120, 420), "Event": (300, 950),
                 "Product": (250, 1200), "Family": (180, 320)}
    hours_range = {"Wedding": (6, 10), "Portrait": (1, 2), "Headshots": (1, 3), "Event": (2, 6), "Product": (2, 6),
                   "Family": (1, 2)}
    rows = []
    no = 1000
    start, end = dt.date(2024, 1, 2), dt.date(2025, 10, 31)
    for d in daterange(start, end):
        m = d.month
        wd = d.weekday()
        jobs = []
        # weddings: Saturdays (and some Fridays) in season
        if wd == 5 and rng.random() < (0.85 if m in (5, 6, 7, 8, 9) else 0.3 if m in (4, 10) else 0.08):
            jobs.append("Wedding")
        if wd == 4 and rng.random() < (0.3 if m in (6, 7, 8) else 0.05):
            jobs.append("Wedding")
        if wd < 5:
            grow = 1.0 if d.year == 2024 else 1.45   # commercial work grows in 2025
            if rng.random() < 0.22 * grow:
                jobs.append("Headshots")
            if rng.random() < 0.12 * grow:
                jobs.append("Product")
            if rng.random() < 0.09:
                jobs.append("Event")
            if rng.random() < 0.08:
                jobs.append("Portrait")
        else:
            if rng.random() < 0.35 * (0.7 if d.year == 2025 else 1.0):
                jobs.append("Family")
            if rng.random() < 0.15:
                jobs.append("Portrait")
            if rng.random() < 0.1:
                jobs.append("Event")
        for st in jobs:
            no += 1
            if st == "Wedding":   # a couple books one wedding
                free = [p for p in privs if not p.get("wed")]
                c = rng.choice(free)
                c["wed"] = True
            elif st in ("Family", "Portrait"):
                c = rng.choice(privs)
            elif st == "Headshots":
                c = rng.choices(biz, biz_w)[0] if rng.random() < 0.85 else rng.choice(privs)
            elif st == "Product":
                c = rng.choices(biz, biz_w)[0] if rng.random() < 0.6 else rng.choices(ags, ag_w)[0]
            else:
                c = rng.choices(ags, ag_w)[0] if rng.random() < 0.55 else rng.choices(biz, biz_w)[0]
            lo, hi = fee_range[st]
            fee = round(rng.uniform(lo, hi) / 5) * 5
            if d.year == 2025:
                fee = round(fee * 1.08 / 5) * 5
            hlo, hhi = hours_range[st]
            hours = rng.choice([x / 2 for x in range(int(hlo * 2), int(hhi * 2) + 1)])
            cancelled = rng.random() < (0.06 if st != "Wedding" else 0.04)
            travel = 0 if rng.random() < 0.55 else rng.choice([15, 20, 25, 30, 35, 45, 60])
            imgs = {"Wedding": (350, 700), "Portrait": (15, 40), "Headshots": (5, 30), "Event": (80, 250),
                    "Product": (20, 120), "Family": (25, 60)}[st]
            img = "" if cancelled else str(rng.randint(*imgs))
            if not cancelled and rng.random() < 0.03:
                img = rng.choice(["n/a", "tbc"])
            h = f"{hours:g}"
            if rng.random() < 0.03:
                h = rng.choice(["tbc", ""])
            cid_s = f"{c['id']:04d}" if rng.random() < 0.7 else str(c["id"])
            status = variant(rng, "Cancelled", 0.4) if cancelled else variant(rng, "Completed", 0.12)
            tr = "" if cancelled or (travel == 0 and rng.random() < 0.6) else money(rng, travel)
            c.setdefault("firstshoot", d)
            rows.append([f"S-{no}", d.strftime("%d/%m/%Y"), cid_s, variant(rng, st, 0.2), h,
                         money(rng, fee), tr, status, img])
    write("shoots.csv", ["Shoot No", "Date", "Client ID", "Shoot Type", "Hours", "Fee", "Travel", "Status",
                         "Images Delivered"], rows)
    for c in clients:   # first booked: some weeks or months before the first shoot
        if "firstshoot" in c:
            c["first"] = c["firstshoot"] - dt.timedelta(days=rng.randrange(10, 400))
    crow = [[f"{c['id']:04d}", c["name"], c["type"], c["town"], c["first"].strftime("%-d %b %Y")] for c in clients]
    write("clients.csv", ["Client ID", "Client Name", "Client Type", "Town", "First Booked"], crow)


# ----------------------------------------------------------------------------------------------
# 2. board-game cafe table sessions

def cafe():
    rng = random.Random(22002)
    games = ["Catan", "Ticket to Ride", "Codenames", "Azul", "Wingspan", "Pandemic", "Carcassonne", "Dixit",
             "Exploding Kittens", "Splendor", "Sushi Go", "Cascadia"]
    base_w = [14, 12, 10, 7, 6, 6, 8, 5, 7, 5, 4, 2]
    rows = []
    sid = 5000
    for d in daterange(dt.date(2025, 1, 2), dt.date(2025, 9, 30)):
        wd = d.weekday()
        if wd == 0:   # closed Mondays
            continue
        n = {1: 6, 2: 7, 3: 9, 4: 15, 5: 19, 6: 12}[wd]
        n = max(2, int(rng.gauss(n, 2.5)))
        q = (d.month - 1) // 3
        for _ in range(n):
            sid += 1
            # start time
            if wd in (5, 6):
                hour = rng.choices(range(11, 22), [3, 5, 7, 7, 6, 5, 5, 9, 6, 5, 2])[0]
            else:
                hour = rng.choices(range(12, 22), [2, 2, 2, 3, 4, 7, 11, 9, 5, 2])[0]
            st = dt.datetime(d.year, d.month, d.day, hour, rng.choice(range(0, 60, 5)))
            via = rng.choices(["Walk-in", "Online", "Phone"], [45, 42, 13])[0]
            party = rng.choices(range(2, 9), [30, 20, 22, 12, 8, 4, 4])[0]
            noshow = via != "Walk-in" and rng.random() < (0.11 if via == "Online" else 0.06)
            w = list(base_w)
            if q >= 1:
                w[11] = 10  # Cascadia catches on from April
                w[4] = 7
            if party >= 6:
                w[2] *= 3   # Codenames for big groups
                w[7] *= 2
            game = rng.choices(games, w)[0]
            via_s = {"Walk-in": ["Walk-in", "walk-in", "Walk-In", "walk in"], "Online": ["Online", "online", "ONLINE",
                     "Online "], "Phone": ["Phone", "phone", "PHONE"]}[via]
            via_s = via_s[0] if rng.random() < 0.75 else rng.choice(via_s)
            table = rng.randint(1, 14)
            if noshow:
                rows.append([sid, table, st.strftime("%Y-%m-%d %H:%M"), "", party, "$0.00", "$0.00", "", via_s,
                             rng.choice(["No-show", "no show", "No show", "NO-SHOW"])])
                continue
            length = {"Catan": 150, "Ticket to Ride": 120, "Codenames": 90, "Azul": 80, "Wingspan": 140,
                      "Pandemic": 120, "Carcassonne": 100, "Dixit": 80, "Exploding Kittens": 70, "Splendor": 85,
                      "Sushi Go": 60, "Cascadia": 95}[game]
            mins = max(35, int(rng.gauss(length, 30)))
            if mins % 60 == 0:
                mins += rng.choice([-2, -1, 1, 2])
            en = st + dt.timedelta(minutes=mins)
            cover = 6.0 * party if wd in (4, 5, 6) else 5.0 * party
            fd = 0.0 if rng.random() < 0.07 else round(party * rng.uniform(4.0, 13.0) * (1.15 if hour >= 18 else 1.0),
                                                         2)
            ps = str(party)
            if via == "Walk-in" and rng.random() < 0.04:
                ps = rng.choice(["?", ""])
            gs = variant(rng, game, 0.22)
            if rng.random() < 0.04:
                gs = ""   # brought their own
            rows.append([sid, table, st.strftime("%Y-%m-%d %H:%M"), en.strftime("%Y-%m-%d %H:%M"), ps,
                         f"${cover:.2f}", f"${fd:.2f}", gs, via_s, rng.choice(["Played"] * 8 + ["played", "PLAYED"])])
    write("table_sessions.csv", ["session_id", "table_no", "started", "ended", "party_size", "cover_charge",
                                 "food_drink", "game", "booked_via", "status"], rows)


# ----------------------------------------------------------------------------------------------
# 3. mobile game in-app purchases

def iap():
    rng = random.Random(22003)
    products = {"Gem Pack S": 1.99, "Gem Pack M": 4.99, "Gem Pack L": 9.99, "Gem Vault": 49.99,
                "Remove Ads": 3.99, "Starter Bundle": 2.99, "Premium Monthly": 7.99, "Premium Yearly": 59.99}
    prod_w = {"Gem Pack S": 30, "Gem Pack M": 22, "Gem Pack L": 12, "Gem Vault": 2.2, "Remove Ads": 8,
              "Starter Bundle": 14, "Premium Monthly": 6, "Premium Yearly": 1.2}
    countries = ["US", "GB", "DE", "FR", "CA", "AU", "BR", "JP", "IN"]
    cw_q1 = [40, 14, 10, 6, 7, 5, 3, 9, 6]
    cw_q2 = [40, 14, 10, 6, 7, 5, 14, 9, 6]   # Brazilian launch in April
    users = []
    for i in range(1100):
        uid = rng.randrange(1000, 9_999_999)
        users.append({"id": uid, "ios": rng.random() < 0.58, "q1": rng.choices(countries, cw_q1)[0],
                      "q2": rng.choices(countries, cw_q2)[0], "whale": rng.random() < 0.03})
    rows = []
    subs = []   # (user, start datetime) for monthly renewals
    tx = 340_000_000
    start, end = dt.datetime(2025, 1, 1), dt.datetime(2025, 8, 31, 23, 59, 59)
    t = start
    purchases = []
    while True:
        rate = 0.0085 if t.month <= 3 else 0.0105   # purchases per minute
        t += dt.timedelta(seconds=int(rng.expovariate(rate) * 60))
        # evenings busier: thin out night-time purchases
        if t > end:
            break
        h = t.hour
        if h in (2, 3, 4, 5, 6, 7) and rng.random() < 0.6:
            continue
        u = rng.choice(users)
        if rng.random() < 0.004:
            u = users[7]   # the biggest spender
            u["whale"] = True
        w = dict(prod_w)
        if t < dt.datetime(2025, 3, 10):
            w["Gem Vault"] = 0
        if u["whale"]:
            w["Gem Vault"] *= 8
            w["Gem Pack L"] *= 3
        prod = rng.choices(list(w), list(w.values()))[0]
        purchases.append((t, u, prod))
        # evening extra
        if h in (19, 20, 21) and rng.random() < (0.6 if h == 20 else 0.3):
            t2 = t + dt.timedelta(seconds=rng.randrange(30, 600))
            u2 = rng.choice(users)
            prod2 = rng.choices(list(w), list(w.values()))[0]
            if t2 <= end:
                purchases.append((t2, u2, prod2))
    events = []
    for t, u, prod in purchases:
        events.append((t, u, prod, "Purchase"))
        if prod == "Premium Monthly":
            k = 1
            while True:
                m = t.month + k
                y = t.year + (m - 1) // 12
                m = (m - 1) % 12 + 1
                try:
                    rt = t.replace(year=y, month=m)
                except ValueError:
                    rt = t.replace(year=y, month=m, day=28)
                if rt > end or rng.random() < 0.22:
                    break
                events.append((rt + dt.timedelta(seconds=rng.randrange(0, 3600)), u, prod, "Renewal"))
                k += 1
        if rng.random() < 0.035 and prod not in ("Starter Bundle",):
            rt = t + dt.timedelta(hours=rng.randrange(2, 200))
            if rt <= end:
                events.append((rt, u, prod, "Refund"))
    events.sort(key=lambda e: e[0])
    for t, u, prod, typ in events:
        tx += rng.randrange(1, 40)
        price = products[prod]
        country = u["q1"] if t.month <= 3 else u["q2"]
        share = 0.85 if typ == "Renewal" and t >= dt.datetime(2025, 6, 1) else 0.70
        proceeds = round(price * share, 2)
        if typ == "Refund":
            price, proceeds = -price, -round(price * 0.70, 2)
        plat = "iOS" if u["ios"] else "Android"
        plat_s = variant(rng, plat, 0.2)
        uid = f"{u['id']:07d}"
        if rng.random() < 0.3:
            uid = str(u["id"])
        ps = f"-${-price:.2f}" if price < 0 else f"${price:.2f}"
        pr = f"-${-proceeds:.2f}" if proceeds < 0 else f"${proceeds:.2f}"
        rows.append([tx, t.strftime("%m/%d/%Y %H:%M:%S"), uid, country, plat_s, prod, typ, ps, pr])
    write("iap_transactions.csv", ["Transaction ID", "Purchase Date", "User ID", "Country", "Platform", "Product",
                                   "Type", "Customer Price", "Developer Proceeds"], rows)


# ----------------------------------------------------------------------------------------------
# 4. school trips payments ledger

def school():
    rng = random.Random(22004)
    trips = {  # trip: (year group, price, instalments, payment window start, end, trip date)
        "Farm Visit": (1, 12.0, 1, dt.date(2025, 4, 22), dt.date(2025, 5, 16), dt.date(2025, 5, 21)),
        "Bristol Zoo": (2, 18.0, 1, dt.date(2025, 2, 24), dt.date(2025, 3, 21), dt.date(2025, 3, 27)),
        "Roman Baths": (3, 15.0, 1, dt.date(2024, 10, 1), dt.date(2024, 11, 8), dt.date(2024, 11, 14)),
        "Theatre - Matilda": (4, 24.0, 1, dt.date(2024, 11, 11), dt.date(2024, 12, 6), dt.date(2024, 12, 12)),
        "Science Museum": (5, 32.0, 2, dt.date(2025, 1, 13), dt.date(2025, 3, 7), dt.date(2025, 3, 13)),
        "Kingswood Residential": (6, 285.0, 3, dt.date(2024, 9, 16), dt.date(2025, 4, 25), dt.date(2025, 5, 12)),
    }
    pupils = []
    pno = 3000
    for yr in range(1, 7):
        for cl in "AB":
            for _ in range(rng.randint(26, 30)):
                pno += rng.randint(1, 7)
                pupils.append({"no": pno, "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                               "class": f"{yr}{cl}", "yr": yr})
    rows = []

    def school_day(d):
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        return d

    def add(d, typ, p, trip, method, amount, status=""):
        pn = "" if p is None else (f"{p['no']:06d}" if rng.random() < 0.65 else str(p["no"]))
        name = "" if p is None else p["name"]
        cl = "" if p is None else variant(rng, p["class"], 0.2)
        tr = variant(rng, trip, 0.15)
        amt = f"-£{-amount:,.2f}" if amount < 0 else f"£{amount:,.2f}"
        if rng.random() < 0.08:
            amt = f"{amount:.2f}"
        rows.append([d, typ, pn, name, cl, tr, method, amt, status])

    def method_s(m):
        opts = {"ParentPay": ["ParentPay", "parentpay", "Parent Pay"], "Cash": ["Cash", "cash", "CASH"],
                "Cheque": ["Cheque", "cheque", "Chq"], "BACS": ["BACS", "bacs", "Bank transfer"]}[m]
        return opts[0] if rng.random() < 0.75 else rng.choice(opts)

    for trip, (yr, price, inst, a, b, tdate) in trips.items():
        span = (b - a).days
        for p in pupils:
            if p["yr"] != yr:
                continue
            if rng.random() < (0.05 if yr != 6 else 0.09):
                continue   # not going / not paid
            m = rng.choices(["ParentPay", "Cash", "Cheque", "BACS"], [70, 16, 8, 6] if yr != 6 else [60, 5, 10, 25])[0]
            if inst == 1 or rng.random() < 0.25:
                d = school_day(a + dt.timedelta(days=rng.randrange(0, span)))
                add(d, "Payment", p, trip, method_s(m), price)
                paid = [(d, price)]
            else:
                paid = []
                each = round(price / inst, 2)
                for k in range(inst):
                    d = school_day(a + dt.timedelta(days=int(span * k / inst) + rng.randrange(0, max(1, span // inst))))
                    add(d, "Payment", p, trip, method_s(m), each)
                    paid.append((d, each))
            if rng.random() < 0.04:
                total = sum(x for _, x in paid)
                d = school_day(tdate + dt.timedelta(days=rng.randrange(1, 14)))
                add(d, "Refund", p, trip, method_s("BACS" if m in ("BACS", "ParentPay") else "Cheque"), -total)
            if rng.random() < 0.015:
                d = school_day(a + dt.timedelta(days=rng.randrange(0, span)))
                add(d, "Payment", p, trip, method_s(m), price, rng.choice(["VOID", "void", "Void - duplicate"]))
        # suppliers and grants
        n_going = yr
        if trip == "Kingswood Residential":
            add(school_day(dt.date(2024, 10, 15)), "Supplier", None, trip, "BACS", -4200.00)
            add(school_day(dt.date(2025, 4, 30)), "Supplier", None, trip, "BACS", -9880.00)
            add(school_day(dt.date(2025, 5, 2)), "Supplier", None, trip, "BACS", -1245.00)
            add(school_day(dt.date(2025, 3, 3)), "Grant", None, trip, "BACS", 1500.00)
            add(school_day(dt.date(2025, 3, 3)), "Grant", None, trip, "BACS", 1500.00, "VOID")
        else:
            coach = {"Farm Visit": 420.0, "Bristol Zoo": 495.0, "Roman Baths": 0.0, "Theatre - Matilda": 560.0,
                     "Science Museum": 1150.0}[trip]
            tickets = {"Farm Visit": 180.0, "Bristol Zoo": 506.0, "Roman Baths": 690.0, "Theatre - Matilda": 960.0,
                       "Science Museum": 0.0}[trip]
            if coach:
                add(school_day(tdate - dt.timedelta(days=10)), "Supplier", None, trip, "BACS", -coach)
            if tickets:
                add(school_day(tdate - dt.timedelta(days=20)), "Supplier", None, trip, "Cheque", -tickets)
            if trip in ("Science Museum", "Theatre - Matilda"):
                add(school_day(tdate - dt.timedelta(days=30)), "Grant", None, trip, "BACS", 300.0)
    rows.sort(key=lambda r: r[0])
    out = []
    for i, r in enumerate(rows):
        out.append([r[0].strftime("%d/%m/%Y"), f"TR{i + 1:05d}"] + r[1:])
    write("trip_ledger.csv", ["Date", "Ref", "Entry", "Pupil No", "Pupil", "Class", "Trip", "Method", "Amount",
                              "Status"], out)


# ----------------------------------------------------------------------------------------------
# 5. cycling club ride log

def cycling():
    rng = random.Random(22005)
    riders = ["Dave Hughes", "Priya Shah", "Mark Ellis", "Sue Barker", "Tom Reid", "Jen Walsh", "Gareth Price",
              "Alan Cole", "Beth Moran", "Chris Lam", "Fiona Grant", "Raj Mehta", "Lucy Hart", "Steve Okafor",
              "Nina Berg", "Paul Dent", "Kate Ruiz", "Ian Fox", "Mo Farah", "Hannah Kay", "Jo Whitley",
              "Rob Nash", "Ellie Stone", "Sam Quinn", "Pete Hollis", "Dan Webb"]
    keen = {r: rng.uniform(0.15, 0.55) for r in riders}
    keen["Dave Hughes"] = 0.8
    keen["Mark Ellis"] = 0.62
    keen["Priya Shah"] = 0.42
    # 2025 changes
    keen25 = dict(keen)
    keen25["Priya Shah"] = 0.85      # big jump in 2025
    keen25["Mark Ellis"] = 0.35
    keen25["Gareth Price"] = 0.05
    joined = {"Ellie Stone": dt.date(2025, 4, 1), "Sam Quinn": dt.date(2025, 5, 1), "Dan Webb": dt.date(2024, 7, 1)}
    routes = {"Club run": ["Cheddar Loop", "Chew Valley", "Mendip Tops", "Cotswold Edge"],
              "Social": ["Cafe Ride", "Bathampton Loop", "Canal & Back"],
              "Chaingang": ["Tuesday Chaingang"], "Gravel": ["Kennet Gravel", "Forest Tracks"],
              "Sportive": ["Wells Sportive", "Dragon Ride", "Mendip Grinder"]}
    dist = {"Club run": (42, 66), "Social": (22, 36), "Chaingang": (22, 28), "Gravel": (28, 46),
            "Sportive": (62, 105)}
    climb = {"Club run": 45, "Social": 30, "Chaingang": 15, "Gravel": 55, "Sportive": 60}   # ft per mile
    speed = {"Club run": 16.5, "Social": 13.0, "Chaingang": 21.0, "Gravel": 12.0, "Sportive": 16.0}
    rows = []
    for d in daterange(dt.date(2024, 3, 2), dt.date(2025, 10, 31)):
        wd = d.weekday()
        rides = []
        if wd == 5:
            rides.append("Gravel" if d.day <= 7 else "Club run")
        if wd == 6:
            rides.append("Social")
            if d.month in (5, 6, 7, 9) and d.day <= 7:
                rides.append("Sportive")
        if wd == 1 and d.month in (4, 5, 6, 7, 8, 9):
            rides.append("Chaingang")
        for ride in rides:
            route = rng.choice(routes[ride])
            wet = rng.random() < (0.35 if d.month in (3, 4, 10, 11) else 0.18)
            weather = "Wet" if wet else ("Windy" if rng.random() < 0.2 else "Dry")
            base = round(rng.uniform(*dist[ride]), 1)
            if ride == "Chaingang":
                start = "6:30 PM"
            elif ride == "Social":
                start = "9:30 AM"
            elif ride == "Sportive":
                start = rng.choice(["6:30 AM", "6:45 AM", "7:15 AM"])
            else:
                start = rng.choice(["8:00 AM", "8:00 AM", "7:30 AM"]) if d.month in (6, 7, 8) else "8:30 AM"
            ks = keen25 if d.year == 2025 else keen
            for r in riders:
                if r in joined and d < joined[r]:
                    continue
                p = ks[r] * (0.55 if wet else 1.0)
                if ride == "Chaingang":
                    p *= 0.6 if r not in ("Mark Ellis", "Tom Reid", "Chris Lam", "Raj Mehta", "Priya Shah") else 1.2
                if ride == "Social":
                    p *= 0.7
                if ride == "Sportive":
                    p *= 0.5
                if rng.random() >= min(p, 0.95):
                    continue
                dd = round(base + rng.uniform(-1.5, 3.0), 1)
                dnf = rng.random() < (0.05 if wet else 0.02)
                if dnf:
                    ds, el, mt = "DNF", "", ""
                else:
                    sp = speed[ride] * rng.uniform(0.88, 1.12) * (0.93 if wet else 1.0)
                    secs = int(dd / sp * 3600)
                    mt = f"{secs // 3600}:{secs % 3600 // 60:02d}:{secs % 60:02d}"
                    el_v = int(dd * climb[ride] * rng.uniform(0.85, 1.15))
                    el = f"{el_v:,}" if rng.random() < 0.8 else str(el_v)
                    ds = f"{dd}"
                    if rng.random() < 0.02:
                        ds, el = rng.choice(["", "n/a", "gps fail"]), ""
                rtype = variant(rng, ride, 0.22)
                wth = variant(rng, weather, 0.2)
                rows.append([f"{d.month}/{d.day}/{d.year}", r, route, rtype, ds, el, mt, start, wth])
    write("ride_log.csv", ["Date", "Rider", "Route", "Ride Type", "Distance (mi)", "Elevation (ft)",
                           "Moving Time", "Start", "Weather"], rows)


if __name__ == "__main__":
    photographer()
    cafe()
    iap()
    school()
    cycling()
    for p in sorted(DATA.glob("*.csv")):
        with open(p, encoding="utf-8") as f:
            print(f"{p.name}: {sum(1 for _ in f) - 1} rows")
