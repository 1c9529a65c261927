#!/usr/bin/env python3
"""Computes every truth of set 23 from the committed CSVs and writes questions.json.

    python3 tests/heldout/set23/truths.py [--print] [--debug]

--print only prints (does not write questions.json); --debug also prints the ranking behind every "which".
Stops without writing if a guard fails.

Reading rules (standard library only):
- Money: strip spaces, currency signs (£ $) and thousands commas; a leading "-" makes it negative; blank,
  "n/a", "none", "-", "free" and other words are not numbers (free shipping is 0).
- Categories are folded with strip + lower case (and the listed synonyms: "Canceled" = cancelled,
  "No show" = no-show, "In-person" = in person, "A Level" = A-level, "11 +" = 11+, S/M/L = small/medium/large,
  "Sales-shop" = sales - shop).
- Tutoring: a session "went ahead" when its status is Completed; cancelled sessions carry no charge; no-shows
  are charged in full (they are in "charged" / "billed" totals, not in hours taught). Tutor ids are numbers
  ("007" = "7"); tutor names, towns, rates and start dates come only from tutors.csv.
- Kennel: a stay "went ahead" when its status is Completed; nights = check-out date minus check-in date;
  periods are by check-in date; a dog is its name plus its owner's surname. Money is the Total column
  (nights x rate + extras).
- Orchard: a till line with anything in Void is left out; a customer is a receipt number; weight is the
  number in the Weight column (lb), "not weighed" / "?" / blank are not weights; money is Line Total.
- Print-on-demand: Type Sale / Refund / Cancelled. Sales are Sale rows; refunds are Refund rows (negative
  Amount, same order id); cancelled orders are left out of everything except the cancelled count. Net sales =
  Sale amounts + Refund amounts (shipping not included). An order id is a number ("001234" = "1234").
- Brew shop: rows whose Status is void (any spelling) are left out; money in is Paid In, money out is Paid Out.
"""

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
DEBUG = "--debug" in sys.argv
PRINT_ONLY = "--print" in sys.argv

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class GuardError(Exception):
    pass


def load(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def num(s):
    s = (s or "").strip().replace("£", "").replace("$", "").replace(",", "")
    neg = s.startswith("-")
    s = s.lstrip("-").strip()
    if not re.fullmatch(r"\d+(\.\d+)?", s):
        return None
    v = float(s)
    return -v if neg else v


def fold(s):
    return re.sub(r"\s+", " ", (s or "").strip().lower())


def r6(x):
    return round(x + 0.0, 6)


def month_label(y, m, bare=False):
    out = [f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}", f"{MONTHS[m - 1][:3]} {y}"]
    if bare:
        out.insert(0, MONTHS[m - 1])
    return out


def weekday_label(i):
    return [WEEKDAYS[i], WEEKDAYS[i] + "s"]


def hour_label(h):
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return dedupe([f"{h:02d}:00", f"{h}:00", f"{h12}{ap}", f"{h12} {ap}", f"{h12}:00 {ap}", f"{h12}:00{ap}",
            f"{h:02d}.00", f"{h12} o'clock", f"{h12} {ap[0]}.m."])


def time_label(hhmm):
    h, m = map(int, hhmm.split(":"))
    if m == 0:
        return hour_label(h)
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return dedupe([f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d}{ap}", f"{h:02d}.{m:02d}",
            f"{h12}.{m:02d}{ap}", f"{h12}.{m:02d} {ap}"])


