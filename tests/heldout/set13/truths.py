#!/usr/bin/env python3
"""Held-out set 13: every question beside the code that computes its truth from data/*.csv.

    python3 tests/heldout/set13/truths.py            # prints every truth and writes questions.json
    python3 tests/heldout/set13/truths.py --print    # prints only

Reading rules (the same for every question unless its note says otherwise):

- text values are folded: runs of spaces collapsed, stripped, a trailing period dropped, compared
  case-insensitively;
- "", "n/a", "na", "-", "?", "closed", "machine fault" are missing; a missing number is left out of sums,
  averages and medians (never read as 0);
- dollars and pounds have a point decimal: "$1,234.50", "1,234.50", "£12", "-£5.00", "£-5.00"; euros (lessons)
  have a decimal comma and a point for thousands: "€32,50", "32,50", "€ 40"; "free" / "trial" fees are 0
  (a free trial lesson);
- repair_jobs.csv: one row per job; booked_in / ready_at are ISO "YYYY-MM-DD HH:MM"; a cancelled job is
  left out of every question unless it asks about cancellations; part_code joins parts.csv after padding
  to five digits ("507" is 00507);
- lessons.csv: date is day-first dd/mm/yyyy; student ids are four digits ("70" is 0070); a cancelled lesson
  has fee 0 or none; a no-show is charged; the first lesson of a student is a free trial;
- market_ledger.csv: one row per charge; market_day is "Sat 8 Mar 2025"; refunds and loyalty credits are
  negative amounts; rows with status void are left out of everything except questions about voids;
- carpark_daily.csv: one row per level per day, date US M/D/YYYY; a closed row has no figures; a level is
  full when peak_occupied equals spaces;
- snackbar_till.csv: one row per till line; rung_at is ISO 'T'; voided lines (voided yes, spelled
  Yes/Y/TRUE/1) are left out of everything except questions about voids; a transaction is a txn_no.
"""

import csv
import datetime as dt
import json
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
SET = "s13"


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fold(s):
    return re.sub(r"\s+", " ", s).strip().rstrip(".").strip().lower()


MISSING = {"", "n/a", "na", "-", "?", "closed", "machine fault"}


def missing(s):
    return fold(s) in MISSING


def money(s):
    """£/$ money with a point decimal; None when missing."""
    if missing(s):
        return None
    t = s.strip().replace(",", "").replace(" ", "")
    neg = "-" in t
    v = float(t.replace("-", "").lstrip("£$"))
    return -v if neg else v


def euros(s):
    """Euros with a decimal comma; free / trial is 0; None when missing."""
    f = fold(s)
    if f in ("free", "trial"):
        return 0.0
    if missing(s):
        return None
    t = s.strip().replace("€", "").replace(" ", "").replace(".", "").replace(",", ".")
    return float(t)


def num(s):
    if missing(s):
        return None
    try:
        return float(s.strip().replace(",", ""))
    except ValueError:
        return None


def yes(s):
    return fold(s) in ("yes", "y", "true", "1")


def pct(v):
    return 100.0 * v


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ----------------------------------------------------------------------------------------------
# guards


def top(d, most=True, rel=0.02):
    """The key with the largest (or smallest) value; asserts a lead of more than rel over the runner-up."""
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=most)
    (k1, v1), (k2, v2) = items[0], items[1]
    if most:
        assert v1 > v2 * (1 + rel), f"too close: {items[:3]}"
    else:
        assert v1 < v2 * (1 - rel), f"too close: {items[:3]}"
    return k1, v1


def count_over(values, threshold, rel=0.02):
    """Groups over a threshold; asserts no group sits within rel of it."""
    for v in values:
        assert abs(v - threshold) > rel * threshold, f"group value {v} too near {threshold}"
    return sum(1 for v in values if v > threshold)


def count_gt(values, threshold):
    """Rows over a threshold; asserts no row equals it."""
    assert threshold not in values, f"a row equals the threshold {threshold}"
    return sum(1 for v in values if v > threshold)


def positive(v):
    assert v > 0, f"expected a positive difference, got {v}"
    return v


def same(a, b, tol=1e-9):
    """Two readings of a question give the same truth."""
    if isinstance(a, str):
        assert a == b, f"readings differ: {a} vs {b}"
        return a
    assert abs(a - b) <= tol * max(1.0, abs(a)), f"readings differ: {a} vs {b}"
    return a


def hour_labels(h):
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    out = [f"{h}:00", f"{h:02d}:00", f"{h12} {ap}", f"{h12}{ap}", f"{h12}:00 {ap}", f"{h12}:00{ap}",
           f"{h12} {ap[0]}.m", f"{h12} {ap.upper()}", f"{h12}:00 {ap.upper()}", f"hour {h}"]
    return [x for i, x in enumerate(out) if x not in out[:i]]


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_labels(d, file_style):
    m, ms = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    out = [f"{d.day} {m}", f"{m} {d.day}", f"{ordinal(d.day)} {m}", f"{m} {ordinal(d.day)}", f"{d.day} {ms}",
           f"{ms} {d.day}", d.isoformat()]
    if file_style == "mdy":
        out += [f"{d.month}/{d.day}/{d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}"]
    return [x for i, x in enumerate(out) if x not in out[:i]]


