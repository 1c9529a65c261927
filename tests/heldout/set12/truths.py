#!/usr/bin/env python3
"""Held-out set 12: every question beside the code that computes its truth from data/*.csv.

    python3 tests/heldout/set12/truths.py            # prints every truth and writes questions.json
    python3 tests/heldout/set12/truths.py --print    # prints only (a failed guard is reported, not raised)

Reading rules (the same for every question unless its note says otherwise):

- text values are folded: runs of spaces collapsed, stripped, a trailing period dropped, compared
  case-insensitively;
- "", "n/a", "na", "-", "?", "not counted", "not weighed", "dnf", "60+" are missing; a missing number is
  left out of sums, averages and maxima (never read as 0);
- money has a point decimal ("£1,234.50", "1234.50", "£ 28.80", "$12", "-£50.00", "£-50.00"), except
  ferry fares, which are euros with a decimal comma and a point for thousands ("1.234,50 €", "€987,00",
  "987,00"); a price that is a word ("refunded", "comp", "complimentary") is not money;
- studio_bookings.csv: one row per booking; class_date is day-first dd/mm/yyyy; start_time HH:MM; status
  Attended / No-show / Cancelled (also "No show", "Canceled"); a cancelled booking's price is "refunded";
  a no-show still paid; member_id joins members.csv after padding to five digits ("152" is 00152);
- members.csv: one row per member; joined is "d Mon yyyy"; kiln_locker yes/no spelled Yes/Y/TRUE/1 and
  No/N/FALSE/0;
- ferry_sailings.csv: one row per scheduled sailing; ISO 'T' datetimes; the delay is actual minus scheduled
  departure; a cancelled sailing (status Cancelled / Canceled) has no actual departure and no figures;
- escape_bookings.csv: one row per booking; slot is US "M/D/YYYY h:MM AM/PM"; status Played / Cancelled /
  No-show; escaped yes/no (six spellings) and minutes only on played games; "DNF", "60+", "-" minutes are
  failures with no time;
- hall_ledger.csv: one row per ledger line, signed (money out negative); date is when the money moved and
  event_date when the hire happens, both dd/mm/yy; entry Hire fee / Deposit / Deposit returned / Refund /
  Damage / cleaning; a booking (booking_ref) is cancelled when it has a Refund line; hours on the hire-fee
  line only ("all day" is not a number);
- laundrette_daily.csv: one row per site per machine per day; takings are coin_takings + card_takings; an
  out-of-order row has no figures.
"""

import csv
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


def rows(name):
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fold(s):
    return re.sub(r"\s+", " ", s).strip().rstrip(".").strip().lower()


MISSING = {"", "n/a", "na", "-", "?", "not counted", "not weighed", "dnf", "60+"}


def missing(s):
    return fold(s) in MISSING


def money(s):
    """£/$ money with a point decimal; None when missing or a word."""
    if missing(s) or not re.search(r"\d", s):
        return None
    t = s.strip().replace(",", "").replace(" ", "")
    neg = t.startswith("-")
    t = t.lstrip("-").lstrip("£$")
    if t.startswith("-"):
        neg, t = True, t[1:]
    v = float(t)
    return -v if neg else v


def euros(s):
    """Euros with a decimal comma: '1.234,50 €' -> 1234.5."""
    if missing(s):
        return None
    t = s.replace("€", "").replace(" ", "").replace(".", "").replace(",", ".")
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


def no(s):
    return fold(s) in ("no", "n", "false", "0")


def pct(v):
    return 100.0 * v


def mean(xs):
    xs = list(xs)
    return sum(xs) / len(xs)


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


def top_n(d, n, rel=0.02):
    """The n largest keys; asserts the n-th leads the (n+1)-th by more than rel."""
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=True)
    assert items[n - 1][1] > items[n][1] * (1 + rel), f"top {n} not clear: {items[:n + 1]}"
    return [k for k, _ in items[:n]]


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
    if file_style == "dmy":
        out.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
    elif file_style == "mdy":
        out += [f"{d.month}/{d.day}/{d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}"]
    return out


def month_labels(y, m):
    return [MONTHS[m - 1], f"{y}-{m:02d}", f"{MONTHS[m - 1][:3]} {y}"]


def month_year_labels(y, m):
    """When the file spans two years the month must carry its year."""
    return [f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}", f"{MONTHS[m - 1][:3]} {y}"]


def day_labels(wd):
    return [WEEKDAYS[wd], WEEKDAYS[wd] + "s"]


QUESTIONS = []


def q(dataset, question, note=""):
    def deco(fn):
        QUESTIONS.append({"dataset": dataset, "question": question, "fn": fn, "note": note})
        return fn
    return deco


# ----------------------------------------------------------------------------------------------
# pottery studio: studio_bookings.csv + members.csv


def members():
    out = {}
    for r in rows("members.csv"):
        d, mon, y = r["joined"].split()
        joined = dt.date(int(y), [m[:3] for m in MONTHS].index(mon) + 1, int(d))
        out[r["member_id"].strip().zfill(5)] = {"name": r["name"].strip(), "tier": fold(r["tier"]),
                                                "town": fold(r["town"]), "joined": joined,
                                                "locker": yes(r["kiln_locker"])}
        assert yes(r["kiln_locker"]) or no(r["kiln_locker"])
    return out


def pstatus(s):
    f = fold(s).replace("-", " ")
    return {"attended": "attended", "no show": "no-show", "cancelled": "cancelled", "canceled": "cancelled"}[f]


def bookings():
    out = []
    mem = members()
    for r in rows("studio_bookings.csv"):
        dd, mm, yy = r["class_date"].split("/")
        mid = r["member_id"].strip().zfill(5)
        out.append({"mid": mid, "m": mem[mid], "date": dt.date(int(yy), int(mm), int(dd)),
                    "time": r["start_time"].strip(), "cls": fold(r["class"]), "tutor": fold(r["tutor"]),
                    "price": money(r["price"]), "pword": fold(r["price"]), "clay": num(r["clay_kg"]),
                    "status": pstatus(r["status"])})
    classes = {b["cls"] for b in out}
    assert classes == {"wheel throwing", "hand building", "glaze lab", "kids clay", "raku night"}, classes
    return out


P = ["studio_bookings.csv"]
PM = ["studio_bookings.csv", "members.csv"]
M = ["members.csv"]
CLASS_LABELS = {"wheel throwing": ["Wheel Throwing"], "hand building": ["Hand Building", "Hand-building"],
                "glaze lab": ["Glaze Lab"], "kids clay": ["Kids Clay", "Kids' Clay"], "raku night": ["Raku Night",
                                                                                                    "Raku"]}
