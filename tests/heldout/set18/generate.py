#!/usr/bin/env python3
"""Held-out set 18: writes data/*.csv (seeded, standard library only, byte-for-byte reproducible).

    python3 tests/heldout/set18/generate.py

Datasets (one seed each):
    tattoo_sessions.csv + tattoo_clients.csv   a tattoo studio's sessions and its client list (lookup)
    kayak_daily.csv                            a kayak hire business, one row per day per base (pre-aggregated)
    apiary_ledger.csv                          a beekeeper's honey business ledger (signed euros, decimal commas)
    cowork_rooms.csv                           a co-working space's meeting-room bookings
    piano_visits.csv                           a piano tuner's visits
"""

import csv
import datetime as dt
import io
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def write(name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    (DATA / name).write_text(buf.getvalue(), encoding="utf-8")
    print(f"{name}: {len(rows)} rows")


def days(start, end):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


def pick(rng, weighted):
    """weighted: list of (value, weight)."""
    total = sum(w for _, w in weighted)
    x = rng.random() * total
    for v, w in weighted:
        x -= w
        if x < 0:
            return v
    return weighted[-1][0]


def vary(rng, canon, variants, p=0.25):
    """canon most of the time, else one of its spelling variants."""
    if variants and rng.random() < p:
        return rng.choice(variants)
    return canon


def money(rng, value, sym, styles=("sym2", "plain2", "sym0")):
    """value >= 0 in a currency with a decimal point."""
    s = rng.choice(styles)
    if s == "sym0" and abs(value - round(value)) > 1e-9:
        s = "sym2"
    if s == "sym2":
        return f"{sym}{value:,.2f}" if value >= 1000 and rng.random() < 0.5 else f"{sym}{value:.2f}"
    if s == "plain2":
        return f"{value:.2f}"
    return f"{sym}{value:.0f}"


# ----------------------------------------------------------------------------------------------
# 1. tattoo studio: sessions + client list

TOWNS = [("Brighton", ["BRIGHTON", " Brighton", "brighton"], 40), ("Hove", ["HOVE", "Hove "], 22),
         ("Lewes", ["lewes", "LEWES "], 14), ("Worthing", ["WORTHING", " worthing"], 12),
         ("Shoreham", ["shoreham", "Shoreham "], 7), ("Newhaven", ["NEWHAVEN"], 5)]
HEARD = [("Instagram", ["instagram", "INSTAGRAM", " Instagram"], 42), ("Friend", ["friend", "FRIEND"], 26),
         ("Walk-in", ["walk-in", "Walk in", "WALK-IN"], 18), ("Google", ["google", "GOOGLE "], 14)]
YESNO8 = (["Yes", "Y", "yes", "TRUE"], ["No", "N", "no", "FALSE"])
FIRST = ["Amy", "Ben", "Chloe", "Dan", "Ella", "Finlay", "Grace", "Harry", "Isla", "Jack", "Kate", "Liam",
         "Maya", "Noah", "Olivia", "Priya", "Quinn", "Ruby", "Sam", "Tara", "Umar", "Vera", "Will", "Zoe"]
LAST = ["Adams", "Baker", "Clarke", "Davies", "Evans", "Fisher", "Green", "Hughes", "Iqbal", "Jones",
        "Khan", "Lewis", "Moore", "Nash", "Owen", "Patel", "Reid", "Shaw", "Turner", "Walsh", "Young"]

STYLES = [  # canon, variants, weight, booked hours choices
    ("Fine line", ["fine line", "Fine Line", "Fine  line"], 30, [1, 1.5, 2, 2.5]),
    ("Traditional", [" Traditional", "TRADITIONAL", "traditional"], 22, [2, 2.5, 3, 4]),
    ("Blackwork", ["blackwork", "BLACKWORK", "Blackwork "], 18, [2, 3, 4, 5]),
    ("Realism", ["realism", "REALISM"], 12, [3, 4, 5, 6]),
    ("Lettering", ["lettering", "LETTERING "], 10, [1, 1.5, 2]),
    ("Cover-up", ["Cover up", "cover-up", "Cover-Up", "cover up"], 8, [2, 3, 4, 5]),
]
ARTISTS = [("Rosa", ["rosa", "ROSA"]), ("Finn", ["Finn ", "finn"]), ("Mika", ["MIKA", "mika"]),
           ("Jade", ["jade", " Jade"])]
PLACEMENTS = ["Forearm", "Upper arm", "Leg", "Back", "Ribs", "Hand", "Neck", "Ankle", "Shoulder"]


def fmt_dmy_hm(t):  # "2 Jan 2025 09:00"
    return f"{t.day} {MONTHS[t.month - 1]} {t.year} {t:%H:%M}"


def tattoo():
    rng = random.Random(18001)
    clients = []
    for i in range(1, 241):
        cid = f"{i:04d}"
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        town, tv, _ = pick(rng, [((t, v, w), w) for t, v, w in TOWNS])
        heard, hv, _ = pick(rng, [((h, v, w), w) for h, v, w in HEARD])
        on_list = rng.random() < 0.55
        flag = rng.choice(YESNO8[0] if on_list else YESNO8[1])
        first = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 6 + 60))
        clients.append([cid, name, vary(rng, town, tv), vary(rng, heard, hv), flag, first.strftime("%d/%m/%Y")])
    # some clients book far more often than others
    cweights = [rng.choice([1, 1, 1, 2, 3, 6]) for _ in clients]

    rows = []
    n = 0
    for d in days(dt.date(2025, 1, 2), dt.date(2025, 6, 28)):
        if d.weekday() in (0, 6):  # closed Sunday and Monday
            continue
        if d in (dt.date(2025, 4, 18), dt.date(2025, 5, 6)):
            continue
        busy = {1: 0.75, 2: 0.8, 3: 0.95, 4: 1.0, 5: 1.05, 6: 1.05}[d.month]
        wkd = {1: 0.8, 2: 0.85, 3: 0.95, 4: 1.05, 5: 1.25}[d.weekday()]
        for artist, av in ARTISTS:
            if artist == "Jade" and d < dt.date(2025, 3, 4):
                continue
            slots = []
            if rng.random() < 0.78 * busy * wkd:
                slots.append(rng.choice([10, 10, 11, 11, 12]))
            if rng.random() < 0.62 * busy * wkd:
                slots.append(rng.choice([14, 15, 15, 16, 17]))
            for hour in slots:
                n += 1
                style, sv, _, hours_choices = pick(rng, [(s, s[2]) for s in STYLES])
                if artist == "Mika" and style in ("Traditional", "Lettering") and rng.random() < 0.5:
                    style, sv, _, hours_choices = STYLES[3]
                booked = rng.choice(hours_choices)
                if hour >= 14 and booked > 4:
                    booked = 4
                start = dt.datetime(d.year, d.month, d.day, hour, rng.choice([0, 0, 0, 30]))
                rate = 90 if d < dt.date(2025, 4, 1) else 100
                price = max(80, rate * booked)
                deposit = 50 if booked <= 3 else 100
                r = rng.random()
                status = "Completed" if r < 0.865 else ("Cancelled" if r < 0.945 else "No-show")
                ci = rng.choices(range(len(clients)), weights=cweights)[0]
                cid = clients[ci][0]
                cid_out = str(int(cid)) if rng.random() < 0.5 else cid
                if status == "Completed":
                    mins = int(booked * 60) + rng.randint(-20, 35)
                    if abs(mins - 240) < 3:
                        mins = 240 + (3 if mins >= 240 else -3)
                    end = start + dt.timedelta(minutes=mins)
                    price_s = money(rng, price, "£")
                    if rng.random() < 0.62:
                        tip = rng.choice([5, 10, 10, 15, 20, 20, 25, 30, 40])
                        tip_s = rng.choice([f"£{tip}", f"{tip}", f"£{tip}.00"])
                    else:
                        tip_s = rng.choice(["", "none", "n/a", "unknown"])
                    st = vary(rng, "Completed", ["completed", "COMPLETED", "Completed "], 0.2)
                else:
                    end = start + dt.timedelta(minutes=int(booked * 60))
                    tip_s = ""
                    if status == "Cancelled":
                        price_s = rng.choice(["", "0", "£0.00"])
                        st = vary(rng, "Cancelled", ["cancelled", "Canceled", "CANCELLED"], 0.4)
                    else:
                        price_s = money(rng, deposit, "£")
                        st = vary(rng, "No-show", ["no show", "No show", "NO-SHOW"], 0.4)
                rows.append([f"TS-{n:04d}", cid_out, vary(rng, artist, av, 0.2), vary(rng, style, sv, 0.25),
                             rng.choice(PLACEMENTS), fmt_dmy_hm(start), fmt_dmy_hm(end),
                             rng.choice([f"£{deposit}", f"£{deposit}.00", f"{deposit}"]), price_s, tip_s, st])
    write("tattoo_clients.csv", ["client_id", "name", "town", "heard_about_us", "mailing_list", "first_visit"],
          clients)
    write("tattoo_sessions.csv", ["booking_ref", "client_id", "artist", "style", "placement", "start", "end",
                                  "deposit", "price", "tip", "status"], rows)


