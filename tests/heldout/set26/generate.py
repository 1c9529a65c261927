#!/usr/bin/env python3
"""Held-out set 26: writes data/*.csv. Seeded (26001-26005, one per dataset), standard library only,
byte-for-byte reproducible.

    python3 tests/heldout/set26/generate.py
"""

import csv
import datetime as dt
import math
import random
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
D = dt.date
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def write(name, header, rows):
    with open(DATA / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def poisson(r, lam):
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= r.random()
        if p <= L:
            return k
        k += 1


def variant(r, s, p=0.25):
    """A spelling variant of s: lower, upper, a trailing or leading space, a doubled inner space."""
    if r.random() >= p:
        return s
    k = r.randrange(5)
    if k == 0:
        return s.lower()
    if k == 1:
        return s.upper()
    if k == 2:
        return s + " "
    if k == 3:
        return " " + s
    return s.replace(" ", "  ", 1) if " " in s else s.lower()


def money(r, v, sym, p_bare=0.3):
    """£1,250.00 / £18.00 with the symbol, or a bare 18 / 18.5 / 1250."""
    if r.random() < p_bare:
        s = f"{v:.2f}".rstrip("0").rstrip(".")
        return s
    return f"{sym}{v:,.2f}"


def yesno(r, b, yes=("Yes", "Y", "yes", "y", "TRUE"), no=("No", "N", "no", "n", "FALSE")):
    return r.choice(yes if b else no)


# ----------------------------------------------------------------------------------------------
# 1. alterations shop jobs + tailors (seed 26001)


def alterations():
    r = random.Random(26001)
    staff = [  # id, name, role, started, days a week, weight
        ("03", "Amira Haddad", "Senior", D(2015, 3, 2), 5, 1.25),
        ("05", "Ben Okafor", "Senior", D(2018, 9, 17), 4, 1.0),
        ("07", "Carla Mendes", "Junior", D(2021, 1, 11), 5, 0.95),
        ("08", "Dev Patel", "Junior", D(2022, 6, 6), 3, 0.6),
        ("11", "Elena Rossi", "Junior", D(2023, 2, 20), 4, 0.8),
        ("12", "Fiona Walsh", "Apprentice", D(2024, 5, 13), 5, 0.55),
        ("14", "Grace Kim", "Apprentice", D(2025, 4, 14), 5, 0.5),
    ]
    left = {"08": D(2025, 1, 31)}  # Dev left at the end of January 2025
    rows = [[s[0], s[1], variant(r, s[2], 0.3).strip() if s[0] != "05" else "senior",
             f"{s[3].day} {MON[s[3].month - 1]} {s[3].year}", s[4]] for s in staff]
    write("alterations_staff.csv", ["Tailor ID", "Name", "Role", "Started", "Days per Week"], rows)

    garments = [  # name, weight, low, high, days
        ("Trousers", 30, 12, 22, 5), ("Jeans", 12, 10, 18, 5), ("Dress", 15, 25, 60, 7),
        ("Jacket", 10, 30, 55, 7), ("Shirt", 9, 12, 20, 4), ("Coat", 6, 35, 70, 8),
        ("Skirt", 10, 15, 28, 5), ("Wedding Dress", 4, 180, 650, 21),
    ]
    work = {"Trousers": ["Hem", "Take in", "Let out", "Zip"], "Jeans": ["Hem", "Patch", "Zip"],
            "Dress": ["Hem", "Take in", "Straps", "Zip"], "Jacket": ["Sleeves", "Take in", "Lining"],
            "Shirt": ["Sleeves", "Take in", "Collar"], "Coat": ["Sleeves", "Lining", "Buttons"],
            "Skirt": ["Hem", "Take in", "Zip"], "Wedding Dress": ["Full fitting", "Bustle", "Hem"]}
    first = ["Anna", "Tom", "Priya", "James", "Sofia", "Liam", "Chloe", "Omar", "Ruth", "Marek", "Hannah",
             "Kwame", "Isla", "Yusuf", "Megan", "Pavel", "Aisha", "George", "Lucy", "Daniel"]
    last = ["Brown", "Nowak", "Shah", "Evans", "Murphy", "Clarke", "Ali", "Hughes", "Price", "Lewis",
            "Ward", "Begum", "Kelly", "Turner", "Reid", "Mason", "Fox", "Singh"]
    end = D(2025, 9, 30)
    export = D(2025, 10, 3)
    jobs = []
    no = 4100
    for d in days(D(2024, 1, 2), end):
        if d.weekday() == 6:
            continue
        lam = 2.2 * (1.25 if d.weekday() == 5 else 1.0) * (1.15 if d.year == 2025 else 1.0)
        lam *= {5: 1.35, 6: 1.45, 9: 1.2, 12: 1.1}.get(d.month, 1.0)  # wedding season, back to school
        for _ in range(poisson(r, lam)):
            no += 1
            gw = [g[1] * (1.6 if g[0] == "Wedding Dress" and d.month in (4, 5, 6, 7) else 1.0)
                  * (1.35 if g[0] == "Dress" and d.year == 2025 else 1.0) for g in garments]
            g = r.choices(garments, gw)[0]
            express = r.random() < (0.05 if g[0] == "Wedding Dress" else 0.19)
            price = r.uniform(g[2], g[3])
            if g[0] == "Wedding Dress" and r.random() < 0.12:
                price = r.uniform(1000, 1300)
            if d.year == 2025:
                price *= 1.06
            if express:
                price *= 1.5
            price = round(price * 2) / 2
            avail = [s for s in staff if s[3] <= d and (s[0] not in left or d <= left[s[0]])]
            if g[0] == "Wedding Dress":
                avail = [s for s in avail if s[2] == "Senior"]
            s = r.choices(avail, [a[5] for a in avail])[0]
            ready = d + dt.timedelta(days=2 if express else g[4])
            status = "Collected"
            collected = ready + dt.timedelta(days=min(int(r.expovariate(1 / 4.0)), 60))
            if r.random() < 0.045:
                status = r.choice(["Cancelled", "cancelled", "CANCELLED"])
                collected = None
            elif collected > export:
                collected = None
                status = "Ready" if ready <= export else "In progress"
            elif r.random() < 0.015:
                status, collected = "Ready", None  # never came back for it
            p = money(r, price, "£")
            if status == "Collected" and r.random() < 0.02:
                p = r.choice(["tbc", "TBC", "n/a"])
            elif status in ("Ready", "In progress") and r.random() < 0.2:
                p = r.choice(["tbc", "TBC"])
            jobs.append([
                str(no), d.strftime("%d/%m/%Y"), ready.strftime("%d/%m/%Y"),
                collected.strftime("%d/%m/%Y") if collected else "",
                f"{r.choice(first)} {r.choice(last)}", variant(r, g[0]), r.choice(work[g[0]]),
                s[0].lstrip("0") if r.random() < 0.45 else s[0], p, yesno(r, express), status,
            ])
    write("alterations_jobs.csv", ["Job No", "Dropped Off", "Ready By", "Collected", "Customer", "Garment",
                                   "Work", "Tailor ID", "Price", "Express", "Status"], jobs)


# ----------------------------------------------------------------------------------------------
# 2. egg farm per house per day (pre-aggregated, seed 26002)


def eggs():
    r = random.Random(26002)
    # house, flock placed (hens arrive at 18 weeks), hens placed, opening day
    flocks = {
        "House 1": [(D(2023, 6, 5), 2900)],
        "House 2": [(D(2022, 11, 14), 2600), (D(2024, 8, 26), 2700)],
        "House 3": [(D(2023, 9, 18), 3100)],
        "House 4": [(D(2025, 3, 3), 2400)],
    }
    clean = {"House 2": (D(2024, 8, 5), D(2024, 8, 25))}
    quality = {"House 1": 0.011, "House 2": 0.016, "House 3": 0.009, "House 4": 0.013}
    hens = {}
    rows = []
    for d in days(D(2024, 1, 1), D(2025, 6, 30)):
        for h in ["House 1", "House 2", "House 3", "House 4"]:
            if h == "House 4" and d < D(2025, 3, 3):
                continue
            name = variant(r, h, 0.2)
            ds = f"{d.month}/{d.day}/{d.year}"
            c = clean.get(h)
            if c and c[0] <= d <= c[1]:
                rows.append([ds, name, r.choice(["Cleanout", "cleanout", "Empty - cleanout"]),
                             "", "", "", "", "", ""])
                hens.pop(h, None)
                continue
            placed, n0 = [f for f in flocks[h] if f[0] <= d][-1]
            if h not in hens or hens[h][0] != placed:
                hens[h] = [placed, n0]
            wk = 18 + (d - placed).days / 7
            if wk < 24:
                rate = 0.15 + (wk - 18) / 6 * 0.72
            elif wk < 32:
                rate = 0.87 + (wk - 24) / 8 * 0.06
            else:
                rate = 0.93 - (wk - 32) * 0.0035
            rate = max(rate, 0.55)
            if d.month in (12, 1):
                rate *= 0.96  # short days
            if h == "House 3" and D(2024, 7, 15) <= d <= D(2024, 7, 28):
                rate *= 0.86  # heatwave
            deaths = poisson(r, 0.9 if h != "House 3" else 1.2)
            n = hens[h][1]
            egg = int(round(n * rate * r.uniform(0.975, 1.025)))
            cracked = int(round(egg * quality[h] * r.uniform(0.6, 1.4)))
            feed = round(n * r.uniform(0.112, 0.121), 1)
            water = round(n * r.uniform(0.2, 0.24))
            fs = f"{feed}" if r.random() > 0.04 else r.choice(["n/a", "", "not weighed"])
            ws = f"{water:,}" if r.random() > 0.06 else r.choice(["n/a", "meter fault"])
            rows.append([ds, name, r.choice(["Laying"] * 8 + ["laying", "LAYING"]),
                         f"{n:,}" if r.random() < 0.5 else str(n),
                         f"{egg:,}" if r.random() < 0.5 else str(egg), str(cracked), fs, str(deaths), ws])
            hens[h][1] = n - deaths
    write("egg_daily.csv", ["Date", "House", "Status", "Hens", "Eggs Collected", "Cracked", "Feed (kg)",
                            "Mortality", "Water (L)"], rows)


# ----------------------------------------------------------------------------------------------
# 3. junior netball club ledger (signed, seed 26003)


def netball():
    r = random.Random(26003)
    teams = ["U9", "U11", "U13", "U15", "U17"]
    size = {"U9": 10, "U11": 14, "U13": 18, "U15": 15, "U17": 9}
    firsts = ["Amelia", "Ava", "Isla", "Mia", "Freya", "Lily", "Ella", "Grace", "Zara", "Evie", "Poppy",
              "Ruby", "Maya", "Nia", "Erin", "Leah", "Holly", "Jess", "Sana", "Tia"]
    lasts = ["Adams", "Baker", "Carter", "Dixon", "Edwards", "Francis", "Green", "Harris", "Iqbal",
             "Jones", "Khan", "Lloyd", "Moore", "Nash", "Owen", "Patel", "Quinn", "Roberts", "Shaw", "Taylor"]
    used = set()
    players = {}
    for t in teams:
        players[t] = []
        for _ in range(size[t] + 3):
            while True:
                nm = f"{r.choice(firsts)} {r.choice(lasts)}"
                if nm not in used:
                    used.add(nm)
                    break
            players[t].append(nm)
    E = []  # date, description, category, payee, method, amount

    def add(d, desc, cat, payee, method, amt):
        E.append([d, desc, cat, payee, method, round(amt, 2)])

    for season, y in (("2023/24", 2023), ("2024/25", 2024)):
        growth = 1.0 if y == 2023 else 1.0
        sub = 60 if y == 2023 else 70
        for t in teams:
            n = size[t] + (0 if y == 2023 else {"U9": 2, "U11": 3, "U13": 0, "U15": 1, "U17": -1}[t])
            roster = players[t][:n]
            for term, (mm, yy) in enumerate([(9, y), (1, y + 1), (4, y + 1)]):
                for p in roster:
                    if r.random() < 0.05 and term > 0:
                        continue  # left
                    d = D(yy, mm, 1) + dt.timedelta(days=r.randrange(0, 20))
                    add(d, f"Subs {['autumn', 'spring', 'summer'][term]} term {p}", "Subs", t,
                        r.choice(["Card", "Card", "Bank Transfer", "Cash"]), sub)
            # match fees: cash collected each match Saturday, Sep-Mar
            for d in days(D(y, 9, 9), D(y + 1, 3, 30)):
                if d.weekday() == 5 and not (D(y, 12, 20) <= d <= D(y + 1, 1, 5)) and r.random() < 0.9:
                    k = max(5, min(n, int(r.gauss(n * 0.8, 1.5))))
                    add(d, f"Match fees {t} {k} players", "Match Fees", t, "Cash", k * (3 if y == 2023 else 3.5))
        for d in days(D(y, 9, 4), D(y + 1, 7, 20)):
            if d.weekday() == 1 and not (D(y, 12, 22) <= d <= D(y + 1, 1, 2)):
                add(d, "Court hire Tuesday training", "Court Hire", "Riverside Leisure Centre",
                    "Bank Transfer", -(185 if y == 2023 else 210) * r.choice([1, 1, 1, 1.5]))
            if d.weekday() == 3 and d.month in (9, 10, 11, 1, 2, 3, 4, 5):
                add(d, "Court hire Thursday U15/U17", "Court Hire", "St Bede's School", "Bank Transfer",
                    -(90 if y == 2023 else 95))
        for k in range(9 if y == 2023 else 11):
            d = D(y, 10, 1) + dt.timedelta(days=r.randrange(0, 230))
            add(d, f"Tournament entry {r.choice(teams)}", "Tournament Entry", r.choice(
                ["County Netball Assoc", "Regional Netball", "Summer Cup Ltd"]), "Card",
                -r.choice([60, 75, 90, 120, 150, 180]))
        add(D(y, 8, 20) + dt.timedelta(days=r.randrange(0, 8)), "Affiliation fees season " + season,
            "Affiliation", "England Netball", "Bank Transfer", -(1420 if y == 2023 else 1685))
        add(D(y, 8, 12), "Kit order new dresses", "Kit", "Sportswear Direct Ltd", "Bank Transfer",
            -(1250 if y == 2023 else 1980))
        for k in range(30 if y == 2023 else 38):
            d = D(y, 9, 1) + dt.timedelta(days=r.randrange(0, 300))
            t = r.choice(teams)
            add(d, f"Kit sale hoodie {r.choice(players[t])}", "Kit", t, r.choice(["Card", "Cash"]), 25)
        for k in range(5 if y == 2023 else 6):
            d = D(y, 9, 15) + dt.timedelta(days=r.randrange(0, 300))
            add(d, "Coaching course", "Coaching Courses", "England Netball", "Card",
                -r.choice([150, 220, 295, 450]))
        fund = [("Quiz night", 640, 980), ("Cake sale", 85, 210), ("Sponsored walk", 900, 1400),
                ("Christmas raffle", 350, 620), ("Bag pack", 380, 560)]
        for desc, lo, hi in fund:
            times = 2 if desc in ("Cake sale", "Quiz night") else 1
            for _ in range(times):
                d = D(y, 10, 1) + dt.timedelta(days=r.randrange(0, 250))
                if desc == "Christmas raffle":
                    d = D(y, 12, 10 + r.randrange(0, 8))
                add(d, desc, "Fundraising", "Club", "Cash", r.uniform(lo, hi) * (1.2 if y == 2024 else 1))
        spons = [("Hartley Builders", 500), ("Green Leaf Dental", 250)] if y == 2023 else \
            [("Hartley Builders", 750), ("Green Leaf Dental", 250), ("Moss & Co Solicitors", 1500)]
        for sp, a in spons:
            add(D(y, 9, 10) + dt.timedelta(days=r.randrange(0, 40)), "Shirt sponsorship", "Sponsorship", sp,
                "Bank Transfer", a)
        for mm in range(12):
            d = D(y + (1 if mm >= 4 else 0), (8 + mm) % 12 + 1, 28)
            add(d, "Card machine fees", "Bank Charges", "SumUp", "", -round(r.uniform(6, 19), 2))
        add(D(y + 1, 6, 21), "End of season awards trophies", "Awards", "Trophy Shop", "Card",
            -(310 if y == 2023 else 345))
    # refunds of subs
    subs = [e for e in E if e[2] == "Subs"]
    for e in r.sample(subs, 14):
        d = e[0] + dt.timedelta(days=r.randrange(5, 40))
        add(d, "Refund " + e[1].lower(), "Refund", e[3], e[4], -e[5])
    E.sort(key=lambda e: (e[0], e[2], e[1]))
    rows = []
    for i, e in enumerate(E):
        d, desc, cat, payee, method, amt = e
        catv = variant(r, cat, 0.22)
        if cat == "Subs" and r.random() < 0.08:
            catv = "Subscriptions"
        payv = variant(r, payee, 0.15) if payee in teams else payee
        if payee in teams and r.random() < 0.08:
            payv = payee.replace("U", "U ")
        mv = variant(r, method, 0.2).strip() if method else ""
        if amt < 0:
            a = f"-£{-amt:,.2f}" if r.random() < 0.65 else f"{amt:.2f}".rstrip("0").rstrip(".")
        else:
            a = money(r, amt, "£", 0.3)
        rows.append([d, f"NB{i + 1:04d}", desc, catv, payv, mv, a, ""])
    # void rows: duplicates of real entries
    for k in r.sample(range(len(rows)), 13):
        v = list(rows[k])
        v[7] = r.choice(["VOID", "void", "Void - duplicate"])
        v[1] = v[1] + "D"
        rows.append(v)
    rows.sort(key=lambda x: (x[0], x[1]))
    out = [[f"{x[0].day:02d}-{MON[x[0].month - 1]}-{x[0].year}"] + x[1:] for x in rows]
    write("netball_ledger.csv", ["Date", "Ref", "Description", "Category", "Team / Payee", "Method", "Amount",
                                 "Status"], out)


# ----------------------------------------------------------------------------------------------
# 4. vineyard harvest weigh-ins (seed 26004)


def vineyard():
    r = random.Random(26004)
    blocks = [  # block, variety, hectares, machine-pickable
        ("North Slope", "Chardonnay", 3.2, False), ("Church Field", "Pinot Noir", 2.6, False),
        ("Long Acre", "Pinot Meunier", 2.1, True), ("Old Barn", "Chardonnay", 1.6, False),
        ("River Bottom", "Bacchus", 2.8, True), ("Top Field", "Pinot Noir", 1.8, False),
    ]
    yld = {2023: 7.8, 2024: 5.1, 2025: 9.4}  # tonnes per hectare
    vy = {("Bacchus", 2025): 1.45, ("Pinot Noir", 2024): 0.8, ("Chardonnay", 2025): 1.08}
    start = {2023: D(2023, 9, 18), 2024: D(2024, 9, 23), 2025: D(2025, 9, 8)}
    brix0 = {"Chardonnay": 19.5, "Pinot Noir": 20.5, "Pinot Meunier": 19.0, "Bacchus": 18.5}
    crews = ["Crew A", "Crew B", "Crew C"]
    rows = []
    ticket = 200
    for y in (2023, 2024, 2025):
        loads = []
        order = {"Bacchus": 0, "Pinot Meunier": 8, "Pinot Noir": 12, "Chardonnay": 18}
        for b, v, ha, mach in blocks:
            total = ha * yld[y] * vy.get((v, y), 1.0) * 1000 * r.uniform(0.93, 1.07)
            first = start[y] + dt.timedelta(days=order[v] + r.randrange(0, 3))
            left = total
            day = first
            while left > 300:
                for _ in range(r.randint(2, 5)):
                    if left <= 300:
                        break
                    machine = mach and r.random() < 0.55
                    bins = r.randint(2, 5) if not machine else r.randint(4, 7)
                    net = min(left, bins * r.uniform(265, 330))
                    left -= net
                    loads.append((day, b, v, machine, bins, net))
                day += dt.timedelta(days=1 + (r.random() < 0.25))
        timed = []
        for day, b, v, machine, bins, net in loads:
            hr = r.choices(range(8, 19), [3, 6, 8, 9, 8, 10, 12, 11, 8, 5, 2])[0]
            ts = dt.datetime(day.year, day.month, day.day, hr, r.randrange(60))
            timed.append((ts, b, v, machine, bins, net))
        timed.sort()
        for ts, b, v, machine, bins, net in timed:
            ticket += 1
            tare = bins * 38 + r.choice([0, 0, 20])
            netk = int(round(net))
            gross = netk + tare
            rot = r.random() < (0.07 if y == 2024 else 0.025)
            status = r.choice(["Rejected - rot", "REJECTED", "rejected"]) if rot else \
                r.choice(["Accepted"] * 6 + ["accepted", "ACCEPTED"])
            brix = brix0[v] + {2023: 0.4, 2024: -1.1, 2025: 0.9}[y] + r.gauss(0, 0.6)
            bs = f"{brix:.1f}" if r.random() > 0.05 else r.choice(["", "n/a"])
            ns = f"{netk:,}" if r.random() < 0.5 else str(netk)
            gs = f"{gross:,}" if r.random() < 0.5 else str(gross)
            if r.random() < 0.02:
                ns = r.choice(["n/a", "tbc", "scale fault"])
                gs = ""
            rows.append([f"{ticket:05d}" if r.random() < 0.5 else str(ticket), ts.strftime("%Y-%m-%dT%H:%M"),
                         variant(r, b, 0.22), variant(r, v, 0.15), "Harvester" if machine else r.choices(crews, [5, 3, 2])[0],
                         yesno(r, not machine), bins, gs, tare, ns, bs, status])
    write("harvest_weighins.csv", ["Ticket", "Weighed At", "Block", "Variety", "Crew", "Hand Picked", "Bins",
                                   "Gross (kg)", "Tare (kg)", "Net (kg)", "Brix", "Status"], rows)


# ----------------------------------------------------------------------------------------------
# 5. locksmith call-outs (seed 26005)


def locksmith():
    r = random.Random(26005)
    towns = [("Millbrook", 1.0, 22), ("Ashford Green", 0.75, 30), ("Kingsley", 0.55, 38),
             ("Hollow End", 0.3, 52), ("Stanton", 0.45, 34)]
    types = [  # type, weight, labour lo/hi, parts prob, parts lo/hi, minutes
        ("Lockout", 40, 75, 110, 0.1, 8, 25),
        ("Lock Change", 25, 65, 95, 1.0, 45, 160),
        ("Burglary Repair", 8, 120, 260, 0.95, 60, 320),
        ("Lock Repair", 14, 55, 95, 0.6, 10, 60),
        ("Safe Opening", 3, 180, 420, 0.3, 20, 90),
        ("UPVC Mechanism", 10, 70, 120, 1.0, 45, 160),
    ]
    cust = ["Residential", "Landlord", "Commercial"]
    rows = []
    job = 0
    for d in days(D(2024, 1, 1), D(2025, 9, 30)):
        lam = 2.0 * (1.18 if d.year == 2025 else 1.0) * (1.3 if d.month in (11, 12, 1) else 1.0)
        lam *= {4: 1.4, 5: 1.15}.get(d.weekday(), 1.0)
        calls = []
        for _ in range(poisson(r, lam)):
            hr = r.choices(range(24), [2, 1, 1, 1, 1, 1, 2, 4, 6, 7, 7, 6, 6, 6, 6, 6, 7, 8, 11, 8, 7, 6, 4, 3])[0]
            calls.append(dt.datetime(d.year, d.month, d.day, hr, r.randrange(60)))
        for rec in sorted(calls):
            job += 1
            tw = [t[1] * (1.6 if t[0] == "Kingsley" and d.year == 2025 else 1.0) for t in towns]
            town = r.choices(towns, tw)[0]
            typ = r.choices(types, [t[1] for t in types])[0]
            ooh = rec.hour < 8 or rec.hour >= 18 or rec.weekday() == 6
            c = r.choices(cust, [6, 2, 1.3])[0]
            resp = max(8, int(r.gauss(town[2] + (9 if ooh else 0), 7)))
            arr = rec + dt.timedelta(minutes=resp)
            labour = round(r.uniform(typ[2], typ[3]) * (1.5 if ooh else 1.0) / 5) * 5
            if d.year == 2025:
                labour = round(labour * 1.05 / 5) * 5
            parts = round(r.uniform(typ[5], typ[6]), 2) if r.random() < typ[4] else 0.0
            total = labour + parts
            status = "Completed"
            if r.random() < 0.06:
                status = r.choice(["Cancelled", "cancelled", "Cancelled - customer got in"])
            pay = r.choice(["Card", "Card", "Card", "Cash", "Invoice"] if c != "Commercial" else ["Invoice"])
            ps = money(r, parts, "$", 0.4) if parts else r.choice(["", "n/a", "-", "0"])
            rows.append([
                f"LS-{job:05d}", rec.strftime("%m/%d/%Y %I:%M %p"),
                "" if status != "Completed" else arr.strftime("%m/%d/%Y %I:%M %p"),
                variant(r, town[0], 0.2), variant(r, typ[0], 0.25), variant(r, c, 0.15).strip(),
                yesno(r, ooh), money(r, labour, "$", 0.35), ps, money(r, total, "$", 0.3), pay, status,
            ])
    write("locksmith_callouts.csv", ["Job", "Call Received", "Arrived", "Town", "Job Type", "Customer Type",
                                     "Out of Hours", "Labour", "Parts", "Total", "Paid By", "Status"], rows)


if __name__ == "__main__":
    DATA.mkdir(exist_ok=True)
    alterations()
    eggs()
    netball()
    vineyard()
    locksmith()
    for p in sorted(DATA.glob("*.csv")):
        print(p.name, sum(1 for _ in open(p, encoding="utf-8")) - 1, "rows")
