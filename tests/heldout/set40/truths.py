#!/usr/bin/env python3
"""Held-out set 40: every question beside the code that computes its truth from data/*.csv.

    python3 tests/heldout/set40/truths.py            # writes questions.json
    python3 tests/heldout/set40/truths.py --print    # prints, writes nothing
    python3 tests/heldout/set40/truths.py --debug    # also prints the ranking behind every "which"
    python3 tests/heldout/set40/truths.py --collect  # lists every failed guard instead of stopping

Standard library only. Reading rules (the README says the same):

Angling (match_results.csv + venues.csv)
  - a row with no angler is a called-off match; a match is a date with at least one angler row;
  - Weight "absent" / "DNF" / "no show" / "didn't turn up" = booked but did not fish; "DNW" = fished, did not
    weigh in (no weight); weights "14lb 6oz" / "14-06" / "14-6" / "14 lb 6 oz" / "14lb 6" / "6oz" are pounds and
    ounces (16 oz = 1 lb); "6.52kg" is kilos, 1 kg = 2.20462262185 lb; every weight is reported in lb;
  - the match winner is the heaviest weight of the match; "anglers who fished" = weighed in or DNW;
  - anglers grouped by name (D Hopkins = Dave H = David Hopkins = Dave Hopkins); visitors ("Visitor - ",
    "guest:", "(visitor)") are not club members;
  - the venue is the code's number (V04 / V4 / 04 - / 4), else its name, matched to venues.csv; water type from
    venues.csv's Type (commercial fishery = commercial, natural lake = lake).
Cottages (cottage_bookings.csv)
  - a stay is a row with status Stayed / Completed / done / a tick; Cancelled / Canceled / CXL / cancelled -
    refunded are cancelled (they earn nothing); Confirmed / Booked / upcoming are stays still to come (arriving
    from September 2025); a stay belongs to the year and month it arrives in;
  - nights = Depart - Arrive; takings are "Total paid"; commission blank / "-" / "n/a" = 0;
  - guests "2+2" / "2A 2C" / "2 adults 2 kids" = 4 people; dogs "dog" / "Yes - 1 dog" = 1, blank / none / No = 0;
  - an Airbnb rating is the number of stars (5 / 5* / 5 stars / five star characters); Booking.com scores are
    out of 10 and are not star ratings;
  - lead time = arrival date - the date part of Booked.
Speedwatch (speedwatch_log.csv + csw_sites.csv)
  - a cancelled session has "cancel" / "called off" in its notes; the others were held;
  - vehicles "214 vehicles" / "214 veh" = 214, "not counted" / "counter failed" = unknown; over limit "none" = 0,
    "24 (incl 2 HGV)" = 24; top speed "47mph" / "47 MPH" = 47, "-" / "n/a" / blank = none;
  - a share of speeders is the over-limit sum / the vehicles sum over sessions where both were counted;
  - times "07:45" / "7.45" / "0745" / "7:45am" / "3.15pm" / "9am"; a session's length is End - Start when both
    are written;
  - the team is the names in Team (split at commas, slashes, "&" and "and"), grouped by first name (Raymond = Ray,
    Beverley = Bev, Kathryn = Kath, Joanne = Jo, Peter = Pete, Marg = Margaret, Sue Parker = Sue);
  - the site is the number in Site (CSW01 / CSW 1 / csw01 / CSW-01 / 1) matched to csw_sites.csv for village,
    location and limit.
Camera club (camera_club_comps.csv)
  - seasons 2023-24 / 2023/24 / 23-24 are one season; sections by their words (mono = Mono Print, nature = Nature
    PDI, print = Open Print, else Open PDI); prints are Open and Mono Print, projected images (PDI) the others;
  - a score "18" / "18/20" / "18 pts" / "18.0" = 18, "17½" / "17.5/20" = 17.5; blank / "W/D" / "withdrawn" are
    withdrawn and "DQ" disqualified: neither was scored; every row is an image entered;
  - members grouped by name (J Marsh = Jane M = Jane Marsh); judges by surname;
  - awards 1st / First / 1st place, 2nd, 3rd, HC / Highly Commended / H.C., C / Commended / Comm.
Renovation (house_renovation.csv)
  - Amount is spending; a minus or brackets is money back (refunds, returns, credit notes, selling the old
    kitchen); totals are net of it; rows whose notes say dup / duplicate / entered twice are ignored;
  - payees, rooms, categories and payment methods grouped by spelling (Amex = credit card; BACS / transfer / Bank =
    bank transfer; Visa debit = debit card); a room blank / "-" / Whole house = General.
"""

import csv
import json
import math
import re
import sys
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
ARGS = set(sys.argv[1:])
DEBUG = "--debug" in ARGS
COLLECT = "--collect" in ARGS
FAILED = []

MON = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def guard(ok, msg):
    if not ok:
        if COLLECT:
            FAILED.append(msg)
        else:
            raise SystemExit(f"guard failed: {msg}")


def rows_of(name):
    with open(DATA / name, encoding="utf-8-sig", newline="") as f:
        rd = csv.reader(f)
        header = next(rd)
        return [dict(zip(header, r)) for r in rd]


def parse_date(s):
    s = s.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(?:[A-Za-z]{3}\s+)?(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", s)
    if m:
        y = int(m[3])
        return date(y + 2000 if y < 100 else y, int(m[2]), int(m[1]))
    m = re.fullmatch(r"(?:[A-Za-z]{3}\s+)?(\d{1,2})[ -]([A-Za-z]{3})[a-z]*[ -](\d{2}|\d{4})", s)
    if m:
        y = int(m[3])
        return date(y + 2000 if y < 100 else y, MON[m[2].lower()], int(m[1]))
    raise ValueError(f"date? {s!r}")


def money(s):
    t = s.strip()
    neg = False
    if t.startswith("(") and t.endswith(")"):
        neg, t = True, t[1:-1]
    t = t.replace("£", "").replace(",", "").replace(" ", "")
    if t.startswith("-"):
        neg, t = True, t[1:]
    if t in ("", "-", "n/a"):
        return None
    v = float(t)
    return -v if neg else v


def month_label(y, m, bare=False):
    out = [f"{MONTH_NAMES[m - 1]} {y}", f"{MONTH_NAMES[m - 1][:3]} {y}", f"{y}-{m:02d}"]
    if bare:
        out.append(MONTH_NAMES[m - 1])
    return list(dict.fromkeys(out))


def day_label(d):
    return [f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}", f"{d.day} {MONTH_NAMES[d.month - 1][:3]} {d.year}",
            f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}", f"{d.day}th {MONTH_NAMES[d.month - 1]} {d.year}",
            d.isoformat(), d.strftime("%d/%m/%Y")]


def top(counter, margin=0.05, what="", lowest=False):
    items = sorted(counter.items(), key=lambda kv: (kv[1], str(kv[0])), reverse=not lowest)
    if DEBUG:
        print(f"    ranking {what}: {items[:6]}")
    if len(items) > 1:
        a, b = items[0][1], items[1][1]
        if lowest:
            guard(b > a * (1 + margin) or (a == 0 and b > 0), f"{what}: {items[:3]} lowest not clear by {margin:.0%}")
        else:
            guard(a > b * (1 + margin), f"{what}: {items[:3]} not clear by {margin:.0%}")
    return items[0][0], items[0][1]


def positive(v, what):
    guard(v > 0, f"{what}: not positive ({v})")
    return v


def r6(x):
    return round(x, 6)


def num(x):
    if isinstance(x, float) and abs(x - round(x)) < 1e-9 and abs(x) < 1e12:
        return int(round(x))
    return r6(x)


QUESTIONS = []


def Q(dataset, question, truth, note):
    QUESTIONS.append({"dataset": dataset, "id": f"s40-{len(QUESTIONS) + 1:03d}", "note": note,
                      "question": question, "truth": truth})


def NUM(v, unit):
    return {"number": num(v), "unit": unit}


def person(full):
    """A person's name as the answer: full name, first name with surname initial, initial with surname."""
    f, l = full.split()
    return [full, f"{f} {l[0]}", f"{f[0]} {l}"]


