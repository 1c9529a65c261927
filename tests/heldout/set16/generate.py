#!/usr/bin/env python3
"""Writes set 16's datasets into data/. Standard library only; one fixed seed per dataset, so the
output is byte-for-byte reproducible.

    python3 tests/heldout/set16/generate.py
"""

import csv
import datetime as dt
import random
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
D = dt.date
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def write(name, header, rows):
    DATA.mkdir(parents=True, exist_ok=True)
    with open(DATA / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def days(start, end):
    d = start
    while d <= end:
        yield d
        d += dt.timedelta(days=1)


def spell(rng, options):
    """options: list of (spelling, weight)."""
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


# ---------------------------------------------------------------------------------------------
# A. driving school: lessons + pupils lookup


def driving():
    rng = random.Random(1601)
    areas = [("Northside", 30), ("Riverside", 25), ("Old Town", 20), ("Hillcrest", 15), ("Westfield", 10)]
    area_sp = {
        "Northside": [("Northside", 6), ("northside", 1), ("Northside ", 1)],
        "Riverside": [("Riverside", 6), (" Riverside", 1), ("RIVERSIDE", 1)],
        "Old Town": [("Old Town", 6), ("Old  Town", 1), ("old town", 1)],
        "Hillcrest": [("Hillcrest", 6), ("Hillcrest ", 1), ("HILLCREST", 1)],
        "Westfield": [("Westfield", 6), ("westfield", 1)],
    }
    refs = [("Word of mouth", 35), ("Google", 30), ("Facebook", 20), ("School leaflet", 15)]
    ref_sp = {
        "Word of mouth": [("Word of mouth", 5), ("word of mouth", 1), ("Word Of Mouth", 1)],
        "Google": [("Google", 5), ("google", 1), ("GOOGLE ", 1)],
        "Facebook": [("Facebook", 5), ("facebook", 1), (" Facebook", 1)],
        "School leaflet": [("School leaflet", 5), ("School Leaflet", 1), ("school  leaflet", 1)],
    }
    firsts = ["Amy", "Ben", "Chloe", "Dan", "Ella", "Finn", "Grace", "Harry", "Isla", "Jack", "Kai", "Lily",
              "Max", "Nina", "Owen", "Poppy", "Quinn", "Ruby", "Sam", "Tia", "Umar", "Vera", "Will", "Yasmin",
              "Zac", "Aisha", "Callum", "Daisy", "Ethan", "Freya"]
    lasts = "ABCDEFGHJKLMNPRSTW"
    pupils = []
    start = D(2024, 10, 1)
    for i in range(1, 151):
        signed = start + dt.timedelta(days=int((i - 1) * 2.3 + rng.randint(0, 2)))
        area = spell(rng, areas)
        ref = spell(rng, refs)
        pupils.append({"id": i, "signed": signed, "area": area, "ref": ref,
                       "name": f"{firsts[(i * 7) % len(firsts)]} {lasts[(i * 5) % len(lasts)]}."})
    # weight some pupils heavier (more lessons)
    for p in pupils:
        p["w"] = rng.choice([1, 1, 2, 2, 3])
    insts = ["Meera", "Gary", "Tom", "Aisling"]
    inst_sp = {
        "Meera": [("Meera", 6), (" Meera", 1), ("MEERA", 1)],
        "Gary": [("Gary", 6), ("gary", 1), ("Gary ", 1)],
        "Tom": [("Tom", 6), ("tom", 1), ("TOM", 1)],
        "Aisling": [("Aisling", 6), ("aisling ", 1)],
    }
    load = {"Meera": (2, 5), "Gary": (1, 4), "Tom": (1, 4), "Aisling": (1, 3)}
    types = [("Standard", 55), ("Double", 15), ("Motorway", 10), ("Mock test", 12), ("Test day", 8)]
    type_len = {"Standard": 60, "Double": 120, "Motorway": 120, "Mock test": 90, "Test day": 120}
    type_price = {"Standard": 38, "Double": 72, "Motorway": 80, "Mock test": 55, "Test day": 95}
    type_sp = {
        "Standard": [("Standard", 6), ("standard", 1), ("STANDARD", 1)],
        "Double": [("Double", 6), ("double", 1)],
        "Motorway": [("Motorway", 6), ("motorway ", 1)],
        "Mock test": [("Mock test", 5), ("Mock Test", 2), ("mock  test", 1)],
        "Test day": [("Test day", 5), ("Test Day", 2)],
    }
    status_sp = {
        "Completed": [("Completed", 8), ("completed", 1), ("COMPLETED", 1)],
        "Cancelled": [("Cancelled", 5), ("cancelled", 1), ("Canceled", 1)],
        "No-show": [("No-show", 4), ("no show", 1), ("No show", 1)],
    }
    rows = []
    n = 0
    for day in days(D(2025, 1, 2), D(2025, 12, 20)):
        if day.weekday() == 6:
            continue
        if (day.month, day.day) in [(4, 18), (4, 21), (5, 5), (5, 26), (8, 25)]:
            continue
        for inst in insts:
            if inst == "Aisling" and day < D(2025, 3, 3):
                continue
            if inst == "Tom" and D(2025, 8, 4) <= day <= D(2025, 8, 16):
                continue  # holiday
            lo, hi = load[inst]
            k = rng.randint(lo, hi)
            if day.weekday() == 5:
                k = max(0, k - 1)
            t = dt.datetime.combine(day, dt.time(rng.choice([8, 9])))
            for _ in range(k):
                n += 1
                eligible = [p for p in pupils if p["signed"] <= day]
                pupil = rng.choices(eligible, weights=[p["w"] for p in eligible])[0]
                typ = spell(rng, types)
                length = type_len[typ]
                price = type_price[typ] + (2 if day >= D(2025, 7, 1) and typ == "Standard" else 0)
                st = spell(rng, [("Completed", 86), ("Cancelled", 9), ("No-show", 5)])
                end = ""
                if st == "Completed":
                    e = t + dt.timedelta(minutes=length + rng.choice([-5, 0, 0, 0, 0, 5, 5, 10, 15]))
                    end = e.strftime("%Y-%m-%dT%H:%M:%S")
                if st == "Cancelled":
                    pstr = rng.choice(["", "0", "£0.00"])
                else:
                    pstr = rng.choice([f"£{price}.00", f"{price}", f"{price}.00", f"£{price}"])
                pid = f"{pupil['id']:04d}" if rng.random() < 0.55 else str(pupil["id"])
                rows.append([f"L{n:05d}", pid, spell(rng, inst_sp[inst]), t.strftime("%Y-%m-%dT%H:%M:%S"), end,
                             spell(rng, type_sp[typ]), pstr, spell(rng, status_sp[st])])
                t = t + dt.timedelta(minutes=length + 30)
    write("driving_lessons.csv", ["lesson_id", "pupil_id", "instructor", "start", "end", "lesson_type", "price",
                                  "status"], rows)
    prow = []
    for p in pupils:
        # test result: only pupils who signed up before June have had a test
        if p["signed"] < D(2025, 6, 1):
            passed = rng.random() < 0.62
            res = spell(rng, [("Yes", 4), ("Y", 2), ("yes", 2), ("TRUE", 1)]) if passed else \
                spell(rng, [("No", 4), ("N", 2), ("no", 2), ("FALSE", 1)])
        else:
            res = ""
        prow.append([f"{p['id']:04d}", p["name"], spell(rng, area_sp[p["area"]]), spell(rng, ref_sp[p["ref"]]),
                     f"{p['signed'].day} {MON[p['signed'].month - 1]} {p['signed'].year}", res])
    write("driving_pupils.csv", ["pupil_id", "name", "area", "heard_about_us", "signed_up", "passed_test"], prow)


# ---------------------------------------------------------------------------------------------
# B. campsite: one row per day per area (pre-aggregated)


def campsite():
    rng = random.Random(1602)
    areas = [("Tent Field", 40, 28.0), ("Hardstanding", 20, 38.0), ("Glamping Pods", 8, 85.0),
             ("Campervan Bays", 15, 34.0)]
    sp = {
        "Tent Field": [("Tent Field", 6), ("tent field", 1), ("Tent field ", 1)],
        "Hardstanding": [("Hardstanding", 6), ("hardstanding ", 1), ("HARDSTANDING", 1)],
        "Glamping Pods": [("Glamping Pods", 6), ("Glamping pods", 1), ("glamping  pods", 1)],
        "Campervan Bays": [("Campervan Bays", 6), ("campervan bays", 1), ("Campervan  Bays", 1)],
    }
    month_f = {4: 0.35, 5: 0.5, 6: 0.62, 7: 0.8, 8: 0.9, 9: 0.55, 10: 0.35}
    area_f = {"Tent Field": 1.0, "Hardstanding": 0.95, "Glamping Pods": 1.1, "Campervan Bays": 0.9}
    # area-specific growth tweaks so that June->July growth differs by area
    area_month = {("Campervan Bays", 7): 1.25, ("Tent Field", 7): 0.95, ("Glamping Pods", 6): 1.15}
    flood = {D(2025, 4, 14), D(2025, 4, 15), D(2025, 4, 16), D(2025, 10, 20), D(2025, 10, 21)}
    pods_maint = set(days(D(2025, 5, 12), D(2025, 5, 16)))
    storm = {D(2025, 9, 8)}
    rows = []
    for day in days(D(2025, 4, 1), D(2025, 10, 31)):
        wk = {4: 1.35, 5: 1.45, 6: 1.0}.get(day.weekday(), 0.85)  # Fri, Sat, Sun
        for name, cap, price in areas:
            closed = None
            if day in storm:
                closed = "storm - whole site shut"
            elif name == "Tent Field" and day in flood:
                closed = "waterlogged"
            elif name == "Glamping Pods" and day in pods_maint:
                closed = "pod maintenance"
            date = f"{day.month}/{day.day}/{day.year}"
            if closed:
                rows.append([date, spell(rng, sp[name]), rng.choice(["0", ""]), cap, rng.choice(["", "$0.00"]),
                             "n/a" if name == "Tent Field" else rng.choice(["0", "n/a"]),
                             spell(rng, [("Closed", 4), ("closed", 1), ("CLOSED", 1)]), closed])
                continue
            f = month_f[day.month] * wk * area_f[name] * area_month.get((name, day.month), 1.0)
            f = min(0.98, f * rng.uniform(0.8, 1.2))
            let = sum(1 for _ in range(cap) if rng.random() < f)
            extras = sum(rng.choice([0, 0, 0, 4.5, 6.0, 12.0]) for _ in range(let))
            takings = round(let * price + extras, 2)
            if takings >= 1000:
                tstr = rng.choice([f"${takings:,.2f}", f"{takings:.2f}", f"${takings:,.2f}"])
            else:
                tstr = rng.choice([f"${takings:.2f}", f"{takings:.2f}", f"{takings:g}"])
            if name == "Tent Field":
                hk = "n/a"
            elif rng.random() < 0.06:
                hk = rng.choice(["not recorded", "n/a", ""])
            else:
                hk = str(sum(1 for _ in range(let) if rng.random() < 0.8))
            note = ""
            if let == cap:
                note = "full"
            rows.append([date, spell(rng, sp[name]), str(let), cap, tstr, hk,
                         spell(rng, [("Open", 6), ("open", 1), ("OPEN", 1)]), note])
    write("campsite_daily.csv", ["date", "area", "pitches_let", "pitches_available", "takings", "hookups_used",
                                 "status", "note"], rows)


# ---------------------------------------------------------------------------------------------
# C. hair salon till ledger (signed)


def salon():
    rng = random.Random(1603)
    stylists = {"Jade": (4, 8), "Marco": (3, 7), "Priti": (3, 6), "Sam": (2, 5)}
    st_sp = {
        "Jade": [("Jade", 6), ("jade", 1), ("JADE", 1)],
        "Marco": [("Marco", 6), ("Marco ", 1), ("marco", 1)],
        "Priti": [("Priti", 6), (" Priti", 1)],
        "Sam": [("Sam", 6), ("SAM", 1)],
    }
    services = [("Cut & finish", 42.0, 30), ("Colour", 85.0, 15), ("Highlights", 110.0, 10), ("Blow dry", 28.0, 15),
                ("Gents cut", 22.0, 20), ("Kids cut", 15.0, 10)]
    products = [("Shampoo", 14.5), ("Conditioner", 15.5), ("Styling cream", 18.0), ("Hair oil", 24.0),
                ("Hairspray", 8.5)]
    kind_sp = {
        "Service": [("Service", 8), ("service", 1), ("SERVICE", 1)],
        "Retail": [("Retail", 6), ("retail ", 1)],
        "Tip": [("Tip", 6), ("tip", 1)],
        "Refund": [("Refund", 5), ("refund", 1)],
        "Supplies": [("Supplies", 5), ("supplies", 1)],
        "Gift voucher": [("Gift voucher", 5), ("gift voucher", 1), ("Gift Voucher", 1)],
    }
    pay_card = [("Card", 6), ("card", 1), ("CARD", 1)]
    pay_cash = [("Cash", 6), ("cash", 1)]

    def money(v):
        a = abs(v)
        s = f"{a:.2f}" if rng.random() < 0.8 else (f"{a:g}" if a != int(a) else f"{int(a)}")
        if v >= 0:
            return rng.choice([f"£{s}", s, f"£{s}"])
        return rng.choice([f"-£{s}", f"£-{s}", f"-{s}"])

    entries = []  # (datetime, kind, stylist, item, amount, pay)
    recent_services = []
    for day in days(D(2025, 1, 2), D(2025, 6, 28)):
        if day.weekday() in (0, 6):
            continue
        if (day.month, day.day) in [(4, 18)]:
            continue
        for sty, (lo, hi) in stylists.items():
            k = rng.randint(lo, hi) + (2 if day.weekday() == 5 else 0)
            if sty == "Priti" and D(2025, 2, 10) <= day <= D(2025, 2, 22):
                k = 0
            t = dt.datetime.combine(day, dt.time(9, rng.choice([0, 15, 30])))
            for _ in range(k):
                svc = rng.choices(services, weights=[s[2] for s in services])[0]
                price = svc[1] + (5.0 if sty == "Jade" and svc[0] in ("Colour", "Highlights") else 0.0)
                if day >= D(2025, 4, 1) and svc[0] == "Cut & finish":
                    price += 3.0
                pay = spell(rng, pay_card) if rng.random() < 0.78 else spell(rng, pay_cash)
                entries.append((t, "Service", sty, svc[0], price, pay))
                recent_services.append((t, sty, svc[0], price, pay))
                if rng.random() < 0.22:
                    entries.append((t + dt.timedelta(minutes=1), "Tip", sty, "tip",
                                    float(rng.choice([2, 3, 5, 5, 10])), pay))
                if rng.random() < 0.18:
                    pr = rng.choice(products)
                    q = rng.choice([1, 1, 1, 2])
                    entries.append((t + dt.timedelta(minutes=2), "Retail", sty, pr[0] if q == 1 else f"{pr[0]} x{q}",
                                    round(pr[1] * q, 2), pay))
                t += dt.timedelta(minutes=rng.choice([30, 45, 60, 90]))
        if rng.random() < 0.12:
            v = float(rng.choice([25, 50, 50, 100]))
            entries.append((dt.datetime.combine(day, dt.time(16, 40)), "Gift voucher", "", f"voucher £{int(v)}", v,
                            spell(rng, pay_card)))
        if day.weekday() == 2 or rng.random() < 0.05:
            v = round(rng.uniform(60, 380), 2)
            entries.append((dt.datetime.combine(day, dt.time(8, 30)), "Supplies", "",
                            rng.choice(["colour stock", "foils and towels", "retail restock", "cleaning"]), -v,
                            "Bank transfer"))
        # refunds on earlier services
        if recent_services and rng.random() < 0.4:
            s = rng.choice(recent_services[-60:])
            amt = s[3] if rng.random() < 0.6 else round(s[3] / 2, 2)
            entries.append((dt.datetime.combine(day, dt.time(17, 10)), "Refund", s[1], f"refund {s[2].lower()}",
                            -amt, s[4]))
    entries.sort(key=lambda e: e[0])
    rows = []
    n = 0
    for e in entries:
        n += 1
        t = e[0]
        when = f"{t.day} {MON[t.month - 1]} {t.year} {t.strftime('%H:%M')}"
        sty = spell(rng, st_sp[e[2]]) if e[2] else ""
        rows.append([f"{n:05d}", when, spell(rng, kind_sp[e[1]]), sty, e[3], money(e[4]), e[5], ""])
        if rng.random() < 0.012 and e[1] in ("Service", "Retail"):
            # a keyed-twice line, voided
            n += 1
            rows.append([f"{n:05d}", when, spell(rng, kind_sp[e[1]]), sty, e[3], money(e[4]), e[5],
                         rng.choice(["VOID", "void", "Void"])])
    write("salon_till.csv", ["entry", "when", "kind", "stylist", "item", "amount", "paid_by", "status"], rows)


# ---------------------------------------------------------------------------------------------
# D. van hire (euros with decimal commas, two datetimes, total + deposit)


def vans():
    rng = random.Random(1604)
    vans_ = [("Small van", 65, 30), ("Transit", 85, 35), ("Luton", 110, 20), ("Minibus", 120, 15)]
    van_sp = {
        "Small van": [("Small van", 5), ("small van", 1), ("Small Van", 1)],
        "Transit": [("Transit", 6), ("TRANSIT", 1), ("transit ", 1)],
        "Luton": [("Luton", 6), ("luton", 1)],
        "Minibus": [("Minibus", 6), ("MiniBus", 1), ("minibus", 1)],
    }
    cust_sp = {"Private": [("Private", 5), ("private", 1), ("PRIVATE", 1)],
               "Business": [("Business", 5), ("business", 1), ("Business ", 1)]}
    stat_sp = {"Returned": [("Returned", 6), ("returned", 1), ("RETURNED", 1)],
               "Cancelled": [("Cancelled", 5), ("cancelled", 1)],
               "No-show": [("No-show", 3), ("no show", 1), ("No Show", 1)]}
    yes = [("Yes", 3), ("Y", 2), ("yes", 2), ("y", 1)]
    no = [("No", 4), ("N", 2), ("no", 2), ("n", 1), ("NO", 1)]

    def eur(v):
        whole = int(v)
        cents = round((v - whole) * 100)
        if whole >= 1000:
            w = f"{whole // 1000}.{whole % 1000:03d}"
        else:
            w = str(whole)
        s = f"{w},{cents:02d}"
        return rng.choice([f"€{s}", s, f"€ {s}", f"€{s}"])

    month_w = {3: 0.7, 4: 0.9, 5: 1.0, 6: 1.2, 7: 1.4, 8: 1.3, 9: 1.0, 10: 0.8}
    rows = []
    n = 0
    for day in days(D(2025, 3, 1), D(2025, 10, 31)):
        base = 4.2 * month_w[day.month] * (1.5 if day.weekday() in (4, 5) else (0.5 if day.weekday() == 6 else 1.0))
        k = max(0, int(round(base * rng.uniform(0.6, 1.4))))
        for _ in range(k):
            n += 1
            van, rate, _w = rng.choices(vans_, weights=[v[2] for v in vans_])[0]
            cust = "Business" if rng.random() < 0.35 else "Private"
            pick = dt.datetime.combine(day, dt.time(rng.choice([7, 8, 8, 9, 10, 11]), rng.choice([0, 0, 15, 30, 45])))
            ndays = rng.choices([1, 1, 1, 2, 2, 3, 4, 5, 7, 10, 14], k=1)[0]
            if cust == "Business" and rng.random() < 0.3:
                ndays = rng.choice([7, 14, 21])
            ret = pick + dt.timedelta(days=ndays - 1, hours=rng.randint(6, 14) if ndays == 1 else 0,
                                      minutes=rng.choice([0, 10, 25, 40, 55]))
            if ndays > 1:
                ret += dt.timedelta(hours=rng.randint(-3, 4))
            hours = (ret - pick).total_seconds() / 3600
            charged_days = max(1, -(-int(hours * 60) // (24 * 60)))
            st = spell(rng, [("Returned", 88), ("Cancelled", 8), ("No-show", 4)])
            deposit = 0.0 if cust == "Business" else (200.0 if van in ("Luton", "Minibus") else 100.0)
            km = ""
            dmg = ""
            if st == "Returned":
                kmv = int(rng.uniform(40, 260) * charged_days ** 0.8)
                excess = max(0, kmv - 200 * charged_days) * 0.25
                total = round(rate * charged_days * (0.9 if charged_days >= 7 else 1.0) + excess, 2)
                if rng.random() < 0.05:
                    km = rng.choice(["tbc", "unknown", "n/a"])
                else:
                    km = str(kmv)
                dmg = spell(rng, yes) if rng.random() < 0.07 else spell(rng, no)
                rstr = ret.strftime("%d/%m/%Y %H:%M")
                tstr = eur(total)
                dstr = eur(deposit) if deposit else rng.choice(["", "0,00", "€0,00"])
            elif st == "Cancelled":
                rstr = ""
                tstr = rng.choice(["", "0,00", "€0,00"])
                dstr = rng.choice(["", "0,00"])
            else:  # no-show: deposit kept, which is the whole charge
                rstr = ""
                tstr = eur(deposit) if deposit else rng.choice(["0,00", "€0,00"])
                dstr = eur(deposit) if deposit else rng.choice(["", "0,00"])
            rows.append([f"H{n:04d}", spell(rng, van_sp[van]), spell(rng, cust_sp[cust]),
                         pick.strftime("%d/%m/%Y %H:%M"), rstr, km, tstr, dstr, dmg, spell(rng, stat_sp[st])])
    write("van_hires.csv", ["hire_no", "van", "customer_type", "picked_up", "returned", "km_driven", "total",
                            "deposit", "damage", "status"], rows)


# ---------------------------------------------------------------------------------------------
# E. dog walking


def dogs():
    rng = random.Random(1605)
    names = ["Biscuit", "Luna", "Max", "Bella", "Teddy", "Poppy", "Alfie", "Daisy", "Milo", "Rosie", "Bear",
             "Willow", "Otis", "Nala", "Archie", "Hazel", "Buster", "Maple", "Ziggy", "Pepper", "Scout", "Olive",
             "Winston", "Ruby", "Bruno", "Honey", "Fudge", "Coco", "Rex", "Skye", "Barney", "Juno", "Monty",
             "Tilly", "Murphy", "Penny", "Chester", "Mabel", "Ralph", "Dot"]
    owners = ["Ahmed", "Baker", "Clarke", "Dunn", "Evans", "Fisher", "Grant", "Hughes", "Iqbal", "Jones", "Khan",
              "Lewis", "Moore", "Nolan", "Owens", "Patel", "Reid", "Shaw", "Turner", "Walsh"]
    dogs_ = []
    for i, nm in enumerate(names):
        dogs_.append({"dog": nm, "owner": f"{owners[i % len(owners)]}",
                      "w": rng.choice([1, 1, 2, 3]) + (4 if nm == "Biscuit" else 0),
                      "since": D(2025, 1, 6) + dt.timedelta(days=rng.choice([0, 0, 0, 0, 14, 35, 60, 90]))})
    walkers = {"Hannah": 7, "Luis": 6, "Beth": 4}
    w_sp = {"Hannah": [("Hannah", 6), ("hannah", 1), ("HANNAH", 1)],
            "Luis": [("Luis", 6), ("Luis ", 1), ("luis", 1)],
            "Beth": [("Beth", 6), ("beth", 1)]}
    types = [("Group walk", 60, 20.0, 50), ("Solo walk", 45, 28.0, 30), ("Puppy visit", 30, 15.0, 20)]
    t_sp = {"Group walk": [("Group walk", 5), ("group walk", 1), ("Group Walk", 1), ("GROUP WALK", 1)],
            "Solo walk": [("Solo walk", 5), ("Solo  walk", 1), ("solo walk", 1)],
            "Puppy visit": [("Puppy visit", 5), ("puppy visit ", 1)]}
    rows = []
    n = 0
    for day in days(D(2025, 1, 6), D(2025, 6, 27)):
        if day.weekday() >= 5:
            continue
        if day in (D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5), D(2025, 5, 26)):
            continue
        for walker, base in walkers.items():
            if walker == "Beth" and day < D(2025, 3, 3):
                continue
            if walker == "Luis" and D(2025, 3, 10) <= day <= D(2025, 3, 21):
                continue
            k = base + rng.randint(-2, 2) + (2 if walker == "Beth" and day.month >= 4 else 0)
            if day.weekday() == 0:
                k += 1
            t = dt.datetime.combine(day, dt.time(8, 0))
            eligible = [d for d in dogs_ if d["since"] <= day]
            for _ in range(max(0, k)):
                n += 1
                dg = rng.choices(eligible, weights=[d["w"] for d in eligible])[0]
                typ, mins, price, _w = rng.choices(types, weights=[x[3] for x in types])[0]
                if day >= D(2025, 4, 1) and typ == "Group walk":
                    price = 22.0
                st = spell(rng, [("Done", 90), ("Cancelled", 10)])
                if st == "Done":
                    if rng.random() < 0.05:
                        m = rng.choice(["n/a", "unknown", ""])
                    else:
                        m = str(mins + rng.choice([-5, 0, 0, 0, 5, 5, 10]))
                    p = rng.choice([f"${price:.2f}", f"{price:g}", f"${price:g}"])
                    paid = spell(rng, [("yes", 4), ("Y", 2), ("Yes", 2), ("paid", 1)]) if rng.random() < 0.9 else \
                        spell(rng, [("no", 3), ("N", 2), ("No", 1), ("unpaid", 1)])
                    stt = spell(rng, [("Done", 6), ("done", 1), ("DONE", 1)])
                else:
                    m = ""
                    p = rng.choice(["", "$0.00", "0"])
                    paid = ""
                    stt = spell(rng, [("Cancelled", 4), ("cancelled", 1), ("Canceled", 1)])
                rows.append([f"W{n:05d}", day.isoformat(), t.strftime("%H:%M"), dg["dog"], dg["owner"],
                             spell(rng, w_sp[walker]), spell(rng, t_sp[typ]), m, p, paid, stt])
                t += dt.timedelta(minutes=mins + 15)
    write("dog_walks.csv", ["walk_id", "date", "time", "dog", "owner", "walker", "walk_type", "minutes", "price",
                            "paid", "status"], rows)


if __name__ == "__main__":
    driving()
    campsite()
    salon()
    vans()
    dogs()