def dedupe(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def ranking(d):
    return sorted(d.items(), key=lambda kv: -kv[1])


def top(d, what, lead=0.03):
    r = ranking(d)
    if DEBUG:
        print("   ", what, [(k, round(v, 2)) for k, v in r[:5]])
    if len(r) > 1 and not (r[0][1] - r[1][1] > lead * abs(r[0][1])):
        raise GuardError(f"{what}: {r[0]} vs {r[1]} too close")
    return r[0]


def bottom(d, what, lead=0.03):
    r = sorted(d.items(), key=lambda kv: kv[1])
    if DEBUG:
        print("   ", what, [(k, round(v, 2)) for k, v in r[:5]])
    if len(r) > 1 and not (r[1][1] - r[0][1] > lead * abs(r[1][1])):
        raise GuardError(f"{what}: {r[0]} vs {r[1]} too close")
    return r[0]


def topn(d, n, what, lead=0.03):
    r = ranking(d)
    if DEBUG:
        print("   ", what, [(k, round(v, 2)) for k, v in r[:n + 2]])
    if len(r) > n and not (r[n - 1][1] - r[n][1] > lead * abs(r[n - 1][1])):
        raise GuardError(f"{what}: {r[n - 1]} vs {r[n]} too close")
    for i in range(n - 1):
        if r[i][1] == r[i + 1][1]:
            pass
    return [k for k, _ in r[:n]]


def positive(x, what):
    if not x > 0:
        raise GuardError(f"{what}: not positive ({x})")
    return x


def away(values, threshold, margin, what):
    for v in values:
        if abs(v - threshold) <= margin:
            raise GuardError(f"{what}: value {v} within {margin} of {threshold}")


def same(a, b, what):
    if a != b:
        raise GuardError(f"{what}: readings disagree ({a} vs {b})")


QUESTIONS = []


def Q(dataset, question, truth, note):
    QUESTIONS.append({"id": f"s23-{len(QUESTIONS) + 1:03d}", "dataset": dataset, "question": question,
                      "truth": truth, "note": note})


def N(x, unit=""):
    return {"number": r6(x), "unit": unit}


def L(label):
    return {"label": label}


def LN(label, x, unit=""):
    return {"label": label, "number": r6(x), "unit": unit}


# ----------------------------------------------------------------------------------------------
# 1. tutoring

def tutoring():
    DS = ["tutoring_sessions.csv", "tutors.csv"]
    DS1 = ["tutoring_sessions.csv"]
    tutors = {}
    for r in load("tutors.csv"):
        tutors[int(r["Tutor ID"])] = {"name": r["Tutor Name"], "rate": num(r["Hourly Rate"]),
                                      "town": r["Based In"].strip(),
                                      "started": datetime.strptime(r["Started"], "%d %b %Y").date()}
    status_map = {"completed": "done", "cancelled": "cancelled", "canceled": "cancelled",
                  "no-show": "noshow", "no show": "noshow"}
    level_map = {"gcse": "GCSE", "a-level": "A-level", "a level": "A-level", "ks3": "KS3", "11+": "11+",
                 "11 +": "11+"}
    S = []
    for r in load("tutoring_sessions.csv"):
        S.append({"date": datetime.strptime(r["Date"], "%d/%m/%Y").date(), "start": r["Start"].strip(),
                  "tutor": int(r["Tutor ID"]), "student": r["Student"].strip(), "subject": fold(r["Subject"]),
                  "level": level_map[fold(r["Level"])], "mins": num(r["Length (mins)"]),
                  "charge": num(r["Charge"]), "status": status_map[fold(r["Status"])],
                  "mode": fold(r["Mode"]).replace("-", " ")})
    done = [s for s in S if s["status"] == "done"]
    charged = [s for s in S if s["charge"]]
    assert all(s["status"] != "cancelled" for s in charged)
    assert all(s["mins"] is not None for s in done)

    Q(DS1, "How much have we billed for tutoring altogether?",
      N(sum(s["charge"] for s in charged), "£"),
      "sum of Charge over every session (completed and no-shows, which are charged; cancelled sessions carry no charge)")
    Q(DS1, "How many hours of tutoring actually took place?",
      N(sum(s["mins"] for s in done) / 60, "hours"), "completed sessions' minutes / 60")
    Q(DS1, "How many maths lessons went ahead?",
      N(sum(1 for s in done if s["subject"] == "maths"), "sessions"), "completed sessions with subject Maths (any case)")
    Q(DS1, "What does a lesson that goes ahead cost on average?",
      N(sum(s["charge"] for s in done) / len(done), "£"), "mean Charge of completed sessions")
    Q(DS1, "What percentage of booked lessons got cancelled?",
      N(100 * sum(1 for s in S if s["status"] == "cancelled") / len(S), "%"),
      "cancelled (Cancelled / Canceled, any case) over all rows; no-shows are not cancellations")
    Q(DS1, "Of the lessons that went ahead, what share were online?",
      N(100 * sum(1 for s in done if s["mode"] == "online") / len(done), "%"), "completed sessions, Mode online")

    by_tutor = defaultdict(float)
    for s in charged:
        by_tutor[tutors[s["tutor"]]["name"]] += s["charge"]
    k, v = top(by_tutor, "tutor by money")
    by_tutor_done = defaultdict(float)
    for s in done:
        by_tutor_done[tutors[s["tutor"]]["name"]] += s["charge"]
    same(k, top(by_tutor_done, "tutor by money, completed only")[0], "top tutor")
    Q(DS, "Which of our tutors has brought in the most money?", L([k, k.split()[0]]),
      "Charge summed per tutor (id joined to tutors.csv, '7' = '007'); the same with completed sessions only")

    harrogate = sum(s["charge"] for s in charged if tutors[s["tutor"]]["town"] == "Harrogate")
    Q(DS, "How much have the tutors based in Harrogate billed between them?", N(harrogate, "£"),
      "Charge of sessions whose tutor is Based In Harrogate (tutors.csv)")

    subj_hours = defaultdict(float)
    for s in done:
        subj_hours[s["subject"]] += s["mins"] / 60
    k, v = top(subj_hours, "subject by hours")
    Q(DS1, "Which subject do we spend the most hours teaching?", L([k.title(), k]), "completed minutes by subject")

    by_month = Counter((s["date"].year, s["date"].month) for s in done)
    (y, m), v = top(by_month, "month by completed sessions")
    same((y, m), top(Counter((s["date"].year, s["date"].month) for s in S), "month all rows")[0], "month")
    Q(DS1, "Which month were we busiest, going by lessons that went ahead?", L(month_label(y, m, bare=True)),
      "completed sessions per calendar month (also the busiest by all bookings)")

    wk = [s for s in S if s["date"].weekday() < 5]
    st = Counter(s["start"] for s in wk)
    k, v = top(st, "weekday start time")
    same(k, top(Counter(s["start"] for s in wk if s["status"] == "done"), "start done")[0], "start time")
    Q(DS1, "On school days (Monday to Friday), what's the most popular lesson start time?", L(time_label(k)),
      "Start per row on Mon-Fri dates (the same with completed lessons only)")

    wd = Counter(s["date"].weekday() for s in S)
    k, v = bottom(wd, "weekday fewest")
    same(k, bottom(Counter(s["date"].weekday() for s in done), "weekday fewest done")[0], "weekday fewest")
    Q(DS1, "We don't teach on Sundays. Which other day of the week has the fewest lessons?", L(weekday_label(k)),
      "rows per weekday (no Sunday lessons; the same with completed lessons only)")

    studs = {s["student"] for s in done}
    same(len(studs), len({s["student"] for s in S}), "distinct students")
    Q(DS1, "How many different pupils have we tutored?", N(len(studs), "students"),
      "distinct Student names with a completed lesson (the same over all rows)")

    per_stud = Counter(s["student"] for s in done)
    away(per_stud.values(), 45, 1.0, "students > 45")
    Q(DS1, "How many pupils have had more than 45 lessons that actually happened?",
      N(sum(1 for v in per_stud.values() if v > 45), "students"), "completed lessons per student > 45")

    Q(DS1, "How many of the lessons that went ahead lasted longer than an hour?",
      N(sum(1 for s in done if s["mins"] > 60), "sessions"), "completed, Length (mins) > 60")

    oct24 = Counter(tutors[s["tutor"]]["name"] for s in done if (s["date"].year, s["date"].month) == (2024, 10))
    mar25 = Counter(tutors[s["tutor"]]["name"] for s in done if (s["date"].year, s["date"].month) == (2025, 3))
    growth = {t: mar25[t] - oct24[t] for t in set(oct24) | set(mar25)}
    k, v = top(growth, "tutor growth Oct->Mar", lead=0.05)
    positive(v, "tutor growth")
    Q(DS, "Which tutor took on the most extra lessons in March 2025 compared with October 2024, and how many more did they do?",
      LN([k, k.split()[0]], v, "sessions"), "completed lessons per tutor, March 2025 minus October 2024")

    hrs = defaultdict(float)
    for s in done:
        hrs[s["student"]] += s["mins"] / 60
    k, v = top(hrs, "students by hours")
    Q(DS1, "Which pupil has had the most hours of tutoring, and how many hours is that?",
      LN([k], v, "hours"), "completed lessons' minutes per Student / 60")

    rates = [t["rate"] for t in tutors.values()]
    Q(["tutors.csv"], "What's the average hourly rate across all the tutors on our books?",
      N(sum(rates) / len(rates), "£"), "mean Hourly Rate of the 14 tutors in tutors.csv")

    lv = defaultdict(float)
    for s in charged:
        lv[s["level"]] += s["charge"]
    diff = positive(lv["GCSE"] - lv["A-level"], "GCSE minus A-level")
    Q(DS1, "How much more have we billed for GCSE lessons than for A-level lessons?", N(diff, "£"),
      "Charge by Level folded (GCSE / gcse; A-level / A Level / a-level)")

    ns = Counter(tutors[s["tutor"]]["name"] for s in S if s["status"] == "noshow")
    k, v = top(ns, "tutor by no-shows", lead=0.05)
    Q(DS, "Which tutor has been stood up by pupils the most, and how many no-shows was that?",
      LN([k, k.split()[0]], v, "no-shows"), "status No-show / No show per tutor")

    new = sum(s["charge"] for s in charged if tutors[s["tutor"]]["started"].year >= 2024)
    Q(DS, "How much have the tutors who joined us in 2024 or later billed?", N(new, "£"),
      "Charge of sessions whose tutor's Started date is in 2024 or 2025")

    taught = {s["tutor"] for s in S}
    never = [tutors[t]["name"] for t in sorted(tutors) if t not in taught]
    Q(DS, "Which tutors on our list haven't taught a single lesson yet?", {"labels": [[n, n.split()[0]] for n in never]},
      "tutors.csv ids with no row in the sessions")

    online_rev = sum(s["charge"] for s in charged if s["mode"] == "online")
    Q(DS1, "How much have online lessons brought in?", N(online_rev, "£"), "Charge with Mode online (any case)")

    sat = [s for s in done if s["date"].weekday() == 5]
    Q(DS1, "What's the average length of the Saturday lessons that went ahead, in minutes?", N(sum(s["mins"] for s in sat) / len(sat), "minutes"),
      "completed Saturday lessons, mean Length (mins)")

    leeds_maths = sum(s["mins"] for s in done if s["subject"] == "maths" and tutors[s["tutor"]]["town"] == "Leeds") / 60
    Q(DS, "How many hours of maths have our Leeds tutors taught?", N(leeds_maths, "hours"),
      "completed Maths lessons by tutors Based In Leeds, minutes / 60")


# ----------------------------------------------------------------------------------------------
# 2. kennel

def kennel():
    DS = ["kennel_stays.csv"]
    size_map = {"small": "Small", "s": "Small", "medium": "Medium", "med": "Medium", "m": "Medium",
                "large": "Large", "l": "Large"}
    status_map = {"completed": "done", "cancelled": "cancelled", "no-show": "noshow", "no show": "noshow"}
    K = []
    for r in load("kennel_stays.csv"):
        ci = datetime.strptime(r["Check In"].strip(), "%d/%m/%Y %H:%M")
        co = datetime.strptime(r["Check Out"].strip(), "%d/%m/%Y %H:%M")
        K.append({"dog": (r["Dog"].strip(), r["Owner"].strip()), "breed": fold(r["Breed"]),
                  "size": size_map[fold(r["Size"])], "ci": ci, "co": co, "nights": (co.date() - ci.date()).days,
                  "rate": num(r["Nightly Rate"]), "extras": num(r["Extras"]) or 0.0, "total": num(r["Total"]),
                  "status": status_map[fold(r["Status"])]})
    done = [k for k in K if k["status"] == "done"]

    Q(DS, "How many nights did dogs spend with us in total?", N(sum(k["nights"] for k in done), "nights"),
      "completed stays, check-out date minus check-in date")
    Q(DS, "On average, how many nights does a stay that goes ahead last?", N(sum(k["nights"] for k in done) / len(done), "nights"),
      "mean nights of completed stays")
    longest = sorted(done, key=lambda k: -k["nights"])
    assert longest[0]["nights"] > longest[1]["nights"]
    lg = longest[0]
    Q(DS, "Which dog had the longest stay, and how many nights was it?",
      LN([lg["dog"][0]], lg["nights"], "nights"), "completed stay with the most nights (unique)")
    Q(DS, "How much did the stays that went ahead bring in, counting the stays that started in 2024?",
      N(sum(k["total"] for k in done if k["ci"].year == 2024), "£"), "Total of completed stays checked in in 2024")
    Q(DS, "What percentage of bookings were cancelled?",
      N(100 * sum(1 for k in K if k["status"] == "cancelled") / len(K), "%"), "Cancelled over all rows (no-shows apart)")

    br = defaultdict(float)
    br_all = defaultdict(float)
    for k in K:
        br_all[k["breed"]] += k["total"]
        if k["status"] == "done":
            br[k["breed"]] += k["total"]
    kb, v = top(br, "breed by money")
    same(kb, top(br_all, "breed by money, all rows")[0], "breed")
    Q(DS, "Which breed brings us the most money?", L([kb.title(), kb + "s"]),
      "Total of completed stays by Breed folded (same winner over all rows)")

    inc = sum(k["total"] for k in done)
    Q(DS, "What share of our stay income comes from large dogs?",
      N(100 * sum(k["total"] for k in done if k["size"] == "Large") / inc, "%"),
      "Total of completed stays with Size Large / L / large, over all completed Totals")
    Q(DS, "How much have we made from extras like grooming on stays that went ahead?",
      N(sum(k["extras"] for k in done), "£"), "Extras of completed stays; blank / none / - are 0")

    dogs = {k["dog"] for k in done}
    Q(DS, "How many different dogs have stayed with us? Count a dog by its name and owner's surname.",
      N(len(dogs), "dogs"), "distinct (Dog, Owner) with a completed stay")

    cim = Counter(k["ci"].month for k in done if k["ci"].year == 2024)
    m, v = top(cim, "month by check-ins 2024")
    same(m, top(Counter(k["ci"].month for k in K if k["ci"].year == 2024), "month all 2024")[0], "month")
    Q(DS, "In 2024, which month had the most dogs checking in?", L(month_label(2024, m, bare=True)),
      "completed check-ins per month of 2024 (same over all rows)")

    t = Counter(k["ci"].strftime("%H:%M") for k in K)
    kt, v = top(t, "drop-off time")
    same(kt, top(Counter(k["ci"].strftime("%H:%M") for k in done), "drop-off done")[0], "drop-off")
    Q(DS, "What time of day do most owners drop their dogs off?", L(time_label(kt)), "Check In time, most common (same for completed)")

    wd = Counter(k["ci"].weekday() for k in done)
    Q(DS, "What share of the stays that went ahead started on a Friday or a Saturday?",
      N(100 * (wd[4] + wd[5]) / len(done), "%"), "completed stays by check-in weekday")

    Q(DS, "How many stays were for more than seven nights?", N(sum(1 for k in done if k["nights"] > 7), "stays"),
      "completed stays of 8 nights or more")

    xmas = sum(k["total"] for k in done if date(2024, 12, 18) <= k["ci"].date() <= date(2024, 12, 24))
    Q(DS, "How much did the Christmas stays bring in, dogs checking in from 18 to 24 December 2024?", N(xmas, "£"),
      "Total of completed stays with check-in date 18-24 Dec 2024")

    s24 = Counter(k["breed"] for k in done if k["ci"].year == 2024 and k["ci"].month in (6, 7, 8))
    s25 = Counter(k["breed"] for k in done if k["ci"].year == 2025 and k["ci"].month in (6, 7, 8))
    g = {b: s25[b] - s24[b] for b in set(s24) | set(s25)}
    kb, v = top(g, "breed growth", lead=0.05)
    positive(v, "breed growth")
    Q(DS, "Which breed's summer bookings grew the most from 2024 to 2025 (June to August check-ins), and by how many stays?",
      LN([kb.title(), kb + "s"], v, "stays"), "completed stays per breed, Jun-Aug 2025 minus Jun-Aug 2024")

    per_dog = Counter(k["dog"] for k in done)
    Q(DS, "How many dogs have been with us more than 5 times? Count a dog by its name and owner.",
      N(sum(1 for v in per_dog.values() if v > 5), "dogs"), "completed stays per (Dog, Owner) > 5")

    j24 = sum(k["total"] for k in done if (k["ci"].year, k["ci"].month) == (2024, 7))
    j25 = sum(k["total"] for k in done if (k["ci"].year, k["ci"].month) == (2025, 7))
    Q(DS, "How much more did we take in July 2025 than in July 2024, counting stays by the day the dog checked in?", N(positive(j25 - j24, "July"), "£"),
      "Total of completed stays by check-in month")

    spend = defaultdict(float)
    for k in done:
        spend[k["dog"]] += k["total"]
    t3 = topn(spend, 3, "dogs by spend")
    Q(DS, "Which three dogs have run up the biggest bills with us in total? Count a dog by its name and owner's surname.",
      {"labels": [[f"{d} {o}", f"{d} ({o})", d] for d, o in t3]}, "Total of completed stays per (Dog, Owner)")

    Q(DS, "How many no-shows have we had?", N(sum(1 for k in K if k["status"] == "noshow"), "no-shows"),
      "status No-show / No show / NO SHOW")
    sm = [k["total"] for k in done if k["size"] == "Small"]
    Q(DS, "What's the average bill for a small dog's stay?", N(sum(sm) / len(sm), "£"),
      "mean Total of completed stays with Size Small / S / small")
    Q(DS, "How many of the stays that went ahead had extras added?",
      N(sum(1 for k in done if k["extras"] > 0), "stays"), "completed stays with Extras above 0")

    late = [k for k in done if k["co"].hour >= 17]
    Q(DS, "How many stays ended with the dog being collected at 5pm or later?", N(len(late), "stays"),
      "completed stays with check-out time 17:00 or later")

    med = [k for k in done if k["size"] == "Medium" and k["ci"].date() >= date(2025, 4, 1)]
    Q(DS, "How many nights have medium-sized dogs stayed with us since 1 April 2025?",
      N(sum(k["nights"] for k in med), "nights"), "completed stays, Size medium, check-in on or after 1 Apr 2025")


# ----------------------------------------------------------------------------------------------
# 3. orchard

def pyo():
    DS = ["pyo_till.csv"]
    P = []
    voided = 0
    for r in load("pyo_till.csv"):
        if r["Void"].strip():
            voided += 1
            continue
        w = r["Weight"].strip().lower().replace("lbs", "").replace("lb", "").strip()
        P.append({"receipt": int(r["Receipt"]), "ts": datetime.strptime(r["Timestamp"], "%Y-%m-%dT%H:%M:%S"),
                  "fruit": fold(r["Fruit"]), "lb": num(w), "total": num(r["Line Total"]), "price": num(r["Price/lb"]),
                  "pay": fold(r["Payment"])})
    assert all(p["total"] is not None for p in P)
    y = lambda p: p["ts"].year  # noqa: E731
    t25 = sum(p["total"] for p in P if y(p) == 2025)
    Q(DS, "How much did we take in the 2025 season?", N(t25, "$"), "Line Total of non-void lines dated 2025")
    straw = [p for p in P if y(p) == 2025 and p["fruit"] == "strawberries"]
    assert all(p["lb"] is not None for p in straw)
    Q(DS, "How many pounds of strawberries did people pick in 2025?", N(sum(p["lb"] for p in straw), "lb"),
      "Weight of 2025 strawberry lines ('lb' / 'lbs' suffix dropped; every one was weighed)")

    rec24 = defaultdict(float)
    for p in P:
        if y(p) == 2024:
            rec24[p["receipt"]] += p["total"]
    Q(DS, "What did the average customer spend per visit in 2024?", N(sum(rec24.values()) / len(rec24), "$"),
      "2024 takings over 2024 receipts (a customer visit is a receipt)")
    Q(DS, "What share of 2025 takings was paid by card?",
      N(100 * sum(p["total"] for p in P if y(p) == 2025 and p["pay"] == "card") / t25, "%"),
      "Payment card (any case) over all 2025 takings")

    fr = defaultdict(float)
    for p in P:
        fr[p["fruit"]] += p["total"]
    kf, v = top(fr, "fruit by money")
    Q(DS, "Across both seasons, which fruit has made us the most money?", L([kf.title(), kf]), "Line Total by fruit")

    f24, f25 = defaultdict(float), defaultdict(float)
    for p in P:
        (f24 if y(p) == 2024 else f25)[p["fruit"]] += p["total"]
    g = {f: f25[f] - f24[f] for f in fr}
    kf, v = top(g, "fruit growth", lead=0.05)
    Q(DS, "Which fruit's takings grew the most from 2024 to 2025, and by how many dollars?",
      LN([kf.title(), kf], positive(v, "fruit growth"), "$"), "Line Total per fruit, 2025 minus 2024")

    w24 = defaultdict(float)
    for p in P:
        if y(p) == 2024 and p["lb"] is not None:
            w24[p["fruit"]] += p["lb"]
    t3 = topn(w24, 3, "fruit by weight 2024")
    w24i = defaultdict(float)
    for p in P:
        if y(p) == 2024:
            w24i[p["fruit"]] += p["lb"] if p["lb"] is not None else p["total"] / p["price"]
    same(t3, topn(w24i, 3, "fruit by weight 2024, unweighed lines from price"), "top 3 by weight")
    Q(DS, "What were the top three fruits by weight picked in 2024?", {"labels": [[f.title(), f] for f in t3]},
      "Weight by fruit, 2024, weighed lines (same top 3 with unweighed pumpkins' weight taken from total / price)")

    rh = {}
    for p in P:
        rh.setdefault(p["receipt"], p["ts"].hour)
    kh, v = top(Counter(rh.values()), "hour by customers")
    same(kh, top(Counter(p["ts"].hour for p in P), "hour by lines")[0], "hour")
    Q(DS, "What hour of the day do we get the most customers?", L(hour_label(kh)),
      "receipts by the hour of their first line (the same counting till lines)")

    wdm = defaultdict(float)
    for p in P:
        wdm[p["ts"].weekday()] += p["total"]
    kw, v = top(wdm, "weekday by money")
    Q(DS, "Which day of the week brings in the most money?", L(weekday_label(kw)), "Line Total by weekday, both seasons")

    ap = [p["lb"] for p in P if p["fruit"] == "apples" and p["lb"] is not None]
    Q(DS, "How heavy is the average bag of apples, in pounds?", N(sum(ap) / len(ap), "lb"),
      "mean Weight of apple lines (weighed)")

    rec = defaultdict(float)
    for p in P:
        rec[p["receipt"]] += p["total"]
    away(rec.values(), 25, 0.005, "receipts > $25")
    Q(DS, "How many customers spent over $25 in one visit?", N(sum(1 for v in rec.values() if v > 25), "customers"),
      "receipts whose non-void lines total more than $25")

    o24 = sum(p["total"] for p in P if (y(p), p["ts"].month) == (2024, 10))
    o25 = sum(p["total"] for p in P if (y(p), p["ts"].month) == (2025, 10))
    Q(DS, "How much more did we take in October 2025 than in October 2024?", N(positive(o25 - o24, "oct"), "$"),
      "Line Total by month")
    Q(DS, "How many till lines were voided?", N(voided, "lines"), "rows with anything in Void")
    pk = sorted((p["lb"] for p in P if p["fruit"] == "pumpkins" and p["lb"] is not None), reverse=True)
    assert pk[0] > pk[1]
    Q(DS, "What's the heaviest single pumpkin sale we've weighed, in pounds?", N(pk[0], "lb"), "max Weight of pumpkin lines")
    c24 = sum(p["total"] for p in P if y(p) == 2024 and p["fruit"] == "cherries")
    c25 = sum(p["total"] for p in P if y(p) == 2025 and p["fruit"] == "cherries")
    Q(DS, "By how much did cherry takings drop from 2024 to 2025?", N(positive(c24 - c25, "cherries"), "$"),
      "cherry Line Total 2024 minus 2025")
    m24 = defaultdict(float)
    for p in P:
        if y(p) == 2024:
            m24[p["ts"].month] += p["total"]
    km, v = top(m24, "month 2024")
    Q(DS, "What was our best month for takings in 2024?", L(month_label(2024, km, bare=True)), "Line Total per month of 2024")
    Q(DS, "What share of the 2025 takings came in at weekends?",
      N(100 * sum(p["total"] for p in P if y(p) == 2025 and p["ts"].weekday() >= 5) / t25, "%"), "Sat+Sun over 2025")
    Q(DS, "How many customers bought something in 2025? Ignore anything that was voided.", N(len({p["receipt"] for p in P if y(p) == 2025}), "customers"),
      "distinct receipts with a non-void line in 2025 (receipts whose only line was voided are left out)")
    ap24 = [p for p in P if y(p) == 2024 and p["fruit"] == "apples"]
    assert all(p["lb"] is not None for p in ap24)
    Q(DS, "How many pounds of apples were picked in 2024?", N(sum(p["lb"] for p in ap24), "lb"),
      "Weight of 2024 apple lines (all weighed)")
    Q(DS, "How much did we take before noon in 2025?",
      N(sum(p["total"] for p in P if y(p) == 2025 and p["ts"].hour < 12), "$"), "2025 lines timed before 12:00")
    bl = [p for p in P if y(p) == 2025 and p["fruit"] == "blueberries"]
    Q(DS, "How many times did someone buy blueberries in 2025?", N(len(bl), "sales"),
      "2025 blueberry lines (one fruit appears at most once on a receipt)")


# ----------------------------------------------------------------------------------------------
# 4. print on demand

def pod():
    DS = ["pod_orders.csv"]
    O = []
    for r in load("pod_orders.csv"):
        d = r["Date"].strip()
        ts = datetime.strptime(d, "%m/%d/%Y %H:%M")
        sh = r["Shipping"].strip()
        O.append({"id": int(r["Order ID"]), "ts": ts, "type": fold(r["Type"]).replace("canceled", "cancelled"),
                  "product": fold(r["Product"]), "design": fold(r["Design"]), "qty": int(r["Qty"]),
                  "amount": num(r["Amount"]), "ship": 0.0 if fold(sh) == "free" else num(sh),
                  "country": fold(r["Country"]).upper()})
    sales = [o for o in O if o["type"] == "sale"]
    refs = [o for o in O if o["type"] == "refund"]
    assert all(o["amount"] < 0 for o in refs)
    sale_ids = {o["id"] for o in sales}
    assert all(o["id"] in sale_ids for o in refs)
    net = sales + refs
    Q(DS, "What are my net sales after refunds, not counting shipping?", N(sum(o["amount"] for o in net), "$"),
      "Amount of Sale rows plus (negative) Refund rows; cancelled orders left out; Shipping not included")
    Q(DS, "How many orders got refunded?", N(len(refs), "orders"), "Refund rows (one per refunded order)")
    Q(DS, "What percentage of my sales ended up being refunded? Count orders, and leave cancelled ones out.",
      N(100 * len(refs) / len(sales), "%"), "Refund rows over Sale rows")
    dz = defaultdict(float)
    for o in net:
        dz[o["design"]] += o["amount"]
    kd, v = top(dz, "design by net")
    Q(DS, "Which design has earned the most after refunds?", L([kd.title(), kd]), "net Amount by design")
    Q(DS, "How many hoodies have been ordered, leaving out cancelled orders?",
      N(sum(o["qty"] for o in sales if o["product"] == "hoodie"), "hoodies"), "Qty of Sale rows, product Hoodie")
    Q(DS, "What's my average order value before shipping?", N(sum(o["amount"] for o in sales) / len(sales), "$"),
      "mean Amount of Sale rows")
    gross = sum(o["amount"] for o in sales)
    Q(DS, "What share of my gross sales (before refunds) came from outside the US?",
      N(100 * sum(o["amount"] for o in sales if o["country"] != "US") / gross, "%"), "Sale rows, Country not US")
    Q(DS, "How much have customers paid in shipping, on orders that weren't cancelled?",
      N(sum(o["ship"] for o in sales), "$"), "Shipping of Sale rows ('free' = 0)")
    mn = defaultdict(float)
    for o in net:
        mn[o["ts"].month] += o["amount"]
    km, v = top(mn, "month by net")
    Q(DS, "Which month had my highest net sales?", L(month_label(2025, km, bare=True)), "net Amount by month of the row's date")
    q1, q2 = defaultdict(float), defaultdict(float)
    for o in net:
        if o["ts"].month <= 3:
            q1[o["product"]] += o["amount"]
        elif o["ts"].month <= 6:
            q2[o["product"]] += o["amount"]
    g = {p: q2[p] - q1[p] for p in set(q1) | set(q2)}
    kp, v = top(g, "product growth", lead=0.05)
    Q(DS, "Which product grew the most in net sales from Q1 to Q2 2025, and by how many dollars?",
      LN(["T-shirt", "T-shirts", "t shirt", "t shirts"] if kp == "t-shirt" else [kp.title(), kp + "s"],
         positive(v, "product growth"), "$"), "net Amount per product, Apr-Jun minus Jan-Mar")
    dq = Counter()
    for o in sales:
        dq[o["design"]] += o["qty"]
    t3 = topn(dq, 3, "designs by items")
    Q(DS, "What are my top 3 designs by number of items ordered?", {"labels": [[d.title(), d] for d in t3]},
      "Qty of Sale rows per design")
    kh, v = top(Counter(o["ts"].hour for o in sales), "hour")
    Q(DS, "What time of day do most orders come in?", L(hour_label(kh)), "Sale rows by hour")
    kw, v = top(Counter(o["ts"].weekday() for o in sales), "weekday")
    Q(DS, "Which day of the week gets the most orders?", L(weekday_label(kw)), "Sale rows by weekday")
    Q(DS, "How many orders were for more than one item?", N(sum(1 for o in sales if o["qty"] > 1), "orders"),
      "Sale rows with Qty above 1")
    away([o["amount"] for o in sales], 40, 0.5, "orders > $40")
    Q(DS, "How many orders came to more than $40 before shipping?", N(sum(1 for o in sales if o["amount"] > 40), "orders"),
      "Sale rows with Amount above $40")
    Q(DS, "How many orders were cancelled?", N(sum(1 for o in O if o["type"] == "cancelled"), "orders"),
      "Type Cancelled / Canceled")
    Q(DS, "How many orders have come from Germany, leaving out cancelled ones?", N(sum(1 for o in sales if o["country"] == "DE"), "orders"),
      "Sale rows with Country DE (any case)")
    mc = [o for o in net if o["design"] == "mushroom club"]
    a = sum(o["amount"] for o in mc if o["ts"].month <= 4)
    b = sum(o["amount"] for o in mc if 5 <= o["ts"].month <= 9)
    Q(DS, "How much more did the Mushroom Club design make in net sales from May to September than from January to April?",
      N(positive(b - a, "mushroom"), "$"), "net Amount of Mushroom Club, by the row's date")
    Q(DS, "How much have I refunded in total?", N(-sum(o["amount"] for o in refs), "$"), "Refund amounts, as a positive sum")
    cs = defaultdict(float)
    for o in sales:
        if o["country"] != "US":
            cs[o["country"]] += o["amount"]
    kc, v = top(cs, "country after US")
    names = {"GB": ["GB", "UK", "United Kingdom", "Britain"], "CA": ["CA", "Canada"], "DE": ["DE", "Germany"],
             "AU": ["AU", "Australia"], "NL": ["NL", "Netherlands"]}
    Q(DS, "Apart from the US, which country spends the most with me?", L(names[kc]), "gross Sale Amount by country, US apart")


# ----------------------------------------------------------------------------------------------
# 5. brew shop

def brewshop():
    DS = ["brewshop_cashbook.csv"]
    B = []
    voids = 0
    for r in load("brewshop_cashbook.csv"):
        if "void" in fold(r["Status"]):
            voids += 1
            continue
        B.append({"date": datetime.strptime(r["Date"], "%d-%m-%Y").date(), "details": r["Details"].strip(),
                  "cat": fold(r["Category"]).replace("sales-", "sales - "), "in": num(r["Paid In"]) or 0.0,
                  "out": num(r["Paid Out"]) or 0.0})
    yr = lambda b: b["date"].year  # noqa: E731
    in24 = sum(b["in"] for b in B if yr(b) == 2024)
    out24 = sum(b["out"] for b in B if yr(b) == 2024)
    Q(DS, "How much money came in during 2024?", N(in24, "£"), "Paid In, 2024, void rows left out")
    Q(DS, "How much went out in 2024?", N(out24, "£"), "Paid Out, 2024, void rows left out")
    Q(DS, "What was left after taking everything we paid out from everything that came in during 2024?",
      N(positive(in24 - out24, "profit"), "£"), "Paid In minus Paid Out, 2024")
    Q(DS, "How much have we spent on ingredients in 2025?",
      N(sum(b["out"] for b in B if yr(b) == 2025 and b["cat"] == "ingredients"), "£"), "Category Ingredients, 2025, Paid Out")
    sales = lambda b: b["cat"].startswith("sales")  # noqa: E731
    s24 = sum(b["in"] for b in B if yr(b) == 2024 and sales(b))
    Q(DS, "What share of our 2024 sales came through the online shop?",
      N(100 * sum(b["in"] for b in B if yr(b) == 2024 and b["cat"] == "sales - online") / s24, "%"),
      "Sales - online over Sales - shop + Sales - online, 2024")
    sup = ["Northern Malt Co", "Hopline Supplies", "Yeastworks", "Glass & Cap Ltd", "Brewkit Wholesale", "Coolbrew Direct"]
    sp = defaultdict(float)
    sp_inv = defaultdict(float)
    for b in B:
        if yr(b) == 2024:
            for s in sup:
                if s in b["details"]:
                    sp[s] += b["out"]
                    if b["details"].startswith(s + " inv"):
                        sp_inv[s] += b["out"]
    ks, v = top(sp, "supplier 2024")
    same(ks, top(sp_inv, "supplier invoices only 2024")[0], "supplier")
    Q(DS, "Which supplier did we pay the most in 2024?", L([ks]),
      "Paid Out whose Details name the supplier (the same winner without the fridge bought from Brewkit)")
    big = sorted(B, key=lambda b: -b["out"])
    assert big[0]["out"] > big[1]["out"]
    Q(DS, "What was the single biggest payment we made, and what was it for?",
      LN(["fermenting fridge", "fridge"], big[0]["out"], "£"), "largest Paid Out: " + big[0]["details"])
    sm = defaultdict(float)
    for b in B:
        if yr(b) == 2024 and b["cat"] == "sales - shop":
            sm[b["date"].month] += b["in"]
    km, v = top(sm, "shop month 2024")
    Q(DS, "What was our best month for shop takings in 2024?", L(month_label(2024, km, bare=True)),
      "Sales - shop Paid In per month of 2024")
    cls = [b for b in B if b["cat"] == "classes"]
    Q(DS, "How much have the beginners' brew days brought in altogether?", N(sum(b["in"] for b in cls), "£"), "Category Classes")
    places = sum(int(re.search(r"(\d+) places", b["details"]).group(1)) for b in cls)
    Q(DS, "How many places have been sold on the brew days in total?", N(places, "places"), "the number of places in each Classes entry's Details")
    Q(DS, "How much has rent cost us so far in 2025?", N(sum(b["out"] for b in B if yr(b) == 2025 and b["cat"] == "rent"), "£"),
      "Category Rent, 2025")
    Q(DS, "How much have card machine fees cost us altogether?", N(sum(b["out"] for b in B if b["cat"] == "fees"), "£"),
      "Category Fees")
    Q(DS, "How many entries in the cash book have been voided?", N(voids, "entries"), "Status containing void")
    on24 = sum(b["in"] for b in B if b["cat"] == "sales - online" and b["date"] <= date(2024, 10, 31) and yr(b) == 2024)
    on25 = sum(b["in"] for b in B if b["cat"] == "sales - online" and yr(b) == 2025)
    Q(DS, "How much more did online sales bring in from January to October 2025 than in the same months of 2024?",
      N(positive(on25 - on24, "online"), "£"), "Sales - online Paid In")
    shop = [b for b in B if b["cat"] == "sales - shop"]
    wd = defaultdict(float)
    for b in shop:
        wd[b["date"].weekday()] += b["in"]
    kw, v = top(wd, "weekday shop")
    Q(DS, "Which day of the week brings in the most in the shop?", L(weekday_label(kw)), "Sales - shop by weekday")
    satd = defaultdict(float)
    for b in shop:
        if b["date"].weekday() == 5:
            satd[b["date"]] += b["in"]
    Q(DS, "On average, what does the shop take on a Saturday, card and cash together?",
      N(sum(satd.values()) / len(satd), "£"), "Sales - shop per Saturday, mean over Saturdays with takings")
    Q(DS, "How much have we refunded to customers in total?", N(sum(b["out"] for b in B if b["cat"] == "refunds"), "£"),
      "Category Refunds")
    Q(DS, "How many invoices have we paid to Northern Malt Co?",
      N(sum(1 for b in B if b["details"].startswith("Northern Malt Co")), "invoices"), "rows naming Northern Malt Co")
    c25 = defaultdict(float)
    for b in B:
        if yr(b) == 2025 and b["out"]:
            c25[b["cat"]] += b["out"]
    t3 = topn(c25, 3, "spending categories 2025")
    Q(DS, "What were our three biggest kinds of spending in 2025?", {"labels": [[c.title(), c] for c in t3]},
      "Paid Out per Category, 2025")
    onl = [b["in"] for b in B if b["cat"] == "sales - online"]
    Q(DS, "What's the average weekly online payout?", N(sum(onl) / len(onl), "£"), "mean Paid In of Sales - online rows")
    Q(DS, "How much did we spend on electricity in 2024?",
      N(sum(b["out"] for b in B if yr(b) == 2024 and b["cat"] == "utilities"), "£"), "Category Utilities, 2024")


def main():
    try:
        tutoring()
        kennel()
        pyo()
        pod()
        brewshop()
    except GuardError as e:
        print("guard failed:", e)
        return 1
    for q in QUESTIONS:
        print(q["id"], q["dataset"][0], "|", q["question"], "->", json.dumps(q["truth"], ensure_ascii=False))
    print(len(QUESTIONS), "questions")
    if not PRINT_ONLY:
        with open(HERE / "questions.json", "w", encoding="utf-8") as f:
            json.dump(QUESTIONS, f, indent=1, ensure_ascii=False)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
