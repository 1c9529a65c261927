#!/usr/bin/env python3
"""Held-out set 11: write the datasets under data/ (deterministic, standard library only).

    python3 tests/heldout/set11/generate.py

Running it again reproduces every CSV byte for byte (each dataset has its own seeded random.Random;
nothing iterates a set or a dict whose order could change; money is kept in integer cents and formatted
by hand).

Datasets (see README.md for the mess in each):
    keg_deliveries.csv + customers.csv   a small brewery's keg deliveries, one row per beer on a delivery
                                         (day-first dd/mm/yyyy, pounds, customer ids that lose their
                                         leading zeros, keg sizes "50L" / "50 l", cancelled and failed
                                         drops) + the customers lookup joined on customer_id (venue,
                                         town, venue type, sales rep)
    berth_bookings.csv                   a marina's visitor berth bookings (ISO 'T' arrival/departure,
                                         euros with decimal commas "€ 1.234,50", boat lengths "11,5",
                                         cancelled bookings and no-shows)
    grooming_appointments.csv            a dog-grooming salon's appointments (US M/D/YYYY dates, 12-hour
                                         times, dollars, tips with words, client ids with leading zeros,
                                         no-shows and cancellations)
    allotment_ledger.csv                 an allotment society's ledger (dd-Mon-yyyy dates; signed pounds:
                                         refunds and work-party credits negative; plot numbers "007"
                                         that lose their zeros)
    charging_daily.csv                   a town's EV charging hubs, pre-aggregated: one row per hub per
                                         day (ISO dates, offline days, kWh "n/a" when the meter is down,
                                         a hub that opened in March)
    taxi_jobs.csv                        a taxi firm's dispatch log (ISO "YYYY-MM-DD HH:MM" booked and
                                         picked-up times, cancelled jobs and no-shows, miles with words,
                                         driver call signs "07" / "7")
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
    """value, or with probability p a hand-typed variant of it (case, stray spaces, a trailing period)."""
    if not value or rng.random() >= p:
        return value
    kind = rng.choice(["lower", "upper", "trail", "lead", "double", "period"])
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
    return value + "."


def money(cents, rng, sym, p_plain=0.3):
    """Signed money with a point decimal: £1,234.50 / £12.50 / 12.50 / -£12.50 / £12 (whole)."""
    neg = cents < 0
    c = abs(cents)
    whole, frac = divmod(c, 100)
    r = rng.random()
    if r < p_plain:
        body = f"{whole}.{frac:02d}"
    elif r < p_plain + 0.1 and frac == 0:
        body = f"{sym}{whole}"
    else:
        body = f"{sym}{whole:,}.{frac:02d}"
    return ("-" if neg else "") + body


def euros(cents, rng):
    """Euros with a decimal comma and dot thousands: '€ 1.234,50' / '245,00 €' / '245,00' / '€245,00'."""
    whole, frac = divmod(cents, 100)
    w = f"{whole:,}".replace(",", ".")
    r = rng.random()
    if r < 0.35:
        return f"{w},{frac:02d}"
    if r < 0.6:
        return f"€ {w},{frac:02d}"
    if r < 0.85:
        return f"{w},{frac:02d} €"
    return f"€{w},{frac:02d}"


def poisson(rng, lam):
    if lam > 40:
        return max(0, int(round(rng.gauss(lam, lam ** 0.5))))
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p < L:
            return k
        k += 1


def days(start, end):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


def wpick(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ----------------------------------------------------------------------------------------------
# brewery: customers lookup + keg deliveries

TOWNS = ["Kendal", "Windermere", "Ambleside", "Keswick", "Penrith", "Ulverston"]
TYPES = ["Pub", "Restaurant", "Hotel", "Bar", "Club"]
REPS = ["Sam Patel", "Jo Whitaker", "Rhys Morgan"]
VENUES = [  # name, town, type, rep, order weight
    ("The Fell Inn", "Kendal", "Pub", "Sam Patel", 9), ("Castle Street Tap", "Kendal", "Bar", "Sam Patel", 6),
    ("Riverside Kitchen", "Kendal", "Restaurant", "Sam Patel", 3), ("Kendal Rugby Club", "Kendal", "Club", "Sam Patel", 4),
    ("The Shakespeare", "Kendal", "Pub", "Jo Whitaker", 5), ("Wheatsheaf Kendal", "Kendal", "Pub", "Sam Patel", 4),
    ("Lakeview Hotel", "Windermere", "Hotel", "Jo Whitaker", 7), ("The Angler's Rest", "Windermere", "Pub", "Jo Whitaker", 8),
    ("Bowness Bay Bar", "Windermere", "Bar", "Jo Whitaker", 6), ("Storrs Hall Hotel", "Windermere", "Hotel", "Jo Whitaker", 4),
    ("The Pier House", "Windermere", "Restaurant", "Jo Whitaker", 3), ("Old England Bistro", "Windermere", "Restaurant", "Rhys Morgan", 2),
    ("The Golden Rule", "Ambleside", "Pub", "Jo Whitaker", 7), ("Zeffirelli's", "Ambleside", "Restaurant", "Jo Whitaker", 3),
    ("Ambleside Climbers Club", "Ambleside", "Club", "Rhys Morgan", 2), ("The Unicorn", "Ambleside", "Pub", "Jo Whitaker", 5),
    ("The Dog & Gun", "Keswick", "Pub", "Rhys Morgan", 8), ("Skiddaw Hotel", "Keswick", "Hotel", "Rhys Morgan", 5),
    ("Lakeside Tap Room", "Keswick", "Bar", "Rhys Morgan", 5), ("The Round", "Keswick", "Bar", "Rhys Morgan", 4),
    ("Keswick Lodge", "Keswick", "Hotel", "Rhys Morgan", 3), ("The Oddfellows Arms", "Keswick", "Pub", "Rhys Morgan", 6),
    ("The Agricultural", "Penrith", "Pub", "Sam Patel", 5), ("Penrith Cricket Club", "Penrith", "Club", "Sam Patel", 2),
    ("George Hotel", "Penrith", "Hotel", "Sam Patel", 4), ("Ullswater Bar & Grill", "Penrith", "Restaurant", "Sam Patel", 2),
    ("The Stag", "Penrith", "Pub", "Sam Patel", 3), ("Swan Hotel Ulverston", "Ulverston", "Hotel", "Rhys Morgan", 3),
    ("The Farmers Arms", "Ulverston", "Pub", "Rhys Morgan", 4), ("Stan's Bar", "Ulverston", "Bar", "Rhys Morgan", 3),
    ("Hoad Hill Club", "Ulverston", "Club", "Rhys Morgan", 2), ("The Kings Head", "Ulverston", "Pub", "Sam Patel", 3),
    ("Grasmere Gingerbread Cafe", "Ambleside", "Restaurant", "Jo Whitaker", 0),
    ("Hawkshead Hideaway", "Ambleside", "Hotel", "Jo Whitaker", 0),
    ("The Brown Horse", "Windermere", "Pub", "Jo Whitaker", 5), ("Shap Wells Hotel", "Penrith", "Hotel", "Sam Patel", 2),
]
BEERS = [  # name, price cents for 50L, 30L, weight, summer factor
    ("Fellside Pale", 11800, 7600, 30, 1.3), ("Ridge IPA", 13200, 8400, 22, 1.2), ("Lakeland Lager", 12400, 7900, 26, 1.6),
    ("Tarn Stout", 12900, 8200, 10, 0.6), ("Old Man Porter", 12600, 8000, 7, 0.6), ("Seasonal Special", 13800, 8800, 5, 1.0),
]
DRIVERS = ["Dave Pike", "Marta Nowak", "Lee Barrow"]


def gen_brewery():
    rng = random.Random(1101)
    ids = []
    used = set()
    for _ in VENUES:
        while True:
            n = rng.randint(12, 2999)
            if n not in used:
                used.add(n)
                break
        ids.append(f"{n:05d}")
    cust_rows = []
    for cid, (name, town, typ, rep, _w) in zip(ids, VENUES):
        since = dt.date(rng.randint(2012, 2024), rng.randint(1, 12), rng.randint(1, 28))
        terms = rng.choice(["14 days", "30 days", "30 days"])
        cust_rows.append([cid, name, mess(rng, town, 0.2), mess(rng, typ, 0.25), mess(rng, rep, 0.15),
                          f"{since.day:02d}/{since.month:02d}/{since.year}", terms])
    write_csv("customers.csv", ["customer_id", "venue", "town", "venue_type", "sales_rep", "customer_since",
                                "payment_terms"], cust_rows)

    rows = []
    dno = 10000
    weights = [v[4] for v in VENUES]
    for d in days(dt.date(2025, 1, 2), dt.date(2025, 12, 23)):
        wd = d.weekday()
        if wd == 6:
            continue
        base = {0: 5, 1: 6, 2: 6, 3: 8, 4: 10, 5: 2}[wd]
        summer = 1.0 + 0.7 * math.exp(-((d.month - 7.2) ** 2) / 4.0)
        if d.month == 12:
            summer = 1.6
        n = poisson(rng, base * summer)
        for _ in range(n):
            vi = rng.choices(range(len(VENUES)), weights=weights, k=1)[0]
            dno += 1
            r = rng.random()
            status = "Delivered" if r < 0.93 else ("Cancelled" if r < 0.975 else "Failed - closed")
            driver = rng.choice(DRIVERS)
            nlines = wpick(rng, [1, 2, 3], [55, 33, 12])
            bws = [b[3] * (b[4] if d.month in (5, 6, 7, 8, 9) else 1.0) for b in BEERS]
            picked = []
            while len(picked) < nlines:
                b = rng.choices(range(len(BEERS)), weights=bws, k=1)[0]
                if b not in picked:
                    picked.append(b)
            venue_type = VENUES[vi][2]
            empties = None
            for b in picked:
                name, p50, p30, _w, _s = BEERS[b]
                big = rng.random() < (0.75 if venue_type in ("Pub", "Club", "Hotel") else 0.35)
                size = 50 if big else 30
                kegs = wpick(rng, [1, 2, 3, 4, 5, 6], [30, 30, 18, 11, 7, 4])
                unit = p50 if big else p30
                if rng.random() < 0.08:
                    unit -= 500  # a loyalty discount on some lines
                total = unit * kegs
                cid = ids[vi]
                if rng.random() < 0.17:
                    cid = str(int(cid))
                size_s = rng.choice([f"{size}L", f"{size}L", f"{size} L", f"{size}l", f"{size} litre"])
                if status == "Delivered":
                    e = rng.random()
                    if e < 0.06:
                        emp = ""
                    elif e < 0.1:
                        emp = rng.choice(["n/a", "not counted", "?"])
                    else:
                        emp = str(max(0, kegs + rng.choice([-1, 0, 0, 0, 1])))
                else:
                    emp = ""
                rows.append([f"DL{dno}", f"{d.day:02d}/{d.month:02d}/{d.year}", cid, mess(rng, name, 0.12), size_s,
                             str(kegs), money(unit, rng, "£", 0.35), money(total, rng, "£", 0.35), emp,
                             mess(rng, driver, 0.1), mess(rng, status, 0.15)])
    write_csv("keg_deliveries.csv", ["delivery_no", "date", "customer_id", "beer", "keg_size", "kegs",
                                     "price_per_keg", "line_total", "empties_collected", "driver", "status"], rows)


# ----------------------------------------------------------------------------------------------
# marina: visitor berth bookings

BOATS = ["Sea Breeze", "Wanderer", "Blue Heron", "Osprey", "Kingfisher", "Lady Grace", "Zephyr", "Halcyon",
         "Nordwind", "Merlijn", "Flying Fish", "Odyssey", "Moonshadow", "Seraphina", "Tern", "Vrijheid",
         "Aurora", "Calypso", "Windsong", "Aquila", "Stormvogel", "Saltire", "Petrel", "Marlin", "Solveig",
         "Skylark", "Mistral", "Bonaventure", "Orca", "Frisia", "Albatros", "Ceilidh", "Meltemi", "Lorelei",
         "Puffin", "Sandpiper", "Elan", "Triton", "Belle Isle", "Tiderace"]
COUNTRIES = [("NL", 34), ("DE", 24), ("GB", 20), ("FR", 10), ("BE", 9), ("DK", 7)]
COUNTRY_MESS = {"NL": ["NL", "nl", "NL ", "Netherlands"], "DE": ["DE", "de", "Germany"], "GB": ["GB", "UK", "gb"],
                "FR": ["FR", "fr", "France"], "BE": ["BE", "be", "Belgium"], "DK": ["DK", "dk", "Denmark"]}
BTYPES = [("Sail", 55, (7.0, 16.0)), ("Motor", 28, (6.0, 22.0)), ("Catamaran", 10, (9.0, 15.0)), ("RIB", 7, (4.5, 8.5))]


def gen_marina():
    rng = random.Random(1102)
    fleet = []  # (name, country, type, length dm)
    pool = [b + s for b in BOATS for s in ("", " II", " III", " IV", " V")]
    rng.shuffle(pool)
    for nm in pool[:170]:
        c = wpick(rng, [c for c, _ in COUNTRIES], [w for _, w in COUNTRIES])
        t = rng.choices(range(len(BTYPES)), weights=[b[1] for b in BTYPES], k=1)[0]
        lo, hi = BTYPES[t][2]
        length = int(round(rng.uniform(lo, hi) * 2)) * 5  # in decimetres, to the half metre
        fleet.append((nm, c, BTYPES[t][0], length))
    rows = []
    ref = 0
    for d in days(dt.date(2025, 4, 1), dt.date(2025, 10, 31)):
        season = 0.6 + 2.4 * math.exp(-((d.timetuple().tm_yday - 205) ** 2) / (2 * 32.0 ** 2))
        if d.weekday() in (4, 5):
            season *= 1.4
        for _ in range(poisson(rng, 3.0 * season)):
            boat = fleet[int(rng.random() ** 1.6 * len(fleet))]  # some boats come back often
            nm, c, btype, length = boat
            ref += 1
            nights = wpick(rng, [1, 2, 3, 4, 5, 7, 10, 14], [34, 24, 14, 9, 7, 6, 3, 3])
            hr = wpick(rng, list(range(9, 21)), [2, 4, 6, 8, 10, 12, 14, 16, 13, 8, 5, 2])
            arr = dt.datetime(d.year, d.month, d.day, hr, rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))
            dep_d = d + dt.timedelta(days=nights)
            dep = dt.datetime(dep_d.year, dep_d.month, dep_d.day, wpick(rng, [8, 9, 10, 11, 12], [10, 25, 30, 25, 10]),
                              rng.choice([0, 15, 30, 45]))
            pont = "D" if btype == "Catamaran" else ("A" if length >= 150 else rng.choice(["B", "C", "C"]))
            berth = f"{pont}{rng.randint(1, 24)}"
            elec = rng.random() < (0.75 if btype in ("Motor", "Catamaran") else 0.5) and btype != "RIB"
            rate = 320 if d.month in (7, 8) else 260  # cents per metre per night
            mult = 1.5 if btype == "Catamaran" else 1.0
            fee = int(round(rate * length / 10 * mult)) * nights + (500 * nights if elec else 0)
            r = rng.random()
            status = "Completed" if r < 0.88 else ("Cancelled" if r < 0.95 else "No-show")
            if status == "Cancelled":
                fee_s = rng.choice(["0,00", "", "0,00 €"])
                arr_s = arr.strftime("%Y-%m-%dT%H:%M")
                dep_s = dep.strftime("%Y-%m-%dT%H:%M")
            elif status == "No-show":
                one = int(round(rate * length / 10 * mult))
                fee_s = euros(one, rng)
                arr_s = arr.strftime("%Y-%m-%dT%H:%M")
                dep_s = dep.strftime("%Y-%m-%dT%H:%M")
            else:
                fee_s = euros(fee, rng)
                arr_s = arr.strftime("%Y-%m-%dT%H:%M")
                dep_s = dep.strftime("%Y-%m-%dT%H:%M")
            m, dm = divmod(length, 10)
            len_s = f"{m},{dm}" if dm else rng.choice([f"{m},0", f"{m}"])
            cshow = rng.choice(COUNTRY_MESS[c]) if rng.random() < 0.3 else c
            eshow = (rng.choice(["yes", "Yes", "Y", "ja"]) if elec else rng.choice(["no", "No", "N", "nee"]))
            rows.append([f"MB25-{ref:04d}", arr_s, dep_s, str(nights), berth, nm, mess(rng, btype, 0.15), len_s,
                         cshow, eshow, fee_s, mess(rng, status, 0.12)])
    write_csv("berth_bookings.csv", ["booking_ref", "arrival", "departure", "nights", "berth", "boat_name", "boat_type",
                                     "length_m", "flag", "shore_power", "fee_eur", "status"], rows)


# ----------------------------------------------------------------------------------------------
# dog grooming salon

SERVICES = [  # name, dollars small/medium/large/xl, minutes, weight
    ("Full Groom", (6500, 7500, 9000, 11000), 120, 40), ("Bath & Brush", (4000, 4800, 5800, 7000), 60, 30),
    ("Nail Trim", (1500, 1500, 1800, 2000), 15, 14), ("Puppy Intro", (3500, 3500, 3500, 3500), 45, 6),
    ("De-shed Treatment", (5500, 6500, 8000, 9500), 90, 10),
]
SIZES = ["Small", "Medium", "Large", "XL"]
BREEDS = {"Small": ["Shih Tzu", "Cavapoo", "Yorkshire Terrier", "Bichon Frise", "Miniature Schnauzer", "Dachshund"],
          "Medium": ["Cocker Spaniel", "Border Collie", "Cockapoo", "Beagle", "Springer Spaniel"],
          "Large": ["Labrador", "Golden Retriever", "Standard Poodle", "Goldendoodle", "Husky"],
          "XL": ["Newfoundland", "Bernese Mountain Dog", "Great Dane", "St Bernard"]}
DOGNAMES = ["Bella", "Max", "Luna", "Charlie", "Daisy", "Milo", "Coco", "Teddy", "Rosie", "Buster", "Bailey", "Willow",
            "Alfie", "Poppy", "Ollie", "Biscuit", "Maple", "Ziggy", "Pepper", "Hazel", "Rocco", "Nala", "Louie", "Juno"]
GROOMERS = [("Amy Lowe", 30), ("Bex Carter", 28), ("Carlos Ruiz", 24), ("Dana Kim", 18)]


def gen_grooming():
    rng = random.Random(1103)
    clients = []
    for i in range(520):
        cid = rng.randint(1, 2400)
        size = wpick(rng, SIZES, [38, 30, 24, 8])
        clients.append((cid, rng.choice(DOGNAMES), rng.choice(BREEDS[size]), size))
    seen_ids = set()
    uniq = []
    for c in clients:
        if c[0] not in seen_ids:
            seen_ids.add(c[0])
            uniq.append(c)
    clients = uniq
    rows = []
    aid = 0
    slots = [dt.time(h, m) for h in range(8, 17) for m in (0, 30)]
    for d in days(dt.date(2025, 1, 7), dt.date(2025, 12, 20)):
        if d.weekday() in (6, 0):  # closed Sunday and Monday
            continue
        busy = {1: 7, 2: 8, 3: 8, 4: 10, 5: 12}[d.weekday()]
        if d.month in (11, 12):
            busy *= 1.35
        if d.month in (5, 6):
            busy *= 1.2
        for _ in range(poisson(rng, busy)):
            aid += 1
            client = clients[int(rng.random() ** 1.3 * len(clients))]
            cid, dog, breed, size = client
            si = rng.choices(range(len(SERVICES)), weights=[s[3] for s in SERVICES], k=1)[0]
            sname, prices, mins, _w = SERVICES[si]
            price = prices[SIZES.index(size)]
            if d >= dt.date(2025, 7, 1) and sname != "Puppy Intro":
                price += 500  # price rise on 1 July
            groomer = wpick(rng, [g for g, _ in GROOMERS], [w for _, w in GROOMERS])
            t = rng.choice(slots)
            h12 = t.hour % 12 or 12
            ap = "AM" if t.hour < 12 else "PM"
            time_s = rng.choice([f"{h12}:{t.minute:02d} {ap}", f"{h12}:{t.minute:02d} {ap}", f"{h12}:{t.minute:02d}{ap.lower()}"])
            r = rng.random()
            status = "Completed" if r < 0.9 else ("No-show" if r < 0.95 else "Cancelled")
            if status == "Completed":
                price_s = money(price, rng, "$", 0.3)
                tr = rng.random()
                if tr < 0.35:
                    tip_s = rng.choice(["", "none", "0", "$0.00"])
                elif tr < 0.4:
                    tip_s = rng.choice(["cash", "cash?", "n/a"])
                else:
                    tip = rng.choice([300, 500, 500, 500, 700, 1000, 1000, 1500, 2000]) + (300 if groomer == "Bex Carter" else 0)
                    tip_s = money(tip, rng, "$", 0.4)
                dur = mins + rng.choice([-15, -10, -5, 0, 0, 5, 10, 15, 20, 30]) + (15 if size in ("Large", "XL") else 0)
                dur = max(10, dur)
                dur_s = str(dur) if rng.random() > 0.05 else rng.choice(["", "n/a", "forgot"])
            elif status == "No-show":
                price_s = rng.choice(["$0.00", "0", ""])
                tip_s = ""
                dur_s = ""
            else:
                price_s = ""
                tip_s = ""
                dur_s = ""
            cid_s = f"{cid:04d}" if rng.random() > 0.15 else str(cid)
            new = rng.random() < 0.08
            rows.append([f"A{aid:05d}", f"{d.month}/{d.day}/{d.year}", time_s, cid_s, dog, breed, mess(rng, size, 0.15),
                         mess(rng, sname, 0.12), mess(rng, groomer, 0.1), price_s, tip_s, dur_s,
                         mess(rng, status, 0.1)])
    write_csv("grooming_appointments.csv", ["appt_id", "date", "time", "client_id", "dog", "breed", "size", "service",
                                            "groomer", "price", "tip", "minutes_taken", "status"], rows)


# ----------------------------------------------------------------------------------------------
# allotment society ledger

MEMBERS = ["Pat Hughes", "Ken Ashworth", "Margaret Doyle", "Ravi Shah", "Helen Brooks", "Tom Fielding", "Anya Kowalski",
           "Geoff Lamb", "Sue Marsh", "Derek Oates", "Fatima Begum", "Colin Pratt", "Jean Quayle", "Ian Rowe",
           "Lorna Stewart", "Nigel Tate", "Una Vickers", "Wendy Walsh", "Yusuf Ali", "Zoe Young", "Brian Cooke",
           "Carol Dixon", "Eddie Fox", "Gwen Hart", "Harold Innes", "Jill Kerr", "Kath Lowry", "Mo Nasser",
           "Olive Parr", "Peter Quinn", "Rita Sands", "Stan Trent", "Tess Upton", "Vic Varley", "Walter Wynn",
           "Amir Hassan", "Bella Cross", "Chris Dunn", "Dot Ellis", "Frank Gill", "Gemma Holt", "Hugh Irwin",
           "Isla Jones", "Jack Knight", "Lily Moss", "Mike Noble", "Nora Owen", "Oscar Pike", "Priya Rao", "Sam Rudd",
           "Tina Shaw", "Ursula Tan", "Vera Wood", "Will Yates", "Xander Zell", "Ada Brown", "Bert Clay", "Cath Dale"]
PLOT_SIZES = [("Full", 6000, 1200), ("Half", 3500, 800), ("Quarter", 2000, 500)]


def gen_allotments():
    rng = random.Random(1104)
    plots = []  # plot no, member, size index
    for p in range(1, 59):
        plots.append((p, MEMBERS[p - 1], wpick(rng, [0, 1, 2], [35, 45, 20])))
    events = []  # (date, plot, category, cents, method, note)

    def rdate(m1, m2):
        while True:
            d = dt.date(2025, rng.randint(m1, m2), rng.randint(1, 28))
            return d

    for p, mem, si in plots:
        size, rent, water = PLOT_SIZES[si]
        method = wpick(rng, ["Bank transfer", "Cash", "Cheque", "Card"], [45, 25, 18, 12])
        late = rng.random() < 0.15
        d = rdate(4, 5) if late else rdate(1, 3)
        events.append((d, p, "Annual rent", rent, method, ""))
        if late:
            events.append((d, p, "Late fee", 500, method, "rent paid after 31 March"))
        events.append((rdate(3, 6), p, "Water charge", water, method, ""))
        if rng.random() < 0.35:
            events.append((rdate(2, 5), p, "Shed hire", 1500, rng.choice(["Cash", method]), ""))
        if rng.random() < 0.55:
            events.append((rdate(1, 3), p, "Key deposit", 1000, "Cash", "new gate key"))
        for _ in range(poisson(rng, 3.2)):
            events.append((rdate(2, 10), p, "Seeds & sundries", rng.choice([250, 400, 600, 850, 1200, 1800, 2450, 3200]),
                           rng.choice(["Cash", "Cash", "Card"]), rng.choice(["seed potatoes", "onion sets", "manure",
                                                                              "compost", "netting", "canes", ""])))
        for _ in range(poisson(rng, 1.1)):
            events.append((rdate(3, 10), p, "Work party credit", -500, "Credit", "work party"))
        if rng.random() < 0.12:
            events.append((rdate(6, 11), p, "Refund", -rent // 2, "Bank transfer", "gave up plot mid-year"))
        elif rng.random() < 0.1:
            events.append((rdate(2, 6), p, "Refund", -1000, "Cash", "key deposit returned"))
        if rng.random() < 0.05:
            events.append((rdate(2, 6), p, "Refund", -water, "Bank transfer", "water charged twice"))
    # society-level lines with no plot
    for m in range(1, 13):
        events.append((dt.date(2025, m, 15), 0, "Donation", rng.choice([1000, 2000, 2500, 5000]), "Cash", "plant sale tin"))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    rows = []
    for i, (d, p, cat, cents, method, note) in enumerate(events, 1):
        if p:
            plot_s = f"{p:03d}" if rng.random() > 0.2 else str(p)
            mem = plots[p - 1][1]
            size = mess(rng, PLOT_SIZES[plots[p - 1][2]][0], 0.15)
        else:
            plot_s, mem, size = "", "", ""
        amt = money(cents, rng, "£", 0.35)
        if cents < 0 and rng.random() < 0.3:
            amt = "£-" + amt.lstrip("-").lstrip("£")
        rows.append([f"{i:04d}", f"{d.day:02d}-{MON[d.month - 1]}-{d.year}", plot_s, mem, size, mess(rng, cat, 0.15),
                     amt, mess(rng, method, 0.1), note])
    write_csv("allotment_ledger.csv", ["entry", "date", "plot", "member", "plot_size", "category", "amount",
                                       "paid_by", "note"], rows)


# ----------------------------------------------------------------------------------------------
# EV charging hubs, one row per hub per day

HUBS = [  # name, bays, base sessions, kWh per session, pence per kWh, first day
    ("Harbour Car Park", 6, 26, 21.0, 52, dt.date(2025, 1, 1)),
    ("Retail Park", 8, 38, 18.0, 52, dt.date(2025, 1, 1)),
    ("Motorway Services", 10, 55, 34.0, 69, dt.date(2025, 1, 1)),
    ("Station Road", 4, 17, 16.0, 49, dt.date(2025, 1, 1)),
    ("Town Hall", 4, 14, 15.0, 49, dt.date(2025, 3, 10)),
]


def gen_charging():
    rng = random.Random(1105)
    rows = []
    for d in days(dt.date(2025, 1, 1), dt.date(2025, 6, 30)):
        for name, bays, base, kps, ppk, first in HUBS:
            if d < first:
                continue
            wk = d.weekday()
            if name == "Motorway Services":
                f = 1.4 if wk == 4 else (1.2 if wk in (5, 6) else 0.95)
            elif name == "Retail Park":
                f = 1.4 if wk == 5 else (1.2 if wk == 6 else 0.9)
            else:
                f = 0.75 if wk >= 5 else 1.05
            f *= 1.0 + 0.07 * (d.month - 1)
            r = rng.random()
            status = "Open"
            if r < 0.025:
                status = "Offline"
            elif r < 0.04:
                status = "Maintenance"
            if status != "Open":
                rows.append([d.isoformat(), mess(rng, name, 0.12), str(bays), "", "", "", "", str(rng.randint(0, 3)),
                             mess(rng, status, 0.3)])
                continue
            sessions = poisson(rng, base * f)
            kwh = round(sum(max(2.0, rng.gauss(kps, kps * 0.3)) for _ in range(sessions)), 1)
            rev = int(round(kwh * ppk))
            avg_min = round(kwh / max(1, sessions) * (60 / 7.0 if name != "Motorway Services" else 60 / 50.0) + rng.uniform(-3, 3))
            faults = wpick(rng, [0, 1, 2, 3], [80, 14, 4, 2])
            kr = rng.random()
            kwh_s = f"{kwh:.1f}" if kr > 0.04 else rng.choice(["n/a", "", "meter fault"])
            rows.append([d.isoformat(), mess(rng, name, 0.12), str(bays), str(sessions), kwh_s,
                         money(rev, rng, "£", 0.5), str(max(5, avg_min)), str(faults), mess(rng, status, 0.05)])
    write_csv("charging_daily.csv", ["date", "hub", "bays", "sessions", "kwh", "revenue", "avg_session_min", "faults",
                                     "status"], rows)


# ----------------------------------------------------------------------------------------------
# taxi dispatch log

ZONES = [("Town Centre", 34, 3.0), ("Station", 18, 2.5), ("Airport", 9, 14.0), ("North Estate", 14, 4.5),
         ("Hospital", 10, 3.5), ("University", 15, 3.0)]
SOURCES = [("Phone", 45), ("App", 40), ("Rank", 15)]
PAYS = [("Cash", 35), ("Card", 50), ("Account", 15)]


def gen_taxi():
    rng = random.Random(1106)
    drivers = [3, 5, 7, 8, 11, 12, 14, 17, 19, 21, 22, 25]
    dweights = [9, 8, 12, 7, 10, 6, 8, 9, 5, 7, 6, 4]
    rows = []
    job = 41200
    hour_w = [3, 2, 1, 1, 1, 2, 5, 9, 10, 6, 5, 6, 7, 6, 6, 7, 9, 11, 9, 8, 8, 9, 10, 7]
    for d in days(dt.date(2025, 3, 1), dt.date(2025, 5, 31)):
        wd = d.weekday()
        n = poisson(rng, {0: 34, 1: 33, 2: 35, 3: 38, 4: 52, 5: 58, 6: 30}[wd])
        stamps = []
        for _ in range(n):
            h = rng.choices(range(24), weights=[w * (1.8 if wd in (4, 5) and (hh >= 21 or hh <= 2) else 1.0)
                                                for hh, w in enumerate(hour_w)], k=1)[0]
            stamps.append(dt.datetime(d.year, d.month, d.day, h, rng.randint(0, 59)))
        stamps.sort()
        for booked in stamps:
            job += 1
            zi = rng.choices(range(len(ZONES)), weights=[z[1] for z in ZONES], k=1)[0]
            zone, _w, miles_mu = ZONES[zi]
            src = wpick(rng, [s for s, _ in SOURCES], [w for _, w in SOURCES])
            pay = wpick(rng, [p for p, _ in PAYS], [w for _, w in PAYS])
            drv = rng.choices(drivers, weights=dweights, k=1)[0]
            r = rng.random()
            status = "Completed" if r < 0.9 else ("Cancelled" if r < 0.965 else "No show")
            busy = 1.6 if (wd in (4, 5) and (booked.hour >= 21 or booked.hour <= 2)) else 1.0
            wait = 0 if src == "Rank" else max(1, int(round(rng.expovariate(1 / (7.0 * busy)))))
            miles = max(0.5, round(rng.gauss(miles_mu, miles_mu * 0.3), 1))
            night = booked.hour >= 22 or booked.hour < 6
            fare = 350 + int(round(miles * 210))
            if night:
                fare = int(round(fare * 1.5))
            fare = int(round(fare / 10.0)) * 10
            pax = wpick(rng, [1, 2, 3, 4, 5, 6], [55, 25, 10, 7, 2, 1])
            drv_s = rng.choice([f"{drv:02d}", f"{drv:02d}", f"{drv}"])
            if status == "Completed":
                pick = booked + dt.timedelta(minutes=wait)
                pick_s = pick.strftime("%Y-%m-%d %H:%M")
                fare_s = money(fare, rng, "£", 0.5)
                mr = rng.random()
                miles_s = f"{miles}" if mr > 0.05 else rng.choice(["", "n/a", "meter off"])
            elif status == "No show":
                pick_s = ""
                fare_s = rng.choice(["0.00", "", "£0.00"])
                miles_s = ""
            else:
                pick_s = ""
                fare_s = ""
                miles_s = ""
                drv_s = drv_s if rng.random() < 0.4 else ""
            rows.append([str(job), booked.strftime("%Y-%m-%d %H:%M"), pick_s, mess(rng, zone, 0.12),
                         mess(rng, src, 0.1), mess(rng, pay, 0.1), drv_s, str(pax), miles_s, fare_s,
                         mess(rng, status, 0.1)])
    write_csv("taxi_jobs.csv", ["job_no", "booked_at", "picked_up_at", "pickup_zone", "booked_via", "payment",
                                "car", "passengers", "miles", "fare", "status"], rows)


def main():
    gen_brewery()
    gen_marina()
    gen_grooming()
    gen_allotments()
    gen_charging()
    gen_taxi()
    for p in sorted(DATA.glob("*.csv")):
        with open(p, encoding="utf-8") as f:
            n = sum(1 for _ in f) - 1
        print(f"{p.name}: {n} rows")


if __name__ == "__main__":
    main()