# ----------------------------------------------------------------------------------------------
# 2. kayak hire: one row per day per base (pre-aggregated)

BASES = [("River Quay", ["RIVER QUAY", "River  Quay", "river quay"], 1.0),
         ("Lake Shore", ["Lake shore", "LAKE SHORE", " Lake Shore"], 0.8),
         ("Harbour Beach", ["Harbour beach", "HARBOUR BEACH", "Harbour Beach "], 1.1),
         ("Marsh Creek", ["marsh creek", "MARSH CREEK"], 0.55)]


def kayak():
    rng = random.Random(18002)
    storms = {dt.date(2025, 5, 9), dt.date(2025, 5, 22), dt.date(2025, 6, 3), dt.date(2025, 6, 27),
              dt.date(2025, 7, 16), dt.date(2025, 8, 11), dt.date(2025, 8, 29), dt.date(2025, 9, 18),
              dt.date(2025, 9, 19)}
    repairs = set(days(dt.date(2025, 6, 9), dt.date(2025, 6, 15)))
    mfac = {5: 0.55, 6: 0.8, 7: 1.15, 8: 1.3, 9: 0.65}
    rows = []
    for d in days(dt.date(2025, 5, 1), dt.date(2025, 9, 30)):
        wk = [1.0, 0.9, 0.9, 1.0, 1.2, 1.9, 1.7][d.weekday()]
        if d in (dt.date(2025, 5, 26), dt.date(2025, 8, 25)):  # bank holiday Mondays
            wk = 1.8
        # a few very good days
        if d in (dt.date(2025, 8, 2), dt.date(2025, 7, 19)):
            wk *= 1.35
        for base, bv, bf in BASES:
            if base == "Marsh Creek" and d < dt.date(2025, 7, 1):
                continue
            ds = f"{d.month}/{d.day}/{d.year}"
            temp = 13 + 6 * {5: 0.1, 6: 0.5, 7: 0.9, 8: 1.0, 9: 0.6}[d.month] + rng.uniform(-1.5, 1.5)
            if base == "Lake Shore":
                temp += 1.5
            temp_s = f"{temp:.1f}" if rng.random() < 0.9 else rng.choice(["n/a", "not recorded", ""])
            closed = None
            if d in storms:
                closed = vary(rng, "Closed - weather", ["closed - weather", "CLOSED - WEATHER", "Closed -  weather"],
                              0.5)
                note = rng.choice(["storm warning", "high winds", "thunderstorms"])
            elif base == "Lake Shore" and d.weekday() == 0 and d not in (dt.date(2025, 5, 26), dt.date(2025, 8, 25)):
                closed, note = vary(rng, "Closed", ["closed", "CLOSED"], 0.3), "closed Mondays"
            elif base == "Harbour Beach" and d in repairs:
                closed, note = vary(rng, "Closed - repairs", ["closed - repairs", "Closed - Repairs"], 0.4), "jetty repairs"
            if closed:
                rows.append([ds, vary(rng, base, bv, 0.15), closed, rng.choice(["0", ""]), "", "",
                             "", rng.choice(["", "$0.00"]), temp_s, note])
                continue
            lam = 22 * bf * mfac[d.month] * wk * rng.uniform(0.75, 1.25)
            rentals = max(1, int(round(lam)))
            hours = sum(rng.choice([1, 1, 2, 2, 2, 3, 4]) for _ in range(rentals))
            paddlers = rentals + sum(1 for _ in range(rentals) if rng.random() < 0.35)
            tours = 0
            if d.weekday() >= 5 or rng.random() < 0.25:
                tours = rng.choice([0, 1, 1, 2, 3]) if base != "Marsh Creek" else rng.choice([0, 1])
            rate = 18 if d < dt.date(2025, 7, 1) else 20
            takings = hours * rate + tours * 120
            paddlers_s = str(paddlers) if rng.random() < 0.92 else rng.choice(["not counted", "n/a", ""])
            status = vary(rng, "Open", ["open", "OPEN", "Open "], 0.2)
            note = rng.choice([""] * 12 + ["staff short", "school group", "windy pm", "hen party"])
            rows.append([ds, vary(rng, base, bv, 0.15), status, str(rentals), paddlers_s,
                         (f"{hours}" if rng.random() < 0.7 else f"{hours}.0"), str(tours),
                         money(rng, takings, "$"), temp_s, note])
    write("kayak_daily.csv", ["date", "base", "status", "rentals", "paddlers", "boat_hours", "guided_tours",
                              "takings", "water_temp_c", "note"], rows)