def month_labels(y, m):
    return [MONTHS[m - 1], f"{y}-{m:02d}", f"{MONTHS[m - 1][:3]} {y}"]


def month_year_labels(y, m):
    """When the file spans two years the month must carry its year."""
    return [f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}", f"{MONTHS[m - 1][:3]} {y}"]


def day_labels(wd):
    return [WEEKDAYS[wd], WEEKDAYS[wd] + "s"]


def label(name):
    """A value as the data spells it, plus its plural."""
    return [name, name + "s"] if not name.endswith("s") else [name]


QUESTIONS = []


def q(dataset, question, note=""):
    def deco(fn):
        QUESTIONS.append({"dataset": dataset, "question": question, "fn": fn, "note": note})
        return fn
    return deco


# ----------------------------------------------------------------------------------------------
# bike repair shop


R = ["repair_jobs.csv"]
RP = ["repair_jobs.csv", "parts.csv"]


def parts():
    out = {}
    for r in rows("parts.csv"):
        out[r["part_code"].strip().zfill(5)] = {"name": re.sub(r"\s+", " ", r["part_name"]).strip().rstrip("."),
                                                "cat": fold(r["category"]), "sup": fold(r["supplier"])}
    return out


def jobs_all():
    P = parts()
    out = []
    for r in rows("repair_jobs.csv"):
        code = r["part_code"].strip().zfill(5) if r["part_code"].strip() else None
        out.append({
            "id": r["job_no"].strip(),
            "t": dt.datetime.strptime(r["booked_in"].strip(), "%Y-%m-%d %H:%M"),
            "ready": dt.datetime.strptime(r["ready_at"].strip(), "%Y-%m-%d %H:%M") if r["ready_at"].strip() else None,
            "bike": fold(r["bike_type"]), "svc": fold(r["service"]), "mech": fold(r["mechanic"]),
            "code": code, "part": P[code] if code else None,
            "qty": int(r["part_qty"]) if r["part_qty"].strip() else 0,
            "hours": num(r["labour_hours"]), "labour": money(r["labour"]), "parts": money(r["parts"]) or 0.0,
            "total": money(r["total"]), "status": fold(r["status"]),
        })
    return out


def jobs():
    return [j for j in jobs_all() if j["status"] != "cancelled"]


@q(R, "How many repair jobs did we book in between January and September, not counting cancelled ones?",
   note="non-cancelled rows with booked_in in Jan-Sep 2025")
def _():
    return {"number": float(sum(1 for j in jobs() if j["t"].month <= 9)), "unit": "jobs"}


@q(R, "what did we bill in total for jobs booked in june? leave out cancellations",
   note="sum of total over non-cancelled jobs booked in June")
def _():
    return {"number": sum(j["total"] for j in jobs() if j["t"].month == 6), "unit": "$"}


@q(R, "Which mechanic brought in the most labour money this year?",
   note="sum of labour by mechanic, non-cancelled")
def _():
    d = defaultdict(float)
    for j in jobs():
        d[j["mech"]] += j["labour"]
    k, _v = top(d)
    return {"label": [k.title()]}


@q(R, "Who's done the most full services?", note="count of non-cancelled Full service jobs by mechanic")
def _():
    d = defaultdict(int)
    d2 = defaultdict(int)
    for j in jobs_all():
        if j["svc"] == "full service":
            d2[j["mech"]] += 1
            if j["status"] != "cancelled":
                d[j["mech"]] += 1
    k, _v = top(d)
    same(k, top(d2)[0])
    return {"label": [k.title()]}


@q(R, "On average how many hours is it from a bike being booked in to it being ready?",
   note="mean of ready_at - booked_in in hours over jobs with a ready time (cancelled and unfinished have none)")
def _():
    v = [(j["ready"] - j["t"]).total_seconds() / 3600 for j in jobs() if j["ready"]]
    return {"number": statistics.mean(v), "unit": "h"}


@q(R, "which type of service takes the longest to turn round, on average?",
   note="mean hours booked_in -> ready_at per service")
def _():
    d = defaultdict(list)
    for j in jobs():
        if j["ready"]:
            d[j["svc"]].append((j["ready"] - j["t"]).total_seconds() / 3600)
    k, _v = top({s: statistics.mean(v) for s, v in d.items()})
    return {"label": [k.capitalize(), k]}


@q(R, "How many e-bike jobs did we have, cancelled ones aside?", note="non-cancelled rows with bike_type E-bike")
def _():
    return {"number": float(sum(j["bike"] == "e-bike" for j in jobs())), "unit": "jobs"}


@q(R, "What percentage of jobs were puncture repairs? Ignore the cancelled jobs.",
   note="Puncture repair rows / all non-cancelled rows")
def _():
    J = jobs()
    return {"number": pct(sum(j["svc"] == "puncture repair" for j in J) / len(J)), "unit": "%"}


@q(RP, "Which category of parts earned us the most in parts sales?",
   note="sum of the parts column by the part's category in parts.csv (part_code padded to 5), non-cancelled")
def _():
    d = defaultdict(float)
    for j in jobs():
        if j["part"]:
            d[j["part"]["cat"]] += j["parts"]
    k, _v = top(d)
    return {"label": [k.title(), k]}


@q(RP, "How much did we sell in parts that came from Velo Parts Direct?",
   note="sum of parts over non-cancelled jobs whose part's supplier is Velo Parts Direct")