# ================================================================================================
# 1. angling club

VENUE_TYPE = {"commercial": "commercial", "commercial fishery": "commercial", "canal": "canal", "river": "river",
              "natural lake": "lake", "lake": "lake"}
VENUE_BY_NAME = [("mill lane", 1), ("grand union", 2), ("gu canal", 2), ("soar", 3), ("hollow lakes", 4),
                 ("broad water", 5), ("broadwater", 5), ("cosby", 6), ("oxford canal", 6), ("trent", 7)]
MEMBERS = ["Dave Hopkins", "Kev Tranter", "Mick Doherty", "Paul Ashworth", "Gary Nuttall", "Lee Brennan",
           "Ian Fairclough", "Stuart Bell", "Carl Whitworth", "Rob Pickering", "Tony Cresswell", "Andy Greaves",
           "Phil Moorcroft", "Jason Kerr", "Wayne Duckworth", "Neil Sutcliffe", "Terry Bagshaw", "Sam Okafor",
           "Chris Haworth", "Mark Lomax"]
LONG = {"Dave": "David", "Kev": "Kevin", "Mick": "Michael", "Tony": "Anthony", "Andy": "Andrew"}
ANGLER_SYN = {}
for full in MEMBERS:
    f, l = full.split()
    for form in (full, f"{f[0]} {l}", f"{f[0]}. {l}", f"{f} {l[0]}", f"{LONG.get(f, f)} {l}"):
        ANGLER_SYN[form.lower()] = full
SPECIES_SYN = {"carp": "Carp", "carp (mirrors)": "Carp", "f1s": "F1s", "f1": "F1s", "skimmers": "Skimmers",
               "skimmer bream": "Skimmers", "roach": "Roach", "roach & perch": "Roach", "perch": "Perch",
               "bream": "Bream", "bream (slabs)": "Bream", "chub": "Chub", "barbel": "Barbel", "tench": "Tench"}


def load_angling():
    venues = {}
    for r in rows_of("venues.csv"):
        n = int(r["Code"][1:])
        venues[n] = {"water": r["Water"], "type": VENUE_TYPE[r["Type"].strip().lower()]}
    out = []
    for r in rows_of("match_results.csv"):
        d = parse_date(r["Date"])
        v = r["Venue"].strip()
        m = re.search(r"\d+", v.split(" ")[0]) if re.match(r"^(V?\d+)\b", v) else None
        if m:
            vn = int(m.group(0))
        else:
            vn = next(n for k, n in VENUE_BY_NAME if k in v.lower())
        a = r["Angler"].strip()
        rec = {"date": d, "venue": vn, "vtype": venues[vn]["type"], "water": venues[vn]["water"], "raw": r}
        if not a:
            rec["kind"] = "off"
            out.append(rec)
            continue
        visitor = bool(re.match(r"(?i)^(visitor|guest)", a)) or "(visitor)" in a.lower()
        rec["angler"] = a if visitor else ANGLER_SYN[a.lower()]
        rec["visitor"] = visitor
        w = r["Weight"].strip().lower()
        if w in ("absent", "dnf", "no show", "didn't turn up"):
            rec["kind"] = "absent"
        elif w.startswith("dnw"):
            rec["kind"] = "dnw"
        else:
            rec["kind"] = "weighed"
            mk = re.fullmatch(r"([\d.]+)\s*kg", w)
            ml = re.fullmatch(r"(\d+)\s*lb(?:\s*(\d+)(?:\s*oz)?)?", w)
            md = re.fullmatch(r"(\d+)-(\d+)", w)
            mo = re.fullmatch(r"(\d+)\s*oz", w)
            if mk:
                lb = float(mk[1]) * 2.20462262185
            elif ml:
                lb = int(ml[1]) + int(ml[2] or 0) / 16
            elif md:
                lb = int(md[1]) + int(md[2]) / 16
            elif mo:
                lb = int(mo[1]) / 16
            else:
                raise ValueError(w)
            rec["lb"] = lb
            rec["species"] = SPECIES_SYN[r["Main species"].strip().lower()]
        p = money(r["Payout"]) if r["Payout"].strip() else None
        rec["payout"] = p or 0.0
        out.append(rec)
    return venues, out


