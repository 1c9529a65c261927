#!/usr/bin/env python3
"""Writes set 15's CSV exports into data/. Seeded, standard library only, byte-for-byte reproducible.

    python3 tests/heldout/set15/generate.py

Datasets (all invented):
  courier_jobs.csv + couriers_clients.csv  a bicycle courier firm's jobs, Jan-Jun 2025, and its client list
  canteen_daily.csv                        a school canteen's till, pre-aggregated per school day per counter
  florist_orders.csv                       a wedding / event florist's orders, 2024
  boat_ledger.csv                          a boat-trip operator's signed ledger, 2024 season (euros)
  physio_appointments.csv                  a physiotherapy clinic's appointments, 2024
"""

import csv
import datetime as dt
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def messy(rng, s, p=0.25):
    """A category spelling as a hand-typed export has it."""
    if rng.random() > p:
        return s
    k = rng.randrange(5)
    if k == 0:
        return s.upper()
    if k == 1:
        return s.lower()
    if k == 2:
        return " " + s
    if k == 3:
        return s + " "
    return s.replace(" ", "  ", 1) if " " in s else s + " "


def write(name, header, rows):
    with open(DATA / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def dollars(rng, x):
    k = rng.randrange(4)
    if k == 0:
        return f"${x:,.2f}"
    if k == 1:
        return f"{x:.2f}"
    if k == 2:
        return f"${x:.2f}" if x < 1000 else f"${x:,.2f}"
    return f"{x:g}" if abs(x - round(x, 1)) < 1e-9 else f"{x:.2f}"


def pounds(rng, x):
    k = rng.randrange(3)
    if k == 0:
        return f"£{x:,.2f}"
    if k == 1:
        return f"{x:.2f}"
    return f"£{x:g}" if x == int(x) else f"£{x:.2f}"


def euros(rng, x):
    """Decimal comma, dot thousands; negatives as -€24,00 / €-24,00 / -24,00."""
    a = abs(x)
    whole = int(round(a * 100)) // 100
    cents = int(round(a * 100)) % 100
    w = f"{whole:,}".replace(",", ".")
    body = f"{w},{cents:02d}"
    k = rng.randrange(4)
    if x >= 0:
        return [f"€{body}", body, f"€ {body}", f"€{body}"][k]
    return [f"-€{body}", f"€-{body}", f"-{body}", f"-€{body}"][k]


def weekdays(start, end):
    d = start
    while d <= end:
        if d.weekday() < 5:
            yield d
        d += dt.timedelta(days=1)


# ------------------------------------------------------------------------------------------------
# 1. bicycle courier jobs + clients lookup

def courier():
    rng = random.Random(1501)
    sectors = ["Legal"] * 9 + ["Medical"] * 6 + ["Retail"] * 5 + ["Hospitality"] * 4 + ["Architecture"] * 3
    areas = ["City Centre", "Docklands", "Northside", "Westgate"]
    first = ["Harper", "Cole", "Bright", "Ashby", "Mercer", "Vale", "Quinn", "Noble", "Fenwick", "Osei", "Patel",
             "Lowe", "Drake", "Hale", "Kerr", "Moss", "Rowe", "Stone", "Tate", "Wren"]
    kind = {"Legal": ["Solicitors", "Law", "Legal LLP"], "Medical": ["Dental", "Clinic", "Labs"],
            "Retail": ["Boutique", "Books", "Print"], "Hospitality": ["Kitchen", "Hotel", "Bistro"],
            "Architecture": ["Architects", "Design Studio"]}
    ids = sorted(rng.sample(range(1, 400), 110))
    clients = []
    used = set()
    for i in ids:
        sec = rng.choice(sectors)
        while True:
            nm = f"{rng.choice(first)} & {rng.choice(first)} {rng.choice(kind[sec])}"
            if nm not in used:
                used.add(nm)
                break
        since = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(2500))
        clients.append([f"{i:04d}", nm, sec, rng.choice(areas), since.strftime("%d/%m/%Y")])
    weight = {c[0]: rng.choice([1, 1, 2, 3, 5]) for c in clients}
    pool = [c for c in clients for _ in range(weight[c[0]])]
    riders = ["Priya"] * 30 + ["Mo"] * 24 + ["Jake"] * 21 + ["Sian"] * 15 + ["Tomasz"] * 10
    services = ["Standard"] * 50 + ["Express"] * 32 + ["Same Day"] * 18
    rows = []
    n = 0
    for d in weekdays(dt.date(2025, 1, 2), dt.date(2025, 6, 30)):
        for _ in range(rng.randint(9, 15)):
            n += 1
            c = rng.choice(pool)
            svc = rng.choice(services)
            booked = dt.datetime(d.year, d.month, d.day, 7, 30) + dt.timedelta(minutes=rng.randrange(600))
            km = round(rng.uniform(1.2, 14.0), 1)
            base = {"Standard": 8.0, "Express": 14.0, "Same Day": 6.5}[svc]
            fee = round(base + km * {"Standard": 1.1, "Express": 1.6, "Same Day": 0.9}[svc], 2)
            r = rng.random()
            status = "Delivered" if r < 0.88 else ("Cancelled" if r < 0.955 else "Failed")
            if status == "Delivered":
                mins = {"Standard": 70, "Express": 28, "Same Day": 170}[svc] + km * 3 + rng.randint(-10, 25)
                delivered = (booked + dt.timedelta(minutes=int(mins))).strftime("%Y-%m-%dT%H:%M:%S")
                fee_s = dollars(rng, fee)
            elif status == "Failed":
                delivered = ""
                fee_s = dollars(rng, fee)
            else:
                delivered = ""
                fee_s = rng.choice(["", "0", "$0.00"])
            km_s = f"{km:.1f}"
            if rng.random() < 0.03:
                km_s = rng.choice(["n/a", "unknown", ""])
            cid = c[0] if rng.random() < 0.6 else str(int(c[0]))
            st = rng.choice({"Delivered": ["Delivered", "delivered", "DELIVERED "],
                             "Cancelled": ["Cancelled", "cancelled", "Canceled"],
                             "Failed": ["Failed", "failed", "FAILED"]}[status])
            rows.append([f"CJ{n:05d}", booked.strftime("%Y-%m-%dT%H:%M:%S"), delivered, cid,
                         messy(rng, rng.choice(riders)), messy(rng, svc), km_s, fee_s, st])
    for c in clients:
        c[2] = messy(rng, c[2])
        c[3] = messy(rng, c[3])
    write("couriers_clients.csv", ["client_id", "client_name", "sector", "area", "account_opened"], clients)
    write("courier_jobs.csv", ["job_no", "booked_at", "delivered_at", "client_id", "rider", "service", "distance_km",
                               "fee", "status"], rows)


