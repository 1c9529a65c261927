#!/usr/bin/env python3
"""Held-out set 36: writes the datasets in data/ (seeded, standard library only, byte-for-byte reproducible).

    python3 tests/heldout/set36/generate.py

Datasets (made up, messy the way real exports are):
  yarn_orders.csv + yarn_list.csv   a hand-dyed yarn business's order book and its yarn list (codes "007" / "7")
  badminton_ledger.csv              a badminton club's money ledger (signed pounds, dd/mm/yy, void duplicates)
  litter_picks.csv                  a volunteer litter-pick group's session log (start / finish times, bags, kg)
  stargazing_bookings.csv           an astronomy society's public stargazing evenings booking form export
  grocery_shopping.csv              a household's grocery shopping log (ISO dates, times of day)
"""

import csv
import io
import random
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
LONG_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def write(name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    (DATA / name).write_text(buf.getvalue(), encoding="utf-8")
    print(f"{name}: {len(rows)} rows")


def pounds(rng, v, plain_share=0.3):
    """A money value written as '£1,234.50', '1234.50', '£54' or '54.00'."""
    r = rng.random()
    if abs(v - round(v)) < 1e-9 and r < 0.15:
        return f"£{int(round(v)):,}"
    if r < plain_share:
        return f"{v:.2f}"
    return f"£{v:,.2f}"


def daterange(a, b):
    d = a
    while d <= b:
        yield d
        d += timedelta(days=1)


# ------------------------------------------------------------------------------------------------
# 1. hand-dyed yarn business: order book + yarn list

YARNS = [  # code, colourway, base (as written in the list), grams, list price, note
    (1, "Sea Glass", "Merino DK", "100g", 18.00, ""),
    (2, "Bramble", "Sock 4ply", "100g", 20.00, "bestseller"),
    (3, "Rust Belt", "Aran", "100g", 19.00, ""),
    (4, "Heather Moor", "sock (4-ply)", "100g", 20.00, ""),
    (5, "Storm Petrel", "merino dk", "100g", 18.00, ""),
    (6, "Marmalade", "4ply Sock", "100g", 20.00, ""),
    (7, "Moss", "DK", "100g", 18.00, ""),
    (8, "Peony", "Mohair lace", "50g", 16.00, "kid mohair silk"),
    (9, "Slate", "ARAN", "100g", 19.00, ""),
    (10, "Harbour Lights", "Sock 4ply", "100g", 22.00, "speckled"),
    (11, "Foxglove", "Merino DK", "100g", 18.00, ""),
    (12, "Ember", "Lace (mohair)", "50g", 16.00, ""),
    (13, "Oat Milk", "aran", "100g", 19.00, "new - not listed yet"),
    (14, "Midnight Garden", "Sock 4ply", "100g", 22.00, "speckled"),
]
# retail popularity (code 13 is never ordered)
YARN_W = {1: 6, 2: 13, 3: 5, 4: 6, 5: 5, 6: 7, 7: 4, 8: 5, 9: 4, 10: 18, 11: 6, 12: 3, 14: 8}

SHOPS = [
    ("Woolly Mammoth Yarns", ["Woolly Mammoth Yarns", "woolly mammoth yarns", "Woolly Mammoth"]),
    ("The Knit Nook", ["The Knit Nook", "Knit Nook", "the knit nook "]),
    ("Loop & Purl", ["Loop & Purl", "Loop and Purl", "LOOP & PURL"]),
]
FIRST = ["Alice", "Beth", "Claire", "Dawn", "Emma", "Fiona", "Gemma", "Hannah", "Isla", "Jo", "Kate", "Lucy",
         "Maya", "Nina", "Olivia", "Pippa", "Rachel", "Sarah", "Tess", "Una", "Vicky", "Wendy", "Yasmin", "Zoe",
         "Mark", "Tom", "Sam", "Chris", "Ruth", "Helen", "Megan", "Jess", "Anke", "Siobhan", "Kirsten", "Laura"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes",
        "Green", "Hall", "Wood", "Clarke", "Murphy", "Kelly", "Byrne", "Schmidt", "Weber", "Miller", "Davis",
        "Campbell", "Stewart", "Price", "Lloyd", "Morgan", "Patel", "Khan", "Reid"]


def gen_yarn():
    rng = random.Random(36001)
    list_rows = []
    for code, colour, base, grams, price, note in YARNS:
        pw = f"£{price:.2f}" if code % 3 else f"{price:g}"
        list_rows.append([f"{code:03d}", colour, base, grams, pw, note])
    write("yarn_list.csv", ["Code", "Colourway", "Base", "Weight", "List Price", "Notes"], list_rows)

    codes = sorted(YARN_W)
    weights = [YARN_W[c] for c in codes]
    price_of = {c[0]: c[4] for c in YARNS}

    chan_spell = {
        "etsy": ["Etsy", "Etsy", "etsy", "ETSY", "Etsy shop"],
        "web": ["Website", "Website", "website", "Own site", "Shopify", "web shop"],
        "insta": ["Instagram", "instagram", "Insta", "IG DM"],
        "fair": ["Yarn festival", "Wool show", "Craft fair", "yarn fest", "Fibre festival"],
        "trade": ["Wholesale", "wholesale", "Trade", "Stockist order"],
    }
    country_spell = {
        "UK": ["UK", "UK", "UK", "United Kingdom", "GB", "England", "Scotland", "Wales", "uk"],
        "USA": ["USA", "US", "United States", "usa"],
        "Germany": ["Germany", "DE", "Deutschland"],
        "Ireland": ["Ireland", "IE", "Eire", "Republic of Ireland"],
        "Netherlands": ["Netherlands", "NL", "Holland"],
    }
    rows = []
    start, end = date(2024, 1, 1), date(2025, 6, 30)
    order_no = 1000
    big_done = False
    for d in daterange(start, end):
        y2025 = d.year == 2025
        season = 1.0 + (0.6 if d.month in (10, 11) else 0) + (1.1 if d.month == 12 else 0) + \
            (-0.3 if d.month in (6, 7, 8) else 0)
        # channel rates per day: the website grows in 2025 while Etsy shrinks
        rates = {
            "etsy": (0.85 if not y2025 else 0.55) * season,
            "web": (0.45 if not y2025 else 1.05) * season,
            "insta": 0.12 * season,
        }
        for ch, rate in rates.items():
            n = 0
            x = rate
            while x > 0:
                if rng.random() < min(x, 1.0):
                    n += 1
                x -= 1.0
            for _ in range(n):
                order_no += 1
                rows.append(retail_row(rng, d, order_no, ch, chan_spell, country_spell, codes, weights,
                                       price_of, y2025))
        # a yarn festival: one row per customer, a weekend in March, May, September and November
        if d.weekday() == 5 and ((d.month in (3, 9) and 8 <= d.day <= 14) or (d.month in (5, 11) and 15 <= d.day <= 21)):
            for _ in range(rng.randint(14, 22)):
                order_no += 1
                r = retail_row(rng, d, order_no, "fair", chan_spell, country_spell, codes, weights, price_of, y2025)
                rows.append(r)
        # wholesale: roughly every 3 weeks, more before Christmas
        if d.weekday() == 1 and rng.random() < (0.45 if d.month in (9, 10, 11) else 0.3):
            order_no += 1
            shop, spells = SHOPS[rng.choices([0, 1, 2], [5, 3, 2])[0]]
            code = rng.choices(codes, weights)[0]
            sk = rng.choice([20, 24, 30, 36, 40, 50])
            unit = round(price_of[code] * 0.6 * (1.05 if y2025 else 1.0), 2)
            total = round(sk * unit, 2)
            tot = pounds(rng, total)
            if rng.random() < 0.08:
                tot = rng.choice(["tbc", "TBC", "invoice to follow"])
            post = rng.choice(["£12.00", "12", "collected", "£12.00"])
            status = rng.choice(["Dispatched", "Sent", "dispatched", "Shipped"])
            rows.append([str(order_no), d, rng.choice(spells), rng.choice(chan_spell["trade"]), "UK", code, sk,
                         tot, post, status, ""])
        if not big_done and d == date(2024, 11, 12):
            big_done = True
            order_no += 1
            rows.append([str(order_no), d, "Woolly Mammoth Yarns", "Wholesale", "UK", 10, 120,
                         "£1,584.00", "£18.00", "Dispatched", "Christmas stock - big one!"])
    # format: code spelling, dates, statuses
    out = []
    for r in rows:
        order, d, cust, ch, country, code, sk, tot, post, status, note = r
        cw = rng.choice([f"{code:03d}", f"{code:03d}", str(code), f"{code:02d}"])
        sw = str(sk) if rng.random() < 0.8 else rng.choice([f"{sk} skeins", f"{sk}sk", f"x{sk}"])
        out.append([order, d.strftime("%d/%m/%Y"), cust, ch, country, cw, sw, tot, post, status, note])
    write("yarn_orders.csv", ["Order No", "Order Date", "Customer", "Channel", "Country", "Yarn Code", "Skeins",
                              "Total", "Postage", "Status", "Notes"], out)


def retail_row(rng, d, order_no, ch, chan_spell, country_spell, codes, weights, price_of, y2025):
    code = rng.choices(codes, weights)[0]
    sk = rng.choices([1, 2, 3, 4, 5, 6], [30, 28, 14, 12, 8, 6])[0]
    if ch == "fair":
        sk = rng.choices([1, 2, 3, 4], [40, 30, 20, 10])[0]
    unit = price_of[code] + (1.0 if y2025 else 0.0)
    total = round(sk * unit, 2)
    if ch == "fair":
        country = "UK"
    else:
        country = rng.choices(["UK", "USA", "Germany", "Ireland", "Netherlands"], [78, 10, 5, 4, 3])[0]
    cw = rng.choice(country_spell[country])
    cust = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    if ch == "fair":
        post = rng.choice(["", "n/a", "-", ""])
    elif country != "UK":
        post = rng.choice(["£9.50", "9.50"])
    elif total >= 60:
        post = rng.choice(["free", "Free", "0", "£0.00"])
    else:
        post = rng.choice(["£3.20", "3.20", "£3.20"]) if sk <= 2 else rng.choice(["£4.50", "4.50"])
    status = rng.choice(["Dispatched", "Dispatched", "dispatched", "Sent", "Posted", "Shipped"])
    note = ""
    tot = pounds(rng, total)
    r = rng.random()
    if ch != "fair" and r < 0.035:
        status = rng.choice(["Cancelled", "Canceled", "CANCELLED", "Cancelled - out of stock"])
        note = rng.choice(["", "customer changed mind", "duplicate order"])
    elif ch != "fair" and r < 0.055:
        status = rng.choice(["Refunded", "refunded", "Refund - lost in post"])
        note = rng.choice(["lost in post", "wrong colour sent", ""])
    elif ch == "fair":
        status = rng.choice(["Sold at fair", "Paid at stand", "Taken away"])
    return [str(order_no), d, cust, rng.choice(chan_spell[ch]), cw, code, sk, tot, post, status, note]


# ------------------------------------------------------------------------------------------------
# 2. badminton club ledger (signed pounds, dd/mm/yy, seasons September - August)

def gen_badminton():
    rng = random.Random(36002)
    rows = []  # (date, description, category, amount, method, notes)

    def add(d, desc, cat, amt, method, note=""):
        rows.append([d, desc, cat, amt, method, note])

    cat = {
        "subs": ["Subscriptions", "Subs", "SUBS", "Membership", "subs"],
        "club": ["Club night fees", "Club night", "Session fees", "club nights", "Night fees"],
        "guest": ["Guest fees", "Guests", "Visitors", "guest fee"],
        "court": ["Court hire", "Hall hire", "Court hire", "Leisure centre", "court hire"],
        "shuttles": ["Shuttlecocks", "Shuttles", "shuttles", "Feathers"],
        "coach": ["Coaching", "Coach", "coaching"],
        "league": ["League fees", "County league", "League & affiliation", "Affiliation"],
        "insurance": ["Insurance", "insurance"],
        "equipment": ["Equipment", "equipment", "Nets & posts"],
        "tourn_in": ["Tournament entries", "Tournament", "Club open - entries"],
        "tourn_out": ["Tournament costs", "Trophies", "Tournament"],
        "social_in": ["Social", "Christmas social", "Social tickets"],
        "social_out": ["Social", "Christmas social", "Social costs"],
        "sponsor": ["Sponsorship", "Sponsor"],
        "raffle": ["Raffle", "raffle"],
        "grant": ["Grant", "Grants"],
        "refund": ["Refund", "Refunds", "refund"],
        "bank": ["Bank charges", "Bank fees"],
    }
    meth = {
        "cash": ["Cash", "cash", "CASH"],
        "bank": ["Bank transfer", "BACS", "Online", "bank transfer"],
        "card": ["Card", "SumUp", "card reader"],
        "chq": ["Cheque", "chq"],
        "dd": ["Direct debit", "DD", "D/D"],
    }
    members = ["A. Khan", "B. Hughes", "C. Li", "D. Price", "E. Owen", "F. Moss", "G. Shah", "H. Reid", "I. Ward",
               "J. Chen", "K. Bell", "L. Ford", "M. Rowe", "N. Webb", "O. Nash", "P. Dale", "Q. Lane", "R. Tran",
               "S. Cole", "T. Hart", "U. Gill", "V. Ross", "W. Lamb", "X. Zhao", "Y. Kerr", "Z. Hunt", "A. Boyd",
               "B. Dunn", "C. Frost", "D. Grey", "E. Hale", "F. Ivey", "G. Judd", "H. Kemp", "I. Lowe", "J. Mack",
               "K. Nye", "L. Orr", "M. Pike", "N. Quinn", "O. Rix", "P. Snow", "Q. Tate", "R. Vale", "S. Wren",
               "T. York", "U. Ash", "V. Birch", "W. Cope", "X. Dove", "Y. Eden", "Z. Fry"]
    for season, (s0, s1) in enumerate([(date(2023, 9, 1), date(2024, 8, 31)), (date(2024, 9, 1), date(2025, 8, 31))]):
        sub = 45.0 if season == 0 else 55.0
        n_members = 38 if season == 0 else 47
        for i in range(n_members):
            d = s0 + timedelta(days=rng.randint(2, 27) if rng.random() < 0.85 else rng.randint(30, 50))
            m = rng.choices(["bank", "cash", "card", "chq"], [55, 20, 15, 10])[0]
            add(d, f"Subs {members[i]}", rng.choice(cat["subs"]), sub, m)
        court = 520.0 if season == 0 else 585.0
        coach = 120.0 if season == 0 else 140.0
        for k in range(12):
            mo = (s0.month - 1 + k) % 12 + 1
            yr = s0.year + ((s0.month - 1 + k) // 12)
            add(date(yr, mo, 1), "Sports centre - monthly courts", rng.choice(cat["court"]), -court,
                rng.choice(["dd", "dd", "bank"]))
            if mo in (9, 10, 11, 12, 1, 2, 3, 4):
                add(date(yr, mo, rng.randint(24, 28)), "Coach - J Morris", rng.choice(cat["coach"]), -coach, "bank")
        # club nights: Tuesdays and Thursdays, cash in a tin
        for d in daterange(s0, s1):
            if d.weekday() in (1, 3) and not (d.month == 8 or (d.month == 12 and d.day > 20) or (d.month == 1 and d.day < 4)):
                people = rng.randint(12, 22) + (3 if season == 1 else 0)
                fee = 4.0 if season == 0 else 4.5
                add(d, f"Club night {DAYS[d.weekday()]}", rng.choice(cat["club"]), people * fee,
                    rng.choices(["cash", "card"], [75, 25])[0])
                if rng.random() < 0.35:
                    g = rng.randint(1, 4)
                    add(d, "Guests", rng.choice(cat["guest"]), g * 6.0, rng.choice(["cash", "card"]))
        # shuttles every ~6 weeks
        d = s0 + timedelta(days=rng.randint(3, 10))
        while d < s1 - timedelta(days=40):
            tubes = rng.choice([10, 12, 12, 15])
            price = 21.5 if season == 0 else 24.0
            add(d, f"Yonex AS-30 x{tubes} tubes", rng.choice(cat["shuttles"]), -round(tubes * price, 2),
                rng.choice(["card", "bank"]))
            d += timedelta(days=rng.randint(38, 48))
        add(date(s0.year, 10, rng.randint(5, 20)), "County league entry 3 teams", rng.choice(cat["league"]),
            -(310.0 if season == 0 else 345.0), "bank")
        add(date(s0.year, 9, rng.randint(10, 25)), "Badminton England club affiliation", rng.choice(cat["league"]),
            -(236.0 if season == 0 else 252.0), "bank")
        add(date(s0.year, 11, rng.randint(1, 10)), "Club insurance", rng.choice(cat["insurance"]),
            -(94.8 if season == 0 else 101.4), "dd")
        # Christmas social
        tickets = 28 if season == 0 else 34
        for i in range(tickets):
            add(date(s0.year, 12, rng.randint(1, 12)), f"Xmas meal ticket {members[i]}", rng.choice(cat["social_in"]),
                27.5, rng.choice(["bank", "cash", "bank"]))
        add(date(s0.year, 12, 14), "Xmas meal - The Red Lion", rng.choice(cat["social_out"]),
            -round(tickets * 26.0, 2), "card")
        # March club open tournament
        ent = rng.randint(40, 48) + (8 if season == 1 else 0)
        for i in range(ent // 4):
            add(date(s1.year, 3, rng.randint(1, 14)), f"Open entries batch {i + 1}", rng.choice(cat["tourn_in"]),
                4 * 12.0, rng.choice(["bank", "card"]))
        add(date(s1.year, 3, 16), "Trophies & medals - engraving", rng.choice(cat["tourn_out"]), -186.4, "card")
        add(date(s1.year, 3, 16), "Extra shuttles for the open", rng.choice(cat["tourn_out"]), -144.0, "card")
        add(date(s0.year, 9, 20), "Hartley & Sons Builders", rng.choice(cat["sponsor"]), 250.0, "bank")
        add(date(s1.year, 3, 16), "Raffle at the open", rng.choice(cat["raffle"]), rng.choice([163.0, 181.5]), "cash")
        for k in range(4):
            add(date(s0.year + (1 if k >= 1 else 0), [12, 3, 6, 8][k], 28), "Bank charges",
                rng.choice(cat["bank"]), -round(rng.uniform(4, 9), 2), "dd")
    add(date(2025, 1, 21), "Sport England small grant", rng.choice(cat["grant"]), 1500.0, "bank", "for new nets")
    add(date(2025, 2, 6), "New nets, posts and trolley", rng.choice(cat["equipment"]), -1385.0, "bank")
    add(date(2024, 5, 9), "Racket restring machine (second hand)", rng.choice(cat["equipment"]), -240.0, "card")
    # refunds (members who left early)
    for d, who, amt in [(date(2023, 11, 3), "Refund subs R. Tran - moved away", -45.0),
                        (date(2024, 1, 15), "Refund subs H. Kemp - paid twice", -45.0),
                        (date(2024, 10, 30), "Refund subs K. Nye - injury", -55.0),
                        (date(2025, 2, 18), "Refund overpaid subs", -10.0)]:
        add(d, who, rng.choice(cat["refund"]), amt, "bank")
    rows.sort(key=lambda r: (r[0], r[1]))
    # void duplicates
    voids = []
    for idx in rng.sample(range(len(rows)), 5):
        r = list(rows[idx])
        r[5] = rng.choice(["VOID - duplicate", "void (entered twice)", "Void - dup"])
        voids.append((idx, r))
    for idx, r in sorted(voids, reverse=True):
        rows.insert(idx + 1, r)
    out = []
    for d, desc, c, amt, m, note in rows:
        if amt < 0:
            a = "-" + pounds(rng, -amt)
        else:
            a = pounds(rng, amt)
        mw = rng.choice(meth[m]) if m in meth else m
        out.append([d.strftime("%d/%m/%y"), desc, c, a, mw, note])
    write("badminton_ledger.csv", ["Date", "Details", "Category", "Amount", "Method", "Notes"], out)


# ------------------------------------------------------------------------------------------------
# 3. volunteer litter-pick group

SITES = {
    "beach": (["Sandy Bay beach", "Sandy Bay", "Beach", "beach", "SANDY BAY"], 14, 4.2),
    "river": (["Riverside path", "river path", "Riverside", "Riverside Path"], 9, 3.4),
    "town": (["High Street", "high st", "Town centre", "High St"], 8, 2.6),
    "park": (["Victoria Park", "Vic Park", "victoria park", "The park"], 7, 2.8),
    "station": (["Station car park", "Station", "station car park"], 6, 3.0),
}


def fmt_time(rng, h, m, evening=False):
    r = rng.random()
    if r < 0.55:
        return f"{h:02d}:{m:02d}"
    if r < 0.75:
        return f"{h}.{m:02d}"
    h12 = h - 12 if h > 12 else h
    suf = "pm" if h >= 12 else "am"
    if m == 0:
        return f"{h12}{suf}"
    return f"{h12}:{m:02d}{suf}"


def gen_litter():
    rng = random.Random(36003)
    rows = []
    leaders = {"sue": ["Sue", "Sue P", "SUE", "Susan"], "dave": ["Dave", "David", "Dave M"],
               "priya": ["Priya", "priya"], "mark": ["Mark", "mark"]}
    sat_sites = ["river", "town", "park", "station"]
    events = []
    d = date(2024, 1, 6)
    k = 0
    while d <= date(2025, 6, 28):
        events.append((d, sat_sites[k % 4], "sat"))
        k += 1
        d += timedelta(days=14)
    for yr in (2024, 2025):
        for mo in range(1, 13):
            if date(yr, mo, 1) > date(2025, 6, 30):
                break
            sun = date(yr, mo, 1)
            while sun.weekday() != 6:
                sun += timedelta(days=1)
            sun += timedelta(days=7)
            events.append((sun, "beach", "sun"))
        for mo in (5, 6, 7, 8):
            if yr == 2025 and mo > 6:
                continue
            wed = date(yr, mo, 1)
            while wed.weekday() != 2:
                wed += timedelta(days=1)
            while wed.month == mo:
                if rng.random() < 0.55:
                    events.append((wed, rng.choice(["river", "park", "town"]), "wed"))
                wed += timedelta(days=7)
    events.sort()
    cancelled_dates = {date(2024, 1, 20), date(2024, 11, 23), date(2025, 1, 12), date(2025, 2, 15), date(2024, 4, 14)}
    for d, site, kind in events:
        spell = rng.choice(SITES[site][0])
        lead = rng.choices(["sue", "dave", "priya", "mark"], [45, 28, 15, 12])[0]
        lw = rng.choice(leaders[lead])
        if kind == "sat":
            sh, sm = rng.choice([(10, 0), (10, 0), (10, 0), (9, 30), (10, 30)])
            dur = rng.choice([90, 105, 120, 120, 135, 150])
        elif kind == "sun":
            sh, sm = rng.choice([(8, 0), (9, 0), (9, 30), (10, 0), (13, 0), (14, 30), (15, 0)])
            dur = rng.choice([120, 135, 150, 165, 180])
        else:
            sh, sm = rng.choice([(18, 0), (18, 30), (18, 30), (19, 0)])
            dur = rng.choice([60, 75, 90, 90])
        if d == date(2024, 9, 8):  # Great British Beach Clean weekend: the long one
            sh, sm, dur = 9, 0, 270
        start = fmt_time(rng, sh, sm)
        fin_min = sh * 60 + sm + dur
        finish = fmt_time(rng, fin_min // 60, fin_min % 60)
        date_w = f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
        if rng.random() < 0.2:
            date_w = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        if d in cancelled_dates:
            note = rng.choice(["Cancelled - storm warning", "called off (rain)", "CANCELLED - flooding", "cancelled"])
            rows.append([date_w, spell, start, "", "", "", "", "", lw, note])
            continue
        growth = 1.15 if d.year == 2025 else 1.0
        vols = rng.randint(7, 19) if kind != "wed" else rng.randint(5, 12)
        if kind == "sun" and d.month in (6, 7, 8, 9):
            vols += rng.randint(4, 12)
        if d.year == 2025:
            vols += rng.randint(0, 4)
        if vols == 20:
            vols = 21
        base_bags = SITES[site][1]
        bags = max(2, int(round(rng.gauss(base_bags * growth * (0.6 if kind == "wed" else 1.0), 2.0))))
        recyc = max(0, int(round(bags * rng.uniform(0.2, 0.45))))
        kg = round(bags * SITES[site][2] * rng.uniform(0.8, 1.2) + recyc * 1.5, 1)
        if d == date(2024, 9, 8):
            vols, bags, recyc, kg = 58, 31, 12, 146.5
        vw = str(vols)
        r = rng.random()
        if r < 0.05:
            vw = rng.choice(["?", "not counted", ""])
        bw = str(bags) if rng.random() < 0.8 else f"{bags} bags"
        rw = str(recyc) if recyc else rng.choice(["0", "none", "0"])
        if recyc and rng.random() < 0.15:
            rw = f"{recyc} recycling"
        kw = f"{kg}" if rng.random() < 0.7 else f"{kg}kg"
        if rng.random() < 0.12:
            kw = rng.choice(["not weighed", "", "scales broken", "?"])
        note = ""
        if site == "beach" and rng.random() < 0.3:
            note = rng.choice(["lots of nurdles", "fishing line + nets", "tyre found", "with the surf club"])
        elif rng.random() < 0.1:
            note = rng.choice(["shopping trolley pulled out", "council collected bags Monday", "new volunteers x3",
                               "sharps - reported to council"])
        rows.append([date_w, spell, start, finish, vw, bw, rw, kw, lw, note])
    write("litter_picks.csv", ["Date", "Site", "Start", "Finish", "Volunteers", "Bags (general)", "Bags (recycling)",
                               "Weight (kg)", "Leader", "Notes"], rows)


# ------------------------------------------------------------------------------------------------
# 4. astronomy society stargazing evenings: booking form export (long headers)

H_EVENT = "Which stargazing evening would you like to book? (we'll email you if it's clouded out)"
H_PEOPLE = "How many people in your group (including children)?"
H_MEMBER = "Are you a member of the Astronomical Society? (members come free)"
H_KIT = "Are you bringing your own telescope or binoculars? (it helps us plan the field)"
H_HEARD = "How did you hear about our stargazing evenings?"
H_ACCESS = "Any accessibility needs we should know about?"
H_PAID = "Amount paid £ (committee use)"
H_CAME = "Attended? (committee use)"


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def gen_stargazing():
    rng = random.Random(36004)
    events = [  # date, theme, demand (bookings), clouded out
        (date(2023, 10, 13), "Moon & Saturn", 22, False), (date(2023, 10, 28), "Partial lunar eclipse", 25, False),
        (date(2023, 11, 10), "Andromeda Galaxy", 18, False), (date(2023, 11, 25), "Pleiades & Jupiter", 24, False),
        (date(2023, 12, 8), "Winter constellations", 16, True), (date(2023, 12, 14), "Geminid meteor shower", 33, False),
        (date(2024, 1, 12), "Orion Nebula", 21, False), (date(2024, 1, 27), "Jupiter's moons", 20, False),
        (date(2024, 2, 9), "Orion Nebula", 17, False), (date(2024, 2, 23), "Moon craters", 19, False),
        (date(2024, 3, 8), "Messier marathon taster", 14, False), (date(2024, 3, 22), "Spring galaxies", 15, False),
        (date(2024, 10, 11), "Saturn's rings", 27, False), (date(2024, 10, 26), "Comet hunting", 34, True),
        (date(2024, 11, 8), "Andromeda Galaxy", 24, False), (date(2024, 11, 23), "Jupiter & the Moon", 29, False),
        (date(2024, 12, 6), "Winter constellations", 22, False), (date(2024, 12, 14), "Geminid meteor shower", 56, False),
        (date(2025, 1, 10), "Venus & Saturn", 26, False), (date(2025, 1, 25), "Planet parade", 41, False),
        (date(2025, 2, 7), "Orion Nebula", 23, True), (date(2025, 2, 21), "Moon craters", 21, False),
        (date(2025, 3, 7), "Spring galaxies", 19, False), (date(2025, 3, 14), "Total lunar eclipse (early hours)", 25, False),
    ]
    member_w = {"yes": ["Yes", "yes", "Yes - family membership", "Yes (joint)"],
                "no": ["No", "no", "Not yet", "No but interested in joining", "No"]}
    kit_w = {"none": ["No", "No - just us!", "no", "Nothing", "None"],
             "bino": ["Binoculars", "binoculars", "Yes - binoculars", "Binos"],
             "scope": ["Yes - a telescope", "Telescope", "Small refractor", "Dobsonian", "Skywatcher 130 reflector",
                       "yes, telescope (beginner)"]}
    heard = {"facebook": ["Facebook", "facebook", "FB", "Facebook group", "Saw it on Facebook"],
             "friend": ["A friend", "Friend", "Word of mouth", "friend told me", "My neighbour"],
             "poster": ["Poster in the library", "Poster", "poster at school", "Library"],
             "paper": ["Local paper", "The Gazette", "newspaper"],
             "web": ["Website", "Google", "Society website"]}
    access = ["Wheelchair user", "Need to park close to the field please", "My son is autistic - may need a quiet spot",
              "step-free access please", "bad knees - will need a chair", "Hard of hearing", "Visually impaired",
              "buggy - toddler"]
    rows = []
    for ev_i, (d, theme, demand, cloud) in enumerate(events):
        season = 0 if d < date(2024, 6, 1) else 1
        price = 4.0 if season == 0 else 5.0
        ev_label = f"{LONG_DAYS[d.weekday()]} {ordinal(d.day)} {LONG_MONTHS[d.month - 1]} {d.year} - {theme}"
        n = demand + rng.randint(-1, 2)
        for _ in range(n):
            ahead = min(int(rng.expovariate(1 / 9.0)), 40)
            bd = d - timedelta(days=ahead)
            ts = datetime(bd.year, bd.month, bd.day, rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59))
            if ahead == 0:
                ts = ts.replace(hour=rng.randint(8, 16))
            people = rng.choices([1, 2, 3, 4, 5, 6], [12, 34, 20, 22, 8, 4])[0]
            member = rng.random() < (0.3 if season == 0 else 0.24)
            kit = rng.choices(["none", "bino", "scope"], [62, 24, 14])[0]
            if member:
                kit = rng.choices(["none", "bino", "scope"], [25, 25, 50])[0]
            hw = rng.choices(list(heard), [42, 27, 12, 9, 10])[0]
            acc = rng.choice(["", "", "", "", "None", "no", "N/A", "n/a", "-"])
            if rng.random() < 0.05:
                acc = rng.choice(access)
            came = rng.random() > 0.11
            if member:
                paid = rng.choice(["free (member)", "0", "member", "£0.00", "0"])
            else:
                v = people * price
                paid = rng.choice([f"£{v:.2f}", f"{v:g}", f"£{v:g}", f"{v:.2f}"])
                if rng.random() < 0.05:
                    paid = ""
            if cloud:
                cw = rng.choice(["Clouded out", "CLOUDED OUT - cancelled", "cancelled (cloud)"])
                if not member:
                    paid = rng.choice(["refunded", "Refunded", "refund"])
            elif came:
                cw = rng.choice(["Yes", "Y", "yes", "Came"])
            else:
                cw = rng.choice(["No", "no show", "N", "didn't turn up"])
            pw = str(people) if rng.random() < 0.85 else rng.choice([f"{people} people", f"{people} "])
            if people == 1 and rng.random() < 0.5:
                pw = rng.choice(["1", "Just me"])
            rows.append([ts, ev_label, pw, rng.choice(member_w["yes" if member else "no"]), rng.choice(kit_w[kit]),
                         rng.choice(heard[hw]), acc, paid, cw])
    rows.sort(key=lambda r: r[0])
    out = []
    for r in rows:
        ts = r[0]
        r[0] = f"{ts.month}/{ts.day}/{ts.year} {ts.hour}:{ts.minute:02d}:{ts.second:02d}"
        out.append(r)
    write("stargazing_bookings.csv", ["Timestamp", H_EVENT, H_PEOPLE, H_MEMBER, H_KIT, H_HEARD, H_ACCESS, H_PAID,
                                      H_CAME], out)


# ------------------------------------------------------------------------------------------------
# 5. household grocery shopping log

def gen_grocery():
    rng = random.Random(36005)
    shop_w = {
        "aldi": ["Aldi", "ALDI", "aldi", "Aldi "],
        "tesco": ["Tesco", "tesco", "TESCO", "Tesco Extra"],
        "tesco_x": ["Tesco Express", "tesco express", "Tesco Exp"],
        "sains": ["Sainsbury's", "Sainsburys", "sainsburys"],
        "sains_l": ["Sainsbury's Local", "Sainsburys local"],
        "coop": ["Co-op", "Coop", "co op", "CO-OP", "The Co-op"],
        "lidl": ["Lidl", "LIDL", "lidl"],
        "ocado": ["Ocado", "ocado", "Ocado (online)"],
        "farm": ["Farm shop", "Hollow Lane farm shop", "farm shop"],
    }
    type_w = {"big": ["Big shop", "big shop", "Weekly shop", "Main shop"],
              "top": ["Top up", "top-up", "Topup", "bits"],
              "online": ["Online", "online order", "Delivery"],
              "other": ["Treat", "Meat", "Other"]}
    pay_w = {"debit": ["Debit card", "debit", "card", "Visa debit"],
             "credit": ["Credit card", "Amex", "credit"],
             "cash": ["Cash", "cash"],
             "phone": ["Apple Pay", "apple pay", "phone"]}
    who_w = {"anna": ["Anna", "anna", "A"], "tom": ["Tom", "tom", "T"], "both": ["Both", "both", "Anna & Tom"]}
    rows = []
    infl = lambda d: 1.0 + 0.06 * ((d - date(2024, 1, 1)).days / 365.0)
    for d in daterange(date(2024, 1, 1), date(2025, 6, 30)):
        wd = d.weekday()
        xmas = d.month == 12 and 15 <= d.day <= 24
        if wd == 5 or (wd == 6 and rng.random() < 0.1):  # weekly big shop
            shop = rng.choices(["aldi", "tesco", "sains", "lidl"], [50, 30, 12, 8])[0]
            amt = rng.gauss(88, 14) * infl(d)
            if xmas:
                amt *= 1.6 if d.year == 2024 else 1.3
            who = rng.choices(["anna", "both", "tom"], [60, 25, 15])[0]
            hh = rng.randint(8, 12)
            items = int(amt / rng.uniform(2.1, 2.6))
            kind = "big"
            if d.year == 2025 and rng.random() < 0.25:
                shop = "lidl"  # a new Lidl opened nearby in 2025
            rows.append((d, hh, rng.randint(0, 59), shop, kind, who, amt, items))
        # top-ups
        p = 0.4 if wd in (0, 1, 2, 3, 4) else 0.15
        if rng.random() < p:
            shop = rng.choices(["coop", "tesco_x", "sains_l"], [50, 35, 15])[0]
            amt = max(2.5, rng.gauss(13, 6)) * infl(d)
            if 9.75 <= amt <= 10.25:
                amt += 0.5
            who = rng.choices(["tom", "anna", "both"], [60, 35, 5])[0]
            hh = rng.choices([8, 12, 13, 17, 18, 19, 20, 21], [5, 8, 8, 20, 20, 14, 14, 11])[0]
            items = max(1, int(amt / rng.uniform(1.8, 2.6)))
            rows.append((d, hh, rng.randint(0, 59), shop, "top", who, amt, items))
        # online order about every six weeks
        if wd == 3 and d.isocalendar()[1] % 6 == 0:
            amt = rng.gauss(118, 15) * infl(d)
            rows.append((d, 10, rng.randint(0, 59), "ocado", "online", "anna", amt, int(amt / 2.4)))
        # farm shop now and then
        if wd == 6 and rng.random() < 0.12:
            amt = rng.gauss(32, 8)
            rows.append((d, rng.randint(10, 14), rng.randint(0, 59), "farm", "other", "both", amt, rng.randint(4, 12)))
    rows.append((date(2024, 12, 23), 9, 40, "tesco", "big", "both", 243.87, 91))
    rows.append((date(2024, 12, 19), 10, 15, "ocado", "online", "anna", 186.40, 70))
    rows.append((date(2024, 12, 22), 11, 5, "farm", "other", "both", 78.50, 3))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    out = []
    for d, hh, mm, shop, kind, who, amt, items in rows:
        amt = round(amt, 2)
        if hh == 19 and mm >= 58:
            mm = 50
        if hh == 20 and mm <= 2:
            mm = 10
        a = pounds(rng, amt, plain_share=0.45)
        if rng.random() < 0.012:
            a = rng.choice(["?", "lost receipt", ""])
        iw = str(items)
        if rng.random() < 0.06:
            iw = rng.choice(["", "?", "lots"])
        deliv = ""
        if shop == "ocado":
            deliv = rng.choice(["£4.99", "4.99", "free", "Free (voucher)", "£0"])
        pay = rng.choices(["debit", "credit", "cash", "phone"], [50, 20, 10, 20])[0]
        if kind == "top" and rng.random() < 0.15:
            pay = "cash"
        note = ""
        if kind == "big" and d.month == 12 and 15 <= d.day <= 24:
            note = "Christmas"
        elif rng.random() < 0.04:
            note = rng.choice(["forgot bags", "yellow sticker bargains", "birthday cake", "BBQ stuff", "for Mum"])
        out.append([d.isoformat(), f"{hh:02d}:{mm:02d}", rng.choice(shop_w[shop]), rng.choice(type_w[kind]),
                    rng.choice(who_w[who]), a, iw, deliv, rng.choice(pay_w[pay]), note])
    write("grocery_shopping.csv", ["Date", "Time", "Shop", "Type", "Who", "Amount", "Items", "Delivery charge (included)",
                                   "Paid with", "Notes"], out)


def main():
    DATA.mkdir(exist_ok=True)
    gen_yarn()
    gen_badminton()
    gen_litter()
    gen_stargazing()
    gen_grocery()


if __name__ == "__main__":
    main()