TOWN_LABELS = {"hebden bridge": ["Hebden Bridge"], "todmorden": ["Todmorden"], "halifax": ["Halifax"],
               "mytholmroyd": ["Mytholmroyd"], "heptonstall": ["Heptonstall"]}


@q(P, "How much did the studio take from class bookings this year?",
   "sum of every price that is money; cancelled bookings say 'refunded' and founding members' glaze labs 'comp', "
   "neither is money; no-shows paid")
def _():
    return {"number": sum(b["price"] for b in bookings() if b["price"] is not None), "unit": "£"}


@q(P, "which class makes us the most money",
   "price summed by class (cancelled 'refunded' and 'comp' are not money)")
def _():
    d = defaultdict(float)
    for b in bookings():
        if b["price"] is not None:
            d[b["cls"]] += b["price"]
    k, _ = top(d)
    return {"label": CLASS_LABELS[k]}


@q(P, "How many bookings got cancelled?", "rows with status Cancelled / Canceled")
def _():
    return {"number": sum(1 for b in bookings() if b["status"] == "cancelled"), "unit": "bookings"}


@q(P, "What share of all bookings ended up as no-shows?",
   "no-show rows (No-show / No show) over all rows, cancelled included")
def _():
    bs = bookings()
    return {"number": pct(sum(1 for b in bs if b["status"] == "no-show") / len(bs)), "unit": "%"}


@q(P, "Which tutor had the most people actually turn up?", "attended rows by tutor")
def _():
    d = defaultdict(int)
    for b in bookings():
        if b["status"] == "attended":
            d[b["tutor"]] += 1
    k, _ = top(d)
    return {"label": [k.title()]}


@q(P, "on average how much clay does one person get through in a wheel throwing class (kg)?",
   "mean clay_kg over wheel throwing rows where it is a number (only attended rows have one)")
def _():
    return {"number": mean(b["clay"] for b in bookings() if b["cls"] == "wheel throwing" and b["clay"] is not None),
            "unit": "kg"}


@q(P, "Total clay used across all classes in 2025, in kilos?", "sum of clay_kg where a number")
def _():
    return {"number": sum(b["clay"] for b in bookings() if b["clay"] is not None), "unit": "kg"}


@q(P, "Which month was quietest for people actually coming to classes?",
   "attended rows by month of class_date (day-first); the fewest")
def _():
    d = defaultdict(int)
    for b in bookings():
        if b["status"] == "attended":
            d[b["date"].month] += 1
    k, _ = top(d, most=False)
    return {"label": month_labels(2025, k)}


@q(P, "How many different members came to at least one class?",
   "distinct member ids (padded to five digits) on attended rows")
def _():
    return {"number": len({b["mid"] for b in bookings() if b["status"] == "attended"}), "unit": "members"}


@q(PM, "Which town do most of our class bookings come from?",
   "bookings joined to members on member_id (padded), counted by town; the same town leads when only attended "
   "rows are counted")
def _():
    a, b_ = defaultdict(int), defaultdict(int)
    for b in bookings():
        a[b["m"]["town"]] += 1
        if b["status"] == "attended":
            b_[b["m"]["town"]] += 1
    k = same(top(a)[0], top(b_)[0])
    return {"label": TOWN_LABELS[k]}


@q(PM, "How much have Premium members spent on classes?", "price summed over bookings of premium-tier members")
def _():
    return {"number": sum(b["price"] for b in bookings() if b["m"]["tier"] == "premium" and b["price"] is not None),
            "unit": "£"}


@q(PM, "what do students pay for a class on average",
   "mean price over bookings of student-tier members where the price is money")
def _():
    return {"number": mean(b["price"] for b in bookings() if b["m"]["tier"] == "student" and b["price"] is not None),
            "unit": "£"}


@q(P, "how many ppl came to raku nights altogether", "attended rows of Raku Night")
def _():
    return {"number": sum(1 for b in bookings() if b["cls"] == "raku night" and b["status"] == "attended"),
            "unit": "people"}


@q(P, "Which day of the week gets the most bookings?",
   "all rows by weekday of class_date; the same day leads on attended rows only")
def _():
    a, b_ = defaultdict(int), defaultdict(int)
    for b in bookings():
        a[b["date"].weekday()] += 1
        if b["status"] == "attended":
            b_[b["date"].weekday()] += 1
    return {"label": day_labels(same(top(a)[0], top(b_)[0]))}


@q(P, "kids clay no shows - how many?", "no-show rows of Kids Clay")
def _():
    return {"number": sum(1 for b in bookings() if b["cls"] == "kids clay" and b["status"] == "no-show"),
            "unit": "bookings"}


@q(P, "How many people turned up to Ed's classes in March?", "attended rows, tutor Ed, class_date in March 2025")
def _():
    return {"number": sum(1 for b in bookings() if b["tutor"] == "ed" and b["status"] == "attended"
                          and b["date"].month == 3), "unit": "people"}


@q(P, "What's the average turnout at a Glaze Lab session?",
   "attended Glaze Lab rows over the number of Glaze Lab sessions (distinct class dates); every session has "
   "at least one attendee (asserted), so sessions with nobody cannot be missing from the file")
def _():
    per = defaultdict(int)
    dates = set()
    for b in bookings():
        if b["cls"] == "glaze lab":
            dates.add(b["date"])
            if b["status"] == "attended":
                per[b["date"]] += 1
    assert len(per) == len(dates)
    return {"number": sum(per.values()) / len(dates), "unit": "people"}


@q(PM, "How many class bookings were made by members who joined before 2022?",
   "all booking rows whose member (joined on the padded id) joined before 1 January 2022")
def _():
    return {"number": sum(1 for b in bookings() if b["m"]["joined"] < dt.date(2022, 1, 1)), "unit": "bookings"}


@q(PM, "Who has been to the most classes? I'd like their name", "attended rows by member, named from members.csv")
def _():
    d = defaultdict(int)
    for b in bookings():
        if b["status"] == "attended":
            d[b["mid"]] += 1
    k, _ = top(d)
    return {"label": [members()[k]["name"]]}


@q(P, "How many more wheel throwing bookings did we get in the first half of the year than the second half?",
   "all Wheel Throwing rows January-June minus July-December")
def _():
    h1 = sum(1 for b in bookings() if b["cls"] == "wheel throwing" and b["date"].month <= 6)
    h2 = sum(1 for b in bookings() if b["cls"] == "wheel throwing" and b["date"].month > 6)
    return {"number": positive(h1 - h2), "unit": "bookings"}