def _():
    return {"number": sum(j["parts"] for j in jobs() if j["part"] and j["part"]["sup"] == "velo parts direct"),
            "unit": "$"}


@q(RP, "how many inner tubes did we fit in total",
   note="sum of part_qty over non-cancelled jobs whose part name starts 'Inner tube' (00107, 00112)")
def _():
    return {"number": float(sum(j["qty"] for j in jobs() if j["part"] and j["part"]["name"].lower().startswith("inner tube"))),
            "unit": "tubes"}


@q(R, "busiest day of the week for bookings?", note="rows by weekday of booked_in; same with or without cancelled")
def _():
    d, d2 = defaultdict(int), defaultdict(int)
    for j in jobs_all():
        d[j["t"].weekday()] += 1
        if j["status"] != "cancelled":
            d2[j["t"].weekday()] += 1
    k, _ = top(d)
    same(k, top(d2)[0])
    return {"label": day_labels(k)}


@q(R, "What's the average labour time on a full service, in hours?",
   note="mean labour_hours over non-cancelled Full service rows with a number")
def _():
    return {"number": statistics.mean(j["hours"] for j in jobs() if j["svc"] == "full service" and j["hours"] is not None),
            "unit": "h"}


@q(R, "How many jobs got cancelled?", note="rows with status Cancelled (any spelling)")
def _():
    return {"number": float(sum(j["status"] == "cancelled" for j in jobs_all())), "unit": "jobs"}


@q(R, "how many jobs are still in progress - in the workshop or waiting for parts?", note="status In workshop or Waiting for parts")
def _():
    return {"number": float(sum(j["status"] in ("in workshop", "waiting for parts") for j in jobs_all())),
            "unit": "jobs"}


@q(R, "Which month brought in the most money from repairs? Leave cancelled jobs out.",
   note="sum of total over non-cancelled jobs by booked_in month")
def _():
    d = defaultdict(float)
    for j in jobs():
        d[j["t"].month] += j["total"]
    k, _ = top(d)
    return {"label": month_labels(2025, k)}


@q(R, "How many jobs came to more than $200? Don't count cancelled ones.", note="non-cancelled rows with total > 200")
def _():
    return {"number": float(count_gt([j["total"] for j in jobs()], 200.0)), "unit": "jobs"}


@q(R, "whats the avg bill for a brake repair", note="mean total over non-cancelled Brake repair jobs")
def _():
    return {"number": statistics.mean(j["total"] for j in jobs() if j["svc"] == "brake repair"), "unit": "$"}


@q(R, "How many different parts did we use in January?",
   note="distinct part_code (padded to 5) over non-cancelled jobs booked in January")
def _():
    return {"number": float(len({j["code"] for j in jobs() if j["code"] and j["t"].month == 1})), "unit": "parts"}


@q(R, "How much more did we bill in Q2 than in Q1? (no cancelled jobs)",
   note="sum of total Apr-Jun minus Jan-Mar, non-cancelled")
def _():
    a = sum(j["total"] for j in jobs() if 4 <= j["t"].month <= 6)
    b = sum(j["total"] for j in jobs() if j["t"].month <= 3)
    return {"number": positive(a - b), "unit": "$"}


@q(R, "Which kind of bike brings in the most money per job?", note="mean total per non-cancelled job by bike_type")
def _():
    d = defaultdict(list)
    for j in jobs():
        d[j["bike"]].append(j["total"])
    k, _v = top({b: statistics.mean(x) for b, x in d.items()})
    assert k == "e-bike"
    return {"label": ["E-bike", "e-bikes", "ebike"]}


@q(RP, "What's the part we go through the most of?",
   note="sum of part_qty by part (name from parts.csv), non-cancelled")
def _():
    P = parts()
    d = defaultdict(int)
    for j in jobs():
        if j["code"]:
            d[j["code"]] += j["qty"]
    k, _v = top(d)
    return {"label": [P[k]["name"]]}


@q(R, "how many of hannah's jobs were on mountain bikes", note="non-cancelled rows with mechanic Hannah and bike_type Mountain")
def _():
    return {"number": float(sum(j["mech"] == "hannah" and j["bike"] == "mountain" for j in jobs())), "unit": "jobs"}


@q(R, "What was our average job value in August, cancellations excluded?",
   note="mean total over non-cancelled jobs booked in August")
def _():
    return {"number": statistics.mean(j["total"] for j in jobs() if j["t"].month == 8), "unit": "$"}


# ----------------------------------------------------------------------------------------------
# music lessons


L = ["lessons.csv"]


def lessons():
    out = []
    for r in rows("lessons.csv"):
        m = re.match(r"\s*(\d+)", r["minutes"])
        out.append({
            "d": dt.datetime.strptime(r["date"].strip(), "%d/%m/%Y").date(),
            "hour": int(r["start_time"].strip().split(":")[0]),
            "sid": r["student_id"].strip().zfill(4), "inst": fold(r["instrument"]), "mins": int(m.group(1)),
            "loc": fold(r["location"]), "fee": euros(r["fee"]), "feetxt": fold(r["fee"]), "status": fold(r["status"]),
        })
    return out


def fees(ls):
    return sum(x["fee"] or 0.0 for x in ls)


