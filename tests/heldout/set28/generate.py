#!/usr/bin/env python3
"""Writes data/*.csv for held-out set 28. Seeded, standard library only, byte-for-byte reproducible."""
import csv
import random
from datetime import date, timedelta
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
DATA.mkdir(exist_ok=True)


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


def money(r, v, sign="£"):
    k = r.random()
    if k < 0.45:
        return f"{sign}{v:,.2f}"
    if k < 0.8:
        return f"{v:.2f}"
    return f"{v:,.2f}" if v >= 1000 and k < 0.9 else f"{v:.2f}"


def variant(r, s, p=0.12):
    k = r.random()
    if k > p:
        return s
    return r.choice([s.upper(), s.lower(), " " + s, s + " ", s.replace(" ", "  ")])


def yesno(r, yes):
    return r.choice(["Yes", "Y", "yes", "TRUE", "1"] if yes else ["No", "N", "no", "FALSE", "0"])


# ---------------------------------------------------------------- 1. picture framing + mouldings
def framing():
    r = random.Random(28001)
    mould = [  # code, name, material, colour, price per metre, profile mm
        ("001", "Classic Oak", "Oak", "Natural", 14.50, 30),
        ("002", "Limed Oak", "Oak", "White", 16.00, 40),
        ("003", "Dark Walnut", "Walnut", "Brown", 21.00, 35),
        ("004", "Slim Black", "Aluminium", "Black", 9.50, 15),
        ("005", "Brushed Silver", "Aluminium", "Silver", 11.00, 20),
        ("006", "Gallery White", "Pine", "White", 8.00, 25),
        ("007", "Ornate Gold", "Composite", "Gold", 27.50, 60),
        ("008", "Farmhouse Ash", "Ash", "Natural", 15.50, 45),
        ("009", "Box Black", "Pine", "Black", 10.50, 50),
        ("010", "Antique Gilt", "Composite", "Gold", 32.00, 70),
        ("011", "Scandi Birch", "Birch", "Natural", 13.00, 22),
        ("012", "Deep Walnut Box", "Walnut", "Brown", 24.50, 55),
    ]
    mrows = [[c, n, variant(r, m, 0.15), col, f"£{p:.2f}", pr] for c, n, m, col, p, pr in mould]
    write("framing_mouldings.csv", ["Code", "Moulding", "Material", "Colour", "Price per m", "Profile (mm)"], mrows)
    weights = [14, 9, 8, 16, 8, 12, 4, 7, 6, 2, 5, 3]
    artworks = ["Print", "Photograph", "Original painting", "Embroidery", "Certificate", "Mirror", "Jersey"]
    aw = [30, 22, 14, 6, 8, 4, 3]
    glasses = ["Standard", "UV Protect", "Non-reflective", "Acrylic"]
    rows = []
    n = 0
    for d in days(date(2024, 1, 2), date(2025, 9, 30)):
        if d.weekday() == 6:
            continue
        lam = 1.0 + (0.6 if d.month in (11, 12) else 0) + (0.25 if d.year == 2025 else 0)
        k = sum(1 for _ in range(6) if r.random() < lam / 6 * 1.1)
        for _ in range(k):
            n += 1
            code = r.choices(mould, weights=weights)[0]
            art = r.choices(artworks, weights=aw)[0]
            wcm = r.randint(20, 100)
            hcm = r.randint(20, 80)
            glass = r.choices(glasses, weights=[50, 20, 18, 12])[0]
            if art == "Mirror":
                glass = "None"
            mount = r.random() < 0.6
            per = 2 * (wcm + hcm) / 100
            price = per * code[4] * 2.4 + (wcm * hcm / 10000) * {"Standard": 40, "UV Protect": 85, "Non-reflective": 95,
                                                                 "Acrylic": 60, "None": 0}[glass]
            price += (18 if mount else 0) + 15
            if d.year == 2025:
                price *= 1.06
            price = round(price, 2)
            lead = r.randint(5, 21) + (7 if d.month in (11, 12) else 0)
            ready = d + timedelta(days=lead)
            st = r.random()
            if st < 0.07:
                status, coll = r.choice(["Cancelled", "cancelled", "CANCELLED"]), ""
            elif ready > date(2025, 9, 30) - timedelta(days=4) or st < 0.10:
                status, coll = r.choice(["Ready", "ready", "Awaiting collection"]), ""
            else:
                status = r.choice(["Collected"] * 6 + ["collected", "COLLECTED", "Picked up"])
                coll = (ready + timedelta(days=r.choice([0, 0, 1, 2, 3, 5, 8, 14]))).strftime("%d/%m/%Y")
            ptxt = money(r, price)
            if r.random() < 0.012:
                ptxt = r.choice(["tbc", "TBC", "quote"])
            c = code[0] if r.random() < 0.6 else str(int(code[0]))
            rows.append([f"F{n:04d}", d.strftime("%d/%m/%Y"), coll, variant(r, art, 0.08), c, wcm, hcm,
                         variant(r, glass, 0.1), yesno(r, mount), ptxt, status])
    write("framing_orders.csv", ["Order No", "Ordered", "Collected", "Artwork", "Moulding Code", "Width cm",
                                 "Height cm", "Glass", "Mount", "Price", "Status"], rows)