@q(PM, "What percentage of our class takings came from student members?",
   "price of student-tier members' bookings over all price that is money")
def _():
    bs = [b for b in bookings() if b["price"] is not None]
    return {"number": pct(sum(b["price"] for b in bs if b["m"]["tier"] == "student") / sum(b["price"] for b in bs)),
            "unit": "%"}


@q(M, "how many memebers rent a kiln locker?", "kiln_locker yes (Yes/yes/Y/y/TRUE/1)")
def _():
    return {"number": sum(1 for m in members().values() if m["locker"]), "unit": "members"}


@q(M, "how many founding members have we got", "tier Founding in any spelling")
def _():
    return {"number": sum(1 for m in members().values() if m["tier"] == "founding"), "unit": "members"}


@q(P, "How many bookings were for evening classes starting at 6pm or later?",
   "all rows with start_time 18:00 or later")
def _():
    return {"number": sum(1 for b in bookings() if b["time"] >= "18:00"), "unit": "bookings"}


@q(P, "avg price paid for a hand building class?", "mean price of Hand Building rows where it is money")
def _():
    return {"number": mean(b["price"] for b in bookings() if b["cls"] == "hand building" and b["price"] is not None),
            "unit": "£"}


@q(M, "Which town has the most members?", "members by town (folded)")
def _():
    d = defaultdict(int)
    for m in members().values():
        d[m["town"]] += 1
    return {"label": TOWN_LABELS[top(d)[0]]}


@q(PM, "How many of our Todmorden members came to a class this year?",
   "distinct padded member ids with at least one attended row whose member lives in Todmorden")
def _():
    return {"number": len({b["mid"] for b in bookings() if b["status"] == "attended" and b["m"]["town"] == "todmorden"}),
            "unit": "members"}


@q(P, "Maya's Saturday classes - how many bookings in total?", "all rows with tutor Maya on a Saturday")
def _():
    return {"number": sum(1 for b in bookings() if b["tutor"] == "maya" and b["date"].weekday() == 5),
            "unit": "bookings"}


@q(M, "How many people joined in 2024?", "members whose joined date is in 2024")
def _():
    return {"number": sum(1 for m in members().values() if m["joined"].year == 2024), "unit": "members"}


@q(P, "What are our three most booked classes?", "all rows by class; the three largest (the third leads the fourth "
   "by far)")
def _():
    d = defaultdict(int)
    for b in bookings():
        d[b["cls"]] += 1
    return {"labels": [CLASS_LABELS[k] for k in top_n(d, 3)]}


@q(P, "What time do most people come in for classes?", "attended rows by start_time")
def _():
    d = defaultdict(int)
    for b in bookings():
        if b["status"] == "attended":
            d[b["time"]] += 1
    k = top(d)[0]
    h, m = int(k[:2]), k[3:]
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return {"label": [k, f"{h12}:{m} {ap}", f"{h12}:{m}{ap}", f"{h12}.{m}{ap}", f"{h12}.{m} {ap}", f"{h12}:{m} {ap.upper()}"]}


@q(PM, "Which membership tier books the most classes per member?",
   "bookings per member of each tier (members counted in members.csv); the same tier leads counting only attended "
   "rows, and dividing by members who booked at least once")
def _():
    mem = members()
    size = defaultdict(int)
    for m in mem.values():
        size[m["tier"]] += 1
    a, b_, act = defaultdict(int), defaultdict(int), defaultdict(set)
    for b in bookings():
        a[b["m"]["tier"]] += 1
        act[b["m"]["tier"]].add(b["mid"])
        if b["status"] == "attended":
            b_[b["m"]["tier"]] += 1
    k1 = top({k: a[k] / size[k] for k in size})[0]
    k2 = top({k: b_[k] / size[k] for k in size})[0]
    k3 = top({k: a[k] / len(act[k]) for k in size})[0]
    assert k1 == k2 == k3
    return {"label": [k1.title()]}


@q(PM, "How much did members from Halifax spend on classes?", "price summed over bookings of members in Halifax")
def _():
    return {"number": sum(b["price"] for b in bookings() if b["m"]["town"] == "halifax" and b["price"] is not None),
            "unit": "£"}


# ----------------------------------------------------------------------------------------------
# ferry: ferry_sailings.csv


def sailings():
    out = []
    for r in rows("ferry_sailings.csv"):
        sched = dt.datetime.fromisoformat(r["scheduled_departure"].strip())
        st = fold(r["status"])
        assert st in ("sailed", "cancelled", "canceled"), st
        sailed = st == "sailed"
        actual = dt.datetime.fromisoformat(r["actual_departure"].strip()) if sailed else None
        out.append({"sched": sched, "actual": actual, "sailed": sailed,
                    "delay": (actual - sched).total_seconds() / 60 if sailed else None,
                    "frm": fold(r["from_port"]), "to": fold(r["to_port"]), "vessel": fold(r["vessel"]),
                    "pax": num(r["passengers"]), "cars": num(r["cars"]), "bikes": num(r["bikes"]),
                    "fares": euros(r["fares_taken"]), "reason": fold(r["cancel_reason"])})
    return out


F = ["ferry_sailings.csv"]
VESSEL_LABELS = {"mv saoirse": ["MV Saoirse", "Saoirse"], "mv corrib star": ["MV Corrib Star", "Corrib Star"],
                 "mv aran belle": ["MV Aran Belle", "Aran Belle"]}
PORT_LABELS = {"carrow": ["Carrow"], "inishcall": ["Inishcall"], "dunmore": ["Dunmore"]}


@q(F, "How many passengers did we carry this season?", "sum of passengers where a number (cancelled rows blank)")
def _():
    return {"number": sum(s["pax"] for s in sailings() if s["pax"] is not None), "unit": "passengers"}


@q(F, "how many sailings were canceled", "status Cancelled / Canceled in any case")
def _():
    return {"number": sum(1 for s in sailings() if not s["sailed"]), "unit": "sailings"}


@q(F, "What percentage of our scheduled sailings were cancelled because of the weather?",
   "cancelled rows with cancel_reason Weather over all rows")
def _():
    ss = sailings()
    return {"number": pct(sum(1 for s in ss if not s["sailed"] and s["reason"] == "weather") / len(ss)), "unit": "%"}


@q(F, "Which month had the worst delays on average?",
   "mean of actual minus scheduled departure over sailed rows, by month of the scheduled departure")