@q(L, "How much have I earned from lessons in 2025?", note="sum of fee over 2025 rows (cancelled are 0/blank, trials free)")
def _():
    return {"number": fees(x for x in lessons() if x["d"].year == 2025), "unit": "€"}


@q(L, "How many different students have I taught altogether?",
   note="distinct student_id padded to 4 digits; same counting only Taught rows")
def _():
    a = len({x["sid"] for x in lessons()})
    b = len({x["sid"] for x in lessons() if x["status"] == "taught"})
    return {"number": float(same(a, b)), "unit": "students"}


@q(L, "which instrument do i teach the most lessons of", note="Taught lessons by instrument")
def _():
    d = defaultdict(int)
    for x in lessons():
        if x["status"] == "taught":
            d[x["inst"]] += 1
    k, _ = top(d)
    return {"label": [k.title()]}


@q(L, "how many lessons got cancelled", note="status Cancelled")
def _():
    return {"number": float(sum(x["status"] == "cancelled" for x in lessons())), "unit": "lessons"}


@q(L, "What percentage of all booked lessons ended up as no-shows?", note="No-show rows / all rows")
def _():
    L_ = lessons()
    return {"number": pct(sum(x["status"] == "no-show" for x in L_) / len(L_)), "unit": "%"}


@q(L, "How many free trial lessons did I give?", note="fee 'free' / 'trial' (the first lesson of each student)")
def _():
    return {"number": float(sum(x["feetxt"] in ("free", "trial") for x in lessons())), "unit": "lessons"}


@q(L, "What do I charge on average for a 45 minute guitar lesson this year? Leave out the free trials.",
   note="mean fee over 2025 Guitar rows of 45 minutes with a fee above 0 (taught or no-show)")
def _():
    v = [x["fee"] for x in lessons() if x["d"].year == 2025 and x["inst"] == "guitar" and x["mins"] == 45
         and x["fee"]]
    return {"number": statistics.mean(v), "unit": "€"}


@q(L, "Which month did I teach the most lessons?", note="Taught rows by month (the file spans Sep 2024 - Jul 2025)")
def _():
    d = defaultdict(int)
    for x in lessons():
        if x["status"] == "taught":
            d[(x["d"].year, x["d"].month)] += 1
    (y, m), _ = top(d)
    return {"label": month_year_labels(y, m)}


@q(L, "How many hours did I actualy teach in march 2025?", note="sum of minutes / 60 over Taught rows in March 2025")
def _():
    return {"number": sum(x["mins"] for x in lessons() if x["status"] == "taught" and x["d"].year == 2025
                          and x["d"].month == 3) / 60, "unit": "h"}


@q(L, "what share of the lessons I taught were online", note="Taught rows with location Online / Taught rows")
def _():
    T = [x for x in lessons() if x["status"] == "taught"]
    return {"number": pct(sum(x["loc"] == "online" for x in T) / len(T)), "unit": "%"}


@q(L, "Of the days I teach, which one has the fewest lessons?",
   note="rows by weekday (no lessons on Sundays); same counting only Taught")
def _():
    d, d2 = defaultdict(int), defaultdict(int)
    for x in lessons():
        d[x["d"].weekday()] += 1
        if x["status"] == "taught":
            d2[x["d"].weekday()] += 1
    assert 6 not in d
    k, _ = top(d, most=False)
    same(k, top(d2, most=False)[0])
    return {"label": day_labels(k)}


@q(L, "how much have singing lessons made me", note="sum of fee over Singing rows, whole file")
def _():
    return {"number": fees(x for x in lessons() if x["inst"] == "singing"), "unit": "€"}


@q(L, "How much has student 0070 paid me in total?", note="sum of fee where student_id is 0070 or 70")
def _():
    return {"number": fees(x for x in lessons() if x["sid"] == "0070"), "unit": "€"}


@q(L, "Which student has had the most lessons with me? Give me their id.", note="Taught rows by padded student id")
def _():
    d = defaultdict(int)
    for x in lessons():
        if x["status"] == "taught":
            d[x["sid"]] += 1
    k, _ = top(d)
    return {"label": [k, k.lstrip("0")]}


@q(L, "What was the average fee per paid lesson between September and December 2024?",
   note="mean fee over Sep-Dec 2024 rows with a fee above 0 (taught or no-show; not trials, not cancelled)")
def _():
    v = [x["fee"] for x in lessons() if x["d"].year == 2024 and x["fee"]]
    return {"number": statistics.mean(v), "unit": "€"}


@q(L, "How many lessons did I teach at pupils' homes?", note="Taught rows with location Home visit")
def _():
    return {"number": float(sum(x["status"] == "taught" and x["loc"] == "home visit" for x in lessons())),
            "unit": "lessons"}


@q(L, "How many more lessons did I teach from January to April 2025 than from September to December 2024?",
   note="Taught rows Jan-Apr 2025 minus Taught rows Sep-Dec 2024")
def _():
    a = sum(x["status"] == "taught" and x["d"].year == 2025 and x["d"].month <= 4 for x in lessons())
    b = sum(x["status"] == "taught" and x["d"].year == 2024 for x in lessons())
    return {"number": float(positive(a - b)), "unit": "lessons"}


@q(L, "what time do most of my lessons start", note="Taught rows by start hour; same over all rows")
def _():
    d, d2 = defaultdict(int), defaultdict(int)
    for x in lessons():
        d2[x["hour"]] += 1
        if x["status"] == "taught":
            d[x["hour"]] += 1
    k, _ = top(d)
    same(k, top(d2)[0])
    return {"label": hour_labels(k)}


