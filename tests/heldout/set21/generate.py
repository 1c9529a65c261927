#!/usr/bin/env python3
"""Writes set 21's datasets into data/. Seeded (one seed per dataset), standard library only,
byte-for-byte reproducible.

    python3 tests/heldout/set21/generate.py
"""

import csv
import datetime as dt
import random
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def write(name, header, rows):
    with open(DATA / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def daterange(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


# ------------------------------------------------------------------------------------------------
# 1. dairy farm: herd register (lookup) + daily milk recordings per cow


def dairy():
    rng = random.Random(21001)
    breeds = ["Holstein Friesian"] * 24 + ["Jersey"] * 10 + ["Brown Swiss"] * 7 + ["Ayrshire"] * 7
    rng.shuffle(breeds)
    names = ["Daisy", "Buttercup", "Clover", "Bluebell", "Primrose", "Rosie", "Bella", "Molly", "Poppy",
             "Maisie", "Tilly", "Hattie", "Lottie", "Nellie", "Peggy", "Dolly", "Ruby", "Meg", "Fern",
             "Holly", "Ivy", "Hazel", "Willow", "Heather", "Lily", "Flora", "Mabel", "Olive", "Pearl",
             "Queenie", "Rita", "Sally", "Tess", "Una", "Violet", "Winnie", "Xena", "Yvette", "Zelda",
             "Agnes", "Beatrix", "Cora", "Dora", "Elsie", "Freda", "Gwen", "Ida", "June"]
    base = {"Holstein Friesian": 31.0, "Jersey": 20.0, "Brown Swiss": 26.0, "Ayrshire": 24.0}
    fat = {"Holstein Friesian": 3.9, "Jersey": 5.3, "Brown Swiss": 4.1, "Ayrshire": 4.0}
    prot = {"Holstein Friesian": 3.2, "Jersey": 3.8, "Brown Swiss": 3.5, "Ayrshire": 3.3}
    herd = []
    rec = []
    start, end = dt.date(2025, 8, 1), dt.date(2025, 11, 30)
    for i, breed in enumerate(breeds):
        tag = f"UK342187{500100 + 7 * i + rng.randint(0, 6)}"
        lact = rng.choice([1, 1, 1, 2, 2, 2, 3, 3, 4, 5])
        born = dt.date(2025 - 1 - lact - (1 if rng.random() < 0.4 else 0), rng.randint(1, 12), rng.randint(1, 28))
        calved = start - dt.timedelta(days=rng.randint(-60, 250))
        group = "Heifers" if lact == 1 else ("High Yielders" if rng.random() < 0.55 else "Low Yielders")
        herd.append([tag, names[i], breed, born.strftime("%d/%m/%Y"), lact, calved.strftime("%d/%m/%Y"), group])
        strength = rng.uniform(0.85, 1.15) * (0.82 if lact == 1 else 1.0) * (1.08 if group == "High Yielders" else 1.0)
        scc_base = rng.choice([60, 80, 100, 120, 150, 250, 400]) * (1.3 if lact >= 4 else 1.0)
        if i == 17:
            scc_base = 950  # one cow with a chronic high cell count
        for d in daterange(start, end):
            dim = (d - calved).days
            if dim < 0 or dim > 305:
                continue  # dry
            curve = 0.75 + 0.5 * (dim / 50) if dim < 50 else max(0.45, 1.25 - (dim - 50) * 0.0028)
            y = base[breed] * strength * curve * rng.uniform(0.9, 1.1)
            am = round(y * rng.uniform(0.52, 0.58), 1)
            pm = round(y - am, 1)
            f = round(fat[breed] + (dim / 305) * 0.4 + rng.uniform(-0.2, 0.2), 2)
            p = round(prot[breed] + (dim / 305) * 0.25 + rng.uniform(-0.12, 0.12), 2)
            scc = int(scc_base * rng.uniform(0.7, 1.4))
            rec.append([d.isoformat(), tag, am, pm, f, p, scc])
    rec.sort(key=lambda r: (r[0], r[1]))
    write("herd.csv", ["Ear Tag", "Name", "Breed", "Date of Birth", "Lactation No", "Calving Date", "Group"], herd)
    write("milk_recordings.csv", ["record_date", "ear_tag", "am_litres", "pm_litres", "fat_pct", "protein_pct",
                                  "scc_000s"], rec)


# ------------------------------------------------------------------------------------------------
# 2. freelance designer's business bank statement (Paid In / Paid Out / Balance)


def bank():
    rng = random.Random(21002)
    rows = []
    clients = [("Harbour & Finch Ltd", 1.0, 2600), ("Northlight Studio", 0.8, 1400), ("Greenway Foods", 0.6, 3100),
               ("Moss Architecture", 0.35, 4200), ("Pip & Parcel", 0.9, 650), ("Tidewater Books", 0.45, 900),
               ("Copperleaf Events", 0.3, 1800)]
    start, end = dt.date(2024, 1, 1), dt.date(2025, 11, 30)
    for d in daterange(start, end):
        # client payments, mostly weekdays
        if d.weekday() < 5:
            for name, freq, size in clients:
                p = freq * 0.045
                if name == "Greenway Foods" and d.year == 2025:
                    p *= 1.8
                if name == "Moss Architecture" and d.year == 2025 and d.month >= 6:
                    p = 0
                if rng.random() < p:
                    amt = round(size * rng.uniform(0.5, 1.6) / 25) * 25 + rng.choice([0, 0, 0, 50, 125])
                    rows.append([d, "FPI", name, "Client payment", amt, None])
        if d.day == 1:
            rows.append([d, "SO", "Brickworks Studios", "Studio rent", None, 650 if d.year == 2024 else 700])
        if d.day == 3:
            rows.append([d, "DD", "Adobe Systems", "Software", None, 56.98 if d.year == 2024 else 62.98])
        if d.day == 9:
            rows.append([d, "DD", "Figma", "Software", None, 12.0 if d.year == 2024 else 15.0])
        if d.day == 14:
            rows.append([d, "DD", "Vodafone", "Phone & internet", None, 38.5])
        if d.day == 21:
            rows.append([d, "DD", "Shutterstock", "Stock images", None, 29.0])
        if d.day == 28:
            rows.append([d, "TFR", "Owner drawings", "Drawings", None, 2200 if d.year == 2024 else 2500])
        if d.day == 18 and d.month in (1, 7):
            rows.append([d, "DD", "HMRC", "Tax", None, round(rng.uniform(3400, 4600), 2)])
        if d.day == 25 and d.month % 3 == 0:
            rows.append([d, "DD", "HMRC VAT", "VAT", None, round(rng.uniform(1500, 2600), 2)])
        if d.weekday() < 6 and rng.random() < 0.07:
            payee, cat, lo, hi = rng.choice([("Pret A Manger", "Meals", 4, 14), ("Costa Coffee", "Meals", 3, 9),
                                             ("Trainline", "Travel", 18, 95), ("Uber", "Travel", 9, 32),
                                             ("Ryman", "Office supplies", 6, 45), ("Amazon", "Office supplies", 8, 120)])
            rows.append([d, "CARD", payee, cat, None, round(rng.uniform(lo, hi), 2)])
        if d.day == 12 and d.month in (3, 10) and d.year == 2024 or d.isoformat() in ("2025-02-20", "2025-09-05"):
            payee, amt = {(2024, 3): ("Apple Store", 2399.0), (2024, 10): ("Wacom", 489.99),
                          (2025, 2): ("Dell", 649.0), (2025, 9): ("Apple Store", 1299.0)}[(d.year, d.month)]
            rows.append([d, "CARD", payee, "Equipment", None, amt])
        if d.day == 30 and d.month in (4, 11):
            rows.append([d, "DD", "Hiscox", "Insurance", None, 187.2 if d.year == 2024 else 204.6])
        if d.weekday() == 4 and d.day <= 7 and d.month in (2, 5, 8, 11):
            # a refund from a supplier now and then
            if rng.random() < 0.5:
                rows.append([d, "CARD", "Amazon", "Refund", round(rng.uniform(10, 60), 2), None])
    bal = 8420.55
    out = []
    for d, typ, payee, cat, pin, pout in rows:
        bal = round(bal + (pin or 0) - (pout or 0), 2)
        out.append([d.strftime("%d %b %Y"), typ, payee, cat,
                    f"{pin:,.2f}" if pin is not None else "", f"{pout:,.2f}" if pout is not None else "",
                    f"{bal:,.2f}"])
    write("bank_statement.csv", ["Date", "Type", "Payee", "Category", "Paid In", "Paid Out", "Balance"], out)


# ------------------------------------------------------------------------------------------------
# 3. music streaming history export


def streaming():
    rng = random.Random(21003)
    artists = ["Fleetwood Mac", "Phoebe Bridgers", "Khruangbin", "Radiohead", "Little Simz", "Bon Iver",
               "Arctic Monkeys", "Fontaines D.C.", "Taylor Swift", "Kendrick Lamar", "Nils Frahm", "Björk",
               "The National", "Mitski", "Four Tet", "Self Esteem", "Wet Leg", "Idles", "Caroline Polachek",
               "Sampha", "Jon Hopkins", "Big Thief", "Burial", "Floating Points", "Beabadoobee", "Loyle Carner",
               "Talking Heads", "Nick Drake", "Joni Mitchell", "Massive Attack", "Portishead", "Bicep",
               "Olivia Dean", "Fred again..", "Sault", "Arlo Parks"]
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(artists))]
    catalogue = {}
    for a in artists:
        n = rng.randint(5, 12)
        album = f"{a.split()[0]} Sessions" if rng.random() < 0.3 else rng.choice(
            ["Rumours", "Punisher", "Mordechai", "In Rainbows", "Sometimes I Might Be Introvert", "22, A Million",
             "AM", "Skinty Fia", "Midnights", "GNX", "Spaces", "Homogenic", "Trouble Will Find Me", "Laurel Hell",
             "There Is Love in You", "Prioritise Pleasure", "Wet Leg", "Tangk", "Desire, I Want to Turn Into You",
             "Lahai", "Immunity", "Dragon New Mountain", "Untrue", "Crush", "This Is How Tomorrow Moves",
             "Hugo", "Remain in Light", "Pink Moon", "Blue", "Mezzanine", "Dummy", "Isles", "Messy",
             "Actual Life 3", "Untitled (Rise)", "My Soft Machine"])
        catalogue[a] = [(rng.choice(["Blue", "Gold", "Night", "River", "Glass", "Paper", "Summer", "Echo", "Static",
                                     "Harbour", "Lantern", "Wild", "Silver", "Slow", "Northern"]) + " " +
                         rng.choice(["Light", "Song", "Hour", "Lines", "Heart", "Room", "Road", "Dream", "Tide",
                                     "Garden", "Signal", "Motion", "Fever", "Weather"]),
                         album, rng.randint(150_000, 330_000)) for k in range(n)]
    devices = ["iPhone", "MacBook", "Sonos Kitchen", "Car"]
    rows = []
    start, end = dt.date(2025, 5, 1), dt.date(2025, 11, 30)
    for d in daterange(start, end):
        wk = d.weekday()
        sessions = []
        if wk < 5:
            sessions.append((8, 0, 14, "Car" if rng.random() < 0.5 else "iPhone"))
            if rng.random() < 0.6:
                sessions.append((12, 30, 6, "iPhone"))
            if rng.random() < 0.7:
                sessions.append((14, 0, 10, "MacBook"))
            sessions.append((19, 0, 9 if wk != 4 else 4, "Sonos Kitchen"))
            if rng.random() < 0.35:
                sessions.append((22, 30, 6, "iPhone"))
        else:
            sessions.append((10, 30, 12, "Sonos Kitchen"))
            if rng.random() < 0.5:
                sessions.append((15, 0, 10, "Car"))
            sessions.append((21, 0, 8 if wk == 5 else 3, "iPhone"))  # early nights on Sundays
        if d.month >= 9 and wk < 5:
            sessions.append((16, 0, 6, "MacBook"))
        for h, m, n, dev in sessions:
            t = dt.datetime(d.year, d.month, d.day, h, m) + dt.timedelta(minutes=rng.randint(0, 40), seconds=rng.randint(0, 59))
            for _ in range(rng.randint(max(1, n - 4), n + 4)):
                a = rng.choices(artists, weights)[0]
                if d.month >= 9 and rng.random() < 0.08:
                    a = "Olivia Dean"  # a new favourite from September
                track, album, length = rng.choice(catalogue[a])
                r = rng.random()
                ms = rng.randint(2_000, 29_000) if r < 0.17 else (rng.randint(30_000, length - 1) if r < 0.27 else length)
                rows.append([t.strftime("%Y-%m-%d %H:%M:%S"), a, track, album, ms, dev])
                t += dt.timedelta(milliseconds=ms + rng.randint(500, 3000))
    write("streaming_history.csv", ["startTime", "artistName", "trackName", "albumName", "msPlayed", "device"], rows)


