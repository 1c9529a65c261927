#!/usr/bin/env python3
"""Held-out set 40: writes data/*.csv (seeded, standard library only, byte-for-byte reproducible).

    python3 tests/heldout/set40/generate.py

Five made-up datasets, one seed each (40001-40005):
    match_results.csv + venues.csv      an angling club's match results and its list of waters
    cottage_bookings.csv                two holiday cottages' booking sheet
    speedwatch_log.csv + csw_sites.csv  a village Community Speedwatch group's session log and its sites
    camera_club_comps.csv               a camera club's league competition entries (saved from Excel)
    house_renovation.csv                a household's renovation spending sheet (signed: refunds negative)
"""

import csv
import io
import math
import random
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def write_csv(name, header, rows, crlf=False, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    text = buf.getvalue()
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    (DATA / name).write_bytes(data)


def pick(rng, options, weights=None):
    if weights is None:
        return options[rng.randrange(len(options))]
    return rng.choices(options, weights=weights, k=1)[0]


# ------------------------------------------------------------------------------------------------
# 1. angling club match results + venues (seed 40001)

VENUES = [
    # code, water, type as written, pegs, day ticket, miles, notes, type key, match weight
    ("V01", "Mill Lane Pond", "Commercial", "32", "£8", "4", "", "commercial", 3),
    ("V02", "Grand Union Canal - Bridges 58-64", "canal", "40", "club card", "2", "", "canal", 2),
    ("V03", "River Soar - Meadow Stretch", "River", "25", "£6", "9", "Closed season 15 Mar - 15 Jun", "river", 2),
    ("V04", "Hollow Lakes (Match Lake)", "commercial fishery", "45", "£10.00", "14", "Barbless hooks only", "commercial", 3),
    ("V05", "Broad Water", "Natural lake", "30", "£7", "11", "", "lake", 2),
    ("V06", "Oxford Canal - Cosby Stretch", "Canal ", "35", "club card", "6", "", "canal", 2),
    ("V07", "River Trent - Long Reach", "river", "40", "£7", "23", "Closed season 15 Mar - 15 Jun", "river", 1),
    ("V08", "Swan Pool", "Lake", "20", "£6", "17", "New water for 2025 - no matches booked yet", "lake", 0),
]
VENUE_NAMES = {
    "V01": ["Mill Lane Pond", "Mill Lane", "mill lane pond"],
    "V02": ["Grand Union", "Grand Union Canal", "GU canal"],
    "V03": ["River Soar", "Soar - Meadow stretch", "soar"],
    "V04": ["Hollow Lakes", "Hollow Lakes Match Lake", "hollow lakes"],
    "V05": ["Broad Water", "Broadwater", "broad water"],
    "V06": ["Oxford Canal (Cosby)", "Cosby", "Oxford canal"],
    "V07": ["River Trent", "Trent - Long Reach", "trent"],
}

ANGLERS = [
    # canonical, first-name short form, skill, attendance
    ("Dave Hopkins", "Dave", 1.50, 0.85), ("Kev Tranter", "Kev", 1.05, 0.7), ("Mick Doherty", "Mick", 0.95, 0.75),
    ("Paul Ashworth", "Paul", 1.15, 0.6), ("Gary Nuttall", "Gary", 0.85, 0.8), ("Lee Brennan", "Lee", 1.0, 0.55),
    ("Ian Fairclough", "Ian", 0.9, 0.65), ("Stuart Bell", "Stuart", 1.1, 0.5), ("Carl Whitworth", "Carl", 0.8, 0.7),
    ("Rob Pickering", "Rob", 1.2, 0.45), ("Tony Cresswell", "Tony", 0.75, 0.85), ("Andy Greaves", "Andy", 1.0, 0.6),
    ("Phil Moorcroft", "Phil", 0.9, 0.5), ("Jason Kerr", "Jason", 1.05, 0.4), ("Wayne Duckworth", "Wayne", 0.7, 0.6),
    ("Neil Sutcliffe", "Neil", 0.95, 0.55), ("Terry Bagshaw", "Terry", 0.65, 0.75), ("Sam Okafor", "Sam", 1.1, 0.35),
    ("Chris Haworth", "Chris", 0.85, 0.45), ("Mark Lomax", "Mark", 0.9, 0.3),
]
LONG_NAMES = {"Dave": "David", "Kev": "Kevin", "Mick": "Michael", "Tony": "Anthony", "Andy": "Andrew"}
VISITORS = ["Jim Rowley", "R Patel", "Bob Stansfield", "Lenny Cope", "Ged Murray", "Alan Pryce", "Shaun Tate"]

SPECIES = {
    "commercial": [("Carp", ["Carp", "carp", "Carp (mirrors)"], 6), ("F1s", ["F1s", "F1", "f1s"], 3),
                   ("Skimmers", ["Skimmers", "skimmers", "Skimmer bream"], 2)],
    "canal": [("Roach", ["Roach", "roach", "Roach & perch"], 4), ("Perch", ["Perch", "perch"], 2),
              ("Skimmers", ["Skimmers", "skimmers"], 2), ("Bream", ["Bream", "bream"], 1)],
    "river": [("Chub", ["Chub", "chub"], 3), ("Roach", ["Roach", "roach"], 2), ("Bream", ["Bream", "bream", "BREAM"], 2),
              ("Barbel", ["Barbel", "barbel"], 1)],
    "lake": [("Bream", ["Bream", "bream", "Bream (slabs)"], 4), ("Tench", ["Tench", "tench"], 2),
             ("Roach", ["Roach", "roach"], 2)],
}
MEAN_LB = {"commercial": 34.0, "canal": 6.5, "river": 13.0, "lake": 17.0}
MONTH_F = {3: 0.7, 4: 0.9, 5: 1.1, 6: 1.2, 7: 1.25, 8: 1.15, 9: 1.0, 10: 0.85, 12: 0.55}


def angler_written(rng, canon, short):
    first, last = canon.split()
    r = rng.random()
    if r < 0.55:
        return canon
    if r < 0.65:
        return f"{first[0]} {last}"
    if r < 0.72:
        return f"{first[0]}. {last}"
    if r < 0.80:
        return f"{short} {last[0]}"
    if r < 0.87:
        return canon.lower()
    if r < 0.93 and short in LONG_NAMES:
        return f"{LONG_NAMES[short]} {last}"
    return canon + " "


def match_date_written(rng, d, style):
    if rng.random() < 0.12:
        style = rng.randrange(4)
    if style == 0:
        return d.strftime("%d/%m/%Y")
    if style == 1:
        return f"{d.day}/{d.month}/{d.strftime('%y')}"
    if style == 2:
        return f"Sun {d.day} {MONTHS[d.month - 1]} {d.year}" if d.weekday() == 6 else f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
    return d.isoformat()


def weight_written(rng, oz):
    lb, o = divmod(oz, 16)
    r = rng.random()
    if lb == 0:
        return pick(rng, [f"{o}oz", f"0-{o:02d}", f"0lb {o}oz"])
    if r < 0.40:
        return f"{lb}lb {o}oz"
    if r < 0.65:
        return f"{lb}-{o:02d}"
    if r < 0.75:
        return f"{lb}-{o}"
    if r < 0.88:
        return f"{lb} lb {o} oz"
    if o == 0:
        return f"{lb}lb"
    return f"{lb}lb {o}"


def money_written(rng, v):
    r = rng.random()
    if r < 0.4:
        return f"£{v}"
    if r < 0.7:
        return f"{v}.00"
    if r < 0.85:
        return f"£{v}.00"
    return str(v)


def gen_angling():
    rng = random.Random(40001)
    write_csv("venues.csv", ["Code", "Water", "Type", "Pegs", "Day ticket", "Miles from clubhouse", "Notes"],
              [list(v[:7]) for v in VENUES])
    vinfo = {v[0]: v for v in VENUES}

    dates = []
    for start, end in ((date(2024, 3, 3), date(2024, 10, 27)), (date(2025, 3, 2), date(2025, 10, 26))):
        d = start
        while d <= end:
            dates.append(d)
            d += timedelta(days=14)
    dates.append(date(2024, 12, 26))  # Boxing Day match
    dates.sort()
    called_off = {date(2024, 4, 14): ("V01", "Match off - Mill Lane flooded"),
                  date(2024, 9, 29): ("V07", "Called off - river in flood"),
                  date(2025, 7, 20): ("V04", "Cancelled - fishery closed (heatwave, low oxygen)")}
    kg_matches = {date(2024, 8, 4), date(2025, 6, 22)}

    rows = []
    last_venue = None
    for d in dates:
        style = rng.randrange(4)
        if d in called_off:
            code, note = called_off[d]
            rows.append([match_date_written(rng, d, style), venue_written(rng, code), "", "", "", "", "", note])
            continue
        closed = (d.month, d.day) >= (3, 15) and (d.month, d.day) <= (6, 15)
        choices = [v for v in VENUES if v[8] > 0 and not (closed and v[7] == "river") and v[0] != last_venue]
        if d == date(2024, 12, 26):
            code = "V01"
        else:
            code = pick(rng, [v[0] for v in choices], [v[8] for v in choices])
        last_venue = code
        vtype = vinfo[code][7]
        year_f = 1.08 if d.year == 2025 else 1.0
        entrants = [a for a in ANGLERS if rng.random() < a[3]]
        if d == date(2024, 12, 26):
            entrants = [a for a in ANGLERS if rng.random() < 0.5]
        nvis = pick(rng, [0, 0, 1, 1, 2])
        visitors = rng.sample(VISITORS, nvis)
        people = [("m", a) for a in entrants] + [("v", v) for v in visitors]
        rng.shuffle(people)
        pegs = rng.sample(range(1, int(vinfo[code][3]) + 1), len(people))
        results = []
        for (kind, who), peg in zip(people, pegs):
            if kind == "m":
                name = angler_written(rng, who[0], who[1])
                skill = who[2]
            else:
                name = pick(rng, [f"Visitor - {who}", f"guest: {who}", f"{who} (visitor)"])
                skill = 0.9
            if kind == "m" and rng.random() < 0.045:
                results.append([name, peg, "absent", None])
                continue
            p_dnw = {"canal": 0.10, "river": 0.08, "lake": 0.06, "commercial": 0.02}[vtype]
            if d.month in (3, 10, 12):
                p_dnw *= 1.6
            if rng.random() < p_dnw and who != ANGLERS[0]:
                results.append([name, peg, "dnw", None])
                continue
            lb = MEAN_LB[vtype] * MONTH_F[d.month] * skill * year_f * math.exp(rng.gauss(0, 0.42))
            if who == ANGLERS[0] and d.year == 2025:
                lb *= 1.12
            oz = max(1, int(round(lb * 16)))
            results.append([name, peg, "w", oz])
        # keep the top weight alone (a match has one winner)
        weighed = sorted([r for r in results if r[2] == "w"], key=lambda r: -r[3])
        if len(weighed) >= 2 and weighed[0][3] - weighed[1][3] < 8:
            weighed[0][3] = weighed[1][3] + 8 + rng.randrange(40)
        kg = d in kg_matches
        nfished = len(weighed) + sum(1 for r in results if r[2] == "dnw")
        pot = 5 * nfished
        prizes = [int(round(pot * 0.5)), int(round(pot * 0.3)), int(round(pot * 0.2))]
        prize_of = {}
        for i, r in enumerate(weighed[:3]):
            prize_of[id(r)] = prizes[i]
        first_note = "Club scales in the van - weighed in kilos" if kg else ""
        results.sort(key=lambda r: r[1])
        for i, (name, peg, kind, oz) in enumerate(results):
            pegw = pick(rng, [str(peg), str(peg), f"Peg {peg}", f"p{peg}"])
            species = ""
            payout = ""
            note = ""
            if kind == "absent":
                weight = pick(rng, ["absent", "DNF", "no show", "didn't turn up"])
                pegw = ""
            elif kind == "dnw":
                weight = pick(rng, ["DNW", "dnw", "DNW (blanked)"])
            else:
                if kg:
                    weight = pick(rng, [f"{oz / 16 * 0.45359237:.2f}kg", f"{oz / 16 * 0.45359237:.2f} kg"])
                else:
                    weight = weight_written(rng, oz)
                opts = SPECIES[vtype]
                key_species = pick(rng, opts, [o[2] for o in opts])
                species = pick(rng, key_species[1])
            if kind == "w":
                for r in weighed[:3]:
                    if r[0] == name and r[1] == peg:
                        payout = money_written(rng, prize_of[id(r)])
                if rng.random() < 0.08:
                    note = pick(rng, ["Lost a good carp at the net", "new PB", "Section A winner",
                                      "Fished the feeder", "pole 13m", "Most fish on the day"])
            if i == 0 and first_note:
                note = first_note
            if d == date(2024, 12, 26) and i == 0:
                note = "Boxing Day fun match"
            rows.append([match_date_written(rng, d, style), venue_written(rng, code), pegw, name, weight, species, payout, note])
    write_csv("match_results.csv", ["Date", "Venue", "Peg", "Angler", "Weight", "Main species", "Payout", "Notes"], rows)


def venue_written(rng, code):
    n = int(code[1:])
    name = pick(rng, VENUE_NAMES[code]) if code in VENUE_NAMES else "Swan Pool"
    r = rng.random()
    if r < 0.35:
        return f"{code} {name}"
    if r < 0.5:
        return code
    if r < 0.6:
        return f"V{n}"
    if r < 0.7:
        return f"{n:02d} - {name}"
    if r < 0.8:
        return str(n)
    return name


# ------------------------------------------------------------------------------------------------
# 2. holiday cottage bookings (seed 40002)

COTTAGES = [
    ("Curlew Cottage", ["Curlew Cottage", "Curlew", "curlew cottage", "Curlew Cott."], 92, 148, 60, 4),
    ("The Old Dairy", ["The Old Dairy", "Old Dairy", "old dairy", "The Dairy"], 138, 215, 80, 6),
]
SEASON = {1: 0.0, 2: 0.1, 3: 0.2, 4: 0.45, 5: 0.55, 6: 0.7, 7: 0.85, 8: 1.0, 9: 0.6, 10: 0.4, 11: 0.05, 12: 0.3}
SURNAMES = ["Patel", "Jones", "Williams", "Hughes", "O'Brien", "Clarke", "Evans", "Kowalski", "Murphy", "Ahmed",
            "Taylor", "Wood", "Bennett", "Fraser", "Lloyd", "Singh", "Walsh", "Dunn", "Price", "Moss", "Harper",
            "Baxter", "Nolan", "Reid", "Chapman", "Doyle", "Ellis", "Foster", "Gill", "Holt"]
FIRSTS = ["Sarah", "James", "Emma", "Tom", "Rachel", "Mark", "Helen", "Chris", "Lucy", "Dan", "Priya", "Ben"]
EXPORT = date(2025, 9, 1)


def cottage_date(d, style):
    if style == 0:
        return d.strftime("%d/%m/%Y")
    if style == 1:
        return f"{DAYS[d.weekday()]} {d.strftime('%d/%m/%Y')}"
    if style == 2:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return d.isoformat()


def gen_cottages():
    rng = random.Random(40002)
    stays = []
    for ci, (canon, spellings, low, high, clean, sleeps) in enumerate(COTTAGES):
        cur = date(2024, 1, 3) + timedelta(days=rng.randrange(6))
        while cur < date(2025, 12, 18):
            s = SEASON[cur.month]
            r = rng.random()
            if r < 0.4:
                n = 7
                while cur.weekday() not in (4, 5):
                    cur += timedelta(days=1)
            elif r < 0.7:
                n = 3
                while cur.weekday() != 4:
                    cur += timedelta(days=1)
            elif r < 0.88:
                n = 4
                while cur.weekday() != 0:
                    cur += timedelta(days=1)
            else:
                n = rng.randrange(2, 11)
            if cur.month in (7, 8) and n < 7 and rng.random() < 0.5:
                n = 7
            out = cur + timedelta(days=n)
            if out.year != cur.year or (out >= EXPORT and cur < EXPORT):
                cur = out + timedelta(days=1)
                continue
            stays.append((ci, cur, out))
            gap = int(rng.expovariate(1.0 / (1 + 12 * (1 - s) ** 2)))
            if rng.random() < 0.1 + 0.75 * s ** 2:
                gap = 0
            cur = out + timedelta(days=gap)
    stays.sort(key=lambda t: (t[1], t[0]))

    rows = []
    seq = {2024: 0, 2025: 0}
    for ci, arr, dep in stays:
        canon, spellings, low, high, clean, sleeps = COTTAGES[ci]
        nights = (dep - arr).days
        s = SEASON[arr.month]
        rate = low + (high - low) * s
        if arr.year == 2025:
            rate *= 1.06
        rate = round(rate)
        source = pick(rng, ["Airbnb", "Booking.com", "Direct", "Sykes"], [42, 24, 24, 10])
        dogs = pick(rng, [0, 0, 0, 1, 1, 2]) if rng.random() < 0.55 else 0
        adults = pick(rng, [2, 2, 2, 1, 3, 4]) if sleeps == 4 else pick(rng, [2, 2, 4, 4, 3, 6])
        adults = min(adults, sleeps)
        kids = 0
        if adults < sleeps and rng.random() < 0.4:
            kids = rng.randrange(1, min(3, sleeps - adults) + 1)
        gross = nights * rate + clean + 25 * dogs
        if source == "Direct" and rng.random() < 0.5:
            gross -= round(gross * 0.05)  # repeat-guest discount
        comm = {"Airbnb": 0.155, "Booking.com": 0.15, "Sykes": 0.22, "Direct": 0.0}[source]
        commission = round(gross * comm, 2)
        lead = int(rng.expovariate(1 / 60.0)) + 2
        if source == "Direct":
            lead += 30
        booked = datetime.combine(arr - timedelta(days=lead), datetime.min.time()) + timedelta(
            minutes=rng.randrange(7 * 60, 23 * 60), seconds=rng.randrange(60))
        if booked.date() >= EXPORT:
            booked = datetime(2025, 8, 30, 20, 14, 3)
        if arr >= EXPORT:
            status = pick(rng, ["Confirmed", "Booked", "upcoming"])
        elif rng.random() < 0.08:
            status = pick(rng, ["Cancelled", "cancelled - refunded", "Canceled", "CXL"])
        else:
            status = pick(rng, ["Stayed", "Completed", "done", "Stayed", "✓"])
        cancelled = status in ("Cancelled", "cancelled - refunded", "Canceled", "CXL")
        stayed = status in ("Stayed", "Completed", "done", "✓")
        # reference
        if source == "Airbnb":
            ref = "HM" + "".join(rng.choice("ABCDEFGHJKMNPQRSTWXYZ23456789") for _ in range(8))
        elif source == "Booking.com":
            ref = str(rng.randrange(3000000000, 4999999999))
        elif source == "Sykes":
            ref = f"SYK{rng.randrange(100000, 999999)}"
        else:
            seq[arr.year] += 1
            ref = f"D{arr.year}-{seq[arr.year]:03d}"
        sw = pick(rng, spellings, [6, 2, 1, 1])
        srcw = {"Airbnb": ["Airbnb", "airbnb", "AirBnB", "Air BnB"],
                "Booking.com": ["Booking.com", "booking.com", "Booking"],
                "Direct": ["Direct", "direct", "Direct (repeat)", "Direct - website"],
                "Sykes": ["Sykes", "Sykes Cottages"]}[source]
        srcw = pick(rng, srcw)
        if source in ("Airbnb", "Booking.com"):
            bookedw = booked.strftime("%Y-%m-%d %H:%M:%S")
        else:
            bookedw = pick(rng, [booked.strftime("%d/%m/%Y"), booked.strftime("%d/%m/%Y %H:%M")])
        style = pick(rng, [0, 0, 1, 2, 3])
        nightsw = "" if rng.random() < 0.2 else pick(rng, [str(nights), str(nights), f"{nights} nights", f"{nights}n"])
        if kids:
            guestsw = pick(rng, [f"{adults}+{kids}", f"{adults}A {kids}C", f"{adults} adults {kids} kids", str(adults + kids)])
        else:
            guestsw = pick(rng, [str(adults), str(adults), f"{adults} adults" if adults > 1 else "1 adult"])
        if dogs == 0:
            dogsw = pick(rng, ["", "none", "0", "No"])
        elif dogs == 1:
            dogsw = pick(rng, ["1 dog", "dog", "1", "Yes - 1 dog"])
        else:
            dogsw = pick(rng, ["2 dogs", "2"])
        grossw = pick(rng, [f"£{gross:,.2f}", f"{gross}", f"£{gross:,}", f"{gross:.2f}"])
        if source == "Direct":
            commw = pick(rng, ["", "0", "n/a", "-"])
        elif cancelled:
            commw = pick(rng, ["0", "£0.00", ""])
        else:
            commw = pick(rng, [f"£{commission:,.2f}", f"{commission:.2f}"])
        rating = ""
        if stayed and source == "Airbnb" and rng.random() < 0.72:
            stars = pick(rng, [5, 4, 3], [72, 24, 4])
            rating = pick(rng, [str(stars), f"{stars}*", f"{stars} stars", "★" * stars])
        elif stayed and source == "Booking.com" and rng.random() < 0.6:
            rating = pick(rng, ["10", "9.6", "9.2", "8.8", "8.3", "10", "9.6"])
        name = pick(rng, [f"Mr & Mrs {rng.choice(SURNAMES)}", f"{rng.choice(FIRSTS)} {rng.choice(SURNAMES)}",
                          f"{rng.choice(SURNAMES)} family", f"{rng.choice(FIRSTS)} {rng.choice(SURNAMES)}"])
        note = ""
        if cancelled:
            note = pick(rng, ["Guest cancelled - full refund", "cancelled (illness)", "Refunded in full", ""])
        elif rng.random() < 0.12:
            note = pick(rng, ["Late checkout", "Early check-in", "Repeat guests", "Wedding guests",
                              "Left it spotless", "Broke a glass - no charge", "Asked about Christmas"])
        rows.append([ref, sw, name, srcw, bookedw, cottage_date(arr, style), cottage_date(dep, style), nightsw,
                     guestsw, dogsw, grossw, commw, status, rating, note])
    write_csv("cottage_bookings.csv",
              ["Ref", "Cottage", "Guest", "Source", "Booked", "Arrive", "Depart", "Nights", "Guests", "Dogs",
               "Total paid", "Commission", "Status", "Rating", "Notes"], rows)


# ------------------------------------------------------------------------------------------------
# 3. community speedwatch sessions + sites (seed 40003)

SITES = [
    ("CSW01", "Little Haddon", "Main Street (by primary school)", "30mph", "Eastbound", "Yes", "", 5, 30, 210),
    ("CSW02", "Little Haddon", "Station Road", "30", "Both", "Yes", "", 3, 30, 120),
    ("CSW03", "Little Haddon", "B4032 north of village", "40 mph", "Southbound", "yes", "Use the field gateway", 2, 40, 260),
    ("CSW04", "Brockley", "Church Lane", "20mph", "Both", "Yes", "", 3, 20, 90),
    ("CSW05", "Brockley", "High Street", "20 mph zone", "Westbound", "Yes", "", 3, 20, 170),
    ("CSW06", "Brockley", "A428 approach (Brockley Hill)", "40mph", "Eastbound", "Yes", "", 2, 40, 320),
    ("CSW07", "Ashwell Green", "Green Lane", "30 MPH", "Both", "Yes", "", 2, 30, 110),
    ("CSW08", "Ashwell Green", "Long Lane", "30", "Both", "Pending", "Awaiting police risk assessment", 0, 30, 100),
]
VOLUNTEERS = [
    ("Sue", ["Sue", "Sue P", "sue", "Sue Parker"], 9), ("Ray", ["Ray", "Ray T", "ray", "Raymond"], 6),
    ("Anil", ["Anil", "Anil K", "anil"], 5), ("Bev", ["Bev", "Beverley", "bev", "Bev W"], 6),
    ("Graham", ["Graham", "Graham H", "graham"], 7), ("Helen", ["Helen", "Helen M", "helen"], 4),
    ("Kath", ["Kath", "Kathryn", "kath"], 5), ("Tom", ["Tom", "Tom B", "tom"], 3),
    ("Jo", ["Jo", "Joanne", "jo"], 4), ("Pete", ["Pete", "Peter", "pete", "Pete R"], 5),
    ("Margaret", ["Margaret", "Marg", "margaret"], 3), ("Colin", ["Colin", "Colin D", "colin"], 2),
]


def time_written(rng, minutes):
    h, m = divmod(minutes, 60)
    r = rng.random()
    if r < 0.45:
        return f"{h:02d}:{m:02d}"
    if r < 0.6:
        return f"{h}.{m:02d}"
    if r < 0.7:
        return f"{h:02d}{m:02d}"
    h12 = h - 12 if h > 12 else h
    ampm = "pm" if h >= 12 else "am"
    if m == 0 and rng.random() < 0.5:
        return f"{h12}{ampm}"
    return f"{h12}:{m:02d}{ampm}" if r < 0.85 else f"{h12}.{m:02d}{ampm}"


def gen_speedwatch():
    rng = random.Random(40003)
    write_csv("csw_sites.csv", ["Site ref", "Village", "Location", "Speed limit", "Direction", "Approved", "Notes"],
              [list(s[:7]) for s in SITES])
    rows = []
    d = date(2024, 1, 8)
    end = date(2025, 8, 29)
    day_w = [3, 5, 2, 4, 3, 1, 0]
    while d <= end:
        # this week's sessions
        k = pick(rng, [1, 2, 2, 3, 3])
        if d.month in (12,) and d.day > 18:
            k = 0
        days = sorted(set(rng.choices(range(7), weights=day_w, k=k)))
        for wd in days:
            sd = d + timedelta(days=wd)
            if sd > end:
                continue
            site = pick(rng, SITES, [s[7] for s in SITES])
            slot = pick(rng, ["am", "pm", "mid", "eve"], [50, 30, 10, 10])
            if slot == "am":
                st = pick(rng, [7 * 60 + 30, 7 * 60 + 45, 8 * 60, 8 * 60 + 15, 8 * 60 + 30])
            elif slot == "pm":
                st = pick(rng, [14 * 60 + 45, 15 * 60, 15 * 60 + 15, 15 * 60 + 30, 16 * 60])
            elif slot == "mid":
                st = pick(rng, [10 * 60, 11 * 60, 11 * 60 + 30, 12 * 60 + 30])
            else:
                st = pick(rng, [17 * 60 + 30, 18 * 60, 18 * 60 + 30])
            dur = pick(rng, [45, 60, 60, 60, 75, 90, 90, 120])
            team = []
            size = pick(rng, [3, 3, 4, 4, 5])
            pool = list(VOLUNTEERS)
            while len(team) < size:
                v = pick(rng, pool, [p[2] for p in pool])
                pool.remove(v)
                team.append(v)
            seps = pick(rng, [", ", ", ", " / ", " & "])
            names = [pick(rng, v[1], [5] + [1] * (len(v[1]) - 1)) for v in team]
            if seps == " & ":
                teamw = ", ".join(names[:-1]) + " & " + names[-1]
            else:
                teamw = seps.join(names)
            weather = pick(rng, ["Dry", "dry", "Sunny", "Overcast", "overcast", "Light rain", "Drizzle", "Cold & dry", "Windy"])
            note = ""
            cancelled = rng.random() < 0.055
            if cancelled:
                note = pick(rng, ["Cancelled - heavy rain", "Called off - radar gun not charged",
                                  "cancelled, only 2 volunteers", "Cancelled - road closed for resurfacing"])
                weather = pick(rng, ["Heavy rain", "", "Rain"]) if "rain" in note else ""
                rows.append([sd, site[0], st, None, teamw, "cancelled" if rng.random() < 0.5 else "", "", "", weather, note, None])
                continue
            vph = site[9] * (1.15 if slot in ("am", "pm") else 0.8) * math.exp(rng.gauss(0, 0.18))
            checked = max(20, int(round(vph * dur / 60)))
            share = {20: 0.27, 30: 0.09, 40: 0.05}[site[8]]
            if site[0] == "CSW01":
                share = 0.12 if sd < date(2025, 1, 1) else 0.065
            if site[0] == "CSW05" and sd >= date(2025, 1, 1):
                share = 0.22
            over = max(0, int(round(checked * share * math.exp(rng.gauss(0, 0.2)))))
            if rng.random() < 0.04:
                over = 0
            top = None
            if over > 0:
                top = site[8] + 3 + int(round(abs(rng.gauss(0, 4)) + 2 * math.log(over + 1)))
            end_min = st + dur
            if rng.random() < 0.04:
                end_min = None
            rows.append([sd, site[0], st, end_min, teamw, checked, over, top, weather, note, dur])
        d += timedelta(days=7)
    # a record speed on the 40 limit by Brockley Hill
    for r in rows:
        if r[1] == "CSW06" and r[0] == max(x[0] for x in rows if x[1] == "CSW06" and x[6]):
            r[7] = 71
            r[9] = "Motorbike at 71 - reported to police"
            break
    out = []
    for sd, code, st, en, teamw, checked, over, top, weather, note, dur in rows:
        ds = pick(rng, [0, 0, 0, 1, 2])
        if ds == 0:
            dw = sd.strftime("%d/%m/%Y")
        elif ds == 1:
            dw = f"{sd.day}/{sd.month}/{sd.strftime('%y')}"
        else:
            dw = f"{DAYS[sd.weekday()]} {sd.day} {MONTHS[sd.month - 1]} {sd.year}"
        n = int(code[3:])
        codew = pick(rng, [code, code, code, f"CSW {n}", f"csw{n:02d}", str(n), f"CSW-{n:02d}"])
        stw = time_written(rng, st)
        enw = time_written(rng, en) if en is not None else ""
        if isinstance(checked, int):
            if rng.random() < 0.03 and code != "CSW01":
                checkedw = pick(rng, ["not counted", "counter failed"])
            else:
                checkedw = pick(rng, [str(checked), str(checked), f"{checked} vehicles", f"{checked} veh"])
            if over == 0:
                overw = pick(rng, ["0", "none", "None"])
            elif rng.random() < 0.08:
                overw = f"{over} (incl {min(over, rng.randrange(1, 3))} HGV)"
            else:
                overw = str(over)
            if top is None:
                topw = pick(rng, ["", "-", "n/a"])
            else:
                topw = pick(rng, [f"{top}mph", str(top), f"{top} mph", f"{top} MPH"])
        else:
            checkedw, overw, topw = checked, over, ""
        out.append([dw, codew, stw, enw, teamw, checkedw, overw, topw, weather, note])
    write_csv("speedwatch_log.csv", ["Date", "Site", "Start", "End", "Team", "Vehicles checked", "Over limit",
                                     "Top speed", "Weather", "Notes"], out)


# ------------------------------------------------------------------------------------------------
# 4. camera club competitions (seed 40004)

MEMBERS = [
    # canonical, skill, print prob, pdi prob, seasons
    ("Jane Marsh", 18.1, 0.85, 0.9, (1, 1)), ("Robert Liddle", 16.2, 1.0, 1.0, (1, 1)),
    ("Anne Whitfield", 16.9, 0.5, 0.9, (1, 1)), ("Keith Ormerod", 15.6, 0.6, 0.7, (1, 1)),
    ("Priya Nair", 17.0, 0.3, 0.9, (1, 1)), ("Malcolm Greer", 15.1, 0.8, 0.6, (1, 1)),
    ("Gillian Ashby", 16.0, 0.6, 0.7, (1, 1)), ("Derek Foulds", 14.8, 0.9, 0.5, (1, 0)),
    ("Linda Carver", 15.8, 0.4, 0.8, (1, 1)), ("Trevor Haigh", 16.5, 0.7, 0.7, (1, 1)),
    ("Sheila Dobson", 15.2, 0.5, 0.6, (1, 1)), ("Martin Quayle", 17.2, 0.7, 0.8, (0, 1)),
    ("Oliver Brandt", 15.4, 0.2, 0.9, (1, 1)), ("Hazel Kirkby", 16.6, 0.6, 0.8, (1, 1)),
    ("Neville Ross", 14.6, 0.6, 0.5, (1, 0)), ("Fiona Gale", 15.9, 0.5, 0.7, (0, 1)),
    ("Brian Tolley", 15.0, 0.7, 0.4, (1, 1)), ("Ruth Beckett", 16.3, 0.4, 0.7, (1, 1)),
    ("Colin Armitage", 15.5, 0.3, 0.6, (1, 0)), ("Tessa Lund", 16.1, 0.5, 0.8, (0, 1)),
    ("Vic Porter", 14.9, 0.6, 0.6, (1, 1)), ("Eileen Shaw", 15.7, 0.5, 0.5, (1, 1)),
]
JUDGES = [
    # spellings, generosity, half marks
    (["Peter Davies ARPS", "P. Davies", "Peter Davies"], 1.6, False),
    (["Sandra Kemp LRPS", "Sandra Kemp", "S Kemp"], -0.6, True),
    (["Alan Birch", "Alan Birch CPAGB", "A. Birch"], 0.1, False),
    (["Margaret Howe DPAGB", "Margaret Howe", "M Howe"], -1.3, True),
    (["John Pilling", "J Pilling", "John Pilling EFIAP"], 0.0, False),
    (["Dr Ian Rees", "Ian Rees ARPS", "I. Rees"], -0.2, True),
    (["Carol Webb", "Carol Webb LRPS"], 0.3, False),
    (["Stephen Lowe", "Steve Lowe CPAGB", "S. Lowe"], -0.4, False),
    (["Nadia Petrova", "N Petrova"], 0.0, True),
]
SECTIONS = {
    "Open Print": ["Open Print", "Open print", "Prints - Open", "open prints"],
    "Mono Print": ["Mono Print", "Monochrome print", "Mono prints", "mono print"],
    "Open PDI": ["Open PDI", "PDI - Open", "Open projected", "open pdi"],
    "Nature PDI": ["Nature PDI", "Nature (PDI)", "Nature projected", "nature pdi"],
}
SECTION_F = {"Open Print": 1.0, "Mono Print": 0.0, "Open PDI": -0.05, "Nature PDI": -0.35}
WORDS1 = ["Morning", "Evening", "Winter", "Autumn", "Quiet", "Golden", "Lone", "Misty", "Last", "Silver", "Broken", "Northern"]
WORDS2 = ["Light", "Harbour", "Fells", "Reflections", "Heron", "Lanes", "Market", "Pier", "Tree", "Shadows", "Gate", "Steps"]
NATURE = ["Kingfisher with Fish", "Red Kite Banking", "Brown Hare", "Common Darter", "Puffin at Burrow", "Roe Deer in Frost",
          "Grey Seal Pup", "Orange-tip on Cuckooflower", "Barn Owl Hunting", "Dipper", "Little Egret", "Otter"]


def member_written(rng, canon):
    first, last = canon.split()
    r = rng.random()
    if r < 0.6:
        return canon
    if r < 0.72:
        return f"{first[0]} {last}"
    if r < 0.8:
        return f"{first} {last[0]}"
    if r < 0.9:
        return canon.lower()
    return canon + " "


def tuesday(y, m, nth=2):
    d = date(y, m, 1)
    while d.weekday() != 1:
        d += timedelta(days=1)
    return d + timedelta(days=7 * (nth - 1))


def gen_camera():
    rng = random.Random(40004)
    rows = []
    nights = []
    for si, (y1, label) in enumerate(((2023, "2023-24"), (2024, "2024-25"))):
        months = [(y1, 9), (y1, 10), (y1, 11), (y1, 12), (y1 + 1, 1), (y1 + 1, 2), (y1 + 1, 3), (y1 + 1, 4)]
        for rnd, (y, m) in enumerate(months, start=1):
            nights.append((si, label, rnd, tuesday(y, m)))
    judge_order = [0, 1, 2, 3, 4, 5, 6, 7, 8, 2, 0, 3, 5, 4, 1, 7]
    for ni, (si, label, rnd, d) in enumerate(nights):
        judge = JUDGES[judge_order[ni]]
        prints = rnd % 2 == 1
        sections = ["Open Print", "Mono Print"] if prints else ["Open PDI", "Nature PDI"]
        seasonw_opts = [label, label.replace("-", "/"), label[2:]]
        compw = pick(rng, [f"League Rd {rnd}", f"Round {rnd}", f"League round {rnd}", f"Rd{rnd}"])
        datew = pick(rng, [d.strftime("%d/%m/%Y"), f"{d.day} {MONTHS[d.month - 1]} {d.year}", d.isoformat(),
                           f"{d.day}/{d.month}/{d.strftime('%y')}"])
        judgew = pick(rng, judge[0])
        for sec in sections:
            entries = []
            for canon, skill, pp, pd, seasons in MEMBERS:
                if not seasons[si]:
                    continue
                p_enter = pp if prints else pd
                if ni == len(nights) - 1:
                    p_enter = min(1.0, p_enter + 0.25)  # end-of-season night: everyone brings their best
                if rng.random() > p_enter:
                    continue
                n = 2 if ni == len(nights) - 1 or canon == "Robert Liddle" else pick(rng, [1, 2, 2])
                for _ in range(n):
                    s = skill + judge[1] + SECTION_F[sec] + (0.35 if si == 1 else 0.0) + rng.gauss(0, 1.25)
                    s = max(10.0, min(20.0, s))
                    s = round(s * 2) / 2 if judge[2] else float(round(s))
                    entries.append([canon, s, rng.random()])
            # withdrawn / disqualified
            for e in entries:
                e.append("")
                if rng.random() < 0.02:
                    e[3] = "W"
                elif sec == "Nature PDI" and rng.random() < 0.03:
                    e[3] = "DQ"
            scored = sorted([e for e in entries if not e[3]], key=lambda e: (-e[1], e[2]))
            awards = {}
            for i, e in enumerate(scored[:3]):
                awards[id(e)] = ["1st", "2nd", "3rd"][i]
            hc = [e for e in scored[3:] if e[1] >= 17][:3]
            for e in hc:
                awards[id(e)] = "HC"
            cc = [e for e in scored[3:] if id(e) not in awards and e[1] >= 16][:3]
            for e in cc:
                awards[id(e)] = "C"
            rng.shuffle(entries)
            for e in entries:
                canon, s, _, flag = e
                if sec == "Nature PDI":
                    title = pick(rng, NATURE)
                else:
                    title = f"{pick(rng, WORDS1)} {pick(rng, WORDS2)}"
                note = ""
                if flag == "W":
                    scorew = pick(rng, ["", "W/D", "withdrawn"])
                    note = pick(rng, ["Withdrawn - print not mounted in time", "withdrawn by author", "Late entry - not judged"])
                elif flag == "DQ":
                    scorew = "DQ"
                    note = pick(rng, ["Disqualified - captive animal", "DQ: cloning outside nature rules", "Disqualified (zoo)"])
                else:
                    si_ = int(s)
                    half = s != si_
                    r = rng.random()
                    if half:
                        scorew = pick(rng, [f"{s:.1f}", f"{s:.1f}/20", f"{si_}½"])
                    elif r < 0.5:
                        scorew = str(si_)
                    elif r < 0.75:
                        scorew = f"{si_}/20"
                    elif r < 0.9:
                        scorew = f"{si_} pts"
                    else:
                        scorew = f"{si_}.0"
                a = awards.get(id(e), "")
                aw = {"1st": ["1st", "First", "1st place"], "2nd": ["2nd", "Second", "2nd place"],
                      "3rd": ["3rd", "Third"], "HC": ["HC", "Highly Commended", "H.C."], "C": ["C", "Commended", "Comm"],
                      "": [""]}[a]
                rows.append([pick(rng, seasonw_opts, [6, 2, 2]), datew, compw, pick(rng, SECTIONS[sec], [6, 2, 1, 1]),
                             member_written(rng, canon), title, scorew, pick(rng, aw), judgew, note])
    write_csv("camera_club_comps.csv", ["Season", "Date", "Competition", "Section", "Member", "Title", "Score", "Award",
                                        "Judge", "Notes"], rows, crlf=True, bom=True)


# ------------------------------------------------------------------------------------------------
# 5. house renovation spending (seed 40005)

PAYEES = {
    "Lane Architects": ["Lane Architects", "Lane Architects Ltd", "lane architects"],
    "Building Control": ["Building Control", "Council - building control", "BC fee (council)"],
    "Patel Structural": ["Patel Structural", "Patel Structural Engineers", "structural engineer (Patel)"],
    "Hartley Builders": ["Hartley Builders", "Hartley Builders Ltd", "Hartleys", "hartley builders"],
    "Mike Ellis": ["Mike Ellis", "M Ellis Electrical", "Mike (sparky)", "Mike Ellis Electrical"],
    "GR Plumbing": ["GR Plumbing", "Gaz (plumber)", "G Roberts Plumbing & Heating", "gr plumbing"],
    "Dave Lowe": ["Dave Lowe (plasterer)", "Dave the plasterer", "D Lowe Plastering"],
    "Sean Price Tiling": ["Sean Price Tiling", "Sean (tiler)", "S Price tiling"],
    "Screwfix": ["Screwfix", "screwfix", "Screwfix Direct", "SCREWFIX"],
    "Toolstation": ["Toolstation", "toolstation", "Tool Station"],
    "B&Q": ["B&Q", "B and Q", "b&q", "B & Q"],
    "Wickes": ["Wickes", "wickes", "Wickes.co.uk"],
    "Howdens": ["Howdens", "Howdens Joinery", "howdens"],
    "Topps Tiles": ["Topps Tiles", "Topps", "topps tiles"],
    "AO.com": ["AO.com", "AO", "ao.com"],
    "Currys": ["Currys", "Currys PC World", "currys"],
    "Victorian Plumbing": ["Victorian Plumbing", "victorianplumbing.co.uk", "Victorian Plumbing Ltd"],
    "IKEA": ["IKEA", "Ikea", "ikea"],
    "Amazon": ["Amazon", "amazon", "Amazon.co.uk", "AMZN Mktp"],
    "Skips 4 U": ["Skips 4 U", "Skips4U", "skips 4 u"],
    "Jewson": ["Jewson", "jewson", "Jewsons"],
    "Dulux Decorator Centre": ["Dulux Decorator Centre", "Dulux", "DDC"],
    "Facebook Marketplace": ["Facebook Marketplace", "FB marketplace", "Sold on Facebook"],
}
CATS = {
    "Labour": ["Labour", "labour", "Labour ", "Labor"],
    "Materials": ["Materials", "materials", "Mats", "Building materials"],
    "Fixtures": ["Fixtures & fittings", "Fixtures", "fittings", "F&F"],
    "Appliances": ["Appliances", "appliance", "White goods"],
    "Skip": ["Skip hire", "Skip", "Waste"],
    "Fees": ["Fees", "Professional fees", "fees"],
    "Tools": ["Tools", "tools", "Tool hire"],
    "Decorating": ["Decorating", "Paint", "decorating"],
}
ROOMS = {
    "Kitchen": ["Kitchen", "kitchen", "Kitchen ext", "Kitchen extension"],
    "Bathroom": ["Bathroom", "bathroom", "Main bathroom", "Family bathroom"],
    "En-suite": ["En-suite", "Ensuite", "en suite"],
    "Loft": ["Loft", "loft", "Loft conversion"],
    "General": ["General", "Whole house", "", "-"],
}
METHODS = {
    "credit": ["Credit card", "credit card", "Amex", "Credit card (Amex)"],
    "debit": ["Debit card", "debit card", "Visa debit"],
    "bank": ["Bank transfer", "BACS", "transfer", "Bank"],
    "cash": ["Cash", "cash"],
}
DESCS = {
    "Screwfix": ["screws & fixings", "sealant, silicone", "cable & back boxes", "pipe fittings", "drill bits", "adhesive",
                 "PPE, dust sheets", "plasterboard screws", "isolation valves", "LED downlights", "sockets x6"],
    "Toolstation": ["fixings", "copper pipe", "mastic", "blades", "extension lead", "decorators caulk"],
    "B&Q": ["paint & rollers", "timber", "shelving", "MDF", "filler & sandpaper", "door handles", "grout"],
    "Wickes": ["plasterboard", "insulation", "skirting", "architrave", "timber lengths", "doors x2"],
    "Jewson": ["blocks & cement", "sand & ballast", "steel lintels", "joists", "roof window", "OSB boards", "insulation board"],
    "Topps Tiles": ["floor tiles", "wall tiles", "tile adhesive", "trims & spacers"],
    "Amazon": ["tile cutter", "multi-tool", "cabinet hinges", "LED strip", "door stops", "laser level"],
    "Dulux Decorator Centre": ["trade paint", "primer", "masonry paint", "brushes & rollers"],
    "IKEA": ["wardrobes", "shelving units", "mirror cabinet", "blinds"],
}


def reno_amount_written(rng, v):
    if v < 0:
        a = -v
        return pick(rng, [f"-£{a:,.2f}", f"(£{a:,.2f})", f"-{a:.2f}", f"({a:,.2f})"])
    r = rng.random()
    if r < 0.45:
        return f"£{v:,.2f}"
    if r < 0.65:
        return f"{v:,.2f}" if v >= 1000 and rng.random() < 0.5 else f"{v:.2f}"
    if r < 0.8:
        return f"£{v:,.0f}" if v == int(v) else f"£{v:,.2f}"
    if r < 0.9:
        return f"£ {v:,.2f}"
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return f"£{s}"


def reno_date_written(rng, d):
    s = pick(rng, [0, 0, 0, 1, 2, 3, 4])
    if s == 0:
        return d.strftime("%d/%m/%Y")
    if s == 1:
        return f"{d.day}/{d.month}/{d.strftime('%y')}"
    if s == 2:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if s == 3:
        return d.isoformat()
    return f"{d.day:02d}-{MONTHS[d.month - 1]}-{d.strftime('%y')}"


def gen_renovation():
    rng = random.Random(40005)
    lines = []  # date, payee, desc, room, cat, amount, method, note

    def rand_date(a, b):
        return a + timedelta(days=rng.randrange((b - a).days + 1))

    def add(d, payee, desc, room, cat, amt, method=None, note=""):
        if method is None:
            method = {"Labour": "bank", "Fees": "bank"}.get(cat) or pick(rng, ["credit", "debit", "credit"])
        lines.append([d, payee, desc, room, cat, round(amt, 2), method, note])

    def smalls(payee, n, a, b, room, lo, hi, cat="Materials"):
        for _ in range(n):
            desc = pick(rng, DESCS[payee])
            c = "Tools" if desc in ("tile cutter", "multi-tool", "drill bits", "blades", "laser level", "extension lead") else cat
            add(rand_date(a, b), payee, desc, room, c, round(rng.uniform(lo, hi), 2),
                method=pick(rng, ["credit", "debit", "credit", "cash"] if payee in ("Screwfix", "Toolstation", "B&Q") else ["credit", "debit"]))

    # planning and fees
    add(date(2024, 3, 6), "Lane Architects", "drawings - deposit", "General", "Fees", 1200)
    add(date(2024, 4, 19), "Lane Architects", "drawings & planning application", "General", "Fees", 1650)
    add(date(2024, 4, 22), "Patel Structural", "structural calcs (steel beam)", "Kitchen", "Fees", 650)
    add(date(2024, 5, 2), "Building Control", "full plans application", "Kitchen", "Fees", 480)
    add(date(2024, 5, 14), "Building Control", "inspection fee", "Kitchen", "Fees", 312)
    # kitchen extension
    k0, k1 = date(2024, 5, 20), date(2024, 10, 31)
    add(date(2024, 5, 17), "Hartley Builders", "deposit", "Kitchen", "Labour", 5000, note="Deposit")
    for i, (d, amt) in enumerate(((date(2024, 6, 21), 8500), (date(2024, 7, 19), 9200), (date(2024, 8, 16), 7800),
                                  (date(2024, 9, 13), 6400), (date(2024, 10, 18), 4350)), start=1):
        add(d, "Hartley Builders", f"stage payment {i}", "Kitchen", "Labour", amt,
            note="Final invoice" if i == 5 else f"Stage {i}")
    for d in (date(2024, 5, 21), date(2024, 6, 11), date(2024, 7, 2), date(2024, 8, 6)):
        add(d, "Skips 4 U", "8 yard skip", "Kitchen", "Skip", pick(rng, [240, 255, 265, 290]))
    for _ in range(9):
        add(rand_date(k0, date(2024, 8, 31)), "Jewson", pick(rng, DESCS["Jewson"][:6]), "Kitchen", "Materials",
            round(rng.uniform(90, 1650), 2), method=pick(rng, ["bank", "credit"]))
    smalls("Screwfix", 22, k0, k1, "Kitchen", 6, 175)
    smalls("Toolstation", 8, k0, k1, "Kitchen", 5, 95)
    smalls("B&Q", 9, date(2024, 6, 1), date(2024, 11, 30), "Kitchen", 12, 220)
    smalls("Wickes", 6, k0, date(2024, 9, 30), "Kitchen", 40, 480)
    smalls("Amazon", 4, k0, k1, "Kitchen", 15, 140, cat="Tools")
    add(date(2024, 7, 25), "Mike Ellis", "first fix electrics", "Kitchen", "Labour", 1150)
    add(date(2024, 9, 20), "Mike Ellis", "second fix + certificate", "Kitchen", "Labour", 1480)
    add(date(2024, 8, 2), "GR Plumbing", "move sink & radiator", "Kitchen", "Labour", 890)
    add(date(2024, 9, 27), "GR Plumbing", "connect appliances", "Kitchen", "Labour", 320)
    add(date(2024, 8, 30), "Dave Lowe", "skim extension + kitchen", "Kitchen", "Labour", 1150)
    add(date(2024, 8, 9), "Howdens", "kitchen units & worktops", "Kitchen", "Fixtures", 6850, method="bank")
    add(date(2024, 9, 3), "Howdens", "extra wall unit, plinths", "Kitchen", "Fixtures", 1120)
    add(date(2024, 9, 18), "AO.com", "oven", "Kitchen", "Appliances", 649, method="credit")
    add(date(2024, 9, 18), "AO.com", "induction hob", "Kitchen", "Appliances", 429, method="credit")
    add(date(2024, 9, 24), "AO.com", "fridge freezer", "Kitchen", "Appliances", 899, method="credit")
    add(date(2024, 9, 26), "Currys", "dishwasher", "Kitchen", "Appliances", 379, method="credit")
    add(date(2024, 10, 4), "Currys", "cooker hood", "Kitchen", "Appliances", 249, method="debit")
    for _ in range(3):
        add(rand_date(date(2024, 8, 20), date(2024, 9, 30)), "Topps Tiles", pick(rng, DESCS["Topps Tiles"]), "Kitchen",
            "Materials", round(rng.uniform(60, 720), 2))
    add(date(2024, 10, 12), "Dulux Decorator Centre", "trade paint", "Kitchen", "Decorating", 186.40)
    add(date(2024, 10, 26), "Dulux Decorator Centre", "brushes & rollers", "Kitchen", "Decorating", 42.15)
    add(date(2024, 10, 30), "IKEA", "blinds", "Kitchen", "Decorating", 118.00)
    # refunds and sales (negative)
    add(date(2024, 7, 9), "Screwfix", "returned - wrong valves", "Kitchen", "Materials", -23.99, note="Returned")
    add(date(2024, 8, 20), "B&Q", "refund - damaged MDF", "Kitchen", "Materials", -46.50, note="refund")
    add(date(2024, 9, 10), "Howdens", "credit note - wrong size unit", "Kitchen", "Fixtures", -184.00, method="bank", note="Credit note")
    add(date(2024, 10, 8), "Facebook Marketplace", "sold old kitchen units", "Kitchen", "Fixtures", -150.00, method="cash",
        note="Cash from buyer")
    add(date(2024, 11, 2), "Wickes", "returned unused plasterboard", "Kitchen", "Materials", -64.80, note="returned")
    add(date(2024, 10, 22), "Currys", "price match refund", "Kitchen", "Appliances", -30.00, method="credit")
    # quiet winter
    smalls("B&Q", 3, date(2024, 11, 1), date(2024, 12, 20), "General", 15, 90, cat="Decorating")
    smalls("Amazon", 2, date(2024, 11, 1), date(2024, 12, 20), "General", 12, 60)
    # bathroom and en-suite
    b0, b1 = date(2025, 1, 6), date(2025, 4, 25)
    add(date(2025, 1, 10), "Victorian Plumbing", "bath, basin & WC", "Bathroom", "Fixtures", 1480, method="credit")
    add(date(2025, 1, 24), "Victorian Plumbing", "shower enclosure & tray", "En-suite", "Fixtures", 890, method="credit")
    add(date(2025, 2, 5), "Victorian Plumbing", "towel rails x2", "Bathroom", "Fixtures", 264, method="credit")
    add(date(2025, 2, 18), "Victorian Plumbing", "refund - towel rail damaged", "Bathroom", "Fixtures", -132, method="credit")
    for i, (d, amt, room) in enumerate(((date(2025, 1, 31), 950, "Bathroom"), (date(2025, 2, 21), 1250, "Bathroom"),
                                        (date(2025, 3, 14), 1100, "En-suite"), (date(2025, 4, 11), 780, "En-suite")), start=1):
        add(d, "GR Plumbing", pick(rng, ["strip out & first fix", "second fix", "shower install", "final connections"]),
            room, "Labour", amt)
    add(date(2025, 2, 28), "Sean Price Tiling", "tiling - bathroom", "Bathroom", "Labour", 1350)
    add(date(2025, 4, 4), "Sean Price Tiling", "tiling - en-suite", "En-suite", "Labour", 920)
    add(date(2025, 2, 7), "Mike Ellis", "extractor fans & lights", "Bathroom", "Labour", 640)
    add(date(2025, 3, 21), "Mike Ellis", "en-suite lighting", "En-suite", "Labour", 410)
    add(date(2025, 2, 14), "Dave Lowe", "re-skim bathroom", "Bathroom", "Labour", 520)
    for room in ("Bathroom", "Bathroom", "En-suite", "En-suite"):
        add(rand_date(date(2025, 2, 1), date(2025, 3, 31)), "Topps Tiles", pick(rng, DESCS["Topps Tiles"]), room,
            "Materials", round(rng.uniform(80, 640), 2))
    smalls("Screwfix", 12, b0, b1, "Bathroom", 5, 120)
    smalls("Wickes", 3, b0, b1, "En-suite", 30, 210)
    add(date(2025, 3, 3), "Topps Tiles", "returned 2 boxes", "Bathroom", "Materials", -58.00, note="returned")
    add(date(2025, 1, 20), "Skips 4 U", "4 yard skip", "Bathroom", "Skip", 185)
    # loft conversion
    l0, l1 = date(2025, 5, 1), date(2025, 8, 29)
    add(date(2025, 4, 28), "Building Control", "loft application", "Loft", "Fees", 560)
    add(date(2025, 5, 2), "Hartley Builders", "loft - deposit", "Loft", "Labour", 4000, note="Deposit")
    for i, (d, amt) in enumerate(((date(2025, 6, 6), 7200), (date(2025, 7, 4), 6800), (date(2025, 8, 8), 5900)), start=1):
        add(d, "Hartley Builders", f"loft stage {i}", "Loft", "Labour", amt, note=f"Stage {i}")
    for _ in range(6):
        add(rand_date(l0, date(2025, 7, 31)), "Jewson", pick(rng, DESCS["Jewson"][2:]), "Loft", "Materials",
            round(rng.uniform(150, 1400), 2), method=pick(rng, ["bank", "credit"]))
    smalls("Screwfix", 10, l0, l1, "Loft", 6, 150)
    smalls("Toolstation", 4, l0, l1, "Loft", 8, 80)
    add(date(2025, 6, 27), "Mike Ellis", "loft first fix", "Loft", "Labour", 980)
    add(date(2025, 8, 15), "Mike Ellis", "loft second fix", "Loft", "Labour", 860)
    add(date(2025, 5, 9), "Skips 4 U", "8 yard skip", "Loft", "Skip", 290)
    add(date(2025, 6, 20), "Skips 4 U", "8 yard skip", "Loft", "Skip", 290)
    add(date(2025, 8, 22), "IKEA", "wardrobes", "Loft", "Fixtures", 835, method="credit")
    add(date(2025, 8, 26), "Dulux Decorator Centre", "trade paint", "Loft", "Decorating", 212.60)
    add(date(2025, 7, 15), "Jewson", "refund - returned joists", "Loft", "Materials", -96.00, method="bank", note="Refund")
    add(date(2025, 6, 12), "Amazon", "laser level", "Loft", "Tools", 69.99)
    add(date(2025, 8, 2), "Amazon", "refund - laser level faulty", "Loft", "Tools", -69.99)

    lines.sort(key=lambda l: l[0])
    # duplicated entries (copy pasted twice), flagged in the notes
    dups = rng.sample([i for i, l in enumerate(lines) if l[5] > 0], 6)
    final = []
    for i, l in enumerate(lines):
        final.append(list(l) + [False])
        if i in dups:
            c = list(l)
            c[7] = pick(rng, ["DUPLICATE - ignore", "dup", "entered twice - ignore", "duplicate"])
            final.append(c + [True])
    out = []
    for d, payee, desc, room, cat, amt, method, note, isdup in final:
        out.append([reno_date_written(rng, d), pick(rng, PAYEES[payee], [5] + [1] * (len(PAYEES[payee]) - 1)), desc,
                    pick(rng, ROOMS[room], [5] + [1] * (len(ROOMS[room]) - 1)),
                    pick(rng, CATS[cat], [5] + [1] * (len(CATS[cat]) - 1)),
                    reno_amount_written(rng, amt), pick(rng, METHODS[method]), note])
    write_csv("house_renovation.csv", ["Date", "Paid to", "What for", "Room", "Category", "Amount", "Paid by", "Notes"],
              out, bom=True)


def main():
    DATA.mkdir(exist_ok=True)
    gen_angling()
    gen_cottages()
    gen_speedwatch()
    gen_camera()
    gen_renovation()


if __name__ == "__main__":
    main()