@q(L, "On average how much did violin bring in per month in 2025?",
   note="sum of Violin fees Jan-Jul 2025 / 7 (the months of 2025 in the file)")
def _():
    assert max(x["d"] for x in lessons()) < dt.date(2025, 8, 1)
    assert {x["d"].month for x in lessons() if x["inst"] == "violin" and x["d"].year == 2025 and x["fee"]} == set(range(1, 8))
    return {"number": fees(x for x in lessons() if x["inst"] == "violin" and x["d"].year == 2025) / 7, "unit": "€"}


@q(L, "How many no-shows did my guitar pupils have?", note="No-show rows with instrument Guitar")
def _():
    return {"number": float(sum(x["status"] == "no-show" and x["inst"] == "guitar" for x in lessons())),
            "unit": "lessons"}


@q(L, "Whats the average length of the lessons I actually taught, in minutes?", note="mean minutes over Taught rows")
def _():
    a = statistics.mean(x["mins"] for x in lessons() if x["status"] == "taught")
    return {"number": a, "unit": "min"}


# ----------------------------------------------------------------------------------------------
# farmers' market ledger


M = ["market_ledger.csv"]


def ledger_all():
    out = []
    for r in rows("market_ledger.csv"):
        out.append({
            "d": dt.datetime.strptime(re.sub(r"\s+", " ", r["market_day"]).strip(), "%a %d %b %Y").date(),
            "who": fold(r["stallholder"]), "Who": re.sub(r"\s+", " ", r["stallholder"]).strip().rstrip("."),
            "type": fold(r["stall_type"]), "item": fold(r["item"]), "amt": money(r["amount"]),
            "pay": fold(r["paid_by"]), "void": fold(r["status"]) == "void",
        })
    return out


def ledger():
    return [x for x in ledger_all() if not x["void"]]


@q(M, "What did the market take in stall fees overall, after refunds and credits? Ignore void entries.",
   note="sum of amount over non-void rows (refunds and credits negative)")
def _():
    return {"number": sum(x["amt"] for x in ledger()), "unit": "£"}


@q(M, "how many refunds did we give traders", note="non-void rows with item Refund")
def _():
    return {"number": float(sum(x["item"] == "refund" for x in ledger())), "unit": "refunds"}


@q(M, "Which type of stall pays the most in pitch fees?", note="sum of Pitch fee amounts by stall_type, non-void")
def _():
    d = defaultdict(float)
    for x in ledger():
        if x["item"] == "pitch fee":
            d[x["type"]] += x["amt"]
    k, _ = top(d)
    return {"label": [k.title(), k.capitalize()]}


@q(M, "How many diffrent stallholders traded with us this year?", note="distinct folded stallholder, non-void")
def _():
    return {"number": float(len({x["who"] for x in ledger()})), "unit": "stallholders"}


@q(M, "How many entries in the ledger are void?", note="status void, any case")
def _():
    return {"number": float(sum(x["void"] for x in ledger_all())), "unit": "entries"}


@q(M, "average pitch fee for a hot food stall?", note="mean of Pitch fee amounts for Hot food stalls, non-void")
def _():
    return {"number": statistics.mean(x["amt"] for x in ledger() if x["item"] == "pitch fee" and x["type"] == "hot food"),
            "unit": "£"}


@q(M, "Which month brought in the most money, net of refunds?", note="net non-void amount by month")
def _():
    d = defaultdict(float)
    for x in ledger():
        d[x["d"].month] += x["amt"]
    k, _ = top(d)
    return {"label": month_labels(2025, k)}


@q(M, "How much did the electricty hook-ups bring in?", note="sum of Electricity rows, non-void")
def _():
    return {"number": sum(x["amt"] for x in ledger() if x["item"] == "electricity"), "unit": "£"}


@q(M, "How many market days did we run in 2025?", note="distinct market_day over all rows")
def _():
    return {"number": float(same(len({x["d"] for x in ledger_all()}), len({x["d"] for x in ledger()}))), "unit": "days"}


@q(M, "how much did the wednesday markets take altogether (net)?", note="net non-void amount on Wednesdays")
def _():
    return {"number": sum(x["amt"] for x in ledger() if x["d"].weekday() == 2), "unit": "£"}


@q(M, "Which trader paid us the most over the year?", note="net non-void amount by stallholder")
def _():
    d = defaultdict(float)
    names = {}
    for x in ledger():
        d[x["who"]] += x["amt"]
        names.setdefault(x["who"], x["Who"] if x["Who"].lower() == x["who"] else x["who"].title())
    k, v = top(d)
    return {"label": [names[k]], "number": v, "unit": "£"}


@q(M, "What share of our net income came from hot food stalls?", note="net non-void Hot food / net non-void all")
def _():
    L_ = ledger()
    return {"number": pct(sum(x["amt"] for x in L_ if x["type"] == "hot food") / sum(x["amt"] for x in L_)), "unit": "%"}


@q(M, "On average, how much does a Saturday market bring in?",
   note="net non-void amount on Saturdays / number of distinct Saturdays")