# ------------------------------------------------------------------------------------------------
# 2. school canteen till, per school day per counter (pre-aggregated)

def canteen():
    rng = random.Random(1502)
    counters = {"Hot Meals": (210, 4.35), "Sandwich Bar": (120, 2.40), "Snack Hatch": (150, 1.15),
                "Breakfast Club": (45, 1.60)}
    closed_days = {dt.date(2024, 10, 14), dt.date(2024, 11, 20)}
    rows = []
    for d in weekdays(dt.date(2024, 9, 4), dt.date(2024, 12, 20)):
        if dt.date(2024, 10, 28) <= d <= dt.date(2024, 11, 1):
            continue
        for name, (base, price) in counters.items():
            ds = f"{d.month}/{d.day}/{d.year}"
            if d in closed_days:
                rows.append([ds, messy(rng, name), "0", "", "", rng.choice(["Closed", "closed", "CLOSED"]),
                             "inset day" if d.month == 10 else "snow"])
                continue
            if rng.random() < 0.03:
                rows.append([ds, messy(rng, name), "", rng.choice(["", "$0.00"]), "",
                             rng.choice(["Closed", "closed"]), rng.choice(["oven fault", "staff short", "till down"])])
                continue
            f = 1.0 + (0.18 if d.weekday() == 4 and name == "Hot Meals" else 0) \
                + (0.12 if d.month == 12 else 0) - (0.1 if d.weekday() == 0 else 0)
            meals = max(5, int(rng.gauss(base * f, base * 0.08)))
            avg = price * rng.uniform(0.95, 1.08) + (0.2 if d.month >= 11 else 0)
            takings = round(meals * avg, 2)
            fsm = int(meals * rng.uniform(0.12, 0.2)) if name in ("Hot Meals", "Breakfast Club") else 0
            fsm_s = str(fsm)
            if rng.random() < 0.06:
                fsm_s = rng.choice(["n/a", "not recorded", ""])
            rows.append([ds, messy(rng, name), str(meals), dollars(rng, takings), fsm_s,
                         rng.choice(["Open", "open", "Open", "OPEN"]), ""])
    write("canteen_daily.csv", ["date", "counter", "items_sold", "takings", "free_meals", "status", "note"], rows)


# ------------------------------------------------------------------------------------------------
# 3. florist orders