# ---------------------------------------------------------------- 2. wedding/function band ledger (signed)
def band():
    r = random.Random(28002)
    rows = []
    n = 0

    def add(d, det, cat, amt):
        nonlocal n
        n += 1
        txt = f"{amt:.2f}" if r.random() < 0.5 else (f"-£{-amt:,.2f}" if amt < 0 else f"£{amt:,.2f}")
        rows.append([d, f"B{n:04d}", det, variant(r, cat, 0.1), txt, ""])

    venues = ["Hall Barn", "The Grange", "St Mary's Hotel", "Old Mill", "Riverside Marquee", "Castle Farm"]
    pubs = ["The Crown", "Red Lion", "The Anchor", "Kings Arms"]
    for d in days(date(2024, 1, 1), date(2025, 9, 30)):
        wd = d.weekday()
        if wd == 5:
            p = 0.75 if d.month in (5, 6, 7, 8, 9) else 0.3
            if d.year == 2025:
                p = min(0.95, p + 0.12)
            if r.random() < p:
                fee = r.choice([1800, 1950, 2100, 2250, 2400]) * (1.08 if d.year == 2025 else 1)
                add(d, f"Wedding - {r.choice(venues)}", "Wedding Gig", round(fee, 2))
                add(d, "Agency commission", "Commission", -round(fee * 0.15, 2))
                if r.random() < 0.5:
                    add(d, "Van hire + fuel", "Travel", -round(r.uniform(60, 220), 2))
        if wd == 4 and r.random() < (0.55 if d.month == 12 else 0.12):
            fee = r.choice([1200, 1400, 1600]) * (0.97 if d.year == 2025 else 1)
            add(d, "Corporate party", "Corporate Gig", round(fee, 2))
        if wd in (3, 4) and r.random() < 0.3:
            add(d, f"Pub gig - {r.choice(pubs)}", "Pub Gig", float(r.choice([250, 300, 350, 400])))
        if wd == 1 and r.random() < 0.7:
            add(d, "Rehearsal room", "Rehearsal", -float(r.choice([45, 60, 60, 75])))
        if r.random() < 0.04:
            add(d, r.choice(["Strings and sticks", "DI box", "Mic stand", "In-ear monitors", "Cables"]), "Equipment",
                -round(r.uniform(15, 480), 2))
        if r.random() < 0.025:
            add(d, "PA hire - big venue", "PA Hire", -round(r.uniform(150, 400), 2))
        if r.random() < 0.05:
            add(d, "Merch table", "Merch", round(r.uniform(20, 160), 2))
        if d.day == 1 and d.month in (1, 4, 7, 10):
            add(d, "Public liability insurance", "Insurance", -89.00)
        if d.day == 15:
            add(d, "Website + socials", "Marketing", -float(r.choice([25, 25, 40, 120])))
    add(date(2024, 6, 10), "Refund - cancelled wedding deposit", "Refund", -600.00)
    add(date(2025, 3, 3), "Refund - short set (power cut)", "Refund", -350.00)
    add(date(2025, 8, 20), "Refund - cancelled corporate", "Refund", -400.00)
    add(date(2024, 9, 1), "New PA speakers", "Equipment", -2350.00)
    rows.sort(key=lambda x: x[0])
    # voids: duplicates of real rows
    picks = r.sample(range(len(rows)), 11)
    for i in picks:
        v = list(rows[i])
        v[1] = v[1] + "V"
        v[5] = r.choice(["VOID", "void", "Void - duplicate"])
        rows.append(v)
    rows.sort(key=lambda x: (x[0], x[1]))
    out = [[d.strftime("%Y-%m-%d")] + rest for d, *rest in rows]
    write("band_ledger.csv", ["Date", "Ref", "Details", "Category", "Amount", "Status"], out)