def _():
    S = [x for x in ledger() if x["d"].weekday() == 5]
    return {"number": sum(x["amt"] for x in S) / len({x["d"] for x in S}), "unit": "£"}


@q(M, "how many pitches did we let in december", note="non-void Pitch fee rows in December")
def _():
    return {"number": float(sum(x["item"] == "pitch fee" and x["d"].month == 12 for x in ledger())), "unit": "pitches"}


@q(M, "Gazebo hire over the summer (June to August) - how much did it make?", note="sum of Gazebo hire rows Jun-Aug, non-void")
def _():
    return {"number": sum(x["amt"] for x in ledger() if x["item"] == "gazebo hire" and 6 <= x["d"].month <= 8), "unit": "£"}


@q(M, "How much more did we take in December than in November, after refunds?", note="net non-void Dec minus Nov")
def _():
    a = sum(x["amt"] for x in ledger() if x["d"].month == 12)
    b = sum(x["amt"] for x in ledger() if x["d"].month == 11)
    return {"number": positive(a - b), "unit": "£"}


@q(M, "What percentage of ledger entries were paid by card? Leave the void ones out.",
   note="non-void rows with paid_by Card / non-void rows")
def _():
    L_ = ledger()
    return {"number": pct(sum(x["pay"] == "card" for x in L_) / len(L_)), "unit": "%"}


@q(M, "How many loyalty credits did we hand out?", note="non-void rows with item Loyalty credit")
def _():
    return {"number": float(sum(x["item"] == "loyalty credit" for x in ledger())), "unit": "credits"}


@q(M, "how many bakeries have a stall with us", note="distinct stallholders with stall_type Bakery")
def _():
    return {"number": float(len({x["who"] for x in ledger() if x["type"] == "bakery"})), "unit": "stallholders"}


@q(M, "What did Crafts stalls pay in total in the first half of the year?", note="net non-void Crafts rows Jan-Jun")
def _():
    return {"number": sum(x["amt"] for x in ledger() if x["type"] == "crafts" and x["d"].month <= 6), "unit": "£"}


@q(M, "Which Saturday had the most stalls?", note="distinct stallholders with a non-void Pitch fee, by Saturday")
def _():
    d = defaultdict(set)
    for x in ledger():
        if x["item"] == "pitch fee" and x["d"].weekday() == 5:
            d[x["d"]].add(x["who"])
    k, v = top({a: len(b) for a, b in d.items()})
    return {"label": date_labels(k, "") + [f"Sat {k.day} {k.strftime('%b')} 2025"], "number": float(v), "unit": "stalls"}


# ----------------------------------------------------------------------------------------------
# car park


C = ["carpark_daily.csv"]


def park():
    out = []
    for r in rows("carpark_daily.csv"):
        m, d, y = (int(p) for p in r["date"].strip().split("/"))
        out.append({
            "d": dt.date(y, m, d), "level": fold(r["level"]), "spaces": int(r["spaces"]),
            "closed": fold(r["status"]) == "closed", "entries": num(r["entries"]), "peak": num(r["peak_occupied"]),
            "stay": num(r["avg_stay_mins"]), "take": money(r["takings"]),
        })
    return out


def open_rows():
    return [x for x in park() if not x["closed"]]


@q(C, "How many cars came in during 2025?", note="sum of entries over every open row")
def _():
    return {"number": sum(x["entries"] for x in open_rows()), "unit": "cars"}


@q(C, "Which level of the car park gets the most cars?", note="sum of entries by level")
def _():
    d = defaultdict(float)
    for x in open_rows():
        d[x["level"]] += x["entries"]
    k, _ = top(d)
    return {"label": [k.title(), k]}


@q(C, "Which month did the car park take the most money?", note="sum of takings by month")
def _():
    d = defaultdict(float)
    for x in park():
        if x["take"] is not None:
            d[x["d"].month] += x["take"]
    k, _ = top(d)
    return {"label": month_labels(2025, k)}


@q(C, "On how many days was the ground floor full?", note="Ground rows with peak_occupied = spaces (120)")
def _():
    return {"number": float(sum(x["level"] == "ground" and x["peak"] == x["spaces"] for x in open_rows())), "unit": "days"}


@q(C, "avg cars per day on the roof, on the days it was open?", note="mean entries over open Roof rows")
def _():
    return {"number": statistics.mean(x["entries"] for x in open_rows() if x["level"] == "roof"), "unit": "cars"}


@q(C, "How many days was the roof shut?", note="Roof rows with status Closed")
def _():
    return {"number": float(sum(x["level"] == "roof" and x["closed"] for x in park())), "unit": "days"}


@q(C, "total takings for the year?", note="sum of takings over rows with a figure")
def _():
    return {"number": sum(x["take"] for x in park() if x["take"] is not None), "unit": "$"}


@q(C, "Leaving out level-days with no takings figure, how much did we take per car on average?",
   note="sum of takings / sum of entries over open rows with a takings figure")
def _():
    T = [x for x in open_rows() if x["take"] is not None]
    return {"number": sum(x["take"] for x in T) / sum(x["entries"] for x in T), "unit": "$"}


@q(C, "Which day of the week sees the most cars?", note="sum of entries by weekday")
def _():
    d = defaultdict(float)
    for x in open_rows():
        d[x["d"].weekday()] += x["entries"]
    k, _ = top(d)
    return {"label": day_labels(k)}


