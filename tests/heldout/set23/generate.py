#!/usr/bin/env python3
"""Writes set 23's datasets into data/ (seeded, standard library only, byte-for-byte reproducible).

    python3 tests/heldout/set23/generate.py

Datasets:
  tutoring_sessions.csv + tutors.csv  a tutoring agency's session log and its tutor list (seed 23001)
  kennel_stays.csv                    a dog-boarding kennel's stays (seed 23002)
  pyo_till.csv                        a pick-your-own orchard's till lines, two seasons (seed 23003)
  pod_orders.csv                      a print-on-demand seller's order export, signed (seed 23004)
  brewshop_cashbook.csv               a home-brew supply shop's cash book, paid in / paid out (seed 23005)
"""

import csv
import random
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def write(name, header, rows):
    DATA.mkdir(exist_ok=True)
    with open(DATA / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def daterange(a, b):
    d = a
    while d <= b:
        yield d
        d += timedelta(days=1)


def money(rng, v, sym, thousands=True):
    """A money string the way a real export mixes them."""
    r = rng.random()
    if r < 0.55:
        s = f"{abs(v):,.2f}" if thousands else f"{abs(v):.2f}"
        s = sym + s
    elif r < 0.8:
        s = sym + f"{abs(v):.2f}"
    else:
        s = f"{abs(v):.2f}"
        if s.endswith(".00") and rng.random() < 0.6:
            s = s[:-3]
    return ("-" + s) if v < 0 else s


def variant(rng, s, p=0.25):
    """Case and stray-space variants of a category."""
    r = rng.random()
    if r > p:
        return s
    k = rng.randrange(4)
    if k == 0:
        return s.upper()
    if k == 1:
        return s.lower()
    if k == 2:
        return s + " "
    return " " + s


# ----------------------------------------------------------------------------------------------
# 1. tutoring agency


def tutoring():
    rng = random.Random(23001)
    tutors = [
        # id, name, main subject, second subject, rate, based in, started, weight
        (1, "Helen Okafor", "Maths", "Physics", 42, "Leeds", "14 Sep 2019", 10),
        (2, "David Pryce", "English", None, 38, "Harrogate", "3 Jan 2021", 7),
        (3, "Priya Raman", "Chemistry", "Biology", 45, "Leeds", "1 Sep 2020", 6),
        (4, "Tom Whitaker", "Maths", None, 36, "York", "9 Sep 2022", 8),
        (5, "Grace Lindqvist", "French", "Spanish", 34, "York", "20 Apr 2023", 4),
        (6, "Sam Adeyemi", "Physics", "Maths", 48, "Leeds", "2 Sep 2024", 5),
        (7, "Rebecca Shaw", "English", "History", 40, "Leeds", "17 Oct 2018", 6),
        (8, "Imran Qureshi", "Maths", "Computer Science", 50, "Harrogate", "6 Jan 2025", 6),
        (9, "Lucy Brennan", "Biology", None, 39, "York", "11 Mar 2022", 4),
        (10, "Owen Hughes", "History", "English", 35, "Harrogate", "25 Sep 2023", 3),
        (11, "Anna Kowalska", "Maths", None, 38, "York", "15 Jan 2024", 5),
        (12, "Mark Feeney", "Computer Science", None, 46, "Leeds", "4 Nov 2024", 3),
        (13, "Julia Marsh", "Spanish", None, 33, "Harrogate", "12 May 2025", 0),
        (14, "Kofi Mensah", "Chemistry", None, 44, "York", "1 Jul 2025", 0),
    ]
    write("tutors.csv", ["Tutor ID", "Tutor Name", "Main Subject", "Hourly Rate", "Based In", "Started"],
          [[f"{t[0]:03d}", t[1], t[2], f"£{t[4]}.00", t[5], t[6]] for t in tutors])

    first = ["Amelia", "Oliver", "Isla", "Noah", "Ava", "Leo", "Mia", "Arthur", "Freya", "Harry", "Ivy",
             "Oscar", "Sofia", "Jack", "Grace", "Muhammad", "Lily", "George", "Evie", "Theo", "Rosie",
             "Alfie", "Poppy", "Henry", "Ella", "Jacob", "Daisy", "Finley", "Zara", "Archie", "Maya", "Ethan",
             "Hannah", "Reuben", "Layla", "Samuel", "Chloe", "Elijah", "Aisha", "Max"]
    initials = "ABCDEFGHJKLMNPRSTW"
    students = []
    seen = set()
    while len(students) < 96:
        n = rng.choice(first) + " " + rng.choice(initials) + "."
        if n in seen:
            continue
        seen.add(n)
        students.append(n)
    levels = ["GCSE", "A-level", "KS3", "11+"]
    level_spell = {"GCSE": ["GCSE", "gcse", "GCSE ", "Gcse"], "A-level": ["A-level", "A Level", "a-level", "A-Level"],
                   "KS3": ["KS3", "ks3", "KS3 "], "11+": ["11+", "11 +", "11+ "]}
    # each student: tutor, subject, level, lessons per week, length, mode, start date
    plans = []
    weights = [t[7] for t in tutors]
    for s in students:
        t = rng.choices(tutors, weights=weights)[0]
        subj = t[2] if (t[3] is None or rng.random() < 0.7) else t[3]
        if subj in ("French", "Spanish", "History", "Biology", "Computer Science"):
            lvl = rng.choices(["GCSE", "A-level", "KS3"], weights=[5, 3, 1])[0]
        elif subj == "English" or subj == "Maths":
            lvl = rng.choices(levels, weights=[6, 3, 2, 2])[0]
        else:
            lvl = rng.choices(["GCSE", "A-level"], weights=[4, 4])[0]
        length = rng.choices([45, 60, 90], weights=[2, 6, 2])[0]
        if lvl == "11+":
            length = rng.choice([45, 60])
        mode = "Online" if rng.random() < 0.38 else "In person"
        start = date(2024, 9, 2) + timedelta(days=rng.choice([0, 0, 0, 7, 14, 30, 60, 120, 150]))
        if t[0] == 8:  # started in January 2025
            start = date(2025, 1, 6) + timedelta(days=rng.choice([0, 7, 14, 21]))
        if t[0] == 12:
            start = date(2024, 11, 4) + timedelta(days=rng.choice([0, 7, 14]))
        stop = date(2025, 7, 18)
        if lvl == "GCSE" or lvl == "A-level":
            stop = date(2025, 6, 13) if rng.random() < 0.7 else stop
        if rng.random() < 0.12:
            stop = start + timedelta(days=rng.randint(40, 150))
        wday = rng.choice([0, 1, 2, 3, 4, 5])
        if wday == 5:
            hhmm = rng.choice(["09:00", "10:00", "10:30", "11:00", "12:00"])
        else:
            hhmm = rng.choices(["15:30", "16:00", "16:30", "17:00", "17:30", "18:00", "19:00", "19:30"],
                               weights=[2, 5, 4, 7, 4, 4, 3, 1])[0]
        per_week = 2 if rng.random() < 0.15 else 1
        plans.append((s, t, subj, lvl, length, mode, start, stop, wday, hhmm, per_week))

    # one pupil doing A-level maths twice a week all year, 90 minutes a time
    p0 = plans[0]
    plans[0] = (p0[0], tutors[0], "Maths", "A-level", 90, "In person", date(2024, 9, 2), date(2025, 7, 18), 1, "17:00", 2)
    holidays = [(date(2024, 10, 28), date(2024, 11, 1)), (date(2024, 12, 21), date(2025, 1, 5)),
                (date(2025, 2, 17), date(2025, 2, 21)), (date(2025, 4, 5), date(2025, 4, 21)),
                (date(2025, 5, 26), date(2025, 5, 30))]

    def in_hol(d):
        return any(a <= d <= b for a, b in holidays)

    rows = []
    for (s, t, subj, lvl, length, mode, start, stop, wday, hhmm, per_week) in plans:
        d = start
        while d.weekday() != wday:
            d += timedelta(days=1)
        while d <= stop:
            days = [d] if per_week == 1 else [d, d + timedelta(days=2 if wday < 4 else -2)]
            for dd in days:
                if in_hol(dd) and rng.random() < 0.85:
                    continue
                if rng.random() < 0.05:
                    continue  # skipped without a row
                rows.append([dd, hhmm, t, s, subj, lvl, length, mode])
            d += timedelta(days=7)
    rows.sort(key=lambda r: (r[0], r[1], r[3]))
    out = []
    for i, (dd, hhmm, t, s, subj, lvl, length, mode) in enumerate(rows):
        rate = t[4]
        r = rng.random()
        status = "Completed"
        if r < 0.07:
            status = "Cancelled"
        elif r < 0.115:
            status = "No-show"
        ln = length
        if rng.random() < 0.05:
            ln = length + rng.choice([15, -15]) if length != 45 else 60
        charge = round(rate * ln / 60, 2)
        st_sp = {"Completed": ["Completed", "Completed", "Completed", "completed", "COMPLETED", "Completed "],
                 "Cancelled": ["Cancelled", "cancelled", "CANCELLED", "Canceled"],
                 "No-show": ["No-show", "No show", "no-show", "NO SHOW"]}[status]
        tid = f"{t[0]:03d}" if rng.random() < 0.55 else str(t[0])
        length_s = str(ln)
        charge_s = money(rng, charge, "£")
        if status == "Cancelled":
            charge_s = rng.choice(["", "", "0", "£0.00", "n/a"])
            if rng.random() < 0.4:
                length_s = rng.choice(["", "tbc", "n/a"])
        mode_s = {"Online": ["Online", "online", "ONLINE", "Online "],
                  "In person": ["In person", "in person", "In-person", "IN PERSON"]}[mode]
        subj_s = variant(rng, subj, 0.15)
        out.append([f"TS{2400 + i + 1}", dd.strftime("%d/%m/%Y"), hhmm, tid, s, subj_s,
                    rng.choice(level_spell[lvl]), length_s, charge_s, rng.choice(st_sp), rng.choice(mode_s)])
    write("tutoring_sessions.csv", ["Session Ref", "Date", "Start", "Tutor ID", "Student", "Subject", "Level",
                                    "Length (mins)", "Charge", "Status", "Mode"], out)


# ----------------------------------------------------------------------------------------------
# 2. dog-boarding kennel


def kennel():
    rng = random.Random(23002)
    breeds = [("Labrador", "Large", 9), ("Cocker Spaniel", "Medium", 8), ("Border Collie", "Medium", 6),
              ("Cockapoo", "Small", 9), ("Jack Russell", "Small", 5), ("German Shepherd", "Large", 4),
              ("Golden Retriever", "Large", 5), ("Dachshund", "Small", 4), ("Springer Spaniel", "Medium", 5),
              ("Staffordshire Bull Terrier", "Medium", 4), ("Whippet", "Medium", 3), ("Bernese Mountain Dog", "Large", 1),
              ("Shih Tzu", "Small", 3), ("Beagle", "Medium", 3), ("Mixed breed", "Medium", 4)]
    dog_names = ["Bella", "Max", "Luna", "Teddy", "Poppy", "Milo", "Daisy", "Alfie", "Coco", "Bear", "Rosie",
                 "Archie", "Willow", "Buster", "Nala", "Ollie", "Maple", "Biscuit", "Ruby", "Murphy", "Hazel",
                 "Reggie", "Pepper", "Winston", "Bramble", "Toby", "Honey", "Ziggy", "Skye", "Barney", "Mabel",
                 "Loki", "Tilly", "Rolo", "Juno", "Scout", "Pip", "Otis", "Fudge", "Meg"]
    surnames = ["Atkinson", "Bell", "Carter", "Dunn", "Evans", "Fletcher", "Gill", "Hart", "Iqbal", "Jones",
                "Kaur", "Lloyd", "Morris", "Nolan", "O'Neill", "Patel", "Quinn", "Reid", "Singh", "Taylor",
                "Underwood", "Vaughan", "Walsh", "Young", "Ahmed", "Barker", "Clarke", "Doyle", "Ellis", "Foster",
                "Green", "Holmes", "Ingram", "Khan", "Lowe", "Mason", "Nash", "Owen", "Price", "Rowe"]
    dogs = []
    used = set()
    while len(dogs) < 170:
        n = rng.choice(dog_names)
        o = rng.choice(surnames)
        if (n, o) in used:
            continue
        used.add((n, o))
        b = rng.choices(breeds, weights=[x[2] for x in breeds])[0]
        freq = rng.choices([1, 2, 3, 5, 8], weights=[5, 4, 3, 2, 1])[0]
        dogs.append((n, o, b[0], b[1], freq))
    # a regular long-stayer
    dogs[7] = ("Bramble", "Fletcher", "Border Collie", "Medium", 9)
    base = {"Small": 26, "Medium": 30, "Large": 35}
    start, end = date(2024, 3, 1), date(2025, 8, 31)
    days = list(daterange(start, end))

    def season_w(d):
        w = 1.0
        if d.month in (7, 8):
            w = 2.6
        elif d.month in (5, 6, 9):
            w = 1.5
        elif d.month == 12 and d.day >= 18:
            w = 3.0
        elif d.month in (4, 10):
            w = 1.3
        if d.weekday() in (4, 5):
            w *= 1.6
        if d.year == 2025:
            w *= 1.15
        return w

    dw = [season_w(d) for d in days]
    stays = []
    for dog in dogs:
        n_st = max(1, int(dog[4] * rng.uniform(1.0, 2.0)))
        for _ in range(n_st):
            ci = rng.choices(days, weights=dw)[0]
            nights = rng.choices([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 17, 21],
                                 weights=[8, 10, 10, 8, 7, 5, 9, 4, 3, 4, 2, 2, 2, 5, 1, 1])[0]
            if ci.month in (7, 8) and rng.random() < 0.3:
                nights = rng.choice([7, 10, 14])
            stays.append([dog, ci, nights])
    # new customers in summer 2025: a run of cockapoos
    summer25 = [d for d in days if date(2025, 6, 1) <= d <= date(2025, 8, 31)]
    for n, o in [("Biscuit", "Hale"), ("Mochi", "Turner"), ("Pickle", "Ward"), ("Nutmeg", "Sharma"),
                 ("Bonnie", "Cole"), ("Waffle", "Benson"), ("Cleo", "Hughes"), ("Sunny", "Pike"),
                 ("Dotty", "Marsh"), ("Crumble", "Fox"), ("Peanut", "Lang"), ("Bobbi", "Hassan")]:
        dog = (n, o, "Cockapoo", "Small", 1)
        for _ in range(rng.choice([1, 2, 2, 3])):
            stays.append([dog, rng.choice(summer25), rng.choice([2, 3, 4, 5, 7])])
    # the one longest stay
    stays.append([dogs[7], date(2025, 1, 11), 31])
    stays.sort(key=lambda s: (s[1], s[0][0], s[0][1]))
    rows = []
    size_sp = {"Small": ["Small", "small", "S", "Small "], "Medium": ["Medium", "medium", "Med", "M"],
               "Large": ["Large", "large", "L", "LARGE"]}
    for i, (dog, ci, nights) in enumerate(stays):
        n, o, breed, size, _ = dog
        rate = base[size] + (3 if ci >= date(2025, 4, 1) else 0)
        tin = rng.choices(["08:00", "08:30", "09:00", "09:30", "10:00", "11:00", "12:00", "14:00", "16:00",
                           "17:30", "18:00"], weights=[5, 7, 6, 4, 3, 2, 1, 2, 3, 4, 2])[0]
        tout = rng.choices(["09:00", "10:00", "11:00", "12:00", "15:00", "16:30", "17:00", "18:00"],
                           weights=[3, 5, 5, 3, 3, 4, 4, 2])[0]
        co = ci + timedelta(days=nights)
        r = rng.random()
        status = "Completed"
        if r < 0.08:
            status = "Cancelled"
        elif r < 0.1:
            status = "No-show"
        if nights == 31:
            status = "Completed"
        extras = 0.0
        if rng.random() < 0.22:
            extras = rng.choice([15.0, 22.5, 30.0, 8.0, 12.0])
        total = nights * rate + extras
        extras_s = money(rng, extras, "£") if extras else rng.choice(["", "", "none", "£0.00", "-"])
        st = rng.choice({"Completed": ["Completed", "Completed", "Completed", "completed", "COMPLETED"],
                         "Cancelled": ["Cancelled", "cancelled", "CANCELLED"],
                         "No-show": ["No-show", "No show", "NO SHOW"]}[status])
        breed_s = variant(rng, breed, 0.2)
        rows.append([f"K{24000 + i + 1:05d}", n, o, breed_s, rng.choice(size_sp[size]),
                     ci.strftime("%d/%m/%Y") + " " + tin, co.strftime("%d/%m/%Y") + " " + tout,
                     money(rng, rate, "£"), extras_s, money(rng, total, "£"), st])
    write("kennel_stays.csv", ["Booking No", "Dog", "Owner", "Breed", "Size", "Check In", "Check Out",
                               "Nightly Rate", "Extras", "Total", "Status"], rows)


# ----------------------------------------------------------------------------------------------
# 3. pick-your-own orchard till


def pyo():
    rng = random.Random(23003)
    # fruit, price per lb (2024, 2025), season (start, end) as (month, day)
    fruits = {
        "Strawberries": (3.49, 3.79, (6, 1), (7, 15)),
        "Cherries": (4.99, 4.99, (6, 20), (7, 20)),
        "Raspberries": (5.49, 5.99, (7, 1), (8, 20)),
        "Blueberries": (4.49, 4.79, (7, 5), (8, 31)),
        "Peaches": (2.99, 3.29, (7, 25), (9, 5)),
        "Plums": (2.49, 2.49, (8, 10), (9, 20)),
        "Apples": (1.79, 1.89, (9, 1), (10, 31)),
        "Pumpkins": (0.69, 0.75, (9, 25), (10, 31)),
    }
    popularity = {"Strawberries": 10, "Cherries": 4, "Raspberries": 5, "Blueberries": 8, "Peaches": 4,
                  "Plums": 2, "Apples": 8, "Pumpkins": 5}
    avg_lb = {"Strawberries": 4.0, "Cherries": 3.0, "Raspberries": 2.2, "Blueberries": 3.5, "Peaches": 5.0,
              "Plums": 4.0, "Apples": 8.0, "Pumpkins": 14.0}
    rows = []
    receipt = 5000
    for year in (2024, 2025):
        for d in daterange(date(year, 6, 1), date(year, 10, 31)):
            if d.weekday() in (0, 1):  # closed Mon, Tue
                continue
            avail = [f for f, v in fruits.items()
                     if date(year, *v[2]) <= d <= date(year, *v[3])]
            if year == 2025 and "Blueberries" in avail:
                pass
            if not avail:
                continue
            n_cust = int(rng.uniform(4, 9) * (1.8 if d.weekday() >= 5 else 1.0) * (1.1 if year == 2025 else 1.0))
            if d.month == 10 and d.weekday() >= 5:
                n_cust = int(n_cust * 1.5)
            times = sorted(datetime(d.year, d.month, d.day,
                                    rng.choices(range(9, 18), weights=[3, 6, 9, 7, 4, 5, 6, 4, 2])[0],
                                    rng.randrange(60), rng.randrange(60)) for _ in range(n_cust))
            for ts in times:
                receipt += 1
                w = []
                for f in avail:
                    p = popularity[f]
                    if year == 2025 and f == "Blueberries":
                        p *= 2.5
                    if year == 2025 and f == "Cherries":
                        p *= 0.7
                    w.append(p)
                k = rng.choices([1, 2, 3], weights=[6, 3, 1])[0]
                chosen = []
                for _ in range(k):
                    f = rng.choices(avail, weights=w)[0]
                    if f not in chosen:
                        chosen.append(f)
                pay = "Card" if rng.random() < (0.62 if year == 2024 else 0.74) else "Cash"
                for f in chosen:
                    price = fruits[f][0] if year == 2024 else fruits[f][1]
                    lb = round(max(0.4, rng.gauss(avg_lb[f], avg_lb[f] * 0.35)), 2)
                    total = round(lb * price, 2)
                    wt = f"{lb:.2f}"
                    r = rng.random()
                    if r < 0.25:
                        wt = wt + " lb"
                    elif r < 0.32:
                        wt = wt + "lbs"
                    status = ""
                    if rng.random() < 0.012:
                        status = rng.choice(["VOID", "void", "Void"])
                    if f == "Pumpkins" and rng.random() < 0.06 and not status:
                        wt = rng.choice(["not weighed", "", "?"])
                    ts2 = ts + timedelta(seconds=rng.randrange(5, 40))
                    rows.append([receipt, ts2.strftime("%Y-%m-%dT%H:%M:%S"), variant(rng, f, 0.2), wt,
                                 f"${price:.2f}", money(rng, total, "$"),
                                 rng.choice({"Card": ["Card", "card", "CARD", "Card "],
                                             "Cash": ["Cash", "cash", "CASH"]}[pay]), status])
    write("pyo_till.csv", ["Receipt", "Timestamp", "Fruit", "Weight", "Price/lb", "Line Total", "Payment",
                           "Void"], rows)


# ----------------------------------------------------------------------------------------------
# 4. print-on-demand orders


def pod():
    rng = random.Random(23004)
    products = {"T-shirt": 24.00, "Hoodie": 46.00, "Mug": 16.00, "Poster": 19.00, "Tote bag": 18.00,
                "Sticker pack": 6.50}
    pw = {"T-shirt": 10, "Hoodie": 5, "Mug": 6, "Poster": 4, "Tote bag": 3, "Sticker pack": 5}
    designs = ["Moth Moon", "Retro Ramen", "Cat Astronaut", "Mushroom Club", "Night Owl", "Frog Prince",
               "Sourdough Society", "Planet Lemon", "Tiny Cactus", "Ghost Cafe", "Wave Goodbye", "Sloth Mode"]
    dwt = [6, 5, 9, 7, 4, 4, 3, 3, 3, 5, 2, 3]
    countries = ["US", "GB", "CA", "DE", "AU", "NL"]
    cw = [50, 18, 10, 7, 6, 3]
    rows = []
    oid = 1200
    sales = []
    for d in daterange(date(2025, 1, 1), date(2025, 9, 30)):
        base = 9 + (d - date(2025, 1, 1)).days / 60
        if d.month == 9:
            base *= 1.2
        if d.weekday() == 6:
            base *= 1.35
        n = max(1, int(rng.gauss(base, 2.5)))
        for _ in range(n):
            oid += 1
            hour = rng.choices(range(24), weights=[2, 1, 1, 1, 1, 1, 2, 3, 4, 5, 5, 6, 7, 6, 5, 5, 6, 7, 8,
                                                   10, 13, 11, 7, 4])[0]
            ts = datetime(d.year, d.month, d.day, hour, rng.randrange(60))
            prod = rng.choices(list(products), weights=[pw[p] for p in products])[0]
            dws = list(dwt)
            if d >= date(2025, 5, 1):
                dws[3] *= 2.6  # Mushroom Club takes off
                dws[2] *= 0.8
            des = rng.choices(designs, weights=dws)[0]
            qty = rng.choices([1, 2, 3, 4], weights=[80, 14, 4, 2])[0]
            price = products[prod]
            if prod == "Hoodie" and d >= date(2025, 7, 1):
                price = 49.00
            amount = round(price * qty, 2)
            country = rng.choices(countries, weights=cw)[0]
            ship = 4.50 if country == "US" else (8.95 if country in ("GB", "CA") else 11.50)
            if amount >= 50 and country == "US":
                ship = 0.0
            r = rng.random()
            typ = "Sale" if r > 0.025 else "Cancelled"
            sales.append((oid, ts, prod, des, qty, amount, ship, country, typ))
    refunds = []
    for s in sales:
        if s[8] == "Sale" and rng.random() < 0.045:
            rts = s[1] + timedelta(days=rng.randint(3, 20), hours=rng.randint(0, 6))
            if rts.date() <= date(2025, 9, 30):
                refunds.append((s[0], rts, s[2], s[3], s[4], -s[5], 0.0, s[7], "Refund"))
    allrows = sorted(sales + refunds, key=lambda r: (r[1], r[0]))
    for (o, ts, prod, des, qty, amount, ship, country, typ) in allrows:
        oid_s = f"{o:06d}" if rng.random() < 0.6 else str(o)
        ts_s = f"{ts.month}/{ts.day}/{ts.year} {ts.hour}:{ts.minute:02d}" if rng.random() < 0.5 else \
            ts.strftime("%m/%d/%Y %H:%M")
        typ_s = rng.choice({"Sale": ["Sale", "Sale", "sale", "SALE"], "Refund": ["Refund", "refund", "REFUND"],
                            "Cancelled": ["Cancelled", "cancelled", "Canceled"]}[typ])
        ship_s = money(rng, ship, "$") if ship else rng.choice(["0", "$0.00", "free", "FREE"])
        if typ == "Refund":
            ship_s = ""
        rows.append([oid_s, ts_s, typ_s, variant(rng, prod, 0.2), variant(rng, des, 0.12), qty,
                     money(rng, amount, "$"), ship_s, variant(rng, country, 0.1).lower() if rng.random() < 0.1
                     else country])
    write("pod_orders.csv", ["Order ID", "Date", "Type", "Product", "Design", "Qty", "Amount", "Shipping",
                             "Country"], rows)


# ----------------------------------------------------------------------------------------------
# 5. home-brew supply shop cash book


def brewshop():
    rng = random.Random(23005)
    rows = []
    suppliers = [("Northern Malt Co", "Ingredients", 380, 9), ("Hopline Supplies", "Ingredients", 260, 8),
                 ("Yeastworks", "Ingredients", 140, 5), ("Glass & Cap Ltd", "Bottles & kit", 320, 5),
                 ("Brewkit Wholesale", "Bottles & kit", 610, 4)]

    def add(d, details, cat, pin, pout, status=""):
        rows.append([d, details, cat, pin, pout, status])

    for d in daterange(date(2024, 1, 1), date(2025, 10, 31)):
        wd = d.weekday()
        season = 1.0 + (0.35 if d.month == 11 else 0) + (0.7 if d.month == 12 else 0) + (0.2 if d.month in (3, 4, 9, 10) else 0) \
            - (0.15 if d.month in (6, 7) else 0)
        growth = 1.0 if d.year == 2024 else 1.12
        if wd != 6:  # shop closed Sundays
            if wd == 0 and d.month not in (11, 12):
                pass
            card = round(rng.uniform(110, 340) * season * growth * (1.6 if wd == 5 else 1.0), 2)
            cash = round(rng.uniform(20, 90) * season * (1.4 if wd == 5 else 1.0), 2)
            add(d, "Shop takings - card", "Sales - shop", card, 0)
            if rng.random() < 0.85:
                add(d, "Shop takings - cash", "Sales - shop", cash, 0)
        if wd == 1:  # weekly online payout on Tuesdays
            amt = round(rng.uniform(380, 720) * season * (1.0 if d.year == 2024 else 1.35), 2)
            add(d, "Online shop payout", "Sales - online", amt, 0)
        if d.day == 1:
            add(d, "Rent - unit 4 Mill Yard", "Rent", 0, 950.0 if d < date(2025, 4, 1) else 1010.0)
        if d.day == 15:
            add(d, "Electric - Octopus", "Utilities", 0, round(rng.uniform(70, 160), 2))
        if d.day == 28:
            add(d, "Wages - Saturday staff", "Wages", 0, round(rng.uniform(520, 640), 2))
        if wd == 4 and rng.random() < 0.6:
            add(d, "Card machine fees", "Fees", 0, round(rng.uniform(18, 45), 2))
        for name, cat, avg, per_year in suppliers:
            if rng.random() < per_year / 100:
                amt = round(rng.gauss(avg, avg * 0.25) * season, 2)
                add(d, f"{name} inv {rng.randint(1000, 9999)}", cat, 0, amt)
        if rng.random() < 0.035:
            add(d, "Customer refund", "Refunds", 0, round(rng.uniform(8, 65), 2))
        if wd == 5 and d.day <= 7 and d.month not in (7, 8):
            places = rng.randint(4, 10)
            add(d, f"Beginners brew day - {places} places", "Classes", places * 45.0, 0)
        if rng.random() < 0.01:
            add(d, "Postage - Royal Mail", "Postage", 0, round(rng.uniform(20, 60), 2))
    # one-off items
    add(date(2024, 9, 12), "New fermenting fridge - Coolbrew Direct", "Equipment", 0, 2385.0)
    add(date(2025, 3, 3), "Business rates", "Rates", 0, 1240.0)
    add(date(2024, 3, 4), "Business rates", "Rates", 0, 1180.0)
    add(date(2025, 6, 20), "Insurance renewal", "Insurance", 0, 612.40)
    add(date(2024, 6, 21), "Insurance renewal", "Insurance", 0, 588.75)
    rows.sort(key=lambda r: (r[0], r[1]))
    # void rows: duplicated entries marked void
    voids = []
    for r in rows:
        if rng.random() < 0.006:
            voids.append([r[0], r[1], r[2], r[3], r[4], rng.choice(["VOID", "void", "Void - entered twice"])])
    rows = sorted(rows + voids, key=lambda r: (r[0], r[1]))
    cat_sp = {"Sales - shop": ["Sales - shop", "Sales - Shop", "sales - shop", "Sales-shop", "SALES - SHOP"],
              "Sales - online": ["Sales - online", "Sales - Online", "sales - online", "Sales-online"],
              "Ingredients": ["Ingredients", "ingredients", "INGREDIENTS", "Ingredients "],
              "Bottles & kit": ["Bottles & kit", "Bottles & Kit", "bottles & kit"]}
    out = []
    for d, details, cat, pin, pout, status in rows:
        cat_s = rng.choice(cat_sp[cat]) if cat in cat_sp else variant(rng, cat, 0.15)
        pin_s = money(rng, pin, "£") if pin else ""
        pout_s = money(rng, pout, "£") if pout else ""
        out.append([d.strftime("%d-%m-%Y"), details, cat_s, pin_s, pout_s, status])
    write("brewshop_cashbook.csv", ["Date", "Details", "Category", "Paid In", "Paid Out", "Status"], out)


if __name__ == "__main__":
    tutoring()
    kennel()
    pyo()
    pod()
    brewshop()