def angling_questions():
    venues, rows = load_angling()
    DS = ["match_results.csv"]
    DJ = ["match_results.csv", "venues.csv"]
    matches = defaultdict(list)
    for r in rows:
        if r["kind"] != "off":
            matches[r["date"]].append(r)
    off = [r for r in rows if r["kind"] == "off"]
    guard(all(d not in matches for d in (r["date"] for r in off)), "called-off date with anglers")
    # each match at one venue, one winner
    winners = {}
    for d, rs in matches.items():
        guard(len({r["venue"] for r in rs}) == 1, f"match {d} at several venues")
        w = sorted([r for r in rs if r["kind"] == "weighed"], key=lambda r: -r["lb"])
        guard(w[0]["lb"] - w[1]["lb"] > 0.2, f"match {d}: winner not alone")
        winners[d] = w[0]
    weighed = [r for r in rows if r["kind"] == "weighed"]

    def yr(r, y):
        return r["date"].year == y

    # 1
    v = sum(r["lb"] for r in weighed if yr(r, 2024))
    Q(DS, "What was the total weight of fish weighed in at the club's matches in 2024, in pounds?", NUM(v, "lb"),
      "Sum of every 2024 weight (visitors included), lb and oz read as lb + oz/16, kilos x 2.20462262185; DNW and "
      "absent rows have no weight.")
    # 2
    v = sum(1 for d in matches if d.year == 2025)
    Q(DS, "How many matches did the club fish in 2025?", NUM(v, "matches"),
      "Dates in 2025 with at least one angler row (the called-off match has none).")
    # 3
    Q(DS, "How many matches were called off?", NUM(len(off), "matches"),
      "Rows with no angler (flooded, river in flood, heatwave closure).")
    # 4
    c = Counter(w["angler"] for w in winners.values())
    lab, n = top(c, what="most match wins")
    Q(DS, "Which angler won the most matches?", {"label": person(lab)},
      f"Winner = heaviest weight of each match; {lab} won {n}.")
    # 5
    ws = [w["lb"] for d, w in winners.items() if d.year == 2025]
    Q(DS, "What was the average winning weight in 2025?", NUM(sum(ws) / len(ws), "lb"),
      f"Mean of the {len(ws)} winning weights of 2025, in lb.")
    # 6
    best = max(weighed, key=lambda r: r["lb"])
    second = sorted((r["lb"] for r in weighed), reverse=True)[1]
    guard(best["lb"] - second > 1, "heaviest weight alone")
    Q(DS, "What was the heaviest single weight anyone weighed in over the two seasons, and who caught it?",
      {"label": person(best["angler"]), "number": num(best["lb"]), "unit": "lb"},
      f"Largest weight: {best['raw']['Weight']} on {best['date']} ({best['lb']:.4f} lb).")
    # 7 water with the lowest average weight
    s, n_ = defaultdict(float), Counter()
    for r in weighed:
        s[r["venue"]] += r["lb"]
        n_[r["venue"]] += 1
    avg = {venues[k]["water"]: s[k] / n_[k] for k in s}
    lab, val = top(avg, what="water by lowest average weight", lowest=True)
    short = {"Hollow Lakes (Match Lake)": ["Hollow Lakes"], "Mill Lane Pond": ["Mill Lane Pond", "Mill Lane"],
             "Grand Union Canal - Bridges 58-64": ["Grand Union"], "Oxford Canal - Cosby Stretch": ["Cosby"]}
    Q(DJ, "Which water was the hardest going, with the lowest average weight per angler who weighed in?",
      {"label": short.get(lab, [lab])},
      f"Mean weight of weighed-in rows per venue (names through venues.csv): {lab} {val:.4f} lb.")
    # 8 canal weight 2024
    v = sum(r["lb"] for r in weighed if yr(r, 2024) and r["vtype"] == "canal")
    Q(DJ, "How many pounds of fish were weighed in on canal venues in 2024?", NUM(v, "lb"),
      "Venues typed canal in venues.csv (Grand Union, Oxford Canal).")
    # 9 river matches
    v = sum(1 for d, rs in matches.items() if rs[0]["vtype"] == "river")
    Q(DJ, "How many matches were fished on rivers?", NUM(v, "matches"),
      "Matches fished (not called off) at venues typed river (Soar, Trent), both seasons.")
    # 10 type with the highest average winning weight
    tw = defaultdict(list)
    for w in winners.values():
        tw[w["vtype"]].append(w["lb"])
    avgw = {k: sum(v_) / len(v_) for k, v_ in tw.items()}
    lab, val = top(avgw, what="type by average winning weight")
    Q(DJ, "Which type of water had the highest average winning weight?",
      {"label": {"canal": ["canal", "canals"], "river": ["river", "rivers"], "lake": ["lake", "lakes"],
                 "commercial": ["commercial", "commercials", "commercial fishery", "commercial fisheries"]}[lab]},
      f"Winning weights averaged by the venue's Type in venues.csv (commercial fishery = commercial): {lab} {val:.4f} lb.")
    # 11 distinct members 2024
    v = len({r["angler"] for r in rows if r["kind"] in ("weighed", "dnw") and not r["visitor"] and yr(r, 2024)})
    Q(DS, "How many different club members fished at least one match in 2024?", NUM(v, "anglers"),
      "Members (not visitors) with a weight or DNW in 2024, names grouped across spellings; absent rows do not count.")
    # 12 DNW
    v = sum(1 for r in rows if r["kind"] == "dnw")
    Q(DS, "How many times did someone fish a match but not weigh in?", NUM(v, "times"),
      "Rows with Weight DNW / dnw / DNW (blanked).")
    # 13 payouts 2025
    v = sum(r["payout"] for r in rows if r["kind"] != "off" and yr(r, 2025))
    Q(DS, "How much prize money was paid out in 2025?", NUM(v, "£"), "Sum of the Payout column in 2025.")
    # 14 most prize money
    c = defaultdict(float)
    for r in rows:
        if r["kind"] != "off":
            c[r["angler"]] += r["payout"]
    lab, val = top(c, what="most prize money")
    Q(DS, "Who won the most prize money over the two seasons?", {"label": person(lab)}, f"Payout summed by angler: {lab} £{val:.2f}.")
    # 15 Dave Hopkins total 2025
    v = sum(r["lb"] for r in weighed if yr(r, 2025) and r["angler"] == "Dave Hopkins")
    Q(DS, "What total weight did Dave Hopkins weigh in during 2025?", NUM(v, "lb"),
      "Dave Hopkins / D Hopkins / D. Hopkins / Dave H / David Hopkins / dave hopkins rows of 2025.")
    # 16 anglers per match 2025
    ds = [d for d in matches if d.year == 2025]
    v = sum(sum(1 for r in matches[d] if r["kind"] in ("weighed", "dnw")) for d in ds) / len(ds)
    Q(DS, "On average, how many anglers fished each match in 2025?", NUM(v, "anglers"),
      "Rows with a weight or DNW (visitors included, absentees not) per 2025 match.")
    # 17 average weight 2024 vs 2025
    a24 = [r["lb"] for r in weighed if yr(r, 2024)]
    a25 = [r["lb"] for r in weighed if yr(r, 2025)]
    m24, m25 = sum(a24) / len(a24), sum(a25) / len(a25)
    Q(DS, "How much lower was the average weight per angler who weighed in during 2025 than in 2024?",
      NUM(positive(m24 - m25, "avg 2024 - 2025"), "lb"), f"Mean weight 2024 {m24:.4f} minus 2025 {m25:.4f}, lb.")
    # 18 venue fished most
    c = Counter(venues[rs[0]["venue"]]["water"] for rs in matches.values())
    lab, val = top(c, what="venue fished most")
    Q(DJ, "Which water did the club fish most often?", {"label": short.get(lab, [lab])},
      f"Matches fished per venue: {lab} {val}.")
    # 19 most common main species
    c = Counter(r["species"] for r in weighed)
    lab, val = top(c, what="main species")
    Q(DS, "Which species was most often the main species in anglers' nets?", {"label": [lab]},
      f"Main species grouped by spelling (Carp (mirrors) = Carp, F1 = F1s, Skimmer bream = Skimmers, Roach & perch = "
      f"Roach), counted over weighed-in rows: {lab} {val}.")
    # 20 venues never fished
    used = {rs[0]["venue"] for rs in matches.values()}
    v = sum(1 for k in venues if k not in used)
    Q(DJ, "How many of the club's waters have never had a match fished on them?", NUM(v, "waters"),
      "Venues in venues.csv with no fished match (a called-off match does not count).")
    # 21 absentees
    v = sum(1 for r in rows if r["kind"] == "absent")
    Q(DS, "How many times did an angler who had booked a peg not turn up?", NUM(v, "times"),
      "Weight absent / DNF / no show / didn't turn up.")
    # 22 Kev Tranter prize money count
    v = sum(1 for r in rows if r["kind"] != "off" and r["angler"] == "Kev Tranter" and r["payout"] > 0)
    Q(DS, "How many times did Kev Tranter pick up prize money?", NUM(v, "times"),
      "Kev Tranter / K Tranter / Kevin Tranter rows with a Payout.")
    # 23 month of 2024 with highest total weight
    c = defaultdict(float)
    for r in weighed:
        if yr(r, 2024):
            c[r["date"].month] += r["lb"]
    m, val = top(c, what="2024 month by weight")
    Q(DS, "In which month of 2024 was the most weight caught?", {"label": month_label(2024, m, bare=True)},
      f"2024 weights summed by month: {MONTH_NAMES[m - 1]} {val:.2f} lb.")


# ================================================================================================
# 2. cottages

STAYED = {"stayed", "completed", "done", "✓"}
CANCELLED = {"cancelled", "cancelled - refunded", "canceled", "cxl"}
UPCOMING = {"confirmed", "booked", "upcoming"}


def cottage_of(s):
    s = s.lower()
    return "Curlew Cottage" if "curlew" in s else "The Old Dairy" if "dairy" in s else None


def source_of(s):
    s = s.lower().replace(" ", "")
    for k, v in (("airbnb", "Airbnb"), ("booking", "Booking.com"), ("direct", "Direct"), ("sykes", "Sykes")):
        if s.startswith(k):
            return v
    raise ValueError(s)


def people(s):
    s = s.strip().lower()
    m = re.fullmatch(r"(\d+)\+(\d+)", s) or re.fullmatch(r"(\d+)a (\d+)c", s) or \
        re.fullmatch(r"(\d+) adults? (\d+) kids?", s)
    if m:
        return int(m[1]) + int(m[2])
    m = re.fullmatch(r"(\d+)(?: adults?)?", s)
    return int(m[1])


def dogs(s):
    s = s.strip().lower()
    if s in ("", "none", "0", "no"):
        return 0
    if s == "dog":
        return 1
    return int(re.search(r"\d+", s).group(0))


def load_cottages():
    out = []
    for r in rows_of("cottage_bookings.csv"):
        st = r["Status"].strip().lower()
        status = "stayed" if st in STAYED else "cancelled" if st in CANCELLED else "upcoming" if st in UPCOMING else None
        assert status, st
        arr, dep = parse_date(r["Arrive"]), parse_date(r["Depart"])
        b = r["Booked"].strip()
        booked = date.fromisoformat(b[:10]) if re.match(r"\d{4}-", b) else parse_date(b.split(" ")[0])
        rating = None
        rt = r["Rating"].strip()
        if rt and source_of(r["Source"]) == "Airbnb":
            rating = rt.count("★") if "★" in rt else int(re.match(r"\d+", rt).group(0))
        nights_col = r["Nights"].strip()
        if nights_col:
            assert int(re.match(r"\d+", nights_col).group(0)) == (dep - arr).days
        comm = r["Commission"].strip()
        out.append({"cottage": cottage_of(r["Cottage"]), "source": source_of(r["Source"]), "status": status,
                    "arr": arr, "dep": dep, "nights": (dep - arr).days, "booked": booked, "people": people(r["Guests"]),
                    "dogs": dogs(r["Dogs"]), "paid": money(r["Total paid"]),
                    "comm": 0.0 if comm in ("", "-", "n/a") else money(comm), "rating": rating})
    return out


