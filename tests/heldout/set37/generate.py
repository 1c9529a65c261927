#!/usr/bin/env python3
"""Writes the CSV files of held-out set 37 into data/. Seeded (37001-37005, one per dataset), standard
library only, byte-for-byte reproducible: running it twice gives identical files.

Datasets (all made up):
  staff_leave.csv + staff_list.csv   an office manager's leave log for a ~150-person company, and its staff list
  holiday_club_bookings.csv          a kids' summer holiday club's booking form export (two summers)
  house_share_expenses.csv           four housemates' shared expenses sheet (two tenancy years)
  community_car_trips.csv + passengers.csv
                                     a village volunteer car scheme's trip log, and its passenger register
  geocaching_log.csv                 a hobby geocacher's log (Oregon, 2023 - mid 2025)
"""

import csv
import datetime as dt
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
D = dt.date


def write(name, header, rows):
    DATA.mkdir(exist_ok=True)
    with open(DATA / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for row in rows:
            w.writerow(row)


def wchoice(r, pairs):
    """pairs: list of (value, weight)."""
    total = sum(w for _, w in pairs)
    x = r.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def money(r, v, styles=("£{:,.2f}", "{:.2f}", "£{:,.2f}")):
    s = r.choice(styles)
    if "{:" in s:
        return s.format(v)
    return s


# ============================================================================================
# 1. staff leave log + staff list (seed 37001)

BANK_HOLIDAYS = {
    D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6), D(2024, 5, 27), D(2024, 8, 26),
    D(2024, 12, 25), D(2024, 12, 26), D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 5),
    D(2025, 5, 26), D(2025, 8, 25),
}