# ---------------------------------------------------------------- 3. ice-cream vans daily (pre-aggregated)
def vans():
    r = random.Random(28003)
    vans = [("Mr Whippy", "Seafront", 1.25), ("Polar Bear", "Town Park", 1.0), ("Sundae Best", "Country Park", 0.8),
            ("Frosty", "Estates", 0.65)]
    rows = []
    for y in (2024, 2025):
        for d in days(date(y, 4, 1), date(y, 9, 30)):
            base_t = 12 + 10 * (1 - abs((d - date(y, 7, 20)).days) / 110) + r.gauss(0, 3)
            rain = r.random() < 0.14
            for name, pitch, mult in vans:
                if y == 2024 and name == "Frosty" and d < date(2024, 6, 1):
                    continue
                if rain and r.random() < 0.8:
                    rows.append([d.strftime("%d/%m/%Y"), variant(r, name, 0.1), pitch,
                                 r.choice(["Off - rain", "off - rain", "OFF - RAIN"]), "", "", "", "", "", "",
                                 f"{base_t:.1f}"])
                    continue
                if r.random() < 0.02:
                    rows.append([d.strftime("%d/%m/%Y"), variant(r, name, 0.1), pitch,
                                 r.choice(["Off - breakdown", "off - breakdown"]), "", "", "", "", "", "",
                                 f"{base_t:.1f}"])
                    continue
                wk = 1.5 if d.weekday() >= 5 else 1.0
                g = 1.15 if y == 2025 else 1.0
                if name == "Sundae Best" and y == 2025:
                    g = 1.45
                if name == "Polar Bear" and y == 2025:
                    g = 0.95
                demand = max(5, (base_t - 8) * 9 * mult * wk * g * r.uniform(0.8, 1.2))
                cones = int(demand * 0.6)
                tubs = int(demand * 0.25)
                lollies = int(demand * 0.3)
                pc = 2.80 if y == 2024 else 3.00
                takings = cones * pc + tubs * 3.50 + lollies * 1.80
                hours = round(r.choice([5, 6, 6.5, 7, 8]) + (1 if wk > 1 else 0), 1)
                fuel = round(r.uniform(14, 38) * (1.3 if pitch == "Estates" else 1), 2)
                ctxt = str(cones)
                if r.random() < 0.015:
                    ctxt = r.choice(["n/a", "not counted", ""])
                temp = f"{base_t:.1f}" if r.random() > 0.02 else r.choice(["", "n/a"])
                rows.append([d.strftime("%d/%m/%Y"), variant(r, name, 0.1), pitch, r.choice(["Out", "Out", "out", "OUT"]),
                             ctxt, tubs, lollies, money(r, takings), f"{fuel:.2f}", hours, temp])
    write("icecream_vans_daily.csv", ["Date", "Van", "Pitch", "Status", "Cones", "Tubs", "Lollies", "Takings",
                                      "Fuel", "Hours Out", "Max Temp (C)"], rows)


