#!/usr/bin/env python3
"""Held-out set 37: every question beside the code that computes its truth from data/*.csv; writes
questions.json. Standard library only.

    python3 truths.py            # compute, check the guards, write questions.json
    python3 truths.py --print    # only print the truths
    python3 truths.py --debug    # also print the ranking behind every "which"
    python3 truths.py --collect  # list every failed guard instead of stopping at the first

Reading rules (each question's note says how it was read):

Money and quantities: currency sign, spaces, thousands commas and units (days, miles, mi, years, yrs) are
stripped; a leading minus is negative. A value that is not a number (tbc, ?, n/a, -, blank, not paid, due,
see above, refunded, not recorded, forgot, not claimed, waived, ask Tom) is left out of sums and averages,
never counted as 0. Exceptions that are zero: a donation of nil / none; a hike of P&G / park & grab.
"half day" / "Half" / "½ day" is 0.5 days. Names are folded (trimmed, case ignored) with the synonyms
written in the functions below.

staff_leave + staff_list: a row is one absence or request. Leave type: annual (Annual leave, AL, Holiday,
Hols), sick (Sick..., ill), TOIL, unpaid, compassionate (and Bereavement), appointments (Medical / Doctor's /
Hospital appt, Dentist). Status: approved (Approved, OK, Authorised, Booked), pending (Pending, Awaiting
approval), declined (Declined, Rejected, Not approved), cancelled (Cancelled, Canceled, Withdrawn); sickness
rows carry no approval (blank, n/a, Recorded, Self-cert, Fit note) and always count as taken. Days taken =
the Days column of sickness rows and of approved rows. A row belongs to the period of its From date (no row
crosses a month boundary except one sickness absence of November-December 2024, inside one quarter). Staff are
matched on the integer value of Staff No. A team's or office's "per person" divides by its head count in the
staff list. Holiday left at the end of 2024 = the list's 2024 allowance minus approved annual leave in 2024.

holiday_club_bookings: a row is one child's booking form. A summer is the year of the Timestamp. A row is a
duplicate when its office notes say dup(licate); cancelled when the notes say cancelled or the amount says
refunded. Children booked = rows neither duplicate nor cancelled. Weeks = the number of "Week N" ticked.
Mornings = an answer starting "Mornings". No photos = an answer starting "No". A need = any answer other than
No / None / N/A / - / Nope / Nothing / blank. Children are matched across summers on their full name,
case and spaces ignored. How they heard: Facebook; School newsletter; a friend or family member (also
"friend told me", "my sister", "a mum at the school gate"); poster, leaflet, banner or noticeboard; came last
year; other websites (Mumsnet, Nextdoor).

house_share_expenses: a row is one payment. Settle up / Paid back / Transfer rows are money between
housemates, never spending. Spending = every other row with an amount (refunds negative, so totals are after
refunds). Split between: blank / All / everyone / 4 ways / all 4 = the four; "not X" = the other three;
otherwise the names listed (Cal = Callum). A housemate's balance = what they paid (settle-ups included) minus
their equal share of every row they are in the split of (a settle-up's split is the person paid back); a
negative balance is owed to the others. Years run September to August (year one = Sept 2023 - Aug 2024).
Categories: food shop (Food shop, Groceries, food, Shopping), energy (Energy, Gas & elec, Electric/gas),
water, internet (Broadband, Wifi, Internet), TV licence, Netflix (Streaming), household (Household, Cleaning,
House stuff), takeaway (Takeaway(s), Take away), social (House party, Social, Drinks), furniture (Furniture,
Furniture/repairs).

community_car_trips + passengers: a row is one trip request. A trip happened when its Status is Done /
Completed / blank; otherwise it was cancelled (Cancelled..., canx, Appt cancelled), had no driver (No driver...,
Couldn't cover) or the passenger was not in (Passenger not in, No answer at door). A trip belongs to the date
of its Pick-up. Passengers are matched on the integer value of the passenger number. Reasons: hospital
(Hospital appt, Hospital, hosp, Outpatients), GP (GP, Doctor, GP appt, Surgery), dentist, optician, shopping,
social, other. Mileage paid = the Mileage claimed amounts (a not-in call-out is paid too). Villages and
referrers are folded (L. Marsh / Lt Marsh = Little Marsh, West Field = Westfield, Hatherly = Hatherley, Kings
Moor = Kingsmoor; social services includes Adult social care). A wheelchair user answered Yes / Y / yes -
folding.

geocaching_log: a row is one log. Found = Found it / Found / found / FTF; DNF = Didn't find it / DNF / Did not
find; events are Attended. Caches are matched on the GC code, case ignored; "finds" count different caches
(a cache logged found twice on the same day by mistake counts once). A find belongs to the date of its found
log. Difficulty and terrain are a cache's first numeric D / T on any of its rows. County: "Co." / "County"
dropped. Hike miles: P&G / park & grab = 0, ? and blank left out; the miles hiked in a period add up every
log's hike in it. Types: traditional, multi, mystery (Mystery, Unknown, Puzzle), earthcache, letterbox,
virtual, wherigo, event.
"""

import csv
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
ARGS = set(sys.argv[1:])
FAILS = []


def fail(msg):
    if "--collect" in ARGS:
        FAILS.append(msg)
    else:
        sys.exit(f"guard failed: {msg}")