@q(C, "What was the busiest single day for the whole car park?", note="sum of entries over levels by date")
def _():
    d = defaultdict(float)
    for x in open_rows():
        d[x["d"]] += x["entries"]
    k, _ = top(d)
    return {"label": date_labels(k, "mdy")}


@q(C, "How many cars parked on level 3 in march?", note="sum of entries over open Level 3 rows in March")
def _():
    return {"number": sum(x["entries"] for x in open_rows() if x["level"] == "level 3" and x["d"].month == 3), "unit": "cars"}


@q(C, "What percentage of all entries were on the roof?", note="Roof entries / all entries")
def _():
    O = open_rows()
    return {"number": pct(sum(x["entries"] for x in O if x["level"] == "roof") / sum(x["entries"] for x in O)), "unit": "%"}


@q(C, "How much more did we take in December than in November?", note="takings Dec minus Nov")
def _():
    a = sum(x["take"] for x in park() if x["take"] is not None and x["d"].month == 12)
    b = sum(x["take"] for x in park() if x["take"] is not None and x["d"].month == 11)
    return {"number": positive(a - b), "unit": "$"}


@q(C, "On how many days did more than 1,900 cars come in across all levels?", note="per-date sum of entries > 1900 (whole numbers; no day is exactly 1900)")
def _():
    d = defaultdict(float)
    for x in open_rows():
        d[x["d"]] += x["entries"]
    return {"number": float(count_gt(list(d.values()), 1900.0)), "unit": "days"}


@q(C, "how many times did level 2 fill right up", note="Level 2 rows with peak_occupied = spaces (180)")
def _():
    return {"number": float(sum(x["level"] == "level 2" and x["peak"] == x["spaces"] for x in open_rows())), "unit": "days"}


@q(C, "In July, how many more cars a day did we get on average than in January?",
   note="(entries in July / 31) - (entries in January / 31), all levels")
def _():
    a = sum(x["entries"] for x in open_rows() if x["d"].month == 7) / 31
    b = sum(x["entries"] for x in open_rows() if x["d"].month == 1) / 31
    return {"number": positive(a - b), "unit": "cars"}


@q(C, "What did we take on sundays in total?", note="sum of takings on Sundays")
def _():
    return {"number": sum(x["take"] for x in park() if x["take"] is not None and x["d"].weekday() == 6), "unit": "$"}


@q(C, "On average how full does Level 1 get at its peak, as a percentage of its spaces?",
   note="mean of peak_occupied / spaces over open Level 1 rows")
def _():
    return {"number": pct(statistics.mean(x["peak"] / x["spaces"] for x in open_rows() if x["level"] == "level 1")),
            "unit": "%"}


@q(C, "How many times was a level closed for the whole day?", note="rows with status Closed")
def _():
    return {"number": float(sum(x["closed"] for x in park())), "unit": "level-days"}


@q(C, "whats the longest average stay we recorded on any level on any day, in minutes",
   note="max avg_stay_mins over open rows")
def _():
    return {"number": max(x["stay"] for x in open_rows() if x["stay"] is not None), "unit": "min"}


# ----------------------------------------------------------------------------------------------
# snack bar


S = ["snackbar_till.csv"]


def till_all():
    out = []
    for r in rows("snackbar_till.csv"):
        out.append({
            "tx": r["txn_no"].strip(), "t": dt.datetime.strptime(r["rung_at"].strip(), "%Y-%m-%dT%H:%M:%S"),
            "item": fold(r["item"]), "cat": fold(r["category"]), "qty": int(r["qty"]),
            "amt": money(r["line_total"]), "pay": fold(r["payment"]), "void": yes(r["voided"]),
        })
    return out


def till():
    return [x for x in till_all() if not x["void"]]


def txns(lines):
    d = defaultdict(float)
    for x in lines:
        d[x["tx"]] += x["amt"]
    return d


@q(S, "What were total snack bar sales, not counting voided lines?", note="sum of line_total over non-void lines")
def _():
    return {"number": sum(x["amt"] for x in till()), "unit": "$"}


@q(S, "what's our best seller by number sold", note="sum of qty by item, non-void")
def _():
    d = defaultdict(int)
    for x in till():
        d[x["item"]] += x["qty"]
    k, _ = top(d)
    return {"label": [k.title(), k.capitalize()]}


@q(S, "How many transactions did we ring up in July? Don't count ones that were voided completely.",
   note="distinct txn_no in July with at least one non-void line")
def _():
    return {"number": float(len({x["tx"] for x in till() if x["t"].month == 7})), "unit": "transactions"}


@q(S, "Whats the average spend per transaction?", note="non-void sum / distinct transactions with a non-void line")
def _():
    d = txns(till())
    return {"number": sum(d.values()) / len(d), "unit": "$"}


@q(S, "Which hour of the day is busiest at the snack bar?",
   note="distinct transactions by hour of rung_at; same by money")
def _():
    d = defaultdict(set)
    m = defaultdict(float)
    for x in till():
        d[x["t"].hour].add(x["tx"])
        m[x["t"].hour] += x["amt"]
    k, _ = top({h: len(v) for h, v in d.items()})
    same(k, top(m)[0])
    return {"label": hour_labels(k)}