def _():
    d = defaultdict(list)
    for s in sailings():
        if s["sailed"]:
            d[s["sched"].month].append(s["delay"])
    return {"label": month_labels(2025, top({k: mean(v) for k, v in d.items()})[0])}


@q(F, "What was the total taken in fares, in euros?", "sum of fares_taken (decimal commas)")
def _():
    return {"number": sum(s["fares"] for s in sailings() if s["fares"] is not None), "unit": "€"}


@q(F, "Average departure delay in minutes, just for the sailings that went?",
   "mean of actual minus scheduled departure over sailed rows")
def _():
    return {"number": mean(s["delay"] for s in sailings() if s["sailed"]), "unit": "min"}


@q(F, "How many sailings left 15 minutes or more late?",
   "sailed rows with a delay of 15 minutes or more (some are exactly 15: asserted)")
def _():
    ds = [s["delay"] for s in sailings() if s["sailed"]]
    assert 15 in ds
    return {"number": sum(1 for v in ds if v >= 15), "unit": "sailings"}


@q(F, "Which boat carried the most cars?", "cars summed by vessel")
def _():
    d = defaultdict(float)
    for s in sailings():
        if s["cars"] is not None:
            d[s["vessel"]] += s["cars"]
    return {"label": VESSEL_LABELS[top(d)[0]]}


@q(F, "How many cars did we take across to Dunmore in August?", "cars summed over sailings to Dunmore in August")
def _():
    return {"number": sum(s["cars"] for s in sailings() if s["to"] == "dunmore" and s["sched"].month == 8
                          and s["cars"] is not None), "unit": "cars"}


@q(F, "Carrow to Inishcall: average passengers per crossing?",
   "mean passengers over sailings from Carrow to Inishcall where passengers is a number (cancelled left out)")
def _():
    return {"number": mean(s["pax"] for s in sailings() if s["frm"] == "carrow" and s["to"] == "inishcall"
                           and s["pax"] is not None), "unit": "passengers"}


@q(F, "Which departure time is busiest on average, by passengers?",
   "mean passengers by scheduled departure time (HH:MM, both directions and routes pooled)")
def _():
    d = defaultdict(list)
    for s in sailings():
        if s["pax"] is not None:
            d[s["sched"].strftime("%H:%M")].append(s["pax"])
    k = top({k: mean(v) for k, v in d.items()})[0]
    h, m = int(k[:2]), k[3:]
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return {"label": [k, f"{h}:{m}", f"{h12}:{m} {ap}", f"{h12}:{m}{ap}", f"{h12}.{m}{ap}", f"{h12}.{m} {ap}",
                      f"{h12}:{m} {ap.upper()}"]}


@q(F, "On average how much does a sailing take in fares? Leave out the cancelled ones.",
   "mean fares_taken over sailed rows")
def _():
    return {"number": mean(s["fares"] for s in sailings() if s["sailed"]), "unit": "€"}


@q(F, "bikes carried in july?", "bikes summed over July sailings")
def _():
    return {"number": sum(s["bikes"] for s in sailings() if s["sched"].month == 7 and s["bikes"] is not None),
            "unit": "bikes"}


@q(F, "What's the average number of passengers on a Saturday sailing?",
   "mean passengers over Saturday sailings where a number (cancelled left out)")
def _():
    return {"number": mean(s["pax"] for s in sailings() if s["sched"].weekday() == 5 and s["pax"] is not None),
            "unit": "passengers"}


@q(F, "What was our worst delay, in minutes?", "largest actual minus scheduled departure")
def _():
    return {"number": max(s["delay"] for s in sailings() if s["sailed"]), "unit": "min"}


@q(F, "How many times did the Aran Belle sail?", "sailed rows with vessel MV Aran Belle (cancelled left out)")
def _():
    return {"number": sum(1 for s in sailings() if s["vessel"] == "mv aran belle" and s["sailed"]), "unit": "sailings"}


@q(F, "What percentage of all passengers travelled to or from Dunmore?",
   "passengers on sailings from or to Dunmore over all passengers")
def _():
    ss = [s for s in sailings() if s["pax"] is not None]
    return {"number": pct(sum(s["pax"] for s in ss if "dunmore" in (s["frm"], s["to"])) / sum(s["pax"] for s in ss)),
            "unit": "%"}


@q(F, "Leaving the weekend aside, which day of the week carries the most passengers?",
   "passengers summed by weekday, Monday-Friday")
def _():
    d = defaultdict(float)
    for s in sailings():
        if s["pax"] is not None and s["sched"].weekday() < 5:
            d[s["sched"].weekday()] += s["pax"]
    return {"label": day_labels(top(d)[0])}


@q(F, "How many fewer passengers did we carry in October than in September?",
   "September passengers minus October passengers")
def _():
    d = defaultdict(float)
    for s in sailings():
        if s["pax"] is not None:
            d[s["sched"].month] += s["pax"]
    return {"number": positive(d[9] - d[10]), "unit": "passengers"}


@q(F, "What share of the sailings that went left less than 5 minutes late?",
   "sailed rows with a delay under 5 minutes over all sailed rows")
def _():
    ss = [s for s in sailings() if s["sailed"]]
    return {"number": pct(sum(1 for s in ss if s["delay"] < 5) / len(ss)), "unit": "%"}


@q(F, "How many sailings did we actually run?", "sailed rows")
def _():
    return {"number": sum(1 for s in sailings() if s["sailed"]), "unit": "sailings"}


@q(F, "How many sailings were cancelled for technical reasons?", "cancelled rows with cancel_reason Technical")
def _():
    return {"number": sum(1 for s in sailings() if not s["sailed"] and s["reason"] == "technical"), "unit": "sailings"}


@q(F, "What's the average number of passengers on the 9:30 from Carrow?",
   "mean passengers over sailings from Carrow scheduled at 09:30, where a number")
def _():
    return {"number": mean(s["pax"] for s in sailings() if s["frm"] == "carrow" and s["sched"].strftime("%H:%M") == "09:30"
                           and s["pax"] is not None), "unit": "passengers"}


@q(F, "Which port do most of our passengers set off from?", "passengers summed by from_port")
def _():
    d = defaultdict(float)
    for s in sailings():
        if s["pax"] is not None:
            d[s["frm"]] += s["pax"]
    return {"label": PORT_LABELS[top(d)[0]]}


@q(F, "How much did the Dunmore crossings (both ways) take in September?",
   "fares summed over September sailings from or to Dunmore")
