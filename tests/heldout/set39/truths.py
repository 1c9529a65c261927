#!/usr/bin/env python3
"""Held-out set 39: computes every question's truth from data/*.csv and writes questions.json.

    python3 tests/heldout/set39/truths.py [--print] [--debug] [--collect]

--print    print the questions and truths instead of writing questions.json
--debug    also print the ranking behind every "which" question
--collect  list every failed guard instead of stopping at the first

Reading rules (each question's note says how it was read):
- Money: currency signs, spaces and thousands commas stripped, a leading minus kept. Words ("FOC", "n/c",
  "no charge") are 0 where the question is about what was charged; "?" / blank are left out.
- Sailing: a row with no sail number is a race that was called off (its reason in the notes); every other row
  is one boat's entry. A finisher has a number in Place ("1" / "1st"); DNF, DNS, RET (Retired / rtd), OCS and
  DSQ are not finishes. Elapsed time is the Elapsed column ("45:12", "1:02:33", "45m 12s") or, when it is
  blank, Finish minus Start. Helms are grouped by name (initials and short forms matched to the full name);
  classes by spelling (Laser = ILCA 7, Radial = ILCA 6...). Boats are matched to the register on the digits
  of the sail number ("GBR 206781" = 206781); PY and crew type come from the register only.
- Royalties: month from any of its four spellings; stores by spelling (Amazon.co.uk / UK / Amazon UK ...);
  ebook = Kindle / eBook, paperback = Paperback / PB / Print; "Units sold" is before refunds; pounds are the
  "Royalty (GBP)" column; books matched to the title list on the ASIN / ISBN with hyphens removed.
- Lambing: a ewe "lambed" when Lambs is a number of 1 or more (or single / twins / triplets...); barren
  (0 / empty / barren), aborted and dead-before-lambing ewes did not lamb; Alive "both" / "all" = all of
  them, "none" = 0; Sex letters or words per lamb; weights are the live lambs' weights; assisted = Y / yes /
  pulled / "Y - ..."; dates day-first, "10 Mar" takes the season's year.
- Farrier: work grouped by wording (full set / F/S / 4 new shoes / hot shod; fronts (with or without a trim of
  the hinds); trim; remedial; reset / refit; lost shoe; call-out where the horse was not caught; cancelled
  rows have no work or say "Cancelled"); a horse is its name (case and spaces ignored) at its yard.
- Wedding: coming = Yes / Y / Coming! / Accepted; declined = No / N / Declined / can't make it / no - abroad;
  anything else (blank, ?, chased, waiting) = not replied. A child is a guest with an age written.
"""

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
ARGS = set(sys.argv[1:])
DEBUG = "--debug" in ARGS
COLLECT = "--collect" in ARGS
FAILS = []
QUESTIONS = []

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def read(name):
    with open(DATA / name, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def fail(msg):
    if COLLECT:
        FAILS.append(msg)
    else:
        raise SystemExit(f"guard failed: {msg}")


def debug(what, ranking):
    if DEBUG:
        print(f"  [{what}]", ", ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}"
                                       for k, v in ranking[:6]))


def top(scores, what, margin=0.05, lowest=False):
    """The key with the highest (lowest) value; it must lead the next by more than margin (relative)."""
    ranking = sorted(scores.items(), key=lambda kv: (kv[1] if lowest else -kv[1]))
    debug(what, ranking)
    best, nxt = ranking[0], ranking[1]
    if lowest:
        ok = nxt[1] > best[1] * (1 + margin)
    else:
        ok = best[1] > nxt[1] * (1 + margin)
    if not ok:
        fail(f"{what}: {best} does not lead {nxt} by {margin:.0%}")
    return best[0]


def alone(scores, what, gap=0):
    """The key with the highest value, which must be strictly ahead of the next (by more than gap)."""
    ranking = sorted(scores.items(), key=lambda kv: -kv[1])
    debug(what, ranking)
    if not ranking[0][1] > ranking[1][1] + gap:
        fail(f"{what}: {ranking[0]} not alone ahead of {ranking[1]}")
    return ranking[0][0]


def positive(x, what):
    if not x > 0:
        fail(f"{what}: {x} is not positive")
    return x


def same(a, b, what):
    if a != b:
        fail(f"{what}: {a!r} != {b!r}")


def r6(x):
    x = round(float(x), 6)
    return int(x) if x == int(x) else x


def add(dataset, question, truth, note):
    QUESTIONS.append({"dataset": dataset, "id": f"s39-{len(QUESTIONS) + 1:03d}", "question": question,
                      "truth": truth, "note": note})


def money(s):
    """£1,234.50 / -£2.05 / 45.60 / $8.10 / CA$3.20 -> float; None when not a number."""
    t = s.strip().replace(",", "").replace(" ", "")
    neg = t.startswith("-")
    t = t.lstrip("-")
    t = re.sub(r"^(CA\$|A\$|\$|£|€)", "", t)
    if not re.fullmatch(r"\d+(\.\d+)?", t):
        return None
    v = float(t)
    return -v if neg else v


def intval(s):
    t = s.strip().replace(",", "")
    return int(t) if re.fullmatch(r"\d+", t) else None