def cottage_questions():
    rows = load_cottages()
    DS = ["cottage_bookings.csv"]
    stays = [r for r in rows if r["status"] == "stayed"]
    guard(all(r["arr"] < date(2025, 9, 1) for r in stays), "stays before September 2025")
    guard(all(r["arr"] >= date(2025, 9, 1) for r in rows if r["status"] == "upcoming"), "upcoming from September")
    guard(all(r["arr"].year == r["dep"].year for r in rows), "no stay across a new year")

    def y(r, yy):
        return r["arr"].year == yy

    def janaug(r, yy):
        return r["arr"].year == yy and r["arr"].month <= 8

    # 1
    v = sum(r["paid"] for r in stays if y(r, 2024))
    Q(DS, "How much did guests pay altogether for stays in 2024?", NUM(v, "£"),
      "Total paid of stays arriving in 2024, both cottages; cancelled bookings left out.")
    # 2
    v = sum(r["nights"] for r in stays if y(r, 2024) and r["cottage"] == "The Old Dairy")
    Q(DS, "How many nights was The Old Dairy let in 2024?", NUM(v, "nights"),
      "Nights (Depart - Arrive) of Old Dairy stays arriving in 2024.")
    # 3
    v = sum(r["comm"] for r in stays if y(r, 2024) and r["source"] == "Airbnb")
    Q(DS, "How much commission went to Airbnb for 2024 stays?", NUM(v, "£"),
      "Commission of Airbnb stays arriving in 2024 (Airbnb / airbnb / AirBnB / Air BnB).")
    # 4
    c = Counter(r["source"] for r in stays)
    lab, n = top(c, what="source with most stays")
    Q(DS, "Which booking channel brought us the most stays?", {"label": [lab]},
      f"Stays by source, spellings grouped: {lab} {n}.")
    # 5
    v = sum(r["nights"] for r in stays) / len(stays)
    Q(DS, "What is the average length of a stay, in nights?", NUM(v, "nights"),
      f"Mean nights over the {len(stays)} stays (cancelled and upcoming bookings left out).")
    # 6
    cs = [r for r in stays if y(r, 2024) and r["cottage"] == "Curlew Cottage"]
    v = sum(r["paid"] for r in cs) / sum(r["nights"] for r in cs)
    Q(DS, "Taking the total paid divided by the nights, how much did Curlew Cottage earn per night in 2024?",
      NUM(v, "£"), "Sum of Total paid / sum of nights, Curlew stays arriving in 2024.")
    # 7
    v = sum(1 for r in rows if r["status"] == "cancelled")
    Q(DS, "How many bookings were cancelled?", NUM(v, "bookings"), "Status Cancelled / Canceled / CXL / cancelled - refunded.")
    # 8
    done = [r for r in rows if r["status"] != "upcoming"]
    v = 100 * sum(1 for r in done if r["status"] == "cancelled") / len(done)
    Q(DS, "Leaving out bookings that are still to come, what percentage of bookings were cancelled?", NUM(v, "%"),
      "Cancelled / (stays + cancelled).")
    # 9
    c = Counter()
    for r in stays:
        for k in range(r["nights"]):
            n_ = date.fromordinal(r["arr"].toordinal() + k)
            if n_.year == 2024:
                c[n_.month] += 1
    m, n = top(c, what="2024 month by nights let")
    Q(DS, "Counting nights let at both cottages, which month of 2024 was the busiest?",
      {"label": month_label(2024, m, bare=True)},
      f"Nights of stays (each night from arrival to the night before departure) falling in each 2024 month: "
      f"{MONTH_NAMES[m - 1]} {n}.")
    # 10
    ls = [(r["arr"] - r["booked"]).days for r in stays if janaug(r, 2025)]
    Q(DS, "For stays between January and August 2025, how many days ahead did guests book on average?",
      NUM(sum(ls) / len(ls), "days"), "Arrival date minus the date of Booked, averaged over stays arriving Jan-Aug 2025.")
    # 11
    v = sum(1 for r in stays if r["dogs"] > 0)
    Q(DS, "How many stays brought a dog?", NUM(v, "stays"), "Stays with Dogs of 1 or more (dog / 1 dog / Yes - 1 dog / 2 dogs / 2).")
    # 12
    v = sum(r["people"] for r in stays if y(r, 2024))
    Q(DS, "How many guests stayed with us in 2024, counting children?", NUM(v, "guests"),
      "People per stay ('2+2', '2A 2C', '2 adults 2 kids' = 4) summed over stays arriving in 2024.")
    # 13
    c = Counter(r["arr"].weekday() for r in stays)
    wd, n = top(c, what="arrival weekday")
    Q(DS, "On which day of the week do most guests arrive?", {"label": [WEEKDAYS[wd], WEEKDAYS[wd] + "s"]},
      f"Stays by arrival weekday: {WEEKDAYS[wd]} {n}.")
    # 14
    a = sum(r["paid"] for r in stays if janaug(r, 2025) and r["cottage"] == "The Old Dairy")
    b = sum(r["paid"] for r in stays if janaug(r, 2025) and r["cottage"] == "Curlew Cottage")
    Q(DS, "From January to August 2025, how much more did The Old Dairy take than Curlew Cottage?",
      NUM(positive(a - b, "dairy - curlew"), "£"), f"Total paid of stays arriving Jan-Aug 2025: {a:.2f} - {b:.2f}.")
    # 15
    v = sum(r["paid"] - r["comm"] for r in stays if y(r, 2024))
    Q(DS, "What did the 2024 stays bring in after commission?", NUM(v, "£"),
      "Total paid minus commission (blank / - / n/a = 0) over stays arriving in 2024.")
    # 16
    rs = [r["rating"] for r in stays if r["rating"] is not None]
    Q(DS, "What is the average star rating from Airbnb guests?", NUM(sum(rs) / len(rs), "stars"),
      f"Mean of {len(rs)} Airbnb ratings (5 / 5* / 5 stars / star characters); Booking.com scores out of 10 left out.")
    # 17
    mx = max(r["nights"] for r in stays)
    guard(sum(1 for r in stays if r["nights"] == mx) >= 1, "longest")
    Q(DS, "What was the longest stay, in nights?", NUM(mx, "nights"), "Longest Depart - Arrive among stays.")
    # 18
    tot = sum(r["paid"] for r in stays if y(r, 2024))
    d_ = sum(r["paid"] for r in stays if y(r, 2024) and r["source"] == "Direct")
    Q(DS, "What share of the 2024 takings came from direct bookings?", NUM(100 * d_ / tot, "%"),
      "Total paid of Direct stays / all stays, arriving in 2024.")
    # 19
    occ = 0
    for r in stays:
        if r["cottage"] != "Curlew Cottage":
            continue
        for k in range(r["nights"]):
            n_ = date.fromordinal(r["arr"].toordinal() + k)
            if n_.year == 2024 and n_.month == 8:
                occ += 1
    Q(DS, "What percentage of nights in August 2024 was Curlew Cottage occupied?", NUM(100 * occ / 31, "%"),
      f"Nights of Curlew stays falling in August 2024 (each night from arrival to the night before departure): {occ} of 31.")
    # 20
    a = sum(1 for r in stays if janaug(r, 2025))
    b = sum(1 for r in stays if janaug(r, 2024))
    if a >= b:
        Q(DS, "How many more stays did we have from January to August 2025 than in the same months of 2024?",
          NUM(positive(a - b, "stays 25-24"), "stays"), f"Stays arriving Jan-Aug: 2025 {a}, 2024 {b}.")
    else:
        Q(DS, "How many fewer stays did we have from January to August 2025 than in the same months of 2024?",
          NUM(positive(b - a, "stays 24-25"), "stays"), f"Stays arriving Jan-Aug: 2024 {b}, 2025 {a}.")
    # 21
    v = sum(r["paid"] for r in rows if r["status"] == "upcoming")
    Q(DS, "What is the total value of the bookings still to come?", NUM(v, "£"),
      "Total paid of the Confirmed / Booked / upcoming rows (arriving from September 2025).")
    # 22
    c = defaultdict(list)
    for r in stays:
        c[r["cottage"]].append(r["people"])
    v = sum(c["The Old Dairy"]) / len(c["The Old Dairy"])
    Q(DS, "How many people does a stay at The Old Dairy have on average?", NUM(v, "guests"),
      "Mean people per Old Dairy stay (both years).")