def _():
    return {"number": sum(s["fares"] for s in sailings() if "dunmore" in (s["frm"], s["to"]) and s["sched"].month == 9
                          and s["fares"] is not None), "unit": "€"}


@q(F, "How many sailings carried 200 or more passengers?", "rows with passengers of 200 or more (one row is exactly "
   "200: asserted)")
def _():
    ps = [s["pax"] for s in sailings() if s["pax"] is not None]
    assert 200 in ps
    return {"number": sum(1 for v in ps if v >= 200), "unit": "sailings"}


@q(F, "On how many different days did we cancel at least one sailing?",
   "distinct scheduled dates with a cancelled row")
def _():
    return {"number": len({s["sched"].date() for s in sailings() if not s["sailed"]}), "unit": "days"}


# ----------------------------------------------------------------------------------------------
# escape rooms: escape_bookings.csv


def games():
    out = []
    for r in rows("escape_bookings.csv"):
        m = re.fullmatch(r"(\d+)/(\d+)/(\d{4}) (\d+):(\d\d) ([AP]M)", r["slot"].strip())
        h = int(m.group(4)) % 12 + (12 if m.group(6) == "PM" else 0)
        t = dt.datetime(int(m.group(3)), int(m.group(1)), int(m.group(2)), h, int(m.group(5)))
        st = fold(r["status"]).replace("-", " ")
        st = {"played": "played", "cancelled": "cancelled", "canceled": "cancelled", "no show": "no-show"}[st]
        esc = None
        if st == "played":
            assert yes(r["escaped"]) or no(r["escaped"]), r
            esc = yes(r["escaped"])
        out.append({"t": t, "room": fold(r["room"]), "players": int(r["players"]), "price": money(r["price"]),
                    "via": fold(r["booked_via"]), "group": fold(r["group_type"]), "status": st, "esc": esc,
                    "mins": num(r["minutes"]), "hints": num(r["hints_used"])})
    return out


E = ["escape_bookings.csv"]
ROOM_LABELS = {"the vault": ["The Vault", "Vault"], "pharaoh's tomb": ["Pharaoh's Tomb", "Pharaohs Tomb"],
               "lab 13": ["Lab 13"], "haunted nursery": ["Haunted Nursery"], "jailbreak": ["Jailbreak"]}


def played():
    return [g for g in games() if g["status"] == "played"]


@q(E, "What's our overall escape rate?", "played games with escaped yes over all played games")
def _():
    ps = played()
    return {"number": pct(sum(1 for g in ps if g["esc"]) / len(ps)), "unit": "%"}


@q(E, "which room is hardest to escape from", "lowest share of played games escaped, by room")
def _():
    d = defaultdict(list)
    for g in played():
        d[g["room"]].append(g["esc"])
    return {"label": ROOM_LABELS[top({k: sum(v) / len(v) for k, v in d.items()}, most=False)[0]]}


@q(E, "Which room gets booked the most?", "all bookings by room; the same room leads on played games only")
def _():
    a, b = defaultdict(int), defaultdict(int)
    for g in games():
        a[g["room"]] += 1
        if g["status"] == "played":
            b[g["room"]] += 1
    return {"label": ROOM_LABELS[same(top(a)[0], top(b)[0])]}


@q(E, "How much did we make from games that actually went ahead?", "price summed over played games")
def _():
    return {"number": sum(g["price"] for g in played()), "unit": "$"}


@q(E, "How many players per game on average?",
   "mean players over played games (4.1002; over every booking it is 4.0997, the same to two decimals)")
def _():
    return {"number": mean(g["players"] for g in played()), "unit": "players"}


@q(E, "whats the record time for the vault", "smallest minutes over Vault games escaped")
def _():
    return {"number": min(g["mins"] for g in played() if g["room"] == "the vault" and g["esc"]), "unit": "min"}


@q(E, "For teams that got out of Pharoah's Tomb, what was their average time?",
   "mean minutes over escaped Pharaoh's Tomb games")
def _():
    return {"number": mean(g["mins"] for g in played() if g["room"] == "pharaoh's tomb" and g["esc"]), "unit": "min"}


@q(E, "How many no-shows have we had?", "status No-show / no show")
def _():
    return {"number": sum(1 for g in games() if g["status"] == "no-show"), "unit": "bookings"}


@q(E, "What percentage of bookings came thru Groupon?", "booked_via Groupon over all bookings")
def _():
    gs = games()
    return {"number": pct(sum(1 for g in gs if g["via"] == "groupon") / len(gs)), "unit": "%"}


@q(E, "Which day of the week brings in the most money?",
   "price of played games by weekday; the same day leads with every booking's price")
def _():
    a, b = defaultdict(float), defaultdict(float)
    for g in games():
        b[g["t"].weekday()] += g["price"]
        if g["status"] == "played":
            a[g["t"].weekday()] += g["price"]
    return {"label": day_labels(same(top(a)[0], top(b)[0]))}


@q(E, "How many games did we run before midday?", "played games with a slot before 12:00")
def _():
    return {"number": sum(1 for g in played() if g["t"].hour < 12), "unit": "games"}


@q(E, "how many corporate bookings in Q2", "all bookings of group type Corporate, April-June")
def _():
    return {"number": sum(1 for g in games() if g["group"] == "corporate" and 4 <= g["t"].month <= 6),
            "unit": "bookings"}


@q(E, "avg hints used in lab 13?", "mean hints_used over Lab 13 played games where a number")
def _():
    return {"number": mean(g["hints"] for g in played() if g["room"] == "lab 13" and g["hints"] is not None),
            "unit": "hints"}


@q(E, "How much did birthday groups spend with us, leaving out cancellations?",
   "price summed over Birthday bookings that were not cancelled (played and no-shows)")
def _():
    return {"number": sum(g["price"] for g in games() if g["group"] == "birthday" and g["status"] != "cancelled"),
            "unit": "$"}


@q(E, "Which month had the most bookings?", "all bookings by month of the slot")
def _():
    d = defaultdict(int)
    for g in games():
        d[g["t"].month] += 1
    return {"label": month_labels(2025, top(d)[0])}


@q(E, "What percent of date night couples escaped?", "escaped over played games of group type Date night")
def _():
    ps = [g for g in played() if g["group"] == "date night"]
    return {"number": pct(sum(1 for g in ps if g["esc"]) / len(ps)), "unit": "%"}


@q(E, "How much more did we take on Saturdays than Sundays, counting played games only?",
   "price of played Saturday games minus played Sunday games")
def _():
    sat = sum(g["price"] for g in played() if g["t"].weekday() == 5)
    sun = sum(g["price"] for g in played() if g["t"].weekday() == 6)
    return {"number": positive(sat - sun), "unit": "$"}


