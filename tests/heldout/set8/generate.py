#!/usr/bin/env python3
"""Held-out set 8: write the datasets under data/ (deterministic, standard library only).

    python3 tests/heldout/set8/generate.py

Running it again reproduces every CSV byte for byte (each dataset has its own seeded random.Random;
nothing iterates a set or a dict whose order could change; money is kept in integer cents and formatted
by hand).

Datasets (see README.md for the mess in each):
    bean_purchases.csv + suppliers.csv   a coffee roastery's green-bean purchase orders + supplier lookup
                                         joined on supplier_id (day-first dates; $ prices per kg and totals)
    tool_hire.csv                        a tool-hire shop's rentals (ISO datetimes out / returned: durations)
    match_results.csv                    a Sunday football league's results, two seasons (US dates,
                                         12-hour kick-off times, postponed games, attendance with gaps)
    bike_counts.csv                      city bike-lane counters, one row per counter per hour (pre-aggregated)
    box_ledger.csv                       a tea subscription box's account ledger (signed: charges and shipping +,
                                         refunds, credits, chargebacks -; 'dd-Mon-yyyy' dates; account ids
                                         with leading zeros)
    volunteer_log.csv                    a parks trust's volunteer sessions (MM/DD/YYYY dates; hours with
                                         non-numeric entries)
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
    """value, or with probability p a hand-typed variant of it."""
    if not value or rng.random() >= p:
        return value
    kind = rng.choice(["lower", "upper", "trail", "lead", "double", "period", "lower_trail"])
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
    if kind == "period":
        return value + "."
    return value.lower() + " "


def money(cents, style, sym="$"):
    """Integer cents as text: sym_sep $1,234.50 | sep 1,234.50 | plain 1234.50 | sym_plain $1234.50 |
    whole 1234 (only when the cents are zero, else plain). The minus goes first: -$12.00."""
    neg = cents < 0
    whole, frac = divmod(abs(cents), 100)
    if style == "whole":
        s = str(whole) if frac == 0 else f"{whole}.{frac:02d}"
        return ("-" if neg else "") + s
    w = f"{whole:,}" if style in ("sym_sep", "sep") else str(whole)
    s = f"{w}.{frac:02d}"
    if style.startswith("sym"):
        s = sym + s
    return ("-" if neg else "") + s


def style(rng, weights=(45, 20, 20, 10, 5)):
    return rng.choices(["sym_sep", "sep", "plain", "sym_plain", "whole"], weights=weights)[0]


def poisson(rng, lam):
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def days(start, end):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


def blank(rng):
    return rng.choice(["", "n/a", "N/A", "-"])


YN = [("Yes", "No"), ("yes", "no"), ("Y", "N"), ("y", "n"), ("TRUE", "FALSE"), ("YES", "NO")]


def yn(rng, value):
    pair = rng.choice(YN)
    return pair[0] if value else pair[1]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ----------------------------------------------------------------------------------------------
# 1. coffee roastery: green-bean purchase orders + suppliers lookup

SUPPLIERS = [  # id, name, country, region, certification, since, orders/month, price $/kg, cup score, bag kg
    ("SUP-01", "Sidamo Highlands Union", "Ethiopia", "Africa", "Fairtrade", "2019-04-02", 2.6, 7.40, 87.0, 60),
    ("SUP-02", "Yirga Washing Station", "Ethiopia", "Africa", "Organic", "2021-09-15", 1.4, 8.90, 88.2, 60),
    ("SUP-03", "Nyeri Hills Cooperative", "Kenya", "Africa", "None", "2020-02-10", 1.6, 9.60, 88.0, 60),
    ("SUP-04", "Huila Growers Alliance", "Colombia", "South America", "Fairtrade", "2018-06-01", 3.0, 6.10, 85.5, 70),
    ("SUP-05", "Finca La Esperanza", "Colombia", "South America", "Organic", "2022-01-20", 1.0, 7.80, 86.8, 70),
    ("SUP-06", "Cerrado Mineiro Exports", "Brazil", "South America", "None", "2017-11-05", 3.6, 4.60, 83.2, 60),
    ("SUP-07", "Sul de Minas Traders", "Brazil", "South America", "Fairtrade", "2021-03-08", 1.3, 5.10, 84.0, 60),
    ("SUP-08", "Antigua Valley Estates", "Guatemala", "Central America", "Organic", "2019-08-19", 1.7, 6.70, 85.9, 69),
    ("SUP-09", "Tarrazu Micromills", "Costa Rica", "Central America", "None", "2023-05-02", 1.1, 7.20, 86.1, 69),
    ("SUP-10", "Marcala Producers Group", "Honduras", "Central America", "Organic", "2020-10-12", 1.5, 5.60, 84.6, 69),
    ("SUP-11", "Gayo Mountain Coop", "Indonesia", "Asia", "Organic", "2021-07-07", 1.2, 6.40, 84.9, 60),
    ("SUP-12", "Chikmagalur Estates", "India", "Asia", "None", "2022-11-28", 0.8, 5.30, 83.8, 50),
]
NEW_IN_2024 = {"SUP-09": dt.date(2023, 5, 2)}  # Tarrazu: first order after its start date
GROWTH_2024 = {"Africa": 1.30, "South America": 0.97, "Central America": 1.12, "Asia": 1.05}
PROCESSES = {"Ethiopia": [("Washed", 5), ("Natural", 4)], "Kenya": [("Washed", 1)],
             "Colombia": [("Washed", 6), ("Honey", 1)], "Brazil": [("Natural", 4), ("Pulped Natural", 2)],
             "Guatemala": [("Washed", 1)], "Costa Rica": [("Honey", 3), ("Washed", 1)],
             "Honduras": [("Washed", 3), ("Honey", 1)], "Indonesia": [("Wet Hulled", 1)], "India": [("Washed", 2), ("Natural", 1)]}
LOTS = {"SUP-01": ["Guji G2", "Sidamo G2", "Bensa G1"], "SUP-02": ["Yirgacheffe G1", "Kochere G1"],
        "SUP-03": ["Nyeri AA", "Nyeri AB", "Kirinyaga PB"], "SUP-04": ["Huila Supremo", "Huila Excelso", "Pitalito Decaf"],
        "SUP-05": ["La Esperanza Caturra"], "SUP-06": ["Cerrado 17/18", "Cerrado Fine Cup"], "SUP-07": ["Sul de Minas Yellow Bourbon"],
        "SUP-08": ["Antigua SHB"], "SUP-09": ["Tarrazu SHB", "Las Lajas Honey"], "SUP-10": ["Marcala SHG"],
        "SUP-11": ["Gayo Grade 1"], "SUP-12": ["Monsooned Malabar", "Kalledevarapura Estate"]}


def gen_beans():
    rng = random.Random(8101)
    sup_rows = []
    for sid, name, country, region, cert, since, *_ in SUPPLIERS:
        reg = mess(rng, region, 0.45)
        c = {"Fairtrade": rng.choice(["Fairtrade", "fairtrade", "Fair Trade", "FAIRTRADE"]),
             "Organic": rng.choice(["Organic", "organic ", "ORGANIC", "Organic."]),
             "None": rng.choice(["none", "", "n/a", "None"])}[cert]
        sup_rows.append([sid, mess(rng, name, 0.2), mess(rng, country, 0.3), reg, c, since])
    write_csv("suppliers.csv", ["supplier_id", "supplier_name", "country", "region", "certification", "since"], sup_rows)

    orders = []
    for sid, name, country, region, cert, since, per_month, price, score, bag in SUPPLIERS:
        start = dt.date(2023, 1, 1)
        if sid in NEW_IN_2024:
            start = NEW_IN_2024[sid]
        for y in (2023, 2024):
            for m in range(1, 13):
                first = dt.date(y, m, 1)
                if first < dt.date(start.year, start.month, 1):
                    continue
                lam = per_month * (GROWTH_2024[region] if y == 2024 else 1.0)
                # harvest seasonality: more buying in spring and autumn
                lam *= 1.0 + 0.25 * math.cos((m - 4) / 12 * 2 * math.pi) + (0.2 if m in (9, 10, 11) else 0)
                for _ in range(poisson(rng, lam)):
                    day = rng.randint(1, 28)
                    d = dt.date(y, m, day)
                    if d < start:
                        d = start + dt.timedelta(days=rng.randint(0, 20))
                    orders.append((d, sid, rng.random()))
    orders.sort()
    rows = []
    po = 4100
    for d, sid, _ in orders:
        s = [x for x in SUPPLIERS if x[0] == sid][0]
        _, _, country, region, _, _, _, price, score, bag = s
        po += 1
        lot = rng.choice(LOTS[sid])
        proc = rng.choices([p for p, _ in PROCESSES[country]], weights=[w for _, w in PROCESSES[country]])[0]
        if "Decaf" in lot:
            proc = "Washed"
        bags = rng.choice([2, 3, 4, 5, 5, 6, 8, 10, 10, 12, 15, 20])
        kg = bags * bag
        yr_up = 1.06 if d.year == 2024 else 1.0
        ppk = round(price * yr_up * rng.uniform(0.9, 1.12) + (0.6 if proc == "Natural" else 0) + (0.3 if proc == "Honey" else 0), 2)
        ppk_c = round(ppk * 100)
        total_c = ppk_c * kg
        days_ago = (dt.date(2025, 1, 10) - d).days
        if days_ago < 45:
            status = rng.choice(["In transit", "In transit", "Shipped"])
        elif days_ago < 60 and rng.random() < 0.4:
            status = "In transit"
        else:
            status = "Received"
        status = mess(rng, status, 0.25)
        cup = round(score + rng.gauss(0, 0.9) * 1.0 + (0.4 if proc == "Natural" else 0), 2)
        cup = round(cup * 4) / 4
        if status.strip().lower().startswith(("in transit", "shipped")):
            cup_s = rng.choice(["", "pending", "n/a"])
        elif rng.random() < 0.07:
            cup_s = rng.choice(["", "n/a", "pending", "-"])
        else:
            cup_s = f"{cup:g}"
        kg_s = str(kg) if rng.random() < 0.85 else f"{kg}.0"
        sid_s = sid if rng.random() < 0.92 else rng.choice([sid.lower(), sid + " ", " " + sid])
        rows.append([f"PO-{po}", d.strftime("%d/%m/%Y"), sid_s, mess(rng, lot, 0.1), mess(rng, proc, 0.3), bags, kg_s,
                     money(ppk_c, style(rng, (50, 0, 30, 20, 0))), money(total_c, style(rng)), status, cup_s])
    write_csv("bean_purchases.csv", ["po_number", "order_date", "supplier_id", "lot", "process", "bags", "kg",
                                     "price_per_kg", "total", "status", "cupping_score"], rows)


# ----------------------------------------------------------------------------------------------
# 2. tool hire: rentals with two datetimes

TOOLS = [  # tool, category, daily rate $, weight, mean days, damage rate
    ("Cement Mixer", "Concreting", 38, 9, 2.6, 0.05),
    ("Plate Compactor", "Concreting", 52, 5, 1.8, 0.04),
    ("Mini Digger", "Earthmoving", 185, 6, 2.9, 0.08),
    ("Carpet Cleaner", "Cleaning", 32, 14, 1.1, 0.03),
    ("Pressure Washer", "Cleaning", 29, 16, 1.3, 0.04),
    ("Scaffold Tower", "Access", 65, 6, 6.5, 0.06),
    ("Step Ladder 3m", "Access", 15, 8, 2.2, 0.02),
    ("Floor Sander", "Flooring", 48, 8, 1.9, 0.05),
    ("Tile Cutter", "Flooring", 27, 7, 2.4, 0.06),
    ("Hedge Trimmer", "Landscaping", 24, 9, 1.2, 0.03),
    ("Lawn Scarifier", "Landscaping", 35, 5, 1.1, 0.04),
    ("Log Splitter", "Landscaping", 58, 3, 2.0, 0.07),
]
BRANCHES = [("Northside", 1.0), ("Riverside", 1.25), ("Eastgate", 0.8)]
SUMMER_TOOLS = {"Landscaping": 1.9, "Cleaning": 1.3, "Concreting": 1.2}


def gen_tools():
    rng = random.Random(8202)
    rows = []
    hid = 10000
    end_export = dt.datetime(2025, 1, 3, 18, 0)
    for d in days(dt.date(2024, 1, 2), dt.date(2024, 12, 31)):
        wd = d.weekday()
        if wd == 6 and d.month not in (4, 5, 6, 7, 8, 9):
            continue  # closed winter Sundays
        if (d.month, d.day) in ((12, 25), (12, 26)):
            continue
        season = 0.75 + 0.45 * math.sin((d.timetuple().tm_yday - 80) / 365 * 2 * math.pi)
        for branch, bw in BRANCHES:
            lam = 4.2 * bw * season * {5: 1.55, 6: 0.8, 4: 1.2}.get(wd, 1.0)
            for _ in range(poisson(rng, lam)):
                hid += 1
                weights = []
                for t in TOOLS:
                    w = t[3]
                    if d.month in (5, 6, 7, 8):
                        w *= SUMMER_TOOLS.get(t[1], 1.0)
                    weights.append(w)
                tool, cat, rate, _, mean_days, dmg = rng.choices(TOOLS, weights=weights)[0]
                open_h = 7 if wd < 5 else 8
                h = rng.choices(range(open_h, 18), weights=[8, 10, 7, 5, 4, 3, 3, 3, 2, 2, 1][: 18 - open_h])[0]
                if wd < 5 and h == 7:
                    h = rng.choice([7, 7, 8])
                out = dt.datetime(d.year, d.month, d.day, h, rng.randint(0, 59))
                trade = rng.random() < (0.55 if cat in ("Earthmoving", "Access", "Concreting") else 0.25)
                # hire length in whole days charged; returned some time on the last day
                nd = max(1, round(rng.expovariate(1 / mean_days) + 0.4))
                if rng.random() < 0.16 and cat in ("Cleaning", "Landscaping", "Flooring"):
                    nd = 0  # same-day return (charged a half day)
                if nd == 0:
                    left = 18.5 - (out.hour + out.minute / 60)  # the shop closes at 18:30
                    ret = out + dt.timedelta(minutes=round(60 * rng.uniform(min(2.5, left / 2), min(8.5, left))))
                else:
                    ret_day = out.date() + dt.timedelta(days=nd)
                    ret = dt.datetime(ret_day.year, ret_day.month, ret_day.day, 7, 30) + dt.timedelta(
                        minutes=rng.randint(0, 10 * 60))
                charge_days = 0.5 if nd == 0 else nd
                charge = round(rate * 100 * charge_days * (0.85 if trade and nd >= 5 else 1.0))
                damaged = rng.random() < dmg
                if damaged:
                    charge += rng.choice([2500, 4000, 6000, 7500, 12000])
                deposit = 5000 if rate < 50 else (10000 if rate < 100 else 25000)
                out_s = out.strftime("%Y-%m-%d %H:%M")
                if ret > end_export:
                    ret_s, charge_s, dmg_s = "", "", ""
                else:
                    ret_s = ret.strftime("%Y-%m-%d %H:%M")
                    charge_s = money(charge, style(rng))
                    dmg_s = yn(rng, damaged)
                cust = rng.choice(["Trade", "trade", "TRADE", "Trade "]) if trade else rng.choice(
                    ["Private", "private", "Private ", "Retail/Private", "private."])
                if not trade and rng.random() < 0.7:
                    cust = rng.choice(["Private", "private", "Private "])
                pay = rng.choices(["Card", "card", "Cash", "cash", "Account", "account"],
                                  weights=[30, 10, 8, 4, 10 if trade else 0, 4 if trade else 0])[0]
                rows.append([f"H{hid}", mess(rng, branch, 0.15), mess(rng, tool, 0.2), mess(rng, cat, 0.2), cust,
                             out_s, ret_s, money(rate * 100, "sym_plain"), money(deposit, "sym_sep"), charge_s, dmg_s, pay])
    write_csv("tool_hire.csv", ["hire_id", "branch", "tool", "category", "customer_type", "out_at", "returned_at",
                                "daily_rate", "deposit", "charge", "damaged", "payment"], rows)


# ----------------------------------------------------------------------------------------------
# 3. Sunday football league: two seasons of results

TEAMS = [  # name, strength, ground crowd
    ("Ashford Rovers", 1.45, 210), ("Brookside Athletic", 1.25, 160), ("Castle Vale", 0.95, 120),
    ("Dunmore United", 1.30, 240), ("Elmwood Town", 0.85, 90), ("Fairfield Wanderers", 1.10, 140),
    ("Glenview FC", 0.80, 80), ("Harbour Sports", 1.05, 130), ("Ironbridge Celtic", 1.20, 190),
    ("Kingsmead Albion", 0.90, 110), ("Longford Park", 1.00, 100), ("Millbrook Rangers", 0.75, 70),
]
REFEREES = ["P. Okafor", "J. Hendry", "S. Mills", "R. Castillo", "D. Byrne", "A. Novak"]


def gen_league():
    rng = random.Random(8303)
    rows = []
    mid = 0
    for season, start in (("2022-23", dt.date(2022, 9, 4)), ("2023-24", dt.date(2023, 9, 3))):
        names = [t[0] for t in TEAMS]
        n = len(names)
        # circle method round robin, then the reverse fixtures
        rounds = []
        order = names[:]
        for r in range(n - 1):
            pairs = []
            for i in range(n // 2):
                a, b = order[i], order[n - 1 - i]
                pairs.append((a, b) if (r + i) % 2 == 0 else (b, a))
            rounds.append(pairs)
            order = [order[0]] + [order[-1]] + order[1:-1]
        rounds += [[(b, a) for a, b in rd] for rd in rounds]
        fixtures = []
        d = start
        for rd in rounds:
            if d.month == 12 and d.day > 20:
                d += dt.timedelta(days=14)
            fixtures.append((d, rd))
            d += dt.timedelta(days=7)
        postponed_later = []
        lastd = fixtures[-1][0]
        for d, rd in fixtures:
            for home, away in rd:
                sh = [t for t in TEAMS if t[0] == home][0]
                sa = [t for t in TEAMS if t[0] == away][0]
                ko = rng.choices(["10:30 AM", "11:00 AM", "2:00 PM"], weights=[5, 3, 2])[0]
                ref = rng.choice(REFEREES)
                if d.month in (12, 1, 2) and rng.random() < 0.09:
                    mid += 1
                    rows.append([season, f"{d.month}/{d.day}/{d.year}", ko, mess(rng, home, 0.08), mess(rng, away, 0.08),
                                 "", "", "", ref, rng.choice(["Postponed", "postponed - waterlogged", "POSTPONED"])])
                    postponed_later.append((home, away, sh, sa))
                    continue
                rows.append(play(rng, season, d, ko, home, away, sh, sa, ref))
                mid += 1
        # rearranged games on the weeks after the last round (Wednesday evenings)
        d = lastd + dt.timedelta(days=3)
        for home, away, sh, sa in postponed_later:
            rows.append(play(rng, season, d, "7:30 PM", home, away, sh, sa, rng.choice(REFEREES)))
            d += dt.timedelta(days=rng.choice([0, 7]))
    rows.sort(key=lambda r: (r[0], dt.datetime.strptime(r[1], "%m/%d/%Y")))
    write_csv("match_results.csv", ["season", "match_date", "kick_off", "home_team", "away_team", "home_goals",
                                    "away_goals", "attendance", "referee", "status"], rows)


def play(rng, season, d, ko, home, away, sh, sa, ref):
    lam_h = 1.45 * sh[1] / sa[1] ** 0.8
    lam_a = 1.15 * sa[1] / sh[1] ** 0.8
    if season == "2023-24" and home == "Dunmore United":
        lam_h *= 1.25
    if season == "2023-24" and "Dunmore United" in (home, away):
        lam_h, lam_a = (lam_h * 1.1, lam_a * 0.85) if home == "Dunmore United" else (lam_h * 0.85, lam_a * 1.1)
    hg, ag = poisson(rng, lam_h), poisson(rng, lam_a)
    crowd = sh[2] * (1.1 if season == "2023-24" else 1.0) * rng.uniform(0.7, 1.3)
    if ko == "7:30 PM":
        crowd *= 0.7
    att = str(round(crowd))
    u = rng.random()
    if u < 0.06:
        att = rng.choice(["", "n/a", "unknown", "-"])
    elif u < 0.09:
        att = f"{round(crowd):,}" if crowd >= 1000 else att + " "
    return [season, f"{d.month}/{d.day}/{d.year}", ko, mess(rng, home, 0.08), mess(rng, away, 0.08), str(hg), str(ag),
            att, ref, rng.choice(["Played", "played", "FT", "Played"])]


# ----------------------------------------------------------------------------------------------
# 4. bike-lane counters, one row per counter per hour (pre-aggregated)

COUNTERS = [  # name, daily bikes, commuter share, inbound share in the morning, scooters per 100 bikes
    ("Harbour Bridge", 2450, 0.70, 0.72, 9),
    ("Canal Path", 1380, 0.45, 0.62, 4),
    ("Station Street", 1850, 0.62, 0.66, 14),
]
HOUR_COMMUTE = [0.2, 0.1, 0.05, 0.05, 0.1, 0.5, 2.2, 6.5, 11.0, 6.0, 2.6, 2.3,
                2.6, 2.4, 2.3, 3.0, 5.8, 9.6, 6.4, 3.2, 2.0, 1.4, 0.9, 0.5]
HOUR_LEISURE = [0.1, 0.05, 0.05, 0.05, 0.05, 0.2, 0.6, 1.5, 3.0, 5.5, 7.8, 9.0,
                9.4, 9.2, 8.6, 7.8, 6.8, 5.8, 4.5, 3.2, 2.1, 1.2, 0.6, 0.3]
FAULTS = [("Canal Path", dt.datetime(2024, 9, 18, 10), 31), ("Station Street", dt.datetime(2024, 10, 22, 6), 9),
          ("Harbour Bridge", dt.datetime(2024, 10, 5, 13), 4)]


def gen_bikes():
    rng = random.Random(8404)
    cs, ls = sum(HOUR_COMMUTE), sum(HOUR_LEISURE)
    # one weather series shared by every counter: daily temperature and rainy spells
    weather = {}
    for d in days(dt.date(2024, 9, 1), dt.date(2024, 10, 31)):
        base_t = 19.5 - 0.16 * (d - dt.date(2024, 9, 1)).days + rng.gauss(0, 1.8)
        wet_day = rng.random() < 0.32
        for h in range(24):
            t = base_t + 4.0 * math.sin((h - 9) / 24 * 2 * math.pi)
            rain = 0.0
            if wet_day and rng.random() < 0.35:
                rain = round(rng.expovariate(1 / 1.6), 1)
            weather[(d, h)] = (round(t, 1), rain)
    rows = []
    for d in days(dt.date(2024, 9, 1), dt.date(2024, 10, 31)):
        wd = d.weekday()
        for name, daily, commute, inbound_am, scoot in COUNTERS:
            season = 1.0 - 0.0045 * (d - dt.date(2024, 9, 1)).days
            if name == "Station Street" and d >= dt.date(2024, 10, 1):
                season *= 1.30  # a new protected lane opened on 1 October
            if name == "Canal Path" and d >= dt.date(2024, 10, 1):
                season *= 0.9
            if wd >= 5:
                day_total, c_share = daily * (0.62 if commute > 0.6 else 0.95), 0.1
            else:
                day_total, c_share = daily, commute
            if d == dt.date(2024, 9, 22):
                day_total *= 1.8  # car-free Sunday
            for h in range(24):
                t, rain = weather[(d, h)]
                w = c_share * HOUR_COMMUTE[h] / cs + (1 - c_share) * HOUR_LEISURE[h] / ls
                mean = day_total * season * w * (1 - min(0.6, 0.18 * rain)) * (1 + 0.01 * (t - 14))
                n = poisson(rng, mean)
                if h < 12:
                    share_in = inbound_am if wd < 5 else 0.5
                else:
                    share_in = 1 - inbound_am if wd < 5 else 0.5
                inb = sum(1 for _ in range(n) if rng.random() < share_in) if n < 60 else round(n * share_in + rng.gauss(0, math.sqrt(n * share_in * (1 - share_in))))
                inb = max(0, min(n, inb))
                out = n - inb
                sc = poisson(rng, n * scoot / 100)
                ts = dt.datetime(d.year, d.month, d.day, h)
                status = "OK"
                for fc, fstart, fh in FAULTS:
                    if fc == name and fstart <= ts < fstart + dt.timedelta(hours=fh):
                        status = "FAULT"
                if status == "FAULT":
                    inb_s, out_s, sc_s = "", "", ""
                    status = rng.choice(["fault", "FAULT", "Fault - no data"])
                else:
                    inb_s, out_s, sc_s = str(inb), str(out), str(sc)
                    status = rng.choices(["OK", "ok", "Ok"], weights=[8, 2, 1])[0]
                t_s = f"{t:.1f}"
                rain_s = f"{rain:.1f}" if rng.random() > 0.03 else blank(rng)
                rows.append([mess(rng, name, 0.06), ts.strftime("%Y-%m-%dT%H:%M"), inb_s, out_s, sc_s, status, t_s, rain_s])
    write_csv("bike_counts.csv", ["counter", "hour_start", "bikes_in", "bikes_out", "e_scooters", "status",
                                  "temp_c", "rain_mm"], rows)


# ----------------------------------------------------------------------------------------------
# 5. tea subscription box: signed account ledger

PLANS = [("Classic Monthly", 2400, 55), ("Deluxe Monthly", 3900, 25), ("Classic Annual", 24000, 12),
         ("Deluxe Annual", 39000, 8)]
COUNTRIES = [("United States", 55), ("Canada", 20), ("United Kingdom", 15), ("Australia", 10)]
SHIPPING = {"United States": 0, "Canada": 650, "United Kingdom": 900, "Australia": 1200}


def gen_ledger():
    rng = random.Random(8505)
    accounts = []
    for i in range(320):
        acc = f"{rng.randint(100, 99999):06d}"
        while acc in [a[0] for a in accounts]:
            acc = f"{rng.randint(100, 99999):06d}"
        plan = rng.choices(PLANS, weights=[p[2] for p in PLANS])[0]
        country = rng.choices([c for c, _ in COUNTRIES], weights=[w for _, w in COUNTRIES])[0]
        # sign-up spread over 2023-2024, more in 2024 (growth), a few before 2023
        u = rng.random()
        if u < 0.2:
            signup = dt.date(2022, rng.randint(1, 12), rng.randint(1, 28))
        elif u < 0.55:
            signup = dt.date(2023, rng.randint(1, 12), rng.randint(1, 28))
        else:
            signup = dt.date(2024, rng.randint(1, 11), rng.randint(1, 28))
        life_months = max(1, round(rng.expovariate(1 / 16)))
        accounts.append((acc, plan, country, signup, life_months))
    # a well-known account asked about by id
    accounts[7] = ("000417", PLANS[1], "Canada", dt.date(2022, 11, 14), 60)
    entries = []
    for acc, plan, country, signup, life in accounts:
        pname, price, _ = plan
        annual = "Annual" in pname
        step = 12 if annual else 1
        k = 0
        while True:
            m = signup.month - 1 + k
            bill = dt.date(signup.year + m // 12, m % 12 + 1, min(signup.day, 28))
            if k >= life or bill > dt.date(2024, 12, 31):
                break
            if bill >= dt.date(2023, 1, 1):
                p = price
                if bill.year == 2024 and bill.month >= 3 and not annual:
                    p = price + 200  # price rise in March 2024
                entries.append((bill, acc, pname, "Charge", p, country))
                if SHIPPING[country] and not annual:
                    entries.append((bill, acc, pname, "Shipping", SHIPPING[country], country))
                if SHIPPING[country] and annual:
                    entries.append((bill, acc, pname, "Shipping", SHIPPING[country] * 10, country))
                u = rng.random()
                if u < 0.045:  # damaged box: refund of the box a few days later
                    r = p if rng.random() < 0.6 else p // 2
                    entries.append((bill + dt.timedelta(days=rng.randint(3, 12)), acc, pname, "Refund", -r, country))
                elif u < 0.085:
                    entries.append((bill + dt.timedelta(days=rng.randint(1, 20)), acc, pname, "Credit",
                                    -rng.choice([500, 500, 1000, 1500]), country))
                elif u < 0.092:
                    entries.append((bill + dt.timedelta(days=rng.randint(15, 40)), acc, pname, "Chargeback",
                                    -(p + (SHIPPING[country] if not annual else SHIPPING[country] * 10)), country))
                if bill.month == 12 and rng.random() < 0.2:
                    entries.append((bill, acc, pname, "Gift add-on", rng.choice([800, 1200, 1500]), country))
            k += step
    entries = [e for e in entries if e[0] <= dt.date(2024, 12, 31)]
    entries.sort(key=lambda e: (e[0], e[1], e[3]))
    rows = []
    for i, (d, acc, pname, typ, cents, country) in enumerate(entries, 1):
        st = style(rng, (40, 20, 25, 10, 5))
        amt = money(cents, st)
        acc_s = acc if rng.random() < 0.9 else acc.lstrip("0") or "0"
        typ_s = mess(rng, typ, 0.2)
        country_s = {"United States": rng.choice(["United States", "US", "USA", "United States"]),
                     "Canada": rng.choice(["Canada", "canada", "CA", "Canada"]),
                     "United Kingdom": rng.choice(["United Kingdom", "UK", "U.K.", "United Kingdom"]),
                     "Australia": rng.choice(["Australia", "AU", "australia", "Australia"])}[country]
        rows.append([f"L{i:05d}", f"{d.day:02d}-{MON[d.month - 1]}-{d.year}", acc_s, mess(rng, pname, 0.15), typ_s,
                     amt, "USD", country_s])
    write_csv("box_ledger.csv", ["entry_id", "posted", "account_id", "plan", "type", "amount", "currency", "country"],
              rows)


# ----------------------------------------------------------------------------------------------
# 6. parks trust volunteer log

SITES = [("Riverside Meadow", 30), ("Oak Hollow Wood", 26), ("Hilltop Common", 18), ("Mill Lane Allotments", 14),
         ("Swan Lake Park", 22)]
ACTIVITIES = [("Litter pick", 24, 2.2), ("Tree planting", 14, 3.6), ("Path repair", 12, 3.4),
              ("Invasive species removal", 16, 3.0), ("Wildlife survey", 10, 2.4), ("Hedge laying", 6, 4.0),
              ("Gardening", 18, 2.8)]
FIRST = ["Amara", "Ben", "Chloe", "Dev", "Ellie", "Farid", "Grace", "Hugo", "Isla", "Jonah", "Kiran", "Lena",
         "Marcus", "Nadia", "Owen", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Victor", "Wendy", "Yusuf",
         "Zoe", "Callum", "Megan", "Rhys", "Tomasz", "Leah"]
LAST = ["Okoro", "Fletcher", "Nguyen", "Patel", "Morgan", "Haddad", "Kelly", "Brandt", "Reid", "Asante", "Shah",
        "Novak", "Bell", "Costa", "Evans", "Iyer", "Walsh", "Lopez", "Hart", "Malik", "Chen", "Dunn", "Price",
        "Yilmaz", "Ford", "Doyle", "Rees", "Kowalski", "Adams", "Webb"]


def gen_volunteers():
    rng = random.Random(8606)
    people = []
    for i in range(74):
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 + 3 + i // len(FIRST)) % len(LAST)]}"
        keen = rng.choice([0.3, 0.5, 0.8, 1.2, 1.5, 2.5, 4.0]) if i >= 3 else [6.0, 4.8, 5.4][i]
        people.append((name, keen, rng.choices([s for s, _ in SITES], weights=[w for _, w in SITES])[0]))
    rows = []
    for d in days(dt.date(2024, 1, 1), dt.date(2024, 12, 31)):
        wd = d.weekday()
        season = 0.7 + 0.4 * math.sin((d.timetuple().tm_yday - 60) / 365 * 2 * math.pi)
        day_w = {5: 2.6, 6: 1.1, 2: 1.3}.get(wd, 0.7)
        if d.month == 12 and d.day >= 22:
            continue
        for name, keen, home in people:
            if rng.random() < keen * season * day_w / 42:
                site = home if rng.random() < 0.7 else rng.choices([s for s, _ in SITES], weights=[w for _, w in SITES])[0]
                aw = []
                for a, w, _ in ACTIVITIES:
                    if a in ("Tree planting", "Hedge laying") and d.month in (4, 5, 6, 7, 8, 9):
                        w *= 0.1
                    if a == "Wildlife survey" and d.month in (5, 6, 7):
                        w *= 2.5
                    aw.append(w)
                act, _, hrs_mean = rng.choices(ACTIVITIES, weights=aw)[0]
                hrs = max(1.0, round(rng.gauss(hrs_mean, 0.8) * 2) / 2)
                group = "Individual"
                if rng.random() < 0.12:
                    group = rng.choice(["Corporate", "Corporate", "School"])
                u = rng.random()
                if u < 0.035:
                    hrs_s = rng.choice(["tbc", "?", "see notes", "n/a", ""])
                elif u < 0.1:
                    hrs_s = f"{hrs:.2f}"
                else:
                    hrs_s = f"{hrs:g}"
                miles = ""
                if rng.random() < 0.35:
                    miles = f"{rng.randint(2, 24)}"
                    if rng.random() < 0.1:
                        miles = miles + " mi"
                rows.append([d, name, site, act, hrs_s, group, miles])
    # first session of each person flagged
    seen = set()
    out = []
    for d, name, site, act, hrs_s, group, miles in rows:
        first = name not in seen
        seen.add(name)
        nm = name if rng.random() < 0.9 else rng.choice([name.lower(), name.upper(), name + " ", name.replace(" ", "  ")])
        out.append([f"{d.month:02d}/{d.day:02d}/{d.year}", nm, mess(rng, site, 0.15), mess(rng, act, 0.2), hrs_s,
                    mess(rng, group, 0.2), miles, yn(rng, first)])
    write_csv("volunteer_log.csv", ["date", "volunteer", "site", "activity", "hours", "group_type", "miles",
                                    "first_session"], out)


def main():
    gen_beans()
    gen_tools()
    gen_league()
    gen_bikes()
    gen_ledger()
    gen_volunteers()


if __name__ == "__main__":
    main()