def read(name):
    with open(DATA / name, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    head = rows[0]
    return [dict(zip(head, r)) for r in rows[1:]]


def num(s):
    """A number in s (currency, commas, units stripped), or None."""
    s = (s or "").strip()
    m = re.fullmatch(r"(-)?\s*£?\s*(\d[\d,]*(?:\.\d+)?|\.\d+)\s*([a-zA-Z ]*)", s)
    if not m:
        return None
    unit = m.group(3).strip().lower()
    if unit not in ("", "days", "day", "miles", "mi", "years", "yrs", "years old"):
        return None
    v = float(m.group(2).replace(",", ""))
    return -v if m.group(1) else v


def fold(s):
    return re.sub(r"\s+", " ", (s or "").strip().lower())


# ----------------------------------------------------------------------------------------------
# guards

def ranking(counter):
    return sorted(counter.items(), key=lambda kv: -kv[1])


def top(counter, what, n=1, reverse=False):
    """The top (or bottom) key; leads the next by more than 5%; with n=2 the runner-up leads the third too."""
    items = sorted(counter.items(), key=lambda kv: (kv[1] if reverse else -kv[1]))
    if "--debug" in ARGS:
        print(f"    ranking {what}: {items[:6]}")
    for i in range(n):
        a, b = items[i][1], items[i + 1][1]
        if reverse:
            ok = b > a * 1.05 if a > 0 else b > 0
        else:
            ok = a > b * 1.05
        if not ok:
            fail(f"{what}: {items[i]} vs {items[i + 1]} within 5%")
    return [k for k, _ in items[:n]]


def alone(values, what):
    vs = sorted(values, reverse=True)
    if len(vs) > 1 and vs[0] == vs[1]:
        fail(f"{what}: the top value is shared")


def positive(v, what):
    if not v > 0:
        fail(f"{what}: {v} is not positive")
    return v


def away(values, thr, margin, what):
    for v in values:
        if abs(v - thr) < margin:
            fail(f"{what}: value {v} within {margin} of {thr}")


# ----------------------------------------------------------------------------------------------
# label spellings

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def month_label(y, m):
    return [f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {y}", f"{y}-{m:02d}"]


def day_label(d, us=False):
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    out = [f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
           f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
           f"{d.day}{suf} {MONTHS[d.month - 1]} {d.year}", d.isoformat()]
    out.append(f"{d.month}/{d.day}/{d.year}" if us else d.strftime("%d/%m/%Y"))
    return out


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# ----------------------------------------------------------------------------------------------
QUESTIONS = []


def Q(dataset, question, note, truth):
    QUESTIONS.append({"dataset": dataset, "question": question, "note": note, "truth": truth})


def N(v, unit):
    v = round(v, 6)
    if abs(v - round(v)) < 1e-9:
        v = int(round(v))
    return {"number": v, "unit": unit}


def pct(a, b):
    return 100.0 * a / b


# ==============================================================================================
# 1. staff leave

def leave_kind(t):
    t = fold(t)
    if t in ("annual leave", "al", "holiday", "hols"):
        return "annual"
    if t.startswith("sick") or t == "ill":
        return "sick"
    if t in ("toil", "time off in lieu"):
        return "toil"
    if t.startswith("unpaid"):
        return "unpaid"
    if t.startswith("compassionate") or t == "bereavement":
        return "comp"
    if t in ("medical appt", "dentist", "doctor's appt", "hospital appt"):
        return "appt"
    raise ValueError(t)


def leave_status(s):
    s = fold(s)
    if s in ("approved", "ok", "authorised", "booked"):
        return "approved"
    if s in ("pending", "awaiting approval"):
        return "pending"
    if s in ("declined", "rejected", "not approved"):
        return "declined"
    if s in ("cancelled", "canceled", "withdrawn", "cancelled by employee"):
        return "cancelled"
    if s in ("", "n/a", "recorded", "self-cert", "fit note"):
        return "none"
    raise ValueError(s)


def leave_days(s):
    f = fold(s)
    if f in ("half day", "half", "½ day"):
        return 0.5
    if f == ".5":
        return 0.5
    return num(s)


def dmy(s):
    return dt.datetime.strptime(s.strip(), "%d/%m/%Y").date()


def team_fold(t):
    f = fold(t)
    return {"customer services": "Customer Services", "customer service": "Customer Services",
            "cust services": "Customer Services", "operations": "Operations", "ops": "Operations",
            "sales": "Sales", "sales team": "Sales", "finance": "Finance", "accounts": "Finance", "it": "IT",
            "i.t.": "IT", "it support": "IT", "marketing": "Marketing", "mktg": "Marketing", "hr": "HR",
            "people (hr)": "HR", "human resources": "HR", "facilities": "Facilities",
            "leadership": "Leadership", "senior leadership": "Leadership", "slt": "Leadership"}[f]


def office_fold(o):
    f = fold(o)
    return {"leeds": "Leeds", "leeds hq": "Leeds", "manchester": "Manchester", "manchester office": "Manchester",
            "mcr": "Manchester", "remote": "Remote", "home-based": "Remote"}[f]


TEAM_LABELS = {"Customer Services": ["Customer Services", "Customer Service", "Cust Services"],
               "Operations": ["Operations", "Ops"], "Sales": ["Sales"], "Finance": ["Finance", "Accounts"],
               "IT": ["IT", "I.T.", "IT Support"], "Marketing": ["Marketing", "Mktg"],
               "HR": ["HR", "Human Resources", "People"], "Facilities": ["Facilities"],
               "Leadership": ["Leadership", "Senior Leadership", "SLT"]}


def staff_leave():
    rows = read("staff_leave.csv")
    lst = read("staff_list.csv")
    staff = {}
    for s in lst:
        n = int(re.sub(r"\D", "", s["Staff No"]))
        staff[n] = {"name": s["Name"].strip(), "team": team_fold(s["Team"]), "office": office_fold(s["Office"]),
                    "allow": num(s["Holiday allowance 2024 (days)"].replace("(pro rata)", ""))}
    L = []
    for r in rows:
        L.append({"num": int(re.sub(r"\D", "", r["Staff No"])), "name": r["Name"], "kind": leave_kind(r["Leave type"]),
                  "status": leave_status(r["Status"]), "from": dmy(r["From"]), "to": dmy(r["To"]),
                  "days": leave_days(r["Days"]), "req": dmy(r["Date requested"]) if r["Date requested"].strip() else None})
    for x in L:
        x["taken"] = x["kind"] == "sick" or x["status"] == "approved"
        assert x["num"] in staff, x
        if x["taken"]:
            assert x["days"] is not None
        # nothing crosses a month except the one long sickness absence (inside a quarter)
        if (x["from"].year, x["from"].month) != (x["to"].year, x["to"].month):
            assert x["kind"] == "sick" and x["from"].month == 11 and x["to"].month == 12, x
    ds = ["staff_leave.csv"]
    dj = ["staff_leave.csv", "staff_list.csv"]

    def taken(kind, pred=lambda x: True):
        return [x for x in L if x["taken"] and x["kind"] == kind and pred(x)]

    in2024 = lambda x: x["from"].year == 2024  # noqa: E731
    al24 = taken("annual", in2024)
    sick24 = taken("sick", in2024)

    Q(ds, "How many days of annual leave did people take in 2024 altogether?",
      "sum of Days over approved annual leave (Annual leave / AL / Holiday / Hols) starting in 2024; declined, "
      "cancelled and pending requests left out",
      N(sum(x["days"] for x in al24), "days"))
    Q(ds, "How many working days did we lose to sickness in 2024?",
      "sum of Days over sickness rows starting in 2024 (the long absence of Nov-Dec 2024 included whole)",
      N(sum(x["days"] for x in sick24), "days"))
    sick_all = taken("sick")
    Q(ds, "On average, how many days is someone off each time they're sick?",
      "mean Days over every sickness row in the log (Jan 2024 - Mar 2025); each row is one absence",
      N(sum(x["days"] for x in sick_all) / len(sick_all), "days"))
    Q(ds, "How many holiday requests did we turn down?",
      "annual leave rows with status Declined / Rejected / Not approved",
      N(sum(1 for x in L if x["kind"] == "annual" and x["status"] == "declined"), "requests"))
    Q(ds, "How many leave requests are still waiting for someone to approve them?",
      "rows with status Pending / Awaiting approval (any leave type)",
      N(sum(1 for x in L if x["status"] == "pending"), "requests"))
    bym = Counter()
    for x in al24:
        bym[x["from"].month] += x["days"]
    t1, t2 = top(bym, "annual leave month 2024", 2)
    Q(ds, "Which month of 2024 had the most days of annual leave taken, and which month came second?",
      "approved annual leave days by month of From in 2024 (no booking crosses a month); top in label, "
      "second in labels",
      {"label": month_label(2024, t1), "labels": [month_label(2024, t2)]})
    Q(ds, "How many different people were off sick at least once in 2024?",
      "distinct Staff No (integer value: 014 = 14) over sickness rows starting in 2024",
      N(len({x["num"] for x in sick24}), "people"))
    per = Counter()
    for x in sick24:
        per[x["num"]] += x["days"]
    (who,) = top(per, "most sick days 2024")
    nm = staff[who]["name"]
    first, last = nm.split()
    names = {nm, f"{first} {last[0]}", f"{first[0]} {last}"}
    Q(ds, "Who had the most sick days in 2024?",
      "sickness days in 2024 summed per Staff No (names are written several ways); the name from the log",
      {"label": sorted(names)})
    q1 = lambda y: sum(x["days"] for x in taken("sick", lambda x: x["from"].year == y and x["from"].month <= 3))  # noqa
    Q(ds, "How many more sick days did we have in January to March 2025 than in January to March 2024?",
      "sickness days with From in Jan-Mar 2025 minus those in Jan-Mar 2024",
      N(positive(q1(2025) - q1(2024), "sick Q1 growth"), "days"))
    Q(ds, "What was the average length of a holiday booking in 2024, in days?",
      "mean Days over approved annual leave rows starting in 2024",
      N(sum(x["days"] for x in al24) / len(al24), "days"))
    al_req = [x for x in L if x["kind"] == "annual" and x["status"] == "approved" and x["req"]]
    assert len(al_req) == len([x for x in L if x["kind"] == "annual" and x["status"] == "approved"])
    Q(ds, "How much notice do people give on average when they book a holiday that gets approved? In days.",
      "mean of (From - Date requested) in calendar days over every approved annual leave row (all dates, "
      "including approved bookings after March 2025)",
      N(sum((x["from"] - x["req"]).days for x in al_req) / len(al_req), "days"))
    all24 = [x for x in L if x["taken"] and in2024(x)]
    Q(ds, "What percentage of all the days people had off in 2024 were sick days?",
      "sickness days / all days taken in 2024 (sickness + approved annual, TOIL, unpaid, compassionate, "
      "appointments), as a percentage",
      N(pct(sum(x["days"] for x in sick24), sum(x["days"] for x in all24)), "%"))
    away([x["days"] for x in al24], 7, 0.75, "holiday length 7")
    Q(ds, "How many holidays longer than 7 working days were taken in 2024?",
      "approved annual leave rows starting in 2024 with Days > 7 (no booking is 6.5-7.5 days)",
      N(sum(1 for x in al24 if x["days"] > 7), "holidays"))
    Q(ds, "How many booked holidays did people cancel themselves?",
      "annual leave rows with status Cancelled / Canceled / Withdrawn / Cancelled by employee",
      N(sum(1 for x in L if x["kind"] == "annual" and x["status"] == "cancelled"), "holidays"))
    wd = Counter(x["from"].weekday() for x in sick_all)
    (w,) = top(wd, "sick weekday")
    Q(ds, "Which day of the week do people most often go off sick?",
      "weekday of From over every sickness row (each absence counted once)",
      {"label": [WEEKDAYS[w], WEEKDAYS[w] + "s"]})
    Q(ds, "How many entries in the leave log don't have the number of days filled in?",
      "rows whose Days is tbc / ? / blank (all of them pending requests)",
      N(sum(1 for x in L if x["days"] is None), "entries"))
    # joined with the staff list
    heads = Counter(s["team"] for s in staff.values())
    team_sick = Counter()
    for x in sick24:
        team_sick[staff[x["num"]]["team"]] += x["days"]
    rate = {t: team_sick[t] / heads[t] for t in heads}
    (t,) = top(rate, "team sick per head")
    Q(dj, "Which team had the most sick days per person in 2024?",
      "sickness days in 2024 by the staff list's team (joined on Staff No, team spellings folded) divided by "
      "the team's head count in the staff list",
      {"label": TEAM_LABELS[t]})
    Q(dj, "How many days of holiday did the Customer Services team take in 2024?",
      "approved annual leave days starting in 2024 of staff whose team in the staff list is Customer Services "
      "(also written Customer Service / Cust Services)",
      N(sum(x["days"] for x in al24 if staff[x["num"]]["team"] == "Customer Services"), "days"))
    used = Counter()
    for x in al24:
        used[x["num"]] += x["days"]
    left = {n: s["allow"] - used[n] for n, s in staff.items()}
    away(left.values(), 5, 0.5, "holiday left 5")
    Q(dj, "How many people had more than 5 days of their 2024 holiday allowance left at the end of the year?",
      "per person in the staff list: 2024 allowance minus approved annual leave days starting in 2024; count "
      "> 5 (nobody has 4.5-5.5 left)",
      N(sum(1 for v in left.values() if v > 5), "people"))
    oh = Counter(s["office"] for s in staff.values())
    osick = Counter()
    for x in sick24:
        osick[staff[x["num"]]["office"]] += x["days"]
    orate = {o: osick[o] / oh[o] for o in ("Leeds", "Manchester")}
    (o,) = top(orate, "office sick per head")
    Q(dj, "Which office had more sick days per head in 2024, Leeds or Manchester?",
      "sickness days in 2024 by the staff list's office (Leeds HQ = Leeds, MCR = Manchester) divided by that "
      "office's head count",
      {"label": [o]})
    Q(dj, "What was the average number of sick days per person in the Sales team in 2024?",
      "sickness days in 2024 of Sales staff / the Sales head count in the staff list",
      N(team_sick["Sales"] / heads["Sales"], "days"))
    team_al = Counter()
    for x in al24:
        team_al[staff[x["num"]]["team"]] += x["days"]
    arate = {t: team_al[t] / heads[t] for t in heads}
    (t,) = top(arate, "team least holiday per head", reverse=True)
    Q(dj, "Which team took the least holiday per person in 2024?",
      "approved annual leave days in 2024 by team divided by the team's head count in the staff list; lowest",
      {"label": TEAM_LABELS[t]})


# ==============================================================================================
# 2. holiday club

HC = {"ts": "Timestamp", "child": "Child's full name", "age": "Child's age on 1st July",
      "weeks": "Which week(s) would you like to book? (tick all that apply)",
      "mode": "Would you like full days (9am-3pm) or mornings only (9am-12 noon)?",
      "need": "Does your child have any allergies, medical conditions or additional needs we should know about?",
      "photo": "Are you happy for your child to appear in photos on our Facebook page?",
      "heard": "How did you hear about the holiday club?",
      "sib": "Is this a second or further child from the same family? (10% sibling discount)",
      "paid": "Amount paid (office use only)", "notes": "Notes (office use only)"}
NO_NEED = {"no", "none", "n/a", "-", "nope", "nothing", ""}


def heard_fold(s):
    f = fold(s)
    if f == "facebook":
        return "Facebook"
    if f == "school newsletter":
        return "School newsletter"
    if f in ("a friend or family member", "friend told me", "my sister", "a mum at the school gate"):
        return "Friend or family"
    if f in ("poster or leaflet", "saw the banner outside school", "noticeboard at the library"):
        return "Poster"
    if f == "we came last year":
        return "Came last year"
    if f in ("mumsnet", "nextdoor app"):
        return "Other website"
    raise ValueError(s)


HEARD_LABELS = {"Facebook": ["Facebook", "FB"], "School newsletter": ["School newsletter", "newsletter"],
                "Friend or family": ["friend or family member", "friend", "word of mouth"],
                "Came last year": ["came last year", "returning"],
                "Poster": ["poster", "leaflet"]}


def holiday_club():
    rows = read("holiday_club_bookings.csv")
    B = []
    for r in rows:
        ts = dt.datetime.strptime(r[HC["ts"]], "%d/%m/%Y %H:%M:%S")
        notes, paid = fold(r[HC["notes"]]), fold(r[HC["paid"]])
        age = re.search(r"\d+", r[HC["age"]])
        B.append({"ts": ts, "year": ts.year, "child": fold(r[HC["child"]]),
                  "age": int(age.group()) if age else None,
                  "weeks": len(re.findall(r"Week \d", r[HC["weeks"]])),
                  "wk": [int(w) for w in re.findall(r"Week (\d)", r[HC["weeks"]])],
                  "morn": fold(r[HC["mode"]]).startswith("mornings"),
                  "need": fold(r[HC["need"]]) not in NO_NEED,
                  "nophoto": fold(r[HC["photo"]]).startswith("no"),
                  "heard": heard_fold(r[HC["heard"]]), "sib": fold(r[HC["sib"]]) == "yes",
                  "dup": "dup" in notes, "cancel": "cancel" in notes or "refund" in paid,
                  "paid": None if "refund" in paid else num(r[HC["paid"]])})
    ds = ["holiday_club_bookings.csv"]
    v = lambda y: [x for x in B if x["year"] == y and not x["dup"] and not x["cancel"]]  # noqa: E731
    v25, v24 = v(2025), v(2024)
    for x in B:
        if x["dup"] or x["cancel"]:
            assert x["paid"] is None, x
    Q(ds, "How many children have we got booked in for summer 2025, not counting anyone who cancelled?",
      "forms with a 2025 timestamp, leaving out duplicates (notes 'dup') and cancellations (notes 'cancelled' "
      "or amount 'refunded'); one form per child",
      N(len(v25), "children"))
    wk = Counter()
    for x in v25:
        for w in x["wk"]:
            wk[w] += 1
    w1, w2 = top(wk, "busiest week 2025", 2)
    wlab = {1: "21-25 July", 2: "28 July - 1 August", 3: "4-8 August", 4: "11-15 August", 5: "18-22 August",
            6: "26-29 August"}
    Q(ds, "Which week is the busiest this summer, and which is the next busiest?",
      "2025 children booked (no duplicates or cancellations) ticking each week; top in label, second in labels",
      {"label": [f"Week {w1}", wlab[w1]], "labels": [[f"Week {w2}", wlab[w2]]]})
    Q(ds, "Adding up every child's weeks, how many weeks have been booked for this summer?",
      "sum over 2025 children booked of the number of weeks ticked (one child for one week = 1)",
      N(sum(x["weeks"] for x in v25), "weeks"))
    take25 = sum(x["paid"] for x in v25 if x["paid"] is not None)
    Q(ds, "How much money have we taken for summer 2025 so far?",
      "sum of the amounts paid on 2025 forms; blank / not paid / due / see above / refunded are not money taken",
      N(take25, "£"))
    Q(ds, "How many of this summer's bookings haven't paid yet?",
      "2025 children booked whose amount is blank / not paid / due",
      N(sum(1 for x in v25 if x["paid"] is None), "bookings"))
    Q(ds, "What percentage of this summer's children have an allergy, a medical condition or an additional need?",
      "2025 children booked whose answer is not No / None / N/A / - / Nope / Nothing / blank, over all 2025 "
      "children booked ('No allergies but has asthma' is a need)",
      N(pct(sum(1 for x in v25 if x["need"]), len(v25)), "%"))
    Q(ds, "How many children this summer must be kept out of the photos on our Facebook page?",
      "2025 children booked whose photo answer starts 'No'",
      N(sum(1 for x in v25 if x["nophoto"]), "children"))
    ages = [x["age"] for x in v25 if x["age"] is not None]
    Q(ds, "What's the average age of the children booked this summer?",
      "mean of the age on 1st July over 2025 children booked with an age ('7 years' = 7; '?' / blank left out)",
      N(sum(ages) / len(ages), "years"))
    Q(ds, "What share of this summer's children are coming for mornings only?",
      "2025 children booked whose answer starts 'Mornings' / all 2025 children booked, as a percentage",
      N(pct(sum(1 for x in v25 if x["morn"]), len(v25)), "%"))
    Q(ds, "How many more weeks were booked this summer than last summer?",
      "weeks ticked by 2025 children booked minus weeks ticked by 2024 children booked (duplicates and "
      "cancellations left out both years)",
      N(positive(sum(x["weeks"] for x in v25) - sum(x["weeks"] for x in v24), "weeks growth"), "weeks"))
    take24 = sum(x["paid"] for x in v24 if x["paid"] is not None)
    Q(ds, "How much more money have we taken for this summer than we took for the whole of last summer?",
      "amounts paid on 2025 forms minus amounts paid on 2024 forms",
      N(positive(take25 - take24, "takings growth"), "£"))
    hh = Counter(x["heard"] for x in v25)
    h1, h2 = top(hh, "heard 2025", 2)
    Q(ds, "How did most families hear about us this year, and what came second?",
      "2025 children booked by their answer, free-typed 'Other' answers grouped (friend told me / my sister / a "
      "mum at the school gate = friend or family; banner / noticeboard = poster); per form",
      {"label": HEARD_LABELS[h1], "labels": [HEARD_LABELS[h2]]})
    names24 = {x["child"] for x in v24}
    Q(ds, "How many of this summer's children also came to the club last summer? Don't count anyone whose booking "
          "last summer was cancelled.",
      "2025 children booked whose full name (case and spaces ignored) is among 2024's children booked",
      N(sum(1 for x in v25 if x["child"] in names24), "children"))
    Q(ds, "How many booking forms were sent in twice by mistake?",
      "rows whose office notes say DUPLICATE / dup / Duplicate, both summers",
      N(sum(1 for x in B if x["dup"]), "forms"))
    Q(ds, "On average, how many weeks is each child coming for this summer?",
      "mean weeks ticked over 2025 children booked",
      N(sum(x["weeks"] for x in v25) / len(v25), "weeks"))
    Q(ds, "How many children are booked for all six weeks this summer?",
      "2025 children booked ticking six weeks",
      N(sum(1 for x in v25 if x["weeks"] == 6), "children"))
    Q(ds, "How many children are getting the sibling discount this summer?",
      "2025 children booked answering Yes to the sibling question",
      N(sum(1 for x in v25 if x["sib"]), "children"))
    days = Counter(x["ts"].date() for x in B if x["year"] == 2025 and not x["dup"])
    (d,) = top(days, "busiest booking day 2025")
    days2 = Counter(x["ts"].date() for x in v25)
    assert top(days2, "busiest booking day 2025 (kept only)") == [d]
    Q(ds, "On which day did we get the most bookings for this summer?",
      "2025 forms (duplicates left out) by the date of the Timestamp; the same day wins with cancellations "
      "left out too",
      {"label": day_label(d)})
    Q(ds, "How many bookings were cancelled last summer?",
      "2024 forms (not duplicates) whose notes say cancelled or amount says refunded",
      N(sum(1 for x in B if x["year"] == 2024 and not x["dup"] and x["cancel"]), "bookings"))
    paid25 = [x for x in v25 if x["paid"] is not None]
    Q(ds, "What are we actually getting per child per week this summer, on average?",
      "amounts paid on 2025 forms / the weeks ticked on those same paid forms (unpaid forms left out of both)",
      N(sum(x["paid"] for x in paid25) / sum(x["weeks"] for x in paid25), "£/week"))
    Q(ds, "How many children under 8 are coming this summer?",
      "2025 children booked with an age of 4-7 (age missing left out)",
      N(sum(1 for x in v25 if x["age"] is not None and x["age"] < 8), "children"))


# ==============================================================================================
# 3. house share

PEOPLE = ["Jess", "Tom", "Priya", "Callum"]
PAYER = {"jess": "Jess", "j": "Jess", "jessica": "Jess", "tom": "Tom", "tom b": "Tom", "priya": "Priya",
         "p": "Priya", "pri": "Priya", "callum": "Callum", "cal": "Callum", "callum m": "Callum"}
HS_CAT = {"food shop": "food", "groceries": "food", "food": "food", "shopping": "food", "energy": "energy",
          "gas & elec": "energy", "electric/gas": "energy", "water": "water", "broadband": "internet",
          "wifi": "internet", "internet": "internet", "tv licence": "tv", "netflix": "netflix",
          "streaming": "netflix", "household": "household", "cleaning": "household", "house stuff": "household",
          "takeaway": "takeaway", "takeaways": "takeaway", "take away": "takeaway", "house party": "social",
          "social": "social", "drinks": "social", "furniture": "furniture", "furniture/repairs": "furniture",
          "settle up": "settle", "paid back": "settle", "transfer": "settle"}
HS_LABELS = {"food": ["food shop", "food shopping", "groceries", "food"], "energy": ["energy", "gas & elec"],
             "takeaway": ["takeaway", "takeaways", "take away"], "household": ["household", "cleaning"],
             "social": ["social", "house party"], "furniture": ["furniture"], "internet": ["broadband", "internet"],
             "water": ["water"], "netflix": ["Netflix", "streaming"], "tv": ["TV licence"]}


def hs_split(s):
    f = fold(s)
    if f in ("", "all", "everyone", "4 ways", "all 4"):
        return PEOPLE[:]
    if f.startswith("not "):
        out = PAYER[f[4:].strip()]
        return [p for p in PEOPLE if p != out]
    return [PAYER[p.strip()] for p in re.split(r"[,&+]", f)]


def hs_date(s):
    s = s.strip().replace("Sept", "Sep")
    return dt.datetime.strptime(s, "%d %b %Y").date()


def house_share():
    rows = read("house_share_expenses.csv")
    E = []
    for r in rows:
        E.append({"d": hs_date(r["Date"]), "what": r["What"].strip(), "cat": HS_CAT[fold(r["Category"])],
                  "amt": num(r["Amount"]), "payer": PAYER[fold(r["Paid by"])], "split": hs_split(r["Split between"])})
    ds = ["house_share_expenses.csv"]
    spend = [x for x in E if x["cat"] != "settle" and x["amt"] is not None]
    year = lambda x: 1 if x["d"] < dt.date(2024, 9, 1) else 2  # noqa: E731
    catsum = lambda c, pred=lambda x: True: sum(x["amt"] for x in spend if x["cat"] == c and pred(x))  # noqa
    Q(ds, "How much have we spent on gas and electricity altogether, after the refunds?",
      "sum of Amount over energy rows (Energy / Gas & elec / Electric/gas), the two Octopus refunds negative",
      N(catsum("energy"), "£"))
    Q(ds, "How much did we spend on takeaways in our first year here (September 2023 to August 2024)?",
      "sum of takeaway rows (Takeaway / Takeaways / Take away) dated Sept 2023 - Aug 2024; rows with no amount "
      "left out",
      N(catsum("takeaway", lambda x: year(x) == 1), "£"))
    em = Counter()
    for x in spend:
        if x["cat"] == "energy":
            em[(x["d"].year, x["d"].month)] += x["amt"]
    (m,) = top(em, "energy month")
    Q(ds, "Which month did we pay the most for energy, and how much was it?",
      "energy rows summed by calendar month; the label is the month, the number its total",
      {"label": month_label(*m), **N(em[m], "£")})
    paid = Counter()
    for x in spend:
        paid[x["payer"]] += x["amt"]
    p1, p2 = top(paid, "paid most", 2)
    PL = {"Jess": ["Jess", "Jessica"], "Tom": ["Tom"], "Priya": ["Priya"], "Callum": ["Callum", "Cal"]}
    Q(ds, "Who has paid for the most stuff overall, and who's next?",
      "Amount summed by payer over every spending row (settle-ups left out, refunds negative); top in label, "
      "second in labels",
      {"label": PL[p1], "labels": [PL[p2]]})
    bal = Counter({p: 0.0 for p in PEOPLE})
    for x in E:
        if x["amt"] is None:
            continue
        bal[x["payer"]] += x["amt"]
        for p in x["split"]:
            bal[p] -= x["amt"] / len(x["split"])
    assert abs(sum(bal.values())) < 1e-6
    owe = {p: -b for p, b in bal.items()}
    (p,) = top(owe, "owes most")
    Q(ds, "Who owes the most to the rest of the house right now, and how much?",
      "balance = paid (settle-ups included) minus equal shares of every row one is in the split of (a "
      "settle-up's split is the person paid back); the most negative balance, reported as a positive amount",
      {"label": PL[p], **N(owe[p], "£")})
    food = [x["amt"] for x in spend if x["cat"] == "food"]
    Q(ds, "What does a food shop cost us on average?",
      "mean Amount over food shop rows (Food shop / Groceries / food / Shopping) with an amount",
      N(sum(food) / len(food), "£"))
    away(food, 100, 3, "food shop 100")
    Q(ds, "How many food shops came to more than £100?",
      "food shop rows with Amount > 100 (none within £3 of £100)",
      N(sum(1 for a in food if a > 100), "shops"))
    Q(ds, "How much did the house spend in 2024 in total, after refunds?",
      "sum of every spending row dated in calendar 2024 (settle-ups left out, refunds negative)",
      N(sum(x["amt"] for x in spend if x["d"].year == 2024), "£"))
    Q(ds, "How much less did we pay for energy in our second year than in our first?",
      "energy rows Sept 2023 - Aug 2024 minus energy rows Sept 2024 - Aug 2025 (refunds in each)",
      N(positive(catsum("energy", lambda x: year(x) == 1) - catsum("energy", lambda x: year(x) == 2),
                 "energy drop"), "£"))
    tot = sum(x["amt"] for x in spend)
    Q(ds, "What share of everything we spend goes on food shopping?",
      "food shop rows / all spending rows (settle-ups left out, refunds negative), whole sheet, as a percentage",
      N(pct(catsum("food"), tot), "%"))
    big = max(spend, key=lambda x: x["amt"])
    alone([x["amt"] for x in spend], "biggest expense")
    Q(ds, "What's the single most expensive thing we've paid for, and how much was it?",
      "the largest Amount among spending rows (settle-ups are not expenses); label from What",
      {"label": ["sofa"], **N(big["amt"], "£")})
    refunds = [x["amt"] for x in spend if x["amt"] < 0]
    Q(ds, "How many refunds have we had, and how much did they come to?",
      "rows with a negative Amount: how many, and their total as a positive amount",
      {"numbers": [len(refunds), round(-sum(refunds), 6)], "unit": ""})
    Q(ds, "How many entries are missing an amount?",
      "rows whose Amount is ? / tbc / ask Tom / blank",
      N(sum(1 for x in E if x["amt"] is None), "entries"))
    Q(ds, "How much has Priya paid for food shopping?",
      "food shop rows whose Paid by is Priya / priya / P / Pri",
      N(catsum("food", lambda x: x["payer"] == "Priya"), "£"))
    tk_all = Counter(x["payer"] for x in E if x["cat"] == "takeaway")
    tk_amt = Counter(x["payer"] for x in spend if x["cat"] == "takeaway")
    (tp,) = top(tk_all, "takeaway payer")
    assert top(tk_amt, "takeaway payer (with amounts)") == [tp]
    Q(ds, "Which of us pays for the takeaway most often?",
      "takeaway rows counted by payer (the same with or without the rows missing an amount)",
      {"label": PL[tp]})
    tk = [x["amt"] for x in spend if x["cat"] == "takeaway"]
    Q(ds, "What's the average cost of a takeaway?",
      "mean Amount over takeaway rows with an amount",
      N(sum(tk) / len(tk), "£"))
    mm = Counter()
    for x in spend:
        mm[(x["d"].year, x["d"].month)] += x["amt"]
    (m,) = top(mm, "month most spending")
    Q(ds, "Which month did we spend the most money in overall?",
      "all spending rows summed by calendar month (settle-ups left out)",
      {"label": month_label(*m)})
    growth = {c: catsum(c, lambda x: year(x) == 2) - catsum(c, lambda x: year(x) == 1)
              for c in set(x["cat"] for x in spend)}
    (g,) = top(growth, "category growth")
    positive(growth[g], "category growth")
    Q(ds, "What kind of spending went up the most from our first year (Sept 2023 - Aug 2024) to our second "
          "(Sept 2024 - Aug 2025)?",
      "each category's spending in year two minus year one; the largest increase in pounds",
      {"label": HS_LABELS[g]})
    ns = [x for x in E if x["cat"] != "settle" and len(x["split"]) < 4]
    assert len(ns) == len([x for x in spend if len(x["split"]) < 4])
    Q(ds, "How many of our expenses weren't shared between all four of us?",
      "rows other than settle-ups whose Split between names fewer than four (e.g. 'not Priya', 'Tom, Cal')",
      N(len(ns), "expenses"))
    Q(ds, "How much have we paid each other back in settle-ups altogether?",
      "sum of Settle up / Paid back / Transfer rows",
      N(sum(x["amt"] for x in E if x["cat"] == "settle"), "£"))
    tv = max((x for x in spend if x["cat"] == "tv"), key=lambda x: x["d"])
    Q(ds, "How much did each of us pay towards the TV licence last time?",
      "the latest TV licence row's Amount divided by the four people in its split",
      N(tv["amt"] / len(tv["split"]), "£"))


# ==============================================================================================
# 4. community car scheme

DRIVER = {"bob harris": "Bob Harris", "bob h": "Bob Harris", "robert harris": "Bob Harris", "bob": "Bob Harris",
          "margaret cole": "Margaret Cole", "maggie cole": "Margaret Cole", "margaret c": "Margaret Cole",
          "maggie": "Margaret Cole", "dev patel": "Dev Patel", "dev": "Dev Patel", "devesh patel": "Dev Patel",
          "sue jenkins": "Sue Jenkins", "sue j": "Sue Jenkins", "susan jenkins": "Sue Jenkins",
          "alan brooks": "Alan Brooks", "alan b": "Alan Brooks", "pat o'neill": "Pat O'Neill",
          "pat oneill": "Pat O'Neill", "pat o'neil": "Pat O'Neill", "geoff barnes": "Geoff Barnes",
          "geoff b": "Geoff Barnes", "geoffrey barnes": "Geoff Barnes", "linda marsh": "Linda Marsh",
          "linda m": "Linda Marsh", "keith doyle": "Keith Doyle", "keith d": "Keith Doyle",
          "ann whitfield": "Ann Whitfield", "anne whitfield": "Ann Whitfield", "ann w": "Ann Whitfield",
          "trevor lane": "Trevor Lane", "trev lane": "Trevor Lane", "trevor l": "Trevor Lane",
          "julie fox": "Julie Fox", "julie f": "Julie Fox", "howard price": "Howard Price",
          "howard p": "Howard Price", "sian lloyd": "Sian Lloyd", "siân lloyd": "Sian Lloyd",
          "sian l": "Sian Lloyd"}
DRIVER_LABELS = {"Bob Harris": ["Bob Harris", "Robert Harris", "Bob"],
                 "Margaret Cole": ["Margaret Cole", "Maggie Cole", "Margaret", "Maggie"],
                 "Dev Patel": ["Dev Patel", "Devesh Patel", "Dev"], "Sue Jenkins": ["Sue Jenkins", "Susan Jenkins"],
                 "Sian Lloyd": ["Sian Lloyd", "Siân Lloyd"]}
REASON = {"hospital appt": "hospital", "hospital": "hospital", "hosp": "hospital", "outpatients": "hospital",
          "gp": "gp", "doctor": "gp", "gp appt": "gp", "surgery": "gp", "dentist": "dentist", "dental": "dentist",
          "optician": "optician", "eye test": "optician", "shopping": "shopping", "shops": "shopping",
          "supermarket": "shopping", "lunch club": "social", "social": "social", "day centre": "social",
          "other": "other", "hair appt": "other", "vet": "other"}
VILLAGE = {"little marsh": "Little Marsh", "l. marsh": "Little Marsh", "lt marsh": "Little Marsh",
           "stonebridge": "Stonebridge", "stonebridge village": "Stonebridge", "ashcombe": "Ashcombe",
           "hatherley": "Hatherley", "hatherly": "Hatherley", "westfield": "Westfield", "west field": "Westfield",
           "kingsmoor": "Kingsmoor", "kings moor": "Kingsmoor"}
VILLAGE_LABELS = {"Little Marsh": ["Little Marsh", "L. Marsh", "Lt Marsh"], "Stonebridge": ["Stonebridge"],
                  "Ashcombe": ["Ashcombe"], "Hatherley": ["Hatherley", "Hatherly"],
                  "Westfield": ["Westfield", "West Field"], "Kingsmoor": ["Kingsmoor", "Kings Moor"]}


def car_status(s):
    f = fold(s)
    if f in ("done", "completed", ""):
        return "done"
    if f.startswith("cancel") or f in ("canx", "appt cancelled"):
        return "cancelled"
    if f.startswith("no driver") or f == "couldn't cover":
        return "nodriver"
    if f in ("passenger not in", "no answer at door"):
        return "notin"
    raise ValueError(s)


def donation(s):
    f = fold(s)
    if f in ("nil", "none"):
        return 0.0
    return num(s)


def community_car():
    rows = read("community_car_trips.csv")
    pax = {}
    for p in read("passengers.csv"):
        w = fold(p["Wheelchair user?"])
        pax[int(re.sub(r"\D", "", p["Passenger No"]))] = {
            "village": VILLAGE[fold(p["Village"])], "wheel": w in ("yes", "y", "yes - folding"),
            "reg": dmy(p["Date registered"]), "ref": fold(p["Referred by"])}
    T = []
    for r in rows:
        pick = dt.datetime.strptime(r["Pick-up"], "%Y-%m-%d %H:%M")
        back = dt.datetime.strptime(r["Back home"], "%Y-%m-%d %H:%M") if r["Back home"].strip() else None
        T.append({"pick": pick, "back": back, "p": int(re.sub(r"\D", "", r["Passenger"])),
                  "drv": DRIVER[fold(r["Driver"])] if r["Driver"].strip() else None,
                  "dest": r["Going to"].strip(), "reason": REASON[fold(r["Reason"])], "miles": num(r["Miles"]),
                  "don": donation(r["Donation"]), "claim": num(r["Mileage claimed"]),
                  "claim_txt": fold(r["Mileage claimed"]), "status": car_status(r["Status"])})
    for t in T:
        assert t["p"] in pax
        if t["status"] == "done":
            assert t["back"] is not None and t["drv"]
    ds = ["community_car_trips.csv"]
    dj = ["community_car_trips.csv", "passengers.csv"]
    done = [t for t in T if t["status"] == "done"]
    d24 = [t for t in done if t["pick"].year == 2024]
    Q(ds, "How many trips did our drivers do in 2024?",
      "rows picked up in 2024 whose Status is Done / Completed / blank (cancelled, no-driver and not-in rows "
      "left out)",
      N(len(d24), "trips"))
    Q(ds, "How many miles did we drive in 2024?",
      "sum of Miles over trips done in 2024 ('24 miles' / '24mi' = 24; ? / forgot / blank left out)",
      N(sum(t["miles"] for t in d24 if t["miles"] is not None), "miles"))
    Q(ds, "How much did we pay the drivers in mileage in 2024?",
      "sum of the Mileage claimed amounts on rows picked up in 2024 (not claimed / waived / tbc / blank are not "
      "paid; a wasted journey to a passenger not in is paid)",
      N(sum(t["claim"] for t in T if t["pick"].year == 2024 and t["claim"] is not None), "£"))
    Q(ds, "How much have passengers given us in donations altogether?",
      "sum of Donation over the whole log (nil / none = 0; ? / not recorded left out)",
      N(sum(t["don"] for t in T if t["don"] is not None), "£"))
    dd = [t["don"] for t in done if t["don"] is not None]
    Q(ds, "On average, how much does a passenger donate per trip?",
      "mean Donation over trips done with a donation recorded (nil / none / 0 count as 0; ? / not recorded left "
      "out)",
      N(sum(dd) / len(dd), "£"))
    Q(ds, "What share of our trips are hospital appointments?",
      "trips done whose Reason is Hospital appt / Hospital / hosp / Outpatients, over all trips done, whole log",
      N(pct(sum(1 for t in done if t["reason"] == "hospital"), len(done)), "%"))
    dc = Counter(t["drv"] for t in d24)
    a, b = top(dc, "driver 2024", 2)
    Q(ds, "Which driver did the most trips in 2024, and who was second?",
      "trips done in 2024 counted by driver (names written several ways: Bob / Bob H / Robert Harris...); top "
      "in label, second in labels",
      {"label": DRIVER_LABELS[a], "labels": [DRIVER_LABELS[b]]})
    Q(ds, "How many trips couldn't go ahead because we had no driver?",
      "rows whose Status is No driver / No driver available / Couldn't cover, whole log",
      N(sum(1 for t in T if t["status"] == "nodriver"), "trips"))
    hosp = [(t["back"] - t["pick"]).total_seconds() / 3600 for t in done if t["reason"] == "hospital"]
    Q(ds, "How long does a hospital run take on average, from picking them up to getting them home? In hours.",
      "mean of Back home - Pick-up in hours over hospital trips done",
      N(sum(hosp) / len(hosp), "hours"))
    far = max((t for t in done if t["miles"] is not None), key=lambda t: t["miles"])
    alone([t["miles"] for t in done if t["miles"] is not None], "longest trip")
    Q(ds, "What was our longest trip in miles, and where was it to?",
      "the largest Miles among trips done; label from Going to",
      {"label": ["Stoke Mandeville"], **N(far["miles"], "miles")})
    assert far["dest"].startswith("Stoke Mandeville")
    mc = Counter((t["pick"].year, t["pick"].month) for t in done)
    (m,) = top(mc, "month most trips")
    Q(ds, "Which month did we do the most trips?",
      "trips done counted by month of Pick-up",
      {"label": month_label(*m)})
    h1 = lambda y: [t for t in done if t["pick"].year == y and t["pick"].month <= 6]  # noqa: E731
    Q(ds, "How many more trips did we do in January to June 2025 than in January to June 2024?",
      "trips done Jan-Jun 2025 minus trips done Jan-Jun 2024",
      N(positive(len(h1(2025)) - len(h1(2024)), "H1 growth"), "trips"))
    c24, c25 = Counter(t["drv"] for t in h1(2024)), Counter(t["drv"] for t in h1(2025))
    gr = {d: c25[d] - c24[d] for d in set(c24) | set(c25)}
    (g,) = top(gr, "driver growth")
    Q(ds, "Which driver's trips went up the most between the first half of 2024 and the first half of 2025?",
      "trips done per driver Jan-Jun 2025 minus Jan-Jun 2024; the largest increase",
      {"label": DRIVER_LABELS[g]})
    Q(ds, "How many of the trips we did have no mileage written down?",
      "trips done whose Miles is ? / forgot / blank",
      N(sum(1 for t in done if t["miles"] is None), "trips"))
    Q(ds, "How many different people did we take out in 2024?",
      "distinct passenger numbers (integer value: P0123 = p0123 = P123 = 123) over trips done in 2024",
      N(len({t["p"] for t in d24}), "passengers"))
    away([t["miles"] for t in done if t["miles"] is not None], 30, 1, "miles 30")
    Q(ds, "How many trips were longer than 30 miles?",
      "trips done (whole log) with Miles > 30 (none within a mile of 30)",
      N(sum(1 for t in done if t["miles"] is not None and t["miles"] > 30), "trips"))
    vc = Counter(pax[t["p"]]["village"] for t in done)
    v1, v2 = top(vc, "village trips", 2)
    Q(dj, "Which village do most of our trips come from, and which is second?",
      "trips done (whole log) joined to the passenger register on the passenger number, counted by village "
      "(spellings folded); top in label, second in labels",
      {"label": VILLAGE_LABELS[v1], "labels": [VILLAGE_LABELS[v2]]})
    Q(dj, "How many trips did we do for wheelchair users in 2024?",
      "trips done in 2024 whose passenger answered Yes / Y / yes - folding to 'Wheelchair user?' ('Walking "
      "frame only' is not)",
      N(sum(1 for t in d24 if pax[t["p"]]["wheel"]), "trips"))
    Q(dj, "How many miles have we driven for people from Little Marsh?",
      "Miles over trips done (whole log) whose passenger's village is Little Marsh (L. Marsh / Lt Marsh)",
      N(sum(t["miles"] for t in done if t["miles"] is not None and pax[t["p"]]["village"] == "Little Marsh"),
        "miles"))
    used = {t["p"] for t in done}
    Q(dj, "How many of our registered passengers have never had a trip with us?",
      "passengers in the register with no trip done (a cancelled or no-driver request is not a trip)",
      N(sum(1 for p in pax if p not in used), "passengers"))
    ss = sum(1 for t in done if pax[t["p"]]["ref"] in ("social services", "adult social care"))
    Q(dj, "What share of our trips were for people referred to us by social services?",
      "trips done whose passenger was referred by Social services / Adult social care, over all trips done",
      N(pct(ss, len(done)), "%"))
    Q(dj, "How many trips have the passengers who signed up with us in 2024 taken?",
      "trips done (whole log) whose passenger's Date registered is in 2024",
      N(sum(1 for t in done if pax[t["p"]]["reg"].year == 2024), "trips"))


# ==============================================================================================
# 5. geocaching

GTYPE = {"traditional": "traditional", "traditional cache": "traditional", "trad": "traditional",
         "tradi": "traditional", "multi-cache": "multi", "multi": "multi", "multicache": "multi",
         "mystery": "mystery", "unknown": "mystery", "puzzle": "mystery", "mystery cache": "mystery",
         "earthcache": "earth", "earth": "earth", "letterbox hybrid": "letterbox", "letterbox": "letterbox",
         "virtual": "virtual", "virtual cache": "virtual", "wherigo": "wherigo", "event cache": "event",
         "event": "event", "cito": "event", "mega-event": "event"}
GLOG = {"found it": "found", "found": "found", "ftf": "found", "didn't find it": "dnf", "dnf": "dnf",
        "did not find": "dnf", "attended": "attended", "write note": "note", "note": "note"}
GTYPE_LABELS = {"mystery": ["mystery", "puzzle", "unknown"], "traditional": ["traditional", "trad"],
                "multi": ["multi", "multi-cache"]}


def gnum(s):
    s = (s or "").strip()
    return float(s) if re.fullmatch(r"\d+(\.\d+)?", s) else None


def hike(s):
    f = fold(s)
    if f in ("p&g", "park & grab"):
        return 0.0
    return num(s)


def county(s):
    c = re.sub(r"\s+(co\.?|county)$", "", fold(s))
    return c.title()


def geocaching():
    rows = read("geocaching_log.csv")
    G = []
    for r in rows:
        m, d, y = (int(v) for v in r["Date"].split("/"))
        G.append({"d": dt.date(y, m, d), "code": r["GC Code"].strip().upper(), "name": r["Cache Name"].strip(),
                  "type": GTYPE[fold(r["Type"])], "size": fold(r["Size"]), "D": gnum(r["D"]), "T": gnum(r["T"]),
                  "county": county(r["County"]), "log": GLOG[fold(r["Log"])], "hike": hike(r["Hike (mi)"]),
                  "fav": fold(r["Fav"]) != ""})
    ds = ["geocaching_log.csv"]
    cache = {}
    for x in G:
        c = cache.setdefault(x["code"], {"type": x["type"], "county": x["county"], "name": x["name"], "D": None,
                                         "T": None, "size": x["size"]})
        assert c["type"] == x["type"] and c["county"] == x["county"] and c["name"] == x["name"]
        if c["D"] is None:
            c["D"] = x["D"]
        if c["T"] is None:
            c["T"] = x["T"]
    found_day = {}
    for x in sorted(G, key=lambda x: x["d"]):
        if x["log"] == "found" and x["code"] not in found_day:
            found_day[x["code"]] = x["d"]
    # double logs are on the same day as the first find
    for x in G:
        if x["log"] == "found":
            assert found_day[x["code"]] == x["d"]
    F = list(found_day)
    Q(ds, "How many different caches have I found altogether?",
      "distinct GC codes (case ignored) with a Found it / Found / FTF log; a cache logged found twice counts once",
      N(len(F), "caches"))
    Q(ds, "How many caches did I find in 2024?",
      "distinct GC codes with a found log dated in 2024",
      N(sum(1 for c in F if found_day[c].year == 2024), "caches"))
    Q(ds, "How many times did I log a DNF?",
      "rows logged Didn't find it / DNF / Did not find (each visit counted)",
      N(sum(1 for x in G if x["log"] == "dnf"), "logs"))
    first_dnf = {}
    for x in sorted(G, key=lambda x: x["d"]):
        if x["log"] == "dnf" and x["code"] not in first_dnf:
            first_dnf[x["code"]] = x["d"]
    Q(ds, "How many caches did I fail to find at first but then went back and found?",
      "distinct GC codes with a DNF log and a later found log",
      N(sum(1 for c, d in first_dnf.items() if c in found_day and found_day[c] > d), "caches"))
    Q(ds, "What percentage of the caches I've found are traditionals?",
      "distinct found caches whose type is Traditional / Traditional Cache / trad / Tradi, over all distinct "
      "found caches (events are attended, not found)",
      N(pct(sum(1 for c in F if cache[c]["type"] == "traditional"), len(F)), "%"))
    dv = [cache[c]["D"] for c in F if cache[c]["D"] is not None]
    Q(ds, "What's the average difficulty rating of the caches I've found?",
      "mean D over distinct found caches (a cache's first numeric D on any of its rows; ? / blank left out)",
      N(sum(dv) / len(dv), "stars"))
    Q(ds, "How many caches with a terrain rating of 4 or more have I found?",
      "distinct found caches with T >= 4 (ratings are on a half-star grid)",
      N(sum(1 for c in F if cache[c]["T"] is not None and cache[c]["T"] >= 4), "caches"))
    cc = Counter(cache[c]["county"] for c in F)
    c1, c2 = top(cc, "county", 2)
    Q(ds, "Which county have I found the most caches in, and which comes second?",
      "distinct found caches by county ('Co.' / 'County' dropped, case ignored); top in label, second in labels",
      {"label": [c1], "labels": [[c2]]})
    mc = Counter((found_day[c].year, found_day[c].month) for c in F)
    (m,) = top(mc, "best month")
    Q(ds, "What was my best month ever for finds?",
      "distinct found caches by month of the found log",
      {"label": month_label(*m)})
    dc = Counter(found_day[c] for c in F)
    (d,) = top(dc, "biggest day")
    Q(ds, "What's the most caches I've found in a single day, and which day was that?",
      "distinct found caches by date; the number and the date",
      {"label": day_label(d, us=True), **N(dc[d], "caches")})
    ev = {x["code"] for x in G if x["log"] == "attended"}
    Q(ds, "How many geocaching events have I been to?",
      "distinct GC codes logged Attended / attended",
      N(len(ev), "events"))
    Q(ds, "How many miles did I hike for caches in 2024?",
      "sum of Hike (mi) over every log dated in 2024 (DNF visits included; P&G / park & grab = 0; ? / blank left "
      "out; the second copy of a double log has no hike)",
      N(sum(x["hike"] for x in G if x["d"].year == 2024 and x["hike"] is not None), "miles"))
    h1 = lambda y: sum(1 for c in F if found_day[c].year == y and found_day[c].month <= 6)  # noqa: E731
    Q(ds, "How many more caches did I find in the first half of 2025 than in the first half of 2024?",
      "distinct found caches Jan-Jun 2025 minus Jan-Jun 2024",
      N(positive(h1(2025) - h1(2024), "H1 finds growth"), "caches"))
    ty = lambda y: Counter(cache[c]["type"] for c in F if found_day[c].year == y)  # noqa: E731
    t23, t24 = ty(2023), ty(2024)
    gr = {t: t24[t] - t23[t] for t in set(t23) | set(t24)}
    (g,) = top(gr, "type growth")
    Q(ds, "Which type of cache did I find a lot more of in 2024 than in 2023?",
      "distinct found caches per type in 2024 minus 2023; the largest increase",
      {"label": GTYPE_LABELS[g]})
    Q(ds, "How many favourite points have I handed out?",
      "rows with anything in Fav (Yes / Y / fav)",
      N(sum(1 for x in G if x["fav"]), "favourite points"))
    days24 = {found_day[c] for c in F if found_day[c].year == 2024}
    Q(ds, "On how many different days did I find at least one cache in 2024?",
      "distinct dates of found logs in 2024",
      N(len(days24), "days"))
    Q(ds, "How many micro caches have I found?",
      "distinct found caches whose Size is Micro (case ignored)",
      N(sum(1 for c in F if cache[c]["size"] == "micro"), "caches"))
    Q(ds, "How many of my log entries are missing the difficulty or the terrain rating?",
      "rows whose D or T is ? / blank (one missing counts the row once)",
      N(sum(1 for x in G if x["D"] is None or x["T"] is None), "logs"))
    tried = {x["code"] for x in G if x["log"] in ("found", "dnf")}
    never = [c for c in tried if c not in found_day]
    Q(ds, "What share of the caches I've gone looking for have I still never found?",
      "distinct GC codes with a DNF log and no found log, over distinct GC codes with a found or DNF log",
      N(pct(len(never), len(tried)), "%"))
    wd = Counter(found_day[c].weekday() for c in F)
    (w,) = top(wd, "weekday finds")
    Q(ds, "Which day of the week do I find the most caches on?",
      "distinct found caches by weekday of the found log",
      {"label": [WEEKDAYS[w], WEEKDAYS[w] + "s"]})
    hk = [x for x in G if x["hike"] is not None]
    far = max(hk, key=lambda x: x["hike"])
    alone([x["hike"] for x in hk], "longest hike")
    Q(ds, "Which cache had the longest hike, and how far was it?",
      "the largest Hike (mi) on any log; label from Cache Name",
      {"label": [far["name"]], **N(far["hike"], "miles")})
    f24 = [x for x in G if x["log"] == "found" and x["d"].year == 2024 and x["hike"] is not None]
    away([x["hike"] for x in G if x["hike"] is not None and x["d"].year == 2024], 3, 0.15, "hike 3")
    Q(ds, "How many of my 2024 finds needed a hike of more than 3 miles?",
      "found logs dated 2024 with Hike (mi) > 3 (a double log's copy has no hike; none within 0.15 mi of 3)",
      N(len({x["code"] for x in f24 if x["hike"] > 3}), "caches"))


def main():
    staff_leave()
    holiday_club()
    house_share()
    community_car()
    geocaching()
    for i, q in enumerate(QUESTIONS, 1):
        q["id"] = f"s37-{i:03d}"
    if FAILS:
        print("guards failed:")
        for f in FAILS:
            print("  " + f)
        sys.exit(1)
    out = [{"dataset": q["dataset"], "id": q["id"], "note": q["note"], "question": q["question"],
            "truth": q["truth"]} for q in QUESTIONS]
    if "--print" in ARGS or "--debug" in ARGS:
        for q in out:
            print(q["id"], q["question"], json.dumps(q["truth"], ensure_ascii=False))
        if "--print" in ARGS:
            return
    with open(HERE / "questions.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(out)} questions")


if __name__ == "__main__":
    main()
