#!/usr/bin/env python3
"""Writes set 27's data/*.csv. Seeded (27001-27005, one per dataset), standard library only, reproducible.

    python3 tests/heldout/set27/generate.py
"""

import csv
import math
import random
from datetime import date, timedelta
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
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
        d += timedelta(days=1)


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def money(rng, v, sym):
    """v signed; written several ways."""
    neg = v < 0
    a = abs(v)
    r = rng.random()
    if r < 0.55:
        s = f"{sym}{a:,.2f}"
    elif r < 0.8:
        s = f"{a:.2f}"
    elif r < 0.9 and a == int(a):
        s = f"{int(a)}"
    else:
        s = f"{sym}{a:,.2f}"
    return ("-" + s) if neg else s


YES = ["Yes", "yes", "Y", "y", "TRUE", "true", "YES", "1"]
NO = ["No", "no", "N", "n", "FALSE", "false", "NO", "0"]


def yn(rng, b):
    return rng.choice(YES if b else NO)


def variant(rng, s, p=0.3):
    if rng.random() > p:
        return s
    k = rng.randrange(4)
    if k == 0:
        return s.lower()
    if k == 1:
        return s.upper()
    if k == 2:
        return " " + s if rng.random() < 0.5 else s + " "
    return s.replace(" ", "  ", 1) if " " in s else s.lower()


# ---------------------------------------------------------------------------------------------
# 1. catering company: events + packages lookup