# ================================================================================================
# 3. speedwatch

VOL_SYN = {"sue": "Sue", "sue p": "Sue", "sue parker": "Sue", "ray": "Ray", "ray t": "Ray", "raymond": "Ray",
           "anil": "Anil", "anil k": "Anil", "bev": "Bev", "beverley": "Bev", "bev w": "Bev", "graham": "Graham",
           "graham h": "Graham", "helen": "Helen", "helen m": "Helen", "kath": "Kath", "kathryn": "Kath",
           "tom": "Tom", "tom b": "Tom", "jo": "Jo", "joanne": "Jo", "pete": "Pete", "peter": "Pete",
           "pete r": "Pete", "margaret": "Margaret", "marg": "Margaret", "colin": "Colin", "colin d": "Colin"}


def clock(s):
    s = s.strip().lower()
    if not s:
        return None
    m = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)", s)
    if m:
        h = int(m[1]) % 12 + (12 if m[3] == "pm" else 0)
        return h * 60 + int(m[2] or 0)
    m = re.fullmatch(r"(\d{1,2})[:.](\d{2})", s) or re.fullmatch(r"(\d{2})(\d{2})", s)
    return int(m[1]) * 60 + int(m[2])


def leading_int(s):
    m = re.match(r"\s*(\d+)", s)
    return int(m[1]) if m else None


def load_speedwatch():
    sites = {}
    for r in rows_of("csw_sites.csv"):
        sites[int(r["Site ref"][3:])] = {"village": r["Village"], "location": r["Location"],
                                         "limit": int(re.match(r"\d+", r["Speed limit"]).group(0))}
    out = []
    for r in rows_of("speedwatch_log.csv"):
        n = int(re.search(r"\d+", r["Site"]).group(0))
        note = r["Notes"].lower()
        cancelled = "cancel" in note or "called off" in note
        team = [VOL_SYN[x.strip().lower()] for x in re.split(r",|/|&| and ", r["Team"]) if x.strip()]
        veh = r["Vehicles checked"].strip().lower()
        over = r["Over limit"].strip().lower()
        top_ = r["Top speed"].strip()
        rec = {"date": parse_date(r["Date"]), "site": n, "cancelled": cancelled, "team": team,
               "start": clock(r["Start"]), "end": clock(r["End"]), **sites[n]}
        if not cancelled:
            rec["veh"] = leading_int(veh)
            rec["over"] = 0 if over in ("none", "0") else leading_int(over)
            rec["top"] = leading_int(top_) if top_ not in ("", "-", "n/a") else None
            assert rec["over"] is not None
        out.append(rec)
    return sites, out


def speedwatch_questions():
    sites, rows = load_speedwatch()
    DS = ["speedwatch_log.csv"]
    DJ = ["speedwatch_log.csv", "csw_sites.csv"]
    held = [r for r in rows if not r["cancelled"]]

    def y(r, yy):
        return r["date"].year == yy

    # 1
    v = sum(1 for r in held if y(r, 2024))
    Q(DS, "How many speedwatch sessions did we hold in 2024?", NUM(v, "sessions"), "2024 rows not cancelled / called off.")
    # 2
    v = sum(r["veh"] for r in held if y(r, 2025) and r["veh"] is not None)
    Q(DS, "How many vehicles did we check in 2025?", NUM(v, "vehicles"),
      "Vehicles checked summed over 2025 sessions ('214 vehicles' = 214; 'not counted' / 'counter failed' left out).")
    # 3
    v = sum(r["over"] for r in held if y(r, 2024))
    Q(DS, "How many vehicles were caught over the speed limit in 2024?", NUM(v, "vehicles"),
      "Over limit summed over 2024 sessions ('none' = 0, '24 (incl 2 HGV)' = 24).")
    # 4 CSW01 share fall
    def share(pred):
        rs = [r for r in held if pred(r) and r["veh"] is not None]
        return 100 * sum(r["over"] for r in rs) / sum(r["veh"] for r in rs)
    guard(all(r["veh"] is not None for r in held if r["site"] == 1), "CSW01 all counted")
    a = share(lambda r: r["site"] == 1 and y(r, 2024))
    b = share(lambda r: r["site"] == 1 and y(r, 2025))
    Q(DJ, "At Main Street by the primary school, by how many percentage points did the share of vehicles over the "
          "limit fall from 2024 to 2025?", NUM(positive(a - b, "CSW01 fall"), "percentage points"),
      f"Site CSW01 (Main Street in csw_sites.csv): over / checked, 2024 {a:.4f}% minus 2025 {b:.4f}%.")
    # 5 highest speed
    best = max((r for r in held if r["top"] is not None), key=lambda r: r["top"])
    second = sorted((r["top"] for r in held if r["top"] is not None), reverse=True)[1]
    guard(best["top"] - second >= 3, "top speed alone")
    Q(DJ, "What was the highest speed we recorded, and on which road?",
      {"label": ["A428", "Brockley Hill"] if best["site"] == 6 else [best["location"]], "number": best["top"],
       "unit": "mph"},
      f"Highest Top speed: {best['top']} mph at CSW0{best['site']} ({best['location']}, {best['village']}) on {best['date']}.")
    # 6 site with highest share
    c = {}
    for k in sites:
        rs = [r for r in held if r["site"] == k and r["veh"] is not None]
        if rs:
            c[k] = 100 * sum(r["over"] for r in rs) / sum(r["veh"] for r in rs)
    k, val = top(c, what="site by speeding share")
    alt = {}
    for kk in c:
        alt[kk] = sum(r["over"] for r in held if r["site"] == kk) / sum(r["veh"] for r in held if r["site"] == kk and r["veh"] is not None)
    guard(max(alt, key=alt.get) == k, "site share the same with every over-limit count")
    Q(DJ, "Which location has the highest proportion of speeding vehicles?",
      {"label": [sites[k]["location"]]}, f"Over / checked per site (sessions with both counted): CSW0{k} {val:.2f}%.")
    # 7 village with most sessions
    c = Counter(r["village"] for r in held)
    lab, n = top(c, what="village sessions")
    Q(DJ, "Which village have we held the most sessions in?", {"label": [lab]}, f"Sessions held by the site's village: {lab} {n}.")
    # 8 over limit at 20 mph sites
    v = sum(r["over"] for r in held if r["limit"] == 20)
    Q(DJ, "How many speeders did we record at the 20 mph sites altogether?", NUM(v, "vehicles"),
      "Over limit summed over sessions at sites whose limit in csw_sites.csv is 20 (Church Lane, High Street).")
    # 9 average session length
    ls = [r["end"] - r["start"] for r in held if r["end"] is not None]
    guard(all(x > 0 for x in ls), "lengths positive")
    Q(DS, "How long does a session last on average, in minutes?", NUM(sum(ls) / len(ls), "minutes"),
      f"End - Start over the {len(ls)} held sessions with both times.")
    # 10 weekday
    c = Counter(r["date"].weekday() for r in held)
    wd, n = top(c, what="weekday")
    c2 = Counter(r["date"].weekday() for r in rows)
    guard(top(c2, what="weekday with cancelled sessions")[0] == wd, "weekday the same with cancelled sessions")
    Q(DS, "Which day of the week do we most often run a session?", {"label": [WEEKDAYS[wd], WEEKDAYS[wd] + "s"]},
      f"Held sessions by weekday: {WEEKDAYS[wd]} {n}.")
    # 11 volunteer most sessions
    c = Counter(p for r in held for p in set(r["team"]))
    lab, n = top(c, what="volunteer")
    Q(DS, "Which volunteer has taken part in the most sessions?", {"label": [lab]},
      f"Names in Team grouped by first name, held sessions only: {lab} {n}.")
    # 12 distinct volunteers 2025
    v = len({p for r in held if y(r, 2025) for p in r["team"]})
    Q(DS, "How many different volunteers turned out in 2025?", NUM(v, "volunteers"), "Distinct first names in Team, held 2025 sessions.")
    # 13 cancelled
    v = sum(1 for r in rows if r["cancelled"])
    Q(DS, "How many sessions had to be cancelled?", NUM(v, "sessions"), "Notes with Cancelled / Called off.")
    # 14 average team size
    v = sum(len(r["team"]) for r in held) / len(held)
    Q(DS, "How many volunteers does a session have on average?", NUM(v, "volunteers"), "Names in Team per held session.")
    # 15 month of 2025 with most speeders
    c = Counter()
    for r in held:
        if y(r, 2025):
            c[r["date"].month] += r["over"]
    m, n = top(c, what="2025 month speeders")
    Q(DS, "In which month of 2025 did we catch the most speeders?", {"label": month_label(2025, m, bare=True)},
      f"Over limit summed by month, 2025: {MONTH_NAMES[m - 1]} {n}.")
    # 16 sites never used
    used = {r["site"] for r in rows}
    v = sum(1 for k in sites if k not in used)
    Q(DJ, "How many of our sites have never had a session?", NUM(v, "sites"), "Sites in csw_sites.csv with no row in the log.")
    # 17 30 mph sessions with top >= 40
    v = sum(1 for r in held if r["limit"] == 30 and r["top"] is not None and r["top"] >= 40)
    Q(DJ, "In how many sessions at 30 mph sites did we clock someone at 40 mph or more?", NUM(v, "sessions"),
      "Held sessions at sites with limit 30 in csw_sites.csv whose Top speed is 40 or more.")
    # 18 average top speed at 40 sites
    ts = [r["top"] for r in held if r["limit"] == 40 and r["top"] is not None]
    Q(DJ, "What is the average top speed recorded at the 40 mph sites?", NUM(sum(ts) / len(ts), "mph"),
      f"Mean Top speed over {len(ts)} sessions at 40 mph sites with a top speed recorded.")
    # 19 share starting before noon
    v = 100 * sum(1 for r in held if r["start"] < 12 * 60) / len(held)
    Q(DS, "What percentage of the sessions we held started before midday?", NUM(v, "%"), "Held sessions with Start before 12:00.")
    # 20 Brockley vehicles 2024
    v = sum(r["veh"] for r in held if y(r, 2024) and r["village"] == "Brockley" and r["veh"] is not None)
    Q(DJ, "How many vehicles did we check in Brockley in 2024?", NUM(v, "vehicles"),
      "Vehicles checked at sites in Brockley (csw_sites.csv), 2024; 'not counted' left out.")
    # 21 Sue 2025
    v = sum(1 for r in held if y(r, 2025) and "Sue" in r["team"])
    Q(DS, "How many sessions did Sue do in 2025?", NUM(v, "sessions"), "Held 2025 sessions with Sue / Sue P / Sue Parker / sue in Team.")