@q(S, "What share of our takings, in dollars, was paid in cash?", note="non-void line_total paid Cash / all non-void")
def _():
    T = till()
    return {"number": pct(sum(x["amt"] for x in T if x["pay"] == "cash") / sum(x["amt"] for x in T)), "unit": "%"}


@q(S, "Which category makes us the most money?", note="sum of line_total by category, non-void")
def _():
    d = defaultdict(float)
    for x in till():
        d[x["cat"]] += x["amt"]
    k, _ = top(d)
    return {"label": [k.title(), k]}


@q(S, "How many lines were voided at the till?", note="voided yes (Yes/Y/TRUE/1)")
def _():
    return {"number": float(sum(x["void"] for x in till_all())), "unit": "lines"}


@q(S, "how many large popcorns did we sell on saturdays", note="sum of qty of Popcorn Large on Saturdays, non-void")
def _():
    return {"number": float(sum(x["qty"] for x in till() if x["item"] == "popcorn large" and x["t"].weekday() == 5)),
            "unit": "popcorns"}


@q(S, "How much did combo deals bring in during August?", note="sum of Combo deal line_total in August, non-void")
def _():
    return {"number": sum(x["amt"] for x in till() if x["item"] == "combo deal" and x["t"].month == 8), "unit": "$"}


@q(S, "Which day of the week do we take the most money?", note="non-void line_total by weekday")
def _():
    d = defaultdict(float)
    for x in till():
        d[x["t"].weekday()] += x["amt"]
    k, _ = top(d)
    return {"label": day_labels(k)}


@q(S, "How much more did the snack bar take in July than in June?", note="non-void July minus June")
def _():
    a = sum(x["amt"] for x in till() if x["t"].month == 7)
    b = sum(x["amt"] for x in till() if x["t"].month == 6)
    return {"number": positive(a - b), "unit": "$"}


@q(S, "What percentage of transactions include a drink?",
   note="distinct transactions with a non-void Drinks line / distinct transactions with a non-void line")
def _():
    T = till()
    alltx = {x["tx"] for x in T}
    return {"number": pct(len({x["tx"] for x in T if x["cat"] == "drinks"}) / len(alltx)), "unit": "%"}


@q(S, "how many nachos did we sell", note="sum of qty of Nachos, non-void")
def _():
    return {"number": float(sum(x["qty"] for x in till() if x["item"] == "nachos")), "unit": "nachos"}


@q(S, "On average how many items does someone buy per transaction?", note="non-void sum of qty / distinct transactions")
def _():
    T = till()
    return {"number": sum(x["qty"] for x in T) / len({x["tx"] for x in T}), "unit": "items"}


@q(S, "Which payment method do most customers use?", note="distinct transactions by payment; same by money")
def _():
    d = defaultdict(set)
    for x in till():
        d[x["pay"]].add(x["tx"])
    k, _ = top({p: len(v) for p, v in d.items()})
    m = defaultdict(float)
    for x in till():
        m[x["pay"]] += x["amt"]
    same(k, top(m)[0])
    return {"label": [k.title()]}


@q(S, "How much hot food did we sell at the weekend, in dollars?", note="non-void Hot food line_total on Sat/Sun")
def _():
    return {"number": sum(x["amt"] for x in till() if x["cat"] == "hot food" and x["t"].weekday() >= 5), "unit": "$"}


@q(S, "What was the biggest single transaction?", note="max over transactions of the non-void line_total sum")
def _():
    return {"number": max(txns(till()).values()), "unit": "$"}


@q(S, "how many till lines were over $20", note="non-void lines with line_total > 20")
def _():
    return {"number": float(count_gt([x["amt"] for x in till()], 20.0)), "unit": "lines"}


@q(S, "Which month did we sell the most ice cream?", note="sum of qty of Ice cream category by month, non-void")
def _():
    d = defaultdict(int)
    for x in till():
        if x["cat"] == "ice cream":
            d[x["t"].month] += x["qty"]
    k, _ = top(d)
    return {"label": month_labels(2025, k)}


@q(S, "What were pick n mix sales worth, leaving out the voids?", note="sum of Pick n mix line_total, non-void")
def _():
    return {"number": sum(x["amt"] for x in till() if x["item"] == "pick n mix"), "unit": "$"}


# ----------------------------------------------------------------------------------------------


def clean(truth):
    out = {}
    for k, v in truth.items():
        if isinstance(v, float):
            v = round(v, 6)
            if v == int(v) and k != "number":
                v = int(v)
        out[k] = v
    return out


def main():
    out = []
    failed = 0
    for i, qd in enumerate(QUESTIONS, 1):
        try:
            truth = clean(qd["fn"]())
        except AssertionError as e:
            if "--print" not in sys.argv:
                raise
            failed += 1
            print(f"{SET}-{i:03d}  {qd['question']}\n        GUARD FAILED: {e}")
            continue
        out.append({"id": f"{SET}-{i:03d}", "dataset": qd["dataset"], "question": qd["question"], "truth": truth,
                    "note": qd["note"]})
        print(f"{SET}-{i:03d}  {qd['question']}\n        {json.dumps(truth, ensure_ascii=False)}")
    if "--print" not in sys.argv:
        (HERE / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = defaultdict(int)
    for o in out:
        counts["+".join(o["dataset"])] += 1
    print(f"{len(out)} questions: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + (f"; {failed} guards failed" if failed else ""))


if __name__ == "__main__":
    main()