def catering():
    rng = random.Random(27001)
    packages = [
        ("01", "Classic Buffet", "Buffet", 18.50, 20, "Yes"),
        ("02", "Deluxe Buffet", "buffet", 26.00, 30, "Y"),
        ("03", "Canape Reception", "Canapes", 14.00, 40, "yes"),
        ("04", "Three-Course Plated", "Plated", 42.00, 40, "No"),
        ("05", "Afternoon Tea", "Buffet ", 16.00, 15, "yes"),
        ("06", "Summer BBQ", "BBQ", 22.00, 25, "n"),
        ("07", "Hog Roast", "Bbq", 19.50, 50, "N"),
        ("08", "Wedding Breakfast", "plated", 55.00, 50, "TRUE"),
    ]
    write("catering_packages.csv", ["Package No", "Package", "Style", "Price per Head", "Min Guests", "Veggie Option"],
          [[p[0], p[1], p[2], f"£{p[3]:.2f}", p[4], p[5]] for p in packages])
    price = {p[0]: p[3] for p in packages}
    types = {
        "Wedding": (["08", "04", "02", "07"], [5, 3, 2, 2], (60, 160), (60, 400)),
        "Corporate": (["03", "01", "02", "04"], [4, 4, 2, 1], (20, 120), (7, 60)),
        "Birthday": (["06", "01", "05", "07"], [3, 3, 2, 2], (25, 90), (10, 90)),
        "Funeral": (["01", "05"], [3, 2], (30, 100), (3, 14)),
        "Christening": (["05", "01"], [3, 1], (20, 60), (20, 90)),
    }
    companies = ["Harbour Accountants", "Millfield Solicitors", "Brightwater Homes", "Kestrel IT", "Oak & Co Estate Agents",
                 "Riverside Surgery", "Town Council", "Greenway Logistics", "St Mary's School", "Blake Engineering"]
    cweights = [9, 4, 3, 3, 3, 2, 3, 2, 2, 2]
    surnames = ["Patel", "Smith", "Jones", "Khan", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker",
                "Wright", "Hughes", "Edwards", "Green", "Hall", "Wood", "Clarke", "Lewis", "Scott", "Murphy", "Price"]
    titles = ["Mr", "Mrs", "Ms", "Miss", "Dr"]
    events = []
    for d in days(date(2024, 1, 1), date(2025, 9, 30)):
        season = {1: 0.5, 2: 0.6, 3: 0.8, 4: 1.0, 5: 1.3, 6: 1.6, 7: 1.7, 8: 1.6, 9: 1.3, 10: 0.9, 11: 1.0, 12: 1.5}[d.month]
        wd = d.weekday()
        for et, wk in (("Wedding", [0.1, 0.1, 0.15, 0.3, 1.2, 3.2, 0.3]), ("Corporate", [1, 1.1, 1.2, 1.3, 1.2, 0.1, 0]),
                       ("Birthday", [0.2, 0.2, 0.2, 0.3, 0.6, 2.0, 1.1]), ("Funeral", [0.5, 0.6, 0.6, 0.6, 0.5, 0.05, 0]),
                       ("Christening", [0, 0, 0, 0, 0.1, 0.5, 1.6])):
            base = {"Wedding": 0.10, "Corporate": 0.11, "Birthday": 0.10, "Funeral": 0.08, "Christening": 0.05}[et]
            if d.year == 2025 and et == "Wedding":
                base *= 1.45
            if et == "Corporate" and d.month == 12:
                base *= 2.5
            if rng.random() < 3.2 * base * wk[wd] * (season if et != "Funeral" else 1.0):
                events.append((d, et))
    rng.shuffle(events)
    events.sort(key=lambda e: e[0])
    rows = []
    for i, (d, et) in enumerate(events):
        pk, pw, (g0, g1), (l0, l1) = types[et]
        p = rng.choices(pk, pw)[0]
        guests = rng.randint(g0, g1)
        lead = rng.randint(l0, l1)
        booked = d - timedelta(days=lead)
        rise = 1.05 if d.year == 2025 else 1.0
        total = guests * price[p] * rise
        if rng.random() < 0.4:
            total += rng.choice([120, 150, 180, 240])
        total = round(total, 2)
        if et == "Corporate":
            client = rng.choices(companies, cweights)[0]
        else:
            client = f"{rng.choice(titles)} {rng.choice('ABCDEFGHJKLMNPRSTW')} {rng.choice(surnames)}"
        cancelled = rng.random() < (0.09 if et != "Funeral" else 0.02)
        status = rng.choice(["Cancelled", "cancelled", "CANCELLED", "Cancelled - client"]) if cancelled else \
            rng.choice(["Completed"] * 8 + ["completed", "Complete", "COMPLETED"])
        gtxt, ttxt = str(guests), money(rng, total, "£")
        if rng.random() < 0.02:
            gtxt = rng.choice(["tbc", "TBC", "n/a"])
            ttxt = rng.choice(["tbc", "TBC"])
        deposit = rng.random() < (0.85 if not cancelled else 0.5)
        pno = p if rng.random() < 0.5 else str(int(p))
        rows.append([f"CT-{i + 1:04d}", booked.strftime("%d/%m/%Y"), d.strftime("%d/%m/%Y"), client, variant(rng, et), pno,
                     gtxt, ttxt, yn(rng, deposit), status])
    write("catering_events.csv", ["Booking Ref", "Booked On", "Event Date", "Client", "Event Type", "Package No", "Guests",
                                  "Total", "Deposit Paid", "Status"], rows)


# ---------------------------------------------------------------------------------------------
# 2. candle maker's business ledger (signed pounds)