# ================================================================================================
# 4. camera club

CAM_MEMBERS = ["Jane Marsh", "Robert Liddle", "Anne Whitfield", "Keith Ormerod", "Priya Nair", "Malcolm Greer",
               "Gillian Ashby", "Derek Foulds", "Linda Carver", "Trevor Haigh", "Sheila Dobson", "Martin Quayle",
               "Oliver Brandt", "Hazel Kirkby", "Neville Ross", "Fiona Gale", "Brian Tolley", "Ruth Beckett",
               "Colin Armitage", "Tessa Lund", "Vic Porter", "Eileen Shaw"]
CAM_SYN = {}
for full in CAM_MEMBERS:
    f, l = full.split()
    for form in (full, f"{f[0]} {l}", f"{f} {l[0]}"):
        CAM_SYN[form.lower()] = full
JUDGE_SURNAMES = ["Davies", "Kemp", "Birch", "Howe", "Pilling", "Rees", "Webb", "Lowe", "Petrova"]
AWARD_SYN = {"1st": "1st", "first": "1st", "1st place": "1st", "2nd": "2nd", "second": "2nd", "2nd place": "2nd",
             "3rd": "3rd", "third": "3rd", "hc": "HC", "highly commended": "HC", "h.c.": "HC", "c": "C",
             "commended": "C", "comm": "C", "": None}


def section_of(s):
    s = s.lower()
    if "mono" in s:
        return "Mono Print"
    if "nature" in s:
        return "Nature PDI"
    if "print" in s:
        return "Open Print"
    return "Open PDI"


def load_camera():
    out = []
    for r in rows_of("camera_club_comps.csv"):
        s = r["Season"].strip()
        y1 = int(s[:4]) if len(s) >= 7 else 2000 + int(s[:2])
        season = f"{y1}-{str(y1 + 1)[2:]}"
        sc = r["Score"].strip()
        state, score = "scored", None
        if sc == "DQ":
            state = "dq"
        elif sc.lower() in ("", "w/d", "withdrawn"):
            state = "withdrawn"
        else:
            m = re.match(r"(\d+)(\.\d+|½)?", sc)
            score = int(m[1]) + (0.5 if m[2] == "½" else float(m[2]) if m[2] else 0.0)
        judge = next(j for j in JUDGE_SURNAMES if j in r["Judge"])
        out.append({"season": season, "date": parse_date(r["Date"]), "section": section_of(r["Section"]),
                    "member": CAM_SYN[r["Member"].strip().lower()], "state": state, "score": score,
                    "award": AWARD_SYN[r["Award"].strip().lower()], "judge": judge})
    return out