@q(E, "What did we take per player overall, counting played games only?",
   "price summed over played games divided by players summed over them")
def _():
    ps = played()
    return {"number": sum(g["price"] for g in ps) / sum(g["players"] for g in ps), "unit": "$"}


@q(E, "How many teams got out without using a single hint?", "played games escaped with hints_used 0")
def _():
    return {"number": sum(1 for g in played() if g["esc"] and g["hints"] == 0), "unit": "teams"}


@q(E, "how many bookings has jail break had", "all bookings of room Jailbreak")
def _():
    return {"number": sum(1 for g in games() if g["room"] == "jailbreak"), "unit": "bookings"}


@q(E, "whats the cancellation rate", "cancelled bookings over all bookings")
def _():
    gs = games()
    return {"number": pct(sum(1 for g in gs if g["status"] == "cancelled") / len(gs)), "unit": "%"}


@q(E, "What was our best month for takings from played games?", "price of played games by month")
def _():
    d = defaultdict(float)
    for g in played():
        d[g["t"].month] += g["price"]
    return {"label": month_labels(2025, top(d)[0])}


@q(E, "Average group size for corporate games that were played?", "mean players over played Corporate games")
def _():
    return {"number": mean(g["players"] for g in played() if g["group"] == "corporate"), "unit": "players"}


@q(E, "How many Friday night games (7pm or later) did we run?", "played games on a Friday with a slot at 19:00 or later")
def _():
    return {"number": sum(1 for g in played() if g["t"].weekday() == 4 and g["t"].hour >= 19), "unit": "games"}


@q(E, "Which room do teams escape from most often?", "highest share of played games escaped, by room")
def _():
    d = defaultdict(list)
    for g in played():
        d[g["room"]].append(g["esc"])
    return {"label": ROOM_LABELS[top({k: sum(v) / len(v) for k, v in d.items()})[0]]}


@q(E, "How many groups of 6 or more have played?", "played games with 6 or more players")
def _():
    return {"number": sum(1 for g in played() if g["players"] >= 6), "unit": "groups"}


@q(E, "Not counting Groupon deals, what's the average price of a game that was played?",
   "mean price over played games not booked via Groupon")
def _():
    return {"number": mean(g["price"] for g in played() if g["via"] != "groupon"), "unit": "$"}


# ----------------------------------------------------------------------------------------------
# village hall: hall_ledger.csv


def dmy2(s):
    d, m, y = s.strip().split("/")
    return dt.date(2000 + int(y), int(m), int(d))


def ledger():
    out = []
    for r in rows("hall_ledger.csv"):
        e = fold(r["entry"])
        assert e in ("hire fee", "deposit", "deposit returned", "refund", "damage / cleaning"), e
        out.append({"date": dmy2(r["date"]), "ref": r["booking_ref"].strip(), "event_date": dmy2(r["event_date"]),
                    "hirer": re.sub(r"\s+", " ", r["hirer"]).strip(), "event": fold(r["event"]), "room": fold(r["room"]),
                    "hours": num(r["hours"]), "hours_raw": fold(r["hours"]), "entry": e, "amount": money(r["amount"]),
                    "method": fold(r["method"])})
    return out


def cancelled_refs(ls):
    return {x["ref"] for x in ls if x["entry"] == "refund"}


H = ["hall_ledger.csv"]
EVENT_LABELS = {"birthday party": ["Birthday party", "Birthday parties"], "wedding reception": ["Wedding reception",
                                                                                              "Wedding receptions"],
                "exercise class": ["Exercise class"], "toddler group": ["Toddler group"], "meeting": ["Meeting"],
                "film night": ["Film night"], "club": ["Club"], "jumble sale": ["Jumble sale"],
                "funeral tea": ["Funeral tea"], "christening": ["Christening"], "community meeting":
                ["Community meeting"], "craft fair": ["Craft fair"], "kids party": ["Kids party", "Kids parties"]}


@q(H, "How much money did the hall bring in over the year once refunds and returned deposits are taken off?",
   "sum of every amount (money out is negative); the same as hire fees + damage charges - refunds, i.e. with "
   "deposits left out altogether, because every deposit taken was returned or settled within the year (asserted)")
def _():
    ls = ledger()
    a = sum(x["amount"] for x in ls)
    b = sum(x["amount"] for x in ls if x["entry"] in ("hire fee", "damage / cleaning", "refund"))
    return {"number": same(a, b), "unit": "£"}


@q(H, "What did we charge in hire fees altogether, before any refunds?", "sum of Hire fee lines")
def _():
    return {"number": sum(x["amount"] for x in ledger() if x["entry"] == "hire fee"), "unit": "£"}


@q(H, "How much hire money did we give back for cancellations? Not counting deposits.",
   "minus the sum of Refund lines (deposit returns left out)")
def _():
    return {"number": positive(-sum(x["amount"] for x in ledger() if x["entry"] == "refund")), "unit": "£"}


@q(H, "Who's our biggest hirer by money paid?",
   "amount summed by hirer (all lines); the same hirer leads on hire-fee lines only")
def _():
    a, b = defaultdict(float), defaultdict(float)
    for x in ledger():
        a[x["hirer"]] += x["amount"]
        if x["entry"] == "hire fee":
            b[x["hirer"]] += x["amount"]
    return {"label": [same(top(a)[0], top(b)[0])]}


@q(H, "How many hours was the Main Hall hired for, leaving out cancelled bookings?",
   "hours summed over Main Hall hire-fee lines whose booking has no Refund line")
def _():
    ls = ledger()
    c = cancelled_refs(ls)
    return {"number": sum(x["hours"] for x in ls if x["entry"] == "hire fee" and x["room"] == "main hall"
                          and x["ref"] not in c), "unit": "h"}


@q(H, "How many wedding receptions actually went ahead?",
   "Wedding reception bookings (hire-fee lines) with no Refund line")
def _():
    ls = ledger()
    c = cancelled_refs(ls)
    return {"number": sum(1 for x in ls if x["entry"] == "hire fee" and x["event"] == "wedding reception"
                          and x["ref"] not in c), "unit": "weddings"}


@q(H, "How much did we keep out of deposits for damage or cleaning?", "sum of Damage / cleaning lines")
def _():
    return {"number": sum(x["amount"] for x in ledger() if x["entry"] == "damage / cleaning"), "unit": "£"}


@q(H, "Going by the date it was paid, which month did the most money come in?",
   "amount summed by month of the ledger date (all lines, signed); the same month leads on money in only "
   "(positive lines)")