def candles():
    rng = random.Random(27002)
    rows = []

    def add(d, details, cat, amt):
        rows.append([d, details, variant(rng, cat, 0.3), round(amt, 2)])

    fairs = ["Ashford Makers Market", "Canterbury Craft Fair", "Faversham Christmas Fair", "Whitstable Artisan Market",
             "Rye Spring Fair", "Tenterden Makers Day"]
    order = 4100
    etsy_month = {}
    for d in days(date(2024, 1, 1), date(2025, 9, 30)):
        m = d.month
        season = {1: 0.5, 2: 0.9, 3: 0.8, 4: 0.7, 5: 0.8, 6: 0.6, 7: 0.5, 8: 0.5, 9: 0.7, 10: 1.1, 11: 2.2, 12: 2.8}[m]
        grow = 1.15 if d.year == 2025 else 1.0
        for _ in range(poisson(rng, 0.75 * season * grow)):
            order += 1
            amt = rng.choice([14.5, 16, 18, 22, 24, 28, 32, 36, 45, 54]) + rng.choice([0, 0, 3.95, 4.5])
            add(d, f"Etsy order #{order}", "Etsy Sales", amt)
            etsy_month[(d.year, m)] = etsy_month.get((d.year, m), 0) + amt
        if d.weekday() == 5 and rng.random() < (0.35 if m not in (11, 12) else 0.9):
            fair = rng.choice(fairs)
            take = rng.uniform(140, 520) * (1.8 if m in (11, 12) else 1.0)
            add(d, fair, "Craft Fair", take)
            add(d, f"Pitch - {fair}", "Pitch Fee", -rng.choice([25, 30, 35, 45, 60, 75]))
        if rng.random() < (0.05 if d.year == 2024 else 0.10) and d.weekday() < 5:
            shop = rng.choice(["The Gift Box", "Bloom & Wick", "Harbour Home", "Oast House Interiors", "Little Lane Deli"])
            add(d, f"Wholesale - {shop}", "Wholesale", rng.uniform(180, 640) * (1.2 if d.year == 2025 else 1.0))
        if d.weekday() == 2 and rng.random() < 0.2:
            add(d, "Candle-making workshop", "Workshop", rng.choice([240, 300, 360, 420, 480]))
        if d.day in (3, 17) and rng.random() < 0.9:
            add(d, "Supplier - Wax2Go", "Wax", -rng.uniform(60, 160) * season ** 0.5)
        if d.day == 10 and rng.random() < 0.9:
            add(d, "Supplier - Scent Lab", "Fragrance Oil", -rng.uniform(45, 150))
        if d.day in (6, 21) and rng.random() < 0.7:
            add(d, "Supplier - Jar Depot", "Jars & Tins", -rng.uniform(70, 240) * season ** 0.5)
        if d.weekday() == 0:
            add(d, "Royal Mail", "Postage", -rng.uniform(15, 45) * season ** 0.7)
        if d.day == 25 and rng.random() < 0.8:
            add(d, "Boxes and tissue", "Packaging", -rng.uniform(25, 90))
        if d.day == 1 and (d.year, d.month) != (2024, 1):
            prev = (d - timedelta(days=1))
            fee = etsy_month.get((prev.year, prev.month), 0) * 0.095
            if fee:
                add(d, f"Etsy fees {MON[prev.month - 1]} {prev.year}", "Etsy Fees", -fee)
    add(date(2024, 9, 14), "New wax melter", "Equipment", -1180.00)
    add(date(2025, 4, 2), "Label printer", "Equipment", -289.99)
    # refunds
    for _ in range(19):
        d = date(2024, 1, 1) + timedelta(days=rng.randrange(638))
        add(d, rng.choice(["Refund - broken jar", "Refund - lost in post", "Refund - wrong scent"]), "Refund",
            -rng.choice([14.5, 18, 22, 24, 28, 32, 36]))
    rows.sort(key=lambda r: r[0])
    out = []
    ref = 0
    for d, details, cat, amt in rows:
        ref += 1
        out.append([d.strftime("%d ") + MON[d.month - 1] + d.strftime(" %Y"), f"L{ref:05d}", details, cat,
                    money(rng, amt, "£"), ""])
    # void duplicates
    final = []
    voids = set(rng.sample(range(len(out)), 13))
    for i, r in enumerate(out):
        final.append(r)
        if i in voids:
            v = list(r)
            v[1] = r[1] + "V"
            v[5] = rng.choice(["VOID", "void", "Void - duplicate"])
            final.append(v)
    write("candle_ledger.csv", ["Date", "Ref", "Details", "Category", "Amount", "Status"], final)


# ---------------------------------------------------------------------------------------------
# 3. beach lifeguard towers per day (pre-aggregated)