def camera_questions():
    rows = load_camera()
    DS = ["camera_club_comps.csv"]
    scored = [r for r in rows if r["state"] == "scored"]
    guard(all(r["award"] is None for r in rows if r["state"] != "scored"), "no award without a score")

    def mean(xs):
        xs = list(xs)
        return sum(xs) / len(xs)

    # 1
    v = sum(1 for r in scored if r["season"] == "2024-25")
    Q(DS, "How many images were scored in the 2024-25 season?", NUM(v, "images"),
      "2024-25 / 2024/25 / 24-25 rows with a score (withdrawn and disqualified images left out).")
    # 2
    v = mean(r["score"] for r in scored if r["season"] == "2023-24")
    Q(DS, "What was the average score in 2023-24?", NUM(v, "points"), "Mean score of scored 2023-24 images ('18/20' = 18, '17½' = 17.5).")
    # 3 best average 2024-25
    c = defaultdict(list)
    for r in scored:
        if r["season"] == "2024-25":
            c[r["member"]].append(r["score"])
    avg = {k: mean(v_) for k, v_ in c.items()}
    lab, val = top(avg, margin=0.03, what="2024-25 member average")
    guard(len(c[lab]) >= 10, "best average over ten images or more")
    Q(DS, "Which member had the best average score in 2024-25?", {"label": person(lab)},
      f"Mean score by member, 2024-25 scored images: {lab} {val:.4f} over {len(c[lab])} images.")
    # 4 section highest average
    c = defaultdict(list)
    for r in scored:
        c[r["section"]].append(r["score"])
    avg = {k: mean(v_) for k, v_ in c.items()}
    lab, val = top(avg, what="section average")
    Q(DS, "Which section gets the highest average score?",
      {"label": {"Open Print": ["Open Print", "Open prints"], "Mono Print": ["Mono Print", "Monochrome print"],
                 "Open PDI": ["Open PDI"], "Nature PDI": ["Nature PDI", "Nature"]}[lab]},
      f"Mean score per section (spellings grouped): {lab} {val:.4f}.")
    # 5
    v = sum(1 for r in scored if r["score"] == 20)
    Q(DS, "How many images got a perfect 20?", NUM(v, "images"), "Scores of 20 ('20', '20/20', '20 pts', '20.0').")
    # 6
    v = len({r["member"] for r in rows if r["season"] == "2024-25"})
    Q(DS, "How many different members entered the competitions in 2024-25?", NUM(v, "members"),
      "Distinct members (name spellings grouped) with any 2024-25 entry, withdrawn ones included.")
    # 7 judge highest average
    c = defaultdict(list)
    for r in scored:
        c[r["judge"]].append(r["score"])
    avg = {k: mean(v_) for k, v_ in c.items()}
    lab, val = top(avg, what="judge average")
    full = {"Davies": "Peter Davies", "Kemp": "Sandra Kemp", "Birch": "Alan Birch", "Howe": "Margaret Howe",
            "Pilling": "John Pilling", "Rees": "Ian Rees", "Webb": "Carol Webb", "Lowe": "Stephen Lowe",
            "Petrova": "Nadia Petrova"}[lab]
    Q(DS, "Which judge gave the most generous marks on average?", {"label": [full, lab]},
      f"Mean score per judge (grouped by surname): {lab} {val:.4f}.")
    # 8 prints vs PDI
    pr = mean(r["score"] for r in scored if "Print" in r["section"])
    pd = mean(r["score"] for r in scored if "PDI" in r["section"])
    Q(DS, "How much higher do prints score on average than projected images?", NUM(positive(pr - pd, "print-pdi"), "points"),
      f"Mean of Open + Mono Print {pr:.4f} minus mean of Open + Nature PDI {pd:.4f}.")
    # 9 share awarded
    v = 100 * sum(1 for r in scored if r["award"]) / len(scored)
    Q(DS, "What percentage of the scored images won an award of some kind (placed, highly commended or commended)?",
      NUM(v, "%"), "Scored images with 1st / 2nd / 3rd / HC / C in Award, over all scored images.")
    # 10 Jane Marsh nature average
    v = mean(r["score"] for r in scored if r["member"] == "Jane Marsh" and r["section"] == "Nature PDI")
    Q(DS, "What is Jane Marsh's average score in the nature section?", NUM(v, "points"),
      "Jane Marsh / J Marsh / Jane M / jane marsh, Nature PDI / Nature (PDI) / Nature projected, scored images.")
    # 11 withdrawn or DQ
    v = sum(1 for r in rows if r["state"] != "scored")
    Q(DS, "How many entries were withdrawn or disqualified?", NUM(v, "entries"), "Score blank / W/D / withdrawn / DQ.")
    # 12 most firsts
    c = Counter(r["member"] for r in scored if r["award"] == "1st")
    lab, n = top(c, what="most firsts")
    Q(DS, "Which member has won the most first places?", {"label": person(lab)}, f"Award 1st / First / 1st place by member: {lab} {n}.")
    # 13 night with most entries
    c = Counter(r["date"] for r in rows)
    d, n = top(c, what="night entries")
    Q(DS, "Which competition night had the most entries?", {"label": day_label(d)}, f"Rows per date: {d} {n}.")
    # 14 mono 2024-25
    v = mean(r["score"] for r in scored if r["season"] == "2024-25" and r["section"] == "Mono Print")
    Q(DS, "What was the average mono print score in 2024-25?", NUM(v, "points"), "Mono Print / Monochrome print / Mono prints, 2024-25.")
    # 15 season difference
    a = mean(r["score"] for r in scored if r["season"] == "2024-25")
    b = mean(r["score"] for r in scored if r["season"] == "2023-24")
    Q(DS, "By how much did the average score go up from 2023-24 to 2024-25?", NUM(positive(a - b, "season diff"), "points"),
      f"Mean 2024-25 {a:.4f} minus 2023-24 {b:.4f}.")
    # 16 HC 2024-25
    v = sum(1 for r in scored if r["season"] == "2024-25" and r["award"] == "HC")
    Q(DS, "How many highly commended awards were given in 2024-25?", NUM(v, "awards"), "Award HC / Highly Commended / H.C., 2024-25.")
    # 17 most images entered
    c = Counter(r["member"] for r in rows)
    lab, n = top(c, what="most entries")
    Q(DS, "Who has entered the most images over the two seasons?", {"label": person(lab)}, f"Rows per member: {lab} {n}.")
    # 18 left after 2023-24
    s1 = {r["member"] for r in rows if r["season"] == "2023-24"}
    s2 = {r["member"] for r in rows if r["season"] == "2024-25"}
    Q(DS, "How many members who entered in 2023-24 did not enter anything in 2024-25?", NUM(len(s1 - s2), "members"),
      f"Members in 2023-24 but not in 2024-25: {sorted(s1 - s2)}.")
    # 19 entries per night
    v = len(rows) / len({r["date"] for r in rows})
    Q(DS, "On average, how many images are entered per competition night?", NUM(v, "images"),
      "Rows (every image entered) / competition dates.")
    # 20 nature 18+
    ns = [r for r in scored if r["section"] == "Nature PDI"]
    v = 100 * sum(1 for r in ns if r["score"] >= 18) / len(ns)
    Q(DS, "What percentage of nature images scored 18 or more?", NUM(v, "%"), "Scored Nature PDI images with 18 or more.")
    # 21 DQ count in nature
    v = sum(1 for r in rows if r["state"] == "dq")
    Q(DS, "How many images were disqualified?", NUM(v, "images"), "Score DQ.")


# ================================================================================================
# 5. renovation

PAYEE_SYN = [
    ("lane architects", "Lane Architects"), ("building control", "Building Control"), ("bc fee", "Building Control"),
    ("patel", "Patel Structural"), ("hartley", "Hartley Builders"), ("ellis", "Mike Ellis"),
    ("mike (sparky)", "Mike Ellis"), ("gr plumbing", "GR Plumbing"), ("gaz (plumber)", "GR Plumbing"),
    ("g roberts", "GR Plumbing"), ("lowe", "Dave Lowe"), ("dave the plasterer", "Dave Lowe"),
    ("price tiling", "Sean Price Tiling"), ("sean (tiler)", "Sean Price Tiling"), ("screwfix", "Screwfix"),
    ("toolstation", "Toolstation"), ("tool station", "Toolstation"), ("b&q", "B&Q"), ("b and q", "B&Q"),
    ("b & q", "B&Q"), ("wickes", "Wickes"), ("howdens", "Howdens"), ("topps", "Topps Tiles"), ("ao.com", "AO.com"),
    ("currys", "Currys"), ("victorian", "Victorian Plumbing"), ("ikea", "IKEA"), ("amazon", "Amazon"),
    ("amzn", "Amazon"), ("skips", "Skips 4 U"), ("jewson", "Jewson"), ("dulux", "Dulux Decorator Centre"),
    ("ddc", "Dulux Decorator Centre"), ("facebook", "Facebook Marketplace"), ("fb marketplace", "Facebook Marketplace"),
]


def payee_of(s):
    t = s.strip().lower()
    if t == "ao":
        return "AO.com"
    for k, v in PAYEE_SYN:
        if k in t:
            return v
    raise ValueError(s)


ROOM_SYN = {"kitchen": "Kitchen", "kitchen ext": "Kitchen", "kitchen extension": "Kitchen", "bathroom": "Bathroom",
            "main bathroom": "Bathroom", "family bathroom": "Bathroom", "en-suite": "En-suite", "ensuite": "En-suite",
            "en suite": "En-suite", "loft": "Loft", "loft conversion": "Loft", "general": "General",
            "whole house": "General", "": "General", "-": "General"}
CAT_SYN = {"labour": "Labour", "labor": "Labour", "materials": "Materials", "mats": "Materials",
           "building materials": "Materials", "fixtures & fittings": "Fixtures", "fixtures": "Fixtures",
           "fittings": "Fixtures", "f&f": "Fixtures", "appliances": "Appliances", "appliance": "Appliances",
           "white goods": "Appliances", "skip hire": "Skip", "skip": "Skip", "waste": "Skip", "fees": "Fees",
           "professional fees": "Fees", "tools": "Tools", "tool hire": "Tools", "decorating": "Decorating",
           "paint": "Decorating"}