def florist():
    rng = random.Random(1503)
    events = ["Wedding"] * 40 + ["Funeral"] * 25 + ["Corporate"] * 15 + ["Birthday"] * 12 + ["Anniversary"] * 8
    arr = {"Wedding": [("Bridal bouquet", 95, 180), ("Buttonhole", 8, 14), ("Table centrepiece", 35, 70),
                       ("Arch garland", 250, 600)],
           "Funeral": [("Wreath", 55, 120), ("Casket spray", 150, 320), ("Sympathy posy", 30, 55)],
           "Corporate": [("Reception display", 80, 220), ("Table centrepiece", 35, 70)],
           "Birthday": [("Hand-tied bouquet", 35, 90), ("Sympathy posy", 30, 55)],
           "Anniversary": [("Hand-tied bouquet", 35, 90), ("Dozen roses", 45, 75)]}
    qty_range = {"Arch garland": (1, 3), "Buttonhole": (4, 14), "Table centrepiece": (3, 16), "Wreath": (1, 2), "Bridal bouquet": (1, 3)}
    surnames = ["Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fraser", "Green", "Hughes", "Iqbal", "Jones",
                "Khan", "Lewis", "Morgan", "Nash", "Owen", "Price", "Reid", "Shaw", "Turner", "Walsh"]
    rows = []
    n = 0
    start = dt.date(2024, 1, 2)
    for _ in range(720):
        n += 1
        ev = rng.choice(events)
        if ev == "Wedding":
            # weddings cluster in summer
            month = rng.choice([4, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 9, 9, 10, 3, 12])
            event = dt.date(2024, month, rng.randint(1, 28))
            ordered = event - dt.timedelta(days=rng.randint(30, 150))
        else:
            event = start + dt.timedelta(days=rng.randrange(360))
            ordered = event - dt.timedelta(days=rng.randint(1, 4 if ev == "Funeral" else 25))
        a, lo, hi = rng.choice(arr[ev])
        q = rng.randint(*qty_range.get(a, (1, 1)))
        unit = round(rng.uniform(lo, hi) / 5) * 5
        total = float(q * unit)
        r = rng.random()
        status = "Delivered" if r < 0.86 else ("Collected" if r < 0.94 else "Cancelled")
        deposit = round(total * 0.25, 2) if ev == "Wedding" else 0.0
        stems = str(q * rng.randint(6, 30)) if rng.random() > 0.05 else rng.choice(["tbc", "?", ""])
        st = messy(rng, status, 0.2)
        total_s = pounds(rng, total)
        rows.append([f"FL-{n:04d}", ordered.strftime("%d/%m/%Y"), event.strftime("%d/%m/%Y"),
                     f"{rng.choice(['Mr', 'Ms', 'Mrs', 'Dr'])} {rng.choice(surnames)}", messy(rng, ev),
                     messy(rng, a), str(q), stems, total_s, pounds(rng, deposit) if deposit else "",
                     st])
    rows.sort(key=lambda r: (r[1][6:] + r[1][3:5] + r[1][:2], r[0]))
    write("florist_orders.csv", ["order_ref", "ordered_on", "event_date", "customer", "occasion", "arrangement",
                                 "qty", "stems", "total", "deposit", "status"], rows)


# ------------------------------------------------------------------------------------------------
# 4. boat-trip operator ledger (signed, euros)