def lifeguards():
    rng = random.Random(27003)
    towers = [("North Pier", 1100, 0.8), ("Main Beach", 1900, 0.7), ("Dune Point", 700, 1.0), ("Rocky Point", 480, 2.6),
              ("South Cove", 650, 0.9)]
    rows = []
    for year in (2024, 2025):
        dates = list(days(date(year, 6, 1), date(year, 8, 31)))
        storms = set(rng.sample(range(len(dates)), 5))
        rough = set(rng.sample(range(len(dates)), 14)) - storms
        for i, d in enumerate(dates):
            heat = 0.75 + 0.35 * math.sin(math.pi * (i / len(dates))) + rng.uniform(-0.1, 0.1)
            for name, base, risk in towers:
                if name == "South Cove" and (year == 2024 or d < date(2025, 7, 1)):
                    continue
                disp = variant(rng, name, 0.25)
                temp = round(63 + 11 * (i / len(dates)) + rng.uniform(-2, 2))
                temptxt = str(temp) if rng.random() > 0.05 else rng.choice(["n/a", "", "sensor"])
                if i in storms:
                    rows.append([d, disp, rng.choice(["Closed - weather", "closed - weather", "CLOSED - WEATHER"]), "", "", "",
                                 "", "Red", temptxt, 0])
                    continue
                if rng.random() < 0.012 and (d.month, d.day) != (7, 4):
                    rows.append([d, disp, rng.choice(["Closed - staffing", "closed - staffing"]), "", "", "", "", "", temptxt, 0])
                    continue
                flag = "Red" if i in rough and rng.random() < 0.8 else ("Yellow" if rng.random() < 0.3 else "Green")
                wk = {5: 1.75, 6: 1.2}.get(d.weekday(), 1.0)
                if (d.month, d.day) == (7, 4):
                    wk = 3.0  # Independence Day crowds
                grow = 1.08 if year == 2025 else 1.0
                if name == "Rocky Point" and year == 2025:
                    grow = 1.3
                visitors = int(base * heat * wk * grow * rng.uniform(0.8, 1.2) * (0.5 if flag == "Red" else 1.0))
                fm = {"Red": 3.0, "Yellow": 1.6, "Green": 1.0}[flag]
                rescues = poisson(rng, visitors / 1000 * risk * fm * 0.9)
                first_aid = poisson(rng, visitors / 260)
                lost = poisson(rng, visitors / 1400)
                guards = 2 if base < 800 else (3 if base < 1500 else 4)
                vtxt = f"{visitors:,}" if visitors >= 1000 and rng.random() < 0.6 else str(visitors)
                if rng.random() < 0.03:
                    vtxt = rng.choice(["n/a", "not counted", ""])
                rows.append([d, disp, rng.choice(["Open"] * 6 + ["open", "OPEN"]), vtxt, rescues, first_aid, lost,
                             variant(rng, flag, 0.2), temptxt, guards])
    out = [[f"{d.month}/{d.day}/{d.year}"] + r[1:] for r in rows for d in [r[0]]]
    write("lifeguard_daily.csv", ["Date", "Tower", "Status", "Visitors (est)", "Rescues", "First Aid", "Lost Children", "Flag",
                                  "Water Temp (F)", "Guards on Duty"], out)


# ---------------------------------------------------------------------------------------------
# 4. removals firm jobs