METHOD_SYN = {"credit card": "credit", "amex": "credit", "credit card (amex)": "credit", "debit card": "debit",
              "visa debit": "debit", "bank transfer": "bank", "bacs": "bank", "transfer": "bank", "bank": "bank",
              "cash": "cash"}


def load_renovation():
    out = []
    for r in rows_of("house_renovation.csv"):
        note = r["Notes"].strip().lower()
        dup = note.startswith("dup") or "duplicate" in note or "entered twice" in note
        out.append({"date": parse_date(r["Date"]), "payee": payee_of(r["Paid to"]), "room": ROOM_SYN[r["Room"].strip().lower()],
                    "cat": CAT_SYN[r["Category"].strip().lower()], "amount": money(r["Amount"]),
                    "method": METHOD_SYN[r["Paid by"].strip().lower()], "dup": dup})
    return out


def renovation_questions():
    allrows = load_renovation()
    rows = [r for r in allrows if not r["dup"]]
    DS = ["house_renovation.csv"]

    def tot(pred):
        return sum(r["amount"] for r in rows if pred(r))

    # 1
    v = tot(lambda r: True)
    Q(DS, "What has the renovation cost us altogether, net of the money we got back?", NUM(v, "£"),
      "Sum of Amount (refunds, returns, credit notes and the sale of the old units negative), duplicates ignored.")
    # 2
    v = tot(lambda r: r["room"] == "Kitchen")
    Q(DS, "How much did the kitchen cost, net of refunds and the sale of the old units?", NUM(v, "£"),
      "Net Amount of Room Kitchen / Kitchen ext / Kitchen extension (the £150 from the old units taken off).")
    # 3 bathroom vs en-suite
    a, b = tot(lambda r: r["room"] == "Bathroom"), tot(lambda r: r["room"] == "En-suite")
    Q(DS, "How much more did the main bathroom cost than the en-suite, after refunds?",
      NUM(positive(a - b, "bathroom - en-suite"), "£"), f"Net: Bathroom {a:.2f}, En-suite {b:.2f}.")
    # 4
    v = tot(lambda r: r["cat"] == "Labour")
    Q(DS, "How much have we paid for labour?", NUM(v, "£"), "Category Labour / labour / Labor.")
    # 5
    v = -tot(lambda r: r["amount"] < 0)
    Q(DS, "How much money have we had back from refunds, returns and selling old things?", NUM(v, "£"),
      "Negative amounts (minus or brackets) summed, as a positive figure.")
    # 6 biggest payee other than Hartley
    c = defaultdict(float)
    for r in rows:
        c[r["payee"]] += r["amount"]
    first, _ = top(c, what="payee")
    guard(first == "Hartley Builders", "Hartley first")
    c2 = {k: v_ for k, v_ in c.items() if k != "Hartley Builders"}
    lab, val = top(c2, what="payee after Hartley")
    Q(DS, "Apart from the builders, Hartley, who have we paid the most?", {"label": [lab]},
      f"Net amount per payee, Hartley Builders left out: {lab} {val:.2f}.")
    # 7 Screwfix purchases
    v = sum(1 for r in rows if r["payee"] == "Screwfix" and r["amount"] > 0)
    Q(DS, "How many separate purchases did we make at Screwfix?", NUM(v, "purchases"),
      "Positive Screwfix / screwfix / Screwfix Direct / SCREWFIX lines, duplicates ignored.")
    # 8 month with most spending
    c = defaultdict(float)
    for r in rows:
        c[(r["date"].year, r["date"].month)] += r["amount"]
    (yy, mm), val = top(c, what="month spend")
    Q(DS, "Which month did we spend the most in?", {"label": month_label(yy, mm)}, f"Net spend by month: {yy}-{mm:02d} {val:.2f}.")
    # 9 credit card
    v = tot(lambda r: r["method"] == "credit")
    Q(DS, "How much went on the credit card, including the Amex, after refunds to the card?", NUM(v, "£"),
      "Net Amount of Credit card / credit card / Amex / Credit card (Amex) lines.")
    # 10 average Screwfix
    xs = [r["amount"] for r in rows if r["payee"] == "Screwfix" and r["amount"] > 0]
    Q(DS, "What was the average Screwfix purchase?", NUM(sum(xs) / len(xs), "£"), "Mean of the positive Screwfix lines.")
    # 11 2024 vs 2025
    a, b = tot(lambda r: r["date"].year == 2024), tot(lambda r: r["date"].year == 2025)
    Q(DS, "How much more did we spend in 2024 than in 2025?", NUM(positive(a - b, "2024-2025"), "£"),
      f"Net spend by year of Date: 2024 {a:.2f}, 2025 {b:.2f}.")
    # 12 loft 2025
    v = tot(lambda r: r["room"] == "Loft")
    Q(DS, "What has the loft conversion cost so far, after refunds?", NUM(v, "£"), "Net Amount of Room Loft / loft / Loft conversion.")
    # 13 electrician
    v = tot(lambda r: r["payee"] == "Mike Ellis")
    Q(DS, "How much have we paid the electrician, Mike Ellis?", NUM(v, "£"),
      "Mike Ellis / M Ellis Electrical / Mike (sparky) / Mike Ellis Electrical.")
    # 14 duplicates
    v = sum(1 for r in allrows if r["dup"])
    Q(DS, "How many lines in the sheet are marked as duplicates?", NUM(v, "lines"), "Notes dup / duplicate / DUPLICATE - ignore / entered twice - ignore.")
    # 15 share materials
    v = 100 * tot(lambda r: r["cat"] == "Materials") / tot(lambda r: True)
    Q(DS, "What percentage of the total cost went on materials?", NUM(v, "%"),
      "Net Materials / Mats / Building materials over the net total.")
    # 16 largest single payment
    best = max(rows, key=lambda r: r["amount"])
    second = sorted((r["amount"] for r in rows), reverse=True)[1]
    guard(best["amount"] > second, "largest alone")
    Q(DS, "What was the biggest single payment, and who was it to?",
      {"label": [best["payee"], best["payee"].split()[0]], "number": num(best["amount"]), "unit": "£"},
      f"Largest Amount: {best['payee']} {best['amount']:.2f} on {best['date']}.")
    # 17 distinct payees
    v = len({r["payee"] for r in rows})
    Q(DS, "How many different names are in the Paid to column, counting different spellings of the same firm once?",
      NUM(v, "payees"), "Payees grouped by spelling (Hartleys = Hartley Builders, Gaz (plumber) = GR Plumbing, ...).")
    # 18 appliances
    v = tot(lambda r: r["cat"] == "Appliances")
    Q(DS, "How much did we spend on appliances, after the price-match refund?", NUM(v, "£"),
      "Net Appliances / appliance / White goods.")
    # 19 cash paid
    v = sum(r["amount"] for r in rows if r["method"] == "cash" and r["amount"] > 0)
    Q(DS, "How much did we pay out in cash?", NUM(v, "£"), "Positive Cash / cash lines (the cash received for the old units is not paid out).")
    # 20 bathrooms together
    v = tot(lambda r: r["room"] in ("Bathroom", "En-suite"))
    Q(DS, "What did the two bathrooms (the main bathroom and the en-suite) cost together, after refunds?", NUM(v, "£"),
      "Net Amount of Room Bathroom and En-suite spellings.")
    # 21 fees
    v = tot(lambda r: r["cat"] == "Fees")
    Q(DS, "How much went on professional fees and building control?", NUM(v, "£"), "Category Fees / Professional fees / fees.")


def main():
    angling_questions()
    cottage_questions()
    speedwatch_questions()
    camera_questions()
    renovation_questions()
    if FAILED:
        print("failed guards:")
        for f in FAILED:
            print("  -", f)
        raise SystemExit(1)
    if "--print" in ARGS or DEBUG:
        for q in QUESTIONS:
            print(q["id"], q["dataset"], q["question"], json.dumps(q["truth"], ensure_ascii=False))
        return
    with open(HERE / "questions.json", "w", encoding="utf-8") as f:
        json.dump(QUESTIONS, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(QUESTIONS)} questions")


if __name__ == "__main__":
    main()