def is_workday(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def workdays_in_month(y, m):
    d = D(y, m, 1)
    out = []
    while d.month == m:
        if is_workday(d):
            out.append(d)
        d += dt.timedelta(days=1)
    return out


STAFF_FIRST = ["Sarah", "James", "Emma", "Daniel", "Olivia", "Tom", "Sophie", "Ben", "Hannah", "Luke", "Chloe",
               "Ryan", "Amy", "Adam", "Laura", "Josh", "Rachel", "Matt", "Katie", "Chris", "Jess", "Sam", "Gemma",
               "Liam", "Zara", "Mohammed", "Aisha", "Priya", "Raj", "Fatima", "Kwame", "Grace", "Ewan", "Niamh",
               "Gareth", "Rhian", "Callum", "Eilidh", "Tomasz", "Agnieszka", "Marco", "Lucia", "Dave", "Karen",
               "Paul", "Helen", "Steve", "Nicola", "Andy", "Claire", "Mark", "Lisa", "Neil", "Joanne", "Imran",
               "Sana", "Oliver", "Megan", "Harry", "Ellie"]
STAFF_LAST = ["Okafor", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
              "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
              "Jackson", "Clarke", "Khan", "Hughes", "Edwards", "Hussain", "Turner", "Hill", "Moore", "Cooper",
              "Ward", "Morris", "King", "Watson", "Harrison", "Morgan", "Baker", "Pryce", "Nowak", "Rossi",
              "Kaur", "Ali", "Begum", "Mensah", "Campbell", "Murray", "Kelly", "Doyle", "Reid", "Fraser"]

TEAMS = [("Customer Services", 34, ["Customer Services", "Customer Service", "Cust Services", "customer services"]),
         ("Operations", 28, ["Operations", "Ops", "operations"]),
         ("Sales", 26, ["Sales", "sales", "Sales team"]),
         ("Finance", 16, ["Finance", "Accounts", "finance"]),
         ("IT", 14, ["IT", "I.T.", "IT Support"]),
         ("Marketing", 12, ["Marketing", "marketing", "Mktg"]),
         ("HR", 8, ["HR", "People (HR)", "Human Resources"]),
         ("Facilities", 6, ["Facilities", "facilities"]),
         ("Leadership", 8, ["Leadership", "Senior Leadership", "SLT"])]

TITLES = {"Customer Services": ["Customer Service Advisor", "Senior Advisor", "Team Leader"],
          "Operations": ["Operations Coordinator", "Planner", "Operations Analyst", "Team Leader"],
          "Sales": ["Account Manager", "Sales Executive", "Business Development Manager"],
          "Finance": ["Accounts Assistant", "Management Accountant", "Credit Controller"],
          "IT": ["IT Support Analyst", "Developer", "Systems Administrator"],
          "Marketing": ["Marketing Executive", "Content Writer", "Designer"],
          "HR": ["HR Advisor", "Recruiter", "Payroll Officer"],
          "Facilities": ["Facilities Assistant", "Office Manager"],
          "Leadership": ["Director", "Head of Department"]}

ANNUAL_TYPES = [("Annual leave", 50), ("AL", 20), ("Holiday", 15), ("annual leave", 10), ("Hols", 5)]
SICK_TYPES = [("Sick", 40), ("Sickness", 30), ("Sick leave", 20), ("ill", 5), ("Sickness absence", 5)]
TOIL_TYPES = [("TOIL", 60), ("Time off in lieu", 25), ("toil", 15)]
UNPAID_TYPES = [("Unpaid leave", 60), ("Unpaid", 40)]
COMP_TYPES = [("Compassionate", 50), ("Bereavement", 25), ("Compassionate leave", 25)]
APPT_TYPES = [("Medical appt", 35), ("Dentist", 20), ("Doctor's appt", 25), ("Hospital appt", 20)]
APPROVED = [("Approved", 55), ("approved", 15), ("OK", 8), ("Authorised", 12), ("Booked", 10)]
PENDING = [("Pending", 60), ("Awaiting approval", 25), ("pending", 15)]
DECLINED = [("Declined", 50), ("Rejected", 25), ("Not approved", 25)]
CANCELLED = [("Cancelled", 40), ("Canceled", 15), ("Withdrawn", 25), ("Cancelled by employee", 20)]
SICK_STATUS = [("", 35), ("n/a", 20), ("Recorded", 20), ("Self-cert", 15), ("Fit note", 10)]


def days_text(r, n):
    if n == 0.5:
        return wchoice(r, [("0.5", 50), ("half day", 25), ("½ day", 10), ("Half", 10), (".5", 5)])
    if n == int(n):
        k = int(n)
        return wchoice(r, [(str(k), 60), (f"{k} days" if k != 1 else "1 day", 30), (f"{k}.0", 10)])
    return wchoice(r, [(f"{n:g}", 70), (f"{n:g} days", 30)])


def name_variant(r, first, last):
    return wchoice(r, [(f"{first} {last}", 55), (f"{first} {last[0]}", 15), (f"{first[0]} {last}", 10),
                       (f"{first} {last}".lower(), 8), (first, 7), (f"{first}  {last}", 5)])


def gen_leave():
    r = random.Random(37001)
    nums = sorted(r.sample(range(1, 176), 152))
    pairs = set()
    staff = []
    team_pool = []
    for t, n, _ in TEAMS:
        team_pool += [t] * n
    r.shuffle(team_pool)
    for i, num in enumerate(nums):
        while True:
            fn, ln = r.choice(STAFF_FIRST), r.choice(STAFF_LAST)
            if (fn, ln) not in pairs and not (fn == "Gareth" and ln == "Pryce"):
                break
        pairs.add((fn, ln))
        team = team_pool[i]
        if team == "Customer Services":
            office = wchoice(r, [("Manchester", 70), ("Leeds", 28), ("Remote", 2)])
        else:
            office = wchoice(r, [("Leeds", 66), ("Manchester", 24), ("Remote", 10)])
        staff.append({"num": num, "first": fn, "last": ln, "team": team, "office": office})
    # the long-term sick member of staff
    lt = next(s for s in staff if s["team"] == "Operations" and s["office"] == "Leeds")
    lt["first"], lt["last"] = "Gareth", "Pryce"
    for s in staff:
        if r.random() < 0.08:
            s["start"] = D(2024, 1, 1) + dt.timedelta(days=r.randint(20, 250))
        else:
            s["start"] = D(2008, 1, 1) + dt.timedelta(days=r.randint(0, 5800))
        years = (D(2024, 1, 1) - s["start"]).days / 365.25
        s["pt"] = r.random() < 0.1
        base = 25 + min(3, max(0, int((years - 3) // 2))) if years > 0 else 25
        if s["pt"]:
            base = 15
        if s["start"].year == 2024:
            months_left = 12 - s["start"].month + 1
            base = round(base * months_left / 12 * 2) / 2
        s["allow"] = base
    lt["start"] = D(2016, 4, 11)
    lt["allow"] = 27
    lt["pt"] = False

    managers = {}
    for t, _, _ in TEAMS:
        cand = [s for s in staff if s["team"] == t]
        m = cand[0]
        managers[t] = [f"{m['first']} {m['last']}", m["first"], f"{m['first']} {m['last'][0]}"]

    rows = []  # dicts
    taken = {s["num"]: set() for s in staff}

    def free_days(s, days):
        return all(d not in taken[s["num"]] and d >= s["start"] for d in days)

    def place(s, y, m, n, wd_weights=None):
        wds = workdays_in_month(y, m)
        span = max(1, int(n + 0.5)) if n >= 1 else 1
        starts = list(range(0, len(wds) - span + 1))
        r.shuffle(starts)
        if wd_weights:
            want = wchoice(r, list(wd_weights.items()))
            starts.sort(key=lambda i: wds[i].weekday() != want)
        for i in starts:
            days = wds[i:i + span]
            if free_days(s, days):
                return days
        return None

    def add(s, kind, days, n, status, requested=None, notes=""):
        for d in days:
            taken[s["num"]].add(d)
        rows.append({"s": s, "kind": kind, "from": days[0], "to": days[-1], "n": n, "status": status,
                     "req": requested, "notes": notes})

    LEN_W = [(0.5, 6), (1, 10), (2, 7), (3, 7), (4, 5), (5, 18), (6, 2), (8, 2), (9, 3), (10, 9)]
    MONTH_W = {1: 3, 2: 5, 3: 3, 4: 8, 5: 8, 6: 8, 7: 13, 8: 18, 9: 6, 10: 8, 11: 4, 12: 9}

    for s in staff:
        if s["team"] == "Leadership":
            left = wchoice(r, [(0, 20), (2, 10), (6, 25), (8, 25), (10, 20)])
        else:
            left = wchoice(r, [(0, 66), (0.5, 4), (1, 6), (2, 6), (3, 5), (4, 3), (6, 4), (7, 3), (9, 3)])
        target = max(0, s["allow"] - left)
        if s["num"] == lt["num"]:
            target = 17
        got = 0
        tries = 0
        while got < target and tries < 400:
            tries += 1
            rem = target - got
            n = wchoice(r, [(v, w) for v, w in LEN_W if v <= rem])
            months = [mm for mm in range(1, 13) if D(2024, mm, 28) >= s["start"]]
            if s["num"] == lt["num"]:
                months = [mm for mm in months if mm not in (11, 12)]
            mm = wchoice(r, [(x, MONTH_W[x]) for x in months])
            days = place(s, 2024, mm, n)
            if not days:
                continue
            lead = r.randint(14, 120) if n >= 5 else (r.randint(2, 60) if n >= 1 else r.randint(0, 14))
            add(s, "annual", days, n, "approved", days[0] - dt.timedelta(days=lead))
            got += n
        # Q1 2025 and later
        for _ in range(wchoice(r, [(0, 30), (1, 45), (2, 25)])):
            n = wchoice(r, [(0.5, 10), (1, 30), (2, 15), (3, 10), (5, 15)])
            days = place(s, 2025, r.choice([1, 2, 2, 3, 3]), n)
            if days:
                add(s, "annual", days, n, "approved", days[0] - dt.timedelta(days=r.randint(3, 50)))
        if r.random() < 0.4:
            n = wchoice(r, [(1, 20), (3, 20), (5, 40), (10, 20)])
            days = place(s, 2025, r.choice([4, 5, 6, 7]), n)
            if days:
                req = D(2025, 3, 31) - dt.timedelta(days=r.randint(0, 80))
                add(s, "annual", days, n, "approved", req)
        if r.random() < 0.26:
            n = wchoice(r, [(1, 20), (2, 20), (5, 40), (10, 20)])
            days = place(s, 2025, r.choice([5, 6, 7, 8, 8]), n)
            if days:
                req = D(2025, 3, 31) - dt.timedelta(days=r.randint(0, 20))
                add(s, "annual", days, n, "pending", req)
    # declined and cancelled holiday requests (2024), not taken
    pool = [s for s in staff if s["start"] < D(2024, 1, 1)]
    for kind, count in (("declined", 23), ("cancelled", 31)):
        k = 0
        while k < count:
            s = r.choice(pool)
            mm = wchoice(r, [(8, 5), (12, 4), (7, 3), (4, 2), (10, 1), (6, 1)] if kind == "declined"
                         else [(x, MONTH_W[x]) for x in range(1, 13)])
            n = wchoice(r, [(1, 20), (2, 15), (3, 10), (5, 35), (10, 20)])
            wds = workdays_in_month(2024, mm)
            i = r.randint(0, len(wds) - int(n))
            days = wds[i:i + int(n)]
            lead = r.randint(10, 90)
            rows.append({"s": s, "kind": "annual", "from": days[0], "to": days[-1], "n": n, "status": kind,
                         "req": days[0] - dt.timedelta(days=lead), "notes": ""})
            k += 1
    # sickness
    SICK_LEN = [(0.5, 5), (1, 40), (2, 22), (3, 14), (4, 6), (5, 8)]
    SICK_MONTH = {1: 14, 2: 12, 3: 9, 4: 7, 5: 6, 6: 5, 7: 5, 8: 4, 9: 6, 10: 8, 11: 10, 12: 11}
    WD = {0: 3.0, 1: 1.3, 2: 1.1, 3: 1.1, 4: 1.5}
    for s in staff:
        rate = 1.25 * (1.7 if s["team"] == "Customer Services" else 1.0)
        if s["team"] == "Leadership":
            rate = 0.6
        spells = sum(1 for _ in range(8) if r.random() < rate / 8)
        for _ in range(spells):
            n = wchoice(r, SICK_LEN)
            months = [m for m in range(1, 13) if D(2024, m, 28) >= s["start"]]
            mm = wchoice(r, [(m, SICK_MONTH[m]) for m in months])
            days = place(s, 2024, mm, n, WD)
            if days:
                add(s, "sick", days, n, "sick", None, wchoice(r, [("", 50), ("self-cert", 15), ("flu", 8),
                                                                   ("D&V", 8), ("back pain", 6), ("migraine", 6),
                                                                   ("fit note", 7)]))
        # Q1 2025: a flu winter
        spells = sum(1 for _ in range(6) if r.random() < (0.75 if s["team"] != "Leadership" else 0.3) / 6)
        for _ in range(spells):
            n = wchoice(r, SICK_LEN)
            days = place(s, 2025, r.choice([1, 1, 2, 3]), n, WD)
            if days:
                add(s, "sick", days, n, "sick", None, wchoice(r, [("", 50), ("flu", 25), ("self-cert", 15),
                                                                   ("covid", 10)]))
    # the long-term sickness (one row across two months)
    wds = [d for d in (D(2024, 11, 4) + dt.timedelta(days=i) for i in range(45)) if is_workday(d)][:30]
    for d in wds:
        taken[lt["num"]].discard(d)
    add(lt, "sick", wds, 30, "sick", None, "fit note - back surgery")
    # TOIL, unpaid, compassionate, appointments
    for kind, count, lens in (("toil", 58, [(0.5, 40), (1, 60)]), ("unpaid", 8, [(1, 40), (2, 20), (5, 40)]),
                              ("comp", 6, [(1, 20), (3, 40), (5, 40)]), ("appt", 47, [(0.5, 85), (1, 15)])):
        k = 0
        while k < count:
            s = r.choice(staff)
            y, mm = r.choice([(2024, m) for m in range(1, 13)] + [(2025, 1), (2025, 2), (2025, 3)])
            if D(y, mm, 28) < s["start"]:
                continue
            n = wchoice(r, lens)
            days = place(s, y, mm, n)
            if not days:
                continue
            req = days[0] - dt.timedelta(days=r.randint(0, 2 if kind == "comp" else 21))
            add(s, kind, days, n, "approved", req)
            k += 1

    # write order: by the date the entry was made (request date, or the first day for sickness)
    def entry_date(x):
        return (x["req"] or x["from"], x["from"], x["s"]["num"])
    rows.sort(key=entry_date)
    out = []
    for i, x in enumerate(rows, 1):
        s = x["s"]
        v = r.random()
        num = str(s["num"]).zfill(3) if v < 0.6 else (str(s["num"]) if v < 0.95 else str(s["num"]).zfill(4))
        name = name_variant(r, s["first"], s["last"])
        kind = x["kind"]
        typ = wchoice(r, {"annual": ANNUAL_TYPES, "sick": SICK_TYPES, "toil": TOIL_TYPES, "unpaid": UNPAID_TYPES,
                          "comp": COMP_TYPES, "appt": APPT_TYPES}[kind])
        st = x["status"]
        status = wchoice(r, {"approved": APPROVED, "pending": PENDING, "declined": DECLINED,
                             "cancelled": CANCELLED, "sick": SICK_STATUS}[st])
        if st == "pending" and r.random() < 0.3:
            dtxt = wchoice(r, [("tbc", 60), ("?", 20), ("", 20)])
        else:
            dtxt = days_text(r, x["n"])
        if x["n"] == 0.5 and r.random() < 0.5:
            note = r.choice(["am", "pm", "afternoon", "morning"])
        else:
            note = x["notes"]
        if st == "cancelled" and r.random() < 0.5:
            note = r.choice(["changed plans", "trip cancelled", "moved to later date", "no longer needed"])
        if st == "declined" and r.random() < 0.6:
            note = r.choice(["too many off that week", "team cover", "busy period", "clashes with year end"])
        mgr = r.choice(managers[s["team"]]) if st in ("approved", "declined", "cancelled") else ""
        req = x["req"].strftime("%d/%m/%Y") if x["req"] else ""
        out.append([f"LV{i:04d}", num, name, typ, x["from"].strftime("%d/%m/%Y"), x["to"].strftime("%d/%m/%Y"),
                    dtxt, req, status, mgr, note])
    write("staff_leave.csv", ["Ref", "Staff No", "Name", "Leave type", "From", "To", "Days", "Date requested",
                              "Status", "Approved by", "Notes"], out)

    team_var = {t: v for t, _, v in TEAMS}
    lst = []
    for s in staff:
        team = s["team"] if r.random() < 0.75 else r.choice(team_var[s["team"]])
        office = {"Leeds": ["Leeds", "Leeds", "Leeds HQ", "leeds"],
                  "Manchester": ["Manchester", "Manchester", "Manchester office", "MCR"],
                  "Remote": ["Remote", "Home-based", "remote"]}[s["office"]]
        hours = wchoice(r, [("Part time", 40), ("PT (3 days)", 30), ("22.5", 30)]) if s["pt"] else \
            wchoice(r, [("Full time", 50), ("FT", 25), ("37.5", 25)])
        allow = s["allow"]
        a = f"{allow:g}"
        atxt = wchoice(r, [(a, 60), (f"{a} days", 30), (f"{a} (pro rata)" if s["pt"] or s["start"].year == 2024
                                                        else a, 10)])
        lst.append([str(s["num"]).zfill(3), f"{s['first']} {s['last']}", team, r.choice(office),
                    r.choice(TITLES[s["team"]]), s["start"].strftime("%d/%m/%Y"), hours, atxt])
    write("staff_list.csv", ["Staff No", "Name", "Team", "Office", "Job title", "Start date", "Hours",
                             "Holiday allowance 2024 (days)"], lst)


# ============================================================================================
# 2. holiday club booking form (seed 37002)

KID_FIRST = ["Olivia", "Amelia", "Isla", "Ava", "Ivy", "Freya", "Lily", "Florence", "Mia", "Willow", "Rosie",
             "Sophia", "Isabella", "Grace", "Daisy", "Sienna", "Poppy", "Evie", "Elsie", "Harper", "Noah",
             "Oliver", "George", "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Archie", "Henry", "Theodore",
             "Freddie", "Jack", "Charlie", "Theo", "Alfie", "Jacob", "Thomas", "Finley", "Arlo", "Reggie", "Ruby",
             "Maya", "Zainab", "Yusuf", "Kai", "Ezra", "Albie"]
PARENT_FIRST = ["Claire", "Sarah", "Emma", "Laura", "Rachel", "Kate", "Lucy", "Jo", "Nicola", "Gemma", "Vicky",
                "Hannah", "Becky", "Louise", "Amy", "Sam", "Mark", "Dan", "Chris", "James", "Rob", "Tom", "Ali",
                "Priya", "Nadia", "Fiona", "Jenny", "Helen"]
SURNAMES = ["Bennett", "Carter", "Foster", "Hughes", "Ellis", "Mason", "Lawson", "Pearce", "Shaw", "Stevens",
            "Holland", "Gibson", "Knight", "Barker", "Fletcher", "Reeves", "Hart", "Dunn", "Webb", "Pugh",
            "Sutton", "Rahman", "Iqbal", "Kowalski", "Ahmed", "Lloyd", "Chapman", "Marsh", "Wells", "Burton",
            "Booth", "Nash", "Hyde", "Quinn", "Payne", "Riley", "Frost", "Bishop", "Kemp", "Lowe", "Poole",
            "Cross", "Day", "Fox", "Hunt", "Lamb", "Page", "Rowe", "Stone", "Tate", "Vaughan", "Walsh", "Yates",
            "Ball", "Coles", "Dale", "Eaton", "Field", "Gill", "Hodge"]

WEEKS = {2024: ["Week 1 (22-26 July)", "Week 2 (29 July - 2 August)", "Week 3 (5-9 August)",
                "Week 4 (12-16 August)", "Week 5 (19-23 August)", "Week 6 (27-30 August)"],
         2025: ["Week 1 (21-25 July)", "Week 2 (28 July - 1 August)", "Week 3 (4-8 August)",
                "Week 4 (11-15 August)", "Week 5 (18-22 August)", "Week 6 (26-29 August)"]}
WEEK_W = {2024: [24, 20, 26, 17, 13, 9], 2025: [27, 19, 33, 18, 14, 9]}
PRICE = {2024: {"full": 130.0, "morn": 70.0}, 2025: {"full": 140.0, "morn": 75.0}}

NEEDS = ["Nut allergy - carries an EpiPen", "Asthma, inhaler in bag", "Eczema", "Autistic - may need quiet time",
         "Dairy free please", "Hay fever", "Type 1 diabetes (we will send a care plan)", "ADHD",
         "Coeliac - no gluten", "Egg allergy", "Wears glasses", "Mild asthma", "Allergic to bee stings",
         "No allergies but has asthma", "Not allergies, but he has ADHD"]
NONE_NEEDS = [("No", 30), ("None", 25), ("no", 10), ("N/A", 8), ("n/a", 6), ("-", 5), ("Nope", 4),
              ("Nothing", 4), ("none", 4), ("", 4)]


def gen_holiday_club():
    r = random.Random(37002)
    used = set()

    def kid_name(surname):
        while True:
            fn = r.choice(KID_FIRST)
            if (fn, surname) not in used:
                used.add((fn, surname))
                return fn

    fams2024 = []
    surnames = SURNAMES[:]
    r.shuffle(surnames)
    for i in range(96):
        sn = surnames[i % len(surnames)] if i < len(surnames) else r.choice(SURNAMES)
        nkids = wchoice(r, [(1, 62), (2, 30), (3, 8)])
        kids = [{"first": kid_name(sn), "last": sn, "age": r.randint(4, 11)} for _ in range(nkids)]
        fams2024.append({"parent": f"{r.choice(PARENT_FIRST)} {sn}", "kids": kids,
                         "phone": f"07700 900{r.randint(0, 999):03d}"})
    fams2025 = []
    ret = r.sample(fams2024, 40)
    for f in ret:
        kids = [{"first": k["first"], "last": k["last"], "age": k["age"] + 1, "returning": True}
                for k in f["kids"] if k["age"] + 1 <= 11]
        if r.random() < 0.25:
            kids.append({"first": kid_name(f["kids"][0]["last"]), "last": f["kids"][0]["last"], "age": 4})
        if kids:
            fams2025.append({"parent": f["parent"], "kids": kids, "returning": True, "phone": f["phone"]})
    for i in range(84):
        sn = r.choice(SURNAMES)
        nkids = wchoice(r, [(1, 60), (2, 32), (3, 8)])
        kids = [{"first": kid_name(sn), "last": sn, "age": r.randint(4, 11)} for _ in range(nkids)]
        fams2025.append({"parent": f"{r.choice(PARENT_FIRST)} {sn}", "kids": kids, "returning": False,
                         "phone": f"07700 900{r.randint(0, 999):03d}"})

    HEARD = {2024: [("School newsletter", 30), ("Facebook", 26), ("A friend or family member", 20),
                    ("Poster or leaflet", 12), ("Other", 12)],
             2025: [("Facebook", 34), ("School newsletter", 21), ("A friend or family member", 17),
                    ("Poster or leaflet", 8), ("Other", 8)]}
    OTHER_HEARD = ["saw the banner outside school", "Mumsnet", "friend told me", "Nextdoor app",
                   "my sister", "noticeboard at the library", "a mum at the school gate"]
    out = []
    for year, fams in ((2024, fams2024), (2025, fams2025)):
        launch = D(2024, 2, 19) if year == 2024 else D(2025, 3, 3)
        close = D(year, 7, 18)
        forms = []
        for f in fams:
            # booking date: a spike on launch day, then tailing off
            if r.random() < (0.18 if year == 2025 else 0.13):
                day = launch
            else:
                span = (close - launch).days
                day = launch + dt.timedelta(days=int(span * (r.random() ** 1.6)))
            if year == 2025 and f.get("returning"):
                heard = wchoice(r, [("We came last year", 65), ("Facebook", 20), ("School newsletter", 15)])
            else:
                heard = wchoice(r, HEARD[year])
                if heard == "Other":
                    heard = r.choice(OTHER_HEARD)
            weeks_fam = None
            mode_fam = None
            for j, k in enumerate(f["kids"]):
                nweeks = wchoice(r, [(1, 26), (2, 26), (3, 18), (4, 11), (5, 6), (6, 9)])
                if weeks_fam is not None and r.random() < 0.8:
                    weeks = weeks_fam
                else:
                    weeks = set()
                    while len(weeks) < nweeks:
                        weeks.add(wchoice(r, list(enumerate(WEEK_W[year]))))
                    weeks = sorted(weeks)
                weeks_fam = weeks
                if mode_fam is not None and r.random() < 0.85:
                    mode = mode_fam
                else:
                    mode = "morn" if r.random() < (0.45 if k["age"] <= 6 else 0.2) else "full"
                mode_fam = mode
                sib = j > 0
                t = dt.datetime.combine(day, dt.time(0)) + dt.timedelta(
                    seconds=r.randint(6 * 3600, 23 * 3600) if day != launch else r.randint(9 * 3600, 22 * 3600))
                t += dt.timedelta(seconds=j * r.randint(90, 400))
                forms.append({"t": t, "parent": f["parent"], "phone": f["phone"], "kid": k, "weeks": weeks, "mode": mode, "sib": sib,
                              "heard": heard, "year": year})
        r.shuffle(forms)
        # cancellations and duplicates
        ncanc = 9 if year == 2024 else 11
        for fo in forms[:ncanc]:
            fo["cancel"] = True
        for fo in forms:
            fo.setdefault("cancel", False)
        dups = []
        for fo in forms[ncanc:ncanc + (5 if year == 2024 else 6)]:
            d = dict(fo)
            d["t"] = fo["t"] + dt.timedelta(seconds=r.randint(40, 3000))
            d["dup"] = True
            dups.append(d)
        forms += dups
        forms.sort(key=lambda x: x["t"])
        for fo in forms:
            k = fo["kid"]
            pay = PRICE[year][fo["mode"]] * len(fo["weeks"]) * (0.9 if fo["sib"] else 1.0)
            if fo.get("dup"):
                paid = wchoice(r, [("", 50), ("see above", 30), ("-", 20)])
                note = wchoice(r, [("DUPLICATE - ignore", 40), ("dup (sent twice)", 30), ("Duplicate", 30)])
            elif fo["cancel"]:
                paid = wchoice(r, [("refunded", 50), ("Refunded", 30), ("REFUNDED", 20)])
                note = wchoice(r, [("Cancelled - family holiday", 30), ("cancelled", 30),
                                   ("Cancelled, moving away", 20), ("Cancelled (illness)", 20)])
            else:
                unpaid = r.random() < (0.06 if year == 2024 else 0.14)
                if unpaid:
                    paid = wchoice(r, [("", 50), ("not paid", 30), ("due", 20)])
                else:
                    paid = money(r, pay, ("£{:,.2f}", "{:g}", "£{:g}"))
                note = wchoice(r, [("", 70), ("Paid cash", 8), ("Tax-Free Childcare", 10), ("Collect by Gran", 6),
                                   ("Bank transfer", 6)])
            age = k["age"]
            agetxt = wchoice(r, [(str(age), 60), (f"{age} years", 15), (f"{age}yrs", 10), (f"age {age}", 5),
                                 (f"{age} years old", 10)])
            if r.random() < 0.015:
                agetxt = r.choice(["?", ""])
            need = r.choice(NEEDS) if r.random() < 0.19 else wchoice(r, NONE_NEEDS)
            kidname = f"{k['first']} {k['last']}"
            if r.random() < 0.08:
                kidname = kidname.lower()
            elif r.random() < 0.05:
                kidname = kidname.upper()
            elif r.random() < 0.05:
                kidname = kidname + " "
            wk = ", ".join(WEEKS[fo["year"]][i] for i in fo["weeks"])
            if fo["year"] == 2024:
                mode = "Full days" if fo["mode"] == "full" else "Mornings only"
                photo = "Yes" if r.random() < 0.83 else "No"
            else:
                mode = "Full days (9am-3pm)" if fo["mode"] == "full" else "Mornings (9am-12 noon)"
                photo = "Yes, that's fine" if r.random() < 0.8 else "No, please don't"
            phone = fo["phone"]
            out.append([fo["t"].strftime("%d/%m/%Y %H:%M:%S"), fo["parent"], phone, kidname, agetxt, wk, mode,
                        need, photo, fo["heard"], "Yes" if fo["sib"] else "No", paid, note])
    header = ["Timestamp", "Parent or carer's full name", "Best contact phone number", "Child's full name",
              "Child's age on 1st July", "Which week(s) would you like to book? (tick all that apply)",
              "Would you like full days (9am-3pm) or mornings only (9am-12 noon)?",
              "Does your child have any allergies, medical conditions or additional needs we should know about?",
              "Are you happy for your child to appear in photos on our Facebook page?",
              "How did you hear about the holiday club?",
              "Is this a second or further child from the same family? (10% sibling discount)",
              "Amount paid (office use only)", "Notes (office use only)"]
    write("holiday_club_bookings.csv", header, out)


# ============================================================================================
# 3. house share expenses (seed 37003)

PEOPLE = ["Jess", "Tom", "Priya", "Callum"]
PAYER_SPELL = {"Jess": [("Jess", 70), ("jess", 15), ("J", 10), ("Jessica", 5)],
               "Tom": [("Tom", 70), ("tom", 10), ("Tom B", 10), ("TOM", 10)],
               "Priya": [("Priya", 70), ("priya", 15), ("P", 10), ("Pri", 5)],
               "Callum": [("Callum", 55), ("Cal", 30), ("callum", 10), ("Callum M", 5)]}
CAT_SPELL = {"groceries": [("Food shop", 40), ("Groceries", 30), ("food", 15), ("Shopping", 15)],
             "energy": [("Energy", 45), ("Gas & elec", 25), ("energy", 15), ("Electric/gas", 15)],
             "water": [("Water", 80), ("water", 20)],
             "internet": [("Broadband", 50), ("Wifi", 30), ("Internet", 20)],
             "tv": [("TV licence", 100)],
             "streaming": [("Netflix", 70), ("Streaming", 30)],
             "household": [("Household", 40), ("Cleaning", 25), ("House stuff", 25), ("household", 10)],
             "takeaway": [("Takeaway", 45), ("Takeaways", 25), ("takeaway", 15), ("Take away", 15)],
             "social": [("House party", 40), ("Social", 40), ("Drinks", 20)],
             "furniture": [("Furniture", 60), ("Furniture/repairs", 40)],
             "settle": [("Settle up", 50), ("Paid back", 30), ("Transfer", 20)]}


def gen_house_share():
    r = random.Random(37003)
    rows = []  # (date, what, cat, amount or None, payer, split list, note, amount_text_override)

    def add(d, what, cat, amt, payer, split=None, note="", txt=None):
        rows.append({"d": d, "what": what, "cat": cat, "amt": amt, "payer": payer,
                     "split": split or PEOPLE[:], "note": note, "txt": txt})

    start, end = D(2023, 9, 1), D(2025, 8, 31)
    # monthly bills
    d = D(2023, 9, 1)
    month_energy = {1: 168, 2: 150, 3: 128, 4: 96, 5: 74, 6: 60, 7: 58, 8: 59, 9: 66, 10: 92, 11: 128, 12: 152}
    while d <= end:
        y, m = d.year, d.month
        factor = 1.0 if (y, m) < (2024, 9) else 0.86
        e = round(month_energy[m] * factor * (1 + r.uniform(-0.06, 0.06)), 2)
        if (y, m) == (2024, 1):
            e = round(e * 1.13, 2)
        add(D(y, m, 3), wchoice(r, [("Octopus bill", 50), ("Energy bill", 30), ("Gas & electric", 20)]),
            "energy", e, "Tom")
        add(D(y, m, 8), "Water", "water", 38.0 if y * 100 + m < 202404 else 41.5, "Priya")
        bb = 32.0 if (y, m) < (2024, 9) else 35.0
        add(D(y, m, 15), wchoice(r, [("Broadband", 50), ("Virgin broadband", 30), ("wifi", 20)]), "internet", bb,
            "Callum")
        add(D(y, m, 20), "Netflix", "streaming", 10.99 if (y, m) < (2024, 10) else 12.99, "Jess",
            ["Jess", "Tom", "Callum"])
        d = D(y + (m == 12), m % 12 + 1, 1)
    add(D(2023, 9, 12), "TV licence", "tv", 159.0, "Jess")
    add(D(2024, 9, 12), "TV licence", "tv", 169.5, "Jess")
    # energy refunds (credit on the account, paid back to Tom's card)
    add(D(2024, 7, 22), "Octopus credit refund", "energy", -85.0, "Tom", note="account in credit")
    add(D(2025, 7, 18), "Octopus refund", "energy", -120.0, "Tom", note="credit refunded")
    # weekly food shops
    d = D(2023, 9, 2)
    while d <= end:
        payer = wchoice(r, [("Jess", 34), ("Priya", 38), ("Tom", 18), ("Callum", 10)])
        base = 84 if d < D(2024, 9, 1) else 89
        amt = round(base * (1 + r.gauss(0, 0.2)), 2)
        amt = min(max(amt, 42.0), 148.0)
        if 97 <= amt <= 103:
            amt = round(amt + (6 if amt >= 100 else -6), 2)
        shop = wchoice(r, [("Big shop Tesco", 30), ("Aldi shop", 30), ("Sainsbury's", 15), ("Tesco", 15),
                           ("Weekly shop", 10)])
        if not (D(2023, 12, 20) <= d <= D(2024, 1, 3) or D(2024, 12, 20) <= d <= D(2025, 1, 3)) or r.random() < 0.3:
            add(d + dt.timedelta(days=r.choice([0, 0, 1])), shop, "groceries", amt, payer)
        d += dt.timedelta(days=7)
    # household bits
    for _ in range(70):
        day = start + dt.timedelta(days=r.randint(0, (end - start).days))
        what, lo, hi = r.choice([("Loo roll + bin bags", 8, 18), ("Cleaning stuff", 6, 25), ("Washing up liquid etc", 4, 12),
                                 ("Light bulbs", 5, 15), ("Dishwasher tablets", 7, 14), ("Mop and bucket", 12, 22)])
        add(day, what, "household", round(r.uniform(lo, hi), 2),
            wchoice(r, [("Jess", 40), ("Priya", 25), ("Tom", 20), ("Callum", 15)]))
    # takeaways: more in year 2
    for yr, n in ((1, 34), (2, 58)):
        s0 = D(2023, 9, 1) if yr == 1 else D(2024, 9, 1)
        for _ in range(n):
            day = s0 + dt.timedelta(days=r.randint(0, 364))
            who = wchoice(r, [(tuple(PEOPLE), 55), (("Jess", "Tom", "Callum"), 15), (("Tom", "Callum"), 15),
                              (("Jess", "Priya"), 15)])
            payer = r.choice(who) if r.random() < 0.4 else ("Callum" if "Callum" in who else who[0])
            amt = round(r.uniform(11, 16) * len(who) * (1.08 if yr == 2 else 1.0), 2)
            what = r.choice(["Pizza", "Chinese", "Indian", "Deliveroo", "Just Eat - curry", "Fish and chips",
                             "Kebabs", "Thai"])
            add(day, what, "takeaway", amt, payer, list(who))
    # socials
    for dday, what, amt, payer in ((D(2023, 10, 28), "Halloween party", 126.4, "Priya"),
                                   (D(2023, 12, 16), "House Christmas dinner", 94.2, "Jess"),
                                   (D(2024, 3, 9), "Tom's birthday drinks", 58.0, "Callum"),
                                   (D(2024, 6, 22), "BBQ", 71.35, "Tom"),
                                   (D(2024, 10, 26), "Halloween party", 138.9, "Jess"),
                                   (D(2024, 12, 14), "Christmas dinner", 102.75, "Priya"),
                                   (D(2025, 5, 24), "Garden party", 112.6, "Callum")):
        add(dday, what, "social", amt, payer)
    add(D(2024, 10, 30), "Party speaker hire deposit back", "social", -50.0, "Jess", note="deposit returned")
    # furniture / repairs
    add(D(2023, 9, 9), "Sofa (DFS sale)", "furniture", 649.0, "Tom", note="new sofa for lounge")
    add(D(2023, 9, 10), "Hoover", "furniture", 129.99, "Jess")
    add(D(2023, 9, 16), "Kitchen stuff (IKEA)", "furniture", 86.45, "Priya")
    add(D(2024, 2, 6), "Washing machine repair", "furniture", 95.0, "Tom")
    add(D(2024, 11, 19), "Shower curtain + rail", "furniture", 27.5, "Callum")
    add(D(2025, 3, 2), "Garden chairs", "furniture", 64.0, "Priya")
    add(D(2024, 1, 15), "Returned rug (refund)", "household", -24.99, "Priya", note="refund")
    add(D(2025, 2, 11), "Amazon refund - broken kettle", "household", -19.99, "Jess", note="refund")
    add(D(2025, 2, 8), "New kettle", "household", 24.0, "Jess")
    # missing amounts
    for dday, what, cat, payer, txt in ((D(2023, 11, 11), "Pizza", "takeaway", "Callum", "?"),
                                        (D(2024, 4, 20), "Cleaning stuff", "household", "Jess", "tbc"),
                                        (D(2024, 8, 3), "Chinese", "takeaway", "Tom", "ask Tom"),
                                        (D(2025, 1, 25), "Indian", "takeaway", "Callum", "?"),
                                        (D(2025, 6, 7), "Tesco top up", "groceries", "Priya", "")):
        add(dday, what, cat, None, payer, txt=txt)

    # settle-ups every three months: everyone in debt pays part of it to whoever is owed most
    rows.sort(key=lambda x: x["d"])

    def balances(upto):
        b = {p: 0.0 for p in PEOPLE}
        for x in rows:
            if x["d"] > upto or x["amt"] is None:
                continue
            b[x["payer"]] += x["amt"]
            for p in x["split"]:
                b[p] -= x["amt"] / len(x["split"])
        return b
    settle = []
    for (y, m) in ((2023, 11), (2024, 2), (2024, 5), (2024, 8), (2024, 11), (2025, 2), (2025, 5)):
        day = D(y, m, 28)
        b = balances(day)
        for s in settle:
            if s["d"] <= day:
                b[s["payer"]] += s["amt"]
                b[s["split"][0]] -= s["amt"]
        cred = max(PEOPLE, key=lambda p: b[p])
        for p in PEOPLE:
            if b[p] < -40 and p != cred:
                frac = 0.5 if p == "Callum" else 0.8
                amt = float(int(-b[p] * frac / 10) * 10)
                if amt > 0:
                    settle.append({"d": day + dt.timedelta(days=r.randint(0, 2)),
                                   "what": f"{p if p != 'Callum' else r.choice(['Cal', 'Callum'])} paid {cred} back",
                                   "cat": "settle", "amt": amt, "payer": p, "split": [cred], "note": "", "txt": None})
    rows += settle
    rows.sort(key=lambda x: (x["d"], x["cat"] == "settle"))
    out = []
    for x in rows:
        if x["txt"] is not None:
            amount = x["txt"]
        elif x["amt"] < 0:
            amount = r.choice(["-£{:,.2f}", "-{:.2f}", "-£{:,.2f}"]).format(-x["amt"])
        else:
            amount = r.choice(["£{:,.2f}", "{:.2f}", "£{:,.2f}", "{:g}"]).format(x["amt"])
        if x["cat"] == "settle":
            split = x["split"][0]
        elif len(x["split"]) == 4:
            split = wchoice(r, [("All", 35), ("", 30), ("everyone", 15), ("4 ways", 10), ("all 4", 10)])
        else:
            names = x["split"]
            if len(names) == 3 and r.random() < 0.5:
                left = [p for p in PEOPLE if p not in names][0]
                split = f"not {left if left != 'Callum' else 'Cal'}"
            else:
                split = r.choice([", ", " & ", " + "]).join(n if n != "Callum" or r.random() < 0.5 else "Cal"
                                                            for n in names)
        payer = wchoice(r, PAYER_SPELL[x["payer"]])
        d = x["d"]
        mon = "Sept" if d.month == 9 else d.strftime("%b")
        out.append([f"{d.day} {mon} {d.year}", x["what"], wchoice(r, CAT_SPELL[x["cat"]]), amount, payer, split,
                    x["note"]])
    write("house_share_expenses.csv", ["Date", "What", "Category", "Amount", "Paid by", "Split between", "Notes"],
          out)


# ============================================================================================
# 4. community car scheme: trips + passenger register (seed 37004)

VILLAGES = {"Little Marsh": (["Little Marsh", "Little Marsh", "L. Marsh", "Lt Marsh", "little marsh"], 30),
            "Stonebridge": (["Stonebridge", "Stonebridge", "Stonebridge village", "stonebridge"], 22),
            "Ashcombe": (["Ashcombe", "Ashcombe", "ashcombe"], 16),
            "Hatherley": (["Hatherley", "Hatherley", "Hatherly"], 14),
            "Westfield": (["Westfield", "West Field", "westfield"], 12),
            "Kingsmoor": (["Kingsmoor", "Kingsmoor", "Kings Moor"], 8)}
REFERRED = [("GP surgery", 20), ("GP", 10), ("Dr Shah (GP)", 4), ("Social services", 10),
            ("Adult social care", 6), ("Family", 14), ("Daughter", 6), ("Self", 16), ("Age UK", 8), ("Leaflet", 6)]
DRIVERS = {"Bob Harris": ["Bob Harris", "Bob H", "Robert Harris", "bob harris", "Bob"],
           "Margaret Cole": ["Margaret Cole", "Maggie Cole", "Margaret C", "Maggie"],
           "Dev Patel": ["Dev Patel", "Dev", "Devesh Patel", "dev patel"],
           "Sue Jenkins": ["Sue Jenkins", "Sue J", "Susan Jenkins"],
           "Alan Brooks": ["Alan Brooks", "Alan B", "alan brooks"],
           "Pat O'Neill": ["Pat O'Neill", "Pat ONeill", "Pat O'Neil"],
           "Geoff Barnes": ["Geoff Barnes", "Geoff B", "Geoffrey Barnes"],
           "Linda Marsh": ["Linda Marsh", "Linda M", "linda marsh"],
           "Keith Doyle": ["Keith Doyle", "Keith D"],
           "Ann Whitfield": ["Ann Whitfield", "Anne Whitfield", "Ann W"],
           "Trevor Lane": ["Trevor Lane", "Trev Lane", "Trevor L"],
           "Julie Fox": ["Julie Fox", "Julie F"],
           "Howard Price": ["Howard Price", "Howard P"],
           "Sian Lloyd": ["Sian Lloyd", "Siân Lloyd", "Sian L"]}
DRIVER_W = {2024: {"Bob Harris": 19, "Margaret Cole": 14, "Dev Patel": 6, "Sue Jenkins": 9, "Alan Brooks": 8,
                   "Pat O'Neill": 7, "Geoff Barnes": 8, "Linda Marsh": 6, "Keith Doyle": 5, "Ann Whitfield": 6,
                   "Trevor Lane": 5, "Julie Fox": 4, "Howard Price": 4, "Sian Lloyd": 0},
            2025: {"Bob Harris": 15, "Margaret Cole": 12, "Dev Patel": 17, "Sue Jenkins": 9, "Alan Brooks": 8,
                   "Pat O'Neill": 6, "Geoff Barnes": 7, "Linda Marsh": 6, "Keith Doyle": 4, "Ann Whitfield": 5,
                   "Trevor Lane": 4, "Julie Fox": 4, "Howard Price": 3, "Sian Lloyd": 7}}
WAIVERS = {"Geoff Barnes", "Ann Whitfield"}
# destination: (spellings, reason, miles round trip, minutes (lo, hi), weight)
DESTS = [(["Royal Berkshire Hospital", "Royal Berks", "RBH", "Royal Berkshire Hosp"], "hospital", 34, (150, 270), 16),
         (["Great Western Hospital", "GWH Swindon", "Great Western, Swindon"], "hospital", 52, (180, 300), 6),
         (["John Radcliffe Hospital", "JR Oxford", "John Radcliffe"], "hospital", 62, (200, 330), 5),
         (["West Berks Community Hospital", "WBCH", "Community Hospital Thatcham"], "hospital", 18, (100, 200), 9),
         (["Castle Street Surgery", "Castle St Surgery", "Castle St GP"], "gp", 6, (45, 95), 15),
         (["Kennet Surgery", "Kennet GP", "kennet surgery"], "gp", 9, (45, 100), 8),
         (["High Street Dental", "Dentist High St", "High St Dentist"], "dentist", 7, (50, 100), 6),
         (["Specsavers Newbury", "Specsavers", "Opticians Newbury"], "optician", 14, (70, 120), 4),
         (["Tesco Newbury", "Tesco", "tesco newbury"], "shopping", 13, (90, 160), 10),
         (["Sainsbury's Thatcham", "Sainsburys Thatcham"], "shopping", 10, (80, 150), 5),
         (["Lunch club (village hall)", "Lunch club", "Village hall lunch club"], "social", 4, (150, 210), 6),
         (["Day centre", "Newbury day centre"], "social", 8, (300, 390), 4),
         (["Hairdresser", "Hairdressers"], "other", 5, (60, 110), 3),
         (["Vets (Kennet Vets)", "Vets"], "other", 9, (50, 90), 1)]
REASON_SPELL = {"hospital": [("Hospital appt", 40), ("Hospital", 25), ("hosp", 10), ("Outpatients", 25)],
                "gp": [("GP", 45), ("Doctor", 20), ("GP appt", 20), ("Surgery", 15)],
                "dentist": [("Dentist", 70), ("Dental", 30)],
                "optician": [("Optician", 70), ("Eye test", 30)],
                "shopping": [("Shopping", 55), ("Shops", 25), ("Supermarket", 20)],
                "social": [("Lunch club", 40), ("Social", 35), ("Day centre", 25)],
                "other": [("Other", 40), ("Hair appt", 30), ("Vet", 30)]}


def gen_community_car():
    r = random.Random(37004)
    fn = ["Joan", "Dorothy", "Margaret", "Betty", "Eileen", "Jean", "Pamela", "Sheila", "Brenda", "Maureen",
          "Audrey", "Irene", "Doreen", "Peggy", "Kathleen", "Ronald", "Kenneth", "Derek", "Brian", "Dennis",
          "Roy", "Arthur", "Frank", "Stanley", "Norman", "Leonard", "Albert", "Cyril", "Raymond", "Gordon",
          "Susan", "Christine", "Valerie", "Barbara", "Patricia", "Roger", "Colin", "Malcolm"]
    ln = ["Archer", "Bell", "Chambers", "Dawson", "Ellison", "Francis", "Goddard", "Hammond", "Ingram", "Jarvis",
          "Kirby", "Lambert", "Mills", "Newman", "Osborne", "Parsons", "Randall", "Sherwood", "Townsend", "Upton",
          "Vickers", "Whitehead", "Young", "Abbott", "Bradley", "Cartwright", "Dixon", "Fowler", "Gardner",
          "Holloway", "Irwin", "Jennings", "Kendall", "Lowther", "Manning", "Norris", "Oakley", "Pritchard"]
    pax = []
    nums = sorted(r.sample(range(1, 240), 192))
    names = set()
    for num in nums:
        while True:
            nm = f"{r.choice(fn)} {r.choice(ln)}"
            if nm not in names:
                names.add(nm)
                break
        village = wchoice(r, [(v, w) for v, (_, w) in VILLAGES.items()])
        reg = D(2017, 1, 1) + dt.timedelta(days=r.randint(0, 2900))
        if r.random() < 0.2:
            reg = D(2024, 1, 1) + dt.timedelta(days=r.randint(0, 365))
        if r.random() < 0.08:
            reg = D(2025, 1, 1) + dt.timedelta(days=r.randint(0, 150))
        ref = wchoice(r, REFERRED)
        wheel = r.random() < 0.17
        pax.append({"num": num, "name": nm, "village": village, "reg": reg, "ref": ref, "wheel": wheel,
                    "dob": D(1928, 1, 1) + dt.timedelta(days=r.randint(0, 365 * 35)),
                    "activity": r.random() ** 2.2})
    # about 26 registered passengers never travel
    quiet = set(p["num"] for p in r.sample(pax, 26))
    active = [p for p in pax if p["num"] not in quiet]

    trips = []
    day = D(2024, 1, 2)
    while day <= D(2025, 6, 30):
        if day.weekday() < 5:
            year = day.year
            n = wchoice(r, [(1, 15), (2, 30), (3, 30), (4, 17), (5, 8)])
            if year == 2025:
                n += 1 if r.random() < 0.18 else 0
            for _ in range(n):
                cand = [p for p in active if p["reg"] <= day]
                p = wchoice(r, [(x, 0.05 + x["activity"]) for x in cand])
                dest = wchoice(r, [(x, x[4]) for x in DESTS])
                drv_w = dict(DRIVER_W[year])
                if year == 2024 and day < D(2024, 9, 1):
                    drv_w["Sian Lloyd"] = 0
                elif year == 2024:
                    drv_w["Sian Lloyd"] = 6
                drv = wchoice(r, list(drv_w.items()))
                trips.append({"day": day, "p": p, "dest": dest, "drv": drv})
        day += dt.timedelta(days=1)
    # the one long trip
    trips.append({"day": D(2024, 10, 15), "p": r.choice([p for p in active if p["reg"] < D(2024, 1, 1)]),
                  "dest": (["Stoke Mandeville Hospital"], "hospital", 96, (400, 460), 0), "drv": "Bob Harris",
                  "special": True})
    trips.sort(key=lambda t: t["day"])
    out = []
    for i, t in enumerate(trips, 1):
        p, dest, drv = t["p"], t["dest"], t["drv"]
        spells, reason, miles0, (lo, hi), _ = dest
        pick = dt.datetime.combine(t["day"], dt.time(8, 0)) + dt.timedelta(minutes=5 * r.randint(0, 72))
        if reason == "social":
            pick = dt.datetime.combine(t["day"], dt.time(10, 30)) + dt.timedelta(minutes=5 * r.randint(0, 12))
        status = wchoice(r, [("done", 88), ("cancelled", 6), ("nodriver", 3.5), ("notin", 2.5)])
        if t.get("special"):
            status = "done"
        miles = miles0 + r.choice([-1, -0.5, 0, 0, 0, 0.5, 1, 1.5, 2])
        if 29 <= miles <= 31:
            miles = 28 if miles < 30 else 32
        mins = r.randint(lo, hi)
        back = pick + dt.timedelta(minutes=mins)
        if status == "done":
            st = wchoice(r, [("Done", 45), ("Completed", 30), ("done", 15), ("", 10)])
            mtxt = wchoice(r, [(f"{miles:g}", 55), (f"{miles:g} miles", 25), (f"{miles:g}mi", 10),
                               (f"{miles:g} mi", 10)])
            missing_miles = r.random() < 0.045 and not t.get("special")
            if missing_miles:
                mtxt = wchoice(r, [("?", 50), ("", 30), ("forgot", 20)])
            v = r.random()
            if v < 0.07:
                don = wchoice(r, [("?", 60), ("not recorded", 40)])
            elif v < 0.2:
                don = wchoice(r, [("nil", 40), ("none", 30), ("0", 20), ("£0", 10)])
            else:
                amt = wchoice(r, [(3, 10), (5, 45), (10, 25), (15, 5), (20, 5), (2, 5), (4, 5)])
                if reason == "hospital" and miles0 >= 50:
                    amt = wchoice(r, [(10, 40), (15, 25), (20, 35)])
                don = wchoice(r, [(f"£{amt}", 45), (str(amt), 25), (f"£{amt}.00", 30)])
            if drv in WAIVERS:
                claim = wchoice(r, [("not claimed", 50), ("waived", 50)])
            elif missing_miles:
                claim = wchoice(r, [("tbc", 50), ("", 50)])
            elif r.random() < 0.05:
                claim = wchoice(r, [("not claimed", 50), ("waived", 50)])
            else:
                c = round(miles * 0.45 + 1e-9, 2)
                claim = wchoice(r, [(f"£{c:.2f}", 60), (f"{c:.2f}", 40)])
            back_txt = back.strftime("%Y-%m-%d %H:%M")
            note = wchoice(r, [("", 80), ("wheelchair in boot", 4 if p["wheel"] else 0), ("waited at hospital", 6 if
                                reason == "hospital" else 0), ("needs help with steps", 4), ("carer came too", 3),
                               ("early pick up", 3)])
        else:
            st = {"cancelled": [("Cancelled by passenger", 35), ("Cancelled", 30), ("canx", 15),
                                ("Appt cancelled", 20)],
                  "nodriver": [("No driver", 45), ("Couldn't cover", 30), ("No driver available", 25)],
                  "notin": [("Passenger not in", 60), ("No answer at door", 40)]}[status]
            st = wchoice(r, st)
            mtxt = "" if status != "notin" else wchoice(r, [(f"{miles0 // 4:g}", 50), ("", 50)])
            don, claim, back_txt = "", "", ""
            if status == "notin" and mtxt:
                claim = f"£{float(mtxt) * 0.45:.2f}" if drv not in WAIVERS else "not claimed"
            note = ""
        if status == "nodriver":
            drv_txt = ""
        else:
            drv_txt = r.choice(DRIVERS[drv])
        v = r.random()
        ptxt = f"P{p['num']:04d}" if v < 0.6 else (f"p{p['num']:04d}" if v < 0.7 else
                                                   (f"P{p['num']}" if v < 0.9 else str(p["num"])))
        out.append([f"T{i:05d}", pick.strftime("%Y-%m-%d %H:%M"), back_txt, ptxt, drv_txt, r.choice(spells),
                    wchoice(r, REASON_SPELL[reason]), mtxt, don, claim, st, note])
    write("community_car_trips.csv", ["Trip ref", "Pick-up", "Back home", "Passenger", "Driver", "Going to",
                                      "Reason", "Miles", "Donation", "Mileage claimed", "Status", "Notes"], out)
    reg = []
    for p in pax:
        wheel = wchoice(r, [("Yes", 50), ("Y", 25), ("yes - folding", 25)]) if p["wheel"] else \
            wchoice(r, [("No", 50), ("N", 20), ("", 15), ("Walking frame only", 10), ("no", 5)])
        dob = p["dob"].strftime("%d/%m/%Y") if r.random() > 0.05 else ""
        reg.append([f"P{p['num']:04d}", p["name"], r.choice(VILLAGES[p["village"]][0]), dob, wheel,
                    p["reg"].strftime("%d/%m/%Y"), p["ref"], ""])
    write("passengers.csv", ["Passenger No", "Name", "Village", "Date of birth", "Wheelchair user?",
                             "Date registered", "Referred by", "Notes"], reg)


# ============================================================================================
# 5. geocaching log (seed 37005)

TYPE_SPELL = {"traditional": [("Traditional", 45), ("Traditional Cache", 30), ("trad", 15), ("Tradi", 10)],
              "multi": [("Multi-cache", 50), ("Multi", 35), ("multicache", 15)],
              "mystery": [("Mystery", 40), ("Unknown", 20), ("Puzzle", 25), ("Mystery Cache", 15)],
              "earth": [("EarthCache", 60), ("Earthcache", 30), ("Earth", 10)],
              "letterbox": [("Letterbox Hybrid", 70), ("Letterbox", 30)],
              "virtual": [("Virtual", 80), ("Virtual Cache", 20)],
              "wherigo": [("Wherigo", 100)],
              "event": [("Event Cache", 40), ("Event", 40), ("CITO", 10), ("Mega-Event", 10)]}
COUNTY_SPELL = {"Multnomah": [("Multnomah", 55), ("Multnomah Co.", 25), ("multnomah county", 20)],
                "Washington": [("Washington", 55), ("Washington Co", 30), ("Washington County", 15)],
                "Clackamas": [("Clackamas", 55), ("Clackamas Co.", 25), ("clackamas", 20)],
                "Columbia": [("Columbia", 80), ("Columbia Co", 20)],
                "Marion": [("Marion", 100)],
                "Tillamook": [("Tillamook", 70), ("Tillamook Co.", 30)],
                "Hood River": [("Hood River", 80), ("Hood River Co", 20)],
                "Deschutes": [("Deschutes", 100)]}
WORDS_A = ["Maple", "Fern", "Cedar", "Heron", "Salmon", "Mossy", "Old Mill", "Coyote", "Rusty", "Hidden",
           "Sunset", "Bridge", "Creek", "Owl", "Trillium", "Raven", "Huckleberry", "Basalt", "Lone Pine", "Elk",
           "Beaver", "Quarry", "Twin Oaks", "Stumptown", "Rose City", "Willamette", "Boulder", "Lichen", "Misty",
           "Timber"]
WORDS_B = ["Hollow", "Gully", "Lookout", "Trailhead", "Crossing", "Hideaway", "Stash", "Nook", "Puzzle", "Stroll",
           "Meander", "Cache", "Surprise", "Knoll", "Bend", "Overlook", "Ramble", "Secret", "Tangle", "Perch"]


def gen_geocaching():
    r = random.Random(37005)
    codes = set()

    def code():
        alpha = "0123456789ABCDEFGHJKMNPQRTVWXYZ"
        while True:
            c = "GC" + "".join(r.choice(alpha) for _ in range(r.choice([5, 5, 6])))
            if c not in codes:
                codes.add(c)
                return c
    names = set()

    def cname(kind):
        while True:
            n = f"{r.choice(WORDS_A)} {r.choice(WORDS_B)}"
            if kind == "mystery" and r.random() < 0.4:
                n = r.choice(["Sudoku", "Cipher", "Riddle", "Enigma", "Logic"]) + " " + n
            if r.random() < 0.3:
                n += f" #{r.randint(1, 12)}"
            if n not in names:
                names.add(n)
                return n

    TYPE_W = {2023: [("traditional", 62), ("multi", 9), ("mystery", 9), ("earth", 6), ("letterbox", 4),
                     ("virtual", 3), ("wherigo", 1)],
              2024: [("traditional", 50), ("multi", 8), ("mystery", 28), ("earth", 5), ("letterbox", 3),
                     ("virtual", 3), ("wherigo", 1)],
              2025: [("traditional", 52), ("multi", 8), ("mystery", 24), ("earth", 6), ("letterbox", 3),
                     ("virtual", 3), ("wherigo", 1)]}
    COUNTY_W = [("Multnomah", 40), ("Washington", 24), ("Clackamas", 18), ("Columbia", 4), ("Marion", 5),
                ("Tillamook", 4), ("Hood River", 3), ("Deschutes", 2)]
    logs = []
    # caching days: weekends mostly
    day = D(2023, 1, 1)
    while day <= D(2025, 6, 29):
        wd = day.weekday()
        p = {5: 0.5, 6: 0.33, 0: 0.045, 1: 0.045, 2: 0.06, 3: 0.045, 4: 0.06}[wd]
        if day.year == 2025:
            p *= 1.25
        if r.random() < p:
            county = wchoice(r, COUNTY_W)
            n = wchoice(r, [(1, 18), (2, 20), (3, 18), (4, 14), (5, 10), (6, 8), (8, 6), (10, 4), (12, 2)])
            if wd < 5:
                n = min(n, 3)
            for _ in range(n):
                kind = wchoice(r, TYPE_W[day.year])
                logs.append({"day": day, "county": county, "kind": kind})
        day += dt.timedelta(days=1)
    # the power trail day
    for _ in range(41):
        logs.append({"day": D(2024, 8, 17), "county": "Columbia", "kind": "traditional", "trail": True})
    caches = []
    rows = []
    for lg in logs:
        kind = lg["kind"]
        c = {"code": code(), "kind": kind, "name": cname(kind) if not lg.get("trail")
             else f"Scappoose Power Trail #{len([x for x in caches if x['name'].startswith('Scappoose')]) + 1}",
             "county": lg["county"]}
        dgrid = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]
        if kind == "traditional":
            c["d"] = wchoice(r, list(zip(dgrid, [20, 30, 22, 12, 7, 4, 3, 1, 1])))
            c["t"] = wchoice(r, list(zip(dgrid, [16, 30, 24, 12, 8, 4, 3, 2, 1])))
            c["size"] = wchoice(r, [("micro", 35), ("small", 35), ("regular", 20), ("other", 5), ("large", 5)])
            hike = round(r.uniform(0.1, 2.2), 1)
        elif kind == "mystery":
            c["d"] = wchoice(r, list(zip(dgrid, [2, 4, 12, 18, 22, 16, 14, 7, 5])))
            c["t"] = wchoice(r, list(zip(dgrid, [14, 30, 26, 12, 8, 4, 3, 2, 1])))
            c["size"] = wchoice(r, [("micro", 30), ("small", 40), ("regular", 20), ("other", 10)])
            hike = round(r.uniform(0.2, 2.6), 1)
        elif kind in ("multi", "wherigo"):
            c["d"] = wchoice(r, list(zip(dgrid, [3, 10, 20, 22, 20, 12, 8, 3, 2])))
            c["t"] = wchoice(r, list(zip(dgrid, [5, 20, 28, 18, 12, 8, 5, 2, 2])))
            c["size"] = wchoice(r, [("small", 40), ("regular", 45), ("micro", 15)])
            hike = round(r.uniform(1.0, 4.5), 1)
        elif kind == "earth":
            c["d"] = wchoice(r, list(zip(dgrid, [10, 30, 30, 15, 10, 5, 0, 0, 0])))
            c["t"] = wchoice(r, list(zip(dgrid, [5, 20, 25, 15, 12, 10, 8, 3, 2])))
            c["size"] = "virtual"
            hike = round(r.uniform(0.5, 6.5), 1)
        elif kind == "virtual":
            c["d"] = wchoice(r, list(zip(dgrid, [30, 40, 20, 10, 0, 0, 0, 0, 0])))
            c["t"] = wchoice(r, list(zip(dgrid, [30, 40, 20, 10, 0, 0, 0, 0, 0])))
            c["size"] = "virtual"
            hike = round(r.uniform(0.1, 1.5), 1)
        else:  # letterbox
            c["d"] = wchoice(r, list(zip(dgrid, [5, 20, 30, 20, 15, 10, 0, 0, 0])))
            c["t"] = wchoice(r, list(zip(dgrid, [5, 20, 30, 20, 15, 10, 0, 0, 0])))
            c["size"] = wchoice(r, [("small", 50), ("regular", 50)])
            hike = round(r.uniform(0.8, 3.8), 1)
        if c["county"] in ("Hood River", "Deschutes", "Tillamook") and r.random() < 0.4:
            hike = round(hike + r.uniform(2, 5), 1)
            c["t"] = max(c["t"], 3.5)
        if lg.get("trail"):
            c["d"], c["t"], c["size"] = 1.5, 1.5, "micro"
            hike = 0.0
        if 2.9 <= hike <= 3.1:
            hike = 2.7 if hike < 3.0 else 3.3
        caches.append(c)
        rows.append({"day": lg["day"], "c": c, "log": "found", "hike": hike})
    # the longest hike
    big = {"code": code(), "kind": "multi", "name": "Ramona Falls Loop", "county": "Clackamas", "d": 3,
           "t": 4.5, "size": "regular"}
    caches.append(big)
    rows.append({"day": D(2024, 7, 6), "c": big, "log": "found", "hike": 11.4})
    # DNFs: 34 caches searched for and not found on the day; 13 found on a later visit
    dnf_caches = []
    for i in range(34):
        kind = wchoice(r, [("traditional", 45), ("mystery", 30), ("multi", 20), ("letterbox", 5)])
        c = {"code": code(), "kind": kind, "name": cname(kind), "county": wchoice(r, COUNTY_W[:3]),
             "d": r.choice([2, 2.5, 3, 3.5, 4]), "t": r.choice([1.5, 2, 2.5, 3]),
             "size": r.choice(["micro", "micro", "small", "other"])}
        caches.append(c)
        dd = D(2023, 1, 7) + dt.timedelta(days=r.randint(0, 820))
        while dd.weekday() < 5:
            dd += dt.timedelta(days=1)
        rows.append({"day": dd, "c": c, "log": "dnf", "hike": round(r.uniform(0.2, 2.0), 1)})
        if i < 13:
            later = dd + dt.timedelta(days=r.randint(14, 200))
            while later.weekday() < 5:
                later += dt.timedelta(days=1)
            if later > D(2025, 6, 29):
                later = D(2025, 6, 28)
            if i < 4:
                rows.append({"day": dd + dt.timedelta(days=7), "c": c, "log": "dnf",
                             "hike": round(r.uniform(0.2, 2.0), 1)})
            rows.append({"day": later, "c": c, "log": "found", "hike": round(r.uniform(0.2, 2.0), 1)})
    # events attended
    ev_days = [D(2023, 2, 11), D(2023, 4, 22), D(2023, 6, 17), D(2023, 8, 19), D(2023, 10, 14), D(2023, 12, 9),
               D(2024, 3, 16), D(2024, 4, 20), D(2024, 6, 15), D(2024, 9, 21), D(2024, 11, 9), D(2025, 1, 18),
               D(2025, 4, 26), D(2025, 5, 31)]
    for dd in ev_days:
        nm = r.choice(["Coffee & Caches", "CITO at Oaks Bottom", "Pizza Night Meet", "Geo-Picnic", "Winter Warmer",
                       "Rose City Meet & Greet", "Trail Clean-up CITO", "Holiday Potluck"]) + f" {dd.year}"
        while nm in names:
            nm += " II"
        names.add(nm)
        c = {"code": code(), "kind": "event", "name": nm, "county": "Multnomah", "d": 1, "t": 1, "size": "other"}
        caches.append(c)
        rows.append({"day": dd, "c": c, "log": "attended", "hike": None})
    # notes written on a few caches
    for c in r.sample([x for x in caches if x["kind"] == "traditional"], 9):
        dd = D(2023, 3, 1) + dt.timedelta(days=r.randint(0, 800))
        rows.append({"day": dd, "c": c, "log": "note", "hike": None})
    # accidental double logs (same day, second copy without a hike)
    found_rows = [x for x in rows if x["log"] == "found" and not x["c"]["name"].startswith("Scappoose")
                  and x["c"]["name"] != "Ramona Falls Loop"]
    for x in r.sample(found_rows, 6):
        rows.append({"day": x["day"], "c": x["c"], "log": "found", "hike": None, "dup": True})
    rows.sort(key=lambda x: (x["day"], x["c"]["code"], x.get("dup", False)))
    out = []
    fav_pool = set(id(x) for x in r.sample([x for x in rows if x["log"] == "found" and not x.get("dup")], 61))
    for x in rows:
        c = x["c"]
        code_txt = c["code"] if r.random() > 0.06 else c["code"].lower()
        typ = wchoice(r, TYPE_SPELL[c["kind"]])
        size = {"micro": [("Micro", 70), ("micro", 20), ("Nano", 0)], "small": [("Small", 80), ("small", 20)],
                "regular": [("Regular", 80), ("regular", 20)], "large": [("Large", 100)],
                "other": [("Other", 60), ("Not chosen", 40)], "virtual": [("Virtual", 60), ("", 40)]}[c["size"]]
        size = wchoice(r, size)
        dtxt, ttxt = f"{c['d']:g}", f"{c['t']:g}"
        if x["log"] in ("found", "dnf") and not x.get("dup") and r.random() < 0.02:
            if r.random() < 0.5:
                dtxt = r.choice(["?", ""])
            else:
                ttxt = r.choice(["?", ""])
        log = {"found": [("Found it", 70), ("found", 10), ("Found", 10), ("FTF", 2)],
               "dnf": [("Didn't find it", 50), ("DNF", 30), ("dnf", 10), ("Did not find", 10)],
               "attended": [("Attended", 80), ("attended", 20)],
               "note": [("Write note", 60), ("Note", 40)]}[x["log"]]
        log = wchoice(r, log)
        if x["hike"] is None:
            hike = ""
        elif x["hike"] == 0:
            hike = wchoice(r, [("P&G", 50), ("park & grab", 30), ("0", 20)])
        else:
            hike = wchoice(r, [(f"{x['hike']:g}", 50), (f"{x['hike']:g} mi", 35), (f"{x['hike']:g}mi", 15)])
            if r.random() < 0.04 and c["name"] != "Ramona Falls Loop":
                hike = "?"
        fav = wchoice(r, [("Yes", 60), ("Y", 25), ("fav", 15)]) if id(x) in fav_pool else ""
        note = ""
        if x["log"] == "found":
            note = wchoice(r, [("", 55), ("TFTC", 25), ("quick grab", 6), ("took a while!", 6), ("SL", 8)])
        elif x["log"] == "dnf":
            note = wchoice(r, [("", 40), ("muggles everywhere", 20), ("searched 30 min", 20), ("too dark", 20)])
        elif x["log"] == "note":
            note = "cache needs new log sheet"
        county = wchoice(r, COUNTY_SPELL[c["county"]])
        out.append([f"{x['day'].month}/{x['day'].day}/{x['day'].year}", code_txt, c["name"], typ, size, dtxt,
                    ttxt, county, log, hike, fav, note])
    write("geocaching_log.csv", ["Date", "GC Code", "Cache Name", "Type", "Size", "D", "T", "County", "Log",
                                 "Hike (mi)", "Fav", "Notes"], out)


def main():
    gen_leave()
    gen_holiday_club()
    gen_house_share()
    gen_community_car()
    gen_geocaching()


if __name__ == "__main__":
    main()