def removals():
    rng = random.Random(27004)
    towns = ["Springfield", "Riverton", "Oakdale", "Millbrook", "Fairview", "Lakeside", "Cedar Falls"]
    tw = [8, 5, 4, 3, 3, 2, 2]
    far = ["Portland", "Denver", "Chicago", "Boise"]
    props = [("Flat", 30, (2, 2), (3, 6)), ("2-Bed House", 25, (2, 3), (5, 8)), ("3-Bed House", 22, (3, 3), (7, 10)),
             ("4-Bed House", 10, (4, 4), (9, 13)), ("Office", 8, (4, 5), (6, 12))]
    jobs = []
    d = date(2023, 12, 1)
    while d <= date(2025, 9, 25):
        n = poisson(rng, 1.1 * {6: 1.5, 7: 2.0, 8: 1.5}.get(d.month, 1.0))
        for _ in range(n):
            jobs.append(d)
        d += timedelta(days=1)
    rows = []
    for i, enq in enumerate(jobs):
        y25 = enq.year == 2025
        w = [p[1] for p in props]
        if y25:
            w[2] = 34
        name, _, crew_r, hrs_r = rng.choices(props, w)[0]
        lead = rng.randint(3, 60)
        mv = enq + timedelta(days=lead)
        while mv.weekday() == 6 or (mv.weekday() in (0, 1, 2) and rng.random() < 0.45):
            mv += timedelta(days=1)
        if mv < date(2024, 1, 1) or mv > date(2025, 9, 30):
            continue
        frm = rng.choices(towns, tw)[0]
        if rng.random() < 0.06:
            to, miles = rng.choice(far), rng.randint(110, 420)
        elif rng.random() < 0.45:
            to, miles = frm, rng.randint(2, 14)
        else:
            to, miles = rng.choice([t for t in towns if t != frm]), rng.randint(10, 55)
        crew = rng.randint(*crew_r)
        hours = round(rng.uniform(*hrs_r) + miles / 45, 1)
        hours = round(hours * 2) / 2
        rate = 49 if mv.year == 2025 else 45
        packing = rng.random() < {"Flat": 0.2, "2-Bed House": 0.3, "3-Bed House": 0.4, "4-Bed House": 0.55, "Office": 0.5}[name]
        inv = hours * crew * rate + miles * 2.5 + (rng.choice([250, 350, 450, 600, 900]) if packing else 0)
        inv = round(inv, 2)
        quote = round(inv * rng.uniform(0.88, 1.02) / 5) * 5
        r = rng.random()
        if r < 0.085:
            status = rng.choice(["Cancelled", "cancelled", "CANCELLED", "Canceled"])
        elif r < 0.11:
            status = rng.choice(["Postponed", "postponed"])
        else:
            status = rng.choice(["Completed"] * 6 + ["completed", "Done", "COMPLETED"])
        done = status.lower() in ("completed", "done")
        htxt = f"{hours:g}" if done else ""
        if done and rng.random() < 0.025:
            htxt = rng.choice(["tbc", "n/a", "TBC"])
        van = rng.choice(["Luton", "7.5t", "7.5t", "Luton", "Transit"]) if crew < 4 else "7.5t"
        jn = f"{i + 1:05d}" if rng.random() < 0.55 else str(i + 1)
        rows.append([jn, enq.isoformat(), mv.isoformat(), variant(rng, frm, 0.2), variant(rng, to, 0.2), variant(rng, name, 0.3),
                     crew, van, htxt, miles, yn(rng, packing), money(rng, quote, "$"), money(rng, inv, "$") if done else "",
                     status])
    write("removals_jobs.csv", ["Job No", "Enquiry Date", "Move Date", "From", "To", "Property", "Crew", "Van", "Hours",
                                "Miles", "Packing Service", "Quote", "Invoice", "Status"], rows)


# ---------------------------------------------------------------------------------------------
# 5. a reader's book log export


