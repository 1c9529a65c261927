#!/usr/bin/env python3
"""Held-out set 9: write the datasets under data/ (deterministic, standard library only).

    python3 tests/heldout/set9/generate.py

Running it again reproduces every CSV byte for byte (each dataset has its own seeded random.Random;
nothing iterates a set or a dict whose order could change; money is kept in integer cents and formatted
by hand).

Datasets (see README.md for the mess in each):
    box_office.csv + performances.csv    a community theatre's ticket sales lines (signed: refunds negative,
                                         pounds, ISO datetimes) + the performances lookup joined on perf_code
                                         (day-first performance dates, 12-hour start times, capacity)
    weighbridge.csv                      a recycling centre's weighbridge tickets (ticket numbers with leading
                                         zeros, ISO 'T' datetimes in and out, euro charges with decimal
                                         commas, void tickets with words in the net weight)
    dispensing.csv                       a pharmacy's dispensing log (US MM/DD/YYYY dates, $ copays and plan
                                         payments, rx numbers that sometimes lose their leading zeros,
                                         quantities with word entries)
    lift_days.csv                        a ski resort's lifts, one row per lift per day (pre-aggregated;
                                         day-first dates; closures; resort weather repeated on every row)
    maintenance_jobs.csv + flats.csv     a lettings company's repair jobs (day-first datetimes reported and
                                         completed, pounds with word entries, flat ids losing leading zeros)
                                         + the flats lookup (building, bedrooms, rent)
    choir_register.csv                   a community choir's attendance register (US M/D/YYYY dates, minutes
                                         late with word entries)
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


def casemess(rng, value, p):
    """Only case and stray spaces (for values where a trailing period would look wrong)."""
    if not value or rng.random() >= p:
        return value
    kind = rng.choice(["lower", "upper", "trail", "lead"])
    if kind == "lower":
        return value.lower()
    if kind == "upper":
        return value.upper()
    if kind == "trail":
        return value + " "
    return " " + value


def money(cents, style, sym):
    """Integer cents as text with a point decimal: sym_sep £1,234.50 | sep 1,234.50 | plain 1234.50 |
    sym_plain £1234.50 | whole £1234 (only when the cents are zero, else sym_plain). Minus first: -£12.00."""
    neg = cents < 0
    whole, frac = divmod(abs(cents), 100)
    if style == "whole":
        s = sym + (str(whole) if frac == 0 else f"{whole}.{frac:02d}")
        return ("-" if neg else "") + s
    w = f"{whole:,}" if style in ("sym_sep", "sep") else str(whole)
    s = f"{w}.{frac:02d}"
    if style.startswith("sym"):
        s = sym + s
    return ("-" if neg else "") + s


def style(rng, weights=(45, 20, 20, 10, 5)):
    return rng.choices(["sym_sep", "sep", "plain", "sym_plain", "whole"], weights=weights)[0]


def euro(cents, rng):
    """Euro cents written the continental way: €12,50 | 12,50 | € 12,50 | EUR 12,50; thousands with a dot
    (€1.050,00)."""
    whole, frac = divmod(cents, 100)
    w = f"{whole:,}".replace(",", ".")
    s = f"{w},{frac:02d}"
    kind = rng.choices(["sym", "plain", "symsp", "eur"], weights=(50, 25, 15, 10))[0]
    if kind == "sym":
        return "€" + s
    if kind == "symsp":
        return "€ " + s
    if kind == "eur":
        return "EUR " + s
    return s


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


YN = [("Yes", "No"), ("yes", "no"), ("Y", "N"), ("y", "n"), ("TRUE", "FALSE"), ("YES", "NO")]


def yn(rng, value):
    pair = rng.choice(YN)
    return pair[0] if value else pair[1]


def ampm(h, m):
    h12 = h % 12 or 12
    return f"{h12}:{m:02d}{'am' if h < 12 else 'pm'}"


# ----------------------------------------------------------------------------------------------
# 1. community theatre: box office lines + performances lookup

SHOWS = [  # title, venue, capacity, prices (Adult, Concession, Member, Child) in pence, base fill
    ("The Importance of Being Earnest", "Main House", 220, (1600, 1300, 1200, 800), 0.72),
    ("Little Shop of Horrors", "Main House", 220, (2000, 1700, 1500, 1000), 0.93),
    ("Under Milk Wood", "Studio", 80, (1200, 1000, 900, 600), 0.66),
    ("Cinderella", "Main House", 220, (1700, 1400, 1300, 1100), 0.97),
]
TYPES = ["Adult", "Concession", "Member", "Child"]


def schedule():
    """(show index, date, hour, minute) for every performance, in date order."""
    out = []
    for si, first in ((0, dt.date(2025, 3, 12)), (1, dt.date(2025, 5, 14))):
        for wk in (0, 7):
            for k in range(4):  # Wed-Sat evenings
                d = first + dt.timedelta(days=wk + k)
                if k == 3:
                    out.append((si, d, 14, 30))
                out.append((si, d, 19, 30))
    for d in (dt.date(2025, 9, 25), dt.date(2025, 9, 26), dt.date(2025, 9, 27), dt.date(2025, 10, 2),
              dt.date(2025, 10, 3), dt.date(2025, 10, 4)):
        out.append((2, d, 19, 45))
    out.append((2, dt.date(2025, 9, 28), 15, 0))
    for d, times in ((dt.date(2025, 12, 5), [(19, 0)]), (dt.date(2025, 12, 6), [(14, 0), (18, 0)]),
                     (dt.date(2025, 12, 7), [(13, 0), (17, 0)]), (dt.date(2025, 12, 12), [(19, 0)]),
                     (dt.date(2025, 12, 13), [(14, 0), (18, 0)]), (dt.date(2025, 12, 14), [(13, 0), (17, 0)]),
                     (dt.date(2025, 12, 19), [(19, 0)]), (dt.date(2025, 12, 20), [(11, 0), (14, 0), (18, 0)]),
                     (dt.date(2025, 12, 21), [(13, 0)])):
        for h, m in times:
            out.append((3, d, h, m))
    out.sort(key=lambda x: (x[1], x[2], x[3]))
    return out


def gen_theatre():
    rng = random.Random(90901)
    perfs = schedule()
    lookup = []
    perf_rows = []  # (code, si, start datetime, capacity)
    for i, (si, d, h, m) in enumerate(perfs, 1):
        code = f"P{i:03d}"
        title, venue, cap, _, _ = SHOWS[si]
        start = dt.datetime(d.year, d.month, d.day, h, m)
        perf_rows.append((code, si, start, cap))
        t = ampm(h, m) if rng.random() < 0.8 else f"{h:02d}:{m:02d}"
        lookup.append([code, mess(rng, title, 0.12), casemess(rng, venue, 0.1), f"{d.day:02d}/{d.month:02d}/{d.year}",
                       t, str(cap)])
    write_csv("performances.csv", ["perf_code", "show", "venue", "perf_date", "start_time", "capacity"], lookup)

    lines = []  # (created_at, order_ref, code, type, qty, amount_cents, channel, txn_type)
    orders = []  # (order no, code, created, channel, [(type, qty, cents)])
    for code, si, start, cap in perf_rows:
        title, venue, _, prices, fill = SHOWS[si]
        panto = si == 3
        matinee = start.hour < 17
        f = fill + rng.gauss(0, 0.07)
        if panto and matinee:
            f += 0.08
        if not panto and matinee:
            f -= 0.12
        if start.weekday() == 5 and not matinee:
            f += 0.08
        target = round(cap * f)
        sold = 0
        while sold < cap and sold < target:
            if panto:
                adults = rng.choices([1, 2, 3], weights=[40, 50, 10])[0]
                kids = rng.choices([0, 1, 2, 3, 4], weights=[12, 30, 38, 14, 6])[0]
                parts = [("Adult", adults), ("Child", kids)]
                if rng.random() < 0.15:
                    parts = [("Concession", rng.choice([1, 2])), ("Child", kids)]
                if rng.random() < 0.06:
                    parts = [("Member", rng.choice([1, 2])), ("Child", kids)]
            else:
                n = rng.choices([1, 2, 3, 4, 5, 6], weights=[26, 48, 10, 11, 3, 2])[0]
                t = rng.choices(TYPES, weights=[52, 30, 14, 4])[0]
                parts = [(t, n)]
                if n >= 3 and rng.random() < 0.3:
                    t2 = rng.choice([x for x in TYPES if x != t])
                    parts = [(t, n - 1), (t2, 1)]
            parts = [(t, n) for t, n in parts if n > 0]
            tickets = sum(n for _, n in parts)
            if sold + tickets > cap:
                # the last seats: trim the order to fit
                over = sold + tickets - cap
                trimmed = []
                for t, n in reversed(parts):
                    cut = min(n, over)
                    over -= cut
                    if n - cut > 0:
                        trimmed.append((t, n - cut))
                parts = list(reversed(trimmed))
                tickets = sum(n for _, n in parts)
                if tickets == 0:
                    break
            sold += tickets
            # when and how it was bought
            onsale = start - dt.timedelta(days=rng.choice([70, 75, 84]))
            u = rng.random()
            if u < 0.08:
                chan = "Box Office"
                created = start - dt.timedelta(minutes=rng.randint(8, 75))
            else:
                if u < 0.25:
                    lead = rng.uniform(0, 14)
                    created_day = onsale + dt.timedelta(days=lead)
                else:
                    lead = min(rng.expovariate(1 / 16), (start - onsale).days - 1)
                    created_day = start - dt.timedelta(days=lead + 1)
                c = rng.random()
                day0 = created_day.date()
                if c < 0.68:
                    chan = "Online"
                    hr = rng.choices(range(24), weights=[3, 2, 1, 1, 1, 1, 2, 5, 8, 9, 9, 10, 13, 13, 10, 9, 9, 10,
                                                         13, 17, 19, 20, 14, 7])[0]
                elif c < 0.86:
                    chan = "Phone"
                    hr = rng.choice([10, 10, 11, 11, 12, 13, 14, 14, 15, 16])
                else:
                    chan = "Box Office"
                    hr = rng.choice([10, 11, 11, 12, 12, 13, 13, 14])
                created = dt.datetime(day0.year, day0.month, day0.day, hr, rng.randint(0, 59), rng.randint(0, 59))
                if created >= start - dt.timedelta(hours=2):
                    created = start - dt.timedelta(hours=rng.randint(3, 30), minutes=rng.randint(0, 59))
            price = dict(zip(TYPES, prices))
            orders.append([len(orders), code, created, chan, [(t, n, n * price[t]) for t, n in parts], sold >= cap])
    # refunds: whole orders at performances that did not sell out
    sold_out = {}
    for o in orders:
        sold_out[o[1]] = o[5] or sold_out.get(o[1], False)
    starts = {code: start for code, _, start, _ in perf_rows}
    for o in orders:
        o.append(None)
        if not sold_out[o[1]] and o[2] < starts[o[1]] - dt.timedelta(hours=3):
            if rng.random() < 0.05:
                gap = (starts[o[1]] - o[2]).total_seconds()
                when = o[2] + dt.timedelta(seconds=gap * rng.uniform(0.2, 0.9))
                o[6] = when.replace(microsecond=0)
    # order refs: sorted by creation time
    orders.sort(key=lambda o: (o[2], o[0]))
    for k, o in enumerate(orders):
        ref = f"BO{24817 + k * 3 + rng.randint(0, 2)}"
        for t, n, cents in o[4]:
            lines.append((o[2], ref, o[1], t, n, cents, o[3], "Sale"))
            if o[6] is not None:
                lines.append((o[6], ref, o[1], t, -n, -cents, "Box Office" if rng.random() < 0.3 else o[3], "Refund"))
    lines.sort(key=lambda x: (x[0], x[1], x[7]))
    out = []
    for created, ref, code, t, n, cents, chan, kind in lines:
        c = code
        u = rng.random()
        if u < 0.05:
            c = code.lower()
        elif u < 0.08:
            c = code + " "
        st = rng.choices(["sym_sep", "sep", "plain", "whole"], weights=(60, 10, 20, 10))[0]
        out.append([ref, created.strftime("%Y-%m-%d %H:%M:%S"), c, mess(rng, t, 0.12), str(n), money(cents, st, "£"),
                    casemess(rng, chan, 0.12), casemess(rng, kind, 0.1)])
    write_csv("box_office.csv", ["order_ref", "created_at", "perf_code", "ticket_type", "qty", "amount", "channel",
                                 "txn_type"], out)


# ----------------------------------------------------------------------------------------------
# 2. recycling centre weighbridge (euros, decimal commas)

MATERIALS = [  # name, trade rate EUR/t, household rate EUR/t (0 = free), seasonal weight by month
    ("Mixed waste", 165, 165, [10] * 12),
    ("Rubble", 55, 55, [5, 5, 6, 7, 8, 8, 8, 8, 7, 6, 5, 4]),
    ("Garden waste", 48, 0, [2, 2, 6, 11, 14, 14, 12, 11, 10, 8, 6, 2]),
    ("Wood", 90, 90, [5, 5, 5, 6, 6, 6, 6, 6, 6, 5, 5, 5]),
    ("Plasterboard", 210, 210, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]),
    ("Metal", 0, 0, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]),
    ("Cardboard", 30, 0, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6]),
]
VEHICLES = {  # tare kg mean, net kg low, high
    "Car": (1450, 30, 260), "Car + trailer": (1950, 120, 650), "Van": (2150, 250, 1300),
    "Tipper": (3600, 1500, 6200), "Flatbed": (2900, 700, 3200),
}
COUNTIES = ["D", "D", "D", "KE", "MH", "WW", "KE", "D", "LH", "WH"]


def reg(rng):
    yr = rng.choice(["08", "10", "12", "131", "141", "151", "152", "161", "171", "181", "191", "192", "201", "211",
                     "221", "231", "232", "241"])
    return f"{yr}-{rng.choice(COUNTIES)}-{rng.randint(1, 99999)}"


def gen_weighbridge():
    rng = random.Random(90902)
    trade_fleet = [(reg(rng), rng.choices(["Van", "Tipper", "Flatbed"], weights=[55, 30, 15])[0],
                    rng.choice(["Account", "Account", "Card"])) for _ in range(55)]
    trade_w = [rng.choice([1, 1, 2, 3, 5, 8]) for _ in trade_fleet]
    homes = []
    for _ in range(1400):
        homes.append((reg(rng), rng.choices(["Car", "Car + trailer", "Van"], weights=[52, 33, 15])[0]))
    home_w = [rng.choice([1, 1, 1, 1, 2, 3, 6]) for _ in homes]
    rows = []
    ticket = 101
    for d in days(dt.date(2024, 1, 2), dt.date(2024, 12, 31)):
        if d.weekday() == 0 or (d.month, d.day) in ((12, 25), (12, 26), (1, 1)):
            continue
        lam = {5: 17, 6: 12}.get(d.weekday(), 8.5)
        lam *= 1.0 + 0.35 * math.sin(math.pi * (d.month - 2.5) / 8) if 3 <= d.month <= 10 else 0.9
        n = poisson(rng, lam)
        visits = []
        for _ in range(n):
            trade = rng.random() < (0.45 if d.weekday() < 5 else 0.12)
            if trade:
                rg, veh, pay = rng.choices(trade_fleet, weights=trade_w)[0]
                hr = rng.choices(range(8, 17), weights=[14, 16, 14, 11, 8, 9, 9, 8, 4])[0]
            else:
                rg, veh = rng.choices(homes, weights=home_w)[0]
                pay = rng.choice(["Card", "Card", "Card", "Cash"])
                hr = rng.choices(range(8, 17), weights=[3, 9, 14, 16, 14, 12, 12, 10, 6])[0]
            mins = rng.randint(30, 59) if hr == 8 else (rng.randint(0, 29) if hr == 16 else rng.randint(0, 59))
            t_in = dt.datetime(d.year, d.month, d.day, hr, mins, rng.randint(0, 59))
            visits.append((t_in, trade, rg, veh, pay))
        visits.sort(key=lambda v: v[0])
        for t_in, trade, rg, veh, pay in visits:
            mw = [m[3][d.month - 1] * (0.6 if (m[0] == "Garden waste" and trade) else 1) for m in MATERIALS]
            if veh == "Tipper":
                mw = [w * (3 if m[0] in ("Rubble", "Mixed waste") else 0.3) for w, m in zip(mw, MATERIALS)]
            mat = rng.choices(MATERIALS, weights=mw)[0]
            tare_m, lo, hi = VEHICLES[veh]
            tare = round(rng.gauss(tare_m, 60) / 20) * 20
            net = round(rng.uniform(lo, hi) * (0.6 if mat[0] in ("Cardboard", "Garden waste") and veh != "Car" else 1)
                        / 20) * 20
            net = max(20, net)
            gross = tare + net
            rate = mat[1] if trade else mat[2]
            cents = 0 if rate == 0 else max(500, round(net * rate / 10))
            onsite = rng.randint(6, 22) + (rng.randint(5, 25) if veh in ("Tipper", "Flatbed") else 0)
            t_out = t_in + dt.timedelta(minutes=onsite, seconds=rng.randint(0, 59))
            void = rng.random() < 0.014
            r = rg if rng.random() < 0.85 else rng.choice([rg.lower(), rg + " ", " " + rg])
            tno = f"{ticket:06d}"
            ticket += 1
            cust = casemess(rng, "Trade" if trade else "Household", 0.12)
            if void:  # a failed weighing: voided, and the vehicle weighed again a few minutes later
                rows.append([tno, t_in.strftime("%Y-%m-%dT%H:%M:%S"), "", r, veh, cust, mess(rng, mat[0], 0.15),
                             "", "", rng.choice(["VOID", "void - reweigh", "Void", "void"]), "", ""])
                tno = f"{ticket:06d}"
                ticket += 1
                t_in = t_in + dt.timedelta(minutes=rng.randint(2, 6), seconds=rng.randint(0, 59))
                t_out = t_in + dt.timedelta(minutes=onsite, seconds=rng.randint(0, 59))
            charge = euro(cents, rng) if cents or rng.random() < 0.6 else rng.choice(["", "n/a", "free"])
            if cents == 0 and charge not in ("", "n/a", "free"):
                charge = rng.choice(["€0,00", "0,00"])
            payment = casemess(rng, pay, 0.1) if cents else ""
            rows.append([tno, t_in.strftime("%Y-%m-%dT%H:%M:%S"), t_out.strftime("%Y-%m-%dT%H:%M:%S"), r,
                         casemess(rng, veh, 0.1), cust, mess(rng, mat[0], 0.15), str(gross), str(tare), str(net),
                         charge, payment])
    write_csv("weighbridge.csv", ["ticket_no", "weighed_in", "weighed_out", "vehicle_reg", "vehicle_type",
                                  "customer_type", "material", "gross_kg", "tare_kg", "net_kg", "charge", "payment"],
              rows)


# ----------------------------------------------------------------------------------------------
# 3. pharmacy dispensing log (US dates, dollars)

DRUGS = [  # name, class, generic, quantities, days supply choices, plan pays cents, cash price cents, weight, chronic
    ("Atorvastatin 20mg", "Statin", True, (30, 90), 1850, 1900, 14, True),
    ("Atorvastatin 40mg", "Statin", True, (30, 90), 2100, 2300, 7, True),
    ("Lisinopril 10mg", "ACE inhibitor", True, (30, 90), 950, 1200, 12, True),
    ("Metformin 500mg", "Antidiabetic", True, (60, 180), 1100, 1400, 13, True),
    ("Amlodipine 5mg", "Calcium channel blocker", True, (30, 90), 1000, 1300, 10, True),
    ("Sertraline 50mg", "SSRI", True, (30, 90), 1450, 1700, 8, True),
    ("Levothyroxine 50mcg", "Thyroid", True, (30, 90), 1300, 1600, 9, True),
    ("Omeprazole 20mg", "PPI", True, (30, 90), 1200, 1500, 8, True),
    ("Amoxicillin 500mg", "Antibiotic", True, (21, 30), 900, 1100, 11, False),
    ("Albuterol HFA", "Inhaler", True, (1, 2), 2600, 3200, 5, False),
    ("Eliquis 5mg", "Anticoagulant", False, (60, 180), 48500, 56000, 4, True),
    ("Januvia 100mg", "Antidiabetic", False, (30, 90), 46200, 52500, 3, True),
]
PAYERS = [("Commercial", 40), ("Medicare Part D", 35), ("Medicaid", 15), ("Cash", 10)]
COPAY = {"Commercial": (1000, 4500), "Medicare Part D": (300, 4700), "Medicaid": (100, 400), "Cash": None}
PHARMACISTS = [("Priya Raman", 34), ("Tom Becker", 27), ("Luis Ortega", 24), ("Hannah Cole", 15)]


def gen_pharmacy():
    rng = random.Random(90903)
    fills = []
    used = set()
    start, end = dt.date(2024, 1, 2), dt.date(2024, 12, 31)
    span = (end - start).days
    for _ in range(760):
        drug = rng.choices(DRUGS, weights=[d[6] for d in DRUGS])[0]
        name, cls, generic, qtys, plan_c, cash_c, _, chronic = drug
        while True:
            rx = rng.randint(38000, 69999)
            if rx not in used:
                used.add(rx)
                break
        payer = rng.choices([p for p, _ in PAYERS], weights=[w for _, w in PAYERS])[0]
        long = rng.random() < 0.35
        qty = qtys[1] if long else qtys[0]
        if name == "Amoxicillin 500mg":
            supply = 7 if qty == 21 else 10
        elif name == "Albuterol HFA":
            supply = 25 * qty
        else:
            supply = 90 if long else 30
        if chronic:
            d = start + dt.timedelta(days=rng.randint(-supply + 1, span - 20) if rng.random() < 0.75 else
                                     rng.randint(0, supply - 1))
            if d < start:
                d = start + dt.timedelta(days=rng.randint(0, supply - 1))
            stop = end if rng.random() < 0.8 else start + dt.timedelta(days=rng.randint(60, span))
            refill = rng.randint(0, 2) if d.month == 1 else 0
            dates = []
            while d <= stop and d <= end:
                dates.append((d, refill))
                refill += 1
                d = d + dt.timedelta(days=supply + rng.choice([-3, -2, -1, 0, 0, 1, 2, 4, 6, 9]))
                if refill > 11:
                    break
        elif name == "Albuterol HFA":
            d = start + dt.timedelta(days=rng.randint(0, span))
            dates = []
            refill = 0
            while d <= end and refill < 5:
                dates.append((d, refill))
                refill += 1
                d = d + dt.timedelta(days=rng.randint(30, 120))
        else:
            dates = [(start + dt.timedelta(days=rng.randint(0, span)), 0)]
        for d, refill in dates:
            if d.weekday() == 6:  # closed Sundays
                d = d + dt.timedelta(days=1)
                if d > end:
                    continue
            fills.append((d, rx, refill, drug, payer, qty, supply))
    if 45213 not in used:  # the prescription the questions name
        drug = DRUGS[0]
        d = dt.date(2024, 1, 9)
        for k in range(10):
            fills.append((d, 45213, k + 1, drug, "Medicare Part D", 30, 30))
            d = d + dt.timedelta(days=33 + rng.choice([0, 1, 2]))
            if d.weekday() == 6:
                d = d + dt.timedelta(days=1)
    fills.sort(key=lambda f: (f[0], f[1], f[2]))
    rows = []
    for d, rx, refill, drug, payer, qty, supply in fills:
        name, cls, generic, qtys, plan_c, cash_c, _, chronic = drug
        mult = qty // qtys[0] if name != "Albuterol HFA" else qty
        if payer == "Cash":
            copay = round(cash_c * mult * rng.uniform(0.9, 1.1))
            plan = 0
        else:
            lo, hi = COPAY[payer]
            copay = (lo if generic else hi) * (1 if mult == 1 else 2)
            plan = round(plan_c * mult * rng.uniform(0.85, 1.15))
        late = (end - d).days
        u = rng.random()
        if late <= 4 and u < 0.6:
            status = "Ready"
        elif u < 0.055:
            status = "Returned to stock"
        else:
            status = "Picked up"
        rxs = f"{rx:07d}" if rng.random() < 0.88 else str(rx)
        q = str(qty)
        v = rng.random()
        if v < 0.022:
            q = rng.choice(["see label", "n/a", "", "as directed"])
        pharm = rng.choices([p for p, _ in PHARMACISTS], weights=[w for _, w in PHARMACISTS])[0]
        if d.weekday() == 5:
            pharm = rng.choice(["Luis Ortega", "Hannah Cole"])
        rows.append([f"{d.month:02d}/{d.day:02d}/{d.year}", rxs, str(refill), mess(rng, name, 0.1),
                     mess(rng, cls, 0.12), yn(rng, generic), q, str(supply), casemess(rng, payer, 0.12),
                     money(copay, style(rng, (40, 10, 30, 15, 5)), "$"), money(plan, style(rng, (40, 10, 30, 15, 5)), "$"),
                     casemess(rng, pharm, 0.1), casemess(rng, status, 0.12)])
    write_csv("dispensing.csv", ["fill_date", "rx_number", "refill_no", "drug", "drug_class", "generic", "quantity",
                                 "days_supply", "payer", "copay", "plan_paid", "pharmacist", "status"], rows)


# ----------------------------------------------------------------------------------------------
# 4. ski resort: one row per lift per day (pre-aggregated)

LIFTS = [  # name, base scans per day, wind limit km/h (exposure), hours
    ("Gondola", 4200, 75, 8.0), ("Summit Express", 2600, 55, 7.5), ("Eagle Chair", 2100, 62, 7.5),
    ("Blue Meadow Chair", 2300, 80, 8.0), ("Nursery Drag", 1300, 90, 7.0), ("North Face T-Bar", 900, 50, 7.0),
    ("Village Chair", 1700, 85, 8.5),
]


def gen_lifts():
    rng = random.Random(90904)
    rows = []
    snow_prev = 0
    for d in days(dt.date(2024, 12, 7), dt.date(2025, 4, 13)):
        # resort weather for the day
        snow = 0
        if rng.random() < 0.28:
            snow = rng.choice([1, 2, 3, 5, 8, 10, 12, 15, 20, 25, 30, 40])
        trace = snow == 0 and rng.random() < 0.08
        temp = round(rng.gauss(-4 + 4 * max(0, (d - dt.date(2025, 2, 20)).days) / 40, 4), 1)
        gust = max(5, round(rng.gauss(35, 18)))
        holiday = (dt.date(2024, 12, 21) <= d <= dt.date(2025, 1, 5)) or (dt.date(2025, 2, 15) <= d <= dt.date(2025, 2, 23)) \
            or (dt.date(2025, 4, 5) <= d <= dt.date(2025, 4, 13))
        demand = 1.0
        if holiday:
            demand *= 1.55
        if d.weekday() == 5:
            demand *= 1.35
        elif d.weekday() == 6:
            demand *= 1.2
        if d.month == 12 and d.day < 20:
            demand *= 0.7
        if d.month == 4:
            demand *= 0.85
        if snow_prev >= 15:
            demand *= 1.25
        if d == dt.date(2025, 2, 16):
            demand *= 1.3  # powder Sunday of half term
        snow_txt = str(snow) if snow else ("trace" if trace else rng.choice(["0", "0", "0", "", "n/a"]))
        for li, (name, base, limit, hours) in enumerate(LIFTS):
            wind = max(0, round(gust * (1.3 - 0.1 * li if li < 4 else 0.8) + rng.gauss(0, 6)))
            status = "Open"
            hrs = hours
            if name == "Village Chair" and dt.date(2025, 1, 13) <= d <= dt.date(2025, 1, 24):
                status = "Closed - maintenance"
            elif wind > limit + 20:
                status = "Closed - wind"
            elif wind > limit:
                hrs = round(hours * rng.choice([0.4, 0.5, 0.6, 0.7]) * 2) / 2
            elif name == "North Face T-Bar" and snow < 5 and d.month == 12 and d.day < 14:
                status = "Closed - no snow"
            if status != "Open":
                scans_s = rng.choice(["", "", "0", "n/a"])
                hrs_s = rng.choice(["0", "closed", "", "0"])
            else:
                scans = round(base * demand * (hrs / hours) * rng.uniform(0.85, 1.15))
                scans_s = str(scans)
                hrs_s = f"{hrs:g}"
            st = mess(rng, status, 0.1)
            rows.append([f"{d.day:02d}/{d.month:02d}/{d.year}", mess(rng, name, 0.1), st, hrs_s, scans_s, str(wind),
                         snow_txt, f"{temp:g}"])
        snow_prev = snow
    write_csv("lift_days.csv", ["date", "lift", "status", "hours_open", "scans", "max_wind_kmh", "new_snow_cm",
                                "temp_c"], rows)


# ----------------------------------------------------------------------------------------------
# 5. lettings: maintenance jobs + flats lookup

BUILDINGS = [("Alder Court", 20, 1150), ("Birch House", 16, 1325), ("Cedar Mews", 12, 1480)]
CATEGORIES = [  # name, weight, cost low, high (pounds), winter factor, contractors
    ("Plumbing", 24, 80, 620, 1.2, ["AquaFix Ltd", "Drip Stop Plumbing"]),
    ("Electrical", 14, 70, 460, 1.0, ["Spark & Co"]),
    ("Heating", 16, 95, 1400, 2.2, ["WarmHome Services"]),
    ("Appliances", 13, 60, 520, 1.0, ["ApplianceCare"]),
    ("Damp & mould", 9, 150, 1250, 1.6, ["DryWall Specialists"]),
    ("Locks & doors", 11, 60, 260, 1.0, ["KeyPoint Locksmiths"]),
    ("Pest control", 6, 90, 320, 0.7, ["Pestaway"]),
]


def gen_maintenance():
    rng = random.Random(90905)
    flats = []
    fid = 1
    for b, n, rent in BUILDINGS:
        for k in range(n):
            beds = rng.choices([1, 2, 3], weights=[40, 45, 15])[0]
            floor = k // 4
            r = rent + (beds - 2) * 225 + floor * 15 + rng.choice([0, 0, 25, -25])
            flats.append((f"{fid:03d}", b, floor, beds, r * 100))
            fid += 1
    out = []
    for f, b, floor, beds, rent in flats:
        out.append([f, mess(rng, b, 0.12), str(floor), str(beds), money(rent, rng.choice(["sym_sep", "sym_sep", "plain"]),
                                                                       "£")])
    write_csv("flats.csv", ["flat_id", "building", "floor", "bedrooms", "monthly_rent"], out)

    # some flats are trouble: older buildings, damp ground floors
    fw = []
    for f, b, floor, beds, rent in flats:
        w = {"Alder Court": 1.4, "Birch House": 1.0, "Cedar Mews": 0.8}[b] * (1 + 0.3 * (beds - 1))
        if f == "023":
            w *= 3.0
        if floor == 0:
            w *= 1.2
        fw.append(w)
    export = dt.datetime(2024, 12, 31, 23, 59)
    jobs = []
    for d in days(dt.date(2023, 1, 1), dt.date(2024, 12, 31)):
        winter = d.month in (11, 12, 1, 2)
        for c in CATEGORIES:
            lam = c[1] / 100 * 1.05 * (c[4] if winter else 1.0)
            if d.year == 2024:
                lam *= 1.25
            for _ in range(poisson(rng, lam)):
                flat = rng.choices(flats, weights=fw)[0]
                pr = rng.choices(["Emergency", "Urgent", "Routine"],
                                 weights=[25 if c[0] in ("Heating", "Plumbing", "Locks & doors") else 6, 30, 55])[0]
                hr = rng.randint(7, 21) if pr != "Emergency" else rng.randint(0, 23)
                rep = dt.datetime(d.year, d.month, d.day, hr, rng.randint(0, 59))
                if pr == "Emergency":
                    gap = dt.timedelta(hours=rng.uniform(1.5, 30))
                elif pr == "Urgent":
                    gap = dt.timedelta(hours=rng.uniform(20, 160))
                else:
                    gap = dt.timedelta(days=rng.uniform(3, 45))
                if rng.random() < 0.02:
                    gap = gap * 6
                comp = (rep + gap).replace(second=0, microsecond=0)
                if pr != "Emergency" and (comp.hour < 8 or comp.hour > 18):
                    comp = comp.replace(hour=rng.randint(9, 17))
                    if comp < rep:
                        comp = comp + dt.timedelta(days=1)
                jobs.append((rep, flat, c, pr, comp))
    jobs.sort(key=lambda j: j[0])
    rows = []
    for k, (rep, flat, c, pr, comp) in enumerate(jobs):
        done = comp <= export
        lo, hi = c[2], c[3]
        cost = round(rng.uniform(lo, hi) * (1.5 if pr == "Emergency" else 1.0) * 100 / 50) * 50
        if c[0] == "Heating" and rng.random() < 0.04:
            cost = rng.choice([235000, 248000, 262500])  # boiler replacement
        fid = flat[0]
        u = rng.random()
        if u < 0.1:
            fid = str(int(fid))
        elif u < 0.15:
            fid = fid[1:]
        if done:
            v = rng.random()
            if v < 0.03:
                cost_s = rng.choice(["tbc", "awaiting invoice", "quote pending", "TBC"])
            else:
                cost_s = money(cost, style(rng, (50, 10, 15, 10, 15)), "£")
        else:
            cost_s = rng.choice(["", "", "quote pending"])
        tenant = rng.random() < (0.22 if c[0] in ("Appliances", "Locks & doors") else 0.07)
        rows.append([f"MJ-{1001 + k}", fid, rep.strftime("%d/%m/%Y %H:%M"), comp.strftime("%d/%m/%Y %H:%M") if done else "",
                     mess(rng, c[0], 0.12), casemess(rng, pr, 0.12), mess(rng, rng.choice(c[5]), 0.1), cost_s,
                     yn(rng, tenant)])
    write_csv("maintenance_jobs.csv", ["job_no", "flat", "reported", "completed", "category", "priority", "contractor",
                                       "cost", "tenant_damage"], rows)


# ----------------------------------------------------------------------------------------------
# 6. community choir attendance register

FIRST = ["Aled", "Bronwen", "Carys", "Dafydd", "Eleri", "Ffion", "Gareth", "Hywel", "Iona", "Jac", "Kerys", "Llinos",
         "Meinir", "Nia", "Owain", "Pryderi", "Rhian", "Sian", "Tomos", "Wyn", "Alys", "Bethan", "Cerys", "Dilys",
         "Elin", "Geraint", "Heledd", "Idris", "Lowri", "Mared", "Non", "Osian", "Rhodri", "Seren", "Tegwen", "Trefor",
         "Angharad", "Branwen", "Catrin", "Delyth", "Emrys", "Glenys", "Huw", "Ieuan", "Manon", "Nerys", "Olwen",
         "Rhys"]
LAST = ["Jones", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan", "Griffiths", "Price", "Powell",
        "Rees", "Pugh", "Vaughan", "Prosser", "Parry", "Bevan", "Howells", "Lloyd", "Owen", "Pritchard", "Jenkins"]
MALE = {"Aled", "Dafydd", "Gareth", "Hywel", "Jac", "Owain", "Pryderi", "Tomos", "Wyn", "Geraint", "Idris", "Osian",
        "Rhodri", "Trefor", "Emrys", "Huw", "Ieuan", "Rhys"}


def gen_choir():
    rng = random.Random(90906)
    firsts = FIRST[:]
    rng.shuffle(firsts)
    members = []
    for i, fn in enumerate(firsts):
        ln = LAST[(i * 7 + 3) % len(LAST)]
        if fn in MALE:
            sec = rng.choice(["Tenor", "Bass", "Bass"])
        else:
            sec = rng.choice(["Soprano", "Soprano", "Alto"])
        rel = min(0.995, max(0.45, rng.gauss(0.84, 0.1)))
        joined = dt.date(2024, 9, 1) if i < 41 else dt.date(2025, 1, 6)
        left = dt.date(2025, 12, 31) if i not in (5, 17) else dt.date(2024, 12, 20)
        members.append([f"{fn} {ln}", sec, rel, joined, left])
    members[0][2] = 1.0
    members[1][2] = 1.0
    members[2][2] = 0.999
    late_p = {m[0]: 0.06 for m in members}
    late_p[members[3][0]] = 0.45  # the habitual latecomer
    sessions = []
    holidays = [(dt.date(2024, 10, 28), dt.date(2024, 11, 1)), (dt.date(2024, 12, 21), dt.date(2025, 1, 5)),
                (dt.date(2025, 2, 24), dt.date(2025, 2, 28)), (dt.date(2025, 4, 14), dt.date(2025, 4, 25)),
                (dt.date(2025, 5, 26), dt.date(2025, 5, 30))]
    for d in days(dt.date(2024, 9, 10), dt.date(2025, 6, 24)):
        if d.weekday() == 1 and not any(a <= d <= b for a, b in holidays):
            sessions.append((d, "Rehearsal"))
    for d in (dt.date(2024, 12, 15), dt.date(2025, 3, 29), dt.date(2025, 6, 28)):
        sessions.append((d, "Concert"))
    sessions.sort()
    rows = []
    for d, kind in sessions:
        flu = 0.12 if d.month in (12, 1) else 0.0
        if d == dt.date(2025, 1, 21):
            flu = 0.3  # snow night
        for name, sec, rel, joined, left in members:
            if d < joined or d > left:
                continue
            p = rel - flu + (0.08 if kind == "Concert" else 0.0)
            if rel >= 0.999:
                p = 1.0
            if rng.random() < p:
                status = "Late" if (kind == "Rehearsal" and rng.random() < late_p[name]) else "Present"
            else:
                status = "Apologies" if rng.random() < 0.62 else "Absent"
            mins = ""
            if status == "Late":
                mins = str(rng.choice([5, 5, 10, 10, 10, 15, 15, 20, 25, 30, 40]))
                if rng.random() < 0.08:
                    mins = rng.choice(["few", "?", "n/a", "few"])
            nm = name if rng.random() < 0.9 else rng.choice([name.upper(), name.lower(), name + " ",
                                                             name.replace(" ", "  ")])
            rows.append([f"{d.month}/{d.day}/{d.year}", casemess(rng, kind, 0.08), nm, mess(rng, sec, 0.12),
                         casemess(rng, status, 0.12), mins])
    write_csv("choir_register.csv", ["date", "session", "member", "section", "status", "minutes_late"], rows)


def main():
    gen_theatre()
    gen_weighbridge()
    gen_pharmacy()
    gen_lifts()
    gen_maintenance()
    gen_choir()


if __name__ == "__main__":
    main()