# ------------------------------------------------------------------------------------------------
# 4. bird club sightings log (messy species spellings, non-numeric counts)


def birds():
    rng = random.Random(21004)
    species = [("Blackbird", 12, 3), ("Robin", 11, 2), ("Wood Pigeon", 9, 8), ("Blue Tit", 10, 4),
               ("Great Tit", 8, 3), ("House Sparrow", 6, 10), ("Starling", 4, 40), ("Goldfinch", 5, 7),
               ("Chaffinch", 5, 4), ("Wren", 6, 2), ("Dunnock", 4, 2), ("Magpie", 7, 3), ("Carrion Crow", 5, 4),
               ("Jackdaw", 4, 12), ("Mallard", 5, 9), ("Mute Swan", 2, 3), ("Grey Heron", 2, 1),
               ("Black-headed Gull", 4, 25), ("Lapwing", 1.5, 30), ("Curlew", 1, 6), ("Buzzard", 2, 1),
               ("Kestrel", 1.2, 1), ("Green Woodpecker", 1, 1), ("Great Spotted Woodpecker", 2, 1),
               ("Long-tailed Tit", 3, 8), ("Nuthatch", 1.5, 1), ("Song Thrush", 1.5, 1), ("Redwing", 1.2, 15),
               ("Fieldfare", 1, 20), ("Kingfisher", 0.6, 1), ("Little Egret", 0.8, 2), ("Coot", 3, 11)]
    sites = {"Millbrook Reservoir": {"Mallard", "Mute Swan", "Grey Heron", "Black-headed Gull", "Coot", "Kingfisher",
                                     "Little Egret", "Lapwing", "Curlew"},
             "Oak Hill Woods": {"Great Spotted Woodpecker", "Nuthatch", "Green Woodpecker", "Long-tailed Tit", "Wren"},
             "Riverside Meadows": {"Lapwing", "Curlew", "Kestrel", "Fieldfare", "Redwing", "Kingfisher", "Grey Heron"},
             "Town Park": {"House Sparrow", "Starling", "Wood Pigeon", "Magpie"},
             "Saltmarsh Point": {"Little Egret", "Curlew", "Lapwing", "Black-headed Gull"},
             "Church Lane Hedgerows": {"Goldfinch", "Chaffinch", "Dunnock", "Song Thrush", "Redwing", "Fieldfare"}}
    winter_only = {"Redwing", "Fieldfare"}
    observers = ["A. Patel", "B. Hughes", "C. O'Neill", "D. Kowalski", "E. Morgan", "F. Chen", "G. Adeyemi"]
    obs_w = [5, 3, 2.5, 2, 1.5, 1.2, 0.8]
    variants = lambda s: [s.lower(), s.upper(), s + " ", " " + s, s.replace(" ", "  ")]
    rows = []
    n = 0
    for d in daterange(dt.date(2025, 1, 1), dt.date(2025, 10, 31)):
        visits = 1 if d.weekday() < 5 else 3
        for _ in range(visits):
            if rng.random() < (0.45 if d.weekday() < 5 else 0.8):
                continue
            site = rng.choice(list(sites))
            obs = rng.choices(observers, obs_w)[0]
            tm = f"{rng.choice([6, 7, 7, 8, 8, 9, 10, 11, 14, 15, 16]):02d}:{rng.choice([0, 10, 15, 20, 30, 40, 45, 50]):02d}"
            for sp, w, c in species:
                if sp in winter_only and 4 <= d.month <= 9:
                    continue
                p = w / 14
                if sp in sites[site]:
                    p = min(0.9, p * 2.5)
                elif any(sp in v for v in sites.values()):
                    p *= 0.15
                if rng.random() < p:
                    n += 1
                    cnt = max(1, int(rng.expovariate(1 / c)) + 1)
                    rc = rng.random()
                    count = str(cnt) if rc > 0.05 else rng.choice(["several", "?", "", "lots", "heard only"])
                    name = sp
                    if rng.random() < 0.12:
                        name = rng.choice(variants(sp))
                    rows.append([f"BC{n:05d}", d.strftime("%d/%m/%Y"), tm, site, obs, name, count,
                                 "Y" if rng.random() < 0.08 else "N"])
    write("bird_sightings.csv", ["Record ID", "Date", "Time", "Site", "Observer", "Species", "Count", "Breeding Evidence"],
          rows)


