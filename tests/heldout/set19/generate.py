#!/usr/bin/env python3
"""Writes set 19's datasets into data/. Seeded (19001-19005, one per dataset), standard library only,
byte-for-byte reproducible.

    python3 tests/heldout/set19/generate.py
"""

import csv
import datetime as dt
import random
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def write(name, header, rows):
    DATA.mkdir(exist_ok=True)
    with open(DATA / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def days(start, end):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


# ---------------------------------------------------------------------------------------------
# 1. translation agency: jobs + clients lookup


def translation():
    r = random.Random(19001)
    countries = ["Germany", "France", "Spain", "Netherlands", "United Kingdom", "Italy"]
    named = [("Kessler & Roth", "Legal"), ("Brightline Media", "Marketing"), ("Novamed GmbH", "Medical"),
             ("Atelier Lune", "Marketing"), ("Orbis Software", "Tech"), ("Casa Verde Editorial", "Publishing"),
             ("Van Dijk Advocaten", "Legal"), ("Hartmann Pharma", "Medical"), ("Pixelforge", "Tech"),
             ("Ministerio Abierto", "Government"), ("Delta Clinics", "Medical"), ("Rosso Marketing", "Marketing"),
             ("Blauwe Vogel Uitgevers", "Publishing"), ("Lexicon Legal LLP", "Legal"), ("Cloudnine Labs", "Tech"),
             ("Maison Ferrand", "Marketing"), ("Nordwind Verlag", "Publishing"), ("Studio Paloma", "Marketing"),
             ("Helix Diagnostics", "Medical"), ("Stadt Freiburg", "Government"), ("Greenleaf Publishing", "Publishing"),
             ("Arcadia Tech", "Tech"), ("Bureau Marchand", "Legal"), ("Sanitas Iberia", "Medical"),
             ("Kite & Co", "Marketing"), ("Mercator Logistics", "Tech"), ("Fiore Design", "Marketing"),
             ("Juristenbuero Weiss", "Legal"), ("Oakfield Council", "Government"), ("Lumen Health", "Medical")]
    clients = []
    for i, (nm, sector) in enumerate(named):
        code = f"C{101 + i}"
        country = r.choice(countries)
        terms = r.choice([30, 30, 45, 60])
        since = dt.date(2019, 1, 1) + dt.timedelta(days=r.randrange(0, 2000))
        weight = r.choice([1, 1, 2, 3, 5, 8])
        clients.append((code, nm, sector, country, terms, since, weight))
    write("translation_clients.csv", ["Client Code", "Client Name", "Sector", "Country", "Payment Terms (days)",
                                      "Client Since"],
          [(c[0], c[1], c[2], c[3], c[4], c[5].strftime("%d/%m/%Y")) for c in clients])

    pairs = ["EN>DE", "DE>EN", "FR>EN", "EN>FR", "ES>EN", "EN>ES", "IT>EN", "NL>EN"]
    pair_w = [9, 7, 5, 4, 5, 3, 2, 2]
    services = ["Translation", "Proofreading", "Certified translation"]
    rows = []
    n = 0
    start, end = dt.date(2025, 1, 2), dt.date(2025, 11, 28)
    for d in days(start, end):
        if d.weekday() >= 5:
            if r.random() < 0.85:
                continue
        k = r.choice([1, 2, 3, 3, 4, 4, 5]) if d.weekday() < 5 else 1
        if d.weekday() == 0:
            k += 2
        if d.month in (7, 8, 9):
            k += 1
        for _ in range(k):
            n += 1
            c = r.choices(clients, weights=[x[6] for x in clients])[0]
            service = r.choices(services, weights=[7, 2, 1])[0]
            if service == "Certified translation":
                words = r.randint(300, 2500)
                rate = r.choice([0.16, 0.18, 0.20])
            elif service == "Proofreading":
                words = r.randint(1000, 12000)
                rate = r.choice([0.03, 0.04, 0.05])
            else:
                words = int(r.lognormvariate(7.6, 0.8)) + 200
                rate = r.choice([0.09, 0.10, 0.11, 0.12, 0.13, 0.14])
                if c[2] in ("Legal", "Medical"):
                    rate += 0.02
            rate = round(rate, 2)
            pair = r.choices(pairs, weights=pair_w)[0]
            turnaround = max(1, words // 2000 + r.randint(1, 6))
            due = d + dt.timedelta(days=turnaround)
            fee = round(words * rate, 2)
            u = r.random()
            if u < 0.06:
                status, delivered, fee_s = r.choice(["Cancelled", "cancelled", "CANCELLED"]), "", ""
            else:
                slip = r.choices([-2, -1, 0, 0, 0, 1, 2, 4], weights=[3, 4, 6, 6, 6, 2, 1, 1])[0]
                dd = due + dt.timedelta(days=slip)
                if dd <= d:
                    dd = d + dt.timedelta(days=1)
                if dd > dt.date(2025, 11, 28):
                    status, delivered = "In progress", ""
                else:
                    status, delivered = r.choice(["Delivered"] * 8 + ["delivered", "Delivered "]), dd.isoformat()
                fee_s = f"{fee:.2f}"
            code = c[0] if r.random() > 0.07 else c[0].lower()
            rows.append((f"J25-{n:04d}", code, d.isoformat(), due.isoformat(), delivered, pair, service, words,
                         f"{rate:.2f}", fee_s, status))
    write("translation_jobs.csv", ["job_no", "client_code", "received", "due", "delivered", "lang_pair", "service",
                                   "word_count", "rate_per_word", "fee_eur", "status"], rows)


# ---------------------------------------------------------------------------------------------
# 2. brokerage account activity (signed amounts)


def brokerage():
    r = random.Random(19002)
    px = {"AAPL": 185.0, "MSFT": 370.0, "VTI": 235.0, "VXUS": 57.0, "JNJ": 158.0, "KO": 59.0, "O": 55.0,
          "SCHD": 76.0, "NVDA": 48.0, "BND": 72.0}
    divq = {"AAPL": 0.25, "MSFT": 0.75, "VTI": 0.90, "VXUS": 0.40, "JNJ": 1.24, "KO": 0.48, "SCHD": 0.66,
            "NVDA": 0.01, "BND": 0.0}  # quarterly per share; O pays monthly 0.26, BND monthly 0.21
    held = {s: 0 for s in px}
    rows = []
    cash = 0.0
    start, end = dt.date(2024, 1, 2), dt.date(2025, 11, 28)
    drift = {s: r.uniform(-0.0002, 0.0012) for s in px}
    drift["NVDA"] = 0.0025
    for d in days(start, end):
        for s in px:
            px[s] *= 1 + drift[s] + r.gauss(0, 0.012)
        if d.weekday() >= 5:
            continue
        day_rows = []
        if d.day <= 3 and not any(x[1] == "Deposit" and x[0].month == d.month and x[0].year == d.year for x in rows[-40:]):
            amt = r.choice([1000, 1500, 2000, 2000, 2500, 3000]) + (500 if d.year == 2025 else 0)
            day_rows.append((d, "Deposit", "", "", "", "", amt))
        if r.random() < 0.02 and cash > 700:
            amt = -float(r.choice([x for x in (200, 300, 500, 600) if x < cash]))
            day_rows.append((d, "Withdrawal", "", "", "", "", amt))
        if r.random() < 0.26 and cash > 400:
            s = r.choices(list(px), weights=[3, 3, 6, 3, 2, 2, 3, 4, 3, 2])[0]
            p = round(px[s], 2)
            q = max(1, int(min(cash - 50, r.uniform(300, 2500)) // p))
            comm = r.choice([0.0, 0.0, 0.0, 4.95])
            if q * p + comm < cash:
                held[s] += q
                day_rows.append((d, "Buy", s, q, p, comm, -round(q * p + comm, 2)))
        if r.random() < 0.03:
            cands = [s for s in held if held[s] >= 4]
            if cands:
                s = r.choice(cands)
                q = r.randint(1, held[s] // 2)
                p = round(px[s], 2)
                comm = r.choice([0.0, 0.0, 4.95])
                held[s] -= q
                day_rows.append((d, "Sell", s, q, p, comm, round(q * p - comm, 2)))
        nxt = d + dt.timedelta(days=1)
        while nxt.weekday() >= 5:
            nxt += dt.timedelta(days=1)
        last_bd = nxt.month != d.month
        if last_bd:
            for s, rate in (("O", 0.26), ("BND", 0.21)):
                if held[s]:
                    day_rows.append((d, "Dividend", s, "", "", "", round(held[s] * rate, 2)))
            if d.month in (3, 6, 9, 12):
                for s, rate in divq.items():
                    if rate and held[s]:
                        day_rows.append((d, "Dividend", s, "", "", "", round(held[s] * rate, 2)))
            if cash > 0:
                day_rows.append((d, "Interest", "", "", "", "", round(cash * 0.0035, 2)))
            if d.month in (6, 12):
                day_rows.append((d, "Fee", "", "", "", "", -25.0))
        for row in day_rows:
            cash += row[6]
            rows.append(row)
    out = []
    for (d, action, sym, q, p, comm, amt) in rows:
        a = action
        if r.random() < 0.08:
            a = action.upper()
        desc = {"Deposit": "ACH DEPOSIT", "Withdrawal": "ACH WITHDRAWAL", "Buy": f"BOUGHT {sym}",
                "Sell": f"SOLD {sym}", "Dividend": f"QUALIFIED DIVIDEND {sym}", "Interest": "CREDIT INTEREST",
                "Fee": "ACCOUNT MAINTENANCE FEE"}[action]
        ps = f"${p:,.2f}" if p != "" else ""
        cs = (f"${comm:.2f}" if comm else "") if comm != "" else ""
        amt_s = f"-${-amt:,.2f}" if amt < 0 else f"${amt:,.2f}"
        out.append((d.strftime("%m/%d/%Y"), a, sym, desc, q, ps, cs, amt_s))
    write("brokerage_activity.csv", ["Trade Date", "Action", "Symbol", "Description", "Quantity", "Price",
                                     "Commission", "Amount"], out)


# ---------------------------------------------------------------------------------------------
# 3. vending machines: one row per vend, timestamps


def vending():
    r = random.Random(19003)
    machines = [("VM-01", "Library", 1.0), ("VM-02", "Library", 0.6), ("VM-03", "Gym", 1.1),
                ("VM-04", "Train Station", 1.9), ("VM-05", "Train Station", 1.3), ("VM-06", "Hospital Lobby", 1.5),
                ("VM-07", "Office Tower", 1.2), ("VM-08", "Office Tower", 0.8)]
    items = [("Cola 500ml", "Drink", 2.20), ("Diet Cola 500ml", "Drink", 2.20), ("Still Water", "Drink", 1.50),
             ("Sparkling Water", "Drink", 1.70), ("Iced Coffee", "Drink", 3.20), ("Energy Drink", "Drink", 3.50),
             ("Protein Shake", "Drink", 3.90), ("Crisps Salted", "Snack", 1.30), ("Crisps Cheese", "Snack", 1.30),
             ("Trail Mix", "Snack", 2.40), ("Protein Bar", "Snack", 2.60), ("Pretzels", "Snack", 1.60),
             ("Chocolate Bar", "Confectionery", 1.40), ("Gummy Bears", "Confectionery", 1.50),
             ("Mints", "Confectionery", 1.00), ("Cookies", "Confectionery", 1.80)]
    site_hours = {
        "Library": [0] * 8 + [2, 3, 4, 5, 6, 4, 6, 7, 6, 4, 3, 2, 1, 0, 0, 0],
        "Gym": [0] * 6 + [4, 6, 5, 3, 2, 2, 3, 2, 2, 3, 5, 8, 9, 7, 4, 1, 0, 0],
        "Train Station": [0] * 5 + [1, 3, 9, 10, 6, 3, 3, 4, 3, 3, 4, 6, 10, 9, 5, 3, 2, 1, 0],
        "Hospital Lobby": [1, 1, 0, 0, 0, 0, 1, 2, 4, 5, 5, 5, 6, 5, 5, 5, 4, 4, 3, 3, 2, 2, 1, 1],
        "Office Tower": [0] * 7 + [2, 5, 6, 5, 4, 5, 7, 5, 4, 3, 1, 0, 0, 0, 0, 0, 0],
    }
    item_bias = {"Gym": {"Protein Shake": 5, "Protein Bar": 4, "Still Water": 3, "Energy Drink": 2},
                 "Office Tower": {"Iced Coffee": 4, "Chocolate Bar": 2},
                 "Hospital Lobby": {"Still Water": 2, "Chocolate Bar": 2, "Cookies": 2},
                 "Train Station": {"Cola 500ml": 2, "Crisps Salted": 2, "Energy Drink": 2},
                 "Library": {"Mints": 2, "Sparkling Water": 2}}
    pays = ["Card", "Card", "Card", "Mobile", "Mobile", "Cash"]
    rows = []
    tid = 500000
    for d in days(dt.date(2025, 9, 1), dt.date(2025, 11, 30)):
        wk = d.weekday()
        for mid, site, scale in machines:
            if site in ("Office Tower", "Library") and wk >= 5:
                f = 0.15 if site == "Office Tower" else 0.5
            elif site == "Gym" and wk >= 5:
                f = 0.8
            elif site == "Train Station" and wk >= 5:
                f = 0.55
            else:
                f = 1.0
            month_f = {9: 1.0, 10: 1.08, 11: 1.12}[d.month]
            if site == "Gym":
                month_f = {9: 1.0, 10: 1.25, 11: 1.45}[d.month]
            mean = 7 * scale * f * month_f
            k = max(0, int(r.gauss(mean, mean ** 0.5)))
            hw = site_hours[site]
            bias = item_bias[site]
            for _ in range(k):
                h = r.choices(range(24), weights=hw)[0]
                ts = dt.datetime(d.year, d.month, d.day, h, r.randrange(60), r.randrange(60))
                it = r.choices(items, weights=[bias.get(x[0], 1) for x in items])[0]
                price = it[2] + (0.20 if site == "Train Station" else 0.0)
                if d >= dt.date(2025, 11, 1) and it[1] == "Drink":
                    price += 0.10
                pay = r.choice(pays)
                if site == "Hospital Lobby" and r.random() < 0.2:
                    pay = "Cash"
                pay_s = r.choice([pay, pay, pay, pay.lower(), pay.upper()])
                st = "OK" if r.random() > 0.035 else r.choice(["FAILED", "failed", "Failed - refunded"])
                tid += r.randint(1, 3)
                rows.append((ts, tid, mid, site, it[0], it[1], price, pay_s, st))
    rows.sort()
    out = []
    for ts, tid, mid, site, name, cat, price, pay, st in rows:
        site_s = site if r.random() > 0.05 else site.upper()
        out.append((ts.strftime("%Y-%m-%d %H:%M:%S"), tid, mid, site_s, name, cat, f"{price:.2f}", pay, st))
    write("vending_sales.csv", ["txn_ts", "txn_id", "mach_id", "site", "item", "cat", "price_usd", "pay_method",
                                "vend_status"], out)


# ---------------------------------------------------------------------------------------------
# 4. animal shelter intakes and outcomes (messy spellings, missing values)


def shelter():
    r = random.Random(19004)
    dog_breeds = ["Labrador Retriever", "Staffordshire Bull Terrier", "Jack Russell Terrier", "Border Collie",
                  "Greyhound", "Crossbreed", "German Shepherd", "Cocker Spaniel", "Chihuahua"]
    dog_bw = [4, 9, 5, 4, 3, 6, 3, 3, 2]
    cat_breeds = ["Domestic Shorthair", "Domestic Longhair", "Siamese", "Maine Coon", "Bengal", "British Shorthair"]
    cat_bw = [12, 4, 1, 1, 1, 2]
    rab_breeds = ["Lop", "Netherland Dwarf", "Lionhead", "Rex"]
    names = ["Bella", "Max", "Luna", "Charlie", "Milo", "Daisy", "Rocky", "Coco", "Bailey", "Molly", "Teddy",
             "Nala", "Oscar", "Poppy", "Buster", "Willow", "Jasper", "Pepper", "Ziggy", "Maple", "Biscuit", "Olive",
             "Smudge", "Tiger", "Shadow", "Ruby", "Bear", "Honey", "Thumper", "Clover"]
    sp_spell = {"Dog": ["Dog"] * 8 + ["dog", "DOG", "Dog ", " dog"], "Cat": ["Cat"] * 8 + ["cat", "CAT", "Cat ", "cat "],
                "Rabbit": ["Rabbit"] * 6 + ["rabbit", "RABBIT", "Rabbit "]}
    in_spell = {"Stray": ["Stray"] * 6 + ["stray", "STRAY", "Stray "],
                "Owner Surrender": ["Owner Surrender"] * 5 + ["owner surrender", "Owner  Surrender", "OWNER SURRENDER",
                                                             "Owner surrender"],
                "Transfer In": ["Transfer In"] * 5 + ["transfer in", "Transfer in"]}
    out_spell = {"Adopted": ["Adopted"] * 7 + ["adopted", "ADOPTED", "Adopted "],
                 "Returned to Owner": ["Returned to Owner"] * 4 + ["returned to owner", "Returned to owner"],
                 "Transfer Out": ["Transfer Out"] * 4 + ["transfer out", "Transfer out"],
                 "Died": ["Died", "died"], "Euthanised": ["Euthanised", "euthanised"]}
    rows = []
    n = 0
    for d in days(dt.date(2024, 7, 1), dt.date(2025, 10, 31)):
        lam = 1.3 + (0.9 if d.month in (5, 6, 7) else 0.0) + (0.4 if d.month == 8 else 0.0)
        k = 0
        while r.random() < lam / (lam + 1):
            k += 1
        for _ in range(k):
            n += 1
            sp = r.choices(["Dog", "Cat", "Rabbit"], weights=[45, 42, 13])[0]
            if sp == "Dog":
                breed = r.choices(dog_breeds, weights=dog_bw)[0]
                age = r.choice([3, 4, 6, 8, 12, 18, 24, 30, 36, 48, 60, 72, 96, 120])
                w = {"Chihuahua": 2.5, "Jack Russell Terrier": 7, "Cocker Spaniel": 13, "Border Collie": 18,
                     "Staffordshire Bull Terrier": 17, "Labrador Retriever": 30, "German Shepherd": 33,
                     "Greyhound": 29, "Crossbreed": 16}[breed]
                weight = round(w * min(1.0, 0.35 + age / 18) * r.uniform(0.85, 1.15), 1)
                fee = 175 if age >= 12 else 250
                stay = int(r.lognormvariate(3.2, 0.6)) + 3
            elif sp == "Cat":
                breed = r.choices(cat_breeds, weights=cat_bw)[0]
                age = r.choice([2, 3, 4, 6, 10, 12, 18, 24, 36, 48, 60, 84, 120])
                weight = round(4.2 * min(1.0, 0.3 + age / 14) * r.uniform(0.8, 1.2), 1)
                fee = 95 if age >= 12 else 120
                stay = int(r.lognormvariate(3.45, 0.6)) + 3
            else:
                breed = r.choice(rab_breeds)
                age = r.choice([3, 6, 9, 12, 18, 24, 36])
                weight = round(r.uniform(1.2, 3.5), 1)
                fee = 60
                stay = int(r.lognormvariate(3.7, 0.5)) + 3
            it = r.choices(["Stray", "Owner Surrender", "Transfer In"], weights=[45, 40, 15])[0]
            if it == "Stray" and sp != "Rabbit" and r.random() < 0.22:
                outcome = "Returned to Owner"
                stay = r.randint(0, 8)
            else:
                outcome = r.choices(["Adopted", "Transfer Out", "Died", "Euthanised"], weights=[84, 9, 3, 2])[0]
            od = d + dt.timedelta(days=stay)
            if od > dt.date(2025, 10, 31):
                outcome, od = "", None
            fee_s = ""
            if outcome == "Adopted":
                u = r.random()
                if u < 0.08:
                    fee_s = r.choice(["waived", "Waived", "0"])
                else:
                    fee_s = r.choice([f"£{fee}", f"{fee}", f"{fee}.00", f"£{fee}.00"])
            u = r.random()
            weight_s = f"{weight}" if u > 0.07 else r.choice(["unknown", "", "?", "not weighed"])
            age_s = str(age) if r.random() > 0.03 else r.choice(["unknown", ""])
            sex = r.choice(["M", "F", "Male", "Female", "m", "f"])
            rows.append((f"A{24000 + n}", r.choice(names), r.choice(sp_spell[sp]), breed, sex, age_s, weight_s,
                         d.strftime("%d/%m/%Y"), r.choice(in_spell[it]), od.strftime("%d/%m/%Y") if od else "",
                         r.choice(out_spell[outcome]) if outcome else "", fee_s))
    write("shelter_animals.csv", ["Animal ID", "Name", "Species", "Breed", "Sex", "Age (months)", "Weight (kg)",
                                  "Intake Date", "Intake Type", "Outcome Date", "Outcome Type", "Adoption Fee"], rows)


# ---------------------------------------------------------------------------------------------
# 5. estate agency listings


def property_listings():
    r = random.Random(19005)
    suburbs = {"Northcote": 1.15, "Brunswick": 1.05, "Preston": 0.85, "Thornbury": 1.0, "Coburg": 0.92,
               "Fitzroy North": 1.45, "Reservoir": 0.72, "Clifton Hill": 1.35}
    agents = ["Sarah Nguyen", "Tom Baxter", "Priya Raman", "Luke O'Connor", "Mei Chen", "Daniel Costa"]
    agent_w = [5, 4, 4, 3, 2, 3]
    rows = []
    n = 0
    for d in days(dt.date(2024, 1, 8), dt.date(2025, 11, 20)):
        if d.weekday() >= 5:
            continue
        k = 1 if r.random() < 0.55 else 0
        if d.weekday() == 2 and r.random() < 0.5:
            k += 1
        for _ in range(k):
            n += 1
            sub = r.choice(list(suburbs))
            ptype = r.choices(["House", "Unit", "Townhouse"], weights=[5, 3, 2])[0]
            if ptype == "House":
                beds = r.choice([2, 3, 3, 3, 4, 4, 5])
                land = r.choice(range(280, 760, 10))
                base = 520000 + beds * 150000 + land * 900
                baths = r.choice([1, 1, 2, 2, 3]) if beds >= 3 else 1
            elif ptype == "Unit":
                beds = r.choice([1, 1, 2, 2, 2, 3])
                land = None
                base = 250000 + beds * 160000
                baths = 1 if beds < 3 else 2
            else:
                beds = r.choice([2, 3, 3, 4])
                land = r.choice(range(120, 260, 10))
                base = 420000 + beds * 140000 + land * 700
                baths = r.choice([1, 2, 2, 3])
            growth = 1 + 0.045 * ((d - dt.date(2024, 1, 1)).days / 365)
            lp = round(base * suburbs[sub] * growth * r.uniform(0.88, 1.12), -4)
            dom = int(r.lognormvariate(3.4, 0.5)) + 7
            sd = d + dt.timedelta(days=dom)
            u = r.random()
            if u < 0.09:
                status, sp, sd_s = r.choice(["Withdrawn", "withdrawn", "WITHDRAWN"]), "", ""
            elif sd > dt.date(2025, 11, 28):
                status, sp, sd_s = r.choice(["Active", "active", "For Sale"]), "", ""
                status = "Active" if status == "For Sale" else status
            else:
                status = r.choice(["Sold"] * 9 + ["sold", "SOLD"])
                sp = round(lp * r.gauss(1.01, 0.045), -3)
                sd_s = sd.isoformat()
            agent = r.choices(agents, weights=agent_w)[0]
            lp_s = r.choice([f"${lp:,.0f}", f"{lp:.0f}", f"${lp:,.0f}"])
            sp_s = "" if sp == "" else r.choice([f"${sp:,.0f}", f"{sp:.0f}", f"${sp:,.0f}"])
            land_s = "" if land is None else str(land)
            sub_s = sub if r.random() > 0.06 else r.choice([sub.upper(), sub.lower(), sub + " "])
            ptype_s = ptype if r.random() > 0.05 else ptype.lower()
            rows.append((f"L{3100 + n}", sub_s, ptype_s, beds, baths, land_s, lp_s, sp_s, d.isoformat(), sd_s,
                         agent, status))
    write("property_listings.csv", ["ListingID", "Suburb", "PropertyType", "Bedrooms", "Bathrooms", "LandSizeSqm",
                                    "ListPrice", "SoldPrice", "ListedDate", "SoldDate", "Agent", "Status"], rows)


if __name__ == "__main__":
    translation()
    brokerage()
    vending()
    shelter()
    property_listings()
