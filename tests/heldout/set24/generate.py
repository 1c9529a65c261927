#!/usr/bin/env python3
"""Held-out set 24: writes data/*.csv. Seeded (24001-24005, one per dataset), standard library only,
byte-for-byte reproducible.

    python3 tests/heldout/set24/generate.py
"""

import csv
import datetime as dt
import io
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

D = dt.date
T = dt.datetime


def write(name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    (DATA / name).write_bytes(buf.getvalue().encode("utf-8"))


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def pounds(r, x, sym="£"):
    """Money in one of the export's spellings."""
    k = r.random()
    if k < 0.55:
        return f"{sym}{x:,.2f}"
    if k < 0.8:
        return f"{x:.2f}"
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s


def signed_dollars(r, x):
    k = r.random()
    neg = x < 0
    a = abs(x)
    if k < 0.55:
        s = f"${a:,.2f}"
    elif k < 0.8:
        s = f"{a:.2f}"
    else:
        s = f"{a:.2f}".rstrip("0").rstrip(".")
    return ("-" + s) if neg else s


def pick(r, options):
    return options[r.randrange(len(options))]


def variant(r, canon, variants, p=0.25):
    """canon most of the time, else one of its spelling variants."""
    if r.random() < p:
        return pick(r, variants)
    return canon


def poisson(r, lam):
    # Knuth
    import math
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= r.random()
        if p <= L:
            return k
        k += 1


# ------------------------------------------------------------------------------------------------
# 1. wine shop till lines + wines lookup (seed 24001)

def wine_shop():
    r = random.Random(24001)
    wines = [
        # name, colour, country, grape, cost
        ("Chateau Belcier Bordeaux", "Red", "France", "Merlot", 9.20),
        ("Domaine Lacoste Cotes du Rhone", "Red", "France", "Grenache", 7.40),
        ("Les Pierres Sancerre", "White", "France", "Sauvignon Blanc", 13.60),
        ("Maison Roux Chablis", "White", "France", "Chardonnay", 14.80),
        ("Whispering Pines Provence Rose", "Rosé", "France", "Grenache", 9.90),
        ("Cremant de Loire Brut", "Sparkling", "France", "Chenin Blanc", 10.50),
        ("Champagne Lemaire Brut", "Sparkling", "France", "Chardonnay", 22.00),
        ("Castello Rosso Chianti", "Red", "Italy", "Sangiovese", 8.30),
        ("Villa Amata Primitivo", "Red", "Italy", "Primitivo", 7.10),
        ("Monte Alto Barolo", "Red", "Italy", "Nebbiolo", 24.50),
        ("Terre Chiare Pinot Grigio", "White", "Italy", "Pinot Grigio", 6.20),
        ("Gavi di Gavi La Rocca", "White", "Italy", "Cortese", 10.40),
        ("Prosecco Valdo Extra Dry", "Sparkling", "Italy", "Glera", 7.80),
        ("Bodegas Ruiz Rioja Crianza", "Red", "Spain", "Tempranillo", 8.60),
        ("Ribera Alta Reserva", "Red", "Spain", "Tempranillo", 12.90),
        ("Albarino Mar Azul", "White", "Spain", "Albarino", 9.40),
        ("Cava Brut Nature Sant Pere", "Sparkling", "Spain", "Macabeo", 6.90),
        ("Quinta do Vale Douro Tinto", "Red", "Portugal", "Touriga Nacional", 8.90),
        ("Vinho Verde Casa Nova", "White", "Portugal", "Alvarinho", 5.90),
        ("Andes Peak Malbec", "Red", "Argentina", "Malbec", 7.60),
        ("Altura Reserve Malbec", "Red", "Argentina", "Malbec", 11.20),
        ("Valle Central Carmenere", "Red", "Chile", "Carmenere", 6.40),
        ("Casablanca Sauvignon Blanc", "White", "Chile", "Sauvignon Blanc", 6.10),
        ("Kowhai Bay Sauvignon Blanc", "White", "New Zealand", "Sauvignon Blanc", 10.10),
        ("Kowhai Bay Pinot Noir", "Red", "New Zealand", "Pinot Noir", 13.40),
        ("Red Gum Shiraz", "Red", "Australia", "Shiraz", 8.10),
        ("Margaret Creek Chardonnay", "White", "Australia", "Chardonnay", 9.60),
        ("Swartland Chenin Blanc", "White", "South Africa", "Chenin Blanc", 6.80),
        ("Stellen Ridge Pinotage", "Red", "South Africa", "Pinotage", 7.90),
        ("Mosel Kabinett Riesling", "White", "Germany", "Riesling", 9.80),
        ("Sussex Downs Classic Cuvee", "Sparkling", "England", "Chardonnay", 19.50),
        ("Kent Hills Bacchus", "White", "England", "Bacchus", 11.90),
        ("Sunset Terrace Rose", "Rosé", "Spain", "Garnacha", 6.60),
        ("Pink Pebble Zinfandel Rose", "Rosé", "USA", "Zinfandel", 5.80),
        ("Napa Crest Cabernet", "Red", "USA", "Cabernet Sauvignon", 16.90),
        ("Etna Rosso Vulcano", "Red", "Italy", "Nerello Mascalese", 14.20),
        ("Tokaji Furmint Dry", "White", "Hungary", "Furmint", 10.80),
    ]
    never_sold = {"Etna Rosso Vulcano", "Tokaji Furmint Dry"}
    ids = r.sample(range(3, 400), len(wines))
    lookup = []
    price = {}
    for (name, colour, country, grape, cost), wid in zip(wines, ids):
        lookup.append((f"{wid:04d}", name, colour, country, grape, f"£{cost:.2f}"))
        p = cost * 1.65
        price[wid] = int(p) + (0.99 if p - int(p) > 0.5 else 0.49)
    write("wines.csv", ["Wine ID", "Wine", "Colour", "Country", "Grape", "Cost Price"],
          sorted(lookup, key=lambda x: x[1]))

    sellable = [(wid, w) for wid, w in zip(ids, wines) if w[0] not in never_sold]
    weights = {}
    for wid, w in sellable:
        base = 1.0
        if w[1] == "Sparkling":
            base = 0.8
        if w[1] == "Rosé":
            base = 0.7
        if w[4] > 18:
            base = 0.35
        if w[2] == "Italy" and w[1] == "White":
            base = 1.4
        weights[wid] = base * (0.6 + r.random())
    # one wine is the clear favourite
    fav = [wid for wid, w in sellable if w[0] == "Bodegas Ruiz Rioja Crianza"][0]
    weights[fav] = 3.2
    fav2 = [wid for wid, w in sellable if w[0] == "Kowhai Bay Sauvignon Blanc"][0]
    weights[fav2] = 2.4
    colour_of = {wid: w[1] for wid, w in sellable}

    rows = []
    rec = 10000
    for d in days(D(2024, 1, 2), D(2025, 11, 29)):
        if d.weekday() == 0:  # closed Mondays
            continue
        if (d.month, d.day) in ((12, 25), (12, 26), (1, 1)):
            continue
        lam = 2.6
        if d.weekday() == 5:
            lam = 5.0
        elif d.weekday() == 4:
            lam = 3.8
        elif d.weekday() == 6:
            lam = 2.0
        if d.month == 12:
            lam *= 1.9
        if d.year == 2025:
            lam *= 1.08
        n = poisson(r, lam)
        for _ in range(n):
            rec += 1
            if d.weekday() == 6:
                hh = r.randint(11, 15)
            else:
                hh = pick(r, [10, 11, 11, 12, 12, 13, 14, 15, 16, 16, 17, 17, 17, 17, 18, 18])
            mm = r.randint(0, 59)
            nlines = pick(r, [1, 1, 1, 1, 2, 2, 3])
            pay = "Card" if r.random() < 0.84 else "Cash"
            for _ in range(nlines):
                w = dict(weights)
                for wid in w:
                    c = colour_of[wid]
                    if c == "Rosé":
                        if d.month in (5, 6, 7, 8):
                            w[wid] *= 3.0
                        if d.year == 2025:
                            w[wid] *= 2.2
                    if c == "Sparkling" and d.month == 12:
                        w[wid] *= 3.5
                    if c == "Red" and d.month in (11, 12, 1, 2):
                        w[wid] *= 1.4
                wid = r.choices(list(w), weights=list(w.values()))[0]
                q = pick(r, [1, 1, 1, 1, 1, 2, 2, 3])
                if r.random() < 0.05:
                    q = pick(r, [6, 6, 12])
                p = price[wid] + (1.00 if d.year == 2025 else 0)
                p = round(p, 2)
                tot = round(p * q, 2)
                void = ""
                if r.random() < 0.012:
                    void = pick(r, ["Y", "yes", "VOID", "void"])
                idtxt = f"{wid:04d}" if r.random() < 0.35 else str(wid)
                paytxt = pay
                if r.random() < 0.2:
                    paytxt = pick(r, {"Card": ["card", "CARD", "Card ", "card "], "Cash": ["cash", "CASH", "Cash "]}[pay])
                rows.append([f"R{rec}", d.strftime("%d/%m/%Y"), f"{hh:02d}:{mm:02d}", idtxt, str(q),
                             pounds(r, p), pounds(r, tot), paytxt, void])
    write("wine_sales.csv", ["Receipt", "Date", "Time", "Wine ID", "Qty", "Price", "Line Total", "Payment", "Void"],
          rows)


# ------------------------------------------------------------------------------------------------
# 2. community radio station's donations ledger (seed 24002)

def radio():
    r = random.Random(24002)
    first = ["Ana", "Ben", "Carla", "Dev", "Elena", "Frank", "Grace", "Hector", "Iris", "Jamal", "Kim", "Luis",
             "Maya", "Nate", "Olga", "Priya", "Quinn", "Rosa", "Sam", "Tara", "Uma", "Victor", "Wes", "Yara",
             "Zoe", "Aaron", "Bea", "Cole", "Dana", "Eli", "Fay", "Gus", "Hana", "Ian", "Jo", "Kurt"]
    last = ["Alvarez", "Brooks", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen",
            "Kowalski", "Lopez", "Murphy", "Nguyen", "Okafor", "Patel", "Quinn", "Reyes", "Schmidt", "Tanaka",
            "Usman", "Vargas", "Walsh", "Young", "Zimmer", "Baker", "Cruz", "Dunn", "Ellis", "Ford"]
    donors = []
    seen = set()
    while len(donors) < 320:
        n = f"{pick(r, first)} {pick(r, last)}"
        if n not in seen:
            seen.add(n)
            donors.append(n)
    pledgers = donors[:45]
    pledge_amt = {p: pick(r, [10, 10, 15, 20, 20, 25, 30, 50]) for p in pledgers}
    # one very generous pledger, so the top donor is clear
    pledge_amt[pledgers[7]] = 200
    pledge_start = {p: D(2024, 1, 1) + dt.timedelta(days=r.randint(0, 400)) for p in pledgers}
    pledge_start[pledgers[7]] = D(2024, 1, 1)
    entries = []  # (date, donor, type, campaign, method, amount, matched)

    def method_for(kind):
        if kind == "pledge":
            return pick(r, ["Card", "Card", "Card", "PayPal"])
        return pick(r, ["Card", "Card", "Card", "Check", "Cash", "PayPal", "PayPal"])

    for d in days(D(2024, 1, 1), D(2025, 10, 31)):
        # monthly pledges on the 3rd
        if d.day == 3:
            for p in pledgers:
                if d >= pledge_start[p] and not (p == pledgers[12] and d > D(2024, 9, 1)):
                    entries.append([d, p, "Monthly Pledge", "", method_for("pledge"), pledge_amt[p], ""])
        # one-off gifts
        lam = 0.9
        camp = ""
        if d.month == 4 and 7 <= d.day <= 20:
            lam = 9 if d.year == 2024 else 11.5
            camp = "Spring Drive"
        if d.month == 10 and 6 <= d.day <= 19:
            lam = 10 if d.year == 2024 else 12
            camp = "Fall Drive"
        if d.month == 12 and d.day >= 26:
            lam = 4
            camp = "Year End"
        if d.month == 12 and d.day == 3:
            lam = 12  # Giving Tuesday-ish
        if d.weekday() == 1:
            lam *= 1.5  # the Tuesday evening appeal show
        for _ in range(poisson(r, lam)):
            donor = pick(r, donors[30:]) if r.random() < 0.8 else pick(r, donors)
            amt = pick(r, [10, 15, 20, 25, 25, 30, 40, 50, 50, 60, 75, 100, 100, 120, 150, 200, 250, 500])
            if r.random() < 0.01:
                amt = pick(r, [1000, 1500, 2500])
            m = ""
            if r.random() < 0.16:
                m = "yes"
            else:
                m = "no"
            entries.append([d, donor, "Donation", camp, method_for("gift"), amt, m])
        # events
        if (d.month, d.day) in ((3, 15), (6, 21), (9, 14), (11, 16)):
            n = r.randint(25, 60) if d.year == 2024 else r.randint(45, 80)
            for _ in range(n):
                donor = pick(r, donors)
                entries.append([d, donor, "Event Ticket", "", pick(r, ["Card", "Cash", "Cash"]),
                                pick(r, [15, 15, 25, 30]), ""])
        # grants
        if (d.month, d.day) in ((2, 12), (7, 9)) or (d.year == 2025 and (d.month, d.day) == (5, 20)):
            entries.append([d, pick(r, ["Hillside Community Foundation", "State Arts Council",
                                        "Riverbend Credit Union Fund"]), "Grant", "", "Check",
                            pick(r, [5000, 7500, 10000, 12000]), ""])
        # card fees at month end
        if (d + dt.timedelta(days=1)).day == 1:
            entries.append([d, "Payment processor", "Card Fee", "", "Card", -round(r.uniform(60, 190), 2), ""])
        # merch
        if r.random() < 0.15:
            entries.append([d, pick(r, donors), "Merch", "", pick(r, ["Card", "Cash"]), pick(r, [12, 18, 25, 40]), ""])
    # one bequest-sized gift at the year end
    entries.append([D(2024, 12, 30), donors[200], "Donation", "Year End", "Check", 3500, "no"])
    # refunds of some gifts, some days later
    gifts = [e for e in entries if e[2] in ("Donation", "Event Ticket")]
    refunds = []
    for e in gifts:
        if r.random() < 0.03:
            rd = e[0] + dt.timedelta(days=r.randint(1, 20))
            if rd <= D(2025, 10, 31):
                refunds.append([rd, e[1], "Refund", e[3], e[4], -e[5], ""])
    entries += refunds
    entries.sort(key=lambda e: (e[0], e[2], e[1]))
    rows = []
    ref = 5000
    for e in entries:
        ref += 1
        d, donor, typ, camp, meth, amt, matched = e
        ds = d.strftime("%m/%d/%Y") if r.random() < 0.6 else f"{d.month}/{d.day}/{d.year}"
        typtxt = typ
        if r.random() < 0.2:
            typtxt = pick(r, {"Donation": ["donation", "DONATION", "Donation "],
                              "Monthly Pledge": ["monthly pledge", "Monthly pledge", "MONTHLY PLEDGE"],
                              "Event Ticket": ["event ticket", "Event ticket", "Event  Ticket"],
                              "Grant": ["grant", "GRANT"], "Card Fee": ["card fee", "Card fee", "CARD FEE"],
                              "Merch": ["merch", "MERCH"], "Refund": ["refund", "REFUND", "Refund "]}[typ])
        camptxt = camp
        if camp and r.random() < 0.3:
            camptxt = pick(r, [camp.lower(), camp.upper(), camp + " ", camp.replace(" ", "  ")])
        methtxt = meth
        if r.random() < 0.2:
            methtxt = pick(r, {"Card": ["card", "CARD", "credit card"], "Check": ["check", "CHECK", "Cheque"],
                               "Cash": ["cash", "CASH"], "PayPal": ["Paypal", "paypal", "PAYPAL"]}[meth])
            if methtxt in ("credit card", "Cheque"):
                methtxt = {"credit card": "card", "Cheque": "check"}[methtxt]
        mtxt = matched
        if matched == "yes":
            mtxt = pick(r, ["Yes", "Y", "yes", "TRUE", "y"])
        elif matched == "no":
            mtxt = pick(r, ["No", "N", "no", "FALSE", "", "n"])
        rows.append([ds, f"TX{ref}", donor, typtxt, camptxt, methtxt, signed_dollars(r, amt), mtxt, ""])
        if r.random() < 0.008 and typ in ("Donation", "Event Ticket", "Merch"):
            ref += 1
            rows.append([ds, f"TX{ref}", donor, typtxt, camptxt, methtxt, signed_dollars(r, amt), mtxt,
                         pick(r, ["VOID", "void", "Void - duplicate"])])
    write("radio_ledger.csv", ["Date", "Ref", "Name", "Type", "Campaign", "Method", "Amount", "Employer Match",
                               "Status"], rows)


# ------------------------------------------------------------------------------------------------
# 3. mobile mechanic jobs (seed 24003)

def mechanic():
    r = random.Random(24003)
    first = ["Alan", "Beth", "Chris", "Donna", "Ed", "Fiona", "Gary", "Helen", "Imran", "Julie", "Keith", "Lisa",
             "Mark", "Nina", "Owen", "Paula", "Raj", "Sue", "Tom", "Vicky", "Wayne", "Zara"]
    last = ["Ashworth", "Bradley", "Clarke", "Dobson", "Entwistle", "Fletcher", "Greenhalgh", "Hartley", "Iqbal",
            "Jones", "Kershaw", "Lees", "Mellor", "Nuttall", "Ogden", "Pickering", "Royle", "Schofield"]
    custs = []
    seen = set()
    while len(custs) < 260:
        n = f"{pick(r, first)} {pick(r, last)}"
        if n not in seen:
            seen.add(n)
            custs.append(n)
    towns = ["Didsbury", "Chorlton", "Sale", "Stretford", "Altrincham", "Urmston"]
    town_w = [4, 2.5, 2, 1.5, 1.2, 1]
    makes = ["Ford", "Vauxhall", "Volkswagen", "Toyota", "Nissan", "BMW", "Peugeot", "Honda"]
    make_w = [4, 2.6, 2.4, 2, 1.5, 1.2, 1.1, 0.9]
    cust_home = {c: r.choices(towns, weights=town_w)[0] for c in custs}
    cust_make = {c: r.choices(makes, weights=make_w)[0] for c in custs}
    cust_w = [1 + (5 if i < 6 else 0) + r.random() for i in range(len(custs))]
    jt = {  # type: (mins mean, labour, parts range, weight)
        "Full Service": (150, 165, (45, 95), 3.0),
        "Interim Service": (90, 95, (25, 50), 2.0),
        "Brakes": (110, 120, (60, 180), 2.2),
        "Battery": (35, 45, (85, 140), 1.6),
        "Diagnostics": (60, 60, (0, 0), 1.8),
        "Clutch": (300, 320, (180, 340), 0.6),
        "Timing Belt": (240, 280, (120, 220), 0.5),
    }
    types = list(jt)
    rows = []
    job = 3000
    for d in days(D(2024, 3, 1), D(2025, 10, 31)):
        wd = d.weekday()
        if wd == 6:
            continue
        lam = 0.9 if wd == 5 else 2.7
        if wd == 0:
            lam = 3.6  # cars that would not start after the weekend
        if d.year == 2025:
            lam *= 1.15
        if d.month == 8:
            lam *= 0.6
        if (d.month, d.day) in ((12, 25), (12, 26), (1, 1)):
            continue
        n = min(poisson(r, lam), 4)
        t = T(d.year, d.month, d.day, pick(r, [7, 8, 8, 8]), pick(r, [0, 15, 30, 30, 45]))
        for _ in range(n):
            job += 1
            w = [jt[k][3] for k in types]
            if d.year == 2025:
                w[types.index("Brakes")] *= 1.7
            if d.month in (11, 12, 1, 2):
                w[types.index("Battery")] *= 2.2
            typ = r.choices(types, weights=w)[0]
            mean, lab, pr, _ = jt[typ]
            mins = max(20, int(r.gauss(mean, mean * 0.18) / 5) * 5)
            if mins == 210:
                mins = 215  # no job exactly on three and a half hours
            if d.year == 2025:
                lab = lab + 10
            cust = r.choices(custs, weights=cust_w)[0]
            st = r.random()
            status = "Completed"
            if st < 0.06:
                status = "Cancelled"
            elif st < 0.09:
                status = "No access"
            elif st < 0.11:
                status = "Customer not in"
            start = t
            fin = t + dt.timedelta(minutes=mins)
            t = fin + dt.timedelta(minutes=pick(r, [20, 30, 40, 45, 60]))
            parts = round(r.uniform(*pr) / 0.5) * 0.5 if pr[1] else 0
            miles = r.randint(2, 14)
            paid = "yes" if r.random() < 0.9 else "no"
            if d > D(2025, 10, 20) and r.random() < 0.5:
                paid = "no"
            startx = start.strftime("%Y-%m-%dT%H:%M:%S") if r.random() < 0.6 else start.strftime("%Y-%m-%dT%H:%M")
            finx = fin.strftime("%Y-%m-%dT%H:%M:%S") if r.random() < 0.6 else fin.strftime("%Y-%m-%dT%H:%M")
            if status != "Completed":
                finx = ""
                labx = ""
                partsx = pick(r, ["", "n/a", "0"])
                paidx = pick(r, ["", "n/a"])
                t = start + dt.timedelta(minutes=30)
            else:
                labx = pounds(r, lab)
                if parts == 0:
                    partsx = pick(r, ["", "0", "n/a", "none"])
                elif r.random() < 0.04 and paid == "yes":
                    partsx = pick(r, ["tbc", "TBC", "n/a"])
                else:
                    partsx = pounds(r, parts)
                paidx = pick(r, {"yes": ["Yes", "Y", "yes", "PAID", "paid", "TRUE"],
                                 "no": ["No", "N", "no", "unpaid", "FALSE", "not yet"]}[paid])
            milesx = str(miles)
            if miles <= 3 and r.random() < 0.5:
                milesx = "local"
            elif r.random() < 0.03:
                milesx = pick(r, ["several", "?", ""])
            town = cust_home[cust]
            townx = town if r.random() > 0.2 else pick(r, [town.lower(), town.upper(), town + " ", " " + town])
            make = cust_make[cust]
            makex = make if r.random() > 0.2 else pick(r, [make.lower(), make.upper(),
                                                           {"Volkswagen": "VW", "Vauxhall": "vauxhall ",
                                                            "BMW": "bmw"}.get(make, make + " ")])
            typx = typ if r.random() > 0.25 else pick(r, [typ.lower(), typ.upper(), typ + " "])
            stx = status if r.random() > 0.25 else pick(r, {"Completed": ["completed", "COMPLETED", "Completed "],
                                                           "Cancelled": ["cancelled", "Canceled", "CANCELLED"],
                                                           "No access": ["no access", "NO ACCESS"],
                                                           "Customer not in": ["customer not in", "Cust not in"]}[status])
            rows.append([f"J{job}", startx, finx, cust, townx, makex, typx, labx, partsx, stx, paidx, milesx])
    write("mechanic_jobs.csv", ["Job No", "Start", "Finish", "Customer", "Area", "Make", "Job Type", "Labour",
                                "Parts", "Status", "Paid", "Miles"], rows)


# ------------------------------------------------------------------------------------------------
# 4. podcast network's daily stats per show (seed 24004)

def podcast():
    r = random.Random(24004)
    shows = {
        # name: (start, base downloads, growth per day, release weekday, ad rate per download)
        "The Allotment Hour": (D(2024, 1, 1), 420, 0.25, 1, 0.018),
        "Midnight Ledger": (D(2024, 1, 1), 900, 0.10, 2, 0.022),
        "Small Town Sleuths": (D(2024, 1, 1), 650, 0.85, 1, 0.020),
        "Kitchen Table Money": (D(2025, 3, 3), 180, 1.2, 0, 0.015),
    }
    outage = set()
    for _ in range(7):
        outage.add(D(2024, 1, 1) + dt.timedelta(days=r.randint(0, 630)))
    rows = []
    for d in days(D(2024, 1, 1), D(2025, 9, 30)):
        for name, (start, base, g, rel_wd, rate) in shows.items():
            if d < start:
                continue
            age = (d - start).days
            expected = base + g * age
            if d.weekday() >= 5:
                expected *= 0.8
            if name == "Midnight Ledger" and d.month in (10, 11):
                expected *= 1.2
            if name == "Small Town Sleuths" and D(2025, 5, 6) <= d <= D(2025, 5, 31):
                expected *= 1.8  # an episode went viral
            rel = d.weekday() == rel_wd
            if name == "Small Town Sleuths" and D(2024, 7, 1) <= d <= D(2024, 8, 31):
                rel = False  # summer break
            if rel:
                expected *= 2.6
            dl = max(0, int(r.gauss(expected, expected * 0.12)))
            uniq = int(dl * r.uniform(0.72, 0.86))
            listen = round(r.gauss({"The Allotment Hour": 31, "Midnight Ledger": 24, "Small Town Sleuths": 38,
                                    "Kitchen Table Money": 19}[name], 3), 1)
            fol = max(0, int(r.gauss(dl * 0.012, 2)))
            ads = round(dl * rate * r.uniform(0.85, 1.15), 2) if rel or r.random() < 0.25 else 0
            showx = name if r.random() > 0.2 else pick(r, [name.lower(), name.upper(), name + " ",
                                                         name.replace(" ", "  ", 1)])
            dlx, ux, lx = str(dl), str(uniq), f"{listen}"
            if d in outage:
                dlx, ux, lx = pick(r, ["n/a", "N/A", ""]), "n/a", "n/a"
                fol = fol
            elif r.random() < 0.02:
                lx = pick(r, ["n/a", "-"])
            adx = signed_dollars(r, ads) if ads else pick(r, ["", "0", "$0.00"])
            relx = pick(r, ["Yes", "Y", "yes", "TRUE", "1"]) if rel else pick(r, ["No", "N", "no", "", "FALSE", "0"])
            rows.append([d.isoformat(), showx, dlx, ux, lx, str(fol), adx, relx])
    write("podcast_daily.csv", ["Date", "Show", "Downloads", "Unique Listeners", "Avg Listen (mins)",
                                "New Followers", "Ad Revenue", "New Episode"], rows)


# ------------------------------------------------------------------------------------------------
# 5. chamber orchestra's ticket bookings over two seasons (seed 24005)

def orchestra():
    r = random.Random(24005)
    concerts = [
        ("Autumn Gala", D(2023, 9, 30)), ("Brahms and Beyond", D(2023, 10, 21)),
        ("Halloween Spooktacular", D(2023, 10, 28)), ("Mozart by Candlelight", D(2023, 11, 18)),
        ("Messiah", D(2023, 12, 16)), ("New Year Viennese Night", D(2024, 1, 6)),
        ("Film Music Favourites", D(2024, 2, 10)), ("Spring Sinfonietta", D(2024, 3, 16)),
        ("Elgar and England", D(2024, 4, 20)), ("Summer Proms in the Park", D(2024, 6, 15)),
        ("Autumn Gala", D(2024, 9, 28)), ("Dvorak New World", D(2024, 10, 19)),
        ("Halloween Spooktacular", D(2024, 10, 26)), ("Vivaldi Four Seasons", D(2024, 11, 16)),
        ("Messiah", D(2024, 12, 14)), ("New Year Viennese Night", D(2025, 1, 4)),
        ("Film Music Favourites", D(2025, 2, 8)), ("Beethoven Nine", D(2025, 3, 15)),
        ("Russian Romantics", D(2025, 4, 12)), ("Summer Proms in the Park", D(2025, 6, 14)),
    ]
    demand = {"Messiah": 215, "Summer Proms in the Park": 150, "New Year Viennese Night": 165,
              "Film Music Favourites": 120, "Halloween Spooktacular": 105, "Autumn Gala": 95,
              "Vivaldi Four Seasons": 145, "Beethoven Nine": 115, "Mozart by Candlelight": 100,
              "Brahms and Beyond": 45, "Elgar and England": 70, "Spring Sinfonietta": 60,
              "Dvorak New World": 80, "Russian Romantics": 48}
    seats = {"Stalls": 28.0, "Circle": 24.0, "Balcony": 16.0}
    typemult = {"Full": 1.0, "Concession": 0.8, "Student": 0.5, "Under 18": 0.25}
    rows = []
    ref = 100
    subseeds = [r.getrandbits(32) for _ in concerts]
    for (name, cd), sub in zip(concerts, subseeds):
        r = random.Random(sub)  # one stream per concert (drawn from the dataset's seed)
        nb = int(demand[name] * (1.1 if cd >= D(2024, 7, 1) else 1.0)
                 * r.uniform(0.95, 1.05))
        for _ in range(nb):
            ref += 1
            lead = int(r.expovariate(1 / 24))
            if r.random() < 0.12:
                lead = r.randint(0, 6)
            lead = min(lead, 110)
            bd = cd - dt.timedelta(days=lead)
            chan = r.choices(["Online", "Box Office", "Phone"],
                             weights=[5, 2, 1.6] if cd < D(2024, 7, 1) else [7.5, 1.6, 1.0])[0]
            if lead == 0:
                chan = "Box Office"
            if chan == "Online" and r.random() < 0.25:
                bd = bd - dt.timedelta(days=(bd.weekday() - 3) % 7)  # the Thursday newsletter
            if chan == "Online":
                hh = r.choices(range(7, 24), weights=[1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 6, 8, 11, 7, 4])[0]
            elif chan == "Box Office":
                hh = r.choice([10, 11, 12, 13, 14, 15, 16, 18, 19]) if lead == 0 else r.choice(range(10, 17))
            else:
                hh = r.choice(range(9, 17))
            ba = T(bd.year, bd.month, bd.day, hh, r.randint(0, 59))
            seat = r.choices(list(seats), weights=[5, 3, 2])[0]
            if name == "Summer Proms in the Park":
                seat = "Lawn"
            typ = r.choices(list(typemult), weights=[6, 2.5, 1, 1.2])[0]
            n = r.choices([1, 2, 2, 2, 3, 4, 4, 5, 6], k=1)[0]
            base = seats.get(seat, 18.0)
            if cd >= D(2024, 7, 1):
                base += 2
            tot = round(base * typemult[typ] * n, 2)
            st = "Confirmed"
            x = r.random()
            if x < 0.04:
                st = "Cancelled"
            elif x < 0.07:
                st = "Refunded"
            friend = r.random() < 0.28
            don = 0
            if r.random() < 0.18:
                don = pick(r, [2, 5, 5, 10, 10, 20, 50])
            namex = name if r.random() > 0.2 else pick(r, [name.lower(), name.upper(), name + " ",
                                                         name.replace(" ", "  ", 1)])
            seatx = seat if r.random() > 0.2 else pick(r, [seat.lower(), seat.upper(), seat + " "])
            typx = typ if r.random() > 0.2 else pick(r, {"Full": ["full", "Full price", "FULL"],
                                                        "Concession": ["concession", "Conc", "CONCESSION"],
                                                        "Student": ["student", "STUDENT"],
                                                        "Under 18": ["under 18", "U18", "Under-18"]}[typ])
            chx = chan if r.random() > 0.2 else pick(r, {"Online": ["online", "ONLINE", "Web"],
                                                        "Box Office": ["box office", "BOX OFFICE", "Box office "],
                                                        "Phone": ["phone", "PHONE", "Telephone"]}[chan])
            stx = st if r.random() > 0.25 else pick(r, {"Confirmed": ["confirmed", "CONFIRMED", "Confirmed "],
                                                       "Cancelled": ["cancelled", "Canceled", "CANCELLED"],
                                                       "Refunded": ["refunded", "REFUNDED"]}[st])
            fx = pick(r, ["Yes", "Y", "yes", "TRUE", "member"]) if friend else pick(r, ["No", "N", "no", "", "FALSE"])
            dx = pounds(r, don) if don else pick(r, ["", "", "0", "none", "-"])
            nx = str(n)
            if st != "Confirmed" and r.random() < 0.3:
                nx = pick(r, ["tbc", "?"])
            bax = ba.strftime("%d/%m/%Y %H:%M") if r.random() < 0.7 else f"{ba.day} {ba.strftime('%b %Y %H:%M')}"
            cdx = f"{cd.strftime('%a')} {cd.day} {cd.strftime('%b %Y')}"
            rows.append([f"BK{ref:05d}", bax, namex, cdx, seatx, typx, nx, pounds(r, tot), chx, stx, fx, dx])
    rows.sort(key=lambda x: x[0])
    write("orchestra_bookings.csv", ["Booking Ref", "Booked At", "Concert", "Concert Date", "Seats", "Ticket Type",
                                     "Tickets", "Total", "Channel", "Status", "Friend", "Donation"], rows)


def main():
    DATA.mkdir(exist_ok=True)
    wine_shop()
    radio()
    mechanic()
    podcast()
    orchestra()


if __name__ == "__main__":
    main()
