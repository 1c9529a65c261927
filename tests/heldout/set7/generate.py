#!/usr/bin/env python3
"""Held-out set 7: write the datasets under data/ (deterministic, standard library only).

    python3 tests/heldout/set7/generate.py

Running it again reproduces every CSV byte for byte (each dataset has its own seeded
random.Random; nothing iterates a set or a dict whose order could change; money is kept in
integer cents and formatted by hand).

Datasets (see README.md for the mess in each):
    flights.csv                   regional airline departures (US dates with a 12-hour clock;
                                  delays = actual - scheduled; cancelled yes/no)
    deals.csv + reps.csv          sales CRM deals + sales reps lookup joined on rep_code
                                  (day-first dates; amounts with $ and separators; probability with/without %)
    payroll.csv                   monthly payroll lines in euros (signed: earnings +, deductions -,
                                  reversals -; ISO dates; employee ids with leading zeros)
    museum_days.csv               museum visitor counts, one row per site per day (pre-aggregated;
                                  'Sun 1 Jan 2023' dates)
    fuel_log.csv                  fleet fuel-card purchases (day-first 24-hour datetimes; refunds negative)
    expenses.csv                  employee expense claims (ISO 'T' datetimes; review time = reviewed - submitted;
                                  receipt yes/no spelled many ways)
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
    """Return value, or with probability p one of the spellings a hand-kept export gets."""
    if not value or rng.random() >= p:
        return value
    kind = rng.choice(["lower", "upper", "trail", "double", "period", "lower_trail", "lead"])
    if kind == "lower":
        return value.lower()
    if kind == "upper":
        return value.upper()
    if kind == "lead":
        return " " + value
    if kind == "trail":
        return value + " "
    if kind == "double":
        if " " in value:
            i = value.index(" ")
            return value[:i] + "  " + value[i + 1:]
        return value + "  "
    if kind == "period":
        return value + "."
    return value.lower() + " "


def fmt_money(cents, style, sym="$"):
    """Money from integer cents: sym_sep $1,234.50 | sep 1,234.50 | plain 1234.50 | sym_plain $1234.50
    | whole (1234 when the cents are zero, else plain). A negative amount puts the minus first."""
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


def pick_style(rng, weights=(40, 25, 20, 10, 5)):
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


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def missing_word(rng):
    return rng.choice(["", "n/a", "-", "N/A"])


def yes_no(rng, value, styles):
    """A yes/no flag in one of the given spelling pairs."""
    pair = rng.choice(styles)
    return pair[0] if value else pair[1]


YN_STYLES = [("Yes", "No"), ("yes", "no"), ("Y", "N"), ("y", "n"), ("TRUE", "FALSE"), ("YES", "NO")]


def us12(t):
    """3/14/2024 6:05 PM (no leading zeros; 12:00 AM is midnight)."""
    h = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return f"{t.month}/{t.day}/{t.year} {h}:{t.minute:02d} {ampm}"


# ----------------------------------------------------------------------------------------------
# 1. regional airline departures, January - June 2024

ROUTES = [  # a, b, block minutes, aircraft, departures each way per day, passenger demand (load factor)
    ("Denver", "Chicago", 150, "A320", 3, 0.84),
    ("Denver", "Phoenix", 110, "E175", 2, 0.80),
    ("Denver", "Seattle", 165, "A320", 2, 0.78),
    ("Denver", "Dallas", 125, "E175", 2, 0.74),
    ("Denver", "Boise", 95, "E175", 1, 0.66),
    ("Denver", "Aspen", 50, "ATR 72", 2, 0.88),
    ("Chicago", "Boston", 140, "A320", 1, 0.82),
]
SEATS = {"A320": 180, "E175": 76, "ATR 72": 70}
REASONS = ["Weather", "Late inbound aircraft", "Crew", "Technical", "Air traffic control"]


def gen_flights():
    rng = random.Random(71001)
    # a fixed timetable: each route direction gets its slots and flight numbers
    slots = []
    number = 100
    for a, b, block, ac, freq, lf in ROUTES:
        for orig, dest in ((a, b), (b, a)):
            for k in range(freq):
                number += 2
                base = 6 * 60 + rng.randrange(0, 14 * 60 // freq) + k * (14 * 60 // freq)
                base -= base % 5
                slots.append((f"NL{number}", orig, dest, block, ac, lf, base))
    slots.sort(key=lambda s: (s[6], s[0]))
    out = []
    for d in days(dt.date(2024, 1, 1), dt.date(2024, 6, 30)):
        winter = d.month in (1, 2)
        storm = rng.random() < (0.08 if winter else 0.025)  # a bad-weather day across the network
        for fno, orig, dest, block, ac, lf, base in slots:
            sched = dt.datetime(d.year, d.month, d.day) + dt.timedelta(minutes=base)
            sched_arr = sched + dt.timedelta(minutes=block)
            snowy = "Aspen" in (orig, dest) or "Chicago" in (orig, dest) or "Boston" in (orig, dest)
            p_cancel = 0.006 + (0.05 if storm else 0) + (0.02 if winter and snowy else 0) \
                + (0.03 if "Aspen" in (orig, dest) and winter else 0)
            cancelled = rng.random() < p_cancel
            seats = SEATS[ac]
            if cancelled:
                act_dep = act_arr = ""
                pax = missing_word(rng) if rng.random() < 0.5 else ""
                reason = mess(rng, rng.choices(REASONS, weights=[6, 1, 2, 3, 1])[0], 0.25)
            else:
                # departure delay in minutes: mostly on time, a tail of late departures, later in the day worse
                late_f = 1.0 + (base - 360) / 600.0
                r = rng.random()
                if r < 0.14:
                    delay = -rng.randint(1, 6)
                elif r < 0.62:
                    delay = rng.randint(0, 9)
                else:
                    delay = int(rng.expovariate(1 / (22 * late_f))) + 5
                    if storm or (winter and snowy and rng.random() < 0.3):
                        delay += rng.randint(20, 120)
                if d.weekday() == 4 and delay > 0:  # Fridays run late
                    delay = int(delay * 1.35)
                dep = sched + dt.timedelta(minutes=delay)
                air = block + rng.randint(-12, 14)
                arr = dep + dt.timedelta(minutes=air)
                act_dep, act_arr = us12(dep), us12(arr)
                month_f = {1: 0.86, 2: 0.9, 3: 1.02, 4: 0.97, 5: 1.04, 6: 1.1}[d.month]
                wk_f = {0: 1.03, 1: 0.92, 2: 0.93, 3: 1.02, 4: 1.08, 5: 0.95, 6: 1.07}[d.weekday()]
                load = clamp(rng.gauss(lf * month_f * wk_f, 0.07), 0.25, 1.0)
                pax = str(round(seats * load))
                if delay >= 15:
                    if storm:
                        reason = "Weather"
                    else:
                        reason = rng.choices(REASONS, weights=[2, 6, 2, 2, 3])[0]
                    reason = mess(rng, reason, 0.25)
                else:
                    reason = rng.choice(["", "", "", "-", "n/a"])
            out.append([fno, mess(rng, orig, 0.1), mess(rng, dest, 0.1), mess(rng, ac, 0.08), us12(sched),
                        act_dep, us12(sched_arr), act_arr, str(seats), pax,
                        yes_no(rng, cancelled, YN_STYLES), reason])
    write_csv("flights.csv", ["flight_no", "origin", "destination", "aircraft", "scheduled_departure",
                              "actual_departure", "scheduled_arrival", "actual_arrival", "seats", "passengers",
                              "cancelled", "delay_reason"], out)


# ----------------------------------------------------------------------------------------------
# 2. sales CRM deals + reps lookup, 2023-2024

REPS = [  # code, name, team, region, 2024 quota ($), hired, active, win skill, deals per week
    ("R01", "Maya Okafor", "Enterprise", "East", 2_600_000, "2019-04-01", True, 1.15, 0.9),
    ("R02", "Daniel Brooks", "Enterprise", "West", 1_800_000, "2020-09-14", True, 1.0, 0.85),
    ("R03", "Priya Raman", "Enterprise", "Central", 1_700_000, "2021-01-11", True, 0.9, 0.8),
    ("R04", "Tom Kowalski", "Enterprise", "East", 1_500_000, "2022-06-06", False, 0.8, 0.6),
    ("R05", "Lucia Fernandez", "Mid-Market", "West", 1_400_000, "2020-02-03", True, 1.1, 1.6),
    ("R06", "Sam Whitaker", "Mid-Market", "East", 1_000_000, "2021-08-23", True, 0.95, 1.5),
    ("R07", "Aisha Khan", "Mid-Market", "Central", 1_100_000, "2022-03-14", True, 1.05, 1.4),
    ("R08", "Ben Carter", "Mid-Market", "West", 900_000, "2023-01-09", True, 0.85, 1.3),
    ("R09", "Grace Liu", "Mid-Market", "Central", 900_000, "2023-05-15", True, 1.0, 1.2),
    ("R10", "Noah Bennett", "SMB", "East", 450_000, "2021-10-04", True, 1.0, 3.0),
    ("R11", "Chloe Martin", "SMB", "West", 500_000, "2022-01-17", True, 1.1, 3.2),
    ("R12", "Omar Haddad", "SMB", "Central", 400_000, "2023-02-20", True, 0.9, 2.8),
    ("R13", "Ella Novak", "SMB", "East", 420_000, "2023-09-04", True, 0.95, 2.6),
    ("R14", "Jack Moreno", "SMB", "West", 380_000, "2024-02-05", True, 1.0, 2.4),
]
TEAM_SIZE = {"Enterprise": 90000, "Mid-Market": 26000, "SMB": 6500}
SOURCES = [("Inbound", 30, 0.42), ("Outbound", 28, 0.24), ("Referral", 14, 0.58), ("Partner", 16, 0.40),
           ("Event", 12, 0.31)]
ACCOUNT_A = ["Acme", "Blue Harbor", "Cedar", "Delta", "Evergreen", "Falcon", "Granite", "Helix", "Ironwood",
             "Juniper", "Keystone", "Lakeside", "Meridian", "Northwind", "Orion", "Pinnacle", "Quarry", "Redwood",
             "Summit", "Tidewater", "Union", "Vertex", "Willow", "Yellowstone", "Zenith"]
ACCOUNT_B = ["Logistics", "Health", "Foods", "Systems", "Partners", "Manufacturing", "Labs", "Retail Group",
             "Energy", "Financial"]


def gen_deals():
    rng = random.Random(72001)
    rep_rows = []
    for code, name, team, region, quota, hired, active, _s, _r in REPS:
        q = fmt_money(quota * 100, rng.choice(["sym_sep", "whole", "sep", "sym_sep"]))
        if q.endswith(".00") and rng.random() < 0.5:
            q = q[:-3]
        rep_rows.append([code, name, mess(rng, team, 0.45), mess(rng, region, 0.35), q, hired,
                         yes_no(rng, active, [("Yes", "No"), ("Y", "N"), ("yes", "no")])])
    write_csv("reps.csv", ["rep_code", "rep_name", "team", "region", "quota_2024", "hired", "active"], rep_rows)

    accounts = []
    for a in ACCOUNT_A:
        for b in ACCOUNT_B:
            accounts.append(f"{a} {b}")
    rng.shuffle(accounts)
    accounts = accounts[:140]
    acc_weights = [1.0 / (1 + i * 0.04) for i in range(len(accounts))]
    out = []
    deal_no = 104000
    cutoff = dt.date(2025, 1, 10)  # the day of the export
    for d in days(dt.date(2023, 1, 2), dt.date(2024, 12, 31)):
        if d.weekday() >= 5:
            continue
        growth = 1.0 if d.year == 2023 else 1.12
        q4 = 1.15 if d.month in (10, 11) else 1.0
        for code, _name, team, _region, _quota, hired, active, skill, rate in REPS:
            if dt.date.fromisoformat(hired) > d:
                continue
            if not active and d >= dt.date(2024, 8, 30):
                continue
            for _ in range(poisson(rng, rate / 5 * growth * q4)):
                deal_no += rng.randint(1, 3)
                src, _w, win = rng.choices(SOURCES, weights=[s[1] for s in SOURCES])[0]
                size = TEAM_SIZE[team] * math.exp(rng.gauss(0, 0.55)) * (1.06 if d.year == 2024 else 1.0)
                cents = int(round(size / 50.0)) * 5000  # amounts in $50 steps
                cycle = int(rng.gammavariate(3.0, {"Enterprise": 32, "Mid-Market": 18, "SMB": 9}[team]))
                close = d + dt.timedelta(days=max(3, cycle))
                if close > cutoff:
                    stage = rng.choices(["Discovery", "Qualified", "Proposal", "Negotiation"],
                                        weights=[3, 4, 3, 2])[0]
                    close_s = ""
                else:
                    won = rng.random() < clamp(win * skill, 0.05, 0.9)
                    stage = "Closed Won" if won else "Closed Lost"
                    close_s = close.strftime("%d/%m/%Y")
                prob = {"Closed Won": 100, "Closed Lost": 0, "Negotiation": 75, "Proposal": 50,
                        "Qualified": 25, "Discovery": 10}[stage]
                prob_s = f"{prob}%" if rng.random() < 0.6 else str(prob)
                amount = fmt_money(cents, pick_style(rng, (45, 20, 15, 10, 10)))
                acct = rng.choices(accounts, weights=acc_weights)[0]
                out.append([str(deal_no), d.strftime("%d/%m/%Y"), mess(rng, acct, 0.08), code,
                            mess(rng, src, 0.15), mess(rng, stage, 0.2), amount, prob_s, close_s])
    write_csv("deals.csv", ["deal_id", "created", "account", "rep_code", "source", "stage", "amount",
                            "probability", "close_date"], out)


# ----------------------------------------------------------------------------------------------
# 3. payroll lines, monthly pay runs January 2024 - June 2025, euros, signed

DEPTS = [  # department, employees, basic salary range (euros a year), overtime share, overtime rate (euros/h)
    ("Operations", 16, (32000, 46000), 0.7, 27),
    ("Customer Service", 11, (28000, 36000), 0.5, 23),
    ("Engineering", 10, (55000, 85000), 0.15, 45),
    ("Sales", 8, (38000, 52000), 0.0, 0),
    ("Finance", 6, (45000, 70000), 0.1, 38),
    ("HR", 4, (40000, 58000), 0.0, 0),
]


def last_weekday(y, m):
    d = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def gen_payroll():
    rng = random.Random(73001)
    staff = []
    used = []
    for dept, n, (lo, hi), ot_share, ot_rate in DEPTS:
        for _ in range(n):
            while True:
                eid = f"00{rng.randint(1000, 9899)}"
                if eid not in used:
                    used.append(eid)
                    break
            salary = rng.randrange(lo, hi, 250)
            start = dt.date(2024, 1, 1)
            end = dt.date(2025, 12, 31)
            r = rng.random()
            if r < 0.12:
                start = dt.date(2024, rng.randint(2, 12), 1)
            elif r < 0.22:
                end = dt.date(2024, rng.randint(3, 12), 28)
            staff.append((eid, dept, salary, rng.random() < ot_share, ot_rate, start, end))
    out = []
    reversal_budget = 0
    months = [(2024, m) for m in range(1, 13)] + [(2025, m) for m in range(1, 7)]
    for y, m in months:
        pay = last_weekday(y, m)
        for eid, dept, salary, does_ot, ot_rate, start, end in staff:
            if pay < start or pay > end + dt.timedelta(days=5):
                continue
            sal = salary * (1.03 if y == 2025 else 1.0)
            lines = []
            basic = int(round(sal / 12 * 100))
            lines.append(("Basic Salary", "Earnings", "", basic))
            gross = basic
            if does_ot and rng.random() < 0.75:
                hours = rng.choice([2, 3, 4, 4.5, 5, 6, 7.5, 8, 10, 12, 14, 16]) * (1.3 if m in (11, 12) else 1.0)
                hours = round(hours * 2) / 2
                amt = int(round(hours * ot_rate * (1.03 if y == 2025 else 1.0) * 100))
                lines.append(("Overtime", "Earnings", f"{hours:g}", amt))
                gross += amt
                if rng.random() < 0.04 and reversal_budget < 30:
                    reversal_budget += 1
                    lines.append(("Overtime", "Earnings", f"-{hours:g}", -amt, "reversal"))
                    gross -= amt
            if dept == "Sales":
                amt = int(round(rng.uniform(300, 2600) * (1.25 if m in (3, 6, 9, 12) else 1.0) * 100))
                lines.append(("Commission", "Earnings", "", amt))
                gross += amt
            if m in (6, 12):
                amt = int(round(basic * rng.choice([0.25, 0.5, 0.5, 0.75, 1.0])))
                lines.append(("Bonus", "Earnings", "", amt))
                gross += amt
                if rng.random() < 0.05:
                    lines.append(("Bonus", "Earnings", "", -amt, "reversal"))
                    gross -= amt
            taxable = gross - int(round(basic * 0.05))
            rate = 0.18 if sal < 40000 else (0.24 if sal < 60000 else 0.30)
            lines.append(("Pension", "Deductions", "", -int(round(basic * 0.05))))
            lines.append(("Income Tax", "Deductions", "", -int(round(taxable * rate))))
            lines.append(("Social Security", "Deductions", "", -int(round(gross * 0.08))))
            if rng.random() < 0.35:
                lines.append(("Health Insurance", "Deductions", "", -rng.choice([4500, 6200, 8900])))
            for ln in lines:
                element, cat, hours, cents = ln[:4]
                note = ln[4] if len(ln) > 4 else ""
                if not hours and rng.random() < 0.15:
                    hours = rng.choice(["-", "n/a", "0"]) if element != "Overtime" else hours
                style = pick_style(rng, (35, 20, 30, 10, 5))
                out.append([pay.isoformat(), eid, mess(rng, dept, 0.12), mess(rng, element, 0.12),
                            mess(rng, cat, 0.15), hours, fmt_money(cents, style, sym="\u20ac"), note])
    write_csv("payroll.csv", ["pay_date", "employee_id", "department", "element", "category", "hours", "amount",
                              "note"], out)


# ----------------------------------------------------------------------------------------------
# 4. museum visitors, one row per site per day, 2023-2024 (pre-aggregated)

SITES = [  # name, base visitors per open day, school share, member share, closed weekday (None), tours per day
    ("Natural History Museum", 1150, 0.16, 0.10, None, 4),
    ("Maritime Museum", 520, 0.12, 0.14, None, 2),
    ("City Art Gallery", 610, 0.06, 0.22, 0, 3),
    ("Science Centre", 880, 0.24, 0.08, None, 3),
    ("Old Mill", 190, 0.10, 0.05, 0, 2),
]
UK_SCHOOL_HOLS = [((2, 13), (2, 17)), ((4, 1), (4, 14)), ((5, 29), (6, 2)), ((7, 22), (9, 3)),
                  ((10, 23), (10, 27)), ((12, 21), (12, 31)), ((1, 1), (1, 3))]


def gen_museum():
    rng = random.Random(74001)
    out = []
    for d in days(dt.date(2023, 1, 1), dt.date(2024, 12, 31)):
        hol = any(dt.date(d.year, *a) <= d <= dt.date(d.year, *b) for a, b in UK_SCHOOL_HOLS)
        season = 1.0 + 0.35 * math.sin((d.timetuple().tm_yday - 100) / 365 * 2 * math.pi) * 0.8
        growth = 1.0 if d.year == 2023 else 1.09
        wk = {0: 0.7, 1: 0.75, 2: 0.8, 3: 0.85, 4: 0.95, 5: 1.55, 6: 1.4}[d.weekday()]
        for name, base, school, member, closed_wd, tours in SITES:
            g = growth * (1.2 if name == "Maritime Museum" and d.year == 2024 else 1.0)
            closed = d.month == 12 and d.day in (25, 26) or (closed_wd is not None and d.weekday() == closed_wd)
            if name == "Old Mill" and d.month in (1, 2) and d.weekday() in (0, 1):
                closed = True
            if closed:
                out.append([d, name, False, 0, 0, 0, 0, 0, None])
                continue
            lam = base * season * g * wk * (1.3 if hol else 1.0)
            if name == "Maritime Museum" and d.month in (7, 8):
                lam *= 1.5
            visitors = max(5, round(rng.gauss(lam, lam * 0.12)))
            sch = 0 if (hol or d.weekday() >= 5) else round(visitors * clamp(rng.gauss(school, 0.05), 0, 0.6))
            mem = round(visitors * clamp(rng.gauss(member, 0.03), 0, 0.5))
            tr = max(0, tours + (1 if d.weekday() >= 5 else 0) - rng.choice([0, 0, 0, 1]))
            shop = int(round(visitors * rng.uniform(2.2, 4.8) * 100))
            dwell = rng.gauss({"Natural History Museum": 118, "Maritime Museum": 96, "City Art Gallery": 74,
                               "Science Centre": 132, "Old Mill": 52}[name], 9)
            out.append([d, name, True, visitors, sch, mem, tr, shop, round(dwell)])
    rows = []
    for d, name, open_, visitors, sch, mem, tr, shop, dwell in out:
        date_s = f"{d.strftime('%a')} {d.day} {d.strftime('%b')} {d.year}"
        shop_s = fmt_money(shop, pick_style(rng, (40, 20, 25, 10, 5)), sym="\u00a3") if open_ else "0"
        if dwell is None or rng.random() < 0.06:
            dwell_s = missing_word(rng)
        else:
            dwell_s = str(dwell)
        rows.append([date_s, mess(rng, name, 0.1), yes_no(rng, open_, YN_STYLES), str(visitors), str(sch),
                     str(mem), str(tr), shop_s, dwell_s])
    write_csv("museum_days.csv", ["date", "site", "open", "visitors", "school_visitors", "member_visits",
                                  "guided_tours", "shop_sales", "avg_visit_minutes"], rows)


# ----------------------------------------------------------------------------------------------
# 5. fleet fuel-card purchases, 2024 (day-first 24-hour datetimes; refunds negative)

VEHICLES = [  # registration, driver, fuel, tank litres, fills per week, km per week
    ("KX21 ABC", "Liam Porter", "Diesel", 70, 1.6, 900),
    ("KX21 ABD", "Sofia Grant", "Diesel", 70, 1.4, 820),
    ("LM22 FTR", "Harvey Cole", "Diesel", 80, 1.9, 1150),
    ("LM22 FTS", "Ruby Shah", "Diesel", 80, 1.3, 760),
    ("PN70 XJW", "Oscar Hughes", "Diesel", 75, 1.2, 700),
    ("PN70 XJY", "Isla Turner", "Diesel", 75, 1.5, 880),
    ("YB19 KMT", "Ethan Price", "Diesel", 65, 1.1, 600),
    ("GF23 LOP", "Mia Walsh", "Petrol", 50, 0.9, 450),
    ("GF23 LOR", "Leo Barnes", "Petrol", 50, 0.7, 380),
    ("WR68 BNM", "Amira Yusuf", "Diesel", 70, 1.5, 850),
    ("WR68 BNP", "Callum Reid", "Diesel", 70, 1.7, 950),
    ("DV20 KLA", "Jasmine Ford", "Diesel", 75, 1.4, 800),
    ("DV20 KLB", "Nathan Ellis", "Diesel", 75, 1.0, 560),
    ("HN72 RTE", "Grace Holt", "Petrol", 45, 1.0, 420),
    ("SK24 HGV", "Frank Doyle", "Diesel", 400, 1.0, 1900),
    ("SK73 HGV", "Dev Patel", "Diesel", 400, 0.9, 1750),
]
STATIONS = [("Shell", 30, 0.06), ("BP", 24, 0.05), ("Esso", 18, 0.02), ("Tesco", 16, -0.04),
            ("Texaco", 7, 0.01), ("Asda", 5, -0.09)]


def gen_fuel():
    rng = random.Random(75001)
    out = []
    events = []
    for reg, driver, fuel, tank, per_week, _km in VEHICLES:
        odo = rng.randint(20000, 90000) if "HGV" not in reg else rng.randint(150000, 300000)
        d = dt.datetime(2024, 1, 1, 7, 0) + dt.timedelta(hours=rng.randint(0, 72))
        while True:
            d += dt.timedelta(days=rng.expovariate(per_week / 7.0) + 0.4)
            if d.year > 2024:
                break
            if d.weekday() == 6 and rng.random() < 0.7:
                d += dt.timedelta(days=1)
            hour = clamp(int(rng.gauss(12.5, 3.6)), 5, 22)
            t = dt.datetime(d.year, d.month, d.day, hour, rng.randint(0, 59))
            if t.year > 2024:
                break
            full = rng.random() < 0.72
            litres = tank * (rng.uniform(0.6, 0.92) if full else rng.uniform(0.25, 0.6))
            odo += int(litres * (14 if "HGV" not in reg else 3.2) * rng.uniform(0.9, 1.1))
            events.append((t, reg, driver, fuel, litres, full, odo))
            if fuel == "Diesel" and "HGV" not in reg and rng.random() < 0.08:
                events.append((t + dt.timedelta(minutes=1), reg, driver, "AdBlue", rng.choice([5, 10, 10]),
                               False, None))
    events.sort(key=lambda e: (e[0], e[1]))
    ref = 4471000
    refunds = 0
    for t, reg, driver, fuel, litres, full, odo in events:
        st, _w, off = rng.choices(STATIONS, weights=[s[1] for s in STATIONS])[0]
        mo = t.month + (t.day - 1) / 31
        if fuel == "Diesel":
            base = 1.56 - 0.012 * mo + 0.025 * math.sin(mo / 2)
        elif fuel == "Petrol":
            base = 1.47 - 0.010 * mo + 0.02 * math.sin(mo / 2)
        else:
            base = 0.92
        ppl_mil = int(round((base + off * 0.6 + rng.uniform(-0.01, 0.01)) * 1000))  # tenths of a penny
        lit_cl = int(round(litres * 100))
        cents = int(round(lit_cl * ppl_mil / 1000))  # pence
        ref += rng.randint(1, 40)
        ppl_s = f"\u00a3{ppl_mil // 1000}.{ppl_mil % 1000:03d}" if rng.random() < 0.5 else \
            f"{ppl_mil // 1000}.{ppl_mil % 1000:03d}"
        odo_s = str(odo) if odo is not None and rng.random() > 0.07 else (missing_word(rng) if odo else "")
        row = [f"00{ref}", t.strftime("%d/%m/%Y %H:%M"), mess(rng, reg, 0.1), mess(rng, driver, 0.06),
               mess(rng, st, 0.15), mess(rng, fuel, 0.15), f"{lit_cl // 100}.{lit_cl % 100:02d}", ppl_s,
               fmt_money(cents, pick_style(rng, (40, 20, 25, 10, 5)), sym="\u00a3"),
               odo_s, yes_no(rng, full, YN_STYLES) if fuel != "AdBlue" else ""]
        out.append(row)
        if rng.random() < 0.012 and refunds < 20:  # a reversed (voided) transaction a few minutes later
            refunds += 1
            ref += 1
            t2 = t + dt.timedelta(minutes=rng.randint(2, 30))
            out.append([f"00{ref}", t2.strftime("%d/%m/%Y %H:%M"), row[2], row[3], row[4], row[5],
                        f"-{lit_cl // 100}.{lit_cl % 100:02d}", ppl_s,
                        fmt_money(-cents, pick_style(rng, (40, 20, 25, 10, 5)), sym="\u00a3"), "", ""])
    write_csv("fuel_log.csv", ["txn_ref", "date_time", "vehicle", "driver", "station", "fuel_type", "litres",
                               "price_per_litre", "total", "odometer", "full_tank"], out)


# ----------------------------------------------------------------------------------------------
# 6. employee expense claims, January 2024 - March 2025 (ISO 'T' datetimes)

CLAIMANTS = [  # name, department, claims per week
    ("Hannah Reid", "Sales", 1.6), ("Marcus Allen", "Sales", 1.4), ("Zoe Fischer", "Sales", 1.2),
    ("Kwame Mensah", "Sales", 1.1), ("Laura Chen", "Consulting", 1.5), ("Ivan Petrov", "Consulting", 1.3),
    ("Nadia Rahman", "Consulting", 1.0), ("George Evans", "Consulting", 0.9), ("Emily Ward", "Marketing", 0.8),
    ("Lucas Silva", "Marketing", 0.7), ("Fatima Noor", "Marketing", 0.5), ("Peter Quinn", "Engineering", 0.4),
    ("Alice Moreau", "Engineering", 0.35), ("Raj Malhotra", "Engineering", 0.3), ("Sara Lindqvist", "Finance", 0.3),
    ("Tom Becker", "Finance", 0.25), ("Olivia Hart", "Operations", 0.6), ("Chris Dunn", "Operations", 0.55),
]
CATEGORIES = [  # name, weight, typical $ amount, sigma
    ("Travel", 20, 240, 0.7), ("Meals", 30, 38, 0.55), ("Accommodation", 13, 180, 0.45),
    ("Mileage", 15, 64, 0.5), ("Client Entertainment", 8, 165, 0.6), ("Training", 4, 520, 0.5),
    ("Office Supplies", 10, 42, 0.6),
]


def gen_expenses():
    rng = random.Random(76001)
    claims = []
    for name, dept, rate in CLAIMANTS:
        for d in days(dt.date(2024, 1, 1), dt.date(2025, 3, 31)):
            if d.weekday() >= 5 and rng.random() < 0.85:
                continue
            lam = rate * 2.4 / 5 * (0.4 if d.month == 8 or (d.month == 12 and d.day > 20) else 1.0)
            for _ in range(poisson(rng, lam)):
                t = dt.datetime(d.year, d.month, d.day, clamp(int(rng.gauss(13, 3.5)), 6, 23),
                                rng.randint(0, 59), rng.randint(0, 59))
                claims.append((t, name, dept))
    claims.sort()
    out = []
    cid = 180000
    export = dt.datetime(2025, 4, 4, 17, 0)
    corrections = 0
    for t, name, dept in claims:
        cat, _w, typ, sig = rng.choices(CATEGORIES, weights=[c[1] for c in CATEGORIES])[0]
        amt = typ * math.exp(rng.gauss(0, sig))
        if dept == "Sales" and cat in ("Travel", "Accommodation"):
            amt *= 1.3
        if cat == "Travel" and rng.random() < 0.05:
            amt *= 6  # long-haul flight
        cents = int(round(amt * 100))
        receipt = rng.random() < (0.55 if cat == "Mileage" else 0.9 if cents < 7500 else 0.97)
        r = rng.random()
        p_reject = 0.05 + (0.12 if not receipt else 0) + (0.05 if cat == "Client Entertainment" else 0)
        hours = rng.lognormvariate(math.log(52), 0.85)  # business days of queue
        if cat in ("Travel", "Training") and cents > 100000:
            hours *= 1.8
        reviewed = t + dt.timedelta(hours=hours)
        if reviewed > export:
            status, reviewed_s = "Pending", ""
        else:
            status = "Rejected" if r < p_reject else "Approved"
            reviewed_s = reviewed.strftime("%Y-%m-%dT%H:%M:%S")
        cid += rng.randint(1, 4)
        if rng.random() < 0.06:
            rec_s = missing_word(rng)
        else:
            rec_s = yes_no(rng, receipt, YN_STYLES)
        out.append([str(cid), t.strftime("%Y-%m-%dT%H:%M:%S"), mess(rng, name, 0.07), mess(rng, dept, 0.12),
                    mess(rng, cat, 0.15), fmt_money(cents, pick_style(rng, (45, 15, 25, 10, 5))), rec_s,
                    mess(rng, status, 0.15), reviewed_s, ""])
        if status == "Approved" and cat in ("Travel", "Accommodation") and corrections < 18 and rng.random() < 0.04:
            corrections += 1
            back = int(round(cents * rng.choice([0.25, 0.5, 1.0])))
            t2 = reviewed + dt.timedelta(days=rng.randint(3, 20))
            while t2.weekday() >= 5:  # finance posts corrections on working days
                t2 += dt.timedelta(days=1)
            if t2 < export:
                cid += 1
                out.append([str(cid), t2.strftime("%Y-%m-%dT%H:%M:%S"), out[-1][2], out[-1][3], out[-1][4],
                            fmt_money(-back, pick_style(rng, (45, 15, 25, 10, 5))), "", "Approved", "",
                            f"correction of claim {out[-1][0]}"])
    write_csv("expenses.csv", ["claim_id", "submitted_at", "employee", "department", "category", "amount",
                               "receipt", "status", "reviewed_at", "note"], out)


def main():
    gen_flights()
    gen_deals()
    gen_payroll()
    gen_museum()
    gen_fuel()
    gen_expenses()


if __name__ == "__main__":
    main()