# ---------------------------------------------------------------- 4. chimney sweep jobs
def chimney():
    r = random.Random(28004)
    towns = ["Ashford", "Tenterden", "Wye", "Charing", "Hamstreet", "Biddenden"]
    tw = [30, 18, 12, 10, 8, 6]
    apps = [("Wood burner", 75), ("Open fire", 65), ("Multi-fuel stove", 80), ("Range cooker", 95), ("Gas fire", 55)]
    aw = [45, 25, 15, 8, 7]
    sweeps = ["Dan", "Priya", "Tom"]
    rows = []
    n = 0
    for d in days(date(2024, 1, 2), date(2025, 9, 30)):
        if d.weekday() >= 5:
            continue
        m = d.month
        lam = {1: 1.2, 2: 1.0, 3: 0.9, 4: 0.7, 5: 0.6, 6: 0.5, 7: 0.5, 8: 0.8, 9: 1.6, 10: 2.4, 11: 2.2, 12: 1.3}[m]
        if d.year == 2025:
            lam *= 1.1
        k = sum(1 for _ in range(5) if r.random() < lam / 5)
        for _ in range(k):
            n += 1
            app, price = r.choices(apps, weights=aw)[0]
            if d.year == 2025:
                price += 5
            town = r.choices(towns, weights=tw)[0]
            booked = d - timedelta(days=r.randint(2, 20) + (14 if m in (9, 10, 11) else 0))
            sweep = r.choices(sweeps, weights=[45, 35, 20])[0]
            mins = r.randint(35, 95) + (20 if app == "Range cooker" else 0)
            extra = r.choice([0] * 8 + [25, 40, 60])  # bird nest / cowl
            st = r.random()
            if st < 0.06:
                status = r.choice(["Cancelled", "cancelled", "Canceled"])
                mins_t, cert, amt = "", "", f"{price:.2f}"
            elif st < 0.09:
                status = r.choice(["No access", "no access", "NO ACCESS"])
                mins_t, cert, amt = "", "", "20.00"
            else:
                status = r.choice(["Done", "Done", "done", "Completed"])
                mins_t = str(mins) if r.random() > 0.02 else r.choice(["?", "n/a"])
                cert = yesno(r, r.random() < 0.85)
                amt = f"${price + extra:,.2f}" if r.random() < 0.5 else f"{price + extra:.2f}"
            rows.append([f"{n:05d}" if r.random() < 0.7 else str(n), booked.strftime("%m/%d/%Y"),
                         d.strftime("%m/%d/%Y"), variant(r, town, 0.08), variant(r, app, 0.1), sweep, mins_t,
                         "Yes" if extra else "No", amt, cert, status])
    write("chimney_jobs.csv", ["Job", "Booked", "Visit", "Town", "Appliance", "Sweep", "Minutes", "Nest/Cowl Extra",
                               "Charge", "Certificate", "Status"], rows)


# ---------------------------------------------------------------- 5. optician spectacle orders
def optician():
    r = random.Random(28005)
    lens = [("Single vision", 89), ("Varifocal", 249), ("Bifocal", 159), ("Reading", 59)]
    lw = [50, 25, 8, 17]
    brands = ["Ray-Ban", "Oakley", "House", "Silhouette", "Tom Ford", "Kids Range"]
    bw = [18, 10, 40, 10, 6, 8]
    bprice = {"Ray-Ban": 160, "Oakley": 140, "House": 45, "Silhouette": 210, "Tom Ford": 290, "Kids Range": 35}
    staff = ["Amira", "Ben", "Chloe", "Dev"]
    rows = []
    n = 0
    for d in days(date(2024, 1, 2), date(2025, 9, 30)):
        if d.weekday() == 6:
            continue
        k = sum(1 for _ in range(6) if r.random() < (0.55 if d.year == 2025 else 0.5))
        for _ in range(k):
            n += 1
            b = r.choices(brands, weights=bw)[0]
            l, lp = r.choices(lens, weights=lw)[0]
            if b == "Kids Range":
                l, lp = "Single vision", 89
            age = r.randint(5, 15) if b == "Kids Range" else (r.randint(45, 88) if l in ("Varifocal", "Bifocal", "Reading") else r.randint(16, 70))
            coat = r.random() < 0.55
            total = bprice[b] + lp + (35 if coat else 0)
            if d.year == 2025 and l == "Varifocal":
                total += 20
            nhs = 0.0
            if age < 16 or (age >= 60 and r.random() < 0.35):
                nhs = 41.40
            ready = d + timedelta(days=r.randint(4, 9) + (6 if l == "Varifocal" else 0))
            st = r.random()
            if st < 0.05:
                status, coll, tot = r.choice(["Cancelled", "cancelled"]), "", total
            elif ready > date(2025, 9, 25) or st < 0.08:
                status, coll, tot = r.choice(["Ready", "In lab", "ready"]), "", total
            else:
                status = r.choice(["Collected", "Collected", "collected", "COLLECTED"])
                coll = (ready + timedelta(days=r.choice([0, 1, 2, 3, 4, 7, 10]))).isoformat()
                tot = total
            rows.append([f"OP-{n:05d}", d.isoformat(), ready.isoformat() if status.lower() != "cancelled" else "",
                         coll, age if r.random() > 0.015 else "", variant(r, l, 0.1), variant(r, b, 0.08),
                         "Yes" if coat else "No", f"${tot:,.2f}" if r.random() < 0.4 else f"{tot:.2f}",
                         f"{nhs:.2f}" if nhs else ("0" if r.random() < 0.5 else ""), r.choice(staff), status])
    write("optician_orders.csv", ["Order", "Order Date", "Due Date", "Collected On", "Patient Age", "Lens",
                                  "Frame Brand", "Anti-glare", "Total", "Voucher", "Dispenser", "Status"], rows)


framing()
band()
vans()
chimney()
optician()