def _():
    d, e = defaultdict(float), defaultdict(float)
    for x in ledger():
        d[(x["date"].year, x["date"].month)] += x["amount"]
        if x["amount"] > 0:
            e[(x["date"].year, x["date"].month)] += x["amount"]
    y, m = top(d)[0]
    assert top(e)[0] == (y, m), "readings differ"
    return {"label": month_year_labels(y, m)}


@q(H, "What has the Parish Council paid us in total?", "amount summed over hirer Parish Council")
def _():
    return {"number": sum(x["amount"] for x in ledger() if x["hirer"] == "Parish Council"), "unit": "£"}


@q(H, "How many Saturday birthday parties actually went ahead?",
   "Birthday party bookings (hire-fee lines) whose event_date is a Saturday, cancelled ones left out")
def _():
    ls = ledger()
    c = cancelled_refs(ls)
    return {"number": sum(1 for x in ls if x["entry"] == "hire fee" and x["event"] == "birthday party"
                          and x["event_date"].weekday() == 5 and x["ref"] not in c), "unit": "parties"}


@q(H, "How much did we recieve in cash? Ignore money we paid back.", "sum of positive amounts with method Cash")
def _():
    return {"number": sum(x["amount"] for x in ledger() if x["method"] == "cash" and x["amount"] > 0), "unit": "£"}


@q(H, "whats the average hire fee for a kids party, leaving out cancelled bookings",
   "mean amount of Kids party hire-fee lines whose booking has no Refund line")
def _():
    ls = ledger()
    c = cancelled_refs(ls)
    return {"number": mean(x["amount"] for x in ls if x["entry"] == "hire fee" and x["event"] == "kids party"
                           and x["ref"] not in c), "unit": "£"}


@q(H, "How many bookings were cancelled?", "distinct booking refs with a Refund line")
def _():
    return {"number": len(cancelled_refs(ledger())), "unit": "bookings"}


@q(H, "By payment date, how much more did we net in Jan-Mar 2025 than in Oct-Dec 2024?",
   "signed amount summed by ledger date, January-March 2025 minus October-December 2024")
def _():
    ls = ledger()
    a = sum(x["amount"] for x in ls if dt.date(2025, 1, 1) <= x["date"] <= dt.date(2025, 3, 31))
    b = sum(x["amount"] for x in ls if dt.date(2024, 10, 1) <= x["date"] <= dt.date(2024, 12, 31))
    return {"number": positive(a - b), "unit": "£"}


@q(H, "committee room - total hours booked, not counting cancelled ones?",
   "hours summed over Committee Room hire-fee lines whose booking has no Refund line")
def _():
    ls = ledger()
    c = cancelled_refs(ls)
    return {"number": sum(x["hours"] for x in ls if x["entry"] == "hire fee" and x["room"] == "committee room"
                          and x["ref"] not in c), "unit": "h"}


@q(H, "Which kind of event earns us the most in hire fees once refunds are taken off?",
   "hire-fee and refund lines summed by event")
def _():
    b = defaultdict(float)
    for x in ledger():
        if x["entry"] in ("hire fee", "refund"):
            b[x["event"]] += x["amount"]
    return {"label": EVENT_LABELS[top(b)[0]]}


@q(H, "How many different hirers are in the ledger?", "distinct hirer names")
def _():
    return {"number": len({x["hirer"] for x in ledger()}), "unit": "hirers"}


@q(H, "How many payments came in by cheque?", "lines with method Cheque and a positive amount")
def _():
    return {"number": sum(1 for x in ledger() if x["method"] == "cheque" and x["amount"] > 0), "unit": "payments"}


@q(H, "What's the total of all the deposits we took?", "sum of Deposit lines")
def _():
    return {"number": sum(x["amount"] for x in ledger() if x["entry"] == "deposit"), "unit": "£"}


@q(H, "Calder Yoga - how many sessions did they book?", "hire-fee lines of hirer Calder Yoga")
def _():
    return {"number": sum(1 for x in ledger() if x["hirer"] == "Calder Yoga" and x["entry"] == "hire fee"),
            "unit": "sessions"}


@q(H, "What's the average hire fee for the whole building, for bookings that went ahead?",
   "mean amount of Whole Building hire-fee lines whose booking has no Refund line")
def _():
    ls = ledger()
    c = cancelled_refs(ls)
    return {"number": mean(x["amount"] for x in ls if x["entry"] == "hire fee" and x["room"] == "whole building"
                           and x["ref"] not in c), "unit": "£"}


@q(H, "Which day of the week is the hall busiest, by number of events?",
   "hire-fee lines by weekday of event_date; the same day leads with cancelled bookings left out")
def _():
    ls = ledger()
    c = cancelled_refs(ls)
    a, b = defaultdict(int), defaultdict(int)
    for x in ls:
        if x["entry"] == "hire fee":
            a[x["event_date"].weekday()] += 1
            if x["ref"] not in c:
                b[x["event_date"].weekday()] += 1
    return {"label": day_labels(same(top(a)[0], top(b)[0]))}


# ----------------------------------------------------------------------------------------------
# laundrette: laundrette_daily.csv


def machine_days():
    out = []
    for r in rows("laundrette_daily.csv"):
        st = fold(r["status"])
        assert st in ("ok", "out of order", "broken"), st
        working = st == "ok"
        coin, card = money(r["coin_takings"]), money(r["card_takings"])
        out.append({"date": dt.date.fromisoformat(r["date"].strip()), "site": fold(r["site"]),
                    "machine": r["machine"].strip().upper(), "type": fold(r["machine_type"]), "working": working,
                    "cycles": num(r["cycles"]), "coin": coin, "card": card,
                    "take": (coin + card) if working else None})
        assert working == (coin is not None) == (card is not None) == (out[-1]["cycles"] is not None)
    return out


L = ["laundrette_daily.csv"]
SITE_LABELS = {"main street": ["Main Street", "Main St"], "harbour road": ["Harbour Road", "Harbour Rd"]}


def working():
    return [x for x in machine_days() if x["working"]]


@q(L, "What did the laundrette take in total, both shops together?", "coin plus card takings over every row")
def _():
    return {"number": sum(x["take"] for x in working()), "unit": "$"}


@q(L, "Which shop took more money, and how much?", "coin plus card by site; the truth is the site and its total")
def _():
    d = defaultdict(float)
    for x in working():
        d[x["site"]] += x["take"]
    k, v = top(d)
    return {"label": SITE_LABELS[k], "number": v, "unit": "$"}