# ------------------------------------------------------------------------------------------------
# 5. used car dealer: stock bought and sold


def cars():
    rng = random.Random(21005)
    models = [("Ford", "Fiesta", 7500, "Petrol"), ("Ford", "Focus", 9800, "Petrol"), ("Ford", "Kuga", 14500, "Diesel"),
              ("Vauxhall", "Corsa", 6900, "Petrol"), ("Vauxhall", "Astra", 8400, "Diesel"),
              ("Volkswagen", "Golf", 12800, "Petrol"), ("Volkswagen", "Polo", 9200, "Petrol"),
              ("Toyota", "Yaris", 10400, "Hybrid"), ("Toyota", "Corolla", 14200, "Hybrid"),
              ("Toyota", "RAV4", 21500, "Hybrid"), ("BMW", "3 Series", 17800, "Diesel"), ("BMW", "1 Series", 13900, "Petrol"),
              ("Audi", "A3", 14900, "Petrol"), ("Nissan", "Qashqai", 12500, "Petrol"), ("Nissan", "Leaf", 11200, "Electric"),
              ("Kia", "Sportage", 15900, "Diesel"), ("Kia", "Niro", 16800, "Electric"), ("Tesla", "Model 3", 24500, "Electric")]
    mw = [9, 10, 5, 8, 6, 8, 6, 6, 5, 3, 4, 4, 4, 6, 3, 4, 3, 3]
    staff = ["Gary", "Priya", "Tom", "Leanne"]
    rows = []
    for i in range(720):
        bought = dt.date(2024, 1, 2) + dt.timedelta(days=rng.randint(0, 690))
        make, model, base, fuel = rng.choices(models, mw)[0]
        year = rng.randint(2014, 2022)
        age = 2025 - year
        miles = int(age * rng.uniform(5500, 12500) + rng.randint(0, 4000))
        price = base * (0.93 ** age) * (1 - miles / 400000) * rng.uniform(0.85, 1.1)
        cost = round(price / 50) * 50
        margin = rng.uniform(0.08, 0.2) + (0.05 if make in ("BMW", "Audi") else 0)
        days = int(rng.expovariate(1 / (28 if fuel != "Electric" else 52))) + 3
        if miles > 100000:
            days += 15
        sold = bought + dt.timedelta(days=days)
        seller = rng.choices(staff, [4, 3, 2.2, 1.4])[0]
        finance = "Yes" if rng.random() < (0.45 if cost > 10000 else 0.25) else "No"
        sale = round(cost * (1 + margin) / 5) * 5 - 5
        if sold > dt.date(2025, 11, 30):
            sold_s, sale_s, seller, finance = "", "", "", ""
        else:
            sold_s, sale_s = sold.isoformat(), f"{sale}"
        rows.append([f"SK{2400 + i}", make, model, year, miles, fuel, bought.isoformat(), f"{cost}", sold_s, sale_s,
                     seller, finance])
    rows.sort(key=lambda r: (r[6], r[0]))
    write("car_stock.csv", ["StockNo", "Make", "Model", "RegYear", "Mileage", "FuelType", "PurchaseDate", "PurchasePrice",
                            "SaleDate", "SalePrice", "SoldBy", "OnFinance"], rows)


if __name__ == "__main__":
    DATA.mkdir(exist_ok=True)
    dairy()
    bank()
    streaming()
    birds()
    cars()