# ----------------------------------------------------------------------------------------------
# 3. beekeeper's ledger: signed euros with decimal commas

def eur(rng, v):
    """v signed euros -> text with decimal comma and maybe dot thousands, sign placed several ways."""
    a = abs(v)
    whole, cents = divmod(round(a * 100), 100)
    w = f"{whole:,}".replace(",", ".") if whole >= 1000 and rng.random() < 0.7 else str(whole)
    body = f"{w},{cents:02d}"
    if v < 0:
        return rng.choice([f"-€{body}", f"€-{body}", f"-{body}", f"-€ {body}"])
    return rng.choice([f"€{body}", body, f"€ {body}", f"+{body}" if rng.random() < 0.1 else body])


CATS = {
    "Honey sale": ["honey sale", "HONEY SALE", "Honey  sale", "Honey sale "],
    "Wax sale": ["wax sale", "WAX SALE"],
    "Pollination fee": ["pollination fee", "Pollination Fee"],
    "Swarm collection": ["swarm collection", "SWARM COLLECTION"],
    "Jars & labels": ["jars & labels", "JARS & LABELS", "Jars &  labels"],
    "Feed sugar": ["feed sugar", "FEED SUGAR"],
    "Queens": ["queens", "QUEENS"],
    "Equipment": ["equipment", "EQUIPMENT ", "Equipment "],
    "Market pitch": ["market pitch", "MARKET PITCH"],
    "Postage": ["postage", "POSTAGE"],
    "Refund": ["refund", "REFUND", "Refund "],
    "Card fees": ["card fees", "CARD FEES"],
}
CHANNELS = {"Market": ["market", "MARKET"], "Farm gate": ["farm gate", "Farm Gate", "FARM GATE"],
            "Online": ["online", "ONLINE", "Online "], "Wholesale": ["wholesale", "WHOLESALE"]}