def month_labels(y, m, bare=False):
    out = [f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {y}", f"{y}-{m:02d}"]
    if bare:
        out.append(MONTHS[m - 1])
    return out


def day_labels(d):
    return [f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
            f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
            f"{d.day}{'st' if d.day in (1, 21, 31) else 'nd' if d.day in (2, 22) else 'rd' if d.day in (3, 23) else 'th'} {MONTHS[d.month - 1]} {d.year}",
            d.isoformat(), d.strftime("%d/%m/%Y")]


def dmy_date(s, year=None):
    """dd/mm/yyyy, d/m/yy, 'Thu 18/01/2024', '10 Mar' (with year), yyyy-mm-dd."""
    t = s.strip()
    t = re.sub(r"^[A-Za-z]{3}\s+", "", t) if re.match(r"^[A-Za-z]{3}\s+\d", t) and "/" in t else t
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", t)
    if m:
        y = int(m.group(3))
        y = y + 2000 if y < 100 else y
        return date(y, int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", t)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]{3})", t)
    if m and year:
        return date(year, [x[:3] for x in MONTHS].index(m.group(2).title()) + 1, int(m.group(1)))
    return None


# ============================================================================================
# 1. Sailing club

RS = "race_results.csv"
BR = "boat_register.csv"

CLASS_OF = {
    "laser": "ILCA 7", "ilca 7": "ILCA 7", "ilca7": "ILCA 7", "laser std": "ILCA 7",
    "ilca 6": "ILCA 6", "radial": "ILCA 6", "laser radial": "ILCA 6", "ilca6": "ILCA 6",
    "solo": "Solo", "rs aero": "RS Aero 7", "aero 7": "RS Aero 7", "rs aero 7": "RS Aero 7", "aero": "RS Aero 7",
    "topper": "Topper", "comet": "Comet", "streaker": "Streaker", "rs200": "RS200", "rs 200": "RS200",
    "gp14": "GP14", "gp 14": "GP14", "wayfarer": "Wayfarer", "wayf": "Wayfarer", "enterprise": "Enterprise",
    "ent": "Enterprise", "mirror": "Mirror", "rs feva": "RS Feva XL", "feva": "RS Feva XL",
    "rs feva xl": "RS Feva XL", "feva xl": "RS Feva XL", "merlin": "Merlin Rocket", "merlin rocket": "Merlin Rocket",
}
CLASS_LABELS = {"ILCA 7": ["ILCA 7", "ILCA7", "Laser"], "ILCA 6": ["ILCA 6", "ILCA6", "Radial"],
                "RS Aero 7": ["RS Aero 7", "RS Aero", "Aero"], "RS200": ["RS200", "RS 200"],
                "GP14": ["GP14", "GP 14"], "RS Feva XL": ["RS Feva XL", "RS Feva", "Feva"],
                "Merlin Rocket": ["Merlin Rocket", "Merlin"]}
HELM_ALIASES = {"peter hughes": "pete hughes", "tom whittaker": "tom whitaker", "oliver grant": "olly grant",
                "rich vane": "richard vane"}


def clock(s):
    """'11:00' / '11.00' / '2pm' / '6.30pm' / '14:47:12' -> seconds after midnight."""
    t = s.strip().lower()
    m = re.fullmatch(r"(\d{1,2})(?:[.:](\d\d))?(?:[.:](\d\d))?\s*(am|pm)?", t)
    if not m:
        return None
    h = int(m.group(1))
    mi = int(m.group(2) or 0)
    se = int(m.group(3) or 0)
    if m.group(4) == "pm" and h < 12:
        h += 12
    if m.group(4) == "am" and h == 12:
        h = 0
    return h * 3600 + mi * 60 + se


def elapsed_seconds(row):
    e = row["Elapsed"].strip()
    if e:
        m = re.fullmatch(r"(\d+):(\d\d):(\d\d)", e)
        if m:
            return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
        m = re.fullmatch(r"(\d+):(\d\d)", e)
        if m:
            return int(m.group(1)) * 60 + int(m.group(2))
        m = re.fullmatch(r"(\d+)\s*m(?:in)?\s*(\d+)\s*s(?:ec)?", e)
        if m:
            return int(m.group(1)) * 60 + int(m.group(2))
        raise ValueError(e)
    return clock(row["Finish"]) - clock(row["Start"])


def load_sailing():
    rows = read(RS)
    names = set()
    for r in rows:
        if r["Helm"].strip():
            t = " ".join(r["Helm"].split()).lower()
            t = HELM_ALIASES.get(t, t)
            a, b = t.split(" ")
            if len(a) > 1 and len(b) > 1:
                names.add(t)

    def helm(s):
        t = " ".join(s.split()).lower()
        t = HELM_ALIASES.get(t, t)
        if t in names:
            return t.title()
        a, b = t.split(" ")
        if len(a) == 1:
            c = [n for n in names if n.split(" ")[1] == b and n[0] == a]
        else:
            c = [n for n in names if n.split(" ")[0] == a and n.split(" ")[1][0] == b]
        if len(c) != 1:
            raise ValueError(f"helm {s!r}: {c}")
        return c[0].title()

    races, entries, called_off = set(), [], []
    for r in rows:
        d = dmy_date(r["Date"])
        rno = int(re.sub(r"\D", "", r["Race"]))
        wed = "wed" in r["Series"].lower()
        if not r["Sail No"].strip():
            called_off.append(dict(date=d, race=rno, wed=wed, note=r["Notes"]))
            continue
        races.add((d, rno, wed))
        p = r["Place"].strip().upper()
        m = re.fullmatch(r"(\d+)(ST|ND|RD|TH)?", p)
        place = int(m.group(1)) if m else None
        code = None if m else {"RETIRED": "RET", "RTD": "RET"}.get(p, p)
        e = dict(date=d, race=rno, wed=wed, sail=int(re.sub(r"\D", "", r["Sail No"])),
                 cls=CLASS_OF[r["Class"].strip().lower()], helm=helm(r["Helm"]), place=place, code=code,
                 notes=r["Notes"], el=elapsed_seconds(r) if place else None)
        entries.append(e)
    reg = {}
    for r in read(BR):
        t = r["Type"].lower()
        reg[int(r["Sail No"])] = dict(py=int(r["PY"].strip()), double=("double" in t or "two" in t or "2" in t),
                                      year=(int(re.search(r"\d{4}", r["Year built"]).group())
                                            if re.search(r"\d{4}", r["Year built"]) else None),
                                      cls=r["Class"])
    return races, entries, called_off, reg


def sailing():
    races, E, off, reg = load_sailing()
    ds1, ds2 = [RS], [RS, BR]
    y = lambda e, yr: e["date"].year == yr  # noqa: E731

    n = len({(d, r) for (d, r, w) in races if d.year == 2024})
    add(ds1, "How many races did we actually sail in 2024, not counting any that were called off?",
        {"number": n, "unit": "races"},
        "Distinct date + race number in 2024 with at least one boat on the sheet; called-off races are the rows "
        "with no sail number.")

    n = sum(1 for o in off if "no wind" in o["note"].lower() or "calm" in o["note"].lower())
    add(ds1, "How many races were called off because there was no wind?", {"number": n, "unit": "races"},
        "Rows with no sail number whose note says no wind / flat calm (not the gales, the thunderstorm or the "
        "broken safety boat), both seasons.")

    wins = Counter(e["helm"] for e in E if e["place"] == 1)
    w = top(wins, "most wins")
    add(ds1, "Who has won the most races over the two seasons?", {"label": [w, w.split()[0] + " " + w.split()[1][0],
                                                                      w[0] + " " + w.split()[1]]},
        f"Count of Place 1 per helm (names grouped), 2024 and 2025: {w} {wins[w]}.")

    wins = Counter(e["helm"] for e in E if e["place"] == 1 and e["wed"] and y(e, 2025))
    w = top(wins, "most Wednesday wins 2025")
    add(ds1, "Who won the most Wednesday evening races in 2025?", {"label": [w, w[0] + " " + w.split()[1]]},
        f"Place 1 in the Wednesday series of 2025, per helm: {w} {wins[w]}.")

    n = sum(1 for e in E if e["place"] == 1 and y(e, 2024) and e["helm"] == "Sarah Booth")
    add(ds1, "How many races did Sarah Booth win in 2024?", {"number": n, "unit": "races"},
        "Place 1 rows in 2024 with Sarah Booth (any spelling: S Booth, Sarah B...) as helm.")

    fin = sum(1 for e in E if e["place"] and y(e, 2025))
    nr = len({(d, r) for (d, r, w) in races if d.year == 2025})
    add(ds1, "On average, how many boats finished each race in 2025?", {"number": r6(fin / nr), "unit": "boats"},
        f"Finishers (a number in Place) in 2025 / races sailed in 2025 ({fin} / {nr}).")

    c = Counter(e["cls"] for e in E)
    cd = Counter(e["cls"] for e in E if e["code"] != "DNS")
    w = top(c, "class entries")
    same(w, top(cd, "class entries without DNS"), "class with DNS or not")
    add(ds1, "Which class of boat had the most race entries over both seasons?", {"label": CLASS_LABELS.get(w, [w])},
        f"Boat rows per class, spellings grouped (Laser / ILCA 7 / Laser Std...): {w} {c[w]}.")

    n = sum(1 for e in E if y(e, 2024) and e["code"] in ("DNF", "RET"))
    add(ds1, "In 2024, how many times did a boat start a race but not finish it (did not finish or retired)?",
        {"number": n, "unit": "entries"}, "2024 rows with Place DNF or RET / Retired / rtd.")

    n = sum(1 for e in E if e["code"] == "OCS")
    add(ds1, "How many times was a boat over the line early at the start, across both seasons?",
        {"number": n, "unit": "entries"}, "Rows with Place OCS (any case).")

    els = [e["el"] for e in E if y(e, 2025) and not e["wed"] and e["cls"] == "ILCA 7" and e["place"]]
    add(ds1, "What was the average time the Lasers (ILCA 7s) took to finish the Sunday races in 2025, in minutes?",
        {"number": r6(sum(els) / len(els) / 60), "unit": "minutes"},
        f"Elapsed time (the Elapsed column, or Finish - Start when it is blank) of the {len(els)} ILCA 7 finishes "
        "in 2025's Sunday races, averaged, in minutes.")

    longest = {}
    for e in E:
        if e["place"]:
            longest[(e["helm"], e["date"], e["race"])] = e["el"]
    k = alone(longest, "longest elapsed", gap=30)
    add(ds1, "What was the longest time anyone took to finish a race, in minutes, and who was it?",
        {"number": r6(longest[k] / 60), "unit": "minutes", "label": [k[0], k[0][0] + " " + k[0].split()[1]]},
        f"Largest elapsed time of any finisher (both seasons): {k[0]} on {k[1]} race {k[2]}, "
        f"{longest[k]} seconds.")

    c = Counter(e["date"].month for e in E if y(e, 2024))
    m = top(c, "month entries 2024")
    add(ds1, "Which month of 2024 had the most race entries?", {"label": month_labels(2024, m, bare=True)},
        f"Boat rows per month of 2024: {MONTHS[m - 1]} {c[m]}.")

    h_all = {e["helm"] for e in E if y(e, 2025)}
    h_start = {e["helm"] for e in E if y(e, 2025) and e["code"] != "DNS"}
    same(len(h_all), len(h_start), "helms 2025 with or without DNS")
    add(ds1, "How many different people helmed a boat in at least one race in 2025?",
        {"number": len(h_all), "unit": "helms"},
        "Distinct helms on the 2025 rows, names grouped (initials and short forms matched to full names).")

    e25 = [e for e in E if y(e, 2025)]
    dbl = sum(1 for e in e25 if reg[e["sail"]]["double"])
    add(ds2, "Going by the boat register, what percentage of the 2025 race entries were two-person boats?",
        {"number": r6(100 * dbl / len(e25)), "unit": "%"},
        f"2025 boat rows whose sail number is a double-hander in the register (Type double / two-person / 2 person): "
        f"{dbl} of {len(e25)}.")

    rd, rn = date(2025, 9, 7), 2
    fin = sorted((e for e in E if e["date"] == rd and e["race"] == rn and e["place"]),
                 key=lambda e: e["el"] * 1000.0 / reg[e["sail"]]["py"])
    c1, c2 = (fin[0]["el"] * 1000.0 / reg[fin[0]["sail"]]["py"], fin[1]["el"] * 1000.0 / reg[fin[1]["sail"]]["py"])
    same((fin[0]["place"], fin[1]["place"]), (1, 2), "corrected order is the sheet's order")
    positive(c2 - c1, "winning margin")
    add(ds2, "Using the handicaps (PY) in the boat register, with corrected time = elapsed time x 1000 / PY, by how "
             "many seconds did the winner of race 2 on 7 September 2025 beat the boat in second place on corrected "
             "time?", {"number": r6(c2 - c1), "unit": "seconds"},
        f"Race 2 of 7 Sep 2025: {fin[0]['helm']} ({fin[0]['el']} s elapsed, PY {reg[fin[0]['sail']]['py']}) and "
        f"{fin[1]['helm']} ({fin[1]['el']} s, PY {reg[fin[1]['sail']]['py']}); corrected times {c1:.3f} and "
        f"{c2:.3f} s, unrounded.")

    raced25 = {e["sail"] for e in e25}
    n = sum(1 for s in reg if s not in raced25)
    same(raced25 <= set(reg), True, "every raced boat is on the register")
    add(ds2, "How many of the boats on the register didn't race at all in 2025?", {"number": n, "unit": "boats"},
        "Register rows whose sail number has no 2025 row on the results sheet (sail numbers matched on their "
        "digits, 'GBR 206781' = 206781).")

    old = [e for e in e25 if reg[e["sail"]]["year"] is not None and reg[e["sail"]]["year"] < 2000]
    same(all(reg[e["sail"]]["year"] is not None for e in e25), True, "every 2025 boat has a year")
    add(ds2, "Going by the year built in the register, how many 2025 race entries came from boats built before 2000?",
        {"number": len(old), "unit": "entries"},
        "2025 boat rows whose register year is before 2000 ('c.1998' / 'c. 1995' read as 1998 / 1995).")

    c = Counter(e["helm"] for e in E if y(e, 2024) and e["code"] != "DNS")
    cd = Counter(e["helm"] for e in E if y(e, 2024))
    w = top(c, "most races 2024")
    same(w, top(cd, "most races 2024 incl DNS"), "most races with DNS")
    add(ds1, "Who took part in the most races in 2024?", {"label": [w, w[0] + " " + w.split()[1]]},
        f"2024 rows per helm, leaving out DNS (the same with it): {w} {c[w]}.")

    n = sum(1 for e in E if "capsiz" in e["notes"].lower())
    add(ds1, "In how many race entries did someone capsize, going by the notes?", {"number": n, "unit": "entries"},
        "Boat rows whose note mentions a capsize ('capsized', 'Capsize at gybe mark', 'capsized, retired'...), "
        "both seasons.")

    def avg_fin(wed):
        rs = {(d, r) for (d, r, w) in races if d.year == 2024 and w == wed}
        f = sum(1 for e in E if y(e, 2024) and e["wed"] == wed and e["place"])
        return f / len(rs)
    diff = positive(avg_fin(False) - avg_fin(True), "sunday minus wednesday")
    add(ds1, "In 2024, how many more boats finished a Sunday race than a Wednesday evening race, on average?",
        {"number": r6(diff), "unit": "boats"},
        f"Finishers per race sailed: Sundays {avg_fin(False):.4f} - Wednesdays {avg_fin(True):.4f}.")

    c = Counter((e["date"], e["race"]) for e in E if y(e, 2025) and e["place"])
    ranking = sorted(c.items(), key=lambda kv: -kv[1])
    debug("most finishers 2025", ranking)
    tops = [k for k, v in ranking if v == ranking[0][1]]
    if len({k[0] for k in tops}) != 1:
        fail(f"most finishers 2025: tie across dates {tops}")
    d = tops[0][0]
    add(ds1, "Which 2025 race had the most boats finishing? Give its date.", {"label": day_labels(d)},
        f"Finishers per race (date + race number) in 2025: {ranking[0][0]} with {ranking[0][1]}.")

    c = Counter(e["cls"] for e in e25 if e["place"] == 1 and not reg[e["sail"]]["double"])
    w = top(c, "single-handed class wins 2025")
    add(ds2, "Going by the register, which single-handed class won the most races in 2025?",
        {"label": CLASS_LABELS.get(w, [w])},
        f"2025 wins (Place 1) by boats that the register lists as single-handers, per class: {w} {c[w]}.")

    ps = [e["place"] for e in e25 if e["wed"] and e["helm"] == "Tom Whitaker" and e["place"]]
    add(ds1, "What was Tom Whitaker's average finishing position in the Wednesday evening races he finished in 2025?",
        {"number": r6(sum(ps) / len(ps)), "unit": "place"},
        f"Mean of Place over his {len(ps)} Wednesday finishes in 2025 (DNF / OCS... left out).")


# ============================================================================================
# 2. Royalties

RY = "royalties.csv"
TT = "titles.csv"
BOOKS = ["Death at the Old Mill", "A Body in the Boathouse", "A Fenwick Christmas", "Murder on the Moors",
         "The Vicarage Poisoner", "The Lighthouse Keeper's Daughter", "Bones in the Bluebells", "Low Tide"]


def store(s):
    t = s.strip().lower()
    if "co.uk" in t or t in ("uk", "amazon uk"):
        return "UK"
    if ".com.au" in t or t in ("au", "australia"):
        return "AU"
    if ".ca" in t or t in ("ca", "canada"):
        return "CA"
    if ".de" in t or t in ("de", "germany"):
        return "DE"
    if t.endswith(".com") or t in ("us", "usa"):
        return "US"
    raise ValueError(s)


def month_of(s):
    t = s.strip()
    m = re.fullmatch(r"(\d{4})-(\d\d)", t)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = re.fullmatch(r"(\d\d)/(\d{4})", t)
    if m:
        return int(m.group(2)), int(m.group(1))
    m = re.fullmatch(r"([A-Za-z]+) (\d{4})", t)
    return int(m.group(2)), [x[:3] for x in MONTHS].index(m.group(1)[:3].title()) + 1


def book_of(s):
    t = s.strip()
    t = re.split(r" \(|: A Novel", t, flags=re.I)[0].strip().lower()
    for b in BOOKS:
        if b.lower() == t:
            return b
    raise ValueError(s)


def load_royalties():
    out = []
    for r in read(RY):
        y, m = month_of(r["Month"])
        f = r["Format"].lower()
        fmt = "ebook" if ("kindle" in f or "ebook" in f) else "pb"
        out.append(dict(y=y, m=m, book=book_of(r["Title"]), id=r["ASIN / ISBN"].replace("-", "").strip(),
                        store=store(r["Marketplace"]), fmt=fmt, units=intval(r["Units sold"]),
                        ref=intval(r["Units refunded"]), kenp=intval(r["KENP read"]) or 0,
                        native=money(r["Royalty"]), cur=r["Currency"].strip(), gbp=money(r["Royalty (GBP)"]),
                        notes=r["Notes"]))
    titles = {}
    for r in read(TT):
        d = r["Published"].strip()
        pub = dmy_date(d)
        titles[r["ASIN / ISBN"].replace("-", "").strip()] = dict(
            series=("" if r["Series"].strip() in ("", "-", "Standalone") else r["Series"].strip()),
            book=r["Book"].strip(), pub=pub)
    return out, titles


def royalties():
    R, T = load_royalties()
    ds1, ds2 = [RY], [RY, TT]

    tot = sum(r["gbp"] for r in R if r["y"] == 2024)
    add(ds1, "How much did I earn in royalties in 2024, in pounds?", {"number": r6(tot), "unit": "£"},
        "Sum of Royalty (GBP) over the 2024 months (negative lines included).")

    c = defaultdict(float)
    for r in R:
        c[r["book"]] += r["gbp"]
    b = top(c, "book by earnings")
    add(ds1, "Which book has earned me the most over the whole sheet, ebook and paperback together (in pounds)?",
        {"label": [b]}, f"Royalty (GBP) per book (titles grouped with or without the series suffix): {b} "
                        f"£{c[b]:.2f}.")

    n = sum(r["units"] - r["ref"] for r in R if r["y"] == 2024 and r["fmt"] == "pb")
    add(ds1, "How many paperbacks did I sell in 2024, after taking off refunds?", {"number": n, "unit": "copies"},
        "Units sold - Units refunded on the 2024 paperback rows (Paperback / PB / Print).")

    n = sum(r["kenp"] for r in R if r["y"] == 2024)
    add(ds1, "How many Kindle Unlimited pages were read in 2024?", {"number": n, "unit": "pages"},
        "Sum of KENP read over the 2024 rows.")

    c = defaultdict(float)
    for r in R:
        c[(r["y"], r["m"])] += r["gbp"]
    k = top(c, "best month", margin=0.03)
    add(ds1, "Which month brought in the most royalties, in pounds?", {"label": month_labels(*k)},
        f"Royalty (GBP) per month: {MONTHS[k[1] - 1]} {k[0]} £{c[k]:.2f}.")

    us = sum(r["gbp"] for r in R if r["y"] == 2024 and r["store"] == "US")
    add(ds1, "What share of my 2024 royalties (in pounds) came from Amazon.com, the US store?",
        {"number": r6(100 * us / tot), "unit": "%"}, f"US Royalty (GBP) in 2024 / all 2024 Royalty (GBP).")

    n = sum(r["gbp"] for r in R if r["y"] == 2024 and r["m"] == 10 and r["book"] == "Bones in the Bluebells")
    add(ds1, "How much did Bones in the Bluebells earn in its launch month, October 2024, in pounds "
             "(ebook and paperback, every store)?", {"number": r6(n), "unit": "£"},
        "Royalty (GBP) of the October 2024 rows of Bones in the Bluebells.")

    fen = sum(r["gbp"] for r in R if r["y"] == 2024 and T[r["id"]]["series"].lower().endswith("fenwick mysteries"))
    add(ds2, "Going by the series in my title list, how much did the Fenwick Mysteries earn in 2024, in pounds?",
        {"number": r6(fen), "unit": "£"},
        "2024 Royalty (GBP) of rows whose ASIN / ISBN is listed with series Fenwick Mysteries (The Fenwick "
        "Mysteries / Fenwick mysteries), the Christmas novella (book 2.5) included.")

    n = sum(r["gbp"] for r in R if T[r["id"]]["series"] == "")
    add(ds2, "How much have the books that aren't part of any series earned in total, in pounds?",
        {"number": r6(n), "unit": "£"},
        "Royalty (GBP), whole sheet, of rows whose ASIN / ISBN has no series in the title list ('-', "
        "'Standalone' or blank).")

    n = sum(r["ref"] for r in R if r["fmt"] == "ebook")
    add(ds1, "How many ebooks were refunded over the whole sheet?", {"number": n, "unit": "copies"},
        "Sum of Units refunded on the ebook rows (Kindle / eBook / Kindle eBook).")

    rows = [r for r in R if r["y"] == 2024 and r["fmt"] == "pb" and r["store"] == "UK"]
    v = sum(r["gbp"] for r in rows) / sum(r["units"] - r["ref"] for r in rows)
    add(ds1, "On Amazon UK in 2024, what did I make per paperback on average, in pounds (royalties divided by "
             "copies sold after refunds)?", {"number": r6(v), "unit": "£"},
        "UK 2024 paperback rows: sum of Royalty (GBP) / sum of (Units sold - Units refunded).")

    h1 = lambda yr: sum(r["gbp"] for r in R if r["y"] == yr and r["m"] <= 6)  # noqa: E731
    d = positive(h1(2025) - h1(2024), "H1 growth")
    add(ds1, "How much more did I earn in January to June 2025 than in January to June 2024, in pounds?",
        {"number": r6(d), "unit": "£"}, f"Royalty (GBP) Jan-Jun 2025 {h1(2025):.2f} - Jan-Jun 2024 {h1(2024):.2f}.")

    c = defaultdict(float)
    for r in R:
        if r["y"] == 2024 and r["store"] not in ("UK", "US"):
            c[r["store"]] += r["gbp"]
    s = top(c, "third store 2024")
    lab = {"AU": ["Australia", "Amazon.com.au", "AU"], "CA": ["Canada", "Amazon.ca", "CA"],
           "DE": ["Germany", "Amazon.de", "DE"]}[s]
    add(ds1, "Apart from the UK and US stores, which Amazon store earned me the most in 2024, in pounds?",
        {"label": lab}, f"2024 Royalty (GBP) per store other than UK and US: {s} £{c[s]:.2f}.")

    n = sum(r["gbp"] for r in R if T[r["id"]]["pub"] >= date(2024, 1, 1))
    same(sorted({r["book"] for r in R if T[r["id"]]["pub"] >= date(2024, 1, 1)}),
         ["Bones in the Bluebells", "Low Tide"], "books published 2024+")
    add(ds2, "Going by the publication dates in my title list, how much have the books published in 2024 or later "
             "earned in total, in pounds?", {"number": r6(n), "unit": "£"},
        "Royalty (GBP), whole sheet, of rows whose ASIN / ISBN has a Published date on or after 1 Jan 2024 "
        "(Bones in the Bluebells and Low Tide, ebook and paperback).")

    n = sum(r["units"] - r["ref"] for r in R if r["y"] == 2025 and r["m"] <= 6 and T[r["id"]]["book"] == "1")
    add(ds2, "How many copies of the first book of each series did I sell in January to June 2025, ebook and "
             "paperback, after refunds? Use the book numbers in my title list.",
        {"number": n, "unit": "copies"},
        "Jan-Jun 2025 rows whose ASIN / ISBN has Book 1 in the title list (Death at the Old Mill, Low Tide): "
        "Units sold - Units refunded.")

    c = defaultdict(float)
    for r in R:
        if r["y"] == 2024 and r["book"] == "A Fenwick Christmas":
            c[r["m"]] += r["gbp"]
    m = top(c, "christmas month 2024")
    add(ds1, "In which month of 2024 did A Fenwick Christmas earn the most?", {"label": month_labels(2024, m, True)},
        f"Royalty (GBP) of the novella per month of 2024: {MONTHS[m - 1]} £{c[m]:.2f}.")

    n = sum(r["kenp"] for r in R if r["book"] == "Murder on the Moors")
    add(ds1, "How many Kindle Unlimited pages of Murder on the Moors have been read, over the whole sheet?",
        {"number": n, "unit": "pages"}, "Sum of KENP read on the Murder on the Moors rows.")

    n = 0
    for r in R:
        for mm in re.finditer(r"([\d,]+)\s+(?:free\s+)?downloads", r["notes"], re.I):
            n += int(mm.group(1).replace(",", ""))
    add(ds1, "How many free copies were downloaded during my free promotions, altogether?",
        {"number": n, "unit": "downloads"}, "Sum of the download counts written in the notes of the free-promo rows "
                                            "('Free promo 5 days - 2,341 free downloads', 'FREE promo: 1,180 "
                                            "downloads'); they are not in Units sold.")

    c = Counter()
    for r in R:
        if r["y"] == 2024:
            c[r["book"]] += r["ref"]
    b = top(c, "most refunds 2024")
    add(ds1, "Which book had the most refunds in 2024, ebook and paperback together?", {"label": [b]},
        f"Units refunded per book in 2024: {b} {c[b]}.")

    n = sum(r["native"] for r in R if r["y"] == 2024 and r["store"] == "DE")
    same({r["cur"] for r in R if r["store"] == "DE"}, {"EUR"}, "DE in euros")
    add(ds1, "How much did I earn on Amazon.de in 2024, in euros?", {"number": r6(n), "unit": "€"},
        "Sum of the Royalty column (in EUR) on the 2024 Amazon.de / DE / Germany rows.")

    n = sum(1 for r in R if r["gbp"] < 0)
    same(n, sum(1 for r in R if r["native"] < 0), "negative lines both columns")
    add(ds1, "How many lines on the sheet show a negative royalty?", {"number": n, "unit": "lines"},
        "Rows whose Royalty (and Royalty (GBP)) is below zero (refunds with no sales that month).")

    e = sum(r["gbp"] for r in R if r["y"] == 2024 and r["fmt"] == "ebook")
    p = sum(r["gbp"] for r in R if r["y"] == 2024 and r["fmt"] == "pb")
    positive(e - p, "ebook over paperback")
    add(ds1, "In 2024, which earned more in pounds, ebooks or paperbacks, and by how much?",
        {"label": ["ebook", "ebooks", "e-books", "e-book", "Kindle"], "number": r6(e - p), "unit": "£"},
        f"2024 Royalty (GBP): ebooks {e:.2f}, paperbacks {p:.2f}; the difference.")


# ============================================================================================
# 3. Lambing

LB = "lambing.csv"
LITTER = {"single": 1, "s": 1, "twins": 2, "twin": 2, "tw": 2, "triplets": 3, "trips": 3, "tr": 3, "quads": 4,
          "empty": 0, "e": 0, "barren": 0}


def breed_of(s):
    t = s.strip().lower()
    if "welsh" in t or t.startswith("w mule"):
        return "Welsh Mule"
    if "mule" in t or t == "ncm":
        return "North Country Mule"
    if t.startswith("tex"):
        return "Texel cross"
    if t.startswith("suff"):
        return "Suffolk cross"
    if t.startswith("jacob"):
        return "Jacob"
    raise ValueError(s)


def tup_of(s):
    t = s.lower()
    for k in ("ted", "charlie", "bruno"):
        if k in t:
            return k.title()
    raise ValueError(s)


def lamb_time(s):
    t = s.strip().lower()
    m = re.fullmatch(r"(\d{1,2})[:.](\d\d)(am|pm)?", t) or re.fullmatch(r"(\d{1,2})()(am|pm)", t)
    if m:
        h = int(m.group(1))
        mi = int(m.group(2) or 0)
        if m.group(3) == "pm" and h < 12:
            h += 12
        if m.group(3) == "am" and h == 12:
            h = 0
        return h * 60 + mi
    m = re.fullmatch(r"(\d\d)(\d\d)", t)
    if m:
        return int(m.group(1)) * 60 + int(m.group(2))
    return None


def load_lambing():
    out = []
    for r in read(LB):
        season = int(r["Season"].strip()[-4:])
        lt = r["Lambs"].strip().lower()
        if lt == "":
            status, k = "died", 0
        elif lt == "aborted":
            status, k = "aborted", 0
        else:
            k = int(lt) if lt.isdigit() else LITTER[lt]
            status = "lambed" if k >= 1 else "barren"
        at = r["Alive"].strip().lower()
        alive = (k if at in ("both", "all") else 0 if at in ("none", "") else int(at)) if status == "lambed" else 0
        st = r["Scanned"].strip().lower()
        scan = int(st) if st.isdigit() else LITTER[st]
        sx = r["Sex"].strip()
        words = re.findall(r"[A-Za-z]+", sx)
        sexes = []
        for w in words:
            wl = w.lower()
            if wl in ("ram", "ewe"):
                sexes.append(wl[0].upper() if wl == "ram" else "E")
            elif re.fullmatch(r"[REre]+", w):
                sexes.extend(w.upper())
            else:
                raise ValueError(sx)
        ws = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", r["Birth wt (kg)"])]
        a = r["Assisted"].strip().lower()
        assisted = a.startswith("y") or a == "pulled"
        out.append(dict(season=season, ewe=int(r["Ewe"].strip()), breed=breed_of(r["Breed"]), age=r["Age"].strip(),
                        tup=tup_of(r["Tup"]), scan=scan, date=dmy_date(r["Date"], season) if r["Date"].strip() else None,
                        time=lamb_time(r["Time"]), time_txt=r["Time"].strip(), status=status, k=k, alive=alive,
                        sexes=sexes, ws=ws, assisted=assisted, notes=r["Notes"]))
    return out


def lambing():
    L = load_lambing()
    ds = [LB]
    lam = lambda s: [x for x in L if x["season"] == s and x["status"] == "lambed"]  # noqa: E731
    for x in L:
        if x["status"] == "lambed" and x["sexes"] and len(x["sexes"]) != x["k"]:
            fail(f"sexes vs lambs {x}")
        if x["ws"] and len(x["ws"]) != x["alive"]:
            fail(f"weights vs alive {x}")

    n = sum(x["alive"] for x in lam(2025))
    add(ds, "How many lambs were born alive in 2025?", {"number": n, "unit": "lambs"},
        "Sum of Alive over the 2025 lambings ('both' / 'all' = every lamb, 'none' = 0).")

    l24 = lam(2024)
    v = sum(x["alive"] for x in l24) / len(l24)
    add(ds, "In 2024, how many live lambs did we get per ewe that gave birth? Leave out the ewes that were empty, "
            "aborted or died before lambing.", {"number": r6(v), "unit": "lambs per ewe"},
        f"Live lambs / ewes that lambed in 2024 ({sum(x['alive'] for x in l24)} / {len(l24)}).")

    n = sum(1 for x in L if x["status"] == "lambed" and x["k"] == 3)
    add(ds, "How many sets of triplets were born over the two years?", {"number": n, "unit": "sets"},
        "Lambings with 3 lambs (3 / triplets / trips), both seasons (quads are not triplets).")

    n = sum(1 for x in lam(2025) if x["assisted"])
    add(ds, "How many ewes needed help lambing in 2025?", {"number": n, "unit": "ewes"},
        "2025 lambings with Assisted Y / yes / pulled / 'Y - leg back' / 'Yes - big lamb'; N / no / - / blank "
        "are unassisted.")

    c = Counter()
    for x in lam(2025):
        c[x["tup"]] += x["alive"]
    t = top(c, "tup live lambs 2025")
    add(ds, "Which tup fathered the most live lambs in 2025?", {"label": [t]},
        f"Live lambs per tup (Ted / Big Ted / Ted (Texel)...), 2025: {t} {c[t]}.")

    c, n = Counter(), Counter()
    for x in L:
        if x["status"] == "lambed":
            c[x["breed"]] += x["k"]
            n[x["breed"]] += 1
    ratio = {b: c[b] / n[b] for b in c}
    b = top(ratio, "breed lambs per ewe, lowest", lowest=True)
    lab = {"North Country Mule": ["North Country Mule", "NC Mule"], "Welsh Mule": ["Welsh Mule"],
           "Texel cross": ["Texel"], "Suffolk cross": ["Suffolk"], "Jacob": ["Jacob"]}[b]
    add(ds, "Over both years, which breed of ewe had the fewest lambs per ewe that lambed, counting lambs born "
            "alive or dead?", {"label": lab},
        f"Lambs born / ewes that lambed per breed (Mule / NC Mule / NCM = North Country Mule; Welsh Mule apart; "
        f"Texel X / TexX = Texel cross...): {b} {ratio[b]:.3f}.")

    ws = [w for x in lam(2025) if x["k"] == 1 for w in x["ws"]]
    add(ds, "What was the average birth weight of the single lambs in 2025, in kg?",
        {"number": r6(sum(ws) / len(ws)), "unit": "kg"},
        f"Mean of the weights written for 2025 singles ({len(ws)} weighed; blank / '?' left out).")

    s1 = [w for x in lam(2024) if x["k"] == 1 for w in x["ws"]]
    s2 = [w for x in lam(2024) if x["k"] == 2 for w in x["ws"]]
    d = positive(sum(s1) / len(s1) - sum(s2) / len(s2), "single heavier")
    add(ds, "In 2024, how much heavier were single lambs than twins at birth, on average, in kg?",
        {"number": r6(d), "unit": "kg"},
        f"Mean weight of 2024 singles ({len(s1)}) - mean weight of 2024 twin lambs ({len(s2)} weighed).")

    c = Counter(x["date"] for x in lam(2025))
    d = top(c, "busiest day 2025", margin=0.1)
    add(ds, "On which day did the most ewes lamb in 2025?", {"label": day_labels(d)},
        f"Lambings per date in 2025: {d} with {c[d]}.")

    n = sum(1 for x in L if x["season"] == 2024 and x["scan"] == 0)
    add(ds, "How many ewes scanned empty in 2024?", {"number": n, "unit": "ewes"},
        "2024 rows with Scanned 0 / empty / Empty / E.")

    n = sum(1 for x in lam(2025) if x["scan"] != x["k"])
    add(ds, "In 2025, how many of the ewes that lambed had a different number of lambs from what the scanner said?",
        {"number": n, "unit": "ewes"}, "2025 lambings where Scanned (2 / twins / Tw...) differs from Lambs.")

    l25 = lam(2025)
    born = sum(x["k"] for x in l25)
    dead = sum(x["k"] - x["alive"] for x in l25)
    add(ds, "What percentage of the lambs born in 2025 were born dead?", {"number": r6(100 * dead / born), "unit": "%"},
        f"(Lambs - Alive) / Lambs over the 2025 lambings: {dead} / {born}.")

    n = sum(x["sexes"].count("E") for x in lam(2024))
    add(ds, "Going by the sexes written down, how many ewe lambs were born in 2024, alive or dead?",
        {"number": n, "unit": "lambs"}, "Count of E / ewe in the Sex column over 2024 (blank sexes left out).")

    e24 = {x["ewe"] for x in lam(2024)}
    e25 = {x["ewe"] for x in lam(2025)}
    add(ds, "How many ewes lambed in both 2024 and 2025?", {"number": len(e24 & e25), "unit": "ewes"},
        "Ewe numbers (leading zeros and spaces ignored: 0154 = 154) that lambed in both seasons.")

    ts = [x["time"] for x in l25 if x["time"] is not None]
    for t in ts:
        if t in (6 * 60, 22 * 60):
            fail("a lambing exactly at 06:00 or 22:00")
    night = sum(1 for t in ts if t >= 22 * 60 or t < 6 * 60)
    add(ds, "Of the 2025 lambings with a clock time written down, what percentage happened between 10pm and 6am?",
        {"number": r6(100 * night / len(ts)), "unit": "%"},
        f"Times '02:30' / '2.30am' / '11pm' / '0230' read as clock times ('morning', 'eve', 'overnight', blank "
        f"left out): {night} of {len(ts)} at 22:00-05:59.")

    n = sum(1 for x in L if re.search(r"foster|set one on|adopted", x["notes"], re.I))
    add(ds, "How many lambs were fostered onto another ewe over the two years?", {"number": n, "unit": "lambs"},
        "Notes saying '1 fostered onto 0152' / 'set one on to 152' / 'one adopted by 152' / '1 lamb fostered on "
        "152' (one lamb each).")

    ds24 = [x["date"] for x in lam(2024)]
    add(ds, "How many days were there between the first and the last lambing of 2024?",
        {"number": (max(ds24) - min(ds24)).days, "unit": "days"},
        f"Last 2024 lambing date {max(ds24)} - first {min(ds24)} (the aborted ewe's date is not a lambing).")

    sh = [x for x in l25 if x["age"].lower() in ("shearling", "1st timer")]
    if any(x["age"] == "2" for x in L):
        fail("an age of 2 (a shearling written as a number)")
    add(ds, "How many shearlings (first-time lambers) lambed in 2025, and how many live lambs did they have?",
        {"numbers": [len(sh), sum(x["alive"] for x in sh)], "unit": ""},
        "2025 lambings with Age shearling / Shearling / 1st timer; their Alive summed.")

    n = sum(1 for x in L if x["status"] == "died")
    add(ds, "How many ewes died before lambing, over the two years?", {"number": n, "unit": "ewes"},
        "Rows with no lambs whose note says the ewe died.")

    n = sum(x["alive"] for x in L if x["status"] == "lambed" and x["tup"] == "Ted")
    add(ds, "How many live lambs did Ted's ewes have, over both years?", {"number": n, "unit": "lambs"},
        "Alive summed over lambings with Tup Ted / TED / Big Ted / Ted (Texel) / ted.")

    tw = sum(1 for x in l24 if x["k"] == 2)
    add(ds, "What share of the ewes that lambed in 2024 had twins?", {"number": r6(100 * tw / len(l24)), "unit": "%"},
        f"2024 lambings with 2 lambs / all 2024 lambings ({tw} / {len(l24)}).")


# ============================================================================================
# 4. Farrier

FV = "farrier_visits.csv"


def yard_of(s):
    t = s.strip().lower().replace(" ", "")
    for key, name in (("oakfield", "Oakfield Livery"), ("hilltop", "Hill Top Farm"), ("brook", "Brook House Stables"),
                      ("willow", "Willow Tree Equestrian"), ("moss", "Moss Lane"), ("greenacres", "Greenacres Riding School"),
                      ("lowbarn", "Low Barn"), ("fell", "Fellside"), ("church", "Church Farm"), ("kirkby", "Kirkby Grange")):
        if key in t:
            return name
    raise ValueError(s)


def work_of(s):
    t = s.strip().lower()
    if t in ("", "-", "cancelled"):
        return "cancelled"
    if "front" in t:
        return "fronts"
    if "full set" in t or t == "f/s" or "new shoes" in t or "new set" in t:
        return "full"
    if "trim" in t:
        return "trim"
    if "remedial" in t:
        return "remedial"
    if "reset" in t or "refit" in t:
        return "reset"
    if "lost" in t or "1 shoe" in t:
        return "lost"
    if "not caught" in t or "not in" in t:
        return "notcaught"
    raise ValueError(s)


OWED = {"owes", "not paid", "unpaid", "owed"}


def load_farrier():
    out = []
    for r in read(FV):
        d = dmy_date(r["Date"])
        work = work_of(r["Work done"])
        p = r["Price"].strip().lower()
        price = 0.0 if p in ("foc", "n/c", "no charge") else money(r["Price"]) if p not in ("", "-") else None
        mi = re.match(r"\d+", r["Miles"].strip())
        out.append(dict(date=d, yard=yard_of(r["Yard"]), horse=r["Horse"].strip().title(), work=work, price=price,
                        paid=r["Paid"].strip().lower(), miles=int(mi.group()) if mi else 0, notes=r["Notes"]))
    return out


def farrier():
    F = load_farrier()
    ds = [FV]
    DONE = ("full", "fronts", "trim", "remedial", "reset", "lost")
    done = [x for x in F if x["work"] in DONE]
    y = lambda x, yr: x["date"].year == yr  # noqa: E731

    n = sum(x["price"] or 0 for x in F if y(x, 2024))
    add(ds, "How much did I charge in 2024 altogether, paid or not?", {"number": r6(n), "unit": "£"},
        "Sum of Price over the 2024 rows (FOC / n/c / no charge = 0; cancelled rows have none), owed jobs included.")

    n = sum(1 for x in F if y(x, 2025) and x["work"] == "full")
    add(ds, "How many standard full sets did I do in January to June 2025? Don't count resets, remedial shoeing "
            "or fronts only.", {"number": n, "unit": "full sets"},
        "2025 rows whose work is a full set (Full set / F/S / full set / 4 new shoes / Full set hot shod / New set "
        "all round).")

    n = sum(1 for x in F if y(x, 2024) and x["work"] == "trim")
    add(ds, "How many trim-only jobs (no shoes at all) did I do in 2024?", {"number": n, "unit": "trims"},
        "2024 rows whose work is Trim / trim / Barefoot trim / trim only (fronts with the hinds trimmed are "
        "fronts).")

    def avg_full(yr):
        ps = [x["price"] for x in F if y(x, yr) and x["work"] == "full" and x["price"]]
        return sum(ps) / len(ps)
    d = positive(avg_full(2025) - avg_full(2024), "full set rise")
    add(ds, "By how much did my average price for a full set go up from 2024 to 2025?",
        {"number": r6(d), "unit": "£"},
        f"Mean Price of charged full sets (free ones left out): 2025 {avg_full(2025):.4f} - 2024 "
        f"{avg_full(2024):.4f}.")

    rows = Counter(x["yard"] for x in done)
    horses = defaultdict(set)
    for x in done:
        horses[x["yard"]].add(x["horse"])
    w = top(rows, "yard by horses done")
    same(w, top({k: len(v) for k, v in horses.items()}, "yard by distinct horses", margin=0.0), "yard by visits or horses")
    add(ds, "Which yard gives me the most work, by the number of horses shod or trimmed there?", {"label": [w]},
        f"Rows with a horse shod or trimmed per yard (spellings grouped): {w} {rows[w]}; it also has the most "
        "different horses.")

    c = defaultdict(float)
    for x in F:
        if y(x, 2024) and x["price"]:
            c[x["yard"]] += x["price"]
    w = top(c, "yard takings 2024")
    add(ds, "Which yard brought in the most money in 2024?", {"label": [w]},
        f"Sum of 2024 Price per yard: {w} £{c[w]:.2f}.")

    n = sum(x["price"] for x in F if x["paid"] in OWED and x["price"])
    add(ds, "How much am I still owed?", {"number": r6(n), "unit": "£"},
        "Sum of Price on rows whose Paid says owes / OWES / owed / not paid / unpaid.")

    c = Counter(x["date"] for x in done)
    d = alone(c, "busiest day", gap=0)
    add(ds, "What was my busiest day, by the number of horses I shod or trimmed, and how many was it?",
        {"label": day_labels(d), "number": c[d], "unit": "horses"},
        f"Rows per date with a horse shod or trimmed (no cancellations or not-caught call-outs): {d} {c[d]}.")

    n = sum(1 for x in F if x["work"] == "cancelled")
    add(ds, "How many horse appointments were cancelled, for any reason?", {"number": n, "unit": "appointments"},
        "Rows with no work or 'Cancelled' (snow, lame horses, owner away).")

    ch = [x for x in F if y(x, 2024) and x["price"]]
    cash = sum(1 for x in ch if "cash" in x["paid"])
    add(ds, "What percentage of the jobs I charged for in 2024 were paid in cash?",
        {"number": r6(100 * cash / len(ch)), "unit": "%"},
        f"2024 rows with a Price above 0: Paid cash / Cash / '£ cash' {cash} of {len(ch)} (owed jobs in the "
        "denominator).")

    n = sum(x["miles"] for x in F if y(x, 2024))
    add(ds, "How many miles did I drive to yards in 2024?", {"number": n, "unit": "miles"},
        "Sum of Miles over the 2024 rows ('12' / '12 mi' / '12 miles'; the other horses of a visit are blank).")

    n = sum(1 for x in F if x["work"] == "lost")
    add(ds, "How many lost shoes did I put back on over the whole period?", {"number": n, "unit": "shoes"},
        "Rows whose work is Lost shoe / Replace lost shoe / '1 shoe - lost LF' / 'lost shoe RH'.")

    c = Counter((x["horse"], x["yard"]) for x in done)
    merged = Counter(x["horse"] for x in done)
    k = top(c, "horse most seen")
    same(k[0], alone(merged, "horse name most seen"), "horse by name or by name and yard")
    add(ds, "Which horse did I see most often?", {"label": [k[0]]},
        f"Rows with a horse shod or trimmed per horse (name, case and spaces ignored, at its yard): {k[0]} at "
        f"{k[1]} {c[k]}; the same if horses of the same name at different yards are merged.")

    hs = {x["horse"] for x in done if x["yard"] == "Oakfield Livery"}
    same(len(hs), len({x["horse"] for x in F if x["yard"] == "Oakfield Livery"}), "oakfield horses any row")
    add(ds, "How many different horses did I see at Oakfield Livery?", {"number": len(hs), "unit": "horses"},
        "Distinct horse names (case and trailing spaces ignored) on the Oakfield / Oakfield Livery rows.")

    d25 = [x for x in done if y(x, 2025)]
    v = len(d25) / len({x["date"] for x in d25})
    add(ds, "On average, how many horses did I shoe or trim per working day in 2025?",
        {"number": r6(v), "unit": "horses"},
        f"2025 rows with a horse shod or trimmed / distinct dates with at least one ({len(d25)} / "
        f"{len({x['date'] for x in d25})}).")

    c = defaultdict(float)
    for x in F:
        if y(x, 2024) and x["price"]:
            c[x["date"].month] += x["price"]
    m = top(c, "best month 2024")
    add(ds, "Which month of 2024 brought in the most money?",
        {"label": month_labels(2024, m, True)}, f"Sum of 2024 Price per month of the date: {MONTHS[m - 1]} "
                                                f"£{c[m]:.2f}.")

    n = sum(x["price"] for x in F if y(x, 2024) and x["work"] == "remedial")
    add(ds, "How much did remedial shoeing bring in during 2024?", {"number": r6(n), "unit": "£"},
        "Sum of Price on 2024 rows whose work says Remedial.")

    c = Counter(x["date"].weekday() for x in done)
    wd = top(c, "weekday")
    add(ds, "On which day of the week do I do the most horses?", {"label": [WEEKDAYS[wd]]},
        f"Rows with a horse done, per weekday of the date: {WEEKDAYS[wd]} {c[wd]}.")

    d24 = [x for x in F if y(x, 2024) and x["work"] in DONE + ("notcaught",)]
    v = sum(x["price"] or 0 for x in d24) / len({x["date"] for x in d24 if x["work"] in DONE})
    same({x["date"] for x in d24}, {x["date"] for x in d24 if x["work"] in DONE}, "call-outs only on working days")
    add(ds, "What did I take on average per working day in 2024, counting everything I charged?",
        {"number": r6(v), "unit": "£"},
        "Sum of 2024 Price (owed included) / distinct 2024 dates with at least one horse done.")

    n = sum(1 for x in F if x["price"] == 0)
    add(ds, "How many jobs did I do free of charge?", {"number": n, "unit": "jobs"},
        "Rows with Price FOC / n/c / no charge.")

    tr = sum(1 for x in d25 if x["work"] == "trim")
    add(ds, "What share of the horses I shod or trimmed in January to June 2025 were trims?",
        {"number": r6(100 * tr / len(d25)), "unit": "%"}, f"2025 trims / 2025 rows with a horse done ({tr} / "
                                                          f"{len(d25)}).")


# ============================================================================================
# 5. Wedding guest list

GL = "guest_list.csv"
YES = {"yes", "y", "coming!", "accepted"}
NO = {"no", "n", "declined", "can't make it", "no - abroad"}


def load_wedding():
    out = []
    for r in read(GL):
        rs = r["RSVP"].strip().lower()
        st = "yes" if rs in YES else "no" if rs in NO else "pending"
        sd = r["Side"].strip().lower()
        side = "bride" if sd in ("bride", "emma", "e", "bride's") else "groom" if sd in ("groom", "josh", "j",
                                                                                        "groom's") else "both"
        ml = r["Meal"].strip().lower()
        meal = ("beef" if ml in ("beef", "roast beef", "b") else "salmon" if ml in ("salmon", "fish", "s") else
                "veg" if ml in ("risotto", "veggie", "v", "vegetarian") else "kids" if "kid" in ml or "child" in ml
                else "")
        gift = r["Gift"].strip()
        real_gift = bool(gift) and not re.match(r"(see|with) ", gift, re.I)
        ty = r["Thank you"].strip().lower()
        rd = r["RSVP date"].strip()
        out.append(dict(name=r["Name"].strip(), side=side, group=r["Group"].strip(), invite=(
            "day" if "day" in r["Invite"].lower() else "evening"), st=st, rdate=dmy_date(rd, 2025) if rd else None,
            meal=meal, meal_txt=ml, diet=r["Dietary"].strip().lower(), child=bool(r["Age"].strip()),
            table=r["Table"].strip().title(), stay=r["Staying"].strip().lower(), gift=gift, real_gift=real_gift,
            amount=money(r["Amount"]) if r["Amount"].strip() else None,
            thanked=ty in ("sent", "✓", "y", "done")))
    return out


def group_of(g):
    t = g.lower()
    if t.startswith("fam") and "friend" not in t:
        return "Family"
    if "friend" in t and ("fam" in t or "parent" in t or "mum" in t):
        return "Family friends"
    if t.startswith("uni"):
        return "Uni friends"
    if t.startswith("school"):
        return "School friends"
    if t.startswith("work"):
        return "Work"
    if t.startswith("rugby"):
        return "Rugby club"
    if t.startswith("netball"):
        return "Netball"
    if t.startswith("neighbour"):
        return "Neighbours"
    raise ValueError(g)


def wedding():
    W = load_wedding()
    ds = [GL]
    yes = [x for x in W if x["st"] == "yes"]
    dy = [x for x in yes if x["invite"] == "day"]

    add(ds, "How many guests have said yes to the whole day?", {"number": len(dy), "unit": "guests"},
        "Rows invited for the Day / All day / Full day with RSVP Yes / Y / yes / Coming! / Accepted (children "
        "and babies included).")

    add(ds, "How many people have said they're coming altogether, day and evening guests?",
        {"number": len(yes), "unit": "guests"}, "Rows with RSVP Yes / Y / yes / Coming! / Accepted.")

    n = sum(1 for x in W if x["st"] == "pending")
    add(ds, "How many people haven't replied yet?", {"number": n, "unit": "guests"},
        "Rows with RSVP blank, '?', 'chased' or 'waiting'.")

    n = sum(1 for x in dy if x["meal"] == "beef")
    add(ds, "How many beef meals do we need?", {"number": n, "unit": "meals"},
        "Day guests coming with Meal Beef / beef / Roast beef / B.")

    n = sum(1 for x in dy if x["meal"] == "veg")
    add(ds, "How many vegetarian meals do we need?", {"number": n, "unit": "meals"},
        "Day guests coming with Meal Risotto / Veggie / V / vegetarian (the vegetarian option on the menu).")

    c = Counter(x["table"] for x in dy if x["table"] and x["table"] != "Tbc")
    t = alone(c, "biggest table")
    add(ds, "Which table has the most people sat at it?", {"label": [t]},
        f"Day guests coming per Table (case and spaces ignored): {t} {c[t]}.")

    n = sum(1 for x in yes if x["child"])
    add(ds, "How many children are coming?", {"number": n, "unit": "children"},
        "Guests coming with an Age written ('7', '5 yrs', 'age 9', 'baby', '18 months').")

    b = sum(1 for x in yes if x["side"] == "bride")
    g = sum(1 for x in yes if x["side"] == "groom")
    lab = ["Emma", "bride"] if b > g else ["Josh", "groom"]
    positive(abs(b - g), "sides differ")
    add(ds, "Are more of the guests who are coming from Emma's side or from Josh's side, and how many more?",
        {"label": lab, "number": abs(b - g), "unit": "guests"},
        f"Guests coming with Side Bride / Emma / E / bride's ({b}) against Groom / Josh / J / groom's ({g}); "
        "'Both' left out.")

    inv = [x for x in W if x["invite"] == "day"]
    n = sum(1 for x in inv if x["st"] == "no")
    add(ds, "What percentage of the people invited to the whole day have said no?",
        {"number": r6(100 * n / len(inv)), "unit": "%"},
        f"Day-invite rows declined (No / N / Declined / can't make it / no - abroad) {n} of {len(inv)} day-invite rows.")

    n = sum(x["amount"] for x in W if x["amount"] is not None)
    add(ds, "What do all the gift amounts we've written down add up to?", {"number": r6(n), "unit": "£"},
        "Sum of the Amount column ('£50' / '50' / '£50.00'; '?' left out), vouchers included.")

    n = sum(1 for x in W if x["real_gift"] and not x["thanked"])
    add(ds, "How many thank-you cards do we still have to write for the gifts we've had?",
        {"number": n, "unit": "cards"},
        "Rows with a gift (not the partner's 'see Grace' / 'with Grace's' pointer) whose Thank you is not Sent / "
        "sent / ✓ / Y / done.")

    n = sum(1 for x in yes if x["diet"] not in ("", "none", "-"))
    add(ds, "How many of the guests who are coming have a dietary need or allergy written down?",
        {"number": n, "unit": "guests"}, "Guests coming with Dietary not blank / none / '-'.")

    n = sum(1 for x in yes if x["diet"] in ("gf", "gluten free", "coeliac"))
    add(ds, "How many of the guests who are coming need gluten-free food, coeliacs included?",
        {"number": n, "unit": "guests"}, "Guests coming with Dietary GF / gluten free / Coeliac.")

    c = Counter((x["rdate"].year, x["rdate"].month) for x in W if x["rdate"])
    k = top(c, "reply month")
    add(ds, "In which month did the most replies come in?", {"label": month_labels(*k, bare=True)},
        f"Rows with an RSVP date, per month: {MONTHS[k[1] - 1]} {k[0]} {c[k]}.")

    late = [x for x in W if x["rdate"] and x["rdate"] > date(2025, 5, 1)]
    if any(x["rdate"] == date(2025, 5, 1) for x in W if x["rdate"]):
        fail("a reply on the deadline day")
    add(ds, "How many people replied after the 1 May deadline?", {"number": len(late), "unit": "guests"},
        "Rows with an RSVP date after 1 May 2025 ('7 Mar' read as 2025).")

    c = Counter(group_of(x["group"]) for x in yes if group_of(x["group"]) != "Family")
    g = top(c, "group coming")
    lab = {"Work": ["Work", "work friends", "colleagues"], "Uni friends": ["Uni friends", "uni"],
           "School friends": ["School friends", "school"], "Rugby club": ["Rugby club", "rugby"],
           "Family friends": ["Family friends", "parents' friends"], "Netball": ["Netball"],
           "Neighbours": ["Neighbours"]}[g]
    add(ds, "Apart from family, which group of guests has the most people coming?", {"label": lab},
        f"Guests coming per Group (Work / work / Work friends grouped...), Family left out: {g} {c[g]}.")

    n = sum(1 for x in yes if x["invite"] == "evening")
    add(ds, "How many evening-only guests have accepted?", {"number": n, "unit": "guests"},
        "Rows invited for the Evening / Eve / evening only with RSVP yes.")

    am = [x["amount"] for x in W if x["amount"] is not None and re.match(r"(cash|cheque)", x["gift"], re.I)]
    add(ds, "What's our average cash gift, counting cash and cheques only?", {"number": r6(sum(am) / len(am)),
                                                                             "unit": "£"},
        f"Mean Amount of gifts written Cash / cash in card / Cheque / cheque ({len(am)} gifts; bank transfers, "
        "honeymoon fund and vouchers left out).")

    n = sum(1 for x in yes if x["stay"].startswith("venue"))
    add(ds, "How many of the guests who are coming are staying at the venue?", {"number": n, "unit": "guests"},
        "Guests coming with Staying Venue / 'venue (room booked)'.")

    n = sum(1 for x in dy if not x["child"] and x["meal"] == "")
    add(ds, "How many adults coming to the whole day still haven't chosen a meal?", {"number": n, "unit": "guests"},
        "Day guests coming with no Age and Meal blank / tbc / '?'.")


def main():
    sailing()
    royalties()
    lambing()
    farrier()
    wedding()
    if FAILS:
        print("guards failed:")
        for f in FAILS:
            print("  " + f)
        raise SystemExit(1)
    if "--print" in ARGS or DEBUG:
        for q in QUESTIONS:
            print(q["id"], q["dataset"], q["question"], "->", json.dumps(q["truth"], ensure_ascii=False))
        print(len(QUESTIONS), "questions")
        return
    with open(HERE / "questions.json", "w", encoding="utf-8") as f:
        json.dump(QUESTIONS, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(QUESTIONS)} questions")


if __name__ == "__main__":
    main()