def reading():
    rng = random.Random(27005)
    authors = [("Ann Cleeves", "Crime", 9), ("Ian Rankin", "Crime", 5), ("Val McDermid", "Crime", 4), ("Mick Herron", "Crime", 5),
               ("Jane Harper", "Crime", 3), ("Terry Pratchett", "Fantasy", 6), ("Robin Hobb", "Fantasy", 4),
               ("Brandon Sanderson", "Fantasy", 3), ("Ursula K. Le Guin", "Fantasy", 2), ("Kazuo Ishiguro", "Literary", 2),
               ("Sally Rooney", "Literary", 2), ("Anne Tyler", "Literary", 3), ("Hilary Mantel", "Literary", 2),
               ("Maggie O'Farrell", "Literary", 2), ("Mary Beard", "History", 2), ("Tom Holland", "History", 2),
               ("Peter Frankopan", "History", 1), ("Bill Bryson", "Non-fiction", 3), ("Oliver Burkeman", "Non-fiction", 1),
               ("Rebecca Solnit", "Non-fiction", 1), ("Adrian Tchaikovsky", "Sci-Fi", 3), ("Becky Chambers", "Sci-Fi", 3),
               ("Andy Weir", "Sci-Fi", 1), ("Martha Wells", "Sci-Fi", 2), ("Beth O'Leary", "Romance", 2),
               ("Mhairi McFarlane", "Romance", 2), ("Emily Henry", "Romance", 2)]
    pages_r = {"Crime": (280, 460), "Fantasy": (320, 720), "Literary": (220, 420), "History": (300, 620),
               "Non-fiction": (200, 380), "Sci-Fi": (260, 520), "Romance": (300, 420)}
    rating_bias = {"Crime": 3.9, "Fantasy": 4.2, "Literary": 3.4, "History": 3.7, "Non-fiction": 3.6, "Sci-Fi": 3.8,
                   "Romance": 3.3}
    adj = ["Silent", "Broken", "Last", "Hidden", "Winter", "Golden", "Long", "Burning", "Quiet", "Lost", "Salt", "Glass",
           "Iron", "Paper", "Midnight", "Distant", "Crooked", "Northern", "Hollow", "Bright"]
    noun = ["Harbour", "Garden", "Crown", "River", "Shore", "Library", "House", "Road", "Island", "Season", "Orchard",
            "Tide", "Kingdom", "Letter", "Bridge", "Mirror", "Forest", "Lantern", "Field", "Voyage"]
    used = set()
    rows = []
    start = date(2021, 1, 3)
    bid = 1000
    while start <= date(2025, 9, 28):
        a, g, _ = rng.choices(authors, [x[2] for x in authors])[0]
        while True:
            t = f"The {rng.choice(adj)} {rng.choice(noun)}" if rng.random() < 0.7 else f"{rng.choice(noun)} of {rng.choice(adj)} {rng.choice(noun)}s"
            if t not in used:
                used.add(t)
                break
        pages = rng.randint(*pages_r[g])
        fmt = rng.choices(["Paperback", "Hardback", "Ebook", "Audiobook"], [4, 1.5, 3, 2.5])[0]
        speed = {"Paperback": 45, "Hardback": 40, "Ebook": 60, "Audiobook": 38}[fmt] * rng.uniform(0.6, 1.4)
        dur = max(1, int(round(pages / speed)))
        fin = start + timedelta(days=dur)
        r = rng.random()
        if fin > date(2025, 9, 30):
            status, fin_txt, rating = rng.choice(["Currently reading", "currently reading", "Reading"]), "", ""
        elif r < 0.07:
            status, fin_txt, rating = rng.choice(["DNF", "dnf", "Did not finish"]), "", ""
            fin = start + timedelta(days=rng.randint(3, 20))
        else:
            status = rng.choice(["Read"] * 6 + ["read", "READ", "Finished"])
            fin_txt = fin.strftime("%Y/%m/%d")
            rating = min(5, max(1, int(round(rng.gauss(rating_bias[g], 0.8)))))
        ptxt = str(pages)
        if rng.random() < 0.03:
            ptxt = rng.choice(["?", "n/a", ""])
        borrowed = rng.random() < (0.45 if fmt in ("Ebook", "Audiobook") else 0.25)
        bid += rng.randint(1, 40)
        rows.append([bid, t, a, variant(rng, fmt, 0.25), variant(rng, g, 0.25), ptxt, start.strftime("%Y/%m/%d"), fin_txt,
                     status, rating, yn(rng, borrowed)])
        # the next book starts before or soon after this one ends (two on the go at times)
        start = start + timedelta(days=max(1, int((fin - start).days * rng.uniform(0.35, 1.0))))
    write("reading_log.csv", ["Book Id", "Title", "Author", "Format", "Genre", "Pages", "Date Started", "Date Finished",
                              "Status", "My Rating", "Borrowed"], rows)


if __name__ == "__main__":
    DATA.mkdir(exist_ok=True)
    catering()
    candles()
    lifeguards()
    removals()
    reading()
    for p in sorted(DATA.glob("*.csv")):
        print(p.name, sum(1 for _ in open(p, encoding="utf-8")) - 1, "rows")