def apiary():
    rng = random.Random(18003)
    entries = []  # (datetime, category, channel, description, amount, payment, jars)

    def add(t, cat, ch, desc, amt, pay, jars=""):
        if t.year > 2025:  # the books close on 31 December: late postage and refunds land on the last day
            t = dt.datetime(2025, 12, 31, 21, t.minute, t.second)
        entries.append([t, cat, ch, desc, round(amt, 2), pay, jars])

    def at(d, h0, h1):
        return dt.datetime(d.year, d.month, d.day, rng.randint(h0, h1), rng.randint(0, 59), rng.choice([0, 0, 17, 42]))

    online_card = {}  # month -> card + online takings for fees
    for d in days(dt.date(2025, 1, 1), dt.date(2025, 12, 31)):
        new_crop = d >= dt.date(2025, 8, 1)
        jar = 9.0 if new_crop else 8.0
        season = {1: 0.5, 2: 0.5, 3: 0.6, 4: 0.8, 5: 0.9, 6: 1.0, 7: 1.0, 8: 1.3, 9: 1.3, 10: 1.2, 11: 1.4,
                  12: 1.9}[d.month]
        # Saturday market: weekly April-December, fortnightly before
        if d.weekday() == 5 and (d.month >= 4 or d.isocalendar()[1] % 2 == 0):
            for pay in ("Cash", "Card"):
                jars = max(3, int(round(rng.gauss(16, 5) * season * (0.8 if pay == "Cash" else 1.0))))
                amt = jars * jar + (rng.choice([0, 0, 6.5, 12.0]) if rng.random() < 0.3 else 0)
                add(at(d, 12, 13), "Honey sale", "Market", f"Saturday market ({pay.lower()})", amt, pay, str(jars))
                if pay == "Card":
                    online_card[d.month] = online_card.get(d.month, 0) + amt
            add(at(d, 7, 8), "Market pitch", "", "Market pitch fee", -(15.0 if d < dt.date(2025, 7, 1) else 18.0),
                "Card")
            if rng.random() < 0.35:
                add(at(d, 12, 13), "Wax sale", "Market", "Beeswax candles", rng.choice([12, 18, 24, 30, 36]),
                    "Cash")
        # farm gate honesty box, emptied Tuesdays and Fridays
        if d.weekday() in (1, 4):
            amt = max(8.0, round(rng.gauss(45, 18) * season))
            jars = rng.choice(["unknown", "several", "n/a", ""]) if rng.random() < 0.55 else str(int(amt // jar))
            add(at(d, 17, 19), "Honey sale", "Farm gate", "Honesty box", amt, "Cash", jars)
        # online orders
        k = sum(1 for _ in range(3) if rng.random() < 0.28 * season)
        for _ in range(k):
            jars = rng.choice([1, 2, 2, 3, 4, 6])
            price = 10.0 if not new_crop else 11.0
            amt = jars * price
            t = at(d, 7, 22)
            add(t, "Honey sale", "Online", f"Web order {jars} jar{'s' if jars > 1 else ''}", amt, "PayPal",
                str(jars))
            online_card[d.month] = online_card.get(d.month, 0) + amt
            if rng.random() < 0.9:
                add(t + dt.timedelta(days=1, hours=2), "Postage", "Online", "Royal mail / courier",
                    -rng.choice([4.2, 4.2, 5.5, 7.9]), "Card")
            if rng.random() < 0.04:
                add(t + dt.timedelta(days=rng.randint(3, 9)), "Refund", "Online", "Jar broken in post",
                    -price * rng.choice([1, 1, 2]), "PayPal")
        # wholesale: two farm shops, first Monday of each month (not January)
        if d.weekday() == 0 and d.day <= 7 and d.month != 1:
            for shop in ("Hillside Farm Shop", "Old Mill Deli"):
                jars = rng.choice([24, 24, 36, 48, 60])
                add(at(d, 9, 11), "Honey sale", "Wholesale", shop, jars * (6.5 if not new_crop else 7.0),
                    "Bank transfer", str(jars))
        # Christmas hamper company: two big wholesale orders
        if d in (dt.date(2025, 11, 17), dt.date(2025, 12, 8)):
            jars = 180 if d.month == 11 else 240
            add(at(d, 9, 11), "Honey sale", "Wholesale", "Yuletide Hampers Ltd", jars * 7.0, "Bank transfer", str(jars))
        # pollination contracts, April-May orchards
        if d in (dt.date(2025, 4, 7), dt.date(2025, 4, 14), dt.date(2025, 4, 28), dt.date(2025, 5, 12)):
            add(at(d, 9, 16), "Pollination fee", "", rng.choice(["Orchard hives x8", "Apple orchard hives",
                                                                  "Cherry orchard"]),
                rng.choice([480, 640, 720, 960]), "Bank transfer")
        # swarms May-July
        if d.month in (5, 6, 7) and rng.random() < 0.12:
            add(at(d, 10, 19), "Swarm collection", "", "Swarm call-out", rng.choice([40, 50, 60]), "Cash")
        # costs
        if d in (dt.date(2025, 3, 3), dt.date(2025, 7, 21), dt.date(2025, 10, 6), dt.date(2025, 11, 24)):
            add(at(d, 9, 17), "Jars & labels", "", "Jars, lids and labels", -rng.choice([380, 420, 515.4, 612.8]),
                "Card")
        if d in (dt.date(2025, 2, 17), dt.date(2025, 9, 8), dt.date(2025, 9, 29), dt.date(2025, 10, 13)):
            add(at(d, 9, 17), "Feed sugar", "", "Sugar / fondant", -rng.choice([86.4, 112.5, 140.0]), "Card")
        if d in (dt.date(2025, 4, 22), dt.date(2025, 5, 20), dt.date(2025, 6, 10)):
            add(at(d, 9, 17), "Queens", "", "Mated queens", -rng.choice([2, 3, 4]) * 42.0, "Bank transfer")
        if d in (dt.date(2025, 3, 15), dt.date(2025, 4, 5), dt.date(2025, 6, 21), dt.date(2025, 8, 16),
                 dt.date(2025, 11, 3)):
            add(at(d, 9, 17), "Equipment", "", rng.choice(["National hive", "Frames and foundation", "Extractor",
                                                          "Smoker and suits"]),
                -rng.choice([95.0, 148.5, 265.0, 1240.0 if d == dt.date(2025, 8, 16) else 210.0]), "Card")
        # card fees on the last day of each month
        if (d + dt.timedelta(days=1)).day == 1:
            fee = round(online_card.get(d.month, 0) * 0.0175, 2)
            add(at(d, 20, 22), "Card fees", "", "Card and PayPal fees", -fee, "Card")
    entries.sort(key=lambda e: e[0])
    rows = []
    n = 0
    for t, cat, ch, desc, amt, pay, jars in entries:
        n += 1
        ts = t.strftime("%Y-%m-%dT%H:%M:%S") if rng.random() < 0.8 else t.strftime("%Y-%m-%dT%H:%M")
        row = [f"{n:06d}", ts, vary(rng, cat, CATS[cat], 0.2), vary(rng, ch, CHANNELS.get(ch, []), 0.2), desc,
               eur(rng, amt), vary(rng, pay, [pay.lower(), pay.upper()], 0.2), jars, ""]
        rows.append(row)
        if rng.random() < 0.02:  # keyed twice: the copy is voided
            n += 1
            dup = list(row)
            dup[0] = f"{n:06d}"
            dup[8] = rng.choice(["VOID", "void", "Void"])
            rows.append(dup)
    write("apiary_ledger.csv", ["entry_no", "timestamp", "category", "channel", "description", "amount",
                                "payment", "jars", "status"], rows)


# ----------------------------------------------------------------------------------------------
# 4. co-working meeting rooms

ROOMS = [("Boardroom", ["BOARDROOM", "boardroom", " Boardroom"], 60, 14, [1, 2, 2, 3, 4, 8]),
         ("Studio", ["studio", "STUDIO", "Studio "], 40, 18, [1, 1.5, 2, 3, 4]),
         ("Pod A", ["pod a", "POD A", "Pod  A"], 20, 30, [0.5, 1, 1, 1.5, 2]),
         ("Pod B", ["pod b", "Pod b", "POD B "], 20, 26, [0.5, 1, 1, 1.5, 2])]
COMPANIES = [("Brightside Design", True), ("Northwind Legal", True), ("Kettle & Co", True),
             ("Orbit Analytics", True), ("Sable Studio", False), ("Fernhill Consulting", True),
             ("Lumen Health", False), ("Pixel Harbour", True), ("Quayside Accounts", True),
             ("Tandem Recruitment", False), ("Greenleaf Charity", True), ("Moss & Stone Architects", True),
             ("Hatch Ventures", False), ("Blue Finch Media", True), ("Copperline Engineering", False),
             ("Juniper Coaching", True), ("Wren Translation", False), ("Atlas Tutors", True),
             ("Saltmarsh Films", False), ("Nimbus Software", True), ("Red Kite Events", False),
             ("Osprey Property", True)]
YESNO10 = (["Yes", "Y", "yes", "true", "TRUE"], ["No", "N", "no", "false", "FALSE"])


def cowork():
    rng = random.Random(18004)
    cweights = [rng.choice([1, 2, 3, 4, 6]) for _ in COMPANIES]
    cweights[7] = 11  # Pixel Harbour books a lot
    holidays = {dt.date(2025, 4, 18), dt.date(2025, 4, 21), dt.date(2025, 5, 5), dt.date(2025, 5, 26)}
    rows = []
    n = 0
    for d in days(dt.date(2025, 1, 6), dt.date(2025, 6, 27)):
        if d.weekday() >= 5 or d in holidays:
            continue
        mf = {1: 0.8, 2: 0.9, 3: 1.0, 4: 1.0, 5: 1.1, 6: 1.15}[d.month]
        wf = [1.0, 1.25, 1.2, 1.05, 0.6][d.weekday()]
        for room, rv, rate0, weight, lens in ROOMS:
            k = sum(1 for _ in range(6) if rng.random() < weight / 60 * mf * wf * 1.6)
            used = []
            for _ in range(k):
                length = rng.choice(lens)
                if room == "Studio" and d >= dt.date(2025, 4, 1) and rng.random() < 0.2:
                    length = rng.choice([3, 4])  # podcast recordings from April
                for _try in range(6):
                    if length >= 8:
                        sh, sm = 9, 0
                    else:
                        sh = rng.choice([8, 9, 9, 10, 10, 10, 11, 13, 14, 14, 15, 16])
                        sm = rng.choice([0, 0, 0, 30])
                    s = sh * 60 + sm
                    e = s + int(length * 60)
                    if e > 18 * 60:
                        continue
                    if all(e <= a or s >= b for a, b in used):
                        used.append((s, e))
                        break
                else:
                    continue
                n += 1
                ci = rng.choices(range(len(COMPANIES)), weights=cweights)[0]
                comp, member = COMPANIES[ci]
                rate = rate0 if d < dt.date(2025, 4, 1) else round(rate0 * 1.1)
                price = rate * length * (0.8 if member else 1.0)
                start = dt.datetime(d.year, d.month, d.day) + dt.timedelta(minutes=s)
                end = dt.datetime(d.year, d.month, d.day) + dt.timedelta(minutes=e)
                r = rng.random()
                status = "Completed" if r < 0.84 else ("Cancelled" if r < 0.94 else "No-show")
                cap = {"Boardroom": 12, "Studio": 6, "Pod A": 4, "Pod B": 4}[room]
                att = str(rng.randint(2, cap))
                if rng.random() < 0.1:
                    att = rng.choice(["unknown", "several", ""])
                if status == "Cancelled":
                    price_s = rng.choice(["", "0", "$0.00"])
                    st = vary(rng, "Cancelled", ["cancelled", "Canceled", "CANCELLED"], 0.4)
                    att = ""
                else:
                    price_s = money(rng, price, "$")
                    st = ("Completed" if status == "Completed" else "No-show")
                    st = vary(rng, st, ["completed", "COMPLETED"] if status == "Completed" else
                              ["no show", "No show", "no-show"], 0.3)
                    if status == "No-show":
                        att = rng.choice(["", "0"])
                rows.append([f"MR{n:05d}", vary(rng, room, rv, 0.2),
                             vary(rng, comp, [comp.upper(), comp + " ", comp.lower()], 0.12),
                             rng.choice(YESNO10[0] if member else YESNO10[1]),
                             start.strftime("%d/%m/%Y %H:%M"), end.strftime("%d/%m/%Y %H:%M"), att, price_s, st])
    write("cowork_rooms.csv", ["booking_id", "room", "company", "member", "start", "end", "attendees", "price",
                               "status"], rows)


# ----------------------------------------------------------------------------------------------
# 5. piano tuner's visits

PTOWNS = [("Bath", ["BATH", "bath", "Bath "], 34), ("Bristol", ["BRISTOL", " Bristol"], 22),
          ("Frome", ["frome", "FROME"], 14), ("Wells", ["wells", "Wells "], 10),
          ("Keynsham", ["KEYNSHAM", "keynsham"], 10), ("Radstock", ["radstock"], 6), ("Bradford on Avon",
          ["Bradford-on-Avon", "bradford on avon"], 8)]
TITLES = ["Mrs", "Mr", "Ms", "Dr", "Revd"]


def piano():
    rng = random.Random(18005)
    clients = []
    schools = ["St Mary's School", "Kingswood Prep", "Abbey Church", "Bath Music Centre", "Frome Community Hall",
               "Wells Cathedral School"]
    for s in schools:
        clients.append((s, pick(rng, [(t, w) for t, _, w in PTOWNS]) if "Bath" not in s and "Frome" not in s
                        and "Wells" not in s else next(t for t, _, _ in PTOWNS if t in s), "Grand", 5))
    used = set()
    while len(clients) < 230:
        nm = f"{rng.choice(TITLES)} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(LAST)}"
        if nm in used:
            continue
        used.add(nm)
        town = pick(rng, [(t, w) for t, _, w in PTOWNS])
        ptype = pick(rng, [("Upright", 70), ("Baby grand", 18), ("Grand", 12)])
        clients.append((nm, town, ptype, rng.choice([1, 1, 1, 2])))
    tv = {t: v for t, v, _ in PTOWNS}
    rows = []
    n = 0
    for d in days(dt.date(2025, 1, 2), dt.date(2025, 12, 19)):
        if d.weekday() == 6:
            continue
        if d.weekday() == 5 and rng.random() > 0.25:
            continue
        if dt.date(2025, 8, 4) <= d <= dt.date(2025, 8, 15):  # holiday
            continue
        mf = {1: 1.1, 2: 1.0, 3: 1.0, 4: 0.9, 5: 0.9, 6: 0.85, 7: 0.8, 8: 0.7, 9: 1.15, 10: 1.1, 11: 1.25,
              12: 1.3}[d.month]
        k = max(1, int(round(rng.gauss(2.6, 0.9) * mf))) if d.weekday() < 5 else rng.choice([1, 2])
        times = sorted(rng.sample([9, 10, 11, 12, 13, 14, 15, 16, 17], min(k, 5)))
        for h in times:
            n += 1
            ci = rng.choices(range(len(clients)), weights=[c[3] for c in clients])[0]
            client, town, ptype, _ = clients[ci]
            work = pick(rng, [("Tuning", 80), ("Repair", 12), ("Regulation", 8)])
            base = 75 if d < dt.date(2025, 9, 1) else 80
            pitch = work == "Tuning" and rng.random() < 0.18
            if work == "Tuning":
                fee = base + (20 if ptype != "Upright" else 0) + (30 if pitch else 0)
                minutes = int(rng.gauss(75 if not pitch else 110, 12))
            elif work == "Repair":
                fee = rng.choice([45, 60, 85, 120, 150, 200])
                minutes = int(rng.gauss(60, 20)) + 15
            else:
                fee = rng.choice([180, 220, 260, 300])
                minutes = int(rng.gauss(200, 30))
            miles = {"Bath": 4, "Bristol": 14, "Frome": 12, "Wells": 21, "Keynsham": 8, "Radstock": 10,
                     "Bradford on Avon": 9}[town] + rng.randint(-3, 3)
            r = rng.random()
            status = "Done" if r < 0.87 else ("Cancelled" if r < 0.95 else "No answer")
            tm = f"{h}:{rng.choice(['00', '00', '30', '15'])}"
            miles_s = str(max(1, miles)) if rng.random() < 0.9 else rng.choice(["n/a", "local", "unknown", ""])
            if status == "Done":
                fee_s = money(rng, fee, "£")
                mins_s = str(max(20, minutes)) if rng.random() < 0.9 else rng.choice(["unknown", "n/a", "",
                                                                                      "about an hour"])
                paid = rng.random() < (0.93 if d < dt.date(2025, 11, 15) else 0.6)
                paid_s = rng.choice(YESNO8[0] if paid else YESNO8[1])
                pr = rng.choice(YESNO8[0] if pitch else YESNO8[1])
                st = vary(rng, "Done", ["done", "DONE", "Done "], 0.2)
            elif status == "Cancelled":
                fee_s, mins_s, paid_s, miles_s = rng.choice(["", "0", "£0.00"]), "", "", ""
                pr = rng.choice(YESNO8[1]) if rng.random() < 0.5 else ""
                st = vary(rng, "Cancelled", ["cancelled", "Canceled"], 0.4)
            else:
                fee_s = money(rng, 25, "£")
                mins_s = ""
                paid = rng.random() < 0.7
                paid_s = rng.choice(YESNO8[0] if paid else YESNO8[1])
                pr = ""
                st = vary(rng, "No answer", ["no answer", "No Answer", "NO ANSWER"], 0.4)
            rows.append([f"PT{n:04d}", d.isoformat(), tm, client, vary(rng, town, tv[town], 0.25),
                         vary(rng, ptype, [ptype.lower(), ptype.upper(), ptype + " "], 0.15),
                         vary(rng, work, [work.lower(), work.upper()], 0.15), pr, fee_s, miles_s, mins_s, paid_s,
                         st])
    write("piano_visits.csv", ["visit_id", "date", "time", "client", "town", "piano", "work", "pitch_raise", "fee",
                               "miles", "minutes", "paid", "status"], rows)


if __name__ == "__main__":
    DATA.mkdir(exist_ok=True)
    tattoo()
    kayak()
    apiary()
    cowork()
    piano()