def boat():
    rng = random.Random(1504)
    trips = {"Harbour Tour": 18.0, "Sunset Cruise": 32.0, "Seal Watch": 26.0, "Fishing Trip": 45.0}
    weights = ["Harbour Tour"] * 40 + ["Seal Watch"] * 28 + ["Sunset Cruise"] * 22 + ["Fishing Trip"] * 10
    rows = []
    n = 0
    d = dt.date(2024, 4, 1)
    while d <= dt.date(2024, 10, 31):
        peak = d.month in (7, 8)
        for _ in range(rng.randint(4, 9) + (4 if peak else 0)):
            n += 1
            trip = rng.choice(weights)
            pax = rng.choice([1, 2, 2, 2, 3, 4, 4, 5, 6])
            amt = trips[trip] * pax
            t = dt.datetime(d.year, d.month, d.day, 8) + dt.timedelta(minutes=rng.randrange(600))
            method = rng.choice(["Card", "Card", "Card", "Cash", "Online"])
            rows.append([t, "Ticket", trip, pax, amt, method, ""])
            if rng.random() < 0.06:
                rt = min(t + dt.timedelta(days=rng.randint(0, 3)), dt.datetime(2024, 10, 31, 18, 0))
                rows.append([rt, "Refund", trip, pax, -amt, method, ""])
            if rng.random() < 0.015:
                rows.append([t + dt.timedelta(minutes=1), "Ticket", trip, pax, amt, method, "VOID"])
        for _ in range(rng.randint(3, 7)):
            t = dt.datetime(d.year, d.month, d.day, 9) + dt.timedelta(minutes=rng.randrange(540))
            rows.append([t, "Bar", rng.choice(list(trips)), "", round(rng.uniform(3.5, 38), 2),
                         rng.choice(["Card", "Cash"]), ""])
        if rng.random() < 0.1:
            t = dt.datetime(d.year, d.month, d.day, 18)
            rows.append([t, "Private charter", "", rng.randint(8, 24), rng.choice([850.0, 1100.0, 1250.0, 1600.0]),
                         rng.choice(["Card", "Online"]), ""])
        if rng.random() < 0.12:
            t = dt.datetime(d.year, d.month, d.day, 12)
            rows.append([t, "Gift voucher", "", "", rng.choice([25.0, 50.0, 100.0]), "Online", ""])
        if rng.random() < 0.05:
            t = dt.datetime(d.year, d.month, d.day, 16)
            rows.append([t, "Weather credit", rng.choice(list(trips)), rng.randint(2, 6),
                         -rng.choice([10.0, 15.0, 20.0]), "Card", ""])
        d += dt.timedelta(days=1)
    rows.sort(key=lambda r: r[0])
    out = []
    for i, (t, typ, trip, pax, amt, method, status) in enumerate(rows, 1):
        out.append([f"{i:05d}", t.strftime("%Y-%m-%d %H:%M"), messy(rng, typ), messy(rng, trip) if trip else "",
                     str(pax), euros(rng, amt), messy(rng, method),
                     rng.choice(["VOID", "void", "Void"]) if status else ""])
    write("boat_ledger.csv", ["entry", "posted", "type", "trip", "passengers", "amount", "method", "status"], out)


# ------------------------------------------------------------------------------------------------
# 5. physiotherapy clinic appointments

def physio():
    rng = random.Random(1505)
    physios = ["Aisha"] * 32 + ["Ben"] * 26 + ["Claire"] * 24 + ["Dev"] * 18
    types = {"Initial assessment": (60, 65.0), "Follow-up": (30, 45.0), "Sports massage": (45, 50.0),
             "Hydrotherapy": (45, 55.0)}
    tw = ["Follow-up"] * 50 + ["Initial assessment"] * 20 + ["Sports massage"] * 18 + ["Hydrotherapy"] * 12
    payers = ["Self-pay"] * 45 + ["Bupa"] * 25 + ["AXA"] * 18 + ["Vitality"] * 12
    patients = [f"P{i:04d}" for i in rng.sample(range(1, 2000), 420)]
    rows = []
    n = 0
    for d in weekdays(dt.date(2024, 1, 2), dt.date(2024, 12, 20)):
        for _ in range(rng.randint(3, 9)):
            n += 1
            typ = rng.choice(tw)
            mins, fee = types[typ]
            if d >= dt.date(2024, 7, 1):
                fee += 5.0
            start = dt.datetime(d.year, d.month, d.day, 8) + dt.timedelta(minutes=30 * rng.randrange(20))
            r = rng.random()
            status = "Attended" if r < 0.84 else ("Cancelled" if r < 0.93 else "No-show")
            if status == "Attended":
                m = mins + rng.choice([-5, 0, 0, 0, 5, 10])
                m_s = str(m) if rng.random() > 0.04 else rng.choice(["n/a", "unknown", ""])
                fee_s = pounds(rng, fee)
            elif status == "No-show":
                m_s = ""
                fee_s = pounds(rng, 25.0)
            else:
                m_s = ""
                fee_s = rng.choice(["", "£0.00", "0"])
            st = rng.choice({"Attended": ["Attended", "attended", "ATTENDED"],
                             "Cancelled": ["Cancelled", "cancelled", "Cancelled "],
                             "No-show": ["No-show", "no show", "DNA"]}[status])
            rows.append([f"A{n:05d}", start.strftime("%d/%m/%Y %H:%M"), rng.choice(patients),
                         messy(rng, rng.choice(physios)), messy(rng, typ), m_s, fee_s, messy(rng, rng.choice(payers)),
                         st])
    write("physio_appointments.csv", ["appt_id", "start", "patient", "physio", "treatment", "minutes", "fee",
                                      "payer", "status"], rows)


if __name__ == "__main__":
    DATA.mkdir(exist_ok=True)
    courier()
    canteen()
    florist()
    boat()
    physio()
    for p in sorted(DATA.glob("*.csv")):
        print(p.name, sum(1 for _ in open(p, encoding="utf-8")) - 1, "rows")
