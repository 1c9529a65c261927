#!/usr/bin/env python3
"""Held-out set 35: writes data/*.csv (five made-up datasets, six files).

Seeded (35001-35005, one per dataset), standard library only, byte-for-byte reproducible:

    python3 tests/heldout/set35/generate.py
"""

import csv
import datetime as dt
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def write(name, header, rows):
    DATA.mkdir(exist_ok=True)
    with open(DATA / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def money(rng, v, neg=False, plain_ok=True):
    """A pound amount written the ways spreadsheets and people write it."""
    v = round(v, 2)
    r = rng.random()
    if r < 0.55 or not plain_ok:
        s = f"£{v:,.2f}"
    elif r < 0.78:
        s = f"{v:.2f}"
    elif r < 0.90:
        s = f"£{v:,.0f}" if v == int(v) else f"£{v:,.2f}"
    else:
        s = f"{v:.2f}".rstrip("0").rstrip(".")
    return ("-" + s) if neg else s


def pick(rng, options):
    return rng.choice(options)


def wpick(rng, pairs):
    """pairs: [(value, weight), ...]"""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# ----------------------------------------------------------------------------------------------
# 1. firewood delivery business: deliveries + product list

PRODUCTS = [
    # code, name, wood, dried, unit, list price (2023/24 season)
    (1, "Kiln dried ash - bulk bag", "Ash", "Kiln dried", "bulk bag", 110.0),
    (2, "Kiln dried oak - bulk bag", "Oak", "KD", "bulk bag", 125.0),
    (3, "Kiln dried birch - bulk bag", "Birch", "Kiln dried", "bulk bag", 105.0),
    (4, "Seasoned hardwood mix - bulk bag", "Mixed hardwood", "Seasoned", "bulk bag", 85.0),
    (5, "Seasoned softwood - bulk bag", "Softwood", "Air dried", "bulk bag", 65.0),
    (6, "Kiln dried ash - net", "ash", "Kiln dried", "net", 6.5),
    (7, "Kiln dried oak - net", "OAK", "Kiln dried", "net", 7.0),
    (8, "Kindling - net", "Kindling (softwood)", "Kiln dried", "net", 4.0),
    (9, "Kindling - crate", "Kindling (softwood)", "KD", "crate", 18.0),
    (10, "Heat logs - pack of 10", "Briquettes", "n/a", "pack", 6.0),
    (11, "Seasoned hardwood - trailer load", "Mixed Hardwood", "Seasoned", "trailer load", 220.0),
    (12, "Kiln dried birch - net", "Birch", "kiln dried", "net", 6.5),
]
UNIT_WORD = {"bulk bag": "bags", "net": "nets", "crate": "crates", "pack": "packs", "trailer load": "loads"}

VILLAGES = {
    "Chipping Norton": ["Chipping Norton", "Chipping Norton", "chipping norton", "Chipping Norton ", "Chippy"],
    "Charlbury": ["Charlbury", "Charlbury", "charlbury", "CHARLBURY"],
    "Hook Norton": ["Hook Norton", "Hook Norton", "hook norton", "Hooky"],
    "Enstone": ["Enstone", "Enstone", "enstone", "Enstone "],
    "Kingham": ["Kingham", "Kingham", "kingham"],
    "Long Compton": ["Long Compton", "Long Compton", "long compton", "Long Compton "],
}
CTYPES = {
    "domestic": ["Domestic", "Domestic", "domestic", "Home", "household", "House"],
    "pub": ["Pub", "Pub", "pub", "PUB", "Pub/restaurant"],
    "let": ["Holiday let", "Holiday let", "holiday let", "Holiday cottage", "Airbnb"],
    "trade": ["Trade", "trade", "Reseller"],
}
SURNAMES = ["Allen", "Baker", "Barnes", "Bishop", "Carter", "Chapman", "Clarke", "Cole", "Dawson", "Dixon",
            "Ellis", "Fletcher", "Foster", "Gibson", "Grant", "Hale", "Harper", "Hayes", "Holmes", "Hunt",
            "Jarvis", "Kemp", "Lamb", "Lane", "Lloyd", "Marsh", "Mason", "Mills", "Moss", "Nash", "Owen",
            "Page", "Parry", "Pearce", "Porter", "Rowe", "Sharp", "Shaw", "Stone", "Tucker", "Vaughan",
            "Wade", "Walsh", "Webb", "Wilde", "Wren"]
INITIALS = "ABCDEFGHJKLMNPRSTW"


def gen_firewood():
    rng = random.Random(35001)
    customers = []  # (name, village, type, first season)
    vil_w = [("Chipping Norton", 34), ("Charlbury", 16), ("Hook Norton", 14), ("Enstone", 11),
             ("Kingham", 9), ("Long Compton", 9)]
    for i, s in enumerate(SURNAMES):
        customers.append((f"{rng.choice(INITIALS)}. {s}", wpick(rng, vil_w), "domestic", 1 if i < 40 else 2))
    pubs = [("The Red Lion", "Chipping Norton"), ("The Bell", "Charlbury"), ("The Pear Tree", "Hook Norton"),
            ("The Chequers", "Kingham")]
    for n, v in pubs:
        customers.append((n, v, "pub", 1))
    lets = [("Mill Cottage", "Kingham", 1), ("The Old Forge", "Enstone", 1), ("Stable Barn", "Long Compton", 2),
            ("Orchard Lodge", "Charlbury", 2), ("Keeper's Cottage", "Enstone", 2), ("Hill Barn", "Hook Norton", 2)]
    for n, v, s in lets:
        customers.append((n, v, "let", s))
    customers.append(("Cotswold Stove Co", "Chipping Norton", "trade", 1))

    month_w = {9: 0.5, 10: 1.1, 11: 1.5, 12: 1.8, 1: 1.6, 2: 1.3, 3: 0.8, 4: 0.3, 5: 0.15, 6: 0.1, 7: 0.1, 8: 0.25}
    rows = []
    d = dt.date(2023, 9, 1)
    end = dt.date(2025, 3, 31)
    order_no = 1000
    while d <= end:
        season = 1 if d < dt.date(2024, 9, 1) else 2
        lam = (1.0 if season == 1 else 1.25) * month_w[d.month] * (1.0 if d.weekday() < 6 else 0.2)
        n = 0
        x = rng.random()
        # Poisson-ish draw
        p = 2.718281828 ** (-lam)
        cum = p
        while x > cum and n < 8:
            n += 1
            p *= lam / n
            cum += p
        for _ in range(n):
            cust = rng.choice(customers)
            tries = 0
            while (cust[3] > season or (cust[2] != "domestic" and rng.random() < 0.45)) and tries < 20:
                cust = rng.choice(customers)
                tries += 1
            if cust[3] > season:
                continue
            name, village, ctype, _ = cust
            if ctype == "domestic":
                code = wpick(rng, [(1, 34), (2, 9), (3, 9), (4, 22), (5, 5), (6, 7), (8, 8), (10, 4), (12, 3)])
            elif ctype == "pub":
                code = wpick(rng, [(4, 45), (1, 25), (2, 12), (9, 10), (11, 8)])
            elif ctype == "let":
                code = wpick(rng, [(6, 40), (8, 25), (10, 15), (12, 10), (1, 10)])
            else:
                code = wpick(rng, [(1, 50), (6, 25), (8, 25)])
            unit = PRODUCTS[code - 1][4]
            if unit in ("bulk bag",):
                qty = rng.choice([1, 1, 2, 2, 2, 3, 4]) if ctype == "domestic" else rng.choice([2, 3, 4, 5, 6])
                if ctype == "trade":
                    qty = rng.choice([8, 10, 12])
            elif unit == "trailer load":
                qty = 1
            elif unit == "crate":
                qty = rng.choice([1, 2, 3])
            elif unit == "pack":
                qty = rng.choice([2, 3, 4, 5, 6])
            else:
                qty = rng.choice([5, 6, 8, 10, 10, 12, 15, 20]) if ctype != "trade" else rng.choice([60, 80, 100])
            if ctype == "let":
                qty = max(qty, 10) if unit == "net" else qty
            unit_price = PRODUCTS[code - 1][5]
            if season == 2:
                unit_price += 5.0 if unit_price >= 60 else 0.5
            price = unit_price * qty
            if ctype == "trade":
                price = round(price * 0.9, 2)
            elif ctype == "domestic" and unit == "bulk bag" and qty >= 3 and rng.random() < 0.5:
                price -= 5 * qty
            if unit in ("bulk bag", "trailer load") and not (ctype == "domestic" and qty == 1):
                deliv = 0.0
            elif ctype in ("pub", "trade"):
                deliv = 0.0
            else:
                deliv = 10.0 if season == 1 else 12.0
            status = "done"
            r = rng.random()
            if r < 0.05:
                status = "cancelled"
            order_no += 1
            qty_s = str(qty) if rng.random() < 0.85 else f"{qty} {UNIT_WORD[unit]}"
            code_s = wpick(rng, [(f"{code:03d}", 55), (str(code), 35), (f"{code:02d}", 10)])
            if status == "cancelled":
                st = pick(rng, ["Cancelled", "cancelled", "Canceled", "CANCELLED - customer away"])
                price_s = pick(rng, ["", "0", "n/a", money(rng, price), money(rng, price)])
                deliv_s = ""
                paid_s = pick(rng, ["", "n/a", "-"])
                note = pick(rng, ["", "rang to cancel", "going away", ""])
            else:
                st = pick(rng, ["Delivered", "Delivered", "Delivered", "delivered", "Done", "Delivered ", "DELIVERED"])
                if rng.random() < 0.03:
                    price_s = pick(rng, ["tbc", "TBC", "?"])
                else:
                    price_s = money(rng, price)
                if deliv == 0.0:
                    deliv_s = pick(rng, ["free", "FOC", "0", "", "£0.00"])
                else:
                    deliv_s = pick(rng, [money(rng, deliv), money(rng, deliv), f"{deliv:.0f}"])
                late = d >= dt.date(2025, 2, 15)
                unpaid_p = 0.06 + (0.25 if late else 0) + (0.15 if ctype == "pub" else 0)
                if rng.random() < unpaid_p:
                    paid_s = pick(rng, ["No", "no", "owed", "Invoice sent", "not yet"])
                else:
                    paid_s = pick(rng, ["Yes", "Yes", "yes", "Y", "Paid", "paid - cash", "BACS"])
                note = pick(rng, ["", "", "", "", "stacked in log store", "left by garage", "dog - use side gate",
                                  "wants oak next time", "gave discount"])
            rows.append([f"F{order_no}", d.strftime("%d/%m/%Y"), name, pick(rng, VILLAGES[village]),
                         pick(rng, CTYPES[ctype]), code_s, qty_s, price_s, deliv_s, paid_s, st, note])
        if d == dt.date(2024, 10, 15):  # the pub's order for the whole winter
            order_no += 1
            rows.append([f"F{order_no}", d.strftime("%d/%m/%Y"), "The Red Lion", "Chipping Norton", "Pub", "001",
                         "14 bags", money(rng, 14 * 115.0, plain_ok=False), "free", "Invoice sent", "Delivered",
                         "whole winter's worth - 2 trips"])
        d += dt.timedelta(days=1)
    write("firewood_deliveries.csv",
          ["Order", "Delivery Date", "Customer", "Village", "Customer Type", "Product", "Qty", "Price",
           "Delivery Charge", "Paid", "Status", "Notes"], rows)
    prows = []
    for code, name, wood, dried, unit, lp in PRODUCTS:
        lp_s = f"£{lp:.2f}" if code % 3 else f"{lp:g}"
        prows.append([f"{code:03d}", name, wood, dried, unit, lp_s, "2023/24 season price"])
    write("firewood_products.csv", ["Code", "Product", "Wood", "Dried", "Sold By", "List Price", "Notes"], prows)


# ----------------------------------------------------------------------------------------------
# 2. bowls club ledger (signed)

CAT = {
    "subs": ["Subscriptions", "Subscriptions", "Subs", "SUBS", "Membership", "Subs "],
    "green": ["Green fees", "Green fees", "Visitors green fees", "GREEN FEES", "Green Fees"],
    "bar": ["Bar takings", "Bar takings", "Bar", "Bar income", "bar takings"],
    "stock": ["Bar stock", "Bar stock", "Brewery", "Bar purchases", "bar stock"],
    "comp": ["Competition entries", "Comp entries", "Competitions", "competition entries"],
    "raffle": ["Raffle", "Raffle", "Raffle/tote", "raffle"],
    "donation": ["Donations", "Donation", "donations"],
    "sponsor": ["Sponsorship", "Sponsorship"],
    "social": ["Social", "Social events", "Functions", "social"],
    "greenkeep": ["Greenkeeping", "Greenkeeping", "Green maintenance", "Greenkeeper", "GREENKEEPING"],
    "elec": ["Electricity", "Electricity", "Electric", "ELECTRICITY"],
    "water": ["Water", "Water rates", "water"],
    "insurance": ["Insurance", "Insurance"],
    "affil": ["Affiliation", "County fees", "League & county fees"],
    "trophies": ["Trophies", "Trophies & engraving", "Engraving"],
    "equip": ["Equipment", "Equipment & repairs", "equipment"],
    "refund": ["Refunds", "Refund", "refund"],
}
METH = {
    "cash": ["Cash", "Cash", "cash", "CASH"],
    "bank": ["Bank transfer", "BACS", "Online", "bank transfer"],
    "card": ["Card", "SumUp", "card"],
    "cheque": ["Cheque", "chq", "cheque"],
    "dd": ["Direct debit", "DD", "D/D"],
    "so": ["Standing order", "S/O"],
}
CLUBS = ["Thornbury", "Wotton", "Dursley", "Berkeley", "Frampton", "Nailsworth", "Stroud Park", "Painswick"]


def gen_bowls():
    rng = random.Random(35002)
    ent = []  # (date, description, cat, amount, method, note)

    def add(d, desc, cat, amt, meth, note=""):
        ent.append((d, desc, cat, round(amt, 2), meth, note))

    members24 = [f"{rng.choice(INITIALS)}. {s}" for s in rng.sample(SURNAMES, 44)]
    members24 += [f"{rng.choice(INITIALS)}. {s}" for s in rng.sample(SURNAMES, 18)]
    members25 = members24[:58] + [f"{rng.choice(INITIALS)}. {s}" for s in rng.sample(SURNAMES, 9)]
    for year, mem, fee, conc, april_share in ((2024, members24, 95.0, 60.0, 0.5), (2025, members25, 105.0, 65.0, 0.88)):
        for i, m in enumerate(mem):
            if rng.random() < april_share:
                d = dt.date(year, 4, rng.randint(1, 28))
            else:
                d = dt.date(year, 3, rng.randint(1, 31))
            concession = i % 6 == 5
            add(d, f"Subs - {m}" + (" (concession)" if concession else ""), "subs", conc if concession else fee,
                wpick(rng, [("bank", 50), ("cash", 30), ("cheque", 20)]))
    for year in (2024, 2025):
        last = dt.date(year, 9, 30)
        d = dt.date(year, 4, 6)
        while d <= last:
            # match days: Tuesday and Saturday
            for off in (0, 4):
                md = d + dt.timedelta(days=off)
                if md > last or rng.random() < 0.35:
                    continue
                n = rng.randint(8, 24)
                rate = 4.0 if year == 2024 else 5.0
                add(md, f"Visitors green fees v {rng.choice(CLUBS)}", "green", n * rate, "cash")
            d += dt.timedelta(days=7)
        # weekly bar takings, Sunday
        d = dt.date(year, 4, 7) if year == 2024 else dt.date(year, 4, 6)
        wk = 0
        while d <= last:
            base = 330 if d.month in (6, 7, 8) else 250
            add(d, f"Bar takings w/e {d.day}/{d.month}", "bar", rng.randint(base - 90, base + 110) + rng.choice([0, 0.5]),
                wpick(rng, [("card", 60), ("cash", 40)]))
            if wk % 4 == 1:
                add(d + dt.timedelta(days=2), "Brewery delivery - Uley", "stock",
                    rng.randint(380, 640) + rng.choice([0, 0.4, 0.8]), "bank")
            wk += 1
            d += dt.timedelta(days=7)
        for mth in range(4, 10):
            add(dt.date(year, mth, rng.randint(10, 25)), f"Competition entries {dt.date(year, mth, 1):%B}", "comp",
                rng.randint(8, 30) * 4, "cash")
            add(dt.date(year, mth, rng.randint(1, 28)), "Raffle", "raffle", rng.randint(30, 115), "cash")
        # greenkeeping
        for mth in range(1, 13):
            if year == 2025 and mth > 9:
                break
            amt = (520 if year == 2024 else 560) if 4 <= mth <= 9 else (180 if year == 2024 else 200)
            add(dt.date(year, mth, 28 if mth != 2 else 27), "Greenkeeper - J. Barnes", "greenkeep", amt, "so")
            # electricity and water
            add(dt.date(year, mth, 15), "Electricity - Octopus", "elec", rng.randint(55, 115) + rng.choice([0.12, 0.47, 0.81]), "dd")
            if mth in (1, 4, 7, 10):
                add(dt.date(year, mth, 20), "Water - Severn Trent", "water", rng.randint(90, 140) if mth in (1, 10) else rng.randint(180, 260), "dd")
        add(dt.date(year, 9, 12), "Top dressing and seed", "greenkeep", 340.0 if year == 2024 else 385.0, "bank")
        add(dt.date(year, 2, 3), "Club insurance - annual", "insurance", 760.0 if year == 2024 else 812.0, "bank")
        add(dt.date(year, 4, 30), "County & league affiliation", "affil", 558.0 if year == 2024 else 603.0, "bank")
        add(dt.date(year, 9, 26), "Trophies for finals day", "trophies", 285.0 if year == 2024 else 310.0, "card")
        add(dt.date(year, 9, 27), "Engraving", "trophies", 64.0 if year == 2024 else 72.5, "cash")
        add(dt.date(year, 5, 14), "Sponsorship - Hendy Motors", "sponsor", 500.0 if year == 2024 else 600.0, "bank")
        for _ in range(3):
            add(dt.date(year, rng.randint(1, 9), rng.randint(1, 28)), "Donation", "donation",
                rng.choice([20, 25, 50, 100, 150]), pick(rng, ["cash", "bank"]))
    # winter socials and stock
    for d, desc in ((dt.date(2024, 1, 20), "Burns night supper"), (dt.date(2024, 3, 9), "Quiz night"),
                    (dt.date(2024, 11, 16), "Quiz night"), (dt.date(2025, 2, 22), "Skittles evening")):
        add(d, desc + " - tickets", "social", rng.randint(24, 40) * 8, "cash")
        add(d - dt.timedelta(days=4), desc + " - bar stock", "stock", rng.randint(120, 210) + 0.5, "card")
    add(dt.date(2024, 12, 14), "Christmas dinner - tickets (42)", "social", 840.0, "bank")
    add(dt.date(2024, 12, 16), "Christmas dinner - caterer", "social", 690.0, "bank")
    add(dt.date(2024, 6, 11), "New jacks and mats", "equip", 220.0, "card")
    add(dt.date(2025, 6, 3), "Mower repair - Cotswold Garden Machinery", "equip", 1385.0, "bank")
    add(dt.date(2025, 4, 9), "Rink markers and string", "equip", 86.4, "card")
    add(dt.date(2024, 8, 19), "Refund - subs (moved away)", "refund", 95.0, "bank")
    add(dt.date(2024, 12, 20), "Refund - Christmas dinner ticket", "refund", 20.0, "cash")
    add(dt.date(2025, 5, 6), "Refund - subs paid twice", "refund", 105.0, "bank")
    add(dt.date(2025, 7, 15), "Refund - competition entry", "refund", 8.0, "cash")
    income = {"subs", "green", "bar", "comp", "raffle", "donation", "sponsor"}
    rows = []
    for d, desc, cat, amt, meth, note in ent:
        if cat == "social":
            neg = "caterer" in desc
        else:
            neg = cat not in income
        rows.append([d, desc, cat, amt, neg, meth, note])
    # void duplicates
    for i in rng.sample(range(len(rows)), 5):
        r = list(rows[i])
        r[6] = "VOID"
        rows.append(r)
    rows.sort(key=lambda r: (r[0], r[1]))
    out = []
    voids = iter(["VOID - duplicate", "void (entered twice)", "VOID", "entered twice - void", "Void - dup"])
    for d, desc, cat, amt, neg, meth, note in rows:
        if note == "VOID":
            note = next(voids)
        elif rng.random() < 0.06:
            note = pick(rng, ["checked", "see receipt", "receipt in folder", "paid late"])
        out.append([d.strftime("%d-%b-%y"), desc, pick(rng, CAT[cat]), money(rng, amt, neg),
                    pick(rng, METH[meth]), note])
    write("bowls_club_ledger.csv", ["Date", "Description", "Category", "Amount", "Method", "Notes"], out)


# ----------------------------------------------------------------------------------------------
# 3. baby feeding log (household)

def gen_baby():
    rng = random.Random(35003)
    t = dt.datetime(2024, 4, 1, 2, 10)
    end = dt.datetime(2024, 7, 1, 0, 0)
    missing = {dt.date(2024, 4, 20), dt.date(2024, 5, 6), dt.date(2024, 5, 27), dt.date(2024, 6, 8),
               dt.date(2024, 6, 9), dt.date(2024, 6, 22)}
    cluster = dt.date(2024, 5, 14)
    longest = dt.datetime(2024, 4, 25, 19, 40)
    rows = []
    longest_done = False
    while t < end:
        m = t.month
        night = t.hour >= 22 or t.hour < 6
        if night:
            mean = {4: 200, 5: 260, 6: 330}[m]
        else:
            mean = {4: 150, 5: 172, 6: 195}[m]
        if t.date() == cluster and 15 <= t.hour < 23:
            mean = 55
        # no feed on a boundary (midnight, 6am, 10pm)
        hm = t.hour * 60 + t.minute
        if hm >= 1438 or hm <= 2 or 358 <= hm <= 362 or 1318 <= hm <= 1322:
            t += dt.timedelta(minutes=7)
            continue
        if t.date() not in missing:
            pbottle = {4: 0.10, 5: 0.22, 6: 0.38}[m]
            note = ""
            if rng.random() < pbottle:
                kind = "formula" if rng.random() < 0.6 else "expressed"
                ml = int(round(rng.gauss({4: 90, 5: 120, 6: 150}[m], 15) / 10) * 10)
                ml = max(50, ml)
                feed = pick(rng, ["Formula", "formula", "Bottle (formula)", "FF"]) if kind == "formula" else \
                    pick(rng, ["Expressed", "EBM", "Bottle (expressed)", "expressed milk"])
                who = wpick(rng, [("dad", 60 if night else 45), ("mum", 30), ("gran", 10 if night else 25)])
                mins = str(rng.choice([10, 15, 15, 20, 25])) if rng.random() < 0.4 else ""
                if rng.random() < 0.04:
                    ml_s = pick(rng, ["?", "most of it"])
                else:
                    ml_s = pick(rng, [str(ml), str(ml), f"{ml}ml", f"{ml} ml"])
            else:
                side = wpick(rng, [("L", 43), ("R", 33), ("B", 24)])
                feed = {"L": ["Breast L", "L", "left", "Left", "BL"], "R": ["Breast R", "R", "right", "Right", "BR"],
                        "B": ["Both", "L+R", "both sides"]}[side]
                feed = pick(rng, feed)
                mn = rng.gauss({4: 22, 5: 18, 6: 15}[m], 6) + (10 if side == "B" else 0)
                mn = int(min(48, max(5, round(mn))))
                is_longest = False
                if not longest_done and t >= longest:
                    mn = 58
                    note = "marathon feed"
                    longest_done = is_longest = True
                r = rng.random()
                if r < 0.05 and not is_longest:
                    mins = pick(rng, ["?", "", "forgot"])
                else:
                    mins = pick(rng, [str(mn), str(mn), str(mn), f"{mn} min", f"{mn}m"])
                ml_s = ""
                who = "mum"
            who_s = {"mum": ["Mum", "Mum", "mum", "MUM"], "dad": ["Dad", "Dad", "dad", "DAD"],
                     "gran": ["Gran", "Granny", "Grandma"]}[who]
            nap = ""
            if rng.random() < 0.7:
                nk = wpick(rng, [("w", 55), ("d", 15), ("b", 30)])
                nap = pick(rng, {"w": ["wet", "Wet", "W"], "d": ["dirty", "poo", "Dirty"],
                                 "b": ["both", "wet + dirty", "W+D"]}[nk])
            if not note:
                r = rng.random()
                if r < 0.06:
                    note = pick(rng, ["sick after", "bit sick", "Sick"])
                elif r < 0.10:
                    note = pick(rng, ["fussy", "fell asleep on boob", "hiccups", "windy"])
                if t.date() == cluster and t.hour >= 15 and not note:
                    note = "cluster feeding"
            r = rng.random()
            if r < 0.8:
                ts = t.strftime("%H:%M")
            elif r < 0.9:
                ts = f"{t.hour}:{t.minute:02d}"
            else:
                ts = f"{t.hour:02d}.{t.minute:02d}"
            rows.append([t.strftime("%Y-%m-%d"), ts, feed, mins, ml_s, pick(rng, who_s), nap, note])
        gap = max(40, rng.gauss(mean, mean * 0.18))
        t += dt.timedelta(minutes=int(gap))
    write("baby_feeds.csv", ["Date", "Time", "Feed", "Mins", "Amount (ml)", "Who", "Nappy", "Notes"], rows)


# ----------------------------------------------------------------------------------------------
# 4. car boot sale pitch booking form export

def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


SELL = [
    ("clothes", 30, ["Clothes", "clothes", "Kids clothes", "Clothes & shoes", "clothing", "Ladies clothes", "CLOTHES"]),
    ("household", 21, ["Household", "household items", "Bric-a-brac", "bric a brac", "Bits and bobs", "Kitchen stuff"]),
    ("toys", 12, ["Toys", "toys & games", "Kids toys", "toys"]),
    ("mixed", 13, ["Mixed", "a bit of everything", "House clearance", "Everything!", "mixed"]),
    ("books", 9, ["Books", "books, DVDs", "DVDs and CDs", "books"]),
    ("tools", 8, ["Tools", "tools & DIY", "DIY stuff", "tools"]),
    ("plants", 7, ["Plants", "plants", "Garden plants", "Veg plants"]),
]
POSTS = [("GL5", 34), ("GL6", 18), ("GL10", 15), ("GL11", 14), ("GL2", 10), ("GL4", 5), ("GL1", 4)]


def gen_carboot():
    rng = random.Random(35004)
    sundays = []
    for year, first in ((2024, dt.date(2024, 4, 7)), (2025, dt.date(2025, 4, 6))):
        d = first
        while d.month <= 9:
            sundays.append(d)
            d += dt.timedelta(days=14)
    bh = [dt.date(2024, 5, 26), dt.date(2025, 5, 25)]
    sundays += bh
    sundays.sort()
    rained = {dt.date(2024, 7, 14), dt.date(2025, 4, 20)}
    rows = []
    for s in sundays:
        y = s.year
        n = (26 if y == 2024 else 31) + rng.randint(-5, 5)
        if s in bh:
            n = 58 if y == 2024 else 71
        if s.month == 4 and s.day < 10:
            n += 6  # first sale of the year
        for _ in range(n):
            lead = int(min(45, max(0, rng.expovariate(1 / 11))))
            booked = dt.datetime.combine(s - dt.timedelta(days=lead), dt.time(0)) + \
                dt.timedelta(minutes=rng.randint(7 * 60, 23 * 60))
            if lead == 0:
                booked = dt.datetime.combine(s - dt.timedelta(days=1), dt.time(21, rng.randint(0, 59)))
            veh = wpick(rng, [("car", 68), ("van", 20), ("trailer", 12)])
            veh_s = {2024: {"car": "Car", "van": "Van / minibus", "trailer": "Car + trailer"},
                     2025: {"car": "Car", "van": "Van", "trailer": "Car with trailer"}}[y][veh]
            tables = wpick(rng, [(0, 62), (1, 28), (2, 10)])
            tables_s = ["No thanks", "Yes - 1 table", "Yes - 2 tables"][tables]
            before = wpick(rng, [("yes", 58), ("no", 42 if y == 2024 else 34), ("unsure", 0 if y == 2024 else 8)])
            before_s = {"yes": "Yes", "no": "No - first time", "unsure": "Not sure"}[before]
            trader = rng.random() < (0.14 if y == 2024 else 0.2)
            trader_s = "Trader / dealer" if trader else "Private (clearing out my own stuff)"
            cat = wpick(rng, [(c, w) for c, w, _ in SELL])
            sell_s = pick(rng, [sp for c, _, sps in SELL if c == cat for sp in sps])
            if trader and rng.random() < 0.5:
                sell_s = pick(rng, ["Vintage & collectables", "Tools", "Phone cases", "Plants", "Jewellery"])
            pc = wpick(rng, POSTS)
            pc_s = wpick(rng, [(pc, 60), (pc.lower(), 12), (pc + " " + str(rng.randint(1, 9)) + rng.choice("ABDEFHJLNPQRSTUWXY") + rng.choice("ABDEFHJLNPQRSTUWXY"), 20), (pc + " ", 8)])
            fee = (10.0 if veh == "car" else 15.0) + (5.0 if trader else 0.0) + tables * (3.0 if y == 2024 else 4.0)
            advance = rng.random() < 0.7
            if s in rained:
                turned = pick(rng, ["Rained off", "RAIN - cancelled", "cancelled (weather)"])
                fee_s = pick(rng, ["refunded", "Refunded", "refund"]) if advance else "-"
            elif rng.random() < (0.11 if y == 2024 else 0.07):
                turned = pick(rng, ["No", "no show", "N", "didn't come"])
                fee_s = money(rng, fee) if advance else pick(rng, ["not paid", "-"])
            else:
                turned = pick(rng, ["Yes", "Yes", "Y", "yes"])
                fee_s = money(rng, fee) if rng.random() > 0.025 else ""
            ts = f"{booked.month}/{booked.day}/{booked.year} {booked.hour}:{booked.minute:02d}:{rng.randint(0, 59):02d}"
            sale_s = f"Sunday {ordinal(s.day)} {s:%B %Y}" + (" (Bank Holiday special)" if s in bh else "")
            rows.append([booked, ts, sale_s, veh_s, sell_s, tables_s, before_s, trader_s, pc_s, fee_s, turned])
    rows.sort(key=lambda r: r[0])
    write("car_boot_bookings.csv",
          ["Timestamp",
           "Which Sunday would you like a pitch for? (gates open to sellers at 6.30am)",
           "What are you bringing? (vans and cars with trailers take a double pitch)",
           "What will you mostly be selling?",
           "Do you need to hire a table from us? (limited numbers, first come first served)",
           "Have you had a pitch at our car boot before?",
           "Are you a private seller or a trader? (traders pay £5 extra)",
           "Your postcode (just the first part is fine)",
           "Fee paid £ (organiser use)",
           "Turned up? (organiser use)"],
          [r[1:] for r in rows])


# ----------------------------------------------------------------------------------------------
# 5. a record collector's vinyl log (hobbyist)

ARTISTS = [
    ("Miles Davis", "jazz", 9), ("John Coltrane", "jazz", 5), ("Bill Evans", "jazz", 3), ("Nina Simone", "jazz", 3),
    ("Herbie Hancock", "jazz", 3), ("Art Blakey", "jazz", 2), ("Aretha Franklin", "soul", 3),
    ("Marvin Gaye", "soul", 3), ("Curtis Mayfield", "soul", 2), ("Al Green", "soul", 2), ("Stevie Wonder", "soul", 3),
    ("The Kinks", "rock", 3), ("Fleetwood Mac", "rock", 3), ("Led Zeppelin", "rock", 2), ("David Bowie", "rock", 6),
    ("Pink Floyd", "rock", 2), ("The Smiths", "indie", 3), ("Pulp", "indie", 2), ("Blur", "indie", 2),
    ("Stereolab", "indie", 2), ("Nick Drake", "folk", 3), ("Joni Mitchell", "folk", 3), ("Sandy Denny", "folk", 1),
    ("Kraftwerk", "electronic", 2), ("Aphex Twin", "electronic", 1), ("Bob Marley & The Wailers", "reggae", 2),
]
TITLES = ["Kind of Blue", "Sketches", "Live at the Plugged Nickel", "Blue Train", "Ballads", "Portrait", "Sunday",
          "Greatest Hits", "Live", "Second Album", "Night Session", "Early Years", "Rarities", "Singles",
          "Volume 2", "In Concert", "The Lost Tapes", "Demos", "Reissue", "Anthology", "B-Sides", "Remastered"]
GENRE_S = {"jazz": ["Jazz", "Jazz", "jazz", "JAZZ"], "soul": ["Soul", "Soul/Funk", "Funk", "soul"],
           "rock": ["Rock", "rock", "Classic rock"], "indie": ["Indie", "indie", "Alt/Indie"],
           "folk": ["Folk", "folk"], "electronic": ["Electronic", "Electronica", "electronic"],
           "reggae": ["Reggae", "reggae"]}
SRC = {"discogs": ["Discogs", "Discogs", "discogs", "DISCOGS"], "ebay": ["eBay", "ebay", "Ebay"],
       "charity": ["Charity shop", "charity shop", "Oxfam", "Oxfam Books & Music", "British Heart Foundation", "Sue Ryder"],
       "fair": ["Record fair", "Record Fair", "record fayre", "Record fair (Bristol)"],
       "shop": ["Record shop", "Rise Records", "Rough Trade", "record shop"],
       "boot": ["Car boot", "car boot sale", "Boot sale"],
       "gift": ["Gift", "Present", "birthday present"], "swap": ["Swap", "swap with Dave"]}
COND = [("NM", ["NM", "Near Mint", "M-", "nm"], 30), ("VG+", ["VG+", "VG Plus", "vg+"], 38), ("VG", ["VG", "vg"], 22),
        ("G", ["G+", "Good", "G"], 10)]
FMT = [("LP", ["LP", "LP", "lp", "12\" LP", "Album"], 62), ("2LP", ["2LP", "2 x LP", "Double LP"], 10),
       ("7", ["7\"", "7\"", "7 inch", "7in", "Single"], 17), ("12", ["12\"", "12 inch", "12\" single"], 11)]


def gen_records():
    rng = random.Random(35005)
    art_w = [((a, g), w) for a, g, w in ARTISTS]
    rows = []
    d = dt.date(2023, 1, 3)
    end = dt.date(2025, 10, 31)
    special = (dt.date(2024, 4, 20), "John Coltrane", "A Love Supreme (original Impulse! pressing)", "jazz", "fair",
               "LP", "VG+", 120.0)
    while d <= end:
        rate = {2023: 0.30, 2024: 0.37, 2025: 0.33}[d.year]
        n = 0
        while rng.random() < rate and n < 3:
            n += 1
        if d == dt.date(2024, 4, 20):  # Record Store Day and the record fair
            n = 0
            rows.append(special)
            for _ in range(17):
                a, g = wpick(rng, art_w)
                rows.append((d, a, rng.choice(TITLES), g, wpick(rng, [("fair", 60), ("shop", 40)]),
                             wpick(rng, [(f, w) for f, _, w in FMT]), wpick(rng, [(c, w) for c, _, w in COND]), None))
        for _ in range(n):
            a, g = wpick(rng, art_w)
            src = wpick(rng, [("discogs", 30), ("ebay", 18), ("charity", 18), ("fair", 12), ("shop", 10),
                              ("boot", 6), ("gift", 4), ("swap", 2)])
            rows.append((d, a, rng.choice(TITLES), g, src, wpick(rng, [(f, w) for f, _, w in FMT]),
                         wpick(rng, [(c, w) for c, _, w in COND]), None))
        d += dt.timedelta(days=1)
    out = []
    for d, a, title, g, src, fmt, cond, price in rows:
        if price is None:
            base = {"discogs": 22, "ebay": 17, "charity": 4, "fair": 15, "shop": 27, "boot": 3}.get(src)
            if base is not None:
                if fmt == "7":
                    base *= 0.35
                elif fmt == "2LP":
                    base *= 1.5
                price = max(1.0, round(rng.gauss(base, base * 0.35) * 2) / 2)
                if src in ("discogs", "ebay") and rng.random() < 0.5:
                    price = round(price + rng.choice([-0.01, 0.49, 0.99]), 2)
                price = min(price, 78.0)
        if price is not None and 29.0 <= price <= 31.0:
            price = 32.5
        if src in ("gift", "swap"):
            paid_s = pick(rng, ["gift", "-", ""]) if src == "gift" else "swap"
        elif rng.random() < 0.025:
            paid_s = pick(rng, ["?", "", "can't remember"])
        else:
            paid_s = money(rng, price)
        post_s = ""
        if src in ("discogs", "ebay"):
            post = rng.choice([3.5, 3.99, 4.5, 4.99, 5.5]) if fmt != "7" else rng.choice([1.5, 2.0, 2.5])
            if src == "ebay" and rng.random() < 0.2:
                post_s = pick(rng, ["free", "Free P&P"])
            else:
                post_s = money(rng, post)
        elif rng.random() < 0.3:
            post_s = pick(rng, ["-", "n/a", "collected"])
        sold_on = sold_for = ""
        if src not in ("gift", "swap") and price is not None and (d, a, title) != special[:3] \
                and paid_s not in ("?", "", "can't remember") and d < dt.date(2025, 6, 1) and rng.random() < 0.13:
            sd = d + dt.timedelta(days=rng.randint(30, 420))
            if sd > end:
                sd = end - dt.timedelta(days=rng.randint(1, 20))
            sold_on = sd.strftime("%d-%m-%Y")
            sold_for = money(rng, round(price * rng.uniform(0.8, 2.3)))
        note = ""
        r = rng.random()
        if r < 0.05:
            note = pick(rng, ["sleeve wear", "slight warp - plays fine", "inner sleeve missing"])
        elif r < 0.08:
            note = pick(rng, ["first press?", "signed!", "180g reissue"])
        fstr = pick(rng, [s for f, sps, _ in FMT if f == fmt for s in sps])
        cstr = pick(rng, [s for c, sps, _ in COND if c == cond for s in sps])
        a_s = a
        if a.startswith("The ") and rng.random() < 0.3:
            a_s = a[4:] + ", The" if rng.random() < 0.5 else a[4:]
        elif rng.random() < 0.08:
            a_s = a.upper()
        out.append([d.strftime("%d-%m-%Y"), a_s, title, fstr,
                    pick(rng, GENRE_S[g]), pick(rng, SRC[src]), cstr, paid_s, post_s, sold_on, sold_for, note])
    write("record_collection.csv",
          ["Bought", "Artist", "Title", "Format", "Genre", "Where From", "Condition", "Paid", "Postage",
           "Sold On", "Sold For", "Notes"], out)


if __name__ == "__main__":
    gen_firewood()
    gen_bowls()
    gen_baby()
    gen_carboot()
    gen_records()