@q(L, "What share of takings comes in on cards?", "card over coin plus card")
def _():
    ws = working()
    return {"number": pct(sum(x["card"] for x in ws) / sum(x["take"] for x in ws)), "unit": "%"}


@q(L, "Which machine at Harbour Road made the most money?", "coin plus card by machine at Harbour Road")
def _():
    d = defaultdict(float)
    for x in working():
        if x["site"] == "harbour road":
            d[x["machine"]] += x["take"]
    return {"label": [top(d)[0]]}


@q(L, "how many drier cycles did we run in total", "cycles summed over Dryer rows at both sites")
def _():
    return {"number": sum(x["cycles"] for x in working() if x["type"] == "dryer"), "unit": "cycles"}


@q(L, "What day of the week is busiest for cycles?", "cycles summed by weekday")
def _():
    d = defaultdict(float)
    for x in working():
        d[x["date"].weekday()] += x["cycles"]
    return {"label": day_labels(top(d)[0])}


@q(L, "On average how many cycles does a normal washer do per day at Main Street, on days it's working?",
   "mean cycles over working Main Street rows of type Washer (not Large washer); out-of-order days left out")
def _():
    return {"number": mean(x["cycles"] for x in working() if x["site"] == "main street" and x["type"] == "washer"),
            "unit": "cycles"}


@q(L, "How many days was W04 at Harbour Road out of order?", "out-of-order rows of Harbour Road W04")
def _():
    return {"number": sum(1 for x in machine_days() if x["site"] == "harbour road" and x["machine"] == "W04"
                          and not x["working"]), "unit": "days"}


@q(L, "Which machine was out of order most often?",
   "out-of-order rows by site and machine; the same machine id leads when both sites are pooled")
def _():
    a, b = defaultdict(int), defaultdict(int)
    for x in machine_days():
        if not x["working"]:
            a[(x["site"], x["machine"])] += 1
            b[x["machine"]] += 1
    (site, mach), _ = top(a)
    same(mach, top(b)[0])
    return {"label": [mach]}


@q(L, "What percentage of August's takings were paid by card?", "card over coin plus card in August")
def _():
    ws = [x for x in working() if x["date"].month == 8]
    return {"number": pct(sum(x["card"] for x in ws) / sum(x["take"] for x in ws)), "unit": "%"}


@q(L, "Which month had the highest takings?", "coin plus card by month")
def _():
    d = defaultdict(float)
    for x in working():
        d[x["date"].month] += x["take"]
    return {"label": month_labels(2025, top(d)[0])}


@q(L, "sunday takings at harbour rd in total?", "coin plus card over Harbour Road rows on Sundays")
def _():
    return {"number": sum(x["take"] for x in working() if x["site"] == "harbour road" and x["date"].weekday() == 6),
            "unit": "$"}


@q(L, "How much did the big washers make?", "coin plus card over Large washer rows")
def _():
    return {"number": sum(x["take"] for x in working() if x["type"] == "large washer"), "unit": "$"}


@q(L, "On an average day how much do the two shops take between them?",
   "coin plus card summed per date over both sites, averaged over the dates")
def _():
    d = defaultdict(float)
    for x in machine_days():
        d[x["date"]] += x["take"] or 0
    return {"number": sum(d.values()) / len(d), "unit": "$"}


@q(L, "What was Harbour Road's best single day for takings?", "coin plus card summed by date at Harbour Road")
def _():
    d = defaultdict(float)
    for x in working():
        if x["site"] == "harbour road":
            d[x["date"]] += x["take"]
    return {"label": date_labels(top(d)[0], "iso")}


@q(L, "How many machine-days did we lose to breakdowns?", "out-of-order rows")
def _():
    return {"number": sum(1 for x in machine_days() if not x["working"]), "unit": "machine-days"}


@q(L, "How much in coins did Main Street collect in June?", "coin_takings over Main Street rows in June")
def _():
    return {"number": sum(x["coin"] for x in working() if x["site"] == "main street" and x["date"].month == 6),
            "unit": "$"}


@q(L, "What do we actually take per dryer cycle on average?", "dryer takings summed over dryer cycles summed")
def _():
    ws = [x for x in working() if x["type"] == "dryer"]
    return {"number": sum(x["take"] for x in ws) / sum(x["cycles"] for x in ws), "unit": "$"}


@q(L, "How often did a regular washer do 12 or more cycles in a day?",
   "rows of type Washer (not Large washer) with 12 or more cycles")
def _():
    return {"number": sum(1 for x in working() if x["type"] == "washer" and x["cycles"] >= 12), "unit": "machine-days"}


@q(L, "How many fewer cycles did Harbour Road do than Main Street?", "Main Street cycles minus Harbour Road cycles")
def _():
    d = defaultdict(float)
    for x in working():
        d[x["site"]] += x["cycles"]
    return {"number": positive(d["main street"] - d["harbour road"]), "unit": "cycles"}


@q(L, "What's the average takings per machine per day at Harbour Road, leaving out days a machine was out of order?",
   "mean coin plus card over working Harbour Road rows (out-of-order days left out)")
def _():
    return {"number": mean(x["take"] for x in working() if x["site"] == "harbour road"), "unit": "$"}


@q(L, "how many cycles did D03 at main st do in may", "cycles of Main Street D03 in May")
def _():
    return {"number": sum(x["cycles"] for x in working() if x["site"] == "main street" and x["machine"] == "D03"
                          and x["date"].month == 5), "unit": "cycles"}


@q(L, "How much more came in on cards in August than in March?", "card_takings in August minus March")
def _():
    ws = working()
    return {"number": positive(sum(x["card"] for x in ws if x["date"].month == 8)
                               - sum(x["card"] for x in ws if x["date"].month == 3)), "unit": "$"}


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
            print(f"s12-{i:03d}  {qd['question']}\n        GUARD FAILED: {e}")
            continue
        out.append({"id": f"s12-{i:03d}", "dataset": qd["dataset"], "question": qd["question"], "truth": truth,
                    "note": qd["note"]})
        print(f"s12-{i:03d}  {qd['question']}\n        {json.dumps(truth, ensure_ascii=False)}")
    if "--print" not in sys.argv:
        (HERE / "questions.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = defaultdict(int)
    for o in out:
        counts["+".join(o["dataset"])] += 1
    print(f"{len(out)} questions: " + ", ".join(f"{k} {v}" for k, v in counts.items())
          + (f"; {failed} guards failed" if failed else ""))


if __name__ == "__main__":
    main()
